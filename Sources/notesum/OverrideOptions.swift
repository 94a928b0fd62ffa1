import ArgumentParser
import NoteSum

/// `--override RULE_ID="reason"` (repeatable), checked against the rule set before any note is read.
struct OverrideOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("Suppress one escalation or banned-output rule for this run, with a reason (repeatable).", valueName: "RULE_ID=reason"))
  var override: [String] = []

  func validate() throws { _ = try parsed() }

  /// The overrides as written.
  func parsed() throws -> [RuleOverride] {
    try override.map { raw in
      guard let eq = raw.firstIndex(of: "=") else { throw ValidationError("--override takes RULE_ID=\"reason\"") }
      return RuleOverride(rule: String(raw[..<eq]), reason: String(raw[raw.index(after: eq)...]))
    }
  }

  /// The overrides, refused (exit 64) when a rule is unknown or marked `overridable: false`.
  func validated(for engine: Engine) throws -> [RuleOverride] {
    let overrides = try parsed()
    do { try engine.validate(overrides: overrides) } catch {
      Console.err("notesum: override refused: \(error.description)")
      throw fail(Exit.usage)
    }
    return overrides
  }
}
