import ArgumentParser
import Foundation
import Verbatim

struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Show the quotations of one document as a table (speaker, role, cue, rule, confidence, quote).",
        discussion: "When standard output is a terminal, each quotation is then shown in its context, highlighted.")

    @Argument(help: "A plain-text file.")
    var file: String

    @Option(help: "Characters of quotation shown in the table.")
    var width = 60

    func run() throws {
        let text = try String(contentsOf: URL(fileURLWithPath: file), encoding: .utf8)
        let analyzer = try Analyzer(depth: .quotations)
        let document = try analyzer.analyze(Document(id: file, text: text, origin: Origin(path: file)))
        let header = ["#", "kind", "speaker", "role", "cue", "rule", "conf", "quote"]
        var rows: [[String]] = []
        for (index, quotation) in document.quotations.enumerated() {
            let speaker = quotation.speaker
            let quote = document.text.string(quotation.content).replacingOccurrences(of: "\n", with: " ")
            rows.append([
                String(index + 1), quotation.kind.rawValue, speaker?.name ?? "-", speaker?.role ?? "",
                quotation.cue.map { document.text.string($0) } ?? "", speaker?.rule ?? "",
                speaker.map { String(format: "%.2f", $0.confidence) } ?? "",
                quote.count > width ? String(quote.prefix(width - 1)) + "…" : quote,
            ])
        }
        var widths = header.map(\.count)
        for row in rows {
            for (column, cell) in row.enumerated() where column < header.count - 1 {
                widths[column] = min(max(widths[column], cell.count), 28)
            }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                if column == cells.count - 1 { return cell }
                let clipped = cell.count > widths[column] ? String(cell.prefix(widths[column] - 1)) + "…" : cell
                return clipped.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
        print(line(header))
        for row in rows { print(line(row)) }
        guard isatty(STDOUT_FILENO) != 0 else { return }
        // In a terminal: each quotation in its paragraph, the quote in bold yellow, the cue underlined.
        let bytes = document.text.bytes
        for (index, quotation) in document.quotations.enumerated() {
            let paragraph = document.segmentation.paragraphs[quotation.paragraph].span
            var marks: [(Int, String)] = [(quotation.content.utf8Start, "\u{1B}[1;33m"), (quotation.content.utf8End, "\u{1B}[0m")]
            if let cue = quotation.cue, cue.utf8Start >= paragraph.utf8Start, cue.utf8End <= max(paragraph.utf8End, quotation.content.utf8End) {
                marks += [(cue.utf8Start, "\u{1B}[4m"), (cue.utf8End, "\u{1B}[24m")]
            }
            if let mention = quotation.speaker?.mention {
                marks += [(mention.utf8Start, "\u{1B}[1;36m"), (mention.utf8End, "\u{1B}[22;39m")]
            }
            marks.sort { $0.0 < $1.0 }
            let end = max(paragraph.utf8End, quotation.content.utf8End)
            var output = "\n[\(index + 1)] "
            var position = paragraph.utf8Start
            for (offset, code) in marks where offset >= position && offset <= end {
                output += String(decoding: bytes[position..<offset], as: UTF8.self) + code
                position = offset
            }
            output += String(decoding: bytes[position..<end], as: UTF8.self) + "\u{1B}[0m"
            print(output)
        }
    }
}
