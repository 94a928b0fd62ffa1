#!/usr/bin/env python3
"""Robustness check on real de-identified notes (../shared/data/mtsamples.jsonl by default; not part of the tests).

Runs the release notesum over the JSONL, then checks that every input line has exactly one output line with the
same id, that every span (sentences kept in the summary, findings, measurements, redactions, evidence) lies inside
its note, and that each summary item's text equals source[start:end] with the listed redactions applied.
Prints the time. Usage: Scripts/check-real-notes.py [NOTES.jsonl] [--jobs N]
"""
import json, subprocess, sys, time, os

args = [a for a in sys.argv[1:] if not a.startswith("--")]
path = args[0] if args else os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data", "mtsamples.jsonl")
jobs = "2"
if "--jobs" in sys.argv:
    jobs = sys.argv[sys.argv.index("--jobs") + 1]
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
subprocess.run(["swift", "build", "-c", "release", "--product", "notesum"], cwd=root, check=True,
               stdout=subprocess.DEVNULL)
binary = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=root, check=True,
                        capture_output=True, text=True).stdout.strip() + "/notesum"
lines = open(path, encoding="utf-8").read().split("\n")
if lines and lines[-1] == "":
    lines.pop()
start = time.time()
run = subprocess.run([binary, "--input", "jsonl", "--format", "jsonl", "--jobs", jobs, path],
                     capture_output=True, text=True)
elapsed = time.time() - start
outputs = run.stdout.split("\n")[:-1]
problems = []
if run.returncode != 0:
    problems.append(f"exit status {run.returncode}")
if len(outputs) != len(lines):
    problems.append(f"{len(lines)} input lines but {len(outputs)} output lines")
spans = 0
for n, (inp, out) in enumerate(zip(lines, outputs), 1):
    src = json.loads(inp)
    res = json.loads(out)
    if "error" in res:
        problems.append(f"line {n}: error record {res['error']['kind']}")
        continue
    if str(src.get("id")) != res.get("id"):
        problems.append(f"line {n}: id mismatch")
    text = src["text"]
    def inside(s):
        return 0 <= s["start"] <= s["end"] <= len(text)
    for item in res["summary"]:
        spans += 1
        if not inside(item):
            problems.append(f"line {n}: summary span outside the note"); continue
        expected, cursor = "", item["start"]
        for r in sorted(res["redactions"], key=lambda r: r["start"]):
            if item["start"] <= r["start"] and r["end"] <= item["end"]:
                expected += text[cursor:r["start"]] + r["replacement"]; cursor = r["end"]
        expected += text[cursor:item["end"]]
        if expected != item["text"]:
            problems.append(f"line {n}: summary text is not the source slice with its redactions")
    for group in (res["findings"], res["measurements"], res["redactions"]):
        for s in group:
            spans += 1
            if not inside(s):
                problems.append(f"line {n}: span outside the note")
    for reason in res["escalation"]["reasons"]:
        for e in reason["evidence"]:
            spans += 1
            if not inside(e):
                problems.append(f"line {n}: evidence outside the note")
size = os.path.getsize(path)
print(f"{len(lines)} records, {len(outputs)} outputs, {spans} spans checked, {len(problems)} problems; "
      f"{elapsed:.2f} s ({size / elapsed / 1e6:.2f} MB/s, {len(lines) / elapsed:.0f} notes/s, --jobs {jobs})")
print(run.stderr.strip().split("\n")[-1])
for p in problems[:20]:
    print("  " + p)
sys.exit(1 if problems else 0)
