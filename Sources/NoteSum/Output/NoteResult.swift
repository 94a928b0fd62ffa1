/// The result for one note, in the shape DESIGN.md gives (JSON via `Codable`).
public struct NoteResult: Sendable, Codable, Hashable {
  /// Rule-set identity recorded with every result.
  public struct RuleSetInfo: Sendable, Codable, Hashable {
    public var name: String, version: String, sha256: String
  }
  public struct SpanJSON: Sendable, Codable, Hashable {
    public var start: Int, end: Int
  }
  public struct Reason: Sendable, Codable, Hashable {
    public var rule: String
    public var level: EscalationLevel
    public var message: String
    public var evidence: [SpanJSON]
  }
  public struct EscalationJSON: Sendable, Codable, Hashable {
    public var level: EscalationLevel
    public var reasons: [Reason]
  }
  public struct SummaryItem: Sendable, Codable, Hashable {
    /// The emitted text: the source slice with any redactions inside it replaced by their placeholders.
    public var text: String
    public var start: Int, end: Int
    public var section: String
    public var score: Double
    public var why: [String]
  }
  public struct FindingJSON: Sendable, Codable, Hashable {
    public var concept: String
    public var assertion: String
    public var negated: Bool, uncertain: Bool, historical: Bool, hypothetical: Bool
    public var experiencer: Experiencer
    public var cue: String?
    public var cues: [String]
    public var start: Int, end: Int
  }
  public struct MeasurementJSON: Sendable, Codable, Hashable {
    public var id: String
    public var values: [Double]
    public var unit: String?
    public var plausible: Bool, abnormal: Bool
    public var start: Int, end: Int
  }
  public struct RedactionJSON: Sendable, Codable, Hashable {
    public var rule: String
    public var start: Int, end: Int
    public var replacement: String
  }
  public struct DroppedJSON: Sendable, Codable, Hashable {
    public var rule: String
    public var start: Int, end: Int
  }
  public struct DisclaimerJSON: Sendable, Codable, Hashable {
    public var id: String
    public var position: DisclaimerPosition
    public var text: String
  }
  public struct OverrideJSON: Sendable, Codable, Hashable {
    public var rule: String
    public var reason: String
  }

  public var id: String?
  public var ruleset: RuleSetInfo
  public var audience: Audience
  public var escalation: EscalationJSON
  public var summary: [SummaryItem]
  public var findings: [FindingJSON]
  public var measurements: [MeasurementJSON]
  public var redactions: [RedactionJSON]
  public var dropped: [DroppedJSON]
  public var disclaimer: DisclaimerJSON
  public var overrides: [OverrideJSON]
  public var blocked: Bool
  /// Why the output was blocked, when it was (a rule id or a guardrail failure; never patient text).
  public var blockedReason: String?
  /// Input fields other than id and text, passed through from JSONL input.
  public var fields: JSONValue?

  enum CodingKeys: String, CodingKey {
    case id, ruleset, audience, escalation, summary, findings, measurements, redactions, dropped, disclaimer, overrides
    case blocked
    case blockedReason = "blocked_reason"
    case fields
  }
}
