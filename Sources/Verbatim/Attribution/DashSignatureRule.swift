/// `“…” — Sen. Smith`: a dash and a name after the quotation, as in
/// epigraphs and pull quotes.
struct DashSignatureRule: SpeakerRule {
    let name = "dash-signature"
    /// Share of matched records with the right speaker on PolNeAR dev (22 of 22; train has no such signatures),
    /// rounded down because a dash also opens asides.
    static let confidence = 0.9

    func speaker(for index: Int, in quotations: [Quotation], context: AttributionContext) -> Speaker? {
        guard let cue = context.cueRange(of: index), context.tokens[cue.lowerBound].kind == .dash else {
            return nil
        }
        let paragraph = context.lexical.paragraphTokens[Int(context.lexical.paragraphOfToken[cue.lowerBound])]
        guard let phrase = context.phrase(startingAt: cue.upperBound, before: paragraph.upperBound) else { return nil }
        return context.speaker(from: phrase, rule: name, confidence: Self.confidence)
    }
}
