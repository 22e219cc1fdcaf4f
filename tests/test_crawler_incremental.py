"""Incremental and polite: conditional GET of listings (ETag / Last-Modified in http_cache), 304 not an error."""
from datetime import datetime, timezone

import requests
from sqlalchemy import select

from crawler.middlewares import retry_after_seconds
from treatywatch.crawl import crawl_outlet
from treatywatch.store import session_scope
from treatywatch.store.models import HttpCache

try:
    from tests._crawl_fixtures import SINCE, UNTIL, crawl_settings, mockweb  # noqa: F401
except ImportError:
    from _crawl_fixtures import SINCE, UNTIL, crawl_settings, mockweb  # noqa: F401


def test_mock_web_answers_conditional_requests(mockweb):
    url = mockweb.url("https://tass.com/rss/v2.xml")
    first = requests.get(url, timeout=10)
    etag, modified = first.headers["ETag"], first.headers["Last-Modified"]
    assert requests.get(url, headers={"If-None-Match": etag}, timeout=10).status_code == 304
    assert requests.get(url, headers={"If-Modified-Since": modified}, timeout=10).status_code == 304
    assert requests.get(url, headers={"If-None-Match": '"other"'}, timeout=10).status_code == 200


def test_second_run_gets_304_for_the_feed_and_a_retry_refetches(crawl_settings):
    # no interval: the latest listing (a backfill of a past interval always reads whole listings)
    first = crawl_outlet("tass", run_key="day1", since=None, until=None, settings=crawl_settings)
    assert first.status == "ok" and first.items == 3
    with session_scope(crawl_settings.db_url) as s:
        [row] = s.execute(select(HttpCache)).scalars().all()
        assert row.url.endswith("/tass.com/rss/v2.xml") and row.etag and row.last_modified
    # the next day's run: the feed is unchanged, so 304 — not an error, and no fallback to sitemaps/sections
    nxt = crawl_outlet("tass", run_key="day2", since=None, until=None, settings=crawl_settings)
    summary = nxt.stats["summary"]
    assert nxt.status == "ok" and nxt.items == 0 and nxt.errors == 0
    assert nxt.stats["scrapy"]["treatywatch/not_modified"] == 1 and summary["sources_used"] == "feeds"
    # a retry of day1 reads the whole feed again
    again = crawl_outlet("tass", run_key="day1", since=None, until=None, settings=crawl_settings)
    assert again.items == 3 and "treatywatch/not_modified" not in again.stats["scrapy"]


def test_retry_after_values():
    now = datetime(2025, 11, 20, 12, tzinfo=timezone.utc)
    assert retry_after_seconds(b"7") == 7.0
    assert retry_after_seconds("Thu, 20 Nov 2025 12:00:30 GMT", now) == 30.0
    assert retry_after_seconds(b"soon") is None and retry_after_seconds(None) is None
    assert retry_after_seconds("Thu, 20 Nov 2025 11:00:00 GMT", now) == 0.0


def test_backfill_of_a_past_day_reads_whole_listings(crawl_settings):
    crawl_outlet("tass", run_key="now", since=None, until=None, settings=crawl_settings)  # validators stored
    past = crawl_outlet("tass", run_key="backfill", since=SINCE, until=UNTIL, settings=crawl_settings)
    assert past.items == 2 and "treatywatch/not_modified" not in past.stats["scrapy"]
