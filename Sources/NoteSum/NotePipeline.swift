import ICUText

/// One pass over one note, in pipeline order: analysis, escalation, summary, output guard, disclaimer.
struct NotePipeline {
  let rules: RuleSet

  func run(_ doc: Document, id: String?, options: ProcessOptions, workspace ws: TextWorkspace) throws -> NoteResult {
    let audience = options.audience ?? rules.defaultAudience
    let suppressed = Set(options.overrides.map(\.rule))
    let analysis: Analysis
    do {
      analysis = try Analyzer(rules: rules).analyze(doc, workspace: ws, collectCues: false)
    } catch {
      // Without an analysis there is no escalation to trust: fail closed.
      return NotePipeline.unanalysed(doc, id: id, audience: audience, options: options, rules: rules, error: error)
    }
    let escalation = EscalationPolicy(rules: rules).evaluate(analysis, suppressed: suppressed)
    let budget = SummaryBudget(
      maxSentences: options.maxSentences ?? rules.summary.maxSentences,
      maxCharacters: options.maxCharacters ?? rules.summary.maxCharacters)
    let choices = Summarizer(rules: rules).summarize(analysis, escalation: escalation, budget: budget)

    var result = NoteResult(
      id: id, ruleset: .init(name: rules.name, version: rules.version, sha256: rules.sha256), audience: audience,
      escalation: .init(
        level: escalation.level,
        reasons: escalation.reasons.map {
          .init(rule: $0.rule, level: $0.level, message: $0.message, evidence: $0.evidence.map { .init(start: $0.start, end: $0.end) })
        }),
      summary: [], findings: analysis.findings.map(findingJSON), measurements: analysis.measurements.map(measurementJSON),
      redactions: [], dropped: [], disclaimer: .init(id: "", position: .end, text: ""),
      overrides: options.overrides.map { .init(rule: $0.rule, reason: $0.reason) }, blocked: false, blockedReason: nil, fields: nil)

    guard let disclaimer = DisclaimerPolicy(rules: rules).select(audience: audience, level: escalation.level) else {
      return blocked(result, reason: "no disclaimer for this audience and level")
    }
    result.disclaimer = .init(id: disclaimer.id, position: disclaimer.position, text: disclaimer.text)

    let pieces = choices.map { analysis.rawSentences[$0.sentence].range }
    let decision: GuardDecision
    do {
      decision = try OutputGuard(rules: rules, subwords: analysis.subwords).check(
        pieces: pieces, in: doc, tokens: analysis.tokens, audience: audience, suppressed: suppressed, workspace: ws)
    } catch {
      return blocked(result, reason: error.description)
    }
    if let rule = decision.blockedBy { return blocked(result, reason: "banned output rule \(rule)") }
    for (k, choice) in choices.enumerated() {
      let range = pieces[k]
      let span = doc.span(range)
      if let rule = decision.dropped[k] {
        result.dropped.append(.init(rule: rule, start: span.start, end: span.end))
        continue
      }
      var text = ""
      var cursor = range.start
      for r in decision.redactions[k] {
        text += doc.string(UTF16Range(start: cursor, end: r.range.start))
        text += r.replacement
        cursor = r.range.end
        let rs = doc.span(r.range)
        result.redactions.append(.init(rule: r.rule, start: rs.start, end: rs.end, replacement: r.replacement))
      }
      text += doc.string(UTF16Range(start: cursor, end: range.end))
      result.summary.append(.init(
        text: text, start: span.start, end: span.end, section: rules.sectionID(analysis.rawSentences[choice.sentence].section),
        score: choice.score, why: choice.why))
    }
    return result
  }

  /// The blocked result for a note whose analysis could not run (for example a concept regex over its time limit).
  static func unanalysed(
    _ doc: Document, id: String?, audience: Audience, options: ProcessOptions, rules: RuleSet, error: Error
  ) -> NoteResult {
    let reason = (error as? AnalysisFailure).map { "analysis could not run (concept rule \($0.rule): \($0.reason))" }
      ?? (error as? ICUError).map { "analysis could not run (\($0.name))" } ?? "analysis could not run"
    return NoteResult(
      id: id, ruleset: .init(name: rules.name, version: rules.version, sha256: rules.sha256), audience: audience,
      escalation: .init(level: .none, reasons: []), summary: [], findings: [], measurements: [], redactions: [],
      dropped: [], disclaimer: .init(id: "fallback", position: .end, text: fallbackDisclaimer),
      overrides: options.overrides.map { .init(rule: $0.rule, reason: $0.reason) }, blocked: true,
      blockedReason: reason, fields: nil)
  }

  /// Fail closed: no text at all, the reason recorded.
  private func blocked(_ r: NoteResult, reason: String) -> NoteResult {
    var r = r
    r.summary = []
    r.redactions = []
    r.dropped = []
    r.blocked = true
    r.blockedReason = reason
    if r.disclaimer.text.isEmpty {
      r.disclaimer = .init(id: "fallback", position: .end, text: NotePipeline.fallbackDisclaimer)
    }
    return r
  }

  /// Used only when a rule set's own disclaimer cannot be chosen (validation normally prevents this).
  static let fallbackDisclaimer =
    "Automated aid for clinician review; not a diagnosis. Output withheld by a guardrail."

  private func findingJSON(_ f: Finding) -> NoteResult.FindingJSON {
    .init(
      concept: f.concept, assertion: f.assertion.label, negated: f.assertion.negated, uncertain: f.assertion.uncertain,
      historical: f.assertion.historical, hypothetical: f.assertion.hypothetical, experiencer: f.assertion.experiencer,
      cue: f.cues.first, cues: f.cues, start: f.span.start, end: f.span.end)
  }

  private func measurementJSON(_ m: Measurement) -> NoteResult.MeasurementJSON {
    .init(id: m.id, values: m.values, unit: m.unit, plausible: m.plausible, abnormal: m.abnormal, start: m.span.start, end: m.span.end)
  }
}
