import Foundation
import Testing

@Suite(.serialized)
struct OtherCommandsCLITests {
  @Test func segmentTextAndJSON() throws {
    let text = "Pt is a 67 y.o. male. Seen by Dr. Patel."
    let r = try CLI.run(["segment"], stdin: text)
    #expect(r.stdout == "Pt is a 67 y.o. male.\nSeen by Dr. Patel.\n")
    let j = try CLI.run(["segment", "--format", "json"], stdin: text)
    let obj = try JSONSerialization.jsonObject(with: j.stdoutBytes) as! [String: Any]
    let first = (obj["sentences"] as! [[String: Any]])[0]
    #expect(first["start"] as? Int == 0 && first["end"] as? Int == 21)
  }

  @Test func segmentJSONLAccountsForEveryLine() throws {
    let input = "{\"id\":\"1\",\"text\":\"Fever. Cough.\"}\n[1,2]\n{\"id\":\"3\",\"text\":\"Rest.\"}\n"
    let r = try CLI.run(["segment", "--input", "jsonl"], stdin: input)
    let lines = r.stdout.split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines[0].hasPrefix("{\"id\":\"1\""))
    #expect(lines[1].contains("\"line\":2"))
    #expect(r.stderr.contains("3 lines: 2 ok, 0 blocked, 1 errors, 0 skipped"))
  }

  @Test func rulesCheckPassesOnTheDefaultRuleSet() throws {
    let r = try CLI.run(["rules", "check", "Rules/default"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("0 failed"))
  }

  @Test func rulesCheckReportsFileLineColumn() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("notesum-bad-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    try "format: 1\nname: bad\nversion: 1.0.0\ninclude: [c.yaml]\n".write(to: dir.appendingPathComponent("ruleset.yaml"), atomically: true, encoding: .utf8)
    try "concepts:\n  - id: fever\n    terms: [fever]\n    colour: red\n".write(to: dir.appendingPathComponent("c.yaml"), atomically: true, encoding: .utf8)
    let r = try CLI.run(["rules", "check", dir.path])
    #expect(r.status == 78)
    #expect(r.stderr.contains("c.yaml:4:5: error: [fever] unknown key 'colour'"))
  }

  @Test func rulesExplainShowsCuesAndScopes() throws {
    let r = try CLI.run(["rules", "explain"], stdin: "HPI: Patient denies chest pain but reports cough.")
    #expect(r.status == 0)
    #expect(r.stdout.contains("chest_pain"))
    #expect(r.stdout.contains("negated"))
    #expect(r.stdout.contains("scope"))
  }

  @Test func assertSpansAndTargets() throws {
    let input = """
      {"id":"1","text":"Patient denies chest pain.","spans":[{"start":15,"end":25}]}
      {"id":"2","text":"Mother had a stroke. Return if fever.","target":"stroke"}
      {"id":"3","text":"x","spans":[{"start":5,"end":9}]}
      """
    let r = try CLI.run(["assert", "--input", "jsonl"], stdin: input)
    let lines = r.stdout.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
    let a1 = (lines[0]["assertions"] as! [[String: Any]])[0]
    #expect(a1["negated"] as? Bool == true)
    let a2 = (lines[1]["assertions"] as! [[String: Any]])[0]
    #expect(a2["experiencer"] as? String == "family")
    #expect(lines[2]["error"] != nil)
  }

  @Test func helpDescribesTheTool() throws {
    let r = try CLI.run(["--help"])
    #expect(r.stdout.contains("not a diagnosis"))
    #expect(r.stdout.contains("Exit codes"))
  }

  @Test func brokenPipeEndsQuietly() throws {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/bin/sh")
    let notes = CLI.root.appendingPathComponent("Corpora/escalation.jsonl").path
    p.arguments = ["-c", "'\(CLI.binary.path)' --input jsonl \(notes) \(notes) | head -1 >/dev/null; echo ${PIPESTATUS:-0}"]
    let err = Pipe()
    p.standardError = err
    p.standardOutput = Pipe()
    try p.run()
    p.waitUntilExit()
    let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(!stderr.contains("Fatal error"))
    #expect(!stderr.contains("Stack dump"))
  }

  @Test func indexOptimizeKeepsSearchResults() throws {
    let db = FileManager.default.temporaryDirectory.appendingPathComponent("notesum-opt-\(UUID().uuidString).sqlite").path
    defer { for f in [db, db + "-wal", db + "-shm"] { try? FileManager.default.removeItem(atPath: f) } }
    #expect(try CLI.run(["index", "optimize", "--db", db]).status == 66, "a missing index is not created")
    let add = try CLI.run(["index", "add", "--db", db, "--input", "jsonl", "Corpora/escalation.jsonl"])
    #expect(add.status == 0, "\(add.stderr)")
    let before = try CLI.run(["search", "--db", db, "--format", "jsonl", "chest", "pain"])
    let optimize = try CLI.run(["index", "optimize", "--db", db])
    #expect(optimize.status == 0 && optimize.stdout.isEmpty, "\(optimize.stderr)")
    let after = try CLI.run(["search", "--db", db, "--format", "jsonl", "chest", "pain"])
    #expect(!before.stdout.isEmpty && after.stdout == before.stdout)
  }

  @Test func bulkAddOptimizesByItselfWithTheSameResults() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("notesum-bulk-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let notes = try CLI.run(["corpus", "generate", "--count", "1000", "--seed", "3"])
    #expect(notes.status == 0)
    var results: [String] = []
    for flags in [[], ["--no-optimize"]] {
      let db = dir.appendingPathComponent("x\(results.count).sqlite").path
      let add = try CLI.run(["index", "add", "--db", db, "--input", "jsonl"] + flags, stdin: Data(notes.stdout.utf8))
      #expect(add.status == 0 && add.stderr.contains("1000 ok"), "\(add.stderr)")
      let search = try CLI.run(["search", "--db", db, "--format", "jsonl", "--limit", "5", "chest", "pain"])
      #expect(search.status == 0 && !search.stdout.isEmpty)
      // indexed_at differs between the two databases; everything else must match.
      results.append(search.stdout.replacing(/"indexed_at":"[^"]*"/, with: ""))
    }
    #expect(results[0] == results[1])
  }
}
