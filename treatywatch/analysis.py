"""The analysis of one article alone, without the store: the stage that runs in the pool's worker processes.

`analyze` checks the record, extracts its HTML, cleans and fingerprints the body, judges relevance and finds the
statements with their stances: the costly text work, done in worker processes (once the input is longer than a
chunk) while the storing process (ingest.py) stores the chunk before. A worker also reads and hashes the stored
articles sharing band keys with its article (ids up to the run's start, which the run does not change), so that the
storing process, the pipeline's one sequential step, only looks them up. The pool (`make_pool`): forked processes
that collect garbage as seldom as the storing process and yield it the CPU.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
import signal
from collections import OrderedDict
from dataclasses import dataclass

from sqlalchemy import bindparam, event, select

from treatywatch import dedup, gc_policy, relevance
from treatywatch.process_pool import fork_pool
from treatywatch.records import RecordError, _published
from treatywatch.statements import extract_statements
from treatywatch.stories import concepts_of as story_concepts
from treatywatch.statements.stance import classify
from treatywatch.store.lsh import SqlBandIndex, plan_serially
from treatywatch.store.models import Article
from treatywatch.store.selects import driver_select
from treatywatch.store.session import create_store_engine
from treatywatch.text import clean_body, guess_language

log = logging.getLogger(__name__)


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
    fingerprint: dedup.Fingerprint
    relevant: bool
    relevance_score: float
    concepts: list[str]
    statements: list
    stances: list  # each treaty statement's position (`stance.classify`), None for the others: text work, done here
    # earlier articles (stored before this run) that share band keys with this one, prepared in the analysis
    # worker: id → (confirmation shingles, outlet, story, published), what Pipeline._candidates would compute
    prior: dict | None = None
    prior_hits: dict | None = None  # band keys each of `prior`'s articles shares with this one


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
    score, relevant = relevance.assess(title, body, language)
    statements = extract_statements(body, language=language, published=published, title=title, url=url)
    return Analysis(url=url, canonical=dedup.canonical_url(url, declared_canonical),
                    outlet=record.get("outlet") or dedup.site_of(url), title=title, published=published,
                    language=language, text=text, html=html if isinstance(html, str) else None,
                    fingerprint=dedup.fingerprint(body, language), relevant=relevant,
                    relevance_score=score,
                    concepts=story_concepts(title, body) if relevant else [],
                    statements=statements,
                    stances=[classify(found.quote) if found.peace_treaty else None for found in statements])


_WORKER_STORE: tuple[str, int] | None = None  # (store URL, last article id before the run), set before forking
_worker_engine = None
# In a pool worker: prepared candidates by id. Articles stored before the run do not change during it, and one
# story's copies arriving together share their candidates (each was read and hashed once per worker).
_worker_prepared: OrderedDict = OrderedDict()
WORKER_PREPARED = 2000  # about 10 KB each


# a stored band candidate as confirmation needs it: read, then `_prepared`
STORED_CANDIDATES = select(Article.id, Article.text, Article.outlet, Article.story, Article.published)
_STORED_CANDIDATES_OF = STORED_CANDIDATES.where(Article.id.in_(bindparam("ids", expanding=True)))  # built once


def _prepared(text: str, outlet: str | None, story: str | None, published: str | None) -> tuple:
    """(confirmation shingles, outlet, story, published) of a stored candidate."""
    return dedup.confirm_hashes(clean_body(text)), outlet, story, published


def set_worker_store(value: tuple[str, int] | None) -> None:
    global _WORKER_STORE
    _WORKER_STORE = value


def _prior_candidates(a: Analysis) -> tuple[dict, dict]:
    """In a pool worker: the stored articles (ids up to the run's start, so no row this run writes) sharing
    band keys with `a`, chosen as `Pipeline._band_query` chooses them, read and hashed for confirmation, and
    the keys each shares. The storing process, the pipeline's one sequential step, then only looks them up (at
    a million articles this reading and hashing was half its time)."""
    global _worker_engine
    db_url, last_id = _WORKER_STORE
    if not last_id:  # the store held nothing when the run began: no query can find an older article
        return {}, {}
    if _worker_engine is None:  # this process's own engine: a forked parent's pool must not be shared
        _worker_engine = create_store_engine(db_url)
        if _worker_engine.dialect.name == "postgresql":
            event.listen(_worker_engine, "connect", plan_serially)
    with _worker_engine.connect() as conn:
        day = dedup.day_number(a.published)
        hits, days = SqlBandIndex(conn).hits(a.fingerprint.band_keys, up_to=last_id, day=day)
        ids = dedup.select_candidates(hits, days, day) if hits else []
        missing = [aid for aid in ids if aid not in _worker_prepared]
        rows = driver_select(conn.dialect, _STORED_CANDIDATES_OF, "ids", len(missing)).rows(conn, missing) \
            if missing else []
    for aid, *stored in rows:
        _worker_prepared[aid] = _prepared(*stored)
    found = {}
    for aid in ids:
        if aid in _worker_prepared:
            _worker_prepared.move_to_end(aid)
            found[aid] = _worker_prepared[aid]
    while len(_worker_prepared) > WORKER_PREPARED:
        _worker_prepared.popitem(last=False)
    return found, {aid: hits[aid] for aid in found}


def analyze_safely(record: dict):
    """Pool worker: an analysis, or the error to report (exceptions cross process boundaries as text)."""
    try:
        a = analyze(record)
        if _WORKER_STORE is not None and a.fingerprint.band_keys and \
                multiprocessing.current_process().name != "MainProcess":
            try:
                a.prior, a.prior_hits = _prior_candidates(a)
            except Exception:  # noqa: BLE001 - `prior` stays None: the storing process reads them itself
                log.warning("analysis worker: stored candidates not read, left to the storing process", exc_info=True)
        return a
    except RecordError as exc:
        return RecordError(str(exc))
    except Exception as exc:  # noqa: BLE001 - reported with the record's line, the run goes on
        log.exception("analysis failed")
        return RuntimeError(f"internal error: {type(exc).__name__}: {exc}")


# The storing process is the run's one sequential step: with one worker per core, three processes share the
# cores alike, the storing one falls behind, the workers fill the chunks ahead and wait, and a core idles.
# Workers a few steps nicer leave it a core whenever it has work and take every cycle it leaves.
WORKER_NICENESS = 5


def _init_worker() -> None:
    """Pool workers (which `fork_pool` makes die on SIGTERM) collect garbage as seldom as the storing process
    (see `gc_policy`), and yield the CPU to it (WORKER_NICENESS)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the parent, which stops the pool
    gc_policy.apply()
    try:
        os.nice(WORKER_NICENESS)
    except OSError:  # not allowed here: the workers keep the storing process's priority
        pass


def make_pool(workers: int):
    """A pool of analysis processes, or None where this process may not have children (a daemonic worker,
    e.g. a Celery prefork child): then records are analysed here, one after the other."""
    if multiprocessing.current_process().daemon:
        return None
    try:
        with gc_policy.frozen_for_fork():
            return fork_pool(workers, initializer=_init_worker)
    except (OSError, ValueError, AssertionError) as exc:
        log.warning("analysing in this process only: %s", exc)
        return None
