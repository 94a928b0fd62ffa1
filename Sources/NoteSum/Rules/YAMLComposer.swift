import CYaml

/// Composes one YAML document into a `YAMLTree` in a single pass over libyaml's events, counting `YAMLLimits` on the
/// way. It fails as Yams' `compose` with the basic resolver did (which the rule loader used before, after a separate
/// limits pass): a limit crossed before any libyaml error wins; otherwise the first, in file order, of a libyaml
/// error, an undefined alias, a duplicate key and a second document.
enum YAMLComposer {
  /// Why a file could not be composed.
  enum Failure: Error, Equatable {
    /// A libyaml scanner or parser error, or "found undefined alias" / "but found another document", at a 1-based
    /// line and column.
    case syntax(problem: String, line: Int, column: Int)
    /// Keys repeated within one mapping, named as `YAMLTree.duplicateKeys` names them.
    case duplicateKeys([String])
    /// Not readable as YAML at all (a libyaml reader or memory error).
    case unreadable
    /// An expansion limit crossed.
    case limit(YAMLLimits.Violation)
  }

  /// Composes `text`. Returns nil for a stream with no document.
  static func compose(_ text: String) throws(Failure) -> YAMLTree? {
    var text = text
    return try text.withUTF8 { bytes in Result { () throws(Failure) in try compose(bytes) } }.get()
  }

  /// Composes `bytes` (UTF-8). Returns nil for a stream with no document.
  static func compose(_ bytes: UnsafeBufferPointer<UInt8>) throws(Failure) -> YAMLTree? {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return nil }
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else { throw .unreadable }
    defer { yaml_parser_delete(&parser) }
    yaml_parser_set_input_string(&parser, base, bytes.count)
    yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
    var builder = Builder()
    var counter = YAMLLimits.Counter()
    // The first composition failure: reported at the end unless a limit is crossed first (the limits used to be
    // checked over the whole file before composing).
    var pending: Failure? = nil
    var documents = 0
    var event = yaml_event_t()
    while true {
      guard yaml_parser_parse(&parser, &event) == 1 else { throw pending ?? failure(parser) }
      defer { yaml_event_delete(&event) }
      if let v = counter.record(&event) { throw .limit(v) }
      switch event.type {
      case YAML_STREAM_END_EVENT:
        if let pending { throw pending }
        return documents == 0 ? nil : builder.tree
      case YAML_DOCUMENT_START_EVENT:
        documents += 1
        if documents == 2 && pending == nil {
          let m = event.start_mark
          pending = .syntax(problem: "but found another document", line: Int(m.line) + 1, column: Int(m.column) + 1)
        }
      case YAML_STREAM_START_EVENT, YAML_DOCUMENT_END_EVENT:
        break
      default:
        if documents == 1 && pending == nil { pending = builder.add(&event) }
      }
    }
  }

  private static func failure(_ parser: yaml_parser_t) -> Failure {
    switch parser.error {
    case YAML_SCANNER_ERROR, YAML_PARSER_ERROR, YAML_COMPOSER_ERROR:
      let mark = parser.problem_mark
      return .syntax(
        problem: parser.problem.map { String(cString: $0) } ?? "", line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    default:
      return .unreadable
    }
  }

  /// The tree under construction, from node events.
  private struct Builder {
    static let defaultTags: [YAMLTree.Kind: String] = [
      .scalar: "tag:yaml.org,2002:str", .sequence: "tag:yaml.org,2002:seq", .mapping: "tag:yaml.org,2002:map",
    ]
    var tree = YAMLTree()
    /// Open collections: the node, where its children start in `pending`, and its anchor.
    var open: [(node: YAMLNode, first: Int, anchor: String?)] = []
    /// Children of the open collections, innermost last.
    var pending: [YAMLNode] = []
    /// Anchored nodes, registered once complete (the latest definition wins).
    var anchors: [String: YAMLNode] = [:]

    mutating func add(_ event: UnsafePointer<yaml_event_t>) -> Failure? {
      let line = Int32(truncatingIfNeeded: event.pointee.start_mark.line + 1)
      let column = Int32(truncatingIfNeeded: event.pointee.start_mark.column + 1)
      switch event.pointee.type {
      case YAML_SCALAR_EVENT:
        let s = event.pointee.data.scalar
        let node = newNode(.scalar, line, column, start: Int32(tree.strings.count))
        tree.strings.append(String(decoding: UnsafeBufferPointer(start: s.value, count: s.length), as: UTF8.self))
        if s.quoted_implicit == 0 { setTag(s.tag, of: node) }
        if let a = YAMLLimits.name(s.anchor) { anchors[a] = node }
        attach(node)
      case YAML_ALIAS_EVENT:
        guard let a = YAMLLimits.name(event.pointee.data.alias.anchor), let node = anchors[a] else {
          return .syntax(problem: "found undefined alias", line: Int(line), column: Int(column))
        }
        attach(node)
      case YAML_SEQUENCE_START_EVENT:
        let s = event.pointee.data.sequence_start
        let node = newNode(.sequence, line, column, start: 0)
        if s.implicit == 0 { setTag(s.tag, of: node) }
        open.append((node, pending.count, YAMLLimits.name(s.anchor)))
      case YAML_MAPPING_START_EVENT:
        let s = event.pointee.data.mapping_start
        let node = newNode(.mapping, line, column, start: 0)
        if s.implicit == 0 { setTag(s.tag, of: node) }
        open.append((node, pending.count, YAMLLimits.name(s.anchor)))
      case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
        guard let (node, first, anchor) = open.popLast() else { return .unreadable }
        let i = Int(node.index)
        tree.entries[i].start = Int32(tree.children.count)
        tree.entries[i].count = Int32(pending.count - first)
        tree.children.append(contentsOf: pending[first...])
        pending.removeSubrange(first...)
        if tree.entries[i].kind == .mapping {
          let duplicates = tree.duplicateKeys(of: node)
          if !duplicates.isEmpty { return .duplicateKeys(duplicates) }
        }
        if let anchor { anchors[anchor] = node }
        attach(node)
      default:
        break
      }
      return nil
    }

    private mutating func newNode(_ kind: YAMLTree.Kind, _ line: Int32, _ column: Int32, start: Int32) -> YAMLNode {
      tree.entries.append(YAMLTree.Entry(kind: kind, line: line, column: column, start: start, count: 0))
      return YAMLNode(index: Int32(tree.entries.count - 1))
    }

    /// Records an explicit tag unless it is the non-specific `!` or the default for the node's kind.
    private mutating func setTag(_ tag: UnsafeMutablePointer<yaml_char_t>?, of node: YAMLNode) {
      guard let name = YAMLLimits.name(tag), name != "!", name != Builder.defaultTags[tree.kind(node)] else { return }
      tree.tags[node.index] = name
    }

    private mutating func attach(_ node: YAMLNode) {
      if open.isEmpty { tree.root = node } else { pending.append(node) }
    }
  }
}
