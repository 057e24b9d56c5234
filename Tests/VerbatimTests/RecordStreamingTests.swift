import Foundation
import Testing

@testable import Verbatim

/// A large document's records are written in pieces (`writeRecords(chunkBytes:)`, `DocumentRecords`)
/// so that they are never all in memory; these tests check that the pieces are whole lines and add
/// up to exactly the bytes written in one piece.
@Suite("Records written in pieces")
struct RecordStreamingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let format: DocumentRecords.Format
        let chunkBytes: Int
        let why: String
        var testDescription: String { why }
    }

    static let cases: [Case] = [
        Case(format: .quotations, chunkBytes: 1, why: "quotations, one record a piece (every record crosses the size)"),
        Case(format: .quotations, chunkBytes: 1_500, why: "quotations, a few records a piece, cut between lines"),
        Case(format: .sentences(includeTokens: false), chunkBytes: 1, why: "sentences, one record a piece"),
        Case(
            format: .sentences(includeTokens: true), chunkBytes: 2_000,
            why: "sentences with tokens: the token cursor carries over from piece to piece"),
    ]

    /// The seed article, analysed with tokens so that sentence records can list them.
    static let document: AnalyzedDocument = {
        let url = Bundle.module.url(forResource: "us-strike-deir-ez-zor", withExtension: "txt", subdirectory: "Fixtures")!
        let text = try! String(contentsOf: url, encoding: .utf8)
        let analyzer = try! Analyzer(
            depth: .quotations, tokens: true, detector: QuoteDetector(folder: testLexicons),
            attributor: SpeakerAttributor(folder: testLexicons))
        return try! analyzer.analyze(Document(id: "seed", text: text, origin: Origin(path: "seed")))
    }()

    static func pieces(_ format: DocumentRecords.Format, chunkBytes: Int) -> [[UInt8]] {
        var pieces: [[UInt8]] = []
        switch format {
        case .quotations:
            QuotationRecordWriter().writeRecords(for: document, chunkBytes: chunkBytes) { pieces.append($0) }
        case .sentences(let includeTokens):
            SentenceRecordWriter(includeTokens: includeTokens).writeRecords(for: document, chunkBytes: chunkBytes) {
                pieces.append($0)
            }
        }
        return pieces
    }

    @Test("pieces are whole lines and add up to the records written at once", arguments: cases)
    func piecesAddUp(_ example: Case) {
        let whole = Self.pieces(example.format, chunkBytes: .max)
        #expect(whole.count == 1)
        let pieces = Self.pieces(example.format, chunkBytes: example.chunkBytes)
        #expect(pieces.count > 2, "the document gives several pieces at this size")
        #expect(Array(pieces.joined()) == whole[0])
        for piece in pieces.dropLast() {
            #expect(piece.count >= min(example.chunkBytes, 1) && piece.last == UInt8(ascii: "\n"))
        }
        if example.chunkBytes == 1 {
            // Every record alone in its piece, then the empty rest.
            let lines = whole[0].split(separator: UInt8(ascii: "\n")).count
            #expect(pieces.count == lines + 1 && pieces.last == [])
        }
    }

    @Test("a document written later gives the same bytes as one written at once")
    func deferredMatchesImmediate() {
        for format in [DocumentRecords.Format.quotations, .sentences(includeTokens: true)] {
            var immediate: [[UInt8]] = []
            DocumentRecords(Self.document, format: format, deferredRecordBytes: .max).write { immediate.append($0) }
            var deferred: [[UInt8]] = []
            DocumentRecords(Self.document, format: format, deferredRecordBytes: 0).write { deferred.append($0) }
            #expect(immediate.count == 1)
            #expect(!immediate[0].isEmpty)
            #expect(Array(deferred.joined()) == immediate[0])
        }
    }

    @Test("SourceText reads the string's own bytes: no copy of the text")
    func sourceTextSharesStorage() {
        // Long enough to live on the heap (short strings are stored inline and read from a copy).
        let string = String(repeating: "Kerry said “no” — ", count: 1_000)
        let text = SourceText(string)
        let own = string.utf8.withContiguousStorageIfAvailable { $0.baseAddress }
        #expect(own != nil)
        #expect(text.bytes.withUnsafeBufferPointer { $0.baseAddress } == own!)
        #expect(text.bytes.count == string.utf8.count)
    }
}
