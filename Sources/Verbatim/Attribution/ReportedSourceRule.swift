/// `“…,” Sanders said, according to CNN.`: a quotation whose trailing cue is followed by `, according to …`
/// reaches the writer through that source, and PolNeAR annotates the source after `according to` as its
/// source, not the speaker before the cue.
struct ReportedSourceRule: SpeakerRule {
    let name = "reported-source"
    /// The according-to rule's measured precision (`AccordingToRule.confidence`), whose source phrase this is.
    static let confidence = AccordingToRule.confidence
    /// Most tokens between the trailing cue and the comma before `according to` (`said at a press conference`).
    static let maximumTailTokens = 6

    /// - Returns: the source after `according to`, or nil when no such source follows the trailing cue.
    /// - Complexity: O(`maximumTailTokens`) plus the source phrase's length.
    func speaker(for index: Int, in quotations: [Quotation], context: AttributionContext) -> Speaker? {
        let quotation = quotations[index]
        guard let cueSpan = quotation.cue, cueSpan.utf8Start > quotation.content.utf8Start,
            let cue = context.cueRange(of: index), context.tokens[cue.lowerBound].kind == .word
        else { return nil }
        let sentence = context.lexical.sentenceRange(of: cue.lowerBound)
        var comma = cue.upperBound
        while comma < sentence.upperBound, comma - cue.upperBound <= Self.maximumTailTokens,
            context.tokens[comma].kind == .word
        {
            comma += 1
        }
        guard comma + 1 < sentence.upperBound, context.tokens[comma].kind == .comma,
            let source = context.lexicons.cues.longestMatch(in: context.tokens, at: comma + 1),
            source.tags.contains("source"),
            let phrase = context.phrase(startingAt: comma + 1 + source.keys.count, before: sentence.upperBound)
        else { return nil }
        return context.speaker(from: phrase, rule: name, confidence: Self.confidence)
    }
}
