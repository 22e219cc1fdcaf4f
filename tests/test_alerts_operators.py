"""A failed DAG run mails the operators (SmtpNotifier on the DAG, `smtp_default`), and only when configured."""
from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timezone

import pytest

from tests.smtp_server import smtp_server

DAGS = os.environ["AIRFLOW__CORE__DAGS_FOLDER"]


def _dag():
    from airflow.dag_processing.dagbag import DagBag

    bag = DagBag(dag_folder=DAGS)
    assert bag.import_errors == {}
    return bag.dags["russia_japan_daily"]


@pytest.fixture(scope="module")
def airflow_db():
    result = subprocess.run([sys.executable, "-m", "airflow", "db", "migrate"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]


def test_without_operators_the_dag_has_no_failure_callback(monkeypatch):
    monkeypatch.delenv("TREATYWATCH_OPERATORS", raising=False)
    assert _dag().on_failure_callback is None


def test_operators_setting_is_validated(monkeypatch):
    from treatywatch.config import ConfigError, load_settings

    monkeypatch.setenv("TREATYWATCH_OPERATORS", "ops@example.org, oncall@example.org")
    assert load_settings().operators == ["ops@example.org", "oncall@example.org"]
    monkeypatch.setenv("TREATYWATCH_OPERATORS", "ops@example.org\r\nBcc: x@evil.example")
    with pytest.raises(ConfigError, match="TREATYWATCH_OPERATORS"):
        load_settings()


@pytest.mark.slow
def test_a_failed_run_mails_the_operators_through_smtp_default(airflow_db, tmp_path, monkeypatch):
    with smtp_server() as sink:
        monkeypatch.setenv("TREATYWATCH_DATA_DIR", str(tmp_path))
        # nothing listens on port 9 of loopback: the first task cannot open the store and the run fails
        monkeypatch.setenv("TREATYWATCH_DATABASE_URL", "postgresql://nobody@127.0.0.1:9/none")
        monkeypatch.setenv("TREATYWATCH_OPERATORS", "ops@example.org,oncall@example.org")
        monkeypatch.setenv("TREATYWATCH_SMTP_FROM", "treatywatch@example.org")
        monkeypatch.setenv("TREATYWATCH_TASK_RETRIES", "0")
        monkeypatch.setenv("AIRFLOW_CONN_SMTP_DEFAULT", sink.airflow_conn_uri)
        dag = _dag()
        assert dag.on_failure_callback

        run = dag.test(logical_date=datetime(2026, 11, 23, tzinfo=timezone.utc))
        assert run.state == "failed"
        [mail] = sink.wait_for(1)
    assert sorted(sink.received[0].rcpt_tos) == ["oncall@example.org", "ops@example.org"]
    assert mail["From"] == "treatywatch@example.org"
    assert mail["Subject"].startswith("[treatywatch] russia_japan_daily failed: run ")
    body = mail.get_body(("html",)).get_content()
    assert "russia_japan_daily" in body and "2026-11-22" in body
