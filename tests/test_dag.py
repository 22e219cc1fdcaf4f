"""The DAG: it imports cleanly, and a whole `dag.test()` run over the mock outlet web mails a real SMTP server."""
from __future__ import annotations

import html as html_text
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from tests.smtp_server import smtp_server
from treatywatch.store import Alert, Article, CrawlRun, Statement, session_scope

DAGS = os.environ["AIRFLOW__CORE__DAGS_FOLDER"]


def _dagbag():
    from airflow.dag_processing.dagbag import DagBag

    return DagBag(dag_folder=DAGS)


def test_dagbag_imports_without_errors():
    bag = _dagbag()
    assert bag.import_errors == {}
    dag = bag.dags["russia_japan_daily"]
    assert {t.task_id for t in dag.tasks} == {"outlets", "crawl", "ingest", "send_alerts"}
    assert dag.max_active_runs == 1 and dag.catchup is False
    assert dag.default_args["retries"] >= 1
    # a real day, not the zero-length interval `@daily` gives in Airflow 3: what the scheduler will compute
    from airflow.timetables.interval import CronDataIntervalTimetable

    assert type(dag.timetable).__name__ == "CronDataIntervalTimetable"
    core = CronDataIntervalTimetable(dag.timetable.expression, timezone=dag.timetable.timezone)
    interval = core.infer_manual_data_interval(run_after=datetime(2026, 11, 23, 5, tzinfo=timezone.utc))
    assert (interval.start, interval.end) == (datetime(2026, 11, 22, tzinfo=timezone.utc),
                                              datetime(2026, 11, 23, tzinfo=timezone.utc))


def test_dag_file_has_no_heavy_top_level_imports():
    code = ("import sys; sys.path.insert(0, %r); import runpy; runpy.run_path(%r); "
            "heavy = [m for m in ('scrapy', 'trafilatura', 'datasketch', 'treatywatch.ingest', 'treatywatch.analysis', 'treatywatch.store') if m in sys.modules];"
            "print(heavy); sys.exit(1 if heavy else 0)") % (DAGS, os.path.join(DAGS, "russia_japan_daily.py"))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=os.environ.copy())
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture(scope="module")
def airflow_db():
    result = subprocess.run([sys.executable, "-m", "airflow", "db", "migrate"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]


@pytest.mark.slow
def test_daily_run_end_to_end_mails_once(airflow_db, tmp_path, monkeypatch):
    from treatywatch.mockweb.server import MockWeb

    logical = datetime(2026, 11, 23, tzinfo=timezone.utc)
    db = f"sqlite:///{tmp_path / 'store.db'}"
    with MockWeb(day=(logical - timedelta(days=1)).date()) as web, smtp_server() as sink:
        monkeypatch.setenv("TREATYWATCH_DATA_DIR", str(tmp_path))
        monkeypatch.setenv("TREATYWATCH_DATABASE_URL", db)
        monkeypatch.setenv("TREATYWATCH_OUTLETS_BASE_URL", web.base_url)
        monkeypatch.setenv("TREATYWATCH_ALERT_TO", "analyst@example.org")
        monkeypatch.setenv("AIRFLOW_CONN_SMTP_DEFAULT", sink.airflow_conn_uri)
        monkeypatch.setenv("TREATYWATCH_TASK_RETRIES", "0")  # read at parse time: a failure shows at once
        dag = _dagbag().dags["russia_japan_daily"]

        run = dag.test(logical_date=logical)
        assert run.state == "success"
        with session_scope(db) as s:
            assert s.scalar(select(func.count(Article.id))) >= 5
            assert s.scalar(select(func.count(Article.id)).where(Article.duplicate_of_id.is_not(None))) >= 1
            new = s.scalars(select(Statement).where(Statement.new, Statement.peace_treaty).order_by(Statement.id)).all()
            assert {st.speaker for st in new} >= {"Sergei Lavrov"}
            assert s.scalar(select(func.count(CrawlRun.id)).where(CrawlRun.status == "ok")) >= 3
            new_quotes = [st.quote for st in new]
        mails = sink.wait_for(1)
        assert len(mails) == 1
        mail = mails[0]
        assert mail["To"] == "analyst@example.org" and "peace treaty" in mail["Subject"]
        html = mail.get_body(("html",)).get_content()
        # Jinja escapes quote marks and apostrophes: compare against the text a reader sees.
        shown = html_text.unescape(html)
        assert all(q[:40] in shown for q in new_quotes)

        again = dag.test(logical_date=logical)  # a rerun of the same interval
        assert again.state == "success"
        assert len(sink.wait_for(2, timeout=2)) == 1
        with session_scope(db) as s:
            assert s.scalar(select(func.count(Alert.id))) == 1
