import ICUText

/// Finds labelled values (`SpO2 88% on RA`, `BP 150/90`, `T 101.2 F`) after measurement labels, converts them to
/// the canonical unit and checks plausibility and normality.
struct MeasurementExtractor {
  let rules: RuleSet

  func extract(
    in s: Sentence, sentenceIndex: Int, tokens: UnsafeBufferPointer<Token>, text: UnsafeBufferPointer<UInt16>,
    doc: Document, into out: inout [Measurement]
  ) {
    rules.measurementTrie.matches(tokens, from: s.tokens.lowerBound, to: s.tokens.upperBound) { first, last, payloads in
      let labelStart = Int(tokens[first].start)
      let labelEnd = Int(tokens[last - 1].end)
      for p in payloads.sorted() {
        let rule = rules.measurements[Int(p)]
        guard let parsed = parseValue(text, from: labelEnd, limit: s.range.end, rule: rule) else { continue }
        var plausible = true, abnormal = false
        for (k, v) in parsed.values.enumerated() {
          if k < rule.plausible.count && !rule.plausible[k].contains(v) { plausible = false }
          if k < rule.normal.count && !rule.normal[k].contains(v) { abnormal = true }
        }
        out.append(Measurement(
          id: rule.id, values: parsed.values, unit: rule.unit,
          span: doc.span(UTF16Range(start: labelStart, end: parsed.end)), sentence: sentenceIndex,
          plausible: plausible, abnormal: plausible && abnormal, ruleIndex: Int(p)))
        return
      }
    }
  }

  /// Parses `[:=]? (of|was|is|at)? number(/number)? unit?` after a label.
  func parseValue(_ text: UnsafeBufferPointer<UInt16>, from start: Int, limit: Int, rule: MeasurementRule)
    -> (values: [Double], end: Int)?
  {
    var i = start
    // The label must end at a word boundary: "Temp101" is not split by the tokenizer anyway.
    func skipSpaces() { while i < limit && (text[i] == 0x20 || text[i] == 0x09) { i += 1 } }
    skipSpaces()
    if i < limit && (text[i] == 0x3A || text[i] == 0x3D) { i += 1; skipSpaces() }  // ':' '='
    // Filler words.
    for word in ["of", "was", "is", "at", "now", "today", "on arrival"] {
      if matchesWord(text, i, limit, word) {
        i += word.utf16.count
        skipSpaces()
        if i < limit && (text[i] == 0x3A) { i += 1; skipSpaces() }
        break
      }
    }
    guard i - start <= 24 else { return nil }
    guard let (v, next) = number(text, i, limit) else { return nil }
    var values = [v]
    i = next
    if rule.components.count == 2 {
      guard i < limit, text[i] == 0x2F else { return nil }  // '/'
      guard let (v2, n2) = number(text, i + 1, limit) else { return nil }
      values.append(v2)
      i = n2
    }
    // Unit.
    var end = i
    var j = i
    while j < limit && text[j] == 0x20 && j - i < 2 { j += 1 }
    var unitFound: AlternateUnit? = nil
    var canonicalFound = false
    if let u = rule.unit, let len = matchUnit(text, j, limit, u) { canonicalFound = true; end = j + len }
    if !canonicalFound {
      for alt in rule.alternateUnits {
        if let len = matchUnit(text, j, limit, alt.unit) { unitFound = alt; end = j + len; break }
      }
    }
    if !canonicalFound && unitFound == nil {
      // No unit written: a value above an alternate unit's threshold is taken to be in that unit.
      unitFound = rule.alternateUnits.first { alt in alt.assumeAbove.map { values[0] > $0 } ?? false }
    }
    if let alt = unitFound { values = values.map { $0 * alt.scale + alt.offset } }
    return (values.map { ($0 * 100).rounded() / 100 }, end)
  }

  private func matchesWord(_ text: UnsafeBufferPointer<UInt16>, _ i: Int, _ limit: Int, _ word: String) -> Bool {
    var k = i
    for u in word.utf16 {
      guard k < limit, text[k] | 0x20 == u | 0x20 else { return false }
      k += 1
    }
    return k >= limit || !CharacterClass.isAlphanumeric(UInt32(text[k]))
  }

  /// A decimal number at `i` (digits with an optional fraction), with where it ends.
  private func number(_ text: UnsafeBufferPointer<UInt16>, _ i: Int, _ limit: Int) -> (Double, Int)? {
    var k = i
    var value = 0.0
    var digits = 0
    while k < limit, text[k] >= 0x30, text[k] <= 0x39, digits < 7 {
      value = value * 10 + Double(text[k] - 0x30)
      k += 1
      digits += 1
    }
    guard digits > 0 else { return nil }
    if k + 1 < limit, text[k] == 0x2E, text[k + 1] >= 0x30, text[k + 1] <= 0x39 {
      k += 1
      var scale = 0.1
      while k < limit, text[k] >= 0x30, text[k] <= 0x39 {
        value += Double(text[k] - 0x30) * scale
        scale /= 10
        k += 1
      }
    }
    // A number glued to letters ("3x", "2nd") is not a value.
    if k < limit, CharacterClass.isAlphanumeric(UInt32(text[k])), !(text[k] == 0x25) {
      // allow units glued to the number such as "88%" (handled by unit matching) or "101F"
      let c = text[k] | 0x20
      if !(c == 0x66 || c == 0x63 || c == 0x73 || c == 0x6D || c == 0x6B || c == 0x67) { return nil }  // f c s m k g
    }
    return (value, k)
  }

  /// The length of `unit` at `i` (case-insensitive, optional degree sign before C/F), or nil.
  private func matchUnit(_ text: UnsafeBufferPointer<UInt16>, _ i: Int, _ limit: Int, _ unit: String) -> Int? {
    var k = i
    if k < limit && text[k] == 0xB0 { k += 1 }  // °
    for u in unit.utf16 {
      guard k < limit else { return nil }
      let a = text[k], b = u
      let same = a == b || (a < 0x80 && b < 0x80 && (a | 0x20) == (b | 0x20) && ((a | 0x20) >= 0x61 && (a | 0x20) <= 0x7A))
      guard same else { return nil }
      k += 1
    }
    if k < limit, CharacterClass.isAlphanumeric(UInt32(text[k])), unit.last?.isLetter == true { return nil }
    return k - i
  }
}
