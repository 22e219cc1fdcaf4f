"""The single processing entry point: the DAG's ingest task, `treatywatch ingest` and `treatywatch crawl` call it.

Per article, in input order: canonical URL → skip if stored → clean body → exact hash / near-copy → story →
relevance → store → statements (extract, speaker, topic) → novelty → store statements.
Each article and its statements are written together, in one transaction per batch of articles (on SQLite as on
PostgreSQL), so a killed run leaves whole batches only, and a rerun picks up the rest. Inside a batch, a chunk of
articles is stored under one savepoint; when one of them fails, the chunk is rolled back and stored again one
savepoint per article, so the bad one is reported alone and the others are kept.

Records are read and checked in records.py; what one article needs no store for (extraction, cleaning,
fingerprints, relevance, statements) is analysis.py's, done in worker processes. This module is the storing
process: copies, stories and novelty against the store, and the writes, one article after the other.
"""
from __future__ import annotations

import hashlib
import logging
import os
import re
import zlib
from collections import Counter, OrderedDict, deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path

from sqlalchemy import bindparam, case, func, select, update
from sqlalchemy.orm import Session

from treatywatch import dedup, gc_policy
from treatywatch.analysis import (STORED_CANDIDATES, Analysis, _prepared, analyze, analyze_safely, make_pool,
                                  set_worker_store)
from treatywatch.records import RecordError, canonical_of, read_jsonl
from treatywatch.stories import LEXICAL_OVERLAP, WINDOW_DAYS, best_prepared_story, story_candidate
from treatywatch.stories import MAX_CANDIDATES as MAX_STORY_CANDIDATES
from treatywatch.stories import day_of as story_day
from treatywatch.stories import window as story_window
from treatywatch.statements.novelty import NoveltyIndex, same_remark
from treatywatch.statements.stance import is_shift, latest_stance
from treatywatch.store.lock import ingest_lock
from treatywatch.store.lsh import TABLES as BAND_TABLES
from treatywatch.store.lsh import SERIAL_PLANS, merge, vacuum_bands
from treatywatch.store.models import Article, LshBandRecent, Statement
from treatywatch.store.rows import RowInserter
from treatywatch.store.session import new_session, temp_in_memory

log = logging.getLogger(__name__)

# Articles per commit. Each commit writes every page the batch changed to the WAL once, and the band rows of
# 200 articles already touch most of the recent band index's leaves. A 10,000-article run into an empty store:
# 200 a commit, 52 commits taking 1.5 s and 224,000 page writes in all; 1,000 a commit, 12 taking 0.5 s and
# 77,000. A crash loses the batch under way; a rerun stores it (ingest is idempotent).
BATCH_SIZE = 1000


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

    _COUNTS = ("stored", "already_stored", "copies", "relevant", "statements", "treaty_statements",
               "new_statements")

    def counts(self) -> tuple:
        """The counters and stored ids as they are, for `restore` after a rolled-back chunk."""
        return tuple(getattr(self, name) for name in self._COUNTS) + (len(self.article_ids),)

    def restore(self, counts: tuple) -> None:
        for name, value in zip(self._COUNTS, counts):
            setattr(self, name, value)
        del self.article_ids[counts[-1]:]

    def line(self) -> str:
        return (f"read {self.read}, stored {self.stored} (already stored {self.already_stored}), "
                f"copies {self.copies}, relevant {self.relevant}, statements {self.statements} "
                f"(treaty {self.treaty_statements}, new {self.new_statements}), errors {len(self.errors)}")


# what the novelty index loads of the store (`Pipeline._stored_statements`, `_statements_between`), built once:
# a run loads each speaker it meets, and building the statement cost as much as the store's answer
_NOVELTY_ROWS = (select(Statement.id, Statement.speaker, Statement.quote, Article.language, Article.published,
                        Statement.article_id, Statement.peace_treaty).join(Article, Statement.article_id == Article.id))
_LATEST_STATEMENTS = _NOVELTY_ROWS.order_by(Statement.id.desc()).limit(bindparam("limit"))
_LATEST_OF_SPEAKER = (_NOVELTY_ROWS.where(Statement.speaker == bindparam("speaker"))
                      .order_by(Statement.id.desc()).limit(bindparam("limit")))
# the id range of a window's articles stored up to an id, then the speaker's statements in that range (the
# speaker-and-article index) whose articles are in the window. The id bound sits inside the aggregates: in the
# WHERE clause, PostgreSQL answered min and max by walking the primary key from each end, filtering on the date.
_BEFORE_RUN_ID = case((Article.id <= bindparam("up_to"), Article.id))
_WINDOW_IDS = select(func.min(_BEFORE_RUN_ID), func.max(_BEFORE_RUN_ID)).where(
    Article.published >= bindparam("low"), Article.published < bindparam("high"))
_SPEAKER_BETWEEN = (_NOVELTY_ROWS.where(
    Statement.speaker == bindparam("speaker"), Statement.article_id.between(bindparam("first"), bindparam("last")),
    Article.published >= bindparam("low"), Article.published < bindparam("high"))
    .order_by(Statement.id.desc()).limit(bindparam("limit")))
LAST_ID = 2**31 - 1  # beyond any article id (an INTEGER column)


class Pipeline:
    """One ingest's working state. Copies and stories are looked up in the store (the band index lives
    there), so start-up costs nothing at any store size; only the novelty index is held in memory.

    What storing a chunk of articles needs from the store (URLs already stored, the first article with each
    content hash, the band rows of its keys) is read in one query per kind for the chunk (`prefetch`) and
    kept up to date in memory while the chunk's articles are stored one after the other, so each article
    sees exactly what a query of its own would have returned. Rows are written through Core, one INSERT per
    row (bands: one executemany), inside the caller's savepoint. A failure inside `store` leaves this state
    ahead of the store: the caller then starts a new Pipeline (`ingest_records` does)."""

    MAX_CACHED_BODIES = 4000  # confirmation shingles of the run's recent articles and others read here (~10 KB each)
    MAX_CACHED_WINDOWS = 64  # story-window candidate lists
    MAX_FIRST_SEEN = 100_000  # first_seen of statements stored or loaded in this run, for their repeats
    MAX_RUN_BAND_ROWS = 1_000_000  # about 20,000 first appearances, some 70 MB
    IN_SLICE = 2000  # values per IN (…) list

    def __init__(self, session: Session, prior_last_id: int | None = None):
        self.session = session
        self.prior_last_id = prior_last_id  # the last id stored before the run: the workers look up the older
        # a speaker's newest statements when first met, and those of the days around each statement decided
        self.novelty = NoveltyIndex(loader=self._stored_statements, window_loader=self._statements_between)
        self.seq = (session.scalar(select(func.max(Article.seq))) or 0)
        self._covered: set[int] = set()  # id() of the analyses prefetched (the caller holds them)
        self._known_urls: set[str] = set()  # their canonical URLs stored (before or during the chunk)
        self._first_hash: dict[str, int] = {}  # content hash → earliest first appearance with it
        self._band_rows: dict[int, list[tuple[int, int | None]]] = {}  # band key → (first appearance, its day)
        self._bodies: OrderedDict[int, tuple] = OrderedDict()  # id → (confirm shingles, outlet, story, published)
        self._windows: OrderedDict[tuple[str, str], list[tuple]] = OrderedDict()  # rows made by `story_candidate`
        self._windows_exact = _text_sorts_by_code_point(session)
        self._window_ids: dict[tuple[str, str], tuple] = {}  # novelty window → (first, last) id stored before the run
        self._stances: dict[str, str | None] = {}  # speaker → latest treaty stance stored
        self._first_seen: OrderedDict[int, datetime | None] = OrderedDict()
        self._rows = _Inserters.of(session.get_bind().dialect)
        # The band rows this run wrote, in memory while this pipeline wrote all of them (it started the run and
        # stays under MAX_RUN_BAND_ROWS): then the workers' share of the old rows and these are all a chunk
        # needs, and the band index is not read at all while storing (key → first appearance, or a list).
        self._run_bands: dict[int, int | list[int]] | None = None
        self._run_days: dict[int, int | None] = {}
        self._run_band_rows = 0
        if prior_last_id is not None and (session.scalar(select(func.max(Article.id))) or 0) == prior_last_id:
            self._run_bands = {}

    def _stored_statements(self, speaker: str | None, limit: int) -> list[tuple]:
        """A speaker's latest stored statements, oldest first (an indexed lookup on statements.speaker)."""
        if speaker is None:
            rows = self.session.connection().execute(_LATEST_STATEMENTS, {"limit": limit}).all()
        else:
            rows = self.session.connection().execute(_LATEST_OF_SPEAKER, {"speaker": speaker[:200],
                                                                          "limit": limit}).all()
        return list(reversed(rows))

    def _statements_between(self, speaker: str, low: date, high: date, limit: int) -> list[tuple]:
        """A speaker's stored statements in articles published in [low, high), the newest `limit`, oldest first.
        Read over the id range of the window's articles stored before this run, then over this run's articles:
        two range reads of the speaker's statements by article. Walking all of a speaker's statements for
        those of a window (the query before) grew with the store: 33,000 rows read for 600 kept, per speaker
        and window, in the million-article benchmark. When the window's articles are spread over the ids
        (a backfill among later articles), the range holds more of the speaker's statements, never more
        than all of them."""
        conn = self.session.connection()
        days = {"low": low.isoformat(), "high": high.isoformat()}
        window = (days["low"], days["high"])
        if window not in self._window_ids or self.prior_last_id is None:
            # the articles stored before the run do not change during it: one read per window, whatever the
            # speaker (read for each, it cost 5 ms a window at a million articles, a second per 2,000 articles)
            before_run = LAST_ID if self.prior_last_id is None else self.prior_last_id
            self._window_ids[window] = tuple(conn.execute(_WINDOW_IDS, {**days, "up_to": before_run}).one())
            if len(self._window_ids) > self.MAX_CACHED_WINDOWS:
                del self._window_ids[next(iter(self._window_ids))]
        ranges = [self._window_ids[window]]
        if self.prior_last_id is not None:
            ranges.append((self.prior_last_id + 1, LAST_ID))
        rows = []
        for first, last in ranges:
            if first is not None:
                rows += conn.execute(_SPEAKER_BETWEEN, {**days, "speaker": speaker[:200], "first": first,
                                                        "last": last, "limit": limit}).all()
        rows.sort(key=lambda row: row[0])
        return rows[-limit:]

    # ---- reads: one query per kind and chunk ---------------------------------------------------------------

    def _in_slices(self, query, column, values):
        """Rows of `query` restricted to `column IN values`, a slice of values at a time."""
        conn, values = self.session.connection(), list(values)
        for start in range(0, len(values), self.IN_SLICE):
            yield from conn.execute(query.where(column.in_(values[start:start + self.IN_SLICE])))

    def stored_urls(self, canonicals: Iterable[str]) -> set[str]:
        """Which of these canonical URLs are stored already."""
        return {url for (url,) in self._in_slices(select(Article.url), Article.url, set(canonicals))}

    def is_stored(self, record: dict) -> bool:
        """Already stored under its canonical URL (checked before the costly analysis; rechecked after it,
        since an HTML page may declare another canonical URL)."""
        canonical = canonical_of(record)
        return canonical is not None and bool(self.stored_urls([canonical]))

    def prefetch(self, analyses: list[Analysis]) -> None:
        """Read what storing these articles needs, one query per kind."""
        self._covered = {id(a) for a in analyses}
        self._known_urls = self.stored_urls({a.canonical for a in analyses})
        # the first appearance per hash picked here: with `duplicate_of_id IS NULL` in the query and a list of
        # hashes, SQLite walks the duplicate_of_id index (most of the table) instead of the content_hash one
        self._first_hash = {}
        for chash, article_id, duplicate_of_id in self._in_slices(
                select(Article.content_hash, Article.id, Article.duplicate_of_id), Article.content_hash,
                {a.fingerprint.content_hash for a in analyses}):
            if duplicate_of_id is None and article_id < self._first_hash.get(chash, article_id + 1):
                self._first_hash[chash] = article_id
        self._band_rows = {k: [] for a in analyses for k in a.fingerprint.band_keys}
        after = None
        if self.prior_last_id is not None and all(a.prior is not None for a in analyses if a.fingerprint.band_keys):
            # the workers counted the older rows (see `_band_query`): this run's own are left (at a million
            # articles, each new one shares a band with some 200 stored ones)
            if self._run_bands is not None:  # …and this pipeline holds them
                for key, rows in self._band_rows.items():
                    found = self._run_bands.get(key)
                    if found is not None:  # in id order, as the index returns them
                        rows.extend((aid, self._run_days[aid]) for aid in (found if isinstance(found, list)
                                                                           else (found,)))
                return
            after = self.prior_last_id
        for table in BAND_TABLES:
            query = select(table.key, table.article_id, table.day)
            if after is not None:
                query = query.where(table.article_id > after)
            for key, article_id, day in self._in_slices(query, table.key, self._band_rows):
                self._band_rows[key].append((article_id, day))

    def _band_query(self, keys: list[int], published: str | None, prior: dict | None,
                    prior_hits: dict | None) -> list[int]:
        """`SqlBandIndex.hits` then `dedup.select_candidates`, on the prefetched rows. `prior`: the stored
        articles a worker chose by the same rule among those stored before the run, with their shared keys
        (`prior_hits`); the others of them cannot be chosen here either (a top few of a set holds the top few of
        its part), so neither their band rows, dates nor texts are read again."""
        hits: Counter = Counter()
        days: dict[int, int | None] = {}
        for key in set(keys):
            for aid, day in self._band_rows[key]:
                hits[aid] += 1
                days[aid] = day
        if prior is not None and self.prior_last_id is not None:
            hits = Counter({aid: n for aid, n in hits.items() if aid > self.prior_last_id})
            hits.update(prior_hits)
            days.update((aid, dedup.day_number(prepared[3])) for aid, prepared in prior.items())
        return dedup.select_candidates(hits, days, dedup.day_number(published))

    def _remember_bands(self, keys: set[int], article_id: int, day: int | None) -> None:
        run = self._run_bands
        if run is None:
            return
        self._run_band_rows += len(keys)
        if self._run_band_rows > self.MAX_RUN_BAND_ROWS:  # a long run: the index is read again from here on
            self._run_bands, self._run_days = None, {}
            return
        self._run_days[article_id] = day
        for key in keys:
            found = run.get(key)
            if found is None:
                run[key] = article_id
            elif isinstance(found, list):
                found.append(article_id)
            else:
                run[key] = [found, article_id]

    def _candidates(self, ids: list[int], prior: dict | None = None) -> list[tuple]:
        """(id, confirm shingles, outlet, story, published) of these articles: as the analysis worker read and
        hashed them (`prior`), cached, or read and hashed here. The worker's are not cached here: they come
        with every article that needs them, and at a million articles (some ten an article) they pushed the
        run's own articles out of the cache, to be read and hashed again when a later copy named them."""
        found = {}
        for aid in ids:
            if prior and aid in prior:
                found[aid] = prior[aid]
            elif aid in self._bodies:
                self._bodies.move_to_end(aid)
                found[aid] = self._bodies[aid]
        missing = [aid for aid in ids if aid not in found]
        if missing:
            for aid, *stored in self._in_slices(STORED_CANDIDATES, Article.id, missing):
                found[aid] = _prepared(*stored)
                self._cache_body(aid, *found[aid])
        return [(aid, *found[aid]) for aid in ids if aid in found]

    def _cache_body(self, aid: int, shingles, outlet, story, published) -> None:
        self._bodies[aid] = (shingles, outlet, story, published)
        while len(self._bodies) > self.MAX_CACHED_BODIES:
            self._bodies.popitem(last=False)

    def _story_of(self, article_id: int) -> str | None:
        cached = self._bodies.get(article_id)
        if cached is not None:
            return cached[2]
        return self.session.connection().scalar(select(Article.story).where(Article.id == article_id))

    def _window_rows(self, low: str, high: str) -> list[tuple]:
        """The latest relevant first appearances published in [low, high), newest first, as `story_candidate`
        makes them."""
        key = (low, high)
        rows = self._windows.get(key)
        if rows is not None:
            self._windows.move_to_end(key)
            return rows
        # the window's articles first, through the `published` index: asked at once, SQLite (no statistics)
        # walks the `duplicate_of_id IS NULL` index from the newest article back to the window, every first
        # appearance of the store (most of a second per window at a million articles)
        in_window = select(Article.id).where(Article.published >= low, Article.published < high)
        rows = [story_candidate(*r) for r in self.session.connection().execute(
            select(Article.story, Article.concepts)
            .where(Article.id.in_(in_window), Article.relevant,
                   Article.duplicate_of_id.is_(None), Article.concepts.is_not(None))
            .order_by(Article.id.desc()).limit(MAX_STORY_CANDIDATES))]
        if self._windows_exact:  # else every lookup reads the store (see _text_sorts_by_code_point)
            self._windows[key] = rows
            while len(self._windows) > self.MAX_CACHED_WINDOWS:
                self._windows.popitem(last=False)
        return rows

    def _latest_stance(self, speaker: str, article_id: int) -> str | None:
        """The speaker's latest position in an article before `article_id` (the cache is updated after each
        article, so it holds exactly that)."""
        if speaker not in self._stances:
            self._stances[speaker] = latest_stance(self.session, speaker, before_article_id=article_id)
        return self._stances[speaker]

    def _first_seen_of(self, statement_id: int, now: datetime) -> datetime | None:
        """What `first_seen` a repeat of this statement inherits (now if the statement is gone)."""
        if statement_id in self._first_seen:
            return self._first_seen[statement_id]
        row = self.session.connection().execute(select(Statement.first_seen)
                                                .where(Statement.id == statement_id)).first()
        return row[0] if row is not None else now

    def _remember_first_seen(self, statement_id: int, first_seen: datetime | None) -> None:
        self._first_seen[statement_id] = first_seen
        if len(self._first_seen) > self.MAX_FIRST_SEEN:
            self._first_seen.popitem(last=False)

    # ---- one article -----------------------------------------------------------------------------------

    def process(self, record: dict, summary: IngestSummary, now: datetime) -> int | None:
        """Analyse and store one record (the sequential path; `ingest_records` may analyse in a pool)."""
        if self.is_stored(record):
            summary.already_stored += 1
            return None
        return self.store(analyze(record), summary, now)

    def store(self, a: Analysis, summary: IngestSummary, now: datetime) -> int | None:
        """Store one analysed article and its statements; its id, or None when it was stored already."""
        if id(a) not in self._covered:
            self.prefetch([a])
        if a.canonical in self._known_urls:
            summary.already_stored += 1
            return None
        url, canonical, outlet, title, published = a.url, a.canonical, a.outlet, a.title, a.published
        language, text, html, fp = a.language, a.text, a.html, a.fingerprint

        duplicate_of = self._first_hash.get(fp.content_hash)
        similarity = 1.0 if duplicate_of is not None else None
        candidates, stories = [], {}
        if duplicate_of is None and fp.band_keys:
            rows = self._candidates(self._band_query(fp.band_keys, published, a.prior, a.prior_hits), a.prior)
            stories = {aid: (story, dedup.day_number(pub)) for aid, _sh, _o, story, pub in rows}
            candidates = dedup.compare_hashes(fp, outlet, [(aid, sh, o or "") for aid, sh, o, _s, _p in rows])
            copy = dedup.first_copy(candidates)
            if copy is not None:
                duplicate_of, similarity = copy.article_id, copy.containment
        relevant, concepts = a.relevant, a.concepts
        story = self._story(duplicate_of, candidates, stories, published, concepts)
        if story is None:  # a story of its own
            story = hashlib.sha1(canonical.encode()).hexdigest()[:16]

        self.seq += 1
        conn = self.session.connection()
        article_id = self._rows.article.insert_one(conn, {
            "url": canonical, "source_url": url, "outlet": outlet, "title": title, "published": published,
            "fetched": now, "language": language, "text": text,
            "raw_html": zlib.compress(html.encode("utf-8")) if isinstance(html, str) else None, "raw_path": None,
            "content_hash": fp.content_hash, "duplicate_of_id": duplicate_of, "duplicate_similarity": similarity,
            "story": story, "concepts": concepts or None, "relevant": relevant,
            "relevance_score": a.relevance_score, "seq": self.seq})
        self._known_urls.add(canonical)
        if duplicate_of is None:
            self._first_hash.setdefault(fp.content_hash, article_id)
            keys = set(fp.band_keys)
            if keys:
                day = dedup.day_number(published)
                self._rows.band.insert_values(conn, [(k, article_id, day) for k in keys])
                for key in keys:
                    if key in self._band_rows:
                        self._band_rows[key].append((article_id, day))
                self._remember_bands(keys, article_id, day)
            # the window query's rows: `concepts` is never SQL NULL here (no concepts is stored as JSON null)
            if relevant and published is not None:
                for (low, high), rows in self._windows.items():
                    if low <= published < high:  # newest first, as the window query orders them
                        rows.insert(0, story_candidate(story, concepts or None))
                        del rows[MAX_STORY_CANDIDATES:]
        else:
            summary.copies += 1
        self._cache_body(article_id, fp.shingles, outlet, story, published)
        summary.stored += 1
        summary.relevant += int(bool(relevant))
        summary.article_ids.append(article_id)
        self._statements(article_id, language, published, now, summary, a.statements, a.stances)
        return article_id

    def _story(self, duplicate_of: int | None, candidates, stories, published: str | None,
               concepts: list[str]) -> str | None:
        """A copy joins its original's story; else an article sharing wire text, else one telling the same event
        (people, places, kind of event) within a few days; else None (a story of its own)."""
        if duplicate_of is not None:
            return stories.get(duplicate_of, (None, None))[0] or self._story_of(duplicate_of)
        day = dedup.day_number(published)
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
        found = best_prepared_story(concepts, self._window_rows(*story_window(when)))
        return found[0] if found else None

    def _statements(self, article_id: int, language: str, published: str | None, now: datetime,
                    summary: IngestSummary, extracted: list, stances: list) -> None:
        conn = self.session.connection()
        # a shift is against the speaker's position in earlier articles: what one article holds (a refusal and its
        # condition in one answer) is one position told in parts. Looked up before this article's rows are written
        # (a speaker met first here is read from the store once, with none of this article's rows in it yet).
        for found, stance in zip(extracted, stances):
            if stance and found.peace_treaty:
                self._latest_stance(found.speaker[:200], article_id)
        stances_here: dict[str, str] = {}
        # (statement id, extracted statement, decision, evidence stored)
        decided: list[tuple[int, object, object, dict]] = []
        for position, (found, stance) in enumerate(zip(extracted, stances)):
            self.novelty.prepare(found.speaker, published)
            # a statement on the treaty only by going on from the one right before it, the same speaker's (or by
            # following that speaker's lead): one remark (its first report is that one's)
            before = decided[-1] if decided else None
            goes_on_from = (before[2].first_report_id or before[0]) if before is not None and \
                found.topics in (["continued"], ["under_lead"]) and before[1].speaker == found.speaker \
                and before[1].peace_treaty else None
            decision = self.novelty.decide(found.speaker, found.quote, language, published, article_id,
                                           found.peace_treaty, goes_on_from, found.direct)
            match_id = decision.first_report_id
            speaker = found.speaker[:200]
            previous = self._latest_stance(speaker, article_id) if stance and match_id is None else None
            evidence = decision.evidence()
            if stance:
                evidence.update(stance_cue=stance.cue, previous_stance=previous)
            # first_seen of a repeat is the first report's
            first_seen = now if match_id is None else self._first_seen_of(match_id, now)
            statement_id = self._rows.statement.insert_one(conn, {
                "article_id": article_id, "position": position, "speaker": speaker,
                "speaker_as_written": (found.speaker_as_written or found.speaker)[:200], "quote": found.quote,
                "direct": found.direct, "peace_treaty": found.peace_treaty, "topics": list(found.topics),
                "new": match_id is None, "first_report_id": match_id, "similarity": decision.similarity,
                "first_seen": first_seen, "rule": (found.rule or "")[:60], "evidence": evidence,
                "stance": stance.name if stance else None,
                "shift": match_id is None and is_shift(stance and stance.name, previous)})
            self._remember_first_seen(statement_id, first_seen)
            if stance and found.peace_treaty:
                stances_here[speaker] = stance.name
            self.novelty.add(statement_id, found.speaker, found.quote, language, published, article_id,
                             found.peace_treaty)
            decided.append((statement_id, found, decision, evidence))
            summary.statements += 1
            summary.treaty_statements += int(found.peace_treaty)
            summary.new_statements += int(found.peace_treaty and match_id is None)
        turned = self._retold_in_the_article(conn, article_id, language, published, now, decided)
        turned |= self._rewrite_of_an_earlier_article(conn, article_id, language, published, now, decided, turned)
        summary.new_statements -= len(turned)
        self._stances.update(stances_here)  # what latest_stance returns from the next article on

    def _retold_in_the_article(self, conn, article_id: int, language: str, published: str | None, now: datetime,
                               decided: list) -> set[int]:
        """A new statement that is one remark with a statement below (or above) it in the same article, when that
        one repeats an earlier article's report, repeats that report too: the lead that retells in other words
        the quote the article then gives (decided before the quote was matched). Returns the ids turned."""
        here = {sid for sid, _, _, _ in decided}
        turned: set[int] = set()
        for sid, found, decision, evidence in decided:
            if not (decision.new and found.peace_treaty):
                continue
            for other_id, other, other_decision, _ in decided:
                first = other_decision.first_report_id
                if other_id == sid or first is None or first in here or not other.peace_treaty \
                        or other.speaker != found.speaker:
                    continue
                similarity = same_remark(found.quote, other.quote, language, published, article_id)
                if similarity is None:
                    continue
                self._turn_into_repeat(conn, sid, first, similarity, now, evidence, {
                    "rule": "same_remark", "similarity": similarity, "nearest_id": first, "via_id": other_id})
                turned.add(sid)
                break
        return turned

    def _rewrite_of_an_earlier_article(self, conn, article_id: int, language: str, published: str | None,
                                       now: datetime, decided: list, turned: set[int]) -> set[int]:
        """Treaty statements still new that retell the remarks of two or more speakers of one earlier article (a
        rewrite republished weeks on, `NoveltyIndex.rewritten`) are repeats of its reports. Returns the ids turned."""
        fresh = [(sid, found, evidence) for sid, found, decision, evidence in decided
                 if found.peace_treaty and decision.new and sid not in turned]
        retold = self.novelty.rewritten([(found.speaker, found.quote, language, published, article_id)
                                         for _, found, _ in fresh])
        for index, decision in retold.items():
            sid, _found, evidence = fresh[index]
            self._turn_into_repeat(conn, sid, decision.first_report_id, decision.similarity, now, evidence,
                                   decision.evidence())
        return {fresh[index][0] for index in retold}

    def _turn_into_repeat(self, conn, sid: int, first: int, similarity: float, now: datetime, evidence: dict,
                          why: dict) -> None:
        """A statement stored as new, found to repeat `first` once its whole article was read: its row says so,
        with the stance cue stored when it was decided kept and no previous stance (a repeat is compared with
        none, as when it is decided one at once), and `why` added to its evidence."""
        first_seen = self._first_seen_of(first, now)
        kept = {**evidence, "previous_stance": None} if "stance_cue" in evidence else evidence
        conn.execute(update(Statement).where(Statement.id == sid).values(
            new=False, first_report_id=first, similarity=similarity, first_seen=first_seen, shift=False,
            evidence={**kept, **why}))
        self._remember_first_seen(sid, first_seen)


_ARTICLE_COLUMNS = ("url", "source_url", "outlet", "title", "published", "fetched", "language", "text", "raw_html",
                    "raw_path", "content_hash", "duplicate_of_id", "duplicate_similarity", "story", "concepts",
                    "relevant", "relevance_score", "seq")
_STATEMENT_COLUMNS = ("article_id", "position", "speaker", "speaker_as_written", "quote", "direct", "peace_treaty",
                      "topics", "new", "first_report_id", "similarity", "first_seen", "rule", "evidence", "stance",
                      "shift")


@dataclass
class _Inserters:
    """The pipeline's three row inserts, compiled for the store's dialect."""
    article: RowInserter
    band: RowInserter
    statement: RowInserter

    @classmethod
    def of(cls, dialect) -> _Inserters:
        return cls(RowInserter(dialect, Article.__table__, _ARTICLE_COLUMNS, returns_id=True),
                   RowInserter(dialect, LshBandRecent.__table__, ("key", "article_id", "day")),
                   RowInserter(dialect, Statement.__table__, _STATEMENT_COLUMNS, returns_id=True))


def _text_sorts_by_code_point(session: Session) -> bool:
    """Whether the store compares text by code point, as Python does (SQLite; PostgreSQL under the C
    collations): then the story-window candidates can be kept in memory and new articles slotted in."""
    bind = session.get_bind()
    if bind.dialect.name == "sqlite":
        return True
    if bind.dialect.name == "postgresql":
        collation = session.connection().exec_driver_sql(
            "SELECT datcollate FROM pg_database WHERE datname = current_database()").scalar()
        return str(collation).lower() in ("c", "posix", "c.utf-8", "c.utf8", "ucs_basic")
    return False


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
    with ingest_lock(db_url), gc_policy.fewer_collections():
        session = new_session(db_url)
        pool = None
        try:
            _begin_batch(session)
            prior_last_id = session.scalar(select(func.max(Article.id))) or 0  # rows older than this run
            pipeline = Pipeline(session, prior_last_id)
            pending = 0
            for chunk in _analysed(_numbered(records, summary), lambda: pipeline, summary, workers, lambda: pool):
                if chunk is _START_POOL:
                    if pool is None and workers > 1:
                        # SQLite keeps the bookkeeping of a file's locks per process, in memory: a worker forked
                        # while this process holds the batch's transaction believes it holds those locks too,
                        # reads without taking them, and a checkpoint here can move pages under its reads
                        # ("database disk image is malformed", two articles lost in some runs into the 1M
                        # store). Fork with no transaction open (nothing is written yet: `_analysed` starts the
                        # pool before the first chunk is stored) and no connection to the store in this process.
                        session.commit()
                        session.get_bind().dispose()
                        set_worker_store((db_url, prior_last_id))
                        pool = make_pool(workers)
                        if pool is None:
                            workers = 1
                        _begin_batch(session)
                    continue
                analyses = [r for _, r in chunk if isinstance(r, Analysis)]
                pipeline.prefetch(analyses)
                rest = chunk
                while rest:  # in pieces that end where a batch of `batch_size` articles is complete
                    piece, rest = _take(rest, batch_size - pending)
                    before = summary.counts()
                    try:
                        stored = _store_piece(session, pipeline, piece, summary, now)
                    except Exception:  # noqa: BLE001 - some record of the piece fails: store them one by one
                        summary.restore(before)
                        pipeline = Pipeline(session, prior_last_id)  # its indexes may hold rows rolled back
                        pipeline.prefetch(analyses)
                        pipeline, stored = _store_singly(session, pipeline, piece, summary, now, prior_last_id)
                    pending += stored
                    if pending >= batch_size:
                        session.commit()
                        _begin_batch(session)
                        pending = 0
            session.commit()
            if pool is not None:  # every chunk was collected: let the workers finish on their own
                pool.close()
                pool.join()
                pool = None
            # the recent band rows into the big index, when they have grown large (store/lsh.py): after the run's
            # last commit, in a transaction of its own
            session.close()
            moved = merge(session.get_bind())
            if moved:
                log.info("merged %d recent band rows into the band index", moved)
                try:
                    vacuum_bands(session.get_bind())
                except Exception:  # noqa: BLE001 - everything is stored: lookups read the heap until autovacuum
                    log.warning("band tables not vacuumed after the merge", exc_info=True)
        except BaseException:
            session.rollback()
            raise
        finally:
            if pool is not None:
                pool.terminate()
            set_worker_store(None)
            session.close()
    return summary


def _take(chunk: list, analyses: int) -> tuple[list, list]:
    """The shortest head of `chunk` holding `analyses` analysed records (or all of it), and the rest."""
    for n, (_where, result) in enumerate(chunk):
        if isinstance(result, Analysis):
            analyses -= 1
            if analyses <= 0:
                return chunk[:n + 1], chunk[n + 1:]
    return chunk, []


def _store_piece(session: Session, pipeline: Pipeline, piece: list, summary: IngestSummary, now: datetime) -> int:
    """Store analysed records under one savepoint (a savepoint per article cost as much as a tenth of the
    storing process); records whose analysis failed are reported once the others are stored. How many went
    through `store`."""
    with session.begin_nested():
        for _where, result in piece:
            if not isinstance(result, Exception):
                pipeline.store(result, summary, now)
    summary.errors.extend(f"{where}: {result}" for where, result in piece if isinstance(result, Exception))
    return sum(1 for _where, result in piece if not isinstance(result, Exception))


def _store_singly(session: Session, pipeline: Pipeline, chunk: list, summary: IngestSummary, now: datetime,
                  prior_last_id: int) -> tuple[Pipeline, int]:
    """Store records one savepoint each, so that a bad one rolls back alone and is reported; the pipeline to go
    on with (a new one after a failure: its indexes may hold rows rolled back) and how many were stored."""
    stored = 0
    for n, (where, result) in enumerate(chunk):
        before = summary.counts()
        try:
            if isinstance(result, Exception):
                raise result
            with session.begin_nested():
                pipeline.store(result, summary, now)
            stored += 1
        except RecordError as exc:
            summary.errors.append(f"{where}: {exc}")
        except Exception as exc:  # a bug met on odd input: report it, keep the rest of the batch
            log.exception("ingest failed on %s", where)
            message = str(exc) if str(exc).startswith("internal error") else \
                f"internal error: {type(exc).__name__}: {exc}"
            summary.errors.append(f"{where}: {message}")
            summary.restore(before)  # what `store` counted of the article rolled back
            pipeline = Pipeline(session, prior_last_id)
            pipeline.prefetch([r for _, r in chunk[n + 1:] if isinstance(r, Analysis)])
    return pipeline, stored


def _begin_batch(session: Session) -> None:
    """Open the batch's transaction on SQLite too. pysqlite begins a transaction only before a write, and a
    savepoint outside a transaction is one of its own: each article would be a commit, with every page it
    touched (the table, seven indexes, fifty band keys scattered over their index) written to the WAL again
    for the next article. In one transaction a batch writes each page once; savepoints still undo one article."""
    conn = session.connection()
    if conn.dialect.name == "sqlite" and not conn.connection.dbapi_connection.in_transaction:
        temp_in_memory(conn)  # the savepoints' sub-journals
        conn.exec_driver_sql("BEGIN")
    if conn.dialect.name == "postgresql":  # the storing process's band lookups too (store.lsh.SERIAL_PLANS)
        conn.exec_driver_sql(f"SET LOCAL {SERIAL_PLANS}")


MAX_WORKERS = 4
CHUNK = 64
# chunks analysed ahead of the one being stored: with one, the workers stood idle whenever they finished it
# before the storing process was done, and the storing process whenever it was done first
AHEAD = 3
_START_POOL = object()  # a marker _analysed yields when the input proves longer than one chunk


def _numbered(records: Iterable[dict], summary: IngestSummary) -> Iterator[tuple[str, dict]]:
    for record in records:
        summary.read += 1
        yield record.pop("_where", None) or f"record {summary.read}", record


def _analysed(numbered, get_pipeline, summary: IngestSummary, workers: int, get_pool):
    """Chunks of (where, Analysis | Exception), in input order. Analysed in the pool, which the caller starts when
    the first chunk is full (a shorter input is analysed here, with no process started), up to AHEAD chunks'
    analysis running while the caller stores the current one.
    Records stored already (by canonical URL, one query per chunk) are counted and skipped unanalysed."""
    in_flight: deque = deque()
    first = True
    while True:
        chunk = [item for _, item in zip(range(CHUNK), numbered)]
        if not chunk:
            break
        read = len(chunk)
        canonicals = [canonical_of(record) for _, record in chunk]
        stored = get_pipeline().stored_urls(c for c in canonicals if c is not None)
        chunk = [item for item, canonical in zip(chunk, canonicals) if canonical is None or canonical not in stored]
        summary.already_stored += read - len(chunk)
        if not chunk:
            continue
        if first and workers > 1 and read >= CHUNK:
            yield _START_POOL  # before the first chunk is stored: nothing written when the pool forks
        first = False
        if workers <= 1 or get_pool() is None:
            while in_flight:
                yield _drain(in_flight.popleft())
            yield [(where, analyze_safely(record)) for where, record in chunk]
            continue
        in_flight.append((chunk, get_pool().map_async(analyze_safely, [r for _, r in chunk], chunksize=8)))
        if len(in_flight) > AHEAD:
            yield _drain(in_flight.popleft())
    while in_flight:
        yield _drain(in_flight.popleft())


def _drain(in_flight) -> list:
    chunk, result = in_flight
    return [(where, analysis) for (where, _record), analysis in zip(chunk, result.get())]


def ingest_file(db_url: str, path: str | Path, **kwargs) -> IngestSummary:
    errors: list[str] = []
    summary = ingest_records(db_url, read_jsonl(path, errors), errors=errors, **kwargs)
    # reading runs a chunk ahead of processing: report in line order
    summary.errors.sort(key=lambda e: int(m.group(1)) if (m := _LINE.match(e[len(str(path)):])) else 0)
    return summary


_LINE = re.compile(r":(\d+):")
