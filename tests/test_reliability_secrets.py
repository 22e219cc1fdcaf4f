"""Secrets (the SMTP password, the database password) never show up in what a run leaves behind: command
output and logs, failure messages, exported data, the rows of the store."""
from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest
from sqlalchemy import text

from tests.smtp_server import closed_port, smtp_server
from tests.synthetic_news import synthetic_records, write_jsonl

pytestmark = pytest.mark.postgres

SMTP_PASSWORD = "smtp-S3cret-pw-4711"
WRONG_SMTP_PASSWORD = "wrong-S3cret-pw-0815"
DB_PASSWORD = "db-S3cret-pw-2718"  # the test server trusts loopback: the password is accepted and ignored


def run(*args: str, env: dict) -> subprocess.CompletedProcess:
    proc = subprocess.Popen([sys.executable, "-m", "treatywatch.cli", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env={**os.environ, **env}, start_new_session=True)
    try:
        out, err = proc.communicate(timeout=300)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def assert_no_secret(where: str, content: str) -> None:
    for secret in (SMTP_PASSWORD, WRONG_SMTP_PASSWORD, DB_PASSWORD):
        assert secret not in content, f"{secret!r} leaked into {where}"


def test_passwords_stay_out_of_output_failures_exports_and_store(pg_url, tmp_path):
    db = pg_url.replace("postgres@", f"postgres:{DB_PASSWORD}@")
    feed = write_jsonl(tmp_path / "batch.jsonl", synthetic_records(60, seed=3))
    outputs: list[tuple[str, str]] = []
    with smtp_server(auth=("watch", SMTP_PASSWORD)) as sink:
        env = {"TREATYWATCH_DATA_DIR": str(tmp_path), "TREATYWATCH_DATABASE_URL": db,
               "TREATYWATCH_ALERT_TO": "analyst@example.org",
               "TREATYWATCH_SMTP_URL": f"smtp://watch:{SMTP_PASSWORD}@{sink.host}:{sink.port}"}
        for args in (["db", "upgrade"], ["ingest", str(feed)], ["export", "articles"], ["export", "statements"]):
            result = run(*args, env=env)
            assert result.returncode == 0, result.stderr
            outputs.append((" ".join(args), result.stdout + result.stderr))

        # a wrong SMTP password: the send fails, and says so without the password
        wrong = dict(env, TREATYWATCH_SMTP_URL=f"smtp://watch:{WRONG_SMTP_PASSWORD}@{sink.host}:{sink.port}")
        failed = run("alerts", "send", env=wrong)
        assert failed.returncode != 0 and not sink.received
        outputs.append(("alerts send (wrong password)", failed.stdout + failed.stderr))

        sent = run("alerts", "send", env=env)
        assert sent.returncode == 0, sent.stderr
        outputs.append(("alerts send", sent.stdout + sent.stderr))
        mails = sink.wait_for(1)
        assert len(mails) == 1 and sink.logins == ["watch"]
        outputs.append(("the mail", "\n".join(r.raw.decode("utf-8", "replace") for r in sink.received)))

    # the database unreachable: the message names the server, not the password
    down = f"postgresql://postgres:{DB_PASSWORD}@127.0.0.1:{closed_port()}/treatywatch"
    unreachable = run("db", "upgrade", env={"TREATYWATCH_DATA_DIR": str(tmp_path), "TREATYWATCH_DATABASE_URL": down})
    assert unreachable.returncode == 1 and "cannot open the database" in unreachable.stderr
    outputs.append(("db upgrade (server down)", unreachable.stdout + unreachable.stderr))

    for where, content in outputs:
        assert_no_secret(where, content)
    for path in tmp_path.rglob("*"):  # logs, outbox, anything the commands wrote
        if path.is_file() and path != feed:
            assert_no_secret(str(path), path.read_bytes().decode("utf-8", "replace"))
    from treatywatch.store.session import make_engine

    with make_engine(pg_url).connect() as conn:  # every text the store holds, alerts' errors included
        for table in ("alerts", "crawl_runs", "articles", "statements"):
            rows = conn.execute(text(f"SELECT * FROM {table}")).all()
            assert_no_secret(f"table {table}", repr(rows))
