import Foundation

/// Reads FTS5's per-row length record (`notes_fts_docsize.sz`): one SQLite varint per column, each the column's
/// length in tokens (7 bits a byte, most significant first, high bit set on every byte but the last).
enum DocSize {
  /// The length in tokens of the first (only) column; 0 for an empty or missing record.
  static func tokens(_ record: (some Sequence<UInt8>)?) -> Int {
    guard let record else { return 0 }
    var value = 0
    for byte in record.prefix(5) {
      value = (value << 7) | Int(byte & 0x7F)
      if byte < 0x80 { break }
    }
    return value
  }
}
