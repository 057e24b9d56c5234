/// `“…,” Kerry said.`, `“…,” said Kerry.`, `…, the official said.`: the cue
/// follows the quotation and the speaker stands next to it.
struct TrailingCueRule: SpeakerRule {
    let name = "trailing-cue"
    /// Share of the PolNeAR train records this rule attributes (and the scorer matches) whose mention
    /// overlaps the gold source, measured with benchmarks/polnear/run --train.
    static let confidence = 0.95

    func speaker(for index: Int, in quotations: [Quotation], context: AttributionContext) -> Speaker? {
        let quotation = quotations[index]
        guard let cue = context.cueRange(of: index), let cueSpan = quotation.cue,
            cueSpan.utf8Start > quotation.content.utf8Start
        else { return nil }
        guard context.tokens[cue.lowerBound].kind == .word else { return nil }
        // The closing mark before the cue: the content's end, or the first part's end in a split quotation.
        var afterContent = cue.lowerBound
        while afterContent > 0, !context.tokens[afterContent - 1].isQuoteMark,
            context.tokens[afterContent - 1].utf8Start >= quotation.content.utf8Start
        {
            afterContent -= 1
        }
        // `Kerry said` between the quotation and the cue …
        if let phrase = context.phrase(endingBefore: cue.lowerBound, notBefore: afterContent),
            context.tokens[phrase.mention.lowerBound].kind == .word
        {
            return context.speaker(from: phrase, rule: name, confidence: Self.confidence)
        }
        // … or `said Kerry` after it.
        let paragraph = context.lexical.paragraphTokens[Int(context.lexical.paragraphOfToken[cue.lowerBound])]
        if let phrase = context.phrase(startingAt: cue.upperBound, before: paragraph.upperBound) {
            return context.speaker(from: phrase, rule: name, confidence: Self.confidence)
        }
        return nil
    }
}
