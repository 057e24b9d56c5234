/// `As The Post's Ruth Marcus puts it, Obama is trying to make Republicans “an offer …”`, `As The Daily Caller
/// reported, …`: a sentence that opens with `As`, a speaker and a cue before a comma attributes the rest of the
/// sentence to that speaker, not to the main clause's subject.
struct AsCueSourceRule: SpeakerRule {
    let name = "as-cue-source"
    /// The according-to rule's measured precision (`AccordingToRule.confidence`): `as X put it` names a source
    /// the same way.
    static let confidence = AccordingToRule.confidence
    /// Most tokens between `As` and the comma after its cue (`As The Post's Ruth Marcus puts it,`).
    static let maximumOpenerTokens = 9

    static let asKey = LexicalScanner.key(of: "as")

    /// - Returns: the speaker between `As` and the cue, or nil when the quotation's sentence does not open so (the
    ///   quotation starts after the opener's comma).
    /// - Complexity: O(`maximumOpenerTokens`) lexicon look-ups.
    func speaker(for index: Int, in quotations: [Quotation], context: AttributionContext) -> Speaker? {
        // The quotation's sentence (the detector's index into the same sentences) must open with `As`: tested
        // before the quotation's first token is looked up.
        let sentenceIndex = quotations[index].sentence
        guard sentenceIndex >= 0, sentenceIndex < context.lexical.sentenceTokens.count else { return nil }
        let sentence = context.lexical.sentenceTokens[sentenceIndex]
        let opener = sentence.lowerBound
        guard opener < sentence.upperBound, context.tokens[opener].key == Self.asKey else { return nil }
        let start = context.tokenIndex(atOrAfter: quotations[index].content.utf8Start)
        guard start < context.tokens.count, sentence.contains(start) else { return nil }
        // `As The Post's Ruth Marcus`, `As he`: a name, a pronoun or a determiner follows (`As improbable as it may
        // seem,` compares).
        guard opener + 1 < start, context.tokens[opener].kind == .word, context.tokens[opener].isCapitalized,
            context.tokens[opener].key == Self.asKey, context.tokens[opener + 1].kind == .word,
            context.tokens[opener + 1].isCapitalized || context.isPronoun(opener + 1)
                || context.lexicons.determiners.contains(context.tokens[opener + 1].key)
        else { return nil }
        var cue = opener + 2
        while cue < start, cue - opener <= Self.maximumOpenerTokens, context.tokens[cue].kind == .word {
            if let entry = context.lexicons.cues.longestMatch(in: context.tokens, at: cue), !entry.tags.contains("nosource"),
                cue + entry.keys.count < start, context.tokens[cue + entry.keys.count].kind == .comma
            {
                guard let phrase = context.phrase(endingBefore: cue, notBefore: opener + 1) else { return nil }
                return context.speaker(from: phrase, rule: name, confidence: Self.confidence)
            }
            cue += 1
        }
        return nil
    }
}
