"""The near-duplicate band index in the store: it survives between runs and needs no rebuild at start."""
from __future__ import annotations

import numpy as np
from sqlalchemy import Connection, bindparam, delete, func, or_, select
from sqlalchemy.orm import Session

from treatywatch.dedup import SINGLE_BAND_DAYS
from treatywatch.store.models import LshBand, LshPending
from treatywatch.store.rows import RowInserter
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


_KEY = np.dtype("<i8")
MERGE_SLICE = 50_000  # band rows handed to the driver at a time (Python ints made per slice, not per merge)
NO_DAY = np.iinfo(np.int64).min  # an undated article's day in the sort arrays (stored as NULL)


def pack_keys(keys) -> bytes:
    """An article's band keys as `lsh_pending.keys` holds them."""
    return np.asarray(sorted(keys), dtype=_KEY).tobytes()


def unpack_keys(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype=_KEY)


def merge_pending(conn: Connection) -> int:
    """Move the band rows waiting in `lsh_pending` into `lsh_bands`, in key order, inside the caller's
    transaction; how many band rows were written. In key order, each page of the band index is written once
    for the whole merge, not once per commit that touched it: at a million articles a run's ~500,000 rows
    fall on most of the index's leaves either way."""
    pending = conn.execute(select(LshPending.article_id, LshPending.day, LshPending.keys)).all()
    if not pending:
        return 0
    parts = [unpack_keys(blob) for _aid, _day, blob in pending]
    sizes = [len(p) for p in parts]
    keys = np.concatenate(parts) if parts else np.empty(0, dtype=_KEY)
    ids = np.repeat(np.array([aid for aid, _day, _blob in pending], dtype=np.int64), sizes)
    days = np.repeat(np.array([NO_DAY if day is None else day for _aid, day, _blob in pending], dtype=np.int64),
                     sizes)
    order = np.lexsort((ids, keys))  # by key, then article: the primary key's order
    keys, ids, days = keys[order], ids[order], days[order]
    inserter = RowInserter(conn.dialect, LshBand.__table__, ("key", "article_id", "day"))
    for start in range(0, len(keys), MERGE_SLICE):
        end = start + MERGE_SLICE
        inserter.insert_values(conn, [(k, a, None if d == NO_DAY else d) for k, a, d in
                                      zip(keys[start:end].tolist(), ids[start:end].tolist(),
                                          days[start:end].tolist())])
    conn.execute(delete(LshPending))
    return len(keys)
