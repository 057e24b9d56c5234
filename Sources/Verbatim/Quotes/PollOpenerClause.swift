/// Finds the finding of a poll named at the opening of its sentence: `In an NBC News/Wall Street Journal
/// poll released Monday, 50 percent of respondents chose Clinton …`. PolNeAR annotates the noun phrase
/// after `In` as the source, `In` as the cue and the clause after the comma as the content (17 of 21 such
/// sentences in train, 2 of 2 in dev; most of the rest are findings its annotators left out). `In` is
/// the cue, so `PollSourceRule` names the poll as the speaker. A poll named later in the sentence (`Trump
/// leads in the polls`) is left alone: only about a quarter of those are annotated.
enum PollOpenerClause {
    /// Most tokens between `In` and the comma (`a CNN / ORC International Poll the same month`), a participle
    /// between commas included (`the previous Washington Post / ABC News national poll, conducted in early September`,
    /// the longest in PolNeAR train; not tuned).
    static let maximumSourceTokens = 18
    /// Fewest words after the comma: a finding says something (as `HeadlineSourceFinding.minimumContentWords`).
    static let minimumContentWords = 3
    static let inKey = LexicalScanner.key(of: "in")

    /// The poll findings of the document, one clause per sentence that opens with such a phrase.
    /// - Parameters:
    ///   - document: the scanned document.
    ///   - regions: the quotation mark regions; a quotation inside a finding is part of it (`In a … poll, 75 percent
    ///     of Republicans said “most people in politics” can't be trusted`: a mixed quotation), and is marked absorbed.
    ///   - pollNouns: nouns for polls (`poll-nouns.txt`).
    ///   - nonSpeakers: words that turn the phrase into a clause (`In a memo released as polls closed, …`).
    ///   - bytes: the document's UTF-8 bytes (to tell a participle, `conducted`, after the phrase's first comma).
    /// - Returns: the clauses, cue `In`.
    /// - Complexity: O(*s* + *r*) in the sentences and regions, and O(`maximumSourceTokens`) per sentence opening with `In`.
    static func clauses(
        document: LexicalDocument, regions: inout [QuoteRegion], pollNouns: PhraseLexicon, nonSpeakers: PhraseLexicon,
        bytes: SourceBytes
    ) -> [ReportedClauseFinding.Clause] {
        let tokens = document.tokens
        var found: [ReportedClauseFinding.Clause] = []
        let inKey = Self.inKey
        for sentence in document.sentenceTokens where sentence.count > 2 {
            let cue = sentence.lowerBound
            guard tokens[cue].kind == .word, tokens[cue].isCapitalized, tokens[cue].key == inKey,
                let comma = pollPhraseEnd(
                    after: cue, in: sentence, tokens: tokens, pollNouns: pollNouns, nonSpeakers: nonSpeakers, bytes: bytes)
            else { continue }
            var contentEnd = sentence.upperBound
            while contentEnd > comma + 1, tokens[contentEnd - 1].kind == .terminator { contentEnd -= 1 }
            let content = (comma + 1)..<contentEnd
            guard tokens[content].lazy.filter({ $0.kind == .word }).count >= minimumContentWords else { continue }
            // A quotation running on past the sentence is no part of one finding: leave the sentence to the other rules.
            let inside = regions.indices.filter {
                !regions[$0].dropped && regions[$0].open < content.upperBound && regions[$0].end > content.lowerBound
            }
            guard inside.allSatisfy({ regions[$0].open >= content.lowerBound && regions[$0].end <= content.upperBound })
            else { continue }
            for index in inside { regions[index].absorbed = true }
            found.append(
                ReportedClauseFinding.Clause(content: content, cue: cue..<(cue + 1), absorbsQuotation: !inside.isEmpty))
        }
        return found
    }

    /// The comma closing the poll's noun phrase after `In` at token `cue`, or nil when the phrase names no
    /// poll, turns into a clause before its poll noun, or runs past `maximumSourceTokens`. A participle right
    /// after a comma (`In the latest poll, conducted in May, Clinton led …`) still describes the poll: the
    /// phrase runs on to the next comma.
    static func pollPhraseEnd(
        after cue: Int, in sentence: Range<Int>, tokens: [LexicalToken], pollNouns: PhraseLexicon, nonSpeakers: PhraseLexicon,
        bytes: SourceBytes
    ) -> Int? {
        var index = cue + 1
        var namesPoll = false
        while index < sentence.upperBound, index - cue <= maximumSourceTokens {
            let token = tokens[index]
            switch token.kind {
            case .comma:
                guard namesPoll, index > cue + 1 else { return nil }
                if index + 1 < sentence.upperBound, isParticiple(tokens[index + 1], bytes: bytes) { break }
                return index
            case .word:
                if pollNouns.contains(token.key) {
                    namesPoll = true
                } else if !namesPoll, nonSpeakers.contains(token.key) {
                    return nil
                }
            case .other, .dash:
                break
            default:
                return nil
            }
            index += 1
        }
        return nil
    }

    /// True for a lowercase word ending in `ed` (`conducted`, `released`, `published`).
    static func isParticiple(_ token: LexicalToken, bytes: SourceBytes) -> Bool {
        let end = token.utf8End
        return token.kind == .word && !token.isCapitalized && end - token.utf8Start > 2 && bytes[end - 2] == 0x65
            && bytes[end - 1] == 0x64
    }
}
