import Foundation

/// One rule's metrics over a corpus, with the notes behind its errors.
public struct RuleMetrics: Sendable, Hashable, Codable {
  public var kind: RuleKind
  /// The rule id (for concept rows, the concept id).
  public var rule: String
  public var counts: Counts
  /// Ids of notes with a false positive for this rule, in corpus order.
  public var falsePositiveNotes: [String]
  /// Ids of notes with a false negative for this rule, in corpus order.
  public var falseNegativeNotes: [String]

  enum CodingKeys: String, CodingKey {
    case kind, rule, tp, fp, fn, precision, recall, f1
    case falsePositiveNotes = "fp_notes", falseNegativeNotes = "fn_notes"
  }

  public init(kind: RuleKind, rule: String, counts: Counts, falsePositiveNotes: [String], falseNegativeNotes: [String]) {
    self.kind = kind
    self.rule = rule
    self.counts = counts
    self.falsePositiveNotes = falsePositiveNotes
    self.falseNegativeNotes = falseNegativeNotes
  }

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    kind = try c.decode(RuleKind.self, forKey: .kind)
    rule = try c.decode(String.self, forKey: .rule)
    counts = Counts(tp: try c.decode(Int.self, forKey: .tp), fp: try c.decode(Int.self, forKey: .fp), fn: try c.decode(Int.self, forKey: .fn))
    falsePositiveNotes = try c.decode([String].self, forKey: .falsePositiveNotes)
    falseNegativeNotes = try c.decode([String].self, forKey: .falseNegativeNotes)
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(kind, forKey: .kind)
    try c.encode(rule, forKey: .rule)
    try c.encode(counts.tp, forKey: .tp)
    try c.encode(counts.fp, forKey: .fp)
    try c.encode(counts.fn, forKey: .fn)
    try c.encode(counts.precision, forKey: .precision)
    try c.encode(counts.recall, forKey: .recall)
    try c.encode(counts.f1, forKey: .f1)
    try c.encode(falsePositiveNotes, forKey: .falsePositiveNotes)
    try c.encode(falseNegativeNotes, forKey: .falseNegativeNotes)
  }
}

/// Escalation-level results over the corpus.
public struct EscalationSummary: Sendable, Hashable, Codable {
  /// Gold level (rows) by predicted level (columns).
  public var confusion: ConfusionMatrix
  /// Notes whose gold level is urgent or above that were predicted urgent or above.
  public var sensitivity: Tally
  /// Notes whose gold level is below urgent that were predicted below urgent.
  public var specificity: Tally
  /// Notes whose predicted level equals the gold level.
  public var accuracy: Tally
  /// Ids of notes with gold >= urgent predicted below urgent (missed escalations).
  public var missed: [String]
  /// Ids of notes with gold below urgent predicted >= urgent (over-escalations).
  public var overEscalated: [String]
}

/// PHI results over the corpus.
public struct PHISummary: Sendable, Hashable, Codable {
  /// Gold PHI characters.
  public var characters: Int
  /// Gold PHI characters that appear in emitted text.
  public var leakedCharacters: Int
  /// Ids of notes with at least one leaked character.
  public var leakedNotes: [String]
  /// Gold PHI characters covered by banned-rule matches over the whole note (nil for stored results).
  public var coverage: Tally?
}

/// The full evaluation of one rule set (or one set of stored results) over a corpus.
public struct EvalReport: Sendable, Codable {
  /// `name version` of the rule set.
  public var ruleSet: String
  /// Notes scored.
  public var notes: Int
  /// Notes the pipeline failed on, or with no stored result (scored as empty results).
  public var failedNotes: [String]
  /// Notes whose output was blocked.
  public var blockedNotes: Int
  /// Per-rule rows, by kind then id.
  public var rules: [RuleMetrics]
  public var escalation: EscalationSummary
  /// Agreement per assertion dimension over matched mentions.
  public var assertions: [String: Tally]
  public var phi: PHISummary
  /// Mean ROUGE F1 over notes with a reference summary (nil when none has one).
  public var rouge: RougeScores?
  /// Notes scored for ROUGE.
  public var rougeNotes: Int
  /// Fired escalation reasons whose evidence is all in the summary.
  public var evidenceKept: Tally
  /// Per-note verdicts, for A/B comparison (not encoded).
  public var verdicts: [NoteVerdict] = []

  enum CodingKeys: String, CodingKey {
    case ruleSet = "ruleset", notes, failedNotes = "failed_notes", blockedNotes = "blocked_notes", rules, escalation
    case assertions, phi, rouge, rougeNotes = "rouge_notes", evidenceKept = "evidence_kept"
  }

  /// Micro-averaged counts over the rows of one kind.
  public func total(_ kind: RuleKind) -> Counts {
    rules.filter { $0.kind == kind }.reduce(Counts()) { $0 + $1.counts }
  }

  /// Combines per-note outcomes (in corpus order) into a report. `catalog` lists rows shown even with zero counts.
  public static func aggregate(_ outcomes: [NoteOutcome], catalog: [RuleKey], ruleSet: String) -> EvalReport {
    var counts: [RuleKey: Counts] = [:]
    var fpNotes: [RuleKey: [String]] = [:], fnNotes: [RuleKey: [String]] = [:]
    for k in catalog { counts[k] = Counts() }
    var confusion = ConfusionMatrix()
    var sens = Tally(), spec = Tally(), acc = Tally()
    var missed: [String] = [], over: [String] = []
    var assertions: [AssertionDimension: Tally] = [:]
    var phiChars = 0, leaked = 0, leakedNotes: [String] = []
    var covered = 0, coverageKnown = true
    var rougeSum = RougeScores(rouge1: 0, rouge2: 0, rougeL: 0), rougeN = 0
    var evidence = Tally()
    var failed: [String] = [], blocked = 0
    for o in outcomes {
      let id = o.verdict.id
      for (k, c) in o.counts {
        counts[k, default: Counts()] += c
        if c.fp > 0 { fpNotes[k, default: []].append(id) }
        if c.fn > 0 { fnNotes[k, default: []].append(id) }
      }
      let v = o.verdict
      confusion.add(gold: v.gold, predicted: v.predicted)
      acc.add(v.correct)
      if v.gold >= .urgent {
        sens.add(v.predicted >= .urgent)
        if v.predicted < .urgent { missed.append(id) }
      } else {
        spec.add(v.predicted < .urgent)
        if v.predicted >= .urgent { over.append(id) }
      }
      for (d, t) in o.assertions { assertions[d, default: Tally()] += t }
      phiChars += o.phiCharacters
      leaked += o.leakedCharacters
      if o.leakedCharacters > 0 { leakedNotes.append(id) }
      if let c = o.coveredCharacters { covered += c } else if o.phiCharacters > 0 { coverageKnown = false }
      if let r = o.rouge {
        rougeSum.rouge1 += r.rouge1
        rougeSum.rouge2 += r.rouge2
        rougeSum.rougeL += r.rougeL
        rougeN += 1
      }
      evidence += o.evidence
      if o.failed { failed.append(id) }
      if o.blocked { blocked += 1 }
    }
    let rows = counts.keys.sorted().map {
      RuleMetrics(kind: $0.kind, rule: $0.id, counts: counts[$0]!, falsePositiveNotes: fpNotes[$0] ?? [],
        falseNegativeNotes: fnNotes[$0] ?? [])
    }
    let anyCoverage = outcomes.contains { $0.coveredCharacters != nil }
    let n = Double(max(rougeN, 1))
    return EvalReport(
      ruleSet: ruleSet, notes: outcomes.count, failedNotes: failed, blockedNotes: blocked, rules: rows,
      escalation: EscalationSummary(
        confusion: confusion, sensitivity: sens, specificity: spec, accuracy: acc, missed: missed, overEscalated: over),
      assertions: Dictionary(uniqueKeysWithValues: assertions.map { ($0.key.rawValue, $0.value) }),
      phi: PHISummary(
        characters: phiChars, leakedCharacters: leaked, leakedNotes: leakedNotes,
        coverage: anyCoverage && coverageKnown ? Tally(correct: covered, total: phiChars) : nil),
      rouge: rougeN == 0 ? nil : RougeScores(rouge1: rougeSum.rouge1 / n, rouge2: rougeSum.rouge2 / n, rougeL: rougeSum.rougeL / n),
      rougeNotes: rougeN, evidenceKept: evidence, verdicts: outcomes.map(\.verdict))
  }

  /// The headline metrics by name (the names `--require` accepts besides `rule:GLOB.METRIC`), in report order.
  /// A value is nil when it cannot be computed for this report (for example PHI coverage of stored results).
  public var headline: [(name: String, value: Double?)] {
    var out: [(String, Double?)] = [
      ("escalation.recall", escalation.sensitivity.rate),
      ("escalation.specificity", escalation.specificity.rate),
      ("escalation.accuracy", escalation.accuracy.rate),
      ("escalation.missed", Double(escalation.missed.count)),
      ("escalation_rules.precision", total(.escalation).precision),
      ("escalation_rules.recall", total(.escalation).recall),
      ("escalation_rules.f1", total(.escalation).f1),
      ("concepts.precision", total(.concept).precision),
      ("concepts.recall", total(.concept).recall),
      ("concepts.f1", total(.concept).f1),
    ]
    for d in AssertionDimension.allCases { out.append(("assertion.\(d.rawValue)", assertions[d.rawValue]?.rate)) }
    out += [
      ("phi.leaks", Double(phi.leakedCharacters)),
      ("phi.leaked_notes", Double(phi.leakedNotes.count)),
      ("phi.coverage", phi.coverage?.rate),
      ("rouge.1", rouge?.rouge1), ("rouge.2", rouge?.rouge2), ("rouge.l", rouge?.rougeL),
      ("evidence.kept", evidenceKept.rate),
      ("notes.failed", Double(failedNotes.count)),
      ("notes.blocked", Double(blockedNotes)),
    ]
    return out
  }

  /// One headline metric by name, or nil when unknown or not computable.
  public func metric(_ name: String) -> Double? { headline.first { $0.name == name }?.value ?? nil }
}
