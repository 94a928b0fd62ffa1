import Testing
import NoteSum

/// The README's library example, compiled and run.
struct ReadmeExampleTests {
  @Test func libraryExampleWorks() throws {
    let engine = Engine(ruleSet: try RuleSet.bundledDefault())
    let result = try engine.process("Crushing chest pain radiating to the left arm. Call 555-201-3344.", id: "n1")
    #expect(result.escalation.level == .emergent)
    #expect(!result.summary.isEmpty)
    for item in result.summary { #expect(item.end > item.start) }

    let verdict = try Guard(engine: engine).check(candidate: Document("LLM summary…"), source: Document("source note…"))
    #expect(verdict.violations.map(\.kind).contains(.missingDisclaimer))
  }
}
