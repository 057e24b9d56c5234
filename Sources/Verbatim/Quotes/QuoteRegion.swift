/// A stretch of text between quotation marks, as the detector's rules see it
/// (token indices into a `LexicalDocument`).
struct QuoteRegion: Sendable {
    /// Where the cue stands relative to the quotation.
    enum CueSide: Sendable {
        /// `“…,” Kerry said` and `“…,” said Kerry`.
        case trailing
        /// `Kerry said: “…”`, `told ARA News, “…”`.
        case leading
        /// `Kerry: “…”`: a name and a colon, no verb.
        case colon
    }

    /// Token index of the opening quotation mark.
    var open: Int
    /// Token index of the closing quotation mark; nil when the quotation was
    /// never closed and ends with its paragraph.
    var close: Int?
    /// Token index just past the content (the closing mark, or the paragraph's end).
    var contentEnd: Int
    var cue: Range<Int>?
    var cueSide: CueSide?
    /// True when a reported clause holds this quotation (it is then part of a mixed quotation).
    var absorbed = false
    /// True when a rule decided this is not a quotation (scare quotes, titles).
    var dropped = false

    /// Token index after the region, closing mark included.
    var end: Int { close.map { $0 + 1 } ?? contentEnd }
}
