import Foundation

/// What a worker made of one document in a run that writes the store.
enum StoreOutcome: Sendable {
    /// Analyzed: its rows, ready to insert.
    case analyzed(StoredDocument)
    /// Already stored with the same content hash: nothing to do.
    case unchanged
    /// Belongs to another shard.
    case otherShard
}

extension CorpusRun {
    /// The metadata of a document as the JSON object the store keeps,
    /// written by the same writer as the JSON Lines output so that both agree.
    static func metadataJSON(_ document: Document) -> String {
        var writer = JSONWriter()
        writer.value(.object(document.metadata))
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// `verbatim score --db`: analyzes the documents the store lacks (or holds
    /// with another content hash) and commits them one transaction per batch.
    ///
    /// Batch *k* is committed on a writer thread while batch *k* + 1 is
    /// analyzed, so that the workers do not wait for SQLite.
    ///
    /// A rerun of the same command resumes: stored documents are skipped
    /// before analysis, so a run killed at half way finishes in about half
    /// the time of a full run.
    /// - Throws: `StoreError` when the database cannot be opened or written
    ///   (every batch committed before stays stored), `ICUError` when ICU cannot start.
    /// - Complexity: O(*n*) in the input size.
    func runToStore(
        database: String, interrupt: InterruptFlag?, messages: (String) -> Void
    ) throws -> RunSummary {
        let store = try QuotationStore(path: database)
        let stored = try store.scoredContentHashes()
        let analyzer = try makeAnalyzer(messages: messages)
        let reader = CorpusReader(inputs: inputs, options: readerOptions)
        let progress = ProgressReporter(quiet: quiet, totalBytes: { reader.totalBytes() })
        let shard = self.shard
        let started = Date()
        let writer = BackgroundBatchWriter(store: store)
        // On an error elsewhere, do not return while a commit is still running.
        defer { _ = try? writer.finish() }
        var pending: [StoredDocument] = []
        var written = 0
        var quotations = 0
        var unchanged = 0
        var otherShard = 0
        var failed = 0
        let summary = try ParallelRunner(jobs: jobs, batchDocuments: batchDocuments).run(
            reader: reader,
            transform: { document -> StoreOutcome in
                if let shard, !shard.contains(documentID: document.id) { return .otherShard }
                let metadata = Self.metadataJSON(document)
                let hash = StoredDocument.contentHash(text: document.text, metadataJSON: metadata)
                if let storedHash = stored[document.id], UInt64(hash, radix: 16) == storedHash { return .unchanged }
                let analyzed = try analyzer.analyze(document)
                return .analyzed(StoredDocument(analyzed: analyzed, metadataJSON: metadata, contentHash: hash))
            },
            consume: { _, outcome in
                switch outcome {
                case .analyzed(let document): pending.append(document)
                case .unchanged: unchanged += 1
                case .otherShard: otherShard += 1
                }
            },
            endBatch: {
                try writer.submit(pending)
                written += pending.count { $0.status == .scored }
                quotations += pending.reduce(0) { $0 + $1.quotations.count }
                pending.removeAll(keepingCapacity: true)
            },
            report: { problem in
                // A document that failed is kept as a `failed` row with its error, for
                // `SELECT id, error FROM documents WHERE status = 'failed'`; a rerun tries it again.
                if problem.severity == .failed, let id = problem.documentID {
                    pending.append(StoredDocument(failedID: id, source: problem.origin.description, error: problem.message))
                    failed += 1
                }
                if progress.isEnabled { messages("\r\u{1B}[K") }
                messages("verbatim: \(problem)\n")
            },
            progress: { summary, inputBytes in progress.update(summary, inputBytes: inputBytes) },
            shouldStop: { interrupt?.isRaised ?? false })
        try writer.finish()
        if written > 0 {
            try store.rebuildSpeakers()
            try store.checkpoint()
        }
        progress.finish()
        if !quiet || summary.exitCode != 0 {
            messages(Self.describe(summary, seconds: Date().timeIntervalSince(started)) + "\n")
            var line = "verbatim: \(database): \(written) documents written (\(quotations) quotations)"
            line += ", \(unchanged) already stored"
            if failed > 0 { line += ", \(failed) failed (stored with status 'failed')" }
            if let shard { line += ", \(otherShard) in other shards than \(shard)" }
            messages(line + "\n")
        }
        return summary
    }
}
