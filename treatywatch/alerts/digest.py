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

from treatywatch.alerts.speaker_info import language_name, speaker_role, speaker_side
from treatywatch.store.models import Alert, Article, CrawlRun, Statement

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
PROBLEM_STATUSES = ("failed", "partial")


@dataclass(frozen=True)
class StatementItem:
    speaker: str
    quote: str  # verbatim, in the language of the article it was said in
    direct: bool
    outlet: str
    url: str
    title: str
    published: str
    also_reported_by: list[str] = field(default_factory=list)
    role: str = ""  # office held on the article's date (speaker registry), "" when unknown
    language: str = ""  # the quote's language code
    shift: bool = False  # differs from the speaker's previous stance
    stance: str = ""
    side: str = "other"  # Russia | Japan | other
    statement_id: int = 0
    rule: str = ""  # the extraction rule: "transcript" words are the speaker's own, unquoted

    @property
    def language_name(self) -> str:
        return language_name(self.language)

    @property
    def kind(self) -> str:
        """How the words are the speaker's: in quotation marks, a transcript's verbatim turn, or told by the
        reporter."""
        if self.direct:
            return "Direct quote"
        return "Transcript" if self.rule == "transcript" else "Reported speech"

    @property
    def kind_short(self) -> str:
        """`kind` as the plain-text digest writes it: "direct quote", "transcript", "reported"."""
        return "reported" if self.kind == "Reported speech" else self.kind.lower()

    @property
    def when(self) -> str:
        return display_time(self.published)


@dataclass(frozen=True)
class StatementGroup:
    """One speaker's new statements in one article, shown as one card: a report's lead ("Lavrov said Russia
    sees no ground…") and the quote under it often tell one utterance twice, and two cards for it read as a
    repeated alert. Each statement keeps its own quote and kind (direct or reported); the source is shown once."""
    items: tuple[StatementItem, ...]  # in article order; the first gives the speaker, role and source

    @property
    def shift(self) -> bool:
        return any(item.shift for item in self.items)

    @property
    def stance(self) -> str:
        return next((item.stance for item in self.items if item.shift), "")

    @property
    def also_reported_by(self) -> list[str]:
        return sorted({outlet for item in self.items for outlet in item.also_reported_by})


def group_statements(items: list[StatementItem]) -> list[StatementGroup]:
    """Statements grouped per (speaker, article), in the order of each group's first statement in `items`
    (shifts first, as `statement_items` orders them), each group's statements in article order."""
    groups: dict[tuple[str, str], list[StatementItem]] = {}
    for item in items:
        groups.setdefault((item.speaker, item.url), []).append(item)
    ordered = [StatementGroup(tuple(sorted(members, key=lambda i: i.statement_id))) for members in groups.values()]
    return sorted(ordered, key=lambda g: not g.shift)  # stable: a group holding a shift goes first


@dataclass(frozen=True)
class StoryItem:
    title: str
    url: str
    published: str
    outlets: list[str]

    @property
    def when(self) -> str:
        return display_time(self.published)


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
    kind: str = "digest"  # digest | immediate

    @property
    def shifts(self) -> int:
        return sum(1 for s in self.statements if s.shift)


def display_time(published: str | None) -> str:
    """"2026-11-22 09:15 UTC+03:00" from an ISO datetime; a date (or year-month) as it is."""
    value = one_line(published)
    if len(value) <= 10:
        return value
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    offset = moment.strftime("%z")
    zone = "" if not offset else (" UTC" if offset == "+0000" else f" UTC{offset[:3]}:{offset[3:]}")
    return moment.strftime("%Y-%m-%d %H:%M") + zone


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


def nothing_new_subject(day: date) -> str:
    return f"Nothing new on the peace treaty — {day.isoformat()}"


def immediate_subject(session: Session, statement_id: int) -> str:
    """"Sergei Lavrov on the peace treaty (position shift) — 2026-11-22" for one new statement."""
    statement = session.get(Statement, statement_id)
    if statement is None:
        return "New statement on the peace treaty"
    when = (statement.article.published or "")[:10] or (
        statement.first_seen.date().isoformat() if statement.first_seen else "")
    shift = " (position shift)" if statement.shift else ""
    return one_line(f"{statement.speaker} on the peace treaty{shift}" + (f" — {when}" if when else ""))


def message_id_for(alert: Alert) -> str:
    """Deterministic per alert row, so a resend after a crash carries the same id and clients drop the double."""
    digest = hashlib.sha256(f"{alert.recipient}\n{alert.kind}\n{alert.key}".encode()).hexdigest()[:16]
    return f"<alert-{alert.id}-{digest}@treatywatch>"


# --- loading --------------------------------------------------------------------------------------------------

MAX_REPEAT_DEPTH = 8  # a repeat of a repeat of …: the rules link a report to the nearest earlier one, not the first


def _also_reported_by(session: Session, statement: Statement) -> list[str]:
    """Outlets whose statements were recognised as repeats of this one: first_report_id points here, or to a
    statement that does (a translation of a rewrite links to the rewrite)."""
    outlets: set[str] = set()
    frontier, seen = [statement.id], {statement.id}
    for _ in range(MAX_REPEAT_DEPTH):
        rows = session.execute(
            select(Statement.id, Article.outlet).join(Article, Statement.article_id == Article.id)
            .where(Statement.first_report_id.in_(frontier))
        ).all()
        frontier = [sid for sid, _ in rows if sid not in seen]
        seen.update(frontier)
        outlets.update(o for _, o in rows if o)
        if not frontier:
            break
    outlets.discard(statement.article.outlet)
    return sorted(outlets)


def _story_outlets(session: Session, article: Article) -> list[str]:
    """Every outlet that carried the story: the article, its story mates and all copies of either."""
    members = [Article.id == article.id, Article.duplicate_of_id == article.id]
    if article.story:
        story_ids = select(Article.id).where(Article.story == article.story).scalar_subquery()
        members += [Article.story == article.story, Article.duplicate_of_id.in_(story_ids)]
    outlets = session.execute(select(Article.outlet).where(or_(*members))).scalars()
    return sorted({o for o in outlets if o})


def _remark_quote(session: Session, s: Statement) -> str:
    """The statement's words with those of the same remark later in the same article (the next sentences of one
    answer, a quote continuing its speaker's words, the quote a lead retells), in the article's order."""
    rows = session.execute(
        select(Statement.id, Statement.position, Statement.quote, Statement.first_report_id, Statement.evidence)
        .where(Statement.article_id == s.article_id, Statement.position > s.position)
        .order_by(Statement.position)).all()
    members, more = {s.id}, []
    for sid, _position, quote, first, evidence in rows:  # (each links to the one before it: a chain)
        if first in members and (evidence or {}).get("rule") in ("goes_on", "same_article"):
            members.add(sid)
            more.append(quote)
    return " ".join([s.quote, *more])


def statement_item(session: Session, s: Statement) -> StatementItem:
    article = s.article
    return StatementItem(
        speaker=s.speaker, quote=_remark_quote(session, s), direct=bool(s.direct), outlet=article.outlet or "",
        url=article.url,
        title=article.title or "", published=article.published or "",
        also_reported_by=_also_reported_by(session, s), role=speaker_role(s.speaker, article.published),
        language=article.language or "", shift=bool(s.shift), stance=s.stance or "", side=speaker_side(s.speaker),
        statement_id=s.id, rule=s.rule or "")


def statement_items(session: Session, statement_ids: list[int]) -> list[StatementItem]:
    """The statements as digest items: position shifts first, then in the order they were found."""
    if not statement_ids:
        return []
    rows = session.execute(
        select(Statement).join(Article, Statement.article_id == Article.id)
        .where(Statement.id.in_(statement_ids)).order_by(Article.seq, Statement.position)).scalars().all()
    items = [statement_item(session, s) for s in rows]
    return sorted(items, key=lambda item: not item.shift)  # stable: the found order is kept within each group


def story_items(session: Session, article_ids: list[int]) -> list[StoryItem]:
    if not article_ids:
        return []
    articles = session.execute(select(Article).where(Article.id.in_(article_ids)).order_by(Article.seq)).scalars()
    return [StoryItem(title=a.title or a.url, url=a.url, published=a.published or "",
                      outlets=_story_outlets(session, a)) for a in articles]


def outlet_problems(session: Session, run_key: str) -> list[OutletProblem]:
    """The outlets whose crawl for this run failed or was partial (their crawl-run rows)."""
    rows = session.execute(
        select(CrawlRun).where(CrawlRun.run_key == run_key, CrawlRun.status.in_(PROBLEM_STATUSES))
        .order_by(CrawlRun.outlet)).scalars().all()
    return [OutletProblem(outlet=r.outlet, status=r.status, message=r.message or "") for r in rows]


def unhealthy_outlets(session: Session, now: datetime | None, known: set[str]) -> list[OutletProblem]:
    """Outlets `treatywatch.health.outlet_health` judges unhealthy over its window (quiet, failing more than
    usual), besides those already listed; a health check that breaks leaves the digest as it is."""
    try:
        from treatywatch.health import outlet_health
    except ImportError:
        return []
    try:
        url = session.get_bind().url.render_as_string(hide_password=False)
        verdicts = outlet_health(url, now=now)
    except Exception:  # noqa: BLE001 - the mail matters more than its health section
        import logging

        logging.getLogger(__name__).exception("outlet health unavailable for the digest")
        return []
    return [OutletProblem(outlet=h.outlet, status="unhealthy", message="; ".join(h.reasons))
            for h in verdicts if not h.healthy and h.outlet not in known]


def load_digest(session: Session, alert: Alert) -> DigestContent:
    immediate = alert.kind == "immediate"
    problems = [] if immediate else outlet_problems(session, alert.key)
    if not immediate:
        problems += unhealthy_outlets(session, alert.created, {p.outlet for p in problems})
    return DigestContent(
        key=alert.key,
        day=digest_day(alert.key, alert.created),
        statements=statement_items(session, list(alert.statement_ids or [])),
        stories=story_items(session, list(alert.article_ids or [])),
        problems=problems,
        kind=alert.kind,
    )


# --- rendering ------------------------------------------------------------------------------------------------

def _environment(autoescape: bool) -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES_DIR), autoescape=autoescape, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters["one_line"] = one_line
    env.filters["safe_href"] = safe_href
    env.filters["grouped"] = group_statements
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
