/// A deterministic 64-bit generator (SplitMix64): the same seed gives the same corpus on every machine.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64
  public init(seed: UInt64) { state = seed }
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
  /// A uniform integer in `0..<n` (n > 0).
  public mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
  /// A uniform integer in `range`.
  public mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + below(range.count) }
  /// True with probability `p`.
  public mutating func chance(_ p: Double) -> Bool { Double(next() >> 11) / Double(1 << 53) < p }
  /// One element of a non-empty array.
  public mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

/// A corpus of synthetic clinical notes, as UTF-8 bytes and as JSONL lines (`{"id": …, "text": …}`).
public struct Corpus: Sendable {
  /// Each note's UTF-8 bytes.
  public let notes: [[UInt8]]
  /// Each note as one JSONL record line, without the newline.
  public let jsonlLines: [[UInt8]]
  /// Total UTF-8 bytes of note text (the denominator for MB/s everywhere).
  public let textBytes: Int
  /// Total bytes of the JSONL lines (with newlines).
  public let jsonlBytes: Int

  public init(notes: [[UInt8]]) {
    self.notes = notes
    jsonlLines = notes.enumerated().map { i, n in JSONL.line(id: "bench-\(i + 1)", text: n) }
    textBytes = notes.reduce(0) { $0 + $1.count }
    jsonlBytes = jsonlLines.reduce(0) { $0 + $1.count + 1 }
  }

  /// Generates notes until their text reaches `minBytes` (default 21 MB, so the corpus is over 20 MB).
  public static func generate(seed: UInt64 = 0x5EED_2026, minBytes: Int = 21_000_000) -> Corpus {
    var g = NoteGenerator(seed: seed)
    var notes: [[UInt8]] = []
    var total = 0
    while total < minBytes {
      let n = Array(g.note().utf8)
      total += n.count
      notes.append(n)
    }
    return Corpus(notes: notes)
  }

  /// Generates exactly `count` notes (the first `count` notes of the corpus with the same seed).
  public static func generate(seed: UInt64 = 0x5EED_2026, count: Int) -> Corpus {
    var g = NoteGenerator(seed: seed)
    return Corpus(notes: (0..<count).map { _ in Array(g.note().utf8) })
  }

  /// The shared default corpus, generated once per process.
  public static let standard: Corpus = generate()
}

/// Minimal JSON string escaping for the JSONL form of the corpus.
public enum JSONL {
  public static func line(id: String, text: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(text.count + id.utf8.count + 24)
    out += Array(#"{"id":""#.utf8) + Array(id.utf8) + Array(#"","text":""#.utf8)
    let hex = Array("0123456789abcdef".utf8)
    for b in text {
      switch b {
      case 0x22: out += [0x5C, 0x22]
      case 0x5C: out += [0x5C, 0x5C]
      case 0x0A: out += [0x5C, 0x6E]
      case 0x09: out += [0x5C, 0x74]
      case 0x0D: out += [0x5C, 0x72]
      case 0..<0x20: out += [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 15)]]
      default: out.append(b)
      }
    }
    out += Array(#""}"#.utf8)
    return out
  }
}

/// Writes one synthetic note at a time from templates: headers, HPI narrative with negations and history, ROS,
/// PMH/medication lists, vitals lines, labs, exam, and an assessment and plan; a minority carry red flags.
/// The templates are the project's own; no real note is used.
public struct NoteGenerator {
  var r: SplitMix64
  public init(seed: UInt64) { r = SplitMix64(seed: seed) }

  static let firstNames = ["Maria", "James", "Aisha", "Tomás", "Wei", "Olga", "Kwame", "Priya", "Liam", "Noor",
                           "Hannah", "Dmitri", "Sofia", "Kenji", "Amara", "Lucas", "Zoë", "Mateo", "Ingrid", "Rafael"]
  static let lastNames = ["Alvarez", "Brennan", "Chen", "Dubois", "Eriksen", "Fofana", "García", "Haddad", "Ivanova",
                          "Jensen", "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov", "Quintero"]
  static let providers = ["Dr. Holloway", "Dr. Singh", "Dr. Okonkwo", "Dr. Larsen", "Dr. Müller", "Dr. Ferreira",
                          "Dr. Abiodun", "Dr. Castellanos"]
  static let complaints = ["cough", "abdominal pain", "headache", "low back pain", "fatigue", "dizziness", "knee pain",
                           "sore throat", "rash", "palpitations", "shortness of breath", "chest pain", "nausea",
                           "dysuria", "fever", "leg swelling", "anxiety", "insomnia", "diarrhea", "ear pain"]
  static let durations = ["two days", "3 days", "one week", "2 weeks", "several months", "10 days", "48 hours",
                          "about a month", "since yesterday", "6 weeks"]
  static let symptoms = ["fever", "chills", "chest pain", "shortness of breath", "nausea", "vomiting", "diarrhea",
                         "headache", "dizziness", "syncope", "palpitations", "weight loss", "night sweats",
                         "abdominal pain", "dysuria", "hematuria", "cough", "wheezing", "rash", "joint pain",
                         "blurred vision", "numbness", "weakness", "melena", "hematochezia", "leg swelling",
                         "orthopnea", "sore throat", "constipation", "back pain"]
  static let conditions = ["hypertension", "type 2 diabetes", "hyperlipidemia", "asthma", "COPD", "atrial fibrillation",
                           "hypothyroidism", "GERD", "chronic kidney disease stage 3", "osteoarthritis",
                           "major depressive disorder", "obstructive sleep apnea", "coronary artery disease",
                           "heart failure with reduced ejection fraction", "migraine", "anemia", "gout", "obesity"]
  static let surgeries = ["appendectomy", "cholecystectomy", "right knee arthroscopy", "C-section x2",
                          "tonsillectomy", "CABG x3", "left inguinal hernia repair", "hysterectomy", "ORIF left wrist"]
  static let meds = ["Lisinopril 10 mg PO daily", "Metformin 500 mg PO BID", "Atorvastatin 40 mg nightly",
                     "Amlodipine 5 mg daily", "Levothyroxine 75 mcg daily", "Omeprazole 20 mg daily",
                     "Albuterol inhaler 2 puffs q4h PRN", "Sertraline 50 mg daily", "Apixaban 5 mg BID",
                     "Metoprolol succinate 25 mg daily", "Furosemide 40 mg daily", "Aspirin 81 mg daily",
                     "Insulin glargine 20 units qHS", "Gabapentin 300 mg TID", "Acetaminophen 650 mg q6h PRN",
                     "Vitamin D3 1000 IU daily", "Tiotropium 18 µg inhaled daily", "Allopurinol 100 mg daily"]
  static let allergies = ["NKDA", "Penicillin (hives)", "Sulfa drugs (rash)", "Codeine (nausea)",
                          "Shellfish", "Latex", "No known drug allergies"]
  static let relatives = ["Mother", "Father", "Brother", "Sister", "Maternal grandmother", "Paternal uncle"]
  static let famConditions = ["breast cancer", "MI at 55", "type 2 diabetes", "stroke", "colon cancer at 62",
                              "hypertension", "Alzheimer disease", "prostate cancer"]
  static let rosSystems = ["Constitutional", "Eyes", "ENT", "Cardiovascular", "Respiratory", "GI", "GU",
                           "Musculoskeletal", "Skin", "Neuro", "Psych", "Heme/Lymph", "Endocrine"]
  static let examFindings = [
    "General: alert, oriented x3, in no acute distress.",
    "HEENT: normocephalic, atraumatic. PERRLA. Oropharynx clear.",
    "Neck: supple, no JVD, no lymphadenopathy.",
    "Lungs: clear to auscultation bilaterally, no wheezes, rales or rhonchi.",
    "CV: regular rate and rhythm, S1 S2 normal, no murmurs, rubs or gallops.",
    "Abdomen: soft, non-tender, non-distended, normal bowel sounds. No hepatosplenomegaly.",
    "Extremities: no edema, cyanosis or clubbing. Pulses 2+ bilaterally.",
    "Skin: warm and dry, no rashes.",
    "Neuro: CN II-XII grossly intact. Strength 5/5 in all extremities. Sensation intact.",
    "Psych: mood and affect appropriate. Linear thought process.",
    "MSK: tenderness over the medial joint line of the right knee, no effusion, full ROM.",
    "Abdomen: mild tenderness in the RLQ without rebound or guarding.",
    "Lungs: scattered expiratory wheezes bilaterally, good air movement.",
    "Extremities: 1+ pitting edema to mid-shin bilaterally.",
  ]
  static let redFlags = [
    "Patient reports crushing substernal chest pain radiating to the left arm with diaphoresis for 40 minutes.",
    "Wife noticed new left facial droop and slurred speech at 06:50; last known well 22:00.",
    "Sudden onset worst headache of her life while lifting weights.",
    "Two episodes of coffee-ground emesis and black tarry stools since this morning.",
    "Endorses suicidal ideation with a plan to overdose on stored pills tonight.",
    "Fever 39.4 C with rigors, HR 126, BP 82/48; lactate 4.8 mmol/L, concern for sepsis.",
    "POC glucose 38 mg/dL, patient diaphoretic and confused; D50 given.",
    "Potassium 6.9 mmol/L with peaked T waves on ECG.",
    "CT angiogram shows acute pulmonary embolism in the right lower lobe segmental arteries.",
    "New urinary retention with saddle anesthesia and bilateral leg weakness.",
    "SpO2 84% on room air, working hard to breathe, speaking in short phrases.",
    "BP 228/134 with headache and blurred vision.",
    "Throat swelling and hives within minutes of a bee sting, wheezing on arrival.",
  ]
  static let assessments = [
    "Post-viral cough, improving.", "Essential hypertension, not at goal.", "Type 2 diabetes, A1c above target.",
    "Acute uncomplicated cystitis.", "Mechanical low back pain without radicular features.",
    "Community-acquired pneumonia, right lower lobe.", "Migraine without aura.", "Viral gastroenteritis.",
    "Generalized anxiety disorder, stable.", "Osteoarthritis of the right knee.", "Rule out DVT of the left leg.",
    "Possible early cellulitis of the left forearm.", "Chronic kidney disease stage 3, stable creatinine.",
  ]
  static let plans = [
    "Increase lisinopril to 20 mg daily and recheck BMP in 2 weeks.",
    "Start nitrofurantoin 100 mg BID x5 days.",
    "Trial of inhaled budesonide for 2 weeks; obtain a chest x-ray if the cough lasts beyond 8 weeks.",
    "Physical therapy referral; NSAIDs PRN with food.",
    "Order CBC, CMP, TSH and lipid panel.",
    "Lower extremity venous duplex today.",
    "Follow up in 4 weeks, sooner if symptoms worsen.",
    "Return to the ED for fever above 38.5 C, shortness of breath, chest pain or confusion.",
    "Continue current medications; diet and exercise counselling provided.",
    "Discussed sleep hygiene; consider CBT-I referral.",
    "Hold metformin until renal function is rechecked.",
    "Smoking cessation counselling, 5 minutes; nicotine patch 14 mg daily offered.",
  ]
  static let hedges = ["possible", "likely", "cannot rule out", "concerning for", "suspicious for", "questionable"]
  static let headerStyles: [[String]] = [
    ["CHIEF COMPLAINT", "HPI", "PAST MEDICAL HISTORY", "PAST SURGICAL HISTORY", "MEDICATIONS", "ALLERGIES",
     "FAMILY HISTORY", "SOCIAL HISTORY", "REVIEW OF SYSTEMS", "VITALS", "PHYSICAL EXAM", "LABS", "IMAGING",
     "ASSESSMENT AND PLAN"],
    ["CC", "History of Present Illness", "PMH", "PSH", "Meds", "Allergies", "FH", "SH", "ROS", "Vital Signs",
     "Exam", "Laboratory Data", "Radiology", "Assessment and Plan"],
    ["Reason for visit", "HPI", "Medical history", "Surgical history", "Current medications", "Drug allergies",
     "Family hx", "Social hx", "Review of systems", "VS", "Physical examination", "Lab results", "Imaging studies",
     "Assessment/Plan"],
  ]

  mutating func vitals() -> String {
    let sys = r.int(98...168), dia = r.int(58...98)
    let temp = Double(r.int(361...384)) / 10
    let hr = r.int(54...112), rr = r.int(12...22), spo2 = r.int(92...100)
    let tempText = r.chance(0.15) ? "\(temp)°C" : (r.chance(0.5) ? "T \(temp) C" : "Temp \(temp)")
    switch r.below(3) {
    case 0: return "BP \(sys)/\(dia), HR \(hr), RR \(rr), \(tempText), SpO2 \(spo2)% on RA"
    case 1: return "BP: \(sys)/\(dia) mmHg  P: \(hr)  R: \(rr)  \(tempText)  O2 sat \(spo2)% room air  Wt \(r.int(48...130)) kg"
    default: return "Blood pressure \(sys)/\(dia), pulse \(hr), respirations \(rr), \(tempText), saturating \(spo2)% on room air."
    }
  }

  mutating func labs() -> String {
    var lines: [String] = []
    lines.append("Na \(r.int(131...146)), K \(Double(r.int(32...54)) / 10), Cl \(r.int(96...108)), HCO3 \(r.int(20...29)), BUN \(r.int(7...38)), Cr \(Double(r.int(6...24)) / 10), glucose \(r.int(72...240))")
    lines.append("WBC \(Double(r.int(38...162)) / 10), Hgb \(Double(r.int(92...158)) / 10), Plt \(r.int(140...420))")
    if r.chance(0.5) { lines.append("A1c \(Double(r.int(52...104)) / 10)%, TSH \(Double(r.int(4...52)) / 10) mIU/L") }
    if r.chance(0.3) { lines.append("Troponin \(r.chance(0.8) ? "<0.01" : String(Double(r.int(2...90)) / 100)) ng/mL, BNP \(r.int(20...900)) pg/mL") }
    if r.chance(0.25) { lines.append("UA: \(r.chance(0.5) ? "positive" : "negative") leukocyte esterase, \(r.chance(0.5) ? "positive" : "negative") nitrites.") }
    return lines.joined(separator: "\n")
  }

  mutating func hpi(age: Int, sex: String, complaint: String) -> String {
    var s: [String] = []
    let ageText = r.chance(0.5) ? "\(age) yo \(sex)" : "\(age)-year-old \(sex)"
    s.append("\(ageText) with a history of \(r.pick(Self.conditions)) and \(r.pick(Self.conditions)) presents with \(complaint) for \(r.pick(Self.durations)).")
    let n = r.int(2...6)
    for _ in 0..<n {
      switch r.below(9) {
      case 0: s.append("She denies \(r.pick(Self.symptoms)), \(r.pick(Self.symptoms)) or \(r.pick(Self.symptoms)).")
      case 1: s.append("No \(r.pick(Self.symptoms)) or \(r.pick(Self.symptoms)).")
      case 2: s.append("Reports intermittent \(r.pick(Self.symptoms)), worse at night and better with rest.")
      case 3: s.append("Symptoms are \(r.pick(Self.hedges)) related to \(r.pick(["a recent viral illness", "medication change", "dietary indiscretion", "overuse", "poor sleep"])).")
      case 4: s.append("\(r.pick(Self.relatives)) has a history of \(r.pick(Self.famConditions)).")
      case 5: s.append("Patient had \(r.pick(Self.symptoms)) in \(r.int(2009...2023)), which resolved without treatment.")
      case 6: s.append("Pain is \(r.int(2...8))/10, \(r.pick(["dull", "sharp", "aching", "burning", "cramping"])), non-radiating; tried ibuprofen 400 mg with partial relief.")
      case 7: s.append("If \(r.pick(Self.symptoms)) develops, she will call the clinic.")
      default: s.append("Negative for \(r.pick(Self.symptoms)); positive for mild \(r.pick(Self.symptoms)).")
      }
    }
    return s.joined(separator: " ")
  }

  /// One note of roughly 1.5 to 4 KB.
  public mutating func note() -> String {
    let headers = r.pick(Self.headerStyles)
    let colon = r.chance(0.7)
    func header(_ h: String, _ body: String) -> String { colon ? "\(h): \(body)" : "\(h)\n\(body)" }
    let age = r.int(19...92)
    let sex = r.chance(0.5) ? "woman" : (r.chance(0.5) ? "man" : "female")
    let complaint = r.pick(Self.complaints)
    var parts: [String] = []
    let kind = r.pick(["PRIMARY CARE FOLLOW-UP", "EMERGENCY DEPARTMENT NOTE", "PROGRESS NOTE", "URGENT CARE VISIT",
                       "TELEHEALTH VISIT", "ADMISSION H&P"])
    parts.append("\(kind)\nPatient: \(r.pick(Self.firstNames)) \(r.pick(Self.lastNames))  |  MRN: \(String(r.int(10_000_000...99_999_999)))  |  DOB: \(r.int(1...12))/\(r.int(1...28))/\(2024 - age)\nProvider: \(r.pick(Self.providers))  Date: 2026-\(r.int(1...12))-\(r.int(1...28)) \(r.int(7...19)):\(r.int(10...59))")
    parts.append(header(headers[0], "\(complaint.prefix(1).uppercased() + complaint.dropFirst()) x \(r.pick(Self.durations))."))
    var hpi = hpi(age: age, sex: sex, complaint: complaint)
    if r.chance(0.12) { hpi += " " + r.pick(Self.redFlags) }
    if r.chance(0.5) { hpi += "\n" + self.hpi(age: age, sex: sex, complaint: r.pick(Self.complaints)).split(separator: ".").dropFirst().joined(separator: ".") }
    parts.append(header(headers[1], hpi))
    let pmh = (0..<r.int(2...6)).map { i in "\(i + 1). \(r.pick(Self.conditions))" }.joined(separator: "\n")
    parts.append(header(headers[2], "\n" + pmh))
    if r.chance(0.7) { parts.append(header(headers[3], (0..<r.int(1...3)).map { _ in r.pick(Self.surgeries) }.joined(separator: ", ") + ".")) }
    parts.append(header(headers[4], "\n" + (0..<r.int(2...8)).map { _ in "- " + r.pick(Self.meds) }.joined(separator: "\n")))
    parts.append(header(headers[5], r.pick(Self.allergies) + "."))
    if r.chance(0.7) { parts.append(header(headers[6], "\(r.pick(Self.relatives)) with \(r.pick(Self.famConditions)); \(r.pick(Self.relatives).lowercased()) with \(r.pick(Self.famConditions)). No family history of \(r.pick(Self.famConditions)).")) }
    if r.chance(0.7) {
      let smoke = r.pick(["Never smoker.", "Former smoker, quit 2015, 20 pack-years.", "Current smoker, 1 ppd.", "Denies tobacco use."])
      let etoh = r.pick(["Drinks 2-3 beers on weekends.", "No alcohol or illicit drug use.", "EtOH socially.", "Denies IVDU."])
      parts.append(header(headers[7], "\(smoke) \(etoh) Lives with \(r.pick(["her husband", "his wife", "a roommate", "family", "alone"])); works as a \(r.pick(["teacher", "nurse", "electrician", "retired engineer", "bus driver", "student"]))."))
    }
    var ros: [String] = []
    for sys in Self.rosSystems.shuffled(using: &r).prefix(r.int(4...9)) {
      ros.append(r.chance(0.8) ? "\(sys): negative for \(r.pick(Self.symptoms)) and \(r.pick(Self.symptoms))." : "\(sys): positive for \(r.pick(Self.symptoms)).")
    }
    if r.chance(0.3) { ros.append("All other systems reviewed and negative.") }
    parts.append(header(headers[8], ros.joined(separator: r.chance(0.5) ? "\n" : " ")))
    parts.append(header(headers[9], vitals()))
    parts.append(header(headers[10], Self.examFindings.shuffled(using: &r).prefix(r.int(4...9)).joined(separator: "\n")))
    if r.chance(0.6) { parts.append(header(headers[11], "\n" + labs())) }
    if r.chance(0.3) {
      parts.append(header(headers[12], r.pick(["Chest x-ray: no acute cardiopulmonary process.", "CT head without contrast: no acute intracranial abnormality.", "Knee x-ray: mild medial joint space narrowing.", "Abdominal ultrasound: cholelithiasis without evidence of cholecystitis.", "CXR: right lower lobe consolidation, no effusion."])))
    }
    var ap: [String] = []
    for i in 0..<r.int(1...4) {
      let plan = (0..<r.int(1...3)).map { _ in r.pick(Self.plans) }.joined(separator: " ")
      ap.append("\(i + 1). \(r.pick(Self.assessments)) \(r.chance(0.3) ? "\(r.pick(Self.hedges).prefix(1).uppercased() + r.pick(Self.hedges).dropFirst()) \(r.pick(Self.conditions))." : "") \(plan)")
    }
    if r.chance(0.08) { ap.append("Discussed with patient at length; she verbalized understanding. Return precautions given, including \(r.pick(Self.symptoms)) and \(r.pick(Self.symptoms))") }
    parts.append(header(headers[13], "\n" + ap.joined(separator: "\n")))
    parts.append("Electronically signed by \(r.pick(Self.providers)), MD")
    return parts.joined(separator: r.chance(0.8) ? "\n\n" : "\n")
  }
}
