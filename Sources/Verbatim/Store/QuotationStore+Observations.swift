import GRDB

extension QuotationStore {
    /// Every scored quotation with its corpus speaker, date, outlet, targets
    /// and evidence, in document order: what `verbatim compare` aggregates.
    /// Speaker names are as of the last speaker merge (`rebuildSpeakers`).
    /// - Throws: `StoreError`.
    /// - Complexity: O(*r*) in the rows read.
    public func stanceObservations() throws -> [StanceObservation] {
        try withStoreErrors {
            try queue.read { db in
                var targets: [Int64: [TargetStance]] = [:]
                for row in try Row.fetchAll(
                    db, sql: "SELECT quotation_id, name, score, label FROM targets ORDER BY quotation_id, ordinal")
                {
                    targets[row[0], default: []].append(
                        TargetStance(
                            name: row[1], score: row[2], label: StanceLabel(rawValue: row[3]) ?? .neutral,
                            mentions: []))
                }
                var evidence: [Int64: [StanceObservation.EvidenceWord]] = [:]
                for row in try Row.fetchAll(
                    db, sql: "SELECT quotation_id, text, weight FROM stance_evidence ORDER BY quotation_id, ordinal")
                {
                    evidence[row[0], default: []].append(.init(text: row[1], weight: row[2]))
                }
                let rows = try Row.fetchCursor(
                    db,
                    sql: """
                        SELECT q.id, coalesce(s.name, q.speaker_name), q.document_id, d.date, d.outlet, q.quote_text,
                            q.stance_score, q.stance_label
                        FROM quotations q JOIN documents d ON d.id = q.document_id
                        LEFT JOIN speakers s ON s.id = q.speaker_id
                        WHERE q.stance_score IS NOT NULL
                        ORDER BY d.seq, q.ordinal
                        """)
                var observations: [StanceObservation] = []
                while let row = try rows.next() {
                    let id: Int64 = row[0]
                    observations.append(
                        StanceObservation(
                            speaker: row[1], document: row[2], date: row[3], outlet: row[4], quote: row[5],
                            score: row[6], label: StanceLabel(rawValue: row[7]) ?? .neutral, targets: targets[id] ?? [],
                            evidence: evidence[id] ?? []))
                }
                return observations
            }
        }
    }
}
