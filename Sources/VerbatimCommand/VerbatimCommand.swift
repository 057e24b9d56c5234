import ArgumentParser
import Foundation
import Verbatim

/// The `verbatim` executable: parses options and hands them to the library.
@main
struct VerbatimCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verbatim",
        abstract: "Find who said what in news text, and how they stand toward whom.",
        discussion: """
            Exit status: 0 when every document was processed; 1 when some documents \
            were skipped or failed (each is reported on standard error); 2 on a usage \
            error; 130 after an interrupt (Ctrl-C finishes the current batch first).
            """,
        subcommands: [
            SegmentCommand.self, ScoreCommand.self, QuotesCommand.self, StanceCommand.self, EvalCommand.self,
            ExportCommand.self, MergeCommand.self, SpeakersCommand.self, CompareCommand.self, LexiconCommand.self,
        ]
    )

    /// Parses and runs, mapping usage errors to exit status 2.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success || code.rawValue == 130 || code.rawValue == 1 {
                exit(withError: error)
            }
            // Usage errors (validation failures) exit 2, as documented; other errors 1.
            let message = fullMessage(for: error)
            if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            Foundation.exit(code == .validationFailure ? 2 : 1)
        }
    }
}

/// Options every corpus command shares.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Files, folders (read recursively: .txt, .md, .jsonl, .jsonl.gz) or - for standard input.")
    var inputs: [String]

    @Option(help: "JSON Lines member that holds the text.")
    var textField = "text"

    @Option(help: "JSON Lines member that holds the document id.")
    var idField = "id"

    @Flag(help: "Read standard input as one plain-text document instead of JSON Lines.")
    var plain = false

    @Option(
        name: .shortAndLong,
        help: "Worker threads (default: all cores; with a database, all cores but one, which its writer thread takes).")
    var jobs: Int?

    @Flag(name: .shortAndLong, help: "No progress line on standard error.")
    var quiet = false

    @Option(name: .shortAndLong, help: "Output file (JSON Lines); - for standard output.")
    var output: String?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    /// The worker count: `--jobs`, or else every core, less the one a database's single writer
    /// thread keeps busy (on 2 cores a second worker only takes CPU from the writer: measured
    /// 1.36 s against 1.21 s on 10 MB, benchmarks/run --store).
    /// - Parameter writesDatabase: whether the run writes a SQLite store.
    /// - Returns: at least 1.
    func workerCount(writesDatabase: Bool) -> Int {
        if let jobs { return jobs }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        return writesDatabase ? max(1, cores - 1) : cores
    }

    func run(
        _ mode: CorpusRun.Mode, includeTokens: Bool = false, database: String? = nil, shard: Shard? = nil,
        batchDocuments: Int? = nil, stanceScorer: StanceScorer? = nil
    ) throws {
        var corpusRun = CorpusRun(
            mode: mode, inputs: inputs,
            readerOptions: .init(textField: textField, idField: idField, plainStandardInput: plain),
            jobs: workerCount(writesDatabase: database != nil), quiet: quiet, output: output ?? "-",
            stanceScorer: stanceScorer)
        corpusRun.includeTokens = includeTokens
        corpusRun.database = database
        corpusRun.shard = shard
        if let batchDocuments { corpusRun.batchDocuments = batchDocuments }
        let summary = try corpusRun.run(interrupt: InterruptFlag())
        if summary.exitCode != 0 { throw ExitCode(summary.exitCode) }
    }
}

struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Split documents into sentences: one JSON line per sentence.",
        discussion: """
            Each line: {"doc","index","paragraph","start","end","text"}, offsets in \
            Unicode code points of the document text, end exclusive; with --tokens, \
            also "tokens": [{"start","end","kind"}] (kind: word, number, punctuation, other).
            """)

    @OptionGroup var options: CorpusOptions

    @Flag(help: "List each sentence's word tokens: \"tokens\": [{\"start\",\"end\",\"kind\"}].")
    var tokens = false

    func run() throws {
        try options.run(.sentences, includeTokens: tokens)
    }
}

struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Find quotations, their speakers and stance, into a SQLite store (or JSON Lines with --output).",
        discussion: """
            By default the results go to a SQLite database (--db, default verbatim.sqlite), \
            one transaction per batch: rerunning the same command skips documents already \
            stored with the same content and resumes where a killed run stopped. \
            --output FILE.jsonl (or -) writes one JSON line per quotation instead.
            """)

    @OptionGroup var options: CorpusOptions

    @Option(help: "SQLite database to write (default: verbatim.sqlite unless --output is given).")
    var db: String?

    @Option(help: "Process only shard K of N (K from 0 to N-1), chosen by a stable hash of the document id.")
    var shard: String?

    @Option(help: .hidden)
    var batchDocuments: Int?

    func validate() throws {
        if db != nil && options.output != nil { throw ValidationError("choose one of --db and --output") }
        if let shard { _ = try parsedShard(shard) }
        if let batchDocuments, batchDocuments < 1 { throw ValidationError("--batch-documents must be at least 1") }
    }

    private func parsedShard(_ text: String) throws -> Shard {
        do { return try Shard(parsing: text) } catch { throw ValidationError("\(error)") }
    }

    @OptionGroup var stance: StanceOptions

    func run() throws {
        let database = options.output == nil ? (db ?? "verbatim.sqlite") : nil
        try options.run(
            .quotations, database: database, shard: try shard.map(parsedShard), batchDocuments: batchDocuments,
            stanceScorer: try stance.makeScorer())
    }
}
