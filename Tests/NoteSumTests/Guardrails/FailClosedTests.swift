import Foundation
import Testing
@testable import NoteSum

/// If a stage cannot run, nothing unguarded is emitted.
struct FailClosedTests {
  func ruleSet(concepts: String, banned: String = "") throws -> RuleSet {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let files = ["c.yaml": concepts, "d.yaml": DiagnosticTests.disclaimers] .merging(banned.isEmpty ? [:] : ["b.yaml": banned]) { a, _ in a }
    let include = files.keys.sorted().joined(separator: ", ")
    try "format: 1\nname: t\nversion: 1.0.0\ninclude: [\(include)]\n".write(
      to: dir.appendingPathComponent("ruleset.yaml"), atomically: true, encoding: .utf8)
    for (name, text) in files { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
    return try RuleSet(directory: dir.path)
  }

  @Test func analysisTimeoutBlocksTheRecord() throws {
    let rules = try ruleSet(concepts: "concepts:\n  - { id: slow, regex: ['(a+)+$'] }\n")
    let r = try Engine(ruleSet: rules).process("a " + String(repeating: "a", count: 40) + "b.")
    #expect(r.blocked)
    #expect(r.summary.isEmpty)
    #expect(r.blockedReason?.contains("analysis could not run") == true)
    #expect(!r.disclaimer.text.isEmpty)
  }

  @Test func guardrailTimeoutBlocksTheRecord() throws {
    let rules = try ruleSet(
      concepts: "concepts:\n  - { id: a, terms: [a] }\n",
      banned: "banned:\n  - { id: slow.regex, regex: '(a+)+$', action: redact }\n")
    let r = try Engine(ruleSet: rules).process("a " + String(repeating: "a", count: 40) + "b.")
    #expect(r.blocked)
    #expect(r.summary.isEmpty && r.redactions.isEmpty)
    #expect(r.blockedReason?.contains("slow.regex") == true)
  }
}
