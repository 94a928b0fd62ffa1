/// The ConText assertion of a mention: negation, certainty, time, hypotheticality and who experiences it.
public struct Assertion: Sendable, Hashable, Codable {
  public var negated = false
  public var uncertain = false
  public var historical = false
  public var hypothetical = false
  public var experiencer: Experiencer = .patient

  /// An affirmed, current mention about the patient.
  public init() {}

  /// True when the mention says the finding is present now in the patient, without uncertainty.
  public var isAffirmedCurrentPatient: Bool { isPossibleCurrentPatient && !uncertain }

  /// True when the mention says the finding is, or may be, present now in the patient.
  public var isPossibleCurrentPatient: Bool {
    !negated && !historical && !hypothetical && experiencer == .patient
  }

  /// One label, by precedence: family/other experiencer, hypothetical, negated, historical, uncertain, affirmed.
  public var label: String {
    if experiencer == .family { return "family" }
    if experiencer == .other { return "other" }
    if hypothetical { return "hypothetical" }
    if negated { return "negated" }
    if historical { return "historical" }
    if uncertain { return "uncertain" }
    return "affirmed"
  }
}
