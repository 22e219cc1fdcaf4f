"""Engines, sessions and schema upgrades (Alembic), the same on SQLite and PostgreSQL."""
from __future__ import annotations

from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def normalize_url(url: str) -> str:
    """SQLAlchemy 2.1 reads bare postgresql:// as psycopg 3; we ship psycopg2, so name the driver."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg2://" + url.split("://", 1)[1]
    return url


def create_store_engine(url: str) -> Engine:
    url = normalize_url(url)
    if url.startswith("sqlite"):
        path = url.split(":///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 60})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # WAL: readers never block the writer; FKs on
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            # 64 MiB of pages instead of 2: a large store's index pages stay in the process between statements
            cur.execute("PRAGMA cache_size=-65536")
            # a band-index merge (store/lsh.py) passes most of that index through the WAL: hand the space back
            # once it is checkpointed instead of keeping a WAL file as large as the index beside the store
            cur.execute("PRAGMA journal_size_limit=67108864")
            cur.close()

        @event.listens_for(engine, "checkin")
        def _temp_on_disk(dbapi_conn, record):  # see `temp_in_memory`
            if dbapi_conn is not None and record.info.pop(_TEMP_IN_MEMORY, False):
                try:
                    dbapi_conn.execute("PRAGMA temp_store=DEFAULT")
                except Exception:  # noqa: BLE001 - a connection that cannot take it back is not used again
                    record.invalidate()
        return engine
    return create_engine(url, pool_pre_ping=True)


_TEMP_IN_MEMORY = "treatywatch.temp_in_memory"


def temp_in_memory(conn) -> None:
    """SQLite: this connection's temporary files in memory until it goes back to the pool (then on disk again,
    the default: a large sort or index build must not fill the memory). For the ingest's batches, whose savepoints
    keep the first change of each page in a sub-journal, a temporary file by default: 360,000 page writes (system
    calls) per 10,000 articles, 0.7 s of the storing process's 16 s of CPU; a piece of a chunk changes a few
    thousand pages at most. Outside a transaction: SQLite decides where a transaction's sub-journals go as it
    begins."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("PRAGMA temp_store=MEMORY")
        conn.info[_TEMP_IN_MEMORY] = True


# one engine per store and process (a pool worker forked from it makes its own: `create_store_engine`)
make_engine = lru_cache(maxsize=16)(create_store_engine)


@contextmanager
def session_scope(url: str):
    """A session that commits on success and rolls back on any error."""
    session = sessionmaker(make_engine(url), expire_on_commit=False)()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def alembic_config(url: str):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", normalize_url(url).replace("%", "%%"))
    return cfg


def upgrade(url: str, revision: str = "head") -> None:
    """Create or upgrade the schema to `revision` (idempotent)."""
    from alembic import command

    make_engine(url)  # creates the SQLite parent folder
    command.upgrade(alembic_config(url), revision)


def current_revision(url: str) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with make_engine(url).connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def new_session(url: str) -> Session:
    return sessionmaker(make_engine(url), expire_on_commit=False)()


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
