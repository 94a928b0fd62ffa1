import Foundation

/// True positives, false positives and false negatives, with precision, recall and F1.
///
/// A ratio whose denominator is zero is defined as 0; `precisionDefined`/`recallDefined` say whether it was.
public struct Counts: Sendable, Hashable, Codable {
  public var tp: Int
  public var fp: Int
  public var fn: Int

  /// Counts from their parts.
  public init(tp: Int = 0, fp: Int = 0, fn: Int = 0) {
    self.tp = tp
    self.fp = fp
    self.fn = fn
  }

  /// TP / (TP + FP), or 0 when nothing was predicted.
  public var precision: Double { Counts.ratio(tp, tp + fp) }
  /// TP / (TP + FN) (sensitivity), or 0 when there is nothing to find.
  public var recall: Double { Counts.ratio(tp, tp + fn) }
  /// The harmonic mean of precision and recall, or 0 when both are 0.
  public var f1: Double {
    let p = precision, r = recall
    return p + r == 0 ? 0 : 2 * p * r / (p + r)
  }
  /// False when precision had a zero denominator.
  public var precisionDefined: Bool { tp + fp > 0 }
  /// False when recall had a zero denominator (no gold positives).
  public var recallDefined: Bool { tp + fn > 0 }
  /// False when F1 had a zero denominator (no gold and no predicted positives, or no true positives).
  public var f1Defined: Bool { precision + recall > 0 }

  /// `n / d`, or 0 when `d` is 0.
  public static func ratio(_ n: Int, _ d: Int) -> Double { d == 0 ? 0 : Double(n) / Double(d) }

  public static func + (a: Counts, b: Counts) -> Counts { Counts(tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn) }
  public static func += (a: inout Counts, b: Counts) { a = a + b }
}

/// A count of correct decisions out of a total; accuracy 0 when the total is 0.
public struct Tally: Sendable, Hashable, Codable {
  public var correct: Int
  public var total: Int
  /// A tally from its parts.
  public init(correct: Int = 0, total: Int = 0) {
    self.correct = correct
    self.total = total
  }
  /// correct / total, or 0 when total is 0.
  public var rate: Double { Counts.ratio(correct, total) }
  /// Adds one decision.
  public mutating func add(_ ok: Bool) {
    total += 1
    if ok { correct += 1 }
  }
  public static func += (a: inout Tally, b: Tally) {
    a.correct += b.correct
    a.total += b.total
  }
}

/// A square confusion matrix over escalation levels: `cells[gold][predicted]`, in `EscalationLevel.allCases` order.
public struct ConfusionMatrix: Sendable, Hashable, Codable {
  /// The level names, in row and column order.
  public var labels: [String]
  /// Counts per gold row and predicted column.
  public var cells: [[Int]]

  /// An empty matrix over the four escalation levels.
  public init() {
    labels = EscalationLevel.allCases.map(\.rawValue)
    cells = Array(repeating: Array(repeating: 0, count: labels.count), count: labels.count)
  }

  /// Adds one note.
  public mutating func add(gold: EscalationLevel, predicted: EscalationLevel) {
    cells[gold.rank][predicted.rank] += 1
  }

  /// The number of notes.
  public var total: Int { cells.joined().reduce(0, +) }
  /// Notes on the diagonal.
  public var correct: Int { labels.indices.map { cells[$0][$0] }.reduce(0, +) }
}

/// McNemar's test on paired binary outcomes (correct under the baseline vs under the candidate).
public struct McNemarResult: Sendable, Hashable, Codable {
  /// Pairs where the baseline was right and the candidate wrong.
  public var baselineOnly: Int
  /// Pairs where the candidate was right and the baseline wrong.
  public var candidateOnly: Int
  /// Pairs right under both, and wrong under both.
  public var bothCorrect: Int, bothWrong: Int
  /// `exact` (two-sided binomial, used when fewer than 25 discordant pairs) or `chi_square` (with continuity correction).
  public var method: String
  /// The chi-square statistic (nil for the exact test).
  public var statistic: Double?
  /// The two-sided p-value (1 when there are no discordant pairs).
  public var pValue: Double

  /// Runs the test on a 2x2 table of paired outcomes.
  public static func test(bothCorrect: Int, baselineOnly b: Int, candidateOnly c: Int, bothWrong: Int) -> McNemarResult {
    let n = b + c
    if n < 25 {
      // Two-sided exact binomial with p = 1/2: 2 * P(X <= min(b, c)), capped at 1.
      var cdf = 0.0
      let k = min(b, c)
      if n > 0 {
        for i in 0...k { cdf += exp(logChoose(n, i) - Double(n) * log(2)) }
      }
      let p = n == 0 ? 1 : min(1, 2 * cdf)
      return McNemarResult(
        baselineOnly: b, candidateOnly: c, bothCorrect: bothCorrect, bothWrong: bothWrong, method: "exact",
        statistic: nil, pValue: p)
    }
    let d = Double(abs(b - c)) - 1
    let chi = max(0, d) * max(0, d) / Double(n)
    // Chi-square with 1 degree of freedom: P(X > x) = erfc(sqrt(x / 2)).
    return McNemarResult(
      baselineOnly: b, candidateOnly: c, bothCorrect: bothCorrect, bothWrong: bothWrong, method: "chi_square",
      statistic: chi, pValue: erfc(sqrt(chi / 2)))
  }

  static func logChoose(_ n: Int, _ k: Int) -> Double {
    lgamma(Double(n + 1)) - lgamma(Double(k + 1)) - lgamma(Double(n - k + 1))
  }
}

/// ROUGE F1 scores of a candidate text against a reference (lower-cased alphanumeric tokens).
public struct RougeScores: Sendable, Hashable, Codable {
  public var rouge1: Double
  public var rouge2: Double
  public var rougeL: Double

  /// Scores from their parts.
  public init(rouge1: Double, rouge2: Double, rougeL: Double) {
    self.rouge1 = rouge1
    self.rouge2 = rouge2
    self.rougeL = rougeL
  }

  /// ROUGE-1, ROUGE-2 and ROUGE-L (longest common subsequence) F1 of `candidate` against `reference`.
  /// An empty side gives 0.
  public static func score(candidate: String, reference: String) -> RougeScores {
    let c = tokens(candidate), r = tokens(reference)
    return RougeScores(
      rouge1: overlapF1(ngrams(c, 1), ngrams(r, 1)), rouge2: overlapF1(ngrams(c, 2), ngrams(r, 2)),
      rougeL: lcsF1(c, r))
  }

  /// Lower-cased runs of letters and digits.
  public static func tokens(_ s: String) -> [String] {
    var out: [String] = []
    var cur = ""
    for ch in s.lowercased().unicodeScalars {
      if CharacterSet.alphanumerics.contains(ch) {
        cur.unicodeScalars.append(ch)
      } else if !cur.isEmpty {
        out.append(cur)
        cur = ""
      }
    }
    if !cur.isEmpty { out.append(cur) }
    return out
  }

  static func ngrams(_ t: [String], _ n: Int) -> [String: Int] {
    var m: [String: Int] = [:]
    guard t.count >= n else { return m }
    for i in 0...(t.count - n) { m[t[i..<(i + n)].joined(separator: " "), default: 0] += 1 }
    return m
  }

  static func overlapF1(_ c: [String: Int], _ r: [String: Int]) -> Double {
    let cn = c.values.reduce(0, +), rn = r.values.reduce(0, +)
    var hit = 0
    for (g, k) in c { hit += min(k, r[g] ?? 0) }
    return f1(hit, cn, rn)
  }

  static func lcsF1(_ a: [String], _ b: [String]) -> Double {
    guard !a.isEmpty, !b.isEmpty else { return 0 }
    var prev = [Int](repeating: 0, count: b.count + 1), cur = prev
    for i in 1...a.count {
      for j in 1...b.count {
        cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : max(prev[j], cur[j - 1])
      }
      swap(&prev, &cur)
    }
    return f1(prev[b.count], a.count, b.count)
  }

  static func f1(_ hit: Int, _ candidateCount: Int, _ referenceCount: Int) -> Double {
    let p = Counts.ratio(hit, candidateCount), r = Counts.ratio(hit, referenceCount)
    return p + r == 0 ? 0 : 2 * p * r / (p + r)
  }
}
