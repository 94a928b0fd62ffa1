import ArgumentParser
import Foundation
import NoteSum

/// `notesum guard`: check text written elsewhere (an LLM's summary, say) against the guardrails and its source.
struct GuardCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "guard",
    abstract: "Check a candidate text (for example an LLM summary) against the guardrails and its source note.",
    discussion: """
      Examples:
        notesum guard --source note.txt candidate.txt
        notesum guard --input jsonl < candidates.jsonl     # {"id", "candidate", "source"?} per line
      Violations: banned (redacted, dropped or blocked), missing_disclaimer (added), omitted_red_flag, \
      negation_flip, unsupported_number. Output: the guarded text plus a JSON verdict.
      """)

  @OptionGroup var input: InputOptions
  @OptionGroup var ruleSet: RuleSetOptions
  @OptionGroup var jobs: JobsOptions

  @Option(name: .long, help: ArgumentHelp("The source note the candidate was written from.", valueName: "FILE"))
  var source: String?

  @Option(name: .long, help: "Output format: json (default), jsonl, or text (guarded text, then the verdict).")
  var format: OutputFormat?

  @Option(name: .long, help: "Who reads the output: clinician or patient (default: the rule set's audience).")
  var audience: Audience?

  @OptionGroup var overrides: OverrideOptions

  @Flag(name: .long, help: "Exit 4 when any violation is found.")
  var failOnViolation = false

  func run() throws {
    let engine = Engine(ruleSet: try ruleSet.load())
    let overrides = try self.overrides.validated(for: engine)
    let options = ProcessOptions(audience: audience, overrides: overrides)
    let checker = Guard(engine: engine)
    let seen = ViolationFlag()

    switch input.input {
    case .text:
      guard input.files.count <= 1 else { throw ValidationError("give one candidate file (or stdin)") }
      let named = try InputFiles.read(input.files, maxBytes: input.maxNoteBytes)[0]
      let candidate = try InputFiles.document(named, lossy: input.lossy)
      let sourceDoc = try source.map { path in
        try InputFiles.document(try InputFiles.read([path], maxBytes: input.maxNoteBytes)[0], lossy: input.lossy)
      }
      let result = try checker.check(candidate: candidate, source: sourceDoc, options: options)
      seen.note(result)
      switch format ?? .json {
      case .json: try Console.out(prettyJSON(result))
      case .jsonl: try Console.out(RecordCodec.encodeLine(result))
      case .text, .markdown:
        try Console.out(result.text + (result.text.hasSuffix("\n") ? "" : "\n"))
        try Console.out("\n--- verdict ---\n" + (try prettyJSON(Verdict(result))))
      }
    case .jsonl:
      if source != nil { throw ValidationError("with --input jsonl, give each record's source in its \"source\" field") }
      _ = try JSONLCommand.run(
        command: "guard", input: input, jobs: jobs.jobs, textField: "candidate", extraFields: ["source"]
      ) { record in
        var sourceDoc: Document? = nil
        if let s = record.extra["source"] {
          guard case .string(let text) = s else {
            return .error(RecordCodec.errorLine(line: record.line, id: record.id, error: .init(kind: .wrongType, message: "'source' must be a string")))
          }
          sourceDoc = Document(text)
        }
        do {
          let result = try checker.check(candidate: record.document, source: sourceDoc, id: record.id, options: options)
          seen.note(result)
          let line = RecordCodec.encodeLine(result)
          return result.blocked ? .blocked(line) : .ok(line)
        } catch {
          return .error(RecordCodec.errorLine(line: record.line, id: record.id, error: .init(kind: .failed, message: "guard failed")))
        }
      }
    }
    if seen.blocked && input.input == .text { throw fail(Exit.blocked) }
    if failOnViolation && seen.violations { throw fail(Exit.violations) }
  }

  /// The verdict without the text, for the text format.
  struct Verdict: Encodable {
    var violations: [GuardViolation]
    var redactions: [NoteResult.RedactionJSON]
    var blocked: Bool
    var source_escalation: EscalationLevel?
    init(_ r: GuardResult) {
      violations = r.violations
      redactions = r.redactions
      blocked = r.blocked
      source_escalation = r.sourceEscalation
    }
  }
}

/// Whether any record had violations or was blocked (thread-safe).
final class ViolationFlag: @unchecked Sendable {
  private let lock = NSLock()
  private(set) var violations = false
  private(set) var blocked = false
  func note(_ r: GuardResult) {
    lock.lock()
    defer { lock.unlock() }
    if !r.violations.isEmpty { violations = true }
    if r.blocked { blocked = true }
  }
}
