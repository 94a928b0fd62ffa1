import Testing
@testable import NoteSum

struct DocumentTests {
  @Test func invalidUTF8NamesTheByteOffset() {
    let bytes: [UInt8] = Array("Fever ".utf8) + [0xC3, 0x28] + Array(" cough".utf8)
    #expect(throws: DocumentError.invalidUTF8(byteOffset: 6)) { try Document(utf8: bytes) }
  }

  @Test(arguments: [
    [0xFF] as [UInt8], [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82],
  ])
  func rejectsMalformedSequences(_ bad: [UInt8]) {
    #expect(throws: DocumentError.self) { try Document(utf8: Array("ok ".utf8) + bad) }
  }

  @Test func lossyReplacesAndCounts() throws {
    let doc = try Document(utf8: Array("a".utf8) + [0xFF, 0xFE] + Array("b".utf8), lossy: true)
    #expect(doc.text == "a\u{FFFD}\u{FFFD}b")
    #expect(doc.replacements == 2)
  }

  @Test func emptyInputIsAnEmptyDocument() throws {
    let doc = try Document(utf8: [UInt8]())
    #expect(doc.scalarCount == 0)
    #expect(try defaultEngine.segment(doc).isEmpty)
  }

  @Test func offsetsAreScalarsWithUTF8Available() throws {
    let text = "Café 😀 fever."
    let doc = Document(text)
    #expect(doc.scalarCount == text.unicodeScalars.count)
    let span = Span(start: 7, end: 12)  // "fever"
    #expect(doc.slice(span) == "fever")
    #expect(doc.utf8Range(of: span) == 11..<16)
  }

  /// Every span the library produces slices back to exactly its text, on non-ASCII input too.
  @Test(arguments: 0..<60)
  func spansSliceBackOnRandomText(_ seed: Int) throws {
    var rng = SplitMix64(seed: UInt64(seed))
    let pieces = [
      "Patient denies chest pain.", "Café au lait spots noted.", "患者は胸痛を訴える。", "Fever 😷 since Monday.",
      "e\u{301}de\u{300}me of legs.", "SpO2 88% on RA.", "BP 182/124, HR 118.", "HPI:", "\n", "\r\n", "\n\n", " ",
      "Mother had MI.", "Return if 🤒 worsens.", "Ünïcödé headache?", "Dr. Ωmega saw pt.", "- Aspirin\n", "1. Plan\n",
      "Crushing chest pain radiating to the left arm, diaphoretic.", "👨‍👩‍👧 family hx of stroke.", "\u{0}",
    ]
    var text = ""
    for _ in 0..<Int.random(in: 3...25, using: &rng) { text += pieces.randomElement(using: &rng)! }
    let doc = Document(text)
    let scalars = Array(text.unicodeScalars)
    func check(_ span: Span) {
      let expected = String(String.UnicodeScalarView(scalars[span.start..<span.end]))
      #expect(doc.slice(span) == expected)
    }
    let result = try defaultEngine.process(doc)
    let analysis = try defaultEngine.analyze(doc)
    for s in analysis.sentences { check(s.span) }
    for f in analysis.findings { check(f.span) }
    for m in analysis.measurements { check(m.span) }
    for item in result.summary {
      let span = Span(start: item.start, end: item.end)
      check(span)
      if result.redactions.isEmpty { #expect(item.text == doc.slice(span)) }
    }
    // UTF-8 ranges agree with the scalar spans.
    let utf8 = Array(text.utf8)
    for s in analysis.sentences {
      let r = doc.utf8Range(of: s.span)!
      #expect(String(decoding: utf8[r], as: UTF8.self) == doc.slice(s.span))
    }
  }
}
