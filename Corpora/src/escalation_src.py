"""Builds the escalation notes: hand-written clinical scenarios (escalation_pos / escalation_neg) laid out in the
section structure of each note style with synthetic identities and filler. Seeded, so deterministic."""
import random

import escalation_pos as P
import escalation_neg as N
from escalation_common import assemble, concepts_in

POSITIVE = [
    (P.acs, 4), (P.stemi, 3), (P.stroke_ed, 4), (P.stroke_dx, 3), (P.thunderclap, 3), (P.sepsis, 5), (lambda r: P.sepsis(r, True), 2), (P.hypoxia, 5),
    (lambda r: P.htn(r, True), 3), (lambda r: P.htn(r, False), 3), (P.anaphylaxis, 3),
    (lambda r: P.suicidal(r, True), 4), (lambda r: P.suicidal(r, False), 3), (P.homicidal, 3), (P.ugib, 4),
    (P.lgib, 3), (P.hyperkalemia, 3), (P.hypoglycemia, 3), (P.dka, 3), (P.pe, 4), (P.meningitis, 3), (P.ectopic, 3),
    (P.cauda, 3), (P.torsion, 3), (P.overdose, 4), (P.svt, 3), (P.brady, 3), (P.heatstroke, 3), (P.hypothermia, 3),
    (P.anemia, 3), (P.hyponatremia, 3), (P.asthma_attack, 3), (P.seizure, 3), (P.ams, 3), (P.hemoptysis, 3),
]
NEGATIVE = [
    (N.chest_pain_fu, 7), (N.diabetes_fu, 6), (N.uri, 8), (N.psych_fu, 7), (N.normal_ct, 9), (N.nursing_quiet, 6),
    (N.discharge_resolved, 8), (N.ed_minor, 9), (N.peds_well, 5), (N.inpatient_stable, 6), (N.tele_minor, 6),
]


def _all_text(sec):
    out = []
    for v in sec.values():
        if isinstance(v, str):
            out.append(v)
        elif v:
            out.extend(v)
    return " ".join(out)


def notes():
    made = []
    for group, table in (("p", POSITIVE), ("n", NEGATIVE)):
        for k, (fn, count) in enumerate(table):
            for j in range(count):
                rng = random.Random("notesum-escalation-%s-%02d-%02d" % (group, k, j))
                person, style, rules, sec = fn(rng)
                avoid = concepts_in(_all_text(sec))
                src = assemble(rng, style, person, sec, avoid)
                made.append({"style": style, "rules": rules, "src": src, "scenario": "%s%d" % (group, k)})
    random.Random("notesum-escalation-order").shuffle(made)
    for i, m in enumerate(made, 1):
        m["id"] = "e-%04d" % i
    return made
