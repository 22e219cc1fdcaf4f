"""Statement extraction speed: 10,000 articles (the corpus texts repeated), relevance + extract + novelty.

    .venv/bin/python benchmarks/statements_speed.py [../shared/corpus/dev.jsonl] [--articles 10000]

Prints articles/s and the total; the budget is 20 s for 10,000 articles on a 2-core machine.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from treatywatch.relevance import is_relevant
from treatywatch.statements.extract import extract
from treatywatch.statements.novelty import NoveltyIndex

ROOT = Path(__file__).resolve().parents[1]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(ROOT / ".." / "shared" / "corpus" / "dev.jsonl"))
    ap.add_argument("--articles", type=int, default=10000)
    args = ap.parse_args(argv)
    rows = [json.loads(line) for line in Path(args.corpus).read_text(encoding="utf-8").splitlines() if line.strip()]
    index, next_id, n_statements = NoveltyIndex(), 1, 0
    started = time.perf_counter()
    extract_time = 0.0
    for i in range(args.articles):
        row = rows[i % len(rows)]
        # a different date per repetition, so the novelty index grows as it would over years of news
        published = f"{2012 + (i // len(rows)) % 14}-{1 + i % 12:02d}-{1 + i % 28:02d}"
        is_relevant(row.get("title"), row["text"], row.get("language"))
        t0 = time.perf_counter()
        found = extract(row["text"], language=row.get("language"), published=published, title=row.get("title"))
        extract_time += time.perf_counter() - t0
        for st in found:
            index.match(st.speaker, st.quote, row.get("language"), published)
            index.add(next_id, st.speaker, st.quote, row.get("language"), published)
            next_id += 1
        n_statements += len(found)
    total = time.perf_counter() - started
    print(f"articles: {args.articles}  statements: {n_statements}  indexed: {len(index)}")
    print(f"total: {total:.2f} s  ({args.articles / total:.0f} articles/s)  extract only: {extract_time:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
