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
      checkAgainstJSONDecoder(line)
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

/// The decoding `RecordCodec` had before its own parser, as the reference: the same lines must be records, with the
/// same id, text and fields, and the same lines errors. Skipped for deeply nested lines, where `JSONDecoder` itself
/// can trap (it allows 512 levels; the parser's limit is tested in NoteSumTests).
func checkAgainstJSONDecoder(_ line: JSONLLine) {
  guard line.overlongBytes == nil, line.bytes.count(where: { $0 == 0x5B || $0 == 0x7B }) < 256 else { return }
  if line.bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return }
  let reference = try? JSONDecoder().decode([String: JSONValue].self, from: Data(line.bytes))
  let result = RecordCodec.decode(line, lossy: false, maxNoteBytes: Int.max)
  switch (reference, result) {
  case (nil, .success): fatalError("a line JSONDecoder rejects decoded as a record")
  case (nil, .failure(let e)):
    if e.kind != .invalidJSON && e.kind != .invalidUTF8 { fatalError("a line JSONDecoder rejects gave \(e.kind)") }
  case (let object?, .success(let record)):
    var fields = object
    let id = fields.removeValue(forKey: "id"), text = fields.removeValue(forKey: "text")
    if record.id != id?.idString { fatalError("record id differs from JSONDecoder's") }
    guard case .string(let t) = text, record.document.text == Document(t).text else { fatalError("record text differs") }
    if record.fields != fields { fatalError("record fields differ from JSONDecoder's") }
  case (_?, .failure(let e)):
    if e.kind == .invalidJSON || e.kind == .invalidUTF8 { fatalError("a line JSONDecoder accepts gave \(e.kind)") }
  }
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
