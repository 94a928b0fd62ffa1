import ICUText

/// A concept mention inside one sentence, in UTF-16 offsets and token indices.
struct Mention {
  var concept: Int
  var start: Int, end: Int
  var firstToken: Int, lastToken: Int  // [first, last)
  var assertion = Assertion()
  var cueIDs: [String] = []
}

/// Analysis could not finish because a concept rule could not run (for example its regex reached ICU's time limit).
/// The pipeline then blocks the record rather than return a result that silently misses the concept. The message
/// never quotes text.
public struct AnalysisFailure: Error, Sendable, CustomStringConvertible {
  /// The concept rule that could not run.
  public var rule: String
  /// Why, for example `regex time limit reached`.
  public var reason: String
  public var description: String { "concept rule \(rule) could not run (\(reason))" }
}

/// Finds concept terms (leftmost-longest over folded tokens) and concept regexes in a sentence.
struct ConceptMatcher {
  let rules: RuleSet

  /// Matches of every concept regex over the whole text, sorted by start.
  func regexMatches(_ text: UnsafeBufferPointer<UInt16>, tokens: UnsafeBufferPointer<Token>, workspace ws: TextWorkspace)
    throws -> [(concept: Int, start: Int, end: Int)]
  {
    var out: [(concept: Int, start: Int, end: Int)] = []
    // Regexes whose anchor word is absent from the note cannot match; skip them.
    let anchors = Set(rules.conceptRegexes.flatMap { $0.anchors ?? [] })
    var present = Set<Int32>()
    if !anchors.isEmpty { for t in tokens where anchors.contains(t.id) { present.insert(t.id) } }
    let windows = TextWindows.split(text)
    for (concept, regex, required) in rules.conceptRegexes {
      if let required, !required.contains(where: present.contains) { continue }
      do {
        let matcher = try ws.matcher(for: regex)
        for w in windows {
          try matcher.forEachMatch(in: text, region: w.start..<w.end) { a, b in
            if b > a { out.append((concept, a, b)) }
          }
        }
      } catch {
        throw AnalysisFailure(
          rule: rules.concepts[concept].id, reason: error.name == "U_REGEX_TIME_OUT" ? "regex time limit reached" : "regex error \(error.name)")
      }
    }
    out.sort { ($0.start, $0.end, $0.concept) < ($1.start, $1.end, $1.concept) }
    return out
  }

  /// Term and regex mentions in one sentence. `regexHits` are the document's regex matches (from `regexMatches`).
  func mentions(
    in s: Sentence, tokens: UnsafeBufferPointer<Token>, regexHits: ArraySlice<(concept: Int, start: Int, end: Int)>
  ) -> [Mention] {
    var out: [Mention] = []
    rules.conceptTrie.matches(tokens, from: s.tokens.lowerBound, to: s.tokens.upperBound) { first, last, payloads in
      for p in payloads.sorted() {
        out.append(Mention(
          concept: Int(p), start: Int(tokens[first].start), end: Int(tokens[last - 1].end), firstToken: first, lastToken: last))
      }
    }
    guard !regexHits.isEmpty else { return out }
    for hit in regexHits where hit.start >= s.range.start && hit.end <= s.range.end {
      // Skip when a term match of the same concept already covers it.
      if out.contains(where: { $0.concept == hit.concept && $0.start < hit.end && hit.start < $0.end }) { continue }
      guard let (ft, lt) = tokenBounds(hit.start, hit.end, tokens, s.tokens) else { continue }
      out.append(Mention(concept: hit.concept, start: hit.start, end: hit.end, firstToken: ft, lastToken: lt))
    }
    out.sort { ($0.start, $0.end, $0.concept) < ($1.start, $1.end, $1.concept) }
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
