"""Statement extraction, novelty and relevance on the labelled dev corpus, scored by the shared scorer.

    .venv/bin/python benchmarks/statements_dev.py [../shared/corpus/dev.jsonl] [--verbose] [--core]

Runs exactly as the pipeline will, in file order: relevance; extract; for each statement `match` then `add`
with a running id. Writes articles.jsonl / statements.jsonl to a temp dir and prints score.py's figures.
--verbose prints, per article, missed gold treaty statements and predicted ones that match no gold.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from pathlib import Path

from treatywatch.relevance import is_relevant
from treatywatch.statements.extract import extract
from treatywatch.statements.novelty import NoveltyIndex

ROOT = Path(__file__).resolve().parents[1]


def load_scorer(corpus: Path):
    path = corpus.resolve().parents[1] / "eval" / "score.py"
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run(rows):
    index, next_id = NoveltyIndex(), 1
    articles, statements = [], []
    for article_id, row in enumerate(rows, 1):
        articles.append({"url": row["url"], "relevant": is_relevant(row.get("title"), row["text"], row.get("language")),
                         "duplicate_of": None, "story": None})
        for st in extract(row["text"], language=row.get("language"), published=row.get("published"), title=row.get("title")):
            match_id, sim = index.match(st.speaker, st.quote, row.get("language"), row.get("published"), article_id,
                                        st.peace_treaty)
            index.add(next_id, st.speaker, st.quote, row.get("language"), row.get("published"), article_id,
                      st.peace_treaty)
            statements.append({"article_url": row["url"], "speaker": st.speaker, "quote": st.quote, "direct": st.direct,
                               "peace_treaty": st.peace_treaty, "new": match_id is None, "id": next_id,
                               "first_report_id": match_id, "similarity": sim, "rule": st.rule, "topics": st.topics})
            next_id += 1
    return articles, statements


def explain(rows, articles, statements, scorer, core_only):
    by_url = {}
    for s in statements:
        by_url.setdefault(s["article_url"], []).append(s)
    rel = {a["url"]: a["relevant"] for a in articles}
    for i, row in enumerate(rows):
        if core_only and row.get("language") not in ("en", "ru", "ja"):
            continue
        preds = [s for s in by_url.get(row["url"], []) if s["peace_treaty"]]
        golds = row.get("statements") or []
        lines = []
        if rel[row["url"]] != row.get("about_russia_japan"):
            lines.append(f"  RELEVANCE predicted {rel[row['url']]} gold {row.get('about_russia_japan')}")
        for g in golds:
            hits = [s for s in preds if scorer.coverage(g["quote_or_paraphrase"], s["quote"]) >= 0.3]
            ok = [s for s in hits if scorer.same_speaker(g["speaker"], s["speaker"])]
            if not ok:
                why = f"wrong speaker {hits[0]['speaker']!r}" if hits else "missed"
                lines.append(f"  MISS ({why}) [{g['speaker']}] {g['quote_or_paraphrase'][:160]!r}")
        for s in preds:
            if not any(scorer.coverage(g["quote_or_paraphrase"], s["quote"]) >= 0.3 and scorer.same_speaker(g["speaker"], s["speaker"]) for g in golds):
                lines.append(f"  FALSE+ [{s['speaker']}] ({s['rule']},{s['topics']}) {s['quote'][:160]!r}")
        for s in by_url.get(row["url"], []):
            if not s["peace_treaty"]:
                lines.append(f"  (non-treaty) [{s['speaker']}] ({s['rule']}) {s['quote'][:100]!r}")
        if any(not l.startswith("  (non") for l in lines):
            print(f"## {i} {row.get('language')} {row.get('published')} {row['url'][:90]}")
            print("\n".join(lines))


def explain_alerts(rows, statements, scorer, core_only):
    """Each wrong 'new' flag (no gold statement, or its key already flagged) and each gold key never flagged."""
    order = {row["url"]: i for i, row in enumerate(rows)}
    golds = {row["url"]: row.get("statements") or [] for row in rows
             if not core_only or row.get("language") in ("en", "ru", "ja")}
    by_id = {s["id"]: s for s in statements}
    flagged_keys, seen_keys = set(), {}
    treaty = [s for s in statements if s["peace_treaty"] and s["article_url"] in golds]
    treaty.sort(key=lambda s: (order[s["article_url"]], s["id"]))
    for s in treaty:
        hit, best = None, 0.0
        for i, g in enumerate(golds[s["article_url"]]):  # the gold span the flag is about, as the scorer picks it
            c = scorer.coverage(g["quote_or_paraphrase"], s["quote"])
            fit = c + scorer.coverage(s["quote"], g["quote_or_paraphrase"])
            if scorer.same_speaker(g["speaker"], s["speaker"]) and c >= 0.3 and fit > best:
                hit, best = g.get("key") or f"{s['article_url']}#{i}", fit
        where = f"#{order[s['article_url']]} [{s['speaker']}] {s['quote'][:110]!r}"
        if s["new"]:
            if hit is None:
                print(f"  NEW-BUT-NOT-GOLD {where}")
            elif hit in flagged_keys:
                print(f"  NEW-BUT-REPEAT (key {hit} first flagged at {seen_keys[hit]}) {where}")
            else:
                flagged_keys.add(hit)
                seen_keys[hit] = where[:60]
        elif hit is not None and hit not in flagged_keys and hit not in seen_keys:
            first = by_id.get(s["first_report_id"])
            seen_keys[hit] = "(not flagged)"
            print(f"  SEEN-BUT-FIRST (sim {s['similarity']}) {where}\n      first report: "
                  f"#{order.get(first['article_url'], '?') if first else '?'} {first['quote'][:110]!r}" if first else "")
    all_keys = {g.get("key") or f"{u}#{i}" for u, gs in golds.items() for i, g in enumerate(gs)}
    print(f"  keys {len(all_keys)}, flagged right {len(flagged_keys)}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(ROOT / ".." / "shared" / "corpus" / "dev.jsonl"))
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--core", action="store_true", help="with --verbose: English, Russian, Japanese only")
    ap.add_argument("--alerts", action="store_true", help="print wrong and missed 'new' flags")
    args = ap.parse_args(argv)
    corpus = Path(args.corpus)
    rows = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles, statements = run(rows)
    scorer = load_scorer(corpus)
    with tempfile.TemporaryDirectory() as tmp:
        for name, items in (("articles.jsonl", articles), ("statements.jsonl", statements)):
            with open(Path(tmp) / name, "w", encoding="utf-8") as fh:
                for item in items:
                    fh.write(json.dumps(item, ensure_ascii=False) + "\n")
        if args.verbose:
            explain(rows, articles, statements, scorer, args.core)
        if args.alerts:
            explain_alerts(rows, statements, scorer, args.core)
        figures = scorer.score(scorer.load(str(corpus)), scorer.load(str(Path(tmp) / "articles.jsonl")),
                               scorer.load(str(Path(tmp) / "statements.jsonl")))
    for key, value in figures.items():
        if not key.startswith("copies"):
            print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
