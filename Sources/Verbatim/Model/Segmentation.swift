/// A paragraph: text between blank lines (or the document's ends).
public struct Paragraph: Sendable, Hashable {
    /// 0-based position in the document.
    public var index: Int
    public var span: TextSpan

    public init(index: Int, span: TextSpan) {
        self.index = index
        self.span = span
    }
}

/// A sentence, without the spaces and line breaks that surround it.
public struct Sentence: Sendable, Hashable {
    /// 32 bits, like span offsets: 24 bytes a sentence instead of 32 (a 200 MB document has
    /// 1.4 million sentences).
    private var storedIndex: Int32
    private var storedParagraph: Int32
    public var span: TextSpan

    /// 0-based position in the document.
    public var index: Int {
        get { Int(storedIndex) }
        set { storedIndex = Int32(newValue) }
    }

    /// Index of the paragraph that holds the sentence.
    public var paragraph: Int {
        get { Int(storedParagraph) }
        set { storedParagraph = Int32(newValue) }
    }

    public init(index: Int, paragraph: Int, span: TextSpan) {
        storedIndex = Int32(index)
        storedParagraph = Int32(paragraph)
        self.span = span
    }
}

/// What a token is made of, as the word break rules classify it.
public enum TokenKind: UInt8, Sendable, Hashable {
    /// Letters, possibly with inner apostrophes or hyphens (`don't`, `U.S.`).
    case word
    /// Digits, possibly with separators (`1,200`, `3.5`).
    case number
    /// Punctuation and symbols, one code point each.
    case punctuation
    /// Emoji, ideographs and anything else that is neither word nor punctuation.
    case other
}

/// A word token: spaces are not tokens.
public struct Token: Sendable, Hashable {
    public var span: TextSpan
    public var kind: TokenKind
    /// 32 bits, like span offsets: tokens are the largest array of a document.
    private var storedSentence: Int32

    /// Index of the sentence that holds the token.
    public var sentence: Int {
        get { Int(storedSentence) }
        set { storedSentence = Int32(newValue) }
    }

    public init(span: TextSpan, kind: TokenKind, sentence: Int) {
        self.span = span
        self.kind = kind
        self.storedSentence = Int32(sentence)
    }
}

/// The segmenting stage's output: paragraphs, sentences and tokens, each in
/// document order and each inside the one before it in this list.
public struct Segmentation: Sendable {
    public var paragraphs: [Paragraph]
    public var sentences: [Sentence]
    /// Empty when the caller asked for sentences only.
    public var tokens: [Token]

    public init(paragraphs: [Paragraph], sentences: [Sentence], tokens: [Token]) {
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.tokens = tokens
    }
}
