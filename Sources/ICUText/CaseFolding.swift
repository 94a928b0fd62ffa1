@_implementationOnly import CICU

/// Unicode case folding (ICU default folding), used to compare words regardless of case.
public enum CaseFolding {
  /// Appends the case-folded form of `units` to `output`. ASCII is folded inline; anything else goes through ICU.
  public static func fold(_ units: UnsafeBufferPointer<UInt16>, into output: inout [UInt16]) {
    var ascii = true
    for u in units where u >= 0x80 { ascii = false; break }
    if ascii {
      for u in units { output.append(u >= 0x41 && u <= 0x5A ? u | 0x20 : u) }
      return
    }
    guard let base = units.baseAddress else { return }
    var capacity = units.count * 3 + 4
    while true {
      var status = U_ZERO_ERROR
      var buffer = [UInt16](repeating: 0, count: capacity)
      let length = buffer.withUnsafeMutableBufferPointer {
        cicu_u_strFoldCase($0.baseAddress, Int32(capacity), base, Int32(units.count), UInt32(U_FOLD_CASE_DEFAULT), &status)
      }
      if status == U_BUFFER_OVERFLOW_ERROR { capacity = Int(length) + 1; continue }
      if failed(status) { output.append(contentsOf: units); return }
      output.append(contentsOf: buffer[0..<Int(length)])
      return
    }
  }

  /// The case-folded form of a Swift string.
  public static func fold(_ string: String) -> String {
    let units = Array(string.utf16)
    var out: [UInt16] = []
    out.reserveCapacity(units.count)
    units.withUnsafeBufferPointer { fold($0, into: &out) }
    return String(decoding: out, as: UTF16.self)
  }
}

/// Character classes by Unicode property, for scanning UTF-16 text.
public enum CharacterClass {
  /// True for letters and digits in any script.
  @inline(__always) public static func isAlphanumeric(_ scalar: UInt32) -> Bool {
    if scalar < 0x80 {
      return (scalar >= 0x30 && scalar <= 0x39) || ((scalar | 0x20) >= 0x61 && (scalar | 0x20) <= 0x7A)
    }
    return cicu_u_isalnum(UChar32(bitPattern: scalar)) != 0
  }
  /// True for uppercase letters in any script.
  @inline(__always) public static func isUppercase(_ scalar: UInt32) -> Bool {
    if scalar < 0x80 { return scalar >= 0x41 && scalar <= 0x5A }
    return cicu_u_isupper(UChar32(bitPattern: scalar)) != 0
  }
  /// True for lowercase letters in any script.
  @inline(__always) public static func isLowercase(_ scalar: UInt32) -> Bool {
    if scalar < 0x80 { return scalar >= 0x61 && scalar <= 0x7A }
    return cicu_u_islower(UChar32(bitPattern: scalar)) != 0
  }
}
