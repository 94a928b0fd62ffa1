#!/usr/bin/env python3
"""Compare notesum_spark.py's output with a single-process notesum JSONL run, as sets of records keyed by id.

    compare_outputs.py SPARK_OUT_DIR SINGLE.jsonl

Every record must be byte-for-byte equal to its counterpart. The one field that is allowed to differ is an error
record's "line", which under Spark counts lines within a partition rather than the whole input; it is cut from error
records (and only from them) before comparing. Records with the same id (or with no id) are compared as multisets.
Exits 1 on any difference, printing the first few.
"""

import collections
import glob
import json
import os
import re
import sys

_LINE_FIELD = re.compile(rb',"line":\d+(?=}$)|"line":\d+,')


def canonical(raw):
    """(kind, id, bytes) for one output line; an error record loses its "line" field, nothing else changes."""
    obj = json.loads(raw)
    if not isinstance(obj, dict):
        raise ValueError(f"not a JSON object: {raw[:120]!r}")
    if "error" in obj:
        cut, n = _LINE_FIELD.subn(b"", raw, count=1)
        if "line" in obj and n != 1:
            raise ValueError(f"error record's line field not found: {raw[:200]!r}")
        return "error", obj.get("id"), cut
    return "result", obj.get("id"), raw


def load(paths):
    by_id = collections.defaultdict(collections.Counter)
    kinds = collections.Counter()
    for path in paths:
        with open(path, "rb") as f:
            for raw in f:
                raw = raw.rstrip(b"\n")
                if not raw:
                    continue
                kind, rid, data = canonical(raw)
                kinds[kind] += 1
                by_id[rid][data] += 1
    return by_id, kinds


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    spark_dir, single = sys.argv[1], sys.argv[2]
    spark_files = sorted(p for p in glob.glob(os.path.join(spark_dir, "kind=*", "part-*")) if not p.endswith(".crc"))
    if not spark_files:
        print(f"compare: no part files under {spark_dir}/kind=*/", file=sys.stderr)
        return 1
    for p in spark_files:
        kind = os.path.basename(os.path.dirname(p))
        with open(p, "rb") as f:
            for raw in f:
                if kind == "kind=error" and b'"error"' not in raw:
                    print(f"compare: a result record in {p}", file=sys.stderr)
                    return 1
    a, ka = load(spark_files)
    b, kb = load([single])
    print(f"compare: spark {sum(ka.values())} records ({ka['result']} results, {ka['error']} errors); "
          f"single {sum(kb.values())} records ({kb['result']} results, {kb['error']} errors)")
    problems = []
    for rid in sorted(set(a) | set(b), key=lambda x: (x is None, str(x))):
        if a.get(rid) == b.get(rid):
            continue
        if rid not in a:
            problems.append(f"id {rid!r}: only in the single-process output")
        elif rid not in b:
            problems.append(f"id {rid!r}: only in the Spark output")
        else:
            sa, sb = a[rid], b[rid]
            only_a = list((sa - sb).elements())
            only_b = list((sb - sa).elements())
            detail = ""
            if len(only_a) == 1 and len(only_b) == 1:
                x, y = only_a[0], only_b[0]
                k = next((i for i in range(min(len(x), len(y))) if x[i] != y[i]), min(len(x), len(y)))
                detail = f" first difference at byte {k}: spark {x[max(0, k - 40):k + 40]!r} vs single {y[max(0, k - 40):k + 40]!r}"
            problems.append(f"id {rid!r}: {len(only_a)} Spark record(s) and {len(only_b)} single-process record(s) differ{detail}")
    if problems:
        for p in problems[:20]:
            print("compare: " + p, file=sys.stderr)
        print(f"compare: FAILED: {len(problems)} id(s) differ", file=sys.stderr)
        return 1
    print(f"compare: identical: {len(b)} ids, every record byte-for-byte equal")
    return 0


if __name__ == "__main__":
    sys.exit(main())
