/// What a rule decides about a candidate sentence boundary.
enum BoundaryVerdict: Equatable {
    /// The sentence goes on across the candidate.
    case join
    /// The candidate ends the sentence.
    case split
    /// The sentence ends earlier, at this byte offset, and the next one starts there.
    case splitAt(Int)
}

/// The sentence boundary rules in order: the first rule with an opinion on
/// a candidate boundary decides it; with none, ICU's boundary stands.
///
/// ICU proposes the candidates (UAX #29 sentence rules over the unwrapped
/// paragraph); the rules undo the breaks that news text gets wrong and move
/// the few that sit in the wrong place.
enum SentenceBoundarySieve {
    /// - Complexity: O(1) per candidate: each rule reads a few words around it.
    static func verdict(_ context: BoundaryContext) -> BoundaryVerdict {
        if let verdict = ListMarkerOnlyRule.verdict(context) { return verdict }
        if let verdict = BracketedEllipsisRule.verdict(context) { return verdict }
        if let verdict = SpacedEllipsisRule.verdict(context) { return verdict }
        if let verdict = FourDotEllipsisRule.verdict(context) { return verdict }
        if let verdict = LowercaseContinuationRule.verdict(context) { return verdict }
        if let verdict = ContinuationPunctuationRule.verdict(context) { return verdict }
        if let verdict = QuotedQuestionCueRule.verdict(context) { return verdict }
        if let verdict = AbbreviationRule.verdict(context) { return verdict }
        return .split
    }
}
