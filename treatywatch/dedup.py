"""Duplicate detection: canonical URLs, exact content hashes and near-duplicate copies (MinHash LSH).

A copy points to the earliest stored article whose text it carries (`duplicate_of`), with the evidence
(containment) kept. Character shingles make it work the same for English, Russian and Japanese.

Two shingle sizes: 9-character shingles feed the MinHash bands (selective enough that unrelated articles on
the same topic rarely share a band), 5-character shingles confirm a candidate exactly (tolerant of the word
swaps of a machine-spun rewrite).
"""
from __future__ import annotations

import hashlib
import re
import zlib
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Protocol
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import numpy as np
import tldextract
from datasketch import MinHash
from w3lib.url import canonicalize_url

from treatywatch.text import normalize, paragraphs

NUM_PERM = 126
SCHEME = "affine32"  # a signature must be compared with signatures made by the same scheme
LSH_SHINGLE = 9
CONFIRM_SHINGLE = 5
BANDS, ROWS = 42, 3  # candidate probability 0.5 near Jaccard 0.28, 0.95 at 0.45, 0.003 at 0.05
# A truncated copy (an aggregator's excerpt) or an extension shares the opening of the text exactly, while its
# whole-text Jaccard can be low: a few extra bands over the first characters catch those for sure.
# Two lead sizes, so that a teaser of a few hundred characters matches the short lead exactly.
LEAD_CHARS, LEAD_BANDS = (250, 600), 4
MAX_CANDIDATES = 25  # the most band hits first: more hits, higher estimated Jaccard
# One shared band is what unrelated articles share by chance (J**3 per band): at a million stored articles a
# new one shares a single band with some 200 of them, no copy among them in the benchmark's 32,000. A copy
# can still share only one (a machine-spun rewrite in the dev corpus does): the nearest in time are its likely
# source (syndication follows within days), so those are confirmed, a few of them.
MAX_SINGLE_BAND = 8
# …and only those within a month of it: a single shared band is chance unless the two appeared close in time.
# A store's single-band candidates are spread over all the years it holds; those of the last month are about as
# many at any size, so this keeps the cost of a new article independent of the store's age.
SINGLE_BAND_DAYS = 31
# Copies across sites (syndication, scrapers, machine-spun rewrites) keep well over half of the text;
# two articles of one outlet share background paragraphs, and a short page (a tag page, a teaser) is
# mostly made of phrases found in the longer one, so both need near-complete containment.
CROSS_SITE_CONTAINMENT = 0.55
STRICT_CONTAINMENT = 0.85
COMPARABLE_SIZE = 0.5
COPY_MIN_SHINGLES = 40

_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|yclid|mc_cid|mc_eid|ref|ref_src|cmpid|ocid|from|spm|share|amp)$", re.I)
_VARIANT_SUFFIX = re.compile(r"/(amp|print|mobile)/?$", re.I)
_VARIANT_PREFIX = re.compile(r"^/(amp|print|m)(/)", re.I)
_NON_WORD = re.compile(r"[\W_]+")
_TLD = tldextract.TLDExtract(suffix_list_urls=())  # the bundled public-suffix snapshot: no network


def canonical_url(url: str, declared: str | None = None) -> str:
    """One URL per article: the page's own rel=canonical/og:url when given (same site), else the URL cleaned.

    Cleaning: lower-case host without www./m./amp., no fragment, no tracking parameters, sorted query,
    AMP/print/mobile variants folded onto the article, no trailing slash.
    """
    if declared and declared.startswith(("http://", "https://")):
        if urlsplit(declared).hostname and site_of(declared) == site_of(url):
            url = declared
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    for prefix in ("www.", "m.", "amp.", "mobile."):
        if host.startswith(prefix) and host.count(".") >= 2:
            host = host[len(prefix):]
    netloc = host + (f":{parts.port}" if parts.port and parts.port not in (80, 443) else "")
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)]
    path = _VARIANT_SUFFIX.sub("", parts.path) or "/"
    path = _VARIANT_PREFIX.sub(r"\2", path)
    scheme = "https" if parts.scheme in ("http", "https") else parts.scheme
    cleaned = canonicalize_url(urlunsplit((scheme, netloc, path, urlencode(query), "")), keep_fragments=False)
    return cleaned[:-1] if cleaned.endswith("/") and urlsplit(cleaned).path != "/" else cleaned


def site_of(url: str) -> str:
    """The registered domain (tass.com, japantimes.co.jp): what one outlet's pages share."""
    host = (urlsplit(url).hostname or "").lower()
    parts = _TLD(host)
    return f"{parts.domain}.{parts.suffix}" if parts.suffix else host


def body_for_hash(text: str) -> str:
    """Normalised body without short lines (datelines, bylines, credit lines differ between copies)."""
    return "\n".join(p for p in (normalize(x) for x in paragraphs(text))
                     if len(p) >= 40 or len(p) >= 12 and not p.isascii())


def content_hash(text: str) -> str:
    return hashlib.sha256(body_for_hash(text).encode("utf-8")).hexdigest()


def _flat(text: str) -> str:
    return _NON_WORD.sub("", body_for_hash(text))


def shingles(text: str, k: int = CONFIRM_SHINGLE) -> set[str]:
    """Character k-grams of the normalised body, spaces and punctuation removed (script independent)."""
    flat = _flat(text)
    return {flat[i:i + k] for i in range(max(0, len(flat) - k + 1))}


_ROLL = np.uint64(1_000_003)
_MIX = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9], dtype=np.uint64)
_TEMPLATE = MinHash(num_perm=NUM_PERM, scheme=SCHEME, hashfunc=lambda v: v)  # permutations made once


def window_hashes(flat: str, k: int) -> np.ndarray:
    """32-bit hashes of the k-character windows of `flat`, in text order, repeats kept (a polynomial hash,
    stable across runs, vectorised: hashing shingles one by one in Python costs more than everything else
    in dedup). The first n - k + 1 of them are the windows of `flat[:n]`."""
    if len(flat) < k:
        return np.empty(0, dtype=np.uint32)
    codes = np.frombuffer(flat.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    with np.errstate(over="ignore"):
        h = np.zeros(len(codes) - k + 1, dtype=np.uint64)
        for j in range(k):  # k vector passes over the text, wrapping arithmetic mod 2**64
            h = h * _ROLL + codes[j:len(codes) - k + 1 + j]
        h ^= h >> np.uint64(29)
        h *= _MIX[0]
        h ^= h >> np.uint64(32)
    return h.astype(np.uint32)


def shingle_hashes(flat: str, k: int) -> np.ndarray:
    """Distinct 32-bit hashes of the k-character windows of `flat`, sorted."""
    return sorted_unique(window_hashes(flat, k))


def sorted_unique(values: np.ndarray) -> np.ndarray:
    """`np.unique` by sorting: numpy 2's hash-table unique costs ten times as much on a few thousand values,
    and confirming the candidates of every new article calls it up to 25 times."""
    values = np.sort(values)
    if len(values) < 2:
        return values
    keep = np.empty(len(values), dtype=bool)
    keep[0] = True
    np.not_equal(values[1:], values[:-1], out=keep[1:])
    return values[keep]


def minhash_of_hashes(hashes: np.ndarray) -> MinHash:
    m = _TEMPLATE.copy()
    if len(hashes):
        m.update_batch(hashes)
    return m


_PERM_A, _PERM_B = (np.asarray(p, dtype=np.uint32) for p in _TEMPLATE.permutations)
_FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))


def minhash_values(hashes: np.ndarray, perms: int = NUM_PERM) -> np.ndarray:
    """The first `perms` values of `minhash_of_hashes(hashes).hashvalues`, bit for bit, computed directly:
    datasketch's `update_batch` calls the hash function once per value in Python (a third of the cost of a
    fingerprint), and the lead bands need only their first few permutations, not all of them.
    The affine32 scheme: MurmurHash3's 32-bit finaliser, then a * h + b per permutation, wrapping mod 2**32."""
    if not len(hashes):
        return np.full(perms, np.iinfo(np.uint32).max, dtype=np.uint32)
    s1, m1, s2, m2, s3 = _FMIX32
    with np.errstate(over="ignore"):
        h = np.asarray(hashes, dtype=np.uint32)
        h = h ^ (h >> s1)
        h *= m1
        h ^= h >> s2
        h *= m2
        h ^= h >> s3
        # one row per permutation, reduced along its contiguous row: the transposed layout reduced across rows
        # took 7x as long (1.1 ms against 0.15 ms for a 2,000-character article)
        values = np.empty((perms, len(h)), dtype=np.uint32)
        np.multiply(_PERM_A[:perms, None], h[None, :], out=values)
        values += _PERM_B[:perms, None]
        return values.min(axis=1)


def band_keys(m: MinHash | np.ndarray, language: str | None, bands: int = BANDS, first_band: int = 0) -> list[int]:
    """One signed 64-bit key per band: language, band number and the band's values mixed together.
    `m`: a MinHash, or its values (`minhash_values`), at least `bands * ROWS` of them."""
    values = np.asarray(getattr(m, "hashvalues", m), dtype=np.uint64)[:bands * ROWS].reshape(bands, ROWS)
    lang = np.uint64(zlib.crc32((language or "").encode()))
    numbers = np.arange(first_band, first_band + bands, dtype=np.uint64)
    with np.errstate(over="ignore"):
        mixed = (values * _MIX[:ROWS]).sum(axis=1) ^ (numbers << np.uint64(40)) ^ lang
        mixed ^= mixed >> np.uint64(31)
        mixed *= _MIX[1]
        mixed ^= mixed >> np.uint64(29)
    return mixed.view(np.int64).tolist()


@dataclass
class Fingerprint:
    """Everything dedup needs of one article body, computed once."""
    content_hash: str
    shingles: np.ndarray  # sorted distinct hashes of the confirmation shingles
    band_keys: list[int]


def fingerprint(body: str, language: str | None) -> Fingerprint:
    normalized = body_for_hash(body)
    flat = _NON_WORD.sub("", normalized)
    confirm = shingle_hashes(flat, CONFIRM_SHINGLE)
    keys: list[int] = []
    if len(confirm) >= COPY_MIN_SHINGLES:
        # a MinHash is the same over a multiset as over its set: no need to make the windows distinct, and
        # the leads' windows are the first ones of the whole text's
        windows = window_hashes(flat, LSH_SHINGLE)
        keys = band_keys(minhash_values(windows, BANDS * ROWS), language)
        for n, chars in enumerate(LEAD_CHARS):  # band numbers of their own after the whole-text bands
            lead = minhash_values(windows[:max(0, chars - LSH_SHINGLE + 1)], LEAD_BANDS * ROWS)
            keys += band_keys(lead, language, LEAD_BANDS, first_band=BANDS + n * LEAD_BANDS)
    return Fingerprint(hashlib.sha256(normalized.encode("utf-8")).hexdigest(), confirm, keys)


def containment(a, b) -> float:
    """Share of the smaller set found in the larger: 1.0 for a truncation or an extension.
    Takes sets, or sorted distinct hash arrays."""
    if not len(a) or not len(b):
        return 0.0
    if isinstance(a, np.ndarray):
        common = len(np.intersect1d(a, b, assume_unique=True))
    else:
        common = len(a & b)
    return common / min(len(a), len(b))


def confirm_hashes(body: str) -> np.ndarray:
    return shingle_hashes(_flat(body), CONFIRM_SHINGLE)


def is_copy(sim: float, size_a: int, size_b: int, same_site: bool) -> bool:
    """The copy rule on a confirmed containment `sim` (see the thresholds above)."""
    comparable = min(size_a, size_b) >= COMPARABLE_SIZE * max(size_a, size_b)
    if sim >= STRICT_CONTAINMENT:
        return True
    return not same_site and comparable and sim >= CROSS_SITE_CONTAINMENT


class BandIndex(Protocol):
    """Where band keys live: in the store (`treatywatch.store.lsh.SqlBandIndex`) or in memory."""

    def add(self, article_id: int, keys: list[int]) -> None: ...

    def query(self, keys: list[int], limit: int = MAX_CANDIDATES) -> list[int]: ...


class MemoryBandIndex:
    """The in-memory band index, for tests and for benchmarks that compare against brute force."""

    def __init__(self):
        self._buckets: dict[int, list[int]] = defaultdict(list)

    def add(self, article_id: int, keys: list[int]) -> None:
        for key in keys:
            self._buckets[key].append(article_id)

    def query(self, keys: list[int], limit: int = MAX_CANDIDATES) -> list[int]:
        hits: dict[int, int] = defaultdict(int)
        for key in keys:
            for article_id in self._buckets.get(key, ()):
                hits[article_id] += 1
        return [a for a, _ in sorted(hits.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]]


def select_candidates(hits: dict[int, int], days: Mapping[int, int | None], day: int | None,
                      limit: int = MAX_CANDIDATES) -> list[int]:
    """Which articles sharing band keys to confirm: those sharing two or more (the most first, then the
    earliest), then up to MAX_SINGLE_BAND sharing one, the nearest in time first (then the earliest), none
    more than SINGLE_BAND_DAYS away (an article or a candidate without a date is not excluded: after the dated).
    `days`: the day numbers (`day_number`) of the candidates, as their band rows carry them; `day`: the new
    article's. The order of the list says nothing (copies are confirmed in id order)."""
    multi = sorted((aid for aid, n in hits.items() if n >= 2), key=lambda aid: (-hits[aid], aid))[:limit]
    single = sorted(aid for aid, n in hits.items() if n < 2 and (
        day is None or days.get(aid) is None or abs(days[aid] - day) <= SINGLE_BAND_DAYS))
    room = min(MAX_SINGLE_BAND, limit - len(multi))
    if len(single) > room:  # some are left out: the nearest in time are kept

        def distance(aid: int) -> int:
            other = days.get(aid)
            return abs(other - day) if day is not None and other is not None else 1 << 30

        single.sort(key=lambda aid: (distance(aid), aid))
    return multi + single[:room]


def day_number(published: str | None) -> int | None:
    """Day number of a published value with a full date; None for none or a year-month."""
    try:
        return date.fromisoformat(published[:10]).toordinal() if published and len(published) >= 10 else None
    except ValueError:
        return None


@dataclass
class Candidate:
    article_id: int
    containment: float
    copy: bool


def compare(fp: Fingerprint, site: str, others: list[tuple[int, str, str]]) -> list[Candidate]:
    """Confirm candidates `(article_id, body, site)` exactly; earliest first."""
    return compare_hashes(fp, site, [(article_id, confirm_hashes(body), other_site)
                                     for article_id, body, other_site in others])


def compare_hashes(fp: Fingerprint, site: str, others: list[tuple[int, np.ndarray, str]]) -> list[Candidate]:
    """`compare` on candidates whose confirmation shingles are known: `(article_id, confirm_hashes(body), site)`."""
    out = []
    for article_id, other, other_site in sorted(others, key=lambda o: o[0]):
        sim = containment(fp.shingles, other)
        out.append(Candidate(article_id, round(sim, 4), is_copy(sim, len(fp.shingles), len(other), other_site == site)))
    return out


def first_copy(candidates: list[Candidate]) -> Candidate | None:
    return next((c for c in candidates if c.copy), None)
