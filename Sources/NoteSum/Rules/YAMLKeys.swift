/// Mapping-key equality, as Yams defines it for its duplicate-key check: same kind, same resolved tag, and the same
/// text or the same children in order.
extension YAMLTree {
  /// The keys occurring more than once in a mapping, each named once and sorted as Yams names them in its
  /// "duplicated keys" error (`<uncovertable>` for a collection key). Empty when all keys differ.
  func duplicateKeys(of mapping: YAMLNode) -> [String] {
    guard let p = pairs(mapping) else { return [] }
    let n = p.count / 2
    func key(_ i: Int) -> YAMLNode { p[p.startIndex + 2 * i] }
    // Indices of the first occurrence of each duplicated key.
    var firsts: [Int] = []
    if n <= 16 {
      for i in 0..<n {
        for j in 0..<i where sameKey(key(j), key(i)) {
          if !firsts.contains(j) { firsts.append(j) }
          break
        }
      }
    } else {
      var memo: [Int32: Int] = [:]
      var seen: [Int: [Int]] = [:]
      for i in 0..<n {
        let h = keyHash(key(i), &memo)
        if let j = seen[h]?.first(where: { sameKey(key($0), key(i)) }) {
          if !firsts.contains(j) { firsts.append(j) }
        } else {
          seen[h, default: []].append(i)
        }
      }
    }
    guard !firsts.isEmpty else { return [] }
    return firsts.map(key)
      .sorted { a, b in
        switch (scalar(a), scalar(b)) {
        case (let x?, let y?): x < y
        case (.some, nil): true
        default: false
        }
      }
      .map { scalar($0) ?? "<uncovertable>" }
  }

  /// Whether two keys are equal (an alias and its anchor are the same node).
  func sameKey(_ a: YAMLNode, _ b: YAMLNode) -> Bool {
    if a == b { return true }
    let ea = entries[Int(a.index)], eb = entries[Int(b.index)]
    guard ea.kind == eb.kind, tags[a.index] == tags[b.index] else { return false }
    if ea.kind == .scalar { return strings[Int(ea.start)] == strings[Int(eb.start)] }
    guard ea.count == eb.count else { return false }
    for k in 0..<Int(ea.count) where !sameKey(children[Int(ea.start) + k], children[Int(eb.start) + k]) { return false }
    return true
  }

  /// A hash consistent with `sameKey`, memoised per node so aliased collections are hashed once.
  func keyHash(_ node: YAMLNode, _ memo: inout [Int32: Int]) -> Int {
    if let h = memo[node.index] { return h }
    let e = entries[Int(node.index)]
    var hasher = Hasher()
    hasher.combine(e.kind)
    hasher.combine(tags[node.index])
    if e.kind == .scalar {
      hasher.combine(strings[Int(e.start)])
    } else {
      for k in 0..<Int(e.count) { hasher.combine(keyHash(children[Int(e.start) + k], &memo)) }
    }
    let h = hasher.finalize()
    memo[node.index] = h
    return h
  }
}
