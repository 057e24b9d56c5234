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
/// said, adding later, “Y.”` is two reports). Not after a first part ending in a
/// full stop when the clause ends in a comma or colon (`“X.” She adds, “Y.”`:
/// the clause is a new sentence leading into Y).
enum SplitQuoteMerging {
    /// Most tokens in the attribution clause between the two parts.
    static let maximumClauseTokens = 12

    static func wordCount(_ region: QuoteRegion, _ tokens: [LexicalToken]) -> Int {
        tokens[(region.open + 1)..<region.contentEnd].lazy.filter { $0.kind == .word }.count
    }

    /// - Complexity: O(*q*) in the number of quotations.
    static func merge(_ regions: inout [QuoteRegion], document: LexicalDocument, cues: CueIndex) {
        let tokens = document.tokens
        // The regions still in the list, linked in order: a region joined into the one before it
        // is unlinked in O(1) and the list compacted once at the end (removing each from the
        // array moved every region after it: quadratic on a 200 MB document).
        var following = Array(1...max(1, regions.count))
        var removedAny = false
        var index = 0
        while index < regions.count {
            let after = following[index]
            // Quotations side by side (`“X!” “Y.”`, `Kerry said: “X.” “Y.”`): the second continues the first.
            if let close = regions[index].close, after < regions.count, regions[after].open == close + 1,
                regions[after].cue == nil,
                regions[index].cue != nil
                    || (wordCount(regions[index], tokens) > ScareQuoteFilter.maximumWords
                        && wordCount(regions[after], tokens) > ScareQuoteFilter.maximumWords),
                document.paragraphOfToken[close] == document.paragraphOfToken[regions[after].open]
            {
                regions[index].close = regions[after].close
                regions[index].contentEnd = regions[after].contentEnd
                following[index] = following[after]
                removedAny = true
                continue
            }
            guard regions[index].cueSide == .trailing, let cue = regions[index].cue else {
                index = after
                continue
            }
            var next = after
            while next < regions.count, regions[next].dropped { next = following[next] }
            guard next < regions.count, let firstClose = regions[index].close else {
                index = after
                continue
            }
            let second = regions[next]
            let sameParagraph = document.paragraphOfToken[firstClose] == document.paragraphOfToken[second.open]
            guard second.open > firstClose else {
                index = after
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
            // `“X.” She adds, “Y.”`: after a full stop, a cue clause ending in a comma or colon opens a new sentence
            // that leads into Y, a report of its own.
            let firstEndsSentence = firstClose > regions[index].open + 1 && tokens[firstClose - 1].kind == .terminator
            let leadsIntoSecond = tokens[separator].kind == .comma || tokens[separator].kind == .colon
            if sameParagraph && separated && clauseIsShort && !secondHasOwnCue && !(firstEndsSentence && leadsIntoSecond) {
                regions[index].close = second.close
                regions[index].contentEnd = second.contentEnd
                regions[next].dropped = true
                continue  // the merged region may be split again: “X,” he said, “Y,” …
            }
            index = after
        }
        guard removedAny else { return }
        // The first region is never unlinked (only the one after a region is), so the chain starts at 0.
        var kept = 0
        var position = 0
        while position < regions.count {
            regions[kept] = regions[position]
            kept += 1
            position = following[position]
        }
        regions.removeSubrange(kept...)
    }
}
