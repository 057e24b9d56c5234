extension ReportedClauseFinding {
    /// Most words of the object between a cue tagged `as` and its `as` (`see the campaign of Donald Trump as`):
    /// a name with a short modifier; PolNeAR train's `see … as` attributions have at most six.
    static let maximumRegardObjectWords = 6

    static let asKey = LexicalScanner.key(of: "as")

    /// `Investors see the Fed as cautious`, `Mr. Obama sees Mr. Netanyahu as captured by …`: a belief verb that
    /// reports an opinion only when `as` follows its object (`saw the film` reports nothing). The content is the
    /// object and the rest of the clause, as PolNeAR annotates it.
    /// - Parameter nonClauseStarts: a preposition right after the cue (`viewed by some as`) makes it a passive.
    /// - Returns: the content, or nil when no `as` follows the object within `maximumRegardObjectWords` words.
    /// - Complexity: O(*s*) in the tokens after the cue.
    static func regardAsClause(
        cue: Range<Int>, contentEnd: Int, tokens: [LexicalToken], nonClauseStarts: PhraseLexicon
    ) -> Range<Int>? {
        var index = cue.upperBound
        // `viewed by some as …`, `the grim view of …`: a passive or a noun, not a belief of the word before.
        guard index < contentEnd, !nonClauseStarts.contains(tokens[index].key) else { return nil }
        while index < contentEnd, tokens[index].kind == .word, index - cue.upperBound <= maximumRegardObjectWords {
            if tokens[index].key == asKey {
                guard index > cue.upperBound, index + 1 < contentEnd, tokens[index + 1].kind == .word else { return nil }
                // `as well as`, `as much as`: a comparison, not the role the object is seen in.
                if index + 2 < contentEnd, tokens[index + 2].key == asKey { return nil }
                return cue.upperBound..<contentEnd
            }
            index += 1
        }
        return nil
    }
}
