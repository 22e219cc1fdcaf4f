"""Pronouns and role nouns ("he", "she", "the minister", "по его словам", "同氏") resolved to a speaker named before.

The subject of the same sentence first, else the last person named; agreeing in gender, in side ("the
Japanese minister") and, for a title, in the office held on the article's date.
"""
from __future__ import annotations

import re

from treatywatch.statements.article import Article, governed, home_side, inside_any, possessives, registered_entry
from treatywatch.statements.quotes import Quote

# a member of parliament by his seat («— пояснил сенатор.», «— написал парламентарий»)
MEMBER_WORDS = r"senator|legislator|parliamentarian|deputy|lawmaker|сенатор|парламентарий|депутат|политик"
# pronouns and role nouns that point back to a speaker named earlier
PRONOUN = re.compile(r"(?<!\w)(?:he|she|the (?:(?:russian|japanese|veteran|senior|chief|same|top|former|then|new|incoming) ){0,3}(?:deputy (?:foreign )?minister|minister|foreign minister|premier|prime minister|"
                     r"president|diplomat|top diplomat|envoy|ambassador|spokesman|spokeswoman|spokesperson|official|"
                     r"leader|politician|lawmaker|secretary|head of state|head of government|chief diplomat|governor|mayor)"
                     r"|(?:his|her|the) (?:russian|japanese) counterpart|(?:his|her) counterpart|он|она|министр|премьер|дипломат|посол|глава (?:мид|государства|"
                     r"правительства|региона|области|края|(?:военного |внешнеполитического )?ведомства|комитета)|губернатор"
                     r"|президент|пресс-секретарь|секретар[ья] (?:совбеза|совета безопасности)"
                     # a member of parliament by his seat, closing the attribution («— пояснил сенатор.»); not the
                     # title before a name («заявил депутат Госдумы Алексей Чепа»)
                     r"|the (?:head of (?:the )?(?:region|oblast)|governor)"
                     rf"|(?:the )?(?:{MEMBER_WORDS})"
                     r"(?=\s*(?:[.,;!?»\"”)]|$)|\s+(?:in|on|в)\s+(?:his|her|its|their|сво\w+)\s)"
                     # machine English of 「首相は…と述べた」 drops the article: "Prime Minister said, '…'"
                     # (right before the verb: the end of the range a caller searches, or the verb itself)
                     r"|(?-i:Prime Minister|Foreign Minister|Chief Cabinet Secretary)(?=\s*$|\s+(?:also\s+)?(?:said|told"
                     r"|stressed|noted|added|emphasized|explained)\b)"
                     r"|彼|同氏|同外相|同首相|同大統領|首相|外相|大統領|官房長官)(?!\w)",
                     re.IGNORECASE)
# one's own country's position as the object of the speech verb: "reiterated Japan's long-held position",
# "подтвердил позицию Москвы"
OWN_POSITION = re.compile(r"\s+(?:(?:(Japan|Tokyo)|Russia|Moscow)['’]s\s+(?:[\w-]+\s+){0,2}?(?:position|stance|policy|claims?)\b"
                          r"|(?:[а-яё]+\s+)?позици\w+\s+(?:(Японии|Токио)|России|Москвы)\b)")
SIDE_JP = re.compile(r"japanese|японск", re.IGNORECASE)
SIDE_RU = re.compile(r"russian|российск", re.IGNORECASE)
PERSONAL_PRONOUN = re.compile(r"he|she|он|она|彼", re.IGNORECASE)
# an institution pointing back to the one named before ("the ministry", "the embassy said", "同省", "посольство")
MINISTRY = re.compile(r"(?<!\w)(?:(?:its|(?:a|the) (?:foreign )?ministry(?:['’]s)?) spokes(?:man|woman|person)|the (?:foreign )?ministry|the embassy|it"
                      r"|its statement|the statement|(?:дип)?ведомств\w*"
                      r"|министерств\w*|мид|посольств\w*|дипмисси\w*|диппредставительств\w*|同省|同大使館)(?!\w)", re.IGNORECASE)
# "по словам российского министра": a title in the genitive pointing back to the speaker named before
RU_ANAPHOR_AFTER = re.compile(r"\s*((?:[а-яё]+(?:ого|его)\s+)?)(?:министра|дипломата|главы (?:мид|ведомства)|посла"
                              r"|пресс-секретаря|президента|премьера|политика|сенатора|депутата|губернатора|парламентария)(?!\w)",
                              re.IGNORECASE)


def ru_title_anaphor(art: Article, pos: int):
    """'По словам российского министра, …': the speaker named before, of the side the adjective names."""
    a = RU_ANAPHOR_AFTER.match(art.text, pos)
    if a is None or art.last_person is None:
        return None
    return _last_person_of_side(art, a.group(1), pos)


def nearest_before(art: Article, start: int, end: int, qs: list[Quote]):
    for m in reversed(art.mentions_in(start, end)):
        if inside_any(m.start, qs):
            continue
        r = art.resolve(m)
        if r:
            return r
    return None


def first_after(art: Article, start: int, end: int, qs: list[Quote], stop: str = ""):
    if stop:
        for i in range(start, end):
            if art.text[i] in stop:
                end = i
                break
    mentions = [m for m in art.mentions_in(start, end) if not inside_any(m.start, qs)]
    for k, m in enumerate(mentions):
        r = art.resolve(m)
        if not r:
            continue
        if r[1] is not None and r[1].kind == "institution":
            # "…, сообщил ТАСС замглавы МИД РФ Андрей Руденко": the ministry is in the title of the person after it
            after = mentions[k + 1] if k + 1 < len(mentions) else None
            person = art.resolve(after) if after is not None else None
            if person and person[1] is not None and person[1].kind == "person" \
                    and TITLE_GAP.fullmatch(art.text, m.end, after.start):
                return person
            named = NAME_IN_TITLE.match(art.text, m.end, end)
            if named:
                return named.group(1), None  # "…, заявил директор департамента МИД РФ Иван Петров": kept as written
        return r
    pron = PRONOUN.search(art.text, start, end)
    if pron and pron.start() - start < 3:
        # ('«…», — сказал премьер журналистам': the one named before who holds that title, as before the verb)
        return pronoun_speaker(art, pron.start(), pron.end(), qs) or _resolve_pronoun(art, pron.group())
    return None


# between a ministry and the name of its official in one title: a few words, no punctuation ("МИД РФ Андрей", "Foreign
# Ministry spokeswoman Maria")
TITLE_GAP = re.compile(r"(?:\s+[^\W\d_]+){0,2}\s+")
# …and an unregistered first name and surname there, ending the phrase
NAME_IN_TITLE = re.compile(r"(?:\s+[^\W\d_]+){0,2}?\s+(?!(?:Kyodo|Reuters|Interfax|Xinhua|Sputnik|Nikkei|Asahi|Jiji|Tass|Ria)\b)"
                           r"((?:[A-Z][a-z]+|[А-ЯЁ][а-яё]+)\s(?:[A-Z][a-z]+|[А-ЯЁ][а-яё]+))"
                           r"(?=\s*(?:[.,;:!?]|$))")


def pronoun_speaker(art: Article, start: int, end: int, qs: list[Quote], sentence_start: int | None = None,
             said: str = ""):
    """'he said', 'the minister noted', 'it said in a statement', 'по его словам' → the speaker named before:
    the subject of the same sentence ("Medvedev visited the islands, where he said"), else the last speaker;
    when what is `said` is one country's position ("the minister reiterated Japan's position"), the last
    speaker of that country."""
    last = None
    for p in PRONOUN.finditer(art.text, start, end):
        if not inside_any(p.start(), qs):
            last = p
    inst = None
    for m in MINISTRY.finditer(art.text, start, end):
        if not inside_any(m.start(), qs):
            inst = m
    if inst is not None and (last is None or inst.start() > last.start()):
        if sentence_start is not None:  # "The ministry summoned the ambassador over what it called …": named here
            here = [m for m in art.mentions_in(sentence_start, inst.start()) if m.kind == "institution"
                    and not inside_any(m.start, qs)]
            if here:
                return art.resolve(here[-1])
        if "spokes" in inst.group().lower():
            return _spokesperson_of(art, art.last_institution)
        return art.last_institution
    if last is None:
        return None
    if last.group().lower().endswith("counterpart"):
        return _counterpart(art, last.group(), last.start())
    gender = PRONOUN_GENDER.get(last.group().lower()) or _ru_verb_gender(art.text, last.start(), last.end())
    if sentence_start is not None and PERSONAL_PRONOUN.fullmatch(last.group()):
        here = [m for m in art.mentions_in(sentence_start, last.start()) if not inside_any(m.start, qs)]
        for m in here:
            r = art.resolve(m)
            if r and r[1] is not None and r[1].kind == "person" and not governed(art, sentence_start, m, here) \
                    and r[1].gender in (None, gender or r[1].gender):
                return r
    then = _then_holder(art, last.group(), last.start())
    if then is not None:
        return then
    words, own = last.group(), OWN_POSITION.match(said)
    if own is not None and not (SIDE_JP.search(words) or SIDE_RU.search(words)):
        words += " japanese" if own.group(1) or own.group(2) else " russian"
    r = agreeing(art, _last_person_of_side(art, words, last.start()), gender, last.start())
    if PERSONAL_PRONOUN.fullmatch(last.group()) or MEMBER_NOUN.fullmatch(last.group()):
        # "Vasily Solomko, head of the district, has little patience for the rumors. '…,' he said": a person the
        # registry does not know, named as a subject after the last registered one, is whom "he" means (after an
        # unregistered speaker, after the sentence of his statement)
        since = named_at(art, r, last.start()) if r else 0
        if r and r[1] is None and art.spoken_in is not None:
            since = art.spoken_in[0]
        unknown = _unregistered_subject(art, since, last.start(), qs)
        if unknown is not None:
            return unknown, None
    if r is None:
        return _home_office_holder(art, words)
    return _holding_title(art, r, words, last.start())


# a bare title with no one named before it ("The prime minister said …" opening a Japan Times report, «Президент
# заявил» in TASS): the office of the article's own side, held on its date
HOME_OFFICES = {"_pm": {"jp": "jp_pm", "ru": "ru_pm"}, "_foreign_minister": {"jp": "jp_foreign_minister",
                                                                             "ru": "ru_foreign_minister"},
                "_president": {"ru": "ru_president"}}


def _home_office_holder(art: Article, words: str):
    if SIDE_JP.search(words) or SIDE_RU.search(words):
        return None  # ("the Japanese minister" with no Japanese named: an unnamed member, nobody)
    ends = next((ends for title, ends in TITLE_OFFICES if title.search(words)), ())
    offices = next((HOME_OFFICES[end] for end in ends if end in HOME_OFFICES), None)
    office = offices.get(home_side(art)) if offices else None
    holder = art.reg.holder(office, art.published) if office else None
    return (holder.name, holder) if holder is not None else None


def _then_holder(art: Article, words: str, at: int):
    """"The then prime minister told reporters" after "a single week in April 1991": the holder of that title at the
    time the sentences before tell (of the side the words or the site give, when both sides have one)."""
    if not THEN_WORD.search(words):
        return None
    ends = next((ends for title, ends in TITLE_OFFICES if title.search(words)), ())
    offices = next((HOME_OFFICES[end] for end in ends if end in HOME_OFFICES), None)
    if not offices:
        return None
    side = "jp" if SIDE_JP.search(words) else "ru" if SIDE_RU.search(words) else None
    held = {s: h for s, office in offices.items() if (side is None or s == side)
            and (h := art.then_holder(office, at)) is not None}
    holder = next(iter(held.values())) if len(held) == 1 else held.get(home_side(art))
    return (holder.name, holder) if holder is not None else None


THEN_WORD = re.compile(r"\bthen\b", re.IGNORECASE)


# "its spokeswoman", "a ministry spokesperson": the office that speaks for the institution named before
SPOKESPERSON_OFFICE = {"Russian Foreign Ministry": "ru_mfa_spokeswoman", "Kremlin": "ru_kremlin_spokesman",
                       "Japanese government": "jp_chief_cabinet_secretary"}


def _spokesperson_of(art: Article, institution):
    """The holder, on the article's date, of the office that speaks for `institution`; else the institution."""
    office = SPOKESPERSON_OFFICE.get(institution[0]) if institution else None
    holder = art.reg.holder(office, art.published) if office else None
    return (holder.name, holder) if holder is not None else institution


# a title that points back ("the prime minister said") names someone who holds that office, not whoever was
# named last ("Takaichi and Putin have never met. … the prime minister said"): office ids ending so
TITLE_OFFICES = ((re.compile(r"prime minister|premier|head of government|премьер|глава правительства|首相", re.IGNORECASE),
                  ("_pm",)),
                 (re.compile(r"(?<!deputy )foreign minister|top diplomat|chief diplomat|глава мид|外相", re.IGNORECASE),
                  ("_foreign_minister",)),
                 (re.compile(r"president|head of state|президент|глава государства|大統領", re.IGNORECASE), ("_president",)),
                 (re.compile(r"spokes|пресс-секретарь", re.IGNORECASE),
                  ("_spokesman", "_spokeswoman", "_chief_cabinet_secretary")),
                 (re.compile(r"ambassador|envoy|посол", re.IGNORECASE), ("_ambassador_japan", "_ambassador_russia")),
                 (re.compile(r"governor|head of the (?:region|oblast)|губернатор|глава (?:региона|области)|知事",
                             re.IGNORECASE), ("_governor",)))


TOP_OFFICES = {("_pm",), ("_foreign_minister",), ("_president",)}  # every holder is registered
FORMER = re.compile(r"\b(?:former|ex-|then-?)|(?<!\w)бывш\w*|元|前", re.IGNORECASE)


def _holding_title(art: Article, r, words: str, before: int):
    """`r`, or when the title in `words` names an office `r` did not hold on the article's date (any time, when
    undated), the nearest person named before who did (when there is one)."""
    ends = next((ends for title, ends in TITLE_OFFICES if title.search(words)), None)
    if ends is None or r is None or (r[1] is not None and r[1].kind != "person"):
        return r
    if r[1] is None and ends not in TOP_OFFICES:
        return r  # "Ivan Petrov, the district head, …; the governor said": an unregistered holder of a lesser title

    former = FORMER.search(words) is not None  # "the former president": held it once, not on the date

    def holds(entry) -> bool:
        if entry is None or entry.kind != "person":
            return False
        if not art.published or former:
            return any(o.endswith(ends) for o, _, _ in entry.offices)
        return entry.held_on(art.published, lambda o: o.endswith(ends)) is not None

    if holds(r[1]):
        return r
    # (nobody named holds it: the article's own side's holder, as a bare title names him — "The prime minister told
    # an upper house committee" after a vice minister is named is not the vice minister)
    return _nearest_named_before(art, before, holds) or (None if former else _home_office_holder(art, words)) or r


# an unnamed counterpart of one side mentioned shortly before ("told his Russian counterpart")
COUNTERPART_OF_SIDE = {"ru": re.compile(r"(?<!\w)(?:russian counterpart|российск\w+ коллег\w*)", re.IGNORECASE),
                       "jp": re.compile(r"(?<!\w)(?:japanese counterpart|японск\w+ коллег\w*)", re.IGNORECASE)}
COUNTERPART_REACH = 600  # characters back: the sentence before, or two
# the office across the table: a foreign minister's counterpart is the other side's, a prime minister's the president
COUNTERPART_OFFICE = {"jp_foreign_minister": "ru_foreign_minister", "ru_foreign_minister": "jp_foreign_minister",
                      "jp_pm": "ru_president", "ru_president": "jp_pm"}


def _counterpart(art: Article, words: str, before: int):
    """"His Russian counterpart responded …": the holder, on the article's date, of the office across from the one
    the person named last held; else the nearest person of that side named before."""
    owner = art.last_person
    # ("his counterpart": the side across from his)
    side = "ru" if SIDE_RU.search(words) else "jp" if SIDE_JP.search(words) else \
        {"jp": "ru", "ru": "jp"}.get(owner[1].country if owner and owner[1] is not None else None)
    office = owner[1].held_on(art.published, COUNTERPART_OFFICE.__contains__) \
        if owner and owner[1] is not None and owner[1].kind == "person" and art.published else None
    holder = art.reg.holder(COUNTERPART_OFFICE[office], art.published) if office else None
    if holder is not None and holder.country == side:
        return holder.name, holder
    return _nearest_named_before(art, before, lambda e: e is not None and e.kind == "person" and e.country == side)


# "she said" cannot point to Kishida, nor "he said" to Zakharova: the registry knows each person's gender
PRONOUN_GENDER = {"she": "f", "она": "f", "her": "f", "ее": "f", "её": "f", "彼女": "f",
                  "he": "m", "он": "m", "him": "m", "его": "m", "彼": "m"}


# a Russian past-tense verb agrees with its subject: «— сказал губернатор» is a man, «губернатор отметила» a woman
RU_VERB_BEFORE = re.compile(r"(?<![а-яё])[а-яё]{2,}л(а|о|и)?(?:сь|ся)?[\s,]*$", re.IGNORECASE)
RU_VERB_AFTER = re.compile(r"[\s,]*(?:[а-яё]+\s+)?[а-яё]{2,}л(а|о|и)?(?:сь|ся)?(?![а-яё])", re.IGNORECASE)


def _ru_verb_gender(text: str, start: int, end: int) -> str | None:
    """The gender a Russian role noun's past-tense verb gives it (None for another language or no such verb)."""
    if not ("\u0400" <= text[start:start + 1] <= "\u04ff"):
        return None
    v = RU_VERB_BEFORE.search(text, max(0, start - 30), start) or RU_VERB_AFTER.match(text, end, end + 40)
    if v is None or v.group(1) in ("о", "и"):
        return None
    return "f" if v.group(1) == "а" else "m"


def agreeing(art: Article, r, gender: str | None, before: int):
    """`r`, or when its gender is not the pronoun's, the nearest person named before `before` whose it is."""
    if gender is None or r is None or r[1] is None or r[1].gender in (None, gender):
        return r
    fits = lambda e: e is None or e.kind == "person" and e.gender in (None, gender)  # noqa: E731
    named = _nearest_named_before(art, before, fits)
    # "Zakharova's comments came after Kishida said …. '…,' she said": a possessive names her too
    owner = next((entry for at, word in reversed(possessives(art.text, 0, before))
                  if (named is None or at > named_at(art, named, before))
                  and (entry := registered_entry(word)) is not None and fits(entry)), None)
    return (owner.name, owner) if owner is not None else named


# 「同大使は」: the title a Japanese anaphor repeats, as the names before it carry it ("ガルージン駐日大使", "林外務大臣")
JA_TITLE_FORMS = {"外相": "外相|外務大臣", "首相": "首相|総理大臣|総理", "大統領": "大統領", "報道官": "報道官",
                  "長官": "長官", "官房長官": "官房長官", "大使": "大使", "次官": "次官", "大臣": "大臣", "副議長": "副議長"}
JA_TITLE_REACH = 8  # characters after a name its title may take ("駐日大使", "外務大臣")
JA_TITLED = {title: re.compile(rf"[^。、「」はがもにをとの]{{0,{JA_TITLE_REACH}}}?(?:{forms})")
             for title, forms in JA_TITLE_FORMS.items()}


def ja_titled_anaphor(art: Article, title: str, before: int):
    """「同大使は」 after 「林外務大臣は…ガルージン駐日大使に対し…」: the speaker before when his name carries that
    title ("ラブロフ外相は…河野外相との会談後" → 同外相 is Lavrov), else the person named last with it (here the
    ambassador, not the minister who spoke last); None when no name before carries it."""
    titled = JA_TITLED.get(title)
    if titled is None:
        return None
    carrying = [r for m in reversed(art.mentions_in(0, before))
                if (r := art.resolve(m)) and (r[1] is None or r[1].kind == "person")
                and titled.match(art.text, m.end, min(before, m.end + 12))]
    if art.last_person in carrying:
        return art.last_person
    return carrying[0] if carrying else None


# a name the registry does not know, as a sentence's subject: two capitalised words set off by a comma (a title
# follows) or followed by a verb ("Vasily Solomko, head of the district, …", «Алексей Чепа, в свою очередь, назвал»)
UNREGISTERED_SUBJECT = re.compile(
    # (opening a sentence, or after a title's lowercase noun: "Retired Diet member Tenkoko Sonoda, …")
    r"(?:^|(?<=[.!?»\"”]\s)|(?<=\n)|(?<=[a-zа-яё]\s))"
    r"([A-Z][a-z]+ [A-Z][a-z]+(?:-[A-Z]?[a-z]+)?|[А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?)"
    r"(?=,\s+[a-zа-яё]|\s+(?:said|says|told|added|stressed|noted|insisted|has|had|is|was|заявил|сказал|назвал|отметил"
    r"|подчеркнул|добавил|считает|уверен)\b"
    # (…or any Russian past verb: «Вадим Терехов пошел дальше»)
    r"|\s+[а-яё]+(?:ал|ил|ел|ёл|ял|ул)а?(?!\w))")
# a day, a month or a place is no name ("in Osaka Tuesday, …")
CALENDAR_WORD = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April"
                           r"|May|June|July|August|September|October|November|December|Tokyo|Moscow|Osaka|Sapporo"
                           r"|Vladivostok|Москва|Москве|Токио"
                           # …nor a war, an ocean, a rank or a company ("World War", "Pacific Ocean", "Electric Power")
                           r"|War|Ocean|Sea|General|Power|Day|Islands?|Region|Photo|Advertisement|That|This|For|With)\b")
WHOSE_BEFORE = re.compile(r"(?:\bwhose|\bwho|чей|чья|чь[её]|которо\w*)\b[^.!?]*$", re.IGNORECASE)
_SUBJECT_GOVERNED = re.compile(r"(?:\b(?:with|to|by|from|for|met|of|and|than|in|on|at|since)"
                               r"|(?<!\w)(?:с|со|к|у|от|для|и|о|об|в|на))\s+$", re.IGNORECASE)


# …closing the quote: like "he", the unregistered subject named last
MEMBER_NOUN = re.compile(rf"(?:the )?(?:{MEMBER_WORDS})", re.IGNORECASE)


def _unregistered_subject(art: Article, after: int, before: int, qs: list[Quote]) -> str | None:
    """The last unregistered name standing as a subject between `after` and `before`, outside quotes; None."""
    from treatywatch.statements.attribution import _could_be_a_name

    found = None
    for m in UNREGISTERED_SUBJECT.finditer(art.text, max(0, after), before):
        if inside_any(m.start(), qs) or any(x.start <= m.start() < x.end for x in art.mentions_in(m.start(), m.end())):
            continue
        if _SUBJECT_GOVERNED.search(art.text, max(0, m.start() - 8), m.start()) or not _could_be_a_name(m.group(1)) \
                or WHOSE_BEFORE.search(art.text, max(0, m.start() - 40), m.start()) or CALENDAR_WORD.search(m.group(1)):
            continue  # (not "Tenkoko Sonoda, whose husband, Foreign Minister Sunao Sonoda, signed …")
        found = m.group(1)
    return found


def named_at(art: Article, r, before: int) -> int:
    """Where the speaker `r` is named last before `before` (-1: not named)."""
    return max((m.start for m in art.mentions_in(0, before) if art.resolve(m) == r), default=-1)


def _nearest_named_before(art: Article, before: int, fits):
    """The speaker named nearest before `before` whose registry entry (None: unregistered) `fits`, or None."""
    for m in reversed(art.mentions_in(0, before)):
        earlier = art.resolve(m)
        if earlier and fits(earlier[1]):
            return earlier
    return None


def _last_person_of_side(art: Article, words: str, before: int):
    """The speaker named last, or, when `words` name the other side ("the Japanese minister", "российского
    министра" after someone of the other country), the nearest person of that side named before `before`."""
    side = "jp" if SIDE_JP.search(words) else "ru" if SIDE_RU.search(words) else None
    r = art.last_person
    if side is not None:
        # "… talks between Russian Foreign Minister Lavrov and his Japanese counterpart Kishida, the Russian
        # minister said": the person of that side named nearest before, in this sentence too
        near = _nearest_named_before(art, before, lambda e: e is not None and e.kind == "person" and e.country == side)
        if near is not None and (r is None or named_at(art, near, before) > named_at(art, r, before)):
            return near
    if side is None or r is None or r[1] is None or r[1].country in (None, side):
        return r
    found = _nearest_named_before(art, before, lambda e: e is not None and e.kind == "person" and e.country == side)
    counterpart = COUNTERPART_OF_SIDE[side].search(art.text, max(0, before - COUNTERPART_REACH), before)
    if found is None and counterpart is not None:
        # "… told his Russian counterpart that …. The Russian minister replied …": the counterpart, unnamed
        return _counterpart(art, counterpart.group(), before)
    return found


def _resolve_pronoun(art: Article, word: str):
    if word.lower() == "it":
        return art.last_institution
    return art.last_person
