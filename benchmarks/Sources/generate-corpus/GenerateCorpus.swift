import ArgumentParser
import CorpusGeneration
import Foundation

/// `generate-corpus`: a deterministic news corpus of any size, recombined
/// from the sentences, speakers and quotation patterns of `corpus/`.
@main
struct GenerateCorpus: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate-corpus",
        abstract: "Write a deterministic synthetic news corpus recombined from corpus/.",
        discussion: """
            The same --seed and --size give byte-identical output on any machine. Memory stays \
            at one article whatever the size.
            """)

    @Option(help: "Target size: 10MB, 1GB, 500kB (decimal units). Writing stops at the first article past it.")
    var size: String = "10MB"

    @Option(help: "Seed of the SplitMix64 generator.")
    var seed: UInt64 = 1

    @Option(help: "jsonl (one JSON object per line) or folder (one .txt per article).")
    var format: String = "jsonl"

    @Option(help: "Destination: a folder, or a .jsonl file for --format jsonl.")
    var out: String

    @Option(help: "Folder of source articles (text and JSON Lines). Default: the repository's corpus/.")
    var source: String?

    @Flag(help: "Write one plain-text document of the target size (needs --format folder).")
    var singleDocument = false

    func run() throws {
        guard let targetBytes = parseByteSize(size), targetBytes > 0 else {
            throw ValidationError("cannot read size '\(size)': write e.g. 10MB, 1GB")
        }
        guard let corpusFormat = CorpusFormat(rawValue: format) else {
            throw ValidationError("--format must be jsonl or folder")
        }
        let patterns = try Patterns.bundled()
        let pools = try SourcePools.load(from: try sourceFolder(), patterns: patterns)
        var composer = ArticleComposer(pools: pools, patterns: patterns, seed: seed)
        let started = Date()
        let summary = try CorpusWriter(format: corpusFormat, destination: out, singleDocument: singleDocument)
            .write(targetBytes: targetBytes, composer: &composer)
        let seconds = Date().timeIntervalSince(started)
        FileHandle.standardError.write(
            String(
                format: "generate-corpus: %d articles, %.1f MB in %@ (%.1f s, %.0f MB/s)\n", summary.articles,
                Double(summary.bytes) / 1e6, summary.path, seconds, Double(summary.bytes) / 1e6 / max(seconds, 1e-9)
            ).data(using: .utf8)!)
    }

    /// `--source`, or `corpus/` found from the working directory or from this source file's place in the repository.
    private func sourceFolder() throws -> String {
        if let source { return source }
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()  // generate-corpus
            .deletingLastPathComponent()  // Sources
            .deletingLastPathComponent()  // benchmarks
            .deletingLastPathComponent().path
        for candidate in ["corpus", "../corpus", repository + "/corpus"] {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), isDirectory.boolValue {
                return candidate
            }
        }
        throw ValidationError("cannot find corpus/: give --source FOLDER")
    }
}
