/// The subject of a cue coordinated with an earlier predicate when that predicate's subject is a personal
/// pronoun later in the sentence than its first phrase: `Eight years ago, he supported Barack Obama over
/// Clinton and said, “…”`, `When asked whether …, he laughed and said, “…”`, `Retired Army Col. Lawrence
/// Wilkerson started Maher’s rant when he brought up the Oklahoma City bombing and later said, “…”`. The
/// sentence's first phrase is an adverbial or another clause's subject there; PolNeAR marks the pronoun.
extension AttributionContext {
    static let thatKey = LexicalScanner.key(of: "that")

    /// The nearest personal pronoun (tagged `person` or `group` in `speaker-pronouns.txt`; `it` and `who`
    /// are left to the sentence subject) before the conjunction at `conjunction` in its sentence that opens
    /// a predicate: a lowercase word follows it, and it does not open a reported clause (no cue word or
    /// `that` right before it: `Trump told them he would … and said` keeps the sentence's subject).
    /// - Parameter conjunction: the index of the coordinating word before the cue.
    /// - Returns: the pronoun as a one-token phrase, or nil when the sentence has none before the conjunction.
    /// - Complexity: O(*n*) in the sentence's tokens before the conjunction.
    func coordinatedPronounSubject(before conjunction: Int) -> Phrase? {
        let sentence = lexical.sentenceRange(of: conjunction)
        var index = conjunction - 1
        while index > sentence.lowerBound {
            let token = tokens[index]
            if token.kind == .terminator || token.kind == .colon || token.isQuoteMark { return nil }
            if token.kind == .word, let entry = lexicons.pronouns.longestMatch(in: tokens, at: index), entry.keys.count == 1,
                entry.tags.contains("person") || entry.tags.contains("group")
            {
                let next = tokens[index + 1]
                let previous = tokens[index - 1]
                guard next.kind == .word, !next.isCapitalized else { return nil }
                if previous.kind == .word && (previous.key == Self.thatKey || lexicons.cues.startsSomeEntry(previous.key)) {
                    return nil
                }
                return Phrase(mention: index..<(index + 1), role: nil)
            }
            index -= 1
        }
        return nil
    }
}
