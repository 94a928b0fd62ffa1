import Testing
@testable import NoteSum

/// Every example of every rule in the default rule set, as a test. A failure points at the example's file and line.
struct RuleExampleTests {
  static let ruleIDs: [String] = defaultRules.allRules.map(\.id)

  @Test(arguments: ruleIDs)
  func examplesHold(_ id: String) {
    let rule = defaultRules.allRules.first { $0.id == id }!
    for failure in RuleExampleRunner(engine: defaultEngine).run(rule) {
      Issue.record(Comment(rawValue: failure.description))
    }
  }

  @Test func defaultRuleSetMeetsItsCoverage() {
    #expect(defaultRules.sections.count >= 25)
    #expect(defaultRules.concepts.count >= 80)
    #expect(defaultRules.cues.count >= 120)
    #expect(defaultRules.escalation.count >= 30)
    #expect(defaultRules.concepts.allSatisfy { !$0.examples.isEmpty })
    #expect(defaultRules.escalation.allSatisfy { r in
      r.examples.contains { $0.kind == "trigger" } && r.examples.contains { $0.kind == "no_trigger" }
    })
  }
}
