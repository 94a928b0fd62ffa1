import Testing
@testable import NoteSum

/// Clinical sentence segmentation over realistic note text.
struct SegmentationTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let name: String
    let text: String
    let expected: [String]
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    // Abbreviations.
    Case(name: "y.o. mid-sentence", text: "Pt is a 67 y.o. male with CP. He denies SOB.",
         expected: ["Pt is a 67 y.o. male with CP.", "He denies SOB."]),
    Case(name: "Dr. before a name", text: "Seen by Dr. Patel in clinic. Plan reviewed.",
         expected: ["Seen by Dr. Patel in clinic.", "Plan reviewed."]),
    Case(name: "Mrs. before a name", text: "Mrs. Jones was accompanied by her son. She is anxious.",
         expected: ["Mrs. Jones was accompanied by her son.", "She is anxious."]),
    Case(name: "Pt. at start", text: "Pt. reports improved appetite. Eating well.",
         expected: ["Pt. reports improved appetite.", "Eating well."]),
    Case(name: "p.o. b.i.d. chain", text: "Take 1 tab p.o. b.i.d. with food. Return in 2 weeks.",
         expected: ["Take 1 tab p.o. b.i.d. with food.", "Return in 2 weeks."]),
    Case(name: "b.i.d. ends sentence", text: "Metoprolol 25 mg p.o. b.i.d. Follow up in 2 weeks.",
         expected: ["Metoprolol 25 mg p.o. b.i.d.", "Follow up in 2 weeks."]),
    Case(name: "t.i.d. and p.r.n.", text: "Ibuprofen 400 mg t.i.d. p.r.n. pain. Ice to knee.",
         expected: ["Ibuprofen 400 mg t.i.d. p.r.n. pain.", "Ice to knee."]),
    Case(name: "q.h.s.", text: "Trazodone 50 mg q.h.s. for sleep. No side effects.",
         expected: ["Trazodone 50 mg q.h.s. for sleep.", "No side effects."]),
    Case(name: "q.d.", text: "Lisinopril 10 mg q.d. was continued. BP stable.",
         expected: ["Lisinopril 10 mg q.d. was continued.", "BP stable."]),
    Case(name: "approx.", text: "Lesion measures approx. 2 cm in diameter. No bleeding.",
         expected: ["Lesion measures approx. 2 cm in diameter.", "No bleeding."]),
    Case(name: "e.g.", text: "Avoid NSAIDs, e.g. ibuprofen, for now. Use acetaminophen.",
         expected: ["Avoid NSAIDs, e.g. ibuprofen, for now.", "Use acetaminophen."]),
    Case(name: "i.e.", text: "Symptoms are positional, i.e. worse when supine. No fever.",
         expected: ["Symptoms are positional, i.e. worse when supine.", "No fever."]),
    Case(name: "vs.", text: "Viral vs. bacterial pneumonia is considered. Cultures sent.",
         expected: ["Viral vs. bacterial pneumonia is considered.", "Cultures sent."]),
    Case(name: "etc. mid-sentence", text: "Reviewed diet, exercise, etc. with the patient. Questions answered.",
         expected: ["Reviewed diet, exercise, etc. with the patient.", "Questions answered."]),
    // Decimals, times, blood pressures.
    Case(name: "temperature decimal", text: "Temp 98.6 F at triage. HR 80.", expected: ["Temp 98.6 F at triage.", "HR 80."]),
    Case(name: "dose decimal", text: "Give 0.5 mg IV once. Reassess in 1 hour.", expected: ["Give 0.5 mg IV once.", "Reassess in 1 hour."]),
    Case(name: "potassium decimal", text: "K 6.8 on repeat. ECG ordered.", expected: ["K 6.8 on repeat.", "ECG ordered."]),
    Case(name: "time p.m.", text: "Pain began at 3 p.m. yesterday. It is constant.",
         expected: ["Pain began at 3 p.m. yesterday.", "It is constant."]),
    Case(name: "time a.m.", text: "Seen at 7 a.m. on rounds. Comfortable.", expected: ["Seen at 7 a.m. on rounds.", "Comfortable."]),
    Case(name: "blood pressure at end", text: "BP 150/90. HR 110.", expected: ["BP 150/90.", "HR 110."]),
    Case(name: "blood pressure mid", text: "BP 182/124 with headache. Labetalol given.",
         expected: ["BP 182/124 with headache.", "Labetalol given."]),
    Case(name: "standard split", text: "Hx of CAD. Took meds.", expected: ["Hx of CAD.", "Took meds."]),
    // Headers.
    Case(name: "HPI header", text: "HPI: 45 yo M with chest pain. Started at noon.",
         expected: ["45 yo M with chest pain.", "Started at noon."]),
    Case(name: "ASSESSMENT AND PLAN header", text: "ASSESSMENT AND PLAN: Admit to telemetry. Serial troponins.",
         expected: ["Admit to telemetry.", "Serial troponins."]),
    Case(name: "Vitals header", text: "Vitals: BP 120/80, HR 72, SpO2 98%.", expected: ["BP 120/80, HR 72, SpO2 98%."]),
    Case(name: "header on own line", text: "CHIEF COMPLAINT\nChest pain.\n\nHISTORY OF PRESENT ILLNESS\nStarted today.",
         expected: ["Chest pain.", "Started today."]),
    Case(name: "headers inline after sentence", text: "No acute distress. PLAN: Discharge home.",
         expected: ["No acute distress.", "Discharge home."]),
    Case(name: "lower-case header", text: "Plan: start aspirin. Recheck lipids.", expected: ["start aspirin.", "Recheck lipids."]),
    Case(name: "BP label is not a header", text: "BP: 150/90 sitting.", expected: ["BP: 150/90 sitting."]),
    // Lists and blank lines.
    Case(name: "dash list", text: "Plan:\n- Aspirin 81 mg\n- Atorvastatin 40 mg\n- Cardiology consult",
         expected: ["- Aspirin 81 mg", "- Atorvastatin 40 mg", "- Cardiology consult"]),
    Case(name: "numbered list", text: "1. Chest pain, rule out ACS\n2. Hypertension\n3. Diabetes",
         expected: ["1. Chest pain, rule out ACS", "2. Hypertension", "3. Diabetes"]),
    Case(name: "paren list", text: "1) Admit\n2) Telemetry", expected: ["1) Admit", "2) Telemetry"]),
    Case(name: "bullet list", text: "• Fever\n• Cough", expected: ["• Fever", "• Cough"]),
    Case(name: "blank line splits", text: "Patient stable\n\nFollow up in clinic", expected: ["Patient stable", "Follow up in clinic"]),
    Case(name: "wrapped line joins", text: "Patient presented with crushing\nchest pain radiating to the arm.",
         expected: ["Patient presented with crushing\nchest pain radiating to the arm."]),
    Case(name: "CRLF line endings", text: "HPI: Fever.\r\nCough for 3 days.\r\n\r\nPlan: Rest.",
         expected: ["Fever.", "Cough for 3 days.", "Rest."]),
    Case(name: "lone CR line endings", text: "Fever.\rCough.\r\rRest.", expected: ["Fever.", "Cough.", "Rest."]),
    // No final punctuation, odd spacing.
    Case(name: "no final punctuation", text: "Denies chest pain", expected: ["Denies chest pain"]),
    Case(name: "two sentences no final period", text: "Fever since Monday. Cough today", expected: ["Fever since Monday.", "Cough today"]),
    Case(name: "question mark glued", text: "Admitted with ?pneumonia today.", expected: ["Admitted with ?pneumonia today."]),
    Case(name: "question sentence", text: "Any chest pain? Patient says no.", expected: ["Any chest pain?", "Patient says no."]),
    Case(name: "exclamation", text: "Code called! ROSC achieved.", expected: ["Code called!", "ROSC achieved."]),
    Case(name: "leading and trailing space", text: "   Fever.   ", expected: ["Fever."]),
    Case(name: "empty", text: "", expected: []),
    Case(name: "only white space", text: " \n\t\n ", expected: []),
    Case(name: "accented text", text: "Patiente présente une fièvre. Pas de toux.", expected: ["Patiente présente une fièvre.", "Pas de toux."]),
  ]

  @Test(arguments: cases)
  func segments(_ c: Case) throws {
    #expect(try sentences(c.text) == c.expected, "\(c.name)")
  }

  @Test func headersCarryTheirSection() throws {
    let doc = Document("FAMILY HISTORY: Mother with MI.\nPAST MEDICAL HISTORY: HTN.\nRandom text")
    let s = try defaultEngine.segment(doc)
    #expect(s.map(\.section) == ["family_history", "family_history", "past_medical_history", "past_medical_history", "past_medical_history"])
    #expect(s.filter(\.isHeader).count == 2)
  }

  @Test func textWithoutHeadersIsUnknown() throws {
    let s = try defaultEngine.segment(Document("Fever. Cough."))
    #expect(s.allSatisfy { $0.section == "unknown" })
  }

  @Test func abbreviationListComesFromTheRuleSet() throws {
    // With a rule set that has no abbreviations, ICU's break after "y.o." stands.
    #expect(defaultRules.segmentation.abbreviations["y.o."] != nil)
  }
}
