/// A target named in the scored text.
struct TargetMention {
    /// Canonical name.
    var name: String
    /// Tokens `tokens.lowerBound..<tokens.upperBound` of the workspace.
    var tokens: Range<Int>
    /// Found by a catalogue alias or speaker name, rather than as a run of capitalised words.
    var isKnown: Bool
}

/// Finds the people, organisations and places a text names: the catalogue's aliases (user targets
/// and the document's speakers) first, then runs of capitalised words.
/// A class: each quotation reads the document's finder, which a struct would copy (tables and lexicon).
final class TargetMentionFinder {
    /// Every normalised word of an alias or name, numbered.
    private var aliasWords = ByteKeyTable(capacity: 64)
    /// Aliases as word numbers, by their first word, longest alias first.
    /// Indexed by word number (dense from 0), so that each token's look-up is an array access.
    private var aliases: [[(words: [Int], name: String)]] = []
    /// The last word of each multi-word canonical name, so that `Kerry` reads as `John Kerry`.
    /// Indexed by word number, as `aliases`.
    private var surnames: [String?] = []
    private var hasSurnames = false
    let lexicon: StanceLexicon

    /// - Parameters:
    ///   - catalogue: user targets.
    ///   - speakers: canonical speaker names of the document (`John Kerry`), each also known by its last word.
    ///   - documentAliases: more (alias, name) pairs found in the document (`regime` for `Assad`);
    ///     a name that is a catalogue alias takes the catalogue's canonical name, and an alias the
    ///     catalogue already has is left to the catalogue.
    init(
        catalogue: TargetCatalogue, speakers: [String], lexicon: StanceLexicon,
        documentAliases: [(alias: String, name: String)] = []
    ) {
        self.lexicon = lexicon
        for target in catalogue.targets {
            for alias in [target.name] + target.aliases { add(alias, for: target.name) }
        }
        for speaker in speakers { add(speaker, for: speaker) }
        addDocumentAliases(documentAliases, catalogue: catalogue)
    }

    /// Adds (alias, name) pairs found in the document, as `init`'s `documentAliases` does: the
    /// finder of a document grows when a quotation first needs them, rather than being rebuilt.
    /// - Complexity: O(*a*) in the aliases, plus sorting each first word's list.
    func addDocumentAliases(_ documentAliases: [(alias: String, name: String)], catalogue: TargetCatalogue) {
        for (alias, name) in documentAliases {
            let aliasNumber = aliasWords.index(of: Self.normalise(alias))
            if aliasNumber >= 0 && !aliases[aliasNumber].isEmpty { continue }
            let canonical = catalogue.targets.first { target in
                ([target.name] + target.aliases).contains { $0.lowercased() == name.lowercased() }
            }?.name ?? name
            add(alias, for: canonical)
        }
        // Stable: among aliases of one length, the first added wins.
        for key in aliases.indices where aliases[key].count > 1 { aliases[key].sort { $0.words.count > $1.words.count } }
    }

    private func add(_ alias: String, for name: String) {
        let words = alias.split(separator: " ").map { aliasWords.insert(Array(Self.normalise(String($0)).utf8)) }
        guard let first = words.first else { return }
        while aliases.count < aliasWords.count {
            aliases.append([])
            surnames.append(nil)
        }
        aliases[first].append((words, name))
        if words.count > 1, surnames[words.last!] == nil {
            surnames[words.last!] = name
            hasSurnames = true
        }
    }

    /// The alias-word number of a token, or -1: normalised into `scratch` without allocating.
    private func wordNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ token: ValenceToken, _ scratch: UnsafeMutablePointer<UInt8>) -> Int {
        let start = Int(token.start)
        let end = Int(token.end)
        guard aliasWords.count > 0, end - start <= ValenceWorkspace.scratchCapacity else { return -1 }
        var count = 0
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte == 0xE2 && index + 2 < end && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99 {
                scratch[count] = UInt8(ascii: "'")
                index += 3
            } else if byte >= 0x80 {
                // Other letters: the String path, which lowercases them properly.
                let word = Self.normalise(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                return aliasWords.index(of: word)
            } else {
                scratch[count] = byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
                index += 1
            }
            count += 1
        }
        if count > 2 && scratch[count - 1] == UInt8(ascii: "s") && scratch[count - 2] == UInt8(ascii: "'") { count -= 2 }
        return aliasWords.index(of: UnsafeBufferPointer(start: scratch, count: count))
    }

    /// Lowercase, `’` as `'`, without a possessive `'s`.
    static func normalise(_ word: String) -> String {
        var bytes = Array(word.utf8)
        return normalise(bytes: &bytes)
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
        let words =
            aliasWords.count == 0
            ? [Int](repeating: -1, count: tokens.count)
            : working.withUnsafeBufferPointer { bytes in tokens.map { wordNumber(bytes, $0, scratch) } }
        /// The original spelling of token `position`, without a possessive `'s`.
        func surface(_ position: Int) -> String {
            let token = tokens[position]
            var text = String(decoding: working[Int(token.start)..<Int(token.end)], as: UTF8.self)
            if token.isPossessive { text.removeLast(2) }
            return text
        }
        var found: [TargetMention] = []
        // A multi-word name found earlier, by its last word (`Bashar al-Assad` by `al-assad` and `assad`):
        // few per text, so a list beats a dictionary.
        var discovered: [(last: String, name: String)] = []
        var index = 0
        scan: while index < tokens.count {
            for candidate in words[index] < 0 ? [] : aliases[words[index]] where matches(candidate.words, at: index, words, tokens) {
                found.append(TargetMention(name: candidate.name, tokens: index..<(index + candidate.words.count), isKnown: true))
                index += candidate.words.count
                continue scan
            }
            guard isNameLike(tokens[index], working) else {
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
            var end = index + 1
            while end < tokens.count && !tokens[end - 1].endsClause && !tokens[end - 1].isPossessive {
                if isNameLike(tokens[end], working) && (words[end] < 0 || aliases[words[end]].isEmpty) {
                    end += 1
                } else if tokens[end].ruleWord == .of && end + 1 < tokens.count && !tokens[end].endsClause
                    && tokens[end + 1].isCapitalised && isNameLike(tokens[end + 1], working)
                {
                    end += 2  // `Memorandum of Understanding`, `Bank of America`
                } else {
                    break
                }
            }
            let isSingleEvaluativeWord = end - index == 1 && tokens[index].entry >= 0
                && tokens[index].hasVaderValence
            if !isSingleEvaluativeWord {
                let last = Self.normalise(surface(end - 1))
                let lastPart = last.utf8.contains(UInt8(ascii: "-")) ? String(last.split(separator: "-").last ?? Substring(last)) : last
                var name: String?
                if hasSurnames {
                    let surname = [last, lastPart].lazy.map { self.aliasWords.index(of: $0) }.first { $0 >= 0 && surnames[$0] != nil }
                    name = surname.flatMap { surnames[$0] }
                }
                if name == nil, let earlier = discovered.first(where: { $0.last == last || $0.last == lastPart }) {
                    name = earlier.name
                }
                let resolved = name ?? (end - index == 1 ? surface(index) : (index..<end).map(surface).joined(separator: " "))
                if end - index > 1 {
                    discovered.append((last, resolved))
                    if lastPart != last { discovered.append((lastPart, resolved)) }
                }
                found.append(TargetMention(name: resolved, tokens: index..<end, isKnown: false))
            }
            index = end
        }
        guard let speaker else { return found }
        return found.filter { $0.name != speaker }
    }

    private func matches(_ alias: [Int], at index: Int, _ words: [Int], _ tokens: [ValenceToken]) -> Bool {
        guard index + alias.count <= tokens.count else { return false }
        for offset in alias.indices {
            if words[index + offset] != alias[offset] { return false }
            if offset < alias.count - 1 && tokens[index + offset].endsClause { return false }
        }
        return true
    }

    /// A capitalised word that is not a sentence opener, pronoun or title, or a particle such as `al-Assad`.
    private func isNameLike(_ token: ValenceToken, _ bytes: [UInt8]) -> Bool {
        if token.isNameStopword || token.isNegation { return false }
        // An evaluative word in capitals is shouting, not an acronym: `TERRIBLE`, unlike `ISIS`.
        if token.isUpper && token.hasVaderValence && token.end - token.start > 1 { return false }
        if token.isCapitalised { return true }
        // `al-Assad`, `bin-Salman`: a name particle joined to a capitalised name (not `anti-ISIS`).
        let start = Int(token.start)
        let end = Int(token.end)
        var hyphen = start
        while hyphen < end && hyphen - start < 4 && bytes[hyphen] != UInt8(ascii: "-") { hyphen += 1 }
        guard hyphen + 1 < end, bytes[hyphen] == UInt8(ascii: "-"), bytes[hyphen + 1] &- UInt8(ascii: "A") < 26 else {
            return false
        }
        return Self.nameParticles.contains(String(decoding: bytes[start..<hyphen], as: UTF8.self))
    }

    /// Lowercase particles that begin Arabic, Dutch, French, Italian and German surnames when
    /// hyphenated (`al-Assad`, `el-Sisi`, `bin-Laden`): part of the rule, not a lexicon.
    static let nameParticles: Set<String> = ["al", "el", "ad", "as", "ash", "bin", "ibn", "abu", "da", "de", "di", "van", "von", "la", "le"]
}
