"""Dev-corpus quality: ingest + exports + ../shared/eval/score.py, the figures printed.

    .venv/bin/python benchmarks/score_dev.py [--corpus ../shared/corpus/dev.jsonl] [--json]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from treatywatch.quality import HEADLINE, score_corpus  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus" / "dev.jsonl")
    ap.add_argument("--scorer", type=Path, default=REPO.parent / "shared" / "eval" / "score.py")
    ap.add_argument("--json", action="store_true", help="print every figure as JSON")
    args = ap.parse_args()
    started = time.perf_counter()
    figures = score_corpus(args.corpus, args.scorer)
    elapsed = time.perf_counter() - started
    if args.json:
        print(json.dumps(figures, indent=1))
        return 0
    print(f"{'figure':<24} value")
    for name in HEADLINE:
        print(f"{name:<24} {figures[name]}")
    print(f"(ingest + export + score of {args.corpus.name}: {elapsed:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
