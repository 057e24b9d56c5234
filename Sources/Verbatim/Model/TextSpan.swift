/// A range of a document's text.
///
/// `start` and `end` are Unicode code point offsets (end exclusive), as
/// Python `str` indices, spaCy and BRAT count; they are what the output shows.
/// `utf8Start` and `utf8End` are the same range in UTF-8 bytes, which is what
/// the stages scan; both are kept so that no stage converts twice.
///
/// Offsets are stored as 32-bit integers: a token array of a 200 MB document
/// then takes half the memory, and ICU's break iterators cannot address more
/// than 2 GiB anyway (the reader refuses larger documents).
public struct TextSpan: Sendable, Hashable, Comparable {
    private var storedStart: Int32
    private var storedEnd: Int32
    private var storedUTF8Start: Int32
    private var storedUTF8End: Int32

    public var start: Int {
        get { Int(storedStart) }
        set { storedStart = Int32(newValue) }
    }
    public var end: Int {
        get { Int(storedEnd) }
        set { storedEnd = Int32(newValue) }
    }
    public var utf8Start: Int {
        get { Int(storedUTF8Start) }
        set { storedUTF8Start = Int32(newValue) }
    }
    public var utf8End: Int {
        get { Int(storedUTF8End) }
        set { storedUTF8End = Int32(newValue) }
    }

    /// The largest document, in UTF-8 bytes, whose offsets a span can hold.
    public static let maximumTextLength = Int(Int32.max)

    public init(start: Int, end: Int, utf8Start: Int, utf8End: Int) {
        precondition(start <= end && utf8Start <= utf8End, "span ends before it starts")
        storedStart = Int32(start)
        storedEnd = Int32(end)
        storedUTF8Start = Int32(utf8Start)
        storedUTF8End = Int32(utf8End)
    }

    /// Code points in the span.
    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }
    public var utf8Range: Range<Int> { utf8Start..<utf8End }

    /// True when the two spans share at least one code point.
    /// - Complexity: O(1).
    public func overlaps(_ other: TextSpan) -> Bool {
        start < other.end && other.start < end
    }

    /// True when `other` lies entirely inside this span.
    /// - Complexity: O(1).
    public func contains(_ other: TextSpan) -> Bool {
        start <= other.start && other.end <= end
    }

    /// The smallest span covering both.
    /// - Complexity: O(1).
    public func union(_ other: TextSpan) -> TextSpan {
        TextSpan(
            start: min(start, other.start), end: max(end, other.end),
            utf8Start: min(utf8Start, other.utf8Start), utf8End: max(utf8End, other.utf8End))
    }

    /// Orders by start, then by end: document order, shorter first.
    /// - Complexity: O(1).
    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}
