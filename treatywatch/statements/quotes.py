"""Quotation spans and sentence spans of a text, as character offsets. One linear pass each.

Quotes: «…» „…“ 「…」 『…』 nest; “…” and "…" pair by alternation, whatever way machine translation turned
the marks (“…“ and ”…” both occur). A quote never runs past the end of its paragraph.
Sentences never end inside a quote, so a multi-sentence quote stays in one sentence with its attribution.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

PAIRED = {"«": "»", "„": "“", "「": "」", "『": "』"}
TOGGLE = set('“”"')
MAX_QUOTE = 3000


@dataclass
class Quote:
    start: int  # offset of the opening mark
    end: int  # offset just after the closing mark

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + 1, self.end - 1


def find_quotes(text: str, start: int = 0, end: int | None = None) -> list[Quote]:
    """Top-level quotes of text[start:end] (a paragraph)."""
    end = len(text) if end is None else end
    out: list[Quote] = []
    stack: list[tuple[str, int]] = []  # (expected closer, offset)
    memo = [end, -1, -1]  # the last nested-closer search: (from, found at or -1, searched to)
    for m in _MARKS.finditer(text, start, end):  # only marks change anything: the letters between are skipped
        i = m.start()
        if stack and i - 1 - stack[0][1] > MAX_QUOTE:  # runaway before this mark: forget the opener
            stack.clear()
        ch = text[i]
        if stack and ch == stack[-1][0]:  # the closer the innermost open quote waits for
            _, at = stack.pop()
            if not stack:
                out.append(Quote(at, i + 1))
        elif ch in PAIRED:
            stack.append((PAIRED[ch], i))
        elif ch in TOGGLE:
            if stack and stack[-1][0] == "\x00" and ch == '"' and _opens_inside(text, i, end, stack[-1][1], memo):
                stack.append(("\x00", i))  # '"Никаких "северных территорий" нет"': a quote inside the quote
            elif stack and stack[-1][0] == "\x00":  # an open “/" quote: this mark closes it
                _, at = stack.pop()
                if not stack:
                    out.append(Quote(at, i + 1))
            else:
                stack.append(("\x00", i))
        if stack and i - stack[0][1] > MAX_QUOTE:  # runaway: forget the opener
            stack.clear()
    return out


def _opens_inside(text: str, i: int, end: int, opened: int, memo: list[int] | None = None) -> bool:
    """A straight mark inside an open straight quote opens a nested one when it stands like an opener (a space
    before it, a letter after it) and a mark that closes it follows in the paragraph before another that closes
    the outer one ('"Никаких "северных территорий" нет, есть Курилы", - написал он')."""
    if text[opened] != '"' or i == 0 or not text[i - 1].isspace() or i + 1 >= end or not text[i + 1].isalnum():
        return False
    # the outer quote ends within MAX_QUOTE of its opener (the runaway rule): no need to look further, and a page
    # of unclosed marks is not read to its end once per mark
    limit = min(end, opened + MAX_QUOTE + 1)
    at = _nested_closer(text, i + 1, limit, memo if memo is not None else [end, -1, -1])
    return 0 <= at and text.find('"', at + 1, limit) >= 0


def _nested_closer(text: str, start: int, limit: int, memo: list[int]) -> int:
    """Where NESTED_CLOSER first matches in text[start:limit], or -1. `memo` = [from, found, to]: the first match at
    or after `from` is at `found`, or there is none before `to` (found -1). The marks of a paragraph are asked about
    in order, so each stretch of text is searched once (a page of unclosed marks is not read again per mark)."""
    searched_from, found, searched_to = memo
    if searched_from <= start:
        if found >= start:
            return found if found < limit else -1
        if found < 0:
            if limit <= searched_to:
                return -1
            m = NESTED_CLOSER.search(text, max(start, searched_to), limit)
            memo[1:] = [m.start() if m else -1, limit]
            return memo[1]
    m = NESTED_CLOSER.search(text, start, limit)
    memo[:] = [start, m.start() if m else -1, limit]
    return memo[1]


# a straight mark closing a nested quote: after a letter, before a space or punctuation, then more of the outer
NESTED_CLOSER = re.compile(r'(?<=\w)"(?=[\s,.;:!?)—-])')
# every character `find_quotes` acts on: openers, closers, the toggling marks (and the toggle's own placeholder)
_MARKS = re.compile("[" + re.escape("".join(sorted(set(PAIRED) | set(PAIRED.values()) | TOGGLE | {"\x00"}))) + "]")


# a full stop glued to the next sentence ("передает ТАСС.Глава МИД …", scraped pages lose the space) ends one
# when a word of three letters or more stands before it and a capitalised word after it (not "U.S.Army")
SENTENCE_END_PLAIN = (r"[.!?。！？]+[\"”»」』’)]*(?=\s|$)|[。！？](?!\s)|\n"
                      r"|(?<=[^\W\d_]{3})\.(?=[A-ZА-ЯЁ][a-zа-яё]{2,})")
# The same pattern with every alternative beginning with one literal character (the leading class spelled
# out per character, the lookbehind moved after the full stop): then `re` scans for those characters in C
# instead of trying four alternatives at every position, a tenth of the time (tests/test_quotes.py compares)
_END_MARKS = ".!?。！？"
SENTENCE_END = re.compile("|".join(
    [re.escape(c) + r"[.!?。！？]*[\"”»」』’)]*(?=\s|$)" for c in _END_MARKS]
    + [c + r"(?!\s)" for c in "。！？"]
    + [r"\n", r"\.(?<=[^\W\d_]{3}\.)(?=[A-ZА-ЯЁ][a-zа-яё]{2,})"]))


def split_sentences(text: str, quotes: list[Quote], start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans of text[start:end]; a sentence end inside a quote does not count."""
    end = len(text) if end is None else end
    inside = _inside_index(quotes)
    quote_ends = {q.end for q in quotes}
    out, s = [], start
    for m in SENTENCE_END.finditer(text, start, end):
        cut = m.end()
        if m.group() != "\n" and inside(m.start()) and not (cut in quote_ends and _next_sentence(text, cut)):
            continue
        if text[m.start()] == "." and _abbreviation(text, m.start(), s):
            continue
        if text[s:cut].strip():
            out.append(_trim(text, s, cut))
        s = cut
    if s < end and text[s:end].strip():
        out.append(_trim(text, s, end))
    return out


# English puts the full stop inside the closing mark: '… "steadily advance negotiations." Asahi wrote that …' ends
# a sentence; '…." Lavrov said.' (a stop where a comma belongs) still carries its attribution
NEXT_SENTENCE = re.compile(r"\s+[A-ZА-ЯЁ]")
SHORT_ATTRIBUTION = re.compile(r"\s+(?:[A-ZА-ЯЁ][\w.’'-]*\s+){1,4}(?:said|says|added|told \w+|noted|stressed|wrote)"
                               r"(?:\s+(?:on|in|at|during|after)\s+[^.!?\"“”]{0,30})?[.!?]", re.IGNORECASE)


def _next_sentence(text: str, pos: int) -> bool:
    return bool(NEXT_SENTENCE.match(text, pos)) and not SHORT_ATTRIBUTION.match(text, pos)


def _inside_index(quotes: list[Quote]):
    spans = [(q.start, q.end) for q in quotes]
    idx = {"i": 0}

    def inside(pos: int) -> bool:  # positions arrive in increasing order
        i = idx["i"]
        while i < len(spans) and spans[i][1] <= pos:
            i += 1
        idx["i"] = i
        return i < len(spans) and spans[i][0] < pos < spans[i][1] - 1
    return inside


ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Lt|Col|No|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|U\.S|U\.N|vs|etc|ed|Approx|approx|т\.е|т\.н|г|гг|ул|им)|\b[A-ZА-Я])$")


def _abbreviation(text: str, dot: int, sentence_start: int) -> bool:
    before = text[max(sentence_start, dot - 8):dot]
    if ABBREV.search(before) or before.strip().isdigit() and not text[sentence_start:dot - len(before)].strip():
        return True  # "Mr.", "U.S.", and the number of a numbered paragraph ("3. In response, …")
    nxt = text[dot + 1:dot + 3]
    return bool(nxt) and nxt.strip()[:1].islower()


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Lines with words on them; a Japanese front-page column's ▲, ▼ or ◆ between its sentences, where a full stop
    would be, ends its paragraph too (「…という戒めである▲モスクワで14日に…」: the column's next paragraph)."""
    out, s = [], 0
    for m in PARAGRAPH_BREAK.finditer(text):
        if text[s:m.start()].strip():
            out.append(_trim(text, s, m.start()))
        s = m.end()
    if text[s:].strip():
        out.append(_trim(text, s, len(text)))
    return out


PARAGRAPH_BREAK = re.compile(r"\n|(?<=[\u3040-\u30ff\u4e00-\u9fff。」）])[▲▼◆](?=[\u3040-\u30ff\u4e00-\u9fff「（0-9０-９])")
