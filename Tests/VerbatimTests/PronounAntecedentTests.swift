import Testing

@testable import Verbatim

/// `PronounResolution` keeps the nearest earlier speaker of each kind as it reads the quotations
/// (instead of searching back from every pronoun); these cases check that the nearest speaker
/// that qualifies wins over a nearer one that does not, and over a farther one that does.
struct PronounAntecedentCase: Sendable, CustomTestStringConvertible {
    var why: String
    var text: String
    /// The speaker name of each quotation, in order.
    var names: [String?]
    var testDescription: String { why }
}

let pronounAntecedentCases: [PronounAntecedentCase] = [
    // `he` skips the nearer `Mrs. Jones` (a woman’s title) for `Mr. Smith` (names are written without titles).
    .init(
        why: "a gendered pronoun skips a nearer speaker of the other gender",
        text: "“We will win,” said Mr. Smith.\n\n“We will wait,” said Mrs. Jones.\n\n“We will see,” he said.",
        names: ["Smith", "Jones", "Smith"]),
    // Two named speakers before: the nearer one is taken.
    .init(
        why: "the nearest of two compatible speakers",
        text: "“We will win,” Kerry said.\n\n“We will wait,” Lavrov said.\n\n“We will see,” he said.",
        names: ["Kerry", "Lavrov", "Lavrov"]),
    // A pronoun contracted with its verb (`He’s told`) is a pronoun too (`speaker-pronouns.txt`): it takes the name.
    .init(
        why: "a contracted pronoun takes the name before it",
        text: "“We will win,” Kerry said.\n\nHe’s told reporters that the talks would go on.",
        names: ["Kerry", "Kerry"]),
    // A pronoun resolved to a name is no antecedent itself; the name it took still is.
    .init(
        why: "pronouns in a row all take the last name",
        text: "“We will win,” Kerry said.\n\n“We will wait,” he said.\n\n“We will see,” he added.",
        names: ["Kerry", "Kerry", "Kerry"]),
]

@Test(arguments: pronounAntecedentCases)
func pronounAntecedent(_ testCase: PronounAntecedentCase) throws {
    let document = try analyze(testCase.text)
    #expect(document.quotations.map { $0.speaker?.name } == testCase.names)
}
