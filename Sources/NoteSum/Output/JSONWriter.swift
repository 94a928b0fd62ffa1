/// A small JSON writer into a byte buffer, for the hot output path. Callers write object keys in sorted order, so
/// the bytes match `JSONEncoder` with `.sortedKeys` and `.withoutEscapingSlashes` and never depend on hashing.
struct JSONWriter: ~Copyable {
  private var bytes: ByteBuffer
  /// True right after an opening bracket or a key: the next value gets no comma before it.
  private var atStart = true

  init(capacity: Int = 1024) { bytes = ByteBuffer(capacity: capacity) }

  mutating func beginObject() { separate(); bytes.append(Byte.openBrace); atStart = true }
  mutating func endObject() { bytes.append(Byte.closeBrace); atStart = false }
  mutating func beginArray() { separate(); bytes.append(Byte.openBracket); atStart = true }
  mutating func endArray() { bytes.append(Byte.closeBracket); atStart = false }

  /// Writes `"name":` for a key that needs no escaping (a literal in the source); the next value belongs to it.
  mutating func key(_ name: StaticString) {
    separate()
    bytes.append(Byte.quote)
    append(name)
    bytes.append(Byte.quote)
    bytes.append(Byte.colon)
    atStart = true
  }

  /// Writes `"name":` for any key, escaped; the next value belongs to it.
  mutating func key(escaping name: String) {
    separate()
    writeString(name)
    bytes.append(Byte.colon)
    atStart = true
  }

  mutating func string(_ s: String) { separate(); writeString(s) }
  mutating func int(_ v: Int) { separate(); writeInt(Int64(v)) }
  mutating func bool(_ v: Bool) { separate(); append(v ? "true" : "false") }
  mutating func null() { separate(); append("null") }

  /// A double as `JSONEncoder` writes it: whole numbers without a fraction, others in shortest round-trip form.
  mutating func double(_ v: Double) {
    separate()
    if v.isFinite && v == v.rounded() && abs(v) < 1e15 {
      writeInt(Int64(v))
    } else {
      var text = "\(v)"
      text.withUTF8 { bytes.append($0) }
    }
  }

  mutating func value(_ v: JSONValue) {
    switch v {
    case .null: null()
    case .bool(let b): bool(b)
    case .number(let n): double(n)
    case .string(let s): string(s)
    case .array(let a):
      beginArray()
      for item in a { value(item) }
      endArray()
    case .object(let o):
      beginObject()
      for (k, item) in o.sorted(by: { $0.key < $1.key }) {
        key(escaping: k)
        value(item)
      }
      endObject()
    }
  }

  /// Ends the line: appends the newline and hands over the bytes.
  consuming func line() -> [UInt8] {
    bytes.append(0x0A)
    return bytes.array
  }

  // MARK: internals

  /// Puts a comma before every item of an array or object but the first (a key's value gets none).
  @inline(__always)
  private mutating func separate() {
    if atStart { atStart = false } else { bytes.append(Byte.comma) }
  }

  @inline(__always)
  private mutating func append(_ s: StaticString) {
    s.withUTF8Buffer { bytes.append($0) }
  }

  /// Decimal digits of `v`, as `String(v)` gives them.
  private mutating func writeInt(_ v: Int64) {
    if v < 0 { bytes.append(Byte.minus) }
    var m = v.magnitude
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buf in
      var n = 20
      repeat {
        n -= 1
        buf[n] = Byte.zero + UInt8(m % 10)
        m /= 10
      } while m != 0
      bytes.append(UnsafeBufferPointer(rebasing: buf[n...]))
    }
  }

  /// A JSON string: runs of bytes that need no escaping are copied whole; `"`, `\` and control characters are
  /// escaped as `JSONEncoder` escapes them (short forms where JSON has them, else `\u00XX`).
  private mutating func writeString(_ s: String) {
    var s = s
    s.withUTF8 { writeString($0) }
  }

  private mutating func writeString(_ utf8: UnsafeBufferPointer<UInt8>) {
    bytes.append(Byte.quote)
    var runStart = 0
    for (i, b) in utf8.enumerated() where b < 0x20 || b == Byte.quote || b == Byte.backslash {
      if runStart < i { bytes.append(UnsafeBufferPointer(rebasing: utf8[runStart..<i])) }
      runStart = i + 1
      bytes.append(Byte.backslash)
      switch b {
      case Byte.quote, Byte.backslash: bytes.append(b)
      case 0x0A: bytes.append(UInt8(ascii: "n"))
      case 0x0D: bytes.append(UInt8(ascii: "r"))
      case 0x09: bytes.append(UInt8(ascii: "t"))
      case 0x08: bytes.append(UInt8(ascii: "b"))
      case 0x0C: bytes.append(UInt8(ascii: "f"))
      default:
        bytes.append(UInt8(ascii: "u"))
        bytes.append(Byte.zero)
        bytes.append(Byte.zero)
        bytes.append(Self.hexDigits[Int(b >> 4)])
        bytes.append(Self.hexDigits[Int(b & 0xF)])
      }
    }
    if runStart < utf8.count { bytes.append(UnsafeBufferPointer(rebasing: utf8[runStart...])) }
    bytes.append(Byte.quote)
  }

  private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}
