/// Multi-word phrases over vocabulary ids, matched longest-first at each token.
struct PhraseTrie: Sendable {
  private var edges: [UInt64: Int32] = [:]
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
  }

  /// The longest phrase starting at token `start` (not going past `limit`): its end token index and payloads.
  @inline(__always)
  func longestMatch(_ tokens: UnsafeBufferPointer<Token>, at start: Int, limit: Int) -> (end: Int, payloads: [Int32])? {
    var node: Int32 = 0
    var best: (Int, Int32)? = nil
    var i = start
    while i < limit {
      let id = tokens[i].id
      if id < 0 { break }
      let key = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: id))
      guard let next = edges[key] else { break }
      node = next
      i += 1
      if !payloads[Int(node)].isEmpty { best = (i, node) }
    }
    guard let best else { return nil }
    return (best.0, payloads[Int(best.1)])
  }

  /// Leftmost-longest, non-overlapping matches in `[from, to)`.
  func matches(_ tokens: UnsafeBufferPointer<Token>, from: Int, to: Int, _ body: (Int, Int, [Int32]) -> Void) {
    guard !isEmpty else { return }
    var i = from
    while i < to {
      if tokens[i].id >= 0, let m = longestMatch(tokens, at: i, limit: to) {
        body(i, m.end, m.payloads)
        i = m.end
      } else {
        i += 1
      }
    }
  }
}
