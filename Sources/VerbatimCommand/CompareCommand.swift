import ArgumentParser
import Foundation
import Verbatim

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare speakers' stance: means with 95% bootstrap intervals, differences, trends.",
        discussion: """
            Reads a store written by verbatim score. Quotations without a speaker are left \
            out unless --include-unknown is given. Intervals are seeded (--seed): the same \
            store gives the same numbers.
            """)

    /// Output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, csv, json, html
    }

    @Option(help: "SQLite database written by verbatim score.")
    var db = "verbatim.sqlite"

    @Option(name: .customLong("speaker"), help: "A speaker to compare (repeat for several); default: all.")
    var speakers: [String] = []

    @Option(name: .customLong("target"), help: "A target to compare toward (repeat for several); default: all.")
    var targets: [String] = []

    @Option(help: "Trend: month (document date) or outlet.")
    var by: String?

    @Option(help: "Leave out speakers, targets and trend points with fewer quotations.")
    var minQuotes = 1

    @Flag(help: "Count quotations without a speaker as one more speaker.")
    var includeUnknown = false

    @Option(help: "table, csv, json or html.")
    var format: Format = .table

    @Option(help: "Seed of the bootstrap.")
    var seed: UInt64 = StanceComparison.defaultSeed

    @Option(name: .shortAndLong, help: "Output file; - for standard output.")
    var output = "-"

    func validate() throws {
        if let by, StanceComparison.TrendGrouping(rawValue: by) == nil {
            throw ValidationError("--by must be month or outlet")
        }
        guard minQuotes >= 1 else { throw ValidationError("--min-quotes must be at least 1") }
    }

    func run() throws {
        let store = try StoreReading.open(db)
        var comparison = StanceComparison()
        // A name merged into a longer one (`Kerry`) selects that speaker (`John Kerry`).
        comparison.speakers = try speakers.map { try store.canonicalSpeaker(named: $0) }
        comparison.targets = targets
        comparison.trendBy = by.flatMap(StanceComparison.TrendGrouping.init(rawValue:))
        comparison.minimumQuotations = minQuotes
        comparison.includeUnknown = includeUnknown
        comparison.bootstrap = Bootstrap(seed: seed)
        var accumulator = StanceComparison.Accumulator(comparison)
        try store.forEachStanceObservation { accumulator.add($0) }
        let report = accumulator.report()
        let text: String
        switch format {
        case .table: text = ComparisonTextRenderer.table(report)
        case .csv: text = ComparisonTextRenderer.csv(report)
        case .json: text = try ComparisonTextRenderer.json(report)
        case .html: text = ComparisonHTMLRenderer.html(report)
        }
        if output == "-" {
            FileHandle.standardOutput.write(Data(text.utf8))
        } else {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        }
    }
}
