"""The crawler end to end: real `scrapy crawl` subprocesses against the mock outlet web, recorded in a store."""
import json
import os
import subprocess
import sys

from sqlalchemy import select
from typer.testing import CliRunner

from treatywatch.cli_outlets import outlets_app
from treatywatch.config import load_settings
from treatywatch.crawl import crawl_outlet, crawl_outlets, read_feed
from treatywatch.outlets import load_outlets
from treatywatch.store import Article, CrawlRun, session_scope, upgrade

try:
    from tests._crawl_fixtures import SINCE, UNTIL, crawl_settings, fault_registry, mockweb  # noqa: F401
except ImportError:
    from _crawl_fixtures import SINCE, UNTIL, crawl_settings, fault_registry, mockweb  # noqa: F401

RUN_KEY = "scheduled__2025-11-20T00:00:00+00:00"
ITEM_FIELDS = {"url", "source_url", "outlet", "language", "title", "published", "text", "html", "fetched"}


def test_scrapy_list_shows_one_spider_per_outlet_from_anywhere(tmp_path):
    env = dict(os.environ, SCRAPY_SETTINGS_MODULE="crawler.settings")
    out = subprocess.run([sys.executable, "-m", "scrapy", "list"], cwd=tmp_path, env=env, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == sorted(o.name for o in load_outlets())


def test_every_bundled_outlet_crawls_into_its_feed_and_run_row(crawl_settings):
    results = crawl_outlets(None, run_key=RUN_KEY, since=SINCE, until=UNTIL, settings=crawl_settings, parallel=3)
    assert [r.outlet for r in results] == [o.name for o in load_outlets()]
    for r in results:
        assert r.status == "ok", (r.outlet, r.message)
        items = list(read_feed(r.feed_path))
        assert len(items) == r.items >= 1, r.outlet
        assert r.feed_path == crawl_settings.feeds_path / "scheduled__2025-11-20T00_00_00_00_00" / f"{r.outlet}.jsonl"
        for item in items:
            assert set(item) >= ITEM_FIELDS and item["outlet"] == r.outlet and item["text"]
            assert item["url"].startswith(crawl_settings.outlets_base_url) and item["published"].startswith("2025-11-20")
    by_outlet = {r.outlet: r for r in results}
    # the TASS feed also lists an older article: outside the interval, so not fetched
    assert by_outlet["tass"].items == 2 and by_outlet["tass"].stats["summary"]["skipped_out_of_interval"] == 1
    # empty feed / feed serving HTML: fell back to the section page
    assert by_outlet["japantoday"].stats["summary"]["sources_used"] == "sections"
    assert by_outlet["mofa_japan"].stats["summary"]["sources_used"] == "sections"
    # robots.txt forbids the members-only link on the Japan Today section page
    assert by_outlet["japantoday"].stats["scrapy"].get("robotstxt/forbidden") == 1
    ru = next(read_feed(by_outlet["tass_ru"].feed_path))
    assert "Песков" in ru["text"] and ru["language"] == "ru"
    with session_scope(crawl_settings.db_url) as s:
        runs = s.execute(select(CrawlRun).filter_by(run_key=RUN_KEY)).scalars().all()
        assert sorted(run.outlet for run in runs) == sorted(by_outlet)
        assert all(run.status == "ok" and run.items >= 1 and run.finished for run in runs)


def test_a_retry_updates_its_own_row_and_skips_stored_articles(crawl_settings):
    first = crawl_outlet("tass", run_key=RUN_KEY, since=SINCE, until=UNTIL, settings=crawl_settings)
    stored = next(read_feed(first.feed_path))
    with session_scope(crawl_settings.db_url) as s:
        s.add(Article(url=stored["url"], source_url=stored["source_url"], outlet="tass", text=stored["text"],
                      content_hash="x", seq=1))
    again = crawl_outlet("tass", run_key=RUN_KEY, since=SINCE, until=UNTIL, settings=crawl_settings)
    assert (first.items, again.items) == (2, 1)
    assert again.stats["summary"]["skipped_known"] == 1 and "1 already stored" in again.message
    with session_scope(crawl_settings.db_url) as s:
        [row] = s.execute(select(CrawlRun).filter_by(outlet="tass", run_key=RUN_KEY)).scalars().all()
        assert row.items == 1


def test_fault_outlets_fail_with_clear_messages_while_another_succeeds(tmp_path, mockweb):
    settings = load_settings(data_dir=tmp_path, outlets_file=fault_registry(tmp_path / "faults.yaml", mockweb))
    upgrade(settings.db_url)
    results = {r.outlet: r for r in crawl_outlets(["tass", "forbidden", "broken", "slow", "deadhost"],
                                                  run_key="r1", since=SINCE, until=UNTIL, settings=settings,
                                                  parallel=3)}
    assert results["tass"].status == "ok" and results["tass"].items == 2
    host = mockweb.base_url.split("//")[1]
    assert results["forbidden"].message == f"HTTP 403 from {host} (1 request)"
    assert results["broken"].message == f"HTTP 500 from {host} (3 requests)"
    assert results["slow"].message == f"timeout after 1s at {host} (3 requests)"
    assert results["deadhost"].message.startswith("connection refused by 127.0.0.1:")
    assert results["deadhost"].message.endswith("(3 requests)")
    for name in ("forbidden", "broken", "slow", "deadhost"):
        assert results[name].status == "failed" and results[name].items == 0 and results[name].errors >= 1
    with session_scope(settings.db_url) as s:
        rows = {r.outlet: r for r in s.execute(select(CrawlRun).filter_by(run_key="r1")).scalars()}
        assert rows["deadhost"].status == "failed" and rows["deadhost"].message == results["deadhost"].message
        assert rows["tass"].status == "ok"
    stats = json.loads(results["broken"].feed_path.with_suffix(".stats.json").read_text())
    assert stats["summary"]["errors_by_type"] == {"http_500": 1}


def test_outlets_check_against_the_mock_web(mockweb, tmp_path):
    runner = CliRunner()
    result = runner.invoke(outlets_app, ["check", "tass", "--base-url", mockweb.base_url])
    assert result.exit_code == 0, result.output
    assert "tass: OK" in result.output and "3 articles; newest 2025-11-20 11:40" in result.output
    assert "MOSCOW, November 20. /TASS/." in result.output and "lang: en" in result.output
    faults = fault_registry(tmp_path / "faults.yaml", mockweb)
    result = runner.invoke(outlets_app, ["check", "forbidden", "--outlets", str(faults)])
    assert result.exit_code == 1 and "HTTP 403" in result.output
    result = runner.invoke(outlets_app, ["list"])
    assert result.exit_code == 0 and "kyodo" in result.output
