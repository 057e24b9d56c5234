/// A cue in the passive voice (`Mr. Quiros was accused of …`, `He has been harshly criticized for …`): its
/// subject is what was said about, not who said it. Only an agent after `by` speaks (`PassiveAgentRule`);
/// with none the speaker stays null.
enum PassiveCue {
    static let beTag = "be"

    /// True when the cue at `cue` is a word ending in `ed` after a form of `be` (tag `be` in
    /// `auxiliaries.txt`), with cue adverbs between them allowed (`was widely condemned`).
    /// - Complexity: O(*a*) in the adverbs before the cue.
    static func isPassive(_ cue: Range<Int>, context: AttributionContext) -> Bool {
        let tokens = context.tokens
        let word = tokens[cue.lowerBound]
        let bytes = context.document.text.bytes
        guard word.kind == .word, word.utf8End - word.utf8Start > 2, bytes[word.utf8End - 1] == letterD,
            bytes[word.utf8End - 2] == letterE
        else { return false }
        var before = cue.lowerBound - 1
        while before > 0, tokens[before].kind == .word, !tokens[before].isCapitalized,
            context.lexicons.adverbs.contains(tokens[before].key) || context.isMannerAdverb(before, notBefore: 0),
            !context.lexicons.auxiliaries.contains(tokens[before].key)
        {
            before -= 1
        }
        guard before >= 0, tokens[before].kind == .word else { return false }
        return context.lexicons.auxiliaries.longestMatch(in: tokens, at: before)?.tags.contains(beTag) == true
    }

    static let letterD: UInt8 = 0x64
    static let letterE: UInt8 = 0x65
}
