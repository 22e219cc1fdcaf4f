"""The schema on both databases: migrations, uniqueness that makes reruns idempotent."""
import pytest
from sqlalchemy import inspect
from sqlalchemy.exc import IntegrityError

from treatywatch.store import Alert, Article, CrawlRun, session_scope, upgrade
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
