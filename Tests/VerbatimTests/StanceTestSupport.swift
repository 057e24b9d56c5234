import Foundation
import Testing

@testable import Verbatim

/// Shared set-up for the stance tests: the shipped lexicon folder, found from this file's path
/// (tests never depend on the current directory or on `/work/shared`).
enum StanceTestSupport {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let lexiconFolder = packageRoot.appendingPathComponent("lexicons").path
    static let lexicon: StanceLexicon = {
        do { return try StanceLexicon(folder: lexiconFolder) } catch { fatalError("shipped lexicon does not load: \(error)") }
    }()

    static func scorer(_ kind: ScorerKind = .news, targets: TargetCatalogue = TargetCatalogue()) -> TextStanceScorer {
        TextStanceScorer(lexicon: lexicon, kind: kind, catalogue: targets)
    }

    /// The stance of a whole text.
    static func stance(_ text: String, _ kind: ScorerKind = .news, targets: TargetCatalogue = TargetCatalogue()) -> Stance {
        let source = SourceText(text)
        return scorer(kind, targets: targets).stance(of: source.span(utf8: 0..<source.bytes.count), in: source)
    }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-stance-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
