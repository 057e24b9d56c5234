import CorpusGeneration
import Foundation
import Verbatim

/// The inputs every benchmark runs on: one generated corpus (about
/// `Fixtures.targetBytes` of text) taken to each stage's starting point.
///
/// Every fixture is a lazily built static (Swift globals are initialised
/// once, thread-safely), and `benchmarkStage` touches it in the benchmark's
/// `setup`, so no fixture is ever built inside a measured closure.
public enum Fixtures {
    /// Text bytes of the fixture corpus: 1 MB by default, so that the
    /// framework's throughput (iterations per second) reads as MB/s.
    /// `VERBATIM_BENCH_MB` changes it (the benchmark names show the size).
    public static let targetBytes: Int = {
        let megabytes = ProcessInfo.processInfo.environment["VERBATIM_BENCH_MB"].flatMap(Double.init) ?? 1
        return Int(megabytes * 1_000_000)
    }()

    /// Seed of the fixture corpus; any seed gives a corpus of the same character.
    public static let seed: UInt64 = 1

    /// The generated documents (with date, outlet and title metadata).
    public static let documents: [Document] = {
        do {
            let patterns = try Patterns.bundled()
            let pools = try SourcePools.load(from: try repositoryCorpusFolder(), patterns: patterns)
            var composer = ArticleComposer(pools: pools, patterns: patterns, seed: seed)
            return composer.documents(totalTextBytes: targetBytes)
        } catch {
            fatalError("cannot build the benchmark corpus: \(error)")
        }
    }()

    /// UTF-8 bytes of all document texts.
    public static let textBytes: Int = documents.reduce(0) { $0 + $1.text.utf8.count }

    /// "1.00 MB, 388 docs": the size every benchmark name carries, to turn
    /// its throughput into MB/s and documents/s.
    public static let label: String = String(
        format: "%.2f MB, %d docs", Double(textBytes) / 1_000_000, documents.count)

    /// Each document's `SourceText` (the stages' byte view and code point index).
    public static let sourceTexts: [SourceText] = documents.map { SourceText($0.text) }

    /// Documents segmented into paragraphs, sentences and tokens; no quotations yet.
    public static let segmented: [AnalyzedDocument] = {
        let segmenter = try! Segmenter(tokenize: true)
        return zip(documents, sourceTexts).map { document, text in
            AnalyzedDocument(document: document, text: text, segmentation: try! segmenter.segment(text))
        }
    }()

    /// Segmented documents with their quotations detected (no speakers, no stance).
    public static let detected: [AnalyzedDocument] = segmented.map { document in
        var document = document
        document.quotations = QuoteDetector().detect(in: document)
        return document
    }

    /// Documents through the whole pipeline (`Analyzer` at depth `.quotations`).
    public static let analyzed: [AnalyzedDocument] = {
        let analyzer = try! Analyzer(depth: .quotations)
        return documents.map { try! analyzer.analyze($0) }
    }()

    /// The analyzed documents as the store keeps them, in batches of the
    /// runner's default size: `verbatim score` commits one transaction per batch.
    public static let storedBatches: [[StoredDocument]] = {
        let stored = analyzed.map { document in
            var writer = JSONWriter()
            writer.value(.object(document.document.metadata))
            return StoredDocument(analyzed: document, metadataJSON: String(decoding: writer.bytes, as: UTF8.self))
        }
        let size = ParallelRunner.defaultBatchDocuments
        return stride(from: 0, to: stored.count, by: size).map { Array(stored[$0..<min($0 + size, stored.count)]) }
    }()

    /// Where the store benchmark keeps its SQLite file (in this process's temporary folder).
    public static let storePath: String = temporaryFolder + "/store.sqlite"

    /// The corpus as one JSON Lines file in a temporary folder.
    public static let jsonLinesFile: String = {
        let folder = temporaryFolder
        let path = folder + "/corpus.jsonl"
        var writer = JSONWriter()
        for document in documents {
            writer.beginObject()
            writer.key("id")
            writer.string(document.id)
            for (key, value) in document.metadata {
                writer.key(key)
                writer.value(value)
            }
            writer.key("text")
            writer.string(document.text)
            writer.endObject()
            writer.newline()
        }
        _ = FileManager.default.createFile(atPath: path, contents: Data(writer.bytes))
        return path
    }()

    /// The corpus as a folder of `.txt` files, one per document.
    public static let textFolder: String = {
        let folder = temporaryFolder + "/texts"
        try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for document in documents {
            _ = FileManager.default.createFile(
                atPath: folder + "/" + document.id + ".txt", contents: Data(document.text.utf8))
        }
        return folder
    }()

    /// A folder for this process's fixture files, removed when the process exits.
    private static let temporaryFolder: String = {
        let folder = NSTemporaryDirectory() + "verbatim-bench-\(ProcessInfo.processInfo.processIdentifier)"
        try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: Fixtures.temporaryFolder) }
        return folder
    }()

    /// The repository's `corpus/`, found from this file's place in it (the benchmarks run from a checkout).
    static func repositoryCorpusFolder() throws -> String {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()  // BenchmarkSupport
            .deletingLastPathComponent()  // Sources
            .deletingLastPathComponent()  // benchmarks
            .deletingLastPathComponent().path
        let folder = ProcessInfo.processInfo.environment["VERBATIM_BENCH_SOURCE"] ?? repository + "/corpus"
        guard FileManager.default.fileExists(atPath: folder) else {
            throw GeneratorError("no corpus at \(folder): set VERBATIM_BENCH_SOURCE")
        }
        return folder
    }
}
