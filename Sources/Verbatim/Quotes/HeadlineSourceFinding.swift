/// Finds the headline that names its source before a colon: `Gingrich: Trump Must Decide If He Wants a
/// Two-Pirate Ticket`, `EXCLUSIVE – Roger Stone: Don’t Trust the Voting Machines`. News sites write what a
/// person said as the headline's second half; PolNeAR annotates the name as the source and the rest of the
/// headline as the content. The colon is the cue, so the leading-cue rule names the speaker.
enum HeadlineSourceFinding {
    /// Most words of the name before the colon (`Former Clinton Aide Huma Abedin`); longer runs before a
    /// colon in PolNeAR train's first paragraphs are sentences, not names.
    static let maximumNameWords = 4
    /// Fewest words after the colon: a headline says something (`Clinton: 2,316.` in a tally does not).
    static let minimumContentWords = 3

    /// The headline clause of the document's first paragraph, when it is a name, a colon and a headline.
    /// - Parameters:
    ///   - document: the scanned document.
    ///   - regions: the quotation mark regions found so far; a headline quoted in marks is theirs, not ours.
    ///   - bytes: the document's UTF-8 bytes (to tell a shouted label, `BOOM:`, from a name).
    ///   - determiners: `The Latest:` and `A World at War:` are series titles, not names.
    /// - Returns: the clause, or nil.
    /// - Complexity: O(*p* + *r*) in the first paragraph's tokens and the regions.
    static func clause(
        document: LexicalDocument, regions: [QuoteRegion], bytes: SourceBytes, determiners: PhraseLexicon
    ) -> ReportedClauseFinding.Clause? {
        guard let paragraph = document.paragraphTokens.first else { return nil }
        let tokens = document.tokens
        // The colon right after the name, within the name's reach of the paragraph's start (plus a dash-led kicker).
        var colon = paragraph.lowerBound
        while colon < paragraph.upperBound, tokens[colon].kind != .colon {
            guard colon - paragraph.lowerBound <= maximumNameWords + maximumKickerTokens else { return nil }
            colon += 1
        }
        guard colon < paragraph.upperBound else { return nil }
        var nameStart = colon
        while nameStart > paragraph.lowerBound, tokens[nameStart - 1].kind == .word, tokens[nameStart - 1].isCapitalized {
            nameStart -= 1
        }
        let name = nameStart..<colon
        // `EXCLUSIVE – Roger Stone:`: only a kicker closed by a dash may precede the name.
        guard !name.isEmpty, name.count <= maximumNameWords,
            nameStart == paragraph.lowerBound || tokens[nameStart - 1].kind == .dash,
            !determiners.contains(tokens[nameStart].key),
            !name.allSatisfy({ isShouted(tokens[$0], bytes: bytes) })
        else { return nil }
        var contentEnd = paragraph.upperBound
        if contentEnd - 1 > colon, tokens[contentEnd - 1].kind == .terminator { contentEnd -= 1 }
        let content = (colon + 1)..<contentEnd
        guard tokens[content].lazy.filter({ $0.kind == .word }).count >= minimumContentWords,
            !regions.contains(where: { !$0.dropped && !$0.absorbed && $0.open < content.upperBound && $0.end > content.lowerBound })
        else { return nil }
        return ReportedClauseFinding.Clause(content: content, cue: colon..<(colon + 1), absorbsQuotation: false)
    }

    /// Most tokens of a kicker before the name (`EXCLUSIVE –`, `WATCH LIVE –`).
    static let maximumKickerTokens = 3

    /// True for a word in capitals throughout its first two letters (`BOOM`, `BUSTED`): a label shouting for
    /// attention, not a name.
    static func isShouted(_ token: LexicalToken, bytes: SourceBytes) -> Bool {
        guard token.utf8End - token.utf8Start >= 2 else { return false }
        let second = bytes[token.utf8Start + 1]
        return second >= 0x41 && second <= 0x5A
    }
}
