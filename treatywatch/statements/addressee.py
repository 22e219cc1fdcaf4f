"""Whom a statement was said to: "Suga told Putin that …", "Абэ заявил Путину, что …", "プーチン大統領に対し…".

What one leader told another in a call or a meeting reaches the press through one side's briefing and is then
retold in many words; the novelty index takes two reports of what the same speaker told the same person on the
same days as one utterance (`conversation`), however differently they are worded.
"""
from __future__ import annotations

import re

from treatywatch.prefilter import prefiltered
from treatywatch.statements.article import JA_TITLE_AFTER_NAME, TITLE_RUN
from treatywatch.statements.speakers import registry

# the verb of telling someone, its object next
TOLD = prefiltered(r"(?<!\w)(?:told|telling|assured|assuring|urged|urging|заявил\w*|сказал\w*|сообщил\w*|заверил\w*"
                  r"|пообещал\w*|предложил\w*|призвал\w*)(?!\w)", re.IGNORECASE)
FIRST_WORD = re.compile(r"\s+([\w-]+)")
FAR = 60  # characters from the verb to the name at most
# Japanese: the name, its title, then 「に対し」: "プーチン大統領に対し、…と伝えた"
JA_TO = re.compile(rf"(?:{JA_TITLE_AFTER_NAME})?に対し")


def addressee(text: str) -> str | None:
    """The registered person the statement was said to (canonical name), or None."""
    if not text:
        return None
    if TOLD.search(text) is None and "に対し" not in text:  # (a check in C for the verbs' words first)
        return None
    reg = registry()
    for told in TOLD.finditer(text):  # only the words after the verb are searched for names: "заявил" is common
        after = text[told.end():told.end() + FAR + 40]
        first = FIRST_WORD.match(after)
        if first is None or not (first.group(1)[:1].isupper() or TITLE_RUN.fullmatch(first.group(1))):
            continue  # "заявил, что …", "told reporters": no one named next (most statements; no search)
        for m in reg.find_mentions(after):
            # between the verb and the name: titles and the rest of a full name ("told Russian President Vladimir
            # Putin", "сказал президенту России Владимиру Путину"), nothing else
            if m.kind == "person" and 0 < m.start <= FAR and TITLE_RUN.fullmatch(after[:m.start]):
                return m.entry.name
    at = text.find("に対し")
    while at >= 0:  # "プーチン大統領に対し": the name just before
        before = text[max(0, at - 20):at + 3]
        for m in reg.find_mentions(before):
            if m.kind == "person" and JA_TO.match(before, m.end):
                return m.entry.name
        at = text.find("に対し", at + 3)
    return None
