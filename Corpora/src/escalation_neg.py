"""Escalation notes with no red flag: only traps (negated, historical, family, hypothetical, other-experiencer red
flags; near-threshold but normal numbers) beside ordinary content. Gold escalation is "none"."""
from escalation_common import Person, vitals_line, normal_bmp, normal_cbc, doctor, doctor_last, pick


def S(x):
    return "<<" + x + ">>"


def near_vitals(rng):
    """Vitals that look worrying but stay under every threshold."""
    return vitals_line(rng, bp=(rng.choice([172, 176, 178, 164]), rng.choice([104, 108, 112, 96])),
                       hr=rng.choice([98, 104, 112]), rr=rng.choice([18, 20]),
                       t=rng.choice([37.4, 37.9, 38.1]), spo2=rng.choice([91, 92, 93]))


def chest_pain_fu(rng):
    p = Person(rng, age=rng.randint(40, 78))
    style = rng.choice(["clinic", "telehealth", "discharge"])
    if style == "discharge":
        sec = {"dx": ["[[Chest pain|chest_pain]], noncardiac, likely musculoskeletal", "Hypertension"],
               "hpi": [S("%d yo %s admitted for observation after an episode of [[chest pain|chest_pain|hist]] while lifting furniture." % (p.age, p.man))],
               "hc": [S("Serial troponins were 0.01 and 0.02 ng/mL; [[myocardial infarction|myocardial_infarction|neg]] was ruled out."),
                      "ECG unchanged from prior.", S("Exercise stress test negative for ischemia at 10 METs."),
                      "Pain reproducible on palpation of the left costochondral junction.", "No [[diaphoresis|diaphoresis|neg]] or [[radiating pain|radiating_pain|neg]] at any point."],
               "vitals": "Discharge vitals: BP 134/82, HR 72, RR 16, SpO2 98% on RA.",
               "instructions": [S("Return for [[chest pain|chest_pain|hyp]] at rest, [[shortness of breath|dyspnea|hyp]], or [[fainting|syncope|hyp]]."),
                                "Ibuprofen 400 mg with food as needed for 5 days."]}
        return p, style, [], sec
    hpi = [S("Follow-up after ED visit last week for [[chest pain|chest_pain|hist]]; troponins negative x2 and CT angiogram negative for [[pulmonary embolism|pulmonary_embolism|neg]]."),
           S("Since then %s denies [[chest pain|chest_pain|neg]], [[shortness of breath|dyspnea|neg]], or [[palpitations|palpitations|neg]]." % p.he),
           "Walking 30 minutes daily without symptoms; %s wife had [[chest pain|chest_pain|oth]] last month and now they walk together." % p.his if p.sex == "M" else "Walking 30 minutes daily without symptoms.", "Father had an [[MI|myocardial_infarction|fam]] at 49, which worries %s." % p.him]
    sec = {"cc": "ED follow-up.", "hpi": hpi, "vitals": vitals_line(rng) if style == "clinic" else "Home BP 128/80, HR 70.",
           "labs": ["Lipid panel: LDL 142.", "Troponin I 0.01 ng/mL in ED."],
           "ap": [S("Atypical [[chest pain|chest_pain|hist]], resolved; low risk."), "Start atorvastatin 20 mg given family history and LDL.",
                  S("Return precautions reviewed: call 911 for [[chest pain|chest_pain|hyp]] with [[sweating|diaphoresis|hyp]] or pain [[spreading to the arm|radiating_pain|hyp]].")],
           "follow": ["Follow up in 3 months."]}
    return p, style, [], sec


def diabetes_fu(rng):
    p = Person(rng, age=rng.randint(35, 80))
    style = rng.choice(["clinic", "telehealth"])
    g = rng.choice([58, 62, 66, 71])
    hpi = [S("Type 2 diabetes follow-up; A1c improved from 9.4 to 7.6."),
           S("One episode of mild low sugar with fingerstick %d mg/dL after skipping lunch, treated with juice." % g),
           "No [[hypoglycemia|hypoglycemia|neg]] requiring assistance.", "History of [[DKA|dka|hist]] at diagnosis in 2015.",
           "Denies polyuria, polydipsia, or blurred vision."]
    sec = {"cc": "Diabetes follow-up.", "hpi": hpi, "vitals": vitals_line(rng, bp=(rng.choice([138, 142, 146]), 84)) if style == "clinic" else None,
           "labs": [normal_bmp(rng, glucose=rng.randint(120, 168)) + ".", "Urine albumin/creatinine 22."],
           "ap": [S("Type 2 diabetes, improving."), "Reduce glipizide to 2.5 mg daily to avoid lows.",
                  S("If [[hypoglycemia|hypoglycemia|hyp]] occurs, take 15 g fast sugar and recheck in 15 minutes."), "Annual eye exam ordered."],
           "follow": ["Follow up in 3 months with A1c."]}
    return p, style, [], sec


def uri(rng):
    p = Person(rng, age=rng.randint(1, 70))
    style = "paediatrics" if p.age < 16 else rng.choice(["telehealth", "clinic"])
    t = rng.choice([38.6, 38.9, 39.1])
    hpi = [S("%d days of runny nose, sore throat, and cough; Tmax %.1f C yesterday." % (rng.randint(2, 5), t)),
           "Eating and drinking normally." if p.age < 16 else "Working from home.",
           S("No [[stiff neck|neck_stiffness|neg]], no [[petechial rash|petechial_rash|neg]] per parent, no [[trouble breathing|dyspnea|neg]]." if p.age < 16 else
             "Denies [[shortness of breath|dyspnea|neg]], [[chest pain|chest_pain|neg]], or [[coughing up blood|hemoptysis|neg]]."),
           "Sibling at home with similar symptoms." if p.age < 16 else "Spouse had the same cold last week and now has a [[fever|fever|oth]]."]
    sec = {"cc": "Cough and congestion.", "hpi": hpi,
           "vitals": vitals_line(rng, t=round(t - 1.1, 1), spo2=rng.choice([96, 97, 98])) if style != "telehealth" else None,
           "exam": ["Mild pharyngeal erythema.", "Lungs clear.", "No [[petechiae|petechial_rash|neg]]."] if style != "telehealth" else ["Well appearing on video, speaking full sentences."],
           "ap": [S("Viral upper respiratory infection."), "Supportive care, fluids, acetaminophen.",
                  S("Return for [[fever|fever|hyp]] beyond 5 days, [[difficulty breathing|dyspnea|hyp]], or [[stiff neck|neck_stiffness|hyp]].")]}
    return p, style, [], sec


def psych_fu(rng):
    p = Person(rng, age=rng.randint(18, 70))
    style = rng.choice(["psychiatry", "psychiatry", "telehealth"])
    hpi = [S("Follow-up for major depressive disorder; mood improved on sertraline 100 mg, PHQ-9 down from 18 to 7."),
           "Sleeping 7 hours, back at work.", "Worried about %s brother, who recently told family about [[suicidal thoughts|suicidal_ideation|oth]]." % p.his,
           S("History of [[suicidal ideation|suicidal_ideation|hist]] during a 2019 admission, with a prior [[overdose|overdose|hist]] in 2018."),
           S("Today %s denies [[suicidal ideation|suicidal_ideation|neg]], [[plan|suicide_plan|neg]], or [[intent|suicide_intent|neg]]." % p.he),
           "Mother has bipolar disorder; maternal uncle died by suicide."]
    mse = ["Well groomed, good eye contact.", "Mood \"pretty good\", affect reactive.", "Thought process linear.",
           "No [[SI|suicidal_ideation|neg]] or [[HI|homicidal_ideation|neg]].", "No hallucinations.", "Insight and judgment good."]
    sec = {"cc": "Medication management.", "hpi": hpi, "mse": mse,
           "risk": [S("Low acute risk; protective factors include %s children, employment, and engagement in care." % p.his)],
           "ap": [S("Major depressive disorder, recurrent, in partial remission."), "Continue sertraline 100 mg.",
                  "If [[thoughts of suicide|suicidal_ideation|hyp]] return, call 988 or come to the ED; safety plan updated."]}
    if style == "telehealth":
        sec = {"visit": "Video visit.", "hpi": hpi, "ap": sec["ap"], "mse": mse[:4]}
    return p, style, [], sec


def normal_ct(rng):
    p = Person(rng, age=rng.randint(30, 85))
    kind = rng.choice(["head", "cta", "abd", "us_scrotal", "mri_l"])
    if kind == "head":
        sec = {"exam_r": "CT head without contrast.", "indication": ["Headache and dizziness. Evaluate for [[stroke|stroke|unc]]."],
               "comparison": "None.",
               "findings": ["No acute intracranial hemorrhage, mass, or midline shift.", S("No CT evidence of acute [[stroke|stroke|neg]]."),
                            "Chronic small vessel ischemic change in the periventricular white matter.", "Paranasal sinuses clear."],
               "impression": [S("1. No acute intracranial abnormality."), S("2. Chronic small vessel ischemic change.")]}
    elif kind == "cta":
        sec = {"exam_r": "CT angiogram chest.", "indication": ["[[Pleuritic pain|pleuritic_pain]], rule out [[pulmonary embolism|pulmonary_embolism|unc]]."],
               "technique": ["Contrast-enhanced CT in the pulmonary arterial phase."],
               "findings": [S("Pulmonary arteries are well opacified without filling defect."), "Heart size normal; no pericardial effusion.",
                            "Mild dependent atelectasis.", "No pneumothorax."],
               "impression": [S("1. No [[pulmonary embolism|pulmonary_embolism|neg]]."), S("2. Mild bibasilar atelectasis.")]}
    elif kind == "abd":
        sec = {"exam_r": "CT abdomen and pelvis with contrast.", "indication": ["Right lower quadrant pain."],
               "findings": ["Normal appendix.", "Liver, spleen, pancreas, and kidneys unremarkable.", "No free fluid or free air.",
                            S("Small nonobstructing left renal stone."), "Uterus and adnexa unremarkable."],
               "impression": [S("1. No acute abdominal or pelvic process."), S("2. Nonobstructing 3 mm left renal calculus.")]}
    elif kind == "us_scrotal":
        p = Person(rng, sex="M", age=rng.randint(14, 40))
        sec = {"exam_r": "Scrotal ultrasound with Doppler.", "indication": ["Scrotal discomfort for 3 days, evaluate for [[torsion|testicular_torsion|unc]]."],
               "findings": [S("Both testes normal in size and echotexture with symmetric arterial and venous flow."), "Mildly enlarged, hyperemic left epididymis.",
                            "Small left hydrocele."],
               "impression": [S("1. Left epididymitis."), S("2. No sonographic evidence of [[testicular torsion|testicular_torsion|neg]].")]}
    else:
        sec = {"exam_r": "MRI lumbar spine without contrast.", "indication": ["Chronic low [[back pain|back_pain]]; no [[saddle anesthesia|saddle_anesthesia|neg]] or [[bowel incontinence|bowel_incontinence|neg]]."],
               "findings": [S("Mild disc bulge at L4-L5 without canal stenosis."), "Mild facet arthropathy at L5-S1.", "Conus normal."],
               "impression": [S("1. Mild degenerative change without neural compression."), S("2. No findings of [[cauda equina|cauda_equina|neg]] compression.")]}
    return p, "radiology", [], sec


def nursing_quiet(rng):
    p = Person(rng, age=rng.randint(30, 90))
    v = vitals_line(rng, spo2=rng.choice([94, 95, 96, 97]))
    sec = {"assessment": [S("Post-op day 1 from %s; pain 3/10, controlled with oral analgesics." % rng.choice(["right total knee replacement", "laparoscopic cholecystectomy", "hernia repair"])),
                          "Alert and oriented x4.", "Lungs clear, using incentive spirometer.",
                          S("No [[chest pain|chest_pain|neg]] or [[shortness of breath|dyspnea|neg]]; calves soft, no [[calf swelling on either side|unilateral_leg_swelling|neg]]."),
                          "Tolerating regular diet, voiding without difficulty.", "Roommate in bed B had a [[fever|fever|oth]] overnight; curtain drawn, droplet precautions for the roommate."],
           "vitals": v, "labs": [normal_cbc(rng, hgb=rng.uniform(9.8, 11.2)) + "."],
           "interventions": ["Ambulated in hallway twice with PT.", "SCDs on while in bed.", "Dressing clean, dry, and intact."],
           "plan": [S("Continue enoxaparin for DVT prophylaxis; anticipate discharge tomorrow."), "Patient instructed to call before getting up at night."]}
    return p, "nursing", [], sec


def discharge_resolved(rng):
    p = Person(rng, age=rng.randint(45, 90))
    kind = rng.choice(["pna", "cellulitis", "chf"])
    dx = {"pna": "Community-acquired pneumonia", "cellulitis": "Left lower leg cellulitis", "chf": "Acute on chronic heart failure with reduced EF"}[kind]
    hc = {"pna": [S("Admitted with community-acquired pneumonia, treated with ceftriaxone and azithromycin, transitioned to oral amoxicillin-clavulanate."),
                  "Oxygen weaned to room air by day 3.", S("No [[sepsis|sepsis|neg]] physiology during the stay; blood cultures negative.")],
          "cellulitis": [S("Admitted for left lower leg cellulitis, improved on cefazolin."), "Erythema receded from the marked borders by day 2.",
                         S("Ultrasound negative for DVT."), "No [[fever|fever|neg]] after the first 24 hours."],
          "chf": [S("Admitted with volume overload, diuresed 5 kg with IV furosemide."), "Creatinine stable at 1.3.",
                  S("Troponin flat at 0.02 ng/mL; no [[myocardial infarction|myocardial_infarction|neg]]."), "Discharge weight 81 kg."]}[kind]
    sec = {"dx": [dx, "Hypertension", "Type 2 diabetes"], "hc": hc,
           "hpi": ["%d yo %s with a history of [[stroke|stroke|hist]] in 2017." % (p.age, p.man)] if rng.random() < 0.4 else None,
           "vitals": "Discharge vitals: %s" % vitals_line(rng, spo2=rng.choice([93, 94, 95]), fmt=2),
           "labs": [normal_bmp(rng) + "."],
           "instructions": pick(rng, ["Return for [[fever|fever|hyp]], [[rigors|rigors|hyp]], or [[altered mental status|altered_mental_status|hyp]].",
                                      "Weigh yourself daily; call for gain of more than 2 kg or worsening [[shortness of breath|dyspnea|hyp]].",
                                      "Return if [[chest pain|chest_pain|hyp]] or [[fainting|syncope|hyp]] occurs.",
                                      "Finish all antibiotics.", "Keep the leg elevated when sitting."], 3)}
    sec["instructions"][0] = S(sec["instructions"][0])
    return p, "discharge", [], sec


def ed_minor(rng):
    p = Person(rng, age=rng.randint(18, 80))
    kind = rng.choice(["ankle", "headache", "abd", "back"])
    if kind == "ankle":
        hpi = [S("Twisted the right ankle stepping off a curb; able to bear weight with pain."), "No other injuries.", "No [[syncope|syncope|neg]] before the fall."]
        ap = [S("Right ankle sprain; x-ray negative for fracture."), "RICE, ankle brace, ibuprofen.", S("Follow up with sports medicine if not improving in 2 weeks.")]
    elif kind == "headache":
        hpi = [S("Gradual-onset bifrontal headache for 2 days, similar to prior tension headaches."),
               S("Onset gradual, not a [[thunderclap headache|thunderclap_headache|neg]]."),
               "No [[fever|fever|neg]], [[neck stiffness|neck_stiffness|neg]], or [[vision loss|vision_loss|neg]].", "Neuro exam normal."]
        ap = [S("Tension-type headache."), "Acetaminophen, metoclopramide, fluids.", S("Return for sudden severe headache, [[fever|fever|hyp]], or [[weakness on one side|unilateral_weakness|hyp]].")]
    elif kind == "abd":
        hpi = [S("Intermittent epigastric burning after meals for a week."), "No [[hematemesis|hematemesis|neg]] or [[black stools|melena|neg]].",
               "Lipase normal.", "Sister had an [[ectopic pregnancy|ectopic_pregnancy|fam]] last year." if p.sex == "F" else "Drinks 3 beers a night."]
        ap = [S("Likely gastritis."), "Start omeprazole 20 mg daily; avoid NSAIDs and alcohol.", S("Return for [[vomiting blood|hematemesis|hyp]] or [[black stools|melena|hyp]].")]
    else:
        hpi = [S("Low [[back pain|back_pain]] after moving boxes 3 days ago, no radiation below the knee."),
               S("Denies [[saddle anesthesia|saddle_anesthesia|neg]], [[urinary retention|urinary_retention|neg]], [[bowel incontinence|bowel_incontinence|neg]], or [[leg weakness|bilateral_leg_weakness|neg]]."),
               "No [[fever|fever|neg]]."]
        ap = [S("Mechanical low [[back pain|back_pain]]."), "NSAIDs, heat, gentle activity.",
              S("Return for [[numbness in the groin|saddle_anesthesia|hyp]], [[trouble urinating|urinary_retention|hyp]], or [[loss of bowel control|bowel_incontinence|hyp]].")]
    sec = {"cc": {"ankle": "Ankle injury.", "headache": "Headache.", "abd": "Abdominal discomfort.", "back": "[[Back pain|back_pain]]."}[kind],
           "hpi": hpi, "vitals": near_vitals(rng) if rng.random() < 0.3 else vitals_line(rng), "ap": ap}
    return p, "ed", [], sec


def peds_well(rng):
    p = Person(rng, age=rng.randint(1, 15))
    hpi = [S("Well-child visit; growing along the 50th percentile."), "Eating a varied diet, sleeping through the night.",
           S("Had a [[febrile seizure|seizure|hist]] at 18 months, none since."), "Older brother had [[meningitis|meningitis|fam]] as an infant.",
           "No concerns today."]
    sec = {"cc": "Well visit.", "hpi": hpi, "vitals": vitals_line(rng, hr=rng.randint(84, 110), rr=rng.randint(18, 24)),
           "exam": ["Normal exam.", "No [[petechiae|petechial_rash|neg]] or bruising."],
           "ap": [S("Healthy child, development on track."), "Vaccines given today per schedule.",
                  S("Call for [[fever|fever|hyp]] above 40 C or any [[seizure|seizure|hyp]] lasting over 5 minutes.")]}
    return p, "paediatrics", [], sec


def inpatient_stable(rng):
    p = Person(rng, age=rng.randint(50, 92))
    sec = {"subjective": [S("Hospital day %d for %s; feels better, ate breakfast." % (rng.randint(2, 6), rng.choice(["COPD exacerbation", "pyelonephritis", "heart failure exacerbation"]))),
                          "No overnight events.", "Denies [[chest pain|chest_pain|neg]] or [[dyspnea|dyspnea|neg]] at rest."],
           "vitals": vitals_line(rng, spo2=rng.choice([90, 91, 92]), o2="on 2 L NC", hr=rng.choice([88, 96, 102])),
           "labs": [normal_bmp(rng, k=rng.choice([5.6, 5.9, 6.1, 4.2]), na=rng.choice([126, 128, 131, 138])) + ".",
                    normal_cbc(rng, hgb=rng.choice([7.2, 7.6, 8.4, 10.1])) + ".", "Lactate 1.8."],
           "ap": [S("Improving; wean oxygen as tolerated."),
                  "Potassium mildly elevated; hold potassium chloride and recheck in the morning.",
                  S("Hemoglobin stable, no transfusion needed."), "Continue pantoprazole for prior ulcer.", S("Anticipate discharge in 1-2 days.")]}
    return p, "inpatient", [], sec


def tele_minor(rng):
    p = Person(rng, age=rng.randint(18, 75))
    kind = rng.choice(["uti", "rash", "bp"])
    if kind == "uti":
        hpi = [S("Two days of dysuria and frequency."), "No [[fever|fever|neg]], [[rigors|rigors|neg]], or flank pain.",
               "Not pregnant; [[home pregnancy test negative|positive_pregnancy_test|neg]]." if p.sex == "F" else "No penile discharge."]
        ap = [S("Uncomplicated cystitis."), "Nitrofurantoin 100 mg BID for 5 days.", S("Call if [[fever|fever|hyp]] or flank pain develops.")]
    elif kind == "rash":
        hpi = [S("Itchy red rash on both forearms after hiking, with small vesicles in lines."), "No [[lip swelling|angioedema|neg]] or [[trouble breathing|dyspnea|neg]].",
               "Husband has a similar rash on his hands." if p.sex == "F" else "Friend on the hike has the same rash."]
        ap = [S("Contact dermatitis, likely poison ivy."), "Topical clobetasol, oral antihistamine at night.", S("Seek care for [[facial swelling|angioedema|hyp]] or [[wheezing|wheezing|hyp]].")]
    else:
        hpi = [S("Home blood pressure log reviewed: average 146/92, highest 174/104."), "No [[chest pain|chest_pain|neg]], [[vision loss|vision_loss|neg]], or [[shortness of breath|dyspnea|neg]].",
               "Mother had a [[stroke|stroke|fam]] at 68."]
        ap = [S("Hypertension, not at goal."), "Increase lisinopril to 20 mg daily.", S("BMP in one week; video follow-up in 4 weeks.")]
    sec = {"visit": "Video visit.", "cc": {"uti": "Burning with urination.", "rash": "Rash.", "bp": "Blood pressure follow-up."}[kind],
           "hpi": hpi, "ap": ap, "follow": ["As needed."]}
    return p, "telehealth", [], sec
