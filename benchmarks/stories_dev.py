"""Story grouping on the dev corpus: pairwise precision/recall/F1 of predicted stories against `story_key`.

    .venv/bin/python benchmarks/stories_dev.py [--corpus ../shared/corpus/dev.jsonl] [--verbose]

Ingests the corpus into a fresh SQLite store (the pipeline's own code), then compares story ids.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from itertools import combinations
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from treatywatch.export import export_articles  # noqa: E402
from treatywatch.ingest import ingest_file  # noqa: E402
from treatywatch.store import upgrade  # noqa: E402


def pairs(groups: dict) -> set:
    return {tuple(sorted(p)) for members in groups.values() for p in combinations(sorted(members), 2)}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus" / "dev.jsonl")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    gold = [json.loads(line) for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        db = f"sqlite:///{tmp}/stories.db"
        upgrade(db)
        ingest_file(db, args.corpus)
        predicted = {a["url"]: a["story"] for a in export_articles(db)}
    gold_groups, pred_groups = defaultdict(set), defaultdict(set)
    for g in gold:
        if g.get("story_key"):
            gold_groups[g["story_key"]].add(g["url"])
        pred_groups[predicted.get(g["url"])].add(g["url"])
    gp, pp = pairs(gold_groups), pairs(pred_groups)
    tp = len(gp & pp)
    p = tp / len(pp) if pp else 1.0
    r = tp / len(gp) if gp else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"story pairs: gold {len(gp)}, predicted {len(pp)}, right {tp}")
    print(f"stories_p {p:.3f}  stories_r {r:.3f}  stories_f1 {f:.3f}")
    if args.verbose:
        lang = {g["url"]: g["language"] for g in gold}
        for a, b in sorted(gp - pp):
            print("missed:", lang[a], a[:70], "|", lang[b], b[:70])
        for a, b in sorted(pp - gp):
            print("wrong: ", lang[a], a[:70], "|", lang[b], b[:70])
    return 0


if __name__ == "__main__":
    sys.exit(main())
