"""Statement extraction speed: 10,000 articles (the corpus texts repeated), relevance + extract + novelty (each
statement decided, then the article-level rewrite pass over the ones decided new).

    .venv/bin/python benchmarks/statements_speed.py [../shared/corpus/dev.jsonl] [--articles 10000] [--workers N]

As the pipeline does it (`treatywatch.ingest`): relevance and extraction in its pool of processes (default one
per core, as ingest), novelty in this process in article order. `--workers 1` runs everything here, one article
after the other. Prints articles/s and the total; the budget is 20 s for 10,000 articles on a 2-core machine.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import sys
import time
from pathlib import Path

from treatywatch import gc_policy
from treatywatch.analysis import make_pool
from treatywatch.ingest import MAX_WORKERS
from treatywatch.relevance import is_relevant
from treatywatch.statements.extract import extract
from treatywatch.statements.novelty import NoveltyIndex

ROOT = Path(__file__).resolve().parents[1]
_ROWS: list[dict] = []


def published_of(i: int) -> str:
    """A different date per repetition, so the novelty index grows as it would over years of news."""
    n = len(_ROWS)
    return f"{2012 + (i // n) % 14}-{1 + i % 12:02d}-{1 + i % 28:02d}"


def analyse(i: int):
    row = _ROWS[i % len(_ROWS)]
    t0 = time.perf_counter()
    is_relevant(row.get("title"), row["text"], row.get("language"))
    found = extract(row["text"], language=row.get("language"), published=published_of(i), title=row.get("title"))
    return i, [(st.speaker, st.quote) for st in found], time.perf_counter() - t0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(ROOT / ".." / "shared" / "corpus" / "dev.jsonl"))
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--workers", type=int, default=min(multiprocessing.cpu_count(), MAX_WORKERS))
    args = ap.parse_args(argv)
    _ROWS[:] = [json.loads(line) for line in Path(args.corpus).read_text(encoding="utf-8").splitlines() if line.strip()]
    with gc_policy.fewer_collections():  # as ingest runs: its collector thresholds, its pool of workers
        return run(args)


def run(args) -> int:
    index, next_id, n_statements, analysis_time = NoveltyIndex(), 1, 0, 0.0
    started = time.perf_counter()
    pool = make_pool(args.workers) if args.workers > 1 else None
    results = pool.imap(analyse, range(args.articles), chunksize=64) if pool else map(analyse, range(args.articles))
    for i, found, seconds in results:
        analysis_time += seconds
        language, published = _ROWS[i % len(_ROWS)].get("language"), published_of(i)
        fresh = []
        for speaker, quote in found:
            if index.match(speaker, quote, language, published, article=i)[0] is None:
                fresh.append((speaker, quote, language, published, i))
            index.add(next_id, speaker, quote, language, published, article=i)
            next_id += 1
        if hasattr(index, "rewritten"):  # (the article-level pass ingest runs after an article's statements)
            index.rewritten(fresh)
        n_statements += len(found)
    total = time.perf_counter() - started
    if pool:
        pool.close()
        pool.join()
    print(f"articles: {args.articles}  statements: {n_statements}  indexed: {len(index)}  workers: {args.workers}")
    print(f"total: {total:.2f} s  ({args.articles / total:.0f} articles/s)  "
          f"relevance + extraction (summed over workers): {analysis_time:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
