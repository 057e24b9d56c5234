import Foundation
import GRDB

/// The SQLite database of a corpus run: documents, quotations, stance
/// targets and evidence, speakers across the corpus.
///
/// Writes go one transaction per batch, in WAL mode: a process killed at any
/// moment leaves every committed batch whole and no document half-written,
/// and readers (`verbatim export`, `speakers`, `compare`) can read while a
/// run writes.
public final class QuotationStore: Sendable {
    /// The path the store was opened at, for messages.
    public let path: String
    let queue: DatabaseQueue

    /// How long a writer waits for another process's transaction (for
    /// example two shards writing one file) before it gives up, in seconds.
    private static let busyTimeoutSeconds = 60.0

    /// Opens (creating and migrating when writable) the database at `path`.
    /// - Parameters:
    ///   - path: the SQLite file.
    ///   - readOnly: open for reading only; the file must exist and hold a Verbatim store.
    /// - Throws: `StoreError` when the file cannot be opened, created or migrated.
    /// - Complexity: O(1), plus the migrations a new or older file needs.
    public init(path: String, readOnly: Bool = false) throws {
        self.path = path
        var configuration = Configuration()
        configuration.readonly = readOnly
        configuration.busyMode = .timeout(Self.busyTimeoutSeconds)
        if !readOnly {
            configuration.journalMode = .wal
            configuration.prepareDatabase { db in
                // In WAL mode NORMAL keeps every commit through a process crash
                // (SIGKILL); only a power loss can roll back the last commits,
                // and it never corrupts the file (SQLite documentation, "PRAGMA synchronous").
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
            }
        }
        do {
            queue = try Self.openQueue(path: path, configuration: configuration)
            if readOnly {
                guard try queue.read({ try StoreSchema.migrator.hasCompletedMigrations($0) }) else {
                    throw StoreError(
                        path: path, reason: .notADatabase, detail: "no Verbatim tables; write it with verbatim score")
                }
            } else {
                try StoreSchema.migrator.migrate(queue)
            }
        } catch {
            throw StoreError.wrapping(error, path: path)
        }
    }

    /// Opens the connection. A read-only open that fails on an existing file
    /// (read-only media, where SQLite cannot create the WAL index) is retried
    /// as an immutable file: runs checkpoint at their end, so the file alone
    /// holds every committed row.
    private static func openQueue(path: String, configuration: Configuration) throws -> DatabaseQueue {
        do {
            return try DatabaseQueue(path: path, configuration: configuration)
        } catch let error as DatabaseError
            where configuration.readonly && error.resultCode == .SQLITE_CANTOPEN
            && FileManager.default.isReadableFile(atPath: path)
        {
            let absolute = URL(fileURLWithPath: path).path
            let escaped = absolute.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? absolute
            return try DatabaseQueue(path: "file:\(escaped)?immutable=1", configuration: configuration)
        }
    }

    /// Copies the WAL into the database file and empties it, so that the
    /// file alone holds every row (for copying, or reading on read-only media).
    /// - Throws: `StoreError`.
    /// - Complexity: O(*w*) in the size of the WAL.
    public func checkpoint() throws {
        try withStoreErrors {
            try queue.writeWithoutTransaction { db in
                _ = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            }
        }
    }

    /// Runs `body`, turning SQLite errors into `StoreError`s.
    func withStoreErrors<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw StoreError.wrapping(error, path: path)
        }
    }

    // MARK: Writing

    /// Stores a batch of documents in one transaction, replacing any stored
    /// document with the same id. Either the whole batch is stored or none of it.
    /// - Throws: `StoreError` (disk full, read-only database, …); the batch is then not stored.
    /// - Complexity: O(*r*) in the number of rows written.
    public func write(batch: [StoredDocument]) throws {
        guard !batch.isEmpty else { return }
        try withStoreErrors {
            try queue.write { db in
                var inserts = try DocumentInserts(db)
                for document in batch {
                    try inserts.insert(document)
                }
                try db.execute(
                    sql: "INSERT OR REPLACE INTO store_state (key, value) VALUES (?, '1')",
                    arguments: [Self.speakersStaleKey])
            }
        }
    }

    /// Stores analyzed documents in one transaction (see `write(batch:)`).
    /// - Parameter encodeMetadata: serializes a document's metadata as a JSON object.
    /// - Throws: `StoreError`.
    /// - Complexity: O(*n*) in the length of the texts.
    public func write(batch: [AnalyzedDocument], encodeMetadata: (JSONValue) -> String) throws {
        try write(
            batch: batch.map {
                StoredDocument(analyzed: $0, metadataJSON: encodeMetadata(.object($0.document.metadata)))
            })
    }

    // MARK: Resume

    /// True when a document with this id and content hash is stored and was scored.
    /// - Throws: `StoreError`.
    /// - Complexity: O(log *d*) in the number of stored documents.
    public func isStored(id: String, contentHash: String) throws -> Bool {
        try withStoreErrors {
            try queue.read { db in
                try Bool.fetchOne(
                    db, sql: "SELECT 1 FROM documents WHERE id = ? AND content_hash = ? AND status = 'scored'",
                    arguments: [id, contentHash]) ?? false
            }
        }
    }

    /// The content hash of every scored document, by id, as numbers (eight
    /// bytes a document rather than a sixteen-digit string): loaded once at
    /// the start of a run so that workers can skip unchanged documents
    /// without touching the database.
    /// - Throws: `StoreError`.
    /// - Complexity: O(*d*) in the number of stored documents.
    public func scoredContentHashes() throws -> [String: UInt64] {
        try withStoreErrors {
            try queue.read { db in
                var hashes: [String: UInt64] = [:]
                let rows = try Row.fetchCursor(
                    db, sql: "SELECT id, content_hash FROM documents WHERE status = 'scored'")
                while let row = try rows.next() {
                    if let hash = UInt64(row[1] as String, radix: 16) { hashes[row[0]] = hash }
                }
                return hashes
            }
        }
    }

    // MARK: Counts

    /// Stored rows per table, for summaries and tests.
    public struct Counts: Sendable, Equatable {
        public var documents = 0
        public var failedDocuments = 0
        public var quotations = 0
        public var targets = 0
        public var evidence = 0
    }

    /// - Throws: `StoreError`.
    /// - Complexity: O(*r*) in the number of rows.
    public func counts() throws -> Counts {
        try withStoreErrors {
            try queue.read { db in
                var counts = Counts()
                counts.documents = try Int.fetchOne(db, sql: "SELECT count(*) FROM documents") ?? 0
                counts.failedDocuments =
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM documents WHERE status = 'failed'") ?? 0
                counts.quotations = try Int.fetchOne(db, sql: "SELECT count(*) FROM quotations") ?? 0
                counts.targets = try Int.fetchOne(db, sql: "SELECT count(*) FROM targets") ?? 0
                counts.evidence = try Int.fetchOne(db, sql: "SELECT count(*) FROM stance_evidence") ?? 0
                return counts
            }
        }
    }

    /// Limits the database file to `pages` pages, so that tests can meet a
    /// full disk without filling one.
    func limitSize(pages: Int) throws {
        try queue.writeWithoutTransaction { db in
            _ = try Int.fetchOne(db, sql: "PRAGMA max_page_count = \(pages)")
        }
    }

    static let speakersStaleKey = "speakers_stale"
}
