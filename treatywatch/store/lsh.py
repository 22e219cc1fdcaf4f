"""The near-duplicate band index in the store: it survives between runs and needs no rebuild at start."""
from __future__ import annotations

from sqlalchemy import Connection, func, insert, select
from sqlalchemy.orm import Session

from treatywatch.dedup import MAX_CANDIDATES
from treatywatch.store.models import LshBand


class SqlBandIndex:
    def __init__(self, session: Session | Connection):  # a worker passes a plain connection
        self.session = session

    def add(self, article_id: int, keys: list[int]) -> None:
        if keys:
            self.session.execute(insert(LshBand), [{"key": k, "article_id": article_id} for k in set(keys)])

    def query(self, keys: list[int], limit: int = MAX_CANDIDATES, up_to: int | None = None) -> list[int]:
        """The articles sharing the most keys, then the earliest; `up_to`: only articles with ids up to it."""
        if not keys:
            return []
        hits = func.count().label("hits")
        query = select(LshBand.article_id, hits).where(LshBand.key.in_(sorted(set(keys))))
        if up_to is not None:
            query = query.where(LshBand.article_id <= up_to)
        rows = self.session.execute(query.group_by(LshBand.article_id).order_by(hits.desc(), LshBand.article_id)
                                    .limit(limit))
        return [article_id for article_id, _ in rows]
