extension ReportedClauseFinding {
    /// Most tokens of a hearer phrase with its adverbials between a cue that takes a hearer and the clause
    /// (`told a crowded banquet hall at a hotel in downtown Baltimore that`, `told the National Post he`): 10 and 14
    /// tried on PolNeAR train and dev, 14 found a few more attributions on both.
    static let maximumHearerTokens = 14

    /// `told the National Post he has received …`, `told a news conference they are …`,
    /// `told The Post and Courier newspaper of Charleston on Saturday that …`: after a hearer longer than a
    /// name or `the` and one word, the clause opens at `that` or at a subject pronoun (tag `subject` in
    /// `clause-openers.txt`) that does not follow a preposition (`told reporters about them` is no clause).
    /// The same holds after an adverbial between a bare cue and its clause (`said after the convention he
    /// would …`, `said earlier on Friday during a news conference that …`).
    /// - Returns: the clause, or nil when neither opens one within `maximumHearerTokens` words.
    /// - Complexity: O(*h*) in `maximumHearerTokens`.
    static func clauseAfterLongHearer(
        cue: Range<Int>, contentEnd: Int, tokens: [LexicalToken], nonClauseStarts: PhraseLexicon,
        clauseOpeners: PhraseLexicon
    ) -> Range<Int>? {
        var index = cue.upperBound + 1
        let limit = min(contentEnd - 1, cue.upperBound + maximumHearerTokens)
        while index < limit, tokens[index].kind == .word {
            let opens = tokens[index].key == thatKey
                || (!nonClauseStarts.contains(tokens[index - 1].key)
                    && clauseOpeners.longestMatch(in: tokens, at: index, end: index + 1)?.tags.contains("subject") == true)
            if opens, tokens[index + 1].kind == .word { return index..<contentEnd }
            index += 1
        }
        return nil
    }
}
