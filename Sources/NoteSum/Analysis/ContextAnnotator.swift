/// ConText-style assertion: cues with directions, scopes in words, pseudo-cues and terminators, plus section
/// defaults (family history means family; past history means historical).
struct ContextAnnotator {
  let rules: RuleSet

  struct SentenceCue {
    var cue: Int
    var category: CueCategory
    var first: Int, last: Int  // token indices [first, last)
    var scope: Range<Int>?
  }

  /// Cue matches in a sentence with their scopes.
  func cues(in s: Sentence, tokens: UnsafeBufferPointer<Token>, text: UnsafeBufferPointer<UInt16>) -> [SentenceCue] {
    var found: [SentenceCue] = []
    rules.cueTrie.matches(tokens, from: s.tokens.lowerBound, to: s.tokens.upperBound) { first, last, payloads in
      for p in payloads.count == 1 ? payloads : payloads.sorted() {
        found.append(SentenceCue(cue: Int(p), category: rules.cues[Int(p)].category, first: first, last: last))
      }
    }
    // Terminators: terminate cues, and ':' or ';' which start a new clause.
    var terminators: [Int] = []
    for c in found where c.category == .terminate { terminators.append(c.first) }
    for i in s.tokens where tokens[i].kind == .punctuation {
      let u = text[Int(tokens[i].start)]
      if u == 0x3A || u == 0x3B { terminators.append(i) }  // ':' ';'
    }
    terminators.sort()
    for k in found.indices where found[k].category != .pseudo && found[k].category != .terminate {
      let rule = rules.cues[found[k].cue]
      var lo = found[k].first, hi = found[k].last
      if rule.direction == .forward || rule.direction == .both {
        // A colon right after the cue introduces its list ("Denies: fever, chills"); it does not end the scope.
        var start = found[k].last
        if start < s.tokens.upperBound, tokens[start].kind == .punctuation, text[Int(tokens[start].start)] == 0x3A {
          start += 1
        }
        hi = walk(from: start, step: 1, limit: s.tokens.upperBound, maxWords: rule.maxScope, tokens, terminators)
      }
      if rule.direction == .backward || rule.direction == .both {
        lo = walk(from: found[k].first - 1, step: -1, limit: s.tokens.lowerBound - 1, maxWords: rule.maxScope, tokens, terminators) + 1
      }
      if hi > found[k].last || lo < found[k].first { found[k].scope = lo..<hi }
    }
    return found
  }

  /// Walks from `start` by `step` counting word tokens until `maxWords`, a terminator or `limit`.
  /// Returns the exclusive end in the walking direction.
  private func walk(
    from start: Int, step: Int, limit: Int, maxWords: Int, _ tokens: UnsafeBufferPointer<Token>, _ terminators: [Int]
  ) -> Int {
    var i = start
    var words = 0
    while i != limit {
      if terminators.contains(i) { break }
      if tokens[i].kind != .punctuation {
        words += 1
        if words > maxWords { break }
      }
      i += step
    }
    return i
  }

  /// Sets each mention's assertion from the cues whose scope covers it and the sentence's section defaults.
  func assert(_ mentions: inout [Mention], cues: [SentenceCue], sentence s: Sentence, tokens: UnsafeBufferPointer<Token>) {
    guard !mentions.isEmpty else { return }
    let defaults = s.section >= 0 ? rules.sections[s.section].defaults : SectionDefaults()
    let sectionTag = s.section >= 0 && defaults.setsAnything ? "section:\(rules.sections[s.section].id)" : ""
    for k in mentions.indices {
      var a = Assertion()
      var ids: [String] = []
      if let e = defaults.experiencer, e != .patient { a.experiencer = e; ids.append(sectionTag) }
      if defaults.historical { a.historical = true; ids.append(sectionTag) }
      if defaults.hypothetical { a.hypothetical = true; ids.append(sectionTag) }
      let m = mentions[k]
      for c in cues {
        guard let scope = c.scope else { continue }
        // The mention must lie in the scope and not inside the cue phrase itself.
        guard m.firstToken < scope.upperBound && scope.lowerBound < m.lastToken else { continue }
        if m.firstToken < c.last && c.first < m.lastToken { continue }
        switch c.category {
        case .negated: a.negated = true
        case .uncertain: a.uncertain = true
        case .historical: a.historical = true
        case .hypothetical: a.hypothetical = true
        case .family: a.experiencer = .family
        case .otherExperiencer: if a.experiencer == .patient { a.experiencer = .other }
        case .pseudo, .terminate: continue
        }
        ids.append(rules.cues[c.cue].id)
      }
      mentions[k].assertion = a
      // Few ids per mention: a linear check keeps the first of each without hashing.
      var unique: [String] = []
      for id in ids where !id.isEmpty && !unique.contains(id) { unique.append(id) }
      mentions[k].cueIDs = unique
    }
  }
}

extension SectionDefaults {
  /// True when the section sets any assertion dimension (its id is then recorded as a cue).
  fileprivate var setsAnything: Bool { (experiencer != nil && experiencer != .patient) || historical || hypothetical }
}
