"""russia_japan_daily: crawl every outlet (one mapped task each) → ingest → send alerts.

Wiring only: every task calls `treatywatch.tasks`, the same functions as the CLI. Nothing heavy is imported
at parse time. Each task is keyed on the run's data interval, so retries and reruns duplicate nothing.
"""
from __future__ import annotations

import os
from datetime import datetime, timedelta

from airflow.sdk import CronDataIntervalTimetable, dag, get_current_context, task

RETRIES = int(os.environ.get("TREATYWATCH_TASK_RETRIES", "2"))
RETRY_DELAY = timedelta(seconds=int(os.environ.get("TREATYWATCH_TASK_RETRY_DELAY", "300")))


def _run_key() -> str:
    from treatywatch.tasks import run_key_for

    ctx = get_current_context()
    return run_key_for(ctx.get("data_interval_start"), ctx.get("data_interval_end"), ctx.get("run_id"))


def _on_failure():
    """Operators mailed when a run fails (SmtpNotifier), only when TREATYWATCH_OPERATORS is set."""
    from treatywatch.alerts.operators import failure_callbacks

    return failure_callbacks()


def _settings():
    from treatywatch.config import load_settings

    return load_settings()


@dag(
    dag_id="russia_japan_daily",
    # a one-day data interval [D-1, D): `@daily` alone gives a zero-length interval in Airflow 3
    schedule=CronDataIntervalTimetable("0 0 * * *", timezone="UTC"),
    start_date=datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args={"retries": RETRIES, "retry_delay": RETRY_DELAY},
    tags=["treatywatch"],
    doc_md=__doc__,
    on_failure_callback=_on_failure(),
)
def russia_japan_daily():
    @task
    def outlets() -> list[str]:
        from treatywatch.tasks import prepare_run

        return prepare_run(_settings())

    @task(max_active_tis_per_dagrun=2)  # two cores: extraction is the cost
    def crawl(outlet: str) -> dict:
        from treatywatch.tasks import crawl_one

        ctx = get_current_context()
        return crawl_one(outlet, _settings(), run_key=_run_key(), since=ctx.get("data_interval_start"),
                         until=ctx.get("data_interval_end"))

    @task(trigger_rule="all_done")  # a failed outlet must not hold back the others' articles
    def ingest() -> dict:
        from treatywatch.tasks import ingest_run

        settings = _settings()
        summary = ingest_run(settings.db_url, settings, _run_key())
        return {"line": summary.line(), "stored": summary.stored, "new_statements": summary.new_statements,
                "errors": summary.errors[:50]}

    @task
    def send_alerts() -> str:
        from treatywatch.tasks import send_alerts_for

        settings = _settings()
        return send_alerts_for(settings.db_url, settings, _run_key(), in_airflow=True).summary()

    crawled = crawl.expand(outlet=outlets())
    ingested = ingest()
    crawled >> ingested >> send_alerts()


russia_japan_daily()
