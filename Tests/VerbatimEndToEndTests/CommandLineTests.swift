import Foundation
import Testing

/// Runs the built `verbatim` executable as a user would.
@Suite struct CommandLineTests {
    struct Run {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// The `verbatim` binary that `swift test` built beside the test bundle.
    static func executable() throws -> String {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<3 {
            let candidate = folder.appendingPathComponent("verbatim").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        for configuration in ["debug", "release"] {
            let candidate = packageRoot + "/.build/\(configuration)/verbatim"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw CocoaError(.fileNoSuchFile)
    }

    static func run(_ arguments: [String], input: String? = nil) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try executable())
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: packageRoot)
        let output = Pipe()
        let error = Pipe()
        let standardInput = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = standardInput
        try process.run()
        if let input { standardInput.fileHandleForWriting.write(input.data(using: .utf8)!) }
        try standardInput.fileHandleForWriting.close()
        // Read both pipes before waiting, so that a full pipe cannot block the child.
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, standardOutput: String(decoding: outData, as: UTF8.self),
            standardError: String(decoding: errData, as: UTF8.self))
    }

    private func jsonLines(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    @Test func segmentWritesOneSentencePerLineWithCodePointOffsets() throws {
        let run = try Self.run(["segment", "--plain", "-", "--quiet"], input: "Café 😀 opened. “Is it?” he asked.\n\nNew paragraph.")
        #expect(run.status == 0)
        let lines = try jsonLines(run.standardOutput)
        #expect(lines.map { $0["text"] as? String } == ["Café 😀 opened.", "“Is it?” he asked.", "New paragraph."])
        // Code points: the emoji counts one (two in UTF-16, four in UTF-8).
        #expect(lines.map { $0["start"] as? Int } == [0, 15, 35])
        #expect(lines.map { $0["paragraph"] as? Int } == [0, 0, 1])
        #expect(lines.first?["doc"] as? String == "stdin")
    }

    @Test func segmentListsTokensWhenAsked() throws {
        let run = try Self.run(["segment", "--plain", "-", "--quiet", "--tokens"], input: "Kerry’s 2 “deals” 😀.")
        #expect(run.status == 0)
        let line = try #require(try jsonLines(run.standardOutput).first)
        let tokens = try #require(line["tokens"] as? [[String: Any]])
        let summary = tokens.map { "\($0["start"] as? Int ?? -1)-\($0["end"] as? Int ?? -1):\($0["kind"] as? String ?? "")" }
        #expect(
            summary == [
                "0-7:word", "8-9:number", "10-11:punctuation", "11-16:word", "16-17:punctuation", "18-19:other",
                "19-20:punctuation",
            ])
    }

    @Test func scoreOnTheBundledCorpusWritesTheDocumentedSchema() throws {
        // score writes SQLite by default; --output - keeps JSON Lines on standard output.
        let run = try Self.run(["score", "corpus/", "--quiet", "--output", "-"])
        #expect(run.status == 0, "\(run.standardError)")
        let records = try jsonLines(run.standardOutput)
        #expect(records.count > 10)
        let keys = ["doc", "kind", "quote", "speaker", "cue", "sentence", "paragraph", "stance", "meta"]
        for record in records {
            #expect(keys.allSatisfy { record.keys.contains($0) }, "\(record.keys.sorted())")
        }
        let sample = try #require(records.first { $0["doc"] as? String == "wire-2016-09-001" })
        let meta = try #require(sample["meta"] as? [String: Any])
        #expect(meta["outlet"] as? String == "Example Wire")
        #expect(meta["date"] as? String == "2016-09-18")
    }

    @Test func badDocumentsExitOneAndAreNamedOnStandardError() throws {
        let input = #"{"id":"ok","text":"Fine."}"# + "\n" + #"{"id":"bad","text":"#
        let run = try Self.run(["segment", "-"], input: input)
        #expect(run.status == 1)
        #expect(run.standardError.contains("-:2"))
        #expect(run.standardError.contains("malformed JSON"))
        #expect(run.standardError.contains("2 documents read, 1 processed, 0 skipped, 1 failed"))
        #expect(try jsonLines(run.standardOutput).count == 1)
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try Self.run(["score", "--jobs", "0", "corpus"]).status == 2)
        #expect(try Self.run(["score", "--no-such-option", "corpus"]).status == 2)
        #expect(try Self.run(["frobnicate"]).status == 2)
        #expect(try Self.run(["--help"]).status == 0)
    }

    @Test func outputIsByteIdenticalForAnyNumberOfJobs() throws {
        let one = try Self.run(["score", "corpus/", "--quiet", "--jobs", "1", "--output", "-"])
        let four = try Self.run(["score", "corpus/", "--quiet", "--jobs", "4", "--output", "-"])
        #expect(one.status == 0 && four.status == 0)
        #expect(one.standardOutput == four.standardOutput)
    }
}

@Suite struct InterruptTests {
    /// Ctrl-C must not lose or cut output: the batch in flight is finished,
    /// flushed and summarised, and the status is 130.
    @Test func sigintFinishesTheBatchFlushesAndExits130() throws {
        let folder = NSTemporaryDirectory() + "verbatim-interrupt-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let paragraph = "“We will not cooperate with a government that starves its own people,” Kerry said. "
        let line = #"{"id":"ID","text":"\#(String(repeating: paragraph, count: 40))"}"#
        let lines = (0..<20_000).map { line.replacingOccurrences(of: "ID", with: "d\($0)") }
        try lines.joined(separator: "\n").write(toFile: folder + "/big.jsonl", atomically: true, encoding: .utf8)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: try CommandLineTests.executable())
        process.arguments = ["score", folder + "/big.jsonl", "--jobs", "1", "--output", folder + "/out.jsonl"]
        let error = Pipe()
        process.standardError = error
        try process.run()
        // Wait until the first batch has reached the output file, then interrupt.
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let size = (try? FileManager.default.attributesOfItem(atPath: folder + "/out.jsonl")[.size] as? Int) ?? 0
            if size > 0 { break }
            Thread.sleep(forTimeInterval: 0.02)
        }
        kill(process.processIdentifier, SIGINT)
        let messages = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        #expect(messages.contains("interrupted"))
        let output = try String(contentsOfFile: folder + "/out.jsonl", encoding: .utf8)
        #expect(output.hasSuffix("\n"), "the last record is whole")
        var documents = Set<String>()
        for record in output.split(separator: "\n") {
            let object = try JSONSerialization.jsonObject(with: Data(record.utf8)) as? [String: Any]
            documents.insert(try #require(object?["doc"] as? String))
        }
        #expect(documents.count > 0 && documents.count < 20_000, "stopped early, after whole batches")
    }
}
