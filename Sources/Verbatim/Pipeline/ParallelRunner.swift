import Dispatch
import Synchronization

/// Counts of a run, printed at its end.
public struct RunSummary: Sendable, Equatable {
    public var documentsRead = 0
    public var processed = 0
    public var skipped = 0
    public var failed = 0
    /// Documents processed after a repair (invalid UTF-8).
    public var repaired = 0
    /// UTF-8 bytes of the processed texts.
    public var textBytes = 0
    public var interrupted = false

    public init() {}

    /// Exit status: 0 when every document was processed, 1 when some were
    /// skipped or failed, 130 after an interrupt.
    public var exitCode: Int32 {
        if interrupted { return 130 }
        return skipped + failed > 0 ? 1 : 0
    }
}

/// Runs a transform over a stream of documents on several threads, in
/// batches, and hands the results on in input order.
///
/// Determinism: results are consumed in input order whatever the number of
/// jobs, so output is byte-identical for any `jobs`. Memory: at most one
/// batch (`batchDocuments` documents or `batchBytes` bytes of text, whichever
/// comes first) is in flight.
public struct ParallelRunner: Sendable {
    public var jobs: Int
    public var batchDocuments: Int
    public var batchBytes: Int

    /// Documents per batch by default: enough to keep every core busy
    /// between two serial read-and-write steps.
    public static let defaultBatchDocuments = 256
    /// Text bytes per batch by default, so that big documents do not pile up.
    public static let defaultBatchBytes = 16 << 20

    public init(
        jobs: Int, batchDocuments: Int = ParallelRunner.defaultBatchDocuments,
        batchBytes: Int = ParallelRunner.defaultBatchBytes
    ) {
        self.jobs = max(1, jobs)
        self.batchDocuments = max(1, batchDocuments)
        self.batchBytes = max(1, batchBytes)
    }

    /// Reads `reader`, applies `transform` to each document in parallel, and
    /// calls `consume` with each result in input order.
    ///
    /// - Parameters:
    ///   - reader: the documents.
    ///   - transform: runs on worker threads; a thrown error marks the document failed.
    ///   - consume: runs on the calling thread, in input order.
    ///   - endBatch: runs on the calling thread after the last `consume` of each batch (a store commits there).
    ///   - report: called on the calling thread with every read problem or failure, in input order.
    ///   - progress: called on the calling thread after each batch with the running summary and the input bytes read.
    ///   - shouldStop: checked between batches; when true, the run ends after the current batch.
    /// - Returns: the counts of the run.
    /// - Throws: what `consume` or `endBatch` throws (an output error ends the run).
    public func run<Output: Sendable>(
        reader: CorpusReader,
        transform: @escaping @Sendable (Document) throws -> Output,
        consume: (Document, Output) throws -> Void,
        endBatch: () throws -> Void = {},
        report: (ReadProblem) -> Void,
        progress: (RunSummary, Int) -> Void = { _, _ in },
        shouldStop: () -> Bool = { false }
    ) throws -> RunSummary {
        var summary = RunSummary()
        var iterator = reader.makeIterator()
        var exhausted = false
        while !exhausted {
            if shouldStop() {
                summary.interrupted = true
                break
            }
            var batch: [Document] = []
            var bytes = 0
            while batch.count < batchDocuments && bytes < batchBytes {
                guard let item = iterator.next() else {
                    exhausted = true
                    break
                }
                if let problem = item.problem {
                    switch problem.severity {
                    case .warning: summary.repaired += 1
                    case .skipped: summary.skipped += 1
                    case .failed: summary.failed += 1
                    }
                    report(problem)
                }
                if let document = item.document {
                    batch.append(document)
                    bytes += document.text.utf8.count
                }
                summary.documentsRead += 1
            }
            let results = process(batch, transform: transform)
            for (document, result) in zip(batch, results) {
                switch result {
                case .success(let output):
                    try consume(document, output)
                    summary.processed += 1
                    summary.textBytes += document.text.utf8.count
                case .failure(let error):
                    summary.failed += 1
                    report(
                        ReadProblem(
                            severity: .failed, origin: document.origin, documentID: document.id,
                            message: "processing failed: \(error)"))
                }
            }
            try endBatch()
            progress(summary, iterator.bytesConsumed)
        }
        return summary
    }

    /// Applies `transform` to every document on up to `jobs` threads.
    private func process<Output: Sendable>(
        _ batch: [Document], transform: @escaping @Sendable (Document) throws -> Output
    ) -> [Result<Output, any Error>] {
        guard !batch.isEmpty else { return [] }
        let slots = ResultSlots<Output>(count: batch.count)
        let next = Atomic<Int>(0)
        let workers = min(jobs, batch.count)
        batch.withUnsafeBufferPointer { documents in
            nonisolated(unsafe) let documents = documents
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while true {
                    let index = next.add(1, ordering: .relaxed).oldValue
                    guard index < documents.count else { return }
                    slots.store(Result { try transform(documents[index]) }, at: index)
                }
            }
        }
        return slots.results()
    }
}

/// Per-document result slots written by worker threads: each slot is written
/// by exactly one worker (the one that took its index from the atomic counter)
/// and read only after all workers finish.
private final class ResultSlots<Output: Sendable>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Result<Output, any Error>?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func store(_ result: Result<Output, any Error>, at index: Int) {
        slots[index] = result
    }

    func results() -> [Result<Output, any Error>] {
        slots.map { $0! }
    }
}
