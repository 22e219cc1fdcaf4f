"""The pipeline's chunk-level shortcuts (prefetched lookups, caches, bounded novelty loads) decide exactly what
the plain per-article lookups decided; a failing article still rolls back alone inside a batch transaction."""
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import func, insert, select
from sqlalchemy.exc import OperationalError

from tests.sample_articles import KYODO_TAKAICHI, LAVROV_TASS, aggregator_copy, printed_twice, record
from tests.synthetic_news import synthetic_records
from treatywatch import analysis
from treatywatch import ingest as ingest_module
from treatywatch.export import export_articles
from treatywatch.ingest import ingest_records
from treatywatch.statements import novelty
from treatywatch.store import Article, LshBand, LshBandRecent, Statement, session_scope, upgrade

NOW = datetime(2026, 11, 22, tzinfo=timezone.utc)


def _store(tmp_path, name: str) -> str:
    url = f"sqlite:///{tmp_path / name}"
    upgrade(url)
    return url


def _comparable(url: str):
    with session_scope(url) as s:
        articles = s.execute(select(Article.id, Article.url, Article.duplicate_of_id, Article.duplicate_similarity,
                                    Article.story, Article.concepts, Article.seq).order_by(Article.id)).all()
        statements = s.execute(select(Statement.id, Statement.article_id, Statement.position, Statement.speaker,
                                      Statement.new, Statement.first_report_id, Statement.similarity,
                                      Statement.first_seen, Statement.stance, Statement.shift, Statement.evidence)
                               .order_by(Statement.id)).all()
    return [tuple(r) for r in articles], [tuple(r) for r in statements]


def _records():
    records = synthetic_records(300, seed=3)
    records += [record("https://mirror.example/a/1", aggregator_copy(records[3]["text"]), outlet="mirror.example",
                       published=records[3]["published"]),
                record("https://printer.example/a/2", printed_twice(records[100]["text"]), outlet="printer.example",
                       published=records[100]["published"]),
                dict(records[7])]  # again, in a later chunk
    return records


def test_chunk_lookups_and_caches_decide_as_per_article_queries(tmp_path, monkeypatch):
    """Copies within a chunk, across chunks and runs, stories (wire text, story window), new flags, stances and
    first_seen: the chunk's prefetched lookups and the run's caches give the store that plain per-article
    queries of the store give."""
    records = _records()
    fast = _store(tmp_path, "fast.db")
    ingest_records(fast, [dict(r) for r in records[:150]], now=NOW, workers=1)
    ingest_records(fast, [dict(r) for r in records[150:]], now=NOW, workers=1)

    plain = _store(tmp_path, "plain.db")
    real_prefetch = ingest_module.Pipeline.prefetch
    monkeypatch.setattr(ingest_module.Pipeline, "prefetch",  # the chunk's: skipped; store() then reads per article
                        lambda self, analyses: real_prefetch(self, analyses) if len(analyses) == 1 else None)
    monkeypatch.setattr(ingest_module.Pipeline, "MAX_CACHED_BODIES", 0)
    monkeypatch.setattr(ingest_module, "_text_sorts_by_code_point", lambda session: False)
    monkeypatch.setattr(ingest_module.Pipeline, "_latest_stance",
                        lambda self, speaker, article_id: ingest_module.latest_stance(self.session, speaker,
                                                                                      before_article_id=article_id))
    monkeypatch.setattr(ingest_module.Pipeline, "_remember_first_seen", lambda self, sid, first_seen: None)
    ingest_records(plain, [dict(r) for r in records[:150]], now=NOW, workers=1)
    ingest_records(plain, [dict(r) for r in records[150:]], now=NOW, workers=1)

    articles, statements = _comparable(fast)
    other_articles, other_statements = _comparable(plain)
    for x, y in zip(articles, other_articles):
        assert x == y
    for x, y in zip(statements, other_statements):
        assert x == y
    assert (articles, statements) == (other_articles, other_statements)
    assert sum(1 for a in articles if a[2]) >= 2  # copies were found
    assert len({a[4] for a in articles}) < len(articles)  # stories were shared
    assert any(not s[4] for s in statements) and any(s[8] for s in statements)  # repeats and stances


@pytest.mark.parametrize("batch_size", [200, 2])  # 2: the chunk is stored in pieces, committed between them
def test_a_failing_article_rolls_back_alone_inside_the_batch(tmp_path, monkeypatch, batch_size):
    url = _store(tmp_path, "fail.db")
    real = ingest_module.Pipeline._statements

    def failing(self, article_id, language, published, now, summary, extracted, stances):
        if any("Takaichi" in s.speaker for s in extracted):
            raise RuntimeError("boom")
        return real(self, article_id, language, published, now, summary, extracted, stances)

    monkeypatch.setattr(ingest_module.Pipeline, "_statements", failing)
    batch = [record("https://tass.com/a/1", LAVROV_TASS),
             record("https://kyodonews.net/a/2", KYODO_TAKAICHI, outlet="kyodo"),
             record("https://mirror.example/a/3", aggregator_copy(LAVROV_TASS), outlet="mirror.example")]
    summary = ingest_records(url, batch, now=NOW, workers=1, batch_size=batch_size)
    assert len(summary.errors) == 1 and "boom" in summary.errors[0] and "record 2" in summary.errors[0]
    # the chunk was stored again one article at a time: counted once, without the failed article
    assert summary.stored == 2 and summary.copies == 1 and len(summary.article_ids) == 2
    rows = {a["url"]: a for a in export_articles(url)}
    assert set(rows) == {"https://tass.com/a/1", "https://mirror.example/a/3"}
    assert rows["https://mirror.example/a/3"]["duplicate_of"] == "https://tass.com/a/1"
    with session_scope(url) as s:  # nothing of the failed article: no article row, band or statement
        assert s.scalar(select(func.count()).select_from(Article)) == 2
        ids = set(s.scalars(select(Article.id)))
        for table in (LshBand, LshBandRecent):
            assert set(s.scalars(select(table.article_id).distinct())) <= ids
        assert set(s.scalars(select(Statement.article_id).distinct())) <= ids
        assert s.scalar(select(func.count()).select_from(Statement)) == summary.statements
    monkeypatch.undo()
    rerun = ingest_records(url, batch, now=NOW, workers=1)
    assert rerun.stored == 1 and rerun.already_stored == 2 and not rerun.errors


def _seed_statements(url: str, speaker: str, rows: list[tuple[str, str]]) -> None:
    """Stored statements of `speaker`: (published, quote), in this order (ids ascending)."""
    with session_scope(url) as s:
        start = s.scalar(select(func.max(Article.id))) or 0
        s.execute(insert(Article), [{"id": start + i + 1, "url": f"https://old.example/{start + i}",
                                     "outlet": "old.example", "published": pub, "language": "en", "text": "",
                                     "content_hash": f"h{start + i}", "seq": start + i + 1, "relevant": True}
                                    for i, (pub, _q) in enumerate(rows)])
        s.execute(insert(Statement), [{"article_id": start + i + 1, "position": 0, "speaker": speaker, "quote": q,
                                       "peace_treaty": True, "new": True, "first_seen": NOW}
                                      for i, (_p, q) in enumerate(rows)])


OLD_QUOTE = ("Tokyo must first recognise the outcome of the war in full, and only then can the peace treaty "
             "commission resume its work on the maps of the islands, Lavrov said.")


def _filler(n: int) -> str:
    return f"Item {n}: fishing quota number {n} for the salmon season of zone {n * 7} was agreed, Lavrov said."


@pytest.mark.parametrize("old_day", ["2019-03-11", None])
def test_a_verbatim_repeat_of_an_old_statement_is_found_past_the_newest_loaded(tmp_path, monkeypatch, old_day):
    """The speaker has more newer statements than the newest-first load holds: an old statement is still
    found by a verbatim repeat published in its days (the window load); without a date, it is not in memory."""
    monkeypatch.setattr(novelty, "MAX_PER_SPEAKER", 50)
    url = _store(tmp_path, "old.db")
    _seed_statements(url, "Sergei Lavrov", [("2019-03-10", OLD_QUOTE)] +
                     [((date(2024, 1, 1) + timedelta(days=n)).isoformat(), _filler(n)) for n in range(120)])
    text = ("MOSCOW. Russian Foreign Minister Sergei Lavrov spoke on the peace treaty again.\n\n"
            f"\"{OLD_QUOTE[:-len(', Lavrov said.')]},\" Lavrov said.\n\nThe talks have been frozen since 2022.")
    ingest_records(url, [record("https://tass.com/again", text, published=old_day)], now=NOW, workers=1)
    with session_scope(url) as s:
        first = s.scalar(select(Statement.id).where(Statement.quote == OLD_QUOTE))
        repeats = s.execute(select(Statement.new, Statement.first_report_id)
                            .join(Article, Statement.article_id == Article.id)
                            .where(Article.url == "https://tass.com/again", Statement.peace_treaty)).all()
    assert repeats
    # dated: the days around it were loaded; undated: only the newest 50 were, the old statement is not among them
    assert any(not new and first_report == first for new, first_report in repeats) == (old_day is not None)


@pytest.mark.parametrize("limit", [3, 1000])
def test_the_window_read_by_id_ranges_is_every_statement_of_the_window_days(db_url, limit):
    """`Pipeline._statements_between` reads id ranges (the window's articles before the run, then the run's);
    it returns what the plain definition returns: the speaker's statements in articles of those days, the
    newest `limit`, also when a backfill put old days among later ids and when the run stored some itself."""
    url = db_url
    day = lambda n: (date(2024, 1, 1) + timedelta(days=n)).isoformat()  # noqa: E731
    _seed_statements(url, "Sergei Lavrov", [(day(n), f"quote {n}") for n in range(0, 200, 3)])
    _seed_statements(url, "Maria Zakharova", [(day(n), f"her quote {n}") for n in range(0, 200, 2)])
    _seed_statements(url, "Sergei Lavrov", [(day(n), f"backfill {n}") for n in range(40, 60)])  # later ids
    with session_scope(url) as s:
        prior = s.scalar(select(func.max(Article.id)))
    _seed_statements(url, "Sergei Lavrov", [(day(n), f"this run {n}") for n in (45, 50, 150)])  # "this run"
    with session_scope(url) as s:
        pipeline = ingest_module.Pipeline(s, prior_last_id=prior)
        for low, high in ((30, 70), (0, 1), (100, 160), (250, 300)):
            lo, hi = date.fromisoformat(day(low)), date.fromisoformat(day(high))
            plain = s.execute(select(Statement.id).join(Article, Statement.article_id == Article.id)
                              .where(Statement.speaker == "Sergei Lavrov", Article.published >= lo.isoformat(),
                                     Article.published < hi.isoformat())
                              .order_by(Statement.id.desc()).limit(limit)).scalars().all()
            got = pipeline._statements_between("Sergei Lavrov", lo, hi, limit)
            assert [row[0] for row in got] == sorted(plain)  # oldest first
            assert all(row[1] == "Sergei Lavrov" and lo.isoformat() <= row[4] < hi.isoformat() for row in got)
            # the window's id range is read once per run: another speaker's read of it gives hers
            theirs = pipeline._statements_between("Maria Zakharova", lo, hi, limit)
            assert all(row[1] == "Maria Zakharova" and lo.isoformat() <= row[4] < hi.isoformat() for row in theirs)
            assert len(theirs) == min(limit, len([n for n in range(0, 200, 2) if low <= n < high]))


def test_novelty_window_loads_once_per_span_and_keeps_the_newest_in_order():
    calls = []

    def loader(speaker, limit):
        return [(10, speaker, "newest quote about the fishing quotas near the islands", "en", "2024-05-01", 10, True)]

    def window_loader(speaker, low, high, limit):
        calls.append((speaker, low, high))
        return [(3, speaker, "an old quote about the border commission and its maps", "en", "2019-03-10", 3, True)]

    idx = novelty.NoveltyIndex(loader=loader, window_loader=window_loader)
    idx.prepare("Sergei Lavrov", "2019-03-10")
    idx.prepare("Sergei Lavrov", "2019-03-12")  # within the days loaded: no query
    assert len(calls) == 1
    entry = idx._speaker("Sergei Lavrov")
    assert [it.id for it in entry.items] == [3, 10]  # in id order: the newest stay the last (RECENT)
    idx.prepare("Sergei Lavrov", "2019-06-01")
    assert len(calls) == 2 and len(idx) == 2  # loaded again: the same rows are not held twice
    idx.prepare("Sergei Lavrov", None)
    assert len(calls) == 2


def test_stored_candidates_prepared_by_the_workers_decide_as_the_storing_process(tmp_path):
    """A second run over a store: the analysis workers read and hash the earlier articles that share band keys
    (ids up to the run's start) instead of the storing process; copies, stories and statements come out the same
    as when one process does everything."""
    records = _records()
    pooled, alone = _store(tmp_path, "pooled.db"), _store(tmp_path, "alone.db")
    for url in (pooled, alone):
        ingest_records(url, [dict(r) for r in records[:150]], now=NOW, workers=1)
    real = analysis._prior_candidates
    # the pool is forked after the patch, so the workers run this wrapper; it counts into a file, since the
    # workers are other processes
    marks = tmp_path / "prepared.txt"

    def counting(a):
        found = real(a)
        with open(marks, "a") as fh:
            fh.write(f"{len(found)}\n")
        return found

    analysis._prior_candidates = counting
    try:
        ingest_records(pooled, [dict(r) for r in records[150:]], now=NOW, workers=2)
    finally:
        analysis._prior_candidates = real
    ingest_records(alone, [dict(r) for r in records[150:]], now=NOW, workers=1)
    assert _comparable(pooled) == _comparable(alone)
    counts = [int(x) for x in marks.read_text().split()]
    assert counts and sum(counts) > 0  # the workers did prepare earlier articles
    assert analysis._WORKER_STORE is None  # reset after the run


@pytest.mark.parametrize("cap", [0, 400])
def test_the_runs_band_rows_held_in_memory_decide_as_the_band_index(tmp_path, monkeypatch, cap):
    """While the run's pipeline has written every band row of the run, chunks read no band row (the workers
    cover the older ones, memory the run's); past MAX_RUN_BAND_ROWS (0: never held; 400: dropped mid-run) the
    index is read again, with the same copies, stories and statements."""
    records = _records()
    held, read = _store(tmp_path, "held.db"), _store(tmp_path, "read.db")
    for url in (held, read):
        ingest_records(url, [dict(r) for r in records[:100]], now=NOW, workers=1)
    band_reads = []
    real_slices = ingest_module.Pipeline._in_slices

    def counting(self, query, column, values):
        if column is LshBand.key or column is LshBandRecent.key:
            band_reads.append(len(list(values)))
        return real_slices(self, query, column, values)

    monkeypatch.setattr(ingest_module.Pipeline, "_in_slices", counting)
    ingest_records(held, [dict(r) for r in records[100:]], now=NOW, workers=2)
    held_reads, band_reads[:] = len(band_reads), []
    monkeypatch.setattr(ingest_module.Pipeline, "MAX_RUN_BAND_ROWS", cap)
    ingest_records(read, [dict(r) for r in records[100:]], now=NOW, workers=2)
    assert _comparable(held) == _comparable(read)
    # every chunk analysed in the pool (the first one too): nothing read of the band tables while storing
    assert held_reads == 0
    assert len(band_reads) > held_reads  # the capped run read the index again


def test_chunks_analysed_ahead_are_stored_in_input_order(tmp_path):
    """With AHEAD chunks in the pool while one is stored, the store is the one a single process makes: the same
    ids in input order, the same copies, stories and statements, and a record met again several chunks later is
    counted as stored already (its URL was not stored yet when its chunk was sent to the pool)."""
    records = synthetic_records(ingest_module.CHUNK * (ingest_module.AHEAD + 5), seed=8)
    records.insert(ingest_module.CHUNK * (ingest_module.AHEAD + 2), dict(records[5]))
    pooled, alone = _store(tmp_path, "pooled.db"), _store(tmp_path, "alone.db")
    by_pool = ingest_records(pooled, [dict(r) for r in records], now=NOW, workers=2)
    by_one = ingest_records(alone, [dict(r) for r in records], now=NOW, workers=1)
    assert _comparable(pooled) == _comparable(alone)
    assert (by_pool.stored, by_pool.already_stored, by_pool.copies, by_pool.new_statements) == \
        (by_one.stored, by_one.already_stored, by_one.copies, by_one.new_statements)
    assert by_pool.already_stored == 1 and by_pool.stored == len(records) - 1


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_the_pool_is_forked_with_no_connection_to_the_store_open(tmp_path, monkeypatch, backend, request):
    """SQLite keeps a file's lock bookkeeping per process: a worker forked while this process held the batch's
    transaction read without real locks and met "database disk image is malformed" when a checkpoint moved
    pages under it (two articles lost in some runs into the 1M benchmark store). When the pool forks, this
    process holds no transaction and no connection; the run then goes on as one process would make it."""
    if backend == "sqlite":
        url = _store(tmp_path, "fork.db")
    else:
        url = request.getfixturevalue("pg_url")
        upgrade(url)
    from treatywatch.store.session import make_engine

    seen = []
    real = ingest_module.make_pool

    def checking(workers):
        pool = make_engine(url).pool
        seen.append((pool.checkedout(), pool.checkedin()))
        return real(workers)

    monkeypatch.setattr(ingest_module, "make_pool", checking)
    records = synthetic_records(ingest_module.CHUNK * 3, seed=4)
    ingest_records(url, [dict(r) for r in records[:40]], now=NOW, workers=2)  # one chunk: no pool
    summary = ingest_records(url, [dict(r) for r in records[40:]], now=NOW, workers=2)
    assert seen == [(0, 0)]
    assert summary.stored == len(records) - 40 and not summary.errors


def test_a_worker_that_cannot_read_the_stored_candidates_loses_no_article(tmp_path):
    """A worker's read of the earlier articles sharing band keys fails (a database error): the storing process
    reads them itself, every record is stored, and the store is the one a single process makes."""
    records = _records()
    pooled, alone = _store(tmp_path, "pooled.db"), _store(tmp_path, "alone.db")
    for url in (pooled, alone):
        ingest_records(url, [dict(r) for r in records[:150]], now=NOW, workers=1)
    real = analysis._prior_candidates
    # past the first chunk (analysed in the storing process): analysed in the pool
    failing = {records[150 + ingest_module.CHUNK + k]["url"] for k in (5, 20, 60)}
    marks = tmp_path / "failed.txt"

    def sometimes_failing(a):
        if a.url in failing:
            with open(marks, "a") as fh:
                fh.write(a.url + "\n")
            raise OperationalError("SELECT …", {}, Exception("database disk image is malformed"))
        return real(a)

    analysis._prior_candidates = sometimes_failing  # the pool forks after this: the workers run it
    try:
        summary = ingest_records(pooled, [dict(r) for r in records[150:]], now=NOW, workers=2)
    finally:
        analysis._prior_candidates = real
    by_one = ingest_records(alone, [dict(r) for r in records[150:]], now=NOW, workers=1)
    assert set(marks.read_text().split()) == failing  # the reads did fail, in the workers
    assert not summary.errors and (summary.stored, summary.already_stored) == (by_one.stored, by_one.already_stored)
    assert _comparable(pooled) == _comparable(alone)
