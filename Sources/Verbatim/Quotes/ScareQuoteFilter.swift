/// Drops quotation marks that do not report anyone speaking: scare quotes,
/// titles and nicknames (`the so-called “deal”`, `“Saturday Night Live”`).
///
/// Rule: a quotation with no cue of its own and not inside a reported clause
/// is dropped when it holds at most `maximumWords` words and does not end a
/// sentence or clause inside its marks (a spoken fragment ends with `.`, `,`,
/// `?` or `!` before the closing mark far more often than a title does).
/// Longer quotations without a cue are kept: they are usually speech whose
/// speaker is named in the paragraph (the attribution stage's inheritance rules).
///
/// Two more rules: a title (at most `maximumTitleWords` words, every word
/// capitalised except small words such as `of` and `the`, not ending in `?`
/// or `!`) is dropped even with a cue nearby (`said on “Meet the Press.”`),
/// unless it is a single word with a cue (`“Yes,” he said`); and a short
/// quotation in a list of quotations (`words such as “attack,” “Benghazi”`)
/// without a cue is dropped.
enum ScareQuoteFilter {
    /// Word count at or under which an unattributed quotation is read as a
    /// scare quote or title; chosen on PolNeAR train (see benchmarks/polnear/README.md).
    static let maximumWords = 4
    /// Most words of a quotation read as a title when title-cased.
    static let maximumTitleWords = 6

    /// True when the quotation reads as a title: at most `maximumTitleWords` words, every word capitalised
    /// except small words, not ending in `?` or `!`; a single word only when it has no cue (`“Yes,” he said`).
    /// - Complexity: O(*n*) in the number of quoted tokens.
    static func isTitle(_ region: QuoteRegion, tokens: [LexicalToken], bytes: SourceBytes, smallWords: PhraseLexicon) -> Bool {
        let content = (region.open + 1)..<region.contentEnd
        guard !content.isEmpty, tokens[content.lowerBound].isCapitalized else { return false }
        var words = 0
        for token in tokens[content] where token.kind == .word {
            words += 1
            if words > maximumTitleWords || (!token.isCapitalized && !smallWords.contains(token.key)) { return false }
        }
        let last = tokens[content.upperBound - 1]
        let exclaims = last.kind == .terminator && bytes[last.utf8Start] != 0x2E
        return words > 0 && !exclaims && (words > 1 || region.cue == nil)
    }

    /// Drops the titles before reported clauses are found, and frees the cue a title took:
    /// in `on “Fox News Sunday,” Gov. Mike Pence said his running mate …` the cue reports Pence's clause.
    /// - Complexity: O(*n*) in the number of quoted tokens.
    static func releaseTitles(
        _ regions: inout [QuoteRegion], document: LexicalDocument, bytes: SourceBytes, smallWords: PhraseLexicon,
        cues: inout CueIndex
    ) {
        for index in regions.indices where !regions[index].dropped && !regions[index].absorbed {
            guard let cue = regions[index].cue,
                isTitle(regions[index], tokens: document.tokens, bytes: bytes, smallWords: smallWords)
            else { continue }
            regions[index].dropped = true
            regions[index].cue = nil
            regions[index].cueSide = nil
            cues.used.remove(cue.lowerBound)
        }
    }

    /// - Complexity: O(*n*) in the number of quoted tokens.
    static func filter(
        _ regions: inout [QuoteRegion], document: LexicalDocument, bytes: SourceBytes, smallWords: PhraseLexicon
    ) {
        let tokens = document.tokens
        for index in regions.indices where !regions[index].absorbed && !regions[index].dropped {
            let region = regions[index]
            let content = (region.open + 1)..<region.contentEnd
            guard !content.isEmpty else { continue }
            if isTitle(region, tokens: tokens, bytes: bytes, smallWords: smallWords) {
                regions[index].dropped = true
                continue
            }
            var words = 0
            for token in tokens[content] where token.kind == .word { words += 1 }
            if region.cue == nil && words <= maximumWords {
                let nextIsQuote = index + 1 < regions.count && regions[index + 1].open - region.end <= 2
                let previousIsQuote = index > 0 && region.open - regions[index - 1].end <= 2
                if nextIsQuote || previousIsQuote {
                    regions[index].dropped = true
                    continue
                }
            }
        }
        for index in regions.indices where regions[index].cue == nil && !regions[index].absorbed && !regions[index].dropped {
            let region = regions[index]
            let content = (region.open + 1)..<region.contentEnd
            var words = 0
            for token in tokens[content] where token.kind == .word {
                words += 1
                if words > maximumWords { break }
            }
            let last = content.isEmpty ? nil : tokens[content.upperBound - 1]
            let endsClause = last.map { $0.kind == .terminator || $0.kind == .comma } ?? false
            if words <= maximumWords && !endsClause {
                regions[index].dropped = true
            }
        }
    }
}
