"""The near-duplicate band index in the store: it survives between runs and needs no rebuild at start.

Two tables hold it: `lsh_bands`, the big one, and `lsh_bands_recent`, which takes the ingest's writes and is
merged into the big one in key order once it holds more than `recent_limit` rows (`merge_recent`, at the end
of an ingest). A band key is a hash, so each row written straight into the big index landed in a random leaf:
at a million articles a run of 10,000 dirtied most of its pages again at every commit. The merge writes each
page once for many runs (measured in benchmarks/dedup_scale.py). Lookups read both tables; an article's rows
are always all in one of them.
"""
from __future__ import annotations

from sqlalchemy import Connection, Engine, bindparam, delete, func, insert, or_, select, union_all
from sqlalchemy.orm import Session

from treatywatch.dedup import SINGLE_BAND_DAYS
from treatywatch.store.models import Article, LshBand, LshBandRecent
from treatywatch.store.selects import driver_select

TABLES = (LshBand, LshBandRecent)
MIN_RECENT_ROWS = 500_000  # about 14,000 articles' rows
RECENT_ROWS_PER_ARTICLE = 2  # …or twice as many rows as the store has articles: a merge passes over the big
# index (and costs more the more rows it moves), so merging after a number of rows that grows with the index
# keeps its cost per row low at any size (at 1M: 7.2 s for 350,000 rows, 13.8-15.6 s for 2,000,000)


def _hits(up_to: bool = False, near: bool = False):
    """Per article: the keys it shares among `keys`, and its day, from both tables (ids up to `up_to`; with
    `near`, only what `dedup.select_candidates` can choose around a day: sharing two keys or more, or one and
    either undated or within SINGLE_BAND_DAYS — at a million articles, ~180 rows an article become ~3)."""
    branches = []
    for table in TABLES:
        branch = select(table.article_id, table.day).where(table.key.in_(bindparam("keys", expanding=True)))
        branches.append(branch.where(table.article_id <= bindparam("up_to")) if up_to else branch)
    rows = union_all(*branches).subquery()
    query = select(rows.c.article_id, func.count(), func.max(rows.c.day)).group_by(rows.c.article_id)
    if near:
        query = query.having(or_(func.count() >= 2, func.max(rows.c.day).is_(None),
                                 func.max(rows.c.day).between(bindparam("low"), bindparam("high"))))
    return query


# built once: a worker asks for every new article (and runs them through the driver, `store.selects`)
_HITS, _HITS_UP_TO, _HITS_NEAR = _hits(), _hits(up_to=True), _hits(up_to=True, near=True)


def recent_limit(articles: int) -> int:
    """How many rows `lsh_bands_recent` may hold in a store of `articles` before it is merged."""
    return max(MIN_RECENT_ROWS, RECENT_ROWS_PER_ARTICLE * articles)


def merge_recent(conn: Connection, force: bool = False) -> int:
    """Move the recent band rows into `lsh_bands`, in key order, when they are more than `recent_limit` (or
    `force`); how many were moved. In the caller's transaction: a killed merge leaves both tables as they were."""
    recent = conn.scalar(select(func.count()).select_from(LshBandRecent)) or 0
    if not recent or (not force and recent <= recent_limit(conn.scalar(select(func.max(Article.id))) or 0)):
        return 0
    columns = [LshBandRecent.key, LshBandRecent.article_id, LshBandRecent.day]
    # SQLite: an INSERT that may fail half-way keeps the first state of every page it changes in a statement
    # journal, to undo itself alone: most of the big index's leaves, a temporary file as large. OR ROLLBACK
    # undoes the whole transaction instead (a merge is all or nothing anyway), so no journal is kept.
    moving = insert(LshBand).prefix_with("OR ROLLBACK", dialect="sqlite")
    conn.execute(moving.from_select(["key", "article_id", "day"],
                                    select(*columns).order_by(LshBandRecent.key, LshBandRecent.article_id)))
    conn.execute(delete(LshBandRecent))
    return recent


def merge(engine: Engine, force: bool = False) -> int:
    """`merge_recent` in a transaction of its own, committed: what an ingest runs after its last commit.
    On SQLite the moved rows' foreign keys are not checked again (each was checked when it was written to
    `lsh_bands_recent`): the check looked up every row's article (two million at a million articles) and made
    the INSERT one that may fail half-way, with a statement journal (see `merge_recent`). Measured on the
    100,000-article store with 500,000 recent rows: 1.7-1.9 s, now 0.6 s."""
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:  # before the transaction begins: SQLite ignores the setting inside one
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        try:
            moved = merge_recent(conn, force)
            conn.commit()
        finally:
            if sqlite:  # the pooled connection checks foreign keys again (after an error: once it is rolled back)
                conn.rollback()
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
    return moved


# A band lookup wants a handful of rows. While a run fills lsh_bands_recent, its statistics are those of the empty
# table the last merge left (or none): PostgreSQL then reckons a quarter of the table per 50-key lookup and, once
# the table passes min_parallel_table_scan_size, plans a parallel scan whose workers' start-up costs several times
# the lookup (after a 10,000-article run into the 1M store: 6.7 ms a lookup, 1.1 ms planned serially).
SERIAL_PLANS = "max_parallel_workers_per_gather = 0"  # for SET, or SET LOCAL in a transaction


def plan_serially(dbapi_connection, _record=None) -> None:
    """A "connect" listener for the engines whose connections look up band rows (PostgreSQL only)."""
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"SET {SERIAL_PLANS}")
    finally:
        cursor.close()
    dbapi_connection.commit()  # the driver opened a transaction for it: rolled back, the setting would be too


def vacuum_bands(engine: Engine) -> None:
    """After a merge, on PostgreSQL: VACUUM (ANALYZE) both band tables, outside any transaction. The moved rows'
    heap pages are then marked all-visible, so lookups answer from the covering key alone (migration 0010)
    instead of reading each row's heap page; autovacuum would wait for 20 % of the table to be new rows. The
    recent table's deleted rows are reclaimed at once too. Nothing to do on SQLite (the rows are the index)."""
    if engine.dialect.name != "postgresql":
        return
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        for table in TABLES:
            conn.exec_driver_sql(f"VACUUM (ANALYZE) {table.__tablename__}")


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
