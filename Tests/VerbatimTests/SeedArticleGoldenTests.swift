import Foundation
import Testing

@testable import Verbatim

/// The seed article's quotation records, compared line by line with a
/// reviewed snapshot. To accept a deliberate change, run the test with
/// `VERBATIM_UPDATE_GOLDEN=1` and review the diff of the fixture.
@Test func seedArticleRecordsMatchSnapshot() throws {
    let textURL = try #require(
        Bundle.module.url(forResource: "us-strike-deir-ez-zor", withExtension: "txt", subdirectory: "Fixtures"))
    let text = try String(contentsOf: textURL, encoding: .utf8)
    let document = try analyze(text, id: "us-strike-deir-ez-zor.txt")
    let records = String(decoding: QuotationRecordWriter().records(for: document), as: UTF8.self)
    if ProcessInfo.processInfo.environment["VERBATIM_UPDATE_GOLDEN"] == "1" {
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/us-strike-deir-ez-zor.quotations.jsonl")
        try records.write(to: source, atomically: true, encoding: .utf8)
    }
    let expectedURL = try #require(
        Bundle.module.url(
            forResource: "us-strike-deir-ez-zor.quotations", withExtension: "jsonl", subdirectory: "Fixtures"))
    let expected = try String(contentsOf: expectedURL, encoding: .utf8)
    let actualLines = records.split(separator: "\n")
    let expectedLines = expected.split(separator: "\n")
    #expect(actualLines.count == expectedLines.count)
    for (actual, wanted) in zip(actualLines, expectedLines) {
        #expect(actual == wanted)
    }
}
