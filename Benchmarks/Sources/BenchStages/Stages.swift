import BenchCorpus
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ICUText
import NoteSum

/// The bare ICU floor for one note: UTF-8 → UTF-16 into a reused buffer, then one ICU sentence iteration and one
/// ICU word iteration over the same UTF-16 code units. Nothing else: no tokens kept, no allocation per note.
/// Not thread-safe (it owns two ICU iterators).
public final class ICUFloor {
  let sentences: BreakIterator
  let words: BreakIterator
  var buffer: [UInt16] = []

  public init() throws {
    sentences = try BreakIterator(.sentence)
    words = try BreakIterator(.word)
  }

  /// Returns the number of sentence plus word boundaries (so the work cannot be optimised away).
  public func run(_ note: [UInt8]) -> Int {
    buffer.removeAll(keepingCapacity: true)
    transcode(note, into: &buffer)
    var count = 0
    buffer.withUnsafeBufferPointer { text in
      sentences.forEachBoundary(in: text) { _, _ in count += 1 }
      words.forEachBoundary(in: text) { _, status in count &+= Int(status & 1) + 1 }
    }
    return count
  }

  /// Plain UTF-8 → UTF-16 (input is valid UTF-8: the corpus is generated), ASCII fast path.
  @inline(__always) func transcode(_ bytes: [UInt8], into out: inout [UInt16]) {
    out.reserveCapacity(bytes.count)
    bytes.withUnsafeBufferPointer { b in
      var i = 0
      let n = b.count
      while i < n {
        let b0 = b[i]
        if b0 < 0x80 { out.append(UInt16(b0)); i += 1; continue }
        var scalar: UInt32
        if b0 < 0xE0 {
          scalar = UInt32(b0 & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F); i += 2
        } else if b0 < 0xF0 {
          scalar = UInt32(b0 & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F); i += 3
        } else {
          scalar = UInt32(b0 & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6
            | UInt32(b[i + 3] & 0x3F)
          i += 4
        }
        if scalar < 0x10000 {
          out.append(UInt16(scalar))
        } else {
          scalar -= 0x10000
          out.append(UInt16(0xD800 + (scalar >> 10)))
          out.append(UInt16(0xDC00 + (scalar & 0x3FF)))
        }
      }
    }
  }
}

/// The stages measured against the floor. Each one starts from the note's UTF-8 bytes, so each includes
/// `Document(utf8:)` (validation, UTF-8 → UTF-16 and offset maps), as the floor includes its transcoding.
public struct Stages: Sendable {
  public let engine: Engine

  public init(engine: Engine) { self.engine = engine }

  /// Loads and compiles the bundled default rule set.
  public static func loadDefault() throws -> Stages { Stages(engine: Engine(ruleSet: try RuleSet.bundledDefault())) }

  /// `engine.segment`: returns the number of sentences.
  public func segment(_ note: [UInt8]) throws -> Int {
    try engine.segment(try Document(utf8: note)).count
  }

  /// `engine.analyze`: returns the number of sentences, findings and measurements.
  public func analyze(_ note: [UInt8]) throws -> Int {
    let a = try engine.analyze(try Document(utf8: note))
    return a.sentences.count + a.findings.count + a.measurements.count
  }

  /// `engine.process` (analysis, escalation, summary, banned output, disclaimer), single thread.
  public func process(_ note: [UInt8]) throws -> Int {
    let r = try engine.process(try Document(utf8: note), id: nil, options: .init())
    return r.summary.count + (r.blocked ? 1 : 0)
  }

  /// The whole JSONL → JSONL job, as `notesum summarize --input jsonl --format jsonl` runs it: `JSONLReader` reads
  /// lines from `fd` (a file of the corpus, rewound here), `BatchRunner.run` (batches of 512 lines, `map` over
  /// `runner.jobs` threads) decodes each record (Foundation JSONDecoder), runs `engine.process`, encodes the result
  /// line (JSONEncoder) and hands each batch's bytes in input order to the writer, which only counts them.
  /// Returns the counts and the output byte count.
  public func job(fd: Int32, runner: BatchRunner) throws -> (counts: BatchCounts, outBytes: Int) {
    _ = lseek(fd, 0, SEEK_SET)
    let engine = self.engine
    let reader = JSONLReader(fileDescriptor: fd, maxLineBytes: (64 << 20) + 4096)
    var outBytes = 0
    let counts = try runner.run(
      reader: reader,
      process: { line -> RecordOutcome in
        switch RecordCodec.decode(line, lossy: false, maxNoteBytes: 64 << 20) {
        case .failure(let e):
          if e.kind == .blankLine { return .skipped }
          return .error(RecordCodec.errorLine(line: line.number, id: nil, error: e))
        case .success(let record):
          do {
            var result = try engine.process(record.document, id: record.id, options: .init())
            if !record.fields.isEmpty { result.fields = .object(record.fields) }
            let bytes = RecordCodec.encodeLine(result)
            return result.blocked ? .blocked(bytes) : .ok(bytes)
          } catch {
            return .error(RecordCodec.errorLine(line: record.line, id: record.id, error: .init(kind: .failed, message: "processing failed")))
          }
        }
      },
      write: { outBytes += $0.count })
    return (counts, outBytes)
  }
}

extension Corpus {
  /// Writes the corpus as JSONL to a new temporary file and returns its open descriptor (the file is unlinked).
  public func jsonlTemporaryFile() throws -> Int32 {
    var template = Array("/tmp/notesum-bench-XXXXXX".utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard fd >= 0 else { throw CorpusFileError(errno: errno) }
    template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
    var chunk: [UInt8] = []
    chunk.reserveCapacity(1 << 20)
    func flush() throws {
      var off = 0
      while off < chunk.count {
        let n = chunk.withUnsafeBufferPointer { write(fd, $0.baseAddress! + off, $0.count - off) }
        if n < 0 { if errno == EINTR { continue }; throw CorpusFileError(errno: errno) }
        off += n
      }
      chunk.removeAll(keepingCapacity: true)
    }
    for line in jsonlLines {
      chunk += line
      chunk.append(0x0A)
      if chunk.count >= 1 << 20 { try flush() }
    }
    try flush()
    return fd
  }
}

/// Writing the temporary corpus file failed.
public struct CorpusFileError: Error, CustomStringConvertible {
  public var errno: Int32
  public var description: String { "could not write the temporary corpus file (errno \(errno))" }
}
