extension AttributionContext {
    /// The subject after an adverbial opener written without a comma: `On September 27 they published …`,
    /// `When Trump finally wrapped …`, `While Will acknowledges …`. A sentence's first word that is a
    /// preposition or subordinator names nobody: the first subject pronoun before the cue is the subject,
    /// else a name right after the opener (`When Trump`).
    /// - Parameters:
    ///   - start: the sentence's first token after any comma-closed opener.
    ///   - index: the cue's first token.
    /// - Returns: the token the subject starts at, or nil when `start` opens no adverbial or nothing after it
    ///   can be the subject (a heading in capitals, `HOW CHINA’S DECLINE …`, is no adverbial).
    /// - Complexity: O(*k*) in the tokens between `start` and `index`.
    func subjectStartAfterAdverbialOpener(from start: Int, before index: Int) -> Int? {
        let opener = tokens[start]
        guard opener.kind == .word, opener.isCapitalized, !isShouted(opener),
            lexicons.phraseStops.contains(opener.key)
                || (lexicons.nonSpeakers.contains(opener.key)
                    && lexicons.nonSpeakers.longestMatch(in: tokens, at: start)?.tags.contains("coordination") != true)
        else { return nil }
        var probe = start + 1
        while probe < index {
            if isPronoun(probe), lexicons.pronouns.longestMatch(in: tokens, at: probe)?.tags.contains("unknown") != true {
                return probe
            }
            probe += 1
        }
        let next = start + 1
        guard next < index, tokens[next].kind == .word, tokens[next].isCapitalized,
            !lexicons.phraseStops.contains(tokens[next].key), !lexicons.nonSpeakers.contains(tokens[next].key)
        else { return nil }
        return next
    }

    /// True for a word in capitals through its second letter (`HOW`, `IN`): a heading, not a sentence opener.
    func isShouted(_ token: LexicalToken) -> Bool {
        guard token.utf8End - token.utf8Start >= 2 else { return false }
        let second = document.text.bytes[token.utf8Start + 1]
        return second >= 0x41 && second <= 0x5A
    }
}
