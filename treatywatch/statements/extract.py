"""Statements in an article: direct quotes and reported speech, with their speaker and topic.

One pass over the sentences of each paragraph. A sentence yields a statement when its words outside
quotation marks carry a verb of saying ("said", "заявил", "と述べた", "according to", "по словам", "によると")
whose subject resolves to a speaker: a registered name, a title (resolved to the office holder on the
article's date), a pronoun or role noun (resolved to the last speaker of that kind), or an unknown
capitalised name. Long quotes that stand on their own become direct statements with the words inside the
marks; short quotes inside a reported clause keep the whole sentence. A quote sentence without attribution
continues the previous statement of its paragraph (split quotes) or takes the speaker announced with a colon.
Background (documents, events, anonymous sources, habitual "has repeatedly said") yields nothing.
"""
from __future__ import annotations

import re

from treatywatch.statements import ExtractedStatement
from treatywatch.statements.quotes import Quote, find_quotes, paragraphs, split_sentences
from treatywatch.statements.speakers import Entry, Mention, registry
from treatywatch.statements.topic import is_treaty, topics

# -- verbs of saying -----------------------------------------------------------------------------------
EN_VERBS = (r"said|says|say|stated|states|told|tells|added|adds|noted|notes|stressed|stresses|emphasi[sz]ed|emphasi[sz]es"
            r"|underlined|underscored|recalled|recalls|urged|urges|called on|called for|asserted|asserts|declared|declares"
            r"|announced|insisted|insists|argued|argues|warned|warns|claimed|claims|suggested|suggests|proposed|reiterated"
            r"|reiterates|vowed|vows|pledged|explained|pointed out|remarked|commented|expressed|confirmed|acknowledged"
            r"|complained|criticized|criticised|slammed|accused|indicated|voiced|conveyed|mentioned|went on to say"
            r"|was quoted as saying|quoted|according to|hoped|hopes|agreed to|agreed that|agreed on|referred to"
            r"|rejected|promised|assured|reaffirmed|affirmed|admitted|denied|wrote|replied|answered|responded"
            r"|believes|thinks|considers|described|called|dismissed|ruled out|made the remarks|made clear|noting|saying|stressing|adding")
RU_VERBS = (r"заявил\w*|сказал\w*|отметил\w*|подчеркнул\w*|напомнил\w*|добавил\w*|сообщил\w*|рассказал\w*|призвал\w*"
            r"|по словам|по мнению|считает|считают|выразил\w*|указал\w*|утверждает|утверждал\w*|предложил\w*|заверил\w*"
            r"|пояснил\w*|констатировал\w*|признал\w*|пообещал\w*|настаивает|говорит|говорил\w*|ответил\w*|высказал\w*"
            r"|уточнил\w*|обратил\w* внимание|выступил\w*|назвал\w*|передает|передаёт|цитирует|осудил\w*|раскритиковал\w*")
JA_VERBS = (r"述べ|語っ|語り|強調し|指摘し|表明し|発言し|言っ|言い|話し|明らかにし|続け|訴え|批判し|非難し|主張し|繰り返し"
            r"|説明し|示し|伝え|答え|約束し|呼びかけ|求め|によると|によれば|強調|指摘|発言|表明")
SPEECH = re.compile(rf"(?<![\w-])(?:{EN_VERBS}|{RU_VERBS})(?![\w-])|(?:{JA_VERBS})", re.IGNORECASE)

# pronouns and role nouns that point back to a speaker named earlier
PRONOUN = re.compile(r"(?<!\w)(?:he|she|the (?:russian |japanese )?(?:minister|foreign minister|premier|prime minister|"
                     r"president|diplomat|top diplomat|envoy|ambassador|spokesman|spokeswoman|spokesperson|official|"
                     r"leader|politician|lawmaker|secretary)|он|она|министр|премьер|дипломат|посол|глава (?:мид|государства|"
                     r"правительства)|президент|пресс-секретарь|彼|同氏|同外相|同首相|同大統領|首相|外相|大統領|官房長官)(?!\w)",
                     re.IGNORECASE)
MINISTRY = re.compile(r"(?<!\w)(?:the (?:foreign )?ministry|the statement said|ведомство|министерство|мид|同省)(?!\w)", re.IGNORECASE)
ANONYMOUS = re.compile(r"(?<!\w)(?:sources?|officials?|media|reports?|newspapers?|agency|analysts|experts|observers|"
                       r"diplomats|insiders|источник\w*|СМИ|関係者|政府筋)(?!\w)", re.IGNORECASE)
HABITUAL = re.compile(r"(?<!\w)(?:repeatedly|on numerous occasions|time and again|has long|have long|for years|"
                      r"неоднократно|не раз|繰り返し述べて|かねて)(?!\w)", re.IGNORECASE)
RESTATES_PREVIOUS = re.compile(r"^(?:Об этом|Такое заявление|Такое мнение|Соответствующее заявление|Эти слова|"
                               r"This was (?:said|stated|announced)|The statement was made|These remarks were made)",
                               re.IGNORECASE)
NON_SPEAKER_INSTITUTION_VERBS = re.compile(r"^(?:considers|believes|thinks|claims|hopes|hoped|called|described|"
                                           r"считает|считают|назвал\w*)$", re.IGNORECASE)
CAPNAME = re.compile(r"((?:[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?\s){1,2}[A-Z][a-z]+(?:-[a-z]+)?)\s*,?\s*$")
NOT_NAMES = re.compile(r"^(?:The|This|That|These|Those|It|In|On|At|But|And|According|However|Meanwhile|Moscow|Tokyo|Japan|"
                       r"Russia|Beijing|China|Kyodo|Reuters|Interfax|Xinhua|Asahi|Nikkei|Sputnik|Tass|Jiji|Mainichi|Yomiuri)\b")
AGENCIES = re.compile(r"(?<!\w)(?:TASS|Tass|Interfax|RIA|Reuters|Xinhua|Kyodo|Jiji|NHK|Asahi|Nikkei|Sputnik|AFP|AP|"
                      r"ТАСС|Интерфакс|РИА|共同|時事|ロイター|タス)(?!\w)")
MIN_QUOTE_WORDS = 5
MIN_QUOTE_CHARS_CJK = 8


class Article:
    """What a text knows while it is read: mentions, the date, who spoke last."""

    def __init__(self, text: str, language: str | None, published: str | None, title: str | None):
        self.text, self.published, self.title = text, published, (title or "").strip()
        self.language = language or _guess_language(text)
        self.reg = registry()
        self.mentions = self.reg.find_mentions(text)
        self.named_people: list[Entry] = [m.entry for m in self.mentions if m.kind == "person" and m.entry]
        self.last_person: tuple[str, Entry | None] | None = None
        self.last_institution: tuple[str, Entry | None] | None = None

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if start <= m.start and m.end <= end]

    def resolve(self, m: Mention) -> tuple[str, Entry | None] | None:
        """Canonical speaker of a mention; None for a title nobody can be named for."""
        if m.kind in ("person", "institution"):
            return m.entry.name, m.entry
        if m.kind == "unknown":
            return m.surface, None
        if m.kind == "office":
            # a holder named in the article wins (undated texts, "the prime minister" after "Shinzo Abe")
            named = [e for e in self.named_people if e.held(m.office)]
            holder = self.reg.holder(m.office, self.published)
            if holder and (not named or holder in named):
                return holder.name, holder
            if named:
                return named[0].name, named[0]
            if holder:
                return holder.name, holder
            holders = self.reg.holders(m.office)
            if len(holders) == 1:
                return holders[0].name, holders[0]
        return None

    def remember(self, start: int, end: int) -> None:
        for m in self.mentions_in(start, end):
            r = self.resolve(m)
            if not r:
                continue
            if (r[1] and r[1].kind == "institution") or (m.kind == "institution"):
                self.last_institution = r
            else:
                self.last_person = r


def extract(text: str, language: str | None = None, published: str | None = None,
            title: str | None = None) -> list[ExtractedStatement]:
    if not text or not text.strip():
        return []
    art = Article(text, language, published, title)
    out: list[ExtractedStatement] = []
    seen: set[tuple[int, int]] = set()
    norm_seen: set[str] = set()
    for p_start, p_end in paragraphs(text):
        if art.title and text[p_start:p_end].strip() == art.title:
            art.remember(p_start, p_end)
            continue  # the headline repeated as the first line: not a statement of its own
        quotes = find_quotes(text, p_start, p_end)
        prev: ExtractedStatement | None = None
        sentences = split_sentences(text, quotes, p_start, p_end)
        for k, (s, e) in enumerate(sentences):
            found = _sentence_statements(art, s, e, quotes, prev, sentences[k - 1] if k else None)
            for st in found:
                key = _norm(st.quote)
                if (st.start, st.end) in seen or key in norm_seen or not st.quote.strip():
                    continue
                seen.add((st.start, st.end))
                norm_seen.add(key)
                out.append(st)
            prev = found[-1] if found else (None if _has_own_content(text, s, e, quotes) else prev)
            art.remember(s, e)
    out.sort(key=lambda st: st.start)
    return out


def _sentence_statements(art: Article, s: int, e: int, quotes: list[Quote], prev: ExtractedStatement | None,
                         prev_span: tuple[int, int] | None) -> list[ExtractedStatement]:
    text = art.text
    qs = [q for q in quotes if s <= q.start and q.end <= e]
    outside = _outside(text, s, e, qs)
    speaker, rule, verb = _attribution(art, s, e, qs, outside)
    cjk = art.language == "ja" or _is_cjk(text[s:e])
    long_quotes = [q for q in qs if _long_quote(text, q, cjk)]
    out: list[ExtractedStatement] = []

    if speaker is None and long_quotes and _is_quote_only(text, s, e, long_quotes):
        # "…," he said. "…": a bare quote continues its paragraph's last speaker, or follows "X said:"
        if prev is not None and prev.speaker:
            speaker, rule = (prev.speaker, None), "continued_quote"
        elif prev_span and text[prev_span[0]:prev_span[1]].rstrip().endswith(":"):
            intro = _attribution(art, prev_span[0], prev_span[1], [], text[prev_span[0]:prev_span[1]])
            if intro[0]:
                speaker, rule = intro[0], "colon_intro"
    if speaker is None:
        return out
    name, entry = speaker
    context = _context(art, s, e, prev_span)

    if long_quotes and (_quotes_stand_alone(text, s, e, long_quotes, cjk)):
        for q in long_quotes:
            a, b = _strip_span(text, *q.inner)
            if b - a < 2:
                continue
            span = text[a:b]
            found = topics(span, text[s:e] + " " + context)
            out.append(ExtractedStatement(name, span, a, b, True, is_treaty(found), _as_written(art, s, e, name),
                                          found, rule or "direct_quote"))
        return out

    a, b = s, e
    if rule == "restates_previous" and prev_span:
        a = prev_span[0]
    a, b = _strip_span(text, a, b)
    span = text[a:b]
    found = topics(span, context)
    direct = bool(qs) and sum(q.end - q.start for q in qs) >= 0.6 * (b - a)
    out.append(ExtractedStatement(name, span, a, b, direct, is_treaty(found), _as_written(art, s, e, name), found,
                                  rule or "reported_speech"))
    return out


def _attribution(art: Article, s: int, e: int, qs: list[Quote], outside: str):
    """(speaker, rule, verb match) of a sentence from its words outside quotes, or (None, None, None)."""
    text = art.text
    if RESTATES_PREVIOUS.search(text[s:e].lstrip("—-– ")):
        ms = [m for m in art.mentions_in(s, e) if not _inside_any(m.start, qs)]
        for m in ms:
            r = art.resolve(m)
            if r:
                return r, "restates_previous", None
    for v in SPEECH.finditer(text, s, e):
        if _inside_any(v.start(), qs):
            continue
        verb = v.group().lower()
        clause_start = _clause_start(text, s, v.start(), qs)
        before = text[clause_start:v.start()]
        if HABITUAL.search(before) or HABITUAL.search(text[v.end():v.end() + 20]):
            continue
        if ANONYMOUS.search(before[-25:]) and not art.mentions_in(clause_start, v.start()):
            continue
        speaker = None
        if verb in ("according to", "по словам", "по мнению"):
            speaker = _first_after(art, v.end(), min(e, v.end() + 80), qs)
            if speaker is None and verb == "according to":
                continue
        elif verb in ("によると", "によれば"):
            speaker = _nearest_before(art, s, v.start(), qs)
        else:
            speaker = _subject(art, s, e, clause_start, v, qs)
        if speaker is None:
            continue
        if speaker[1] is not None and speaker[1].kind == "institution" and NON_SPEAKER_INSTITUTION_VERBS.match(verb):
            continue
        return speaker, None, v
    return None, None, None


def _subject(art: Article, s: int, e: int, clause_start: int, v: re.Match, qs: list[Quote]):
    text = art.text
    is_ja = bool(re.match(JA_VERBS, v.group()))
    if is_ja:  # Japanese: the subject comes first ("ラブロフ外相は…と述べた")
        for m in art.mentions_in(s, v.start()):
            if not _inside_any(m.start, qs) and not _possessive_ja(text, m):
                r = art.resolve(m)
                if r:
                    return r
        return _pronoun(art, s, v.start(), qs)
    # inverted order: ', said Lavrov' / '», — заявил Лавров' / 'said the Secretary-General of the government of X'
    gap_before = text[clause_start:v.start()].strip(" ,—–-\"“”«»")
    after = _first_after(art, v.end(), min(e, v.end() + 90), qs, stop=".;:!?\"“”«»")
    if not gap_before and after:
        return after
    before = _nearest_before(art, clause_start, v.start(), qs)
    if before:
        return before
    pron = _pronoun(art, clause_start, v.start(), qs)
    if pron:
        return pron
    name = CAPNAME.search(text[clause_start:v.start()])
    if name and not NOT_NAMES.match(name.group(1)) and not AGENCIES.search(name.group(1)):
        return name.group(1).strip(), None
    if after and len(gap_before) < 40:
        return after
    return None


def _nearest_before(art: Article, start: int, end: int, qs: list[Quote]):
    for m in reversed(art.mentions_in(start, end)):
        if _inside_any(m.start, qs):
            continue
        r = art.resolve(m)
        if r:
            return r
    return None


def _first_after(art: Article, start: int, end: int, qs: list[Quote], stop: str = ""):
    if stop:
        for i in range(start, end):
            if art.text[i] in stop:
                end = i
                break
    for m in art.mentions_in(start, end):
        if _inside_any(m.start, qs):
            continue
        r = art.resolve(m)
        if r:
            return r
    pron = PRONOUN.search(art.text, start, end)
    if pron and pron.start() - start < 6:
        return _resolve_pronoun(art, pron.group())
    return None


def _pronoun(art: Article, start: int, end: int, qs: list[Quote]):
    last = None
    for p in PRONOUN.finditer(art.text, start, end):
        if not _inside_any(p.start(), qs):
            last = p
    if last is None:
        m = MINISTRY.search(art.text, start, end)
        if m and not _inside_any(m.start(), qs):
            return art.last_institution
        return None
    return _resolve_pronoun(art, last.group(), start)


def _resolve_pronoun(art: Article, word: str, position: int | None = None):
    w = word.lower()
    if w in ("he", "she", "он", "она", "彼", "同氏") or art.last_person is not None:
        if art.last_person is not None:
            return art.last_person
    return None


def _possessive_ja(text: str, m: Mention) -> bool:
    """'プーチン大統領との会談' / 'ロシアの': a name followed by と/との/の is not the subject."""
    tail = text[m.end:m.end + 3]
    return tail.startswith(("との", "と会", "の")) and not tail.startswith("の考え")


def _clause_start(text: str, s: int, pos: int, qs: list[Quote]) -> int:
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


def _context(art: Article, s: int, e: int, prev_span: tuple[int, int] | None) -> str:
    text = art.text
    ctx = text[prev_span[0]:prev_span[1]] if prev_span else ""
    return ctx + " " + (art.title or "") + " " + text[max(0, s - 300):s]


def _outside(text: str, s: int, e: int, qs: list[Quote]) -> str:
    parts, i = [], s
    for q in qs:
        parts.append(text[i:q.start])
        i = q.end
    parts.append(text[i:e])
    return " ".join(parts)


def _long_quote(text: str, q: Quote, cjk: bool) -> bool:
    inner = text[q.start + 1:q.end - 1]
    if cjk and _is_cjk(inner):
        return len(inner) >= MIN_QUOTE_CHARS_CJK
    return len(inner.split()) >= MIN_QUOTE_WORDS


def _quotes_stand_alone(text: str, s: int, e: int, qs: list[Quote], cjk: bool) -> bool:
    """Quotes are the statement when they carry most of the sentence (the rest is attribution)."""
    quoted = sum(q.end - q.start for q in qs)
    if quoted >= 0.55 * (e - s):
        return True
    first = qs[0]
    lead = text[s:first.start].rstrip()
    return not cjk and (lead.endswith((":", ",")) or lead.endswith(("said", "stated", "заявил", "сказал")))


def _is_quote_only(text: str, s: int, e: int, qs: list[Quote]) -> bool:
    rest = _outside(text, s, e, qs)
    return len(re.sub(r"[\W_]+", "", rest)) <= 3


def _has_own_content(text: str, s: int, e: int, quotes: list[Quote]) -> bool:
    qs = [q for q in quotes if s <= q.start and q.end <= e]
    return not _is_quote_only(text, s, e, qs) if qs else True


def _inside_any(pos: int, qs: list[Quote]) -> bool:
    return any(q.start <= pos < q.end for q in qs)


def _strip_span(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a].isspace() or text[a] in "—–-•"):
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _as_written(art: Article, s: int, e: int, name: str) -> str:
    for m in art.mentions_in(s, e):
        if m.entry is not None and m.entry.name == name:
            return m.surface
        if m.kind == "unknown" and m.surface == name:
            return m.surface
    return name


def _norm(span: str) -> str:
    return re.sub(r"\W+", " ", span).strip().lower()


def _is_cjk(s: str) -> bool:
    return bool(re.search(r"[\u3040-\u30ff\u3400-\u9fff]", s))


def _guess_language(text: str) -> str:
    sample = text[:2000]
    if re.search(r"[\u3040-\u30ff]", sample):
        return "ja"
    if len(re.findall(r"[\u0400-\u04ff]", sample)) > len(sample) / 5:
        return "ru"
    return "en"
