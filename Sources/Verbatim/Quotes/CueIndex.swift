/// The cue phrases of a document (from `lexicons/cue-verbs.txt`) that stand
/// outside quotation marks, by the token index where each starts.
struct CueIndex: Sendable {
    /// Cue phrase starting at each index of `starts`, for tokens outside quotations.
    private var entries: [PhraseLexicon.Entry] = []
    /// Start indices in document order.
    private(set) var starts: [Int] = []
    /// Cues already claimed by a quotation, by the token index where each starts.
    var used: TokenSet
    /// The token indices in `starts`, one bit each: most look-ups are for a token where no cue starts, and a
    /// bit answers them without the binary search.
    private var startSet: TokenSet
    /// Tokens of the document (the range of `startSet`).
    private let tokenCount: Int
    /// Starts of the cues whose subject is the quantifier right before them (`Some say`), in order; few.
    private(set) var quantifierSubjectStarts: [Int] = []

    /// A set of token indices of one document, one bit a token: testing and flipping a bit costs less than
    /// hashing the index into a `Set<Int>`, and the set is tested once for every cue of the document.
    struct TokenSet: Sendable {
        private var words: [UInt64]

        /// An empty set for a document of `tokenCount` tokens.
        /// - Complexity: O(*n*) in the number of tokens (one bit each).
        init(tokenCount: Int) {
            words = [UInt64](repeating: 0, count: (tokenCount + UInt64.bitWidth - 1) / UInt64.bitWidth)
        }

        /// - Complexity: O(1).
        @inline(__always)
        func contains(_ index: Int) -> Bool {
            words[index / UInt64.bitWidth] & (1 << UInt64(index % UInt64.bitWidth)) != 0
        }

        /// - Complexity: O(1).
        @inline(__always)
        mutating func insert(_ index: Int) {
            words[index / UInt64.bitWidth] |= 1 << UInt64(index % UInt64.bitWidth)
        }

        /// - Complexity: O(1).
        @inline(__always)
        mutating func remove(_ index: Int) {
            words[index / UInt64.bitWidth] &= ~(1 << UInt64(index % UInt64.bitWidth))
        }
    }

    /// The tag of a cue lexicon entry that is a noun phrase, not a cue (`pledged delegates`).
    static let nounTag = "noun"
    /// The tag of a cue lexicon entry that is a cue only when no cue follows it (`reportedly`).
    static let adverbTag = "adverb"

    /// - Parameter determiners: `determiners.txt`; after an entry tagged `noun` a cue word is a noun (`the claims`,
    ///   `his hopes`).
    /// - Complexity: O(*n*) in the number of tokens.
    /// - Parameters:
    ///   - quantifiers: `quantifiers.txt`, determiners that may be a cue verb's subject (`Some say`).
    ///   - bytes: the document's UTF-8 bytes, for a quantifier's verb (`QuantifierSubject`); nil reads every
    ///     cue word after a determiner tagged `noun` as a noun.
    init(
        document: LexicalDocument, regions: [QuoteRegion], lexicon: PhraseLexicon, determiners: PhraseLexicon = PhraseLexicon(),
        quantifiers: PhraseLexicon = PhraseLexicon(), bytes: SourceBytes? = nil
    ) {
        let tokens = document.tokens
        used = TokenSet(tokenCount: tokens.count)
        startSet = TokenSet(tokenCount: tokens.count)
        tokenCount = tokens.count
        var regionIndex = 0
        var index = 0
        while index < tokens.count {
            while regionIndex < regions.count, regions[regionIndex].end <= index { regionIndex += 1 }
            if regionIndex < regions.count, regions[regionIndex].open <= index {
                index = regions[regionIndex].end
                continue
            }
            // Straight to the next word that may start a cue before the next quotation: most words start none.
            index = lexicon.firstPossibleStart(
                in: tokens, index..<(regionIndex < regions.count ? regions[regionIndex].open : tokens.count))
            if index == tokens.count { break }
            if regionIndex < regions.count, regions[regionIndex].open <= index { continue }
            let token = tokens[index]
            // Capitalised cue words are names or headlines (`the United States`, `Says`), except
            // at the start of a sentence (`According to …`).
            if token.kind == .word, lexicon.startsSomeEntry(token.key),
                !token.isCapitalized || document.sentenceRange(of: index).lowerBound == index,
                let entry = lexicon.longestMatch(in: tokens, at: index)
            {
                // `pledged delegates`: a phrase that opens like a cue but is a noun phrase reports nothing (a noun
                // phrase has two words at least: the word count is tested first, the tag's name only then).
                if entry.keys.count > 1, entry.tags.contains(Self.nounTag) {
                    index += entry.keys.count
                    continue
                }
                // `Trump reportedly said`: an adverb cue yields to the cue right after it (most cues have no cue
                // word after them: the table's filter is asked before the tag's name).
                let next = index + entry.keys.count
                if next < tokens.count, tokens[next].kind == .word, lexicon.startsSomeEntry(tokens[next].key),
                    entry.tags.contains(Self.adverbTag), lexicon.longestMatch(in: tokens, at: next) != nil
                {
                    index += entry.keys.count
                    continue
                }
                // After a determiner a cue word is a noun (`the claims`), unless a quantifier is its subject (`Some say`).
                if index > 0, tokens[index - 1].kind == .word, let determiner = determiners.longestMatch(in: tokens, at: index - 1) {
                    if let bytes, QuantifierSubject.isVerb(
                        token, after: quantifiers.longestMatch(in: tokens, at: index - 1), bytes: bytes)
                    {
                        quantifierSubjectStarts.append(index)
                    } else if determiner.tags.contains(Self.nounTag) {
                        index += 1
                        continue
                    }
                }
                entries.append(entry)
                starts.append(index)
                startSet.insert(index)
                index += entry.keys.count
                continue
            }
            index += 1
        }
    }

    /// True when the cue starting at token `index` has the quantifier right before it as its subject (`Some say`).
    /// - Complexity: O(log *k*) in the few such cues.
    func followsQuantifierSubject(_ index: Int) -> Bool {
        var low = 0
        var high = quantifierSubjectStarts.count
        while low < high {
            let middle = (low + high) / 2
            if quantifierSubjectStarts[middle] < index { low = middle + 1 } else { high = middle }
        }
        return low < quantifierSubjectStarts.count && quantifierSubjectStarts[low] == index
    }

    /// The cue phrase starting at token `index`, if any.
    /// - Complexity: O(1) where no cue starts, else O(log *c*) in the number of cues (a binary search: cheaper
    ///   than hashing the index).
    /// The cue phrase at `position` in `starts`.
    /// - Complexity: O(1).
    func entry(atPosition position: Int) -> PhraseLexicon.Entry {
        entries[position]
    }

    subscript(index: Int) -> PhraseLexicon.Entry? {
        guard index >= 0, index < tokenCount, startSet.contains(index) else { return nil }
        var low = 0
        var high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] < index { low = middle + 1 } else { high = middle }
        }
        return low < starts.count && starts[low] == index ? entries[low] : nil
    }
}
