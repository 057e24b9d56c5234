import ArgumentParser
import Verbatim

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the quotations of a store as JSON Lines (the records of score --output) or CSV.")

    @Option(help: "SQLite database written by verbatim score.")
    var db = "verbatim.sqlite"

    @Option(help: "jsonl or csv.")
    var format: String = StoreExport.Format.jsonl.rawValue

    @Option(name: .shortAndLong, help: "Output file; - for standard output.")
    var output = "-"

    func validate() throws {
        guard StoreExport.Format(rawValue: format) != nil else {
            throw ValidationError("--format must be jsonl or csv")
        }
    }

    func run() throws {
        // CSV names each quotation's corpus speaker: merge speakers first if a run was killed before it did.
        let store = try StoreReading.open(db)
        _ = try StoreExport.export(store, format: StoreExport.Format(rawValue: format)!, to: output)
    }
}
