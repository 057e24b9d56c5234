/// One rule of the attribution sieve: given a quotation (and the speakers
/// found so far), names its speaker or passes.
protocol SpeakerRule: Sendable {
    /// The name written to `speaker.rule`.
    var name: String { get }
    /// - Parameters:
    ///   - index: position of the quotation in `quotations`.
    ///   - quotations: every quotation of the document, with the speakers earlier rules found.
    /// - Returns: the speaker, or nil when the rule does not apply.
    func speaker(for index: Int, in quotations: [Quotation], context: AttributionContext) -> Speaker?
}

extension AttributionContext {
    /// Token range of a quotation's cue, when it has one.
    func cueRange(_ quotation: Quotation) -> Range<Int>? {
        Self.cueRange(quotation, in: lexical)
    }

    /// Token range of a quotation's cue in `lexical`, when it has one.
    /// - Complexity: O(*k*) in the tokens of the cue.
    static func cueRange(_ quotation: Quotation, in lexical: LexicalDocument) -> Range<Int>? {
        guard let cue = quotation.cue else { return nil }
        let tokens = lexical.tokens
        let start = lexical.tokenIndex(atOrAfter: cue.utf8Start)
        var end = start
        while end < tokens.count, tokens[end].utf8Start < cue.utf8End { end += 1 }
        return end > start ? start..<end : nil
    }

    /// The cue entry at `range` (for its tags).
    func cueEntry(_ range: Range<Int>) -> PhraseLexicon.Entry? {
        lexicons.cues.longestMatch(in: tokens, at: range.lowerBound)
    }

    static let theKey = LexicalScanner.key(of: "the")

    /// The UTF-8 bytes of the right single quotation mark `’` (U+2019), the typographic apostrophe.
    static let typographicApostrophe: [UInt8] = [0xE2, 0x80, 0x99]

    /// True when the word ends in `'s` or `’s` (`the Washington Post’s Ishaan Tharoor` names a person).
    func isPossessive(_ token: LexicalToken) -> Bool {
        let bytes = document.text.bytes
        let end = token.utf8End
        // `s` or `S` last, after an ASCII or a typographic apostrophe.
        guard end - token.utf8Start > 2, bytes[end - 1] | 0x20 == 0x73 else { return false }
        if bytes[end - 2] == 0x27 { return true }
        let apostrophe = Self.typographicApostrophe
        return end - token.utf8Start > apostrophe.count + 1
            && bytes[(end - 1 - apostrophe.count)..<(end - 1)].elementsEqual(apostrophe)
    }

    /// The text of the titles in `range` without courtesy titles (`Mr.` says nothing about a role);
    /// nil when nothing is left.
    func roleText(_ range: Range<Int>) -> String? {
        var words = range.lowerBound
        while words < range.upperBound, let title = lexicons.titles.longestMatch(in: tokens, at: words, end: range.upperBound),
            title.tags.contains("honorific")
        {
            words += title.keys.count
        }
        return words < range.upperBound ? text(words..<range.upperBound) : nil
    }

    /// A speaker built from a phrase: titles move to the role, the kind comes from the words.
    func speaker(from phrase: Phrase, rule: String, confidence: Double) -> Speaker {
        var start = phrase.mention.lowerBound
        let end = phrase.mention.upperBound
        var role = phrase.role
        var kind = SpeakerKind.unknown
        if end - start == 1, let entry = lexicons.pronouns.longestMatch(in: tokens, at: start) {
            kind = entry.tags.contains("person") ? .person : entry.tags.contains("group") ? .group : entry.tags.contains("organisation") ? .organisation : .unknown
            return Speaker(name: text(phrase.mention), mention: span(phrase.mention), role: role, kind: kind, rule: rule, confidence: confidence)
        }
        if tokens[start].isCapitalized || (end - start > 1 && tokens[start + 1].isCapitalized) {
            // Strip titles: `Secretary of State John Kerry` → role `Secretary of State`, name `John Kerry`.
            var titleEnd = start
            while titleEnd < end - 1, let title = lexicons.titles.longestMatch(in: tokens, at: titleEnd, end: end - 1) {
                titleEnd += title.keys.count
            }
            if lexicons.determiners.contains(tokens[start].key), titleEnd == start, start + 1 < end {
                start += 1
                titleEnd = start
                while titleEnd < end - 1, let title = lexicons.titles.longestMatch(in: tokens, at: titleEnd, end: end - 1) {
                    titleEnd += title.keys.count
                }
            }
            // A title inside the name (`Pentagon Secretary Peter Cook`): everything up to it is the role.
            var probe = titleEnd
            while probe < end - 1 {
                if let title = lexicons.titles.longestMatch(in: tokens, at: probe, end: end - 1) {
                    probe += title.keys.count
                    titleEnd = probe
                } else {
                    probe += 1
                }
            }
            if let title = roleText(start..<titleEnd) {
                role = role.map { "\($0) \(title)" } ?? title
            }
            // A headline's capitalised common words before the name (`Endorsed Trump`) are neither name nor role.
            let nameRange = HeadlineWordsBeforeName.nameStart(in: titleEnd..<end, context: self)..<end
            // The organisation words of a title are the employer's (`Pentagon Secretary Peter Cook` is a person).
            // A name right after a lowercase `the` and no title (`the U.S. said`, `the Pentagon said`) is not a person's.
            let mentionStart = phrase.mention.lowerBound
            let afterDeterminer = titleEnd == start && mentionStart > 0 && tokens[mentionStart - 1].kind == .word
                && !tokens[mentionStart - 1].isCapitalized && tokens[mentionStart - 1].key == Self.theKey
                && !tokens[nameRange].contains { isPossessive($0) }
            let isOrganisation = tokens[nameRange].contains { lexicons.organisationWords.contains($0.key) }
                || lexicons.determiners.contains(tokens[mentionStart].key) || afterDeterminer
            let head = phrase.head ?? (end - 1)
            let plural = lexicons.groupNouns.contains(tokens[head].key)
                || (!tokens[head].isCapitalized && endsInS(head))
            kind = plural ? .group : isOrganisation ? .organisation : .person
            return Speaker(name: text(nameRange), mention: span(phrase.mention), role: role, kind: kind, rule: rule, confidence: confidence)
        }
        let head = phrase.head ?? (end - 1)
        let plural = lexicons.groupNouns.contains(tokens[head].key) || endsInS(head)
        kind = plural ? .group : .unknown
        return Speaker(name: text(phrase.mention), mention: span(phrase.mention), role: role, kind: kind, rule: rule, confidence: confidence)
    }
}
