"""Statement extraction, novelty and relevance on the labelled dev corpus, scored by the shared scorer.

    .venv/bin/python benchmarks/statements_dev.py [../shared/corpus/dev.jsonl] [--verbose] [--core] [--alerts]

Runs the pipeline itself (`treatywatch.ingest` into a fresh SQLite store, as `score_dev.py`), then reads every
statement back with its rule, topics and first report, writes articles.jsonl / statements.jsonl to a temp dir and
prints score.py's figures. --verbose prints, per article, missed gold treaty statements and predicted ones that
match no gold; --alerts every wrong and missed 'new' flag.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sqlite3
import sys
import tempfile
from pathlib import Path

from treatywatch.export import export_articles
from treatywatch.ingest import ingest_file
from treatywatch.store import upgrade

ROOT = Path(__file__).resolve().parents[1]


def load_scorer(corpus: Path):
    path = corpus.resolve().parents[1] / "eval" / "score.py"
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run(corpus: Path, workdir: Path):
    """Ingest `corpus` into a fresh store under `workdir`; (articles, statements) as the scripts below read them."""
    db = workdir / "dev.db"
    upgrade(f"sqlite:///{db}")
    ingest_file(f"sqlite:///{db}", corpus)
    articles = [{"url": a["url"], "relevant": a["relevant"]} for a in export_articles(f"sqlite:///{db}")]
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT s.id, COALESCE(a.source_url, a.url), s.speaker, s.quote, s.direct, s.peace_treaty,"
                            " s.new, s.first_report_id, s.similarity, s.rule, s.topics FROM statements s"
                            " JOIN articles a ON a.id = s.article_id ORDER BY a.seq, s.position").fetchall()
    finally:
        conn.close()
    statements = [{"id": sid, "article_url": url, "speaker": speaker, "quote": quote, "direct": bool(direct),
                   "peace_treaty": bool(treaty), "new": bool(new), "first_report_id": first, "similarity": sim,
                   "rule": rule, "topics": json.loads(topics or "[]")}
                  for sid, url, speaker, quote, direct, treaty, new, first, sim, rule, topics in rows]
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
    scorer = load_scorer(corpus)
    with tempfile.TemporaryDirectory() as tmp:
        articles, statements = run(corpus, Path(tmp))
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
