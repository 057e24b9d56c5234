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
        subcommands: [SegmentCommand.self, ScoreCommand.self, StanceCommand.self, LexiconCommand.self]
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
            if !message.isEmpty { FileHandle.standardError.write((message + "\n").data(using: .utf8)!) }
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

    @Option(name: .shortAndLong, help: "Worker threads (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .shortAndLong, help: "No progress line on standard error.")
    var quiet = false

    @Option(name: .shortAndLong, help: "Output file (JSON Lines); - for standard output.")
    var output = "-"

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run(_ mode: CorpusRun.Mode, stanceScorer: StanceScorer? = nil) throws {
        let corpusRun = CorpusRun(
            mode: mode, inputs: inputs,
            readerOptions: .init(textField: textField, idField: idField, plainStandardInput: plain),
            jobs: jobs, quiet: quiet, output: output, stanceScorer: stanceScorer)
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
            Unicode code points of the document text, end exclusive.
            """)

    @OptionGroup var options: CorpusOptions

    func run() throws {
        try options.run(.sentences)
    }
}

struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Find quotations, their speakers and stance: one JSON line per quotation.")

    @OptionGroup var options: CorpusOptions

    @OptionGroup var stance: StanceOptions

    func run() throws {
        try options.run(.quotations, stanceScorer: try stance.makeScorer())
    }
}
