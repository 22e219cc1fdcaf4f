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
        return extract(text, language=language, published=published, title=title, url=url)
    # the rules read a space where a page has a no-break or thin one ("Sergei&nbsp;Lavrov said"); the spans stay
    # the page's own characters (one for one, the offsets are the same)
    found = extract(text.translate(_TO_SPACE), language=language, published=published, title=title, url=url)
    for st in found:
        st.quote = text[st.start:st.end]
    return found


_TO_SPACE = {ord(c): " " for c in "\u00a0\u2007\u2009\u200a\u202f"}
_ODD_SPACES = re.compile("[\u00a0\u2007\u2009\u200a\u202f]")
