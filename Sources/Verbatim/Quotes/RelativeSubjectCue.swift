/// A cue inside a relative clause set off by commas after its subject (`Trump, who has told aides he sees
/// the issues as interconnected, said …`, `Clinton, who called Sanders shortly after the winner was
/// declared, told her supporters …`): the relative clause closes at the comma before the main clause's
/// cue, so the cue's content ends there; what follows is the main clause's report.
enum RelativeSubjectCue {
    /// Most words between `who` and the cue (`who has long told`, `who had repeatedly said`); not tuned.
    static let maximumWordsBeforeCue = 2
    static let whoKey = LexicalScanner.key(of: "who")

    /// True when the cue at token `cue` follows `, who` within `maximumWordsBeforeCue` words.
    /// - Complexity: O(`maximumWordsBeforeCue`).
    static func opensRelativeClause(cue: Int, tokens: [LexicalToken]) -> Bool {
        var index = cue - 1
        let who = whoKey
        while index >= 1, cue - index <= maximumWordsBeforeCue + 1, tokens[index].kind == .word {
            if tokens[index].key == who { return tokens[index - 1].kind == .comma }
            index -= 1
        }
        return false
    }
}
