#!/usr/bin/env python3
"""Build the second blind held-out corpora (Corpora/heldout-v2/*.jsonl) from v2_assertions.py and v2_escalation.py,
with the same record layout and checks as the first held-out set (Corpora/heldout/src/build.py, reused here).

    python3 Corpora/heldout-v2/src/build.py
"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
_spec = importlib.util.spec_from_file_location(
    "heldout_build", os.path.join(HERE, "..", "..", "heldout", "src", "build.py"))
shared = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(shared)

if __name__ == "__main__":
    import v2_assertions
    import v2_escalation
    try:
        shared.main(v2_assertions, v2_escalation, root=os.path.join(HERE, ".."))
    except shared.BuildError as e:
        print("build failed:", e, file=sys.stderr)
        sys.exit(1)
