"""Tables. Every write is an upsert keyed on something stable, so reruns change nothing."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import (JSON, BigInteger, Boolean, DateTime, Float, ForeignKey, Index, Integer, LargeBinary,
                        PrimaryKeyConstraint, String, Text, UniqueConstraint, text)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Outlet(Base):
    __tablename__ = "outlets"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    language: Mapped[str | None] = mapped_column(String(8))
    config: Mapped[dict | None] = mapped_column(JSON)


class CrawlRun(Base):
    """One outlet's crawl for one data interval: keyed on (outlet, run_key) so a retry updates its own row."""
    __tablename__ = "crawl_runs"
    __table_args__ = (UniqueConstraint("outlet", "run_key", name="uq_crawl_runs_outlet_run"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    outlet: Mapped[str] = mapped_column(String(100), index=True)
    run_key: Mapped[str] = mapped_column(String(200))
    started: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    finished: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    pages: Mapped[int] = mapped_column(Integer, default=0)
    items: Mapped[int] = mapped_column(Integer, default=0)
    new_articles: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(20), default="running")  # ok | failed | partial | running
    message: Mapped[str | None] = mapped_column(Text)
    stats: Mapped[dict | None] = mapped_column(JSON)


class Article(Base):
    __tablename__ = "articles"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str] = mapped_column(Text, unique=True)  # canonical URL
    source_url: Mapped[str | None] = mapped_column(Text)  # as fetched / as given
    outlet: Mapped[str | None] = mapped_column(String(200), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(32), index=True)  # ISO date, datetime or year-month
    fetched: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    language: Mapped[str | None] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(Text, default="")
    raw_html: Mapped[bytes | None] = mapped_column(LargeBinary)  # zlib-compressed page, for re-extraction
    raw_path: Mapped[str | None] = mapped_column(Text)  # or a pointer to the page kept as a file
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    duplicate_of_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id"), index=True)
    duplicate_similarity: Mapped[float | None] = mapped_column(Float)
    story: Mapped[str | None] = mapped_column(String(64), index=True)
    concepts: Mapped[list | None] = mapped_column(JSON)  # people, places, events named: for story matching
    relevant: Mapped[bool] = mapped_column(Boolean, default=False)
    relevance_score: Mapped[float | None] = mapped_column(Float)
    seq: Mapped[int] = mapped_column(Integer, index=True)  # processing order

    duplicate_of: Mapped[Article | None] = relationship(remote_side=[id])
    statements: Mapped[list[Statement]] = relationship(back_populates="article", order_by="Statement.position",
                                                       foreign_keys="Statement.article_id")


class _BandRow:
    """One row per (band key, first-appearance article). A band key hashes the language, the band number and
    its values."""

    @declared_attr.directive
    def __table_args__(cls):
        # SQLite: the rows live in the primary key's b-tree (no rowid), day included. PostgreSQL: day is
        # carried in the key's index (INCLUDE), so a lookup is an index-only scan (migration 0010)
        return (PrimaryKeyConstraint("key", "article_id", postgresql_include=["day"]), {"sqlite_with_rowid": False})

    key: Mapped[int] = mapped_column(BigInteger, autoincrement=False)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), autoincrement=False)
    # the article's day (`dedup.day_number` of published): candidates sharing one band are ranked by date, and
    # at a million articles reading ~200 dates from the articles table per new article was the growing cost
    day: Mapped[int | None] = mapped_column(Integer)


class LshBand(_BandRow, Base):
    """The near-duplicate index, kept in the store so it survives between runs at any size. New rows go to
    `lsh_bands_recent` first and are moved here in key order now and then (`store.lsh.merge_recent`)."""
    __tablename__ = "lsh_bands"


class LshBandRecent(_BandRow, Base):
    """The band rows of the latest articles: a small index that takes the ingest's writes. Written straight
    into the big one, each row lands in a random leaf of it (a band key is a hash): at a million articles a run
    rewrote most of that index's pages. An article's rows are always in one of the two tables, never split."""
    __tablename__ = "lsh_bands_recent"


class Statement(Base):
    __tablename__ = "statements"
    __table_args__ = (UniqueConstraint("article_id", "position", name="uq_statements_article_pos"),
                      Index("ix_statements_speaker_new", "speaker", "new"),
                      Index("ix_statements_speaker_id", "speaker", "id"),
                      Index("ix_statements_speaker_article", "speaker", "article_id"),
                      Index("ix_statements_speaker_stance", "speaker", "id", sqlite_where=text("stance IS NOT NULL"),
                            postgresql_where=text("stance IS NOT NULL")))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)  # order within the article
    speaker: Mapped[str] = mapped_column(String(200))
    speaker_as_written: Mapped[str | None] = mapped_column(String(200))
    quote: Mapped[str] = mapped_column(Text)
    direct: Mapped[bool] = mapped_column(Boolean, default=False)
    peace_treaty: Mapped[bool] = mapped_column(Boolean, default=False)
    topics: Mapped[list | None] = mapped_column(JSON)
    new: Mapped[bool] = mapped_column(Boolean, default=False)
    first_report_id: Mapped[int | None] = mapped_column(ForeignKey("statements.id"))  # for repeats: the first report
    similarity: Mapped[float | None] = mapped_column(Float)  # to the nearest earlier statement
    first_seen: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    rule: Mapped[str | None] = mapped_column(String(60))  # which extraction rule fired
    stance: Mapped[str | None] = mapped_column(String(40))  # the speaker's position, for shift detection
    shift: Mapped[bool] = mapped_column(Boolean, default=False)  # differs from the speaker's previous stance
    evidence: Mapped[dict | None] = mapped_column(JSON)  # why new/seen, speaker resolution, topic: for `explain`

    article: Mapped[Article] = relationship(back_populates="statements", foreign_keys=[article_id])
    first_report: Mapped[Statement | None] = relationship(remote_side=[id])


class Alert(Base):
    """The outbox: one row per (recipient, kind, key). A row that is sent is never sent again."""
    __tablename__ = "alerts"
    __table_args__ = (UniqueConstraint("recipient", "kind", "key", name="uq_alerts_recipient_kind_key"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    recipient: Mapped[str] = mapped_column(String(320))
    kind: Mapped[str] = mapped_column(String(40))  # digest | immediate
    key: Mapped[str] = mapped_column(String(200))  # data interval or batch key
    status: Mapped[str] = mapped_column(String(20), default="pending")  # pending | sent | failed
    subject: Mapped[str | None] = mapped_column(Text)
    statement_ids: Mapped[list | None] = mapped_column(JSON)
    article_ids: Mapped[list | None] = mapped_column(JSON)
    message_id: Mapped[str | None] = mapped_column(String(300))
    created: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    sent: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text)
    path: Mapped[str | None] = mapped_column(Text)  # .eml file when written to the outbox folder
    claimed: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))  # when a sender took the row


class HttpCache(Base):
    """Validators of feeds and sitemaps already fetched, for conditional GET (ETag / Last-Modified)."""
    __tablename__ = "http_cache"
    url: Mapped[str] = mapped_column(Text, primary_key=True)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    fetched: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
