import ArgumentParser
import Foundation
import Verbatim

/// `verbatim stance`: the stance of free text, one JSON line per input line.
struct StanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stance",
        abstract: "Score the stance of TEXT, or of each line of standard input: one JSON line each.",
        discussion: """
            Each output line: {"id"?, "score", "label", "targets", "evidence"}; score in [-1, 1], \
            label support (score >= 0.05), oppose (<= -0.05) or neutral; offsets in code points of the \
            line's text. Lexicons are looked for in: --lexicon DIR; $VERBATIM_LEXICONS; a lexicons/ \
            folder beside or above the executable; a lexicons/ folder in or above the current directory.
            """)

    @Argument(help: "Text to score; without it, each line of standard input is scored.")
    var text: String?

    @Option(help: "Read standard input as JSON Lines and score this member (the id member is copied).")
    var textField: String?

    @Option(help: "JSON Lines member copied to the output as \"id\".")
    var idField = "id"

    @Flag(help: "Print the evidence readably instead of JSON.")
    var explain = false

    @Option(help: "Lexicon folder to use instead of the shipped one.")
    var lexicon: String?

    @Option(help: "news (default) or vader (vaderSentiment 3.3.2's compound score, no targets).")
    var scorer: String = ScorerKind.news.rawValue

    @Option(help: "Targets file: a canonical name, then its aliases, tab-separated, one target per line.")
    var targets: String?

    func validate() throws {
        guard ScorerKind(rawValue: scorer) != nil else { throw ValidationError("--scorer must be news or vader") }
    }

    func run() throws {
        let lexiconFolder: StanceLexicon
        do {
            lexiconFolder = try StanceLexicon(locator: LexiconLocator(explicitFolder: lexicon))
        } catch {
            throw ValidationError("\(error)")
        }
        let catalogue = try targets.map { try TargetCatalogue(contentsOf: $0) } ?? TargetCatalogue()
        let textScorer = TextStanceScorer(lexicon: lexiconFolder, kind: ScorerKind(rawValue: scorer)!, catalogue: catalogue)
        let workspace = ScoringWorkspace()
        let sink = try ByteSink(path: "-")
        var writer = JSONWriter()
        let recordWriter = StanceRecordWriter()

        func emit(_ line: String, id: JSONValue?) throws {
            let source = SourceText(line)
            let stance = textScorer.stance(of: source.span(utf8: 0..<source.bytes.count), in: source, workspace: workspace)
            if explain {
                let label: String? = id.map { value in
                    if case .string(let string) = value { return string }
                    var idWriter = JSONWriter()
                    idWriter.value(value)
                    return String(decoding: idWriter.bytes, as: UTF8.self)
                }
                try sink.write(Array(recordWriter.explain(stance, id: label, text: source).utf8))
                return
            }
            writer.reset()
            recordWriter.write(stance, id: id, text: source, to: &writer)
            writer.newline()
            try sink.write(writer.bytes)
        }

        if let text {
            try emit(text, id: nil)
            try sink.close()
            return
        }
        let input = FileHandle.standardInput.readDataToEndOfFile()
        var lineNumber = 0
        var failed = false
        try input.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
                lineNumber += 1
                var lineEnd = end
                if lineEnd > start && bytes[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
                let lineBytes = UnsafeBufferPointer(rebasing: bytes[start..<lineEnd])
                start = end + 1
                guard let textField else {
                    try emit(String(decoding: lineBytes, as: UTF8.self), id: nil)
                    continue
                }
                if lineBytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                do {
                    let value = try JSONParser.parse(Array(lineBytes))
                    guard let lineText = value[textField]?.stringValue else {
                        FileHandle.standardError.write(Data("verbatim: -:\(lineNumber): no string member \"\(textField)\"\n".utf8))
                        failed = true
                        continue
                    }
                    try emit(lineText, id: value[idField])
                } catch let error as JSONParser.SyntaxError {
                    FileHandle.standardError.write(Data("verbatim: -:\(lineNumber): \(error)\n".utf8))
                    failed = true
                }
            }
        }
        try sink.close()
        if failed { throw ExitCode(1) }
    }
}
