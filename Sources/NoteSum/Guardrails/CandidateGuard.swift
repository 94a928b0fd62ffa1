/// A problem `Guard.check` found in a candidate text.
public struct GuardViolation: Sendable, Hashable, Codable {
  /// What kind of problem.
  public enum Kind: String, Sendable, Codable {
    /// Banned content (identifiers, PHI, dosing advice for patients…), redacted, dropped or blocked.
    case banned
    /// The required disclaimer was missing; it was added.
    case missingDisclaimer = "missing_disclaimer"
    /// A red flag in the source (escalation at or above urgent) that the candidate does not mention.
    case omittedRedFlag = "omitted_red_flag"
    /// A concept the candidate affirms but the source negates, or the reverse.
    case negationFlip = "negation_flip"
    /// A number, dose or measurement in the candidate that does not occur in the source.
    case unsupportedNumber = "unsupported_number"
  }
  public var kind: Kind
  /// The rule (banned rule, escalation rule, concept or disclaimer id) behind it.
  public var rule: String
  /// Where in the candidate (scalar offsets), when it has a place there.
  public var start: Int?
  public var end: Int?
  /// Where in the source, for omitted red flags and negation flips.
  public var sourceStart: Int?
  public var sourceEnd: Int?
  /// A short explanation that never quotes the text.
  public var message: String

  enum CodingKeys: String, CodingKey {
    case kind, rule, start, end, message
    case sourceStart = "source_start"
    case sourceEnd = "source_end"
  }
}

/// The verdict of `Guard.check`: the guarded text and what was found.
public struct GuardResult: Sendable, Hashable, Codable {
  public var id: String?
  /// The candidate with redactions applied, dropped sentences removed and the disclaimer added; empty when blocked.
  public var text: String
  public var violations: [GuardViolation]
  /// Redactions in the candidate's own scalar offsets.
  public var redactions: [NoteResult.RedactionJSON]
  public var disclaimer: NoteResult.DisclaimerJSON
  /// The source note's escalation level, when a source was given.
  public var sourceEscalation: EscalationLevel?
  public var blocked: Bool
  public var blockedReason: String?
  public var ruleset: NoteResult.RuleSetInfo

  enum CodingKeys: String, CodingKey {
    case id, text, violations, redactions, disclaimer, blocked, ruleset
    case sourceEscalation = "source_escalation"
    case blockedReason = "blocked_reason"
  }
}

/// Checks text notesum did not write (for example an LLM's summary) against the guardrail policies and, when a
/// source note is given, against the source: omitted red flags, negation flips and unsupported numbers.
public struct Guard: Sendable {
  public let engine: Engine
  public init(engine: Engine) { self.engine = engine }

  /// Checks `candidate`, optionally against `source`. Fails closed: if a policy cannot run, the result is blocked.
  public func check(candidate: Document, source: Document? = nil, id: String? = nil, options: ProcessOptions = .init())
    throws -> GuardResult
  {
    let rules = engine.ruleSet
    let audience = options.audience ?? rules.defaultAudience
    let suppressed = Set(options.overrides.map(\.rule))
    return try engine.pool.withWorkspace { ws in
      let analysis = try Analyzer(rules: rules).analyze(candidate, workspace: ws)
      var result = GuardResult(
        id: id, text: "", violations: [], redactions: [], disclaimer: .init(id: "", position: .end, text: ""),
        sourceEscalation: nil, blocked: false, blockedReason: nil,
        ruleset: .init(name: rules.name, version: rules.version, sha256: rules.sha256))

      // Source checks.
      var level = EscalationLevel.none
      if let source {
        let sourceAnalysis = try Analyzer(rules: rules).analyze(source, workspace: ws)
        let escalation = EscalationPolicy(rules: rules).evaluate(sourceAnalysis, suppressed: suppressed)
        level = escalation.level
        result.sourceEscalation = escalation.level
        result.violations += omittedRedFlags(escalation, sourceAnalysis, analysis)
        result.violations += negationFlips(sourceAnalysis, analysis)
        result.violations += unsupportedNumbers(sourceAnalysis, analysis)
      } else {
        level = EscalationPolicy(rules: rules).evaluate(analysis, suppressed: suppressed).level
      }

      // Banned output over every piece of the candidate (headers too).
      let pieces = analysis.rawSentences.map(\.range)
      let decision: GuardDecision
      do {
        decision = try OutputGuard(rules: rules, subwords: analysis.subwords).check(
          pieces: pieces, in: candidate, tokens: analysis.tokens, audience: audience, suppressed: suppressed, workspace: ws)
      } catch {
        result.blocked = true
        result.blockedReason = "\(error)"
        return result
      }
      guard let disclaimer = DisclaimerPolicy(rules: rules).select(audience: audience, level: level) else {
        result.blocked = true
        result.blockedReason = "no disclaimer for this audience and level"
        return result
      }
      result.disclaimer = .init(id: disclaimer.id, position: disclaimer.position, text: disclaimer.text)
      if let rule = decision.blockedBy {
        result.violations.append(GuardViolation(kind: .banned, rule: rule, message: "content that blocks all output"))
        result.blocked = true
        result.blockedReason = "banned output rule \(rule)"
        return result
      }
      // Rebuild the text: the candidate with dropped sentences removed and redactions applied.
      var text = ""
      var cursor = 0
      let units = candidate.utf16
      for (k, piece) in pieces.enumerated() {
        if let rule = decision.dropped[k] {
          let span = candidate.span(piece)
          result.violations.append(GuardViolation(
            kind: .banned, rule: rule, start: span.start, end: span.end, message: "sentence dropped"))
          text += candidate.string(UTF16Range(start: cursor, end: piece.start))
          cursor = piece.end
          continue
        }
        for r in decision.redactions[k] {
          text += candidate.string(UTF16Range(start: cursor, end: r.range.start))
          text += r.replacement
          cursor = r.range.end
          let span = candidate.span(r.range)
          result.redactions.append(.init(rule: r.rule, start: span.start, end: span.end, replacement: r.replacement))
          result.violations.append(GuardViolation(
            kind: .banned, rule: r.rule, start: span.start, end: span.end, message: "redacted as \(r.replacement)"))
        }
      }
      text += candidate.string(UTF16Range(start: cursor, end: units.count))
      if !candidate.text.contains(disclaimer.text) {
        result.violations.append(GuardViolation(
          kind: .missingDisclaimer, rule: disclaimer.id, message: "the required disclaimer was missing and has been added"))
        let trimmed = String(text.trimmingSpaces)
        text = disclaimer.position == .start ? disclaimer.text + "\n\n" + trimmed : trimmed + "\n\n" + disclaimer.text
      }
      result.text = text
      // Digits inside a redacted identifier are not reported again as unsupported numbers.
      result.violations.removeAll { v in
        v.kind == .unsupportedNumber
          && result.redactions.contains { r in (v.start ?? 0) < r.end && r.start < (v.end ?? 0) }
      }
      result.violations.sort { ($0.start ?? -1, $0.kind.rawValue, $0.rule) < ($1.start ?? -1, $1.kind.rawValue, $1.rule) }
      return result
    }
  }

  /// Source reasons at or above urgent whose concepts and measurements the candidate never mentions.
  private func omittedRedFlags(_ e: Escalation, _ source: Analysis, _ candidate: Analysis) -> [GuardViolation] {
    var out: [GuardViolation] = []
    let mentioned = Set(candidate.findings.filter { $0.assertion.isPossibleCurrentPatient }.map(\.concept))
    let measured = Set(candidate.measurements.map(\.id))
    for reason in e.reasons where reason.level >= .urgent {
      let concepts = Set(source.findings.filter { f in reason.evidence.contains(f.span) }.map(\.concept))
      let measures = Set(source.measurements.filter { m in reason.evidence.contains(m.span) }.map(\.id))
      if concepts.isDisjoint(with: mentioned) && measures.isDisjoint(with: measured) {
        let first = reason.evidence.first
        out.append(GuardViolation(
          kind: .omittedRedFlag, rule: reason.rule, sourceStart: first?.start, sourceEnd: first?.end,
          message: "the source escalates (\(reason.level.rawValue): \(reason.message)) and the candidate does not mention it"))
      }
    }
    return out
  }

  /// Concepts affirmed in one text and only negated in the other.
  private func negationFlips(_ source: Analysis, _ candidate: Analysis) -> [GuardViolation] {
    func polarity(_ a: Analysis) -> [String: (affirmed: Bool, negated: Bool)] {
      var p: [String: (affirmed: Bool, negated: Bool)] = [:]
      for f in a.findings where f.assertion.experiencer == .patient && !f.assertion.hypothetical {
        var v = p[f.concept] ?? (false, false)
        if f.assertion.negated { v.negated = true } else if !f.assertion.uncertain { v.affirmed = true }
        p[f.concept] = v
      }
      return p
    }
    let s = polarity(source)
    var out: [GuardViolation] = []
    var reported = Set<String>()
    for f in candidate.findings where f.assertion.experiencer == .patient && !f.assertion.hypothetical && !f.assertion.uncertain {
      guard let sp = s[f.concept], !reported.contains(f.concept) else { continue }
      let candidateNegates = f.assertion.negated
      let flip = candidateNegates ? (sp.affirmed && !sp.negated) : (sp.negated && !sp.affirmed)
      guard flip else { continue }
      reported.insert(f.concept)
      let sourceSpan = source.findings.first { $0.concept == f.concept }?.span
      out.append(GuardViolation(
        kind: .negationFlip, rule: f.concept, start: f.span.start, end: f.span.end,
        sourceStart: sourceSpan?.start, sourceEnd: sourceSpan?.end,
        message: candidateNegates ? "the candidate negates a finding the source affirms" : "the candidate affirms a finding the source negates"))
    }
    return out
  }

  /// Numbers in the candidate whose value does not occur in the source.
  private func unsupportedNumbers(_ source: Analysis, _ candidate: Analysis) -> [GuardViolation] {
    let sourceValues = Set(numbers(source).map(\.value))
    var out: [GuardViolation] = []
    for n in numbers(candidate) where !sourceValues.contains(n.value) {
      let span = candidate.document.span(n.range)
      out.append(GuardViolation(
        kind: .unsupportedNumber, rule: "source.numbers", start: span.start, end: span.end,
        message: "a number that does not occur in the source"))
    }
    return out
  }

  /// Number tokens (with a decimal part when written `12.5`) and their values.
  private func numbers(_ a: Analysis) -> [(value: Double, range: UTF16Range)] {
    var out: [(Double, UTF16Range)] = []
    let units = a.document.utf16
    for t in a.tokens where t.kind == .number {
      let s = String(decoding: units[Int(t.start)..<Int(t.end)], as: UTF16.self).replacingCommas()
      if let v = Double(s) { out.append((v, t.range)) }
    }
    return out
  }
}

extension String {
  fileprivate func replacingCommas() -> String { String(filter { $0 != "," }) }
}
