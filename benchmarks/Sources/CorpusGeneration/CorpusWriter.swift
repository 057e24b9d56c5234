import Foundation
import Verbatim

/// How a generated corpus is laid out on disk.
public enum CorpusFormat: String, Sendable, CaseIterable {
    /// One JSON object per line: `{"id","date","outlet","title","text"}`.
    case jsonl
    /// One `.txt` file per article (headline, blank line, text), in
    /// subfolders of `filesPerFolder` files.
    case folder
}

/// Streams generated articles to disk until a size is reached; memory stays
/// at one article (plus the output buffer) whatever the size.
public struct CorpusWriter {
    public var format: CorpusFormat
    /// Where to write: a `.jsonl` file, or a folder (for `jsonl`, `corpus.jsonl` inside it).
    public var destination: String
    /// Write one single document of the target size instead of many articles.
    public var singleDocument: Bool

    /// Files per subfolder in the `folder` format, so no folder grows huge.
    static let filesPerFolder = 1000

    public init(format: CorpusFormat, destination: String, singleDocument: Bool = false) {
        self.format = format
        self.destination = destination
        self.singleDocument = singleDocument
    }

    /// What a run wrote.
    public struct Summary: Sendable {
        public var articles = 0
        public var bytes = 0
        public var path = ""
    }

    /// Writes articles from `composer` until at least `targetBytes` bytes are on disk.
    /// - Throws: `GeneratorError` or `ByteSink.WriteError` when the destination cannot be written.
    /// - Complexity: O(*targetBytes*).
    public func write(targetBytes: Int, composer: inout ArticleComposer) throws -> Summary {
        let manager = FileManager.default
        var summary = Summary()
        let folder = destination.hasSuffix(".jsonl") ? (destination as NSString).deletingLastPathComponent : destination
        if !folder.isEmpty { try manager.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        if singleDocument {
            // One plain-text document: articles one after another, as in a long transcript or a book.
            if format == .jsonl {
                throw GeneratorError("--single-document writes plain text: use --format folder")
            }
            let path = destination + "/single-document.txt"
            let sink = try ByteSink(path: path)
            while summary.bytes < targetBytes {
                let article = composer.next()
                var bytes = Array(article.title.utf8)
                bytes.append(contentsOf: [0x0A, 0x0A])
                bytes.append(contentsOf: article.text)
                bytes.append(contentsOf: [0x0A, 0x0A])
                try sink.write(bytes)
                summary.bytes += bytes.count
                summary.articles += 1
            }
            try sink.close()
            summary.path = path
            return summary
        }
        switch format {
        case .jsonl:
            let sink = try ByteSink(path: jsonLinesPath)
            var writer = JSONWriter()
            while summary.bytes < targetBytes {
                let article = composer.next()
                writer.reset()
                writer.beginObject()
                writer.key("id")
                writer.string(article.id)
                writer.key("date")
                writer.string(article.date)
                writer.key("outlet")
                writer.string(article.outlet)
                writer.key("title")
                writer.string(article.title)
                writer.key("text")
                writer.string(String(decoding: article.text, as: UTF8.self))
                writer.endObject()
                writer.newline()
                try sink.write(writer.bytes)
                summary.bytes += writer.bytes.count
                summary.articles += 1
            }
            try sink.close()
            summary.path = jsonLinesPath
        case .folder:
            var currentFolder = -1
            while summary.bytes < targetBytes {
                let article = composer.next()
                let folderIndex = summary.articles / Self.filesPerFolder
                let folder = destination + "/" + Self.padded(folderIndex, width: 5)
                if folderIndex != currentFolder {
                    try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
                    currentFolder = folderIndex
                }
                var bytes = Array(article.title.utf8)
                bytes.append(contentsOf: [0x0A, 0x0A])
                bytes.append(contentsOf: article.text)
                bytes.append(0x0A)
                let sink = try ByteSink(path: folder + "/" + article.id + ".txt")
                try sink.write(bytes)
                try sink.close()
                summary.bytes += bytes.count
                summary.articles += 1
            }
            summary.path = destination
        }
        return summary
    }

    private var jsonLinesPath: String {
        destination.hasSuffix(".jsonl") ? destination : destination + "/corpus.jsonl"
    }

    static func padded(_ number: Int, width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

/// Parses sizes such as `10MB`, `1.5GB`, `500kB`, `200 MB` or a plain byte
/// count. Units are decimal (1 MB = 1,000,000 bytes), as throughput in MB/s is.
public func parseByteSize(_ text: String) -> Int? {
    let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
    let units: [(suffix: String, factor: Double)] = [
        ("GB", 1e9), ("MB", 1e6), ("KB", 1e3), ("G", 1e9), ("M", 1e6), ("K", 1e3), ("B", 1),
    ]
    for unit in units where trimmed.hasSuffix(unit.suffix) {
        let number = trimmed.dropLast(unit.suffix.count).trimmingCharacters(in: .whitespaces)
        guard let value = Double(number), value >= 0 else { return nil }
        return Int(value * unit.factor)
    }
    return Int(trimmed)
}
