"""Verbs of saying in English, Russian and Japanese: what makes a sentence a statement.

`SPEECH` finds them anywhere in a sentence (factored by first letter, alternation.py: the same matches in half
the time); `JA_SPEECH` tells the Japanese ones, whose subject comes first ("ラブロフ外相は…と述べた").
"""
from __future__ import annotations

import re

from treatywatch.alternation import factored

# what a post's words are read from ('"…," the post reads'): the verbs below and attribution's POST_BEFORE
POST_NOUNS = ("post", "posts", "address", "message", "tweet", "caption")
EN_VERBS = (r"said|says|say|stated|told|tells|added|noted|stressed|stresses|emphasi[sz]ed|emphasi[sz]es"
            r"|underlined|underscored|recalled|recalls|urged|urges|called on|called for|asserted|asserts|declared|declares"
            r"|announced|insisted|insists|argued|argues|warned|warns|claimed|suggested|suggests|proposed|reiterated"
            r"|reiterates|vowed|vows|pledged|explained|pointed out|remarked|commented|expressed|confirmed|acknowledged"
            r"|complained|criticized|criticised|slammed|accused|indicated|voiced|conveyed|went on to say"
            # "He went on: '…'", "she continued, '…'": the next words of the speaker (not "talks went on")
            r"|(?:went on|continued|elaborated)(?=\s*[:,]\s*[\"“])"
            # the present tense of live blogs and briefs ("He adds that …", "Peskov denies …"); not the nouns
            # "states", "notes", "answers"
            r"|adds|explains|confirms|acknowledges|admits|replies|responds|denies|pledges|promises|announces|cautions"
            # a wire's flash lines in capitals ("ABE SAYS TOLD PUTIN HE WANTS TO ADVANCE PEACE TREATY NEGOTIATIONS")
            r"|SAYS|SAID|TELLS|TOLD|ADDS|WARNS|DENIES|STRESSES"
            # words said in protest ('"…," Hayashi protested', machine-translated 「…」と抗議した: '"…" and protested'),
            # not "protested against the visit" (an act)
            r"|protested(?=,?\s+(?:that\b|[\"“:])|\s*[.;]|\s+(?:strongly|firmly|sharply)\s*[.;])"
            # machine-translated «сообщил, что …»: "informed, that …"
            r"|informed(?=,?\s+that\b)"
            # more participles of saying after the clause's own verb: "held talks with Putin, pledging to tackle …"
            r"|(?:pledging|vowing)(?=\s+(?:to|that)\b)|calling (?:on|for)(?=\s)|(?:insisting|warning|stressing|noting)(?=\s+that\b)"
            r"|(?:declaring|writing|arguing|tweeting|posting)(?=\s+(?:[\w'’-]+\s+){0,5}?that\b)"
            # a rhetorical question closing its quote: '…?" asked Lavrov.', «…?» — спросил Слуцкий.
            r"|asked(?=\s+(?:[A-Z][\w.'’-]+\s+)?[A-Z][\w'’-]+\s*[.,](?!\s*(?:who|whether|if)\b))"
            # …or '…?" he asked.': the pronoun's, the one named before (a reporter's question names the reporter)
            # (…or a noun for him, '…?" the diplomat asked.': the one named before, as "the diplomat said")
            r"|asked(?=\s*[.,])(?:(?<=\?[\"”] he asked)|(?<=\?[\"”] she asked)|(?<=\?[\"”] the diplomat asked)"
            r"|(?<=\?[\"”] the minister asked))"
            # (…"as telling local officials", "quoted the prime minister as saying": the one quoted by title)
            r"|(?:was|were|is|had been|has been) (?:quoted|cited) (?:by (?:[\w.'’-]+ ){1,6})?as (?:saying|telling)"
            r"|(?:quot|cit)(?:ed|ing) (?:him |her |the (?:[\w.’'-]+ ){1,4}|(?:[A-Z][\w.’'-]+ ){1,4})as (?:saying|telling)|[Aa]ccording to|[Ii]n the words of|agreed|reaffirmed the agreement|rejected|promised|assured"
            r"|reaffirmed|affirmed|admitted|denied|replied|answered|responded|dismissed|ruled out|made clear"
            r"|made it clear|makes it clear|blamed|blames|put it|repeated|echoed|maintained|saying|stating|suggesting|adding"
            # "Lavrov on Japan: \"…\"": a subheading's or a summary's attribution, the quote right after the colon
            r"|on(?<=[A-Za-z] on) (?:[\w'’-]+ ){0,4}?[\w'’-]+:(?=\s*[\"“])"
            # "…, telling an annual rally that …" / "…, telling reporters: '…'": the clause's subject speaks
            r"|telling(?=\s+(?:[\w'’-]+\s+){0,5}?(?:that\b|[\"“:])"
            r"|\s+(?:[\w'’-]+\s+){1,4}?(?:he|she|they|we|it|japan|russia|tokyo|moscow)\s+(?:was|is|were|are|would|will|had|has"
            r"|wanted|wants|remained|remains|could|can)\b)"
            # "described Tokyo's demands as unacceptable", "referred to it as a starting point"
            # (a name in quotes on the way: 'described the remarks about the "Northern Territories" as revanchist')
            r"|(?:described|characteri[sz]ed|referred to)(?=\s[^.;:!?\"“”]{1,80}?\sas\b"
            r"|\s[^.;:!?\"“”]{1,60}?[\"“][^.;:!?\"“”]{1,30}[\"”][^.;:!?\"“”]{0,30}?\sas\b)"
            # machine-translated Japanese: "showed the view that …" (考えを示した), "revealed the idea to …"
            # (…and closing a machine-translated quote: '"…" and revealed.', 「…」と明らかにした)
            r"|revealed(?=\s*[.;])"
            # '"…," the post reads.': a post's, an address's or a message's words, its author's (not a document's)
            # (…and its past, and a caption's: '"…," the caption read.', '"…," one of the posts read.')
            + "".join(rf"|{form}(?=\s*[.,;])(?<={noun} {form})" for noun in POST_NOUNS for form in ("reads", "read"))
            # words written or posted: "wrote on his Telegram channel that …", '"…," the spokeswoman wrote.', "posted on
            # X that …" (not "wrote a letter", "posted a video")
            + r"|(?:wrote|posted)(?=\s+(?:[\w'’-]+\s+){0,8}?(?:that\b|:?\s*[「\"“])|\s*:\s*[\"“]|\s*[.;])"
            # machine English of 「…」と訴えた: "appealed 「…」", "greeted and appealed that …"
            r"|appealed(?=\s*(?::\s*)?[「\"“]|\s+(?:that|for)\b)"
            # machine English of «Как сообщила пресс-служба Кремля»: "As informed the press service of the Kremlin, …"
            r"|informed(?<=As informed)"
            r"|(?:showed|shows|revealed|reveals|indicated|presented|clarified)(?= (?:the |his |her |its |a |an )?(?:[\w-]+ )?"
            r"(?:view|recognition|idea|thought|intention|stance|opinion|perception|understanding|willingness|posture)\b)"
            # Russian verbs in TASS's English: уточнил, напомнил, обратил внимание, указал на
            r"|specified(?=,?\s+that\b)|clarified(?=,?\s+that\b)|requested(?=\s*[\"“«:]|,?\s+that\b)|reminded(?=\s+(?:[\w'’-]+\s+){0,3}?that\b)|dr[ae]w attention to|pointed to"
            r"|(?:was|were) convinced(?= that\b)"
            r"|lamented|advised|retorted|quipped|scoffed|mused|proclaimed|conceded|cautioned|believes|thinks|is convinced|mentioned|contended|tweeted"
            # a content farm's spun synonyms of "said"
            r"|opined|averred|avowed|opines|avers"
            # "called the Russian move deeply unjust": a verdict in the speaker's words, unquoted (not "called it a day")
            r"|(?:called|calls|calling)(?=\s(?:the|this|that|Russia['’]s|Moscow['’]s|Japan['’]s|Tokyo['’]s) (?:[\w-]+ ){0,2}?"
            r"(?:move|decision|step|steps|measures?|actions?|remarks?|statements?|comments?|visit|plan)\s+(?:an? )?(?:[\w-]+ ){0,2}?"
            r"(?:unjust|unfair|unacceptable|regrettable|deplorable|illegal|illegitimate|absurd|groundless|baseless|"
            r"provocative|hostile|unfriendly|outrageous|extremely|deeply|totally|completely|utterly)\b)"
            # 'what it called a "gross distortion"', 'called the claims "unfounded"': the words quoted are its
            r"|(?:called|calling|named|naming)(?=\s[^.;:!?\"“”«»]{0,80}?[\"“«])"
            # verbs that also take a treaty or a drill as object ("concluded a peace treaty", "observed the
            # drills"): speech only before "that" or closing an attribution ('…," Peskov concluded.')
            r"|(?:concluded|countered|observed|highlighted|signall?ed|hinted|predicted)(?=\s*[.,;]|\s+that\b)"
            # "In Lavrov's words, …" / "in his words": the name (or the pronoun) is inside the phrase
            r"|[Ii]n (?:[A-Z][\w.-]+ ){0,3}?[A-Z][\w-]+['’]s (?:own )?words|[Ii]n (?:his|her) (?:own )?words"
            # "wrote on Telegram that …", '…," she wrote on her channel.': written words; "wrote a letter" is an event
            r"|(?:wr(?:ote|ites)|posted|posts)(?=(?:\s+(?:on|in)\s+[^,.:;\"“]{1,40}?)?(?:,?\s+that\b|\s*[:.,;])"
            # '…," wrote Medvedev, who …' / '— wrote the deputy.': the writer named right after
            r"|\s+(?:the\s+)?(?:[A-Z][\w.'’-]+|deputy|lawmaker|politician|diplomat|senator|minister|governor)"
            r"(?:\s+[A-Z][\w.'’-]+)?(?:\s+(?:on|in)\s+[^,.:;\"“]{1,40}?)?\s*[.,;])")
RU_VERBS = (r"цитиру(?:ет|ют)|процитировал\w*|привод(?:ит|ят|ил\w*) слова"
            # the present tense of news copy and its impersonal forms: "сообщает пресс-служба Кремля",
            # "как отмечается в заявлении МИД"
            r"|заявля(?:ет|ют)|сообща(?:ет|ют|ется)|отмеча(?:ет|ют|ется)|подч[её]ркива(?:ет|ют|ется)|указыва(?:ет|ется)"
            r"|заявил\w*|заявлял\w*|говорится|отмечал\w*|подч[её]ркивал\w*|указывал\w*|сказал\w*|отметил\w*"
            r"|подчеркнул\w*|напомнил\w*|добавил\w*|сообщил\w*|рассказал\w*|призвал\w*"
            r"|[Пп]о (?:его |ее |её |их )?словам|[Пп]о (?:его |ее |её |их )?мнению|счита(?:ет|ют)|выразил\w*|указал\w*|утверждает|утверждал\w*"
            r"|предложил\w*|заверил\w*|пояснил\w*|объяснил\w*|объявил\w*|объявля(?:ет|ют)|предупредил\w*|предупрежда(?:ет|ют|л\w*)"
            # verbs that also take what was commented or denied as object ("прокомментировал Синюю книгу"): speech
            # before "что" or a colon, or closing an attribution ("…», — прокомментировал Песков.")
            r"|(?:опроверг|прокомментировал|акцентировал)\w*(?=,?\s*что\b|\s*[:.]|\s+[А-ЯЁ]\S*(?:\s+[А-ЯЁ]\S*)?\s*[.,])|констатировал\w*|признал\w*|пообещал\w*|настаивает|говорит|говорил\w*"
            r"|подтвердил\w*|подтвержда(?:ет|ют)|повторил\w*|дал\w* понять|назвал\w*|исключил\w*|отверг\w*|полагает"
            r"|уверен[аы]?(?=,? что)|убежд[её]н[аы]?(?=,? что)|заметил\w*|резюмировал\w*|подытожил\w*|посетовал\w*|сетует|возразил\w*|парировал\w*"
            # adverbial participles: the words of the clause's subject ("…, назвав претензии Токио безосновательными")
            r"|заявив|отметив|подчеркнув|назвав|добавив|указав|пояснив|напомнив"
            r"|спросил[аи]?(?=\s+(?:[А-ЯЁ]\S*\s+)?[А-ЯЁ][\w-]+\s*[.,])|ответил\w*|(?:написал\w*|пиш(?:ет|ут))(?=(?:\s+(?:в|на)\s+[^,.:;«\"]{1,40}?)?,\s*что\b|\s*:"
            # «— написал Медведев в Telegram.», «— написал политик.», «— написала дипломат в своем канале.»
            r"|\s+(?:[А-ЯЁ]\S*(?:\s+[А-ЯЁ]\S*)?|он|она|политик|депутат|дипломат|сенатор|министр|посол|губернатор|парламентарий"
            r"|глава \w+|пресс-секретарь|официальный представитель \w+)(?:\s+в\s+[^,.:;«»\"]{1,40})?\s*[.,])|высказал\w*|озвучил\w*|уточнил\w*|посоветовал\w*|советует|обратил\w* внимание|акцентировал\w* внимание|осудил\w*|раскритиковал\w*|обвинил\w*|возложил\w* (?:всю )?ответственность|сделал\w* заявление|договорил\w+|условил\w+")
# (a short setting may stand between と and the verb: "…と記者団に語った", "…と国会で答弁した")
JA_VERBS = (r"とも?(?:記者団に|記者に|記者会見で|会見で|国会で|(?:衆院|参院)?本会議で|委員会で|取材に|インタビューで|声明で"
            r"|講演で|演説で|番組で|会談で|電話会談で|(?:SNS|ＳＮＳ|ツイッター|テレグラム|Ｘ|X)(?:で|に|上で))?(?:改めて|あらためて|重ねて|強く|素っ気なく|そっけなく|厳しく|きっぱりと|短く|淡々と|はっきりと)?(?:述べ|投稿し|書き込|つづっ|綴っ|記し|書い|反発し|反論し|抗議し|語っ|語り|強調し|指摘し|表明し|発言し|言っ|言い|話し|明らかにし|続け|訴え|批判し|非難し|主張し|説明し|伝え|答え|約束し|呼びかけ|発表し|けん制し|牽制し|明言し|言明し|コメントし|答弁し|一蹴し|否定し|力を込め|語気を強め|胸を張っ|警告し|断言し|明かし|くぎを刺し|釘を刺し|付け加え|示唆し|言及し|応じ|切り返し|返し|提案し|挑発し|求め|要求し|要請し|呼び掛け|皮肉っ|迫っ|あいさつし|挨拶し|ただし|問いただし|演説し|評価し|歓迎し|念を押し|問題視し|申し入れ|回答し|振り返っ|振り返り|突っぱね|要望し|期待を寄せ|声を振り絞っ)"
            r"|(?:考え|見方|認識|姿勢|立場|意向|方針|見解|主張|意欲|期待|期待感|懸念|不快感|不満|決意|意思|覚悟|危機感|警戒感|憤り|怒り|弔意|謝意|遺憾の意)[をも](?:改めて|あらためて|重ねて|強く)?(?:示し|表明し|繰り返し|強調し|伝え|明らかにし|説明し|にじませ|あらわにし|露わにし)"
            r"|として(?:[、,][^。「」]{0,20}?|[^。「」、]{1,20}?)?(?:抗議|批判|非難)|を(?:改めて|あらためて|重ねて|強く)?(?:強調し|指摘し|表明し|非難し|批判し|けん制し|牽制し|否定し|退け)|と(?:の|いう)?(?:見方|考え|認識)[をも]示|で(?:合意|一致)し|ことで(?:合意|一致)|によると|によれば|によりますと|発言しました|述べ|語っ|言いました"
            # the ministry's summaries: 「ラブロフ外相からは，…との発言がありました」
            r"|との(?:発言|指摘|説明|言及|反論|要請)が(?:ありました|あった)"
            # a comment sent to an agency, a greeting at a ceremony: 「…」とのコメントを寄せた, 「…」とあいさつ。
            r"|との(?:コメント|談話|メッセージ)を寄せ|とあいさつ(?=[。、])|と挨拶(?=[。、])"
            r"|とも?(?:指摘|強調|主張|表明|発言|批判|非難|説明|言明)(?=[。、．]|\s|$)"  # "…と指摘。": the verb noun ends it
            r"|としています|としている(?=[。、])|としました|とした(?=[。])"  # NHK's "…だとしています": the position it states
            # "…とする声明を発表した", "…と非難する談話を発表した": a statement issued
            r"|と(?:非難|批判|反論|抗議|主張|強調|指摘)?(?:する|の)(?:声明|談話|コメント)を(?:[^、。「」]{1,10}?で)?(?:発表し|出し)"
            # "「…」と、高市首相は国会で強調した": the subject between と and the verb, set off by a comma (or by the
            # quote's end: 「…」――と外交官は強調した, machine Japanese of «…», — подчеркнул дипломат; or by a comma before と:
            # 「…が必要だ、と彼は付け加えた」)
            r"|(?:と、|と(?:(?<=」と)|(?<=」――と)|(?<=」—と)|(?<=」―と)|(?<=」——と)|(?<=、と)))[^。「」、]{1,30}?(?:は|が)[^。「」]{0,20}?(?:述べ|強調し|語っ|指摘し|表明し|訴え|話し|明らかにし|主張し|説明し"
            r"|答え|反論し|批判し|非難し|付け加え)"
            # 「…」として明言を避けた: the reason he gave for not saying more
            r"|と(?<=」と)して[^。「」]{0,10}?(?:明言|言及|回答|コメント)を(?:避け|控え)")
# factored by first letter (alternation.py): the same matches, in half the time
SPEECH = re.compile(rf"(?<![\w-])(?:{factored(EN_VERBS + '|' + RU_VERBS)})(?![\w-])|(?:{factored(JA_VERBS)})")
JA_SPEECH = re.compile(JA_VERBS)
# the forms above whose match holds the subject: 「…」と林外相は強調した, 「…」と、高市首相は述べた
JA_SUBJECT_IN_VERB = re.compile(r"と、?[^。「」、]{1,30}?(?:は|が)")
