/// `The Russian government alleges …, saying the U.S. was “…”`: a
/// participle cue (`saying`, `adding`, `noting`) takes the subject of its
/// sentence's main clause.
struct ParticipleCueRule: SpeakerRule {
    let name = "participle-cue"
    /// Share of PolNeAR train quotations this rule attributes whose mention overlaps the gold source.
    static let confidence = 0.6

    func speaker(for index: Int, in quotations: [Quotation], context: AttributionContext) -> Speaker? {
        guard let cue = context.cueRange(quotations[index]), let entry = context.cueEntry(cue),
            entry.tags.contains("participle")
        else { return nil }
        guard let phrase = context.sentenceSubject(of: cue.lowerBound) else { return nil }
        return context.speaker(from: phrase, rule: name, confidence: Self.confidence)
    }
}
