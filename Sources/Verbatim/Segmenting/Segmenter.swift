import CICU

/// The segmenting stage: `SourceText` in, paragraphs, sentences and word
/// tokens out.
///
/// ICU finds candidate sentence boundaries over UTF-8 (no UTF-16 copy);
/// `SentenceRepairs` then undoes the breaks that news text gets wrong.
/// Paragraphs end at blank lines, and single line breaks inside a paragraph
/// are read as spaces (ICU would otherwise end a sentence at every line feed).
public struct Segmenter: Sendable {
    /// Whether to find word tokens as well as sentences.
    public var tokenize: Bool
    private let sentenceIterators: BreakIteratorPool
    private let wordIterators: BreakIteratorPool

    /// - Parameters:
    ///   - locale: ICU locale of the break rules; `ss=standard` turns on ICU's
    ///     own (small) list of abbreviations that do not end sentences.
    ///   - tokenize: whether `segment(_:)` also returns tokens.
    /// - Throws: `ICUError` when ICU cannot open its break rules.
    public init(locale: String = "en_US@ss=standard", tokenize: Bool = true) throws {
        self.tokenize = tokenize
        sentenceIterators = try BreakIteratorPool(kind: VB_BREAK_SENTENCE, locale: locale)
        wordIterators = try BreakIteratorPool(kind: VB_BREAK_WORD, locale: locale)
    }

    /// Segments a document.
    /// - Complexity: O(*n*) in the length of the text.
    public func segment(_ text: SourceText) throws -> Segmentation {
        var unwrapped = text.bytes
        let paragraphRanges = ParagraphSplitter.paragraphs(in: &unwrapped)
        var paragraphs: [Paragraph] = []
        var sentences: [Sentence] = []
        var tokens: [Token] = []
        paragraphs.reserveCapacity(paragraphRanges.count)
        try unwrapped.withUnsafeBufferPointer { buffer in
            try sentenceIterators.withIterator { sentenceIterator in
                for range in paragraphRanges {
                    let paragraphIndex = paragraphs.count
                    paragraphs.append(Paragraph(index: paragraphIndex, span: text.span(utf8: range)))
                    var candidates: [Range<Int>] = []
                    var start = range.lowerBound
                    try sentenceIterator.forEachBoundary(in: UnsafeBufferPointer(rebasing: buffer[range])) { boundary, _ in
                        let end = range.lowerBound + boundary
                        candidates.append(start..<end)
                        start = end
                    }
                    for sentence in SentenceRepairs.repair(candidates, in: buffer) {
                        let trimmed = Whitespace.trim(sentence, in: buffer)
                        guard !trimmed.isEmpty else { continue }
                        sentences.append(
                            Sentence(index: sentences.count, paragraph: paragraphIndex, span: text.span(utf8: trimmed)))
                    }
                }
            }
            if tokenize {
                tokens.reserveCapacity(text.bytes.count / 5)
                try wordIterators.withIterator { wordIterator in
                    var cursor = SourceText.SpanCursor(text)
                    for sentence in sentences {
                        let range = sentence.span.utf8Range
                        var start = range.lowerBound
                        try wordIterator.forEachBoundary(in: UnsafeBufferPointer(rebasing: buffer[range])) {
                            boundary, status in
                            let end = range.lowerBound + boundary
                            defer { start = end }
                            guard let kind = Self.tokenKind(status: status, bytes: buffer, range: start..<end) else {
                                return
                            }
                            tokens.append(
                                Token(span: cursor.span(utf8: start..<end), kind: kind, sentence: sentence.index))
                        }
                    }
                }
            }
        }
        return Segmentation(paragraphs: paragraphs, sentences: sentences, tokens: tokens)
    }

    /// The kind of the word-break segment `range`, or nil for spaces.
    private static func tokenKind(status: Int32, bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> TokenKind? {
        switch UInt32(status) {
        case VB_WORD_LETTER.rawValue: return .word
        case VB_WORD_NUMBER.rawValue: return .number
        case VB_WORD_KANA.rawValue, VB_WORD_IDEO.rawValue: return .other
        default:
            if Whitespace.trim(range, in: bytes).isEmpty { return nil }
            let first = bytes[range.lowerBound]
            // Multi-byte segments with no letter status are emoji and symbols.
            return first < 0x80 ? .punctuation : (isPunctuationScalar(bytes, at: range.lowerBound) ? .punctuation : .other)
        }
    }

    /// True for the general punctuation block (U+2000–U+206F: dashes, curly
    /// quotes, ellipsis) and Latin-1 punctuation (« » ¡ ¿), the non-ASCII
    /// punctuation common in news text.
    private static func isPunctuationScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let lead = bytes[index]
        if lead == 0xE2, index + 1 < bytes.count, bytes[index + 1] >= 0x80, bytes[index + 1] <= 0x81 { return true }
        if lead == 0xC2, index + 1 < bytes.count {
            let next = bytes[index + 1]
            return next == 0xAB || next == 0xBB || next == 0xA1 || next == 0xBF
        }
        return false
    }
}
