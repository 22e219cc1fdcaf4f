"""The near-duplicate band index in the store: it survives between runs and needs no rebuild at start."""
from __future__ import annotations

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from treatywatch.dedup import MAX_CANDIDATES
from treatywatch.store.models import LshBand


class SqlBandIndex:
    def __init__(self, session: Session):
        self.session = session

    def add(self, article_id: int, keys: list[int]) -> None:
        if keys:
            self.session.execute(insert(LshBand), [{"key": k, "article_id": article_id} for k in set(keys)])

    def query(self, keys: list[int], limit: int = MAX_CANDIDATES) -> list[int]:
        if not keys:
            return []
        hits = func.count().label("hits")
        rows = self.session.execute(select(LshBand.article_id, hits).where(LshBand.key.in_(set(keys)))
                                    .group_by(LshBand.article_id).order_by(hits.desc(), LshBand.article_id)
                                    .limit(limit))
        return [article_id for article_id, _ in rows]
