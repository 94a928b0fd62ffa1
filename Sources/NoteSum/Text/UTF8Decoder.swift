/// Strict or lossy UTF-8 to UTF-16 decoding that reports the byte offset of the first invalid sequence.
enum UTF8Decoder {
  struct Output {
    var utf16: [UInt16]
    var isASCII: Bool
    var invalidOffset: Int?
    var replacements: Int
  }

  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, lossy: Bool) -> Output {
    let n = bytes.count
    // Fast path: all ASCII.
    var allASCII = true
    var k = 0
    while k < n {
      if bytes[k] & 0x80 != 0 { allASCII = false; break }
      k += 1
    }
    if allASCII {
      return Output(utf16: [UInt16](unsafeUninitializedCapacity: n) { buf, count in
        for j in 0..<n { buf[j] = UInt16(bytes[j]) }
        count = n
      }, isASCII: true, invalidOffset: nil, replacements: 0)
    }
    var out = [UInt16]()
    out.reserveCapacity(n)
    for j in 0..<k { out.append(UInt16(bytes[j])) }
    var i = k
    var replacements = 0
    while i < n {
      let b0 = bytes[i]
      if b0 < 0x80 { out.append(UInt16(b0)); i += 1; continue }
      var need = 0
      var scalar: UInt32 = 0
      var minimum: UInt32 = 0
      switch b0 {
      case 0xC2...0xDF: need = 1; scalar = UInt32(b0 & 0x1F); minimum = 0x80
      case 0xE0...0xEF: need = 2; scalar = UInt32(b0 & 0x0F); minimum = 0x800
      case 0xF0...0xF4: need = 3; scalar = UInt32(b0 & 0x07); minimum = 0x10000
      default: need = -1
      }
      var valid = need > 0 && i + need < n
      if valid {
        for j in 1...need {
          let b = bytes[i + j]
          if b & 0xC0 != 0x80 { valid = false; break }
          scalar = (scalar << 6) | UInt32(b & 0x3F)
        }
      }
      if valid && (scalar < minimum || scalar > 0x10FFFF || (scalar >= 0xD800 && scalar <= 0xDFFF)) { valid = false }
      if !valid {
        if !lossy { return Output(utf16: [], isASCII: false, invalidOffset: i, replacements: 0) }
        out.append(0xFFFD)
        replacements += 1
        i += 1
        continue
      }
      if scalar >= 0x10000 {
        let v = scalar - 0x10000
        out.append(UInt16(0xD800 + (v >> 10)))
        out.append(UInt16(0xDC00 + (v & 0x3FF)))
      } else {
        out.append(UInt16(scalar))
      }
      i += need + 1
    }
    return Output(utf16: out, isASCII: false, invalidOffset: nil, replacements: replacements)
  }
}
