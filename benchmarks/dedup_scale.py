"""Dedup and processing at scale: synthetic stores of 10k / 100k / 1M articles built from the corpus.

    .venv/bin/python benchmarks/dedup_scale.py [--sizes 10000,100000,1000000] [--batch 10000]
                                               [--backend sqlite|postgresql|both] [--sample 5000]
                                               [--repeat 3]

Prints, per store size: the time to ingest the same batch of new articles (30 % copies of each other)
into that store and into an empty one, the ratio, articles/s, peak memory of the ingesting process, the
copies found, CPU time per article in the storing process and in the analysis workers, the time of a merge
of the recent band rows into the big band index at its limit (store/lsh.py), and the ratio with the run's
share of that merge counted in; then the recall of the LSH bands against brute-force pairwise comparison on a sample.
Stores are built by bulk insert (the same rows and band keys the pipeline writes; both backends' from one
pass; band tables vacuumed as a merge leaves them) and kept (SQLite: files in --workdir; PostgreSQL: databases
tw_bench_store_<size>), so a second run reuses them, migrated once when the schema has moved on; each
measurement ingests into a copy.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from multiprocessing import Pool
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from synthetic import Generator, load_pool  # noqa: E402

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/test"
STORE_SEED, BATCH_SEED = 7, 99
BATCH_START = 50_000_000  # batch URLs never collide with store URLs


def _fingerprint(text: str):
    from treatywatch import dedup
    from treatywatch.text import clean_body

    fp = dedup.fingerprint(clean_body(text), "en")
    return fp.content_hash, fp.band_keys


def build_store(urls: list[str], size: int) -> float:
    """Bulk-load `size` synthetic articles (+ band keys of first appearances, + statements) into each of
    `urls` (fingerprinting is the cost: stores for both backends are built from one pass)."""
    from sqlalchemy import insert

    from treatywatch.dedup import day_number
    from treatywatch.store import Article, LshBand, Statement, upgrade
    from treatywatch.store.lsh import vacuum_bands
    from treatywatch.store.session import make_engine

    for url in urls:
        upgrade(url)
    engines = [make_engine(url) for url in urls]
    gen = Generator(load_pool(), STORE_SEED)
    started = time.perf_counter()
    ids_by_url: dict[str, int] = {}
    chunk = 5000
    stream = gen.stream(size, start=0)
    with Pool(2) as pool:
        next_id = 1
        while True:
            records = [r for _, r in zip(range(chunk), stream)]
            if not records:
                break
            prints = pool.map(_fingerprint, [r["text"] for r in records], chunksize=250)
            articles, bands, statements = [], [], []
            for record, (chash, keys) in zip(records, prints):
                aid = next_id
                next_id += 1
                source = record.get("copy_of")
                dup = ids_by_url.get(source) if source else None
                if source is None:
                    ids_by_url[record["url"]] = aid
                    day = day_number(record["published"])
                    bands += [{"key": k, "article_id": aid, "day": day} for k in set(keys)]
                articles.append({"id": aid, "url": record["url"], "source_url": record["url"],
                                 "outlet": record["outlet"], "published": record["published"],
                                 "language": "en", "text": record["text"], "content_hash": chash,
                                 "duplicate_of_id": dup, "story": f"s{dup or aid}", "relevant": True, "seq": aid})
                if aid % 3 == 0:
                    speaker, quote = gen.statement(record["text"])
                    statements.append({"article_id": aid, "position": 0, "speaker": speaker,
                                       "speaker_as_written": speaker, "quote": quote, "direct": False,
                                       "peace_treaty": True, "new": dup is None, "shift": False})
            for engine in engines:
                with engine.begin() as conn:
                    conn.execute(insert(Article), articles)
                    conn.execute(insert(LshBand), bands)
                    if statements:
                        conn.execute(insert(Statement), statements)
            if len(ids_by_url) > 200_000:  # copies only refer to recent originals (see Generator.stream)
                for old in list(ids_by_url)[:100_000]:
                    del ids_by_url[old]
    for engine in engines:
        if engine.dialect.name == "sqlite":  # fold the WAL into the file: the store is copied as one file
            with engine.begin() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        if engine.dialect.name == "postgresql":
            with engine.begin() as conn:
                from sqlalchemy import text

                for table in ("articles", "statements"):
                    conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                      f"(SELECT COALESCE(MAX(id), 1) FROM {table}))"))
                conn.execute(text("ANALYZE"))
            vacuum_bands(engine)  # as the pipeline leaves the band tables after a merge
        engine.dispose()  # a database copied as a template must have no open connection
    make_engine.cache_clear()
    return time.perf_counter() - started


def _cpu_seconds() -> tuple[float, float]:
    """CPU seconds of this process (the storing one) and of its children (the analysis workers, counted once
    the pool is joined)."""
    return tuple(u.ru_utime + u.ru_stime for u in map(resource.getrusage, (resource.RUSAGE_SELF,
                                                                             resource.RUSAGE_CHILDREN)))


def ingest_batch(url: str, batch: int) -> dict:
    """Runs in a fresh process: generate the batch, then time its ingestion (the pipeline's own code)."""
    from sqlalchemy import select

    from treatywatch.ingest import ingest_records
    from treatywatch.store import Article, session_scope, upgrade

    upgrade(url)
    gen = Generator(load_pool(), BATCH_SEED)
    records = list(gen.stream(batch, start=BATCH_START))
    sources = {r["url"]: r.get("copy_of") for r in records}
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    cpu_before = _cpu_seconds()
    started = time.perf_counter()
    summary = ingest_records(url, [dict(r) for r in records])
    seconds = time.perf_counter() - started
    main_cpu, workers_cpu = (after - before for before, after in zip(cpu_before, _cpu_seconds()))
    merge = merge_after_run(url)
    with session_scope(url) as s:
        dup = dict(s.execute(select(Article.source_url, Article.duplicate_of_id)
                             .where(Article.seq > 0, Article.source_url.in_(list(sources)))).all())
        by_id = dict(s.execute(select(Article.id, Article.source_url)
                               .where(Article.source_url.in_(list(sources)))).all())
    expected = [u for u, src in sources.items() if src]
    found = sum(1 for u in expected if dup.get(u) and by_id.get(dup[u]) == sources[u])
    false = sum(1 for u, src in sources.items() if not src and dup.get(u))
    return {"seconds": seconds, "articles": summary.stored, "per_s": summary.stored / seconds,
            "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "rss_before_mb": rss_before / 1024,
            "copies_expected": len(expected), "copies_found": found, "false_copies": false,
            "main_cpu_ms": 1000 * main_cpu / batch, "workers_cpu_ms": 1000 * workers_cpu / batch, **merge}


def merge_after_run(url: str) -> dict:
    """The run's share of a band-index merge (store/lsh.py). An ingest merges the recent band rows once they
    pass `recent_limit`, so a run pays for a merge now and then: its share is its rows over the rows merged.
    A merge at the limit is timed: after the run, the recent rows are topped up to the limit with the rows of
    the newest articles stored before it (moved from the big index, not timed), then merged. (A merge costs
    more the more it moves — each leaf of the big index takes more rows and splits — so a merge of the run's
    rows alone would understate it: at 1M, 7.2 s for 350,000 rows against 15.6 s for 1,930,000.)"""
    from sqlalchemy import func, select, text

    from treatywatch.store import Article, LshBandRecent, make_engine
    from treatywatch.store.lsh import merge, recent_limit, vacuum_bands

    engine = make_engine(url)
    with engine.begin() as conn:
        run_rows = conn.scalar(select(func.count()).select_from(LshBandRecent)) or 0
        last = conn.scalar(select(func.max(Article.id))) or 0
        limit = recent_limit(last)
        first_of_run = conn.scalar(select(func.min(LshBandRecent.article_id))) or last + 1
        per_article = run_rows / max(1, last - first_of_run + 1)
        older = int((limit - run_rows) / per_article) if per_article else 0
        if older > 0:  # the band rows of the `older` articles stored last before the run
            bound = {"low": first_of_run - older, "high": first_of_run}
            conn.execute(text("INSERT INTO lsh_bands_recent SELECT key, article_id, day FROM lsh_bands "
                              "WHERE article_id >= :low AND article_id < :high"), bound)
            conn.execute(text("DELETE FROM lsh_bands WHERE article_id >= :low AND article_id < :high"), bound)
    if engine.dialect.name == "sqlite":  # the move's pages out of the WAL before the merge is timed
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    started = time.perf_counter()
    moved = merge(engine, force=True)  # as an ingest merges
    vacuum_bands(engine)  # what an ingest does after its merge (PostgreSQL)
    seconds = time.perf_counter() - started
    share = run_rows / max(moved, limit, 1)
    return {"merge_seconds": seconds, "merged_rows": moved, "merge_share": share, "merge_seconds_share": seconds * share}


def run_ingest(url: str, batch: int) -> dict:
    out = subprocess.run([sys.executable, __file__, "_ingest", url, str(batch)], capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-3000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def sqlite_store(workdir: Path, size: int) -> Path:
    return workdir / f"store-{size}.db"


def ensure_stores(workdir: Path, size: int, backends: list[str]) -> None:
    """Build the `size`-article stores these backends lack, together (under other names until complete)."""
    if not size:
        return
    sqlite_path, pg_name = sqlite_store(workdir, size), pg_store(size)
    targets = []
    if "sqlite" in backends and not sqlite_path.exists():
        tmp = sqlite_path.with_suffix(".building")
        tmp.unlink(missing_ok=True)
        targets.append(f"sqlite:///{tmp}")
    if "postgresql" in backends and not _pg_exists(pg_name):
        targets.append(pg_database(pg_name + "_building"))
    if not targets:
        _bring_up_to_date(sqlite_path, pg_name, backends)
        return
    took = build_store(targets, size)
    print(f"  built the {size:,}-article store for {', '.join(t.split(':')[0] for t in targets)} in {took:.0f} s",
          flush=True)
    if any(t.startswith("sqlite") for t in targets):
        sqlite_path.with_suffix(".building").rename(sqlite_path)
    if any(t.startswith("postgresql") for t in targets):
        _close_sessions(pg_name + "_building")
        conn = _pg_admin()
        with conn.cursor() as cur:
            cur.execute(f'ALTER DATABASE "{pg_name}_building" RENAME TO "{pg_name}"')
        conn.close()


def _bring_up_to_date(sqlite_path: Path, pg_name: str, backends: list[str]) -> None:
    """A kept store built by an older schema is migrated once, here (each measurement's copy would migrate
    again: at 1M, a primary key of 35M rows rebuilt per run), then its band tables vacuumed as a merge leaves
    them (`vacuum_bands`; a no-op when nothing changed)."""
    from treatywatch.store import make_engine, upgrade
    from treatywatch.store.lsh import vacuum_bands

    urls = []
    if "sqlite" in backends and sqlite_path.exists():
        urls.append(f"sqlite:///{sqlite_path}")
    kept_pg = "postgresql" in backends and _pg_exists(pg_name)
    if kept_pg:
        urls.append(_pg_url(pg_name))
    for url in urls:
        upgrade(url)
        engine = make_engine(url)
        vacuum_bands(engine)
        engine.dispose()
    make_engine.cache_clear()
    if kept_pg:
        _close_sessions(pg_name)


def _close_sessions(name: str) -> None:
    """End the sessions left open on database `name`: one copied as a template must have none (the migrations'
    and the builder's pooled connections are this process's own)."""
    conn = _pg_admin()
    with conn.cursor() as cur:
        cur.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (name,))
    conn.close()


def _pg_admin():
    import psycopg2

    conn = psycopg2.connect(PG_ADMIN.replace("postgresql://", "postgres://"))
    conn.autocommit = True
    return conn


def _pg_url(name: str) -> str:
    return PG_ADMIN.rsplit("/", 1)[0] + "/" + name


def pg_database(name: str, template: str | None = None) -> str:
    """A new database `name` (dropped first if there), empty or a copy of `template`."""
    conn = _pg_admin()
    with conn.cursor() as cur:
        cur.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        cur.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
    conn.close()
    return _pg_url(name)


def _pg_exists(name: str) -> bool:
    conn = _pg_admin()
    with conn.cursor() as cur:
        cur.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,))
        exists = cur.fetchone() is not None
    conn.close()
    return exists


def pg_store(size: int) -> str:
    """The database holding the `size`-article store (`ensure_stores`): kept between runs; each measurement
    ingests into a copy of it (CREATE DATABASE … TEMPLATE)."""
    return f"tw_bench_store_{size}"


def measure_once(backend: str, size: int, batch: int, workdir: Path) -> dict:
    """Ingest the batch into a copy of the `size`-article store (0: an empty store)."""
    if not size:
        if backend == "sqlite":
            empty = workdir / "run-empty.db"
            empty.unlink(missing_ok=True)
            return run_ingest(f"sqlite:///{empty}", batch)
        return run_ingest(pg_database("tw_bench_empty"), batch)
    ensure_stores(workdir, size, [backend])
    if backend == "sqlite":
        run = workdir / "run.db"
        shutil.copyfile(sqlite_store(workdir, size), run)
        for suffix in ("-wal", "-shm"):
            Path(str(run) + suffix).unlink(missing_ok=True)
        result = run_ingest(f"sqlite:///{run}", batch)
        run.unlink()
        return result
    url = pg_database("tw_bench_run", template=pg_store(size))
    result = run_ingest(url, batch)
    pg_database("tw_bench_run")  # drop the copy's data again (recreated empty)
    return result


def measure(backend: str, sizes: list[int], batch: int, workdir: Path, repeat: int = 1) -> list[dict]:
    """Each store size `repeat` times, in rounds (empty store, then each size) so that a slower minute of the
    shared machine falls on all sizes alike; each size's median run is kept, ratios are of medians."""
    runs: dict[int, list[dict]] = {size: [] for size in [0, *sizes]}
    for round_ in range(repeat):
        for size in runs:
            runs[size].append(measure_once(backend, size, batch, workdir))
            label = f"{size:,}" if size else "empty store"
            print(f"  {backend} {label} (round {round_ + 1}): {runs[size][-1]['seconds']:.1f} s", flush=True)
    rows = []
    for size, results in runs.items():
        median = sorted(results, key=lambda r: r["seconds"])[len(results) // 2]
        rows.append({"backend": backend, "store": size, **median, "runs": [r["seconds"] for r in results]})
    for row in rows:
        row["ratio"] = row["seconds"] / rows[0]["seconds"]
        # with the run's share of the band-index merges it will take part in (see `merge_after_run`)
        row["ratio_with_merge"] = (row["seconds"] + row["merge_seconds_share"]) / \
            (rows[0]["seconds"] + rows[0]["merge_seconds_share"])
    return rows


def lsh_recall(sample: int) -> dict:
    """Recall of the band index against brute force on `sample` synthetic articles: every pair the copy rule
    accepts on exact shingle sets (all pairs compared, sparse matrix product) vs the pairs the bands propose."""
    import numpy as np
    from scipy import sparse

    from treatywatch import dedup
    from treatywatch.text import clean_body

    gen = Generator(load_pool(), 5)
    records = list(gen.stream(sample, start=0))
    bodies = [clean_body(r["text"]) for r in records]
    fps = [dedup.fingerprint(b, "en") for b in bodies]
    started = time.perf_counter()
    vocab: dict[int, int] = {}
    rows, cols = [], []
    for i, fp in enumerate(fps):
        for h in fp.shingles.tolist():
            rows.append(i)
            cols.append(vocab.setdefault(h, len(vocab)))
    m = sparse.csr_matrix((np.ones(len(rows), dtype=np.int32), (rows, cols)), shape=(len(fps), len(vocab)))
    inter = (m @ m.T).tocoo()
    sizes = np.asarray(m.sum(axis=1)).ravel()
    truth = set()
    for i, j, common in zip(inter.row, inter.col, inter.data):
        if i <= j:
            continue
        sim = common / min(sizes[i], sizes[j])
        if dedup.is_copy(sim, sizes[i], sizes[j], records[i]["outlet"] == records[j]["outlet"]):
            truth.add((int(i), int(j)))
    brute_seconds = time.perf_counter() - started
    started = time.perf_counter()
    index, proposed = dedup.MemoryBandIndex(), set()
    for i, fp in enumerate(fps):
        for j in index.query(fp.band_keys, limit=10 ** 9):
            proposed.add((i, j))
        index.add(i, fp.band_keys)
    lsh_seconds = time.perf_counter() - started
    found = len(truth & proposed)
    return {"sample": sample, "true_pairs": len(truth), "found": found,
            "recall": found / len(truth) if truth else 1.0, "candidates": len(proposed),
            "brute_seconds": brute_seconds, "lsh_seconds": lsh_seconds}


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "_ingest":
        print(json.dumps(ingest_batch(sys.argv[2], int(sys.argv[3]))))
        return 0
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--batch", type=int, default=10000)
    ap.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="sqlite")
    ap.add_argument("--sample", type=int, default=5000, help="brute-force sample (0: no recall measurement)")
    ap.add_argument("--repeat", type=int, default=1, help="runs per store size; medians are reported")
    ap.add_argument("--workdir", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "tw-bench")
    ap.add_argument("--build-only", action="store_true", help="build the stores of --backend and stop")
    args = ap.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    if args.build_only:
        for size in sizes:
            ensure_stores(args.workdir, size, backends)
        return 0
    recall = lsh_recall(args.sample) if args.sample else None
    if recall:
        print(f"LSH vs brute force on {recall['sample']:,} articles: {recall['found']}/{recall['true_pairs']} copy pairs "
              f"proposed, recall {recall['recall']:.3f} ({recall['candidates']:,} candidate pairs; brute force "
              f"{recall['brute_seconds']:.1f} s, bands {recall['lsh_seconds']:.1f} s)", flush=True)
    results = []
    for size in sizes:  # both backends' stores from one pass
        ensure_stores(args.workdir, size, backends)
    for backend in backends:
        results += measure(backend, sizes, args.batch, args.workdir, args.repeat)
    print()
    print(f"{'backend':<11}{'store':>10}{'ingest s':>10}{'art/s':>8}{'ratio':>7}{'peak MB':>9}{'copies':>14}{'false':>7}"
          f"{'CPU ms/article: storing':>25}{'workers':>9}{'merge s (rows, share)':>24}{'ratio with it':>15}")
    for r in results:
        print(f"{r['backend']:<11}{r['store']:>10,}{r['seconds']:>10.1f}{r['per_s']:>8.0f}{r['ratio']:>7.2f}"
              f"{r['rss_mb']:>9.0f}{r['copies_found']:>7}/{r['copies_expected']:<6}{r['false_copies']:>7}"
              f"{r['main_cpu_ms']:>25.1f}{r['workers_cpu_ms']:>9.1f}"
              f"{r['merge_seconds']:>9.1f} ({r['merged_rows'] / 1e6:.2f}M, {r['merge_share']:.2f}){r['ratio_with_merge']:>15.2f}"
              + (f"   runs: {' / '.join(f'{x:.1f}' for x in r['runs'])} s" if len(r["runs"]) > 1 else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
