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
  /// Longest header label in UTF-16 units.
  var maxHeaderLength = 48
}
