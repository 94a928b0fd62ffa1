import Testing
@testable import NoteSum

struct EscalationTests {
  func level(_ text: String) throws -> EscalationLevel { try defaultEngine.process(text).escalation.level }

  @Test(arguments: [
    "Patient denies chest pain.", "Hx of MI 2019.", "Mother had MI.", "Return if chest pain.", "SpO2 97% on RA.",
    "No fever, no neck stiffness.", "Family history of stroke in father.", "Call 911 if you develop facial droop.",
  ])
  func trapsNeverEscalate(_ text: String) throws {
    #expect(try level(text) < .urgent, "\(text)")
  }

  @Test(arguments: [
    ("Crushing chest pain radiating to the left arm, diaphoretic.", EscalationLevel.emergent),
    ("SpO2 86% on room air.", .urgent),
    ("K 6.9 on repeat.", .emergent),
    ("Glucose 38 mg/dL, patient confused.", .emergent),
    ("He has a plan to overdose on his pills tonight.", .emergent),
  ])
  func redFlagsEscalate(_ text: String, _ expected: EscalationLevel) throws {
    #expect(try level(text) >= expected, "\(text)")
  }

  @Test func levelIsTheHighestFiredAndReasonsCarryEvidence() throws {
    let text = "SpO2 86% on RA. Crushing chest pain radiating to the left arm."
    let r = try defaultEngine.process(text)
    #expect(r.escalation.level == .emergent)
    #expect(r.escalation.reasons.count >= 2)
    let doc = Document(text)
    for reason in r.escalation.reasons {
      #expect(!reason.evidence.isEmpty)
      for e in reason.evidence { #expect(doc.slice(Span(start: e.start, end: e.end)) != nil) }
    }
  }

  @Test func implausibleValuesAreNotedNotEscalated() throws {
    let a = try defaultEngine.analyze(Document("SpO2 400% and K 99."))
    #expect(a.measurements.contains { !$0.plausible })
    #expect(try level("SpO2 400%.") == .none)
  }
}
