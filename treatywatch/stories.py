"""Stories: different articles on the same event, across outlets and languages, share a story id.

Two articles are one story when they are close in time (a few days) and name the same people, places and
kinds of event — concepts from `concepts.yaml`, the same whichever language the article is in — or when
their texts overlap heavily (shared wire paragraphs, found by the dedup bands). Everyone in this field names
the peace treaty and the Kurils, so those topic words weigh little.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

import yaml

from treatywatch.prefilter import PrefixScanned
from treatywatch.text import word_counts

CONCEPTS_FILE = Path(__file__).with_name("concepts.yaml")
WINDOW_DAYS = 3
MATCH_SCORE = 0.35  # weighted Jaccard of concepts (dev corpus pairwise story F1 0.714 at 0.3 and 0.35, 0.696 at 0.4)
MIN_SHARED_WEIGHT = 3.0  # e.g. two people, or a person and a place or kind of event
LEXICAL_OVERLAP = 0.3  # containment of shingles that makes two non-copies one story on its own
MAX_CANDIDATES = 150  # the most recent relevant first appearances in the window


@dataclass(frozen=True)
class Lexicon:
    """Concept patterns sorted by how they can be matched fast: whole words and word stems by token
    lookup, Japanese terms as substrings, and only the few multi-word patterns by regular expression."""
    words: dict[str, str]  # token -> concept
    stems: dict[str, list[tuple[str, str]]]  # first 3 letters -> [(stem, concept)]
    substrings: list[tuple[str, str]]  # (Japanese term, concept)
    pattern: PrefixScanned | None  # the rest, one group per concept, tried only where a word of it begins
    names: tuple[str, ...]  # group index - 1 -> concept name
    weights: dict[str, float]


_PLAIN_WORD = re.compile(r"^[\w-]+$")
_STEM = re.compile(r"^([\w-]+)\\w\*$")


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data = yaml.safe_load(CONCEPTS_FILE.read_text(encoding="utf-8"))
    words, stems, substrings, weights = {}, {}, [], {}
    regex_names, regex_parts = [], []
    for group in data.values():
        for name, patterns in group["concepts"].items():
            weights[name] = float(group["weight"])
            complex_patterns = []
            for raw in patterns:
                pattern = str(raw).lower()
                if not re.search(r"[a-z\u0400-\u04ff0-9]", pattern):
                    substrings.append((pattern, name))
                elif _PLAIN_WORD.match(pattern):
                    words[pattern] = name
                elif (m := _STEM.match(pattern)) and len(m.group(1)) >= 3:
                    stems.setdefault(m.group(1)[:3], []).append((m.group(1), name))
                elif re.fullmatch(r"[\w-]+s\?", pattern):  # an optional plural: two words
                    words[pattern[:-2]] = words[pattern[:-1]] = name
                else:
                    complex_patterns.append(pattern)
            if complex_patterns:
                regex_names.append(name)
                regex_parts.append("(" + "|".join(complex_patterns) + ")")
    # one word-start check for all: the alternatives are tried only where a word begins
    pattern = PrefixScanned(re.compile(r"(?<!\w)(?:" + "|".join(regex_parts) + r")(?!\w)")) if regex_parts else None
    return Lexicon(words, stems, substrings, pattern, tuple(regex_names), weights)


_TOKEN_CONCEPTS: dict[str, tuple[str, ...]] = {}  # word → the concepts it names alone (most: none)
MAX_TOKEN_CONCEPTS = 200_000  # distinct words remembered


def _token_concepts(lex: Lexicon, token: str) -> tuple[str, ...]:
    """The concepts a word names as a whole word or by a stem it starts with."""
    names = [lex.words[token]] if token in lex.words else []
    names += [name for stem, name in lex.stems.get(token[:3], ()) if token.startswith(stem)]
    found = tuple(names)
    if len(_TOKEN_CONCEPTS) < MAX_TOKEN_CONCEPTS:
        _TOKEN_CONCEPTS[token] = found
    return found


def concepts_of(title: str | None, body: str) -> list[str]:
    """The concepts an article names (title and the first part of its body, where the event is told)."""
    lex = lexicon()
    text = f"{title or ''}\n{body[:4000]}".lower()
    found = set()
    named = _TOKEN_CONCEPTS
    for token in word_counts(text):  # the words relevance counted: the same lowered text, split once
        concepts = named.get(token)  # one dictionary lookup per word: the same words recur in every article
        if concepts is None:
            concepts = _token_concepts(lex, token)
        if concepts:
            found.update(concepts)
    present = set(text)  # the terms are Japanese, Hindi, Arabic: most texts hold none of their first letters
    found.update(name for term, name in lex.substrings if term[0] in present and term in text)
    if lex.pattern is not None:
        for m in lex.pattern.finditer(text):
            found.add(lex.names[m.lastindex - 1])
    return sorted(found)


def _weight(concepts, weights: dict[str, float]) -> float:
    """Summed in sorted order: the same float whatever order a set iterates in (hash seed), so near-equal
    candidates are always told apart the same way."""
    return sum(weights.get(c, 1.0) for c in sorted(concepts))


def _event_score(mine: set[str], my_weight: float, other: frozenset, other_weight: float,
                 weights: dict[str, float]) -> float | None:
    """Weighted Jaccard of two concept sets when they read as one event (enough shared weight, a high enough
    score), else None. |A ∪ B| = |A| + |B| - |A ∩ B|: no union set to build."""
    shared = _weight(mine & other, weights)
    if shared < MIN_SHARED_WEIGHT:
        return None
    score = shared / (my_weight + other_weight - shared)
    return score if score >= MATCH_SCORE else None


# each concept's bit in a concept set's mask: a story lookup intersects an article's concepts with those of ~100
# candidates, and an integer AND is what a frozenset intersection costs at its cheapest
_BITS: dict[str, int] = {}
# the weight of each mask of shared concepts met before: the same few sets (two leaders, the islands, a summit)
# come back for most candidates, and summing them in sorted order was most of a lookup's time
_MASK_WEIGHTS: dict[int, float] = {}
MAX_MASK_WEIGHTS = 100_000


def _mask(concepts) -> int:
    mask = 0
    for c in concepts:
        bit = _BITS.get(c)
        if bit is None:
            bit = _BITS[c] = 1 << len(_BITS)
        mask |= bit
    return mask


def story_candidate(story: str | None, concepts: list[str] | None) -> tuple[str | None, frozenset, float, int]:
    """A story candidate as `best_story` compares it: its concepts as a set, their weight and their mask,
    computed once (a window's candidates are compared with every new article of those days)."""
    other = frozenset(concepts or ())
    return story, other, _weight(other, lexicon().weights), _mask(other)


def same_event(a: list[str], b: list[str]) -> float | None:
    """The match score when `a` and `b` read as one event, else None."""
    weights = lexicon().weights
    _, other, other_weight, _mask_b = story_candidate(None, b)
    return _event_score(set(a), _weight(set(a), weights), other, other_weight, weights)


def day_of(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published and len(published) >= 10 else None
    except ValueError:
        return None


def window(day: date) -> tuple[str, str]:
    """The `published` string range of the story window around `day` (ISO strings sort as dates)."""
    return (day - timedelta(days=WINDOW_DAYS)).isoformat(), (day + timedelta(days=WINDOW_DAYS + 1)).isoformat()


def best_story(concepts: list[str], candidates: list[tuple[str, list[str] | None]]) -> tuple[str, float] | None:
    """The story of the candidate `(story, concepts)` that reads most like the same event, with its score."""
    return best_prepared_story(concepts, [story_candidate(story, other) for story, other in candidates])


def best_prepared_story(concepts: list[str], candidates: list[tuple]) -> tuple[str, float] | None:
    """`best_story` on candidates made by `story_candidate`."""
    weights = lexicon().weights
    mine = set(concepts)
    my_weight = _weight(mine, weights)  # once, not once per candidate
    best = None
    # the shared weight is at most the lighter set's, and a score of MATCH_SCORE needs a shared weight of
    # MATCH_SCORE (mine + other) / (1 + MATCH_SCORE): candidates that cannot reach it are passed over unscored
    # (the margins keep every candidate whose score rounding could carry over a bound)
    need = MATCH_SCORE / (1 + MATCH_SCORE) * (1 - 1e-9)
    floor = MIN_SHARED_WEIGHT * (1 - 1e-9)
    mine_mask = _mask(mine)
    known = _MASK_WEIGHTS
    for story, other, other_weight, other_mask in candidates:
        lighter = my_weight if my_weight < other_weight else other_weight
        if lighter < floor or lighter < need * (my_weight + other_weight):
            continue
        common = mine_mask & other_mask
        shared = known.get(common)
        if shared is None:  # the same float `_weight` gives: a mask stands for one set of concept names
            shared = _weight(mine & other, weights)
            if len(known) < MAX_MASK_WEIGHTS:
                known[common] = shared
        if shared < MIN_SHARED_WEIGHT:  # `_event_score` on the looked-up weight, written out: it runs per candidate
            continue
        score = shared / (my_weight + other_weight - shared)
        if score >= MATCH_SCORE and (best is None or score > best[1]):
            best = (story, score)
    return best
