#!/usr/bin/env python3
"""Builds the labelled corpora under Corpora/ from the hand-written sources in Corpora/src/.

Run from anywhere:  python3 Corpora/src/build.py
Output is deterministic (same bytes every run). The build fails on any validation error.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)  # Corpora/
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import ids  # noqa: E402
from markup import parse, MarkupError  # noqa: E402
import assertions_src  # noqa: E402
import escalation_src  # noqa: E402
import samples_src  # noqa: E402

ERRORS = []


def err(msg):
    ERRORS.append(msg)


# ---------------------------------------------------------------- rule derivation (validation only)
# Concept-driven rules: an escalation rule "should fire" when these affirmed, current, patient findings are present.
def concept_rules(concepts):
    c = set(concepts)
    r = set()
    if "chest_pain" in c and c & {"radiating_pain", "diaphoresis"}:
        r.add("esc.acs")
    if "myocardial_infarction" in c:
        r.add("esc.mi_diagnosis")
    if c & {"facial_droop", "unilateral_weakness", "speech_disturbance"}:
        r.add("esc.stroke_signs")
    if "stroke" in c:
        r.add("esc.stroke_diagnosis")
    if "thunderclap_headache" in c:
        r.add("esc.thunderclap_headache")
    if "sepsis" in c:
        r.add("esc.sepsis")
    if "septic_shock" in c:
        r.add("esc.septic_shock")
    if "hypotension" in c:
        r.add("esc.hypotension")
    if "anaphylaxis" in c:
        r.add("esc.anaphylaxis")
    if c & {"suicide_plan", "suicide_intent"}:
        r.add("esc.suicide_plan_or_intent")
    if "suicidal_ideation" in c:
        r.add("esc.suicidal_ideation")
    if "homicidal_ideation" in c:
        r.add("esc.homicidal_ideation")
    if c & {"hematemesis", "melena"}:
        r.add("esc.upper_gi_bleed")
    if "hematochezia" in c:
        r.add("esc.lower_gi_bleed")
    if "hemoptysis" in c:
        r.add("esc.massive_hemoptysis")
    if c & {"dka", "kussmaul_breathing"}:
        r.add("esc.dka")
    if "hypoglycemia" in c:
        r.add("esc.hypoglycemia")
    if "pulmonary_embolism" in c or {"pleuritic_pain", "unilateral_leg_swelling"} <= c:
        r.add("esc.pulmonary_embolism")
    if "meningitis" in c or ("fever" in c and c & {"neck_stiffness", "petechial_rash"}):
        r.add("esc.meningitis")
    if "ectopic_pregnancy" in c or ("positive_pregnancy_test" in c and c & {"pelvic_pain", "vaginal_bleeding"}):
        r.add("esc.ectopic_pregnancy")
    if c & {"cauda_equina", "saddle_anesthesia"} or (
            "back_pain" in c and c & {"urinary_retention", "bowel_incontinence", "bilateral_leg_weakness"}):
        r.add("esc.cauda_equina")
    if c & {"testicular_torsion", "testicular_pain"}:
        r.add("esc.testicular_torsion")
    if "overdose" in c:
        r.add("esc.overdose")
    if "seizure" in c:
        r.add("esc.seizure")
    if "altered_mental_status" in c:
        r.add("esc.altered_mental_status")
    return r


END_ORGAN = {"chest_pain", "dyspnea", "altered_mental_status", "vision_loss", "facial_droop", "unilateral_weakness",
             "speech_disturbance", "seizure", "stroke", "confusion", "headache", "myocardial_infarction"}

NUM = r"(\d+(?:\.\d+)?)"
MEASURE_PATTERNS = {
    "bp": re.compile(r"\b(?:BP|[Bb]lood pressure)\s*(?:of\s*|was\s*|is\s*)?(\d{2,3})/(\d{2,3})"),
    "hr": re.compile(r"\b(?:HR|[Hh]eart rate|[Pp]ulse)\s*(?:of\s*|was\s*|is\s*)?(\d{2,3})\b"),
    "rr": re.compile(r"\b(?:RR|[Rr]esp(?:iratory)? rate)\s*(?:of\s*|was\s*|is\s*)?(\d{1,2})\b"),
    "temp": re.compile(r"\b(?:T|Temp|[Tt]emperature|Tmax)\s*(?:of\s*|was\s*|is\s*)?" + NUM + r"\s*°?\s*([CF])\b"),
    "spo2": re.compile(r"\b(?:SpO2|O2 sat|[Ss]ats?|[Ss]aturation|[Oo]xygen saturation)\s*(?:of\s*|was\s*|is\s*)?(\d{2,3})\s*%"),
    "k": re.compile(r"\b(?:K|[Pp]otassium)\s*(?:of\s*|was\s*|is\s*)?" + NUM + r"(?!\s*(?:mg|ng|g/))"),
    "na": re.compile(r"\b(?:Na|[Ss]odium)\s*(?:of\s*|was\s*|is\s*)?(\d{3})\b"),
    "glucose": re.compile(r"\b(?:[Gg]lucose|POC glucose|[Ff]ingerstick(?: glucose)?|BG|[Bb]lood sugar)\s*(?:of\s*|was\s*|is\s*)?" + NUM + r"\s*(mmol/L|mg/dL)?"),
    "hgb": re.compile(r"\b(?:Hgb|[Hh]emoglobin|Hb)\s*(?:of\s*|was\s*|is\s*)?" + NUM + r"\s*(g/L|g/dL)?"),
    "trop": re.compile(r"\b(?:hs-)?[Tt]roponin(?: I| T)?\s*(?:of\s*|was\s*|is\s*)?" + NUM + r"\s*(ng/mL|ng/L)"),
    "lactate": re.compile(r"\b[Ll]actate\s*(?:of\s*|was\s*|is\s*)?" + NUM),
}


def measurement_rules(text):
    r = set()
    for m in MEASURE_PATTERNS["bp"].finditer(text):
        s, d = int(m.group(1)), int(m.group(2))
        if s >= 180 or d >= 120:
            r.add("esc.severe_hypertension")
        if s < 90:
            r.add("esc.hypotension")
    for m in MEASURE_PATTERNS["hr"].finditer(text):
        v = int(m.group(1))
        if v > 150:
            r.add("esc.extreme_tachycardia")
        if v < 40:
            r.add("esc.extreme_bradycardia")
    for m in MEASURE_PATTERNS["rr"].finditer(text):
        if int(m.group(1)) >= 30:
            r.add("esc.tachypnea")
    for m in MEASURE_PATTERNS["temp"].finditer(text):
        v = float(m.group(1))
        if m.group(2) == "F":
            v = (v - 32) * 5 / 9
        if v >= 40:
            r.add("esc.hyperthermia")
        if v < 35:
            r.add("esc.hypothermia")
    for m in MEASURE_PATTERNS["spo2"].finditer(text):
        v = int(m.group(1))
        if v < 90:
            r.add("esc.hypoxia")
        if v < 85:
            r.add("esc.severe_hypoxia")
    for m in MEASURE_PATTERNS["k"].finditer(text):
        if float(m.group(1)) >= 6.5:
            r.add("esc.hyperkalemia")
    for m in MEASURE_PATTERNS["na"].finditer(text):
        if int(m.group(1)) < 120:
            r.add("esc.severe_hyponatremia")
    for m in MEASURE_PATTERNS["glucose"].finditer(text):
        v = float(m.group(1))
        if m.group(2) == "mmol/L":
            v *= 18.0
        if v < 54:
            r.add("esc.hypoglycemia")
    for m in MEASURE_PATTERNS["hgb"].finditer(text):
        v = float(m.group(1))
        if m.group(2) == "g/L":
            v /= 10
        if v < 7:
            r.add("esc.critical_hemoglobin")
    for m in MEASURE_PATTERNS["trop"].finditer(text):
        v = float(m.group(1))
        if m.group(2) == "ng/L":
            v /= 1000
        if v > 0.04:
            r.add("esc.elevated_troponin")
    for m in MEASURE_PATTERNS["lactate"].finditer(text):
        if float(m.group(1)) >= 4:
            r.add("esc.elevated_lactate")
    return r


# ---------------------------------------------------------------- unlabelled-mention check (my own lexicon)
def _w(*terms):
    return terms


LEXICON = {
    "chest_pain": _w(r"chest pain", r"chest pressure", r"chest tightness"),
    "radiating_pain": _w(r"radiat\w*"),
    "diaphoresis": _w(r"diaphore\w*"),
    "dyspnea": _w(r"dyspn\w*", r"short(?:ness)? of breath", r"(?-i:SOB)", r"(?-i:DOE)"),
    "syncope": _w(r"syncop\w*", r"passed out", r"faint\w*"),
    "facial_droop": _w(r"facial droop", r"face droop\w*"),
    "unilateral_weakness": _w(r"(?:left|right)[- ]sided weakness", r"hemiparesis"),
    "speech_disturbance": _w(r"slurred speech", r"aphasi\w*", r"dysarthri\w*", r"word[- ]finding"),
    "thunderclap_headache": _w(r"thunderclap", r"worst headache"),
    "headache": _w(r"headaches?"),
    "vision_loss": _w(r"vision loss", r"loss of vision", r"visual loss"),
    "fever": _w(r"fevers?", r"febrile"),
    "rigors": _w(r"rigors?"),
    "hypotension": _w(r"hypotens\w*"),
    "tachycardia": _w(r"tachycardi\w*"),
    "altered_mental_status": _w(r"altered mental status", r"(?-i:AMS)", r"obtunded"),
    "sepsis": _w(r"sepsis", r"septic", r"urosepsis"),
    "septic_shock": _w(r"septic shock"),
    "anaphylaxis": _w(r"anaphyla\w*"),
    "angioedema": _w(r"angioedema"),
    "urticaria": _w(r"urticari\w*", r"hives"),
    "wheezing": _w(r"wheez\w*"),
    "stridor": _w(r"stridor"),
    "suicidal_ideation": _w(r"suicidal", r"(?-i:SI)"),
    "homicidal_ideation": _w(r"homicidal", r"(?-i:HI)"),
    "hematemesis": _w(r"hematemesis", r"coffee[- ]ground"),
    "melena": _w(r"melena", r"tarry"),
    "hematochezia": _w(r"hematochezia", r"(?-i:BRBPR)", r"bright red blood"),
    "hemoptysis": _w(r"hemoptysis", r"coughing up blood"),
    "neck_stiffness": _w(r"neck stiffness", r"stiff neck", r"nuchal rigidity", r"meningismus"),
    "photophobia": _w(r"photophobi\w*"),
    "petechial_rash": _w(r"petechi\w*"),
    "pleuritic_pain": _w(r"pleuritic"),
    "unilateral_leg_swelling": _w(r"(?:left|right|unilateral) (?:leg|calf|lower extremity|lower leg) swelling"),
    "positive_pregnancy_test": _w(r"pregnancy test", r"(?-i:hCG)"),
    "vaginal_bleeding": _w(r"vaginal bleeding"),
    "pelvic_pain": _w(r"pelvic pain"),
    "abdominal_pain": _w(r"abdominal pain", r"belly pain", r"stomach pain"),
    "saddle_anesthesia": _w(r"saddle"),
    "urinary_retention": _w(r"urinary retention"),
    "bowel_incontinence": _w(r"bowel incontinence", r"fecal incontinence", r"incontinence of stool"),
    "back_pain": _w(r"back pain"),
    "bilateral_leg_weakness": _w(r"bilateral (?:leg|lower extremity) weakness", r"weakness (?:in|of) both legs"),
    "testicular_pain": _w(r"testicular pain"),
    "scrotal_swelling": _w(r"scrotal swelling"),
    "overdose": _w(r"overdos\w*"),
    "hypoglycemia": _w(r"hypoglyc\w*"),
    "dka": _w(r"(?-i:DKA)", r"ketoacidosis"),
    "kussmaul_breathing": _w(r"kussmaul"),
    "seizure": _w(r"seizures?", r"convuls\w*"),
    "stroke": _w(r"strokes?", r"(?-i:CVA)"),
    "myocardial_infarction": _w(r"myocardial infarction", r"(?-i:N?STEMI)", r"(?-i:MI)", r"heart attack"),
    "pulmonary_embolism": _w(r"pulmonary embol\w*"),
    "meningitis": _w(r"meningitis"),
    "ectopic_pregnancy": _w(r"ectopic"),
    "cauda_equina": _w(r"cauda equina"),
    "testicular_torsion": _w(r"torsion"),
    "palpitations": _w(r"palpitations?"),
    "vomiting": _w(r"vomit\w*", r"emesis"),
    "nausea": _w(r"nause\w*"),
    "diarrhea": _w(r"diarrh\w*"),
    "polyuria": _w(r"polyuria"),
    "polydipsia": _w(r"polydipsia"),
    "cough": _w(r"cough\w*"),
    "sore_throat": _w(r"sore throat"),
    "rash": _w(r"rash\w*"),
    "fatigue": _w(r"fatigue\w*"),
    "dizziness": _w(r"dizz\w*", r"lightheaded\w*"),
    "edema": _w(r"edema"),
    "weight_loss": _w(r"weight loss"),
    "anxiety": _w(r"anxi\w*"),
    "depression": _w(r"depress\w*"),
    "insomnia": _w(r"insomnia"),
    "hypertension": _w(r"hypertension", r"(?-i:HTN)"),
    "diabetes": _w(r"diabetes", r"(?-i:T?2?DM)", r"(?-i:T2DM)"),
    "copd": _w(r"(?-i:COPD)"),
    "asthma": _w(r"asthma\w*"),
    "chf": _w(r"(?-i:CHF)", r"heart failure"),
    "atrial_fibrillation": _w(r"atrial fibrillation", r"(?-i:AF)", r"a-?fib"),
    "ckd": _w(r"(?-i:CKD)", r"chronic kidney disease"),
    "cad": _w(r"(?-i:CAD)", r"coronary artery disease"),
    "hyperlipidemia": _w(r"hyperlipid\w*", r"(?-i:HLD)"),
    "hypothyroidism": _w(r"hypothyroid\w*"),
    "pneumonia": _w(r"pneumonia"),
    "uti": _w(r"(?-i:UTI)", r"urinary tract infection"),
    "cellulitis": _w(r"cellulitis"),
    "fracture": _w(r"fractur\w*"),
    "confusion": _w(r"confus\w*"),
    "dysuria": _w(r"dysuria"),
    "constipation": _w(r"constipat\w*"),
    "joint_pain": _w(r"joint pain", r"arthralgia\w*"),
    "numbness": _w(r"numb\w*"),
    "tobacco_use": _w(r"smok\w*", r"tobacco", r"cigarette\w*"),
    "alcohol_use": _w(r"alcohol", r"(?-i:EtOH)", r"drinks?"),
}
LEXICON_RE = {c: re.compile(r"(?i)\b(?:" + "|".join(t) + r")\b") for c, t in LEXICON.items()}
assert set(LEXICON) <= ids.CONCEPTS


# Phrases that contain a concept word but are not a mention of the concept.
NOT_MENTIONS = re.compile(r"(?i)\bheat stroke\b")


def unlabelled_mentions(text, findings, only):
    out = []
    skip = [(m.start(), m.end()) for m in NOT_MENTIONS.finditer(text)]
    for concept, rx in LEXICON_RE.items():
        if concept not in only:
            continue
        for m in rx.finditer(text):
            if any(a <= m.start() and m.end() <= b for a, b in skip):
                continue
            if not any(f["start"] < m.end() and m.start() < f["end"] for f in findings):
                out.append((concept, m.group(0), text[max(0, m.start() - 40):m.end() + 20]))
    return out


# ---------------------------------------------------------------- record building and validation
def max_level(rules):
    lv = "none"
    for r in rules:
        if ids.LEVELS.index(ids.RULES[r]) > ids.LEVELS.index(lv):
            lv = ids.RULES[r]
    return lv


def build_record(rid, style, src, rules=None, keep_summary=True, check_only=None, allow_extra=(), scen=""):
    try:
        text, findings, phi, summary = parse(src)
    except MarkupError as e:
        err("%s: %s" % (rid, e))
        return None
    if style not in ids.STYLES:
        err("%s: bad style %s" % (rid, style))
    for bad in ("[[", "]]", "{{", "}}", "<<", ">>"):
        if bad in text:
            err("%s: leftover marker %r in text" % (rid, bad))
    for f in findings:
        if f["concept"] not in ids.CONCEPTS:
            err("%s: unknown concept %s" % (rid, f["concept"]))
        if text[f["start"]:f["end"]].strip() != text[f["start"]:f["end"]] or f["start"] >= f["end"]:
            err("%s: finding span with edge whitespace or empty" % rid)
    for p in phi:
        if p["type"] not in ids.PHI_TYPES:
            err("%s: unknown phi type %s" % (rid, p["type"]))
    for s in summary:
        if s not in text or s != s.strip():
            err("%s: summary sentence not verbatim: %r" % (rid, s))
    affirmed = {f["concept"] for f in findings if f["assertion"] == "affirmed"}
    derived = concept_rules(affirmed) | measurement_rules(text)
    if rules is None:
        rules = sorted(derived)
    else:
        not_rules = {r[1:] for r in rules if r.startswith("!")}
        rules = [r for r in rules if not r.startswith("!")]
        derived -= not_rules
        declared = set(rules)
        extra = declared - derived - {"esc.hypertensive_emergency"} - set(allow_extra)
        missing = derived - declared
        if extra or missing:
            err("%s (%s): declared rules differ from derived: extra=%s missing=%s" % (rid, scen, sorted(extra), sorted(missing)))
        if "esc.hypertensive_emergency" in declared:
            if "esc.severe_hypertension" not in declared or not (affirmed & END_ORGAN):
                err("%s: hypertensive emergency without severe BP or end-organ finding" % rid)
        rules = sorted(declared)
    for r in rules:
        if r not in ids.RULES:
            err("%s: unknown rule %s" % (rid, r))
    only = set(ids.RED_FLAGS) if check_only == "red" else ids.CONCEPTS
    for concept, surf, ctx in unlabelled_mentions(text, findings, only):
        err("%s: unlabelled mention of %s %r in ...%s..." % (rid, concept, surf, ctx.replace("\n", " ")))
    gold = {
        "escalation": max_level(rules),
        "escalation_rules": rules,
        "findings": findings,
        "phi": phi,
    }
    if keep_summary and summary:
        if not 3 <= len(summary) <= 6 and check_only == "red":
            err("%s (%s): summary has %d sentences (want 3-6)" % (rid, scen, len(summary)))
        gold["summary"] = summary
    return {"id": rid, "style": style, "text": text, "gold": gold}


def write_jsonl(path, records):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False, separators=(", ", ": ")) + "\n")


def main():
    assertion_records = []
    for rid, style, src in assertions_src.snippets():
        r = build_record(rid, style, src, check_only="all")
        if r:
            assertion_records.append(r)
    escalation_records = []
    for note in escalation_src.notes():
        r = build_record(note["id"], note["style"], note["src"], rules=note["rules"], check_only="red",
                         keep_summary=note.get("summary", True), scen=note["scenario"])
        if r:
            escalation_records.append(r)
    for name, recs in (("assertions", assertion_records), ("escalation", escalation_records)):
        seen = Counter(r["id"] for r in recs)
        for k, v in seen.items():
            if v > 1:
                err("%s: duplicate id %s" % (name, k))
    all_ids = Counter(r["id"] for r in assertion_records + escalation_records)
    for k, v in all_ids.items():
        if v > 1:
            err("duplicate id across files: %s" % k)

    if ERRORS:
        for e in ERRORS[:200]:
            print("error:", e, file=sys.stderr)
        print("%d errors; nothing written" % len(ERRORS), file=sys.stderr)
        sys.exit(1)

    write_jsonl(os.path.join(ROOT, "assertions.jsonl"), assertion_records)
    write_jsonl(os.path.join(ROOT, "escalation.jsonl"), escalation_records)
    samples_src.write(os.path.join(ROOT, "samples"))

    stats = compute_stats(assertion_records, escalation_records)
    print(stats)
    import readme_src
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(readme_src.render(stats))


def table(counter, keys=None):
    keys = keys if keys is not None else sorted(counter)
    return "\n".join("| %s | %d |" % (k, counter.get(k, 0)) for k in keys)


def compute_stats(arecs, erecs):
    lines = []
    a_assert = Counter(f["assertion"] for r in arecs for f in r["gold"]["findings"])
    a_style = Counter(r["style"] for r in arecs)
    e_style = Counter(r["style"] for r in erecs)
    e_level = Counter(r["gold"]["escalation"] for r in erecs)
    e_rules = Counter(x for r in erecs for x in r["gold"]["escalation_rules"])
    e_assert = Counter(f["assertion"] for r in erecs for f in r["gold"]["findings"])
    e_phi = Counter(p["type"] for r in erecs for p in r["gold"]["phi"])
    a_level = Counter(r["gold"]["escalation"] for r in arecs)
    n_sum = sum(1 for r in erecs if "summary" in r["gold"])
    sents = [len(r["text"]) for r in erecs]
    lines.append("assertions.jsonl: %d snippets, %d findings" % (len(arecs), sum(a_assert.values())))
    lines.append("  by assertion: " + ", ".join("%s=%d" % (k, a_assert[k]) for k in ids.ASSERTIONS))
    lines.append("  by style: " + ", ".join("%s=%d" % (k, a_style[k]) for k in ids.STYLES if a_style[k]))
    lines.append("  by escalation: " + ", ".join("%s=%d" % (k, a_level[k]) for k in ids.LEVELS))
    lines.append("escalation.jsonl: %d notes, %d with reference summaries, mean %d chars" % (
        len(erecs), n_sum, sum(sents) // max(1, len(sents))))
    lines.append("  by style: " + ", ".join("%s=%d" % (k, e_style[k]) for k in ids.STYLES if e_style[k]))
    lines.append("  by escalation: " + ", ".join("%s=%d" % (k, e_level[k]) for k in ids.LEVELS))
    lines.append("  red-flag findings by assertion: " + ", ".join("%s=%d" % (k, e_assert[k]) for k in ids.ASSERTIONS))
    lines.append("  phi spans by type: " + ", ".join("%s=%d" % (k, e_phi[k]) for k in ids.PHI_TYPES))
    lines.append("  notes per rule: " + ", ".join("%s=%d" % (k, e_rules[k]) for k in ids.RULES))
    low = [k for k in ids.RULES if e_rules[k] < 3]
    if low:
        lines.append("  WARNING rules with fewer than 3 notes: " + ", ".join(low))
    return Stats("\n".join(lines), a_assert, a_style, a_level, e_style, e_level, e_rules, e_assert, e_phi,
                 len(arecs), len(erecs), n_sum, sum(a_assert.values()))


class Stats:
    def __init__(self, text, a_assert, a_style, a_level, e_style, e_level, e_rules, e_assert, e_phi,
                 n_a, n_e, n_sum, n_af):
        self.text = text
        self.a_assert, self.a_style, self.a_level = a_assert, a_style, a_level
        self.e_style, self.e_level, self.e_rules, self.e_assert, self.e_phi = e_style, e_level, e_rules, e_assert, e_phi
        self.n_a, self.n_e, self.n_sum, self.n_af = n_a, n_e, n_sum, n_af

    def __str__(self):
        return self.text


if __name__ == "__main__":
    main()
