import Foundation

/// The word lists the attribution stage reads, each a file under `lexicons/`
/// (see its README): the stage loads its own copy, since a stage never
/// reaches into a sibling stage.
public struct AttributionLexicons: Sendable {
    /// Cue verbs and phrases with their tags (`cue-verbs.txt`).
    public var cues: PhraseLexicon
    /// Words between a speaker and a cue (`cue-adverbs.txt`).
    public var adverbs: PhraseLexicon
    /// Pronouns, tagged with the kind of speaker they refer to (`speaker-pronouns.txt`).
    public var pronouns: PhraseLexicon
    /// Titles and roles before names (`titles.txt`).
    public var titles: PhraseLexicon
    /// Words that make a name an organisation (`organisation-words.txt`).
    public var organisationWords: PhraseLexicon
    /// Words that open a noun phrase (`determiners.txt`).
    public var determiners: PhraseLexicon
    /// Lowercase words inside names (`name-connectors.txt`).
    public var nameConnectors: PhraseLexicon
    /// Words that end a speaker phrase after an inverted cue (`non-clause-starts.txt`).
    public var phraseStops: PhraseLexicon
    /// Words that cannot end a speaker phrase before a cue (`non-speakers.txt`).
    public var nonSpeakers: PhraseLexicon
    /// Auxiliary verbs skipped before a progressive cue (`auxiliaries.txt`).
    public var auxiliaries: PhraseLexicon
    /// Plural nouns naming a group of speakers (`group-nouns.txt`).
    public var groupNouns: PhraseLexicon
    /// Nouns for writings that speak, an `it`'s antecedent (`document-nouns.txt`).
    public var documentNouns: PhraseLexicon
    /// Keys of common lowercase words, capitalised in a headline but no part of a name (`common-words.txt`).
    /// One word a line, so a set of keys: read as a phrase list, its 8,700 lines cost about 15 ms a run.
    public var commonWords: Set<UInt64>

    static let files = [
        "cue-verbs.txt", "cue-adverbs.txt", "speaker-pronouns.txt", "titles.txt", "organisation-words.txt",
        "determiners.txt", "name-connectors.txt", "non-clause-starts.txt", "non-speakers.txt", "auxiliaries.txt", "group-nouns.txt",
        "document-nouns.txt",
    ]
    static let commonWordsFile = "common-words.txt"

    /// Reads every list from `folder`; a missing file gives an empty list and one warning.
    /// - Complexity: O(*n*) in the size of the files.
    public init(folder: LexiconFolder?) {
        let lists = Self.files.map { LexiconFolder.lexiconOrEmpty($0, in: folder) }
        cues = lists[0]
        adverbs = lists[1]
        pronouns = lists[2]
        titles = lists[3]
        organisationWords = lists[4]
        determiners = lists[5]
        nameConnectors = lists[6]
        phraseStops = lists[7]
        nonSpeakers = lists[8]
        auxiliaries = lists[9]
        groupNouns = lists[10]
        documentNouns = lists[11]
        commonWords = Self.wordKeys(Self.commonWordsFile, in: folder)
    }

    /// The lexicon keys of a one-word-a-line list (`#` starts a comment line; blank lines are skipped),
    /// read as bytes; empty when the folder or file is missing (the phrase lists warn about the folder).
    /// - Complexity: O(*n*) in the size of the file.
    static func wordKeys(_ name: String, in folder: LexiconFolder?) -> Set<UInt64> {
        guard let folder, let data = FileManager.default.contents(atPath: folder.url.appendingPathComponent(name).path) else {
            return []
        }
        var keys = Set<UInt64>()
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                var wordEnd = start
                // The word is the line's first column: up to a tab, a space or a carriage return.
                while wordEnd < end, bytes[wordEnd] != 0x09, bytes[wordEnd] != 0x20, bytes[wordEnd] != 0x0D { wordEnd += 1 }
                if wordEnd > start, bytes[start] != 0x23 { keys.insert(LexicalScanner.key(of: bytes, range: start..<wordEnd)) }
                start = end + 1
            }
        }
        return keys
    }

    /// The lists of the folder `LexiconFolder.located` finds.
    public static let located = AttributionLexicons(folder: LexiconFolder.located)
}
