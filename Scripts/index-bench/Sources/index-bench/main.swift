// Index build rate against raw FTS5 inserts of the same texts, and query latency with and without facets.
// Usage: index-bench NOTES.jsonl [QUERIES]
import Foundation
import GRDB
import NoteSum

struct Note: Decodable { var id: String; var text: String }

func seconds(_ body: () throws -> Void) rethrows -> Double {
  let t = DispatchTime.now().uptimeNanoseconds
  try body()
  return Double(DispatchTime.now().uptimeNanoseconds - t) / 1e9
}

/// CPU time of the calling thread, in ms: on a shared machine it shows what a query costs apart from waiting for a core.
func cpuMilliseconds() -> Double {
  var t = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
  return Double(t.tv_sec) * 1000 + Double(t.tv_nsec) / 1e6
}

/// CPU time of the whole process (user + system), in seconds.
func processSeconds() -> Double {
  var t = timespec()
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
  return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

func percentile(_ xs: [Double], _ p: Double) -> Double {
  let s = xs.sorted()
  return s[min(s.count - 1, Int((Double(s.count) * p).rounded(.up)) - 1)]
}

let args = CommandLine.arguments
guard args.count >= 2 else { fatalError("usage: index-bench NOTES.jsonl [QUERIES]") }
let queryCount = args.count > 2 ? Int(args[2])! : 1000
let batch = 500
let dir = FileManager.default.temporaryDirectory.appendingPathComponent("index-bench-\(getpid())")
try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: dir) }

let decoder = JSONDecoder()
let notes = try String(contentsOfFile: args[1], encoding: .utf8).split(separator: "\n").map {
  try decoder.decode(Note.self, from: Data($0.utf8))
}
let bytes = notes.reduce(0) { $0 + $1.text.utf8.count }
print("notes: \(notes.count) (\(bytes / 1_000_000) MB of text), batches of \(batch)")

// 1. The pipeline (analysis, escalation, summary, guard, plus segmentation for section facets), on all cores.
let engine = Engine(ruleSet: try RuleSet.bundledDefault())
let jobs = ProcessInfo.processInfo.activeProcessorCount
var entries: [IndexEntry] = []
let pipeline = try seconds {
  entries = try BatchRunner(jobs: jobs).map(notes) { n in Result { try IndexEntry(id: n.id, document: Document(n.text), engine: engine) } }
    .map { try $0.get() }
}
print(String(format: "pipeline (%d threads): %.1f s, %.0f notes/s", jobs, pipeline, Double(notes.count) / pipeline))

// 2. The floor: raw FTS5 inserts of the same texts, same tokenizer, same pragmas, same batches.
let rawPath = dir.appendingPathComponent("raw.sqlite").path
var rawConfig = Configuration()
rawConfig.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
let raw = try DatabasePool(path: rawPath, configuration: rawConfig)
try raw.write { db in
  try db.execute(sql: "CREATE VIRTUAL TABLE t USING fts5(text, tokenize = 'unicode61 remove_diacritics 2')")
}
var cpuMark = processSeconds()
let rawTime = try seconds {
  for start in stride(from: 0, to: notes.count, by: batch) {
    try raw.write { db in
      let s = try db.cachedStatement(sql: "INSERT INTO t (rowid, text) VALUES (?, ?)")
      for k in start..<min(notes.count, start + batch) { try s.execute(arguments: [k + 1, notes[k].text]) }
    }
  }
}
let rawRate = Double(notes.count) / rawTime
let rawCPU = processSeconds() - cpuMark
print(String(format: "raw FTS5 inserts: %.2f s, %.0f notes/s (cpu %.2f s)", rawTime, rawRate, rawCPU))

// 3. NoteIndex.add of the pipeline's entries (upsert, facets, summary and reasons as JSON).
let index = try NoteIndex(path: dir.appendingPathComponent("index.sqlite").path)
cpuMark = processSeconds()
let buildTime = try seconds {
  for start in stride(from: 0, to: entries.count, by: batch) {
    try index.add(Array(entries[start..<min(entries.count, start + batch)]))
  }
}
let buildRate = Double(entries.count) / buildTime
let buildCPU = processSeconds() - cpuMark
print(String(format: "index build (NoteIndex.add): %.2f s, %.0f notes/s = %.0f%% of raw FTS5 inserts (cpu %.2f s = %.0f%% of raw's rate)",
  buildTime, buildRate, 100 * buildRate / rawRate, buildCPU, 100 * rawCPU / buildCPU))
print(String(format: "end to end (pipeline + index, sequential): %.0f notes/s", Double(notes.count) / (pipeline + buildTime)))

// 4. Queries: 1-3 words drawn from random notes (so frequent words come up often), then the same words with facets.
var gen = SplitMix64(seed: 42)  // the library's seeded generator
let stats = try index.stats()
let concepts = stats.concepts.prefix(20).map(\.concept)
let sections = ["hpi", "assessment_plan", "plan", "ros", "physical_exam", "chief_complaint"]
// Document frequency of a word in the raw table, to tell queries with a common word (in 10% of notes or more) apart.
var frequency: [String: Int] = [:]
@MainActor func isCommon(_ words: [String]) throws -> Bool {
  for w in words {
    if frequency[w] == nil {
      let df = try raw.read { db in
        try Int.fetchOne(db, sql: "SELECT count(*) FROM t WHERE t MATCH ?", arguments: ["\"" + w + "\""]) ?? 0
      }
      frequency[w] = df
    }
    if frequency[w]! * 10 >= notes.count { return true }
  }
  return false
}
struct Timed { var query: SearchQuery; var kind: String }
var plain: [Timed] = []
var faceted: [Timed] = []
var extra: [Timed] = []
for _ in 0..<queryCount {
  let words = notes[Int.random(in: 0..<notes.count, using: &gen)].text.split { !$0.isLetter }.filter { $0.count >= 4 }
  let n = Int.random(in: 1...3, using: &gen)
  let picked: [String] = (0..<n).map { _ in words.randomElement(using: &gen).map { String($0) } ?? "pain" }
  let text = picked.joined(separator: " ")
  let kind = try isCommon(picked.map { $0.lowercased() }) ? "common word" : (n == 1 ? "1 rare word" : "2-3 rare words")
  plain.append(Timed(query: SearchQuery(text: text, limit: 20), kind: kind))
  var f = SearchQuery(text: text, limit: 20)
  let facet: String
  switch Int.random(in: 0..<4, using: &gen) {
  case 0: f.minimumEscalation = Bool.random(using: &gen) ? EscalationLevel.urgent : .emergent; facet = "--escalation"
  case 1: f.concepts = [concepts.randomElement(using: &gen)!]; facet = "--concept"
  case 2: f.concepts = [concepts.randomElement(using: &gen)!]; f.section = sections.randomElement(using: &gen)!; facet = "--concept --section"
  default:
    f.minimumEscalation = EscalationLevel.urgent
    f.concepts = [concepts.randomElement(using: &gen)!]
    f.since = Date(timeIntervalSinceNow: -3600)
    facet = "--escalation --concept --since"
  }
  faceted.append(Timed(query: f, kind: facet))
}
// Not in the headline mix: phrases (raw), --section alone and --since alone, a fifth as many of each.
for i in 0..<max(1, queryCount / 5) {
  let words = notes[Int.random(in: 0..<notes.count, using: &gen)].text.split { !$0.isLetter }.map(String.init)
  let at = Int.random(in: 0..<max(1, words.count - 1), using: &gen)
  let phrase = words[at..<min(words.count, at + 2)].joined(separator: " ")
  extra.append(Timed(query: SearchQuery(text: "\"" + phrase + "\"", raw: true, limit: 20), kind: "phrase (--raw)"))
  let word = words.filter { $0.count >= 4 }.randomElement(using: &gen) ?? "pain"
  if i % 2 == 0 {
    extra.append(Timed(query: SearchQuery(text: word, section: sections.randomElement(using: &gen)!, limit: 20), kind: "--section"))
  } else {
    extra.append(Timed(query: SearchQuery(text: word, since: Date(timeIntervalSinceNow: -3600), limit: 20), kind: "--since"))
  }
}
func line(_ name: String, _ times: [Double], _ cpu: [Double], hits: Int) -> String {
  let label = name.padding(toLength: 32, withPad: " ", startingAt: 0)
  return String(format: "  %@ %5d  p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms  (cpu p50 %6.2f, p99 %6.2f)  mean hits %4.1f", label,
    times.count, percentile(times, 0.5), percentile(times, 0.99), times.max()!, percentile(cpu, 0.5), percentile(cpu, 0.99),
    Double(hits) / Double(times.count))
}
@MainActor func runQueries() throws {
  for (name, queries) in [("without facets", plain), ("with facets", faceted), ("extra kinds", extra)] {
    var times: [Double] = [], cpu: [Double] = []
    var byKind: [String: (times: [Double], cpu: [Double], hits: Int)] = [:]
    var hits = 0
    for q in queries {
      var n = 0
      let c = cpuMilliseconds()
      let t = try seconds { n = try index.search(q.query).count } * 1000
      let used = cpuMilliseconds() - c
      times.append(t)
      cpu.append(used)
      hits += n
      byKind[q.kind, default: ([], [], 0)].times.append(t)
      byKind[q.kind, default: ([], [], 0)].cpu.append(used)
      byKind[q.kind, default: ([], [], 0)].hits += n
    }
    if name != "extra kinds" {
      print(String(format: "queries %@: %d, p50 %.2f ms, p99 %.2f ms, max %.2f ms (cpu p50 %.2f ms, p99 %.2f ms), mean hits %.1f",
        name, queries.count, percentile(times, 0.5), percentile(times, 0.99), times.max()!, percentile(cpu, 0.5),
        percentile(cpu, 0.99), Double(hits) / Double(queries.count)))
    } else {
      print("queries \(name) (not in the figures above):")
    }
    for (kind, v) in byKind.sorted(by: { $0.key < $1.key }) { print(line(kind, v.times, v.cpu, hits: v.hits)) }
  // The slowest queries by CPU time (synthetic text only), to see what the tail is made of.
  if let n = ProcessInfo.processInfo.environment["NOTESUM_BENCH_SLOWEST"].flatMap(Int.init) {
    for k in cpu.indices.sorted(by: { cpu[$0] > cpu[$1] }).prefix(n) {
      print(String(format: "    cpu %6.2f ms  %@  %@", cpu[k], queries[k].kind, queries[k].query.text))
    }
  }
  }
}
print("-- queries right after the build")
try runQueries()
let optimizeTime = try seconds { try index.optimize() }
print(String(format: "-- NoteIndex.optimize (notesum index optimize): %.2f s; the same queries after it", optimizeTime))
try runQueries()
if let keep = ProcessInfo.processInfo.environment["NOTESUM_BENCH_KEEP"] {
  try index.checkpoint()
  try? FileManager.default.removeItem(atPath: keep)
  try FileManager.default.copyItem(atPath: index.path, toPath: keep)
  print("index kept at \(keep)")
}
