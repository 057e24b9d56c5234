/// A range of a document's text.
///
/// `start` and `end` are Unicode code point offsets (end exclusive), as
/// Python `str` indices, spaCy and BRAT count; they are what the output shows.
/// `utf8Start` and `utf8End` are the same range in UTF-8 bytes, which is what
/// the stages scan; both are kept so that no stage converts twice.
public struct TextSpan: Sendable, Hashable, Comparable {
    public var start: Int
    public var end: Int
    public var utf8Start: Int
    public var utf8End: Int

    public init(start: Int, end: Int, utf8Start: Int, utf8End: Int) {
        precondition(start <= end && utf8Start <= utf8End, "span ends before it starts")
        self.start = start
        self.end = end
        self.utf8Start = utf8Start
        self.utf8End = utf8End
    }

    /// Code points in the span.
    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }
    public var utf8Range: Range<Int> { utf8Start..<utf8End }

    /// True when the two spans share at least one code point.
    public func overlaps(_ other: TextSpan) -> Bool {
        start < other.end && other.start < end
    }

    /// True when `other` lies entirely inside this span.
    public func contains(_ other: TextSpan) -> Bool {
        start <= other.start && other.end <= end
    }

    /// The smallest span covering both.
    public func union(_ other: TextSpan) -> TextSpan {
        TextSpan(
            start: min(start, other.start), end: max(end, other.end),
            utf8Start: min(utf8Start, other.utf8Start), utf8End: max(utf8End, other.utf8End))
    }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}
