import Testing

@testable import Verbatim

/// A document and the speaker fields expected for its first quotation whose
/// content starts with `quoteStart`.
struct SpeakerFieldCase: CustomStringConvertible, Sendable {
    var why: String
    var text: String
    var quoteStart: String
    /// nil when the quotation must have no speaker.
    var name: String?
    var role: String?
    var kind: SpeakerKind?
    var description: String { why }
}

let speakerFieldCases: [SpeakerFieldCase] = [
    // A surname takes the full name written earlier, even when that full name opens a sentence behind a title.
    .init(
        why: "surname canonical after sentence-initial title",
        text: "Russian Foreign Minister Sergei Lavrov rejected the criticism. “We reject it,” Lavrov said.",
        quoteStart: "We reject", name: "Sergei Lavrov", role: "Russian Foreign Minister", kind: .person),
    // The clause after `according to X,` is content, never an appositive role.
    .init(
        why: "according-to clause is not a role",
        text: "According to Lavrov, the ceasefire collapsed because the United States did not control the rebels.",
        quoteStart: "the ceasefire", name: "Lavrov", role: nil, kind: .person),
    // A closed appositive after an inverted cue is still the role.
    .init(
        why: "closed appositive stays a role",
        text: "“We will win,” said Smith, a Democrat, on Monday.",
        quoteStart: "We will", name: "Smith", role: "a Democrat", kind: .person),
    // A place after a group noun is part of the group, not a person named Aleppo.
    .init(
        why: "group with a place",
        text: "Activists in eastern Aleppo said the bombing had not stopped.",
        quoteStart: "the bombing", name: "Activists in eastern Aleppo", role: nil, kind: .group),
    // A capitalised group noun opening a sentence is a group, not a person.
    .init(
        why: "sentence-initial group noun",
        text: "Critics say that phrase has become an excuse for doing nothing.",
        quoteStart: "that phrase", name: "Critics", role: nil, kind: .group),
    // A courtesy title is dropped, never a role.
    .init(
        why: "Mr. is not a role",
        text: "Mr. Kerry has insisted that “there is no military solution” to the war.",
        quoteStart: "there is", name: "Kerry", role: nil, kind: .person),
    // The organisation word of a title belongs to the role; the named one is a person.
    .init(
        why: "organisation in the title",
        text: "Pentagon Secretary Peter Cook released the following statement, “The aircraft were striking ISIL forces.”",
        quoteStart: "The aircraft", name: "Peter Cook", role: "Pentagon Secretary", kind: .person),
    // A name right after `the` names a country or an institution, not a person (`the U.S. has accused …`).
    .init(
        why: "name after the is an organisation",
        text: "“It was a mistake,” the U.S. said.",
        quoteStart: "It was", name: "U.S.", role: nil, kind: .organisation),
    // … but a possessive in the name leaves the person after it a person.
    .init(
        why: "possessive after the keeps a person",
        text: "“It was a mistake,” the Washington Post’s Ishaan Tharoor wrote.",
        quoteStart: "It was", name: "Washington Post’s Ishaan Tharoor", role: nil, kind: .person),
    // `it` takes the statement's speaker, never the name `it`.
    .init(
        why: "it resolves to the statement",
        text: "“The strike was stopped,” officials said in a statement. It said that “the coalition regrets the loss.”",
        quoteStart: "the coalition", name: "officials", role: nil, kind: .group),
    // An `it` with nothing before it names nobody.
    .init(
        why: "unresolved it is no speaker",
        text: "“The talks will resume on Monday,” it said.",
        quoteStart: "The talks", name: nil, role: nil, kind: nil),
]

@Test(arguments: speakerFieldCases)
func speakerFields(_ testCase: SpeakerFieldCase) throws {
    let document = try analyze(testCase.text)
    let quotation = try #require(
        document.quotations.first { document.text.string($0.content).hasPrefix(testCase.quoteStart) },
        "quotation found")
    #expect(quotation.speaker?.name == testCase.name, "name")
    #expect(quotation.speaker?.role == testCase.role, "role")
    #expect(quotation.speaker?.kind == testCase.kind, "kind")
}
