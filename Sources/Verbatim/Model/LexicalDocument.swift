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
    /// `firstTokenOfBlock[b]`: the index of the first token that starts at or after byte
    /// `b << byteBlockShift` (a sixteenth of the text's size in memory).
    private let firstTokenOfBlock: [Int32]
    /// Bytes per block of `firstTokenOfBlock`: 64 bytes hold a dozen tokens at most in news text,
    /// so a look-up steps over a few tokens instead of searching them all.
    private static let byteBlockShift = 6

    /// Fewest bytes per token expected of news text, to size the token array once.
    static let bytesPerTokenBound = 4

    /// Scans every paragraph of `document`.
    /// - Complexity: O(*n*) in the length of the text.
    public init(_ document: AnalyzedDocument) {
        var tokens: [LexicalToken] = []
        // Room for a token every four bytes, more than news text needs (about one in five), so
        // the array is not reallocated midway: that would hold the old and the new array at once,
        // twice the largest thing the pipeline keeps. Room never written costs no memory for
        // large documents (the allocator maps such blocks lazily).
        tokens.reserveCapacity(document.text.bytes.count / Self.bytesPerTokenBound + 1)
        var paragraphTokens: [Range<Int>] = []
        let scratch = UnsafeMutableBufferPointer<LexicalToken>.allocate(capacity: LexicalScanner.scratchTokens)
        defer { scratch.deallocate() }
        paragraphTokens.reserveCapacity(document.segmentation.paragraphs.count)
        document.text.bytes.withUnsafeBufferPointer { buffer in
            for paragraph in document.segmentation.paragraphs {
                let first = tokens.count
                LexicalScanner.scan(buffer, range: paragraph.span.utf8Range, into: &tokens, scratch: scratch)
                paragraphTokens.append(first..<tokens.count)
            }
        }
        var firstTokenOfBlock: [Int32] = []
        let blocks = (document.text.bytes.count >> Self.byteBlockShift) + 1
        firstTokenOfBlock.reserveCapacity(blocks)
        var token = 0
        for block in 0..<blocks {
            let blockStart = block << Self.byteBlockShift
            while token < tokens.count, tokens[token].utf8Start < blockStart { token += 1 }
            firstTokenOfBlock.append(Int32(truncatingIfNeeded: token))
        }
        // Each sentence's tokens from the block table (a few tokens stepped over per sentence)
        // rather than from a second walk over every token.
        var sentenceTokens: [Range<Int>] = []
        sentenceTokens.reserveCapacity(document.segmentation.sentences.count)
        var index = 0
        for sentence in document.segmentation.sentences {
            let first = max(index, Self.tokenIndex(atOrAfter: sentence.span.utf8Start, in: tokens, blocks: firstTokenOfBlock))
            index = max(first, Self.tokenIndex(atOrAfter: sentence.span.utf8End, in: tokens, blocks: firstTokenOfBlock))
            sentenceTokens.append(first..<index)
        }
        self.tokens = tokens
        self.paragraphTokens = paragraphTokens
        self.sentenceTokens = sentenceTokens
        self.sentenceOfToken = TokenGroupIndex(groups: sentenceTokens, tokenCount: tokens.count)
        self.paragraphOfToken = TokenGroupIndex(groups: paragraphTokens, tokenCount: tokens.count)
        self.firstTokenOfBlock = firstTokenOfBlock
    }

    /// The index of the first token that starts at or after byte offset `utf8` (`tokens.count` when none does).
    /// - Complexity: O(1) in practice: the tokens starting in one 64-byte block.
    public func tokenIndex(atOrAfter utf8: Int) -> Int {
        Self.tokenIndex(atOrAfter: utf8, in: tokens, blocks: firstTokenOfBlock)
    }

    @inline(__always)
    private static func tokenIndex(atOrAfter utf8: Int, in tokens: [LexicalToken], blocks: [Int32]) -> Int {
        guard utf8 > 0 else { return 0 }
        let block = utf8 >> byteBlockShift
        guard block < blocks.count else { return tokens.count }
        return tokens.withUnsafeBufferPointer { tokens in
            var index = Int(blocks[block])
            while index < tokens.count, tokens[index].utf8Start < utf8 { index += 1 }
            return index
        }
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
/// Not stored per token: a per-token table costs four bytes a token (160 MB
/// for a 200 MB document). Instead one entry per block of tokens names the
/// first group that can hold a token of the block, and a look-up steps
/// forward from there over the few groups that end inside the block.
public struct TokenGroupIndex: RandomAccessCollection, Sendable {
    /// Token index ranges of the groups, in order, not overlapping (some may be empty).
    private let groups: [Range<Int>]
    private let tokenCount: Int
    /// `firstGroup[b]`: the first group that ends after token `b << blockShift`.
    private let firstGroup: [Int32]
    /// Tokens per block: 64 keeps the table at a sixteenth of a per-token table
    /// while a look-up passes only the groups that end within one block.
    private static let blockShift = 6

    /// - Parameters:
    ///   - groups: the groups' token ranges, in order and not overlapping.
    ///   - tokenCount: the number of tokens.
    /// - Complexity: O(*g* + *t* / 64) in the number of groups and tokens.
    public init(groups: [Range<Int>], tokenCount: Int) {
        self.groups = groups
        self.tokenCount = tokenCount
        let blocks = (tokenCount >> Self.blockShift) + 1
        var firstGroup = [Int32]()
        firstGroup.reserveCapacity(blocks)
        var group = 0
        for block in 0..<blocks {
            let firstToken = block << Self.blockShift
            while group < groups.count, groups[group].upperBound <= firstToken { group += 1 }
            firstGroup.append(Int32(truncatingIfNeeded: group))
        }
        self.firstGroup = firstGroup
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { tokenCount }

    /// The index of the group holding token `token`, or -1.
    /// - Complexity: O(1) for groups of at least a few tokens: the groups that end inside one block of 64 tokens.
    public subscript(token: Int) -> Int32 {
        precondition(token >= 0 && token < tokenCount, "token index out of range")
        // Groups are in order and do not overlap, so their ends never decrease: the first group
        // ending after the token is the only one that can hold it.
        return groups.withUnsafeBufferPointer { groups in
            var group = Int(firstGroup[token >> Self.blockShift])
            while group < groups.count, groups[group].upperBound <= token { group += 1 }
            guard group < groups.count, groups[group].lowerBound <= token else { return -1 }
            return Int32(truncatingIfNeeded: group)
        }
    }
}
