"""The schema on both databases: migrations, uniqueness that makes reruns idempotent."""
import pytest
from sqlalchemy import inspect
from sqlalchemy.exc import IntegrityError

from treatywatch.store import Alert, Article, CrawlRun, LshBand, session_scope, upgrade
from treatywatch.store.session import current_revision, head_revision, make_engine


def test_upgrade_creates_every_table_and_is_idempotent(db_url):
    upgrade(db_url)  # second time: nothing to do
    names = set(inspect(make_engine(db_url)).get_table_names())
    assert {"outlets", "crawl_runs", "articles", "statements", "alerts", "alembic_version"} <= names
    assert current_revision(db_url) == head_revision()
    assert "lsh_bands" in names and "minhash" not in {c["name"] for c in inspect(make_engine(db_url)).get_columns("articles")}


def _article(url, **kw):
    return Article(url=url, text="body", content_hash="h", seq=kw.pop("seq", 1), **kw)


def test_canonical_url_is_unique(db_url):
    with session_scope(db_url) as s:
        s.add(_article("https://tass.com/politics/1"))
    with pytest.raises(IntegrityError):
        with session_scope(db_url) as s:
            s.add(_article("https://tass.com/politics/1", seq=2))


def test_duplicate_of_links_to_the_first_article(db_url):
    with session_scope(db_url) as s:
        first = _article("https://tass.com/politics/1")
        s.add(first)
        s.flush()
        s.add(_article("https://copy.example/1", seq=2, duplicate_of_id=first.id, duplicate_similarity=0.97))
    with session_scope(db_url) as s:
        copy = s.query(Article).filter_by(url="https://copy.example/1").one()
        assert copy.duplicate_of.url == "https://tass.com/politics/1"


def test_outbox_key_is_unique_per_recipient_and_kind(db_url):
    with session_scope(db_url) as s:
        s.add(Alert(recipient="a@example.org", kind="digest", key="2026-11-22/2026-11-23"))
        s.add(Alert(recipient="b@example.org", kind="digest", key="2026-11-22/2026-11-23"))
    with pytest.raises(IntegrityError):
        with session_scope(db_url) as s:
            s.add(Alert(recipient="a@example.org", kind="digest", key="2026-11-22/2026-11-23"))


def test_crawl_run_is_keyed_on_outlet_and_run(db_url):
    with session_scope(db_url) as s:
        s.add(CrawlRun(outlet="tass", run_key="k", pages=3, status="ok"))
    with pytest.raises(IntegrityError):
        with session_scope(db_url) as s:
            s.add(CrawlRun(outlet="tass", run_key="k"))


def test_unicode_and_large_text_roundtrip(db_url):
    body = "Лавров 平和条約 «quote» " * 20000
    with session_scope(db_url) as s:
        s.add(Article(url="https://x.example/u", text=body, content_hash="h", seq=1, raw_html=b"\x00\xff" * 1000))
    with session_scope(db_url) as s:
        a = s.query(Article).one()
        assert a.text == body and a.raw_html == b"\x00\xff" * 1000


def test_band_rows_of_a_store_made_before_they_carried_days_get_their_articles_days(db_url):
    """Migration 0007 on a store that has band rows: each gets its article's day, as the pipeline computes it
    (a year-month or no date: none)."""
    from alembic import command
    from sqlalchemy import text

    from treatywatch.dedup import day_number
    from treatywatch.store.session import alembic_config

    command.downgrade(alembic_config(db_url), "0006")
    published = {1: "2019-01-22", 2: "2018-11", 3: None, 4: "2025-12-01T09:30:00+09:00"}
    with make_engine(db_url).begin() as conn:
        for aid, when in published.items():
            conn.execute(text("INSERT INTO articles (id, url, text, content_hash, seq, published, relevant) "
                              "VALUES (:id, :url, 'body', 'h', :id, :published, false)"),
                         {"id": aid, "url": f"https://tass.com/{aid}", "published": when})
            conn.execute(text("INSERT INTO lsh_bands (key, article_id) VALUES (:k1, :id), (:k2, :id)"),
                         {"id": aid, "k1": aid * 10, "k2": -aid})
    upgrade(db_url)
    with make_engine(db_url).connect() as conn:
        days = conn.execute(text("SELECT article_id, day FROM lsh_bands ORDER BY key")).all()
    assert len(days) == 8
    assert all(day == day_number(published[aid]) for aid, day in days)
    assert {day for _, day in days} == {None, day_number("2019-01-22"), day_number("2025-12-01")}


def test_rows_inserted_through_the_driver_are_stored_as_sqlalchemy_stores_them(db_url):
    """The ingest's fast inserts (store/rows.py) convert every value as SQLAlchemy's own insert does: JSON,
    aware datetimes, booleans, bytes, None; and return the new row's id."""
    from datetime import datetime, timezone

    from sqlalchemy import insert

    from treatywatch.store.rows import RowInserter

    upgrade(db_url)
    fetched = datetime(2026, 11, 23, 8, 30, 15, 123456, tzinfo=timezone.utc)
    row = {"url": "https://tass.com/a/1", "source_url": "https://tass.com/a/1?utm_source=x", "outlet": "tass",
           "title": "Лавров о мирном договоре", "published": "2026-11-22", "fetched": fetched, "language": "ru",
           "text": "«Текст» 「本文」", "raw_html": b"\x78\x9c", "raw_path": None, "content_hash": "c" * 64,
           "duplicate_of_id": None, "duplicate_similarity": None, "story": "s1", "concepts": ["lavrov", "kurils"],
           "relevant": True, "relevance_score": 0.875, "seq": 1}
    engine = make_engine(db_url)
    with engine.begin() as conn:
        by_sqlalchemy = conn.execute(insert(Article).values(**row)).inserted_primary_key[0]
        inserter = RowInserter(conn.dialect, Article.__table__, list(row), returns_id=True)
        by_driver = inserter.insert_one(conn, dict(row, url="https://tass.com/a/2", concepts=None))
        by_driver_too = inserter.insert_one(conn, dict(row, url="https://tass.com/a/3"))
        bands = RowInserter(conn.dialect, LshBand.__table__, ("key", "article_id", "day"))
        bands.insert_many(conn, [{"key": -(2**62) + k, "article_id": by_driver, "day": None if k else 739000}
                                 for k in range(3)])
        bands.insert_values(conn, [(2**62 - k, by_driver_too, None if k else 739001) for k in range(2)])
    assert by_driver == by_sqlalchemy + 1 and by_driver_too == by_driver + 1
    columns = ", ".join(name for name in row if name != "url")
    with engine.connect() as conn:  # the stored representation, as the driver returns it
        raw = {r[0]: tuple(r[1:]) for r in conn.exec_driver_sql(f"SELECT id, {columns} FROM articles")}
        bands_stored = sorted(conn.exec_driver_sql("SELECT key, article_id, day FROM lsh_bands").all())
    assert raw[by_driver_too] == raw[by_sqlalchemy]
    concepts_at = [name for name in row if name != "url"].index("concepts")
    assert raw[by_driver][:concepts_at] == raw[by_sqlalchemy][:concepts_at]
    with session_scope(db_url) as s:
        assert s.get(Article, by_driver).concepts is None  # JSON null, as SQLAlchemy stores None
        stored = s.get(Article, by_driver_too)
        when = stored.fetched
        when = when.astimezone(timezone.utc) if when.tzinfo else when.replace(tzinfo=timezone.utc)
        assert (stored.concepts, stored.relevant, when) == (["lavrov", "kurils"], True, fetched)
    assert bands_stored == sorted([(-(2**62), by_driver, 739000), (-(2**62) + 1, by_driver, None),
                                   (-(2**62) + 2, by_driver, None), (2**62, by_driver_too, 739001),
                                   (2**62 - 1, by_driver_too, None)])


def test_driver_selects_return_sqlalchemys_rows(db_url):
    """`store.selects` runs SQLAlchemy's own expansion of a query on the driver's cursor: the worker's read of
    stored candidates gives the rows `Connection.execute` gives, for any number of ids, on both backends."""
    from sqlalchemy import insert

    from treatywatch.analysis import _STORED_CANDIDATES_OF
    from treatywatch.store import Article, session_scope
    from treatywatch.store.selects import driver_select
    from treatywatch.store.session import create_store_engine

    with session_scope(db_url) as s:
        s.execute(insert(Article), [{"id": aid, "url": f"https://x.example/{aid}", "text": f"текст «{aid}» 'q'",
                                     "outlet": "tass" if aid % 2 else None, "story": f"s{aid % 3}",
                                     "published": None if aid % 5 == 0 else f"2026-11-{1 + aid % 28:02d}",
                                     "content_hash": "h", "seq": aid} for aid in range(1, 41)])
    engine = create_store_engine(db_url)
    try:
        with engine.connect() as conn:
            for ids in ([7], [1, 2, 3], list(range(1, 41)), [5, 50, 6]):
                expected = [tuple(r) for r in conn.execute(_STORED_CANDIDATES_OF, {"ids": ids}).all()]
                found = driver_select(conn.dialect, _STORED_CANDIDATES_OF, "ids", len(ids)).rows(conn, ids)
                assert sorted(map(tuple, found)) == sorted(expected) and expected
    finally:
        engine.dispose()


def test_the_migrations_build_the_schema_the_models_declare(db_url):
    """Every table, column and index of models.py is made by a migration, and nothing else is: a model change
    without its migration (or the reverse) fails here, on both backends."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from treatywatch.store.models import Base

    with make_engine(db_url).connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
