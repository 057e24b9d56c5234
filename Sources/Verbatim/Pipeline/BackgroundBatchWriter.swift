import Dispatch

/// Commits batches on its own thread, one at a time and in order, so that
/// analysis of the next batch overlaps the commit of the last one. At most
/// one batch waits: `submit` first waits for the previous commit.
///
/// `@unchecked Sendable`: `failure` is written by the writer thread before it
/// leaves `pending` and read by the caller only after `pending.wait()`.
final class BackgroundBatchWriter: @unchecked Sendable {
    private let store: QuotationStore
    private let queue = DispatchQueue(label: "verbatim.store-writer")
    private let pending = DispatchGroup()
    private var failure: (any Error)?

    init(store: QuotationStore) {
        self.store = store
    }

    /// Waits for the previous batch's commit, then starts committing `batch`.
    /// - Throws: the previous commit's error (`StoreError`).
    func submit(_ batch: [StoredDocument]) throws {
        try finish()
        guard !batch.isEmpty else { return }
        pending.enter()
        queue.async { [self] in
            defer { pending.leave() }
            do { try store.write(batch: batch) } catch { failure = error }
        }
    }

    /// Waits for the last commit.
    /// - Throws: its error.
    func finish() throws {
        pending.wait()
        if let failure {
            self.failure = nil
            throw failure
        }
    }
}
