"""Test environment: isolated Airflow home and treatywatch settings; SQLite and PostgreSQL stores."""
from __future__ import annotations

import os
import tempfile
import uuid
from pathlib import Path

# Before anything imports airflow: its home, config and metadata DB live in a temp dir of this session.
_AIRFLOW_HOME = tempfile.mkdtemp(prefix="tw-airflow-")
os.environ["AIRFLOW_HOME"] = _AIRFLOW_HOME
os.environ["AIRFLOW__CORE__LOAD_EXAMPLES"] = "False"
os.environ["AIRFLOW__CORE__UNIT_TEST_MODE"] = "False"
os.environ["AIRFLOW__CORE__DAGS_FOLDER"] = str(Path(__file__).resolve().parents[1] / "dags")
os.environ["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"] = f"sqlite:///{_AIRFLOW_HOME}/airflow.db"
for _name in [k for k in os.environ if k.startswith("TREATYWATCH_") or k.startswith("AIRFLOW_CONN_")]:
    del os.environ[_name]
os.environ["TREATYWATCH_DATA_DIR"] = tempfile.mkdtemp(prefix="tw-data-")

import pytest  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
PG_ADMIN_URL = os.environ.get("TREATYWATCH_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


def shared_file(*parts: str) -> Path:
    """A file of ../shared (third-party evaluation data, read at run time); skip the test when absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not available")
    return path


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    from treatywatch.store import upgrade

    url = f"sqlite:///{tmp_path / 'store.db'}"
    upgrade(url)
    return url


def _pg_admin():
    import psycopg2

    conn = psycopg2.connect(PG_ADMIN_URL.replace("postgresql://", "postgres://"), connect_timeout=3)
    conn.autocommit = True
    return conn


@pytest.fixture(scope="session")
def pg_server():
    """A fresh PostgreSQL database for this test session, dropped at the end; skipped if no server."""
    try:
        admin = _pg_admin()
    except Exception as exc:  # noqa: BLE001
        pytest.skip(f"PostgreSQL not reachable at {PG_ADMIN_URL}: {exc}")
    name = f"tw_test_{uuid.uuid4().hex[:10]}"
    with admin.cursor() as cur:
        cur.execute(f'CREATE DATABASE "{name}"')
    base = PG_ADMIN_URL.rsplit("/", 1)[0]
    yield f"{base}/{name}"
    from treatywatch.store.session import make_engine

    make_engine.cache_clear()
    with admin.cursor() as cur:
        cur.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.close()


@pytest.fixture
def pg_url(pg_server) -> str:
    """An empty, migrated schema in the session's PostgreSQL database (tables truncated per test)."""
    from sqlalchemy import text

    from treatywatch.store import upgrade
    from treatywatch.store.session import make_engine

    upgrade(pg_server)
    with make_engine(pg_server).begin() as conn:
        conn.execute(text("TRUNCATE alerts, statements, articles, crawl_runs, outlets RESTART IDENTITY CASCADE"))
    return pg_server


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request) -> str:
    """The same test on the embedded default and on the production database."""
    return request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "pg_url")
