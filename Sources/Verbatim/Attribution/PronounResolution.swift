/// Gives pronoun and common-noun mentions (`he`, `the official`, `the
/// statement`) the name of the nearest compatible named speaker before them:
/// `he`/`she`/`I` a person (`he` never a mention written `Mrs. …` or `Ms. …`,
/// `she` never one written `Mr. …`), `they`/`we` a group, organisation or person,
/// `it` an organisation, group or noun phrase (an `it` with none is no speaker),
/// nouns anything named. The mention stays the pronoun or noun
/// phrase in the text; only `speaker.name` changes.
enum PronounResolution {
    /// Confidence lost when the name is inferred rather than written next to the cue.
    static let confidenceFactor = 0.9

    /// - Complexity: O(*q*²) in the worst case; in practice the nearest named speaker is a few quotations back.
    static func resolve(_ quotations: inout [Quotation], context: AttributionContext) {
        for index in quotations.indices {
            guard var speaker = quotations[index].speaker, let mention = speaker.mention else { continue }
            let first = context.tokenIndex(atOrAfter: mention.utf8Start)
            guard first < context.tokens.count else { continue }
            let isPronoun = mention.utf8End == context.tokens[first].utf8End && context.isPronoun(first)
            let isNominal = !isPronoun
                && (!context.tokens[first].isCapitalized || context.lexicons.determiners.contains(context.tokens[first].key))
                && !context.tokens[first..<context.tokenIndex(atOrAfter: mention.utf8End)].dropFirst().contains { $0.isCapitalized }
            guard isPronoun || isNominal else { continue }
            let wanted = speaker.kind
            let gender = isPronoun ? Self.gender(context.lexicons.pronouns.longestMatch(in: context.tokens, at: first)) : nil
            // `it` stands for an organisation or a document (`The statement went on … It went on to detail …`):
            // a noun phrase, already resolved to its own name, is as good an antecedent as a name.
            let acceptsNominal = isPronoun && wanted == .organisation
            var resolved = false
            var previous = index - 1
            while previous >= 0 {
                if let candidate = quotations[previous].speaker, let candidateMention = candidate.mention {
                    let candidateFirst = context.tokenIndex(atOrAfter: candidateMention.utf8Start)
                    let candidatePronoun = candidateFirst < context.tokens.count
                        && candidateMention.utf8End == context.tokens[candidateFirst].utf8End && context.isPronoun(candidateFirst)
                    let named = candidateFirst < context.tokens.count && context.tokens[candidateFirst].isCapitalized
                        && !context.isPronoun(candidateFirst)
                        && !context.lexicons.determiners.contains(context.tokens[candidateFirst].key)
                    if named || (acceptsNominal && !candidatePronoun && candidate.kind != .person),
                        compatible(wanted, candidate.kind, isPronoun: isPronoun),
                        gender == nil
                            || Self.gender(context.lexicons.titles.longestMatch(in: context.tokens, at: candidateFirst))
                                .map({ $0 == gender }) != false
                    {
                        speaker.name = candidate.name
                        if speaker.role == nil { speaker.role = candidate.role }
                        // The name and its kind travel together (`the statement` named for officials is a group).
                        speaker.kind = candidate.kind
                        speaker.confidence *= confidenceFactor
                        resolved = true
                        break
                    }
                }
                previous -= 1
            }
            // An `it` with no organisation or noun phrase before it names nobody: a pronoun is never a name, and a
            // sentence subject found without a parser (`the United States struck`) is too often not a noun phrase.
            if acceptsNominal && !resolved {
                quotations[index].speaker = nil
                continue
            }
            quotations[index].speaker = speaker
        }
    }

    /// The tag `male` or `female` of a pronoun or title entry.
    static func gender(_ entry: PhraseLexicon.Entry?) -> String? {
        guard let tags = entry?.tags else { return nil }
        return tags.contains("male") ? "male" : tags.contains("female") ? "female" : nil
    }

    private static func compatible(_ pronounKind: SpeakerKind, _ candidate: SpeakerKind, isPronoun: Bool) -> Bool {
        guard isPronoun else { return true }
        switch pronounKind {
        case .person: return candidate == .person
        case .group: return true
        case .organisation: return candidate == .organisation || candidate == .group
        case .unknown: return true
        }
    }
}
