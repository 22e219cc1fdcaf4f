"""What one digest says and how it looks: load the frozen rows of an alert, render text + HTML, build the email.

The alert row fixes *which* statements and articles go in (see outbox.py); this module only reads them.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from urllib.parse import urlsplit

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from treatywatch.store.models import Alert, Article, CrawlRun, Statement

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
PROBLEM_STATUSES = ("failed", "partial")


@dataclass(frozen=True)
class StatementItem:
    speaker: str
    quote: str
    direct: bool
    outlet: str
    url: str
    title: str
    published: str
    also_reported_by: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class StoryItem:
    title: str
    url: str
    published: str
    outlets: list[str]


@dataclass(frozen=True)
class OutletProblem:
    outlet: str
    status: str
    message: str


@dataclass(frozen=True)
class DigestContent:
    key: str
    day: date
    statements: list[StatementItem]
    stories: list[StoryItem]
    problems: list[OutletProblem]


# --- header hygiene -------------------------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]+")


def one_line(value: object) -> str:
    """Control characters (CR, LF, TAB, …) become one space: a value can never start a new header or line."""
    return re.sub(r"\s{2,}", " ", _CONTROL.sub(" ", str(value if value is not None else ""))).strip()


def safe_href(url: str | None) -> str:
    """Only http(s) links go into an href; anything else (javascript:, data:) becomes '#'."""
    url = one_line(url)
    return url if urlsplit(url).scheme in ("http", "https") else "#"


# --- subject, date, Message-ID --------------------------------------------------------------------------------

def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def digest_day(key: str, fallback: datetime | None = None) -> date:
    """The day a digest is about: the first date in the key (a data interval's start, or a batch key such as
    "manual:2026-11-23T10:15:00+00:00"), else the fallback's date."""
    found = re.search(r"\d{4}-\d{2}-\d{2}", key)
    if found:
        try:
            return date.fromisoformat(found.group())
        except ValueError:
            pass
    return (fallback or datetime.now(timezone.utc)).date()


def digest_subject(n_statements: int, n_stories: int, day: date) -> str:
    if n_statements:
        head = _plural(n_statements, "new statement", "new statements") + " on the peace treaty"
        if n_stories:
            head += f" (+{_plural(n_stories, 'story', 'stories')})"
    else:
        head = _plural(n_stories, "new Russia–Japan story", "new Russia–Japan stories")
    return one_line(f"{head} — {day.isoformat()}")


def message_id_for(alert: Alert) -> str:
    """Deterministic per alert row, so a resend after a crash carries the same id and clients drop the double."""
    digest = hashlib.sha256(f"{alert.recipient}\n{alert.kind}\n{alert.key}".encode()).hexdigest()[:16]
    return f"<alert-{alert.id}-{digest}@treatywatch>"


# --- loading --------------------------------------------------------------------------------------------------

def _also_reported_by(session: Session, statement: Statement) -> list[str]:
    """Outlets whose statements were recognised as repeats of this one (first_report_id points here)."""
    rows = session.execute(
        select(Article.outlet).join(Statement, Statement.article_id == Article.id)
        .where(Statement.first_report_id == statement.id)
    ).scalars()
    own = statement.article.outlet
    return sorted({o for o in rows if o and o != own})


def _story_outlets(session: Session, article: Article) -> list[str]:
    """Every outlet that carried the story: the article, its story mates and all copies of either."""
    members = [Article.id == article.id, Article.duplicate_of_id == article.id]
    if article.story:
        story_ids = select(Article.id).where(Article.story == article.story).scalar_subquery()
        members += [Article.story == article.story, Article.duplicate_of_id.in_(story_ids)]
    outlets = session.execute(select(Article.outlet).where(or_(*members))).scalars()
    return sorted({o for o in outlets if o})


def load_digest(session: Session, alert: Alert) -> DigestContent:
    statement_ids = list(alert.statement_ids or [])
    article_ids = list(alert.article_ids or [])
    statements = session.execute(
        select(Statement).join(Article, Statement.article_id == Article.id)
        .where(Statement.id.in_(statement_ids)).order_by(Article.seq, Statement.position)
    ).scalars().all() if statement_ids else []
    articles = session.execute(
        select(Article).where(Article.id.in_(article_ids)).order_by(Article.seq)
    ).scalars().all() if article_ids else []
    problems = session.execute(
        select(CrawlRun).where(CrawlRun.run_key == alert.key, CrawlRun.status.in_(PROBLEM_STATUSES))
        .order_by(CrawlRun.outlet)
    ).scalars().all()
    return DigestContent(
        key=alert.key,
        day=digest_day(alert.key, alert.created),
        statements=[StatementItem(
            speaker=s.speaker, quote=s.quote, direct=bool(s.direct), outlet=s.article.outlet or "",
            url=s.article.url, title=s.article.title or "", published=s.article.published or "",
            also_reported_by=_also_reported_by(session, s)) for s in statements],
        stories=[StoryItem(title=a.title or a.url, url=a.url, published=a.published or "",
                           outlets=_story_outlets(session, a)) for a in articles],
        problems=[OutletProblem(outlet=r.outlet, status=r.status, message=r.message or "") for r in problems],
    )


# --- rendering ------------------------------------------------------------------------------------------------

def _environment(autoescape: bool) -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES_DIR), autoescape=autoescape, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters["one_line"] = one_line
    env.filters["safe_href"] = safe_href
    return env


# HTML is autoescaped; the plain-text part is not HTML (escaping would print &amp;), values pass `one_line`.
_HTML = _environment(autoescape=True)
_TEXT = _environment(autoescape=False)


def render_digest(content: DigestContent, subject: str) -> tuple[str, str]:
    """(plain text, HTML) of one digest."""
    context = {"c": content, "subject": subject}
    return (_TEXT.get_template("digest.txt.j2").render(**context),
            _HTML.get_template("digest.html.j2").render(**context))


def build_message(alert: Alert, content: DigestContent, *, sender: str, now: datetime) -> EmailMessage:
    """multipart/alternative email for one alert row; every header value is one clean line."""
    subject = one_line(alert.subject) or digest_subject(len(content.statements), len(content.stories), content.day)
    text, html = render_digest(content, subject)
    msg = EmailMessage()
    msg["Subject"] = subject
    msg["From"] = one_line(sender)
    msg["To"] = one_line(alert.recipient)
    msg["Date"] = format_datetime(now if now.tzinfo else now.replace(tzinfo=timezone.utc))
    msg["Message-ID"] = message_id_for(alert)
    msg["X-Treatywatch-Key"] = one_line(alert.key)
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    return msg
