import Yams

/// Reads one rule file's YAML tree into values, collecting a diagnostic with `file:line:column` for every
/// problem instead of stopping at the first.
struct YAMLReader {
  let file: String
  var diagnostics: [Diagnostic] = []
  /// Nodes visited so far; bounds the work a hostile file (alias bombs, huge nesting) can cause.
  private var budget = 2_000_000

  init(file: String) { self.file = file }

  func location(_ node: Node?) -> SourceLocation {
    let mark = node?.mark
    return SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
  }

  mutating func error(_ message: String, _ node: Node?, rule: String? = nil) {
    diagnostics.append(Diagnostic(.error, message, at: location(node), rule: rule))
  }

  mutating func spend() -> Bool {
    budget -= 1
    if budget == 0 { diagnostics.append(Diagnostic(.error, "file is too large or too deeply aliased; rule files are limited to 2,000,000 YAML nodes", at: location(nil))) }
    return budget > 0
  }

  /// The keys and values of a mapping, reporting unknown keys and a wrong type.
  mutating func mapping(
    _ node: Node, allowed: Set<String>, rule: String? = nil, what: String
  ) -> [String: Node]? {
    guard spend() else { return nil }
    guard case .mapping(let m) = node else {
      error("\(what) must be a mapping", node, rule: rule)
      return nil
    }
    var out: [String: Node] = [:]
    var rule = rule
    if rule == nil, let idNode = m["id"], case .scalar(let s) = idNode { rule = s.string }
    for (k, v) in m {
      guard let key = k.string else {
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

  mutating func sequence(_ node: Node, rule: String?, what: String) -> [Node]? {
    guard spend() else { return nil }
    guard case .sequence(let s) = node else {
      error("\(what) must be a list", node, rule: rule)
      return nil
    }
    return Array(s)
  }

  mutating func string(_ node: Node?, rule: String?, what: String) -> String? {
    guard let node else { return nil }
    guard spend() else { return nil }
    guard case .scalar(let s) = node else {
      error("\(what) must be a string", node, rule: rule)
      return nil
    }
    return s.string
  }

  /// A string or a list of strings.
  mutating func strings(_ node: Node?, rule: String?, what: String) -> [String]? {
    guard let node else { return nil }
    guard spend() else { return nil }
    switch node {
    case .scalar(let s): return [s.string]
    case .sequence(let seq):
      var out: [String] = []
      for item in seq {
        guard spend() else { return nil }
        if case .scalar(let s) = item { out.append(s.string) } else { error("\(what) must be a list of strings", item, rule: rule) }
      }
      return out
    default:
      error("\(what) must be a string or a list of strings", node, rule: rule)
      return nil
    }
  }

  mutating func number(_ node: Node?, rule: String?, what: String) -> Double? {
    guard let node else { return nil }
    guard spend() else { return nil }
    guard case .scalar(let s) = node, let v = Double(s.string), v.isFinite else {
      error("\(what) must be a number", node, rule: rule)
      return nil
    }
    return v
  }

  mutating func integer(_ node: Node?, rule: String?, what: String) -> Int? {
    guard let node else { return nil }
    guard case .scalar(let s) = node, let v = Int(s.string) else {
      error("\(what) must be a whole number", node, rule: rule)
      return nil
    }
    return v
  }

  mutating func bool(_ node: Node?, rule: String?, what: String) -> Bool? {
    guard let node else { return nil }
    guard case .scalar(let s) = node else {
      error("\(what) must be true or false", node, rule: rule)
      return nil
    }
    switch s.string.lowercased() {
    case "true", "yes": return true
    case "false", "no": return false
    default:
      error("\(what) must be true or false", node, rule: rule)
      return nil
    }
  }

  /// A value from a fixed set of words.
  mutating func word<T: RawRepresentable>(_ node: Node?, as: T.Type, rule: String?, what: String) -> T?
  where T.RawValue == String {
    guard let raw = string(node, rule: rule, what: what) else { return nil }
    if let v = T(rawValue: raw) { return v }
    error("'\(raw)' is not a valid \(what)", node, rule: rule)
    return nil
  }

  /// Examples: a mapping from kind to a list of strings, each remembering its location.
  mutating func examples(_ node: Node?, kinds: Set<String>, rule: String) -> [RuleExample] {
    guard let node, let m = mapping(node, allowed: kinds, rule: rule, what: "examples") else { return [] }
    var out: [RuleExample] = []
    for kind in m.keys.sorted() {
      guard let list = m[kind] else { continue }
      let items: [Node]
      if case .sequence(let s) = list { items = Array(s) } else { items = [list] }
      for item in items {
        guard let text = string(item, rule: rule, what: "example") else { continue }
        out.append(RuleExample(kind: kind, text: text, location: location(item)))
      }
    }
    return out.sorted { $0.location < $1.location }
  }
}
