/// A small JSON writer into a byte buffer, for the hot output path. Callers write object keys in sorted order, so
/// the bytes match `JSONEncoder` with `.sortedKeys` and `.withoutEscapingSlashes` and never depend on hashing.
struct JSONWriter {
  private(set) var bytes: [UInt8] = []
  private var needsComma: [Bool] = []

  init(capacity: Int = 1024) { bytes.reserveCapacity(capacity) }

  mutating func beginObject() { separate(); bytes.append(0x7B); needsComma.append(false) }
  mutating func endObject() { bytes.append(0x7D); needsComma.removeLast() }
  mutating func beginArray() { separate(); bytes.append(0x5B); needsComma.append(false) }
  mutating func endArray() { bytes.append(0x5D); needsComma.removeLast() }

  /// Writes `"name":`; the value written next belongs to it.
  mutating func key(_ name: String) {
    separate()
    writeString(name)
    bytes.append(0x3A)
    pendingValue = true
  }

  mutating func string(_ s: String) { separate(); writeString(s) }
  mutating func int(_ v: Int) { separate(); bytes += Array(String(v).utf8) }
  mutating func bool(_ v: Bool) { separate(); bytes += v ? Array("true".utf8) : Array("false".utf8) }
  mutating func null() { separate(); bytes += Array("null".utf8) }

  /// A double as `JSONEncoder` writes it: whole numbers without a fraction, others in shortest round-trip form.
  mutating func double(_ v: Double) {
    separate()
    if v.isFinite && v == v.rounded() && abs(v) < 1e15 { bytes += Array(String(Int64(v)).utf8) } else { bytes += Array("\(v)".utf8) }
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
      for k in o.keys.sorted() {
        key(k)
        value(o[k]!)
      }
      endObject()
    }
  }

  // MARK: internals

  private var pendingValue = false

  /// Puts a comma before every item of an array or object but the first (a key's value gets none).
  private mutating func separate() {
    if pendingValue { pendingValue = false; return }
    guard !needsComma.isEmpty else { return }
    if needsComma[needsComma.count - 1] { bytes.append(0x2C) } else { needsComma[needsComma.count - 1] = true }
  }

  private mutating func writeString(_ s: String) {
    bytes.append(0x22)
    for b in s.utf8 {
      switch b {
      case 0x22: bytes += [0x5C, 0x22]
      case 0x5C: bytes += [0x5C, 0x5C]
      case 0x0A: bytes += [0x5C, 0x6E]
      case 0x0D: bytes += [0x5C, 0x72]
      case 0x09: bytes += [0x5C, 0x74]
      case 0x08: bytes += [0x5C, 0x62]
      case 0x0C: bytes += [0x5C, 0x66]
      case 0..<0x20:
        let hex = Array("0123456789abcdef".utf8)
        bytes += [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]]
      default: bytes.append(b)
      }
    }
    bytes.append(0x22)
  }
}
