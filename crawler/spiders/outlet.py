"""The one spider class, configured per outlet from the registry.

Discovery: the outlet's feeds first; sitemaps only when the feeds gave no article link (dead, empty,
serving HTML); section pages only when the sitemaps gave none either. Entries a feed or sitemap dates
outside the run's interval (spider args since/until) are skipped, and so are URLs the store already has.
Every failed request is logged with its cause so the run's record can say in one line why it failed.
"""
from __future__ import annotations

import os
import threading
from collections import defaultdict
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError

from crawler.discovery import Link, parse_date, parse_feed, parse_section, parse_sitemap
from crawler.extraction import ExtractorPool
from crawler.items import ArticleItem
from treatywatch.outlets import OutletConfig, get_outlet


def load_known_urls(db_url: str | None, outlet: str) -> set[str]:
    """URLs the store already holds for this outlet (stored and fetched URL), each in the store's canonical
    form (treatywatch.dedup.canonical_url), so tracking parameters, AMP/print/mobile variants and a
    www./m. host match; empty if there is no store yet."""
    if not db_url:
        return set()
    if db_url.startswith("sqlite"):
        path = db_url.split(":///", 1)[-1]
        if not path or path == ":memory:" or not Path(path).exists():
            return set()
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import SQLAlchemyError

    from treatywatch.store.session import normalize_url

    engine = create_engine(normalize_url(db_url))
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT url, source_url FROM articles WHERE outlet = :o"), {"o": outlet})
            from treatywatch.dedup import canonical_url

            return {canonical_url(u) for row in rows for u in row if u}
    except SQLAlchemyError:  # no articles table yet: nothing is known
        return set()
    finally:
        engine.dispose()


def describe_failure(failure) -> tuple[str, str]:
    """(cause, where) in words a user reads in the run's message: ("connection refused by", "127.0.0.1:9")."""
    url = failure.request.url
    where = urlsplit(url).netloc
    exc = failure.value
    name = type(exc).__name__
    if isinstance(exc, HttpError):
        return f"HTTP {exc.response.status} from", where
    if "ConnectionRefused" in name:
        return "connection refused by", where
    if "Timeout" in name:
        timeout = failure.request.meta.get("download_timeout")
        return (f"timeout after {timeout:g}s at" if timeout else "timeout at"), where
    if "DNS" in name or "CannotResolve" in name:
        return "host name not found:", where
    if "Cancelled" in name and "maxsize" in str(exc).lower() or "larger than download max size" in str(exc):
        return "page over the size limit at", where
    if ("ResponseNeverReceived" in name or "ConnectionLost" in name or "ConnectionDone" in name
            or "DownloadFailed" in name or "PartialDownload" in name):
        return "connection dropped by", where
    return f"{name} at", where


class OutletSpider(scrapy.Spider):
    """Subclassed once per registry entry (crawler/spiders/outlets.py); `name` is the outlet name."""

    outlet: OutletConfig

    def __init__(self, *args, since: str | None = None, until: str | None = None,
                 outlets_file: str | None = None, base_url: str | None = None, conditional: str = "1", **kwargs):
        super().__init__(*args, **kwargs)
        # conditional GET of feeds/sitemaps (crawler.middlewares.ConditionalListings); "0" for a retry or backfill
        self.conditional = str(conditional).lower() not in ("0", "false", "no")
        self._not_modified: dict[int, int] = defaultdict(int)
        self.since = parse_date(since) if since else None
        self.until = parse_date(until) if until else None
        self._outlets_file = outlets_file
        self._base_url = base_url
        self.known_urls: set[str] = set()
        self._known_ready = threading.Event()
        self._canonical = None
        self._db_url = None
        self._failures: dict[tuple[str, str], dict] = {}
        self._pending: dict[int, int] = defaultdict(int)
        self._found: dict[int, int] = defaultdict(int)

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        base_url = spider._base_url or settings.get("TREATYWATCH_OUTLETS_BASE_URL") or None
        path = spider._outlets_file or settings.get("TREATYWATCH_OUTLETS_FILE") or None
        spider.outlet = get_outlet(spider.name, path, base_url)
        spider.selectors = spider.outlet.selectors.as_dict() if spider.outlet.selectors else None
        db_url = settings.get("TREATYWATCH_DATABASE_URL") or os.environ.get("TREATYWATCH_DATABASE_URL")
        spider.extractor = ExtractorPool.from_crawler(crawler)  # forks its workers at spider_opened, first
        spider._db_url = db_url
        crawler.signals.connect(spider._load_known_in_background, signal=signals.spider_opened)
        return spider

    def _load_known_in_background(self, spider=None) -> None:
        """The store's URLs (and treatywatch.dedup, a heavy import) load in a thread while robots.txt and the
        first listing are fetched; the first link check waits for them."""
        def load():
            try:
                from treatywatch.dedup import canonical_url

                self._canonical = canonical_url
                self.known_urls = load_known_urls(self._db_url, self.name)
            except Exception as exc:  # a store problem must not stop the crawl: nothing counts as known
                self.logger.warning("could not read the stored URLs: %r", exc)
            finally:
                self._known_ready.set()

        threading.Thread(target=load, name="known-urls", daemon=True).start()

    def is_known(self, url: str) -> bool:
        """Is this URL (a link or a page's declared canonical) already stored? Compared in the store's canonical form."""
        self._known_ready.wait()
        if self._canonical is None:
            from treatywatch.dedup import canonical_url

            self._canonical = canonical_url
        return self._canonical(url) in self.known_urls

    # ------------------------------------------------------------ discovery
    async def start(self):
        for request in self._stage_requests(0):
            yield request

    def _request(self, url: str, callback, **meta) -> scrapy.Request:
        if self.outlet.download_timeout:
            meta["download_timeout"] = self.outlet.download_timeout
        return scrapy.Request(url, callback=callback, errback=self.on_error, meta=meta)

    def _stage_requests(self, stage: int) -> list[scrapy.Request]:
        sources = self.outlet.sources()
        if stage >= len(sources):
            return []
        kind, urls = sources[stage]
        self.crawler.stats.set_value("treatywatch/sources_used", kind)
        self._pending[stage] += len(urls)
        return [self._request(u, self.parse_listing, stage=stage, kind=kind, handle_httpstatus_list=[304])
                for u in urls]

    def _listing_done(self, stage: int) -> list[scrapy.Request]:
        """After each listing of a stage: when the whole stage found no article link, try the next source kind."""
        self._pending[stage] -= 1
        if self._pending[stage] == 0 and self._found[stage] == 0 and not self._not_modified[stage]:
            nxt = self._stage_requests(stage + 1)
            if nxt:
                self.logger.info("no article links from %s; falling back to %s",
                                 self.outlet.sources()[stage][0], self.outlet.sources()[stage + 1][0])
            return nxt
        return []

    def _in_interval(self, when: datetime | None) -> bool:
        if when is None:
            return True  # undated entries are fetched; the store's dedup handles repeats
        if self.since and when < self.since:
            return False
        return not (self.until and when >= self.until)

    def parse_listing(self, response):
        stage, kind = response.meta["stage"], response.meta["kind"]
        stats = self.crawler.stats
        links: list[Link] = []
        if response.status == 304:  # unchanged since the last run read it: nothing new here, not an error
            self._not_modified[stage] += 1
        elif kind == "feeds":
            links = parse_feed(response.body, response.url)
        elif kind == "sitemaps":
            links, children = parse_sitemap(response.body, response.url)
            self._pending[stage] += len(children)
            for child in children:
                yield self._request(child, self.parse_listing, stage=stage, kind=kind, handle_httpstatus_list=[304])
        else:
            links = parse_section(response.body, response.url)
        for link in links:
            if not self.outlet.is_article(link.url):
                continue
            self._found[stage] += 1
            stats.inc_value("treatywatch/links_found")
            if not self._in_interval(link.published):
                stats.inc_value("treatywatch/skipped_out_of_interval")
                continue
            if self.is_known(link.url):
                stats.inc_value("treatywatch/skipped_known")
                continue
            yield self._request(link.url, self.parse_article,
                                date_hint=link.published.isoformat() if link.published else None)
        yield from self._listing_done(stage)

    # ------------------------------------------------------------ articles
    async def parse_article(self, response):
        stats = self.crawler.stats
        stats.inc_value("treatywatch/article_pages")
        if not isinstance(response, scrapy.http.TextResponse):
            # a PDF, an image, an archive at an article URL: recorded, not extracted
            ctype = response.headers.get(b"Content-Type", b"").decode("latin-1").split(";")[0] or "no type"
            self.record_failure(f"not a web page ({ctype}) at", urlsplit(response.url).netloc, response.request,
                                "not_html")
            return
        try:
            fields, html = await self.extractor.extract(response.body, response.url, self.selectors,
                                                        _header_charset(response), response.meta.get("date_hint"))
        except Exception as exc:  # a page that crashes the extractor is one failed page, not a failed run
            self.logger.warning("extraction crashed on %s: %r", response.url, exc)
            fields, html = {"text": ""}, ""
        if not fields["text"]:
            stats.inc_value("treatywatch/extraction_failed")
            self.logger.warning("no article text extracted from %s", response.url)
            return
        if self.is_known(fields["canonical_url"]):
            stats.inc_value("treatywatch/skipped_known")
            return
        yield ArticleItem(
            url=fields["canonical_url"], source_url=response.url, outlet=self.name,
            language=fields["language"] or self.outlet.language, title=fields["title"],
            published=fields["published"], author=fields["author"], text=fields["text"],
            html=html, fetched=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        )

    # ------------------------------------------------------------ failures
    def on_error(self, failure):
        request = failure.request
        if failure.check(IgnoreRequest) and not failure.check(HttpError) and "redirect" in str(failure.value).lower():
            self.record_failure("redirect loop at", urlsplit(request.url).netloc, request, "redirect_loop")
        elif failure.check(IgnoreRequest) and not failure.check(HttpError):
            self.crawler.stats.inc_value("treatywatch/ignored")  # robots.txt said no, or a filter did
        else:
            cause, where = describe_failure(failure)
            kind = cause.split()[0].lower() + (f"_{cause.split()[1]}" if cause.startswith("HTTP") else "")
            self.record_failure(cause, where, request, kind)
        if "stage" in request.meta:
            yield from self._listing_done(request.meta["stage"])

    def record_failure(self, cause: str, where: str, request, kind: str) -> None:
        """One failed URL, grouped by (cause, where) for the run's one-line message, counted by kind in the stats."""
        entry = self._failures.setdefault((cause, where), {"cause": cause, "where": where, "urls": 0,
                                                           "requests": 0, "example": request.url})
        entry["urls"] += 1
        entry["requests"] += request.meta.get("retry_times", 0) + 1
        self.crawler.stats.inc_value(f"treatywatch/errors/{kind}")
        self.logger.warning("%s %s: %s", cause, where, request.url)

    def failure_report(self) -> list[dict]:
        return sorted(self._failures.values(), key=lambda f: -f["urls"])


def _header_charset(response) -> str | None:
    ctype = response.headers.get(b"Content-Type", b"").decode("latin-1").lower()
    if "charset=" in ctype:
        return ctype.split("charset=", 1)[1].split(";")[0].strip().strip('"') or None
    return None
