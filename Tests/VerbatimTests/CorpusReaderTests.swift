import CZlib
import Foundation
import Testing

@testable import Verbatim

@Suite struct CorpusReaderTests {
    private func read(_ inputs: [String], options: CorpusReader.Options = .init()) -> [ReadItem] {
        Array(CorpusReader(inputs: inputs, options: options))
    }

    @Test func folderIsWalkedRecursivelyInNameOrderWithRelativeIds() throws {
        let folder = try TemporaryFolder()
        try folder.write("b.txt", "Second.")
        try folder.write("a.txt", "First.")
        try folder.write("sub/c.md", "Third.")
        try folder.write("notes.csv", "ignored, not a corpus file")
        try folder.write(".hidden.txt", "hidden files are not documents")
        let ids = read([folder.path]).compactMap { $0.document?.id }
        #expect(ids == ["a.txt", "b.txt", "sub/c.md"])
    }

    @Test func jsonLinesCarryMetadataAndCustomFields() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(
            "docs.jsonl",
            #"{"doc_id": 7, "date": "2016-09-18", "body": "Kerry spoke.", "tags": ["a"]}"# + "\n")
        let items = read([path], options: .init(textField: "body", idField: "doc_id"))
        let document = try #require(items.first?.document)
        #expect(document.id == "7")
        #expect(document.text == "Kerry spoke.")
        #expect(document.metadata.map(\.key) == ["date", "tags"])
        #expect(document.origin == Origin(path: path, line: 1))
    }

    /// Each bad input is reported with its place and the run goes on to the next document.
    @Test func badInputIsReportedAndSkippedWithoutStoppingTheRun() throws {
        let folder = try TemporaryFolder()
        try folder.write("1-empty.txt", "  \n\n ")
        try folder.write("2-binary.txt", bytes: [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x02])
        try folder.write("3-latin1.txt", bytes: Array("caf".utf8) + [0xE9] + Array(" ok.".utf8))
        try folder.write(
            "4-lines.jsonl",
            [
                #"{"id": "good", "text": "Fine."}"#,
                #"{"id": "broken", "text": "no closing brace""#,
                "",
                #"{"id": "notext", "title": "x"}"#,
                #"["not", "an", "object"]"#,
                #"{"id": "number", "text": 5}"#,
                #"{"id": "last", "text": "Still read."}"#,
            ].joined(separator: "\n"))
        let items = read([folder.path, folder.path + "/missing-file.txt"])
        let outcomes = items.map { item -> String in
            let problem = item.problem.map { "\($0.severity.rawValue)@\($0.origin)" } ?? "ok"
            return "\(item.document?.id ?? "-") \(problem)"
        }
        let root = folder.path
        #expect(
            outcomes == [
                "- skipped@\(root)/1-empty.txt",
                "- skipped@\(root)/2-binary.txt",
                "3-latin1.txt warning@\(root)/3-latin1.txt",
                "good ok",
                "- failed@\(root)/4-lines.jsonl:2",
                "- failed@\(root)/4-lines.jsonl:4",
                "- failed@\(root)/4-lines.jsonl:5",
                "- failed@\(root)/4-lines.jsonl:6",
                "last ok",
                "- failed@\(root)/missing-file.txt",
            ])
        let repaired = try #require(items[2].document)
        #expect(repaired.text == "caf\u{FFFD} ok.")
        #expect(items[2].problem?.message.contains("1 invalid UTF-8 sequence") == true)
        #expect(items[4].problem?.message.contains("malformed JSON") == true)
        #expect(items[5].problem?.message.contains("no \"text\" field") == true)
        #expect(items[5].problem?.documentID == "notext")
    }

    @Test func gzipJSONLinesAreReadStreaming() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/docs.jsonl.gz"
        let lines = (0..<2000).map { #"{"id": "d\#($0)", "text": "Document number \#($0)."}"# }.joined(separator: "\n")
        let file = try #require(gzopen(path, "wb"))
        let written = lines.withCString { gzwrite(file, $0, UInt32(strlen($0))) }
        gzclose(file)
        #expect(written > 0)
        let documents = read([path]).compactMap(\.document)
        #expect(documents.count == 2000)
        #expect(documents.last?.text == "Document number 1999.")
    }

    @Test func crlfLineEndingsAndByteOrderMarksAreNotText() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("crlf.jsonl", bytes: Array(#"{"id":"a","text":"x"}"#.utf8) + [0x0D, 0x0A])
        let bom = try folder.write("bom.txt", bytes: [0xEF, 0xBB, 0xBF] + Array("Text.".utf8))
        #expect(read([path]).first?.document?.text == "x")
        #expect(read([bom]).first?.document?.text == "Text.")
    }
}

@Suite struct JSONLinesRepairTests {
    /// Invalid UTF-8 inside a JSON string is repaired and counted, at any
    /// position relative to the parser's 8-byte fast path.
    @Test(arguments: [0, 1, 7, 8, 9, 15, 16, 17])
    func invalidBytesInsideTheTextAreRepairedAndCounted(prefixLength: Int) throws {
        let prefix = String(repeating: "a", count: prefixLength)
        let line = Array(#"{"id":"x","text":""#.utf8) + Array(prefix.utf8) + [0xFF, 0xC3] + Array(#" end"}"#.utf8)
        let item = JSONLinesDocument.parse(line, origin: Origin(path: "t.jsonl", line: 3), textField: "text", idField: "id")
        #expect(item.document?.text == prefix + "\u{FFFD}\u{FFFD} end")
        #expect(item.problem?.severity == .warning)
        #expect(item.problem?.message.hasPrefix("2 invalid UTF-8 sequences") == true)
    }

    /// The fast path must still stop at quotes, backslashes and control bytes wherever they fall.
    @Test(arguments: 0..<17)
    func specialBytesAreFoundAtEveryAlignment(position: Int) throws {
        let before = String(repeating: "b", count: position)
        for (special, expected) in [(#"\""#, "\""), (#"\\"#, "\\"), (#"\n"#, "\n"), (#"\u00e9"#, "é")] {
            let json = #"{"text":""# + before + special + "tail" + #""}"#
            let value = try JSONParser.parse(Array(json.utf8))
            #expect(value["text"] == .string(before + expected + "tail"))
        }
        let raw = Array(#"{"text":""#.utf8) + Array(before.utf8) + [0x01] + Array(#"x"}"#.utf8)
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(raw) }
    }

    /// After a first escape the parser copies the runs between escapes in bulk:
    /// the next quote, backslash or control byte must still be found at any
    /// distance, and invalid UTF-8 in a run still repaired.
    @Test(arguments: 0..<17)
    func specialBytesAfterAnEscapeAreFoundAtEveryDistance(distance: Int) throws {
        let between = String(repeating: "c", count: distance)
        for (special, expected) in [(#"\""#, "\""), (#"\\"#, "\\"), (#"\n"#, "\n"), (#"\u00e9"#, "é"), ("", "")] {
            let json = #"{"text":"a\nb"# + between + special + "tail" + #""}"#
            let value = try JSONParser.parse(Array(json.utf8))
            #expect(value["text"] == .string("a\nb" + between + expected + "tail"), "after \(special)")
        }
        let raw = Array(#"{"text":"a\nb"#.utf8) + Array(between.utf8) + [0x01] + Array(#"x"}"#.utf8)
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(raw) }
        let invalid = Array(#"{"id":"x","text":"a\nb"#.utf8) + Array(between.utf8) + [0xFF] + Array(#" end"}"#.utf8)
        let item = JSONLinesDocument.parse(invalid, origin: Origin(path: "t.jsonl", line: 1), textField: "text", idField: "id")
        #expect(item.document?.text == "a\nb" + between + "\u{FFFD} end")
        #expect(item.problem?.severity == .warning)
    }
}
