/// `a.m.` and `p.m.` end a sentence before a capitalised word
/// (`He left at 6 P.M. Mr. Smith then ...`), except
/// - before a day, month or time zone of the same expression (`5 p.m. Tuesday`, `9 a.m. EDT`), and
/// - when the sentence so far is only an introductory time phrase
///   (`At 5 a.m. Mr. Smith went ...`), which cannot stand alone.
enum TimeOfDayRule {
    /// Longest introductory phrase, in words (`Shortly after 5 a.m.` has 4,
    /// `On Monday at about 10 p.m.` 6); a clause is longer or has no preposition first.
    static let maximumIntroductoryWords = 6

    private static let qualifiers = WordKey.set(of: SegmentingWordLists.timeQualifiers)
    private static let prepositions = WordKey.set(of: SegmentingWordLists.timePrepositions)

    static func verdict(_ context: BoundaryContext) -> BoundaryVerdict? {
        guard let next = context.nextByte else { return nil }
        if ASCII.isDigit(next) { return .split }
        guard ASCII.isUppercase(next) else { return nil }
        if qualifiers.contains(WordKey(context.bytes, context.nextWord)) { return .join }
        let bytes = context.bytes
        let firstWord = BoundaryContext.word(startingAt: context.sentenceStart, in: bytes, limit: context.sentenceEnd)
        guard prepositions.contains(WordKey(bytes, firstWord)) else { return .split }
        var words = 1
        for index in context.sentenceStart..<context.sentenceEnd where bytes[index] == ASCII.space {
            words += 1
            if words > maximumIntroductoryWords { return .split }
        }
        return .join
    }
}
