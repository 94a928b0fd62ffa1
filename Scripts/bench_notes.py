#!/usr/bin/env python3
"""Writes N synthetic clinical notes as JSONL ({"id": ..., "text": ...}) for the memory and end-to-end benchmark.

    python3 Scripts/bench_notes.py COUNT [--seed S] > notes.jsonl

Deterministic for a given seed (SplitMix64, like the Swift generator in Benchmarks/Sources/BenchCorpus). The
templates are written for this script; no real or project-shipped note is read.
"""
import argparse
import json
import sys

MASK = (1 << 64) - 1


class SplitMix64:
    def __init__(self, seed):
        self.state = seed & MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def below(self, n):
        return self.next() % n

    def int(self, lo, hi):
        return lo + self.below(hi - lo + 1)

    def chance(self, p):
        return (self.next() >> 11) / float(1 << 53) < p

    def pick(self, items):
        return items[self.below(len(items))]

    def sample(self, items, k):
        pool = list(items)
        out = []
        for _ in range(min(k, len(pool))):
            out.append(pool.pop(self.below(len(pool))))
        return out


NAMES = ["Maria Alvarez", "James Brennan", "Aisha Chen", "Tomás Dubois", "Wei Eriksen", "Olga Fofana",
         "Kwame García", "Priya Haddad", "Liam Ivanova", "Noor Jensen", "Zoë Kowalski", "Mateo Lindqvist"]
COMPLAINTS = ["cough", "abdominal pain", "headache", "low back pain", "fatigue", "dizziness", "knee pain",
              "sore throat", "rash", "palpitations", "shortness of breath", "dysuria", "fever", "leg swelling"]
SYMPTOMS = ["fever", "chills", "chest pain", "shortness of breath", "nausea", "vomiting", "diarrhea", "headache",
            "dizziness", "syncope", "palpitations", "weight loss", "night sweats", "dysuria", "hematuria",
            "wheezing", "rash", "numbness", "weakness", "melena", "leg swelling", "orthopnea", "back pain"]
CONDITIONS = ["hypertension", "type 2 diabetes", "hyperlipidemia", "asthma", "COPD", "atrial fibrillation",
              "hypothyroidism", "GERD", "chronic kidney disease stage 3", "osteoarthritis", "migraine", "gout"]
MEDS = ["Lisinopril 10 mg PO daily", "Metformin 500 mg PO BID", "Atorvastatin 40 mg nightly",
        "Amlodipine 5 mg daily", "Levothyroxine 75 mcg daily", "Omeprazole 20 mg daily",
        "Albuterol inhaler 2 puffs q4h PRN", "Sertraline 50 mg daily", "Apixaban 5 mg BID",
        "Furosemide 40 mg daily", "Aspirin 81 mg daily", "Insulin glargine 20 units qHS"]
EXAM = ["General: alert, oriented x3, in no acute distress.", "Lungs: clear to auscultation bilaterally.",
        "CV: regular rate and rhythm, no murmurs, rubs or gallops.",
        "Abdomen: soft, non-tender, non-distended, normal bowel sounds.",
        "Extremities: no edema, cyanosis or clubbing.", "Neuro: CN II-XII grossly intact. Strength 5/5.",
        "Skin: warm and dry, no rashes.", "Abdomen: mild RLQ tenderness without rebound or guarding."]
RED_FLAGS = ["Crushing substernal chest pain radiating to the left arm with diaphoresis for 40 minutes.",
             "Wife noticed new left facial droop and slurred speech at 06:50.",
             "Sudden onset worst headache of her life.",
             "Two episodes of coffee-ground emesis and black tarry stools.",
             "Endorses suicidal ideation with a plan to overdose tonight.",
             "Fever 39.4 C with rigors, HR 126, BP 82/48; lactate 4.8 mmol/L.",
             "POC glucose 38 mg/dL, patient diaphoretic and confused."]
ASSESSMENTS = ["Post-viral cough, improving.", "Essential hypertension, not at goal.",
               "Type 2 diabetes, A1c above target.", "Acute uncomplicated cystitis.",
               "Mechanical low back pain without radicular features.", "Migraine without aura.",
               "Viral gastroenteritis.", "Osteoarthritis of the right knee.", "Rule out DVT of the left leg."]
PLANS = ["Increase lisinopril to 20 mg daily and recheck BMP in 2 weeks.", "Start nitrofurantoin 100 mg BID x5 days.",
         "Order CBC, CMP, TSH and lipid panel.", "Lower extremity venous duplex today.",
         "Follow up in 4 weeks, sooner if symptoms worsen.",
         "Return to the ED for fever above 38.5 C, shortness of breath, chest pain or confusion.",
         "Physical therapy referral; NSAIDs PRN with food."]


def note(r):
    age = r.int(19, 92)
    sex = r.pick(["woman", "man"])
    complaint = r.pick(COMPLAINTS)
    parts = [
        f"{r.pick(['PROGRESS NOTE', 'URGENT CARE VISIT', 'EMERGENCY DEPARTMENT NOTE'])}\n"
        f"Patient: {r.pick(NAMES)}  |  MRN: {r.int(10000000, 99999999)}  |  DOB: {r.int(1, 12)}/{r.int(1, 28)}/{2024 - age}",
        f"CC: {complaint.capitalize()} x {r.int(2, 14)} days.",
    ]
    hpi = [f"{age} yo {sex} with a history of {r.pick(CONDITIONS)} presents with {complaint}."]
    for _ in range(r.int(2, 5)):
        k = r.below(5)
        if k == 0:
            hpi.append(f"Denies {r.pick(SYMPTOMS)}, {r.pick(SYMPTOMS)} or {r.pick(SYMPTOMS)}.")
        elif k == 1:
            hpi.append(f"No {r.pick(SYMPTOMS)}.")
        elif k == 2:
            hpi.append(f"Reports intermittent {r.pick(SYMPTOMS)}, worse at night.")
        elif k == 3:
            hpi.append(f"Mother has a history of {r.pick(CONDITIONS)}.")
        else:
            hpi.append(f"Possible {r.pick(SYMPTOMS)} after a recent viral illness.")
    if r.chance(0.12):
        hpi.append(r.pick(RED_FLAGS))
    parts.append("HPI: " + " ".join(hpi))
    parts.append("PMH:\n" + "\n".join(f"{i + 1}. {c}" for i, c in enumerate(r.sample(CONDITIONS, r.int(1, 5)))))
    parts.append("MEDICATIONS:\n" + "\n".join("- " + m for m in r.sample(MEDS, r.int(1, 6))))
    parts.append("ALLERGIES: " + r.pick(["NKDA.", "Penicillin (hives).", "Sulfa drugs (rash)."]))
    parts.append("ROS: " + " ".join(f"{s}: negative for {r.pick(SYMPTOMS)}." for s in
                                    r.sample(["Constitutional", "Cardiovascular", "Respiratory", "GI", "GU", "Neuro",
                                              "Skin", "Psych"], r.int(3, 7))))
    parts.append(f"VITALS: BP {r.int(98, 168)}/{r.int(58, 98)}, HR {r.int(54, 112)}, RR {r.int(12, 22)}, "
                 f"T {r.int(361, 384) / 10} C, SpO2 {r.int(92, 100)}% on RA")
    parts.append("EXAM:\n" + "\n".join(r.sample(EXAM, r.int(3, 7))))
    if r.chance(0.6):
        parts.append(f"LABS: Na {r.int(131, 146)}, K {r.int(32, 54) / 10}, Cr {r.int(6, 24) / 10}, "
                     f"WBC {r.int(38, 162) / 10}, Hgb {r.int(92, 158) / 10}, Plt {r.int(140, 420)}")
    ap = [f"{i + 1}. {r.pick(ASSESSMENTS)} {' '.join(r.sample(PLANS, r.int(1, 3)))}" for i in range(r.int(1, 3))]
    parts.append("ASSESSMENT AND PLAN:\n" + "\n".join(ap))
    return "\n\n".join(parts)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("count", type=int)
    ap.add_argument("--seed", type=int, default=0x5EED2026)
    args = ap.parse_args()
    r = SplitMix64(args.seed)
    out = sys.stdout
    for i in range(args.count):
        out.write(json.dumps({"id": f"n{i + 1}", "text": note(r)}, ensure_ascii=False))
        out.write("\n")


if __name__ == "__main__":
    main()
