"""Novelty at scale: start-up and per-statement cost with N statements already stored.

    .venv/bin/python benchmarks/novelty_scale.py [--stored 100000] [--queries 2000] [--db sqlite:///...]

Builds a store of N synthetic statements (200 speakers, quotes made of a shared treaty vocabulary and
per-statement distinctive words), then times: a `Pipeline` start (lazy: nothing read), the previous
eager load of every statement (for comparison), and `decide` for new and for repeated quotes through the
store-backed index (the first lookup of a speaker includes its load). Prints medians and peak RSS.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import resource
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import insert

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from treatywatch.ingest import Pipeline  # noqa: E402
from treatywatch.statements.novelty import NoveltyIndex  # noqa: E402
from treatywatch.store import upgrade  # noqa: E402
from treatywatch.store.models import Article, Statement  # noqa: E402
from treatywatch.store.session import new_session  # noqa: E402

COMMON = "peace treaty islands talks japan russia sovereignty declaration negotiations".split()


def _quote(rng: random.Random, n: int) -> str:
    own = [f"w{rng.randrange(200000)}" for _ in range(12)]
    return " ".join(rng.sample(COMMON, 3) + own) + f" number {n}."


def build(db: str, stored: int, rng: random.Random) -> list[tuple]:
    upgrade(db)
    session = new_session(db)
    now = datetime.now(timezone.utc)
    articles, statements, kept = [], [], []
    for i in range(stored):
        day = f"20{10 + i * 15 // stored:02d}-{1 + i % 12:02d}-{1 + i % 28:02d}"
        articles.append({"id": i + 1, "url": f"https://bench.example/{i}", "outlet": "bench", "published": day,
                         "language": "en", "text": "", "content_hash": f"{i:064d}", "seq": i + 1, "relevant": True})
        speaker, quote = f"Speaker {i % 200}", _quote(rng, i)
        statements.append({"id": i + 1, "article_id": i + 1, "position": 0, "speaker": speaker, "quote": quote,
                           "peace_treaty": True, "new": True, "first_seen": now})
        if i % (stored // 1000 or 1) == 0:
            kept.append((speaker, quote, day))
    for start in range(0, stored, 5000):
        session.execute(insert(Article), articles[start:start + 5000])
        session.execute(insert(Statement), statements[start:start + 5000])
    session.commit()
    session.close()
    return kept


def _rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--stored", type=int, default=100000)
    ap.add_argument("--queries", type=int, default=2000)
    ap.add_argument("--db", default=None)
    args = ap.parse_args(argv)
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or f"sqlite:///{tmp}/scale.db"
        t0 = time.perf_counter()
        kept = build(db, args.stored, rng)
        print(f"stored statements: {args.stored} (built in {time.perf_counter() - t0:.1f} s)")
        session = new_session(db)
        t0 = time.perf_counter()
        pipeline = Pipeline(session)
        print(f"Pipeline start (lazy novelty): {1000 * (time.perf_counter() - t0):.1f} ms, "
              f"statements in memory: {len(pipeline.novelty)}")
        first, new_times, seen_times, seen_ok = [], [], [], 0
        speakers_met = set()
        for q in range(args.queries):
            if q % 2:
                speaker, quote, day = kept[q % len(kept)]
                t0 = time.perf_counter()
                d = pipeline.novelty.decide(speaker, quote.upper(), "en", day)
                (first if speaker not in speakers_met else seen_times).append(time.perf_counter() - t0)
                seen_ok += not d.new
            else:
                speaker = f"Speaker {rng.randrange(200)}"
                t0 = time.perf_counter()
                pipeline.novelty.decide(speaker, _quote(rng, -q), "en", "2026-01-01")
                (first if speaker not in speakers_met else new_times).append(time.perf_counter() - t0)
            speakers_met.add(speaker)
        ms = lambda xs: f"{1000 * statistics.median(xs):.2f} ms" if xs else "-"
        print(f"first lookup of a speaker (loads its ~{args.stored // 200} statements): median {ms(first)} over {len(first)}")
        print(f"decide, new quote: median {ms(new_times)}; repeated quote: median {ms(seen_times)} "
              f"(found seen: {seen_ok}/{args.queries // 2})")
        print(f"statements in memory after {args.queries} lookups: {len(pipeline.novelty)}, "
              f"process peak RSS {_rss_mib():.0f} MiB")
        t0 = time.perf_counter()
        eager = NoveltyIndex()
        for sid, speaker, quote, language, published, article, treaty in pipeline._stored_statements(None, args.stored):
            eager.add(sid, speaker, quote, language, published, article, treaty)
        print(f"for comparison, an eager load of every statement (the old start-up): "
              f"{time.perf_counter() - t0:.2f} s, process peak RSS {_rss_mib():.0f} MiB")
        session.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
