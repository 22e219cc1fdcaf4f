"""`treatywatch` command line: thin commands over the library (the DAG calls the same functions)."""
from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from treatywatch.cli_outlets import outlets_app
from treatywatch.config import ConfigError, Settings, load_settings

app = typer.Typer(help="Monitor Russia–Japan peace-treaty statements in the news.", no_args_is_help=True,
                  pretty_exceptions_enable=False)
db_app = typer.Typer(help="Create or upgrade the store's schema.", no_args_is_help=True)
export_app = typer.Typer(help="Export stored rows.", no_args_is_help=True)
alerts_app = typer.Typer(help="Mail what is new.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(export_app, name="export")
app.add_typer(alerts_app, name="alerts")
app.add_typer(outlets_app, name="outlets", help="The outlet registry: list it, check each source.")
statements_app = typer.Typer(help="Stored statements: why each was found, new or seen.", no_args_is_help=True)
app.add_typer(statements_app, name="statements")

DbOption = typer.Option(None, "--db", help="Database URL (default: TREATYWATCH_DATABASE_URL, else a SQLite file).")


class Format(str, Enum):
    jsonl = "jsonl"


def settings_or_exit(**overrides) -> Settings:
    try:
        return load_settings(**overrides)
    except ConfigError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from None


def db_url_for(db: str | None, settings: Settings | None = None) -> str:
    """The store URL, its schema brought up to date (every command may be the first one run)."""
    from treatywatch.store import upgrade

    settings = settings or settings_or_exit(database_url=db)
    url = settings.db_url
    try:
        upgrade(url)
    except Exception as exc:  # an unreachable server or a bad path: say so in one line
        typer.echo(f"cannot open the database {_safe(url)}: {type(exc).__name__}: {str(exc).splitlines()[0]}", err=True)
        raise typer.Exit(1) from None
    return url


def _safe(url: str) -> str:
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "<unparseable URL>"


@db_app.command("upgrade")
def db_upgrade(db: Optional[str] = DbOption) -> None:
    """Create the store or upgrade its schema to the newest revision (idempotent)."""
    from treatywatch.store.session import current_revision

    url = db_url_for(db)
    typer.echo(f"{_safe(url)} at revision {current_revision(url)}")


@app.command()
def ingest(file: Path = typer.Argument(..., exists=True, dir_okay=False, help="JSON-lines articles."),
           db: Optional[str] = DbOption,
           batch_size: Optional[int] = typer.Option(
               None, "--batch-size", min=1, help="Articles per commit (default 1,000; a crash loses the one under way).")
           ) -> None:
    """Process articles from a JSON-lines file (url, outlet, language, published, title, text|html)."""
    from treatywatch.ingest import BATCH_SIZE, ingest_file

    summary = ingest_file(db_url_for(db), file, batch_size=batch_size or BATCH_SIZE)
    for error in summary.errors:
        typer.echo(f"skipped {error}", err=True)
    typer.echo(summary.line())


@export_app.command("articles")
def export_articles_cmd(db: Optional[str] = DbOption, format: Format = typer.Option(Format.jsonl, "--format")) -> None:
    """One JSON line per stored article: url, relevant, duplicate_of, story."""
    from treatywatch.export import export_articles

    _write_jsonl(export_articles(db_url_for(db)))


@export_app.command("statements")
def export_statements_cmd(db: Optional[str] = DbOption,
                          format: Format = typer.Option(Format.jsonl, "--format")) -> None:
    """One JSON line per statement: article_url, speaker, quote, direct, peace_treaty, new."""
    from treatywatch.export import export_statements

    _write_jsonl(export_statements(db_url_for(db)))


def _write_jsonl(rows) -> None:
    out = sys.stdout
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
    out.flush()


@alerts_app.command("send")
def alerts_send(db: Optional[str] = DbOption) -> None:
    """Mail what is new and not yet mailed (SMTP via TREATYWATCH_SMTP_URL, else .eml files)."""
    from treatywatch.tasks import send_alerts_now

    settings = settings_or_exit(database_url=db)
    report = send_alerts_now(db_url_for(db, settings), settings)
    typer.echo(report.summary())
    if report.failed:
        raise typer.Exit(1)


@alerts_app.command("recipients")
def alerts_recipients() -> None:
    """Show who gets which mail (TREATYWATCH_RECIPIENTS_FILE and TREATYWATCH_ALERT_TO, validated)."""
    settings = settings_or_exit()
    recipients = settings.recipients
    if not recipients:
        typer.echo("no recipients configured (TREATYWATCH_ALERT_TO, TREATYWATCH_RECIPIENTS_FILE)")
    for r in recipients:
        mails = [m for m, on in (("digest", r.digest), ("immediate", r.immediate)) if on]
        typer.echo(f"{r.address}: {' + '.join(mails)}"
                   f"; languages {', '.join(r.languages) or 'all'}; speakers {', '.join(r.speakers) or 'all'}"
                   + (f"; immediately for {', '.join(r.immediate_speakers or r.speakers) or 'any speaker'}"
                      if r.immediate else "")
                   + ("" if r.news else "; no other news") + ("; also when nothing is new" if r.nothing_new else ""))
    typer.echo(f"operators (failed DAG runs): {', '.join(settings.operators) or 'none'}")


@alerts_app.command("preview")
def alerts_preview(to: Optional[str] = typer.Option(None, "--to", help="Recipient (default: the first configured)."),
                   out: Optional[Path] = typer.Option(None, "--out", help="Write the HTML part here."),
                   db: Optional[str] = DbOption) -> None:
    """Render the digest a recipient would get now, without sending or recording anything."""
    from datetime import datetime, timezone

    from treatywatch.alerts.outbox import preview_digest
    from treatywatch.alerts.send import LOCAL_RECIPIENT
    from treatywatch.store.session import session_scope

    settings = settings_or_exit(database_url=db)
    url = db_url_for(db, settings)
    by_address = {r.address: r for r in settings.recipients}
    recipient = by_address.get(to) if to else next(iter(by_address.values()), None)
    recipient = recipient or to or LOCAL_RECIPIENT
    with session_scope(url) as session:
        subject, text, html = preview_digest(session, recipient,
                                             key="preview:" + datetime.now(timezone.utc).isoformat())
    if out:
        out.write_text(html, encoding="utf-8")
        typer.echo(f"{subject}\nHTML written to {out}")
    else:
        typer.echo(text)


@app.command()
def report(since: str = typer.Option(..., "--since", help="First day covered, YYYY-MM-DD."),
           out: Path = typer.Option(Path("report"), "--out", help="Folder for statements.atom and report.html."),
           feed_url: Optional[str] = typer.Option(None, "--feed-url", help="Public URL of the feed (self link)."),
           db: Optional[str] = DbOption) -> None:
    """Write an Atom feed of the new treaty statements since DATE and a static HTML report of the period."""
    from datetime import date as date_type

    from treatywatch.report import write_report

    try:
        day = date_type.fromisoformat(since)
    except ValueError:
        typer.echo(f"--since: not a date (YYYY-MM-DD): {since!r}", err=True)
        raise typer.Exit(2) from None
    settings = settings_or_exit(database_url=db)
    paths = write_report(db_url_for(db, settings), since=day, out_dir=out, feed_url=feed_url)
    for name, path in paths.items():
        typer.echo(f"{name}: {path}")


@app.command()
def crawl(outlets: Optional[Path] = typer.Option(None, "--outlets", help="Outlet registry YAML (default: bundled)."),
          only: Optional[list[str]] = typer.Option(None, "--only", help="Crawl only this outlet (repeatable)."),
          db: Optional[str] = DbOption) -> None:
    """Run the configured outlets' spiders and process what they fetched."""
    from treatywatch.tasks import crawl_and_ingest

    settings = settings_or_exit(database_url=db, outlets_file=outlets)
    url = db_url_for(db, settings)
    try:
        results, summary = crawl_and_ingest(url, settings, only=only or None)
    except ConfigError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from None
    for r in results:
        typer.echo(f"{r.outlet:<16} pages {r.pages:>5}  items {r.items:>5}  errors {r.errors:>3}  {r.status}"
                   + (f"  ({r.message})" if r.message else ""))
    typer.echo(summary.line())
    if results and all(r.status == "failed" for r in results):
        raise typer.Exit(1)


def main() -> None:  # pragma: no cover
    app()


def _print_report(report) -> None:
    for line in report.lines():
        typer.echo(line)
    if report.summary_path:
        typer.echo(f"summary written to {report.summary_path} (and .json)")


@app.command()
def daily(date: Optional[str] = typer.Option(None, "--date", help="Logical date YYYY-MM-DD (default: today, "
                                                                    "i.e. the articles of yesterday)."),
          db: Optional[str] = DbOption) -> None:
    """Run the daily DAG once through Airflow (`airflow dags test`) and show what it did."""
    from datetime import date as date_type

    from treatywatch.airflow_run import run_daily_dag

    settings = settings_or_exit(database_url=db)
    day = date_type.fromisoformat(date) if date else None
    report = run_daily_dag(settings, day, echo=typer.echo)
    _print_report(report)
    if report.returncode != 0:
        raise typer.Exit(1)


@app.command()
def demo(workdir: Path = typer.Option(Path("demo"), "--workdir", help="Folder for the demo's store, feeds, "
                                                                    "Airflow home and mails (made fresh)."),
         date: Optional[str] = typer.Option(None, "--date", help="Logical date YYYY-MM-DD (default: today).")) -> None:
    """The daily DAG through Airflow, offline, against the bundled mock outlet web, on a fresh SQLite store."""
    import shutil
    from datetime import date as date_type
    from datetime import datetime, timedelta, timezone

    from treatywatch.airflow_run import run_daily_dag
    from treatywatch.mockweb.server import MockWeb

    workdir = workdir.resolve()
    if workdir.exists():
        shutil.rmtree(workdir)
    workdir.mkdir(parents=True)
    day = date_type.fromisoformat(date) if date else datetime.now(timezone.utc).date()
    with MockWeb(day=day - timedelta(days=1)) as web:
        typer.echo(f"mock outlet web at {web.base_url}")
        settings = settings_or_exit(data_dir=workdir, database_url=f"sqlite:///{workdir / 'treatywatch.db'}",
                                    outlets_base_url=web.base_url, smtp_url="")
        report = run_daily_dag(settings, day, echo=typer.echo)
    _print_report(report)
    if report.returncode != 0:
        raise typer.Exit(1)


@statements_app.command("explain")
def statements_explain(url: str = typer.Argument(..., help="The article's URL (as fetched or canonical)."),
                       db: Optional[str] = DbOption,
                       as_json: bool = typer.Option(False, "--json", help="Print the explanation as JSON.")) -> None:
    """Every statement of one stored article: speaker resolution, topic, new or seen and why, stance, shift."""
    from treatywatch.statements.explain import ArticleNotFound, explain_article, render

    try:
        report = explain_article(db_url_for(db), url)
    except ArticleNotFound as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(1) from None
    typer.echo(json.dumps(report, ensure_ascii=False, indent=1) if as_json else render(report))


@app.command()
def reextract(db: Optional[str] = DbOption,
              outlet: Optional[str] = typer.Option(None, "--outlet", help="Only this outlet's articles."),
              outlets: Optional[Path] = typer.Option(None, "--outlets", help="Outlet registry YAML (selectors).")) -> None:
    """Extract the stored raw pages again; update title, text and published where the extractor now differs."""
    from treatywatch.reextract import reextract as run

    settings = settings_or_exit(database_url=db, outlets_file=outlets)
    typer.echo(run(db_url_for(db, settings), outlet=outlet, outlets_file=settings.outlets_file).line())


@app.command()
def health(db: Optional[str] = DbOption,
           quiet_days: int = typer.Option(3, "--quiet-days", help="Unhealthy after this many days without a new article."),
           as_json: bool = typer.Option(False, "--json", help="One JSON object per outlet.")) -> None:
    """Which outlets look broken: no new article for --quiet-days, or an extraction-failure jump. Exit 1 if any."""
    from datetime import datetime, timezone

    from treatywatch.health import outlet_health
    from treatywatch.outlets import load_outlets

    settings = settings_or_exit(database_url=db)
    names = [o.name for o in load_outlets(settings.outlets_file)]
    report = outlet_health(db_url_for(db, settings), datetime.now(timezone.utc), quiet_days, outlets=names)
    for h in report:
        typer.echo(json.dumps({"outlet": h.outlet, "healthy": h.healthy, "reasons": h.reasons, "runs": h.runs,
                               "new_articles": h.new_articles}, ensure_ascii=False) if as_json else h.line())
    if any(not h.healthy for h in report):
        raise typer.Exit(1)


if __name__ == "__main__":  # python -m treatywatch.cli
    app()
