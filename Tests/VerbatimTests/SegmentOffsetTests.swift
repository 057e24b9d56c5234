import PropertyBased
import Testing

@testable import Verbatim

/// Offsets are Unicode code points of the original text, end exclusive.
/// Each text below has characters whose UTF-16, UTF-8 and `Character` counts
/// differ from their code point count, so that a span computed in any other
/// unit lands somewhere else.
@Suite("Segmenter offsets")
struct SegmentOffsetTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        /// (start, end, text) of each sentence, in code points.
        let sentences: [(Int, Int, String)]
        let why: String
        var testDescription: String { why }
    }

    static let cases: [Case] = [
        Case(
            text: "👍 Hi. Yo.", sentences: [(0, 5, "👍 Hi."), (6, 9, "Yo.")],
            why: "an emoji outside the BMP: 1 code point, 2 UTF-16 units, 4 bytes"),
        Case(
            text: "e\u{301}t\u{301}e\u{301}. Fin.", sentences: [(0, 7, "e\u{301}t\u{301}e\u{301}."), (8, 12, "Fin.")],
            why: "combining acute accents: 3 Characters but 6 code points"),
        Case(
            text: "🇺🇸 U.S. Army. 👨‍👩‍👧 Family.",
            sentences: [(0, 13, "🇺🇸 U.S. Army."), (14, 27, "👨‍👩‍👧 Family.")],
            why: "a flag (2 regional indicators) and a ZWJ family (5 code points, 1 Character)"),
        Case(
            text: "𝐀𝐁𝐂 said so.\n\n日本語です。 Ok.",
            sentences: [(0, 12, "𝐀𝐁𝐂 said so."), (14, 20, "日本語です。"), (21, 24, "Ok.")],
            why: "mathematical letters (4 bytes each), then CJK (3 bytes each) after a blank line"),
        Case(
            text: "Zoë\r\nsaid: “Já!” Then\u{2028}left.",
            sentences: [(0, 16, "Zoë\r\nsaid: “Já!”"), (17, 27, "Then\u{2028}left.")],
            why: "CRLF and U+2028 inside a paragraph count one code point each (two for CRLF)"),
    ]

    @Test("sentence spans in code points", arguments: cases)
    func sentenceSpans(_ example: Case) throws {
        let text = SourceText(example.text)
        let sentences = try Segmenter(tokenize: false).segment(text).sentences
        #expect(sentences.map(\.span.start) == example.sentences.map(\.0))
        #expect(sentences.map(\.span.end) == example.sentences.map(\.1))
        #expect(sentences.map { text.string($0.span) } == example.sentences.map(\.2))
    }

    @Test("token spans in code points after an emoji and a combining mark")
    func tokenSpans() throws {
        // 👍🏽 is 2 code points (hand + skin tone); the accent is e + U+0301.
        let text = SourceText("👍🏽 Cafe\u{301} opened.")
        let tokens = try Segmenter().segment(text).tokens
        let words = tokens.filter { $0.kind == .word }
        #expect(words.map { text.string($0.span) } == ["Cafe\u{301}", "opened"])
        #expect(words.map(\.span.start) == [3, 9])
        #expect(words.map(\.span.end) == [8, 15])
    }

    /// Pieces of news-like text, chosen to hit every rule and every width of
    /// UTF-8, joined at random.
    static let fragments: [String] = [
        "Mr.", "Smith", "said", "U.S.", "the", "I", "a.m.", "P.M.", "Jan.", "5", "12", "1.", "2.)", "a)", "b.", "•",
        "⁃", ".", "?", "!", "...", ". . .", ". . . .", "“", "”", "\"", "'", "’", "(", ")", "[...]", "👍🏽", "🇺🇸",
        "👨‍👩‍👧", "𝐀𝐁", "e\u{301}", "Zoë", "日本語", "。", "\u{00A0}", " ", " ", " ", " ", "\n", "\r\n", "\n\n", "\r",
        "\u{2028}", "\u{2029}", "\u{0085}", "\t", "\u{200B}", "\u{3000}", "é", "How", "Inc.", "N°.", "—",
    ]

    static let texts = Gen<String?>.element(of: fragments).compactMap { $0 }.array(of: 0...60).map {
        $0.joined()
    }

    @Test("every span, sliced by code points, is the emitted text; spans are ordered and disjoint")
    func spansMatchCodePointSlices() async throws {
        let segmenter = try Segmenter()
        await propertyCheck(count: 300, input: Self.texts) { string in
            let text = SourceText(string)
            let segmentation = try segmenter.segment(text)
            let scalars = Array(string.unicodeScalars)
            func slice(_ span: TextSpan) -> String {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[span.start..<span.end])
                return String(view)
            }
            func checkOrdered(_ spans: [TextSpan], _ label: String) {
                for (previous, next) in zip(spans, spans.dropFirst()) {
                    #expect(previous.end <= next.start, "\(label) spans overlap or are out of order")
                }
                for span in spans {
                    #expect(!span.isEmpty, "empty \(label) span")
                    #expect(slice(span) == text.string(span), "\(label) span text differs from its code points")
                    #expect(text.utf8Offset(scalar: span.start) == span.utf8Start)
                    #expect(text.utf8Offset(scalar: span.end) == span.utf8End)
                }
            }
            checkOrdered(segmentation.paragraphs.map(\.span), "paragraph")
            checkOrdered(segmentation.sentences.map(\.span), "sentence")
            checkOrdered(segmentation.tokens.map(\.span), "token")
            for sentence in segmentation.sentences {
                #expect(segmentation.paragraphs[sentence.paragraph].span.contains(sentence.span))
            }
            for token in segmentation.tokens {
                #expect(segmentation.sentences[token.sentence].span.contains(token.span))
            }
            // No visible text is lost: sentences hold every non-space code point.
            // (U+200B, a zero-width space, is trimmed like a space though Unicode does not call it one.)
            func isBlank(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace || scalar == "\u{200B}" }
            let visible = string.unicodeScalars.filter { !isBlank($0) }
            let covered = segmentation.sentences.flatMap { slice($0.span).unicodeScalars }.filter { !isBlank($0) }
            #expect(String(String.UnicodeScalarView(visible)) == String(String.UnicodeScalarView(covered)))
        }
    }
}
