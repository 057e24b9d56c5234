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
/// The caller submits documents with consecutive sequence numbers and takes
/// each result once (`result(for:)`); it bounds how many are outstanding
/// (see `ParallelRunner`), so the pool itself holds no limit.
final class OrderedWorkerPool<Output: Sendable>: Sendable {
    private struct Task: Sendable {
        let sequence: Int
        let document: Document
    }

    private struct State: Sendable {
        /// Submitted documents not yet taken by a worker, oldest at `taskHead`.
        var tasks: [Task] = []
        var taskHead = 0
        /// Finished results not yet taken by the caller.
        var results: [Int: Result<Output, any Error>] = [:]
        /// The sequence number the caller sleeps on, if it sleeps.
        var awaited: Int?

        mutating func takeTask() -> Task? {
            guard taskHead < tasks.count else { return nil }
            let task = tasks[taskHead]
            taskHead += 1
            // Drop taken tasks once they are most of the array, so that it does not grow with the corpus.
            if taskHead * 2 >= tasks.count {
                tasks.removeFirst(taskHead)
                taskHead = 0
            }
            return task
        }
    }

    private let state = Mutex(State())
    private let transform: @Sendable (Document) throws -> Output
    private let jobs: Int
    /// One signal per submitted task, and one per worker at shutdown.
    private let tasksAvailable = DispatchSemaphore(value: 0)
    /// Signalled once when the result the caller sleeps on arrives.
    private let awaitedResultReady = DispatchSemaphore(value: 0)
    /// Signalled by each worker as it exits.
    private let workerExited = DispatchSemaphore(value: 0)
    private let isShutDown = Atomic<Bool>(false)

    /// Starts `jobs` worker threads.
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

    /// The result of the document submitted as `sequence`, waiting for it if
    /// it is not ready. Each sequence number is taken once.
    /// - Complexity: O(1) besides the wait.
    func result(for sequence: Int) -> Result<Output, any Error> {
        while true {
            let found = state.withLock { state -> Result<Output, any Error>? in
                if let result = state.results.removeValue(forKey: sequence) { return result }
                state.awaited = sequence
                return nil
            }
            if let found { return found }
            awaitedResultReady.wait()
        }
    }

    /// Drops the documents no worker has started, lets the running ones
    /// finish, and waits until every worker thread has exited. Idempotent.
    func shutDown() {
        guard !isShutDown.exchange(true, ordering: .relaxed) else { return }
        state.withLock { state in
            state.tasks.removeAll()
            state.taskHead = 0
        }
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
                guard state.awaited == task.sequence else { return false }
                state.awaited = nil
                return true
            }
            if callerWaits { awaitedResultReady.signal() }
        }
    }
}
