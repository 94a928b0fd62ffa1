/// A clinician's override of one rule for a run, with the reason recorded in the result and the audit log.
public struct RuleOverride: Sendable, Hashable, Codable {
  public var rule: String
  public var reason: String
  public init(rule: String, reason: String) {
    self.rule = rule
    self.reason = reason
  }
}

/// Per-run options for `Engine.process`.
public struct ProcessOptions: Sendable {
  /// Who will read the output; the rule set's default when nil.
  public var audience: Audience?
  /// Summary budget overrides.
  public var maxSentences: Int?
  public var maxCharacters: Int?
  /// Rules suppressed for this run.
  public var overrides: [RuleOverride] = []
  public init(audience: Audience? = nil, maxSentences: Int? = nil, maxCharacters: Int? = nil, overrides: [RuleOverride] = []) {
    self.audience = audience
    self.maxSentences = maxSentences
    self.maxCharacters = maxCharacters
    self.overrides = overrides
  }
}

/// Why an override was refused.
public struct OverrideError: Error, Sendable, CustomStringConvertible {
  public var rule: String
  public var message: String
  public var description: String { "[\(rule)] \(message)" }
}

/// The notesum facade: analyse, escalate, summarise and guard notes with one compiled rule set.
/// An `Engine` is immutable and `Sendable`; share one across tasks.
public final class Engine: Sendable {
  /// The compiled rule set.
  public let ruleSet: RuleSet
  let pool = WorkspacePool()

  /// An engine over a compiled rule set.
  public init(ruleSet: RuleSet) { self.ruleSet = ruleSet }

  /// Checks overrides against the rule set: each must name an escalation or banned rule that is overridable.
  public func validate(overrides: [RuleOverride]) throws(OverrideError) {
    for o in overrides {
      if let r = ruleSet.escalation.first(where: { $0.id == o.rule }) {
        if !r.overridable { throw OverrideError(rule: o.rule, message: "rule is marked overridable: false and cannot be overridden") }
      } else if let r = ruleSet.banned.first(where: { $0.id == o.rule }) {
        if !r.overridable { throw OverrideError(rule: o.rule, message: "rule is marked overridable: false and cannot be overridden") }
      } else {
        throw OverrideError(rule: o.rule, message: "no escalation or banned-output rule has this id")
      }
      if o.reason.trimmingSpaces.isEmpty { throw OverrideError(rule: o.rule, message: "an override needs a reason") }
    }
  }

  /// Sentences and section headers of a document.
  public func segment(_ doc: Document) throws -> [SentenceInfo] {
    try pool.withWorkspace { ws in
      let sentences = SentenceSegmenter.segment(doc, config: ruleSet.segmentation, workspace: ws)
      return sentences.map { SentenceInfo(span: doc.span($0.range), section: ruleSet.sectionID($0.section), isHeader: $0.isHeader) }
    }
  }

  /// Sentences, sections, findings with assertions, measurements and cues of a document.
  public func analyze(_ doc: Document) throws -> Analysis {
    try pool.withWorkspace { ws in try Analyzer(rules: ruleSet).analyze(doc, workspace: ws) }
  }

  /// The full pipeline for one note: analysis, escalation, summary, banned output and disclaimer.
  /// Guardrails fail closed: if one cannot run, the result is blocked and carries no text.
  public func process(_ doc: Document, id: String? = nil, options: ProcessOptions = .init()) throws -> NoteResult {
    try pool.withWorkspace { ws in try NotePipeline(rules: ruleSet).run(doc, id: id, options: options, workspace: ws) }
  }

  /// Convenience: the full pipeline over a string.
  public func process(_ text: String, id: String? = nil, options: ProcessOptions = .init()) throws -> NoteResult {
    try process(Document(text), id: id, options: options)
  }
}
