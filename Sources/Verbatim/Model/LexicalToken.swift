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
/// A token takes 16 bytes: offsets are stored as 32-bit values (documents are
/// capped at 2 GiB by `TextSpan.maximumTextLength`), and the kind and
/// capitalisation share a 64-bit word with a 56-bit key. A 200 MB document has
/// about 40 million tokens, their array is the largest thing the pipeline
/// keeps, and the stages read it from end to end several times.
public struct LexicalToken: Sendable, Hashable {
    /// The key in the low 56 bits, the kind's raw value in the next four, and capitalisation in bit 60.
    private var storedKeyAndFlags: UInt64
    private var storedStart: UInt32
    private var storedEnd: UInt32

    /// Bits of the stored word that hold the key.
    static let keyMask: UInt64 = (1 << 56) - 1
    private static let kindShift: UInt64 = 56
    private static let kindMask: UInt64 = 0xF
    private static let capitalizedBit: UInt64 = 1 << 60

    /// - Parameter key: only its low 56 bits are kept (as `LexicalScanner` keys are).
    /// - Complexity: O(1).
    @inline(__always)
    public init(utf8Start: Int, utf8End: Int, kind: LexicalKind, isCapitalized: Bool, key: UInt64) {
        storedKeyAndFlags =
            (key & Self.keyMask) | (UInt64(kind.rawValue) << Self.kindShift) | (isCapitalized ? Self.capitalizedBit : 0)
        storedStart = UInt32(truncatingIfNeeded: utf8Start)
        storedEnd = UInt32(truncatingIfNeeded: utf8End)
    }

    /// Hash (`LexicalScanner.KeyHasher`, 56 bits) of the token's lowercase ASCII letters (right single
    /// quotation marks read as apostrophes, a final period dropped), so that
    /// `Said`, `said` and `SAID` share a key and `Mr.` matches `mr`.
    public var key: UInt64 {
        @inline(__always) get { storedKeyAndFlags & Self.keyMask }
        @inline(__always) set { storedKeyAndFlags = (storedKeyAndFlags & ~Self.keyMask) | (newValue & Self.keyMask) }
    }

    public var kind: LexicalKind {
        @inline(__always) get {
            // Only raw values of `LexicalKind` are ever stored.
            unsafeBitCast(UInt8(truncatingIfNeeded: (storedKeyAndFlags >> Self.kindShift) & Self.kindMask), to: LexicalKind.self)
        }
        @inline(__always) set {
            storedKeyAndFlags =
                (storedKeyAndFlags & ~(Self.kindMask << Self.kindShift)) | (UInt64(newValue.rawValue) << Self.kindShift)
        }
    }

    /// True when the first letter is an ASCII capital (or a non-ASCII letter
    /// that is not lowercase Latin: names like `Éric` count as capitalised).
    public var isCapitalized: Bool {
        @inline(__always) get { storedKeyAndFlags & Self.capitalizedBit != 0 }
        @inline(__always) set {
            storedKeyAndFlags = newValue ? storedKeyAndFlags | Self.capitalizedBit : storedKeyAndFlags & ~Self.capitalizedBit
        }
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
