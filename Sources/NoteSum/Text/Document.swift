/// A note's text, validated as UTF-8 and held as UTF-16 for ICU, with offset maps back to Unicode scalars and
/// UTF-8 bytes of the original input.
///
/// The text is never normalised: every span the library reports slices back to exactly the input text.
public struct Document: Sendable {
  /// The text as UTF-16 code units (what the tokenizer and regexes read).
  public let utf16: [UInt16]
  /// For each UTF-16 offset `i` (0...count), the scalar offset it starts; nil when the text is ASCII,
  /// where every offset is the same.
  private let scalarOffsets: [Int32]?
  /// For each scalar offset (0...scalarCount), its UTF-8 byte offset; nil when the text is ASCII.
  private let utf8Offsets: [Int32]?
  /// How many invalid byte sequences were replaced with U+FFFD (only in lossy decoding).
  public let replacements: Int
  /// The number of Unicode scalars in the text.
  public let scalarCount: Int

  /// Decodes `bytes` as UTF-8. In strict mode an invalid sequence throws `DocumentError.invalidUTF8` naming its
  /// byte offset; in lossy mode each invalid byte becomes U+FFFD and is counted in `replacements`.
  public init<Bytes: Collection<UInt8>>(utf8 bytes: Bytes, lossy: Bool = false) throws(DocumentError) {
    let decoded: UTF8Decoder.Output
    if let fast = bytes.withContiguousStorageIfAvailable({ UTF8Decoder.decode($0, lossy: lossy) }) {
      decoded = fast
    } else {
      decoded = Array(bytes).withUnsafeBufferPointer { UTF8Decoder.decode($0, lossy: lossy) }
    }
    if let offset = decoded.invalidOffset { throw .invalidUTF8(byteOffset: offset) }
    utf16 = decoded.utf16
    replacements = decoded.replacements
    if decoded.isASCII {
      scalarOffsets = nil
      utf8Offsets = nil
      scalarCount = decoded.utf16.count
    } else {
      let maps = Document.offsetMaps(decoded.utf16)
      scalarOffsets = maps.scalar
      utf8Offsets = maps.utf8
      scalarCount = maps.utf8.count - 1
    }
  }

  /// A document over an existing Swift string (always valid).
  public init(_ text: String) {
    // A String is valid Unicode, so decoding its UTF-8 cannot fail.
    self = (try? Document(utf8: Array(text.utf8))) ?? Document.empty
  }

  private init(emptyDocument: Void) {
    utf16 = []
    scalarOffsets = nil
    utf8Offsets = nil
    replacements = 0
    scalarCount = 0
  }

  /// The empty document.
  public static let empty = Document(emptyDocument: ())

  /// True when every character is ASCII.
  public var isASCII: Bool { scalarOffsets == nil }

  /// The whole text as a Swift string.
  public var text: String { String(decoding: utf16, as: UTF16.self) }

  /// The scalar offset of a UTF-16 offset.
  @inline(__always) func scalarOffset(_ utf16Offset: Int) -> Int {
    guard let scalarOffsets else { return utf16Offset }
    return Int(scalarOffsets[utf16Offset])
  }

  /// The scalar span of a UTF-16 range.
  func span(_ range: UTF16Range) -> Span { Span(start: scalarOffset(range.start), end: scalarOffset(range.end)) }

  /// The UTF-16 range of a scalar span, or nil when the span lies outside the text.
  public func utf16Range(of span: Span) -> Range<Int>? {
    guard span.start >= 0, span.start <= span.end, span.end <= scalarCount else { return nil }
    guard let scalarOffsets else { return span.start..<span.end }
    return lowerUTF16(scalarOffsets, span.start)..<lowerUTF16(scalarOffsets, span.end)
  }

  /// The UTF-8 byte range of a scalar span in the original input, or nil when the span lies outside the text.
  public func utf8Range(of span: Span) -> Range<Int>? {
    guard span.start >= 0, span.start <= span.end, span.end <= scalarCount else { return nil }
    guard let utf8Offsets else { return span.start..<span.end }
    return Int(utf8Offsets[span.start])..<Int(utf8Offsets[span.end])
  }

  /// The text a scalar span covers, or nil when the span lies outside the text.
  public func slice(_ span: Span) -> String? {
    guard let r = utf16Range(of: span) else { return nil }
    return String(decoding: utf16[r], as: UTF16.self)
  }

  /// The text of a UTF-16 range.
  func string(_ range: UTF16Range) -> String {
    utf16.withUnsafeBufferPointer { all in
      let units = UnsafeBufferPointer(rebasing: all[range.start..<range.end])
      return Document.asciiString(units) ?? String(decoding: units, as: UTF16.self)
    }
  }

  /// The lowercased text of a UTF-16 range (`string(range).lowercased()`, without the general Unicode path when the
  /// range is ASCII).
  func lowercasedString(_ range: UTF16Range) -> String {
    utf16.withUnsafeBufferPointer { all in
      let units = UnsafeBufferPointer(rebasing: all[range.start..<range.end])
      return Document.asciiString(units, lowercase: true) ?? String(decoding: units, as: UTF16.self).lowercased()
    }
  }

  /// The string of ASCII code units (optionally with A–Z lowercased), or nil when a unit is not ASCII. Copies the
  /// units straight into the string's storage: decoding UTF-16 in general is several times slower.
  private static func asciiString(_ units: UnsafeBufferPointer<UInt16>, lowercase: Bool = false) -> String? {
    var bits: UInt16 = 0
    for u in units { bits |= u }
    guard bits < 0x80 else { return nil }
    return String(unsafeUninitializedCapacity: units.count) { out in
      for (i, u) in units.enumerated() {
        out[i] = lowercase && u >= 0x41 && u <= 0x5A ? UInt8(u | 0x20) : UInt8(u)
      }
      return units.count
    }
  }

  private func lowerUTF16(_ map: [Int32], _ scalar: Int) -> Int {
    // First UTF-16 offset whose scalar offset is `scalar` (binary search; the map is non-decreasing).
    var lo = 0, hi = map.count - 1
    while lo < hi {
      let mid = (lo + hi) / 2
      if Int(map[mid]) < scalar { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }

  private static func offsetMaps(_ units: [UInt16]) -> (scalar: [Int32], utf8: [Int32]) {
    let n = units.count
    var scalar = [Int32](repeating: 0, count: n + 1)
    var utf8 = [Int32](repeating: 0, count: n + 1)  // one entry per scalar plus the end; trimmed below
    var s = 0
    // One pass, both maps filled through pointers (appending per scalar cost more than the arithmetic).
    units.withUnsafeBufferPointer { u in
      scalar.withUnsafeMutableBufferPointer { scalarOut in
        utf8.withUnsafeMutableBufferPointer { utf8Out in
          var b: Int32 = 0, i = 0
          while i < n {
            let c = u[i]
            scalarOut[i] = Int32(s)
            if c >= 0xD800 && c < 0xDC00 && i + 1 < n {
              scalarOut[i + 1] = Int32(s)
              b += 4
              i += 2
            } else {
              b += c < 0x80 ? 1 : (c < 0x800 ? 2 : 3)
              i += 1
            }
            s += 1
            utf8Out[s] = b
          }
          scalarOut[n] = Int32(s)
        }
      }
    }
    utf8.removeLast(n - s)
    return (scalar, utf8)
  }
}

/// Why input bytes could not become a document.
public enum DocumentError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The bytes are not valid UTF-8; the offset is of the first bad byte.
  case invalidUTF8(byteOffset: Int)
  /// The note is larger than the configured limit.
  case tooLarge(bytes: Int, limit: Int)

  public var description: String {
    switch self {
    case .invalidUTF8(let offset):
      return "input is not valid UTF-8 (first bad byte at offset \(offset)); re-encode it or pass --lossy"
    case .tooLarge(let bytes, let limit):
      return "note is \(bytes) bytes, over the limit of \(limit) bytes; raise it with --max-note-bytes"
    }
  }
}
