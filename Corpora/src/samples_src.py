"""Plain-text sample notes for README demos (no gold labels). Hand-written, synthetic."""
import json
import os

SAMPLE_ED = """EMERGENCY DEPARTMENT NOTE
Patient: Tomasz Achterberg    DOB: 03/22/1958    MRN: 00482913
Attending: Dr. Imani Rasmussen

CHIEF COMPLAINT: Chest pain.

HISTORY OF PRESENT ILLNESS:
66 yo man with hypertension and hyperlipidemia who developed crushing substernal chest pain radiating to the left arm while raking leaves at 07:30. He was diaphoretic and nauseated when EMS arrived. Aspirin 324 mg given en route. He denies prior similar episodes. No fever or cough.

PAST MEDICAL HISTORY: Hypertension, hyperlipidemia, former smoker.
FAMILY HISTORY: Father had an MI at 61.

VITALS: BP 164/96, HR 108, RR 20, T 36.8 C, SpO2 95% on RA

LABS: Troponin I 1.12 ng/mL (ref < 0.04). Na 139, K 4.3, Cr 1.0. Hgb 14.1.

ECG: 2 mm ST elevation in V2-V4.

ASSESSMENT AND PLAN:
Anterior STEMI. Cath lab activated at 08:05. Heparin bolus, ticagrelor load. Cardiology at bedside.

DISPOSITION: To the cardiac catheterization lab.
"""

SAMPLE_CLINIC = """PRIMARY CARE FOLLOW-UP
Name: Leila Brennan  |  MRN: 00917265  |  DOB: 11/04/1971
Provider: Dr. Felix Quintero

CC: Follow-up of cough.

HPI: 53 yo woman seen for a dry cough for three weeks after a cold. She denies fever, chest pain, shortness of breath, or coughing up blood. No weight loss or night sweats. She has a history of asthma as a child, no inhaler use for years. Her husband has a similar cough.

MEDICATIONS: Loratadine 10 mg daily.
ALLERGIES: NKDA.

VITALS: BP 128/78, HR 74, RR 14, T 36.7 C, SpO2 98% on RA

EXAM: Lungs clear without wheezing. No lymphadenopathy.

ASSESSMENT AND PLAN:
Post-viral cough, improving. Trial of inhaled budesonide for 2 weeks. If the cough lasts beyond 8 weeks, obtain a chest x-ray. Return sooner for fever, shortness of breath, or coughing up blood.

Follow up in 4 weeks, or call the clinic at (555) 410-2287.
"""

SAMPLE_DISCHARGE = """DISCHARGE SUMMARY
Patient: Ruth Okafor    DOB: 07/19/1949    MRN: 00335817
Attending: Dr. Kenji Holloway

DISCHARGE DIAGNOSES:
1. Community-acquired pneumonia, right lower lobe
2. Type 2 diabetes
3. Chronic kidney disease stage 3

HOSPITAL COURSE:
75 yo woman admitted with fever, productive cough, and hypoxia to 89% on room air. Chest x-ray showed right lower lobe consolidation. She was treated with ceftriaxone and azithromycin and transitioned to oral amoxicillin-clavulanate on day 3. Oxygen was weaned to room air by day 3. Blood cultures were negative. Creatinine peaked at 1.6 and returned to baseline 1.2 with fluids. No chest pain or confusion during the stay.

DISCHARGE VITALS: BP 132/76, HR 78, RR 16, T 36.9 C, SpO2 95% on RA

DISCHARGE MEDICATIONS:
- Amoxicillin-clavulanate 875 mg BID for 4 more days
- Metformin 500 mg BID
- Atorvastatin 20 mg nightly

FOLLOW UP: Dr. Holloway in 7 days; repeat chest x-ray in 6 weeks.

DISCHARGE INSTRUCTIONS:
Finish all antibiotics. Return to the emergency department for fever above 38.5 C, shortness of breath, chest pain, or confusion.
"""

NOTES = [
    "Patient denies chest pain, shortness of breath, or palpitations. Vitals: BP 126/80, HR 72, SpO2 98% on RA.",
    "58 yo man with crushing chest pain radiating to the jaw and diaphoresis for 40 minutes. Troponin 0.62 ng/mL.",
    "Sudden onset worst headache of her life while lifting weights. No fever. BP 162/94.",
    "Wife noticed left facial droop and slurred speech at 06:50. Last known well 22:00 last night.",
    "Fever 39.4 C, rigors, HR 126, BP 82/48. Lactate 4.8 mmol/L. Concern for sepsis from a urinary source.",
    "History of stroke in 2019 without residual deficit. Father had an MI at 55. No current complaints.",
    "Return to the ED if you develop chest pain, shortness of breath, or fainting.",
    "Endorses suicidal ideation with a plan to take all of her stored pills tonight.",
    "Denies SI/HI. Mood improved on sertraline. Sleeping well.",
    "Two episodes of coffee-ground emesis and black tarry stools. Hgb 6.4.",
    "Potassium 6.9 with peaked T waves. Calcium gluconate given.",
    "POC glucose 38 mg/dL, patient sweaty and confused. D50 given.",
    "CT angiogram: acute pulmonary embolism in the right lower lobe segmental arteries.",
    "No evidence of pulmonary embolism. Mild bibasilar atelectasis.",
    "Home BP 188/118, asymptomatic, denies chest pain or vision loss.",
    "Vitals: BP 118/72, HR 64, RR 14, T 36.6 C, SpO2 99% on RA. Well appearing.",
    "10 yo boy with sudden left testicular pain and vomiting since 4 am.",
    "Her husband has a cough and fever; she feels well and has no symptoms.",
    "No increase in chest pain since arrival. Denies fever but reports rigors overnight.",
    "Contact: Dr. Maria Lindqvist, phone 555-301-8842, fax 555-301-8843, email m.lindqvist@example.org.",
]


def write(folder):
    os.makedirs(folder, exist_ok=True)
    for name, text in (("sample-ed.txt", SAMPLE_ED), ("sample-clinic.txt", SAMPLE_CLINIC),
                       ("sample-discharge.txt", SAMPLE_DISCHARGE)):
        with open(os.path.join(folder, name), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    with open(os.path.join(folder, "notes.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for i, t in enumerate(NOTES, 1):
            fh.write(json.dumps({"id": "demo-%02d" % i, "text": t}, ensure_ascii=False) + "\n")
