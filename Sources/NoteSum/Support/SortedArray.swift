/// Small helpers for arrays kept in sorted order (offsets, ids), used on hot paths instead of sets.
extension Array {
  /// The index of the first element for which `isBelow` is false, by binary search; the array must be partitioned
  /// (every element below comes first). `count` when every element is below.
  func lowerBound(_ isBelow: (Element) -> Bool) -> Int {
    var lo = 0, hi = count
    while lo < hi {
      let mid = (lo + hi) / 2
      if isBelow(self[mid]) { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }

  /// Removes each element that `same` reports equal to the element kept before it (in place, order kept): on a
  /// sorted array this leaves one of each value, without hashing.
  mutating func removeAdjacentRepeats(_ same: (Element, Element) -> Bool) {
    guard count > 1 else { return }
    var kept = 1
    for k in 1..<count where !same(self[k], self[kept - 1]) {
      self[kept] = self[k]
      kept += 1
    }
    removeLast(count - kept)
  }
}
