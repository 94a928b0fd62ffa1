#!/usr/bin/env bash
# Hostile and huge inputs against the release binary:
#   1. a JSONL stream of N lines (default 1,000,000) with 1% malformed lines (bad JSON, missing text, wrong types,
#      invalid UTF-8, over-long lines): every input line must come out as one output or error record (blank lines
#      are the only skips), the stderr counts must add up, and peak RSS and time are reported;
#   2. a 50 MB single note (text input, raised --max-note-bytes);
#   3. NUL bytes, and lines of megabytes with no newline.
# Usage: Scripts/stress.sh [LINES]     (env NOTESUM_BIN: use this binary instead of building one)
set -euo pipefail
cd "$(dirname "$0")/.."
lines=${1:-1000000}

if [ -n "${NOTESUM_BIN:-}" ]; then bin=$NOTESUM_BIN; else
  swift build -c release --product notesum >&2
  bin="$(swift build -c release --show-bin-path)/notesum"
fi
if [ ! -x /usr/bin/time ]; then
  echo "stress: /usr/bin/time is missing (apt-get install -y time)" >&2; exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "stress: FAIL: $*" >&2; exit 1; }

# Peak RSS (MB) and elapsed seconds from `/usr/bin/time -v` output.
rss() { awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$1"; }
elapsed() { awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.1f", s }' "$1"; }

# 1. The 1M-line stream. Every 100th line is malformed, cycling through the kinds; the over-long ones exceed
#    --max-note-bytes 65536 (the reader skips them unread past the line limit).
python3 - "$lines" "$work/stream.jsonl" <<'PY'
import json, random, sys
n, path = int(sys.argv[1]), sys.argv[2]
rng = random.Random(8)
notes = [json.loads(l)["text"] for l in open("Corpora/samples/notes.jsonl", encoding="utf-8")]
bad = [
    lambda i: b'{"id": "%d", "text": "unterminated\n' % i,                     # bad JSON
    lambda i: b'{"id": "%d", "note": "no text field"}\n' % i,                  # missing text
    lambda i: b'{"id": "%d", "text": 12345}\n' % i,                            # wrong type (text)
    lambda i: b'{"id": {"n": %d}, "text": "fever"}\n' % i,                     # wrong type (id)
    lambda i: b'{"id": "%d", "text": "fever \xc3\x28 \xff"}\n' % i,            # invalid UTF-8
    lambda i: b'{"id": "%d", "text": "' % i + b"x" * 70000 + b'"}\n',         # over-long line (too_large)
    lambda i: b'[1, 2, 3]\n',                                                  # not an object
    lambda i: b'{"id": "%d", "text": "nul \x00 raw"}\n' % i,                   # raw NUL: not JSON
]
with open(path, "wb") as f:
    for i in range(n):
        if i % 100 == 99:
            f.write(bad[(i // 100) % len(bad)](i))
        else:
            f.write(json.dumps({"id": str(i), "text": notes[rng.randrange(len(notes))]}).encode() + b"\n")
PY
in_lines=$(wc -l < "$work/stream.jsonl")
size=$(du -m "$work/stream.jsonl" | cut -f1)
echo "stress: stream of $in_lines lines ($size MB), 1% malformed" >&2
rc=0
/usr/bin/time -v "$bin" --input jsonl --format jsonl --jobs 2 --max-note-bytes 65536 "$work/stream.jsonl" \
  > "$work/out.jsonl" 2> "$work/err" || rc=$?
[ "$rc" = 0 ] || { tail -5 "$work/err" >&2; fail "stream run exited $rc"; }
out_lines=$(wc -l < "$work/out.jsonl")
errors=$(grep -c '^{"error":' "$work/out.jsonl" || true)
counts=$(grep -o 'notesum summarize: [0-9]* lines: [0-9]* ok, [0-9]* blocked, [0-9]* errors, [0-9]* skipped' "$work/err" | tail -1)
read -r c_lines c_ok c_blocked c_errors c_skipped < <(echo "$counts" | sed -E 's/[^0-9]+/ /g')
echo "stress: $counts" >&2
[ "$c_lines" = "$in_lines" ] || fail "stderr counts $c_lines lines, the input has $in_lines"
[ $((c_ok + c_blocked + c_errors + c_skipped)) = "$c_lines" ] || fail "stderr counts do not add up"
[ $((out_lines + c_skipped)) = "$in_lines" ] || fail "$out_lines output lines + $c_skipped skipped != $in_lines input lines"
[ "$errors" = "$c_errors" ] || fail "$errors error records on stdout, stderr says $c_errors"
[ "$c_errors" = $((in_lines / 100)) ] || fail "expected $((in_lines / 100)) error records, got $c_errors"
# Output order: the ids of the ok records come back in input order.
python3 - "$work/out.jsonl" <<'PY' || fail "output is not in input order"
import json, sys
last = -1
for n, line in enumerate(open(sys.argv[1], "rb"), 1):
    o = json.loads(line)
    key = int(o["id"]) if "error" not in o else int(o["line"]) - 1
    assert key > last, (n, key, last)
    last = key
PY
echo "stress: stream: $in_lines lines in, $out_lines records out + $c_skipped skipped; peak RSS $(rss "$work/err") MB; $(elapsed "$work/err") s" >&2

# 2. A 50 MB single note.
python3 - "$work/big.txt" <<'PY'
import sys
paras = [l for l in open("Corpora/samples/sample-ed.txt", encoding="utf-8").read().split("\n") if l.strip()]
out, size, k = [], 0, 0
while size < 50 * 1024 * 1024:
    p = paras[k % len(paras)] + "\n"
    out.append(p); size += len(p.encode()); k += 1
open(sys.argv[1], "w", encoding="utf-8").write("".join(out))
PY
# Segmentation alone (no regexes) and the full pipeline must finish; the pipeline gives a result (exit 0 or 2) or
# blocks the note (exit 3, fail closed) when a guardrail cannot run over it.
rc=0
/usr/bin/time -v "$bin" segment --format json --max-note-bytes $((64 << 20)) "$work/big.txt" > /dev/null 2> "$work/seg.err" || rc=$?
[ "$rc" = 0 ] || { tail -5 "$work/seg.err" >&2; fail "segmenting the 50 MB note exited $rc"; }
echo "stress: 50 MB note, segment: peak RSS $(rss "$work/seg.err") MB; $(elapsed "$work/seg.err") s" >&2
rc=0
/usr/bin/time -v "$bin" --format json --max-note-bytes $((64 << 20)) "$work/big.txt" > "$work/big.json" 2> "$work/big.err" || rc=$?
case "$rc" in
  0|2|3) python3 -c "import json,sys; json.load(open(sys.argv[1]))" "$work/big.json" || fail "50 MB note: output is not JSON"
         outcome="exit $rc, blocked: $(python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print(r['blocked'], r.get('blocked_reason') or '')" "$work/big.json")" ;;
  *) tail -5 "$work/big.err" >&2; fail "50 MB note exited $rc" ;;
esac
echo "stress: 50 MB note, summarize: $outcome; peak RSS $(rss "$work/big.err") MB; $(elapsed "$work/big.err") s" >&2
# Over the default limit it is refused with exit 65, without a crash.
rc=0; "$bin" --max-note-bytes 1000000 "$work/big.txt" > /dev/null 2> "$work/big2.err" || rc=$?
[ "$rc" = 65 ] || fail "a note over --max-note-bytes exited $rc"

# 3. NUL bytes and lines of megabytes with no newline.
printf 'Fever\0 today.\0\0 Denies cough.' | "$bin" > /dev/null || fail "NUL bytes in a text note"
head -c $((8 << 20)) /dev/zero | "$bin" --lossy > /dev/null 2>&1 || fail "8 MB of NUL bytes"
rc=0; head -c $((200 << 20)) /dev/zero | tr '\0' 'a' | /usr/bin/time -v "$bin" --input jsonl > "$work/nonl.out" 2> "$work/nonl.err" || rc=$?
[ "$rc" = 0 ] || fail "a 200 MB line with no newline exited $rc"
grep -q '"too_large"' "$work/nonl.out" && [ "$(wc -l < "$work/nonl.out")" = 1 ] || fail "a 200 MB line is not one too_large record"
echo "stress: 200 MB line without newline: one too_large record; peak RSS $(rss "$work/nonl.err") MB" >&2
rc=0; { head -c $((3 << 20)) /dev/zero | tr '\0' 'a'; printf '\n{"id":"after","text":"fever"}'; } \
  | "$bin" --input jsonl --max-note-bytes 1000000 > "$work/mb.out" 2> "$work/mb.err" || rc=$?
[ "$rc" = 0 ] && [ "$(wc -l < "$work/mb.out")" = 2 ] && grep -q '"id":"after"' "$work/mb.out" \
  || fail "the record after a 3 MB line was lost"
echo "stress: ok" >&2
