import Testing

@testable import Verbatim

/// `PassiveCue`: the subject of a passive cue is what was said about, never its speaker; only an agent after
/// `by` speaks (`PassiveAgentRule`). Each case checks the speaker name of the text's only quotation.
struct PassiveCueCase: Sendable, CustomTestStringConvertible {
    var why: String
    var text: String
    var speaker: String?
    var testDescription: String { why }
}

let passiveCueCases: [PassiveCueCase] = [
    // No agent: nobody is named (the subject `Mr. Quiros` was accused, he did not accuse).
    .init(why: "a passive cue without an agent names nobody", text: "Mr. Quiros was accused of using the money for himself.", speaker: nil),
    // A perfect passive with an adverb between `been` and the cue.
    .init(
        why: "has been harshly criticized names nobody",
        text: "He has been harshly criticized for policies that objectors see as abuses of power.", speaker: nil),
    // An agent after `by` speaks, even after a manner adverb (`widely`).
    .init(
        why: "the agent of a passive cue speaks",
        text: "The plan was widely criticized by Democrats as too costly.", speaker: "Democrats"),
    // The active voice keeps its subject as speaker (the contrast for the cases above).
    .init(why: "an active cue keeps its subject", text: "Trump accused Clinton of lying about the emails.", speaker: "Trump"),
]

@Test(arguments: passiveCueCases)
func passiveCue(_ testCase: PassiveCueCase) throws {
    let document = try analyze(testCase.text)
    let quotation = try #require(document.quotations.first)
    #expect(document.quotations.count == 1)
    #expect(quotation.speaker?.name == testCase.speaker)
}
