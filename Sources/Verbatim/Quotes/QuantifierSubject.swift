/// `Some say …`, `Many fear …`, `One says …`, `another notes …`: a quantifier standing alone as the subject
/// of a cue verb. After a determiner a cue word is usually a noun (`the claims`, `some claims`, `another
/// claim`); after a quantifier the verb's agreement tells the two apart. A plural quantifier (`some`,
/// `many`, `both`; tag `plural` in `quantifiers.txt`) takes a verb without a final `s` (`Some say`, `Many
/// speculated`) and a plural noun with one (`some claims`); a singular one (`one`, `another`; tag
/// `singular`) takes a verb ending in `s` or `d` (`One says`, `another suggested`) and a noun without
/// (`another claim`).
enum QuantifierSubject {
    static let pluralTag = "plural"
    static let singularTag = "singular"

    /// True when the cue word `cue` right after the quantifier `quantifier` is a verb whose subject the
    /// quantifier is.
    /// - Parameters:
    ///   - cue: the cue's first token.
    ///   - quantifier: the quantifier lexicon's entry for the word before the cue (nil: none).
    ///   - bytes: the document's UTF-8 bytes (for the cue word's last letter).
    /// - Complexity: O(*t*) in the entry's tags.
    static func isVerb(_ cue: LexicalToken, after quantifier: PhraseLexicon.Entry?, bytes: SourceBytes) -> Bool {
        guard let tags = quantifier?.tags, cue.kind == .word, !cue.isCapitalized, cue.utf8End > cue.utf8Start else {
            return false
        }
        let last = bytes[cue.utf8End - 1]
        if tags.contains(pluralTag) { return last != letterS }
        if tags.contains(singularTag) { return last == letterS || last == letterD }
        return false
    }

    static let letterS: UInt8 = 0x73
    static let letterD: UInt8 = 0x64
}
