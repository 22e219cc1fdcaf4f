"""The near-duplicate band index in the store: it survives between runs and needs no rebuild at start."""
from __future__ import annotations

from sqlalchemy import Connection, bindparam, func, or_, select
from sqlalchemy.orm import Session

from treatywatch.dedup import SINGLE_BAND_DAYS
from treatywatch.store.models import LshBand
from treatywatch.store.selects import driver_select

# built once: a worker asks for every new article (and runs them through the driver, `store.selects`)
_HITS = (select(LshBand.article_id, func.count(), func.max(LshBand.day))
         .where(LshBand.key.in_(bindparam("keys", expanding=True))).group_by(LshBand.article_id))
_HITS_UP_TO = _HITS.where(LshBand.article_id <= bindparam("up_to"))
# only what `dedup.select_candidates` can choose around a day: sharing two keys or more, or one and either
# undated or within SINGLE_BAND_DAYS (at a million articles, ~180 rows an article become ~3 in Python)
_HITS_NEAR = _HITS_UP_TO.having(or_(func.count() >= 2, func.max(LshBand.day).is_(None),
                                    func.max(LshBand.day).between(bindparam("low"), bindparam("high"))))


class SqlBandIndex:
    def __init__(self, session: Session | Connection):  # a worker passes a plain connection
        self.session = session

    def hits(self, keys: list[int], up_to: int | None = None,
             day: int | None = None) -> tuple[dict[int, int], dict[int, int | None]]:
        """How many of these keys each article carries (ids up to `up_to`), and each one's day: what
        `dedup.select_candidates` chooses from, read from the band rows alone. With the new article's `day`
        (and `up_to`), the articles it could not choose are left out."""
        if not keys:
            return {}, {}
        keys = sorted(set(keys))
        query, scalars = _HITS, {}
        if up_to is not None:
            query, scalars["up_to"] = _HITS_UP_TO, up_to
            if day is not None:
                query, scalars["low"], scalars["high"] = _HITS_NEAR, day - SINGLE_BAND_DAYS, day + SINGLE_BAND_DAYS
        conn = self.session if isinstance(self.session, Connection) else self.session.connection()
        select_ = driver_select(conn.dialect, query, "keys", len(keys), tuple(scalars))
        hits, days = {}, {}
        for article_id, count, band_day in select_.rows(conn, keys, scalars):
            hits[article_id], days[article_id] = count, band_day
        return hits, days
