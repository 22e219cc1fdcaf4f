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

import bisect
import re
from functools import lru_cache

from treatywatch.alternation import factored
from treatywatch.statements import ExtractedStatement
from treatywatch.statements.quotes import Quote, find_quotes, paragraphs, split_sentences
from treatywatch.statements.novelty import normalise, quoted_phrases
from treatywatch.statements.speakers import CJK, Entry, Mention, _is_cyrillic, registry
from treatywatch.statements.topic import (continues_topic, framed_topics, is_treaty, quote_topics, topics,
                                          treaty_context, treaty_frame)
from treatywatch.statements.transcript import Turn, is_transcript, label_of

# -- verbs of saying -----------------------------------------------------------------------------------
EN_VERBS = (r"said|says|say|stated|told|tells|added|noted|stressed|stresses|emphasi[sz]ed|emphasi[sz]es"
            r"|underlined|underscored|recalled|recalls|urged|urges|called on|called for|asserted|asserts|declared|declares"
            r"|announced|insisted|insists|argued|argues|warned|warns|claimed|suggested|suggests|proposed|reiterated"
            r"|reiterates|vowed|vows|pledged|explained|pointed out|remarked|commented|expressed|confirmed|acknowledged"
            r"|complained|criticized|criticised|slammed|accused|indicated|voiced|conveyed|went on to say"
            r"|was quoted as saying|was quoted by (?:[\w.-]+ ){1,3}as saying|quot(?:ed|ing) (?:him|her) as saying|[Aa]ccording to|agreed|reaffirmed the agreement|rejected|promised|assured"
            r"|reaffirmed|affirmed|admitted|denied|replied|answered|responded|dismissed|ruled out|made clear"
            r"|made it clear|makes it clear|blamed|blames|put it|repeated|echoed|maintained|saying|adding"
            r"|described(?=\s[^.;:!?\"“”]{1,80}?\sas\b)"  # "described Tokyo's demands as unacceptable"
            r"|lamented|retorted|quipped|conceded|cautioned"
            # verbs that also take a treaty or a drill as object ("concluded a peace treaty", "observed the
            # drills"): speech only before "that" or closing an attribution ('…," Peskov concluded.')
            r"|(?:concluded|countered|observed|highlighted|signall?ed|hinted|predicted)(?=\s*[.,;]|\s+that\b)"
            # "In Lavrov's words, …" / "in his words": the name (or the pronoun) is inside the phrase
            r"|[Ii]n (?:[A-Z][\w.-]+ ){0,3}?[A-Z][\w-]+['’]s (?:own )?words|[Ii]n (?:his|her) (?:own )?words"
            # "wrote on Telegram that …", '…," she wrote on her channel.': written words; "wrote a letter" is an event
            r"|(?:wr(?:ote|ites)|posted|posts)(?=(?:\s+(?:on|in)\s+[^,.:;\"“]{1,40}?)?(?:,?\s+that\b|\s*[:.,;]))")
RU_VERBS = (r"цитиру(?:ет|ют)|процитировал\w*|привод(?:ит|ят|ил\w*) слова"
            # the present tense of news copy and its impersonal forms: "сообщает пресс-служба Кремля",
            # "как отмечается в заявлении МИД"
            r"|заявля(?:ет|ют)|сообща(?:ет|ют|ется)|отмеча(?:ет|ют|ется)|подч[её]ркива(?:ет|ют|ется)|указыва(?:ет|ется)"
            r"|заявил\w*|заявлял\w*|говорится|отмечал\w*|подч[её]ркивал\w*|указывал\w*|сказал\w*|отметил\w*"
            r"|подчеркнул\w*|напомнил\w*|добавил\w*|сообщил\w*|рассказал\w*|призвал\w*"
            r"|[Пп]о (?:его |ее |её |их )?словам|[Пп]о (?:его |ее |её |их )?мнению|счита(?:ет|ют)|выразил\w*|указал\w*|утверждает|утверждал\w*"
            r"|предложил\w*|заверил\w*|пояснил\w*|констатировал\w*|признал\w*|пообещал\w*|настаивает|говорит|говорил\w*"
            r"|подтвердил\w*|подтвержда(?:ет|ют)|повторил\w*|дал\w* понять|назвал\w*|исключил\w*|отверг\w*|полагает"
            r"|заметил\w*|резюмировал\w*|подытожил\w*|посетовал\w*|сетует|возразил\w*|парировал\w*"
            # adverbial participles: the words of the clause's subject ("…, назвав претензии Токио безосновательными")
            r"|заявив|отметив|подчеркнув|назвав|добавив|указав|пояснив|напомнив"
            r"|ответил\w*|написал\w*(?=(?:\s+в\s+[^,.:;«\"]{1,40}?)?,\s*что\b|\s*:"
            r"|\s+[А-ЯЁ]\S*(?:\s+[А-ЯЁ]\S*)?(?:\s+в\s+[^,.:;«»\"]{1,40})?\s*[.,])|высказал\w*|уточнил\w*|обратил\w* внимание|осудил\w*|раскритиковал\w*|сделал\w* заявление|договорил\w+|условил\w+")
# (a short setting may stand between と and the verb: "…と記者団に語った", "…と国会で答弁した")
JA_VERBS = (r"とも?(?:記者団に|記者に|記者会見で|会見で|国会で|(?:衆院|参院)?本会議で|委員会で|取材に|インタビューで|声明で"
            r"|講演で|演説で|番組で|会談で|電話会談で|(?:SNS|ＳＮＳ|ツイッター|テレグラム|Ｘ|X)(?:で|に|上で))?(?:改めて|あらためて|重ねて|強く)?(?:述べ|投稿し|書き込|反発し|反論し|抗議し|語っ|語り|強調し|指摘し|表明し|発言し|言っ|言い|話し|明らかにし|続け|訴え|批判し|非難し|主張し|説明し|伝え|答え|約束し|呼びかけ|発表し|けん制し|牽制し|明言し|コメントし|答弁し|一蹴し|否定し|力を込め|語気を強め|胸を張っ)"
            r"|(?:考え|見方|認識|姿勢|立場|意向|方針|見解|主張|意欲|期待|期待感|懸念|不快感|不満)を(?:改めて|あらためて|重ねて|強く)?(?:示し|表明し|繰り返し|強調し|伝え|明らかにし|説明し|にじませ)"
            r"|として(?:抗議|批判|非難)|を(?:改めて|あらためて|重ねて|強く)?(?:強調し|指摘し|表明し|非難し|批判し|けん制し|牽制し|否定し|退け)|と(?:の)?(?:見方|考え|認識)を示|で(?:合意|一致)し|ことで(?:合意|一致)|によると|によれば|によりますと|発言しました|述べ|語っ|言いました"
            r"|とも?(?:指摘|強調|主張|表明|発言|批判|非難|説明|言明)(?=[。、．]|\s|$)"  # "…と指摘。": the verb noun ends it
            r"|としています|としている(?=[。、])|としました|とした(?=[。])"  # NHK's "…だとしています": the position it states
            r"|と(?:する|の)(?:声明|談話|コメント)を(?:[^、。「」]{1,10}?で)?(?:発表し|出し)")  # "…とする声明を発表した": a statement issued
# factored by first letter (alternation.py): the same matches, in half the time
SPEECH = re.compile(rf"(?<![\w-])(?:{factored(EN_VERBS + '|' + RU_VERBS)})(?![\w-])|(?:{factored(JA_VERBS)})")
JA_SPEECH = re.compile(JA_VERBS)
PASSIVE_BEFORE = re.compile(r"(?:\b(?:as|was|were|is|are|been|be|being|that)|было|был|была)\s+$", re.IGNORECASE)
PREPOSITION_BEFORE = re.compile(r"(?:\b(?:with|to|of|by|from|for|on|and|than|between|against|at|like|about)|(?<!\w)(?:с|со|к|у|от|для|и|о|об|перед|между|после|при)|と|の)\s*$", re.IGNORECASE)
# a link line or the header of a block of them; words that could open a real paragraph ("Popular support for …")
# count only as a whole short line or before a colon
SKIP_PARAGRAPH = re.compile(r"^(?:(?:READ MORE|Read more|Read also|ALSO READ|Also read|See also|Related|Also on|Читайте также"
                            r"|Смотрите также|関連ニュース|関連記事)\b"
                            r"|(?:More|Trending|Recommended|Most read|Most popular|Popular|Latest|Top stories|Подробнее"
                            r"|Популярное|Главное)\s*:"
                            r"|(?:Trending(?: now)?|You may also like|Recommended(?: for you)?|Most (?:read|popular|viewed)"
                            r"|Popular(?: now| news)?|Latest(?: news)?|Top stories|Популярное|Главное|おすすめ|注目記事)\s*$)",
                            re.IGNORECASE)
# readers' comments under the article: nothing below the header is the article's
COMMENTS_HEADER = re.compile(r"^\s*(?:\d+\s+)?(?:Comments|Reader comments|Комментарии)\s*(?:\(\d+\)|\d+)?\s*:?\s*$"
                             r"|^\s*コメント\s*(?:\(\d+\)|（\d+）|\d+)\s*$", re.IGNORECASE)
CAPNAME_STOP = re.compile(r"\b(?:Islands?|Prefecture|Ministry|Affairs|Agency|News|Press|Times|Post|Government|Council|Party|Kurils?"
                          r"|Territories|Federation|Union|Nations|Bank|Forum|Office|Embassy|Department|Committee|Assembly|Club"
                          r"|University|Institute|Daily|Journal|Review|Center|Centre|Service"
                          # documents are not speakers: "The 1956 Joint Declaration says …"
                          r"|Declaration|Treaty|Agreement|Charter|Constitution|Communiqu[eé]|Accord|Resolution|Memorandum"
                          r"|Book|Paper|Report|Act)\b")

# pronouns and role nouns that point back to a speaker named earlier
PRONOUN = re.compile(r"(?<!\w)(?:he|she|the (?:russian |japanese )?(?:veteran |senior |chief |same )?(?:minister|foreign minister|premier|prime minister|"
                     r"president|diplomat|top diplomat|envoy|ambassador|spokesman|spokeswoman|spokesperson|official|"
                     r"leader|politician|lawmaker|secretary)|он|она|министр|премьер|дипломат|посол|глава (?:мид|государства|"
                     r"правительства)|президент|пресс-секретарь|彼|同氏|同外相|同首相|同大統領|首相|外相|大統領|官房長官)(?!\w)",
                     re.IGNORECASE)
# one's own country's position as the object of the speech verb: "reiterated Japan's long-held position",
# "подтвердил позицию Москвы"
OWN_POSITION = re.compile(r"\s+(?:(?:(Japan|Tokyo)|Russia|Moscow)['’]s\s+(?:[\w-]+\s+){0,2}?(?:position|stance|policy|claims?)\b"
                          r"|(?:[а-яё]+\s+)?позици\w+\s+(?:(Японии|Токио)|России|Москвы)\b)")
SIDE_JP = re.compile(r"japanese|японск", re.IGNORECASE)
SIDE_RU = re.compile(r"russian|российск", re.IGNORECASE)
PERSONAL_PRONOUN = re.compile(r"he|she|он|она|彼", re.IGNORECASE)
MINISTRY = re.compile(r"(?<!\w)(?:the (?:foreign )?ministry|it|its statement|the statement|(?:дип)?ведомств\w*|министерств\w*|мид"
                      r"|同省)(?!\w)", re.IGNORECASE)
ANONYMOUS = re.compile(r"(?<!\w)(?:sources?|officials?|media|reports?|newspapers?|agency|analysts|experts|observers|"
                       r"diplomats|insiders|источник\w*|СМИ|関係者|政府筋)(?!\w)", re.IGNORECASE)
# "the official stressed" points back to the official just named; "officials said" is nobody in particular
DEFINITE_OFFICIAL = re.compile(r"(?<!\w)the (?:\w+ )?official\s*$", re.IGNORECASE)
HABITUAL = re.compile(r"(?<!\w)(?:repeatedly|on numerous occasions|time and again|has long|have long|for years|"
                      r"неоднократно|не раз|繰り返し(?:述べて|主張して|強調して)|かねて)(?!\w)", re.IGNORECASE)
# … and words that say so only next to the verb ("has always said", "said many times"); elsewhere in the
# sentence they belong to what was said ("Russia has always been ready, Lavrov said")
HABITUAL_BEFORE_VERB = re.compile(r"(?<!\w)(?:always|often|consistently|всегда|многократно|не единожды)\s+$", re.IGNORECASE)
HABITUAL_AFTER_VERB = re.compile(r"\s*(?:many times|more than once|on (?:several|many|multiple) occasions)(?!\w)",
                                 re.IGNORECASE)
# "X has acknowledged / has expressed his stance": a standing position summed up, not words said on an occasion
STANCE_VERB = re.compile(r"^(?:acknowledged|expressed|insisted|maintained|recogni[sz]ed)$", re.IGNORECASE)
PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s+(?:\w+\s+)?$", re.IGNORECASE)
# "また、…と強調した": a Japanese sentence that goes on with the speaker of the one before
JA_GOES_ON = re.compile(r"^(?:また|さらに|その上で|そのうえで|加えて|続けて|同時に)[、,]")
QUOTE_MARKS = re.compile(r"[\"“”«»„「」『』]")
# "「…」。ラブロフ外相はこう強調した": "said thus" points back to the quote before
JA_THUS = re.compile(r"こう(?:述べ|強調し|語っ|語り|話し|訴え|指摘し|説明し|主張し|明言し|締めくくっ)")
JA_SOURCE_AFTER = re.compile(r"によ(?:ると|れば|りますと)")
# "同外相は…と述べた", "同氏はまた…": "the said minister / person", the speaker named before
JA_ANAPHOR = re.compile(r"(?:同(?:氏|外相|首相|大統領|報道官|長官|官房長官|大使|次官|相|副議長)|彼|彼女)(?:は|も|が)")
# "по словам российского министра": a title in the genitive pointing back to the speaker named before
RU_ANAPHOR_AFTER = re.compile(r"\s*((?:[а-яё]+(?:ого|его)\s+)?)(?:министра|дипломата|главы (?:мид|ведомства)|посла"
                              r"|пресс-секретаря|президента|премьера|политика)(?!\w)", re.IGNORECASE)
# "首相は" / "外相は" with no name: in Japanese news, Japan's own office holder (after a named speaker the same
# words point back to that speaker, a case the implicit-subject rule takes first)
JA_BARE_TITLE = re.compile(r"\s*(首相|外相)(?:は|が|も)")
JA_BARE_OFFICES = {"首相": "jp_pm", "外相": "jp_foreign_minister"}
PAST_PERFECT_BEFORE = re.compile(r"\bhad\s+(?:\w+\s+)?$", re.IGNORECASE)
RESTATES_PREVIOUS = re.compile(r"^(?:Об этом|Такое заявление|Такое мнение|Соответствующее заявление|Эти слова|"
                               r"Так (?:(?:он|она|они) )?(?:заявил|сказал|ответил|высказал|прокомментировал|охарактеризовал|счита|полага|дума)\w*|"
                               r"This was (?:said|stated|announced)|The statement was made|These remarks were made)",
                               re.IGNORECASE)
TITLE_WORD_BEFORE = re.compile(r"(?:(?<!\w)(?:then-|former |ex-)?(?:prime|minister|president|foreign|premier|chief|cabinet|secretary|"
                               r"counterpart|spokes\w+|ambassador|envoy|leader|Japanese|Russian|премьер\S*|министр\S*|"
                               r"президент\S*|глав\w+|посл\w+|коллег\w+|японии|россии|рф)\s+)$", re.IGNORECASE)
# "Lavrov, speaking at a news conference in Moscow, said": a longer aside, opened by a participle or a setting
PARTICIPLE_ASIDE = re.compile(r"^,\s*(?:speaking|asked|when asked|questioned|answering|commenting|responding|replying|addressing|writing|talking|"
                              r"in an interview|at a|during|after|выступая|отвечая|комментируя"
                              r"|in (?:a|an|his|her|its|their|the)|at (?:the|his|her|its)|on \w+day)\b", re.IGNORECASE)
# "Medvedev, deputy chairman of Russia's Security Council, said": a title set off by commas may run long
# the nouns of an official's title, in an apposition or before an unregistered name
TITLE_NOUNS = (r"minister|deputy|vice|chairman|chairwoman|chair|spokes\w+|press secretary|ambassador|president|premier"
               r"|secretary|head|director|official|envoy|diplomat|representative|leader|governor|speaker|aide|advis[eo]r"
               r"|senator|lawmaker|mayor")
TITLE_ASIDE = re.compile(rf"^,\s*(?:\S+\s+){{0,3}}?(?:{TITLE_NOUNS})\b", re.IGNORECASE)
# "Такаити в ходе выступления в парламенте пообещала", "Lavrov at a news conference in Moscow on Friday said": a
# setting (prepositional phrases, no comma, no other verb) between the subject and its verb
SETTING_GAP = re.compile(r"^\s+(?:в ходе|во время|в рамках|на|в|во|по итогам|после|при|at|in|on|during|after)\s[^,;:.!?\"“”«»]*$",
                         re.IGNORECASE)
HYPHEN_DASH = re.compile(r"[,\"”»]\s*-\s*$")  # '…", - сказал министр': a hyphen typed for the dash
AS_SAID = re.compile(r"^\W*как(?: (?:уже|ранее|и))?\s*$", re.IGNORECASE)
RELATIVE = re.compile(r",\s*(?:who|which|котор\w+|кто)\b", re.IGNORECASE)
COORDINATION = re.compile(r"(?<!\w)(?:and|but|while|whereas|и|а|но|тогда как)(?!\w)|[;:]", re.IGNORECASE)
TEMPORAL_CLAUSE = re.compile(r"(?<!\w)(?:after|before|since|until|once|после того,? как|до того,? как|с тех пор,? как)"
                             r"(?!\w)[^,;]*$", re.IGNORECASE)
AGREEMENT_VERB = re.compile(r"agreed|reaffirmed the agreement|договорил|условил|で(?:合意|一致)|ことで", re.IGNORECASE)
JOINT_SUBJECT = re.compile(r"(?<!\w)(?:the (?:two |both )?(?:leaders|heads of state|foreign ministers|ministers|sides|"
                           r"countries' leaders)|both (?:leaders|ministers|sides)|the foreign ministers of (?:japan and russia|"
                           r"russia and japan)|they|лидер\w*(?: двух стран)?|стороны|они|главы \w+|両首脳|両外相|両氏|日露首脳)"
                           r"(?:\W+\w+){0,3}\W*$", re.IGNORECASE)
NON_SPEAKER_INSTITUTION_VERBS = re.compile(r"^(?:considers|believes|thinks|claims|hopes|hoped|called|described|"
                                           r"считает|считают|назвал\w*)$", re.IGNORECASE)
# two or three capitalised words, Latin or Cyrillic: how an unregistered name is told from the words around it
NAME_WORDS = r"(?:[A-Z][a-z]+|[А-ЯЁ][а-яё]+)(?:\s+(?:[A-Z][a-z]+|[А-ЯЁ][а-яё]+)){1,2}"
# an unregistered name set off by an apposition before its verb: "Ivan Petrov, a deputy of the regional duma, said"
FRONTED_NAME = re.compile(rf"^\s*({NAME_WORDS})\s*,[^,.;:!?\"“”«»]{{3,100}},\s*$")
CAPNAME = re.compile(r"((?:[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?\s){1,2}[A-Z][a-z]+(?:-[a-z]+)?)\s*,?\s*$")
NOT_NAMES = re.compile(r"^(?:The|This|That|These|Those|It|In|On|At|But|And|According|However|Meanwhile|While|Although|Though"
                       r"|Whereas|When|After|Before|Since|Because|If|As|Moscow|Tokyo|Japan|"
                       r"Russia|Beijing|China|Kyodo|Reuters|Interfax|Xinhua|Asahi|Nikkei|Sputnik|Tass|Jiji|Mainichi|Yomiuri)\b")
AGENCIES = re.compile(r"(?<!\w)(?:TASS|Tass|Interfax|RIA|Reuters|Xinhua|Kyodo|Jiji|NHK|Asahi|Nikkei|Sputnik|AFP|AP|"
                      r"ТАСС|Интерфакс|РИА|共同|時事|ロイター|タス)(?!\w)")
MIN_QUOTE_WORDS = 5
MIN_QUOTE_CHARS_CJK = 8


FORMER = re.compile(r"(?:\b(?:former|ex|then|late)[- ]|(?<!\w)(?:бывш\w+|экс-)\s*|元)\s*$", re.IGNORECASE)
# an unregistered name right after a title (a registered one is a mention of its own and wins)
NAME_AFTER_TITLE = re.compile(rf"\s+({NAME_WORDS})(?=[\s,.])")


# a title right before a name: how a speaker is named by others, not by himself
TITLE_BEFORE_NAME = re.compile(r"(?:\b(?:president|prime minister|premier|minister|mr\.?|spokesman)|президент\w*|премьер\w*|"
                               r"министр\w*|господин\w*)\s*$", re.IGNORECASE)


def _names_in_third_person(art: "Article", a: int, b: int, entry: Entry) -> bool:
    """The quote [a, b) speaks of this person by title and name ("both President Putin and myself"): whoever
    said it, it was not that person."""
    return any(m.entry is entry and TITLE_BEFORE_NAME.search(art.text[max(a, m.start - 20):m.start])
               for m in art.mentions_in(a, b))


class Article:
    """What a text knows while it is read: mentions, the date, who spoke last."""

    def __init__(self, text: str, language: str | None, published: str | None, title: str | None):
        self.text, self.published, self.title = text, published, (title or "").strip()
        self.language = language or _guess_language(text)
        self.has_cjk = _is_cjk(text)  # most texts hold no kana or kanji: none of their sentences is looked at
        self.reg = registry()
        self.mentions = self.reg.find_mentions(text)
        self._starts = [m.start for m in self.mentions]
        self.named_people: list[Entry] = [m.entry for m in self.mentions if m.kind == "person" and m.entry]
        self.last_person: tuple[str, Entry | None] | None = None
        self.last_institution: tuple[str, Entry | None] | None = None
        self.last_person_before: tuple[str, Entry | None] | None = None

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
        if m.kind in ("person", "institution"):
            return m.entry.name, m.entry
        if m.kind == "unknown":
            return m.surface, None
        if m.kind == "office":
            named = NAME_AFTER_TITLE.match(self.text, m.end)
            if named:  # "Japanese Prime Minister Yoshihiro Mori": the name the title stands before
                for person in self.mentions_in(named.start(1), named.end(1) + 8):
                    if person.kind == "person" and person.start < named.end(1):
                        return person.entry.name, person.entry  # a registered name: its canonical form
                return named.group(1), None
            if FORMER.search(self.text, max(0, m.start - 12), m.start):
                return None  # "former Prime Minister …", "then-Prime Minister …": not the holder on the date
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
        last_at = -1  # where the last person named in the sentence stands
        subject_at = None  # where the sentence's subject is named, once it is
        mentions = [m for m in self.mentions_in(start, end) if not _inside_any(m.start, quotes)]
        for m in mentions:
            r = self.resolve(m)
            if not r:
                continue
            if (r[1] and r[1].kind == "institution") or (m.kind == "institution"):
                self.last_institution = r
            elif subject_at is None or not _words_of(self, start, m, mentions):
                self.last_person, last_at = r, m.start
                if subject_at is None and not _governed(self, start, m, mentions):
                    subject_at = m.start
        # "Lavrov's remarks came a day later. He said …": a possessive is no mention, but "he" points to it;
        # not after the subject ("Lavrov responded to Kishida's remarks. He said" is Lavrov)
        for at, word in _possessives(self.text, max(start, last_at + 1), end) if subject_at is None else ():
            entry = _registered(word) if not _inside_any(at, quotes) else None
            if entry is not None and entry.kind == "person":
                self.last_person = (entry.name, entry)


def _possessives(text: str, start: int, end: int) -> list[tuple[int, str]]:
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
def _registered(word: str) -> Entry | None:
    return registry().lookup(word)


def extract(text: str, language: str | None = None, published: str | None = None,
            title: str | None = None) -> list[ExtractedStatement]:
    if not text or not text.strip():
        return []
    art = Article(text, language, published, title)
    out: list[ExtractedStatement] = []
    seen: set[tuple[int, int]] = set()
    norm_seen: set[str] = set()
    prev_span: tuple[int, int] | None = None
    lead_span: tuple[int, int] | None = None
    quoted_last: ExtractedStatement | None = None  # the last statement, when its sentence quoted its speaker
    spans = paragraphs(text)
    transcript = is_transcript(art, spans)
    turn: Turn | None = None
    asked = ""  # a transcript's last question: what the answer below it is about
    in_links = False
    for p_start, p_end in spans:
        para = text[p_start:p_end]
        if COMMENTS_HEADER.match(para):
            break
        if SKIP_PARAGRAPH.match(para):
            in_links = len(para) <= 40  # a "Related news" header: the short lines under it are links
            continue
        if in_links and len(para) <= 160 and not para.rstrip().endswith((".", "。", "!", "?", "»", "”", '"')):
            continue
        in_links = False
        if art.title and para.strip() == art.title:
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
                art.last_person = (st.speaker, art.reg.by_name.get(st.speaker.lower()))
            prev_span, lead_span, quoted_last = (p_start, p_end), None, st
            continue
        sentences = split_sentences(text, quotes, p_start, p_end)
        label = label_of(art, p_start, p_end)
        if label is None and not transcript:
            sentences = [c for s, e in sentences for c in _speaker_clauses(art, s, e, quotes)]
        if label is not None:
            if label.kind == "question":
                asked = (asked if turn is not None and turn.kind == "question" else "") + " " + para
            turn = label
        elif transcript and turn is not None:
            label = Turn(turn.kind, p_start, turn.speaker)  # the answer goes on in a new paragraph
        for k, (s, e) in enumerate(sentences):
            if label is not None and label.kind == "question":
                found = []  # the journalist's words, whoever they name
            elif label is not None:
                found = _labelled_statements(art, label, s, e, prev_span, asked)
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
            art.remember(s, e, quotes)
            if found:
                art.last_person = (found[-1].speaker, art.reg.by_name.get(found[-1].speaker.lower()))
                if art.last_person[1] is not None and art.last_person[1].kind == "institution":
                    art.last_institution, art.last_person = art.last_person, art.last_person_before
            own = not found and _has_own_content(text, s, e, quotes)
            prev = found[-1] if found else (None if own else prev)
            if found or own or label is not None:
                quoted_last = found[-1] if found and QUOTE_MARKS.search(text, s, e) else None
            prev_span = (s, e)
            # «…. Об этом заявил X»: the statement began a sentence earlier; a quote after it goes on with it
            lead_span = (found[-1].start, e) if found and found[-1].rule == "restates_previous" else None
    out.sort(key=lambda st: st.start)
    _inherit_quoted_lead(out)
    return out


# "Abe said …, while Putin said …": a second speaker with a verb of his own after a coordinating conjunction
# (every alternative opens with a literal character, so `re` scans for those few characters only)
CLAUSE_JOIN = re.compile(r",\s+(?:while|but|whereas|and|а|но|тогда как|в то время как)\s+|;\s+|が、(?<=[たる]が、)|一方、")


LEADING_CONCESSIVE = re.compile(r"\W*(?:While|Although|Though|Whereas|Even though|Хотя|В то время как)(?!\w)")
COMMA = re.compile(r",\s+")
CLAUSE_GOES_ON = re.compile(r"(?:that|что|чтобы)\b", re.IGNORECASE)
RELATIVE_BEFORE = re.compile(r"(?<!\w)(?:which|who|whom|whose|котор\w+)(?!\w)", re.IGNORECASE)


def _speaker_clauses(art: Article, s: int, e: int, quotes: list[Quote]) -> list[tuple[int, int]]:
    """A sentence split where a second speaker takes over with a verb of saying of his own ("Kishida said …, but
    Lavrov said …", "…と述べたが、ラブロフ外相は…と反論した"): each speaker's words are his statement. Most
    sentences hold no such join, or no verb of saying after it, and are returned whole at the cost of a search."""
    text = art.text
    joins = [j for j in CLAUSE_JOIN.finditer(text, s, e) if not _inside_any(j.start(), quotes)]
    if LEADING_CONCESSIVE.match(text, s):  # "While Kishida vowed …, Lavrov said …": the comma ends the first
        joins = sorted(joins + [j for j in COMMA.finditer(text, s, e) if not _inside_any(j.start(), quotes)],
                       key=lambda j: j.start())
    if not joins:
        return [(s, e)]
    out, start = [], s
    for k, j in enumerate(joins):
        if j.start() <= start:
            continue
        nxt = joins[k + 1].start() if k + 1 < len(joins) else e
        right = next((v for v in SPEECH.finditer(text, j.end(), nxt) if not _inside_any(v.start(), quotes)), None)
        if right is None:
            continue
        left = next((v for v in SPEECH.finditer(text, start, j.start()) if not _inside_any(v.start(), quotes)), None)
        if left is None:
            continue
        subject = [m for m in art.mentions_in(j.end(), right.start())
                   if not _inside_any(m.start, quotes) and m.kind in ("person", "institution", "office")]
        if not subject or CLAUSE_GOES_ON.match(text, j.end()) or RELATIVE_BEFORE.search(text, j.end(), right.start()):
            continue  # "…, and that Tokyo's claims, which Kishida said …": still the first speaker's words
        here = [m for m in art.mentions_in(start, left.start()) if m.kind in ("person", "institution", "office")]
        if here and art.resolve(here[-1]) == art.resolve(subject[0]):
            continue  # the same speaker goes on: one statement
        out.append((start, j.start() + 1 if text[j.start()] in ",;" else j.start()))
        start = j.end()
    out.append((start, e))
    return out


def _inherit_quoted_lead(found: list[ExtractedStatement]) -> None:
    """A lead that quotes a few words ("not setting any 'artificial deadlines' for a peace treaty") and the full
    quote below it that carries those words are one utterance: the quote is on the lead's topic, even when its
    own words do not name the treaty."""
    phrases: dict[str, list[str]] = {}
    for st in found:
        if st.peace_treaty:
            phrases.setdefault(st.speaker, []).extend(quoted_phrases(st.quote) if not st.direct else ())
        elif st.direct and st.speaker in phrases:
            text = normalise(st.quote)
            if any(p in text for p in phrases[st.speaker]):
                st.topics.append("quoted_in_lead")
                st.peace_treaty = True


def _sentence_statements(art: Article, s: int, e: int, quotes: list[Quote], prev: ExtractedStatement | None,
                         prev_span: tuple[int, int] | None, lead_span: tuple[int, int] | None = None,
                         quoted_before: ExtractedStatement | None = None) -> list[ExtractedStatement]:
    text = art.text
    qs = [q for q in quotes if s <= q.start and q.end <= e]
    outside = _outside(text, s, e, qs)
    speaker, rule, verb = _attribution(art, s, e, qs, outside)
    if rule == "restates_previous" and prev is not None and prev_span and prev_span[0] <= prev.start < prev_span[1] \
            and prev.rule in ("reported_speech", "direct_quote", "split_quote"):
        return []  # "X and Y confirmed …. Об этом сообщила пресс-служба Кремля": the report's source, X already speaks
    cjk = art.language == "ja" or (art.has_cjk and _is_cjk(text[s:e]))
    long_quotes = [q for q in qs if _long_quote(text, q, cjk) and not (cjk and _ja_name(text, q))]
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
        elif quoted_before is not None and quoted_before.speaker:
            # '"…," Lavrov said.' and a paragraph that is a quote alone: wire copy goes on with the same speaker
            speaker, rule, inherit = (quoted_before.speaker, None), "continued_quote", quoted_before.peace_treaty
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
    context = text[prev_span[0]:prev_span[1]] if prev_span else ""

    if split is None and rule is None:
        split = _split_quote(text, qs, cjk)
    if split is not None:
        # "The southern Kurils," Lavrov said, "are Russian territory": one quote around its attribution
        a, b = _strip_span(text, *split)
        span = text[a:b]
        found = quote_topics(span, outside, context)
        return [ExtractedStatement(name, span, a, b, True, is_treaty(found), _as_written(art, s, e, name), found,
                                   "split_quote")]

    if long_quotes and (_quotes_stand_alone(text, s, e, long_quotes, cjk)):
        for q in long_quotes:
            a, b = _strip_span(text, *q.inner)
            if b - a < 2:
                continue
            span = text[a:b]
            if entry is not None and _names_in_third_person(art, a, b, entry):
                continue  # "both President Putin and myself", put in Putin's mouth: the attribution is wrong
            found = quote_topics(span, outside, text[lead_span[0]:lead_span[1]] if lead_span else context)
            if goes_on and not is_treaty(found) and continues_topic(span):
                found.append("continued")
            elif not is_treaty(found) and POINTS_BACK.match(span) and (treaty_context(context) or
                                                                       treaty_frame(outside)):
                # 'Russia quit the treaty talks. "This is unacceptable," Kishida said'; 'Asked about the peace
                # treaty, Peskov said: "This topic is not on the agenda now."'
                found.append("continued")
            out.append(ExtractedStatement(name, span, a, b, True, is_treaty(found), _as_written(art, s, e, name),
                                          found, rule or "direct_quote"))
        return out

    if verb is not None and not qs and (
            (ANSWER_VERB.match(verb.group()) and QUESTIONS_ONLY.match(text, verb.end(), e))
            or (SAY_TELL.match(verb.group()) and _nothing_said(text, s, verb, e))):
        art.last_person = speaker  # … but "he said" below is still that speaker
        return out  # "Putin answered questions from journalists.", "Ueda told reporters after the meeting.": no words
    a, b = s, e
    if rule == "restates_previous" and prev_span:
        a = prev_span[0]
    a, b = _strip_span(text, a, b)
    span = text[a:b]
    found = framed_topics(span, context)
    if inherit and not is_treaty(found) and continues_topic(span):
        found.append("continued")
    elif not is_treaty(found) and qs and qs[0].start == a and POINTS_BACK.match(text, qs[0].start + 1) and \
            treaty_context(context):
        found.append("continued")  # the sentence opens with the quote that points back: as in a quote alone
    if verb is not None and is_treaty(found) and _reports_another(art, verb.end(), e, qs, name):
        found = ["nested"]  # "the ministry slammed the fact that Japanese officials said …": their words, not its
    direct = bool(qs) and sum(q.end - q.start for q in qs) >= 0.6 * (b - a)
    out.append(ExtractedStatement(name, span, a, b, direct, is_treaty(found), _as_written(art, s, e, name), found,
                                  rule or "reported_speech"))
    return out


# what a sentence says after "answered" / "ответил" when it only tells that questions were answered
ANSWER_VERB = re.compile(r"answered|replied|responded|ответил", re.IGNORECASE)
QUESTIONS_ONLY = re.compile(r"\s*(?:to\s+|на\s+)?(?:[\w'’.-]+\s+){0,3}(?:questions?|queries|вопрос\w*)"
                            r"(?:\s+(?:from|of|by|at|during|on|about|after|журналист\w*|СМИ|на|о|от|в)\b[^,;:—–]{0,100})?"
                            r"\s*[.!]?\s*$", re.IGNORECASE)
# "X told reporters after the meeting." / "X said on Monday.": whom, when, where, and nothing said (the words were
# in the sentence before, which the splitter cut off, or are not in the text at all)
SAY_TELL = re.compile(r"(?:said|says|told|tells)$", re.IGNORECASE)
NOTHING_SAID = re.compile(r"(?:\s+(?:reporters|journalists|the (?:media|press|parliament|diet)|a (?:news|press) conference"
                          r"|lawmakers))?(?:\s+(?:after|at|in|on|during|before|following)\s[^,;:\"“”«»]{1,80})?"
                          r"\s*[.!]?\s*$", re.IGNORECASE)
FINITE = re.compile(r"(?<!\w)(?:that|is|are|was|were|will|would|has|have|had|can|could|must|should|may|might|did|does"
                    r"|do|not)(?!\w)", re.IGNORECASE)


def _nothing_said(text: str, s: int, verb: re.Match, e: int) -> bool:
    """The sentence opens with its speaker and ends with whom, when or where: no words of the speaker in it."""
    before, after = text[s:verb.start()], text[verb.end():e]
    return "," not in before and len(before.split()) <= 6 and not FINITE.search(after) \
        and bool(NOTHING_SAID.match(after))


SPLIT_ATTRIBUTION = re.compile(r"^[,，]?\s*(?:[\w.\-’']+\s+){1,6}?(?:said|says|added|told \w+|stressed|noted|continued|went on)"
                               r"(?:\s+(?:[\w.\-’']+\s*){0,6})?[,:，]\s*$|^[,，]?\s*[—–-]+\s*\w+(?:\s+\w+){0,4}[,.]?\s*[—–-]*\s*$",
                               re.IGNORECASE)


INNER_ATTRIBUTION = re.compile(r",?\s*(?:[—–]|(?<=\s)-)\s*(?:" + RU_VERBS + r")\s+[^,—–«»]{2,60}?,?\s*(?:[—–]|-(?=\s))\s*")


def _inner_attribution(art: Article, qs: list[Quote]):
    """Russian puts the attribution inside the quote: «Курилы, — сказал Лавров, — российская территория».
    (speaker, (start, end) of the quote's inner text) or None."""
    for q in qs:
        m = INNER_ATTRIBUTION.search(art.text, q.start + 1, q.end - 1)
        if not m:
            continue
        for mention in art.mentions_in(m.start(), m.end()):
            r = art.resolve(mention)
            if r:
                return r, (q.start + 1, q.end - 1)
    return None


NESTED_SPEECH = re.compile(r"(?<!\w)(?:said|says|stated|announced|claimed|declared|заявил\w*|сообщил\w*|объявил\w*)(?!\w)",
                           re.IGNORECASE)


UNNAMED_AFTER = re.compile(r"\s+(?:sources?|officials?|insiders?|источник\w*)\b", re.IGNORECASE)
# '…, the Russian Foreign Ministry said in a statement.' / '…, Japanese officials said.': the source of the whole
# sentence, closing it after a comma, not words nested in what the speaker said
CLOSING_SOURCE_BEFORE = re.compile(r"[,\"”»]\s*(?:\S+\s+){0,3}\S+\s*$")
CLOSING_SOURCE_AFTER = re.compile(r"[^,;:\"“”«»]{0,60}$")


def _speaks_later(art: Article, start: int, end: int, qs: list[Quote], speaker) -> bool:
    """A person other than `speaker` (or "the two leaders") is the subject of a verb of saying later in
    text[start:end]."""
    for v in SPEECH.finditer(art.text, start, end):
        if _inside_any(v.start(), qs):
            continue
        if JOINT_SUBJECT.search(art.text, max(start, v.start() - 40), v.start()):
            return True  # "According to a GOJ briefing, the two leaders reaffirmed the agreement …"
        m = _mention_right_before(art, start, v.start(), qs)
        if m is not None:
            r = art.resolve(m)
            return bool(r) and r[1] is not None and r[1].kind == "person" and r != speaker
    return False


def _mention_right_before(art: Article, start: int, verb_start: int, qs: list[Quote]) -> Mention | None:
    """The nearest mention in text[start:verb_start] at most two words before the verb (its subject), or None."""
    for m in reversed(art.mentions_in(start, verb_start)):
        if not _inside_any(m.start, qs) and len(art.text[m.end:verb_start].split()) <= 2:
            return m
    return None


def _reports_another(art: Article, start: int, end: int, qs: list[Quote], speaker: str) -> bool:
    """The content of a reported statement is itself someone else's words: "… confirmed that Abe announced …",
    "… the fact that some Japanese officials said …". The treaty words are then theirs."""
    for v in NESTED_SPEECH.finditer(art.text, start, end):
        if _inside_any(v.start(), qs):
            continue
        before = art.text[max(start, v.start() - 60):v.start()]
        if CLOSING_SOURCE_BEFORE.search(before) and CLOSING_SOURCE_AFTER.match(art.text, v.end(), end):
            continue
        if COORDINATED_BEFORE.search(before):
            continue  # "… denied the report but said …": the speaker's own second predicate
        words = before.split()[-4:]
        if ANONYMOUS.search(" ".join(words)):
            return True
        m = _mention_right_before(art, max(start, v.start() - 60), v.start(), qs)
        if m is not None:
            r = art.resolve(m)
            return bool(r) and r[0] != speaker
    return False


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
    return q1.start + 1, q2.end - 1


OPENING_MARKS = "«“„\""


def _headline_quotes(art: Article, p_start: int, p_end: int) -> list[ExtractedStatement]:
    quotes = find_quotes(art.text, p_start, p_end)
    if not quotes:
        return []
    text, out = art.text, []
    cjk = art.language == "ja" or (art.has_cjk and _is_cjk(text[p_start:p_end]))
    speaker = _attribution(art, p_start, p_end, quotes, _outside(text, p_start, p_end, quotes))[0]
    if speaker is None and cjk:
        speaker = _name_before_quote(art, p_start, quotes[0])
    if speaker is None:
        return []
    body = _norm(text[p_end:])
    for q in quotes:
        a, b = _strip_span(text, *q.inner)
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
            speaker = _attribution(art, s, e, qs, _outside(art.text, s, e, qs))[0]
        else:  # «…\n\n…», — сказал Лавров: Russian opens the quote once; the closing mark and attribution come later
            speaker = _attribution_after_close(art, n_start, n_end, sentences)
    speaker = speaker or art.last_person
    if speaker is None:
        return None
    a, b = _strip_span(art.text, *span)
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
    return _attribution(art, after, tail_end, [], art.text[after:tail_end])[0]


def _labelled_statements(art: Article, label: Turn, s: int, e: int, prev_span, asked: str = ""):
    """A sentence of a speaker's turn. Its context is the sentence before and the question it answers: "It was
    not us who broke off the dialogue", answering "Is Russia ready to return to the peace treaty?", speaks of
    the treaty talks."""
    name, entry = label.speaker
    a, b = _strip_span(art.text, max(s, label.body_start), e)
    if b - a < 10:
        return []
    span = art.text[a:b]
    found = topics(span, (art.text[prev_span[0]:prev_span[1]] if prev_span else "") + "\n" + asked)
    return [ExtractedStatement(name, span, a, b, False, is_treaty(found), name, found, "transcript")]


def _attribution(art: Article, s: int, e: int, qs: list[Quote], outside: str):
    """(speaker, rule, verb match) of a sentence from its words outside quotes, or (None, None, None)."""
    text = art.text
    if RESTATES_PREVIOUS.search(text[s:e].lstrip("—-– ")) or (art.has_cjk and not qs and JA_THUS.search(text, s, e)):
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
        if HABITUAL.search(before[-40:]) or HABITUAL.search(_clause_after(text, v.end(), e, 40)) or \
                HABITUAL_BEFORE_VERB.search(before[-30:]) or HABITUAL_AFTER_VERB.match(text, v.end()) or \
                (STANCE_VERB.match(verb) and PERFECT_BEFORE.search(before)) or PAST_PERFECT_BEFORE.search(before):
            # "Putin has acknowledged …" sums up a stance; "Abe and Putin had agreed …" tells an earlier event
            continue
        if ANONYMOUS.search(" ".join(before.split()[-3:])) and not DEFINITE_OFFICIAL.search(before) \
                and not COORDINATED_BEFORE.search(before[-20:]):  # "… denied the report but said": not its subject
            continue  # "officials said", "media reports said", "a source … told"
        if verb == "says" and before.strip().lower() == "it":
            continue  # "It says the islands …": the standing position of a background paragraph
        if TEMPORAL_CLAUSE.search(before):
            continue  # "… after Abe and Putin agreed in November": an earlier event told as background
        if MODAL_BEFORE.search(before[-20:]):
            continue  # "Lavrov is expected to say", "Kishida will tell the Diet": words not yet said
        agent = None
        if PASSIVE_BEFORE.search(before) and not verb.startswith(("according", "по ")):
            agent = BY_AGENT.match(text, v.end())
            if agent is None:
                continue  # "as stated in the document", "it was said"
        speaker = None
        if agent is not None:  # "As noted by the head of Russian diplomacy, …": the one after "by" speaks
            m = _first_mention_after(art, agent.end(), min(e, agent.end() + 60), qs)
            if m is None or not _source_gap(text[agent.end():m.start]):
                continue
            speaker = art.resolve(m)
        elif verb == "according to" and (pronoun := OBJECT_PRONOUN.match(text, v.end())):
            speaker = _agreeing(art, art.last_person, PRONOUN_GENDER[pronoun.group().strip().lower()], v.start())
        elif verb == "according to":
            m = _first_mention_after(art, v.end(), min(e, v.end() + 80), qs)
            if m is None or not _source_gap(text[v.end():m.start]) or UNNAMED_AFTER.match(text, m.end):
                continue  # not "according to Japanese government sources": nobody in particular
            speaker = art.resolve(m)
            if _speaks_later(art, m.end, e, qs, speaker):
                continue  # "According to the Japanese government, Putin said …": the source of the report, not its speaker
        elif verb.startswith("по ") and ("словам" in verb or "мнению" in verb):
            if verb.split()[1] in ("его", "ее", "её", "их"):
                speaker = _agreeing(art, art.last_person, PRONOUN_GENDER.get(verb.split()[1]), v.start())
            else:
                m = _first_mention_after(art, v.end(), min(e, v.end() + 80), qs)
                speaker = art.resolve(m) if m is not None and _source_gap(text[v.end():m.start]) else None
                if m is None:
                    speaker = _ru_title_anaphor(art, v.end())
        elif verb.startswith("in ") and verb.endswith("words"):
            speaker = _possessor(art, v.group()) if "'" in verb or "’" in verb else art.last_person
        elif verb.startswith("quot") and verb.endswith("as saying") and " as " in verb and not verb.startswith("quoted as"):
            # "Asahi reported on a speech by Galuzin, quoting him as saying that …": him is the one named before
            speaker = _nearest_before(art, s, v.start(), qs)
        elif verb.startswith(("цитиру", "процитир", "привод")):
            # '«…», - цитирует Лаврова ТАСС': the one quoted is named after the verb, the agency is not the speaker
            m = _first_mention_after(art, v.end(), min(e, v.end() + 60), qs)
            speaker = art.resolve(m) if m is not None else None
        elif JA_SOURCE_AFTER.fullmatch(verb):
            if any(not JA_SOURCE_AFTER.match(later.group()) and not _inside_any(later.start(), qs)
                   for later in JA_SPEECH.finditer(text, v.end(), e)):
                continue  # "大統領府によりますと、プーチン大統領は…としています": the subject's own verb decides
            speaker = _nearest_before(art, max(s, v.start() - 30), v.start(), qs)
        else:
            speaker = _subject(art, s, e, clause_start, v, qs)
        if speaker is None:
            if JA_SPEECH.match(v.group()) and (qs or JA_GOES_ON.match(text[s:e].lstrip())) and \
                    art.last_person is not None and \
                    not [m for m in art.mentions_in(s, v.start()) if not _inside_any(m.start, qs)]:
                return art.last_person, "ja_implicit_subject", v  # Japanese drops the subject it already named
            bare = JA_BARE_TITLE.match(text, s) if JA_SPEECH.match(v.group()) and art.last_person is None else None
            holder = art.reg.holder(JA_BARE_OFFICES[bare.group(1)], art.published) if bare else None
            if holder is not None:
                return (holder.name, holder), None, v  # "首相は…と述べた": Japanese news's own prime minister
            continue
        if speaker[1] is not None and speaker[1].kind == "institution" and NON_SPEAKER_INSTITUTION_VERBS.match(verb):
            continue
        return speaker, None, v
    for q in qs:  # a Japanese headline: "ロシア大統領報道官「交渉を終了させたのも日本だ」", the speaker right before the marks
        if text[q.start] not in "「『":
            continue
        for m in reversed(art.mentions_in(max(s, q.start - 40), q.start)):
            if text[m.end:q.start].strip() == "" and not _inside_any(m.start, qs):
                r = art.resolve(m)
                if r:
                    return r, "headline_quote", None
            break
    return None, None, None


SOURCE_GAP_STOP = re.compile(r"[,.;:!?«»\"“”()]|(?<!\w)(?:close|near|familiar|in|at|from|with|about|of|who|и|в|на|от|из|близк\w*)(?!\w)",
                             re.IGNORECASE)


def _source_gap(gap: str) -> bool:
    """The words between "according to" / "по словам" and the name: a title or "a statement by" (at most six
    words, no punctuation), never "a source close to" or "reports in the media of"."""
    if len(gap.strip()) <= 2:
        return True
    return len(gap.split()) <= 6 and not SOURCE_GAP_STOP.search(gap) and not ANONYMOUS.search(gap)


def _clause_after(text: str, start: int, end: int, limit: int) -> str:
    """The words right after a verb, up to `limit` characters, a quotation mark, the end of the clause or the
    start of what was said ("напомнила, что Россия неоднократно …": the habit is Russia's, not the saying's)."""
    tail = text[start:min(end, start + limit)]
    cut = re.search(r"[\"“”«»「」.;!?。]|,\s*(?:что|чтобы)(?!\w)|(?<!\w)that(?!\w)", tail)
    return tail[:cut.start()] if cut else tail


def _possessor(art: Article, phrase: str):
    """The speaker "In Lavrov's words" names (a possessive is no mention of its own): registered, or as written."""
    m = re.search(r"((?:[A-Z][\w.-]+ ){0,3}[A-Z][\w-]+)['’]s", phrase)
    if m is None:
        return None
    entry = _registered(m.group(1))
    return (entry.name, entry) if entry is not None else (_without_title(m.group(1)), None)


def _ru_title_anaphor(art: Article, pos: int):
    """'По словам российского министра, …': the speaker named before, of the side the adjective names."""
    a = RU_ANAPHOR_AFTER.match(art.text, pos)
    if a is None or art.last_person is None:
        return None
    return _last_person_of_side(art, a.group(1), pos)


def _first_mention_after(art: Article, start: int, end: int, qs: list[Quote]):
    for m in art.mentions_in(start, end):
        if not _inside_any(m.start, qs):
            return m
    return None


def _subject(art: Article, s: int, e: int, clause_start: int, v: re.Match, qs: list[Quote]):
    text = art.text
    if JA_SPEECH.match(v.group()):  # Japanese: the subject comes first ("ラブロフ外相は…と述べた")
        for m in art.mentions_in(s, v.start()):
            if not _inside_any(m.start, qs) and not _possessive_ja(text, m) and not JA_SOURCE_AFTER.match(text, m.end):
                r = art.resolve(m)
                if r:
                    return r
        for a in JA_ANAPHOR.finditer(text, s, v.start()):
            if not _inside_any(a.start(), qs):
                word = a.group()[:-1]
                return _agreeing(art, art.last_person, PRONOUN_GENDER.get(word), a.start())
        return None
    before_text = text[clause_start:v.start()]
    mentions = [m for m in art.mentions_in(clause_start, v.start()) if not _inside_any(m.start, qs)]
    inverted = not before_text.strip(" —–-") or before_text.rstrip().endswith((",", "”", "»", '"', "“", "—", "–")) \
        or bool(AS_SAID.match(before_text)) \
        or bool(HYPHEN_DASH.search(before_text))  # "Как заявил Лавров, …": the subject follows the verb
    # a quote inside a relative clause does not end it: look from the clause start that ignores quotes
    wide_start = _clause_start(text, s, v.start(), [])
    wide = [m for m in art.mentions_in(wide_start, v.start()) if not _inside_any(m.start, qs)]
    if PARTICIPLE_VERB.fullmatch(v.group()):  # "Peskov rejected the report, saying …"
        return _predicate_subject(art, clause_start, v.start(), qs) if before_text.rstrip().endswith(",") else None
    if RU_PARTICIPLE.fullmatch(v.group()):  # "Песков прокомментировал заявление Кисиды, назвав …"
        return _shared_subject(art, clause_start, v.start(), qs) if before_text.rstrip().endswith(",") else None
    fronted = _fronted_subject(art, wide_start, v.start(), wide)
    if fronted:
        return fronted  # "Putin, for his part, said" / "Limarenko, who …, emphasised"
    if COORDINATED_BEFORE.search(before_text[-20:]):  # "Lavrov met Kono on Monday and said …"
        shared = _predicate_subject(art, clause_start, v.start(), qs)
        if shared:
            return shared
    after = _first_after(art, v.end(), min(e, v.end() + 90), qs, stop=".;:!?\"“”«»")
    if inverted and after:
        return after  # ', said Lavrov' / '», — заявил Лавров' / 'said the Secretary-General … Suga'
    if inverted:
        unknown = _unregistered_name_after(text, v.end(), min(e, v.end() + 90))
        if unknown:
            return unknown, None  # ', заявил депутат Госдумы Иван Петров': kept as written
        if art.last_institution is not None and (MINISTRY.search(_clause_after(text, v.end(), e, 40))
                                                 or ITS_MESSAGE.match(text, v.end())):
            return art.last_institution  # '«…», - говорится в сообщении МИД': the ministry named before
    if _is_cyrillic(v.group()):
        shared = _shared_subject(art, clause_start, v.start(), qs)
        if shared:
            return shared  # "российский лидер поделился впечатлениями, рассказал о …": one subject, two verbs
    # the subject stands just before the verb: at most a few words ("Putin also said", "Lavrov told a …")
    skipped_object = False
    for m in reversed(mentions):
        gap = text[m.end:v.start()]
        if len(gap.split()) > 4 and not (len(gap.split()) <= 12 and SETTING_GAP.match(gap)):
            continue
        if _governed(art, clause_start, m, mentions):
            pair = _coordinated_with(art, clause_start, m, mentions)
            if pair is not None:
                return pair  # "Abe and Putin agreed": filed under the first of the pair
            skipped_object = True
            continue
        r = art.resolve(m)
        if r:
            return r
        break
    # "Президент Путин в ходе пресс-конференции с премьер-министром Абэ призвал": the clause opens with its subject
    opening = [m for m in mentions if not _governed(art, clause_start, m, mentions)]
    if skipped_object and opening and not RELATIVE.search(text[opening[0].end:v.start()]) and len(text[clause_start:opening[0].start].split()) <= 3 and \
            not COORDINATION.search(text[opening[0].end:v.start()]):
        r = art.resolve(opening[0])
        if r:
            return r
    if AGREEMENT_VERB.match(v.group()):
        joint = _joint_subject(art, text[max(clause_start, v.start() - 60):v.start()])
        if joint:
            return joint
    pron = _pronoun(art, max(clause_start, v.start() - 40), v.start(), qs, s, text[v.end():v.end() + 60])
    if pron:
        return pron
    name = CAPNAME.search(before_text) or FRONTED_NAME.match(before_text)
    if name and any(m.end > clause_start + name.start(1) for m in mentions):
        name = None  # a registered name (already judged above) is not an unknown speaker
    if name and _could_be_a_name(name.group(1)):
        return _without_title(name.group(1).strip()), None
    if name:  # "Japan's Ambassador to Russia Akira Muto": the country ends the title, the name follows it
        placed = TITLE_PLACE.match(name.group(1))
        if placed and TITLE_PLACE_BEFORE.search(before_text, 0, name.start(1)) and _could_be_a_name(placed.group(1)):
            return placed.group(1).strip(), None
    return None


TITLE_PLACE = re.compile(r"(?:Moscow|Tokyo|Japan|Russia)\s+([A-Z][a-z]+(?:-[A-Z]?[a-z]+)?\s+[A-Z][a-z]+(?:-[a-z]+)?)")
TITLE_PLACE_BEFORE = re.compile(rf"(?<!\w)(?:{TITLE_NOUNS}|envoy|consul(?: general)?)\s+(?:to|in|of)\s+$", re.IGNORECASE)


# title words that CAPNAME's capitalised run can start with: "(Deputy Foreign) Minister Takehiro Funakoshi"
LEADING_TITLE = re.compile(rf"^(?:(?:{TITLE_NOUNS}|foreign|prime|mr|ms|mrs|dr"
                           r"|министр|посол|губернатор|депутат|сенатор|президент|премьер|замминистра)\.?\s+)+",
                           re.IGNORECASE)


def _without_title(name: str) -> str:
    """An unregistered speaker as written, without the title words before the name."""
    stripped = LEADING_TITLE.sub("", name)
    return stripped or name


def _could_be_a_name(words: str) -> bool:
    """Capitalised words that are not a place, an agency or an institution ("Tokyo", "Kyodo News", "Foreign
    Ministry"): an unregistered speaker's name as written."""
    return not (NOT_NAMES.match(words) or AGENCIES.search(words) or CAPNAME_STOP.search(words))


SUBORDINATE = re.compile(r"(?<!\w)(?:что|чтобы|котор\w+|когда|если|где|как|после|[Пп]о словам)(?!\w)|[.;:!?«»\"]")
RU_PAST_VERB = re.compile(r"\s+(?:[а-яё]+\s+){0,2}?[а-яё]+(?:ал|ил|ел|ял|ыл|ул)(?:а|о|и)?(?:ся|сь)?(?=[\s,])")


def _shared_subject(art: Article, start: int, verb_start: int, qs: list[Quote]):
    """Russian joins predicates of one subject with commas: the subject is the name right before the past-tense
    verb that opens the chain ("Абэ поблагодарил Путина за приглашение, заявил …" → Абэ, not Путина)."""
    mentions = [m for m in art.mentions_in(start, verb_start) if not _inside_any(m.start, qs)]
    for m in reversed(mentions):
        verb = RU_PAST_VERB.match(art.text, m.end)
        if not verb or _governed(art, start, m, mentions):
            continue
        chain = art.text[verb.end():verb_start]
        if SUBORDINATE.search(chain) or "," not in chain:
            return None  # "Путин сказал, что Абэ предложил …": another clause; no comma: the plain case
        return art.resolve(m)
    return None


# English joins predicates of one subject with "and"/"but", or adds a participle of saying after a comma
PARTICIPLE_VERB = re.compile(r"saying|adding", re.IGNORECASE)
RU_PARTICIPLE = re.compile(r"заявив|отметив|подчеркнув|назвав|добавив|указав|пояснив|напомнив")
COORDINATED_BEFORE = re.compile(r"(?<!\w)(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$", re.IGNORECASE)
PREDICATE_BREAK = re.compile(r"(?<!\w)(?:that|who|whom|whose|which|when|where|while|after|before|because|since|if|as"
                             r"|said|says|told|according)(?!\w)|[\"“”«»:;]", re.IGNORECASE)


def _predicate_subject(art: Article, clause_start: int, verb_start: int, qs: list[Quote]):
    """The subject that opens the clause when the verb of saying has none of its own ("Lavrov met Kono on
    Monday and said …", "Peskov rejected the report, saying …"): not the object of the first predicate."""
    text = art.text
    mentions = [m for m in art.mentions_in(clause_start, verb_start) if not _inside_any(m.start, qs)]
    if not mentions or len(text[clause_start:mentions[0].start].split()) > 4:
        return None  # "On Monday, Russian Foreign Minister Lavrov met …" opens with its subject; more is another
    end = mentions[0].end
    for m in mentions[1:]:  # a title and the name after it are one subject
        if text[end:m.start].strip():
            break
        end = m.end
    predicate = text[end:verb_start]
    if not re.match(r"\s+[a-z]", predicate) or PREDICATE_BREAK.search(predicate):
        return None  # "Lavrov's deputy …", "Lavrov, …": not a subject and its predicate
    if _governed(art, clause_start, mentions[0], mentions):
        return None
    return art.resolve(mentions[0])


def _unit_start(art: Article, clause_start: int, m: Mention, mentions: list[Mention]) -> int:
    """Start of the noun phrase a name ends: titles and adjacent mentions before it ("with Japanese Prime Minister Abe")."""
    start = m.start
    for prev in reversed([p for p in mentions if p.end <= m.start]):
        if art.text[prev.end:start].strip(" ,") == "" and "," not in art.text[prev.end:start]:
            start = prev.start
        else:
            break
    for _ in range(4):
        w = TITLE_WORD_BEFORE.search(art.text, max(clause_start, start - 40), start)
        if not w or w.start() < clause_start:
            break
        start = w.start()
    return start


STATEMENT_FROM = re.compile(r"(?<!\w)(?:statement|communiqu[eé]|press release|comment|заявлени\w+|сообщени\w+)\s+"
                            r"(?:(?:issued |released )?(?:from|by|of)|от|со стороны)\s+(?:the\s+)?$"
                            # "a spokesman for the Russian Foreign Ministry said": it speaks for the ministry
                            r"|(?<!\w)(?:spokes(?:man|woman|person)|representative)\s+(?:for|of)\s+(?:the\s+)?$",
                            re.IGNORECASE)


def _governed(art: Article, clause_start: int, m: Mention, mentions: list[Mention]) -> bool:
    """A name in a prepositional phrase ("talks with Abe", "с премьер-министром Японии Абэ") is not the subject;
    the source of a statement ("a statement from the Kremlin said") is."""
    start = _unit_start(art, clause_start, m, mentions)
    if STATEMENT_FROM.search(art.text, max(clause_start, start - 40), start):
        return False
    if m.kind == "person":
        title = TITLE_OF.search(art.text, max(clause_start, start - 40), start)
        if title:  # "the press secretary of the President of Russia Dmitry Peskov": the name holds the title
            return bool(PREPOSITION_AHEAD.search(art.text, max(clause_start, title.start() - 30), title.start()))
    return bool(PREPOSITION_BEFORE.search(art.text[max(clause_start, start - 12):start])
                or SOURCE_BEFORE.search(art.text, max(clause_start, start - 20), start))


# whose words the subject of a sentence answers ("Lavrov commented on the remarks by Kishida", "Лавров
# прокомментировал слова японского премьера", "ラブロフ外相は岸田首相の発言について"): not who "he" is next
WORDS_OF_BEFORE = re.compile(r"(?<!\w)(?:(?:remarks|comments|statements?|words|speech|address|claims?|proposal|letter|"
                             r"message|position|stance)\s+(?:made\s+)?(?:by|of|from)\s+(?:the\s+)?"
                             r"|(?:слова|слов|заявлени[еяю]|высказывани[еяю]|реплик[уиа]|реч[ьи]|выступлени[еяю]|"
                             r"позици[июя]|предложени[еяю]|комментари[йяю]|призыв[а]?|письм[оа]|послани[еяю])\s+)$",
                             re.IGNORECASE)
WORDS_OF_AFTER = re.compile(r"(?:['’]s(?:\s+[\w-]+)?\s+(?:remarks|comments|statements?|words|speech|address|claims?|"
                            r"proposal|letter|message|position|stance)\b|[\u4e00-\u9fff]{0,5}の(?:発言|演説|談話|表明|主張|提案|書簡|立場|見解))",
                            re.IGNORECASE)


def _words_of(art: Article, clause_start: int, m: Mention, mentions: list[Mention]) -> bool:
    """`m` names whose words the sentence's subject speaks of ("the remarks by Kishida", "Kishida's remarks",
    "слова Кисиды", "岸田首相の発言")."""
    start = _unit_start(art, clause_start, m, mentions)
    return bool(WORDS_OF_BEFORE.search(art.text, max(clause_start, start - 40), start)
                or WORDS_OF_AFTER.match(art.text, m.end))


# "According to a GOJ briefing, the two leaders agreed": the source named in the phrase is not the subject
SOURCE_BEFORE = re.compile(r"(?<!\w)according to\s+(?:a|an|the)\s+$", re.IGNORECASE)
# '«…», - говорится в сообщении': the message of the institution named before
ITS_MESSAGE = re.compile(r"\s+в\s+(?:его\s+|ее\s+|её\s+)?(?:сообщени|заявлени|коммюнике|пресс-релиз)\w*\s*[.,]")
MODAL_BEFORE = re.compile(r"(?<!\w)(?:to|will|shall|may|might|could|can|should|must|would|'ll)\s+(?:also\s+)?$",
                          re.IGNORECASE)
BY_AGENT = re.compile(r"\s+by\s+", re.IGNORECASE)
OBJECT_PRONOUN = re.compile(r"\s+(?:him|her)\b", re.IGNORECASE)
# a title phrase whose last words name an office or institution, the holder's name after it (machine-translated
# word order: "the chief of the Japanese government Fumio Kishida")
TITLE_OF = re.compile(rf"(?<!\w)(?:{TITLE_NOUNS}|chief)\s+(?:of|for|to)\s+$", re.IGNORECASE)
PREPOSITION_AHEAD = re.compile(r"(?<!\w)(?:with|to|of|by|from|for|on|between|against|at|about|and)\s+(?:\S+\s+){0,3}$",
                               re.IGNORECASE)


def _coordinated_with(art: Article, clause_start: int, m: Mention, mentions: list[Mention]):
    """The speaker named just before 'and' when `m` is the second of a pair of subjects, else None."""
    start = _unit_start(art, clause_start, m, mentions)
    conj = re.search(r"(?<!\w)(?:and|и)\s+$", art.text[max(clause_start, start - 6):start])
    if not conj:
        return None
    before = [p for p in mentions if p.end <= start - len(conj.group())]
    if not before or art.text[before[-1].end:start - len(conj.group())].strip(" ,"):
        return None
    first = before[-1]
    if _governed(art, clause_start, first, mentions):
        return None
    r = art.resolve(first)
    return r if r and (r[1] is None or r[1].kind == "person") else None


def _fronted_subject(art: Article, clause_start: int, verb_start: int, mentions: list[Mention]):
    """The subject set off by commas before its verb: "X, for his part, said", "X, who …, said"."""
    text = art.text
    for i, m in enumerate(mentions):
        tail = text[m.end:verb_start]
        if not tail.startswith(","):
            continue
        relative = RELATIVE.match(tail)
        parenthetical = tail.rstrip().endswith(",") and (len(tail.split()) <= 6 or (
            len(tail.split()) <= 12 and (PARTICIPLE_ASIDE.match(tail) or TITLE_ASIDE.match(tail)))) and \
            all(x.start >= verb_start for x in mentions[i + 1:])
        if (relative or parenthetical) and not _governed(art, clause_start, m, mentions):
            if len(text[clause_start:m.start].split()) > 20:
                continue
            r = art.resolve(m)
            if r:
                return r
    return None


def _joint_subject(art: Article, before: str):
    """'the two leaders agreed', 'они договорились', 'the foreign ministers agreed': the agreement is both speakers'
    words; it is filed under the one named last, or under the office holder the plural names."""
    m = JOINT_SUBJECT.search(before)
    if not m:
        return None
    if m.group().lower().startswith(("they", "они", "стороны", "the sides", "both sides")):
        return art.last_person  # a bare plural needs someone named before it
    ministers = bool(re.search(r"minister|министр|外相", m.group(), re.IGNORECASE))
    office = "jp_foreign_minister" if ministers else "jp_pm"
    last = art.last_person
    if last and last[1] is not None and (not ministers or any("foreign_minister" in o for o, _, _ in last[1].offices)):
        return last
    holder = art.reg.holder(office, art.published)
    return (holder.name, holder) if holder else last


def _nearest_before(art: Article, start: int, end: int, qs: list[Quote]):
    for m in reversed(art.mentions_in(start, end)):
        if _inside_any(m.start, qs):
            continue
        r = art.resolve(m)
        if r:
            return r
    return None


# the capitalised words that end an inverted attribution: "…, said opposition lawmaker Muneo Suzuki."
NAME_AT_END = re.compile(r"(?<![\w-])((?:[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?|[А-ЯЁ][а-яё]+)"
                         r"(?:\s+(?:[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?|[А-ЯЁ][а-яё]+)){1,2})\s*$")
PATRONYMIC = re.compile(r"(?:ович|евич|ич|овна|евна|ична)$")


def _unregistered_name_after(text: str, start: int, end: int) -> str | None:
    """A name the registry does not know, closing an inverted attribution (first name and surname, with a
    patronymic in Russian; a capitalised word before them, "Госдумы", is not part of the name)."""
    tail = re.split(r"[,.;:!?\"“”«»()—–]", text[start:end], maxsplit=1)[0]
    m = NAME_AT_END.search(tail)
    if not m:
        return None
    words = m.group(1).split()
    if len(words) == 3 and not PATRONYMIC.search(words[1]):
        words = words[1:]
    name = " ".join(words)
    return name if _could_be_a_name(name) else None


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


def _pronoun(art: Article, start: int, end: int, qs: list[Quote], sentence_start: int | None = None,
             said: str = ""):
    """'he said', 'the minister noted', 'it said in a statement', 'по его словам' → the speaker named before:
    the subject of the same sentence ("Medvedev visited the islands, where he said"), else the last speaker;
    when what is `said` is one country's position ("the minister reiterated Japan's position"), the last
    speaker of that country."""
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
    gender = PRONOUN_GENDER.get(last.group().lower())
    if sentence_start is not None and PERSONAL_PRONOUN.fullmatch(last.group()):
        here = [m for m in art.mentions_in(sentence_start, last.start()) if not _inside_any(m.start, qs)]
        for m in here:
            r = art.resolve(m)
            if r and r[1] is not None and r[1].kind == "person" and not _governed(art, sentence_start, m, here) \
                    and r[1].gender in (None, gender or r[1].gender):
                return r
    words, own = last.group(), OWN_POSITION.match(said)
    if own is not None and not (SIDE_JP.search(words) or SIDE_RU.search(words)):
        words += " japanese" if own.group(1) or own.group(2) else " russian"
    r = _agreeing(art, _last_person_of_side(art, words, last.start()), gender, last.start())
    return _holding_title(art, r, words, last.start())


# a title that points back ("the prime minister said") names someone who holds that office, not whoever was
# named last ("Takaichi and Putin have never met. … the prime minister said"): office ids ending so
TITLE_OFFICES = ((re.compile(r"prime minister|premier|премьер|глава правительства|首相", re.IGNORECASE), ("_pm",)),
                 (re.compile(r"foreign minister|top diplomat|глава мид|外相", re.IGNORECASE), ("_foreign_minister",)),
                 (re.compile(r"president|президент|глава государства|大統領", re.IGNORECASE), ("_president",)),
                 (re.compile(r"spokes|пресс-секретарь", re.IGNORECASE),
                  ("_spokesman", "_spokeswoman", "_chief_cabinet_secretary")),
                 (re.compile(r"ambassador|envoy|посол", re.IGNORECASE), ("_ambassador_japan", "_ambassador_russia")))


def _holding_title(art: Article, r, words: str, before: int):
    """`r`, or when the title in `words` names an office `r` did not hold on the article's date (any time, when
    undated), the nearest person named before who did (when there is one)."""
    ends = next((ends for title, ends in TITLE_OFFICES if title.search(words)), None)
    if ends is None or r is None or r[1] is None or r[1].kind != "person":
        return r
    day = (art.published or "")[:10]

    def holds(entry) -> bool:
        return entry is not None and entry.kind == "person" and any(
            o.endswith(ends) and (not day or (start[:len(day)] <= day and (end is None or day <= end[:len(day)])))
            for o, start, end in entry.offices)

    if holds(r[1]):
        return r
    return _nearest_named_before(art, before, holds) or r


# "she said" cannot point to Kishida, nor "he said" to Zakharova: the registry knows each person's gender
PRONOUN_GENDER = {"she": "f", "она": "f", "her": "f", "ее": "f", "её": "f", "彼女": "f",
                  "he": "m", "он": "m", "him": "m", "его": "m", "彼": "m"}


def _agreeing(art: Article, r, gender: str | None, before: int):
    """`r`, or when its gender is not the pronoun's, the nearest person named before `before` whose it is."""
    if gender is None or r is None or r[1] is None or r[1].gender in (None, gender):
        return r
    return _nearest_named_before(art, before, lambda e: e is None or e.kind == "person" and e.gender in (None, gender))


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
    if side is None or r is None or r[1] is None or r[1].country in (None, side):
        return r
    return _nearest_named_before(art, before, lambda e: e is not None and e.kind == "person" and e.country == side)


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


# what follows words said in Japanese: と(述べた), との, など, って, the sentence's or paragraph's end, the next quote
JA_SAID_AFTER = re.compile(r"[ \t\u3000]*(?:と|など|って|。|．|[、,]?\s*[「『]|\r?\n|$)")


def _ja_name(text: str, q: Quote) -> bool:
    """「北方領土返還要求全国大会」に出席し: brackets round a name or a term, not words said."""
    return text[q.start] in "「『" and not JA_SAID_AFTER.match(text, q.end)


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
    if cjk and all(JA_SPEECH.match(text, q.end) for q in qs) and (
            any(is_treaty(topics(text[q.start + 1:q.end - 1])) for q in qs)
            or not topics(_outside(text, s, e, qs))):
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
    return not cjk and (lead.endswith((":", ",")) or lead.endswith(("said", "stated", "заявил", "сказал")))


SAYING_AFTER = re.compile(r"(?<!\w)(?:stressing|noting|insisting|arguing|warning|emphasi[sz]ing|pointing out|underlining|"
                          r"recalling|explaining|claiming|asserting|suggesting|urging|calling (?:on|for)|describing)(?!\w)",
                          re.IGNORECASE)
# a quote opening its sentence and closed by a comma, then its speaker and verb in the next few words
ATTRIBUTION_AFTER = re.compile(r"(?:(?<=,[\"”»])|\s*,)\s*(?:[—–-]\s*)?(?:[\w.\-’']+\s+){0,5}?"
                               rf"(?:{EN_VERBS}|{RU_VERBS})(?![\w-])")


def _is_quote_only(text: str, s: int, e: int, qs: list[Quote]) -> bool:
    rest = _outside(text, s, e, qs)
    return len(re.sub(r"[\W_]+", "", rest)) <= 3


def _has_own_content(text: str, s: int, e: int, quotes: list[Quote]) -> bool:
    qs = [q for q in quotes if s <= q.start and q.end <= e]
    return not _is_quote_only(text, s, e, qs) if qs else True


def _inside_any(pos: int, qs: list[Quote]) -> bool:
    return any(q.start <= pos < q.end for q in qs)


LIST_NUMBER = re.compile(r"\d{1,2}\.\s+")  # "3. In response, Minister Lavrov stated …": a numbered paragraph


def _strip_span(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a].isspace() or text[a] in "—–-•"):
        a += 1
    number = LIST_NUMBER.match(text, a, b)
    if number:
        a = number.end()
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


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


def _is_cjk(s: str) -> bool:
    return bool(CJK.search(s))


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
