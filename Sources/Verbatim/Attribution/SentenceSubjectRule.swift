/// A quotation inside a sentence with no cue next to it (`Manafort dismissed
/// the whole kerfuffle as “absurd.”`, `calling him “a total stiff.”`) is
/// attributed to the subject of its sentence: the verb that governs such a
/// fragment (dismissed, called, described) is rarely in the cue lexicon, but
/// its subject is nearly always the one who used the words.
struct SentenceSubjectRule: SpeakerRule {
    let name = "sentence-subject"
    /// Share of the PolNeAR train records this rule attributes (and the scorer matches) whose mention
    /// overlaps the gold source, measured with benchmarks/polnear/run --train.
    static let confidence = 0.58

    func speaker(for index: Int, in quotations: [Quotation], context: AttributionContext) -> Speaker? {
        let quotation = quotations[index]
        guard quotation.cue == nil else { return nil }
        let first = context.tokenIndex(atOrAfter: quotation.content.utf8Start)
        guard first > 0, first < context.tokens.count else { return nil }
        let open = context.tokens[first - 1].isQuoteMark ? first - 1 : first
        let sentence = context.lexical.sentenceRange(of: open)
        // Words must come before the quotation in its sentence.
        guard open > sentence.lowerBound, context.tokens[sentence.lowerBound..<open].contains(where: { $0.kind == .word })
        else { return nil }
        guard let phrase = context.sentenceSubject(of: open) else { return nil }
        return context.speaker(from: phrase, rule: name, confidence: Self.confidence)
    }
}
