#!/usr/bin/env bash
# End-to-end benchmark of the release CLI: peak RSS of
#   notesum --input jsonl --format jsonl --jobs 2
# over 10k and 100k generated notes (target: 100k within 1.2x of 10k), and notes/s and MB/s for --jobs 1 and
# --jobs 2 over the 10k file (median of NOTESUM_BENCH_REPEAT runs, default 3).
#
#   Scripts/bench-memory.sh            # counts 10000 and 100000
#   SMALL=2000 LARGE=20000 Scripts/bench-memory.sh
#
# Notes come from Scripts/bench_notes.py (seeded synthetic templates). Output goes to /dev/null; the input is read
# from a file in .build-release/bench/.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
small="${SMALL:-10000}"
large="${LARGE:-100000}"
repeat="${NOTESUM_BENCH_REPEAT:-3}"

if [ ! -x /usr/bin/time ]; then
  echo "bench-memory: installing GNU time (Debian package 'time')" >&2
  apt-get install -y time >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y time >/dev/null; }
fi

cd "$root"
swift build -c release --scratch-path .build-release --product notesum 2>&1 | grep -v '^\[[0-9]*/[0-9]*\]' || true
bin="$root/.build-release/release/notesum"
[ -x "$bin" ] || { echo "bench-memory: release build failed" >&2; exit 1; }

data="$root/.build-release/bench"
mkdir -p "$data"
for n in "$small" "$large"; do
  [ -s "$data/notes-$n.jsonl" ] || python3 Scripts/bench_notes.py "$n" > "$data/notes-$n.jsonl"
done

# Runs the CLI once; prints "seconds max_rss_kb".
run() {
  local jobs="$1" file="$2" log
  log="$(mktemp)"
  local rc=0
  /usr/bin/time -v "$bin" --input jsonl --format jsonl --jobs "$jobs" "$file" >/dev/null 2>"$log" || rc=$?
  # 2 (escalation) and 3 (a record blocked by a guardrail) still mean a complete run (see the README's exit codes).
  case "$rc" in 0|2|3) ;; *) cat "$log" >&2; exit "$rc" ;; esac
  local wall rss
  wall="$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log")"
  rss="$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")"
  rm -f "$log"
  python3 -c "
import sys
parts = [float(p) for p in sys.argv[1].split(':')]
secs = parts[-1] + 60 * parts[-2] + (3600 * parts[-3] if len(parts) > 2 else 0)
print(f'{secs:.3f} {sys.argv[2]}')" "$wall" "$rss"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

echo
echo "== peak RSS, --jobs 2"
rss_small="$(run 2 "$data/notes-$small.jsonl" | awk '{print $2}')"
rss_large="$(run 2 "$data/notes-$large.jsonl" | awk '{print $2}')"
echo "notes=$small  peak RSS ${rss_small} kB"
echo "notes=$large peak RSS ${rss_large} kB"
python3 -c "import sys; r = int(sys.argv[2]) / int(sys.argv[1]); print(f'ratio {r:.2f}x (target <= 1.2x) ' + ('ok' if r <= 1.2 else 'MISS'))" "$rss_small" "$rss_large"

echo
echo "== end to end over $small notes ($(stat -c %s "$data/notes-$small.jsonl") bytes of JSONL), median of $repeat"
bytes="$(python3 -c "
import json, sys
print(sum(len(json.loads(l)['text'].encode()) for l in open(sys.argv[1], encoding='utf-8')))" "$data/notes-$small.jsonl")"
declare -A secs
for jobs in 1 2; do
  secs[$jobs]="$(for _ in $(seq "$repeat"); do run "$jobs" "$data/notes-$small.jsonl" | awk '{print $1}'; done | median)"
  python3 -c "
import sys
n, b, s = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
print(f'--jobs {sys.argv[4]}: {s:.2f} s  {n / s:.0f} notes/s  {b / s / 1e6:.2f} MB/s of note text')" "$small" "$bytes" "${secs[$jobs]}" "$jobs"
done
python3 -c "import sys; r = float(sys.argv[1]) / float(sys.argv[2]); print(f'jobs 2 speed-up {r:.2f}x (target >= 1.7x) ' + ('ok' if r >= 1.7 else 'MISS'))" "${secs[1]}" "${secs[2]}"
