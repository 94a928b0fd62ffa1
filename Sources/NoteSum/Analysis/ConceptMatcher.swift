import ICUText

/// A concept mention inside one sentence, in UTF-16 offsets and token indices.
struct Mention {
  var concept: Int
  var start: Int, end: Int
  var firstToken: Int, lastToken: Int  // [first, last)
  var assertion = Assertion()
  var cueIDs: [String] = []
}

/// Finds concept terms (leftmost-longest over folded tokens) and concept regexes in a sentence.
struct ConceptMatcher {
  let rules: RuleSet

  func mentions(
    in s: Sentence, tokens: UnsafeBufferPointer<Token>, text: UnsafeBufferPointer<UInt16>, workspace ws: TextWorkspace
  ) throws -> [Mention] {
    var out: [Mention] = []
    rules.conceptTrie.matches(tokens, from: s.tokens.lowerBound, to: s.tokens.upperBound) { first, last, payloads in
      for p in payloads.sorted() {
        out.append(Mention(
          concept: Int(p), start: Int(tokens[first].start), end: Int(tokens[last - 1].end), firstToken: first, lastToken: last))
      }
    }
    if !rules.conceptRegexes.isEmpty {
      for (concept, regex) in rules.conceptRegexes {
        let matcher = try ws.matcher(for: regex)
        try matcher.forEachMatch(in: text, region: s.range.start..<s.range.end) { start, end in
          guard end > start else { return }
          // Skip when a term match of the same concept already covers it.
          if out.contains(where: { $0.concept == concept && $0.start < end && start < $0.end }) { return }
          guard let (ft, lt) = tokenBounds(start, end, tokens, s.tokens) else { return }
          out.append(Mention(concept: concept, start: start, end: end, firstToken: ft, lastToken: lt))
        }
      }
      out.sort { ($0.start, $0.end, $0.concept) < ($1.start, $1.end, $1.concept) }
    }
    return out
  }

  private func tokenBounds(_ start: Int, _ end: Int, _ tokens: UnsafeBufferPointer<Token>, _ range: Range<Int>) -> (Int, Int)? {
    var first = -1, last = -1
    for i in range {
      if Int(tokens[i].end) > start && first < 0 { first = i }
      if Int(tokens[i].start) < end { last = i + 1 }
    }
    return first >= 0 && last > first ? (first, last) : nil
  }
}
