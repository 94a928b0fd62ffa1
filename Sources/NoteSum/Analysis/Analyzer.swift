/// Runs the analysis stages over one document: tokens, sentences and sections, concepts, measurements, context.
struct Analyzer {
  let rules: RuleSet

  /// `collectCues: false` leaves `Analysis.cues` empty (the note pipeline reads cues only through findings).
  func analyze(_ doc: Document, workspace ws: TextWorkspace, collectCues: Bool = true) throws -> Analysis {
    let tokens = Tokenizer.tokenize(doc, vocabulary: rules.vocabulary, workspace: ws)
    let subwords = ws.subwords
    var sentences = SentenceSegmenter.segment(doc, config: rules.segmentation, workspace: ws)
    Analyzer.assignTokens(&sentences, tokens)
    var findings: [Finding] = []
    var measurements: [Measurement] = []
    var cues: [CueMatch] = []
    let matcher = ConceptMatcher(rules: rules)
    let context = ContextAnnotator(rules: rules)
    let extractor = MeasurementExtractor(rules: rules)
    try tokens.withUnsafeBufferPointer { tk in
      try doc.utf16.withUnsafeBufferPointer { text in
        let regexHits = rules.conceptRegexes.isEmpty
          ? [] : try matcher.regexMatches(text, tokens: tk, subwords: subwords, workspace: ws)
        var cursor = 0
        for (si, s) in sentences.enumerated() where !s.isHeader {
          while cursor < regexHits.count && regexHits[cursor].start < s.range.start { cursor += 1 }
          var upper = cursor
          while upper < regexHits.count && regexHits[upper].start < s.range.end { upper += 1 }
          var mentions = matcher.mentions(in: s, tokens: tk, regexHits: regexHits[cursor..<upper])
          let sentenceCues = context.cues(in: s, tokens: tk, text: text)
          context.assert(&mentions, cues: sentenceCues, sentence: s, tokens: tk)
          for m in mentions {
            findings.append(Finding(
              concept: rules.concepts[m.concept].id, assertion: m.assertion,
              span: doc.span(UTF16Range(start: m.start, end: m.end)), sentence: si, cues: m.cueIDs,
              conceptIndex: m.concept))
          }
          for c in sentenceCues where collectCues {
            cues.append(CueMatch(
              cue: rules.cues[c.cue].id, category: c.category,
              span: doc.span(UTF16Range(start: Int(tk[c.first].start), end: Int(tk[c.last - 1].end))),
              scope: c.scope.map { doc.span(UTF16Range(start: Int(tk[$0.lowerBound].start), end: Int(tk[$0.upperBound - 1].end))) },
              sentence: si))
          }
          extractor.extract(in: s, sentenceIndex: si, tokens: tk, text: text, doc: doc, into: &measurements)
        }
      }
    }
    let infos = sentences.map {
      SentenceInfo(span: doc.span($0.range), section: rules.sectionID($0.section), isHeader: $0.isHeader)
    }
    return Analysis(
      document: doc, sentences: infos, findings: findings, measurements: measurements, cues: cues,
      rawSentences: sentences, tokens: tokens, subwords: subwords)
  }

  /// Gives each sentence the range of tokens inside it.
  static func assignTokens(_ sentences: inout [Sentence], _ tokens: [Token]) {
    var t = 0
    for i in sentences.indices {
      let r = sentences[i].range
      while t < tokens.count && Int(tokens[t].start) < r.start { t += 1 }
      let first = t
      while t < tokens.count && Int(tokens[t].end) <= r.end { t += 1 }
      sentences[i].tokens = first..<t
    }
  }
}
