import Foundation
import GRDB
import Testing

/// Closed pipes and signals: quiet endings, whole records, and an index that stays consistent.
@Suite struct SignalPipeCLITests {
  /// JSONL notes, `copies` times the bundled samples.
  static func notes(_ copies: Int) throws -> String {
    let one = try String(contentsOf: CLI.root.appendingPathComponent("Corpora/samples/notes.jsonl"), encoding: .utf8)
    return String(repeating: one, count: copies)
  }

  /// Runs a shell pipeline with `$NOTESUM` set to the binary; returns status, stdout and stderr.
  static func shell(_ script: String, input: URL) throws -> (status: Int32, stdout: Data, stderr: String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/bin/bash")
    p.arguments = ["-c", "set -o pipefail; " + script]
    p.currentDirectoryURL = CLI.root
    p.environment = ProcessInfo.processInfo.environment.merging(["NOTESUM": CLI.binary.path, "IN": input.path]) { $1 }
    let out = Pipe(), err = Pipe()
    p.standardOutput = out
    p.standardError = err
    try p.run()
    let errBox = DataBox()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
      errBox.set(err.fileHandleForReading.readDataToEndOfFile())
      group.leave()
    }
    let o = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    p.waitUntilExit()
    return (p.terminationStatus, o, String(decoding: errBox.get(), as: UTF8.self))
  }

  static func noCrashTrace(_ stderr: String) -> Bool {
    !["Fatal error", "Backtrace", "Stack dump", "Segmentation", "SIGPIPE", "Illegal instruction", "Current stack trace"]
      .contains { stderr.contains($0) }
  }

  /// `notesum … | head -1` ends quietly: exit 0 for notesum (pipefail), one whole record, no crash trace.
  @Test(arguments: ["jsonl", "text"]) func headOneEndsQuietly(_ mode: String) throws {
    let input = try CLI.temporaryFile(Data(try Self.notes(200).utf8), suffix: ".jsonl")
    defer { try? FileManager.default.removeItem(at: input) }
    let script = mode == "jsonl"
      ? "\"$NOTESUM\" --input jsonl --format jsonl --jobs 2 \"$IN\" | head -1"
      : "\"$NOTESUM\" --input jsonl --format text \"$IN\" | head -1"
    let r = try Self.shell(script, input: input)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(Self.noCrashTrace(r.stderr), "\(r.stderr)")
    let lines = r.stdout.split(separator: 0x0A)
    #expect(lines.count == 1)
    if mode == "jsonl" { #expect((try? JSONSerialization.jsonObject(with: Data(lines[0]))) != nil) }
  }

  /// A reader that stops partway sees whole records; only the last line it read may be cut short.
  @Test func aBrokenPipeCutsOnlyTheLastLine() throws {
    let input = try CLI.temporaryFile(Data(try Self.notes(200).utf8), suffix: ".jsonl")
    defer { try? FileManager.default.removeItem(at: input) }
    for script in [
      "\"$NOTESUM\" --input jsonl --jobs 2 \"$IN\" | head -c 150000",
      "\"$NOTESUM\" --input jsonl --jobs 2 \"$IN\" | head -n 37",
    ] {
      let r = try Self.shell(script, input: input)
      #expect(r.status == 0, "\(script): \(r.stderr)")
      #expect(Self.noCrashTrace(r.stderr), "\(r.stderr)")
      var lines = r.stdout.split(separator: 0x0A, omittingEmptySubsequences: false)
      if r.stdout.last != 0x0A { lines.removeLast() } else { lines.removeLast() }
      #expect(!lines.isEmpty)
      for line in lines { #expect((try? JSONSerialization.jsonObject(with: Data(line))) != nil, "a whole line is not a record") }
    }
  }

  /// SIGTERM or SIGINT while `index add` holds an unfinished batch: that batch is rolled back, the committed ones
  /// stay, the exit code is 130, and the database passes `PRAGMA integrity_check` with no orphaned rows.
  @Test(arguments: [SIGTERM, SIGINT]) func aSignalDuringIndexAddRollsBackTheOpenBatch(_ signal: Int32) throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("notesum-signal-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let db = dir.appendingPathComponent("index.sqlite").path
    var records: [String] = []
    let samples = try Self.notes(1).split(separator: "\n").map(String.init)
    for k in 0..<300 {
      let s = samples[k % samples.count]
      records.append(s.replacingOccurrences(of: "{\"id\": \"", with: "{\"id\": \"k\(k)-"))
    }
    let p = Process()
    p.executableURL = CLI.binary
    p.arguments = ["index", "add", "--db", db, "--input", "jsonl", "--batch-size", "100", "--jobs", "2"]
    let stdin = Pipe(), err = Pipe()
    p.standardInput = stdin
    p.standardOutput = FileHandle.nullDevice
    p.standardError = err
    try p.run()
    // Two whole batches and half of the third; the third waits for more input.
    stdin.fileHandleForWriting.write(Data((records[0..<250].joined(separator: "\n") + "\n").utf8))
    let deadline = Date().addingTimeInterval(120)
    var committed = 0
    while committed < 200 && Date() < deadline && p.isRunning {
      usleep(50_000)
      committed = (try? Self.count(db)) ?? 0
    }
    #expect(committed == 200)
    kill(p.processIdentifier, signal)
    usleep(100_000)
    // The rest of the third batch arrives after the signal: it must not be committed. notesum may already have
    // stopped (if the signal landed between batches it never reads again), so a closed pipe here is fine: ignore
    // SIGPIPE, which would otherwise end the test process, and let the write fail quietly.
    Glibc.signal(SIGPIPE, SIG_IGN)
    try? stdin.fileHandleForWriting.write(contentsOf: Data((records[250..<300].joined(separator: "\n") + "\n").utf8))
    try? stdin.fileHandleForWriting.close()
    let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    p.waitUntilExit()
    #expect(p.terminationStatus == 130, "\(stderr)")
    #expect(stderr.contains("interrupted; the unfinished batch was rolled back; 200 notes were committed"), "\(stderr)")
    #expect(Self.noCrashTrace(stderr))
    let queue = try DatabaseQueue(path: db)
    let (check, notes, texts, orphans) = try queue.read { d in
      (
        try String.fetchOne(d, sql: "PRAGMA integrity_check"), try Int.fetchOne(d, sql: "SELECT count(*) FROM notes"),
        try Int.fetchOne(d, sql: "SELECT count(*) FROM notes_fts"),
        try Int.fetchOne(d, sql: "SELECT count(*) FROM note_concepts WHERE note NOT IN (SELECT key FROM notes)")
      )
    }
    #expect(check == "ok")
    #expect(notes == 200 && texts == 200 && orphans == 0)
    try queue.write { d in try d.execute(sql: "INSERT INTO notes_fts(notes_fts) VALUES('integrity-check')") }
  }

  static func count(_ db: String) throws -> Int {
    guard FileManager.default.fileExists(atPath: db) else { return 0 }
    var config = Configuration()
    config.readonly = true
    let q = try DatabaseQueue(path: db, configuration: config)
    return try q.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM notes") ?? 0 }
  }
}
