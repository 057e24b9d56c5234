extension ReportedClauseFinding {
    /// Most tokens between a question cue and the word that opens its question (`Asked during a January debate
    /// why`, `When asked by host John Dickerson whether`): an asker after `by` and a short adverbial.
    static let maximumQuestionGap = 7

    /// True when cue `cue` puts a question to the sentence's subject: an entry tagged `question` that is a phrase
    /// (`when asked`) or opens its sentence (`Asked whether …, Rubio said`). Inside a clause `asked` is an
    /// ordinary cue (`He asked them to leave`).
    /// - Complexity: O(1).
    static func opensQuestion(_ entry: PhraseLexicon.Entry, cue: Range<Int>, sentence: Range<Int>) -> Bool {
        entry.tags.contains("question") && (entry.keys.count > 1 || cue.lowerBound == sentence.lowerBound)
    }

    /// `Asked whether he would run, Rubio said …`, `When asked by a reporter about the merger, she …`: the
    /// question, from its opening word (`question-openers.txt`) to the comma that ends it, is the attributed
    /// content, as PolNeAR annotates questions put to a speaker.
    /// - Returns: the question, or nil when no opening word follows within `maximumQuestionGap` tokens.
    /// - Complexity: O(*s*) in the tokens after the cue.
    static func questionClause(
        cue: Range<Int>, contentEnd: Int, tokens: [LexicalToken], questionOpeners: PhraseLexicon
    ) -> Range<Int>? {
        var start = cue.upperBound
        while start < contentEnd, tokens[start].kind == .word, !questionOpeners.contains(tokens[start].key) {
            guard start - cue.upperBound < maximumQuestionGap else { return nil }
            start += 1
        }
        guard start < contentEnd, tokens[start].kind == .word else { return nil }
        var end = start + 1
        while end < contentEnd, tokens[end].kind != .comma { end += 1 }
        return start..<end
    }
}
