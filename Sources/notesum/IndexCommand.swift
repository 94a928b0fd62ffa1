import ArgumentParser
import Foundation
import NoteSum
import Synchronization

/// `--db PATH`, defaulting to `NOTESUM_DB` and then `./notesum.sqlite`.
struct DatabaseOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("Index file (default: $NOTESUM_DB, else ./notesum.sqlite).", valueName: "PATH"))
  var db: String?

  var path: String {
    if let db, !db.isEmpty { return db }
    if let env = ProcessInfo.processInfo.environment["NOTESUM_DB"], !env.isEmpty { return env }
    return "notesum.sqlite"
  }

  /// Opens the index, printing a clear error and exiting 66 when it cannot be used.
  func open(create: Bool) throws -> NoteIndex {
    do { return try NoteIndex(path: path, create: create) } catch {
      Console.err("notesum: \(describe(error))")
      throw fail(Exit.unreadableInput)
    }
  }
}

/// An index error's message; anything else by type only, so no text can leak.
func describe(_ error: any Error) -> String {
  (error as? IndexError)?.description ?? "internal error (\(type(of: error)))"
}

/// `notesum index`: build and inspect the full-text index.
struct IndexCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "index", abstract: "Add notes to the SQLite full-text index, remove them, optimize it, or count what it holds.",
    subcommands: [Add.self, Stats.self, Optimize.self, Remove.self])

  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Run the pipeline over notes and store them with their facets; re-adding an id replaces it.",
      discussion: """
        Text input: each FILE is one note, its id the path. JSONL input: one {"id", "text"} record a line.
        Notes are written in batches, one transaction each. SIGINT or SIGTERM rolls back the open batch and \
        exits 130; the notes of committed batches stay, and re-running the same add completes the set.
        """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var input: InputOptions
    @OptionGroup var ruleSet: RuleSetOptions
    @OptionGroup var jobs: JobsOptions

    @Option(name: .long, help: "Notes per transaction.")
    var batchSize: Int = 500

    @Flag(name: .long, help: "Skip the full-text merge (`index optimize`) that follows a bulk add: 1,000 or more notes that are at least a tenth of the index.")
    var noOptimize = false

    func validate() throws {
      if batchSize < 1 { throw ValidationError("--batch-size must be positive") }
      if input.input == .text && (input.files.isEmpty || input.files == ["-"]) {
        throw ValidationError("notesum index add needs FILE arguments for text input (the path is the id); use --input jsonl for stdin")
      }
    }

    func run() throws {
      let engine = Engine(ruleSet: try ruleSet.load())
      let index = try database.open(create: true)
      Interrupt.install()
      let adder = Adder(index: index, engine: engine, runner: BatchRunner(jobs: jobs.jobs), progress: Console.stderrIsTerminal)
      do {
        switch input.input {
        case .text: try adder.addFiles(input.files, input: input, batchSize: batchSize)
        case .jsonl:
          try InputFiles.forEachJSONL(input.files, maxLineBytes: input.maxNoteBytes + 4096) { reader, name in
            try adder.addJSONL(reader, name: name, input: input, batchSize: batchSize)
          }
        }
      } catch IndexError.interrupted {
        adder.finishProgress()
        Console.err("notesum index add: \(IndexError.interrupted.description); \(adder.counts.ok) notes were committed")
        throw fail(130)
      } catch let e as IndexError {
        adder.finishProgress()
        Console.err("notesum index add: \(e.description)")
        throw fail(Exit.outputError)
      }
      adder.finishProgress()
      if !noOptimize, adder.counts.ok >= 1000, let total = try? index.count(), adder.counts.ok * 10 >= total {
        // A bulk load leaves many segments; merging them once keeps searches fast (see NoteIndex.optimize).
        do { try index.optimize() } catch { Console.err("notesum index add: \(describe(error)) (the notes are stored; run notesum index optimize later)") }
      }
      reportCounts(adder.counts, command: "index add")
      if adder.counts.errors > 0 { throw fail(Exit.invalidInput) }
    }
  }

  struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Count notes by escalation level, affirmed concept and rule-set version.")

    @OptionGroup var database: DatabaseOptions
    @Option(name: .long, help: "Output format: text or json.") var format: StatsFormat = .text

    enum StatsFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    func run() throws {
      let index = try database.open(create: false)
      let s: IndexStats
      do { s = try index.stats() } catch {
        Console.err("notesum index stats: \(describe(error))")
        throw fail(Exit.internalError)
      }
      if format == .json { try Console.out(prettyJSON(s)); return }
      var out = "notes: \(s.notes)\nescalation:\n"
      for level in EscalationLevel.allCases.reversed() { out += "  \(level.rawValue): \(s.escalation[level.rawValue] ?? 0)\n" }
      out += "rule sets:\n"
      for r in s.rulesets { out += "  \(r.name) \(r.version) (sha256 \(r.sha256.prefix(12))): \(r.notes)\n" }
      out += "affirmed concepts (notes):\n"
      for c in s.concepts { out += "  \(c.concept): \(c.notes)\n" }
      try Console.out(out)
    }
  }

  struct Optimize: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Merge the full-text index into one segment; makes searches faster after a bulk add.")

    @OptionGroup var database: DatabaseOptions

    func run() throws {
      let index = try database.open(create: false)
      do { try index.optimize() } catch {
        Console.err("notesum index optimize: \(describe(error))")
        throw fail(Exit.outputError)
      }
    }
  }

  struct Remove: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Remove notes by id (exit 1 when an id is not in the index).")

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "Note ids.") var ids: [String]

    func run() throws {
      let index = try database.open(create: false)
      let removed: [String]
      do { removed = try index.remove(ids: ids) } catch {
        Console.err("notesum index remove: \(describe(error))")
        throw fail(Exit.outputError)
      }
      let missing = Set(ids).subtracting(removed)
      for id in ids where missing.contains(id) { Console.err("notesum index remove: no note with id \(id)") }
      Console.err("notesum index remove: removed \(removed.count) note\(removed.count == 1 ? "" : "s")")
      if !missing.isEmpty { throw ExitCode.failure }
    }
  }
}

/// SIGINT and SIGTERM set a flag that the writer checks before each note; the open transaction then rolls back.
enum Interrupt {
  static let flag = Atomic<Bool>(false)
  static var requested: Bool { flag.load(ordering: .relaxed) }
  static func install() {
    signal(SIGINT) { _ in Interrupt.flag.store(true, ordering: .relaxed) }
    signal(SIGTERM) { _ in Interrupt.flag.store(true, ordering: .relaxed) }
  }
}

/// Processes notes in parallel batches and writes each batch in one transaction.
final class Adder {
  let index: NoteIndex
  let engine: Engine
  let runner: BatchRunner
  let progress: Bool
  private(set) var counts = BatchCounts()

  init(index: NoteIndex, engine: Engine, runner: BatchRunner, progress: Bool) {
    self.index = index
    self.engine = engine
    self.runner = runner
    self.progress = progress
  }

  enum Outcome: Sendable { case entry(IndexEntry), error(String), skipped }

  func addJSONL(_ reader: JSONLReader, name: String, input: InputOptions, batchSize: Int) throws {
    let engine = self.engine, lossy = input.lossy, maxBytes = input.maxNoteBytes
    while true {
      if Interrupt.requested { throw IndexError.interrupted }
      var lines: [JSONLLine] = []
      while lines.count < batchSize, let line = try reader.next() { lines.append(line) }
      if lines.isEmpty { return }
      let outcomes = runner.map(lines) { line -> Outcome in
        switch RecordCodec.decode(line, lossy: lossy, maxNoteBytes: maxBytes) {
        case .failure(let e):
          return e.kind == .blankLine ? .skipped : .error("\(name):\(line.number): \(e.message)")
        case .success(let r):
          guard let id = r.id else { return .error("\(name):\(line.number): record has no 'id' field; the index needs one") }
          do { return .entry(try IndexEntry(id: id, document: r.document, engine: engine)) } catch {
            return .error("\(name):\(line.number): processing failed (\(type(of: error)))")
          }
        }
      }
      try write(outcomes)
    }
  }

  func addFiles(_ files: [String], input: InputOptions, batchSize: Int) throws {
    let engine = self.engine, lossy = input.lossy, maxBytes = input.maxNoteBytes
    var start = 0
    while start < files.count {
      if Interrupt.requested { throw IndexError.interrupted }
      let chunk = Array(files[start..<min(files.count, start + batchSize)])
      start += chunk.count
      let outcomes = runner.map(chunk) { path -> Outcome in
        guard let bytes = FileManager.default.contents(atPath: path) else { return .error("cannot read \(path)") }
        if bytes.count > maxBytes { return .error("\(path): note is over the limit of \(maxBytes) bytes; raise it with --max-note-bytes") }
        do {
          let doc = try Document(utf8: bytes, lossy: lossy)
          return .entry(try IndexEntry(id: path, document: doc, engine: engine))
        } catch let e as DocumentError {
          return .error("\(path): \(e.description)")
        } catch {
          return .error("\(path): processing failed (\(type(of: error)))")
        }
      }
      try write(outcomes)
    }
  }

  private func write(_ outcomes: [Outcome]) throws {
    var entries: [IndexEntry] = []
    for o in outcomes {
      counts.lines += 1
      switch o {
      case .entry(let e): entries.append(e)
      case .error(let message): counts.errors += 1; Console.err("notesum index add: \(message)")
      case .skipped: counts.skipped += 1
      }
    }
    try index.add(entries) { !Interrupt.requested }
    counts.ok += entries.count
    counts.blocked += entries.filter(\.result.blocked).count
    counts.ok -= entries.filter(\.result.blocked).count
    if progress { Console.err("\u{1B}[2K\rnotesum index add: \(counts.ok + counts.blocked) notes", terminator: "") }
  }

  func finishProgress() {
    if progress { Console.err("\u{1B}[2K\r", terminator: "") }
  }
}
