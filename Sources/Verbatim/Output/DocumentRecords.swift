/// The JSON Lines records of one analysed document, on their way from a worker thread to the
/// output: written already for a document of ordinary size, still to be written for a large one.
///
/// A large document's records are several times the size of its text (200 MB of news text gives
/// 760 to 930 MB of quotation records), so they are written only when the output takes them, a
/// piece at a time, from the analysis the document needs in memory anyway.
public struct DocumentRecords: Sendable {
    /// Which records a document gives.
    public enum Format: Sendable {
        /// One record per sentence, with its tokens when `includeTokens`.
        case sentences(includeTokens: Bool)
        /// One record per quotation.
        case quotations
    }

    private enum Content: Sendable {
        case written([UInt8])
        case pending(AnalyzedDocument, Format)
    }

    private let content: Content

    /// Documents whose records would take at least this many bytes have them written when the
    /// output takes them: a news article's take a few hundred kilobytes, a 4 MB text's about 16 MB.
    public static let deferredRecordBytes = 16 << 20

    /// Bytes of records handed to the output at a time for a deferred document: the size of
    /// `ByteSink`'s buffer, so each piece goes to the file without being copied.
    public static let pieceBytes = 1 << 20

    /// Writes the records of `document` now, or keeps the document to write them later when they are large.
    /// - Parameters:
    ///   - document: the analysed document.
    ///   - format: which records.
    ///   - deferredRecordBytes: the estimated size of the records from which writing waits for `write(to:)`.
    /// - Complexity: O(*n*) in the size of the records for a small document, O(*q*) in the number of
    ///   quotations for a large one.
    public init(
        _ document: AnalyzedDocument, format: Format, deferredRecordBytes: Int = DocumentRecords.deferredRecordBytes
    ) {
        let estimate =
            switch format {
            case .sentences(let includeTokens):
                SentenceRecordWriter(includeTokens: includeTokens).estimatedBytes(for: document)
            case .quotations: QuotationRecordWriter().estimatedBytes(for: document)
            }
        if estimate >= deferredRecordBytes {
            content = .pending(document, format)
        } else {
            var bytes: [UInt8] = []
            Self.write(document, format: format, pieceBytes: .max) { bytes = $0 }
            content = .written(bytes)
        }
    }

    /// Hands the records to `output` in order: in one piece when they are written already,
    /// else in pieces of about `pieceBytes`.
    /// - Throws: what `output` throws.
    /// - Complexity: O(*n*) in the size of the records.
    public func write(to output: ([UInt8]) throws -> Void) rethrows {
        switch content {
        case .written(let bytes): try output(bytes)
        case .pending(let document, let format): try Self.write(document, format: format, pieceBytes: Self.pieceBytes, to: output)
        }
    }

    private static func write(
        _ document: AnalyzedDocument, format: Format, pieceBytes: Int, to output: ([UInt8]) throws -> Void
    ) rethrows {
        switch format {
        case .sentences(let includeTokens):
            try SentenceRecordWriter(includeTokens: includeTokens).writeRecords(
                for: document, chunkBytes: pieceBytes, to: output)
        case .quotations:
            try QuotationRecordWriter().writeRecords(for: document, chunkBytes: pieceBytes, to: output)
        }
    }
}
