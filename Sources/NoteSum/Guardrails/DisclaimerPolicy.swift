/// Picks the disclaimer for an audience and escalation level: the first matching rule in file order.
struct DisclaimerPolicy {
  let rules: RuleSet
  func select(audience: Audience, level: EscalationLevel) -> DisclaimerRule? {
    rules.disclaimers.first { $0.audience == audience && $0.levels.contains(level) }
  }
}
