import PropertyBased
import Testing

@testable import Verbatim

/// Sentence boundary candidates come from `UnicodeSentenceBoundaries`, which
/// reimplements the rules of ICU's sentence break iterator for speed; every
/// test here checks that both give the same boundaries.
@Suite("Unicode sentence boundaries")
struct SentenceBoundaryTests {
    static func segmenters() throws -> (fast: Segmenter, icu: Segmenter) {
        let fast = try Segmenter(tokenize: false)
        var icu = try Segmenter(tokenize: false)
        icu.usesICUSentenceBreaks = true
        return (fast, icu)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let why: String
        var testDescription: String { why }
    }

    static let cases: [Case] = [
        Case(text: "He left. She stayed! Did they? Yes.", why: "SB11: each terminator and its space end a sentence"),
        Case(text: "It cost 3.5 million. U.S. officials said so.", why: "SB6 and SB7: a full stop before a digit, or between capitals"),
        Case(text: "He met Mr. smith at 5 p.m. today and left.", why: "SB8: a full stop with a lowercase word after it"),
        Case(text: "“Go.” Then he left. (He did.) “Why?” she asked.", why: "SB9: closing quotes and brackets stay with the terminator"),
        Case(text: "Wait..., what?! No. — Fine. , ok: Yes.", why: "SB8a: a terminator before a comma, dash or another terminator"),
        Case(text: "A.\u{00A0}B\u{00AD}.\u{0301} C. etc.\u{2029}d", why: "SB5: Extend and Format characters vanish; no-break space is Sp"),
        Case(text: "Line one.\r\nLine two\nthree\u{2028}four\u{0085}five.", why: "SB3 and SB4: CR LF stay together, separators end sentences"),
        Case(text: "日本語。次の文！ 👍🏽 Ça va? ǅemal wins․ Done", why: "non-ASCII terminators, emoji modifiers, title case, one dot leader"),
        Case(text: ". ? ! ... \"\" ''", why: "terminators and quotes without letters"),
    ]

    @Test("the same boundaries as ICU", arguments: cases)
    func sameAsICU(_ example: Case) throws {
        let (fast, icu) = try Self.segmenters()
        #expect(try fast.unicodeSentenceBoundaries(of: example.text) == icu.unicodeSentenceBoundaries(of: example.text))
    }

    /// Pieces covering every Sentence_Break class (Upper, Lower, OLetter, Numeric, ATerm, STerm, Close,
    /// SContinue, Sp, Sep, CR, LF, Extend, Format, Other), in and outside ASCII.
    static let fragments: [String] = [
        "a", "Bc", "x", "7", "42", "U.S.", "Mr", "ß", "ǅ", "ª", "日", "ا", ".", "?", "!", "…", "․", "。", "！", "(", ")",
        "[", "\"", "'", "“", "”", "‘", "’", "«", "»", ",", ";", ":", "-", "—", "–", " ", " ", "\t", "\u{00A0}", "\u{2003}",
        "\r", "\n", "\r\n", "\u{2028}", "\u{2029}", "\u{0085}", "\u{0301}", "\u{00AD}", "\u{200D}", "\u{200B}", "👍", "🏽",
        "$", "%", "&", "*",
    ]

    static let texts = Gen<String?>.element(of: fragments).compactMap { $0 }.array(of: 1...40).map { $0.joined() }

    @Test("on random mixes of sentence break classes, the same boundaries as ICU")
    func randomTextsMatchICU() async throws {
        let (fast, icu) = try Self.segmenters()
        await propertyCheck(count: 2_000, input: Self.texts) { text in
            let fastBoundaries = try fast.unicodeSentenceBoundaries(of: text)
            let icuBoundaries = try icu.unicodeSentenceBoundaries(of: text)
            #expect(fastBoundaries == icuBoundaries)
        }
    }

    @Test("segmenting with either gives the same sentences", arguments: cases)
    func sameSentences(_ example: Case) throws {
        let (fast, icu) = try Self.segmenters()
        let text = SourceText(example.text)
        #expect(try fast.segment(text).sentences == icu.segment(text).sentences)
    }
}
