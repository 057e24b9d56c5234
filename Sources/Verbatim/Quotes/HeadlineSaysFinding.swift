/// Finds a title-cased headline built on a cue verb: `Trump Says He’s Unlikely To Have A Good Relationship With
/// David Cameron` or `Trump ‘The Dealmaker’ Could Address Clean Energy, Lindsey Graham Says`. Inside running text a
/// capitalised cue word is a name (`CueIndex` skips it), but a headline capitalises every word; PolNeAR annotates
/// the name as the source and the rest of the headline as the content. The cue word is the cue, so the
/// leading-cue rule names the speaker.
enum HeadlineSaysFinding {
    /// Most words of the name before the cue (`Former White House Doctor`); the same reach as a headline's
    /// name before a colon (`HeadlineSourceFinding.maximumNameWords`).
    static let maximumNameWords = HeadlineSourceFinding.maximumNameWords
    /// Fewest words of the content: a headline says something.
    static let minimumContentWords = HeadlineSourceFinding.minimumContentWords

    /// The headline clause of the document's first paragraph, when it is a name, a capitalised cue word that
    /// takes a bare clause (tag `bare` in `cue-verbs.txt`: `Says`, `Warns`) and a headline, or a headline, a
    /// comma, a name and the cue word.
    /// - Parameters:
    ///   - document: the scanned document.
    ///   - regions: the quotation mark regions; those inside the headline become part of it.
    ///   - bytes: the document's UTF-8 bytes (to tell double quotation marks from single ones).
    ///   - cues: `cue-verbs.txt`.
    ///   - determiners: `The Latest Says …` is no name.
    ///   - clauses: the reported clauses found so far; a headline one of them overlaps is theirs.
    /// - Returns: the clause, or nil.
    /// - Complexity: O(*p* + *r*) in the first paragraph's tokens and the regions.
    static func clause(
        document: LexicalDocument, regions: inout [QuoteRegion], bytes: SourceBytes, cues: PhraseLexicon,
        determiners: PhraseLexicon, clauses: [ReportedClauseFinding.Clause]
    ) -> ReportedClauseFinding.Clause? {
        guard let paragraph = document.paragraphTokens.first, !paragraph.isEmpty else { return nil }
        let tokens = document.tokens
        var contentEnd = paragraph.upperBound
        if contentEnd - 1 > paragraph.lowerBound, tokens[contentEnd - 1].kind == .terminator { contentEnd -= 1 }
        var content: Range<Int>?
        var cue: Range<Int>?
        // `Trump Says …`: the name opens the headline (after a kicker closed by a dash at most).
        var index = paragraph.lowerBound
        while index < contentEnd, tokens[index].kind == .word, tokens[index].isCapitalized,
            index - paragraph.lowerBound <= maximumNameWords
        {
            if index > paragraph.lowerBound, isHeadlineCue(index, tokens: tokens, cues: cues),
                !determiners.contains(tokens[paragraph.lowerBound].key)
            {
                content = (index + 1)..<contentEnd
                cue = index..<(index + 1)
                break
            }
            index += 1
        }
        // `…, Lindsey Graham Says.`: the name and the cue close the headline.
        if content == nil, contentEnd - 1 > paragraph.lowerBound, isHeadlineCue(contentEnd - 1, tokens: tokens, cues: cues) {
            var nameStart = contentEnd - 1
            while nameStart > paragraph.lowerBound, tokens[nameStart - 1].kind == .word, tokens[nameStart - 1].isCapitalized,
                contentEnd - 1 - nameStart < maximumNameWords
            {
                nameStart -= 1
            }
            if nameStart < contentEnd - 1, nameStart - 1 > paragraph.lowerBound, tokens[nameStart - 1].kind == .comma,
                !determiners.contains(tokens[nameStart].key)
            {
                content = paragraph.lowerBound..<(nameStart - 1)
                cue = (contentEnd - 1)..<contentEnd
            }
        }
        guard let content, let cue, tokens[content].lazy.filter({ $0.kind == .word }).count >= minimumContentWords,
            !clauses.contains(where: { $0.content.overlaps(content) })
        else { return nil }
        // Quotation marks inside the headline are part of it; double ones make it a mixed quotation.
        let inside = regions.indices.filter {
            !regions[$0].dropped && !regions[$0].absorbed && regions[$0].open < content.upperBound
                && regions[$0].end > content.lowerBound
        }
        // A quotation reaching out of the headline is someone else's words.
        guard inside.allSatisfy({ regions[$0].open >= content.lowerBound && regions[$0].end <= content.upperBound + 1 })
        else { return nil }
        var absorbsQuotation = false
        for index in inside {
            regions[index].absorbed = true
            if isDoubleMark(tokens[regions[index].open], bytes: bytes) { absorbsQuotation = true }
        }
        return ReportedClauseFinding.Clause(content: content, cue: cue, absorbsQuotation: absorbsQuotation)
    }

    /// True when token `index` is a capitalised one-word cue that takes a bare clause (`Says`, `Warns`), not a
    /// hearer (`Tells`) and not a participle (`Saying`).
    static func isHeadlineCue(_ index: Int, tokens: [LexicalToken], cues: PhraseLexicon) -> Bool {
        guard tokens[index].kind == .word, tokens[index].isCapitalized,
            let entry = cues.longestMatch(in: tokens, at: index, end: index + 1)
        else { return false }
        return entry.tags.contains("bare") && !entry.tags.contains("object") && !entry.tags.contains("participle")
    }

    /// True for `"`, `“` and `”`: the marks of the quotations PolNeAR counts as direct.
    static func isDoubleMark(_ token: LexicalToken, bytes: SourceBytes) -> Bool {
        let first = bytes[token.utf8Start]
        if first == 0x22 { return true }
        return first == 0xE2 && token.utf8End - token.utf8Start == 3 && bytes[token.utf8Start + 1] == 0x80
            && (bytes[token.utf8Start + 2] == 0x9C || bytes[token.utf8Start + 2] == 0x9D)
    }
}
