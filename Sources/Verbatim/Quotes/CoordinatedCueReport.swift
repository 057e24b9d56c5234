/// A second predicate with a cue of its own, joined to a reported clause by a coordinating conjunction
/// (`Trump called on her to resign and said, “Her mind is shot!”`, `claims that Univision “takes its marching
/// orders” from Mexico, and asserts that …`, `… but did not suggest it would be Trump`): the annotators give the
/// second cue an attribution of its own and end the first one before the conjunction, so the reported clause
/// ends there and the second cue reports on its own (its speaker is the sentence's subject, as for any cue after
/// a coordination word).
enum CoordinatedCueReport {
    /// True when token `index` is a lowercase coordinating conjunction (tag `coordination` in `nonSpeakers`:
    /// `and`, `but`, …) and a cue starts right after it, before token `end`.
    /// - Complexity: O(1) where no cue follows (a bit test), else O(log *c*) in the number of cues.
    static func opens(
        at index: Int, before end: Int, tokens: [LexicalToken], cues: CueIndex, nonSpeakers: PhraseLexicon
    ) -> Bool {
        // The cue test first: it is a bit test, and almost every token fails it.
        guard index + 1 < end, cues[index + 1] != nil, tokens[index].kind == .word, !tokens[index].isCapitalized,
            let word = nonSpeakers.longestMatch(in: tokens, at: index), word.keys.count == 1
        else { return false }
        return word.tags.contains("coordination")
    }
}
