import GRDB

/// The statements that write a document's rows, prepared once per batch
/// (a statement-cache lookup hashes the whole SQL text, too much to repeat
/// for every quotation) and bound value by value (see `BoundStatement`).
struct DocumentInserts {
    private let database: Database
    private var deleteDocument: BoundStatement
    private var insertDocument: BoundStatement
    private var insertQuotation: BoundStatement
    private var insertTarget: BoundStatement
    private var insertTargetMention: BoundStatement
    private var insertEvidence: BoundStatement

    /// - Throws: `DatabaseError` when a statement does not compile (a schema the migrations did not make).
    /// - Complexity: O(1) once the statements are cached.
    init(_ database: Database) throws {
        self.database = database
        deleteDocument = try BoundStatement(database, sql: "DELETE FROM documents WHERE id = ?")
        insertDocument = try BoundStatement(
            database,
            sql: """
                INSERT INTO documents (id, source, content_hash, bytes, text, metadata, date, outlet, status, error)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        insertQuotation = try BoundStatement(
            database,
            sql: """
                INSERT INTO quotations (document_id, ordinal, kind,
                    quote_start, quote_end, quote_utf8_start, quote_utf8_end, quote_text,
                    speaker_name, speaker_type, speaker_role, speaker_rule, speaker_confidence,
                    mention_start, mention_end, mention_utf8_start, mention_utf8_end, mention_text,
                    cue_start, cue_end, cue_utf8_start, cue_utf8_end, cue_text,
                    sentence, paragraph, stance_score, stance_label)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        insertTarget = try BoundStatement(
            database, sql: "INSERT INTO targets (quotation_id, ordinal, name, score, label) VALUES (?, ?, ?, ?, ?)")
        insertTargetMention = try BoundStatement(
            database,
            sql: """
                INSERT INTO target_mentions
                    (quotation_id, target_ordinal, ordinal, start, "end", utf8_start, utf8_end)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
        insertEvidence = try BoundStatement(
            database,
            sql: """
                INSERT INTO stance_evidence (quotation_id, ordinal, start, "end", utf8_start, utf8_end, text, weight)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
    }

    /// Writes a document's rows, replacing a stored document with the same id.
    /// - Throws: `DatabaseError`.
    /// - Complexity: O(*r*) in the number of rows, each an index update.
    mutating func insert(_ document: StoredDocument) throws {
        // Foreign keys cascade: the old document's quotations, targets and evidence go with it.
        deleteDocument.bind(document.id)
        try deleteDocument.execute()
        insertDocument.bind(document.id)
        insertDocument.bind(document.source)
        insertDocument.bind(document.contentHash)
        insertDocument.bind(document.bytes)
        insertDocument.bind(document.text)
        insertDocument.bind(document.metadataJSON)
        insertDocument.bind(document.date)
        insertDocument.bind(document.outlet)
        insertDocument.bind(document.status.rawValue)
        insertDocument.bind(document.error)
        try insertDocument.execute()
        for (ordinal, stored) in document.quotations.enumerated() {
            try insert(stored, ordinal: ordinal, documentID: document.id)
        }
    }

    private mutating func insert(_ stored: StoredQuotation, ordinal: Int, documentID: String) throws {
        let quotation = stored.quotation
        let speaker = quotation.speaker
        insertQuotation.bind(documentID)
        insertQuotation.bind(ordinal)
        insertQuotation.bind(quotation.kind.rawValue)
        bindSpan(quotation.content, to: &insertQuotation)
        insertQuotation.bind(stored.quoteText)
        insertQuotation.bind(speaker?.name)
        insertQuotation.bind(speaker?.kind.rawValue)
        insertQuotation.bind(speaker?.role)
        insertQuotation.bind(speaker?.rule)
        insertQuotation.bind(speaker?.confidence)
        bindSpan(speaker?.mention, to: &insertQuotation)
        insertQuotation.bind(stored.mentionText)
        bindSpan(quotation.cue, to: &insertQuotation)
        insertQuotation.bind(stored.cueText)
        insertQuotation.bind(quotation.sentence)
        insertQuotation.bind(quotation.paragraph)
        insertQuotation.bind(quotation.stance?.score)
        insertQuotation.bind(quotation.stance?.label.rawValue)
        try insertQuotation.execute()
        guard let stance = quotation.stance else { return }
        let quotationID = Int(database.lastInsertedRowID)
        for (ordinal, target) in stance.targets.enumerated() {
            insertTarget.bind(quotationID)
            insertTarget.bind(ordinal)
            insertTarget.bind(target.name)
            insertTarget.bind(target.score)
            insertTarget.bind(target.label.rawValue)
            try insertTarget.execute()
            for (mentionOrdinal, mention) in target.mentions.enumerated() {
                insertTargetMention.bind(quotationID)
                insertTargetMention.bind(ordinal)
                insertTargetMention.bind(mentionOrdinal)
                bindSpan(mention, to: &insertTargetMention)
                try insertTargetMention.execute()
            }
        }
        for (ordinal, evidence) in stance.evidence.enumerated() {
            insertEvidence.bind(quotationID)
            insertEvidence.bind(ordinal)
            bindSpan(evidence.span, to: &insertEvidence)
            insertEvidence.bind(ordinal < stored.evidenceTexts.count ? stored.evidenceTexts[ordinal] : "")
            insertEvidence.bind(evidence.weight)
            try insertEvidence.execute()
        }
    }

    /// Binds a span's four columns: code point start and end, UTF-8 start and end (all NULL without a span).
    private func bindSpan(_ span: TextSpan?, to statement: inout BoundStatement) {
        statement.bind(span?.start)
        statement.bind(span?.end)
        statement.bind(span?.utf8Start)
        statement.bind(span?.utf8End)
    }
}
