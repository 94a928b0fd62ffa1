#!/usr/bin/env bash
# Index benchmark: build rate vs raw FTS5 inserts of the same texts, pipeline time reported separately, and query
# latency p50/p99 over 1,000 queries with and without facets. Release build of Scripts/index-bench.
# Usage: Scripts/bench-index.sh [NOTES] [QUERIES]   (default 100000 notes, 1000 queries)
set -euo pipefail
cd "$(dirname "$0")/.."
notes=${1:-100000}
queries=${2:-1000}
scratch=${NOTESUM_BENCH_SCRATCH:-.build-index-rel}
swift build -c release --package-path Scripts/index-bench --scratch-path "$scratch" >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 Scripts/gen-index-notes.py "$notes" "$work/notes.jsonl" --seed 5
"$(swift build -c release --package-path Scripts/index-bench --scratch-path "$scratch" --show-bin-path)/index-bench" "$work/notes.jsonl" "$queries"
