"""Spider health: which outlets look broken, from the per-run figures kept in `crawl_runs`.

    outlet_health(db_url, now, quiet_days=3) -> list[OutletHealth]

An outlet is unhealthy when
  - its crawls brought no new article for `quiet_days` days (a dead feed, a changed site, a block), or it
    has never been crawled successfully in that window; or
  - its extraction-failure rate (pages fetched whose text could not be extracted) in its latest run is
    above `max_failure_rate` and `jump` times its rate over the earlier runs of the window (a layout change).
New articles are `CrawlRun.new_articles` (filled after ingest) when any run of the window, of any
outlet, has some, else the items the spider yielded. Small and read-only: the alerts digest and `treatywatch health` call it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from sqlalchemy import select

from treatywatch.store.models import CrawlRun
from treatywatch.store.session import session_scope


@dataclass
class OutletHealth:
    outlet: str
    healthy: bool
    reasons: list[str] = field(default_factory=list)
    runs: int = 0                       # runs started in the window
    new_articles: int = 0               # over the window
    last_new: datetime | None = None    # start of the latest run that brought something new
    failure_rate: float | None = None   # extraction failures / pages, latest run
    baseline_failure_rate: float | None = None  # the same over the earlier runs of the window

    def line(self) -> str:
        state = "ok" if self.healthy else "UNHEALTHY: " + "; ".join(self.reasons)
        return f"{self.outlet}: {state} ({self.runs} runs, {self.new_articles} new articles)"


def _aware(dt: datetime | None) -> datetime | None:
    return dt.replace(tzinfo=timezone.utc) if dt is not None and dt.tzinfo is None else dt


def _failures(run: CrawlRun) -> tuple[int, int]:
    summary = (run.stats or {}).get("summary") or {}
    return int(summary.get("extraction_failures") or 0), int(summary.get("pages") or run.pages or 0)


def outlet_health(db_url: str, now: datetime | None = None, quiet_days: int = 3, *,
                  outlets: list[str] | None = None, max_failure_rate: float = 0.3,
                  jump: float = 2.0) -> list[OutletHealth]:
    """One entry per outlet (those given, else every outlet with a run in the window), sorted by name."""
    now = _aware(now) or datetime.now(timezone.utc)
    since = now - timedelta(days=quiet_days)
    with session_scope(db_url) as session:
        runs = session.execute(select(CrawlRun).where(CrawlRun.started >= since, CrawlRun.started <= now)
                               .order_by(CrawlRun.started)).scalars().all()
        by_outlet: dict[str, list[CrawlRun]] = {name: [] for name in outlets or []}
        for run in runs:
            if outlets is None or run.outlet in by_outlet:
                by_outlet.setdefault(run.outlet, []).append(run)
        # ingest fills new_articles; a store whose ingest never did (old rows) is judged on the items crawled
        use_new = any(r.new_articles for r in runs)
        report = []
        for name in sorted(by_outlet):
            rows = [r for r in by_outlet[name] if r.status != "running"]
            h = OutletHealth(name, True, runs=len(rows))
            counts = [(r, (r.new_articles if use_new else r.items) or 0) for r in rows]
            h.new_articles = sum(c for _r, c in counts)
            fresh = [r for r, c in counts if c]
            h.last_new = _aware(fresh[-1].started) if fresh else None
            if not rows:
                h.healthy, h.reasons = False, [f"not crawled in {quiet_days} days"]
            elif not h.new_articles:
                h.healthy = False
                h.reasons.append(f"no new articles in {quiet_days} days ({len(rows)} runs; last: "
                                 f"{rows[-1].status}{': ' + rows[-1].message if rows[-1].message else ''})")
            if rows:
                failed, pages = _failures(rows[-1])
                h.failure_rate = failed / pages if pages else None
                earlier = [_failures(r) for r in rows[:-1]]
                e_failed, e_pages = sum(f for f, _p in earlier), sum(p for _f, p in earlier)
                h.baseline_failure_rate = e_failed / e_pages if e_pages else None
                if h.failure_rate is not None and h.failure_rate > max_failure_rate and (
                        h.baseline_failure_rate is None or h.failure_rate > jump * max(h.baseline_failure_rate, 0.01)):
                    h.healthy = False
                    h.reasons.append(f"extraction failed on {failed} of {pages} pages in the latest run"
                                     + (f" (before: {h.baseline_failure_rate:.0%})" if h.baseline_failure_rate is not None else ""))
            report.append(h)
        return report
