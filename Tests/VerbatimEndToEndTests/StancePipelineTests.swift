import Foundation
import Testing

import Verbatim

/// The whole pipeline on the seed article: quotations come out with a stance.
struct StancePipelineTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test func seedQuotationsCarryStance() throws {
        let lexicon = try StanceLexicon(folder: Self.packageRoot.appendingPathComponent("lexicons").path)
        let analyzer = try Analyzer(depth: .quotations, scorer: StanceScorer(scorer: TextStanceScorer(lexicon: lexicon)))
        let text = try String(contentsOf: Self.packageRoot.appendingPathComponent("corpus/us-strike-deir-ez-zor.txt"), encoding: .utf8)
        let analyzed = try analyzer.analyze(Document(id: "seed", text: text, origin: Origin(path: "seed")))
        #expect(!analyzed.quotations.isEmpty)
        #expect(analyzed.quotations.allSatisfy { $0.stance != nil })
        // Kerry's first quotation: Russia's client is "the single biggest blockade".
        let first = try #require(analyzed.quotations.first { analyzed.text.string($0.content).contains("Russia’s supported friend") })
        #expect(first.stance?.targets.first { $0.name == "Russia" }?.label == .oppose)
        // Every evidence span lies inside its quotation.
        for quotation in analyzed.quotations {
            for evidence in quotation.stance?.evidence ?? [] where quotation.cue == nil {
                #expect(quotation.content.contains(evidence.span))
            }
        }
    }
}
