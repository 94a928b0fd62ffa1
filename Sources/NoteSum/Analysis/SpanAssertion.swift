/// The assertion of a caller-given span (for `notesum assert`).
public struct SpanAssertion: Sendable, Hashable, Codable {
  public var start: Int, end: Int
  public var negated: Bool, uncertain: Bool, historical: Bool, hypothetical: Bool
  public var experiencer: Experiencer
  public var cues: [String]
}

extension Engine {
  /// Assertions for spans the caller found itself (for example with its own NER). A span outside the text, or
  /// crossing a sentence boundary, is asserted within the sentence where it starts.
  public func assert(_ doc: Document, spans: [Span]) throws -> [SpanAssertion] {
    try pool.withWorkspace { ws in
      let rules = ruleSet
      let tokens = Tokenizer.tokenize(doc, vocabulary: rules.vocabulary, workspace: ws)
      var sentences = SentenceSegmenter.segment(doc, config: rules.segmentation, workspace: ws)
      Analyzer.assignTokens(&sentences, tokens)
      let context = ContextAnnotator(rules: rules)
      return try tokens.withUnsafeBufferPointer { tk in
        try doc.utf16.withUnsafeBufferPointer { text in
          var cache: [Int: [ContextAnnotator.SentenceCue]] = [:]
          return try spans.map { span -> SpanAssertion in
            guard let r = doc.utf16Range(of: span) else { throw SpanError(span: span) }
            let si = sentences.firstIndex { $0.range.start <= r.lowerBound && r.lowerBound < max($0.range.end, $0.range.start + 1) }
              ?? sentences.lastIndex { $0.range.start <= r.lowerBound }
            var mention = [Mention(concept: -1, start: r.lowerBound, end: r.upperBound, firstToken: 0, lastToken: 0)]
            if let si {
              let s = sentences[si]
              let cues = cache[si] ?? context.cues(in: s, tokens: tk, text: text)
              cache[si] = cues
              var first = s.tokens.upperBound, last = s.tokens.lowerBound
              for i in s.tokens where Int(tk[i].end) > r.lowerBound && Int(tk[i].start) < r.upperBound {
                first = min(first, i)
                last = max(last, i + 1)
              }
              if first < last {
                mention[0].firstToken = first
                mention[0].lastToken = last
                context.assert(&mention, cues: cues, sentence: s, tokens: tk)
              }
            }
            let a = mention[0].assertion
            return SpanAssertion(
              start: span.start, end: span.end, negated: a.negated, uncertain: a.uncertain, historical: a.historical,
              hypothetical: a.hypothetical, experiencer: a.experiencer, cues: mention[0].cueIDs)
          }
        }
      }
    }
  }
}

/// A span that does not lie within the text.
public struct SpanError: Error, Sendable, CustomStringConvertible {
  public var span: Span
  public var description: String { "span \(span) lies outside the text" }
}
