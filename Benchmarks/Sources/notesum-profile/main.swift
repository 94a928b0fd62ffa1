// Runs one benchmark stage over generated notes, for profilers (valgrind --tool=callgrind, perf) and quick checks:
//   notesum-profile <floor|segment|analyze|process|job|load> [notes=2000] [repeat=1] [jobs=1]
// Prints MB/s and notes/s for each repeat on stderr.
import BenchCorpus
import BenchStages
import Dispatch
import NoteSum

let args = CommandLine.arguments
let stage = args.count > 1 ? args[1] : "process"
let count = args.count > 2 ? Int(args[2]) ?? 2000 : 2000
let repeats = args.count > 3 ? Int(args[3]) ?? 1 : 1
let jobs = args.count > 4 ? Int(args[4]) ?? 1 : 1

let corpus = Corpus.generate(count: count)
let stages = try Stages.loadDefault()
let floor = try ICUFloor()
let fd = stage == "job" ? try corpus.jsonlTemporaryFile() : -1
let runner = BatchRunner(jobs: jobs)

for _ in 0..<repeats {
  let start = DispatchTime.now().uptimeNanoseconds
  var sink = 0
  switch stage {
  case "floor": for n in corpus.notes { sink &+= floor.run(n) }
  case "segment": for n in corpus.notes { sink &+= try stages.segment(n) }
  case "analyze": for n in corpus.notes { sink &+= try stages.analyze(n) }
  case "process": for n in corpus.notes { sink &+= try stages.process(n) }
  case "job": sink = try stages.job(fd: fd, runner: runner).outBytes
  case "load": sink = try Stages.loadDefault().engine.ruleSet.escalation.count
  default: fatalError("unknown stage \(stage)")
  }
  let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  let mb = Double(corpus.textBytes) / 1e6
  print("\(stage) notes=\(corpus.notes.count) MB=\(rounded(mb)) seconds=\(seconds) MB/s=\(mb / seconds) notes/s=\(Double(corpus.notes.count) / seconds) sink=\(sink)")
}

func rounded(_ x: Double) -> Double { (x * 100).rounded() / 100 }
