"""The Atom feed and the static HTML report: the feed parses back cleanly (feedparser, no bozo flag), the
report's counts, links, chart and escaping are checked on the parsed HTML, and the CLI writes both."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import feedparser
import lxml.html
from typer.testing import CliRunner

from tests.test_alerts import _article
from treatywatch.cli import app
from treatywatch.report import FEED_FILE, REPORT_FILE, build_report, write_report
from treatywatch.store.models import CrawlRun, Statement
from treatywatch.store.session import session_scope

NOW = datetime(2026, 11, 23, 6, tzinfo=timezone.utc)


def seed(url: str) -> None:
    """Treaty statements over three months by both sides (one a repeat, one before the period), a story with
    markup in its title, a failed crawl (invented text)."""
    with session_scope(url) as s:
        arts = []
        for seq, (outlet, published, title) in enumerate([
            ("Moscow Ledger", "2026-09-14", "Lavrov on the islands"),
            ("Tokyo Courier", "2026-09-20T10:00:00+09:00", "PM on treaty talks"),
            ("Moscow Ledger", "2026-11-02", "Peskov: no talks now"),
            ("Harbor Daily", "2026-11-03", "Talks <script>alert('x')</script> & more\r\nBcc: x@evil.example"),
            ("Old Gazette", "2026-07-01", "An old statement"),
        ], start=1):
            a = _article(seq, outlet, title, story=f"story-{seq}")
            a.published = published
            arts.append(a)
        s.add_all(arts)
        first = Statement(article=arts[0], position=0, speaker="Sergei Lavrov", quote="No talks under sanctions.",
                          direct=True, peace_treaty=True, new=True)
        s.add_all([
            first,
            Statement(article=arts[1], position=0, speaker="Shigeru Ishiba", quote="We keep the door open.",
                      direct=True, peace_treaty=True, new=True, shift=True, stance="softer"),
            Statement(article=arts[1], position=1, speaker="Shigeru Ishiba", quote="Trade is a separate matter.",
                      direct=True, peace_treaty=False, new=True),
            Statement(article=arts[2], position=0, speaker="Dmitry Peskov", quote="Nothing to discuss for now.",
                      direct=False, peace_treaty=True, new=True),
            Statement(article=arts[2], position=1, speaker="Sergei Lavrov", quote="No talks under sanctions!",
                      direct=True, peace_treaty=True, new=False, first_report=first),
            Statement(article=arts[3], position=0, speaker="Envoy <b>X</b>", quote="<i>treaty</i> \x0b & \"islands\"",
                      direct=True, peace_treaty=True, new=True),
            Statement(article=arts[4], position=0, speaker="Sergei Lavrov", quote="Before the period.",
                      direct=True, peace_treaty=True, new=True),
        ])
        s.add(CrawlRun(outlet="Broken Gazette", run_key="k1", status="failed", message="answered 503",
                       started=NOW - timedelta(days=3)))


def test_feed_validates_and_carries_one_entry_per_new_treaty_statement(sqlite_url, tmp_path):
    seed(sqlite_url)
    paths = write_report(sqlite_url, since=date(2026, 9, 1), out_dir=tmp_path / "out", now=NOW,
                         feed_url="https://watch.example/statements.atom")
    feed = feedparser.parse(paths["feed"].read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    entries = feed.entries
    assert len(entries) == 4  # not the repeat, not the trade remark, not the one before the period
    assert entries[0].title.startswith("Shigeru Ishiba: ")  # position shifts first
    assert {e.author for e in entries} == {"Shigeru Ishiba", "Sergei Lavrov", "Dmitry Peskov", "Envoy <b>X</b>"}
    assert len({e.id for e in entries}) == 4
    assert all(e.link.startswith("https://") for e in entries)
    evil = next(e for e in entries if e.author == "Envoy <b>X</b>")
    assert "<i>" not in evil.content[0].value and "&lt;i&gt;treaty&lt;/i&gt;" in evil.content[0].value
    assert feed.feed.links[0].href == "https://watch.example/statements.atom"
    # ids stay the same in a later report (readers must not see old entries as new)
    again = feedparser.parse(write_report(sqlite_url, since=date(2026, 9, 1), out_dir=tmp_path / "again",
                                          now=NOW + timedelta(days=1))["feed"].read_bytes())
    assert [e.id for e in again.entries] == [e.id for e in entries]


def test_report_html_counts_links_chart_and_escaping(sqlite_url, tmp_path):
    seed(sqlite_url)
    paths = write_report(sqlite_url, since=date(2026, 9, 1), out_dir=tmp_path, now=NOW)
    raw = paths["report"].read_text(encoding="utf-8")
    doc = lxml.html.fromstring(raw)
    assert not doc.xpath("//script") and "<script>" not in raw and "<b>X</b>" not in raw
    assert doc.xpath("//title")[0].text == "4 new statements on the peace treaty since 2026-09-01"
    cards = doc.xpath("//div[@class='statement']")
    assert len(cards) == 4
    assert [c.xpath(".//a[@class='source']/@href")[0] for c in cards][:2] == [
        "https://tokyo-courier.example/news/2", "https://moscow-ledger.example/news/1"]
    assert len(doc.xpath("//div[@class='statement']//span[@class='shift']")) == 1
    assert "Talks <script>alert('x')</script> & more Bcc: x@evil.example" in doc.text_content()
    # the chart: one bar per month and side, heights ordered like the counts
    bars = {b.xpath("title")[0].text: float(b.get("height")) for b in doc.xpath("//svg//rect[@class='bar']")}
    assert set(bars) == {f"{m} {side}: {n}" for m, side, n in [
        ("2026-09", "Russia", 1), ("2026-09", "Japan", 1), ("2026-09", "other", 0),
        ("2026-10", "Russia", 0), ("2026-10", "Japan", 0), ("2026-10", "other", 0),
        ("2026-11", "Russia", 1), ("2026-11", "Japan", 0), ("2026-11", "other", 1)]}
    assert bars["2026-09 Russia: 1"] == bars["2026-11 other: 1"] > 0 == bars["2026-10 Japan: 0"]
    assert [li.text_content() for li in doc.xpath("//ul[@class='health']/li")] == [
        "Broken Gazette: failed — answered 503 (run k1)"]
    assert len(doc.xpath("//li[@class='story']")) == 4  # the period's stories, one line each


def test_an_empty_period_still_makes_a_valid_feed_and_report(sqlite_url, tmp_path):
    content = build_report(sqlite_url, date(2026, 11, 1), now=NOW)
    assert content.statements == [] and [m.month for m in content.months] == ["2026-11"]
    paths = write_report(sqlite_url, since=date(2026, 11, 1), out_dir=tmp_path, now=NOW)
    assert not feedparser.parse(paths["feed"].read_bytes()).bozo
    assert "No new statement on the peace treaty" in paths["report"].read_text(encoding="utf-8")


def test_report_command_writes_both_files(sqlite_url, tmp_path):
    seed(sqlite_url)
    out = tmp_path / "site"
    result = CliRunner().invoke(app, ["report", "--since", "2026-11-01", "--db", sqlite_url, "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == sorted([FEED_FILE, REPORT_FILE])
    assert len(feedparser.parse((out / FEED_FILE).read_bytes()).entries) == 2
    bad = CliRunner().invoke(app, ["report", "--since", "yesterday", "--db", sqlite_url, "--out", str(out)])
    assert bad.exit_code == 2 and "--since" in bad.output
