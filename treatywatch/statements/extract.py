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
from treatywatch.statements.article import Article, inside_any, is_cjk, outside_quotes, strip_dateline, strip_span
from treatywatch.statements.attribution import (JA_MARKED, JA_SUBORDINATE_VERB, JA_TITLE_AFTER, attribution_of, ga_marked,
                                                inner_speaker, ja_ga_subject, reports_another)
from treatywatch.statements.novelty import normalise, quoted_phrases
from treatywatch.statements.quotes import Quote, find_quotes, paragraphs, split_sentences
from treatywatch.statements.pronouns import pronoun_speaker
from treatywatch.statements.speakers import Entry
from treatywatch.statements.topic import (GOES_ON_FROM, SETTLES_IT, OTHER_DISPUTE, OTHER_PARTY, ENDS_SENTENCE,
                                          OTHER_SUBJECT, OTHER_TALKS, TALKS, asked_about_treaty, continues_topic,
                                          framed_topics,
                                          is_treaty, islands_named_earlier, issue_named_earlier, quote_topics,
                                          short_answer, topics, treaty_context, treaty_frame, verdict_only,
                                          WITHOUT_IT)
from treatywatch.statements.transcript import (DASH_TURN, JA_AFTER_INTERVIEW, JA_ASK, Turn, dash_interview, dash_turn,
                                              interviewee, is_transcript, ja_interview_turn, label_of, linked_headline,
                                              page_principal, quoted_whole)
from treatywatch.statements.verbs import EN_VERBS, JA_SPEECH, RU_VERBS, SPEECH

# a link line or the header of a block of them; words that could open a real paragraph ("Popular support for …")
# count only as a whole short line or before a colon
SKIP_PARAGRAPH = re.compile(r"^(?:(?:READ MORE|Read more|Read also|ALSO READ|Also read|See also|Related|Also on|Читайте также"
                            r"|Смотрите также|関連ニュース|関連記事)\b"
                            r"|(?:More|Trending|Recommended|Most read|Most popular|Popular|Latest|Top stories|Подробнее"
                            r"|Популярное|Главное)\s*:"
                            r"|(?:Trending(?: now)?|You may also like|Recommended(?: for you)?|Most (?:read|popular|viewed)"
                            r"|Popular(?: now| news)?|Latest(?: news)?|Top stories|Популярное|Главное|おすすめ|注目記事)\s*$"
                            # "More news on this topic:", «Новости по теме», «Еще по теме:»: a list of linked headlines
                            r"|(?:(?:more|other|further) )?(?:news|stories|articles|reports) (?:on|about) (?:this|the) "
                            r"(?:topic|subject|issue)\s*:?\s*$|(?:новости|материалы|ещ[её]|другие новости) по теме\s*:?\s*$"
                            r"|по теме\s*:?\s*$|другие новости\s*:?\s*$"
                            # a translation's disclaimer on an official page ("This is a provisional translation …")
                            r"|(?:this is an? )?(?:provisional|tentative|unofficial) translation\b|\((?:仮訳|provisional translation)\)\s*$)",
                            re.IGNORECASE)
# readers' comments under the article: nothing below the header is the article's
COMMENTS_HEADER = re.compile(r"^\s*(?:\d+\s+)?(?:Comments|Reader comments|Комментарии)\s*(?:\(\d+\)|\d+)?\s*:?\s*$"
                             r"|^\s*コメント\s*(?:\(\d+\)|（\d+）|\d+)\s*$", re.IGNORECASE)
BODY_PARAGRAPH = 120  # characters: a paragraph of the story, not a header's line
QUOTE_MARKS = re.compile(r"[\"“”«»„「」『』]")
MIN_QUOTE_WORDS = 5
MIN_QUOTE_CHARS_CJK = 8
# a title right before a name: how a speaker is named by others, not by himself
TITLE_BEFORE_NAME = re.compile(r"(?:\b(?:president|prime minister|premier|minister|mr\.?|spokesman)|президент\w*|премьер\w*|"
                               r"министр\w*|господин\w*)\s*$", re.IGNORECASE)


# what names the quote after it as a title, not as words said
NAMING_BEFORE = re.compile(r"(?:titled|entitled|headlined|headline|title|slogan|banner|motto|called|named|dubbed"
                           r"|под названием|под заголовком|с заголовком|озаглавлен\w*|под лозунгом)\s*:?\s*$", re.IGNORECASE)


def _narrated_quote_of(art: "Article", s: int, e: int, q: Quote, qs: list[Quote], speaker: str) -> bool:
    """A quote in a sentence of narration ([s, e)) can be `speaker`'s words: not a title or a headline
    ('titled "…"'), not words the sentence introduces ("A daily wrote: …") or gives someone ("the Kremlin's
    statement", '"…" was the phrase Lavrov used'), not words about the speaker ("Putin keeps the door open")."""
    text = art.text
    if NAMING_BEFORE.search(text, max(s, q.start - 30), q.start) or text[s:q.start].rstrip().endswith(":"):
        return False
    if any(not inside_any(m.start, qs) for m in art.mentions_in(s, e)):
        return False
    return not any(m.kind == "person" and m.entry.name == speaker for m in art.mentions_in(q.start, q.end))


def _names_in_third_person(art: "Article", a: int, b: int, entry: Entry) -> bool:
    """The quote [a, b) speaks of this person by title and name ("both President Putin and myself"): whoever
    said it, it was not that person."""
    return any(m.entry is entry and TITLE_BEFORE_NAME.search(art.text[max(a, m.start - 20):m.start])
               for m in art.mentions_in(a, b))


def extract(text: str, language: str | None = None, published: str | None = None,
            title: str | None = None, url: str | None = None) -> list[ExtractedStatement]:
    if not text or not text.strip():
        return []
    art = Article(text, language, published, title, url)
    out: list[ExtractedStatement] = []
    seen: set[tuple[int, int]] = set()
    norm_seen: set[str] = set()
    prev_span: tuple[int, int] | None = None
    lead_span: tuple[int, int] | None = None
    quoted_last: ExtractedStatement | None = None  # the last statement, when its sentence quoted its speaker
    spans = paragraphs(text)
    principal = page_principal(art)
    transcript = principal is not None or is_transcript(art, spans)
    # a Russian interview set as dialogue: its dash lines are turns, the prose between them the journalist's
    dashed = not transcript and dash_interview(art, spans)
    answering = interviewee(art) if dashed else None  # (else its introduction may name one the registry lacks)
    after_answer = False  # the last dash line was an answer: the next one asks
    interviewed = False  # the introduction's own word on who answers was read (at the first dash line)
    # (a principal's page: its unlabelled paragraphs are his turn)
    turn: Turn | None = Turn("speaker", 0, principal) if principal else None
    asked = ""  # a transcript's last question: what the answer below it is about
    answered = ""  # the answer's last sentence on the treaty: what it goes on about
    chained = False  # the sentence before was a statement on the treaty…
    carried = ""  # …and the treaty sentences up to it since the last that named the treaty
    in_links = False
    body_seen = False  # a paragraph of the story (or a statement) seen yet: a comments header below ends it
    headed_turn = False  # the turn a heading line opened (「…大使館のコメント」), to the next heading
    bracket_turn = False  # the turn a 【…】 line of its own opened
    for i, (p_start, p_end) in enumerate(spans):
        para = text[p_start:p_end]
        if COMMENTS_HEADER.match(para):
            if body_seen or out:
                break
            continue  # the comment count in a page's header ("6 Comments" above the story): the story follows
        body_seen = body_seen or len(para) >= BODY_PARAGRAPH
        if SKIP_PARAGRAPH.match(para):
            in_links = len(para) <= 40  # a "Related news" header: the short lines under it are links
            continue
        if in_links and len(para) <= 160 and not para.rstrip().endswith((".", "。", "!", "?", "»", "”", '"')):
            continue
        in_links = False
        if _is_headline(art, para, first=not out and prev_span is None, transcript=transcript):
            # the headline repeated as the first line: the body tells it again, except a quote in marks that the
            # headline alone carries ("報道官「交渉を終了させたのも日本だ」"); novelty links a body repeat to it
            for st in _headline_quotes(art, p_start, p_end):
                if (st.start, st.end) not in seen:
                    seen.add((st.start, st.end))
                    out.append(st)
            art.remember(p_start, p_end, find_quotes(text, p_start, p_end))  # "he" below may be its speaker
            continue
        quotes = find_quotes(text, p_start, p_end)
        prev: ExtractedStatement | None = None
        opened = _open_quote(text, p_start, p_end, quotes)
        if opened is not None and not transcript:
            st = _open_quote_statement(art, opened, spans, (p_start, p_end), prev_span)
            if st is not None and (st.start, st.end) not in seen:
                seen.add((st.start, st.end))
                norm_seen.add(_norm(st.quote))
                out.append(st)
                art.last_person = art.last_named = (st.speaker, art.reg.by_name.get(st.speaker.lower()))
            prev_span, lead_span, quoted_last = (p_start, p_end), None, st
            continue
        sentences = split_sentences(text, quotes, p_start, p_end)
        label = label_of(art, p_start, p_end)
        if label is None and transcript and art.language == "ja" and (ask := JA_ASK.match(text, p_start, p_end)):
            label = Turn("question", ask.end())  # 「――…ですか。」 in a record whose answers are labelled 「鈴木　…」
        if label is None and (answering or dashed and not interviewed) and art.language == "ja":
            if not interviewed and JA_ASK.match(text, p_start, p_end):
                answering, interviewed = _intro_interviewee(art, out) or answering, True
            label = ja_interview_turn(art, p_start, p_end, answering, interviewed)
            if label is None and interviewed and JA_AFTER_INTERVIEW.match(text, p_start, p_end):
                answering = None  # the profile under the interview: no more answers
        elif label is None and (answering or dashed and not interviewed):
            if not interviewed and DASH_TURN.match(text, p_start):  # the first dash line: the introduction is read
                answering, interviewed = _intro_interviewee(art, out) or answering, True
            label = dash_turn(art, p_start, p_end, answering, after_answer)
            after_answer = label.kind == "speaker" if label is not None else after_answer
        if label is not None and label.kind == "speaker" and not transcript and linked_headline(para):
            continue  # "Medvedev: Kurils are Russian land forever" among the links of a page: a headline, no turn
        if label is None and not transcript:
            sentences = [c for s, e in sentences for c in _speaker_clauses(art, s, e, quotes)]
        if label is not None and label.kind == "narration":
            turn = label = None  # "Ответ: Выступая на митинге, Абэ заявил …": the explainer's prose, read as prose
        opens_turn = label is not None  # (not an answer going on in a new paragraph)
        if label is not None:
            # 「【安倍総理冒頭発言】」 on a line of its own: its turn runs over the blank lines between its paragraphs
            bracket_turn = label.kind == "speaker" and para.strip().startswith("【") and (
                label.body_start >= p_end or EDITORS_NOTE.fullmatch(text[label.body_start:p_end].strip()) is not None)
            if label.kind == "question":
                asked = (asked if turn is not None and turn.kind == "question" else "") + " " + para
            turn, answered, chained, carried = label, "", False, ""
        elif transcript and turn is not None and art.language == "ja" and principal is None and not bracket_turn \
                and _block_after_dense_turns(text, spans, i):
            turn = None  # the paper's own paragraph after a transcript set line by line: its words, not the last turn's
        elif transcript and (headed := _headed_statement(art, para)) is not None:
            # 「在日ロシア連邦大使館のコメント」 heading a page's next part: its words follow
            turn, asked, answered, chained, carried = Turn("speaker", p_end, headed), "", "", False, ""
            headed_turn = True  # (to the page's next heading: its notices and links below are nobody's)
            continue
        elif transcript and turn is not None and AUTHOR_NOTE.match(para.strip()):
            turn = principal = None  # "Akira Muto is the Ambassador of Japan …", "The views expressed …": the op-ed
            continue  # has ended; its author box, the paper's disclaimer and the links below are nobody's words
        elif transcript and turn is not None and STATEMENT_END.fullmatch(para.strip()):
            turn = principal = None  # 「（以上）」: the statement ends; the page's notes and links below are nobody's
            continue
        elif transcript and turn is not None and SEPARATOR.fullmatch(para.strip()):
            if principal is not None and principal[1] is not None and principal[1].kind == "institution":
                continue  # (an institution's page stays its words under the line: its consular notice)
            turn = principal = None  # "* * *" under a person's speech: the report goes on in the site's words
            continue
        elif transcript and turn is not None and art.language == "ja" and JA_AFTER_INTERVIEW.match(text, p_start, p_end):
            # 「【注】日ソ共同宣言　…」, 「■略歴」 under a record: the paper's note, nobody's turn, and the record's end
            # (on a principal's own page, 「※本ページでは…抜粋して掲載」, the note alone)
            turn = turn if principal is not None else None
            continue
        elif transcript and turn is not None and art.language != "ja" and principal is None and \
                turn.kind == "speaker" and _wire_background(para):
            turn = None  # "Japan claims the islands …, which Soviet troops seized in 1945." after the interview's last
            continue  # answer: the outlet's standard paragraph, not his words
        elif transcript and turn is not None:
            if EDITORS_NOTE.fullmatch(para.strip()) or RECORD_NOTE.match(para) or _repeats_title(art, para):
                # "(The Minister visited Nemuro City on April 22 …)", «Примечание переводчика. …», "[Provisional
                # Translation]", the page's title again above the speech: the record's own lines, nobody's turn
                continue
            if len(para) <= 80 and not ENDS_SENTENCE.search(para) and not quoted_whole(para):
                # a section heading between turns ("Japan's Diplomacy toward Central Asia"): nobody's words; on a
                # principal's page it opens his next section, on what it names («О японских школьных учебниках»)
                if principal:
                    turn, asked, answered, chained, carried = Turn("speaker", p_start, principal), para, "", False, ""
                elif headed_turn:
                    turn, headed_turn = None, False
                continue
            label = Turn(turn.kind, p_start, turn.speaker, member=turn.member)  # the answer goes on in a new paragraph
        for k, (s, e) in enumerate(sentences):
            if label is not None and label.kind == "question":
                found = []  # the journalist's words, whoever they name
            elif label is not None and not opens_turn and principal is None and art.language != "ja" and \
                    _tells_background_words(art, (s, e), quotes):
                found = []  # «В Москве неоднократно заявляли, что …» in a paragraph after a news report's last labelled
                # turn: words told as background, not the turn's speaker's
            elif label is not None:
                found = _labelled_statements(art, label, s, e, prev_span, asked + (carried if chained else answered),
                                             asked if opens_turn and k == 0 else "")
                for st in found:
                    if chained and not st.peace_treaty and (GOES_ON_FROM.match(st.quote) or
                                                            TURN_POINTS_BACK.match(st.quote) or
                                                            (len(st.quote) <= 120 and SETTLES_IT.search(st.quote))) \
                            and not OTHER_TALKS.search(st.quote):
                        # "… the conclusion of a peace treaty. But we cannot solve it in a day": the turn goes on
                        st.peace_treaty, st.topics = True, st.topics + ["continued"]
                    if st.peace_treaty:
                        # a sentence on the treaty only by its context ("Japan itself abandoned the dialogue"),
                        # right after the one that named it, carries that context on: the answer's next "return
                        # to the talks" is still the treaty's (not after the answer moved to other subjects)
                        own = is_treaty(topics(st.quote))
                        carried = carried + " " + st.quote if chained and not own else " " + st.quote
                        answered = " " + st.quote
                    chained = st.peace_treaty
            else:
                found = _sentence_statements(art, s, e, quotes, prev, prev_span, lead_span,
                                             quoted_last if k == 0 else None)
            for st in found:
                key = _norm(st.quote)
                if (st.start, st.end) in seen or key in norm_seen or not st.quote.strip():
                    continue
                seen.add((st.start, st.end))
                norm_seen.add(key)
                out.append(st)
                if art.lead_end < 0:
                    art.lead_end = st.end
                if st.peace_treaty and st.end >= art.last_treaty_end:
                    art.last_treaty_end, art.last_treaty_speaker = st.end, st.speaker
            art.remember(s, e, quotes)
            if found:
                art.last_person = (found[-1].speaker, art.reg.by_name.get(found[-1].speaker.lower()))
                art.last_speaker, art.spoken_in = art.last_person, (s, e)
                if art.last_person[1] is not None and art.last_person[1].kind == "institution":
                    art.last_institution, art.last_person = art.last_person, art.last_person_before
                art.last_named = art.last_person
            own = not found and _has_own_content(text, s, e, quotes)
            prev = found[-1] if found else (None if own else prev)
            if found or own or label is not None:
                quoted_last = found[-1] if found and QUOTE_MARKS.search(text, s, e) else None
            # «…. Об этом заявил X»: the statement began a sentence earlier; a quote after it goes on with it
            lead_span = (found[-1].start, e) if found and found[-1].rule == "restates_previous" else None
            # 「…」。ガルージン外務次官はこう語った: the sentence after it is about the quote it restated
            prev_span = lead_span if lead_span and QUOTE_MARKS.match(text, lead_span[0]) else (s, e)
    out.sort(key=lambda st: st.start)
    _inherit_quoted_lead(out)
    return out


# "Abe said …, while Putin said …": a second speaker with a verb of his own after a coordinating conjunction
# (every alternative opens with a literal character, so `re` scans for those few characters only)
CLAUSE_JOIN = re.compile(r",\s+(?:while|but|whereas|and|а|но|тогда как|в то время как)\s+|;\s+|が、(?<=[たる]が、)|一方、"
                         r"|(?<=[たる])のに対し(?:て)?、"
                         # the comma inside the first speaker's closing quote ('… of "revisionism," while Hayashi said')
                         r"|(?<=,)[\"”»]\s+(?:while|but|whereas|and|а|но|тогда как|в то время как)\s+")
LEADING_CONCESSIVE = re.compile(r"\W*(?:While|Although|Though|Whereas|Even though|Хотя|В то время как)(?!\w)")
COMMA = re.compile(r",\s+")
CLAUSE_GOES_ON = re.compile(r"(?:that|что|чтобы)\b", re.IGNORECASE)
RELATIVE_BEFORE = re.compile(r"(?<!\w)(?:which|who|whom|whose|котор\w+)(?!\w)", re.IGNORECASE)


def _speaker_clauses(art: Article, s: int, e: int, quotes: list[Quote]) -> list[tuple[int, int]]:
    """A sentence split where a second speaker takes over with a verb of saying of his own ("Kishida said …, but
    Lavrov said …", "…と述べたが、ラブロフ外相は…と反論した", "…と述べたのに対し、松野官房長官は…"): each speaker's words
    are his statement. Most sentences hold no such join, or no verb of saying after it, and are returned whole at
    the cost of a search."""
    text = art.text
    joins = [j for j in CLAUSE_JOIN.finditer(text, s, e) if not inside_any(j.start() + (text[j.start()] in "\"”»"), quotes)]
    if LEADING_CONCESSIVE.match(text, s):  # "While Kishida vowed …, Lavrov said …": the comma ends the first
        joins = sorted(joins + [j for j in COMMA.finditer(text, s, e) if not inside_any(j.start(), quotes)],
                       key=lambda j: j.start())
    if not joins:
        return [(s, e)]
    out, start = [], s
    for k, j in enumerate(joins):
        if j.start() <= start:
            continue
        nxt = joins[k + 1].start() if k + 1 < len(joins) else e
        right = next((v for v in SPEECH.finditer(text, j.end(), nxt) if not inside_any(v.start(), quotes)), None)
        if right is None:
            continue
        left = next((v for v in SPEECH.finditer(text, start, j.start()) if not inside_any(v.start(), quotes)), None)
        if left is None:
            continue
        subject = [m for m in art.mentions_in(j.end(), right.start())
                   if not inside_any(m.start, quotes) and m.kind in ("person", "institution", "office")]
        if not subject or CLAUSE_GOES_ON.match(text, j.end()) or RELATIVE_BEFORE.search(text, j.end(), right.start()):
            continue  # "…, and that Tokyo's claims, which Kishida said …": still the first speaker's words
        here = [m for m in art.mentions_in(start, left.start()) if m.kind in ("person", "institution", "office")]
        if here and art.resolve(here[-1]) == art.resolve(subject[0]):
            continue  # the same speaker goes on: one statement
        out.append((start, j.start() + 1 if text[j.start()] in ",;\"”»" else j.start()))
        start = j.end()
    out.append((start, e))
    return out


def _inherit_quoted_lead(found: list[ExtractedStatement]) -> None:
    """A lead that quotes a few words ("not setting any 'artificial deadlines' for a peace treaty") and the full
    quote below it that carries those words are one utterance: the quote is on the lead's topic, even when its
    own words do not name the treaty."""
    phrases: dict[str, list[str]] = {}
    for st in found:
        if st.peace_treaty and st.topics != ["under_lead"]:
            phrases.setdefault(st.speaker, []).extend(quoted_phrases(st.quote) if not st.direct else ())
        elif st.direct and st.speaker in phrases:  # (a quote on the lead's topic only by following it: this says why)
            text = normalise(st.quote)
            if any(p in text for p in phrases[st.speaker]):
                st.topics[:] = [t for t in st.topics if t != "under_lead"] + ["quoted_in_lead"]
                st.peace_treaty = True


def _sentence_statements(art: Article, s: int, e: int, quotes: list[Quote], prev: ExtractedStatement | None,
                         prev_span: tuple[int, int] | None, lead_span: tuple[int, int] | None = None,
                         quoted_before: ExtractedStatement | None = None) -> list[ExtractedStatement]:
    found = _statements_of_sentence(art, s, e, quotes, prev, prev_span, lead_span, quoted_before)
    if found and JA_ASKED_ABOUT.search(art.text, s, e):
        # 「官房長官は…大統領が…と述べたことについて見解を問われた」: the subject was asked; only the words the question
        # tells, their own speaker's (が), are statements
        return [st for st in found if st.rule == "subordinate_speech"]
    return found


def _statements_of_sentence(art: Article, s: int, e: int, quotes: list[Quote], prev: ExtractedStatement | None,
                            prev_span: tuple[int, int] | None, lead_span: tuple[int, int] | None = None,
                            quoted_before: ExtractedStatement | None = None) -> list[ExtractedStatement]:
    text = art.text
    # (the words are said after a wire's dateline: "MOSCOW, March 1 (Reuters) - Putin, widely expected to …, said")
    s = strip_dateline(text, s, e)
    qs = [q for q in quotes if s <= q.start and q.end <= e]
    outside = outside_quotes(text, s, e, qs)
    speaker, rule, verb = attribution_of(art, s, e, qs, outside)
    if rule == "restates_previous" and prev is not None and prev_span and prev_span[0] <= prev.start < prev_span[1] \
            and prev.rule in ("reported_speech", "direct_quote", "split_quote"):
        return []  # "X and Y confirmed …. Об этом сообщила пресс-служба Кремля": the report's source, X already speaks
    cjk = art.language == "ja" or (art.has_cjk and is_cjk(text[s:e]))
    long_quotes = [q for q in qs if _long_quote(text, q, cjk) and not (cjk and _ja_name(text, q))]
    out: list[ExtractedStatement] = []
    inherit = False

    if speaker is None and long_quotes and _is_quote_only(text, s, e, long_quotes):
        # "…," he said. "…": a bare quote continues its paragraph's last speaker, or follows "X said:"
        if prev is not None and prev.speaker:
            speaker, rule, inherit = (prev.speaker, None), "continued_quote", prev.peace_treaty
        elif prev_span and (text[prev_span[0]:prev_span[1]].rstrip().endswith(":")
                            or JA_AS_FOLLOWS.search(text, prev_span[0], prev_span[1])):
            # ("X said: «…»"; 「ロシア外務省は声明で、次のように主張した。「…」」: the Japanese colon)
            intro = attribution_of(art, prev_span[0], prev_span[1], [], text[prev_span[0]:prev_span[1]])
            subject = _ja_intro_subject(art, prev_span) if intro[0] is None else None
            if intro[0] or subject:
                speaker, rule = intro[0] or subject, "colon_intro"
            elif art.last_speaker is not None and art.spoken_in is not None and \
                    not text[art.spoken_in[1]:prev_span[0]].strip():
                # «Посол Ноздрев ответил на вопросы газеты. Основные тезисы:» over bulleted quotes: the colon
                # sentence names nobody, the sentence right before it its speaker
                speaker, rule = art.last_speaker, "colon_intro"
        elif prev_span and PUBLISHED_TEXT.search(text, prev_span[0], prev_span[1]) and \
                (published := _publisher(art, prev_span, quotes)) is not None:
            # "The governor published the address on his Telegram channel." over the address in quotes: his words
            speaker, rule = published, "colon_intro"
        elif quoted_before is not None and quoted_before.speaker:
            # '"…," Lavrov said.' and a paragraph that is a quote alone: wire copy goes on with the same speaker
            # (a bulleted thesis is one of its own, on its own subject: «▪️ «…»»)
            speaker, rule = (quoted_before.speaker, None), "continued_quote"
            inherit = quoted_before.peace_treaty and not BULLET.match(text, s)
    if speaker is None and long_quotes and prev is not None and prev.speaker and prev.rule == "reported_speech" \
            and not SPEECH.search(outside):
        # "However, he noted that the document lacks details. So, it provides for …, but «it does not say whose
        # the islands would be»": a quote in a sentence of narration goes on with the speaker the paragraph reports
        context = text[prev_span[0]:prev_span[1]] if prev_span else ""

        def topics_of(span: str) -> list[str]:
            return quote_topics(span, outside, context)

        continued = [_goes_on(prev, text, *strip_span(text, *q.inner), topics_of)
                     for q in long_quotes if _narrated_quote_of(art, s, e, q, qs, prev.speaker)]
        return [st for st in continued if st is not None]
    if speaker is None and not qs and prev is not None and prev.speaker and DIALOGUE_DASH.match(text, s) \
            and DASH_ATTRIBUTION.search(text, prev.start, s):
        # "— …, — заявила Захарова. — Это наша земля.": Russian direct speech set off by dashes goes on after its
        # attribution
        st = _goes_on(prev, text, *strip_span(text, DIALOGUE_DASH.match(text, s).end(), e),
                      lambda span: topics(span, text[prev.start:prev.end]))
        return [st] if st is not None else []
    split = None
    if speaker is None:  # «Курилы, — сказал Лавров, — …»: the attribution inside the marks
        speaker, split = _inner_attribution(art, qs) or (None, None)
        if speaker is None:
            return out
    name, entry = speaker
    if rule == "ja_implicit_subject" and prev is not None and prev.speaker == name:
        inherit = prev.peace_treaty
    # the same speaker quoted again in the paragraph ('"There are no deadlines for this work," he noted')
    goes_on = inherit or (prev is not None and prev.speaker == name and prev.peace_treaty)
    # …or the lead's speaker quoted in the paragraph after it: on the lead's subject only by following it, so one
    # remark with it (ingest's goes-on rule; a quote on the treaty by its own words is decided on its own)
    under_lead = not goes_on and prev is None and prev_span is not None and art.last_treaty_end == art.lead_end \
        and prev_span[0] < art.lead_end <= prev_span[1] and art.last_treaty_speaker == name \
        and not OTHER_SUBJECT.search(text[s:e])  # (not "On the Korean Peninsula, Galuzin said: '…'")
    context = text[prev_span[0]:prev_span[1]] if prev_span else ""

    if split is None and rule is None:
        split = _split_quote(text, qs, cjk)
    if split is not None:
        # "The southern Kurils," Lavrov said, "are Russian territory": one quote around its attribution
        a, b = strip_span(text, *split)
        span = text[a:b]
        found = quote_topics(span, outside, context)
        if (goes_on or under_lead) and not is_treaty(found) and continues_topic(span):
            found.append("continued" if goes_on else "under_lead")  # '"There are no timeframes," Peskov said, "…"'
            # below his lead on the treaty
        return [ExtractedStatement(name, span, a, b, True, is_treaty(found), _as_written(art, s, e, name), found,
                                   "split_quote")]

    dash = DIALOGUE_DASH.match(text, s) if not qs and verb is not None else None
    if dash is None and not qs and verb is not None:
        # "— Курилы были и будут российскими. Наша задача — …, — сказал Лимаренко.": the turn the dash opened at
        # the paragraph's start, over its sentences up to the attribution (none of them attributed before); each
        # sentence of it is a statement of its own, as it would be a sentence of its own in quotation marks
        p0 = text.rfind("\n", 0, s) + 1
        opened = DIALOGUE_DASH.match(text, p0) if p0 < s else None
        if opened is not None and not DASH_ATTRIBUTION.search(text, opened.end(), s) and not find_quotes(text, p0, s):
            dash = opened
    said = DASH_ATTRIBUTION.search(text, dash.end(), e) if dash else None
    if said is not None and verb.start() >= said.start():
        # "— Мы готовы к диалогу, — сказал Лавров.": the words between the dashes are what was said
        turn = []
        for start, end in ((dash.end(), s), (s, said.start())) if dash.end() < s else ((dash.end(), said.start()),):
            a, b = strip_span(text, start, end)
            span = text[a:b]
            found = quote_topics(span, text[said.start():e], context)
            if goes_on and not is_treaty(found) and continues_topic(span):
                found.append("continued")
            if b - a >= 2:
                turn.append(ExtractedStatement(name, span, a, b, True, is_treaty(found), _as_written(art, s, e, name),
                                               found, rule or "direct_quote"))
        if turn:
            return turn

    if long_quotes and (_quotes_stand_alone(text, s, e, long_quotes, cjk)):
        for q in long_quotes:
            a, b = strip_span(text, *q.inner)
            if b - a < 2:
                continue
            span = text[a:b]
            if rule == "heading_quote" and art.frame_end < 0:
                art.frame_end = q.start
            if entry is not None and _names_in_third_person(art, a, b, entry):
                continue  # "both President Putin and myself", put in Putin's mouth: the attribution is wrong
            said_by = _subordinate_speaker(art, s, q, qs) if cjk else None
            if said_by is not None:
                # "木原官房長官が北方領土を「…」と発言したことについて「…」と反発した": the first words are what the
                # reply is about, the subject of が's; the reply's speaker says only the second
                if said_by:
                    found = quote_topics(span, outside, context)
                    out.append(ExtractedStatement(said_by[0], span, a, b, True, is_treaty(found),
                                                  _as_written(art, s, e, said_by[0]), found, "subordinate_quote"))
                continue
            inner = inner_speaker(art, verb.end(), q.start, qs, name) if verb is not None and not cjk else None
            if inner is not None:
                # "She said Khoroshavin replied that the islands' future "is decided in Moscow"": his words, told
                found = quote_topics(span, outside, context)
                if not is_treaty(found) and _opens_lowercase(text, q) and \
                        is_treaty(topics(_lead_in(text, s, q, qs) + span)):
                    found.append("fragment")
                out.append(ExtractedStatement(inner[0], span, a, b, True, is_treaty(found),
                                              _as_written(art, s, e, inner[0]), found, "nested_quote"))
                continue
            found = quote_topics(span, outside, text[lead_span[0]:lead_span[1]] if lead_span else context)
            if (goes_on or under_lead) and not is_treaty(found) and continues_topic(span):
                found.append("continued" if goes_on else "under_lead")
            elif not is_treaty(found) and ((POINTS_BACK.match(span) or (len(span) <= 120 and WITHOUT_IT.search(span)))
                                           and _after_treaty(art, context, prev_span) or
                                           (BACK_FRAME.match(outside) or verdict_only(span))
                                           and _after_treaty_announcement(art, context, prev_span) or
                                           BACK_OBJECT.search(outside) and _after_treaty_news(art, context, prev_span) or
                                           (POINTS_BACK.match(span) or short_answer(span)) and treaty_frame(outside) or
                                           asked_about_treaty(outside)):
                # 'Russia quit the treaty talks. "This is unacceptable," Kishida said'; 'Asked about the peace
                # treaty, Peskov said: "This topic is not on the agenda now."'; "これについて岸田総理は「…」と抗議"
                found.append("continued")
            elif not is_treaty(found) and STEP_IN_QUOTE.search(span) and treaty_context(outside) and \
                    not OTHER_TALKS.search(span):
                found.append("continued")  # '"We consider this step unjustified," Kishida said of Russia's decision
                # to halt the peace treaty talks': the step is the one the attribution names
            elif not is_treaty(found) and short_answer(span) and text[s:q.start].rstrip().endswith(":") and \
                    treaty_context(text[s:q.start]):
                found.append("continued")  # 'Suga denies a report that Tokyo is weighing joint administration of the
                # islands: "There is no truth to it whatsoever."': the words before the colon say what it answers
            elif not is_treaty(found) and _opens_lowercase(text, q) and is_treaty(topics(_lead_in(text, s, q, qs) + span)):
                found.append("fragment")  # 'stressed that the islands "are part of Russia's territory"'
            elif not is_treaty(found) and out and out[-1].peace_treaty and not _opens_lowercase(text, q):
                found.append("continued")  # 「交渉は凍結されている」と述べた上で、「責任は日本側にある」と強調: one answer
            elif not is_treaty(found) and issue_named_earlier(span, art.earlier_sentences(), quoted=True):
                found.append("talks")  # '"You cannot sign a treaty with a country that sanctions you," Putin said'
            elif not is_treaty(found) and islands_named_earlier(span, art.earlier_sentences()):
                found += ["islands", "islands_settlement"]  # 'Russia "holds drills on its sovereign territory"' after
                # the drills on Iturup, as in reported speech
            elif not is_treaty(found) and TALKS.search(span) and not OTHER_TALKS.search(span + " " + outside) and \
                    _replies_to_treaty_words(art, prev_span, name):
                found.append("talks")  # 「この問題を解決することは…」と強調。安倍首相は「…交渉を前進させたい」と応じた
            elif not is_treaty(found) and TALKS.search(span) and not OTHER_TALKS.search(span + " " + outside) and \
                    not OTHER_DISPUTE.search(span) and _page_on_treaty(art, q.start):
                found.append("talks")  # 「北方領土問題を巡る主な発言を振り返る」, then under a date 「…交渉を精力的に進めていく」
            out.append(ExtractedStatement(name, span, a, b, True, is_treaty(found), _as_written(art, s, e, name),
                                          found, rule or "direct_quote"))
        return out

    if verb is not None and not qs and _says_nothing(art, s, e, verb):
        art.last_person = art.last_named = speaker  # … but "he said" below is still that speaker
        return out  # "Putin answered questions from journalists.", "Ueda told reporters after the meeting.": no words
    a, b = s, e
    if rule == "restates_previous" and prev_span:
        a = prev_span[0]
    told = _ja_told_before(art, s, e, qs, context) if cjk and rule in (None, "reported_speech") else None
    if told is not None:
        # 「ラブロフ外相が…「…」と述べたことについて、茂木外相は…「…」と反論した」: the words the sentence answers are
        # their own speaker's; the sentence's speaker says what follows
        out.append(told[0])
        a, context = told[1], told[0].quote  # (what it answers is its context: 「交渉を中断したのはロシア側だ」)
    if rule == "subordinate_speech" and art.subordinate_from >= s:
        # 「菅長官は、森元首相が…と述べたことに関連し、…と質問された」: the words from their subject to their verb
        a, b = art.subordinate_from, verb.end() + (text[verb.end():verb.end() + 1] in "たる")
    a, b = strip_span(text, a, b)
    a = strip_dateline(text, a, b)
    span = text[a:b]
    found = framed_topics(span, context)
    if inherit and not is_treaty(found) and continues_topic(span):
        found.append("continued")
    elif not is_treaty(found) and qs and TALKS.search(outside) and not OTHER_TALKS.search(span) and \
            _after_treaty(art, context, prev_span):
        # '"…," Zinoviev said, adding that Moscow would not return to the negotiations', after his treaty words
        found.append("talks")
    elif not is_treaty(found) and qs and qs[0].start == a and POINTS_BACK.match(text, qs[0].start + 1) and \
            treaty_context(context):
        found.append("continued")  # the sentence opens with the quote that points back: as in a quote alone
    elif not is_treaty(found) and (frame := PRONOUN_FRAME.match(span)) and POINTS_BACK.match(span, frame.end()) \
            and _after_treaty(art, context, prev_span):
        found.append("continued")  # "…under whose sovereignty the islands pass. По его мнению, это требует изучения"
    elif not is_treaty(found) and BACK_OBJECT.search(outside) and (
            _after_treaty_news(art, context, prev_span)
            or (art.title is not None and is_treaty(topics(art.title)) and not OTHER_TALKS.search(span))):
        # "Russia quit the treaty talks. Kishida called the move 'unjust'"; under "Russia halts peace treaty talks
        # with Japan", the move a reaction names a few paragraphs of the announcement later
        found.append("continued")
    elif not is_treaty(found) and AGREES_WITH.search(span) and _replies_to_treaty_words(art, prev_span, name):
        found.append("continued")  # «…», — сказал Путин. Японский премьер заявил, что согласен с российским коллегой
    elif not is_treaty(found) and issue_named_earlier(span, art.earlier_sentences()):
        found.append("talks")
    elif not is_treaty(found) and islands_named_earlier(span, art.earlier_sentences()):
        found += ["islands", "islands_settlement"]
    elif not is_treaty(found) and under_lead and qs and not OTHER_TALKS.search(span) and not OTHER_DISPUTE.search(span) \
            and not OTHER_PARTY.search(span) \
            and not ANOTHER_OCCASION.search(text, s, qs[0].start):
        # '"The ball is in Japan's court," Nozdrev, who …, said' below his lead on the treaty (not «В среду Лавров на
        # встрече со студентами добавил, что …»: another day, another audience)
        found.append("under_lead")
    elif not is_treaty(found) and THE_TALKS.search(span) and not OTHER_TALKS.search(span) and art.title and \
            is_treaty(topics(art.title)):
        found.append("talks")  # "had no intention of dropping the talks" under "… peace treaty …" in the title
    elif not is_treaty(found) and TALKS.search(span) and not OTHER_TALKS.search(span) and \
            not OTHER_DISPUTE.search(span) and _page_on_treaty(art, a):
        found.append("talks")  # "September 2023. Galuzin told TASS that a resumption of dialogue …" on a timeline
        # of the treaty talks
    inner = inner_speaker(art, verb.end(), qs[0].start, qs, name) if verb is not None and qs and not cjk else None
    if inner is not None:
        # 'She said Kozhemyako replied that the Kurils "will stay Russian"': the quoted words are his, as told
        name = inner[0]
    elif verb is not None and is_treaty(found) and reports_another(art, verb.end(), e, qs, name):
        found = ["nested"]  # "the ministry slammed the fact that Japanese officials said …": their words, not its
    direct = bool(qs) and sum(q.end - q.start for q in qs) >= 0.6 * (b - a)
    out.append(ExtractedStatement(name, span, a, b, direct, is_treaty(found), _as_written(art, s, e, name), found,
                                  rule or "reported_speech"))
    return out


def _ja_topic_between(art: Article, start: int, end: int, qs: list[Quote]) -> bool:
    """A person or an institution marked as the topic (は) between `start` and `end`, outside quotes."""
    return any(not inside_any(m.start, qs) and art.text.startswith("は", JA_TITLE_AFTER.match(art.text, m.end).end())
               for m in art.mentions_in(start, end))


def _ja_told_before(art: Article, s: int, e: int, qs: list[Quote], context: str):
    """(the statement, where the answer opens) for a Japanese sentence that answers words quoted in a clause before its
    own topic and verb of saying (「Aが「…」と述べたことについて、Bは…と反論した」), else None."""
    text = art.text
    for v in JA_SPEECH.finditer(text, s, e):
        if inside_any(v.start(), qs):
            continue
        clause = JA_SUBORDINATE_VERB.match(text, v.end(), e)
        main = next((w for w in JA_SPEECH.finditer(text, clause.end(), e) if not inside_any(w.start(), qs)), None) \
            if clause is not None else None
        if main is None or not _ja_topic_between(art, clause.end(), main.start(), qs):
            return None  # (「茂木外相は、…が…表明したことについて「…」と述べた」: one speaker's sentence, its topic first)
        said_by = ja_ga_subject(art, s, v.start(), qs)
        if said_by is None or art.subordinate_from < s:
            return None
        a, b = strip_span(text, art.subordinate_from, v.end() + (text[v.end():v.end() + 1] in "たる"))
        if not any(a <= q.start and q.end <= b for q in qs):
            return None  # (「外務省が…中断すると発表したことについて」: an announcement told as the reason, no words quoted)
        span, name = text[a:b], said_by[0]
        found = framed_topics(span, context)
        return (ExtractedStatement(name, span, a, b, True, is_treaty(found), _as_written(art, s, e, name), found,
                                   "subordinate_speech"), clause.end() + (text[clause.end():clause.end() + 1] == "、"))
    return None


# a day or an audience of its own before the words: another occasion than the lead's
ANOTHER_OCCASION = re.compile(r"(?<!\w)(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|at a meeting with"
                              r"|(?:в|во) (?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)"
                              r"|на встрече с)(?!\w)|[0-9０-９]+日(?:の|に|、)", re.IGNORECASE)


# a sentence of a turn opening by pointing back at the one before: "This is no easy task", «Это непростая задача»
# (Japanese has no word boundary: 「その責任」, 「事態を」)
TURN_POINTS_BACK = re.compile(r"\W*(?:(?:this|that|it|это|этот|эта|эти|такой|такая|такие)(?!\w)|それ|これ|この|その"
                              r"|(?:今回の)?事態)", re.IGNORECASE)


# the talks named as the ones the article is about: "the talks", "any treaty", «эти переговоры»
THE_TALKS = re.compile(r"\b(?:the|these|those|such|any) (?:talks|negotiations|dialogue|treaty|negotiating table)\b"
                       r"|(?<!\w)(?:эти|этих|такие|таких|любой|любого) (?:переговор\w*|диалог\w*|договор\w*)", re.IGNORECASE)


# the speaker named by a pronoun before the words: «По его мнению, …», "In her words, …", "According to him, …"
PRONOUN_FRAME = re.compile(r"\W*(?:по (?:его|её|ее|их) (?:мнению|словам)|in (?:his|her|their) (?:view|words|opinion)"
                           r"|according to (?:him|her|them))\s*,\s*", re.IGNORECASE)


# what a sentence says after "answered" / "ответил" when it only tells that questions were answered
ANSWER_VERB = re.compile(r"answered|replied|responded|ответил", re.IGNORECASE)
QUESTIONS_ONLY = re.compile(r"\s*(?:to\s+|на\s+)?(?:[\w'’.-]+\s+){0,3}(?:questions?|queries|вопрос\w*)"
                            r"(?:\s+(?:from|of|by|at|during|on|about|after|журналист\w*|СМИ|на|о|от|в)\b[^,;:—–]{0,100})?"
                            r"\s*[.!]?\s*$", re.IGNORECASE)
# "Kihara has responded to remarks by Putin on a peace treaty.": what was answered, not what was said
REMARKS_ONLY = re.compile(r"\s*(?:to|на)\s+(?:the\s+|эти\s+)?(?:[\w'’.-]+\s+){0,3}(?:remarks?|comments?|statements?|words"
                          r"|criticism|claims?|assertions?|заявлени\w*|слова|высказывани\w*|критик\w*)\b"
                          r"[^,;:\"“”«»]{0,120}?[.!]?\s*$", re.IGNORECASE)
# 「ラブロフ外相が平和条約について発言しました」: what was spoken about, nothing of what was said
JA_ABOUT_ONLY = re.compile(r"(?:について|に関して|をめぐって|をめぐり)[\s、]*$")
# "Lavrov commented on the peace treaty with Japan during his visit.": the subject commented on, no words of it
COMMENT_VERB = re.compile(r"commented|remarked", re.IGNORECASE)
ON_SUBJECT = re.compile(r"\s+on\s+[^,;:\"“”«»]{1,150}?[.!]?\s*$", re.IGNORECASE)


def _says_nothing(art: Article, s: int, e: int, verb: re.Match) -> bool:
    """The sentence tells that its speaker spoke, not what was said: questions or remarks answered, whom he told
    and when, what he spoke or commented on."""
    text, said = art.text, verb.group()
    return bool((ANSWER_VERB.match(said) and (QUESTIONS_ONLY.match(text, verb.end(), e)
                                              or REMARKS_ONLY.match(text, verb.end(), e)))
                or (SAY_TELL.match(said) and _nothing_said(text, s, verb, e))
                or (art.has_cjk and not said.startswith("と") and JA_ABOUT_ONLY.search(text, s, verb.start()))
                or (COMMENT_VERB.match(said) and _on_subject_only(text, verb.end(), e)))


def _on_subject_only(text: str, after: int, e: int) -> bool:
    """After "commented": "on" and its subject to the sentence's end, no clause of words ("on reports that …")."""
    m = ON_SUBJECT.match(text, after, e)
    return bool(m) and not FINITE.search(m.group())


# "X told reporters after the meeting." / "X said on Monday.": whom, when, where, and nothing said (the words were
# in the sentence before, which the splitter cut off, or are not in the text at all)
SAY_TELL = re.compile(r"(?:said|says|told|tells)$", re.IGNORECASE)
NOTHING_SAID = re.compile(r"(?:\s+(?:reporters|journalists|the (?:media|press|parliament|diet)|a (?:news|press) conference"
                          r"|lawmakers))?(?:\s+(?:after|at|in|on|during|before|following)\s[^,;:\"“”«»]{1,80})?"
                          r"\s*[.!:]?\s*$", re.IGNORECASE)
FINITE = re.compile(r"(?<!\w)(?:that|is|are|was|were|will|would|has|have|had|can|could|must|should|may|might|did|does"
                    r"|do|not)(?!\w)", re.IGNORECASE)


def _goes_on(prev: ExtractedStatement, text: str, a: int, b: int, topics_of) -> ExtractedStatement | None:
    """The words text[a:b] as `prev`'s speaker going on (`continued_quote`): their own topics (`topics_of`), or
    the treaty of `prev` when they point back or speak of talks; None for a span too short to be words."""
    if b - a < 2:
        return None
    span = text[a:b]
    found = topics_of(span)
    if prev.peace_treaty and not is_treaty(found) and continues_topic(span):
        found.append("continued")
    return ExtractedStatement(prev.speaker, span, a, b, True, is_treaty(found), prev.speaker_as_written, found,
                              "continued_quote")


def _nothing_said(text: str, s: int, verb: re.Match, e: int) -> bool:
    """The sentence opens with its speaker and ends with whom, when or where: no words of the speaker in it."""
    before, after = text[s:verb.start()], text[verb.end():e]
    return "," not in before and len(before.split()) <= 6 and not FINITE.search(after) \
        and bool(NOTHING_SAID.match(after))


SPLIT_ATTRIBUTION = re.compile(r"^[,，]?\s*(?:[\w.\-’']+\s+){1,6}?(?:said|says|added|told \w+|stressed|noted|continued|went on)"
                               r"(?:\s+(?:[\w.\-’']+\s*){0,6})?[,:，]\s*$|^[,，]?\s*[—–-]+\s*\w+(?:\s+\w+){0,4}[,.]?\s*[—–-]*\s*$",
                               re.IGNORECASE)
# (the name may be followed by an aside: «…, — сказал Медведев, общаясь с жителями поселка. — …»)
INNER_ATTRIBUTION = re.compile(r"[,.]?\s*(?:[—–]|(?<=\s)-)\s*(?:" + RU_VERBS + r")\s+(?P<who>[^,—–«»]{2,60}?)"
                               r"(?:,[^—–«»\n]{2,120}?)?[,.]?\s*(?:[—–]|-(?=\s))\s*")


def _inner_attribution(art: Article, qs: list[Quote]):
    """Russian puts the attribution inside the quote: «Курилы, — сказал Лавров, — российская территория».
    (speaker, (start, end) of the quote's inner text) or None."""
    for q in qs:
        m = INNER_ATTRIBUTION.search(art.text, q.start + 1, q.end - 1)
        if not m:
            continue
        # (the speaker is the verb's subject, not one its aside names: «— сказал посол, комментируя выступление
        # Исибы, —»)
        for mention in art.mentions_in(m.start(), m.end("who")):
            r = art.resolve(mention)
            if r:
                return r, (q.start + 1, q.end - 1)
        # «…, — написал политик. — …»: a noun for the one named before
        r = pronoun_speaker(art, m.start(), m.end("who"), [])
        if r:
            return r, (q.start + 1, q.end - 1)
    return None


def _split_quote(text: str, qs: list[Quote], cjk: bool):
    """(start, end) of a quote the attribution splits in two ("…," Lavrov said, "…"), spanning both halves
    and the attribution between them, or None. The first half ends without a full stop: one sentence."""
    if len(qs) != 2 or cjk:
        return None
    q1, q2 = qs
    first = text[q1.start + 1:q1.end - 1].rstrip()
    if not first or first.endswith((".", "!", "?")) or not SPLIT_ATTRIBUTION.match(text[q1.end:q2.start]):
        return None
    if len(text[q1.start:q2.end].split()) < MIN_QUOTE_WORDS + 3:
        return None
    second = text[q2.start + 1:q2.end - 1].strip()
    if len(second.split()) <= 3 and all(w[:1].isupper() for w in second.split()) and not second.endswith(
            (".", "!", "?", ",")):
        return None  # "«…», — приводит слова Мотэги газета «Асахи»": the paper's name, not the quote going on
    return q1.start + 1, q2.end - 1


OPENING_MARKS = "«“„\""


# "Песков: диалог … невозможен", "Lavrov: Japan must …": a name and a colon opening a headline
HEADLINE_LABEL = re.compile(r"[^\n:：]{2,40}[:：]\s")


HEADLINE_JUNK = 40  # characters an aggregator adds around the title it repeats (an id, a section, a date)


def _is_headline(art: Article, para: str, first: bool, transcript: bool) -> bool:
    """The headline at the top of the text: the title itself, the title less the site's suffix ("… - TASS"),
    or, opening a text that is no transcript, a line "Peskov: dialogue … impossible now" with no full stop (a
    headline's label, not a speaker's turn)."""
    line, title = para.strip(), art.title
    if title and (line == title or (len(line) >= 20 and title.startswith(line))):
        return True  # (a first paragraph that goes on after the title's words is the lead, not the headline)
    lines = line.splitlines()
    if title and len(title) >= 20 and title in lines[0] and len(lines[0]) - len(title) <= HEADLINE_JUNK and \
            not any(ENDS_SENTENCE.search(x) for x in lines):
        return True  # an aggregator's "5512093347 Ishiba vows …" over "Posted by admin | Nov 30, 2024 | World"
    return first and not transcript and "\n" not in line and len(line) <= 160 and not ENDS_SENTENCE.search(line) \
        and HEADLINE_LABEL.match(line) is not None


def _headline_quotes(art: Article, p_start: int, p_end: int) -> list[ExtractedStatement]:
    quotes = find_quotes(art.text, p_start, p_end)
    if not quotes:
        return []
    text, out = art.text, []
    cjk = art.language == "ja" or (art.has_cjk and is_cjk(text[p_start:p_end]))
    speaker = attribution_of(art, p_start, p_end, quotes, outside_quotes(text, p_start, p_end, quotes))[0]
    if speaker is None and cjk:
        speaker = _name_before_quote(art, p_start, quotes[0])
    if speaker is None:
        return []
    body = _norm(text[p_end:])
    for q in quotes:
        a, b = strip_span(text, *q.inner)
        if not _long_quote(text, q, cjk) or _norm(text[a:b]) in body:
            continue
        found = topics(text[a:b], text[p_start:p_end])
        out.append(ExtractedStatement(speaker[0], text[a:b], a, b, True, is_treaty(found),
                                      _as_written(art, p_start, p_end, speaker[0]), found, "headline_quote"))
    return out


# a quote that opens by pointing at what the sentence before told ("This is unacceptable"); not "it", "we", "there"
POINTS_BACK = re.compile(r"\W*(?:this|that|these|those|such|это|эта|этот|эту|эти|такое|такой|такая|такие"
                         r"|これ|それ|この|その)(?!\w)",
                         re.IGNORECASE)


# a list item's mark: «▪️ «…»», "• …"
BULLET = re.compile(r"\s*[▪•·●◦‣■□▶►◆◇]\ufe0f?\s")
# the introduction's line on the interview itself: «… Василий Соломко рассказал Sakhalin.info», «… ответил на
# вопросы "Ъ"», "… told Kommersant in an interview"
INTERVIEW_INTRO = re.compile(r"(?<!\w)(?:ответил\w* на вопрос|рассказал\w*|в интервью|интервью|told|in an interview"
                             r"|answered (?:\w+ )?questions|spoke to|インタビュー)", re.IGNORECASE)


def _intro_interviewee(art: Article, found: list[ExtractedStatement]):
    """Who answers in a dash interview, by the introduction's line on the interview (its speaker, registered or not:
    a district head, an ambassador), rather than the first registered name the introduction mentions."""
    intro = [st for st in found if INTERVIEW_INTRO.search(st.quote)]
    if not intro:
        return None
    name = intro[-1].speaker
    return name, art.reg.by_name.get(name.lower())


def _page_on_treaty(art: Article, at: int) -> bool:
    """A key-quotes page or a timeline whose title and lead, before its first quote under a heading or its first
    dated line, speak of the treaty or the islands: the talks its items at `at` speak of are the treaty talks."""
    end = art.frame_end if art.frame_end >= 0 else art.timeline_start
    return 0 <= end <= at and treaty_context(art.text[:end])


def _after_treaty(art: Article, context: str, prev_span) -> bool:
    """The sentence before is about the treaty: by its words, or by the treaty statement it held (whose words
    may not name the treaty: "議論することは不可能だ" after the sentence that did). What answers it answers that."""
    return treaty_context(context) or _held_treaty_words(art, prev_span)


def _held_treaty_words(art: Article, span) -> bool:
    """The sentence `span` held the last treaty statement found."""
    return span is not None and span[0] < art.last_treaty_end <= span[1]


def _after_treaty_news(art: Article, context: str, prev_span) -> bool:
    """`_after_treaty`, or a treaty statement among the last sentences read: "the decision" a reaction names may
    have been told a paragraph of background earlier ("Russia quit the talks. … The islands were seized in 1945.
    Kishida called the decision 'unjust'")."""
    return _after_treaty(art, context, prev_span) or any(_held_treaty_words(art, span) for span in art.earlier)


# agreeing with the one who spoke before: "said he agreed with his Russian counterpart", «согласен с коллегой»
AGREES_WITH = re.compile(r"\bagree[sd]? with\b|(?<!\w)(?:согла(?:сен|сна|сны|шается|сился|силась) с)(?!\w)|に同意|と同じ考え",
                         re.IGNORECASE)


def _replies_to_treaty_words(art: Article, prev_span, name: str) -> bool:
    """The sentence before held another speaker's treaty statement: the talks a reply speaks of are those."""
    return _held_treaty_words(art, prev_span) and art.last_treaty_speaker not in ("", name)


def _after_treaty_announcement(art: Article, context: str, prev_span) -> bool:
    """`_after_treaty`, or the sentence before goes on with the treaty statement's speaker ("ロシア外務省は…平和条約
    交渉を中断すると発表した。また声明では、ビザなし交流も停止するとしています。これについて林外務大臣は「…」と抗議"):
    what answers it answers the whole announcement."""
    return _after_treaty(art, context, prev_span) or (
        prev_span is not None and art.spoken_in == prev_span and art.last_speaker is not None
        and art.last_speaker[0] == art.last_treaty_speaker and _after_treaty_news(art, context, prev_span))


# a sentence that opens by answering the one before: "In response, …", "Комментируя это, …", "これについて…"
BACK_FRAME = re.compile(r"\W*(?:(?:in response(?! to\b)|(?:in response to|responding to|reacting to|commenting on) (?:this|that|it"
                        r"|these|the (?:move|decision|announcement|step|statement)))\W|(?:комментируя|отвечая на|в ответ на) (?:это|эт\w+ (?:решени|шаг|заявлени)\w*)"
                        r"|これ(?:について|に対し|を受け)|この(?:件|決定|発表|措置|動き)(?:について|に対し|を受け))", re.IGNORECASE)
def _ja_intro_subject(art: Article, span: tuple[int, int]):
    """The subject は marks in 「ロシア外務省は声明で、次のように主張した。」 (no と before its verb: the quote follows)."""
    if not JA_AS_FOLLOWS.search(art.text, span[0], span[1]):
        return None
    for m in art.mentions_in(span[0], span[1]):
        if JA_MARKED.match(art.text, JA_TITLE_AFTER.match(art.text, m.end).end()):
            return art.resolve(m)  # the name (and its title) that は / が marks
    return None


# a sentence that says a text was published, the text quoted below it: "The governor published the address on his
# Telegram channel.", "The ministry posted the statement on its website."
PUBLISHED_TEXT = re.compile(r"\b(?:published|posted|issued|released|shared)\s+(?:the|an|a|his|her|its|this)\s+"
                            r"(?:\w+\s+)?(?:address|statement|message|post|comment|letter|appeal|text)\b")


def _publisher(art: Article, span: tuple[int, int], quotes: list[Quote]):
    """Who a PUBLISHED_TEXT sentence says published the text: the person it names, else its title or pronoun."""
    for m in art.mentions_in(span[0], span[1]):
        r = art.resolve(m)
        if r is not None:
            return r
    return pronoun_speaker(art, span[0], span[1], [q for q in quotes if span[0] <= q.start < span[1]])


# 「…は次のように述べた。」: the sentence announces the quote after it, as a colon does
JA_AS_FOLLOWS = re.compile(r"(?:次の|以下の)ように(?:述べ|主張し|語っ|強調し|指摘し|説明し|発表し|表明し|書き込ん|投稿し)"
                           r"(?:た|ました|ている|ています)。\s*$")
# a quote's words for the step it judges ("this step", «такой шаг», この決定): named in its attribution
STEP_IN_QUOTE = re.compile(r"\b(?:this|that|such an?|such) (?:step|move|decision|measure)\b|(?<!\w)(?:такой|этот|данный) шаг"
                           r"|(?<!\w)(?:такое|это|данное) решение|(?:この|こうした|今回の)(?:決定|措置|対応)", re.IGNORECASE)
# what the sentence reacts to, named as the news before it: "called the move …", "назвал решение России …",
# "ロシアの決定について" (not "the decision of the G7", which names its own subject)
BACK_OBJECT = re.compile(r"(?<!\w)(?:(?:the|this|that|such a|moscow['’]s|russia['’]s|tokyo['’]s|japan['’]s) "
                         r"(?:(?:russian|japanese|latest|recent|unilateral|kremlin['’]s) )?(?:move|decision|step"
                         r"|announcement)(?!\s+(?:of|to|on|by|about|in|at)\b)|(?:это|такое|данное) (?:решение|шаг)"
                         r"|решени\w+ (?:России|Москвы|Токио|Японии|российской стороны)(?!\s+(?:о|по|в)\b)"
                         r"|(?:この|その|ロシアの|ロシア側の|日本の|日本側の)(?:決定|対応|措置|発表))", re.IGNORECASE)
JA_TITLE_BEFORE_QUOTE = re.compile(r"[\u4e00-\u9fff]{0,5}\s*")


def _name_before_quote(art: Article, p_start: int, q: Quote):
    """A Japanese headline names its speaker and the quote, no verb: "ラブロフ外相「交渉は不可能」"."""
    for m in reversed(art.mentions_in(p_start, q.start)):
        if JA_TITLE_BEFORE_QUOTE.fullmatch(art.text, m.end, q.start):
            return art.resolve(m)
        break
    return None


def _open_quote(text: str, p_start: int, p_end: int, quotes: list[Quote]):
    """(start, end) of a paragraph that opens a quotation and never closes it: a quote that runs on into the
    next paragraph (the convention in English and Russian) or that the page cut off; else None."""
    para = text[p_start:p_end]
    lead = len(para) - len(para.lstrip())
    at = p_start + lead
    if at >= p_end or text[at] not in OPENING_MARKS or any(q.start == at for q in quotes):
        return None
    inner = text[at + 1:p_end]
    if any(c in inner for c in "»”") or inner.count('"') % 2 == 1 or len(inner.split()) < MIN_QUOTE_WORDS:
        return None  # a closing mark further on: an ordinary quote the sentence splitter will meet
    return at + 1, p_end


def _open_quote_statement(art: Article, span: tuple[int, int], spans, here: tuple[int, int], prev_span):
    """The open quote's speaker: the attribution of the next paragraph when it goes on with the quote, else the
    speaker last named."""
    speaker = None
    following = [p for p in spans if p[0] >= here[1]]
    if following:
        n_start, n_end = following[0]
        nq = find_quotes(art.text, n_start, n_end)
        sentences = split_sentences(art.text, nq, n_start, n_end)
        if sentences and art.text[n_start:n_end].lstrip()[:1] in OPENING_MARKS:
            s, e = sentences[0]
            qs = [q for q in nq if s <= q.start and q.end <= e]
            speaker = attribution_of(art, s, e, qs, outside_quotes(art.text, s, e, qs))[0]
        else:  # «…\n\n…», — сказал Лавров: Russian opens the quote once; the closing mark and attribution come later
            speaker = _attribution_after_close(art, n_start, n_end, sentences)
    speaker = speaker or art.last_person
    if speaker is None:
        return None
    a, b = strip_span(art.text, *span)
    if b - a < 2:
        return None
    name = speaker[0]
    context = (art.text[prev_span[0]:prev_span[1]] if prev_span else "") + "\n" + art.title
    found = topics(art.text[a:b], context)
    return ExtractedStatement(name, art.text[a:b], a, b, True, is_treaty(found), name, found, "open_quote")


CLOSING_OR_OPENING = re.compile(r"[»”«“„]")


def _attribution_after_close(art: Article, start: int, end: int, sentences: list[tuple[int, int]]):
    """The speaker named after the mark that closes a quote opened in an earlier paragraph ("…войны», — сказал
    Лавров."), up to the end of the paragraph's sentence holding that mark, when the mark comes before any new
    opening one; else None."""
    mark = CLOSING_OR_OPENING.search(art.text, start, end)
    if mark is None or mark.group() not in "»”":
        return None
    after = mark.end()
    tail_end = next((e for _s, e in sentences if e >= after), end)
    return attribution_of(art, after, tail_end, [], art.text[after:tail_end])[0]


def _labelled_statements(art: Article, label: Turn, s: int, e: int, prev_span, asked: str = "",
                         answering: str = ""):
    """A sentence of a speaker's turn. Its context is the sentence before and the question it answers: "It was
    not us who broke off the dialogue", answering "Is Russia ready to return to the peace treaty?", speaks of
    the treaty talks. `answering`: the question, when this sentence opens the answer to it: "We regard this
    annual campaign as an unfriendly step", answering a question on "Northern Territories Day", is on what the
    question named."""
    name, entry = label.speaker
    a, b = strip_span(art.text, max(s, label.body_start), e)
    if b - a < 10:
        return []
    span = art.text[a:b]
    if COURTESY.fullmatch(span):
        return []  # 「お答え申し上げます。」, 「以上でございます。」: the answer's frame, no words on anything
    if TOPIC_HEADER.fullmatch(span):
        return []  # «По мирному договору.», "As for the peace treaty:": the subject the answer turns to, no words on it
    if DOCUMENT_SAYS.search(span):
        return []  # "As in previous years, the document states that the islands are …": the paper's words, told
    if label.member and ASKS.search(span):
        return []  # a member's turn asks the government: 「知事はどう認識しているのか。」, 「明確な答弁を求めます。」
    if JA_SOMEONE_SAID.search(span):
        return []  # 「あるロシアの外交官は「…」と漏らした」 in a contributor's piece: a nameless man's words, not his
    other = _reported_in_turn(art, a, b, name)
    if other is not None:
        name = other  # «Министр обороны Японии Н.Киси, представляя доклад, заявил, что …» in her turn: his words
    found = topics(span, (art.text[prev_span[0]:prev_span[1]] if prev_span else "") + "\n" + asked)
    if answering and not is_treaty(found) and (ANSWER_POINTS_BACK.search(span) or BACK_OBJECT.search(span)) \
            and is_treaty(topics(answering)):
        found.append("answer")  # on the treaty as the question was: a remark of its own, not the last one's going on
    return [ExtractedStatement(name, span, a, b, False, is_treaty(found), name, found, "transcript")]


def _reported_in_turn(art: Article, a: int, b: int, turn_speaker: str) -> str | None:
    """A sentence of a turn that reports another registered person's words ("Defence Minister Kishi, presenting the
    report, said that …", in the spokeswoman's turn): that person, not the turn's speaker."""
    verb = REPORTED_VERB.search(art.text, a, b)
    if verb is None or FIRST_PERSON.search(art.text, a, verb.start()):
        return None  # ("At the EAS, where the Russian minister was present, I stated that …": his own words)
    qs = find_quotes(art.text, a, b)
    speaker = attribution_of(art, a, b, qs, outside_quotes(art.text, a, b, qs))[0]
    if speaker is None or speaker[1] is None or speaker[1].kind != "person" or speaker[0] == turn_speaker:
        return None
    return speaker[0]


REPORTED_VERB = re.compile(r"(?<!\w)(?:заявил|сказал|said|stated|told|declared)\w*"
                           # (a Japanese verb follows a word letter: 「…を目指すと語ったことがある」)
                           r"|と(?:述べ|語っ|強調し|主張し|指摘し|表明し|明らかにし|持ちかけ|繰り返し)", re.IGNORECASE)


# a nameless someone as the subject of words a turn tells: 「あるロシアの外交官は」, 「某政府高官が」
JA_SOMEONE_SAID = re.compile(r"(?:ある|某|一人の)[^、。「」]{0,12}?(?:外交官|高官|関係者|幹部|当局者|政治家|議員|官僚)(?:は|が|も)"
                             r"[^。]*「")
# an answer's courtesy frame in the minutes (「お答えいたします。」, 「…議員の御質問にお答えいたします。」)
COURTESY = re.compile(r"(?:お答え(?:いたします|申し上げます)|(?:御質問|ご質問)にお答えいたします|ありがとうございます|以上で(?:ござい)?ます"
                      r"|[^。]{0,12}(?:議員|委員)(?:の(?:御|ご)質問)?にお答え(?:いたします|申し上げます))。?")
# a turn's sentence telling what a document says (the words it answers, not its own)
DOCUMENT_SAYS = re.compile(r"\b(?:the|this|that) (?:document|paper|white paper|report|bluebook|textbook|resolution)s? "
                           r"(?:again |once again |also )?(?:states?|says?|claims?|describes?|calls?|asserts?|refers? to)\b"
                           r"|(?<!\w)в (?:этом |данном )?документе (?:вновь |снова )?(?:говорится|утверждается|указывается)"
                           # the paper's claim a spokeswoman recounts: «В частности, утверждается, что …»
                           r"|^\W*(?:(?:в частности|кроме того|также|при этом)\W+)?(?:утверждается|говорится|указывается)\b"
                           # a survey's figures cited in a turn: "According to the Cabinet Office survey …, 38.6 percent …"
                           r"|^\W*according to (?:the |a |an |this |that )?(?:[\w-]+ ){0,5}?(?:survey|poll|opinion poll)s?\b"
                           r"|(?:同|この)?(?:文書|白書|青書|報告書|決議)(?:は|では)[^。]{0,60}?(?:と(?:している|した|記述|明記)|としており)",
                           re.IGNORECASE)
# a transcript's paragraph wholly in brackets: the record's own note between turns
EDITORS_NOTE = re.compile(r"[(（\[][^()（）\[\]]*[)）\]]")
# a turn's short opening naming the subject it turns to, with no verb
TOPIC_HEADER = re.compile(r"(?:по|о|об|что касается|теперь о|as for|as to|on|regarding|concerning|now,? on)\s+"
                          r"(?:[^\s.,;:!?]+\s+){0,3}[^\s.,;:!?]+\s*[.:]", re.IGNORECASE)
# a Japanese sentence that ends by saying its subject was asked (「…について見解を問われた。」, 「…と質問された」)
JA_ASKED_ABOUT = re.compile(r"(?:見解|考え|認識|受け止め|感想|所感|対応)を(?:問われ|聞かれ|求められ)(?:た|ました)[。．]?\s*$"
                            r"|(?:について|に関して|と)(?:問われ|聞かれ|質問され)(?:た|ました)[。．]?\s*$")
SEPARATOR = re.compile(r"(?:\*\s*){3}|(?:[-—–_=]\s*){3,}")
HEADED_STATEMENT = re.compile(r"(.{2,30}?)の(?:コメント|談話|声明)")


def _headed_statement(art, para: str):
    """A short line naming whose statement follows (「在日ロシア連邦大使館のコメント」): that person or institution."""
    m = HEADED_STATEMENT.fullmatch(para.strip())
    entry = art.reg.lookup(m.group(1)) if m else None
    return (entry.name, entry) if entry is not None else None


# the end of a signed piece: its author box or the paper's disclaimer
AUTHOR_NOTE = re.compile(r"(?:The (?:author|writer) is|(?:The )?(?:views|opinions) expressed|[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,2}"
                         r" is (?:the |a )?(?:former )?(?:Ambassador|Minister|Governor|Mayor|Foreign Minister|Prime Minister"
                         r"|Deputy|Chairman|President|Spokes))")
STATEMENT_END = re.compile(r"[（(]?以上[）)]?|\(?(?:end|the end)\)?|\(?конец\)?", re.IGNORECASE)
RECORD_NOTE = re.compile(r"\W*(?:примечани[ея](?: переводчика| редакции)?|translator['’]s note|editor['’]s note|note:"
                         r"|справка[.:]|для справки|reference:|background:|（参考）|\(参考\)|【参考】"
                         r"|неофициальный перевод|provisional translation|unofficial translation|仮訳|（?注）|※)",
                         re.IGNORECASE)


FIRST_PERSON = re.compile(r"(?<!\w)(?:I|we|my|our|us|я|мы|мной|нами|нас|нам|мне|меня|наш\w*|мо[йяеи]\w*)(?!\w)",
                          re.IGNORECASE)


def _tells_background_words(art: Article, span: tuple[int, int], quotes: list[Quote]) -> bool:
    """The sentence tells, outside quotes, of words said as background: by nobody in particular, habitually, on a
    date recalled («В Москве неоднократно заявляли, что …», «В марте 2022 года МИД объявил …»)."""
    s, e = span
    qs = [q for q in quotes if s <= q.start and q.end <= e]
    outside = outside_quotes(art.text, s, e, qs)
    if not SPEECH.search(outside):
        return False
    if FIRST_PERSON.search(outside):
        return False  # «Также мы договорились, что …», "As I have said many times": the speaker's own
    return attribution_of(art, s, e, qs, outside)[0] is None


# a wire's standard paragraph on the dispute: the islands seized in 1945, what Japan calls them, no treaty since
WIRE_BACKGROUND = re.compile(r"\b(?:(?:seized|occupied|taken) by (?:the )?Soviet|Soviet (?:troops|forces|army)|(?:which|what) (?:Japan|"
                             r"Tokyo|Russia|Moscow) calls|known in (?:Japan|Russia) as|(?:have|has) (?:never|not|yet to) (?:signed|"
                             r"concluded) a (?:formal |postwar |post-war )?peace treaty|prevented the two (?:countries|nations|sides)"
                             r"|(?:since|in|of) (?:the end of )?(?:World War II|WWII|the Second World War|1945))\b", re.IGNORECASE)
FIRST_PERSON_WORDS = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|us|[Mm]y|me)\b")  # (not "the US")


def _wire_background(para: str) -> bool:
    """A paragraph in the third person, without quotes, that tells the dispute's standing background."""
    return bool(WIRE_BACKGROUND.search(para)) and not FIRST_PERSON_WORDS.search(para) and not QUOTE_MARKS.search(para)


def _block_after_dense_turns(text: str, spans: list[tuple[int, int]], i: int) -> bool:
    """A paragraph after a blank line, where the paragraphs before it followed one another line by line (「プーチン氏
    …」 / 「チャン氏　…」 turns): a new block of the page, which a turn set that way does not run into."""
    if i < 2:
        return False
    return "\n\n" in text[spans[i - 1][1]:spans[i][0]] and "\n\n" not in text[spans[i - 2][1]:spans[i - 1][0]]


def _repeats_title(art: Article, para: str) -> bool:
    """The paragraph is the page's title again, or begins with it (a speech's heading with its date after)."""
    title = (art.title or "").strip()
    return len(title) >= 20 and para.strip().startswith(title[:max(20, len(title) * 2 // 3)])


# a sentence of a member's turn in the minutes that asks (「…のか。」, 「伺います」, 「答弁を求めます」)
ASKS = re.compile(r"[?？][」』]?\s*$|(?:のか|ですか|ますか|でしょうか|か)。?\s*$|(?:伺い|お尋ねし|お聞きし|質問し)(?:ます|たい)"
                  r"|答弁を求め")


# what an answer's first sentence points back to the question with ("this campaign", «эту кампанию», この問題)
ANSWER_POINTS_BACK = re.compile(r"(?<!\w)(?:this|that|these|those|such|it|эт\w+|так\w+|данн\w+)(?!\w)|この|その|こうした"
                                r"|今回の|今般の|本件",
                                re.IGNORECASE)


# Russian direct speech set off by dashes: a sentence opening with one, after "…, — сказал X."
DIALOGUE_DASH = re.compile(r"\s*[—–]\s+")
DASH_ATTRIBUTION = re.compile(rf",?\s+[—–]\s+(?:{RU_VERBS})(?!\w)")


# what follows words said in Japanese: と(述べた), との, など, って, the sentence's or paragraph's end, the next quote
JA_SAID_AFTER = re.compile(r"[ \t\u3000]*(?:と|など|って|。|．|[、,]?\s*[「『]|\r?\n|$)")


def _subordinate_speaker(art: Article, s: int, q: Quote, qs: list[Quote]):
    """For a Japanese quote said in a subordinate clause (「…」と発言したことについて, 「…」と述べたのに対し: the verb
    attribution_of passes over for the sentence's own), its speaker (the person marked by が before it in the
    sentence), False when nobody is so marked; None when the quote is the sentence's own."""
    said = _ja_said_at(art.text, q)
    if said is None or not JA_SUBORDINATE_VERB.match(art.text, said.end()):
        return None
    for m in reversed(art.mentions_in(s, q.start)):
        if inside_any(m.start, qs):
            continue
        if ga_marked(art.text, m.end):
            r = art.resolve(m)  # (「リマレンコ知事が「…」と発言したことに対し」: a governor's title too)
            return r or False
    return False


def _ja_said_at(text: str, q: Quote):
    """The Japanese verb of saying right after a quote (「…」と述べた; 「…」などと主張した: "and such", the words cited
    as an example of what was said), or None."""
    return JA_SPEECH.match(text, q.end + (2 if text.startswith("など", q.end) else 0))


def _ja_name(text: str, q: Quote) -> bool:
    """「北方領土返還要求全国大会」に出席し: brackets round a name or a term, not words said."""
    return text[q.start] in "「『" and not JA_SAID_AFTER.match(text, q.end)


def _long_quote(text: str, q: Quote, cjk: bool) -> bool:
    inner = text[q.start + 1:q.end - 1]
    if cjk and is_cjk(inner):
        return len(inner) >= MIN_QUOTE_CHARS_CJK
    return len(inner.split()) >= MIN_QUOTE_WORDS


def _quotes_stand_alone(text: str, s: int, e: int, qs: list[Quote], cjk: bool) -> bool:
    """Quotes are the statement when they carry most of the sentence (the rest is attribution)."""
    quoted = sum(q.end - q.start for q in qs)
    if quoted >= 0.55 * (e - s):
        return True
    if cjk and all(_ja_said_at(text, q) for q in qs) and (
            any(is_treaty(topics(text[q.start + 1:q.end - 1])) for q in qs)
            or not topics(outside_quotes(text, s, e, qs))):
        # 「…」と述べた: the quote is what was said, whatever else the sentence tells; unless the quote needs the
        # subject the sentence names to be on the treaty ("北方領土について「ロシアの領土だ」", "平和条約交渉を
        # 中断することを受け、「極めて不当だ」として抗議")
        return True
    first = qs[0]
    lead = text[s:first.start].rstrip()
    if not lead and not cjk:  # '"…," Zakharova said late on Tuesday, responding to Tokyo.': the rest attributes it
        # (not '…," Peskov said, stressing that …': words of his own follow)
        after = ATTRIBUTION_AFTER.match(text, first.end, e)
        return after is not None and not SPEECH.search(text, after.end(), e) \
            and not SAYING_AFTER.search(text, after.end(), e)
    if not cjk and _opens_lowercase(text, first):
        return False  # 'said the declaration, under which …, "is no longer what it was"': the quote ends his sentence
    return not cjk and (lead.endswith((":", ",")) or lead.endswith(("said", "stated", "заявил", "сказал")))


def _lead_in(text: str, s: int, q: Quote, qs: list[Quote]) -> str:
    """The words a quote fragment continues: from the verb of saying (or the quote) before it to its opening mark
    ("stressed that the islands" → "the islands ")."""
    start = max([s] + [p.end for p in qs if p.end <= q.start])
    said = [v.end() for v in SPEECH.finditer(text, start, q.start)]
    return text[said[-1] if said else start:q.start].lstrip(" ,") + " "


def _opens_lowercase(text: str, q: Quote) -> bool:
    inner = text[q.start + 1:q.end - 1].lstrip(" .…")
    return bool(inner) and inner[0].islower()


SAYING_AFTER = re.compile(r"(?<!\w)(?:stressing|noting|insisting|arguing|warning|emphasi[sz]ing|pointing out|underlining|"
                          r"recalling|explaining|claiming|asserting|suggesting|urging|calling (?:on|for)|describing)(?!\w)",
                          re.IGNORECASE)
# a quote opening its sentence and closed by a comma, then its speaker and verb in the next few words
ATTRIBUTION_AFTER = re.compile(r"(?:(?<=,[\"”»])|\s*,)\s*(?:[—–-]\s*)?(?:[\w.\-’']+\s+){0,5}?"
                               rf"(?:{EN_VERBS}|{RU_VERBS})(?![\w-])")


def _is_quote_only(text: str, s: int, e: int, qs: list[Quote]) -> bool:
    rest = outside_quotes(text, s, e, qs)
    return len(re.sub(r"[\W_]+", "", rest)) <= 3


def _has_own_content(text: str, s: int, e: int, quotes: list[Quote]) -> bool:
    qs = [q for q in quotes if s <= q.start and q.end <= e]
    return not _is_quote_only(text, s, e, qs) if qs else True


def _as_written(art: Article, s: int, e: int, name: str) -> str:
    for m in art.mentions_in(s, e):
        if m.entry is not None and m.entry.name == name:
            return m.surface
        if m.kind == "unknown" and m.surface == name:
            return m.surface
    for m in art.mentions_in(s, e):  # a title ("the Japanese Prime Minister", "大統領報道官") resolved to `name`
        if m.kind == "office":
            r = art.resolve(m)
            if r and r[0] == name:
                return m.surface
    return name


def _norm(span: str) -> str:
    return re.sub(r"\W+", " ", span).strip().lower()
