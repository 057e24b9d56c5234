import GRDB

/// A speaker across the corpus, as `verbatim speakers` lists it.
public struct SpeakerSummary: Sendable, Equatable {
    /// Canonical name: the fullest name the corpus gives (`John Kerry`).
    public var name: String
    /// The most frequent `SpeakerKind` of its quotations.
    public var kind: String
    /// Names merged into this speaker, with their quotation counts, most frequent first.
    public var aliases: [(name: String, quotations: Int)]
    /// Roles the texts give, with their quotation counts, most frequent first.
    public var roles: [(role: String, quotations: Int)]
    public var quotations: Int
    public var documents: Int
    /// Earliest and latest metadata `date` of its documents, when they have dates.
    public var firstDate: String?
    public var lastDate: String?

    /// Equal when every field matches, aliases and roles in order.
    /// - Complexity: O(*a* + *r*) in the number of aliases and roles.
    public static func == (lhs: SpeakerSummary, rhs: SpeakerSummary) -> Bool {
        lhs.name == rhs.name && lhs.kind == rhs.kind && lhs.quotations == rhs.quotations
            && lhs.documents == rhs.documents && lhs.firstDate == rhs.firstDate && lhs.lastDate == rhs.lastDate
            && lhs.aliases.map(\.name) == rhs.aliases.map(\.name) && lhs.aliases.map(\.quotations)
                == rhs.aliases.map(\.quotations)
            && lhs.roles.map(\.role) == rhs.roles.map(\.role)
            && lhs.roles.map(\.quotations) == rhs.roles.map(\.quotations)
    }
}

/// Merges the speakers of every document into corpus speakers.
///
/// Within a document the attribution stage already gives each speaker its
/// canonical name. Across documents, equal names are one speaker, and a
/// one-word name (`Kerry`) joins the one person whose longer name ends with
/// it (`John Kerry`) when the corpus has exactly one such person; with two
/// (`John Kerry`, `Cameron Kerry`) the bare surname stays on its own, since
/// guessing would merge two people.
enum SpeakerDirectory {
    /// Quotation counts of one name as the attribution stage wrote it.
    struct NameCounts {
        var quotations = 0
        var kinds: [String: Int] = [:]
        var roles: [String: Int] = [:]

        var kind: String {
            kinds.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? SpeakerKind.unknown.rawValue
        }
    }

    /// The canonical name of every name: itself, or the one longer person name it joins.
    static func canonicalNames(_ names: [String: NameCounts]) -> [String: String] {
        var peopleBySurname: [Substring: Set<String>] = [:]
        for (name, counts) in names where counts.kind == SpeakerKind.person.rawValue {
            let words = name.split(separator: " ")
            guard words.count >= 2, let surname = words.last else { continue }
            peopleBySurname[surname, default: []].insert(name)
        }
        var canonical: [String: String] = [:]
        for (name, counts) in names {
            canonical[name] = name
            let words = name.split(separator: " ")
            let couldBePerson = counts.kind == SpeakerKind.person.rawValue || counts.kind == SpeakerKind.unknown.rawValue
            guard words.count == 1, couldBePerson, let people = peopleBySurname[words[0]], people.count == 1 else {
                continue
            }
            canonical[name] = people.first!
        }
        return canonical
    }

    static func rebuild(in db: Database) throws {
        var names: [String: NameCounts] = [:]
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT speaker_name, coalesce(speaker_type, 'unknown'), speaker_role, count(*) FROM quotations
                WHERE speaker_name IS NOT NULL GROUP BY 1, 2, 3
                """)
        while let row = try rows.next() {
            let name: String = row[0]
            let count: Int = row[3]
            names[name, default: NameCounts()].quotations += count
            names[name, default: NameCounts()].kinds[row[1], default: 0] += count
            if let role: String = row[2] { names[name, default: NameCounts()].roles[role, default: 0] += count }
        }
        let canonical = canonicalNames(names)
        var merged: [String: NameCounts] = [:]
        var aliases: [String: [String: Int]] = [:]
        for (name, counts) in names {
            let target = canonical[name] ?? name
            merged[target, default: NameCounts()].quotations += counts.quotations
            for (kind, count) in counts.kinds { merged[target, default: NameCounts()].kinds[kind, default: 0] += count }
            for (role, count) in counts.roles { merged[target, default: NameCounts()].roles[role, default: 0] += count }
            aliases[target, default: [:]][name] = counts.quotations
        }
        try db.execute(sql: "DELETE FROM speakers")
        try db.execute(sql: "CREATE TEMP TABLE IF NOT EXISTS speaker_names (name TEXT PRIMARY KEY, speaker_id INTEGER)")
        try db.execute(sql: "DELETE FROM speaker_names")
        for target in merged.keys.sorted() {
            let counts = merged[target]!
            try db.execute(sql: "INSERT INTO speakers (name, kind) VALUES (?, ?)", arguments: [target, counts.kind])
            let id = db.lastInsertedRowID
            for (alias, count) in aliases[target] ?? [:] {
                try db.execute(
                    sql: "INSERT INTO speaker_aliases (speaker_id, alias, quotations) VALUES (?, ?, ?)",
                    arguments: [id, alias, count])
                try db.execute(
                    sql: "INSERT INTO speaker_names (name, speaker_id) VALUES (?, ?)", arguments: [alias, id])
            }
            for (role, count) in counts.roles {
                try db.execute(
                    sql: "INSERT INTO speaker_roles (speaker_id, role, quotations) VALUES (?, ?, ?)",
                    arguments: [id, role, count])
            }
        }
        // One pass, writing only the rows whose speaker changes: clearing every
        // speaker_id first rewrote each quotation row (and its index entry) twice,
        // about half the cost of a merge.
        try db.execute(
            sql: """
                UPDATE quotations SET speaker_id = (SELECT speaker_id FROM speaker_names WHERE name = speaker_name)
                WHERE speaker_id IS NOT (SELECT speaker_id FROM speaker_names WHERE name = speaker_name)
                """)
        try db.execute(
            sql: "INSERT OR REPLACE INTO store_state (key, value) VALUES (?, '0')",
            arguments: [QuotationStore.speakersStaleKey])
    }
}

extension QuotationStore {
    /// Merges the speakers of all stored quotations into corpus speakers
    /// (see `SpeakerDirectory`), in one transaction.
    /// - Throws: `StoreError`.
    /// - Complexity: O(*q* log *q*) in the number of quotations.
    public func rebuildSpeakers() throws {
        try withStoreErrors { try queue.write { try SpeakerDirectory.rebuild(in: $0) } }
    }

    /// True when documents were written since the speakers were last merged.
    /// - Throws: `StoreError`.
    /// - Complexity: O(1): one indexed read.
    public func speakersAreStale() throws -> Bool {
        try withStoreErrors {
            try queue.read { db in
                try String.fetchOne(
                    db, sql: "SELECT value FROM store_state WHERE key = ?", arguments: [Self.speakersStaleKey]) == "1"
            }
        }
    }

    /// The corpus speaker a name stands for: `Kerry` → `John Kerry` when
    /// `Kerry` was merged into him; the name itself when it is no alias.
    /// - Throws: `StoreError`.
    /// - Complexity: O(log *s*) in the number of speakers.
    public func canonicalSpeaker(named name: String) throws -> String {
        try withStoreErrors {
            try queue.read { db in
                try String.fetchOne(
                    db,
                    sql: """
                        SELECT s.name FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id
                        WHERE a.alias = ? ORDER BY a.quotations DESC LIMIT 1
                        """, arguments: [name]) ?? name
            }
        }
    }

    /// The corpus speakers, most quoted first.
    /// - Parameter minimumQuotations: leave out speakers with fewer quotations.
    /// - Throws: `StoreError`.
    /// - Complexity: O(*q*) in the number of quotations.
    public func speakers(minimumQuotations: Int = 1) throws -> [SpeakerSummary] {
        try withStoreErrors {
            try queue.read { db in
                let rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT s.id, s.name, s.kind, count(q.id), count(DISTINCT q.document_id),
                            min(d.date), max(d.date)
                        FROM speakers s JOIN quotations q ON q.speaker_id = s.id
                        JOIN documents d ON d.id = q.document_id
                        GROUP BY s.id HAVING count(q.id) >= ? ORDER BY count(q.id) DESC, s.name
                        """, arguments: [minimumQuotations])
                return try rows.map { row in
                    let id: Int64 = row[0]
                    let aliases = try Row.fetchAll(
                        db,
                        sql: "SELECT alias, quotations FROM speaker_aliases WHERE speaker_id = ? ORDER BY 2 DESC, 1",
                        arguments: [id]
                    ).map { (name: $0[0] as String, quotations: $0[1] as Int) }
                    let roles = try Row.fetchAll(
                        db,
                        sql: "SELECT role, quotations FROM speaker_roles WHERE speaker_id = ? ORDER BY 2 DESC, 1",
                        arguments: [id]
                    ).map { (role: $0[0] as String, quotations: $0[1] as Int) }
                    return SpeakerSummary(
                        name: row[1], kind: row[2], aliases: aliases, roles: roles, quotations: row[3],
                        documents: row[4], firstDate: row[5], lastDate: row[6])
                }
            }
        }
    }
}
