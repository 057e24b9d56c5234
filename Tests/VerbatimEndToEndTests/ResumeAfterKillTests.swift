import Foundation
import Testing
import Verbatim

#if canImport(Glibc)
    import Glibc
#endif

/// Runs the built `verbatim` binary as a child process, as a researcher
/// would, to check what only a real process can show: a SIGKILL mid-run.
@Suite("Store: kill, resume, shards, export (child processes)", .serialized)
struct ResumeAfterKillTests {
    /// The `verbatim` executable beside the test bundle in the build folder.
    static let binary: URL = {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        if folder.pathExtension == "xctest" || folder.lastPathComponent == "MacOS" {
            folder = Bundle.main.bundleURL.deletingLastPathComponent()
        }
        return folder.appendingPathComponent("verbatim")
    }()

    /// Documents in the generated corpus: enough batches that a kill lands mid-run.
    static let documentCount = 3000
    /// Documents per batch (and per transaction) in these runs, small so that a run has many commits.
    static let batchDocuments = 20

    /// A generated corpus of news-like documents, each with dated metadata and
    /// a varying number of direct quotations (0 to 3), so that documents
    /// write different numbers of rows.
    static func writeCorpus(to url: URL, count: Int = documentCount) throws {
        var lines = ""
        let speakers = ["John Kerry", "Sergei Lavrov", "Kerry", "Ash Carter"]
        for index in 0..<count {
            var text = "Report \(index). Fighting continued near the airport on day \(index % 28 + 1)."
            for quote in 0..<(index % 4) {
                let speaker = speakers[(index + quote) % speakers.count]
                text += " \(speaker) said \\\"We will answer this number \(index * 10 + quote), and soon.\\\""
            }
            text += " Officials declined to comment further on the matter. " + String(repeating: "More context. ", count: 40)
            let month = index % 12 + 1
            lines += "{\"id\":\"doc-\(index)\",\"date\":\"2016-\(month < 10 ? "0" : "")\(month)-15\",\"text\":\"\(text)\"}\n"
        }
        try lines.write(to: url, atomically: true, encoding: .utf8)
    }

    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Starts `verbatim arguments…` with its standard error in a file.
    static func start(_ arguments: [String], in folder: URL) throws -> Process {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let log = folder.appendingPathComponent("stderr-\(UUID().uuidString).txt")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: log)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Runs `verbatim arguments…` to its end and returns its exit status.
    @discardableResult
    static func run(_ arguments: [String], in folder: URL) throws -> Int32 {
        let process = try start(arguments, in: folder)
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// The quotations of every stored document, by document id.
    static func quotationCounts(_ path: String) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        try QuotationStore(path: path, readOnly: true).forEachDocument { counts[$0.id] = $0.quotations.count }
        return counts
    }

    static func exported(_ path: String) throws -> [UInt8] {
        var bytes: [UInt8] = []
        try QuotationStore(path: path, readOnly: true).forEachDocument {
            bytes += QuotationRecordWriter().records(for: StoreExport.analyzedDocument($0))
        }
        return bytes
    }

    @Test("a run killed with SIGKILL keeps whole documents only, and its resume equals an uninterrupted run")
    func killAndResume() throws {
        let folder = try Self.temporaryFolder()
        let corpus = folder.appendingPathComponent("corpus.jsonl")
        try Self.writeCorpus(to: corpus)
        let common = ["score", corpus.path, "-q", "-j", "2", "--batch-documents", String(Self.batchDocuments)]

        #expect(try Self.run(common + ["--db", "full.sqlite"], in: folder) == 0)
        let full = folder.appendingPathComponent("full.sqlite").path
        let fullCounts = try Self.quotationCounts(full)
        #expect(fullCounts.count == Self.documentCount)
        #expect(fullCounts.values.reduce(0, +) > Self.documentCount)

        let killed = folder.appendingPathComponent("killed.sqlite").path
        let process = try Self.start(common + ["--db", "killed.sqlite"], in: folder)
        // Kill once a few batches are committed, well before the end.
        var storedBeforeKill = 0
        while process.isRunning && storedBeforeKill < Self.documentCount / 5 {
            usleep(5_000)
            storedBeforeKill = (try? Self.quotationCounts(killed).count) ?? 0
        }
        let killedMidRun = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(killedMidRun, "the run ended before it could be killed: make the corpus larger")
        #expect(process.terminationReason == .uncaughtSignal)

        // Nothing half-written: every stored document has all its quotations.
        let afterKill = try Self.quotationCounts(killed)
        #expect(afterKill.count >= storedBeforeKill && afterKill.count < Self.documentCount)
        #expect(afterKill.count % Self.batchDocuments == 0, "only whole batches are committed")
        for (id, count) in afterKill {
            #expect(fullCounts[id] == count, "\(id)")
        }

        #expect(try Self.run(common + ["--db", "killed.sqlite"], in: folder) == 0)
        #expect(try Self.quotationCounts(killed) == fullCounts)
        #expect(try Self.exported(killed) == Self.exported(full))
    }

    @Test("export of the store equals score --output, in JSON Lines")
    func exportEqualsDirectOutput() throws {
        let folder = try Self.temporaryFolder()
        let corpus = folder.appendingPathComponent("corpus.jsonl")
        try Self.writeCorpus(to: corpus, count: 200)
        #expect(try Self.run(["score", corpus.path, "-q", "--db", "store.sqlite"], in: folder) == 0)
        #expect(try Self.run(["score", corpus.path, "-q", "--output", "direct.jsonl"], in: folder) == 0)
        #expect(
            try Self.run(["export", "--db", "store.sqlite", "--format", "jsonl", "-o", "exported.jsonl"], in: folder)
                == 0)
        let direct = try Data(contentsOf: folder.appendingPathComponent("direct.jsonl"))
        let exported = try Data(contentsOf: folder.appendingPathComponent("exported.jsonl"))
        #expect(!direct.isEmpty)
        #expect(direct == exported)
    }

    @Test("shards split the corpus, and their merge equals one full run; merging twice changes nothing")
    func shardsMerge() throws {
        let folder = try Self.temporaryFolder()
        let corpus = folder.appendingPathComponent("corpus.jsonl")
        try Self.writeCorpus(to: corpus, count: 300)
        let shardCount = 3
        for index in 0..<shardCount {
            let arguments = ["score", corpus.path, "-q", "--shard", "\(index)/\(shardCount)", "--db", "shard\(index).sqlite"]
            #expect(try Self.run(arguments, in: folder) == 0)
        }
        #expect(try Self.run(["score", corpus.path, "-q", "--db", "full.sqlite"], in: folder) == 0)
        let shards = (0..<shardCount).map { "shard\($0).sqlite" }
        let sizes = try shards.map { try Self.quotationCounts(folder.appendingPathComponent($0).path).count }
        #expect(sizes.reduce(0, +) == 300 && sizes.allSatisfy { $0 > 0 }, "\(sizes)")
        #expect(try Self.run(["merge"] + shards + ["--db", "all.sqlite", "-q"], in: folder) == 0)
        let all = folder.appendingPathComponent("all.sqlite").path
        let full = folder.appendingPathComponent("full.sqlite").path
        let once = try Self.exported(all)
        #expect(try Self.quotationCounts(all) == Self.quotationCounts(full))
        #expect(try Self.run(["merge"] + shards + ["--db", "all.sqlite", "-q"], in: folder) == 0)
        #expect(try Self.exported(all) == once)
    }

    @Test("a rerun skips stored documents and re-scores a changed one")
    func rerunRescoresChanged() throws {
        let folder = try Self.temporaryFolder()
        let corpus = folder.appendingPathComponent("corpus.jsonl")
        try Self.writeCorpus(to: corpus, count: 50)
        let arguments = ["score", corpus.path, "--db", "store.sqlite"]
        #expect(try Self.run(arguments + ["-q"], in: folder) == 0)
        // Change doc-7's text so that it has one more quotation than the first run stored
        // (how many it had depends on the detector: "declined to comment" is an attribution too).
        let before = try Self.quotationCounts(folder.appendingPathComponent("store.sqlite").path)["doc-7"] ?? 0
        var text = try String(contentsOf: corpus, encoding: .utf8)
        text = text.replacingOccurrences(
            of: "Report 7. ", with: "Report 7. Ash Carter said \\\"A new quotation, added later.\\\" ")
        try text.write(to: corpus, atomically: true, encoding: .utf8)
        let process = try Self.start(arguments, in: folder)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let counts = try Self.quotationCounts(folder.appendingPathComponent("store.sqlite").path)
        #expect(before > 0)
        #expect(counts["doc-7"] == before + 1)
        #expect(counts.count == 50)
    }

    @Test("a document that fails is stored as failed with its error, and a rerun tries it again")
    func failedDocuments() throws {
        let folder = try Self.temporaryFolder()
        let corpus = folder.appendingPathComponent("corpus.jsonl")
        // The middle line has a number for its text: the reader fails it, with its id known.
        let lines = [
            #"{"id":"first","text":"She said \"yes, gladly.\""}"#, #"{"id":"broken","text":5}"#,
            #"{"id":"last","text":"He said \"no.\""}"#,
        ]
        try (lines.joined(separator: "\n") + "\n").write(to: corpus, atomically: true, encoding: .utf8)
        let arguments = ["score", corpus.path, "-q", "--db", "store.sqlite"]
        #expect(try Self.run(arguments, in: folder) == 1)
        let store = try QuotationStore(path: folder.appendingPathComponent("store.sqlite").path, readOnly: true)
        var failed: [StoredDocument] = []
        try store.forEachDocument(includeFailed: true) { if $0.status == .failed { failed.append($0) } }
        #expect(failed.map(\.id) == ["broken"])
        #expect(failed.first?.error?.contains("text") == true)
        #expect(try store.counts().documents == 3)
        #expect(try !store.isStored(id: "broken", contentHash: ""))
        #expect(try Self.run(arguments, in: folder) == 1)
        #expect(try store.counts().failedDocuments == 1)
    }

    @Test("Ctrl-C (SIGINT) commits the current batch, exits 130, and a rerun completes the store")
    func interruptAndResume() throws {
        let folder = try Self.temporaryFolder()
        let corpus = folder.appendingPathComponent("corpus.jsonl")
        try Self.writeCorpus(to: corpus)
        let arguments = [
            "score", corpus.path, "-q", "-j", "2", "--batch-documents", String(Self.batchDocuments), "--db", "s.sqlite",
        ]
        let path = folder.appendingPathComponent("s.sqlite").path
        let process = try Self.start(arguments, in: folder)
        var stored = 0
        while process.isRunning && stored < Self.documentCount / 5 {
            usleep(5_000)
            stored = (try? Self.quotationCounts(path).count) ?? 0
        }
        let interruptedMidRun = process.isRunning
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(interruptedMidRun, "the run ended before it could be interrupted: make the corpus larger")
        #expect(process.terminationStatus == 130)
        let afterInterrupt = try Self.quotationCounts(path)
        #expect(afterInterrupt.count < Self.documentCount)
        #expect(afterInterrupt.count % Self.batchDocuments == 0, "only whole batches are committed")
        #expect(try Self.run(arguments, in: folder) == 0)
        #expect(try Self.quotationCounts(path).count == Self.documentCount)
    }
}
