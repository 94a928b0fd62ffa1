import Foundation
import Testing
@testable import NoteSum

/// Each kind of rule-file mistake gives a diagnostic at its exact `file:line:column`.
struct DiagnosticTests {
  static let disclaimers = """
    disclaimers:
      - { id: c, audience: clinician, text: "Automated aid for clinician review; not a diagnosis." }
      - { id: p, audience: patient, text: "Automated aid; not a diagnosis." }

    """

  /// Writes a rule set whose manifest includes `files` (plus disclaimers.yaml) and loads it.
  func load(_ files: [String: String], manifest: String? = nil) throws -> Result<RuleSet, RuleSetError> {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    var all = files
    all["disclaimers.yaml"] = all["disclaimers.yaml"] ?? DiagnosticTests.disclaimers
    let include = all.keys.sorted().joined(separator: ", ")
    let m = manifest ?? "format: 1\nname: t\nversion: 1.0.0\ninclude: [\(include)]\n"
    try m.write(to: dir.appendingPathComponent("ruleset.yaml"), atomically: true, encoding: .utf8)
    for (name, text) in all { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
    do { return .success(try RuleSet(directory: dir.path, displayPath: "R")) } catch { return .failure(error) }
  }

  func errors(_ files: [String: String], manifest: String? = nil) throws -> [String] {
    switch try load(files, manifest: manifest) {
    case .success: return []
    case .failure(let e): return e.diagnostics.filter { $0.severity == .error }.map(\.description)
    }
  }

  @Test func validMinimalRuleSetLoads() throws {
    let r = try load(["concepts.yaml": "concepts:\n  - { id: fever, terms: [fever] }\n"])
    #expect((try? r.get()) != nil)
  }

  @Test func unknownKey() throws {
    let e = try errors(["concepts.yaml": "concepts:\n  - id: fever\n    terms: [fever]\n    colour: red\n"])
    #expect(e.contains { $0.hasPrefix("R/concepts.yaml:4:5: error: [fever] unknown key 'colour'") })
  }

  @Test func wrongType() throws {
    let e = try errors(["concepts.yaml": "concepts:\n  - id: fever\n    terms: [fever]\n    weight: heavy\n"])
    #expect(e.contains { $0 == "R/concepts.yaml:4:13: error: [fever] weight must be a number" })
  }

  @Test func duplicateID() throws {
    let e = try errors(["concepts.yaml": "concepts:\n  - { id: fever, terms: [fever] }\n  - { id: fever, terms: [pyrexia] }\n"])
    #expect(e.contains { $0.hasPrefix("R/concepts.yaml:3:5: error: [fever] duplicate id; first defined at R/concepts.yaml:2:5") })
  }

  @Test func unknownConceptReference() throws {
    let e = try errors([
      "concepts.yaml": "concepts:\n  - { id: chest_pain, terms: [chest pain] }\n",
      "escalation.yaml": "escalation:\n  - id: esc.acs\n    level: emergent\n    when: { concept: chest_pian }\n",
    ])
    #expect(e.contains { $0 == "R/escalation.yaml:2:5: error: [esc.acs] unknown concept 'chest_pian'" })
  }

  @Test func unknownSectionReference() throws {
    let e = try errors(["summary.yaml": "summary:\n  section_weights: { hpi: 2.0 }\n"])
    #expect(e.contains { $0.contains("[summary] summary section weight names unknown section 'hpi'") })
  }

  @Test func invalidRegexWithPosition() throws {
    let e = try errors(["concepts.yaml": "concepts:\n  - id: fever\n    terms: [fever]\n    regex: ['fev(er']\n"])
    #expect(e.contains { $0.hasPrefix("R/concepts.yaml:2:5: error: [fever] invalid ICU regex at offset") })
  }

  @Test func emptyTermList() throws {
    let e = try errors(["concepts.yaml": "concepts:\n  - id: fever\n    terms: []\n"])
    #expect(e.contains { $0 == "R/concepts.yaml:3:12: error: [fever] terms must not be empty" })
  }

  @Test func unsupportedFormatVersion() throws {
    let e = try errors([:], manifest: "format: 2\nname: t\nversion: 1.0.0\ninclude: [disclaimers.yaml]\n")
    #expect(e.contains { $0.hasPrefix("R/ruleset.yaml:1:9: error: rule-set format 2 is newer") })
  }

  @Test func missingFile() throws {
    let e = try errors([:], manifest: "format: 1\nname: t\nversion: 1.0.0\ninclude: [disclaimers.yaml, nope.yaml]\n")
    #expect(e.contains { $0 == "R/nope.yaml:1:1: error: file does not exist" })
  }

  @Test func yamlSyntaxError() throws {
    let e = try errors(["concepts.yaml": "concepts:\n  - { id: fever, terms: [fever]\n"])
    #expect(e.contains { $0.hasPrefix("R/concepts.yaml:") && $0.contains("error: YAML syntax") })
  }

  @Test func everyErrorInAFileIsReported() throws {
    let e = try errors(["concepts.yaml": "concepts:\n  - id: a\n    terms: []\n  - id: b\n    terms: [x]\n    bogus: 1\n"])
    #expect(e.count >= 2)
  }

  @Test func missingDisclaimerFailsValidation() throws {
    let e = try errors(["disclaimers.yaml": "disclaimers:\n  - { id: c, audience: clinician, text: \"x\" }\n"])
    #expect(e.contains { $0.contains("no disclaimer for audience 'patient'") })
  }

  @Test func aliasBombIsBounded() throws {
    var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    for i in 1..<12 { yaml += "\(Character(UnicodeScalar(97 + i)!)): &\(Character(UnicodeScalar(97 + i)!)) [*\(Character(UnicodeScalar(96 + i)!)), *\(Character(UnicodeScalar(96 + i)!)), *\(Character(UnicodeScalar(96 + i)!)), *\(Character(UnicodeScalar(96 + i)!)), *\(Character(UnicodeScalar(96 + i)!)), *\(Character(UnicodeScalar(96 + i)!)), *\(Character(UnicodeScalar(96 + i)!)), *\(Character(UnicodeScalar(96 + i)!)), *\(Character(UnicodeScalar(96 + i)!)), *\(Character(UnicodeScalar(96 + i)!))]\n" }
    let e = try errors(["concepts.yaml": yaml])
    #expect(!e.isEmpty)
  }
}
