"""Text normalisation shared by dedup, statements and novelty: one place for quotes, whitespace and repeats."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

QUOTE_MARKS = "“”„‟«»「」『』‘’‚‛'`″"
_QUOTE_MARK = re.compile("[" + re.escape(QUOTE_MARKS) + "]")  # each becomes a plain double quote
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_PARAGRAPH_SPLIT = re.compile(r"\n\s*\n|\n")
_JUNK_PREFIX = re.compile(r"^\d{12,}")  # scrapers' numeric ids glued before a title
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_KANA = re.compile(r"[\u3040-\u30FF]")
_CJK = re.compile(r"[\u4E00-\u9FFF]")
_ARABIC = re.compile(r"[\u0600-\u06FF]")
_DEVANAGARI = re.compile(r"[\u0900-\u097F]")
# Lines that scrapers and aggregators wrap around an article; they say nothing about its text.
_BOILERPLATE = re.compile(
    r"^(leave a reply|your email address will not be published.*|share( this)?( post| article)?:?|back to top( close)?"
    r"|related( articles| posts| news)?|more like this|popular|source link|read more|advertisement|dmca"
    r"|print|email|tweet|comments?|subscribe.*|follow us.*|all rights reserved.*|copyright.*|©.*)$",
    re.IGNORECASE,
)


def normalize(text: str | None) -> str:
    """NFKC, one kind of quote and dash, single spaces, lower case: the form texts are compared in."""
    return _normalized(text or "")


@lru_cache(maxsize=512)  # each paragraph is normalised by clean_body, then again by the fingerprint of the body
def _normalized(text: str) -> str:
    # (str.translate with a dict and re.sub on every space cost ten times what these do; same output)
    text = _QUOTE_MARK.sub('"', unicodedata.normalize("NFKC", text))
    text = _DASHES.sub("-", text)
    return " ".join(text.split()).lower()


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in _PARAGRAPH_SPLIT.split(text or "") if p.strip()]


def is_boilerplate(line: str) -> bool:
    return _is_boilerplate_normalized(normalize(line))


def _is_boilerplate_normalized(norm: str) -> bool:
    return bool(_BOILERPLATE.match(norm)) or (len(norm) <= 3 and not _CJK.search(norm))


def _kept_paragraphs(text: str, min_chars: int = 30) -> list[tuple[str, str]]:
    """(paragraph, normalised) of every paragraph that does not repeat an earlier one (see below)."""
    seen: set[str] = set()
    kept: list[tuple[str, str]] = []
    dropped_prev = False
    for para in paragraphs(text):
        key = normalize(para)
        if key in seen and (len(key) >= min_chars or dropped_prev):
            dropped_prev = True
            continue
        dropped_prev = False
        seen.add(key)
        kept.append((para, key))
    return kept


def collapse_repeated_blocks(text: str, min_chars: int = 30) -> str:
    """Drop every paragraph that repeats an earlier one (a page that carries its article twice).

    Short paragraphs (titles, bylines) are kept unless they repeat exactly next to a repeated block, since
    short lines legitimately recur ("he said." in two quotes). A repeated title/header block at the start of
    the second copy leaves short orphans: exact repeats of short lines between dropped long ones go too.
    """
    return "\n\n".join(para for para, _ in _kept_paragraphs(text, min_chars))


def clean_body(text: str) -> str:
    """The article body as the pipeline reads it: repeats collapsed, wrapper boilerplate lines removed."""
    # each paragraph normalised once, for both tests (the confirmation of every copy candidate runs this)
    kept = [_JUNK_PREFIX.sub("", para) for para, norm in _kept_paragraphs(text) if not _is_boilerplate_normalized(norm)]
    return "\n\n".join(p for p in kept if p)


def guess_language(text: str, declared: str | None = None) -> str:
    """The declared language when given, else a script-based guess (enough to route rules by script)."""
    if declared:
        return declared.lower().split("-")[0][:8]
    sample = (text or "")[:3000]
    if _KANA.search(sample):
        return "ja"
    counts = {"ru": len(_CYRILLIC.findall(sample)), "zh": len(_CJK.findall(sample)),
              "ar": len(_ARABIC.findall(sample)), "hi": len(_DEVANAGARI.findall(sample))}
    lang, n = max(counts.items(), key=lambda kv: kv[1])
    return lang if n > 20 else "en"


# a word: letters, digits and Devanagari's vowel signs (not \w), a hyphenated compound whole ("japan-russia")
WORD = re.compile(r"[\w\u0900-\u097f]+(?:-[\w\u0900-\u097f]+)*")


@lru_cache(maxsize=4)
def word_counts(lowered: str) -> Counter:
    """How often each word occurs in `lowered`, a lowered text; the caller must not change the answer.
    Relevance and story concepts read the same lowered title and body (the body is most often shorter than
    either one's limit): cached, the article is split into words once."""
    return Counter(WORD.findall(lowered))
