import Foundation
import Testing
@testable import NoteSum

/// `RecordCodec.decode` gives users the records and error records they got before it had its own parser.
struct RecordCodecTests {
  static func decode(_ bytes: [UInt8], lossy: Bool = false, maxNoteBytes: Int = 1_000) -> Result<InputRecord, RecordError> {
    RecordCodec.decode(JSONLLine(number: 7, bytes: bytes), lossy: lossy, maxNoteBytes: maxNoteBytes)
  }

  static func errorLine(_ bytes: [UInt8], lossy: Bool = false) -> String? {
    guard case .failure(let e) = decode(bytes, lossy: lossy) else { return nil }
    return String(decoding: RecordCodec.errorLine(line: 7, id: nil, error: e), as: UTF8.self)
  }

  @Test func errorRecordsKeepTheirKindsAndMessages() {
    let notObject = #"{"error":{"kind":"invalid_json","message":"line is not a JSON object"},"line":7}"# + "\n"
    #expect(Self.errorLine(Array(#"{"id":"a","text":"x""#.utf8)) == notObject)
    #expect(Self.errorLine(Array("[1]".utf8)) == notObject)
    #expect(Self.errorLine(Array(("{\"a\":" + String(repeating: "[", count: 600) + String(repeating: "]", count: 600) + "}").utf8)) == notObject)
    #expect(Self.errorLine(Array(#"{"id":"a"}"#.utf8))
      == #"{"error":{"kind":"missing_field","message":"record has no 'text' field"},"line":7}"# + "\n")
    #expect(Self.errorLine(Array(#"{"text":42}"#.utf8))
      == #"{"error":{"kind":"wrong_type","message":"'text' must be a string"},"line":7}"# + "\n")
    #expect(Self.errorLine(Array(#"{"id":[1],"text":"x"}"#.utf8))
      == #"{"error":{"kind":"wrong_type","message":"'id' must be a string or a number"},"line":7}"# + "\n")
    let badUTF8 = Array(#"{"text":"ab"#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)
    #expect(Self.errorLine(badUTF8)
      == #"{"error":{"kind":"invalid_utf8","message":"line is not valid UTF-8 (first bad byte at offset 11); re-encode it or pass --lossy"},"line":7}"# + "\n")
    #expect(Self.errorLine(Array("{\"text\":\"\(String(repeating: "é", count: 501))\"}".utf8))
      == #"{"error":{"kind":"too_large","message":"note is 1002 bytes, over the limit of 1000 bytes; raise it with --max-note-bytes"},"line":7}"# + "\n")
    #expect(Self.errorLine(Array(" \t ".utf8))
      == #"{"error":{"kind":"blank_line","message":"blank line"},"line":7}"# + "\n")
  }

  @Test func lossyRepairsInvalidUTF8() throws {
    let bytes = Array(#"{"id":"u","text":"ab"#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)
    let record = try Self.decode(bytes, lossy: true).get()
    #expect(record.id == "u")
    #expect(record.document.text == "ab\u{FFFD}(")
  }

  @Test func recordsSplitIdTextAndPassthroughFields() throws {
    let line = #"{"id":12,"text":"Fever \u00e9 \ud83d\ude00","ward":"4B","n":[1,-2.5,true,null],"id":"dup"}"#
    let record = try Self.decode(Array(line.utf8)).get()
    #expect(record.id == "12")
    #expect(record.document.text == "Fever é 😀")
    #expect(record.fields == ["ward": .string("4B"), "n": .array([.number(1), .number(-2.5), .bool(true), .null])])
  }

  /// UTF-16 and UTF-32 lines, which `JSONDecoder` detects, are still read.
  @Test func otherUnicodeEncodingsStillDecode() throws {
    let line = #"{"id":"w","text":"Fever."}"#
    let utf16LE = Array(line.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let utf16BEWithBOM: [UInt8] = [0xFE, 0xFF] + Array(line.utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    for bytes in [utf16LE, utf16BEWithBOM] {
      let record = try Self.decode(bytes).get()
      #expect(record.id == "w" && record.document.text == "Fever.")
    }
  }
}
