import Testing

@testable import Verbatim

/// `SourceText` converts between UTF-8 byte offsets and code point offsets
/// through a checkpoint table; these tests compare it with conversions
/// computed directly from the string's code points.
@Suite("SourceText conversions")
struct SourceTextTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let why: String
        var testDescription: String { why }
    }

    static let cases: [Case] = [
        Case(text: "", why: "empty text: only offset 0 exists"),
        Case(text: "plain ASCII", why: "one byte per code point"),
        Case(text: "é👍🏽日本\u{301}𝐀", why: "every UTF-8 width (2, 4, 3 bytes) and a combining mark"),
        Case(
            text: String(repeating: "aé👍日", count: 100),
            why: "longer than several checkpoint strides, code points crossing stride ends"),
        Case(text: String(repeating: "x", count: 64), why: "exactly one stride: the end offset needs its own checkpoint"),
        Case(text: String(repeating: "é", count: 64), why: "exactly two strides of two-byte code points"),
    ]

    /// The UTF-8 offset at which each code point starts, plus the end.
    static func byteOffsets(of text: String) -> [Int] {
        var offsets = [0]
        for scalar in text.unicodeScalars { offsets.append(offsets.last! + UTF8.width(scalar)) }
        return offsets
    }

    @Test("byte offset and code point offset convert both ways", arguments: cases)
    func conversions(_ example: Case) {
        let text = SourceText(example.text)
        let offsets = Self.byteOffsets(of: example.text)
        #expect(text.scalarCount == offsets.count - 1)
        #expect(Array(text.bytes) == Array(example.text.utf8))
        for (scalar, byte) in offsets.enumerated() {
            #expect(text.utf8Offset(scalar: scalar) == byte)
            #expect(text.scalarOffset(utf8: byte) == scalar)
        }
    }

    @Test("spans built from either unit agree and slice the right text", arguments: cases)
    func spans(_ example: Case) {
        let text = SourceText(example.text)
        let offsets = Self.byteOffsets(of: example.text)
        let scalars = Array(example.text.unicodeScalars)
        let count = scalars.count
        // Every span starting at a third of the text, and a few others.
        for (start, end) in [(0, count), (count / 3, count), (count / 3, 2 * count / 3), (count, count)] {
            let byScalar = text.span(start: start, end: end)
            let byByte = text.span(utf8: offsets[start]..<offsets[end])
            #expect(byScalar == byByte)
            var expected = String.UnicodeScalarView()
            expected.append(contentsOf: scalars[start..<end])
            #expect(text.string(byScalar) == String(expected))
        }
    }

    @Test("a byte inside a multi-byte code point maps to the next code point, as documented")
    func innerByte() {
        // é is bytes 0-1, 👍 bytes 2-5, x byte 6.
        let text = SourceText("é👍x")
        #expect(text.scalarOffset(utf8: 1) == 1)
        #expect(text.scalarOffset(utf8: 3) == 2)
        #expect(text.scalarOffset(utf8: 5) == 2)
        #expect(text.scalarOffset(utf8: 6) == 2)
    }

    @Test("init from bytes equals init from the string")
    func initFromBytes() {
        let string = "Kerry’s “regime” 👍🏽"
        let fromString = SourceText(string)
        let fromBytes = SourceText(bytes: Array(string.utf8))
        #expect(fromBytes.bytes == fromString.bytes)
        #expect(fromBytes.scalarCount == fromString.scalarCount)
        #expect(fromBytes.span(start: 8, end: 16) == fromString.span(start: 8, end: 16))
        #expect(fromBytes.string(fromBytes.span(start: 8, end: 16)) == "“regime”")
    }
}
