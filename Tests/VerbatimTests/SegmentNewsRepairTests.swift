import Testing

@testable import Verbatim

/// Sentence boundaries in news text that ICU alone gets wrong, and the
/// breaks that the repairs must not undo.
@Suite("Segmenter news repairs")
struct SegmentNewsRepairTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let expected: [String]
        let why: String
        var testDescription: String { why }
    }

    static let cases: [Case] = [
        Case(
            text: "U.S. Strikes Syrian Regime, Leaving at Least 62 Dead",
            expected: ["U.S. Strikes Syrian Regime, Leaving at Least 62 Dead"],
            why: "seed headline: ICU splits after U.S. before a capitalised verb"),
        Case(
            text: "The strike was a mistake, U.S. Central Command officials said in a statement.",
            expected: ["The strike was a mistake, U.S. Central Command officials said in a statement."],
            why: "seed article: U.S. before a name continues the sentence"),
        Case(
            text: "I live in the U.S. How about you?",
            expected: ["I live in the U.S.", "How about you?"],
            why: "U.S. before a sentence starter ends the sentence"),
        Case(
            text: "He met Sen. John McCain and Gov. Jerry Brown. Rep. Smith and Dr. Jones came later.",
            expected: ["He met Sen. John McCain and Gov. Jerry Brown.", "Rep. Smith and Dr. Jones came later."],
            why: "titles never end a sentence, the period after a name does"),
        Case(
            text: "Lt. Col. Anna Smith and Mrs. Lee visited St. Louis on Dec. 7.",
            expected: ["Lt. Col. Anna Smith and Mrs. Lee visited St. Louis on Dec. 7."],
            why: "stacked titles, Saint, and a month before a day number"),
        Case(
            text: "The vote was held in Jan. The result came later.",
            expected: ["The vote was held in Jan.", "The result came later."],
            why: "a month abbreviation without a day number ends the sentence"),
        Case(
            text: "He is the No. 2 official at Acme Inc. and Beta Corp. now.",
            expected: ["He is the No. 2 official at Acme Inc. and Beta Corp. now."],
            why: "No. before a number, company suffixes before lowercase words"),
        Case(
            text: "Shares of Acme Inc. The company declined to comment.",
            expected: ["Shares of Acme Inc.", "The company declined to comment."],
            why: "a company suffix before a sentence starter ends the sentence"),
        Case(
            text: "President John F. Kennedy spoke at 10 a.m. on Friday.",
            expected: ["President John F. Kennedy spoke at 10 a.m. on Friday."],
            why: "an initial and a lowercase a.m. inside the sentence"),
        Case(
            text: "The polls close at 8 p.m. Tuesday, officials said. Counting starts at 9 p.m. Results follow.",
            expected: [
                "The polls close at 8 p.m. Tuesday, officials said.", "Counting starts at 9 p.m.", "Results follow.",
            ],
            why: "p.m. before a weekday continues; before another capitalised word it ends the sentence"),
        Case(
            text: "“Are you sure?” he asked. “Yes!” she said.",
            expected: ["“Are you sure?” he asked.", "“Yes!” she said."],
            why: "a quoted question or exclamation before a lowercase word stays one sentence"),
        Case(
            text: "“Why now?” Smith asked. Nobody answered.",
            expected: ["“Why now?” Smith asked.", "Nobody answered."],
            why: "a quoted question before its speaker's name and a verb of saying stays one sentence"),
        Case(
            text: "“We will not back down from it,” he said. “Never.”",
            expected: ["“We will not back down from it,” he said.", "“Never.”"],
            why: "closing quotation marks stay with the sentence they close"),
        Case(
            text: "He said, “It is over.” The crowd left.",
            expected: ["He said, “It is over.”", "The crowd left."],
            why: "a period inside closing quotes ends the sentence, the quote mark stays with it"),
        Case(
            text: "The hearing was\nadjourned until\nMonday.\n\nA new paragraph",
            expected: ["The hearing was\nadjourned until\nMonday.", "A new paragraph"],
            why: "single line breaks are wrapping, a blank line ends the sentence"),
        Case(
            text: "A headline without a period\n\nThe story starts here.",
            expected: ["A headline without a period", "The story starts here."],
            why: "a blank line ends a sentence even without punctuation"),
        Case(
            text: "Springfield, Ill. The city grew. He was ill. Doctors came.",
            expected: ["Springfield, Ill.", "The city grew.", "He was ill.", "Doctors came."],
            why: "state abbreviations count only when capitalised"),
        Case(
            text: "Officials listed three steps:\n1. Close the road\n2. Warn residents\n3. Evacuate",
            expected: ["Officials listed three steps:", "1. Close the road", "2. Warn residents", "3. Evacuate"],
            why: "numbered items at line starts are sentences even without periods"),
        Case(
            text: "Was the iPhone a success? iPhone sales say yes.",
            expected: ["Was the iPhone a success?", "iPhone sales say yes."],
            why: "a brand written lowercase-first (iPhone) may open a sentence: no lowercase join"),
        Case(
            text: "“The regime is blocking it,”\u{00A0}said Kerry. Russia denied it.",
            expected: ["“The regime is blocking it,”\u{00A0}said Kerry.", "Russia denied it."],
            why: "a no-break space after a closing quote, as in the seed article"),
        Case(
            text: "RENO, Nev. (AP) — The candidate spoke.",
            expected: ["RENO, Nev. (AP) — The candidate spoke."],
            why: "a dateline: a state abbreviation before the agency's parenthesis"),
        Case(
            text: "Independents won't decide N.H.; Candidates will.",
            expected: ["Independents won't decide N.H.; Candidates will."],
            why: "ICU breaks before a semicolon after a dotted abbreviation; no sentence starts with one"),
        Case(
            text: "It was the first weekly loss for the S.&P. 500 in a month.",
            expected: ["It was the first weekly loss for the S.&P. 500 in a month."],
            why: "ICU breaks inside S.&P.; an abbreviation glued to the next character continues"),
        Case(
            text: "Key points:\n- Prices rose\n- Wages fell\n* Rates held",
            expected: ["Key points:", "- Prices rose", "- Wages fell", "* Rates held"],
            why: "plain-text bullets at line starts are items"),
        Case(
            text: "The plan - a surprise to many - passed.",
            expected: ["The plan - a surprise to many - passed."],
            why: "a hyphen inside a line is a dash, not a bullet"),
    ]

    @Test("news sentence boundaries", arguments: cases)
    func sentences(_ example: Case) throws {
        let segmenter = try Segmenter(tokenize: false)
        let text = SourceText(example.text)
        let sentences = try segmenter.segment(text).sentences.map { text.string($0.span) }
        #expect(sentences == example.expected)
    }
}
