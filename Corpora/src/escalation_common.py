"""Shared pieces for the escalation notes: fake identities (PHI), filler pools, vitals/labs lines, note assembly.

All text is hand-written and synthetic. Randomness comes from random.Random seeded with the note id, so the output
is the same on every run.
"""
import re

FIRST_M = ["James", "Rahul", "Tomasz", "Kwame", "Diego", "Liam", "Hiroshi", "Omar", "Dmitri", "Samuel", "Arjun",
           "Mateo", "Elijah", "Felix", "Connor", "Yusuf", "Andre", "Viktor", "Noah", "Jamal", "Pavel", "Kenji"]
FIRST_F = ["Maria", "Aisha", "Ingrid", "Mei", "Chloe", "Fatima", "Olga", "Priya", "Hannah", "Lucia", "Zainab",
           "Grace", "Sofia", "Amara", "Naomi", "Renata", "Keiko", "Leila", "Beatriz", "Ruth", "Imani", "Eleanor"]
LAST = ["Okafor", "Lindqvist", "Petrov", "Castellano", "Nakamura", "Abernathy", "Ferreira", "Haddad", "Kowalczyk",
        "Mbeki", "Thornbury", "Vasquez", "Oyelaran", "Brennan", "Delacroix", "Sato", "Whitcombe", "Rasmussen",
        "Quintero", "Adeyemi", "Holloway", "Marchetti", "Szabo", "Eriksen", "Galloway", "Chaudhry", "Novak",
        "Ibarra", "Fairbanks", "Kimura", "Mendelsohn", "Achterberg"]
STREETS = ["Elm Street", "Larkspur Lane", "Harbor View Road", "Quarry Hill Drive", "Maple Avenue", "Juniper Court",
           "Old Mill Road", "Westbrook Terrace", "Sycamore Way", "Chestnut Boulevard", "Pine Hollow Road"]
TOWNS = ["Fairhaven", "Millbrook", "Eastport", "Cedar Falls", "Riverton", "Ashford", "Lakeview", "Northfield"]
DOMAINS = ["example.org", "example.com", "mailbox.example.net", "clinic.example.org"]


class Person:
    def __init__(self, rng, sex=None, age=None):
        self.sex = sex or rng.choice("MF")
        self.first = rng.choice(FIRST_M if self.sex == "M" else FIRST_F)
        self.last = rng.choice(LAST)
        self.age = age if age is not None else rng.randint(24, 88)
        m = self.sex == "M"
        self.he, self.his, self.him = ("he", "his", "him") if m else ("she", "her", "her")
        self.He, self.His = self.he.capitalize(), self.his.capitalize()
        self.title = "Mr." if m else rng.choice(["Ms.", "Mrs."])
        self.man = "man" if m else "woman"
        self.mf = "M" if m else "F"
        year = 2024 - self.age
        self.dob = "%02d/%02d/%d" % (rng.randint(1, 12), rng.randint(1, 28), year)
        self.mrn = "%08d" % rng.randint(100000, 99999999)
        self.phone = "555-%03d-%04d" % (rng.randint(200, 989), rng.randint(0, 9999))
        self.address = "%d %s" % (rng.randint(3, 980), rng.choice(STREETS))
        self.town = rng.choice(TOWNS)
        self.ssn = "9%02d-%02d-%04d" % (rng.randint(0, 99), rng.randint(10, 99), rng.randint(1000, 9999))
        self.email = "%s.%s%d@%s" % (self.first.lower(), self.last.lower(), rng.randint(1, 99), rng.choice(DOMAINS))

    def name(self):
        return "{{name:%s %s}}" % (self.first, self.last)


def doctor(rng):
    return "Dr. {{name:%s %s}}" % (rng.choice(FIRST_M + FIRST_F), rng.choice(LAST))


def doctor_last(rng):
    return "Dr. {{name:%s}}" % rng.choice(LAST)


def phone(rng):
    return "{{phone:(555) %03d-%04d}}" % (rng.randint(200, 989), rng.randint(0, 9999))


def fax(rng):
    return "{{fax:555-%03d-%04d}}" % (rng.randint(200, 989), rng.randint(0, 9999))


def ip(rng):
    return "{{ip:10.%d.%d.%d}}" % (rng.randint(1, 254), rng.randint(0, 254), rng.randint(1, 254))


def url(rng, p):
    return "{{url:https://portal.%s/patients/%s}}" % (rng.choice(["example-health.org", "example.org"]), p.mrn[-5:])


def header(rng, style, p):
    """Identifying header with PHI spans; varies by style."""
    k = rng.randint(0, 3)
    if style == "radiology":
        lines = ["Patient: %s    MRN: {{mrn:%s}}    DOB: {{dob:%s}}" % (p.name(), p.mrn, p.dob),
                 "Ordering physician: %s" % doctor(rng)]
    elif style == "telehealth":
        lines = ["Patient: %s  DOB: {{dob:%s}}  MRN: {{mrn:%s}}" % (p.name(), p.dob, p.mrn),
                 "Video visit. Patient located at home, {{address:%s, %s}}. Callback number {{phone:%s}}." % (
                     p.address, p.town, p.phone)]
        if k >= 2:
            lines.append("Session connected from {{ip:%s}}; patient email {{email:%s}}." % (
                "10.%d.%d.%d" % (rng.randint(1, 254), rng.randint(0, 254), rng.randint(1, 254)), p.email))
    elif style == "nursing":
        lines = ["NURSING NOTE - %s %s, MRN {{mrn:%s}}, Room %d%s" % (
            p.title, "{{name:%s}}" % p.last, p.mrn, rng.randint(2, 9), rng.choice(["12", "04", "21", "17"]))]
    elif style == "paediatrics":
        lines = ["Name: %s    DOB: {{dob:%s}}    MRN: {{mrn:%s}}" % (p.name(), p.dob, p.mrn),
                 "Accompanied by %s, {{name:%s %s}}, phone {{phone:%s}}." % (
                     rng.choice(["mother", "father", "grandmother"]), rng.choice(FIRST_F + FIRST_M), p.last, p.phone)]
    else:
        if k == 0:
            lines = ["Patient: %s    DOB: {{dob:%s}}    MRN: {{mrn:%s}}" % (p.name(), p.dob, p.mrn)]
        elif k == 1:
            lines = ["Name: %s  |  MRN: {{mrn:%s}}  |  DOB: {{dob:%s}}" % (p.name(), p.mrn, p.dob),
                     "Address: {{address:%s}}, %s   Phone: {{phone:%s}}" % (p.address, p.town, p.phone)]
        elif k == 2:
            lines = ["PATIENT NAME: %s" % p.name(), "MRN: {{mrn:%s}}   SSN: {{ssn:%s}}   DOB: {{dob:%s}}" % (
                p.mrn, p.ssn, p.dob)]
        else:
            lines = ["%s %s, %d y/o %s, MRN: {{mrn:%s}}" % (p.title, "{{name:%s}}" % p.last, p.age, p.mf, p.mrn)]
        if style in ("ed", "inpatient", "discharge", "psychiatry", "clinic"):
            lines.append("%s: %s" % (rng.choice(["Attending", "Provider", "Author"]), doctor(rng)))
    return "\n".join(lines)


def footer(rng, style, p):
    k = rng.randint(0, 5)
    if k == 0:
        return ""
    if k == 1:
        return "Electronically signed by %s." % doctor(rng)
    if k == 2:
        return "%s, pager %s. Fax results to %s." % (doctor(rng), phone(rng), fax(rng))
    if k == 3:
        return "Questions: call the clinic at %s or message via %s." % (phone(rng), url(rng, p))
    if k == 4:
        return "Copy sent to PCP %s (fax %s)." % (doctor_last(rng), fax(rng))
    return "Patient contact: {{email:%s}}, {{phone:%s}}." % (p.email, p.phone)


# ---------------------------------------------------------------- vitals and labs
def vitals_line(rng, bp=None, hr=None, rr=None, t=None, spo2=None, o2="on RA", fmt=None, unit="C"):
    bp = bp or (rng.randint(112, 148), rng.randint(66, 88))
    hr = hr if hr is not None else rng.randint(62, 96)
    rr = rr if rr is not None else rng.randint(14, 18)
    t = t if t is not None else round(rng.uniform(36.4, 37.3), 1)
    spo2 = spo2 if spo2 is not None else rng.randint(95, 99)
    tstr = "%.1f %s" % (t, unit)
    fmt = fmt if fmt is not None else rng.randint(0, 2)
    if fmt == 0:
        return "Vitals: BP %d/%d, HR %d, RR %d, T %s, SpO2 %d%% %s" % (bp[0], bp[1], hr, rr, tstr, spo2, o2)
    if fmt == 1:
        return "VS: T %s | HR %d | BP %d/%d | RR %d | SpO2 %d%% %s" % (tstr, hr, bp[0], bp[1], rr, spo2, o2)
    return "T %s, HR %d, BP %d/%d, RR %d, SpO2 %d%% %s." % (tstr, hr, bp[0], bp[1], rr, spo2, o2)


def normal_bmp(rng, k=None, na=None, glucose=None, cr=None):
    return "Na %d, K %.1f, Cl %d, HCO3 %d, BUN %d, Cr %.1f, glucose %d" % (
        na if na is not None else rng.randint(135, 143), k if k is not None else rng.uniform(3.6, 4.8),
        rng.randint(98, 106), rng.randint(22, 28), rng.randint(8, 22), cr if cr is not None else rng.uniform(0.6, 1.2),
        glucose if glucose is not None else rng.randint(82, 138))


def normal_cbc(rng, hgb=None, wbc=None):
    return "WBC %.1f, Hgb %.1f, Plt %d" % (wbc if wbc is not None else rng.uniform(4.8, 10.2),
                                           hgb if hgb is not None else rng.uniform(11.8, 15.4), rng.randint(160, 380))


# ---------------------------------------------------------------- filler pools (red flags here are never affirmed)
PMH = [
    "Hypertension", "Type 2 diabetes", "Hyperlipidemia", "Hypothyroidism", "GERD", "Osteoarthritis of both knees",
    "Asthma, mild intermittent", "COPD on home inhalers", "CKD stage 3a", "Atrial fibrillation on apixaban",
    "Obstructive sleep apnea on CPAP", "Depression, stable", "Benign prostatic hyperplasia", "Migraine",
    "Prior [[stroke|stroke|hist]] in 2018 without residual deficit", "Remote [[MI|myocardial_infarction|hist]] s/p stent to RCA",
    "History of [[pulmonary embolism|pulmonary_embolism|hist]] in 2016, off anticoagulation",
    "Childhood [[seizures|seizure|hist]], none as an adult", "History of [[DKA|dka|hist]] in 2019",
    "Peptic ulcer disease, treated 2015",
    "History of [[sepsis|sepsis|hist]] from pyelonephritis in 2021", "s/p appendectomy", "s/p cholecystectomy",
    "Previous [[anaphylaxis|anaphylaxis|hist]] to penicillin", "Anxiety", "Gout", "Iron deficiency anemia",
]
MEDS = ["lisinopril 10 mg daily", "metformin 1000 mg BID", "atorvastatin 40 mg nightly", "levothyroxine 75 mcg daily",
        "amlodipine 5 mg daily", "albuterol inhaler PRN", "sertraline 100 mg daily", "omeprazole 20 mg daily",
        "apixaban 5 mg BID", "metoprolol succinate 50 mg daily", "tamsulosin 0.4 mg nightly", "aspirin 81 mg daily",
        "insulin glargine 20 units nightly", "furosemide 20 mg daily", "acetaminophen PRN"]
ALLERGIES = ["NKDA.", "No known drug allergies.", "Penicillin (rash).", "Sulfa (hives).", "Codeine (nausea).",
             "Latex.", "Iodinated contrast (itching)."]
SOCIAL = [
    "Lives with %(his)s spouse. Retired teacher.", "Works as an electrician. Lives alone.",
    "Former smoker, quit 2009. Drinks one glass of wine on weekends.", "Never smoker. No alcohol or drug use.",
    "Smokes half a pack per day. Occasional alcohol.", "Lives with daughter, independent in ADLs.",
    "Works night shifts at a warehouse. Denies drug use.", "Retired, walks daily with a neighbor.",
]
FHX = [
    "Father had an [[MI|myocardial_infarction|fam]] at 58.", "Mother with hypertension and type 2 diabetes.",
    "Mother had a [[stroke|stroke|fam]] in her seventies.", "Noncontributory.",
    "Brother with [[pulmonary embolism|pulmonary_embolism|fam]] after surgery.", "No family history of sudden cardiac death.",
    "Sister with breast cancer.", "Father with colon cancer at 66.",
    "Maternal uncle with [[seizures|seizure|fam]].", "Mother died of [[sepsis|sepsis|fam]] at 81.",
]
ROS = [
    "Denies [[fever|fever|neg]], chills, or weight change.", "Denies [[chest pain|chest_pain|neg]] or [[palpitations|palpitations|neg]].",
    "No [[shortness of breath|dyspnea|neg]] or cough.", "No [[hematemesis|hematemesis|neg]], [[melena|melena|neg]], or [[hematochezia|hematochezia|neg]].",
    "Denies [[syncope|syncope|neg]].", "No [[vision loss|vision_loss|neg]], no focal numbness.",
    "Negative for [[seizure|seizure|neg]] activity.", "No dysuria or urinary frequency.",
    "No [[hemoptysis|hemoptysis|neg]].", "Denies [[rigors|rigors|neg]] or night sweats.",
    "All other systems reviewed and negative.",
]
EXAM = [
    "General: well appearing, no acute distress.", "HEENT: moist mucous membranes, oropharynx clear.",
    "Neck: supple, no [[meningismus|neck_stiffness|neg]].", "Lungs: clear to auscultation bilaterally.",
    "CV: regular rate and rhythm, no murmurs.", "Abdomen: soft, nontender, nondistended.",
    "Extremities: no edema, calves nontender.", "Neuro: alert and oriented x3, no [[facial droop|facial_droop|neg]], moves all extremities.",
    "Skin: warm and dry, no rash.",
]
INSTRUCTIONS = [
    "Return to the emergency department for [[chest pain|chest_pain|hyp]], [[shortness of breath|dyspnea|hyp]], or [[fainting|syncope|hyp]].",
    "Call your doctor if you develop [[fever|fever|hyp]] above 38.5 C.",
    "Seek care right away for [[black stools|melena|hyp]] or [[vomiting blood|hematemesis|hyp]].",
    "Call 911 for [[facial droop|facial_droop|hyp]], [[slurred speech|speech_disturbance|hyp]], or new weakness.",
    "If [[thoughts of suicide|suicidal_ideation|hyp]] occur, call 988 or go to the nearest ED.",
    "Return if you have a [[seizure|seizure|hyp]].",
    "Watch for [[coughing up blood|hemoptysis|hyp]] and report it.",
    "Take medications as prescribed and keep your follow-up appointment.",
    "Drink plenty of fluids and rest.",
]
DISPO = ["Discharged home in stable condition.", "Admitted to medicine.", "Admitted to the ICU.",
         "Admitted to telemetry.", "Transferred to the cath lab.", "Admitted to step-down."]

MARK_RE = re.compile(r"\[\[([^|\]]*)\|([^|\]]*)(?:\|([^\]]*))?\]\]")


def concepts_in(s):
    return {m.group(2) for m in MARK_RE.finditer(s)}


def pick(rng, pool, n, avoid=(), fmt=None):
    cand = [x for x in pool if not (concepts_in(x) & set(avoid))]
    n = min(n, len(cand))
    out = rng.sample(cand, n)
    if fmt:
        out = [x % fmt for x in out]
    return out


HEADERS = {
    "cc": ["CHIEF COMPLAINT", "Chief Complaint", "CC"],
    "hpi": ["HISTORY OF PRESENT ILLNESS", "HPI", "History of Present Illness"],
    "pmh": ["PAST MEDICAL HISTORY", "PMH", "Past Medical History"],
    "meds": ["MEDICATIONS", "Medications", "Home medications"],
    "allergies": ["ALLERGIES", "Allergies"],
    "social": ["SOCIAL HISTORY", "Social History", "SH"],
    "fhx": ["FAMILY HISTORY", "Family History", "FH"],
    "ros": ["REVIEW OF SYSTEMS", "ROS"],
    "vitals": ["VITALS", "Vital Signs"],
    "exam": ["PHYSICAL EXAM", "Exam", "PHYSICAL EXAMINATION"],
    "labs": ["LABS", "Labs", "LABORATORY DATA"],
    "imaging": ["IMAGING", "Imaging", "RADIOLOGY"],
    "course": ["ED COURSE", "ED Course"],
    "ap": ["ASSESSMENT AND PLAN", "Assessment/Plan", "A/P", "ASSESSMENT & PLAN"],
    "dispo": ["DISPOSITION", "Disposition"],
    "subjective": ["SUBJECTIVE", "Interval History", "INTERVAL HISTORY"],
    "objective": ["OBJECTIVE"],
    "dx": ["DISCHARGE DIAGNOSES", "Discharge Diagnoses"],
    "hc": ["HOSPITAL COURSE", "Hospital Course"],
    "dmeds": ["DISCHARGE MEDICATIONS", "Discharge Medications"],
    "follow": ["FOLLOW UP", "Follow-up"],
    "instructions": ["DISCHARGE INSTRUCTIONS", "Patient Instructions", "RETURN PRECAUTIONS"],
    "psychhx": ["PAST PSYCHIATRIC HISTORY", "Psychiatric History"],
    "mse": ["MENTAL STATUS EXAM", "Mental Status Examination", "MSE"],
    "risk": ["RISK ASSESSMENT", "Safety Assessment"],
    "exam_r": ["EXAM"], "indication": ["CLINICAL INDICATION", "INDICATION", "History"],
    "comparison": ["COMPARISON"], "technique": ["TECHNIQUE"], "findings": ["FINDINGS"], "impression": ["IMPRESSION"],
    "assessment": ["ASSESSMENT", "Assessment"], "interventions": ["INTERVENTIONS", "Interventions"],
    "plan": ["PLAN", "Plan"], "immun": ["IMMUNIZATIONS", "Immunizations"], "visit": ["VISIT"],
}

ORDER = {
    "ed": ["cc", "hpi", "pmh", "meds", "allergies", "social", "fhx", "ros", "vitals", "exam", "labs", "imaging",
           "course", "ap", "dispo", "instructions"],
    "inpatient": ["subjective", "vitals", "exam", "labs", "imaging", "ap"],
    "discharge": ["dx", "hpi", "hc", "labs", "imaging", "vitals", "dmeds", "follow", "instructions"],
    "nursing": ["assessment", "vitals", "labs", "interventions", "plan"],
    "psychiatry": ["cc", "hpi", "psychhx", "pmh", "social", "fhx", "mse", "risk", "vitals", "labs", "ap"],
    "paediatrics": ["cc", "hpi", "pmh", "immun", "fhx", "ros", "vitals", "exam", "labs", "imaging", "ap",
                    "instructions"],
    "telehealth": ["visit", "cc", "hpi", "pmh", "meds", "ros", "vitals", "exam", "mse", "ap", "follow", "instructions"],
    "radiology": ["exam_r", "indication", "comparison", "technique", "findings", "impression"],
    "clinic": ["cc", "hpi", "pmh", "meds", "allergies", "social", "fhx", "ros", "vitals", "exam", "labs", "ap",
               "follow"],
}

LISTY = {"pmh", "meds", "dmeds", "dx"}
INLINE = {"cc", "allergies", "vitals", "exam_r", "comparison", "immun"}


def assemble(rng, style, p, sec, avoid):
    """sec: dict key -> list of sentences (or str). Missing standard sections get filler."""
    fill = {}
    if style in ("ed", "clinic", "psychiatry", "paediatrics", "telehealth"):
        fill["pmh"] = pick(rng, PMH, rng.randint(2, 4), avoid)
        fill["fhx"] = pick(rng, FHX, 1, avoid)
    if style in ("ed", "clinic", "telehealth"):
        fill["meds"] = rng.sample(MEDS, rng.randint(2, 4))
    if style in ("ed", "clinic"):
        fill["allergies"] = [rng.choice(ALLERGIES)]
        fill["social"] = [rng.choice(SOCIAL) % {"his": p.his}]
    if style == "psychiatry":
        fill["social"] = [rng.choice(SOCIAL) % {"his": p.his}]
    if style in ("ed", "clinic", "paediatrics"):
        fill["ros"] = pick(rng, ROS, rng.randint(2, 4), avoid)
    if style in ("ed", "clinic", "inpatient", "paediatrics"):
        fill["exam"] = pick(rng, EXAM, rng.randint(3, 5), avoid)
    if style in ("ed", "paediatrics", "discharge"):
        fill["instructions"] = pick(rng, INSTRUCTIONS, rng.randint(1, 3), avoid)
    if style == "ed":
        fill["dispo"] = [rng.choice(DISPO[:1])]
    if style == "discharge":
        fill["dmeds"] = rng.sample(MEDS, rng.randint(3, 5))
        fill["follow"] = ["Follow up with %s in %d days." % (doctor_last(rng), rng.choice([3, 5, 7, 10, 14]))]
    if style == "paediatrics":
        fill["immun"] = [rng.choice(["Up to date.", "Up to date per parent.", "UTD including influenza vaccine."])]
    if style in ("ed", "clinic", "inpatient", "paediatrics", "nursing", "psychiatry"):
        fill["vitals"] = [vitals_line(rng)]
    if style == "telehealth" and rng.random() < 0.5:
        fill["vitals"] = ["Self-reported home readings: BP %d/%d, HR %d." % (rng.randint(112, 146), rng.randint(68, 90),
                                                                           rng.randint(60, 92))]
    for k, v in fill.items():
        if k not in sec:
            sec[k] = v
    parts = [header(rng, style, p)]
    for key in ORDER[style]:
        if key not in sec or sec[key] in (None, [], ""):
            continue
        body = sec[key]
        if isinstance(body, str):
            body = [body]
        head = rng.choice(HEADERS[key])
        if key == "vitals" and (style not in ("ed", "clinic", "paediatrics") or
                                re.match(r"(<<)?(Vitals|VS|Discharge vitals):", body[0])):
            parts.append("\n".join(body))
            continue
        if key in LISTY and len(body) > 1 and rng.random() < 0.6:
            parts.append(head + ":\n" + "\n".join("- " + b for b in body))
        elif key in LISTY:
            parts.append(head + ": " + ", ".join(body) + ".")
        elif key in INLINE or (len(body) == 1 and len(body[0]) < 90):
            parts.append(head + ": " + " ".join(body))
        else:
            parts.append(head + ":\n" + " ".join(body))
    f = footer(rng, style, p)
    if f:
        parts.append(f)
    return "\n\n".join(parts) + "\n"
