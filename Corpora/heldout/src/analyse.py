#!/usr/bin/env python3
"""Per-mention and per-type detail behind `notesum eval` on the held-out set (read-only: runs the given binary).

usage: analyse.py NOTESUM_BINARY RULES_DIR > report.txt
Runs `notesum --input jsonl --format jsonl` (findings, escalation, emitted summary with redactions) and
`notesum guard --input jsonl` with the whole note as the candidate (whole-note redaction coverage per PHI type).
Matching follows `notesum eval`: greedy one-to-one by concept with span overlap.
"""
import json
import os
import subprocess
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
LEVELS = ["none", "routine", "urgent", "emergent"]


def load(name):
    return [json.loads(l) for l in open(os.path.join(ROOT, name), encoding="utf-8")]


def run(cmd, recs, key):
    inp = "".join(json.dumps({"id": r["id"], key: r["text"]}) + "\n" for r in recs)
    p = subprocess.run(cmd, input=inp.encode(), capture_output=True, check=True)
    return {o["id"]: o for o in (json.loads(l) for l in p.stdout.decode().splitlines() if l.strip())}


def label(f):
    return f["assertion"]


def main():
    binary, rules = sys.argv[1], sys.argv[2]
    corp = {"assertions": load("assertions.jsonl"), "escalation": load("escalation.jsonl")}
    allrecs = corp["assertions"] + corp["escalation"]
    out = run([binary, "--rules", rules, "--input", "jsonl", "--format", "jsonl", "--jobs", "1"], allrecs, "text")
    guard = run([binary, "guard", "--rules", rules, "--input", "jsonl", "--format", "jsonl", "--jobs", "1"], allrecs,
                "candidate")

    # ---- assertions: confusion of primary labels over matched mentions, and misses
    conf = Counter()
    dims = {d: Counter() for d in ("negated", "uncertain", "historical", "hypothetical")}
    exp = Counter()
    wrong, missed = [], []
    for r in allrecs:
        t = r["text"]
        pred = [f for f in out[r["id"]]["findings"]]
        used = set()
        for g in r["gold"]["findings"]:
            m = None
            for i, p in enumerate(pred):
                if i in used or p["concept"] != g["concept"]:
                    continue
                if p["start"] < g["end"] and g["start"] < p["end"]:
                    m = i
                    break
            ctx = t[max(0, g["start"] - 40):g["end"] + 25].replace("\n", " | ")
            if m is None:
                missed.append((r["id"], g["concept"], t[g["start"]:g["end"]], label(g), ctx))
                continue
            used.add(m)
            p = pred[m]
            conf[(label(g), label(p))] += 1
            for d in dims:
                dims[d][(g[d], p[d])] += 1
            exp[(g["experiencer"], p["experiencer"])] += 1
            if label(g) != label(p):
                cues = ",".join(c if isinstance(c, str) else c.get("id", "?") for c in p.get("cues", []))
                wrong.append((r["id"], g["concept"], t[g["start"]:g["end"]], label(g), label(p), cues, ctx))
    labs = ["affirmed", "negated", "uncertain", "historical", "hypothetical", "family", "other"]
    print("ASSERTION LABEL CONFUSION (rows gold, columns predicted; matched mentions only)")
    print("gold\\pred".ljust(13) + "".join(l[:8].rjust(9) for l in labs) + "   total  acc")
    for g in labs:
        row = [conf[(g, p)] for p in labs]
        tot = sum(row)
        print(g.ljust(13) + "".join(str(x).rjust(9) for x in row) + f"{tot:8d}  " + (f"{conf[(g, g)] / tot:.3f}" if tot else "-"))
    print()
    print("PER-DIMENSION (gold/pred booleans): TP FP FN TN")
    for d, c in dims.items():
        print(f"  {d:13s} TP {c[(True, True)]:3d}  FP {c[(False, True)]:3d}  FN {c[(True, False)]:3d}  TN {c[(False, False)]:3d}")
    print("  experiencer  ", dict(sorted(exp.items())))
    print()
    print(f"WRONG ASSERTION ({len(wrong)}): id | concept | surface | gold -> predicted | cues | context")
    for w in wrong:
        print("  " + " | ".join(w[:6]) + " | ..." + w[6] + "...")
    print()
    print(f"UNMATCHED GOLD MENTIONS ({len(missed)}): id | concept | surface | gold | context")
    for m in missed:
        print("  " + " | ".join(m[:4]) + " | ..." + m[4] + "...")
    print()

    # ---- escalation per note
    print("ESCALATION DIFFERENCES (gold level/rules vs predicted)")
    for r in allrecs:
        o = out[r["id"]]
        pl = o["escalation"]["level"]
        pr = sorted({x["rule"] for x in o["escalation"]["reasons"]})
        gr = r["gold"]["escalation_rules"]
        if pl != r["gold"]["escalation"] or pr != gr:
            miss = sorted(set(gr) - set(pr))
            extra = sorted(set(pr) - set(gr))
            print(f"  {r['id']}: gold {r['gold']['escalation']} pred {pl}; missing {miss}; extra {extra}")
    print()

    # ---- PHI per type: whole-note coverage (guard over the note) and leaks in the emitted summary
    cov, tot, leak = Counter(), Counter(), Counter()
    unred = defaultdict(list)
    for r in corp["escalation"]:
        t = r["text"]
        g = guard[r["id"]]
        red = [(x["start"], x["end"]) for x in g["redactions"]]
        o = out[r["id"]]
        emitted = [(s["start"], s["end"]) for s in o["summary"]]
        ored = [(x["start"], x["end"]) for x in o["redactions"]]
        for p in r["gold"]["phi"]:
            n_cov = 0
            for i in range(p["start"], p["end"]):
                tot[p["type"]] += 1
                if any(a <= i < b for a, b in red):
                    cov[p["type"]] += 1
                    n_cov += 1
                if any(a <= i < b for a, b in emitted) and not any(a <= i < b for a, b in ored):
                    leak[p["type"]] += 1
            if n_cov < p["end"] - p["start"]:
                line = t[max(0, p["start"] - 20):p["end"] + 5].replace("\n", " | ")
                unred[p["type"]].append(f"{r['id']}: {t[p['start']:p['end']]!r} ({n_cov}/{p['end'] - p['start']} chars) ...{line}...")
    print("PHI BY TYPE: chars | whole-note redacted | rate | leaked in emitted summary")
    for ty in sorted(tot):
        print(f"  {ty:8s} {tot[ty]:5d} {cov[ty]:5d}  {cov[ty] / tot[ty]:.3f}  {leak[ty]:4d}")
    print(f"  {'all':8s} {sum(tot.values()):5d} {sum(cov.values()):5d}  {sum(cov.values()) / sum(tot.values()):.3f}  {sum(leak.values()):4d}")
    print()
    print("PHI SPANS NOT FULLY REDACTED (whole note)")
    for ty in sorted(unred):
        print(f" {ty} ({len(unred[ty])})")
        for x in unred[ty]:
            print("   " + x)


if __name__ == "__main__":
    main()
