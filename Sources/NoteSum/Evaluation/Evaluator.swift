import Foundation

/// Runs a rule set over a gold corpus and scores it; or scores stored results without running anything.
public struct Evaluator: Sendable {
  /// The engine under evaluation.
  public let engine: Engine
  /// The audience outputs are produced for (clinician by default).
  public var audience: Audience
  /// Banned rule id → PHI type, for the rules that redact PHI.
  public let phiTypes: [String: String]

  /// An evaluator for one engine.
  public init(engine: Engine, audience: Audience = .clinician) {
    self.engine = engine
    self.audience = audience
    self.phiTypes = Evaluator.phiTypes(of: engine.ruleSet)
  }

  /// Maps each redacting banned rule to the PHI type it covers: by its placeholder (`[PHONE]` → phone), else by its
  /// id (`phi.name_after_label` → name). Rules that map to no gold PHI type get no per-rule row.
  public static func phiTypes(of rules: RuleSet) -> [String: String] {
    var out: [String: String] = [:]
    for r in rules.banned where r.action == .redact {
      let placeholder = r.replacement.trimmingCharacters(in: CharacterSet(charactersIn: "[]<>{} ")).lowercased()
      if ClinicalIDs.phiTypes.contains(placeholder) {
        out[r.id] = placeholder
      } else if r.id.hasPrefix("phi.") {
        let rest = String(r.id.dropFirst(4))
        if let t = ClinicalIDs.phiTypes.first(where: { rest == $0 || rest.hasPrefix($0 + "_") }) { out[r.id] = t }
      }
    }
    return out
  }

  /// Scores one note: runs the pipeline, and the banned rules over the whole note for PHI coverage.
  public func outcome(_ record: GoldRecord, scope: ConceptScope) -> NoteOutcome {
    let doc = Document(record.text)
    do {
      let result = try engine.process(doc, id: record.id, options: ProcessOptions(audience: audience))
      let hits = try bannedHits(doc)
      return NoteOutcome.score(record: record, scope: scope, result: result, bannedHits: hits, phiTypes: phiTypes)
    } catch {
      var o = NoteOutcome.score(
        record: record, scope: scope, result: .empty(id: record.id, ruleSet: engine.ruleSet), bannedHits: nil,
        phiTypes: phiTypes)
      o.failed = true
      return o
    }
  }

  /// Every match of the banned rules active for the audience over the whole note text, as the output guard would
  /// find them, each marked effective when the guard would redact it.
  public func bannedHits(_ doc: Document) throws -> [BannedHit] {
    let rules = engine.ruleSet
    let whole = [UTF16Range(start: 0, end: doc.utf16.count)]
    let active = rules.banned.indices.filter { rules.banned[$0].audiences.contains(audience) }
    let allIDs = Set(rules.banned.map(\.id))
    return try engine.pool.withWorkspace { ws in
      let tokens = Tokenizer.tokenize(doc, vocabulary: rules.vocabulary, workspace: ws)
      var raw: [(rule: Int, range: UTF16Range)] = []
      for r in active {
        var others = allIDs
        others.remove(rules.banned[r].id)
        let ranges = try OutputGuard(rules: rules, subwords: ws.subwords).checkAll(
          pieces: whole, in: doc, tokens: tokens, audience: audience, suppressed: others, workspace: ws)
        raw += ranges.map { (r, $0) }
      }
      // The guard's order and overlap resolution: by start, longest first, then rule order.
      raw.sort { ($0.range.start, -$0.range.end, $0.rule) < ($1.range.start, -$1.range.end, $1.rule) }
      var lastEnd = -1
      return raw.map { hit in
        var effective = false
        if rules.banned[hit.rule].action == .redact && hit.range.start >= lastEnd {
          effective = true
          lastEnd = hit.range.end
        }
        return BannedHit(rule: rules.banned[hit.rule].id, span: doc.span(hit.range), effective: effective)
      }
    }
  }

  /// Evaluates a whole corpus on up to `jobs` threads. `progress` gets (notes done, total) after each batch.
  public func evaluate(_ corpus: GoldCorpus, jobs: Int, progress: ((Int, Int) -> Void)? = nil) -> EvalReport {
    let runner = BatchRunner(jobs: jobs)
    let indices = Array(corpus.records.indices)
    var outcomes: [NoteOutcome] = []
    outcomes.reserveCapacity(indices.count)
    let batch = 256
    var i = 0
    while i < indices.count {
      let chunk = Array(indices[i..<min(i + batch, indices.count)])
      outcomes += runner.map(chunk) { k in self.outcome(corpus.records[k], scope: corpus.scopes[k]) }
      i += chunk.count
      progress?(i, indices.count)
    }
    return EvalReport.aggregate(outcomes, catalog: catalog(), ruleSet: engine.ruleSet.name + " " + engine.ruleSet.version)
  }

  /// The rows every report shows even with no counts: the rule set's escalation rules, concepts in the shared
  /// vocabulary, and PHI-redacting banned rules.
  func catalog() -> [RuleKey] {
    engine.ruleSet.escalation.map { RuleKey(.escalation, $0.id) }
      + phiTypes.keys.map { RuleKey(.banned, $0) }
  }

  /// Scores stored notesum results against gold records, matched by id, without running the pipeline.
  /// Gold notes without a result are scored as empty results (nothing found, nothing escalated) and counted as
  /// failed. Per-rule banned metrics and PHI coverage need the rule set and are left out.
  public static func evaluate(results: [NoteResult], corpus: GoldCorpus) -> EvalReport {
    var byID: [String: NoteResult] = [:]
    for r in results { if let id = r.id { byID[id] = r } }
    var outcomes: [NoteOutcome] = []
    for (k, record) in corpus.records.enumerated() {
      if let r = byID[record.id] {
        outcomes.append(NoteOutcome.score(record: record, scope: corpus.scopes[k], result: r, bannedHits: nil, phiTypes: [:]))
      } else {
        var o = NoteOutcome.score(
          record: record, scope: corpus.scopes[k], result: .empty(id: record.id), bannedHits: nil, phiTypes: [:])
        o.failed = true
        outcomes.append(o)
      }
    }
    let name = results.first.map { "\($0.ruleset.name) \($0.ruleset.version)" } ?? "stored results"
    return EvalReport.aggregate(outcomes, catalog: [], ruleSet: name)
  }
}

extension NoteResult {
  /// An empty result: nothing found, no escalation, no summary. Used to score notes the pipeline failed on.
  static func empty(id: String?, ruleSet: RuleSet? = nil) -> NoteResult {
    NoteResult(
      id: id, ruleset: .init(name: ruleSet?.name ?? "", version: ruleSet?.version ?? "", sha256: ruleSet?.sha256 ?? ""),
      audience: .clinician, escalation: .init(level: .none, reasons: []), summary: [], findings: [], measurements: [],
      redactions: [], dropped: [], disclaimer: .init(id: "", position: .end, text: ""), overrides: [], blocked: false,
      blockedReason: nil, fields: nil)
  }
}
