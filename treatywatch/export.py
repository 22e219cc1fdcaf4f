"""Exports in the CLI contract's shapes (the evaluation harness and users' scripts rely on them)."""
from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.orm import aliased

from treatywatch.store.models import Article, Statement
from treatywatch.store.session import new_session


def export_articles(db_url: str) -> Iterator[dict]:
    """`{"url","relevant","duplicate_of","story"}` per stored article, in processing order; URLs as given."""
    first = aliased(Article)
    session = new_session(db_url)
    try:
        rows = session.execute(select(Article.url, Article.source_url, Article.relevant, first.source_url, first.url,
                                      Article.story)
                               .outerjoin(first, Article.duplicate_of_id == first.id).order_by(Article.seq))
        for url, source_url, relevant, dup_source, dup_url, story in rows:
            yield {"url": source_url or url, "relevant": bool(relevant), "duplicate_of": dup_source or dup_url,
                   "story": story}
    finally:
        session.close()


def export_statements(db_url: str) -> Iterator[dict]:
    """`{"article_url","speaker","quote","direct","peace_treaty","new"}` per statement, in processing order."""
    session = new_session(db_url)
    try:
        rows = session.execute(select(Article.source_url, Article.url, Statement.speaker, Statement.quote,
                                      Statement.direct, Statement.peace_treaty, Statement.new)
                               .join(Article, Statement.article_id == Article.id)
                               .order_by(Article.seq, Statement.position))
        for source_url, url, speaker, quote, direct, treaty, new in rows:
            yield {"article_url": source_url or url, "speaker": speaker, "quote": quote, "direct": bool(direct),
                   "peace_treaty": bool(treaty), "new": bool(new)}
    finally:
        session.close()
