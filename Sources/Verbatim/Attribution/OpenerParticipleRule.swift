/// `After blasting the Drudge Report …, Glenn Beck doubled down`, `Since announcing Weld as his running mate,
/// Johnson has risen`, `Instead of calling himself conservative, Mr. Trump said`: a participle cue right after the
/// preposition or subordinator that opens its sentence belongs to the subject of the main clause, which starts
/// after the opener's comma (the participle rule would take the opener word itself for the subject).
struct OpenerParticipleRule: SpeakerRule {
    let name = "opener-participle"
    /// The participle rule's measured precision (`ParticipleCueRule.confidence`), whose case this is.
    static let confidence = ParticipleCueRule.confidence
    /// Most words of the opener before the participle (`After`, `Instead of`).
    static let maximumOpenerWords = 2

    /// - Returns: the main clause's subject, or nil when the cue is no participle right after a sentence opener.
    /// - Complexity: O(*s*) in the sentence's tokens.
    func speaker(for index: Int, in quotations: [Quotation], context: AttributionContext) -> Speaker? {
        // The cheapest test first: the quotation's sentence (where a participle's clause starts) must open with a
        // capitalised opener word; most sentences do not, and then the cue is never looked up.
        let sentenceIndex = quotations[index].sentence
        // A participle opening the sentence leads its clause: a cue after the content is another rule's.
        guard let cueSpan = quotations[index].cue, cueSpan.utf8Start < quotations[index].content.utf8Start,
            sentenceIndex >= 0, sentenceIndex < context.lexical.sentenceTokens.count
        else { return nil }
        let first = context.lexical.sentenceTokens[sentenceIndex].lowerBound
        guard first < context.tokens.count, context.tokens[first].kind == .word, context.tokens[first].isCapitalized,
            context.opensAdverbial(first), let cue = context.cueRange(of: index)
        else { return nil }
        let sentence = context.lexical.sentenceRange(of: cue.lowerBound)
        let opener = sentence.lowerBound..<cue.lowerBound
        guard !opener.isEmpty, opener.count <= Self.maximumOpenerWords, context.tokens[opener.lowerBound].isCapitalized,
            opener.allSatisfy({
                context.tokens[$0].kind == .word && !context.endsInIng(context.tokens[$0]) && context.opensAdverbial($0)
            }),
            let entry = context.cueEntry(of: index), entry.tags.contains("participle")
        else { return nil }
        var comma = cue.upperBound
        while comma < sentence.upperBound, context.tokens[comma].kind != .comma { comma += 1 }
        // The comma may close a quotation inside the opener (`After saying her foot was “so swollen,” she was …`).
        var subject = comma + 1
        if subject < sentence.upperBound, context.tokens[subject].isQuoteMark { subject += 1 }
        guard subject < sentence.upperBound,
            var phrase = context.phrase(startingAt: subject, before: sentence.upperBound)
        else { return nil }
        // A name ends at its first lowercase word (`Glenn Beck doubled down`): the verb follows the subject.
        if context.tokens[phrase.mention.lowerBound].isCapitalized,
            let verb = phrase.mention.dropFirst().first(where: {
                !context.tokens[$0].isCapitalized && !context.lexicons.nameConnectors.contains(context.tokens[$0].key)
            })
        {
            phrase.mention = phrase.mention.lowerBound..<verb
        }
        return context.speaker(from: phrase, rule: name, confidence: Self.confidence)
    }
}
