#!/usr/bin/env bash
# The test suite under AddressSanitizer, and the parallel paths under ThreadSanitizer.
#   Scripts/sanitizers.sh [address|thread|all]     (default: all)
# Each sanitizer has its own scratch path (.build-asan, .build-tsan) so the normal .build stays as it is.
# The CLI tests run the notesum binary from the same instrumented build, so `--jobs 2` runs instrumented too;
# a report makes that process exit non-zero, which fails the test that ran it.
set -euo pipefail
cd "$(dirname "$0")/.."
which=${1:-all}

# LeakSanitizer misreads Swift enum payloads that keep tag bits in pointers as leaks; every other ASan check stays on.
export ASAN_OPTIONS="detect_leaks=0:abort_on_error=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export TSAN_OPTIONS="halt_on_error=0:exitcode=66${TSAN_OPTIONS:+:$TSAN_OPTIONS}"

# The tests that run work on several threads: the --jobs determinism test (BatchRunner over the CLI) and the
# index's concurrent reader and writer, evaluation with jobs: 2, and a --jobs 2 stream with a blocked record.
concurrency='SummarizeCLITests/sameBytesWhateverTheJobs|IndexConcurrencyTests|HTMLReportTests/htmlIsSelfContainedAndHasTheCharts|HostileInputCLITests/guardrailTimeoutBlocksItsRecordAndTheStreamGoesOn'

if [ "$which" = all ] || [ "$which" = address ]; then
  echo "== swift test --sanitize=address (whole suite)" >&2
  swift test --scratch-path .build-asan --sanitize=address
fi
if [ "$which" = all ] || [ "$which" = thread ]; then
  echo "== swift test --sanitize=thread --filter '$concurrency'" >&2
  swift test --scratch-path .build-tsan --sanitize=thread --filter "$concurrency"
fi
echo "sanitizers: clean" >&2
