import Testing

@testable import Verbatim

/// `AttributionContext.stepOverAgeOrYear`: a number before a cue names nobody when it is an age between
/// commas after a name or a year after a preposition; the speaker phrase ends before it. Contents are marked
/// `[[…]]`, speaker mentions `{…}`.
struct AgeOrYearCase: Sendable, CustomTestStringConvertible {
    var why: String
    var marked: String
    var testDescription: String { why }
}

let ageOrYearCases: [AgeOrYearCase] = [
    // The age, then an appositive: the name before the age speaks.
    .init(
        why: "an age and an appositive after the name",
        marked: "{Marley Anderson}, 21, a junior from Las Vegas, said [[she turned out at her first caucus]]."),
    // The age, then a relative clause.
    .init(
        why: "an age and a relative clause after the name",
        marked: "{Woodrow Benford}, 58, who lives outside Minneapolis, says [[he plans to caucus for Sanders]]."),
    // A year after a preposition is an adverbial between the speaker and the cue.
    .init(
        why: "a year after a preposition",
        marked: "{Kerry} in 2013 said [[the deal would hold]]."),
    // A count not closed by a comma is the speaker itself (`43 said`): 43 of those polled spoke.
    .init(
        why: "a count before the cue is the speaker",
        marked: "Most backed Clinton, {43} said [[they would stay home]]."),
]

@Test(arguments: ageOrYearCases)
func ageOrYearBeforeCue(_ testCase: AgeOrYearCase) throws {
    let marked = MarkedText(testCase.marked)
    let document = try analyze(marked.text)
    let quotations = document.quotations
    #expect(quotations.map { $0.content.start..<$0.content.end } == marked.contents, "contents")
    #expect(quotations.compactMap { $0.speaker?.mention.map { $0.start..<$0.end } } == marked.mentions, "mentions")
}
