import Foundation
import Testing

/// Found by review during hardening: `notesum assert` turned span offsets into `Int` with `Int(_:)`, which traps on
/// values out of range (a record with `"start": 1e300` crashed the whole stream).
@Suite struct AssertSpanRegressionTests {
  @Test func hugeSpanOffsetsAreAnErrorRecord() throws {
    let input = """
      {"id":"a","text":"Denies fever.","spans":[{"start":1e300,"end":1e300}]}
      {"id":"b","text":"Denies fever.","spans":[{"start":-1e300,"end":5}]}
      {"id":"c","text":"Denies fever.","spans":[{"start":0.5,"end":5}]}
      {"id":"d","text":"Denies fever.","spans":[{"start":7,"end":12}]}

      """
    let r = try CLI.run(["assert", "--input", "jsonl"], stdin: input)
    #expect(r.status == 0, "\(r.stderr)")
    let lines = r.stdout.split(separator: "\n")
    #expect(lines.count == 4)
    #expect(lines[0...2].allSatisfy { $0.contains("\"wrong_type\"") })
    #expect(lines[3].contains("\"negated\":true"))
    #expect(r.stderr.contains("4 lines: 1 ok, 0 blocked, 3 errors"))
  }
}
