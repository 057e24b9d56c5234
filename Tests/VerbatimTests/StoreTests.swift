import Foundation
import Testing

@testable import Verbatim

@Suite("SQLite store")
struct StoreTests {
    typealias Docs = StoreTestDocuments

    private func stored(_ documents: [AnalyzedDocument]) -> [StoredDocument] {
        documents.map { StoredDocument(analyzed: $0, metadataJSON: Docs.metadataJSON(.object($0.document.metadata))) }
    }

    private func exportedJSONLines(_ store: QuotationStore) throws -> [UInt8] {
        var bytes: [UInt8] = []
        try store.forEachDocument { bytes += QuotationRecordWriter().records(for: StoreExport.analyzedDocument($0)) }
        return bytes
    }

    @Test("documents read back equal the documents written, stance, targets and evidence included")
    func roundTrip() throws {
        let store = try QuotationStore(path: Docs.temporaryDatabase())
        let written = stored(Docs.corpus())
        try store.write(batch: written)
        var read: [StoredDocument] = []
        try store.forEachDocument { read.append($0) }
        #expect(read == written)
    }

    @Test("export writes the same JSON Lines bytes as verbatim score --output")
    func exportMatchesRecordWriter() throws {
        let store = try QuotationStore(path: Docs.temporaryDatabase())
        let corpus = Docs.corpus()
        try store.write(batch: corpus, encodeMetadata: Docs.metadataJSON)
        let direct = corpus.flatMap { QuotationRecordWriter().records(for: $0) }
        #expect(try exportedJSONLines(store) == direct)
    }

    @Test("a document written again replaces its rows instead of adding to them")
    func rewriteReplaces() throws {
        let store = try QuotationStore(path: Docs.temporaryDatabase())
        let corpus = stored(Docs.corpus())
        try store.write(batch: corpus)
        let once = try store.counts()
        try store.write(batch: corpus)
        #expect(try store.counts() == once)
        #expect(once.documents == 3 && once.quotations == 3 && once.targets == 2 && once.evidence == 3)
    }

    @Test("isStored is true only for the same id and content hash")
    func isStored() throws {
        let store = try QuotationStore(path: Docs.temporaryDatabase())
        let document = stored(Docs.corpus())[0]
        try store.write(batch: [document])
        let changedText = StoredDocument.contentHash(text: document.text + " ", metadataJSON: document.metadataJSON)
        let changedMetadata = StoredDocument.contentHash(text: document.text, metadataJSON: "{}")
        let cases: [(id: String, hash: String, expected: Bool)] = [
            // The document as written: a rerun skips it.
            (document.id, document.contentHash, true),
            // The text changed: it must be scored again.
            (document.id, changedText, false),
            // Only the metadata changed (a corrected date): scored again too.
            (document.id, changedMetadata, false),
            // Another document with the same content is not stored.
            ("other", document.contentHash, false),
        ]
        for item in cases {
            #expect(try store.isStored(id: item.id, contentHash: item.hash) == item.expected, "\(item)")
        }
    }

    @Test("a full disk fails the whole batch with a clear error and keeps earlier batches")
    func diskFull() throws {
        let store = try QuotationStore(path: Docs.temporaryDatabase())
        let corpus = stored(Docs.corpus())
        try store.write(batch: [corpus[0]])
        let before = try store.counts()
        let pageCount = try store.queue.read { try Int.fetchOne($0, sql: "PRAGMA page_count") } ?? 0
        try store.limitSize(pages: pageCount)
        // A text larger than a page, so the batch must grow the file.
        var big = corpus[1]
        big.id = "big"
        big.text = String(repeating: "filler text ", count: 10_000)
        do {
            try store.write(batch: [corpus[2], big])
            Issue.record("a write past the size limit succeeded")
        } catch let error as StoreError {
            #expect(error.reason == .diskFull)
            #expect(error.description.contains("rerun the same command to resume"))
        }
        #expect(try store.counts() == before)
    }

    @Test("writing a database opened read-only gives a read-only error")
    func readOnly() throws {
        let path = Docs.temporaryDatabase()
        _ = try QuotationStore(path: path)
        let store = try QuotationStore(path: path, readOnly: true)
        #expect(throws: StoreError.self) { try store.write(batch: stored(Docs.corpus())) }
        do {
            try store.write(batch: stored(Docs.corpus()))
        } catch let error as StoreError {
            #expect(error.reason == .readOnly)
        }
    }

    @Test("opening a file that is not a database says so")
    func notADatabase() throws {
        let path = Docs.temporaryDatabase()
        try Data("not sqlite at all, just text that is long enough to be a header".utf8).write(
            to: URL(fileURLWithPath: path))
        do {
            _ = try QuotationStore(path: path)
            Issue.record("opened a text file as a store")
        } catch let error as StoreError {
            #expect(error.reason == .notADatabase)
        }
    }

    @Test("opening a missing database read-only fails with cannot-open")
    func missingDatabase() throws {
        let path = Docs.temporaryDatabase("absent.sqlite")
        #expect(throws: StoreError.self) { try QuotationStore(path: path, readOnly: true) }
    }

    @Test("merging two stores combines them, and merging again changes nothing")
    func mergeIsIdempotent() throws {
        let corpus = stored(Docs.corpus())
        let first = try QuotationStore(path: Docs.temporaryDatabase())
        try first.write(batch: Array(corpus[0..<2]))
        let second = try QuotationStore(path: Docs.temporaryDatabase())
        try second.write(batch: Array(corpus[1...]))
        let all = try QuotationStore(path: Docs.temporaryDatabase())
        let firstMerge = try all.merge(from: first)
        let secondMerge = try all.merge(from: second)
        #expect(firstMerge.copied == 2 && secondMerge.copied == 1 && secondMerge.unchanged == 1)
        let exported = try exportedJSONLines(all)
        let counts = try all.counts()
        let again = try all.merge(from: first)
        _ = try all.merge(from: second)
        #expect(again.copied == 0)
        #expect(try all.counts() == counts)
        #expect(try exportedJSONLines(all) == exported)
        #expect(counts.documents == 3)
    }

    @Test("stance observations carry their own targets and evidence, and the corpus speaker")
    func observations() throws {
        let store = try QuotationStore(path: Docs.temporaryDatabase())
        try store.write(batch: stored(Docs.corpus()))
        try store.rebuildSpeakers()
        let observations = try store.stanceObservations()
        // The quotation without stance is left out; the two with stance keep their own rows.
        #expect(observations.count == 2)
        #expect(observations.map(\.speaker) == ["John Kerry", "John Kerry"])
        #expect(observations.map { $0.targets.map(\.name) } == [["Russia"], ["truce"]])
        #expect(observations.map { $0.evidence.map(\.text) } == [["wrong", "must go"], ["welcome"]])
        #expect(observations.map(\.date) == ["2016-09-18", "2016-10-02"])
        #expect(observations.first?.outlet == "Reuters")
    }

    @Test("CSV quotes fields with commas, quotes and line breaks (RFC 4180)")
    func csv() throws {
        let store = try QuotationStore(path: Docs.temporaryDatabase())
        try store.write(batch: stored(Docs.corpus()))
        try store.rebuildSpeakers()
        var bytes: [UInt8] = []
        let count = try store.exportCSV { bytes += $0 }
        let text = String(decoding: bytes, as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(count == 3)
        #expect(lines.count == 4)
        #expect(lines[0] == QuotationStore.csvColumns.joined(separator: ","))
        // The quote holds a comma, so it is quoted; the speaker merges into John Kerry.
        #expect(lines[1].contains("\"Russia is wrong, and Assad must go.\""))
        #expect(lines[3].contains(",Kerry,John Kerry,"))
        #expect(lines[1].contains("Russia=-0.6250"))
    }
}

@Suite("Stable hash and shards")
struct ShardTests {
    @Test("FNV-1a 64 matches its published test vectors")
    func vectors() {
        // Vectors from the FNV reference test suite (draft-eastlake-fnv, fnv64a of "", "a", "foobar").
        let cases: [(String, UInt64)] = [
            ("", 0xcbf2_9ce4_8422_2325),
            ("a", 0xaf63_dc4c_8601_ec8c),
            ("foobar", 0x8594_4171_f739_67e8),
        ]
        for (input, expected) in cases {
            #expect(StableHash.of(input) == expected, "\(input)")
        }
    }

    @Test("every id belongs to exactly one shard, and shards are about even")
    func partition() throws {
        let count = 4
        let shards = try (0..<count).map { try Shard(index: $0, count: count) }
        var sizes = [Int](repeating: 0, count: count)
        let ids = (0..<4000).map { "doc-\($0).txt" }
        for id in ids {
            let owners = shards.filter { $0.contains(documentID: id) }
            #expect(owners.count == 1)
            if let owner = owners.first { sizes[owner.index] += 1 }
        }
        // 4000 ids in 4 shards: a fair hash keeps each within ±10% of 1000.
        #expect(sizes.allSatisfy { abs($0 - ids.count / count) < ids.count / count / 10 }, "\(sizes)")
    }

    @Test("shard specifications", arguments: [
        // Valid: first and last shard.
        ("0/4", true), ("3/4", true),
        // K is 0-based, so K == N is out of range.
        ("4/4", false),
        // Not numbers, missing parts, a zero count.
        ("a/b", false), ("1", false), ("0/0", false), ("-1/3", false),
    ])
    func parsing(text: String, valid: Bool) {
        #expect(((try? Shard(parsing: text)) != nil) == valid)
    }
}
