"""The exactly-once outbox: freeze what each recipient gets into an `Alert` row, then deliver pending rows.

Two steps, so a crash between them loses nothing and a rerun repeats nothing:
1. `prepare_immediate` writes one pending row per (recipient, "immediate", "statement:<id>") for each new
   treaty statement by a speaker the recipient follows; `prepare_digests` writes one pending row per
   (recipient, "digest", key) with the statement and article ids it will carry. The unique constraint on
   (recipient, kind, key) makes a retried task, a rerun, a backfill or a concurrent run reuse the row that
   exists instead of adding one.
2. `deliver_pending` claims each pending row with a compare-and-set UPDATE (status pending -> sending,
   `claimed` = now) committed *before* sending, so two concurrent runs never both send it; a failure puts
   the row back to pending with the error for the next run. A row left in `sending` by a killed process goes
   back to pending once its claim is older than `stale_after`; its Message-ID is deterministic, so the rare
   double is dropped by mail clients. A sent row keeps its Message-ID, its send time and its claim time.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Iterable, NamedTuple

from sqlalchemy import select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from treatywatch.alerts.digest import (build_message, digest_day, digest_subject, immediate_subject, load_digest,
                                       nothing_new_subject)
from treatywatch.alerts.mail import MailDeliveryError, Transport
from treatywatch.alerts.recipients import Recipient
from treatywatch.store.models import Alert, Article, Statement

DIGEST = "digest"
IMMEDIATE = "immediate"
# an immediate alert is about what a run has just found: statements first seen within this window of the
# run (a recipient added today is not mailed the archive, one mail per old statement)
IMMEDIATE_WINDOW = timedelta(days=2)
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

def _as_recipient(recipient: Recipient | str) -> Recipient:
    return recipient if isinstance(recipient, Recipient) else Recipient(address=recipient)


def _mailed(session: Session, recipient: str, kind: str = DIGEST) -> tuple[set[int], set[int]]:
    """Statement and article ids already in a pending, sending or sent alert of this kind for this recipient."""
    statement_ids: set[int] = set()
    article_ids: set[int] = set()
    rows = session.execute(select(Alert.statement_ids, Alert.article_ids)
                           .where(Alert.recipient == recipient, Alert.kind == kind,
                                  Alert.status.in_(QUEUED_OR_SENT)))
    for statements, articles in rows:
        statement_ids.update(statements or [])
        article_ids.update(articles or [])
    return statement_ids, article_ids


def _story_key(article_id: int, story: str | None) -> str:
    return f"story:{story}" if story else f"article:{article_id}"


def _new_treaty_statements(session: Session):
    """(id, speaker, article language, first seen) of every new peace-treaty statement, in processing order."""
    return session.execute(
        select(Statement.id, Statement.speaker, Article.language, Statement.first_seen)
        .join(Article, Statement.article_id == Article.id)
        .where(Statement.new.is_(True), Statement.peace_treaty.is_(True))
        .order_by(Article.seq, Statement.position)).all()


def select_new(session: Session, recipient: Recipient | str) -> tuple[list[int], list[int]]:
    """(statement ids, article ids) this recipient's digest has not carried yet, through its filters.

    Statements: new ones on the peace treaty (in the recipient's languages, by the speakers it follows).
    Articles (only when the recipient wants news): one per new story — the earliest relevant first appearance
    (not a copy) of a story none of whose articles a digest carried before.
    """
    r = _as_recipient(recipient)
    mailed_statements, mailed_articles = _mailed(session, r.address)
    statement_ids = [sid for sid, speaker, language, _ in _new_treaty_statements(session)
                     if sid not in mailed_statements and r.wants_language(language) and r.wants_speaker(speaker)]
    if not r.news:
        return statement_ids, []

    mailed_stories = {_story_key(aid, story) for aid, story in session.execute(
        select(Article.id, Article.story).where(Article.id.in_(mailed_articles)))} if mailed_articles else set()
    article_ids: list[int] = []
    for aid, story, language in session.execute(
            select(Article.id, Article.story, Article.language)
            .where(Article.relevant.is_(True), Article.duplicate_of_id.is_(None)).order_by(Article.seq, Article.id)):
        key = _story_key(aid, story)
        if key not in mailed_stories and r.wants_language(language):
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


def _insert_or_reuse(session: Session, row: Alert) -> Alert:
    """Commit a new row; when a concurrent run inserted the same (recipient, kind, key) first, use theirs."""
    session.add(row)
    try:
        session.commit()
        return row
    except IntegrityError:
        session.rollback()
        existing = _existing(session, row.recipient, row.kind, row.key)
        if existing is None:
            raise
        return existing


def prepare_digests(session: Session, *, key: str, recipients: Iterable[Recipient | str],
                    now: datetime | None = None) -> list[Alert]:
    """One pending digest row per recipient with something new (or who asked for "nothing new" mails);
    existing rows are reused as is. Recipients without the digest are left out.

    Commits the session (per recipient): the rows must exist before anything is sent.
    """
    now = _as_utc(now)
    rows: list[Alert] = []
    wanted = {}
    for r in map(_as_recipient, recipients):
        if r.digest:
            wanted.setdefault(r.address, r)  # de-duplicated, first entry wins, order kept
    for recipient in wanted.values():
        session.commit()  # start a fresh transaction, so the lock below covers the read that follows
        _lock_selection(session, recipient.address)
        row = _existing(session, recipient.address, DIGEST, key)
        if row is None:
            statement_ids, article_ids = select_new(session, recipient)
            day = digest_day(key, now)
            if statement_ids or article_ids:
                subject = digest_subject(len(statement_ids), len(article_ids), day)
            elif recipient.nothing_new:
                subject = nothing_new_subject(day)
            else:
                session.commit()  # releases the lock
                continue
            row = _insert_or_reuse(session, Alert(
                recipient=recipient.address, kind=DIGEST, key=key, status="pending", attempts=0, created=now,
                subject=subject, statement_ids=statement_ids, article_ids=article_ids))
        session.commit()
        rows.append(row)
    return rows


def prepare_immediate(session: Session, *, recipients: Iterable[Recipient | str], now: datetime | None = None,
                      window: timedelta = IMMEDIATE_WINDOW) -> list[Alert]:
    """One pending row per (recipient, new treaty statement by a speaker it follows at once).

    Keyed on the statement ("statement:<id>"), not on the run: a retry, a rerun, a backfill or another
    run at the same time finds the row and adds none. Only statements first seen within `window` before
    `now` count (what the run has just found); one already carried by a digest of the recipient is skipped.
    Commits the session.
    """
    now = _as_utc(now)
    rows: list[Alert] = []
    followers = {}
    for r in map(_as_recipient, recipients):
        if r.immediate:
            followers.setdefault(r.address, r)
    if not followers:
        return rows
    fresh = [(sid, speaker, language) for sid, speaker, language, seen in _new_treaty_statements(session)
             if seen is not None and _as_utc(seen) >= now - window]
    for recipient in followers.values():
        in_digests, _ = _mailed(session, recipient.address, DIGEST)
        for sid, speaker, language in fresh:
            if sid in in_digests or not recipient.wants_language(language) or not recipient.wants_immediately(speaker):
                continue
            key = f"statement:{sid}"
            row = _existing(session, recipient.address, IMMEDIATE, key)
            if row is None:
                row = _insert_or_reuse(session, Alert(
                    recipient=recipient.address, kind=IMMEDIATE, key=key, status="pending", attempts=0,
                    created=now, subject=immediate_subject(session, sid), statement_ids=[sid], article_ids=[]))
            rows.append(row)
    session.commit()
    return rows


# --- step 2: deliver ------------------------------------------------------------------------------------------

def release_stale(session: Session, *, now: datetime, stale_after: timedelta = STALE_SENDING) -> int:
    """Rows stuck in `sending` (the sender died) go back to pending; returns how many."""
    result = session.execute(
        update(Alert).where(Alert.status == "sending", Alert.claimed < now - stale_after)
        .values(status="pending", claimed=None, error="interrupted while sending; will be retried")
        .execution_options(synchronize_session=False))
    session.commit()
    return result.rowcount or 0


def _claim(session: Session, alert_id: int, now: datetime) -> bool:
    """Compare-and-set pending -> sending, committed before anything is sent: only one run wins."""
    result = session.execute(
        update(Alert).where(Alert.id == alert_id, Alert.status.in_(("pending",)))
        .values(status="sending", claimed=now, attempts=Alert.attempts + 1)
        .execution_options(synchronize_session=False))
    session.commit()
    return result.rowcount == 1


def deliver_pending(session: Session, transport: Transport, settings, *, now: datetime | None = None,
                    stale_after: timedelta = STALE_SENDING) -> DeliveryReport:
    """Send every pending alert row (older failed ones included) through `transport`; commits per row."""
    now = _as_utc(now)
    report = DeliveryReport()
    release_stale(session, now=now, stale_after=stale_after)
    # immediate alerts first: they are the urgent ones
    pending = session.execute(select(Alert.id).where(Alert.status == "pending")
                              .order_by((Alert.kind != IMMEDIATE), Alert.id)).scalars().all()
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
                            .values(status="pending", claimed=None, error=error[:MAX_ERROR_CHARS])
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


# --- preview (nothing recorded, nothing sent) -----------------------------------------------------------------

def preview_digest(session: Session, recipient: Recipient | str, *, key: str, now: datetime | None = None):
    """(subject, plain text, HTML) of the digest `recipient` would get now for `key`; writes nothing."""
    from treatywatch.alerts.digest import render_digest

    now = _as_utc(now)
    r = _as_recipient(recipient)
    statement_ids, article_ids = select_new(session, r)
    day = digest_day(key, now)
    subject = (digest_subject(len(statement_ids), len(article_ids), day) if statement_ids or article_ids
               else nothing_new_subject(day))
    draft = Alert(recipient=r.address, kind=DIGEST, key=key, created=now, subject=subject,
                  statement_ids=statement_ids, article_ids=article_ids)
    text_part, html_part = render_digest(load_digest(session, draft), subject)
    return subject, text_part, html_part
