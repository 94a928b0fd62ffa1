@_implementationOnly import CICU

/// An ICU failure, with ICU's own error name (for example `U_REGEX_RULE_SYNTAX`).
public struct ICUError: Error, Sendable, CustomStringConvertible {
  /// ICU's name for the error code.
  public let name: String
  /// For pattern errors: the 1-based line and 0-based offset within the pattern where ICU stopped.
  public let line: Int?, offset: Int?

  init(_ code: UErrorCode, line: Int? = nil, offset: Int? = nil) {
    self.name = String(cString: cicu_u_errorName(code))
    self.line = line
    self.offset = offset
  }

  public var description: String { name }
}

@inline(__always) func failed(_ status: UErrorCode) -> Bool { status.rawValue > U_ZERO_ERROR.rawValue }
