/// `Yellen has been criticized by many Wall Street players for …`: a cue in
/// the passive voice names its speaker after `by`.
struct PassiveAgentRule: SpeakerRule {
    let name = "passive-agent"
    /// Share of the PolNeAR train records this rule attributes (and the scorer matches) whose mention
    /// overlaps the gold source, measured with benchmarks/polnear/run --train (5 of 8).
    static let confidence = 0.6

    static let byKey = LexicalScanner.key(of: "by")

    func speaker(for index: Int, in quotations: [Quotation], context: AttributionContext) -> Speaker? {
        guard let cue = context.cueRange(of: index), cue.lowerBound > 0, cue.upperBound + 1 < context.tokens.count
        else { return nil }
        // `by` right after the cue first: the cheapest test, and the one most quotations fail.
        let by = context.tokens[cue.upperBound]
        guard by.kind == .word, by.key == Self.byKey else { return nil }
        // An auxiliary (possibly followed by adverbs: `was widely criticized by`) before the cue.
        var before = cue.lowerBound - 1
        while before > 0, context.tokens[before].kind == .word, !context.tokens[before].isCapitalized,
            context.lexicons.adverbs.contains(context.tokens[before].key) || context.isMannerAdverb(before, notBefore: 0),
            !context.lexicons.auxiliaries.contains(context.tokens[before].key)
        {
            before -= 1
        }
        guard context.tokens[before].kind == .word, context.lexicons.auxiliaries.contains(context.tokens[before].key)
        else { return nil }
        let paragraph = context.lexical.paragraphTokens[Int(context.lexical.paragraphOfToken[cue.lowerBound])]
        guard let phrase = context.phrase(startingAt: cue.upperBound + 1, before: paragraph.upperBound) else { return nil }
        return context.speaker(from: phrase, rule: name, confidence: Self.confidence)
    }
}
