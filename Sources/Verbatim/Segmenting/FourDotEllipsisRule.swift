/// In `compounds. . . . The practice`, the period joined to the word ends
/// the sentence and the spaced ellipsis that follows opens the next one,
/// marking words left out at its start (Chicago style's four-dot ellipsis).
/// ICU breaks after the last period; the break moves to after the first.
/// When a space precedes the first period too (`a period . . . . Next`),
/// all four periods close the sentence and ICU's break stands.
enum FourDotEllipsisRule {
    private static let pattern: [UInt8] = Array(". . . .".utf8)

    static func verdict(_ context: BoundaryContext) -> BoundaryVerdict? {
        guard !context.hasClosingMarks else { return nil }
        let end = context.sentenceEnd
        let start = end - pattern.count
        guard start > context.sentenceStart else { return nil }
        for offset in 0..<pattern.count where context.bytes[start + offset] != pattern[offset] { return nil }
        let before = context.bytes[start - 1]
        guard Whitespace.spaceLength(context.bytes, at: start - 1) == 0, before != ASCII.period else { return nil }
        return .splitAt(start + 1)
    }
}
