/// Joins a quotation that opens a sentence with no cue of its own to the
/// cued quotation before it in the same paragraph: `“X,” Obama said after the
/// meeting. He did not suggest retaliation. “Y.”` is one record from X
/// through Y, the way news attribution corpora annotate a speaker's quotations
/// that a paragraph strings together (one attribution, discontinuous content).
/// The same holds for a quotation that opens the next paragraph
/// (`“X,” Trump said.` ¶ `“Y.”`), and for quoted fragments strung through one
/// sentence (`PolitiFact claimed “Trump exaggerates” the level … through a
/// “misleading use of statistics”`).
///
/// Rule: the quotation has no cue and was not dropped or absorbed; the
/// nearest kept quotation before it is not part of a reported clause and
/// either stands in the same sentence, or has a cue and stands earlier in the
/// same paragraph (the quotation then opens a sentence) or in the paragraph
/// before (the quotation then opens its paragraph). The merged record keeps
/// the first quotation's cue (and so its speaker).
/// Measured on PolNeAR (benchmarks/polnear/README.md): these quotations were
/// mostly the second half of one gold attribution, so two records cost a
/// false positive.
enum UncuedContinuationMerging {
    /// - Complexity: O(*q*) in the number of quotations.
    static func merge(_ regions: inout [QuoteRegion], document: LexicalDocument) {
        var previous: Int?
        for index in regions.indices where !regions[index].dropped {
            let region = regions[index]
            if !region.absorbed, region.cue == nil, let first = previous, !regions[first].absorbed,
                regions[first].end <= region.open, continues(region, after: regions[first], in: document)
            {
                regions[first].close = region.close
                regions[first].contentEnd = region.contentEnd
                regions[index].dropped = true
                continue  // the next quotation may continue the same record
            }
            previous = index
        }
    }

    /// True when `region` stands in the sentence of `first` (`Trump told supporters to “go vote” and then
    /// “go pick some other place”`), or, when `first` has a cue, opens a later sentence of its paragraph or
    /// opens the paragraph right after it.
    private static func continues(_ region: QuoteRegion, after first: QuoteRegion, in document: LexicalDocument) -> Bool {
        let sentence = document.sentenceOfToken[region.open]
        if sentence >= 0 && sentence == document.sentenceOfToken[first.open] { return true }
        guard first.cue != nil else { return false }
        let paragraph = Int(document.paragraphOfToken[region.open])
        let firstParagraph = Int(document.paragraphOfToken[first.open])
        if paragraph == firstParagraph { return document.sentenceRange(of: region.open).lowerBound == region.open }
        return paragraph == firstParagraph + 1 && document.paragraphTokens[paragraph].lowerBound == region.open
    }
}
