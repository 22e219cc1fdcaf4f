"""The band index in two tables (store/lsh.py): new rows go to `lsh_bands_recent`, which is merged into
`lsh_bands` once it grows past its limit; copies are found whichever table holds their original, and a store
made with merges is the store made without them."""
from datetime import datetime, timezone

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from tests.sample_articles import aggregator_copy, printed_twice, record
from tests.synthetic_news import synthetic_records
from treatywatch.export import export_articles
from treatywatch.ingest import ingest_records
from treatywatch.store import make_engine, session_scope, upgrade
from treatywatch.store import lsh

NOW = datetime(2026, 12, 3, tzinfo=timezone.utc)


def _rows(url: str) -> tuple[int, int]:
    with session_scope(url) as s:
        return tuple(s.scalar(select(func.count()).select_from(t)) for t in lsh.TABLES)


def _band_rows(url: str) -> list[tuple]:
    with session_scope(url) as s:
        return sorted(row for t in lsh.TABLES for row in s.execute(select(t.key, t.article_id, t.day)))


def test_copies_are_found_whether_their_original_is_in_the_recent_rows_or_merged(db_url):
    upgrade(db_url)
    first, second = synthetic_records(2, seed=11)
    ingest_records(db_url, [dict(first)], now=NOW, workers=1)
    recent_only = _rows(db_url)
    assert recent_only[0] == 0 and recent_only[1] > 0  # the ingest writes the recent table only
    with make_engine(db_url).begin() as conn:
        assert lsh.merge_recent(conn) == 0  # under the limit: nothing moves
        assert lsh.merge_recent(conn, force=True) == recent_only[1]
    assert _rows(db_url) == (recent_only[1], 0)
    ingest_records(db_url, [dict(second), record("https://mirror.example/1", aggregator_copy(first["text"]),
                                                 outlet="mirror.example", published=first["published"]),
                            record("https://printer.example/2", printed_twice(second["text"]),
                                   outlet="printer.example", published=second["published"])], now=NOW, workers=1)
    copies = {a["url"]: a["duplicate_of"] for a in export_articles(db_url)}
    assert copies["https://mirror.example/1"] == first["url"]  # its original merged into lsh_bands
    assert copies["https://printer.example/2"] == second["url"]  # its original in lsh_bands_recent


def test_a_store_made_with_merges_is_the_store_made_without(tmp_path, monkeypatch):
    """Three runs into two stores, one merging its recent rows after every run (the limit made tiny): the same
    articles, copies, stories and statements, and the same band rows over the two tables."""
    records = synthetic_records(240, seed=12)
    records += [record(f"https://mirror.example/{i}", aggregator_copy(records[i]["text"]), outlet="mirror.example",
                       published=records[i]["published"]) for i in (3, 90, 170)]
    runs = [records[:80], records[80:160] + records[240:241], records[160:240] + records[241:]]
    plain, merged = (f"sqlite:///{tmp_path / name}" for name in ("plain.db", "merged.db"))
    for run in runs:
        upgrade(plain)
        ingest_records(plain, [dict(r) for r in run], now=NOW, workers=1)
    monkeypatch.setattr(lsh, "MIN_RECENT_ROWS", 10)
    merges = []
    for run in runs:
        upgrade(merged)
        ingest_records(merged, [dict(r) for r in run], now=NOW, workers=2)
        merges.append(_rows(merged))
    assert all(recent == 0 for _, recent in merges)  # merged at the end of every run
    assert merges[0][0] < merges[1][0] < merges[2][0]
    assert _rows(plain)[0] == 0
    exported = [sorted(export_articles(url), key=lambda a: a["url"]) for url in (plain, merged)]
    assert exported[0] == exported[1]
    assert sum(1 for a in exported[1] if a["duplicate_of"]) >= 3
    assert _band_rows(plain) == _band_rows(merged)


def test_the_recent_rows_are_merged_at_the_end_of_an_ingest_once_past_their_limit(db_url, monkeypatch):
    upgrade(db_url)
    records = synthetic_records(30, seed=13)
    ingest_records(db_url, [dict(r) for r in records[:10]], now=NOW, workers=1)
    main, recent = _rows(db_url)
    assert main == 0 and recent > 0
    monkeypatch.setattr(lsh, "MIN_RECENT_ROWS", recent + 1)  # the next run passes it
    assert lsh.recent_limit(10) == recent + 1 and lsh.recent_limit(10 ** 6) == 2 * 10 ** 6
    ingest_records(db_url, [dict(r) for r in records[10:]], now=NOW, workers=1)
    main, recent = _rows(db_url)
    assert recent == 0 and main > 0
    again = ingest_records(db_url, [dict(r) for r in records], now=NOW, workers=1)  # a rerun adds nothing
    assert again.stored == 0 and _rows(db_url) == (main, 0)


def test_after_a_merge_a_band_lookup_reads_the_key_index_alone(pg_url, monkeypatch):
    """PostgreSQL keeps rows in a heap in insertion order: a lookup wanting each row's day read a random heap
    page per row (~180 rows an article at a million articles). The key's index carries day (migration 0010)
    and the merge leaves the band tables vacuumed (`vacuum_bands`): the lookup is an index-only scan with no
    heap fetch, on the merged rows as on the recent ones. (Scans other than by index are switched off: on a
    small table the planner would rather read it whole.)"""
    upgrade(pg_url)
    monkeypatch.setattr(lsh, "MIN_RECENT_ROWS", 10)
    first, second = synthetic_records(2, seed=13)
    ingest_records(pg_url, [dict(first)], now=NOW, workers=1)  # merged at the end of the run
    ingest_records(pg_url, [dict(second)], now=NOW, workers=1)  # merged too, after the first run's rows
    merged, recent = _rows(pg_url)
    assert merged > 0 and recent == 0
    with make_engine(pg_url).connect() as conn:
        keys = [k for (k,) in conn.exec_driver_sql("SELECT key FROM lsh_bands LIMIT 40")]
        conn.exec_driver_sql("SET enable_seqscan = off")
        conn.exec_driver_sql("SET enable_bitmapscan = off")
        plan = "\n".join(row[0] for row in conn.exec_driver_sql(
            "EXPLAIN (ANALYZE, COSTS OFF) SELECT article_id, day FROM lsh_bands WHERE key = ANY(%(keys)s)",
            {"keys": keys}))
    assert "Index Only Scan using lsh_bands_pkey" in plan, plan
    assert "Heap Fetches: 0" in plan, plan


def test_band_lookups_are_planned_serially_on_postgresql(pg_url, monkeypatch):
    """While a run fills lsh_bands_recent its statistics say it is empty, PostgreSQL misjudges a lookup's rows
    and, past a size, plans a parallel scan whose start-up costs several times the lookup. The analysis
    workers' connections and the storing process's transactions plan serially."""
    from treatywatch import analysis, ingest
    from treatywatch.store.session import new_session

    upgrade(pg_url)
    first, second = synthetic_records(2, seed=14)
    ingest_records(pg_url, [dict(first)], now=NOW, workers=1)
    session = new_session(pg_url)
    try:
        ingest._begin_batch(session)
        assert session.connection().exec_driver_sql("SHOW max_parallel_workers_per_gather").scalar() == "0"
    finally:
        session.close()
    monkeypatch.setattr(analysis, "_worker_engine", None)
    monkeypatch.setattr(analysis, "_WORKER_STORE", (pg_url, 1))
    analysis._prior_candidates(analysis.analyze(dict(second)))  # makes the worker's engine
    with analysis._worker_engine.connect() as conn:
        assert conn.exec_driver_sql("SHOW max_parallel_workers_per_gather").scalar() == "0"
    analysis._worker_engine.dispose()


def test_a_failed_vacuum_after_the_merge_loses_nothing(tmp_path, monkeypatch, caplog):
    """The vacuum after a merge only speeds later lookups: when it fails, the run's articles and the merge are
    committed already, the run reports them, and the failure is logged."""
    from treatywatch import ingest

    url = f"sqlite:///{tmp_path / 'store.db'}"
    upgrade(url)
    monkeypatch.setattr(lsh, "MIN_RECENT_ROWS", 10)

    def broken(engine):
        raise RuntimeError("vacuum refused")

    monkeypatch.setattr(ingest, "vacuum_bands", broken)
    summary = ingest_records(url, [dict(r) for r in synthetic_records(3, seed=15)], now=NOW, workers=1)
    assert summary.stored == 3 and not summary.errors
    merged, recent = _rows(url)
    assert merged > 0 and recent == 0
    assert "band tables not vacuumed after the merge" in caplog.text


def test_a_merge_that_fails_leaves_both_tables_as_they_were_and_the_connection_checking_keys(db_url):
    """`lsh.merge` moves the rows without checking their foreign keys again (SQLite) and all or nothing: a row
    that cannot move (here one already in the big table) undoes the whole merge, and the pooled connection
    is given back checking foreign keys, with its temporary files on disk."""
    upgrade(db_url)
    ingest_records(db_url, [dict(r) for r in synthetic_records(3, seed=14)], now=NOW, workers=1)
    before = _band_rows(db_url)
    engine = make_engine(db_url)
    with engine.begin() as conn:  # one recent row is in the big table too: the merge must fail on it
        key, article_id, day = conn.execute(select(lsh.LshBandRecent.key, lsh.LshBandRecent.article_id,
                                                   lsh.LshBandRecent.day).limit(1)).one()
        conn.execute(lsh.LshBand.__table__.insert().values(key=key, article_id=article_id, day=day))
    recent = _rows(db_url)[1]
    with pytest.raises(IntegrityError):
        lsh.merge(engine, force=True)
    assert _rows(db_url) == (1, recent)
    assert sorted(before + [(key, article_id, day)]) == _band_rows(db_url)
    with engine.begin() as conn:
        conn.execute(lsh.LshBand.__table__.delete())
    assert lsh.merge(engine, force=True) == recent
    assert _rows(db_url) == (recent, 0) and _band_rows(db_url) == before
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA temp_store").scalar() == 0  # the ingest's batches had it in memory
