"""Run one outlet's spider as a subprocess and record the run (a CrawlRun row keyed on outlet + run_key).

A subprocess, not CrawlerProcess: Twisted's reactor cannot restart inside a long-lived process such as
an Airflow worker. `scrapy crawl` exits 0 even when every request failed, so the outcome is read from
the stats file the StatsFile extension writes. Site problems never raise: they end as status "failed"
with a one-line message; only bad configuration or programming errors raise.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from treatywatch.config import Settings
from treatywatch.outlets import get_outlet, load_outlets
from treatywatch.store.models import CrawlRun
from treatywatch.store.session import session_scope

REPO_ROOT = Path(__file__).resolve().parent.parent
CRAWL_TIMEOUT = 3600  # seconds; the spider closes itself after CLOSESPIDER_TIMEOUT before this


@dataclass
class CrawlResult:
    outlet: str
    run_key: str
    pages: int
    items: int
    errors: int
    status: str  # ok | partial | failed
    message: str
    feed_path: Path
    stats: dict = field(default_factory=dict)


def safe_run_key(run_key: str) -> str:
    """A run key as a folder name: 'scheduled__2026-11-22T00:00:00+00:00' -> 'scheduled__2026-11-22T00_00_00_00_00'."""
    return re.sub(r"[^A-Za-z0-9._-]+", "_", run_key).strip("._") or "run"


def feed_path_for(settings: Settings, run_key: str, outlet: str) -> Path:
    return settings.feeds_path / safe_run_key(run_key) / f"{outlet}.jsonl"


def read_feed(path: str | os.PathLike) -> Iterator[dict]:
    """Items of a JSON-lines feed; a truncated last line (a killed crawl) is skipped, not an error."""
    path = Path(path)
    if not path.exists():
        return
    with path.open("rb") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            try:
                yield json.loads(line)
            except ValueError:
                continue  # only a cut-off line can be malformed: the exporter writes whole lines


def _iso(dt: datetime | None) -> str | None:
    if dt is None:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt.isoformat()


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def judge(summary: dict) -> tuple[str, str]:
    """(status, one-line message) from the StatsFile summary."""
    items, errors, pages = summary.get("items", 0), summary.get("errors", 0), summary.get("pages", 0)
    causes = "; ".join(f"{f['cause']} {f['where']} ({_plural(f['requests'], 'request')})"
                       for f in summary.get("failures", [])[:3])
    if summary.get("extraction_failures"):
        causes = "; ".join(filter(None, [causes, f"no text extracted from {_plural(summary['extraction_failures'], 'page')}"]))
    if items == 0 and errors:
        return "failed", causes
    if errors:
        return "partial", f"{_plural(items, 'article')} from {_plural(pages, 'page')}; errors: {causes}"
    reason = summary.get("finish_reason")
    extra = f" (finish reason: {reason})" if reason and reason != "finished" else ""
    skipped = summary.get("skipped_known", 0)
    known = f", {skipped} already stored" if skipped else ""
    return "ok", (f"{_plural(items, 'article')} from {_plural(pages, 'page')} via "
                  f"{summary.get('sources_used') or 'no source'}{known}{extra}")


def _run_exists(db_url: str, outlet: str, run_key: str) -> bool:
    with session_scope(db_url) as session:
        return session.execute(select(CrawlRun.id).filter_by(outlet=outlet, run_key=run_key)).first() is not None


def _upsert_run(db_url: str, outlet: str, run_key: str, **values) -> None:
    for attempt in (1, 2):  # two tasks racing on the same key: the second retries as an update
        try:
            with session_scope(db_url) as session:
                row = session.execute(select(CrawlRun).filter_by(outlet=outlet, run_key=run_key)).scalar_one_or_none()
                if row is None:
                    row = CrawlRun(outlet=outlet, run_key=run_key)
                    session.add(row)
                for key, value in values.items():
                    setattr(row, key, value)
            return
        except IntegrityError:
            if attempt == 2:
                raise


def crawl_outlet(name: str, *, run_key: str, since: datetime | None, until: datetime | None,
                 settings: Settings) -> CrawlResult:
    """Crawl one outlet for one data interval; the feed lands in feeds_path/<run_key>/<name>.jsonl."""
    outlet = get_outlet(name, settings.outlets_file)  # unknown outlet or bad registry: ConfigError
    feed = feed_path_for(settings, run_key, outlet.name)
    feed.parent.mkdir(parents=True, exist_ok=True)
    stats_file = feed.with_suffix(".stats.json")
    log_file = feed.with_suffix(".log")
    for stale in (stats_file, feed):
        stale.unlink(missing_ok=True)
    started = datetime.now(timezone.utc)
    # a retry of the same interval, or a backfill of a past one, reads whole listings (no conditional GET):
    # the validators may come from the very crawl whose articles were never ingested
    refetch = _run_exists(settings.db_url, name, run_key) or (
        until is not None and (until if until.tzinfo else until.replace(tzinfo=timezone.utc)) < started - timedelta(hours=36))
    _upsert_run(settings.db_url, name, run_key, started=started, finished=None, status="running",
                message=None)

    cmd = [sys.executable, "-m", "scrapy", "crawl", name, "-O", f"{feed}:jsonlines",
           "-s", f"TREATYWATCH_STATS_FILE={stats_file}", "-s", f"LOG_FILE={log_file}"]
    if since:
        cmd += ["-a", f"since={_iso(since)}"]
    if until:
        cmd += ["-a", f"until={_iso(until)}"]
    if refetch:
        cmd += ["-a", "conditional=0"]
    env = dict(os.environ, SCRAPY_SETTINGS_MODULE="crawler.settings",
               TREATYWATCH_OUTLETS_FILE=str(settings.outlets_file),
               TREATYWATCH_OUTLETS_BASE_URL=settings.outlets_base_url or "",
               TREATYWATCH_DATABASE_URL=settings.db_url, TREATYWATCH_USER_AGENT=settings.user_agent)
    # the crawler package must be importable whatever the cwd (editable install, or run from the repo)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))

    proc_error = None
    try:
        proc = subprocess.run(cmd, env=env, cwd=str(feed.parent), capture_output=True, text=True,
                              timeout=CRAWL_TIMEOUT)
        if proc.returncode != 0:
            tail = (proc.stderr or "").strip().splitlines()[-1:] or [f"exit code {proc.returncode}"]
            proc_error = f"scrapy exited with code {proc.returncode}: {tail[0][:300]}"
    except subprocess.TimeoutExpired:
        proc_error = f"crawl did not finish within {CRAWL_TIMEOUT}s and was stopped"

    try:
        payload = json.loads(stats_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        payload = {}
    summary = payload.get("summary") or {}
    pages, items, errors = summary.get("pages", 0), summary.get("items", 0), summary.get("errors", 0)
    if proc_error and not summary:
        status, message = "failed", proc_error
        errors = max(errors, 1)
    else:
        status, message = judge(summary)
        if proc_error:
            status, message = ("partial" if items else "failed"), f"{message}; {proc_error}".strip("; ")
    stats = {"summary": summary, "scrapy": payload.get("stats", {})}
    _upsert_run(settings.db_url, name, run_key, finished=datetime.now(timezone.utc), pages=pages, items=items,
                errors=errors, status=status, message=message, stats=json.loads(json.dumps(stats, default=str)))
    return CrawlResult(outlet=name, run_key=run_key, pages=pages, items=items, errors=errors, status=status,
                       message=message, feed_path=feed, stats=stats)


def crawl_outlets(names: list[str] | None, *, run_key: str, since: datetime | None, until: datetime | None,
                  settings: Settings, parallel: int = 1) -> list[CrawlResult]:
    """Crawl several outlets (default: every outlet in the registry), each on its own; results in input order.

    parallel > 1 runs that many crawl subprocesses at once (they mostly wait on the network).
    """
    if names is None:
        names = [o.name for o in load_outlets(settings.outlets_file)]

    def one(name: str) -> CrawlResult:
        return crawl_outlet(name, run_key=run_key, since=since, until=until, settings=settings)

    if parallel <= 1 or len(names) <= 1:
        return [one(n) for n in names]
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=parallel) as pool:
        return list(pool.map(one, names))


def record_new_articles(db_url: str, run_key: str, article_ids: list[int]) -> dict[str, int]:
    """After ingest: CrawlRun.new_articles of each outlet of `run_key` = the articles the ingest stored for it.

    Outlets crawled in the run that stored nothing get 0, so health reports see a quiet outlet as quiet.
    """
    from sqlalchemy import func

    from treatywatch.store.models import Article

    with session_scope(db_url) as session:
        counts: dict[str, int] = {}
        for start in range(0, len(article_ids), 500):
            chunk = article_ids[start:start + 500]
            for outlet, n in session.execute(select(Article.outlet, func.count(Article.id))
                                             .where(Article.id.in_(chunk)).group_by(Article.outlet)):
                counts[outlet] = counts.get(outlet, 0) + n
        for run in session.execute(select(CrawlRun).filter_by(run_key=run_key)).scalars():
            run.new_articles = counts.get(run.outlet, 0)
        return counts
