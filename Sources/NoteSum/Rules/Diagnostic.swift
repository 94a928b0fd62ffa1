/// A 1-based position in a rule file or input (columns count Unicode scalars).
public struct SourceLocation: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  /// The file path as given.
  public var file: String
  /// 1-based line.
  public var line: Int
  /// 1-based column.
  public var column: Int

  /// A position in `file`.
  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  public var description: String { "\(file):\(line):\(column)" }
  public static func < (a: Self, b: Self) -> Bool { (a.file, a.line, a.column) < (b.file, b.line, b.column) }
}

/// A problem found in a rule file or an input, printed as
/// `Rules/default/escalation.yaml:42:7: error: [esc.acs] unknown concept 'chest_pian'`.
/// Messages never quote patient text.
public struct Diagnostic: Error, Sendable, Hashable, Codable, CustomStringConvertible {
  /// How serious the problem is.
  public enum Severity: String, Sendable, Codable { case note, warning, error }
  /// How serious the problem is.
  public var severity: Severity
  /// Where it is, when known.
  public var location: SourceLocation?
  /// The rule it concerns, when known.
  public var ruleID: String?
  /// What is wrong, and what to do.
  public var message: String

  /// A diagnostic.
  public init(_ severity: Severity, _ message: String, at location: SourceLocation? = nil, rule ruleID: String? = nil) {
    self.severity = severity
    self.location = location
    self.ruleID = ruleID
    self.message = message
  }

  public var description: String {
    "\(location.map { "\($0): " } ?? "")\(severity.rawValue): \(ruleID.map { "[\($0)] " } ?? "")\(message)"
  }
}

/// A rule set could not be loaded; `diagnostics` says every reason found.
public struct RuleSetError: Error, Sendable, CustomStringConvertible {
  /// Every problem found, errors and warnings, in file order.
  public var diagnostics: [Diagnostic]
  public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
