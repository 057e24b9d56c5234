/// `In a CBS News poll last month, she led …`: the poll named between the cue `In` and the comma is
/// the source of its finding (`PollOpenerClause` in the quote stage finds those).
struct PollSourceRule: SpeakerRule {
    let name = "poll-source"
    /// Share of the records it named on PolNeAR train and dev that were annotated findings with this source
    /// (18 of 20 on 2026-11-25; every one of the 18 the scorer matched had it).
    static let confidence = 0.9
    static let inKey = LexicalScanner.key(of: "in")

    func speaker(for index: Int, in quotations: [Quotation], context: AttributionContext) -> Speaker? {
        guard let cue = context.cueRange(of: index), cue.count == 1, context.tokens[cue.lowerBound].key == Self.inKey,
            context.cueEntry(of: index) == nil
        else { return nil }
        let contentStart = context.tokenIndex(atOrAfter: quotations[index].content.utf8Start)
        // The phrase runs from the cue to the comma before the content (over a participle between commas).
        guard contentStart >= cue.upperBound + 2, context.tokens[contentStart - 1].kind == .comma else { return nil }
        let phrase = AttributionContext.Phrase(mention: cue.upperBound..<(contentStart - 1), role: nil)
        var speaker = context.speaker(from: phrase, rule: name, confidence: Self.confidence)
        speaker.kind = .organisation
        return speaker
    }
}
