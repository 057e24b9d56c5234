/// `according to Kerry, …` and `…, according to the Pentagon.`: the source
/// phrase follows the cue.
struct AccordingToRule: SpeakerRule {
    let name = "according-to"
    /// Share of PolNeAR train quotations this rule attributes whose mention overlaps the gold source.
    static let confidence = 0.9

    func speaker(for index: Int, in quotations: [Quotation], context: AttributionContext) -> Speaker? {
        guard let cue = context.cueRange(quotations[index]), let entry = context.cueEntry(cue),
            entry.tags.contains("source")
        else { return nil }
        let paragraph = context.lexical.paragraphTokens[Int(context.lexical.paragraphOfToken[cue.lowerBound])]
        guard let phrase = context.phrase(startingAt: cue.upperBound, before: paragraph.upperBound) else { return nil }
        return context.speaker(from: phrase, rule: name, confidence: Self.confidence)
    }
}
