/// Reads one rule file's YAML tree into values, collecting a diagnostic with `file:line:column` for every
/// problem instead of stopping at the first.
struct YAMLReader {
  let file: String
  let tree: YAMLTree
  var diagnostics: [Diagnostic] = []
  /// Nodes visited so far; bounds the work a hostile file (alias bombs, huge nesting) can cause.
  private var budget = 2_000_000

  init(file: String, tree: YAMLTree = YAMLTree()) {
    self.file = file
    self.tree = tree
  }

  func location(_ node: YAMLNode?) -> SourceLocation {
    guard let node else { return SourceLocation(file: file, line: 1, column: 1) }
    return SourceLocation(file: file, line: tree.line(node), column: tree.column(node))
  }

  mutating func error(_ message: String, _ node: YAMLNode?, rule: String? = nil) {
    diagnostics.append(Diagnostic(.error, message, at: location(node), rule: rule))
  }

  mutating func spend() -> Bool {
    budget -= 1
    if budget == 0 { diagnostics.append(Diagnostic(.error, "file is too large or too deeply aliased; rule files are limited to 2,000,000 YAML nodes", at: location(nil))) }
    return budget > 0
  }

  /// The keys and values of a mapping, reporting unknown keys and a wrong type.
  mutating func mapping(
    _ node: YAMLNode, allowed: [String], rule: String? = nil, what: String
  ) -> YAMLFields? {
    guard spend() else { return nil }
    guard let pairs = tree.pairs(node) else {
      error("\(what) must be a mapping", node, rule: rule)
      return nil
    }
    var out = YAMLFields()
    var rule = rule
    if rule == nil, let idNode = tree.value(node, forKey: "id"), let s = tree.scalar(idNode) { rule = s }
    for i in stride(from: pairs.startIndex, to: pairs.endIndex, by: 2) {
      let k = pairs[i], v = pairs[i + 1]
      guard let key = tree.scalar(k) else {
        error("keys must be strings", k, rule: rule)
        continue
      }
      if !allowed.contains(key) {
        let hint = allowed.sorted().joined(separator: ", ")
        error("unknown key '\(key)' in \(what); expected one of: \(hint)", k, rule: rule)
        continue
      }
      if out[key] != nil { error("duplicate key '\(key)'", k, rule: rule) }
      out[key] = v
    }
    return out
  }

  mutating func sequence(_ node: YAMLNode, rule: String?, what: String) -> ArraySlice<YAMLNode>? {
    guard spend() else { return nil }
    guard let items = tree.items(node) else {
      error("\(what) must be a list", node, rule: rule)
      return nil
    }
    return items
  }

  mutating func string(_ node: YAMLNode?, rule: String?, what: String) -> String? {
    guard let node else { return nil }
    guard spend() else { return nil }
    guard let s = tree.scalar(node) else {
      error("\(what) must be a string", node, rule: rule)
      return nil
    }
    return s
  }

  /// A string or a list of strings.
  mutating func strings(_ node: YAMLNode?, rule: String?, what: String) -> [String]? {
    guard let node else { return nil }
    guard spend() else { return nil }
    if let s = tree.scalar(node) { return [s] }
    guard let seq = tree.items(node) else {
      error("\(what) must be a string or a list of strings", node, rule: rule)
      return nil
    }
    var out: [String] = []
    out.reserveCapacity(seq.count)
    for item in seq {
      guard spend() else { return nil }
      if let s = tree.scalar(item) { out.append(s) } else { error("\(what) must be a list of strings", item, rule: rule) }
    }
    return out
  }

  mutating func number(_ node: YAMLNode?, rule: String?, what: String) -> Double? {
    guard let node else { return nil }
    guard spend() else { return nil }
    guard let s = tree.scalar(node), let v = Double(s), v.isFinite else {
      error("\(what) must be a number", node, rule: rule)
      return nil
    }
    return v
  }

  mutating func integer(_ node: YAMLNode?, rule: String?, what: String) -> Int? {
    guard let node else { return nil }
    guard let s = tree.scalar(node), let v = Int(s) else {
      error("\(what) must be a whole number", node, rule: rule)
      return nil
    }
    return v
  }

  mutating func bool(_ node: YAMLNode?, rule: String?, what: String) -> Bool? {
    guard let node else { return nil }
    guard let s = tree.scalar(node) else {
      error("\(what) must be true or false", node, rule: rule)
      return nil
    }
    switch s.lowercased() {
    case "true", "yes": return true
    case "false", "no": return false
    default:
      error("\(what) must be true or false", node, rule: rule)
      return nil
    }
  }

  /// A value from a fixed set of words.
  mutating func word<T: RawRepresentable>(_ node: YAMLNode?, as: T.Type, rule: String?, what: String) -> T?
  where T.RawValue == String {
    guard let raw = string(node, rule: rule, what: what) else { return nil }
    if let v = T(rawValue: raw) { return v }
    error("'\(raw)' is not a valid \(what)", node, rule: rule)
    return nil
  }

  /// Examples: a mapping from kind to a list of strings, each remembering its location.
  mutating func examples(_ node: YAMLNode?, kinds: [String], rule: String) -> [RuleExample] {
    guard let node, let m = mapping(node, allowed: kinds, rule: rule, what: "examples") else { return [] }
    var out: [RuleExample] = []
    for kind in m.keys.sorted() {
      guard let list = m[kind] else { continue }
      for item in tree.items(list) ?? [list] {
        guard let text = string(item, rule: rule, what: "example") else { continue }
        out.append(RuleExample(kind: kind, text: text, location: location(item)))
      }
    }
    return out.sorted { $0.location < $1.location }
  }
}

/// The known keys of one mapping and their values, in file order (a handful each, so looked up by a linear scan).
struct YAMLFields {
  private var fields: [(key: String, value: YAMLNode)] = []

  /// The value of `key`, if present.
  subscript(key: String) -> YAMLNode? {
    get { fields.first { $0.key == key }?.value }
    set {
      if let i = fields.firstIndex(where: { $0.key == key }) {
        if let newValue { fields[i].value = newValue } else { fields.remove(at: i) }
      } else if let newValue {
        fields.append((key, newValue))
      }
    }
  }

  /// The keys, in file order.
  var keys: [String] { fields.map(\.key) }
}
