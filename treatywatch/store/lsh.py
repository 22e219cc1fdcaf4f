"""The near-duplicate band index in the store: it survives between runs and needs no rebuild at start."""
from __future__ import annotations

from sqlalchemy import Connection, func, insert, select
from sqlalchemy.orm import Session

from treatywatch.dedup import MAX_CANDIDATES, select_candidates
from treatywatch.store.models import Article, LshBand


class SqlBandIndex:
    def __init__(self, session: Session | Connection):  # a worker passes a plain connection
        self.session = session

    def add(self, article_id: int, keys: list[int]) -> None:
        if keys:
            self.session.execute(insert(LshBand), [{"key": k, "article_id": article_id} for k in set(keys)])

    def query(self, keys: list[int], limit: int = MAX_CANDIDATES, up_to: int | None = None,
              published: str | None = None) -> list[int]:
        """The articles to confirm as copies (`dedup.select_candidates`: the most shared keys first, a few
        sharing only one, nearest to `published`); `up_to`: only articles with ids up to it."""
        hits = self.hits(keys, up_to)
        return select_candidates(hits, self.published_of, published, limit) if hits else []

    def hits(self, keys: list[int], up_to: int | None = None) -> dict[int, int]:
        """How many of these keys each article carries (ids up to `up_to`)."""
        if not keys:
            return {}
        query = select(LshBand.article_id, func.count()).where(LshBand.key.in_(sorted(set(keys))))
        if up_to is not None:
            query = query.where(LshBand.article_id <= up_to)
        return dict(self.session.execute(query.group_by(LshBand.article_id)).all())

    def published_of(self, ids: list[int]) -> dict[int, str | None]:
        return dict(self.session.execute(select(Article.id, Article.published).where(Article.id.in_(ids))).all())
