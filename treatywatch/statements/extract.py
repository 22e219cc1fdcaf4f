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
EN_VERBS = (r"said|says|say|stated|told|tells|added|noted|stressed|stresses|emphasi[sz]ed|emphasi[sz]es"
            r"|underlined|underscored|recalled|recalls|urged|urges|called on|called for|asserted|asserts|declared|declares"
            r"|announced|insisted|insists|argued|argues|warned|warns|claimed|suggested|suggests|proposed|reiterated"
            r"|reiterates|vowed|vows|pledged|explained|pointed out|remarked|commented|expressed|confirmed|acknowledged"
            r"|complained|criticized|criticised|slammed|accused|indicated|voiced|conveyed|went on to say"
            r"|was quoted as saying|[Aa]ccording to|agreed to|agreed that|agreed on|rejected|promised|assured"
            r"|reaffirmed|affirmed|admitted|denied|replied|answered|responded|dismissed|ruled out|made clear")
RU_VERBS = (r"заявил\w*|сказал\w*|отметил\w*|подчеркнул\w*|напомнил\w*|добавил\w*|сообщил\w*|рассказал\w*|призвал\w*"
            r"|[Пп]о (?:его |ее |её |их )?словам|[Пп]о (?:его |ее |её |их )?мнению|считает|выразил\w*|указал\w*|утверждает|утверждал\w*"
            r"|предложил\w*|заверил\w*|пояснил\w*|констатировал\w*|признал\w*|пообещал\w*|настаивает|говорит|говорил\w*"
            r"|ответил\w*|высказал\w*|уточнил\w*|обратил\w* внимание|осудил\w*|раскритиковал\w*|сделал\w* заявление")
JA_VERBS = (r"と(?:述べ|語っ|語り|強調し|指摘し|表明し|発言し|言っ|言い|話し|明らかにし|続け|訴え|批判し|非難し|主張し|説明し|伝え|答え|約束し|呼びかけ)"
            r"|(?:考え|見方|認識|姿勢|立場|意向|方針|見解|主張)を(?:示し|表明し|繰り返し|強調し)|として(?:抗議|批判|非難)"
            r"|を(?:強調し|指摘し|表明し|非難し|批判し)|と(?:の)?(?:見方|考え|認識)を示|によると|によれば|発言しました|述べ|語っ|言いました")
SPEECH = re.compile(rf"(?<![\w-])(?:{EN_VERBS}|{RU_VERBS})(?![\w-])|(?:{JA_VERBS})")
JA_SPEECH = re.compile(JA_VERBS)
PASSIVE_BEFORE = re.compile(r"(?:\b(?:as|was|were|is|are|been|be|being|it|that)|было|был|была)\s+$", re.IGNORECASE)
PREPOSITION_BEFORE = re.compile(r"(?:\b(?:with|to|of|by|from|for|on|and|than|between|against|at|like|about)|(?<!\w)(?:с|со|к|у|от|для|и|о|об|перед|между|после|при)|と|の)\s*$", re.IGNORECASE)
SKIP_PARAGRAPH = re.compile(r"^(?:READ MORE|Read more|Read also|ALSO READ|Also read|See also|Related|Читайте также|関連ニュース|関連記事)\b", re.IGNORECASE)
TRANSCRIPT_LABEL = re.compile(r"^(?:Mr\.|Ms\.|Mrs\.)?\s*([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){1,2})(?:,[^:\n]{0,80})?:\s")
CAPNAME_STOP = re.compile(r"\b(?:Islands?|Prefecture|Ministry|Affairs|Agency|News|Press|Times|Post|Government|Council|Party|Kurils?"
                          r"|Territories|Federation|Union|Nations|Bank|Forum|Office|Embassy|Department|Committee|Assembly|Club"
                          r"|University|Institute|Daily|Journal|Review|Center|Centre|Service)\b")

# pronouns and role nouns that point back to a speaker named earlier
PRONOUN = re.compile(r"(?<!\w)(?:he|she|the (?:russian |japanese )?(?:minister|foreign minister|premier|prime minister|"
                     r"president|diplomat|top diplomat|envoy|ambassador|spokesman|spokeswoman|spokesperson|official|"
                     r"leader|politician|lawmaker|secretary)|он|она|министр|премьер|дипломат|посол|глава (?:мид|государства|"
                     r"правительства)|президент|пресс-секретарь|彼|同氏|同外相|同首相|同大統領|首相|外相|大統領|官房長官)(?!\w)",
                     re.IGNORECASE)
MINISTRY = re.compile(r"(?<!\w)(?:the (?:foreign )?ministry|it|its statement|the statement|ведомство|министерство|мид|同省)(?!\w)", re.IGNORECASE)
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
        self.last_person_before: tuple[str, Entry | None] | None = None

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

    def remember(self, start: int, end: int, quotes: list[Quote] = ()) -> None:
        self.last_person_before = self.last_person
        for m in self.mentions_in(start, end):
            if _inside_any(m.start, quotes):
                continue
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
    prev_span: tuple[int, int] | None = None
    for p_start, p_end in paragraphs(text):
        para = text[p_start:p_end]
        if (art.title and para.strip() == art.title) or SKIP_PARAGRAPH.match(para):
            continue  # the headline repeated as the first line, related links: not statements of their own
        quotes = find_quotes(text, p_start, p_end)
        prev: ExtractedStatement | None = None
        sentences = split_sentences(text, quotes, p_start, p_end)
        label = _transcript_speaker(art, p_start, p_end)
        for k, (s, e) in enumerate(sentences):
            if label is not None:
                found = _labelled_statements(art, label, s, e, p_start, prev_span)
            else:
                found = _sentence_statements(art, s, e, quotes, prev, prev_span, k == 0)
            for st in found:
                key = _norm(st.quote)
                if (st.start, st.end) in seen or key in norm_seen or not st.quote.strip():
                    continue
                seen.add((st.start, st.end))
                norm_seen.add(key)
                out.append(st)
            art.remember(s, e, quotes)
            if found:
                art.last_person = (found[-1].speaker, art.reg.by_name.get(found[-1].speaker.lower()))
                if art.last_person[1] is not None and art.last_person[1].kind == "institution":
                    art.last_institution, art.last_person = art.last_person, art.last_person_before
            prev = found[-1] if found else (None if _has_own_content(text, s, e, quotes) else prev)
            prev_span = (s, e)
    out.sort(key=lambda st: st.start)
    return out


def _sentence_statements(art: Article, s: int, e: int, quotes: list[Quote], prev: ExtractedStatement | None,
                         prev_span: tuple[int, int] | None, first_in_paragraph: bool) -> list[ExtractedStatement]:
    text = art.text
    qs = [q for q in quotes if s <= q.start and q.end <= e]
    outside = _outside(text, s, e, qs)
    speaker, rule, verb = _attribution(art, s, e, qs, outside)
    cjk = art.language == "ja" or _is_cjk(text[s:e])
    long_quotes = [q for q in qs if _long_quote(text, q, cjk)]
    out: list[ExtractedStatement] = []
    inherit = False

    if speaker is None and long_quotes and _is_quote_only(text, s, e, long_quotes):
        # "…," he said. "…": a bare quote continues its paragraph's last speaker, or follows "X said:"
        if prev is not None and prev.speaker:
            speaker, rule, inherit = (prev.speaker, None), "continued_quote", prev.peace_treaty
        elif prev_span and text[prev_span[0]:prev_span[1]].rstrip().endswith(":"):
            intro = _attribution(art, prev_span[0], prev_span[1], [], text[prev_span[0]:prev_span[1]])
            if intro[0]:
                speaker, rule = intro[0], "colon_intro"
    if speaker is None:
        return out
    name, entry = speaker
    if rule == "ja_implicit_subject" and prev is not None and prev.speaker == name:
        inherit = prev.peace_treaty
    context = text[prev_span[0]:prev_span[1]] if prev_span else ""

    if long_quotes and (_quotes_stand_alone(text, s, e, long_quotes, cjk)):
        for q in long_quotes:
            a, b = _strip_span(text, *q.inner)
            if b - a < 2:
                continue
            span = text[a:b]
            found = topics(span, outside + " " + context)
            if inherit and not is_treaty(found):
                found.append("continued")
            out.append(ExtractedStatement(name, span, a, b, True, is_treaty(found), _as_written(art, s, e, name),
                                          found, rule or "direct_quote"))
        return out

    a, b = s, e
    if rule == "restates_previous" and prev_span:
        a = prev_span[0]
    a, b = _strip_span(text, a, b)
    span = text[a:b]
    found = topics(span, context)
    if inherit and not is_treaty(found):
        found.append("continued")
    direct = bool(qs) and sum(q.end - q.start for q in qs) >= 0.6 * (b - a)
    out.append(ExtractedStatement(name, span, a, b, direct, is_treaty(found), _as_written(art, s, e, name), found,
                                  rule or "reported_speech"))
    return out


def _transcript_speaker(art: Article, p_start: int, p_end: int):
    """'Mr. NAME, Minister for Foreign Affairs: …' — an interview transcript paragraph is the speaker's words."""
    m = TRANSCRIPT_LABEL.match(art.text, p_start, p_end)
    if not m:
        return None
    for mention in art.mentions_in(p_start + m.start(1) - m.start(), p_start + m.end(1) - m.start()):
        r = art.resolve(mention)
        if r and (r[1] is None or r[1].kind == "person"):
            return r, p_start + m.end()
    return None


def _labelled_statements(art: Article, label, s: int, e: int, p_start: int, prev_span):
    (name, entry), body_start = label
    a, b = _strip_span(art.text, max(s, body_start), e)
    if b - a < 10:
        return []
    span = art.text[a:b]
    found = topics(span, art.text[prev_span[0]:prev_span[1]] if prev_span else "")
    return [ExtractedStatement(name, span, a, b, False, is_treaty(found), name, found, "transcript")]


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
        if HABITUAL.search(before[-40:]) or HABITUAL.search(text[v.end():v.end() + 20]):
            continue
        if ANONYMOUS.search(" ".join(before.split()[-3:])):
            continue  # "officials said", "media reports said", "a source … told"
        if PASSIVE_BEFORE.search(before) and not verb.startswith(("according", "по ")):
            continue  # "as stated in the document", "it was said"
        speaker = None
        if verb == "according to":
            m = _first_mention_after(art, v.end(), min(e, v.end() + 60), qs)
            if m is None or m.start - v.end() > 2:
                continue
            speaker = art.resolve(m)
        elif verb.startswith("по ") and ("словам" in verb or "мнению" in verb):
            if verb.split()[1] in ("его", "ее", "её", "их"):
                speaker = art.last_person
            else:
                m = _first_mention_after(art, v.end(), min(e, v.end() + 60), qs)
                speaker = art.resolve(m) if m is not None and m.start - v.end() <= 2 else None
        elif verb in ("によると", "によれば"):
            speaker = _nearest_before(art, max(s, v.start() - 30), v.start(), qs)
        else:
            speaker = _subject(art, s, e, clause_start, v, qs)
        if speaker is None:
            if JA_SPEECH.match(v.group()) and qs and art.last_person is not None and not art.mentions_in(s, v.start()):
                return art.last_person, "ja_implicit_subject", v  # Japanese drops the subject it already named
            continue
        if speaker[1] is not None and speaker[1].kind == "institution" and NON_SPEAKER_INSTITUTION_VERBS.match(verb):
            continue
        return speaker, None, v
    return None, None, None


def _first_mention_after(art: Article, start: int, end: int, qs: list[Quote]):
    for m in art.mentions_in(start, end):
        if not _inside_any(m.start, qs):
            return m
    return None


def _subject(art: Article, s: int, e: int, clause_start: int, v: re.Match, qs: list[Quote]):
    text = art.text
    if JA_SPEECH.match(v.group()):  # Japanese: the subject comes first ("ラブロフ外相は…と述べた")
        for m in art.mentions_in(s, v.start()):
            if not _inside_any(m.start, qs) and not _possessive_ja(text, m):
                r = art.resolve(m)
                if r:
                    return r
        return None
    before_text = text[clause_start:v.start()]
    inverted = not before_text.strip(" —–-") or before_text.rstrip().endswith((",", "”", "»", '"', "“", "—", "–"))
    after = _first_after(art, v.end(), min(e, v.end() + 90), qs, stop=".;:!?\"“”«»")
    if inverted and after:
        return after  # ', said Lavrov' / '», — заявил Лавров' / 'said the Secretary-General … Suga'
    # the subject stands just before the verb: at most a few words ("Putin also said", "Lavrov told a …")
    for m in reversed(art.mentions_in(clause_start, v.start())):
        if _inside_any(m.start, qs):
            continue
        gap = text[m.end:v.start()]
        if len(gap.split()) > 4 or PREPOSITION_BEFORE.search(text[max(clause_start, m.start - 12):m.start]):
            continue
        r = art.resolve(m)
        if r:
            return r
        break
    pron = _pronoun(art, max(clause_start, v.start() - 40), v.start(), qs)
    if pron:
        return pron
    name = CAPNAME.search(before_text)
    if name and not NOT_NAMES.match(name.group(1)) and not AGENCIES.search(name.group(1)) \
            and not CAPNAME_STOP.search(name.group(1)):
        return name.group(1).strip(), None
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
    if pron and pron.start() - start < 3:
        return _resolve_pronoun(art, pron.group())
    return None


def _pronoun(art: Article, start: int, end: int, qs: list[Quote]):
    """'he said', 'the minister noted', 'it said in a statement', 'по его словам' → the speaker named before."""
    last = None
    for p in PRONOUN.finditer(art.text, start, end):
        if not _inside_any(p.start(), qs):
            last = p
    inst = None
    for m in MINISTRY.finditer(art.text, start, end):
        if not _inside_any(m.start(), qs):
            inst = m
    if inst is not None and (last is None or inst.start() > last.start()):
        return art.last_institution
    if last is None:
        return None
    return art.last_person


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


def _resolve_pronoun(art: Article, word: str):
    if word.lower() == "it":
        return art.last_institution
    return art.last_person
