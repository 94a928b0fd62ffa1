import Foundation
import FuzzSupport
import NoteSum

/// Arbitrary bytes as a JSONL stream: split by `JSONLReader` (with a small line limit, so over-long lines are
/// exercised), each line decoded by `RecordCodec.decode` strictly and lossily, and every outcome encoded.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONL(_ data: UnsafeRawPointer?, _ count: Int) -> CInt {
  guard let start = data ?? UnsafeRawPointer(bitPattern: 1) else { return 0 }
  // The reader takes a file descriptor: hand it the bytes through an anonymous temporary file.
  guard let file = tmpfile() else { fatalError("tmpfile failed") }
  defer { fclose(file) }
  let fd = fileno(file)
  var off = 0
  while off < count {
    let n = write(fd, start + off, count - off)
    guard n > 0 else { fatalError("write to the temporary file failed") }
    off += n
  }
  lseek(fd, 0, SEEK_SET)
  let limit = 512
  let reader = JSONLReader(fileDescriptor: fd, maxLineBytes: limit)
  var lines = 0
  var last = 0
  do {
    while let line = try reader.next() {
      lines += 1
      if line.number != last + 1 { fatalError("line numbers skip") }
      last = line.number
      if line.bytes.count > limit { fatalError("a line over the limit was returned whole") }
      if line.bytes.contains(0x0A) { fatalError("a line contains a newline") }
      for lossy in [false, true] {
        switch RecordCodec.decode(line, lossy: lossy, maxNoteBytes: 256) {
        case .success(let record):
          if record.document.utf16.count > 256 { fatalError("a note over maxNoteBytes was accepted") }
          if record.line != line.number { fatalError("record line number differs") }
          _ = RecordCodec.encodeLine(Echo(id: record.id, fields: record.fields))
        case .failure(let error):
          let out = RecordCodec.errorLine(line: line.number, id: nil, error: error)
          if out.last != 0x0A || out.dropLast().contains(0x0A) { fatalError("error record is not one line") }
        }
      }
    }
  } catch {
    fatalError("reading the temporary file failed: \(error)")
  }
  let newlines = UnsafeRawBufferPointer(start: start, count: count).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
  let trailing = count > 0 && start.load(fromByteOffset: count - 1, as: UInt8.self) != 0x0A ? 1 : 0
  if lines != newlines + trailing { fatalError("\(lines) lines read from \(newlines) newlines (+\(trailing) unterminated)") }
  return 0
}

struct Echo: Encodable {
  var id: String?
  var fields: [String: JSONValue]
}

/// The entry point SwiftPM's debug link expects; see `Fuzz.runDriver`.
@_cdecl("FuzzJSONL_main")
public func fuzzJSONLMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  Fuzz.runDriver(argc, argv) { data, count in fuzzJSONL(data, count) }
}
