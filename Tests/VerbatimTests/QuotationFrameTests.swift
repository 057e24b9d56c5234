import Testing

@testable import Verbatim

/// The reporter's frame inside a split direct quotation is blanked before scoring, and the speaker's
/// own name stays a target only in a direct quotation's words. Sentences written after PolNeAR train
/// quotations (not taken from the news-stance dev set).
@Suite struct QuotationFrameTests {
    struct MaskCase: Sendable, CustomTestStringConvertible {
        let content: String
        /// The masked text, or nil when nothing is masked.
        let expected: String?
        let why: String
        var testDescription: String { why }
    }

    static let maskCases: [MaskCase] = [
        // Curly marks: the frame from `”` to `“` becomes spaces; it ends with a comma, so the parts join.
        MaskCase(content: "We will win,” she said, “and soon.", expected: "We will win,                 and soon.",
                 why: "a curly frame ending in a comma joins the two parts into one sentence"),
        // The frame's own full stop is kept where the closing mark was: the next part opens a sentence.
        MaskCase(content: "It was close,\" Mr. Lee said Friday. \"If he runs, he wins.",
                 expected: "It was close,.                       If he runs, he wins.",
                 why: "a straight frame ending a sentence leaves a full stop, and `Mr.` inside is blanked too"),
        // Some newspapers' texts write the double mark as two apostrophes; one apostrophe is no mark.
        MaskCase(content: "I've been watching,'' said Ana Ruiz, a lawyer. ''It is sad.",
                 expected: "I've been watching,.                             It is sad.",
                 why: "two apostrophes are a straight double mark, an apostrophe alone is not"),
        // No double mark in the content: nothing to copy.
        MaskCase(content: "Russia must stop bombing — now.", expected: nil,
                 why: "a dash shares the curly marks' first byte but is no quotation mark"),
        // An apostrophe and single quotes are no frame.
        MaskCase(content: "It’s what they called ‘the comeback of the decade.’", expected: nil,
                 why: "single curly quotes and apostrophes are inner quotes, not frames"),
        // A closing mark with no opening after it is left alone (no complete frame).
        MaskCase(content: "We will win,” she said", expected: nil,
                 why: "an unclosed frame is not guessed at"),
    ]

    @Test(arguments: maskCases)
    func masksFrames(_ testCase: MaskCase) {
        var content = testCase.content
        let masked = content.withUTF8 { QuotationFrame.masked($0) }
        #expect(masked.map { String(decoding: $0, as: UTF8.self) } == testCase.expected, "\(testCase.why)")
    }

    struct StanceCase: Sendable, CustomTestStringConvertible {
        let text: String
        let speaker: String
        let isDirect: Bool
        /// Target name to expected label; nil when the target must not be found at all.
        let expected: [String: StanceLabel?]
        let why: String
        var testDescription: String { why }
    }

    static let stanceCases: [StanceCase] = [
        // A name in the frame is the reporter's: with it, `He` would have two people to stand for.
        StanceCase(text: "These are hard times,” said Anna Lee, who advised Jim Justice. “I know Bob Murray. He is a liar.",
                   speaker: "Anna Lee", isDirect: true, expected: ["Bob Murray": .oppose, "Jim Justice": nil],
                   why: "a frame's name is no target and no antecedent competing for `He`"),
        // The frame's words judge no one: `fierce critic` describes the speaker, not the Pentagon.
        StanceCase(text: "The plan is sound,” said Rand Paul, a fierce critic of the Pentagon. “We should pass it.",
                   speaker: "Rand Paul", isDirect: true, expected: ["Pentagon": nil],
                   why: "the frame's valenced words and names are not the speaker's"),
        // The quote stage took Trump for the speaker, but the words speak of him.
        StanceCase(text: "For you, that is the best reason not to vote for Trump.", speaker: "Donald Trump", isDirect: true,
                   expected: ["Donald Trump": .oppose],
                   why: "a direct quotation's words keep the speaker's name as a target"),
        // In an indirect quotation the reporter names the speaker inside the content.
        StanceCase(text: "The tax plan, Graham said, has badly hurt the party with young voters", speaker: "Lindsey Graham",
                   isDirect: false, expected: ["Lindsey Graham": nil],
                   why: "an indirect quotation's `Graham said,` does not make the speaker a target"),
    ]

    @Test(arguments: stanceCases)
    func scoresWithoutFrames(_ testCase: StanceCase) {
        let scorer = StanceTestSupport.scorer()
        let source = SourceText(testCase.text)
        let context = scorer.makeContext(speakers: [testCase.speaker], document: source)
        let stance = scorer.stance(
            of: source.span(utf8: 0..<source.bytes.count), in: source, context: context, speaker: testCase.speaker,
            attributionCue: nil, isDirect: testCase.isDirect, workspace: ScoringWorkspace())
        for (name, label) in testCase.expected {
            let target = stance.targets.first { $0.name == name }
            #expect(target?.label == label, "\(testCase.why): \(name) in \(stance.targets.map { ($0.name, $0.label) })")
        }
    }
}
