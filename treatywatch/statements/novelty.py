"""New or already reported? The same utterance of the same speaker, re-reported, shortened, paraphrased or translated.

`NoveltyIndex.decide` compares a statement with every earlier one, the same speaker's first, and says which
rule decided (kept in `Statement.evidence`, shown by `treatywatch statements explain`):

- `verbatim`: most of the distinctive word pairs (character trigrams for Japanese) of the shorter quote are
  in the other one — a re-report, a shortened or merged quote; any time apart;
- `shared_quote`: a phrase one report puts in quotation marks stands in the other — the lead that quotes a
  few words of the direct quote below it ("ready to sign … 'without any preconditions'"); same article or days;
- `paraphrase`: same language, same days (or the same article), most distinctive content words shared; or,
  within the days of a translation, the same subjects with two specific ones among them (a rewrite whose words
  were spun: "give up its demands" for "abandon its claims");
- `translation`: another language, same days, the same subject matter (treaty, 1956, sovereignty, numbers…);
  `same_article` also names that match inside one article, in one language (a lead and the quote below it), and
  two more there: a retelling that keeps two distinctive word pairs of the remark, a lead and a quote taking the
  same one-claim position (stance.py: talks off, ready to talk, resolve then sign…);
- `conversation`: what the speaker told the same person (a counterpart in a call or a meeting), reported on
  the same or the next day: one side's briefing retold in other words ("Suga told Putin he wants progress on
  the treaty talks" / "Suga told Putin the dispute should not be left to later generations");
- `other_speaker`: the same long quote attributed to someone else (a speaker resolved differently);
- `same_remark` (set by the pipeline once an article's statements are decided, with `same_remark`): a new one that
  is one remark with a statement of the same article that repeats an earlier report repeats that report too.

"Distinctive" leaves out the words every treaty statement carries (peace treaty, Japan, islands, talks…):
two statements that share only those are two statements.

Scale: the index loads a speaker's statements from the store the first time that speaker is met (`loader`:
the newest MAX_PER_SPEAKER), and, through `prepare`, those of the days around the statements it is asked
about (`window_loader`), keeps a bounded number of speakers, and looks candidates up through an inverted
index whose postings are read from the newest end, so a lookup costs the same at any store size.
"""
from __future__ import annotations

import bisect
import heapq
import re
import unicodedata
from collections import Counter, OrderedDict, deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from itertools import islice

from treatywatch.prefilter import CASE_UNSAFE
from treatywatch.statements.addressee import addressee
from treatywatch.statements.speakers import canonical, registry, voices_of
from treatywatch.statements.stance import classify

THRESHOLD = 0.5  # verbatim: share of the shorter quote's distinctive pairs found in the other
MIN_SHARED = 2  # …and at least this many pairs: one shared pair is a phrase, not a quote
SHORT_CONTAINED_MIN = 20  # characters: a short sentence found whole in an earlier report is that report's
PARAPHRASE_THRESHOLD = 0.5
PARAPHRASE_MIN_WORDS = 3
PARAPHRASE_DAYS = 7  # aggregators re-tell a story within the week
SAME_ARTICLE_THRESHOLD = 0.34  # a lead and the quote below it: one article, one speaker, three distinctive words
QUOTE_DAYS = 7
CROSS_LANGUAGE_THRESHOLD = 0.6
SAME_ARTICLE_SUBJECTS = 0.5  # a lead and the quote below it, in other words: half their subjects, two specific
CROSS_LANGUAGE_DAYS = 3
CONVERSATION_DAYS = 1
RULE_DAYS = max(QUOTE_DAYS, PARAPHRASE_DAYS, CROSS_LANGUAGE_DAYS)
REWRITE_SPEAKERS = 2  # speakers of one earlier article whose remarks an article must retell to be its rewrite…
REWRITE_SUBJECTS = 0.33  # …each sharing a third of its subjects with one (one specific), or half its words
RECALL_DAYS = 45  # a report that says the remark was made earlier ("last week", "ранее") may retell it this late
# the report says it retells an earlier remark: "Earlier, Lavrov said …", "на прошлой неделе заявил", "先週…と述べた"
# (not "earlier in the day", "earlier on Tuesday", «ранее в этот день»: a remark of the same days, told as news)
RECALLED = re.compile(r"(?<!\w)(?:earlier|previously|last (?:week|month)|ранее|на прошлой неделе|в прошлом месяце"
                      # the remark told as before the news: "had said", "days before arriving", «накануне»
                      r"|had (?:said|told|stated|declared|warned|noted|stressed)|(?:days|a day|the day|weeks) before"
                      r"|ahead of|накануне|днем ранее|днём ранее)(?!\w)"
                      r"(?!,? (?:in the day|today|this (?:week|morning|afternoon)|that day|on \w+day|в этот день|сегодня"
                      r"|в (?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)))"
                      r"|先に|先週|先月|これまでに|前日"
                      # Japanese "had said" (「…考えを示していた」, 「…と述べていた」)
                      r"|(?:述べ|示し|語っ|表明し|強調し|訴え|主張し|明らかにし)ていた", re.IGNORECASE)
# the day a report says the remark was made: "said Friday", «в пятницу», 「15日」
TOLD_WEEKDAY = re.compile(r"(?<!\w)(?:on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?!\w)"
                          r"|(?<!\w)во? (понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)(?!\w)"
                          r"|(?<![\d０-９])(\d{1,2})日(?:午前|午後|夜|朝|、|に|の|は)", re.IGNORECASE)
WEEKDAYS = {d: i for i, ds in enumerate(("monday понедельник", "tuesday вторник", "wednesday среду",
                                           "thursday четверг", "friday пятницу", "saturday субботу",
                                           "sunday воскресенье")) for d in ds.split()}


def _told_days_before(words: str, published: str | None) -> bool:
    """The report names the day of the remark (its weekday, or the day of the month in Japanese) more than
    CROSS_LANGUAGE_DAYS before its own date: it retells a remark of days before ("said Friday" in a Thursday
    report), as "earlier" says."""
    day = _day(published)
    m = TOLD_WEEKDAY.search(words) if day else None
    if m is None:
        return False
    if m.group(3):
        n = int(m.group(3))
        back = day.day - n if n <= day.day else day.day + 30 - n
    else:
        back = (day.weekday() - WEEKDAYS[(m.group(1) or m.group(2)).lower()]) % 7
    return back > CROSS_LANGUAGE_DAYS


OTHER_SPEAKER_THRESHOLD = 0.8
OTHER_SPEAKER_MIN_SHARED = 6
RECENT = 200  # paraphrase and translation checks look at the speaker's latest statements only
MAX_HITS = 256  # per shingle, the newest postings only: the nearest earlier report is a recent one
MAX_SPEAKERS = 2000  # speakers held in memory at once (least recently used dropped, reloaded on demand)
# What is loaded from the store, and why that keeps the decisions: the shared-quote, paraphrase and translation
# rules look at the speaker's RECENT latest statements only (by id), and the newest-first load holds those
# whatever else is loaded; only `verbatim` (and `nearest` in the evidence) reaches further back. For it, the
# store gives the speaker's newest MAX_PER_SPEAKER statements (a repeat of something said lately, however
# many days ago) and, around each statement's date, every statement of the VERBATIM_DAYS either side (up to
# MAX_PER_WINDOW, newest first): re-reports cluster around the original, also when a backfill brings old
# articles into a store that holds years after them. A verbatim repeat of a statement outside both is missed,
# as one older than the 20,000 newest was before; loading everything grew the cost with the store (at a
# million articles, 200,000 statements read and indexed per run).
MAX_PER_SPEAKER = 2000  # a speaker's latest statements loaded from the store (≥ RECENT)
VERBATIM_DAYS = 14  # a statement's days either side whose statements are in memory when it is decided
WINDOW_LOAD_DAYS = 30  # loaded at once when those are missing, so the next days need no load
MAX_PER_WINDOW = 5000
OTHER_SPEAKER_WINDOW = 50000  # the latest statements met (any speaker) that other speakers' quotes are checked against

QUOTES = re.compile("[" + re.escape("“”„«»「」『』‘’'`\"()[]") + "]")  # each becomes a space
QUOTED = re.compile(r"[“„«「『\"]([^“”„«»「」『』\"]{4,300})[”»」』\"“]")
STOP = set("the a an of to and in on for that this is are was were be been with as at by it its from he she they we "
           "has have had will would not but or our their his her which who also said says than there these those "
           "и в во не на что с со по к как это то за из от для о об а но же бы ли его ее их он она они мы".split())
# when it was reported, not what was said: "said Wednesday", "earlier this month"
STOP |= set("monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow earlier later week "
            "month понедельник вторник среду четверг пятницу субботу воскресенье сегодня вчера ранее неделе".split())
# words nearly every treaty statement carries: shared, they say nothing about being the same utterance
GENERIC_STEMS = tuple(
    "peace treat agree japan russi soviet moscow tokyo kremlin islan isle kuril south north terri issue probl quest dispu "
    "talk negot dialo relat count gover minis forei prime presi state sign conclu resol settl side both two four "
    "minister told say said mr "
    "мирн догов соглаш япон росси ссср советск москв токи кремл остров курил южн северн террит вопрос проблем спор "
    "перегов диалог отношен стран правит минист премьер президент подпис заключ решен урегул сторон заяв сказ "
    # a report's words for who spoke and how ("official spokeswoman of the ministry called …"), not the remark's
    "spokes официальн представит ведомств пресс-секр назвал".split())
GENERIC_JA = re.compile(r"平和条約|北方領土|北方四島|領土問題|日本|ロシア|日露|日ロ|交渉|問題|政府|首相|外相|大統領|締結|解決|両国|関係"
                        r"|氏|は|が|を|に|の|と|で|た|て|し|ます|です|する|した|こと|ない")
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
QUOTE_MARK = re.compile(r"[“„«「『\"]")
WORD = re.compile(r"\w+")

# lookaheads: the talks' and the sanctions' own words stay for their concepts
_TO_TALKS = r"(?:to )?(?:the )?(?:\w+ ){0,2}(?:talks|negotiat|dialog|consult|table|переговор|диалог|консульт)"
_BACK_TO_TALKS = r"\breturn\w*(?= " + _TO_TALKS + r")|(?:верн|возвра)\w*(?= к (?:\w+ ){0,2}(?:переговор|диалог|консульт))"
CONCEPTS = {
    "treaty": r"treaty|pact|peace deal|peace agreement|peace accord|peace contract|peace settlement|договор|条約|tratado|trattato|traktat|vertrag|abkommen|معاهدة|संधि",
    "islands": r"island|isle|kuril|territor|остров|курил|территор|島|領土|isla|isol|wysp|ilha|insel|جزر|द्वीप",
    "declaration": r"1956|declaration|декларац|宣言|declaraci|dichiaraz|deklarac|erklärung|إعلان|घोषणा",
    # whose the islands are ("the ownership of the Kurils", "принадлежность южных Курил"); not "вопросы
    # территориальной принадлежности", the territorial issue in other words; "talks over who owns the islands")
    "sovereignty": r"sovereign|ownership|belonging of|\bwho (?:owns|should own|controls)\b|\bbelongs? to whom"
                   r"|принадлежност\w*(?= (?:\w+ )?(?:курил|остров))|суверен|主権|帰属|領有"
                   r"|soberan|sovran|suweren|souverän|سيادة|संप्रभु",
    "talks": r"talk(?!(?:ing|ed)? about\b)|negotiat|dialog|consultation|\bcontacts\b|переговор|диалог|консультац|\bконтакт"
             r"|交渉|対話|協議|negoci|negozi"
             r"|negocj|verhandl|مفاوض|वार्ता|बातचीत",
    "wwii": r"world war|wwii|второй мировой|大戦|guerra mundial|wojn\w* światow|weltkrieg|الحرب العالمية|विश्व युद्ध"
            r"|(?:results?|outcomes?) of the war|war['’]s (?:results?|outcomes?)|(?:итог|результат)\w* войны|戦争の結果",
    # "our land" / «наша земля» / 「われわれの土地」: the islands as one side's own
    # (…or said to have become Russian: "became Russian", «стали российскими», 「ロシア領になった」)
    "land": r"\b(?:our|russian|japanese) (?:land|soil)|(?:наш|русск|российск|японск)\w* земл"
            r"|(?:われわれ|我々|私たち|我が国|ロシア|日本)の土地"
            r"|\bbecame (?:russian|part of russia)|\bpart of (?:russia|the russian federation)\b|част\w+ (?:россии|российской федерации)"
            # (a lookahead: the words between keep their own subjects, "the Sakhalin province")
            r"|\bbelongs?(?= to (?:[\w ]{1,40}? and (?:to )?)?(?:russia|japan)\b)|принадлеж\w+ (?:россии|японии)|(?:ロシア|日本)に帰属"
            r"|ロシアの一部|стал\w* (?:российск|русск|частью росси)\w*|ロシア領に(?:なっ|な)"
            # (…handed to the Soviet Union: "the transfer of the southern Kurils to the USSR", «переход Курил к СССР»)
            r"|(?:transfer|handover|hand-over|passing|переход|передач)\w* (?:[\w-]+ ){0,5}(?:to|к) (?:the )?"
            r"(?:soviet union|ussr|советскому союзу|ссср)",
    # "the topic is closed" / «тема закрыта» / 「この話題は終わった」
    "closed": r"\b(?:topic|issue|question|matter|chapter)\b(?: [\w'’-]+){0,8}? (?:is|was|has been)(?: now| already)? closed"
              r"|(?:тема|вопрос)\w* (?:\w+ ){0,2}закрыт"
              r"|закрыт\w* (?:тема|вопрос)|(?:話題|問題)は(?:終わった|終わり|決着済み|解決済み)",
    "charter": r"charter|устав|憲章|carta|karta|charta|ميثاق|चार्टर",
    # the talks called a ritual, a formality: "had only ever been a ritual", «носили ритуальный характер»
    "ritual": r"ritual|formality|for show|ритуал|для галочки|формальност|儀式|形式的",
    "sanctions": r"sanction|санкц|制裁|sanzion|sankcj|sanktion|عقوبات|प्रतिबंध",
    "preconditions": r"precondition|предварительных условий|前提条件|condiciones previas|warunków wstępnych",
    # (not the Security Council in a speaker's title: "deputy head of Russia's Security Council")
    "security": r"security(?! council)|alliance|(?<!совета )безопасност|союз|安全保障(?!会議)|同盟|segurid|sicurezz"
                r"|bezpiecz|sicherheit|أمن|सुरक्षा",
    "generations": r"generation|поколени|世代|generaci|generazi|pokoleni|generation|أجيال|पीढ़",
    "pointless": r"pointless|meaningless|no sense|no point|бессмыслен|無意味|意味がない|sin sentido|senza senso|bezsens|sinnlos",
    # …and "there can be no talk of it" («речи быть не может», 「あり得ない」)
    # (also said as "no dialogue is possible", «диалога быть не может», 「できる状況にない」; a lookahead: the words
    # between keep their own subjects)
    "impossible": r"impossible|unfeasible|out of the question|no talk of|невозмож|речи (?:быть |идти )?не (?:может|идет|идёт)|не может быть и речи"
                  r"|not possible|\bno (?=(?:\w+ ){1,7}(?:is|are|was|were) possible)|быть не может|не может быть"
                  r"|できる状況にない|できない状況"
                  # "cannot be resolved in one visit" / «решить … невозможно» / 「解決できない」
                  r"|can ?not be (?:resolved|solved|settled|achieved)|can't be (?:resolved|solved|settled)"
                  r"|不可能|あり得ない|ありえない|imposible|impossibil|niemożliw|unmöglich|مستحيل|असंभव",
    # "under the current circumstances" / «в нынешних условиях» / 「現状では」: the reason a refusal gives
    "current_conditions": r"(?:current|present|prevailing|existing|such|these) (?:circumstances|conditions|situation)"
                          r"|under the circumstances|(?:нынешн|текущ|сложивш|существующ|так|эт)\w+ (?:услови|обстоятельств|ситуаци)"
                          r"|現状では|現状で|現在の状況|今の状況",
    # the Japanese government's protest: 「極めて不当であり、断じて受け入れられない」, "extremely unjust"
    "unjust": r"unjust|unfair|несправедлив|不当|injust|ingiust|niesprawiedliw|ungerecht",
    "unacceptable": r"unacceptable|неприемлем|受け入れ(?:られ(?:な|ぬ|ず)|ることはでき|難|がた|かね)|inaceptable|inaccettabil|nie do przyjęcia|inakzeptabel|غير مقبول|अस्वीकार्य",
    "hostile": r"hostil|unfriendly|antagonis|enemy|enemies|adversar|недружествен|враждебн|враг|противник|非友好|敵対|敵",
    "weapons": r"weapon|\barms\b|оружи|вооруж|武器",
    "ukraine": r"ukrain|kyiv|kiev|украин|киев|ウクライナ|キーウ|キエフ",
    # places named in a remark keep their names across languages: Okinawa (the US bases), the Singapore agreement,
    # Vladivostok (not the United States: "us" and "American" are in too many remarks to tell one from another)
    "okinawa": r"okinawa|окинав|沖縄",
    "singapore": r"singapore|сингапур|シンガポール",
    "vladivostok": r"vladivostok|владивосток|ウラジオストク",
    "constitution": r"constitution|конституц|憲法",
    "compromise": r"compromis|компромисс|妥協|歩み寄",
    "military": r"militar|drills|военн|учени[еяй]|軍事|演習",
    "joint_activity": r"joint economic|совместн\w* хозяйствен|共同経済活動",
    "deadline": r"deadline|timeframe|time frame|сроки|期限",
    # the talks stopped ("not us who stopped these talks", «не мы прекратили эти переговоры», 「交渉をやめた」):
    # a verb of stopping next to the talks' word, not any "stop" ("stop visa-free travel")
    # (…or killed: "buried the peace treaty negotiations", «похоронила переговоры», "destroyed the basis for dialogue",
    # «уничтожил основу для диалога», 「交渉は事実上葬られた」, 「対話の基盤を破壊した」)
    "halt": r"(?:\bhalt|\bstopp?|\bend|suspen|terminat|break\w* off|broke off|call\w* off|прекра[тщ]|приостан|свернул"
            r"|сворачив|\bbur(?:y|ied|ies|ying)|\bdestroy|\bwreck|похорон|уничтож|разруш)\w*"
            r"(?= (?:[\w-]+ ){0,4}(?:talks|negotiat|dialog|переговор|диалог|консульт))"
            r"|(?<=交渉)(?:は|が)?(?:事実上)?葬"
            r"|(?:(?<=対話の基盤を)|(?<=交渉の基盤を)|(?<=対話の土台を)|(?<=交渉の土台を))(?:自ら)?(?:破壊|壊)"
            r"|(?<=talks )(?:were |was |have been |had been )?(?:halt|stopp|suspend|terminat|end)\w*"
            r"|(?<=переговоры )(?:были )?(?:прекращ|приостановл|свернут)\w*|(?:(?<=交渉を)|(?<=対話を)|(?<=協議を)|(?<=交渉の)|(?<=交渉)|(?<=対話)|(?<=協議)"
            # (the adverb in a lookbehind: "一方的に" stays for its own subject)
            r"|(?<=交渉を一方的に)|(?<=交渉を事実上)|(?<=交渉を完全に))(?:やめ|中断|打ち切|停止)",
    # one side acting alone ("unilaterally suspended", «в одностороннем порядке», 「一方的に」)
    "unilateral": r"unilateral|односторонн|一方的",
    # ready for something ("ready to return to the talks", «готовы вернуться», 「戻る用意がある」)
    "ready": r"\bready\b|\bprepared to|\bwilling to|\bготов\w*|用意が|構えだ",
    # a side asked to change course ("if Japan revises its stance", «если Япония изменит свою позицию», 「立場を変えれば」)
    "change_position": r"(?:chang|revis|reconsider|alter|shift)\w* (?:\w+ ){0,2}(?:position|stance|policy|course|approach)"
                       r"|(?:измен|пересмотр|скорректир|поменя)\w* (?:\w+ ){0,2}(?:позици|курс|политик|подход)"
                       r"|(?:立場|方針|姿勢)を(?:変え|改め|見直)",
    # the campaign for the islands' return ("Northern Territories Day", «эту ежегодную кампанию», 返還運動; not the
    # rally's name, "Rally for the Return of …", which every report from it carries, nor "the sanctions campaign")
    # (the day's name as a lookahead: its words stay for the islands, "北方領土の日本への…" is no day)
    "campaign": r"(?=northern territories day)|(?:annual|yearly|this|anti-russian) campaign|campaign for the return"
                r"|(?:ежегодн|эт|антироссийск)\w* кампани|кампани\w* за (?:возвращение|возврат)"
                r"|дн\w+ (?=\W?северных территорий)|(?=北方領土の日(?!本))|返還運動|返還要求運動",
    # the dispute's back and forth ("the historical ping-pong", «исторический пинг-понг», 「歴史的なピンポン」)
    "pingpong": r"ping-?pong|пинг-?понг|ピンポン|卓球",
    # a will stated ("determined to resolve", «намерен решить», 「締結する決意だ」)
    "intent": r"\bdetermin(?:ed|ation)\b|\bintend|\bintent|\bresolved to\b|намерен|полон\w* решимост|решимост|決意"
              r"|強い意(?:思|志)",
    # a course said to stand ("remains unchanged", «не меняется», 「変わりはない」) and the relations said to be bad
    # ("in a severe situation", «в тяжелом положении», 「厳しい状況」): the Japanese government's two set phrases
    # (…the position called legal: "Tokyo's legal stance", «правовая позиция», 「法的立場」)
    "legal_position": r"\blegal (?:position|stance)|правов\w+ позици|法的(?:な)?立場",
    # a step judged against a side's stance: "incompatible with our position", «противоречит позиции», 「立場と相いれない」
    "incompatible": r"incompatible|runs? counter to|contrary to|at odds with|contradict|несовместим|противоречит|相いれ|相容れ|矛盾",
    # the climate the talks need ("the atmosphere needed for work on a peace treaty", «атмосферы», 「雰囲気」)
    "atmosphere": r"atmosphere|атмосфер|雰囲気|ambiente|atmosfer|stimmung",
    # a protest lodged or rejected ("such demarches", «подобные демарши», 「こうした抗議」)
    "protest": r"protest|demarche|démarche|протест|демарш|抗議|protesta|protestu",
    "defence": r"defen[cs]e|оборон|防衛|defensa|difesa|obron|verteidig",
    # a claim called meddling: "interference in Russia's internal affairs", «вмешательство во внутренние дела»
    "interference": r"interfer|meddl|вмешательств|вмешива|干渉",
    "internal_affairs": r"internal (?:affair|matter)|внутренн\w+ дел|内政|国内問題",
    "election": r"election|\bvot(?:e|es|ed|ing)\b|выбор|голосова|голосу(?:ют|ет|ем)|選挙|投票",
    # what one side wants of the other: recognition (of the war's results), not apologies
    "recognition": r"recogni[sz]|признани|признат|признава|承認|reconoc|riconosc|uznani|anerkenn",
    "apology": r"apolog|извинени|извиня|謝罪|おわび|お詫び|disculp|scus|przeprosi|entschuldig",
    "stance": r"\b(?:position|stance)s?\b|позици|立場",
    "unchanged": r"unchang|not chang|no change|not shifted|has not shifted|не меня|не измени|неизменн|без изменений|変わり(?:は|が)ない|変わらない|変更はない"
                 # «по-прежнему намерен», "remains committed": the same position still held
                 r"|по-прежнему|remains? committed|still intends|\bremain(?:s|ed)? [\"“]?(?:the )?(?:basis|foundation|same)",
    "severe": r"(?:severe|difficult|tough|strained|challenging) (?:situation|state|phase|condition)|(?:тяжел|сложн|трудн)\w* (?:положени|ситуаци|состояни)"
              r"|厳しい状況|厳しい局面|困難な状況",
    # the door said to be open, or never closed ("open to dialogue", «не закрывали дверь», 「扉は開かれている」)
    "open_door": r"\bdoor|\bopen to\b|\bopen for\b|двер[ьи]|открыт\w* (?:для|к)\b|扉|門戸",
    "freeze": r"freez|froze|замор[оа]ж|заморо[зж]|凍結|congel|zamroż|einfrier|eingefroren",
    # "return to the talks" is resuming them, not the islands' return
    # (…or continued: talks suspended since 2022 "continue" when they start again, in one report or its retelling)
    "resume": r"resum|restart|возобнов|再開|reanud|riprend|wznowi|wiederaufn|(?:(?<=交渉に)|(?<=対話に)|(?<=協議に))戻|"
              r"continu|продолж|継続|続け|continuar|proseguir|kontynu|fortsetz|fortzusetzen|" + _BACK_TO_TALKS,
    "lift": r"\blift|\bdrop\w*(?= (?:\w+ ){0,2}sanction)|(?:снят|отмен)\w*(?= (?:\w+ ){0,2}санкц)|解除|levant|revoc|aufheb",
    "policy": r"polic|(?<!of )\bcourse\b|политик|курс\b|курса|方針",  # a course held, not "of course"
    # a course held ("firmly maintain the policy", "stick to its position"), not "maintains sanctions"
    "adhere": r"adher|maintain\w*(?= (?:\w+ ){0,2}(?:policy|position|stance|course|line))|stick to|sticks to|firmly"
              r"|придержива|неизменн|堅持",
    # the state of having no treaty called abnormal ("an abnormal situation", «ненормальная ситуация», 「異常な状態」)
    # (…or out of its time: "an anachronism", «анахронизм», 「時代錯誤」)
    "abnormal": r"abnormal|ненормальн|異常|anormal|anomal|anachronis|анахронизм|時代錯誤|時代遅れ",
    # a solution both can accept ("mutually acceptable", «приемлемое для обеих сторон», 「双方が受け入れ可能な」)
    "mutually_acceptable": r"mutually acceptable|acceptable (?:to|for) both|взаимоприемлем|приемлем\w* для (?:обеих|обоих)"
                           r"|(?:双方|両国)(?:に|にとって|が)?受け入れ(?:可能|られる)",
    # the region the Kurils belong to ("part of the Sakhalin region", «Сахалинской области», 「サハリン州」)
    "sakhalin": r"sakhalin|сахалин|サハリン",
    # Abe's appeal to run to the goal together («добежим до цели», 「二人で力を合わせて走り抜こう」)
    "run_together": r"\brun(?:ning)? together|sprint\w* jointly|добеж|бежать вместе|走り抜|駆け抜",
    "new_approach": r"new approach|нов\w+ подход\w*|新しいアプローチ|新たなアプローチ",
    "trust": r"\btrust|довери|信頼",
    # no concessions, no bargaining ("not subject to bargaining", «уступок не будет», 「譲歩」)
    "concession": r"concession|bargain|уступк|уступок|торг(?!ов)|譲歩|取引",
    # the claim sent away ("let them look for their islands elsewhere", «где-нибудь в другом месте», 「よそで」)
    "elsewhere": r"\belsewhere|\bsomewhere else|в другом месте|где-(?:нибудь|то) (?:еще|ещё)|他の場所|別の場所|よそで",
    "persistent": r"persisten|patient|tenacious|настойчив|терпелив|粘り強",
    "return": r"\breturn(?!\w* " + _TO_TALKS + r")|возвра(?!\w* к " + _TO_TALKS + r")|返還"
              # (the islands "will never come back": «никогда не вернутся Японии»)
              r"|(?<!\w)верн(?:ут|ет|ёт|уть|ул)\w*(?! к " + _TO_TALKS + r")",
    # the islands changing hands, told by the side that holds them ("hand over", "передача", "引き渡し")
    "handover": r"hand\w* over|handover|handing|transfer|\bcede|ceding|передач|переда[твю]|отда[тв]|уступ|引き渡|引渡|譲渡"
                r"|割譲|entreg|cesi[oó]n|przekaz|übergab",
    "discuss": r"discuss(?!ion club)|обсужд|обсуди|議論|論じ|discut|discus|dyskut|diskut",
    # giving a claim up ("abandon its claims", "отказаться от претензий", "要求を放棄"), and the claim itself
    "renounce": r"abandon|give up|giving up|gave up|renounc|relinquish|waive|forget(?:s|ting)? about"
                r"|забы(?:ть|ла|ли|л|дет|дут)\b|отказа\w* от|отказ\w* от|откаж\w* от|сдади|сдаться|放棄|断念|諦め|あきらめ"
                r"|renunci|rinunci|zrezygnow|verzicht",
    # the islands as a land's own part ("an inherent part of Japan's territory", «исконная часть», 固有の領土)
    "inherent": r"inherent|intrinsic|integral|inalienable|inseparable|исконн|неотъемлем|固有|不可分|inerente|integrante",
    # a claim called groundless ("have no legal basis", «безосновательны», 「根拠がない」)
    # (not "no grounds for resuming the dialogue": a reason lacking, not a claim)
    "groundless": r"groundless|baseless|unfounded|no (?:legal |historical )?basis|безосновательн|необоснованн"
                  r"|беспочвенн|не имеют (?:под собой )?(?:\w+ )?(?:основани|почвы)|根拠(?:が|は|の)?ない|根拠なし|infundad|infondat"
                  r"|bezpodstawn|unbegründet",
    # the islands called occupied ("illegal occupation", "under unlawful Russian control", 不法占拠)
    "occupation": r"illegal(?:ly)? occup|unlawful(?:ly)? (?:\w+ )?(?:occup|control|held)|(?:незаконн|нелегальн)\w* оккуп"
                  r"|不法(?:に)?占拠|ocupaci[oó]n ilegal|occupazione illegale|nielegaln\w* okupac|illegale besetzung",
    # words met with regret ("evoke nothing but regret", «ничего, кроме сожаления», 「遺憾の念しか…ない」)
    "regret": r"\bregret|сожален|遺憾|lament",
    "claims": r"\bclaim|demand|претензи|притязани|требовани|領有権|要求|主張|reclam|rivendic|roszcze|anspr[uü]ch",
    # the talks said to be stuck ("stalling", "bogged down", «буксуют», 「足踏み」), or their pace ("slowed",
    # «темп замедлился», 「テンポ」): each says in its own words of every translation
    "stall": r"\bstall|bogged down|marking time|\bstuck\b|deadlock|impasse|standstill|stagnat|буксу|пробуксов|застопор"
             r"|топчутся|тупик|застой|足踏み|停滞|膠着|行き詰ま",
    "pace": r"\bpace\b|\btempo\b|\bslow|темп(?:ы|а|ом)?\b|замедл|небыстр|テンポ|ペース",
    # no quick solution ("no quick fix", «быстрых решений не бывает», 「早急な解決はあり得ない」), and the work sped up
    # ("accelerate", «ускорить», 「加速」)
    "quick": r"\bquick|\brapid|\bswift|\bspeedy|\bfast\b|overnight|быстр|早急|迅速|一朝一夕",
    "accelerate": r"accelerat|speed(?:s|ing)? up|sped up|ускор|加速",
    # the talks moved forward ("advance the negotiations", «продвинуть переговоры», 「交渉を前に進める」, 「進展」)
    "progress": r"\bprogress|\badvanc(?:e|es|ed|ing)\b(?!\s+(?:weapon|arm|technolog|age|notice|payment))"
                r"|\bmov(?:e|es|ed|ing) (?:[\w-]+ ){0,3}?forward|step forward|продвин|продвиж|прогресс|вперед|вперёд|前進|進展|前に進"
                # …a step towards the treaty ("a firm step towards a peace treaty", «шаг к заключению», 「着実な一歩」)
                r"|\bsteps? towards?\b|(?<!\w)шаг\w* (?:к|на пути)(?!\w)|一歩",
    # the islands' future drawn ("sketch out a future for the islands", «нарисовать будущее островов», 「島の未来像」)
    "future": r"\bfuture\b|будущ|未来",
    # the talks' levels ("dialogue at all levels", «на всех уровнях», 「あらゆるレベルで」)
    "levels": r"all levels|every level|всех уровн|あらゆるレベル|各レベル",
    # the leaders' agreement the talks go on from ("based on the agreement between the leaders", «договоренности
    # лидеров», 「首脳間の合意」)
    "leaders_agreement": r"agreements? (?:between|of|reached by) (?:the )?(?:two )?leaders|leaders['’] agreements?"
                         # («договоренности» itself is the treaty's word to the alternation: the leaders after it)
                         r"|(?:(?<=ности )|(?<=ностей )|(?<=ностям )|(?<=ностях )|(?<=ностями )|(?<=шения )|(?<=шений ))"
                         r"(?:между )?(?:лидер|глав|президент\w* и премьер)\w*"
                         r"|首脳(?:間|同士)?の?合意",
}
COMMON_CONCEPTS = frozenset({"treaty", "islands", "talks"})
_CONCEPTS_ONE = re.compile("|".join(f"(?P<{k}>{v})" for k, v in CONCEPTS.items()), re.IGNORECASE)
# The same alternation matched case-sensitively in the lowered text: the patterns are written in lower case
# (`test_concepts_are_written_in_lower_case`), so the matches are the same, found three times as fast (trying
# 80 alternatives at every position of a statement without IGNORECASE's per-letter folding). A text that
# lowering lengthens, or that holds a letter IGNORECASE folds some other way (`ſ`, `ı`), is matched as written.
_CONCEPTS_LOWERED = re.compile(_CONCEPTS_ONE.pattern)

Row = tuple  # (statement id, speaker, quote, language, published, article id, peace treaty) from a loader
Loader = Callable[[str | None, int], Iterable[Row]]  # (speaker or None for the latest of all, limit) → rows, oldest first
# (speaker, first day, day after the last, limit) → the speaker's statements in articles published in those days,
# the newest `limit`
WindowLoader = Callable[[str, date, date, int], Iterable[Row]]


@dataclass
class Decision:
    """Why a statement is new or seen: the nearest earlier statement, its similarity and the rule."""
    first_report_id: int | None  # the earlier report this one repeats; None when new
    similarity: float
    nearest_id: int | None  # the closest earlier statement, also when it was not close enough
    rule: str  # verbatim | shared_quote | paraphrase | translation | same_article | recalled | goes_on | … | new
    subjects: tuple[str, ...] = ()  # for a match by subject matter: the subjects both share, for the explanation

    @property
    def new(self) -> bool:
        return self.first_report_id is None

    def evidence(self) -> dict:
        found = {"nearest_id": self.nearest_id, "similarity": self.similarity, "rule": self.rule}
        if self.subjects:
            found["subjects"] = list(self.subjects)
        return found


@dataclass
class _Item:
    id: int
    language: str
    first_day: int | None  # day number (date.toordinal) of the report; a year-month: its first day…
    last_day: int | None  # …and its last (the report is somewhere in that month)
    article: int | None
    shingles: frozenset
    words: frozenset
    quoted: tuple[str, ...]
    text: str  # normalised, for quoted-phrase containment
    treaty: bool = True  # a treaty statement is only ever a repeat of a treaty statement (the one alerted)
    addressee: str | None = None  # the person it was said to ("told Putin")
    _concepts: frozenset | None = None
    _position: str | None = ""  # "": not classified yet
    # whose statement it is, when asked about: the people it names count as subjects, but for that speaker
    # (None: the people it names do not count)
    speaker: str | None = None
    _people: frozenset | None = None

    @property
    def concepts(self) -> frozenset:
        """Computed when a translation check first needs it: most items never meet another language."""
        if self._concepts is None:
            self._concepts = concepts(self.text)
        return self._concepts

    @property
    def named_people(self) -> frozenset:
        """The registered people it names, computed when a translation check first needs them."""
        if self._people is None:
            self._people = people(self.text)
        return self._people

    @property
    def position(self) -> str | None:
        """The stance it takes (stance.py), classified when a same-article check first needs it."""
        if self._position == "":
            found = classify(self.text)
            self._position = found.name if found else None
        return self._position


@dataclass
class _Speaker:
    items: list[_Item] = field(default_factory=list)  # in id order (report order)
    # shingle → ids of the items carrying it, ascending: statements loaded later from older days slot in, so
    # a load never rebuilds the index (at a million articles rebuilding it after each load was a cost)
    postings: dict[str, list[int]] = field(default_factory=dict)
    by_id: dict[int, _Item] = field(default_factory=dict)


def normalise(text: str) -> str:
    text = QUOTES.sub(" ", unicodedata.normalize("NFKC", text or "")).lower().replace("ё", "е")
    return " ".join(text.split())


@lru_cache(maxsize=1)
def _names() -> tuple[frozenset, tuple]:
    """Words of the registered speakers' names (Latin whole words, Cyrillic stems): they say who, not what."""
    words, stems = set(), set()
    for aliases in registry().latin.values():
        for tokens, _entry in aliases:
            for t in tokens:
                (stems if "\u0400" <= t[:1] <= "\u04ff" else words).add(t.replace("ё", "е"))
    return frozenset(words), tuple(t for t in stems if len(t) >= 3)


def _distinctive_words(norm: str) -> list[str]:
    kept = _KEPT
    out = []
    for w in WORD.findall(norm):  # one dictionary lookup per word: the same words recur in every statement
        k = kept.get(w)
        if k is None:
            k = _kept(w)
        if k:
            out.append(k)
    return out


_KEPT: dict[str, str] = {}  # word → its distinctive form (six letters), or "" for a word that says nothing
MAX_KEPT = 200_000  # distinct words remembered


# words a rewrite or a machine translation puts for one another ("lies entirely with the Russian side" / "lies
# completely on the Russian party"): one form each, so the paraphrase measure counts them as the same word
SYNONYMS = {w: canon for canon, ws in {
    "complete": "entirely completely fully totally wholly полностью целиком всецело",
    "side": "party parties sides",
    "promise": "promised promises pledged pledges vowed vows promise pledge vow пообещал пообещала обещал",
    "seek": "seek seeks sought strive strives pursue pursues добиваться стремиться",
    "rests": "lies rests lie rest",
    "position": "stance stances position positions позиция позицию позиции",
    "current": "current present incumbent existing нынешний нынешним нынешнего нынешнее нынешней текущий текущим",
    "lift": "lift lifts lifted lifting drop drops dropped dropping remove removes removed removing scrap scraps scrapped",
    "back": "regain regains regained reclaim reclaims reclaimed recover recovers recovered",  # "get them back"
    "ready": "ready prepared willing",
    "unacceptable": "unacceptable inadmissible intolerable недопустимо недопустимы недопустимым неприемлемо "
                    "неприемлемы",
    "claims": "claims demands pretensions claim demand pretension претензии притязания претензий притязаний",
    "groundless": "groundless baseless unfounded unjustified безосновательны безосновательными необоснованны "
                  "необоснованными беспочвенны",
    "transfer": "transfer transferred transferring handover hand-over",
    "annual": "annual yearly ежегодный ежегодная ежегодное ежегодные ежегодно",
    "hostile": "hostile unfriendly antagonistic недружественный недружественная недружественные недружественного "
               "недружественной враждебный враждебная враждебные враждебного враждебной",
    "land": "land lands soil",
    "tool": "tool tools instrument instruments инструмент инструментом инструмента",
    "topic": "topic topics subject тема темы тему",
    "persistent": "persistently patiently tenaciously persistent patient tenacious настойчиво терпеливо",
    # "never avoided discussing" / "never shied away from talking about" / «никогда не уклонялись от разговора»
    "avoid": "avoid avoids avoided avoiding shy shies shied shying evade evades evaded evading dodge dodged "
             "уклонялись уклоняться уклоняемся избегали избегать",
    "discuss": "discuss discusses discussed discussing talk talked talking обсуждать обсуждали разговора",
    # «нагнетать обстановку» in its translations: "stir up tensions", "incite the atmosphere", "whip up", "fan"
    "incite": "incite incites incited inciting stir stirs stirred stirring whip whips whipped fan fans fanned inflame "
              "inflames inflamed нагнетать нагнетает нагнетание разжигать разжигает",
}.items() for w in ws.split()}


# a Russian word's vowel ending: «земля» and «землей» are one word, as six letters make "negotiations" and
# "negotiated" one (the pattern touches Cyrillic words only)
RU_ENDING = re.compile(r"(?<=[а-яё]{3})[аеёиоуыэюяйь]+$")


def _kept(word: str) -> str:
    names, name_stems = _names()
    w = SYNONYMS.get(word, word)
    k = RU_ENDING.sub("", w)[:6] if (w not in STOP and w not in names and len(w) > 1 and not w.startswith(GENERIC_STEMS)
                                     and not w.startswith(name_stems)) else ""
    if len(_KEPT) < MAX_KEPT:
        _KEPT[word] = k  # (under the word as written: that is what the next lookup asks for)
    return k


def _cjk_chars(norm: str) -> str:
    return re.sub(r"[\s\W]+", "", GENERIC_JA.sub(" ", norm))


def shingles(text: str) -> frozenset:
    """Distinctive word pairs (a crude stem absorbs inflection), or character trigrams for Japanese."""
    t = normalise(text)
    if CJK.search(t):
        chars = _cjk_chars(t)
        return frozenset(chars[i:i + 3] for i in range(max(1, len(chars) - 2))) if chars else frozenset()
    words = _distinctive_words(t)
    if len(words) < 3:
        return frozenset(words)
    return frozenset(map(" ".join, zip(words, words[1:])))


def content_words(text: str) -> frozenset:
    """Distinctive stemmed words (character bigrams for Japanese): what a paraphrase keeps of its source."""
    t = normalise(text)
    if CJK.search(t):
        chars = _cjk_chars(t)
        return frozenset(chars[i:i + 2] for i in range(max(1, len(chars) - 1))) if chars else frozenset()
    return frozenset(w[:5] for w in _distinctive_words(t) if len(w) > 2)


def quoted_phrases(text: str, short_sentences: bool = False) -> tuple[str, ...]:
    """Phrases in quotation marks with at least two distinctive words (five characters in Japanese); with
    `short_sentences`, also a short sentence of four words or more with one ('"This is our land," he said'):
    quoted whole, it is the speaker's sentence, not a phrase every report of the subject uses."""
    out = []
    for m in QUOTED.finditer(unicodedata.normalize("NFKC", text or "")):
        phrase = normalise(m.group(1)).strip(" .,;:")
        if CJK.search(phrase):
            if len(_cjk_chars(phrase)) >= 5:
                out.append(phrase)
            continue
        distinctive = len(_distinctive_words(phrase))
        if distinctive >= 2 or (short_sentences and distinctive == 1 and len(phrase.split()) >= SHORT_SENTENCE_WORDS):
            out.append(phrase)
    return tuple(out)


SHORT_SENTENCE_WORDS = 4


def concepts(text: str) -> frozenset:
    text = text or ""
    lowered = text.lower()
    if len(lowered) == len(text) and not CASE_UNSAFE.search(text):
        found = {m.lastgroup for m in _CONCEPTS_LOWERED.finditer(lowered)}
    else:
        found = {m.lastgroup for m in _CONCEPTS_ONE.finditer(text)}
    found |= {f"n:{n}" for n in re.findall(r"\b(?:19|20)\d\d\b|\b\d{2,}\b", text or "")}
    return frozenset(found)


@lru_cache(maxsize=1)
def _people() -> tuple[dict, dict, tuple]:
    """The registered people's surnames (Latin whole words, Cyrillic stems) and names in Japanese script → their
    canonical names: the people a remark names are what its translations keep ("Kono" / 「河野」 / «Коно»)."""
    reg = registry()
    latin: dict[str, set] = {}
    cyrillic: dict[str, set] = {}
    for aliases in reg.latin.values():
        for tokens, entry in aliases:
            if entry.kind == "person" and len(tokens) == 1 and len(tokens[0]) >= 3:
                word = tokens[0].replace("ё", "е")
                (cyrillic if "\u0400" <= word[:1] <= "\u04ff" else latin).setdefault(word, set()).add(entry.name)
    cjk = tuple((alias, entry.name) for alias, entry in reg.cjk if entry.kind == "person" and len(alias) >= 2)
    return latin, cyrillic, cjk


def people(norm: str) -> frozenset:
    """"p:<name>" for each registered person a normalised text names."""
    latin, cyrillic, cjk = _people()
    found = set()
    for w in WORD.findall(norm):
        if w in latin:
            found |= latin[w]
        elif "\u0400" <= w[:1] <= "\u04ff":
            for cut in (0, 1, 2, 3):
                stem = w[:len(w) - cut]
                if stem in cyrillic:
                    found |= cyrillic[stem]
                    break
    if CJK.search(norm):
        found |= {name for alias, name in cjk if alias in norm}
    return frozenset("p:" + name for name in found)


def _persons(subjects: frozenset) -> frozenset:
    return frozenset(c for c in subjects if c.startswith("p:"))


def _subjects_of(item: _Item, speaker: str | None) -> frozenset:
    """An item's subjects for a comparison on behalf of `speaker`: with the people it names but that speaker (his
    own name is in every report of him), or without people when no speaker is given."""
    if speaker is None:
        return item.concepts
    return item.concepts | (item.named_people - {"p:" + speaker})


def _day(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return _month(published)


def _month(published: str) -> date | None:
    """The first day of a year-month date ("2018-09"): the report is somewhere in that month."""
    m = re.fullmatch(r"(\d{4})-(\d{2})", published.strip()[:7]) if len(published.strip()) == 7 else None
    if not m or not 1 <= int(m.group(2)) <= 12:
        return None
    return date(int(m.group(1)), int(m.group(2)), 1)


def _days_apart(a: _Item, b: _Item) -> int:
    """Days between two dated reports; a year-month date stands for any day of its month."""
    return max(0, b.first_day - a.last_day, a.first_day - b.last_day)


def _day_span(published: str | None) -> tuple[int | None, int | None]:
    """(first, last) day numbers a report's date stands for: one day, or every day of a year-month."""
    day = _day(published)
    if day is None:
        return None, None
    if _month(published) is None:
        return day.toordinal(), day.toordinal()
    last = (day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    return day.toordinal(), last.toordinal()


def _language(quote: str, language: str | None) -> str:
    if CJK.search(quote or ""):
        return "ja"
    if re.search(r"[\u0400-\u04ff]", quote or ""):
        return "ru"
    return language or "en"


def _near(a: _Item, b: _Item, days: int) -> bool:
    """Same article, or both dated and at most `days` apart."""
    if a.article is not None and a.article == b.article:
        return True
    return a.first_day is not None and b.first_day is not None and _days_apart(a, b) <= days


def _near_eligible(items: list[_Item], query: _Item, days: int) -> list[_Item]:
    """`[item for item in items if _eligible(query, item) and _near(query, item, days)]`, written out: it runs
    over the speaker's latest statements for every statement decided, and two calls per item cost most of it."""
    article, treaty_only = query.article, query.treaty
    if query.first_day is None:
        return [it for it in items if (it.treaty or not treaty_only) and article is not None and it.article == article]
    low, high = query.first_day - days, query.last_day + days
    return [it for it in items if (it.treaty or not treaty_only) and (
        (article is not None and it.article == article)
        or (it.first_day is not None and it.first_day <= high and it.last_day >= low))]


def _within(recent: list[_Item], query: _Item, days: int) -> list[_Item]:
    """`recent` (`_near_eligible` at RULE_DAYS) narrowed to a rule's days: itself at RULE_DAYS (the filter
    twice is the filter once), filtered again for a rule that looks at fewer days."""
    return recent if days >= RULE_DAYS else _near_eligible(recent, query, days)


# positions that are one claim each; "sovereignty not negotiable" and "return demanded" gather several (won't
# discuss it / the war's outcome settled it / never cede; occupied illegally / inherent territory / give them back),
# which a lead and the quote below it may each make
ONE_CLAIM_POSITIONS = frozenset({"talks_suspended", "ready_to_negotiate", "resolve_then_sign",
                                 "treaty_without_preconditions", "1956_basis"})
SAME_ARTICLE_PHRASE = 2  # distinctive word pairs shared: one phrase of three distinctive words, or two of two
# the islands' names are distinctive words, but two remarks on the same islands share them
ISLAND_NAMES = ("haboma", "shikot", "kunash", "iturup", "etorof", "хабома", "шикот", "кунаши", "итуру")


def _paraphrased(query: _Item, item: _Item) -> float | None:
    """The paraphrase measure (`NoveltyIndex._paraphrase`'s, written out there for speed): the share of the shorter
    statement's distinctive words the other holds, when enough of them are shared; else None."""
    shared = len(query.words & item.words)
    sim = shared / max(1, min(len(query.words), len(item.words)))
    return sim if shared >= PARAPHRASE_MIN_WORDS and sim >= PARAPHRASE_THRESHOLD else None


def _retells(query: _Item, item: _Item) -> tuple[float, frozenset] | None:
    """(similarity, shared subjects) when `query` retells `item` in other words or another language: half the
    distinctive words (the paraphrase measure, same language) or a third of the subjects, one of them
    specific (REWRITE_SUBJECTS: the bar for a statement of an article already found to retell another speaker's
    remark of the same earlier article)."""
    if item.language == query.language:
        sim = _paraphrased(query, item)
        if sim is not None:
            return sim, frozenset()
    sim, shared = _subject_similarity(query.concepts, item.concepts)
    if sim >= REWRITE_SUBJECTS and _specific(shared) >= 1:
        return sim, shared
    return None


def _subject_similarity(a: frozenset, b: frozenset) -> tuple[float, frozenset]:
    """(Jaccard similarity, shared) of two statements' subjects."""
    union, shared = a | b, a & b
    return (len(shared) / len(union) if union else 0.0), shared


def _worded(subjects: frozenset) -> frozenset:
    """The subjects named in words: not the numbers ("n:1956")."""
    return frozenset(c for c in subjects if not c.startswith("n:"))


def _merged_into(shared: frozenset, a: frozenset, b: frozenset) -> bool:
    """One statement's subjects (two at least, numbers aside) all in the other's: a report that merges this remark
    with another ("… only when there is trust, adding that the 1956 declaration stays the foundation")."""
    smaller = min(_worded(a), _worded(b), key=len)
    return len(smaller) >= 2 and smaller <= _worded(shared)


def _specific(subjects: frozenset) -> int:
    """How many of `subjects` are specific: not treaty, islands or talks (in nearly every statement), not a number."""
    return len(_worded(subjects - COMMON_CONCEPTS))


def _shared_phrase(a: _Item, b: _Item) -> bool:
    """`a` and `b` share two distinctive word pairs that are not the islands' names."""
    shared = a.shingles & b.shingles
    return len(shared) >= SAME_ARTICLE_PHRASE and sum(
        1 for pair in shared if not pair.startswith(ISLAND_NAMES) and " " in pair
        and not pair.split(" ", 1)[1].startswith(ISLAND_NAMES)) >= SAME_ARTICLE_PHRASE


def _eligible(query: _Item, item: _Item) -> bool:
    """A treaty statement is new until a treaty statement reported it: the one that was alerted."""
    return item.treaty or not query.treaty


def _item(statement_id, quote, language, published, article, treaty=True) -> _Item:
    norm = normalise(quote)
    if CJK.search(norm):
        sh, words = shingles(quote), content_words(quote)
    else:  # one pass over the words serves both measures
        distinct = _distinctive_words(norm)
        sh = frozenset(distinct) if len(distinct) < 3 else frozenset(map(" ".join, zip(distinct, distinct[1:])))
        words = frozenset(w[:5] for w in distinct if len(w) > 2)
    quoted = quoted_phrases(quote, short_sentences=True) if QUOTE_MARK.search(quote or "") else ()
    return _Item(statement_id, _language(quote, language), *_day_span(published), article, sh, words, quoted, norm,
                 bool(treaty), addressee(quote))


def same_remark(quote: str, other: str, language: str | None, published: str | None, article: int) -> float | None:
    """The similarity by which two statements of one speaker in one article are one remark told twice (a lead and
    the quote below it: the `same_article` rules `decide` applies), or None."""
    query, item = _item(None, quote, language, published, article), _item(0, other, language, published, article)
    for rule in (NoveltyIndex._paraphrase, NoveltyIndex._same_subjects, NoveltyIndex._same_position):
        found = rule([item], query)
        if isinstance(found, Decision) and found.rule == "same_article":
            return found.similarity
    return None


class NoveltyIndex:
    """In memory (no loader: tests, benchmarks) or backed by the store (`loader`, see `Pipeline`)."""

    def __init__(self, threshold: float = THRESHOLD, loader: Loader | None = None,
                 max_speakers: int = MAX_SPEAKERS, max_per_speaker: int | None = None,
                 window_loader: WindowLoader | None = None):
        self.threshold = threshold
        self.loader, self.window_loader = loader, window_loader
        self.max_speakers = max_speakers
        self.max_per_speaker = MAX_PER_SPEAKER if max_per_speaker is None else max_per_speaker
        self._speakers: OrderedDict[str, _Speaker] = OrderedDict()  # least recently used first
        self._days: dict[str, list[tuple[date, date]]] = {}  # speaker key → day ranges loaded [first, after last)
        self._count = 0
        self._decided: tuple[tuple, _Item] | None = None  # the last statement decided and its item
        # every speaker's latest statements, for quotes attributed to someone else: (speaker key, item)
        self._window: deque[tuple[str, _Item]] = deque()
        self._window_postings: dict[str, deque[_Item]] = {}

    def __len__(self) -> int:
        """Statements held in memory now."""
        return self._count

    @staticmethod
    def _key(speaker: str) -> str:
        return canonical(speaker or "").lower()

    def _speaker(self, speaker: str) -> _Speaker:
        key = self._key(speaker)
        entry = self._speakers.get(key)
        if entry is not None:
            self._speakers.move_to_end(key)
            return entry
        entry = self._speakers[key] = _Speaker()
        if self.loader is not None:
            names = {speaker, canonical(speaker or "")}
            for name in names:
                for sid, _sp, quote, language, published, article, treaty in self.loader(name, self.max_per_speaker):
                    if sid not in entry.by_id:  # (two spellings of one speaker)
                        self._insert(entry, _item(sid, quote, language, published, article, treaty), window=False)
            entry.items.sort(key=lambda it: it.id)  # two spellings loaded one after the other: back in order
            while len(self._speakers) > self.max_speakers:
                dropped_key, dropped = self._speakers.popitem(last=False)
                self._days.pop(dropped_key, None)
                self._count -= len(dropped.items)
        return entry

    def prepare(self, speaker: str, published: str | None) -> None:
        """Before deciding on a statement of `speaker` published then: have the speaker's stored statements of
        the days around it in memory (see MAX_PER_SPEAKER). Without a window loader, nothing to do."""
        day = _day(published)
        entry = self._speaker(speaker)
        if self.window_loader is None or day is None:
            return
        key = self._key(speaker)
        need_low, need_high = day - timedelta(days=VERBATIM_DAYS), day + timedelta(days=VERBATIM_DAYS + 1)
        ranges = self._days.setdefault(key, [])
        if any(low <= need_low and need_high <= high for low, high in ranges):
            return
        low, high = day - timedelta(days=WINDOW_LOAD_DAYS), day + timedelta(days=WINDOW_LOAD_DAYS + 1)
        before = len(entry.items)
        for name in {speaker, canonical(speaker or "")}:
            for sid, _sp, quote, language, pub, article, treaty in self.window_loader(name, low, high,
                                                                                      MAX_PER_WINDOW):
                if sid not in entry.by_id:  # loaded already (the newest, another window): no item built again
                    self._insert(entry, _item(sid, quote, language, pub, article, treaty), window=False)
        ranges.append((low, high))
        if len(entry.items) > before:  # older statements among the newer ones: back in id order
            entry.items.sort(key=lambda it: it.id)

    def _insert(self, entry: _Speaker, item: _Item, key: str = "", window: bool = True) -> None:
        if item.id in entry.by_id:
            return
        entry.by_id[item.id] = item
        postings = entry.postings
        for sh in item.shingles:
            posting = postings.get(sh)  # (setdefault would build an empty list for every shingle met before)
            if posting is None:
                postings[sh] = [item.id]
            elif posting[-1] > item.id:  # an older statement loaded after newer ones
                bisect.insort(posting, item.id)
            else:
                posting.append(item.id)
        entry.items.append(item)  # a loader sorts the items once it has loaded them all
        self._count += 1
        if window:
            self._remember(key, item)

    def _remember(self, key: str, item: _Item) -> None:
        self._window.append((key, item))
        postings, entry = self._window_postings, (key, item)
        for sh in item.shingles:
            hits = postings.get(sh)  # (setdefault would build a deque for every shingle met before)
            if hits is None:
                postings[sh] = deque((entry,))
            else:
                hits.append(entry)
        if len(self._window) > OTHER_SPEAKER_WINDOW:
            _, old = self._window.popleft()
            for sh in old.shingles:  # the oldest entry is at the left end of each of its postings
                hits = self._window_postings[sh]
                hits.popleft()
                if not hits:
                    del self._window_postings[sh]

    def _other_speaker(self, key: str, query: _Item) -> Decision | None:
        """The same long quote among the latest statements of another speaker."""
        if len(query.shingles) < OTHER_SPEAKER_MIN_SHARED:
            return None
        eligible: list[_Item] = []  # each hit once per shingle it shares (`_eligible` written out: 10^6 hits a run)
        any_item = not query.treaty
        postings = self._window_postings
        for sh in query.shingles:
            hits = postings.get(sh)
            if hits:
                eligible += [item for owner, item in islice(reversed(hits), MAX_HITS)
                             if owner != key and (any_item or item.treaty)]
        counts = Counter(map(id, eligible))
        items = {id(item): item for item in eligible}
        # most shared first, ties to the newest: the same choice whatever order the shingles came in (a set's
        # order follows the interpreter's hash seed, so most_common() on ties differed between runs); those
        # sharing too few are left out first: they rank below any that could match
        enough = [kv for kv in counts.items() if kv[1] >= OTHER_SPEAKER_MIN_SHARED]
        for ref, shared in heapq.nlargest(10, enough, key=lambda kv: (kv[1], items[kv[0]].id)):
            item = items[ref]
            sim = shared / max(1, min(len(query.shingles), len(item.shingles)))
            if sim >= OTHER_SPEAKER_THRESHOLD and shared >= OTHER_SPEAKER_MIN_SHARED:
                return Decision(item.id, round(sim, 3), item.id, "other_speaker")
        return None

    def add(self, statement_id: int, speaker: str, quote: str, language: str | None, published: str | None,
            article: int | None = None, treaty: bool = True) -> None:
        args = (quote, language, published, article, bool(treaty))
        decided, self._decided = self._decided, None
        if decided is not None and decided[0] == args:  # the statement just decided: its item is built already
            item = decided[1]
            item.id = statement_id
        else:
            item = _item(statement_id, quote, language, published, article, treaty)
        self._insert(self._speaker(speaker), item, self._key(speaker))

    def rewritten(self, statements: list[tuple[str, str, str | None, str | None, int]]) -> dict[int, Decision]:
        """An article retelling the remarks of two or more speakers of one earlier article, weeks on (an
        aggregator's rewrite republished after the week a paraphrase is looked for): those remarks are repeats of
        that article's reports. `statements`: (speaker, quote, language, published, article) of the article's treaty statements
        decided new; returns {index in `statements`: Decision} for the ones retold, or {} when the remarks of
        fewer than two speakers of one earlier article are."""
        if len(statements) < 2:
            return {}
        by_article: dict[int, dict[int, tuple[_Item, float, frozenset]]] = {}
        for index, (speaker, quote, language, published, article) in enumerate(statements):
            query = _item(None, quote, language, published, article, True)
            for item in reversed(_near_eligible(self._speaker(speaker).items[-RECENT:], query, RECALL_DAYS)):
                if item.article is None or item.article == article or index in by_article.get(item.article, {}):
                    continue
                found = _retells(query, item)
                if found:
                    by_article.setdefault(item.article, {})[index] = (item, *found)
        best: dict[int, Decision] = {}
        for article, retold in by_article.items():
            # remarks of two speakers of that article, each retold: one speaker's two remarks could be that
            # speaker's positions restated on a new occasion, two speakers' restated together much less so
            if len({statements[index][0] for index in retold}) >= REWRITE_SPEAKERS and len(retold) > len(best):
                best = {index: Decision(item.id, round(sim, 3), item.id, "rewrite", tuple(sorted(shared)))
                        for index, (item, sim, shared) in retold.items()}
        return best

    def match(self, speaker: str, quote: str, language: str | None, published: str | None,
              article: int | None = None, treaty: bool = True) -> tuple[int | None, float]:
        """(first report id, similarity); the id is None when the statement is new."""
        d = self.decide(speaker, quote, language, published, article, treaty)
        return d.first_report_id, d.similarity

    def decide(self, speaker: str, quote: str, language: str | None, published: str | None,
               article: int | None = None, treaty: bool = True, goes_on_from: int | None = None,
               direct: bool = False) -> Decision:
        """Is this statement a report of an earlier one? `article`: the article it is in (a lead and the
        quote below it are one utterance); `treaty`: a treaty statement repeats treaty statements only;
        `goes_on_from`: the statement of the same article and speaker right before this one, when this one is on
        the treaty only by going on from it ('"The issue remains on the table," Putin said. "But the conditions
        have changed."'): one remark, unless an earlier report is found; `direct`: the span is the speaker's own
        words (their "as we said earlier" is no sign that the report retells an earlier remark)."""
        query = _item(None, quote, language, published, article, treaty)
        query.speaker = canonical(speaker or "")
        self._decided = ((quote, language, published, article, bool(treaty)), query)  # for `add`, next
        entry = self._speaker(speaker)
        nearest: tuple[float, int | None] = (0.0, None)
        best = self._best_verbatim(entry, query)  # also the nearest earlier statement when nothing matches
        found = self._verbatim(best, query)
        if found:
            return found
        # what the rules below can match: earlier statements close enough in time (or in the same article)
        recent = _near_eligible(entry.items[-RECENT:], query, RULE_DAYS)
        for rule in (self._contained, self._shared_quote, self._paraphrase, self._same_subjects, self._same_position,
                     self._conversation):
            found = rule(recent, query)
            if isinstance(found, Decision):
                return found
            if found and found[0] > nearest[0]:
                nearest = found
        if not direct and (RECALLED.search(QUOTED.sub(" ", quote)) or _told_days_before(QUOTED.sub(" ", quote),
                                                                                       published)):
            # (the reporter's words, not the speaker's: "earlier", or a day named well before the report's)
            found = self._recalled(_near_eligible(entry.items[-RECENT:], query, RECALL_DAYS), query)
            if found:
                return found
        for voice in voices_of(speaker, (published or "")[:10] or None):
            found = self._as_voice(voice, query, published)
            if found:
                return found
        found = self._other_speaker(self._key(speaker), query)
        if found:
            return found
        if goes_on_from is not None:
            return Decision(goes_on_from, 1.0, goes_on_from, "goes_on")
        if best and best[0] > nearest[0]:
            nearest = best
        return Decision(None, round(nearest[0], 3), nearest[1], "new")

    def _as_voice(self, voice: str, query: _Item, published: str | None) -> Decision | None:
        """`voice_…`: the remark reported under the institution it was said for, or under the one who said it for
        the institution ("the Kremlin said" / "Peskov said"), by the same word and subject rules."""
        self.prepare(voice, published)
        entry = self._speaker(voice)
        found = self._verbatim(self._best_verbatim(entry, query), query)
        if found is None:
            recent = _near_eligible(entry.items[-RECENT:], query, RULE_DAYS)
            for rule in (self._shared_quote, self._paraphrase, self._same_subjects):
                candidate = rule(recent, query)
                if isinstance(candidate, Decision):
                    found = candidate
                    break
        return replace(found, rule="voice_" + found.rule) if found else None

    def _best_verbatim(self, entry: _Speaker, query: _Item) -> tuple[float, int, int] | None:
        """(containment, id, shared pairs) of the earlier statement sharing the most distinctive pairs."""
        counts: Counter = Counter()
        for sh in query.shingles:
            hits = entry.postings.get(sh)
            if hits:
                counts.update(hits[-MAX_HITS:])
        best = None
        # the 50 sharing the most (ties: the newest); the choice below does not depend on their order
        # (sorted in C: heapq.nlargest walks its input in Python; the pairs are distinct, so the same 50)
        top = counts.items() if len(counts) <= 50 else [(sid, shared) for shared, sid in
                                                        sorted(zip(counts.values(), counts.keys()), reverse=True)[:50]]
        for sid, shared in top:
            item = entry.by_id[sid]
            if not _eligible(query, item):
                continue
            sim = shared / max(1, min(len(query.shingles), len(item.shingles)))
            if best is None or (sim, shared, item.id) > (best[0], best[2], best[1]):
                best = (sim, item.id, shared)
        return best

    def _verbatim(self, best: tuple[float, int, int] | None, query: _Item) -> Decision | None:
        """A repeat when the earlier statement sharing the most pairs (`_best_verbatim`) shares enough."""
        # a quote of one or two distinctive pairs can only match a quote as short as itself
        need = min(MIN_SHARED, len(query.shingles))
        if best and best[0] >= self.threshold and best[2] >= max(1, need):
            return Decision(best[1], round(best[0], 3), best[1], "verbatim")
        return None

    @staticmethod
    def _contained(recent: list[_Item], query: _Item):
        """A sentence too short for word pairs (two distinctive words or fewer: «Мы с господином премьер-министром
        обсудили и проблему мирного договора.») written whole inside an earlier report of the same speaker."""
        if len(query.shingles) >= 3:
            return None  # (the pairs measure it: `_verbatim`)
        text = query.text.strip(" .!?。")
        if len(text) < SHORT_CONTAINED_MIN:
            return None
        for item in reversed(_within(recent, query, QUOTE_DAYS)):
            if text in item.text:
                return Decision(item.id, 1.0, item.id, "contained")
        return None

    @staticmethod
    def _shared_quote(recent: list[_Item], query: _Item):
        quoted, text = query.quoted, query.text
        for item in reversed(_within(recent, query, QUOTE_DAYS)):
            # most reports quote nothing: no generator is started for them
            if (quoted and any(p in item.text for p in quoted)) or (item.quoted and any(p in text for p in item.quoted)):
                return Decision(item.id, 1.0, item.id, "shared_quote")
        return None

    @staticmethod
    def _paraphrase(recent: list[_Item], query: _Item):
        words, best = query.words, (0.0, None)
        if len(words) < PARAPHRASE_MIN_WORDS:
            return best
        for item in reversed(_within(recent, query, PARAPHRASE_DAYS)):
            if item.language != query.language:
                continue
            shared = len(words & item.words)
            if not shared:  # similarity 0: neither a match nor nearer than `best`
                continue
            sim = shared / max(1, min(len(words), len(item.words)))
            same_article = query.article is not None and query.article == item.article
            if shared >= PARAPHRASE_MIN_WORDS and (sim >= PARAPHRASE_THRESHOLD or
                                                   (same_article and sim >= SAME_ARTICLE_THRESHOLD)):
                return Decision(item.id, round(sim, 3), item.id, "paraphrase" if not same_article else "same_article")
            if same_article and query.language != "ja" and _shared_phrase(query, item):
                # a lead that retells the quote below it in its own words, keeping one phrase of it ("overcome all
                # the challenges"): one remark
                return Decision(item.id, round(sim, 3), item.id, "same_article")
            if sim > best[0]:
                best = (sim, item.id)
        return best

    @staticmethod
    def _recalled(recent: list[_Item], query: _Item):
        """`recalled`: a report that says it retells an earlier remark ("Lavrov said last week that …", "Ранее
        Песков заявил …") repeats the speaker's earlier statement it retells, up to RECALL_DAYS back: the same
        words (the paraphrase measure), a phrase the report quotes of it ('said the Kurils are "Russian land, full
        stop"'), or the same specific subjects, in any language."""
        cq = None
        for item in reversed(recent):
            if query.article is not None and item.article == query.article:
                continue
            if query.quoted and any(p in item.text for p in query.quoted):
                return Decision(item.id, 1.0, item.id, "recalled")
            if item.language == query.language:
                sim = _paraphrased(query, item)
                if sim is not None:
                    return Decision(item.id, round(sim, 3), item.id, "recalled")
            cq = query.concepts if cq is None else cq
            sim, shared_c = _subject_similarity(cq, item.concepts)
            # (the report says it retells: one specific subject is enough when the subjects are the same)
            if sim >= CROSS_LANGUAGE_THRESHOLD and (_specific(shared_c) >= 2 or (sim == 1.0 and _specific(shared_c))):
                return Decision(item.id, round(sim, 3), item.id, "recalled", tuple(sorted(shared_c)))
            # …or, told in short, subjects all among the earlier remark's ("Morgulov said last week that Russia
            # holds no dialogue with Japan on the Kurils", retelling his interview on the Kuril problem)
            if len(_worded(cq)) >= 2 and _worded(cq) <= item.concepts:
                return Decision(item.id, round(sim, 3), item.id, "recalled", tuple(sorted(shared_c)))
        return None

    @staticmethod
    def _conversation(recent: list[_Item], query: _Item):
        """What the speaker told the same person, reported on the same or the next day."""
        to = query.addressee
        if to is None:
            return None
        for item in reversed(_within(recent, query, CONVERSATION_DAYS)):
            if item.addressee == to:
                shared = len(query.words & item.words)
                sim = shared / max(1, min(len(query.words), len(item.words)))
                return Decision(item.id, round(sim, 3), item.id, "conversation")
        return None

    @staticmethod
    def _same_position(recent: list[_Item], query: _Item):
        """`same_article`: in one article, the same position in other words (a lead "determined to conclude a
        peace treaty after resolving the territorial row" above the quote "we will stick to resolving the
        territorial issue and concluding a peace treaty")."""
        if query.article is None or not query.treaty:
            return None
        mates = [item for item in reversed(recent) if item.article == query.article and item.treaty]
        if not mates or query.position not in ONE_CLAIM_POSITIONS:
            return None
        for item in mates:
            if item.position == query.position:
                return Decision(item.id, 1.0, item.id, "same_article")
        return None

    @staticmethod
    def _same_subjects(recent: list[_Item], query: _Item):
        """`translation` (another language, same days) or `same_article`: the same specific subjects."""
        best = (0.0, None)
        # another language of the same days; or the same article, where a lead retells the quote below it in
        # other words on the same subjects ("stick to its policy" / "firmly maintain the policy")
        others = _within(recent, query, CROSS_LANGUAGE_DAYS)
        if not others:  # the query's concepts are worth computing only now (most statements meet no translation)
            return best
        cq = _subjects_of(query, query.speaker)
        one = _worded(cq - _persons(cq))
        if len(one) < 2 and len(_persons(cq)) < 2:
            # one subject only: a translation is looked for only when it has that same one subject and nothing else
            # ("a solution acceptable to both" / «приемлемое для обеих сторон»; a number may come with it)
            if _specific(one) != 1:
                return best
            for item in reversed(others):
                if item.language != query.language and _worded(item.concepts) == one:
                    return Decision(item.id, 1.0, item.id, "translation", tuple(sorted(one)))
            return best
        for item in reversed(others):
            ci = _subjects_of(item, query.speaker)
            if len(_persons(cq & ci)) < 2:  # one person in common is the setting ("talks with Kono"), not the words
                cq_here, ci = cq - _persons(cq), ci - _persons(ci)
            else:
                cq_here = cq
            sim, shared = _subject_similarity(cq_here, ci)
            same_article = query.article is not None and item.article == query.article
            if item.language == query.language and not same_article:
                # a rewrite in the same language, its words spun ("give up its demands" for "abandon its
                # claims"): two specific subjects in common, not one
                if sim >= CROSS_LANGUAGE_THRESHOLD and _specific(shared) >= 2:
                    return Decision(item.id, round(sim, 3), item.id, "paraphrase", tuple(sorted(shared)))
            # treaty, islands and talks are in nearly every statement: a translation shares something more
            elif ((sim >= CROSS_LANGUAGE_THRESHOLD or item.language != query.language
                   and _merged_into(shared, cq_here, ci)) and shared - COMMON_CONCEPTS) or (
                    same_article and item.language == query.language and sim >= SAME_ARTICLE_SUBJECTS
                    and _specific(shared) >= 2):
                # (a lead and the quote below it: two specific subjects in common, "claims … no legal basis" /
                # "claims are groundless", whatever the quote adds)
                return Decision(item.id, round(sim, 3), item.id,
                                "translation" if item.language != query.language else "same_article",
                                tuple(sorted(shared)))
            if sim > best[0]:
                best = (sim, item.id)
        return best
