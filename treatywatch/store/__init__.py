"""The store: SQLAlchemy models, sessions and Alembic migrations (SQLite and PostgreSQL)."""
from treatywatch.store.models import Alert, Article, Base, CrawlRun, HttpCache, LshBand, LshBandRecent, Outlet, Statement
from treatywatch.store.session import make_engine, session_scope, upgrade

__all__ = ["Alert", "Article", "Base", "CrawlRun", "HttpCache", "LshBand", "LshBandRecent", "Outlet", "Statement", "make_engine", "session_scope", "upgrade"]
