import ArgumentParser
import Foundation
import NoteSum

enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, markdown, json, jsonl }

extension EscalationLevel: ExpressibleByArgument {}
extension Audience: ExpressibleByArgument {}

/// The main job: summarise notes with escalation, banned-output guard and disclaimer.
struct Summarize: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Summarise notes with escalation, banned-output guard and disclaimer (the default command).",
    discussion: """
      Examples:
        cat note.txt | notesum
        notesum --format json Corpora/samples/sample-ed.txt
        notesum --input jsonl --format jsonl < notes.jsonl > results.jsonl
      """)

  @OptionGroup var input: InputOptions
  @OptionGroup var ruleSet: RuleSetOptions
  @OptionGroup var jobs: JobsOptions

  @Option(name: .long, help: "Output format: text, markdown, json or jsonl (default: text; jsonl for --input jsonl).")
  var format: OutputFormat?

  @Option(name: .long, help: "Largest number of summary sentences (escalation evidence is kept even past it).")
  var maxSentences: Int?

  @Option(name: .long, help: "Largest total summary length in characters (escalation evidence is kept even past it).")
  var maxCharacters: Int?

  @Option(name: .long, help: "Who reads the output: clinician or patient (default: the rule set's audience).")
  var audience: Audience?

  @OptionGroup var overrides: OverrideOptions

  @Option(name: .long, help: ArgumentHelp("Exit 2 when any note escalates at or above LEVEL (routine, urgent, emergent).", valueName: "LEVEL"))
  var failOn: EscalationLevel?

  @Option(name: .long, help: ArgumentHelp("Append one JSON line per note to FILE: decisions and input hash, never text.", valueName: "FILE"))
  var audit: String?

  func validate() throws {
    if let m = maxSentences, m < 0 { throw ValidationError("--max-sentences must not be negative") }
    if let m = maxCharacters, m < 0 { throw ValidationError("--max-characters must not be negative") }
  }

  func run() throws {
    let rules = try ruleSet.load()
    let engine = Engine(ruleSet: rules)
    let overrides = try self.overrides.validated(for: engine)
    let options = ProcessOptions(audience: audience, maxSentences: maxSentences, maxCharacters: maxCharacters, overrides: overrides)
    let auditLog = try audit.map { try AuditLog(path: $0) }
    let format = self.format ?? (input.input == .jsonl ? .jsonl : .text)
    let failOn = self.failOn
    let worst = WorstOutcome()

    switch input.input {
    case .text:
      let notes = try InputFiles.read(input.files, maxBytes: input.maxNoteBytes)
      var results: [NoteResult] = []
      for (k, named) in notes.enumerated() {
        let doc = try InputFiles.document(named, lossy: input.lossy)
        let id = notes.count > 1 || named.name != "<stdin>" ? named.name : nil
        let result: NoteResult
        do { result = try engine.process(doc, id: id, options: options) } catch {
          Console.err("notesum: \(named.name): \(processingFailure(error))")
          throw fail(Exit.internalError)
        }
        try auditLog?.append(result, input: named.bytes)
        worst.note(result, failOn: failOn)
        results.append(result)
        switch format {
        case .text, .markdown:
          if k > 0 { try Console.out("\n") }
          try Console.out(TextRenderer.render(result, style: format == .text ? .text : .markdown))
        case .jsonl: try Console.out(RecordCodec.encodeLine(result))
        case .json: break
        }
      }
      if format == .json {
        try Console.out(results.count == 1 ? prettyJSON(results[0]) : prettyJSON(results))
      }
    case .jsonl:
      if format == .json {
        Console.err("notesum: --format json takes one note; use --format jsonl with --input jsonl")
        throw fail(Exit.usage)
      }
      _ = try JSONLCommand.run(command: "summarize", input: input, jobs: jobs.jobs) { record in
        do {
          var result = try engine.process(record.document, id: record.id, options: options)
          if !record.fields.isEmpty { result.fields = .object(record.fields) }
          try auditLog?.append(result, input: Array(record.document.text.utf8))
          worst.note(result, failOn: failOn)
          let bytes: [UInt8]
          switch format {
          case .jsonl, .json: bytes = RecordCodec.encodeLine(result)
          case .text: bytes = Array(TextRenderer.render(result, style: .text).utf8) + [0x0A]
          case .markdown: bytes = Array(TextRenderer.render(result, style: .markdown).utf8) + [0x0A]
          }
          return result.blocked ? .blocked(bytes) : .ok(bytes)
        } catch {
          return .error(RecordCodec.errorLine(line: record.line, id: record.id, error: .init(kind: .failed, message: processingFailure(error))))
        }
      }
    }
    // In a JSONL stream a blocked record is an ordinary output record ("blocked": true, counted on stderr); only a
    // single-note input turns it into exit 3, so a pipeline stage fails only when the whole stage fails.
    if worst.blocked && input.input == .text { throw fail(Exit.blocked) }
    if worst.escalated { throw fail(Exit.escalation) }
  }
}

/// The most severe outcome seen across records (thread-safe).
final class WorstOutcome: @unchecked Sendable {
  private let lock = NSLock()
  private(set) var blocked = false
  private(set) var escalated = false
  func note(_ r: NoteResult, failOn: EscalationLevel?) {
    lock.lock()
    defer { lock.unlock() }
    if r.blocked { blocked = true }
    if let f = failOn, r.escalation.level >= f { escalated = true }
  }
}

func prettyJSON<T: Encodable>(_ value: T) throws -> String {
  let encoder = JSONEncoder()
  encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
  return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
}
