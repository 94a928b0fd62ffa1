import Foundation
import Testing
@testable import NoteSum

/// `JSONParser` accepts and rejects what `JSONDecoder` (the decoder it replaced) does, with the same values.
struct JSONParserTests {
  /// What `RecordCodec` used before `JSONParser`: the reference.
  static func reference(_ bytes: [UInt8]) -> [String: JSONValue]? {
    try? JSONDecoder().decode([String: JSONValue].self, from: Data(bytes))
  }

  static func parse(_ bytes: [UInt8]) -> [String: JSONValue]? {
    bytes.withUnsafeBufferPointer { try? JSONParser.parseObject($0) }
  }

  /// Checks one line against the reference, through `RecordCodec.decodeObject` (what users see) and through
  /// `JSONParser` alone, which must decide every line itself but for the kinds it hands back. A mismatch names the
  /// line (escaped), which is generated test data.
  @discardableResult
  static func expectAgrees(_ bytes: [UInt8], sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Bool {
    let expected = reference(bytes)
    let line = String(decoding: bytes, as: UTF8.self).debugDescription
    let got = RecordCodec.decodeObject(bytes)
    #expect((expected == nil) == (got == nil), "accept/reject differs for \(line)", sourceLocation: sourceLocation)
    if let expected, let got {
      #expect(same(.object(expected), .object(got)), "value differs for \(line)", sourceLocation: sourceLocation)
    }
    do {
      let direct = try bytes.withUnsafeBufferPointer { try JSONParser.parseObject($0) }
      #expect(expected.map { same(.object($0), .object(direct)) } == true, "parser accepts \(line)", sourceLocation: sourceLocation)
    } catch JSONParseError.zeroWithExponent {
    } catch {
      let otherEncoding = bytes.first == 0xFE || bytes.first == 0xFF || bytes.contains(0)
      #expect(expected == nil || otherEncoding, "parser rejects \(line): \(error)", sourceLocation: sourceLocation)
    }
    return expected != nil
  }

  /// Equality that also tells -0 from 0 and compares strings and keys by their UTF-8 bytes.
  static func same(_ a: JSONValue, _ b: JSONValue) -> Bool {
    switch (a, b) {
    case (.null, .null): return true
    case (.bool(let x), .bool(let y)): return x == y
    case (.number(let x), .number(let y)): return x.bitPattern == y.bitPattern
    case (.string(let x), .string(let y)): return Array(x.utf8) == Array(y.utf8)
    case (.array(let x), .array(let y)): return x.count == y.count && zip(x, y).allSatisfy { same($0, $1) }
    case (.object(let x), .object(let y)):
      let xs = x.sorted { $0.key < $1.key }, ys = y.sorted { $0.key < $1.key }
      return xs.count == ys.count && zip(xs, ys).allSatisfy { Array($0.key.utf8) == Array($1.key.utf8) && same($0.value, $1.value) }
    default: return false
    }
  }

  static let edgeCases: [String] = [
    // structure
    "{}", " { } ", "\t{\"a\":1}\r", "{\"a\":1} x", "{\"a\":1}{}", "[1]", "\"s\"", "1", "null", "", " ", "{", "}",
    "{,}", "{\"a\"}", "{\"a\":}", "{\"a\" 1}", "{\"a\":1 \"b\":2}", "{1:2}", "{'a':1}", "{a:1}", "{\"a\":1 /* c */}",
    "{\"a\":1}\u{0C}", "\u{FEFF}{}", " \u{FEFF}{}", "{\"a\":1}\u{FEFF}",
    // trailing commas, which JSONDecoder allows
    "{\"a\":1,}", "{\"a\":1 , }", "{\"a\":[1,2,]}", "{\"a\":[1,2 , ]}", "{\"a\":{\"b\":1,}}", "{\"a\":1,,}",
    "{\"a\":[,]}", "{\"a\":[1,,2]}", "{,\"a\":1}", "{\"a\":[,1]}",
    // literals
    "{\"a\":true,\"b\":false,\"c\":null}", "{\"a\":tru}", "{\"a\":nulll}", "{\"a\":True}", "{\"a\":NaN}", "{\"a\":Infinity}",
    // numbers
    "{\"a\":0}", "{\"a\":-0}", "{\"a\":-0.0}", "{\"a\":1.5e3}", "{\"a\":1E+2}", "{\"a\":-1.5E-3}", "{\"a\":01}", "{\"a\":-01}",
    "{\"a\":1.}", "{\"a\":.5}", "{\"a\":+1}", "{\"a\":-}", "{\"a\":1e}", "{\"a\":1e+}", "{\"a\":0x10}", "{\"a\":1.e5}",
    "{\"a\":12345678901234567890}", "{\"a\":123456789012345.5}", "{\"a\":0.30000000000000004}", "{\"a\":4.35}",
    "{\"a\":1e400}", "{\"a\":-1e400}", "{\"a\":1e-400}", "{\"a\":0e-400}", "{\"a\":0.0e999}", "{\"a\":2e-324}",
    "{\"a\":3e-324}", "{\"a\":5e-324}", "{\"a\":1e-310}", "{\"a\":2.4703282292062328e-324}",
    "{\"a\":2.4703282292062327e-324}", "{\"a\":1.7976931348623158e308}", "{\"a\":1.7976931348623159e308}",
    "{\"a\":1" + String(repeating: "0", count: 308) + "}", "{\"a\":1" + String(repeating: "0", count: 309) + "}",
    "{\"a\":0." + String(repeating: "0", count: 400) + "1}", "{\"a\":9007199254740993}", "{\"a\":0.1e1}",
    "{\"a\":1e22}", "{\"a\":1e23}", "{\"a\":123456789012345e-22}", "{\"a\":1e0000000000000000000000001}",
    // strings
    #"{"a":"\/\b\f\n\r\t\"\\"}"#, #"{"a":"\u0000"}"#, #"{"a":"\u00e9\u00E9"}"#, #"{"a":"\ud83d\ude00"}"#,
    #"{"a":"\uDBFF\uDFFF"}"#, #"{"a":"\ud800"}"#, #"{"a":"\udc00"}"#, #"{"a":"\ud800x"}"#, #"{"a":"\ud800\u0041"}"#,
    #"{"a":"\uDC00\uD800"}"#, #"{"a":"\uD800\uD800"}"#, #"{"a":"\uD800\"}"#, #"{"a":"\x"}"#, #"{"a":"\u12G4"}"#,
    #"{"a":"\U1234"}"#, #"{"a":"\u00"}"#, "{\"a\":\"\t\"}", "{\"a\":\"\u{1}\"}", "{\"a\":\"\u{7F}\"}", "{\"a\":\"é😀\"}",
    "{\"a\":\"unterminated}", #"{"a\u0000b":1}"#, "{\"a\tb\":1}", #"{"\ud800":1}"#, #"{"":1}"#,
    // duplicate keys: the first wins, and later values are only scanned
    #"{"a":1,"a":2}"#, #"{"a":{"x":1},"a":2}"#, #"{"a":1,"a":1e400}"#, #"{"a":1,"a":"\ud800"}"#,
    "{\"a\":1,\"a\":\"a\tb\"}", #"{"a":1,"a":"\x"}"#, #"{"a":1,"a":[1e400]}"#, #"{"a":1,"a":01}"#, #"{"a":1,"a":-}"#,
    #"{"a":1,"a":1-2+e}"#, #"{"a":1,"a":1x}"#, #"{"a":1,"a":+1}"#, #"{"a":1,"a":.5}"#, #"{"a":1,"a":"\u12"}"#,
    #"{"a":1,"a":"\u12345"}"#, #"{"a":1,"a":"\uzzzz"}"#, #"{"a":1,"a":"\u"zzz"}"#, #"{"a":1,"a":"\uzzz\"}"#,
    #"{"a":1,"a":"\u\zzz"}"#, #"{"a":1,"a":"\"}"#, #"{"a":1,"a":{"\ud800":1}}"#, #"{"a":1,"a":{"b":1,}}"#,
    #"{"a":1,"a":[,]}"#, #"{"a":1,"a":tru}"#, #"{"a":1,"a":[1 2]}"#, #"{"a":[1e400],"a":1}"#,
    #"{"é":1,"e\u0301":2}"#, #"{"e\u0301":1,"é":2}"#,
    // zeros with an exponent, which JSONDecoder accepts or not by their spelling, so it decides them
    "{\"a\":0e1}", "{\"a\":0e10}", "{\"a\":-0e1}", "{\"a\":0.00e1}", "{\"a\":0.0e1}", "{\"a\":-0.0E99}",
    "{\"a\":0." + String(repeating: "0", count: 326) + "1e0}", "{\"a\":0." + String(repeating: "0", count: 326) + "1}",
  ]

  @Test(arguments: edgeCases)
  func edgeCaseAgrees(_ line: String) {
    Self.expectAgrees(Array(line.utf8))
  }

  @Test func invalidUTF8Agrees() {
    let bad: [[UInt8]] = [[0xC3, 0x28], [0xED, 0xA0, 0x80], [0xC0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF], [0xE2, 0x82], [0x80]]
    for b in bad {
      Self.expectAgrees(Array(#"{"a":""#.utf8) + b + Array(#""}"#.utf8))
      Self.expectAgrees(Array(#"{""#.utf8) + b + Array(#"":1}"#.utf8))
      Self.expectAgrees(Array(#"{"a":1,"a":""#.utf8) + b + Array(#""}"#.utf8))
      Self.expectAgrees(Array(#"{"a":"\n"#.utf8) + b + Array(#""}"#.utf8))
      Self.expectAgrees(b + Array(#"{"a":1}"#.utf8))
    }
  }

  @Test func nestingIsBoundedAtJSONDecodersDepth() throws {
    for depth in [510, 511, 512, 513, 5_000] {
      for shape in ["{\"a\":" + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "}",
                    String(repeating: "{\"a\":", count: depth) + "1" + String(repeating: "}", count: depth),
                    "{\"a\":1,\"a\":" + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "}"] {
        let bytes = Array(shape.utf8)
        // Deeper than JSONDecoder allows crashes it in some shapes, so the reference is its documented limit.
        let nesting = shape.hasPrefix("{\"a\":{") ? depth : depth + 1
        #expect((Self.parse(bytes) != nil) == (nesting <= JSONParser.maxDepth), "depth \(depth)")
        if nesting <= JSONParser.maxDepth { Self.expectAgrees(bytes) }
      }
    }
    let deep = Array(String(repeating: "[", count: 100_000).utf8)
    #expect(throws: JSONParseError.syntax(offset: 0)) { try deep.withUnsafeBufferPointer { try JSONParser.parseObject($0) } }
    let deepInObject = Array(("{\"a\":" + String(repeating: "[", count: 100_000)).utf8)
    #expect(throws: JSONParseError.tooDeep(offset: 5 + 511)) {
      try deepInObject.withUnsafeBufferPointer { try JSONParser.parseObject($0) }
    }
  }

  /// Seeded random lines, valid and mutated, decoded by both.
  @Test func randomLinesAgree() {
    var rng = SplitMix64(seed: 0x5EED_1234)
    var accepted = 0
    let count = 10_000
    for n in 0..<count {
      var generator = JSONGenerator(rng: SplitMix64(seed: rng.next()))
      var line = generator.line()
      if n % 3 != 0 { line = JSONGenerator.mutate(line, &rng) }
      if Self.expectAgrees(line) { accepted += 1 }
    }
    // Both sides of the boundary are well covered.
    #expect(accepted > count / 5 && accepted < count * 4 / 5, "\(accepted) of \(count) accepted")
  }

  /// Every line of the repository's corpora decodes to the same records.
  @Test func corporaAgree() throws {
    let dir = repositoryRoot.appendingPathComponent("Corpora")
    for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) where name.hasSuffix(".jsonl") {
      let data = try Data(contentsOf: dir.appendingPathComponent(name))
      for line in data.split(separator: 0x0A) { Self.expectAgrees(Array(line)) }
    }
  }
}

/// Random JSONL-ish lines: mostly valid objects, with the corners of the grammar (escapes, surrogates, number
/// shapes, trailing commas, duplicate keys, odd whitespace) and, from `mutate`, byte-level damage.
struct JSONGenerator {
  var rng: SplitMix64
  var out: [UInt8] = []

  init(rng: SplitMix64) { self.rng = rng }

  mutating func line() -> [UInt8] {
    ws()
    object(depth: 0)
    ws()
    return out
  }

  private mutating func roll(_ n: Int) -> Int { Int(rng.next() % UInt64(n)) }
  private mutating func emit(_ s: String) { out += Array(s.utf8) }

  private mutating func ws() {
    guard roll(4) == 0 else { return }
    for _ in 0...roll(3) { out.append([0x20, 0x09, 0x0D, 0x0A, 0x20][roll(5)]) }
  }

  private mutating func object(depth: Int) {
    emit("{")
    ws()
    let keys = ["id", "text", "a", "b", "é", "", "k\\u0041", "x y"]
    let count = roll(5)
    for m in 0..<count {
      if m > 0 { emit(","); ws() }
      emit("\"" + keys[roll(keys.count)] + "\"")
      ws()
      emit(":")
      ws()
      value(depth: depth + 1)
      ws()
    }
    if count > 0 && roll(8) == 0 { emit(",") }
    emit("}")
  }

  private mutating func value(depth: Int) {
    switch roll(depth > 4 ? 6 : 8) {
    case 0: emit(["true", "false", "null"][roll(3)])
    case 1, 2: number()
    case 3, 4, 5: string()
    case 6:
      emit("[")
      let count = roll(4)
      for e in 0..<count {
        if e > 0 { emit(",") }
        ws()
        value(depth: depth + 1)
      }
      if count > 0 && roll(8) == 0 { emit(",") }
      emit("]")
    default: object(depth: depth)
    }
  }

  private mutating func digits(_ max: Int) -> String {
    String((0...roll(max)).map { _ in Character(String(roll(10))) })
  }

  private mutating func number() {
    var s = roll(3) == 0 ? "-" : ""
    switch roll(6) {
    case 0: s += "0"
    case 1: s += String(1 + roll(9)) + digits(25)
    default: s += String(1 + roll(9)) + digits(6)
    }
    if roll(3) == 0 { s += "." + digits(roll(4) == 0 ? 30 : 8) }
    if roll(4) == 0 {
      s += ["e", "E"][roll(2)] + ["", "+", "-"][roll(3)]
      s += roll(6) == 0 ? String(300 + roll(40)) : digits(2)
    }
    emit(s)
  }

  private mutating func string() {
    emit("\"")
    for _ in 0..<roll(12) {
      switch roll(14) {
      case 0: emit(["\\n", "\\t", "\\\"", "\\\\", "\\/", "\\b", "\\f", "\\r"][roll(8)])
      case 1: emit(String(format: "\\u%04x", roll(0x10000)))
      case 2: emit(["\\ud83d\\ude00", "\\uD800\\uDC00", "\\udbff\\udfff", "\\ud800", "\\udc00", "\\u0000"][roll(6)])
      case 3: emit(["é", "😀", "中", "\u{7F}", "e\u{301}"][roll(5)])
      default:
        let c = UInt8(0x20 + roll(0x5F))
        out.append(c == 0x22 || c == 0x5C ? UInt8(ascii: "a") : c)
      }
    }
    emit("\"")
  }

  /// One to three random edits: a byte replaced by, or a byte inserted from, bytes that matter to JSON; a byte
  /// deleted; or a span duplicated.
  static func mutate(_ line: [UInt8], _ rng: inout SplitMix64) -> [UInt8] {
    let interesting = Array("{}[]\",:\\ \t0123456789.eE+-tfnulx".utf8) + [0x00, 0x01, 0x1F, 0x7F, 0x80, 0xC3, 0xED, 0xFF]
    var b = line
    for _ in 0...Int(rng.next() % 3) {
      guard !b.isEmpty else { break }
      let p = Int(rng.next() % UInt64(b.count))
      let pick = interesting[Int(rng.next() % UInt64(interesting.count))]
      switch rng.next() % 4 {
      case 0: b[p] = pick
      case 1: b.remove(at: p)
      case 2: b.insert(pick, at: p)
      default:
        let len = min(b.count - p, 1 + Int(rng.next() % 8))
        b.insert(contentsOf: b[p..<(p + len)], at: p)
      }
    }
    return b
  }
}
