import DequeModule

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

/// Runs a transform over a stream of documents on several threads and hands
/// the results on in input order, as a continuous pipeline.
///
/// The calling thread reads documents ahead into a bounded window and queues
/// each one for `jobs` worker threads; a worker takes the next document as
/// soon as it finishes one, so no worker waits for a slow document of its
/// neighbours. A reorder buffer gives the results back to the calling thread,
/// which hands them on (`consume`) strictly in input order, then reads more.
/// Never more than `jobs` transforms run at once.
///
/// Batches remain as groups of consecutive results: after every
/// `batchDocuments` documents (or `batchBytes` bytes of text) handed on, the
/// calling thread calls `endBatch` (a store commits one transaction there)
/// and `progress`.
///
/// Determinism: results, read problems and failures are handed on in input
/// order whatever the number of jobs or the batch size, so output is
/// byte-identical for any of them. Memory: at most `readAheadDocuments`
/// documents (or read problems) and `readAheadBytes` bytes of text are read
/// and not yet handed on (and always one document, however large).
public struct ParallelRunner: Sendable {
    public var jobs: Int
    public var batchDocuments: Int
    public var batchBytes: Int
    public var readAheadDocuments: Int
    public var readAheadBytes: Int

    /// Documents per batch (store transaction, progress update) by default:
    /// a few hundred documents make a commit cheap next to their analysis.
    public static let defaultBatchDocuments = 256
    /// Text bytes per batch by default, so that big documents do not pile up in one transaction.
    public static let defaultBatchBytes = 16 << 20
    /// Documents read ahead by default: enough that while the document to hand
    /// on next is still being analysed, the other workers find work for a long
    /// time (hundreds of news articles, against a few workers).
    public static let defaultReadAheadDocuments = 512
    /// Text bytes read ahead by default: twice a batch's bytes.
    public static let defaultReadAheadBytes = 32 << 20

    /// Results the calling thread waits for at a time: few enough that the
    /// output flows steadily, many enough that it sleeps once per group. At
    /// most a quarter of the read-ahead, so the workers always have documents
    /// left while the calling thread sleeps.
    static let maximumResultsPerWake = 32

    /// - Parameters:
    ///   - jobs: worker threads, at least 1.
    ///   - batchDocuments: documents per batch (`endBatch`, `progress`).
    ///   - batchBytes: text bytes after which a batch ends early.
    ///   - readAheadDocuments: documents and read problems read but not yet handed on, at most.
    ///   - readAheadBytes: text bytes read but not yet handed on, at most (one document always fits).
    /// - Complexity: O(1).
    public init(
        jobs: Int, batchDocuments: Int = ParallelRunner.defaultBatchDocuments,
        batchBytes: Int = ParallelRunner.defaultBatchBytes,
        readAheadDocuments: Int = ParallelRunner.defaultReadAheadDocuments,
        readAheadBytes: Int = ParallelRunner.defaultReadAheadBytes
    ) {
        self.jobs = max(1, jobs)
        self.batchDocuments = max(1, batchDocuments)
        self.batchBytes = max(1, batchBytes)
        self.readAheadDocuments = max(1, readAheadDocuments)
        self.readAheadBytes = max(1, readAheadBytes)
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
    ///   - shouldStop: checked before each document is read; once true, reading goes on only to the end
    ///     of the current batch, and the run ends when every document read is handed on.
    /// - Returns: the counts of the run.
    /// - Throws: what `consume` or `endBatch` throws (an output error ends the run; documents not
    ///   started are dropped, running ones finish first).
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
        let pool = OrderedWorkerPool(jobs: jobs, transform: transform)
        defer { pool.shutDown() }
        var window = ReadWindow()
        var openBatch = (documents: 0, bytes: 0)
        var reading = true
        var stopping = false
        var handedOnSinceBatchEnd = false
        // Results taken from the pool and not yet handed on, in order: each is dropped as soon as
        // it is handed on, not kept until the next group is taken.
        var finished = Deque<Result<Output, any Error>>()
        let resultsPerWake = max(1, min(Self.maximumResultsPerWake, readAheadDocuments / 4))
        while true {
            while reading && window.admitsMore(items: readAheadDocuments, bytes: readAheadBytes) {
                if !stopping && shouldStop() {
                    stopping = true
                    summary.interrupted = true
                }
                // A stopped run still completes its batch, so that a store keeps whole batches only.
                if stopping && openBatch.documents == 0 {
                    reading = false
                    break
                }
                guard let item = iterator.next() else {
                    reading = false
                    break
                }
                var endsBatch = false
                if let document = item.document {
                    openBatch.documents += 1
                    openBatch.bytes += document.text.utf8.count
                    if openBatch.documents >= batchDocuments || openBatch.bytes >= batchBytes {
                        endsBatch = true
                        openBatch = (0, 0)
                    }
                }
                let sequence = window.append(item, endsBatch: endsBatch)
                if let document = item.document, let sequence { pool.submit(document, sequence: sequence) }
            }
            guard let entry = window.removeFirst() else { break }
            handedOnSinceBatchEnd = true
            if let problem = entry.item.problem { count(problem, in: &summary, report: report) }
            if let document = entry.item.document, let sequence = entry.sequence {
                summary.documentsRead += 1
                if finished.isEmpty {
                    // Wait for a group of results, not for each one, so that the calling
                    // thread wakes (and takes a core from the workers) less often.
                    let wanted = min(sequence + resultsPerWake, window.submitted)
                    finished = Deque(pool.takeFinished(from: sequence, waitingBelow: wanted))
                }
                switch finished.removeFirst() {
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
            if entry.endsBatch {
                try endBatch()
                handedOnSinceBatchEnd = false
                progress(summary, iterator.bytesConsumed)
            }
        }
        if handedOnSinceBatchEnd {
            try endBatch()
            progress(summary, iterator.bytesConsumed)
        }
        return summary
    }

    /// Counts a read problem and reports it.
    private func count(_ problem: ReadProblem, in summary: inout RunSummary, report: (ReadProblem) -> Void) {
        switch problem.severity {
        case .warning: summary.repaired += 1
        case .skipped: summary.skipped += 1
        case .failed: summary.failed += 1
        }
        // A warning rides on a document that is also read; skips and failures are documents of their own.
        if problem.severity != .warning { summary.documentsRead += 1 }
        report(problem)
    }
}

/// What the calling thread has read and not yet handed on, in input order:
/// documents (numbered for the workers) and read problems.
private struct ReadWindow {
    struct Entry {
        let item: ReadItem
        /// The document's number for the worker pool; nil for a problem alone.
        let sequence: Int?
        /// The last document of a batch.
        let endsBatch: Bool
    }

    private var entries = Deque<Entry>()
    private var nextSequence = 0
    /// Documents appended so far (the next document's sequence number).
    var submitted: Int { nextSequence }
    private(set) var documents = 0
    private(set) var bytes = 0

    /// True when there is room for one more item. Read problems count against
    /// the limit as documents do (a file of bad lines must not fill memory);
    /// the byte budget is ignored while the window holds no document, so that
    /// a document larger than it still runs.
    func admitsMore(items limit: Int, bytes byteLimit: Int) -> Bool {
        entries.count < limit && (documents == 0 || bytes < byteLimit)
    }

    /// Adds an item; returns its document's sequence number.
    mutating func append(_ item: ReadItem, endsBatch: Bool) -> Int? {
        var sequence: Int?
        if let document = item.document {
            sequence = nextSequence
            nextSequence += 1
            documents += 1
            bytes += document.text.utf8.count
        }
        entries.append(Entry(item: item, sequence: sequence, endsBatch: endsBatch))
        return sequence
    }

    /// The oldest entry, or nil when the window is empty.
    mutating func removeFirst() -> Entry? {
        guard let entry = entries.popFirst() else { return nil }
        if let document = entry.item.document {
            documents -= 1
            bytes -= document.text.utf8.count
        }
        return entry
    }
}
