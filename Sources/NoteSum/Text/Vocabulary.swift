/// A closed set of case-folded words, each with a small integer id, looked up without allocating.
///
/// Built once when a rule set is compiled; the tokenizer gives each word of a note the id of its folded form,
/// or `Vocabulary.unknown`, and every term matcher then works on ids.
struct Vocabulary: Sendable {
  static let unknown: Int32 = -1

  private var storage: [UInt16] = []
  private var entries: [(offset: Int32, length: Int32)] = []
  private var table: [Int32] = []  // slot -> entry index, -1 empty
  private var mask = 0

  init() { rehash(capacity: 64) }

  /// The number of words.
  var count: Int { entries.count }

  /// The id of a folded word, adding it when new.
  mutating func intern(_ folded: [UInt16]) -> Int32 {
    if let id = folded.withUnsafeBufferPointer({ lookup($0) }), id != Vocabulary.unknown { return id }
    let id = Int32(entries.count)
    entries.append((Int32(storage.count), Int32(folded.count)))
    storage.append(contentsOf: folded)
    if entries.count * 2 > table.count { rehash(capacity: table.count * 2) } else { insert(id) }
    return id
  }

  /// The id of a folded word, or `unknown`.
  func lookup(_ folded: UnsafeBufferPointer<UInt16>) -> Int32? { probe(folded) { $0 } }

  /// The id of an ASCII word after folding (A–Z lowercased), or `unknown`: `lookup` without building the folded
  /// copy. The caller guarantees every unit is ASCII, where Unicode case folding is exactly this lowercasing.
  func lookup(asciiUnfolded word: UnsafeBufferPointer<UInt16>) -> Int32 { probe(word, Vocabulary.lower) }

  /// Finds the entry equal to `word` with `unit` applied to each of its code units (hash and comparison alike).
  @inline(__always)
  private func probe(_ word: UnsafeBufferPointer<UInt16>, _ unit: (UInt16) -> UInt16) -> Int32 {
    var slot = Vocabulary.hash(word, unit) & mask
    return table.withUnsafeBufferPointer { table in
      entries.withUnsafeBufferPointer { entries in
        storage.withUnsafeBufferPointer { stored in
          while true {
            let e = table[slot]
            if e < 0 { return Vocabulary.unknown }
            let entry = entries[Int(e)]
            if Int(entry.length) == word.count {
              var same = true
              let base = Int(entry.offset)
              for k in 0..<word.count where stored[base + k] != unit(word[k]) { same = false; break }
              if same { return e }
            }
            slot = (slot + 1) & mask
          }
        }
      }
    }
  }

  @inline(__always) private static func lower(_ u: UInt16) -> UInt16 { u >= 0x41 && u <= 0x5A ? u | 0x20 : u }

  /// The folded word of an id.
  func word(_ id: Int32) -> String {
    let e = entries[Int(id)]
    return String(decoding: storage[Int(e.offset)..<Int(e.offset + e.length)], as: UTF16.self)
  }

  private mutating func rehash(capacity: Int) {
    table = [Int32](repeating: -1, count: capacity)
    mask = capacity - 1
    for id in 0..<entries.count { insert(Int32(id)) }
  }

  private mutating func insert(_ id: Int32) {
    let e = entries[Int(id)]
    var slot = storage.withUnsafeBufferPointer {
      Vocabulary.hash(UnsafeBufferPointer(rebasing: $0[Int(e.offset)..<Int(e.offset + e.length)])) { $0 }
    } & mask
    while table[slot] >= 0 { slot = (slot + 1) & mask }
    table[slot] = id
  }

  /// FNV-1a over the units, each passed through `unit` first.
  @inline(__always)
  private static func hash(_ units: UnsafeBufferPointer<UInt16>, _ unit: (UInt16) -> UInt16) -> Int {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for u in units { h = (h ^ UInt64(unit(u))) &* 0x100_0000_01b3 }
    return Int(truncatingIfNeeded: h ^ (h >> 29))
  }
}
