/// A concept mention with its assertion.
public struct Finding: Sendable, Hashable {
  /// The concept's rule id.
  public var concept: String
  public var assertion: Assertion
  /// The mention's span in the source.
  public var span: Span
  /// The sentence it is in (index into `Analysis.sentences`).
  public var sentence: Int
  /// Ids of the context cues (and `section:<id>` defaults) that set its assertion.
  public var cues: [String]
  var conceptIndex: Int
}

/// A labelled numeric value.
public struct Measurement: Sendable, Hashable {
  /// The measurement rule id.
  public var id: String
  /// Values in the canonical unit, one per component.
  public var values: [Double]
  /// The canonical unit, if the rule names one.
  public var unit: String?
  /// From the label to the end of the value (and unit).
  public var span: Span
  public var sentence: Int
  /// False when a value lies outside the plausible range; such values are noted but never escalated.
  public var plausible: Bool
  /// True when a value lies outside the normal range.
  public var abnormal: Bool
  var ruleIndex: Int
}

/// A sentence as reported by the library.
public struct SentenceInfo: Sendable, Hashable {
  public var span: Span
  public var section: String
  public var isHeader: Bool
}

/// A context cue found in a sentence, with the scope it governs.
public struct CueMatch: Sendable, Hashable {
  public var cue: String
  public var category: CueCategory
  public var span: Span
  public var scope: Span?
  public var sentence: Int
}

/// Everything the analysis stages found in one note.
public struct Analysis: Sendable {
  public let document: Document
  public let sentences: [SentenceInfo]
  public let findings: [Finding]
  public let measurements: [Measurement]
  public let cues: [CueMatch]
  /// Values that were found but fell outside their plausible range (noted, not escalated).
  public var implausibleCount: Int { measurements.filter { !$0.plausible }.count }
  let rawSentences: [Sentence]
  let tokens: [Token]
  let subwords: [Subword]
}
