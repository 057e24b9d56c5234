/// A relative clause with a speaker and a cue of its own (`…, which he called “a cartel for higher
/// education.”`, `…, whom he described as “peaceful,”`, `…, which I said was not a prison sentence`):
/// annotators attribute it to its own speaker, so the reported clause it follows ends at its comma.
enum RelativeClauseReport {
    /// Most words between the relative pronoun and the cue (`which Donald J. Trump called`); not tuned.
    static let maximumSpeakerWords = 3
    static let whichKey = LexicalScanner.key(of: "which")
    static let whoKey = LexicalScanner.key(of: "who")
    static let whomKey = LexicalScanner.key(of: "whom")

    /// True when a relative pronoun at token `index`, then one to `maximumSpeakerWords` words, then a cue open a
    /// report of its own before token `end`. A word that cannot be a speaker (`is`, `was`, `not`; `nonSpeakers`)
    /// makes it a clause about something (`which is widely supported by Republicans`).
    /// - Complexity: O(`maximumSpeakerWords`).
    static func opens(
        at index: Int, before end: Int, tokens: [LexicalToken], cues: CueIndex, nonSpeakers: PhraseLexicon
    ) -> Bool {
        guard index + 2 < end, tokens[index].kind == .word, !tokens[index].isCapitalized else { return false }
        let key = tokens[index].key
        guard key == whichKey || key == whoKey || key == whomKey else { return false }
        var cue = index + 1
        while cue < end, cue - index <= maximumSpeakerWords, tokens[cue].kind == .word {
            if cue > index + 1, cues[cue] != nil { return true }
            if nonSpeakers.contains(tokens[cue].key) { return false }
            cue += 1
        }
        return false
    }
}
