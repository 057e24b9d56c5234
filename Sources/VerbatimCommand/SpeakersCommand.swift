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

    /// Output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, csv
    }

    @Option(help: "table or csv (all roles and aliases, full dates).")
    var format: Format = .table

    func run() throws {
        let store = try StoreReading.open(db)
        let speakers = try store.speakers(minimumQuotations: minQuotes)
        switch format {
        case .table:
            print(
                TextTable.render(
                    header: ["speaker", "type", "quotes", "docs", "first", "last", "aliases", "roles"],
                    rows: speakers.map(Self.row)))
        case .csv:
            print("speaker,type,quotes,docs,first,last,aliases,roles", terminator: "\r\n")
            for speaker in speakers {
                let fields = [
                    speaker.name, speaker.kind, String(speaker.quotations), String(speaker.documents),
                    speaker.firstDate ?? "", speaker.lastDate ?? "",
                    speaker.aliases.map { "\($0.name)=\($0.quotations)" }.joined(separator: "; "),
                    speaker.roles.map { "\($0.role)=\($0.quotations)" }.joined(separator: "; "),
                ]
                print(fields.map(Self.csvField).joined(separator: ","), terminator: "\r\n")
            }
        }
    }

    /// A CSV field, quoted when it holds a comma, quote or line break (RFC 4180).
    private static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
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
