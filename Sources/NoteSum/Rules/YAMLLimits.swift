import CYaml

/// Limits on how much work one rule file may cause, checked over libyaml's event stream before Yams builds a tree.
///
/// Yams resolves an alias to the anchored node without copying it, so a "billion laughs" file stays small in memory,
/// but anything that walks the tree walks every expansion: Yams itself hashes mapping keys (an aliased collection as a
/// key is hashed in full), and the rule reader and compiler read every aliased scalar again. This scan counts what
/// the file expands to (nodes and scalar bytes, each alias counted at its anchor's expanded size) and refuses a file
/// over either limit, in time linear in the file. Nesting depth is limited by libyaml itself (1000 levels).
enum YAMLLimits {
  /// Most YAML nodes a rule file may expand to, aliases counted at their full size (the reader's node budget).
  static let maxExpandedNodes = 2_000_000
  /// Most scalar bytes a rule file may expand to, aliases counted at their full size.
  static let maxExpandedScalarBytes = 32 << 20
  /// Deepest nesting libyaml accepts.
  static let maxNestingLevel = 1000

  /// Why a file was refused, with the 1-based line and column where the limit was crossed.
  struct Violation: Error, Equatable {
    var message: String
    var line: Int, column: Int
  }

  /// Scans `bytes` (UTF-8 YAML). Returns nil when the file is within the limits or is not valid YAML (the parser
  /// that follows reports syntax errors with their location).
  static func check(_ bytes: [UInt8]) -> Violation? {
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else { return nil }
    defer { yaml_parser_delete(&parser) }
    return bytes.withUnsafeBufferPointer { buf -> Violation? in
      yaml_parser_set_input_string(&parser, buf.baseAddress, buf.count)
      // Expanded sizes of each anchor seen so far (the latest definition wins, as in YAML).
      var anchorNodes: [String: Int] = [:]
      var anchorBytes: [String: Int] = [:]
      // Open collections: their anchor and what they have expanded to so far.
      var stack: [(anchor: String?, nodes: Int, bytes: Int)] = [(nil, 0, 0)]
      var totalNodes = 0, totalBytes = 0
      func add(_ nodes: Int, _ bytes: Int) {
        stack[stack.count - 1].nodes = min(stack[stack.count - 1].nodes + nodes, maxExpandedNodes + 1)
        stack[stack.count - 1].bytes = min(stack[stack.count - 1].bytes + bytes, maxExpandedScalarBytes + 1)
        totalNodes = min(totalNodes + nodes, maxExpandedNodes + 1)
        totalBytes = min(totalBytes + bytes, maxExpandedScalarBytes + 1)
      }
      while true {
        var event = yaml_event_t()
        guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
        defer { yaml_event_delete(&event) }
        let mark = event.start_mark
        switch event.type {
        case YAML_STREAM_END_EVENT:
          return nil
        case YAML_SCALAR_EVENT:
          let length = Int(event.data.scalar.length)
          add(1, length)
          if let a = name(event.data.scalar.anchor) {
            anchorNodes[a] = 1
            anchorBytes[a] = length
          }
        case YAML_ALIAS_EVENT:
          if let a = name(event.data.alias.anchor) { add(anchorNodes[a] ?? 1, anchorBytes[a] ?? 0) } else { add(1, 0) }
        case YAML_SEQUENCE_START_EVENT:
          stack.append((name(event.data.sequence_start.anchor), 1, 0))
        case YAML_MAPPING_START_EVENT:
          stack.append((name(event.data.mapping_start.anchor), 1, 0))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
          guard stack.count > 1 else { return nil }
          let done = stack.removeLast()
          if let a = done.anchor {
            anchorNodes[a] = done.nodes
            anchorBytes[a] = done.bytes
          }
          // The collection's own node was counted when it opened; hand its size up without counting it twice.
          stack[stack.count - 1].nodes = min(stack[stack.count - 1].nodes + done.nodes, maxExpandedNodes + 1)
          stack[stack.count - 1].bytes = min(stack[stack.count - 1].bytes + done.bytes, maxExpandedScalarBytes + 1)
          totalNodes = min(totalNodes + 1, maxExpandedNodes + 1)
        default:
          break
        }
        if totalNodes > maxExpandedNodes {
          return Violation(
            message: "YAML aliases expand to more than \(maxExpandedNodes) nodes (an alias bomb?); rule files are limited to \(maxExpandedNodes) expanded nodes",
            line: Int(mark.line) + 1, column: Int(mark.column) + 1)
        }
        if totalBytes > maxExpandedScalarBytes {
          return Violation(
            message: "YAML aliases expand to more than \(maxExpandedScalarBytes >> 20) MiB of text (an alias bomb?); rule files are limited to \(maxExpandedScalarBytes >> 20) MiB of expanded text",
            line: Int(mark.line) + 1, column: Int(mark.column) + 1)
        }
      }
    }
  }

  private static func name(_ p: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    guard let p else { return nil }
    return String(cString: p)
  }
}
