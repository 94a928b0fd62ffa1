import Testing
@testable import NoteSum

/// Anchor words let a note skip a regex that cannot match it. A wrong anchor would silently skip a PHI rule, so the
/// derivation must be conservative: when in doubt, no anchor (the regex always runs).
struct RegexAnchorTests {
  @Test(arguments: [
    (#"\bCP\b"#, ["CP"] as [String]?),
    (#"\bpositive (?:home |urine )?(?:pregnancy test|hcg)\b"#, ["positive"]),
    (#"\b(?:hemoptysis|coughed up)\b[^.]{0,60}?\b[1-9]\d{2,}\s*(?:ml|cc)\b"#, ["hemoptysis", "coughed"]),
    (#"\b(?:Patient|Patient Name|Name):[ ]{0,2}(?<target>[A-Z][a-z]+)"#, ["Patient", "Patient", "Name"]),
    (#"\b(?:Dr|Mrs|Mr)\.? (?<target>[A-Z][a-z]+)"#, ["Dr", "Mrs", "Mr"]),
    (#"\b(?:mother|father)(?:,| is| named)? (?<target>[A-Z][a-z]+ [A-Z][a-z]+)\b"#, ["mother", "father"]),
    // No guarantee of a whole word: no anchor.
    (#"\bseptic"#, nil),
    (#"\bmrn[:#]? {0,2}\d{5,12}\b"#, nil),
    (#"\b(?:mrn|mr#)[:#]? ?\d+"#, nil),
    (#"\b(?:https?://|www\.)\S+"#, nil),
    (#"\bCP\b|\bMI\b"#, nil),
    (#"[A-Z]\w+@\w+"#, nil),
    (#"\bCP?\b"#, nil),
  ])
  func derivesAnchorsConservatively(_ pattern: String, _ expected: [String]?) {
    #expect(RegexAnchor.words(in: pattern) == expected, "\(pattern)")
  }

  /// Every example the default rules' anchored regexes must match still matches with anchors in force.
  @Test func anchoredRulesStillMatchTheirExamples() throws {
    let anchored = defaultRules.banned.indices.filter { defaultRules.bannedAnchors[$0] != nil }
    #expect(!anchored.isEmpty)
    for i in anchored {
      let rule = defaultRules.banned[i]
      for example in rule.examples where example.kind == "match" {
        let text = MarkedText(example.text).text
        #expect(try !defaultEngine.bannedMatches(Document(text), rule: rule.id).isEmpty, "\(rule.id)")
      }
    }
  }
}
