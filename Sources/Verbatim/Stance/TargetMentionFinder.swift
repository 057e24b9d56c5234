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
struct TargetMentionFinder {
    /// Lowercase alias words, by their first word, longest alias first.
    private var aliases: [String: [(words: [String], name: String)]] = [:]
    /// The last word of each multi-word canonical name, so that `Kerry` reads as `John Kerry`.
    private var surnames: [String: String] = [:]
    let lexicon: StanceLexicon

    /// - Parameters:
    ///   - catalogue: user targets.
    ///   - speakers: canonical speaker names of the document (`John Kerry`), each also known by its last word.
    init(catalogue: TargetCatalogue, speakers: [String], lexicon: StanceLexicon) {
        self.lexicon = lexicon
        for target in catalogue.targets {
            for alias in [target.name] + target.aliases { add(alias, for: target.name) }
        }
        for speaker in speakers { add(speaker, for: speaker) }
        for key in aliases.keys { aliases[key]!.sort { $0.words.count > $1.words.count } }
    }

    private mutating func add(_ alias: String, for name: String) {
        let words = alias.split(separator: " ").map { Self.normalise(String($0)) }
        guard let first = words.first, !first.isEmpty else { return }
        aliases[first, default: []].append((words, name))
        if words.count > 1, surnames[words.last!] == nil { surnames[words.last!] = name }
    }

    /// Lowercase, `’` as `'`, without a possessive `'s`.
    static func normalise(_ word: String) -> String {
        var word = word.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
        if word.hasSuffix("'s") { word.removeLast(2) }
        return word
    }

    /// Every mention in the workspace's tokens, in text order.
    /// - Parameter excluding: the speaker's own name: a speaker is not their own target.
    /// - Complexity: O(*n* · *a*) in tokens and aliases sharing a first word.
    func mentions(in workspace: ValenceWorkspace, excluding speaker: String?) -> [TargetMention] {
        let tokens = workspace.tokens
        let words = tokens.map { token in
            Self.normalise(workspace.working.withUnsafeBufferPointer {
                String(decoding: UnsafeBufferPointer(rebasing: $0[Int(token.start)..<Int(token.end)]), as: UTF8.self)
            })
        }
        let surfaces = tokens.map { token in
            workspace.working.withUnsafeBufferPointer {
                var text = String(decoding: UnsafeBufferPointer(rebasing: $0[Int(token.start)..<Int(token.end)]), as: UTF8.self)
                if token.isPossessive { text.removeLast(2) }
                return text
            }
        }
        var found: [TargetMention] = []
        var discovered: [String: String] = [:]  // a discovered name's last word -> the name
        var index = 0
        scan: while index < tokens.count {
            for candidate in aliases[words[index]] ?? [] where matches(candidate.words, at: index, words, tokens) {
                found.append(TargetMention(name: candidate.name, tokens: index..<(index + candidate.words.count), isKnown: true))
                index += candidate.words.count
                continue scan
            }
            guard isNameLike(tokens[index], surfaces[index]) else {
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
                if isNameLike(tokens[end], surfaces[end]) && aliases[words[end]] == nil {
                    end += 1
                } else if tokens[end].ruleWord == .of && end + 1 < tokens.count && !tokens[end].endsClause
                    && tokens[end + 1].isCapitalised && isNameLike(tokens[end + 1], surfaces[end + 1])
                {
                    end += 2  // `Memorandum of Understanding`, `Bank of America`
                } else {
                    break
                }
            }
            let isSingleEvaluativeWord = end - index == 1 && tokens[index].entry >= 0
                && !lexicon.entries[Int(tokens[index].entry)].vaderValence.isNaN
            if !isSingleEvaluativeWord {
                let last = words[end - 1]
                let lastPart = last.split(separator: "-").last.map(String.init) ?? last
                let name = surnames[last] ?? surnames[lastPart] ?? discovered[last] ?? discovered[lastPart]
                    ?? surfaces[index..<end].joined(separator: " ")
                if end - index > 1 {
                    discovered[last] = name
                    discovered[lastPart] = name
                }
                found.append(TargetMention(name: name, tokens: index..<end, isKnown: false))
            }
            index = end
        }
        guard let speaker else { return found }
        return found.filter { $0.name != speaker }
    }

    private func matches(_ alias: [String], at index: Int, _ words: [String], _ tokens: [ValenceToken]) -> Bool {
        guard index + alias.count <= tokens.count else { return false }
        for offset in alias.indices {
            if words[index + offset] != alias[offset] { return false }
            if offset < alias.count - 1 && tokens[index + offset].endsClause { return false }
        }
        return true
    }

    /// A capitalised word that is not a sentence opener, pronoun or title, or a particle such as `al-Assad`.
    private func isNameLike(_ token: ValenceToken, _ surface: String) -> Bool {
        if token.entry >= 0 && lexicon.entries[Int(token.entry)].isNameStopword { return false }
        if token.isCapitalised { return true }
        // `al-Assad`, `bin-Salman`: a name particle joined to a capitalised name (not `anti-ISIS`).
        guard let hyphen = surface.firstIndex(of: "-"), let next = surface[surface.index(after: hyphen)...].first,
            next.isUppercase
        else {
            return false
        }
        return Self.nameParticles.contains(String(surface[..<hyphen]))
    }

    /// Lowercase particles that begin Arabic, Dutch, French, Italian and German surnames when
    /// hyphenated (`al-Assad`, `el-Sisi`, `bin-Laden`): part of the rule, not a lexicon.
    static let nameParticles: Set<String> = ["al", "el", "ad", "as", "ash", "bin", "ibn", "abu", "da", "de", "di", "van", "von", "la", "le"]
}
