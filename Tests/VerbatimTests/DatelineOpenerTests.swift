import Testing

@testable import Verbatim

/// `DatelineOpener`: a wire dateline before a dash is no subject; the sentence's subject (here, of a
/// participle cue) starts after the dash. Contents are marked `[[…]]`, speaker mentions `{…}`.
struct DatelineCase: Sendable, CustomTestStringConvertible {
    var why: String
    var marked: String
    var testDescription: String { why }
}

let datelineCases: [DatelineCase] = [
    // A place in capitals and an agency in parentheses.
    .init(
        why: "a capitals dateline with an agency",
        marked: "WASHINGTON (AP) — {Senator Smith} spoke on Wednesday, saying [[the bill would pass]]."),
    // A place, a date and an agency.
    .init(
        why: "a dateline with a date",
        marked: "NEW YORK, Nov. 19 (UPI) — {Hillary Clinton} spoke on Thursday, saying [[the fight must go on]]."),
    // A title-case place is a dateline only with its agency in parentheses.
    .init(
        why: "a title-case dateline with an agency",
        marked: "Washington (AFP) – {Democrat Hillary Clinton} spoke on Friday, saying [[the vote was a mistake]]."),
    // A name before a dash, with no capitals and no agency, is the subject itself.
    .init(
        why: "a name before a dash is no dateline",
        marked: "{Jason Sims} — a teacher — spoke on Monday, saying [[he voted for Rubio]]."),
]

@Test(arguments: datelineCases)
func datelineOpener(_ testCase: DatelineCase) throws {
    let marked = MarkedText(testCase.marked)
    let document = try analyze(marked.text)
    let quotations = document.quotations
    #expect(quotations.map { $0.content.start..<$0.content.end } == marked.contents, "contents")
    #expect(quotations.compactMap { $0.speaker?.mention.map { $0.start..<$0.end } } == marked.mentions, "mentions")
}
