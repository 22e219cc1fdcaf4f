"""The single processing entry point: the DAG's ingest task, `treatywatch ingest` and `treatywatch crawl` call it.

Per article, in input order: canonical URL → skip if stored → clean body → exact hash / near-copy → story →
relevance → store → statements (extract, speaker, topic) → novelty → store statements.
Each article and its statements are written together (a savepoint; on PostgreSQL a batch of articles is one
transaction, on SQLite pysqlite commits each savepoint on its own), so a killed run leaves whole articles only,
and a rerun picks up the rest.
"""
from __future__ import annotations

import hashlib
import json
import logging
import multiprocessing
import os
import re
import signal
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from treatywatch import dedup, relevance
from treatywatch.statements import extract_statements
from treatywatch.stories import LEXICAL_OVERLAP, WINDOW_DAYS, best_story
from treatywatch.stories import MAX_CANDIDATES as MAX_STORY_CANDIDATES
from treatywatch.stories import concepts_of as story_concepts
from treatywatch.stories import day_of as story_day
from treatywatch.stories import window as story_window
from treatywatch.statements.novelty import NoveltyIndex
from treatywatch.statements.stance import classify, is_shift, latest_stance
from treatywatch.store.lock import ingest_lock
from treatywatch.store.lsh import SqlBandIndex
from treatywatch.store.models import Article, Statement
from treatywatch.store.session import new_session
from treatywatch.text import clean_body, guess_language

log = logging.getLogger(__name__)

BATCH_SIZE = 200


class RecordError(ValueError):
    """An input record that cannot be ingested; the message says why."""


@dataclass
class IngestSummary:
    read: int = 0
    stored: int = 0
    already_stored: int = 0
    copies: int = 0
    relevant: int = 0
    statements: int = 0
    treaty_statements: int = 0
    new_statements: int = 0
    errors: list[str] = field(default_factory=list)
    article_ids: list[int] = field(default_factory=list)

    def merge(self, other: IngestSummary) -> None:
        for name in ("read", "stored", "already_stored", "copies", "relevant", "statements",
                     "treaty_statements", "new_statements"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors += other.errors
        self.article_ids += other.article_ids

    def line(self) -> str:
        return (f"read {self.read}, stored {self.stored} (already stored {self.already_stored}), "
                f"copies {self.copies}, relevant {self.relevant}, statements {self.statements} "
                f"(treaty {self.treaty_statements}, new {self.new_statements}), errors {len(self.errors)}")


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


def _day(published: str | None) -> int | None:
    """Days since epoch of a published value, when it has a full date."""
    try:
        return datetime.fromisoformat(published[:10]).toordinal() if published and len(published) >= 10 else None
    except ValueError:
        return None


@dataclass
class Analysis:
    """What can be worked out of one record alone, without the store: done in parallel when there are many."""
    url: str
    canonical: str
    outlet: str
    title: str | None
    published: str | None
    language: str
    text: str
    html: str | None
    body: str
    fingerprint: dedup.Fingerprint
    relevant: bool
    relevance_score: float
    concepts: list[str]
    statements: list


def analyze(record: dict) -> Analysis:
    """Validate, extract (for HTML), clean, fingerprint, judge relevance, find statements. Raises RecordError."""
    url = record.get("url")
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        raise RecordError("missing or bad 'url'")
    text, title, published = record.get("text"), record.get("title"), _published(record.get("published"))
    language, declared_canonical = record.get("language"), record.get("canonical_url")
    html = record.get("html")
    if title is not None and not isinstance(title, str):
        raise RecordError("'title' must be a string or null")
    if not isinstance(text, str) or not text.strip():
        if not isinstance(html, str) or not html.strip():
            raise RecordError("no 'text' nor 'html'")
        from treatywatch.extract_html import extract_article

        extracted = extract_article(html, url)
        text = extracted.get("text") or ""
        title = title or extracted.get("title")
        published = published or _published(extracted.get("published"))
        language = language or extracted.get("language")
        declared_canonical = declared_canonical or extracted.get("canonical_url")
        if not text.strip():
            raise RecordError("no article text could be extracted from 'html'")
    if record.get("outlet") is not None and not isinstance(record.get("outlet"), str):
        raise RecordError("'outlet' must be a string")
    body = clean_body(text)
    language = guess_language(body, language if isinstance(language, str) else None)
    relevant = relevance.is_relevant(title, body, language)
    return Analysis(url=url, canonical=dedup.canonical_url(url, declared_canonical),
                    outlet=record.get("outlet") or dedup.site_of(url), title=title, published=published,
                    language=language, text=text, html=html if isinstance(html, str) else None, body=body,
                    fingerprint=dedup.fingerprint(body, language), relevant=relevant,
                    relevance_score=relevance.relevance_score(title, body, language),
                    concepts=story_concepts(title, body) if relevant else [],
                    statements=extract_statements(body, language=language, published=published, title=title))


def _analyze_safely(record: dict):
    """Pool worker: an analysis, or the error to report (exceptions cross process boundaries as text)."""
    try:
        return analyze(record)
    except RecordError as exc:
        return RecordError(str(exc))
    except Exception as exc:  # noqa: BLE001 - reported with the record's line, the run goes on
        log.exception("analysis failed")
        return RuntimeError(f"internal error: {type(exc).__name__}: {exc}")


class Pipeline:
    """One ingest's working state. Copies and stories are looked up in the store (the band index lives
    there), so start-up costs nothing at any store size; only the novelty index is held in memory."""

    def __init__(self, session: Session):
        self.session = session
        self.bands = SqlBandIndex(session)
        self.novelty = NoveltyIndex(loader=self._stored_statements)  # a speaker's statements, when first met
        self.seq = (session.scalar(select(func.max(Article.seq))) or 0)

    def _stored_statements(self, speaker: str | None, limit: int) -> list[tuple]:
        """A speaker's latest stored statements, oldest first (an indexed lookup on statements.speaker)."""
        query = (select(Statement.id, Statement.speaker, Statement.quote, Article.language, Article.published,
                        Statement.article_id, Statement.peace_treaty).join(Article, Statement.article_id == Article.id)
                 .order_by(Statement.id.desc()).limit(limit))
        if speaker is not None:
            query = query.where(Statement.speaker == speaker[:200])
        return list(reversed(self.session.execute(query).all()))

    def _first_with_hash(self, chash: str) -> int | None:
        return self.session.scalar(select(Article.id).where(Article.content_hash == chash,
                                                            Article.duplicate_of_id.is_(None))
                                   .order_by(Article.id).limit(1))

    def process(self, record: dict, summary: IngestSummary, now: datetime) -> Article | None:
        """Analyse and store one record (the sequential path; `ingest_records` may analyse in a pool)."""
        if self.is_stored(record):
            summary.already_stored += 1
            return None
        return self.store(analyze(record), summary, now)

    def is_stored(self, record: dict) -> bool:
        """Already stored under its canonical URL (checked before the costly analysis; rechecked after it,
        since an HTML page may declare another canonical URL)."""
        url = record.get("url")
        if not isinstance(url, str) or not url.startswith(("http://", "https://")):
            return False
        canonical = dedup.canonical_url(url, record.get("canonical_url"))
        return self.session.scalar(select(Article.id).where(Article.url == canonical)) is not None

    def store(self, a: Analysis, summary: IngestSummary, now: datetime) -> Article | None:
        if self.session.scalar(select(Article.id).where(Article.url == a.canonical)) is not None:
            summary.already_stored += 1
            return None
        url, canonical, outlet, title, published = a.url, a.canonical, a.outlet, a.title, a.published
        language, text, html, body, fp = a.language, a.text, a.html, a.body, a.fingerprint

        duplicate_of = self._first_with_hash(fp.content_hash)
        similarity = 1.0 if duplicate_of is not None else None
        candidates, stories = [], {}
        if duplicate_of is None and fp.band_keys:
            ids = self.bands.query(fp.band_keys)
            rows = self.session.execute(select(Article.id, Article.text, Article.outlet, Article.story,
                                               Article.published).where(Article.id.in_(ids))).all() if ids else []
            stories = {aid: (story, _day(pub)) for aid, _t, _o, story, pub in rows}
            candidates = dedup.compare(fp, outlet, [(aid, clean_body(t), o or "") for aid, t, o, _s, _p in rows])
            copy = dedup.first_copy(candidates)
            if copy is not None:
                duplicate_of, similarity = copy.article_id, copy.containment
        relevant, concepts = a.relevant, a.concepts
        story = self._story(duplicate_of, candidates, stories, published, concepts)

        self.seq += 1
        article = Article(url=canonical, source_url=url, outlet=outlet, title=title, published=published,
                          fetched=now, language=language, text=text,
                          raw_html=zlib.compress(html.encode("utf-8")) if isinstance(html, str) else None,
                          content_hash=fp.content_hash, duplicate_of_id=duplicate_of,
                          duplicate_similarity=similarity, story=story, concepts=concepts or None, relevant=relevant,
                          relevance_score=a.relevance_score, seq=self.seq)
        self.session.add(article)
        self.session.flush()
        if article.story is None:
            article.story = hashlib.sha1(canonical.encode()).hexdigest()[:16]
        if duplicate_of is None:
            self.bands.add(article.id, fp.band_keys)
        else:
            summary.copies += 1
        summary.stored += 1
        summary.relevant += int(article.relevant)
        summary.article_ids.append(article.id)
        self._statements(article, body, language, published, title, now, summary, a.statements)
        return article

    def _story(self, duplicate_of: int | None, candidates, stories, published: str | None,
               concepts: list[str]) -> str | None:
        """A copy joins its original's story; else an article sharing wire text, else one telling the same event
        (people, places, kind of event) within a few days; else None (a story of its own)."""
        if duplicate_of is not None:
            return stories.get(duplicate_of, (None, None))[0] or self.session.scalar(
                select(Article.story).where(Article.id == duplicate_of))
        day = _day(published)
        best = None
        for cand in candidates:
            story, cday = stories.get(cand.article_id, (None, None))
            if cand.containment < LEXICAL_OVERLAP or story is None:
                continue
            if day is not None and cday is not None and abs(day - cday) > WINDOW_DAYS:
                continue
            if best is None or cand.containment > best[1]:
                best = (story, cand.containment)
        if best:
            return best[0]
        when = story_day(published)
        if not concepts or when is None:
            return None
        low, high = story_window(when)
        rows = self.session.execute(select(Article.story, Article.concepts)
                                    .where(Article.published >= low, Article.published < high,
                                           Article.relevant, Article.duplicate_of_id.is_(None),
                                           Article.concepts.is_not(None))
                                    .order_by(Article.id.desc()).limit(MAX_STORY_CANDIDATES)).all()
        found = best_story(concepts, rows)
        return found[0] if found else None

    def _statements(self, article: Article, body: str, language: str, published: str | None, title: str | None,
                    now: datetime, summary: IngestSummary, extracted: list | None = None) -> None:
        if extracted is None:
            extracted = extract_statements(body, language=language, published=published, title=title)
        for position, found in enumerate(extracted):
            decision = self.novelty.decide(found.speaker, found.quote, language, published, article.id,
                                           found.peace_treaty)
            match_id = decision.first_report_id
            stance = classify(found.quote) if found.peace_treaty else None
            previous = latest_stance(self.session, found.speaker[:200]) if stance and match_id is None else None
            evidence = decision.evidence()
            if stance:
                evidence.update(stance_cue=stance.cue, previous_stance=previous)
            row = Statement(article_id=article.id, position=position, speaker=found.speaker[:200],
                            speaker_as_written=(found.speaker_as_written or found.speaker)[:200],
                            quote=found.quote, direct=found.direct, peace_treaty=found.peace_treaty,
                            topics=list(found.topics), new=match_id is None, first_report_id=match_id,
                            similarity=decision.similarity, first_seen=now, rule=(found.rule or "")[:60],
                            evidence=evidence, stance=stance.name if stance else None,
                            shift=match_id is None and is_shift(stance and stance.name, previous))
            self.session.add(row)
            self.session.flush()
            if match_id is not None:  # first_seen of a repeat is the first report's
                first = self.session.get(Statement, match_id)
                row.first_seen = first.first_seen if first is not None else now
            self.novelty.add(row.id, found.speaker, found.quote, language, published, article.id, found.peace_treaty)
            summary.statements += 1
            summary.treaty_statements += int(found.peace_treaty)
            summary.new_statements += int(found.peace_treaty and match_id is None)


def ingest_records(db_url: str, records: Iterable[dict], *, now: datetime | None = None,
                   batch_size: int = BATCH_SIZE, errors: list[str] | None = None,
                   workers: int | None = None) -> IngestSummary:
    """Process records (dicts in the `treatywatch ingest` shape) into the store; idempotent.

    `errors`: a list the record source also reports into, so errors stay in input order.
    `workers`: processes that analyse records (extraction, fingerprints, statements) while this one stores
    the previous chunk in input order; default: one per core once the input has more than one chunk.
    """
    summary = IngestSummary(errors=errors if errors is not None else [])
    now = now or datetime.now(timezone.utc)
    workers = workers if workers is not None else min(os.cpu_count() or 1, MAX_WORKERS)
    with ingest_lock(db_url):
        session = new_session(db_url)
        pool = None
        try:
            pipeline = Pipeline(session)
            pending = 0
            for where, result in _analysed(_numbered(records, summary), pipeline, summary, workers,
                                           lambda: pool):
                if pool is None and workers > 1 and result is _START_POOL:
                    pool = _make_pool(workers)
                    if pool is None:
                        workers = 1
                    continue
                if result is _START_POOL:
                    continue
                try:
                    if isinstance(result, Exception):
                        raise result
                    with session.begin_nested():  # a bad record rolls back alone
                        pipeline.store(result, summary, now)
                except RecordError as exc:
                    summary.errors.append(f"{where}: {exc}")
                    continue
                except Exception as exc:  # a bug met on odd input: report it, keep the rest of the batch
                    log.exception("ingest failed on %s", where)
                    message = str(exc) if str(exc).startswith("internal error") else \
                        f"internal error: {type(exc).__name__}: {exc}"
                    summary.errors.append(f"{where}: {message}")
                    pipeline = Pipeline(session)  # its indexes may hold rows the savepoint rolled back
                    continue
                pending += 1
                if pending >= batch_size:
                    session.commit()
                    pending = 0
            session.commit()
            if pool is not None:  # every chunk was collected: let the workers finish on their own
                pool.close()
                pool.join()
                pool = None
        except BaseException:
            session.rollback()
            raise
        finally:
            if pool is not None:
                pool.terminate()
            session.close()
    return summary


MAX_WORKERS = 4


def _reset_signals() -> None:
    """Pool workers die on SIGTERM whatever handler the parent installed (Airflow, pytest plugins): a
    handler that does not exit would leave `Pool.terminate()` waiting for ever."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the parent, which stops the pool


def _make_pool(workers: int):
    """A pool of analysis processes, or None where this process may not have children (a daemonic worker,
    e.g. a Celery prefork child): then records are analysed here, one after the other."""
    if multiprocessing.current_process().daemon:
        return None
    try:
        return multiprocessing.get_context("fork").Pool(workers, initializer=_reset_signals)
    except (OSError, ValueError, AssertionError) as exc:
        log.warning("analysing in this process only: %s", exc)
        return None
CHUNK = 64
_START_POOL = object()  # a marker _analysed yields when the input proves longer than one chunk


def _numbered(records: Iterable[dict], summary: IngestSummary) -> Iterator[tuple[str, dict]]:
    for record in records:
        summary.read += 1
        yield record.pop("_where", None) or f"record {summary.read}", record


def _analysed(numbered, pipeline: Pipeline, summary: IngestSummary, workers: int, get_pool):
    """(where, Analysis | Exception) in input order. The first chunk is analysed here; later chunks in the
    pool, the next chunk's analysis running while the caller stores the current one."""
    in_flight = None
    first = True
    while True:
        chunk = []
        for where, record in numbered:
            if pipeline.is_stored(record):
                summary.already_stored += 1
                continue
            chunk.append((where, record))
            if len(chunk) >= CHUNK:
                break
        if not chunk:
            break
        if first or workers <= 1 or get_pool() is None:
            first = False
            if in_flight:
                yield from _drain(in_flight)
                in_flight = None
            for where, record in chunk:
                yield where, _analyze_safely(record)
            if workers > 1 and len(chunk) >= CHUNK:
                yield None, _START_POOL
            continue
        started = (chunk, get_pool().map_async(_analyze_safely, [r for _, r in chunk], chunksize=8))
        if in_flight:
            yield from _drain(in_flight)
        in_flight = started
    if in_flight:
        yield from _drain(in_flight)


def _drain(in_flight):
    chunk, result = in_flight
    for (where, _record), analysis in zip(chunk, result.get()):
        yield where, analysis


def ingest_file(db_url: str, path: str | Path, **kwargs) -> IngestSummary:
    errors: list[str] = []
    summary = ingest_records(db_url, read_jsonl(path, errors), errors=errors, **kwargs)
    # reading runs a chunk ahead of processing: report in line order
    summary.errors.sort(key=lambda e: int(m.group(1)) if (m := _LINE.match(e[len(str(path)):])) else 0)
    return summary


_LINE = re.compile(r":(\d+):")
