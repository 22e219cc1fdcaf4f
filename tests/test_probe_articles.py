"""Own-words probe articles in Russian, Japanese and English (tests/probe_articles_*.py: written for the tests in each
outlet's style, with the statements a labeller would mark): every firm expectation is found, with its speaker and
its treaty flag, and no background, anonymous or document sentence becomes a treaty statement. The expectations
the rules miss are listed in NOT_YET and marked `xfail(strict=True)`: when a change catches one, it must go."""
import pytest

from tests.probe_articles_en import ARTICLES as EN
from tests.probe_articles_en2 import ARTICLES as EN2
from tests.probe_articles_en3 import ARTICLES as EN3
from tests.probe_articles_en4 import ARTICLES as EN4
from tests.probe_articles_en5 import ARTICLES as EN5
from tests.probe_articles_en6 import ARTICLES as EN6
from tests.probe_articles_en7 import ARTICLES as EN7
from tests.probe_articles_en8 import ARTICLES as EN8
from tests.probe_articles_en9 import ARTICLES as EN9
from tests.probe_articles_en10 import ARTICLES as EN10
from tests.probe_articles_en11 import ARTICLES as EN11
from tests.probe_articles_en12 import ARTICLES as EN12
from tests.probe_articles_en13 import ARTICLES as EN13
from tests.probe_articles_en14 import ARTICLES as EN14
from tests.probe_articles_ja import ARTICLES as JA
from tests.probe_articles_ja2 import ARTICLES as JA2
from tests.probe_articles_ja3 import ARTICLES as JA3
from tests.probe_articles_ja4 import ARTICLES as JA4
from tests.probe_articles_ja5 import ARTICLES as JA5
from tests.probe_articles_ja6 import ARTICLES as JA6
from tests.probe_articles_ja7 import ARTICLES as JA7
from tests.probe_articles_ja8 import ARTICLES as JA8
from tests.probe_articles_ja9 import ARTICLES as JA9
from tests.probe_articles_ja10 import ARTICLES as JA10
from tests.probe_articles_ja11 import ARTICLES as JA11
from tests.probe_articles_ja12 import ARTICLES as JA12
from tests.probe_articles_ja13 import ARTICLES as JA13
from tests.probe_articles_ru import ARTICLES as RU
from tests.probe_articles_ru2 import ARTICLES as RU2
from tests.probe_articles_ru3 import ARTICLES as RU3
from tests.probe_articles_ru4 import ARTICLES as RU4
from tests.probe_articles_ru5 import ARTICLES as RU5
from tests.probe_articles_ru6 import ARTICLES as RU6
from tests.probe_articles_ru7 import ARTICLES as RU7
from tests.probe_articles_ru8 import ARTICLES as RU8
from tests.probe_articles_ru9 import ARTICLES as RU9
from tests.probe_articles_ru10 import ARTICLES as RU10
from tests.probe_articles_ru11 import ARTICLES as RU11
from tests.probe_articles_ru12 import ARTICLES as RU12
from tests.probe_articles_ru13 import ARTICLES as RU13
from tests.probe_articles_en15 import ARTICLES as EN15
from tests.probe_articles_ja14 import ARTICLES as JA14
from tests.probe_articles_en16 import ARTICLES as EN16
from tests.probe_articles_ja15 import ARTICLES as JA15
from tests.probe_articles_ru14 import ARTICLES as RU14
from tests.probe_articles_en17 import ARTICLES as EN17
from tests.probe_articles_ja16 import ARTICLES as JA16
from tests.probe_articles_ru15 import ARTICLES as RU15
from tests.probe_articles_en18 import ARTICLES as EN18
from tests.probe_articles_ja17 import ARTICLES as JA17
from tests.probe_articles_en19 import ARTICLES as EN19
from tests.probe_articles_ru16 import ARTICLES as RU16
from tests.probe_articles_ja18 import ARTICLES as JA18
from tests.probe_articles_en20 import ARTICLES as EN20
from tests.probe_articles_ru17 import ARTICLES as RU17
from tests.probe_articles_ja19 import ARTICLES as JA19
from tests.probe_articles_en21 import ARTICLES as EN21
from tests.probe_articles_ru18 import ARTICLES as RU18
from treatywatch.statements import extract_statements
from treatywatch.statements.speakers import registry

PROBES = ([("ru", a) for a in RU + RU2 + RU3 + RU4 + RU5 + RU6 + RU7 + RU8 + RU9 + RU10 + RU11 + RU12 + RU13 + RU14 + RU15 + RU16 + RU17 + RU18]
          + [("ja", a) for a in JA + JA2 + JA3 + JA4 + JA5 + JA6 + JA7 + JA8 + JA9 + JA10 + JA11 + JA12 + JA13 + JA14 + JA15 + JA16 + JA17 + JA18 + JA19]
          + [("en", a) for a in EN + EN2 + EN3 + EN4 + EN5 + EN6 + EN7 + EN8 + EN9 + EN10 + EN11 + EN12 + EN13 + EN14 + EN15 + EN16 + EN17 + EN18 + EN19 + EN20 + EN21])
# (article id, snippet start): misses and wrong flags left as found (see the closing notes of the issue)
NOT_YET = {    ("A09", "Вся эта ситуация возникла"),  # «добавил» after the treaty reaction; the quote alone is on Ukraine
    ("A15", "носят откровенно реваншистский"),  # the Northern Territories Day events called revanchist
    ("A18", "назвала протест Токио неприемлемым"),  # rejecting a protest over a visit: sovereignty implied
    ("16", "交渉中断の責任は全てロシア側にある"),  # the fisheries talks are the sentence before
    # English: the treaty only by the paragraph or the restated lead before (a next paragraph's quote,
    # "the present situation", "these islands" in an answer)
    ("E11", "requires patience"),
    ("E16", "the Kremlin"),
    ("E18", "The cause of"), ("E18", "continue to cooperate"),  # (a machine English aside with no verb of its own)
    # round 2 (probe_articles_*2.py), as first measured: Russian 46 of 85 firm expectations right, Japanese 39 of 53,
    # English 56 of 87
    # the treaty only by the question, the paragraph before or a pointing word ("this issue", «эта работа», «дело», «ее»)
    ("R2-02", "Я бы не стал"),
    ("R2-04", "никакие сроки здесь"), ("R2-12", "призвал «вместе"),
    ("R2-13", "очередной раунд"), ("R2-13", "Токио рассчитывает"), ("R2-17", "позже японская"),
    ("R2-20", "Что будет на этой"), ("J2-12", "ボールは日本側"), ("E2-01", "Shinzo said"), ("E2-01", "the two of us"),
    ("E2-06", "We will not solve"), ("E2-06", "he had held back"),
    ("E2-11", "We can only"),
    # the claim in words the topic rules lack (part of the Sakhalin region, «полноценная часть России», ここは…一部,
    # «перейдет под японскую юрисдикцию», a machine-translated «территориальной проблемы» after Ukraine)
    # another dispute or another pair's peace, or a disaster on the Kurils, taken for the treaty
    ("R2-11", "любой мирный"),
    # the speaker by a noun for him (политик, глава региона, депутат, дипломат, сенатор, «Российский посол в Токио»,
    # «на Смоленской площади», 大使は after the quote), an unregistered minister, institution or verb, a long
    # participle between the name and the verb, the name before the sentence
    ("R2-05", "Токио запретил"),
    ("R2-08", "угроза цунами"), ("R2-08", "Остаточные"),
    ("R2-16", "более 3000"),
    ("J2-09", "領土問題の解決に向けて"),
    ("J2-17", "手続きの簡素化"),
    ("E2-05", "his government"),
    ("E2-15", "It is regrettable"), ("E2-16", "No Japanese"),
    # a transcript label not registered (【小林外務報道官】); a principal's or interviewee's words on the treaty only
    # by the heading or the question before them ("эта работа", "The constitution …", "these islands")
    # round 3 (probe_articles_*3.py, traps for precision), as first measured: Russian 45 of 51 firm expectations right
    # and 6 of 82 background sentences taken for treaty statements, Japanese 32 of 38 and 7 of 75, English 35 of 40
    # and 3 of 96; left: the treaty only by a pronoun or the lead («о нем», «этой теме», "such statements", "the
    # negotiating table"), «называла … «исконной территорией»» after a long aside, an interview's summary with no
    # labels (要旨), "he" after a sentence whose subject is another man
    ("R3-05", "Разговор о нем"), ("R3-08", "Мы не видим"), ("R3-08", "предмета для"), ("R3-14", "исконной"),
    ("E3-03", "such statements"),
    # round 4 (probe_articles_*4.py, aggregator copies and machine translations), as first measured: Russian 42 of
    # 55 firm expectations right, Japanese 30 of 46, English 27 of 54; left: variant spellings and officials the
    # registry lacks, a clause between name and verb, the cleft 「…したのは…だ」, the treaty only by the sentence before
    ("R4-05", "северные терри"), ("R4-06", "«быстрых решен"),
    ("R4-08", "призвав решать"), ("R4-11", "будет продвига"),
    ("J4-03", "我々は日本との間でも同じこと"),
    ("J4-10", "両国間の文化交流と人的な接触"),
    ("E4-01", "the Russia to"),
    ("E4-04", "the violation"), ("E4-07", "to show the re"), ("E4-08", "Japan supports"),
    ("E4-09", "it is importan"), ("E4-11", "we need to see"),
    ("E4-12", "The Japanese g"), ("E4-13", "we will contin"), ("E4-15", "the policy of"),
    # round 5 (probe_articles_*5.py, the daily feed as it arrives: cut-off excerpts, boilerplate, 2019-2026), as
    # first measured (after the first commits of session 26): Russian 49 of 71 firm expectations right and 3 of 72
    # background sentences taken
    ("R5-01", "позиция Токио "),
    ("R5-02", "продвинуться н"),
    ("R5-03", "коснулись тема"),
    ("R5-04", "стабильные усл"),
    ("R5-04", "сам разрушил в"),
    ("R5-13", "крайне несправ"),
    ("R5-14", "правительство "),
    # round 5, English, as first measured: 64 of 81 firm expectations right and 2 of 76 background sentences
    # taken
    ("E5-04", "Vladimir, let "),
    ("E5-08", "I will also wo"),
    ("E5-11", "we cannot let "),
    ("E5-13", "Russia's 'ille"),
    ("E5-13", "important for "),
    ("E5-14", "the Kurils liv"),
    ("E5-14", "will become th"),
    # round 5, Japanese, as first measured: 69 of 85 firm expectations right and 0 of 101 background sentences taken
    ("J5-01", "アメリカの世界的なミサイル防"),
    ("J5-05", "日本の岸田文雄首相が国会演説"),
    ("J5-05", "東京はいわゆる「北方領土」に"),
    ("J5-06", "交渉の再開は、相手国の姿勢に"),
    ("J5-07", "返還を求める国民の声こそが、"),
    ("J5-08", "平和条約交渉は、安倍首相とプ"),
    ("J5-10", "四島返還への確かな一歩にした"),
    ("J5-10", "元島民や返還運動関係者以外の"),
    ("J5-14", "後継の首相にも、返還交渉の火"),
    # round 6 (probe_articles_*6.py: flashes, digests, live blogs, key-quote timelines), English, as first
    # measured: 58 of 78 firm expectations right and 4 of 80 background sentences taken
    ("E6-08", "the policy to "),
    ("E6-09", "relations with"),
    ("E6-14", "returning to m"),
    # round 6, Russian, as first measured: 39 of 68 firm expectations right and 1 of 66 background sentences taken
    ("R6-03", "Япония ответит"),
    ("R6-03", "Президент свою"),
    ("R6-08", "где и как наши"),
    ("R6-09", "переговоры о м"),
    ("R6-10", "не могут стать"),
    ("R6-11", "Позиция правит"),
    ("R6-12", "подробно излож"),
    ("R6-12", "терпеливо прод"),
    ("R6-14", "принадлежность"),
    ("R6-15", "переговоры по "),
    ("R6-16", "чтобы люди на "),
    ("R6-18", "Гости приезжаю"),
    ("R6-18", "прекращаются б"),
    # round 6, Japanese, as first measured: 43 of 65 firm expectations right and 1 of 75 background sentences taken
    ("J6-06", "双方の立場を踏まえ、率直かつ"),
    ("J6-07", "出漁できることに安堵"),
    ("J6-14", "島の問題で一度に大きな進展を"),
    ("J6-19", "交渉を一方的に中断したのはロ"),
    ("J6-20", "我々は日本のパートナーたちと"),
    # round 7 (probe_articles_*7.py: the people around the leaders, and official records), English, as first measured: 36 of 90 firm expectations right and 4 of 79 background sentences taken
    ("E7-05", "sovereignty ov"),
    ("E7-07", "open to cooper"), ("E7-07", "more than 8 bi"), ("E7-07", "under a specia"),
    ("E7-08", "we are looking"), ("E7-08", "should focus o"),
    ("E7-11", "is decided in "),
    ("E7-13", "23 schools, ki"),
    ("E7-14", "unconstitution"),
    ("E7-15", "Moscow \"has ne"), ("E7-15", "he hoped to ho"),
    ("E7-17", "the entire Kur"),
    ("E7-18", "requested the "),
    # round 7, Japanese, as first measured: 17 of 79 firm expectations right and 0 of 82 background sentences taken
    ("J7-01", "その責任を日本側に転嫁しよう"),
    ("J7-01", "関係する漁業者の安全確保を最"), ("J7-02", "平和条約の交渉は、歴代の首相"), ("J7-02", "ロシアとウクライナの一日も早"),
    ("J7-05", "返還要求運動の原点の地である"),
    ("J7-05", "せめて墓参だけでも、人道的な"), ("J7-05", "領土問題を解決して平和条約を"), ("J7-05", "国には、対話が再開できる時に"),
    ("J7-05", "水産業は根室の基幹産業であり"),
    ("J7-09", "サハリン州との信頼関係を深め"), ("J7-10", "南クリル諸島に関わるいかなる"), ("J7-10", "首脳間の合意を実務面からしっ"),
    ("J7-10", "純粋に防御的なシステムであり"), ("J7-11", "共同経済活動は、日ロ双方の法"), ("J7-11", "特区は島の水産加工業を立て直"),
    ("J7-11", "四島の返還が実現しなければ、"), ("J7-12", "墓参は政治とは切り離された人"),
    ("J7-14", "両首脳の合意の本質をひどく歪"), ("J7-15", "極東で戦った兵士たちの功績は"),
    ("J7-16", "二度とこうしたことが起きない"),
    ("J7-18", "北方領土がいかに近いかを実感"),
    ("J7-18", "皆様のこの願いに何としてもお"), ("J7-18", "北方領土隣接地域振興等事業推"), ("J7-18", "返還要求運動を次の世代に引き"),
    ("J7-20", "北方領土問題は、我が国の主権"),
    ("J7-20", "歴史的にも国際法上も紛れもな"),
    # round 7, Russian, as first measured: 42 of 80 firm expectations right and 5 of 80 background sentences taken
    ("R7-04", "Южные Курилы н"),
    ("R7-04", "многие японски"),
    ("R7-07", "Курилы были и "), ("R7-08", "ни при каких о"),
    ("R7-10", "исконная терри"), ("R7-10", "Никакой оккупа"),
    ("R7-11", "Но ничья должн"),
    ("R7-12", "Это часть Саха"),
    ("R7-14", "Японии не след"), ("R7-15", "Возобновление "),
    ("R7-15", "решить вопрос "),
    # round 8 (probe_articles_*8.py: speeches and long sessions, and the newest period 2024-2026), as first
    # measured: Russian 63 of 90 firm expectations right, 2 background sentences taken
    ("R8-04", "поручим нашим "), ("R8-04", "чтобы оно было"),
    ("R8-04", "не должно восп"),
    ("R8-05", "Мы будем после"), ("R8-06", "После подписан"),
    ("R8-07", "Восстановить д"),
    ("R8-10", "политика прави"), ("R8-11", "Мы будем и дал"),
    ("R8-13", "Территориальна"),
    ("R8-16", "были заложены "), ("R8-16", "Возвращение к "), ("R8-16", "японская сторо"),
    # English 79 of 95, 1 background sentence taken
    ("E8-09", "The islands mu"),
    ("E8-12", "has so far sho"),
    ("E8-16", "relations rema"),
    ("E8-18", "fallen to thei"),
    # Japanese 69 of 103, no background sentence taken (the same before and after the round's first rules)
    ("J8-01", "島々での共同の経済活動は、そ"), ("J8-01", "期限を区切ることは、かえって"),
    ("J8-09", "ボールが日本側にあるという言"),
    ("J8-12", "ウクライナ侵略を続けるロシア"),
    ("J8-17", "元島民の方々は高齢となってお"), ("J8-17", "日本政府は領土問題を解決して"),
    ("J8-17", "北方墓参の再開は、日ロ関係の"),
    ("J8-20", "対ロ制裁を緩める考えは全くな"),
    # round 9 (probe_articles_*9.py: readouts and accounts of meetings and calls, explainers recalling old words), as first measured: Japanese 55 of 106 firm expectations right, 7 background sentences taken
    ("J9-01", "必要な手続きを円滑に進めるよ"), ("J9-02", "あなたと共に築いてきた関係を"), ("J9-03", "あらゆる分野でロシアと日本の"),
    ("J9-04", "シンガポールでの合意を、具体"), ("J9-04", "新たな体制で交渉を力強く進め"), ("J9-04", "戦後残されたこの課題を、次の"),
    ("J9-05", "このような表現は、我々にとっ"),
    ("J9-06", "話題には上ったが、詳しく議論"),
    ("J9-09", "太平洋側に抜けるルートの実現"), ("J9-10", "首脳同士が非常に和やかな雰囲"),
    ("J9-11", "興味深い提案であり、前向きに"),
    ("J9-12", "首脳同士がここまで踏み込んだ"),
    ("J9-12", "期限が入ったことで交渉に弾み"), ("J9-12", "提案を持ち帰り、専門家に検討"), ("J9-12", "川奈での提案は、日本として示"),
    ("J9-13", "4島の名前が文書に書き込まれ"), ("J9-13", "われわれの目標はあくまで4島"),
    ("J9-14", "ソ連が批准した宣言である以上"), ("J9-14", "国後、択捉の帰属の問題を、並"),
    ("J9-16", "日本に帰属が変わることについ"), ("J9-17", "ロシアの指導者が自国の領土の"), ("J9-17", "日本が米国との同盟関係を続け"),
    ("J9-17", "日本側に責任を転嫁しようとす"), ("J9-18", "4島の名前が一つ一つ書き込ま"),
    ("J9-19", "北方領土が返還されるその日ま"), ("J9-19", "協議開始は大きな一歩と受け止"), ("J9-19", "到底容認できるものではなく、"),
    # Russian 60 of 85 firm expectations right and 9 background sentences taken as first measured (after the round's
    # first rules, written for the Japanese set)
    ("R9-06", "Курильские ост"),
    ("R9-09", "сыграть констр"), ("R9-10", "острова являют"),
    ("R9-11", "по-новому, не "), ("R9-11", "не передавать "), ("R9-11", "много сделал д"),
    ("R9-12", "назвал предлож"), ("R9-12", "проводить гран"),
    ("R9-13", "опираясь на вс"),
    ("R9-14", "все вопросы, в"), ("R9-15", "имеют важное з"), ("R9-15", "будет продолже"),
    ("R9-16", "ставит точку в"), ("R9-16", "Курилы были, е"), ("R9-18", "Он попросил, и"),
    ("R9-20", "не предусматри"),
    # English 78 of 106 firm expectations right and 4 background sentences taken as first measured
    ("E9-05", "the work on th"), ("E9-05", "which create r"), ("E9-06", "in the context"),
    ("E9-07", "must be accept"), ("E9-07", "These are very"), ("E9-08", "step up the se"),
    ("E9-08", "so that neithe"), ("E9-09", "neither countr"), ("E9-10", "\"problems left"),
    ("E9-12", "\"a sense of a "), ("E9-13", "Problems that "),
    ("E9-13", "\"remains one o"), ("E9-14", "apologized for"), ("E9-14", "a treaty \"sett"),
    ("E9-14", "carry on the w"), ("E9-15", "the situation "),
    ("E9-15", "\"an important "), ("E9-17", "regarded the d"),
    ("E9-18", "Japan would se"),
    ("E9-20", "Moscow \"does n"),
    # round 10 (probe_articles_*10.py: the dispute's daily friction - protests, visits, drills, white papers, entry bans, regional voices), Russian 66 of 102 firm expectations right and 3 background sentences taken as first measured (after the round's first rules, written for round 9)
    ("R10-01", "противоречит п"), ("R10-01", "ни на шаг не о"), ("R10-02", "речь идет преж"),
    ("R10-02", "планируется пе"),  ("R10-05", "не дать рыбака"),
    ("R10-06", "Мы приехали на"),
    ("R10-06", "российские мин"),
    ("R10-08", "станет важным "),
    ("R10-09", "Подразделения "), ("R10-09", "Учения проводя"), ("R10-12", "Любые попытки "),
    ("R10-13", "будут круглосу"),
    ("R10-14", "ответные меры "),
    ("R10-16", "уловы сайры и "), ("R10-17", "японская сторо"),
    ("R10-18", "враждебные дей"), ("R10-19", "на Итурупе отк"),
    ("R10-20", "за три года на"),
    # English 80 of 110 firm expectations right, no background sentence taken as first measured
    ("E10-02", "\"which are an "), ("E10-05", "\"necessary in "), ("E10-05", "ran counter to"),
    ("E10-06", "double the rel"),
    ("E10-14", "calling the vo"),
    ("E10-14", "employees of s"), ("E10-16", "\"legitimately,"),
    ("E10-17", "We ask the reg"),
    ("E10-18", "the grave visi"), ("E10-18", "This summer al"),
    ("E10-19", "continue to se"),
    # Japanese 71 of 110 firm expectations right and 1 background sentence taken as first measured (after the round's first rules, some written for the Russian and English sets)
    ("J10-01", "この島の暮らしを、本土と変わ"),
    ("J10-02", "ロシアの不可分の一部であ"), ("J10-02", "静かな環境で、歴史的、法的事"), ("J10-03", "流し網漁は根室の基幹産業の一"),
    ("J10-03", "漁業の問題は、資源管理の観点"),
    ("J10-05", "厳しい気象条件の下での運用能"),
    ("J10-06", "交渉に影響を与えかねない発言"), ("J10-06", "政府の法的な立場に何ら変わり"),
    ("J10-09", "元島民の墓参の再開がさらに遠"), ("J10-10", "地域の振興に、道としても全力"),
    ("J10-10", "せめてふるさとの墓に手を合わ"),
    ("J10-12", "マトゥア島はロシアの領土であ"), ("J10-13", "クリルの問題はロシアにとって"), ("J10-14", "新病院は島の住民の医療を大き"),
    ("J10-17", "クリル諸島はロシアの領土であ"), ("J10-17", "新しい船がこの問題を解決する"), ("J10-19", "ロシアの領空侵犯は、我が国の"),
    ("J10-20", "元島民の皆様の思いを考えると"), ("J10-20", "1年の空白は私たちにとって重"),
    # round 11 (probe_articles_*11.py: third parties and the wider world - the US, China, Ukraine's decree, the EU, Ainu groups, party and regional politicians), Russian 65 of 109 firm expectations right and 5 background sentences taken as first measured (after the round's rules so far)
    ("R11-01", "признаем японс"), ("R11-01", "путем перегово"), ("R11-01", "распространяет"),
    ("R11-01", "находится в ст"), ("R11-02", "мы надеемся, ч"), ("R11-03", "сейчас не врем"),
    ("R11-03", "уважают стремл"), ("R11-03", "Япония — сувер"), ("R11-04", "Ни одного каму"),
    ("R11-04", "только по росс"), ("R11-05", "Сначала два ос"), ("R11-05", "сырым и опасны"),
    ("R11-07", "попранием воли"), ("R11-08", "Токто является"), ("R11-08", "немедленно отк"),
    ("R11-09", "Мы ищем нового"), ("R11-09", "расширять экон"), ("R11-10", "Это первый слу"),
    ("R11-10", "давайте открое"), ("R11-11", "Все разговоры "),
    ("R11-11", "Люди на остров"), ("R11-12", "они японскими "),
    ("R11-13", "Россия незакон"), ("R11-13", "ничего не знач"),
    ("R11-13", "завоз топлива "), ("R11-14", "Украина поддер"), ("R11-14", "и мы очень рас"),
    ("R11-16", "Вопрос о четыр"), ("R11-16", "Мы надеемся, ч"), ("R11-16", "выступает за п"),
    ("R11-16", "выходил за рам"), ("R11-17", "Соединенные Шт"), ("R11-17", "быстрее сокращ"),
    ("R11-18", "Вторжение Росс"), ("R11-18", "которая до сих"),
    ("R11-19", "Парад не напра"), ("R11-19", "Территориальны"), ("R11-19", "Возвращение Та"),
    ("R11-19", "пересмотру не "), ("R11-20", "соответствующи"),
    # English 65 of 103 firm expectations right and 4 background sentences taken as first measured
    ("E11-01", "bilateral trad"), ("E11-03", "the Kurils had"),
    ("E11-03", "it keeps layin"), ("E11-04", "Washington did"),
    ("E11-04", "It should not "), ("E11-06", "it says nothin"), ("E11-06", "were Ainu land"),
    ("E11-06", "If the two gov"), ("E11-07", "Getting two is"), ("E11-07", "the prime mini"),
    ("E11-08", "The U.S. has r"), ("E11-08", "\"what happens "),
    ("E11-10", "Japan's sovere"), ("E11-12", "\"not a subject"),
    ("E11-12", "men called up "), ("E11-12", "Islanders have"), ("E11-14", "Russia had sei"),
    ("E11-15", "respond to the"), ("E11-15", "Tokyo would ke"),
    ("E11-16", "As for the isl"), ("E11-16", "We hope the tw"), ("E11-16", "Xianbin Jiao i"),
    ("E11-17", "he would put w"), ("E11-17", "the islands we"), ("E11-17", "renewed his ca"),
    # Japanese 58 of 111 firm expectations right and 6 background sentences taken as first measured
    ("J11-01", "クリール諸島南部の4島も例外"),
    ("J11-04", "米国は1950年代から北方領"), ("J11-04", "ロシアがウクライナに侵攻すれ"), ("J11-04", "ロシアとの緊張がこれ以上高ま"),
    ("J11-06", "日露間の領土問題について、双"),
    ("J11-06", "北方四島は我が国固有の領土で"), ("J11-07", "関係する島々の帰属は、カイロ"), ("J11-07", "台湾は中国の領土の不可分の一"),
    ("J11-08", "日本政府が外交青書で、独島に"), ("J11-08", "独島は歴史的、地理的、国際法"), ("J11-08", "釣魚島とその付属島嶼は中国固"),
    ("J11-09", "クリル諸島とサハリン南部は、"), ("J11-09", "まず、われわれの祖先が続けて"), ("J11-10", "クリルは一片たりとも日本に渡"),
    ("J11-10", "日本は自国に米軍基地を置かな"), ("J11-10", "交渉はまだ続いており、結論を"),
    ("J11-11", "クリルはロシアの土地であり、"), ("J11-11", "これはサハリンとクリルの年金"), ("J11-11", "島々はロシアの不可欠な一部で"),
    ("J11-12", "2島の引き渡しだけで決着させ"), ("J11-12", "8項目の協力プランに投じた予"), ("J11-12", "千島列島全体が日本の領土だと"),
    ("J11-12", "首脳同士の信頼関係の下で粘り"), ("J11-12", "2島先行でもいいから、まず交"), ("J11-13", "北方領土、竹島、尖閣諸島が我"),
    ("J11-13", "竹島は島根県の一部であり、韓"), ("J11-13", "尖閣諸島は石垣市の行政区域だ"), ("J11-13", "独島に対する不当な主張を盛り"),
    ("J11-13", "釣魚島は中国固有の領土だ。日"), ("J11-14", "米国は北方領土問題で日本を支"), ("J11-14", "日ロ両国が対話を通じてこの問"),
    ("J11-14", "尖閣諸島は日米安全保障条約第"), ("J11-14", "尖閣諸島は日米安保条約第5条"), ("J11-15", "日本の施政下にある領域であり"),
    ("J11-15", "ロシアが緊張緩和に向けた行動"), ("J11-16", "独島は我々の領土であり、命を"), ("J11-16", "大統領が自国の領土を訪問した"),
    ("J11-18", "北方領土問題について、EUは"), ("J11-18", "ロシアがウクライナへの侵略を"),
    ("J11-19", "ウクライナは、北方領土が日本"), ("J11-19", "ロシアが奪った土地は、ウクラ"), ("J11-19", "日本から届いた発電機が、停電"),
    ("J11-19", "南クリル諸島は第二次世界大戦"), ("J11-20", "北方領土問題が国際法に基づい"),
    ("J11-20", "クリミアの占領と北方四島の占"), ("J11-20", "特にこれからの冬に向けた発電"),
    # round 30, tests/probe_articles_ru12.py (Japanese voices in the Russian press): 108 of 139 right, 1 background
    ("R12-01", "Москва искренн"), ("R12-01", "Мы хотели бы н"),
    ("R12-03", "куда ездят рос"), ("R12-04", "перестать беск"),
    ("R12-05", "с призывом не "),  ("R12-06", "сначала решить"),
    ("R12-07", "твердо решили "), ("R12-07", "подтвердил, чт"), ("R12-07", "Ни о какой авт"),
    ("R12-09", "чтобы решить в"), ("R12-10", "Таких решений "), ("R12-11", "Хоккайдо подде"),
    ("R12-11", "Мы открыты для"), ("R12-12", "назвал неприем"),
    ("R12-13", "внимательно сл"), ("R12-14", "Мы считаем так"), ("R12-14", "Что касается с"),
    ("R12-14", "разговоры с То"), ("R12-15", "новая формулир"), ("R12-15", "соответствует "),
    ("R12-15", "продолжением а"),
    ("R12-17", "мы делаем все,"),  ("R12-19", "суверенитет Ро"),
    ("R12-20", "пока Россия пр"),
    # round 30, tests/probe_articles_en12.py (spun, reposted and machine-translated copies): 91 of 125 right, 1 background
    ("E12-03", "must put an en"), ("E12-03", "the proposal o"), ("E12-03", "Japan must not"),
    ("E12-05", "unacceptable f"),  ("E12-06", "Before us lies"),
    ("E12-06", "I am determine"),  ("E12-06", "Japan first mu"),
    ("E12-08", "the territory "), ("E12-08", "the dialogue w"),
     ("E12-10", "wished Russian"),
    ("E12-11", "pulling out of"),  ("E12-12", "the resumption"),
    ("E12-12", "accused Zakhar"), ("E12-13", "the talks with"),
    ("E12-14", "Tokyo analyses"),
     ("E12-17", "defense spendi"), ("E12-17", "reaffirm the s"),
    ("E12-18", "Vladimir, you "), ("E12-18", "remained ready"), ("E12-18", "is a Russian e"),
    # round 30, tests/probe_articles_en13.py (quoted by whom: relayed attribution): 103 of 122 right
     ("E13-02", "the judo term "), ("E13-02", "he had sensed "),
    ("E13-03", "warning that t"),
    ("E13-06", "Tokyo had not "), ("E13-08", "Russia has tol"),
    ("E13-10", "would not alte"),
    ("E13-13", "Russia has sai"),  ("E13-15", "Tokyo called t"),
    ("E13-16", "Tokyo's weapon"), ("E13-17", "Russia sees no"), ("E13-20", "saying the que"),
    # round 30, tests/probe_articles_ja12.py (Russian voices in the Japanese press): 109 of 140 right, 10 background
    ("J12-02", "大切なのは、両国民が納得でき"), ("J12-02", "安全保障分野での意思疎通を深"), ("J12-03", "水産加工場の稼働率をさらに引"),
    ("J12-03", "ロシアの指導者が自国の領域を"), ("J12-04", "力による現状変更は認められな"),
    ("J12-05", "制裁を科したままで、どうやっ"), ("J12-05", "内容は具体的で、実現すれば双"), ("J12-05", "「署名される文書は数十にのぼ"),
    ("J12-07", "我々は70年にわたって話し合"), ("J12-07", "事前に準備されたものではなく"),
    ("J12-07", "日本側から何らかの反応があれ"),
      ("J12-11", "北方四島における特区の設置は"),
    ("J12-12", "ウクライナ情勢に関連して、ロ"),  ("J12-12", "南クリル諸島への日本国民の査"),
    ("J12-12", "ロシア側の対応は極めて不当で"), ("J12-12", "日ロ関係に責任を転嫁する対応"), ("J12-14", "この島々をめぐる日本人の『感"),
    ("J12-17", "日本政府は、ロシアに対する制"), ("J12-17", "アジア太平洋地域に軍事ブロッ"),
    ("J12-17", "ロシアは適切な対抗措置をとる"), ("J12-18", "北海道水産会によりますと、今"),
    ("J12-19", "Ｇ７（主要７カ国）と連携して"),
    # round 30, tests/probe_articles_en14.py (words in the first person: op-eds, full texts, posts, letters): 67 of 124 right, 8 background
     ("E14-02", "Russia does no"), ("E14-02", "Russia's attem"),
    ("E14-03", "our priority t"), ("E14-03", "We are also pr"), ("E14-03", "our eight-poin"),
    ("E14-03", "move towards t"), ("E14-05", "A government t"), ("E14-07", "We regard such"),
    ("E14-07", "We see no reas"), ("E14-08", "the South Kuri"), ("E14-08", "destroyed the "),
    ("E14-08", "is damaging or"), ("E14-08", "Russian cultur"), ("E14-09", "our deep disap"),
    ("E14-09", "to restore the"), ("E14-09", "The Northern T"), ("E14-09", "never waver in"),
    ("E14-09", "keep the door "), ("E14-10", "I am determine"), ("E14-10", "We will improv"),
    ("E14-10", "learn about an"), ("E14-10", "lie the Northe"), ("E14-10", "I will press a"),
    ("E14-10", "lead to the re"), ("E14-10", "we will expand"),
    ("E14-11", "The preferenti"), ("E14-11", "We are also ex"), ("E14-11", "Our fishermen "),
    ("E14-13", "We had a frank"), ("E14-13", "I intend to pr"),
    ("E14-16", "The Northern T"), ("E14-16", "I will never g"), ("E14-16", "Japan stands w"),
    ("E14-16", "our policy of "), ("E14-16", "make visits to"), ("E14-16", "pursue negotia"),
    # round 30, tests/probe_articles_ja13.py (words in the first person: speeches, 談話, 寄稿, posts, 一問一答): 55 of 145 right, 3 background
    ("J13-02", "両国民の相互の信頼を深めなが"), ("J13-03", "日本との平和条約に関する交渉"), ("J13-03", "ロシアは日本との平和条約に関"),
    ("J13-03", "黒海経済協力機構における日本"), ("J13-03", "その責任を日露関係に転嫁しよ"), ("J13-03", "平和条約問題を含む関係悪化の"),
     ("J13-06", "制裁の手を緩めるべきではない"), ("J13-06", "平和条約交渉について率直に言"),
    ("J13-06", "南クリル諸島は第2次大戦の結"), ("J13-06", "四島の帰属の問題を解決して平"), ("J13-06", "こうした協議の窓口を閉ざさな"),
    ("J13-06", "1956年の日ソ共同宣言は両"), ("J13-06", "これまでの首脳間、外相間の交"), ("J13-07", "「北方領土」などというものは"),
    ("J13-07", "ロシアの魚やカニ、サハリンの"), ("J13-07", "島々の地位は、彼らが何をしよ"), ("J13-07", "我が国に対する制裁を次々と導"),
    ("J13-07", "そんな国と、いったいどんな「"), ("J13-07", "自国の防衛費を倍増させ、米国"), ("J13-08", "クリル諸島に対するロシアの主"),
    ("J13-08", "平和条約の交渉を台無しにした"), ("J13-08", "キエフ政権に巨額の資金を注ぎ"), ("J13-08", "これは極東の安全保障に対する"),
     ("J13-12", "北方領土は我が国固有の領土で"), ("J13-12", "ふるさとの島々への墓参が一日"),
    ("J13-12", "領土問題を解決して平和条約を"), ("J13-12", "マイワシなど新たな魚種の活用"), ("J13-12", "暮らしと事業者の皆様を支える"),
      ("J13-14", "双方の法的立場を害さないとの"),
     ("J13-15", "中国とは、主張すべきは主張し"), ("J13-16", "トランプ大統領とは、できる限"),
    ("J13-16", "自衛隊員の処遇の改善と、採用"), ("J13-16", "中国とは、戦略的互恵関係を包"), ("J13-16", "本年、国交正常化60周年の節"),
    ("J13-16", "厳しい対ロシア制裁とウクライ"), ("J13-16", "我が国は、領土問題を解決し、"), ("J13-16", "北方墓参を中心とした四島交流"),
    ("J13-18", "ロシアを地域の脅威として描き"), ("J13-18", "白書は南クリル諸島を「不法占"), ("J13-18", "南クリル諸島は第二次世界大戦"),
    ("J13-18", "日本が本当に平和条約について"), ("J13-18", "東京こそが地域の軍拡競争の先"), ("J13-18", "この秋も東京でロシア文化を紹"),
    ("J13-20", "驚きと不安が入り交じっている"), ("J13-20", "四島の帰属の問題を解決して平"), ("J13-20", "2島の返還だけで交渉が終わる"),
    ("J13-20", "国後、択捉を含めた四島の返還"), ("J13-20", "もっと多くの人が参加できるよ"), ("J13-20", "漁業者が安心して操業を続けら"),
    # round 31, tests/probe_articles_ru13.py (regional and parliamentary voices, Russian wire formats): 94 of 121 right, 3 background
    ("R13-01", "А люди здесь д"), ("R13-01", "Здесь ни у ког"), ("R13-02", "предлагает вкл"),
    ("R13-04", "японские специ"), ("R13-05", "японские санкц"),
    ("R13-07", "в Южно-Курильс"), ("R13-10", "мы сделаем все"), ("R13-11", "ведомство сооб"),
    ("R13-12", "назвал проводи"), ("R13-12", "назвала слова "),
    ("R13-12", "Токио сам разр"), ("R13-12", "Итуруп посетил"), ("R13-14", "Россия готова "),
    ("R13-15", "первоочередной"), ("R13-16", "назвала остров"),
    # round 31, tests/probe_articles_en15.py (denials, hedges, conditions and clarifications): 85 of 109 right, 2 background
    ("E15-01", "saying the ter"), ("E15-03", "All of this is"),
    ("E15-03", "What will happ"), ("E15-03", "some Japanese "), ("E15-04", "he had meant t"), ("E15-05", "they have no r"),
    ("E15-05", "If our Japanes"), ("E15-06", "flatly denied "), ("E15-06", "Peskov suggest"),
    ("E15-07", "The prime mini"), ("E15-07", "Tokyo had lodg"), ("E15-07", "calling Tokyo'"), ("E15-08", "Russia said Mo"),
    ("E15-08", "Russia's attem"), ("E15-12", "Japan would be"),
    ("E15-12", "he had not spo"),
    # round 31, tests/probe_articles_ja14.py (answers in the Diet and at press conferences): 86 of 105 right, 5 background
    ("J14-02", "日本の措置を「米国に追随した"), ("J14-03", "菅義偉官房長官は記者会見で「"), ("J14-04", "墓参できるようにすることで一"),
    ("J14-04", "残念な面もあるが、共同経済活"), ("J14-04", "元島民の願いは島が返ってくる"), ("J14-08", "感染状況を見極めながら、実施"),
    ("J14-09", "首相の訪問は到底受け入れられ"), ("J14-10", "林芳正外相は「ロシア側の発表"), ("J14-10", "同時に「ビザなし交流と自由訪"),
    ("J14-13", "北方領土問題への国民の関心と"), ("J14-13", "隣接地域の振興については「補"),
    ("J14-14", "交渉の今後の見通しについて申"), ("J14-16", "根室市の石垣雅敏市長は「交渉"), ("J14-16", "元島民に残された時間はわずか"),
    # round 31 (second helpers), tests/probe_articles_en16.py (third-country outlets: Xinhua, CGTN, Yonhap, Anadolu, BBC Monitoring, PTI, their own officials): 89 of 102 right, 5 background
    ("E16-02", "Russia said on"), ("E16-03", "Japan's moves "), ("E16-05", "the territoria"),
    ("E16-09", "Putin's propos"), ("E16-10", "hurts the feel"),
    ("E16-11", "it could not e"), ("E16-12", "India would ex"), ("E16-12", "Indian talent "), ("E16-13", "the resumption"),
    # round 31 (second helpers), tests/probe_articles_ja15.py (local Hokkaido news: governors, Nemuro mayors, the
    # former islanders' league, rallies): 44 of 95 right as first measured, 67 with the kanji or katakana name each
    # unregistered speaker is written with accepted (`alt`), 0 background
    ("J15-01", "本来は静かな環境で話し合いを"),
    ("J15-01", "外務省に呼び「日本の原則的な"), ("J15-01", "首相が自国の領内を視察するの"),
    ("J15-02", "当面は安全操業の枠組みを守り"),
    ("J15-10", "先人たちが何十年も積み上げて"),
    ("J15-15", "島の開発が既成事実として積み"),
    # round 32, tests/probe_articles_ru14.py (Telegram, TV and radio: Medvedev's and Zakharova's channels,
    # talk-show transcripts, radio, digests): 95 of 131 right as first measured, 8 background
    ("R14-01", "Кто бы ни сфор"), ("R14-02", "такой формат у"), ("R14-02", "Японии нужны н"), ("R14-02", "Мы рассчитывае"),
    ("R14-03", "Передача остро"), ("R14-03", "Декларация — д"), ("R14-03", "пусть Токио об"), ("R14-03", "Вот видите, пр"),
    ("R14-03", "Японские санкц"), ("R14-03", "Мы со своей ст"), ("R14-04", "Я бы никому не"), ("R14-04", "договоренности"),
    ("R14-05", "Для нас это Ку"), ("R14-05", "пояснив, что п"), ("R14-06", "Но альтернатив"), ("R14-06", "Военного решен"),
    ("R14-07", "Москва прекращ"), ("R14-07", "Вся ответствен"), ("R14-07", "перекладывать "), ("R14-08", "Японские власт"),
    ("R14-08", "Пусть потом не"), ("R14-08", "назвал высказы"), ("R14-11", "консульский от"),
    ("R14-13", "Это касается и"), ("R14-13", "до конца года "), ("R14-14", "Движение есть,"),
    ("R14-16", "Условия для пе"), ("R14-16", "Пока этот курс"),
    ("R14-18", "назвал высказы"),
    # round 32, tests/probe_articles_en17.py (words posted online: Telegram channels, X posts, embedded posts,
    # live blogs, roundups): 97 of 126 right as first measured, 4 background
    ("E17-02", "calling Tokyo'"), ("E17-02", "The Kurils are"), ("E17-02", "his government"), ("E17-04", "thanking the m"),
    ("E17-05", "trips by Russi"), ("E17-06", "I will negotia"), ("E17-06", "The Southern K"),
    ("E17-06", "The sooner Tok"), ("E17-07", "the protest co"),
    ("E17-07", "the Cabinet's "), ("E17-09", "had pushed bil"), ("E17-10", "Japan will \"ne"),
    ("E17-10", "If Japanese ca"), ("E17-11", "long and patie"), ("E17-12", "Russia has sai"), ("E17-13", "he and Trump h"),
    ("E17-13", "For us it is a"), ("E17-13", "invited Tokyo "), ("E17-16", "Russia's leade"),
    ("E17-17", "a social media"), ("E17-17", "now is the mom"), ("E17-17", "Seventy years "), ("E17-17", "he wanted the "),
    ("E17-17", "\"another anti-"),
    # round 32, tests/probe_articles_ja16.py (interviews and Q&A pages: ―― questions, 対談 and 座談会 labels, 一問一答,
    # translated ambassadors): 79 of 124 right as first measured, 15 background
    ("J16-04", "仮に島が引き渡された場合、そ"),
    ("J16-06", "日本側が期待を膨らませすぎる"), ("J16-07", "ロシアの交渉担当者が島の引き"), ("J16-07", "ロシア側は将来、二島の引き渡"),
    ("J16-07", "1956年宣言を基礎にすると"), ("J16-07", "四島の帰属という日本の原則と"), ("J16-07", "日本としては平和条約交渉の窓"), ("J16-07", "元島民の高齢化を考えると、人"),
    ("J16-07", "サハリン1、サハリン2は日本"), ("J16-09", "日本の法的立場を損なう形で企"),
    ("J16-11", "交渉を止める理由として日本の"), ("J16-11", "日本側が協定に基づく支払いを"), ("J16-13", "プーチン政権が続く限り、ロシ"),
    ("J16-17", "交渉を一方的に止めたのはロシ"),
    ("J16-17", "日本の対ロ制裁が続く限り、平"),
    # round 32, tests/probe_articles_ru15.py (the foreign press in Russian: ИноСМИ translations, RT, RTVI, BBC
    # Russian, DW, Meduza; the foreign authors' own views no statements): 80 of 95 right as first measured, 3
    # background
    ("R15-01", "Эта земля росс"), ("R15-01", "куда ездить ру"), ("R15-02", "Мы договорилис"), ("R15-04", "Пора перестать"),
    ("R15-04", "любая совместн"),
    ("R15-09", "прекращает без"), ("R15-09", "Решение России"), ("R15-10", "назвала японск"), ("R15-14", "наш курс на ре"),
    ("R15-14", "Япония продолж"), ("R15-16", "потребовал от "), ("R15-18", "Москва не наме"),
    # round 32, tests/probe_articles_en18.py (interviews and Q&A pages in English: Q:/A:, bold names, moderators
    # and panels, transcripts): 102 of 129 right as first measured, 18 background
    ("E18-01", "to use their p"), ("E18-01", "we agreed to c"), ("E18-02", "he hoped energ"), ("E18-02", "That idea rema"),
    ("E18-05", "Our Japanese p"), ("E18-06", "Japan is the o"),
    ("E18-07", "The prime mini"),
    ("E18-08", "Japanese parti"),
    ("E18-09", "handing any of"), ("E18-11", "does not allow"),
    ("E18-14", "There is no su"), ("E18-16", "asked Russian "), ("E18-17", "It is Russia t"),
    # round 32, tests/probe_articles_ja17.py (editorials, columns and contributed opinion: 社説, 天声人語-style columns,
    # 私の視点, 識者談話): 48 of 90 right as first measured, 4 background
    ("J17-02", "どちらが正しいかを言い合う歴"), ("J17-02", "大統領は経済協力にも熱心で「"), ("J17-03", "ペスコフ大統領報道官も「宣言"), ("J17-04", "交渉の中身については「外交の"),
    ("J17-04", "アジアの安全保障にとって懸念"), ("J17-05", "今年のビザなし交流や北方墓参"), ("J17-06", "公然と非友好的な立場をとり、"), ("J17-06", "事態を招いたのはウクライナに"),
    ("J17-07", "ロシアが一方的に交渉の中断を"), ("J17-07", "日本が制裁を続ける限り、経済"), ("J17-08", "島に進出する企業には大胆な税"), ("J17-08", "ペスコフ報道官も「政府の首脳"),
    ("J17-09", "ウラジオストクでの会議で、前"), ("J17-09", "ラブロフ外相は今年１月、日本"), ("J17-10", "特別な制度の中身があいまいな"),
    ("J17-11", "神田茂雄・元駐ロシア公使の話"), ("J17-11", "大島悠・新潟県立大教授（ロシ"),
    ("J17-12", "色丹島に新設された水産加工場"), ("J17-13", "日本の新政権が対ロ制裁を続け"),
    ("J17-15", "日本政府が反ロシアの路線を改"), ("J17-16", "日本がキエフに武器を送るなら"), ("J17-16", "クリルはロシアの土地だ。日本"),
    ("J17-16", "経済協力を先行させて領土の扉"), ("J17-16", "だが、一度引いた国境線を後か"),
    ("J17-17", "柔道の試合と同じで、どちらか"), ("J17-17", "首相はさらに「私が大統領に戻"), ("J17-17", "発言の真意をよく見極めたいが"), ("J17-18", "領土の問題をいつまでも後の世"),
    # round 32: a column's sentences split at its ▲ (the paragraph's treaty context and speaker no longer carried over)
    ("J17-04", "日本が国内法で『北方領土』と"), ("J17-04", "双方の立場に隔たりがあるのは"),
    # round 32, tests/probe_articles_en19.py (campaigns, leadership races and party politics: LDP races, election
    # debates, party leaders, Russian campaign moments): 111 of 156 right as first measured, 3 background
    ("E19-01", "revising the C"), ("E19-01", "Tokyo should d"), ("E19-01", "take a realist"), ("E19-02", "promised \"bold"),
    ("E19-02", "the territoria"), ("E19-02", "must bring the"), ("E19-02", "seek state sup"), ("E19-03", "paying in adva"),
    ("E19-03", "called the sec"), ("E19-03", "A new approach"), ("E19-03", "the Trans-Paci"), ("E19-04", "Russia was rea"),
    ("E19-04", "know perfectly"), ("E19-05", "the government"), ("E19-05", "the world will"), ("E19-05", "a treaty that "),
    ("E19-06", "has broken its"), ("E19-08", "he would never"), ("E19-08", "accused the Kr"), ("E19-08", "That must appl"),
    ("E19-08", "called for the"), ("E19-09", "pursue the ter"), ("E19-10", "the approach o"), ("E19-10", "cut the consum"),
    ("E19-10", "the movements "), ("E19-10", "on terms that "), ("E19-10", "lobby for comp"), ("E19-11", "measures to cu"),
    ("E19-11", "his party was "), ("E19-13", "negotiations w"), ("E19-13", "call Japan's s"),
    ("E19-14", "treaty negotia"), ("E19-14", "We cannot allo"), ("E19-14", "a collective s"), ("E19-14", "she would not "),
    ("E19-15", "promised to do"), ("E19-15", "When I was pri"), ("E19-15", "calling for a "), ("E19-15", "will never acc"),
    ("E19-15", "seek more subs"), ("E19-16", "cut the consum"), ("E19-17", "his release of"), ("E19-17", "the tariff dea"),
    ("E19-17", "the creation o"),
    # round 32, tests/probe_articles_ru16.py (history and memory: 3 September, the Kuril landing, archives,
    # monuments, textbooks; claims as treaty, commemoration not): 61 of 78 right as first measured, 1 background
    ("R16-02", "ссылки на доку"), ("R16-02", "посольство рас"),
    ("R16-07", "Никакой автома"), ("R16-08", "здесь Россия, "), ("R16-09", "Курилы наши по"),
    ("R16-13", "Мы возвращаем "), ("R16-13", "решение касает"), ("R16-13", "Мы не собираем"), ("R16-14", "Она была, есть"),
    ("R16-15", "Курилы не были"), ("R16-15", "тираж учебника"), ("R16-16", "намерено и дал"), ("R16-17", "вернул Родине "),
    ("R16-18", "\"твердо намере"),
    # round 32, tests/probe_articles_ja18.py (business, fisheries and energy pages: Sakhalin LNG, fisheries talks,
    # the joint economic activity, sanctions; officials mostly on business): 69 of 106 right as first measured, 0
    # background
    ("J18-03", "乗組員の雇用をどう守るか、今"), ("J18-04", "「島をめぐる過去の経緯を互い"),
    ("J18-05", "道内企業が持つ寒冷地の農業技"), ("J18-05", "日ロ双方の法的立場を害さない"), ("J18-05", "日本とロシアのどちらの法的立"), ("J18-05", "島の周辺は水温が低く、質のい"),
    ("J18-06", "コンブは組合員の暮らしを支え"), ("J18-07", "船の運航や天候のリスクを考え"), ("J18-08", "プランの提示から3年で案件は"),
    ("J18-08", "経済協力そのものが目的ではな"),
    ("J18-09", "行き場を失った牛肉を学校給食"), ("J18-09", "春の作業が本格化する時期で、"), ("J18-11", "ウクライナ侵略を引き起こした"),
    ("J18-12", "操業への影響を最小限に抑える"), ("J18-12", "スケトウダラの刺し網が始まる"),
    ("J18-14", "燃料代の高騰で経営はぎりぎり"), ("J18-14", "根室市の石垣雅敏市長は「根室"),
    ("J18-16", "交渉がまとまるまで、組合員は"),
    ("J18-18", "日本が制裁を続け、軍備の増強"),
    ("J18-18", "見通しについて「漁業者が安心"),
    # round 32: found while 「領土の割譲」 was a territorial word (left out: the papers' analysis says it of the amended constitution)
    ("J5-03", "憲法の規定は当然尊重されなけ"),
    # round 32, tests/probe_articles_en20.py (people, culture, sport and travel: grave visits, festivals, judo,
    # tourism; officials mostly off the treaty, many private people): 77 of 82 right as first measured, 1
    # background
    ("E20-06", "invited Nemuro"), ("E20-08", "in talks with "), ("E20-09", "delighted that"), ("E20-09", "Akita dogs are"),
    ("E20-09", "the two dogs h"),
    # round 32, tests/probe_articles_ru17.py (люди, культура, спорт и туризм: the same in Russian): 69 of 86 right
    # as first measured, 0 background
    ("R17-01", "давно мечтал у"), ("R17-02", "Для многих уча"), ("R17-03", "японские болел"), ("R17-06", "российские и я"),
    ("R17-06", "Спорт — та сфе"), ("R17-07", "подарком, кото"), ("R17-07", "российские муз"), ("R17-09", "предложил япон"),
    ("R17-09", "Для Вакканая р"), ("R17-11", "к 2025 году на"), ("R17-12", "недружественны"), ("R17-16", "Японская кухня"),
    ("R17-16", "Сегодня я приш"), ("R17-17", "японский язык "), ("R17-17", "Для Сахалина в"), ("R17-17", "генконсульство"),
    ("R17-17", "Когда школьник"),
    # round 32, tests/probe_articles_ja19.py (official pages: the ministry's explanatory page, 談話, 会見記録, readouts,
    # the Kantei, Hokkaido, Nemuro, the Russian embassy): 53 of 78 right as first measured, 8 background
    ("J19-01", "日本国民が長きにわたって住み"), ("J19-01", "北方四島の帰属の問題を解決し"), ("J19-01", "四島が日本に帰属することが確"), ("J19-01", "四島に現在住んでいるロシア人"),
    ("J19-01", "1855年の条約でも日本の領"), ("J19-01", "北方墓参の枠組みによるものを"), ("J19-04", "ウクライナ侵略によって生じた"), ("J19-09", "北方領土は、我が国固有の領土"),
    ("J19-09", "北方領土問題の解決に向けては"), ("J19-09", "返還運動の拠点となってきた隣"),
    ("J19-15", "北方領土問題は、一部の地域や"), ("J19-15", "北方四島は我が国固有の領土で"),
    ("J19-15", "元島民の方々がふるさとの島を"), ("J19-16", "政府としては、両首脳の強いリ"), ("J19-16", "政府としては、8項目の協力プ"), ("J19-17", "安倍総理から、エネルギー、医"),
    ("J19-17", "プーチン大統領からは、「極東"),
    # round 32, tests/probe_articles_en21.py (machine English of Japanese pages: Japanese name order, 「」 kept,
    # 'showed the view that', ', it is said', aggregator and repost pages): 66 of 87 right as first measured, 2
    # background
    ("E21-03", "the trade betw"), ("E21-05", "It is a big bl"),
    ("E21-08", "It is extremel"), ("E21-10", "The return of "), ("E21-10", "The resumption"),
    ("E21-10", "I would like t"), ("E21-11", "the entry refu"), ("E21-13", "the situation "),
    ("E21-14", "it is not comp"), ("E21-14", "throws cold wa"), ("E21-14", "the constructi"),
    ("E21-16", "proceed steadi"), ("E21-17", "there are no c"), ("E21-17", "The responsibi"),
    ("E21-18", "Japan proteste"),
    # round 32, tests/probe_articles_ru18.py (Far East business, fisheries and energy: Sakhalin projects,
    # fisheries agreements, the joint activity, sanctions; officials mostly on business): 124 of 146 right as
    # first measured, 3 background
    ("R18-01", "Это соглашение"), ("R18-01", "подписали согл"), ("R18-02", "получат возмож"), ("R18-02", "Рыба, которая "),
    ("R18-03", "Японцы считают"), ("R18-03", "совместная дея"), ("R18-05", "Теперь наша за"), ("R18-06", "Туристы поедут"),
    ("R18-07", "Тихоокеанский "), ("R18-07", "деньги за росс"), ("R18-07", "выразил облегч"), ("R18-08", "на 20 лет осво"),
    ("R18-08", "на общих основ"), ("R18-09", "Россия пытаетс"), ("R18-14", "не намерены пр"), ("R18-14", "консульство пр"),
    ("R18-14", "Мы видим интер"), ("R18-15", "Япония не полу"), ("R18-15", "Первая линия б"), ("R18-15", "Азиатские поку"),
    ("R18-16", "Ограничения бу"), ("R18-16", "с начала года "),
}
# background sentences the rules still take for treaty statements (round 3: an interview's framing line, «— говорит
# он» after an unnamed official, the two ministers' agreement on a date, a standing policy beside the declaration's text;
# the last two are labels one could argue)
NOT_YET_BACKGROUND = {("R3-05", "О том, есть ли"), ("R3-13", "Правовая основа"), ("J3-08", "両外相は"),
                      ("J3-11", "宣言は平和条約"), ("J4-06", "今回の訪問は"),  ("E5-13", "Responding to "), ("E5-15", "was asked by t"), ("E6-02", "citing two par"), ("E6-02", "the peace trea"), ("R6-16", "Накануне лидер"), ("J6-08", "北方領土を「日本が主権を有す"),
                      ("E7-03", "the two leader"), ("E7-15", "which Russia c"), ("E7-17", "Abe and Putin "),
                      ("R7-17", "14 ноября в Си"),
                      ("R8-02", "Следующий вопр"), ("R8-10", "который в 2012"),
                      ("E8-03", "Colleagues, ti"),
                      ("J9-02", "両首脳が善隣関係をさらに強め"), ("J9-03", "両首脳は平和条約締結問題につ"), ("J9-03", "ソ連は平和条約の締結後に色丹"), ("J9-09", "四島の帰属の問題を解決して平"), ("J9-11", "東京宣言に基づいて2000年"), ("J9-17", "ラブロフ氏の在任20年につい"), ("J9-18", "4島の帰属に関する問題を、歴"),
                      ("J9-12", "「2000年までに平和条約を締"),
                      ("R9-02", "Лидеры договор"),  ("R9-12", "Лидеры договор"), ("R9-12", "в которой стор"), ("R9-14", "стороны догово"),  ("R9-18", "договорились в"),
                      ("E9-07", "Putin and Abe "), ("E9-12", "an offer Tokyo"), ("E9-13", "listed Habomai"), ("E9-15", "prompting Mosc"),
                      ("R10-18", "Россия запрети"),
                      ("R11-03", "Премьер Японии"), ("R11-07", "четырежды отве"), ("R11-07", "лидеры договор"), ("R11-12", "21 марта МИД Р"), ("R11-14", "Европейский па"),
                      ("E11-06", "which says two"), ("E11-06", "Abe and Putin "), ("E11-07", "whether the go"), ("E11-13", "told NHK he wa"),
                      ("J11-06", "ロシアは四島が大戦の結果とし"), ("J11-06", "両国は今も平和条約を締結して"), ("J11-08", "ロシアとの間の北方領土につい"), ("J11-08", "ロシア外務省「日本との平和条"), ("J11-09", "1956年の日ソ共同宣言を基"), ("J11-14", "択捉、国後両島は「常に日本固"),
                      ("E12-13", 'Medvedev: "Jap'),
                      ("E14-02", "provides for t"), ("E14-02", "the two leader"), ("E14-07", "According to t"), ("E14-13", "Abe and Presid"), ("E14-14", "is held every "), ("E14-17", "The two leader"), ("E14-18", "Tokyo continue"), ("E14-18", "Is it possible"),
                      ("J13-17", "四島の早期返還の実現と、北方"), ("J13-20", "シンガポールでの首脳会談で、"), ("J13-20", "第9項で、平和条約の締結後に"),
                      ("R13-03", "японская сторо"), ("R13-11", "Ранее МИД РФ о"), ("R13-16", "о японских мит"),
                      ("E15-02", "Any compromise"), ("E15-04", "drew criticism"),
                      ("J14-02", "制裁に踏み切れば、昨年4月の"), ("J14-02", "日ロ両国は昨年4月の安倍晋三"), ("J14-04", "記者から「首相が期待していた"), ("J14-08", "立憲民主党の神谷裕氏（比例道"), ("J14-10", "交渉も交流も止まった。元島民"),
                      ("E16-04", "the two leader"), ("E16-05", "the long-runni"), ("E16-07", "Foreign Minist"), ("E16-08", "The clause nar"), ("E16-11", "BBC Monitoring notes"),
                      ("R14-01", "в Токио прошли"), ("R14-03", "уже призвала ч"), ("R14-03", "ни одного камн"), ("R14-04", "предусматривае"),
                      ("R14-18", "никаких контак"),
                      ("E17-03", "the Russian Fo"), ("E17-07", "Abe and Putin "), ("E17-07", "which states t"), ("E17-10", "Russia's Forei"),
                      ("J16-02", "外務省幹部は「まずは交渉の土"), ("J16-02", "政府内には、今回の訪問で領土"),
                      ("J16-03", "北方領土問題を含む平和条約締"),
                      ("J16-06", "1945年8月、ソ連は日ソ中"), ("J16-08", "菅義偉首相とプーチン大統領は"), ("J16-08", "7月に発効したロシアの改正憲"), ("J16-10", "1956年の日ソ共同宣言で平"),
                      ("J16-12", "1956年の日ソ共同宣言で、"), ("J16-14", "ロシアは2022年3月、日本"), ("J16-18", "北方四島の早期返還の実現に向"),
                      ("R15-03", "Япония пытаетс"), ("R15-05", "не означает ли"), ("R15-15", "На ежегодном м"),
                      ("E18-11", "the reality is"), ("E18-11", "Moscow has mil"), ("E18-11", "Tokyo keeps th"),
                      ("E18-11", "do you think a"), ("E18-14", "In March 2022,"),
                      ("E18-15", "Do your listen"),
                      ("J17-01", "双方に受け入れ可能な形で問題"), ("J17-02", "かつて「四島一括返還」と書い"), ("J17-18", "安倍前政権の領土交渉の路線を"),
                      # round 32: a contributor's own background in his signed piece, taken as his words
                      ("J17-09", "宣言は両国の議会が批准した唯"), ("J17-16", "ロシアは昨年３月、日本の制裁"),
                      ("E19-02", "he no longer e"), ("E19-06", "Abe and Putin "), ("E19-08", "Nobody here be"),
                      ("R16-07", "признали докум"),
                      ("E20-16", "Prime Minister"),
                      ("J19-02", "1956年の日ソ共同宣言を基"), ("J19-05", "両外相は、次回の外相間の協議"), ("J19-06", "本日ここに、北方領土返還要求"), ("J19-07", "四島における共同経済活動に関"),
                      ("J19-07", "この声明及びそれに基づく共同"), ("J19-12", "当時の安藤石典根室町長が連合"), ("J19-13", "2月7日、東京で毎年恒例の「"), ("J19-17", "戦後67年を経て平和条約が締"),
                      ("E21-03", "Both leaders a"), ("E21-09", "The peace trea"),
                      ("R18-03", "Москва не пойд"), ("R18-17", "почему перегов"), ("R18-18", "Такаити пообещ"),}
_cache: dict = {}


def _found(language, article):
    key = (language, article["id"])
    if key not in _cache:
        _cache[key] = extract_statements(article["text"], language, article["published"], title=article.get("title"),
                                         url=article.get("url"))
    return _cache[key]


def _firm():
    for language, article in PROBES:
        for expected in article["expected"]:
            if expected.get("optional") or expected["treaty"] is None:
                continue
            known = any(str(article["id"]) == aid and expected["snippet"].startswith(start) for aid, start in NOT_YET)
            marks = [pytest.mark.xfail(strict=True, reason="not caught yet")] if known else []
            yield pytest.param(language, article, expected, marks=marks,
                               id=f"{language}-{article['id']}-{expected['snippet'][:12]}")


def _speaker_fits(expected, speaker):
    names = [expected["speaker"], *expected.get("alt", [])]
    if speaker in names or any(n.split()[-1].lower() in speaker.lower() for n in names):
        return True
    # a name the labeller kept as written (「石垣雅敏」) that the registry knows: its canonical name
    reg = registry()
    if any((entry := reg.lookup(n)) is not None and entry.name == speaker for n in names):
        return True
    # an unregistered speaker kept as written in Cyrillic ("Андрей Хапочкин" for "Andrei Khapochkin")
    latin = speaker.lower().translate(CYRILLIC_TO_LATIN)
    # (a Japanese name in Russian spelling: «Эйити Хасэгава» for "Eiichi Hasegawa")
    japanese = _polivanov_to_hepburn(speaker.lower())
    return any(n.split()[-1].lower() in latin or n.split()[-1].lower() in japanese for n in names)


def _polivanov_to_hepburn(name: str) -> str:
    for cyrillic, latin in (("дзи", "ji"), ("дз", "z"), ("си", "shi"), ("ти", "chi"), ("цу", "tsu"), ("ва", "wa"),
                            ("х", "h"), ("э", "e"), ("й", "i")):
        name = name.replace(cyrillic, latin)
    return name.translate(CYRILLIC_TO_LATIN)


CYRILLIC_TO_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i", "й": "y",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya"})


@pytest.mark.parametrize("language, article, expected", list(_firm()))
def test_a_firm_expectation_is_found_with_its_speaker_and_treaty_flag(language, article, expected):
    text = article["text"]
    start = text.index(expected["snippet"])
    end = start + len(expected["snippet"])
    hits = [st for st in _found(language, article) if st.start < end and start < st.end]
    assert hits, f"missed: {expected}"
    # (an answer the expectation spans may be several statements, one a sentence: one of them is the one meant)
    # (an unregistered name is stored in Latin letters; its Cyrillic form as written, a Japanese name in Polivanov
    # spelling, is matched as before)
    assert any((_speaker_fits(expected, st.speaker) or _speaker_fits(expected, st.speaker_as_written or st.speaker))
               and st.peace_treaty == expected["treaty"] for st in hits), \
        (expected, hits)


def _background():
    for language, article in PROBES:
        for snippet in article.get("not_statements", []):
            known = any(str(article["id"]) == aid and snippet.startswith(start) for aid, start in NOT_YET_BACKGROUND)
            marks = [pytest.mark.xfail(strict=True, reason="taken for a statement yet")] if known else []
            yield pytest.param(language, article, snippet, marks=marks, id=f"{language}-{article['id']}-{snippet[:12]}")


@pytest.mark.parametrize("language, article, snippet", list(_background()))
def test_no_background_sentence_is_a_treaty_statement(language, article, snippet):
    start = article["text"].index(snippet)
    end = start + len(snippet)
    assert not [st for st in _found(language, article) if st.peace_treaty and st.start < end and start < st.end], \
        snippet
