import ArgumentParser
import Foundation
import Verbatim

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score quotation predictions against a BRAT attribution corpus (text/, attributions/).",
        discussion: """
            GOLD_DIR holds text/<stem>.txt and attributions/<stem>_<annotator>.ann, as PolNeAR does. \
            Metrics are those of the shared PolNeAR scorer: (a) direct detection, (b) all detection, \
            (c) speaker accuracy, (d) direct attribution F1 [headline], (e) all attribution F1, \
            (f) boundary F1. With --run, verbatim analyzes GOLD_DIR/text itself.
            """)

    @Argument(help: "Corpus folder with text/ and attributions/.")
    var goldDirectory: String

    @Argument(help: "Predictions (JSON Lines, as `verbatim score` writes).")
    var predictions: String?

    @Flag(name: .customLong("run"), help: "Run verbatim on GOLD_DIR/text instead of reading predictions.")
    var runVerbatim = false

    func validate() throws {
        if runVerbatim == (predictions != nil) { throw ValidationError("give either PRED.jsonl or --run") }
    }

    func run() throws {
        let gold = URL(fileURLWithPath: goldDirectory)
        let corpus = try AttributionCorpus(folder: gold)
        var data: Data
        if let predictions {
            data = try Data(contentsOf: URL(fileURLWithPath: predictions))
        } else {
            let analyzer = try Analyzer(depth: .quotations)
            let writer = QuotationRecordWriter()
            data = Data()
            for stem in corpus.documents.keys.sorted() {
                let url = gold.appendingPathComponent("text/\(stem).txt")
                let text = try String(contentsOf: url, encoding: .utf8)
                let analyzed = try analyzer.analyze(Document(id: "\(stem).txt", text: text, origin: Origin(path: url.path)))
                data.append(contentsOf: writer.records(for: analyzed))
            }
        }
        let predicted = try PredictedAttribution.read(jsonLines: data)
        let scores = AttributionEvaluator.score(predicted, corpus: corpus)
        let goldCount = corpus.documents.values.reduce(0) { $0 + $1.attributions.count }
        let directCount = corpus.documents.values.reduce(0) { $0 + $1.attributions.filter(\.isDirect).count }
        print("\(corpus.documents.count) docs, \(goldCount) gold attributions (\(directCount) direct); predictions: \(predicted.count)")
        print(AttributionEvaluator.table(scores))
    }
}
