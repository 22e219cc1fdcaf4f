"""The exactly-once outbox: freeze what each recipient gets into an `Alert` row, then deliver pending rows.

Two steps, so a crash between them loses nothing and a rerun repeats nothing:
1. `prepare_digests` writes one pending row per (recipient, kind, key) with the statement and article ids it
   will carry; a row that exists already is reused as is (a retried task gets the same mail, not a new one).
2. `deliver_pending` claims each pending row with a compare-and-set UPDATE committed *before* sending, so two
   concurrent runs never both send it; failures go back to pending (with the error) for the next run.
A row left in `sending` by a killed process goes back to pending after `stale_after`; its Message-ID is
deterministic, so the rare double is dropped by mail clients.

While a row is `sending`, its `sent` column holds the time it was claimed (there is no separate column).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import NamedTuple

from sqlalchemy import select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from treatywatch.alerts.digest import build_message, digest_day, digest_subject, load_digest
from treatywatch.alerts.mail import MailDeliveryError, Transport
from treatywatch.store.models import Alert, Article, Statement

DIGEST = "digest"
QUEUED_OR_SENT = ("pending", "sending", "sent")  # rows whose contents count as mailed
STALE_SENDING = timedelta(minutes=15)
MAX_ERROR_CHARS = 2000


class Delivery(NamedTuple):
    recipient: str
    subject: str
    message_id: str
    path: str | None


@dataclass
class DeliveryReport:
    sent: int = 0
    failed: int = 0
    skipped: int = 0  # recipients with nothing new
    deliveries: list[Delivery] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (recipient, masked error)

    def summary(self) -> str:
        line = f"alerts: {self.sent} sent, {self.failed} failed, {self.skipped} skipped (nothing new)"
        where = [d.path or d.message_id for d in self.deliveries]
        return line + (f"; {', '.join(where)}" if where else "")


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def _as_utc(moment: datetime | None) -> datetime:
    moment = moment or utcnow()
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)


# --- selection ------------------------------------------------------------------------------------------------

def _mailed(session: Session, recipient: str) -> tuple[set[int], set[int]]:
    """Statement and article ids already in a pending, sending or sent alert of this recipient."""
    statement_ids: set[int] = set()
    article_ids: set[int] = set()
    rows = session.execute(select(Alert.statement_ids, Alert.article_ids)
                           .where(Alert.recipient == recipient, Alert.status.in_(QUEUED_OR_SENT)))
    for statements, articles in rows:
        statement_ids.update(statements or [])
        article_ids.update(articles or [])
    return statement_ids, article_ids


def _story_key(article_id: int, story: str | None) -> str:
    return f"story:{story}" if story else f"article:{article_id}"


def select_new(session: Session, recipient: str) -> tuple[list[int], list[int]]:
    """(statement ids, article ids) this recipient has not been mailed yet.

    Statements: new ones on the peace treaty. Articles: one per new story — the earliest relevant first
    appearance (not a copy) of a story none of whose articles was mailed before.
    """
    mailed_statements, mailed_articles = _mailed(session, recipient)
    statement_ids = [sid for sid in session.execute(
        select(Statement.id).join(Article, Statement.article_id == Article.id)
        .where(Statement.new.is_(True), Statement.peace_treaty.is_(True))
        .order_by(Article.seq, Statement.position)).scalars() if sid not in mailed_statements]

    mailed_stories = {_story_key(aid, story) for aid, story in session.execute(
        select(Article.id, Article.story).where(Article.id.in_(mailed_articles)))} if mailed_articles else set()
    article_ids: list[int] = []
    for aid, story in session.execute(
            select(Article.id, Article.story)
            .where(Article.relevant.is_(True), Article.duplicate_of_id.is_(None)).order_by(Article.seq, Article.id)):
        key = _story_key(aid, story)
        if key not in mailed_stories:
            mailed_stories.add(key)  # later articles of the same story share its line
            article_ids.append(aid)
    return statement_ids, article_ids


# --- step 1: prepare ------------------------------------------------------------------------------------------

def _existing(session: Session, recipient: str, kind: str, key: str) -> Alert | None:
    return session.execute(select(Alert).where(Alert.recipient == recipient, Alert.kind == kind, Alert.key == key)
                           .execution_options(populate_existing=True)).scalar_one_or_none()


def _lock_selection(session: Session, recipient: str) -> None:
    """Serialise select-then-insert for a recipient until the next commit, so two runs with *different* keys
    never both freeze the same statements. PostgreSQL: a transaction advisory lock per recipient. SQLite: any
    write statement takes the database's single write lock for the transaction (even one touching no row)."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:name))"), {"name": f"treatywatch-alerts:{recipient}"})
    elif dialect == "sqlite":
        session.execute(update(Alert).where(Alert.id < 0).values(status=Alert.status)
                        .execution_options(synchronize_session=False))


def prepare_digests(session: Session, *, key: str, recipients: list[str], now: datetime | None = None) -> list[Alert]:
    """One pending digest row per recipient with something new; existing rows are reused as is.

    Commits the session (per recipient): the rows must exist before anything is sent.
    """
    now = _as_utc(now)
    rows: list[Alert] = []
    for recipient in dict.fromkeys(recipients):  # de-duplicated, order kept
        session.commit()  # start a fresh transaction, so the lock below covers the read that follows
        _lock_selection(session, recipient)
        row = _existing(session, recipient, DIGEST, key)
        if row is None:
            statement_ids, article_ids = select_new(session, recipient)
            if not statement_ids and not article_ids:
                session.commit()  # releases the lock
                continue
            row = Alert(recipient=recipient, kind=DIGEST, key=key, status="pending", attempts=0, created=now,
                        subject=digest_subject(len(statement_ids), len(article_ids), digest_day(key, now)),
                        statement_ids=statement_ids, article_ids=article_ids)
            session.add(row)
            try:
                session.commit()
            except IntegrityError:  # a concurrent run inserted the same (recipient, kind, key) first: use theirs
                session.rollback()
                row = _existing(session, recipient, DIGEST, key)
                if row is None:
                    raise
        session.commit()
        rows.append(row)
    return rows


# --- step 2: deliver ------------------------------------------------------------------------------------------

def release_stale(session: Session, *, now: datetime, stale_after: timedelta = STALE_SENDING) -> int:
    """Rows stuck in `sending` (the sender died) go back to pending; returns how many."""
    result = session.execute(
        update(Alert).where(Alert.status == "sending", Alert.sent < now - stale_after)
        .values(status="pending", sent=None, error="interrupted while sending; will be retried")
        .execution_options(synchronize_session=False))
    session.commit()
    return result.rowcount or 0


def _claim(session: Session, alert_id: int, now: datetime) -> bool:
    """Compare-and-set pending -> sending, committed before anything is sent: only one run wins."""
    result = session.execute(
        update(Alert).where(Alert.id == alert_id, Alert.status.in_(("pending",)))
        .values(status="sending", sent=now, attempts=Alert.attempts + 1)
        .execution_options(synchronize_session=False))
    session.commit()
    return result.rowcount == 1


def deliver_pending(session: Session, transport: Transport, settings, *, now: datetime | None = None,
                    stale_after: timedelta = STALE_SENDING) -> DeliveryReport:
    """Send every pending alert row (older failed ones included) through `transport`; commits per row."""
    now = _as_utc(now)
    report = DeliveryReport()
    release_stale(session, now=now, stale_after=stale_after)
    pending = session.execute(select(Alert.id).where(Alert.status == "pending").order_by(Alert.id)).scalars().all()
    for alert_id in pending:
        if not _claim(session, alert_id, now):
            continue  # another run got there first
        alert = session.get(Alert, alert_id, populate_existing=True)
        recipient = alert.recipient
        try:
            msg = build_message(alert, load_digest(session, alert), sender=settings.smtp_from, now=now)
            result = transport.send(msg)
        except Exception as exc:  # any failure keeps the row for the next run, with the reason
            error = str(exc) if isinstance(exc, MailDeliveryError) else f"{type(exc).__name__}: {exc}"
            session.rollback()
            session.execute(update(Alert).where(Alert.id == alert_id)
                            .values(status="pending", sent=None, error=error[:MAX_ERROR_CHARS])
                            .execution_options(synchronize_session=False))
            session.commit()
            report.failed += 1
            report.failures.append((recipient, error))
            continue
        path = result if getattr(transport, "writes_files", False) else None
        session.execute(update(Alert).where(Alert.id == alert_id)
                        .values(status="sent", sent=now, message_id=str(msg["Message-ID"]), path=path, error=None,
                                subject=str(msg["Subject"]))
                        .execution_options(synchronize_session=False))
        session.commit()
        report.sent += 1
        report.deliveries.append(Delivery(recipient, str(msg["Subject"]), str(msg["Message-ID"]), path))
    return report
