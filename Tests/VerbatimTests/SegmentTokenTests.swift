import PropertyBased
import Testing

@testable import Verbatim

/// Tokens come from `ASCIIWordTokenizer` when a sentence is made of ASCII
/// and common news punctuation, else from ICU; both paths must give the same
/// tokens, so every test here compares the fast path with ICU's.
@Suite("Segmenter tokens")
struct SegmentTokenTests {
    static func segmenters() throws -> (fast: Segmenter, icu: Segmenter) {
        let fast = try Segmenter()
        var icu = try Segmenter()
        icu.usesASCIIWordTokenizer = false
        return (fast, icu)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let why: String
        var testDescription: String { why }
    }

    static let cases: [Case] = [
        Case(text: "He didn't say U.S. officials paid $1,200.50 on 3.5%.", why: "inner apostrophe, dotted letters, numbers"),
        Case(text: "The regime’s “error” — a ‘mistake’ … at 5th Ave.", why: "curly quotes, dashes, ellipsis"),
        Case(text: "Email x@y.com or @user about #tag and a_b, __ or _.", why: "@ counts as a letter; _ joins"),
        Case(text: "abc123 1a 5_ a1.b 1a.2 x.1 1.x 1;2 a;b 1.,2 'a' ''b''", why: "mixed letters and digits, stray middles"),
        Case(text: "rock'n'roll a' 'a '70s a..b a.'b a'.b", why: "apostrophes at word edges and doubled middles"),
        Case(text: "Café déjà vu, naïve résumé.", why: "accented letters: the fast path must hand over to ICU"),
        Case(text: "Tab\there\u{00A0}no-break «quoted»", why: "tab, no-break space and guillemets are not word characters"),
        Case(text: "Emoji 👍🏽 and 日本語 and a·b.", why: "emoji, ideographs, and a middle dot (a MidLetter)"),
    ]

    @Test("fast tokens equal ICU tokens", arguments: cases)
    func sameAsICU(_ example: Case) throws {
        let (fast, icu) = try Self.segmenters()
        let text = SourceText(example.text)
        let fastTokens = try fast.segment(text).tokens
        let icuTokens = try icu.segment(text).tokens
        #expect(fastTokens.map { text.string($0.span) } == icuTokens.map { text.string($0.span) })
        #expect(fastTokens == icuTokens)
    }

    @Test("token kinds of a news sentence")
    func kinds() throws {
        let text = SourceText("Kerry, 72, said “no.”")
        let tokens = try Segmenter().segment(text).tokens
        #expect(tokens.map { text.string($0.span) } == ["Kerry", ",", "72", ",", "said", "“", "no", ".", "”"])
        #expect(tokens.map(\.kind) == [.word, .punctuation, .number, .punctuation, .word, .punctuation, .word, .punctuation, .punctuation])
    }

    /// ASCII pieces that exercise every word break class, plus a few
    /// characters outside the fast path.
    static let fragments: [String] = [
        "a", "Bc", "x", "7", "42", "_", "@", ".", ",", ";", "'", "’", "‘", "․", ":", "-", "$", "%", "“", "”", "—",
        "–", "…", "«", "»", " ", " ", "\t", "\u{00A0}", "é", "👍", "?", "!", "(", ")", "U.S.", "don't",
    ]

    static let texts = Gen<String?>.element(of: fragments).compactMap { $0 }.array(of: 1...40).map { $0.joined() }

    @Test("on random mixes of word break classes, fast tokens equal ICU tokens")
    func randomTextsMatchICU() async throws {
        let (fast, icu) = try Self.segmenters()
        await propertyCheck(count: 500, input: Self.texts) { string in
            let text = SourceText(string)
            let fastTokens = try fast.segment(text).tokens
            let icuTokens = try icu.segment(text).tokens
            #expect(fastTokens == icuTokens)
        }
    }
}
