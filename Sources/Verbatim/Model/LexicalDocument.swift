/// A segmented document's lexical tokens, grouped by paragraph and sentence:
/// the view the quote and attribution stages scan.
public struct LexicalDocument: Sendable {
    public let tokens: [LexicalToken]
    /// Token index ranges of the paragraphs, in order (same indices as `Segmentation.paragraphs`).
    public let paragraphTokens: [Range<Int>]
    /// Token index ranges of the sentences (same indices as `Segmentation.sentences`).
    public let sentenceTokens: [Range<Int>]
    /// For each token, the index of its sentence (-1 if it lies outside every sentence).
    public let sentenceOfToken: [Int32]
    /// For each token, the index of its paragraph.
    public let paragraphOfToken: [Int32]

    /// Scans every paragraph of `document`.
    /// - Complexity: O(*n*) in the length of the text.
    public init(_ document: AnalyzedDocument) {
        var tokens: [LexicalToken] = []
        tokens.reserveCapacity(document.text.bytes.count / 5)
        var paragraphTokens: [Range<Int>] = []
        var paragraphOfToken: [Int32] = []
        paragraphOfToken.reserveCapacity(document.text.bytes.count / 5)
        document.text.bytes.withUnsafeBufferPointer { buffer in
            for paragraph in document.segmentation.paragraphs {
                let first = tokens.count
                LexicalScanner.scan(buffer, range: paragraph.span.utf8Range, into: &tokens)
                paragraphTokens.append(first..<tokens.count)
                for _ in first..<tokens.count { paragraphOfToken.append(Int32(paragraph.index)) }
            }
        }
        var sentenceTokens: [Range<Int>] = []
        var sentenceOfToken = [Int32](repeating: -1, count: tokens.count)
        var index = 0
        for sentence in document.segmentation.sentences {
            while index < tokens.count, tokens[index].utf8Start < sentence.span.utf8Start { index += 1 }
            let first = index
            while index < tokens.count, tokens[index].utf8Start < sentence.span.utf8End {
                sentenceOfToken[index] = Int32(sentence.index)
                index += 1
            }
            sentenceTokens.append(first..<index)
        }
        self.tokens = tokens
        self.paragraphTokens = paragraphTokens
        self.sentenceTokens = sentenceTokens
        self.sentenceOfToken = sentenceOfToken
        self.paragraphOfToken = paragraphOfToken
    }

    /// The token range of the sentence holding token `index` (or its paragraph when the token lies outside every sentence).
    /// - Complexity: O(1).
    public func sentenceRange(of index: Int) -> Range<Int> {
        let sentence = Int(sentenceOfToken[index])
        if sentence >= 0 { return sentenceTokens[sentence] }
        return paragraphTokens[Int(paragraphOfToken[index])]
    }
}
