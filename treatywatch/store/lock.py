"""One writer at a time per store: the pipeline keeps in-memory indexes (copies, novelty) that must see every
earlier article, so two ingests must not interleave. PostgreSQL: a session advisory lock; SQLite: a file lock."""
from __future__ import annotations

import fcntl
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import text

from treatywatch.store.session import make_engine

_LOCK_KEY = 0x7472_6561_7479  # "treaty": one fixed key for the ingest lock


@contextmanager
def ingest_lock(db_url: str):
    engine = make_engine(db_url)
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": _LOCK_KEY})
            conn.commit()
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _LOCK_KEY})
                conn.commit()
        return
    db_path = engine.url.database
    if not db_path or db_path == ":memory:":
        yield
        return
    lock_path = Path(db_path).with_name(Path(db_path).name + ".lock")
    with open(lock_path, "a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)
