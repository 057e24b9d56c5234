/// `Asked by Matt Lauer whether she had practiced, she said …`: a question put to the sentence's subject
/// (`Asked …` opening a sentence, `when asked …`; tag `question` in `cue-verbs.txt`) is the asker's, named
/// after `by`; with no `by` the text names nobody asking (`Asked if he was ever bullied, Trump said no`), and
/// the one answering is not the question's source, as PolNeAR annotates it.
struct QuestionAskerRule: SpeakerRule {
    let name = "question-asker"
    /// The passive agent rule's measured precision (`PassiveAgentRule.confidence`): the asker is a passive agent.
    static let confidence = PassiveAgentRule.confidence

    static let byKey = LexicalScanner.key(of: "by")

    /// True when cue `cue` puts a question to the sentence's subject: the same test as the detector's
    /// (`ReportedClauseFinding.opensQuestion`): an entry tagged `question` that is a phrase or opens its sentence.
    /// - Complexity: O(1).
    static func putsQuestion(_ entry: PhraseLexicon.Entry, cue: Range<Int>, context: AttributionContext) -> Bool {
        entry.tags.contains("question")
            && (entry.keys.count > 1 || context.lexical.sentenceRange(of: cue.lowerBound).lowerBound == cue.lowerBound)
    }

    /// - Returns: the asker after `by` right after the cue, or nil (nobody is named asking).
    /// - Complexity: O(*p*) in the tokens of the asker's phrase.
    func speaker(for index: Int, in quotations: [Quotation], context: AttributionContext) -> Speaker? {
        guard let cue = context.cueRange(of: index), cue.upperBound + 1 < context.tokens.count,
            context.tokens[cue.upperBound].kind == .word, context.tokens[cue.upperBound].key == Self.byKey
        else { return nil }
        // The asker ends where the question starts (`by Matt Lauer whether …`).
        let question = context.tokenIndex(atOrAfter: quotations[index].content.utf8Start)
        let sentence = context.lexical.sentenceRange(of: cue.lowerBound)
        let end = question > cue.upperBound + 1 ? min(question, sentence.upperBound) : sentence.upperBound
        guard let phrase = context.phrase(startingAt: cue.upperBound + 1, before: end) else { return nil }
        return context.speaker(from: phrase, rule: name, confidence: Self.confidence)
    }
}
