/// Joins split quotations, `“X,” he said, “Y.”` and `“X,” he said. “Y.”`, into
/// one region running from X through Y, as news attribution corpora annotate
/// them (one attribution with a discontinuous content).
///
/// Also joins quotations that stand side by side in a paragraph when the
/// second has no cue of its own and the first has one or both are longer
/// than a scare quote (`Kerry said: “X.” “Y.”`, `“Is it time?” “Have you …?”`).
///
/// Rule: the first part has a trailing cue; the cue's clause (cue, speaker,
/// short adverbials) ends in a comma, colon or period; the second part opens
/// right after that punctuation, in the same paragraph, and has no cue of its
/// own: neither a trailing one nor a second cue in the clause (`“X,” Trump
/// said, adding later, “Y.”` is two reports).
enum SplitQuoteMerging {
    /// Most tokens in the attribution clause between the two parts.
    static let maximumClauseTokens = 12

    static func wordCount(_ region: QuoteRegion, _ tokens: [LexicalToken]) -> Int {
        tokens[(region.open + 1)..<region.contentEnd].lazy.filter { $0.kind == .word }.count
    }

    /// - Complexity: O(*q*) in the number of quotations.
    static func merge(_ regions: inout [QuoteRegion], document: LexicalDocument, cues: CueIndex) {
        let tokens = document.tokens
        var index = 0
        while index < regions.count {
            // Quotations side by side (`“X!” “Y.”`, `Kerry said: “X.” “Y.”`): the second continues the first.
            if let close = regions[index].close, index + 1 < regions.count, regions[index + 1].open == close + 1,
                regions[index + 1].cue == nil,
                regions[index].cue != nil
                    || (wordCount(regions[index], tokens) > ScareQuoteFilter.maximumWords
                        && wordCount(regions[index + 1], tokens) > ScareQuoteFilter.maximumWords),
                document.paragraphOfToken[close] == document.paragraphOfToken[regions[index + 1].open]
            {
                regions[index].close = regions[index + 1].close
                regions[index].contentEnd = regions[index + 1].contentEnd
                regions.remove(at: index + 1)
                continue
            }
            guard regions[index].cueSide == .trailing, let cue = regions[index].cue else {
                index += 1
                continue
            }
            var next = index + 1
            while next < regions.count, regions[next].dropped { next += 1 }
            guard next < regions.count, let firstClose = regions[index].close else {
                index += 1
                continue
            }
            let second = regions[next]
            let sameParagraph = document.paragraphOfToken[firstClose] == document.paragraphOfToken[second.open]
            guard second.open > firstClose else {
                index += 1
                continue
            }
            let clause = (firstClose + 1)..<second.open
            let separator = second.open - 1
            let separated = separator >= cue.upperBound
                && (tokens[separator].kind == .comma || tokens[separator].kind == .colon
                    || tokens[separator].kind == .terminator)
            // After `,”` the clause may hold a long appositive (`said Steve Duprey, a member from New Hampshire.`).
            let firstEndsWithComma = firstClose > regions[index].open + 1 && tokens[firstClose - 1].kind == .comma
            let clauseLimit = firstEndsWithComma ? AdjacentCueFinding.maximumTrailingGapAfterComma : maximumClauseTokens
            let clauseIsShort = separated && clause.count <= clauseLimit
                && !tokens[cue.upperBound..<separator].contains { $0.kind == .terminator || $0.isQuoteMark }
            // `“X,” Trump said, adding later, “Y.”`: a second cue in the clause introduces Y as its own report.
            let secondHasOwnCue = second.cueSide == .trailing
                || clause.contains { $0 >= cue.upperBound && cues[$0] != nil }
            if sameParagraph && separated && clauseIsShort && !secondHasOwnCue {
                regions[index].close = second.close
                regions[index].contentEnd = second.contentEnd
                regions[next].dropped = true
                continue  // the merged region may be split again: “X,” he said, “Y,” …
            }
            index += 1
        }
    }
}
