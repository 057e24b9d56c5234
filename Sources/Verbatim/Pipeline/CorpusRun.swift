import Foundation

/// One run of `verbatim segment` or `verbatim score`: read the inputs,
/// analyze them in parallel, write JSON Lines, report problems and a summary.
public struct CorpusRun {
    /// What each document produces.
    public enum Mode: Sendable {
        /// One record per sentence.
        case sentences
        /// One record per quotation.
        case quotations
    }

    public var mode: Mode
    /// Whether sentence records list their word tokens.
    public var includeTokens = false
    public var inputs: [String]
    public var readerOptions: CorpusReader.Options
    public var jobs: Int
    public var quiet: Bool
    /// A file path, or `-` for standard output.
    public var output: String
    /// A SQLite file: when set, `score` writes the store there instead of JSON Lines (see `StoreRun.swift`).
    public var database: String?
    /// Only the documents of this shard; all when nil.
    public var shard: Shard?
    /// Documents per batch (and per store transaction).
    public var batchDocuments = ParallelRunner.defaultBatchDocuments
    /// The stance stage; `nil` leaves every quotation's stance empty (`--stance none`).
    public var stanceScorer: StanceScorer?

    public init(
        mode: Mode, inputs: [String], readerOptions: CorpusReader.Options = .init(),
        jobs: Int = ProcessInfo.processInfo.activeProcessorCount, quiet: Bool = false, output: String = "-",
        stanceScorer: StanceScorer? = StanceScorer()
    ) {
        self.mode = mode
        self.inputs = inputs
        self.readerOptions = readerOptions
        self.jobs = jobs
        self.quiet = quiet
        self.output = output
        self.stanceScorer = stanceScorer
    }

    /// Runs to the end of the input, or to the end of the current batch after SIGINT.
    /// - Parameter messages: where problems and the summary go (standard error by default).
    /// - Returns: the run's counts; `exitCode` gives the process status.
    /// - Throws: `ICUError` when ICU cannot start, `ByteSink.WriteError` when output fails.
    /// - Complexity: O(*n*) in the input's size; memory is bounded by the batch size and the largest document.
    public func run(
        interrupt: InterruptFlag? = nil, messages: (String) -> Void = { CorpusRun.standardError($0) }
    ) throws -> RunSummary {
        if let database, mode == .quotations {
            return try runToStore(database: database, interrupt: interrupt, messages: messages)
        }
        let analyzer = try makeAnalyzer(messages: messages)
        let includeTokens = self.includeTokens
        let reader = CorpusReader(inputs: inputs, options: readerOptions)
        let progress = ProgressReporter(quiet: quiet, totalBytes: { reader.totalBytes() })
        let sink = try ByteSink(path: output)
        let mode = self.mode
        let shard = self.shard
        let started = Date()
        let summary = try ParallelRunner(jobs: jobs, batchDocuments: batchDocuments).run(
            reader: reader,
            transform: { document -> DocumentRecords? in
                if let shard, !shard.contains(documentID: document.id) { return nil }
                let analyzed = try analyzer.analyze(document)
                switch mode {
                case .sentences: return DocumentRecords(analyzed, format: .sentences(includeTokens: includeTokens))
                case .quotations: return DocumentRecords(analyzed, format: .quotations)
                }
            },
            consume: { _, records in try records?.write(to: sink.write) },
            report: { problem in
                if progress.isEnabled { messages("\r\u{1B}[K") }
                messages("verbatim: \(problem)\n")
            },
            progress: { summary, inputBytes in progress.update(summary, inputBytes: inputBytes) },
            shouldStop: { interrupt?.isRaised ?? false })
        try sink.close()
        progress.finish()
        if !quiet || summary.exitCode != 0 {
            messages(Self.describe(summary, seconds: Date().timeIntervalSince(started)) + "\n")
        }
        return summary
    }

    /// The stages this run needs, reporting once why stance is off when it is.
    func makeAnalyzer(messages: (String) -> Void) throws -> Analyzer {
        if mode == .quotations, let reason = stanceScorer?.unavailableReason { messages("verbatim: \(reason)\n") }
        return try Analyzer(
            depth: mode == .sentences ? .sentences : .quotations, tokens: includeTokens && mode == .sentences,
            scorer: stanceScorer ?? StanceScorer(disabledBecause: "turned off"))
    }

    /// The closing line of a run.
    /// - Complexity: O(1).
    public static func describe(_ summary: RunSummary, seconds: Double) -> String {
        let megabytes = Double(summary.textBytes) / 1_000_000
        var line =
            "verbatim: \(summary.documentsRead) documents read, \(summary.processed) processed, "
            + "\(summary.skipped) skipped, \(summary.failed) failed"
        if summary.repaired > 0 { line += ", \(summary.repaired) repaired" }
        line += String(format: " (%.2f MB in %.2f s)", megabytes, seconds)
        if summary.interrupted { line += "; interrupted" }
        return line
    }

    /// Writes `text` to standard error as it is (no newline added).
    /// - Complexity: O(*n*) in the length of the text.
    public static func standardError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
