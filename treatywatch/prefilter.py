r"""A regular expression that first checks, in C, that the text holds a literal string its matches must contain.

The topic and stance patterns (statements/topic.py, stance.py) are long case-insensitive alternations run
on every reported sentence and its context; most sentences hold none of their words, and `re` finds that out
by trying every alternative at every position (some 20 µs a pattern for a 250-character sentence). Every
match of such a pattern contains one of a few literal strings (`talks`, `negotiat`, `переговор`, `交渉`…);
when the lowered text contains none of them, the pattern cannot match and is not run.

The strings are the most selective ones the pattern requires, anywhere in its matches, not only where they
begin: `\b(?:were|was) (?:in the focus|on the agenda)` requires `in the focus` or `on the agenda`, and a
check for its beginning (`w`: the parser factors `were|was` into `w(?:ere|as)`) let nearly every sentence
through; so did `the` for `(?:four|the) (?:\w+ )?islands`, where `islands` is what every match holds.

Exact: the answer is always the pattern's own. Lowering a text keeps it comparable with the lowered literals
unless it holds a character that `re`'s IGNORECASE matches some other way (`ı`, `ſ`, `İ`, the final sigma…,
see `re._compiler._EXTRA_CASES`); such a text, rare in news, is handed to the pattern without the check.
"""
from __future__ import annotations

import _sre
import re
from functools import lru_cache
from re import _compiler, _constants, _parser

_ZERO_WIDTH = {_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT}
_REPEATS = {_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT}
# characters that IGNORECASE matches to a letter other than their lower case (`ı` to `i`), and the letters whose
# lower case is not one character or depends on context: a text holding one is not checked, only matched
_OTHER_CASES = {chr(c) for key, others in _compiler._EXTRA_CASES.items() for c in (key, *others)
                if c != min(key, *others)} | {"İ", "Σ"}
_UNSAFE = re.compile("[" + re.escape("".join(sorted(_OTHER_CASES))) + "]")
CASE_UNSAFE = _UNSAFE  # (for others that match a lowered text in place of IGNORECASE)


def required_literals(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Lowered literal strings one of which every match of `pattern` contains, the most selective such set
    found (its shortest string the longest); None when some match may hold none (`talks|.`, `a*`)."""
    found = _required(list(_parser.parse(pattern, flags)))
    return tuple(sorted(found)) if found else None


def _required(items: list) -> set[str] | None:
    """The best set for a sequence: of each of its parts' sets (a run of literals, a group, a branch whose every
    alternative has a set, a part repeated at least once), the most selective."""
    best, run = None, []
    for op, av in [*items, (None, None)]:
        if op is _constants.LITERAL:
            run.append(chr(av))
            continue
        if run:
            best = _better(best, _literal("".join(run)))
            run = []
        if op is None:
            break
        found = None
        if op is _constants.SUBPATTERN:
            found = _required(list(av[3]))
        elif op is _constants.BRANCH:
            found = set()
            for alternative in av[1]:
                part = _required(list(alternative))
                if part is None:
                    found = None
                    break
                found |= part
        elif op in _REPEATS and av[0] >= 1:
            found = _required(list(av[2]))
        best = _better(best, found)
    return best


def _literal(word: str) -> set[str] | None:
    lowered = word.lower()
    if len(lowered) != len(word) or _UNSAFE.search(lowered):
        return None
    return {lowered}


def _better(a: set[str] | None, b: set[str] | None) -> set[str] | None:
    if a is None or b is None:
        return a if b is None else b
    return max(a, b, key=lambda found: (min(map(len, found)), -len(found)))


class Prefiltered:
    """A compiled pattern whose `search` first looks for its required literals in the lowered text."""

    def __init__(self, compiled: re.Pattern):
        self.compiled = compiled
        self.literals = required_literals(compiled.pattern, compiled.flags)
        # a case-insensitive pattern that matches a lowered text case-sensitively as it matches the text: searched
        # in the lowered text the literal check has made (two to four times as fast as IGNORECASE's folding)
        escapes = lowercase_escapes(compiled.pattern, compiled.flags) if compiled.flags & re.IGNORECASE else None
        self.lowered = re.compile(compiled.pattern, compiled.flags & ~re.IGNORECASE) if escapes is not None else None
        self.escapes = re.compile("[" + re.escape("".join(sorted(escapes))) + "]") if escapes else None

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        if pos == 0 and endpos is None and (self.literals is not None or self.lowered is not None):
            lowered = text.lower()
            if len(lowered) == len(text) and not _UNSAFE.search(text):
                if self.literals is not None and not any(map(lowered.__contains__, self.literals)):
                    return None
                if self.lowered is None or self.escapes is not None and self.escapes.search(lowered):
                    return self.compiled.search(text)
                found = self.lowered.search(lowered)
                # (the match object of the text as written, found where the lowered one begins)
                return None if found is None else self.compiled.search(text, found.start())
            return self.compiled.search(text)
        if self.literals is not None:
            # (a match between pos and endpos holds its literal there; lookbehinds may still read before pos)
            part = text[pos:endpos]
            lowered = part.lower()
            if len(lowered) == len(part) and not _UNSAFE.search(part) and \
                    not any(map(lowered.__contains__, self.literals)):
                return None
        return self.compiled.search(text, pos) if endpos is None else self.compiled.search(text, pos, endpos)

    def __getattr__(self, name):  # sub, finditer, pattern…: the pattern's own
        return getattr(self.compiled, name)


def lowercase_escapes(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Whether `pattern`, case-insensitive, matches a text where it matches case-sensitively in the text lowered:
    None when it does not (an upper-case letter, an inline flag that may turn the case back on); else the lower
    cases of characters its classes hold that the classes do not hold themselves (`[\u00C0-\u024F]` holds `Ⱥ`,
    whose lower case `ⱥ` is U+2C65): the two ways agree on a text whose lowered form holds none of them (nor a
    letter IGNORECASE folds some other way, see _UNSAFE)."""
    escapes: set[int] = set()
    try:
        safe = _lowercase_safe(list(_parser.parse(pattern, flags)), escapes)
    except (re.error, RecursionError):
        return None
    return frozenset(map(chr, escapes)) if safe else None


def _lowercase_safe(items: list, escapes: set[int]) -> bool:
    for op, av in items:
        if op in (_constants.LITERAL, _constants.NOT_LITERAL):
            if _sre.unicode_tolower(av) != av:
                return False
        elif op is _constants.IN:
            if not _class_lowered(av, escapes):
                return False
        elif op is _constants.SUBPATTERN:
            if av[1] or av[2] or not _lowercase_safe(list(av[3]), escapes):  # (inline flags)
                return False
        elif op is _constants.BRANCH:
            if not all(_lowercase_safe(list(alternative), escapes) for alternative in av[1]):
                return False
        elif op in _REPEATS:
            if not _lowercase_safe(list(av[2]), escapes):
                return False
        elif op in (_constants.ASSERT, _constants.ASSERT_NOT):
            if not _lowercase_safe(list(av[1]), escapes):
                return False
        elif op is _constants.ATOMIC_GROUP:
            if not _lowercase_safe(list(av), escapes):
                return False
        elif op not in (_constants.AT, _constants.ANY, _constants.CATEGORY, _constants.GROUPREF):
            return False  # (a conditional group, or an operator this check does not know)
    return True


def _class_lowered(items: list, escapes: set[int]) -> bool:
    """Adds to `escapes` the lower cases of the class's characters that it does not hold; False for a class
    this check cannot read."""
    found = _escapes_of_class(tuple(items))
    if found is None:
        return False
    escapes |= found
    return True


@lru_cache(maxsize=None)
def _escapes_of_class(items: tuple) -> frozenset[int] | None:
    """(the same classes recur in many patterns, `_LEFT`'s in every topic family: each read once)"""
    if any(op not in (_constants.LITERAL, _constants.RANGE, _constants.CATEGORY, _constants.NEGATE) for op, _ in items):
        return None
    singles = {av for op, av in items if op is _constants.LITERAL}
    ranges = [av for op, av in items if op is _constants.RANGE]
    found = set()
    for code in [*singles, *(code for lo, hi in ranges for code in range(lo, hi + 1))]:
        lower = _sre.unicode_tolower(code)
        if lower not in singles and not any(lo <= lower <= hi for lo, hi in ranges):
            found.add(lower)
    return frozenset(found)


def prefiltered(pattern: str, flags: int = 0) -> Prefiltered:
    return Prefiltered(re.compile(pattern, flags))



def literal_prefixes(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Literal strings, as written, one of which begins every match of a case-sensitive `pattern` (after its
    zero-width assertions); None when some match may begin otherwise (a class, a wildcard, an optional part, a
    case-insensitive part)."""
    if flags & re.IGNORECASE:
        return None
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
        if av[1] & re.IGNORECASE:
            return None
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
        return _prefixes(list(av[2])) if av[0] >= 1 else None
    run = []
    while i < len(items) and items[i][0] is _constants.LITERAL:
        run.append(chr(items[i][1]))
        i += 1
    return ["".join(run)] if run else None


class PrefixScanned:
    """`finditer` of a case-sensitive pattern whose every match begins with one of a few literal strings: the
    pattern is tried only where one of them occurs (found with `str.find`, in C), not at every position of the
    text, where `re` checks a look-behind and then each alternative. The same matches, in the same order:
    positions inside a match are passed over, as `finditer` passes over them; a pattern without such
    prefixes is run as it is."""

    def __init__(self, compiled: re.Pattern):
        self.compiled = compiled
        self.prefixes = literal_prefixes(compiled.pattern, compiled.flags)

    def finditer(self, text: str):
        if self.prefixes is None:
            yield from self.compiled.finditer(text)
            return
        starts = set()
        for prefix in self.prefixes:
            i = text.find(prefix)
            while i >= 0:
                starts.add(i)
                i = text.find(prefix, i + 1)
        end = 0
        for i in sorted(starts):
            if i < end:
                continue
            m = self.compiled.match(text, i)  # a look-behind still sees the text before i
            if m:
                yield m
                end = m.end()
