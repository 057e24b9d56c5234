/// `The Russian government alleges …, saying the U.S. was “…”`: a
/// participle cue (`saying`, `adding`, `noting`) takes the speaker of a
/// quotation just before it in its sentence (`“…,” Kerry said, noting …`),
/// else the subject of its sentence's main clause. A name right before the
/// participle is its own subject (`footage of Hillary Clinton asking, “…”`).
struct ParticipleCueRule: SpeakerRule {
    let name = "participle-cue"
    /// Share of the PolNeAR train records this rule attributes (and the scorer matches) whose mention
    /// overlaps the gold source, measured with benchmarks/polnear/run --train.
    static let confidence = 0.72

    func speaker(for index: Int, in quotations: [Quotation], context: AttributionContext) -> Speaker? {
        guard let cue = context.cueRange(of: index), let entry = context.cueEntry(of: index),
            entry.tags.contains("participle")
        else { return nil }
        // `footage of Hillary Clinton asking, “…”`: a name right before the participle is its subject.
        let sentenceRange = context.lexical.sentenceRange(of: cue.lowerBound)
        if cue.lowerBound - 1 > sentenceRange.lowerBound, context.tokens[cue.lowerBound - 1].kind == .word,
            context.tokens[cue.lowerBound - 1].isCapitalized, !context.isPronoun(cue.lowerBound - 1),
            let phrase = context.phrase(endingBefore: cue.lowerBound, notBefore: sentenceRange.lowerBound)
        {
            return context.speaker(from: phrase, rule: name, confidence: Self.confidence)
        }
        // `“…,” Kerry said, noting that …`: the speaker of the quotation just before, in the same sentence.
        let sentence = Int(context.lexical.sentenceOfToken[cue.lowerBound])
        let sentenceStart = context.tokens[context.lexical.sentenceRange(of: cue.lowerBound).lowerBound].utf8Start
        var previous = index - 1
        // Quotations come in text order: once one starts in an earlier paragraph and ends before the cue's
        // sentence, those before it cannot reach the sentence either (stopping there keeps the rule linear).
        while previous >= 0, quotations[previous].content.utf8Start < quotations[index].content.utf8Start,
            quotations[previous].paragraph == quotations[index].paragraph
                || quotations[previous].content.utf8End > sentenceStart
        {
            if let speaker = quotations[previous].speaker, quotations[previous].content.utf8End <= context.tokens[cue.lowerBound].utf8Start,
                quotations[previous].sentence == sentence || quotations[previous].content.utf8End > sentenceStart
            {
                var inherited = speaker
                inherited.rule = name
                inherited.confidence = min(speaker.confidence, Self.confidence)
                return inherited
            }
            previous -= 1
        }
        guard let phrase = context.sentenceSubject(of: cue.lowerBound) else { return nil }
        return context.speaker(from: phrase, rule: name, confidence: Self.confidence)
    }
}
