"""Outputs besides mail: an Atom feed of new treaty statements and a static HTML report of a period, built
from the same items and template blocks as the digest, with a small inline-SVG chart of treaty statements
per month and side.

    paths = write_report(settings.db_url, since=date(2026, 11, 1), out_dir=Path("report"))

`treatywatch report --since DATE [--db URL] [--out DIR]` calls `write_report`.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timezone
from pathlib import Path

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from treatywatch.alerts.digest import (PROBLEM_STATUSES, OutletProblem, StatementGroup, StatementItem, StoryItem, _HTML,
                                       one_line, safe_href, statement_items, story_items)
from treatywatch.alerts.speaker_info import speaker_side
from treatywatch.store.models import Article, CrawlRun, Statement
from treatywatch.store.session import session_scope

SIDES = ("Russia", "Japan", "other")
SIDE_COLOURS = {"Russia": "#c62828", "Japan": "#1565c0", "other": "#8a949e"}
FEED_FILE = "statements.atom"
REPORT_FILE = "report.html"


@dataclass(frozen=True)
class MonthBar:
    month: str  # YYYY-MM
    counts: dict  # side -> number of new treaty statements


@dataclass(frozen=True)
class ReportContent:
    since: date
    generated: datetime
    statements: list[StatementItem]
    stories: list[StoryItem]
    problems: list[OutletProblem]
    months: list[MonthBar]

    @property
    def title(self) -> str:
        n = len(self.statements)
        return (f"{n} new statement{'s' if n != 1 else ''} on the peace treaty since {self.since.isoformat()}")


# --- what goes in ---------------------------------------------------------------------------------------------

def _since_filter(since: date):
    """Articles published on or after `since` (ISO text compares in date order); undated ones by fetch time."""
    start = datetime.combine(since, time.min, tzinfo=timezone.utc)
    return or_(Article.published >= since.isoformat(),
               and_(Article.published.is_(None), Article.fetched >= start))


def _month(published: str | None, fallback: datetime | None) -> str | None:
    if published and len(published) >= 7 and published[4] == "-":
        return published[:7]
    return fallback.strftime("%Y-%m") if fallback else None


def _month_range(first: str, last: str) -> list[str]:
    y, m = map(int, first.split("-"))
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def monthly_counts(session: Session, since: date, until: date) -> list[MonthBar]:
    """New treaty statements (first reports, not repeats) per month and side, every month from `since`'s to
    `until`'s, empty months included."""
    counts: dict[str, dict[str, int]] = {}
    rows = session.execute(select(Statement.speaker, Article.published, Statement.first_seen)
                           .join(Article, Statement.article_id == Article.id)
                           .where(Statement.new.is_(True), Statement.peace_treaty.is_(True), _since_filter(since)))
    for speaker, published, first_seen in rows:
        month = _month(published, first_seen)
        if month:
            side = counts.setdefault(month, dict.fromkeys(SIDES, 0))
            side[speaker_side(speaker)] += 1
    last = max([until.strftime("%Y-%m"), *counts])
    return [MonthBar(m, counts.get(m, dict.fromkeys(SIDES, 0))) for m in _month_range(since.strftime("%Y-%m"), last)]


def load_report(session: Session, since: date, now: datetime | None = None) -> ReportContent:
    now = now or datetime.now(timezone.utc)
    statement_ids = list(session.execute(
        select(Statement.id).join(Article, Statement.article_id == Article.id)
        .where(Statement.new.is_(True), Statement.peace_treaty.is_(True), _since_filter(since))
        .order_by(Article.seq, Statement.position)).scalars())
    items = statement_items(session, statement_ids)
    seen_stories: set[str] = set()
    article_ids = []
    for aid, story in session.execute(select(Article.id, Article.story)
                                      .where(Article.relevant.is_(True), Article.duplicate_of_id.is_(None),
                                             _since_filter(since)).order_by(Article.seq)):
        key = story or f"article:{aid}"
        if key not in seen_stories:
            seen_stories.add(key)
            article_ids.append(aid)
    start = datetime.combine(since, time.min, tzinfo=timezone.utc)
    runs = session.execute(select(CrawlRun).where(CrawlRun.status.in_(PROBLEM_STATUSES),
                                                  or_(CrawlRun.started >= start, CrawlRun.started.is_(None)))
                           .order_by(CrawlRun.outlet, CrawlRun.run_key)).scalars()
    return ReportContent(
        since=since, generated=now, statements=items,
        stories=story_items(session, article_ids),
        problems=[OutletProblem(r.outlet, r.status, (r.message or "") + f" (run {r.run_key})") for r in runs],
        months=monthly_counts(session, since, now.date()))


# --- the chart ------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    colour: str
    label: str  # tooltip: "2026-11 Russia: 3"


def chart_geometry(months: list[MonthBar], *, width: int = 600, height: int = 200) -> dict:
    """Grouped bars (one group per month, one bar per side) in a width×height box with room for labels."""
    left, bottom, top = 28, 28, 10
    plot_w, plot_h = width - left - 8, height - bottom - top
    peak = max([1] + [n for m in months for n in m.counts.values()])
    group = plot_w / max(1, len(months))
    bar_w = max(2.0, min(18.0, group * 0.8 / len(SIDES)))
    bars, labels = [], []
    every = max(1, len(months) // 12)  # at most ~12 month labels
    for i, m in enumerate(months):
        x0 = left + i * group + (group - bar_w * len(SIDES)) / 2
        for j, side in enumerate(SIDES):
            n = m.counts.get(side, 0)
            h = plot_h * n / peak
            bars.append(Bar(round(x0 + j * bar_w, 1), round(top + plot_h - h, 1), round(bar_w - 1, 1), round(h, 1),
                            SIDE_COLOURS[side], f"{m.month} {side}: {n}"))
        if i % every == 0:
            labels.append((round(left + i * group + group / 2, 1), m.month))
    return {"width": width, "height": height, "bars": bars, "labels": labels, "peak": peak,
            "axis_y": top + plot_h, "left": left, "top": top, "sides": [(s, SIDE_COLOURS[s]) for s in SIDES]}


# --- outputs --------------------------------------------------------------------------------------------------

def render_report_html(content: ReportContent) -> str:
    return _HTML.get_template("report.html.j2").render(r=content, chart=chart_geometry(content.months),
                                                       subject=content.title)


def _entry_time(item: StatementItem, fallback: datetime) -> datetime:
    value = one_line(item.published)
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00")) if value else fallback
    except ValueError:
        try:
            moment = datetime.fromisoformat(value[:10])
        except ValueError:
            moment = fallback
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """Characters XML 1.0 cannot carry (control characters a scraped page may hold) become spaces."""
    return _NOT_XML.sub(" ", text)


def atom_feed(content: ReportContent, *, feed_url: str | None = None) -> bytes:
    """Atom 1.0 of the new treaty statements (one entry per statement, id stable across runs)."""
    from feedgen.feed import FeedGenerator

    fg = FeedGenerator()
    fg.id("urn:treatywatch:statements")
    fg.title("treatywatch: new statements on the Russia–Japan peace treaty")
    fg.subtitle(one_line(content.title))
    fg.author({"name": "treatywatch"})
    fg.language("en")
    fg.updated(content.generated if content.generated.tzinfo else content.generated.replace(tzinfo=timezone.utc))
    if feed_url:
        fg.link(href=feed_url, rel="self")
    for item in content.statements:
        entry = fg.add_entry(order="append")
        digest = hashlib.sha256(f"{item.url}\n{item.quote}".encode()).hexdigest()[:16]
        entry.id(f"urn:treatywatch:statement:{item.statement_id}:{digest}")
        quote = one_line(item.quote)
        short = quote if len(quote) <= 90 else quote[:89].rstrip() + "…"
        entry.title(f"{one_line(item.speaker)}: {short}")
        entry.author({"name": one_line(item.speaker)})
        when = _entry_time(item, content.generated)
        entry.updated(when)
        entry.published(when)
        if safe_href(item.url) != "#":
            entry.link(href=safe_href(item.url), rel="alternate")
        card = _HTML.get_template("_feed_entry.html.j2").render(g=StatementGroup((item,)))
        entry.content(xml_safe(card), type="html")
        if item.shift:
            entry.category(term="position-shift", label="Position shift")
    return fg.atom_str(pretty=True)


def build_report(db_url: str, since: date, now: datetime | None = None) -> ReportContent:
    with session_scope(db_url) as session:
        return load_report(session, since, now)


def write_report(db_url: str, *, since: date, out_dir: Path, now: datetime | None = None,
                 feed_url: str | None = None) -> dict[str, Path]:
    """Write `statements.atom` and `report.html` into out_dir (each atomically); returns their paths."""
    content = build_report(db_url, since, now)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {"feed": out_dir / FEED_FILE, "report": out_dir / REPORT_FILE}
    _write(paths["feed"], atom_feed(content, feed_url=feed_url))
    _write(paths["report"], render_report_html(content).encode("utf-8"))
    return paths


def _write(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
