"""Faults end as data: each misbehaving endpoint of the mock web ends as a recorded per-outlet result
(CrawlRun row + one-line message + stats), while a healthy outlet in the same run finishes; nothing escapes
from the spider, and what is already stored stays."""
import pytest
import requests
import yaml
from sqlalchemy import func, select

from treatywatch.config import load_settings
from treatywatch.crawl import crawl_outlets, read_feed
from treatywatch.mockweb.server import FAULT_KINDS, FAULTS_HOST
from treatywatch.store import Article, CrawlRun, session_scope, upgrade

try:
    from tests._crawl_fixtures import SINCE, UNTIL, mockweb  # noqa: F401
except ImportError:
    from _crawl_fixtures import SINCE, UNTIL, mockweb  # noqa: F401


def _registry(path, web):
    outlets = [{"name": "tass", "language": "en", "feeds": [web.url("https://tass.com/rss/v2.xml")],
                "article_pattern": r"tass\.com/[a-z-]+/\d+$", "selectors": {"body": ".text-content p"}}]
    for kind in FAULT_KINDS:
        source = ({"sitemaps": [web.url(f"https://{FAULTS_HOST}/{kind}/sitemap.xml")]} if kind == "brokensitemap"
                  else {"feeds": [web.url(f"https://{FAULTS_HOST}/{kind}/feed.xml")]})
        outlets.append({"name": kind, "language": "ja" if kind.startswith("sjis") else "en", **source})
    path.write_text(yaml.safe_dump({"outlets": outlets}), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def fault_run(tmp_path_factory, mockweb):
    tmp = tmp_path_factory.mktemp("faults")
    settings = load_settings(data_dir=tmp, outlets_file=_registry(tmp / "faults.yaml", mockweb))
    upgrade(settings.db_url)
    with session_scope(settings.db_url) as s:  # something stored before the run: it must survive
        s.add(Article(url="https://tass.com/politics/1", outlet="tass", text="kept", content_hash="k", seq=1))
    results = crawl_outlets(["tass", *FAULT_KINDS], run_key="faults", since=None, until=None, settings=settings,
                            parallel=3)
    return settings, {r.outlet: r for r in results}


def test_fault_endpoints_answer_as_described(mockweb):
    get = lambda kind, leaf="a1", **kw: requests.get(mockweb.url(f"https://{FAULTS_HOST}/{kind}/{leaf}"),  # noqa: E731
                                                     timeout=20, allow_redirects=False, **kw)
    r = get("ratelimited")
    assert r.status_code == 429 and r.headers["Retry-After"] == "1"
    assert get("loop").status_code == 302
    assert get("binary").headers["content-type"] == "application/pdf"
    assert "charset" not in get("sjisbare").headers["content-type"]
    with pytest.raises(requests.exceptions.RequestException):
        get("reset")
    assert len(get("huge", stream=True).headers["content-length"]) == 8  # ~50 MB announced


@pytest.mark.parametrize("kind, status, words", [
    ("ratelimited", "failed", "HTTP 429 from"),
    ("reset", "failed", "connection dropped by"),
    ("loop", "failed", "redirect loop at"),
    ("huge", "failed", "page over the size limit at"),
    ("binary", "failed", "not a web page (application/pdf) at"),
    ("emptyfeed", "ok", "0 articles from 0 pages via feeds"),
    ("brokensitemap", "failed", "HTTP 404 from"),  # the cut-off sitemap still gives its first entry
])
def test_each_fault_is_a_recorded_outlet_result(fault_run, kind, status, words):
    settings, results = fault_run
    r = results[kind]
    assert r.status == status and words in r.message, (kind, r.status, r.message)
    assert r.items == 0
    assert not any(k.startswith("spider_exceptions") for k in r.stats["scrapy"]), r.stats["scrapy"]
    with session_scope(settings.db_url) as s:
        row = s.execute(select(CrawlRun).filter_by(outlet=kind, run_key="faults")).scalar_one()
        assert row.status == status and row.message == r.message and row.finished is not None


def test_retry_after_was_honoured_and_huge_page_counted(fault_run):
    _settings, results = fault_run
    scrapy_stats = results["ratelimited"].stats["scrapy"]
    assert scrapy_stats["treatywatch/retry_after/429"] == 3  # the first try and two retries, each waited for
    assert results["huge"].stats["summary"]["errors_by_type"] == {"page": 1}


@pytest.mark.parametrize("kind", ["sjis", "sjisbare", "malformed"])
def test_legacy_encodings_and_broken_markup_still_extract(fault_run, kind):
    _settings, results = fault_run
    assert results[kind].status == "ok" and results[kind].items == 1, (kind, results[kind].message)
    [item] = read_feed(results[kind].feed_path)
    if kind == "malformed":
        assert item["text"].startswith("The Russian consul general in Sapporo") and "hotline" in item["text"]
    else:
        assert item["title"] == "北方領土の墓参 再開求める" and "元島民" in item["text"] and item["language"] == "ja"


def test_the_healthy_outlet_finished_and_stored_rows_survive(fault_run):
    settings, results = fault_run
    assert results["tass"].status == "ok" and results["tass"].items == 3
    with session_scope(settings.db_url) as s:
        assert s.scalar(select(func.count(Article.id))) == 1
        assert s.execute(select(Article.text)).scalar_one() == "kept"
