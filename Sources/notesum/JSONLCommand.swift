import Foundation
import NoteSum

/// The shared JSONL loop: decode each line, process records in parallel, write results in order, account for
/// every line on stderr.
enum JSONLCommand {
  static func run(
    command: String, input: InputOptions, jobs: Int, textField: String = "text", extraFields: [String] = [],
    process: @escaping @Sendable (InputRecord) -> RecordOutcome
  ) throws -> BatchCounts {
    let runner = BatchRunner(jobs: jobs)
    var total = BatchCounts()
    let lossy = input.lossy, maxBytes = input.maxNoteBytes
    let showProgress = Console.stderrIsTerminal
    try InputFiles.forEachJSONL(input.files, maxLineBytes: maxBytes + 4096) { reader, name in
      let counts = try runner.run(
        reader: reader,
        process: { line in
          switch RecordCodec.decode(line, textField: textField, extraFields: extraFields, lossy: lossy, maxNoteBytes: maxBytes) {
          case .failure(let e):
            if e.kind == .blankLine { return .skipped }
            return .error(RecordCodec.errorLine(line: line.number, id: nil, error: e))
          case .success(let record):
            return process(record)
          }
        },
        write: { try Console.out($0) },
        progress: showProgress ? { c in Console.err("\u{1B}[2K\rnotesum \(command): \(name): \(c.lines) lines", terminator: "") } : nil)
      if showProgress { Console.err("\u{1B}[2K\r", terminator: "") }
      total.lines += counts.lines
      total.ok += counts.ok
      total.errors += counts.errors
      total.skipped += counts.skipped
      total.blocked += counts.blocked
    }
    reportCounts(total, command: command)
    return total
  }
}

extension Console {
  static func err(_ string: String, terminator: String) {
    if terminator == "\n" { err(string) } else { FileHandle.standardError.write(Data((string + terminator).utf8)) }
  }
}
