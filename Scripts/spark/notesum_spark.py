#!/usr/bin/env python3
"""Run notesum over partitioned JSONL notes on Apache Spark, with the notesum binary as a pipe stage.

    spark-submit Scripts/spark/notesum_spark.py --input 'notes/*.jsonl' --output out/ \
        --notesum /opt/notesum/bin/notesum --rules /opt/notesum/rules/default --partitions 400

Each partition's lines go to one `notesum --input jsonl --format jsonl --jobs 1` process on stdin; its stdout is one
line per non-blank input line. Output lines with a top-level "error" key are error records, the rest are results:

    OUT/kind=result/part-*.txt   one notesum result record (JSON) a line
    OUT/kind=error/part-*.txt    one error record {"line","id","error"} a line ("line" counts within the partition)

Blank lines (empty, or only spaces and tabs: notesum's own definition) are counted and dropped before the pipe, as
notesum would skip them. At the end the job prints `in = ok + errors + blank` and exits 1 if the totals do not add
up. A notesum process that exits non-zero (crash, unreadable rule set, bad binary path) fails its task, and so the
stage. See docs/scale-out.md.
"""

import argparse
import json
import shlex
import sys
import time

# A small wrapper so that a missing binary fails the task with a clear message (127) instead of a bare exec error.
# notesum itself exits 0 for a JSONL stream even when some records are errors or blocked (they are output lines);
# any non-zero code (rule-set error 78, internal error 70, a signal) fails the task, and so the stage.
_WRAPPER = 'command -v "$1" >/dev/null || { echo "notesum_spark: notesum binary not found or not executable: $1" >&2; exit 127; }\n' \
           'exec "$@"'


def parse_args(argv):
    p = argparse.ArgumentParser(description="notesum as a Spark pipe stage over JSONL notes.")
    p.add_argument("--input", required=True, help="JSONL notes: any Spark-readable path, directory or glob (repeatable)", action="append")
    p.add_argument("--output", required=True, help="output directory (kind=result/ and kind=error/ below it)")
    p.add_argument("--rules", help="rule-set folder as seen by the executors (default: the binary's bundled rules or $NOTESUM_RULES)")
    p.add_argument("--partitions", type=int, default=0, help="number of notesum processes (partitions); default: the Spark default parallelism")
    p.add_argument("--notesum", default="notesum", help="path of the notesum binary as seen by the executors (default: notesum on PATH)")
    p.add_argument("--master", help="Spark master, for example local[2] (default: whatever spark-submit says)")
    p.add_argument("--env", action="append", default=[], metavar="KEY=VALUE",
                   help="environment for the notesum processes (repeatable), for example LD_LIBRARY_PATH=./icu/lib")
    p.add_argument("--extra-arg", action="append", default=[], metavar="ARG",
                   help="extra notesum argument (repeatable), for example --extra-arg=--audience --extra-arg=patient")
    p.add_argument("--conf", action="append", default=[], metavar="KEY=VALUE", help="extra Spark configuration (repeatable)")
    p.add_argument("--compression", default="none", help="output compression codec (none, gzip, bzip2, zstd, ...)")
    p.add_argument("--overwrite", action="store_true", help="replace the output directory if it exists")
    p.add_argument("--app-name", default="notesum")
    a = p.parse_args(argv)
    if a.partitions < 0:
        p.error("--partitions must not be negative")
    return a


def notesum_command(a):
    """The argv of one pipe process: notesum behind the binary check."""
    argv = [a.notesum, "--input", "jsonl", "--format", "jsonl", "--jobs", "1"]
    if a.rules:
        argv += ["--rules", a.rules]
    argv += a.extra_arg
    return ["/bin/sh", "-c", _WRAPPER, "notesum-pipe"] + argv


def notesum_env(a):
    # pyspark's pipe() runs the command with exactly this environment (an empty one by default).
    env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
    for kv in a.env:
        k, sep, v = kv.partition("=")
        if not sep or not k:
            raise SystemExit(f"notesum_spark: --env takes KEY=VALUE, got {kv!r}")
        env[k] = v
    return env


def classify_partition(lines, blocked_acc):
    """(kind, line) for each notesum output line; a line that is not a JSON object fails the task."""
    blocked = 0
    for line in lines:
        try:
            obj = json.loads(line)
        except ValueError:
            obj = None
        if not isinstance(obj, dict):
            raise RuntimeError("notesum wrote a line that is not a JSON object to stdout "
                               f"(stderr mixed into stdout?): {line[:200]!r}")
        if "error" in obj:
            yield ("error", line)
        else:
            if obj.get("blocked") is True:
                blocked += 1
            yield ("result", line)
    blocked_acc.add(blocked)


def main(argv=None):
    a = parse_args(sys.argv[1:] if argv is None else argv)

    from pyspark.sql import SparkSession
    from pyspark.sql import functions as F
    from pyspark.sql.types import StringType, StructField, StructType

    builder = SparkSession.builder.appName(a.app_name)
    if a.master:
        builder = builder.master(a.master)
    for kv in a.conf:
        k, sep, v = kv.partition("=")
        if not sep:
            raise SystemExit(f"notesum_spark: --conf takes KEY=VALUE, got {kv!r}")
        builder = builder.config(k, v)
    spark = builder.getOrCreate()
    sc = spark.sparkContext
    t0 = time.time()

    # Lines verbatim: split on "\n" only (not on a lone "\r", which Hadoop's default reader also splits on); a CRLF
    # line keeps its "\r", which notesum strips as it does on its own stdin. Blank is notesum's definition: after that
    # one "\r", nothing but spaces and tabs (\z, not $, which in Java also matches before a final U+0085 or U+2028).
    lines = spark.read.option("lineSep", "\n").text(a.input)
    blank = F.col("value").rlike(r"^[ \t]*\r?\z")

    counts = lines.agg(F.count(F.lit(1)).alias("n"), F.sum(F.when(blank, 1).otherwise(0)).alias("blank")).first()
    total_in, total_blank = counts["n"], counts["blank"] or 0
    t_count = time.time()

    nonblank = lines.filter(~blank)
    n = a.partitions or sc.defaultParallelism
    notes = nonblank.repartition(n).rdd.map(lambda row: row[0])

    cmd = shlex.join(notesum_command(a))
    piped = notes.pipe(cmd, env=notesum_env(a), checkCode=True)

    blocked_acc = sc.accumulator(0)
    classified = piped.mapPartitions(lambda it: classify_partition(it, blocked_acc))
    schema = StructType([StructField("kind", StringType(), False), StructField("value", StringType(), False)])
    out = spark.createDataFrame(classified, schema)
    writer = out.write.partitionBy("kind").mode("overwrite" if a.overwrite else "errorifexists")
    if a.compression and a.compression != "none":
        writer = writer.option("compression", a.compression)
    try:
        writer.text(a.output)
    except Exception as e:
        msg = str(e).strip().splitlines() or [e.__class__.__name__]
        first = next((m.strip() for m in msg if "PIPE_FUNCTION_EXITED" in m or "Exception:" in m), msg[0])
        print(f"notesum_spark: the notesum stage failed ({first[:300]}); see the executor logs for notesum's stderr",
              file=sys.stderr)
        spark.stop()
        return 2
    t_pipe = time.time()

    # Count what was actually written, by reading it back.
    written = {"result": 0, "error": 0}
    if total_in - total_blank > 0:
        for row in spark.read.text(a.output).groupBy("kind").count().collect():
            written[row["kind"]] = row["count"]
    t_end = time.time()
    ok, errors = written["result"], written["error"]
    extra = set(written) - {"result", "error"}

    summary = (f"notesum_spark: {total_in} lines in: {ok} ok ({blocked_acc.value} blocked), {errors} errors, "
               f"{total_blank} blank (skipped); {n} partitions; {t_end - t0:.1f} s "
               f"(count {t_count - t0:.1f} s, notesum stage {t_pipe - t_count:.1f} s, read-back {t_end - t_pipe:.1f} s)")
    print(summary)
    if extra or ok + errors + total_blank != total_in:
        print(f"notesum_spark: TOTALS DO NOT ADD UP: in {total_in} != ok {ok} + errors {errors} + blank {total_blank}"
              + (f"; unexpected output kinds {sorted(extra)}" if extra else ""), file=sys.stderr)
        spark.stop()
        return 1
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
