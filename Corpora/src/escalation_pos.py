"""Escalation notes that contain at least one red flag. Each function returns (person, style, rules, sections).
Sentences wrapped in << >> form the reference summary."""
from escalation_common import Person, vitals_line, normal_bmp, normal_cbc, doctor, doctor_last, phone


def S(x):
    return "<<" + x + ">>"


def acs(rng):
    p = Person(rng, age=rng.randint(48, 79))
    style = rng.choice(["ed", "ed", "inpatient"])
    trop = rng.choice([0.31, 0.9, 1.42, 2.7, 0.08])
    mi = rng.random() < 0.5
    rad = rng.choice(["[[radiating to the left arm|radiating_pain]]", "[[radiating to the jaw|radiating_pain]]",
                      "that [[radiates to both shoulders|radiating_pain]]"])
    hpi = [S("%d yo %s with %s presenting with substernal [[chest pain|chest_pain]] %s that began %d hours ago at rest." % (
        p.age, p.man, rng.choice(["hypertension and hyperlipidemia", "diabetes", "a 40 pack-year smoking history"]),
        rad, rng.randint(1, 5))),
        "%s describes it as a pressure, 8/10, not relieved by rest." % p.He,
        S("%s was [[diaphoretic|diaphoresis]] and nauseated on EMS arrival." % p.He),
        "Received aspirin 324 mg and one nitroglycerin en route with partial relief.",
        "No [[syncope|syncope|neg]]. Denies [[fever|fever|neg]] or cough."]
    labs = [S("Initial troponin I %.2f ng/mL (ref < 0.04)." % trop), normal_bmp(rng) + ".", normal_cbc(rng) + "."]
    ap = []
    rules = ["esc.acs", "esc.elevated_troponin"]
    if mi:
        ap.append(S("Impression: [[NSTEMI|myocardial_infarction]]."))
        rules.append("esc.mi_diagnosis")
    else:
        ap.append(S("Acute coronary syndrome, ECG with 1 mm ST depressions in V4-V6."))
    ap += ["Heparin drip, aspirin, atorvastatin 80 mg.", "Cardiology (%s) consulted for catheterization." % doctor_last(rng)]
    sec = {"cc": "[[Chest pain|chest_pain]].", "hpi": hpi,
           "vitals": vitals_line(rng, bp=(rng.randint(150, 172), rng.randint(88, 98)), hr=rng.randint(92, 112)),
           "labs": labs, "ap": ap, "dispo": "Admitted to cardiac ICU." if style == "ed" else None}
    if style == "inpatient":
        sec = {"subjective": ["Admitted overnight."] + hpi, "vitals": sec["vitals"], "labs": labs, "ap": ap}
    return p, style, rules, sec


def stemi(rng):
    p = Person(rng, age=rng.randint(52, 84))
    style = rng.choice(["ed", "inpatient", "discharge"])
    hr = rng.choice([36, 38, 64])
    sbp = rng.choice([84, 86, 118])
    rules = ["esc.mi_diagnosis", "esc.elevated_troponin"]
    if hr < 40:
        rules.append("esc.extreme_bradycardia")
    if sbp < 90:
        rules.append("esc.hypotension")
    trop = rng.choice([3.8, 12.4, 0.62])
    if style == "discharge":
        sec = {"dx": ["Inferior [[STEMI|myocardial_infarction]] s/p PCI to RCA", "Hypertension"],
               "hpi": [S("%d yo %s admitted with inferior [[STEMI|myocardial_infarction]]." % (p.age, p.man))],
               "hc": [S("Peak troponin I was %.1f ng/mL." % trop),
                      "%s underwent emergent PCI with a drug-eluting stent to the RCA." % p.He,
                      S("Course was complicated by transient heart block with HR %d requiring temporary pacing, now resolved." % hr)
                      if hr < 40 else "Course was uncomplicated.",
                      "Echo showed EF 50% with inferior hypokinesis.",
                      S("Discharged on aspirin, ticagrelor, atorvastatin, and metoprolol.")],
               "vitals": "Discharge vitals: BP 122/74, HR 68, SpO2 97% on RA."}
        rules = [r for r in rules if r != "esc.hypotension"]
        return p, style, rules, sec
    v = vitals_line(rng, bp=(sbp, rng.randint(48, 60) if sbp < 90 else 72), hr=hr, spo2=rng.randint(93, 97))
    hpi = [S("%d yo %s with sudden [[chest pressure|chest_pain]] and nausea for 1 hour." % (p.age, p.man)),
           "ECG shows 3 mm ST elevation in II, III, and aVF with reciprocal changes in I and aVL."]
    ap = [S("Inferior [[STEMI|myocardial_infarction]]; cath lab activated at %02d:%02d." % (rng.randint(0, 23), rng.randint(0, 59))),
          "Aspirin and heparin bolus given."]
    if hr < 40:
        ap.append("Atropine 1 mg given for bradycardia; pacer pads placed.")
    if sbp < 90:
        ap.append("Gentle fluid bolus for [[hypotension|hypotension]] given RV involvement; avoid nitrates.")
    sec = {"cc": "[[Chest pressure|chest_pain]].", "hpi": hpi, "vitals": S(v),
           "labs": [S("Troponin I %.2f ng/mL." % trop)], "ap": ap}
    if style == "inpatient":
        sec = {"subjective": hpi + ["Seen in the CCU this morning."], "vitals": S(v),
               "labs": [S("Troponin I %.2f ng/mL." % trop), normal_bmp(rng) + "."], "ap": ap}
    return p, style, rules, sec


def stroke_ed(rng):
    p = Person(rng, age=rng.randint(55, 90))
    side = rng.choice(["left", "right"])
    other = "right" if side == "left" else "left"
    style = rng.choice(["ed", "ed", "nursing", "inpatient"])
    sbp = rng.choice([196, 204, 168, 172])
    rules = ["esc.stroke_signs"]
    if sbp >= 180:
        rules += ["esc.severe_hypertension", "esc.hypertensive_emergency"]
    v = vitals_line(rng, bp=(sbp, rng.randint(92, 110)), hr=rng.randint(70, 96))
    lkw = "%02d:%02d" % (rng.randint(6, 21), rng.choice([0, 15, 30, 45]))
    speech = rng.choice(["[[slurred speech|speech_disturbance]]", "[[expressive aphasia|speech_disturbance]]",
                         "[[dysarthria|speech_disturbance]]"])
    hpi = [S("%d yo %s last known well at %s, found by %s daughter with [[%s facial droop|facial_droop]] and %s." % (
        p.age, p.man, lkw, p.his, other, speech)),
        S("Exam shows [[%s-sided weakness|unilateral_weakness]] with drift of the %s arm." % (other, other)),
        "NIHSS %d." % rng.randint(6, 17), "Fingerstick glucose %d." % rng.randint(96, 160),
        "Not on anticoagulation."]
    ap = [S("Acute neurologic deficit concerning for large vessel occlusion; [[code stroke|stroke|unc]] activated."),
          "CT head without hemorrhage; CTA head and neck ordered.",
          "Neurology (%s) at bedside to discuss thrombolysis." % doctor_last(rng)]
    if sbp >= 180:
        ap.append(S("BP %d/%d; labetalol given to reach goal below 185/110 before tPA." % (sbp, 100)))
        rules = rules
    if style == "nursing":
        sec = {"assessment": [S("Called to bedside at %s by the aide: patient with new [[%s facial droop|facial_droop]] and %s." % (lkw, other, speech)),
                              S("New [[%s-sided weakness|unilateral_weakness]], unable to lift %s arm." % (other, other)),
                              "Patient had been at baseline on 1400 rounds."],
               "vitals": S(v), "interventions": ["Rapid response called.", "NIHSS performed with %s." % doctor_last(rng),
                                                  "Fingerstick glucose %d." % rng.randint(96, 160)],
               "plan": ["Patient transported to CT with RN and RRT.", "Family (%s) notified." % ("son")]}
        if sbp >= 180:
            sec["assessment"].append(S("BP %d/%d on recheck." % (sbp, 104)))
        return p, style, rules, sec
    sec = {"cc": "[[Slurred speech|speech_disturbance]]." if "slurred" in speech else "Stroke alert.",
           "hpi": hpi, "vitals": S(v) if sbp >= 180 else v, "ap": ap,
           "labs": [normal_bmp(rng) + ".", normal_cbc(rng) + "."]}
    if sec["cc"] == "Stroke alert.":
        sec["cc"] = "[[Code stroke|stroke|unc]]."
    if style == "inpatient":
        sec = {"subjective": ["Overnight event."] + hpi, "vitals": sec["vitals"], "ap": ap, "labs": sec["labs"]}
    return p, style, rules, sec


def stroke_dx(rng):
    p = Person(rng, age=rng.randint(58, 91))
    style = rng.choice(["radiology", "radiology", "inpatient", "discharge"])
    side = rng.choice(["left", "right"])
    if style == "radiology":
        sec = {"exam_r": "MRI brain without contrast.", "indication": ["Sudden %s arm numbness." % ("right" if side == "left" else "left")],
               "comparison": "CT head from the same day.", "technique": ["Multiplanar multisequence MRI of the brain."],
               "findings": [S("There is restricted diffusion in the %s frontal and parietal cortex in the MCA territory with corresponding ADC signal loss." % side),
                            "No hemorrhage.", "Ventricles are normal in size.", "Mild chronic small vessel ischemic change.",
                            "No mass effect or midline shift."],
               "impression": [S("1. Acute ischemic [[stroke|stroke]] in the %s MCA territory." % side),
                              S("2. No hemorrhagic transformation."),
                              S("Findings discussed with %s at %02d:%02d." % (doctor(rng), rng.randint(0, 23), rng.randint(0, 59)))]}
        return p, style, ["esc.stroke_diagnosis"], sec
    if style == "discharge":
        sec = {"dx": ["Acute ischemic [[stroke|stroke]], %s MCA territory" % side, "Atrial fibrillation, new", "Hypertension"],
               "hc": [S("%d yo %s admitted with an acute ischemic [[stroke|stroke]] of the %s MCA territory." % (p.age, p.man, side)),
                      "Received tPA within 3 hours of onset.", "Telemetry showed new atrial fibrillation.",
                      S("Started apixaban on day 4 per neurology."), "Deficits improved; cleared by PT for home with services.",
                      "Ambulating independently at discharge."],
               "vitals": "Discharge vitals: BP 134/78, HR 72, SpO2 96%."}
        return p, style, ["esc.stroke_diagnosis"], sec
    sec = {"subjective": ["Hospital day 2.", "Feels tired but otherwise well."],
           "labs": [normal_bmp(rng) + "."],
           "imaging": [S("MRI: acute [[CVA|stroke]] in the %s posterior limb of the internal capsule." % side)],
           "ap": [S("Acute lacunar [[stroke|stroke]]; continue aspirin and clopidogrel for 21 days."),
                  "Atorvastatin 80 mg.", "PT/OT evaluation today.", S("Speech therapy screen passed.")]}
    return p, style, ["esc.stroke_diagnosis"], sec


def thunderclap(rng):
    p = Person(rng, age=rng.randint(28, 66))
    style = rng.choice(["ed", "ed", "telehealth"])
    if style == "telehealth":
        sec = {"visit": "Video visit requested by patient for headache.",
               "hpi": [S("%s reports a sudden, severe [[thunderclap headache|thunderclap_headache]] that peaked within a minute while %s." % (
                   p.He, rng.choice(["lifting boxes", "at the gym", "during intercourse", "straining on the toilet"]))),
                   S("Describes it as the [[worst headache of %s life|thunderclap_headache]]." % p.his),
                   "Has vomited once.", "No prior history of similar headaches."],
               "vitals": "Home BP 158/94 per patient cuff.",
               "ap": [S("Sudden severe headache concerning for subarachnoid hemorrhage."),
                      S("Advised to call 911 now; EMS dispatched to home address with patient consent."),
                      "ED notified of incoming patient."]}
        return p, style, ["esc.thunderclap_headache"], sec
    sec = {"cc": "Headache.",
           "hpi": [S("%d yo %s with sudden-onset [[worst headache of %s life|thunderclap_headache]] beginning %d hours ago, maximal at onset." % (
               p.age, p.man, p.his, rng.randint(1, 6))),
               "Associated with nausea and one episode of emesis.", "%s denies trauma." % p.He,
               "No [[fever|fever|neg]]."],
           "vitals": vitals_line(rng, bp=(rng.randint(150, 170), rng.randint(86, 98))),
           "ap": [S("[[Thunderclap headache|thunderclap_headache]]; concern for subarachnoid hemorrhage."),
                  S("Stat CT head; if negative, lumbar puncture for xanthochromia."), "Neurosurgery aware."]}
    return p, style, ["esc.thunderclap_headache"], sec


def sepsis(rng, shock=None):
    p = Person(rng, age=rng.randint(45, 92))
    style = rng.choice(["ed", "inpatient", "nursing", "ed"])
    shock = rng.random() < 0.45 if shock is None else shock
    ams = rng.random() < 0.4
    hot = rng.random() < 0.3
    t = round(rng.uniform(40.1, 40.8), 1) if hot else round(rng.uniform(38.4, 39.6), 1)
    sbp = rng.randint(72, 86)
    lac = rng.choice([4.4, 5.1, 6.3, 3.1, 2.6])
    src = rng.choice(["urinary", "pulmonary", "biliary", "skin"])
    rules = ["esc.sepsis", "esc.hypotension"]
    if shock:
        rules.append("esc.septic_shock")
    if ams:
        rules.append("esc.altered_mental_status")
    if hot:
        rules.append("esc.hyperthermia")
    if lac >= 4:
        rules.append("esc.elevated_lactate")
    v = vitals_line(rng, bp=(sbp, rng.randint(40, 54)), hr=rng.randint(112, 138), rr=rng.randint(22, 28), t=t,
                    spo2=rng.randint(92, 96))
    hpi = [S("%d yo %s with %d days of [[fever|fever]] and [[rigors|rigors]] along with %s." % (
        p.age, p.man, rng.randint(1, 4), {"urinary": "dysuria and flank pain", "pulmonary": "productive cough",
                                           "biliary": "right upper quadrant pain", "skin": "a red, hot left leg"}[src]))]
    if ams:
        hpi.append(S("Family reports new [[altered mental status|altered_mental_status]] since this morning; %s is only oriented to self." % p.he))
    else:
        hpi.append("Alert and oriented, answering questions appropriately.")
    labs = [S("Lactate %.1f mmol/L." % lac), normal_cbc(rng, wbc=rng.uniform(16, 24)) + ".",
            normal_bmp(rng, cr=rng.uniform(1.4, 2.2)) + "."]
    ap = [S("[[Sepsis|sepsis]] from a %s source; 30 mL/kg crystalloid, blood cultures, and broad-spectrum antibiotics." % src)]
    if shock:
        ap.append(S("Persistent [[hypotension|hypotension]] after fluids consistent with [[septic shock|septic_shock]]; norepinephrine started via central line."))
    else:
        ap.append("Blood pressure improved to 104/62 after 2 L.")
    ap.append("Admit to %s." % ("ICU" if shock else "step-down"))
    if style == "nursing":
        sec = {"assessment": [S("Patient shivering with [[rigors|rigors]] at 0200, skin hot and flushed."),
                              S("[[Altered mental status|altered_mental_status]] noted, not following commands.") if ams else "Alert, oriented x3.",
                              "Foley draining dark concentrated urine."],
               "vitals": S(v), "labs": labs[:1],
               "interventions": ["[[Sepsis|sepsis]] alert called, %s at bedside." % doctor_last(rng), "Blood cultures x2 drawn before antibiotics.",
                                 "Second liter of LR running wide open."],
               "plan": [S("Provider assessment: [[sepsis|sepsis]], possible %s source." % src)] +
                       ([S("[[Septic shock|septic_shock]]; norepinephrine started per order.")] if shock else ["Will recheck BP after bolus."])}
        return p, style, rules, sec
    sec = {"cc": "[[Fever|fever]].", "hpi": hpi, "vitals": S(v), "labs": labs, "ap": ap}
    if style == "inpatient":
        sec = {"subjective": ["Called overnight for [[hypotension|hypotension]]."] + hpi, "vitals": S(v), "labs": labs, "ap": ap}
    return p, style, rules, sec


def hypoxia(rng):
    p = Person(rng, age=rng.randint(40, 90))
    style = rng.choice(["ed", "inpatient", "nursing", "telehealth"])
    spo2 = rng.choice([88, 86, 82, 79, 87])
    rr = rng.choice([24, 26, 32, 34])
    rules = ["esc.hypoxia"]
    if spo2 < 85:
        rules.append("esc.severe_hypoxia")
    if rr >= 30:
        rules.append("esc.tachypnea")
    cause = rng.choice(["pneumonia", "copd"])
    if style == "telehealth":
        sec = {"visit": "Telephone-video visit.",
               "hpi": [S("%d yo %s with %s and 3 days of worsening [[shortness of breath|dyspnea]] and productive cough." % (
                   p.age, p.man, "COPD" if cause == "copd" else "a recent cold")),
                   "Using albuterol every 2 hours without relief.", "Denies [[chest pain|chest_pain|neg]]."],
               "vitals": S("Home pulse oximeter reads SpO2 %d%%, HR 108, RR %d counted on video." % (spo2, rr)),
               "ap": [S("Acute hypoxic respiratory symptoms; advised ED evaluation now by ambulance."),
                      "Patient agreed; EMS called by clinic staff.", "Will follow up after ED visit."]}
        return p, style, rules, sec
    v = vitals_line(rng, bp=(rng.randint(118, 150), rng.randint(66, 88)), hr=rng.randint(98, 122), rr=rr,
                    t=round(rng.uniform(37.2, 38.6), 1), spo2=spo2)
    dx = "right lower lobe pneumonia" if cause == "pneumonia" else "COPD exacerbation"
    hpi = [S("%d yo %s with %s presenting with [[dyspnea|dyspnea]] and productive cough for 4 days." % (
        p.age, p.man, "COPD on 2 L home oxygen" if cause == "copd" else "no lung disease"))]
    ap = [S("Acute hypoxic respiratory failure from %s." % dx), "Supplemental oxygen to goal 92-96%, antibiotics, steroids." if cause == "copd"
          else "Ceftriaxone and azithromycin.", S("BiPAP if work of breathing worsens; ICU aware.")]
    if style == "nursing":
        sec = {"assessment": [S("Patient increasingly [[short of breath|dyspnea]] after ambulating to bathroom."),
                              "Accessory muscle use, speaking in short phrases.", "Lung sounds coarse bilaterally."],
               "vitals": S(v), "interventions": ["O2 increased to 4 L NC then 6 L.", "RT called for nebulizer."],
               "plan": [S("%s notified of desaturation; ABG and chest x-ray ordered." % doctor_last(rng))]}
        return p, style, rules, sec
    sec = {"cc": "[[Shortness of breath|dyspnea]].", "hpi": hpi, "vitals": S(v),
           "imaging": ["Chest x-ray: %s." % ("right lower lobe consolidation" if cause == "pneumonia" else "hyperinflation, no consolidation")],
           "labs": [normal_cbc(rng, wbc=rng.uniform(11, 17)) + "."], "ap": ap}
    if style == "inpatient":
        sec = {"subjective": hpi, "vitals": S(v), "imaging": sec["imaging"], "ap": ap}
    return p, style, rules, sec


def htn(rng, emergency):
    p = Person(rng, age=rng.randint(38, 80))
    style = rng.choice(["ed", "clinic", "telehealth"]) if not emergency else rng.choice(["ed", "ed", "inpatient"])
    s, d = rng.choice([(212, 126), (196, 118), (184, 122), (228, 134), (188, 112)])
    rules = ["esc.severe_hypertension"]
    if emergency:
        rules.append("esc.hypertensive_emergency")
        sym = rng.choice(["vision", "chest", "dyspnea"])
        sx = {"vision": "[[vision loss|vision_loss]] in the left eye and headache",
              "chest": "[[chest tightness|chest_pain]] and headache",
              "dyspnea": "[[dyspnea|dyspnea]] when lying flat"}[sym]
        hpi = [S("%d yo %s with poorly controlled hypertension, off medications for 2 months, presenting with %s." % (p.age, p.man, sx)),
               "Ran out of amlodipine and lisinopril.", "No [[facial droop|facial_droop|neg]] or [[slurred speech|speech_disturbance|neg]]."]
        v = vitals_line(rng, bp=(s, d), hr=rng.randint(84, 104))
        ap = [S("Hypertensive emergency with end-organ symptoms."), S("Nicardipine infusion; lower MAP by no more than 25% in the first hour."),
              "Troponin, urinalysis, and CT head sent.", "Admit to ICU."]
        sec = {"cc": "Elevated blood pressure.", "hpi": hpi, "vitals": S(v), "ap": ap,
               "labs": [normal_bmp(rng, cr=rng.uniform(1.3, 1.9)) + ".", "Troponin I 0.02 ng/mL."]}
        if style == "inpatient":
            sec = {"subjective": hpi, "vitals": S(v), "ap": ap, "labs": sec["labs"]}
        return p, style, rules, sec
    v = vitals_line(rng, bp=(s, d), hr=rng.randint(66, 90))
    hpi = [S("Routine follow-up; blood pressure on arrival %d/%d, repeat %d/%d." % (s, d, s - 4, d - 2)) if style != "telehealth"
           else S("Home BP readings this week up to %d/%d; today BP %d/%d on %s own cuff." % (s, d, s - 2, d, p.his)),
           S("%s denies [[chest pain|chest_pain|neg]], [[shortness of breath|dyspnea|neg]], [[vision loss|vision_loss|neg]], or headache." % p.He),
           "Has not been taking amlodipine due to ankle swelling."]
    sec = {"cc": "Blood pressure check.", "hpi": hpi, "vitals": v if style != "telehealth" else None,
           "ap": [S("Severe asymptomatic hypertension."), "Restart amlodipine 5 mg, add chlorthalidone 12.5 mg.",
                  S("Recheck in 48 hours; ED if symptoms develop.")]}
    return p, style, rules, sec


def anaphylaxis(rng):
    p = Person(rng, age=rng.randint(6, 60))
    style = rng.choice(["ed", "paediatrics"]) if p.age < 18 else rng.choice(["ed", "nursing", "ed"])
    trig = rng.choice(["peanut butter cookies", "a bee sting", "IV ceftriaxone", "shrimp"])
    sbp = rng.choice([78, 84, 96])
    rules = ["esc.anaphylaxis"]
    if sbp < 90:
        rules.append("esc.hypotension")
    spo2 = rng.choice([93, 89])
    if spo2 < 90:
        rules.append("esc.hypoxia")
    v = vitals_line(rng, bp=(sbp, 44), hr=rng.randint(118, 140), rr=rng.randint(24, 28), spo2=spo2)
    hpi = [S("%d yo with diffuse [[hives|urticaria]], [[lip swelling|angioedema]], and [[wheezing|wheezing]] within 15 minutes of %s." % (p.age, trig)),
           "Voice is hoarse.", "No [[stridor|stridor|neg]] at rest."]
    ap = [S("[[Anaphylaxis|anaphylaxis]]; epinephrine 0.3 mg IM given at %02d:%02d, repeated once." % (rng.randint(0, 23), rng.randint(0, 59))),
          "Diphenhydramine, famotidine, methylprednisolone, and 1 L NS bolus.", S("Observe at least 6 hours; epinephrine auto-injector on discharge.")]
    if style == "nursing":
        sec = {"assessment": [S("Patient developed [[hives|urticaria]] and [[tongue swelling|angioedema]] 10 minutes into %s." % trig),
                              "Complaining of throat tightness.", "[[Wheezing|wheezing]] bilaterally."],
               "vitals": S(v), "interventions": ["Infusion stopped.", "Epinephrine 0.3 mg IM given per protocol.", "Rapid response called."],
               "plan": [S("%s at bedside: [[anaphylaxis|anaphylaxis]]; transfer to ICU for monitoring." % doctor_last(rng))]}
        return p, style, rules, sec
    sec = {"cc": "Allergic reaction.", "hpi": hpi, "vitals": S(v), "ap": ap}
    return p, style, rules, sec


def suicidal(rng, plan):
    p = Person(rng, age=rng.randint(16, 72))
    style = rng.choice(["psychiatry", "psychiatry", "ed", "telehealth"])
    rules = ["esc.suicidal_ideation"]
    hpi = [S("%d yo %s with major depressive disorder presenting with worsening mood and [[suicidal ideation|suicidal_ideation]] for one week." % (p.age, p.man)),
           "Lost %s job last month and recently separated from %s partner." % (p.his, p.his),
           "Sleeping 3 hours a night, poor appetite."]
    if plan:
        rules.append("esc.suicide_plan_or_intent")
        means = rng.choice(["take all of %s stored %s pills" % (p.his, rng.choice(["sertraline", "lithium", "acetaminophen"])),
                            "hang %sself in the garage" % p.him, "drive off the bridge on Route 9", "use %s father's handgun" % p.his])
        hpi.append(S("Reports a [[plan to %s|suicide_plan]] and has rehearsed it." % means))
        if rng.random() < 0.6:
            hpi.append(S("States [[%s intends to act on it this weekend|suicide_intent]]." % p.he))
        hpi.append("Wrote a goodbye letter to %s sister." % p.his)
    else:
        hpi.append(S("%s denies a [[plan|suicide_plan|neg]] or [[intent|suicide_intent|neg]]; describes passive wishes to not wake up." % p.He))
    hi = rng.random() < 0.25
    mse = ["Appearance: disheveled, poor eye contact.", "Mood: \"hopeless.\" Affect: constricted, tearful.",
           "Thought process linear.", "Thought content: positive for [[SI|suicidal_ideation]]%s." % (
               ", no [[HI|homicidal_ideation|neg]]" if not hi else ""),
           "No auditory or visual hallucinations.", "Insight and judgment poor." if plan else "Insight fair, judgment fair."]
    if hi:
        rules.append("esc.homicidal_ideation")
        mse.append(S("Also endorses [[homicidal ideation|homicidal_ideation]] toward %s former partner, without a specific plan." % p.his))
    risk = [S("High acute risk." if plan else "Moderate acute risk; protective factors include %s children and %s faith." % (p.his, p.his)),
            "Access to firearms: %s." % ("yes, at father's house" if plan else "none")]
    ap = [S("Inpatient psychiatric admission%s." % (" on an involuntary hold; 1:1 observation" if plan else ", voluntary")),
          "Continue sertraline; add mirtazapine 15 mg nightly.", "Safety plan and means restriction counseling with family."]
    if style == "telehealth":
        sec = {"visit": "Scheduled video follow-up.", "hpi": hpi, "mse": mse[:4] + (mse[-1:] if hi else []),
               "ap": [S("Patient %s; crisis team contacted and 911 dispatched to home with patient on the line." % (
                   "at imminent risk" if plan else "reports new suicidal thoughts")) if plan else
                      S("Same-day crisis evaluation arranged; patient agreed to be driven by %s brother." % p.his),
                      "Safety plan reviewed; 988 number provided."] + ap[1:2]}
        return p, style, rules, sec
    sec = {"cc": "\"I don't want to be here anymore.\"", "hpi": hpi, "psychhx": ["One prior hospitalization in 2019. No prior attempts."],
           "mse": mse, "risk": risk, "ap": ap}
    if style == "ed":
        sec["vitals"] = vitals_line(rng)
        sec["labs"] = ["Acetaminophen and salicylate levels undetectable.", "Urine drug screen negative."]
    return p, style, rules, sec


def homicidal(rng):
    p = Person(rng, sex=rng.choice("MMF"), age=rng.randint(19, 58))
    style = rng.choice(["psychiatry", "ed"])
    target = rng.choice(["his supervisor" if p.sex == "M" else "her supervisor", "a neighbor", "%s brother-in-law" % p.his])
    sec = {"cc": "Brought in by police.",
           "hpi": [S("%d yo %s brought in by police after threatening %s at work." % (p.age, p.man, target)),
                   S("Endorses [[homicidal ideation|homicidal_ideation]] toward %s, and says he has thought about how." % target
                     if p.sex == "M" else "Endorses [[homicidal ideation|homicidal_ideation]] toward %s." % target),
                   "Recent methamphetamine use.", S("Denies [[suicidal ideation|suicidal_ideation|neg]].")],
           "mse": ["Agitated, pacing.", "Speech loud and pressured.", "Thought content: paranoid about being poisoned.",
                   "Positive for [[HI|homicidal_ideation]]."],
           "risk": [S("High risk of violence; target identified.")],
           "ap": [S("Emergency hold; duty-to-warn notification completed with the identified person and police."),
                  "Olanzapine 10 mg IM offered, accepted.", "Security sitter."]}
    if style == "ed":
        sec["vitals"] = vitals_line(rng, hr=rng.randint(100, 118))
    return p, style, ["esc.homicidal_ideation"], sec


def ugib(rng):
    p = Person(rng, age=rng.randint(40, 88))
    style = rng.choice(["ed", "inpatient", "nursing", "discharge"])
    hgb = rng.choice([6.2, 6.6, 5.9, 7.8, 8.4])
    sbp = rng.choice([82, 88, 104, 112])
    rules = ["esc.upper_gi_bleed"]
    if hgb < 7:
        rules.append("esc.critical_hemoglobin")
    if sbp < 90:
        rules.append("esc.hypotension")
    if style == "discharge":
        sec = {"dx": ["Upper GI bleed from duodenal ulcer", "Acute blood loss anemia"],
               "hc": [S("Admitted with [[hematemesis|hematemesis]] and [[melena|melena]] on ibuprofen."),
                      S("Nadir Hgb %.1f on day 1; transfused 2 units." % hgb),
                      "EGD showed a 1 cm duodenal ulcer with visible vessel, treated with clips and epinephrine.",
                      S("Hemoglobin stable at 9.1 for 48 hours before discharge."), "Biopsies pending for H. pylori."],
               "vitals": "Discharge vitals: BP 124/70, HR 78."}
        # discharge summary lists diagnoses of this admission as affirmed findings
        rules = [r for r in rules if r != "esc.hypotension"]
        return p, style, rules, sec
    v = vitals_line(rng, bp=(sbp, 50 if sbp < 90 else 66), hr=rng.randint(104, 128))
    hpi = [S("%d yo %s on %s with two episodes of [[coffee-ground emesis|hematemesis]] and [[black tarry stools|melena]] since yesterday." % (
        p.age, p.man, rng.choice(["naproxen for back pain", "warfarin", "daily aspirin and heavy alcohol use"]))),
           "Lightheaded on standing."]
    labs = [S("Hgb %.1f (baseline 12.8)." % hgb), "BUN 48, Cr 1.0.", "INR 1.2."]
    ap = [S("Acute upper GI bleed."), "Two large-bore IVs, type and cross 2 units, pantoprazole 80 mg IV.",
          S("GI (%s) for urgent EGD." % doctor_last(rng))]
    if hgb < 7:
        ap.append("Transfuse to Hgb above 7.")
    if style == "nursing":
        sec = {"assessment": [S("Patient had a large [[coffee-ground emesis|hematemesis]] at 0340, about 300 mL."),
                              S("One [[melena|melena]] stool."), "Pale and anxious."],
               "vitals": S(v), "labs": [labs[0]],
               "interventions": ["Second IV placed.", "Blood bank called for 2 units.", "%s notified." % doctor_last(rng)],
               "plan": ["NPO for EGD in AM.", "Hgb q6h."]}
        return p, style, rules, sec
    sec = {"cc": "Vomiting blood.", "hpi": hpi, "vitals": S(v), "labs": labs, "ap": ap}
    if style == "inpatient":
        sec = {"subjective": hpi, "vitals": S(v), "labs": labs, "ap": ap}
    return p, style, rules, sec


def lgib(rng):
    p = Person(rng, age=rng.randint(50, 90))
    style = rng.choice(["ed", "inpatient", "clinic", "telehealth"])
    hgb = rng.choice([6.8, 9.2, 10.4, 8.7])
    rules = ["esc.lower_gi_bleed"]
    if hgb < 7 and style not in ("telehealth",):
        rules.append("esc.critical_hemoglobin")
    hpi = [S("%d yo %s with diverticulosis presenting with painless [[bright red blood per rectum|hematochezia]] x4 since this morning." % (p.age, p.man)),
           "Filled the toilet bowl with blood and clots.", "No [[hematemesis|hematemesis|neg]]."]
    if style == "telehealth":
        sec = {"visit": "Phone visit.", "hpi": hpi,
               "ap": [S("Active lower GI bleeding; advised ED now."), S("Patient's son will drive %s to the ED; I called ahead." % p.him),
                      "Hold aspirin."]}
        return p, style, rules, sec
    v = vitals_line(rng, bp=(rng.randint(102, 130), 64), hr=rng.randint(88, 108))
    sec = {"cc": "Rectal bleeding.", "hpi": hpi, "vitals": v, "labs": [S("Hgb %.1f." % hgb), normal_bmp(rng) + "."],
           "ap": [S("Lower GI bleed, likely diverticular."), "Two large-bore IVs, type and screen, serial hemoglobin.",
                  S("Colonoscopy after prep; CTA if brisk bleeding recurs.")]}
    if style == "clinic":
        sec["ap"] = [S("Lower GI bleed with ongoing [[hematochezia|hematochezia]] in clinic; sent to ED by ambulance."),
                     "Hemoglobin drawn in clinic before transfer.", S("ED attending %s updated by phone." % doctor_last(rng))]
    if style == "inpatient":
        sec = {"subjective": hpi, "vitals": v, "labs": sec["labs"], "ap": sec["ap"]}
    return p, style, rules, sec


def hyperkalemia(rng):
    p = Person(rng, age=rng.randint(50, 88))
    style = rng.choice(["ed", "inpatient", "nursing"])
    k = rng.choice([6.5, 6.8, 7.1, 7.4])
    hr = rng.choice([36, 58, 64])
    rules = ["esc.hyperkalemia"]
    if hr < 40:
        rules.append("esc.extreme_bradycardia")
    v = vitals_line(rng, hr=hr, bp=(rng.randint(104, 140), 70))
    labs = [S("K %.1f (hemolysis absent on repeat)." % k), "Na 134, Cl 104, HCO3 16, BUN 88, Cr 6.4, glucose 144."]
    hpi = [S("%d yo %s with CKD stage 4 who missed dialysis-planning visits, on lisinopril and spironolactone, presenting with generalized weakness." % (p.age, p.man)),
           "ECG: peaked T waves and widened QRS." if hr < 40 else "ECG: peaked T waves, QRS 104 ms."]
    ap = [S("Severe hyperkalemia with ECG changes."), "Calcium gluconate 1 g IV, insulin 10 units with D50, albuterol neb, sodium zirconium.",
          S("Nephrology (%s) consulted for urgent dialysis." % doctor_last(rng)), "Hold lisinopril and spironolactone."]
    if style == "nursing":
        sec = {"assessment": ["Lab called critical value at 0515.", S("Critical potassium %.1f reported to %s." % (k, doctor_last(rng))),
                              "Patient reports muscle weakness, alert and oriented."],
               "vitals": S(v), "interventions": ["Placed on continuous cardiac monitoring.", "Calcium gluconate given per order.",
                                                  "Insulin and dextrose given; fingerstick glucose q1h."],
               "plan": [S("Repeat potassium in 2 hours; dialysis catheter placement planned.")]}
        return p, style, rules, sec
    sec = {"cc": "Weakness.", "hpi": hpi, "vitals": S(v) if hr < 40 else v, "labs": labs, "ap": ap}
    if style == "inpatient":
        sec = {"subjective": hpi, "vitals": sec["vitals"], "labs": labs, "ap": ap}
    return p, style, rules, sec


def hypoglycemia(rng):
    p = Person(rng, age=rng.randint(8, 90))
    style = rng.choice(["nursing", "ed", "paediatrics"]) if p.age < 18 else rng.choice(["nursing", "ed", "inpatient"])
    if p.age < 18:
        style = "paediatrics"
    g = rng.choice([38, 41, 29, 47, 52])
    unit = rng.random() < 0.2
    gtxt = ("%.1f mmol/L" % (g / 18.0)) if unit else ("%d mg/dL" % g)
    rules = ["esc.hypoglycemia"]
    if style == "nursing":
        sec = {"assessment": [S("Patient found sweaty and difficult to rouse at 0300."), S("POC glucose %s." % gtxt),
                              "Received insulin glargine 30 units at 2100; ate little at dinner."],
               "vitals": vitals_line(rng), "interventions": ["D50 25 g IV push given.", "Recheck glucose 128 mg/dL at 0320."],
               "plan": [S("[[Hypoglycemia|hypoglycemia]] event reported to %s; glargine reduced to 20 units." % doctor_last(rng)),
                        "Glucose checks q1h x4."]}
        return p, style, rules, sec
    hpi = [S("%d yo %s with type %d diabetes on %s found by family sweaty and confused." % (
        p.age, p.man if p.age >= 18 else ("boy" if p.sex == "M" else "girl"), 1 if p.age < 30 else 2,
        "insulin pump" if p.age < 30 else "glipizide and insulin")),
           S("EMS fingerstick glucose %s." % gtxt), "Given oral glucose gel by EMS with partial improvement."]
    sec = {"cc": "Low blood sugar.", "hpi": hpi, "vitals": vitals_line(rng),
           "ap": [S("Severe [[hypoglycemia|hypoglycemia]], likely from %s." % ("missed meal with bolus" if p.age < 30 else "sulfonylurea with poor intake")),
                  "D10 infusion, glucose q1h, meal tray.", S("Observe overnight given long-acting agent.") if p.age >= 30 else S("Endocrine to review pump settings.")]}
    if style == "inpatient":
        sec = {"subjective": hpi, "vitals": sec["vitals"], "ap": sec["ap"]}
    return p, style, rules, sec


def dka(rng):
    p = Person(rng, age=rng.randint(9, 45))
    style = "paediatrics" if p.age < 18 else rng.choice(["ed", "inpatient"])
    g = rng.choice([486, 512, 610, 388])
    k = rng.choice([5.2, 6.7, 4.6])
    rules = ["esc.dka"]
    if k >= 6.5:
        rules.append("esc.hyperkalemia")
    kus = rng.random() < 0.6
    hpi = [S("%d yo %s with %s presenting with 3 days of polyuria, polydipsia, abdominal pain, and vomiting." % (
        p.age, p.man if p.age >= 18 else ("boy" if p.sex == "M" else "girl"),
        "no prior history" if p.age < 18 else "type 1 diabetes who ran out of insulin")),
        "Weight loss of 4 kg over the last month." if p.age < 18 else "Has been unable to afford insulin for a week."]
    exam = ["Ill appearing, dry mucous membranes."] + (["[[Kussmaul respirations|kussmaul_breathing]] with fruity breath odor."] if kus else ["Deep, rapid respirations."])
    labs = [S("Glucose %d mg/dL, K %.1f, HCO3 8, anion gap 29, beta-hydroxybutyrate 6.8." % (g, k)), "pH 7.08 on VBG."]
    ap = [S("[[Diabetic ketoacidosis|dka]]%s." % (", new-onset type 1 diabetes" if p.age < 18 else "")),
          "Insulin infusion at 0.1 units/kg/h, fluids per [[DKA|dka]] protocol, potassium per protocol." if p.age >= 18 else
          "Fluids and insulin per pediatric [[DKA|dka]] protocol; neuro checks hourly for cerebral edema.",
          S("Admit to %s." % ("PICU" if p.age < 18 else "ICU"))]
    v = vitals_line(rng, hr=rng.randint(112, 130), rr=rng.randint(24, 28), bp=(rng.randint(100, 118), 62))
    sec = {"cc": "Vomiting.", "hpi": hpi, "exam": exam, "labs": labs, "vitals": v, "ap": ap}
    if style == "inpatient":
        sec = {"subjective": hpi, "exam": exam, "labs": labs, "vitals": v, "ap": ap}
    return p, style, rules, sec


def pe(rng):
    p = Person(rng, age=rng.randint(24, 80))
    style = rng.choice(["ed", "radiology", "inpatient", "ed"])
    if style == "radiology":
        sec = {"exam_r": "CT angiogram chest.", "indication": ["[[Pleuritic pain|pleuritic_pain]] and [[tachycardia|tachycardia]] after knee surgery."],
               "technique": ["Helical CT after IV contrast in the pulmonary arterial phase."],
               "findings": [S("Filling defects in the %s main pulmonary artery extending into the lobar branches." % rng.choice(["right", "left"])),
                            "RV/LV ratio 1.3 with straightening of the septum.", "No consolidation or effusion.", "No pneumothorax."],
               "impression": [S("1. Acute [[pulmonary embolism|pulmonary_embolism]] with CT evidence of right heart strain."),
                              S("2. Critical result called to %s at %02d:%02d and read back." % (doctor(rng), rng.randint(0, 23), rng.randint(0, 59)))]}
        return p, style, ["esc.pulmonary_embolism"], sec
    hr = rng.choice([156, 128, 162, 118])
    spo2 = rng.choice([88, 91, 86])
    trop = rng.choice([0.12, 0.02])
    rules = ["esc.pulmonary_embolism"]
    if hr > 150:
        rules.append("esc.extreme_tachycardia")
    if spo2 < 90:
        rules.append("esc.hypoxia")
    if trop > 0.04:
        rules.append("esc.elevated_troponin")
    side = rng.choice(["left", "right"])
    hpi = [S("%d yo %s %s presenting with sudden [[pleuritic pain|pleuritic_pain]] and [[shortness of breath|dyspnea]]." % (
        p.age, p.man, rng.choice(["on oral contraceptives", "two weeks after a knee replacement", "after a 14-hour flight", "with active breast cancer"]))),
        S("Reports [[%s calf swelling|unilateral_leg_swelling]] for 4 days." % side), "No [[hemoptysis|hemoptysis|neg]]."]
    v = vitals_line(rng, hr=hr, spo2=spo2, rr=rng.randint(22, 28), bp=(rng.randint(104, 132), 74))
    ap = [S("Acute [[pulmonary embolism|pulmonary_embolism]] confirmed on CTA with a %s lower extremity DVT on ultrasound." % side),
          "Heparin infusion started.", "Troponin I %.2f ng/mL; echo ordered for RV function." % trop,
          "PERT team notified." if hr > 150 else "Admit to telemetry."]
    sec = {"cc": "[[Shortness of breath|dyspnea]].", "hpi": hpi, "vitals": S(v), "ap": ap}
    if style == "inpatient":
        sec = {"subjective": hpi, "vitals": S(v), "ap": ap}
    return p, style, rules, sec


def meningitis(rng):
    p = Person(rng, age=rng.randint(1, 40))
    style = "paediatrics" if p.age < 16 else rng.choice(["ed", "inpatient"])
    pet = rng.random() < 0.5
    ams = rng.random() < 0.3
    rules = ["esc.meningitis"]
    if ams:
        rules.append("esc.altered_mental_status")
    t = rng.choice([39.4, 39.8, 38.9])
    hpi = [S("%d yo with [[fever|fever]] to %.1f, severe headache, and [[neck stiffness|neck_stiffness]] since last night." % (p.age, t)),
           "Also [[photophobia|photophobia]] and vomiting."]
    if pet:
        hpi.append(S("Non-blanching [[petechial rash|petechial_rash]] on the legs noticed this morning."))
    if ams:
        hpi.append(S("Now [[obtunded|altered_mental_status]], responds only to pain."))
    v = vitals_line(rng, t=t, hr=rng.randint(118, 140), bp=(rng.randint(96, 118), 60))
    ap = [S("Suspected bacterial [[meningitis|meningitis|unc]]; ceftriaxone, vancomycin, and dexamethasone given before LP."),
          "Droplet precautions.", "Public health to be notified if meningococcus confirmed.", "Admit to %s." % ("PICU" if p.age < 16 else "ICU")]
    sec = {"cc": "[[Fever|fever]] and headache.", "hpi": hpi, "vitals": v, "ap": ap,
           "exam": ["Positive Brudzinski sign.", S("[[Nuchal rigidity|neck_stiffness]] present.")]}
    if style == "inpatient":
        sec = {"subjective": hpi, "vitals": v, "ap": ap, "exam": sec["exam"],
               "labs": [S("CSF: WBC 2400 with 90% neutrophils, protein 240, glucose 18; Gram stain with gram-positive diplococci.")]}
        sec["ap"][0] = S("Bacterial [[meningitis|meningitis]], pneumococcal by Gram stain; continue ceftriaxone, vancomycin, dexamethasone.")
        rules = rules + ["!esc.hypoglycemia"]  # CSF glucose is not blood glucose
    return p, style, rules, sec


def ectopic(rng):
    p = Person(rng, sex="F", age=rng.randint(19, 41))
    style = rng.choice(["ed", "ed", "telehealth", "radiology"])
    sbp = rng.choice([84, 86, 112])
    rules = ["esc.ectopic_pregnancy"]
    if style == "radiology":
        sec = {"exam_r": "Transvaginal pelvic ultrasound.", "indication": ["[[Positive pregnancy test|positive_pregnancy_test]], [[pelvic pain|pelvic_pain]]."],
               "findings": ["No intrauterine gestational sac.", S("Complex %s adnexal mass measuring 3.1 cm with a ring of fire on Doppler." % rng.choice(["left", "right"])),
                            S("Moderate free fluid with echogenic debris in the pelvis and Morison pouch.")],
               "impression": [S("Findings consistent with ruptured [[ectopic pregnancy|ectopic_pregnancy]] with hemoperitoneum."),
                              "Discussed with %s at %02d:%02d." % (doctor(rng), rng.randint(0, 23), rng.randint(0, 59))]}
        return p, style, rules, sec
    if style == "telehealth":
        sec = {"visit": "Video visit.",
               "hpi": [S("%d yo G2P1 with a [[positive home pregnancy test|positive_pregnancy_test]] 1 week ago, LMP 7 weeks ago." % p.age),
                       S("Now with sharp left [[pelvic pain|pelvic_pain]] and light [[vaginal bleeding|vaginal_bleeding]] since this morning."),
                       "Felt lightheaded when standing in the shower."],
               "ap": [S("Concern for [[ectopic pregnancy|ectopic_pregnancy|unc]]; instructed to go to the ED immediately."),
                      S("Husband driving her; ED charge nurse notified."), "Do not eat or drink until evaluated."]}
        return p, style, rules, sec
    if sbp < 90:
        rules.append("esc.hypotension")
    v = vitals_line(rng, bp=(sbp, 50 if sbp < 90 else 70), hr=rng.randint(104, 124))
    sec = {"cc": "[[Pelvic pain|pelvic_pain]].",
           "hpi": [S("%d yo G3P1 with LMP 6 weeks ago presenting with right [[pelvic pain|pelvic_pain]] and [[vaginal bleeding|vaginal_bleeding]]." % p.age),
                   "Pain began suddenly 2 hours ago, now diffuse with shoulder tip pain."],
           "labs": [S("[[Urine hCG positive|positive_pregnancy_test]]; serum quantitative [[hCG|positive_pregnancy_test]] 3,400."), normal_cbc(rng, hgb=9.4) + "."],
           "vitals": S(v),
           "ap": [S("Suspected ruptured [[ectopic pregnancy|ectopic_pregnancy|unc]] with free fluid on bedside ultrasound."),
                  "Two large-bore IVs, type and cross, Rh status sent.", S("OB/GYN (%s) to OR emergently." % doctor_last(rng))]}
    return p, style, rules, sec


def cauda(rng):
    p = Person(rng, age=rng.randint(30, 75))
    style = rng.choice(["ed", "clinic", "telehealth", "radiology"])
    if style == "radiology":
        sec = {"exam_r": "MRI lumbar spine without contrast.", "indication": ["[[Back pain|back_pain]] with [[saddle anesthesia|saddle_anesthesia]]."],
               "comparison": "None.",
               "findings": ["Alignment normal.", S("Large central disc extrusion at L4-L5 occupying 80% of the canal with severe compression of the sacral nerve roots."),
                            "Conus terminates normally at L1."],
               "impression": [S("Large L4-L5 disc extrusion with compression consistent with [[cauda equina syndrome|cauda_equina]]."),
                              S("Findings called to %s." % doctor(rng))]}
        return p, style, ["esc.cauda_equina"], sec
    hpi = [S("%d yo %s with 2 weeks of low [[back pain|back_pain]], now with [[numbness in the saddle area|saddle_anesthesia]] since yesterday." % (p.age, p.man)),
           S("Has not urinated in 14 hours; [[urinary retention|urinary_retention]] with bladder scan 950 mL.") if style == "ed"
           else S("Reports difficulty starting urination and new [[bowel incontinence|bowel_incontinence]] this morning."),
           "Pain extends down both legs to the knees."]
    ap = [S("Suspected [[cauda equina syndrome|cauda_equina|unc]]; emergent MRI lumbar spine."),
          "Neurosurgery (%s) consulted." % doctor_last(rng), "Foley catheter placed." if style == "ed" else "Sent directly to ED."]
    if style == "telehealth":
        sec = {"visit": "Phone visit.", "hpi": hpi, "ap": [S("Red flag symptoms; advised immediate ED evaluation, ambulance if unable to drive."), ap[0]]}
        return p, style, ["esc.cauda_equina"], sec
    sec = {"cc": "[[Back pain|back_pain]].", "hpi": hpi, "ap": ap,
           "exam": ["Decreased perianal sensation, reduced rectal tone.", "Strength 4/5 in bilateral ankle dorsiflexion."]}
    return p, style, ["esc.cauda_equina"], sec


def torsion(rng):
    p = Person(rng, sex="M", age=rng.randint(10, 24))
    style = "paediatrics" if p.age < 18 else rng.choice(["ed", "telehealth"])
    side = rng.choice(["left", "right"])
    hpi = [S("%d yo male with sudden severe %s [[testicular pain|testicular_pain]] that woke him at %d am." % (p.age, side, rng.randint(2, 6))),
           S("Associated nausea and two episodes of vomiting."), "No trauma."]
    if style == "telehealth":
        sec = {"visit": "Video visit.", "hpi": hpi,
               "ap": [S("Possible [[testicular torsion|testicular_torsion|unc]]; advised to go to the ED now."), "Time-sensitive; do not wait for a clinic appointment.",
                      "Urology on-call informed."]}
        return p, style, ["esc.testicular_torsion"], sec
    sec = {"cc": "[[Testicular pain|testicular_pain]].", "hpi": hpi,
           "exam": [S("%s [[scrotal swelling|scrotal_swelling]] with a high-riding testis and absent cremasteric reflex." % side.capitalize())],
           "imaging": [S("Scrotal ultrasound: absent flow to the %s testis, consistent with [[testicular torsion|testicular_torsion]]." % side)],
           "ap": ["Urology (%s) for emergent scrotal exploration." % doctor_last(rng), "NPO, morphine for pain."]}
    return p, style, ["esc.testicular_torsion"], sec


def overdose(rng):
    p = Person(rng, age=rng.randint(17, 70))
    style = rng.choice(["ed", "ed", "nursing", "psychiatry"])
    kind = rng.choice(["opioid", "apap", "tca"])
    rules = ["esc.overdose"]
    intentional = kind != "opioid" or rng.random() < 0.3
    if intentional:
        rules.append("esc.suicidal_ideation")
    if kind == "opioid":
        v = vitals_line(rng, rr=6, spo2=rng.choice([78, 82]), hr=58)
        rules += ["esc.hypoxia", "esc.severe_hypoxia"]
        hpi = [S("%d yo %s found unresponsive by a friend after a suspected heroin [[overdose|overdose]]." % (p.age, p.man)),
               "Pinpoint pupils, respirations shallow.", "Naloxone 0.4 mg IN by EMS with partial response."]
        ap = [S("Opioid [[overdose|overdose]]; naloxone infusion and monitoring."), "Observe at least 4 hours after last naloxone."]
    elif kind == "apap":
        v = vitals_line(rng)
        hpi = [S("%d yo %s who took about forty 500 mg acetaminophen tablets 6 hours ago in an intentional [[overdose|overdose]]." % (p.age, p.man))]
        ap = [S("Acetaminophen [[overdose|overdose]], 4-hour level above the treatment line; N-acetylcysteine started."),
              "Poison center consulted."]
    else:
        v = vitals_line(rng, hr=rng.randint(124, 138))
        hpi = [S("%d yo %s brought in after an intentional [[overdose|overdose]] of amitriptyline." % (p.age, p.man)),
               "ECG: QRS 128 ms."]
        ap = [S("TCA [[overdose|overdose]] with QRS widening; sodium bicarbonate bolus and infusion."), "ICU admission."]
    if intentional:
        hpi.append(S("Endorses [[suicidal ideation|suicidal_ideation]] before the ingestion; now regrets it."))
        ap.append("1:1 sitter; psychiatry consult when medically cleared.")
    if style == "nursing":
        sec = {"assessment": hpi, "vitals": S(v) if kind == "opioid" else v, "interventions": ["Continuous pulse oximetry and telemetry.", "Sitter at bedside."],
               "plan": ap}
        return p, style, rules, sec
    if style == "psychiatry":
        sec = {"cc": "Consult for safety after ingestion.", "hpi": hpi, "vitals": S(v) if kind == "opioid" else v,
               "mse": ["Calm, cooperative, tearful.", "Denies [[HI|homicidal_ideation|neg]]."], "ap": ap}
        return p, style, rules, sec
    sec = {"cc": "Ingestion.", "hpi": hpi, "vitals": S(v) if kind == "opioid" else v, "ap": ap,
           "labs": ["Salicylate undetectable.", "Ethanol 0."]}
    return p, style, rules, sec


def svt(rng):
    p = Person(rng, age=rng.randint(18, 84))
    style = rng.choice(["ed", "nursing", "clinic"])
    hr = rng.choice([164, 188, 212, 176])
    v = vitals_line(rng, hr=hr, bp=(rng.randint(98, 130), 72))
    afib = p.age > 60
    hpi = [S("%d yo %s with sudden palpitations and chest fluttering for 2 hours." % (p.age, p.man)),
           "Mild lightheadedness, no [[syncope|syncope|neg]] and no [[chest pain|chest_pain|neg]]."]
    ap = [S("%s with rapid ventricular response, rate %d." % ("Atrial fibrillation" if afib else "Narrow complex SVT", hr)),
          "Diltiazem 10 mg IV." if afib else "Vagal maneuvers, then adenosine 6 mg IV with conversion to sinus.",
          S("Recheck rhythm and electrolytes; cardiology follow-up.")]
    if style == "nursing":
        sec = {"assessment": [S("Telemetry alarm at 1420: heart rate %d, patient reports racing heart." % hr), "Alert, skin warm."],
               "vitals": S(v), "interventions": ["12-lead ECG obtained.", "%s notified and at bedside." % doctor_last(rng)],
               "plan": ap[:2]}
        return p, style, ["esc.extreme_tachycardia"], sec
    sec = {"cc": "Racing heart.", "hpi": hpi, "vitals": S(v), "ap": ap}
    if style == "clinic":
        sec["ap"] = [S("Rate %d in clinic with palpitations; transferred to ED by ambulance." % hr), ap[0]]
    return p, style, ["esc.extreme_tachycardia"], sec


def brady(rng):
    p = Person(rng, age=rng.randint(62, 93))
    style = rng.choice(["ed", "inpatient", "nursing"])
    hr = rng.choice([32, 34, 38, 28])
    syn = rng.random() < 0.6
    v = vitals_line(rng, hr=hr, bp=(rng.randint(96, 130), 60))
    hpi = [S("%d yo %s with %s." % (p.age, p.man, "two [[syncopal episodes|syncope]] today" if syn else "fatigue and exertional lightheadedness for a week")),
           S("ECG shows complete heart block with a ventricular escape rate of %d." % hr), "Not on beta blockers or digoxin.", "Potassium 4.4."]
    ap = [S("Symptomatic third-degree AV block."), "Transcutaneous pacing pads on; atropine ineffective.",
          S("Cardiology for temporary transvenous pacer and permanent pacemaker.")]
    if style == "nursing":
        sec = {"assessment": [S("Monitor showing HR %d, patient dizzy when sitting up." % hr),
                              "[[Syncopal|syncope]] episode on commode at 0610, brief, no injury." if syn else "No [[syncope|syncope|neg]]."],
               "vitals": S(v), "interventions": ["Pads placed.", "Atropine at bedside.", "%s notified." % doctor_last(rng)],
               "plan": [S("Transfer to CCU for pacing.")]}
        return p, style, ["esc.extreme_bradycardia"], sec
    sec = {"cc": "[[Syncope|syncope]]." if syn else "Fatigue.", "hpi": hpi, "vitals": S(v), "ap": ap}
    if style == "inpatient":
        sec = {"subjective": hpi, "vitals": S(v), "ap": ap}
    return p, style, ["esc.extreme_bradycardia"], sec


def heatstroke(rng):
    p = Person(rng, age=rng.randint(17, 84))
    style = rng.choice(["ed", "ed", "paediatrics" if p.age < 18 else "nursing"])
    f = rng.random() < 0.4
    t = rng.choice([40.6, 41.2, 40.9])
    tstr = "%.1f F" % (t * 9 / 5 + 32) if f else "%.1f C" % t
    ams = rng.random() < 0.6
    rules = ["esc.hyperthermia"]
    if ams:
        rules.append("esc.altered_mental_status")
    hpi = [S("%d yo %s %s in 38 C heat, collapsed and was brought in by coworkers." % (
        p.age, p.man, rng.choice(["running a half marathon", "roofing all afternoon", "at football practice"]))),
           S("Core temperature %s on arrival." % ("T " + tstr))]
    if ams:
        hpi.append(S("[[Altered mental status|altered_mental_status]]: agitated and disoriented."))
    v = vitals_line(rng, t=(t * 9 / 5 + 32) if f else t, unit="F" if f else "C", hr=rng.randint(128, 146), bp=(rng.randint(96, 118), 58))
    ap = [S("Exertional heat stroke."), "Cold water immersion, target 38.9 C, then stop.", "CK, LFTs, coags; monitor for rhabdomyolysis."]
    sec = {"cc": "Collapse.", "hpi": hpi, "vitals": v, "ap": ap}
    if style == "nursing":
        sec = {"assessment": hpi, "vitals": v, "interventions": ["Ice packs to groin and axillae.", "Cooling blanket."], "plan": ap[1:]}
    return p, style, rules, sec


def hypothermia(rng):
    p = Person(rng, age=rng.randint(30, 90))
    style = rng.choice(["ed", "nursing", "inpatient"])
    f = rng.random() < 0.35
    t = rng.choice([32.4, 33.8, 34.2, 31.6])
    v = vitals_line(rng, t=round(t * 9 / 5 + 32, 1) if f else t, unit="F" if f else "C", hr=rng.randint(48, 58), bp=(rng.randint(100, 124), 64))
    hpi = [S("%d yo %s found outside overnight %s." % (p.age, p.man, rng.choice(["after a fall in the garden", "on a park bench after drinking", "in the snow near %s car" % p.his]))),
           "Shivering has stopped; speech slow but coherent.", "Wet clothing removed in the field."]
    ap = [S("Moderate accidental hypothermia."), "Active external rewarming with forced air and warmed IV fluids.",
          S("Continuous cardiac monitoring for arrhythmia during rewarming.")]
    sec = {"cc": "Found down outdoors.", "hpi": hpi, "vitals": S(v), "ap": ap}
    if style == "nursing":
        sec = {"assessment": hpi, "vitals": S(v), "interventions": ["Bair hugger applied.", "Warm fluids at 150 mL/h."], "plan": ap[2:]}
    if style == "inpatient":
        sec = {"subjective": hpi, "vitals": S(v), "ap": ap}
    return p, style, ["esc.hypothermia"], sec


def anemia(rng):
    p = Person(rng, age=rng.randint(25, 88))
    style = rng.choice(["clinic", "inpatient", "telehealth", "nursing"])
    hgb = rng.choice([6.1, 5.8, 6.4, 6.9])
    alt = rng.random() < 0.25
    htxt = ("Hgb %d g/L" % int(hgb * 10)) if alt else ("Hgb %.1f g/dL" % hgb)
    hpi = [S("%d yo %s with progressive fatigue and exertional [[dyspnea|dyspnea]] for 6 weeks." % (p.age, p.man)),
           "Reports heavy menses." if p.sex == "F" else "Vegetarian diet, no GI symptoms.",
           "No [[melena|melena|neg]] or [[hematochezia|hematochezia|neg]]."]
    labs = [S("%s, MCV 64, ferritin 3." % htxt), "Platelets 410."]
    ap = [S("Severe iron deficiency anemia; transfuse 1 unit and start IV iron."), "GI referral for endoscopy." if p.sex == "M" else "Gynecology referral.",
          S("Recheck hemoglobin in one week.")]
    if style == "telehealth":
        sec = {"visit": "Video visit to review labs.", "hpi": hpi, "labs": labs,
               "ap": [S("Critical hemoglobin; arranged direct admission for transfusion today."), ap[1]]}
    elif style == "nursing":
        sec = {"assessment": ["Patient pale, tired, ambulating with assistance."], "labs": labs,
               "vitals": vitals_line(rng, hr=rng.randint(96, 110)),
               "interventions": ["Consent for transfusion signed.", S("First unit PRBC started at 1030.")], "plan": ap[:1]}
    else:
        sec = {"cc": "Fatigue.", "hpi": hpi, "labs": labs, "ap": ap, "vitals": vitals_line(rng, hr=rng.randint(96, 110))}
        if style == "inpatient":
            sec = {"subjective": hpi, "labs": labs, "ap": ap, "vitals": sec["vitals"]}
    return p, style, ["esc.critical_hemoglobin"], sec


def hyponatremia(rng):
    p = Person(rng, age=rng.randint(45, 92))
    style = rng.choice(["ed", "inpatient", "nursing"])
    na = rng.choice([114, 116, 118, 111])
    sz = rng.random() < 0.6
    rules = ["esc.severe_hyponatremia"]
    if sz:
        rules.append("esc.seizure")
    hpi = [S("%d yo %s on hydrochlorothiazide %s." % (p.age, p.man, "who had a generalized tonic-clonic [[seizure|seizure]] at home" if sz else "with nausea and unsteady gait for 3 days")),
           "Has been drinking large amounts of water due to the heat."]
    labs = [S("Na %d, K 3.4, serum osmolality 242, urine sodium 48." % na)]
    ap = [S("Severe symptomatic hyponatremia."), "3% saline 100 mL bolus; goal rise 4-6 mmol/L in 24 hours, no more than 8.",
          S("Sodium checks q2h; stop hydrochlorothiazide.")]
    if sz:
        ap.insert(1, S("[[Seizure|seizure]] likely provoked by hyponatremia; lorazepam given once."))
    sec = {"cc": "[[Seizure|seizure]]." if sz else "Nausea.", "hpi": hpi, "labs": labs, "ap": ap}
    if style == "nursing":
        sec = {"assessment": hpi, "labs": labs, "vitals": vitals_line(rng), "interventions": ["[[Seizure|seizure|hyp]] precautions.", "Hypertonic saline started via pump."], "plan": ap[-1:]}
        if sz:
            sec["plan"] = [ap[1]] + ap[-1:]
    if style == "inpatient":
        sec = {"subjective": hpi, "labs": labs, "ap": ap}
    return p, style, rules, sec


def asthma_attack(rng):
    p = Person(rng, age=rng.randint(5, 45))
    style = "paediatrics" if p.age < 18 else rng.choice(["ed", "nursing"])
    rr = rng.choice([32, 36, 40, 30])
    spo2 = rng.choice([92, 91, 93])
    v = vitals_line(rng, rr=rr, spo2=spo2, hr=rng.randint(118, 140))
    hpi = [S("%d yo with asthma presenting with 6 hours of [[wheezing|wheezing]] and [[shortness of breath|dyspnea]] after a viral cold." % p.age),
           "Used albuterol 8 times today.", "Prior ICU admission in 2021, never intubated."]
    ap = [S("Severe asthma exacerbation with tachypnea."), "Continuous albuterol, ipratropium, dexamethasone, and IV magnesium.",
          S("Reassess in one hour; PICU consult if no improvement." if p.age < 18 else "Reassess in one hour; ICU consult if no improvement.")]
    sec = {"cc": "[[Wheezing|wheezing]].", "hpi": hpi, "vitals": S(v), "ap": ap,
           "exam": ["Diffuse expiratory [[wheezes|wheezing]], retractions, speaking in 2-3 word phrases.", "No [[stridor|stridor|neg]]."]}
    if style == "nursing":
        sec = {"assessment": hpi[:1] + ["Accessory muscle use."], "vitals": S(v), "interventions": ["Continuous neb started."], "plan": ap}
    return p, style, ["esc.tachypnea"], sec


def seizure(rng):
    p = Person(rng, age=rng.randint(2, 80))
    style = "paediatrics" if p.age < 16 else rng.choice(["ed", "nursing", "inpatient"])
    hpi = [S("%d yo with %s had a generalized tonic-clonic [[seizure|seizure]] lasting %d minutes witnessed by %s." % (
        p.age, "epilepsy on levetiracetam" if p.age >= 16 else "no prior history", rng.randint(3, 8), "family")),
           "Tongue laceration and urinary incontinence.", "Postictal for 20 minutes, now back to baseline."]
    ap = [S("%s [[seizure|seizure]]." % ("Breakthrough" if p.age >= 16 else "First unprovoked")),
          "Levetiracetam level and load 20 mg/kg." if p.age >= 16 else "EEG and neurology outpatient follow-up; MRI brain.",
          S("[[Seizure|seizure|hyp]] precautions; no driving per state law.") if p.age >= 16 else S("Rescue intranasal midazolam prescribed.")]
    sec = {"cc": "[[Seizure|seizure]].", "hpi": hpi, "vitals": vitals_line(rng), "ap": ap, "labs": [normal_bmp(rng) + "."]}
    if style == "nursing":
        sec = {"assessment": [S("Patient had a witnessed generalized [[seizure|seizure]] at 2210 lasting 2 minutes."), "Side-lying, suctioned, O2 applied."],
               "vitals": vitals_line(rng), "interventions": ["Lorazepam 2 mg IV given per order.", "%s notified." % doctor_last(rng)],
               "plan": [S("[[Seizure|seizure|hyp]] precautions and neuro checks q1h."), S("Levetiracetam increased by neurology.")]}
    if style == "inpatient":
        sec = {"subjective": hpi, "vitals": sec["vitals"], "ap": ap}
    return p, style, ["esc.seizure"], sec


def ams(rng):
    p = Person(rng, age=rng.randint(70, 96))
    style = rng.choice(["ed", "nursing", "inpatient", "telehealth"])
    hpi = [S("%d yo %s from assisted living with [[altered mental status|altered_mental_status]] for 2 days per staff." % (p.age, p.man)),
           "Baseline: oriented and independent with a walker.", S("Now oriented to self only, pulling at lines."),
           "Urine malodorous; no [[fever|fever|neg]] documented."]
    ap = [S("Acute [[altered mental status|altered_mental_status]], likely delirium from a urinary infection versus medication effect."),
          "UA, culture, BMP, CBC, CT head given anticoagulation.", S("Hold oxybutynin and zolpidem; delirium precautions.")]
    sec = {"cc": "[[AMS|altered_mental_status]].", "hpi": hpi, "vitals": vitals_line(rng), "ap": ap}
    if style == "nursing":
        sec = {"assessment": [S("Patient with acute [[altered mental status|altered_mental_status]] this evening, not recognizing daughter."), S("Was oriented x3 at 0800.")],
               "vitals": vitals_line(rng), "interventions": ["Bed alarm on.", "Fingerstick glucose 132.", "%s notified." % doctor_last(rng)],
               "plan": [S("Delirium workup ordered; UA and cultures sent.")]}
    if style == "telehealth":
        sec = {"visit": "Video visit with patient and daughter.", "hpi": hpi,
               "ap": [S("New [[altered mental status|altered_mental_status]] in an older adult; advised ED evaluation today."), "Daughter will take her now."]}
    if style == "inpatient":
        sec = {"subjective": hpi, "vitals": sec["vitals"], "ap": ap}
    return p, style, ["esc.altered_mental_status"], sec


def hemoptysis(rng):
    p = Person(rng, age=rng.randint(35, 85))
    style = rng.choice(["ed", "inpatient", "nursing", "radiology"])
    if style == "radiology":
        sec = {"exam_r": "CT angiogram chest.", "indication": ["Massive [[hemoptysis|hemoptysis]], about 400 mL today."],
               "findings": [S("Cavitary lesion in the right upper lobe with surrounding ground glass consistent with alveolar hemorrhage."),
                            "Hypertrophied right bronchial artery measuring 4 mm.", "No [[pulmonary embolism|pulmonary_embolism|neg]]."],
               "impression": [S("Right upper lobe cavitary lesion with hemorrhage, likely source of [[hemoptysis|hemoptysis]]."),
                              S("Hypertrophied bronchial artery amenable to embolization; IR notified.")]}
        return p, style, ["esc.massive_hemoptysis"], sec
    vol = rng.choice([300, 450, 600])
    spo2 = rng.choice([88, 93])
    rules = ["esc.massive_hemoptysis"] + (["esc.hypoxia"] if spo2 < 90 else [])
    v = vitals_line(rng, spo2=spo2, hr=rng.randint(104, 122), rr=rng.randint(22, 28))
    hpi = [S("%d yo %s with bronchiectasis coughing up about %d mL of blood over 3 hours, massive [[hemoptysis|hemoptysis]]." % (p.age, p.man, vol)),
           "Feels the bleeding is from the right side."]
    ap = [S("Massive [[hemoptysis|hemoptysis]]; position right side down, tranexamic acid nebulized."), "Type and cross, coags.",
          S("Interventional radiology for bronchial artery embolization; anesthesia aware for possible intubation.")]
    sec = {"cc": "[[Coughing up blood|hemoptysis]].", "hpi": hpi, "vitals": S(v), "ap": ap}
    if style == "nursing":
        sec = {"assessment": [S("Patient coughed up approximately %d mL of blood ([[hemoptysis|hemoptysis]]) at 1115." % vol), "Anxious, speaking in short sentences."],
               "vitals": S(v), "interventions": ["Positioned right side down.", "Suction at bedside.", "%s paged stat." % doctor_last(rng)], "plan": ap[2:]}
    if style == "inpatient":
        sec = {"subjective": hpi, "vitals": S(v), "ap": ap}
    return p, style, rules, sec
