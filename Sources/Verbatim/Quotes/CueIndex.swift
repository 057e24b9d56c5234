/// The cue phrases of a document (from `lexicons/cue-verbs.txt`) that stand
/// outside quotation marks, by the token index where each starts.
struct CueIndex: Sendable {
    /// Cue phrase starting at each token index, for tokens outside quotations.
    private(set) var cues: [Int: PhraseLexicon.Entry] = [:]
    /// Start indices in document order.
    private(set) var starts: [Int] = []
    /// Cues already claimed by a quotation.
    var used: Set<Int> = []

    /// - Complexity: O(*n*) in the number of tokens.
    init(document: LexicalDocument, regions: [QuoteRegion], lexicon: PhraseLexicon) {
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
            if token.kind == .word, !token.isCapitalized || document.sentenceRange(of: index).lowerBound == index,
                lexicon.startsSomeEntry(token.key),
                let entry = lexicon.longestMatch(in: tokens, at: index)
            {
                cues[index] = entry
                starts.append(index)
                index += entry.keys.count
                continue
            }
            index += 1
        }
    }

    subscript(index: Int) -> PhraseLexicon.Entry? { cues[index] }
}

/// Word lists the quote detector reads.
public struct QuoteLexicons: Sendable {
    /// Cue verbs and phrases with their tags (`lexicons/cue-verbs.txt`).
    public var cues: PhraseLexicon
    /// Words that can stand between a speaker and a cue (`lexicons/cue-adverbs.txt`).
    public var adverbs: PhraseLexicon
    /// Words that cannot be part of a speaker phrase (`lexicons/non-speakers.txt`).
    public var nonSpeakers: PhraseLexicon

    /// - Complexity: O(1).
    public init(cues: PhraseLexicon, adverbs: PhraseLexicon, nonSpeakers: PhraseLexicon = PhraseLexicon()) {
        self.cues = cues
        self.adverbs = adverbs
        self.nonSpeakers = nonSpeakers
    }

    /// Reads the lexicons from `folder`.
    /// - Throws: the file system's error when a file cannot be read.
    /// - Complexity: O(*n*) in the size of the files.
    public init(folder: LexiconFolder) throws {
        cues = try folder.lexicon("cue-verbs.txt")
        adverbs = try folder.lexicon("cue-adverbs.txt")
        nonSpeakers = try folder.lexicon("non-speakers.txt")
    }

    /// The lexicons of the folder `LexiconFolder.located` finds (empty, with one warning, when there is none).
    public static let located = QuoteLexicons(
        cues: LexiconFolder.lexiconOrEmpty("cue-verbs.txt", in: LexiconFolder.located),
        adverbs: LexiconFolder.lexiconOrEmpty("cue-adverbs.txt", in: LexiconFolder.located),
        nonSpeakers: LexiconFolder.lexiconOrEmpty("non-speakers.txt", in: LexiconFolder.located))
}
