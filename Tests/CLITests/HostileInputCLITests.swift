import Foundation
import Testing

/// Hostile inputs and hostile rule sets end to end: nothing crashes or hangs, every line is accounted for.
@Suite struct HostileInputCLITests {
  /// A rule set whose one banned regex backtracks catastrophically on a long run of a's.
  static func backtrackingRules() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("notesum-hostile-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    try "format: 1\nname: hostile\nversion: 1.0.0\ninclude: [rules.yaml]\n"
      .write(to: dir.appendingPathComponent("ruleset.yaml"), atomically: true, encoding: .utf8)
    try """
      concepts:
        - { id: fever, terms: ["fever"] }
      banned:
        - { id: hostile.backtrack, regex: '(a+)+$', action: redact, replacement: "[X]" }
      disclaimers:
        - { id: d, audience: clinician, position: end, text: "Automated summary for clinician review." }
        - { id: p, audience: patient, position: end, text: "Automated summary; ask your care team." }
      summary: { max_sentences: 6, max_characters: 20000 }
      """.write(to: dir.appendingPathComponent("rules.yaml"), atomically: true, encoding: .utf8)
    return dir
  }

  /// The guardrail's regex times out on the second record only: that record is blocked (no text, a reason), the
  /// records around it are summarised, and stderr counts the blocked record.
  @Test func guardrailTimeoutBlocksItsRecordAndTheStreamGoesOn() throws {
    let rules = try Self.backtrackingRules()
    defer { try? FileManager.default.removeItem(at: rules) }
    let hostile = "Fever with " + String(repeating: "a", count: 5_000) + "b today."
    let input = """
      {"id":"1","text":"Fever since Monday."}
      {"id":"2","text":"\(hostile)"}
      {"id":"3","text":"Fever again today."}

      """
    let r = try CLI.run(["--rules", rules.path, "--input", "jsonl", "--jobs", "2"], stdin: input)
    // In a stream a blocked record is an ordinary output record; the exit code stays 0 and stderr counts it.
    #expect(r.status == 0, "\(r.stderr)")
    let lines = r.stdout.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    #expect(lines.count == 3)
    #expect(lines.map { $0?["id"] as? String } == ["1", "2", "3"])
    #expect(lines.map { $0?["blocked"] as? Bool } == [false, true, false])
    #expect((lines[1]?["summary"] as? [Any])?.isEmpty == true)
    #expect((lines[1]?["blocked_reason"] as? String)?.contains("hostile.backtrack could not run (regex time limit reached)") == true)
    #expect(!r.stdout.contains("aaaaaaaaaa"))
    #expect(r.stderr.contains("3 lines: 2 ok, 1 blocked, 0 errors, 0 skipped"))
  }

  /// NUL bytes are text: inside a JSON string (escaped), and raw in a text note.
  @Test func nulBytesAreText() throws {
    let jsonl = try CLI.run(["--input", "jsonl"], stdin: "{\"id\":\"n\",\"text\":\"Fever\\u0000 today. Cough.\"}\n")
    #expect(jsonl.status == 0, "\(jsonl.stderr)")
    #expect(jsonl.stderr.contains("1 lines: 1 ok"))
    let text = try CLI.run(["--format", "json"], stdin: Data("Fever\u{0} today.\u{0}\u{0} Denies cough.".utf8))
    #expect(text.status == 0, "\(text.stderr)")
    // A raw NUL inside a JSONL line is not JSON: an error record, and the next line still runs.
    let raw = try CLI.run(["--input", "jsonl"], stdin: Data("{\"id\":\"a\",\"text\":\"x\u{0}y\"}\n{\"id\":\"b\",\"text\":\"ok\"}\n".utf8))
    #expect(raw.stdout.split(separator: "\n").count == 2)
    #expect(raw.stderr.contains("2 lines: 1 ok, 0 blocked, 1 errors"))
  }

  /// Lines of megabytes with no newline at all: over the limit, an error record without reading the line whole;
  /// within the limit, a normal record.
  @Test func megabyteLinesWithoutANewline() throws {
    let filler = String(repeating: "Fever and cough. ", count: 3 << 20 / 17)
    let big = Data("{\"id\":\"big\",\"text\":\"\(filler)\"}".utf8)  // ~3 MB, no trailing newline
    let over = try CLI.run(["--input", "jsonl", "--max-note-bytes", "1000000"], stdin: Data("{\"id\":\"a\",\"text\":\"ok\"}\n".utf8) + big)
    #expect(over.status == 0, "\(over.stderr)")
    let lines = over.stdout.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines[1].contains("\"too_large\"") && lines[1].contains("\"line\":2"))
    #expect(over.stderr.contains("2 lines: 1 ok, 0 blocked, 1 errors, 0 skipped"))
    // Within the limit it is processed (segmentation used to be quadratic on long lines: minutes for this line).
    // Under the default rules a PHI regex may reach its time limit on a note this long; that blocks it (exit 3).
    let within = try CLI.run(["--input", "jsonl", "--max-sentences", "2"], stdin: big.prefix(1_200_000) + Data("\"}".utf8))
    #expect(within.status == 0, "\(within.stderr)")
    #expect(within.stderr.contains("1 lines: ") && within.stderr.contains("0 errors"), "\(within.stderr)")
    // The same bytes, not JSON at all and with no newline: one error record.
    let junk = try CLI.run(["--input", "jsonl"], stdin: Data(repeating: 0x61, count: 2 << 20))
    #expect(junk.stdout.split(separator: "\n").count == 1 && junk.stdout.contains("invalid_json"))
  }

  /// Every kind of malformed line gets its error record, in order, and the counts add up.
  @Test func malformedLinesAreEachAccountedFor() throws {
    var input = Data()
    input += Data("{\"id\":\"ok1\",\"text\":\"Fever.\"}\n".utf8)
    input += Data("{\"id\":\"badjson\",\"text\":\"unterminated\n".utf8)
    input += Data("{\"id\":\"notext\"}\n".utf8)
    input += Data("{\"id\":\"wrongtype\",\"text\":42}\n".utf8)
    input += Data("{\"id\":[1],\"text\":\"x\"}\n".utf8)
    input += Data("{\"id\":\"utf8\",\"text\":\"".utf8) + Data([0xC3, 0x28]) + Data("\"}\n".utf8)
    input += Data("{\"id\":\"long\",\"text\":\"\(String(repeating: "x", count: 5_000))\"}\n".utf8)
    input += Data("   \n".utf8)
    input += Data((String(repeating: "[", count: 4_000) + "\n").utf8)  // deeper than JSONDecoder allows
    input += Data("{\"id\":\"ok2\",\"text\":\"Cough.\"}".utf8)
    let r = try CLI.run(["--input", "jsonl", "--max-note-bytes", "1000"], stdin: input)
    let lines = r.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 9)
    let kinds = lines.map { l -> String in
      for k in ["invalid_json", "missing_field", "wrong_type", "invalid_utf8", "too_large"] where l.contains("\"\(k)\"") { return k }
      return "ok"
    }
    #expect(kinds == ["ok", "invalid_json", "missing_field", "wrong_type", "wrong_type", "invalid_utf8", "too_large", "invalid_json", "ok"])
    #expect(r.stderr.contains("10 lines: 2 ok, 0 blocked, 7 errors, 1 skipped"))
  }
}
