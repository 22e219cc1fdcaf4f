"""Run the daily DAG once through Airflow itself (`airflow dags test`) on the embedded default.

Used by `treatywatch daily` (the README's main job) and `treatywatch demo` (the same, against the bundled
mock outlet web). Airflow runs as a subprocess with its own home and SQLite metadata DB.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from sqlalchemy import func, select

from treatywatch.config import Settings
from treatywatch.store.models import Alert, Article, CrawlRun, Statement
from treatywatch.store.session import new_session, upgrade

DAG_ID = "russia_japan_daily"
DAGS_FOLDER = Path(__file__).resolve().parents[1] / "dags"


@dataclass
class DailyRunReport:
    logical_date: datetime
    run_key: str
    returncode: int
    log_path: Path
    outlets: list[tuple[str, str, int, int, str]]  # name, status, pages, items, message
    articles: int
    copies: int
    statements: int
    treaty_statements: int
    new_statements: int
    mails: list[tuple[str, str, str]]  # recipient, status, path or message id
    summary_path: Path | None = None

    def lines(self) -> list[str]:
        out = [f"Airflow run of {DAG_ID} for {self.run_key}: {'succeeded' if self.returncode == 0 else 'FAILED'}"
               f" (log: {self.log_path})"]
        for name, status, pages, items, message in self.outlets:
            out.append(f"  {name:<16} {status:<8} pages {pages:>4}  articles {items:>4}" + (f"  {message}" if message else ""))
        out.append(f"articles fetched {self.articles}, copies found {self.copies}, statements {self.statements} "
                   f"(on the peace treaty {self.treaty_statements}), new statements {self.new_statements}")
        for recipient, status, where in self.mails:
            out.append(f"digest to {recipient}: {status} -> {where}")
        if not self.mails:
            out.append("no digest: nothing new to mail")
        if self.outlets and all(o[1] == "failed" for o in self.outlets):
            out.append("warning: every outlet failed (no network, or the sites block us): see the messages above")
        return out

    def to_json(self) -> dict:
        return {"logical_date": self.logical_date.isoformat(), "run_key": self.run_key,
                "succeeded": self.returncode == 0, "log": str(self.log_path),
                "outlets": [dict(zip(("outlet", "status", "pages", "articles", "message"), o)) for o in self.outlets],
                "articles": self.articles, "copies": self.copies, "statements": self.statements,
                "treaty_statements": self.treaty_statements, "new_statements": self.new_statements,
                "mails": [dict(zip(("recipient", "status", "where"), m)) for m in self.mails]}

    def write(self, folder: Path) -> Path:
        """The summary as JSON and text next to the store, so a run leaves its results in files."""
        stem = folder / f"run-{self.logical_date.date().isoformat()}"
        stem.with_suffix(".json").write_text(json.dumps(self.to_json(), indent=1, ensure_ascii=False))
        stem.with_suffix(".txt").write_text("\n".join(self.lines()) + "\n", encoding="utf-8")
        return stem.with_suffix(".txt")


def airflow_env(settings: Settings, airflow_home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AIRFLOW__")}
    env.update({
        "AIRFLOW_HOME": str(airflow_home),
        "AIRFLOW__CORE__DAGS_FOLDER": str(DAGS_FOLDER),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{airflow_home / 'airflow.db'}",
        "TREATYWATCH_DATA_DIR": str(settings.data_dir),
        "TREATYWATCH_DATABASE_URL": settings.db_url,
        "TREATYWATCH_OUTLETS_FILE": str(settings.outlets_file),
        "TREATYWATCH_SMTP_URL": settings.smtp_url,
        "TREATYWATCH_ALERT_TO": ",".join(settings.alert_to),
        # a run goes once through: a dead outlet is recorded, not retried for minutes
        "TREATYWATCH_TASK_RETRIES": os.environ.get("TREATYWATCH_TASK_RETRIES", "0"),
    })
    if settings.outlets_base_url:
        env["TREATYWATCH_OUTLETS_BASE_URL"] = settings.outlets_base_url
    if settings.outbox_dir:
        env["TREATYWATCH_OUTBOX_DIR"] = str(settings.outbox_dir)
    if settings.feeds_dir:
        env["TREATYWATCH_FEEDS_DIR"] = str(settings.feeds_dir)
    return env


def _airflow(args: list[str], env: dict[str, str], log) -> int:
    cmd = [sys.executable, "-m", "airflow", *args]
    log.write(f"$ {' '.join(cmd)}\n")
    log.flush()
    return subprocess.run(cmd, env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL).returncode


def run_daily_dag(settings: Settings, logical_date: date | None = None, airflow_home: Path | None = None,
                  echo=print) -> DailyRunReport:
    """`airflow dags test` for one logical date (default: today 00:00 UTC, i.e. yesterday's articles)."""
    if not (DAGS_FOLDER / f"{DAG_ID}.py").is_file():
        raise FileNotFoundError(f"the DAG file is not at {DAGS_FOLDER}: run from a checkout of the repository")
    logical = datetime.combine(logical_date or datetime.now(timezone.utc).date(), time(0), tzinfo=timezone.utc)
    airflow_home = Path(airflow_home or settings.data_dir / "airflow")
    airflow_home.mkdir(parents=True, exist_ok=True)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    upgrade(settings.db_url)
    env = airflow_env(settings, airflow_home)
    log_path = settings.data_dir / f"airflow-{logical.date().isoformat()}.log"
    started = datetime.now(timezone.utc)
    echo(f"running {DAG_ID} for {logical.date()} through Airflow (log: {log_path}) ...")
    with open(log_path, "a", encoding="utf-8") as log:
        rc = _airflow(["db", "migrate"], env, log)
        if rc == 0:
            rc = _airflow(["dags", "test", DAG_ID, logical.isoformat()], env, log)
    from treatywatch.tasks import run_key_for

    run_key = run_key_for(logical - timedelta(days=1), logical)
    report = summarize(settings, logical, run_key, rc, log_path, started)
    report.summary_path = report.write(settings.data_dir)
    return report


def summarize(settings: Settings, logical: datetime, run_key: str, rc: int, log_path: Path,
              since: datetime) -> DailyRunReport:
    """What this run added to the store (rows stored since it started) and where its mails went."""
    session = new_session(settings.db_url)
    try:
        runs = session.scalars(select(CrawlRun).where(CrawlRun.run_key == run_key).order_by(CrawlRun.outlet)).all()
        added = select(Article.id).where(Article.fetched >= since)
        articles = session.scalar(select(func.count()).select_from(added.subquery())) or 0
        copies = session.scalar(select(func.count(Article.id)).where(Article.fetched >= since,
                                                                    Article.duplicate_of_id.is_not(None))) or 0
        in_run = Statement.article_id.in_(added)
        statements = session.scalar(select(func.count(Statement.id)).where(in_run)) or 0
        treaty = session.scalar(select(func.count(Statement.id)).where(in_run, Statement.peace_treaty)) or 0
        new = session.scalar(select(func.count(Statement.id)).where(in_run, Statement.peace_treaty,
                                                                    Statement.new)) or 0
        mails = [(a.recipient, a.status, a.path or a.message_id or (a.error or ""))
                 for a in session.scalars(select(Alert).where(Alert.key == run_key))]
        return DailyRunReport(logical, run_key, rc, log_path,
                              [(r.outlet, r.status, r.pages, r.items, r.message or "") for r in runs],
                              articles, copies, statements, treaty, new, mails)
    finally:
        session.close()
