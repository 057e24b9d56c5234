/// A paragraph that opens with a quotation and names no speaker continues
/// the speaker of the paragraph before: its last quotation's speaker, or the
/// subject of a lead-in ending in a colon (`Kerry said:` ¶ `“…”`), or the
/// subject of its last sentence.
struct PreviousParagraphRule: SpeakerRule {
    let name = "previous-paragraph"
    /// Share of the PolNeAR train records this rule attributes (and the scorer matches) whose mention
    /// overlaps the gold source, measured with benchmarks/polnear/run --train.
    static let confidence = 0.44

    func speaker(for index: Int, in quotations: [Quotation], context: AttributionContext) -> Speaker? {
        let quotation = quotations[index]
        guard quotation.kind == .direct, quotation.paragraph > 0 else { return nil }
        let paragraph = context.lexical.paragraphTokens[quotation.paragraph]
        guard !paragraph.isEmpty, context.tokens[paragraph.lowerBound].isQuoteMark,
            context.tokens[paragraph.lowerBound].utf8End <= quotation.content.utf8Start + 3
        else { return nil }
        let before = context.lexical.paragraphTokens[quotation.paragraph - 1]
        // A colon lead-in ending the previous paragraph.
        if before.count > 1, context.tokens[before.upperBound - 1].kind == .colon {
            if let phrase = leadInSpeaker(before, context: context) {
                return context.speaker(from: phrase, rule: name, confidence: Self.confidence)
            }
        }
        var previous = index - 1
        while previous >= 0, quotations[previous].paragraph == quotation.paragraph - 1 {
            if var speaker = quotations[previous].speaker {
                speaker.rule = name
                speaker.confidence = min(speaker.confidence, Self.confidence)
                return speaker
            }
            previous -= 1
        }
        // No quotation before: the subject of the previous paragraph's last sentence, when it names someone
        // (`Tiegen was also troubled by …` ¶ `“Her lack of respect …”`).
        // Only a personal pronoun or a name of two capitalised words counts: a sentence-initial noun
        // (`Polls show …`, `The silence …`) names nobody.
        if before.count > 1, let phrase = context.sentenceSubject(of: before.upperBound - 1),
            context.isPronoun(phrase.mention.lowerBound)
                || (phrase.mention.count >= CanonicalNames.minimumFullNameWords
                    && context.tokens[phrase.mention].allSatisfy {
                        $0.isCapitalized && !context.lexicons.determiners.contains($0.key)
                    })
        {
            return context.speaker(from: phrase, rule: name, confidence: Self.confidence)
        }
        return nil
    }

    /// The subject of the last cue in a paragraph ending with a colon.
    private func leadInSpeaker(_ paragraph: Range<Int>, context: AttributionContext) -> AttributionContext.Phrase? {
        let sentence = context.lexical.sentenceRange(of: paragraph.upperBound - 1)
        var index = paragraph.upperBound - 2
        while index >= sentence.lowerBound {
            if context.tokens[index].kind == .word, !context.tokens[index].isCapitalized,
                context.lexicons.cues.longestMatch(in: context.tokens, at: index) != nil
            {
                return context.phrase(endingBefore: index, notBefore: sentence.lowerBound)
            }
            index -= 1
        }
        return nil
    }
}
