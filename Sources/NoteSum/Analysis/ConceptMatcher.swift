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
  func regexMatches(
    _ text: UnsafeBufferPointer<UInt16>, tokens: UnsafeBufferPointer<Token>, subwords: [Subword],
    workspace ws: TextWorkspace
  ) throws -> [(concept: Int, start: Int, end: Int)] {
    var out: [(concept: Int, start: Int, end: Int)] = []
    let anchors = AnchorIndex(tokens: tokens, subwords: subwords, wanted: rules.conceptAnchorIDs)
    let windows = TextWindows.split(text)
    for (concept, regex, required, startsAtAnchor) in rules.conceptRegexes {
      // Regexes whose anchor words are absent from the note cannot match; skip them.
      if let required, !anchors.contains(any: required) { continue }
      do {
        let matcher = try ws.matcher(for: regex)
        if startsAtAnchor, let required {
          // Every match starts at an anchor word: try only there.
          try matcher.bind(text)
          defer { matcher.unbind() }
          var lastEnd = 0
          for start in anchors.starts(of: required, from: 0, to: text.count) where start >= lastEnd {
            if let m = try matcher.prefixMatch(at: start, limit: min(text.count, start + 4096)), m.end > m.start {
              out.append((concept, m.start, m.end))
              lastEnd = m.end
            }
          }
          continue
        }
        for w in windows {
          try matcher.forEachMatch(in: text, region: w.start..<w.end) { a, b in
            if b > a { out.append((concept, a, b)) }
          }
        }
      } catch {
        let name = (error as? ICUError)?.name ?? "unknown"
        throw AnalysisFailure(
          rule: rules.concepts[concept].id, reason: name == "U_REGEX_TIME_OUT" ? "regex time limit reached" : "regex error \(name)")
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
      for p in payloads.count == 1 ? payloads : payloads.sorted() {
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
