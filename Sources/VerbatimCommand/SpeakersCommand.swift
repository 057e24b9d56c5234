import ArgumentParser
import Verbatim

struct SpeakersCommand: ParsableCommand {
    /// Characters of an ISO date (`2017-03-05`), which is all a table needs of a timestamp.
    private static let dayLength = 10
    /// Roles shown per speaker: the most frequent, so that the line stays short.
    private static let rolesShown = 3

    private static func row(_ speaker: SpeakerSummary) -> [String] {
        let first: String = speaker.firstDate.map { String($0.prefix(dayLength)) } ?? ""
        let last: String = speaker.lastDate.map { String($0.prefix(dayLength)) } ?? ""
        let aliases: [String] = speaker.aliases.map(\.name).filter { $0 != speaker.name }
        let roles: [String] = speaker.roles.prefix(rolesShown).map(\.role)
        return [
            speaker.name, speaker.kind, String(speaker.quotations), String(speaker.documents), first, last,
            aliases.joined(separator: ", "), roles.joined(separator: "; "),
        ]
    }

    static let configuration = CommandConfiguration(
        commandName: "speakers",
        abstract: "List the speakers of a store, merged across documents, with quotation counts and dates.")

    @Option(help: "SQLite database written by verbatim score.")
    var db = "verbatim.sqlite"

    @Option(help: "Leave out speakers with fewer quotations.")
    var minQuotes = 1

    func run() throws {
        let store = try StoreReading.open(db)
        let rows = try store.speakers(minimumQuotations: minQuotes).map(Self.row)
        print(
            TextTable.render(
                header: ["speaker", "type", "quotes", "docs", "first", "last", "aliases", "roles"], rows: rows))
    }
}

/// Left-aligned columns separated by two spaces, for terminal tables.
enum TextTable {
    static func render(header: [String], rows: [[String]]) -> String {
        let all = [header] + rows
        var widths = [Int](repeating: 0, count: header.count)
        for row in all {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        return all.map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - cell.count)
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}
