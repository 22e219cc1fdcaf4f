"""The pipeline's steps as plain functions: the Airflow DAG wires them, the CLI and the tests call them.

Every step is keyed on a run key (the DAG's data interval), so a retry or a rerun of the same interval
redoes its own work and duplicates nothing.
"""
from __future__ import annotations

import logging
from datetime import datetime, timezone

from treatywatch.config import Settings

log = logging.getLogger(__name__)


class OutletCrawlFailed(RuntimeError):
    """An outlet's crawl produced nothing but errors (its mapped task fails; the others go on)."""


def run_key_for(start: datetime | None, end: datetime | None, run_id: str | None = None) -> str:
    """The data interval as a key; a run triggered without one (no logical date) falls back to its run_id."""
    if start is not None and end is not None and start != end:
        return f"{start.isoformat()}/{end.isoformat()}"
    return f"run:{run_id or datetime.now(timezone.utc).isoformat()}"


def outlet_names(settings: Settings) -> list[str]:
    from treatywatch.outlets import load_outlets

    return [o.name for o in load_outlets(settings.outlets_file, base_url=settings.outlets_base_url or None)]


def prepare_run(settings: Settings) -> list[str]:
    """A run's first step: the store's schema brought up to date (once, before the parallel crawls write
    their crawl-run rows), then the outlets to crawl."""
    from treatywatch.store import upgrade

    upgrade(settings.db_url)
    return outlet_names(settings)


def crawl_one(outlet: str, settings: Settings, *, run_key: str, since: datetime | None,
              until: datetime | None) -> dict:
    """Crawl one outlet for one interval; raise when it yielded nothing but errors."""
    from treatywatch.crawl import crawl_outlet

    result = crawl_outlet(outlet, run_key=run_key, since=since, until=until, settings=settings)
    line = (f"{outlet}: {result.status}, pages {result.pages}, items {result.items}, errors {result.errors}"
            + (f" — {result.message}" if result.message else ""))
    log.info(line)
    if result.status == "failed":
        raise OutletCrawlFailed(line)
    return {"outlet": outlet, "status": result.status, "pages": result.pages, "items": result.items,
            "errors": result.errors, "feed": str(result.feed_path) if result.feed_path else None}


def feeds_of_run(settings: Settings, run_key: str):
    from treatywatch.crawl import safe_run_key

    folder = settings.feeds_path / safe_run_key(run_key)
    return sorted(folder.glob("*.jsonl")) if folder.is_dir() else []


def ingest_run(db_url: str, settings: Settings, run_key: str):
    """Process every feed the crawl tasks of `run_key` wrote (already stored URLs are skipped)."""
    from treatywatch.crawl import read_feed
    from treatywatch.ingest import ingest_records

    records = [r for path in feeds_of_run(settings, run_key) for r in read_feed(path)]
    # first reports first: an original published before the copies that outlets and scrapers made of it
    records.sort(key=publication_order)
    total = ingest_records(db_url, records)
    from treatywatch.crawl import record_new_articles

    record_new_articles(db_url, run_key, total.article_ids)  # per outlet, for health reports
    log.info("ingest %s: %s", run_key, total.line())
    return total


def publication_order(record: dict) -> tuple:
    """Sort key: publication time in UTC when known (a date alone counts as its start), unknown last."""
    from treatywatch.records import published_utc

    when = published_utc(record.get("published"))
    return (when is None, when or datetime.min.replace(tzinfo=timezone.utc), str(record.get("fetched") or ""))


def crawl_and_ingest(db_url: str, settings: Settings, *, only: list[str] | None = None,
                     since: datetime | None = None, until: datetime | None = None, run_key: str | None = None):
    """`treatywatch crawl`: every configured outlet (or `only` those), then ingest what they fetched."""
    from treatywatch.crawl import crawl_outlets
    from treatywatch.outlets import load_outlets

    names = [o.name for o in load_outlets(settings.outlets_file, base_url=settings.outlets_base_url or None)]
    unknown = sorted(set(only or []) - set(names))
    if unknown:
        from treatywatch.config import ConfigError

        raise ConfigError(f"--only: no such outlet {', '.join(unknown)} (configured: {', '.join(names)})")
    run_key = run_key or run_key_for(None, None, "cli-" + datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%f"))
    results = crawl_outlets(only or names, run_key=run_key, since=since, until=until, settings=settings)
    return results, ingest_run(db_url, settings, run_key)


def send_alerts_for(db_url: str, settings: Settings, key: str, *, in_airflow: bool = False):
    from treatywatch.alerts import send_alerts
    from treatywatch.alerts.mail import transport_from_settings

    return send_alerts(db_url, settings, key=key, transport=transport_from_settings(settings, in_airflow=in_airflow))


def send_alerts_now(db_url: str, settings: Settings):
    """`treatywatch alerts send`: a batch of its own; only what no earlier mail carried is selected."""
    return send_alerts_for(db_url, settings, "manual:" + datetime.now(timezone.utc).isoformat())
