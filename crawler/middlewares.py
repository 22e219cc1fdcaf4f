"""Downloader middlewares: conditional GET for listings, and back-off that honours Retry-After.

ConditionalListings — feeds and sitemaps (requests with meta["kind"] in feeds/sitemaps) are sent with
If-None-Match / If-Modified-Since from the store's `http_cache` table; a 304 reaches the spider as
"not modified" (not an error, no fallback to the next source kind); the validators of listings that
answered 200 are written back when the crawl finishes normally. Off for a run told to refetch (the
spider argument conditional=0: a retry of the same interval, a backfill), so those see whole listings.
Settings: TREATYWATCH_DATABASE_URL (none: off).

RetryAfterBackoff — a 429 or 503 with Retry-After (seconds or an HTTP date) slows the whole site down:
the download slot's delay becomes at least that long, so the retry Scrapy's RetryMiddleware schedules
(and every other request to that site) waits. A Retry-After beyond TREATYWATCH_MAX_RETRY_AFTER (default
120 s) is not waited for: the response goes on as the error it is. Blocks are never evaded (no
User-Agent or address changes).
"""
from __future__ import annotations

import logging
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

from scrapy import signals
from scrapy.exceptions import NotConfigured

log = logging.getLogger(__name__)
LISTING_KINDS = ("feeds", "sitemaps")


class ConditionalListings:
    def __init__(self, crawler, db_url: str):
        self.crawler = crawler
        self.db_url = db_url
        self.validators: dict[str, tuple[str | None, str | None]] | None = None
        self.fresh: dict[str, tuple[str | None, str | None]] = {}

    @classmethod
    def from_crawler(cls, crawler):
        db_url = crawler.settings.get("TREATYWATCH_DATABASE_URL")
        if not db_url:
            raise NotConfigured("no store: no validators")
        mw = cls(crawler, db_url)
        crawler.signals.connect(mw.save, signal=signals.spider_closed)
        return mw

    def _enabled(self, spider) -> bool:
        return getattr(spider, "conditional", True)

    def _load(self) -> dict:
        if self.validators is None:
            self.validators = {}
            try:
                from sqlalchemy import select

                from treatywatch.store.models import HttpCache
                from treatywatch.store.session import session_scope

                with session_scope(self.db_url) as session:
                    for row in session.execute(select(HttpCache.url, HttpCache.etag, HttpCache.last_modified)):
                        self.validators[row.url] = (row.etag, row.last_modified)
            except Exception as exc:  # no store yet, no table: plain GETs
                log.info("no HTTP validators read: %r", exc)
        return self.validators

    def process_request(self, request, spider=None):
        spider = spider or self.crawler.spider
        if request.meta.get("kind") not in LISTING_KINDS or not self._enabled(spider):
            return None
        etag, modified = self._load().get(request.url, (None, None))
        if etag:
            request.headers.setdefault(b"If-None-Match", etag.encode("latin-1"))
        if modified:
            request.headers.setdefault(b"If-Modified-Since", modified.encode("latin-1"))
        return None

    def process_response(self, request, response, spider=None):
        if request.meta.get("kind") not in LISTING_KINDS:
            return response
        if response.status == 304:
            self.crawler.stats.inc_value("treatywatch/not_modified")
        elif response.status == 200:
            etag = response.headers.get(b"ETag")
            modified = response.headers.get(b"Last-Modified")
            if etag or modified:
                self.fresh[request.url] = (etag.decode("latin-1") if etag else None,
                                           modified.decode("latin-1") if modified else None)
        return response

    def save(self, spider=None, reason: str = "finished") -> None:
        if reason != "finished" or not self.fresh:
            return  # a crawl cut short keeps the old validators: its listings get read again next time
        try:
            from treatywatch.store.models import HttpCache
            from treatywatch.store.session import session_scope

            now = datetime.now(timezone.utc)
            with session_scope(self.db_url) as session:
                for url, (etag, modified) in self.fresh.items():
                    row = session.get(HttpCache, url) or HttpCache(url=url)
                    row.etag, row.last_modified, row.fetched = etag, modified, now
                    session.merge(row)
        except Exception as exc:  # validators are an optimisation: losing them costs one full fetch
            log.warning("could not store HTTP validators: %r", exc)


def retry_after_seconds(value: bytes | str | None, now: datetime | None = None) -> float | None:
    """Retry-After as seconds from now: delta-seconds or an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    value = value.decode("latin-1") if isinstance(value, bytes) else value
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())


class RetryAfterBackoff:
    CODES = (429, 503)

    def __init__(self, crawler, max_wait: float):
        self.crawler = crawler
        self.max_wait = max_wait

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler, crawler.settings.getfloat("TREATYWATCH_MAX_RETRY_AFTER", 120.0))

    def process_response(self, request, response, spider=None):
        if response.status not in self.CODES:
            return response
        wait = retry_after_seconds(response.headers.get(b"Retry-After"))
        stats = self.crawler.stats
        if wait is None:
            return response
        stats.inc_value(f"treatywatch/retry_after/{response.status}")
        if wait > self.max_wait:
            request.meta["dont_retry"] = True  # not worth waiting in this run: recorded as the error it is
            stats.inc_value("treatywatch/retry_after_too_long")
            return response
        downloader = self.crawler.engine.downloader
        key = request.meta.get("download_slot") or downloader.get_slot_key(request)
        slot = downloader.slots.get(key)
        if slot is not None and slot.delay < wait:
            log.info("%s answered %s with Retry-After %.0fs: slowing down", key, response.status, wait)
            slot.delay = wait
        return response
