"""The production stack natively: CeleryExecutor on PostgreSQL + Redis, `russia_japan_daily` triggered through the
REST API over the mock outlet web, then a backfill of two past days through `airflow backfill create`.

Needs PostgreSQL and Redis on loopback (skipped otherwise); skip locally with `-m "not stack"`.
"""
from __future__ import annotations

import time
from urllib.parse import quote
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from tests.airflow_stack import AirflowStack, create_database, drop_database, pg_url
from tests.smtp_server import smtp_server

pytestmark = [pytest.mark.stack, pytest.mark.postgres, pytest.mark.slow]

DAG_ID = "russia_japan_daily"
# Scheduled and backfill runs of this DAG have logical date D for the day [D, D+1); a manual trigger with logical
# date D covers [D-1, D). Triggering for yesterday 00:00 takes the logical date of the run the scheduler
# creates on unpausing (the latest complete day), so it creates none: the stack runs the DAG once.
LOGICAL = datetime.now(timezone.utc).replace(hour=0, minute=0, second=0, microsecond=0) - timedelta(days=1)
STORE_PASSWORD, SMTP_PASSWORD = "store-S3cret-pw-1618", "smtp-S3cret-pw-1414"  # loopback PG trusts: ignored
BACKFILL_DAYS = [(LOGICAL - timedelta(days=n)).date() for n in (10, 9)]


def _services_up() -> None:
    try:
        import redis

        redis.Redis(host="127.0.0.1", port=6379, socket_connect_timeout=2).ping()
        from tests.airflow_stack import pg_admin

        pg_admin().close()
    except Exception as exc:  # noqa: BLE001
        pytest.skip(f"PostgreSQL or Redis not reachable on loopback: {exc}")


@pytest.fixture
def store_url():
    _services_up()
    name = create_database("tw_store")
    yield pg_url(name).replace("postgres@", f"postgres:{STORE_PASSWORD}@")
    from treatywatch.store.session import make_engine

    make_engine.cache_clear()
    drop_database(name)


def three_outlets(path) -> str:
    """The bundled registry cut to three outlets (wire copies between them, officials' statements): three runs
    of the whole DAG stay quick on two cores."""
    import yaml

    from treatywatch.config import BUNDLED_OUTLETS

    registry = yaml.safe_load(BUNDLED_OUTLETS.read_text(encoding="utf-8"))
    registry["outlets"] = [o for o in registry["outlets"] if o["name"] in ("tass", "kyodo", "kremlin")]
    assert len(registry["outlets"]) == 3
    path.write_text(yaml.safe_dump(registry, allow_unicode=True), encoding="utf-8")
    return str(path)


def _interval_key(run: dict) -> str:
    start = datetime.fromisoformat(run["data_interval_start"].replace("Z", "+00:00"))
    end = datetime.fromisoformat(run["data_interval_end"].replace("Z", "+00:00"))
    assert end - start == timedelta(days=1), run
    from treatywatch.tasks import run_key_for

    return run_key_for(start, end)


def test_daily_run_and_backfill_on_the_celery_stack(store_url, tmp_path):
    from treatywatch.mockweb.server import MockWeb
    from treatywatch.store import Alert, Article, CrawlRun, Statement, session_scope

    with MockWeb(day=(LOGICAL - timedelta(days=1)).date()) as web, smtp_server(auth=("watch", SMTP_PASSWORD)) as sink:
        env = {
            "TREATYWATCH_DATABASE_URL": store_url,
            "TREATYWATCH_DATA_DIR": str(tmp_path / "data"),
            "TREATYWATCH_OUTLETS_BASE_URL": web.base_url,
            "TREATYWATCH_OUTLETS_FILE": three_outlets(tmp_path / "outlets.yaml"),
            "TREATYWATCH_ALERT_TO": "analyst@example.org",
            "TREATYWATCH_TASK_RETRIES": "0",
            "AIRFLOW_CONN_SMTP_DEFAULT": sink.airflow_conn_uri.replace("smtp://", f"smtp://watch:{SMTP_PASSWORD}@"),
        }
        with AirflowStack(extra_env=env, workdir=tmp_path / "stack") as stack:
            stack.wait_for_dag(DAG_ID)
            triggered = stack.api("POST", f"/api/v2/dags/{DAG_ID}/dagRuns",
                                  json={"logical_date": LOGICAL.isoformat()})
            assert triggered.status_code == 200, triggered.text
            run_id = triggered.json()["dag_run_id"]
            assert stack.api("PATCH", f"/api/v2/dags/{DAG_ID}", json={"is_paused": False}).status_code == 200

            run = stack.wait_for_run(DAG_ID, run_id)
            assert run["state"] == "success", (stack.task_states(DAG_ID, run_id), stack.logs())
            assert [r["dag_run_id"] for r in stack.dag_runs(DAG_ID)] == [run_id]
            key = _interval_key(run)
            assert key == f"{LOGICAL - timedelta(days=1):%Y-%m-%dT%H:%M:%S+00:00}/{LOGICAL:%Y-%m-%dT%H:%M:%S+00:00}"
            with session_scope(store_url) as s:
                assert s.scalar(select(func.count(Article.id))) >= 3
                assert s.scalar(select(func.count(Statement.id)).where(Statement.new, Statement.peace_treaty)) >= 1
                outlets = s.scalars(select(CrawlRun.outlet).where(CrawlRun.run_key == key)).all()
                assert sorted(outlets) == ["kremlin", "kyodo", "tass"]  # a row per outlet, keyed on the interval
            for task_id in ("ingest", "send_alerts"):  # the run summaries, as the UI shows them
                summary = stack.api("GET", f"/api/v2/dags/{DAG_ID}/dagRuns/{quote(run_id, safe='')}/taskInstances/"
                                           f"{task_id}/xcomEntries/return_value")
                assert summary.status_code == 200, summary.text
                assert STORE_PASSWORD not in summary.text and SMTP_PASSWORD not in summary.text
            mails = sink.wait_for(1, timeout=30)
            assert len(mails) == 1 and mails[0]["To"] == "analyst@example.org" and sink.logins == ["watch"]

            # backfill: one run per past day, each crawling its own interval
            stack.airflow("backfill", "create", "--dag-id", DAG_ID, "--from-date", BACKFILL_DAYS[0].isoformat(),
                          "--to-date", BACKFILL_DAYS[1].isoformat(), "--max-active-runs", "1")
            backfill_runs = []
            for _ in range(60):
                backfill_runs = [r for r in stack.dag_runs(DAG_ID) if r["run_type"] == "backfill"]
                if len(backfill_runs) == 2:
                    break
                stack.check_alive()
                time.sleep(2)
            assert len(backfill_runs) == 2, stack.dag_runs(DAG_ID)
            keys = set()
            for r in backfill_runs:
                done = stack.wait_for_run(DAG_ID, r["dag_run_id"])
                assert done["state"] == "success", (stack.task_states(DAG_ID, r["dag_run_id"]), stack.logs())
                keys.add(_interval_key(done))
            assert {k[:10] for k in keys} == {d.isoformat() for d in BACKFILL_DAYS}
            with session_scope(store_url) as s:
                for k in keys:
                    assert s.scalar(select(func.count(CrawlRun.id)).where(CrawlRun.run_key == k)) == len(outlets)
                urls = s.scalars(select(Article.url)).all()
                assert len(urls) == len(set(urls))
                assert s.scalar(select(func.count(Alert.id)).where(Alert.status == "sent")) == 1
            assert len(sink.wait_for(2, timeout=3)) == 1  # nothing new on the past days: no second digest
        # no password in any log the stack wrote (task logs, scrapy logs, stats, feeds) nor in the run results
        written = [p for p in tmp_path.rglob("*") if p.is_file()]
        assert any("task_id=ingest" in str(p) for p in written)
        for path in written:
            content = path.read_bytes().decode("utf-8", "replace")
            assert STORE_PASSWORD not in content and SMTP_PASSWORD not in content, path
