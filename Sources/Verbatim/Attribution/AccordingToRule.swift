/// `according to Kerry, …` and `…, according to the Pentagon.`: the source
/// phrase follows the cue.
struct AccordingToRule: SpeakerRule {
    let name = "according-to"
    /// Share of the PolNeAR train records this rule attributes (and the scorer matches) whose mention
    /// overlaps the gold source, measured with benchmarks/polnear/run --train.
    static let confidence = 0.94

    func speaker(for index: Int, in quotations: [Quotation], context: AttributionContext) -> Speaker? {
        guard let cue = context.cueRange(of: index), let entry = context.cueEntry(of: index),
            entry.tags.contains("source")
        else { return nil }
        let paragraph = context.lexical.paragraphTokens[Int(context.lexical.paragraphOfToken[cue.lowerBound])]
        guard let phrase = context.phrase(startingAt: cue.upperBound, before: paragraph.upperBound) else { return nil }
        return context.speaker(from: phrase, rule: name, confidence: Self.confidence)
    }
}
