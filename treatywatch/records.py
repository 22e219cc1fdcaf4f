"""Input records: JSON lines read and their fields checked before any work is spent on them.

A record is a dict in the `treatywatch ingest` shape (url, outlet, language, published, title, text or html).
A bad line or field is reported with where it was read and skipped (`RecordError`), never fatal to the run;
its canonical URL is known before the costly analysis, so records stored already are skipped unanalysed.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

from treatywatch import dedup


class RecordError(ValueError):
    """An input record that cannot be ingested; the message says why."""


def read_jsonl(path: str | Path, errors: list[str]) -> Iterator[dict]:
    """Records of a JSON-lines file; a bad line is reported with its number and skipped."""
    with open(path, encoding="utf-8", errors="replace") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{path}:{number}: not JSON ({exc.msg})")
                continue
            if not isinstance(record, dict):
                errors.append(f"{path}:{number}: not a JSON object")
                continue
            record["_where"] = f"{path}:{number}"
            yield record


def _published(value) -> str | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value).strip()[:32] or None


def published_utc(value) -> datetime | None:
    """A published value (date, datetime with or without zone, year-month) as an aware UTC datetime."""
    if not value:
        return None
    text = str(value).strip().replace("Z", "+00:00")
    for candidate in (text, text[:10], text[:7] + "-01"):
        try:
            when = datetime.fromisoformat(candidate)
        except ValueError:
            continue
        return when.astimezone(timezone.utc) if when.tzinfo else when.replace(tzinfo=timezone.utc)
    return None


def canonical_of(record: dict) -> str | None:
    url = record.get("url")
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        return None
    return dedup.canonical_url(url, record.get("canonical_url"))
