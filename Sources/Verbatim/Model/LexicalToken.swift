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
///
/// Offsets are stored as 32-bit values (documents are capped at 2 GiB by
/// `TextSpan.maximumTextLength`), so a token takes 24 bytes instead of 32:
/// a 200 MB document has about 40 million tokens, and their array is the
/// largest thing the pipeline keeps.
public struct LexicalToken: Sendable, Hashable {
    /// Hash (`LexicalScanner.KeyHasher`) of the token's lowercase ASCII letters (right single
    /// quotation marks read as apostrophes, a final period dropped), so that
    /// `Said`, `said` and `SAID` share a key and `Mr.` matches `mr`.
    public var key: UInt64
    private var storedStart: UInt32
    private var storedEnd: UInt32
    public var kind: LexicalKind
    /// True when the first letter is an ASCII capital (or a non-ASCII letter
    /// that is not lowercase Latin: names like `Éric` count as capitalised).
    public var isCapitalized: Bool

    /// - Complexity: O(1).
    @inline(__always)
    public init(utf8Start: Int, utf8End: Int, kind: LexicalKind, isCapitalized: Bool, key: UInt64) {
        self.key = key
        self.storedStart = UInt32(truncatingIfNeeded: utf8Start)
        self.storedEnd = UInt32(truncatingIfNeeded: utf8End)
        self.kind = kind
        self.isCapitalized = isCapitalized
    }

    public var utf8Start: Int {
        @inline(__always) get { Int(storedStart) }
        @inline(__always) set { storedStart = UInt32(truncatingIfNeeded: newValue) }
    }
    public var utf8End: Int {
        @inline(__always) get { Int(storedEnd) }
        @inline(__always) set { storedEnd = UInt32(truncatingIfNeeded: newValue) }
    }

    public var utf8Range: Range<Int> { utf8Start..<utf8End }
    public var isWord: Bool { kind == .word }
    public var isQuoteMark: Bool { kind == .openingQuote || kind == .closingQuote || kind == .eitherQuote }
}
