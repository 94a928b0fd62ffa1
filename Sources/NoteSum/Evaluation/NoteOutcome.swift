/// The kind of rule a per-rule metric row is about.
public enum RuleKind: String, Sendable, Codable, Hashable, CaseIterable, Comparable {
  /// Escalation rules: gold `escalation_rules` against the rules that fired.
  case escalation
  /// Concept rules: gold findings against predicted findings, by concept with span overlap.
  case concept
  /// Banned-output (PHI) rules: gold PHI spans against the rule's matches over the whole note.
  case banned

  public static func < (a: Self, b: Self) -> Bool {
    allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
  }
}

/// A rule id with its kind (concept ids and rule ids live in different namespaces).
public struct RuleKey: Sendable, Hashable, Codable, Comparable {
  public var kind: RuleKind
  public var id: String
  /// A key from its parts.
  public init(_ kind: RuleKind, _ id: String) {
    self.kind = kind
    self.id = id
  }
  public static func < (a: Self, b: Self) -> Bool { (a.kind, a.id) < (b.kind, b.id) }
}

/// The assertion dimensions scored over matched mentions, in report order.
public enum AssertionDimension: String, Sendable, Codable, CaseIterable {
  case negated, uncertain, historical, hypothetical, experiencer
  /// The single primary label (`affirmed`, `negated`, `family`, …).
  case label
}

/// One note's verdict, kept for A/B comparison.
public struct NoteVerdict: Sendable, Hashable, Codable {
  public var id: String
  public var gold: EscalationLevel
  public var predicted: EscalationLevel
  /// Fired escalation rule ids, sorted.
  public var fired: [String]
  /// Gold escalation rule ids, sorted.
  public var goldRules: [String]
  /// Whether the predicted level equals the gold level.
  public var correct: Bool { gold == predicted }
}

/// Everything the metrics need from one scored note; produced per note (in parallel) and then aggregated.
public struct NoteOutcome: Sendable {
  public var verdict: NoteVerdict
  /// Per-rule counts for this note.
  public var counts: [RuleKey: Counts] = [:]
  /// Per-dimension assertion agreement over matched mentions.
  public var assertions: [AssertionDimension: Tally] = [:]
  /// Gold PHI characters, and those emitted unredacted.
  public var phiCharacters = 0, leakedCharacters = 0
  /// Gold PHI characters covered by banned-rule matches over the whole note (nil when not computed).
  public var coveredCharacters: Int?
  /// ROUGE against the reference summary, when the note has one.
  public var rouge: RougeScores?
  /// Fired reasons whose evidence sentences are all in the summary.
  public var evidence = Tally()
  /// True when the output was blocked.
  public var blocked = false
  /// True when the pipeline failed or (for stored results) no result was found; scored as an empty result.
  public var failed = false
}

extension NoteOutcome {
  /// Scores one note's result against its gold labels.
  ///
  /// - Parameters:
  ///   - record: the gold record.
  ///   - scope: which predicted concepts count (others are ignored, as the gold does not label them).
  ///   - result: the pipeline's output for the note.
  ///   - bannedHits: banned-rule matches over the whole note (rule id, scalar span, effective redaction or not);
  ///     nil when not available (stored results).
  ///   - phiTypes: banned rule id → the PHI type it redacts (rules missing here get no row).
  public static func score(
    record: GoldRecord, scope: ConceptScope, result: NoteResult, bannedHits: [BannedHit]?,
    phiTypes: [String: String]
  ) -> NoteOutcome {
    let gold = record.gold
    let fired = Array(Set(result.escalation.reasons.map(\.rule))).sorted()
    var o = NoteOutcome(
      verdict: NoteVerdict(
        id: record.id, gold: gold.escalation, predicted: result.escalation.level, fired: fired,
        goldRules: Array(Set(gold.escalationRules)).sorted()))
    o.blocked = result.blocked

    // Escalation rules.
    let g = Set(gold.escalationRules), f = Set(fired)
    for r in g.union(f) {
      o.counts[RuleKey(.escalation, r)] = Counts(
        tp: g.contains(r) && f.contains(r) ? 1 : 0, fp: !g.contains(r) ? 1 : 0, fn: !f.contains(r) ? 1 : 0)
    }

    // Concepts: greedy one-to-one matching by concept with span overlap.
    // A prediction of a concept outside the scope can still match a gold mention (a TP) but is never an FP.
    let goldConcepts = Set(gold.findings.map(\.concept))
    var predictedByConcept: [String: [NoteResult.FindingJSON]] = [:]
    for p in result.findings where scope.covers(p.concept) || goldConcepts.contains(p.concept) {
      predictedByConcept[p.concept, default: []].append(p)
    }
    var goldByConcept: [String: [GoldFinding]] = [:]
    for gf in gold.findings { goldByConcept[gf.concept, default: []].append(gf) }
    for concept in Set(goldByConcept.keys).union(predictedByConcept.keys) {
      let gs = (goldByConcept[concept] ?? []).sorted { ($0.start, $0.end) < ($1.start, $1.end) }
      let ps = (predictedByConcept[concept] ?? []).sorted { ($0.start, $0.end) < ($1.start, $1.end) }
      var used = [Bool](repeating: false, count: ps.count)
      var c = Counts()
      for gf in gs {
        if let k = ps.indices.first(where: { !used[$0] && ps[$0].start < gf.end && gf.start < ps[$0].end }) {
          used[k] = true
          c.tp += 1
          let p = ps[k]
          o.assertions[.negated, default: Tally()].add(p.negated == gf.negated)
          o.assertions[.uncertain, default: Tally()].add(p.uncertain == gf.uncertain)
          o.assertions[.historical, default: Tally()].add(p.historical == gf.historical)
          o.assertions[.hypothetical, default: Tally()].add(p.hypothetical == gf.hypothetical)
          o.assertions[.experiencer, default: Tally()].add(p.experiencer.rawValue == gf.experiencer)
          o.assertions[.label, default: Tally()].add(p.assertion == gf.assertion)
        } else {
          c.fn += 1
        }
      }
      c.fp = scope.covers(concept) ? used.filter { !$0 }.count : 0
      o.counts[RuleKey(.concept, concept)] = c
    }

    // PHI leaks: gold characters inside an emitted summary sentence and outside every redaction.
    let emitted = result.summary.map { Span(start: $0.start, end: $0.end) }
    let redacted = result.redactions.map { Span(start: $0.start, end: $0.end) }
    for p in gold.phi {
      o.phiCharacters += max(0, p.end - p.start)
      for i in p.start..<max(p.start, p.end) {
        let inText = emitted.contains { $0.start <= i && i < $0.end }
        if inText && !redacted.contains(where: { $0.start <= i && i < $0.end }) { o.leakedCharacters += 1 }
      }
    }

    // Banned (PHI) rules over the whole note, and coverage.
    if let hits = bannedHits {
      var covered = 0
      for p in gold.phi {
        for i in p.start..<max(p.start, p.end) where hits.contains(where: { $0.span.start <= i && i < $0.span.end }) {
          covered += 1
        }
      }
      o.coveredCharacters = covered
      var rulesOfType: [String: [String]] = [:]
      for (rule, type) in phiTypes { rulesOfType[type, default: []].append(rule) }
      let effective = hits.filter(\.effective)
      for (rule, type) in phiTypes {
        let mine = effective.filter { $0.rule == rule }
        let goldSpans = gold.phi.filter { $0.type == type }.map(\.span)
        guard !mine.isEmpty || !goldSpans.isEmpty else { continue }
        let sameType = Set(rulesOfType[type] ?? [])
        var c = Counts()
        c.tp = goldSpans.filter { gs in mine.contains { $0.span.overlaps(gs) } }.count
        c.fp = mine.filter { h in !goldSpans.contains { $0.overlaps(h.span) } }.count
        c.fn = goldSpans.filter { gs in !effective.contains { sameType.contains($0.rule) && $0.span.overlaps(gs) } }.count
        o.counts[RuleKey(.banned, rule)] = c
      }
    }

    // ROUGE against the reference summary.
    if let reference = gold.summary, !reference.isEmpty {
      o.rouge = RougeScores.score(
        candidate: result.summary.map(\.text).joined(separator: " "), reference: reference.joined(separator: " "))
    }

    // Red-flag evidence kept in the summary.
    for reason in result.escalation.reasons where !reason.evidence.isEmpty {
      let kept = reason.evidence.allSatisfy { e in emitted.contains { $0.start <= e.start && e.end <= $0.end } }
      o.evidence.add(kept)
    }
    return o
  }
}

/// A banned-output rule's match over a note.
public struct BannedHit: Sendable, Hashable {
  /// The rule id.
  public var rule: String
  /// The matched scalar span.
  public var span: Span
  /// True when the guard would redact this match (a redact rule's match not inside an earlier, longer one).
  public var effective: Bool
  /// A hit from its parts.
  public init(rule: String, span: Span, effective: Bool) {
    self.rule = rule
    self.span = span
    self.effective = effective
  }
}
