/// Ids shared between rule sets and corpora (`shared-ids.md`): the vocabulary gold labels are written in.
public enum ClinicalIDs {
  /// Every shared concept id.
  public static let concepts: Set<String> = [
    "chest_pain", "radiating_pain", "diaphoresis", "dyspnea", "syncope", "palpitations", "facial_droop",
    "unilateral_weakness", "speech_disturbance", "thunderclap_headache", "headache", "vision_loss", "fever",
    "rigors", "hypotension", "tachycardia", "altered_mental_status", "sepsis", "septic_shock", "anaphylaxis",
    "angioedema", "urticaria", "wheezing", "stridor", "suicidal_ideation", "suicide_plan", "suicide_intent",
    "homicidal_ideation", "hematemesis", "melena", "hematochezia", "hemoptysis", "neck_stiffness", "photophobia",
    "petechial_rash", "pleuritic_pain", "unilateral_leg_swelling", "positive_pregnancy_test", "vaginal_bleeding",
    "pelvic_pain", "abdominal_pain", "saddle_anesthesia", "urinary_retention", "bowel_incontinence", "back_pain",
    "bilateral_leg_weakness", "testicular_pain", "scrotal_swelling", "overdose", "hypoglycemia", "dka",
    "kussmaul_breathing", "vomiting", "nausea", "diarrhea", "polyuria", "polydipsia", "seizure", "stroke",
    "myocardial_infarction", "pulmonary_embolism", "meningitis", "ectopic_pregnancy", "cauda_equina",
    "testicular_torsion", "cough", "sore_throat", "rash", "fatigue", "dizziness", "edema", "weight_loss",
    "anxiety", "depression", "insomnia", "hypertension", "diabetes", "copd", "asthma", "chf",
    "atrial_fibrillation", "ckd", "cad", "hyperlipidemia", "hypothyroidism", "pneumonia", "uti", "cellulitis",
    "fracture", "confusion", "dysuria", "constipation", "joint_pain", "numbness", "tobacco_use", "alcohol_use",
  ]

  /// Red-flag concepts (starred in the shared id list).
  public static let redFlagConcepts: Set<String> = [
    "chest_pain", "radiating_pain", "diaphoresis", "dyspnea", "syncope", "facial_droop", "unilateral_weakness",
    "speech_disturbance", "thunderclap_headache", "vision_loss", "fever", "rigors", "hypotension", "tachycardia",
    "altered_mental_status", "sepsis", "septic_shock", "anaphylaxis", "angioedema", "stridor", "suicidal_ideation",
    "suicide_plan", "suicide_intent", "homicidal_ideation", "hematemesis", "melena", "hematochezia", "hemoptysis",
    "neck_stiffness", "petechial_rash", "pleuritic_pain", "unilateral_leg_swelling", "positive_pregnancy_test",
    "vaginal_bleeding", "pelvic_pain", "saddle_anesthesia", "urinary_retention", "bowel_incontinence",
    "bilateral_leg_weakness", "testicular_pain", "scrotal_swelling", "overdose", "hypoglycemia", "dka",
    "kussmaul_breathing", "seizure", "stroke", "myocardial_infarction", "pulmonary_embolism", "meningitis",
    "ectopic_pregnancy", "cauda_equina", "testicular_torsion",
  ]

  /// Shared escalation rule ids and their levels.
  public static let escalationLevels: [String: EscalationLevel] = [
    "esc.acs": .emergent, "esc.mi_diagnosis": .emergent, "esc.stroke_signs": .emergent,
    "esc.stroke_diagnosis": .emergent, "esc.thunderclap_headache": .emergent, "esc.sepsis": .urgent,
    "esc.septic_shock": .emergent, "esc.hypoxia": .urgent, "esc.severe_hypoxia": .emergent,
    "esc.hypertensive_emergency": .emergent, "esc.severe_hypertension": .urgent, "esc.hypotension": .urgent,
    "esc.anaphylaxis": .emergent, "esc.suicide_plan_or_intent": .emergent, "esc.suicidal_ideation": .urgent,
    "esc.homicidal_ideation": .emergent, "esc.upper_gi_bleed": .emergent, "esc.lower_gi_bleed": .urgent,
    "esc.hyperkalemia": .emergent, "esc.hypoglycemia": .emergent, "esc.dka": .emergent,
    "esc.pulmonary_embolism": .emergent, "esc.meningitis": .emergent, "esc.ectopic_pregnancy": .emergent,
    "esc.cauda_equina": .emergent, "esc.testicular_torsion": .emergent, "esc.overdose": .emergent,
    "esc.extreme_tachycardia": .urgent, "esc.extreme_bradycardia": .urgent, "esc.hyperthermia": .urgent,
    "esc.hypothermia": .urgent, "esc.critical_hemoglobin": .urgent, "esc.elevated_troponin": .emergent,
    "esc.severe_hyponatremia": .urgent, "esc.tachypnea": .urgent, "esc.seizure": .urgent,
    "esc.altered_mental_status": .urgent, "esc.massive_hemoptysis": .emergent, "esc.elevated_lactate": .urgent,
  ]

  /// PHI types used in gold labels.
  public static let phiTypes: [String] = ["name", "phone", "fax", "email", "ssn", "mrn", "url", "ip", "dob", "address"]
}
