/// The quote detection stage: finds quotations (their kind and content span)
/// in a segmented document. Speakers are the attribution stage's work.
public struct QuoteDetector: Sendable {
    public init() {}

    /// Direct quotations between double quotation marks, within a paragraph.
    /// - Complexity: O(*n*) in the length of the text.
    public func detect(in document: AnalyzedDocument) -> [Quotation] {
        let text = document.text
        let bytes = text.bytes
        var quotations: [Quotation] = []
        var sentenceIndex = 0
        let sentences = document.segmentation.sentences
        for paragraph in document.segmentation.paragraphs {
            var openAt: Int?
            var index = paragraph.span.utf8Start
            while index < paragraph.span.utf8End {
                let byte = bytes[index]
                var isOpen = false
                var isClose = false
                var width = 1
                if byte == 0x22 {
                    if openAt == nil { isOpen = true } else { isClose = true }
                } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 {
                    width = 3
                    if bytes[index + 2] == 0x9C { isOpen = true }
                    if bytes[index + 2] == 0x9D { isClose = true }
                }
                if isOpen && openAt == nil {
                    openAt = index + width
                } else if isClose, let start = openAt {
                    if index > start {
                        let span = text.span(utf8: start..<index)
                        while sentenceIndex + 1 < sentences.count, sentences[sentenceIndex].span.utf8End <= start {
                            sentenceIndex += 1
                        }
                        quotations.append(
                            Quotation(kind: .direct, content: span, sentence: sentenceIndex, paragraph: paragraph.index))
                    }
                    openAt = nil
                }
                index += width
            }
        }
        return quotations
    }
}
