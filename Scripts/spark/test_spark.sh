#!/usr/bin/env bash
# End-to-end test of the Spark pipe stage with the real engine (issue 9):
#   1. installs what is missing: Java 17 (Debian's openjdk-17-jre-headless) and pyspark (PyPI);
#   2. builds notesum (release) unless NOTESUM_BIN names a binary;
#   3. generates a 20k-note corpus (plus a few blank, CRLF and malformed lines);
#   4. runs Scripts/spark/notesum_spark.py with local[2], and one `notesum --jobs 2` process over the same input;
#   5. compares the two outputs as sets of records keyed by id, byte for byte per record, and the totals;
#   6. checks that a failing notesum (unreadable rule set) fails the Spark job.
# Exits non-zero on any difference. Env: NOTES (default 20000), PARTITIONS (default 8), PYTHON, NOTESUM_BIN, KEEP=1.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
t_start=$(date +%s.%N)
elapsed() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$1" "$(date +%s.%N)"; }
say() { echo "test_spark: $*"; }

notes=${NOTES:-20000}
partitions=${PARTITIONS:-8}
py=${PYTHON:-python3}

# 1. Java and pyspark.
if ! command -v java >/dev/null 2>&1; then
  say "installing openjdk-17-jre-headless"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq openjdk-17-jre-headless >/dev/null
fi
if ! "$py" -c 'import pyspark' >/dev/null 2>&1; then
  say "installing pyspark from PyPI"
  "$py" -m pip install -q --disable-pip-version-check pyspark
fi
say "java: $(java -version 2>&1 | head -n 1); pyspark $("$py" -c 'import pyspark; print(pyspark.__version__)')"

# 2. notesum.
if [ -n "${NOTESUM_BIN:-}" ]; then
  bin=$NOTESUM_BIN
else
  t=$(date +%s.%N)
  swift build -c release --product notesum 2>&1 | tail -n 1
  bin=$(swift build -c release --show-bin-path)/notesum
  say "release build: $(elapsed "$t") s"
fi
[ -x "$bin" ] || { say "no notesum binary at $bin"; exit 1; }
rules=$root/Rules/default

work=$(mktemp -d "${TMPDIR:-/tmp}/notesum-spark-test.XXXXXX")
if [ "${KEEP:-0}" = 1 ]; then say "keeping $work"; else trap 'rm -rf "$work"' EXIT; fi

# 3. Corpus: generated notes with edge lines spread through them.
t=$(date +%s.%N)
"$bin" corpus generate --seed 9 --count "$notes" > "$work/generated.jsonl"
"$py" - "$work/generated.jsonl" "$work/in.jsonl" <<'EOF'
import sys
src, dst = sys.argv[1], sys.argv[2]
lines = open(src, "rb").read().split(b"\n")
if lines and lines[-1] == b"":
    lines.pop()
edge = [
    b"",                                          # blank: skipped
    b" \t ",                                      # blank: skipped
    b"\r",                                        # blank after notesum strips the CR: skipped
    b'{"id":"edge-wrong-type","text":42}',        # error: wrong_type
    b'{"id":"edge-missing-text","note":"x"}',     # error: missing_field
    b"this is not JSON",                          # error: invalid_json, no id
    b'{"id":"edge-crlf","text":"Chest pain since 6am. Denies fever."}\r',   # CRLF line: a result
    b'{"id":"edge-blocked","text":"Chief complaint: crushing chest pain radiating to the left arm, do not release this note."}',  # blocked: notesum exits 3
    b'{"id":"edge-unicode","text":"Pt c/o chest pain \xe2\x80\x94 radiating to L arm. SpO2 88%."}',
]
step = max(1, len(lines) // (len(edge) + 1))
out = []
for i, line in enumerate(lines):
    if i % step == 0 and i // step - 1 < len(edge) and i > 0:
        out.append(edge[i // step - 1])
    out.append(line)
out.append(lines[0].replace(b'"id":"', b'"id":"edge-last-no-newline-', 1))
open(dst, "wb").write(b"\n".join(out))        # the last line has no newline
EOF
size=$(stat -c %s "$work/in.jsonl")
say "corpus: $(wc -l < "$work/in.jsonl") newlines, $size bytes ($(elapsed "$t") s)"

# 4a. Spark, local[2].
export PYSPARK_PYTHON=$py PYSPARK_DRIVER_PYTHON=$py SPARK_LOCAL_IP=127.0.0.1
t=$(date +%s.%N)
"$py" Scripts/spark/notesum_spark.py --master 'local[2]' --input "$work/in.jsonl" --output "$work/spark-out" \
  --notesum "$bin" --rules "$rules" --partitions "$partitions" \
  --conf spark.ui.enabled=false --conf spark.ui.showConsoleProgress=false --conf spark.driver.memory=2g > "$work/spark.log" 2> "$work/spark.err" \
  || { tail -n 40 "$work/spark.err"; say "FAILED: the Spark job exited non-zero"; exit 1; }
t_spark=$(elapsed "$t")
cat "$work/spark.log"
say "spark local[2], $partitions partitions: $t_spark s"

# 6 (in the background, beside 4b). A notesum that fails (rule set missing) must fail the job with exit 2, not
# write partial output quietly.
head -n 50 "$work/generated.jsonl" > "$work/small.jsonl"
fail_check() {
  local t rc=0
  t=$(date +%s.%N)
  "$py" Scripts/spark/notesum_spark.py --master 'local[1]' --input "$work/small.jsonl" --output "$work/fail-out" \
    --notesum "$bin" --rules "$work/no-such-rules" --partitions 2 \
    --conf spark.ui.enabled=false --conf spark.ui.showConsoleProgress=false > "$work/fail.log" 2> "$work/fail.err" || rc=$?
  if [ "$rc" != 2 ] || ! grep -q "notesum stage failed.*PIPE_FUNCTION_EXITED" "$work/fail.err"; then
    tail -n 20 "$work/fail.err"
    say "FAILED: a notesum that cannot load its rule set should fail the job with exit 2 (got $rc)"
    return 1
  fi
  say "a failing notesum fails the job: $(grep -o 'notesum stage failed.*' "$work/fail.err" | cut -c1-110)... ($(elapsed "$t") s)"
}
fail_check > "$work/fail-check.out" 2>&1 &
fail_pid=$!

# 4b. One notesum process.
t=$(date +%s.%N)
rc=0
"$bin" --input jsonl --format jsonl --jobs 2 --rules "$rules" < "$work/in.jsonl" > "$work/single.jsonl" 2> "$work/single.err" || rc=$?
t_single=$(elapsed "$t")
# 3 = some output was blocked (the records are still written); anything else non-zero is a failure.
if [ "$rc" != 0 ] && [ "$rc" != 3 ]; then cat "$work/single.err"; say "FAILED: notesum exited $rc"; exit 1; fi
cat "$work/single.err"
say "single notesum --jobs 2: $t_single s (exit $rc)"

fail_rc=0
wait "$fail_pid" || fail_rc=$?
cat "$work/fail-check.out"
[ "$fail_rc" = 0 ] || exit 1

# 5. Same records, same totals.
"$py" Scripts/spark/compare_outputs.py "$work/spark-out" "$work/single.jsonl"
"$py" - "$work/spark.log" "$work/single.err" <<'EOF'
import re, sys
spark = open(sys.argv[1]).read()
single = open(sys.argv[2]).read()
s = re.search(r"notesum_spark: (\d+) lines in: (\d+) ok \((\d+) blocked\), (\d+) errors, (\d+) blank", spark)
n = re.search(r"notesum summarize: (\d+) lines: (\d+) ok, (\d+) blocked, (\d+) errors, (\d+) skipped", single)
if not s or not n:
    sys.exit("test_spark: FAILED: totals line missing")
s_in, s_ok, s_blocked, s_err, s_blank = map(int, s.groups())
n_in, n_ok, n_blocked, n_err, n_skip = map(int, n.groups())
want = (n_in, n_ok + n_blocked, n_err, n_skip)
got = (s_in, s_ok, s_err, s_blank)
if got != want:
    sys.exit(f"test_spark: FAILED: totals differ: spark (in, ok, errors, blank) {got} vs notesum {want}")
if s_blocked != n_blocked:
    print(f"test_spark: note: blocked count differs (spark accumulator {s_blocked}, notesum {n_blocked})")
if n_err < 3 or n_skip < 3 or n_blocked < 1:
    sys.exit(f"test_spark: FAILED: the edge lines were not all seen (errors {n_err}, skipped {n_skip}, blocked {n_blocked})")
print(f"test_spark: totals agree: {n_in} lines = {n_ok + n_blocked} ok ({n_blocked} blocked) + {n_err} errors + {n_skip} blank")
EOF

say "total $(elapsed "$t_start") s"
echo "test_spark: 1 passed, 0 failed"
