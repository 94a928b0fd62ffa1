/// Where a document's anchor words stand, for regexes with anchors (`RegexAnchor`): every token and every word inside a
/// token (`Subword`), so that no place where a regex could see the anchor word is missed. Built once per document for
/// the anchor ids of interest.
struct AnchorIndex {
  /// Start offsets, ascending, of each wanted id that occurs.
  private var starts: [Int32: [Int]] = [:]

  init(tokens: UnsafeBufferPointer<Token>, subwords: [Subword], wanted: [Int32]) {
    guard let maxID = wanted.max(), maxID >= 0 else { return }
    // Membership by bit (ids are small vocabulary indexes): `wanted.contains` per token was a linear scan.
    var bits = [UInt64](repeating: 0, count: Int(maxID) / 64 + 1)
    for id in wanted where id >= 0 { bits[Int(id) >> 6] |= 1 << UInt64(id & 63) }
    func isWanted(_ id: Int32) -> Bool {
      id >= 0 && id <= maxID && bits[Int(id) >> 6] & (1 << UInt64(id & 63)) != 0
    }
    for t in tokens where isWanted(t.id) { starts[t.id, default: []].append(Int(t.start)) }
    guard !subwords.isEmpty else { return }
    var extra = Set<Int32>()
    for w in subwords where isWanted(w.id) {
      starts[w.id, default: []].append(Int(w.start))
      extra.insert(w.id)
    }
    for id in extra { starts[id] = Array(Set(starts[id]!)).sorted() }
  }

  /// True when any of `ids` occurs.
  func contains(any ids: [Int32]) -> Bool { ids.contains { starts[$0] != nil } }

  /// Start offsets of the occurrences of `ids` in `[from, to)`, ascending.
  func starts(of ids: [Int32], from: Int, to: Int) -> [Int] {
    var out: [Int] = []
    for id in ids {
      guard let list = starts[id] else { continue }
      var lo = 0, hi = list.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if list[mid] < from { lo = mid + 1 } else { hi = mid }
      }
      while lo < list.count && list[lo] < to {
        out.append(list[lo])
        lo += 1
      }
    }
    if ids.count > 1 { out = Array(Set(out)).sorted() }
    return out
  }
}
