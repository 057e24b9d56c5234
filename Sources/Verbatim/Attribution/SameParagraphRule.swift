/// A quotation with no cue of its own takes the speaker of the nearest
/// quotation before it in the same paragraph (`“…,” Kerry said. “…”`).
struct SameParagraphRule: SpeakerRule {
    let name = "same-paragraph"
    /// Share of PolNeAR train quotations this rule attributes whose mention overlaps the gold source.
    static let confidence = 0.7

    func speaker(for index: Int, in quotations: [Quotation], context: AttributionContext) -> Speaker? {
        let paragraph = quotations[index].paragraph
        var previous = index - 1
        while previous >= 0, quotations[previous].paragraph == paragraph {
            // Only quotations in quotation marks pass their speaker on: a reported clause in between
            // (`, referring to …`) is usually the same speaker's, but its mention is not the annotated one.
            if var speaker = quotations[previous].speaker, quotations[previous].kind != .indirect,
                quotations[previous].content.utf8End <= quotations[index].content.utf8Start
            {
                speaker.rule = name
                speaker.confidence = min(speaker.confidence, Self.confidence)
                return speaker
            }
            previous -= 1
        }
        return nil
    }
}
