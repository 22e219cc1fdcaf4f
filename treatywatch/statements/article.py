"""An article while it is read: its mentions of speakers, who spoke last, and the grammar of a mention.

`Article` resolves mentions (a title to the holder of the office on the article's date) and remembers the last
person and institution named, for the pronouns of the sentences after. `governed` and `_words_of` tell a name
that is not a subject: in a prepositional phrase ("talks with Abe"), or the one whose words are answered
("Lavrov commented on Kishida's remarks"). Small text helpers shared by the stages live here too.
"""
from __future__ import annotations

import bisect
import dataclasses
import re
from functools import lru_cache

from treatywatch.statements.quotes import Quote
from treatywatch.statements.speakers import CJK, Entry, Mention, registry

PREPOSITION_BEFORE = re.compile(r"(?:\b(?:with|to|toward|towards|of|by|from|for|on|and|than|between|against|at|like|about|alongside|beside)|(?<!\w)(?:с|со|к|у|от|для|и|о|об|перед|между|после|при)|と|の)\s*$", re.IGNORECASE)
TITLE_WORD_BEFORE = re.compile(r"(?:(?<!\w)(?:then-|former |ex-)?(?:prime|minister|president|foreign|premier|chief|cabinet|secretary|"
                               r"counterpart|spokes\w+|ambassador|envoy|leader|Japanese|Russian|премьер\S*|министр\S*|"
                               r"президент\S*|глав\w+|посл\w+|коллег\w+|японии|россии|рф|mr\.?|mrs\.?|ms\.?|dr\.?|господин\w*"
                               r"|г-н|г-жа)\s+)$", re.IGNORECASE)
# the nouns of an official's title, in an apposition or before an unregistered name
TITLE_NOUNS = (r"minister|deputy|vice|chairman|chairwoman|chair|spokes\w+|press secretary|ambassador|president|premier"
               r"|secretary|head|director|official|envoy|diplomat|representative|leader|governor|speaker|aide|advis[eo]r"
               r"|senator|lawmaker|mayor|member|legislator|MP")
# the words a title and a full name put before the name ("Russian President Vladimir", "президенту России
# Владимиру", "his counterpart"): capitalised words and title words, nothing else (matched whole)
TITLE_RUN = re.compile(r"(?:\s*(?:his|her|the|[A-ZА-ЯЁ][\w.-]*|president|prime|minister|foreign|premier|leader"
                       r"|counterpart|президент\w*|премьер\w*|министр\w*|глав\w+|коллег\w*|росси\w*|япони\w*"
                       r"|российск\w*|японск\w*))*\s*")
# a Japanese title after a name ("プーチン大統領", "茂木外務大臣", "ペスコフ報道官"), longest first
JA_TITLE_AFTER_NAME = "大統領|総理大臣|総理|首相|外務大臣|外相|報道官|官房長官|氏"
# two or three capitalised words, Latin or Cyrillic: how an unregistered name is told from the words around it
# (a hyphenated given name too: "Noh Kyu-duk", "Jean-Pierre")
NAME_WORDS = r"(?:[A-Z][a-z]+|[А-ЯЁ][а-яё]+)(?:\s+(?:[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?|[А-ЯЁ][а-яё]+)){1,2}"
FORMER = re.compile(r"(?:\b(?:former|ex|then|late)[- ]|(?<!\w)(?:бывш\w+|экс-|тогдашн\w+|покойн\w+)\s*|元|当時の)\s*$",
                    re.IGNORECASE)
# an unregistered name right after a title (a registered one is a mention of its own and wins)
NAME_AFTER_TITLE = re.compile(rf"\s+({NAME_WORDS})(?=[\s,.])")
# a ministry's spokesperson or official named after it ("Japanese Foreign Ministry spokesperson Hikariko Ono")
ROLE_NAME_AFTER = re.compile(rf"\s+(?:spokes(?:man|woman|person)|press secretary|official|representative)\s+({NAME_WORDS})(?=[\s,.])")
ONE_NAME_AFTER_TITLE = re.compile(r"\s+([A-Z][a-z]+|[А-ЯЁ][а-яё]+)(?=[\s,.])")

# a month by the first three letters of its name (English or Russian)
MONTH_NUMBERS = {m: i + 1 for i, ms in enumerate((
    "jan янв", "feb фев", "mar мар", "apr апр", "may мая май мае", "jun июн", "jul июл", "aug авг", "sep сен", "oct окт",
    "nov ноя", "dec дек")) for m in ms.split()}
# a Russian month's whole name in its cases (not «декларация», «Мария», «сенатор»)
RU_MONTH = (r"(?:январ[ьяе]|феврал[ьяе]|март[аеу]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|август[аеу]?|сентябр[ьяе]"
            r"|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе])")
# a date told with its year (the last before a title decides who the title was then)
TOLD_DATE = re.compile(
    # (month names whole or cut with a dot: not "Declaration 1956", «декларация 1956 года»)
    r"(?i:\b(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:uary|ruary|ch|il|e|y|ust|tember|ober|ember|t?\.)?"
    r"\s+(?:\d{1,2},?\s+)?(?P<year>(?:19|20)\d\d)\b"
    rf"|(?<!\w)(?P<rmonth>{RU_MONTH})\s+(?P<ryear>(?:19|20)\d\d)\s+г"
    r"|(?P<jyear>(?:19|20)\d\d)年(?P<jmonth>\d{1,2})月"
    r"|(?:\bin\s+|(?<!\w)в\s+)(?P<alone>(?!1956|1855)(?:19|20)\d\d)\b(?!\s*-)(?!年))")
HELD_NEAR_YEARS = 5  # a holder named before is the title's only if he held it this close to the date


def _held_near(entry: Entry, office: str, day: str) -> bool:
    """`entry` held `office` within HELD_NEAR_YEARS of `day` (not Abe, named as prime minister in 2021, for "the
    chief cabinet secretary": he held that office in 2006)."""
    year = int(day[:4])
    return any(o == office and int(start[:4]) <= year and (end is None or int(end[:4]) >= year - HELD_NEAR_YEARS)
               for o, start, end in entry.offices)


THEN = re.compile(r"then|тогдашн|当時", re.IGNORECASE)  # (not "former": held once, said now)
THEN_REACH = 1500  # characters back: the paragraphs that tell the time "then" means (an anniversary piece sets it first)

# a name in the possessive ("Ishiba's", "Ishiba Shigeru's Cabinet"): what is his, not who acts
POSSESSIVE_AFTER = re.compile(r"(?:\s+[A-Z][a-z]+)?['’]s?(?!\w)")
EARLIER_SENTENCES = 3  # how far back "the issue" may point to the sentence that named it


class Article:
    """What a text knows while it is read: mentions, the date, who spoke last."""

    def __init__(self, text: str, language: str | None, published: str | None, title: str | None,
                 url: str | None = None):
        self.text, self.published, self.title, self.url = text, published, (title or "").strip(), url
        self.language = language or _guess_language(text)
        self.has_cjk = is_cjk(text)  # most texts hold no kana or kanji: none of their sentences is looked at
        self.reg = registry()
        self.mentions = home_entries(self, self.reg.find_mentions(text))
        if self.has_cjk:
            self.mentions = [m for m in (self.reg.by_date(m, published) for m in self.mentions) if m is not None]
        if self.has_cjk:
            self.mentions = ja_family_name_mentions(text, self.mentions)
        self.mentions = titled_surname_mentions(text, self.mentions)
        self._starts = [m.start for m in self.mentions]
        self.named_people: list[Entry] = [m.entry for m in self.mentions if m.kind == "person" and m.entry]
        self.last_person: tuple[str, Entry | None] | None = None
        self.last_institution: tuple[str, Entry | None] | None = None
        self.last_person_before: tuple[str, Entry | None] | None = None
        self.last_named: tuple[str, Entry | None] | None = None  # the person named last, subject or not
        self.unknown_speakers: set[str] = set()  # unregistered names found as speakers ("Ivan Petrov")
        self.full_names: dict[str, list] = {}  # surname → its full names in the text (attribution._full_names_of)
        self.last_speaker: tuple[str, Entry | None] | None = None  # whose statement came last (person or institution)
        self.last_treaty_end = -1  # where the last treaty statement found ends
        self.last_treaty_speaker = ""  # …and whose it is
        self.lead_end = -1  # where the text's first statement ends (the lead of wire copy)
        self.frame_end = -1  # where a key-quotes page's first quote under a heading opens (its title and lead before)
        self._timeline_start: int | None = None
        self.subordinate_from = -1  # where the subject of words told in a subordinate clause opens (「森元首相が…と述べたことに」)
        self.spoken_in: tuple[int, int] | None = None  # the last sentence that held a statement
        self.earlier: list[tuple[int, int]] = []  # the last sentences read, oldest first (EARLIER_SENTENCES of them)

    @property
    def timeline_start(self) -> int:
        """Where a timeline's first dated line opens ("March 22, 2022. Kishida told …", «2019 — Абэ: …»,
        「◆2016年5月6日」): three lines at least open with a date; -1 on other pages."""
        if self._timeline_start is None:
            starts = [m.start(1) for m in DATED_LINE.finditer(self.text)]
            self._timeline_start = starts[0] if len(starts) >= 3 else -1
        return self._timeline_start

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        # mentions are sorted by start: a binary search keeps long articles linear, not quadratic
        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out

    def resolve(self, m: Mention) -> tuple[str, Entry | None] | None:
        """Canonical speaker of a mention; None for a title nobody can be named for."""
        if m.kind == "institution":
            named = ROLE_NAME_AFTER.match(self.text, m.end)
            if named:  # "Japanese Foreign Ministry spokesperson Hikariko Ono": the person, not the ministry
                return self._named(named)
            return m.entry.name, m.entry
        if m.kind == "person":
            return m.entry.name, m.entry
        if m.kind == "unknown":
            return m.surface, None
        if m.kind == "office":
            named = NAME_AFTER_TITLE.match(self.text, m.end)
            if named:  # "Japanese Prime Minister Yoshihiro Mori": the name the title stands before
                return self._named(named)
            one = ONE_NAME_AFTER_TITLE.match(self.text, m.end)
            bearer = one and self.reg.holder_named(m.office, one.group(1), self.published)
            if bearer:  # "Chief Cabinet Secretary Kato": the holder of that name, whoever was named before
                return bearer.name, bearer
            former = FORMER.search(self.text, max(0, m.start - 16), m.start)
            if former:
                # "former Prime Minister …", «тогдашний президент»: not the holder on the date; the one earlier
                # holder the article names, if it names one
                today = self.reg.holder(m.office, self.published)
                then = self.then_holder(m.office, m.start) if THEN.search(former.group()) else None
                if then is not None and then is not today:
                    return then.name, then
                earlier = {e.name: e for e in self.named_people if e.held(m.office) and e is not today}
                if len(earlier) == 1:
                    return next(iter(earlier.items()))
                # (else the title as written: an earlier holder nobody names, not whoever was named last)
                return self.text[former.start():m.end].strip(), None
            # a holder named in the article wins (undated texts, "the prime minister" after "Shinzo Abe"); in a dated
            # one, only a holder named before the title ("…, the minister said. His predecessor Takeshi Iwaya …"
            # after him is not him)
            day = self._told_date(m) or self.published
            holder = self.reg.holder(m.office, day)
            named = [e for e in (self.named_people if holder is None else self._people_before(m.start))
                     if e.held(m.office) and (holder is None or _held_near(e, m.office, day))]
            if holder and (not named or holder in named):
                return holder.name, holder
            if named:
                return named[0].name, named[0]
            if holder:
                return holder.name, holder
            holders = self.reg.holders(m.office)
            if len(holders) == 1:
                return holders[0].name, holders[0]
            if not holders:  # an office the registry names nobody for ("Japan's envoy to Moscow"): kept as written
                return m.surface, None
        return None

    def _told_date(self, m: Mention) -> str | None:
        """The earlier date its sentence gives before a title ("In January 2019 the deputy minister …", «В 2016 году
        премьер …», 「2019年1月、首相は…」): the title is the holder then, not on the article's date."""
        start = max(self.text.rfind(c, 0, m.start) for c in (". ", "\n", "。", "! ", "? ")) + 1
        return self.date_told(start, m.start, lambda day: self.reg.holder(m.office, day))

    def date_told(self, start: int, end: int, holder) -> str | None:
        """The last date text[start:end] tells with its year, when earlier than the article's: its year and month,
        or a year alone when `holder` (of an ISO day) is the same person all that year."""
        dates = list(TOLD_DATE.finditer(self.text, start, end))
        if not dates:
            return None
        d = dates[-1]
        year = d.group("year") or d.group("ryear") or d.group("jyear") or d.group("alone")
        month = d.group("month") or d.group("rmonth") or d.group("jmonth")
        if month:
            number = int(month) if month.isdigit() else MONTH_NUMBERS[month.lower()[:3]]
            told = f"{year}-{number:02d}"
        else:  # a year alone: only when one person held the office all that year
            first = holder(f"{year}-01-01")
            if first is None or first is not holder(f"{year}-12-31"):
                return None
            told = f"{year}-06"
        return told if not self.published or told < self.published[:7] else None

    def then_holder(self, office: str, at: int) -> Entry | None:
        """"The then prime minister", «тогдашний президент», 「当時の首相」: the holder at the time the sentences just
        before tell ("a single week in April 1991 …"), if they tell one."""
        day = self.date_told(max(0, at - THEN_REACH), at, lambda d: self.reg.holder(office, d))
        return self.reg.holder(office, day) if day else None

    def _people_before(self, at: int) -> list[Entry]:
        """The registered people named before `at`, in text order, once each."""
        seen: list[Entry] = []
        for x in self.mentions_in(0, at):
            if x.kind == "person" and x.entry is not None and x.entry not in seen:
                seen.append(x.entry)
        return seen

    def _named(self, named: re.Match) -> tuple[str, Entry | None]:
        """The person a name after a title is: a registered name in its canonical form, else as written."""
        for person in self.mentions_in(named.start(1), named.end(1) + 8):
            if person.kind == "person" and person.start < named.end(1):
                return person.entry.name, person.entry
        return named.group(1), None

    def earlier_sentences(self) -> list[str]:
        """The text of the last sentences read, oldest first."""
        return [self.text[a:b] for a, b in self.earlier]

    def remember(self, start: int, end: int, quotes: list[Quote] = ()) -> None:
        self.earlier = self.earlier[1 - EARLIER_SENTENCES:] + [(start, end)]
        self.last_person_before = self.last_person
        last_at = -1  # where the last person named in the sentence stands
        named: list[Mention] = []  # the persons taken, in order; whether one is the subject is asked only when needed
        mentions = [m for m in self.mentions_in(start, end) if not inside_any(m.start, quotes)]
        for m in mentions:
            r = self.resolve(m)
            if not r:
                continue
            if m.kind == "institution":
                self.last_institution = m.entry.name, m.entry
                if r[0] == m.entry.name:
                    continue  # (else its spokesperson named after it: a person, below)
            elif r[1] and r[1].kind == "institution":
                self.last_institution = r
                continue
            if named:
                if POSSESSIVE_AFTER.match(self.text, m.end) and self._subject_in(named, start, mentions):
                    continue  # "Iwaya spoke after Prime Minister Ishiba Shigeru's Cabinet was launched. He said …"
                # "Ishiba spoke with Putin by phone. He said …": "he" is the subject, not the one talked with or
                # met; "the two leaders agreed" is still filed under the one named last
                unit = unit_start(self, start, m, mentions)
                words_of = _words_of_unit(self, start, unit, m)
                if (words_of or _governed_unit(self, start, unit, m) or MET_OBJECT.search(self.text, max(start, unit - 50), unit)) \
                        and self._subject_in(named, start, mentions):
                    if not words_of:
                        self.last_named = r
                    continue
            self.last_person = self.last_named = r
            last_at = m.start
            named.append(m)
        # "Lavrov's remarks came a day later. He said …": a possessive is no mention, but "he" points to it;
        # not after the subject ("Lavrov responded to Kishida's remarks. He said" is Lavrov)
        owned = possessives(self.text, max(start, last_at + 1), end)
        if owned and named and self._subject_in(named, start, mentions):
            return
        for at, word in owned:
            entry = registered_entry(word) if not inside_any(at, quotes) else None
            if entry is not None and entry.kind == "person":
                self.last_person = self.last_named = (entry.name, entry)

    def _subject_in(self, named: list[Mention], start: int, mentions: list[Mention]) -> bool:
        """One of the persons named is the sentence's subject: not in a prepositional phrase."""
        return any(not governed(self, start, m, mentions) for m in named)


HOME = "home"  # the registry's country of an institution that is the article's own side's (a bare "Foreign Ministry")
HOME_MINISTRY = {"ru": "russian foreign ministry", "jp": "japanese foreign ministry"}
MINISTER_OF = {"russian foreign ministry": "ru_foreign_minister", "japanese foreign ministry": "jp_foreign_minister"}
HEAD_OF_BEFORE = re.compile(r"(?<!\w)(?:the )?(?:head|chief) of (?:the )?$", re.IGNORECASE)
# the city a report is datelined in ("MOSCOW, March 21 (Reuters) -", "ТОКИО, 22 марта. /Корр. ТАСС/."): its country's
# is the foreign ministry the report names without a country
DATELINE = re.compile(r"(?<![^\W\d_])(?:(MOSCOW|МОСКВА|VLADIVOSTOK|ВЛАДИВОСТОК|YUZHNO-SAKHALINSK|ЮЖНО-САХАЛИНСК)"
                      r"|(TOKYO|ТОКИО|SAPPORO|САППОРО))(?![^\W\d_])\s*[,.(—–-]")
DATELINE_REACH = 300  # the dateline opens the report, after a headline at most


# whose "the Foreign Ministry" is, by the site that published it: one side's top-level domain, or a site of one
# side's press under another
SIDE_DOMAINS = {"jp": ("jp",), "ru": ("ru", "su", "xn--p1ai")}
SIDE_SITES = {"jp": ("kyodonews.net", "asahi.com", "nikkei.com", "jiji.com", "japantoday.com", "japan-forward.com"),
              "ru": ("tass.com", "rt.com", "sputnikglobe.com", "sputniknews.com", "themoscowtimes.com", "interfax.com")}


def site_side(url: str | None) -> str | None:
    """"jp" / "ru" for a site of one side's press; None for any other or no URL."""
    if not url:
        return None
    from treatywatch.dedup import site_of  # (loaded only here: most texts name their ministry's country)

    site = site_of(url)
    domain = site.rsplit(".", 1)[-1]
    return next((side for side in SIDE_DOMAINS if domain in SIDE_DOMAINS[side] or site in SIDE_SITES[side]), None)


def home_side(art: Article) -> str | None:
    """The article's own side, "ru" or "jp": its dateline's country, else its site's, else a Russian or Japanese
    text's; None for an English text from elsewhere with no dateline."""
    dateline = DATELINE.search(art.text, 0, DATELINE_REACH)
    if dateline:
        return "ru" if dateline.group(1) else "jp"
    return site_side(art.url) or {"ru": "ru", "ja": "jp"}.get(art.language)


KANJI_NAME = re.compile(r"[\u4e00-\u9fff々]{3,5}")
KANJI = re.compile(r"[\u4e00-\u9fff々]")
FAMILY_TITLE_AFTER = re.compile(r"官房長官|長官|外務大臣|外相|首相|総理|防衛相|防衛大臣|大使|知事|市長|元首相|前首相")
# what follows a family name said again: 氏, or a title (not the start of a longer word: 「石垣市」 alone is a city)
FAMILY_AGAIN = r"(?:氏|市長|知事|町長|村長|理事長|会長|支部長|議長|大使|総領事|外相|首相|官房長官|長官)"
KANJI_FAMILY_TITLED = re.compile(r"([\u4e00-\u9fff々]{2,3}?)(?:官房長官|外務大臣|外相|首相|総理|防衛相|防衛大臣|大使|知事|市長|長官)")


def ja_family_name_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """「森喜朗元首相は…」 then 「森氏は」: a family name with 氏 after a registered person's full name in kanji is
    that person, as the article names him again (a family name alone is too common to be an alias: 森, 林). Only when
    one full name named before starts with it, and no other word of the text starts with it (岸 of 岸田 and 岸信夫)."""
    out = list(mentions)
    for m in mentions:
        full = text[m.start:m.end]
        titled = KANJI_FAMILY_TITLED.fullmatch(full)  # 「仙谷官房長官」 then 「仙谷氏」: the family name before the title
        if m.kind != "person" or m.entry is None or not (KANJI_NAME.fullmatch(full) or titled):
            continue
        for size in ([len(titled.group(1))] if titled else range(1, len(full) - 1)):
            family = full[:size]
            words = {text[i:i + size + 1] for i in _find_all(text, family) if i + size < len(text)
                     and not any(o.entry is m.entry and o.start <= i < o.end for o in mentions)  # (森元首相)
                     and not FAMILY_TITLE_AFTER.match(text, i + size)}  # (a headline's 「枝野長官」)
            if any(w[-1] != "氏" and KANJI.match(w[-1]) for w in words):
                continue  # another word starts with it: 森 of 森林, 岸 of 岸信夫
            # (…or his title after it: 「根室市の石垣雅敏市長」 then 「石垣市長は」, 「松本理事長は」)
            for t in re.finditer(re.escape(family) + FAMILY_AGAIN, text[m.end:]):
                i, j = m.end + t.start(), m.end + t.end()
                if (i == 0 or not KANJI.match(text[i - 1])) and not any(o.start <= i < o.end for o in out):
                    out.append(Mention(i, j, "person", m.entry, None, t.group()))
    return sorted(out, key=lambda o: o.start) if len(out) > len(mentions) else mentions


def surname_case_forms(surname: str) -> str:
    """A pattern for a Russian surname in its case forms («Хасэгава»: «Хасэгавой», «Козлов»: «Козловым»); a Latin one
    as written."""
    if not re.fullmatch(r"[А-ЯЁа-яё-]+", surname) or len(surname) < 4:
        return re.escape(surname)
    if surname[-1] in "ая":
        return rf"{re.escape(surname[:-1])}(?:а|я|ы|и|е|у|ю|ой|ей|ою)"
    if surname[-1] in "оиуыэею":
        return re.escape(surname)  # indeclinable («Ито», «Кузнецово»…)
    return rf"{re.escape(surname)}(?:а|у|ом|ым|е)?"


# a title right before a surname: "Ambassador Muto", «Посол Муто», «министра Ито»
SURNAME_TITLE = (r"(?:Ambassador|Minister|Governor|Mayor|Senator|President|Premier|Secretary|Spokes(?:man|woman|person)"
                 r"|Mr\.?|Ms\.?|Mrs\.?|[Пп]ос(?:ол|ла|лу|лом)|[Мм]инистр\w*|[Гг]убернатор\w*|[Мм]эр\w*|[Сс]енатор\w*"
                 r"|[Пп]ремьер\w*|[Пп]резидент\w*|[Гг]-н|[Гг]осподин\w*|[Гг]оспож\w+)")


def titled_surname_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Akira Muto" (or «Акира Муто») named in full, then «Посол Муто» / "Ambassador Muto": the surname after a title
    is that registered person, where the registry keeps no bare-surname alias for it (a common or shared one), and
    no one else of that surname is written in full in the text."""
    out = list(mentions)
    done: set[tuple[str, str]] = set()
    for m in mentions:
        if m.kind != "person" or m.entry is None:
            continue
        words = text[m.start:m.end].split()
        if len(words) < 2 or not re.fullmatch(r"[A-ZА-ЯЁ][a-zа-яё'’-]+", words[-1]) or (m.entry.name, words[-1]) in done:
            continue
        surname, first = words[-1], words[0]
        done.add((m.entry.name, surname))
        if text.find(surname, m.end) < 0:
            continue  # not written again after the full name: nothing to find (the searches below scan the text)
        others = {f for f in re.findall(rf"(?<![\w-])([A-ZА-ЯЁ][a-zа-яё]+)\s+{re.escape(surname)}(?![\w-])", text)
                  if not re.fullmatch(SURNAME_TITLE, f)}
        if others - {first}:
            continue  # "Takako Suzuki" beside "Naomichi Suzuki": "Governor Suzuki" is left to the attribution
        for t in re.finditer(rf"(?<![\w-]){SURNAME_TITLE}\s+({re.escape(surname)})(?![\w-])", text[m.end:]):
            i, j = m.end + t.start(1), m.end + t.end(1)
            if not any(o.start < j and i < o.end for o in out):
                out.append(Mention(i, j, "person", m.entry, None, surname))
    return sorted(out, key=lambda o: o.start) if len(out) > len(mentions) else mentions


def _find_all(text: str, word: str, start: int = 0):
    i = text.find(word, start)
    while i >= 0:
        yield i
        i = text.find(word, i + 1)


def home_entries(art: Article, mentions: list[Mention]) -> list[Mention]:
    """Mentions of a `country: home` institution ("the Foreign Ministry said", «в МИД заявили») made the
    article's own: the foreign ministry named before, else the one of the dateline's country, else of the site's
    side, else a Russian or Japanese text's own; else left as the registry's entry ("Foreign Ministry", kept as
    written)."""
    if not any(m.entry is not None and m.entry.country == HOME for m in mentions):
        return mentions
    ministries = [e for e in map(art.reg.by_name.get, HOME_MINISTRY.values()) if e is not None]
    side = home_side(art)
    own = art.reg.by_name.get(HOME_MINISTRY[side]) if side else None
    out, named = [], None
    for m in mentions:
        if m.entry is not None and m.entry.country == HOME and (named or own):
            m = dataclasses.replace(m, entry=named or own)
            head = HEAD_OF_BEFORE.search(art.text, max(0, m.start - 20), m.start)
            if head:  # "stressed the head of the Foreign Ministry": its minister, on the article's date
                m = Mention(head.start(), m.end, "office", None, MINISTER_OF[m.entry.name.lower()],
                            art.text[head.start():m.end])
        elif any(m.entry is e for e in ministries):
            named = m.entry
        out.append(m)
    return out


def possessives(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """(offset, word) of each capitalised word before "'s" / "’s" in text[start:end], in text order, found with
    str.find (in C): a pattern for the word itself would be tried at every position of every sentence."""
    found = []
    for mark in ("'s", "’s"):
        i = text.find(mark, start, end)
        while i >= 0:
            j = i
            while j > start and text[j - 1].isalpha():
                j -= 1
            if i - j > 1 and text[j].isupper() and (i + 2 >= len(text) or not text[i + 2].isalnum()):
                found.append((j, text[j:i]))
            i = text.find(mark, i + 2, end)
    return sorted(found)


@lru_cache(maxsize=4096)
def registered_entry(word: str) -> Entry | None:
    return registry().lookup(word)


def clause_after(text: str, start: int, end: int, limit: int) -> str:
    """The words right after a verb, up to `limit` characters, a quotation mark, the end of the clause or the
    start of what was said ("напомнила, что Россия неоднократно …": the habit is Russia's, not the saying's)."""
    tail = text[start:min(end, start + limit)]
    cut = re.search(r"[\"“”«»「」.;!?。]|,\s*(?:что|чтобы)(?!\w)|(?<!\w)that(?!\w)", tail)
    return tail[:cut.start()] if cut else tail


def unit_start(art: Article, clause_start: int, m: Mention, mentions: list[Mention]) -> int:
    """Start of the noun phrase a name ends: titles and adjacent mentions before it ("with Japanese Prime Minister Abe")."""
    start, last = m.start, m
    # the mentions before `m`, nearest first (found by bisection: this runs for every name of a sentence)
    k = bisect.bisect_left(mentions, m.start, key=lambda p: p.start)
    for prev in (mentions[j] for j in range(k - 1, -1, -1) if mentions[j].end <= m.start):
        if prev.kind == "person" and last.kind == "person":
            break  # "с Лавровым Мотэги заявил": two people named side by side are two phrases
        if art.text[prev.end:start].strip(" ,") == "" and "," not in art.text[prev.end:start]:
            start, last = prev.start, prev
        else:
            break
    for _ in range(4):
        w = TITLE_WORD_BEFORE.search(art.text, max(clause_start, start - 40), start)
        if not w or w.start() < clause_start:
            break
        start = w.start()
    return start


STATEMENT_FROM = re.compile(r"(?<!\w)(?:statement|message|communiqu[eé]|press release|comment|заявлени\w+|сообщени\w+)\s+"
                            r"(?:(?:issued |released )?(?:from|by|of)|от|со стороны)\s+(?:the\s+)?$"
                            # "a spokesman for the Russian Foreign Ministry said": it speaks for the ministry
                            r"|(?<!\w)(?:spokes(?:man|woman|person)|representative)\s+(?:for|of)\s+(?:the\s+)?$"
                            # "В заявлении МИД говорится": the genitive after the statement names who issued it
                            r"|(?<!\w)(?:в|во)\s+(?:\w+\s+)?(?:заявлени|сообщени|комментари|коммюнике|пресс-релиз)\w*\s+$",
                            re.IGNORECASE)


# a line opening with a date, as timelines and factboxes list remarks
DATED_LINE = re.compile(r"(?:^|\n)[ \t]*(\W{0,3}[ \t]*(?:(?:19|20)\d\d\s*(?:[—–-]\s|年)|\d{1,2}\s+[а-яё]+\s+(?:19|20)\d\d"
                        r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d{1,2},\s+)?(?:19|20)\d\d))")


def governed(art: Article, clause_start: int, m: Mention, mentions: list[Mention]) -> bool:
    """A name in a prepositional phrase ("talks with Abe", "с премьер-министром Японии Абэ") is not the subject;
    the source of a statement ("a statement from the Kremlin said") is."""
    return _governed_unit(art, clause_start, unit_start(art, clause_start, m, mentions), m)


def _governed_unit(art: Article, clause_start: int, start: int, m: Mention) -> bool:
    """`governed`, the noun phrase's start known."""
    if STATEMENT_FROM.search(art.text, max(clause_start, start - 40), start):
        return False
    if m.kind == "person":
        title = TITLE_OF.search(art.text, max(clause_start, start - 40), start)
        if title:  # "the press secretary of the President of Russia Dmitry Peskov": the name holds the title
            return bool(PREPOSITION_AHEAD.search(art.text, max(clause_start, title.start() - 30), title.start()))
    return bool(PREPOSITION_BEFORE.search(art.text[max(clause_start, start - 12):start])
                or SOURCE_BEFORE.search(art.text, max(clause_start, start - 20), start)
                or (m.kind == "person" and ((start == m.start and ROLE_OF_BEFORE.search(
                    art.text, max(clause_start, start - 20), start)) or ROLE_OF_AFTER.match(art.text, m.end))))


# whose aide or deputy the speaker is ("Помощник Путина заявил", "A Putin aide said"): the name depends on the role
# noun, the unnamed aide speaks (not "Помощник президента Юрий Ушаков", where the role noun opens the name's title)
ROLE_OF_BEFORE = re.compile(r"(?<!\w)(?:помощник|заместител|советник|сотрудник|соратник|подчин[её]нн)\w*\s+$",
                            re.IGNORECASE)
ROLE_OF_AFTER = re.compile(r"\s+(?:aides?|deputy|deputies|advis[eo]rs?|allies|ally|loyalists?)\b", re.IGNORECASE)


# the one met, received or called: the object of the subject's meeting ("Lavrov met Motegi", "Путин принял Абэ"),
# not whom "he" in the next sentence is
MET_OBJECT = re.compile(r"(?<!\w)(?:met|meets|hosted|hosts|received|receives|welcomed|phoned|called|invited|thanked"
                        r"|встретил\w*|принял\w*|пригласил\w*|поблагодарил\w*)\s+(?:[\w.’'-]+\s+){0,4}$", re.IGNORECASE)
# whose words the subject of a sentence answers ("Lavrov commented on the remarks by Kishida", "Лавров
# прокомментировал слова японского премьера", "ラブロフ外相は岸田首相の発言について"): not who "he" is next
WORDS = r"remarks|comments|statements?|words|speech|address|claims?|proposal|letter|message|position|stance"
WORDS_OF_BEFORE = re.compile(rf"(?<!\w)(?:(?:{WORDS})\s+(?:made\s+)?(?:by|of|from)\s+(?:the\s+)?"
                             r"|(?:слова|слов|заявлени[еяю]|высказывани[еяю]|реплик[уиа]|реч[ьи]|выступлени[еяю]|"
                             r"позици[июя]|предложени[еяю]|комментари[йяю]|призыв[а]?|письм[оа]|послани[еяю])\s+)$",
                             re.IGNORECASE)
WORDS_OF_AFTER = re.compile(rf"['’]s(?:\s+[\w-]+)?\s+(?:{WORDS})\b"
                            r"|[\u4e00-\u9fff]{0,5}の(?:発言|演説|談話|表明|主張|提案|書簡|立場|見解)", re.IGNORECASE)


def _words_of(art: Article, clause_start: int, m: Mention, mentions: list[Mention]) -> bool:
    """`m` names whose words the sentence's subject speaks of ("the remarks by Kishida", "Kishida's remarks",
    "слова Кисиды", "岸田首相の発言")."""
    return _words_of_unit(art, clause_start, unit_start(art, clause_start, m, mentions), m)


def _words_of_unit(art: Article, clause_start: int, start: int, m: Mention) -> bool:
    """`_words_of`, the noun phrase's start known."""
    return bool(WORDS_OF_BEFORE.search(art.text, max(clause_start, start - 40), start)
                or WORDS_OF_AFTER.match(art.text, m.end))


# "According to a GOJ briefing, the two leaders agreed": the source named in the phrase is not the subject
SOURCE_BEFORE = re.compile(r"(?<!\w)according to\s+(?:a|an|the)\s+$", re.IGNORECASE)
# a title phrase whose last words name an office or institution, the holder's name after it (machine-translated
# word order: "the chief of the Japanese government Fumio Kishida")
TITLE_OF = re.compile(rf"(?<!\w)(?:{TITLE_NOUNS}|chief)\s+(?:of|for|to)\s+$", re.IGNORECASE)
PREPOSITION_AHEAD = re.compile(r"(?<!\w)(?:with|to|of|by|from|for|on|between|against|at|about|and|alongside|beside)\s+"
                               r"(?:\S+\s+){0,3}$",
                               re.IGNORECASE)


def find_clause_start(text: str, s: int, pos: int, qs: list[Quote]) -> int:
    """Start of the clause holding `pos`: after the last closing quote or sentence-internal break before it."""
    start = s
    for q in qs:
        if q.end <= pos:
            start = max(start, q.end)
    seg = text[start:pos]
    for mark in ("; ", " — ", " – ", "。"):
        i = seg.rfind(mark)
        if i >= 0:
            start = max(start, start + i + len(mark)) if False else start + i + len(mark)
            seg = text[start:pos]
    return start


def outside_quotes(text: str, s: int, e: int, qs: list[Quote]) -> str:
    parts, i = [], s
    for q in qs:
        parts.append(text[i:q.start])
        i = q.end
    parts.append(text[i:e])
    return " ".join(parts)


def inside_any(pos: int, qs: list[Quote]) -> bool:
    return any(q.start <= pos < q.end for q in qs)


LIST_NUMBER = re.compile(r"\d{1,2}\.\s+")  # "3. In response, Minister Lavrov stated …": a numbered paragraph


def strip_span(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a].isspace() or text[a] in "—–-•"):
        a += 1
    number = LIST_NUMBER.match(text, a, b)
    if number:
        a = number.end()
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


# a wire's dateline opening the report's first sentence ("MOSCOW, Jan. 9 (Xinhua) -- ", "TOKYO (Jiji Press) — ",
# "МОСКВА, 18 янв — РИА Новости. ", "MOSCOW, January 18. /TASS/. ", 【モスクワ共同】): where the words were written, not said
LEAD_DATELINE = re.compile(r"[A-ZА-ЯЁ][A-ZА-ЯЁ’'.-]{2,}(?:\s[A-ZА-ЯЁ][A-ZА-ЯЁ’'.-]+){0,2}"
                           # (a country between the city and the date: "NOVO-OGARYOVO, Russia, March 1 (Reuters) - ")
                           r"(?:,\s*[\w.]+(?:\s[\w.]+){0,2}?){0,2}\s*(?:\([^()\n]{2,30}\)\s*)?"
                           r"(?:(?:--|—|–|-)\s+(?:(?:РИА Новости|RIA Novosti|Интерфакс|Interfax)\.\s+)?|\.\s*/[^/\n]{2,25}/\.\s+)"
                           r"(?=[\"“«A-ZА-ЯЁ])"
                           # Japanese news's 【モスクワ共同】, 【1月15日 AFP】
                           r"|【[^】\n]{1,16}】\s*"
                           # Jiji's English: "Tokyo, Sept. 10 (Jiji Press)--"
                           r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s*[A-Z][a-z]{2,4}\.?\s\d{1,2}\s*\([^()\n]{2,30}\)\s*(?:--|—|–)\s*"
                           r"(?=[\"“A-Z])")


def strip_dateline(text: str, a: int, b: int) -> int:
    """`a`, after a dateline opening text[a:b]."""
    dateline = LEAD_DATELINE.match(text, a, b)
    return dateline.end() if dateline else a


def is_cjk(s: str) -> bool:
    return bool(CJK.search(s))


def _guess_language(text: str) -> str:
    sample = text[:2000]
    if re.search(r"[\u3040-\u30ff]", sample):
        return "ja"
    if len(re.findall(r"[\u0400-\u04ff]", sample)) > len(sample) / 5:
        return "ru"
    return "en"
