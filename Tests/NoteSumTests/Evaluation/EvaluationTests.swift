import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import NoteSum

@Suite struct MetricArithmeticTests {
  @Test func precisionRecallF1() {
    let c = Counts(tp: 3, fp: 1, fn: 2)
    #expect(c.precision == 0.75)
    #expect(c.recall == 0.6)
    #expect(abs(c.f1 - 2 * 0.75 * 0.6 / 1.35) < 1e-12)
    #expect(c.precisionDefined && c.recallDefined && c.f1Defined)
  }

  @Test func zeroDivisionIsZeroAndFlagged() {
    let empty = Counts()
    #expect(empty.precision == 0 && empty.recall == 0 && empty.f1 == 0)
    #expect(!empty.precisionDefined && !empty.recallDefined && !empty.f1Defined)
    let onlyFP = Counts(tp: 0, fp: 2, fn: 0)
    #expect(onlyFP.precision == 0 && onlyFP.precisionDefined)
    #expect(onlyFP.recall == 0 && !onlyFP.recallDefined)
    #expect(onlyFP.f1 == 0)
    let onlyFN = Counts(tp: 0, fp: 0, fn: 4)
    #expect(onlyFN.recall == 0 && onlyFN.recallDefined && !onlyFN.precisionDefined)
    #expect(Tally().rate == 0)
  }

  @Test func mcnemarExactOnSmallTable() {
    // b = 1, c = 9: two-sided exact p = 2 * (C(10,0) + C(10,1)) / 2^10 = 22 / 1024.
    let m = McNemarResult.test(bothCorrect: 50, baselineOnly: 1, candidateOnly: 9, bothWrong: 3)
    #expect(m.method == "exact")
    #expect(abs(m.pValue - 22.0 / 1024.0) < 1e-9)
    #expect(McNemarResult.test(bothCorrect: 5, baselineOnly: 0, candidateOnly: 0, bothWrong: 0).pValue == 1)
  }

  @Test func mcnemarChiSquareWithContinuityCorrection() {
    // b = 10, c = 30: (|10 - 30| - 1)^2 / 40 = 9.025; P(chi2_1 > 9.025) = 0.002663.
    let m = McNemarResult.test(bothCorrect: 100, baselineOnly: 10, candidateOnly: 30, bothWrong: 5)
    #expect(m.method == "chi_square")
    #expect(abs(m.statistic! - 9.025) < 1e-9)
    #expect(abs(m.pValue - 0.002663) < 2e-5)
  }

  @Test func rouge() {
    let r = RougeScores.score(candidate: "The cat sat.", reference: "the cat sat down")
    #expect(abs(r.rouge1 - 6.0 / 7.0) < 1e-9)
    #expect(abs(r.rouge2 - 0.8) < 1e-9)
    #expect(abs(r.rougeL - 6.0 / 7.0) < 1e-9)
    #expect(RougeScores.score(candidate: "", reference: "a b").rouge1 == 0)
  }

  @Test func confusionAndSensitivity() {
    let outcomes = [("a", EscalationLevel.emergent, EscalationLevel.urgent), ("b", .urgent, .none), ("c", .none, .none), ("d", .none, .emergent)]
      .map { NoteOutcome(verdict: NoteVerdict(id: $0.0, gold: $0.1, predicted: $0.2, fired: [], goldRules: [])) }
    let r = EvalReport.aggregate(outcomes, catalog: [], ruleSet: "t")
    #expect(r.escalation.sensitivity == Tally(correct: 1, total: 2))
    #expect(r.escalation.specificity == Tally(correct: 1, total: 2))
    #expect(r.escalation.missed == ["b"])
    #expect(r.escalation.overEscalated == ["d"])
    #expect(r.escalation.confusion.cells[3][2] == 1 && r.escalation.confusion.total == 4)
  }
}

@Suite struct NoteScoringTests {
  static func finding(_ c: String, _ s: Int, _ e: Int, negated: Bool = false) -> NoteResult.FindingJSON {
    .init(concept: c, assertion: negated ? "negated" : "affirmed", negated: negated, uncertain: false, historical: false,
      hypothetical: false, experiencer: .patient, cue: nil, cues: [], start: s, end: e)
  }

  @Test func scoresRulesConceptsAssertionsAndLeaks() {
    // "Pt Jo Doe. Chest pain and fever. No syncope."
    let text = "Pt Jo Doe. Chest pain and fever. No syncope."
    let gold = GoldRecord(id: "n1", text: text, gold: GoldLabels(
      escalation: .emergent, escalationRules: ["esc.acs"],
      findings: [
        GoldFinding(concept: "chest_pain", assertion: "affirmed", start: 11, end: 21),
        GoldFinding(concept: "syncope", assertion: "negated", negated: true, start: 36, end: 43),
      ],
      phi: [GoldPHI(type: "name", start: 3, end: 9)]))
    var result = NoteResult.empty(id: "n1")
    result.escalation = .init(level: .urgent, reasons: [.init(rule: "esc.sepsis", level: .urgent, message: "", evidence: [.init(start: 11, end: 32)])])
    result.findings = [Self.finding("chest_pain", 11, 21), Self.finding("fever", 26, 31), Self.finding("syncope", 36, 43, negated: false),
      Self.finding("hypertension", 0, 2)]
    // The first sentence is emitted with "Jo" redacted but "Doe" leaked (3 characters incl. the space? no: "Doe" only).
    result.summary = [.init(text: "Pt [NAME] Doe.", start: 0, end: 10, section: "", score: 1, why: [])]
    result.redactions = [.init(rule: "phi.name_after_label", start: 3, end: 5, replacement: "[NAME]")]
    let o = NoteOutcome.score(record: gold, scope: .redFlags, result: result, bannedHits: nil, phiTypes: [:])
    #expect(o.counts[RuleKey(.escalation, "esc.acs")] == Counts(tp: 0, fp: 0, fn: 1))
    #expect(o.counts[RuleKey(.escalation, "esc.sepsis")] == Counts(tp: 0, fp: 1, fn: 0))
    #expect(o.counts[RuleKey(.concept, "chest_pain")] == Counts(tp: 1))
    #expect(o.counts[RuleKey(.concept, "fever")] == Counts(fp: 1))  // red flag, unlabelled: an FP
    #expect(o.counts[RuleKey(.concept, "hypertension")] == nil)  // outside the red-flag scope: not scored
    #expect(o.assertions[.negated] == Tally(correct: 1, total: 2))
    #expect(o.phiCharacters == 6 && o.leakedCharacters == 4)  // " Doe" is positions 5..<9
    #expect(o.evidence == Tally(correct: 0, total: 1))
  }

  @Test func bannedRowsAndCoverage() {
    let gold = GoldRecord(id: "n", text: String(repeating: "x", count: 40), gold: GoldLabels(
      escalation: .none, phi: [GoldPHI(type: "phone", start: 0, end: 10), GoldPHI(type: "fax", start: 20, end: 30)]))
    let hits = [BannedHit(rule: "phi.phone", span: Span(start: 0, end: 10), effective: true),
      BannedHit(rule: "phi.phone", span: Span(start: 20, end: 30), effective: true)]
    let o = NoteOutcome.score(record: gold, scope: .all, result: .empty(id: "n"), bannedHits: hits,
      phiTypes: ["phi.phone": "phone", "phi.fax": "fax"])
    #expect(o.counts[RuleKey(.banned, "phi.phone")] == Counts(tp: 1, fp: 1, fn: 0))
    #expect(o.counts[RuleKey(.banned, "phi.fax")] == Counts(tp: 0, fp: 0, fn: 1))
    #expect(o.coveredCharacters == 20)
  }
}

@Suite struct GateTests {
  static func report() -> EvalReport {
    var a = NoteOutcome(verdict: NoteVerdict(id: "a", gold: .emergent, predicted: .none, fired: [], goldRules: ["esc.x"]))
    a.counts = [RuleKey(.escalation, "esc.x"): Counts(fn: 1), RuleKey(.escalation, "esc.y"): Counts(fp: 1)]
    a.phiCharacters = 5
    a.leakedCharacters = 2
    var b = NoteOutcome(verdict: NoteVerdict(id: "b", gold: .urgent, predicted: .urgent, fired: ["esc.z"], goldRules: ["esc.z"]))
    b.counts = [RuleKey(.escalation, "esc.z"): Counts(tp: 1)]
    return EvalReport.aggregate([a, b], catalog: [], ruleSet: "t")
  }

  @Test func parsesRequirements() throws {
    let r = try Requirement(parsing: "rule:esc.*.recall>=0.95")
    #expect(r.ruleGlob == "esc.*" && r.metric == "recall" && r.op == .ge && r.value == 0.95)
    #expect(try Requirement(parsing: "phi.leaks == 0").op == .eq)
    #expect(try Requirement(parsing: "escalation.recall<1").op == .lt)
    #expect(throws: RequirementError.self) { try Requirement(parsing: "escalation.recal>=1") }
    #expect(throws: RequirementError.self) { try Requirement(parsing: "rule:esc.*.sensitivity>=1") }
    #expect(throws: RequirementError.self) { try Requirement(parsing: "phi.leaks") }
  }

  @Test func reportsWhichRequirementsFail() throws {
    let reqs = try ["escalation.recall>=1.0", "phi.leaks==0", "rule:esc.*.recall>=0.95", "rule:nothing.*.f1>0", "escalation.specificity<=1"]
      .map { try Requirement(parsing: $0) }
    let checks = Gate.check(reqs, on: Self.report())
    let failed = checks.filter { !$0.passed }.map(\.requirement)
    #expect(failed == ["escalation.recall>=1", "phi.leaks==0", "rule:esc.x.recall>=0.95", "rule:nothing.*.f1>0"])
    // esc.y has no gold positives: skipped, not failed.
    #expect(checks.contains { $0.requirement.hasPrefix("rule:esc.y") && $0.passed && $0.note != nil })
    #expect(EvalOutput(report: Self.report(), gate: checks).gatePassed == false)
    #expect(Gate.check([try Requirement(parsing: "rule:esc.z.recall>=1")], on: Self.report()).allSatisfy(\.passed))
  }

  @Test func glob() {
    #expect(Gate.globMatch("esc.*", "esc.acs"))
    #expect(Gate.globMatch("*hyp*", "esc.severe_hypoxia"))
    #expect(!Gate.globMatch("esc.?", "esc.ab"))
    #expect(!Gate.globMatch("phi.*", "esc.acs"))
  }
}

@Suite struct ComparisonTests {
  /// Copies the default rules to a temp folder without one escalation rule.
  static func rulesWithout(_ rule: String) throws -> URL {
    let dir = try temporaryDirectory().appendingPathComponent("rules")
    try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("Rules/default"), to: dir)
    let file = dir.appendingPathComponent("escalation.yaml")
    let lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
    var out: [String] = [], skipping = false
    for l in lines {
      if l.hasPrefix("  - id: ") { skipping = l == "  - id: \(rule)" }
      if !skipping { out.append(l) }
    }
    try out.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
    return dir
  }

  @Test func abDiffNamesTheRuleAndNotes() throws {
    let dir = try Self.rulesWithout("esc.seizure")
    defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent()) }
    let baseline = try RuleSet(directory: dir.path)
    #expect(!baseline.escalation.contains { $0.id == "esc.seizure" })
    var corpus = GoldCorpus()
    corpus.append([
      GoldRecord(id: "s1", text: "Witnessed generalized seizure at home today.", gold: GoldLabels(escalation: .urgent, escalationRules: ["esc.seizure"])),
      GoldRecord(id: "s2", text: "Mild cough for two days. Lungs clear.", gold: GoldLabels(escalation: .none)),
    ])
    let cand = Evaluator(engine: defaultEngine).evaluate(corpus, jobs: 1)
    let base = Evaluator(engine: Engine(ruleSet: baseline)).evaluate(corpus, jobs: 1)
    let c = Comparison(baseline: base, candidate: cand)
    #expect(c.changed.map(\.id) == ["s1"])
    #expect(c.changed.first?.rulesAdded == ["esc.seizure"])
    #expect(c.changed.first?.baseline == EscalationLevel.none)
    #expect(c.mcnemar.candidateOnly == 1 && c.mcnemar.baselineOnly == 0)
    #expect(c.rules.contains { $0.rule == "esc.seizure" && $0.candidate.tp == 1 && $0.baseline.fn == 1 })
    #expect(c.metrics.first { $0.metric == "escalation.recall" }?.delta == 1)
  }
}

@Suite struct HTMLReportTests {
  /// Checks that open and close tags of the given names nest properly (self-closing tags allowed).
  static func balanced(_ html: String, tags: Set<String>) -> Bool {
    let regex = try! NSRegularExpression(pattern: "<(/?)([a-zA-Z]+)[^>]*?(/?)>")
    var stack: [String] = []
    for m in regex.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
      let closing = Range(m.range(at: 1), in: html).map { !html[$0].isEmpty } ?? false
      let name = String(html[Range(m.range(at: 2), in: html)!]).lowercased()
      let selfClosing = Range(m.range(at: 3), in: html).map { !html[$0].isEmpty } ?? false
      guard tags.contains(name), !selfClosing else { continue }
      if closing {
        guard stack.last == name else { return false }
        stack.removeLast()
      } else {
        stack.append(name)
      }
    }
    return stack.isEmpty
  }

  @Test func htmlIsSelfContainedAndHasTheCharts() throws {
    var corpus = GoldCorpus()
    corpus.append(CorpusGenerator(seed: 7).notes(count: 16))
    let report = Evaluator(engine: defaultEngine).evaluate(corpus, jobs: 2)
    let html = EvalRenderer.render(EvalOutput(report: report, gate: Gate.check([try Requirement(parsing: "phi.leaks==0")], on: report)), format: .html)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(Self.balanced(html, tags: ["html", "head", "body", "svg", "table", "thead", "tbody", "tr", "td", "th", "text", "title", "g", "details", "div", "p", "h1", "h2"]))
    #expect(html.contains("aria-label=\"Recall per escalation rule"))
    #expect(html.contains("aria-label=\"escalation confusion matrix\""))
    #expect(html.components(separatedBy: "<svg").count - 1 >= 3)
    #expect(!html.contains("http://") || !html.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "").contains("http"))
    #expect(!html.contains("<script"))
    // The SVG fragments parse as XML.
    for part in html.components(separatedBy: "<svg").dropFirst() {
      let svg = "<svg" + part.components(separatedBy: "</svg>")[0] + "</svg>"
      let parser = XMLParser(data: Data(svg.utf8))
      #expect(parser.parse(), "svg does not parse as XML")
    }
    let md = EvalRenderer.render(EvalOutput(report: report), format: .markdown)
    #expect(md.contains("| rule | TP | FP | FN |"))
    let json = EvalRenderer.render(EvalOutput(report: report), format: .json)
    #expect(try JSONSerialization.jsonObject(with: Data(json.utf8)) is [String: Any])
  }
}

@Suite struct CorpusGeneratorTests {
  @Test func deterministicForASeed() {
    let a = CorpusGenerator(seed: 42).notes(count: 24), b = CorpusGenerator(seed: 42).notes(count: 24)
    #expect(a == b)
    #expect(a != CorpusGenerator(seed: 43).notes(count: 24))
    // A note does not depend on how many were generated.
    #expect(CorpusGenerator(seed: 42).note(20) == a[20])
    var r1 = SplitMix64(seed: 1), r2 = SplitMix64(seed: 1)
    #expect((0..<5).map { _ in r1.next() } == (0..<5).map { _ in r2.next() })
  }

  @Test func goldSpansSliceBackAndLabelsAgree() {
    let notes = CorpusGenerator(seed: 1).notes(count: 200)
    #expect(Set(notes.compactMap(\.style)) == Set(CorpusGenerator.styles))
    #expect(notes.contains { $0.gold.escalation != .none } && notes.contains { $0.gold.escalation == .none })
    for n in notes {
      let doc = Document(n.text)
      for f in n.gold.findings {
        let s = doc.slice(f.span)
        #expect(s != nil && !s!.isEmpty && s! == s!.trimmingCharacters(in: .whitespaces), "\(n.id) \(f.concept)")
        #expect(ClinicalIDs.redFlagConcepts.contains(f.concept), "\(n.id) \(f.concept)")
      }
      for p in n.gold.phi {
        #expect(doc.slice(p.span).map { !$0.isEmpty && !$0.contains("\n") } == true, "\(n.id) \(p.type)")
        #expect(ClinicalIDs.phiTypes.contains(p.type))
      }
      for s in n.gold.summary ?? [] { #expect(n.text.contains(s), "\(n.id)") }
      let expected = n.gold.escalationRules.compactMap { ClinicalIDs.escalationLevels[$0] }.max() ?? .none
      #expect(n.gold.escalation == expected)
      #expect(n.gold.escalationRules.allSatisfy { ClinicalIDs.escalationLevels[$0] != nil })
    }
    // Round-trips through the gold JSONL format.
    let line = RecordCodec.encodeLine(notes[0])
    #expect(try! GoldCorpus.decode(line, name: "t") == [notes[0]])
  }
}
