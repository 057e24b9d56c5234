import Foundation

/// Writes a store's quotations back out.
public enum StoreExport {
    /// The formats `verbatim export` writes.
    public enum Format: String, Sendable, CaseIterable {
        /// The JSON Lines records of `verbatim score --output`, byte for byte.
        case jsonl
        /// One row per quotation, flat (see `QuotationCSVWriter`).
        case csv
    }

    /// Writes every stored quotation to `output` (a path or `-`).
    /// - Returns: the number of quotations written.
    /// - Throws: `StoreError`, `ByteSink.WriteError`.
    /// - Complexity: O(*r*) in the rows of the store.
    public static func export(_ store: QuotationStore, format: Format, to output: String) throws -> Int {
        let sink = try ByteSink(path: output)
        var count = 0
        switch format {
        case .jsonl:
            let writer = QuotationRecordWriter()
            try store.forEachDocument { stored in
                try sink.write(writer.records(for: analyzedDocument(stored)))
                count += stored.quotations.count
            }
        case .csv:
            count = try store.exportCSV { try sink.write($0) }
        }
        try sink.close()
        return count
    }

    /// The analyzed document a stored one stands for: its text, metadata and
    /// quotations (segmentation is not stored, and no record needs it).
    /// - Complexity: O(*n*) in the length of the text.
    public static func analyzedDocument(_ stored: StoredDocument) -> AnalyzedDocument {
        var metadata: [(key: String, value: JSONValue)] = []
        if case .object(let members)? = try? JSONParser.parse(Array(stored.metadataJSON.utf8)) {
            metadata = members
        }
        let document = Document(id: stored.id, text: stored.text, metadata: metadata, origin: Origin(path: stored.source))
        return AnalyzedDocument(
            document: document, text: SourceText(stored.text),
            segmentation: Segmentation(paragraphs: [], sentences: [], tokens: []),
            quotations: stored.quotations.map(\.quotation))
    }
}
