/// Multi-word phrases over vocabulary ids, matched longest-first at each token.
struct PhraseTrie: Sendable {
  private var edges: [UInt64: Int32] = [:]
  /// The same edges in an open-addressing table with a cheap multiplicative hash, built by `finalize()`: lookups are
  /// on the hot path (several tries probe every token), where `Dictionary`'s seeded hashing shows up in profiles.
  private var tableKeys: [UInt64] = []
  private var tableValues: [Int32] = []
  private var tableShift: UInt64 = 64
  /// Children of the root by word id (-1: none), built by `finalize()`: most tokens start no phrase, and this
  /// answers them with one load.
  private var rootChildren: [Int32] = []
  private var payloads: [[Int32]] = [[]]
  private(set) var isEmpty = true

  /// Adds a phrase (a sequence of vocabulary ids) with a payload (a rule index).
  mutating func insert(_ ids: [Int32], payload: Int32) {
    guard !ids.isEmpty else { return }
    var node: Int32 = 0
    for id in ids {
      let key = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: id))
      if let next = edges[key] {
        node = next
      } else {
        let next = Int32(payloads.count)
        payloads.append([])
        edges[key] = next
        node = next
      }
    }
    if !payloads[Int(node)].contains(payload) { payloads[Int(node)].append(payload) }
    isEmpty = false
    tableKeys = []  // stale until the next finalize()
    rootChildren = []
  }

  /// Builds the lookup table; call once after the last `insert`.
  mutating func finalize() {
    var capacity = 16
    while capacity < edges.count * 2 + 2 { capacity <<= 1 }
    tableKeys = [UInt64](repeating: .max, count: capacity)
    tableValues = [Int32](repeating: 0, count: capacity)
    tableShift = UInt64(64 - capacity.trailingZeroBitCount)
    let mask = capacity - 1
    var maxRootID: Int32 = -1
    for key in edges.keys where key >> 32 == 0 { maxRootID = max(maxRootID, Int32(truncatingIfNeeded: key)) }
    rootChildren = [Int32](repeating: -1, count: Int(maxRootID) + 1)
    for (key, value) in edges {
      if key >> 32 == 0 { rootChildren[Int(UInt32(truncatingIfNeeded: key))] = value }
      var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> tableShift)
      while tableKeys[slot] != .max { slot = (slot + 1) & mask }
      tableKeys[slot] = key
      tableValues[slot] = value
    }
  }

  /// The child of an edge, or nil.
  @inline(__always) private func child(_ key: UInt64) -> Int32? {
    if tableKeys.isEmpty { return edges[key] }
    let mask = tableKeys.count - 1
    var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> tableShift)
    while true {
      let k = tableKeys[slot]
      if k == key { return tableValues[slot] }
      if k == .max { return nil }
      slot = (slot + 1) & mask
    }
  }

  /// The longest phrase starting at token `start` (not going past `limit`): its end token index and payloads.
  @inline(__always)
  func longestMatch(_ tokens: UnsafeBufferPointer<Token>, at start: Int, limit: Int) -> (end: Int, payloads: [Int32])? {
    var node: Int32 = 0
    var best: (Int, Int32)? = nil
    var i = start
    if !rootChildren.isEmpty {
      // Finalized: the first step by direct index.
      guard i < limit else { return nil }
      let id = tokens[i].id
      guard id >= 0, Int(id) < rootChildren.count, rootChildren[Int(id)] >= 0 else { return nil }
      node = rootChildren[Int(id)]
      i += 1
      if !payloads[Int(node)].isEmpty { best = (i, node) }
    }
    while i < limit {
      let id = tokens[i].id
      if id < 0 { break }
      let key = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: id))
      guard let next = child(key) else { break }
      node = next
      i += 1
      if !payloads[Int(node)].isEmpty { best = (i, node) }
    }
    guard let best else { return nil }
    return (best.0, payloads[Int(best.1)])
  }

  /// Non-overlapping matches in `[from, to)`, longest first: the longest phrase anywhere wins, then the next longest
  /// that does not overlap it, and so on; equal lengths go to the leftmost. So "plan to kill herself" beats
  /// "a plan to", and "no increase" (a pseudo-cue) beats "no". Reported in text order.
  func matches(_ tokens: UnsafeBufferPointer<Token>, from: Int, to: Int, _ body: (Int, Int, [Int32]) -> Void) {
    guard !isEmpty, from < to else { return }
    var candidates: [(start: Int, end: Int, payloads: [Int32])] = []
    for i in from..<to where tokens[i].id >= 0 {
      if let m = longestMatch(tokens, at: i, limit: to) { candidates.append((i, m.end, m.payloads)) }
    }
    guard !candidates.isEmpty else { return }
    if candidates.count == 1 {
      body(candidates[0].start, candidates[0].end, candidates[0].payloads)
      return
    }
    let order = candidates.indices.sorted {
      let a = candidates[$0], b = candidates[$1]
      return (a.end - a.start, b.start) > (b.end - b.start, a.start)
    }
    var taken: [Range<Int>] = []
    var chosen: [Int] = []
    for k in order {
      let c = candidates[k]
      if taken.contains(where: { $0.lowerBound < c.end && c.start < $0.upperBound }) { continue }
      taken.append(c.start..<c.end)
      chosen.append(k)
    }
    for k in chosen.sorted() { body(candidates[k].start, candidates[k].end, candidates[k].payloads) }
  }
}
