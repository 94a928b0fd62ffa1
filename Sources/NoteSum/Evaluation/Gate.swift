/// A threshold on an evaluation metric: `escalation.recall>=1.0`, `phi.leaks==0`, `rule:esc.*.recall>=0.95`.
public struct Requirement: Sendable, Hashable, CustomStringConvertible {
  /// Comparison operators.
  public enum Op: String, Sendable, Hashable, CaseIterable {
    case ge = ">=", le = "<=", eq = "==", gt = ">", lt = "<"
    /// Whether `a op b` holds (`==` within 1e-9).
    public func holds(_ a: Double, _ b: Double) -> Bool {
      switch self {
      case .ge: a >= b - 1e-12
      case .le: a <= b + 1e-12
      case .eq: abs(a - b) <= 1e-9
      case .gt: a > b
      case .lt: a < b
      }
    }
  }

  /// The metric name, or for rule requirements the glob over rule ids.
  public var metric: String
  /// For `rule:GLOB.METRIC`: the glob; nil for headline metrics.
  public var ruleGlob: String?
  public var op: Op
  public var value: Double

  /// Per-rule metrics a `rule:` requirement may name.
  public static let ruleMetrics = ["tp", "fp", "fn", "precision", "recall", "f1"]

  /// Parses `NAME OP VALUE`; throws a message naming what is wrong.
  public init(parsing text: String) throws(RequirementError) {
    let s = text.filter { !$0.isWhitespace }
    guard let i = s.firstIndex(where: { "<>=".contains($0) }) else {
      throw RequirementError("'\(text)' has no operator; use one of >= <= == > <")
    }
    var j = s.index(after: i)
    if j < s.endIndex && s[j] == "=" { j = s.index(after: j) }
    let r = i..<j
    guard let op = Op(rawValue: String(s[r])) else { throw RequirementError("'\(text)' has an unknown operator; use one of >= <= == > <") }
    let name = String(s[..<r.lowerBound])
    guard let v = Double(s[r.upperBound...]) else { throw RequirementError("'\(text)': the threshold must be a number") }
    self.op = op
    self.value = v
    if name.hasPrefix("rule:") {
      let rest = name.dropFirst(5)
      guard let dot = rest.lastIndex(of: "."), Requirement.ruleMetrics.contains(String(rest[rest.index(after: dot)...])),
        dot > rest.startIndex
      else {
        throw RequirementError("'\(text)': a rule requirement is rule:GLOB.METRIC with METRIC one of \(Requirement.ruleMetrics.joined(separator: ", "))")
      }
      ruleGlob = String(rest[..<dot])
      metric = String(rest[rest.index(after: dot)...])
    } else {
      guard EvalReport.metricNames.contains(name) else {
        throw RequirementError("'\(text)': unknown metric '\(name)'; known: \(EvalReport.metricNames.joined(separator: ", ")), or rule:GLOB.METRIC")
      }
      ruleGlob = nil
      metric = name
    }
  }

  public var description: String {
    (ruleGlob.map { "rule:\($0)." } ?? "") + metric + op.rawValue + Requirement.format(value)
  }

  static func format(_ v: Double) -> String {
    v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(format4: v)
  }
}

extension String {
  init(format4 v: Double) {
    let scaled = (v * 10000).rounded() / 10000
    self = "\(scaled)"
  }
}

/// A requirement that could not be parsed.
public struct RequirementError: Error, Sendable, CustomStringConvertible {
  public var description: String
  init(_ d: String) { description = d }
}

/// The outcome of one requirement (for a rule glob, one per matching rule).
public struct GateCheck: Sendable, Hashable, Codable {
  /// What was checked, for example `escalation.recall>=1` or `rule:esc.acs.recall>=0.95`.
  public var requirement: String
  /// The measured value (nil when it could not be computed).
  public var actual: Double?
  public var passed: Bool
  /// Why it failed or was skipped, when it was.
  public var note: String?
}

/// Checks requirements against a report.
public enum Gate {
  /// Every check; a requirement fails when its metric is unknown for this report, when its glob matches no rule,
  /// or when the value misses the threshold. For rule globs, a rule whose metric has a zero denominator (recall with
  /// no gold positives, precision with no predictions) is skipped and reported as such.
  public static func check(_ requirements: [Requirement], on report: EvalReport) -> [GateCheck] {
    var out: [GateCheck] = []
    for req in requirements {
      guard let glob = req.ruleGlob else {
        let v = report.metric(req.metric)
        out.append(GateCheck(
          requirement: req.description, actual: v, passed: v.map { req.op.holds($0, req.value) } ?? false,
          note: v == nil ? "not available for this report" : nil))
        continue
      }
      let rows = report.rules.filter { globMatch(glob, $0.rule) }
      if rows.isEmpty {
        out.append(GateCheck(requirement: req.description, actual: nil, passed: false, note: "no rule matches '\(glob)'"))
        continue
      }
      for row in rows {
        let name = "rule:\(row.rule).\(req.metric)\(req.op.rawValue)\(Requirement.format(req.value))"
        let c = row.counts
        let (v, defined): (Double, Bool) =
          switch req.metric {
          case "tp": (Double(c.tp), true)
          case "fp": (Double(c.fp), true)
          case "fn": (Double(c.fn), true)
          case "precision": (c.precision, c.precisionDefined)
          case "recall": (c.recall, c.recallDefined)
          default: (c.f1, c.recallDefined || c.precisionDefined)
          }
        if !defined {
          out.append(GateCheck(requirement: name, actual: nil, passed: true, note: "skipped: no \(req.metric == "precision" ? "predictions" : "gold positives")"))
        } else {
          out.append(GateCheck(requirement: name, actual: v, passed: req.op.holds(v, req.value), note: nil))
        }
      }
    }
    return out
  }

  /// Shell-style glob over rule ids: `*` any run, `?` one character; everything else literal.
  public static func globMatch(_ pattern: String, _ text: String) -> Bool {
    let p = Array(pattern), t = Array(text)
    var pi = 0, ti = 0, star = -1, mark = 0
    while ti < t.count {
      if pi < p.count && (p[pi] == "?" || p[pi] == t[ti]) {
        pi += 1
        ti += 1
      } else if pi < p.count && p[pi] == "*" {
        star = pi
        mark = ti
        pi += 1
      } else if star >= 0 {
        pi = star + 1
        mark += 1
        ti = mark
      } else {
        return false
      }
    }
    while pi < p.count && p[pi] == "*" { pi += 1 }
    return pi == p.count
  }
}

extension EvalReport {
  /// Every headline metric name.
  public static var metricNames: [String] {
    EvalReport.aggregate([], catalog: [], ruleSet: "").headline.map(\.name)
  }
}
