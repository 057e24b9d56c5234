import Testing

@testable import Verbatim

/// The tokenizer's word cache (`WordTokenCache`) changes no result: a workspace that met the words
/// before, in other texts and for a scorer of the other kind, scores a text as a fresh one does.
struct WordTokenCacheTests {
    struct Case: CustomTestStringConvertible {
        /// Texts scored first with the same workspace.
        let warmUp: [String]
        let text: String
        let why: String
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(warmUp: ["Russia, the U.S. and NATO are not good."], text: "NATO is good, Russia said. The U.S. is not!",
             why: "the same words at other offsets, with other punctuation and neighbours: offsets are kept relative to the word"),
        Case(warmUp: ["I looooove it :) so GOOD"], text: "so GOOD :) I looooove it",
             why: "elongated words, emoticons and capitals come back from the cache with their valence and case"),
        Case(warmUp: ["Kerry’s plan – a disaster… “bad”"], text: "“bad” – Kerry’s plan… a disaster",
             why: "curly quotes, dashes, ellipses and the curly apostrophe, which the two kinds tokenize differently"),
    ]

    @Test(arguments: cases)
    func warmWorkspaceScoresAsAFreshOne(_ example: Case) {
        for kind in ScorerKind.allCases {
            let scorer = StanceTestSupport.scorer(kind)
            let other = StanceTestSupport.scorer(kind == .news ? .vader : .news)
            let fresh = stance(example.text, scorer, ScoringWorkspace())
            let warm = ScoringWorkspace()
            for text in example.warmUp { _ = stance(text, scorer, warm) }
            #expect(stance(example.text, scorer, warm) == fresh, "\(kind), cached words: \(example.why)")
            // The other kind's tokens split and weigh words differently: its cache is not used.
            for text in example.warmUp { _ = stance(text, other, warm) }
            #expect(stance(example.text, scorer, warm) == fresh, "\(kind) after \(other.kind): \(example.why)")
        }
    }

    private func stance(_ text: String, _ scorer: TextStanceScorer, _ workspace: ScoringWorkspace) -> Stance {
        let source = SourceText(text)
        return scorer.stance(of: source.span(utf8: 0..<source.bytes.count), in: source, workspace: workspace)
    }
}
