import Foundation
import Testing
import Verbatim

/// Issue 3's acceptance criteria for the seed article in `corpus/`: every
/// quotation found, Kerry's (at least four, one mixed) → John Kerry,
/// Mardoud's → Muhammad Mardoud, the statement → Peter Cook, the officials'
/// quotations → officials.
@Test func seedArticleSpeakers() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    let text = try String(contentsOf: root.appendingPathComponent("corpus/us-strike-deir-ez-zor.txt"), encoding: .utf8)
    let lexicons = LexiconFolder(url: root.appendingPathComponent("lexicons"))
    let analyzer = try Analyzer(
        depth: .quotations, detector: QuoteDetector(folder: lexicons), attributor: SpeakerAttributor(folder: lexicons))
    let document = try analyzer.analyze(Document(id: "seed", text: text, origin: Origin(path: "seed")))
    func speaker(of fragment: String) -> String? {
        document.quotations.first { document.text.string($0.content).contains(fragment) }?.speaker?.name
    }
    let kerry = document.quotations.filter { $0.speaker?.name == "John Kerry" }
    #expect(kerry.count >= 4)
    #expect(kerry.contains { $0.kind == .mixed })
    #expect(speaker(of: "ISIS militants tightened their siege") == "Muhammad Mardoud")
    #expect(speaker(of: "We believe it was not the coalition") == "Muhammad Mardoud")
    #expect(speaker(of: "This is the first time for the U.S.-led coalition") == "Muhammad Mardoud")
    #expect(speaker(of: "The coalition aircraft conducting the mission") == "Peter Cook")
    #expect(speaker(of: "The coalition forces would not intentionally strike")?.hasSuffix("officials") == true)
    #expect(speaker(of: "it was possible the personnel")?.hasSuffix("officials") == true)
    // Every direct quotation of the article is found.
    for fragment in [
        "The coalition forces would not", "on the boundary between criminal negligence", "ISIS militants tightened",
        "We believe it was not", "This is the first time", "The coalition aircraft conducting",
        "the coalition air operations center earlier", "striking a Da’esh", "it was possible the personnel",
        "struck in the past", "uncommon for the Coalition", "not required by the current",
        "The regime, once again, is blocking it. So", "The biggest judgment", "So let me just say this clearly",
        "pretending they are Nusra",
    ] {
        #expect(document.quotations.contains { document.text.string($0.content).contains(fragment) }, "\(fragment)")
    }
}
