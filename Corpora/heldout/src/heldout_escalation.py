"""Held-out escalation notes, written blind (without looking at Rules/ or the existing corpus texts).

Each entry: (style, marked-up text, declared measurement rules). Markup: see build.py. Only red-flag concepts are
labelled (concept_scope red_flags); every red-flag mention is labelled. PHI values are invented.
Positive notes (red flags that should escalate) come first, then trap-only notes.
"""

POS = [
# 1 ACS, ED, templated vitals
("ed", """EMERGENCY DEPT NOTE
Pt: ‹Harold Bixby|name›   MRN: ‹00481927|mrn›   DOB: ‹04/11/1957|dob›
CC: «CP|chest_pain|»
HPI: 67M w/ HTN, HLD, DM2 c/o crushing substernal «CP|chest_pain|» x 45 min, «radiating to jaw and L arm|radiating_pain|», + «diaphoresis|diaphoresis|», + nausea. Denies «syncope|syncope|n». No prior cardiac hx.
VS: T 36.7 HR 104 BP 158/92 RR 20 SpO2 96% RA
ECG: 2mm STE II, III, aVF.
A/P: Inferior «STEMI|myocardial_infarction|». Cath lab activated. ASA 324, heparin.
Called wife ‹Doreen Bixby|name› at ‹(508) 555-0187|phone›.""", []),
# 2 stroke signs, telehealth triage
("telehealth", """Telephone triage 09:12
Caller: ‹Anita Perales|name› (daughter), cb ‹617.555.0344|phone›
Pt ‹Ruben Perales|name›, 74, DOB ‹1950-02-19|dob›.
Daughter states pt woke up w/ «L sided face drooping|facial_droop|» and «can't lift his L arm|unilateral_weakness|». «Words are garbled|speech_disturbance|». Last known well 23:00 last night.
Advised call 911 now; daughter agreed. EMS dispatched to ‹1187 Orchard Hill Rd, Framingham, MA 01701|address›.
RN ‹K. Lindqvist|name›""", []),
# 3 thunderclap headache
("ed", """ED PROVIDER NOTE
Name: ‹Celeste Amundsen|name›  Acct/MRN ‹ED-7734102|mrn›
HPI: 44F, sudden «thunderclap HA|thunderclap_headache|» during intercourse, 10/10, max at onset. Vomited x2. No trauma. Denies «fever|fever|n». Mild «neck stiffness|neck_stiffness|» on exam.
Vitals 37.1 / 88 / 171/96 / 16 / 99%
CT head neg; LP for xanthochromia pending. Concern for SAH per neurosurg.
Plan: CTA, neuro checks q1h.""", []),
# 4 sepsis + hypotension + lactate
("ed", """ED NOTE - ‹Wendell Marsh|name› - MRN ‹5512-0398|mrn›
79M from NH c/o «fever|fever|», «shaking chills|rigors|», dysuria x2d. Nursing home staff report he is more confused than baseline.
T 39.4 HR 122 BP 82/46 RR 26 SpO2 93% RA
Lactate 4.8, WBC 19.2, UA + nitrite/LE.
Imp: «Sepsis|sepsis|» from urinary source, «hypotensive|hypotension|» despite 1L LR.
Plan: 30 mL/kg, cultures, pip-tazo, norepi if MAP <65 after bolus. ICU consult.""",
 ["esc.hypotension", "esc.elevated_lactate"]),
# 5 septic shock, inpatient, vitals in words
("inpatient", """MICU ADMIT NOTE
Patient ‹Lorraine Quist|name› (MRN ‹30042217|mrn›), DOB ‹7/2/1948|dob›
58F with PNA now in «septic shock|septic_shock|» requiring norepinephrine 0.15 mcg/kg/min. Blood pressure 78/40 prior to pressors. Lactate 6.1.
Sats 91% on 6L NC. Temp 38.8. HR 128.
Source: LLL pneumonia, «sepsis|sepsis|» bundle completed in ED.
PCP Dr. ‹Ibrahim Oyelaran|name›, fax ‹(774) 555-0190|fax›.""",
 ["esc.hypotension", "esc.elevated_lactate"]),
# 6 hypoxia severe, COPD, O2 sat format
("ed", """EMERGENCY MEDICINE
‹Gordon T. Villeneuve|name›, 71M, MRN# ‹889102|mrn›
Known COPD, 3d of worsening «dyspnea|dyspnea|» and increased sputum. Speaking 2-3 word sentences.
O2 sat 82% on room air, improved to 90% on 2L. RR 32, HR 112, BP 148/84, Temp 37.9.
Diffuse wheeze, accessory muscle use. VBG 7.29/68.
A: AECOPD w/ hypercapnic resp failure. BiPAP, duonebs, steroids, azithro.""",
 ["esc.hypoxia", "esc.severe_hypoxia", "esc.tachypnea"]),
# 7 hypertensive emergency
("ed", """ED NOTE
Pt: ‹Marcus Oduya|name›   DOB ‹22-Aug-1969|dob›
55M off his amlodipine x 1 month, c/o HA and «blurry vision with vision loss in L eye|vision_loss|» since this AM. Also «chest pressure|chest_pain|». No «diaphoresis|diaphoresis|n».
BP 226/134 (repeat 231/130), HR 96.
Fundi: papilledema, flame hemorrhages. Trop 0.02. Cr 2.4 (baseline 1.1).
A: Hypertensive emergency w/ retinopathy and AKI. Nicardipine gtt, ICU.""",
 ["esc.severe_hypertension", "esc.hypertensive_emergency"]),
# 8 anaphylaxis with stridor/angioedema
("ed", """ED TRIAGE/PROVIDER
‹Priya Raghunathan|name› 29F, MRN ‹A0093314|mrn›
Ate cashew chicken 20 min PTA. Now diffuse hives, «lip and tongue swelling|angioedema|», «stridor|stridor|», «SOB|dyspnea|». BP 88/52, HR 130, SpO2 92%.
Dx: «Anaphylaxis|anaphylaxis|». IM epi 0.5 mg x2, IV fluids, diphenhydramine, methylpred.
Contact: partner ‹Devin Shah|name› ‹(312) 555-0114|phone›""",
 ["esc.hypotension"]),
# 9 suicide plan, psychiatry
("psychiatry", """PSYCHIATRY CONSULT
Pt ‹Jonah Whitcombe|name›, 34M. MRN ‹7720019|mrn›. Referred by ED.
Reports 2 wks of worsening depressed mood after job loss. Endorses «SI|suicidal_ideation|» with a «plan to shoot himself with his father's handgun|suicide_plan|» and states he «intends to do it this weekend|suicide_intent|». Denies «HI|homicidal_ideation|n». Denies AH/VH.
MSE: disheveled, poor eye contact, constricted affect, insight poor.
Plan: involuntary hold, 1:1 sitter, means restriction counselling with family.""", []),
# 10 SI passive, urgent
("telehealth", """Video visit - behavioral health f/u
Client: ‹Shauna Kealoha|name›  DOB: ‹03/30/1991|dob›  email ‹skealoha91@examplemail.com|email›
Mood low. Admits to «thoughts of wanting to die|suicidal_ideation|» most days this week, "wouldn't mind not waking up". Denies «plan|suicide_plan|n» or «intent|suicide_intent|n». No access to firearms. Denies «HI|homicidal_ideation|n».
Safety plan updated; crisis line 988 reviewed. Increase sertraline to 100 mg. Same-week in-person f/u.""", []),
# 11 HI
("psychiatry", """PSYCH ED EVAL
Patient: ‹Trent Halvorsen|name›  MRN ‹66-1093-2|mrn›
28M brought by police after threatening neighbor. States he has «thoughts of killing his neighbor|homicidal_ideation|», has thought about using a knife. Denies «SI|suicidal_ideation|n». UDS + meth.
Plan: hold, Tarasoff notification to the neighbor (‹Elaine Fosberg|name›), security present.""", []),
# 12 upper GI bleed, Hgb critical, g/L
("inpatient", """HOSPITALIST ADMISSION
‹Bernard Kowalczyk|name›  MRN: ‹40018833|mrn›
62M w/ EtOH cirrhosis presenting with «coffee-ground emesis|hematemesis|» x3 and «melena|melena|» since yesterday. Lightheaded on standing.
HR 118, BP 96/58, orthostatic.
Labs: Hgb 62 g/L (baseline 120), plt 74, INR 1.9.
A/P: Variceal bleed likely. Octreotide, ceftriaxone, PPI, 2 units PRBC, GI for EGD.""",
 ["esc.critical_hemoglobin"]),
# 13 lower GI bleed
("ed", """ED NOTE
‹Ingrid Solberg|name›, 81F, DOB ‹5 Jan 1943|dob›
Large volume «bright red blood per rectum|hematochezia|» x4 since 0200. On apixaban for AF. Denies «hematemesis|hematemesis|n» or «black stools|melena|n». No abd pain.
BP 118/70 HR 92. Hgb 9.8.
Plan: hold apixaban, 2 large bore IVs, type & screen, GI consult for colonoscopy.""", []),
# 14 hyperkalemia
("nursing", """NURSING NOTE 0345
Pt ‹Eduardo Cisneros|name› rm 4112, MRN ‹7103388|mrn›.
Lab called critical K+ 7.1. Pt on HD MWF, missed Saturday session. Pt alert, oriented, denies «CP|chest_pain|n» or «SOB|dyspnea|n». Tele: peaked T waves.
Dr ‹Hallie Brandt|name› paged and at bedside, calcium gluconate + insulin/D50 given per order.""",
 ["esc.hyperkalemia"]),
# 15 hypoglycemia mmol/L
("nursing", """Nsg note 1420
Resident of ‹Birchwood Care Home, 80 Mill Lane, Norwich NR3 1LG|address›. Pt ‹Agnes Thorley|name› found «sweaty|diaphoresis|» and «unresponsive to voice|altered_mental_status|» by carer. Capillary glucose 1.8 mmol/L. On gliclazide.
Glucagon 1mg IM given, BG 5.9 after 15 min, now talking.
GP Dr ‹Fenwick|name› informed via ‹0160 349 6621|phone›.""",
 ["esc.hypoglycemia"]),
# 16 DKA
("paediatrics", """PEDS ED NOTE
‹Kaylee Brandt-Moss|name›  DOB ‹11/02/2011|dob›  MRN ‹P-448201|mrn›
13yo F, new onset T1DM suspected. 1 wk polyuria, polydipsia, 4 kg wt loss. Today vomiting, abd pain, «deep rapid breathing|kussmaul_breathing|».
Glucose 512, pH 7.08, HCO3 6, ketones large.
Dx: «DKA|dka|», severe. Insulin gtt 0.1 u/kg/h, fluids per protocol, q1h neuro checks for cerebral edema.
Parents ‹Jolene Moss|name› and ‹Derek Brandt|name› at bedside.""", []),
# 17 PE
("ed", """ED NOTE
Pt ‹Simone Achterberg|name› 38F, MRN ‹90213377|mrn›, on OCPs, recent 11 h flight.
c/o «pleuritic|pleuritic_pain|» «CP|chest_pain|» on the R and «SOB|dyspnea|» x1 day. «R calf swelling|unilateral_leg_swelling|».
HR 121, SpO2 89% RA, BP 112/74.
CTA: saddle «PE|pulmonary_embolism|» with RV strain.
Plan: heparin gtt, PERT consult.""",
 ["esc.hypoxia"]),
# 18 meningitis
("paediatrics", """PEDIATRIC ED NOTE
Patient: ‹Mateo Figueroa|name›  DOB: ‹2019-09-14|dob›
5yo M, «fever|fever|» 40.3 C, «lethargic|altered_mental_status|», «non-blanching petechiae|petechial_rash|» on trunk and legs, «nuchal rigidity|neck_stiffness|».
CRT 4 s. HR 168.
Imp: presumed meningococcal «meningitis|meningitis|u»/«sepsis|sepsis|u». Ceftriaxone given within 10 min, LP deferred, fluid bolus.
Mother ‹Lucia Figueroa|name›, ‹lucia.fig@examplemail.net|email›.""",
 ["esc.hyperthermia", "esc.extreme_tachycardia"]),
# 19 ectopic
("ed", """ED NOTE
‹Tamsin Roe|name›, 26F, G2P1, LMP 7 wks ago. MRN ‹2210043|mrn›
«Urine hCG positive|positive_pregnancy_test|». c/o «RLQ/pelvic pain|pelvic_pain|» and light «vaginal bleeding|vaginal_bleeding|». Felt faint at home.
BP 94/60, HR 110.
TVUS: no IUP, R adnexal mass, free fluid.
A: Suspected ruptured «ectopic|ectopic_pregnancy|u». GYN to OR.""", []),
# 20 cauda equina
("ed", """ED PROVIDER NOTE
Pt: ‹Lars Nygaard|name›   DOB: ‹06/06/1976|dob›   MRN ‹555-90-12|mrn›
48M known L4-5 disc herniation, 3 days worse low back pain now with «urinary retention|urinary_retention|» (PVR 900 mL) and «numbness in the saddle area|saddle_anesthesia|». «Bilat leg weakness|bilateral_leg_weakness|», L>R.
Rectal tone decreased.
Plan: STAT MRI L-spine, neurosurgery consult for possible «CES|cauda_equina|u».""", []),
# 21 testicular torsion
("paediatrics", """PEDS ED
‹Owen Latimer|name›, 14M, MRN ‹P-339120|mrn›
Woke at 0400 with sudden severe «L testicular pain|testicular_pain|» and vomiting. «L scrotum swollen|scrotal_swelling|», high-riding testis, absent cremasteric reflex.
Doppler: no flow L testis.
Dx: «L testicular torsion|testicular_torsion|». Urology to OR emergently.
Dad: ‹Graham Latimer|name› ‹+1 (415) 555-0163|phone›""", []),
# 22 overdose
("ed", """ED NOTE
Pt ‹Brianna Castellanos|name›, 19F, DOB ‹08/19/2005|dob›.
Brought by roommate after she «took ~30 tabs of acetaminophen 500 mg|overdose|» 4 h ago after a breakup. States she «wanted to die|suicidal_ideation|». Now denies «intent|suicide_intent|n».
4h APAP level 212. NAC started.
Psych consult after medical clearance. 1:1 sitter.""", []),
# 23 extreme bradycardia
("nursing", """Tele RN note
‹Vernon Achebe|name›, bed 12. Pt on metoprolol and diltiazem.
HR 34, junctional, BP 96/54. Pt lightheaded, alert. Denies «CP|chest_pain|n».
Rapid response called. Atropine 0.5 mg given per Dr. ‹Sunniva Lund|name›.""",
 ["esc.extreme_bradycardia"]),
# 24 SVT extreme tachycardia
("ed", """ED NOTE ‹Mei-Ling Zhou|name› MRN ‹4409917|mrn›
31F c/o palpitations and mild «SOB|dyspnea|» x40 min.
VS: HR 212, BP 108/70, RR 18, SpO2 98%
ECG: narrow complex regular «tachycardia|tachycardia|», c/w SVT.
Vagal maneuver failed; adenosine 6 mg -> sinus 92.""",
 ["esc.extreme_tachycardia"]),
# 25 hypothermia F units
("ed", """ED NOTE
Pt Unknown Male "‹Ray|name›", found outdoors by police at ‹Riverside Park, under the Elm St bridge|address›.
Rectal temp 91.2 F. HR 48, BP 102/60. Confused, moving all 4.
Imp: moderate accidental hypothermia, EtOH intox.
Plan: active external rewarming, warm IVF.""",
 ["esc.hypothermia"]),
# 26 seizure active
("ed", """EMS HANDOFF / ED
‹Kwame Asante|name› 40M, hx epilepsy, non-adherent to levetiracetam.
Witnessed generalized tonic-clonic «seizure|seizure|» at work lasting 6 min, second «seizure|seizure|» in ambulance. Post-ictal, «obtunded|altered_mental_status|», GCS 9.
FSBG 104. Lorazepam 4 mg IV.
Employer contact: ‹HR@bramblewoodlogistics.example|email›""", []),
# 27 massive hemoptysis
("inpatient", """RAPID RESPONSE NOTE
‹Philippa Dunmore|name›, 66F, MRN ‹81230077|mrn›, known bronchiectasis + aspergilloma.
Coughed up ~300 mL of bright red blood («hemoptysis|hemoptysis|») over 1 h. SpO2 84% on 4L, RR 30.
Placed bleeding side down, intubated with large ETT. IR for bronchial artery embolization.""",
 ["esc.hypoxia", "esc.severe_hypoxia", "esc.tachypnea"]),
# 28 hyponatremia + seizure
("inpatient", """Progress note HD2
Pt: ‹Rosalind Achterberg-Weiss|name›
Na 114 this AM (116 yesterday). Pt had brief «seizure|seizure|» at 06:10. On HCTZ, drinks lots of water.
Plan: 3% saline 100 mL bolus, ICU transfer, q2h Na.""",
 ["esc.severe_hyponatremia"]),
# 29 troponin NSTEMI discharge summary
("discharge", """DISCHARGE SUMMARY
Patient: ‹Desmond Achola|name›  MRN: ‹1200-3381|mrn›  DOB: ‹12/12/1958|dob›
Admit date 3/3. Attending: Dr. ‹Fiona Gallagher|name›
DISCHARGE DIAGNOSES:
1. «NSTEMI|myocardial_infarction|»
2. Type 2 DM
HOSPITAL COURSE: Presented w/ exertional «chest pain|chest_pain|». Troponin I peaked at 3.42 ng/mL. Cath: 90% LAD, DES placed.
DISCHARGE INSTRUCTIONS: Call 911 for any «chest pain|chest_pain|y» lasting > 5 min or «shortness of breath|dyspnea|y».
Clinic: ‹https://mychart.example-hospital.org/|url›, phone ‹800-555-0199|phone›""",
 ["esc.elevated_troponin"]),
# 30 radiology PE report
("radiology", """CT ANGIOGRAPHY CHEST
Patient: ‹Hollis Bergdahl|name›   MRN ‹33018862|mrn›   Acc# ‹7744120|mrn›
INDICATION: «SOB|dyspnea|», «tachycardia|tachycardia|», r/o «PE|pulmonary_embolism|u».
FINDINGS: Filling defects in the R lower lobe segmental and subsegmental pulmonary arteries. RV/LV ratio 0.9.
IMPRESSION: Acute R lower lobe «pulmonary emboli|pulmonary_embolism|». No RV strain.
Results called to Dr. ‹Anand Pillai|name› at 14:22.""", []),
# 31 stroke diagnosis inpatient
("inpatient", """NEURO PROGRESS NOTE
‹Gwendolyn Marchetti|name›, 77F
Acute L MCA «ischemic stroke|stroke|» s/p tPA yesterday. Persistent «expressive aphasia|speech_disturbance|» and «R hemiparesis|unilateral_weakness|», NIHSS 9.
BP 162/88. Plan: permissive HTN, statin, swallow eval, PT/OT.""", []),
# 32 AMS + tachypnea, delirium (nursing)
("nursing", """NURSING SBAR 02:30
S: Pt ‹Clement Oyelowo|name› rm 622 «acutely altered|altered_mental_status|», not following commands, new since 22:00.
B: POD2 hip fx repair. 
A: RR 34, SpO2 92% 3L, HR 116, T 38.3, BP 134/80.
R: MD ‹Hollie Treadwell|name› notified, ABG + CXR ordered, «sepsis|sepsis|u» screen.""",
 ["esc.tachypnea"]),
# 33 HR 160s text format
("ed", """ED NOTE
‹Florian Descamps|name›  MRN ‹7741200|mrn›  ‹florian.d@example.org|email›
60M w/ known AF, off anticoagulation, now rapid AF with HR 160s-170s on monitor, BP 112/68, mild «dyspnea|dyspnea|».
Dilt 10 mg IV, rate to 110s.""",
 ["esc.extreme_tachycardia"]),
]

NEG = [
# 1 clinic, pertinent negatives, near-threshold BP
("clinic", """PRIMARY CARE VISIT
Patient: ‹Delphine Okoro|name›   DOB: ‹02/27/1965|dob›   MRN: ‹73300145|mrn›
F/u HTN. Home BPs 150s-170s/90s. Denies «CP|chest_pain|n», «SOB|dyspnea|n», HA, «vision changes|vision_loss|n».
BP 176/104, HR 78, SpO2 98%.
Plan: add chlorthalidone, recheck 2 wks. Call if BP >180/120 with «chest pain|chest_pain|y» or confusion.""", []),
# 2 ED chest pain ruled out
("ed", """ED NOTE
‹Reginald Pumphrey|name› MRN ‹6620031|mrn›
52M with 2 days of sharp L «chest pain|chest_pain|», reproducible w/ palpation, worse w/ movement. No «radiation|radiating_pain|n», no «diaphoresis|diaphoresis|n», no «SOB|dyspnea|n».
ECG NSR, no ST changes. Troponin <0.01 x2.
A: Costochondritis. ACS ruled out. NSAIDs, f/u PCP.
Return if «pain spreads to arm or jaw|radiating_pain|y» or «sweating|diaphoresis|y».""", []),
# 3 family history red flags
("clinic", """WELL VISIT
‹Annika Vollmer|name› 45F, DOB ‹09/09/1979|dob›
FAMILY HISTORY: Father - «MI|myocardial_infarction|f» at 49. Mother - «stroke|stroke|f» at 70, «PE|pulmonary_embolism|f» after hip surgery. Brother - «seizures|seizure|f».
Pt feels well. ROS negative.
Vitals: BP 124/78 HR 68 SpO2 99%.
Plan: lipid panel, discuss ASA.""", []),
# 4 historical red flags
("clinic", """CARDIOLOGY F/U
‹Theodore Ruckert|name›  MRN ‹02938110|mrn›
H/o anterior «STEMI|myocardial_infarction|h» 2016 s/p LAD stent, prior «CVA|stroke|h» 2019 without residual deficits. Hx of «melena|melena|h» from a duodenal ulcer on DAPT in 2017.
Currently no «CP|chest_pain|n», no «DOE|dyspnea|n», no «syncope|syncope|n».
BP 128/74 HR 62.
Continue ASA, statin, BB.""", []),
# 5 discharge with precautions only
("discharge", """DISCHARGE INSTRUCTIONS
Patient: ‹Marguerite Oyelaran|name›   Phone: ‹(781) 555-0129|phone›
Diagnosis: Community acquired pneumonia, improving.
Take amoxicillin-clavulanate for 5 more days.
RETURN TO THE ED IF:
- «Fever|fever|y» over 102 F
- «Trouble breathing|dyspnea|y» or lips turning blue
- «Coughing up blood|hemoptysis|y»
- Confusion or «fainting|syncope|y»
Follow up: Dr. ‹Nadia Harcourt|name› in 1 week.""", []),
# 6 psych denial
("psychiatry", """PSYCHIATRY F/U
Pt: ‹Colette Beaumont|name›  DOB ‹4/4/1988|dob›
Mood improved on escitalopram. Sleeping 7h. Denies «SI|suicidal_ideation|n», «HI|homicidal_ideation|n», AH/VH. No «plan|suicide_plan|n» or «intent|suicide_intent|n». Past hx of «SI|suicidal_ideation|h» in 2015, never attempted.
Future oriented, planning trip with sister.
Plan: continue current dose, RTC 3 mo.""", []),
# 7 near threshold vitals, ED
("ed", """ED NOTE
‹Benedikt Haas|name› MRN ‹8812-004|mrn›
33M with URI sx, cough, myalgias. «Febrile|fever|» at home.
VS: T 39.8 HR 148 BP 104/66 RR 28 SpO2 91% RA
After APAP and 1L NS: T 38.1, HR 104, SpO2 95%.
Flu A +. Not «septic|sepsis|n»; no «hypotension|hypotension|n».
Oseltamivir, d/c home with return precautions.""", []),
# 8 near threshold labs
("inpatient", """HOSPITALIST PROGRESS NOTE
‹Priscilla Vanterpool|name›  MRN ‹4120093|mrn›
CKD4, here for cellulitis.
Labs: K 6.2 (hemolyzed, repeat 5.4), Na 122, glucose 58 -> 96 after juice, Hgb 7.2, lactate 3.1, trop <0.01.
Pt asymptomatic. Denies «CP|chest_pain|n».
Plan: low K diet, fluid restriction, continue cefazolin.""", []),
# 9 other experiencer
("paediatrics", """PEDS CLINIC
‹Juniper Allcott|name› 7yo, DOB ‹10/10/2017|dob›
Here for sore throat. Mother reports that a classmate was hospitalized with «meningitis|meningitis|o» last week, and the pt's brother had «fever|fever|f» and a «petechial rash|petechial_rash|f» over the weekend.
Pt: no «fever|fever|n», no «neck stiffness|neck_stiffness|n», no rash. Rapid strep negative.
Plan: supportive care. Return if «stiff neck|neck_stiffness|y» or «purple spots|petechial_rash|y».""", []),
# 10 pseudo-negation & no change
("clinic", """FOLLOW UP
‹Augustin Delacroix|name›, 68M, MRN ‹99010223|mrn›
Chronic stable angia, no change in exertional «chest tightness|chest_pain|» pattern, occurs only with climbing 3 flights, relieved by rest within 2 min. Not only stable but less frequent than last visit. No «rest pain|chest_pain|n», no «diaphoresis|diaphoresis|n».
BP 132/78 HR 60.
Continue isosorbide, metoprolol.""", []),
# 11 radiology negative
("radiology", """CT HEAD WITHOUT CONTRAST
Pt: ‹Ferdinand Oakes|name›  Acc ‹RAD-0093120|mrn›
Indication: fall, r/o bleed.
Findings: No acute intracranial hemorrhage, mass effect, or «territorial infarct|stroke|n». Chronic small vessel ischemic changes.
Impression: No acute intracranial abnormality. No evidence of acute «stroke|stroke|n».""", []),
# 12 telehealth, hypothetical
("telehealth", """Phone note
Spoke with pt ‹Lucinda Farrow|name› at ‹(603) 555-0172|phone›. 32F, 6 wks pregnant (IUP confirmed on US last week), mild nausea.
No «vaginal bleeding|vaginal_bleeding|n», no «pelvic pain|pelvic_pain|n».
Advised: if «heavy bleeding|vaginal_bleeding|y» or «severe one-sided pain|pelvic_pain|y» develop, go to L&D.""", []),
# 13 back pain without red flags
("clinic", """MSK VISIT
‹Horace Benbow|name› 41M
2 wks low back pain after lifting. Denies «urinary retention|urinary_retention|n», «bowel incontinence|bowel_incontinence|n», «saddle numbness|saddle_anesthesia|n», or «leg weakness|bilateral_leg_weakness|n». SLR negative.
Plan: NSAIDs, PT. Red flags reviewed: go to ED if «trouble urinating|urinary_retention|y» or «numbness in groin|saddle_anesthesia|y».""", []),
# 14 scrotal complaint benign
("paediatrics", """PEDS URGENT CARE
‹Dashiell Frome|name› 16M
Mild L «scrotal swelling|scrotal_swelling|» x 1 wk, painless, transilluminates. No «testicular pain|testicular_pain|n».
US: simple hydrocele, normal flow bilaterally. «Torsion|testicular_torsion|n» excluded.
Plan: urology referral, return if «sudden pain|testicular_pain|y».""", []),
# 15 AF rate ok, near HR
("nursing", """Nursing note
‹Imelda Ruiz-Tagle|name›, bed 3
HR 140s-150 with ambulation, settles to 90s at rest. BP 118/72. Denies palpitations, «CP|chest_pain|n», dizziness.
Metoprolol given as scheduled.""", []),
# 16 cough, no hemoptysis
("clinic", """SICK VISIT
‹Percival Thorne|name›, MRN ‹112-08-44|mrn›
10 days of cough, post-nasal drip. No «hemoptysis|hemoptysis|n», no «SOB|dyspnea|n», no «fever|fever|n».
Sats 97% RA, lungs clear.
Dx: post-viral cough. Benzonatate.""", []),
# 17 discharge summary historical
("discharge", """DISCHARGE SUMMARY
‹Ottilie Brandvold|name› MRN ‹56019938|mrn› DOB ‹1/30/1950|dob›
Admitted for elective knee replacement. Past history of «PE|pulmonary_embolism|h» (2011) and DVT.
HOSPITAL COURSE: uneventful. Enoxaparin prophylaxis. No «chest pain|chest_pain|n» or «dyspnea|dyspnea|n».
Discharge to rehab. If «calf swelling|unilateral_leg_swelling|y» or «shortness of breath|dyspnea|y», call 911.""", []),
# 18 psych with family hx of suicide, other experiencer
("psychiatry", """INTAKE
‹Marisol Echeverría|name›, 23F, referred for anxiety. ‹marisol.e23@examplemail.com|email›
Father died by suicide 2018. Her roommate recently expressed «SI|suicidal_ideation|o» and pt has been supporting her.
Pt denies «SI|suicidal_ideation|n» or «self-harm intent|suicide_intent|n».
Plan: CBT, sertraline 25 mg.""", []),
# 19 glucose 60s trap, diabetic clinic
("clinic", """DIABETES CLINIC
‹Lennart Sjöberg|name›  MRN ‹8801-44-2|mrn›
CGM shows 3 lows in 60s overnight, self-treated. No «hypoglycemia|hypoglycemia|n» requiring assistance. No «DKA|dka|n» episodes.
A1c 7.1. Reduce glargine 10%.
If BG < 54 or confusion with lows, use glucagon and call.""", []),
# 20 ED trauma, benign
("ed", """ED NOTE
‹Ezekiel Marlowe|name› MRN ‹0019-8821|mrn›
22M fell off skateboard, L wrist pain. No head strike, no «LOC|syncope|n». 
X-ray: nondisplaced distal radius fx. Splint, ortho f/u.
Vitals 36.9 76 122/70 14 99%""", []),
# 21 heat stroke precautions + seizure precautions
("inpatient", """PROGRESS NOTE
‹Wilhelmina Foss|name› HD3
Admitted for EtOH withdrawal, CIWA 6 today. No «seizures|seizure|n» this admission. «Seizure|seizure|y» precautions continue.
Heat stroke prevention counselling given (works outdoors).
Vitals stable: 37.0 88 138/82 16 97%""", []),
# 22 hypotension trap: BP 92
("ed", """ED NOTE
‹Rosamund Achebe|name›, 24F, ‹rosa.achebe@example.net|email›
Vasovagal episode at blood draw, brief «syncope|syncope|» <10 s, full recovery. No «CP|chest_pain|n», no palpitations.
BP 92/58 supine, 98/62 standing, HR 70. Hgb 12.8.
A: vasovagal «syncope|syncope|». D/c home.""", []),
# 23 uncertain r/o with negative result
("ed", """ED NOTE
‹Cornelius Vandermeer|name› MRN ‹7002341|mrn›
70M with «dyspnea|dyspnea|» on exertion, r/o «PE|pulmonary_embolism|u». D-dimer negative, Wells 1. CTA not indicated.
SpO2 95%. BNP 880.
A: CHF exacerbation. Diurese.""", []),
# 24 mom with ... family + "if" precautions
("paediatrics", """WELL CHILD 9 MO
‹Elodie Whitmore|name›, DOB ‹03/01/2025|dob›
Mom with hx of «seizures|seizure|f». Dad reports no concerns.
Development on track. No «fever|fever|n».
Anticipatory guidance: febrile «seizure|seizure|y» precautions; call if «fever|fever|y» >38.5 C lasting more than 2 days.""", []),
# 25 telehealth refill
("telehealth", """Telehealth visit - med refill
Pt ‹Ambrose Kittredge|name›, DOB ‹06/15/1972|dob›, IP logged ‹10.44.213.7|ip›
HTN, HLD, stable. Denies «chest pain|chest_pain|n», «SOB|dyspnea|n», «leg swelling|unilateral_leg_swelling|n».
Home BP 128/80.
Refill lisinopril, atorvastatin.""", []),
# 26 GI, melena negated, iron deficiency
("clinic", """GI CLINIC
‹Harriet Lindgren|name›  MRN ‹67000923|mrn›  SSN ‹123-45-9876|ssn›
Iron deficiency anemia, Hgb 9.9. Denies «melena|melena|n», «hematochezia|hematochezia|n», «hematemesis|hematemesis|n».
Plan: EGD/colonoscopy.""", []),
# 27 sepsis ruled out
("inpatient", """PROGRESS NOTE
‹Barnaby Quayle|name›
Admitted overnight with «fever|fever|» 38.6 after chemo; cultures NGTD x48h, now «afebrile|fever|n» x36 h. «Sepsis|sepsis|n» ruled out, no neutropenia.
Stop cefepime.""", []),
# 28 troponin normal, goal range trap
("inpatient", """COPD ADMISSION
‹Sigrid Halvorsen|name› MRN ‹3300912|mrn›
AECOPD improving. SpO2 goal 88-92%; currently 91% on 1L.
Trop 0.01. No «chest pain|chest_pain|n».
Wean O2 as tolerated.""", []),
# 29 hypothetical anaphylaxis
("clinic", """ALLERGY CLINIC
‹Ottoline Marsh|name› 35F ‹(206) 555-0111|phone›
Peanut allergy, last reaction 2014 (hives only). EpiPen prescribed.
Instructed: use EpiPen for throat tightness, «stridor|stridor|y», «lip swelling|angioedema|y», or «difficulty breathing|dyspnea|y» and call 911 for possible «anaphylaxis|anaphylaxis|y».""", []),
# 30 mental status normal, 'no confusion'
("nursing", """NSG NOTE
‹Florence Abernathy|name› A&Ox4, no «altered mental status|altered_mental_status|n», ambulating w/ walker. Denies «SOB|dyspnea|n».
Vitals: T 37.2 HR 82 BP 130/76 RR 18 SpO2 95% RA""", []),
# 31 radiology incidental, historical MI
("radiology", """CXR PA/LAT
Pt ‹Thaddeus Moorcroft|name›   DOB ‹11/11/1944|dob›
Indication: preop. Hx «MI|myocardial_infarction|h».
No focal consolidation, effusion, or pneumothorax. Sternotomy wires.
Impression: no acute cardiopulmonary process.""", []),
# 32 stroke education in family
("clinic", """NEURO CLINIC
‹Beatrix Olyphant|name› MRN ‹49910021|mrn›
Migraine f/u. Episodic HA w/ aura, no «thunderclap|thunderclap_headache|n» onset. Sister had a «stroke|stroke|f» at 42; pt worried.
No «weakness|unilateral_weakness|n», no «speech difficulty|speech_disturbance|n».
Plan: topiramate; reviewed BE-FAST: call 911 for «face drooping|facial_droop|y» or «arm weakness|unilateral_weakness|y».""", []),
]


def records():
    out = []
    for i, (style, markup, declared) in enumerate(POS, 1):
        out.append((f"he-p{i:03d}", style, markup, declared, None))
    for i, (style, markup, declared) in enumerate(NEG, 1):
        out.append((f"he-n{i:03d}", style, markup, declared, None))
    return out
