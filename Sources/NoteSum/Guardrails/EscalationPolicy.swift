/// Why a note escalated: one fired rule with its evidence.
public struct EscalationReason: Sendable, Hashable, Codable {
  public var rule: String
  public var level: EscalationLevel
  public var message: String
  /// Spans of the mentions and values that satisfied the rule.
  public var evidence: [Span]
  /// True when the summary must keep the sentences holding the evidence.
  public var mustKeep: Bool
}

/// The escalation verdict of a note: the highest level among the rules that fired.
public struct Escalation: Sendable, Hashable {
  public var level: EscalationLevel
  public var reasons: [EscalationReason]
  public static let none = Escalation(level: .none, reasons: [])
}

/// Evaluates escalation rules over a note's findings and measurements.
struct EscalationPolicy {
  let rules: RuleSet

  func evaluate(_ analysis: Analysis, suppressed: Set<String>) -> Escalation {
    var reasons: [EscalationReason] = []
    // By index: copying each rule (with its strings and examples) cost more than most checks.
    for i in rules.escalation.indices where suppressed.isEmpty || !suppressed.contains(rules.escalation[i].id) {
      var evidence: [Span] = []
      if holds(rules.resolvedConditions[i], analysis, &evidence) {
        let rule = rules.escalation[i]
        let spans = Array(Set(evidence)).sorted()
        reasons.append(EscalationReason(
          rule: rule.id, level: rule.level, message: rule.message, evidence: spans, mustKeep: rule.mustKeep))
      }
    }
    reasons.sort { ($0.level, $1.rule) > ($1.level, $0.rule) }
    return Escalation(level: reasons.map(\.level).max() ?? .none, reasons: reasons)
  }

  private func holds(_ c: ResolvedCondition, _ a: Analysis, _ evidence: inout [Span]) -> Bool {
    switch c {
    case .concept(let index, let requirement):
      var found = false
      for f in a.findings where f.conceptIndex == index {
        let ok: Bool
        switch requirement {
        case .affirmed: ok = f.assertion.isAffirmedCurrentPatient
        case .possible: ok = f.assertion.isPossibleCurrentPatient
        case .negated: ok = f.assertion.negated && f.assertion.experiencer == .patient
        case .any: ok = true
        }
        if ok { evidence.append(f.span); found = true }
      }
      return found
    case .measurement(let index, let component, let op, let value):
      var found = false
      for m in a.measurements where m.ruleIndex == index && m.plausible && component < m.values.count {
        if op.holds(m.values[component], value) { evidence.append(m.span); found = true }
      }
      return found
    case .group(let all, let any, let none):
      var local: [Span] = []
      for c in all where !holds(c, a, &local) { return false }
      if !any.isEmpty {
        var anyHeld = false
        for c in any where holds(c, a, &local) { anyHeld = true }
        if !anyHeld { return false }
      }
      var ignored: [Span] = []
      for c in none where holds(c, a, &ignored) { return false }
      evidence += local
      return true
    }
  }
}
