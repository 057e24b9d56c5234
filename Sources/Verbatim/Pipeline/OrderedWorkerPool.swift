import DequeModule
import Dispatch
import Foundation
import Synchronization

/// Stack of each worker thread: the size of a main thread's on Linux, so that
/// analysis has the same room on a worker as on the calling thread.
private let workerStackBytes = 8 << 20

/// `jobs` threads that transform documents as soon as they are given them,
/// each worker taking the next document the moment it finishes one, and a
/// reorder buffer that gives the results back by sequence number, so that
/// the caller can take them strictly in input order.
///
/// The caller submits documents with consecutive sequence numbers from 0 and
/// takes each result once (`takeFinished`); it bounds how many are outstanding
/// (see `ParallelRunner`), so the pool itself holds no limit.
final class OrderedWorkerPool<Output: Sendable>: Sendable {
    private struct Task: Sendable {
        let sequence: Int
        let document: Document
    }

    private struct State: Sendable {
        /// Submitted documents not yet taken by a worker, oldest first.
        var tasks = Deque<Task>()
        /// Finished results not yet taken by the caller.
        var results: [Int: Result<Output, any Error>] = [:]
        /// Every document numbered below this one is finished.
        var finishedBelow = 0
        /// The caller sleeps until `finishedBelow` reaches this, if it sleeps.
        var awaitedBelow: Int?

        mutating func takeTask() -> Task? { tasks.popFirst() }
    }

    private let state = Mutex(State())
    private let transform: @Sendable (Document) throws -> Output
    private let jobs: Int
    /// One signal per submitted task, and one per worker at shutdown.
    private let tasksAvailable = DispatchSemaphore(value: 0)
    /// Signalled once when the results the caller sleeps on are all finished.
    private let awaitedResultsReady = DispatchSemaphore(value: 0)
    /// Signalled by each worker as it exits.
    private let workerExited = DispatchSemaphore(value: 0)
    private let isShutDown = Atomic<Bool>(false)

    /// Starts `jobs` worker threads; `shutDown()` must be called before the pool is dropped.
    /// - Complexity: O(*jobs*).
    init(jobs: Int, transform: @escaping @Sendable (Document) throws -> Output) {
        self.jobs = jobs
        self.transform = transform
        for _ in 0..<jobs {
            // Dedicated threads, not Dispatch's pool: the pool may hold back
            // threads that block, and workers sleep between documents.
            let thread = Thread { [self] in
                work()
                workerExited.signal()
            }
            thread.stackSize = workerStackBytes
            thread.start()
        }
    }

    /// Queues a document for the next free worker.
    /// - Complexity: amortized O(1).
    func submit(_ document: Document, sequence: Int) {
        state.withLock { $0.tasks.append(Task(sequence: sequence, document: document)) }
        tasksAvailable.signal()
    }

    /// The results of the documents numbered from `first` on that are finished
    /// without a gap, in order, once at least those below `wanted` are:
    /// waiting for several results at a time wakes the caller once per group
    /// instead of once per document. Each result is taken once.
    /// - Parameters:
    ///   - first: the first result not yet taken.
    ///   - wanted: returns when every document below it is finished; at most the number of documents submitted.
    /// - Complexity: O(*k*) in the number of results returned, besides the wait.
    func takeFinished(from first: Int, waitingBelow wanted: Int) -> [Result<Output, any Error>] {
        while true {
            let taken = state.withLock { state -> [Result<Output, any Error>]? in
                guard state.finishedBelow >= wanted else {
                    state.awaitedBelow = wanted
                    return nil
                }
                return (first..<state.finishedBelow).map { state.results.removeValue(forKey: $0)! }
            }
            if let taken { return taken }
            awaitedResultsReady.wait()
        }
    }

    /// Drops the documents no worker has started, lets the running ones
    /// finish, and waits until every worker thread has exited. Idempotent.
    /// - Complexity: O(*n*) in the documents dropped, besides the wait for the running ones.
    func shutDown() {
        guard !isShutDown.exchange(true, ordering: .relaxed) else { return }
        state.withLock { $0.tasks.removeAll() }
        for _ in 0..<jobs { tasksAvailable.signal() }
        for _ in 0..<jobs { workerExited.wait() }
    }

    private func work() {
        while true {
            tasksAvailable.wait()
            // Every task has its own signal and tasks are queued before their
            // signal, so an empty queue after a wake means shutdown.
            guard let task = state.withLock({ $0.takeTask() }) else { return }
            let result = Result { try transform(task.document) }
            let callerWaits = state.withLock { state -> Bool in
                state.results[task.sequence] = result
                while state.results[state.finishedBelow] != nil { state.finishedBelow += 1 }
                guard let awaited = state.awaitedBelow, state.finishedBelow >= awaited else { return false }
                state.awaitedBelow = nil
                return true
            }
            if callerWaits { awaitedResultsReady.signal() }
        }
    }
}
