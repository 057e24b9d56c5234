import Benchmark
import BenchmarkSupport
import Foundation
import Verbatim

// The whole pipeline on the fixture corpus: in memory (`Analyzer`), and from
// disk through the parallel runner at one job and at every core, as
// `verbatim score` runs it. benchmarks/run measures the same from 10 MB to 1 GB.
nonisolated(unsafe) let benchmarks: () -> Void = {
    let analyzer = try! Analyzer(depth: .quotations)
    benchmarkStage("Pipeline: Analyzer.analyze", over: .documents) { document in
        blackHole(try analyzer.analyze(document))
    }

    let cores = ProcessInfo.processInfo.activeProcessorCount
    for jobs in Set([1, cores]).sorted() {
        benchmarkCorpus(
            "Pipeline: ParallelRunner, \(jobs) job\(jobs == 1 ? "" : "s"), JSON Lines in, records out",
            prepare: { _ = Fixtures.jsonLinesFile }
        ) {
            let writer = QuotationRecordWriter()
            var outputBytes = 0
            _ = try ParallelRunner(jobs: jobs).run(
                reader: CorpusReader(inputs: [Fixtures.jsonLinesFile]),
                transform: { document in writer.records(for: try analyzer.analyze(document)) },
                consume: { _, bytes in outputBytes += bytes.count },
                report: { _ in })
            blackHole(outputBytes)
        }
    }

    benchmarkCorpus(
        "Pipeline: CorpusRun (verbatim score), \(cores) jobs, to /dev/null", prepare: { _ = Fixtures.jsonLinesFile }
    ) {
        let run = CorpusRun(
            mode: .quotations, inputs: [Fixtures.jsonLinesFile], jobs: cores, quiet: true, output: "/dev/null")
        blackHole(try run.run(messages: { _ in }))
    }
}
