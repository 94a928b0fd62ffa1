/// A node of a `YAMLTree`: an index into its arrays. An alias is the node it refers to (no copy).
struct YAMLNode: Hashable, Sendable {
  let index: Int32
}

/// One composed YAML document, stored flat: one entry per node, every scalar's text, and the children of every
/// collection (a mapping's children alternate key, value). Built by `YAMLComposer`, read by `YAMLReader`.
struct YAMLTree: Sendable {
  enum Kind: UInt8, Sendable { case scalar, sequence, mapping }

  struct Entry: Sendable {
    var kind: Kind
    /// 1-based, as libyaml's start mark plus one (columns count characters).
    var line: Int32, column: Int32
    /// A scalar's index in `strings`; a collection's first index in `children`.
    var start: Int32
    /// A collection's number of children (twice the pairs of a mapping).
    var count: Int32
  }

  var entries: [Entry] = []
  var strings: [String] = []
  var children: [YAMLNode] = []
  /// Explicit tags other than the default for the node's kind (`!!int 5`, `!custom [a]`), by node index.
  var tags: [Int32: String] = [:]
  var root = YAMLNode(index: 0)

  func kind(_ node: YAMLNode) -> Kind { entries[Int(node.index)].kind }

  func line(_ node: YAMLNode) -> Int { Int(entries[Int(node.index)].line) }

  func column(_ node: YAMLNode) -> Int { Int(entries[Int(node.index)].column) }

  /// The text of a scalar; nil for a collection.
  func scalar(_ node: YAMLNode) -> String? {
    let e = entries[Int(node.index)]
    return e.kind == .scalar ? strings[Int(e.start)] : nil
  }

  /// The items of a sequence; nil for anything else.
  func items(_ node: YAMLNode) -> ArraySlice<YAMLNode>? {
    let e = entries[Int(node.index)]
    guard e.kind == .sequence else { return nil }
    return children[Int(e.start)..<Int(e.start + e.count)]
  }

  /// The keys and values of a mapping, alternating, in file order; nil for anything else.
  func pairs(_ node: YAMLNode) -> ArraySlice<YAMLNode>? {
    let e = entries[Int(node.index)]
    guard e.kind == .mapping else { return nil }
    return children[Int(e.start)..<Int(e.start + e.count)]
  }

  /// The value of the last plain-string key `key` of a mapping (as Yams' `mapping[key]` finds it).
  func value(_ mapping: YAMLNode, forKey key: String) -> YAMLNode? {
    guard let p = pairs(mapping) else { return nil }
    var i = p.endIndex - 2
    while i >= p.startIndex {
      if scalar(p[i]) == key && tags[p[i].index] == nil { return p[i + 1] }
      i -= 2
    }
    return nil
  }
}
