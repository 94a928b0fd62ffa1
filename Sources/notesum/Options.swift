import ArgumentParser
import Foundation
import NoteSum

/// `--rules DIR`, defaulting to `NOTESUM_RULES` and then the bundled default rule set.
struct RuleSetOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("Rule-set folder (default: $NOTESUM_RULES, else the bundled default).", valueName: "DIR"))
  var rules: String?

  /// Loads the rule set, printing diagnostics; exits 78 on errors.
  func load() throws -> RuleSet {
    do {
      let set: RuleSet
      if let dir = rules ?? ProcessInfo.processInfo.environment["NOTESUM_RULES"], !dir.isEmpty {
        set = try RuleSet(directory: dir)
      } else {
        set = try RuleSet.bundledDefault()
      }
      for w in set.warnings { Console.err(w.description) }
      return set
    } catch {
      for d in error.diagnostics { Console.err(d.description) }
      let errors = error.diagnostics.filter { $0.severity == .error }.count
      Console.err("notesum: rule set has \(errors) error\(errors == 1 ? "" : "s")")
      throw fail(Exit.ruleSetError)
    }
  }
}

enum InputKind: String, ExpressibleByArgument, CaseIterable { case text, jsonl }

/// Input files (or stdin), the input kind and decoding limits.
struct InputOptions: ParsableArguments {
  @Option(name: .long, help: "Input kind: text (each file is one note) or jsonl (one {\"id\",\"text\"} record a line).")
  var input: InputKind = .text

  @Flag(name: .long, help: "Replace invalid UTF-8 with U+FFFD instead of failing; the count goes to stderr.")
  var lossy = false

  @Option(name: .long, help: ArgumentHelp("Largest note accepted, in bytes.", valueName: "BYTES"))
  var maxNoteBytes: Int = 64 << 20

  @Argument(help: "Input files (default: stdin).")
  var files: [String] = []

  func validate() throws {
    if maxNoteBytes < 1 { throw ValidationError("--max-note-bytes must be positive") }
  }
}

/// `--jobs N`.
struct JobsOptions: ParsableArguments {
  @Option(name: .long, help: "Worker threads (default: the number of cores).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  func validate() throws {
    if jobs < 1 || jobs > 256 { throw ValidationError("--jobs must be between 1 and 256") }
  }
}

/// Reads whole inputs as bytes: each named file, or stdin.
enum InputFiles {
  struct Named { var name: String; var bytes: [UInt8] }

  static func read(_ files: [String], maxBytes: Int) throws -> [Named] {
    if files.isEmpty || files == ["-"] {
      return [Named(name: "<stdin>", bytes: try readAll(fd: 0, name: "<stdin>", maxBytes: maxBytes))]
    }
    return try files.map { path in
      let fd = open(path, O_RDONLY)
      guard fd >= 0 else {
        Console.err("notesum: cannot open \(path): \(String(cString: strerror(errno)))")
        throw fail(Exit.unreadableInput)
      }
      defer { close(fd) }
      return Named(name: path, bytes: try readAll(fd: fd, name: path, maxBytes: maxBytes))
    }
  }

  static func readAll(fd: Int32, name: String, maxBytes: Int) throws -> [UInt8] {
    var out: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
    while true {
      let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        Console.err("notesum: cannot read \(name): \(String(cString: strerror(errno)))")
        throw fail(Exit.unreadableInput)
      }
      if n == 0 { break }
      out += chunk[0..<n]
      if out.count > maxBytes {
        Console.err("notesum: \(name): note is over the limit of \(maxBytes) bytes; raise it with --max-note-bytes")
        throw fail(Exit.invalidInput)
      }
    }
    return out
  }

  /// Decodes bytes into a document, printing a clear error (exit 65) for invalid UTF-8.
  static func document(_ named: Named, lossy: Bool) throws -> Document {
    do {
      let doc = try Document(utf8: named.bytes, lossy: lossy)
      if doc.replacements > 0 {
        Console.err("notesum: \(named.name): replaced \(doc.replacements) invalid UTF-8 byte\(doc.replacements == 1 ? "" : "s") with U+FFFD")
      }
      return doc
    } catch {
      Console.err("notesum: \(named.name): \(error.description)")
      throw fail(Exit.invalidInput)
    }
  }

  /// Opens each JSONL input in turn (stdin when none).
  static func forEachJSONL(_ files: [String], maxLineBytes: Int, _ body: (JSONLReader, String) throws -> Void) throws {
    if files.isEmpty || files == ["-"] {
      try body(JSONLReader(fileDescriptor: 0, maxLineBytes: maxLineBytes), "<stdin>")
      return
    }
    for path in files {
      let fd = open(path, O_RDONLY)
      guard fd >= 0 else {
        Console.err("notesum: cannot open \(path): \(String(cString: strerror(errno)))")
        throw fail(Exit.unreadableInput)
      }
      defer { close(fd) }
      try body(JSONLReader(fileDescriptor: fd, maxLineBytes: maxLineBytes), path)
    }
  }
}

/// Prints a run's counts on stderr: every input line is accounted for.
func reportCounts(_ c: BatchCounts, command: String) {
  Console.err("notesum \(command): \(c.lines) lines: \(c.ok) ok, \(c.blocked) blocked, \(c.errors) errors, \(c.skipped) skipped")
}

/// What to say when the pipeline throws: the library's own message when it has one that never quotes text,
/// else only the error's type.
func processingFailure(_ error: any Error) -> String {
  if let e = error as? AnalysisFailure { return e.description }
  if let e = error as? GuardFailure { return e.description }
  return "processing failed (\(type(of: error)))"
}
