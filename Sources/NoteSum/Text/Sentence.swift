/// A sentence (or a section header) of a note, in UTF-16 offsets, trimmed of surrounding white space.
struct Sentence: Sendable {
  var range: UTF16Range
  /// True for a section header label such as `HPI:`; headers are never summarised.
  var isHeader: Bool
  /// For a header, the section it opens (index into the rule set's sections), or -1 when unrecognised.
  /// For other sentences, the section they fall in, or -1 for `unknown`.
  var section: Int
  /// The indices of this sentence's tokens.
  var tokens: Range<Int> = 0..<0
}

/// What the segmenter takes from the rule set.
struct SegmentationConfig: Sendable {
  enum Join: Sendable { case always, beforeLowercase }
  /// Folded abbreviations with their trailing period, for example `y.o.`.
  var abbreviations: [String: Join] = [:]
  /// Folded header labels (white space collapsed, no colon) to section index.
  var headers: [String: Int] = [:]
  /// Folded measurement labels, which are never taken for headers (`BP:`).
  var measurementLabels: Set<String> = []
  /// The same tables, looked up by folded UTF-16 without allocating (built once by `buildTables`).
  private(set) var abbreviationTable = FoldedTable<Join>([:])
  private(set) var headerTable = FoldedTable<Int>([:])
  private(set) var measurementTable = FoldedTable<Bool>([:])

  /// Builds the lookup tables from the dictionaries; call once after filling them.
  mutating func buildTables() {
    abbreviationTable = FoldedTable(abbreviations)
    headerTable = FoldedTable(headers)
    measurementTable = FoldedTable(Dictionary(uniqueKeysWithValues: measurementLabels.map { ($0, true) }))
  }
  /// Longest header label in UTF-16 units.
  var maxHeaderLength = 48
}

/// A dictionary keyed by folded words, looked up with a UTF-16 buffer (no `String` per lookup).
struct FoldedTable<Value: Sendable>: Sendable {
  private var vocabulary = Vocabulary()
  private var values: [Value] = []

  init(_ dictionary: [String: Value]) {
    for key in dictionary.keys.sorted() {
      let id = vocabulary.intern(Array(key.utf16))
      if Int(id) == values.count { values.append(dictionary[key]!) } else { values[Int(id)] = dictionary[key]! }
    }
  }

  subscript(_ folded: UnsafeBufferPointer<UInt16>) -> Value? {
    guard let id = vocabulary.lookup(folded), id >= 0 else { return nil }
    return values[Int(id)]
  }
}
