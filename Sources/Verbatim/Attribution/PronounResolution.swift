/// Gives pronoun and common-noun mentions (`he`, `the official`, `the
/// statement`) the name of the nearest compatible named speaker before them:
/// `he`/`she`/`I` a person (`he` never a mention written `Mrs. …` or `Ms. …`,
/// `she` never one written `Mr. …`), `they`/`we` a group, organisation or person,
/// `it` an organisation, group or noun phrase, else a writing named just before it
/// (`ItDocumentAntecedent`; an `it` with none is no speaker),
/// nouns anything named. The mention stays the pronoun or noun
/// phrase in the text; only `speaker.name` changes.
enum PronounResolution {
    /// Confidence lost when the name is inferred rather than written next to the cue.
    static let confidenceFactor = 0.9

    /// What the search for an antecedent asks of a speaker before the mention: whether it is
    /// named, whether it may stand for an `it`, its kind, and the gender of its title.
    private struct CandidateFeatures {
        var named: Bool
        /// Not a pronoun and not a person: a noun phrase an `it` may stand for.
        var nominal: Bool
        var kind: SpeakerKind
        var titleGender: String?

        static let kinds: [SpeakerKind] = [.person, .organisation, .group, .unknown]
        static let genders: [String?] = [nil, "male", "female"]

        /// Every set of features, numbered by `number`.
        static let all: [CandidateFeatures] = [false, true].flatMap { named in
            [false, true].flatMap { nominal in
                kinds.flatMap { kind in
                    genders.map { CandidateFeatures(named: named, nominal: nominal, kind: kind, titleGender: $0) }
                }
            }
        }

        /// The position of these features in `all`.
        var number: Int {
            let kindNumber = Self.kinds.firstIndex(of: kind)!
            let genderNumber = Self.genders.firstIndex(of: titleGender) ?? 0
            return (((named ? 1 : 0) * 2 + (nominal ? 1 : 0)) * Self.kinds.count + kindNumber) * Self.genders.count
                + genderNumber
        }
    }

    /// - Complexity: O(*q*) in the number of quotations: the nearest antecedent with each set of
    ///   features is kept as the quotations are read, instead of searched back for each mention
    ///   (quadratic when many pronouns have none, as in a long document of unnamed quotations).
    static func resolve(_ quotations: inout [Quotation], context: AttributionContext) {
        // `latest[n]`: the last quotation before the current one whose speaker has the features
        // numbered `n` (-1: none yet). Filled only when a mention needs an antecedent, up to it.
        var latest = [Int](repeating: -1, count: CandidateFeatures.all.count)
        var registeredBelow = 0
        let allFeatures = CandidateFeatures.all
        // Through a buffer: an array's element read copies the whole quotation, strings and all.
        quotations.withUnsafeMutableBufferPointer { quotations in
            for index in quotations.indices {
                // The mention alone first: most speakers are names, and copying a speaker out costs its strings'
                // reference counts.
                guard let mention = quotations[index].speaker?.mention else { continue }
                let first = context.tokenIndex(atOrAfter: mention.utf8Start)
                guard first < context.tokens.count else { continue }
                let isPronoun = mention.utf8End == context.tokens[first].utf8End && context.isPronoun(first)
                let isNominal = !isPronoun
                    && (!context.tokens[first].isCapitalized || context.lexicons.determiners.contains(context.tokens[first].key))
                    && !context.tokens[first..<context.tokenIndex(atOrAfter: mention.utf8End)].dropFirst().contains { $0.isCapitalized }
                guard isPronoun || isNominal, var speaker = quotations[index].speaker else { continue }
                let wanted = speaker.kind
                let gender = isPronoun ? Self.gender(context.lexicons.pronouns.longestMatch(in: context.tokens, at: first)) : nil
                // `it` stands for an organisation or a document (`The statement went on … It went on to detail …`):
                // a noun phrase, already resolved to its own name, is as good an antecedent as a name.
                let acceptsNominal = isPronoun && wanted == .organisation
                // The speakers before this one are final: their features are taken once each.
                while registeredBelow < index {
                    if let features = candidateFeatures(of: registeredBelow, in: quotations, context: context) {
                        latest[features.number] = registeredBelow
                    }
                    registeredBelow += 1
                }
                // The nearest earlier speaker that qualifies: the latest of the feature sets that do.
                var nearest = -1
                for (number, position) in latest.enumerated() where position > nearest {
                    let features = allFeatures[number]
                    if features.named || (acceptsNominal && features.nominal),
                        compatible(wanted, features.kind, isPronoun: isPronoun),
                        gender == nil || features.titleGender.map({ $0 == gender }) != false
                    {
                        nearest = position
                    }
                }
                if nearest >= 0, let candidate = quotations[nearest].speaker {
                    speaker.name = candidate.name
                    if speaker.role == nil { speaker.role = candidate.role }
                    // The name and its kind travel together (`the statement` named for officials is a group).
                    speaker.kind = candidate.kind
                    speaker.confidence *= confidenceFactor
                } else if acceptsNominal {
                    // No speaker before it: a writing named just before (`… a statement …. It said, “…”`) is its
                    // antecedent; with none, an `it` names nobody: a pronoun is never a name, and a sentence subject
                    // found without a parser (`the United States struck`) is too often not a noun phrase.
                    guard let antecedent = ItDocumentAntecedent.phrase(before: first, context: context) else {
                        quotations[index].speaker = nil
                        continue
                    }
                    speaker.name = context.text(antecedent)
                    speaker.confidence *= ItDocumentAntecedent.confidenceFactor
                }
                quotations[index].speaker = speaker
            }
        }
    }

    /// The features of a speaker as an antecedent, or nil when it has no mention (it cannot be one).
    private static func candidateFeatures(
        of index: Int, in quotations: UnsafeMutableBufferPointer<Quotation>, context: AttributionContext
    ) -> CandidateFeatures? {
        guard let mention = quotations[index].speaker?.mention, let kind = quotations[index].speaker?.kind else {
            return nil
        }
        let first = context.tokenIndex(atOrAfter: mention.utf8Start)
        let inText = first < context.tokens.count
        let isPronoun = inText && mention.utf8End == context.tokens[first].utf8End && context.isPronoun(first)
        let named = inText && context.tokens[first].isCapitalized && !context.isPronoun(first)
            && !context.lexicons.determiners.contains(context.tokens[first].key)
        return CandidateFeatures(
            named: named, nominal: !isPronoun && kind != .person, kind: kind,
            titleGender: gender(context.lexicons.titles.longestMatch(in: context.tokens, at: first)))
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
