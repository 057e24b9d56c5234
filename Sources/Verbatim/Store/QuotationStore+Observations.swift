import GRDB

extension QuotationStore {
    /// Calls `body` with every scored quotation, its corpus speaker, date,
    /// outlet, targets and evidence, in the order quotations were written:
    /// what `verbatim compare` aggregates. Speaker names are as of the last
    /// speaker merge (`rebuildSpeakers`).
    ///
    /// Quotations, targets and evidence are read by three cursors in
    /// quotation order and joined as they go, so memory stays at one
    /// quotation whatever the size of the store.
    /// - Throws: `StoreError`, or what `body` throws.
    /// - Complexity: O(*r*) in the rows read.
    public func forEachStanceObservation(_ body: (StanceObservation) throws -> Void) throws {
        try withStoreErrors {
            try queue.read { db in
                let targets = try Row.fetchCursor(
                    db,
                    sql: """
                        SELECT t.quotation_id, t.name, t.score, t.label FROM targets t
                        JOIN quotations q ON q.id = t.quotation_id WHERE q.stance_score IS NOT NULL
                        ORDER BY t.quotation_id, t.ordinal
                        """)
                let evidence = try Row.fetchCursor(
                    db,
                    sql: """
                        SELECT e.quotation_id, e.text, e.weight FROM stance_evidence e
                        JOIN quotations q ON q.id = e.quotation_id WHERE q.stance_score IS NOT NULL
                        ORDER BY e.quotation_id, e.ordinal
                        """)
                let quotations = try Row.fetchCursor(
                    db,
                    sql: """
                        SELECT q.id, coalesce(s.name, q.speaker_name), q.document_id, d.date, d.outlet, q.quote_text,
                            q.stance_score, q.stance_label
                        FROM quotations q JOIN documents d ON d.id = q.document_id
                        LEFT JOIN speakers s ON s.id = q.speaker_id
                        WHERE q.stance_score IS NOT NULL
                        ORDER BY q.id
                        """)
                var nextTarget = try targets.next()
                var nextEvidence = try evidence.next()
                while let row = try quotations.next() {
                    let id: Int64 = row[0]
                    var observation = StanceObservation(
                        speaker: row[1], document: row[2], date: row[3], outlet: row[4], quote: row[5],
                        score: row[6], label: StanceLabel(rawValue: row[7]) ?? .neutral)
                    while let target = nextTarget, (target[0] as Int64) <= id {
                        if (target[0] as Int64) == id {
                            observation.targets.append(
                                TargetStance(
                                    name: target[1], score: target[2],
                                    label: StanceLabel(rawValue: target[3]) ?? .neutral, mentions: []))
                        }
                        nextTarget = try targets.next()
                    }
                    while let word = nextEvidence, (word[0] as Int64) <= id {
                        if (word[0] as Int64) == id {
                            observation.evidence.append(.init(text: word[1], weight: word[2]))
                        }
                        nextEvidence = try evidence.next()
                    }
                    try body(observation)
                }
            }
        }
    }

    /// Every scored quotation (see `forEachStanceObservation`), in an array.
    /// - Throws: `StoreError`.
    /// - Complexity: O(*r*) in the rows read; holds them all.
    public func stanceObservations() throws -> [StanceObservation] {
        var observations: [StanceObservation] = []
        try forEachStanceObservation { observations.append($0) }
        return observations
    }
}
