#!/usr/bin/env bash
# Runs the throughput benchmarks (Benchmarks/, ordo-one/benchmark, release build) over the seeded > 20 MB synthetic
# corpus and prints a compact table with MB/s, notes/s and the ratio of each stage to the bare ICU floor.
#
#   Scripts/bench.sh                       # all benchmarks, 5 measured iterations each (after 1 warm-up)
#   NOTESUM_BENCH_ITERATIONS=3 Scripts/bench.sh --filter '0[1-4].*'
#
# Extra arguments go to `swift package benchmark`. Results: .build-bench/results/ (JMH JSON and the text output).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/.build-bench/results"
mkdir -p "$out"
rm -f "$out/Current_run.jmh.json"
cd "$root/Benchmarks"
swift package --scratch-path ../.build-bench --allow-writing-to-directory "$out" \
  benchmark --format jmh --path "$out" --no-progress "$@" 2>&1 | tee "$out/benchmark.log" | grep -v '^\[[0-9]*/[0-9]*\]' || true
echo
python3 "$root/Scripts/bench_table.py" "$out/Current_run.jmh.json" | tee "$out/table.txt"
