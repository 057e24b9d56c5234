/// An aside between the subject and its predicate: `Rubio, particularly in the closing days of the Iowa campaign,
/// has preached unity, claiming …`. A stretch after a comma that opens with a lowercase auxiliary (`has`, `is`,
/// `was`) is the subject's predicate, not an appositive, so that comma closes an aside and the speaker is before
/// the aside's own comma. Without it the aside (`the Iowa campaign`) was taken for the speaker.
enum AsideBeforePredicate {
    /// True when the comma at `comma` closes an aside because a predicate opens right after it.
    /// - Parameters:
    ///   - comma: index of a comma token inside a description being searched backwards.
    ///   - end: the token index the description ends before (its closing comma).
    ///   - context: the document's tokens and lexicons.
    /// - Returns: whether the search for the description's opening comma should go on before `comma`.
    /// - Complexity: O(1) plus one lexicon look-up.
    static func closesAside(at comma: Int, before end: Int, context: AttributionContext) -> Bool {
        let next = comma + 1
        guard next < end else { return false }
        let token = context.tokens[next]
        return token.kind == .word && !token.isCapitalized && context.lexicons.auxiliaries.contains(token.key)
    }
}
