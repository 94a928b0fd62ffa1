/// The rule kinds of a rule set, as written in its YAML files (before compilation).

/// An example text attached to a rule, with where it was written.
public struct RuleExample: Sendable, Hashable {
  /// The expectation it states: `match`, `no_match`, `negated`, `trigger`, `whole`, …
  public var kind: String
  /// The example text as written, markers included.
  public var text: String
  /// Where the example stands in its rule file.
  public var location: SourceLocation
}

/// Fields every rule has.
public protocol Rule: Sendable {
  /// The rule's unique id.
  var id: String { get }
  /// Where the rule starts in its file.
  var location: SourceLocation { get }
  /// The rule's own examples, run by `notesum rules check` and the tests.
  var examples: [RuleExample] { get }
}

/// Abbreviations after which a period does not end a sentence.
public struct AbbreviationRule: Rule {
  public var id: String
  public var location: SourceLocation
  public var examples: [RuleExample]
  /// The abbreviations, with their periods (`y.o.`).
  public var terms: [String]
  /// `always` joins even before a capital letter (titles such as `Dr.`); `lowercase` joins only before lower case.
  public var joinAlways: Bool
}

/// Assertion defaults a section gives the mentions inside it.
public struct SectionDefaults: Sendable, Hashable {
  public var experiencer: Experiencer?
  public var historical: Bool = false
  public var hypothetical: Bool = false
}

/// A note section and the header labels that open it.
public struct SectionRule: Rule {
  public var id: String
  public var location: SourceLocation
  public var examples: [RuleExample]
  public var headers: [String]
  public var defaults: SectionDefaults
}

/// A clinical concept matched by terms and optional regexes.
public struct ConceptRule: Rule {
  public var id: String
  public var location: SourceLocation
  public var examples: [RuleExample]
  public var name: String
  public var category: String
  public var redFlag: Bool
  public var weight: Double
  public var terms: [String]
  public var regexes: [String]
}

/// What a context cue asserts about the mentions in its scope.
public enum CueCategory: String, Sendable, Codable, CaseIterable {
  case negated, uncertain, historical, hypothetical, family
  case otherExperiencer = "other_experiencer"
  case pseudo, terminate
}

/// Which way a cue's scope runs.
public enum CueDirection: String, Sendable, Codable { case forward, backward, both }

/// A ConText-style cue phrase.
public struct CueRule: Rule {
  public var id: String
  public var location: SourceLocation
  public var examples: [RuleExample]
  public var phrases: [String]
  public var category: CueCategory
  public var direction: CueDirection
  public var maxScope: Int
}

/// A unit the measurement may be written in, converted to the canonical unit.
public struct AlternateUnit: Sendable, Hashable {
  public var unit: String
  public var scale: Double
  public var offset: Double
  /// With no unit written, a value above this is taken to be in this unit.
  public var assumeAbove: Double?
}

/// A labelled numeric value such as `SpO2 88%` or `BP 150/90`.
public struct MeasurementRule: Rule {
  public var id: String
  public var location: SourceLocation
  public var examples: [RuleExample]
  public var labels: [String]
  /// Component names for values written `a/b` (for example systolic, diastolic); empty for one value.
  public var components: [String]
  public var unit: String?
  public var alternateUnits: [AlternateUnit]
  /// Plausible range per component.
  public var plausible: [ClosedRange<Double>]
  /// Normal range per component.
  public var normal: [ClosedRange<Double>]
}

/// Escalation levels, in order.
public enum EscalationLevel: String, Sendable, Codable, CaseIterable, Comparable {
  case none, routine, urgent, emergent
  var rank: Int {
    switch self {
    case .none: 0
    case .routine: 1
    case .urgent: 2
    case .emergent: 3
    }
  }
  public static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }
}

/// Which assertions a concept condition accepts.
public enum AssertionRequirement: String, Sendable, Codable {
  /// Affirmed, current, about the patient (the default).
  case affirmed
  /// Affirmed or uncertain ("possible", "rule out"), current, about the patient.
  case possible
  /// Negated, about the patient.
  case negated
  /// Any mention at all.
  case any
}

/// A comparison with a threshold.
public enum ComparisonOperator: String, Sendable, Codable {
  case lessThan = "<", lessOrEqual = "<=", greaterThan = ">", greaterOrEqual = ">="
  func holds(_ a: Double, _ b: Double) -> Bool {
    switch self {
    case .lessThan: a < b
    case .lessOrEqual: a <= b
    case .greaterThan: a > b
    case .greaterOrEqual: a >= b
    }
  }
}

/// A condition of an escalation rule.
public indirect enum Condition: Sendable, Hashable {
  case concept(id: String, assertion: AssertionRequirement)
  case measurement(id: String, component: Int, op: ComparisonOperator, value: Double)
  /// All of `all`, at least one of `any` (when non-empty), none of `none`.
  case group(all: [Condition], any: [Condition], none: [Condition])
}

/// A rule that raises the escalation level of a note.
public struct EscalationRule: Rule {
  public var id: String
  public var location: SourceLocation
  public var examples: [RuleExample]
  public var level: EscalationLevel
  public var message: String
  public var condition: Condition
  public var mustKeep: Bool
  public var overridable: Bool
}

/// Who will read the output.
public enum Audience: String, Sendable, Codable, CaseIterable { case clinician, patient }

/// What a banned-output rule does with what it finds.
public enum BannedAction: String, Sendable, Codable { case redact, dropSentence = "drop_sentence", block }

/// Content that must not reach the output.
public struct BannedRule: Rule {
  public var id: String
  public var location: SourceLocation
  public var examples: [RuleExample]
  public var terms: [String]
  public var regex: String?
  public var action: BannedAction
  public var replacement: String
  public var audiences: [Audience]
  public var overridable: Bool
  /// Redact, wherever it appears in emitted text, every string this rule matches anywhere in the source note
  /// (so a name found after "Patient:" is also removed where it stands alone).
  public var propagate: Bool
  /// A speed hint: the regex cannot match text with fewer digits than this (a phone number has 10).
  public var requiresDigits: Int
  /// A speed hint: the regex cannot match text that contains none of these (ASCII, case-insensitive), such as "@".
  public var requiresAny: [String]
}

/// Where a disclaimer goes.
public enum DisclaimerPosition: String, Sendable, Codable { case start, end }

/// A disclaimer attached to outputs for an audience and escalation levels.
public struct DisclaimerRule: Rule {
  public var id: String
  public var location: SourceLocation
  public var examples: [RuleExample] { [] }
  public var audience: Audience
  public var position: DisclaimerPosition
  public var levels: [EscalationLevel]
  public var text: String
}

/// Summary scoring and budget settings.
public struct SummarySettings: Sendable, Hashable {
  public var maxSentences = 6
  public var maxCharacters = 900
  public var redundancy = 0.7
  public var sectionWeights: [String: Double] = [:]
  public var defaultSectionWeight = 1.0
  public var conceptWeight = 1.0
  public var redFlagWeight = 3.0
  public var negativeWeight = 0.4
  public var measurementWeight = 0.5
  public var abnormalMeasurementWeight = 1.5
  public var positionPrior = 0.3
  public init() {}
}

/// Who a mention is about.
public enum Experiencer: String, Sendable, Codable { case patient, family, other }
