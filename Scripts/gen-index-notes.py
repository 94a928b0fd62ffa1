#!/usr/bin/env python3
"""Writes N synthetic notes as JSONL ({"id", "text"}) for index tests and benchmarks.

Each note recombines 3-7 paragraphs drawn (seeded) from the project's synthetic corpus Corpora/escalation.jsonl, so
sections, findings and escalations look like real notesum input; a visit number makes every text unique.
Usage: gen-index-notes.py N OUT.jsonl [--seed S] [--queries Q.txt]
"""
import json, os, random, sys

def main():
    args = sys.argv[1:]
    if len(args) < 2:
        sys.exit("usage: gen-index-notes.py N OUT.jsonl [--seed S]")
    n, out = int(args[0]), args[1]
    seed = int(args[args.index("--seed") + 1]) if "--seed" in args else 7
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    paragraphs = []
    with open(os.path.join(root, "Corpora", "escalation.jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                paragraphs += [p for p in json.loads(line)["text"].split("\n\n") if p.strip()]
    rng = random.Random(seed)
    with open(out, "w", encoding="utf-8") as f:
        for i in range(n):
            parts = rng.sample(paragraphs, rng.randint(3, 7))
            parts.append("Visit reference %d." % (i + 1))
            f.write(json.dumps({"id": "g-%06d" % (i + 1), "text": "\n\n".join(parts)}) + "\n")

if __name__ == "__main__":
    main()
