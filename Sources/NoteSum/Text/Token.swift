/// One word, number or punctuation mark of a note, in UTF-16 offsets, with the vocabulary id of its folded form.
struct Token: Sendable {
  enum Kind: UInt8, Sendable { case word, number, punctuation }
  var start: Int32
  var end: Int32
  /// Vocabulary id of the case-folded token, or `Vocabulary.unknown`.
  var id: Int32
  var kind: Kind

  var range: UTF16Range { UTF16Range(start: Int(start), end: Int(end)) }
}

/// A word inside a token that ICU kept whole across punctuation ("MI's", "Dr.Jones", "x:y"): where it starts and
/// the vocabulary id of its folded form. Regex anchor checks look at these too, since a regex sees a word boundary
/// at that punctuation where the tokenizer does not.
struct Subword: Sendable {
  var start: Int32
  var id: Int32
}
