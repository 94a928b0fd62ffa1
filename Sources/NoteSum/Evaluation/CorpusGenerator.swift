import Foundation

/// SplitMix64: a small, fast, seeded generator. The same seed gives the same sequence on every platform. It is also a
/// `RandomNumberGenerator`, for seeded property tests and benchmarks.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64
  /// A generator seeded with `seed`.
  public init(seed: UInt64) { state = seed }
  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
  /// A uniform integer in `range` (multiply-shift; no platform-dependent library code).
  public mutating func int(_ range: ClosedRange<Int>) -> Int {
    let span = UInt64(range.upperBound - range.lowerBound + 1)
    return range.lowerBound + Int(next().multipliedFullWidth(by: span).high)
  }
  /// True with probability `p`.
  public mutating func chance(_ p: Double) -> Bool { Double(next() >> 11) / Double(1 << 53) < p }
  /// A uniform element.
  public mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }
  /// A uniform real in `range`, rounded to `decimals` places.
  public mutating func real(_ range: ClosedRange<Double>, decimals: Int = 1) -> Double {
    let u = Double(next() >> 11) / Double(1 << 53)
    let scale = pow(10, Double(decimals))
    return ((range.lowerBound + u * (range.upperBound - range.lowerBound)) * scale).rounded() / scale
  }
  /// `items` in a random order.
  public mutating func shuffled<T>(_ items: [T]) -> [T] {
    var a = items
    if a.count < 2 { return a }
    for i in stride(from: a.count - 1, to: 0, by: -1) { a.swapAt(i, int(0...i)) }
    return a
  }
}

/// Seeded generator of synthetic clinical notes with gold labels known by construction.
///
/// Notes come in eight styles (ED, inpatient, discharge, nursing, psychiatry, paediatrics, telehealth, radiology)
/// with section headers, vitals, labs, pertinent negatives, traps (negated, historical, family, hypothetical and
/// other-experiencer red flags; near-threshold numbers) and, in about half, a red-flag scenario. Every red-flag
/// concept mention is labelled (`concept_scope: red_flags`); PHI values are labelled by type. The templates follow
/// clinical documentation convention and are independent of any rule set.
public struct CorpusGenerator: Sendable {
  /// The note styles, in rotation order.
  public static let styles = ["ed", "inpatient", "discharge", "nursing", "psychiatry", "paediatrics", "telehealth", "radiology"]

  /// The seed.
  public let seed: UInt64

  /// A generator for `seed`.
  public init(seed: UInt64) { self.seed = seed }

  /// The `index`-th note (0-based). Each note draws from its own stream, so a note does not depend on the count.
  public func note(_ index: Int) -> GoldRecord {
    var rng = SplitMix64(seed: seed &* 0x2545_F491_4F6C_DD1D &+ UInt64(index) &* 0x9E37_79B9_7F4A_7C15)
    _ = rng.next()
    let style = CorpusGenerator.styles[index % CorpusGenerator.styles.count]
    var b = NoteBuilder()
    let scenario: Scenario? = {
      guard rng.chance(0.55) else { return nil }
      let fitting = Scenario.all.filter { $0.styles.map { $0.contains(style) } ?? (style != "radiology") }
      return fitting.isEmpty ? nil : rng.pick(fitting)
    }()
    let s = scenario?.make(&rng)
    Layout.write(style: style, scenario: s, rng: &rng, into: &b)
    let rules = Array(Set(s?.rules ?? [])).sorted()
    let level = rules.compactMap { ClinicalIDs.escalationLevels[$0] }.max() ?? .none
    return GoldRecord(
      id: String(format: "g%llu-%06d", seed, index + 1), style: style, text: b.text,
      gold: GoldLabels(
        escalation: level, escalationRules: rules, findings: b.findings, phi: b.phi, summary: b.summary,
        conceptScope: .redFlags))
  }

  /// Notes `0..<count`.
  public func notes(count: Int) -> [GoldRecord] { (0..<count).map(note) }
}

/// Accumulates note text from markup, recording labelled spans in Unicode-scalar offsets.
///
/// Markup: `{concept|text}` (affirmed), `{concept:negated|text}`, `{#phi_type|value}`.
struct NoteBuilder {
  var text = ""
  var offset = 0
  var findings: [GoldFinding] = []
  var phi: [GoldPHI] = []
  var summary: [String] = []

  /// Appends markup; returns the plain text appended.
  @discardableResult
  mutating func add(_ markup: String) -> String {
    var plain = ""
    var rest = Substring(markup)
    while let open = rest.firstIndex(of: "{") {
      plain += rest[..<open]
      let inner = rest[rest.index(after: open)...]
      guard let bar = inner.firstIndex(of: "|"), let close = inner.firstIndex(of: "}") else { break }
      let label = String(inner[..<bar]), value = String(inner[inner.index(after: bar)..<close])
      let start = offset + plain.unicodeScalars.count
      let end = start + value.unicodeScalars.count
      if label.hasPrefix("#") {
        phi.append(GoldPHI(type: String(label.dropFirst()), start: start, end: end))
      } else {
        let parts = label.split(separator: ":").map(String.init)
        let a = parts.count > 1 ? parts[1] : "affirmed"
        findings.append(GoldFinding(
          concept: parts[0], assertion: a, negated: a == "negated", uncertain: a == "uncertain",
          historical: a == "historical", hypothetical: a == "hypothetical",
          experiencer: a == "family" ? "family" : a == "other" ? "other" : "patient", start: start, end: end))
      }
      plain += value
      rest = inner[inner.index(after: close)...]
    }
    plain += rest
    text += plain
    offset += plain.unicodeScalars.count
    return plain
  }

  /// Appends one sentence (and a trailing space or newline); `key` sentences go into the reference summary.
  mutating func sentence(_ markup: String, key: Bool = false, end: String = " ") {
    let plain = add(markup)
    if key { summary.append(plain) }
    add(end)
  }

  mutating func line(_ markup: String = "") { add(markup + "\n") }

  mutating func header(_ h: String) { add("\n" + h + "\n") }
}

/// A red-flag scenario instance: the rules it fires and what it writes.
struct ScenarioInstance {
  var rules: [String]
  /// Chief complaint (plain).
  var complaint: String
  /// History sentences with markup; the first ones are key.
  var history: [String]
  /// One assessment sentence with markup.
  var assessment: String
  var vitals = VitalOverrides()
  var labs: [String: String] = [:]
  /// Imaging impression for radiology notes.
  var impression: String?
}

/// Abnormal values a scenario imposes.
struct VitalOverrides {
  var bp: (Int, Int)?
  var hr: Int?
  var rr: Int?
  var temp: Double?
  var spo2: Int?
}

/// A kind of red-flag presentation.
struct Scenario: Sendable {
  var name: String
  var styles: Set<String>?
  var make: @Sendable (inout SplitMix64) -> ScenarioInstance

  static let all: [Scenario] = [
    Scenario(name: "acs", styles: ["ed", "inpatient", "telehealth", "nursing"]) { r in
      let trop = r.chance(0.5)
      var s = ScenarioInstance(
        rules: ["esc.acs"] + (trop ? ["esc.elevated_troponin"] : []), complaint: "Chest pressure.",
        history: [
          "Reports {chest_pain|\(r.pick(["substernal chest pressure", "crushing chest pain", "chest tightness"]))} that began \(r.int(1...5)) hours ago at rest.",
          "The discomfort is {radiating_pain|radiating to the left arm} and accompanied by {diaphoresis|diaphoresis}.",
        ],
        assessment: "Presentation concerning for acute coronary syndrome; aspirin given and cardiology consulted.")
      if trop { s.labs["troponin"] = "Troponin \(r.pick(["0.12", "0.31", "0.86", "1.4"])) ng/mL" }
      return s
    },
    Scenario(name: "stroke_signs", styles: ["ed", "inpatient", "nursing", "telehealth"]) { r in
      ScenarioInstance(
        rules: ["esc.stroke_signs"], complaint: "Sudden weakness.",
        history: [
          "Patient was last known well at \(r.int(5...11)):\(r.pick(["00", "15", "30", "45"])) and was found with {facial_droop|\(r.pick(["left facial droop", "right facial droop"]))}.",
          "Exam shows {unilateral_weakness|\(r.pick(["right arm weakness", "left-sided weakness"]))} and {speech_disturbance|slurred speech}.",
        ],
        assessment: "Acute neurologic deficit within the treatment window; neurology at bedside.")
    },
    Scenario(name: "stroke_diagnosis", styles: ["radiology", "inpatient", "discharge"]) { r in
      ScenarioInstance(
        rules: ["esc.stroke_diagnosis"], complaint: "Word-finding difficulty.",
        history: ["MRI brain demonstrates an acute {stroke|ischemic stroke} in the left MCA territory."],
        assessment: "Admitted to the neurology service for secondary prevention.",
        impression: "Acute {stroke|ischemic stroke} involving the left MCA territory.")
    },
    Scenario(name: "thunderclap", styles: ["ed", "telehealth"]) { r in
      ScenarioInstance(
        rules: ["esc.thunderclap_headache"], complaint: "Severe headache.",
        history: ["She describes a {thunderclap_headache|thunderclap headache} that peaked within one minute while \(r.pick(["lifting boxes", "exercising", "at rest"]))."],
        assessment: "Sudden severe headache; CT head and lumbar puncture planned.")
    },
    Scenario(name: "sepsis", styles: ["ed", "inpatient", "nursing", "paediatrics"]) { r in
      var s = ScenarioInstance(
        rules: ["esc.sepsis"], complaint: "Fever and flank discomfort.",
        history: ["Reports {fever|fever} to \(r.pick(["38.9", "39.2", "39.5"])) C at home with {rigors|rigors} since yesterday."],
        assessment: "{sepsis|Sepsis} from a urinary source; blood cultures drawn and antibiotics started.")
      s.vitals.temp = r.pick([38.8, 39.1, 39.4])
      s.vitals.hr = r.int(112...128)
      return s
    },
    Scenario(name: "septic_shock", styles: ["ed", "inpatient"]) { r in
      var s = ScenarioInstance(
        rules: ["esc.septic_shock", "esc.sepsis", "esc.hypotension", "esc.elevated_lactate"],
        complaint: "Low blood pressure.",
        history: ["Admitted with {sepsis|sepsis} from pneumonia and now requiring norepinephrine."],
        assessment: "{septic_shock|Septic shock}; vasopressors titrated and ICU transfer arranged.")
      s.vitals.bp = (r.int(72...86), r.int(40...52))
      s.labs["lactate"] = "lactate \(r.pick(["4.6", "5.3", "6.1"]))"
      return s
    },
    Scenario(name: "hypoxia", styles: ["ed", "inpatient", "nursing", "paediatrics", "telehealth", "discharge"]) { r in
      let severe = r.chance(0.4)
      var s = ScenarioInstance(
        rules: severe ? ["esc.hypoxia", "esc.severe_hypoxia"] : ["esc.hypoxia"], complaint: "Shortness of breath.",
        history: ["Reports {dyspnea|shortness of breath} worsening over \(r.int(2...5)) days."],
        assessment: "Hypoxemic respiratory failure; supplemental oxygen started.")
      s.vitals.spo2 = severe ? r.int(78...84) : r.int(85...89)
      return s
    },
    Scenario(name: "severe_hypertension", styles: ["ed", "inpatient", "nursing", "telehealth"]) { r in
      var s = ScenarioInstance(
        rules: ["esc.severe_hypertension"], complaint: "Elevated blood pressure.",
        history: ["Ran out of amlodipine two weeks ago; home readings have been elevated."],
        assessment: "Severe hypertension without end-organ symptoms; medications resumed.")
      s.vitals.bp = (r.int(182...198), r.int(96...112))
      return s
    },
    Scenario(name: "hypertensive_emergency", styles: ["ed"]) { r in
      var s = ScenarioInstance(
        rules: ["esc.severe_hypertension", "esc.hypertensive_emergency"], complaint: "High blood pressure with chest discomfort.",
        history: ["Blood pressure elevated at home with new {chest_pain|chest pain} this evening."],
        assessment: "Hypertensive emergency; nicardipine infusion started.")
      s.vitals.bp = (r.int(205...224), r.int(121...132))
      return s
    },
    Scenario(name: "hypotension", styles: ["ed", "inpatient", "nursing"]) { r in
      var s = ScenarioInstance(
        rules: ["esc.hypotension"], complaint: "Lightheadedness.",
        history: ["Lightheaded on standing after several days of poor oral intake."],
        assessment: "Volume depletion; fluid bolus given.")
      s.vitals.bp = (r.int(74...86), r.int(42...54))
      return s
    },
    Scenario(name: "suicidal_ideation", styles: ["psychiatry", "ed", "telehealth"]) { r in
      ScenarioInstance(
        rules: ["esc.suicidal_ideation"], complaint: "Low mood.",
        history: [
          "Endorses {suicidal_ideation|suicidal ideation} over the past \(r.int(1...3)) weeks.",
          "Denies a {suicide_plan:negated|suicide plan} and denies {suicide_intent:negated|intent to act}.",
        ],
        assessment: "Major depressive episode with passive risk; safety plan completed and close follow-up arranged.")
    },
    Scenario(name: "suicide_plan", styles: ["psychiatry", "ed"]) { r in
      ScenarioInstance(
        rules: ["esc.suicidal_ideation", "esc.suicide_plan_or_intent"], complaint: "Thoughts of self-harm.",
        history: [
          "Endorses {suicidal_ideation|suicidal ideation} with a {suicide_plan|plan to jump from a bridge}.",
          "He states {suicide_intent|intent to act} tonight.",
        ],
        assessment: "High acute risk; one-to-one observation and inpatient psychiatric admission.")
    },
    Scenario(name: "homicidal", styles: ["psychiatry", "ed"]) { _ in
      ScenarioInstance(
        rules: ["esc.homicidal_ideation"], complaint: "Anger.",
        history: ["Endorses {homicidal_ideation|homicidal ideation} toward a neighbor."],
        assessment: "Acute risk to others; security notified and psychiatry evaluation in progress.")
    },
    Scenario(name: "upper_gi_bleed", styles: ["ed", "inpatient"]) { r in
      let anemia = r.chance(0.5)
      var s = ScenarioInstance(
        rules: ["esc.upper_gi_bleed"] + (anemia ? ["esc.critical_hemoglobin"] : []), complaint: "Vomiting blood.",
        history: ["Reports {hematemesis|hematemesis} twice this morning and {melena|black tarry stools} for two days."],
        assessment: "Upper GI bleed; two large-bore IVs, pantoprazole and GI consult.")
      if anemia { s.labs["hgb"] = "Hgb \(r.pick(["5.9", "6.3", "6.7"]))" }
      return s
    },
    Scenario(name: "lower_gi_bleed", styles: ["ed", "inpatient", "telehealth"]) { _ in
      ScenarioInstance(
        rules: ["esc.lower_gi_bleed"], complaint: "Rectal bleeding.",
        history: ["Reports {hematochezia|bright red blood per rectum} since last night."],
        assessment: "Lower GI bleeding; type and screen sent.")
    },
    Scenario(name: "hyperkalemia", styles: ["ed", "inpatient"]) { r in
      var s = ScenarioInstance(
        rules: ["esc.hyperkalemia"], complaint: "Missed dialysis.",
        history: ["Missed two dialysis sessions this week and reports generalized weakness."],
        assessment: "Severe hyperkalemia; calcium gluconate given and emergent dialysis arranged.")
      s.labs["k"] = "K \(r.pick(["6.6", "6.9", "7.2"]))"
      return s
    },
    Scenario(name: "hypoglycemia", styles: ["ed", "nursing", "paediatrics"]) { r in
      var s = ScenarioInstance(
        rules: ["esc.hypoglycemia"], complaint: "Found drowsy.",
        history: ["Found with {hypoglycemia|hypoglycemia} after taking insulin without breakfast."],
        assessment: "Treated with dextrose and a meal; insulin dose reviewed.")
      s.labs["glucose"] = "glucose \(r.int(32...48))"
      return s
    },
    Scenario(name: "dka", styles: ["ed", "paediatrics", "inpatient"]) { r in
      var s = ScenarioInstance(
        rules: ["esc.dka"], complaint: "Vomiting and thirst.",
        history: ["Several days of polyuria and polydipsia, now with {kussmaul_breathing|Kussmaul respirations}."],
        assessment: "{dka|Diabetic ketoacidosis}; insulin infusion per protocol.")
      s.labs["glucose"] = "glucose \(r.int(420...560))"
      return s
    },
    Scenario(name: "pe", styles: ["ed", "inpatient", "radiology"]) { _ in
      ScenarioInstance(
        rules: ["esc.pulmonary_embolism"], complaint: "Shortness of breath.",
        history: ["CT angiogram shows a {pulmonary_embolism|pulmonary embolism} in the right lower lobe."],
        assessment: "Acute PE; heparin infusion started.",
        impression: "Acute {pulmonary_embolism|pulmonary embolism} in the right lower lobe segmental arteries.")
    },
    Scenario(name: "meningitis", styles: ["ed", "paediatrics"]) { r in
      var s = ScenarioInstance(
        rules: ["esc.meningitis"], complaint: "Fever and headache.",
        history: ["Reports {fever|fever} and {neck_stiffness|neck stiffness} since this morning, with photophobia."],
        assessment: "Concern for bacterial meningitis; empiric antibiotics before lumbar puncture.")
      s.vitals.temp = r.pick([38.9, 39.3, 39.6])
      s.vitals.hr = r.int(70...88)
      return s
    },
    Scenario(name: "ectopic", styles: ["ed", "telehealth"]) { _ in
      ScenarioInstance(
        rules: ["esc.ectopic_pregnancy"], complaint: "Pelvic pain.",
        history: [
          "A home test showed a {positive_pregnancy_test|positive pregnancy test} last week.",
          "Now with {pelvic_pain|right-sided pelvic pain} and {vaginal_bleeding|vaginal bleeding}.",
        ],
        assessment: "Early pregnancy with pain and bleeding; transvaginal ultrasound and gynecology consult.")
    },
    Scenario(name: "cauda_equina", styles: ["ed", "telehealth"]) { _ in
      ScenarioInstance(
        rules: ["esc.cauda_equina"], complaint: "Back pain.",
        history: ["Low back pain for a week, now with {saddle_anesthesia|saddle anesthesia} and {urinary_retention|urinary retention}."],
        assessment: "Possible cord compression syndrome; emergent MRI of the lumbar spine.")
    },
    Scenario(name: "torsion", styles: ["ed", "paediatrics"]) { _ in
      ScenarioInstance(
        rules: ["esc.testicular_torsion"], complaint: "Groin pain.",
        history: ["Sudden {testicular_pain|left testicular pain} that woke him from sleep, with vomiting."],
        assessment: "Urology consulted emergently; scrotal ultrasound ordered.")
    },
    Scenario(name: "overdose", styles: ["ed", "paediatrics"]) { r in
      ScenarioInstance(
        rules: ["esc.overdose"], complaint: "Ingestion.",
        history: ["Accidental {overdose|overdose} of \(r.pick(["acetaminophen", "iron tablets", "a relative's blood pressure pills"])) about two hours before arrival."],
        assessment: "Poison control contacted; levels pending.")
    },
    Scenario(name: "tachycardia", styles: ["ed", "nursing", "inpatient"]) { r in
      var s = ScenarioInstance(
        rules: ["esc.extreme_tachycardia"], complaint: "Racing heart.",
        history: ["Sudden palpitations that started \(r.int(1...4)) hours ago."],
        assessment: "Narrow complex rhythm; vagal maneuvers and adenosine.")
      s.vitals.hr = r.int(164...188)
      return s
    },
    Scenario(name: "bradycardia", styles: ["ed", "nursing", "inpatient"]) { r in
      var s = ScenarioInstance(
        rules: ["esc.extreme_bradycardia"], complaint: "Fatigue.",
        history: ["Increasing fatigue and dizziness over two days."],
        assessment: "Symptomatic bradycardia; pacing pads placed.")
      s.vitals.hr = r.int(28...38)
      return s
    },
    Scenario(name: "hyperthermia", styles: ["ed", "paediatrics", "nursing"]) { r in
      var s = ScenarioInstance(
        rules: ["esc.hyperthermia"], complaint: "High temperature.",
        history: ["Reports {fever|fever} since yesterday, highest reading this morning."],
        assessment: "High fever; cooling measures and workup for a source.")
      s.vitals.temp = r.pick([40.2, 40.5, 40.9])
      s.vitals.hr = r.int(70...88)
      return s
    },
    Scenario(name: "hypothermia", styles: ["ed", "nursing"]) { r in
      var s = ScenarioInstance(
        rules: ["esc.hypothermia"], complaint: "Found outdoors.",
        history: ["Found outdoors after an unknown period in the cold."],
        assessment: "Hypothermia; active rewarming.")
      s.vitals.temp = r.pick([33.6, 34.1, 34.6])
      return s
    },
    Scenario(name: "anemia", styles: ["inpatient", "ed", "telehealth"]) { r in
      var s = ScenarioInstance(
        rules: ["esc.critical_hemoglobin"], complaint: "Fatigue.",
        history: ["Progressive fatigue and exertional dizziness for a month."],
        assessment: "Severe anemia; transfusion of one unit and iron studies.")
      s.labs["hgb"] = "Hgb \(r.pick(["5.8", "6.2", "6.6"]))"
      return s
    },
    Scenario(name: "hyponatremia", styles: ["inpatient", "ed"]) { r in
      var s = ScenarioInstance(
        rules: ["esc.severe_hyponatremia"], complaint: "Nausea.",
        history: ["Nausea and unsteadiness after starting a new diuretic."],
        assessment: "Severe hyponatremia; hypertonic saline per protocol.")
      s.labs["na"] = "Na \(r.int(110...118))"
      return s
    },
    Scenario(name: "tachypnea", styles: ["ed", "nursing", "paediatrics"]) { r in
      var s = ScenarioInstance(
        rules: ["esc.tachypnea"], complaint: "Fast breathing.",
        history: ["Breathing fast with increased work of breathing since this evening."],
        assessment: "Respiratory distress; nebulized treatment and reassessment.")
      s.vitals.rr = r.int(32...40)
      return s
    },
    Scenario(name: "seizure", styles: ["ed", "paediatrics", "nursing"]) { r in
      ScenarioInstance(
        rules: ["esc.seizure"], complaint: "Shaking episode.",
        history: ["Witnessed generalized {seizure|seizure} lasting about \(r.int(2...4)) minutes with postictal drowsiness."],
        assessment: "First unprovoked event; neurology follow-up and driving restriction counseled.")
    },
    Scenario(name: "ams", styles: ["nursing", "inpatient", "ed"]) { _ in
      ScenarioInstance(
        rules: ["esc.altered_mental_status"], complaint: "Change in behavior.",
        history: ["Staff report new {altered_mental_status|altered mental status} since the evening shift."],
        assessment: "Acute change in mentation; infectious and metabolic workup sent.")
    },
    Scenario(name: "hemoptysis", styles: ["ed", "inpatient"]) { r in
      ScenarioInstance(
        rules: ["esc.massive_hemoptysis"], complaint: "Coughing blood.",
        history: ["Massive {hemoptysis|hemoptysis} of about \(r.pick(["300", "400", "500"])) mL over the past hour."],
        assessment: "Airway protection prioritized; interventional radiology consulted.")
    },
    Scenario(name: "lactate", styles: ["ed", "inpatient"]) { r in
      var s = ScenarioInstance(
        rules: ["esc.elevated_lactate"], complaint: "Weakness.",
        history: ["Generalized weakness after a prolonged run in hot weather."],
        assessment: "Elevated lactate; fluids and repeat level in two hours.")
      s.labs["lactate"] = "lactate \(r.pick(["4.4", "5.1", "6.0"]))"
      return s
    },
    Scenario(name: "anaphylaxis", styles: ["ed", "paediatrics"]) { r in
      ScenarioInstance(
        rules: ["esc.anaphylaxis"], complaint: "Allergic reaction.",
        history: ["{anaphylaxis|Anaphylaxis} after eating \(r.pick(["peanuts", "shrimp", "cashews"])) with lip swelling and hives."],
        assessment: "Intramuscular epinephrine given; observation for a biphasic reaction.")
    },
    Scenario(name: "mi_diagnosis", styles: ["discharge", "inpatient"]) { r in
      ScenarioInstance(
        rules: ["esc.mi_diagnosis"], complaint: "Chest discomfort.",
        history: ["Admitted with an {myocardial_infarction|\(r.pick(["NSTEMI", "inferior STEMI"]))} treated with a drug-eluting stent."],
        assessment: "Dual antiplatelet therapy for twelve months and cardiac rehabilitation referral.")
    },
  ]
}

/// Note layouts per style, with fillers and traps.
enum Layout {
  static let first = ["Maria", "James", "Aisha", "Wei", "Olga", "Samuel", "Priya", "Diego", "Hannah", "Tomasz", "Grace", "Kwame", "Lucia", "Noah", "Fatima", "Erik", "Mei", "Omar", "Ruth", "Ivan"]
  static let last = ["Okafor", "Lindqvist", "Haddad", "Nakamura", "Brennan", "Castillo", "Novak", "Adeyemi", "Moreau", "Kowalski", "Petrov", "Santos", "Whitfield", "Chandra", "Duarte", "Fischer", "Mbeki", "Larsen", "Quinn", "Yilmaz"]
  static let streets = ["Maple Avenue", "Harbor Road", "Cedar Lane", "Elm Street", "Ridge Drive", "Orchard Way"]
  static let towns = ["Fairview", "Millbrook", "Lakeside", "Riverton", "Ashford"]

  static func name(_ r: inout SplitMix64) -> String { "\(r.pick(first)) \(r.pick(last))" }

  static func identity(_ r: inout SplitMix64, _ b: inout NoteBuilder, age: Int, full: Bool) {
    let n = name(&r)
    b.line("Patient: {#name|\(n)}")
    b.line("MRN: {#mrn|\(r.int(10_000_000...99_999_999))}   DOB: {#dob|\(String(format: "%02d/%02d/%d", r.int(1...12), r.int(1...28), 2024 - age))}")
    if full {
      b.line("Phone: {#phone|(555) \(r.int(200...899))-\(String(format: "%04d", r.int(100...199)))}")
      if r.chance(0.4) {
        b.line("Address: {#address|\(r.int(10...9800)) \(r.pick(streets)), \(r.pick(towns))}")
      }
      if r.chance(0.3) {
        let handle = n.lowercased().replacingOccurrences(of: " ", with: ".")
        b.line("Email: {#email|\(handle)@example.org}")
      }
    }
  }

  static func clinician(_ r: inout SplitMix64, _ b: inout NoteBuilder, role: String) {
    b.line("\(role): Dr. {#name|\(name(&r))}")
  }

  /// A trap sentence: a red flag that must not escalate.
  static let traps: [String] = [
    "Denies {chest_pain:negated|chest pain}, {dyspnea:negated|shortness of breath} or {syncope:negated|syncope}.",
    "No {hematochezia:negated|blood in the stool} and no {melena:negated|melena}.",
    "History of {stroke:historical|stroke} in 2016 without residual deficit.",
    "Prior {myocardial_infarction:historical|myocardial infarction} in 2011, status post stent.",
    "Remote history of {seizure:historical|seizure} as a teenager, none since.",
    "Father had a {myocardial_infarction:family|myocardial infarction} at age 52.",
    "Mother had a {stroke:family|stroke} in her seventies.",
    "Her brother was treated for a {pulmonary_embolism:family|pulmonary embolism} last year.",
    "Denies {suicidal_ideation:negated|suicidal ideation} or {homicidal_ideation:negated|homicidal ideation}.",
    "No {neck_stiffness:negated|neck stiffness} and no {petechial_rash:negated|petechial rash}.",
    "Denies {saddle_anesthesia:negated|saddle anesthesia} or {bowel_incontinence:negated|bowel incontinence}.",
    "No {hemoptysis:negated|hemoptysis} or {hematemesis:negated|hematemesis}.",
    "His roommate was recently treated for {meningitis:other|meningitis}.",
    "A coworker was hospitalized with {sepsis:other|sepsis} last month.",
    "Questionable {syncope:uncertain|syncope} versus mechanical fall last spring.",
    "No {facial_droop:negated|facial droop}, {unilateral_weakness:negated|focal weakness} or {speech_disturbance:negated|slurred speech}.",
  ]

  static let returnPrecautions: [String] = [
    "Return for {chest_pain:hypothetical|chest pain}, {dyspnea:hypothetical|shortness of breath} or {fever:hypothetical|fever}.",
    "Call 911 if {facial_droop:hypothetical|facial droop} or {speech_disturbance:hypothetical|slurred speech} develops.",
    "Seek care if {hematochezia:hypothetical|blood in the stool} or {syncope:hypothetical|fainting} occurs.",
  ]

  static let history = ["Hypertension", "Type 2 diabetes", "Hyperlipidemia", "Asthma", "Hypothyroidism", "GERD", "Osteoarthritis of the knees", "Chronic kidney disease stage 3"]
  static let meds = ["lisinopril 10 mg daily", "metformin 500 mg twice daily", "atorvastatin 40 mg nightly", "levothyroxine 75 mcg daily", "albuterol inhaler as needed", "omeprazole 20 mg daily", "amlodipine 5 mg daily"]
  static let exam = [
    "Lungs clear to auscultation bilaterally.", "Heart with regular rhythm and no murmurs.",
    "Abdomen soft and nontender.", "No lower extremity edema.", "Alert and oriented, conversing normally.",
  ]

  static func vitals(_ r: inout SplitMix64, _ v: VitalOverrides, _ b: inout NoteBuilder, label: String = "Vitals:") {
    // At most one near-threshold vital per note, and none beside a scenario's abnormal values, so that no
    // combination of vitals (SIRS, qSOFA) points at a condition the gold does not label.
    let scenarioSet = v.bp != nil || v.hr != nil || v.rr != nil || v.temp != nil || v.spo2 != nil
    let near = scenarioSet || !r.chance(0.3) ? -1 : r.int(0...4)
    let bp = v.bp ?? (near == 0 ? (r.pick([r.int(92...96), r.int(170...178)]), r.int(60...98)) : (r.int(104...142), r.int(62...88)))
    let hr = v.hr ?? (near == 1 ? r.pick([r.int(42...48), r.int(138...148)]) : r.int(58...88))
    let rr = v.rr ?? (near == 2 ? r.int(24...28) : r.int(12...20))
    let t = v.temp ?? (near == 3 ? r.pick([35.2, 35.4, 39.6, 39.8]) : r.real(36.4...37.6))
    let spo2 = v.spo2 ?? (near == 4 ? r.int(90...92) : r.int(94...100))
    b.sentence("\(label) BP \(bp.0)/\(bp.1), HR \(hr), RR \(rr), T \(String(format: "%.1f", t)) C, SpO2 \(spo2)% on room air.", end: "\n")
  }

  static func labs(_ r: inout SplitMix64, _ l: [String: String], _ b: inout NoteBuilder) {
    let near = r.chance(0.2)
    let parts = [
      l["na"] ?? "Na \(near ? r.int(121...126) : r.int(134...144))",
      l["k"] ?? "K \(String(format: "%.1f", near ? r.real(5.8...6.3) : r.real(3.6...5.0)))",
      "Cr \(String(format: "%.1f", r.real(0.6...1.3)))",
      l["glucose"] ?? "glucose \(near ? r.int(56...64) : r.int(80...160))",
      l["hgb"] ?? "Hgb \(String(format: "%.1f", near ? r.real(7.1...7.8) : r.real(11.5...15.5)))",
      "WBC \(String(format: "%.1f", r.real(4.5...10.5)))",
    ] + (l["lactate"].map { [$0] } ?? []) + (l["troponin"].map { [$0] } ?? [])
    b.sentence("Labs: " + parts.joined(separator: ", ") + ".", end: "\n")
  }

  static func traps(_ r: inout SplitMix64, _ n: Int) -> [String] { Array(r.shuffled(traps).prefix(n)) }

  static func write(style: String, scenario s: ScenarioInstance?, rng r: inout SplitMix64, into b: inout NoteBuilder) {
    let age = style == "paediatrics" ? r.int(2...16) : r.int(19...88)
    let complaint = s?.complaint ?? r.pick(["Cough.", "Knee pain.", "Medication refill.", "Rash on the forearm.", "Follow-up visit.", "Sore throat."])
    let routineHistory = [
      "Reports \(r.pick(["a mild cough for four days", "intermittent knee pain with stairs", "a pruritic rash on the forearm", "a sore throat since the weekend"])) without other complaints.",
      "Symptoms have been stable and sleep is adequate.",
    ]
    let trapCount = r.int(1...3)
    switch style {
    case "radiology":
      let brain = s?.rules.contains("esc.stroke_diagnosis") ?? r.chance(0.4)
      b.line(brain ? "MRI BRAIN WITHOUT CONTRAST" : r.pick(["CT ANGIOGRAM CHEST", "CT CHEST WITH CONTRAST"]))
      identity(&r, &b, age: age, full: false)
      clinician(&r, &b, role: "Ordering physician")
      b.header("Indication:")
      b.sentence("\(age)-year-old with \(complaint.lowercased().dropLast()).", key: true, end: "\n")
      b.header("Technique:")
      b.sentence("Axial images were obtained per protocol.", end: "\n")
      b.header("Findings:")
      b.sentence("No pleural effusion.")
      b.sentence("Heart size is normal.", end: "\n")
      b.header("Impression:")
      b.sentence(s?.impression ?? "No acute abnormality.", key: true, end: "\n")
      if s != nil { b.sentence("Findings communicated to the ordering team by telephone.", end: "\n") }
    case "discharge":
      b.line("DISCHARGE SUMMARY")
      identity(&r, &b, age: age, full: true)
      clinician(&r, &b, role: "Attending")
      b.header("Discharge Diagnoses:")
      b.sentence(s.map { _ in "Principal problem as described in the hospital course." } ?? "\(r.pick(["Community-acquired pneumonia", "Cellulitis of the left leg", "COPD exacerbation"])), resolved.", end: "\n")
      b.header("Hospital Course:")
      for (i, h) in (s?.history ?? routineHistory).enumerated() { b.sentence(h, key: i < 2 && s != nil) }
      if let s { b.sentence(s.assessment, key: true) }
      for t in traps(&r, trapCount) { b.sentence(t) }
      b.add("\n")
      vitals(&r, s?.vitals ?? VitalOverrides(), &b, label: "Discharge vitals:")
      labs(&r, s?.labs ?? [:], &b)
      b.header("Discharge Medications:")
      for m in r.shuffled(meds).prefix(3) { b.line("- \(m)") }
      b.header("Discharge Instructions:")
      b.sentence(r.pick(returnPrecautions), key: s == nil, end: "\n")
      b.header("Follow-up:")
      b.sentence("Primary care in one week.", end: "\n")
    case "nursing":
      b.line("NURSING NOTE")
      identity(&r, &b, age: age, full: false)
      b.header("Shift Assessment:")
      b.sentence("\(age)-year-old patient on the medical floor.", key: s == nil)
      for (i, h) in (s?.history ?? ["Resting comfortably overnight.", "Tolerating diet."]).enumerated() { b.sentence(h, key: i < 2 && s != nil) }
      b.add("\n")
      vitals(&r, s?.vitals ?? VitalOverrides(), &b)
      if let l = s?.labs, !l.isEmpty { labs(&r, l, &b) }
      for t in traps(&r, 1) { b.sentence(t, end: "\n") }
      b.header("Plan:")
      b.sentence(s.map { "Provider notified. " + $0.assessment } ?? "Continue current plan of care.", key: true, end: "\n")
    case "psychiatry":
      b.line("PSYCHIATRIC EVALUATION")
      identity(&r, &b, age: age, full: true)
      clinician(&r, &b, role: "Psychiatrist")
      b.header("Chief Complaint:")
      b.sentence(s?.complaint ?? r.pick(["Anxiety.", "Trouble sleeping.", "Medication management."]), key: true, end: "\n")
      b.header("History of Present Illness:")
      b.sentence("\(age)-year-old seen for evaluation.")
      for (i, h) in (s?.history ?? ["Reports anxiety with work stress and poor sleep.", "Mood is described as tired but hopeful."]).enumerated() {
        b.sentence(h, key: i < 2)
      }
      b.add("\n")
      b.header("Mental Status Exam:")
      b.sentence("Appearance neat, speech normal rate, mood anxious, affect congruent.")
      if s == nil || !(s!.rules.contains { $0.contains("suicid") || $0.contains("homicid") }) {
        b.sentence("Denies {suicidal_ideation:negated|suicidal ideation} or {homicidal_ideation:negated|homicidal ideation}.")
      }
      b.add("\n")
      b.header("Family History:")
      b.sentence(r.pick(["Mother with depression.", "Father with alcohol use disorder.", "No family psychiatric history."]), end: "\n")
      b.header("Assessment and Plan:")
      b.sentence(s?.assessment ?? "Generalized anxiety; start sertraline 25 mg daily and therapy referral.", key: true, end: "\n")
    default:
      // ed, inpatient, paediatrics, telehealth
      let title = ["ed": "EMERGENCY DEPARTMENT NOTE", "inpatient": "PROGRESS NOTE", "paediatrics": "PEDIATRIC EMERGENCY NOTE", "telehealth": "TELEHEALTH VIDEO VISIT"][style]!
      b.line(title)
      identity(&r, &b, age: age, full: style != "inpatient")
      clinician(&r, &b, role: style == "inpatient" ? "Attending" : "Provider")
      if style == "telehealth" { b.sentence("Patient joined by video from home and consented to the visit.", end: "\n") }
      b.header(style == "inpatient" ? "Subjective:" : "Chief Complaint:")
      b.sentence(complaint, key: true, end: "\n")
      b.header("History of Present Illness:")
      let who = style == "paediatrics" ? "\(age)-year-old brought in by a parent." : "\(age)-year-old \(r.pick(["man", "woman"])) presenting for evaluation."
      b.sentence(who)
      for (i, h) in (s?.history ?? routineHistory).enumerated() { b.sentence(h, key: i < 2 && s != nil || (s == nil && i == 0)) }
      for t in traps(&r, trapCount) { b.sentence(t) }
      b.add("\n")
      b.header("Past Medical History:")
      for h in r.shuffled(history).prefix(r.int(1...3)) { b.line("- \(h)") }
      if style == "paediatrics" { b.header("Immunizations:"); b.sentence("Up to date per parent.", end: "\n") }
      b.header("Medications:")
      for m in r.shuffled(meds).prefix(r.int(1...3)) { b.line("- \(m)") }
      b.header("Allergies:")
      b.sentence(r.pick(["No known drug allergies.", "Penicillin (rash)."]), end: "\n")
      b.header("Social History:")
      b.sentence(r.pick(["Never smoker. Drinks alcohol occasionally.", "Former smoker, quit ten years ago.", "Lives with family."]), end: "\n")
      if style != "telehealth" {
        b.header(style == "inpatient" ? "Objective:" : "Physical Exam:")
        vitals(&r, s?.vitals ?? VitalOverrides(), &b)
        for e in r.shuffled(exam).prefix(3) { b.sentence(e) }
        b.add("\n")
        labs(&r, s?.labs ?? [:], &b)
      } else if let s, !s.labs.isEmpty || s.vitals.bp != nil || s.vitals.hr != nil || s.vitals.spo2 != nil || s.vitals.temp != nil || s.vitals.rr != nil {
        b.header("Home Measurements:")
        vitals(&r, s.vitals, &b, label: "Home readings:")
        if !s.labs.isEmpty { labs(&r, s.labs, &b) }
      }
      b.header("Assessment and Plan:")
      b.sentence(s?.assessment ?? "Likely self-limited; supportive care and follow-up as needed.", key: true)
      b.sentence(r.pick(returnPrecautions), end: "\n")
    }
  }
}
