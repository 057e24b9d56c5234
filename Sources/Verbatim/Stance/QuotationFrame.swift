/// The narrator's words inside a split direct quotation: `“It is a disgrace,” Kerry said on Friday.
/// “Russia must stop.”` The quote stage gives the quotation one content span, from the first
/// quoted word to the last, so the frame between the mark closing one part and the mark opening
/// the next (`” Kerry said on Friday. “`) lies inside it. Those words are the reporter's, not the
/// speaker's: they judge no one and name no target of the speaker (`said Peter Morgan, a lawyer for
/// the Sierra Club`), and a name there would count as a second person for `he`.
enum QuotationFrame {
    /// `content` (a direct quotation's bytes, which start inside the quotation marks) with each
    /// frame blanked to spaces, so that offsets are kept; nil when there is no frame, which is
    /// known after one pass over the bytes looking for a double quotation mark.
    ///
    /// A frame is a closing mark (`"`, `”`, `''`) up to and including the next opening mark (`"`, `“`, `''`).
    /// A frame that ends a sentence (`said Friday. “If …`) leaves a full stop in place of its closing
    /// mark, so the next part still opens a sentence (a condition, a pronoun's antecedent); one that
    /// does not (`“X,” he said, “Y”`) joins the parts into the one sentence they are.
    /// - Parameter content: the bytes of the quotation's content.
    /// - Returns: the masked copy, or nil when there is nothing to mask.
    /// - Complexity: O(*n*) in the number of bytes.
    static func masked(_ content: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var masked: [UInt8]? = nil
        var frameStart = -1
        var index = 0
        let count = content.count
        while index < count {
            let byte = content[index]
            guard byte == quotationMark || byte == curlyLead || byte == apostrophe else {
                index += 1
                continue
            }
            // Two apostrophes are a straight double mark (`''`, as some newspapers' texts have it).
            let isDoubledApostrophe = byte == apostrophe && index + 1 < count && content[index + 1] == apostrophe
            if byte == apostrophe && !isDoubledApostrophe {
                index += 1
                continue
            }
            let isStraight = byte == quotationMark || isDoubledApostrophe
            let isCurlyClosing = !isStraight && index + 2 < count && content[index + 1] == curlySecond
                && content[index + 2] == curlyClosingLast
            let isCurlyOpening = !isStraight && index + 2 < count && content[index + 1] == curlySecond
                && content[index + 2] == curlyOpeningLast
            let length = isDoubledApostrophe ? 2 : isStraight ? 1 : 3
            if frameStart < 0 && (isStraight || isCurlyClosing) {
                frameStart = index
            } else if frameStart >= 0 && (isStraight || isCurlyOpening) {
                if masked == nil { masked = Array(content) }
                blank(frameStart..<(index + length), openingLength: length, in: &masked!)
                frameStart = -1
            } else if !isStraight && !isCurlyClosing && !isCurlyOpening {
                // Another three-byte character starting with the same byte (a dash, an ellipsis).
                index += 1
                continue
            }
            index += length
        }
        return masked
    }

    /// Blanks `frame` in `bytes`, leaving a full stop at its start when its last word ends a sentence.
    private static func blank(_ frame: Range<Int>, openingLength: Int, in bytes: inout [UInt8]) {
        // Back over the opening mark and the spaces before it.
        var last = frame.upperBound - openingLength - 1
        while last > frame.lowerBound && (bytes[last] == space || bytes[last] == newline) { last -= 1 }
        let endsSentence = last > frame.lowerBound && sentenceEnds.contains(bytes[last])
        for position in frame { bytes[position] = space }
        if endsSentence { bytes[frame.lowerBound] = fullStop }
    }

    private static let quotationMark = UInt8(ascii: "\"")
    private static let apostrophe = UInt8(ascii: "'")
    private static let space = UInt8(ascii: " ")
    private static let newline = UInt8(ascii: "\n")
    private static let fullStop = UInt8(ascii: ".")
    private static let sentenceEnds: [UInt8] = [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")]
    /// UTF-8 of `“` (U+201C) is E2 80 9C and of `”` (U+201D) E2 80 9D.
    private static let curlyLead: UInt8 = 0xE2
    private static let curlySecond: UInt8 = 0x80
    private static let curlyOpeningLast: UInt8 = 0x9C
    private static let curlyClosingLast: UInt8 = 0x9D
}
