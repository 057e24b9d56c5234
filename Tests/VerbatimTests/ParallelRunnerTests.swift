import Foundation
import Synchronization
import Testing

@testable import Verbatim

/// An atomic counter that closures running on worker threads can share.
final class SharedCounter: Sendable {
    let value = Atomic<Int>(0)
}

@Suite struct ParallelRunnerTests {
    /// A corpus of many small documents of varied length, so that workers
    /// finish out of order and batches split at different places.
    private func makeCorpus() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        var lines: [String] = []
        for index in 0..<600 {
            let sentences = (0...(index % 7)).map { "Sentence \($0) of “document” \(index) said Mr. Smith." }
            lines.append(#"{"id":"doc\#(index)","text":"\#(sentences.joined(separator: " "))"}"#)
        }
        try folder.write("corpus.jsonl", lines.joined(separator: "\n"))
        return folder
    }

    private func output(jobs: Int, batchDocuments: Int, corpus: String) throws -> [UInt8] {
        let analyzer = try Analyzer(depth: .quotations)
        var bytes: [UInt8] = []
        let summary = try ParallelRunner(jobs: jobs, batchDocuments: batchDocuments).run(
            reader: CorpusReader(inputs: [corpus]),
            transform: { QuotationRecordWriter().records(for: try analyzer.analyze($0)) },
            consume: { _, output in bytes += output },
            report: { Issue.record("unexpected problem: \($0)") })
        #expect(summary.processed == 600)
        #expect(summary.exitCode == 0)
        return bytes
    }

    @Test func outputIsIdenticalForAnyNumberOfJobsAndBatchSize() throws {
        let corpus = try makeCorpus()
        let reference = try output(jobs: 1, batchDocuments: 256, corpus: corpus.path)
        #expect(!reference.isEmpty)
        for (jobs, batch) in [(2, 256), (4, 7), (8, 1)] {
            #expect(try output(jobs: jobs, batchDocuments: batch, corpus: corpus.path) == reference, "jobs \(jobs), batch \(batch)")
        }
    }

    @Test func failuresInTheTransformAreCountedAndReportedInOrder() throws {
        let corpus = try makeCorpus()
        struct Refused: Error {}
        var reported: [String] = []
        var consumed = 0
        let summary = try ParallelRunner(jobs: 2, batchDocuments: 50).run(
            reader: CorpusReader(inputs: [corpus.path + "/corpus.jsonl"]),
            transform: { document -> Int in
                if document.id.hasSuffix("7") { throw Refused() }
                return document.text.count
            },
            consume: { _, _ in consumed += 1 },
            report: { reported.append($0.documentID ?? "?") })
        #expect(summary.failed == 60)
        #expect(consumed == 540)
        #expect(reported.first == "doc7" && reported.last == "doc597")
        #expect(summary.exitCode == 1)
    }

    @Test func stopRequestEndsTheRunAtTheEndOfTheBatchBeingRead() throws {
        let corpus = try makeCorpus()
        var batches = 0
        let summary = try ParallelRunner(jobs: 2, batchDocuments: 100, readAheadDocuments: 50).run(
            reader: CorpusReader(inputs: [corpus.path]),
            transform: { $0.id },
            consume: { _, _ in },
            report: { _ in },
            progress: { _, _ in batches += 1 },
            shouldStop: { batches >= 2 })
        // The stop is seen once two batches were handed on; by then documents
        // 201 to 249 were read ahead, so reading goes on to the end of their
        // batch (300) and everything read is finished, not dropped.
        #expect(summary.processed == 300)
        #expect(summary.interrupted)
        #expect(summary.exitCode == 130)
    }

    /// Documents read and not yet handed on stay within the read-ahead budget,
    /// however fast the workers are: memory must not grow with the corpus.
    @Test func readAheadStaysWithinItsBudget() throws {
        let corpus = try makeCorpus()
        let handedOn = SharedCounter()
        let furthestAhead = SharedCounter()
        let summary = try ParallelRunner(jobs: 4, batchDocuments: 7, readAheadDocuments: 20).run(
            reader: CorpusReader(inputs: [corpus.path]),
            transform: { document -> Int in
                let index = Int(document.id.dropFirst("doc".count))!
                // Submitted when `index + 1` documents were read; at most that many minus the budget were handed on.
                furthestAhead.value.max(index + 1 - handedOn.value.load(ordering: .sequentiallyConsistent), ordering: .relaxed)
                return index
            },
            consume: { _, _ in handedOn.value.add(1, ordering: .sequentiallyConsistent) },
            report: { _ in })
        #expect(summary.processed == 600)
        #expect(furthestAhead.value.load(ordering: .relaxed) <= 20)
        #expect(furthestAhead.value.load(ordering: .relaxed) > 1, "the workers never ran ahead: the test shows nothing")
    }
}

@Suite struct ParallelRunnerOrderTests {
    /// Read problems and processing failures interleave with documents in
    /// input order, even though reading runs ahead of processing.
    @Test func problemsAndFailuresAreReportedInInputOrder() throws {
        let folder = try TemporaryFolder()
        var lines: [String] = []
        for index in 0..<40 {
            lines.append(index % 5 == 0 ? #"{"id":"bad\#(index)""# : #"{"id":"d\#(index)","text":"Text \#(index)."}"#)
        }
        try folder.write("corpus.jsonl", lines.joined(separator: "\n"))
        struct Refused: Error {}
        var events: [String] = []
        let summary = try ParallelRunner(jobs: 3, batchDocuments: 4).run(
            reader: CorpusReader(inputs: [folder.path]),
            transform: { document -> String in
                if document.id.hasSuffix("3") { throw Refused() }
                return document.id
            },
            consume: { _, id in events.append(id) },
            report: { problem in events.append("problem@\(problem.origin.line ?? 0)") })
        var expected: [String] = []
        for index in 0..<40 {
            if index % 5 == 0 {
                expected.append("problem@\(index + 1)")
            } else if String(index).hasSuffix("3") {
                expected.append("problem@\(index + 1)")
            } else {
                expected.append("d\(index)")
            }
        }
        #expect(events == expected)
        #expect(summary.documentsRead == 40)
        #expect(summary.failed == 12)
        #expect(summary.processed == 28)
    }
}

@Suite struct ParallelRunnerConcurrencyTests {
    /// Tracks how many transforms run at once.
    final class Gauge: @unchecked Sendable {
        private let lock = NSLock()
        private var running = 0
        private(set) var peak = 0

        func enter() {
            lock.lock()
            running += 1
            peak = max(peak, running)
            lock.unlock()
        }

        func leave() {
            lock.lock()
            running -= 1
            lock.unlock()
        }
    }

    /// Reading runs ahead of the workers, but batches must not overlap: `--jobs`
    /// is a promise to the user about the cores taken (a shared node, a Slurm allocation).
    @Test(arguments: [1, 2])
    func neverRunsMoreTransformsThanJobs(jobs: Int) throws {
        let folder = try TemporaryFolder()
        let lines = (0..<64).map { #"{"id":"d\#($0)","text":"Text."}"# }
        try folder.write("corpus.jsonl", lines.joined(separator: "\n"))
        let gauge = Gauge()
        _ = try ParallelRunner(jobs: jobs, batchDocuments: 4).run(
            reader: CorpusReader(inputs: [folder.path]),
            transform: { document -> String in
                gauge.enter()
                defer { gauge.leave() }
                // Slow transforms, instant reading: the next batch is read long before this one ends.
                Thread.sleep(forTimeInterval: 0.005)
                return document.id
            },
            consume: { _, _ in },
            report: { _ in })
        #expect(gauge.peak <= jobs)
    }

    /// A slow document must not hold the other workers at a batch boundary:
    /// the first document waits until documents of the next batches are done,
    /// which a runner that finishes a batch before starting the next never does.
    @Test func otherWorkersGoOnPastASlowDocument() throws {
        let folder = try TemporaryFolder()
        let lines = (0..<64).map { #"{"id":"d\#($0)","text":"Text."}"# }
        try folder.write("corpus.jsonl", lines.joined(separator: "\n"))
        let finishedOthers = SharedCounter()
        let othersNeeded = 20
        let laterBatchesDone = DispatchSemaphore(value: 0)
        let summary = try ParallelRunner(jobs: 2, batchDocuments: 4).run(
            reader: CorpusReader(inputs: [folder.path]),
            transform: { document -> Bool in
                if document.id == "d0" {
                    // The timeout only keeps a broken runner from hanging the test run.
                    return laterBatchesDone.wait(timeout: .now() + 30) == .success
                }
                if finishedOthers.value.add(1, ordering: .relaxed).newValue == othersNeeded { laterBatchesDone.signal() }
                return true
            },
            consume: { document, done in #expect(done, "\(document.id) timed out waiting for later batches") },
            report: { _ in })
        #expect(summary.processed == 64)
    }
}
