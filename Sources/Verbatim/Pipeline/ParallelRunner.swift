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
/// Steps overlap: while the workers analyse batch *k*, the calling thread
/// hands on the results of batch *k − 1*; and it reads batch *k + 1* while
/// batch *k* is still being analysed. Reading and writing (which are serial)
/// thus do not leave the cores idle, and never more than `jobs` workers run.
///
/// Determinism: results, read problems and failures are handed on in input
/// order whatever the number of jobs, so output is byte-identical for any
/// `jobs`. Memory: at most three batches (each `batchDocuments` documents or
/// `batchBytes` bytes of text, whichever comes first) are held at once.
public struct ParallelRunner: Sendable {
    public var jobs: Int
    public var batchDocuments: Int
    public var batchBytes: Int

    /// Documents per batch by default: enough to keep every core busy while
    /// the calling thread reads and writes.
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
    ///   - shouldStop: checked before each batch is read; when true, no more is read and the run ends
    ///     once the batches already read are handed on.
    /// - Returns: the counts of the run.
    /// - Throws: what `consume` or `endBatch` throws (an output error ends the run).
    /// - Complexity: O(*n*) in the input, plus the transform's own cost.
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
        var inFlight: BatchJob<Output>?
        defer { _ = inFlight?.results() }
        while true {
            var next: ReadBatch?
            if !exhausted {
                if shouldStop() {
                    summary.interrupted = true
                    exhausted = true
                } else {
                    let batch = readBatch(&iterator)
                    exhausted = batch.exhausted
                    next = batch
                }
            }
            // The batch in flight finishes before the next starts, so that no more than `jobs` workers run.
            let finished = inFlight.map { ($0.batch, $0.results()) }
            inFlight = next.map { BatchJob(batch: $0, jobs: jobs, transform: transform) }
            if let (batch, results) = finished {
                try handOn(batch, results, summary: &summary, consume: consume, report: report)
                try endBatch()
                progress(summary, iterator.bytesConsumed)
            }
            if inFlight == nil && exhausted { break }
        }
        return summary
    }

    /// The documents of one batch and the read problems met among them.
    struct ReadBatch: Sendable {
        var documents: [Document] = []
        /// Each problem with the number of documents read before it in this batch.
        var problems: [(position: Int, problem: ReadProblem)] = []
        var exhausted = false
    }

    private func readBatch(_ iterator: inout CorpusReader.Iterator) -> ReadBatch {
        var batch = ReadBatch()
        var bytes = 0
        while batch.documents.count < batchDocuments && bytes < batchBytes {
            guard let item = iterator.next() else {
                batch.exhausted = true
                break
            }
            if let problem = item.problem { batch.problems.append((batch.documents.count, problem)) }
            if let document = item.document {
                batch.documents.append(document)
                bytes += document.text.utf8.count
            }
        }
        return batch
    }

    /// Waits for a batch's results and hands them on, with its problems, in input order.
    private func handOn<Output: Sendable>(
        _ batch: ReadBatch, _ results: [Result<Output, any Error>], summary: inout RunSummary,
        consume: (Document, Output) throws -> Void, report: (ReadProblem) -> Void
    ) throws {
        var problems = batch.problems[...]
        func reportProblems(before position: Int) {
            while let first = problems.first, first.position <= position {
                problems.removeFirst()
                switch first.problem.severity {
                case .warning: summary.repaired += 1
                case .skipped: summary.skipped += 1
                case .failed: summary.failed += 1
                }
                // A warning rides on a document that is also read; skips and failures are documents of their own.
                if first.problem.severity != .warning { summary.documentsRead += 1 }
                report(first.problem)
            }
        }
        for (index, (document, result)) in zip(batch.documents, results).enumerated() {
            reportProblems(before: index)
            summary.documentsRead += 1
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
        reportProblems(before: Int.max)
    }
}

/// One batch being analysed on worker threads: each worker takes the next
/// document index from an atomic counter and writes its own result slot.
private final class BatchJob<Output: Sendable>: Sendable {
    let batch: ParallelRunner.ReadBatch
    private let slots: ResultSlots<Output>
    private let group = DispatchGroup()

    init(batch: ParallelRunner.ReadBatch, jobs: Int, transform: @escaping @Sendable (Document) throws -> Output) {
        self.batch = batch
        let documents = batch.documents
        let slots = ResultSlots<Output>(count: documents.count)
        self.slots = slots
        let next = AtomicCounter()
        for _ in 0..<min(jobs, documents.count) {
            DispatchQueue.global().async(group: group) {
                while true {
                    let index = next.takeNext()
                    guard index < documents.count else { return }
                    slots.store(Result { try transform(documents[index]) }, at: index)
                }
            }
        }
    }

    /// Waits for every worker, then returns the results in input order.
    func results() -> [Result<Output, any Error>] {
        group.wait()
        return slots.results()
    }
}

/// A shared counter handing out indices to workers.
private final class AtomicCounter: Sendable {
    private let value = Atomic<Int>(0)

    func takeNext() -> Int {
        value.add(1, ordering: .relaxed).oldValue
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
