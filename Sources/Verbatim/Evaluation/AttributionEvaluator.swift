import Foundation

/// One predicted quotation, as read from `verbatim score` output.
public struct PredictedAttribution: Sendable {
    public var line: Int
    public var stem: String
    public var kind: String
    public var quote: Range<Int>
    public var mention: Range<Int>?

    /// - Complexity: O(1).
    public init(line: Int, stem: String, kind: String, quote: Range<Int>, mention: Range<Int>?) {
        self.line = line
        self.stem = stem
        self.kind = kind
        self.quote = quote
        self.mention = mention
    }

    /// Reads JSON Lines predictions; `doc` is reduced to its file stem.
    /// - Throws: `EvaluationError.malformed` for a line that is not a prediction.
    /// - Complexity: O(*n*) in the size of the data.
    public static func read(jsonLines data: Data) throws -> [PredictedAttribution] {
        var result: [PredictedAttribution] = []
        for (offset, line) in data.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                let doc = object["doc"] as? String, let kind = object["kind"] as? String,
                let quote = range(object["quote"])
            else { throw EvaluationError.malformed(line: offset + 1) }
            let mention = (object["speaker"] as? [String: Any]).flatMap { range($0["mention"]) }
            var stem = (doc as NSString).lastPathComponent
            if stem.hasSuffix(".txt") { stem = String(stem.dropLast(4)) }
            result.append(PredictedAttribution(line: offset + 1, stem: stem, kind: kind, quote: quote, mention: mention))
        }
        return result
    }

    private static func range(_ value: Any?) -> Range<Int>? {
        guard let object = value as? [String: Any], let start = (object["start"] as? NSNumber)?.intValue,
            let end = (object["end"] as? NSNumber)?.intValue, end >= start
        else { return nil }
        return start..<end
    }
}

public enum EvaluationError: Error, CustomStringConvertible {
    case malformed(line: Int)

    public var description: String {
        switch self {
        case .malformed(let line): return "line \(line): not a prediction (needs doc, kind, quote{start,end})"
        }
    }
}

/// Precision, recall and F1 of one metric.
public struct PRF: Sendable, Equatable {
    public var truePositives: Int
    public var predicted: Int
    public var gold: Int
    public var precision: Double { predicted > 0 ? Double(truePositives) / Double(predicted) : 0 }
    public var recall: Double { gold > 0 ? Double(truePositives) / Double(gold) : 0 }
    public var f1: Double { precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }
}

/// The metrics of one subset (direct quotations, or all attributions).
public struct SubsetScores: Sendable {
    public var detection: PRF
    public var attribution: PRF
    public var speakerCorrect: Int
    public var speakerTotal: Int
    public var boundaryF1Sum: Double
    public var boundaryPairs: Int
    public var splitFragmentFalsePositives: Int
    public var speakerAccuracy: Double { speakerTotal > 0 ? Double(speakerCorrect) / Double(speakerTotal) : 0 }
    public var boundaryF1: Double { boundaryPairs > 0 ? boundaryF1Sum / Double(boundaryPairs) : 0 }
}

/// Scores predictions against a BRAT attribution corpus with the metric
/// definitions of the shared PolNeAR scorer (`eval/polnear.py`): greedy
/// one-to-one matching by largest overlap, a pair being a candidate when the
/// prediction covers at least half of the shorter of the two; (a)/(b)
/// detection, (c) speaker accuracy, (d)/(e) attribution F1, (f) token
/// boundary F1 and split-fragment false positives.
public enum AttributionEvaluator {
    /// A prediction overlapping a gold content by this share of the shorter span is a candidate pair.
    static let minimumOverlapShare = 0.5

    /// - Complexity: O(*p* · *g*) per document for *p* predictions and *g* gold attributions.
    public static func score(_ predictions: [PredictedAttribution], corpus: AttributionCorpus)
        -> (direct: SubsetScores, all: SubsetScores)
    {
        let byStem = Dictionary(grouping: predictions, by: \.stem)
        let stems = Set(corpus.documents.keys).union(byStem.keys).sorted()
        var direct = SubsetScores(
            detection: PRF(truePositives: 0, predicted: 0, gold: 0), attribution: PRF(truePositives: 0, predicted: 0, gold: 0),
            speakerCorrect: 0, speakerTotal: 0, boundaryF1Sum: 0, boundaryPairs: 0, splitFragmentFalsePositives: 0)
        var all = direct
        for stem in stems {
            let document = corpus.documents[stem]
            let predicted = (byStem[stem] ?? []).sorted { $0.line < $1.line }
            let golds = document?.attributions ?? []
            let tokens = document.map { wordTokens($0.scalars) } ?? []
            accumulate(
                &direct, predicted.filter { $0.kind == "direct" || $0.kind == "mixed" }, golds.filter(\.isDirect), tokens)
            accumulate(&all, predicted, golds, tokens)
        }
        return (direct, all)
    }

    private static func accumulate(
        _ scores: inout SubsetScores, _ predictions: [PredictedAttribution], _ golds: [GoldAttribution],
        _ tokens: [Range<Int>]
    ) {
        scores.detection.predicted += predictions.count
        scores.detection.gold += golds.count
        scores.attribution.predicted += predictions.count
        scores.attribution.gold += golds.count
        let pairs = match(predictions, golds)
        let matchedPredictions = Set(pairs.map(\.prediction))
        let matchedGolds = pairs.map { golds[$0.gold] }
        for (index, prediction) in predictions.enumerated() where !matchedPredictions.contains(index) {
            let length = prediction.quote.count
            if length > 0, matchedGolds.contains(where: { Double($0.content.overlap(prediction.quote)) >= minimumOverlapShare * Double(length) }) {
                scores.splitFragmentFalsePositives += 1
            }
        }
        for pair in pairs {
            let prediction = predictions[pair.prediction]
            let gold = golds[pair.gold]
            scores.detection.truePositives += 1
            let correct: Bool
            if let source = gold.source {
                correct = prediction.mention.map { source.overlap($0) > 0 } ?? false
                scores.speakerTotal += 1
                if correct { scores.speakerCorrect += 1 }
            } else {
                correct = prediction.mention == nil
            }
            if correct { scores.attribution.truePositives += 1 }
            scores.boundaryF1Sum += boundaryF1(prediction.quote, gold.content.start..<gold.content.end, tokens)
            scores.boundaryPairs += 1
        }
    }

    /// Greedy one-to-one matching: by largest overlap, then fewest unshared code points, then gold and prediction order.
    static func match(_ predictions: [PredictedAttribution], _ golds: [GoldAttribution]) -> [(prediction: Int, gold: Int)] {
        var candidates: [(overlap: Int, unshared: Int, gold: Int, prediction: Int)] = []
        for (predictionIndex, prediction) in predictions.enumerated() {
            let predictedLength = prediction.quote.count
            for (goldIndex, gold) in golds.enumerated() {
                let overlap = gold.content.overlap(prediction.quote)
                let goldLength = gold.content.coveredCount
                if overlap > 0, Double(overlap) >= minimumOverlapShare * Double(min(predictedLength, goldLength)) {
                    candidates.append((overlap, predictedLength + goldLength - 2 * overlap, goldIndex, predictionIndex))
                }
            }
        }
        candidates.sort { ($1.overlap, $0.unshared, $0.gold, $0.prediction) < ($0.overlap, $1.unshared, $1.gold, $1.prediction) }
        var usedPredictions = Set<Int>()
        var usedGolds = Set<Int>()
        var pairs: [(prediction: Int, gold: Int)] = []
        for candidate in candidates where !usedPredictions.contains(candidate.prediction) && !usedGolds.contains(candidate.gold) {
            usedPredictions.insert(candidate.prediction)
            usedGolds.insert(candidate.gold)
            pairs.append((candidate.prediction, candidate.gold))
        }
        return pairs
    }

    /// The code point ranges of `\w+` runs (Python's Unicode word characters: letters, numbers, underscore).
    static func wordTokens(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var tokens: [Range<Int>] = []
        var start: Int?
        for (index, scalar) in scalars.enumerated() {
            if isWordCharacter(scalar) {
                if start == nil { start = index }
            } else if let first = start {
                tokens.append(first..<index)
                start = nil
            }
        }
        if let first = start { tokens.append(first..<scalars.count) }
        return tokens
    }

    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "_" { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber,
            .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    static func boundaryF1(_ predicted: Range<Int>, _ gold: Range<Int>, _ tokens: [Range<Int>]) -> Double {
        let predictedTokens = Set(tokens.indices.filter { tokens[$0].overlaps(predicted) })
        let goldTokens = Set(tokens.indices.filter { tokens[$0].overlaps(gold) })
        if predictedTokens.isEmpty && goldTokens.isEmpty { return 1 }
        let shared = predictedTokens.intersection(goldTokens).count
        guard shared > 0 else { return 0 }
        let precision = Double(shared) / Double(predictedTokens.count)
        let recall = Double(shared) / Double(goldTokens.count)
        return 2 * precision * recall / (precision + recall)
    }

    /// The scores as a table in the shared scorer's layout.
    /// - Complexity: O(1).
    public static func table(_ scores: (direct: SubsetScores, all: SubsetScores)) -> String {
        func row(_ name: String, _ metric: PRF) -> String {
            name.padding(toLength: 38, withPad: " ", startingAt: 0)
                + [metric.predicted, metric.gold, metric.truePositives].map { String($0).leftPadded(6) }.joined()
                + [metric.precision, metric.recall, metric.f1].map { String(format: "%.3f", $0).leftPadded(8) }.joined()
        }
        var lines = ["metric".padding(toLength: 38, withPad: " ", startingAt: 0) + "  pred  gold    tp       P       R      F1"]
        lines.append(row("(a) direct-quote detection", scores.direct.detection))
        lines.append(row("(b) all-attribution detection", scores.all.detection))
        lines.append(row("(d) ATTRIBUTION F1, direct [headline]", scores.direct.attribution))
        lines.append(row("(e) attribution F1, all", scores.all.attribution))
        for (label, subset) in [("direct", scores.direct), ("all", scores.all)] {
            lines.append(
                "(c) speaker acc (\(label) matches w/ source): \(subset.speakerCorrect)/\(subset.speakerTotal) = "
                    + String(format: "%.3f", subset.speakerAccuracy) + "   (f) boundary F1 (\(label)): "
                    + String(format: "%.3f", subset.boundaryF1) + " over \(subset.boundaryPairs)"
                    + "   split-fragment FPs: \(subset.splitFragmentFalsePositives)")
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
