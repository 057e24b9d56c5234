import Testing

@testable import Verbatim

/// `RelativeClauseReport`: where a reported clause ends when a relative clause follows it. The first
/// quotation of each text is the outer report; its content must be exactly `firstContent`.
struct RelativeClauseCase: Sendable, CustomTestStringConvertible {
    var why: String
    var text: String
    var firstContent: String
    var testDescription: String { why }
}

let relativeClauseCases: [RelativeClauseCase] = [
    // The relative clause has a speaker (`he`) and a cue (`called`): the outer clause ends at its comma.
    .init(
        why: "which + pronoun + cue ends the clause",
        text: "DeSantis said the bill would curb accreditation bodies, which he called “a cartel for higher education.”",
        firstContent: "the bill would curb accreditation bodies"),
    // `who` with a named speaker and a cue, after a `that` clause.
    .init(
        why: "who + pronoun + cue ends the clause",
        text: "Sanders reiterated that the party must back Clinton to defeat Trump, who he blasted as a “bully.”",
        firstContent: "that the party must back Clinton to defeat Trump"),
    // `is` cannot be a speaker: the relative clause is about the pipeline and stays inside the report.
    .init(
        why: "which + is + cue word stays inside the clause",
        text: "Trump said the pipeline, which is often described in the plan, would create jobs.",
        firstContent: "the pipeline, which is often described in the plan, would create jobs"),
]

@Test(arguments: relativeClauseCases)
func relativeClauseReport(_ testCase: RelativeClauseCase) throws {
    let document = try analyze(testCase.text)
    let first = try #require(document.quotations.first)
    #expect(document.text.string(first.content) == testCase.firstContent)
}
