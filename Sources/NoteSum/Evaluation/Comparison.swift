/// A/B comparison of a candidate rule set against a baseline over the same corpus.
public struct Comparison: Sendable, Codable {
  /// A headline metric under both rule sets.
  public struct MetricDelta: Sendable, Hashable, Codable {
    public var metric: String
    public var baseline: Double?
    public var candidate: Double?
    /// candidate − baseline (nil when either is missing).
    public var delta: Double?
  }
  /// A per-rule row under both rule sets (only rows whose counts differ).
  public struct RuleDelta: Sendable, Hashable, Codable {
    public var kind: RuleKind
    public var rule: String
    public var baseline: Counts
    public var candidate: Counts
  }
  /// A note whose escalation verdict (level or fired rules) differs between the rule sets.
  public struct ChangedNote: Sendable, Hashable, Codable {
    public var id: String
    public var gold: EscalationLevel
    public var baseline: EscalationLevel
    public var candidate: EscalationLevel
    /// Rules that fire only under the candidate.
    public var rulesAdded: [String]
    /// Rules that fire only under the baseline.
    public var rulesRemoved: [String]
    /// The level verdict's effect: `fixed`, `broken`, `still wrong` or `still right`.
    public var effect: String {
      switch (baseline == gold, candidate == gold) {
      case (false, true): "fixed"
      case (true, false): "broken"
      case (false, false): "still wrong"
      case (true, true): "still right"
      }
    }
    enum CodingKeys: String, CodingKey {
      case id, gold, baseline, candidate, rulesAdded = "rules_added", rulesRemoved = "rules_removed"
    }
  }

  public var baselineRuleSet: String
  public var candidateRuleSet: String
  public var metrics: [MetricDelta]
  public var rules: [RuleDelta]
  public var changed: [ChangedNote]
  /// McNemar's test on per-note escalation-level correctness.
  public var mcnemar: McNemarResult

  enum CodingKeys: String, CodingKey {
    case baselineRuleSet = "baseline_ruleset", candidateRuleSet = "candidate_ruleset", metrics, rules, changed, mcnemar
  }

  /// Compares two reports over the same corpus (verdicts are paired by position and id).
  public init(baseline: EvalReport, candidate: EvalReport) {
    baselineRuleSet = baseline.ruleSet
    candidateRuleSet = candidate.ruleSet
    let b = Dictionary(baseline.headline.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a })
    metrics = candidate.headline.map { m in
      let bv = b[m.name] ?? nil
      return MetricDelta(metric: m.name, baseline: bv, candidate: m.value, delta: bv.flatMap { x in m.value.map { $0 - x } })
    }
    var baseRows: [RuleKey: Counts] = [:], candRows: [RuleKey: Counts] = [:]
    for r in baseline.rules { baseRows[RuleKey(r.kind, r.rule)] = r.counts }
    for r in candidate.rules { candRows[RuleKey(r.kind, r.rule)] = r.counts }
    rules = Set(baseRows.keys).union(candRows.keys).sorted().compactMap { k in
      let bc = baseRows[k] ?? Counts(), cc = candRows[k] ?? Counts()
      return bc == cc ? nil : RuleDelta(kind: k.kind, rule: k.id, baseline: bc, candidate: cc)
    }
    var changed: [ChangedNote] = []
    var both = 0, bOnly = 0, cOnly = 0, neither = 0
    for (bv, cv) in zip(baseline.verdicts, candidate.verdicts) where bv.id == cv.id {
      switch (bv.correct, cv.correct) {
      case (true, true): both += 1
      case (true, false): bOnly += 1
      case (false, true): cOnly += 1
      case (false, false): neither += 1
      }
      if bv.predicted != cv.predicted || bv.fired != cv.fired {
        let bs = Set(bv.fired), cs = Set(cv.fired)
        changed.append(ChangedNote(
          id: cv.id, gold: cv.gold, baseline: bv.predicted, candidate: cv.predicted,
          rulesAdded: cs.subtracting(bs).sorted(), rulesRemoved: bs.subtracting(cs).sorted()))
      }
    }
    self.changed = changed
    mcnemar = McNemarResult.test(bothCorrect: both, baselineOnly: bOnly, candidateOnly: cOnly, bothWrong: neither)
  }
}
