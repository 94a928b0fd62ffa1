import Foundation
import Testing

/// Fake identifiers planted in notes, rule examples and search queries must never reach stderr, error records,
/// blocked reasons, audit lines or diagnostics, on the happy paths and on every failing path. stdout records are
/// output by design (the summary quotes the note); only their error fields are checked.
@Suite(.serialized) struct CanaryCLITests {
  static let name = "Zqxjkanary Vorblesh"
  static let mrn = "KNRY-7741-9902"
  static let phone = "8675309421"
  static let canaries = ["zqxjkanary", "vorblesh", "knry-7741", "7741-9902", "8675309421"]

  /// A note with every canary in it, in sentences notesum will want to summarise.
  static let note = """
    PATIENT NAME: \(name)   MRN: \(mrn)
    HPI: \(name) reports crushing chest pain radiating to the left arm; call back at \(phone).
    Assessment and Plan: Possible ACS in Mr. Vorblesh. Send to the ED now.
    """

  /// Fails the test when any canary appears in `text`.
  static func clean(_ text: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let lower = text.lowercased()
    for c in canaries where lower.contains(c) {
      Issue.record("canary '\(c)' leaked into \(what)", sourceLocation: sourceLocation)
    }
  }

  /// The error and blocked-reason parts of JSONL output records.
  static func errorParts(_ stdout: String) -> String {
    stdout.split(separator: "\n").compactMap { line -> String? in
      guard let o = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { return String(line) }
      var parts: [String] = []
      if let e = o["error"] { parts.append("\(e)") }
      if let b = o["blocked_reason"] { parts.append("\(b)") }
      if let v = o["violations"] as? [[String: Any]] { parts += v.compactMap { $0["message"] as? String } }
      return parts.joined(separator: " ")
    }.joined(separator: "\n")
  }

  static func temp() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("notesum-canary-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
  }

  static func mode(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]) as? Int) ?? -1
  }

  static func jsonString(_ s: String) -> String {
    String(decoding: try! JSONEncoder().encode(s), as: UTF8.self)
  }

  /// JSONL with a good record and every malformed kind, each carrying canaries.
  static func hostileJSONL(textField: String = "text") -> Data {
    var d = Data()
    d += Data("{\"id\":\"good\",\"\(textField)\":\(jsonString(note))}\n".utf8)
    d += Data("{\"id\":\"badjson\",\"\(textField)\":\"\(name) \(mrn)\n".utf8)
    d += Data("{\"id\":\"wrongtype\",\"\(textField)\":[\"\(name)\",\(phone)]}\n".utf8)
    d += Data("{\"id\":\"notext\",\"note\":\"\(name) \(mrn)\"}\n".utf8)
    d += Data("{\"id\":\"utf8\",\"\(textField)\":\"\(name) ".utf8) + Data([0xC3, 0x28]) + Data(" \(mrn)\"}\n".utf8)
    d += Data("{\"id\":\"long\",\"\(textField)\":\"\(String(repeating: "\(name) \(mrn) ", count: 400))\"}\n".utf8)
    d += Data("\(name) \(mrn) \(phone)\n".utf8)
    return d
  }

  @Test func summarizeKeepsCanariesOutOfLogsErrorsAndAudit() throws {
    let dir = try Self.temp()
    defer { try? FileManager.default.removeItem(at: dir) }
    let audit = dir.appendingPathComponent("audit.jsonl").path
    let noteFile = dir.appendingPathComponent("note.txt")
    try Self.note.write(to: noteFile, atomically: true, encoding: .utf8)

    // Text input, every format.
    for format in ["text", "json", "jsonl", "markdown"] {
      let r = try CLI.run(["--format", format, "--audit", audit, noteFile.path])
      #expect(r.status == 0, "\(r.stderr)")
      Self.clean(r.stderr, "stderr (--format \(format))")
    }
    // Invalid UTF-8 and over-size single notes.
    let bad = Data("\(Self.name) \(Self.mrn) ".utf8) + Data([0xFF, 0xFE]) + Data(" \(Self.phone)".utf8)
    let r1 = try CLI.run(["--audit", audit], stdin: bad)
    #expect(r1.status == 65)
    Self.clean(r1.stderr, "stderr (invalid UTF-8)")
    let r2 = try CLI.run(["--max-note-bytes", "20", "--audit", audit], stdin: Data(Self.note.utf8))
    #expect(r2.status == 65)
    Self.clean(r2.stderr, "stderr (too large)")
    // JSONL with malformed lines, under the default rules and under rules whose guardrail times out.
    let hostile = try HostileInputCLITests.backtrackingRules()
    defer { try? FileManager.default.removeItem(at: hostile) }
    var input = Self.hostileJSONL()
    input += Data("{\"id\":\"timeout\",\"text\":\"Fever in \(Self.name) \(Self.mrn) \(String(repeating: "a", count: 3000))b.\"}\n".utf8)
    for rules in [[], ["--rules", hostile.path]] {
      let r = try CLI.run(rules + ["--input", "jsonl", "--max-note-bytes", "4000", "--audit", audit, "--jobs", "2"], stdin: input)
      Self.clean(r.stderr, "stderr (jsonl \(rules))")
      Self.clean(Self.errorParts(r.stdout), "error records (jsonl \(rules))")
      #expect(r.stdout.split(separator: "\n").count == 8)
    }
    // Overrides refused: the reason is the user's, but the message must not echo note text either way.
    let r3 = try CLI.run(["--override", "no.such.rule=\(Self.name)", noteFile.path])
    #expect(r3.status == 64)
    let audited = try String(contentsOfFile: audit, encoding: .utf8)
    #expect(!audited.isEmpty)
    Self.clean(audited, "the audit log")
    #expect(Self.mode(audit) == 0o600)
  }

  @Test func guardSegmentAssertAndExplainKeepCanariesOutOfLogsAndErrors() throws {
    let dir = try Self.temp()
    defer { try? FileManager.default.removeItem(at: dir) }
    let candidate = dir.appendingPathComponent("candidate.txt")
    let source = dir.appendingPathComponent("source.txt")
    try "\(Self.name) (MRN \(Self.mrn)) has no chest pain; increase the dose to 80 mg. Call \(Self.phone).".write(
      to: candidate, atomically: true, encoding: .utf8)
    try Self.note.write(to: source, atomically: true, encoding: .utf8)
    let g = try CLI.run(["guard", "--source", source.path, candidate.path])
    Self.clean(g.stderr, "guard stderr")
    if let o = try? JSONSerialization.jsonObject(with: g.stdoutBytes) as? [String: Any] {
      Self.clean("\(o["violations"] ?? "")", "guard violations")
    } else {
      Issue.record("guard printed no JSON verdict")
    }
    let g2 = try CLI.run(["guard", "--source", dir.appendingPathComponent("missing.txt").path, candidate.path])
    #expect(g2.status == 66)
    Self.clean(g2.stderr, "guard stderr (missing source)")
    var gj = Self.hostileJSONL(textField: "candidate")
    gj += Data("{\"id\":\"src\",\"candidate\":\"ok\",\"source\":[\"\(Self.name)\"]}\n".utf8)
    let g3 = try CLI.run(["guard", "--input", "jsonl", "--max-note-bytes", "4000"], stdin: gj)
    Self.clean(g3.stderr, "guard jsonl stderr")
    Self.clean(Self.errorParts(g3.stdout), "guard jsonl error records")

    let s = try CLI.run(["segment", "--input", "jsonl", "--max-note-bytes", "4000"], stdin: Self.hostileJSONL())
    Self.clean(s.stderr, "segment stderr")
    Self.clean(Self.errorParts(s.stdout), "segment error records")
    let s2 = try CLI.run(["segment"], stdin: Data("\(Self.name) ".utf8) + Data([0xC3]))
    #expect(s2.status == 65)
    Self.clean(s2.stderr, "segment stderr (invalid UTF-8)")

    var aj = Self.hostileJSONL()
    aj += Data("{\"id\":\"spans\",\"text\":\"\(Self.name)\",\"spans\":[{\"start\":0,\"end\":999}]}\n".utf8)
    aj += Data("{\"id\":\"target\",\"text\":\"\(Self.name)\",\"target\":[\"\(Self.mrn)\"]}\n".utf8)
    let a = try CLI.run(["assert", "--input", "jsonl", "--max-note-bytes", "4000"], stdin: aj)
    Self.clean(a.stderr, "assert stderr")
    Self.clean(Self.errorParts(a.stdout), "assert error records")

    let e = try CLI.run(["rules", "explain"], stdin: Data("\(Self.name) ".utf8) + Data([0xFF]))
    #expect(e.status == 65)
    Self.clean(e.stderr, "rules explain stderr")
  }

  @Test func ruleExampleFailuresDoNotQuoteTheExample() throws {
    let dir = try Self.temp()
    defer { try? FileManager.default.removeItem(at: dir) }
    try "format: 1\nname: canary\nversion: 1.0.0\ninclude: [rules.yaml]\n"
      .write(to: dir.appendingPathComponent("ruleset.yaml"), atomically: true, encoding: .utf8)
    try """
      concepts:
        - id: fever
          terms: ["fever"]
          examples: { match: ["\(Self.name) has a cough, MRN \(Self.mrn)."], no_match: ["\(Self.name) has a fever at \(Self.phone)."] }
      banned:
        - id: phi.mrn
          regex: 'MRN\\s*\\d+'
          action: redact
          replacement: "[MRN]"
          examples: { match: ["«\(Self.mrn)» for \(Self.name)"], no_match: ["MRN 12345 \(Self.name)"] }
      disclaimers:
        - { id: d, audience: clinician, position: end, text: "Automated summary for clinician review." }
        - { id: p, audience: patient, position: end, text: "Automated summary; ask your care team." }
      """.write(to: dir.appendingPathComponent("rules.yaml"), atomically: true, encoding: .utf8)
    let r = try CLI.run(["rules", "check", dir.path])
    #expect(r.status == 6 || r.status == 78, "\(r.stderr)")
    #expect(r.stderr.contains("example"), "\(r.stderr)")
    Self.clean(r.stderr, "rules check diagnostics")
    Self.clean(r.stdout, "rules check summary")
  }

  @Test func indexAndSearchKeepCanariesOutOfLogsAndCreatePrivateFiles() throws {
    let dir = try Self.temp()
    defer { try? FileManager.default.removeItem(at: dir) }
    let db = dir.appendingPathComponent("index.sqlite").path
    let old = umask(0o022)
    defer { umask(old) }
    var input = Self.hostileJSONL()
    input += Data("{\"text\":\(Self.jsonString(Self.note))}\n".utf8)  // no id
    let add = try CLI.run(["index", "add", "--db", db, "--input", "jsonl", "--max-note-bytes", "4000"], stdin: input)
    #expect(add.status == 65, "\(add.stderr)")
    #expect(add.stderr.contains("1 ok"), "\(add.stderr)")
    Self.clean(add.stderr, "index add stderr")
    let badFile = dir.appendingPathComponent("bad.txt")
    try (Data("\(Self.name) ".utf8) + Data([0xFF])).write(to: badFile)
    let add2 = try CLI.run(["index", "add", "--db", db, badFile.path])
    Self.clean(add2.stderr, "index add stderr (text files)")
    for file in [db, db + "-wal", db + "-shm"] where FileManager.default.fileExists(atPath: file) {
      #expect(Self.mode(file) == 0o600, "\(file) is not private")
    }
    for args in [
      ["search", Self.name, Self.mrn], ["search", "--raw", "\"\(Self.name) AND (\(Self.mrn)"], ["search", "--raw", "\(Self.name) NOT"],
      ["search", "chest", "--concept", Self.name], ["search", "--format", "json", "--", Self.phone, "\""],
      ["search", "--db", dir.appendingPathComponent("none.sqlite").path, Self.name],
    ] {
      let r = try CLI.run(args.count > 1 && args[1] == "--db" ? args : ["search", "--db", db] + args.dropFirst())
      Self.clean(r.stderr, "\(args.prefix(2)) stderr")
    }
    let stats = try CLI.run(["index", "stats", "--db", db])
    Self.clean(stats.stdout + stats.stderr, "index stats")
  }

  @Test func evalKeepsCanariesOutOfLogs() throws {
    let dir = try Self.temp()
    defer { try? FileManager.default.removeItem(at: dir) }
    let gold = dir.appendingPathComponent("gold.jsonl")
    let good = "{\"id\":\"g1\",\"text\":\(Self.jsonString(Self.note)),\"gold\":{\"escalation\":\"emergent\",\"escalation_rules\":[],\"findings\":[],\"phi\":[]}}\n"
    try (good + "{\"id\":\"g2\",\"text\":\"\(Self.name)\",\"gold\":{\"escalation\":[\"\(Self.mrn)\"]}}\n").write(to: gold, atomically: true, encoding: .utf8)
    let r = try CLI.run(["eval", gold.path])
    #expect(r.status == 65, "\(r.stderr)")
    Self.clean(r.stderr, "eval stderr (bad gold line)")
    try good.write(to: gold, atomically: true, encoding: .utf8)
    let ok = try CLI.run(["eval", "--require", "escalation.recall>=1.0", gold.path])
    Self.clean(ok.stderr, "eval stderr")
  }
}
