import Foundation
import Testing

@testable import Verbatim

/// The Swift scorer must agree with the shared Python scorer. Expected values
/// were produced by:
///     python3 ../shared/eval/polnear.py --data Tests/VerbatimTests/Fixtures/brat-mini \
///         score dev Tests/VerbatimTests/Fixtures/brat-mini/predictions.jsonl
/// The fixture has a split quote (discontinuous gold), an indirect clause, a
/// mixed fragment with a null speaker, a second annotator's file that must be
/// ignored, and a prediction for a document not in the corpus.
@Test func swiftScorerAgreesWithPythonScorer() throws {
    let folder = try #require(Bundle.module.url(forResource: "Fixtures/brat-mini", withExtension: nil))
    let corpus = try AttributionCorpus(folder: folder.appendingPathComponent("dev"))
    let predictions = try PredictedAttribution.read(
        jsonLines: Data(contentsOf: folder.appendingPathComponent("predictions.jsonl")))
    let scores = AttributionEvaluator.score(predictions, corpus: corpus)
    // (a) direct-quote detection  3 2 2 0.667 1.000 0.800
    #expect(scores.direct.detection == PRF(truePositives: 2, predicted: 3, gold: 2))
    // (b) all-attribution detection  5 3 3 0.600 1.000 0.750
    #expect(scores.all.detection == PRF(truePositives: 3, predicted: 5, gold: 3))
    // (d) attribution F1, direct  3 2 0
    #expect(scores.direct.attribution == PRF(truePositives: 0, predicted: 3, gold: 2))
    // (e) attribution F1, all  5 3 1 0.200 0.333 0.250
    #expect(scores.all.attribution == PRF(truePositives: 1, predicted: 5, gold: 3))
    // (c) 0/2 and 1/3; (f) 0.773 over 2 and 0.823 over 3; split-fragment FPs 1 and 1.
    #expect(scores.direct.speakerCorrect == 0 && scores.direct.speakerTotal == 2)
    #expect(scores.all.speakerCorrect == 1 && scores.all.speakerTotal == 3)
    #expect(String(format: "%.3f", scores.direct.boundaryF1) == "0.773")
    #expect(String(format: "%.3f", scores.all.boundaryF1) == "0.823")
    #expect(scores.direct.splitFragmentFalsePositives == 1 && scores.all.splitFragmentFalsePositives == 1)
}
