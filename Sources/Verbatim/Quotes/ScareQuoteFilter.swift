/// Drops quotation marks that do not report anyone speaking: scare quotes,
/// titles and nicknames (`the so-called “deal”`, `“Saturday Night Live”`).
///
/// Rule: a quotation with no cue of its own and not inside a reported clause
/// is dropped when it holds at most `maximumWords` words and does not end a
/// sentence or clause inside its marks (a spoken fragment ends with `.`, `,`,
/// `?` or `!` before the closing mark far more often than a title does).
/// Longer quotations without a cue are kept: they are usually speech whose
/// speaker is named in the paragraph (the attribution stage's inheritance rules).
enum ScareQuoteFilter {
    /// Word count at or under which an unattributed quotation is read as a
    /// scare quote or title; chosen on PolNeAR train (see benchmarks/polnear/README.md).
    static let maximumWords = 4

    /// - Complexity: O(*n*) in the number of quoted tokens.
    static func filter(_ regions: inout [QuoteRegion], document: LexicalDocument) {
        let tokens = document.tokens
        for index in regions.indices where regions[index].cue == nil && !regions[index].absorbed {
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
