#!/usr/bin/env bash
# Builds the libFuzzer targets (-sanitize=fuzzer,address) and runs one of them.
#   Fuzz/run.sh TARGET SECONDS [libFuzzer flags...]
# NOTESUM_FUZZ_CONFIG=debug (default; quicker to build, for smoke runs) or release (several times more executions
# per second, for long runs).
# TARGET is one of: document jsonl rules guard search (or the product name, e.g. FuzzDocument).
# New corpus entries go to .build-fuzz/corpus/TARGET (the checked-in seeds under Fuzz/corpus/TARGET are only read);
# crashing inputs go to Fuzz/artifacts/. Set NOTESUM_FUZZ_NO_BUILD=1 to reuse the last build.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

target=${1:?usage: Fuzz/run.sh TARGET SECONDS [libFuzzer flags...]}
seconds=${2:?usage: Fuzz/run.sh TARGET SECONDS [libFuzzer flags...]}
shift 2

case "$target" in
  document|FuzzDocument) name=document product=FuzzDocument ;;
  jsonl|FuzzJSONL) name=jsonl product=FuzzJSONL ;;
  rules|FuzzRules) name=rules product=FuzzRules ;;
  guard|FuzzGuard) name=guard product=FuzzGuard ;;
  search|FuzzSearch) name=search product=FuzzSearch ;;
  *) echo "unknown fuzz target '$target' (document, jsonl, rules, guard, search)" >&2; exit 64 ;;
esac

config=${NOTESUM_FUZZ_CONFIG:-debug}
scratch=$root/.build-fuzz
if [ "${NOTESUM_FUZZ_NO_BUILD:-0}" != 1 ]; then
  swift build --package-path Fuzz --scratch-path "$scratch" -c "$config" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library >&2
fi
bin=$scratch/$config/$product
[ -x "$bin" ] || { echo "fuzz binary $bin is missing; build without NOTESUM_FUZZ_NO_BUILD" >&2; exit 70; }

# LeakSanitizer misreads Swift enum payloads that keep tag bits in pointers (and a Foundation read buffer) as leaks of
# the rule set loaded once per process; leak checking is off, every other AddressSanitizer check is on.
export ASAN_OPTIONS="detect_leaks=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
work=$scratch/corpus/$name
mkdir -p "$work" Fuzz/artifacts
# -timeout: one input taking over 10 s is a hang finding; -rss_limit_mb bounds memory (the machine is shared).
exec "$bin" "$work" "Fuzz/corpus/$name" \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -detect_leaks=0 \
  -artifact_prefix="Fuzz/artifacts/$name-" -print_final_stats=1 "$@"
