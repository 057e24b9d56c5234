// swift-tools-version: 6.1
import PackageDescription

// Verbatim's benchmarks: a package of its own so that the benchmark
// framework and its malloc interposer never reach the main package's users.
//
//     swift package --package-path benchmarks benchmark             # stage and end-to-end benchmarks
//     swift run -c release --package-path benchmarks generate-corpus --size 100MB --out /tmp/corpus
//     benchmarks/run                                                # scaling table
//     benchmarks/peers/run                                          # Verbatim beside Python peers
let package = Package(
    name: "VerbatimBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        // By name: a path dependency's identity is its folder's name, which differs between clones.
        .package(name: "Verbatim", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // The deterministic corpus generator, shared by the executable and the benchmark fixtures.
        .target(
            name: "CorpusGeneration",
            dependencies: [.product(name: "Verbatim", package: "Verbatim")],
            resources: [.process("Resources")]
        ),
        .executableTarget(
            name: "generate-corpus",
            dependencies: [
                "CorpusGeneration",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Scoring speed of the stance scorers alone (benchmarks/vader/run compares it with vaderSentiment).
        .executableTarget(
            name: "StanceSpeed",
            dependencies: [.product(name: "Verbatim", package: "Verbatim")]
        ),
        // Fixtures and the one-call registration every stage benchmark uses.
        .target(
            name: "BenchmarkSupport",
            dependencies: [
                "CorpusGeneration",
                .product(name: "Verbatim", package: "Verbatim"),
                .product(name: "Benchmark", package: "benchmark"),
            ]
        ),
        // package-benchmark finds suites as executable targets under Benchmarks/NAME/.
        .executableTarget(
            name: "Stages",
            dependencies: [
                "BenchmarkSupport",
                .product(name: "Verbatim", package: "Verbatim"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/Stages",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "EndToEnd",
            dependencies: [
                "BenchmarkSupport",
                .product(name: "Verbatim", package: "Verbatim"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/EndToEnd",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
