import Testing

@testable import Verbatim

/// `HeadlineWordsBeforeName`: in a title-cased sentence (a headline) a capitalised common word before a
/// name (`Billionaire Mark Cuban`) is the headline's word, not the name's.
struct HeadlineNameCase: Sendable, CustomTestStringConvertible {
    var why: String
    var text: String
    /// The speaker names of the text's quotations, in order.
    var names: [String]
    var testDescription: String { why }
}

let headlineNameCases: [HeadlineNameCase] = [
    // The speaker phrase of a leading cue in a headline opens with a common word the headline capitalised.
    .init(
        why: "a headline's common word before the speaker's name is dropped",
        text: "Billionaire Mark Cuban Says He Would Consider A Run For Office: \"Maybe in a few years.\"",
        names: ["Mark Cuban"]),
    // Outside a headline the same capital is the name's own (`Hope` is a common word): nothing is dropped.
    .init(
        why: "a name starting with a common word in a sentence that is not title-cased stays whole",
        text: "Hope Hicks said on Monday that the rally would go ahead: \"He loves the state.\"",
        names: ["Hope Hicks"]),
    // A headline cuts `Hope` from `Hope Hicks`, but the body's mid-sentence full name gives it back.
    .init(
        why: "a first name the headline drops comes back from the document's full name",
        text: "Hope Hicks Says Trump Will Hold A Rally In Ohio Next Week: \"He Loves The State.\"\n\n"
            + "The rally was confirmed by the spokeswoman, Hope Hicks, on Monday.",
        names: ["Hope Hicks"]),
    // The full name found for a later `Cuban` comes from a headline's capitalised run: its common word goes.
    .init(
        why: "a full name read from a headline loses the headline's common word",
        text: "Why Voters Turned to Billionaire Mark Cuban on Tuesday Night\n\nCuban said: \"I am not running.\"",
        names: ["Mark Cuban"]),
]

@Test(arguments: headlineNameCases)
func headlineWordsBeforeName(_ testCase: HeadlineNameCase) throws {
    let document = try analyze(testCase.text)
    #expect(document.quotations.map { $0.speaker?.name ?? "-" } == testCase.names)
}
