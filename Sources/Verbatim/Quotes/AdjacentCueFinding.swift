/// Finds the cue right next to a quotation: after it (`“…,” Kerry said`,
/// `“…,” said Kerry`, `“…” — Sen. Smith`) or before it (`Kerry said: “…”`,
/// `told ARA News, “…”`, `Kerry: “…”`).
///
/// A cue before the quotation counts only when nothing but a short hearer or
/// place phrase ending in a colon or comma separates them; a longer gap
/// (`said the U.S. was “on the boundary …”`) makes the quotation part of a
/// reported clause, which `ReportedClauseFinding` turns into a mixed quotation.
enum AdjacentCueFinding {
    /// Most tokens between a closing mark and its cue (`“…,” U.S. Central Command officials said`).
    static let maximumTrailingGap = 10
    /// The same after `,”`, which nearly always precedes an attribution.
    static let maximumTrailingGapAfterComma = 24
    /// Most tokens between a cue and the opening mark in a lead-in (`told ARA News on Monday:`).
    static let maximumLeadInGap = 6
    /// Most words of a bare `Name:` lead-in (`Secretary of State John Kerry:`).
    static let maximumColonNameWords = 6

    /// - Complexity: O(*q*) in the number of quotations, each scanning a bounded window.
    static func attach(
        _ regions: inout [QuoteRegion], document: LexicalDocument, bytes: SourceBytes, cues: inout CueIndex,
        nonSpeakers: PhraseLexicon
    ) {
        let tokens = document.tokens
        for regionIndex in regions.indices {
            let region = regions[regionIndex]
            let paragraph = document.paragraphTokens[Int(document.paragraphOfToken[region.open])]
            let previousEnd = regionIndex > 0 ? regions[regionIndex - 1].end : 0
            let trailing = trailingCue(region, tokens: tokens, bytes: bytes, cues: cues, nonSpeakers: nonSpeakers, paragraphEnd: document.paragraphTokens[
                Int(document.paragraphOfToken[max(region.open, region.end - 1)])].upperBound)
            let leading = leadingCue(
                region, tokens: tokens, cues: cues, windowStart: max(paragraph.lowerBound, previousEnd))
            let endsLikeLeadIn: Bool = {
                guard let close = region.close, close > region.open + 1 else { return false }
                let last = tokens[close - 1]
                // `,”` `?”` `!”` `—”` end a quotation whose attribution follows; `.”` usually does not.
                return last.kind == .comma || last.kind == .dash
                    || (last.kind == .terminator && bytes[last.utf8Start] != 0x2E)
            }()
            if let trailing, endsLikeLeadIn || leading == nil {
                regions[regionIndex].cue = trailing
                regions[regionIndex].cueSide = .trailing
                cues.used.insert(trailing.lowerBound)
            } else if let leading {
                regions[regionIndex].cue = leading.cue
                regions[regionIndex].cueSide = leading.side
                cues.used.insert(leading.cue.lowerBound)
            }
        }
    }

    /// The cue after the closing mark, if one follows within the same clause.
    static func trailingCue(
        _ region: QuoteRegion, tokens: [LexicalToken], bytes: SourceBytes, cues: CueIndex, nonSpeakers: PhraseLexicon,
        paragraphEnd: Int
    ) -> Range<Int>? {
        guard let close = region.close else { return nil }
        var index = close + 1
        // `,”` promises an attribution: allow a long appositive (`“…,” Deborah Tamargo, the chairwoman of …, recalled`).
        let endsWithComma = close > region.open + 1 && tokens[close - 1].kind == .comma
        let limit = min(paragraphEnd, index + (endsWithComma ? maximumTrailingGapAfterComma : maximumTrailingGap))
        var words = 0
        // After `.”` a new sentence usually starts: only a bare `he said` / `said Kerry` may follow.
        let endsSentence = close > region.open + 1 && tokens[close - 1].kind == .terminator
            && bytes[tokens[close - 1].utf8Start] == 0x2E
        if index < limit, tokens[index].kind == .dash, index + 1 < paragraphEnd, tokens[index + 1].isCapitalized {
            // `“…” — Sen. Smith`: the dash is the cue.
            return index..<(index + 1)
        }
        while index < limit {
            let token = tokens[index]
            if token.isQuoteMark || token.kind == .terminator || token.kind == .colon { return nil }
            if let cue = cues[index], !cue.tags.contains("as") {
                if words == 0 && !cue.tags.contains("inverted") { return nil }
                if endsSentence {
                    // After `.”` only a short `he said.` / `said Kerry.` clause may follow; a longer
                    // sentence (`It went on to detail that …`) is new speech.
                    var after = index + cue.keys.count
                    var tail = 0
                    while after < paragraphEnd, tokens[after].kind == .word, tail <= maximumWordsAfterFullStop {
                        after += 1
                        tail += 1
                    }
                    guard after >= paragraphEnd || tokens[after].kind == .terminator || tokens[after].kind == .comma
                    else { return nil }
                }
                if cue.tags.contains("source") && words > 0 { return nil }
                return index..<(index + cue.keys.count)
            }
            // `“very charming” and called …`: a conjunction or auxiliary means the cue has another subject.
            if token.kind == .word && words == 0 && nonSpeakers.contains(token.key) { return nil }
            if token.kind == .word { words += 1 }
            if endsSentence && (words > maximumWordsAfterFullStop || token.kind == .comma) { return nil }
            index += 1
        }
        return nil
    }

    /// Most words between `.”` and its cue (`“….” Kerry said`).
    static let maximumWordsAfterFullStop = 2

    /// The cue of a lead-in before the opening mark.
    static func leadingCue(_ region: QuoteRegion, tokens: [LexicalToken], cues: CueIndex, windowStart: Int)
        -> (cue: Range<Int>, side: QuoteRegion.CueSide)?
    {
        var index = region.open - 1
        var firstOfClause = windowStart
        while index >= windowStart {
            let token = tokens[index]
            if token.kind == .terminator || token.isQuoteMark || token.kind == .dash {
                firstOfClause = index + 1
                break
            }
            if let cue = cues[index], index + cue.keys.count <= region.open, !cue.tags.contains("source"),
                !cue.tags.contains("as")
            {
                let gap = (index + cue.keys.count)..<region.open
                if gap.isEmpty { return (index..<(index + cue.keys.count), .leading) }
                let last = tokens[gap.upperBound - 1].kind
                if (last == .colon || last == .comma) && gap.count <= maximumLeadInGap {
                    return (index..<(index + cue.keys.count), .leading)
                }
                if gap.count == 1 && tokens[gap.lowerBound].key == thatKey {
                    return (index..<(index + cue.keys.count), .leading)
                }
                return nil
            }
            index -= 1
        }
        // `Kerry: “…”`: a short capitalised name right before a colon.
        let colon = region.open - 1
        if colon > firstOfClause, tokens[colon].kind == .colon {
            let name = firstOfClause..<colon
            if name.count <= maximumColonNameWords, tokens[name.lowerBound].isCapitalized,
                tokens[name].allSatisfy({ $0.kind == .word })
            {
                return (colon..<(colon + 1), .colon)
            }
            // `… doesn't surprise Republican pollster Daron Shaw: “…”`: a name right before the colon.
            if colon - 1 > firstOfClause, tokens[colon - 1].kind == .word, tokens[colon - 1].isCapitalized,
                tokens[colon - 2].kind == .word
            {
                return (colon..<(colon + 1), .colon)
            }
        }
        return nil
    }

    static let thatKey = LexicalScanner.key(of: "that")
}
