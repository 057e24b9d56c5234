import Foundation
import Testing

@testable import Verbatim

/// The package's `lexicons/` folder, found from this file's path so that tests
/// never depend on the working directory.
let testLexicons = LexiconFolder(
    url: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("lexicons"))

/// One analyzer for every test (ICU break iterators are pooled inside).
let testAnalyzer = try! Analyzer(
    depth: .quotations, detector: QuoteDetector(folder: testLexicons),
    attributor: SpeakerAttributor(folder: testLexicons))

func analyze(_ text: String, id: String = "test") throws -> AnalyzedDocument {
    try testAnalyzer.analyze(Document(id: id, text: text, origin: Origin(path: id)))
}

/// A case text with inline marks: `[[…]]` around each expected quotation
/// content, `{…}` around each expected speaker mention.
struct MarkedText {
    var text: String
    /// Code point ranges of the `[[…]]` marks, in order.
    var contents: [Range<Int>] = []
    /// Code point ranges of the `{…}` marks, in order.
    var mentions: [Range<Int>] = []

    init(_ marked: String) {
        var scalars: [Unicode.Scalar] = []
        var contentStart: Int?
        var mentionStart: Int?
        let input = Array(marked.unicodeScalars)
        var index = 0
        while index < input.count {
            let scalar = input[index]
            let next = index + 1 < input.count ? input[index + 1] : nil
            if scalar == "[" && next == "[" {
                contentStart = scalars.count
                index += 2
            } else if scalar == "]" && next == "]", let start = contentStart {
                contents.append(start..<scalars.count)
                contentStart = nil
                index += 2
            } else if scalar == "{" {
                mentionStart = scalars.count
                index += 1
            } else if scalar == "}", let start = mentionStart {
                mentions.append(start..<scalars.count)
                mentionStart = nil
                index += 1
            } else {
                scalars.append(scalar)
                index += 1
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        text = String(view)
    }
}
