/// Why bytes are not a JSON object as `JSONParser` reads them. Carries offsets only, never input text.
enum JSONParseError: Error, Sendable, Hashable {
  /// Not JSON, or not an object: unexpected byte (or end of input) at `offset`.
  case syntax(offset: Int)
  /// Objects and arrays nested deeper than `JSONParser.maxDepth`.
  case tooDeep(offset: Int)
  /// A string with a raw control character, a bad escape, a lone surrogate or invalid UTF-8.
  case invalidString(offset: Int)
  /// A number outside the JSON grammar, or one that overflows or underflows a `Double`.
  case invalidNumber(offset: Int)
  /// A number with an exponent that is zero as a `Double` (`0e1`, `0.00e5`, `1e-400`): whether `JSONDecoder` accepts
  /// one depends on its spelling in ways that follow no grammar, so the caller asks `JSONDecoder` itself.
  case zeroWithExponent(offset: Int)
}

/// A strict JSON parser over UTF-8 bytes for one JSONL record: a top-level object, decoded into `JSONValue`s.
///
/// It accepts exactly what `JSONDecoder` accepts when decoding `[String: JSONValue]` from UTF-8, quirks included:
/// a leading UTF-8 byte-order mark, a trailing comma after the last member or element, at most 512 levels of
/// nesting, and duplicate keys resolved to the first. `JSONDecoder` checks strings and numbers only when it decodes
/// them, so the values of later duplicate keys are only scanned (`skipValue`), with its scanner's looser rules.
/// The one thing it leaves to its caller is a number with an exponent that comes out as zero (`zeroWithExponent`).
struct JSONParser {
  /// The deepest nesting of objects and arrays accepted, counting the top-level object.
  static let maxDepth = 512

  /// Parses `bytes` as one JSON object, with nothing but whitespace around it.
  static func parseObject(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONParseError) -> [String: JSONValue] {
    var p = JSONParser(bytes: bytes)
    if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { p.i = 3 }
    p.skipWhitespace()
    guard p.peek == Byte.openBrace else { throw .syntax(offset: p.i) }
    let object = try p.object()
    p.skipWhitespace()
    guard p.i == bytes.count else { throw .syntax(offset: p.i) }
    return object
  }

  private let bytes: UnsafeBufferPointer<UInt8>
  private var i = 0
  private var depth = 0

  private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  /// The current byte, or 0 at the end (0 is never valid where a token is expected).
  private var peek: UInt8 { i < bytes.count ? bytes[i] : 0 }

  private mutating func skipWhitespace() {
    while i < bytes.count {
      switch bytes[i] {
      case 0x20, 0x09, 0x0A, 0x0D: i += 1
      default: return
      }
    }
  }

  private mutating func enter() throws(JSONParseError) {
    depth += 1
    if depth > Self.maxDepth { throw .tooDeep(offset: i) }
  }

  // MARK: values

  private mutating func value() throws(JSONParseError) -> JSONValue {
    switch peek {
    case Byte.quote: return .string(try string())
    case Byte.openBrace: return .object(try object())
    case Byte.openBracket: return .array(try array())
    case UInt8(ascii: "t"): try literal("true"); return .bool(true)
    case UInt8(ascii: "f"): try literal("false"); return .bool(false)
    case UInt8(ascii: "n"): try literal("null"); return .null
    case Byte.minus, Byte.zero...Byte.nine: return .number(try number())
    default: throw .syntax(offset: i)
    }
  }

  /// An object, at its `{`. The first of duplicate keys wins; later values are only scanned.
  private mutating func object() throws(JSONParseError) -> [String: JSONValue] {
    var result: [String: JSONValue] = [:]
    if try open(close: Byte.closeBrace) { return result }
    while true {
      guard peek == Byte.quote else { throw .syntax(offset: i) }
      let key = try string()
      try colon()
      if result[key] == nil { result[key] = try value() } else { try skipValue() }
      if try endOfMember(close: Byte.closeBrace) { return result }
    }
  }

  /// An array, at its `[`.
  private mutating func array() throws(JSONParseError) -> [JSONValue] {
    var result: [JSONValue] = []
    if try open(close: Byte.closeBracket) { return result }
    while true {
      result.append(try value())
      if try endOfMember(close: Byte.closeBracket) { return result }
    }
  }

  /// At a `{` or `[`: enters the container and steps past the opening and whitespace. True when `close` follows at
  /// once (the empty container is then left too).
  private mutating func open(close: UInt8) throws(JSONParseError) -> Bool {
    try enter()
    i += 1
    skipWhitespace()
    guard peek == close else { return false }
    i += 1
    depth -= 1
    return true
  }

  /// After an object key: the `:` with the whitespace around it.
  private mutating func colon() throws(JSONParseError) {
    skipWhitespace()
    guard peek == Byte.colon else { throw .syntax(offset: i) }
    i += 1
    skipWhitespace()
  }

  /// After a member or element: true (past `close`) when the container ends, false (past `,`) when another follows.
  /// A comma right before `close` is allowed, as `JSONDecoder` allows it.
  private mutating func endOfMember(close: UInt8) throws(JSONParseError) -> Bool {
    skipWhitespace()
    if peek == Byte.comma {
      i += 1
      skipWhitespace()
      guard peek == close else { return false }
    } else if peek != close {
      throw .syntax(offset: i)
    }
    i += 1
    depth -= 1
    return true
  }

  private mutating func literal(_ word: StaticString) throws(JSONParseError) {
    let n = word.utf8CodeUnitCount
    guard i + n <= bytes.count else { throw .syntax(offset: i) }
    for k in 0..<n where bytes[i + k] != word.utf8Start[k] { throw .syntax(offset: i) }
    i += n
  }

  // MARK: strings

  /// A string, at its opening quote; escapes decoded, UTF-8 validated.
  private mutating func string() throws(JSONParseError) -> String {
    i += 1
    let start = i
    var ascii = true
    while i < bytes.count {
      let b = bytes[i]
      if b == Byte.quote {
        let run = UnsafeBufferPointer(rebasing: bytes[start..<i])
        i += 1
        if ascii { return String(decoding: run, as: UTF8.self) }
        guard let s = String(validating: run, as: UTF8.self) else { throw .invalidString(offset: start - 1) }
        return s
      }
      if b == Byte.backslash { return try escapedString(start: start) }
      if b < 0x20 { throw .invalidString(offset: i) }
      if b >= 0x80 { ascii = false }
      i += 1
    }
    throw .syntax(offset: i)
  }

  /// The rest of a string that has escapes: `i` is at the first backslash, `start` just past the opening quote.
  private mutating func escapedString(start: Int) throws(JSONParseError) -> String {
    var out = [UInt8](UnsafeBufferPointer(rebasing: bytes[start..<i]))
    out.reserveCapacity(out.count + 16)
    while i < bytes.count {
      let b = bytes[i]
      switch b {
      case Byte.quote:
        i += 1
        guard let s = String(validating: out, as: UTF8.self) else { throw .invalidString(offset: start - 1) }
        return s
      case Byte.backslash:
        i += 1
        switch peek {
        case Byte.quote, Byte.backslash, UInt8(ascii: "/"): out.append(peek)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
          i += 1
          appendUTF8(try unicodeEscape(), to: &out)
          continue
        default: throw .invalidString(offset: i - 1)
        }
        i += 1
      case 0..<0x20: throw .invalidString(offset: i)
      default:
        // Copy the run up to the next quote, backslash or control character at once.
        let runStart = i
        i += 1
        while i < bytes.count, bytes[i] != Byte.quote, bytes[i] != Byte.backslash, bytes[i] >= 0x20 { i += 1 }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
      }
    }
    throw .syntax(offset: i)
  }

  /// The scalar of a `\uXXXX` escape (`i` just past the `u`), joining a surrogate pair; lone surrogates are errors.
  private mutating func unicodeEscape() throws(JSONParseError) -> UInt32 {
    let at = i - 2
    let unit = try hex4()
    switch unit {
    case 0xD800...0xDBFF:
      guard peek == Byte.backslash, i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "u") else {
        throw .invalidString(offset: at)
      }
      i += 2
      let low = try hex4()
      guard (0xDC00...0xDFFF).contains(low) else { throw .invalidString(offset: at) }
      return 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
    case 0xDC00...0xDFFF: throw .invalidString(offset: at)
    default: return unit
    }
  }

  private mutating func hex4() throws(JSONParseError) -> UInt32 {
    guard i + 4 <= bytes.count else { throw .syntax(offset: i) }
    var v: UInt32 = 0
    for _ in 0..<4 {
      let b = bytes[i]
      let d: UInt8
      switch b {
      case Byte.zero...Byte.nine: d = b - Byte.zero
      case UInt8(ascii: "a")...UInt8(ascii: "f"): d = b - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): d = b - UInt8(ascii: "A") + 10
      default: throw .invalidString(offset: i)
      }
      v = v << 4 | UInt32(d)
      i += 1
    }
    return v
  }

  private func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
    switch scalar {
    case 0..<0x80: out.append(UInt8(scalar))
    case 0x80..<0x800:
      out.append(0xC0 | UInt8(scalar >> 6))
      out.append(0x80 | UInt8(scalar & 0x3F))
    case 0x800..<0x10000:
      out.append(0xE0 | UInt8(scalar >> 12))
      out.append(0x80 | UInt8(scalar >> 6 & 0x3F))
      out.append(0x80 | UInt8(scalar & 0x3F))
    default:
      out.append(0xF0 | UInt8(scalar >> 18))
      out.append(0x80 | UInt8(scalar >> 12 & 0x3F))
      out.append(0x80 | UInt8(scalar >> 6 & 0x3F))
      out.append(0x80 | UInt8(scalar & 0x3F))
    }
  }

  // MARK: numbers

  /// A number in the RFC 8259 grammar as the nearest `Double`. Like `JSONDecoder`, rejects numbers that overflow to
  /// infinity, and numbers with a non-zero digit that underflow to zero.
  private mutating func number() throws(JSONParseError) -> Double {
    let start = i
    let negative = peek == Byte.minus
    if negative { i += 1 }
    var mantissa: UInt64 = 0
    var digits = 0  // significant digits accumulated into `mantissa` (leading zeros skipped)
    var nonzero = false
    var scale = 0  // decimal exponent adjustment from fraction digits
    var exact = true  // mantissa holds every digit
    // Integer part: 0, or a non-zero digit followed by digits.
    if peek == Byte.zero {
      i += 1
    } else if (Byte.one...Byte.nine).contains(peek) {
      while (Byte.zero...Byte.nine).contains(peek) {
        accumulate(peek, &mantissa, &digits, &nonzero, &exact, &scale, fraction: false)
        i += 1
      }
    } else {
      throw .invalidNumber(offset: start)
    }
    if peek == Byte.dot {
      i += 1
      guard (Byte.zero...Byte.nine).contains(peek) else { throw .invalidNumber(offset: start) }
      while (Byte.zero...Byte.nine).contains(peek) {
        accumulate(peek, &mantissa, &digits, &nonzero, &exact, &scale, fraction: true)
        i += 1
      }
    }
    var exponent = 0
    let hasExponent = peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E")
    if hasExponent {
      i += 1
      var expNegative = false
      if peek == Byte.plus || peek == Byte.minus {
        expNegative = peek == Byte.minus
        i += 1
      }
      guard (Byte.zero...Byte.nine).contains(peek) else { throw .invalidNumber(offset: start) }
      while (Byte.zero...Byte.nine).contains(peek) {
        if exponent < 100_000 { exponent = exponent * 10 + Int(peek - Byte.zero) }
        i += 1
      }
      if expNegative { exponent = -exponent }
    }
    if hasExponent && !nonzero { throw .zeroWithExponent(offset: start) }
    // Exact fast path: at most 15 significant digits (exact in a Double) and an exact power of ten; one rounding.
    let power = exponent + scale
    if exact && abs(power) <= 22 {
      var v = Double(mantissa)
      if power < 0 { v /= Self.powersOfTen[-power] } else if power > 0 { v *= Self.powersOfTen[power] }
      return negative ? -v : v
    }
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
    guard let v = Double(text), v.isFinite else { throw .invalidNumber(offset: start) }
    if v == 0 && hasExponent { throw .zeroWithExponent(offset: start) }
    guard v != 0 || !nonzero else { throw .invalidNumber(offset: start) }
    return v
  }

  /// Adds one digit to the mantissa while it still fits exactly in 15 digits.
  private func accumulate(
    _ byte: UInt8, _ mantissa: inout UInt64, _ digits: inout Int, _ nonzero: inout Bool, _ exact: inout Bool,
    _ scale: inout Int, fraction: Bool
  ) {
    let d = UInt64(byte - Byte.zero)
    if d != 0 { nonzero = true }
    if mantissa == 0 && d == 0 {
      if fraction { scale -= 1 }
      return
    }
    if digits < 15 {
      mantissa = mantissa * 10 + d
      digits += 1
      if fraction { scale -= 1 }
    } else {
      exact = false
    }
  }

  private static let powersOfTen: [Double] = (0...22).map { p in (0..<p).reduce(1.0) { r, _ in r * 10 } }

  // MARK: scanning (values of duplicate keys)

  /// Skips one value with the checks `JSONDecoder`'s scanner makes before anything is decoded: structure, nesting
  /// depth, literals; strings only to their closing quote; numbers as a run of number characters.
  private mutating func skipValue() throws(JSONParseError) {
    switch peek {
    case Byte.quote: try skipString()
    case Byte.openBrace, Byte.openBracket:
      let close = peek == Byte.openBrace ? Byte.closeBrace : Byte.closeBracket
      if try open(close: close) { return }
      while true {
        if close == Byte.closeBrace {
          guard peek == Byte.quote else { throw .syntax(offset: i) }
          try skipString()
          try colon()
        }
        try skipValue()
        if try endOfMember(close: close) { return }
      }
    case UInt8(ascii: "t"): try literal("true")
    case UInt8(ascii: "f"): try literal("false")
    case UInt8(ascii: "n"): try literal("null")
    case Byte.minus, Byte.zero...Byte.nine:
      i += 1
      while true {
        switch peek {
        case Byte.zero...Byte.nine, Byte.dot, Byte.plus, Byte.minus, UInt8(ascii: "e"), UInt8(ascii: "E"): i += 1
        default: return
        }
      }
    default: throw .syntax(offset: i)
    }
  }

  /// Skips a string to its closing quote: a backslash takes the next byte, `\u` the next four, none a quote.
  private mutating func skipString() throws(JSONParseError) {
    i += 1
    while i < bytes.count {
      switch bytes[i] {
      case Byte.quote:
        i += 1
        return
      case Byte.backslash:
        guard i + 1 < bytes.count else { throw .syntax(offset: i) }
        if bytes[i + 1] == UInt8(ascii: "u") {
          guard i + 6 <= bytes.count, !bytes[(i + 2)..<(i + 6)].contains(Byte.quote) else { throw .syntax(offset: i) }
          i += 6
        } else {
          i += 2
        }
      default: i += 1
      }
    }
    throw .syntax(offset: i)
  }
}

/// ASCII bytes the parser and writer look for.
enum Byte {
  static let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\"), colon = UInt8(ascii: ":")
  static let comma = UInt8(ascii: ","), dot = UInt8(ascii: "."), plus = UInt8(ascii: "+"), minus = UInt8(ascii: "-")
  static let openBrace = UInt8(ascii: "{"), closeBrace = UInt8(ascii: "}")
  static let openBracket = UInt8(ascii: "["), closeBracket = UInt8(ascii: "]")
  static let zero = UInt8(ascii: "0"), one = UInt8(ascii: "1"), nine = UInt8(ascii: "9")
}
