import Testing

@testable import Verbatim

/// `CoordinatedPronounSubject`: a cue after `and` takes the nearest personal pronoun opening a predicate in its
/// sentence as its speaker's mention, else the sentence's first phrase.
struct CoordinatedPronounSubjectCase: Sendable, CustomTestStringConvertible {
    var why: String
    var text: String
    var mention: String?
    var testDescription: String { why }
}

let coordinatedPronounSubjectCases: [CoordinatedPronounSubjectCase] = [
    // PolNeAR train: the sentence opens with a time adverbial; the first phrase (`Eight years ago`) used to be
    // taken as the speaker.
    .init(
        why: "pronoun after an adverbial opener",
        text: "Eight years ago, he supported Barack Obama over Clinton and said, “Clinton never did a thing for us.”",
        mention: "he"),
    // PolNeAR train: a subordinate clause with a name of its own opens the sentence; the main clause's pronoun
    // speaks, not the name the pronoun search passes over on its way back (the opener skip found it before too).
    .init(
        why: "pronoun after a long subordinate clause naming someone else",
        text: "When asked whether Clinton’s campaign manager thought she would schedule a press conference "
            + "prior to Election Day in November, he laughed and said, “We’ll see.”",
        mention: "he"),
    // A pronoun right after `that` is the subject of a reported clause, not of the coordinated predicate.
    .init(
        why: "pronoun opening a that-clause is not the subject",
        text: "Trump told reporters that he would win and said, “It will be huge.”",
        mention: "Trump"),
    // A pronoun right after a cue word opens its reported clause too.
    .init(
        why: "pronoun right after a cue is not the subject",
        text: "Ryan says he backs the nominee and added, “We must unite.”",
        mention: "Ryan"),
    // With no pronoun the sentence's subject speaks, as before.
    .init(
        why: "no pronoun: the sentence subject",
        text: "Wilson praised Rubio and said, “He is ready.”",
        mention: "Wilson"),
]

@Test(arguments: coordinatedPronounSubjectCases)
func coordinatedPronounSubject(_ testCase: CoordinatedPronounSubjectCase) throws {
    let document = try analyze(testCase.text)
    let direct = document.quotations.last
    #expect(direct.flatMap { $0.speaker?.mention }.map { document.text.string($0) } == testCase.mention)
}
