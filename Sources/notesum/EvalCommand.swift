import ArgumentParser
import Foundation
import NoteSum

extension EvalRenderer.Format: ExpressibleByArgument {}

/// `notesum eval`: score a rule set (or stored results) against labelled corpora.
struct EvalCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval",
    abstract: "Score a rule set on labelled corpora: per-rule metrics, escalation, assertions, PHI, ROUGE.",
    discussion: """
      notesum eval --rules DIR CORPUS.jsonl... runs the pipeline (clinician audience) over gold notes and reports \
      per-rule TP/FP/FN, precision, recall and F1 with the ids of the notes behind each error, an escalation-level \
      confusion matrix, assertion accuracy per dimension, PHI leaks in emitted text, whole-note redaction coverage, \
      ROUGE and the rate at which red-flag evidence is kept in summaries.
      --baseline DIR adds an A/B comparison with McNemar's test. --require makes it a gate (exit 5 when a \
      requirement fails): metric names are listed in the report; rule:GLOB.METRIC checks every matching rule \
      (recall is skipped for rules with no gold positives). --results RESULTS.jsonl scores stored notesum JSONL \
      output against the gold corpus without running anything.
      """)

  @OptionGroup var ruleSet: RuleSetOptions
  @OptionGroup var jobs: JobsOptions

  @Option(help: ArgumentHelp("Baseline rule-set folder to compare against.", valueName: "DIR"))
  var baseline: String?

  @Option(help: ArgumentHelp("Stored notesum JSONL results to score instead of running the pipeline.", valueName: "RESULTS.jsonl"))
  var results: String?

  @Option(name: .customLong("require"), help: ArgumentHelp("A requirement such as 'escalation.recall>=1.0' or 'rule:esc.*.recall>=0.95' (repeatable).", valueName: "REQ"))
  var requirements: [String] = []

  @Option(help: "Output format: table, json, markdown or html.")
  var format: EvalRenderer.Format = .table

  @Option(help: ArgumentHelp("Write the report to a file instead of stdout.", valueName: "FILE"))
  var output: String?

  @Argument(help: "Gold JSONL corpora.")
  var corpora: [String]

  func validate() throws {
    if corpora.isEmpty { throw ValidationError("name at least one gold corpus (JSONL)") }
    if results != nil && baseline != nil { throw ValidationError("--results and --baseline cannot be combined") }
    for r in requirements {
      do { _ = try Requirement(parsing: r) } catch { throw ValidationError(error.description) }
    }
  }

  func run() throws {
    let reqs = requirements.compactMap { try? Requirement(parsing: $0) }
    var corpus = GoldCorpus()
    for path in corpora {
      do { corpus.append(try GoldCorpus.read(path: path)) } catch {
        Console.err("notesum eval: \(error.description)")
        throw fail(error.line == 0 ? Exit.unreadableInput : Exit.invalidInput)
      }
    }
    let started = Date()
    var out: EvalOutput
    if let results {
      out = EvalOutput(report: Evaluator.evaluate(results: try readResults(results), corpus: corpus))
    } else {
      let set = try ruleSet.load()
      let report = run(Evaluator(engine: Engine(ruleSet: set)), corpus, label: "")
      out = EvalOutput(report: report)
      if let baseline {
        let base = try RuleSetOptions.parse(["--rules", baseline]).load()
        let baseReport = run(Evaluator(engine: Engine(ruleSet: base)), corpus, label: "baseline ")
        out.baseline = baseReport
        out.comparison = Comparison(baseline: baseReport, candidate: report)
      }
    }
    if !reqs.isEmpty { out.gate = Gate.check(reqs, on: out.report) }
    let elapsed = Date().timeIntervalSince(started)
    Console.err(String(format: "notesum eval: %d notes in %.2f s", corpus.records.count, elapsed))
    let text = EvalRenderer.render(out, format: format)
    if let output {
      guard FileManager.default.createFile(atPath: output, contents: Data(text.utf8)) else {
        Console.err("notesum eval: cannot write \(output)")
        throw fail(Exit.outputError)
      }
    } else {
      try Console.out(text)
    }
    if let g = out.gate, !out.gatePassed {
      for c in g where !c.passed {
        Console.err("notesum eval: gate failed: \(c.requirement) (actual \(c.actual.map { String(format: "%.4f", $0) } ?? "n/a"))\(c.note.map { ": \($0)" } ?? "")")
      }
      throw fail(Exit.gateFailed)
    }
  }

  private func run(_ evaluator: Evaluator, _ corpus: GoldCorpus, label: String) -> EvalReport {
    let showProgress = Console.stderrIsTerminal && corpus.records.count >= 1000
    let report = evaluator.evaluate(corpus, jobs: jobs.jobs) { done, total in
      if showProgress { Console.errInline("\rnotesum eval: \(label)\(done)/\(total) notes") }
    }
    if showProgress { Console.errInline("\r\u{1B}[K") }
    return report
  }

  private func readResults(_ path: String) throws -> [NoteResult] {
    guard let data = FileManager.default.contents(atPath: path) else {
      Console.err("notesum eval: cannot read \(path)")
      throw fail(Exit.unreadableInput)
    }
    let decoder = JSONDecoder()
    var out: [NoteResult] = []
    var skipped = 0
    for line in data.split(separator: 0x0A, omittingEmptySubsequences: true) {
      if let r = try? decoder.decode(NoteResult.self, from: Data(line)) { out.append(r) } else { skipped += 1 }
    }
    if skipped > 0 { Console.err("notesum eval: \(path): \(skipped) line(s) are not results (error records or other); their notes count as missing") }
    return out
  }
}

extension Console {
  /// Writes to stderr without adding a newline (progress lines).
  static func errInline(_ s: String) {
    _ = s.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count - 1) }
  }
}
