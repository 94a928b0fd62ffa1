import Foundation

/// A rule example that did not hold.
public struct ExampleFailure: Sendable, Hashable, CustomStringConvertible {
  public var rule: String
  public var example: RuleExample
  public var message: String
  public var description: String {
    Diagnostic(.error, "example (\(example.kind)) failed: \(message)", at: example.location, rule: rule).description
  }
}

/// An example's text with its `«…»` markers removed, and the marked span.
struct MarkedText {
  var text: String
  var marked: Span?

  init(_ raw: String) {
    var out = ""
    var start: Int? = nil, end: Int? = nil
    var count = 0
    for scalar in raw.unicodeScalars {
      if scalar == "«" { start = count; continue }
      if scalar == "»" { end = count; continue }
      out.unicodeScalars.append(scalar)
      count += 1
    }
    text = out
    if let s = start, let e = end, s <= e { marked = Span(start: s, end: e) }
  }
}

/// Runs every rule's own examples against the compiled rule set.
public struct RuleExampleRunner: Sendable {
  public let engine: Engine
  public init(engine: Engine) { self.engine = engine }

  /// Failures of every example of every rule (empty when all hold).
  public func run() -> [ExampleFailure] { engine.ruleSet.allRules.flatMap { run($0) } }

  /// Failures of one rule's examples.
  public func run(_ rule: any Rule) -> [ExampleFailure] {
    rule.examples.compactMap { example in
      do {
        if let message = try check(rule, example) { return ExampleFailure(rule: rule.id, example: example, message: message) }
        return nil
      } catch {
        return ExampleFailure(rule: rule.id, example: example, message: "could not run: \(error)")
      }
    }
  }

  private func check(_ rule: any Rule, _ example: RuleExample) throws -> String? {
    let marked = MarkedText(example.text)
    let doc = Document(marked.text)
    switch rule {
    case let r as AbbreviationRule: return try checkAbbreviation(r, example, doc)
    case let r as SectionRule: return try checkSection(r, example, doc)
    case let r as ConceptRule: return try checkConcept(r, example, doc, marked.marked)
    case let r as CueRule: return try checkCue(r, example, doc, marked.marked)
    case let r as MeasurementRule: return try checkMeasurement(r, example)
    case let r as EscalationRule: return try checkEscalation(r, example, doc)
    case let r as BannedRule: return try checkBanned(r, example, doc, marked.marked)
    default: return nil
    }
  }

  private func checkAbbreviation(_ r: AbbreviationRule, _ e: RuleExample, _ doc: Document) throws -> String? {
    let n = try engine.segment(doc).filter { !$0.isHeader }.count
    return n == 1 ? nil : "expected one sentence, got \(n)"
  }

  private func checkSection(_ r: SectionRule, _ e: RuleExample, _ doc: Document) throws -> String? {
    let opens = try engine.segment(doc).contains { $0.isHeader && $0.section == r.id }
    switch e.kind {
    case "match": return opens ? nil : "expected a header opening section '\(r.id)'"
    default: return opens ? "expected no header for section '\(r.id)'" : nil
    }
  }

  private func checkConcept(_ r: ConceptRule, _ e: RuleExample, _ doc: Document, _ marked: Span?) throws -> String? {
    var findings = try engine.analyze(doc).findings.filter { $0.concept == r.id }
    if let marked { findings = findings.filter { $0.span.overlaps(marked) } }
    if e.kind == "no_match" { return findings.isEmpty ? nil : "expected no mention of '\(r.id)', found \(findings.count)" }
    guard !findings.isEmpty else { return "expected a mention of '\(r.id)', found none" }
    let want = e.kind == "match" ? "affirmed" : e.kind
    let labels = findings.map(\.assertion.label)
    return labels.contains(want) ? nil : "expected assertion '\(want)', got \(labels.joined(separator: ", "))"
  }

  private func checkCue(_ r: CueRule, _ e: RuleExample, _ doc: Document, _ marked: Span?) throws -> String? {
    guard let marked else { return "example needs a «marked» target" }
    if r.category == .pseudo || r.category == .terminate {
      // The marked text must (match) or must not (no_match) be recognised as this cue.
      let found = try engine.analyze(doc).cues.contains { $0.cue == r.id && $0.span.overlaps(marked) }
      if e.kind == "match" { return found ? nil : "expected the marked text to be recognised as this cue" }
      return found ? "expected the marked text not to be recognised as this cue" : nil
    }
    let cues = try engine.assert(doc, spans: [marked]).first?.cues ?? []
    let has = cues.contains(r.id)
    if e.kind == "match" { return has ? nil : "expected the target in this cue's scope; cues applied: \(cues.joined(separator: ", "))" }
    return has ? "expected the target outside this cue's scope" : nil
  }

  private func checkMeasurement(_ r: MeasurementRule, _ e: RuleExample) throws -> String? {
    var text = e.text
    var expected: [Double]? = nil
    if let arrow = text.range(of: "=>") {
      expected = text[arrow.upperBound...].split(separator: "/").compactMap { Double(String(String($0).trimmingSpaces)) }
      text = String(text[..<arrow.lowerBound])
    }
    let found = try engine.analyze(Document(MarkedText(text).text)).measurements.filter { $0.id == r.id }
    switch e.kind {
    case "no_match": return found.isEmpty ? nil : "expected no '\(r.id)' value, found \(found.count)"
    case "implausible":
      return found.contains { !$0.plausible } ? nil : "expected an implausible '\(r.id)' value"
    default:
      guard let m = found.first(where: { $0.plausible }) else { return "expected a plausible '\(r.id)' value, found none" }
      if let expected, !zip(expected, m.values).allSatisfy({ abs($0 - $1) < 0.05 }) || expected.count > m.values.count {
        return "expected \(expected.map { String($0) }.joined(separator: "/")), got \(m.values.map { String($0) }.joined(separator: "/"))"
      }
      return nil
    }
  }

  private func checkEscalation(_ r: EscalationRule, _ e: RuleExample, _ doc: Document) throws -> String? {
    let fired = try engine.process(doc).escalation.reasons.contains { $0.rule == r.id }
    if e.kind == "trigger" { return fired ? nil : "expected '\(r.id)' to fire" }
    return fired ? "expected '\(r.id)' not to fire" : nil
  }

  private func checkBanned(_ r: BannedRule, _ e: RuleExample, _ doc: Document, _ marked: Span?) throws -> String? {
    let hits = try engine.bannedMatches(doc, rule: r.id)
    if e.kind == "no_match" { return hits.isEmpty ? nil : "expected no match, found \(hits.count)" }
    guard !hits.isEmpty else { return "expected a match, found none" }
    if let marked, !hits.contains(marked) { return "expected the match to be exactly the marked span \(marked), got \(hits.map(\.description).joined(separator: ", "))" }
    return nil
  }
}

extension Engine {
  /// Spans one banned-output rule matches anywhere in a document (for examples and `rules explain`).
  func bannedMatches(_ doc: Document, rule id: String) throws -> [Span] {
    guard let index = ruleSet.banned.firstIndex(where: { $0.id == id }) else { return [] }
    let rule = ruleSet.banned[index]
    return try pool.withWorkspace { ws in
      let tokens = Tokenizer.tokenize(doc, vocabulary: ruleSet.vocabulary, workspace: ws)
      let others = Set(ruleSet.banned.map(\.id)).subtracting([id])
      let whole = UTF16Range(start: 0, end: doc.utf16.count)
      var spans: [Span] = []
      for audience in rule.audiences.prefix(1) {
        let d = try OutputGuard(rules: ruleSet, subwords: ws.subwords).checkAll(
          pieces: [whole], in: doc, tokens: tokens, audience: audience, suppressed: others, workspace: ws)
        spans += d.map { doc.span($0) }
      }
      return spans
    }
  }
}
