import Testing

@testable import Verbatim

/// `NestedNonSpeechReport`: which reports nested inside another reported clause are kept. Each case lists the
/// contents of all quotations of its text, in document order.
struct NestedReportCase: Sendable, CustomTestStringConvertible {
    var why: String
    var text: String
    var contents: [String]
    var testDescription: String { why }
}

let nestedReportCases: [NestedReportCase] = [
    // A belief inside a report (`believe`: bare, not a verb that follows a quotation): the outer report only.
    .init(
        why: "nested belief is dropped",
        text: "Republicans in the state say they believe the deal will fail.",
        contents: ["they believe the deal will fail"]),
    // A verb of speech (`reported`, tag `inverted`) nested far from the outer clause's start keeps its report.
    .init(
        why: "nested speech verb is kept",
        text: "Officials said on Monday that the head of the party had reported that the talks failed.",
        contents: ["that the head of the party had reported that the talks failed", "that the talks failed"]),
    // A cue that takes its object as content (`accused`) keeps its nested report.
    .init(
        why: "nested content cue is kept",
        text: "Kerry said the Russian foreign minister had accused Assad of bombing civilians.",
        contents: ["the Russian foreign minister had accused Assad of bombing civilians", "Assad of bombing civilians"]),
    // A nested clause that holds a quotation is a mixed quotation and stays, even on a belief verb.
    .init(
        why: "nested clause with a quotation is kept",
        text: "Officials said on Monday that the head of the party thinks the talks are “a farce.”",
        contents: ["that the head of the party thinks the talks are “a farce.”", "the talks are “a farce.”"]),
    // The same belief verb opening its own sentence is no nested report: it stays.
    .init(
        why: "belief verb not nested is kept",
        text: "Republicans in the state believe the deal will fail.",
        contents: ["the deal will fail"]),
]

@Test(arguments: nestedReportCases)
func nestedNonSpeechReport(_ testCase: NestedReportCase) throws {
    let document = try analyze(testCase.text)
    #expect(document.quotations.map { document.text.string($0.content) } == testCase.contents)
}
