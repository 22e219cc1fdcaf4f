"""Re-run the extractor on the raw pages the store kept (`treatywatch reextract`).

For each article with a raw page (Article.raw_html, zlib-compressed, or Article.raw_path), the page is
extracted again with the outlet's current selectors; title, text and published are updated where the
new extraction gives a non-empty, different value. What is deliberately *not* recomputed: duplicate
links, stories, content hashes, LSH bands, relevance and statements. They were decided on the text as
first stored, and rewriting them here would silently move duplicate links and statement novelty under
already-mailed alerts; an article whose text changed is counted so a reprocess can be planned.
"""
from __future__ import annotations

import zlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import or_, select

from treatywatch.store.models import Article
from treatywatch.store.session import session_scope


@dataclass
class ReextractSummary:
    scanned: int = 0
    updated: int = 0
    text_changed: int = 0
    failed: int = 0     # the raw page is unreadable or gives no text now (the stored fields are kept)

    def line(self) -> str:
        return (f"{self.scanned} raw pages re-extracted: {self.updated} articles updated "
                f"({self.text_changed} with a new text), {self.failed} kept as they were (no text now)")


def _raw_page(article: Article) -> bytes | None:
    if article.raw_html:
        try:
            return zlib.decompress(article.raw_html)
        except zlib.error:
            return None
    if article.raw_path:
        try:
            data = Path(article.raw_path).read_bytes()
        except OSError:
            return None
        try:
            return zlib.decompress(data)
        except zlib.error:
            return data
    return None


def reextract(db_url: str, *, outlet: str | None = None, outlets_file=None, batch: int = 200) -> ReextractSummary:
    """Re-extract stored raw pages (of one outlet, or all); see the module docstring for what changes."""
    from treatywatch.extract_html import extract_article
    from treatywatch.outlets import load_outlets

    selectors = {o.name: (o.selectors.as_dict() if o.selectors else None) for o in load_outlets(outlets_file)}
    summary = ReextractSummary()
    last_id = 0
    while True:
        with session_scope(db_url) as session:
            query = (select(Article).where(Article.id > last_id,
                                           or_(Article.raw_html.is_not(None), Article.raw_path.is_not(None)))
                     .order_by(Article.id).limit(batch))
            if outlet:
                query = query.where(Article.outlet == outlet)
            rows = session.execute(query).scalars().all()
            if not rows:
                return summary
            for article in rows:
                last_id = article.id
                summary.scanned += 1
                page = _raw_page(article)
                fields = extract_article(page, article.source_url or article.url, selectors.get(article.outlet or ""),
                                         date_hint=article.published) if page else None
                if not fields or not fields.get("text"):
                    summary.failed += 1
                    continue
                changed = False
                for name in ("title", "text", "published"):
                    value = fields.get(name)
                    if value and value != getattr(article, name):
                        setattr(article, name, value)
                        changed = True
                        summary.text_changed += name == "text"
                summary.updated += changed
