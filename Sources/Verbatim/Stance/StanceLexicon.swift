import Foundation

/// Words that the rules name one by one: VADER's `no`, `never so`, `without doubt`,
/// `at least`, `kind of` checks, and the `for` / `of` that turn a cue into a reason
/// (`criticized Russia for supporting Assad`), and the `by` and forms of `be` that make a cue
/// passive (`was praised by Merkel`), and `than` and `like`, which make `nothing` a comparison
/// (`loves nothing more than`, `like nothing we have seen`), and `else`, which makes it a subject
/// (`too bad nothing else is`). Part of the rules, not of the lexicon.
enum RuleWord: UInt8, Sendable {
    case none, no, or, nor, never, so, this, without, doubt, least, at, very, kind, of, `for`, to, and, by, beForm, than, like, `else`

    static let spellings: [(String, RuleWord)] = [
        ("no", .no), ("or", .or), ("nor", .nor), ("never", .never), ("so", .so), ("this", .this),
        ("without", .without), ("doubt", .doubt), ("least", .least), ("at", .at), ("very", .very),
        ("kind", .kind), ("of", .of), ("for", .for), ("to", .to), ("and", .and), ("by", .by),
        ("is", .beForm), ("are", .beForm), ("was", .beForm), ("were", .beForm), ("be", .beForm), ("been", .beForm),
        ("being", .beForm), ("am", .beForm), ("i'm", .beForm), ("we're", .beForm), ("you're", .beForm), ("they're", .beForm),
        ("than", .than), ("like", .like), ("else", .else),
    ]
}

/// What kind of subordinate clause a word opens (`subordinators.txt`).
enum SubordinatorKind: UInt8, Sendable {
    case none
    /// A clause of its own (`because`, `while`): its words are not about the targets outside it.
    case adverbial
    /// A relative clause (`who`, `which`): right after a name it describes that name.
    case relative
    /// A complement clause (`that`), only where it follows a name and its verb (`the FBI
    /// concluded that …`): what the name says or thinks, not a judgement of it.
    case complement
    /// A condition (`if`, `unless`): a hypothesis the speaker does not assert, so no target takes
    /// its words; a target inside it keeps the rest of its sentence (the consequence).
    case conditional
}

/// How a contrast word reshapes the weight of the clauses around it.
enum ContrastKind: Sendable {
    /// The clause after the word outweighs the one before (`but`).
    case shift
    /// The clause the word opens counts less (`although`).
    case concession
}

/// What a multi-word entry means when its words appear in a row.
enum PhraseMeaning: Sendable {
    case vaderIdiom(Double)
    case booster(Double)
    case newsValence(Double)
    case cue(StanceLabel)
    case hedge
    case contrast(ContrastKind)
    /// `lack of`, `absence of` (`privatives.txt`): reverses the valence of what follows.
    case privative
    /// `no chance`, `no way` (`negated-possibilities.txt`): the clause after it is said not to
    /// happen, so its valence is reversed, and the phrase's own words carry none.
    case negatedPossibility
}

/// A multi-word lexicon entry, as a sequence of vocabulary indices.
struct Phrase: Sendable {
    var words: [Int32]
    var meaning: PhraseMeaning
}

/// What the valence rules read for every word, copied into its token.
struct HotEntry: Sendable {
    var vaderValence: Double
    /// The news-domain valence when there is one, else the VADER valence.
    var newsValence: Double
    var booster: Double
    var ruleWord: RuleWord
    var isNegator: Bool
    var isVaderContrast: Bool
    var startsPhrase: Bool
    var cue: StanceLabel?
    var contrast: ContrastKind?
    var isHedge: Bool
    var isNameStopword: Bool
    var isGovernmentNoun: Bool
    var isWithholding: Bool
    /// A cue that is a deed (`blocked`, `attacked`) rather than a stated position (`condemned`).
    var isActCue: Bool
}

/// Everything the lexicon files say about one lowercase word.
struct WordEntry: Sendable {
    /// VADER valence, or NaN when the word is not in `vader_lexicon.txt`.
    var vaderValence = Double.nan
    /// News-domain valence (default scorer only), or NaN.
    var newsValence = Double.nan
    /// Booster weight (±B_INCR), 0 when the word is not a booster.
    var booster = 0.0
    var isNegator = false
    var ruleWord = RuleWord.none
    var isVaderContrast = false
    var contrast: ContrastKind?
    var cue: StanceLabel?
    var isHedge = false
    var isNameStopword = false
    var isGovernmentNoun = false
    var isWithholding = false
    var isActCue = false
    var isNounDeterminer = false
    var isOrganisationWord = false
    var isTitle = false
    var isTitleFirstWord = false
    var isFailure = false
    var isNameFinal = false
    var isCertainty = false
    var isOpeningWord = false
    var isImperativeVerb = false
    var isGenericGroup = false
    var isPeopleNoun = false
    var isLikeVerbSubject = false
    var isDiscourseMarker = false
    var subordinator = SubordinatorKind.none
    /// Phrases that start with this word (longest first).
    var phrases: [Phrase] = []
}

/// The lexicon folder, compiled for fast lookups from UTF-8 bytes.
public struct StanceLexicon: Sendable {
    var words = ByteKeyTable(capacity: 12_000)
    var entries: [WordEntry] = []
    /// Emoji (one code point) to its description's UTF-8 bytes.
    var emojiDescriptions: [UInt32: [UInt8]] = [:]
    /// One bit per code point below `emojiBitmapLimit`: set when the code point is an emoji key.
    /// Text with curly quotes and dashes then skips the dictionary look-up for each of them.
    var emojiBitmap = [UInt64](repeating: 0, count: StanceLexicon.emojiBitmapLimit / 64)
    static let emojiBitmapLimit = 0x20000

    /// Whether `scalar` is an emoji with a description.
    @inline(__always)
    func isEmoji(_ scalar: UInt32) -> Bool {
        if scalar < Self.emojiBitmapLimit {
            return emojiBitmap[Int(scalar >> 6)] & (1 << UInt64(scalar & 63)) != 0
        }
        return emojiDescriptions[scalar] != nil
    }

    /// The fields of `entries` that every word needs, packed in one small value per word: one
    /// cache line per look-up, and no reference counting (a `WordEntry` holds a phrase list).
    var hot: [HotEntry] = []
    /// By entry: opens a noun phrase (`the`, `his`; tag `noun` in `determiners.txt`): a cue word right after it is a noun.
    var isNounDeterminer: [Bool] = []
    /// By entry: makes a capitalised name an organisation (`Department`; `organisation-words.txt`).
    var isOrganisationWord: [Bool] = []
    /// By entry: a one-word title (`justice`; `titles.txt`).
    var isTitle: [Bool] = []
    /// By entry: the first word of a title of two words or more (`press` of `press secretary`; `titles.txt`).
    var isTitleFirstWord: [Bool] = []
    /// By entry: a withholding verb that judges its subject (`failed`; tag `failure` in `withholding-verbs.txt`).
    var isFailure: [Bool] = []
    /// By entry: a name stopword that may end a longer name (`one`, `now`; `name-final-words.txt`).
    var isNameFinal: [Bool] = []
    /// By entry: the speaker's certainty (`sure`, `certainly`; `certainty-words.txt`), no judgement of a target.
    var isCertainty: [Bool] = []
    /// By entry: opens an introductory phrase (`to`, `in`, `despite`, `if`; `opening-words.txt`).
    var isOpeningWord: [Bool] = []
    /// By entry: a verb whose base form opening a sentence is an imperative (`Notice Trump`;
    /// `imperative-verbs.txt`), not the first word of a name.
    var isImperativeVerb: [Bool] = []
    /// By entry: names a generic group of people (`Muslims`, `Latinos`; `generic-groups.txt`), no target.
    var isGenericGroup: [Bool] = []
    /// By entry: a noun naming ordinary people (`people`, `families`; `people-nouns.txt`): after a
    /// demonym it names the country's people, no target.
    var isPeopleNoun: [Bool] = []
    /// By entry: `like` right after the word is the verb (`I like`, `would like`;
    /// `like-verb-subjects.txt`), elsewhere a preposition.
    var isLikeVerbSubject: [Bool] = []
    /// By entry: a discourse marker (`well`, `yes`; `discourse-markers.txt`).
    var isDiscourseMarker: [Bool] = []
    /// By entry: opens a subordinate clause (`because`, `which`; `subordinators.txt`).
    var subordinator: [SubordinatorKind] = []

    /// Common English words (`common-words.txt`), apart from the vocabulary: only the target finder
    /// reads them, for capitalised words at a sentence's start and in organisations' names.
    var commonWords = ByteKeyTable(capacity: 16)

    /// Nouns for whoever governs (`regime`), for `GovernmentReference`: their tables, built once
    /// with the lexicon rather than for every document.
    private(set) var governmentNounTable = GovernmentReference.Nouns([])

    /// Countries and groups as targets (`countries.tsv`, `groups.tsv`): found in every text, with case-sensitive aliases.
    var countries: [TargetCatalogue.Target] = []
    /// Occasions, events, documents and shows that are no target (`occasion-names.txt`, case kept).
    var occasionNames: [String] = []
    /// Name particles (`name-particles.txt`): those that count apart from the name (`bin Laden`)
    /// and those that count only hyphenated (`al-Assad`).
    var separateNameParticles: Set<String> = []
    var joinedNameParticles: Set<String> = []
    /// Lowercase words that may sit inside a name (`of`, `al`, `bin`; `name-connectors.txt`, shared
    /// with attribution): a speaker's name with another lowercase word names no target.
    var nameConnectors: Set<String> = []
    /// Participles that, hyphenated after a country word, make the country their agent (`led`,
    /// `backed`; `agent-participles.txt`): `U.S.-led` names the United States.
    var agentParticiples: Set<String> = []

    /// The folder this lexicon was read from.
    public private(set) var folder: String

    /// Loads every lexicon file of `folder`.
    /// - Throws: `LexiconError` listing every problem when a file is missing or malformed.
    /// - Complexity: O(*n*) in the total size of the files.
    public init(folder: String) throws {
        self.folder = folder
        var problems: [LexiconProblem] = []
        var rowsByFile: [LexiconFile: LexiconRows] = [:]
        for file in LexiconFile.allCases {
            switch LexiconChecker.read(file, in: folder) {
            case .missing:
                if file.isRequired {
                    problems.append(LexiconProblem(file: file.rawValue, line: nil, message: "required file is missing in \(folder)"))
                }
            case .unreadable(let message):
                problems.append(LexiconProblem(file: file.rawValue, line: nil, message: message))
            case .contents(let contents):
                let (rows, fileProblems) = file.parse(contents, strict: false)
                problems += fileProblems
                rowsByFile[file] = rows
            }
        }
        if !problems.isEmpty { throw LexiconError(problems: problems) }
        for (spelling, word) in RuleWord.spellings { entries[id(spelling)].ruleWord = word }
        for (_, columns) in rowsByFile[.valence]?.rows ?? [] {
            entries[id(columns[0])].vaderValence = Double(columns[1])!
        }
        for (_, columns) in rowsByFile[.emoji]?.rows ?? [] {
            let scalars = columns[0].unicodeScalars
            if let scalar = scalars.first?.value, scalars.count == 1 {
                emojiDescriptions[scalar] = Array(columns[1].utf8)
                if scalar < Self.emojiBitmapLimit { emojiBitmap[Int(scalar >> 6)] |= 1 << UInt64(scalar & 63) }
            }
        }
        for (_, columns) in rowsByFile[.negators]?.rows ?? [] { entries[id(columns[0])].isNegator = true }
        for (_, columns) in rowsByFile[.vaderContrast]?.rows ?? [] { entries[id(columns[0])].isVaderContrast = true }
        for (_, columns) in rowsByFile[.nameStopwords]?.rows ?? [] { entries[id(columns[0])].isNameStopword = true }
        var governmentNouns = Set<String>()
        for (_, columns) in rowsByFile[.governmentNouns]?.rows ?? [] {
            governmentNouns.insert(String(columns[0]))
            entries[id(columns[0])].isGovernmentNoun = true
        }
        governmentNounTable = GovernmentReference.Nouns(governmentNouns)
        for (_, columns) in rowsByFile[.withholdingVerbs]?.rows ?? [] {
            entries[id(columns[0])].isWithholding = true
            if columns.count > 1 && columns[1] == "failure" { entries[id(columns[0])].isFailure = true }
        }
        for (_, columns) in rowsByFile[.determiners]?.rows ?? [] where columns.count == 2 {
            entries[id(columns[0])].isNounDeterminer = true
        }
        for (_, columns) in rowsByFile[.organisationWords]?.rows ?? [] { entries[id(columns[0])].isOrganisationWord = true }
        for (_, columns) in rowsByFile[.titles]?.rows ?? [] {
            if let space = columns[0].firstIndex(of: " ") {
                entries[id(columns[0][..<space])].isTitleFirstWord = true
            } else {
                entries[id(columns[0])].isTitle = true
            }
        }
        for (_, columns) in rowsByFile[.nameFinalWords]?.rows ?? [] { entries[id(columns[0])].isNameFinal = true }
        for (_, columns) in rowsByFile[.certaintyWords]?.rows ?? [] { entries[id(columns[0])].isCertainty = true }
        for (_, columns) in rowsByFile[.openingWords]?.rows ?? [] { entries[id(columns[0])].isOpeningWord = true }
        for (_, columns) in rowsByFile[.imperativeVerbs]?.rows ?? [] { entries[id(columns[0])].isImperativeVerb = true }
        for (_, columns) in rowsByFile[.genericGroups]?.rows ?? [] { entries[id(columns[0])].isGenericGroup = true }
        for (_, columns) in rowsByFile[.peopleNouns]?.rows ?? [] { entries[id(columns[0])].isPeopleNoun = true }
        for (_, columns) in rowsByFile[.likeVerbSubjects]?.rows ?? [] { entries[id(columns[0])].isLikeVerbSubject = true }
        for (_, columns) in rowsByFile[.discourseMarkers]?.rows ?? [] { entries[id(columns[0])].isDiscourseMarker = true }
        for (_, columns) in rowsByFile[.nameConnectors]?.rows ?? [] { nameConnectors.insert(String(columns[0])) }
        for (_, columns) in rowsByFile[.agentParticiples]?.rows ?? [] { agentParticiples.insert(String(columns[0])) }
        for (_, columns) in rowsByFile[.subordinators]?.rows ?? [] {
            entries[id(columns[0])].subordinator =
                columns.count == 1 ? .adverbial : columns[1] == "relative" ? .relative : columns[1] == "complement" ? .complement : .conditional
        }
        // Groups read as countries do: case kept, and a longer capitalised name takes them in.
        for (_, columns) in (rowsByFile[.countries]?.rows ?? []) + (rowsByFile[.groups]?.rows ?? []) {
            countries.append(TargetCatalogue.Target(name: String(columns[0]), aliases: columns.dropFirst().map(String.init)))
        }
        occasionNames = (rowsByFile[.occasionNames]?.rows ?? []).map { String($0.columns[0]) }
        let commonRows = rowsByFile[.commonWords]?.rows ?? []
        commonWords = ByteKeyTable(capacity: commonRows.count)
        for (_, columns) in commonRows {
            _ = commonWords.insert(Array(columns[0].utf8))
        }
        for (_, columns) in rowsByFile[.nameParticles]?.rows ?? [] {
            joinedNameParticles.insert(String(columns[0]))
            if columns.count == 1 { separateNameParticles.insert(String(columns[0])) }
        }
        for (_, columns) in rowsByFile[.boosters]?.rows ?? [] {
            let weight = columns[1] == "increase" ? StanceWeights.boosterIncrement : StanceWeights.boosterDecrement
            add(columns[0], single: { $0.booster = weight }, phrase: .booster(weight))
        }
        for (_, columns) in rowsByFile[.idioms]?.rows ?? [] {
            add(columns[0], single: nil, phrase: .vaderIdiom(Double(columns[1])!))
        }
        for (_, columns) in rowsByFile[.newsValence]?.rows ?? [] {
            let value = Double(columns[1])!
            add(columns[0], single: { $0.newsValence = value }, phrase: .newsValence(value))
        }
        for (_, columns) in rowsByFile[.stanceCues]?.rows ?? [] {
            let label = StanceLabel(rawValue: String(columns[1]))!
            add(columns[0], single: { $0.cue = label }, phrase: .cue(label))
            if columns.count == 3 { entries[id(columns[0].split(separator: " ")[0])].isActCue = true }
        }
        for (_, columns) in rowsByFile[.hedges]?.rows ?? [] {
            add(columns[0], single: { $0.isHedge = true }, phrase: .hedge)
        }
        for (_, columns) in rowsByFile[.privatives]?.rows ?? [] {
            add(columns[0], single: nil, phrase: .privative)
        }
        for (_, columns) in rowsByFile[.negatedPossibilities]?.rows ?? [] {
            add(columns[0], single: nil, phrase: .negatedPossibility)
        }
        for (_, columns) in rowsByFile[.contrast]?.rows ?? [] {
            let kind: ContrastKind = columns[1] == "shift" ? .shift : .concession
            add(columns[0], single: { $0.contrast = kind }, phrase: .contrast(kind))
        }
        for index in entries.indices where !entries[index].phrases.isEmpty {
            entries[index].phrases.sort { $0.words.count > $1.words.count }
        }
        // Kept apart from `hot`, which the tokenizer copies for every word: only the target rules read these.
        isNounDeterminer = entries.map(\.isNounDeterminer)
        isOrganisationWord = entries.map(\.isOrganisationWord)
        isTitle = entries.map(\.isTitle)
        isTitleFirstWord = entries.map(\.isTitleFirstWord)
        isFailure = entries.map(\.isFailure)
        isNameFinal = entries.map(\.isNameFinal)
        isCertainty = entries.map(\.isCertainty)
        isOpeningWord = entries.map(\.isOpeningWord)
        isImperativeVerb = entries.map(\.isImperativeVerb)
        isGenericGroup = entries.map(\.isGenericGroup)
        isPeopleNoun = entries.map(\.isPeopleNoun)
        isLikeVerbSubject = entries.map(\.isLikeVerbSubject)
        isDiscourseMarker = entries.map(\.isDiscourseMarker)
        subordinator = entries.map(\.subordinator)
        hot = entries.map {
            HotEntry(
                vaderValence: $0.vaderValence, newsValence: $0.newsValence.isNaN ? $0.vaderValence : $0.newsValence,
                booster: $0.booster, ruleWord: $0.ruleWord, isNegator: $0.isNegator,
                isVaderContrast: $0.isVaderContrast, startsPhrase: !$0.phrases.isEmpty, cue: $0.cue,
                contrast: $0.contrast, isHedge: $0.isHedge, isNameStopword: $0.isNameStopword,
                isGovernmentNoun: $0.isGovernmentNoun, isWithholding: $0.isWithholding, isActCue: $0.isActCue)
        }

    }

    /// The lexicon folder found by `locator`.
    /// - Throws: `LexiconLocator.NotFound` or `LexiconError`.
    /// - Complexity: O(*n*) in the total size of the files.
    public init(locator: LexiconLocator = LexiconLocator()) throws {
        try self.init(folder: try locator.locate())
    }

    /// The vocabulary index of a lowercase word, adding it when new.
    private mutating func id<S: StringProtocol>(_ word: S) -> Int {
        let index = words.insert(Array(word.utf8))
        if index == entries.count { entries.append(WordEntry()) }
        return index
    }

    private mutating func add(_ key: Substring, single: ((inout WordEntry) -> Void)?, phrase meaning: PhraseMeaning) {
        let parts = key.split(separator: " ")
        if parts.count == 1, let single {
            single(&entries[id(parts[0])])
            return
        }
        let sequence = parts.map { Int32(id($0)) }
        entries[Int(sequence[0])].phrases.append(Phrase(words: sequence, meaning: meaning))
    }

    /// The entry of a lowercase word given as bytes, or `-1`.
    @inline(__always)
    func lookup(_ word: UnsafeBufferPointer<UInt8>) -> Int32 {
        Int32(words.index(of: word))
    }

    /// The entry of a lowercase word whose `ByteKeyTable.hash` is known, or `-1`.
    @inline(__always)
    func lookup(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32 {
        Int32(words.index(of: word, hash: hash))
    }
}
