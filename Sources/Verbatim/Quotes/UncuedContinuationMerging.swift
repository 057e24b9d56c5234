/// Joins a quotation that opens a sentence with no cue of its own to the
/// cued quotation before it in the same paragraph: `“X,” Obama said after the
/// meeting. He did not suggest retaliation. “Y.”` is one record from X
/// through Y, the way news attribution corpora annotate a speaker's quotations
/// that a paragraph strings together (one attribution, discontinuous content).
/// The same holds for a quotation that opens the next paragraph
/// (`“X,” Trump said.` ¶ `“Y.”`).
///
/// Rule: the quotation has no cue, was not dropped or absorbed, and its
/// opening mark starts a sentence; the nearest kept quotation before it, in
/// the same paragraph or (when the quotation opens its paragraph) in the
/// paragraph before, has a cue and is not part of a reported clause. The
/// merged record keeps the first quotation's cue (and so its speaker).
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
                regions[first].cue != nil, regions[first].end <= region.open,
                continues(region, after: regions[first], in: document)
            {
                regions[first].close = region.close
                regions[first].contentEnd = region.contentEnd
                regions[index].dropped = true
                continue  // the next quotation may continue the same record
            }
            previous = index
        }
    }

    /// True when `region` opens a sentence of the paragraph of `first`, or opens the paragraph right after it.
    private static func continues(_ region: QuoteRegion, after first: QuoteRegion, in document: LexicalDocument) -> Bool {
        let paragraph = Int(document.paragraphOfToken[region.open])
        let firstParagraph = Int(document.paragraphOfToken[first.open])
        if paragraph == firstParagraph { return document.sentenceRange(of: region.open).lowerBound == region.open }
        return paragraph == firstParagraph + 1 && document.paragraphTokens[paragraph].lowerBound == region.open
    }
}
