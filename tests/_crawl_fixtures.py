"""Fixtures for the crawler tests: one mock outlet web per test session, fresh SQLite stores, registries."""
from __future__ import annotations

import socket
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
import yaml

from treatywatch.config import load_settings
from treatywatch.mockweb.server import MockWeb
from treatywatch.store import upgrade

DAY = date(2025, 11, 20)  # the day the mock feeds are dated: the data interval of the crawls below
SINCE = datetime(DAY.year, DAY.month, DAY.day, tzinfo=timezone.utc)
UNTIL = SINCE + timedelta(days=1)


@pytest.fixture(scope="session")
def mockweb():
    with MockWeb(day=DAY) as web:
        yield web


@pytest.fixture
def crawl_settings(tmp_path, mockweb):
    """Settings for crawling the bundled registry against the mock web, with a fresh migrated SQLite store."""
    settings = load_settings(data_dir=tmp_path / "data", database_url=f"sqlite:///{tmp_path / 'tw.db'}",
                             outlets_base_url=mockweb.base_url)
    upgrade(settings.db_url)
    return settings


def dead_port() -> int:
    """A local port nothing listens on (bound, then released): connecting is refused."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fault_registry(path: Path, web: MockWeb) -> Path:
    """A registry with explicit URLs: one working outlet (TASS on the mock web) and four broken ones."""
    outlets = [
        {"name": "tass", "language": "en", "feeds": [web.url("https://tass.com/rss/v2.xml")],
         "article_pattern": r"tass\.com/[a-z-]+/\d+$", "selectors": {"body": ".text-content p"}},
        {"name": "forbidden", "language": "en", "feeds": [web.url("https://forbidden.example/rss.xml")]},
        {"name": "broken", "language": "en", "feeds": [web.url("https://broken.example/rss.xml")]},
        {"name": "slow", "language": "en", "feeds": [web.url("https://slow.example/rss.xml")], "download_timeout": 1},
        {"name": "deadhost", "language": "en", "feeds": [f"http://127.0.0.1:{dead_port()}/feed.xml"]},
    ]
    path.write_text(yaml.safe_dump({"outlets": outlets}), encoding="utf-8")
    return path
