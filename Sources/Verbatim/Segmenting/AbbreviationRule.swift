/// A period after an abbreviation may or may not end the sentence; which
/// depends on the abbreviation's kind (see `Abbreviation`):
/// - a title (`Mr.`, `Gen.`, `Mt.`) never ends one;
/// - the others defer to `NumberAbbreviationRule`, `AmbiguousAbbreviationRule`
///   and `TimeOfDayRule`.
/// An abbreviation followed by closing quotation marks (`... the U.S.” The`)
/// is left to ICU: the quotation ends there. One followed by another
/// character with no space between (`S.&P. 500`) is inside a word.
enum AbbreviationRule {
    static func verdict(_ context: BoundaryContext) -> BoundaryVerdict? {
        guard !context.hasClosingMarks, context.terminator == ASCII.period else { return nil }
        let word = context.wordBeforePeriod
        guard let kind = Abbreviation.kind(of: word, in: context.bytes) else { return nil }
        if context.nextStart == context.sentenceEnd { return .join }
        switch kind {
        case .title: return .join
        case .beforeNumber: return NumberAbbreviationRule.verdict(context)
        case .ambiguous: return AmbiguousAbbreviationRule.verdict(context)
        case .timeOfDay: return TimeOfDayRule.verdict(context)
        }
    }
}
