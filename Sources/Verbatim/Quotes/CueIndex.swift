/// The cue phrases of a document (from `lexicons/cue-verbs.txt`) that stand
/// outside quotation marks, by the token index where each starts.
struct CueIndex: Sendable {
    /// Cue phrase starting at each index of `starts`, for tokens outside quotations.
    private var entries: [PhraseLexicon.Entry] = []
    /// Start indices in document order.
    private(set) var starts: [Int] = []
    /// Cues already claimed by a quotation.
    var used: Set<Int> = []

    /// - Parameter determiners: `determiners.txt`; after an entry tagged `noun` a cue word is a noun (`the claims`,
    ///   `his hopes`).
    /// - Complexity: O(*n*) in the number of tokens.
    init(document: LexicalDocument, regions: [QuoteRegion], lexicon: PhraseLexicon, determiners: PhraseLexicon = PhraseLexicon()) {
        let tokens = document.tokens
        var regionIndex = 0
        var index = 0
        while index < tokens.count {
            while regionIndex < regions.count, regions[regionIndex].end <= index { regionIndex += 1 }
            if regionIndex < regions.count, regions[regionIndex].open <= index {
                index = regions[regionIndex].end
                continue
            }
            let token = tokens[index]
            // Capitalised cue words are names or headlines (`the United States`, `Says`), except
            // at the start of a sentence (`According to …`).
            if token.kind == .word, lexicon.startsSomeEntry(token.key),
                !token.isCapitalized || document.sentenceRange(of: index).lowerBound == index,
                let entry = lexicon.longestMatch(in: tokens, at: index),
                index == 0 || tokens[index - 1].kind != .word
                    || determiners.longestMatch(in: tokens, at: index - 1)?.tags.contains("noun") != true
            {
                entries.append(entry)
                starts.append(index)
                index += entry.keys.count
                continue
            }
            index += 1
        }
    }

    /// The cue phrase starting at token `index`, if any.
    /// - Complexity: O(log *c*) in the number of cues (a binary search: cheaper than hashing the index).
    subscript(index: Int) -> PhraseLexicon.Entry? {
        var low = 0
        var high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] < index { low = middle + 1 } else { high = middle }
        }
        return low < starts.count && starts[low] == index ? entries[low] : nil
    }
}
