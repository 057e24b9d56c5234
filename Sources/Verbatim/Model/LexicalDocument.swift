/// A segmented document's lexical tokens, grouped by paragraph and sentence:
/// the view the quote and attribution stages scan.
public struct LexicalDocument: Sendable {
    public let tokens: [LexicalToken]
    /// Token index ranges of the paragraphs, in order (same indices as `Segmentation.paragraphs`).
    public let paragraphTokens: [Range<Int>]
    /// Token index ranges of the sentences (same indices as `Segmentation.sentences`).
    public let sentenceTokens: [Range<Int>]
    /// For each token, the index of its sentence (-1 if it lies outside every sentence).
    public let sentenceOfToken: TokenGroupIndex
    /// For each token, the index of its paragraph.
    public let paragraphOfToken: TokenGroupIndex

    /// Scans every paragraph of `document`.
    /// - Complexity: O(*n*) in the length of the text.
    public init(_ document: AnalyzedDocument) {
        var tokens: [LexicalToken] = []
        tokens.reserveCapacity(document.text.bytes.count / 5)
        var paragraphTokens: [Range<Int>] = []
        document.text.bytes.withUnsafeBufferPointer { buffer in
            for paragraph in document.segmentation.paragraphs {
                let first = tokens.count
                LexicalScanner.scan(buffer, range: paragraph.span.utf8Range, into: &tokens)
                paragraphTokens.append(first..<tokens.count)
            }
        }
        var sentenceTokens: [Range<Int>] = []
        var index = 0
        for sentence in document.segmentation.sentences {
            while index < tokens.count, tokens[index].utf8Start < sentence.span.utf8Start { index += 1 }
            let first = index
            while index < tokens.count, tokens[index].utf8Start < sentence.span.utf8End { index += 1 }
            sentenceTokens.append(first..<index)
        }
        self.tokens = tokens
        self.paragraphTokens = paragraphTokens
        self.sentenceTokens = sentenceTokens
        self.sentenceOfToken = TokenGroupIndex(groups: sentenceTokens, tokenCount: tokens.count)
        self.paragraphOfToken = TokenGroupIndex(groups: paragraphTokens, tokenCount: tokens.count)
    }

    /// The token range of the sentence holding token `index` (or its paragraph when the token lies outside every sentence).
    /// - Complexity: O(log *n*) in the number of sentences.
    public func sentenceRange(of index: Int) -> Range<Int> {
        let sentence = Int(sentenceOfToken[index])
        if sentence >= 0 { return sentenceTokens[sentence] }
        return paragraphTokens[Int(paragraphOfToken[index])]
    }
}

/// For each token, the index of the group (sentence or paragraph) holding it,
/// or -1 when no group does.
///
/// Found by binary search over the groups' token ranges instead of stored per
/// token: a per-token table costs four bytes a token (160 MB for a 200 MB
/// document), and callers look up only a few tokens per quotation.
public struct TokenGroupIndex: RandomAccessCollection, Sendable {
    /// Token index ranges of the groups, in order, not overlapping (some may be empty).
    private let groups: [Range<Int>]
    private let tokenCount: Int

    /// - Parameters:
    ///   - groups: the groups' token ranges, in order and not overlapping.
    ///   - tokenCount: the number of tokens.
    /// - Complexity: O(1).
    public init(groups: [Range<Int>], tokenCount: Int) {
        self.groups = groups
        self.tokenCount = tokenCount
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { tokenCount }

    /// The index of the group holding token `token`, or -1.
    /// - Complexity: O(log *g*) in the number of groups.
    public subscript(token: Int) -> Int32 {
        precondition(token >= 0 && token < tokenCount, "token index out of range")
        // The last group starting at or before the token is the only one that
        // can hold it: every later group starts after it, and earlier groups
        // starting at the same token are empty.
        var low = 0
        var high = groups.count
        while low < high {
            let middle = (low + high) / 2
            if groups[middle].lowerBound <= token { low = middle + 1 } else { high = middle }
        }
        guard low > 0, groups[low - 1].contains(token) else { return -1 }
        return Int32(low - 1)
    }
}
