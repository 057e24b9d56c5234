import GRDB

extension QuotationStore {
    /// Calls `body` with every stored document and its quotations, in the
    /// order they were written (the input order of the run that wrote them).
    ///
    /// Reads in one transaction, so a run writing at the same time is seen
    /// as it was when the read began: whole batches only.
    /// - Parameter includeFailed: also pass documents whose analysis failed.
    /// - Throws: `StoreError`, or what `body` throws.
    /// - Complexity: O(*r*) in the number of rows read; one document is held at a time.
    public func forEachDocument(includeFailed: Bool = false, _ body: (StoredDocument) throws -> Void) throws {
        try withStoreErrors {
            try queue.read { db in
                let documents = try Row.fetchCursor(
                    db,
                    sql: """
                        SELECT id, source, content_hash, text, metadata, date, outlet, status, error
                        FROM documents \(includeFailed ? "" : "WHERE status = 'scored'") ORDER BY seq
                        """)
                while let row = try documents.next() {
                    let id: String = row[0]
                    let document = StoredDocument(
                        id: id, source: row[1], contentHash: row[2], text: row[3], metadataJSON: row[4], date: row[5],
                        outlet: row[6], status: StoredDocument.Status(rawValue: row[7]) ?? .failed, error: row[8],
                        quotations: try Self.quotations(of: id, in: db))
                    try body(document)
                }
            }
        }
    }

    private static func span(_ row: Row, from column: Int) -> TextSpan? {
        guard let start: Int = row[column], let end: Int = row[column + 1], let utf8Start: Int = row[column + 2],
            let utf8End: Int = row[column + 3]
        else { return nil }
        return TextSpan(start: start, end: end, utf8Start: utf8Start, utf8End: utf8End)
    }

    private static func quotations(of documentID: String, in db: Database) throws -> [StoredQuotation] {
        let rows = try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT id, kind, quote_start, quote_end, quote_utf8_start, quote_utf8_end, quote_text,
                        speaker_name, speaker_type, speaker_role, speaker_rule, speaker_confidence,
                        mention_start, mention_end, mention_utf8_start, mention_utf8_end, mention_text,
                        cue_start, cue_end, cue_utf8_start, cue_utf8_end, cue_text,
                        sentence, paragraph, stance_score, stance_label
                    FROM quotations WHERE document_id = ? ORDER BY ordinal
                    """), arguments: [documentID])
        return try rows.map { row in
            var speaker: Speaker?
            if let name: String = row[7] {
                speaker = Speaker(
                    name: name, mention: span(row, from: 12), role: row[9],
                    kind: SpeakerKind(rawValue: row[8] ?? "") ?? .unknown, rule: row[10] ?? "",
                    confidence: row[11] ?? 0)
            }
            var stance: Stance?
            var evidenceTexts: [String] = []
            if let score: Double = row[24], let label = StanceLabel(rawValue: row[25] ?? "") {
                let quotationID: Int64 = row[0]
                let evidence = try Self.evidence(of: quotationID, in: db)
                evidenceTexts = evidence.map(\.text)
                stance = Stance(
                    score: score, label: label, targets: try Self.targets(of: quotationID, in: db),
                    evidence: evidence.map(\.evidence))
            }
            let quotation = Quotation(
                kind: QuotationKind(rawValue: row[1]) ?? .direct, content: span(row, from: 2)!, speaker: speaker,
                cue: span(row, from: 17), sentence: row[22], paragraph: row[23], stance: stance)
            return StoredQuotation(
                quotation: quotation, quoteText: row[6], mentionText: row[16], cueText: row[21],
                evidenceTexts: evidenceTexts)
        }
    }

    private static func targets(of quotationID: Int64, in db: Database) throws -> [TargetStance] {
        let mentionRows = try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT target_ordinal, start, "end", utf8_start, utf8_end FROM target_mentions
                    WHERE quotation_id = ? ORDER BY target_ordinal, ordinal
                    """), arguments: [quotationID])
        var mentions: [Int: [TextSpan]] = [:]
        for row in mentionRows {
            mentions[row[0], default: []].append(span(row, from: 1)!)
        }
        let rows = try Row.fetchAll(
            db.cachedStatement(
                sql: "SELECT ordinal, name, score, label FROM targets WHERE quotation_id = ? ORDER BY ordinal"),
            arguments: [quotationID])
        return rows.map { row in
            TargetStance(
                name: row[1], score: row[2], label: StanceLabel(rawValue: row[3]) ?? .neutral,
                mentions: mentions[row[0]] ?? [])
        }
    }

    private static func evidence(of quotationID: Int64, in db: Database) throws -> [(
        evidence: StanceEvidence, text: String
    )] {
        let rows = try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT start, "end", utf8_start, utf8_end, text, weight FROM stance_evidence
                    WHERE quotation_id = ? ORDER BY ordinal
                    """), arguments: [quotationID])
        return rows.map { row in
            (StanceEvidence(span: span(row, from: 0)!, weight: row[5]), row[4])
        }
    }

    // MARK: Merging

    /// What a merge did.
    public struct MergeSummary: Sendable, Equatable {
        /// Documents copied (new, or changed since they were stored here).
        public var copied = 0
        /// Documents already stored here with the same content hash.
        public var unchanged = 0
    }

    /// Copies every document of `other` that this store lacks or holds with
    /// another content hash. Merging the same store twice changes nothing.
    /// - Parameter batchDocuments: documents per transaction.
    /// - Throws: `StoreError`.
    /// - Complexity: O(*r*) in the rows of `other`.
    public func merge(from other: QuotationStore, batchDocuments: Int = 256) throws -> MergeSummary {
        var summary = MergeSummary()
        let known = try withStoreErrors {
            try queue.read { db in
                var hashes: [String: String] = [:]
                let rows = try Row.fetchCursor(db, sql: "SELECT id, content_hash FROM documents")
                while let row = try rows.next() { hashes[row[0]] = row[1] as String }
                return hashes
            }
        }
        var batch: [StoredDocument] = []
        try other.forEachDocument(includeFailed: true) { document in
            if known[document.id] == document.contentHash {
                summary.unchanged += 1
                return
            }
            batch.append(document)
            summary.copied += 1
            if batch.count >= max(1, batchDocuments) {
                try write(batch: batch)
                batch.removeAll(keepingCapacity: true)
            }
        }
        try write(batch: batch)
        return summary
    }
}
