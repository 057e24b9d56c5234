import Testing

@testable import Verbatim

/// `RelativeSubjectCue`: a cue right after `, who` reports only up to the comma that closes the relative
/// clause; the main clause's cue after it reports on its own, with the main clause's subject as speaker.
struct RelativeSubjectCase: Sendable, CustomTestStringConvertible {
    var why: String
    var text: String
    /// The content text of each quotation, in order.
    var contents: [String]
    /// The speaker name of each quotation, in order.
    var speakers: [String?]
    var testDescription: String { why }
}

let relativeSubjectCases: [RelativeSubjectCase] = [
    // The relative clause's report ends at its comma; the quotation after `said` is the subject's, and is
    // not lost to the clause of `sees` inside the relative clause.
    .init(
        why: "a relative clause's report ends before the main cue",
        text: "Trump, who has told aides he sees the issues as interconnected, said in a statement: “We will act.”",
        contents: ["he sees the issues as interconnected", "We will act."],
        speakers: ["who", "Trump"]),
    // An indirect report in the main clause after the relative clause.
    .init(
        why: "the main clause reports on its own",
        text: "Clinton, who called Sanders after the results came in, told her supporters that she still loves the state.",
        contents: ["Sanders after the results came in", "that she still loves the state"],
        speakers: ["who", "Clinton"]),
    // Without `, who` before it the cue's clause runs on past a comma (the contrast for the cases above; the
    // inner `said` still reports its own clause, with no subject of its own).
    .init(
        why: "a cue outside a relative clause keeps its whole clause",
        text: "Clinton told her supporters that the race was close, said the count would go on.",
        contents: ["that the race was close, said the count would go on", "the count would go on"],
        speakers: ["Clinton", nil]),
]

@Test(arguments: relativeSubjectCases)
func relativeSubjectCue(_ testCase: RelativeSubjectCase) throws {
    let document = try analyze(testCase.text)
    #expect(document.quotations.map { document.text.string($0.content) } == testCase.contents)
    #expect(document.quotations.map { $0.speaker?.name } == testCase.speakers)
}
