/// A document as the store keeps it: everything needed to write its rows,
/// prepared on a worker thread so that the serial commit only inserts.
public struct StoredDocument: Sendable, Equatable {
    /// Whether the pipeline finished the document.
    public enum Status: String, Sendable {
        /// Analyzed; its quotations are stored.
        case scored
        /// Analysis failed; `error` says why, and a rerun tries again.
        case failed
    }

    public var id: String
    /// Where the document was read from (`path` or `path:line`).
    public var source: String
    /// `StableHash` of the text and metadata, as hex digits: a rerun skips a
    /// document whose id and hash are already stored.
    public var contentHash: String
    public var text: String
    /// The metadata as a JSON object.
    public var metadataJSON: String
    /// The metadata `date`, when the document has one.
    public var date: String?
    /// The metadata outlet (see `StoredDocument.outletKeys`), when the document has one.
    public var outlet: String?
    public var status: Status
    public var error: String?
    public var quotations: [StoredQuotation]

    /// Metadata members read as the document's outlet, first present wins:
    /// `outlet` is this project's own name, `publisher` is PolNeAR's
    /// metadata.tsv column, `source` and `site` are common in news dumps.
    public static let outletKeys = ["outlet", "publisher", "source", "site"]

    /// UTF-8 bytes of the text.
    public var bytes: Int { text.utf8.count }

    public init(
        id: String, source: String, contentHash: String, text: String, metadataJSON: String, date: String?,
        outlet: String?, status: Status, error: String? = nil, quotations: [StoredQuotation]
    ) {
        self.id = id
        self.source = source
        self.contentHash = contentHash
        self.text = text
        self.metadataJSON = metadataJSON
        self.date = date
        self.outlet = outlet
        self.status = status
        self.error = error
        self.quotations = quotations
    }

    /// The row form of an analyzed document.
    /// - Parameters:
    ///   - metadataJSON: the document's metadata serialized as a JSON object.
    ///   - contentHash: `contentHash(text:metadataJSON:)` when the caller already has it.
    /// - Complexity: O(*n*) in the length of the text (for the content hash, unless given).
    public init(analyzed: AnalyzedDocument, metadataJSON: String, contentHash: String? = nil) {
        let document = analyzed.document
        self.init(
            id: document.id, source: document.origin.description,
            contentHash: contentHash ?? Self.contentHash(text: document.text, metadataJSON: metadataJSON),
            text: document.text,
            metadataJSON: metadataJSON, date: Self.date(of: document), outlet: Self.outlet(of: document),
            status: .scored,
            quotations: analyzed.quotations.map { StoredQuotation($0, text: analyzed.text) })
    }

    /// The row of a document that could not be read or analyzed: no text,
    /// no hash (so that a rerun always tries it again), and the error.
    /// - Complexity: O(1).
    public init(failedID id: String, source: String, error: String) {
        self.init(
            id: id, source: source, contentHash: "", text: "", metadataJSON: "{}", date: nil, outlet: nil,
            status: .failed, error: error, quotations: [])
    }

    /// The content hash of a document: text and metadata both count, so that
    /// a corrected date re-scores the document as a corrected text does.
    /// - Complexity: O(*n*) in the length of the text.
    public static func contentHash(text: String, metadataJSON: String) -> String {
        var hash = StableHash()
        hash.combine(text)
        hash.combineSeparator()
        hash.combine(metadataJSON)
        return hash.hexDigits
    }

    static func date(of document: Document) -> String? {
        document.metadata("date")?.stringValue
    }

    static func outlet(of document: Document) -> String? {
        for key in outletKeys {
            if let value = document.metadata(key)?.stringValue, !value.isEmpty { return value }
        }
        return nil
    }
}

/// A quotation with the text of each of its spans, which the store keeps
/// beside the offsets so that the tables can be read without the documents.
public struct StoredQuotation: Sendable, Equatable {
    public var quotation: Quotation
    public var quoteText: String
    public var mentionText: String?
    public var cueText: String?
    /// The text of each `quotation.stance.evidence` span, in order.
    public var evidenceTexts: [String]

    public init(
        quotation: Quotation, quoteText: String, mentionText: String?, cueText: String?, evidenceTexts: [String]
    ) {
        self.quotation = quotation
        self.quoteText = quoteText
        self.mentionText = mentionText
        self.cueText = cueText
        self.evidenceTexts = evidenceTexts
    }

    /// - Complexity: O(*q*) in the length of the quotation's spans.
    public init(_ quotation: Quotation, text: SourceText) {
        self.init(
            quotation: quotation, quoteText: text.string(quotation.content),
            mentionText: quotation.speaker?.mention.map { text.string($0) },
            cueText: quotation.cue.map { text.string($0) },
            evidenceTexts: quotation.stance?.evidence.map { text.string($0.span) } ?? [])
    }
}
