"""Duplicate detection: canonical URLs, exact content hashes and near-duplicate copies (MinHash LSH).

A copy points to the earliest stored article whose text it carries (`duplicate_of`), with the evidence
(similarity) kept. Character shingles make it work the same for English, Russian and Japanese.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import numpy as np
import tldextract
from datasketch import MinHash, MinHashLSH
from w3lib.url import canonicalize_url

from treatywatch.text import normalize, paragraphs

NUM_PERM = 128
SCHEME = "affine32"  # stored signatures must be read back with the scheme that made them
SHINGLE = 5
# Candidate threshold is low on purpose: truncated copies have a low Jaccard but a high containment,
# and every candidate is confirmed on the exact shingle sets.
LSH_THRESHOLD = 0.2
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
    cleaned = urlunsplit((scheme, netloc, path, urlencode(query), ""))
    cleaned = canonicalize_url(cleaned, keep_fragments=False)
    return cleaned[:-1] if cleaned.endswith("/") and urlsplit(cleaned).path != "/" else cleaned


_TLD = tldextract.TLDExtract(suffix_list_urls=())  # the bundled public-suffix snapshot: no network


def site_of(url: str) -> str:
    """The registered domain (tass.com, japantimes.co.jp): what one outlet's pages share."""
    host = (urlsplit(url).hostname or "").lower()
    parts = _TLD(host)
    return f"{parts.domain}.{parts.suffix}" if parts.suffix else host


def body_for_hash(text: str) -> str:
    """Normalised body without short lines (datelines, bylines, credit lines differ between copies)."""
    return "\n".join(p for p in (normalize(x) for x in paragraphs(text)) if len(p) >= 40 or len(p) >= 12 and not p.isascii())


def content_hash(text: str) -> str:
    return hashlib.sha256(body_for_hash(text).encode("utf-8")).hexdigest()


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    """Character k-grams of the normalised body, spaces and punctuation removed (script independent)."""
    flat = re.sub(r"[\W_]+", "", body_for_hash(text))
    return {flat[i:i + k] for i in range(max(0, len(flat) - k + 1))}


def minhash_of(sh: set[str]) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    m.update_batch([s.encode("utf-8") for s in sh])
    return m


def signature_bytes(m: MinHash) -> bytes:
    return np.asarray(m.hashvalues, dtype=np.uint64).tobytes()


def minhash_from_bytes(raw: bytes) -> MinHash:
    return MinHash(num_perm=NUM_PERM, hashvalues=np.frombuffer(raw, dtype=np.uint64).copy(), scheme=SCHEME)


def is_copy(sim: float, size_a: int, size_b: int, same_site: bool) -> bool:
    """The copy rule on a confirmed containment `sim` (see the thresholds above)."""
    comparable = min(size_a, size_b) >= COMPARABLE_SIZE * max(size_a, size_b)
    if sim >= STRICT_CONTAINMENT:
        return True
    return not same_site and comparable and sim >= CROSS_SITE_CONTAINMENT


def containment(a: set[str], b: set[str]) -> float:
    """Share of the smaller set found in the larger: 1.0 for a truncation or an extension."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


@dataclass
class CopyMatch:
    article_id: int
    similarity: float


class CopyIndex:
    """Near-duplicate index over stored first appearances; rebuilt from stored signatures on each run.

    Exact shingle sets are kept in memory only for articles added in this process; stored articles are
    confirmed against their stored text via `load_shingles` (a callback, so the index needs no DB access).
    """

    def __init__(self, load_text=None):
        self._lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
        self._shingles: dict[int, set[str]] = {}
        self._sites: dict[int, str] = {}
        self._load_text = load_text

    def __len__(self) -> int:
        return len(self._sites)

    def add(self, article_id: int, m: MinHash, site: str, sh: set[str] | None = None) -> None:
        if article_id in self._lsh:
            return
        self._lsh.insert(article_id, m)
        self._sites[article_id] = site
        if sh is not None:
            self._shingles[article_id] = sh

    def _shingles_of(self, article_id: int) -> set[str]:
        sh = self._shingles.get(article_id)
        if sh is None and self._load_text is not None:
            sh = shingles(self._load_text(article_id) or "")
            self._shingles[article_id] = sh
        return sh or set()

    def compare(self, m: MinHash, sh: set[str], site: str) -> list[tuple[int, float, bool]]:
        """LSH candidates, earliest first, each with its exact containment and whether it is a copy."""
        if len(sh) < COPY_MIN_SHINGLES:
            return []
        out = []
        for cand in sorted(self._lsh.query(m)):  # ids grow with processing order: earliest first
            other = self._shingles_of(cand)
            sim = containment(sh, other)
            out.append((cand, round(sim, 4), is_copy(sim, len(sh), len(other), self._sites.get(cand) == site)))
        return out

    def match(self, m: MinHash, sh: set[str], site: str) -> CopyMatch | None:
        """The earliest confirmed copy among the LSH candidates, or None."""
        for cand, sim, copy in self.compare(m, sh, site):
            if copy:
                return CopyMatch(cand, sim)
        return None
