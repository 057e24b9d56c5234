/// A quotation that opens a sentence with no cue of its own, after a sentence
/// of the same paragraph whose subject names someone, is that subject's
/// (`Iowa State University's Dianne Bystrom agreed. “Mainstream Republicans …”`,
/// `Clinton touted her credentials. “We need …”`).
struct PrecedingSentenceRule: SpeakerRule {
    let name = "preceding-sentence"
    /// The rule fires rarely (3 PolNeAR train records, 1 matched and right), too few to measure: set below
    /// `SameParagraphRule` (0.6) because the speaker is guessed from a subject, above `PreviousParagraphRule` (0.44)
    /// because the subject is in the same paragraph.
    static let confidence = 0.5

    func speaker(for index: Int, in quotations: [Quotation], context: AttributionContext) -> Speaker? {
        let quotation = quotations[index]
        guard quotation.kind == .direct, quotation.cue == nil else { return nil }
        let first = context.tokenIndex(atOrAfter: quotation.content.utf8Start)
        guard first > 0, first < context.tokens.count, context.tokens[first - 1].isQuoteMark else { return nil }
        let open = first - 1
        let sentence = context.lexical.sentenceRange(of: open)
        let paragraph = context.lexical.paragraphTokens[Int(context.lexical.paragraphOfToken[open])]
        // The quotation opens its sentence, and a sentence of the same paragraph comes before it.
        guard sentence.lowerBound == open, sentence.lowerBound > paragraph.lowerBound,
            let phrase = context.sentenceSubject(of: sentence.lowerBound - 1)
        else { return nil }
        let mention = phrase.mention
        let isName = context.tokens[mention].allSatisfy {
            $0.isCapitalized && !context.lexicons.determiners.contains($0.key)
        }
        // A pronoun, a name of two words, or one word that names an earlier speaker: a sentence-initial
        // capitalised noun (`Polls show …`) names nobody.
        guard context.isPronoun(mention.lowerBound)
            || (isName && mention.count >= CanonicalNames.minimumFullNameWords)
            || (isName && mention.count == 1 && namesEarlierSpeaker(context.text(mention), before: index, in: quotations))
        else { return nil }
        return context.speaker(from: phrase, rule: name, confidence: Self.confidence)
    }

    /// True when a quotation before `index` has a speaker whose name ends with `word` (`Clinton` for
    /// `Hillary Clinton`).
    private func namesEarlierSpeaker(_ word: String, before index: Int, in quotations: [Quotation]) -> Bool {
        quotations[..<index].contains { quotation in
            guard let name = quotation.speaker?.name, name.hasSuffix(word) else { return false }
            let cut = name.utf8.count - word.utf8.count
            return cut == 0 || name.utf8[name.utf8.index(name.utf8.startIndex, offsetBy: cut - 1)] == 0x20
        }
    }
}
