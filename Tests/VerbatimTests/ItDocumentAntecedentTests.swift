import Testing

@testable import Verbatim

/// `ItDocumentAntecedent`: an `it` that speaks with no speaker before it stands for a writing named
/// just before it; the mention stays the pronoun, and with no writing the speaker stays null.
struct ItDocumentAntecedentCase: Sendable, CustomTestStringConvertible {
    var why: String
    var text: String
    /// The speaker name of the last quotation (nil: no speaker).
    var name: String?
    /// The text of its speaker mention (nil: no speaker).
    var mention: String?
    var testDescription: String { why }
}

let itDocumentAntecedentCases: [ItDocumentAntecedentCase] = [
    // The pattern the rule exists for: the writing is named in the sentence before the pronoun.
    .init(
        why: "a statement in the sentence before names the it",
        text: "The campaign put out a statement on Monday. In cases like this, it said, “the woman is a victim.”",
        name: "a statement", mention: "it"),
    // The writing may stand in the same sentence, before the pronoun.
    .init(
        why: "an affidavit earlier in the same sentence",
        text: "After the officer filed the affidavit, it continued: “Probable cause exists to charge him.”",
        name: "the affidavit", mention: "it"),
    // No writing anywhere near: a pronoun is never a name, so nobody is named.
    .init(
        why: "an it with nothing to stand for names nobody",
        text: "The weather was cold on Monday. At the bottom it reads, “Vote early and vote often.”",
        name: nil, mention: nil),
    // A document noun used as a verb has no determiner: it is no writing.
    .init(
        why: "report as a verb is no antecedent",
        text: "Neighbours often report noise at night. Then it said, “We will look into every complaint.”",
        name: nil, mention: nil),
    // Only the pronoun's sentence and the one before are searched: a writing two sentences back is too far.
    .init(
        why: "a writing two sentences back is out of reach",
        text: "The memo arrived late. Nobody read it at first. The room was quiet. It added, “Budgets will be cut.”",
        name: nil, mention: nil),
]

@Test(arguments: itDocumentAntecedentCases)
func itDocumentAntecedent(_ testCase: ItDocumentAntecedentCase) throws {
    let document = try analyze(testCase.text)
    let last = try #require(document.quotations.last)
    #expect(last.speaker?.name == testCase.name)
    #expect(last.speaker?.mention.map { document.text.string($0) } == testCase.mention)
}
