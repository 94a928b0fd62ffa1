import Foundation
import Testing
@testable import NoteSum

/// Rule files written to hurt: each is refused at load with a clear diagnostic, or stopped by the regex time limit.
@Suite struct HostileRuleFileTests {
  /// A rule-set folder holding a manifest and one rule file with `contents`.
  static func ruleSet(_ contents: String, file: String = "rules.yaml") throws -> URL {
    let dir = try temporaryDirectory()
    try disclaimers.write(to: dir.appendingPathComponent("disclaimers.yaml"), atomically: true, encoding: .utf8)
    try "format: 1\nname: hostile\nversion: 1.0.0\ninclude: [\(file), disclaimers.yaml]\n"
      .write(to: dir.appendingPathComponent("ruleset.yaml"), atomically: true, encoding: .utf8)
    try contents.write(to: dir.appendingPathComponent(file), atomically: true, encoding: .utf8)
    return dir
  }

  static let disclaimers = """
    disclaimers:
      - { id: d, audience: clinician, position: end, text: "Automated summary for clinician review." }
      - { id: p, audience: patient, position: end, text: "Automated summary; ask your care team." }
    """

  /// Loads the folder, expecting failure; returns the diagnostics and how long loading took.
  static func refusal(_ dir: URL) -> (diagnostics: [Diagnostic], seconds: Double) {
    let clock = ContinuousClock()
    var diagnostics: [Diagnostic] = []
    let elapsed = clock.measure {
      do {
        _ = try RuleSet(directory: dir.path, displayPath: "hostile")
      } catch let error as RuleSetError {
        diagnostics = error.diagnostics
      } catch {}
    }
    return (diagnostics, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
  }

  /// The classic bomb: ten levels of lists, each ten aliases of the one before (10^10 strings when expanded),
  /// reached from a concept's `terms`.
  @Test func nestedAliasBombIsRefusedAtLoad() throws {
    var yaml = "concepts:\n  - id: lol0\n    terms: &l0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n"
    for k in 1...9 {
      let refs = Array(repeating: "*l\(k - 1)", count: 10).joined(separator: ", ")
      yaml += "  - id: lol\(k)\n    terms: &l\(k) [\(refs)]\n"
    }
    let dir = try Self.ruleSet(yaml)
    defer { try? FileManager.default.removeItem(at: dir) }
    let (diagnostics, seconds) = Self.refusal(dir)
    #expect(diagnostics.contains { $0.message.contains("alias bomb") && $0.location?.file == "hostile/rules.yaml" }, "\(diagnostics)")
    #expect(seconds < 5)
  }

  /// An aliased collection used as a mapping key: Yams hashes every key in full to find duplicates, so this one
  /// would take 10^9 steps before any rule is read.
  @Test func aliasBombAsAMappingKeyIsRefusedBeforeComposing() throws {
    var yaml = "x0: &k0 [a, b, c, d, e, f, g, h, i, j]\n"
    for k in 1...8 { yaml += "x\(k): &k\(k) [\(Array(repeating: "*k\(k - 1)", count: 10).joined(separator: ", "))]\n" }
    yaml += "? *k8\n: boom\n"
    let dir = try Self.ruleSet(yaml)
    defer { try? FileManager.default.removeItem(at: dir) }
    let (diagnostics, seconds) = Self.refusal(dir)
    #expect(diagnostics.contains { $0.message.contains("alias bomb") }, "\(diagnostics)")
    #expect(seconds < 5)
  }

  /// One long scalar referenced many times: a well-formed concept whose terms would be gigabytes of text.
  @Test func aliasedLongScalarIsRefusedAtLoad() throws {
    let long = String(repeating: "lol ", count: 16_384)  // 64 KiB
    let refs = Array(repeating: "*s", count: 20_000).joined(separator: ", ")  // 1.3 GB when expanded
    let yaml = "concepts:\n  - id: lols\n    name: &s \"\(long)\"\n    terms: [\(refs)]\n"
    let dir = try Self.ruleSet(yaml)
    defer { try? FileManager.default.removeItem(at: dir) }
    let (diagnostics, seconds) = Self.refusal(dir)
    #expect(diagnostics.contains { $0.message.contains("MiB of expanded text") && $0.location?.line == 4 }, "\(diagnostics)")
    #expect(seconds < 5)
  }

  /// A few aliases of a small list are fine: the limits count expansion, not the use of aliases.
  @Test func modestAliasesStillLoad() throws {
    let yaml = """
      concepts:
        - { id: fever, terms: &t ["fever", "febrile"] }
        - { id: fever2, terms: *t }
      """
    let dir = try Self.ruleSet(yaml)
    defer { try? FileManager.default.removeItem(at: dir) }
    let rules = try RuleSet(directory: dir.path)
    #expect(rules.concepts.map(\.terms) == [["fever", "febrile"], ["fever", "febrile"]])
  }

  /// 10,000 levels of nesting, in flow and block style: libyaml stops at 1,000 and the diagnostic says so.
  @Test(arguments: ["flow", "block"]) func deepNestingIsRefusedAtLoad(_ style: String) throws {
    let depth = 10_000
    let yaml: String
    if style == "flow" {
      yaml = "concepts: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
    } else {
      yaml = "concepts:\n  " + String(repeating: "- ", count: depth) + "x\n"
    }
    let dir = try Self.ruleSet(yaml)
    defer { try? FileManager.default.removeItem(at: dir) }
    let (diagnostics, seconds) = Self.refusal(dir)
    #expect(diagnostics.contains { $0.message.contains("nested more than 1000 levels") }, "\(diagnostics)")
    #expect(seconds < 10)
  }

  /// A 100 MB rule file (sparse, so the test writes almost nothing) is refused by size without being read.
  @Test func hundredMegabyteRuleFileIsRefusedBySize() throws {
    let dir = try Self.ruleSet("concepts:\n  - { id: big, terms: [\"big\"] }\n")
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("rules.yaml").path
    #expect(truncate(file, 100_000_000) == 0)
    let (diagnostics, seconds) = Self.refusal(dir)
    #expect(diagnostics.contains { $0.message == "file is 100000000 bytes; rule files are limited to 8388608 bytes" }, "\(diagnostics)")
    #expect(seconds < 1)
  }

  /// A device is never read as a rule file (reading /dev/zero would never end).
  @Test func aDeviceIsNotARuleFile() throws {
    let dir = try Self.ruleSet("")
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("rules.yaml")
    try FileManager.default.removeItem(at: file)
    try FileManager.default.createSymbolicLink(atPath: file.path, withDestinationPath: "/dev/zero")
    let (diagnostics, _) = Self.refusal(dir)
    #expect(diagnostics.contains { $0.message.contains("not a regular file") }, "\(diagnostics)")
  }

  static let catastrophic = """
    concepts:
      - { id: fever, terms: ["fever"] }
    banned:
      - { id: hostile.backtrack, regex: '(a+)+$', action: redact, replacement: "[X]" }
    summary:
      max_sentences: 6
      max_characters: 20000
    """

  /// `(a+)+$` over a long line of a's that does not end the text: ICU's time limit stops it, the guardrail cannot
  /// run, and the result is blocked with a reason naming the rule and no text.
  @Test func catastrophicBannedRegexBlocksTheRecord() throws {
    let dir = try Self.ruleSet(Self.catastrophic)
    defer { try? FileManager.default.removeItem(at: dir) }
    let engine = Engine(ruleSet: try RuleSet(directory: dir.path))
    let clock = ContinuousClock()
    let hostile = "Fever with " + String(repeating: "a", count: 5_000) + "b today."
    var result: NoteResult?
    let elapsed = clock.measure { result = try? engine.process(hostile) }
    let r = try #require(result)
    #expect(r.blocked)
    #expect(r.summary.isEmpty && r.redactions.isEmpty)
    #expect(r.blockedReason == "guardrail hostile.backtrack could not run (regex time limit reached); the output was blocked")
    #expect(elapsed < .seconds(10))
    // A note the regex handles quickly is not blocked.
    #expect(try engine.process("Fever today.").blocked == false)
    // Guard fails closed too.
    let g = try Guard(engine: engine).check(candidate: Document(hostile))
    #expect(g.blocked && g.text.isEmpty)
  }

  /// The same pattern as a concept regex: analysis cannot finish, so the record is blocked (fail closed) with a reason
  /// naming the rule, instead of a result that silently misses the concept.
  @Test func catastrophicConceptRegexBlocksTheRecord() throws {
    let yaml = """
      concepts:
        - { id: hostile, regex: ['(a+)+$'] }
      """
    let dir = try Self.ruleSet(yaml)
    defer { try? FileManager.default.removeItem(at: dir) }
    let engine = Engine(ruleSet: try RuleSet(directory: dir.path))
    let r = try engine.process(String(repeating: "a", count: 5_000) + "!")
    #expect(r.blocked && r.summary.isEmpty && r.findings.isEmpty)
    #expect(r.blockedReason == "analysis could not run (concept rule hostile: regex time limit reached)")
    #expect(try engine.process("Nothing to see.").blocked == false)
  }
}
