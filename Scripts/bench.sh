#!/usr/bin/env bash
# Runs the throughput benchmarks (Benchmarks/, ordo-one/benchmark, release build) over the seeded > 20 MB synthetic
# corpus and prints a compact table with MB/s, notes/s and the ratio of each stage to the bare ICU floor.
#
#   Scripts/bench.sh                       # all benchmarks, 5 measured iterations each (after 1 warm-up)
#   NOTESUM_BENCH_ITERATIONS=3 Scripts/bench.sh --filter '0[1-4].*'
#
# Extra arguments go to `swift package benchmark`. Results in .build-bench/results/: benchmark.log (ordo-one's
# tables: wall clock, CPU, peak resident memory, mallocs, kB/s, notes/s), iterations.tsv and table.txt.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/.build-bench/results"
mkdir -p "$out"
export NOTESUM_BENCH_RESULTS="$out/iterations.tsv"
rm -f "$NOTESUM_BENCH_RESULTS"
cd "$root/Benchmarks"
swift package --scratch-path ../.build-bench benchmark --no-progress "$@" 2>&1 \
  | grep -v '^\[[0-9]*/[0-9]*\]' | tee "$out/benchmark.log"
echo
python3 "$root/Scripts/bench_table.py" "$NOTESUM_BENCH_RESULTS" | tee "$out/table.txt"
