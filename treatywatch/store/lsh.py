"""The near-duplicate band index in the store: it survives between runs and needs no rebuild at start."""
from __future__ import annotations

from functools import lru_cache

from sqlalchemy import Connection, bindparam, func, or_, select
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

from treatywatch.dedup import SINGLE_BAND_DAYS
from treatywatch.store.models import LshBand

# built once: a worker asks for every new article, and building the statement cost more than running it
_HITS = (select(LshBand.article_id, func.count(), func.max(LshBand.day))
         .where(LshBand.key.in_(bindparam("keys", expanding=True))).group_by(LshBand.article_id))
_HITS_UP_TO = _HITS.where(LshBand.article_id <= bindparam("up_to"))
# only what `dedup.select_candidates` can choose around a day: sharing two keys or more, or one and either
# undated or within SINGLE_BAND_DAYS (at a million articles, ~180 rows an article become ~3 in Python)
_HITS_NEAR = _HITS_UP_TO.having(or_(func.count() >= 2, func.max(LshBand.day).is_(None),
                                    func.max(LshBand.day).between(bindparam("low"), bindparam("high"))))


class _DriverQuery:
    """One of the queries above, compiled by SQLAlchemy once per dialect and number of keys, then run on the
    driver's cursor: `Connection.execute` spent some 300 µs of Python per call (cache key, expanding the IN
    list, the result object) on a query the store answers in a fraction of that, once for every new article.
    The SQL and the parameters are SQLAlchemy's own expansion (`construct_expanded_state`); the result rows
    are plain integers either way (SQLAlchemy converts nothing in them)."""

    def __init__(self, dialect: Dialect, query, count: int, scalars: dict):
        compiled = query.compile(dialect=dialect)
        expanded = compiled.construct_expanded_state({"keys": list(range(count)), **scalars})
        self.sql = expanded.statement
        self.positional = compiled.positional
        # each parameter: a key's position in the sorted keys, or the name of a scalar (ours or a literal's)
        names = expanded.positiontup if self.positional else list(expanded.parameters)
        self.slots = [(int(n[len("keys_"):]) - 1, None) if n.startswith("keys_") else (None, n) for n in names]
        self.literals = {n: v for n, v in expanded.parameters.items() if not n.startswith("keys_")}

    def rows(self, dbapi_connection, keys: list[int], scalars: dict) -> list[tuple]:
        values = {**self.literals, **scalars}
        params = [keys[i] if name is None else values[name] for i, name in self.slots]
        if not self.positional:
            params = {(f"keys_{i + 1}" if name is None else name): v for (i, name), v in zip(self.slots, params)}
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(self.sql, params)
            return cursor.fetchall()
        finally:
            cursor.close()


@lru_cache(maxsize=256)
def _driver_query(dialect: Dialect, kind: str, count: int) -> _DriverQuery:
    query, scalars = {"all": (_HITS, {}), "up_to": (_HITS_UP_TO, {"up_to": 0}),
                      "near": (_HITS_NEAR, {"up_to": 0, "low": 0, "high": 0})}[kind]
    return _DriverQuery(dialect, query, count, scalars)


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
        kind, scalars = "all", {}
        if up_to is not None:
            kind, scalars["up_to"] = "up_to", up_to
            if day is not None:
                kind, scalars["low"], scalars["high"] = "near", day - SINGLE_BAND_DAYS, day + SINGLE_BAND_DAYS
        conn = self.session if isinstance(self.session, Connection) else self.session.connection()
        query = _driver_query(conn.dialect, kind, len(keys))
        hits, days = {}, {}
        for article_id, count, band_day in query.rows(conn.connection.dbapi_connection, keys, scalars):
            hits[article_id], days[article_id] = count, band_day
        return hits, days
