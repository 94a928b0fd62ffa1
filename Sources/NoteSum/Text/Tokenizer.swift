import ICUText

/// Splits a document into word, number and punctuation tokens with ICU word breaks, and gives each token the
/// vocabulary id of its case-folded form.
enum Tokenizer {
  static func tokenize(_ doc: Document, vocabulary: Vocabulary, workspace ws: TextWorkspace) -> [Token] {
    // The workspace's buffers are moved into locals for the loop: touching a class's arrays per token costs a
    // dynamic exclusivity check each time.
    var tokens = take(&ws.tokens)
    var subwords = take(&ws.subwords)
    var fold = take(&ws.fold)
    var ends = take(&ws.boundaryEnds)
    var statuses = take(&ws.boundaryStatuses)
    tokens.reserveCapacity(doc.utf16.count / 4)
    doc.utf16.withUnsafeBufferPointer { text in
      ws.words.boundaries(in: text, into: &ends, statuses: &statuses)
      var start = 0
      for k in ends.indices {
        let end = Int(ends[k])
        let status = statuses[k]
        defer { start = end }
        if status == 0 {
          // Spaces and punctuation: each non-space code unit (or surrogate pair) is its own token.
          var i = start
          while i < end {
            let u = text[i]
            let width = (u >= 0xD800 && u < 0xDC00 && i + 1 < end) ? 2 : 1
            if !isSpace(u) {
              let id = lookup(text, i, i + width, vocabulary, &fold)
              tokens.append(Token(start: Int32(i), end: Int32(i + width), id: id, kind: .punctuation))
            }
            i += width
          }
          continue
        }
        let kind: Token.Kind = status < BreakIterator.wordLetterStatus ? .number : .word
        let id = lookup(text, start, end, vocabulary, &fold)
        tokens.append(Token(start: Int32(start), end: Int32(end), id: id, kind: kind))
        addSubwords(text, start, end, vocabulary, &subwords, &fold)
      }
    }
    ws.tokens = tokens
    ws.subwords = subwords
    ws.fold = fold
    ws.boundaryEnds = ends
    ws.boundaryStatuses = statuses
    return tokens
  }

  /// Moves a workspace buffer out (emptied, capacity kept), leaving an empty one behind.
  @inline(__always) private static func take<T>(_ buffer: inout [T]) -> [T] {
    var out: [T] = []
    swap(&out, &buffer)
    out.removeAll(keepingCapacity: true)
    return out
  }

  /// Records the alphanumeric runs of a token that has punctuation inside it ("MI's" gives "MI" and "s").
  @inline(__always)
  private static func addSubwords(
    _ text: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int, _ vocabulary: Vocabulary,
    _ subwords: inout [Subword], _ fold: inout [UInt16]
  ) {
    var inner = false
    for i in start..<end where !isWordUnit(text[i]) { inner = true; break }
    guard inner else { return }
    var i = start
    while i < end {
      while i < end && !isWordUnit(text[i]) { i += 1 }
      let runStart = i
      while i < end && isWordUnit(text[i]) { i += 1 }
      if i > runStart {
        subwords.append(Subword(start: Int32(runStart), id: lookup(text, runStart, i, vocabulary, &fold)))
      }
    }
  }

  /// Letters, digits and anything outside ASCII (accents, combining marks, other scripts) count as word units.
  @inline(__always) private static func isWordUnit(_ u: UInt16) -> Bool {
    u >= 0x80 || (u >= 0x30 && u <= 0x39) || ((u | 0x20) >= 0x61 && (u | 0x20) <= 0x7A)
  }

  @inline(__always)
  static func lookup(
    _ text: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int, _ vocabulary: Vocabulary, _ fold: inout [UInt16]
  ) -> Int32 {
    let word = UnsafeBufferPointer(rebasing: text[start..<end])
    var bits: UInt16 = 0
    for u in word { bits |= u }
    if bits < 0x80 { return vocabulary.lookup(asciiUnfolded: word) }
    fold.removeAll(keepingCapacity: true)
    CaseFolding.fold(word, into: &fold)
    return fold.withUnsafeBufferPointer { vocabulary.lookup($0) } ?? Vocabulary.unknown
  }

  /// Tokenizes a phrase from a rule file into folded words, the same way notes are tokenized.
  static func phraseWords(_ phrase: String, workspace ws: TextWorkspace) -> [[UInt16]] {
    let units = Array(phrase.utf16)
    var words: [[UInt16]] = []
    units.withUnsafeBufferPointer { text in
      var start = 0
      ws.words.forEachBoundary(in: text) { end, status in
        defer { start = end }
        var i = start
        if status == 0 {
          while i < end {
            if !isSpace(text[i]) {
              var f: [UInt16] = []
              CaseFolding.fold(UnsafeBufferPointer(rebasing: text[i..<i + 1]), into: &f)
              words.append(f)
            }
            i += 1
          }
          return
        }
        var f: [UInt16] = []
        CaseFolding.fold(UnsafeBufferPointer(rebasing: text[start..<end]), into: &f)
        words.append(f)
      }
    }
    return words
  }

  @inline(__always) static func isSpace(_ u: UInt16) -> Bool {
    u == 0x20 || (u >= 0x09 && u <= 0x0D) || u == 0xA0 || u == 0x2028 || u == 0x2029 || u == 0x3000
      || (u >= 0x2000 && u <= 0x200A) || u == 0x85 || u == 0x202F || u == 0x205F || u == 0x1680 || u == 0xFEFF
      || u == 0
  }
}
