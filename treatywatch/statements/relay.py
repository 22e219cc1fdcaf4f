"""An institution relaying its own principal's words: "The Kremlin said Putin told Takaichi …", "said in a readout
that Putin was ready …", "В Кремле сообщили, что Путин заявил …", "ロシア大統領府は、プーチン大統領が…と述べたと発表".

The words are the principal's, as "According to the Kremlin, Putin told …" makes them; the other side's words in
the readout ("The Kremlin said Takaichi told Putin …") stay the institution's account of them.
"""
from __future__ import annotations

import re

from treatywatch.statements.article import JA_TITLE_AFTER_NAME, TITLE_RUN, Article, inside_any
from treatywatch.statements.quotes import Quote
from treatywatch.statements.verbs import SPEECH

# between an institution's verb and the person whose words it relays: when, where, "in a readout", "that"
RELAY_GAP = re.compile(r"(?:\s+(?:on|late on|early on|earlier on) \w+day|\s+in (?:a|its) (?:statement|readout|communiqu[eé]"
                       r"|message|press release)|\s+on (?:its|the) (?:website|telegram channel))*\s*,?\s*(?:that\s+|что\s+)?",
                       re.IGNORECASE)
# what the principal did: said it, or stated a readiness ("Putin was ready to …", "Путин выразил готовность")
RELAYED_AUX = re.compile(r"\s+(?:(?:had|has|also|later|then)\s+)*")
RELAYED_PREDICATE = re.compile(r"\s+(?:(?:was|is|had been) (?:ready|prepared|willing)|expressed|выразил\w*)\b", re.IGNORECASE)


def relayed_principal(art: Article, start: int, end: int, qs: list[Quote], institution):
    """The person of the institution's own side whose words the institution's sentence relays, right after its
    verb, or None."""
    gap = RELAY_GAP.match(art.text, start, end)
    at = gap.end() if gap else start
    for m in art.mentions_in(at, min(end, at + 60)):
        if inside_any(m.start, qs) or art.text[at:m.start].strip(" ,") and not TITLE_RUN.fullmatch(art.text[at:m.start]):
            return None
        if m.kind == "office":
            continue  # a title before the name ("President Vladimir Putin"): the name decides
        r = art.resolve(m)
        if not r or r[1] is None or r[1].kind != "person":
            return None
        if r[1].country != institution.country:
            return None  # the other side's words in the readout: the institution's account of them
        after = art.text[m.end:end]
        aux = RELAYED_AUX.match(after)
        v = SPEECH.match(after, aux.end()) if aux else None
        if v is not None or RELAYED_PREDICATE.match(after):
            return r
        return None
    return None


JA_PRINCIPAL = re.compile(rf"(?:{JA_TITLE_AFTER_NAME})?が")


def relayed_principal_ja(art: Article, s: int, verb_start: int, qs: list[Quote], institution):
    """"ロシア大統領府は、プーチン大統領が…と述べたと発表しました": the principal whose words the institution
    announced."""
    for m in art.mentions_in(s, verb_start):
        if inside_any(m.start, qs) or m.kind != "person" or m.entry.country != institution.country:
            continue
        if JA_PRINCIPAL.match(art.text, m.end):  # the subject (が) of the words, under the institution's topic (は)
            return m.entry.name, m.entry
    return None
