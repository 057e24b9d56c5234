import Benchmark
import Foundation
import Verbatim

/// One of the fixtures, as the input of a stage benchmark.
public struct FixtureSet<Input>: Sendable {
    public let load: @Sendable () -> [Input]

    public init(load: @escaping @Sendable () -> [Input]) { self.load = load }
}

extension FixtureSet where Input == Document {
    /// The generated documents, as the reading stage hands them on.
    public static var documents: FixtureSet { FixtureSet { Fixtures.documents } }
}

extension FixtureSet where Input == SourceText {
    public static var sourceTexts: FixtureSet { FixtureSet { Fixtures.sourceTexts } }
}

extension FixtureSet where Input == AnalyzedDocument {
    /// Segmented (sentences and tokens), no quotations.
    public static var segmented: FixtureSet { FixtureSet { Fixtures.segmented } }
    /// Segmented, with quotations detected.
    public static var detected: FixtureSet { FixtureSet { Fixtures.detected } }
    /// Through the whole pipeline.
    public static var analyzed: FixtureSet { FixtureSet { Fixtures.analyzed } }
}

extension FixtureSet where Input == [StoredDocument] {
    /// Analyzed documents as store rows, in the batches `verbatim score` commits.
    public static var storedBatches: FixtureSet { FixtureSet { Fixtures.storedBatches } }
}

extension Benchmark.Configuration {
    /// What every Verbatim benchmark reports: throughput (fixture corpora per
    /// second: MB/s for the default 1 MB fixture), wall and CPU time,
    /// instructions (where the kernel lets perf counters be read), allocations
    /// and peak resident memory.
    public static var verbatim: Benchmark.Configuration {
        .init(
            metrics: [
                .throughput, .wallClock, .cpuTotal, .instructions, .mallocCountTotal, .peakMemoryResident,
            ],
            timeUnits: .microseconds,
            // One warm-up pass loads ICU's break rules and fills the allocator's caches.
            warmupIterations: 1,
            scalingFactor: .one,
            maxDuration: .seconds(2),
            maxIterations: 1000)
    }
}

/// Registers a benchmark that runs `body` on every item of `fixture`, once per
/// iteration. The fixture is built in the benchmark's setup, never measured.
///
/// Adding a stage is one call, for example:
///
///     benchmarkStage("Attribution: SpeakerAttributor.attribute", over: .detected) { document in
///         blackHole(attributor.attribute(document.quotations, in: document))
///     }
///
/// - Parameters:
///   - name: shown with the fixture's size ("1.00 MB, 388 docs") appended.
///   - fixture: the stage's input.
///   - configuration: metrics and limits; `.verbatim` by default.
///   - body: the work on one input item.
public func benchmarkStage<Input>(
    _ name: String, over fixture: FixtureSet<Input>, configuration: Benchmark.Configuration = .verbatim,
    _ body: @escaping (Input) throws -> Void
) {
    Benchmark(
        "\(name) [\(Fixtures.label)]", configuration: configuration,
        closure: { benchmark in
            let inputs = fixture.load()
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                for input in inputs { try body(input) }
            }
        },
        setup: { _ = fixture.load() })
}

/// Registers a benchmark that runs `body` once per iteration on the whole
/// corpus (for runs that read from disk themselves), after `prepare` has built
/// what it needs in setup.
public func benchmarkCorpus(
    _ name: String, configuration: Benchmark.Configuration = .verbatim, prepare: @escaping @Sendable () -> Void,
    _ body: @escaping () throws -> Void
) {
    Benchmark(
        "\(name) [\(Fixtures.label)]", configuration: configuration,
        closure: { benchmark in
            for _ in benchmark.scaledIterations { try body() }
        },
        setup: { prepare() })
}
