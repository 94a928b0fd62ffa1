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
let rawTime = try seconds {
  for start in stride(from: 0, to: notes.count, by: batch) {
    try raw.write { db in
      let s = try db.cachedStatement(sql: "INSERT INTO t (rowid, text) VALUES (?, ?)")
      for k in start..<min(notes.count, start + batch) { try s.execute(arguments: [k + 1, notes[k].text]) }
    }
  }
}
let rawRate = Double(notes.count) / rawTime
print(String(format: "raw FTS5 inserts: %.2f s, %.0f notes/s", rawTime, rawRate))

// 3. NoteIndex.add of the pipeline's entries (upsert, facets, summary and reasons as JSON).
let index = try NoteIndex(path: dir.appendingPathComponent("index.sqlite").path)
let buildTime = try seconds {
  for start in stride(from: 0, to: entries.count, by: batch) {
    try index.add(Array(entries[start..<min(entries.count, start + batch)]))
  }
}
let buildRate = Double(entries.count) / buildTime
print(String(format: "index build (NoteIndex.add): %.2f s, %.0f notes/s = %.0f%% of raw FTS5 inserts", buildTime, buildRate, 100 * buildRate / rawRate))
print(String(format: "end to end (pipeline + index, sequential): %.0f notes/s", Double(notes.count) / (pipeline + buildTime)))

// 4. Queries: 1-3 words drawn from random notes (so frequent words come up often), then the same words with facets.
struct Seeded: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
var gen = Seeded(state: 42)
let stats = try index.stats()
let concepts = stats.concepts.prefix(20).map(\.concept)
let sections = ["hpi", "assessment_plan", "plan", "ros", "physical_exam", "chief_complaint"]
var plain: [SearchQuery] = []
var faceted: [SearchQuery] = []
for _ in 0..<queryCount {
  let words = notes[Int.random(in: 0..<notes.count, using: &gen)].text.split { !$0.isLetter }.filter { $0.count >= 4 }
  let n = Int.random(in: 1...3, using: &gen)
  let picked: [String] = (0..<n).map { _ in words.randomElement(using: &gen).map { String($0) } ?? "pain" }
  let text = picked.joined(separator: " ")
  plain.append(SearchQuery(text: text, limit: 20))
  var f = SearchQuery(text: text, limit: 20)
  switch Int.random(in: 0..<4, using: &gen) {
  case 0: f.minimumEscalation = Bool.random(using: &gen) ? EscalationLevel.urgent : .emergent
  case 1: f.concepts = [concepts.randomElement(using: &gen)!]
  case 2: f.concepts = [concepts.randomElement(using: &gen)!]; f.section = sections.randomElement(using: &gen)!
  default:
    f.minimumEscalation = EscalationLevel.urgent
    f.concepts = [concepts.randomElement(using: &gen)!]
    f.since = Date(timeIntervalSinceNow: -3600)
  }
  faceted.append(f)
}
for (name, queries) in [("without facets", plain), ("with facets", faceted)] {
  var times: [Double] = []
  var hits = 0
  for q in queries {
    let t = try seconds { hits += try index.search(q).count }
    times.append(t * 1000)
  }
  print(String(format: "queries %@: %d, p50 %.2f ms, p99 %.2f ms, max %.2f ms, mean hits %.1f", name, queries.count,
    percentile(times, 0.5), percentile(times, 0.99), times.max()!, Double(hits) / Double(queries.count)))
}
