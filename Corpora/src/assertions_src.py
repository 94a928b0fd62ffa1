"""Short labelled snippets for assertion (ConText) evaluation. Hand-written, synthetic.

One snippet per line: "<style> <text>". A literal "\\n" in the text becomes a line break (for section headers).
Every mention of a concept from shared-ids.md is labelled, whatever its assertion.
"""

AFFIRMED = r"""
ed Patient reports [[chest pain|chest_pain]] that started two hours ago while shoveling snow.
ed 54 yo M presents with crushing [[chest pressure|chest_pain]] [[radiating to the left arm|radiating_pain]], [[diaphoretic|diaphoresis]] on arrival.
clinic She complains of a dry [[cough|cough]] for three weeks. Worse at night.
ed CC: [[Shortness of breath|dyspnea]].\nHPI: Progressive [[dyspnea|dyspnea]] on exertion over 4 days.
inpatient Pt had a [[syncopal episode|syncope]] this morning while standing at the sink.
ed Wife noticed [[right facial droop|facial_droop]] and [[slurred speech|speech_disturbance]] at 07:40.
ed Exam notable for [[left-sided weakness|unilateral_weakness]], 3/5 in the arm.
ed Sudden onset [[worst headache of her life|thunderclap_headache]] while lifting weights.
clinic Reports intermittent [[headaches|headache]] behind the eyes, relieved by ibuprofen.
ed Acute painless [[loss of vision|vision_loss]] in the right eye since this morning.
paediatrics [[Fever|fever]] to 39.4 at home since yesterday, with [[rigors|rigors]] last night.
inpatient Remains [[hypotensive|hypotension]] despite 2 L of crystalloid.
nursing Pt [[tachycardic|tachycardia]] to the 130s, provider notified.
ed Family states he has had [[altered mental status|altered_mental_status]] since yesterday evening.
inpatient Assessment: [[Sepsis|sepsis]] secondary to [[pneumonia|pneumonia]].
ed Lips swollen with [[angioedema|angioedema]] and diffuse [[urticaria|urticaria]] after eating shrimp.
ed Audible [[stridor|stridor]] at rest. ENT paged.
clinic Expiratory [[wheezing|wheezing]] throughout both lung fields.
psychiatry Patient endorses [[suicidal ideation|suicidal_ideation]] with a [[plan to hang himself|suicide_plan]].
psychiatry She endorses [[homicidal ideation|homicidal_ideation]] toward her neighbor.
ed Two episodes of [[hematemesis|hematemesis]] this morning, about a cup each.
ed Reports [[black tarry stools|melena]] for 3 days.
clinic Has noticed [[bright red blood per rectum|hematochezia]] after bowel movements.
inpatient New [[hemoptysis|hemoptysis]], roughly 200 mL over the last hour.
ed [[Neck stiffness|neck_stiffness]] and [[photophobia|photophobia]] noted on exam.
paediatrics Scattered [[petechial rash|petechial_rash]] on the trunk and legs.
ed Describes [[pleuritic pain|pleuritic_pain]] in the right chest with deep breaths.
ed [[Left calf swelling|unilateral_leg_swelling]] for five days after a long flight.
ed [[Urine pregnancy test positive|positive_pregnancy_test]]. Reports [[vaginal bleeding|vaginal_bleeding]] since noon.
ed Complains of sharp [[pelvic pain|pelvic_pain]] on the left.
clinic [[Abdominal pain|abdominal_pain]] in the right lower quadrant, worse with walking.
ed Reports [[saddle anesthesia|saddle_anesthesia]] and new [[urinary retention|urinary_retention]].
ed Chronic [[back pain|back_pain]], now with [[bowel incontinence|bowel_incontinence]] since yesterday.
ed Sudden [[testicular pain|testicular_pain]] on the left that woke him from sleep.
ed Mother found her after an intentional [[overdose|overdose]] of acetaminophen.
nursing Fingerstick 41, pt [[hypoglycemic|hypoglycemia]], given D50.
ed Labs consistent with [[DKA|dka]]; anion gap 28.
ed Witnessed generalized [[seizure|seizure]] lasting 3 minutes.
radiology IMPRESSION: Acute [[pulmonary embolism|pulmonary_embolism]] involving the right lower lobe segmental arteries.
inpatient Diagnosed with [[NSTEMI|myocardial_infarction]] overnight; cardiology following.
clinic Reports [[palpitations|palpitations]] and feeling [[lightheaded|dizziness]] when climbing stairs.
clinic Has had [[nausea|nausea]] and two episodes of [[vomiting|vomiting]] today.
telehealth Reports loose watery [[diarrhea|diarrhea]] six times since yesterday.
clinic Endorses [[polyuria|polyuria]] and [[polydipsia|polydipsia]] for one month.
telehealth [[Sore throat|sore_throat]] and [[fatigue|fatigue]] for 4 days.
clinic Pruritic [[rash|rash]] on both forearms after gardening.
clinic 1+ pitting [[edema|edema]] bilaterally to mid-shin.
clinic Unintentional [[weight loss|weight_loss]] of 8 kg over six months.
psychiatry Reports worsening [[anxiety|anxiety]] and [[insomnia|insomnia]] since starting the new job.
psychiatry Mood is low; meets criteria for major [[depression|depression]].
clinic ASSESSMENT: Uncontrolled [[hypertension|hypertension]]. Increase amlodipine.
clinic Assessment: [[Type 2 diabetes|diabetes]], A1c 9.1, not at goal.
inpatient Admitted for [[COPD|copd]] exacerbation with increased sputum.
inpatient [[Atrial fibrillation|atrial_fibrillation]] with rapid ventricular response, rate 140s.
ed X-ray shows displaced distal radius [[fracture|fracture]].
clinic Reports [[dysuria|dysuria]] and frequency; urinalysis consistent with [[UTI|uti]].
inpatient Erythema and warmth of the left shin consistent with [[cellulitis|cellulitis]].
clinic [[Numbness|numbness]] in the right hand in the morning, shakes it out.
clinic Currently [[smokes|tobacco_use]] one pack per day.
clinic Reports [[constipation|constipation]], last bowel movement 5 days ago.
clinic Ongoing [[joint pain|joint_pain]] in both knees.
nursing Pt more [[confused|confusion]] this evening, reoriented easily.
inpatient ED course complicated by [[septic shock|septic_shock]] requiring norepinephrine.
ed [[Anaphylaxis|anaphylaxis]] after bee sting, epinephrine given in field.
ed [[Kussmaul respirations|kussmaul_breathing]] noted, fruity odor on breath.
ed CT head: acute ischemic [[stroke|stroke]] in the left MCA territory.
ed Lumbar puncture consistent with bacterial [[meningitis|meningitis]].
ed Ultrasound confirms left [[testicular torsion|testicular_torsion]].
ed Bedside ultrasound shows ruptured [[ectopic pregnancy|ectopic_pregnancy]] with free fluid.
ed MRI shows [[cauda equina syndrome|cauda_equina]] from a large L4-5 disc.
ed Reports [[bilateral leg weakness|bilateral_leg_weakness]] and [[back pain|back_pain]] since a fall.
ed Left [[scrotal swelling|scrotal_swelling]] with a high-riding testis.
psychiatry States he has [[intent to act|suicide_intent]] on these thoughts tonight and endorses [[SI|suicidal_ideation]].
"""

NEGATED = r"""
ed Patient denies [[chest pain|chest_pain|neg]].
ed Denies [[fever|fever|neg]], [[rigors|rigors|neg]], or [[night sweats|diaphoresis|neg]].
clinic No [[cough|cough|neg]], no [[shortness of breath|dyspnea|neg]].
clinic She is without [[palpitations|palpitations|neg]] or [[dizziness|dizziness|neg]].
ed Negative for [[syncope|syncope|neg]] or presyncope.
ed Neuro: no [[facial droop|facial_droop|neg]], no [[slurred speech|speech_disturbance|neg]], strength 5/5 and symmetric.
ed [[Neck stiffness|neck_stiffness|neg]] is absent. Kernig sign negative.
ed [[Pulmonary embolism|pulmonary_embolism|neg]] ruled out by CT angiogram.
radiology No evidence of [[pulmonary embolism|pulmonary_embolism|neg]].
ed [[Petechiae|petechial_rash|neg]] were not seen on full skin exam.
clinic ROS: Negative for [[fever|fever|neg]], [[weight loss|weight_loss|neg]], [[nausea|nausea|neg]], [[vomiting|vomiting|neg]], [[diarrhea|diarrhea|neg]].
ed Pt denies any [[suicidal ideation|suicidal_ideation|neg]] or [[homicidal ideation|homicidal_ideation|neg]].
psychiatry Denies [[SI|suicidal_ideation|neg]]/[[HI|homicidal_ideation|neg]].
ed No [[hematemesis|hematemesis|neg]] or [[melena|melena|neg]].
clinic Denies [[hematochezia|hematochezia|neg]].
inpatient No [[hemoptysis|hemoptysis|neg]].
ed Without [[saddle anesthesia|saddle_anesthesia|neg]], [[urinary retention|urinary_retention|neg]], or [[bowel incontinence|bowel_incontinence|neg]].
paediatrics No [[rash|rash|neg]]. No [[vomiting|vomiting|neg]]. Tolerating fluids well.
ed [[Urine pregnancy test negative|positive_pregnancy_test|neg]].
ed Denies [[vaginal bleeding|vaginal_bleeding|neg]] or [[pelvic pain|pelvic_pain|neg]].
ed [[Abdominal pain|abdominal_pain|neg]]: none.
clinic [[Edema|edema|neg]] absent in both lower extremities.
ed No [[stridor|stridor|neg]], no [[wheezing|wheezing|neg]], speaking full sentences.
ed No [[angioedema|angioedema|neg]] or [[urticaria|urticaria|neg]] on exam.
ed He was not [[hypotensive|hypotension|neg]] at any point in the field.
nursing Pt not [[tachycardic|tachycardia|neg]], HR 84.
inpatient Alert and oriented x3, no [[confusion|confusion|neg]].
ed CT head negative for [[stroke|stroke|neg]] or bleed.
ed Troponins x2 negative; [[myocardial infarction|myocardial_infarction|neg]] ruled out.
ed [[Meningitis|meningitis|neg]] was ruled out by lumbar puncture.
ed Doppler negative; [[testicular torsion|testicular_torsion|neg]] excluded.
ed Ultrasound shows an intrauterine pregnancy, no [[ectopic pregnancy|ectopic_pregnancy|neg]].
ed MRI without evidence of [[cauda equina|cauda_equina|neg]] compression.
ed No [[seizure|seizure|neg]] activity witnessed.
ed Patient denies [[overdose|overdose|neg]] or ingestion.
inpatient Glucose stable, no further [[hypoglycemia|hypoglycemia|neg]].
ed Ketones negative; no [[DKA|dka|neg]].
ed She has had no [[headache|headache|neg]] and no [[vision loss|vision_loss|neg]].
clinic Denies [[polyuria|polyuria|neg]] or [[polydipsia|polydipsia|neg]].
clinic Patient denies [[dysuria|dysuria|neg]]; urinalysis negative for [[UTI|uti|neg]].
clinic No [[joint pain|joint_pain|neg]] or swelling.
clinic Negative for [[sore throat|sore_throat|neg]] and [[cough|cough|neg]].
telehealth She has not had any [[fever|fever|neg]] since Tuesday.
psychiatry Denies [[anxiety|anxiety|neg]] or panic. No [[insomnia|insomnia|neg]].
psychiatry Screening negative for [[depression|depression|neg]] (PHQ-2 of 0).
clinic Never [[smoker|tobacco_use|neg]]. No [[alcohol|alcohol_use|neg]] use.
radiology No acute [[fracture|fracture|neg]] or dislocation.
radiology No focal consolidation to suggest [[pneumonia|pneumonia|neg]].
inpatient Wound clean, no erythema, no signs of [[cellulitis|cellulitis|neg]].
ed [[Diaphoresis|diaphoresis|neg]]: denied.
ed Pain is not [[radiating|radiating_pain|neg]].
ed Patient denies [[rigors|rigors|neg]].
nursing No [[constipation|constipation|neg]]; BM today.
clinic Denies [[fatigue|fatigue|neg]]. Denies [[numbness|numbness|neg]] or tingling.
ed No [[back pain|back_pain|neg]]. No [[bilateral leg weakness|bilateral_leg_weakness|neg]].
ed Denies [[testicular pain|testicular_pain|neg]] or [[scrotal swelling|scrotal_swelling|neg]].
ed No [[left calf swelling|unilateral_leg_swelling|neg]] or tenderness.
ed Breathing is unlabored; no [[Kussmaul respirations|kussmaul_breathing|neg]].
ed No [[photophobia|photophobia|neg]].
inpatient Culture results negative; [[sepsis|sepsis|neg]] was excluded.
ed [[Pleuritic pain|pleuritic_pain|neg]] absent.
psychiatry He denies any [[plan|suicide_plan|neg]] or [[intent|suicide_intent|neg]] to harm himself.
ed No [[altered mental status|altered_mental_status|neg]]; GCS 15.
ed No evidence of [[anaphylaxis|anaphylaxis|neg]].
inpatient No signs of [[septic shock|septic_shock|neg]]; MAP above 70 off pressors.
ed No [[thunderclap headache|thunderclap_headache|neg]].
ed She has no [[left-sided weakness|unilateral_weakness|neg]].
clinic The patient does not have [[diabetes|diabetes|neg]].
clinic Denies [[rash|rash|neg]], hair loss, or [[joint pain|joint_pain|neg]].
"""

UNCERTAIN = r"""
ed Possible [[pneumonia|pneumonia|unc]] in the right lower lobe.
ed Concern for [[sepsis|sepsis|unc]]; cultures drawn and antibiotics started.
ed Rule out [[pulmonary embolism|pulmonary_embolism|unc]]. CTA ordered.
ed Likely [[UTI|uti|unc]]; will send culture.
clinic Questionable [[wheezing|wheezing|unc]] at the left base.
ed Differential includes [[meningitis|meningitis|unc]], will perform LP.
ed ? [[testicular torsion|testicular_torsion|unc]] - urology consulted emergently.
ed Concern for [[ectopic pregnancy|ectopic_pregnancy|unc]], transvaginal ultrasound pending.
ed Suspect [[cauda equina syndrome|cauda_equina|unc]]; MRI lumbar spine ordered stat.
ed R/O [[MI|myocardial_infarction|unc]].
inpatient Episode may have been [[syncope|syncope|unc]] vs [[seizure|seizure|unc]], awaiting EEG.
radiology Findings could represent early [[pneumonia|pneumonia|unc]] versus atelectasis.
radiology Possible nondisplaced [[fracture|fracture|unc]] of the fifth metatarsal base.
ed Probable [[cellulitis|cellulitis|unc]] of the right forearm.
clinic [[Rash|rash]] is possibly [[urticaria|urticaria|unc]] from the new detergent.
ed Questionable [[facial droop|facial_droop|unc]] on the left, hard to assess.
ed Suspected [[overdose|overdose|unc]]; pill bottles found at home.
inpatient Concern for [[stroke|stroke|unc]]. MRI brain pending.
ed Cannot exclude [[DKA|dka|unc]]; beta-hydroxybutyrate pending.
psychiatry Unclear whether she has [[suicidal ideation|suicidal_ideation|unc]]; guarded in interview.
ed Presentation suspicious for [[anaphylaxis|anaphylaxis|unc]].
ed Questionable [[urticaria|urticaria|unc]] on the chest, now fading.
clinic Symptoms suggestive of [[hypothyroidism|hypothyroidism|unc]]; TSH ordered.
clinic Possible early [[CHF|chf|unc]]; BNP ordered.
clinic Assessment: likely [[anxiety|anxiety|unc]] disorder vs adjustment disorder.
inpatient Differential for the [[confusion|confusion|unc]] includes delirium.
ed Concerning for [[septic shock|septic_shock|unc]]. Lactate pending.
ed Possible [[petechiae|petechial_rash|unc]] on the ankles.
ed Questionable [[neck stiffness|neck_stiffness|unc]] on exam, limited by pain.
paediatrics Possible [[asthma|asthma|unc]]; trial of albuterol.
ed ? [[hemoptysis|hemoptysis|unc]] versus [[hematemesis|hematemesis|unc]], source unclear.
clinic May have [[atrial fibrillation|atrial_fibrillation|unc]]; Holter monitor arranged.
ed Likely vasovagal [[syncope|syncope|unc]].
clinic Probable [[CKD|ckd|unc]], will repeat creatinine in 3 months.
ed Suspected left [[fracture|fracture|unc]] of the wrist; splinted pending films.
inpatient Questionable [[melena|melena|unc]] per nursing, stool guaiac sent.
radiology Cannot rule out small [[pulmonary embolism|pulmonary_embolism|unc]] given motion artifact.
ed Possible [[hypoglycemia|hypoglycemia|unc]] given sweating; fingerstick pending.
ed Concern for [[stroke|stroke|unc]]; [[code stroke|stroke|unc]] called.
psychiatry Possible [[depression|depression|unc]], further evaluation needed.
clinic Probable [[hyperlipidemia|hyperlipidemia|unc]] pending fasting panel.
ed Rule out [[sepsis|sepsis|unc]].
ed Concern for [[angioedema|angioedema|unc]] of the tongue.
ed Suspicion for [[thunderclap headache|thunderclap_headache|unc]]; CT head ordered.
inpatient Possibly [[COPD|copd|unc]], PFTs not yet done.
clinic Maybe [[insomnia|insomnia|unc]] related to shift work.
ed Differential: [[pulmonary embolism|pulmonary_embolism|unc]], [[pneumonia|pneumonia|unc]], [[CHF|chf|unc]].
radiology Findings suspicious for [[testicular torsion|testicular_torsion|unc]].
ed Unclear if she had a [[syncope|syncope|unc]] or a mechanical fall.
ed Presumed [[sepsis|sepsis|unc]] from a urinary source.
inpatient Probable [[pneumonia|pneumonia|unc]] vs aspiration pneumonitis.
ed Rule out [[ectopic pregnancy|ectopic_pregnancy|unc]].
clinic Questionable [[joint pain|joint_pain|unc]] in the wrists, patient vague.
"""

HISTORICAL = r"""
clinic History of [[stroke|stroke|hist]] in 2019 with no residual deficits.
clinic Hx of [[MI|myocardial_infarction|hist]], s/p PCI to LAD.
inpatient PAST MEDICAL HISTORY: [[Hypertension|hypertension|hist]], [[diabetes|diabetes|hist]], [[hyperlipidemia|hyperlipidemia|hist]].
clinic PMH: [[COPD|copd|hist]], [[CHF|chf|hist]] (EF 35%), [[CKD|ckd|hist]] stage 3.
ed Prior [[pulmonary embolism|pulmonary_embolism|hist]] in 2015, completed six months of anticoagulation.
ed Previous [[seizure|seizure|hist]] as a child, none since.
clinic History of [[depression|depression|hist]], well controlled on sertraline.
psychiatry History of [[suicidal ideation|suicidal_ideation|hist]] during a prior admission in 2018.
psychiatry Prior [[overdose|overdose|hist]] on sertraline in 2016.
inpatient s/p [[fracture|fracture|hist]] of the left hip in 2020.
ed Hx of [[DKA|dka|hist]] x2 last year.
clinic History of [[atrial fibrillation|atrial_fibrillation|hist]], on apixaban.
clinic Past Medical History:\n- [[Asthma|asthma|hist]]\n- [[Hypothyroidism|hypothyroidism|hist]]\n- [[Anxiety|anxiety|hist]]
clinic Past medical history is significant for [[coronary artery disease|cad|hist]] and [[hypertension|hypertension|hist]].
inpatient Remote history of [[meningitis|meningitis|hist]] as an infant.
ed Previous [[ectopic pregnancy|ectopic_pregnancy|hist]] treated with methotrexate.
clinic History of [[hematemesis|hematemesis|hist]] in 2017 from a gastric ulcer.
ed She had [[anaphylaxis|anaphylaxis|hist]] to peanuts as a child.
clinic Former [[smoker|tobacco_use|hist]], quit 10 years ago.
clinic History of heavy [[alcohol|alcohol_use|hist]] use, sober since 2012.
ed s/p [[testicular torsion|testicular_torsion|hist]] repair at age 14.
clinic Hx [[pneumonia|pneumonia|hist]] last winter requiring admission.
inpatient History of [[cellulitis|cellulitis|hist]] of the right leg, recurrent.
inpatient PMH: [[HTN|hypertension|hist]], [[T2DM|diabetes|hist]], [[afib|atrial_fibrillation|hist]].
clinic Prior [[UTIs|uti|hist]], last one in March.
psychiatry Past psychiatric history: [[depression|depression|hist]], [[insomnia|insomnia|hist]].
ed Previous episodes of [[syncope|syncope|hist]] attributed to vasovagal events.
clinic History of migraine [[headaches|headache|hist]] since adolescence.
inpatient Prior [[hypoglycemia|hypoglycemia|hist]] episodes on glipizide, which was stopped.
ed History of [[sepsis|sepsis|hist]] from a kidney stone in 2021.
clinic Had [[chest pain|chest_pain|hist]] last year; stress test was normal.
ed Had a [[fever|fever|hist]] last month that resolved.
clinic s/p [[cauda equina syndrome|cauda_equina|hist]] decompression in 2014.
clinic History of [[hematochezia|hematochezia|hist]] from hemorrhoids, colonoscopy 2022 normal.
ed Remote [[CVA|stroke|hist]] in 2012, fully recovered.
clinic Hx of kidney stones with [[back pain|back_pain|hist]] in 2010.
inpatient PAST MEDICAL HISTORY:\n[[Coronary artery disease|cad|hist]]\n[[Atrial fibrillation|atrial_fibrillation|hist]]\n[[Chronic kidney disease|ckd|hist]]
clinic Previously treated for [[hyperlipidemia|hyperlipidemia|hist]] with statins.
psychiatry Previous suicide attempt by [[overdose|overdose|hist]] in 2019 per chart.
ed History of [[hemoptysis|hemoptysis|hist]] with bronchiectasis in 2015.
clinic Prior [[NSTEMI|myocardial_infarction|hist]] in 2018.
ed Past history of [[pulmonary embolism|pulmonary_embolism|hist]] after knee surgery.
clinic History of gestational [[diabetes|diabetes|hist]].
clinic History of [[fracture|fracture|hist]] of the right wrist in 2005.
ed She had [[vaginal bleeding|vaginal_bleeding|hist]] last year from fibroids, resolved after surgery.
clinic PMH significant for [[COPD|copd|hist]] and [[asthma|asthma|hist]].
inpatient Hx of [[seizures|seizure|hist]], on levetiracetam, none in 5 years.
clinic Previous [[rash|rash|hist]] with amoxicillin.
"""

HYPOTHETICAL = r"""
discharge Return to the ED if you develop [[chest pain|chest_pain|hyp]] or [[shortness of breath|dyspnea|hyp]].
discharge Call if [[fever|fever|hyp]] greater than 38.5 C.
discharge Should [[vomiting|vomiting|hyp]] develop, stop the medication and call the clinic.
discharge Watch for [[black tarry stools|melena|hyp]] or [[vomiting blood|hematemesis|hyp]].
paediatrics Return if [[rash|rash|hyp]], [[stiff neck|neck_stiffness|hyp]], or [[seizure|seizure|hyp]].
discharge Seek care immediately for [[facial droop|facial_droop|hyp]], [[slurred speech|speech_disturbance|hyp]], or [[weakness on one side|unilateral_weakness|hyp]].
telehealth If [[wheezing|wheezing|hyp]] worsens, use albuterol and call us.
discharge Return for [[fainting|syncope|hyp]], [[palpitations|palpitations|hyp]], or [[dizziness|dizziness|hyp]].
clinic Call if you notice [[numbness|numbness|hyp]] in the groin or [[bowel incontinence|bowel_incontinence|hyp]].
discharge Return if [[saddle anesthesia|saddle_anesthesia|hyp]] or [[urinary retention|urinary_retention|hyp]] develops.
psychiatry If [[suicidal thoughts|suicidal_ideation|hyp]] return, call 988 or come to the ED.
discharge Watch for [[confusion|confusion|hyp]] or excessive sleepiness.
discharge Return if you have [[coughing up blood|hemoptysis|hyp]].
paediatrics Bring him back if [[fever|fever|hyp]] lasts more than 3 days.
discharge If [[lip or tongue swelling|angioedema|hyp]] or [[hives|urticaria|hyp]] occur, use the EpiPen and call 911.
discharge Return for [[leg swelling on one side|unilateral_leg_swelling|hyp]] or [[pleuritic pain|pleuritic_pain|hyp]].
discharge Call for [[heavy vaginal bleeding|vaginal_bleeding|hyp]] or worsening [[pelvic pain|pelvic_pain|hyp]].
discharge Return immediately for sudden [[testicular pain|testicular_pain|hyp]].
clinic If [[diarrhea|diarrhea|hyp]] persists beyond a week, send a stool sample.
discharge In case of [[hypoglycemia|hypoglycemia|hyp]], take 15 g of glucose tablets.
telehealth Watch for [[dysuria|dysuria|hyp]] or [[fever|fever|hyp]].
discharge Return if [[abdominal pain|abdominal_pain|hyp]] worsens or you cannot keep fluids down.
clinic Should [[edema|edema|hyp]] increase, call the clinic nurse.
discharge Return if the [[headache|headache|hyp]] is sudden and severe.
discharge Return if you experience [[vision loss|vision_loss|hyp]].
clinic If [[constipation|constipation|hyp]] occurs, increase fiber and fluids.
discharge Seek care if [[rigors|rigors|hyp]] or [[fever|fever|hyp]] develop.
paediatrics Call if [[stridor|stridor|hyp]] at rest or drooling.
discharge Return if [[chest pain|chest_pain|hyp]] [[radiating to the arm|radiating_pain|hyp]] or [[sweating|diaphoresis|hyp]] occurs.
clinic If the [[cough|cough|hyp]] lasts more than 3 weeks, get a chest x-ray.
discharge Come back for [[bright red blood per rectum|hematochezia|hyp]].
clinic Call if [[dizziness|dizziness|hyp]] recurs with standing.
discharge Return if a [[petechial rash|petechial_rash|hyp]] appears.
telehealth Call back if [[sore throat|sore_throat|hyp]] persists or [[rash|rash|hyp]] appears.
discharge Watch for signs of [[cellulitis|cellulitis|hyp]] around the wound.
clinic If [[palpitations|palpitations|hyp]] recur, wear the event monitor.
discharge Return if [[seizure|seizure|hyp]] activity recurs or lasts more than 5 minutes.
psychiatry Safety plan reviewed: if urges to [[overdose|overdose|hyp]], call crisis line.
discharge Return for [[bilateral leg weakness|bilateral_leg_weakness|hyp]].
clinic Should [[polyuria|polyuria|hyp]] or [[polydipsia|polydipsia|hyp]] develop, check your sugar.
discharge Call for [[fatigue|fatigue|hyp]] that does not improve.
paediatrics Return if [[vomiting|vomiting|hyp]] prevents drinking or if lethargy or [[confusion|confusion|hyp]].
discharge Return to the emergency department for [[syncope|syncope|hyp]].
telehealth If [[shortness of breath|dyspnea|hyp]] worsens, go to the nearest ED.
discharge Watch for [[scrotal swelling|scrotal_swelling|hyp]].
clinic If [[joint pain|joint_pain|hyp]] returns, take naproxen with food.
discharge Return for any [[nausea|nausea|hyp]] that prevents medications.
"""

FAMILY = r"""
clinic Mother had breast cancer and a [[stroke|stroke|fam]] at 70.
clinic Father with [[MI|myocardial_infarction|fam]] at age 52.
clinic FAMILY HISTORY: [[Diabetes|diabetes|fam]] in mother, [[hypertension|hypertension|fam]] in father.
clinic Family history: brother with [[asthma|asthma|fam]].
clinic Family hx significant for [[CAD|cad|fam]] in both parents.
clinic FHx: Sister had [[pulmonary embolism|pulmonary_embolism|fam]] on oral contraceptives.
psychiatry Family history of [[depression|depression|fam]] in mother and suicide attempt by [[overdose|overdose|fam]] in maternal uncle.
paediatrics Older brother had [[febrile seizures|seizure|fam]] as a toddler.
clinic Maternal grandmother with [[hypothyroidism|hypothyroidism|fam]].
clinic Father died of [[heart attack|myocardial_infarction|fam]] at 60.
clinic Family History:\nMother - [[atrial fibrillation|atrial_fibrillation|fam]], [[CKD|ckd|fam]]\nFather - [[COPD|copd|fam]]
clinic Her mother has [[hyperlipidemia|hyperlipidemia|fam]].
psychiatry Father has a history of [[alcohol|alcohol_use|fam]] use disorder.
paediatrics Sibling at home with [[fever|fever|fam]] and [[cough|cough|fam]] this week.
clinic Family history of [[CHF|chf|fam]] in paternal grandfather.
clinic FH: [[Stroke|stroke|fam]] (maternal grandfather), [[HTN|hypertension|fam]] (mother).
psychiatry Mother with [[anxiety|anxiety|fam]] and [[insomnia|insomnia|fam]].
clinic Brother had [[testicular torsion|testicular_torsion|fam]] at 15.
clinic FAMILY HISTORY: Father had [[meningitis|meningitis|fam]] as a child.
paediatrics Cousin had [[anaphylaxis|anaphylaxis|fam]] to tree nuts.
clinic Sister with [[ectopic pregnancy|ectopic_pregnancy|fam]] last year.
psychiatry Family history notable for [[suicidal ideation|suicidal_ideation|fam]] in her father.
clinic Mother diagnosed with type 1 [[diabetes|diabetes|fam]] after an episode of [[DKA|dka|fam]].
clinic Father with colon cancer and [[hematochezia|hematochezia|fam]] at 58.
clinic Family history of [[fractures|fracture|fam]] from osteoporosis in her mother.
clinic Grandfather had [[cauda equina syndrome|cauda_equina|fam]] after disc surgery.
paediatrics Father with [[asthma|asthma|fam]] and eczema.
clinic Family history: mother with [[seizure|seizure|fam]] disorder.
clinic Paternal aunt with [[hemoptysis|hemoptysis|fam]] from tuberculosis.
clinic Mother [[smokes|tobacco_use|fam]] at home.
clinic Sister with [[migraine headaches|headache|fam]].
clinic FAMILY HISTORY: Negative for early [[coronary artery disease|cad|fam+neg]].
clinic Family history: no [[stroke|stroke|fam+neg]] or [[diabetes|diabetes|fam+neg]].
clinic Family history of sudden cardiac death: mother had [[syncope|syncope|fam]] and died at 45.
paediatrics Twin sister had [[UTI|uti|fam]] last month.
clinic Both parents have [[hypertension|hypertension|fam]].
psychiatry His brother reports [[homicidal ideation|homicidal_ideation|fam]] in the past per family.
clinic Mother had [[vision loss|vision_loss|fam]] from glaucoma.
clinic Father's [[CKD|ckd|fam]] required dialysis.
clinic Father had [[COPD|copd|fam]] and died of [[pneumonia|pneumonia|fam]].
clinic Grandmother with [[chest pain|chest_pain|fam]] and [[CAD|cad|fam]] in her 60s.
paediatrics Family history: brother with [[petechial rash|petechial_rash|fam]] and meningococcal disease in 2019.
"""

OTHER = r"""
clinic Her husband has a [[cough|cough|oth]] and [[fever|fever|oth]].
paediatrics Daycare classmates have had [[diarrhea|diarrhea|oth]] and [[vomiting|vomiting|oth]].
clinic Roommate recently diagnosed with [[pneumonia|pneumonia|oth]].
ed Patient's partner had [[chest pain|chest_pain|oth]] last week and was admitted.
telehealth Wife is home with a [[sore throat|sore_throat|oth]].
psychiatry His girlfriend reports [[depression|depression|oth]] and is in therapy.
clinic Her coworker was diagnosed with [[stroke|stroke|oth]] recently, which worries her.
paediatrics Babysitter has [[rash|rash|oth]] on her arms.
clinic His son [[smokes|tobacco_use|oth]] in the house.
ed Bystander who found him reported feeling [[dizzy|dizziness|oth]] too; carbon monoxide suspected.
clinic Husband was hospitalized for [[sepsis|sepsis|oth]] last month; she is his caregiver.
clinic Her daughter had a [[seizure|seizure|oth]] last week.
psychiatry Roommate voiced [[suicidal ideation|suicidal_ideation|oth]] to the patient, who is worried about her.
paediatrics Classmate with [[fever|fever|oth]] and [[petechial rash|petechial_rash|oth]] was admitted for meningococcus.
clinic Patient's wife has [[insomnia|insomnia|oth]] due to his snoring.
ed The other driver had a [[fracture|fracture|oth]] of the femur.
telehealth Her partner tested positive for influenza and has [[fatigue|fatigue|oth]].
clinic Coworkers at the warehouse have [[cough|cough|oth]] and congestion.
nursing Patient's neighbor in bed 2 has [[diarrhea|diarrhea|oth]]; contact precautions for the room.
clinic Spouse has [[hypertension|hypertension|oth]] and they cook low-salt meals together.
paediatrics Sibling's friend had [[hives|urticaria|oth]] after the party.
clinic His brother-in-law had an [[MI|myocardial_infarction|oth]] in March.
psychiatry Her husband describes [[anxiety|anxiety|oth]] of his own about her drinking.
clinic Grandchild she babysits has conjunctivitis and [[cough|cough|oth]].
ed EMS crew member reported [[nausea|nausea|oth]] after exposure at the scene.
clinic Her husband has a [[cough|cough|oth]], but she feels well.
clinic Partner was diagnosed with [[COPD|copd|oth]].
paediatrics Mother reports that the babysitter has had [[vomiting|vomiting|oth]].
clinic The patient's wife has [[asthma|asthma|oth]] and uses an inhaler.
ed Friend who brought him in said she herself had [[headache|headache|oth]] and [[nausea|nausea|oth]] from the fumes.
clinic Roommate's [[cellulitis|cellulitis|oth]] was treated last month.
psychiatry Patient worried about son's [[alcohol|alcohol_use|oth]] use.
clinic Her father-in-law, who lives with them, has [[CHF|chf|oth]].
telehealth Patient's husband has [[fever|fever|oth]] and [[dyspnea|dyspnea|oth]]; advised he call his own doctor.
clinic Her teammate had a [[fracture|fracture|oth]] in practice.
paediatrics Older cousin staying with them has [[sore throat|sore_throat|oth]].
clinic Coworker had [[pulmonary embolism|pulmonary_embolism|oth]] after a flight.
clinic Her husband's [[diabetes|diabetes|oth]] is poorly controlled.
"""

# Traps: pseudo-negation, terminators, scope. Labels reflect the truth for the patient.
TRAPS = r"""
ed No increase in [[chest pain|chest_pain]] since arrival, still 6/10.
ed Not only [[fever|fever]] but also [[rigors|rigors]] overnight.
inpatient Blood cultures growing gram negative rods; [[sepsis|sepsis]] from a urinary source.
ed Denies [[fever|fever|neg]] but reports [[chest pain|chest_pain]] since this morning.
clinic No [[cough|cough|neg]]; however, has [[dyspnea|dyspnea]] on exertion.
ed Patient denies [[nausea|nausea|neg]]. She reports [[abdominal pain|abdominal_pain]] in the epigastrium.
ed Denies [[headache|headache|neg]], but her husband says she has been [[confused|confusion]] all day.
ed No change in [[shortness of breath|dyspnea]], still requiring 2 L.
clinic No [[fever|fever|neg]]. [[Cough|cough]] productive of yellow sputum for a week.
ed Denies [[vomiting|vomiting|neg]] although she has had [[nausea|nausea]] all morning.
ed She is not sure whether she had a [[fever|fever|unc]], but has had [[rigors|rigors]].
inpatient Gram-negative bacteremia; patient [[hypotensive|hypotension]] overnight.
ed No [[diarrhea|diarrhea|neg]] or [[constipation|constipation|neg]]. Positive for [[melena|melena]] x2 today.
ed Not only [[dizziness|dizziness]] but also a brief [[syncopal episode|syncope]] at church.
clinic No significant change in [[edema|edema]], 2+ at ankles.
ed Negative for [[rash|rash|neg]] except for [[hives|urticaria]] on the back. 
ed Denies [[chest pain|chest_pain|neg]] at rest; endorses [[chest tightness|chest_pain]] with exertion.
ed Patient denies [[syncope|syncope|neg]], though she reports [[palpitations|palpitations]] before the fall.
inpatient No further [[hematemesis|hematemesis|neg]] overnight. [[Melena|melena]] continues.
ed No [[wheezing|wheezing|neg]]. Denies [[cough|cough|neg]].\nHe reports [[pleuritic pain|pleuritic_pain]] on the left.
ed Urine [[hCG positive|positive_pregnancy_test]]; no [[vaginal bleeding|vaginal_bleeding|neg]], but reports [[pelvic pain|pelvic_pain]].
clinic Patient was not only [[fatigued|fatigue]] but also reported [[weight loss|weight_loss]].
inpatient Not certain that she ever had [[asthma|asthma|unc]]; now clearly [[wheezing|wheezing]].
ed No history of [[seizures|seizure|neg]]. Today had a witnessed [[seizure|seizure]] at work.
clinic Denies [[dysuria|dysuria|neg]]. Reports [[polyuria|polyuria]] for two weeks.
psychiatry Previously denied [[SI|suicidal_ideation|neg+hist]]; today endorses [[suicidal ideation|suicidal_ideation]].
ed The patient reports no [[fever|fever|neg]].\n\nOn exam she has [[neck stiffness|neck_stiffness]] and [[photophobia|photophobia]].
ed Denies [[back pain|back_pain|neg]]. The [[urinary retention|urinary_retention]] started after the procedure.
clinic No [[headache|headache|neg]] today. Yesterday's [[dizziness|dizziness|hist]] has resolved.
clinic Gram negative on culture. Patient reports [[dysuria|dysuria]].
ed No [[dyspnea|dyspnea|neg]], [[cough|cough|neg]], or [[chest pain|chest_pain|neg]]. [[Diaphoresis|diaphoresis]] noted by triage RN.
ed ROS otherwise negative. Positive for [[palpitations|palpitations]] and [[fatigue|fatigue]].
ed Denies [[hematochezia|hematochezia|neg]]; however, reports [[abdominal pain|abdominal_pain]] and [[diarrhea|diarrhea]].
inpatient No [[confusion|confusion|neg]] this morning. Overnight [[confusion|confusion|hist]] resolved with reorientation.
ed No new [[numbness|numbness|neg]]. Persistent [[left-sided weakness|unilateral_weakness]] since 0600.
clinic Negative for [[fever|fever|neg]], yet reports [[sore throat|sore_throat]] and [[cough|cough]].
"""

def _parse_block(tag, block):
    out = []
    for line in block.strip("\n").split("\n"):
        line = line.rstrip()
        if not line:
            continue
        style, text = line.split(" ", 1)
        out.append((tag, style, text.replace("\\n", "\n")))
    return out


def snippets():
    blocks = [("aff", AFFIRMED), ("neg", NEGATED), ("unc", UNCERTAIN), ("hist", HISTORICAL),
              ("hyp", HYPOTHETICAL), ("fam", FAMILY), ("oth", OTHER), ("trap", TRAPS)]
    result = []
    for tag, block in blocks:
        for k, (t, style, text) in enumerate(_parse_block(tag, block), 1):
            result.append(("a-%s-%03d" % (tag, k), style, text))
    return result
