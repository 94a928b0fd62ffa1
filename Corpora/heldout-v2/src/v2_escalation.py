"""Held-out v2 escalation notes, written by hand (blind to Rules/ and to the other corpora).

Markup as in v2_assertions.py; only red-flag concepts are labelled (concept_scope red_flags). Each entry:
(style, body markup, declared measurement rules). Headers and signatures with invented PHI come from v2_common.
"""
import random

from v2_common import ident, header, footer

N = []


def n(style, body, *declared):
    N.append((style, body, list(declared)))


# ============================ notes with red flags ============================================================
n("ed", """CHIEF COMPLAINT: «chest pressure|chest_pain|»

HPI: 61 yo M w/ h/o HTN, DM2, smoker 40 pk-yr, c/o substernal «chest pressure|chest_pain|» since 0530 that woke him from sleep, «radiating to L arm|radiating_pain|» and jaw, + «diaphoretic|diaphoresis|», + nausea. Denies «syncope|syncope|n». No prior «MI|myocardial_infarction|n». Brother had «MI|myocardial_infarction|f» at 49.

VITALS: BP 158/94  HR 102  RR 22  SpO2 95% RA  T 36.9C

ECG: ST elevation II, III, aVF with reciprocal depression in I, aVL.
LABS: Troponin I 2.31 ng/mL (ref <0.04)

A/P: Inferior «STEMI|myocardial_infarction|». Cath lab activated 0612. ASA 324 mg given, heparin bolus.
""", "esc.elevated_troponin")

n("ed", """EMS RUN SHEET (copied into chart)
Dispatched 14:02 for "person down". BIBA. Found pt on kitchen floor, wife states she was talking normally at 13:40 then «words came out jumbled|speech_disturbance|». On scene: «R facial droop|facial_droop|», «R arm drift|unilateral_weakness|», CPSS positive. FSBG 134. BP: 196 / 104 mmHg, HR 88 irregular, RR 18, sats 97% on RA.
No «seizure|seizure|n» activity witnessed. Pt has h/o afib, off apixaban x 1 wk (cost).
ED: Code «stroke|stroke|u» called 14:31, CT head neg for hemorrhage, CTA pending. LKW 13:40.
""", "esc.severe_hypertension", "esc.hypertensive_emergency")

n("ed", """Triage note 0216: 23yo F c/o «worst headache of my life|thunderclap_headache|», sudden onset during intercourse ~1 hr ago, maxed out in seconds. Vomited x2. Mild «neck stiffness|neck_stiffness|». Temp 37.1 C. No «fever|fever|n». BP 172/98 HR 64.
No h/o migraine. Mother w/ «aneurysm rupture|_|»?""".replace("Mother w/ «aneurysm rupture|_|»?", "Mother w/ aneurysm, clipped in 2009.") + """
Plan: CT head non-con, LP if CT neg, r/o SAH.
""")

n("inpatient", """S: Overnight RRT called for «hypotension|hypotension|», BP 78/40. Pt «rigors|rigors|» at 0200, T 39.4C. Lactate 5.1. Received 30 mL/kg LR.
O: HR 124, RR 28, SpO2 93% 2L. Mentation: more «confused|altered_mental_status|» than yesterday per RN.
Labs: WBC 21.4, Cr 2.3 (baseline 1.0), lactate 5.1 -> 3.2 after fluids.
A/P: «Septic shock|septic_shock|» from presumed urinary source, «sepsis|sepsis|» bundle complete, starting norepinephrine via R IJ. ICU consulted.
""", "esc.hypotension", "esc.elevated_lactate")

n("ed", """CC: «vomiting blood|hematemesis|»
HPI: 55M with h/o EtOH cirrhosis, known varices, presents with three episodes of «hematemesis|hematemesis|» (bright red, ~ 2 cups) since noon and «black tarry stools|melena|» x2 days. Feels «lightheaded|_|».""".replace("«lightheaded|_|»", "lightheaded") + """ Denies «chest pain|chest_pain|n».
Vitals: BP 86/52, HR 128, RR 20, SpO2 96%.
Labs: Hgb 6.4 g/dL (was 11.2 in June). INR 2.1.
Plan: 2 large bore IVs, transfuse 2 u PRBC, octreotide, ceftriaxone, GI for urgent EGD.
""", "esc.hypotension", "esc.critical_hemoglobin")

n("psychiatry", """REASON FOR CONSULT: «SI|suicidal_ideation|»

HPI: 29 yo M with h/o MDD brought in by police after roommate found a note. Pt endorses «SI|suicidal_ideation|» with a «plan|suicide_plan|» to «overdose|overdose|y» on his stockpiled sertraline and states he «intends to do it|suicide_intent|» when discharged. Has saved ~90 tabs. Denies «HI|homicidal_ideation|n». Denies AVH. Prior «suicide attempt|_|h» 2020.""".replace("Prior «suicide attempt|_|h» 2020.", "One prior attempt in 2020 by cutting.") + """

MSE: disheveled, poor eye contact, flat affect, thought process linear, insight poor.
RISK: high. PLAN: 1:1 sitter, involuntary hold, remove belongings, inpatient psychiatry.
""")

n("telehealth", """Call received 19:42. Spouse reports pt «collapsed|syncope|» in the bathroom and «is not making sense|altered_mental_status|». He is a type 1 diabetic; meter reads 38. Spouse gave juice, pt able to swallow. No «seizure|seizure|n» activity.
Disposition: 911 called by RN on 3-way line, EMS en route. Instructed glucagon if available.
""", "esc.hypoglycemia")

n("ed", """HPI: 19 yo F with 2 days of «fever|fever|» to 39.8 C, headache, and «neck stiffness|neck_stiffness|». Roommate noted «purple spots on her legs|petechial_rash|» this AM. Now «drowsy, difficult to keep awake|altered_mental_status|».
Vitals: T 39.8 C, BP 92/58, HR 132, RR 24, SpO2 97%.
Exam: Kernig +, nonblanching «petechiae|petechial_rash|» on BLE.
A/P: Suspected bacterial «meningitis|meningitis|u». Ceftriaxone + vanc + dexamethasone given before LP. Droplet isolation.
""")

n("ed", """OB TRIAGE
G3P1011 at ~6 wks by LMP, «+ home pregnancy test|positive_pregnancy_test|», confirmed «serum hCG positive|positive_pregnancy_test|» 2,140. C/o sharp «LLQ pelvic pain|pelvic_pain|» since 0900 and «spotting|vaginal_bleeding|». Shoulder tip pain. Prior «ectopic|ectopic_pregnancy|h» 2018 (R salpingectomy).
VS BP 94/60 HR 112.
TVUS: no IUP, complex L adnexal mass, moderate free fluid.
Imp: ruptured «ectopic pregnancy|ectopic_pregnancy|u», r/o. OB paged for OR.
""")

n("paediatrics", """14 yo M c/o sudden «L testicular pain|testicular_pain|» that woke him at 4 am, with vomiting. + «scrotal swelling|scrotal_swelling|», high-riding L testis, absent cremasteric reflex.
No trauma. No dysuria. T 37.0 HR 108.
US ordered STAT; urology paged for possible «torsion|testicular_torsion|u».
""")

n("ed", """CHIEF COMPLAINT: Back pain, «can't pee|urinary_retention|»

58F w/ known L4-5 disc herniation presenting w/ 2 days worsening «low back pain|_|» now with «numbness in her groin and inner thighs|saddle_anesthesia|» and «unable to void since last night|urinary_retention|». Bladder scan 980 mL. Also new «bowel incontinence|bowel_incontinence|» x1 this AM.""".replace("«low back pain|_|»", "low back pain") + """
Denies «fever|fever|n». No h/o IVDU.
Exam: decreased rectal tone, 4/5 strength bilateral EHL.
Plan: emergent MRI L-spine, neurosurgery consult for possible «cauda equina syndrome|cauda_equina|u».
""")

n("ed", """16 yo F T1DM, 2 days of vomiting and abd pain, «Kussmaul breathing|kussmaul_breathing|» noted at triage.
VS: HR 128, RR 32, BP 104/62, T 37.4 C.
Glucose 612, pH 7.08, HCO3 6, anion gap 31, K 5.9. Beta-hydroxybutyrate 7.8.
A: «DKA|dka|», severe. Insulin gtt, fluids, PICU bed requested.
""", "esc.tachypnea")

n("inpatient", """Hospital day 3. Pt developed acute «pleuritic chest pain|pleuritic_pain|» at 0500 and «dyspnea|dyspnea|», SpO2 86% on RA -> 93% on 4L NC. HR 118. New «L calf swelling|unilateral_leg_swelling|» noted by RN yesterday.
CTA chest: filling defects R main and segmental L lower lobe PAs, RV/LV 1.2.
A/P: Acute «pulmonary embolism|pulmonary_embolism|». Heparin gtt started. Echo, PERT consult.
""", "esc.hypoxia")

n("ed", """Pt is a 72 yo F from Sunrise ALF, BIBA for «AMS|altered_mental_status|». Staff report she was «lethargic|altered_mental_status|» since yesterday, not eating. Per staff, had «fevers|fever|» overnight.
VS on arrival: Temp 103.2 F, HR 116, BP 96/58, RR 26, SpO2 of 91 percent on RA.
UA: large LE, nitrite +. WBC 17.9, lactate 2.4.
A: «Sepsis|sepsis|» from urinary source, acute metabolic encephalopathy. Cultures, ceftriaxone, 30 mL/kg.
""")

n("ed", """BIBA after ingestion. Pt is 44M found by neighbor with empty bottles of amitriptyline and vodka. Estimated «overdose|overdose|» ~ 2 g amitriptyline around 1800.
GCS 9. HR 138, QRS 142 ms on ECG, BP 88/46, RR 12. Had a generalized «seizure|seizure|» in the ambulance lasting 90 s, Versed given.
Plan: intubation, sodium bicarb, poison center (case # recorded), tox consult.
""", "esc.hypotension")

n("discharge", """ADMISSION DATE: 10/02   DISCHARGE DATE: 10/06
DISCHARGE DIAGNOSES:
1. «NSTEMI|myocardial_infarction|»
2. Type 2 diabetes
3. Hypertension
HOSPITAL COURSE: Presented with exertional «chest pain|chest_pain|». Peak troponin 1.86 ng/mL. LHC showed 90% mid-LAD stenosis, DES placed. Uncomplicated course, ambulating, no recurrent «chest pain|chest_pain|n».
DISCHARGE INSTRUCTIONS: Return to the ED for «chest pain|chest_pain|y», «shortness of breath|dyspnea|y», or «fainting|syncope|y». Do not stop aspirin or ticagrelor.
""", "esc.elevated_troponin")

n("nursing", """0340 Pt found «unresponsive|altered_mental_status|» to voice, responsive to sternal rub. FSBG 41. D50 1 amp given per protocol, recheck 126 at 0355, pt AAOx3.
0400 MD notified. Insulin glargine held this AM per MD.
Pt denies «chest pain|chest_pain|n». BP 132/78 HR 88.
""", "esc.hypoglycemia")

n("ed", """HPI: 33 yo M w/ peanut allergy ate a cookie at a party, within 10 min «throat tightness|_|», «lip and tongue swelling|angioedema|», diffuse hives, «wheezing|_|» and «stridor|stridor|». EMS gave IM epi 0.3 mg x1.""".replace("«throat tightness|_|»", "throat tightness").replace("«wheezing|_|»", "wheezing") + """
VS: BP 84/50, HR 130, RR 28, sats 89% on RA.
A/P: «Anaphylaxis|anaphylaxis|». Repeat epi, epi gtt, steroids, H1/H2 blockers, airway at bedside.
""", "esc.hypotension", "esc.hypoxia")

n("radiology", """EXAM: CT HEAD W/O CONTRAST
INDICATION: «L sided weakness|unilateral_weakness|», «aphasia|speech_disturbance|», LKW 1 hr.
FINDINGS: Hyperdense R MCA sign. Early loss of gray-white differentiation in the R insula. No hemorrhage.
IMPRESSION: Acute R MCA territory «infarct|stroke|». ASPECTS 8. Findings called to Dr. Halvorsen at 10:14.
""".replace("Dr. Halvorsen", "Dr. ‹Ingrid Halvorsen|name›"))

n("inpatient", """Tele alarm 2215: HR in the 170s, narrow complex, pt c/o «palpitations|_|» and «lightheadedness|_|».""".replace("«palpitations|_|»", "palpitations").replace("«lightheadedness|_|»", "lightheadedness") + """ BP 102/70. Adenosine 6 mg -> converted to sinus at 92.
Also K+ 6.9 on AM labs (hemolyzed? repeat 6.7, non-hemolyzed). ECG peaked T waves.
Plan: calcium gluconate, insulin/D50, Lokelma, repeat BMP 2 h.
""", "esc.extreme_tachycardia", "esc.hyperkalemia")

n("ed", """ED NOTE
CC: "«coughing up blood|hemoptysis|»"
58 yo M, 40 pk-yr smoker, known RUL mass under workup, presents with «hemoptysis|hemoptysis|» of ~ 300 mL bright red blood over 2 h, clots. Now «SOB|dyspnea|». SpO2 84% RA -> 92% NRB. HR 122. BP 110/70.
Plan: IR for bronchial artery embolization, pulm at bedside, type & cross 4 u.
""", "esc.hypoxia", "esc.severe_hypoxia")

n("paediatrics", """2 yo with «fever|fever|» x 1 day to T 39.4C, at home had a «seizure|seizure|» — generalized shaking ~3 min, post-ictal 15 min per mom. Now back to baseline, playful. No «neck stiffness|neck_stiffness|n», no «rash|_|n». Ear: R TM bulging.""".replace("«rash|_|n»", "rash") + """
Dx: simple «febrile seizure|seizure|», R AOM. Amoxicillin.
""")

n("clinic", """URGENT CARE
55 yo M walked in c/o 1 h of «chest tightness|chest_pain|» while shoveling snow, now at rest, «sweating|diaphoresis|». ECG: ST depression V4-V6. BP: 182 / 104 mmHg, HR 96, SpO2 96%.
Aspirin 324 chewed. 911 called for transfer to Millbrook General ED.
""", "esc.severe_hypertension", "esc.hypertensive_emergency")

n("discharge", """DISCHARGE SUMMARY
Principal diagnosis: «Pulmonary embolism|pulmonary_embolism|», bilateral, submassive.
Secondary: h/o «DVT|_|h» 2015, obesity.""".replace("h/o «DVT|_|h» 2015", "prior DVT 2015") + """
Hospital course: Admitted from ED with «dyspnea|dyspnea|» and «hypoxia|_|» (SpO2 87% RA).""".replace("«hypoxia|_|»", "hypoxia") + """ Treated with heparin then transitioned to apixaban. Nadir SpO2 85%. O2 weaned to RA by day 4.
Instructions: call 911 for «chest pain|chest_pain|y», «coughing up blood|hemoptysis|y», or «passing out|syncope|y».
""", "esc.hypoxia")

n("ed", """CC: «bright red blood per rectum|hematochezia|»
67F on apixaban with 4 episodes of «hematochezia|hematochezia|» today, large volume. Denies «melena|melena|n» or «hematemesis|hematemesis|n». No abd pain.
VS: BP 104/66, HR 98. Orthostatic.
Labs: Hgb 8.9 (baseline 12).
Plan: hold apixaban, GI consult, CT angio if brisk.
""")

n("psychiatry", """Consult for agitation. Pt is 38M on hold; states «he is going to kill his ex-wife|homicidal_ideation|» and has a handgun at home. Denies «SI|suicidal_ideation|n».
Plan: maintain hold, notify security, duty-to-warn discussion with legal.
""")

n("inpatient", """PROGRESS NOTE
Pt «febrile|fever|» overnight Tmax 40.6 C, HR 152 sustained, BP 118/64, RR 30.
On exam diaphoretic? no — skin dry and hot. Haloperidol started yesterday; + rigidity.
A: r/o NMS vs «sepsis|sepsis|u». CK pending. Cooling, stop haloperidol.
""".replace("On exam diaphoretic? no — skin dry and hot.", "Skin hot and dry, not «diaphoretic|diaphoresis|n»."), "esc.hyperthermia", "esc.extreme_tachycardia", "esc.tachypnea")

n("nursing", """Resp: RR 34, using accessory muscles, SpO2 82% on 4L -> placed on BiPAP, sats 90%. Pt «SOB|dyspnea|», anxious.
Neuro: AAOx3.
Notified Dr. Brandt, ABG sent.
""".replace("Dr. Brandt", "Dr. ‹Ayodele Brandt|name›"), "esc.tachypnea", "esc.hypoxia", "esc.severe_hypoxia")

n("ed", """Hypothermia: 81 yo M found outdoors this AM, core T 33.1C. HR 38, sinus brady. BP 96/60.
Mentation: «confused|altered_mental_status|», slow to respond.
Warming blankets, warm fluids, Bair hugger.
""".replace("Hypothermia: ", ""), "esc.hypothermia", "esc.extreme_bradycardia")

n("inpatient", """Labs this AM: Na 114 (118 yesterday). Pt more «confused|altered_mental_status|» than baseline, had a brief generalized «seizure|seizure|» at 0610.
A/P: severe hyponatremia, hypertonic saline 100 mL bolus, ICU transfer, Na q2h.
""", "esc.severe_hyponatremia")

n("telehealth", """Video visit. Pt is 31 weeks pregnant, c/o headache x 6 hours and «blurry vision, now can't see out of the L eye|vision_loss|». Home BP cuff 186/122 x 2 readings.
No «seizure|seizure|n». No «vaginal bleeding|vaginal_bleeding|n».
Advised to go directly to L&D via ambulance; EMS called by RN.
""", "esc.severe_hypertension", "esc.hypertensive_emergency")

n("ed", """CHIEF COMPLAINT: weakness
78 yo M, 3 days of melena? Pt says stools have been "dark" but on iron.""".replace("3 days of melena? Pt says stools have been \"dark\" but on iron.", "3 days fatigue; stools dark on iron, guaiac negative, no «melena|melena|n».") + """
Labs: Hgb 6.6 g/dL (MCV 68). Troponin 0.02. 
Vitals: BP 118/70 HR 96 SpO2 98%.
Plan: transfuse 1 u PRBC, GI outpatient scope, iron studies.
""", "esc.critical_hemoglobin")

n("paediatrics", """Infant 6 wk old, «fever|fever|» 38.4 rectal at home. Here T 38.2C. Well appearing, feeding OK. HR 168 (crying), RR 44.
Full «sepsis|sepsis|u» workup per protocol: blood, urine, CSF. Empiric ampicillin + ceftazidime pending cultures.
""", "esc.extreme_tachycardia", "esc.tachypnea")

n("ed", """Pt 26M, states he «swallowed 40 of his mother's metoprolol|overdose|» about 1 hr ago "to sleep forever". HR 42, BP 82/50. Endorses «SI|suicidal_ideation|».
Glucagon, calcium, atropine. Poison control contacted.
""".replace("HR 42, BP 82/50.", "HR 36, BP 82/50."), "esc.hypotension", "esc.extreme_bradycardia")

n("ed", """HPI: 45F w/ 2 weeks of productive cough, now «fever|fever|» 38.9C and «shortness of breath|dyspnea|». No «hemoptysis|hemoptysis|n».
VS: T 38.9C HR 112 RR 24 SpO2 88% on RA BP 124/76.
CXR: RLL consolidation. A: CAP w/ hypoxemia. Admit, ceftriaxone/azithro, O2.
""", "esc.hypoxia")

# ============================ notes with traps only ============================================================
n("ed", """CC: «chest pain|chest_pain|»
HPI: 24 yo F, sharp L-sided «chest pain|chest_pain|» x2 days, worse with palpation and twisting, after moving furniture. Not «radiating|radiating_pain|n». No «diaphoresis|diaphoresis|n», no «SOB|dyspnea|n», no «syncope|syncope|n». No h/o «PE|pulmonary_embolism|n» or DVT; not on OCPs. Mother had «MI|myocardial_infarction|f» at 71.
VS: BP 118/72, HR 78, RR 14, SpO2 99% RA, T 36.7C.
Exam: reproducible tenderness over L 4th costochondral junction.
ECG NSR, no ST changes. Troponin <0.01.
A/P: costochondritis. NSAIDs. Return for «chest pain|chest_pain|y» with «exertion, sweating|diaphoresis|y», or «trouble breathing|dyspnea|y».
""")

n("clinic", """OFFICE VISIT - follow-up
67 yo M s/p «CVA|stroke|h» 2021 with residual mild «R hand weakness|unilateral_weakness|h», here for BP check. No new «weakness|unilateral_weakness|n», no «facial droop|facial_droop|n», no «speech changes|speech_disturbance|n». Wife reports he is at his baseline.
BP 138/84, HR 70.
Plan: continue atorvastatin, clopidogrel. Reviewed warning signs: call 911 for sudden «face drooping|facial_droop|y», «arm weakness|unilateral_weakness|y», or «slurred speech|speech_disturbance|y».
""")

n("psychiatry", """PSYCHIATRY FOLLOW-UP
Pt is a 41 yo F with MDD, recurrent, doing better on bupropion. Mood "okay". Sleep improved.
Denies «SI|suicidal_ideation|n», «HI|homicidal_ideation|n», «plan|suicide_plan|n» or «intent|suicide_intent|n». Past «SI|suicidal_ideation|h» in 2019 during divorce, no attempts. Her brother has had «suicidal thoughts|suicidal_ideation|f» and was hospitalized last year.
Safety plan reviewed: if «thoughts of suicide|suicidal_ideation|y» return she will call 988 or go to the ED.
""")

n("telehealth", """TELEPHONE TRIAGE
Mom calling re: 3 yo son, «fever|fever|» 38.6 x 1 day, runny nose, eating less but drinking. No «rash|_|n», no «stiff neck|neck_stiffness|n», no «lethargy|altered_mental_status|n» — playing with sister now. Older sister had same «fever|fever|f» last week.""".replace("«rash|_|n»", "rash") + """
Advice: antipyretics, fluids. Call back or go to ED for «fever|fever|y} lasting > 3 days, «purple spots|petechial_rash|y», «seizure|seizure|y», or trouble breathing.""".replace("«fever|fever|y}", "«fever|fever|y»") + """
""")

n("ed", """HPI: 34 yo F G1P0 at 8 wks by LMP with «+ UPT|positive_pregnancy_test|» at home, c/o nausea and vomiting x 3 days, unable to keep down liquids. Denies «vaginal bleeding|vaginal_bleeding|n», denies «pelvic pain|pelvic_pain|n» or cramping.
Bedside US: single live IUP, CRL c/w 8w1d, FHR 162.
A: hyperemesis gravidarum, ruled out «ectopic|ectopic_pregnancy|n» (IUP seen). IVF, ondansetron.
Return if «bleeding|vaginal_bleeding|y} or severe «pain in the pelvis|pelvic_pain|y».""".replace("«bleeding|vaginal_bleeding|y}", "«bleeding|vaginal_bleeding|y»") + """
""")

n("discharge", """DISCHARGE SUMMARY
Diagnosis: Cellulitis, L lower leg.
History: T2DM, h/o «MI|myocardial_infarction|h» 2015 and «stroke|stroke|h» 2018 without residual deficits.
Course: IV cefazolin -> PO cephalexin. Erythema receding. Doppler negative for DVT. Max temp 38.1 on day 1 then none.
Vitals at discharge: BP 128/76, HR 74, RR 16, SpO2 97% RA, T 36.8 C.
Return precautions: «fever|fever|y», spreading redness, «chest pain|chest_pain|y».
""")

n("nursing", """Shift summary 0700-1900: Pt AAOx3, ambulating with walker. Denies «CP|chest_pain|n», «SOB|dyspnea|n». Vitals stable: BP 142/88, HR 90, T 37.2, RR 18, O2 sat 95% RA. No «seizure|seizure|n» activity; seizure pads on bed per order.""".replace("seizure pads on bed per order", "«seizure|seizure|y» pads on bed per order") + """
Pt's roommate had «chest pain|chest_pain|o» at 1500, RRT called for roommate, not this pt.
""")

n("inpatient", """S: No acute events. Pt reports feeling «less short of breath|dyspnea|».
O: BP 104/62 HR 88 RR 20 SpO2 92% on 2L.
Labs: K 5.8, Na 128, Hgb 7.6, lactate 1.4, troponin 0.03 (flat).
A/P: CHF exacerbation improving. Diuresis slowed given K; hold spironolactone. No signs of «sepsis|sepsis|n».
""")

n("ed", """HEADACHE
29F w/ h/o migraine with aura, typical headache since yesterday, gradual onset, throbbing, photophobia, nausea. Not the «worst of her life|thunderclap_headache|n», not sudden. No «fever|fever|n», no «neck stiffness|neck_stiffness|n», no «vision loss|vision_loss|n» (aura resolved after 20 min, as usual). Neuro exam nonfocal.
Sister has h/o «subarachnoid hemorrhage|_|f» — discussed.""".replace("«subarachnoid hemorrhage|_|f»", "brain aneurysm") + """
Plan: migraine cocktail. Return for sudden severe «thunderclap headache|thunderclap_headache|y», «fever|fever|y}, or «weakness|unilateral_weakness|y».""".replace("«fever|fever|y}", "«fever|fever|y»") + """
""")

n("radiology", """CT ANGIOGRAPHY CHEST
INDICATION: «dyspnea|dyspnea|», r/o «PE|pulmonary_embolism|u».
FINDINGS: Adequate opacification of the pulmonary arteries. No filling defect.
IMPRESSION:
1. No «pulmonary embolism|pulmonary_embolism|n».
2. Small bilateral pleural effusions.
""")

n("paediatrics", """Well child 15 months. Mom worried about «febrile seizure|seizure|h» last spring; none since. Immunizations given today.
Growth: 50th %ile. Development appropriate.
Anticipatory guidance: fever may occur after vaccines; go to ED for «seizure|seizure|y» lasting > 5 min.
""".replace("fever may occur after vaccines", "«fever|fever|y» may occur after vaccines"))

n("ed", """S/p MVC, restrained driver, airbag deployed. c/o neck and L wrist pain. No «LOC|syncope|n». No «chest pain|chest_pain|n», no «abdominal pain|_|n».""".replace("«abdominal pain|_|n»", "abdominal pain") + """
VS: BP 148/92, HR 96, SpO2 100%.
CT c-spine neg. XR wrist: nondisplaced distal radius fx.
Dispo: splint, ortho f/u. No evidence of «internal bleeding|_|n».""".replace("No evidence of «internal bleeding|_|n».", "") + """
""")

n("telehealth", """Nurse advice call. Pt 52 yo M c/o «back pain|_|» after gardening x 2 days, pain stays in the low back.""".replace("«back pain|_|»", "low back pain") + """ Pt denies «numbness in the groin|saddle_anesthesia|n», «trouble urinating|urinary_retention|n», «loss of bowel control|bowel_incontinence|n», or «weakness in both legs|bilateral_leg_weakness|n». No «fever|fever|n}.""".replace("«fever|fever|n}", "«fever|fever|n»") + """
Advice: ibuprofen, heat, activity as tolerated. Go to ED immediately if any «saddle numbness|saddle_anesthesia|y» or «urinary retention|urinary_retention|y» develops.
""")

n("ed", """20 yo M with dysuria and urethral discharge x 1 week. Sexually active, new partner. Denies «testicular pain|testicular_pain|n» or «scrotal swelling|scrotal_swelling|n». No «fever|fever|n».
Exam: normal testicular lie, nontender, + cremasteric reflex bilaterally. No «torsion|testicular_torsion|n» suspected; US not indicated.
A: urethritis. Ceftriaxone + doxycycline. Return for «testicle pain|testicular_pain|y» or «swelling of the scrotum|scrotal_swelling|y».
""")

n("clinic", """URGENT CARE
Pt 40 F here for bee sting on R forearm 2 hours ago. Local swelling and itching. Denies «throat swelling|angioedema|n», «trouble breathing|dyspnea|n», or «lip swelling|angioedema|n». No «wheezing|_|n».""".replace("«wheezing|_|n»", "no wheeze heard") .replace("No no wheeze heard", "No wheeze heard") + """ Hx: her son had «anaphylaxis|anaphylaxis|f» to bee sting in 2019.
VS: BP 126/80 HR 84 SpO2 99%.
Plan: cetirizine, ice. Epi-pen prescribed. Return for «anaphylaxis|anaphylaxis|y} symptoms.""".replace("«anaphylaxis|anaphylaxis|y}", "«anaphylaxis|anaphylaxis|y»") + """
""")

n("inpatient", """Hospitalist progress note, HD#2
Admitted for COPD exacerbation. Improving. SpO2 90% on RA at rest, 92% on 1L. HR 98, RR 22, BP 136/82, T 37.3.
No «hemoptysis|hemoptysis|n}. No «fever|fever|n» since admission.""".replace("«hemoptysis|hemoptysis|n}", "«hemoptysis|hemoptysis|n»") + """
Plan: taper prednisone, duonebs, ambulatory sat tomorrow.
""")

n("psychiatry", """C/L PSYCHIATRY
Pt is 62 yo M, delirium vs depression. Pt states "sometimes I wish I wouldn't wake up" but denies active «suicidal ideation|suicidal_ideation|n», «plan|suicide_plan|n» or «intent|suicide_intent|n». Unclear whether passive death wish reflects «SI|suicidal_ideation|u}.""".replace("«SI|suicidal_ideation|u}", "«SI|suicidal_ideation|u»") + """ Denies «HI|homicidal_ideation|n».
Attention fluctuating earlier, now improved; CAM negative today.
Recs: continue sitter for now, reassess tomorrow.
""")

n("ed", """Syncope? Pt 19 F had «near-fainting|_|» at a concert, standing for hours in the heat; did not lose consciousness.""".replace("Syncope? ", "").replace("«near-fainting|_|»", "a near-faint") + """ No «seizure|seizure|n». No «chest pain|chest_pain|n}. Drank little today.""".replace("«chest pain|chest_pain|n}", "«chest pain|chest_pain|n»") + """
VS: lying BP 112/70 HR 86; standing 104/68 HR 108. Temp 37.4.
ECG normal, glucose 88. Urine hCG neg.
Dx: presyncope, dehydration. PO fluids.
""".replace("Urine hCG neg.", "«Urine hCG neg|positive_pregnancy_test|n»."))

n("inpatient", """DM ketosis? — no. Pt w/ T2DM admitted for foot ulcer. AM glucose 56 -> juice -> 118. Not in «DKA|dka|n} (bicarb 24, AG 10).""".replace("«DKA|dka|n}", "«DKA|dka|n»").replace("DM ketosis? — no. ", "") + """ Pt asymptomatic.
Plan: reduce glargine to 18 units, continue wound care.
""")

n("discharge", """DISCHARGE SUMMARY — Obstetrics
Delivered: SVD 10/11, healthy female infant.
Course uncomplicated. EBL 300 mL. Hgb 9.8 on PPD1.
History of «preeclampsia|_|h»""".replace("History of «preeclampsia|_|h»", "History of preeclampsia in prior pregnancy") + """; BPs this admission 120s-140s/70s-90s, max 148/94.
Instructions: call for heavy «vaginal bleeding|vaginal_bleeding|y} soaking a pad an hour, «fever|fever|y} > 100.4, severe headache, or «vision changes|vision_loss|y».""".replace("«vaginal bleeding|vaginal_bleeding|y}", "«vaginal bleeding|vaginal_bleeding|y»").replace("«fever|fever|y}", "«fever|fever|y»") + """
""")

n("ed", """CC: anal pain
44 yo M, anal pain and itching x 1 week with hard stools. Known hemorrhoids. Denies «blood in stool|hematochezia|n» or «melena|melena|n». Hgb 14.1.
Exam: thrombosed external hemorrhoid, no bleeding.
A: thrombosed hemorrhoid. Fiber, sitz baths. Return for «black stools|melena|y} or «dizziness|_|y».""".replace("«black stools|melena|y}", "«black stools|melena|y»").replace("«dizziness|_|y»", "dizziness") + """
""")

n("radiology", """MRI LUMBAR SPINE W/O CONTRAST
INDICATION: chronic low back pain, r/o «cauda equina|cauda_equina|u».
FINDINGS: L4-5 broad-based disc bulge with mild bilateral foraminal narrowing. No severe canal stenosis. Conus normal.
IMPRESSION: Degenerative changes. No nerve root compression; no findings of «cauda equina syndrome|cauda_equina|n».
""")

n("nursing", """Pt's wife at bedside, states she herself has been having «chest pain|chest_pain|o» and «shortness of breath|dyspnea|o}; advised her to be seen in the ED. Pt resting comfortably, VS: 124/78, 72, 16, 97% RA.""".replace("«shortness of breath|dyspnea|o}", "«shortness of breath|dyspnea|o»") + """
""")

n("paediatrics", """9 yo F with sore throat and «fever|fever|» 38.3 x 2 days. Rapid strep positive. No «drooling, stridor|stridor|n}.""".replace("«drooling, stridor|stridor|n}", "drooling, no «stridor|stridor|n»").replace("No drooling, no", "No drooling, no") + """ No «rash|_|n».""".replace("«rash|_|n»", "rash") + """
HR 118, RR 20, SpO2 99%.
Amoxicillin x 10 days.
""")

n("ed", """Pt is 50 yo M with hx of «seizure|seizure|h» disorder, last «seizure|seizure|h» 2 years ago, presenting for med refill; ran out of levetiracetam yesterday. No «seizure|seizure|n» since. Neuro exam normal.
BP 132/84 HR 76.
Plan: levetiracetam restarted. Driving restriction not applicable.
""")

n("telehealth", """Video visit for anxiety. Pt with panic attacks, describes chest tightness? Pt corrects: "it's more like my heart racing, not pain." Denies «chest pain|chest_pain|n}, «syncope|syncope|n». PHQ-9 8. Denies «SI|suicidal_ideation|n}.""".replace("«chest pain|chest_pain|n}", "«chest pain|chest_pain|n»").replace("«SI|suicidal_ideation|n}", "«SI|suicidal_ideation|n»").replace("describes chest tightness? Pt corrects: \"it's more like my heart racing, not pain.\"", "describes \"my heart racing\" during attacks.") + """
Plan: sertraline 25 mg, CBT referral.
""")

n("inpatient", """PE: Gen NAD. CV RRR. Lungs CTA bilat. Abd soft.
Labs: Na 126, K 4.1, WBC 9.8, Hgb 10.2, Glucose 142.
A/P: Hyponatremia, SIADH from SSRI, fluid restrict 1.2 L. No «confusion|altered_mental_status|n}, no «seizure|seizure|n».""".replace("«confusion|altered_mental_status|n}", "«confusion|altered_mental_status|n»") + """
""")

n("ed", """BIBA, 35 yo F after «fall|_|» at work""".replace("«fall|_|»", "a fall") + """. Coworker states she «fainted|syncope|o}""".replace(" Coworker states she «fainted|syncope|o}", " Coworker says she tripped on a cord; coworker herself «fainted|syncope|o» last month") + """. Pt remembers the whole event. No «syncope|syncope|n}.""".replace("«syncope|syncope|n}", "«syncope|syncope|n»") + """
HR 84, BP 122/80. Knee abrasion cleaned.
""")

n("clinic", """Pre-op visit. 70 yo M for knee replacement. Prior «MI|myocardial_infarction|h» 2012, stable since. No «chest pain|chest_pain|n» or «dyspnea on exertion|dyspnea|n», walks 2 miles daily.
BP 176/96, repeat 170/92. HR 62. SpO2 97%.
ECG: old Q waves inferior. Cleared for surgery; increase amlodipine.
""")

n("radiology", """US SCROTUM
INDICATION: «R scrotal swelling|scrotal_swelling|», painless, 3 months.
FINDINGS: Large R hydrocele. Normal testicular echotexture and flow bilaterally.
IMPRESSION: R hydrocele. No «torsion|testicular_torsion|n}.""".replace("«torsion|testicular_torsion|n}", "«torsion|testicular_torsion|n»") + """
""")

n("psychiatry", """Intake note. Pt reports chronic «passive SI|suicidal_ideation|h» as a teenager, none in the past 10 years.
Current: denies «SI|suicidal_ideation|n} and «HI|homicidal_ideation|n}. Reports her husband threatens «to hurt her boss|homicidal_ideation|o}.""".replace("«SI|suicidal_ideation|n}", "«SI|suicidal_ideation|n»").replace("«HI|homicidal_ideation|n}", "«HI|homicidal_ideation|n»").replace("«to hurt her boss|homicidal_ideation|o}", "«to kill her boss|homicidal_ideation|o»") + """
Plan: weekly therapy; discussed DV resources.
""")


# ============================ added: templated ROS / lab tables / dictation ====================================
n("ed", """HISTORY OF PRESENT ILLNESS: this is a 47 year old gentleman who presents with abdominal pain that started yesterday after a large meal it is epigastric «radiates to the back|radiating_pain|» he has been vomitting all night nonbloody, no «hematemesis|hematemesis|n» no «melena|melena|n», he drinks about a six pack a day, he denies «chest pain|chest_pain|n» and he denies «fevers|fever|n» or «rigors|rigors|n».
REVIEW OF SYSTEMS:
CONSTITUTIONAL: Negative for «fever|fever|n», «diaphoresis|diaphoresis|n}.
CARDIOVASCULAR: Negative for «chest pain|chest_pain|n», «palpitations|_|n».
RESPIRATORY: Negative for «shortness of breath|dyspnea|n», «hemoptysis|hemoptysis|n}.
GI: Positive for nausea, vomiting, abdominal pain.
NEURO: Negative for «syncope|syncope|n», «seizures|seizure|n}.
LABS:
  Lipase        2,840   H
  WBC           13.2    H
  Hgb           14.8
  K             4.4
  Na            136
  Lactate       2.1
  Glucose       188     H
  Troponin I    <0.01
VITALS: T 37.8 C | HR 104 | BP 142/88 | RR 20 | SpO2 96% RA
ASSESSMENT: acute alcoholic pancreatitis, not «septic|sepsis|n}. IVF, pain control, CIWA.
""".replace("«palpitations|_|n»", "palpitations").replace("|n}", "|n»"))

n("inpatient", """HOSPITAL DAY 5 -- MICU
24 HR EVENTS: pressors weaned off at 1400. Remains on 40% FiO2 via HFNC.
VITALS: Tmax 38.9C, HR 96-112, BP 102/58 (MAP 72) off norepi, RR 22, SpO2 94%.
LABS          today   yesterday
  WBC          15.1    18.9
  Hgb          7.4     7.9
  Lactate      1.8     3.1
  Cr           1.6     2.0
  K            4.9     5.2
A/P:
#«Septic shock|septic_shock|» 2/2 LLL pneumonia -- improving, off pressors. Continue pip-tazo, day 5/7.
#«Sepsis|sepsis|» physiology resolving. Continue to trend lactate.
""")

n("nursing", """NEURO CHECKS q1h
0800 GCS 15, pupils 3mm brisk, no «facial asymmetry|facial_droop|n», grips equal, no «drift|unilateral_weakness|n}, «speech clear|speech_disturbance|n}.
0900 GCS 15, unchanged.
1000 GCS 14 (E4 V4 M6), pt «slurring words|speech_disturbance|» and new «L arm drift|unilateral_weakness|». Stroke alert paged 1004. Dr. Kennelly at bedside 1009.
BP 174/96, HR 80, SpO2 97%, FSBG 142.
""".replace("|n}", "|n»").replace("Stroke alert paged", "«Stroke|stroke|u» alert paged").replace("Dr. Kennelly", "Dr. ‹Ruairi Kennelly|name›"))

n("clinic", """OB/GYN TRIAGE (phone-in then walk-in)
Pt 27 yo G1P0 at 10w2d with known IUP on US 2 wks ago (FHR 170). Called with light «spotting|vaginal_bleeding|» after intercourse, no «cramping|pelvic_pain|n}. Walked in for reassurance.
VS: BP 110/68 HR 82 T 36.6
TVUS today: live IUP, FHR 168, no subchorionic hemorrhage.
A: postcoital «spotting|vaginal_bleeding|», viable IUP; «ectopic|ectopic_pregnancy|n» excluded. Pt reassured; return for heavy «bleeding|vaginal_bleeding|y} or severe «pelvic pain|pelvic_pain|y}.
""".replace("|n}", "|n»").replace("|y}", "|y»"))

n("paediatrics", """PEDS ED
7 yo boy brought by mom, «drank an unknown amount of grandma's clonidine|overdose|» -- bottle found open, ~10 tabs missing. Sleepy but arousable, «lethargic|altered_mental_status|».
VS: HR 52, BP 88/50, RR 14, SpO2 95%, T 36.4C.
Glucose 92. No «seizure|seizure|n».
Plan: observation, naloxone trial, poison center.
""", "esc.hypotension")

n("radiology", """CT ABDOMEN/PELVIS WITH CONTRAST
CLINICAL HISTORY: 33F, «RLQ pain|_|», «fever|fever|», r/o appendicitis. «Urine hCG negative|positive_pregnancy_test|n}.
FINDINGS: Dilated appendix 11 mm with periappendiceal fat stranding. No abscess. Ovaries unremarkable. No free fluid.
IMPRESSION: Acute uncomplicated appendicitis. No «ectopic pregnancy|ectopic_pregnancy|n}.
Findings discussed with Dr. Voss by phone at 2240.
""".replace("«RLQ pain|_|»", "RLQ pain").replace("|n}", "|n»").replace("Dr. Voss", "Dr. ‹Dmitri Voss|name›"))

n("telehealth", """NURSE LINE
Pt's daughter calling: mom (82) has had «black, tarry stools|melena|» since yesterday and felt «faint|syncope|u» when standing this morning -- daughter unsure whether she actually passed out. On warfarin.
Advised: call 911 now; RN stayed on line until EMS arrived.
""")

n("psychiatry", """ER PSYCH EVAL
Pt is 17 yo F brought by school counselor after classmate reported posts online. Pt states she has had «thoughts of killing herself|suicidal_ideation|» for 2 weeks, researched methods but denies a specific «plan|suicide_plan|n} and denies «intent|suicide_intent|n}. Denies «HI|homicidal_ideation|n}. Mother has «depression|_|f».
Disposition: admit to adolescent unit voluntary with parental consent.
""".replace("|n}", "|n»").replace("«depression|_|f»", "depression"))


def records():
    out = []
    for i, (style, body, declared) in enumerate(N, 1):
        rng = random.Random(f"heldout-v2-{i}")
        d = ident(rng)
        markup = header(style, d, rng) + "\n" + body.strip("\n") + "\n" + footer(style, d, rng)
        out.append((f"h2e-{i:04d}", style, markup, declared, None))
    return out
