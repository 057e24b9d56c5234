import Testing

@testable import Verbatim

/// `AttributionContext.maximumCommaDescriptionTokens`: a speaker named before a long description between commas
/// (`Bill Millis, a North Carolina businessman who …, said`) still speaks for the cue after the description, and
/// `AsideBeforePredicate`: an aside between a subject and its predicate is stepped over.
struct LongCommaDescriptionCase: Sendable, CustomTestStringConvertible {
    var why: String
    var text: String
    var mention: String?
    var testDescription: String { why }
}

let longCommaDescriptionCases: [LongCommaDescriptionCase] = [
    // PolNeAR train (Bill Millis): a `who` description of 26 tokens, past the old 20-token appositive bound, so the
    // quotation had no speaker at all.
    .init(
        why: "relative description longer than 20 tokens before a direct quotation",
        text: "Bill Millis, a North Carolina businessman who had backed the retired neurosurgeon since the early days of "
            + "his campaign and had given money to it twice last year, said, “He was led astray by insiders.”",
        mention: "Bill Millis"),
    // The same shape with a mixed report after a bare cue (`said the closure was “…”`), 23 tokens between the commas.
    .init(
        why: "long description before a bare cue and a mixed report",
        text: "Jane Ortiz, a nurse who had worked at the county hospital for eleven years before it closed its doors "
            + "and moved its patients to the city, said the closure was “a disaster for the town.”",
        mention: "Jane Ortiz"),
    // A short appositive was found before and must still be.
    .init(
        why: "short appositive unchanged",
        text: "Muhammad Mardoud, a media activist, told reporters, “The shelling has not stopped.”",
        mention: "Muhammad Mardoud"),
    // PolNeAR train (`AsideBeforePredicate`): the comma before `has` closes an aside, not the description; the
    // aside's last words (`the Iowa campaign`) were taken for the speaker of the participle cue.
    .init(
        why: "an aside before the subject's predicate is stepped over",
        text: "Rubio, particularly in the closing days of the Iowa campaign, has preached unity, claiming he alone "
            + "can bring the party “together again.”",
        mention: "Rubio"),
    // The description stops at a sentence end: the name of the sentence before is not the speaker, and the cue's
    // own sentence opens with the description's comma-closed words, so nobody is named.
    .init(
        why: "a description never reaches into the previous sentence",
        text: "Bill Millis left the board. Having backed the retired neurosurgeon since the early days of his campaign, "
            + "said, “He was led astray by insiders.”",
        mention: nil),
]

@Test(arguments: longCommaDescriptionCases)
func longCommaDescription(_ testCase: LongCommaDescriptionCase) throws {
    let document = try analyze(testCase.text)
    let quotation = document.quotations.last
    #expect(quotation.flatMap { $0.speaker?.mention }.map { document.text.string($0) } == testCase.mention)
}
