/// A writer of one document's JSON Lines records that can hand them on a piece at a time, so
/// that the records of a large document are never all in memory at once.
public protocol PieceRecordWriter: Sendable {
    /// Writes the lines for every record of `document` in pieces of about `chunkBytes` bytes.
    /// - Parameters:
    ///   - chunkBytes: a piece is handed on as soon as it holds this many bytes (whole lines
    ///     only); `.max` hands on one piece.
    ///   - output: receives the pieces in order, at least one (empty when there are no records).
    /// - Throws: what `output` throws.
    func writeRecords(for document: AnalyzedDocument, chunkBytes: Int, to output: ([UInt8]) throws -> Void) rethrows
}

extension PieceRecordWriter {
    /// - Returns: the lines for every record of `document`, each ending in `\n`, in one piece.
    /// - Complexity: that of `writeRecords(for:chunkBytes:to:)`.
    public func records(for document: AnalyzedDocument) -> [UInt8] {
        var bytes: [UInt8] = []
        // One piece is taken as it is (no copy); more would be joined.
        writeRecords(for: document, chunkBytes: .max) { piece in
            if bytes.isEmpty { bytes = piece } else { bytes += piece }
        }
        return bytes
    }
}
