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
