/// A target named in the scored text.
struct TargetMention {
    /// Canonical name.
    var name: String
    /// Tokens `tokens.lowerBound..<tokens.upperBound` of the workspace.
    var tokens: Range<Int>
    /// Found by a catalogue alias or speaker name, rather than as a run of capitalised words.
    var isKnown: Bool
    /// The target's number among the text's targets, in order of first mention (mentions of one
    /// name share it): the rules compare numbers, not names.
    var target = 0
    /// May name a person, whom `he` or `she` can refer to: not a country or group (`countries.tsv`,
    /// `groups.tsv`), an acronym or an organisation's name.
    var mayBePerson = false
    /// A generic group of people (`Latinos`, `Sunni Muslims`; `generic-groups.txt`): the rules read
    /// it as any other noun phrase (the object of `portraying Latinos as …`), but it is no target
    /// and is left out of the output.
    var isGenericGroup = false
}

/// The case an alias word asks of the text's word: the shipped country list tells `Turkey` from
/// `turkey` and `US` from `us`; a user's targets file ignores case.
enum AliasCase: UInt8, Sendable {
    case any, capitalised, upper

    /// The case a spelling asks for: all capitals (two letters or more) or a capital first letter.
    static func of(_ spelling: String) -> AliasCase {
        let letters = spelling.unicodeScalars.filter { $0.properties.isAlphabetic }
        if letters.count > 1 && letters.allSatisfy({ $0.properties.isUppercase }) { return .upper }
        return letters.first?.properties.isUppercase == true ? .capitalised : .any
    }
}

/// One alias of a target, as alias-word numbers.
///
/// A class: the finder walks the aliases of every alias word it meets, and copying a struct of
/// three references cost three reference-count updates per alias looked at.
final class TargetAlias: Sendable {
    let words: [Int]
    let name: String
    /// Per word, when case matters (shipped countries); `nil` when it does not.
    let cases: [AliasCase]?
    /// A country's name, demonym or capital (`countries.tsv`): inside a longer run of capitalised
    /// words it belongs to that name (`Free Syrian Army`, `Washington Post`).
    let isPlace: Bool
    /// The name of an occasion, event, document or show (`State of the Union`, `Super Tuesday`;
    /// `occasion-names.txt`): stepped over, no target, and no part of it starts one.
    let isOccasion: Bool

    /// - Complexity: O(1).
    init(words: [Int], name: String, cases: [AliasCase]?, isPlace: Bool, isOccasion: Bool = false) {
        self.words = words
        self.name = name
        self.cases = cases
        self.isPlace = isPlace
        self.isOccasion = isOccasion
    }
}

/// The aliases known before any document is read: the user's targets, then the shipped countries.
/// Built once per scorer; each document's finder reads it without copying it.
struct TargetAliasTable: Sendable {
    /// Every normalised word of an alias or name, numbered.
    var words = ByteKeyTable(capacity: 64)
    /// Aliases by their first word's number, longest alias first.
    var aliases: [[TargetAlias]] = []
    /// The last word of each multi-word canonical name, so that `Kerry` reads as `John Kerry`.
    var surnames: [String?] = []
    var hasSurnames = false
    /// Lowercased alias to canonical name, the first target that lists it winning.
    var canonicalByAlias: [String: String] = [:]
    /// By valence-lexicon entry: the number of the alias word that the entry's word is, or -1.
    /// A token's entry is the lexicon's number of its lowercased bytes, so a plain word's alias
    /// number is read here rather than hashed and probed for again.
    var wordOfEntry: [Int32] = []
    /// By alias word: known only from occasion names (`of`, `the` in `State of the Union`). Such a
    /// word, lowercase, is no reason to look for names in a text: most texts have `the`.
    var isOccasionOnlyWord: [Bool] = []

    /// - Parameters:
    ///   - catalogue: user targets (case ignored).
    ///   - countries: shipped country targets (case kept).
    ///   - lexicon: the valence lexicon whose entries `wordOfEntry` maps, and whose occasion
    ///     names (`occasion-names.txt`) are stepped over as no target (none: neither).
    /// - Complexity: O(*a*) in the total length of the aliases and occasion names, plus sorting
    ///   each first word's list, plus O(*e*) in the lexicon's entries.
    init(catalogue: TargetCatalogue, countries: [TargetCatalogue.Target], lexicon: StanceLexicon? = nil) {
        if let lexicon { wordOfEntry = [Int32](repeating: -1, count: lexicon.entries.count) }
        defer { self.lexicon = nil }
        self.lexicon = lexicon
        for target in catalogue.targets {
            for alias in [target.name] + target.aliases { add(alias, for: target.name, caseSensitive: false, isPlace: false) }
        }
        for target in countries {
            for alias in [target.name] + target.aliases {
                // A user target that already has this alias keeps it.
                if canonicalByAlias[alias.lowercased()] != nil && canonicalByAlias[alias.lowercased()] != target.name { continue }
                add(alias, for: target.name, caseSensitive: true, isPlace: true)
            }
        }
        // After the targets: a user's target of the same spelling is found first (equal length).
        for occasion in lexicon?.occasionNames ?? [] { add(occasion, for: occasion, caseSensitive: true, isPlace: false, isOccasion: true) }
        // Stable: among aliases of one length, the first added wins.
        for key in aliases.indices where aliases[key].count > 1 { aliases[key].sort { $0.words.count > $1.words.count } }
    }

    /// The lexicon while `init` runs.
    private var lexicon: StanceLexicon?

    private mutating func add(_ alias: String, for name: String, caseSensitive: Bool, isPlace: Bool, isOccasion: Bool = false) {
        if !isOccasion, canonicalByAlias[alias.lowercased()] == nil { canonicalByAlias[alias.lowercased()] = name }
        let spellings = alias.split(separator: " ").map(String.init)
        let numbers = spellings.map { spelling in
            let word = Array(TargetMentionFinder.normalise(spelling).utf8)
            let isNew = word.withUnsafeBufferPointer { words.index(of: $0) } < 0
            let number = words.insert(word)
            while isOccasionOnlyWord.count < words.count { isOccasionOnlyWord.append(false) }
            isOccasionOnlyWord[number] = isOccasion && (isNew || isOccasionOnlyWord[number])
            if let lexicon, case let entry = word.withUnsafeBufferPointer({ lexicon.lookup($0) }), entry >= 0 {
                wordOfEntry[Int(entry)] = Int32(number)
            }
            return number
        }
        guard let first = numbers.first else { return }
        while aliases.count < words.count {
            aliases.append([])
            surnames.append(nil)
        }
        let cases = caseSensitive ? spellings.map(AliasCase.of) : nil
        aliases[first].append(TargetAlias(words: numbers, name: name, cases: cases, isPlace: isPlace, isOccasion: isOccasion))
        // An occasion's last word is no surname (`Day` is not `Election Day`).
        if numbers.count > 1, !isPlace, !isOccasion, surnames[numbers.last!] == nil {
            surnames[numbers.last!] = name
            hasSurnames = true
        }
    }
}

/// Finds the people, organisations and places a text names: the known aliases (user targets,
/// countries, the document's speakers) first, then runs of capitalised words.
/// A class: each quotation reads the document's finder, which a struct would copy (tables and lexicon).
final class TargetMentionFinder {
    /// Aliases shared by every document (read only).
    let base: TargetAliasTable
    /// This document's words that `base` lacks, numbered from `base.words.count` on.
    private var localWords = ByteKeyTable(capacity: 16)
    /// This document's aliases (speakers, document aliases) with their first word's number, in the
    /// order added. A handful per document: a list beats a dictionary (whose generic set-up per
    /// document cost more than the look-ups).
    private var localAliases: [(first: Int, alias: TargetAlias)] = []
    /// One bit per first-word number of `localAliases` (the number's low six bits): most alias
    /// words start no local alias, and the bit says so without a walk through the list.
    private var localFirstBits: UInt64 = 0
    /// The merged candidate lists of first words that have local aliases, built when first asked
    /// for and dropped when an alias is added: the finder asks again for every mention of a speaker.
    private var mergedCandidates: [(first: Int, aliases: [TargetAlias])] = []
    /// One word of a name being added, normalised (a buffer reused from name to name).
    private var nameWord: [UInt8] = []
    /// Buffers of `mentions(in:excluding:)`, reused from text to text.
    private var discoveredBuffer: [(key: UInt64, name: String)] = []
    private var aloneBuffer: [(found: Int, key: UInt64)] = []
    private var localSurnames: [(word: Int, name: String)] = []
    /// Person names of two words or more met in the document's earlier quotations, by the hash of
    /// their last word (`Bashar al-Assad` by `al-assad` and `assad`), so that a later quotation's
    /// `Assad` is the same target; an empty name marks a last word shared by two names (`Bill
    /// Clinton`, `Hillary Clinton`), which then names neither. A few per document: a list.
    /// Kept as two lists: a scan compares keys only, without copying (and retaining) each name.
    private var documentNameKeys: [UInt64] = []
    private var documentNames: [String] = []
    let lexicon: StanceLexicon

    /// - Parameters:
    ///   - base: user targets and countries, built once.
    ///   - speakers: canonical speaker names of the document (`John Kerry`), each also known by its last word.
    ///   - documentAliases: more (alias, name) pairs found in the document (`regime` for `Assad`);
    ///     a name that is a catalogue alias takes the catalogue's canonical name, and an alias the
    ///     catalogue already has is left to the catalogue.
    /// - Complexity: O(*s*) in the total length of the speaker names and document aliases.
    init(base: TargetAliasTable, speakers: [String], lexicon: StanceLexicon, documentAliases: [(alias: String, name: String)] = []) {
        self.base = base
        self.lexicon = lexicon
        for speaker in speakers { add(speaker, for: speaker) }
        addDocumentAliases(documentAliases)
    }

    /// Forgets the previous document's speakers and aliases and takes these speakers, keeping the
    /// buffers: one finder serves document after document on a worker.
    /// - Parameter speakers: canonical speaker names of the next document.
    /// - Complexity: O(*s*) in the total length of the speaker names, plus the local table's size.
    func reset(speakers: [String]) {
        localWords.removeAll()
        localAliases.removeAll(keepingCapacity: true)
        localFirstBits = 0
        localSurnames.removeAll(keepingCapacity: true)
        mergedCandidates.removeAll(keepingCapacity: true)
        documentNameKeys.removeAll(keepingCapacity: true)
        documentNames.removeAll(keepingCapacity: true)
        for speaker in speakers { add(speaker, for: speaker) }
    }

    /// Builds the shared table too (tests, one-off texts).
    /// - Complexity: O(*a*) in the aliases of the catalogue and the countries.
    convenience init(
        catalogue: TargetCatalogue, speakers: [String], lexicon: StanceLexicon,
        documentAliases: [(alias: String, name: String)] = []
    ) {
        self.init(
            base: TargetAliasTable(catalogue: catalogue, countries: lexicon.countries, lexicon: lexicon), speakers: speakers, lexicon: lexicon,
            documentAliases: documentAliases)
    }

    /// Adds (alias, name) pairs found in the document, as `init`'s `documentAliases` does: the
    /// finder of a document grows when a quotation first needs them, rather than being rebuilt.
    /// - Complexity: O(*a*) in the aliases, plus sorting each first word's list.
    func addDocumentAliases(_ documentAliases: [(alias: String, name: String)]) {
        for (alias, name) in documentAliases {
            let aliasNumber = number(of: Self.normalise(alias))
            if aliasNumber >= 0 && !candidates(aliasNumber).isEmpty { continue }
            add(alias, for: base.canonicalByAlias[name.lowercased()] ?? name)
        }
    }

    /// The number of a normalised word, or -1.
    private func number(of word: String) -> Int {
        let known = base.words.index(of: word)
        if known >= 0 || localWords.count == 0 { return known }
        let local = localWords.index(of: word)
        return local < 0 ? -1 : base.words.count + local
    }

    private func add(_ alias: String, for name: String) {
        var numbers: [Int] = []
        // A capitalised word of a name matches only a capitalised word of the text: a speaker
        // named `Companies` or `State` (an attribution error) must not make every `companies` a
        // target. Lowercase words (`al-Assad`, `the regime`) match either case.
        var cases: [AliasCase] = []
        var isCaseFree = true
        var alias = alias
        alias.withUTF8 { bytes in
            // Split on bytes, and normalise ASCII words (nearly all names) into the reused `nameWord`
            // buffer: a `String` or an array per word cost more than the rest of the finder's set-up.
            var start = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != UInt8(ascii: " ") { end += 1 }
                defer { start = end + 1 }
                guard end > start else { continue }
                nameWord.removeAll(keepingCapacity: true)
                nameWord.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
                if !Self.normaliseASCII(bytes: &nameWord) { nameWord = Array(Self.normalise(bytes: &nameWord).utf8) }
                let number = nameWord.withUnsafeBufferPointer { word in
                    let known = base.words.index(of: word)
                    return known >= 0 ? known : base.words.count + localWords.insert(word)
                }
                numbers.append(number)
                let initial = bytes[start]
                let isCapitalised = initial < 0x80
                    ? initial &- UInt8(ascii: "A") < 26
                    : Unicode.Scalar(ValenceTokenizer.decode(bytes, at: start).0)?.properties.isUppercase == true
                cases.append(isCapitalised ? .capitalised : .any)
                if isCapitalised { isCaseFree = false }
            }
        }
        guard let first = numbers.first else { return }
        localAliases.append((first, TargetAlias(words: numbers, name: name, cases: isCaseFree ? nil : cases, isPlace: false)))
        localFirstBits |= 1 << UInt64(first & 63)
        mergedCandidates.removeAll()
        if numbers.count > 1, surname(numbers.last!) == nil { localSurnames.append((numbers.last!, name)) }
    }

    /// The aliases starting with word `number`: the shared ones, then this document's, longest first.
    private func candidates(_ number: Int) -> [TargetAlias] {
        let shared = number < base.aliases.count ? base.aliases[number] : []
        guard localFirstBits & (1 << UInt64(number & 63)) != 0, localAliases.contains(where: { $0.first == number }) else {
            return shared
        }
        if let known = mergedCandidates.first(where: { $0.first == number }) { return known.aliases }
        var merged = shared
        // Longest first; stable among aliases of one length (the shared ones, then in the order added).
        for (first, alias) in localAliases where first == number {
            let position = merged.firstIndex { $0.words.count < alias.words.count } ?? merged.count
            merged.insert(alias, at: position)
        }
        mergedCandidates.append((number, merged))
        return merged
    }

    /// The canonical name whose last word is word `number`, if any.
    private func surname(_ number: Int) -> String? {
        if number < base.surnames.count, let name = base.surnames[number] { return name }
        return localSurnames.first { $0.word == number }?.name
    }

    private var hasSurnames: Bool { base.hasSurnames || !localSurnames.isEmpty }

    /// The alias-word number of a token, or -1: normalised into `scratch` without allocating.
    private func wordNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ token: ValenceToken, _ scratch: UnsafeMutablePointer<UInt8>) -> Int {
        let start = Int(token.start)
        var end = Int(token.end)
        // A short word keeps the punctuation after it (`US,`, `UN.`), as VADER's tokens do: not the alias.
        while end - start > 1 && ValenceTokenizer.isASCIIPunctuation(bytes[end - 1]) && bytes[end - 1] != UInt8(ascii: "'")
            && !(bytes[end - 1] == UInt8(ascii: ".") && bytes[start..<(end - 1)].contains(UInt8(ascii: ".")))
        {
            end -= 1
        }
        guard end - start <= ValenceWorkspace.scratchCapacity else { return -1 }
        guard let count = Self.foldASCII(bytes, start..<end, into: scratch) else {
            // Other letters: the String path, which lowercases them properly.
            return number(of: Self.normalise(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)))
        }
        let word = UnsafeBufferPointer(start: scratch, count: count)
        let hash = ByteKeyTable.hash(word)
        let known = base.words.index(of: word, hash: hash)
        if known >= 0 || localWords.count == 0 { return known }
        let local = localWords.index(of: word, hash: hash)
        return local < 0 ? -1 : base.words.count + local
    }

    /// `normalise` for an ASCII word, into `scratch` (at least `range.count` bytes) without
    /// allocating: the alias tables' and the common words' form of a token.
    /// - Returns: the bytes written, or nil when the word has a letter beyond ASCII.
    /// - Complexity: O(*k*) in the word's bytes.
    @inline(__always)
    static func foldASCII(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into scratch: UnsafeMutablePointer<UInt8>
    ) -> Int? {
        var count = 0
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte == 0xE2 && index + 2 < range.upperBound && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99 {
                scratch[count] = UInt8(ascii: "'")
                index += 3
            } else if byte >= 0x80 {
                return nil
            } else {
                scratch[count] = byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
                index += 1
            }
            count += 1
        }
        if count > 2 && scratch[count - 1] == UInt8(ascii: "s") && scratch[count - 2] == UInt8(ascii: "'") { count -= 2 }
        return count
    }

    /// Lowercase, `’` as `'`, without a possessive `'s`.
    static func normalise(_ word: String) -> String {
        var bytes = Array(word.utf8)
        return normalise(bytes: &bytes)
    }

    /// `normalise` in place when `bytes` are all ASCII.
    /// - Returns: false, with `bytes` untouched, when they are not.
    static func normaliseASCII(bytes: inout [UInt8]) -> Bool {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
        for index in bytes.indices where bytes[index] &- UInt8(ascii: "A") < 26 { bytes[index] |= 0x20 }
        if bytes.count > 2 && bytes[bytes.count - 1] == UInt8(ascii: "s") && bytes[bytes.count - 2] == UInt8(ascii: "'") {
            bytes.removeLast(2)
        }
        return true
    }

    /// `normalise` on UTF-8 bytes, without Foundation: ASCII letters are lowered byte by byte, and
    /// only words with other letters go through `String.lowercased()`.
    static func normalise(bytes: inout [UInt8]) -> String {
        var isASCII = true
        var write = 0
        var read = 0
        while read < bytes.count {
            let byte = bytes[read]
            if byte == 0xE2 && read + 2 < bytes.count && bytes[read + 1] == 0x80 && bytes[read + 2] == 0x99 {
                bytes[write] = UInt8(ascii: "'")
                read += 3
            } else {
                if byte >= 0x80 { isASCII = false }
                bytes[write] = byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
                read += 1
            }
            write += 1
        }
        bytes.removeLast(bytes.count - write)
        if bytes.count > 2 && bytes[bytes.count - 1] == UInt8(ascii: "s") && bytes[bytes.count - 2] == UInt8(ascii: "'") {
            bytes.removeLast(2)
        }
        let word = String(decoding: bytes, as: UTF8.self)
        return isASCII ? word : word.lowercased()
    }

    /// Every mention in the workspace's tokens, in text order.
    /// - Parameter excluding: the speaker's own name: a speaker is not their own target.
    /// - Complexity: O(*n* · *a*) in tokens and aliases sharing a first word.
    func mentions(in workspace: ValenceWorkspace, excluding speaker: String?) -> [TargetMention] {
        let tokens = workspace.tokens
        let working = workspace.working
        let scratch = workspace.scratch
        // Local copies of the tables: read through the class, each probe would retain their buffers.
        let sharedWords = base.words
        let documentWords = localWords
        // This text's full names, added to the document's once, at the end.
        var newNames: [(key: UInt64, name: String)] = []
        // Each token's alias-word number, in the workspace's buffer (taken out while in use).
        var words = RuleBuffers.take(&workspace.aliasWords, filledWith: -1, count: tokens.count)
        let wordOfEntry = base.wordOfEntry
        let occasionOnly = base.isOccasionOnlyWord
        /// Whether an alias word is known only from occasion names (`file` of `Kelly File`): it
        /// names no one, so for the rules below it is as unknown as any other word.
        func isOccasionOnly(_ number: Int) -> Bool { number >= 0 && number < occasionOnly.count && occasionOnly[number] }
        // Whether a token may start a mention: an alias word, a capitalised word, or a word with a
        // hyphen (a name particle: `al-Assad`). A text with none has no mention; the scan below
        // steps over the other tokens (`notCandidate`) without reading them again.
        var mayName = false
        // Through buffer pointers: an array written in a closure checks its uniqueness per write.
        working.withUnsafeBufferPointer { bytes in
            tokens.withUnsafeBufferPointer { tokens in
                words.withUnsafeMutableBufferPointer { words in
                    for index in tokens.indices {
                        let token = tokens[index]
                        let number = aliasWordNumber(token, bytes, scratch, wordOfEntry, sharedWords, documentWords)
                        if number >= 0 {
                            words[index] = number
                            if token.isCapitalised || !isOccasionOnly(number) { mayName = true }
                        } else if token.isCapitalised || Self.hasParticleHyphen(token, bytes) {
                            mayName = true
                        } else {
                            words[index] = Self.notCandidate
                        }
                    }
                }
            }
        }
        guard mayName else {
            workspace.aliasWords = words
            return []
        }
        defer { workspace.aliasWords = words }
        /// The original spelling of token `position`, without a possessive `'s`.
        func surface(_ position: Int) -> String {
            let token = tokens[position]
            var text = String(decoding: working[Int(token.start)..<Self.nameEnd(of: token, in: working)], as: UTF8.self)
            if token.isPossessive { text.removeLast(2) }
            return text
        }
        // The sentence last judged title-cased or not (`isHeadlineWord`), by its token range.
        var judgedSentence = 0..<0
        var judgedTitleCased = false
        /// Whether token `position` is a common lowercase word (`common-words.txt`) capitalised
        /// only because its sentence is title-cased, as a headline is (`Media Reports Reveal Reason
        /// Behind Trump's Firing`): it starts and joins no name. A word VADER rates is left to the
        /// name as before (`Best`, `Free`, `Great Recession`): whether it is a name's word or the
        /// headline's verdict, capitals cannot tell, and scoring it lowered tweets' sentiment r
        /// (0.8742 to 0.8739). The common-word check comes first,
        /// behind its table's filter, so most names never reach the sentence count.
        func isHeadlineWord(_ position: Int) -> Bool {
            guard tokens[position].isCapitalised, !tokens[position].isUpper, !tokens[position].hasVaderValence, isCommonWord(tokens[position], working, scratch) else {
                return false
            }
            if !judgedSentence.contains(position) {
                judgedSentence = Self.sentence(around: position, tokens)
                judgedTitleCased = Self.isTitleCased(judgedSentence, tokens)
            }
            return judgedTitleCased
        }
        /// Whether token `position` may continue a name (and is not itself a speaker or target
        /// other than a place, which a longer name takes in: `Free Syrian Army`).
        func continuesName(_ position: Int) -> Bool {
            guard isNameLike(tokens[position], working), !isHeadlineWord(position) else { return false }
            return words[position] < 0 || candidates(words[position]).allSatisfy { $0.isPlace || $0.isOccasion }
        }
        var found: [TargetMention] = []
        /// Adds a mention; the first one reserves room for the few mentions of most texts at once,
        /// rather than growing one by one (texts without a mention allocate nothing).
        func record(_ mention: TargetMention) {
            if found.capacity == 0 { found.reserveCapacity(Self.expectedMentions) }
            found.append(mention)
        }
        // A multi-word name found earlier, by its last word (`Bashar al-Assad` by `al-assad` and `assad`):
        // few per text, so a list beats a dictionary. This and the next are the finder's buffers,
        // taken out while in use (a finder serves one worker).
        var discovered: [(key: UInt64, name: String)] = []
        swap(&discovered, &discoveredBuffer)
        discovered.removeAll(keepingCapacity: true)
        // One-word names not (yet) known as a longer name's last word, by found index and key:
        // `Assad` before `Bashar al-Assad` in one text.
        var alone: [(found: Int, key: UInt64)] = []
        swap(&alone, &aloneBuffer)
        alone.removeAll(keepingCapacity: true)
        defer {
            discoveredBuffer = discovered
            aloneBuffer = alone
        }
        var index = 0
        scan: while index < tokens.count {
            // Such a word starts no name, and the checks below would step over it one token on.
            if words[index] == Self.notCandidate {
                index += 1
                continue
            }
            // Most words are no alias word: no candidate list for them.
            if words[index] >= 0 {
                for candidate in candidates(words[index]) where matches(candidate, at: index, words, tokens) {
                    let after = index + candidate.words.count
                    // An occasion (`State of the Union`, `Super Tuesday`) names no target, nor does a part of it.
                    if candidate.isOccasion {
                        index = after
                        continue scan
                    }
                    // A demonym before a noun of ordinary people (`the American people`, `Syrian
                    // civilians`) names the country's people: no target, though the rules read it.
                    if candidate.isPlace && after < tokens.count && !tokens[after - 1].endsClause && !tokens[after - 1].isPossessive
                        && tokens[after].entry >= 0 && !tokens[after].isCapitalised && lexicon.isPeopleNoun[Int(tokens[after].entry)]
                    {
                        // Named as written, so that it shares no target number with the country.
                        record(
                            TargetMention(
                                name: spelling(of: index..<(after + 1), tokens, working, surface), tokens: index..<(after + 1),
                                isKnown: true, isGenericGroup: true))
                        index = after + 1
                        continue scan
                    }
                    if candidate.isPlace, let resume = placeReading(after: after, tokens, working) {
                        switch resume {
                        case .partOfName: continue
                        case .titleOfPerson(let person):
                            index = person
                            continue scan
                        case .country(let next):
                            record(TargetMention(name: candidate.name, tokens: index..<after, isKnown: true))
                            index = next
                            continue scan
                        }
                    }
                    record(
                        TargetMention(
                            name: candidate.name, tokens: index..<after, isKnown: true,
                            mayBePerson: !candidate.isPlace && !tokens[after - 1].isUpper && !isOrganisationWord(tokens[after - 1])))
                    index = after
                    continue scan
                }
            }
            // A country as the agent of a hyphenated participle (`U.S.-led`, `Iran-backed`).
            if tokens[index].isCapitalised && tokens[index].entry < 0 && (words[index] < 0 || isOccasionOnly(words[index])) && !tokens[index].isPossessive,
                let country = agentCountry(tokens[index], working)
            {
                record(TargetMention(name: country, tokens: index..<(index + 1), isKnown: true))
                index += 1
                continue
            }
            // An imperative opening a sentence takes the name after it as its object (`Notice
            // Trump sniffing`, `Thank God`): the verb is no part of the name.
            // Checked on the token's flags first: most capitalised words are names without an
            // entry, or stopwords.
            let token = tokens[index]
            if token.isCapitalised
                && ((token.entry >= 0 && !token.isNameStopword && isImperative(at: index, tokens, working))
                    || (token.entry < 0 && Self.isPartyLabel(token, working)))
            {
                index += 1
                continue
            }
            // A headline's common word (`Reveal`, `Endorsed`, `Deport`) names no one.
            if isHeadlineWord(index) {
                index += 1
                continue
            }
            guard isNameLike(tokens[index], working) || isTitleOfOrganisation(at: index, tokens)
                || (tokens[index].isUpper && isAcronym(at: index, tokens, working))
            else {
                // A title's domain is not a name: `Secretary of State John Kerry`.
                if tokens[index].isCapitalised && index + 2 < tokens.count && tokens[index + 1].ruleWord == .of
                    && tokens[index + 2].isCapitalised && !tokens[index + 1].endsClause
                {
                    index += 3
                } else {
                    index += 1
                }
                continue
            }
            // A title after an organisation's name (`CIA Director David Petraeus`), where the run
            // before it ended: no part of the person's name.
            if isTitleAfterOrganisation(at: index, tokens) {
                index += 1
                continue
            }
            // A two-word title opening the run is no part of the name after it (`Attorney General
            // Loretta Lynch`, `Prime Minister`; `titles.txt`).
            if index + 1 < tokens.count, tokens[index].entry >= 0, lexicon.isTitleFirstWord[Int(tokens[index].entry)],
                !tokens[index].endsClause, tokens[index + 1].isCapitalised, tokens[index + 1].entry >= 0,
                lexicon.isTitle[Int(tokens[index + 1].entry)]
            {
                index += 2
                continue
            }
            var end = index + 1
            // The word after the last `of` or `for` taken in (`Department of Health`), which `and`
            // may continue when it is a common word: a domain, not a place or a person.
            var domainWord = -1
            // A middle initial ends no name (`Donald J. Trump`, `George W. Bush`), though its full
            // stop ends the token's clause.
            // A bracket opens an aside, not more of the name (`Sen. Mike Lee (R-Utah)`).
            while end < tokens.count && !tokens[end - 1].isPossessive && !Self.followsOpeningBracket(tokens[end], working)
                && (!tokens[end - 1].endsClause || (end - 1 > index && isInitial(tokens[end - 1], working) && !tokens[end].hasVaderValence))
            {
                if isTitleAfterOrganisation(at: end, tokens) {
                    break  // `FBI Director James Comey`: the organisation ends before its officer's title
                } else if continuesName(end) {
                    end += 1
                } else if tokens[end - 1].endsClause {
                    break
                } else if end + 1 < tokens.count && !tokens[end].endsClause && tokens[end + 1].isCapitalised
                    && isNameLike(tokens[end + 1], working) && (tokens[end].ruleWord == .of || isSeparateParticle(tokens[end], working))
                    && !isHeadlineWord(end + 1)
                {
                    domainWord = end + 1
                    end += 2  // `Memorandum of Understanding`, `Bank of America`, `Osama bin Laden`
                } else if end + 1 < tokens.count && (tokens[end].ruleWord == .of || tokens[end].ruleWord == .for)
                    && !tokens[end].endsClause && tokens[end + 1].isCapitalised && isOrganisationWord(tokens[end - 1])
                    && !isNounDeterminer(tokens[end + 1]) && !tokens[end + 1].isNegation && !isHeadlineWord(end + 1)
                {
                    // An organisation's domain, even a title word (`Department of Justice`), and its
                    // cause (`Syrian Observatory for Human Rights`); `for` joins only after an
                    // organisation word: `praised Merkel for Germany's role` names two targets.
                    domainWord = end + 1
                    end += 2
                } else if domainWord == end - 1 && end + 1 < tokens.count && tokens[end].ruleWord == .and
                    && !tokens[end].endsClause && tokens[end + 1].isCapitalised && isNameLike(tokens[end + 1], working)
                    && (words[end + 1] < 0 || isOccasionOnly(words[end + 1])) && isCommonWord(tokens[end - 1], working, scratch)
                {
                    // A domain of two common words (`Center for Strategic and International
                    // Studies`, `Department of Health and Human Services`); after a place or a
                    // name `and` still joins two targets (`University of Chicago and Harvard`).
                    end += 2
                } else {
                    break
                }
            }
            // A name stopword that may end a longer name (`Real News Right Now,`, `Air Force One.`),
            // when punctuation follows it (`One.` may read as an abbreviation, which ends no
            // clause): a capitalised word after it would be a headline's.
            if end - index > 1 && end < tokens.count && !tokens[end - 1].endsClause && tokens[end].isCapitalised
                && tokens[end].entry >= 0 && lexicon.isNameFinal[Int(tokens[end].entry)]
                && (end + 1 == tokens.count || Int(tokens[end].end) >= working.count
                    || ValenceTokenizer.isASCIIPunctuation(working[Int(tokens[end].end)]))
            {
                end += 1
            }
            // The first word of a two-word title before the title's last word is the title's, not
            // the name's (`White House Press Secretary Josh Earnest`, `the Press Secretary said`;
            // `titles.txt`): the run ends before it, and names nothing when it was all there was.
            if end < tokens.count, !tokens[end - 1].endsClause, tokens[end].isCapitalised, tokens[end].entry >= 0,
                lexicon.isTitle[Int(tokens[end].entry)], tokens[end - 1].entry >= 0,
                lexicon.isTitleFirstWord[Int(tokens[end - 1].entry)]
            {
                end -= 1
                if end == index {
                    index += 1
                    continue
                }
            }
            // A generic group of people (`Muslims`, `Sunni Muslims`, `Latinos`) is no target, though
            // the rules see it as the noun phrase it is.
            let isGenericGroup = (index..<end).allSatisfy { position in
                tokens[position].entry >= 0 && lexicon.isGenericGroup[Int(tokens[position].entry)]
            }
            let isSingleEvaluativeWord = end - index == 1 && tokens[index].entry >= 0
                && tokens[index].hasVaderValence
            // A common word opening a sentence is capitalised for that alone (`Officials said`,
            // `Yesterday, there were two polls`, `Aid is blocked`).
            let isCommonOpener = end - index == 1 && !isSingleEvaluativeWord && opensSentence(index, tokens, working)
                && isCommonWord(tokens[index], working, scratch)
            if isGenericGroup {
                record(TargetMention(name: spelling(of: index..<end, tokens, working, surface), tokens: index..<end, isKnown: false, isGenericGroup: true))
            } else if !isSingleEvaluativeWord && !isCommonOpener {
                // The last word, as the alias table numbers it (`words` normalised it the same way),
                // and the part after its last hyphen (`al-Assad`: `assad`), by the hash of their
                // normalised bytes: no `String` for the common case of a word without a hyphen.
                let lastNumber = words[end - 1]
                var lastKey = tokens[end - 1].lookupHash
                var lastPartKey = lastKey
                var lastPartNumber = lastNumber
                if !tokens[end - 1].hasLookupHash || tokens[end - 1].isPossessive || hasHyphen(tokens[end - 1], working) {
                    let last = Self.normalise(surface(end - 1))
                    lastKey = Self.key(last)
                    lastPartKey = lastKey
                    if last.utf8.contains(UInt8(ascii: "-")), let part = last.utf8.split(separator: UInt8(ascii: "-")).last {
                        let lastPart = String(Substring(part))
                        lastPartKey = Self.key(lastPart)
                        lastPartNumber = number(of: lastPart)
                    }
                }
                var name: String?
                if hasSurnames {
                    name = [lastNumber, lastPartNumber].lazy.filter { $0 >= 0 }.compactMap { self.surname($0) }.first
                }
                if name == nil, let earlier = discovered.first(where: { $0.key == lastKey || $0.key == lastPartKey }) {
                    name = earlier.name
                }
                // A one-word name of a full name met in an earlier quotation of the document.
                if name == nil, end - index == 1, !documentNameKeys.isEmpty,
                    let earlier = documentNameKeys.firstIndex(where: { $0 == lastKey || $0 == lastPartKey }),
                    !documentNames[earlier].isEmpty
                {
                    name = documentNames[earlier]
                }
                // A longer run is the known name only when it has its first word too (`Republican
                // Donald Trump`, `Donald J. Trump`): `Hillary Clinton` after `Bill Clinton` is someone else.
                if let known = name, end - index > 1, !hasFirstWord(of: known, in: index..<(end - 1), tokens, working) { name = nil }
                let resolved = name ?? spelling(of: index..<end, tokens, working, surface)
                if end - index > 1 {
                    discovered.append((lastKey, resolved))
                    if lastPartKey != lastKey { discovered.append((lastPartKey, resolved)) }
                    // A person's name, for the document's later quotations: not an organisation's
                    // (`White House` does not name every `House`) nor a place's (`New York`).
                    if !isOrganisationWord(tokens[end - 1]) && domainWord < 0 && !tokens[end - 1].isUpper {
                        newNames.append((lastKey, resolved))
                        if lastPartKey != lastKey { newNames.append((lastPartKey, resolved)) }
                    }
                } else if name == nil {
                    alone.append((found.count, lastPartKey))
                }
                record(
                    TargetMention(
                        name: resolved, tokens: index..<end, isKnown: false,
                        mayBePerson: domainWord < 0 && !tokens[end - 1].isUpper && !isOrganisationWord(tokens[end - 1])
                            && (name != nil || end - index > 1 || !endsInPluralS(tokens[index], working))))
            }
            index = end
        }
        // A full name names the one-word mentions of its last word before it too, as later ones
        // (`Assad ... Syrian President Bashar al-Assad`).
        for (position, key) in alone {
            if let full = discovered.first(where: { $0.key == key }) { found[position].name = full.name }
        }
        for (key, name) in newNames { rememberDocumentName(key, name) }
        unifyParticleNames(&found, tokens: tokens, working: working)
        if let speaker { found.removeAll { $0.name == speaker } }
        // Targets numbered in order of first mention: the first mention of a name gets the next number.
        var targetCount = 0
        for index in found.indices {
            if let first = found[..<index].firstIndex(where: { $0.name == found[index].name }) {
                found[index].target = found[first].target
            } else {
                found[index].target = targetCount
                targetCount += 1
            }
        }
        return found
    }

    /// The alias-word number of a token, or -1.
    @inline(__always)
    private func aliasWordNumber(
        _ token: ValenceToken, _ bytes: UnsafeBufferPointer<UInt8>, _ scratch: UnsafeMutablePointer<UInt8>, _ wordOfEntry: [Int32],
        _ sharedWords: ByteKeyTable, _ documentWords: ByteKeyTable
    ) -> Int {
        let endsInPunctuation = ValenceTokenizer.isASCIIPunctuation(bytes[Int(token.end) - 1])
        // A plain lexicon word (its lowercased ASCII bytes, as the alias table keeps them): its
        // alias number is the entry's, unless the document's own words may hold it.
        if token.hasLookupHash && !token.isPossessive && token.entry >= 0 && Int(token.entry) < wordOfEntry.count && !endsInPunctuation {
            let known = Int(wordOfEntry[Int(token.entry)])
            if known >= 0 || documentWords.count == 0 || !documentWords.mayContain(hash: token.lookupHash) { return known }
        }
        // The tokenizer hashed the same lowercased bytes: most words are no alias, and one probe says so.
        if token.hasLookupHash && !token.isPossessive && !sharedWords.mayContain(hash: token.lookupHash)
            && !(token.isCapitalised && !token.isNameStopword && token.end - token.start <= Self.shortPunctuatedWordBytes
                && endsInPunctuation)
            && (documentWords.count == 0 || !documentWords.mayContain(hash: token.lookupHash))
        {
            return -1
        }
        return wordNumber(bytes, token, scratch)
    }

    /// The `words` mark of a token that can start no mention: no alias word, not capitalised, no
    /// particle hyphen (negative, as every word that is no alias word).
    private static let notCandidate = -2

    /// Whether a hyphen stands where `isNameLike` looks for a joined name particle's (`al-Assad`).
    @inline(__always)
    private static func hasParticleHyphen(_ token: ValenceToken, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(token.start)
        let end = min(Int(token.end), start + Self.longestParticleBytes + 1)
        guard start + 8 <= bytes.count else {
            for position in start..<end where bytes[position] == UInt8(ascii: "-") { return true }
            return false
        }
        // Eight bytes at once (SWAR): a byte is a hyphen when its XOR with `-` is zero, and the
        // classic zero-byte test sets its high bit (the lowest zero byte is never missed).
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let word = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + start).loadUnaligned(as: UInt64.self))
        let xored = word ^ (ones &* UInt64(UInt8(ascii: "-")))
        var zeros = (xored &- ones) & ~xored & highs
        // Only the bytes of the word up to where a particle's hyphen can stand.
        zeros &= (1 &<< UInt64((end - start) * 8)) &- 1
        return zeros != 0
    }

    /// Longest joined name particle `isNameLike` reads before a hyphen (`al`, `bin`, `abu`).
    static let longestParticleBytes = 4

    /// Mentions most texts have at most: room reserved once per text.
    private static let expectedMentions = 8

    /// Adds a full name met in this quotation to the document's, or marks its last word as shared
    /// by two names.
    private func rememberDocumentName(_ key: UInt64, _ name: String) {
        if let existing = documentNameKeys.firstIndex(of: key) {
            if documentNames[existing] != name { documentNames[existing] = "" }
        } else {
            documentNameKeys.append(key)
            documentNames.append(name)
        }
    }

    /// The tokens of the sentence holding token `position`: from the token after the last
    /// sentence end before it to its own sentence's end.
    /// - Complexity: O(*n*) in the sentence's tokens.
    private static func sentence(around position: Int, _ tokens: [ValenceToken]) -> Range<Int> {
        var start = position
        while start > 0 && !tokens[start - 1].endsSentence { start -= 1 }
        var end = position + 1
        while end < tokens.count && !tokens[end - 1].endsSentence { end += 1 }
        return start..<end
    }

    /// Whether most words of a sentence are capitalised, as a headline's are (`TitleCase`).
    /// - Complexity: O(*n*) in the sentence's tokens.
    private static func isTitleCased(_ sentence: Range<Int>, _ tokens: [ValenceToken]) -> Bool {
        guard sentence.count >= TitleCase.fewestWords else { return false }
        let capitalised = sentence.lazy.filter { tokens[$0].isCapitalised }.count
        return TitleCase.isTitleCased(words: sentence.count, capitalised: capitalised)
    }

    /// Whether token `index` opens a sentence: the text's first word, the first after a sentence's
    /// end or a colon, or a word right after an opening quotation mark or bracket.
    private func opensSentence(_ index: Int, _ tokens: [ValenceToken], _ working: [UInt8]) -> Bool {
        if index == 0 || tokens[index - 1].endsSentence { return true }
        let previousEnd = Int(tokens[index - 1].end)
        if previousEnd < working.count && working[previousEnd] == UInt8(ascii: ":") { return true }
        let start = Int(tokens[index].start)
        guard start > 0 else { return true }
        switch working[start - 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: "["):
            return true
        case 0x9C, 0x98:  // the last bytes of `“` and `‘` (E2 80 9C, E2 80 98)
            return start >= 3 && working[start - 3] == 0xE2 && working[start - 2] == 0x80
        default:
            return false
        }
    }

    /// The country named before the hyphen of a compound with an agent participle (`U.S.-led
    /// coalition`, `Saudi-led strikes`, `Iran-backed militias`; `agent-participles.txt`): the
    /// country leads, backs or made it. A place alias of one word, in the case the alias asks.
    private func agentCountry(_ token: ValenceToken, _ working: [UInt8]) -> String? {
        // Bytes first: most names have no hyphen, and the lexicon's tables are read only after.
        let start = Int(token.start)
        var hyphen = Int(token.end) - 1
        while hyphen > start && working[hyphen] != UInt8(ascii: "-") { hyphen -= 1 }
        guard hyphen > start else { return nil }
        let end = Self.nameEnd(of: token, in: working)
        guard hyphen + 1 < end, !lexicon.agentParticiples.isEmpty else { return nil }
        let participle = String(decoding: working[(hyphen + 1)..<end], as: UTF8.self)
        guard lexicon.agentParticiples.contains(participle) else { return nil }
        let place = working[start..<hyphen]
        let number = number(of: Self.normalise(String(decoding: place, as: UTF8.self)))
        guard number >= 0 else { return nil }
        let isUpper = !place.contains { $0 &- UInt8(ascii: "a") < 26 }
        return candidates(number).first { alias in
            alias.isPlace && alias.words.count == 1 && (alias.cases?.first != .upper || isUpper)
        }?.name
    }

    /// Whether an opening bracket stands right before the token's word (`(R-Utah)`).
    private static func followsOpeningBracket(_ token: ValenceToken, _ working: [UInt8]) -> Bool {
        let start = Int(token.start)
        return start > 0 && (working[start - 1] == UInt8(ascii: "(") || working[start - 1] == UInt8(ascii: "["))
    }

    /// A US politician's party and state in brackets after the name (`(D-N.C.)`, `(R-Utah)`,
    /// `(I-Vt.)`): an affiliation written by convention, not a target.
    private static func isPartyLabel(_ token: ValenceToken, _ working: [UInt8]) -> Bool {
        let start = Int(token.start)
        guard token.end - token.start >= 3, followsOpeningBracket(token, working) else { return false }
        let party = working[start]
        return (party == UInt8(ascii: "D") || party == UInt8(ascii: "R") || party == UInt8(ascii: "I"))
            && working[start + 1] == UInt8(ascii: "-") && working[start + 2] &- UInt8(ascii: "A") < 26
    }

    /// A verb of `imperative-verbs.txt` opening a sentence before a capitalised word: an
    /// imperative with that word as its object (`Notice Trump sniffing all the time`, `Ask
    /// Hillary`), not a name's first word.
    private func isImperative(at index: Int, _ tokens: [ValenceToken], _ working: [UInt8]) -> Bool {
        let token = tokens[index]
        guard token.entry >= 0, !token.endsClause, !token.isPossessive, !token.isUpper, index + 1 < tokens.count,
            tokens[index + 1].isCapitalised, lexicon.isImperativeVerb[Int(token.entry)]
        else { return false }
        return opensSentence(index, tokens, working)
    }

    /// Whether a token is a common English word (`lexicons/common-words.txt`). Few tokens reach
    /// this check (a lone capitalised word opening a sentence, a word in an organisation's name).
    private func isCommonWord(_ token: ValenceToken, _ working: [UInt8], _ scratch: UnsafeMutablePointer<UInt8>) -> Bool {
        let table = lexicon.commonWords
        // The tokenizer hashed the same lowercased bytes: the table's filter rejects most names.
        if token.hasLookupHash && !token.isPossessive && !table.mayContain(hash: token.lookupHash) { return false }
        let range = Int(token.start)..<Int(token.end)
        guard table.count > 0, range.count <= ValenceWorkspace.scratchCapacity else { return false }
        // The list is ASCII: a word with other letters is not in it.
        guard let count = working.withUnsafeBufferPointer({ Self.foldASCII($0, range, into: scratch) }) else { return false }
        return table.index(of: UnsafeBufferPointer(start: scratch, count: count)) >= 0
    }

    /// Longest word, in bytes, that may carry its punctuation inside its token (`US,`, `He,`):
    /// such a word is read without it, as the name or stopword it spells.
    static let shortPunctuatedWordBytes = 3
    /// A plural-looking word is longer than this (`bus`, `gas` are not plurals of anything).
    static let shortestPluralBytes = 3
    /// Lengths, in capitals, of an acronym that spells a stopword (`IT`, `WHO`): longer runs of
    /// capitals that are stopwords are shouting.
    static let acronymBytes = 2...5

    /// A word ending in `s` after a consonant other than `s` (`Hispanics`, `Millennials`): a lone
    /// unknown one names a group more often than a person (`Sanders` is known as a speaker's name).
    private func endsInPluralS(_ token: ValenceToken, _ working: [UInt8]) -> Bool {
        let end = Int(token.end)
        guard !token.isPossessive, end - Int(token.start) > Self.shortestPluralBytes, working[end - 1] == UInt8(ascii: "s") else {
            return false
        }
        return !"aeious".utf8.contains(working[end - 2])
    }

    /// A middle initial: one capital letter and a full stop (`J.` in `Donald J. Trump`), not `I.`
    /// (`Part I. Great fun`: the word after it opens a sentence).
    private func isInitial(_ token: ValenceToken, _ working: [UInt8]) -> Bool {
        let start = Int(token.start)
        return token.end - token.start == 2 && working[start] &- UInt8(ascii: "A") < 26 && working[start] != UInt8(ascii: "I")
            && working[start + 1] == UInt8(ascii: ".")
    }

    /// An acronym that spells a name stopword (`WHO`, `IT`): two to five capitals among words that
    /// are not capitals too (a shouted `WE WILL` is no name), and not after a number (`10 AM`).
    private func isAcronym(at index: Int, _ tokens: [ValenceToken], _ working: [UInt8]) -> Bool {
        let token = tokens[index]
        guard token.isUpper, token.isNameStopword, Self.acronymBytes.contains(Int(token.end - token.start)),
            !token.hasVaderValence
        else { return false }
        for position in Int(token.start)..<Int(token.end) where working[position] &- UInt8(ascii: "A") >= 26 { return false }
        if index > 0 {
            let previous = tokens[index - 1]
            if previous.isUpper && previous.end - previous.start > 1 { return false }
            if working[Int(previous.start)] &- UInt8(ascii: "0") < 10 { return false }
        }
        if index + 1 < tokens.count && tokens[index + 1].isUpper && tokens[index + 1].end - tokens[index + 1].start > 1 { return false }
        return true
    }

    /// Whether one of the words of `run` is the first word of `name`, ASCII case aside: on bytes,
    /// as it runs for every longer name that ends in a known surname.
    private func hasFirstWord(of name: String, in run: Range<Int>, _ tokens: [ValenceToken], _ working: [UInt8]) -> Bool {
        let first = name.utf8.prefix { $0 != UInt8(ascii: " ") }
        return run.contains { position in
            let token = tokens[position]
            guard Int(token.end - token.start) == first.count else { return false }
            return zip(working[Int(token.start)..<Int(token.end)], first).allSatisfy { ($0 | 0x20) == ($1 | 0x20) || $0 == $1 }
        }
    }

    /// The hash of a normalised word, as `ByteKeyTable.hash` computes it.
    private static func key(_ word: String) -> UInt64 {
        var word = word
        return word.withUTF8 { ByteKeyTable.hash($0) }
    }

    private func hasHyphen(_ token: ValenceToken, _ working: [UInt8]) -> Bool {
        working[Int(token.start)..<Int(token.end)].contains(UInt8(ascii: "-"))
    }

    /// The words of a run as written, one space between them, without a final possessive `'s`:
    /// one `String` from the text's bytes when the words stand one space apart, as they mostly do.
    private func spelling(
        of run: Range<Int>, _ tokens: [ValenceToken], _ working: [UInt8], _ surface: (Int) -> String
    ) -> String {
        if run.count == 1 { return surface(run.lowerBound) }
        var isContiguous = true
        for position in run.dropLast() where Int(tokens[position + 1].start) != Int(tokens[position].end) + 1
            || working[Int(tokens[position].end)] != UInt8(ascii: " ")
        {
            isContiguous = false
            break
        }
        guard isContiguous, !tokens[run.upperBound - 1].isPossessive else { return run.map(surface).joined(separator: " ") }
        return String(decoding: working[Int(tokens[run.lowerBound].start)..<Self.nameEnd(of: tokens[run.upperBound - 1], in: working)], as: UTF8.self)
    }

    /// Where a name's last word ends, before punctuation that VADER's tokens keep on short words
    /// (`UN,`, `EU.`: it strips punctuation only when more than two letters remain). A final full
    /// stop stays when the word has another one (`U.S.`).
    /// - Complexity: O(*k*) in the word's bytes.
    static func nameEnd(of token: ValenceToken, in working: [UInt8]) -> Int {
        let start = Int(token.start)
        var end = Int(token.end)
        while end - start > 1 {
            switch working[end - 1] {
            case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?"),
                UInt8(ascii: ")"), UInt8(ascii: "\""):
                end -= 1
            case UInt8(ascii: ".") where !working[start..<(end - 1)].contains(UInt8(ascii: ".")):
                end -= 1
            default:
                return end
            }
        }
        return end
    }

    /// How a place alias reads, given the words after it.
    enum PlaceReading {
        /// Capitalised words follow: the place is part of a longer name (`Syrian Observatory`,
        /// `Washington Post`); the run of capitalised words is the mention.
        case partOfName
        /// A title and a name follow (`Syrian President Bashar al-Assad`): the place says whose
        /// title it is, and the person (from this token on) is the mention.
        case titleOfPerson(Int)
        /// The country, with scanning resuming at this token (past a title's own words:
        /// `Russian Foreign Minister said`).
        case country(Int)
    }

    /// `nil` when the place alias stands alone (`Russian officials`): the country.
    private func placeReading(after: Int, _ tokens: [ValenceToken], _ working: [UInt8]) -> PlaceReading? {
        guard after < tokens.count, !tokens[after - 1].endsClause, !tokens[after - 1].isPossessive else { return nil }
        var position = after
        while position < tokens.count && tokens[position].isCapitalised && isNameLike(tokens[position], working)
            && !tokens[position - 1].endsClause
        {
            position += 1
        }
        // A title (a capitalised name stopword such as `President`, `Minister`) ends the run.
        let endsAtTitle = position < tokens.count && !tokens[position - 1].endsClause && tokens[position].isCapitalised
            && tokens[position].isNameStopword && !tokens[position].isUpper
        guard endsAtTitle else { return position == after ? nil : .partOfName }
        var person = position
        while person < tokens.count && tokens[person].isCapitalised && tokens[person].isNameStopword && !tokens[person - 1].endsClause {
            person += 1
        }
        if person < tokens.count && !tokens[person - 1].endsClause && tokens[person].isCapitalised && isNameLike(tokens[person], working) {
            return .titleOfPerson(person)
        }
        return .country(position)
    }

    /// A name written with a particle (`al-Assad`) is the same target as the name without it
    /// (`Assad`) when both are in one text: the known one, or else the longer, names both.
    private func unifyParticleNames(_ found: inout [TargetMention], tokens: [ValenceToken], working: [UInt8]) {
        guard found.count > 1, found.contains(where: { !$0.isKnown && $0.name.utf8.contains(UInt8(ascii: "-")) }) else { return }
        func key(_ name: String) -> String {
            let last = Self.normalise(String(name.split(separator: " ").last ?? Substring(name)))
            guard let hyphen = last.utf8.firstIndex(of: UInt8(ascii: "-")), lexicon.joinedNameParticles.contains(String(last[..<hyphen])) else {
                return last
            }
            return String(last[last.index(after: hyphen)...])
        }
        // Each name's key at most once, when first needed (a renamed mention takes its new name's
        // key), not once per pair.
        var keys = [String?](repeating: nil, count: found.count)
        func key(at position: Int) -> String {
            if let known = keys[position] { return known }
            let computed = key(found[position].name)
            keys[position] = computed
            return computed
        }
        for index in found.indices where !found[index].isKnown && found[index].name.utf8.contains(UInt8(ascii: "-")) {
            let own = key(at: index)
            guard own != Self.normalise(String(found[index].name.split(separator: " ").last ?? "")) else { continue }
            if let other = found.indices.first(where: {
                found[$0].name != found[index].name && key(at: $0) == own
                    && (found[$0].isKnown || found[$0].name.count > found[index].name.count)
            }) {
                found[index].name = found[other].name
                keys[index] = key(at: other)
            }
        }
    }

    private func matches(_ alias: TargetAlias, at index: Int, _ words: [Int], _ tokens: [ValenceToken]) -> Bool {
        guard index + alias.words.count <= tokens.count else { return false }
        for offset in alias.words.indices {
            if words[index + offset] != alias.words[offset] { return false }
            if offset < alias.words.count - 1 && tokens[index + offset].endsClause { return false }
            if let cases = alias.cases {
                switch cases[offset] {
                case .any: break
                case .capitalised: if !tokens[index + offset].isCapitalised { return false }
                case .upper: if !tokens[index + offset].isUpper { return false }
                }
            }
        }
        return true
    }

    /// A capitalised one-word title before an organisation word (`Justice Department`, where
    /// `Justice` alone is a title, `titles.txt`): the two are one name. Other name stopwords do not
    /// start one (`On Court`, `After Fox News`).
    private func isTitleOfOrganisation(at index: Int, _ tokens: [ValenceToken]) -> Bool {
        let token = tokens[index]
        guard token.isCapitalised, token.isNameStopword, !token.endsClause, !token.isPossessive, index + 1 < tokens.count,
            tokens[index + 1].isCapitalised, token.entry >= 0, lexicon.isTitle[Int(token.entry)],
            isOrganisationWord(tokens[index + 1])
        else { return false }
        return true
    }

    /// A one-word title (`titles.txt`) right after an acronym or an organisation word, naming
    /// that organisation's officer (`CIA Director David Petraeus`, `the FBI Director`, `House
    /// Speaker Paul Ryan`): the title belongs neither to the organisation's name nor to the
    /// person's. Not before an organisation word, where the title is part of a name (`FBI Justice
    /// Department`).
    private func isTitleAfterOrganisation(at position: Int, _ tokens: [ValenceToken]) -> Bool {
        guard position > 0, position < tokens.count else { return false }
        let title = tokens[position]
        let before = tokens[position - 1]
        guard title.isCapitalised, !title.isUpper, title.entry >= 0, lexicon.isTitle[Int(title.entry)],
            before.isCapitalised, !before.endsClause, !before.isPossessive, before.isUpper || isOrganisationWord(before)
        else { return false }
        return position + 1 == tokens.count || !isOrganisationWord(tokens[position + 1])
    }

    private func isOrganisationWord(_ token: ValenceToken) -> Bool {
        token.entry >= 0 && lexicon.isOrganisationWord[Int(token.entry)]
    }

    private func isNounDeterminer(_ token: ValenceToken) -> Bool {
        token.entry >= 0 && lexicon.isNounDeterminer[Int(token.entry)]
    }

    /// A short stopword that kept the punctuation after it (`He,` `It.`), as VADER's tokens keep it
    /// on words of two letters: the word without it is no name either.
    private func isPunctuatedStopword(_ token: ValenceToken, _ bytes: [UInt8]) -> Bool {
        let start = Int(token.start)
        let end = Self.nameEnd(of: token, in: bytes)
        guard end < Int(token.end) else { return false }
        let word = bytes[start..<end].map { $0 &- UInt8(ascii: "A") < 26 ? $0 | 0x20 : $0 }
        let entry = word.withUnsafeBufferPointer { lexicon.lookup($0) }
        return entry >= 0 && lexicon.hot[Int(entry)].isNameStopword
    }

    /// A stopword with a possessive `'s` (`Monday's debate`, `Today's`): the tokenizer does not look
    /// possessives up without the `'s`, so the stopword flag is missing; the word is no name either.
    private func isPossessiveStopword(_ token: ValenceToken, _ bytes: [UInt8]) -> Bool {
        let range = Int(token.start)..<Int(token.end)
        guard range.count <= ValenceWorkspace.scratchCapacity else { return false }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: range.count) { buffer -> Bool in
            guard let base = buffer.baseAddress,
                let count = bytes.withUnsafeBufferPointer({ Self.foldASCII($0, range, into: base) })
            else { return false }
            let entry = lexicon.lookup(UnsafeBufferPointer(start: base, count: count))
            return entry >= 0 && lexicon.hot[Int(entry)].isNameStopword
        }
    }

    /// A lowercase name particle standing apart (`bin` in `Osama bin Laden`).
    private func isSeparateParticle(_ token: ValenceToken, _ bytes: [UInt8]) -> Bool {
        let length = Int(token.end - token.start)
        guard !token.isCapitalised, length <= 4, !lexicon.separateNameParticles.isEmpty else { return false }
        return lexicon.separateNameParticles.contains(String(decoding: bytes[Int(token.start)..<Int(token.end)], as: UTF8.self))
    }

    /// A capitalised word that is not a sentence opener, pronoun or title, or a particle such as `al-Assad`.
    @inline(__always)
    private func isNameLike(_ token: ValenceToken, _ bytes: [UInt8]) -> Bool {
        if token.isNameStopword || token.isNegation { return false }
        if token.isPossessive && token.entry < 0 && isPossessiveStopword(token, bytes) { return false }
        if token.isCapitalised && token.entry < 0 && token.end - token.start <= Self.shortPunctuatedWordBytes
            && isPunctuatedStopword(token, bytes)
        {
            return false
        }
        // An evaluative word in capitals is shouting, not an acronym: `TERRIBLE`, unlike `ISIS`.
        if token.isUpper && token.hasVaderValence && token.end - token.start > 1 { return false }
        if token.isCapitalised { return true }
        // `al-Assad`, `bin-Salman`, `ez-Zor`: a name particle joined to a capitalised name (not `anti-ISIS`).
        let start = Int(token.start)
        let end = Int(token.end)
        var hyphen = start
        while hyphen < end && hyphen - start < Self.longestParticleBytes && bytes[hyphen] != UInt8(ascii: "-") { hyphen += 1 }
        guard hyphen + 1 < end, bytes[hyphen] == UInt8(ascii: "-"), bytes[hyphen + 1] &- UInt8(ascii: "A") < 26 else {
            return false
        }
        return lexicon.joinedNameParticles.contains(String(decoding: bytes[start..<hyphen], as: UTF8.self))
    }
}
