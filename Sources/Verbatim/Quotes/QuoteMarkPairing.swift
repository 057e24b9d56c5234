/// Pairs opening and closing quotation marks into regions.
///
/// Rules: `“ « ``` open and `” »` close; `"` and `''` open when no quotation
/// is open and close otherwise. An opening mark while a quotation is open in
/// the same paragraph ends the open one just before it (a lost closing mark),
/// unless it is attached to the word before it and followed by a space: then
/// it is a closing mark typed the wrong way round (`unusual,“ said`).
/// A closing mark with nothing open is ignored, unless it opens its paragraph
/// (`ParagraphOpeningClosingMark`). A straight quote right after
/// `=` opens an attribute value in markup (`author="@x"`), not a quotation. A paragraph that ends inside
/// a quotation continues into the next paragraph when that paragraph starts
/// with a quotation mark (the newswire convention for multi-paragraph
/// quotes); otherwise the quotation ends with its paragraph, so an unbalanced
/// mark never swallows the rest of the document.
enum QuoteMarkPairing {
    /// - Parameter bytes: the document's UTF-8 (to tell markup's `="…"` from a quotation mark).
    /// - Complexity: O(*n*) in the number of tokens.
    static func regions(in document: LexicalDocument, bytes: SourceBytes) -> [QuoteRegion] {
        let tokens = document.tokens
        var regions: [QuoteRegion] = []
        var open: Int?
        let paragraphs = document.paragraphTokens
        for (paragraphIndex, paragraph) in paragraphs.enumerated() {
            var index = paragraph.lowerBound
            // A continuing quotation: the paragraph's first mark reopens it.
            if open != nil, index < paragraph.upperBound, tokens[index].isQuoteMark {
                index += 1
            }
            while index < paragraph.upperBound {
                let kind = tokens[index].kind
                switch kind {
                case .openingQuote:
                    if let start = open {
                        // An opening mark typed for a closing one (`unusual,“ said`): attached to the word
                        // before it and followed by a space, it closes.
                        if followsWord(index, in: document, paragraph: paragraph)
                            && !startsWord(after: index, in: document, paragraph: paragraph)
                        {
                            regions.append(QuoteRegion(open: start, close: index, contentEnd: index))
                            open = nil
                            index += 1
                            continue
                        }
                        regions.append(QuoteRegion(open: start, close: nil, contentEnd: index))
                    }
                    open = index
                case .closingQuote:
                    if let start = open {
                        regions.append(QuoteRegion(open: start, close: index, contentEnd: index))
                        open = nil
                    } else if startsWord(after: index, in: document, paragraph: paragraph) && !followsWord(index, in: document, paragraph: paragraph) {
                        // A closing mark typed as an opening one (` ”Yes` ).
                        open = index
                    } else if ParagraphOpeningClosingMark.opens(
                        at: index, paragraph: paragraph, document: document, bytes: bytes)
                    {
                        open = index
                    }
                case .eitherQuote:
                    // `<tweet author="@x" date="2016-06-29">`: an attribute value in markup is no quotation; its
                    // closing mark is the next straight quote of the paragraph.
                    if open == nil, index > paragraph.lowerBound, tokens[index - 1].utf8End == tokens[index].utf8Start,
                        bytes[tokens[index - 1].utf8Start] == Self.equalsSign
                    {
                        var close = index + 1
                        while close < paragraph.upperBound, tokens[close].kind != .eitherQuote { close += 1 }
                        index = close + 1
                        continue
                    }
                    if let start = open {
                        regions.append(QuoteRegion(open: start, close: index, contentEnd: index))
                        open = nil
                    } else {
                        open = index
                    }
                default:
                    break
                }
                index += 1
            }
            if let start = open {
                let next = paragraphIndex + 1
                let continues = next < paragraphs.count && !paragraphs[next].isEmpty
                    && (tokens[paragraphs[next].lowerBound].kind == .openingQuote
                        || tokens[paragraphs[next].lowerBound].kind == .eitherQuote)
                if !continues {
                    regions.append(QuoteRegion(open: start, close: nil, contentEnd: paragraph.upperBound))
                    open = nil
                }
            }
        }
        return regions.filter { $0.contentEnd > $0.open + 1 }
    }

    /// `=`, before an attribute value in markup.
    static let equalsSign: UInt8 = 0x3D

    private static func startsWord(after index: Int, in document: LexicalDocument, paragraph: Range<Int>) -> Bool {
        let next = index + 1
        guard next < paragraph.upperBound else { return false }
        return document.tokens[next].isWord && document.tokens[next].utf8Start == document.tokens[index].utf8End
    }

    private static func followsWord(_ index: Int, in document: LexicalDocument, paragraph: Range<Int>) -> Bool {
        guard index > paragraph.lowerBound else { return false }
        let previous = document.tokens[index - 1]
        return previous.utf8End == document.tokens[index].utf8Start && previous.kind != .dash
    }
}
