import Testing

@testable import Verbatim

/// `ParagraphSplitter` finds paragraphs at blank lines and overwrites the
/// line ends inside them with spaces, keeping every offset.
@Suite("ParagraphSplitter")
struct ParagraphSplitterTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        /// The paragraphs' text, from the original bytes.
        let paragraphs: [String]
        /// The text after unwrapping (line ends inside paragraphs made spaces).
        let unwrapped: String
        let why: String
        var testDescription: String { why }
    }

    static let cases: [Case] = [
        Case(text: "One\nline.\n\nTwo.", paragraphs: ["One\nline.", "Two."], unwrapped: "One line.\n\nTwo.", why: "LF"),
        Case(
            text: "One\r\nline.\r\n\r\nTwo.\r\n", paragraphs: ["One\r\nline.", "Two."],
            unwrapped: "One  line.\r\n\r\nTwo.\r\n", why: "CRLF: both bytes of an inner line end become spaces"),
        Case(
            text: "One\rline.\r\rTwo.", paragraphs: ["One\rline.", "Two."], unwrapped: "One line.\r\rTwo.",
            why: "bare CR (old Mac text) ends lines too"),
        Case(
            text: "One.\n \t \nTwo.", paragraphs: ["One.", "Two."], unwrapped: "One.\n \t \nTwo.",
            why: "a line of spaces and tabs is blank"),
        Case(
            text: "One.\n\u{00A0}\nTwo.", paragraphs: ["One.", "Two."], unwrapped: "One.\n\u{00A0}\nTwo.",
            why: "a line holding only a no-break space is blank"),
        Case(
            text: "No trailing newline", paragraphs: ["No trailing newline"], unwrapped: "No trailing newline",
            why: "the last paragraph ends at the end of the text"),
        Case(
            text: "\n\n  Indented start.  \n\n\n", paragraphs: ["Indented start."],
            unwrapped: "\n\n  Indented start.  \n\n\n", why: "leading and trailing blank lines and spaces are trimmed"),
        Case(
            text: "  \n \r\n\t", paragraphs: [], unwrapped: "  \n \r\n\t", why: "whitespace only: no paragraph"),
        Case(text: "", paragraphs: [], unwrapped: "", why: "empty text"),
        Case(
            text: "One\u{2028}line.\u{2029}Two\u{0085}lines.", paragraphs: ["One\u{2028}line.", "Two\u{0085}lines."],
            unwrapped: "One   line.\u{2029}Two  lines.",
            why: "Unicode line separator and next line wrap; the paragraph separator splits"),
        Case(
            text: "Ends with spaces   \nand continues.", paragraphs: ["Ends with spaces   \nand continues."],
            unwrapped: "Ends with spaces    and continues.", why: "trailing spaces before a line end stay"),
    ]

    @Test("paragraph ranges and unwrapped bytes", arguments: cases)
    func paragraphs(_ example: Case) {
        var bytes = Array(example.text.utf8)
        var lineStarts: [Int] = []
        let ranges = ParagraphSplitter.paragraphs(in: &bytes, lineStarts: &lineStarts)
        let original = Array(example.text.utf8)
        #expect(ranges.map { String(decoding: original[$0], as: UTF8.self) } == example.paragraphs)
        #expect(String(decoding: bytes, as: UTF8.self) == example.unwrapped)
        #expect(bytes.count == original.count)
    }

    @Test("line starts are the first visible byte of each continuation line")
    func lineStarts() {
        var bytes = Array("Steps:\n 1. Open\n2. Close\n\nNext\nline".utf8)
        var lineStarts: [Int] = []
        _ = ParagraphSplitter.paragraphs(in: &bytes, lineStarts: &lineStarts)
        #expect(lineStarts == [8, 16, 31])
    }
}
