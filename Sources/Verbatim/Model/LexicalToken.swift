/// What a lexical token is, as far as quote detection and attribution care.
public enum LexicalKind: UInt8, Sendable, Hashable {
    /// Letters or digits, with inner apostrophes, hyphens and periods
    /// (`don't`, `Kerry’s`, `U.S.`, `al-Assad`, `’90s`).
    case word
    /// `“`, `«`, or two backticks: opens a quotation.
    case openingQuote
    /// `”` or `»`: closes a quotation.
    case closingQuote
    /// `"` or two ASCII apostrophes: opens or closes, depending on the marks before it.
    case eitherQuote
    /// `,`
    case comma
    /// `:`
    case colon
    /// `.`, `?`, `!` and `…`: may end a sentence.
    case terminator
    /// `‒`, `–`, `—`, `―`, `--` and `-` between spaces.
    case dash
    /// Any other punctuation or symbol, including single quotation marks.
    case other
}

/// A word or punctuation token found by `LexicalScanner`: byte offsets into
/// the document's UTF-8, plus a case-folded hash for lexicon look-ups.
public struct LexicalToken: Sendable, Hashable {
    public var utf8Start: Int
    public var utf8End: Int
    public var kind: LexicalKind
    /// True when the first letter is an ASCII capital (or a non-ASCII letter
    /// that is not lowercase Latin: names like `Éric` count as capitalised).
    public var isCapitalized: Bool
    /// FNV-1a hash of the token's lowercase ASCII letters (right single
    /// quotation marks read as apostrophes, a final period dropped), so that
    /// `Said`, `said` and `SAID` share a key and `Mr.` matches `mr`.
    public var key: UInt64

    /// - Complexity: O(1).
    public init(utf8Start: Int, utf8End: Int, kind: LexicalKind, isCapitalized: Bool, key: UInt64) {
        self.utf8Start = utf8Start
        self.utf8End = utf8End
        self.kind = kind
        self.isCapitalized = isCapitalized
        self.key = key
    }

    public var utf8Range: Range<Int> { utf8Start..<utf8End }
    public var isWord: Bool { kind == .word }
    public var isQuoteMark: Bool { kind == .openingQuote || kind == .closingQuote || kind == .eitherQuote }
}
