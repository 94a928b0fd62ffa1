/// Where a document's anchor words stand, for regexes with anchors (`RegexAnchor`): every token and every word inside a
/// token (`Subword`), so that no place where a regex could see the anchor word is missed.
struct AnchorIndex {
  let tokens: UnsafeBufferPointer<Token>
  let subwords: [Subword]

  /// True when any of `ids` occurs.
  func contains(any ids: [Int32]) -> Bool {
    for t in tokens where ids.contains(t.id) { return true }
    for w in subwords where ids.contains(w.id) { return true }
    return false
  }

  /// Start offsets of the occurrences of `ids` in `[from, to)`, ascending.
  func starts(of ids: [Int32], from: Int, to: Int) -> [Int] {
    var out: [Int] = []
    for t in tokens where Int(t.start) >= from && Int(t.start) < to && ids.contains(t.id) { out.append(Int(t.start)) }
    var extra = false
    for w in subwords where Int(w.start) >= from && Int(w.start) < to && ids.contains(w.id) {
      out.append(Int(w.start))
      extra = true
    }
    if extra { out = Array(Set(out)).sorted() }
    return out
  }
}
