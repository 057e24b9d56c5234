import Verbatim

/// Opening a store for the read-only commands.
enum StoreReading {
    /// Opens `path` for reading; when a run was killed before it merged its
    /// speakers, merges them first (which needs write access once).
    /// - Throws: `StoreError`.
    static func open(_ path: String) throws -> QuotationStore {
        let store = try QuotationStore(path: path, readOnly: true)
        guard try store.speakersAreStale() else { return store }
        let writable = try QuotationStore(path: path)
        try writable.rebuildSpeakers()
        return writable
    }
}
