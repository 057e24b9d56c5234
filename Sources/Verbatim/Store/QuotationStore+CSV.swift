import GRDB

extension QuotationStore {
    /// The CSV header: one row per quotation, flat, for spreadsheets and R/pandas.
    /// `targets` and `evidence` pack several values as `name=score` / `text=weight`
    /// separated by `; `.
    public static let csvColumns = [
        "doc", "date", "outlet", "kind", "quote_start", "quote_end", "quote", "speaker", "speaker_canonical",
        "speaker_type", "speaker_role", "speaker_rule", "speaker_confidence", "mention_start", "mention_end",
        "mention", "cue_start", "cue_end", "cue", "sentence", "paragraph", "stance_score", "stance_label", "targets",
        "evidence",
    ]

    /// Writes every stored quotation as CSV (RFC 4180: comma separated,
    /// CRLF line ends, fields quoted when they hold a comma, quote or line break),
    /// in the order of `forEachDocument`.
    /// - Parameter emit: receives the bytes, a few rows at a time.
    /// - Returns: the number of quotations written.
    /// - Throws: `StoreError`, or what `emit` throws.
    /// - Complexity: O(*r*) in the rows of the store.
    public func exportCSV(_ emit: ([UInt8]) throws -> Void) throws -> Int {
        try withStoreErrors {
            try queue.read { db in
                var line: [UInt8] = []
                Self.appendCSVRow(Self.csvColumns, to: &line)
                try emit(line)
                let rows = try Row.fetchCursor(
                    db,
                    sql: """
                        SELECT q.document_id, d.date, d.outlet, q.kind, q.quote_start, q.quote_end, q.quote_text,
                            q.speaker_name, s.name, q.speaker_type, q.speaker_role, q.speaker_rule,
                            q.speaker_confidence, q.mention_start, q.mention_end, q.mention_text,
                            q.cue_start, q.cue_end, q.cue_text, q.sentence, q.paragraph,
                            q.stance_score, q.stance_label,
                            (SELECT group_concat(name || '=' || printf('%.4f', score), '; ')
                                FROM (SELECT name, score FROM targets t WHERE t.quotation_id = q.id ORDER BY ordinal)),
                            (SELECT group_concat(text || '=' || printf('%.4f', weight), '; ')
                                FROM (SELECT text, weight FROM stance_evidence e
                                      WHERE e.quotation_id = q.id ORDER BY ordinal))
                        FROM quotations q JOIN documents d ON d.id = q.document_id
                        LEFT JOIN speakers s ON s.id = q.speaker_id
                        ORDER BY d.seq, q.ordinal
                        """)
                var count = 0
                while let row = try rows.next() {
                    line.removeAll(keepingCapacity: true)
                    let fields = (0..<row.count).map { index -> String in
                        let value = row[index] as DatabaseValue
                        switch value.storage {
                        case .null: return ""
                        case .int64(let integer): return String(integer)
                        case .double(let number): return Self.csvNumber(number)
                        case .string(let text): return text
                        case .blob: return ""
                        }
                    }
                    Self.appendCSVRow(fields, to: &line)
                    try emit(line)
                    count += 1
                }
                return count
            }
        }
    }

    /// Four decimals, as the JSON Lines output rounds scores.
    static func csvNumber(_ value: Double) -> String {
        let scaled = (value * 10_000).rounded() / 10_000
        return scaled == scaled.rounded() ? String(Int64(scaled)) : String(scaled)
    }

    /// Comma, double quote, line feed, carriage return: the bytes RFC 4180 quotes a field for.
    private static func needsCSVQuotes(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D
    }

    static func appendCSVRow(_ fields: [String], to line: inout [UInt8]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { line.append(UInt8(ascii: ",")) }
            let needsQuotes = field.utf8.contains(where: needsCSVQuotes)
            guard needsQuotes else {
                line.append(contentsOf: field.utf8)
                continue
            }
            line.append(0x22)
            for byte in field.utf8 {
                if byte == 0x22 { line.append(0x22) }
                line.append(byte)
            }
            line.append(0x22)
        }
        line.append(contentsOf: [0x0D, 0x0A])
    }
}
