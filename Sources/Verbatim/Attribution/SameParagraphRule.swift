/// A quotation with no cue of its own takes the speaker of the nearest
/// quotation before it in the same paragraph (`“…,” Kerry said. “…”`).
struct SameParagraphRule: SpeakerRule {
    let name = "same-paragraph"
    /// Share of the PolNeAR train records this rule attributes (and the scorer matches) whose mention
    /// overlaps the gold source, measured with benchmarks/polnear/run --train.
    static let confidence = 0.6

    func speaker(for index: Int, in quotations: [Quotation], context: AttributionContext) -> Speaker? {
        // Quotations in quotation marks pass their speaker on first: a reported clause in between
        // (`, referring to …`) is usually the same speaker's, but its mention is not the annotated one.
        for allowIndirect in [false, true] {
            var previous = index - 1
            while previous >= 0, quotations[previous].paragraph == quotations[index].paragraph {
                if var speaker = quotations[previous].speaker, allowIndirect || quotations[previous].kind != .indirect,
                    quotations[previous].content.utf8End <= quotations[index].content.utf8Start
                {
                    speaker.rule = name
                    speaker.confidence = min(speaker.confidence, Self.confidence)
                    return speaker
                }
                previous -= 1
            }
        }
        return nil
    }
}
