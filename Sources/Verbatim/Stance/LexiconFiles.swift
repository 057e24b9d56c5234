import Foundation

/// One problem found in a lexicon file.
public struct LexiconProblem: Sendable, Hashable, CustomStringConvertible {
    /// The file's name inside the lexicon folder.
    public var file: String
    /// 1-based line, or `nil` for a problem with the whole file.
    public var line: Int?
    public var message: String

    /// - Complexity: O(1).
    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}

/// Raised when a lexicon folder cannot be loaded.
public struct LexiconError: Error, CustomStringConvertible {
    public var problems: [LexiconProblem]
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}

/// The files of a lexicon folder, their formats, and a parser that reports every problem.
///
/// Project files may hold comment lines starting with `# ` (hash and space) and blank lines;
/// the two files taken from vaderSentiment keep their original format (no comments).
public enum LexiconFile: String, CaseIterable, Sendable {
    /// VADER valence lexicon: token TAB mean TAB standard deviation TAB ten ratings.
    case valence = "vader_lexicon.txt"
    /// vaderSentiment's emoji descriptions: emoji TAB description.
    case emoji = "emoji_utf8_lexicon.txt"
    /// Degree adverbs: word or phrase TAB increase|decrease.
    case boosters = "vader-boosters.tsv"
    /// Negation words, one per line.
    case negators = "vader-negators.txt"
    /// Phrases with their own valence: phrase TAB valence.
    case idioms = "vader-idioms.tsv"
    /// The VADER-compatible contrast word(s), one per line.
    case vaderContrast = "vader-contrast.txt"
    /// News-domain valences: term or phrase TAB valence.
    case newsValence = "news-valence.tsv"
    /// Stance cues: phrase TAB oppose|support|neutral, optionally TAB act (a deed, not a stated position).
    case stanceCues = "stance-cues.tsv"
    /// Hedges, one per line.
    case hedges = "hedges.txt"
    /// Contrast words: phrase TAB shift|concession.
    case contrast = "contrast.tsv"
    /// Capitalised words that do not start a name, one per line.
    case nameStopwords = "name-stopwords.txt"
    /// Nouns for whoever governs (`regime`), one per line.
    case governmentNouns = "government-nouns.txt"
    /// Countries as targets: canonical name TAB aliases (demonyms, capitals), case-sensitive.
    case countries = "countries.tsv"
    /// Lowercase particles inside names (`al-Assad`, `bin Laden`): word, and the tag `joined`
    /// when the particle counts only joined to the name by a hyphen.
    case nameParticles = "name-particles.txt"
    /// Verbs that withhold the cue after them (`refused to endorse`), one per line.
    case withholdingVerbs = "withholding-verbs.txt"
    /// Words that open a noun phrase (shared with the quote stage): word, and the tag `noun` when
    /// a cue word right after it is a noun (`the attack on the convoy`), not the speaker's act.
    case determiners = "determiners.txt"
    /// Words that make a capitalised name an organisation (`Department`, `Ministry`), one per
    /// line (shared with attribution): such names take a title word before them (`Justice
    /// Department`) and `for` within them (`Syrian Observatory for Human Rights`).
    case organisationWords = "organisation-words.txt"
    /// Parties and other groups as targets, in the format of `countries.tsv`: canonical name TAB
    /// aliases (`Republican Party`, `Republicans`, `Republican`), case-sensitive.
    case groups = "groups.tsv"
    /// Titles before a name (shared with attribution): title, optionally TAB comma-separated tags
    /// (`honorific`, `male`, `female`, which stance ignores). A one-word title before an
    /// organisation word is part of its name (`Justice Department`).
    case titles = "titles.txt"
    /// Common English words, one per line: a capitalised one opening a sentence alone is no name
    /// (`Yesterday`, `Officials`), and one after `of` or `for` in an organisation's name is its
    /// domain, which `and` may continue (`Center for Strategic and International Studies`).
    case commonWords = "common-words.txt"
    /// Name stopwords that may end a name of two words or more (`Air Force One`, `Real News Right
    /// Now`), one per line.
    case nameFinalWords = "name-final-words.txt"
    /// Words that open a subordinate clause (`because`, `which`): word, and the tag `relative`
    /// for a relative pronoun, whose clause right after a name is about that name, or
    /// `complement` for `that`, which opens a clause only after a name and its verb.
    case subordinators = "subordinators.txt"
    /// Phrases naming the absence of what follows (`lack of`, `loss of`), one per line, two
    /// words or more: they reverse the valence of their object (`lack of enthusiasm` is bad).
    case privatives = "privatives.txt"
    /// Words of the speaker's certainty (`sure`, `certainly`), one per line: VADER rates them
    /// positive, but they judge no target (`I'm sure Sanders people would want …`).
    case certaintyWords = "certainty-words.txt"
    /// Words that open an introductory phrase (`to`, `in`, `despite`, `if`), one per line: such a
    /// phrase opening a sentence, closed by a comma and naming no target, is not about the
    /// subject after it (`To be clear, the United States …`).
    case openingWords = "opening-words.txt"
    /// Verbs whose base form opening a sentence before a capitalised word is an imperative
    /// (`Notice Trump sniffing`, `Thank God`), one per line: the verb is no part of the name.
    case imperativeVerbs = "imperative-verbs.txt"
    /// Lowercase words that may sit inside a name (`of`, `al`, `bin`), one per line (shared with
    /// attribution): a speaker's name holding another lowercase word (`Oz took Trump`) names no target.
    case nameConnectors = "name-connectors.txt"
    /// Phrases that deny a possibility (`no chance`, `no way`), one per line, two words or more:
    /// the clause after them is said not to happen (`no chance Clinton will withdraw`).
    case negatedPossibilities = "negated-possibilities.txt"
    /// Past participles that, hyphenated after a country word, make the country their agent
    /// (`U.S.-led`, `Iran-backed`), one per line: the compound names the country.
    case agentParticiples = "agent-participles.txt"
    /// Words naming a generic group of people (`Muslims`, `Latinos`, `Millennials`), one per
    /// line: a run of capitalised words made only of them names no target.
    case genericGroups = "generic-groups.txt"
    /// Nouns naming ordinary people (`people`, `families`, `voters`), one per line: after a
    /// demonym they name the country's people, no target (`the American people`).
    case peopleNouns = "people-nouns.txt"
    /// Words after which `like` is the verb (`I like`, `would like`), one per line: elsewhere
    /// `like` is a preposition (`people like him`) and carries no valence.
    case likeVerbSubjects = "like-verb-subjects.txt"
    /// Discourse markers (`well`, `yes`), one per line: alone in a sentence's first clause,
    /// closed by a comma, they carry no valence (`Well, …`).
    case discourseMarkers = "discourse-markers.txt"
    /// Names of occasions, events, documents and shows that are no target (`State of the Union`,
    /// `Super Tuesday`, `Election Day`), one per line, written as capitalised in text (case kept):
    /// the finder steps over them, so neither the whole nor a part is named.
    case occasionNames = "occasion-names.txt"

    /// Whether a lexicon folder must have this file.
    public var isRequired: Bool { self == .valence }

    /// Whether `# ` comment lines and blank lines are allowed.
    var allowsComments: Bool { self != .valence && self != .emoji }
}

/// The parsed rows of one lexicon file.
struct LexiconRows {
    /// (1-based line, columns) for every entry line.
    var rows: [(line: Int, columns: [Substring])] = []
}

/// Valence ratings of VADER's scale: human ratings run from -4 to +4.
let valenceScaleLimit = 4.0

extension LexiconFile {
    /// Parses `contents`, checking the format of every line.
    /// - Returns: the entry rows, and every problem found (empty when the file is valid).
    /// - Complexity: O(*n*) in the file's length.
    /// - Parameter strict: check every column; loading passes `false` for the VADER valence file,
    ///   whose standard deviations and ratings the scorer never reads (`lexicon check` reads them).
    func parse(_ contents: String, strict: Bool = true) -> (LexiconRows, [LexiconProblem]) {
        if !strict && self == .valence { return parseValenceQuickly(contents) }
        var rows = LexiconRows()
        var problems: [LexiconProblem] = []
        var seen: [String: Int] = [:]
        // Lines and columns are cut on UTF-8 bytes: splitting `Character`s costs more than the rest of loading.
        let lines = contents.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        var lineNumber = 0
        for rawLine in lines {
            lineNumber += 1
            var lineBytes = rawLine
            if lineBytes.last == UInt8(ascii: "\r") { lineBytes = lineBytes.dropLast() }
            let line = Substring(lineBytes)
            if line.isEmpty {
                // A final newline leaves one empty piece; blank lines elsewhere are only allowed in project files.
                if !allowsComments && lineNumber < lines.count {
                    problems.append(problem(lineNumber, "blank line"))
                }
                continue
            }
            if allowsComments && (line == "#" || line.hasPrefix("# ")) { continue }
            let columns = lineBytes.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map { Substring($0) }
            if let message = check(columns) {
                problems.append(problem(lineNumber, message))
                continue
            }
            let key = String(columns[0])
            // vaderSentiment's own files repeat a few tokens (the last one wins there, and here).
            if let first = seen[key], self != .emoji && self != .valence {
                problems.append(problem(lineNumber, "duplicate entry \"\(key)\" (first on line \(first))"))
                continue
            }
            seen[key] = lineNumber
            rows.rows.append((lineNumber, columns))
        }
        return (rows, problems)
    }

    /// Token and mean of each valence line, checking only those two: the loader's fast path.
    private func parseValenceQuickly(_ contents: String) -> (LexiconRows, [LexiconProblem]) {
        var rows = LexiconRows()
        rows.rows.reserveCapacity(8_000)
        var problems: [LexiconProblem] = []
        var lineNumber = 0
        for rawLine in contents.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            if rawLine.isEmpty { continue }
            let columns = rawLine.split(separator: UInt8(ascii: "\t"), maxSplits: 2, omittingEmptySubsequences: false)
            guard columns.count >= 2, !columns[0].isEmpty, let mean = Double(Substring(columns[1])), abs(mean) <= valenceScaleLimit else {
                problems.append(problem(lineNumber, "expected a token and a mean in -4...4 (run verbatim lexicon check)"))
                continue
            }
            rows.rows.append((lineNumber, [Substring(columns[0]), Substring(columns[1])]))
        }
        return (rows, problems)
    }

    private func problem(_ line: Int, _ message: String) -> LexiconProblem {
        LexiconProblem(file: rawValue, line: line, message: message)
    }

    /// The problem with one entry line, or `nil` when it is well formed.
    private func check(_ columns: [Substring]) -> String? {
        let key = columns[0]
        if key.isEmpty { return "empty entry before the first tab" }
        if key.first == " " || key.last == " " { return "entry \"\(key)\" has leading or trailing spaces" }
        switch self {
        case .valence:
            guard columns.count == 4 else {
                return "expected 4 tab-separated columns (token, mean, standard deviation, ratings), found \(columns.count)"
            }
            guard let mean = Double(columns[1]) else { return "mean \"\(columns[1])\" is not a number" }
            guard abs(mean) <= valenceScaleLimit else { return "mean \(mean) is outside -4...4" }
            guard let deviation = Double(columns[2]), deviation >= 0 else {
                return "standard deviation \"\(columns[2])\" is not a non-negative number"
            }
            let ratings = columns[3]
            guard ratings.first == "[", ratings.last == "]" else { return "ratings \"\(ratings)\" are not a [list]" }
            for rating in ratings.utf8.dropFirst().dropLast().split(separator: UInt8(ascii: ",")) {
                let trimmed = Substring(rating.drop { $0 == UInt8(ascii: " ") })
                guard let value = Int(trimmed), abs(value) <= Int(valenceScaleLimit) else {
                    return "rating \"\(trimmed)\" is not a whole number in -4...4"
                }
            }
        case .emoji:
            guard columns.count >= 2, !columns[1].isEmpty else { return "expected emoji, tab, description" }
        case .idioms, .newsValence:
            guard columns.count == 2 else { return "expected 2 tab-separated columns (phrase, valence), found \(columns.count)" }
            guard let value = Double(columns[1]) else { return "valence \"\(columns[1])\" is not a number" }
            guard abs(value) <= valenceScaleLimit else { return "valence \(value) is outside -4...4" }
            if let message = checkPhrase(key) { return message }
        case .boosters:
            guard columns.count == 2 else { return "expected 2 tab-separated columns (phrase, increase|decrease), found \(columns.count)" }
            guard columns[1] == "increase" || columns[1] == "decrease" else {
                return "direction \"\(columns[1])\" must be increase or decrease"
            }
            if let message = checkPhrase(key) { return message }
        case .stanceCues:
            guard columns.count == 2 || columns.count == 3 else {
                return "expected 2 or 3 tab-separated columns (phrase, oppose|support|neutral, optional act), found \(columns.count)"
            }
            guard StanceLabel(rawValue: String(columns[1])) != nil else {
                return "label \"\(columns[1])\" must be oppose, support or neutral"
            }
            if columns.count == 3 && columns[2] != "act" { return "tag \"\(columns[2])\" must be act" }
            if let message = checkPhrase(key) { return message }
        case .contrast:
            guard columns.count == 2 else { return "expected 2 tab-separated columns (phrase, shift|concession), found \(columns.count)" }
            guard columns[1] == "shift" || columns[1] == "concession" else {
                return "kind \"\(columns[1])\" must be shift or concession"
            }
            if let message = checkPhrase(key) { return message }
        case .countries, .groups, .occasionNames:
            if self == .occasionNames && columns.count != 1 { return "expected one name per line, found a tab" }
            for alias in columns {
                if alias.isEmpty { return "empty name or alias (two tabs in a row?)" }
                if alias.first == " " || alias.last == " " || alias.contains("  ") {
                    return "name \"\(alias)\" has stray spaces"
                }
            }
        case .titles:
            guard columns.count == 1 || columns.count == 2 else { return "expected a title, optionally followed by a tab and tags" }
        case .determiners:
            guard columns.count == 1 || (columns.count == 2 && columns[1] == "noun") else {
                return "expected a word, optionally followed by a tab and `noun`"
            }
            if let message = checkPhrase(key) { return message }
        case .subordinators:
            guard columns.count == 1
                || (columns.count == 2 && (columns[1] == "relative" || columns[1] == "complement" || columns[1] == "conditional"))
            else {
                return "expected a word, optionally followed by a tab and `relative`, `complement` or `conditional`"
            }
            if let message = checkPhrase(key) { return message }
        case .nameParticles:
            guard columns.count == 1 || (columns.count == 2 && columns[1] == "joined") else {
                return "expected a particle, optionally followed by a tab and `joined`"
            }
            if let message = checkPhrase(key) { return message }
        case .withholdingVerbs:
            guard columns.count == 1 || (columns.count == 2 && columns[1] == "failure") else {
                return "expected a word, optionally followed by a tab and `failure`"
            }
            if let message = checkPhrase(key) { return message }
        case .negators, .vaderContrast, .hedges, .nameStopwords, .governmentNouns, .organisationWords,
            .commonWords, .nameFinalWords, .privatives, .certaintyWords, .openingWords, .imperativeVerbs, .nameConnectors,
            .negatedPossibilities, .agentParticiples, .genericGroups, .peopleNouns, .likeVerbSubjects, .discourseMarkers:
            guard columns.count == 1 else { return "expected one word or phrase per line, found a tab" }
            if self == .privatives && !key.contains(" ") { return "expected a phrase of two words or more (`lack of`)" }
            if self == .negatedPossibilities && !key.contains(" ") { return "expected a phrase of two words or more (`no chance`)" }
            if let message = checkPhrase(key) { return message }
        }
        return nil
    }

    /// Phrases are matched against lowercased tokens separated by single spaces.
    private func checkPhrase(_ phrase: Substring) -> String? {
        if phrase.contains("  ") { return "phrase \"\(phrase)\" has two spaces in a row" }
        let hasCapitals = phrase.utf8.contains { $0 &- UInt8(ascii: "A") < 26 }
            || (phrase.utf8.contains { $0 >= 0x80 } && phrase.lowercased() != phrase)
        if hasCapitals { return "phrase \"\(phrase)\" has capitals (entries are matched in lowercase)" }
        return nil
    }
}

/// Validates every known file of a lexicon folder (`verbatim lexicon check`).
public enum LexiconChecker {
    /// - Parameter folder: the lexicon folder.
    /// - Returns: every problem, by file and line; empty when the folder is valid.
    /// - Complexity: O(*n*) in the total size of the files.
    public static func check(folder: String) -> [LexiconProblem] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            return [LexiconProblem(file: folder, line: nil, message: "not a folder")]
        }
        var problems: [LexiconProblem] = []
        for file in LexiconFile.allCases {
            switch read(file, in: folder) {
            case .missing:
                if file.isRequired { problems.append(LexiconProblem(file: file.rawValue, line: nil, message: "required file is missing")) }
            case .unreadable(let message):
                problems.append(LexiconProblem(file: file.rawValue, line: nil, message: message))
            case .contents(let contents):
                problems += file.parse(contents).1
            }
        }
        return problems
    }

    enum ReadResult {
        case missing
        case unreadable(String)
        case contents(String)
    }

    static func read(_ file: LexiconFile, in folder: String) -> ReadResult {
        let path = URL(fileURLWithPath: folder).appendingPathComponent(file.rawValue).path
        guard FileManager.default.fileExists(atPath: path) else { return .missing }
        guard let data = FileManager.default.contents(atPath: path) else { return .unreadable("cannot be read") }
        guard let contents = String(data: data, encoding: .utf8) else { return .unreadable("is not valid UTF-8") }
        return .contents(contents)
    }
}
