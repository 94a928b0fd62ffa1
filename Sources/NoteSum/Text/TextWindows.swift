/// Splits a long text into windows for regex scanning, so that one ICU match operation never has to cross a whole
/// huge note (its time limit is per operation). Windows end at a line break where possible, else at a space.
enum TextWindows {
  /// Window length in UTF-16 units.
  static let length = 16_384

  static func split(_ text: UnsafeBufferPointer<UInt16>, maxLength: Int = length) -> [UTF16Range] {
    let n = text.count
    guard n > maxLength else { return n == 0 ? [] : [UTF16Range(start: 0, end: n)] }
    var out: [UTF16Range] = []
    var start = 0
    while start < n {
      var end = min(n, start + maxLength)
      if end < n {
        var cut = end
        while cut > start + maxLength / 2 && text[cut - 1] != 0x0A { cut -= 1 }
        if cut == start + maxLength / 2 {
          cut = end
          while cut > start + maxLength / 2 && text[cut - 1] != 0x20 { cut -= 1 }
        }
        if cut > start + maxLength / 2 { end = cut }
      }
      out.append(UTF16Range(start: start, end: end))
      start = end
    }
    return out
  }
}
