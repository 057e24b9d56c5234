import Benchmark
nonisolated(unsafe) let benchmarks: () -> Void = {}
