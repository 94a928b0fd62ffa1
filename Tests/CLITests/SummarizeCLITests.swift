import Foundation
import Testing

@Suite(.serialized)
struct SummarizeCLITests {
  @Test func sampleNoteGivesBannerSummaryAndDisclaimer() throws {
    let r = try CLI.run(["Corpora/samples/sample-ed.txt"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("ESCALATION: EMERGENT"))
    #expect(r.stdout.contains("Summary:"))
    #expect(r.stdout.contains("not a diagnosis"))
  }

  @Test(arguments: ["text", "markdown", "json", "jsonl"])
  func disclaimerInEveryFormat(_ format: String) throws {
    let r = try CLI.run(["--format", format], stdin: "Patient reports cough and fever.")
    #expect(r.status == 0)
    #expect(r.stdout.contains("not a diagnosis"), "\(format)")
  }

  @Test func jsonSpansSliceBack() throws {
    let text = try String(contentsOf: CLI.root.appendingPathComponent("Corpora/samples/sample-discharge.txt"), encoding: .utf8)
    let r = try CLI.run(["--format", "json"], stdin: text)
    let obj = try JSONSerialization.jsonObject(with: r.stdoutBytes) as! [String: Any]
    let scalars = Array(text.unicodeScalars)
    for item in obj["summary"] as! [[String: Any]] {
      let s = item["start"] as! Int, e = item["end"] as! Int
      #expect(String(String.UnicodeScalarView(scalars[s..<e])) == item["text"] as! String)
    }
  }

  @Test func jsonlErrorRecordsAndLineAccounting() throws {
    let input = """
      {"id": "a", "text": "Patient denies chest pain."}
      {not json
      {"id": "c"}
      {"id": "d", "text": 42}

      {"id": "f", "text": "SpO2 86% on RA.", "ward": "4B"}
      """
    let r = try CLI.run(["--input", "jsonl"], stdin: input)
    #expect(r.status == 0, "\(r.stderr)")
    let lines = r.stdout.split(separator: "\n")
    #expect(lines.count == 5)
    #expect(lines[1].contains("\"line\":2") && lines[1].contains("invalid_json"))
    #expect(lines[2].contains("\"line\":3") && lines[2].contains("missing_field"))
    #expect(lines[3].contains("\"line\":4") && lines[3].contains("wrong_type"))
    #expect(lines[4].contains("\"id\":\"f\"") && lines[4].contains("\"ward\":\"4B\""))
    #expect(r.stderr.contains("6 lines: 2 ok, 0 blocked, 3 errors, 1 skipped"))
  }

  @Test func invalidUTF8InOneRecordIsAnErrorRecord() throws {
    var input = Data("{\"id\":\"a\",\"text\":\"ok\"}\n{\"id\":\"b\",\"text\":\"bad ".utf8)
    input.append(contentsOf: [0xFF, 0xFE])
    input.append(Data("\"}\n{\"id\":\"c\",\"text\":\"ok\"}\n".utf8))
    let r = try CLI.run(["--input", "jsonl"], stdin: input)
    let lines = r.stdout.split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines[1].contains("invalid_utf8"))
    #expect(r.stderr.contains("3 lines: 2 ok, 0 blocked, 1 errors"))
  }

  @Test func sameBytesWhateverTheJobs() throws {
    var input = ""
    let notes = try String(contentsOf: CLI.root.appendingPathComponent("Corpora/samples/notes.jsonl"), encoding: .utf8)
    for _ in 0..<10 { input += notes }
    let one = try CLI.run(["--input", "jsonl", "--jobs", "1"], stdin: input)
    let two = try CLI.run(["--input", "jsonl", "--jobs", "2"], stdin: input)
    #expect(one.status == 0 && two.status == 0)
    #expect(one.stdoutBytes == two.stdoutBytes)
    #expect(one.stdout.split(separator: "\n").count == input.split(separator: "\n").count)
  }

  @Test func invalidUTF8FileIsExit65NamingTheOffset() throws {
    let file = try CLI.temporaryFile(Data([0x46, 0x65, 0x76, 0xC3, 0x28]))
    defer { try? FileManager.default.removeItem(at: file) }
    let r = try CLI.run([file.path])
    #expect(r.status == 65)
    #expect(r.stderr.contains("offset 3"))
    let lossy = try CLI.run(["--lossy", file.path])
    #expect(lossy.status == 0)
    #expect(lossy.stderr.contains("replaced 1 invalid UTF-8 byte"))
  }

  @Test func binaryInputIsAClearError() throws {
    let file = try CLI.temporaryFile(Data((0..<2048).map { UInt8(truncatingIfNeeded: $0 &* 131) }))
    defer { try? FileManager.default.removeItem(at: file) }
    let r = try CLI.run([file.path])
    #expect(r.status == 65)
    #expect(r.stderr.contains("not valid UTF-8"))
  }

  @Test func emptyFileGivesAnEmptyResult() throws {
    let r = try CLI.run(["--format", "json"], stdin: "")
    #expect(r.status == 0)
    let obj = try JSONSerialization.jsonObject(with: r.stdoutBytes) as! [String: Any]
    #expect((obj["summary"] as! [Any]).isEmpty)
  }

  @Test func oversizedNoteIsRefusedWithTheLimit() throws {
    let r = try CLI.run(["--max-note-bytes", "10"], stdin: "Patient reports a cough today.")
    #expect(r.status == 65)
    #expect(r.stderr.contains("limit of 10 bytes"))
  }

  @Test func failOnGivesExit2() throws {
    let red = "Crushing chest pain radiating to the left arm, diaphoretic."
    #expect(try CLI.run(["--fail-on", "urgent"], stdin: red).status == 2)
    #expect(try CLI.run(["--fail-on", "urgent"], stdin: "Mild cough.").status == 0)
    #expect(try CLI.run(["--fail-on", "bogus"], stdin: "Mild cough.").status == 64)
  }

  @Test func missingRulesDirectoryIsARuleSetError() throws {
    let r = try CLI.run(["--rules", "/nonexistent/rules"], stdin: "x")
    #expect(r.status == 78)
    #expect(r.stderr.contains("/nonexistent/rules/ruleset.yaml:1:1: error: file does not exist"))
  }

  @Test func unreadableFileIsExit66() throws {
    #expect(try CLI.run(["/nonexistent/note.txt"]).status == 66)
  }
}

extension SummarizeCLITests {
  @Test func blockedRecordInAStreamIsNotAStageFailure() throws {
    let input = #"{"id":"b1","text":"Crushing chest pain radiating to the left arm. DO NOT RELEASE this note."}"# + "\n"
    let r = try CLI.run(["--input", "jsonl"], stdin: input)
    #expect(r.status == 0)
    #expect(r.stdout.contains("\"blocked\":true"))
    #expect(r.stderr.contains("1 lines: 0 ok, 1 blocked, 0 errors, 0 skipped"))
    let single = try CLI.run([], stdin: "Crushing chest pain radiating to the left arm. DO NOT RELEASE this note.")
    #expect(single.status == 3)
  }
}
