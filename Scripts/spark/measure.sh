#!/usr/bin/env bash
# Throughput of the Spark pipe stage against one notesum process, and Spark's cost per partition (docs/scale-out.md).
#   Scripts/spark/measure.sh [NOTES]     (default 20000; needs pyspark and Java, as test_spark.sh installs them)
# Prints wall time, CPU time (user+sys of the whole process tree) and notes/s, MB/s for each run.
set -euo pipefail
cd "$(dirname "$0")/../.."
notes=${1:-20000}
py=${PYTHON:-python3}
bin=${NOTESUM_BIN:-$(swift build -c release --show-bin-path)/notesum}
rules=$PWD/Rules/default
work=$(mktemp -d "${TMPDIR:-/tmp}/notesum-spark-measure.XXXXXX")
trap 'rm -rf "$work"' EXIT
export PYSPARK_PYTHON=$py PYSPARK_DRIVER_PYTHON=$py SPARK_LOCAL_IP=127.0.0.1
conf=(--conf spark.ui.enabled=false --conf spark.ui.showConsoleProgress=false --conf spark.driver.memory=2g)

"$bin" corpus generate --seed 9 --count "$notes" > "$work/in.jsonl"
small=$(( notes / 10 ))
head -n "$small" "$work/in.jsonl" > "$work/small.jsonl"
bytes=$(stat -c %s "$work/in.jsonl")
echo "corpus: $notes notes, $bytes bytes; small: $small notes, $(stat -c %s "$work/small.jsonl") bytes"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

report() { # label notes bytes wall user sys
  "$py" -c 'import sys; l,n,b,w,u,s=sys.argv[1:]; n,b,w,c=int(n),int(b),float(w),float(u)+float(s); print(f"{l:44s} wall {w:7.1f} s  cpu {c:7.1f} s  {n/w:7.0f} notes/s  {b/w/1e6:5.2f} MB/s  ({n/max(c,1e-9):5.0f} notes per cpu-s)")' "$@"
}
timed() { # label notes bytes cmd...  (stdout of cmd to $work/out, stderr to $work/err)
  local label=$1 n=$2 b=$3; shift 3
  /usr/bin/time -f "%e %U %S" -o "$work/time" "$@" > "$work/out" 2> "$work/err" || { rc=$?; [ $rc = 3 ] || { tail "$work/err"; exit 1; }; }
  read -r w u s < "$work/time"
  report "$label" "$n" "$b" "$w" "$u" "$s"
}

timed "rule-set load only (empty input)" 0 0 "$bin" --input jsonl --format jsonl --jobs 1 --rules "$rules" < /dev/null
timed "notesum --jobs 1" "$notes" "$bytes" sh -c "\"$bin\" --input jsonl --format jsonl --jobs 1 --rules \"$rules\" < \"$work/in.jsonl\""
timed "notesum --jobs 2" "$notes" "$bytes" sh -c "\"$bin\" --input jsonl --format jsonl --jobs 2 --rules \"$rules\" < \"$work/in.jsonl\""
for m in 1 2; do
  rm -rf "$work/o"
  timed "spark local[$m], 4 partitions (end to end)" "$notes" "$bytes" "$py" Scripts/spark/notesum_spark.py --master "local[$m]" \
    --input "$work/in.jsonl" --output "$work/o" --notesum "$bin" --rules "$rules" --partitions 4 "${conf[@]}"
  echo "    $(cat "$work/out")"
done
for p in 2 64; do
  rm -rf "$work/o"
  timed "spark local[2], small input, $p partitions" "$small" "$(stat -c %s "$work/small.jsonl")" "$py" Scripts/spark/notesum_spark.py --master "local[2]" \
    --input "$work/small.jsonl" --output "$work/o" --notesum "$bin" --rules "$rules" --partitions "$p" "${conf[@]}"
  echo "    $(cat "$work/out")"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
