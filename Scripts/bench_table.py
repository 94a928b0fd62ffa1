#!/usr/bin/env python3
"""Prints a compact table from the benchmark package's JMH export (Scripts/bench.sh writes it).

    python3 Scripts/bench_table.py .build-bench/results/Current_run.jmh.json

Every figure is the median (p50) over the measured iterations; one iteration is the whole corpus.
"""
import json
import sys

TARGETS = {  # fraction of the ICU floor's MB/s
    "02": ("segment", 0.50),
    "03": ("analyze", 0.40),
    "04": ("process", 0.25),
    "05 job JSONL→JSONL jobs 1": ("job j1", 0.30),
}


def p50(metric):
    if metric is None:
        return None
    return metric["scorePercentiles"]["50.0"]


def main(path):
    data = json.load(open(path))
    rows = []
    for b in data:
        name = b["benchmark"].split(".", 3)[-1].replace("_", " ")
        m = b["secondaryMetrics"]
        kbps = p50(m.get("kB/s"))
        rows.append({
            "name": name,
            "mbps": kbps / 1000 if kbps is not None else None,
            "notes": p50(m.get("notes/s")),
            "wall_ms": (p50(m.get("Time (wall clock)")) or 0) / 1000,  # JMH export is in µs
            "rss_mb": (p50(m.get("Memory (resident peak)")) or 0) / 1e6,
            "mallocs": p50(m.get("Malloc (total)")),
            "n": len(m.get("Time (wall clock)", {}).get("rawData", [[]])[0]),
        })
    floor = next((r["mbps"] for r in rows if r["name"].startswith("01")), None)
    print(f"{'benchmark':38} {'MB/s':>8} {'notes/s':>9} {'wall ms':>9} {'peak RSS MB':>11} {'mallocs':>11} {'vs floor':>9} {'target':>8}  n")
    for r in rows:
        ratio, target = "", ""
        if floor and r["mbps"] is not None and not r["name"].startswith("01"):
            ratio = f"{r['mbps'] / floor:.1%}"
        for key, (_, t) in TARGETS.items():
            if r["name"].startswith(key):
                target = f">={t:.0%}"
                if floor and r["mbps"] is not None:
                    target += " ok" if r["mbps"] / floor >= t else " MISS"
        if r["name"].startswith("06"):
            target = "<20ms" + (" ok" if r["wall_ms"] < 20 else " MISS")
        mbps = f"{r['mbps']:.2f}" if r["mbps"] is not None else "-"
        notes = f"{r['notes']:.0f}" if r["notes"] is not None else "-"
        mallocs = f"{r['mallocs']:.0f}" if r["mallocs"] is not None else "-"
        print(f"{r['name'][:38]:38} {mbps:>8} {notes:>9} {r['wall_ms']:>9.1f} {r['rss_mb']:>11.1f} {mallocs:>11} {ratio:>9} {target:>8}  {r['n']}")
    j1 = next((r["mbps"] for r in rows if r["name"].endswith("jobs 1")), None)
    j2 = next((r["mbps"] for r in rows if r["name"].endswith("jobs 2")), None)
    if j1 and j2:
        print(f"jobs 2 / jobs 1 = {j2 / j1:.2f}x (target >= 1.7x) {'ok' if j2 / j1 >= 1.7 else 'MISS'}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".build-bench/results/Current_run.jmh.json")
