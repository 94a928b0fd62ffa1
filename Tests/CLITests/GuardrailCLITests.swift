import Foundation
import Testing

@Suite(.serialized)
struct GuardrailCLITests {
  static let canaryName = "Zebulon Quixworth"
  static let canaryPhone = "555-867-5309"
  static let canaryNote = """
    Patient: \(canaryName)   Phone: \(canaryPhone)   MRN: 00991177
    HPI: \(canaryName) reports crushing chest pain radiating to the left arm. Call \(canaryPhone) with results.
    """

  @Test func auditHoldsDecisionsButNoPatientText() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("notesum-audit-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let audit = dir.appendingPathComponent("audit.jsonl")
    let r = try CLI.run(["--audit", audit.path, "--format", "json"], stdin: GuardrailCLITests.canaryNote)
    #expect(r.status == 0, "\(r.stderr)")
    let log = try String(contentsOf: audit, encoding: .utf8)
    #expect(log.contains("\"input_sha256\""))
    #expect(log.contains("esc.acs"))
    #expect(log.contains("phi.name_after_label"))
    for canary in [GuardrailCLITests.canaryName, GuardrailCLITests.canaryPhone, "Quixworth", "00991177"] {
      #expect(!log.contains(canary))
      #expect(!r.stderr.contains(canary))
      #expect(!r.stdout.contains(canary), "PHI reached the output")
    }
    let attrs = try FileManager.default.attributesOfItem(atPath: audit.path)
    #expect((attrs[.posixPermissions] as? Int) == 0o600)
  }

  @Test func canaryNeverInErrorMessages() throws {
    let bad = "{\"id\": \"x\", \"text\": \"\(GuardrailCLITests.canaryName)\"\n{\"text\": 5, \"note\": \"\(GuardrailCLITests.canaryName)\"}\n"
    let r = try CLI.run(["--input", "jsonl"], stdin: bad)
    #expect(!r.stderr.contains("Quixworth"))
    #expect(!r.stdout.contains("Quixworth"))
  }

  @Test func overrideSuppressesAndIsRecorded() throws {
    let text = "Crushing chest pain radiating to the left arm, diaphoretic."
    let r = try CLI.run(["--format", "json", "--override", "esc.acs=cardiology reviewed at bedside"], stdin: text)
    #expect(r.status == 0, "\(r.stderr)")
    let obj = try JSONSerialization.jsonObject(with: r.stdoutBytes) as! [String: Any]
    let reasons = (obj["escalation"] as! [String: Any])["reasons"] as! [[String: Any]]
    #expect(!reasons.contains { $0["rule"] as? String == "esc.acs" })
    let overrides = obj["overrides"] as! [[String: Any]]
    #expect(overrides.first?["reason"] as? String == "cardiology reviewed at bedside")
  }

  @Test func nonOverridableRuleRefuses() throws {
    let r = try CLI.run(["--override", "phi.phone=need it"], stdin: "Call 555-201-3344.")
    #expect(r.status == 64)
    #expect(r.stderr.contains("overridable: false"))
    let unknown = try CLI.run(["--override", "no.such.rule=x"], stdin: "x")
    #expect(unknown.status == 64)
  }

  @Test func failsClosedWhenAGuardrailTimesOut() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("notesum-rules-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    try "format: 1\nname: slow\nversion: 1.0.0\ninclude: [c.yaml, b.yaml, d.yaml]\n".write(to: dir.appendingPathComponent("ruleset.yaml"), atomically: true, encoding: .utf8)
    try "concepts:\n  - { id: x, terms: [a] }\n".write(to: dir.appendingPathComponent("c.yaml"), atomically: true, encoding: .utf8)
    try "banned:\n  - { id: slow.regex, regex: '(a+)+$', action: redact }\n".write(to: dir.appendingPathComponent("b.yaml"), atomically: true, encoding: .utf8)
    try """
      disclaimers:
        - { id: c, audience: clinician, text: "Automated aid for clinician review; not a diagnosis." }
        - { id: p, audience: patient, text: "Automated aid; not a diagnosis." }
      """.write(to: dir.appendingPathComponent("d.yaml"), atomically: true, encoding: .utf8)
    // The concept "a" puts the sentence in the summary; the banned regex then backtracks catastrophically on it.
    let note = "a " + String(repeating: "a", count: 40) + "b."
    let r = try CLI.run(["--rules", dir.path, "--format", "json"], stdin: note)
    #expect(r.status == 3)
    let obj = try JSONSerialization.jsonObject(with: r.stdoutBytes) as! [String: Any]
    #expect(obj["blocked"] as? Bool == true)
    #expect((obj["summary"] as! [Any]).isEmpty)
    #expect((obj["blocked_reason"] as? String)?.contains("slow.regex") == true)
  }

  @Test func guardReportsEveryViolationKind() throws {
    let source = try CLI.temporaryFile(Data("Patient denies chest pain. SpO2 86% on RA. K 4.1.".utf8))
    let candidate = try CLI.temporaryFile(Data("Patient has chest pain. K 5.9. Call 555-201-3344.".utf8))
    defer {
      try? FileManager.default.removeItem(at: source)
      try? FileManager.default.removeItem(at: candidate)
    }
    let r = try CLI.run(["guard", "--source", source.path, candidate.path, "--format", "json"])
    let obj = try JSONSerialization.jsonObject(with: r.stdoutBytes) as! [String: Any]
    let kinds = Set((obj["violations"] as! [[String: Any]]).map { $0["kind"] as! String })
    #expect(kinds == ["banned", "missing_disclaimer", "omitted_red_flag", "negation_flip", "unsupported_number"])
    let text = obj["text"] as! String
    #expect(text.contains("[PHONE]") && !text.contains("555-201-3344"))
    #expect(text.contains("not a diagnosis"))
    let fail = try CLI.run(["guard", "--source", source.path, candidate.path, "--fail-on-violation"])
    #expect(fail.status == 4)
  }

  @Test func guardJSONLRedactionsAreInCandidateOffsets() throws {
    let input = #"{"id":"g1","candidate":"Reach Dr. Smith at 555-201-3344."}"# + "\n"
    let r = try CLI.run(["guard", "--input", "jsonl"], stdin: input)
    let obj = try JSONSerialization.jsonObject(with: Data(r.stdout.split(separator: "\n")[0].utf8)) as! [String: Any]
    let candidate = Array("Reach Dr. Smith at 555-201-3344.".unicodeScalars)
    for red in obj["redactions"] as! [[String: Any]] {
      let s = red["start"] as! Int, e = red["end"] as! Int
      let slice = String(String.UnicodeScalarView(candidate[s..<e]))
      #expect(slice == "555-201-3344" || slice == "Smith")
    }
  }

  @Test func patientAudienceDropsDosingAdvice() throws {
    let text = "Hypertension noted. You should double your dose of lisinopril tonight. Follow up with your doctor."
    let r = try CLI.run(["--audience", "patient", "--format", "json"], stdin: text)
    let obj = try JSONSerialization.jsonObject(with: r.stdoutBytes) as! [String: Any]
    let texts = (obj["summary"] as! [[String: Any]]).map { $0["text"] as! String }
    #expect(!texts.contains { $0.contains("double your dose") })
  }
}
