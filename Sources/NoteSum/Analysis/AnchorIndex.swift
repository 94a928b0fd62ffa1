/// Where a document's anchor words stand, for regexes with anchors (`RegexAnchor`): every token and every word inside a
/// token (`Subword`), so that no place where a regex could see the anchor word is missed. Built once per document for
/// the anchor ids of interest.
struct AnchorIndex {
  /// Every occurrence of a wanted id, sorted by start offset (then id), without repeats.
  private var occurrences: [(start: Int32, id: Int32)] = []
  /// Bit per vocabulary id: the id occurs.
  private var present: [UInt64] = []

  init(tokens: UnsafeBufferPointer<Token>, subwords: [Subword], wanted: [Int32]) {
    guard let maxID = wanted.max(), maxID >= 0 else { return }
    // Membership by bit (ids are small vocabulary indexes): `wanted.contains` per token was a linear scan.
    var bits = [UInt64](repeating: 0, count: Int(maxID) / 64 + 1)
    for id in wanted where id >= 0 { bits[Int(id) >> 6] |= 1 << UInt64(id & 63) }
    func isWanted(_ id: Int32) -> Bool {
      id >= 0 && id <= maxID && bits[Int(id) >> 6] & (1 << UInt64(id & 63)) != 0
    }
    present = [UInt64](repeating: 0, count: bits.count)
    for t in tokens where isWanted(t.id) {
      occurrences.append((t.start, t.id))
      present[Int(t.id) >> 6] |= 1 << UInt64(t.id & 63)
    }
    var merged = false
    for w in subwords where isWanted(w.id) {
      occurrences.append((w.start, w.id))
      present[Int(w.id) >> 6] |= 1 << UInt64(w.id & 63)
      merged = true
    }
    guard merged else { return }  // tokens alone come in text order
    occurrences.sort { ($0.start, $0.id) < ($1.start, $1.id) }
    occurrences.removeAdjacentRepeats { $0 == $1 }
  }

  /// True when any of `ids` occurs.
  func contains(any ids: [Int32]) -> Bool {
    ids.contains { id in id >= 0 && Int(id) >> 6 < present.count && present[Int(id) >> 6] & (1 << UInt64(id & 63)) != 0 }
  }

  /// Start offsets of the occurrences of `ids` in `[from, to)`, ascending, without repeats.
  func starts(of ids: [Int32], from: Int, to: Int) -> [Int] {
    var lo = occurrences.lowerBound { Int($0.start) < from }
    var out: [Int] = []
    while lo < occurrences.count && Int(occurrences[lo].start) < to {
      let o = occurrences[lo]
      if ids.contains(o.id) && out.last != Int(o.start) { out.append(Int(o.start)) }
      lo += 1
    }
    return out
  }
}
