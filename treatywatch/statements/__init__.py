"""Statements on the peace treaty: extraction, speakers, topic and novelty.

The one entry point the pipeline calls is `extract_statements`; `novelty.NoveltyIndex` decides new vs seen.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass
class ExtractedStatement:
    speaker: str  # canonical English name ("Sergei Lavrov", "Russian Foreign Ministry"), or the name as written
    quote: str  # verbatim span of the article text
    start: int  # character offsets of `quote` in the text
    end: int
    direct: bool  # the span stands in quotation marks
    peace_treaty: bool  # about the treaty, the islands, the 1956 declaration or the talks
    speaker_as_written: str = ""
    topics: list[str] = field(default_factory=list)
    rule: str = ""  # which rule found it, for `statements explain`


def extract_statements(text: str, language: str | None = None, published: str | None = None,
                       title: str | None = None, url: str | None = None) -> list[ExtractedStatement]:
    """`url`: where the article was published; its site tells whose "the Foreign Ministry" is when the text
    does not (see statements/article.py, `home_entries`)."""
    from treatywatch.statements.extract import extract

    if not text or not _ODD_SPACES.search(text):
        return _latin_names(extract(text, language=language, published=published, title=title, url=url))
    # the rules read a space where a page has a no-break or thin one ("Sergei&nbsp;Lavrov said"); the spans stay
    # the page's own characters (one for one, the offsets are the same)
    found = extract(text.translate(_TO_SPACE), language=language, published=published, title=title, url=url)
    for st in found:
        st.quote = text[st.start:st.end]
    return _latin_names(found)


# an unregistered name in Cyrillic, as written («Петр Толстой»): stored in Latin letters, as the registry's names
# are ("Petr Tolstoy"), so that reports of him in Russian and English share a speaker; the text's form stays in
# `speaker_as_written`
CYRILLIC_NAME = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?(?: [А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?){1,2}")
_CYRILLIC = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i", "й": "y",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya"})
_ENDINGS = re.compile(r"(?:ий|ый)$")  # «Слуцкий» is "Slutsky", as the English press writes it


def latin_name(name: str) -> str:
    """«Петр Толстой» → "Petr Tolstoy", «Леонид Слуцкий» → "Leonid Slutsky", «Андрей Ветлугин» → "Andrei Vetlugin"
    (a given name's -ей as the English press writes it: Andrei, Sergei, Alexei)."""
    words = [_ENDINGS.sub("y", w.lower()).translate(_CYRILLIC) for w in name.split()]
    if len(words) > 1 and name.split()[0].endswith("ей"):
        words[0] = words[0][:-1] + "i"
    return " ".join("-".join(p[:1].upper() + p[1:] for p in w.split("-")) for w in words)


def _latin_names(found: list[ExtractedStatement]) -> list[ExtractedStatement]:
    for st in found:
        if CYRILLIC_NAME.fullmatch(st.speaker):
            st.speaker_as_written = st.speaker_as_written or st.speaker
            st.speaker = latin_name(st.speaker)
    return found


_TO_SPACE = {ord(c): " " for c in "\u00a0\u2007\u2009\u200a\u202f"}
_ODD_SPACES = re.compile("[\u00a0\u2007\u2009\u200a\u202f]")
