"""The speaker registry: names in three scripts, titles, and who held which office when.

`find_mentions(text)` lists every person, institution and office title named in a text, in order;
`Registry.holder(office, date)` says who held an office on a date. Matching is token/dictionary based
(Latin and Cyrillic) or plain substring search (Japanese), so its cost is linear in the text length.
"""
from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from treatywatch.alternation import factored

REGISTRY_FILE = Path(__file__).with_name("speakers.yaml")
log = logging.getLogger(__name__)

# Russian case endings a surname may take (Лавров-а/-у/-ым/-е, Захаров-ой, Кисид-ы/-е/-у/-ой)
CYRILLIC_ENDINGS = ("", "а", "у", "ом", "ым", "е", "ой", "ы", "ого", "ому", "ую", "ою", "и", "ем", "ей", "я", "ю", "ий", "ый",
                    "им")
TOKEN = re.compile(r"[^\W\d_][\w'’\-]*")
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


@dataclass
class Entry:
    name: str
    kind: str  # person | institution
    country: str | None = None
    offices: list[tuple[str, str, str | None]] = field(default_factory=list)  # (office, from, to)
    gender: str | None = None  # "f" / "m": which of "she" / "he" can point to the person

    def held(self, office: str) -> bool:
        return any(o == office for o, _, _ in self.offices)

    def held_on(self, date: str, offices: Callable[[str], bool]) -> str | None:
        """The office (one that `offices` accepts) held on `date` (ISO, or year-month), or None."""
        day = date[:10]
        for o, start, end in self.offices:
            if offices(o) and start[: len(day)] <= day and (end is None or day < end[: len(day)] or
                                                            (len(day) < 10 and day <= end[: len(day)])):
                return o
        return None


@dataclass
class Mention:
    start: int
    end: int
    kind: str  # person | institution | office | unknown
    entry: Entry | None = None
    office: str | None = None  # for kind == office
    surface: str = ""

    @property
    def name(self) -> str:
        return self.entry.name if self.entry else self.surface


def _fold(word: str) -> str:
    return word.lower().replace("’", "'").replace("ё", "е")


def _is_cyrillic(word: str) -> bool:
    return bool(word) and "\u0400" <= word[0] <= "\u04ff"


# a Japanese title after a family name, in the forms the press writes it: 「前原外相」 is also 「前原外務大臣」,
# 「前原大臣」; 「仙谷官房長官」 also 「仙谷長官」
JA_TITLE_FORMS = (("外相", "外務大臣", "大臣"), ("首相", "総理", "総理大臣", "内閣総理大臣"), ("官房長官", "長官"),
                  ("防衛相", "防衛大臣", "大臣"))
JA_FAMILY_TITLE = re.compile(r"([\u4e00-\u9fff々]{1,3}?)(" + "|".join(sorted({t for ts in JA_TITLE_FORMS for t in ts},
                                                                             key=len, reverse=True)) + ")")


JA_TITLE_OFFICE = {"外相": "_foreign_minister", "首相": "_pm", "官房長官": "_chief_cabinet_secretary",
                   "防衛相": "_defence_minister"}  # (each form group by its first form)


def _title_variants(aliases: list[str]) -> dict[str, str]:
    """The other forms of each 「family name + title」 alias (only for its own title's office), each with the
    office it names: a form written for a family name is its bearer's only while he holds that office."""
    out = {}
    for alias in aliases:
        m = JA_FAMILY_TITLE.fullmatch(alias)
        if m is None:
            continue
        for forms in JA_TITLE_FORMS:
            if m.group(2) in forms and m.group(2) != "大臣":
                out.update((m.group(1) + t, JA_TITLE_OFFICE[forms[0]]) for t in forms)
    return out


class Registry:
    """Built from the YAML registry's data. An entry or a pattern that cannot be read is left out and named in
    `problems` (a user's bad line costs that line, not every article's extraction)."""

    def __init__(self, data: dict):
        self.problems: list[str] = []
        data = data if isinstance(data, dict) else {}
        self.entries: list[Entry] = []
        self.latin: dict[str, list[tuple[tuple[str, ...], Entry]]] = {}  # first token → aliases
        self.cjk: list[tuple[str, Entry]] = []  # substring aliases (Japanese, also Arabic/Hindi forms)
        self._cjk_first: dict[str, list[tuple[str, Entry]]] | None = None
        self.shared: dict[str, list[Entry]] = {}  # a substring alias two people bear, each in his own years
        self.title_forms: dict[tuple[str, str], str] = {}  # (written form, name) → the office that form names
        self.by_name: dict[str, Entry] = {}
        self.surnames: dict[str, Entry] = {}
        self.given_names: dict[str, set[str]] = {}  # entry name → the first words of its full names (any script)
        self.family_names: dict[str, list[Entry]] = {}  # last word of a full-name alias → who bears it
        self._family_named: set[tuple[str, bool]] = set()  # (person, Cyrillic?) whose family name is known
        for kind, key in (("person", "people"), ("institution", "institutions")):
            for n, item in enumerate(data.get(key) or []):
                try:
                    entry = Entry(str(item["name"]), kind, item.get("country"),
                                  [(str(o["office"]), str(o["from"]), str(o["to"]) if o.get("to") else None)
                                   for o in item.get("offices") or []],
                                  item.get("gender") if item.get("gender") in ("f", "m") else None)
                except (TypeError, KeyError, AttributeError) as exc:
                    self.problems.append(f"{key}[{n}]: not an entry with a name ({exc!r}): {item!r:.80}")
                    continue
                self.entries.append(entry)
                self.by_name[entry.name.lower()] = entry
                if kind == "person":
                    aliases = [str(a) for a in item.get("aliases") or [] if isinstance(a, (str, int, float))]
                    for alias in item.get("aliases") or []:
                        if not isinstance(alias, (str, int, float)):
                            self.problems.append(f"{entry.name}: alias {alias!r:.80} is not text (quote it in YAML)")
                    variants = {a: o for a, o in _title_variants(aliases).items() if a not in aliases}
                    for alias in aliases + list(variants):
                        self._add_alias(alias, entry)
                    self.title_forms.update(((a, entry.name), o) for a, o in variants.items())
        # titles and institutions are short regular expressions; each runs only when its longest literal
        # word occurs in the text, so a text pays for the few titles it may contain
        self._titles: list[tuple[str, re.Pattern, str, object]] = []
        for office, patterns in (data.get("offices") or {}).items():
            for pat in patterns or []:
                self._add_title(pat, "office", office, office)
        self.voices: dict[str, tuple[str, ...]] = {}  # institution → the offices that speak for it
        for item in data.get("institutions") or []:
            entry = self.by_name.get(str(item.get("name", "")).lower()) if isinstance(item, dict) else None
            voices = item.get("voices") if entry is not None else None
            if isinstance(voices, list) and all(isinstance(o, str) for o in voices):
                self.voices[entry.name] = tuple(voices)
            elif voices is not None:
                self.problems.append(f"{entry.name}: voices {voices!r:.80} is not a list of offices")
            for pat in (item.get("aliases") or []) if entry is not None else []:
                self._add_title(pat, "institution", entry, entry.name)
        # how far from an anchor word its titles can begin or end: the longest match of any of them
        self._reach: dict[str, int] = {}
        # the titles of each anchor word, with their places in `_titles` (a text looks at its anchors' titles only)
        self._titles_of: dict[str, list[tuple[int, re.Pattern, str, object]]] = {}
        for n, (anchor, rx, kind, value) in enumerate(self._titles):
            self._reach[anchor] = max(self._reach.get(anchor, 0), _reach(rx, anchor))
            self._titles_of.setdefault(anchor, []).append((n, rx, kind, value))
        # where a registered name can begin: one search for every alias's first token (a Cyrillic stem's case
        # endings follow it), after anything but a letter; and the most tokens an alias has
        keys = sorted(self.latin, key=len, reverse=True)
        self._name_starts = re.compile(r"(?<![^\W\d_])(?:" + factored("|".join(map(re.escape, keys))) + ")") \
            if keys else None
        self._longest_alias = max((len(t) for aliases in self.latin.values() for t, _ in aliases), default=1)

    def _add_title(self, pattern, kind: str, value, owner: str) -> None:
        if not isinstance(pattern, str):
            self.problems.append(f"{owner}: pattern {pattern!r:.80} is not text (quote it in YAML: ': ' starts a mapping)")
            return
        try:
            re.compile(pattern)
        except re.error as exc:
            self.problems.append(f"{owner}: pattern {pattern!r} is not a regular expression ({exc})")
            return
        # each alternative of "a|b" with its own anchor word: one anchor for the whole would be one alternative's,
        # and a text holding only another's would never be searched ("駐ロシア大使|駐ロ大使")
        for alternative in _top_level_alternatives(pattern):
            self._titles.append((_anchor(alternative), re.compile(self._bounded(alternative), re.IGNORECASE), kind,
                                 value))

    @staticmethod
    def _bounded(pattern: str) -> str:
        if CJK.search(pattern):
            return pattern
        return rf"(?<!\w){pattern}(?!\w)"

    def _add_alias(self, alias: str, entry: Entry) -> None:
        tokens = tuple(_fold(t) for t in TOKEN.findall(alias))
        if not tokens or CJK.search(alias) or not all(t[0].isalpha() and ord(t[0]) < 0x0530 for t in tokens):
            earlier = next((e for a, e in self.cjk if a == alias), None)
            if earlier is not None:  # 「菅首相」: Kan in 2011, Suga in 2021 — the article's date decides
                self.shared.setdefault(alias, [earlier]).append(entry)
                return
            self.cjk.append((alias, entry))
            self._cjk_first = None  # (the index by first letter is built again when next needed)
            return
        if len(tokens) > 1:
            self.given_names.setdefault(entry.name, set()).add(tokens[0])
        if _is_cyrillic(tokens[-1]):  # index the stem so that case forms match (Кисида → Кисид-ы)
            # (a short surname after a given name too: «Ёсихидэ Суга» → «Ёсихидэ Сугой»; alone, «Суга» stays whole)
            tokens = tokens[:-1] + (_stem(tokens[-1], short=len(tokens) > 1),)
        self.latin.setdefault(tokens[0], []).append((tokens, entry))
        self.latin[tokens[0]].sort(key=lambda a: -len(a[0]))
        if len(tokens) == 1:
            self.surnames[tokens[0]] = entry
        elif (entry.name, _is_cyrillic(tokens[-1])) not in self._family_named:
            # the first full name of each script is written given name first ("Shigeru Ishiba", "Сигэру Исиба");
            # later ones may not be ("Ishiba Shigeru"): only the first says which word is the family name
            self._family_named.add((entry.name, _is_cyrillic(tokens[-1])))
            self.family_names.setdefault(tokens[-1], []).append(entry)

    def holder(self, office: str, date: str | None) -> Entry | None:
        """Who held `office` on `date` (ISO, or year-month); None when unknown or no date."""
        if not date:
            return None
        return next((entry for entry in self.entries if entry.held_on(date, office.__eq__)), None)

    def by_date(self, m: Mention, date: str | None) -> Mention | None:
        """`m` as the bearer of its shared alias who held an office on `date` (or the first registered); None for
        a title form written for a family name whose bearer did not hold that office then (「田中大臣」 in 2019 is
        not Makiko Tanaka, foreign minister in 2001)."""
        office = self.title_forms.get((m.surface, m.entry.name)) if m.entry is not None and date else None
        if office is not None and m.entry.held_on(date, lambda o: o.endswith(office)) is None:
            return None
        bearers = self.shared.get(m.surface) if m.kind == "person" else None
        if not bearers or not date:
            return m
        holder = next((e for e in bearers if e.held_on(date, lambda o: True)), None)
        return dataclasses.replace(m, entry=holder) if holder is not None and holder is not m.entry else m

    def holders(self, office: str) -> list[Entry]:
        return [e for e in self.entries if e.held(office)]

    def holder_named(self, office: str, family_name: str, date: str | None) -> Entry | None:
        """Who held `office` and bears `family_name` ("Chief Cabinet Secretary Kato": a bare surname too common
        to be an alias of its own): the holder on `date` first."""
        word = _fold(family_name)
        bearers = [e for e in self.family_names.get(_stem(word) if _is_cyrillic(word) else word, ()) if e.held(office)]
        on_date = [e for e in bearers if date and e.held_on(date, office.__eq__)]
        return (on_date or bearers or [None])[0]

    def lookup(self, name: str) -> Entry | None:
        """The entry a name as written refers to (any alias, any script), or None."""
        for m in self.find_mentions(name):
            if m.entry is not None and m.kind in ("person", "institution"):
                return m.entry
        return None

    # -- finding mentions -------------------------------------------------------------------------
    def find_mentions(self, text: str) -> list[Mention]:
        found: list[Mention] = []
        found.extend(self._token_mentions(text))
        if self.cjk:
            if self._cjk_first is None:  # the aliases by their first letter, built once
                self._cjk_first = {}
                for alias, entry in self.cjk:
                    self._cjk_first.setdefault(alias[0], []).append((alias, entry))
            # a scan of the text per alias only for aliases whose first letter it holds
            for alias, entry in (a for ch in self._cjk_first.keys() & set(text) for a in self._cjk_first[ch]):
                i = text.find(alias)
                while i >= 0:
                    found.append(Mention(i, i + len(alias), entry.kind, entry, surface=alias))
                    i = text.find(alias, i + len(alias))
        lowered = text.lower()
        aligned = len(lowered) == len(text)  # str.lower() may change the length (rare letters): then scan all
        titled: list[tuple[int, Mention]] = []
        for anchor in [anchor for anchor in self._reach if anchor in lowered]:  # each anchor word once, not per title
            # (a pattern with no literal word outside its groups, "(?:abe|suga) (?:cabinet|government)", has no
            # anchor: it is searched in the whole text)
            spans = _anchor_windows(text, lowered, anchor, self._reach[anchor]) if aligned and anchor \
                else [(0, len(text))]
            for n, rx, kind, value in self._titles_of[anchor]:
                for m in (m for lo, hi in spans for m in rx.finditer(text, lo, hi)):
                    if kind == "office":
                        titled.append((n, Mention(m.start(), m.end(), "office", office=value, surface=m.group())))
                    else:
                        titled.append((n, Mention(m.start(), m.end(), "institution", value, surface=m.group())))
        titled.sort(key=lambda hit: hit[0])  # in the titles' order, as `_drop_overlaps` breaks ties by it
        found.extend(mention for _, mention in titled)
        return _drop_overlaps(found)

    def _token_mentions(self, text: str) -> list[Mention]:
        folded = _fold(text)
        if len(folded) != len(text):  # lower() changed the length (rare letters): fold and look up every token
            return self._mentions_in_tokens([(m.start(), m.end(), _fold(m.group())) for m in TOKEN.finditer(text)],
                                            text)
        return self._mentions_at_candidates(text, folded)

    def _mentions_at_candidates(self, text: str, folded: str) -> list[Mention]:
        """`_mentions_in_tokens` over the text's tokens, looking only at those that may begin a name: a token
        whose folded form starts with an alias's first token (found by one regex search, in C) instead of a
        tuple made and looked up for every word of the text (the slowest part of finding speakers). The tokens
        after a candidate (for a name of several words) and the one before it (a first name) are read there."""
        pattern, longest = self._name_starts, self._longest_alias
        if pattern is None:
            return []
        out: list[Mention] = []
        consumed = 0  # the end of the last name found: its tokens are not looked at again
        for m in pattern.finditer(folded):
            start = m.start()
            if start < consumed or not _token_starts_at(text, start):
                continue
            tokens = []
            for t in TOKEN.finditer(text, start):
                tokens.append((t.start(), t.end(), folded[t.start():t.end()]))
                if len(tokens) == longest:
                    break
            previous = _token_before(text, folded, start)
            found = self._mention_at(tokens, 0, text, previous)
            if found is not None:
                mention, n = found
                out.append(mention)
                consumed = tokens[n - 1][1]
        return out

    def _mentions_in_tokens(self, tokens: list[tuple[int, int, str]], text: str) -> list[Mention]:
        out, i = [], 0
        while i < len(tokens):
            found = self._mention_at(tokens, i, text, tokens[i - 1] if i > 0 else None)
            if found is None:
                i += 1
                continue
            out.append(found[0])
            i += found[1]
        return out

    def _mention_at(self, tokens, i, text, previous) -> tuple[Mention, int] | None:
        """The name beginning at token i and how many tokens it takes, or None. `previous`: the token before."""
        latin = self.latin
        word = tokens[i][2]
        if word not in latin and not (_is_cyrillic(word) and any(word[:-cut] in latin for cut in (1, 2, 3))):
            return None  # no alias starts with this word: most words of a text
        hit = self._match_at(tokens, i, text)
        if not hit:
            return None
        n, entry = hit
        start, end = tokens[i][0], tokens[i + n - 1][1]
        # "Hajime Hayashi": a capitalised first name before a bare surname is someone else
        if n == 1 and previous is not None and entry.kind == "person" and \
                _looks_like_first_name(text, previous, tokens[i]) and \
                not any(_own_given_name(previous[2], own) for own in self.given_names.get(entry.name, ())):
            # (not his own given name in a case form the full alias does not take, «Дмитрием Песковым», or in a
            # machine transliteration from Russian: "Yoshikhide Suga", "Sinzo Abe")
            first = text[previous[0]:previous[1]]
            return Mention(previous[0], end, "unknown", None, surface=f"{first} {text[start:end]}"), n
        # "Noda Seiko", "Kono Yohei": Japanese order, another given name after a registered Japanese surname
        if n == 1 and entry.kind == "person" and entry.country == "jp" and i + 1 < len(tokens):
            after = tokens[i + 1]
            given = text[after[0]:after[1]]
            if after[0] - end == 1 and text[end] == " " and JAPANESE_GIVEN_NAME.fullmatch(given) and \
                    not any(_own_given_name(after[2], own) for own in self.given_names.get(entry.name, ())):
                return Mention(start, after[1], "unknown", None, surface=f"{text[start:end]} {given}"), n
        return Mention(start, end, entry.kind, entry, surface=text[start:end]), n

    def _match_at(self, tokens, i, text):
        word = tokens[i][2]
        candidates = list(self.latin.get(word, ()))
        if _is_cyrillic(word):
            for cut in range(1, 4):
                if len(word) - cut >= 3 and word[len(word) - cut:] in CYRILLIC_ENDINGS:
                    candidates += self.latin.get(word[:-cut], [])
        for alias, entry in sorted(candidates, key=lambda a: -len(a[0])):
            n = len(alias)
            if i + n > len(tokens):
                continue
            ok = True
            for k in range(n):
                tok = tokens[i + k][2]
                if tok == alias[k]:
                    continue
                if _is_cyrillic(tok) and tok.startswith(alias[k]) and tok[len(alias[k]):] in CYRILLIC_ENDINGS:
                    continue
                # first names of Russians decline too (Сергея Лаврова)
                if k < n - 1 and _is_cyrillic(tok) and tok[:-1] == alias[k][: len(tok) - 1] and abs(len(tok) - len(alias[k])) <= 2:
                    continue
                ok = False
                break
            if not ok:
                continue
            # a surname alone must be capitalised in the text (Abe, not "abe"), and be the whole word
            original = text[tokens[i][0]:tokens[i][1]]
            if not original[:1].isupper():
                continue
            return n, entry
        return None


_TOKEN_CHAR = re.compile(r"[\w'’\-]")
_LETTER = re.compile(r"[^\W\d_]")


def _token_starts_at(text: str, i: int) -> bool:
    """Whether TOKEN's scan of `text` begins a token at i: a letter, and no letter earlier in the run of token
    characters it stands in (that letter's token would run through i)."""
    if not _LETTER.match(text, i):
        return False
    j = i - 1
    while j >= 0 and _TOKEN_CHAR.match(text, j):
        if _LETTER.match(text, j):
            return False
        j -= 1
    return True


def _token_before(text: str, folded: str, start: int) -> tuple[int, int, str] | None:
    """The token that ends one space before `start`, as TOKEN's scan makes it, or None: the only previous
    token `_looks_like_first_name` can accept."""
    end = start - 1
    if end < 1 or text[end] != " " or not _TOKEN_CHAR.match(text, end - 1):
        return None
    j = end - 1
    while j >= 0 and _TOKEN_CHAR.match(text, j):
        j -= 1
    for k in range(j + 1, end):  # the run's token begins at its first letter
        if _LETTER.match(text, k):
            return k, end, folded[k:end]
    return None


NOT_FIRST_NAMES = {"the", "president", "minister", "prime", "foreign", "secretary", "mr", "ms", "mrs", "premier",
                   "ambassador", "spokesman", "spokeswoman", "chief", "cabinet", "leader", "japanese", "russian",
                   "deputy", "by", "and", "of", "said", "former", "late", "envoy", "general", "director", "head",
                   "counterpart", "colleague", "then", "while", "that", "but", "when", "as", "for", "with",
                   "according", "to", "on", "in", "at", "pm", "fm", "state", "top", "government", "kremlin",
                   "lt", "gen", "dr", "sir", "mister", "governor", "spokesperson", "secretary-general",
                   "although", "though", "whereas", "if", "after", "before", "since", "because", "meanwhile",
                   "however", "also", "yet", "so", "earlier", "later", "today", "yesterday", "now", "then-",
                   "officially", "finally", "first", "next", "sources", "ex-", "new", "japan", "russia", "tokyo",
                   "moscow", "mr.", "ms.", "mrs.", "dr.",
                   # when: "On Thursday Putin said", "In September Abe visited"
                   "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
                   "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
                   "премьер", "президент", "министр", "глава", "посол", "господин", "г-н"}


PATRONYMIC_ENDINGS = ("ovich", "evich", "ovna", "evna", "ichna", "ich")
# common Russian given names (folded, nominative): «Елена Лаврова», a journalist's byline, is not Lavrov; capitalised
# words before a Russian surname are most often titles or places («МИД России Лавров»), so only a given name tells
RU_GIVEN_NAMES = frozenset(
    "александр алексей анатолий андрей антон артем борис вадим валентин валерий василий виктор виталий владимир "
    "владислав вячеслав геннадий георгий григорий денис дмитрий евгений егор иван игорь илья кирилл константин "
    "леонид максим михаил никита николай олег павел петр роман руслан сергей станислав степан тимур федор юрий "
    "ярослав александра алена алина алла анастасия анна валентина вера вероника виктория галина дарья диана "
    "евгения екатерина елена елизавета зоя инна ирина карина кристина ксения лариса любовь людмила маргарита "
    "марина мария надежда наталья наталия нина оксана ольга полина светлана софья софия тамара татьяна ульяна "
    "юлия яна".split())


# a Japanese given name in Latin letters: a capitalised word of 3-8 letters ending in a vowel (Seiko, Yohei, Taro)
JAPANESE_GIVEN_NAME = re.compile(r"[A-Z][a-z]{2,7}[aeiou]")


def _own_given_name(word: str, own: str) -> bool:
    """`word` is the given name `own` in another case (Cyrillic: the same first letters) or in another
    transliteration (Latin: one or two letters apart, "Yoshikhide" / "Yoshihide", "Khirokadzu" / "Hirokazu")."""
    if _is_cyrillic(word) or _is_cyrillic(own):
        return word[:3] == own[:3]
    return len(own) >= 4 and _edit_distance(word, own) <= (2 if len(own) >= 7 else 1)


def _edit_distance(a: str, b: str) -> int:
    if abs(len(a) - len(b)) > 2:
        return 3
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def _ru_given_name(word: str) -> bool:
    """A Russian given name in any case form (Елена, Елены, Сергею, Юлией)."""
    if word in RU_GIVEN_NAMES:
        return True
    for cut in (1, 2, 3):
        stem, ending = word[:-cut], word[-cut:]
        if ending in CYRILLIC_ENDINGS and any(stem + end in RU_GIVEN_NAMES for end in ("", "а", "я", "й", "ь", "ия")):
            return True
    return False


def _looks_like_first_name(text, prev, cur) -> bool:
    start, end, word = prev
    if word in NOT_FIRST_NAMES or cur[0] - end != 1 or text[end] != " ":
        return False
    original = text[start:end]
    if original.endswith(("'s", "’s", "'", "’")):
        return False  # "Japan's Kishida": a possessive is no first name
    if word.endswith(PATRONYMIC_ENDINGS):
        return False  # "Sergey Viktorovich Lavrov": a patronymic stands before the surname of the same person
    if _is_cyrillic(word):
        return original[:1].isupper() and _ru_given_name(word)
    return original[:1].isupper() and not original.isupper() and len(original) > 2


TITLE_REACH = 120  # no title or institution name runs longer than this on either side of its anchor word


def _reach(rx: re.Pattern, anchor: str) -> int:
    """Characters a match of `rx` can hold besides its anchor word, on one side: its longest match less the
    anchor (an anchor such as "russian" occurs all over an article, and a window of TITLE_REACH around each
    occurrence was most of the text); TITLE_REACH for a pattern of unbounded length (a word of any length)."""
    try:
        longest = re._parser.parse(rx.pattern, rx.flags).getwidth()[1]  # noqa: SLF001 - the parser's own measure
    except Exception:  # noqa: BLE001 - another Python's parser: the general bound
        return TITLE_REACH
    return min(TITLE_REACH, max(0, longest - len(anchor)))


def _anchor_windows(text: str, lowered: str, anchor: str, reach: int = TITLE_REACH) -> list[tuple[int, int]]:
    """Where titles with this anchor word can be: windows around its occurrences. A title is a few words, so a
    long article pays for the places it may occur, not for every character (this was 40 % of extraction)."""
    windows: list[list[int]] = []
    i = lowered.find(anchor)
    while i >= 0:
        lo, hi = max(0, i - reach), min(len(text), i + len(anchor) + reach)
        while hi < len(text) and (text[hi].isalnum() or text[hi] == "_"):
            hi += 1  # end on a word boundary: the pattern's closing (?!\w) must see the real next character
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
        # occurrences whose windows end inside this one add nothing: look past them
        i = lowered.find(anchor, max(i + len(anchor), hi - reach - len(anchor)))
    return [(lo, hi) for lo, hi in windows]


def _top_level_alternatives(pattern: str) -> list[str]:
    """`pattern` split at the "|" outside its groups and character classes."""
    parts, start, depth, in_class, i = [], 0, 0, False, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


def _anchor(pattern: str) -> str:
    """Longest literal word of a title pattern outside its groups and escapes: text without it cannot match."""
    plain = pattern
    while True:  # drop groups, innermost first
        stripped = re.sub(r"\([^()]*\)[?*+]?", " ", plain)
        if stripped == plain:
            break
        plain = stripped
    plain = re.sub(r"\\\w[+*?]?|\[[^\]]*\][+*?]?|[^\W\d_][?*]|['’]\?", " ", plain)
    runs = [r[:-1] if plain[plain.find(r) + len(r):][:1] == "+" else r for r in re.findall(r"[^\W\d_]+", plain)]
    return max(runs, key=len).lower() if runs else ""


def _stem(word: str, short: bool = False) -> str:
    if len(word) > 5 and word[-2:] in ("ий", "ый", "ой"):
        return word[:-2]  # an adjective-like surname: «Слуцкий», «Слуцкого», «Слуцким»
    return word[:-1] if len(word) > (3 if short else 4) and word[-1] in "ая" else word


def _drop_overlaps(found: list[Mention]) -> list[Mention]:
    """Longest mention wins where two overlap ("Russian Foreign Minister Sergei Lavrov" → title + name)."""
    found.sort(key=lambda m: m.start)
    out: list[Mention] = []
    cluster: list[Mention] = []
    cluster_end = -1
    for m in found + [Mention(1 << 62, 1 << 62, "end")]:
        if cluster and m.start >= cluster_end:  # overlapping clusters are tiny: resolve greedily
            taken: list[Mention] = []
            for c in sorted(cluster, key=lambda c: -(c.end - c.start)):
                if not any(c.start < t.end and t.start < c.end for t in taken):
                    taken.append(c)
            out.extend(sorted(taken, key=lambda c: c.start))
            cluster = []
        cluster.append(m)
        cluster_end = max(cluster_end, m.end) if len(cluster) > 1 else m.end
    return out


@lru_cache(maxsize=4096)
def voices_of(name: str, day: str | None) -> tuple[str, ...]:
    """Who speaks for an institution on `day` (the holders of its `voices` offices), or which institutions a
    person speaks for on `day`; without a day, anyone who ever held such an office."""
    reg = registry()
    entry = reg.by_name.get((name or "").strip().lower())
    if entry is None:
        return ()

    def speaks(person: Entry, offices: tuple[str, ...]) -> bool:
        return bool(person.held_on(day, offices.__contains__)) if day else any(person.held(o) for o in offices)

    if entry.kind == "institution":
        offices = reg.voices.get(entry.name, ())
        return tuple(e.name for e in reg.entries if offices and e.kind == "person" and speaks(e, offices))
    return tuple(institution for institution, offices in reg.voices.items() if speaks(entry, offices))


@lru_cache(maxsize=1)
def registry() -> Registry:
    with open(REGISTRY_FILE, encoding="utf-8") as fh:
        # (libyaml's loader where PyYAML has it: the same data, read in a tenth of the time, in every worker)
        reg = Registry(yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)))
    for problem in reg.problems:
        log.warning("speaker registry %s: %s (left out)", REGISTRY_FILE.name, problem)
    return reg


@lru_cache(maxsize=4096)
def canonical(name: str) -> str:
    """Canonical English name for a name as written, or the name itself when it is not registered."""
    entry = registry().lookup(name)
    return entry.name if entry else name.strip()
