#!/usr/bin/env bash
# Crash safety of `notesum index add`: SIGKILL partway through a large batch, then check that the database opens,
# passes PRAGMA integrity_check, and that re-running the same add completes the set with no duplicates. Then the
# same with SIGTERM, which must roll back the open batch and exit 130.
# Usage: Scripts/index-crash-test.sh [NOTES]   (env NOTESUM_SCRATCH: SwiftPM scratch path, default .build)
set -euo pipefail
cd "$(dirname "$0")/.."
notes=${1:-4000}
scratch=${NOTESUM_SCRATCH:-.build}

swift build --scratch-path "$scratch" --product notesum >/dev/null
bin="$(swift build --scratch-path "$scratch" --show-bin-path)/notesum"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 Scripts/gen-index-notes.py "$notes" "$work/notes.jsonl" --seed 11
db="$work/index.sqlite"

# Counts and integrity of the index as seen by an independent SQLite client.
check() {
  python3 - "$1" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
ok = db.execute("PRAGMA integrity_check").fetchone()[0]
notes, ids = db.execute("SELECT count(*), count(DISTINCT id) FROM notes").fetchone()
fts = db.execute("SELECT count(*) FROM notes_fts").fetchone()[0]
orphans = db.execute("SELECT count(*) FROM notes_fts WHERE rowid NOT IN (SELECT key FROM notes)").fetchone()[0]
orphans += db.execute("SELECT count(*) FROM note_concepts WHERE note NOT IN (SELECT key FROM notes)").fetchone()[0]
# Every note has exactly one rank row, with the length FTS5 counted.
orphans += db.execute("SELECT count(*) FROM notes WHERE key NOT IN (SELECT key FROM note_rank)").fetchone()[0]
orphans += db.execute("SELECT count(*) FROM note_rank WHERE key NOT IN (SELECT key FROM notes) OR tokens <= 0").fetchone()[0]
db.execute("INSERT INTO notes_fts(notes_fts) VALUES('integrity-check')")
print(ok, notes, ids, fts, orphans)
PY
}

# Waits until at least one batch is committed (or the process ends), then sends the signal.
interrupt() {
  local sig=$1 pid=$2
  for _ in $(seq 1 600); do
    kill -0 "$pid" 2>/dev/null || break
    n=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT count(*) FROM notes').fetchone()[0])" "$db" 2>/dev/null || echo 0)
    [ "$n" -ge 200 ] && break
    sleep 0.05
  done
  kill "-$sig" "$pid" 2>/dev/null || true
}

fail() { echo "index-crash-test: FAIL: $*" >&2; exit 1; }

for sig in KILL TERM; do
  rm -f "$db" "$db-wal" "$db-shm"
  "$bin" index add --db "$db" --input jsonl --batch-size 100 --jobs 2 "$work/notes.jsonl" 2>"$work/err" &
  pid=$!
  interrupt "$sig" "$pid"
  rc=0; wait "$pid" || rc=$?
  read -r ok count ids fts orphans < <(check "$db")
  echo "after SIG$sig (exit $rc): integrity $ok, $count notes, $ids ids, $fts texts, $orphans orphans"
  [ "$ok" = ok ] || fail "integrity_check after SIG$sig: $ok"
  [ "$count" -lt "$notes" ] || fail "the add finished before SIG$sig; use more notes"
  [ "$count" = "$ids" ] && [ "$count" = "$fts" ] && [ "$orphans" = 0 ] || fail "inconsistent after SIG$sig"
  if [ "$sig" = TERM ]; then
    [ "$rc" = 130 ] || fail "SIGTERM: expected exit 130, got $rc"
    [ $((count % 100)) = 0 ] || fail "SIGTERM left a partial batch ($count notes)"
  fi
  "$bin" index add --db "$db" --input jsonl --batch-size 100 --jobs 2 "$work/notes.jsonl" 2>"$work/err" || { cat "$work/err" >&2; fail "re-run failed"; }
  read -r ok count ids fts orphans < <(check "$db")
  echo "after re-run: integrity $ok, $count notes, $ids ids, $fts texts, $orphans orphans"
  [ "$ok" = ok ] && [ "$count" = "$notes" ] && [ "$ids" = "$notes" ] && [ "$fts" = "$notes" ] && [ "$orphans" = 0 ] \
    || fail "re-run after SIG$sig did not complete the set exactly"
done
echo "index-crash-test: ok"
