import ArgumentParser

/// notesum's exit codes (documented in README.md).
enum Exit {
  /// Success.
  static let ok: Int32 = 0
  /// An escalation at or above `--fail-on LEVEL`.
  static let escalation: Int32 = 2
  /// At least one output was blocked by a guardrail.
  static let blocked: Int32 = 3
  /// `guard --fail-on-violation` found violations.
  static let violations: Int32 = 4
  /// `eval --require` gate failed.
  static let gateFailed: Int32 = 5
  /// `rules check`: an example failed.
  static let exampleFailed: Int32 = 6
  /// Usage error (ArgumentParser's validation exit code).
  static let usage: Int32 = 64
  /// Invalid input data: not UTF-8, over the size limit, malformed record in a single-note input.
  static let invalidInput: Int32 = 65
  /// An input file cannot be opened or read.
  static let unreadableInput: Int32 = 66
  /// An internal error.
  static let internalError: Int32 = 70
  /// Output could not be written.
  static let outputError: Int32 = 74
  /// The rule set failed to load or validate.
  static let ruleSetError: Int32 = 78
}

func fail(_ code: Int32) -> ExitCode { ExitCode(code) }
