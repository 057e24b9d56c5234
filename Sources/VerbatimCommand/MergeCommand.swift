import ArgumentParser
import Foundation
import Verbatim

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine stores (for example the shards of a run) into one; merging twice changes nothing.")

    @Argument(help: "SQLite databases written by verbatim score.")
    var sources: [String]

    @Option(help: "The database to merge into (created when missing).")
    var db: String

    @Flag(name: .shortAndLong, help: "No summary on standard error.")
    var quiet = false

    func run() throws {
        let target = try QuotationStore(path: db)
        for source in sources {
            let summary = try target.merge(from: QuotationStore(path: source, readOnly: true))
            if !quiet {
                CorpusRun.standardError(
                    "verbatim: \(source): \(summary.copied) documents copied, \(summary.unchanged) already in \(db)\n")
            }
        }
        try target.rebuildSpeakers()
        try target.checkpoint()
    }
}
