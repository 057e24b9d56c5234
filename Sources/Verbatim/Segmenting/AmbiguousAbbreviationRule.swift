/// After an abbreviation that may end a sentence (`U.S.`, `Inc.`, `Calif.`,
/// an initial), a typical sentence starter (`The`, `He`, `How`, `Did`)
/// opens a new sentence; any other capitalised word, a number or an opening
/// parenthesis continues the current one: `I live in the U.S. How about
/// you?` splits, `the U.S. Government`, `U.S. Strikes Syrian Regime`,
/// `John F. Kennedy` and the dateline `RENO, Nev. (AP) —` do not.
enum AmbiguousAbbreviationRule {
    private static let starters = WordKey.set(of: SegmentingWordLists.sentenceStarters)

    static func verdict(_ context: BoundaryContext) -> BoundaryVerdict? {
        guard let next = context.nextByte else { return nil }
        if ASCII.isDigit(next) || next == ASCII.leftParenthesis { return .join }
        guard ASCII.isUppercase(next) else { return .split }
        return starters.contains(WordKey(context.bytes, context.nextWord)) ? .split : .join
    }
}
