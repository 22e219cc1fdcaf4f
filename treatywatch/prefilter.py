"""A regular expression that first checks, in C, that the text holds a word its matches must begin with.

The topic and stance patterns (statements/topic.py, stance.py) are long case-insensitive alternations run
on every reported sentence and its context; most sentences hold none of their words, and `re` finds that out
by trying every alternative at every position (some 20 µs a pattern for a 150-character sentence). Every
match of such a pattern begins with one of a few literal strings (`talks`, `negotiat`, `переговор`, `交渉`…);
when the lowered text contains none of them, the pattern cannot match and is not run.

Exact: the answer is always the pattern's own. Lowering a text keeps it comparable with the lowered literals
unless it holds a character that `re`'s IGNORECASE matches some other way (`ı`, `ſ`, `İ`, the final sigma…,
see `re._compiler._EXTRA_CASES`); such a text, rare in news, is handed to the pattern without the check.
"""
from __future__ import annotations

import re
from re import _compiler, _constants, _parser

_ZERO_WIDTH = {_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT}
_REPEATS = {_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT}
# characters that IGNORECASE matches to a letter other than their lower case (`ı` to `i`), and the letters whose
# lower case is not one character or depends on context: a text holding one is not checked, only matched
_OTHER_CASES = {chr(c) for key, others in _compiler._EXTRA_CASES.items() for c in (key, *others)
                if c != min(key, *others)} | {"İ", "Σ"}
_UNSAFE = re.compile("[" + re.escape("".join(sorted(_OTHER_CASES))) + "]")


def literal_prefixes(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Lowered literal strings one of which begins every match of `pattern` (after its zero-width
    assertions), or None when some match may begin otherwise (with a class, a wildcard, an optional part)."""
    found = _prefixes(list(_parser.parse(pattern, flags)))
    return tuple(sorted(set(found))) if found else None


def _prefixes(items: list) -> list[str] | None:
    i = 0
    while i < len(items) and items[i][0] in _ZERO_WIDTH:
        i += 1
    if i == len(items):
        return None
    op, av = items[i]
    if op is _constants.SUBPATTERN:
        return _prefixes(list(av[3]) + items[i + 1:])
    if op is _constants.BRANCH:
        out: list[str] = []
        for alternative in av[1]:
            found = _prefixes(list(alternative) + items[i + 1:])
            if found is None:
                return None
            out += found
        return out
    if op in _REPEATS:
        low, _high, repeated = av
        return _prefixes(list(repeated)) if low >= 1 else None
    run = []
    while i < len(items) and items[i][0] is _constants.LITERAL:
        run.append(chr(items[i][1]))
        i += 1
    word = "".join(run)
    if not word or len(word.lower()) != len(word) or _UNSAFE.search(word.lower()):
        return None
    return [word.lower()]


class Prefiltered:
    """A compiled pattern whose `search` first looks for its literal prefixes in the lowered text."""

    def __init__(self, compiled: re.Pattern):
        self.compiled = compiled
        self.prefixes = literal_prefixes(compiled.pattern, compiled.flags)

    def search(self, text: str):
        if self.prefixes is not None:
            lowered = text.lower()
            if len(lowered) == len(text) and not _UNSAFE.search(text) and \
                    not any(map(lowered.__contains__, self.prefixes)):
                return None
        return self.compiled.search(text)

    def __getattr__(self, name):  # sub, finditer, pattern…: the pattern's own
        return getattr(self.compiled, name)


def prefiltered(pattern: str, flags: int = 0) -> Prefiltered:
    return Prefiltered(re.compile(pattern, flags))
