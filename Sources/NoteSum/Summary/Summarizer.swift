/// A sentence chosen for the summary, before guardrails.
struct SummaryChoice: Sendable {
  var sentence: Int
  var score: Double
  var why: [String]
  var mustKeep: Bool
}

/// The budget the summariser works within.
public struct SummaryBudget: Sendable, Hashable {
  public var maxSentences: Int
  public var maxCharacters: Int
  public init(maxSentences: Int, maxCharacters: Int) {
    self.maxSentences = maxSentences
    self.maxCharacters = maxCharacters
  }
}

/// Extractive summariser: scores sentences from the rule set's summary settings, keeps escalation evidence,
/// removes near-duplicates and selects within the budget. Output is in source order.
struct Summarizer {
  let rules: RuleSet

  func summarize(_ a: Analysis, escalation: Escalation, budget: SummaryBudget) -> [SummaryChoice] {
    let settings = rules.summary
    let count = a.rawSentences.count
    guard count > 0 else { return [] }
    var scores = [Double](repeating: 0, count: count)
    var why = [[String]](repeating: [], count: count)
    var content = [Double](repeating: 0, count: count)
    for f in a.findings {
      let concept = rules.concepts[f.conceptIndex]
      var gain = 0.0
      if f.assertion.isAffirmedCurrentPatient {
        gain = settings.conceptWeight * concept.weight + (concept.redFlag ? settings.redFlagWeight : 0)
      } else if f.assertion.isPossibleCurrentPatient {
        gain = 0.5 * settings.conceptWeight * concept.weight + (concept.redFlag ? 0.5 * settings.redFlagWeight : 0)
      } else if f.assertion.negated && f.assertion.experiencer == .patient && !f.assertion.hypothetical {
        gain = settings.negativeWeight * (concept.redFlag ? 2 : 1)  // pertinent negative
      } else {
        gain = 0.1 * concept.weight
      }
      content[f.sentence] += gain
      if !why[f.sentence].contains(concept.id) { why[f.sentence].append(concept.id) }
    }
    for m in a.measurements where m.plausible {
      content[m.sentence] += settings.measurementWeight + (m.abnormal ? settings.abnormalMeasurementWeight : 0)
      if !why[m.sentence].contains(m.id) { why[m.sentence].append(m.id) }
    }
    // Escalation evidence.
    var mustKeep = [Bool](repeating: false, count: count)
    var evidenceRules = [[String]](repeating: [], count: count)
    for reason in escalation.reasons {
      for span in reason.evidence {
        guard let s = sentenceIndex(containing: span, a) else { continue }
        if reason.mustKeep { mustKeep[s] = true }
        if !evidenceRules[s].contains(reason.rule) { evidenceRules[s].append(reason.rule) }
      }
    }
    for i in 0..<count {
      let s = a.rawSentences[i]
      guard !s.isHeader, content[i] > 0 || mustKeep[i] else { continue }
      let section = rules.sectionID(s.section)
      let weight = settings.sectionWeights[section] ?? settings.defaultSectionWeight
      let position = settings.positionPrior * (1 - Double(i) / Double(count))
      scores[i] = weight * content[i] + position + (evidenceRules[i].isEmpty ? 0 : settings.redFlagWeight)
      why[i] = evidenceRules[i] + why[i]
    }
    // Must-keep first, then by score.
    var chosen: [Int] = (0..<count).filter { mustKeep[$0] }
    var characters = chosen.reduce(0) { $0 + a.rawSentences[$1].range.end - a.rawSentences[$1].range.start }
    var words = [[Int]?](repeating: nil, count: count)
    func wordsOf(_ i: Int) -> [Int] {
      if let w = words[i] { return w }
      let w = wordSet(a.rawSentences[i], a)
      words[i] = w
      return w
    }
    let order = (0..<count).filter { !mustKeep[$0] && scores[$0] > 0 }
      .sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
    for i in order {
      if chosen.count >= budget.maxSentences { break }
      let length = a.rawSentences[i].range.end - a.rawSentences[i].range.start
      if characters + length > budget.maxCharacters { continue }
      let candidate = wordsOf(i)
      if chosen.contains(where: { overlap(candidate, wordsOf($0)) > settings.redundancy }) { continue }
      chosen.append(i)
      characters += length
    }
    return chosen.sorted().map {
      SummaryChoice(sentence: $0, score: (scores[$0] * 1000).rounded() / 1000, why: why[$0], mustKeep: mustKeep[$0])
    }
  }

  private func sentenceIndex(containing span: Span, _ a: Analysis) -> Int? {
    // Sentences are sorted; binary search on start.
    var lo = 0, hi = a.sentences.count - 1
    while lo <= hi {
      let mid = (lo + hi) / 2
      let s = a.sentences[mid].span
      if s.end <= span.start { lo = mid + 1 } else if s.start > span.start { hi = mid - 1 } else { return mid }
    }
    return nil
  }

  /// Folded word ids (or hashes of unknown words) of a sentence, for redundancy.
  /// Sorted and unique: overlap is then a merge, with no hashing.
  private func wordSet(_ s: Sentence, _ a: Analysis) -> [Int] {
    var set: [Int] = []
    set.reserveCapacity(s.tokens.count)
    for t in s.tokens {
      let tok = a.tokens[t]
      guard tok.kind != .punctuation else { continue }
      if tok.id >= 0 {
        set.append(Int(tok.id))
      } else {
        var h = 1_469_598_103_934_665_603 as UInt64
        for k in Int(tok.start)..<Int(tok.end) {
          let u = a.document.utf16[k]
          h = (h ^ UInt64(u >= 0x41 && u <= 0x5A ? u | 0x20 : u)) &* 1_099_511_628_211
        }
        set.append(Int(truncatingIfNeeded: h | (1 << 62)))
      }
    }
    set.sort()
    set.removeAdjacentRepeats(==)
    return set
  }

  /// Token overlap relative to the smaller sentence (both word sets sorted and unique).
  private func overlap(_ a: [Int], _ b: [Int]) -> Double {
    let smaller = min(a.count, b.count)
    guard smaller > 0 else { return 0 }
    var i = 0, j = 0, common = 0
    while i < a.count && j < b.count {
      if a[i] < b[j] { i += 1 } else if a[i] > b[j] { j += 1 } else { common += 1; i += 1; j += 1 }
    }
    return Double(common) / Double(smaller)
  }
}
