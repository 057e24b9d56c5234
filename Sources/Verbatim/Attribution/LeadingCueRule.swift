/// `Kerry said: “…”`, `Kerry told ARA News that …`, `Kerry: “…”`: the cue
/// precedes the quotation and the speaker precedes the cue (or, for an
/// inverted cue, follows it: `Said Kerry: “…”`).
struct LeadingCueRule: SpeakerRule {
    let name = "leading-cue"
    /// Share of the PolNeAR train records this rule attributes (and the scorer matches) whose mention
    /// overlaps the gold source, measured with benchmarks/polnear/run --train.
    static let confidence = 0.83

    func speaker(for index: Int, in quotations: [Quotation], context: AttributionContext) -> Speaker? {
        let quotation = quotations[index]
        guard let cue = context.cueRange(of: index), let cueSpan = quotation.cue,
            cueSpan.utf8End <= quotation.content.utf8Start
        else { return nil }
        let sentence = context.lexical.sentenceRange(of: cue.lowerBound)
        let paragraph = context.lexical.paragraphTokens[Int(context.lexical.paragraphOfToken[cue.lowerBound])]
        let lower = max(paragraph.lowerBound, min(sentence.lowerBound, cue.lowerBound))
        if context.tokens[cue.lowerBound].kind == .colon {
            // `Kerry: “…”`
            guard let phrase = context.phrase(endingBefore: cue.lowerBound, notBefore: lower) else { return nil }
            // `Sanders delivered a snappy retort: “…”`: a common noun before the colon is what was said; the
            // sentence's subject said it.
            // The word before the noun phrase is the verb; its subject is the speaker.
            let start = phrase.mention.lowerBound
            let verb = start - 1
            if !context.tokens[start].isCapitalized, !context.isPronoun(start), verb > lower,
                context.tokens[verb].kind == .word, !context.tokens[verb].isCapitalized,
                let subject = context.phrase(endingBefore: verb, notBefore: lower),
                context.isPronoun(subject.mention.lowerBound) || context.tokens[subject.mention.lowerBound].isCapitalized
            {
                return context.speaker(from: subject, rule: name, confidence: Self.confidence)
            }
            return context.speaker(from: phrase, rule: name, confidence: Self.confidence)
        }
        if let phrase = context.phrase(endingBefore: cue.lowerBound, notBefore: lower) {
            return context.speaker(from: phrase, rule: name, confidence: Self.confidence)
        }
        // An inverted lead-in: `Continued Stone: “…”`, `In other words, explained Nancy Cordes: “…”`.
        if cue.lowerBound == sentence.lowerBound || context.cueEntry(of: index)?.tags.contains("inverted") == true,
            let phrase = context.phrase(startingAt: cue.upperBound, before: context.tokenIndex(atOrAfter: quotation.content.utf8Start))
        {
            return context.speaker(from: phrase, rule: name, confidence: Self.confidence)
        }
        return nil
    }
}
