import ICUText

/// Clinical sentence segmentation: ICU sentence breaks, corrected for clinical text.
///
/// - Breaks after abbreviations from the rule set (`y.o.`, `Dr.`, `b.i.d.`) are removed.
/// - Lines that ICU split but that continue the same sentence (a wrapped line starting in lower case) are joined.
/// - Blank lines, list items (`-`, `*`, `•`, `1.`, `2)`) and section headers (`HPI:`, `ASSESSMENT AND PLAN:`) start
///   new segments; a header label becomes a segment of its own.
enum SentenceSegmenter {
  static func segment(_ doc: Document, config: SegmentationConfig, workspace ws: TextWorkspace) -> [Sentence] {
    let n = doc.utf16.count
    guard n > 0 else { return [] }
    return doc.utf16.withUnsafeBufferPointer { text -> [Sentence] in
      // 1. Candidate breaks from ICU (always includes n).
      ws.boundaryEnds.removeAll(keepingCapacity: true)
      ws.boundaryStatuses.removeAll(keepingCapacity: true)
      ws.sentences.boundaries(in: text, into: &ws.boundaryEnds, statuses: &ws.boundaryStatuses)
      var breaks = ws.boundaryEnds.map { Int($0) }
      if breaks.last != n { breaks.append(n) }

      // 2. Drop breaks after abbreviations and inside wrapped lines.
      var kept: [Int] = []
      kept.reserveCapacity(breaks.count)
      for b in breaks where b < n {
        if isAbbreviationBreak(text, b, config) { continue }
        if isGluedBreak(text, b) || followsLoneQuestionMark(text, b) { continue }
        if followsListMarkerOnly(text, b) { continue }
        if isWrappedLineBreak(text, b) { continue }
        kept.append(b)
      }
      // 3. Forced breaks at blank lines and list items.
      addLineBreaks(text, into: &kept)
      kept.append(n)
      kept.sort()

      // 4. Build trimmed segments, splitting header labels off.
      var out: [Sentence] = []
      out.reserveCapacity(kept.count + 4)
      var start = 0
      var section = -1
      for b in kept where b > start {
        emit(text, start, b, config, &section, &out)
        start = b
      }
      return out
    }
  }

  // MARK: segments and headers

  private static func emit(
    _ text: UnsafeBufferPointer<UInt16>, _ s: Int, _ e: Int, _ config: SegmentationConfig,
    _ section: inout Int, _ out: inout [Sentence]
  ) {
    var start = s
    var end = e
    while start < end && Tokenizer.isSpace(text[start]) { start += 1 }
    while end > start && Tokenizer.isSpace(text[end - 1]) { end -= 1 }
    guard start < end else { return }
    if let header = headerLabel(text, start, end, config) {
      out.append(Sentence(range: UTF16Range(start: start, end: header.end), isHeader: true, section: header.section))
      section = header.section
      var rest = header.end
      while rest < end && Tokenizer.isSpace(text[rest]) { rest += 1 }
      if rest < end { emit(text, rest, end, config, &section, &out) }
      return
    }
    out.append(Sentence(range: UTF16Range(start: start, end: end), isHeader: false, section: section))
  }

  /// A header label at `start`: up to six words followed by a colon (or alone on its line), recognised by the rule
  /// set or written in capitals.
  static func headerLabel(
    _ text: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int, _ config: SegmentationConfig
  ) -> (end: Int, section: Int)? {
    var i = start
    var letters = 0, upper = 0, lower = 0, words = 1
    let limit = min(end, start + config.maxHeaderLength)
    while i < limit {
      let u = text[i]
      if u == 0x3A { break }  // ':'
      if u == 0x0A || u == 0x0D { break }
      if u == 0x20 || u == 0x09 {
        if i > start && text[i - 1] != 0x20 && text[i - 1] != 0x09 { words += 1 }
      } else if u == 0x2F || u == 0x26 || u == 0x2D || u == 0x28 || u == 0x29 || u == 0x27 {
        // / & - ( ) '
      } else if u < 0x80 && ((u | 0x20) >= 0x61 && (u | 0x20) <= 0x7A) {
        letters += 1
        if u <= 0x5A { upper += 1 } else { lower += 1 }
      } else {
        return nil
      }
      i += 1
    }
    guard letters > 0, words <= 6, i < end || i == end else { return nil }
    let colon = i < end && text[i] == 0x3A
    let lineEnds = i == end || text[i] == 0x0A || text[i] == 0x0D
    guard colon || lineEnds else { return nil }
    // The folded label with runs of white space collapsed to one space.
    var label: [UInt16] = []
    label.reserveCapacity(i - start)
    var k = start
    while k < i {
      if text[k] == 0x20 || text[k] == 0x09 {
        if let last = label.last, last != 0x20 { label.append(0x20) }
        k += 1
        continue
      }
      var j = k
      while j < i && text[j] != 0x20 && text[j] != 0x09 { j += 1 }
      CaseFolding.fold(UnsafeBufferPointer(rebasing: text[k..<j]), into: &label)
      k = j
    }
    if label.last == 0x20 { label.removeLast() }
    let labelEnd = colon ? i + 1 : i
    let found: (measurement: Bool, section: Int?) = label.withUnsafeBufferPointer {
      (config.measurementTable[$0] != nil, config.headerTable[$0])
    }
    if found.measurement { return nil }
    if let section = found.section { return (labelEnd, section) }
    // Unrecognised: only capitalised labels count, and only with a colon or alone on a short line.
    if lower == 0 && letters >= 4 && (colon || words <= 4) { return (labelEnd, -1) }
    return nil
  }

  // MARK: break corrections

  /// True when the break at `b` follows a known abbreviation and the next sentence does not look like a new one.
  private static func isAbbreviationBreak(_ text: UnsafeBufferPointer<UInt16>, _ b: Int, _ config: SegmentationConfig)
    -> Bool
  {
    var end = b
    while end > 0 && Tokenizer.isSpace(text[end - 1]) {
      if text[end - 1] == 0x0A || text[end - 1] == 0x0D { return false }  // a line end is a real break
      end -= 1
    }
    guard end > 0, text[end - 1] == 0x2E else { return false }  // '.'
    var start = end - 1
    // At most 13 units back: longer words are never abbreviations, and an unbounded scan is quadratic on a long
    // run of dotted text.
    while start > 0 && end - start <= 12 && !Tokenizer.isSpace(text[start - 1]) && text[start - 1] != 0x28
      && text[start - 1] != 0x22
    {
      start -= 1
    }
    guard end - start <= 12 else { return false }
    var folded: [UInt16] = []
    folded.reserveCapacity(16)
    CaseFolding.fold(UnsafeBufferPointer(rebasing: text[start..<end]), into: &folded)
    guard let join = folded.withUnsafeBufferPointer({ config.abbreviationTable[$0] }) else { return false }
    if join == .always { return true }
    // Otherwise only when the next word does not start with a capital letter.
    var next = b
    while next < text.count && Tokenizer.isSpace(text[next]) { next += 1 }
    guard next < text.count else { return false }
    return !CharacterClass.isUppercase(UInt32(text[next]))
  }

  /// True when ICU broke right after `?`, `!` or `.` with no space before the next word (`?pneumonia`, `3.5x`).
  private static func isGluedBreak(_ text: UnsafeBufferPointer<UInt16>, _ b: Int) -> Bool {
    guard b > 0, b < text.count else { return false }
    let prev = text[b - 1]
    guard prev == 0x3F || prev == 0x21 || prev == 0x2E else { return false }
    return CharacterClass.isAlphanumeric(UInt32(text[b]))
  }

  /// True when everything between the start of the line and the break is a list marker (`1. `), which ICU takes
  /// for a sentence of its own.
  private static func followsListMarkerOnly(_ text: UnsafeBufferPointer<UInt16>, _ b: Int) -> Bool {
    // Look back at most a few units for the line start (a marker is short); never scan a whole long line.
    var start = b
    let floor = max(0, b - 12)
    while start > floor && text[start - 1] != 0x0A && text[start - 1] != 0x0D { start -= 1 }
    guard start == 0 || text[start - 1] == 0x0A || text[start - 1] == 0x0D else { return false }
    while start < b && (text[start] == 0x20 || text[start] == 0x09) { start += 1 }
    guard b - start <= 6 else { return false }
    let marker = listMarkerLength(text, start)
    guard marker > 0 else { return false }
    var k = start + marker
    while k < b && (text[k] == 0x20 || text[k] == 0x09) { k += 1 }
    return k == b
  }

  /// True when the break follows a `?` that stands alone before a word ("? torsion"), the clinical shorthand for
  /// "possible", rather than ending a question.
  private static func followsLoneQuestionMark(_ text: UnsafeBufferPointer<UInt16>, _ b: Int) -> Bool {
    var q = b
    while q > 0 && (text[q - 1] == 0x20 || text[q - 1] == 0x09) { q -= 1 }
    guard q > 0, text[q - 1] == 0x3F, q < b else { return false }
    let before = q - 1
    return before == 0 || Tokenizer.isSpace(text[before - 1])
  }

  /// True when the break at `b` is a single line end inside a wrapped sentence: the previous line does not end a
  /// sentence and the next line starts in lower case.
  private static func isWrappedLineBreak(_ text: UnsafeBufferPointer<UInt16>, _ b: Int) -> Bool {
    var p = b
    var newlines = 0
    while p > 0 && Tokenizer.isSpace(text[p - 1]) {
      if text[p - 1] == 0x0A || (text[p - 1] == 0x0D && (p >= text.count || text[p] != 0x0A)) { newlines += 1 }
      p -= 1
    }
    guard newlines == 1, p > 0 else { return false }
    let last = text[p - 1]
    if last == 0x2E || last == 0x3F || last == 0x21 || last == 0x3A || last == 0x3B { return false }
    var q = b
    while q < text.count && Tokenizer.isSpace(text[q]) {
      if text[q] == 0x0A || text[q] == 0x0D { return false }
      q += 1
    }
    guard q < text.count else { return false }
    if listMarkerLength(text, q) > 0 { return false }
    return CharacterClass.isLowercase(UInt32(text[q]))
  }

  /// Adds a break at the start of every line that follows a blank line or starts a list item.
  private static func addLineBreaks(_ text: UnsafeBufferPointer<UInt16>, into breaks: inout [Int]) {
    var i = 0
    var previousBlank = false
    let n = text.count
    while i < n {
      // i is a line start.
      var j = i
      while j < n && (text[j] == 0x20 || text[j] == 0x09) { j += 1 }
      let blank = j >= n || text[j] == 0x0A || text[j] == 0x0D
      if !blank && i > 0 && (previousBlank || listMarkerLength(text, j) > 0) { breaks.append(j) }
      previousBlank = blank
      // advance to next line
      while j < n && text[j] != 0x0A && text[j] != 0x0D { j += 1 }
      if j < n && text[j] == 0x0D && j + 1 < n && text[j + 1] == 0x0A { j += 1 }
      i = j + 1
    }
  }

  /// The length of a list marker at `i` (`- `, `* `, `• `, `12. `, `3) `, `a) `), or 0.
  static func listMarkerLength(_ text: UnsafeBufferPointer<UInt16>, _ i: Int) -> Int {
    let n = text.count
    guard i < n else { return 0 }
    let u = text[i]
    if u == 0x2D || u == 0x2A || u == 0x2022 || u == 0x00B7 || u == 0x2013 || u == 0x25AA || u == 0x25CF {
      return i + 1 < n && (text[i + 1] == 0x20 || text[i + 1] == 0x09) ? 2 : 0
    }
    var j = i
    while j < n && j - i < 3 && text[j] >= 0x30 && text[j] <= 0x39 { j += 1 }
    if j == i, u < 0x80, (u | 0x20) >= 0x61, (u | 0x20) <= 0x7A { j = i + 1 }  // a) b)
    guard j > i, j + 1 < n else { return 0 }
    let digits = text[i] >= 0x30 && text[i] <= 0x39
    if (text[j] == 0x29 || (digits && text[j] == 0x2E)) && (text[j + 1] == 0x20 || text[j + 1] == 0x09) {
      return j + 2 - i
    }
    return 0
  }
}
