/// The antecedent of an `it` that speaks when no speaker before it can be one: the nearest writing
/// named after a determiner in the pronoun's sentence or the one before (`… putting out a statement
/// contradicting his earlier comments. In cases of abortion, it said, “…”`; `Bujnowski wrote in the
/// affidavit. It continued: “…”`). PolNeAR marks the pronoun itself as the source, so the mention stays
/// `it`; the name is the noun phrase as written (`a statement`), never the pronoun.
enum ItDocumentAntecedent {
    /// Confidence kept when the antecedent is found by position alone, without a parser: 10 of the 14
    /// records it named on PolNeAR train and dev (2026-11-25) stood for the right writing (`it declined`
    /// after `the book` meant the publisher).
    static let confidenceFactor = 0.7
    /// Most words between the determiner and the noun (`the new 30-second ad`, `a lengthy written statement`); not
    /// tuned: a longer reach meets nouns of other phrases.
    static let maximumModifierWords = 3

    /// The token range of the noun phrase `it` at token `pronoun` stands for, or nil when its sentence and the
    /// one before name no writing after a determiner.
    /// - Parameters:
    ///   - pronoun: the token index of the `it`.
    ///   - context: the document's tokens and lexicons.
    /// - Returns: the range from the determiner through the document noun.
    /// - Complexity: O(*s*) in the tokens of the two sentences.
    static func phrase(before pronoun: Int, context: AttributionContext) -> Range<Int>? {
        let tokens = context.tokens
        let lexicons = context.lexicons
        var lower = context.lexical.sentenceRange(of: pronoun).lowerBound
        if lower > 0 { lower = context.lexical.sentenceRange(of: lower - 1).lowerBound }
        var noun = pronoun - 1
        while noun >= lower {
            if tokens[noun].kind == .word, lexicons.documentNouns.contains(tokens[noun].key),
                let determiner = determiner(before: noun, notBefore: lower, context: context)
            {
                return determiner..<(noun + 1)
            }
            noun -= 1
        }
        return nil
    }

    /// The determiner opening the noun phrase headed by token `noun`, over at most
    /// `maximumModifierWords` words (`the affidavit`, `a statement`, `The video`); nil when a
    /// non-word, a pronoun or the limit comes first (`they report` is no writing).
    private static func determiner(before noun: Int, notBefore lower: Int, context: AttributionContext) -> Int? {
        var index = noun - 1
        while index >= lower, noun - 1 - index <= maximumModifierWords, context.tokens[index].kind == .word {
            if context.lexicons.determiners.longestMatch(in: context.tokens, at: index)?.tags.contains("noun") == true {
                return index
            }
            if context.isPronoun(index) { return nil }
            index -= 1
        }
        return nil
    }
}
