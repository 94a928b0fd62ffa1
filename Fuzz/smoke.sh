#!/usr/bin/env bash
# Runs every fuzz target for a short smoke (default 30 s each) after one build. Exits non-zero on the first
# crash, leak or hang; the crashing input is kept under Fuzz/artifacts/.
#   Fuzz/smoke.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
build=0
for t in document jsonl rules guard search; do
  echo "== fuzz smoke: $t (${seconds}s)" >&2
  NOTESUM_FUZZ_NO_BUILD=$build Fuzz/run.sh "$t" "$seconds"
  build=1
done
