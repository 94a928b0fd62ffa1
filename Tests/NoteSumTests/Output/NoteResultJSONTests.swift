import Foundation
import Testing
@testable import NoteSum

/// The hand-written output encoder gives exactly the bytes `JSONEncoder` gives with sorted keys.
struct NoteResultJSONTests {
  static let notes = [
    "", "Patient denies chest pain.\nSpO2 86% on RA. BP 182/124.",
    "Patient: Zed Quill\tDOB: 01/02/1960 \"quoted\" back\\slash / slash \u{1}\u{7f} café 😀 Crushing chest pain radiating to the left arm.",
    "Mother had MI. Return if fever. You should double your dose. DO NOT RELEASE.",
  ]

  @Test(arguments: notes)
  func matchesJSONEncoder(_ text: String) throws {
    for audience in Audience.allCases {
      var r = try defaultEngine.process(text, id: "n\"1", options: ProcessOptions(audience: audience, overrides: [
        RuleOverride(rule: "esc.acs", reason: "reviewed \"at\" bedside")
      ]))
      r.fields = .object([
        "ward": .string("4B"), "n": .number(3), "x": .number(2.5),
        "nested": .array([.null, .bool(true), .object(["b": .number(-1), "a": .string("é")])]),
      ])
      #expect(r.jsonLine() == RecordCodec.encodeWithJSONEncoder(r))
      r.fields = nil
      r.id = nil
      #expect(r.jsonLine() == RecordCodec.encodeWithJSONEncoder(r))
    }
  }
}
