// Throughput benchmarks for notesum over a seeded synthetic corpus of > 20 MB (see README.md).
//
// One iteration = the whole corpus through one stage. Every stage starts from each note's UTF-8 bytes, so each
// includes UTF-8 → UTF-16 (the floor by a plain transcoder, the stages by `Document(utf8:)`).
// Custom metrics per iteration: `kB/s` (1000 bytes of note text per second) and `notes/s`.
import BenchCorpus
import BenchStages
import Benchmark
import Dispatch
import NoteSum

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

let corpus = Corpus.standard
nonisolated(unsafe) var stagesStorage: Stages?
nonisolated(unsafe) var floorStorage: ICUFloor?
nonisolated(unsafe) var jobFD: Int32 = -1

let kBps = BenchmarkMetric.custom("kB/s", polarity: .prefersLarger, useScalingFactor: false)
let notesps = BenchmarkMetric.custom("notes/s", polarity: .prefersLarger, useScalingFactor: false)

/// Iterations per benchmark (after one warm-up), from NOTESUM_BENCH_ITERATIONS (default 5).
let iterations: Int = {
  if let v = getenvString("NOTESUM_BENCH_ITERATIONS"), let n = Int(v), n > 0 { return n }
  return 5
}()

func getenvString(_ name: String) -> String? {
  guard let p = getenv(name) else { return nil }
  return String(cString: p)
}

func corpusConfiguration(maxIterations: Int = iterations) -> Benchmark.Configuration {
  .init(
    metrics: [.wallClock, .throughput, .cpuTotal, .peakMemoryResident, .mallocCountTotal, kBps, notesps],
    timeUnits: .milliseconds,
    warmupIterations: 1,
    scalingFactor: .one,
    maxDuration: .seconds(300),
    maxIterations: maxIterations)
}

/// Runs `body` over the corpus once and records kB/s and notes/s; also appends the iteration to the file named by
/// NOTESUM_BENCH_RESULTS (what `Scripts/bench_table.py` reads), the first `warmup` lines per name being warm-ups.
func measureCorpus(_ benchmark: Benchmark, _ name: String, warmup: Int = 1, _ body: () throws -> Int) rethrows {
  let cpuStart = processCPUNanoseconds()
  let start = DispatchTime.now().uptimeNanoseconds
  let sink = try body()
  let ns = max(1, DispatchTime.now().uptimeNanoseconds - start)
  let cpu = processCPUNanoseconds() - cpuStart
  blackHole(sink)
  benchmark.measurement(kBps, Int((Double(corpus.textBytes) / 1000) / (Double(ns) / 1e9)))
  benchmark.measurement(notesps, Int(Double(corpus.notes.count) / (Double(ns) / 1e9)))
  record(name, warmup: warmup, bytes: corpus.textBytes, notes: corpus.notes.count, ns: ns, cpu: cpu)
}

/// Appends `name, warmup, bytes, notes, wall ns, process CPU ns` (tab-separated) to $NOTESUM_BENCH_RESULTS when set.
func record(_ name: String, warmup: Int, bytes: Int, notes: Int, ns: UInt64, cpu: UInt64) {
  guard let path = getenvString("NOTESUM_BENCH_RESULTS"), let f = fopen(path, "a") else { return }
  fputs("\(name)\t\(warmup)\t\(bytes)\t\(notes)\t\(ns)\t\(cpu)\n", f)
  fclose(f)
}

/// User plus system CPU time of the whole process (all threads), in nanoseconds.
func processCPUNanoseconds() -> UInt64 {
  var ts = timespec()
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
  return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
}

func setUpStages() throws {
  _ = corpus.textBytes
  if stagesStorage == nil { stagesStorage = try Stages.loadDefault() }
  if floorStorage == nil { floorStorage = try ICUFloor() }
}

func setUpJob() throws {
  try setUpStages()
  if jobFD < 0 { jobFD = try corpus.jsonlTemporaryFile() }
}

let benchmarks: @Sendable () -> Void = {
  Benchmark("01 ICU floor (sentence+word)", configuration: corpusConfiguration()) { benchmark in
    let floor = floorStorage!
    measureCorpus(benchmark, "01 ICU floor") {
      var sink = 0
      for n in corpus.notes { sink &+= floor.run(n) }
      return sink
    }
  } setup: {
    try setUpStages()
  }

  Benchmark("02 segment", configuration: corpusConfiguration()) { benchmark in
    let stages = stagesStorage!
    try measureCorpus(benchmark, "02 segment") {
      var sink = 0
      for n in corpus.notes { sink &+= try stages.segment(n) }
      return sink
    }
  } setup: {
    try setUpStages()
  }

  Benchmark("03 analyze", configuration: corpusConfiguration()) { benchmark in
    let stages = stagesStorage!
    try measureCorpus(benchmark, "03 analyze") {
      var sink = 0
      for n in corpus.notes { sink &+= try stages.analyze(n) }
      return sink
    }
  } setup: {
    try setUpStages()
  }

  Benchmark("04 process (guardrails, 1 thread)", configuration: corpusConfiguration()) { benchmark in
    let stages = stagesStorage!
    try measureCorpus(benchmark, "04 process") {
      var sink = 0
      for n in corpus.notes { sink &+= try stages.process(n) }
      return sink
    }
  } setup: {
    try setUpStages()
  }

  for jobs in [1, 2] {
    Benchmark("05 job JSONL→JSONL jobs \(jobs)", configuration: corpusConfiguration()) { benchmark in
      let stages = stagesStorage!
      try measureCorpus(benchmark, "05 job jobs \(jobs)") {
        let (counts, out) = try stages.job(fd: jobFD, runner: BatchRunner(jobs: jobs))
        if counts.lines != corpus.notes.count || counts.errors != 0 {
          benchmark.error("job accounted \(counts.lines) lines with \(counts.errors) errors for \(corpus.notes.count) notes")
        }
        return out
      }
    } setup: {
      try setUpJob()
    }
  }

  Benchmark(
    "06 rule set load+compile",
    configuration: .init(
      metrics: [.wallClock, .throughput, .cpuTotal, .mallocCountTotal, .peakMemoryResident], timeUnits: .milliseconds,
      warmupIterations: 2, scalingFactor: .one, maxDuration: .seconds(20), maxIterations: 30)
  ) { benchmark in
    let cpuStart = processCPUNanoseconds()
    let start = DispatchTime.now().uptimeNanoseconds
    blackHole(try RuleSet.bundledDefault())
    let ns = DispatchTime.now().uptimeNanoseconds - start
    record("06 rule set load+compile", warmup: 2, bytes: 0, notes: 0, ns: ns, cpu: processCPUNanoseconds() - cpuStart)
  }
}
