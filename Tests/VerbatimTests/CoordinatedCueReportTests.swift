import Testing

@testable import Verbatim

/// `CoordinatedCueReport`: a reported clause ends before `and`/`but` + a cue, and the second cue reports on its
/// own. Each case lists the contents of all quotations of its text, in document order, with their speakers.
struct CoordinatedCueCase: Sendable, CustomTestStringConvertible {
    var why: String
    var text: String
    var contents: [String]
    var speakers: [String?]
    var testDescription: String { why }
}

let coordinatedCueCases: [CoordinatedCueCase] = [
    // The PolNeAR pattern: the first report ends at `and`; the quotation after the second cue is a direct
    // quotation of its own, spoken by the sentence's subject (it used to be absorbed into one mixed record).
    .init(
        why: "and + cue + quotation: two records",
        text: "Trump called on her to resign from her post and said, “Her mind is shot!”",
        contents: ["her to resign from her post", "Her mind is shot!"],
        speakers: ["Trump", "Trump"]),
    // A comma before the conjunction stays outside both records; the second cue finds its own `that` clause.
    .init(
        why: ", and + cue + that-clause: two records",
        text: "Trump claims that the broadcaster takes its orders from Mexico, and asserts that Mexico is killing us.",
        contents: ["that the broadcaster takes its orders from Mexico", "that Mexico is killing us"],
        speakers: ["Trump", "Trump"]),
    // `but` coordinates like `and`.
    .init(
        why: "but + cue: two records",
        text: "Ryan said he would back the nominee but warned that the party must change.",
        contents: ["he would back the nominee", "that the party must change"],
        speakers: ["Ryan", "Ryan"]),
    // `and` followed by no cue joins two parts of one report: the clause runs to the end of the sentence.
    .init(
        why: "and without a cue after it stays inside the clause",
        text: "Kerry said the talks were serious and the ceasefire would hold.",
        contents: ["the talks were serious and the ceasefire would hold"],
        speakers: ["Kerry"]),
]

@Test(arguments: coordinatedCueCases)
func coordinatedCueReport(_ testCase: CoordinatedCueCase) throws {
    let document = try analyze(testCase.text)
    #expect(document.quotations.map { document.text.string($0.content) } == testCase.contents)
    #expect(document.quotations.map { $0.speaker?.name } == testCase.speakers)
}
