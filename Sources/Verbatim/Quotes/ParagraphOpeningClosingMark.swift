/// A closing mark (`”`) that opens its paragraph while no quotation is open is an opening mark
/// typed the wrong way round: `” … what I learned is that …,” he said.`, or after a bidirectional
/// formatting character pasted from a social network post (`U+202A ”Isis declares …”`).
///
/// A closing mark with nothing open is otherwise ignored, so the quotation it opens was lost
/// (PolNeAR annotates it as a direct quotation). At a paragraph's start it can close nothing,
/// whatever follows it (a word, an ellipsis, a space).
enum ParagraphOpeningClosingMark {
    /// Whether the closing mark at `index` is the first token of `paragraph`, but for
    /// bidirectional formatting characters (U+202A to U+202E, U+2066 to U+2069).
    /// - Parameters:
    ///   - index: the closing mark's token index.
    ///   - paragraph: the token range of its paragraph.
    ///   - document: the scanned document.
    ///   - bytes: the document's UTF-8, to recognise the formatting characters.
    /// - Returns: `true` when the mark opens a quotation.
    /// - Complexity: O(*k*) in the number of tokens before the mark in its paragraph (at most a few).
    static func opens(
        at index: Int, paragraph: Range<Int>, document: LexicalDocument, bytes: SourceBytes
    ) -> Bool {
        var probe = paragraph.lowerBound
        while probe < index {
            guard isDirectionalFormatting(document.tokens[probe], bytes: bytes) else { return false }
            probe += 1
        }
        return true
    }

    /// U+202A…U+202E (`E2 80 AA`…`E2 80 AE`) and U+2066…U+2069 (`E2 81 A6`…`E2 81 A9`).
    private static func isDirectionalFormatting(_ token: LexicalToken, bytes: SourceBytes) -> Bool {
        let start = token.utf8Start
        guard token.utf8End - start == formattingWidth, bytes[start] == 0xE2 else { return false }
        let second = bytes[start + 1]
        let third = bytes[start + 2]
        return (second == 0x80 && (0xAA...0xAE).contains(third)) || (second == 0x81 && (0xA6...0xA9).contains(third))
    }

    /// The UTF-8 width of every bidirectional formatting character.
    private static let formattingWidth = 3
}
