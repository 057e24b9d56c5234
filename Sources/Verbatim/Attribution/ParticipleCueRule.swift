/// `The Russian government alleges …, saying the U.S. was “…”`: a
/// participle cue (`saying`, `adding`, `noting`) takes the subject of its
/// sentence's main clause.
struct ParticipleCueRule: SpeakerRule {
    let name = "participle-cue"
    /// Share of the PolNeAR train records this rule attributes (and the scorer matches) whose mention
    /// overlaps the gold source, measured with benchmarks/polnear/run --train.
    static let confidence = 0.72

    func speaker(for index: Int, in quotations: [Quotation], context: AttributionContext) -> Speaker? {
        guard let cue = context.cueRange(quotations[index]), let entry = context.cueEntry(cue),
            entry.tags.contains("participle")
        else { return nil }
        guard let phrase = context.sentenceSubject(of: cue.lowerBound) else { return nil }
        return context.speaker(from: phrase, rule: name, confidence: Self.confidence)
    }
}
