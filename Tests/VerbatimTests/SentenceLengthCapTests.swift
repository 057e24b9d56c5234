import Testing

@testable import Verbatim

/// A run of text with no sentence end is cut into sentences of at most
/// `Segmenter.maximumSentenceBytes`, at a space near the limit when there is one.
struct SentenceLengthCapCase: Sendable, CustomTestStringConvertible {
    var why: String
    var text: String
    /// Whether every cut must fall on a space.
    var cutsAtSpaces: Bool
    var testDescription: String { why }
}

let sentenceLengthCapCases: [SentenceLengthCapCase] = [
    // Words without punctuation, as in a data dump: cut at spaces.
    .init(
        why: "words without a sentence end are cut at spaces",
        text: String(repeating: "officials said the plan would work ", count: 1_500), cutsAtSpaces: true),
    // No space at all: cut at the limit itself.
    .init(why: "one endless ASCII word is cut at the limit", text: String(repeating: "a", count: 40_000), cutsAtSpaces: false),
    // Two-byte code points after one ASCII byte, so that the limit falls inside one: a cut never splits it.
    .init(
        why: "an endless word of two-byte letters is cut between code points",
        text: "x" + String(repeating: "é", count: 20_000), cutsAtSpaces: false),
    // Short sentences are left alone (the cap changes nothing in news text).
    .init(why: "ordinary sentences are not cut", text: "He said it. She agreed.", cutsAtSpaces: true),
]

@Test(arguments: sentenceLengthCapCases)
func sentenceLengthCap(_ testCase: SentenceLengthCapCase) throws {
    let text = SourceText(testCase.text)
    let sentences = try Segmenter(tokenize: false).segment(text).sentences
    let bytes = Array(testCase.text.utf8)
    for sentence in sentences {
        #expect(sentence.span.utf8End - sentence.span.utf8Start <= Segmenter.maximumSentenceBytes)
        // Every piece starts and ends on a code point boundary: its text round-trips.
        #expect(Array(text.string(sentence.span).utf8) == Array(bytes[sentence.span.utf8Range]))
    }
    // Nothing but spaces is lost between the pieces, and no piece overlaps the next.
    var covered = 0
    for sentence in sentences {
        #expect(sentence.span.utf8Start >= covered)
        #expect(bytes[covered..<sentence.span.utf8Start].allSatisfy { $0 == 0x20 })
        if testCase.cutsAtSpaces && covered > 0 { #expect(bytes[sentence.span.utf8Start - 1] == 0x20) }
        covered = sentence.span.utf8End
    }
    #expect(bytes[covered...].allSatisfy { $0 == 0x20 })
    if bytes.count <= Segmenter.maximumSentenceBytes { #expect(sentences.count <= 2) }
}
