import Testing
@testable import NoteSum

struct SummarizerTests {
  let longNote = """
    CHIEF COMPLAINT: Cough.
    HISTORY OF PRESENT ILLNESS: 54 yo woman with cough for 3 days. She reports feeling tired. \
    She denies chest pain. She denies shortness of breath. Appetite is fine. She walks her dog daily. \
    She has a cough productive of green sputum. The cough is worse at night. She tried honey.
    VITALS: BP 128/76, HR 82, RR 16, T 37.1 C, SpO2 97% on RA.
    ASSESSMENT AND PLAN: Community acquired pneumonia suspected. Start amoxicillin. Return if shortness of breath.
    """

  func result(_ text: String, maxSentences: Int? = nil, maxCharacters: Int? = nil) throws -> NoteResult {
    try defaultEngine.process(Document(text), options: ProcessOptions(maxSentences: maxSentences, maxCharacters: maxCharacters))
  }

  @Test func everySummarySentenceSlicesBackToTheSource() throws {
    let doc = Document(longNote)
    let r = try defaultEngine.process(doc)
    #expect(!r.summary.isEmpty)
    for item in r.summary { #expect(doc.slice(Span(start: item.start, end: item.end)) == item.text) }
  }

  @Test func respectsTheSentenceBudget() throws {
    #expect(try result(longNote).escalation.level == .none)
    for n in 1...4 { #expect(try result(longNote, maxSentences: n).summary.count <= n) }
  }

  @Test func respectsTheCharacterBudget() throws {
    let r = try result(longNote, maxCharacters: 80)
    #expect(r.summary.reduce(0) { $0 + $1.end - $1.start } <= 80)
    #expect(!r.summary.isEmpty)
  }

  @Test func summaryIsInSourceOrder() throws {
    let starts = try result(longNote).summary.map(\.start)
    #expect(starts == starts.sorted())
  }

  @Test func nearDuplicatesAreRemoved() throws {
    let note = "Patient has fever and cough. Patient has fever and cough today. Patient has fever and cough."
    let texts = try result(note).summary.map(\.text)
    #expect(texts.count == 1)
  }

  @Test func escalationEvidenceIsKeptPastTheBudget() throws {
    let note = """
      HPI: Mild cough. Fever at home. Runny nose. Sore throat. Fatigue for two days.
      Later he developed crushing chest pain radiating to the left arm with diaphoresis.
      """
    let r = try result(note, maxSentences: 1, maxCharacters: 10)
    #expect(r.escalation.level == .emergent)
    #expect(r.summary.contains { $0.text.contains("crushing chest pain") })
    #expect(r.summary.first { $0.text.contains("crushing") }?.why.contains("esc.acs") == true)
  }

  @Test func pertinentNegativesStayNegated() throws {
    let note = "HPI: Patient denies chest pain. Reports mild cough."
    for item in try result(note).summary where item.why.contains("chest_pain") {
      #expect(item.text.contains("denies"))
    }
  }

  @Test func emptyAndMatchlessNotesGiveAValidEmptySummary() throws {
    for text in ["", "   \n", "The weather was pleasant and the parking lot was full."] {
      let r = try result(text)
      #expect(r.summary.isEmpty)
      #expect(r.escalation.level == .none)
      #expect(!r.disclaimer.text.isEmpty)
      #expect(!r.blocked)
    }
  }

  @Test func outputIsDeterministic() throws {
    let a = RecordCodec.encodeLine(try result(longNote))
    let b = RecordCodec.encodeLine(try result(longNote))
    #expect(a == b)
  }
}
