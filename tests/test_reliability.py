"""Faults a production run meets, each checked for nothing lost and nothing doubled: task retries and reruns of
one data interval, `kill -9` of the ingest halfway, two runs at once on PostgreSQL, the database down at start,
bad configuration."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from datetime import datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from tests.smtp_server import closed_port, smtp_server
from tests.synthetic_news import synthetic_records, write_jsonl
from treatywatch.config import ConfigError, load_settings
from treatywatch.export import export_articles, export_statements
from treatywatch.ingest import ingest_records
from treatywatch.store import Alert, Article, CrawlRun, Statement, session_scope, upgrade
from treatywatch.store.models import LshBand, LshBandRecent

REPO = Path(__file__).resolve().parents[1]
RUN_KEY = "2026-03-01T00:00:00+00:00/2026-03-02T00:00:00+00:00"


def cli(*args: str, env: dict | None = None, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "treatywatch.cli", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env={**os.environ, **(env or {})},
                            start_new_session=True, **kwargs)


def run_cli(*args: str, env: dict | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    proc = cli(*args, env=env)
    try:
        out, err = proc.communicate(timeout=timeout)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def snapshot(db_url: str) -> tuple[list[dict], list[dict]]:
    return list(export_articles(db_url)), list(export_statements(db_url))


def counts(db_url: str) -> dict[str, int]:
    with session_scope(db_url) as s:
        return {"articles": s.scalar(select(func.count(Article.id))),
                "distinct_urls": s.scalar(select(func.count(func.distinct(Article.url)))),
                "statements": s.scalar(select(func.count(Statement.id))),
                "alerts": s.scalar(select(func.count(Alert.id))),
                "crawl_runs": s.scalar(select(func.count(CrawlRun.id)))}


# ---- retries and reruns of one data interval ----------------------------------------------------------------

def test_retried_tasks_and_a_rerun_of_the_interval_duplicate_nothing(db_url, tmp_path):
    """What the DAG's tasks do, each called twice with the same run key (an Airflow retry), then the whole
    interval once more (a rerun): the same rows and one mail."""
    from treatywatch.mockweb.server import MockWeb
    from treatywatch.tasks import crawl_one, ingest_run, prepare_run, send_alerts_for

    with MockWeb(day="2026-03-01") as web, smtp_server() as sink:
        settings = load_settings(data_dir=tmp_path, database_url=db_url, outlets_base_url=web.base_url,
                                 smtp_url=sink.url, alert_to="analyst@example.org")
        since, until = datetime(2026, 3, 1, tzinfo=timezone.utc), datetime(2026, 3, 2, tzinfo=timezone.utc)
        after: list[dict] = []
        for attempt in range(2):  # the run, then a rerun of the same interval
            outlets = prepare_run(settings)
            prepare_run(settings)  # retried
            assert "tass" in outlets
            for outlet in ["tass"]:  # one outlet's crawl, retried (each crawl is a scrapy subprocess)
                for _retry in range(2):
                    crawl_one(outlet, settings, run_key=RUN_KEY, since=since, until=until)
            for _retry in range(2):
                ingest_run(settings.db_url, settings, RUN_KEY)
            for _retry in range(2):
                send_alerts_for(settings.db_url, settings, RUN_KEY)
            after.append(counts(db_url) | {"exports": snapshot(db_url)})
        first, second = after
        assert first["articles"] >= 2 and first["statements"] >= 1
        assert first["articles"] == first["distinct_urls"]
        assert first["crawl_runs"] == 1  # one per outlet and interval, however often retried
        assert second == first
        assert len(sink.wait_for(2, timeout=3)) == 1


# ---- kill -9 in the middle of a large ingest ----------------------------------------------------------------

def _store_consistent(db_url: str) -> None:
    """No half-written article: every stored article has its statements (same as a clean run gives it, checked by
    the caller) and, when it is a first appearance with text, its near-duplicate band rows."""
    with session_scope(db_url) as s:
        firsts_without_bands = s.scalar(
            select(func.count(Article.id)).where(Article.duplicate_of_id.is_(None), *(
                ~select(table.article_id).where(table.article_id == Article.id).exists()
                for table in (LshBand, LshBandRecent))))
        assert firsts_without_bands == 0
        orphans = s.scalar(select(func.count(Statement.id)).where(
            ~select(Article.id).where(Article.id == Statement.article_id).exists()))
        assert orphans == 0
        assert s.scalar(select(func.count(Article.id))) == s.scalar(select(func.count(func.distinct(Article.url))))
        assert s.scalar(select(func.count(func.distinct(Article.seq)))) == s.scalar(select(func.count(Article.id)))


def test_kill_9_halfway_through_ingest_then_rerun_equals_an_uninterrupted_run(db_url, tmp_path):
    # 1,000 records and the kill after 400: with 600, a run that stored faster could finish its last 200
    # between two looks at the store, and the kill then met a finished run
    records = synthetic_records(1000)
    feed = write_jsonl(tmp_path / "batch.jsonl", records)
    reference = f"sqlite:///{tmp_path / 'reference.db'}"
    upgrade(reference)
    ingest_records(reference, [dict(r) for r in records])
    expected_articles, expected_statements = snapshot(reference)

    store = db_url
    proc = cli("ingest", str(feed), "--db", store, "--batch-size", "200")
    try:
        deadline = time.monotonic() + 300
        while counts(store)["articles"] < 400:  # two batches of 200 committed, a third under way
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline, "ingest made no progress"
            time.sleep(0.2)
        os.killpg(proc.pid, signal.SIGKILL)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
    assert proc.returncode == -signal.SIGKILL

    partial_articles, partial_statements = snapshot(store)
    assert 400 <= len(partial_articles) < len(records)
    if store.startswith("postgresql"):
        assert len(partial_articles) % 200 == 0  # whole batches only: the one under way was rolled back
    _store_consistent(store)
    # what survived is exactly what a clean run had made of the same first records
    assert partial_articles == expected_articles[:len(partial_articles)]
    assert partial_statements == expected_statements[:len(partial_statements)]

    rerun = run_cli("ingest", str(feed), "--db", store)
    assert rerun.returncode == 0, rerun.stderr
    assert f"already stored {len(partial_articles)}" in rerun.stdout
    _store_consistent(store)
    assert snapshot(store) == (expected_articles, expected_statements)


# ---- two runs at once on one PostgreSQL store ---------------------------------------------------------------

@pytest.mark.postgres
def test_two_runs_at_once_on_postgres_duplicate_nothing_and_leave_no_locks(pg_url, tmp_path):
    records = synthetic_records(300, seed=11)
    feed = write_jsonl(tmp_path / "batch.jsonl", records)
    procs = [cli("ingest", str(feed), "--db", pg_url) for _ in range(2)]
    try:
        results = [p.communicate(timeout=300) for p in procs]
    finally:
        for p in procs:
            if p.poll() is None:
                os.killpg(p.pid, signal.SIGKILL)
                p.wait()
    assert [p.returncode for p in procs] == [0, 0], results
    stored = sorted(int(out.split("stored ")[1].split()[0]) for out, _err in results)
    assert stored == [0, len(records)]  # one did the work, the other found it all stored
    c = counts(pg_url)
    assert c["articles"] == c["distinct_urls"] == len(records)

    reference = f"sqlite:///{tmp_path / 'reference.db'}"
    upgrade(reference)
    ingest_records(reference, [dict(r) for r in records])
    assert snapshot(pg_url) == snapshot(reference)

    # two senders of the same interval at the same moment: one mail
    with smtp_server() as sink:
        from treatywatch.tasks import send_alerts_for

        settings = load_settings(data_dir=tmp_path, database_url=pg_url, smtp_url=sink.url,
                                 alert_to="analyst@example.org")
        threads = [threading.Thread(target=send_alerts_for, args=(pg_url, settings, RUN_KEY)) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
        assert len(sink.wait_for(2, timeout=3)) == 1

    from treatywatch.store.session import make_engine

    with make_engine(pg_url).connect() as conn:
        held = conn.execute(text("SELECT count(*) FROM pg_locks l JOIN pg_database d ON l.database = d.oid "
                                 "WHERE d.datname = current_database() AND l.locktype = 'advisory'")).scalar()
        waiting = conn.execute(text("SELECT count(*) FROM pg_locks WHERE NOT granted")).scalar()
    assert held == 0 and waiting == 0


# ---- the database down at the start of a run ----------------------------------------------------------------

@pytest.mark.postgres
def test_database_down_at_start_fails_clearly_and_the_retry_succeeds(pg_server, tmp_path):
    from tests.airflow_stack import create_database, drop_database
    from treatywatch.tasks import prepare_run

    # a server nobody listens on
    down = f"postgresql://postgres@127.0.0.1:{closed_port()}/treatywatch"
    with pytest.raises(Exception) as refused:
        prepare_run(load_settings(data_dir=tmp_path, database_url=down))
    assert "refused" in str(refused.value).lower() or "could not connect" in str(refused.value).lower()
    result = run_cli("db", "upgrade", "--db", down)
    assert result.returncode == 1 and "cannot open the database" in result.stderr
    assert down.rsplit("/", 1)[0].split("@")[1] in result.stderr  # says which server

    # a database that does not exist yet, created before the retry
    base = pg_server.rsplit("/", 1)[0]
    name = f"tw_late_{uuid.uuid4().hex[:8]}"
    late = f"{base}/{name}"
    settings = load_settings(data_dir=tmp_path, database_url=late)
    with pytest.raises(Exception) as missing:
        prepare_run(settings)
    assert name in str(missing.value) and "does not exist" in str(missing.value)

    from treatywatch.store.session import make_engine

    created = create_database("tw_late")
    try:
        # the retry: same settings, the database is there now
        late = f"{base}/{created}"
        settings = load_settings(data_dir=tmp_path, database_url=late)
        make_engine.cache_clear()
        assert prepare_run(settings)
        assert counts(late)["articles"] == 0
    finally:
        make_engine.cache_clear()
        drop_database(created)


# ---- bad configuration: refused at start, the setting named -------------------------------------------------

@pytest.mark.parametrize("name, value", [
    ("TREATYWATCH_SMTP_URL", "http://mail.example.org"),
    ("TREATYWATCH_SMTP_URL", "smtp://mail.example.org:notaport"),
    ("TREATYWATCH_OUTLETS_BASE_URL", "ftp://127.0.0.1/"),
    ("TREATYWATCH_DATABASE_URL", "mysql://db.example.org/news"),
    ("TREATYWATCH_ALERT_TO", "not-an-address"),
])
def test_bad_setting_is_refused_at_start_with_its_name(name, value, tmp_path):
    with pytest.raises(ConfigError) as err:
        load_settings(**{name.removeprefix("TREATYWATCH_").lower(): value})
    assert name in str(err.value)
    feed = write_jsonl(tmp_path / "one.jsonl", synthetic_records(1))
    result = run_cli("ingest", str(feed), env={name: value, "TREATYWATCH_DATA_DIR": str(tmp_path)})
    assert result.returncode == 2 and name in result.stderr
    assert not (tmp_path / "treatywatch.db").exists()  # refused before anything was written


def test_unknown_outlet_key_is_refused_naming_the_key(tmp_path):
    bad = tmp_path / "outlets.yaml"
    bad.write_text("outlets:\n  - name: gazette\n    language: en\n    start_urls: [https://gazette.example/]\n"
                   "    feedz: [https://gazette.example/rss]\n", encoding="utf-8")
    from treatywatch.tasks import prepare_run

    with pytest.raises(ConfigError) as err:
        prepare_run(load_settings(data_dir=tmp_path, outlets_file=bad))
    assert "feedz" in str(err.value) and "unknown key" in str(err.value)
    result = run_cli("crawl", "--outlets", str(bad), "--db", f"sqlite:///{tmp_path / 's.db'}")
    assert result.returncode != 0 and "feedz" in result.stderr
