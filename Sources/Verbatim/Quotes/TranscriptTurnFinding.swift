/// Finds the turns of a transcript: paragraphs that open with a speaker's name in capitals and a colon
/// (`PENCE: Well, look, …`, `"WALLACE: But, Governor Pence, …`). Each turn is that speaker's quotation, from
/// the colon to the paragraph's end, as PolNeAR annotates transcripts; the colon is the cue, so the leading-cue
/// rule names the speaker. A quotation mark opening the paragraph (transcripts quoted whole) belongs to the
/// turn, not to a quotation running on through the next turns.
///
/// A label is a speaker only when the document uses it for more than one turn, or another label ends with its
/// last word (`KATE BOULDUAN:` then `BOULDUAN:`): a newsletter's one-off section labels (`UPDATE:`, `VIDEO:`)
/// are no speakers.
enum TranscriptTurnFinding {
    /// Most words of a speaker label (`JOEL BENENSON`, `SEN. TIM KAINE`).
    static let maximumLabelWords = 4
    /// Fewest words a turn must say.
    static let minimumTurnWords = 2

    /// A candidate turn: its paragraph, label and content token ranges.
    struct Turn {
        var label: Range<Int>
        var content: Range<Int>
    }

    /// The transcript turns of the document as reported clauses; the quotation regions that open inside a turn
    /// are absorbed into it.
    /// - Parameters:
    ///   - document: the scanned document.
    ///   - regions: the quotation mark regions; those opening inside a turn become part of it.
    ///   - bytes: the document's UTF-8 bytes (to tell labels in capitals).
    /// - Returns: one clause per turn, its cue the colon.
    /// - Complexity: O(*p* + *r*) in the paragraphs and regions, plus the labels' words.
    static func clauses(document: LexicalDocument, regions: inout [QuoteRegion], bytes: SourceBytes)
        -> [ReportedClauseFinding.Clause]
    {
        let tokens = document.tokens
        var turns: [Turn] = []
        for paragraph in document.paragraphTokens where paragraph.count > 2 {
            var start = paragraph.lowerBound
            if tokens[start].isQuoteMark { start += 1 }
            var colon = start
            while colon < paragraph.upperBound, colon - start < maximumLabelWords, tokens[colon].kind == .word,
                isInCapitals(tokens[colon], bytes: bytes)
            {
                colon += 1
            }
            guard colon > start, colon < paragraph.upperBound, tokens[colon].kind == .colon,
                tokens[start..<colon].reduce(0, { $0 + $1.utf8End - $1.utf8Start }) > 1
            else { continue }
            var end = paragraph.upperBound
            // The mark closing a transcript quoted whole is no part of the turn: the same mark as the one opening
            // the paragraph (`"`), or the closing curly one after `“`.
            if start > paragraph.lowerBound, end - 1 > colon, tokens[end - 1].isQuoteMark,
                closes(tokens[end - 1], opening: tokens[paragraph.lowerBound], bytes: bytes)
            {
                end -= 1
            }
            let content = (colon + 1)..<end
            guard tokens[content].lazy.filter({ $0.kind == .word }).count >= minimumTurnWords else { continue }
            turns.append(Turn(label: start..<colon, content: content))
        }
        guard turns.count > 1 else { return [] }
        var counts: [[UInt64]: Int] = [:]
        for turn in turns { counts[tokens[turn.label].map(\.key), default: 0] += 1 }
        let lastWords = Dictionary(grouping: counts.keys, by: { $0.last ?? 0 })
        let speakers = turns.filter { turn in
            let label = tokens[turn.label].map(\.key)
            return counts[label, default: 0] > 1 || (lastWords[label.last ?? 0]?.count ?? 0) > 1
        }
        guard !speakers.isEmpty else { return [] }
        var clauses: [ReportedClauseFinding.Clause] = []
        var regionIndex = 0
        let byOpen = regions.indices.sorted { regions[$0].open < regions[$1].open }
        for turn in speakers {
            // The paragraph's own opening mark and every quotation opening inside the turn are part of it.
            let first = turn.label.lowerBound - (turn.label.lowerBound > 0 && tokens[turn.label.lowerBound - 1].isQuoteMark ? 1 : 0)
            while regionIndex < byOpen.count, regions[byOpen[regionIndex]].open < first {
                // A quotation running on from an earlier paragraph into the turn ends before it.
                let index = byOpen[regionIndex]
                if !regions[index].dropped, !regions[index].absorbed, regions[index].end > first,
                    regions[index].open + 1 < first
                {
                    regions[index].close = nil
                    regions[index].contentEnd = first
                }
                regionIndex += 1
            }
            while regionIndex < byOpen.count, regions[byOpen[regionIndex]].open < turn.content.upperBound {
                let index = byOpen[regionIndex]
                regionIndex += 1
                if !regions[index].dropped { regions[index].absorbed = true }
            }
            // Double quotation marks inside the turn make it mixed, titles among them (`an episode of “Shark Tank.”`).
            let absorbs = tokens[turn.content].contains {
                $0.isQuoteMark && HeadlineSaysFinding.isDoubleMark($0, bytes: bytes)
            }
            clauses.append(
                ReportedClauseFinding.Clause(
                    content: turn.content, cue: turn.label.upperBound..<(turn.label.upperBound + 1),
                    absorbsQuotation: absorbs))
        }
        return clauses
    }

    /// True when `mark` closes a quotation that `opening` opened: the same straight mark, or `”` after `“`.
    static func closes(_ mark: LexicalToken, opening: LexicalToken, bytes: SourceBytes) -> Bool {
        let first = bytes[opening.utf8Start]
        if first == 0x22 { return bytes[mark.utf8Start] == 0x22 }
        return opening.utf8End - opening.utf8Start == 3 && mark.utf8End - mark.utf8Start == 3
            && bytes[mark.utf8Start] == first && bytes[mark.utf8Start + 2] == bytes[opening.utf8Start + 2] &+ 1
    }

    /// True for a word with no lowercase ASCII letter and at least one capital (`PENCE`, `SEN.`).
    static func isInCapitals(_ token: LexicalToken, bytes: SourceBytes) -> Bool {
        var capitals = false
        for index in token.utf8Start..<token.utf8End {
            let byte = bytes[index]
            if byte >= 0x61 && byte <= 0x7A { return false }
            if byte >= 0x41 && byte <= 0x5A { capitals = true }
        }
        return capitals
    }
}
