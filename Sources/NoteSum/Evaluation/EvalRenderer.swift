import Foundation

/// Everything one `notesum eval` run reports: the evaluation, an optional A/B comparison and gate results.
public struct EvalOutput: Sendable, Codable {
  public var report: EvalReport
  public var baseline: EvalReport?
  public var comparison: Comparison?
  public var gate: [GateCheck]?
  /// An output from its parts.
  public init(report: EvalReport, baseline: EvalReport? = nil, comparison: Comparison? = nil, gate: [GateCheck]? = nil) {
    self.report = report
    self.baseline = baseline
    self.comparison = comparison
    self.gate = gate
  }
  /// True when every gate check passed (or there was no gate).
  public var gatePassed: Bool { gate?.allSatisfy(\.passed) ?? true }
}

/// Renders an evaluation as a text table, Markdown, JSON or a self-contained HTML page.
public enum EvalRenderer {
  /// Output formats.
  public enum Format: String, Sendable, CaseIterable { case table, json, markdown, html }

  /// Renders `output` in `format`.
  public static func render(_ output: EvalOutput, format: Format) -> String {
    switch format {
    case .table: tabular(output, markdown: false)
    case .markdown: tabular(output, markdown: true)
    case .json: json(output)
    case .html: html(output)
    }
  }

  // MARK: - numbers

  static func num(_ v: Double?) -> String { v.map { String(format: "%.3f", $0) } ?? "n/a" }
  static func ratio(_ v: Double, defined: Bool) -> String { String(format: "%.3f", v) + (defined ? "" : "†") }
  static func signed(_ v: Double?) -> String { v.map { String(format: "%+.3f", abs($0) < 5e-4 ? 0 : $0) } ?? "n/a" }
  static func ids(_ xs: [String], max: Int = 6) -> String {
    xs.isEmpty ? "" : xs.prefix(max).joined(separator: " ") + (xs.count > max ? " (+\(xs.count - max))" : "")
  }
  static let zeroNote = "† zero denominator: defined as 0 (no gold positives for recall, no predictions for precision)."

  // MARK: - text and Markdown

  static func table(_ header: [String], _ rows: [[String]], markdown: Bool, rightAlign: Set<Int> = []) -> String {
    if markdown {
      var s = "| " + header.joined(separator: " | ") + " |\n|" + header.indices.map { rightAlign.contains($0) ? "---:|" : "---|" }.joined() + "\n"
      for r in rows { s += "| " + r.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |\n" }
      return s
    }
    var w = header.map(\.count)
    for r in rows { for (i, c) in r.enumerated() where i < w.count { w[i] = max(w[i], c.count) } }
    func line(_ r: [String]) -> String {
      r.enumerated().map { i, c in
        let pad = String(repeating: " ", count: max(0, w[i] - c.count))
        return rightAlign.contains(i) ? pad + c : c + pad
      }.joined(separator: "  ").trimmingCharacters(in: .whitespaces) + "\n"
    }
    return line(header) + line(w.map { String(repeating: "-", count: $0) }) + rows.map(line).joined()
  }

  static func heading(_ s: String, markdown: Bool, level: Int = 2) -> String {
    markdown ? "\n" + String(repeating: "#", count: level) + " " + s + "\n\n" : "\n" + s + "\n" + String(repeating: "=", count: s.count) + "\n"
  }

  static func ruleRows(_ r: EvalReport, kind: RuleKind) -> [[String]] {
    r.rules.filter { $0.kind == kind }.map { m in
      let c = m.counts
      return [m.rule, "\(c.tp)", "\(c.fp)", "\(c.fn)", ratio(c.precision, defined: c.precisionDefined),
        ratio(c.recall, defined: c.recallDefined), ratio(c.f1, defined: c.f1Defined), ids(m.falsePositiveNotes), ids(m.falseNegativeNotes)]
    }
  }

  static func tabular(_ o: EvalOutput, markdown md: Bool) -> String {
    let r = o.report
    var s = md ? "# notesum eval: \(r.ruleSet)\n\n" : "notesum eval: \(r.ruleSet)\n"
    s += "\(r.notes) notes scored; \(r.blockedNotes) blocked; \(r.failedNotes.count) failed or missing" + (r.failedNotes.isEmpty ? "" : " (\(ids(r.failedNotes)))") + "\n"
    s += heading("Headline metrics", markdown: md)
    s += table(["metric", "value"], r.headline.map { [$0.name, num($0.value)] }, markdown: md, rightAlign: [1])
    s += heading("Escalation levels (rows gold, columns predicted)", markdown: md)
    let cm = r.escalation.confusion
    s += table(["gold \\ predicted"] + cm.labels, cm.labels.indices.map { i in [cm.labels[i]] + cm.cells[i].map(String.init) }, markdown: md, rightAlign: Set(1...cm.labels.count))
    s += "\nsensitivity (gold >= urgent predicted >= urgent): \(r.escalation.sensitivity.correct)/\(r.escalation.sensitivity.total); "
    s += "specificity: \(r.escalation.specificity.correct)/\(r.escalation.specificity.total)\n"
    if !r.escalation.missed.isEmpty { s += "missed escalations: \(ids(r.escalation.missed, max: 20))\n" }
    if !r.escalation.overEscalated.isEmpty { s += "over-escalated: \(ids(r.escalation.overEscalated, max: 20))\n" }
    let header = ["rule", "TP", "FP", "FN", "precision", "recall", "F1", "FP notes", "FN notes"]
    for kind in RuleKind.allCases {
      let rows = ruleRows(r, kind: kind)
      guard !rows.isEmpty else { continue }
      s += heading("\(kind.rawValue.capitalized) rules", markdown: md)
      s += table(header, rows, markdown: md, rightAlign: Set(1...6))
    }
    s += "\n" + zeroNote + "\n"
    s += heading("Assertion accuracy over matched mentions", markdown: md)
    s += table(["dimension", "correct", "total", "accuracy"], AssertionDimension.allCases.map { d in
      let t = r.assertions[d.rawValue] ?? Tally()
      return [d.rawValue, "\(t.correct)", "\(t.total)", num(t.rate)]
    }, markdown: md, rightAlign: [1, 2, 3])
    s += heading("PHI, summaries and evidence", markdown: md)
    s += "PHI characters: \(r.phi.characters); leaked in emitted text: \(r.phi.leakedCharacters)" + (r.phi.leakedNotes.isEmpty ? "" : " (notes \(ids(r.phi.leakedNotes)))") + "\n"
    s += "redaction coverage over whole notes: " + (r.phi.coverage.map { "\($0.correct)/\($0.total) = \(num($0.rate))" } ?? "n/a (stored results)") + "\n"
    s += "ROUGE F1 over \(r.rougeNotes) notes: R-1 \(num(r.rouge?.rouge1)), R-2 \(num(r.rouge?.rouge2)), R-L \(num(r.rouge?.rougeL))\n"
    s += "red-flag evidence kept in summary: \(r.evidenceKept.correct)/\(r.evidenceKept.total) = \(num(r.evidenceKept.rate))\n"
    if let c = o.comparison {
      s += heading("A/B: \(c.candidateRuleSet) vs baseline \(c.baselineRuleSet)", markdown: md)
      s += table(["metric", "baseline", "candidate", "delta"], c.metrics.filter { abs($0.delta ?? 0) > 1e-9 || $0.metric.hasPrefix("escalation") }.map {
        [$0.metric, num($0.baseline), num($0.candidate), signed($0.delta)]
      }, markdown: md, rightAlign: [1, 2, 3])
      if !c.rules.isEmpty {
        s += "\nrules whose counts changed:\n\n"
        s += table(["kind", "rule", "baseline TP/FP/FN", "candidate TP/FP/FN", "recall delta", "precision delta"], c.rules.map {
          [$0.kind.rawValue, $0.rule, "\($0.baseline.tp)/\($0.baseline.fp)/\($0.baseline.fn)", "\($0.candidate.tp)/\($0.candidate.fp)/\($0.candidate.fn)",
            signed($0.candidate.recall - $0.baseline.recall), signed($0.candidate.precision - $0.baseline.precision)]
        }, markdown: md)
      }
      s += "\nnotes whose verdict changed: \(c.changed.count)\n\n"
      if !c.changed.isEmpty {
        s += table(["note", "gold", "baseline", "candidate", "effect", "rules added", "rules removed"], c.changed.map {
          [$0.id, $0.gold.rawValue, $0.baseline.rawValue, $0.candidate.rawValue, $0.effect, $0.rulesAdded.joined(separator: " "), $0.rulesRemoved.joined(separator: " ")]
        }, markdown: md)
      }
      let m = c.mcnemar
      s += "\nMcNemar (escalation level correct): baseline-only \(m.baselineOnly), candidate-only \(m.candidateOnly), both \(m.bothCorrect), neither \(m.bothWrong); "
      s += "\(m.method == "exact" ? "exact binomial" : "chi-square \(num(m.statistic)) with continuity correction"), p = \(num(m.pValue))\n"
    }
    if let g = o.gate {
      s += heading("Gate", markdown: md)
      s += table(["requirement", "actual", "result"], g.map { [$0.requirement, num($0.actual), $0.passed ? ($0.note ?? "pass") : "FAIL" + ($0.note.map { ": \($0)" } ?? "")] }, markdown: md)
      s += o.gatePassed ? "gate passed\n" : "gate FAILED: \(g.filter { !$0.passed }.count) requirement(s)\n"
    }
    return s
  }

  // MARK: - JSON

  static func json(_ o: EvalOutput) -> String {
    let e = JSONEncoder()
    e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = (try? e.encode(o)) ?? Data("{}".utf8)
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  // MARK: - HTML

  /// Escapes text for HTML element content and attribute values.
  public static func escape(_ s: String) -> String {
    var o = ""
    for c in s {
      switch c {
      case "&": o += "&amp;"
      case "<": o += "&lt;"
      case ">": o += "&gt;"
      case "\"": o += "&quot;"
      case "'": o += "&#39;"
      default: o.append(c)
      }
    }
    return o
  }

  /// A horizontal bar per rule: recall (filled) with precision as a tick; zero-support rules drawn hollow.
  static func recallChart(_ rows: [RuleMetrics], title: String) -> String {
    let rowH = 18, labelW = 250, barW = 420, top = 28
    let h = top + rows.count * rowH + 24
    var s = "<svg class=\"chart\" role=\"img\" aria-label=\"\(escape(title))\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(labelW + barW + 120)\" height=\"\(h)\" viewBox=\"0 0 \(labelW + barW + 120) \(h)\">"
    s += "<text x=\"0\" y=\"16\" class=\"ct\">\(escape(title))</text>"
    for t in [0.0, 0.5, 0.9, 1.0] {
      let x = labelW + Int(t * Double(barW))
      s += "<line x1=\"\(x)\" y1=\"\(top - 4)\" x2=\"\(x)\" y2=\"\(h - 20)\" class=\"grid\"/>"
      s += "<text x=\"\(x)\" y=\"\(h - 6)\" class=\"ax\" text-anchor=\"middle\">\(t == 0.9 ? "0.9" : String(format: "%.1f", t))</text>"
    }
    for (i, m) in rows.enumerated() {
      let y = top + i * rowH
      let c = m.counts
      s += "<text x=\"\(labelW - 6)\" y=\"\(y + 13)\" class=\"lb\" text-anchor=\"end\">\(escape(m.rule))</text>"
      if c.recallDefined {
        let w = Int((c.recall * Double(barW)).rounded())
        let cls = c.recall >= 0.999 ? "ok" : c.recall >= 0.9 ? "warn" : "bad"
        s += "<rect x=\"\(labelW)\" y=\"\(y + 3)\" width=\"\(max(w, 1))\" height=\"\(rowH - 6)\" class=\"\(cls)\"><title>\(escape(m.rule)): recall \(num(c.recall)) (TP \(c.tp), FN \(c.fn))</title></rect>"
        s += "<text x=\"\(labelW + barW + 6)\" y=\"\(y + 13)\" class=\"vl\">\(num(c.recall)) (\(c.tp)/\(c.tp + c.fn))</text>"
      } else {
        s += "<rect x=\"\(labelW)\" y=\"\(y + 3)\" width=\"\(barW)\" height=\"\(rowH - 6)\" class=\"none\"/>"
        s += "<text x=\"\(labelW + barW + 6)\" y=\"\(y + 13)\" class=\"vl muted\">no gold</text>"
      }
      if c.precisionDefined {
        let x = labelW + Int((c.precision * Double(barW)).rounded())
        s += "<line x1=\"\(x)\" y1=\"\(y + 1)\" x2=\"\(x)\" y2=\"\(y + rowH - 1)\" class=\"prec\"><title>precision \(num(c.precision))</title></line>"
      }
    }
    return s + "</svg>"
  }

  /// A heatmap of the escalation confusion matrix (rows gold, columns predicted).
  static func heatmap(_ cm: ConfusionMatrix) -> String {
    let cell = 78, left = 110, top = 56
    let n = cm.labels.count
    let w = left + n * cell + 20, h = top + n * cell + 20
    let maxV = max(1, cm.cells.joined().max() ?? 1)
    var s = "<svg class=\"chart\" role=\"img\" aria-label=\"escalation confusion matrix\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(w)\" height=\"\(h)\" viewBox=\"0 0 \(w) \(h)\">"
    s += "<text x=\"\(left + n * cell / 2)\" y=\"16\" class=\"ct\" text-anchor=\"middle\">predicted level</text>"
    for (j, l) in cm.labels.enumerated() {
      s += "<text x=\"\(left + j * cell + cell / 2)\" y=\"\(top - 10)\" class=\"lb\" text-anchor=\"middle\">\(escape(l))</text>"
    }
    s += "<text x=\"14\" y=\"\(top + n * cell / 2)\" class=\"ct\" text-anchor=\"middle\" transform=\"rotate(-90 14 \(top + n * cell / 2))\">gold level</text>"
    for i in 0..<n {
      s += "<text x=\"\(left - 8)\" y=\"\(top + i * cell + cell / 2 + 4)\" class=\"lb\" text-anchor=\"end\">\(escape(cm.labels[i]))</text>"
      for j in 0..<n {
        let v = cm.cells[i][j]
        let a = v == 0 ? 0.0 : 0.15 + 0.85 * Double(v) / Double(maxV)
        let hue = i == j ? "34,139,84" : (j < i && i >= 2 && j < 2 ? "200,40,40" : "214,120,30")
        s += "<rect x=\"\(left + j * cell)\" y=\"\(top + i * cell)\" width=\"\(cell - 2)\" height=\"\(cell - 2)\" fill=\"rgba(\(hue),\(String(format: "%.2f", a)))\" class=\"cell\"><title>gold \(cm.labels[i]), predicted \(cm.labels[j]): \(v)</title></rect>"
        s += "<text x=\"\(left + j * cell + cell / 2 - 1)\" y=\"\(top + i * cell + cell / 2 + 5)\" text-anchor=\"middle\" class=\"\(a > 0.55 ? "cv light" : "cv")\">\(v)</text>"
      }
    }
    return s + "</svg>"
  }

  static func htmlTable(_ header: [String], _ rows: [[String]], numeric: Set<Int> = [], cls: String = "") -> String {
    var s = "<table class=\"\(cls)\"><thead><tr>" + header.enumerated().map { i, h in "<th\(numeric.contains(i) ? " class=\"n\"" : "")>\(escape(h))</th>" }.joined() + "</tr></thead><tbody>"
    for r in rows {
      s += "<tr>" + r.enumerated().map { i, c in "<td\(numeric.contains(i) ? " class=\"n\"" : "")>\(escape(c))</td>" }.joined() + "</tr>"
    }
    return s + "</tbody></table>"
  }

  static let css = """
    body{font:14px/1.45 -apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#1d232b;margin:24px 32px;max-width:1280px}
    h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #d8dde3;padding-bottom:4px}
    .sub{color:#56606b;margin:0 0 12px}.cards{display:flex;flex-wrap:wrap;gap:10px;margin:12px 0}
    .card{border:1px solid #d8dde3;border-radius:6px;padding:8px 12px;min-width:120px}.card b{display:block;font-size:20px}
    .card span{color:#56606b;font-size:12px}.card.fail{border-color:#c62828;background:#fdecea}.card.pass{border-color:#2e7d32;background:#edf7ee}
    table{border-collapse:collapse;margin:6px 0 10px;font-size:13px}th,td{border-bottom:1px solid #e3e7eb;padding:3px 8px;text-align:left;vertical-align:top}
    th{background:#f3f5f7;position:sticky;top:0}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
    td:nth-child(8),td:nth-child(9){color:#56606b;font-size:12px;max-width:260px}
    .chart{display:block;margin:8px 0}.ct{font-weight:600;font-size:13px;fill:#1d232b}.lb{font-size:12px;fill:#1d232b}
    .ax,.vl{font-size:11px;fill:#56606b}.muted{fill:#9aa3ad}.grid{stroke:#d8dde3;stroke-dasharray:3 3}
    .ok{fill:#2e7d32}.warn{fill:#e0a100}.bad{fill:#c62828}.none{fill:none;stroke:#c3cad2;stroke-dasharray:2 2}
    .prec{stroke:#1d232b;stroke-width:2}.cv{font-size:15px;font-weight:600;fill:#1d232b}.cv.light{fill:#fff}.cell{stroke:#fff}
    .row{display:flex;gap:40px;flex-wrap:wrap;align-items:flex-start}.legend{color:#56606b;font-size:12px}
    .fail{color:#c62828;font-weight:600}.okt{color:#2e7d32;font-weight:600}.side{max-width:560px}
    table.failed td{color:#c62828}table.failed td:first-child{font-weight:600}details{margin:6px 0}summary{cursor:pointer;color:#174ea6}
    """

  static func html(_ o: EvalOutput) -> String {
    let r = o.report
    var s = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>notesum eval: \(escape(r.ruleSet))</title><style>\(css)</style></head><body>"
    s += "<h1>notesum eval: \(escape(r.ruleSet))</h1><p class=\"sub\">\(r.notes) notes scored, \(r.blockedNotes) blocked, \(r.failedNotes.count) failed or missing. Synthetic corpora; automated aid for review, not a diagnosis.</p>"
    // Headline cards.
    let sens = r.escalation.sensitivity, spec = r.escalation.specificity
    let cards: [(String, String, Bool?)] = [
      ("escalation recall", "\(num(sens.rate)) (\(sens.correct)/\(sens.total))", sens.correct == sens.total),
      ("escalation specificity", "\(num(spec.rate)) (\(spec.correct)/\(spec.total))", nil),
      ("level accuracy", num(r.escalation.accuracy.rate), nil),
      ("PHI leaked chars", "\(r.phi.leakedCharacters)", r.phi.leakedCharacters == 0),
      ("PHI coverage (whole note)", num(r.phi.coverage?.rate), nil),
      ("ROUGE-1 / 2 / L", "\(num(r.rouge?.rouge1)) / \(num(r.rouge?.rouge2)) / \(num(r.rouge?.rougeL))", nil),
      ("evidence kept", num(r.evidenceKept.rate), nil),
    ]
    s += "<div class=\"cards\">" + cards.map { c in
      "<div class=\"card\(c.2 == true ? " pass" : c.2 == false ? " fail" : "")\"><span>\(escape(c.0))</span><b>\(escape(c.1))</b></div>"
    }.joined() + "</div>"
    if let g = o.gate {
      let failed = g.filter { !$0.passed }, passed = g.filter(\.passed)
      s += "<h2>Gate</h2><p class=\"\(o.gatePassed ? "okt" : "fail")\">\(o.gatePassed ? "All \(g.count) checks passed." : "\(failed.count) of \(g.count) checks failed.")</p>"
      if !failed.isEmpty {
        s += htmlTable(["failed requirement", "actual", "why"], failed.map { [$0.requirement, num($0.actual), $0.note ?? "below threshold"] }, numeric: [1], cls: "failed")
      }
      if !passed.isEmpty {
        s += "<details><summary>\(passed.count) passed</summary>" + htmlTable(["requirement", "actual", "note"], passed.map { [$0.requirement, num($0.actual), $0.note ?? ""] }, numeric: [1]) + "</details>"
      }
    }
    s += "<h2>Escalation</h2><div class=\"row\">" + heatmap(r.escalation.confusion) + "<div class=\"side\">"
    s += htmlTable(["metric", "value"], r.headline.filter { $0.name.hasPrefix("escalation") }.map { [$0.name, num($0.value)] }, numeric: [1])
    if !r.escalation.missed.isEmpty { s += "<p class=\"fail\">Missed escalations: \(escape(ids(r.escalation.missed, max: 30)))</p>" }
    if !r.escalation.overEscalated.isEmpty { s += "<p>Over-escalated: \(escape(ids(r.escalation.overEscalated, max: 30)))</p>" }
    s += "<p class=\"legend\">Rows: gold level; columns: predicted level. Green: correct; red: an urgent or emergent note predicted below urgent.</p></div></div>"
    let header = ["rule", "TP", "FP", "FN", "precision", "recall", "F1", "FP notes", "FN notes"]
    for kind in RuleKind.allCases {
      let rows = r.rules.filter { $0.kind == kind }
      guard !rows.isEmpty else { continue }
      s += "<h2>\(kind.rawValue.capitalized) rules (\(rows.count))</h2>"
      s += recallChart(rows, title: "Recall per \(kind.rawValue) rule (bar; tick = precision)")
      s += "<details\(kind == .concept ? "" : " open")><summary>table</summary>" + htmlTable(header, ruleRows(r, kind: kind), numeric: Set(1...6)) + "</details>"
    }
    s += "<p class=\"legend\">\(escape(zeroNote))</p>"
    s += "<h2>Assertions over matched mentions</h2>" + htmlTable(["dimension", "correct", "total", "accuracy"], AssertionDimension.allCases.map { d in
      let t = r.assertions[d.rawValue] ?? Tally()
      return [d.rawValue, "\(t.correct)", "\(t.total)", num(t.rate)]
    }, numeric: [1, 2, 3])
    s += "<h2>PHI, summaries, evidence</h2>" + htmlTable(["measure", "value"], [
      ["gold PHI characters", "\(r.phi.characters)"],
      ["leaked in emitted text", "\(r.phi.leakedCharacters)" + (r.phi.leakedNotes.isEmpty ? "" : " (\(ids(r.phi.leakedNotes)))")],
      ["covered by banned rules over the whole note", r.phi.coverage.map { "\($0.correct)/\($0.total) = \(num($0.rate))" } ?? "n/a"],
      ["ROUGE-1 / ROUGE-2 / ROUGE-L (\(r.rougeNotes) notes)", "\(num(r.rouge?.rouge1)) / \(num(r.rouge?.rouge2)) / \(num(r.rouge?.rougeL))"],
      ["red-flag evidence kept", "\(r.evidenceKept.correct)/\(r.evidenceKept.total) = \(num(r.evidenceKept.rate))"],
    ])
    if let c = o.comparison {
      s += "<h2>A/B: \(escape(c.candidateRuleSet)) vs baseline \(escape(c.baselineRuleSet))</h2>"
      let m = c.mcnemar
      s += "<p>McNemar on per-note level correctness: baseline-only \(m.baselineOnly), candidate-only \(m.candidateOnly); \(m.method == "exact" ? "exact binomial" : "chi-square \(num(m.statistic))"), p = \(num(m.pValue)).</p>"
      s += htmlTable(["metric", "baseline", "candidate", "delta"], c.metrics.filter { abs($0.delta ?? 0) > 1e-9 }.map { [$0.metric, num($0.baseline), num($0.candidate), signed($0.delta)] }, numeric: [1, 2, 3])
      s += htmlTable(["note", "gold", "baseline", "candidate", "effect", "rules added", "rules removed"], c.changed.map {
        [$0.id, $0.gold.rawValue, $0.baseline.rawValue, $0.candidate.rawValue, $0.effect, $0.rulesAdded.joined(separator: " "), $0.rulesRemoved.joined(separator: " ")]
      })
    }
    return s + "</body></html>\n"
  }
}
