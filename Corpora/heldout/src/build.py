#!/usr/bin/env python3
"""Build the blind held-out corpora (Corpora/heldout/*.jsonl) from the hand-written sources in this folder.

Markup in the sources:
  «surface text|concept|flags»   a concept mention; flags are letters: n negated, u uncertain, h historical,
                                 y hypothetical, f family, o other experiencer ("" = affirmed patient)
  ‹value|phi_type›                a PHI span (value only)
The build strips the markup, computes Unicode code-point offsets, validates everything and writes deterministic
JSONL. It writes nothing if any check fails.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.append(os.path.join(HERE, "..", "..", "src"))  # Corpora/src/ids.py (the shared ids; read-only)

from ids import CONCEPTS, RED_FLAGS, RULES, LEVELS, STYLES, PHI_TYPES, ASSERTIONS  # noqa: E402

TOKEN = re.compile(r"«([^«»|]+)\|([a-z_]+)\|([nuhyfo]*)»|‹([^‹›|]+)\|([a-z]+)›")


class BuildError(Exception):
    pass


def parse(markup, where):
    """Returns (text, findings, phi) from marked-up text."""
    out = []
    pos = 0  # code-point position in output
    findings, phi = [], []
    last = 0
    for m in TOKEN.finditer(markup):
        plain = markup[last:m.start()]
        if any(ch in plain for ch in "«»‹›"):
            raise BuildError(f"{where}: stray markup near {plain[-30:]!r}")
        out.append(plain)
        pos += len(plain)
        if m.group(1) is not None:
            surface, concept, flags = m.group(1), m.group(2), m.group(3)
            if concept not in CONCEPTS:
                raise BuildError(f"{where}: unknown concept {concept}")
            findings.append(finding(concept, flags, pos, pos + len(surface)))
        else:
            surface, typ = m.group(4), m.group(5)
            if typ not in PHI_TYPES:
                raise BuildError(f"{where}: unknown PHI type {typ}")
            phi.append({"type": typ, "start": pos, "end": pos + len(surface)})
        out.append(surface)
        pos += len(surface)
        last = m.end()
    tail = markup[last:]
    if any(ch in tail for ch in "«»‹›"):
        raise BuildError(f"{where}: stray markup near {tail[:30]!r}")
    out.append(tail)
    return "".join(out), findings, phi


def finding(concept, flags, start, end):
    neg, unc, hist, hyp = "n" in flags, "u" in flags, "h" in flags, "y" in flags
    exp = "family" if "f" in flags else "other" if "o" in flags else "patient"
    if exp == "family":
        a = "family"
    elif exp == "other":
        a = "other"
    elif hyp:
        a = "hypothetical"
    elif neg:
        a = "negated"
    elif hist:
        a = "historical"
    elif unc:
        a = "uncertain"
    else:
        a = "affirmed"
    return {"concept": concept, "assertion": a, "negated": neg, "uncertain": unc, "historical": hist,
            "hypothetical": hyp, "experiencer": exp, "start": start, "end": end}


def concept_rules(findings):
    """The concept-driven escalation rules implied by affirmed, current, patient findings (Corpora/README.md)."""
    s = {f["concept"] for f in findings if f["assertion"] == "affirmed"}
    r = set()
    def has(*cs):
        return any(c in s for c in cs)
    if "chest_pain" in s and has("radiating_pain", "diaphoresis"):
        r.add("esc.acs")
    if has("myocardial_infarction"):
        r.add("esc.mi_diagnosis")
    if has("facial_droop", "unilateral_weakness", "speech_disturbance"):
        r.add("esc.stroke_signs")
    if has("stroke"):
        r.add("esc.stroke_diagnosis")
    if has("thunderclap_headache"):
        r.add("esc.thunderclap_headache")
    if has("sepsis"):
        r.add("esc.sepsis")
    if has("septic_shock"):
        r.add("esc.septic_shock")
    if has("hypotension"):
        r.add("esc.hypotension")
    if has("anaphylaxis"):
        r.add("esc.anaphylaxis")
    if has("suicide_plan", "suicide_intent"):
        r.add("esc.suicide_plan_or_intent")
    if has("suicidal_ideation"):
        r.add("esc.suicidal_ideation")
    if has("homicidal_ideation"):
        r.add("esc.homicidal_ideation")
    if has("hematemesis", "melena"):
        r.add("esc.upper_gi_bleed")
    if has("hematochezia"):
        r.add("esc.lower_gi_bleed")
    if has("pulmonary_embolism") or ("pleuritic_pain" in s and "unilateral_leg_swelling" in s):
        r.add("esc.pulmonary_embolism")
    if has("meningitis") or ("fever" in s and has("neck_stiffness", "petechial_rash")):
        r.add("esc.meningitis")
    if has("ectopic_pregnancy") or ("positive_pregnancy_test" in s and has("pelvic_pain", "vaginal_bleeding")):
        r.add("esc.ectopic_pregnancy")
    if has("cauda_equina", "saddle_anesthesia") or (
            "back_pain" in s and has("urinary_retention", "bowel_incontinence", "bilateral_leg_weakness")):
        r.add("esc.cauda_equina")
    if has("testicular_torsion", "testicular_pain"):
        r.add("esc.testicular_torsion")
    if has("dka", "kussmaul_breathing"):
        r.add("esc.dka")
    if has("hemoptysis"):
        r.add("esc.massive_hemoptysis")
    if has("hypoglycemia"):
        r.add("esc.hypoglycemia")
    if has("overdose"):
        r.add("esc.overdose")
    if has("seizure"):
        r.add("esc.seizure")
    if has("altered_mental_status"):
        r.add("esc.altered_mental_status")
    return r


# Measurement-driven rules are declared by hand per record (the number is in the text); everything else is derived.
MEASUREMENT_RULES = {"esc.hypoxia", "esc.severe_hypoxia", "esc.severe_hypertension", "esc.hypertensive_emergency",
                     "esc.hypotension", "esc.hyperkalemia", "esc.hypoglycemia", "esc.extreme_tachycardia",
                     "esc.extreme_bradycardia", "esc.hyperthermia", "esc.hypothermia", "esc.critical_hemoglobin",
                     "esc.elevated_troponin", "esc.severe_hyponatremia", "esc.tachypnea", "esc.elevated_lactate"}


def record(rid, style, markup, declared, scope, summary=None):
    if style not in STYLES:
        raise BuildError(f"{rid}: unknown style {style}")
    text, findings, phi = parse(markup, rid)
    for r in declared:
        if r not in RULES:
            raise BuildError(f"{rid}: unknown rule {r}")
        if r not in MEASUREMENT_RULES:
            raise BuildError(f"{rid}: {r} is concept-driven and must not be declared")
    rules = sorted(concept_rules(findings) | set(declared))
    level = max((RULES[r] for r in rules), key=LEVELS.index, default="none")
    # checks
    for f in findings:
        if f["assertion"] not in ASSERTIONS:
            raise BuildError(f"{rid}: bad assertion")
        if not (0 <= f["start"] < f["end"] <= len(text)):
            raise BuildError(f"{rid}: bad span")
        if scope == "red_flags" and f["concept"] not in RED_FLAGS:
            raise BuildError(f"{rid}: non-red-flag concept {f['concept']} labelled in a red_flags record")
    for p in phi:
        if not (0 <= p["start"] < p["end"] <= len(text)) or text[p["start"]:p["end"]].strip() != text[p["start"]:p["end"]]:
            raise BuildError(f"{rid}: bad PHI span")
    if level != max((RULES[r] for r in rules), key=LEVELS.index, default="none"):
        raise BuildError(f"{rid}: level mismatch")
    gold = {"escalation": level, "escalation_rules": rules, "findings": findings, "phi": phi}
    if summary is not None:
        for s in summary:
            if s not in text:
                raise BuildError(f"{rid}: summary sentence not verbatim: {s[:40]!r}")
        gold["summary"] = summary
    gold["concept_scope"] = scope
    return {"id": rid, "style": style, "text": text, "gold": gold}, markup


def verify_slices(rec, markup):
    """Independent re-check: every span slices back to the surface text written in the markup."""
    surfaces = [m.group(1) for m in TOKEN.finditer(markup) if m.group(1) is not None]
    values = [m.group(4) for m in TOKEN.finditer(markup) if m.group(4) is not None]
    t = rec["text"]
    got = [t[f["start"]:f["end"]] for f in rec["gold"]["findings"]]
    gotp = [t[p["start"]:p["end"]] for p in rec["gold"]["phi"]]
    if got != surfaces or gotp != values:
        raise BuildError(f"{rec['id']}: span does not slice back")


def main(assertions_src=None, escalation_src=None, root=None):
    """Builds one held-out set: these sources by default, or another set's modules written into `root`."""
    if assertions_src is None:
        import heldout_assertions as assertions_src
    if escalation_src is None:
        import heldout_escalation as escalation_src
    # determinism: a second pass over the sources must give the same records
    for name, mod in (("assertions.jsonl", assertions_src), ("escalation.jsonl", escalation_src)):
        if [r[2] for r in mod.records()] != [r[2] for r in mod.records()]:
            raise BuildError(f"{name}: sources are not deterministic")
    outs = {}
    for name, mod, scope in (("assertions.jsonl", assertions_src, "all"), ("escalation.jsonl", escalation_src, "red_flags")):
        recs = []
        ids = set()
        for rid, style, markup, declared, summary in mod.records():
            if rid in ids:
                raise BuildError(f"duplicate id {rid}")
            ids.add(rid)
            rec, mk = record(rid, style, markup, declared, scope, summary)
            verify_slices(rec, mk)
            recs.append(rec)
        outs[name] = recs
    # totals the brief asks for
    a = outs["assertions.jsonl"]
    e = outs["escalation.jsonl"]
    na = sum(len(r["gold"]["findings"]) for r in a)
    if len(a) < 150 or na < 220 or len(e) < 60:
        raise BuildError(f"too small: {len(a)} snippets / {na} mentions / {len(e)} notes")
    root = root or os.path.join(HERE, "..")
    for name, recs in outs.items():
        data = "".join(json.dumps(r, ensure_ascii=False, separators=(", ", ": ")) + "\n" for r in recs)
        with open(os.path.join(root, name), "w", encoding="utf-8") as fh:
            fh.write(data)
    stats(outs)


def stats(outs):
    from collections import Counter
    for name, recs in outs.items():
        print(f"== {name}: {len(recs)} records, {sum(len(r['gold']['findings']) for r in recs)} mentions, "
              f"{sum(len(r['gold']['phi']) for r in recs)} PHI spans")
        print("  assertion:", dict(sorted(Counter(f["assertion"] for r in recs for f in r["gold"]["findings"]).items())))
        print("  level:", dict(sorted(Counter(r["gold"]["escalation"] for r in recs).items())))
        print("  style:", dict(sorted(Counter(r["style"] for r in recs).items())))
        print("  phi:", dict(sorted(Counter(p["type"] for r in recs for p in r["gold"]["phi"]).items())))
        print("  rules:", dict(sorted(Counter(x for r in recs for x in r["gold"]["escalation_rules"]).items())))


if __name__ == "__main__":
    try:
        main()
    except BuildError as e:
        print("build failed:", e, file=sys.stderr)
        sys.exit(1)
