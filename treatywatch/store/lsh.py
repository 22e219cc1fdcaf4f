"""The near-duplicate band index in the store: it survives between runs and needs no rebuild at start."""
from __future__ import annotations

from sqlalchemy import Connection, bindparam, func, select
from sqlalchemy.orm import Session

from treatywatch.store.models import LshBand


# built once: a worker asks for every new article, and building the statement cost more than running it
_HITS = (select(LshBand.article_id, func.count(), func.max(LshBand.day))
         .where(LshBand.key.in_(bindparam("keys", expanding=True))).group_by(LshBand.article_id))
_HITS_UP_TO = _HITS.where(LshBand.article_id <= bindparam("up_to"))


class SqlBandIndex:
    def __init__(self, session: Session | Connection):  # a worker passes a plain connection
        self.session = session

    def hits(self, keys: list[int], up_to: int | None = None) -> tuple[dict[int, int], dict[int, int | None]]:
        """How many of these keys each article carries (ids up to `up_to`), and each one's day: what
        `dedup.select_candidates` chooses from, read from the band rows alone."""
        if not keys:
            return {}, {}
        params = {"keys": sorted(set(keys))}
        if up_to is not None:
            params["up_to"] = up_to
        hits, days = {}, {}
        for article_id, count, day in self.session.execute(_HITS if up_to is None else _HITS_UP_TO, params):
            hits[article_id], days[article_id] = count, day
        return hits, days
