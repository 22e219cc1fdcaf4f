"""Interview and press-conference transcripts: who holds the floor in each paragraph.

A transcript paragraph opens with a label — "Vladimir Putin: …", "Mr. MOTEGI Toshimitsu, Minister for Foreign
Affairs: …", "С.Лавров: …", "【林外務大臣】…" — or with a question label ("Question:", "Q:", "Reporter:",
"Вопрос:", "【記者】"). A speaker's paragraphs are his words; a question is the journalist's, never a statement of
the people it names. In a transcript (two or more labels) an unlabelled paragraph continues the last turn. A page
its title calls one principal's words (a briefing, a ministry's statement) is his turn throughout; an interview's
answers ("A:", or a Russian interview's dash lines) are the interviewee's whom its introduction names.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from treatywatch.statements.article import possessives, registered_entry, surname_case_forms
from treatywatch.statements.topic import ENDS_SENTENCE
from treatywatch.statements.verbs import RU_VERBS, SPEECH

# the label: up to ~100 characters before a colon at the start of the paragraph, or a bracketed Japanese label
# (a parenthesis may name the asker's outlet in quotes: «Вопрос (агентство «Киодо»):»)
LATIN_LABEL = re.compile(r"([^\n:：?!«»\"“”(]{1,100}?(?:\s*\([^()\n]{0,60}\))?)\s*[:：](?=\s)")
# (「【安倍首相の演説（抜粋）】」: the speaker of the speech under it; 「プーチン氏　…」: a paper's transcript, the name and
# an ideographic space)
CJK_LABEL = re.compile(r"[【（(]([^】）)\n]{1,20}?)(?:の?(?:演説|発言|あいさつ|挨拶|スピーチ|冒頭発言|記者発表)"
                       r"(?:[（(][^）)\n]{1,6}[）)])?)?[】）)]\s*|([^\n：:。、「」]{1,12})[：:]\s*"
                       r"|([^\s\u3000：:。、「」]{1,10}氏)\u3000+"
                       # the prime minister's office's press conference records: 「問　…」, 「官房長官　…」
                       r"|(問|答|官房長官|総理|外務大臣|外相)\u3000+")
# a Japanese title alone, as a record's label (「官房長官　」) or a statement's bracket (（外務大臣談話）): the office, held
# on the page's date
JA_TITLE_OFFICES = {"外務大臣": "jp_foreign_minister", "外相": "jp_foreign_minister", "内閣官房長官": "jp_chief_cabinet_secretary",
                    "官房長官": "jp_chief_cabinet_secretary", "内閣総理大臣": "jp_pm", "総理大臣": "jp_pm", "総理": "jp_pm",
                    "首相": "jp_pm"}
QUESTION = re.compile(r"^(?:question|q|reporter|journalist|correspondent|moderator|interviewer|host|вопрос|журналист"
                      r"|корреспондент|ведущ\w+|модератор|記者|問|質問|司会)(?:\s*\([^)]{0,40}\))?\b", re.IGNORECASE)
# a reporter named by outlet and surname in the Japanese ministry's transcripts ("NHK, Aoki:", "Kyodo News, Sato:",
# "Nikkei Shimbun, Tanaka:"): a question
OUTLET_REPORTER = re.compile(r"^(?:[A-Z][\w.&-]*\s+){0,3}?(?:NHK|Kyodo|Jiji|Asahi|Mainichi|Yomiuri|Nikkei|Sankei|Tokyo|"
                            r"Hokkaido|TBS|Fuji|Nippon|TV|Reuters|AFP|Bloomberg|TASS|RIA|Interfax|Xinhua|Shimbun|News|Press"
                            r"|Times|Television|Broadcasting|Radio|Agency|Journal|Newspaper|Channel)(?:\s+[A-Z][\w.&-]*){0,3}"
                            r"\s*,\s*[A-Z][a-z]+$")
# an interview's questions labelled with the interviewer's outlet: "RT:", "NIKKEI:", "FP:", «ТАСС:»
OUTLET_LABEL = re.compile(r"(?:RT|TASS|NHK(?: World)?|Nikkei(?: Asia)?|Kyodo|Sputnik|FP|Foreign Policy|Kommersant|Reuters|AFP|AP"
                          r"|Bloomberg|RIA(?: Novosti)?|Interfax|Izvestia|Asahi|Yomiuri|Mainichi|Sankei|Jiji|Xinhua|CNN|BBC"
                          r"|Newsweek|TIME|(?:The )?Japan Times|JT|(?:The )?Diplomat|ТАСС|РИА Новости|Интерфакс|Известия"
                          r"|«?Коммерсантъ»?|РБК|Ъ)", re.IGNORECASE)
# the Japanese ministry's transcripts name the reporter by outlet: 【NHK　記者】, 【読売新聞　記者】
JA_REPORTER = re.compile(r"\S[\s\u3000]*記者$")
# a Japanese transcript's label for an official the registry does not know: a surname and an office
JA_OFFICIAL_LABEL = re.compile(r"[\u4e00-\u9fff々\u30a0-\u30ff]{1,6}(?:外務報道官|報道官|外務大臣|大臣|官房長官|長官|副大臣|政務官"
                               r"|次官|大使|知事|市長|大統領|首相|主席)")
# a deputy's faction after his name in a parliament's transcript: "(United Russia)", "(LDPR)", «(КПРФ)»
PARTY_AFTER = re.compile(r"\s*\([^()]{2,40}\)\s*$")
ANSWER = re.compile(r"^(?:answer|a|ответ|答|回答|答え)$", re.IGNORECASE)
NAME_WORD = re.compile(r"^(?:mr|ms|mrs|dr)\.?$|^[A-ZА-ЯЁ]")
# a person's label the registry does not know: initials and a surname ("Ф.Лукьянов", "F. Lukyanov") or a first
# name and a surname ("Fyodor Lukyanov"); not one capitalised word ("Первое:", "Photo:")
# "В.Путин", "F. Lukyanov", and a TV transcript's capitals: «В. НИКОНОВ»
INITIALS_AND_SURNAME = r"(?:[A-ZА-ЯЁ]\.\s?){1,2}[A-ZА-ЯЁ](?:[a-zа-яё'’-]+|[A-ZА-ЯЁ'’-]+)"
OTHER_PERSON_LABEL = re.compile(rf"{INITIALS_AND_SURNAME}|[A-ZА-ЯЁ][a-zа-яё'’-]+ [A-ZА-ЯЁ][a-zа-яё'’-]+")


@dataclass
class Turn:
    kind: str  # speaker | question | narration (a Q&A page's answer in the writer's own words)
    body_start: int  # where the paragraph's own words start
    speaker: tuple | None = None  # (name, entry) for a speaker turn
    counts: bool = True  # False: a turn that ends the one before but does not make the text a transcript
    member: bool = False  # a member of a parliament or an assembly, whose turn asks the government as well


# the Diet's and the assemblies' minutes (会議録): 「○伊東国務大臣　…」, 「○内閣総理大臣（安倍晋三君）　…」,
# 「○海江田万里君　…」, 「○知事（鈴木直道君）（登壇）　…」; the designation runs to the first space
DIET_LABEL = re.compile(r"○([^\s\u3000]{1,40}?)(?:[（(]登壇[）)])?[\s\u3000]+")
DIET_NAME = re.compile(r"[（(]([^）)（(]{2,12}?)君[）)]|^([^（(）)]{2,12}?)君$")
# the chair and the members who ask (「○議長（伊吹文明君）」, 「○西岡委員長」, 「○神谷（裕）委員」): no statements
DIET_CHAIR_OR_ASKER = re.compile(r"^(?:副?議長|委員長)|(?:委員長|副?議長|委員)$")


def _diet_turn(art, p_start: int, p_end: int) -> Turn | None:
    """The turn a minutes' paragraph opens: a government member's answer is his (registered, else as written:
    「伊東国務大臣」, 「北川政府参考人」), a member named in full speaks his own words (a party leader's
    representative question), the chair and a committee member asking give no statement."""
    m = DIET_LABEL.match(art.text, p_start, p_end)
    if m is None or m.end() >= p_end:
        return None
    label = m.group(1)
    named = DIET_NAME.search(label)
    name = named and (named.group(1) or named.group(2))
    if DIET_CHAIR_OR_ASKER.search(re.sub(r"[（(][^）)]*[）)]", "", label)):
        return Turn("question", m.end())
    who = name or label
    found = [x for x in art.reg.find_mentions(who) if x.entry is not None and x.entry.kind == "person"]
    member = bool(named) and (named.group(2) is not None or label.split("（")[0].split("(")[0].endswith("番"))
    return Turn("speaker", m.end(), (found[0].entry.name, found[0].entry) if found else (who, None), member=member)


# the State Duma's stenograms: «Карлов Г. А., фракция «ЕДИНАЯ РОССИЯ».» on a line of its own, «Карлов Г. А. Спасибо…»,
# and «Председательствующий. …», the chair named at the top («Председательствует Председатель … В. В. Володин»)
RU_STENO_LABEL = re.compile(r"([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)? [А-ЯЁ]\.\s?[А-ЯЁ]\.)(?:,[^\n]{0,80}?)?\.?(?:\s+|$)")
RU_STENO_CHAIR = re.compile(r"Председательствующий\.\s+")
RU_PRESIDING = re.compile(r"Председательствует[^\n]{0,120}")


def _steno_turn(art, p_start: int, p_end: int) -> Turn | None:
    """A Duma stenogram's turn: a deputy's (as written, «Карлов Г. А.») or the chair's (the one the top names)."""
    text = art.text
    chair = RU_STENO_CHAIR.match(text, p_start, p_end)
    if chair:
        top = RU_PRESIDING.search(text, 0, p_start)
        named = [m.entry for m in art.reg.find_mentions(top.group()) if m.entry is not None
                 and m.entry.kind == "person"] if top else []
        return Turn("speaker", chair.end(), (named[0].name, named[0])) if named else Turn("question", chair.end())
    label = RU_STENO_LABEL.match(text, p_start, p_end)
    if label is None:
        return None
    found = [m.entry for m in art.reg.find_mentions(label.group(1)) if m.entry is not None and m.entry.kind == "person"]
    return Turn("speaker", min(label.end(), p_end), (found[0].name, found[0]) if found else (label.group(1), None))


# the Diet's minutes in English (the houses' own summaries and translations): "○SUZUKI Muneo (Nippon Ishin no Kai):",
# "○Minister for Foreign Affairs HAYASHI Yoshimasa:", "○Government witness NAKAGOME Masashi:", "○Chair (MORIYA
# Hiroshi):"; the surname in capitals, before or after the given name
EN_MINUTES_LABEL = re.compile(r"○([^\n:：]{2,120}?)\s*[:：]\s+")
EN_MINUTES_CAPS_FIRST = re.compile(r"\b([A-Z]{2,}(?:-[A-Z]{2,})? [A-Z][a-z]+)\b")  # (not "Affairs HAYASHI")
EN_MINUTES_NAME = re.compile(r"\b([A-Z][a-z]+ [A-Z]{2,}(?:-[A-Z]{2,})?)\b")
EN_MINUTES_CHAIR = re.compile(r"^(?:Vice[- ])?(?:Chair|Chairman|Chairperson|Chairwoman|Speaker|President)\b")
EN_MINUTES_ROLE = re.compile(r"\b(?:Minister|Secretary|witness|Director|Councillor|Commissioner|Governor|Ambassador)\b",
                             re.IGNORECASE)


def _en_minutes_turn(art, p_start: int, p_end: int) -> Turn | None:
    """The turn an English minutes' paragraph opens, as `_diet_turn` reads the Japanese: the chair gives no
    statement; a government member's answer is his; a member named with no office (his party after him) speaks his
    own words, and his turn asks the government."""
    m = EN_MINUTES_LABEL.match(art.text, p_start, p_end)
    if m is None or m.end() >= p_end:
        return None
    label = m.group(1).strip()
    if EN_MINUTES_CHAIR.match(label):
        return Turn("question", m.end())
    bare = PARTY_AFTER.sub("", label)
    named = EN_MINUTES_CAPS_FIRST.search(bare) or EN_MINUTES_NAME.search(bare)
    if named is None:
        return None
    who = normal_name(named.group(1))
    found = [x for x in art.reg.find_mentions(who) if x.entry is not None and x.entry.kind == "person"]
    member = not EN_MINUTES_ROLE.search(label[:named.start()])
    return Turn("speaker", m.end(), (found[0].entry.name, found[0].entry) if found else (who, None), member=member)


# a role with no name as a transcript's label ("Minister:", "Press Secretary:", «Министр:»)
BARE_ROLE_LABEL = re.compile(r"(?:the )?(?:foreign |prime |deputy |chief cabinet )?(?:minister|press secretary|spokes(?:person|man|woman)"
                             r"|secretary|ambassador|president|governor)|министр|посол|президент|губернатор", re.IGNORECASE)


def label_of(art, p_start: int, p_end: int) -> Turn | None:
    """The turn a paragraph's label announces, or None when the paragraph has no label."""
    text = art.text
    if text.startswith("○", p_start):
        return _diet_turn(art, p_start, p_end) if art.language == "ja" else _en_minutes_turn(art, p_start, p_end)
    if art.language == "ru" and RU_PRESIDING.search(text, 0, 400):
        steno = _steno_turn(art, p_start, p_end)
        if steno is not None:
            return steno
    head = text[p_start:min(p_end, p_start + 110)]
    m = CJK_LABEL.match(head) if art.language == "ja" else LATIN_LABEL.match(head)
    if not m and art.language == "ja":
        comment = JA_COMMENT_BOX.match(text, p_start, p_end)
        if comment is not None:
            # 「神田茂雄・元駐ロシア公使の話　…」: an expert's comment box beside the news, his words (its paragraph
            # only: the box makes no transcript of the page)
            entry = registered_entry(comment.group(1))
            return Turn("speaker", comment.end(), (entry.name, entry) if entry is not None else (comment.group(1), None),
                        counts=False)
        return _ja_short_label(art, p_start, p_end)
    if not m:
        return None
    label = (m.group(1) or m.group(2) or m.group(3) or m.group(4) or "") if art.language == "ja" else m.group(1)
    body = p_start + m.end()
    if art.language == "ja" and m.group(4) is not None:
        if m.group(4) == "問":
            return Turn("question", body)
        office = JA_TITLE_OFFICES.get(m.group(4))
        holder = art.reg.holder(office, art.published) if office else None
        speaker = (holder.name, holder) if holder is not None else page_principal(art)
        return Turn("speaker", body, speaker) if speaker else None
    if body >= p_end and not (art.language == "ja" and m.group(1) is not None):
        return None  # (「【プーチン大統領】」 on a line of its own opens the turn its next paragraphs hold)
    body = min(body, p_end)
    if QUESTION.match(label.strip()) or (art.language != "ja" and OUTLET_REPORTER.match(label.strip())) \
            or OUTLET_LABEL.fullmatch(label.strip()) \
            or JA_REPORTER.search(label.strip()):
        return Turn("question", body)
    if art.language != "ja" and INITIALS_LABEL.fullmatch(label.strip()):
        # "TK: …" under "FP: …" in Foreign Policy's interview with Taro Kono: the interviewee's initials
        who = interviewee(art)
        if who is not None and who[1] is not None and _initials(who[0]) == label.strip():
            return Turn("speaker", body, who)
    if ANSWER.match(label.strip()):  # "Ответ:" in a briefing: the one the transcript's heading names
        principal = _interviewed_in_intro(art) or _principal(art)
        # (a Q&A explainer's "Ответ:" names nobody: its answer is the writer's prose, which tells who said what)
        return Turn("speaker", body, principal) if principal else Turn("narration", body)
    if art.language != "ja" and BARE_ROLE_LABEL.fullmatch(label.strip()):
        # "Minister: …" on the page of the minister's press conference (mofa.go.jp labels its own minister so,
        # after each "Q:"): the page's principal
        principal = page_principal(art)
        if principal is not None:
            return Turn("speaker", body, principal)
    if art.language != "ja" and not _looks_like_label(label):
        return None
    if art.language == "ja" and m.group(2) is not None and body - p_start + 60 > p_end - p_start:
        return None  # "安倍首相:…" as a short line is a linked headline, not a turn of a transcript
    lab_start = p_start + m.start(1 if m.group(1) is not None else 2)
    for mention in art.mentions_in(lab_start, lab_start + len(label)):
        r = art.resolve(mention)
        if r and (r[1] is None or r[1].kind == "person"):
            return Turn("speaker", body, r)
    if art.language == "ja" and m.group(1) is not None:
        # 「（官房長官）」 on its line: the office's holder on the date, as a statement's bracket names him; 【報道官】 in
        # 「外務報道官会見記録」: the ministry its press secretary speaks for
        bare = label.strip()
        titled = _bracket_speaker(art, "外務報道官" if bare == "報道官" and "外務" in (art.title or "") else bare)
        if titled is not None:
            return Turn("speaker", body, titled)
    if art.language == "ja" and m.group(1) is not None and JA_OFFICIAL_LABEL.fullmatch(label.strip()):
        return Turn("speaker", body, (label.strip(), None))  # 【小林外務報道官】: an official the registry lacks
    if art.language == "ja" and m.group(3) is not None:
        named = _ja_named_in_full(art, label.strip()[:-1], lab_start)
        if named is not None:
            return Turn("speaker", body, named)  # 「泉氏　…」 after 「立憲民主党の泉健太代表」: he answers
        return Turn("question", body, counts=False)  # 「チャン氏　…」: the moderator or another guest, as below
    titled = _titled_label(art, label, p_start) if art.language != "ja" else None
    if titled is not None:
        return Turn("speaker", body, titled)  # "Press Secretary ONO Hikariko: …": the official, as written
    person = OTHER_PERSON_LABEL.fullmatch(PARTY_AFTER.sub("", label).strip()) if art.language != "ja" else None
    principal = page_principal(art) if person else None
    if person and principal is not None and principal[1] is None and normal_name(person.group()) == principal[0]:
        return Turn("speaker", body, principal)  # "Alexei Zaitsev: …" on the page of his briefing
    if person and "?" not in text[body:p_end] and (PARTY_AFTER.search(label)
                                                    or f"{person.group()} (" in text[:p_start]):
        # a deputy in a parliament's transcript ("Georgy Karlov (United Russia): …", then "Georgy Karlov: …"): his
        # own words, as written
        return Turn("speaker", body, (person.group(), None))
    if person and re.fullmatch(INITIALS_AND_SURNAME, person.group()) and _named_official(art, person.group(), p_start):
        # "А.Козлов: …" on the page of Putin's "working meeting with Minister … Alexander Kozlov": the official the
        # page names, his own words as written
        return Turn("speaker", body, (person.group(), None))
    if person:
        # a moderator or another guest ("Ф.Лукьянов: Владимир Владимирович, …"): the speaker before no longer
        # holds the floor; what he says is taken as a question, the context of the answer after it
        return Turn("question", body, counts=False)
    return None


# a Japanese paper's comment box: the name, his title after 「・」 and 「の話」 opening the paragraph
JA_COMMENT_BOX = re.compile(r"[ \t\u3000]*([\u4e00-\u9fff々\u30a0-\u30ff]{2,12}?)・[^\s\u3000。「」]{1,30}?の話[\u3000 ]+")
# a Japanese paper's transcript, a round table's or a press conference's record set line by line, the label and an
# ideographic space opening the paragraph (after the paragraph's indent): a family name (「岸田　…」, 「泉氏　…」), a
# name and title (「茂木外相　…」), an office alone (「首相　…」, 「知事　…」) or the moderator (「司会　…」)
JA_SHORT_LABEL = re.compile(r"[ \t\u3000]*([\u4e00-\u9fff々\u30a0-\u30ff・]{1,12}?)(氏|さん)?\u3000+(?=[^\s\u3000])")
JA_MODERATOR = re.compile(r"司会|聞き手|記者|質問|問")
# an office alone as the label: its holder on the date (JA_TITLE_OFFICES), else the person the page is the words of
JA_OFFICE_LABEL = re.compile(r"首相|総理|総理大臣|外相|外務大臣|官房長官|大統領|知事|市長|町長|大使|代表|議長|長官|会長|理事長")
# a title after a family name in the text, not a given name (「岸田首相」 is no full name)
JA_TITLE_AFTER_FAMILY = re.compile(r"(?:首相|総理|外相|大臣|長官|大統領|知事|市長|町長|村長|議員|代表|委員長|会長|理事長|議長|大使"
                                   r"|教授|准教授|氏|君|元|前|政調会長|幹事長|書記長|担当相|相|さん)")
JA_SENTENCE_END = re.compile(r"[。」）)！？!?]\s*$")


def _ja_short_label(art, p_start: int, p_end: int) -> Turn | None:
    """The turn a Japanese line-by-line record's label opens (JA_SHORT_LABEL), when the paragraph's words after it
    are sentences: the moderator's question; an office's holder; a family name the page gives in full elsewhere
    (「出演：岸田文雄（…）」, the caption's 「青山涼子さん」), registered or as written. None for any other line: a
    page's header 「政治　政策」 is no label."""
    m = JA_SHORT_LABEL.match(art.text, p_start, p_end)
    if m is None or not JA_SENTENCE_END.search(art.text, m.end(), p_end) or p_end - m.end() < 15:
        return None
    word = m.group(1)
    if JA_MODERATOR.fullmatch(word):
        return Turn("question", m.end())
    for mention in art.mentions_in(m.start(1), m.end(1)):  # 「茂木外相　…」
        r = art.resolve(mention)
        if r and r[1] is not None and r[1].kind == "person" and mention.end <= m.end(1):
            return Turn("speaker", m.end(), r)
    if JA_OFFICE_LABEL.fullmatch(word):
        holder = ja_office_holder(art, word)
        speaker = (holder.name, holder) if holder is not None else page_principal(art) or interviewee(art)
        return Turn("speaker", m.end(), speaker) if speaker else None
    named = _ja_named_in_full(art, word, m.start(1))
    return Turn("speaker", m.end(), named) if named is not None else None


def _ja_named_in_full(art, family: str, at: int):
    """(name, entry) for a family name the page's title or text gives with a given name (「岸田文雄」), registered or
    as written; None when it gives none."""
    if not family or len(family) > 3:
        return None
    where = (art.title or "") + "\n" + art.text
    skip = len(art.title or "") + 1 + at
    # (the given name ends where a letter that is no kanji or a title follows: 「泉健太代表」, 「岸田文雄（」)
    for full in re.finditer(rf"(?<![\u4e00-\u9fff々]){re.escape(family)}([\u4e00-\u9fff々]{{1,3}}?)"
                            rf"(?=[^\u4e00-\u9fff々]|{JA_TITLE_AFTER_FAMILY.pattern})", where):
        if full.start() == skip or JA_TITLE_AFTER_FAMILY.match(full.group(1)):
            continue
        entry = registered_entry(full.group())
        return (entry.name, entry) if entry is not None else (full.group(), None)
    return None


# an office before a name: the one a page names as an official (not as its moderator)
OFFICE_BEFORE = re.compile(r"(?:министр\w*|губернатор\w*|глав\w+|посл(?:ом|а|у)?|посол|заместител\w+|председател\w+"
                           r"|руководител\w+|директор\w*|мэр\w*|полпред\w*|помощник\w*|советник\w*|minister|governor|head"
                           r"|ambassador|deputy|chairman|director|mayor|envoy|aide|adviser)\b[^.\n]{0,80}$", re.IGNORECASE)
MODERATOR_BEFORE = re.compile(r"(?:модератор\w*|ведущ\w+|moderat\w+|host\w*|presenter)\b[^.\n]{0,40}$", re.IGNORECASE)


def _named_official(art, label: str, p_start: int) -> bool:
    """The surname of an unregistered label of the official transcripts' kind ("А.Козлов", "A.Kozlov") written in the
    title or the text before after an office («рабочую встречу с Министром … Александром Козловым»), in any case form,
    not as a moderator."""
    surname = label.split(".")[-1].split()[-1]
    where = (art.title or "") + "\n" + art.text[:p_start]
    for m in re.finditer(rf"(?<!\w){surname_case_forms(surname)}(?!\w)", where):
        before = where[max(0, m.start() - 100):m.start()]
        if OFFICE_BEFORE.search(before) and not MODERATOR_BEFORE.search(before):
            return True
    return False


INITIALS_LABEL = re.compile(r"[A-Z]{2,3}")
# the introduction's sentence on the interview: "In an interview with The Japan Times …, Ambassador … said"
INTERVIEW_WORD = re.compile(r"\binterview|интервью|インタビュー", re.IGNORECASE)


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[:1].isupper())


def _interviewed_in_intro(art):
    """The registered person the introduction's sentence on the interview names first, before the first question
    ("In an interview with The Japan Times …, Ambassador Evgeny Afanasiev said …"), not the leader the title is
    about ("Russian envoy sees Abe visit as chance …"); None when no such sentence names one."""
    first_question = QUESTION_OPENS.search(art.text)
    end = first_question.start() if first_question else min(len(art.text), 600)
    for sentence in re.finditer(r"[^.!?。\n]+", art.text[:end]):
        if not INTERVIEW_WORD.search(sentence.group()):
            continue
        for m in art.mentions_in(sentence.start(), sentence.end()):
            r = art.resolve(m)
            if r and r[1] is not None and r[1].kind == "person":
                return r
    return None


def _principal(art):
    """Who answers in a briefing whose answers are labelled "Answer:" / "Ответ:": the person its heading (the
    title, else the first paragraph) names ("Брифинг официального представителя МИД России М.В.Захаровой"),
    else the institution it names; None when it names neither."""
    first_line = art.text.find("\n")
    end = first_line if first_line > 0 else 200
    first = [m.entry for m in art.mentions_in(0, end) if m.entry is not None] \
        + [registered_entry(word) for _, word in possessives(art.text, 0, end)]
    return _person_else_institution(_title_entries(art)) or _person_else_institution(first) or interviewee(art)


def _title_entries(art) -> list:
    """The registered speakers a title names (a possessive is no mention: "Foreign Minister Sergey Lavrov's answers
    to media questions")."""
    title = art.title or ""
    return [m.entry for m in map(lambda m: art.reg.by_date(m, art.published), art.reg.find_mentions(title))
            if m is not None and m.entry is not None] \
        + [registered_entry(word) for _, word in possessives(title, 0, len(title))]


def _person_else_institution(entries: list):
    """(name, entry) of the first person among `entries`, else of the first institution; None for neither."""
    for kind in ("person", "institution"):
        for entry in entries:
            if entry is not None and entry.kind == kind:
                return entry.name, entry
    return None


def interviewee(art):
    """Who answers in an interview: the person its title names ("Interview of Ambassador KOZUKI Toyohisa to the
    Kommersant newspaper"; not a possessive, "Abe's visit"), else the first person the introduction (the
    paragraphs before the first question) names ("Mikhail Galuzin, Russia's ambassador to Japan, told Nikkei
    Asia")."""
    title = art.title or ""
    for m in art.reg.find_mentions(title):
        if m.kind == "person" and m.entry is not None and not title.startswith(("'s", "’s"), m.end):
            # "Interview of Ambassador KOZUKI Toyohisa to the Kommersant newspaper": the person the title names
            return m.entry.name, m.entry
    named = TITLE_NAME_COLON.match(title)
    if named is not None:
        return named.group(1), None  # «Константин Истомин: «На Итуруп едут работать…»»: the man the title quotes
    first_question = QUESTION_OPENS.search(art.text)
    end = first_question.start() if first_question else min(len(art.text), 600)
    for m in art.mentions_in(0, end):
        r = art.resolve(m)
        if r and r[1] is not None and r[1].kind == "person":
            return r
    return None


# an interview's title quoting its unregistered interviewee by name and colon
TITLE_NAME_COLON = re.compile(r"\s*((?:[A-Z][a-z]+|[А-ЯЁ][а-яё]+) (?:[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?|[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?))"
                              r"\s*[:：]\s*[«\"“„]")


# where an interview's first question opens: "Q:", "Question:", «Вопрос:», or a Russian dash line that asks
QUESTION_OPENS = re.compile(r"^(?:q|question|вопрос|interviewer)\s*[:：]|^[—–-]\s[^\n]{3,400}\?[ \t]*$",
                            re.IGNORECASE | re.MULTILINE)
# a Russian interview's turns: dash lines, the question's ending with "?", the answer's with no "— сказал X" in them
# (a hyphen typed for the dash too: "- Андрей Юрьевич, …?" in a plain-text copy)
DASH_TURN = re.compile(r"[—–-]\s")
DASH_SAID = re.compile(rf"[,.!?…]\s+[—–-]\s+(?:{RU_VERBS})(?!\w)", re.IGNORECASE)


# a Japanese interview's question line (「――交渉は進んでいますか。」) and the mark an answer may open with (◆)
JA_ASK = re.compile(r"[ \t\u3000]*(?:――|──|—―|―|－－)")
JA_ANSWER_MARK = re.compile(r"[ \t\u3000]*(?:◆|◇|●|Ａ[：:]|A[：:]|答[：:])?[ \t\u3000]*")
# what ends an interview's answers: a profile or a note under it (「■人物略歴」, 「【略歴】」, 「※」)
# (a section heading inside the interview, 「■欧州について」, is no end)
JA_AFTER_INTERVIEW = re.compile(r"[ \t\u3000]*(?:[■□【＜〈（(][ \t\u3000]*(?:人物)?(?:略歴|プロフィール|経歴|横顔|メモ|ことば|用語|解説"
                                r"|聞き手|取材後記|関連|注)|※"
                                # a note that defines a term: 「日ソ共同宣言＝1956年10月に署名され、…」
                                r"|[^\s\u3000。、「」]{2,20}＝)")


def ja_interview_turn(art, p_start: int, p_end: int, principal, asked: bool) -> Turn | None:
    """A paragraph of a Japanese interview set as 「――」 questions and unmarked (or ◆) answers: a question, else,
    after the first question, the interviewee's answer; None before the first question and for a note after."""
    ask = JA_ASK.match(art.text, p_start, p_end)
    if ask is not None:
        return Turn("question", ask.end())
    if not asked or principal is None or JA_AFTER_INTERVIEW.match(art.text, p_start, p_end):
        return None
    return Turn("speaker", JA_ANSWER_MARK.match(art.text, p_start, p_end).end(), principal)


def dash_interview(art, paragraphs: list[tuple[int, int]]) -> bool:
    """An interview set as dialogue (Russian style, in any language but Japanese): two dash lines at least, one a
    question (ending with "?"), one not; a Japanese one: two 「――」 question lines at least."""
    if art.language == "ja":
        return sum(1 for s, e in paragraphs if JA_ASK.match(art.text, s, e)) >= 2
    asks = answers = 0
    for s, e in paragraphs:
        if DASH_TURN.match(art.text, s) and not DASH_SAID.search(art.text, s, e):
            if art.text[s:e].rstrip().endswith("?"):
                asks += 1
            else:
                answers += 1
    return asks >= 1 and answers >= 1


DASH_QUESTION_MAX = 300  # characters: a question that does not end with "?" is short ("— Но дипломаты говорят …")


def dash_turn(art, p_start: int, p_end: int, principal, after_answer: bool = False) -> Turn | None:
    """A dash line of a dash interview: a question when it asks, or when it follows an answer (the turns alternate:
    «— Японская сторона по-прежнему называет острова …» is the journalist's); else the interviewee's answer."""
    dash = DASH_TURN.match(art.text, p_start)
    if dash is None or DASH_SAID.search(art.text, p_start, p_end):
        return None
    line = art.text[p_start:p_end].rstrip()
    if line.endswith("?") or (after_answer and len(line) <= DASH_QUESTION_MAX):
        return Turn("question", dash.end())
    return Turn("speaker", dash.end(), principal) if principal else None


# a page of one principal's own words, by its title: "Briefing by Foreign Ministry Spokeswoman Maria Zakharova",
# "Foreign Minister Sergey Lavrov's remarks and answers to media questions", «Заявление МИД России о …»,
# «Выступление и ответы на вопросы СМИ Министра … С.В.Лаврова», 「外務報道官談話」; not an interview, whose
# unlabelled paragraphs are the journalist's
# (in the official pages' own wording, not a news headline's: "Lavrov's remarks on the Kurils anger Tokyo",
# «Выступление Путина на ПМЭФ: главное», 「ロシア外務省が声明」 are reports of the words, not the words)
PRINCIPAL_TITLE = re.compile(
    r"^\W*(?:(?:transcript|excerpts?|text) (?:of|from) (?:the )?)?(?:(?:opening|closing|introductory|policy|general policy"
    r"|keynote|inaugural|video|congratulatory) )?"
    r"(?:briefing|statement|comment|commentary|remarks|speech|address|answers|message|greetings|article"
    r"|press conference|news conference)\s+(?:by|of|from)\b"
    r"|^[^:\n]{3,120}?['’]s? (?:opening |closing |introductory )?(?:remarks|statement|speech|comment|answers|address"
    r"|message|article)(?: and (?:answers|replies))?(?: to (?:media |journalists['’] )?questions| at | during | before | to the )"
    # "Foreign Minister Sergey Lavrov's article "…" for the Japanese newspaper Nikkei": a signed article
    # (not a news headline's "Putin's letter to Abe angers Tokyo": the article's title or paper follows)
    r"|^[^:\n]{3,120}?['’]s? (?:article|op-ed|column)(?=\s*[\"“«]|\s+(?:for|in) )"
    r"|^\W*(?:стенограмма )?(?:брифинг|заявлени\w* (?:мид|министерства|официального)|комментари\w* (?:официального|мид"
    r"|департамента|директора)|выступлени\w* (?:и ответы|министра|президента|председателя|официального|посла|губернатора"
    r"|заместителя|главы|директора|премьер)"
    r"|ответ\w* (?:министра|на вопросы)|послани\w* президента|стать\w* министра|приветстви\w* (?:министра|президента)"
    r"|вступительн\w+ слово|(?:программн\w+ )?речь (?:премьер|президента|министра|председателя|генерального))"
    r"|^[^がはをにでのと、「」\s]{2,30}(?:談話|声明)(?:[（(][^）)]*[）)])?$"
    # the Diet speeches' own titles: 「第二百十一回国会における岸田内閣総理大臣施政方針演説」
    r"|^[^「」\s]{2,40}(?:施政方針|所信表明|外交)演説$"
    # an institution's statement by its own title: 「日本国市民に対する対抗措置に関するロシア連邦外務省声明」
    r"|^[^「」\n]{2,60}?(?:に関する|についての|をめぐる)[^「」\n]{0,12}?(?:外務省|大使館|政府|大統領府)(?:の)?(?:声明|談話|コメント)$",
    re.IGNORECASE)


# a Japanese page of one person's words by its title: 「…における上月豊久大使挨拶」, 「…（知事コメント）」
JA_PRINCIPAL_TITLE = re.compile(r"(?:挨拶|あいさつ|スピーチ|祝辞|式辞)$|(?:大使館|外務省|報道官|知事|市長)の?コメント$|[（(][^）)]{0,12}(?:コメント|談話|メッセージ)[）)]$")


def page_principal(art):
    """The person or institution a page is the words of, by its title (PRINCIPAL_TITLE) or by an official's byline
    (an op-ed "By Mikhail Galuzin"): its paragraphs with no label are his, its headings what they are about; None
    for any other page."""
    if art.title and JA_CONTRIBUTION.match(art.title):
        # 「＜寄稿＞ロ日関係　信頼の積み重ねこそ　ミハイル・ガルージン駐日ロシア大使」: a signed contribution, its signer's
        named = _person_else_institution(_title_entries(art))
        if named is not None:
            return named
        author = JA_AUTHOR_AT_TITLE_END.search(art.title)
        if author is not None:
            # 「（私の視点）日ロ平和条約　「２島」で国境線を引くな　大槻恒夫」, 「【正論】…　国際政治学者・黒瀬英樹」:
            # the contributor the registry lacks, as written
            return author.group(1), None
    title = JA_TITLE_NOTE.sub("", art.title or "")  # (「…大使館コメント（日本語訳）」, 「知事年頭あいさつ（職員向け）」)
    if not title or not (PRINCIPAL_TITLE.search(title) or JA_PRINCIPAL_TITLE.search(title)):
        return byline_author(art)
    bracket = JA_BRACKET_SPEAKER.search(title)
    if bracket is not None:
        # 「メドヴェージェフ・ロシア首相の択捉島訪問について（外務報道官談話）」: the bracket names who speaks; the
        # person before it is what the statement is about
        return _bracket_speaker(art, bracket.group(1)) or _signer(art)
    named = _person_else_institution(_title_entries(art)) or _unregistered_in_title(art.title)
    if named is None and JA_PRINCIPAL_TITLE.search(title):
        # 「日ロ首脳会談の結果について（知事コメント）」 signed 「北海道知事　高橋　はるみ」 at its foot: the signer
        named = _signer(art)
    if named is None and GENERIC_INSTITUTION.search(title):
        # "Comment of the Embassy on the White Paper" under the site's name ("Embassy of the Russian Federation in
        # Japan" as the page's first line): the institution the page's first lines name
        head = art.text[:min(len(art.text), 300)]
        named = _person_else_institution([m.entry for m in art.reg.find_mentions(head)
                                          if m.entry is not None and m.entry.kind == "institution"])
    return named


# a byline among a page's first lines: "By Mikhail Galuzin", "By Akira Muto, Ambassador of Japan to Russia"
BYLINE = re.compile(r"^[ \t]*By:?[ \t]+([A-Z][^\n,]{3,50}?)[ \t]*(?:,[^\n]{0,80})?$", re.MULTILINE)
BYLINE_REACH = 600  # characters: the page's head, above the piece


def byline_author(art):
    """The registered official a page's byline names in full (an op-ed or a signed article: the whole piece is his
    words); None for a journalist's byline, whom the registry does not know."""
    m = BYLINE.search(art.text, 0, min(len(art.text), BYLINE_REACH))
    if m is None:
        return None
    entry = art.reg.lookup(m.group(1).strip())
    if entry is None or entry.kind != "person" or len(m.group(1).split()) < 2:
        return None
    return entry.name, entry


# a Japanese title's note on the text after what it names: （日本語訳）, （仮訳）, （職員向け）, （全文）, （要旨）
JA_TITLE_NOTE = re.compile(r"[（(](?:日本語訳|仮訳|和訳|職員向け|全文|要旨|抜粋)[）)]\s*$")
# a signed contribution by its title's opening bracket: 「＜寄稿＞」, 「（私の視点）」, 「【正論】」, 「（論点）」
JA_CONTRIBUTION = re.compile(r"\s*[＜<【［\[（(](?:寄稿|私の視点|正論|論点|寄稿論文)[＞>】］\]）)]")
# its author at the title's end, after a space or his profession's ・: a family and given name in kanji
JA_AUTHOR_AT_TITLE_END = re.compile(r"[\s\u3000・]([\u4e00-\u9fff々]{3,6})\s*$")
# the speaker a Japanese statement's title gives in brackets at its end: （外務報道官談話）, （外務大臣談話）, （知事コメント）
JA_BRACKET_SPEAKER = re.compile(r"[（(]([^）)]{0,12}?)(?:談話|コメント|メッセージ)[）)]$")
# the institutions such brackets name (the prefecture's governor, its mayor: the signer)
BRACKET_INSTITUTIONS = {"外務報道官": "japanese foreign ministry", "外務省": "japanese foreign ministry",
                        "外務省報道官": "japanese foreign ministry"}


def _bracket_speaker(art, label: str):
    """Who the bracket of a Japanese statement's title names: an office's holder on the page's date, the ministry
    its press secretary speaks for, a registered name; None for a title to be read from the signature."""
    holder = ja_office_holder(art, label)
    if holder is not None:
        return holder.name, holder
    institution = art.reg.by_name.get(BRACKET_INSTITUTIONS.get(label, ""))
    if institution is not None:
        return institution.name, institution
    named = art.reg.lookup(label) if label else None
    return (named.name, named) if named is not None else None


def ja_office_holder(art, word: str):
    """The holder on the page's date of the office a Japanese title names alone (「外務大臣」, 「官房長官」; 「知事」 on
    the Hokkaido government's own pages, whose governor the registry knows); None for any other."""
    office = JA_TITLE_OFFICES.get(word)
    if office is None and word == "知事" and "北海道" in (art.title or "") + art.text[:120]:
        office = "jp_hokkaido_governor"
    return art.reg.holder(office, art.published) if office else None


def _signer(art):
    """The person whose name and title sign the page (a short line among its last, the name spaced out as the
    official pages write it: 「内閣総理大臣　菅　直人」, 「北海道知事　高橋　はるみ」 above the contact lines), not one
    its last paragraph speaks of (「メドベージェフ大統領が…」)."""
    lines = [line for line in art.text.rstrip().splitlines() if line.strip()][-SIGNATURE_LINES:]
    for line in reversed(lines):
        if len(line.strip()) > SIGNATURE_LINE:
            continue
        for m in art.reg.find_mentions(re.sub(r"[\s\u3000]+", "", line)):
            m = art.reg.by_date(m, art.published)
            if m is not None and m.entry is not None and m.entry.kind == "person":
                return m.entry.name, m.entry
    return None


SIGNATURE_LINE = 40  # characters: a date, a title and a name, not a sentence
SIGNATURE_LINES = 8  # the page's last lines: the signature, then the contact office's lines


# an official's title before a name in a label or a page title ("Press Secretary ONO Hikariko", "Deputy Director of
# the Information and Press Department Alexei Zaitsev")
ROLE_WORDS = (r"(?:(?:Deputy |First Deputy |Vice[- ]|State |Chief )?(?:Press Secretary|Spokes(?:person|man|woman)|Minister"
              r"|Ambassador|Director(?:-General)?|Governor|Mayor|Chairman|Chairwoman|Cabinet Secretary|Secretary)"
              r"(?: (?:of|for) [^,:\n]{3,80}?)?|Mr\.?|Ms\.?|Mrs\.?|MR\.?|MS\.?|MRS\.?)")  # (the State Department's "MR PRICE:")
PERSON_NAME = r"(?:[A-Z]{2,}(?: [A-Z][a-z]+)?|[A-Z][a-z]+(?:-[A-Z]?[a-z]+)? [A-Z]{2,}|[A-Z][a-z]+ [A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)"
TITLED_NAME = re.compile(rf"(?:^|\b){ROLE_WORDS}\s+({PERSON_NAME})(?=\s*(?:,|$))")


def normal_name(name: str) -> str:
    """The Japanese ministry's "ONO Hikariko" (surname in capitals first) as "Hikariko Ono"; "ONO" as "Ono"."""
    words = name.split()
    if words and len(words[0]) > 1 and words[0].isupper():
        return " ".join([w.title() for w in words[1:]] + [words[0].title()])
    if len(words) == 2 and len(words[1]) > 1 and words[1].isupper():
        return f"{words[0]} {words[1].title()}"
    return name


def _unregistered_in_title(title: str):
    """(name, None) for the official a principal's page title names with his title, as written (normalised)."""
    m = TITLED_NAME.search(title)
    return (normal_name(m.group(1)), None) if m else None


def _titled_label(art, label: str, p_start: int):
    """A label of an official's title and name the registry does not know ("Press Secretary ONO Hikariko"), or
    his surname alone after it ("Press Secretary ONO"): (name, None), the full name when the text gave it before."""
    m = TITLED_NAME.fullmatch(label.strip()) if label.strip() else None
    if m is None:
        return None
    name = normal_name(m.group(1))
    if " " not in name:  # the surname alone: the full name given before, if any
        full = re.search(rf"\b{re.escape(m.group(1))} ([A-Z][a-z]+)\b|\b([A-Z][a-z]+) {re.escape(name)}\b",
                         art.text[:p_start])
        if full:
            name = normal_name(full.group(0))
    return name, None


# a title naming its institution by its kind only ("the Embassy", "the Ministry", 「当館」)
GENERIC_INSTITUTION = re.compile(r"\b(?:the|our) (?:embassy|ministry|foreign ministry)\b|(?<!\w)посольства(?!\w)|当館|当省"
                                 r"|(?:^|[^\u30a0-\u30ff])(?:大使館|外務省)の?コメント$",
                                 re.IGNORECASE)


def _looks_like_label(label: str) -> bool:
    """A name with an optional role after a comma: a few words, the name part capitalised; no verb of saying
    ("Песков, отвечая на вопрос…, сказал: «…»" is a sentence that introduces its quote)."""
    name = label.split(",")[0].split("(")[0].strip()
    words = name.split()
    return 0 < len(words) <= 4 and all(NAME_WORD.match(w) for w in words) and len(label.split()) <= 14 and \
        not SPEECH.search(label)


# the labels of the official transcripts themselves: initials and a surname ("В.Путин:", "S.Lavrov:") and the
# Japanese ministry's "Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs:"; one of them is a transcript's turn
# even where the excerpt holds no second label
TRANSCRIPT_LABEL = re.compile(rf"{INITIALS_AND_SURNAME}\s*[:：]"
                              r"|(?:Mr|Ms|Mrs)\.\s+[A-Z]{2,}\s+[A-Z][a-z]+,[^:\n]{3,80}:")


def is_transcript(art, paragraphs: list[tuple[int, int]]) -> bool:
    """Two or more labelled paragraphs make a transcript, where unlabelled paragraphs continue a turn (a moderator's
    label, "Dmitry Suslov:", is one of them only beside another's); so does one paragraph under an official
    transcript's label (TRANSCRIPT_LABEL)."""
    n = others = 0
    for s, e in paragraphs:
        label = label_of(art, s, e)
        if label is None or linked_headline(art.text[s:e]):
            continue
        if label.counts:
            n += 1
            if label.kind == "speaker" and TRANSCRIPT_LABEL.match(art.text, s, e):
                return True
        else:
            others += 1  # a moderator named by name: a transcript's turn only beside a registered speaker's
        if n >= 2 or (n and others):
            return True
    return False


LINKED_HEADLINE = 120
JA_LABEL_LINE = re.compile(r"(?:【[^】\n]{1,20}】|（[^）\n]{1,12}）)(?:[（(][^）)\n]{1,8}[）)])?")


def quoted_whole(para: str) -> bool:
    """A paragraph that is one Japanese quote (「…時です」): a sentence, whether or not 。 closes it inside the marks."""
    line = para.strip()
    return line.startswith(("「", "『")) and line.endswith(("」", "』"))


def linked_headline(para: str) -> bool:
    """"Medvedev: Kurils are Russian land forever": a short "Name: words" line with no full stop is a linked
    headline among a page's links, not a turn that makes the text a transcript."""
    line = para.strip()
    if quoted_whole(line):
        return False  # 「…伝えている」: an answer quoted whole, with no 。 before its closing mark
    if JA_LABEL_LINE.fullmatch(line):
        return False  # 「【プーチン大統領】」, 「（官房長官）」 alone (「【…冒頭発言】（通訳）」): the label of the paragraphs under it
    return len(line) <= LINKED_HEADLINE and not ENDS_SENTENCE.search(para)
