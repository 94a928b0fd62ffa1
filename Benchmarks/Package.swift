// swift-tools-version: 6.1
// Throughput and memory benchmarks for notesum, kept out of the root package so that CI's build of the main package
// does not pay for the benchmark dependencies. Run with `Scripts/bench.sh` (see README.md).
import PackageDescription

let package = Package(
  name: "notesum-benchmarks",
  platforms: [.macOS(.v14)],
  dependencies: [
    .package(name: "notesum", path: ".."),
    .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
  ],
  targets: [
    // The seeded synthetic clinical-note generator (no project data is read).
    .target(name: "BenchCorpus"),
    // The stage runners shared by the benchmarks and the profiling executable.
    .target(
      name: "BenchStages",
      dependencies: [
        "BenchCorpus",
        .product(name: "NoteSum", package: "notesum"),
        .product(name: "ICUText", package: "notesum"),
      ]),
    // One stage over N generated notes, for callgrind/perf: `notesum-profile process 2000`.
    .executableTarget(name: "notesum-profile", dependencies: ["BenchStages"]),
    .executableTarget(
      name: "NoteSumBenchmarks",
      dependencies: ["BenchStages", .product(name: "Benchmark", package: "benchmark")],
      path: "Benchmarks/NoteSumBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),
  ]
)
