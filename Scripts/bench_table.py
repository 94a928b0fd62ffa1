#!/usr/bin/env python3
"""Prints a compact table from the per-iteration records the benchmarks append to $NOTESUM_BENCH_RESULTS.

    python3 Scripts/bench_table.py .build-bench/results/iterations.tsv

Each line is `name, warmup, bytes, notes, nanoseconds` for one iteration (one pass over the whole corpus); the
first `warmup` lines of each name are dropped and the rest reduced to medians. MB is 10^6 bytes of note text.
MB/CPU-s divides by the process's CPU time instead of wall time (all threads; steadier on a shared machine).
"""
import statistics
import sys

TARGETS = {"02 segment": 0.50, "03 analyze": 0.40, "04 process": 0.25, "05 job jobs 1": 0.30}


def main(path):
    runs = {}
    order = []
    for line in open(path):
        name, warmup, size, notes, ns, cpu = line.rstrip("\n").split("\t")
        if name not in runs:
            runs[name] = {"warmup": int(warmup), "bytes": int(size), "notes": int(notes), "ns": [], "cpu": []}
            order.append(name)
        runs[name]["ns"].append(int(ns))
        runs[name]["cpu"].append(int(cpu))
    rows = {}
    for name in order:
        r = runs[name]
        measured = r["ns"][r["warmup"]:] or r["ns"]
        secs = [n / 1e9 for n in measured]
        med = statistics.median(secs)
        cpu = statistics.median([c / 1e9 for c in (r["cpu"][r["warmup"]:] or r["cpu"])])
        rows[name] = {
            "secs": med,
            "mbps": r["bytes"] / 1e6 / med if r["bytes"] else None,
            "mbps_all": sorted(r["bytes"] / 1e6 / s for s in secs) if r["bytes"] else [],
            "notes": r["notes"] / med if r["notes"] else None,
            "cpu": cpu,
            "mbcpu": r["bytes"] / 1e6 / cpu if r["bytes"] and cpu else None,
            "n": len(measured),
        }
    floor = rows.get("01 ICU floor", {}).get("mbps")
    floor_cpu = rows.get("01 ICU floor", {}).get("mbcpu")
    first = next((runs[n] for n in order if runs[n]["bytes"]), None)
    if first:
        print(f"corpus: {first['bytes'] / 1e6:.1f} MB of note text, {first['notes']} notes; medians of n iterations")
    print(f"{'benchmark':26} {'MB/s':>7} {'notes/s':>8} {'s/iter':>8} {'vs floor':>8} {'target':>12} {'MB/CPU-s':>9} {'vs floor':>8}  n  MB/s per iteration")
    for name in order:
        r = rows[name]
        ratio = f"{r['mbps'] / floor:.1%}" if floor and r["mbps"] and name != "01 ICU floor" else ""
        target = ""
        if name in TARGETS:
            t = TARGETS[name]
            target = f">={t:.0%} " + ("ok" if floor and r["mbps"] / floor >= t else "MISS")
        if name.startswith("06"):
            target = "<20ms " + ("ok" if r["secs"] < 0.020 else "MISS")
        mbps = f"{r['mbps']:.2f}" if r["mbps"] else "-"
        notes = f"{r['notes']:.0f}" if r["notes"] else "-"
        per = " ".join(f"{x:.1f}" for x in r["mbps_all"])
        secs = f"{r['secs'] * 1000:.1f}ms" if name.startswith("06") else f"{r['secs']:.2f}"
        mbcpu = f"{r['mbcpu']:.2f}" if r["mbcpu"] else "-"
        rcpu = f"{r['mbcpu'] / floor_cpu:.1%}" if floor_cpu and r["mbcpu"] and name != "01 ICU floor" else ""
        print(f"{name:26} {mbps:>7} {notes:>8} {secs:>8} {ratio:>8} {target:>12} {mbcpu:>9} {rcpu:>8}  {r['n']}  {per}")
    j1, j2 = rows.get("05 job jobs 1"), rows.get("05 job jobs 2")
    if j1 and j2:
        s = j2["mbps"] / j1["mbps"]
        print(f"jobs 2 / jobs 1 = {s:.2f}x (target >= 1.7x) {'ok' if s >= 1.7 else 'MISS'}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".build-bench/results/iterations.tsv")
