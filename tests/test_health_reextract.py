"""Spider health from crawl-run rows; re-extraction of stored raw pages; new articles counted per outlet."""
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from typer.testing import CliRunner

from treatywatch.cli import app
from treatywatch.health import outlet_health
from treatywatch.ingest import ingest_records
from treatywatch.mockweb.site import MockSite
from treatywatch.reextract import reextract
from treatywatch.store import Article, CrawlRun, session_scope, upgrade
from treatywatch.tasks import crawl_and_ingest

try:
    from tests._crawl_fixtures import DAY, SINCE, UNTIL, crawl_settings, mockweb  # noqa: F401
except ImportError:
    from _crawl_fixtures import DAY, SINCE, UNTIL, crawl_settings, mockweb  # noqa: F401

NOW = datetime(2025, 11, 21, 12, tzinfo=timezone.utc)


def _run(outlet, days_ago, *, items=0, new=0, pages=10, failed=0, status="ok"):
    started = NOW - timedelta(days=days_ago)
    return CrawlRun(outlet=outlet, run_key=f"k{days_ago}", started=started, finished=started, pages=pages,
                    items=items, new_articles=new, status=status,
                    stats={"summary": {"pages": pages, "extraction_failures": failed}})


def test_quiet_outlets_and_extraction_failure_jumps_are_unhealthy(tmp_path):
    db = f"sqlite:///{tmp_path / 'h.db'}"
    upgrade(db)
    with session_scope(db) as s:
        s.add_all([_run("tass", 2, items=5, new=4), _run("tass", 1, items=3, new=2),
                   _run("kyodo", 2, items=2, new=0), _run("kyodo", 1, items=1, new=0),
                   _run("nhk", 2, items=5, new=5), _run("nhk", 1, items=1, new=1, failed=8),
                   _run("kremlin", 9, items=4, new=4)])  # outside a 3-day window
    report = {h.outlet: h for h in outlet_health(db, NOW, quiet_days=3,
                                                 outlets=["tass", "kyodo", "nhk", "kremlin"])}
    assert report["tass"].healthy and report["tass"].new_articles == 6 and not report["tass"].reasons
    assert not report["kyodo"].healthy and "no new articles in 3 days" in report["kyodo"].reasons[0]
    assert not report["nhk"].healthy and report["nhk"].failure_rate == 0.8
    assert "extraction failed on 8 of 10 pages" in report["nhk"].reasons[0]
    assert not report["kremlin"].healthy and report["kremlin"].reasons == ["not crawled in 3 days"]
    # a longer window sees kremlin's run
    assert {h.outlet: h.healthy for h in outlet_health(db, NOW, quiet_days=10)}["kremlin"] is True


def test_reextract_updates_fields_and_keeps_duplicate_links(tmp_path):
    db = f"sqlite:///{tmp_path / 'r.db'}"
    upgrade(db)
    site = MockSite("http://127.0.0.1:1", DAY)
    tass = next(a for a in site.articles if a.outlet == "tass")
    copy = next(a for a in site.articles if a.outlet == "japantoday")  # the aggregator's copy of it
    summary = ingest_records(db, [{"url": a.url, "outlet": a.outlet, "html": a.html.decode("utf-8")}
                                  for a in (tass, copy)])
    assert summary.stored == 2 and summary.copies == 1
    with session_scope(db) as s:
        rows = s.execute(select(Article).order_by(Article.id)).scalars().all()
        links = [(r.duplicate_of_id, r.content_hash, r.story) for r in rows]
        assert links[1][0] == rows[0].id
        s.query(Article).filter_by(outlet="tass").update({"title": "TASS", "text": "Share Telegram VK"})
    result = reextract(db, outlet="tass")  # the TASS selectors apply
    assert (result.scanned, result.updated, result.text_changed, result.failed) == (1, 1, 1, 0)
    with session_scope(db) as s:
        rows = s.execute(select(Article).order_by(Article.id)).scalars().all()
        assert rows[0].title == tass.title
        assert rows[0].text.startswith("MOSCOW, November 20. /TASS/. Russia sees no ground")
        assert [(r.duplicate_of_id, r.content_hash, r.story) for r in rows] == links  # nothing else moved
    assert reextract(db, outlet="nhk").scanned == 0
    out = CliRunner().invoke(app, ["reextract", "--db", db])
    assert out.exit_code == 0 and "2 raw pages re-extracted: 0 articles updated" in out.output


def test_crawl_and_ingest_fills_new_articles_and_health_command(crawl_settings):
    results, total = crawl_and_ingest(crawl_settings.db_url, crawl_settings, only=["tass", "nhk"], since=SINCE,
                                      until=UNTIL, run_key="r-health")
    with session_scope(crawl_settings.db_url) as s:
        runs = {r.outlet: r for r in s.execute(select(CrawlRun).filter_by(run_key="r-health")).scalars()}
        stored = {o: s.query(Article).filter_by(outlet=o).count() for o in ("tass", "nhk")}
    assert runs["tass"].new_articles == stored["tass"] == 2 and runs["nhk"].new_articles == stored["nhk"] == 1
    # crawl again: everything is stored, so the second run brings nothing new
    crawl_and_ingest(crawl_settings.db_url, crawl_settings, only=["tass"], since=SINCE, until=UNTIL, run_key="r2")
    with session_scope(crawl_settings.db_url) as s:
        again = s.execute(select(CrawlRun).filter_by(run_key="r2", outlet="tass")).scalar_one()
        assert again.new_articles == 0 and again.stats["summary"]["skipped_known"] == 2
    out = CliRunner().invoke(app, ["health", "--db", crawl_settings.db_url, "--quiet-days", "2"],
                             env={"TREATYWATCH_OUTLETS_FILE": str(crawl_settings.outlets_file)})
    assert out.exit_code == 1  # the outlets never crawled here are reported
    assert "tass: ok (2 runs, 2 new articles)" in out.output and "kyodo: UNHEALTHY: not crawled in 2 days" in out.output
