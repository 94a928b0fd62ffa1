import Foundation
import Testing
@testable import NoteSum

/// `JSONWriter` writes strings and integers exactly as `JSONEncoder` (sorted keys, unescaped slashes) does.
struct JSONWriterTests {
  static func encoded<T: Encodable>(_ value: T) throws -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return Array(try encoder.encode(value)) + [0x0A]
  }

  static func written(_ body: (inout JSONWriter) -> Void) -> [UInt8] {
    var w = JSONWriter(capacity: 16)  // small, so the buffer grows
    body(&w)
    return w.line()
  }

  @Test func stringsEscapeLikeJSONEncoder() throws {
    var rng = SplitMix64(seed: 42)
    let pieces = ["\"", "\\", "/", "\n", "\r", "\t", "\u{8}", "\u{C}", "\u{0}", "\u{1F}", "\u{7F}", "é", "😀", "e\u{301}", "abc", String(repeating: "x", count: 300)]
    var strings = pieces + (0..<128).map { String(UnicodeScalar(UInt8($0))) }
    for _ in 0..<500 { strings.append((0..<Int(rng.next() % 12)).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined()) }
    for s in strings {
      #expect(Self.written { $0.string(s) } == (try Self.encoded(s)), "\(s.debugDescription)")
      #expect(Self.written { w in w.beginObject(); w.key(escaping: s); w.int(1); w.endObject() } == (try Self.encoded([s: 1])))
    }
  }

  @Test func integersAndNestingLikeJSONEncoder() throws {
    let ints = [0, 1, -1, 9, 10, -10, 1234567890, Int.max, Int.min]
    #expect(Self.written { w in w.beginArray(); for i in ints { w.int(i) }; w.endArray() } == (try Self.encoded(ints)))
    let nested: [String: [[Int]]] = ["a": [[], [1], [2, 3]], "b": []]
    #expect(Self.written { w in
      w.beginObject()
      w.key("a"); w.beginArray(); w.beginArray(); w.endArray(); w.beginArray(); w.int(1); w.endArray()
      w.beginArray(); w.int(2); w.int(3); w.endArray(); w.endArray()
      w.key("b"); w.beginArray(); w.endArray()
      w.endObject()
    } == (try Self.encoded(nested)))
  }
}
