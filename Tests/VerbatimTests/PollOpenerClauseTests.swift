import Testing

@testable import Verbatim

/// `PollOpenerClause` and `PollSourceRule`: a sentence opening with `In`, a noun phrase naming a poll and a
/// comma reports the poll's finding, and the phrase is its source. Contents are marked `[[…]]` and speaker
/// mentions `{…}`; `kinds` lists every quotation of the text in order.
struct PollOpenerCase: Sendable, CustomTestStringConvertible {
    var why: String
    var marked: String
    var kinds: [QuotationKind]
    var testDescription: String { why }
}

let pollOpenerCases: [PollOpenerCase] = [
    // The pattern itself: pollster names, a slash and a participle after the noun stay in the source.
    .init(
        why: "a named poll opening its sentence reports the finding",
        marked: "In {an NBC News/Wall Street Journal poll released Monday}, [[50 percent of respondents chose Clinton]].",
        kinds: [.indirect]),
    // `survey` is a poll noun too, and a time phrase may follow it.
    .init(
        why: "a survey with a time phrase",
        marked: "In {a Des Moines Register survey last month}, [[Mr. Cruz had a 10 percentage-point lead]].",
        kinds: [.indirect]),
    // A participle between commas still describes the poll: the content starts after the second comma.
    .init(
        why: "a participle between commas belongs to the source",
        marked: "In {the latest Post-ABC poll, conducted in May}, [[Clinton led Trump 47 percent to 39 percent]].",
        kinds: [.indirect]),
    // A quotation inside the finding is part of it: one mixed record, the poll its source.
    .init(
        why: "a quotation inside a poll finding makes it mixed",
        marked: "In {a September Washington Post-ABC News poll}, [[75 percent of Republicans said “most people in politics” can’t be trusted]].",
        kinds: [.mixed]),
    // A year or place after `In` names no poll: most sentences opening with `In` report nothing.
    .init(
        why: "no poll noun, no finding",
        marked: "In the fall of 2007, Clinton held a lead among black voters.",
        kinds: []),
    // The poll noun sits inside a clause (`as polls closed`): the phrase is a memo's, not a poll's.
    .init(
        why: "a poll noun after a clause word is no poll phrase",
        marked: "In a memo released as polls closed Tuesday, the campaign looked ahead.",
        kinds: []),
    // A poll named later in the sentence is left alone (few such mentions are annotated).
    .init(
        why: "a poll named mid-sentence is not a finding",
        marked: "Trump has a decisive lead in the polls ahead of the primary.",
        kinds: []),
]

@Test(arguments: pollOpenerCases)
func pollOpenerCase(_ testCase: PollOpenerCase) throws {
    let marked = MarkedText(testCase.marked)
    let document = try analyze(marked.text)
    let quotations = document.quotations
    #expect(quotations.map(\.kind) == testCase.kinds, "kinds")
    #expect(quotations.map { $0.content.start..<$0.content.end } == marked.contents, "contents")
    #expect(quotations.compactMap { $0.speaker?.mention.map { $0.start..<$0.end } } == marked.mentions, "mentions")
}
