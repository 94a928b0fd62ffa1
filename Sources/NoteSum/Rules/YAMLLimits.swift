import CYaml

/// Limits on how much work one rule file may cause, counted over libyaml's event stream as the tree is composed.
///
/// An alias refers to the anchored node without copying it, so a "billion laughs" file stays small in memory, but
/// anything that walks the tree walks every expansion: the duplicate-key check compares mapping keys (an aliased
/// collection as a key in full), and the rule reader and compiler read every aliased scalar again. `Counter` counts what
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

  /// Counts what a file expands to, one libyaml event at a time (`YAMLComposer` feeds it every event, before it
  /// builds anything from the event).
  struct Counter {
    // Expanded sizes of each anchor seen so far (the latest definition wins, as in YAML).
    private var anchorNodes: [String: Int] = [:]
    private var anchorBytes: [String: Int] = [:]
    // Open collections: their anchor and what they have expanded to so far.
    private var stack: [(anchor: String?, nodes: Int, bytes: Int)] = [(nil, 0, 0)]
    private var totalNodes = 0, totalBytes = 0
    private var stopped = false

    /// Counts one event; returns the violation when this event crosses a limit.
    mutating func record(_ event: UnsafePointer<yaml_event_t>) -> Violation? {
      guard !stopped else { return nil }
      let mark = event.pointee.start_mark
      switch event.pointee.type {
      case YAML_SCALAR_EVENT:
        let length = Int(event.pointee.data.scalar.length)
        add(1, length)
        if let a = name(event.pointee.data.scalar.anchor) {
          anchorNodes[a] = 1
          anchorBytes[a] = length
        }
      case YAML_ALIAS_EVENT:
        if let a = name(event.pointee.data.alias.anchor) { add(anchorNodes[a] ?? 1, anchorBytes[a] ?? 0) } else { add(1, 0) }
      case YAML_SEQUENCE_START_EVENT:
        stack.append((name(event.pointee.data.sequence_start.anchor), 1, 0))
      case YAML_MAPPING_START_EVENT:
        stack.append((name(event.pointee.data.mapping_start.anchor), 1, 0))
      case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
        guard stack.count > 1 else {
          stopped = true
          return nil
        }
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
      return nil
    }

    private mutating func add(_ nodes: Int, _ bytes: Int) {
      stack[stack.count - 1].nodes = min(stack[stack.count - 1].nodes + nodes, maxExpandedNodes + 1)
      stack[stack.count - 1].bytes = min(stack[stack.count - 1].bytes + bytes, maxExpandedScalarBytes + 1)
      totalNodes = min(totalNodes + nodes, maxExpandedNodes + 1)
      totalBytes = min(totalBytes + bytes, maxExpandedScalarBytes + 1)
    }
  }

  static func name(_ p: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    guard let p else { return nil }
    return String(cString: p)
  }
}
