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
    // Case-insensitive groups, and words that go on with a hyphen or an apostrophe (ICU breaks at the hyphen; the
    // anchor index holds the inner words of "can't").
    (#"\b(?i:mother|father)(?:,| is)? (?<target>[A-Z][a-z]+)"#, ["mother", "father"]),
    (#"\b(?:co-signed by|cosigned by|PA-C) (?<target>[A-Z][a-z]+)"#, ["co", "cosigned", "PA"]),
    (#"\b(?:can't|cannot) lift\b"#, ["can", "cannot"]),
    (#"\b(?:thoughts? of|want to) kill\b"#, nil),
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

/// SHA-256 against published test vectors (FIPS 180-4 examples), including input that crosses block boundaries.
struct SHA256Tests {
  @Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
     "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
  ])
  func knownVectors(_ input: String, _ digest: String) {
    #expect(SHA256.hex(Array(input.utf8)) == digest)
  }

  @Test func incrementalEqualsOneShot() {
    let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
    var h = SHA256()
    h.update(bytes[0..<3])
    h.update(bytes[3..<130])
    h.update(bytes[130...])
    #expect(h.hexDigest() == SHA256.hex(bytes))
    #expect(SHA256.hex(Array(repeating: UInt8(ascii: "a"), count: 1_000_000))
      == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }
}

extension RegexAnchorTests {
  @Test(arguments: [
    (#"\bCP\b"#, true), (#"(?-i)(?<!decreased )(?<!altered )\bLOC\b"#, true), (#"(?i)\bfax: (?<target>\d+)"#, true),
    (#"abc\bdef\b"#, false), (#"(?:x)\bdef\b"#, false), (#"[A-Z]\bdef\b"#, false),
  ])
  func startsAtAnchorOnlyAfterZeroWidthPrefixes(_ pattern: String, _ expected: Bool) {
    #expect(RegexAnchor.startsAtAnchor(pattern) == expected, "\(pattern)")
  }

  /// ICU keeps "MI's" whole; a regex still sees "MI" in it, so the anchor check must too.
  @Test func anchorsInsideTokensAreFound() throws {
    let findings = try defaultEngine.analyze(Document("Three MI's (1996, 2005) per chart.")).findings
    #expect(findings.contains { $0.concept == "myocardial_infarction" })
  }
}
