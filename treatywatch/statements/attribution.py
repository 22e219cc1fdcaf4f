"""Who said it: the speaker of a sentence from its words outside quotation marks.

`attribution_of` finds the verb of saying and returns (speaker, rule, verb), or nothing for background: a
document, an event, an anonymous source, a standing position ("has repeatedly said"), words not yet said.
`_subject` finds the verb's subject: a name before the verb, after it ("…, said Lavrov"), set off by commas,
shared with a second predicate ("…, saying"), a pronoun, or an unregistered capitalised name kept as written.
"""
from __future__ import annotations

import re

from treatywatch.statements.article import (JA_TITLE_AFTER_NAME, MONTH_NUMBERS, NAME_WORDS, RU_MONTH, TITLE_NOUNS, Article,
                                            clause_after, find_clause_start, governed, inside_any, outside_quotes,
                                            registered_entry, surname_case_forms, unit_start)
from treatywatch.statements.pronouns import (MINISTRY, PRONOUN, PRONOUN_GENDER, agreeing, first_after, named_at,
                                             ja_titled_anaphor,
                                             nearest_before, pronoun_speaker, ru_title_anaphor)
from treatywatch.statements.quotes import Quote
from treatywatch.statements.relay import relayed_principal, relayed_principal_ja
from treatywatch.statements.speakers import Entry, Mention, _is_cyrillic
from treatywatch.statements.verbs import JA_SPEECH, JA_SUBJECT_IN_VERB, POST_NOUNS, SPEECH

PASSIVE_BEFORE = re.compile(r"(?:\b(?:as|was|were|is|are|been|be|being|that)|было|был|была)\s+$", re.IGNORECASE)
CAPNAME_STOP = re.compile(r"\b(?:Islands?|Prefecture|Ministry|Affairs|Agency|News|Press|Times|Post|Government|Council|Party|Kurils?"
                          r"|Territories|Federation|Union|Nations|Bank|Forum|Office|Embassy|Department|Committee|Assembly|Club"
                          r"|University|Institute|Daily|Journal|Review|Center|Centre|Service|Duma|Senate|Parliament|Diet|States|Kingdom"
                          r"|Cabinet|Commission|Court|Region|Oblast|Krai|Province|House|Chamber"
                          # documents are not speakers: "The 1956 Joint Declaration says …"
                          r"|Declaration|Treaty|Agreement|Charter|Constitution|Communiqu[eé]|Accord|Resolution|Memorandum"
                          r"|Book|Paper|Report|Act|Statement|Bluebook|Protocol|Law"
                          # an event or a place is nobody's name: "… of the end of the Second World War stated"
                          r"|War|Wars|Day|Games|Olympics|Summit|Festival|Expo|Sea|Ocean|Strait|Peninsula|Airport)\b")
# (whom he told: "to the RIA Novosti agency", «в интервью японским СМИ», «в беседе с журналистами»)
TOLD_TO = re.compile(r"(?<!\w)(?:to|with|(?:в |во )?интервью|в беседе с|в разговоре с)(?:\s+the)?\s+(?:[\w.-]+\s+){0,3}$",
                     re.IGNORECASE)
ANONYMOUS = re.compile(r"(?<!\w)(?:sources?|officials?|media|reports?|newspapers?|agency|analysts|experts|observers|"
                       r"diplomats|insiders|источник\w*|собеседник\w*|СМИ|関係者|政府筋)(?!\w)", re.IGNORECASE)
# «Собеседник агентства в японском МИД сказал»: an unnamed source opening its clause, the ministry only where he sits
ANONYMOUS_OPENING = re.compile(r"\W*(?:собеседник\w*|источник\w*|(?:a|an) (?:senior |diplomatic |government )?"
                               r"(?:source|official))\s+(?:агентства|издания|газеты|в|во|из|с|in|at|from|close)\b"
                               r"|\W*(?:people|those|sources|aides|officials) (?:close to|familiar with|around)\b",
                               re.IGNORECASE)
# "the official stressed" points back to the official just named; "officials said" is nobody in particular
DEFINITE_OFFICIAL = re.compile(r"(?<!\w)the (?:\w+ )?official\s*$", re.IGNORECASE)
HABITUAL = re.compile(r"(?<!\w)(?:repeatedly|on numerous occasions|time and again|has long|have long|for years|"
                      r"неоднократно|не раз|繰り返し(?:述べて|主張して|強調して)|かねて)(?!\w)", re.IGNORECASE)
# "…と主張している / 主張しています / 主張してきた": a claim held (Japan's "inherent territory" in a background
# paragraph), as "Russia maintains that …"; a claim made is "主張した"
JA_CLAIM_HELD = re.compile(r"て(?:い|き|お(?:り|ります))")
# …unless the claim was made on a day, to an audience: 「報道官は10日、記者団に「…」と主張していた」 tells words said then
JA_DATED_UTTERANCE = re.compile(r"[0-9０-９]{1,2}日(?:、|に|の)|記者団に|記者会見で|会見で|インタビューで")
# 「…と反発してきた」, 「…と述べてきた」: what a side has kept saying, its standing position (as "has long said")
JA_LONG_HELD = re.compile(r"てき(?:た|ている|ており|ました)")
# the subject's marker after a Japanese name (and its title)
JA_MARKED = re.compile(r"(?:は|が|も)(?!ず)")
# 「…で合意していましたが、その後…」: an agreement told as the state things were in, background (as "had agreed")
JA_EARLIER_STATE = re.compile(r"(?:し)?て(?:い(?:た|ました|る|ます)|おり)")  # (…and 「合意している」, an agreement in force)
# … and words that say so only next to the verb ("has always said", "said many times"); elsewhere in the
# sentence they belong to what was said ("Russia has always been ready, Lavrov said")
HABITUAL_BEFORE_VERB = re.compile(r"(?<!\w)(?:always|often|consistently|всегда|многократно|не единожды)\s+$", re.IGNORECASE)
# "…と繰り返し語っていた" (used to say, time and again): a standing position, as "has repeatedly said"
JA_HABITUAL = re.compile(r"(?:繰り返し|常々|たびたび|度々)(?:述べ|語っ|話し|強調し|主張し)てい")
HABITUAL_AFTER_VERB = re.compile(r"\s*(?:many times|more than once|on (?:several|many|multiple) occasions)(?!\w)",
                                 re.IGNORECASE)
# "X has acknowledged / has expressed his stance": a standing position summed up, not words said on an occasion
STANCE_VERB = re.compile(r"^(?:acknowledged|expressed|insisted|maintained|recogni[sz]ed)$", re.IGNORECASE)
PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s+(?:\w+\s+)?$", re.IGNORECASE)
# "また、…と強調した": a Japanese sentence that goes on with the speaker of the one before
JA_GOES_ON = re.compile(r"^(?:また|さらに|その上で|そのうえで|加えて|続けて|同時に)[、,]")
# "「…」。ラブロフ外相はこう強調した": "said thus" points back to the quote before
JA_THUS = re.compile(r"こう(?:述べ|強調し|語っ|語り|話し|訴え|指摘し|説明し|主張し|明言し|締めくくっ)")
# the subject of a clause the sentence is about, not of its verb: "ロシア外務省が…と発表したことについて、岸田首相は…と述べた"
# (or "…が「…」と述べたのに対し、", "…が…と発言したことへの受け止めを問われ、", "…が…する可能性について問われ、")
JA_SUBORDINATE_SUBJECT = re.compile(r"[^。「」、はもがの]{0,8}?が(?:[^。]{1,120}?(?:(?:こと|の)(?:について|に対し|を受け|に関し|に関連し|をめぐ|に反発"
                                    r"|に抗議|へ)|について問われ|を問われ|に関する質問)"
                                    # 「日本政府が先週発表した制裁の拡大については」: the subject of a relative clause
                                    # in the topic, not of the sentence's verb
                                    r"|[^。「」、]{1,60}?[たる][^。、「」はが]{1,20}?(?:については|についても|に対しては|に関しては|をめぐっては))")
JA_SUBORDINATE_VERB = re.compile(r"[^。、「」]{0,6}?(?:こと|の)(?:について|に対し|を受け|に関し|に関連し|をめぐ|に反発|に抗議|へ)")
JA_SOURCE_AFTER = re.compile(r"によ(?:ると|れば|りますと)")
JA_TITLE_AFTER = re.compile(f"(?:{JA_TITLE_AFTER_NAME})?")  # the title a Japanese name may carry ("高市首相")
JA_UNNAMED_OFFICIALS = "関係者|筋|幹部|高官|当局者"  # an institution's officials or sources, nobody in particular
# a sentence whose subject is nobody in particular: officials unnamed, a poll's respondents, an expert
JA_UNNAMED_SUBJECT = re.compile(rf"(?:{JA_UNNAMED_OFFICIALS}|専門家|識者|有識者|元島民の一人|住民の一人|出席者|参加者|同席者"
                                # a side, an entourage, the media, former islanders or fishermen as such: 「ロシア側は…と
                                # している」 (the side's standing line), 「首相周辺は」, 「元島民の代表が」, 「漁業者の男性は」
                                r"|周辺|(?:日本の|ロシアの)?メディア|元島民(?:の代表|ら|たち)?|漁業者(?:の男性|の女性|ら)?|住民ら"
                                # the two governments as one subject: 「日露両政府は…と位置づけた」, what they agreed on
                                r"|(?:日露|日ロ|日露の|日ロの)?両(?:国)?政府|日露両国|日ロ両国)(?:は|が|も|の一人は)"
                                r"|(?:世論調査|調査|アンケート)(?:では|によると|で)"
                                # a private person told by sex, age or school: 「元島民の男性（90）は」, 「高校生が」
                                r"|(?:男性|女性|高校生|中学生|小学生|大学生|生徒|学生|主婦)(?:[（(][0-9０-９]{1,3}[）)])?(?:は|が|も)"
                                # (a side as the topic は, not a clause's が: 「知事は、ロシア側が止めている…について」)
                                r"|(?<![\u4e00-\u9fff])(?:ロシア|日本|露|日)側は")
# "日本政府関係者によりますと": the source of a report
JA_ANONYMOUS_SOURCE = re.compile(rf"(?:{JA_UNNAMED_OFFICIALS})(?=によ(?:ると|れば|りますと))")
# "外務省幹部は", "日本政府関係者が": the subject of words said
JA_ANONYMOUS_SUBJECT = re.compile(rf"の?(?:{JA_UNNAMED_OFFICIALS})(?:は|が|も|の一人は)")
# "外務省の報道官は": an institution's unnamed spokesperson speaks for it
JA_ITS_SPOKESPERSON = re.compile(r"の(?:外務)?報道(?:官|担当者)(?:は|が|も)")
# "同外相は…と述べた", "同氏はまた…": "the said minister / person", the speaker named before
# a bare title or "the diplomat" as the subject, after a name that carries it (machine Japanese of "the minister said")
_JA_BARE_ROLES = r"トップ外交官|外交官|大使|大臣|次官|報道官"
_JA_ANAPHORS = r"同(?:氏|外相|首相|大統領|報道官|長官|官房長官|大使|次官|大臣|相|副議長)|彼女|彼"
JA_BARE_ROLE = re.compile(rf"(?<![\u4e00-\u9fff\u30a0-\u30ff])({_JA_BARE_ROLES})(?:は|が|も)")
# 「彼によれば」, 「次官によると」: the same words right before "according to" (the verb's match)
JA_ACCORDING_TO_ANAPHOR = re.compile(rf"(?<![\u4e00-\u9fff\u30a0-\u30ff])({_JA_ANAPHORS}|{_JA_BARE_ROLES}|大統領|外相|首相)$")
JA_ANAPHOR = re.compile(rf"({_JA_ANAPHORS})(?:は|も|が)")
# "同省は" (the said ministry), "声明では" (in its statement): the institution named before
JA_SAME_KIND = {"省": "Ministry", "大": "Embassy", "庁": "Agency"}  # 同省 / 同大使館 / 同庁: what the name holds
JA_INSTITUTION_ANAPHOR = re.compile(r"(?:^|(?<=[、。\s]))(?:同(?:省|大使館|庁)(?:は|も|が)|(?:声明|談話|発表)(?:で|に)?は[、,]?)")
_JA_NAMELESS_TITLES = (r"首相|外相|大臣|長官|次官|大使|知事|市長|町長|村長|会長|議長|代表|総裁|局長|理事長|委員長|幹事長"
                       r"|政権|内閣|駐|任|島民|外務|総理|官房")
# "田中大臣は" / "山田議員は": a subject named by a name and a title the registry does not know; kept as written, not
# taken for the speaker named before (a clause start, 1-6 letters of a name, the title, the topic particle)
JA_UNKNOWN_SUBJECT = re.compile(r"(?:^|(?<=[、。\s])|(?<=から)|(?<=て)|(?<=る)|(?<=た)|(?<=には)|(?<=で))"
                                # (the body a name belongs to may be long: 「北方領土返還要求運動根室管内連絡協議会の」)
                                r"(?:[\u4e00-\u9fff\u30a0-\u30ff・]{1,24}の){0,2}"
                                # (副, 前, 元, 新, 同 before a title are "vice", "former", "new", "the said"; before
                                # other letters the start of a family name: 「新堀」, 「前田」)
                                rf"((?!外務|総理|官房|防衛)(?![副前元新同](?:{_JA_NAMELESS_TITLES}))"
                                r"[\u4e00-\u9fff々\u30a0-\u30ff・0-9０-９]{1,10}?(?:外務大臣|総理大臣|官房長官|大臣|外相|首相|議員|知事"
                                r"|長官|大使|報道官|次官|代表|委員長|幹事長|市長|会長|総裁|局長|審議官|政務官|副大臣|氏"
                                r"|地区長|町長|村長|理事長|副知事|議長|党首|書記長|共同代表|支部長|総領事"
                                # a minister by his portfolio: 「衛藤晟一沖縄北方担当相」, 「自見英子地方創生担当相」
                                r"|担当相|担当大臣|北方相"  # (…and 「自見沖縄・北方相」)
                                # a minister by his ministry: 「野村哲郎農林水産相」, 「世耕弘成経済産業相」
                                r"|(?<=[\u4e00-\u9fff]{2})(?:水産|産業|科学|交通|厚生|労働|防衛|財務|法務|総務|環境|文部|経済|復興)相)"
                                # a body speaking as one, its name longer: 「千島歯舞諸島居住者連盟は」
                                r"|(?!外務|総理|官房|防衛|同)[\u4e00-\u9fff\u30a0-\u30ff]{2,16}?(?:連盟|協会|連合会|協議会|委員会|議会"
                                r"|組合|同盟))"
                                r"(?:[（(][^）)「」。]{1,20}[）)])?(?:は|が|も)")
# a document as the sentence's topic: 「共同声明は」, 「改正憲法は」, 「日ソ共同宣言は」 (not 「声明では」 opening a sentence,
# the ministry's statement going on, which JA_INSTITUTION_ANAPHOR reads first)
JA_DOCUMENT_SUBJECT = re.compile(r"(?:共同声明|宣言|文書|憲法|協定|条約|報告書|決議|白書|外交青書)(?:は|も)[、,]?")
# "首相は" / "外相は" with no name: in Japanese news, Japan's own office holder (after a named speaker the same
# words point back to that speaker, a case the implicit-subject rule takes first)
JA_BARE_TITLE = re.compile(r"\s*新?(首相|外相)(?:は|が|も)")  # (新首相: the new one, in office)
JA_GOVERNMENT_SUBJECT = re.compile(r"\s*(?:[^、。「」]{1,40}、)?政府(?:は|が)")  # (after a clause: "…について、政府は")
JA_BARE_OFFICES = {"首相": "jp_pm", "外相": "jp_foreign_minister"}
JA_BARE_KINDS = {"首相": "_pm", "外相": "_foreign_minister"}  # either side's: 「外相は」 after Lavrov is Lavrov
MT_SUBJECT_DROPPED = re.compile(r"Also|Further|Furthermore|Additionally|Moreover")
# "Peskov had said on Tuesday that …": earlier words are still words ("had agreed" is an earlier event)
WORDS_VERB = re.compile(r"^(?:said|told|stated|stressed|noted|warned|declared|insisted|claimed)$", re.IGNORECASE)
# «Об этом он сказал», «Так она заявила»: a personal pronoun as the restating sentence's subject
RU_PRONOUN_SUBJECT = re.compile(r"(?<!\w)(он|она)\s+(?:\w+\s+)?(?:заявил|сказал|сообщил|рассказал|отметил|подчеркнул"
                                r"|указал|пояснил|написал|ответил)а?(?!\w)", re.IGNORECASE)
# a person's past-tense verb («заявил», not an outlet's «сообщает») and, closing the sentence, a first name and surname
UNREGISTERED_AFTER_VERB = re.compile(r"(?<!\w)(?:заявил|сказал|сообщил|рассказал|отметил|подчеркнул|указал|пояснил)а?"
                                     r"(?!\w)[^.!?«»\"]{0,120}?\s([А-ЯЁ][а-яё]+\s[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)"
                                     r"\s*[.!]?\s*$")
PAST_PERFECT_BEFORE = re.compile(r"\bhad\s+(?:\w+\s+)?$", re.IGNORECASE)
RESTATES_PREVIOUS = re.compile(r"^(?:Об этом|Такое заявление|Такое мнение|Соответствующее заявление|Эти слова|"
                               r"Таку[юя] (?:позици[юя]|точку зрения|оценку) (?:озвучил|высказал|выразил|изложил|обозначил)\w*|"
                               r"Так (?:(?:он|она|они) )?(?:заявил|сказал|ответил|высказал|прокомментировал|охарактеризовал|счита|полага|дума)\w*|"
                               # (…with the speaker named right before the verb: «Так посол России в Японии Михаил Галузин
                               # ответил на вопрос»; not «Так как …», «Так же …», nor a noun for him: «Так дипломат ответила
                               # на слова Исибы» names whom he answered)
                               r"Так (?!как\b|же\b|что\b|и\b)[^.,;:!?«»\"]{0,80}?(?-i:[А-ЯЁ])[а-яё]+ (?:заявил|сказал|ответил"
                               r"|прокомментировал)\w*(?!\w)|"
                               # «С таким заявлением выступила Захарова» and its machine English
                               r"С (?:таким|этим|подобным|соответствующим) (?:заявлением|мнением) выступил\w*|"
                               r"With (?:such|this|that|a similar) (?:an? )?statement (?:came out|spoke|appeared)|"
                               # machine English of «Об этом … заявил X»: "About it … was declared by X", "About this told X"
                               r"About (?:it|this)\b|"
                               # …and of «Об этом во вторник заявил X» word for word: "Said this on Tuesday X"
                               r"(?:Said|Stated|Declared|Announced|Reported|Told(?: about)?) (?:this|it|that|so)\b|"
                               r"This was (?:said|stated|announced)|The statement was made|These remarks were made|"
                               # machine-translated «Такое мнение высказал X»: "Such opinion was expressed by X"
                               r"(?:Such|This|That) (?:an? )?(?:opinion|view|position|assessment|point of view|statement) "
                               r"was (?:expressed|voiced|made|stated|shared)|"
                               r"(?:That|This) (?:was|is) (?:how|what) |So said |"
                               # …and its machine Japanese: 「火曜日にこれを宣言したのは…ラヴロフ外相だ」
                               r"[^。「」]{0,20}?(?:これ|それ)を(?:宣言|表明|発表|述べ|明らかに|語っ)(?:した|た)のは)",
                               re.IGNORECASE)
# "Lavrov, speaking at a news conference in Moscow, said": a longer aside, opened by a participle or a setting
PARTICIPLE_ASIDE = re.compile(r"^,\s*(?:speaking|asked|when asked|questioned|answering|commenting|responding|replying|addressing|writing|talking|"
                              r"in an interview|at a|during|after|выступая|отвечая|комментируя|говоря|касаясь"
                              # machine-translated 「…について」 set off by commas: "Peskov, about the peace treaty, said"
                              r"|about|regarding|concerning|with regard to|referring to|on the"
                              r"|in (?:a|an|his|her|its|their|the)|at (?:the|his|her|its)|on \w+day"
                              # any participle opening the aside: "Lavrov, standing next to his Japanese counterpart, …"
                              r"|[a-z]{3,}ing|seated|flanked"
                              # …and a Russian active participle: «Мори, встретившийся в четверг с Путиным, заявил»
                              r"|[а-яё]{3,}(?:вш|ющ|ящ|ащ|ущ)[а-яё]*)\b", re.IGNORECASE)
# "Medvedev, deputy chairman of Russia's Security Council, said": a title set off by commas may run long
TITLE_ASIDE = re.compile(rf"^,\s*(?:\S+\s+){{0,4}}?(?:{TITLE_NOUNS})\b", re.IGNORECASE)
# "Такаити в ходе выступления в парламенте пообещала", "Lavrov at a news conference in Moscow on Friday said": a
# setting (prepositional phrases, no comma, no other verb) between the subject and its verb
SETTING_GAP = re.compile(r"^\s+(?:в ходе|во время|в рамках|на|в|во|по итогам|после|при|at|in|on|during|after)\s"
                         # (a channel or paper named in marks: «в интервью телеканалу «Россия 24»»)
                         r"(?:[^,;:.!?\"“”«»]|[«\"“][^«»\"“”\n]{1,30}[»\"”])*$", re.IGNORECASE)
# machine English that sets the setting off with one comma only ("The deputy minister, curating the Asian direction,
# in the interview to RIA Novosti declared"): the setting between the subject and its verb all the same
SETTING_AFTER_COMMA = re.compile(r"^,\s+(?:in|at|during) (?:the|an?|his|her) [^,;:.!?\"“”«»]*$", re.IGNORECASE)
# machine-translated Japanese: the setting, then the subject matter set off by commas ("Matsuno at the press
# conference of the 5th, about Russia's announcement of the drills, stated"; 「…について、…と述べた」)
SETTING_ABOUT_GAP = re.compile(r"^\s+(?:at|in|on|during)\s[^,;:.!?\"“”«»]*,\s*(?:about|regarding|concerning|on)\s"
                               r"[^,;:.!?\"“”«»]*,\s*$"
                               # …and its machine Russian: «на пресс-конференции 22-го числа, относительно слов министра
                               # Лаврова, сказал», «…, отвечая на вопрос о … при кабинете Такаити сказал»
                               r"|^\s+(?:на|в|во)\s[^,;:.!?\"“”«»]*,\s*(?:относительно|касательно|по поводу|отвечая на вопрос)\s"
                               r"[^;:.!?\"“”«»]*?,?\s*$", re.IGNORECASE)
# a name inside the phrase a sentence's words answer: «относительно слов министра Лаврова», "regarding Lavrov's words"
ABOUT_PHRASE = re.compile(r"(?:,\s*|^)(?:относительно|касательно|по поводу|отвечая на вопрос|regarding|concerning|about)"
                          r"\s[^,;:.!?\"“”«»]{0,90}$", re.IGNORECASE)
# the same phrase set off by commas between a subject and its verb («Суга, относительно слов Лаврова, сказал»)
ABOUT_ASIDE = re.compile(r",\s*(?:относительно|касательно|по поводу|отвечая на вопрос\w*|комментируя|regarding|concerning"
                         r"|commenting on|responding to|in response to)\s[^,;:.!?\"“”«»]{0,90},\s*$", re.IGNORECASE)
# after an inverted verb, the short quoted name of a paper or a channel before the speaker ("в интервью «Известиям»")
QUOTED_NAME_AFTER = re.compile(r"[^.;:!?\"“”«»\n]{0,40}?[«\"“]([^«»\"“”\n]{1,30})[»\"”]")
# a Russian clause that opens with its object, someone's words, the subject after the verb
FRONTED_WORDS_OF = re.compile(r"^\W*(?:эти |это |такие )?(?:слова|заявлени[ея]|высказывани[ея]|реплик[уи]|комментари[ий]|позици[юя])"
                              r"\s+(?:\w+\s+){0,3}\w+\s*$", re.IGNORECASE)
# a title after the name, machine-translated word order: "Spokesman Peskov of the Russian presidential office said"
TITLE_TAIL = re.compile(r"^\s+of (?:the )?[^,;:.!?\"“”«»]{0,50}?\b(?:office|ministry|government|kremlin|administration|department"
                        r"|council|embassy|cabinet|secretariat)\s+$", re.IGNORECASE)
HYPHEN_DASH = re.compile(r"[,\"”»]\s*-\s*$")  # '…", - сказал министр': a hyphen typed for the dash
RU_OBJECT_PRONOUN = re.compile(r"\s+(его|ее|её)(?!\w)")
POST_BEFORE = re.compile(rf"\b(?:the|his|her|its|that|one of the|one of his|one of her) (?:{'|'.join(POST_NOUNS)}) $",
                         re.IGNORECASE)
DIALOGUE_DASH = re.compile(r"\s*[-–—]\s")  # a paragraph that opens with the dash of direct speech
AS_SAID = re.compile(r"^\W*как(?: (?:уже|ранее|и))?\s*$", re.IGNORECASE)
RELATIVE = re.compile(r",\s*(?:who|whose|whom|which|котор\w+|кто|чей|чья|чьё|чьи)\b", re.IGNORECASE)
# an institution's title and an unregistered official's name between the institution and the verb
# ("Японии Тосихиро Китамура заявил": in Russian the title comes before the institution, the name right after it)
TITLED_NAME_BEFORE_VERB = re.compile(rf"\s+(?i:(?:{TITLE_NOUNS}|press|chief|first|senior|general)\s+){{1,3}}"
                                     r"([A-Z][a-z'’-]+ [A-Z][a-z'’-]+)\s+(?:[a-z]+\s+)?"
                                     r"|\s+([А-ЯЁ][а-яё-]+ [А-ЯЁ][а-яё-]+)\s+(?:[а-яё]+\s+)?")
# the verb right after "who" (a few words between: "who said last month", "who earlier said", "who on Monday said")
WHO_RIGHT_BEFORE = re.compile(r",\s*who\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
COORDINATION = re.compile(r"(?<!\w)(?:and|but|while|whereas|и|а|но|тогда как)(?!\w)|[;:]", re.IGNORECASE)
TEMPORAL_CLAUSE = re.compile(r"(?<!\w)(?:after|before|since|until|once|после того,? как|до того,? как|с тех пор,? как)"
                             # (not a time phrase of the speaker's own: "Abe after the meeting told …")
                             r"(?!\s+(?:the|a|an|this|that|his|her|their|its)\s+[\w-]+\s*$)"
                             r"(?!\w)[^,;]*$", re.IGNORECASE)
# an institution's announcement, recalled with its date long before the article's as background
ANNOUNCED = re.compile(r"announced|объявил[аио]?|表明し|発表し", re.IGNORECASE)
SHORT_NAME_QUOTE = 40  # characters: a quote this short in a recalled announcement names a thing, it quotes no words
RECALLED_EVENT_DAYS = 45
DATE_WORDS = re.compile(r"(?<![\w])(january|february|march|april|(?-i:May)(?=\s+\d)|june|july|august|september|october|november"
                        rf"|december|{RU_MONTH})(?!\w)(?:\s+((?:19|20)\d\d))?"
                        # (a year alone; not the treaty documents' own, "the 1956 Declaration")
                        r"|((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月|(?<!\d)((?!1956|1855)(?:19|20)\d\d)(?!\d)", re.IGNORECASE)


# a date opening a sentence ("In 2016, …", "In November 2018, …", «В 2016 году …», 「2016年に…」)
DATE_OPENING = re.compile(r"\W*(?:(?:in|back in|в)\s+(?:\w+\s+)?(?:(?:19|20)\d\d)(?:\s+год\w*)?|(?:19|20)\d\d年(?:\d{1,2}月)?)[,、]?\s*",
                          re.IGNORECASE)


def dated_before(span: str, published: str | None, days: int) -> bool:
    """`span` dates what it tells (a month, a year) more than `days` before `published`."""
    from datetime import date

    try:
        when = date.fromisoformat((published or "")[:10])
    except ValueError:
        return False
    for m in DATE_WORDS.finditer(span):
        if m.group(1):
            month = MONTH_NUMBERS[m.group(1).lower()[:3]]
            year = int(m.group(2)) if m.group(2) else when.year - (month > when.month)  # (no year: the last such month)
        elif m.group(3):
            year, month = int(m.group(3)), int(m.group(4))
        else:
            year, month = int(m.group(5)), 12  # a year alone: its end, the latest it can mean
        if 1 <= month <= 12 and (when - date(year, month, 28)).days > days:
            return True
    return False


# a "when" clause of a date: «с марта 2022 года, когда российский МИД объявил …», "since March 2022, when Moscow …"
DATED_WHEN = re.compile(r"(?:(?:19|20)\d\d|года|январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр"
                        r"|January|February|March|April|May|June|July|August|September|October|November|December)"
                        r"[^,.;:!?«»\"“”]{0,20},\s+(?:when|когда)\s[^,.;:!?«»\"“”]*$", re.IGNORECASE)
JA_JOINT_WORDS = "両首脳|両外相|両氏|日露首脳|両国首脳"  # "the two leaders" in Japanese news
JA_JOINT = re.compile(rf"({JA_JOINT_WORDS})(?:は|が|も)")
# a background sentence of news copy: «Напомним, …», «Как известно, …», "It will be recalled that …"
RECALLED_BACKGROUND = re.compile(r"\W*(?:напомним|напомню|как известно|it will be recalled|as is known)\b", re.IGNORECASE)
# an agreement described in a relative clause ("under which the two leaders agreed", «по которой лидеры договорились»)
# (…or the document they agreed on: "the 1956 Declaration, which Putin and Abe agreed to use as the basis")
AGREEMENT_IN_RELATIVE = re.compile(r"(?<!\w)(?:(?:under|in|by|through|with) which|whereby|по котор\w+|согласно котор\w+"
                                   r"|в рамках котор\w+|(?<=, )which|(?<=, )котор(?:ую|ый|ое|ые)(?!\w))(?!\w)",
                                   re.IGNORECASE)
AGREEMENT_VERB = re.compile(r"agreed|reaffirmed the agreement|договорил|условил|で(?:合意|一致)|ことで", re.IGNORECASE)
JOINT_SUBJECT = re.compile(r"(?<!\w)(?:the (?:two |both )?(?:leaders|heads of state|foreign ministers|ministers|sides|"
                           r"countries' leaders)|both (?:leaders|ministers|sides)|the foreign ministers of (?:japan and russia|"
                           r"russia and japan)|they|лидер\w*(?: двух стран)?|стороны|они|главы \w+|" + JA_JOINT_WORDS + ")"
                           r"(?:\W+\w+){0,3}\W*$", re.IGNORECASE)
# «В МИД России считают, что …», «в Кремле считают»: the impersonal report of what the institution said today
IN_THE_INSTITUTION = re.compile(r"^\W*(?:[А-ЯЁа-яё]+\s+){0,2}?[Вв]о?\s+[^,.;:!?«»\"]{2,40}$")
THAT_AFTER = re.compile(r",?\s+что\b")
# what was announced told as a clause ("announced that Russia does not intend …"): words, not a thing announced
CONTENT_CLAUSE_AFTER = re.compile(r",?\s+(?:что|that)\b", re.IGNORECASE)
NON_SPEAKER_INSTITUTION_VERBS = re.compile(r"^(?:considers|believes|thinks|claims|hopes|hoped|described|"
                                           r"считает|считают|назвал\w*)$", re.IGNORECASE)
# an unregistered name set off by an apposition before its verb: "Ivan Petrov, a deputy of the regional duma, said"
# (an apposition of two parts; a title may stand before the name: "Ishin leader Ichiro Matsui, who is also …, told")
FRONTED_NAME = re.compile(rf"^\s*(?:(?:[A-Z][\w'’-]*\s+){{0,3}}(?i:{TITLE_NOUNS})\s+(?=[A-Z][a-z]+\s+[A-Z]))?({NAME_WORDS})\s*"
                          r"(?:,[^,.;:!?\"“”«»]{3,100}){1,2},\s*$")
INNER_FRONTED_NAME = re.compile(rf",\s*({NAME_WORDS})\s*,[^,.;:!?\"“”«»]{{3,160}},\s*$")
CAPNAME = re.compile(r"((?:[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?\s){1,2}[A-Z][a-z]+(?:-[a-z]+)?)\s*,?\s*$")
NOT_NAMES = re.compile(r"^(?:The|This|That|These|Those|It|In|On|At|But|And|According|However|Meanwhile|While|Although|Though"
                       r"|Whereas|When|After|Before|Since|Because|If|As|Moscow|Tokyo|Japan|"
                       r"Russia|Beijing|China|Kyodo|Reuters|Interfax|Xinhua|Asahi|Nikkei|Sputnik|Tass|Jiji|Mainichi|Yomiuri"
                       # a title alone is nobody's name ("Prime Minister said" with no one named before)
                       r"|(?:Prime|Foreign) Minister\s*$|Chief Cabinet Secretary\s*$)\b")
AGENCIES = re.compile(r"(?<!\w)(?:TASS|Tass|Interfax|RIA|Reuters|Xinhua|Kyodo|Jiji|NHK|Asahi|Nikkei|Sputnik|AFP|AP|"
                      r"ТАСС|Интерфакс|РИА|共同|時事|ロイター|タス)(?!\w)")
NESTED_SPEECH = re.compile(r"(?<!\w)(?:said|says|stated|announced|claimed|declared|заявил\w*|сообщил\w*|объявил\w*)(?!\w)",
                           re.IGNORECASE)
UNNAMED_AFTER = re.compile(r"\s+(?:sources?|officials?|insiders?|источник\w*)\b", re.IGNORECASE)
# '…, the Russian Foreign Ministry said in a statement.' / '…, Japanese officials said.': the source of the whole
# sentence, closing it after a comma, not words nested in what the speaker said
CLOSING_SOURCE_BEFORE = re.compile(r"[,\"”»]\s*(?:\S+\s+){0,3}\S+\s*$")
CLOSING_SOURCE_AFTER = re.compile(r"[^,;:\"“”«»]{0,60}$")


def _anonymous_subject(last_words: str) -> bool:
    """'officials said', 'a source … told'; not 'In remarks carried by state media, Putin said' (a comma ends the
    phrase the word is in), nor 'Galuzin in the interview to the RIA Novosti agency declared' (the agency is whom
    he told)."""
    m = ANONYMOUS.search(last_words)
    return bool(m) and "," not in last_words[m.end():] and not TOLD_TO.search(last_words[:m.start()])


def _speaks_later(art: Article, start: int, end: int, qs: list[Quote], speaker) -> bool:
    """A person other than `speaker` (or "the two leaders") is the subject of a verb of saying later in
    text[start:end]."""
    for v in SPEECH.finditer(art.text, start, end):
        if inside_any(v.start(), qs):
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
        if not inside_any(m.start, qs) and len(art.text[m.end:verb_start].split()) <= 2:
            return m
    return None


def reports_another(art: Article, start: int, end: int, qs: list[Quote], speaker: str) -> bool:
    """The content of a reported statement is itself someone else's words: "… confirmed that Abe announced …",
    "… the fact that some Japanese officials said …". The treaty words are then theirs."""
    for v in NESTED_SPEECH.finditer(art.text, start, end):
        if inside_any(v.start(), qs):
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


# the verbs that tell someone else's words (not "agreed", the two sides' act)
INNER_SAID = re.compile(r"said|says|replied|replies|answered|responded|told|stated|insisted|warned|stressed"
                        r"|ответил\w*|заявил\w*|сказал\w*|подчеркнул\w*|отметил\w*", re.IGNORECASE)
COORDINATED_NAME = re.compile(r"(?<!\w)(?:and|и)\s+$", re.IGNORECASE)


def inner_speaker(art: Article, verb_end: int, quote_start: int, qs: list[Quote], name: str):
    """Someone else named, with a verb of saying of his own, between the speaker's verb and the quote ("She said
    Khoroshavin replied that …", «Он рассказал, что Путин ответил: …»): the quote is his, as told; None when
    nobody else speaks there."""
    for v in SPEECH.finditer(art.text, verb_end, quote_start):
        if inside_any(v.start(), qs) or not INNER_SAID.fullmatch(v.group()):
            continue
        m = _mention_right_before(art, verb_end, v.start(), qs)
        if m is None or COORDINATED_NAME.search(art.text, max(verb_end, m.start - 6), m.start):
            continue  # (not "that he and Putin had agreed": the two leaders' agreement)
        r = art.resolve(m)
        if r and r[0] != name and r[1] is not None and r[1].kind == "person":
            return r
    return None


# «Заявление о том, что …, сделал X»: the statement's content first, its maker after "сделал"
STATEMENT_MADE_BY = re.compile(r"^(?:Заявлени\w+|Слова) о том,? что [^.!?«»\"]{10,400}?,\s+(?:\w+\s+){0,6}?сделал\w*\s")


def attribution_of(art: Article, s: int, e: int, qs: list[Quote], outside: str):
    """(speaker, rule, verb match) of a sentence from its words outside quotes, or (None, None, None)."""
    text = art.text
    made = STATEMENT_MADE_BY.match(text[s:e].lstrip())
    if made:
        after = first_after(art, s + (len(text[s:e]) - len(text[s:e].lstrip())) + made.end(), e, qs, stop=".;!?")
        if after:
            return after, "reported_speech", None
    if RESTATES_PREVIOUS.search(text[s:e].lstrip("—-– ")) or (art.has_cjk and not qs and JA_THUS.search(text, s, e)):
        ms = [m for m in art.mentions_in(s, e) if not inside_any(m.start, qs)]
        pronoun = RU_PRONOUN_SUBJECT.search(text, s, ms[0].start) if ms else None
        if pronoun is not None and not inside_any(pronoun.start(), qs):
            # «Так он ответил на вопрос о заявлении Захаровой»: the pronoun is the subject, the name its topic
            r = agreeing(art, art.last_person, PRONOUN_GENDER.get(pronoun.group(1).lower()), pronoun.start())
            if r:
                return r, "restates_previous", None
        for i, m in enumerate(ms):
            r = art.resolve(m)
            if r and _an_unnamed_member_of(art, r, s, e, qs):
                break  # «Об этом со ссылкой на источник в МИД сообщает …»: a source in the ministry, nobody
            if r and r[1] is not None and r[1].kind == "institution" and i + 1 < len(ms) and \
                    _official_named_after(art, r[1], ms[i + 1], m.end):
                continue  # "…came out the official representative of the Ministry of Foreign Affairs of Russia Maria
                # Zakharova": the official named after her ministry speaks
            if r:
                return r, "restates_previous", None
        r = _restater_unnamed(art, s, e, qs) if not ms else None
        if r:
            return r, "restates_previous", None
    for v in SPEECH.finditer(text, s, e):
        if inside_any(v.start(), qs):
            continue
        if art.has_cjk and JA_SUBORDINATE_VERB.match(text, v.end(), e):
            if any(not inside_any(w.start(), qs) for w in JA_SPEECH.finditer(text, v.end(), e)):
                continue  # "…と発表したことについて、岸田首相は…と述べた": the sentence's verb is the last one
            # 「菅官房長官は、森元首相が…と述べたことに関連し、…について質問されました」: no verb of saying after it;
            # the words are those of the subject が marks, not of the sentence's topic
            said_by = ja_ga_subject(art, s, v.start(), qs)
            if said_by is None:
                continue
            return said_by, "subordinate_speech", v
        verb = v.group().lower()
        if qs and (MT_QUOTE_AND_VERB.search(text, max(s, v.start() - 16), v.start())
                   or (MT_QUOTE_RIGHT_BEFORE.search(text, max(s, v.start() - 4), v.start())
                       and MT_VERB_ENDS.match(text, v.end()) and _is_cyrillic(v.group()))):
            subject = _mt_subject_before_quote(art, s, qs)
            if subject is not None:
                return subject, None, v
        clause_start = find_clause_start(text, s, v.start(), qs)
        before = text[clause_start:v.start()]
        if HABITUAL.search(before[-40:]) or HABITUAL.search(clause_after(text, v.end(), e, 40)) or \
                HABITUAL_BEFORE_VERB.search(before[-30:]) or HABITUAL_AFTER_VERB.match(text, v.end()) or \
                (art.has_cjk and JA_HABITUAL.search(text, max(s, v.start() - 5), min(e, v.end() + 3))) or \
                (STANCE_VERB.match(verb) and PERFECT_BEFORE.search(before)) or \
                (PAST_PERFECT_BEFORE.search(before) and not WORDS_VERB.match(verb)) or \
                (verb.endswith("主張し") and JA_CLAIM_HELD.match(text, v.end())
                 and not JA_DATED_UTTERANCE.search(text, max(s, v.start() - 120), v.start())) or \
                (art.has_cjk and JA_LONG_HELD.match(text, v.end())) or \
                (verb.endswith(("合意し", "一致し", "合意", "一致")) and JA_EARLIER_STATE.match(text, v.end())):
            # "Putin has acknowledged …" sums up a stance; "Abe and Putin had agreed …" tells an earlier event
            continue
        if (_anonymous_subject(" ".join(before.split()[-6:])) or ANONYMOUS_OPENING.match(before)) \
                and not DEFINITE_OFFICIAL.search(before) \
                and not COORDINATED_BEFORE.search(before[-20:]):  # "… denied the report but said": not its subject
            continue  # "officials said", "media reports said", "a source … told"
        if verb == "says" and before.strip().lower() == "it":
            continue  # "It says the islands …": the standing position of a background paragraph
        if TEMPORAL_CLAUSE.search(before) or DATED_WHEN.search(text, max(s, v.start() - 160), v.start()):
            # "… after Abe and Putin agreed in November", «заморожены с марта 2022 года, когда МИД объявил о выходе»:
            # an earlier event told as background
            continue
        if AGREEMENT_VERB.match(verb) and AGREEMENT_IN_RELATIVE.search(before[-100:]):
            continue  # "the 2018 Singapore agreement, under which the two leaders agreed to …": the agreement described
        if AGREEMENT_VERB.match(verb) and (RECALLED_BACKGROUND.match(text, s) or (
                DATE_OPENING.match(text, s) and dated_before(DATE_OPENING.match(text, s).group(), art.published,
                                                            RECALLED_EVENT_DAYS))):
            continue  # «Напомним, в ноябре прошлого года Путин и Абэ договорились …», "In 2016, the two leaders
            # agreed …" in a 2021 report: the agreement recalled
        if MODAL_BEFORE.search(before[-20:]) or (HYPOTHETICAL_BEFORE.search(before[-24:]) and
                                                  CONDITION_OPENING.match(text, s)):
            continue  # "Lavrov is expected to say", "Kishida will tell the Diet", "If …, the Kremlin would still say
            # no": words not yet said
        if NEGATED_BEFORE.search(before[-20:]) and not NEGATION_KEEPS.match(verb):
            continue  # "He did not say whether …", "Путин не сказал, будут ли …": no words said
        agent = None
        source = None
        if PASSIVE_BEFORE.search(before) and not verb.startswith(("according", "по ")):
            agent = BY_AGENT.match(text, v.end())
            if agent is None and AS_OPENING.fullmatch(before):
                # machine English of «Как заявила Захарова, …»: "As declared the official representative … Maria
                # Zakharova at the briefing, …": the one named after the verb, before the comma
                source = first_after(art, v.end(), min(e, v.end() + 120), qs, stop=",.;:!?")
            if agent is None and source is None:
                source = _institution_in(art, v.end(), e, qs)
                if source is None:
                    continue  # "as stated in the document", "it was said"
        speaker = None
        if source is not None:
            speaker = source
        elif agent is not None:  # "As noted by the head of Russian diplomacy, …": the one after "by" speaks
            m = _first_mention_after(art, agent.end(), min(e, agent.end() + 60), qs)
            if m is None or not _source_gap(text[agent.end():m.start]):
                continue
            speaker = art.resolve(m)
        elif verb == "according to" and (pronoun := OBJECT_PRONOUN.match(text, v.end())):
            speaker = agreeing(art, art.last_person, PRONOUN_GENDER[pronoun.group().strip().lower()], v.start())
        elif verb in ("according to", "in the words of"):
            m = _first_mention_after(art, v.end(), min(e, v.end() + 80), qs)
            role = ROLE_AFTER.match(text, v.end()) if m is None else None
            if m is None and role is None and art.last_institution is not None and \
                    INSTITUTION_AFTER.match(text, v.end()):
                return art.last_institution, None, v  # "According to the ministry, Tokyo's attempts …"
            if role is not None:  # "according to the Russian minister", "in the words of the diplomat"
                speaker = pronoun_speaker(art, role.start(1), role.end(1), qs)
                if speaker is None:
                    continue
            elif m is None or not _source_gap(text[v.end():m.start]) or UNNAMED_AFTER.match(text, m.end):
                continue  # not "according to Japanese government sources": nobody in particular
            else:
                speaker = art.resolve(m)
            if _speaks_later(art, m.end if m is not None else role.end(), e, qs, speaker):
                continue  # "According to the Japanese government, Putin said …": the source of the report, not its speaker
        elif verb.startswith("по ") and ("словам" in verb or "мнению" in verb):
            if verb.split()[1] in ("его", "ее", "её", "их"):
                speaker = agreeing(art, art.last_person, PRONOUN_GENDER.get(verb.split()[1]), v.start())
            else:
                m = _first_mention_after(art, v.end(), min(e, v.end() + 80), qs)
                speaker = art.resolve(m) if m is not None and _source_gap(text[v.end():m.start]) else None
                if m is None:
                    speaker = ru_title_anaphor(art, v.end())
                elif speaker is not None and _speaks_later(art, m.end, e, qs, speaker):
                    continue  # «По словам Такаити, Путин заявил …»: the source of the report, as "according to"
        elif verb in ("reads", "read", "says") and POST_BEFORE.search(text, max(s, v.start() - 20), v.start()):
            speaker = art.last_person  # '"…," the post reads': the one named before as its author
        elif verb.startswith("in ") and verb.endswith("words"):
            speaker = _possessor(art, v.group()) if "'" in verb or "’" in verb else art.last_person
        elif verb.startswith(("quot", "cit")) and verb.endswith(("as saying", "as telling")) and " as " in verb \
                and not verb.startswith(("quoted as", "cited as")):
            # "Interfax cited Galuzin as saying that …": the one named inside; "Asahi reported on a speech by
            # Galuzin, quoting him as saying that …": him is the one named before
            inside = [m for m in art.mentions_in(v.start(), v.end()) if art.resolve(m)]
            # ("NHK quoted the prime minister as saying": the title's holder, as "the prime minister said")
            speaker = art.resolve(inside[0]) if inside else \
                pronoun_speaker(art, v.start(), v.end(), qs) or nearest_before(art, s, v.start(), qs)
        elif verb.startswith(("цитиру", "процитир", "привод")):
            # '«…», - цитирует Лаврова ТАСС': the one quoted is named after the verb, the agency is not the speaker
            m = _first_mention_after(art, v.end(), min(e, v.end() + 60), qs)
            # ('«…», — цитирует президента ТАСС': a title in the genitive points back to the one named before;
            # «— цитирует его газета»: the pronoun, the man named before)
            pronoun = RU_OBJECT_PRONOUN.match(text, v.end())
            speaker = art.resolve(m) if m is not None and pronoun is None else \
                agreeing(art, art.last_person, PRONOUN_GENDER.get(pronoun.group(1).lower()), v.start()) if pronoun \
                else ru_title_anaphor(art, v.end())
        elif JA_SOURCE_AFTER.fullmatch(verb):
            if any(not JA_SOURCE_AFTER.match(later.group()) and not inside_any(later.start(), qs)
                   for later in JA_SPEECH.finditer(text, v.end(), e)):
                continue  # "大統領府によりますと、プーチン大統領は…としています": the subject's own verb decides
            if JA_ANONYMOUS_SOURCE.search(text, max(s, v.start() - 4), v.end()):
                continue  # "政府関係者によりますと": an anonymous source
            speaker = nearest_before(art, max(s, v.start() - 30), v.start(), qs)
            near = JA_ACCORDING_TO_ANAPHOR.search(text, max(s, v.start() - 8), v.start()) if speaker is None else None
            if near is not None:  # 「彼によれば、…」, 「次官によると、…」: the words of the man named before
                speaker = _ja_anaphor(art, near.group(1), near.start())
        else:
            speaker = _subject(art, s, e, clause_start, v, qs)
            if speaker is not None and _an_unnamed_member_of(art, speaker, s, e, qs):
                continue  # "a source in the Japanese Foreign Ministry told …", «как пояснил источник в МИД»: nobody
            if speaker is not None and speaker[1] is None:
                art.unknown_speakers.add(speaker[0])  # "Petrov" below may stand for "Ivan Petrov"
            if speaker is not None and AS_SAID.match(before) and _speaks_later(art, v.end(), e, qs, speaker):
                continue  # "Как сообщили в Кремле, Путин заявил …": the source of the report, not its speaker
        if speaker is None:
            unknown = _ja_unknown_subject(art, s, v.start(), qs) if JA_SPEECH.match(text, v.start()) else None
            if unknown is not None:
                return (unknown, None), None, v
            government = JA_GOVERNMENT_SUBJECT.match(text, s) if JA_SPEECH.match(text, v.start()) else None
            if government and "japanese government" in art.reg.by_name:
                entry = art.reg.by_name["japanese government"]  # "政府は…と抗議した": Japanese news's own government
                return (entry.name, entry), None, v
            implicit = _ja_named_last(art, s)
            unnamed = JA_UNNAMED_SUBJECT.search(text, s, v.start())
            if unnamed is not None and not inside_any(unnamed.start(), qs):
                implicit = None  # 「会談に同席した政府関係者は「…」と語った」, 「世論調査では「…」と答えた」: nobody named
            # "首相は…" right after Putin's words: a prime minister, so not the president named last
            bare = JA_BARE_TITLE.match(text, s) if JA_SPEECH.match(text, v.start()) else None
            if bare and implicit is not None and art.published and (implicit[1] is None or not implicit[1].held_on(
                    art.published, lambda o, w=bare.group(1): o.endswith(JA_BARE_KINDS[w]))):
                implicit = None
            document = JA_DOCUMENT_SUBJECT.search(text, s, v.start())
            if document is not None and not inside_any(document.start(), qs):
                continue  # 「会談後に発表された共同声明は、…とした」: a document's words, nobody's, whoever spoke before
            if JA_SPEECH.match(text, v.start()) and (qs or JA_GOES_ON.match(text[s:e].lstrip())
                                                     or v.group().startswith(("とも", "とし"))
                                                     or _goes_on_saying(art, s, v, qs)) and \
                    implicit is not None and \
                    not [m for m in art.mentions_in(s, v.start()) if not inside_any(m.start, qs)
                         and not JA_SUBORDINATE_SUBJECT.match(text, m.end, v.start())
                         and not (JA_SPEECH.match(text, v.start()) and _possessive_ja(text, m))]:
                # Japanese drops the subject it already named ("…だとも述べた": said also; "…だとしている":
                # the ministry's statement goes on; "…と主張した" right after the speaker's statement)
                return implicit, "ja_implicit_subject", v
            if implicit is not None:
                bare = None
            holder = art.reg.holder(JA_BARE_OFFICES[bare.group(1)], art.published) if bare else None
            if holder is not None:
                return (holder.name, holder), None, v  # "首相は…と述べた": Japanese news's own prime minister
            continue
        if speaker[1] is not None and speaker[1].kind == "institution" and NON_SPEAKER_INSTITUTION_VERBS.match(verb) \
                and not (verb == "считают" and IN_THE_INSTITUTION.match(before) and THAT_AFTER.match(text, v.end())):
            continue  # "Tokyo considers the islands its own": a standing view; «В МИД считают, что …»: said today
        if speaker[1] is not None and speaker[1].kind == "institution" and ANNOUNCED.fullmatch(verb) \
                and all(q.end - q.start <= SHORT_NAME_QUOTE for q in qs) \
                and not CONTENT_CLAUSE_AFTER.match(text, v.end()) \
                and dated_before(text[s:v.start()], art.published, RECALLED_EVENT_DAYS):
            # «В марте 2022 года МИД объявил о прекращении переговоров» in a 2024 article: the announcement recalled
            # as the story's background, in the writer's words (its words quoted would be a statement; a name in
            # quotes, «Днем северных территорий», is no words)
            continue
        if speaker[1] is not None and speaker[1].kind == "institution":
            # "The Kremlin said Putin told Takaichi …", "В Кремле сообщили, что Путин заявил …": the readout of its
            # own principal's words, as "According to the Kremlin, Putin told …" is
            relayed = relayed_principal_ja(art, s, v.start(), qs, speaker[1]) if JA_SPEECH.match(text, v.start()) else \
                relayed_principal(art, v.end(), e, qs, speaker[1])
            speaker = relayed or speaker
        return speaker, None, v
    if qs and not art.has_cjk:
        # a factbox or timeline line, "-- April 29, 2013, Moscow: Abe, after his summit with Putin: '…'", «2019 —
        # Абэ: «…»»: the person named before the colon that opens the quote (not one governed: "with Putin"); a
        # ticker's «Дмитрий Песков: переговоры продлились три часа, «…»»: the name and its setting, then the colon
        # (the quote the colon opens, not a word quoted in an aside before it: '2019 — Abe, whose government
        # dropped the word "illegally" that year: "…"')
        opened = next((q for q in qs if COLON_BEFORE_QUOTE.search(text, s, q.start)), qs[0])
        lead = [m for m in art.mentions_in(s, opened.start) if not inside_any(m.start, qs)]
        quote_after_colon = COLON_BEFORE_QUOTE.search(text, s, opened.start)
        for m in lead:
            r = art.resolve(m)
            if r and r[1] is not None and r[1].kind == "person" and not governed(art, s, m, lead) and \
                    (quote_after_colon or NAME_SETTING_COLON.match(text, m.end, opened.start)):
                return r, "colon_quote", None
    if qs:
        heading = _heading_speaker(art, qs[0])
        if heading is not None:
            return heading, "heading_quote", None
    for q in qs:  # a Japanese headline: "ロシア大統領報道官「交渉を終了させたのも日本だ」", the speaker right before the marks
        if text[q.start] not in "「『":
            continue
        for m in reversed(art.mentions_in(max(s, q.start - 40), q.start)):
            if text[m.end:q.start].strip() == "" and not inside_any(m.start, qs):
                r = art.resolve(m)
                if r:
                    return r, "headline_quote", None
            break
    return None, None, None


HEADING_MAX = 120  # characters: a timeline's heading line ("Ёсихико Нода, 7 февраля 2012 года, митинг в Токио")


def _heading_speaker(art: Article, q: Quote):
    """A key-quotes page: a line of its own that is only a quote, under a short heading line naming a person
    («Ёсихико Нода, 7 февраля 2012 года, митинг в Токио» / «…»; 「■2021年　菅義偉首相」 / 「…」): that person; None
    for any other quote."""
    text = art.text
    line_start = text.rfind("\n", 0, q.start) + 1
    line_end = text.find("\n", q.end)
    line_end = len(text) if line_end < 0 else line_end
    if line_start < 2 or text[line_start:q.start].strip() or text[q.end:line_end].strip(" .。"):
        return None  # the quote does not fill a line of its own under another line
    prev_end = line_start - 1
    prev_start = text.rfind("\n", 0, prev_end) + 1
    heading = text[prev_start:prev_end]
    if not heading.strip() or len(heading) > HEADING_MAX or heading.rstrip().endswith((".", "。", "!", "?", ":", "：")) \
            or QUOTE_MARK_ANY.search(heading):
        return None
    named = art.mentions_in(prev_start, prev_end)
    for m in named:
        if _governed_any(art, prev_start, m, named):
            continue  # 「（…安倍晋三首相との共同記者会見）」: the one met, not the speaker
        r = art.resolve(m)
        if r and r[1] is not None and r[1].kind == "person":
            return r
    if OCCASION_WORDS.search(heading):
        # 「▽2014年5月24日（各国通信社の代表と会見）」 on a page of one man's remarks: the man the page is about, the
        # person named last before the heading as a subject (not one met: 「プーチン大統領と…会談」; not a heading
        # naming a document: 「■2023年　大会の決議」)
        before = art.mentions_in(0, prev_start)
        people = [(m, r) for m in before if (r := art.resolve(m)) and r[1] is not None and r[1].kind == "person"]
        if art.has_cjk:  # the subject the intro marks with は/が first (「安倍晋三元首相は…プーチン大統領と…重ねた」)
            marked = [r for m, r in people if JA_SUBJECT_MARK.match(text, m.end)]
            if marked:
                return marked[-1]
        for m, r in reversed(people):
            if not _governed_any(art, 0, m, before):
                return r
    return None


def _governed_any(art: Article, start: int, m: Mention, mentions: list[Mention]) -> bool:
    """A name that is not a subject in either script: "talks with Putin", 「プーチン大統領との」."""
    return _possessive_ja(art.text, m) if art.has_cjk else governed(art, start, m, mentions)


JA_SUBJECT_MARK = re.compile(rf"(?:元|前|新)?(?:{JA_TITLE_AFTER_NAME})?(?:は|が)(?!ず)")


OCCASION_WORDS = re.compile(r"会見|会談|演説|インタビュー|記者団|番組|フォーラム|会合|答弁|あいさつ|挨拶|対話|"
                            r"выступлени|интервью|пресс-конференци|встреч|бесед|послани|форум|саммит"
                            r"|press conference|interview|speech|summit|talks|forum|address|briefing", re.IGNORECASE)
QUOTE_MARK_ANY = re.compile(r"[\"“”«»「」『』]")
# a colon right before the sentence's first quote: "Abe, after the summit: '…'"
COLON_BEFORE_QUOTE = re.compile(r":\s*$")
# a name, at most a short setting, and a colon ("Дмитрий Песков на брифинге в Токио:")
NAME_SETTING_COLON = re.compile(r"[^.;:!?\"“”«»]{0,60}?:\s")
SOURCE_GAP_STOP = re.compile(r"[,.;:!?«»\"“”()]|(?<!\w)(?:close|near|familiar|in|at|from|with|about|of|who|и|в|на|от|из|близк\w*)(?!\w)",
                             re.IGNORECASE)


WORDS_OF = re.compile(r"^\s*(?:the |a )?(?:words|(?:message|statement|comment|commentary|communiqu[eé]|press release)"
                      r" (?:of|from|by))(?!\w)", re.IGNORECASE)


# a role noun right after "according to" / "in the words of", closing the phrase: the one named before
ROLE_AFTER = re.compile(rf"\s+({PRONOUN.pattern})\s*,", re.IGNORECASE)
# "According to the ministry, …": the institution named before
INSTITUTION_AFTER = re.compile(r"\s+(?:the|its) (?:foreign )?(?:ministry|embassy|statement)\s*,", re.IGNORECASE)


AS_OPENING = re.compile(r"\W*As\s+")
# machine English of 「林外相は…「…」と強調した」: 'Foreign Minister Hayashi also, "…," and emphasized.' (the verb after
# the quote and "and", the subject at the sentence's start)
# machine Russian of Japanese word order: 'Мэр … в приветствии, "…" сказал.' (the verb right after the quote ends
# the sentence: its subject stands before the quote)
MT_QUOTE_RIGHT_BEFORE = re.compile(r"[”\"»]\s*$")
MT_VERB_ENDS = re.compile(r"\s*(?:[.!]|$)")
MT_QUOTE_AND_VERB = re.compile(r"[”\"」]\s*,?\s+and\s+(?:(?:also|strongly|firmly|again)\s+)?$")


def _mt_subject_before_quote(art: Article, s: int, qs: list[Quote]):
    """The speaker named first in the sentence, before its first quote (not inside a relative or "with X" phrase);
    with no name there, a title or pronoun ("the Prime Minister, about the peace treaty, expressed '…' and
    emphasized"), or, machine Japanese dropping the subject ("After the viewing, to reporters, '…' and expressed"),
    the person named last."""
    first = [m for m in art.mentions_in(s, qs[0].start) if not inside_any(m.start, qs)]
    if not first:
        return pronoun_speaker(art, s, qs[0].start, qs, s) or art.last_person
    if governed(art, s, first[0], first):
        return None
    return art.resolve(first[0])


def _restater_unnamed(art: Article, s: int, e: int, qs: list[Quote]):
    """The speaker of a restating sentence that names no registered one: a pronoun («Об этом он сказал»: the
    person named before), a Japanese anaphor (「同外相はこう語り」), or a name the registry does not know («Об этом
    «Ъ» заявил сенатор Владимир Джабаров», as written)."""
    text = art.text
    pronoun = RU_PRONOUN_SUBJECT.search(text, s, e)
    if pronoun is not None and not inside_any(pronoun.start(), qs):
        r = agreeing(art, art.last_person, PRONOUN_GENDER.get(pronoun.group(1).lower()), pronoun.start())
        if r:
            return r
    anaphor = JA_ANAPHOR.search(text, s, e) if art.has_cjk else None
    if anaphor is not None and not inside_any(anaphor.start(), qs):
        word = anaphor.group(1)
        titled = ja_titled_anaphor(art, word[1:], anaphor.start()) if word.startswith("同") else None
        r = titled or agreeing(art, art.last_person, PRONOUN_GENDER.get(word), anaphor.start())
        if r:
            return r
    named = UNREGISTERED_AFTER_VERB.search(text, s, e)
    if named and not inside_any(named.start(1), qs):
        return named.group(1), None
    return None


def _institution_in(art: Article, pos: int, e: int, qs: list[Quote]):
    """The institution a passive verb of saying is said in ("is said in the message of the Russian Foreign
    Ministry", "was noted in the Kremlin"; "in the diplomatic department": the one named before), else None: not
    a document ("as stated in the declaration"), a place or a person."""
    m = IN_SOURCE.match(art.text, pos)
    if m is None or m.end() >= e:
        return None
    mention = _first_mention_after(art, pos, min(e, m.end() + 60), qs)
    if mention is None:
        return art.last_institution if THE_DEPARTMENT.match(art.text, m.end()) else None
    gap = IN_SOURCE.fullmatch(art.text, pos, mention.start)
    r = art.resolve(mention) if gap is not None else None
    if r is None or (r[1] is not None and r[1].kind != "institution" and not gap.group(1)):
        return None  # "was said in an interview with Lavrov" is no institution's
    return r


def _source_gap(gap: str) -> bool:
    """The words between "according to" / "по словам" and the name: a title or "a statement by" (at most six
    words, no punctuation), never "a source close to" or "reports in the media of"."""
    gap = WORDS_OF.sub("", gap)  # machine-translated «по словам Лаврова»: "according to the words of Lavrov"
    if len(gap.strip()) <= 2:
        return True
    return len(gap.split()) <= 6 and not SOURCE_GAP_STOP.search(gap) and not ANONYMOUS.search(gap)


def _possessor(art: Article, phrase: str):
    """The speaker "In Lavrov's words" names (a possessive is no mention of its own): registered, or as written."""
    m = re.search(r"((?:[A-Z][\w.-]+ ){0,3}[A-Z][\w-]+)['’]s", phrase)
    if m is None:
        return None
    entry = registered_entry(m.group(1))
    return (entry.name, entry) if entry is not None else (_without_title(m.group(1)), None)


def _first_mention_after(art: Article, start: int, end: int, qs: list[Quote]):
    for m in art.mentions_in(start, end):
        if not inside_any(m.start, qs):
            return m
    return None


def _name_in_quotes_after_subject(art: Article, clause_start: int, verb_start: int, qs: list[Quote]) -> bool:
    """'Лавров в интервью телеканалу "Россия" назвал …': the marks before the verb close a name of a few words,
    and the clause names its speaker before them; not a quote the verb attributes ('«…», — заявил Лавров')."""
    end = clause_start + len(art.text[clause_start:verb_start].rstrip())
    closing = next((q for q in qs if q.end == end), None)
    if closing is None or len(art.text[closing.start + 1:closing.end - 1].split()) > 3:
        return False
    return any(not inside_any(m.start, qs) and art.resolve(m) for m in art.mentions_in(clause_start, closing.start))


# a subject of the sentence's own, a title or a side before は / が ("…と大統領が言いました", "日本側は"): not the one named before
JA_TITLE_SUBJECT = re.compile(r"(?:大統領|首相|外相|報道官|長官|次官|大使|大臣|氏|側)(?:は|が)")


# "これに対し、…と反論した" answers the statement before; "一方、…" turns to the other side: not the same speaker
JA_OTHER_SIDE = re.compile(r"\s*(?:これに対し|これを受け|一方|他方|それに対し)")


def _goes_on_saying(art: Article, s: int, v: re.Match, qs: list[Quote]) -> bool:
    """'ザハロワ氏は…と述べた。島々は…ロシア領になったと主張した。': a Japanese sentence right after a statement,
    telling what was said ("…と" before its verb) with no subject of its own, goes on with that speaker."""
    if not art.earlier or art.spoken_in != art.earlier[-1] or not v.group().startswith("と") or \
            JA_OTHER_SIDE.match(art.text, s):
        return False
    return not any(not inside_any(t.start(), qs) for t in JA_TITLE_SUBJECT.finditer(art.text, s, v.start()))


# the titles a registered name may carry before が (「リマレンコ知事が」, 「ガルージン大使が」)
JA_GA_TITLE = re.compile(f"(?:{JA_TITLE_AFTER_NAME}|知事|市長|大使|次官|長官|議長|総領事)?")


def ga_marked(text: str, end: int) -> bool:
    """The name ending at `end`, after its title if it has one, is what が marks."""
    return text.startswith("が", JA_GA_TITLE.match(text, end).end())


def ja_ga_subject(art: Article, s: int, before: int, qs: list[Quote]):
    """The first person or institution that が marks between `s` and `before` (after his title: 「森元総理大臣が」)."""
    for m in art.mentions_in(s, before):
        if not inside_any(m.start, qs) and ga_marked(art.text, m.end):
            r = art.resolve(m)
            if r:
                art.subordinate_from = m.start
                return r
    return None


def _ja_named_last(art: Article, before: int):
    """The speaker a Japanese sentence with no subject goes on with: the person named last, or the institution whose
    statement came last when no person was named after it ("ロシア外務省は…声明を発表した。…だとしている")."""
    last, person = art.last_speaker, art.last_person
    if last is not None and last[1] is not None and last[1].kind == "institution" and (
            person is None or named_at(art, person, before) < named_at(art, last, before)):
        return last
    return person


def _ja_unknown_subject(art: Article, s: int, before: int, qs: list[Quote]) -> str | None:
    """An unregistered name and title as the Japanese subject ("会談後、田中大臣は「…」と語った"), as written."""
    if not art.has_cjk:
        return None
    for m in JA_UNKNOWN_SUBJECT.finditer(art.text, s, before):
        if not inside_any(m.start(), qs):
            return _ja_named_in_full_before(art.text, m.group(1), m.start(1))
    return None


# a family name and a title said again: 「宮腰支部長」, 「宮腰氏」 (the titles JA_UNKNOWN_SUBJECT knows, longest first)
_JA_TITLES_SAID_AGAIN = "理事長|支部長|事務局長|委員長|幹事長|会長|議長|町長|村長|市長|知事|総領事|大使|代表|局長"
JA_FAMILY_AND_TITLE = re.compile(rf"([\u4e00-\u9fff々]{{1,3}})({_JA_TITLES_SAID_AGAIN}|氏)")


def _ja_named_in_full_before(text: str, name: str, at: int) -> str:
    """「宮腰支部長は」 after 「宮腰正一支部長が」: the full name and title the article gave him first (with 氏, any
    title), so that one unregistered speaker keeps one name."""
    short = JA_FAMILY_AND_TITLE.fullmatch(name)
    if short is None:
        return name
    family, title = short.groups()
    titles = _JA_TITLES_SAID_AGAIN if title == "氏" else re.escape(title)
    full = [f.group() for f in re.finditer(rf"(?<![\u4e00-\u9fff々]){re.escape(family)}[\u4e00-\u9fff々]{{1,4}}?(?:{titles})",
                                          text[:at]) if f.group() != name]
    return full[-1] if full else name


# a participle aside right before the verb, after the setting: «в интервью Bloomberg, записанном накануне форума,
# заявил», "in an interview with Bloomberg, recorded before the forum, said"
CLOSING_PARTICIPLE_ASIDE = re.compile(r",\s+(?:[а-яё]+(?:нн|вш|ющ|ящ|ащ|ущ)[а-яё]*|recorded|given|published|aired|broadcast"
                                      r"|conducted|released)\s[^,;:.!?«»\"“”]{1,100},\s*$", re.IGNORECASE)
# ", the Russian minister" between a name and the verb: the subject is a role noun of that side, not the name
SIDE_ROLE_GAP = re.compile(r"\s*,\s+(?:the|his|her) (russian|japanese) (?:[\w-]+ ){0,2}?[\w-]+\s*$", re.IGNORECASE)
SIDES = {"russian": "ru", "japanese": "jp"}


def _ja_anaphor(art: Article, word: str, at: int):
    """The speaker a Japanese pronoun or title stands for: 「同外相」 and 「彼」 the man named before (with that title);
    a bare 「外交官は」, 「大臣は」, 「大使はまた」 (machine Japanese of "the diplomat said") the person named before who
    holds that title, else (for "the diplomat") the last person named."""
    if word.startswith("同") or word in PRONOUN_GENDER:
        titled = ja_titled_anaphor(art, word[1:], at) if word.startswith("同") else None
        return titled or agreeing(art, art.last_person, PRONOUN_GENDER.get(word), at)
    if word in ("外交官", "トップ外交官"):
        return ja_titled_anaphor(art, word, at) or _last_diplomat(art, at)
    return ja_titled_anaphor(art, word, at)


DIPLOMATIC_OFFICES = ("_foreign_minister", "_mfa_spokeswoman", "_ambassador_japan", "_ambassador_russia")


def _last_diplomat(art: Article, at: int):
    """"The diplomat" (「外交官は」 in machine Japanese of Russian copy): the last person named, unless on the
    article's date he held an office that is no diplomat's (the prime minister whose words the diplomat answers):
    then the last one named before who could be."""
    def could_be(entry) -> bool:
        if entry is None or entry.kind != "person":
            return entry is None
        held = entry.held_on(art.published, lambda o: True) if art.published else None
        return held is None or held.endswith(DIPLOMATIC_OFFICES)

    last = art.last_person
    if last is None or could_be(last[1]):
        return last
    for m in reversed(art.mentions_in(0, at)):
        r = art.resolve(m)
        if r and could_be(r[1]) and (r[1] is None or r[1].kind == "person"):
            return r
    return last


def _subject(art: Article, s: int, e: int, clause_start: int, v: re.Match, qs: list[Quote]):
    text = art.text
    if JA_SPEECH.match(text, v.start()):  # Japanese: the subject comes first ("ラブロフ外相は…と述べた")
        # …or after と and a comma, inside the verb's match ("「…」と、高市首相は国会で強調した")
        first = None
        bare = JA_BARE_TITLE.match(text, s)
        if bare is not None and bare.group().endswith("は") and art.mentions_in(bare.end(), v.start()):
            # 「首相は、安倍前首相とプーチン大統領が交わした合意にも触れ、「…」と語った」: the sentence's subject is
            # the bare title it opens with (the man named before with it), not a name in its clauses
            titled = ja_titled_anaphor(art, bare.group(1), s)
            if titled is not None:
                return titled
        # (the subject may stand inside the verb's match, between と and the verb)
        until = v.end() if JA_SUBJECT_IN_VERB.match(v.group()) else v.start()
        for m in art.mentions_in(s, until):
            if not inside_any(m.start, qs) and JA_ANONYMOUS_SUBJECT.match(text, m.end):
                return None  # "外務省幹部は「…」と語った": an official of the ministry, nobody in particular
            if not inside_any(m.start, qs) and m.kind == "institution" and JA_ITS_SPOKESPERSON.match(text, m.end):
                return art.resolve(m)  # "外務省の報道官は": the ministry's voice, as "a Foreign Ministry spokesperson"
            if not inside_any(m.start, qs) and not _possessive_ja(text, m) \
                    and not JA_SOURCE_AFTER.match(text, JA_TITLE_AFTER.match(text, m.end).end()) \
                    and not JA_ANONYMOUS_SOURCE.match(text, m.end) \
                    and not JA_SUBORDINATE_SUBJECT.match(text, m.end, v.start()):
                r = art.resolve(m)
                if r and first is None:
                    first = r
                if r and JA_MARKED.match(text, JA_TITLE_AFTER.match(text, m.end).end()):
                    return r  # the name that は / が marks: 「…とクレムリンでの日本の首相との交渉の結果に従ってプーチンは述べた」
        if first is not None:
            return first
        for a in JA_ANAPHOR.finditer(text, s, until):
            if not inside_any(a.start(), qs):
                return _ja_anaphor(art, a.group(1), a.start())
        for a in JA_BARE_ROLE.finditer(text, s, until):
            if not inside_any(a.start(), qs):
                return _ja_anaphor(art, a.group(1), a.start())
        own = JA_INSTITUTION_ANAPHOR.search(text, s, v.start())
        if own and not inside_any(own.start(), qs):
            # "同省は…": the ministry named before; "声明では「…」としています": whoever issued the statement, the
            # ministry or the person named last
            if own.group().startswith("同"):
                # 「ロシア外務省のホームページに掲載された声明によると、同省は…」: the ministry just named in the
                # sentence, even as a possessive, before the one named last in the article
                here = [m for m in art.mentions_in(s, own.start()) if m.kind == "institution"
                        and not inside_any(m.start, qs) and JA_SAME_KIND.get(own.group()[1]) in m.entry.name]
                return art.resolve(here[-1]) if here else art.last_institution
            if art.last_person is None:
                return art.last_institution
            if art.last_institution is None:
                return art.last_person
            return max((art.last_institution, art.last_person), key=lambda r: named_at(art, r, own.start()))
        joint = JA_JOINT.search(text, s, v.start())
        if joint and not inside_any(joint.start(), qs):  # "両首脳は…で一致しました": as "the two leaders agreed"
            return _joint_subject(art, joint.group(1), joint.start())
        return None
    # a quote inside a relative clause does not end it: look from the clause start that ignores quotes
    wide_start = find_clause_start(text, s, v.start(), [])
    named_in_quotes = _name_in_quotes_after_subject(art, wide_start, v.start(), qs)
    if named_in_quotes:
        clause_start = wide_start  # 'Лавров в интервью телеканалу "Россия" назвал …': the name's marks end nothing
    before_text = text[clause_start:v.start()]
    if art.last_person is not None and MT_SUBJECT_DROPPED.fullmatch(before_text.strip()) and v.group()[:1].islower():
        return art.last_person  # machine English of a Japanese sentence with no subject: "Also said 「…」", "Further stated that"
    mentions = [m for m in art.mentions_in(clause_start, v.start()) if not inside_any(m.start, qs)]
    inverted = not before_text.strip(" —–-") or before_text.rstrip().endswith((",", "—", "–")) \
        or (before_text.rstrip().endswith(("”", "»", '"', "“", ",'", ",’")) and not named_in_quotes) \
        or bool(AS_SAID.match(before_text)) \
        or bool(HYPHEN_DASH.search(before_text)) \
        or (before_text.rstrip().endswith(" -") and DIALOGUE_DASH.match(text, s) is not None)
    # ("Как заявил Лавров, …": the subject follows the verb; "- The policy will not change - said Kishida": a
    # dialogue dash typed as a hyphen, as Polish and Russian machine English print it)
    wide = [m for m in art.mentions_in(wide_start, v.start()) if not inside_any(m.start, qs)]
    if PARTICIPLE_VERB.fullmatch(v.group()):  # "Peskov rejected the report, saying …"
        named = _mention_right_before(art, clause_start, v.start(), qs)
        if named is not None and WITH_BEFORE.search(text, max(clause_start, named.start - 40), named.start) and \
                "," not in text[named.end:v.start()]:
            return art.resolve(named)  # (not "settle it with President Putin, adding": the comma ends "with")
        if before_text.rstrip().endswith(","):
            return _predicate_subject(art, clause_start, v.start(), qs)
        stated = STATEMENT_BEFORE.search(before_text)
        if stated is None:
            return None
        # "The ministry issued a statement saying …": a pronoun opening the clause points back
        return _predicate_subject(art, clause_start, v.start(), qs) or \
            pronoun_speaker(art, clause_start, min(v.start(), clause_start + 20), qs, s)
    if RU_PARTICIPLE.fullmatch(v.group()):  # "Песков прокомментировал заявление Кисиды, назвав …"
        return _shared_subject(art, clause_start, v.start(), qs) if before_text.rstrip().endswith(",") else None
    upper = UPPER_NAME_BEFORE.search(before_text)
    if upper and (upper.group(1) or upper.group(3) or " " in upper.group(2).strip()):
        # the UN's meetings coverage: "ZHANG JUN (China) said", "Mr. NEBENZIA said": the name in capitals
        name = " ".join(w.title() if len(w) > 2 else w for w in upper.group(2).split())
        entry = art.reg.lookup(name)
        return (entry.name, entry) if entry is not None else (name, None)
    unregistered = FRONTED_NAME.match(before_text)
    if unregistered and _could_be_a_name(unregistered.group(1)) and \
            not any(m.start < clause_start + unregistered.end(1) for m in mentions):
        # "Ivan Sorokin, the speaker of the State Duma, said": the name written, not the title's registered holder
        return _without_title(unregistered.group(1).strip()), None
    about_aside = ABOUT_ASIDE.search(before_text)
    if about_aside:
        # «Суга на пресс-конференции 22-го числа, относительно слов министра Лаврова, сказал»: the subject and its
        # setting stand before the aside on whose words he speaks (a name in it is whom he answers)
        cut = clause_start + about_aside.start()
        subject = next((m for m in reversed(mentions) if m.end <= cut), None)
        gap = text[subject.end:cut] if subject is not None else ""
        if subject is not None and (len(gap.split()) <= 4 or SETTING_GAP.match(gap)) and \
                not governed(art, clause_start, subject, mentions):
            r = art.resolve(subject)
            if r:
                return r
    fronted = _fronted_subject(art, wide_start, v.start(), wide, qs)
    if fronted:
        return fronted  # "Putin, for his part, said" / "Limarenko, who …, emphasised"
    who = WHO_RIGHT_BEFORE.search(before_text)
    if who:
        # "echoed those of Foreign Minister Sergei Lavrov, who said last month that …": the verb of the relative
        # clause is its antecedent's, even one governed by a preposition
        at = clause_start + who.start()
        antecedent = next((m for m in reversed(mentions) if m.end <= at and not text[m.end:at].strip()), None)
        r = art.resolve(antecedent) if antecedent is not None else None
        if r:
            return r
    if COORDINATED_BEFORE.search(before_text[-20:]):  # "Lavrov met Kono on Monday and said …"
        shared = _predicate_subject(art, clause_start, v.start(), qs)
        if shared:
            return shared
    fronted_surname = FRONTED_SURNAME.match(before_text)
    if fronted_surname:
        # "Suzuki, 75, a longtime advocate of closer ties with Moscow, said he met Galuzin": the surname opening the
        # sentence is the one person of that surname named before (a registered name the registry has no bare
        # surname for, two people sharing it), not a name after the verb
        known = _registered_by_surname(art, fronted_surname.group(1), clause_start)
        if known is not None:
            return known
        full = _named_in_full_before(art, fronted_surname.group(1), clause_start)
        if full:
            return full, None  # "Ito, a Lower House member …, said" after "Yoshitaka Ito, minister in charge of …"
    after = first_after(art, v.end(), min(e, v.end() + 90), qs, stop=".;:!?\"“”«»")
    named = QUOTED_NAME_AFTER.match(text, v.end()) if inverted and after is None else None
    if named and len(named.group(1).split()) <= 3:  # ', сообщил в интервью «Известиям» посол …': a paper's name
        after = first_after(art, named.end(), min(e, v.end() + 90), qs, stop=".;:!?\"“”«»")
    if inverted and after and after[1] is not None and after[1].kind == "institution":
        # '», — говорит председатель правления Лиги … Кимио Ваки': the institution's official named after it
        unknown = _unregistered_name_after(text, v.end(), min(e, v.end() + 160))
        if unknown and not art.reg.lookup(unknown):
            return unknown, None
    if inverted and after:
        return after  # ', said Lavrov' / '», — заявил Лавров' / 'said the Secretary-General … Suga'
    if inverted:
        unknown = _unregistered_name_after(text, v.end(), min(e, v.end() + 90))
        if unknown:
            return unknown, None  # ', заявил депутат Госдумы Иван Петров': kept as written
        if art.last_person is not None and IMPERSONAL_RU.fullmatch(v.group()) and ITS_POST.match(text, v.end()):
            return art.last_person  # '«…», — говорится в посте' after «Медведев написал в своем канале»: his post
        alone = SURNAME_AFTER.match(text, v.end())
        full = alone and _named_in_full_before(art, alone.group(1), s)
        if full:
            return full, None  # '…, — подчеркнул Петров' after «Иван Петров» above
        known = alone and _registered_alone_by_surname(art, alone.group(1), s)
        if known:
            return known
        if art.last_institution is not None and (MINISTRY.search(clause_after(text, v.end(), e, 40))
                                                 or ITS_MESSAGE.match(text, v.end())
                                                 or ITS_DOCUMENT.match(text, v.end())
                                                 and _statement_named_before(art)):
            # '«…», - говорится в сообщении МИД': the ministry named before; «— отмечается в документе» after
            # «…, говорится в заявлении МИД РФ»: the statement just named, not a treaty's text
            return art.last_institution
    if art.last_institution is not None and IMPERSONAL_RU.fullmatch(v.group()) and ITS_MESSAGE_BEFORE.match(before_text) \
            and _statement_named_before(art):
        # «В заявлении также указывается, что …» after «…, говорится в заявлении ведомства»: the statement just named
        return art.last_institution
    if _is_cyrillic(v.group()):
        shared = _shared_subject(art, clause_start, v.start(), qs)
        if shared:
            return shared  # "российский лидер поделился впечатлениями, рассказал о …": one subject, two verbs
    if after and FRONTED_WORDS_OF.match(before_text):
        return after  # "Слова Лаврова прокомментировал генсек кабмина Кихара": the object first, its subject after
    # the subject stands just before the verb: at most a few words ("Putin also said", "Lavrov told a …")
    skipped_object = False
    aside = CLOSING_PARTICIPLE_ASIDE.search(text, clause_start, v.start())
    for m in reversed(mentions):
        if v.start() - m.end > 400:
            break  # twelve words at most lie between (an earlier name lies further still)
        if aside is not None and aside.start() < m.start:
            continue  # "…, записанном в Кремле, заявил": the aside's place names no speaker
        about = ABOUT_PHRASE.search(text, max(clause_start, m.start - 110), m.start)
        if about and (text.startswith(",", m.end) or "\u0400" <= about.group().lstrip(", ")[:1] <= "\u04ff"):
            # machine Russian «…, относительно слов министра Лаврова, сказал»: whom the words answer (not "about that
            # Rudenko said '…'", where the name is the subject of its own verb)
            continue
        gap = text[m.end:v.start()]
        if aside is not None:
            gap = gap[:aside.start() - m.end] + " "  # «Путин в интервью Bloomberg, записанном накануне …, заявил»
        if len(gap.split()) > 4 and not (len(gap.split()) <= 12 and (SETTING_GAP.match(gap) or TITLE_TAIL.match(gap)
                                                                     or SETTING_AFTER_COMMA.match(gap))) \
                and not (len(gap.split()) <= 20 and (SETTING_ABOUT_GAP.match(gap) or SETTING_GAP.match(gap))) \
                and not TITLED_NAME_BEFORE_VERB.fullmatch(gap):
            # (a setting of up to 20 words with no comma: "in a video message on the occasion of the 75th anniversary
            # of the end of the Second World War stated")
            continue
        if governed(art, clause_start, m, mentions):
            pair = _coordinated_with(art, clause_start, m, mentions)
            if pair is not None:
                return pair  # "Abe and Putin agreed": filed under the first of the pair
            skipped_object = True
            continue
        r = art.resolve(m)
        side = SIDE_ROLE_GAP.match(gap)
        if side and r and r[1] is not None and r[1].country and r[1].country != SIDES[side.group(1).lower()]:
            break  # "… and his Japanese counterpart Kishida, the Russian minister said": the role noun speaks
        if r and r[1] is not None and r[1].kind == "institution":
            titled = TITLED_NAME_BEFORE_VERB.fullmatch(gap)
            name = titled and (titled.group(1) or titled.group(2))
            if name and _could_be_a_name(name):
                # "Japanese Foreign Ministry Press Secretary Toshihiro Kitamura said": its official, named as written
                return _without_title(name), None
        if r:
            return r
        break
    # "Президент Путин в ходе пресс-конференции с премьер-министром Абэ призвал": the clause opens with its subject
    opening = [m for m in mentions if not governed(art, clause_start, m, mentions)]
    if skipped_object and opening and not RELATIVE.search(text[opening[0].end:v.start()]) and len(text[clause_start:opening[0].start].split()) <= 3 and \
            not COORDINATION.search(text[opening[0].end:v.start()]):
        r = art.resolve(opening[0])
        if r:
            return r
    if AGREEMENT_VERB.match(v.group()):
        joint = _joint_subject(art, text[max(clause_start, v.start() - 60):v.start()], v.start())
        if joint:
            return joint
    pron = pronoun_speaker(art, max(clause_start, v.start() - 40), v.start(), qs, s, text[v.end():v.end() + 60])
    if pron:
        return pron
    aside = ASIDE_AFTER_SUBJECT.match(before_text)
    if aside and _parenthetical(before_text[aside.end(1):]):
        # "The president, answering a question from the moderator, stressed": the title before the aside
        pron = pronoun_speaker(art, clause_start, clause_start + aside.end(1), qs, s, text[v.end():v.end() + 60])
        if pron:
            return pron
    # the first of the candidates that can be a name: "Ivan Petrov, the speaker of the State Duma, said" is not
    # "State Duma"
    candidates = [c for c in (CAPNAME.search(before_text), FRONTED_NAME.match(before_text), _ru_name(before_text)) if c]
    name = next((c for c in candidates if _could_be_a_name(c.group(1))), candidates[0] if candidates else None)
    if name and any(m.end > clause_start + name.start(1) for m in mentions):
        name = None  # a registered name (already judged above) is not an unknown speaker
    if (name is None or not _could_be_a_name(name.group(1))) and inverted:
        # '…, Ivan Petrov, director of a department at the Russian Foreign Ministry, told RIA': the name set off by
        # commas before its title (an institution in the title is no subject: "a senator from the Sakhalin Region")
        name = INNER_FRONTED_NAME.search(before_text) or name
    if name and _could_be_a_name(name.group(1)):
        return _without_title(name.group(1).strip()), None
    if name:  # "Japan's Ambassador to Russia Akira Muto": the country ends the title, the name follows it
        placed = TITLE_PLACE.match(name.group(1))
        if placed and TITLE_PLACE_BEFORE.search(before_text, 0, name.start(1)) and _could_be_a_name(placed.group(1)):
            return placed.group(1).strip(), None
    alone = SURNAME_BEFORE.search(before_text)
    full = alone and _named_in_full_before(art, alone.group(1), clause_start)
    if full:
        return full, None  # "Ivan Petrov, a senator, said …. Petrov also stressed …"
    known = alone and _registered_alone_by_surname(art, alone.group(1), clause_start)
    if known:
        return known  # "Takahashi told reporters …" after "Harumi Takahashi" (registered, no bare-surname alias)
    if before_text.rstrip().endswith(",") and QUOTE_RIGHT_AFTER.match(text, v.end()):
        # machine English of 「茂木外相は、同じ委員会で、…という主張について、「…」と述べた」: 'Foreign Minister Motegi
        # Toshimitsu, at the same committee, about the claim … that the islands became …, stated "…"' — the name
        # opening the sentence, set off by a comma, however long the asides after it
        opening = [m for m in art.mentions_in(s, v.start()) if not inside_any(m.start, qs)]
        if opening and MT_TITLE_THEN_COMMA.match(text, opening[0].end) and len(text[s:opening[0].start].split()) <= 4:
            return art.resolve(opening[0])  # (its title may follow it: "Lavrov foreign minister, …")
    return None


QUOTE_RIGHT_AFTER = re.compile(r"\s*[\"“]")
MT_TITLE_THEN_COMMA = re.compile(r"(?:\s+(?:foreign |prime |deputy |chief cabinet )?(?:minister|secretary|president"
                                 r"|spokes\w+|ambassador))?\s*,", re.IGNORECASE)


# a name in capitals closing the clause before its verb, with "Mr."/"Ms." before it or its country after it
UPPER_NAME_BEFORE = re.compile(r"(?:^|,\s*)((?:Mr|Ms|Mrs)\.?\s+)?((?:[A-Z][A-Z'’-]+\s+|[A-Z]\.\s+){0,3}[A-Z]{2,}[A-Z'’-]*)\s*"
                               r"(\([A-Z][^()]{2,40}\))?\s*(?:,\s*responding\s*,\s*)?$")


# an unregistered Russian name before its verb, a first name and a surname ("Депутат Госдумы Алексей Чепа заявил"),
# not a body or a place ("Госдума России", "Совет Федерации")
CAPNAME_RU = re.compile(r"([А-ЯЁ][а-яё]+\s[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?)"
                        # (a setting may stand between: «Андрей Хапочкин в своем выступлении заявил»)
                        r"(?:\s+(?:в|на)\s+(?:сво\w+|интервью|эфире|выступлении|беседе|ходе|соцсетях|разговоре|комментарии"
                        r"|брифинге|пресс-конференции|телеграм\w*|Telegram\S*)[^,.;:!?«»\"]{0,40}?)?\s*,?\s*$")
NOT_NAMES_RU = re.compile(r"(?:^|\s)(?:Росси|Япони|Москв|Токио|Кремл|Госдум|Совфед|Совет|Министерств|Правительств"
                          r"|Посольств|Генштаб|Сахалин|Курил|Хоккайдо|Кита|Пекин|Вашингтон|Украин|Киев|Федерац)"
                          # a preposition or a pronoun opening the sentence: «На Итурупе», «По словам», «Он сам»
                          r"|^(?:На|В|Во|По|Под|За|Из|От|До|С|Со|К|Ко|О|Об|При|Для|Это|Эти|Как|Так|Но|А|И|Он|Она|Они|Мы)\s")


def _ru_name(before_text: str):
    m = CAPNAME_RU.search(before_text)
    return m if m is not None and not NOT_NAMES_RU.search(m.group(1)) else None


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
    # (nor a Russian title and the body it sits in: «Депутат Госдумы, член комитета …»)
    return not (NOT_NAMES.match(words) or AGENCIES.search(words) or CAPNAME_STOP.search(words)
                or RU_TITLE_AND_BODY.match(words))


RU_TITLE_AND_BODY = re.compile(r"\w+\s+(?:Госдум|Совфед|Министерств|Правительств|Посольств|Генштаб|Думы|Мэри|Администраци)\w*$")


SUBORDINATE = re.compile(r"(?<!\w)(?:что|чтобы|котор\w+|когда|если|где|как|после|[Пп]о словам)(?!\w)|[.;:!?«»\"]")
RU_PAST_VERB = re.compile(r"\s+(?:[а-яё]+\s+){0,2}?[а-яё]+(?:ал|ил|ел|ял|ыл|ул)(?:а|о|и)?(?:ся|сь)?(?=[\s,])")


def _shared_subject(art: Article, start: int, verb_start: int, qs: list[Quote]):
    """Russian joins predicates of one subject with commas: the subject is the name right before the past-tense
    verb that opens the chain ("Абэ поблагодарил Путина за приглашение, заявил …" → Абэ, not Путина)."""
    mentions = [m for m in art.mentions_in(start, verb_start) if not inside_any(m.start, qs)]
    for m in reversed(mentions):
        verb = RU_PAST_VERB.match(art.text, m.end)
        if not verb or governed(art, start, m, mentions):
            continue
        chain = art.text[verb.end():verb_start]
        if SUBORDINATE.search(chain) or "," not in chain:
            return None  # "Путин сказал, что Абэ предложил …": another clause; no comma: the plain case
        if FRONTED_WORDS_OF.match(art.text[start:m.end]):  # "Слова Лаврова прокомментировал Кихара, назвав их …"
            return first_after(art, verb.end(), verb_start, qs, stop=".;:!?\"“”«»")
        return art.resolve(m)
    return None


# English joins predicates of one subject with "and"/"but", or adds a participle of saying after a comma
PARTICIPLE_VERB = re.compile(r"saying|stating|suggesting|adding|calling|telling|pledging|vowing|insisting|warning"
                             r"|stressing|noting|declaring|writing|arguing", re.IGNORECASE)
# "…, with Chief Cabinet Secretary Hayashi calling it 'unacceptable'": the participle's own subject after "with"
WITH_BEFORE = re.compile(r"(?<!\w)with\s+(?:[\w.-]+\s+){0,4}$", re.IGNORECASE)
RU_PARTICIPLE = re.compile(r"заявив|отметив|подчеркнув|назвав|добавив|указав|пояснив|напомнив")
# "issued a statement on Monday saying …": the participle goes with the statement, no comma needed
STATEMENT_BEFORE = re.compile(r"(?<!\w)(?:issued|released|published|made|put out|posted)\s+(?:a|an|its)\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:statement|communiqu[eé]|message|post|comment)(?:\s+(?:on|in|late|earlier)\s+[^,.;:]{1,40}?)?"
                              r"\s*,?\s*$", re.IGNORECASE)
COORDINATED_BEFORE = re.compile(r"(?<!\w)(?:and|but|и|но)\s+(?:also\s+|then\s+|later\s+|также\s+|затем\s+|потом\s+)?$",
                                re.IGNORECASE)
# (not "while maintaining …", "after meeting Putin": a participle brings no subject of its own)
PREDICATE_BREAK = re.compile(r"(?<!\w)(?:that|who|whom|whose|which|when|where|(?:while|after|before|since)(?!\s+\w+ing\b)"
                             r"|because|if|as|said|says|told|according)(?!\w)|[\"“”«»:;]", re.IGNORECASE)


# a pronoun or a role noun opening a clause: "He …", "The former president …", "In the same post, she …"
OPENING_PRONOUN = re.compile(r"\W*(?:(?:in|on|at) the same \w+,\s+|later,\s+|separately,\s+)?(?:he|she|the (?:[\w-]+ ){0,2}"
                             r"(?:president|minister|premier|spokesman|spokeswoman|diplomat|ambassador|politician"
                             r"|governor|senator|lawmaker|deputy|envoy|leader))(?!\w)", re.IGNORECASE)


def _predicate_subject(art: Article, clause_start: int, verb_start: int, qs: list[Quote]):
    """The subject that opens the clause when the verb of saying has none of its own ("Lavrov met Kono on
    Monday and said …", "Peskov rejected the report, saying …"): not the object of the first predicate."""
    text = art.text
    mentions = [m for m in art.mentions_in(clause_start, verb_start) if not inside_any(m.start, qs)]
    if not mentions or len(text[clause_start:mentions[0].start].split()) > 4:
        # "He also mocked Japan, calling …", "The former president lashed out, calling …": a pronoun opening the
        # clause, its predicate right after it
        opening = OPENING_PRONOUN.match(text, clause_start, verb_start)
        if opening and re.match(r"\s+(?:also\s+|then\s+|later\s+)?[a-z]+(?:ed|t)\b", text[opening.end():verb_start]) \
                and not PREDICATE_BREAK.search(text, opening.end(), verb_start - 1):
            return pronoun_speaker(art, clause_start, opening.end(), qs, clause_start)
        return None  # "On Monday, Russian Foreign Minister Lavrov met …" opens with its subject; more is another
    end = mentions[0].end
    for m in mentions[1:]:  # a title and the name after it are one subject
        if text[end:m.start].strip():
            break
        end = m.end
    predicate = text[end:verb_start]
    if not re.match(r"\s+[a-zа-яё]", predicate) or PREDICATE_BREAK.search(predicate):
        return None  # "Lavrov's deputy …", "Lavrov, …": not a subject and its predicate
    if governed(art, clause_start, mentions[0], mentions):
        return None
    return art.resolve(mentions[0])


_STATEMENT_NOUNS = r"(?:сообщени|заявлени|комментари|коммюнике|пресс-релиз)\w*"
ITS_DOCUMENT = re.compile(r"\s+в\s+документе\s*[.,]")
STATEMENT_WORDS = re.compile(rf"(?<!\w){_STATEMENT_NOUNS}", re.IGNORECASE)
# '«…», - говорится в сообщении': the message of the institution named before
ITS_MESSAGE = re.compile(rf"\s+в\s+(?:его\s+|ее\s+|её\s+)?{_STATEMENT_NOUNS}\s*[.,]")
# '«…», — говорится в посте': a person's post, Telegram channel or blog (not a ministry's message: ITS_MESSAGE)
ITS_POST = re.compile(r"\s+в\s+(?:его\s+|ее\s+|её\s+|этом\s+|том\s+же\s+)?(?:посте|публикации|записи|(?:telegram-|телеграм-)?канале"
                      r"|твите|блоге)\s*[.,]", re.IGNORECASE)
# «В заявлении также указывается, что …»: the statement before the impersonal verb
ITS_MESSAGE_BEFORE = re.compile(rf"\s*[Вв]\s+(?:этом\s+|том\s+же\s+|его\s+|ее\s+|её\s+)?{_STATEMENT_NOUNS}(?:\s+также)?\s*$")
IMPERSONAL_RU = re.compile(r"говорится|указывается|отмечается|подч[её]ркивается|сообщается")


def _statement_named_before(art: Article) -> bool:
    """A statement, message or comment named in the two sentences before ("…, говорится в заявлении МИД РФ")."""
    return any(STATEMENT_WORDS.search(x) for x in art.earlier_sentences()[-2:])


# a verb of saying negated: nothing was said ("did not say", "would not comment", "не уточнил"); "не исключил"
# (did not rule out) says something
NEGATED_BEFORE = re.compile(r"(?<![\w'’])(?:(?:did|does|do|would|could|will|has|have|had)\s+not|(?:did|does|do|would|could|wo|has|have"
                            r"|had)n['’]t|never|не)(?:\s+(?:yet|publicly|explicitly|officially|ещё|еще|пока))?\s+$",
                            re.IGNORECASE)
NEGATION_KEEPS = re.compile(r"исключ|отверг|denied|rejected|dismissed", re.IGNORECASE)
# "If Kishida were to announce …, the Kremlin would still say no": speech supposed, not said
CONDITION_OPENING = re.compile(r"\W*(?:if|even if|were|should|unless|если|если бы|даже если)\b", re.IGNORECASE)
HYPOTHETICAL_BEFORE = re.compile(r"(?<!\w)(?:would|could|might|бы)\s+(?:still\s+|probably\s+|likely\s+)?$", re.IGNORECASE)
MODAL_BEFORE = re.compile(r"(?<!\w)(?:to|will|shall|may|might|could|can|should|must|would|'ll)\s+(?:also\s+)?$",
                          re.IGNORECASE)
BY_AGENT = re.compile(r"\s+by\s+", re.IGNORECASE)
# machine-translated «говорится в сообщении МИД» / «отметили в Кремле»: "is said in the message of the Russian
# Foreign Ministry", "was noted in the Kremlin", "was noted in the diplomatic department": the institution speaks
IN_SOURCE = re.compile(r"\s+in\s+(?:(?:the|a|its)\s+)?(?:(message|statement|comment|commentary|communiqu[eé]"
                       r"|press release)s?\s+(?:(?:of|by|from)\s+)?(?:the\s+)?)?", re.IGNORECASE)
THE_DEPARTMENT = re.compile(r"(?:the\s+)?(?:diplomatic|foreign policy|foreign)\s+(?:department|agency|office|ministry)"
                            r"|the\s+(?:ministry|department)(?!\s+of)", re.IGNORECASE)
OBJECT_PRONOUN = re.compile(r"\s+(?:him|her)\b", re.IGNORECASE)


def _coordinated_with(art: Article, clause_start: int, m: Mention, mentions: list[Mention]):
    """The speaker of a pair of subjects ("Abe and Putin agreed") when `m` is the second of them, else None: the
    one whose name sorts first, so that every report of their joint words is filed under the same one, whichever
    it names first ("Путин и Абэ договорились" in one language, "Abe and Putin agreed" in another)."""
    start = unit_start(art, clause_start, m, mentions)
    conj = re.search(r"(?<!\w)(?:and|и)\s+$", art.text[max(clause_start, start - 6):start])
    if not conj:
        return None
    before = [p for p in mentions if p.end <= start - len(conj.group())]
    if not before or art.text[before[-1].end:start - len(conj.group())].strip(" ,"):
        return None
    first = before[-1]
    if governed(art, clause_start, first, mentions):
        return None
    r = art.resolve(first)
    if not r or (r[1] is not None and r[1].kind != "person"):
        return None
    other = art.resolve(m)
    if other and other[1] is not None and other[1].kind == "person" and r[1] is not None:
        return _filed_under(r[1], other[1])
    return r


def _filed_under(a: Entry, b: Entry) -> tuple[str, Entry]:
    """The one of two people whose words are joint (a pair of subjects, "the two leaders") that their statement is
    filed under: the name that sorts first, the same whichever a report names first."""
    first = min(a, b, key=lambda e: e.name)
    return first.name, first


def _fronted_subject(art: Article, clause_start: int, verb_start: int, mentions: list[Mention], qs=()):
    """The subject set off by commas before its verb: "X, for his part, said", "X, who …, said"."""
    text = art.text
    # the last name before the verb: only it can open an aside that runs to the verb (read in linear time: a
    # sentence of thousands of names, a malformed page's, must not be read again per name)
    # (and the last person named: the aside may name the ministry in the person's title, "Maria Zakharova, the
    # spokeswoman of the Russian Foreign Ministry, said")
    last_before = max((i for i, x in enumerate(mentions) if x.start < verb_start), default=-1)
    last_person = max((i for i, x in enumerate(mentions) if x.start < verb_start and x.kind in ("person", "unknown")),
                      default=-1)
    aside = CLOSING_PARTICIPLE_ASIDE.search(text, clause_start, verb_start)
    for i, m in enumerate(mentions):
        if not text.startswith(",", m.end) or m.end >= verb_start or (aside is not None and aside.start() < m.start):
            continue
        relative = RELATIVE.match(text, m.end, verb_start)
        tail = text[m.end:verb_start]
        aux = TRAILING_AUXILIARY.search(tail)
        if aux:
            tail = tail[:aux.start()]  # "X, in his first speech, has affirmed": the aside ends at the comma
        parenthetical = ((i >= last_before or i == last_person) or PARTICIPLE_ASIDE.match(tail)) \
            and _parenthetical(tail)  # (a participle's aside names its own objects)
        if (relative or parenthetical) and not governed(art, clause_start, m, mentions):
            # (the words before it, a quote's aside: '"…," Yukio Edano, head of …, said' is his however long the quote)
            inner = [q for q in qs if clause_start <= q.start and q.end <= m.start]
            if len(outside_quotes(text, clause_start, m.start, inner).split()) > 20:
                continue
            r = art.resolve(m)
            if r:
                return r
    return None


# a short subject set off from its verb by an aside: "The president, answering a question …, stressed"
ASIDE_AFTER_SUBJECT = re.compile(r"^\s*([^,.;:!?\"“”«»]{2,40}?)\s*,")


TITLE_ASIDE_WORDS = 16  # "Muneo Suzuki, a House of Councillors member who has long pushed for dialogue with Moscow, said"


# an auxiliary or an adverb between an aside's closing comma and its verb ("…, has affirmed", "…, also said")
TRAILING_AUXILIARY = re.compile(r"(?<=,)\s*(?:has|have|had|also|then|later|again)(?:\s+also)?\s+$", re.IGNORECASE)


def _parenthetical(tail: str) -> bool:
    """", for his part, " / ", speaking at a news conference in Moscow, " / ", deputy chairman of …, ": an aside
    set off by commas between a name and its verb."""
    if len(tail) > 600 or not tail.rstrip().endswith(","):
        return False
    words = len(tail.split())
    return words <= 6 or (words <= TITLE_ASIDE_WORDS and bool(TITLE_ASIDE.match(tail))) \
        or (words <= 18 and bool(PARTICIPLE_ASIDE.match(tail)))


def _joint_subject(art: Article, before: str, at: int | None = None):
    """'the two leaders agreed', 'они договорились', 'the foreign ministers agreed': the agreement is both speakers'
    words; it is filed under the one named last, or under the office holder the plural names; when the last two
    people named before `at` are one of each side, under the one of them whose name sorts first (as a pair of
    subjects is, `_coordinated_with`)."""
    m = JOINT_SUBJECT.search(before)
    if not m:
        return None
    last = art.last_named
    pair = _the_two_sides_named_last(art, at) if at is not None else ()
    if last and last[1] is not None and last[1] in pair:
        last = _filed_under(*pair)
    if m.group().lower().startswith(("they", "они", "стороны", "the sides", "both sides")):
        return last  # a bare plural needs someone named before it
    ministers = bool(re.search(r"minister|министр|外相", m.group(), re.IGNORECASE))
    office = "jp_foreign_minister" if ministers else "jp_pm"
    if last and last[1] is not None and (not ministers or any("foreign_minister" in o for o, _, _ in last[1].offices)):
        return last
    holder = art.reg.holder(office, art.published)
    return (holder.name, holder) if holder else last


def _the_two_sides_named_last(art: Article, at: int) -> tuple:
    """The last two different people named before `at`, when one is Russian and the other Japanese; else ()."""
    found: list = []
    for m in reversed(art.mentions_in(max(0, at - 1500), at)):
        if m.kind == "person" and m.entry is not None and m.entry not in found:
            found.append(m.entry)
            if len(found) == 2:
                break
    return tuple(found) if len(found) == 2 and {e.country for e in found} == {"ru", "jp"} else ()


# the capitalised words that end an inverted attribution: "…, said opposition lawmaker Muneo Suzuki."
NAME_AT_END = re.compile(r"(?<![\w-])((?:[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?|[А-ЯЁ][а-яё]+)"
                         r"(?:\s+(?:[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?|[А-ЯЁ][а-яё]+)){1,2})\s*$")
PATRONYMIC = re.compile(r"(?:ович|евич|ич|овна|евна|ична)$")
# whom or where he said it, after the name: «— сказал Иван Петров журналистам», «… в интервью «Известиям»»
SETTING_WORDS = (r"\s+(?:журналистам|репортерам|репортёрам|собравшимся|корреспонденту(?:\s+[а-яё]+)?|в интервью|агентству"
                 r"|изданию|газете|телеканалу|в беседе с|на брифинге|на пресс-конференции)")
# (…журналистам перед отплытием; …журналистам в Курильске: a place after its preposition)
SETTING_AT_END = re.compile(SETTING_WORDS + r"(?:\s+[а-яё]\S*){0,3}?(?:\s+(?:в|во|на)\s+[А-ЯЁ][а-яё-]+)?\s*$")


def _unregistered_name_after(text: str, start: int, end: int) -> str | None:
    """A name the registry does not know, closing an inverted attribution (first name and surname, with a
    patronymic in Russian; a capitalised word before them, "Госдумы", is not part of the name)."""
    tail = re.split(r"[,.;:!?\"“”«»()—–]", text[start:end], maxsplit=1)[0]
    m = NAME_AT_END.search(SETTING_AT_END.sub("", tail))
    if not m:
        return None
    words = m.group(1).split()
    if len(words) == 3 and not PATRONYMIC.search(words[1]):
        words = words[1:]
    name = " ".join(words)
    return name if _could_be_a_name(name) else None


# an unregistered surname alone, as the subject right before its verb ("Petrov also stressed") or closing an
# inverted attribution ("…, — подчеркнул Петров.")
SURNAME = r"(?:[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?|[А-ЯЁ][а-яё]+)"
SURNAME_BEFORE = re.compile(rf"(?:^|(?<=[\s\"”»,—–-]))({SURNAME})\s+(?:(?:also|further|then|later|again|"
                            r"также|тоже|вновь|снова|ещё|еще)\s+)?$")
SURNAME_AFTER = re.compile(rf"\s+({SURNAME})\s*(?=[.,;:!?]|$|{SETTING_WORDS}(?!\w))")
TITLE_BEFORE_NAME = re.compile(rf"(?<!\w)(?:{TITLE_NOUNS}|депутат\w*|сенатор\w*|губернатор\w*|посол|министр\w*|глав\w+)\s+$",
                               re.IGNORECASE)


# an institution's member nobody names: "a source in the ministry", "an official at the Kremlin", «источник в МИД»;
# "a Japanese Foreign Ministry official" (UNNAMED_AFTER)
# (the noun right before the preposition: "official spokeswoman of the ministry" is its spokeswoman)
UNNAMED_MEMBER_BEFORE = re.compile(r"(?<!\w)(?:sources?|insiders?|officials?|diplomats?|источник\w*|собеседник\w*)"
                                   r"\s+(?:[«\"“][^»\"”]{1,20}[»\"”]\s+)?(?:in|at|of|from|close to|with|within|в|во|из|при|"
                                   r"близк\w+ к)\s+(?:the\s+)?$", re.IGNORECASE)


def _official_named_after(art: Article, institution, mention, end: int) -> bool:
    """The mention right after an institution's name (a few words at most between) is a person of its country."""
    r = art.resolve(mention)
    return bool(r and r[1] is not None and r[1].kind == "person" and r[1].country == institution.country
                and mention.start - end <= 30 and not re.search(r"[,;:.!?\"“”«»]", art.text[end:mention.start]))


def _an_unnamed_member_of(art: Article, speaker, s: int, e: int, qs: list[Quote]) -> bool:
    """The institution found as the speaker is where an unnamed member of it works, the words are that member's."""
    if speaker[1] is None or speaker[1].kind != "institution":
        return False
    for m in art.mentions_in(s, e):
        if m.entry is speaker[1] and not inside_any(m.start, qs) and (
                UNNAMED_MEMBER_BEFORE.search(art.text, max(s, m.start - 60), m.start)
                or UNNAMED_AFTER.match(art.text, m.end)):
            return True
    return False


# a Russian title with the words of its office before a name: «Министр сельского хозяйства России Александр Ткачев»
TITLE_PHRASE_BEFORE = re.compile(r"(?<![а-яё])(?:министр|посол|глав|губернатор|депутат|сенатор|председател|заместител"
                                    r"|руководител|мэр|спикер|пресс-секретар|директор)\w*(?:\s+[а-яёА-ЯЁ-]+){0,4}\s+$"
                                    # …and its machine English: "The head of Kurilsky city district Konstantin Istomin"
                                    r"|(?<![A-Za-z])(?:head|chief|governor|mayor|minister|chairman|director|deputy)\s+of\s+"
                                    r"(?:the\s+)?(?:[\w-]+\s+){0,4}$", re.IGNORECASE)


WEEKDAY_OR_MONTH = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June"
                    r"|July|August|September|October|November|December)\b")


def _full_names_of(art: Article, surname: str) -> list[tuple[int, str, bool]]:
    """(offset, first name + surname, written with a title) of every full name of that surname in the article, in
    text order: found once per article and surname (a page of a thousand "Petrov said" is read once, not a thousand
    times)."""
    found = art.full_names.get(surname)
    if found is None:
        found = art.full_names[surname] = []
        for m in re.finditer(rf"(?<![\w-])((?:[A-Z][a-z]+|[А-ЯЁ][а-яё]+)\s+){surname_case_forms(surname)}(?![\w-])", art.text):
            titled = bool(TITLE_BEFORE_NAME.search(art.text, max(0, m.start() - 40), m.start())
                          or TITLE_PHRASE_BEFORE.search(art.text, max(0, m.start() - 80), m.start())
                          or TITLE_ASIDE.match(art.text[m.end():m.end() + 80]))
            found.append((m.start(), m.group(1) + surname, titled))
        if re.fullmatch(r"[A-Z][a-z]+", surname):
            # the family name first (Chinese and Korean names: "spokeswoman Jiang Yu", then "Jiang said"), when
            # written with a title
            for m in re.finditer(rf"(?<![\w-]){surname}\s+((?!{WEEKDAY_OR_MONTH})[A-Z][a-z]+(?:-[a-z]+)?)(?![\w-])",
                                 art.text):
                if TITLE_BEFORE_NAME.search(art.text, max(0, m.start() - 40), m.start()):
                    found.append((m.start(), f"{surname} {m.group(1)}", True))
            found.sort()
    return found


# (after a participle phrase opening the sentence: "Speaking on his own behalf, Ito, a Lower House member …, said")
FRONTED_SURNAME = re.compile(r"^\W*(?:[A-Z][a-z]+ing\b[^,.;:!?\"“”«»]{0,60},\s*)?([A-Z][a-z]+|[А-ЯЁ][а-яё]+)\s*,"
                             r"(?:[^,.;:!?\"“”«»]{1,100},){0,2}\s*$")


def _registered_by_surname(art: Article, surname: str, before: int):
    """The one registered person named before `before` whose name ends with `surname`; None for none or several."""
    people = {m.entry.name: m.entry for m in art.mentions_in(0, before)
              if m.kind == "person" and m.entry is not None and m.entry.name.split()[-1] == surname}
    return next(iter(people.items())) if len(people) == 1 else None


def _registered_alone_by_surname(art: Article, surname: str, before: int):
    """The registered person a bare surname stands for when the registry keeps no bare-surname alias (a common one:
    "Takahashi", "Suzuki"): the one registered person of that surname named before, and no one else of that surname
    written in full before it ("Takako Suzuki" beside "Naomichi Suzuki" leaves "Suzuki said" open)."""
    known = _registered_by_surname(art, surname, before)
    if known is None or any(at < before and full != known[0] for at, full, _titled in _full_names_of(art, surname)):
        return None
    return known


def _named_in_full_before(art: Article, surname: str, before: int) -> str | None:
    """The full name an unregistered surname stands for: a speaker of that surname found before it in the article,
    or a name of that surname written with a title ("Senator Ivan Petrov", "Ivan Petrov, a senator,"); else None:
    a lone capitalised word is not taken for a name, nor is a surname two people share ("Tenkoko Sonoda, whose
    husband, Sunao Sonoda")."""
    if NOT_NAMES.match(surname) or AGENCIES.search(surname) or NOT_NAMES_RU.search(" " + surname):
        return None
    names = {n for n in art.unknown_speakers if n.split()[-1] == surname and len(n.split()) > 1}
    written = set()  # every first name + surname before it, speaker or not
    for at, full, titled in _full_names_of(art, surname):
        if at >= before:
            break
        written.add(full)
        if titled:
            names.add(full)  # "Senator Ivan Petrov", "Ivan Petrov, a senator,"
    if written - names:
        return None  # another person of that surname is named too
    names = {n for n in names if not LEADING_TITLE.match(n)}
    if len(names) != 1:
        return None
    full = names.pop()
    if not _could_be_a_name(full) or NOT_NAMES.match(full) or NOT_NAMES_RU.search(" " + full):
        return None
    return full


def _possessive_ja(text: str, m: Mention) -> bool:
    """'プーチン大統領との会談' / 'ロシアの' / 'プーチン大統領の側近' / 'クレムリンでの': a name (and its title) followed by
    と/との/とは/の/で is not the subject."""
    title = JA_TITLE_AFTER.match(text, m.end)
    tail = text[title.end():title.end() + 3]
    # (…or a place: 「クレムリンでの…交渉」, 「モスクワで会談」; not 「外務省では…としている」, the ministry itself)
    # (「プーチン大統領とは首脳会談を重ね」: with him, as 「との」)
    return (tail.startswith(("との", "と会", "の", "とは")) and not tail.startswith("の考え")) or \
        (tail.startswith("で") and not tail.startswith("では")) or bool(JA_UNIT_OF.match(text, title.end()))


# a body's branch or office between it and の: 「千島歯舞諸島居住者連盟十勝支部の大川支部長」 (the branch head speaks)
JA_UNIT_OF = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ff]{0,8}(?:支部|本部|支局|支所|分会|事務局|青年部|女性部|後継者部会)の")
