"""Probe stories, round 12: READOUTS.

Six hand-written multi-outlet stories (2013-2026) about the Russia-Japan peace treaty and the Southern Kurils /
Northern Territories, in Russian, Japanese and English, written independently of earlier rounds (own words, each
outlet's page structure). Each story is a list of 9 pages (reports) in the order treatywatch would process them.
The theme is the official readout: one meeting or phone call, and how each side tells it. The Kremlin publishes its
account (kremlin.ru style: a transcript of the opening remarks or a short phone-call summary), the Japanese Foreign
Ministry publishes its own (MOFA style: numbered points, "X said ... (旨述べました)"), the leaders or ministers speak
to the press afterwards, the spokesmen (Peskov, the chief cabinet secretary, the MFA spokeswoman) brief the next day,
and the papers mix all of it. Stories: a sideline meeting at the 2013 St Petersburg G20; the January 2019 Moscow
summit with joint press statements; Suga's first call with Putin in September 2020; Kishida's first call with Putin
in October 2021, where Tokyo says the islands came up and the Kremlin says they did not; the February 2022 call that
is about Ukraine and energy with one treaty line; and the February 2026 summons of the Russian ambassador over drills
on the islands, told by the Japanese ministry and by the Russian embassy.

Rule for remark ids: a remark id names ONE utterance (same speaker, same words, same occasion). A readout's account
of what a participant said in the meeting or call IS that participant's remark: when the Kremlin readout and the
Japanese readout tell the same words of the same man (each in its own wording, one of them perhaps leaving out a
clause), they are one remark; a spokesman retelling those words the next day is the same remark again, but his own
judgement or comment is his own, new remark. What a leader or minister says to the press after the meeting is a
remark of its own (a new id), even where he repeats what he told his counterpart. Two distinct points by the same
speaker get two ids; the same speaker on another occasion gets a new id however close the words. A denial (one side
saying the islands were not discussed) is a new remark of the one who denies. A recollection ("last week Lavrov
said ...") is the recalled remark. Translations, shortened quotes and paraphrases are the same utterance. A lead
retelling the quote below it is the same remark (listed once per report). Only TREATY remarks are listed (peace
treaty, treaty talks, sovereignty over / handover of the islands, the 1956 Declaration as a basis). The same people
on Syria, Ukraine, security guarantees, energy, LNG, trade, the coronavirus, fisheries, visas, exchanges, drills or
North Korea are no remarks (spans of them are in NOT_STATEMENTS), and neither are the readouts' impersonal lines
("the peace treaty issue was touched upon", "the leaders exchanged views on ..."), agreements ("the leaders agreed
to continue talks" is an event), background paragraphs, documents, anonymous officials and sources, journalists'
questions, experts, ordinary citizens, headlines that frame rather than quote, link lists and the writers' analysis.
A report with no treaty remark has an empty list.

Format:
  NAME_STORY = [(url, language, published_date, title, text), ...]     # language "ru" / "ja" / "en"
  STORIES        {name: story}
  REMARKS        {name: [[(speaker, remark_id), ...] per report]}
  SNIPPETS       {name: [[exact span inside the remark's sentence/quote, same shape as REMARKS] per report]}
  NOT_STATEMENTS {name: [[exact spans that must not be taken as treaty statements] per report]}
  EXPECTED       {name: [(host of the first report of each remark id, speaker), ...]}  # order of first appearance
An alert is due exactly once per remark id: for its first report. All texts are invented; quotes are paraphrases.
"""

# ===========================================================================================================
# Story 1 - G20_SIDELINES_2013_STORY (5-7 September 2013). Abe and Putin meet for 45 minutes on the sidelines of the
# St Petersburg G20. The Kremlin posts the opening remarks; MOFA posts its summary of the closed part; Abe speaks at
# his closing press conference; Peskov and Suga brief on 6 September; the papers mix it all.
#  1 kremlin.ru (ru), opening remarks  P1 NEW (Putin: the deputy-minister consultations on the treaty are the right
#                                      step, keep going); Putin on trade and LNG, Abe on Syria and the 2+2 (non-treaty)
#  2 RIA Novosti (ru)                  P1 repeat; the April joint statement, the August round (background); a link
#  3 mofa.go.jp (ja), summary          A1 NEW (Abe: speed up talks for a final solution acceptable to both),
#                                      P2 NEW (Putin: leave it to experts, a calm setting); agreements (events); Syria
#  4 Kyodo (en)                        A1, P2, P1 repeat; a senior official (anonymous); background
#  5 NHK (ja), 6 Sep                   A2 NEW (Abe at the closing press conference); Syria, Olympics (non-treaty)
#  6 Interfax (ru), 6 Sep              P2 retold by Peskov, PE1 NEW (Peskov: nobody expected a breakthrough); Syria
#  7 kantei.go.jp (ja), 6 Sep          A1 retold by Suga, S1 NEW (Suga: the talks are moving forward); water, Syria
#  8 The Japan Times (en), 6 Sep       A2, P2, S1 repeat; expert
#  9 Kommersant (ru), 7 Sep            P1, P2, PE1, A2 repeat; a source in the delegation, an expert
# ===========================================================================================================

G20_SIDELINES_2013_STORY = [
    ("http://kremlin.ru/events/president/news/19160", "ru", "2013-09-05",
     "Встреча с Премьер-министром Японии Синдзо Абэ",
     """Президент России
Новости   Стенограммы   Поездки   Мероприятия   Документы

Встреча с Премьер-министром Японии Синдзо Абэ

5 сентября 2013 года, 13:40
Санкт-Петербург

На полях саммита «Группы двадцати» Владимир Путин встретился с Премьер-министром Японии Синдзо Абэ. Обсуждались перспективы развития двусторонних отношений, в том числе в торгово-экономической и энергетической сферах, а также ситуация вокруг Сирии.

* * *

В.Путин: Уважаемый господин Премьер-министр! Рад снова видеть Вас, на этот раз в Петербурге.

С Вашего визита в Москву прошло всего несколько месяцев, но сделано немало. Товарооборот в первом полугодии продолжал расти, наши компании готовят новые проекты в энергетике, прежде всего по сжиженному газу.

Как мы с Вами условились весной, заместители министров иностранных дел приступили к консультациям по мирному договору. Считаю, что это верный шаг, и вести эту работу нужно последовательно, без долгих пауз.

Знаю, что завтра Вы улетаете в Буэнос-Айрес, так что постараемся использовать время с максимальной пользой.

С.Абэ (как переведено): Господин Президент, благодарю Вас за тёплый приём и прекрасную организацию саммита.

Хотел бы сегодня обменяться мнениями о положении в Сирии. Япония глубоко обеспокоена сообщениями о применении химического оружия и считает, что мировое сообщество должно действовать сообща.

Также хочу поблагодарить за содействие в подготовке первой встречи наших министров иностранных дел и обороны в формате «два плюс два».

<…>

Теги: Международные отношения, Япония
Персоны: Абэ Синдзо
Опубликовано в разделах: Новости, Стенограммы

Дата публикации: 5 сентября 2013 года, 13:40
Прямая ссылка на материал: kremlin.ru/d/19160

Версия для печати   Поделиться"""),

    ("https://ria.ru/20130905/960912734.html", "ru", "2013-09-05",
     "Путин назвал консультации с Японией по мирному договору верным шагом",
     """Путин назвал консультации с Японией по мирному договору верным шагом

18:02 05.09.2013 (обновлено: 18:40 05.09.2013)

САНКТ-ПЕТЕРБУРГ, 5 сен — РИА Новости. Президент России Владимир Путин, встретившись в четверг на полях саммита G20 с японским премьером Синдзо Абэ, положительно оценил начало консультаций заместителей глав МИД двух стран по мирному договору.

"Как мы с Вами условились весной, заместители министров иностранных дел приступили к консультациям по мирному договору. Считаю, что это верный шаг", — сказал Путин в начале встречи.

По его словам, товарооборот двух стран продолжает расти, а компании готовят новые проекты в сфере сжиженного природного газа.

Абэ, в свою очередь, поблагодарил российского лидера за организацию саммита и предложил обменяться мнениями о ситуации в Сирии.

В апреле, в ходе визита Абэ в Москву, стороны приняли совместное заявление, в котором договорились активизировать переговоры о мирном договоре. Первый раунд консультаций на уровне заместителей министров иностранных дел прошел в августе в Москве.

Россия и Япония так и не подписали мирный договор по итогам Второй мировой войны. Токио претендует на острова Итуруп, Кунашир, Шикотан и гряду Хабомаи.

Читайте также:
• Абэ рассчитывает на визит Путина в Японию
• В Токио в ноябре пройдет первая встреча в формате "2+2"

Теги: Владимир Путин, Синдзо Абэ, Япония, G20, Санкт-Петербург"""),

    ("https://www.mofa.go.jp/mofaj/erp/rss/hoppo/page3_000412.html", "ja", "2013-09-05",
     "日露首脳会談（概要）",
     """外務省
ホーム > 外交政策 > 国・地域 > 欧州 > ロシア連邦

日露首脳会談（概要）

平成25年9月5日

9月5日（木曜日）午後1時40分頃から約45分間、G20サンクトペテルブルク・サミットに出席中の安倍晋三内閣総理大臣は、ウラジーミル・プーチン・ロシア連邦大統領との間で日露首脳会談を行ったところ、概要は以下のとおりです。

1 冒頭
プーチン大統領から、安倍総理の4月の訪露以来、両国関係は各分野で順調に発展している旨述べました。安倍総理から、サミットの成功に祝意を表するとともに、大統領の歓待に謝意を述べました。

2 平和条約締結問題
（1）安倍総理から、4月の共同声明に基づき、双方に受入れ可能な形で問題を最終的に解決するため、交渉を加速させたい旨述べました。
（2）これに対し、プーチン大統領から、この問題は専門家の手に委ね、静かな環境の中で議論を続けていくことが重要である旨の発言がありました。
（3）両首脳は、8月に開始された次官級協議を通じて、交渉を前進させていくことで一致しました。

3 経済分野
両首脳は、エネルギー、極東・東シベリア開発等の分野における協力を一層進めていくことで一致しました。安倍総理から、日本企業による対露投資を後押ししていきたい旨述べました。

4 安全保障・国際情勢
（1）両首脳は、11月に東京で初の日露外務・防衛閣僚協議（「2+2」）を開催することを確認しました。
（2）シリア情勢について、安倍総理から、化学兵器の使用はいかなる場合も許されず、国際社会が一致して対応すべきである旨述べました。

（了）

関連リンク
・日露首脳会談（平成25年4月29日）
・日露関係（ロシア連邦）

ページのトップへ戻る"""),

    ("https://english.kyodonews.jp/news/2013/09/245012.html", "en", "2013-09-05",
     "Abe, Putin agree to push treaty talks, confirm 2-plus-2 in November",
     """KYODO NEWS INTERNATIONAL

Abe, Putin agree to push treaty talks, confirm 2-plus-2 in November

ST. PETERSBURG, Russia, Sept. 5 Kyodo

Prime Minister Shinzo Abe and Russian President Vladimir Putin agreed Thursday to move forward with negotiations on a postwar peace treaty through the vice-ministerial consultations launched in August, Japanese officials said.

Abe told Putin during their 45-minute meeting on the fringes of the Group of 20 summit that he wanted to speed up the talks so that the two countries could reach a final solution acceptable to both sides, according to the Japanese Foreign Ministry.

Putin replied that the matter should be left in the hands of experts and discussed in a calm environment, the ministry said.

In his opening remarks in front of reporters, the Russian leader described the start of the deputy-level consultations on a treaty as "the right step" and said the work should be carried on "without long pauses."

The two leaders also confirmed that their foreign and defense ministers would hold the first "two-plus-two" security talks in Tokyo in November. Abe voiced deep concern over the reported use of chemical weapons in Syria.

A senior Japanese official who sat in on the talks said the atmosphere was businesslike and warm, and that Syria took up a large part of the time.

Japan and Russia have not signed a peace treaty because of a dispute over the islands off Hokkaido that the Soviet Union seized at the end of World War II. Japan calls them the Northern Territories and Russia the Southern Kurils.

==Kyodo

Related articles:
Japan, Russia hold first vice-ministerial talks on peace treaty
Abe to leave for Buenos Aires for IOC vote"""),
]

G20_SIDELINES_2013_STORY += [
    ("https://www3.nhk.or.jp/news/html/20130906/k10014312341000.html", "ja", "2013-09-06",
     "安倍首相 サミット閉幕で会見 北方領土交渉「粘り強く」",
     """NHKニュース

安倍首相 サミット閉幕で会見 北方領土交渉「粘り強く」

9月6日 20時55分

ロシアのサンクトペテルブルクで開かれていたG20サミットが閉幕し、安倍総理大臣は現地で記者会見を行いました。

この中で安倍総理大臣は、シリア情勢について、「化学兵器の使用は決して許されない。国際社会と緊密に連携しながら、事態の悪化を食い止めるために努力していく」と述べました。

また、安倍総理大臣は、5日に行ったプーチン大統領との首脳会談に触れ、「大統領とは、平和条約の問題も含めて率直に意見を交わした。北方領土問題を解決して平和条約を締結するため、一歩一歩、粘り強く交渉を進めていきたい」と述べました。

会見では、外国メディアの記者から北方領土交渉の見通しについて質問も出ました。

5日の首脳会談では、両首脳が、11月に東京で初めての外務・防衛閣僚協議、いわゆる「2プラス2」を開くことを確認しています。

安倍総理大臣は、2020年夏のオリンピック・パラリンピックの開催都市が決まるIOC総会に出席するため、このあとアルゼンチンのブエノスアイレスに向かいます。出発前、安倍総理大臣は「東京の魅力を最後までしっかりと訴えたい」と述べました。

関連ニュース
・日ロ首脳会談 平和条約交渉の前進で一致
・G20首脳宣言 成長と雇用を最優先

このニュースをシェアする"""),

    ("https://www.interfax.ru/politics/327451", "ru", "2013-09-06",
     "Песков рассказал, о чем говорили Путин и Абэ в Петербурге",
     """Интерфакс
Политика

Песков рассказал, о чем говорили Путин и Абэ в Петербурге

6 сентября 2013 года 12:15

Санкт-Петербург. 6 сентября. INTERFAX.RU - Встреча президента России Владимира Путина и премьер-министра Японии Синдзо Абэ на полях саммита G20 была в значительной мере посвящена ситуации в Сирии, сообщил журналистам пресс-секретарь президента Дмитрий Песков.

"Большая часть беседы касалась Сирии, и здесь позиции, скажем так, не полностью совпадают", - сказал Песков.

По его словам, стороны затронули и тему мирного договора. "Президент сказал японскому коллеге, что этот вопрос лучше оставить специалистам и обсуждать его в спокойной обстановке, без лишнего шума", - рассказал пресс-секретарь.

"Никто и не ставил задачу добиться какого-то прорыва по мирному договору на одной встрече на полях саммита. Это долгая, кропотливая работа, и она ведется", - добавил Песков.

Он также отметил, что обсуждались перспективы поставок российского сжиженного газа в Японию.

Консультации по мирному договору на уровне заместителей министров иностранных дел России и Японии начались в августе. В апреле лидеры двух стран договорились в Москве придать переговорам новый импульс.

Теги: Дмитрий Песков, Япония, Синдзо Абэ, G20"""),

    ("https://www.kantei.go.jp/jp/tyoukanpress/201309/6_a.html", "ja", "2013-09-06",
     "平成25年9月6日（金）午前 内閣官房長官記者会見",
     """首相官邸
ホーム > 官房長官記者会見

平成25年9月6日（金）午前 内閣官房長官記者会見

【冒頭発言】
特にございません。

【質疑応答】
記者：東京電力福島第一原発の汚染水問題について、政府の対策の進捗をお聞かせください。
官房長官：汚染水問題については、国が前面に立って、予備費も活用しながら抜本的な対策を講じてまいります。

記者：昨日の日露首脳会談について伺います。北方領土交渉の進展について、政府としてどのように評価していますか。
官房長官：昨日の会談では、総理から、4月の共同声明に基づき、双方が受け入れ可能な形での最終的な解決に向けて交渉を加速させたいと伝えております。政府としては、次官級協議も始まり、交渉は着実に前に進んでいると受け止めております。

記者：シリア情勢について、米国による軍事行動への日本の対応は。
官房長官：化学兵器の使用は断じて許されないものであり、米国をはじめ関係国と緊密に連携しながら対応してまいります。

記者：プーチン大統領の来日の時期について、会談で何か話はありましたか。
官房長官：具体的な時期については、何ら決まっておりません。

（以上）

ページの先頭へ戻る"""),

    ("https://www.japantimes.co.jp/news/2013/09/06/national/abe-vows-patience-on-isles-as-putin-urges-calm/", "en",
     "2013-09-06",
     "Abe vows patience on isles as Putin urges 'calm'",
     """The Japan Times

NATIONAL / POLITICS

Abe vows patience on isles as Putin urges 'calm'

by Haruto Kanemaki
Staff Writer

Sep 6, 2013

Prime Minister Shinzo Abe said Friday he would keep pressing Moscow "step by step, with patience" over the disputed islands off Hokkaido, a day after a brief meeting with Russian President Vladimir Putin on the sidelines of the Group of 20 summit in St. Petersburg.

"I had a frank exchange with the president, including on the peace treaty. To resolve the Northern Territories issue and conclude a peace treaty, I want to move the negotiations forward step by step, with patience," Abe told a news conference before flying to Buenos Aires.

According to the Foreign Ministry's summary of the closed-door talks, Putin told Abe the matter should be handed to experts and discussed in a calm setting.

In Tokyo, Chief Cabinet Secretary Yoshihide Suga said the government felt the negotiations were "steadily moving forward" now that the vice-ministerial consultations had begun.

Observers were less upbeat. "Calm and quiet, in Kremlin language, usually means slow," said Naoki Sekiguchi, a specialist in Russian politics at a private university in Tokyo. "Moscow wants the economic gains first."

The two leaders confirmed that the first "two-plus-two" meeting of foreign and defense ministers would take place in Tokyo in November.

The Soviet Union seized the four islands - Etorofu, Kunashiri, Shikotan and the Habomai islets - in the closing days of World War II.

RELATED
Japan, Russia start vice-ministerial talks on treaty
Putin, Abe agree to speed up territorial talks (April)

KEYWORDS
Shinzo Abe, Vladimir Putin, Russia, Northern Territories, G20

Share: Facebook  Twitter  Google+  Email"""),

    ("https://www.kommersant.ru/doc/2273361", "ru", "2013-09-07",
     "Мирный договор отдали специалистам",
     """Коммерсантъ
Газета «Коммерсантъ» №161 от 07.09.2013, стр. 6

Мирный договор отдали специалистам

Путин и Абэ сверили часы на полях G20

Встреча Владимира Путина с японским премьером Синдзо Абэ на полях петербургского саммита продолжалась меньше часа, и большая ее часть, по словам участников, ушла на Сирию. Но стороны успели обменяться сигналами и по мирному договору.

Открывая встречу, господин Путин отметил, что консультации заместителей министров иностранных дел по мирному договору — «верный шаг» и работу надо вести «без долгих пауз».

Японская сторона в своем изложении закрытой части беседы приводит и другую реплику российского президента: по данным МИД Японии, он предложил отдать этот вопрос в руки специалистов и обсуждать его в спокойной обстановке.

Пресс-секретарь президента Дмитрий Песков вчера дал понять, что на быстрые результаты в Кремле не рассчитывают: «Это долгая, кропотливая работа».

Господин Абэ, выступая на итоговой пресс-конференции, заявил, что намерен шаг за шагом, проявляя терпение, вести переговоры, чтобы решить территориальную проблему и заключить мирный договор.

Источник “Ъ” в российской делегации уверяет, что «уступать по островам никто не собирается, а вот экономике японцы могут дать зеленый свет уже сейчас».

«Формула "тишины и специалистов" — это способ выиграть время, пока идет торг вокруг газа и инвестиций»,— считает востоковед Андрей Кузьминов.

Константин Ремезов

Читайте также
Япония и Россия проведут первую встречу «2+2»

Комментарии (12)"""),
]

# ===========================================================================================================
# Story 2 - ABE_MOSCOW_2019_STORY (22-23 January 2019). Abe in Moscow, three hours of talks with Putin, then short
# press statements without questions. MOFA summarises the closed talks; Peskov and Suga brief the next day.
#  1 kremlin.ru (ru), press statements P1 NEW (Putin: long painstaking work, a solution the peoples accept),
#                                      A1 NEW (Abe: we reaffirmed the resolve to end the 70-year-old issue and sign
#                                      a treaty); trade, LNG, the Osaka G20 (non-treaty); the February round (event)
#  2 mofa.go.jp (ja), summary          A2 NEW (Abe in the talks: solve it "by the president's hands and mine");
#                                      "discussed at length", agreements, joint activities (events); 8-point plan
#  3 TASS (ru)                         P1, A1 repeat; trade; Moscow's position (background)
#  4 NHK (ja)                          A1 (Japanese original), P1 repeat; headline framing; anonymous official
#  5 Reuters (en)                      P1, A1 repeat; protesters; expert; background
#  6 RIA Novosti (ru), 23 Jan          PE1 NEW (Peskov: no quick results, nobody set deadlines), P1 recalled; G20
#  7 jiji.com (ja), 23 Jan             S1 NEW (Suga: sharing the resolve is significant), A2 retold; visa-free visits
#  8 The Japan Times (en), 23 Jan      A1, P1, S1, PE1 repeat; anonymous official; expert
#  9 Kommersant (ru), 23 Jan           A2 repeat, L1 NEW (Lavrov's 14 January words recalled), PE1 repeat; a source
# ===========================================================================================================

ABE_MOSCOW_2019_STORY = [
    ("http://kremlin.ru/events/president/news/59714", "ru", "2019-01-22",
     "Заявления для прессы по итогам российско-японских переговоров",
     """Президент России
Новости   Стенограммы   Поездки   Мероприятия   Документы

Заявления для прессы по итогам российско-японских переговоров

22 января 2019 года, 18:30
Москва, Кремль

По завершении российско-японских переговоров Владимир Путин и Премьер-министр Японии Синдзо Абэ сделали заявления для прессы. Стороны условились провести очередной раунд переговоров министров иностранных дел в феврале.

В.Путин: Уважаемый господин Премьер-министр! Дамы и господа!

Переговоры с господином Абэ прошли, как всегда, в деловой и конструктивной атмосфере. Это уже двадцать пятая наша встреча.

По итогам прошлого года товарооборот вырос почти на 17 процентов и превысил 20 миллиардов долларов. Мы обсудили участие японских компаний в новых проектах по производству сжиженного газа в Арктике.

Разумеется, мы подробно говорили и о мирном договоре. Хочу подчеркнуть: впереди длительная и кропотливая работа. Решение, которое будет найдено, должно быть приемлемым для народов России и Японии и ими поддержано.

Благодарю за внимание.

С.Абэ (как переведено): Господин Президент, благодарю Вас за гостеприимство.

Сегодня мы с Президентом вновь подтвердили твёрдую решимость своими руками положить конец проблеме, которая остаётся нерешённой более семидесяти лет после войны, и заключить мирный договор.

План экономического сотрудничества из восьми пунктов уже дал более двухсот совместных проектов, и мы намерены продолжать эту работу.

В июне буду рад приветствовать господина Президента в Осаке на саммите «Группы двадцати».

Спасибо.

Теги: Международные отношения, Япония
Персоны: Абэ Синдзо
Опубликовано в разделах: Новости, Стенограммы

Прямая ссылка на материал: kremlin.ru/d/59714"""),

    ("https://www.mofa.go.jp/mofaj/erp/rss/hoppo/page4_004651.html", "ja", "2019-01-22",
     "日露首脳会談",
     """外務省
ホーム > 外交政策 > 国・地域 > 欧州 > ロシア連邦

日露首脳会談

平成31年1月22日

1月22日午後3時10分（現地時間）から約3時間、ロシアを訪問中の安倍晋三内閣総理大臣は、ウラジーミル・プーチン・ロシア連邦大統領との間で日露首脳会談を行ったところ、概要は以下のとおりです。うち約50分間は通訳のみを交えた少人数会合が、その後ワーキング・ディナーが行われました。

1 平和条約締結問題
（1）両首脳は、昨年11月のシンガポールでの合意に基づき、平和条約締結問題について、じっくりと時間をかけて議論しました。
（2）安倍総理から、戦後70年以上残されてきたこの問題を、大統領と自分の手で必ず解決するとの決意を改めて伝え、両国民が受け入れられる解決策を見出すため、率直な議論を重ねていきたい旨述べました。
（3）両首脳は、2月中に河野外務大臣とラヴロフ外相による次回の交渉を行うことで一致しました。

2 北方四島における共同経済活動
両首脳は、観光ツアーのパイロット事業を今年夏までに実施すべく作業を加速することで一致しました。

3 経済関係
安倍総理から、8項目の協力プランの具体化を更に加速させたい旨述べました。

4 国際情勢
安倍総理から、拉致問題を含む北朝鮮への対応について、引き続き協力を求めました。

ページのトップへ戻る

関連リンク
・日露首脳会談（平成30年11月14日）
・北方領土問題の経緯"""),

    ("https://tass.ru/politika/6028391", "ru", "2019-01-22",
     "Путин: впереди длительная работа по созданию условий для мирного договора с Японией",
     """ТАСС
Политика

Путин: впереди длительная работа по созданию условий для мирного договора с Японией

22 января 2019, 18:55

МОСКВА, 22 января. /ТАСС/. Президент РФ Владимир Путин по итогам переговоров с премьер-министром Японии Синдзо Абэ заявил, что до заключения мирного договора двум странам предстоит длительная и кропотливая работа.

"Решение, которое будет найдено, должно быть приемлемым для народов России и Японии и ими поддержано", - подчеркнул Путин в заявлении для прессы.

Абэ, в свою очередь, сообщил, что он и Путин вновь подтвердили решимость своими руками положить конец проблеме, остающейся нерешенной более 70 лет, и заключить мирный договор.

По словам Путина, товарооборот двух стран в прошлом году вырос почти на 17% и превысил $20 млрд.

Переговоры в Кремле продолжались около трех часов, включая беседу один на один.

В ноябре 2018 года в Сингапуре лидеры договорились ускорить переговорный процесс на основе Советско-японской декларации 1956 года. Москва неоднократно заявляла, что суверенитет России над южными Курилами сомнению не подлежит.

Подписывайтесь на ТАСС в Яндекс.Дзене"""),

    ("https://www3.nhk.or.jp/news/html/20190122/k10011787341000.html", "ja", "2019-01-22",
     "日ロ首脳会談 平和条約交渉 具体的な進展示されず",
     """NHKニュース

日ロ首脳会談 平和条約交渉 具体的な進展示されず

2019年1月22日 23時48分

ロシアを訪れている安倍総理大臣は、モスクワでプーチン大統領と首脳会談を行いました。会談のあとの共同記者発表では、平和条約交渉の具体的な進展は示されませんでした。

安倍総理大臣は共同記者発表で、「戦後70年以上残されてきた課題を解決して平和条約を締結する。その強い決意を、プーチン大統領と改めて共有しました」と述べました。

これに対しプーチン大統領は、「解決に至るまでには、長く骨の折れる作業が待っている。見いだされる解決策は、両国の国民に受け入れられ、支持されるものでなければならない」と述べました。

両首脳は、来月、河野外務大臣とラブロフ外相による交渉を行うことで一致しました。共同記者発表では記者からの質問は受け付けられませんでした。

日本政府関係者は「領土をめぐる双方の主張の隔たりは依然として大きい」と話しています。

関連ニュース
・日ロ外相会談 領土めぐる溝埋まらず
・首相 元島民と面会「必ず前進させる」

このニュースをシェアする"""),

    ("https://www.reuters.com/article/us-russia-japan-idUSKCN1PG0XA", "en", "2019-01-22",
     "Putin sees 'painstaking' work ahead on Japan treaty; no island breakthrough",
     """Reuters

World News | January 22, 2019 / 4:41 PM

Putin sees 'painstaking' work ahead on Japan treaty; no island breakthrough

MOSCOW (Reuters) - Russian President Vladimir Putin said on Tuesday that long and painstaking work lay ahead before Moscow and Tokyo could sign a peace treaty, after talks with Japanese Prime Minister Shinzo Abe produced no visible progress on a row over islands.

"The solution that is found must be acceptable to the peoples of Russia and Japan and supported by them," Putin said in a statement to the media after the talks, which lasted about three hours.

Abe said he and Putin had reaffirmed their determination to settle a problem left unresolved for more than 70 years since the war, and to sign a peace treaty.

Putin also said trade between the two countries rose by almost 17 percent last year.

On Monday, a few dozen protesters gathered near the Japanese embassy in Moscow holding banners that read "The Kurils are our land."

"Neither leader can afford to look at home as if he is giving something away," said Martin Ellery, a Tokyo-based analyst of Russian affairs.

The dispute over the islands, known in Russia as the Southern Kurils and in Japan as the Northern Territories, has prevented the two countries from formally ending World War Two hostilities.

Reporting by Pavel Sorokin; Additional reporting by Ken Ishimura in Tokyo; Editing by Mark Holloway

Our Standards: The Thomson Reuters Trust Principles."""),
]

ABE_MOSCOW_2019_STORY += [
    ("https://ria.ru/20190123/1549902117.html", "ru", "2019-01-23",
     "Песков: сроков по мирному договору с Японией никто не устанавливал",
     """Песков: сроков по мирному договору с Японией никто не устанавливал

13:12 23.01.2019

МОСКВА, 23 янв — РИА Новости. В Кремле не рассчитывали на быстрые договоренности с Токио по мирному договору, заявил журналистам пресс-секретарь президента Дмитрий Песков.

"Здесь не бывает быстрых результатов. Важно, что обе стороны настроены продолжать работу, а какие-то сроки никто не устанавливал", — сказал Песков.

Он напомнил, что президент накануне прямо сказал о предстоящей длительной и кропотливой работе.

На вопрос, приедет ли Путин в Японию летом, Песков ответил, что президент планирует участвовать в саммите "Группы двадцати" в Осаке в конце июня, а формат двусторонних контактов там будет определен позднее.

Переговоры Путина и Абэ в Кремле 22 января продолжались около трех часов. Стороны договорились, что министры иностранных дел двух стран проведут очередной раунд переговоров в феврале.

Япония претендует на острова Итуруп, Кунашир, Шикотан и Хабомаи, ссылаясь на двусторонний трактат о торговле и границах 1855 года.

Читайте также:
• Лавров: Япония должна признать итоги Второй мировой войны
• В Москве прошел пикет против передачи Курил

Теги: Дмитрий Песков, Япония, Синдзо Абэ, Курильские острова"""),

    ("https://www.jiji.com/jc/article?k=2019012300512&g=pol", "ja", "2019-01-23",
     "決意共有に「大きな意義」＝日ロ首脳会談で菅官房長官",
     """時事ドットコムニュース > 政治

決意共有に「大きな意義」＝日ロ首脳会談で菅官房長官

2019年01月23日12時08分

菅義偉官房長官は23日午前の記者会見で、安倍晋三首相とプーチン・ロシア大統領の会談について、「首脳間で平和条約締結への強い決意を共有できたことには大きな意義がある」と述べた。

菅氏は、首相が会談で、戦後70年以上残された問題を「大統領と自分の手で必ず解決する」との決意を伝えたと説明した。

菅氏はまた、今年の北方四島とのビザなし交流について「例年通り実施できるよう、ロシア側と調整していく」と述べた。

会談では、河野太郎外相とラブロフ外相による次回交渉を2月中に行うことで一致した。ただ、政府内には「領土で譲歩したと受け取られかねない発信は避けるべきだ」と慎重な声もある。

【時事通信社】

関連記事
・首相「強い決意共有」＝平和条約交渉でプーチン氏と
・北方領土、共同経済活動で観光ツアー"""),

    ("https://www.japantimes.co.jp/news/2019/01/23/national/politics-diplomacy/abe-putin-door-open-islands/", "en",
     "2019-01-23",
     "Abe and Putin keep the door open, but the islands stay where they are",
     """The Japan Times

NATIONAL / POLITICS & DIPLOMACY

Abe and Putin keep the door open, but the islands stay where they are

by Kenta Morimoto
Staff Writer

Jan 23, 2019

After three hours of talks in the Kremlin on Tuesday, Prime Minister Shinzo Abe and Russian President Vladimir Putin left reporters with a pledge of resolve and a warning about time, but nothing that moved the decades-old dispute over four islands off Hokkaido.

Abe said he and Putin had once again shared "a strong determination" to resolve the issue that has remained for more than 70 years after the war and to conclude a peace treaty. Putin, for his part, said "painstaking work" lay ahead and that any solution must be acceptable to the peoples of both countries.

Chief Cabinet Secretary Yoshihide Suga said Wednesday it was "highly significant" that the two leaders shared a strong resolve to conclude a treaty. In Moscow, Kremlin spokesman Dmitry Peskov said nobody had set any deadlines and that there could be no quick results.

A senior Foreign Ministry official, speaking on condition of anonymity, said the leaders had "gone through the substance" in the one-on-one session but declined to elaborate.

"What we saw was the limit of what either government can say in public right now," said Yumiko Harada, who teaches Russian politics at a university in Tokyo.

Foreign Minister Taro Kono and his Russian counterpart Sergei Lavrov are set to meet again in February.

RELATED
Lavrov tells Tokyo to accept WWII outcome
Former islanders split over two-island talk

KEYWORDS
Shinzo Abe, Vladimir Putin, Russia, Northern Territories, peace treaty

Share: Facebook  Twitter  Email"""),

    ("https://www.kommersant.ru/doc/3861203", "ru", "2019-01-23",
     "Острова остались за скобками",
     """Коммерсантъ
Газета «Коммерсантъ» №10 от 23.01.2019, стр. 1

Острова остались за скобками

Переговоры Путина и Абэ обошлись без прорыва

Заявления для прессы, сделанные Владимиром Путиным и Синдзо Абэ после трехчасовых переговоров в Кремле, были лаконичными, а вопросы журналистов не предусматривались.

Больше подробностей раскрыл МИД Японии. В его изложении, премьер на переговорах пообещал непременно решить проблему, остающуюся неурегулированной более 70 лет, «руками президента и своими», и призвал к откровенному обсуждению решения, приемлемого для обоих народов.

Российская позиция при этом вряд ли изменилась. Неделей раньше глава МИД РФ Сергей Лавров заявил, что Токио должен признать итоги Второй мировой войны, включая суверенитет России над всеми Курильскими островами, иначе продвижения не будет.

Пресс-секретарь президента Дмитрий Песков вчера подчеркнул, что никаких сроков по мирному договору никто не устанавливал.

Источник “Ъ” в российской делегации сказал, что разговор один на один «был долгим и непростым», но предметных договоренностей по территориальному вопросу нет.

«Обе стороны зафиксировали, что разговор продолжается, и это максимум, что возможно в нынешней ситуации»,— полагает японист Олег Карамышев.

Марина Ветлугина

Читайте также
Лавров и Коно провели трудные переговоры в Москве

Комментарии (31)"""),
]

# ===========================================================================================================
# Story 3 - SUGA_PUTIN_CALL_2020_STORY (29-30 September 2020). Two weeks after taking office, Yoshihide Suga has his
# first phone call with Putin (about 20 minutes). The Kremlin's short summary and MOFA's summary tell the same
# treaty line of Suga's in their own words; MOFA also gives a second point ("not to the next generation") that the
# Kremlin leaves out. Suga talks to reporters after the call; Kato and Peskov brief on 30 September.
#  1 kremlin.ru (ru), call summary     SU2 NEW (Suga: develop all ties incl. the treaty on past agreements),
#                                      PU1 NEW (Putin: ready to continue dialogue on all issues incl. the treaty);
#                                      Putin on Abe, the coronavirus (non-treaty / event); contacts (event)
#  2 mofa.go.jp (ja), call summary     SU1 NEW (Suga: end the issue, not leave it to the next generation), SU2, PU1
#                                      repeat; agreements (events)
#  3 NHK (ja)                          SU3 NEW (Suga to reporters after the call); coronavirus line; background
#  4 TASS (ru)                         SU2, PU1, SU1 repeat; background
#  5 Kyodo (en)                        SU1, SU3, SU2, PU1 repeat; a government source; agreements; background
#  6 kantei.go.jp (ja), 30 Sep         SU1 retold by Kato, KA1 NEW (Kato: the basic policy, patient talks);
#                                      exchanges (non-treaty); questions
#  7 RIA Novosti (ru), 30 Sep          PU1 retold by Peskov, PE1 NEW (Peskov: no point talking about deadlines),
#                                      SU1 repeat; visits (non-treaty)
#  8 The Moscow Times (en), 30 Sep     PE1, SU3, PU1 repeat; the writer's analysis; expert
#  9 Hokkaido Shimbun (ja), 30 Sep     SU3, KA1 repeat; former islander; expert
# ===========================================================================================================

SUGA_PUTIN_CALL_2020_STORY = [
    ("http://kremlin.ru/events/president/news/64112", "ru", "2020-09-29",
     "Телефонный разговор с Премьер-министром Японии Ёсихидэ Сугой",
     """Президент России
Новости   Стенограммы   Поездки   Мероприятия   Документы

Телефонный разговор с Премьер-министром Японии Ёсихидэ Сугой

29 сентября 2020 года, 12:25

Состоялся телефонный разговор Владимира Путина с Премьер-министром Японии Ёсихидэ Сугой.

Президент России поздравил Ё.Сугу с избранием на пост главы правительства Японии и пожелал ему успехов. Владимир Путин высоко оценил вклад Синдзо Абэ в развитие двусторонних связей.

Ё.Суга высказался за поступательное развитие всего комплекса российско-японских отношений, включая решение вопроса о мирном договоре, на основе ранее достигнутых договорённостей.

Владимир Путин подтвердил готовность к продолжению диалога по всем вопросам двусторонней повестки, в том числе по мирному договору.

Обсуждались также вопросы взаимодействия в борьбе с распространением коронавирусной инфекции.

Условлено продолжить контакты на различных уровнях.

Теги: Международные отношения, Япония
Персоны: Суга Ёсихидэ
Опубликовано в разделах: Новости

Прямая ссылка на материал: kremlin.ru/d/64112

Версия для печати   Поделиться"""),

    ("https://www.mofa.go.jp/mofaj/erp/rss/hoppo/page1_000885.html", "ja", "2020-09-29",
     "日露首脳電話会談",
     """外務省
ホーム > 会談・訪問 > 欧州 > ロシア連邦

日露首脳電話会談

令和2年9月29日

本29日、午後6時から約20分間、菅義偉内閣総理大臣は、ウラジーミル・プーチン・ロシア連邦大統領（H.E. Mr. Vladimir Putin, President of the Russian Federation）と電話会談を行ったところ、概要は以下のとおりです。

1 冒頭、プーチン大統領から菅総理の就任に対する祝意が表されたのに対し、菅総理から謝意を表明しました。

2 菅総理から、北方領土問題を次の世代に先送りすることなく、終止符を打たなければならない旨述べました。

3 また、菅総理から、2018年のシンガポールでの首脳間のやり取りを含め、これまでの両国間の諸合意を踏まえ、平和条約締結問題を含む日露関係全体を発展させていきたい旨述べました。これに対し、プーチン大統領から、全ての問題について対話を継続していきたい旨の発言がありました。

4 両首脳は、新型コロナウイルス感染症への対応を含め、幅広い分野で協力を進めていくことで一致しました。

5 両首脳は、今後、首脳間で緊密に意思疎通していくことで一致しました。

関連リンク
・ロシア連邦
・北方領土

ページのトップへ戻る"""),

    ("https://www3.nhk.or.jp/news/html/20200929/k10012640291000.html", "ja", "2020-09-29",
     "菅首相 プーチン大統領と初の電話会談",
     """NHKニュース

菅首相 プーチン大統領と初の電話会談

2020年9月29日 19時02分

菅総理大臣は、就任後初めてロシアのプーチン大統領と電話で会談しました。電話会談はおよそ20分間行われ、プーチン大統領からは総理大臣就任への祝意が伝えられたということです。

会談のあと、菅総理大臣は総理大臣官邸で記者団に対し、「北方領土問題を含む平和条約締結問題について、次の世代に先送りさせることなく、終止符を打たなければならない。その思いを大統領に伝えた。首脳間の信頼関係を築きながら、しっかり取り組んでいきたい」と述べました。

また、菅総理大臣は「新型コロナウイルス対策を含め、幅広い分野で協力していくことを確認した」と述べました。

ロシアとの平和条約交渉をめぐっては、安倍前総理大臣が2018年11月、1956年の日ソ共同宣言を基礎に交渉を加速させることでプーチン大統領と合意しています。

関連ニュース
・菅首相 トランプ大統領と初の電話会談
・北方四島交流事業 今年度は中止に

このニュースをシェアする"""),

    ("https://tass.ru/politika/9578813", "ru", "2020-09-29",
     "Путин провел первый телефонный разговор с новым премьером Японии",
     """ТАСС
Политика

Путин провел первый телефонный разговор с новым премьером Японии

29 сентября 2020, 12:41

МОСКВА, 29 сентября. /ТАСС/. Президент РФ Владимир Путин провел первый телефонный разговор с новым премьер-министром Японии Ёсихидэ Сугой, сообщила пресс-служба Кремля.

"Ё.Суга высказался за поступательное развитие всего комплекса российско-японских отношений, включая решение вопроса о мирном договоре, на основе ранее достигнутых договоренностей", - говорится в сообщении.

Путин, в свою очередь, подтвердил готовность продолжать диалог по всем вопросам двусторонней повестки, включая мирный договор.

Как сообщил МИД Японии, японский премьер также заявил, что проблему "северных территорий" нельзя оставлять следующему поколению и ей необходимо положить конец.

Суга занял пост премьер-министра 16 сентября, сменив на нем Синдзо Абэ, который ушел в отставку по состоянию здоровья.

В 1956 году СССР и Япония подписали декларацию, в которой Москва выразила готовность передать Японии Шикотан и Хабомаи после заключения мирного договора. Россия неоднократно заявляла, что суверенитет над островами закреплен итогами Второй мировой войны.

Подписывайтесь на ТАСС в Яндекс.Дзене"""),

    ("https://english.kyodonews.net/news/2020/09/6a9f1c0d7e12-suga-putin-hold-1st-phone-talks.html", "en",
     "2020-09-29",
     "Suga tells Putin island row must not be left to next generation",
     """KYODO NEWS

Suga tells Putin island row must not be left to next generation

KYODO NEWS - Sep 29, 2020 - 20:11 | World, All

Prime Minister Yoshihide Suga told Russian President Vladimir Putin in their first phone talks Tuesday that the decades-old territorial dispute must be settled rather than passed on to the next generation, the Japanese government said.

"I told him that we must put an end to the issue without leaving it to the next generation. I want to tackle it firmly while building trust between the leaders," Suga told reporters after the roughly 20-minute call.

Suga also said he wished to develop overall bilateral ties, including the peace treaty issue, based on past agreements such as the 2018 exchange in Singapore, according to the Foreign Ministry.

The Kremlin said Putin confirmed his readiness to continue dialogue on all issues on the bilateral agenda, including a peace treaty.

The two leaders agreed to cooperate in the fight against the novel coronavirus and to keep in close contact.

A government source said Suga had been keen to show he would keep the personal channel that his predecessor Shinzo Abe built with Putin over 27 meetings.

The islands, called the Northern Territories in Japan and the Southern Kurils in Russia, were seized by the Soviet Union after Japan's surrender in 1945. The row has kept the two countries from signing a postwar peace treaty.

[Related coverage]
Suga, Trump agree to boost alliance in 1st phone talks
Visa-free visits to Russian-held isles canceled this year

==Kyodo"""),
]

SUGA_PUTIN_CALL_2020_STORY += [
    ("https://www.kantei.go.jp/jp/tyoukanpress/202009/30_a.html", "ja", "2020-09-30",
     "令和2年9月30日（水）午前 内閣官房長官記者会見",
     """首相官邸
ホーム > 官房長官記者会見

令和2年9月30日（水）午前 内閣官房長官記者会見

【冒頭発言】
特にございません。

【質疑応答】
記者：昨日の日露首脳電話会談について伺います。北方領土問題の解決に向けた政府の方針をお聞かせください。
官房長官：昨日の電話会談では、総理から、北方領土問題を次の世代に先送りすることなく、終止符を打たなければならないと伝えたところであります。政府としては、領土問題を解決して平和条約を締結するという基本方針の下、引き続き粘り強く交渉に取り組んでまいります。

記者：新型コロナの影響で、今年度の北方四島交流事業は実施されていません。来年度の見通しは。
官房長官：四島交流等事業については、感染状況を見極めつつ、再開に向けてロシア側と調整してまいります。

記者：携帯電話料金の引き下げについて、総務大臣との協議の状況は。
官房長官：国民の皆様が納得できる料金体系となるよう、関係大臣と連携して取り組んでまいります。

（以上）

ページの先頭へ戻る"""),

    ("https://ria.ru/20200930/peskov-1578019321.html", "ru", "2020-09-30",
     "Песков: говорить о сроках по мирному договору с Японией не приходится",
     """Песков: говорить о сроках по мирному договору с Японией не приходится

12:47 30.09.2020

МОСКВА, 30 сен — РИА Новости. Президент России Владимир Путин в разговоре с новым японским премьером Ёсихидэ Сугой подтвердил готовность продолжать диалог по всем вопросам, включая мирный договор, напомнил журналистам пресс-секретарь Кремля Дмитрий Песков.

"Разговор был хорошим, конструктивным, это было первое знакомство", — сказал Песков.

"Что касается мирного договора, то, разумеется, о каких-то конкретных сроках говорить не приходится. Это тема, которая требует большой работы экспертов", — добавил он.

На вопрос о возможной встрече лидеров Песков ответил, что в условиях пандемии говорить о визитах пока рано.

По данным японского МИД, Суга в ходе разговора заявил, что проблему островов нельзя оставлять будущим поколениям.

Отношения России и Японии на протяжении десятилетий омрачены отсутствием мирного договора. Токио претендует на южные Курилы, называя их "северными территориями".

Читайте также:
• Путин поздравил Сугу с избранием на пост премьера Японии
• Захарова оценила первые шаги нового правительства Японии

Теги: Дмитрий Песков, Япония, Ёсихидэ Суга, Курильские острова"""),

    ("https://www.themoscowtimes.com/2020/09/30/kremlin-cools-expectations-after-putins-first-call-with-japans-suga-a71601",
     "en", "2020-09-30",
     "Kremlin Cools Expectations After Putin's First Call With Japan's Suga",
     """The Moscow Times
News

Kremlin Cools Expectations After Putin's First Call With Japan's Suga

Sept. 30, 2020

The Kremlin said Wednesday there was no point talking about any timeframe for a peace treaty with Japan, a day after President Vladimir Putin spoke by phone for the first time with Japan's new Prime Minister Yoshihide Suga.

"As for the peace treaty, there is of course no point in talking about any specific deadlines," Kremlin spokesman Dmitry Peskov told reporters. "It is a subject that requires a lot of expert work."

Suga told reporters after Tuesday's call that the dispute over four Kuril islands had to be ended without being left to the next generation, and that he wanted to tackle it while building trust with Putin.

According to the Kremlin's readout, Putin said he was ready to continue dialogue on all issues, including a peace treaty.

The Kremlin's version did not mention the islands at all, while the Japanese Foreign Ministry's account put them at the top.

"Putin is testing whether Suga is a caretaker or a partner for years," said Pyotr Malinin, an Asia analyst at a Moscow think tank. "Until he knows, nothing will move."

The Soviet Union took the four islands in the final days of World War II. Russia and Japan never signed a peace treaty.

Read more:
Putin Congratulates Suga, Praises Abe's Role
Russia Reopens Kuril Islands to Foreign Investors

Share  Tweet"""),

    ("https://www.hokkaido-np.co.jp/article/465321", "ja", "2020-09-30",
     "元島民「言葉だけで終わらせないで」　首相の「終止符」発言",
     """北海道新聞 どうしん電子版
政治

元島民「言葉だけで終わらせないで」　首相の「終止符」発言

09/30 16:40

菅義偉首相がプーチン大統領との電話会談の後、記者団に北方領土問題について「終止符を打たなければならない」と述べたことに対し、根室管内の元島民からは期待と冷ややかな声が交錯した。

色丹島出身の男性（86）は「安倍さんの時も期待したが、結局何も動かなかった。言葉だけで終わらせないでほしい」と話した。

加藤勝信官房長官は30日の記者会見で、「領土問題を解決して平和条約を締結するという基本方針の下、粘り強く交渉に取り組む」と述べた。

今年度の四島交流事業は新型コロナウイルスの影響で全て中止となり、元島民の墓参も実現していない。

ロシア政治に詳しい岩城直人・北海学園大教授は「首相は前政権の路線を引き継ぐ意思を示しただけで、交渉の中身が動く兆しはない」とみる。

【関連記事】
・菅首相、プーチン氏と初の電話会談
・墓参中止　元島民ら落胆

有料会員限定の記事です"""),
]

# ===========================================================================================================
# Story 4 - KISHIDA_PUTIN_CALL_2021_STORY (7-9 October 2021). Fumio Kishida's first call with Putin, three days after
# taking office. MOFA says the leaders exchanged views on the treaty issue "including the Northern Territories" and
# that Kishida raised it; the Kremlin's summary tells the same line of Kishida's without the territory. Next day Peskov
# denies that the territorial question was discussed (his denial is his remark) and adds a sovereignty line (a second
# point); Chief Cabinet Secretary Matsuno answers that it was, "as Japan announced" (his remark).
#  1 mofa.go.jp (ja), call summary     KI1 NEW (Kishida: tackle the treaty issue incl. the Northern Territories on
#                                      past agreements incl. Singapore); exchange of views, contacts (events);
#                                      economy, abductions (non-treaty)
#  2 kremlin.ru (ru), call summary     KI1 repeat (Kremlin wording, no territory), PU1 NEW (Putin: progress only in
#                                      an atmosphere of trust and practical cooperation); Korea (event)
#  3 NHK (ja)                          KI2 NEW (Kishida to reporters: not to the next generation, patiently);
#                                      abductions; events
#  4 Kyodo (en)                        KI1, KI2, PU1 repeat; an anonymous official; abductions; background
#  5 Interfax (ru), 8 Oct              PE1 NEW (Peskov: the territorial question was not discussed), PE2 NEW
#                                      (Peskov: the islands are Russia's after WWII, nothing to discuss), KI1 repeat;
#                                      the journalist's question; gas (non-treaty)
#  6 jiji.com (ja), 8 Oct              PE1, KI1 (retold by Matsuno) repeat, MA1 NEW (Matsuno: as Japan announced);
#                                      border measures (non-treaty); the writer's comparison
#  7 Reuters (en), 8 Oct               PE1, PE2, MA1, KI1 repeat; expert; background
#  8 Kommersant (ru), 9 Oct            KI1, PE1, MA1 repeat; a source in the MFA; expert
#  9 Asahi (ja), 9 Oct                 KI2, PE1, MA1 repeat; a senior MOFA official (anonymous); expert; background
# ===========================================================================================================

KISHIDA_PUTIN_CALL_2021_STORY = [
    ("https://www.mofa.go.jp/mofaj/erp/rss/hoppo/page1_001052.html", "ja", "2021-10-07",
     "日露首脳電話会談",
     """外務省
ホーム > 会談・訪問 > 欧州 > ロシア連邦

日露首脳電話会談

令和3年10月7日

本7日、午後6時35分から約25分間、岸田文雄内閣総理大臣は、ウラジーミル・プーチン・ロシア連邦大統領（H.E. Mr. Vladimir Putin, President of the Russian Federation）と電話会談を行ったところ、概要は以下のとおりです。

1 冒頭、プーチン大統領から岸田総理の就任に対する祝意が表され、岸田総理から謝意を表明しました。

2 両首脳は、北方領土問題を含む平和条約締結問題について意見交換を行いました。岸田総理からは、2018年のシンガポールでの首脳間のやり取りを含むこれまでの両国間の諸合意を踏まえ、北方領土問題を含む平和条約締結問題にしっかりと取り組んでいきたい旨述べました。

3 また、岸田総理から、経済、人的交流を含む幅広い分野で日露関係を発展させていきたい旨述べました。

4 岸田総理から、北朝鮮への対応について、拉致問題の早期解決に向けた理解と協力を求めました。

5 両首脳は、今後とも首脳間で緊密に意思疎通していくことで一致しました。

関連リンク
・ロシア連邦
・北方領土

ページのトップへ戻る"""),

    ("http://kremlin.ru/events/president/news/66870", "ru", "2021-10-07",
     "Телефонный разговор с Премьер-министром Японии Фумио Кисидой",
     """Президент России
Новости   Стенограммы   Поездки   Мероприятия   Документы

Телефонный разговор с Премьер-министром Японии Фумио Кисидой

7 октября 2021 года, 12:55

Состоялся телефонный разговор Владимира Путина с Премьер-министром Японии Фумио Кисидой.

Президент России поздравил Ф.Кисиду со вступлением в должность главы японского правительства.

Японский премьер высказался за продолжение переговоров о мирном договоре на основе ранее достигнутых договорённостей, в том числе в Сингапуре в 2018 году.

Владимир Путин подчеркнул, что продвижение к мирному договору возможно лишь в атмосфере доверия и при наращивании практического взаимодействия, прежде всего в торгово-экономической сфере.

Состоялся обмен мнениями по ряду актуальных международных вопросов, включая ситуацию на Корейском полуострове.

Условились продолжить контакты.

Теги: Международные отношения, Япония
Персоны: Кисида Фумио
Опубликовано в разделах: Новости

Прямая ссылка на материал: kremlin.ru/d/66870"""),

    ("https://www3.nhk.or.jp/news/html/20211007/k10013297031000.html", "ja", "2021-10-07",
     "岸田首相 プーチン大統領と初の電話会談",
     """NHKニュース

岸田首相 プーチン大統領と初の電話会談

2021年10月7日 19時41分

岸田総理大臣は、就任後初めてロシアのプーチン大統領と電話で会談しました。

会談のあと、岸田総理大臣は総理大臣官邸で記者団に対し、「北方領土問題を含む平和条約締結問題を次の世代に先送りすることなく、解決に向けて粘り強く取り組んでいきたい」と述べました。

また、岸田総理大臣は、北朝鮮による拉致問題の解決に向けて、ロシア側に理解と協力を求めたことを明らかにしました。

外務省によりますと、両首脳は北方領土問題を含む平和条約締結問題について意見交換し、今後も緊密に意思疎通を図っていくことで一致したということです。

岸田総理大臣は、4日の就任以降、アメリカ、オーストラリア、インドなどの首脳と相次いで電話会談を行っていて、8日には中国の習近平国家主席との会談も調整しています。

関連ニュース
・岸田首相 バイデン大統領と初の電話会談
・松野官房長官が就任会見

このニュースをシェアする"""),

    ("https://english.kyodonews.net/news/2021/10/3d5b2f7a9c40-kishida-putin-discuss-island-row-in-1st-phone-talks.html",
     "en", "2021-10-07",
     "Kishida, Putin discuss island row in 1st phone talks: Tokyo",
     """KYODO NEWS

Kishida, Putin discuss island row in 1st phone talks: Tokyo

KYODO NEWS - Oct 7, 2021 - 21:03 | World, All

Prime Minister Fumio Kishida and Russian President Vladimir Putin exchanged views on the decades-old territorial dispute in their first phone talks Thursday, the Japanese government said.

Kishida told Putin he would tackle the peace treaty issue, including the Northern Territories, on the basis of past agreements including the 2018 exchange in Singapore, the Foreign Ministry said.

"I want to work persistently on the peace treaty issue, including the Northern Territories, so that it is not left to the next generation," Kishida told reporters after the 25-minute call.

The Kremlin's readout said Kishida spoke in favor of continuing peace treaty negotiations based on earlier agreements, but it made no reference to the territorial row. According to the Kremlin, Putin stressed that progress toward a treaty was possible only in an atmosphere of trust and with growing practical cooperation.

A Japanese government official said the gap between the two accounts reflected "the usual difference in emphasis."

Kishida also asked for Russia's cooperation in resolving the issue of Japanese nationals abducted by North Korea decades ago.

The Soviet Union seized the islands off Hokkaido after Japan's surrender in World War II, and the dispute has kept the two countries from signing a postwar peace treaty.

[Related coverage]
Kishida, Biden affirm alliance in 1st phone talks
Kishida sworn in as Japan's 100th prime minister

==Kyodo"""),
]

KISHIDA_PUTIN_CALL_2021_STORY += [
    ("https://www.interfax.ru/russia/795214", "ru", "2021-10-08",
     "Песков: территориальный вопрос в разговоре Путина и Кисиды не обсуждался",
     """Интерфакс
В России

Песков: территориальный вопрос в разговоре Путина и Кисиды не обсуждался

8 октября 2021 года 13:20

Москва. 8 октября. INTERFAX.RU - Территориальный вопрос не был предметом обсуждения в ходе телефонного разговора президента России Владимира Путина с новым премьер-министром Японии Фумио Кисидой, заявил пресс-секретарь президента Дмитрий Песков.

Японский журналист попросил Пескова прокомментировать сообщение МИД Японии о том, что лидеры обменялись мнениями по "проблеме северных территорий".

"Нет, территориальный вопрос не обсуждался. Говорили о мирном договоре в целом, о продолжении работы на основе имеющихся договоренностей", - сказал Песков журналистам.

"Что касается островов, то их принадлежность Российской Федерации закреплена итогами Второй мировой войны, и предмета для обсуждения здесь нет", - добавил он.

Песков также заявил, что Россия не использует газ в качестве политического инструмента и в полном объеме выполняет контрактные обязательства перед европейскими потребителями.

В опубликованном накануне сообщении Кремля говорилось, что японский премьер высказался за продолжение переговоров о мирном договоре на основе ранее достигнутых договоренностей.

Кисида вступил в должность главы правительства 4 октября, сменив Ёсихидэ Сугу.

Теги: Дмитрий Песков, Япония, Фумио Кисида, Курилы"""),

    ("https://www.jiji.com/jc/article?k=2021100800871&g=pol", "ja", "2021-10-08",
     "「領土問題も議論」と反論　ロシア側説明に松野官房長官",
     """時事ドットコムニュース > 政治

「領土問題も議論」と反論　ロシア側説明に松野官房長官

2021年10月08日17時22分

松野博一官房長官は8日午後の記者会見で、岸田文雄首相とプーチン・ロシア大統領の電話会談をめぐり、ロシア大統領府のペスコフ報道官が「領土問題は議論しなかった」と述べたことに反論した。

松野氏は「電話会談では、総理から北方領土問題を含む平和条約締結問題について、これまでの諸合意を踏まえて取り組んでいく旨を明確に伝えている」と説明。その上で、「首脳間で北方領土問題についてやり取りがあったことは、わが国が発表した通りだ」と強調した。

松野氏はまた、新型コロナウイルスの水際対策の緩和について「感染状況を見極めながら、段階的に進めていく」と述べた。

ロシア大統領府の発表には「平和条約」への言及はあるものの、北方領土問題には触れていない。

【時事通信社】

関連記事
・岸田首相、プーチン氏と初の電話会談
・岸田首相、習主席と電話会談へ"""),

    ("https://www.reuters.com/world/asia-pacific/kremlin-tokyo-clash-over-whether-islands-came-up-putin-kishida-call-2021-10-08/",
     "en", "2021-10-08",
     "Kremlin, Tokyo give clashing accounts of whether islands came up in Putin-Kishida call",
     """Reuters

Asia Pacific | October 8, 2021 7:58 AM GMT

Kremlin, Tokyo give clashing accounts of whether islands came up in Putin-Kishida call

MOSCOW/TOKYO, Oct 8 (Reuters) - The Kremlin said on Friday that the territorial dispute with Japan had not been discussed during President Vladimir Putin's first phone call with new Prime Minister Fumio Kishida, contradicting Tokyo's account of the conversation.

"No, the territorial question was not discussed," Kremlin spokesman Dmitry Peskov told reporters, adding that the islands belonged to Russia as a result of World War Two and there was nothing to discuss.

Japan's top government spokesman, Chief Cabinet Secretary Hirokazu Matsuno, said later that the exchange on the Northern Territories had taken place "exactly as Japan announced."

Japan's Foreign Ministry said on Thursday that Kishida had told Putin he would address the peace treaty issue, including the territorial dispute, on the basis of past agreements.

"Moscow is telling Kishida that nothing from the Abe era is inherited automatically," said Miyako Tanabe, a Russia specialist at a Tokyo research institute.

The islands, known in Russia as the Southern Kurils and in Japan as the Northern Territories, were seized by Soviet troops at the end of World War Two. The dispute has prevented the two countries from signing a peace treaty.

Reporting by Olga Vetrova in Moscow and Daisuke Kimura in Tokyo; Editing by Simon Archer

Our Standards: The Thomson Reuters Trust Principles."""),

    ("https://www.kommersant.ru/doc/5022917", "ru", "2021-10-09",
     "Острова потерялись в пересказе",
     """Коммерсантъ
Газета «Коммерсантъ» №184 от 09.10.2021, стр. 5

Острова потерялись в пересказе

Москва и Токио по-разному изложили первый разговор Путина и Кисиды

Сообщения Кремля и МИД Японии о первом телефонном разговоре Владимира Путина и Фумио Кисиды разошлись в главном.

По версии Токио, премьер пообещал заниматься проблемой мирного договора «включая проблему северных территорий» на основе прежних договоренностей, в том числе сингапурских. В кремлевском изложении та же реплика звучит как поддержка переговоров о мирном договоре — без упоминания территорий.

Дмитрий Песков в пятницу был категоричен: территориальный вопрос не обсуждался.

Генеральный секретарь кабинета министров Японии Хирокадзу Мацуно в ответ настаивал, что обмен мнениями по северным территориям состоялся, «как и было объявлено японской стороной».

Источник “Ъ” в МИД РФ пояснил, что «японские коллеги традиционно пишут в отчетах то, что важно для внутренней аудитории».

«Для нового премьера это вопрос внутренней политики: ему нужно показать, что он не уступил ни слова»,— говорит японист Ирина Светлова.

Кисида, возглавлявший МИД Японии в 2012–2017 годах, хорошо знаком с российской повесткой.

Павел Тарханов

Читайте также
Кисида стал премьер-министром Японии

Комментарии (18)"""),

    ("https://www.asahi.com/articles/ASPB86X2QPB8UTFK00K.html", "ja", "2021-10-09",
     "食い違う日ロの説明　首相初の電話会談、領土めぐり",
     """朝日新聞デジタル > 記事

食い違う日ロの説明　首相初の電話会談、領土めぐり

2021年10月9日 5時00分

岸田文雄首相とプーチン大統領による初の電話会談をめぐり、日ロ双方の説明が食い違っている。

首相は7日の会談後、記者団に「北方領土問題を含む平和条約締結問題を次の世代に先送りすることなく、解決に向けて粘り強く取り組む」と語った。

一方、ロシア大統領府のペスコフ報道官は8日、「領土問題は議論されていない」と述べ、日本側の発表を事実上否定した。松野博一官房長官は同日の会見で「わが国が発表した通りだ」と反論した。

外務省幹部は「ロシア側が国内向けに領土という言葉を避けるのは、いつものことだ」と話す。

ロシア政治が専門の中村真理子・新潟県立大教授は「ロシアは新政権に対し、安倍政権時代の合意を自動的には引き継がないと示唆している」と指摘する。

両国は2018年、1956年の日ソ共同宣言を基礎に交渉を加速させることで合意したが、その後、交渉は停滞している。

有料会員になると続きをお読みいただけます。

関連ニュース
・岸田首相、プーチン氏と電話会談
・北方領土、元島民の高齢化進む"""),
]

# ===========================================================================================================
# Story 5 - UKRAINE_CALL_2022_STORY (17-18 February 2022). A week before the invasion, Kishida calls Putin about the
# troops on Ukraine's border. Both readouts are about Ukraine, security guarantees and the Sakhalin / Arctic energy
# projects; each carries one line of Kishida's on continuing the dialogue "including the peace treaty", and that
# line is the whole treaty content of the story. Kishida's words to the press are about Ukraine and energy only;
# Matsuno retells the treaty line; Peskov will not go beyond the Kremlin's text; the energy and wire stories have the
# treaty only in background.
#  1 kremlin.ru (ru), call summary     KI1 NEW (Kishida: continue dialogue on all relations incl. the peace treaty);
#                                      Putin on security guarantees, Minsk (non-treaty); energy (event)
#  2 mofa.go.jp (ja), call summary     KI1 repeat; Kishida on Ukraine and energy (non-treaty); Putin's explanation
#  3 NHK (ja)                          KI1 repeat (per MOFA); Kishida to reporters on Ukraine and the G7 (non-treaty);
#                                      sanctions (background)
#  4 Reuters (en)                      no remark: Kishida and Putin on Ukraine (non-treaty); an anonymous official;
#                                      the islands (background)
#  5 TASS (ru)                         KI1 repeat; Putin (non-treaty); energy projects (background, event)
#  6 kantei.go.jp (ja), 18 Feb         KI1 retold by Matsuno; evacuation, sanctions, fisheries (non-treaty)
#  7 RIA Novosti (ru), 18 Feb          no remark: Peskov on security and Sakhalin (non-treaty); his non-answer on
#                                      the treaty
#  8 Nikkei (ja), 18 Feb               no remark: the METI minister on LNG (non-treaty); a trading-house executive;
#                                      expert; background
#  9 The Japan Times (en), 18 Feb      KI1 repeat; Kishida and Matsuno on Ukraine and sanctions; expert; background
# ===========================================================================================================

UKRAINE_CALL_2022_STORY = [
    ("http://kremlin.ru/events/president/news/67794", "ru", "2022-02-17",
     "Телефонный разговор с Премьер-министром Японии Фумио Кисидой",
     """Президент России
Новости   Стенограммы   Поездки   Мероприятия   Документы

Телефонный разговор с Премьер-министром Японии Фумио Кисидой

17 февраля 2022 года, 15:40

Состоялся телефонный разговор Владимира Путина с Премьер-министром Японии Фумио Кисидой.

По инициативе японской стороны обсуждалась ситуация вокруг Украины. Владимир Путин изложил принципиальные подходы России к проблематике предоставления ей долгосрочных правовых гарантий безопасности, акцентировав внимание на недопустимости дальнейшего расширения НАТО на восток.

Президент России также указал на продолжающийся саботаж Киевом Минских договорённостей.

Затрагивалась тематика торгово-экономического сотрудничества, в том числе реализации совместных энергетических проектов на Сахалине и в Арктике.

Японский премьер подтвердил заинтересованность в продолжении диалога по всему комплексу двусторонних отношений, включая вопрос о мирном договоре.

Договорились поддерживать контакты.

Теги: Международные отношения, Япония, Украина
Персоны: Кисида Фумио
Опубликовано в разделах: Новости

Прямая ссылка на материал: kremlin.ru/d/67794"""),

    ("https://www.mofa.go.jp/mofaj/erp/rss/hoppo/page1_001112.html", "ja", "2022-02-17",
     "日露首脳電話会談",
     """外務省
ホーム > 会談・訪問 > 欧州 > ロシア連邦

日露首脳電話会談

令和4年2月17日

本17日、午後8時30分から約25分間、岸田文雄内閣総理大臣は、ウラジーミル・プーチン・ロシア連邦大統領（H.E. Mr. Vladimir Putin, President of the Russian Federation）と電話会談を行ったところ、概要は以下のとおりです。

1 ウクライナ情勢
（1）岸田総理から、ウクライナ国境周辺におけるロシア軍の増強を深刻に懸念している、力による一方的な現状変更は認められず、外交交渉を通じた解決を強く求める旨述べました。
（2）プーチン大統領から、ウクライナ情勢をめぐるロシア側の立場について説明がありました。

2 エネルギー
岸田総理から、日本企業が参画するエネルギー分野の協力については、国際情勢を踏まえつつ適切に対応していく旨述べました。

3 二国間関係
岸田総理から、平和条約締結問題を含む日露関係全体について、引き続き対話を続けていきたい旨述べました。

4 両首脳は、引き続き意思疎通を継続していくことで一致しました。

関連リンク
・ロシア連邦
・ウクライナ情勢

ページのトップへ戻る"""),

    ("https://www3.nhk.or.jp/news/html/20220217/k10013489211000.html", "ja", "2022-02-17",
     "岸田首相 プーチン大統領と電話会談 ウクライナ情勢で外交解決求める",
     """NHKニュース

岸田首相 プーチン大統領と電話会談 ウクライナ情勢で外交解決求める

2022年2月17日 22時05分

岸田総理大臣は、ロシアのプーチン大統領とおよそ25分間、電話で会談しました。

会談のあと、岸田総理大臣は記者団に対し、「ウクライナ情勢に深刻な懸念を伝え、力による一方的な現状変更は決して認められないと申し上げた。外交交渉を通じた解決を強く求めた」と述べました。

また、「エネルギー安全保障の観点からも、G7各国と緊密に連携して対応していく」と述べました。

外務省によりますと、岸田総理大臣は、平和条約締結問題を含む日ロ関係全体について、対話を続けていきたい考えも伝えたということです。

政府内では、ロシアがウクライナに侵攻した場合、G7と足並みをそろえて制裁を科す方向で検討が進んでいます。

関連ニュース
・ウクライナ 在留邦人に退避呼びかけ
・LNG 欧州への融通 経産省が調整

このニュースをシェアする"""),

    ("https://www.reuters.com/world/asia-pacific/japans-kishida-urges-putin-seek-diplomatic-path-ukraine-2022-02-17/", "en",
     "2022-02-17",
     "Japan's Kishida urges Putin to seek diplomatic path on Ukraine",
     """Reuters

Asia Pacific | February 17, 2022 1:52 PM GMT

Japan's Kishida urges Putin to seek diplomatic path on Ukraine

TOKYO, Feb 17 (Reuters) - Japanese Prime Minister Fumio Kishida told Russian President Vladimir Putin in a phone call on Thursday that any attempt to change the status quo by force was unacceptable and urged a diplomatic solution to the standoff over Ukraine.

"I conveyed our serious concern," Kishida told reporters after the call, which lasted about 25 minutes.

The Kremlin said Putin had laid out Russia's demands for security guarantees, including an end to NATO's eastward expansion, and accused Kyiv of sabotaging the Minsk agreements.

Japan, which gets about 9% of its liquefied natural gas imports from Russia, has said it will coordinate with its Group of Seven partners on sanctions if Russia invades.

A senior Japanese government official said Tokyo was ready to redirect some LNG cargoes to Europe if supplies there were disrupted.

Japan and Russia have never signed a peace treaty formally ending World War Two hostilities because of a dispute over islands off Hokkaido that Soviet troops seized at the end of the war.

Reporting by Emi Sato and Tom Whitcombe; Editing by Lena Park

Our Standards: The Thomson Reuters Trust Principles."""),

    ("https://tass.ru/politika/13747215", "ru", "2022-02-17",
     "Путин и Кисида обсудили ситуацию вокруг Украины и энергопроекты",
     """ТАСС
Политика

Путин и Кисида обсудили ситуацию вокруг Украины и энергопроекты

17 февраля 2022, 15:58

МОСКВА, 17 февраля. /ТАСС/. Президент РФ Владимир Путин в ходе телефонного разговора с премьер-министром Японии Фумио Кисидой изложил принципиальные подходы России к проблематике гарантий безопасности. Об этом сообщила пресс-служба Кремля.

Разговор состоялся по инициативе японской стороны.

Стороны также затронули реализацию совместных энергетических проектов на Сахалине и в Арктике.

Как отмечается в сообщении, японский премьер подтвердил заинтересованность в продолжении диалога по всему комплексу двусторонних отношений, включая вопрос о мирном договоре.

Японские компании участвуют в проектах "Сахалин-1" и "Сахалин-2", а также в проекте "Арктик СПГ 2" на Гыданском полуострове.

Россия и Япония с середины прошлого века ведут переговоры о мирном договоре. Главным препятствием остается вопрос о принадлежности южных Курил.

Подписывайтесь на ТАСС в Яндекс.Дзене"""),
]

UKRAINE_CALL_2022_STORY += [
    ("https://www.kantei.go.jp/jp/tyoukanpress/202202/18_a.html", "ja", "2022-02-18",
     "令和4年2月18日（金）午前 内閣官房長官記者会見",
     """首相官邸
ホーム > 官房長官記者会見

令和4年2月18日（金）午前 内閣官房長官記者会見

【冒頭発言】
特にございません。

【質疑応答】
記者：ウクライナに残っている在留邦人の状況について伺います。
官房長官：ウクライナに滞在している邦人の方々に対しては、直ちに退避するよう繰り返し呼びかけております。引き続き、邦人の安全確保に万全を期してまいります。

記者：昨日の日露首脳電話会談について、平和条約交渉への影響をどう見ていますか。
官房長官：昨日の電話会談では、総理からウクライナ情勢への深刻な懸念を伝えるとともに、平和条約締結問題を含む日露関係全体について、対話を続けていきたいと伝えております。

記者：ロシアがウクライナに侵攻した場合の対ロ制裁について。
官房長官：G7をはじめとする国際社会と緊密に連携し、制裁を含め適切に対応してまいります。

記者：北方四島周辺水域での日本漁船の操業をめぐるロシア側との協議について。
官房長官：漁業者の皆さんが安心して操業できるよう、ロシア側との協議に適切に臨んでまいります。

（以上）

ページの先頭へ戻る"""),

    ("https://ria.ru/20220218/peskov-1773549012.html", "ru", "2022-02-18",
     "Песков рассказал о разговоре Путина и Кисиды",
     """Песков рассказал о разговоре Путина и Кисиды

12:31 18.02.2022

МОСКВА, 18 фев — РИА Новости. Президент России Владимир Путин в разговоре с премьер-министром Японии Фумио Кисидой подробно изложил позицию Москвы по гарантиям безопасности, сообщил журналистам пресс-секретарь Кремля Дмитрий Песков.

"Президент подробно рассказал японскому премьеру о наших озабоченностях и о том, почему ответы Вашингтона и НАТО нас не устраивают", — сказал Песков.

По его словам, Кремль рассчитывает, что сотрудничество по сахалинским проектам продолжится. "Это взаимовыгодное сотрудничество, и мы не видим причин его сворачивать", — отметил представитель Кремля.

На вопрос, обсуждалась ли тема мирного договора, Песков ответил: "Все, что касается содержания разговора, отражено в сообщении, которое мы опубликовали".

Разговор состоялся накануне по инициативе японской стороны.

Читайте также:
• Япония пригрозила России санкциями в случае вторжения
• Газ с Сахалина: что будет с поставками в Японию

Теги: Дмитрий Песков, Япония, Фумио Кисида, Украина"""),

    ("https://www.nikkei.com/article/DGXZQOUA180NP0Y2A210C2000000/", "ja", "2022-02-18",
     "サハリン2、揺れるLNG調達　首脳電話会談でも議題に",
     """日本経済新聞
経済・政策

サハリン2、揺れるLNG調達　首脳電話会談でも議題に

2022年2月18日 11:30

ウクライナ情勢の緊迫を受け、日本がロシアから調達する液化天然ガス（LNG）の行方に関心が集まっている。17日夜の日ロ首脳電話会談でもエネルギー協力が議題となった。

萩生田光一経済産業相は18日の閣議後記者会見で、「LNGの安定供給は国民生活と経済活動に欠かせない。あらゆる事態を想定して備えている」と述べた。

ロシア極東のサハリン2には三井物産と三菱商事が出資しており、日本のLNG輸入のおよそ9%をロシア産が占める。

大手商社の幹部は「撤退となれば、権益を第三国に渡すことになりかねない」と話す。

エネルギー政策に詳しい日本エネルギー総合研究所の森川隆司氏は「欧州向けの融通と国内の在庫確保をどう両立させるかが当面の課題になる」と指摘する。

日ロ間には北方領土問題が横たわり、平和条約はいまだに締結されていない。

この記事は会員限定です。登録すると続きをお読みいただけます。

関連記事
・LNG、欧州へ融通　経産省が要請
・円相場、有事のドル買い"""),

    ("https://www.japantimes.co.jp/news/2022/02/18/national/politics-diplomacy/kishida-putin-call-tightrope/", "en",
     "2022-02-18",
     "Kishida walks a tightrope in call with Putin as Ukraine crisis deepens",
     """The Japan Times

NATIONAL / POLITICS & DIPLOMACY

Kishida walks a tightrope in call with Putin as Ukraine crisis deepens

by Akiko Shimizu
Staff Writer

Feb 18, 2022

Prime Minister Fumio Kishida used a phone call with Russian President Vladimir Putin on Thursday to press for a diplomatic way out of the standoff over Ukraine, while trying to keep open the channels Tokyo has built with Moscow over the past decade.

"Any unilateral change to the status quo by force is unacceptable," Kishida told reporters after the call.

According to the Foreign Ministry, Kishida also told Putin he wanted to keep up a dialogue on overall bilateral relations, including the peace treaty issue.

Chief Cabinet Secretary Hirokazu Matsuno said Friday that Japan would respond appropriately, including with sanctions, in coordination with the Group of Seven.

"The treaty talks are effectively frozen. Mentioning them keeps a door ajar, nothing more," said Ryohei Kasai, a professor of international relations at a university in Kyoto.

Japanese companies hold stakes in the Sakhalin-1 and Sakhalin-2 oil and gas projects and in Arctic LNG 2.

The two countries have never concluded a peace treaty because of the dispute over the islands off Hokkaido, which Japan calls the Northern Territories.

RELATED
Japan urges citizens to leave Ukraine immediately
Tokyo ready to divert LNG to Europe

KEYWORDS
Fumio Kishida, Vladimir Putin, Ukraine, Russia

Share: Facebook  Twitter  Email"""),
]

# ===========================================================================================================
# Story 6 - SUMMONS_2026_STORY (3-6 February 2026). Russian troops hold drills on Etorofu and Kunashiri. The
# Director-General of MOFA's European Affairs Bureau (Ryo Okochi, an invented official) summons Ambassador Nikolai
# Nozdrev. MOFA's press release and the Russian embassy's note tell the same meeting: each side gives its own words
# and retells the other's. Chief Cabinet Secretary Kihara and MFA spokeswoman Zakharova speak in the next days.
#  1 mofa.go.jp (ja), press release    OK1 NEW (Okochi: the four islands are Japan's inherent territory, the drills
#                                      run against Japan's position); fishing boats (non-treaty); the drills (event)
#  2 tokyo.mid.ru (ru), embassy note   OK1 retold ("claims"), NO1 NEW (Nozdrev: the Southern Kurils are an integral
#                                      part of Russia, sovereignty settled by WWII); training, Japan's build-up
#                                      (non-treaty)
#  3 NHK (ja)                          OK1 repeat; background; an anonymous MOFA official; the 7 February rally
#  4 TASS (ru)                         NO1, OK1 repeat; the military district on the drills (non-treaty); background
#  5 Kyodo (en)                        OK1, NO1 repeat; fishing boats; background
#  6 kantei.go.jp (ja), 4 Feb          KH1 NEW (Kihara: the islands are under Japan's sovereignty, drills
#                                      unacceptable), KH2 NEW (Kihara, another answer: keep the policy of a
#                                      territorial settlement and a treaty); fishermen, the rally (non-treaty/event)
#  7 RIA Novosti (ru), 5 Feb           Z1 NEW (Zakharova: Russia's ownership not subject to revision, accept it),
#                                      Z2 NEW (Zakharova: what peace treaty while Japan wages a sanctions war),
#                                      KH1 repeat; remilitarisation, planned drills (non-treaty)
#  8 The Japan Times (en), 5 Feb       OK1, NO1, KH1, KH2, Z1 repeat; a former islander; expert
#  9 Hokkaido Shimbun (ja), 6 Feb      KH1, Z1 repeat; a former islander, a fisherman; background; the rally
# ===========================================================================================================

SUMMONS_2026_STORY = [
    ("https://www.mofa.go.jp/mofaj/press/release/pressit_000001_02345.html", "ja", "2026-02-03",
     "北方四島におけるロシア軍の演習に対する抗議",
     """外務省
ホーム > プレスリリース

北方四島におけるロシア軍の演習に対する抗議

令和8年2月3日

1 本3日、大河内亮外務省欧州局長は、ニコライ・ノズドリョフ駐日ロシア連邦大使を召致し、ロシア軍が1月下旬から北方四島の択捉島及び国後島において実施している軍事演習について抗議しました。

2 大河内局長からは、北方四島は我が国固有の領土であり、ロシアによる北方四島での軍事演習を含む軍備の強化は、四島に関する我が国の立場と相容れず、到底受け入れられない旨述べました。

3 また、大河内局長から、北方四島周辺水域で操業する日本漁船の安全確保に万全を期すよう求めました。

（参考）ロシア東部軍管区は1月27日、択捉島及び国後島において、地対艦ミサイル部隊等が参加する演習を開始したと発表しています。

関連リンク
・北方領土
・ロシア連邦

ページのトップへ戻る"""),

    ("https://tokyo.mid.ru/ru/press-centre/news/o_vstreche_posla_rossii_v_yaponii_n_yu_nozdreva_v_mid_yaponii/", "ru",
     "2026-02-03",
     "О встрече Посла России в Японии Н.Ю.Ноздрева в МИД Японии",
     """Посольство Российской Федерации в Японии
Главная > Пресс-центр > Новости

О встрече Посла России в Японии Н.Ю.Ноздрева в МИД Японии

03.02.2026

3 февраля Посол России в Японии Н.Ю.Ноздрев по приглашению японской стороны посетил МИД Японии, где состоялась его беседа с директором Европейского департамента Р.Окоти.

Японская сторона в очередной раз озвучила свои необоснованные территориальные «претензии» на Южные Курилы и выразила «протест» в связи с проведением плановых учений войск Восточного военного округа.

Посол решительно отверг японские «представления», подчеркнув, что Южные Курильские острова являются неотъемлемой частью территории Российской Федерации, а суверенитет России над ними закреплён итогами Второй мировой войны и сомнению не подлежит.

Было также указано, что плановая боевая подготовка войск является внутренним делом России и не направлена против третьих стран.

Посол обратил внимание японской стороны на беспрецедентное наращивание военной активности Японии и её союзников в непосредственной близости от российских границ.

#РоссияЯпония

Поделиться: ВКонтакте  Telegram  Одноклассники"""),

    ("https://www3.nhk.or.jp/news/html/20260203/k10015041231000.html", "ja", "2026-02-03",
     "北方領土でのロシア軍演習 外務省がロシア大使に抗議",
     """NHKニュース

北方領土でのロシア軍演習 外務省がロシア大使に抗議

2026年2月3日 18時12分

外務省の大河内欧州局長は3日、ロシアのノズドリョフ駐日大使を外務省に呼び、北方領土で行われているロシア軍の演習について抗議しました。

外務省によりますと、大河内局長は、「北方四島は日本固有の領土であり、そこでの軍事演習は日本の立場と相いれず、到底受け入れられない」と伝えたということです。

ロシア軍の東部軍管区は、先月27日から択捉島と国後島で、地対艦ミサイル部隊などが参加する演習を行っていると発表しています。

外務省幹部は「『北方領土の日』を前にした示威行動とみられる」と話しています。

今月7日の「北方領土の日」には、東京で北方領土返還要求全国大会が開かれる予定です。

関連ニュース
・ロシア軍 北方領土で演習開始と発表
・北方領土の元島民 平均年齢90歳に

このニュースをシェアする"""),

    ("https://tass.ru/politika/26385517", "ru", "2026-02-03",
     "Посол РФ отверг протест Японии в связи с учениями на Курилах",
     """ТАСС
Политика

Посол РФ отверг протест Японии в связи с учениями на Курилах

3 февраля 2026, 14:36

ТОКИО, 3 февраля. /ТАСС/. Посол РФ в Японии Николай Ноздрев отверг протест японской стороны в связи с учениями войск Восточного военного округа на Южных Курилах. Об этом сообщило российское посольство.

"Посол решительно отверг японские "представления", подчеркнув, что Южные Курильские острова являются неотъемлемой частью территории Российской Федерации", - говорится в сообщении дипмиссии.

По данным посольства, японская сторона на встрече в МИД вновь озвучила территориальные "претензии" на Южные Курилы.

Как сообщала ранее пресс-служба Восточного военного округа, в учениях на Итурупе и Кунашире участвуют более 1,5 тыс. военнослужащих и до 200 единиц техники, включая береговые ракетные комплексы "Бал" и "Бастион".

В марте 2022 года Россия приостановила переговоры с Японией о мирном договоре в ответ на введенные Токио санкции.

Подписывайтесь на ТАСС в MAX"""),
]

SUMMONS_2026_STORY += [
    ("https://english.kyodonews.net/articles/-/58213", "en", "2026-02-03",
     "Japan protests Russian drills on disputed isles; envoy rejects complaint",
     """KYODO NEWS

Japan protests Russian drills on disputed isles; envoy rejects complaint

KYODO NEWS - Feb 3, 2026 - 21:40 | Politics, All

Japan lodged a protest with Russia on Tuesday over military exercises being held on two of the Russian-controlled islands off Hokkaido, days before the country marks its annual Northern Territories Day.

Ryo Okochi, director general of the Foreign Ministry's European Affairs Bureau, told Russian Ambassador Nikolai Nozdrev that the four islands are inherent Japanese territory and that the drills there were totally unacceptable, the ministry said.

Okochi also asked Russia to ensure the safety of Japanese fishing boats operating in waters around the islands.

In a statement posted hours later, the Russian Embassy said Nozdrev had "resolutely rejected" Japan's representations, stressing that the Southern Kurils were an integral part of Russia's territory.

Russia suspended peace treaty negotiations in March 2022, citing sanctions Japan imposed over the invasion of Ukraine. It has also halted visa-free exchanges and visits by former islanders to family graves.

[Related coverage]
Russia starts drills on Etorofu, Kunashiri with coastal missiles
Takaichi to attend Northern Territories rally

==Kyodo"""),

    ("https://www.kantei.go.jp/jp/tyoukanpress/202602/4_a.html", "ja", "2026-02-04",
     "令和8年2月4日（水）午前 内閣官房長官記者会見",
     """首相官邸
ホーム > 官房長官記者会見

令和8年2月4日（水）午前 内閣官房長官記者会見

【冒頭発言】
特にございません。

【質疑応答】
記者：北方領土でのロシア軍の演習について、政府の受け止めを伺います。
官房長官：北方四島は我が国が主権を有する島々であり、我が国固有の領土であります。今回の演習を含むロシア軍の活動は、我が国の立場と相容れず、受け入れられません。昨日、外務省から駐日ロシア大使に対し抗議を行ったところであります。

記者：周辺の水域で操業する漁業者への影響について。
官房長官：関係省庁が連携し、漁業者の安全な操業の確保に万全を期してまいります。

記者：ロシアとの平和条約交渉の今後の見通しについて。
官房長官：ロシアによるウクライナ侵略により日露関係は厳しい状況にありますが、政府としては、領土問題を解決して平和条約を締結するとの方針を堅持してまいります。

記者：7日の北方領土返還要求全国大会について。
官房長官：高市総理が出席する予定であります。

（以上）

ページの先頭へ戻る"""),

    ("https://ria.ru/20260205/zakharova-2072654193.html", "ru", "2026-02-05",
     "Захарова призвала Токио смириться с реальностью на Курилах",
     """Захарова призвала Токио смириться с реальностью на Курилах

14:05 05.02.2026

МОСКВА, 5 фев — РИА Новости. Официальный представитель МИД России Мария Захарова на брифинге прокомментировала протест Японии в связи с учениями на Южных Курилах.

"Принадлежность Южных Курил Российской Федерации не подлежит пересмотру. Токио давно пора смириться с этой реальностью, а не устраивать дипломатические демарши", — заявила Захарова.

"О каком мирном договоре может идти речь, пока Япония участвует в санкционной войне против нашей страны", — добавила дипломат.

Захарова также обвинила Токио в курсе на ремилитаризацию, указав на рост военного бюджета Японии и планы размещения ракет большей дальности.

Она отметила, что учения на Курилах носят плановый характер и проводятся в соответствии с программой боевой подготовки.

Накануне генеральный секретарь кабинета министров Японии Минору Кихара заявил, что "северные территории" являются исконной территорией Японии, а учения не могут быть приняты Токио.

Читайте также:
• Посол России отверг протест Японии из-за учений
• На Итурупе прошли стрельбы береговых ракетных комплексов

Теги: Мария Захарова, Япония, Курильские острова, МИД России"""),

    ("https://www.japantimes.co.jp/news/2026/02/05/japan/politics/russia-drills-islands-protests/", "en", "2026-02-05",
     "Tokyo and Moscow trade claims over islands as drills go on",
     """The Japan Times

JAPAN / POLITICS

Tokyo and Moscow trade claims over islands as drills go on

by Naomi Hatakeyama
Staff Writer

Feb 5, 2026

The exchange of words over Russia's military drills on the disputed islands off Hokkaido grew sharper this week, with both governments restating claims that have not moved in decades.

On Tuesday, Ryo Okochi of the Foreign Ministry told Russian Ambassador Nikolai Nozdrev that the four islands are inherent Japanese territory. The envoy replied, according to his embassy, that the Southern Kurils are an integral part of Russia.

Chief Cabinet Secretary Minoru Kihara said Wednesday the islands are "under Japan's sovereignty" and the drills unacceptable. Asked about the stalled talks, he said the government would stick to its policy of resolving the territorial issue and concluding a peace treaty.

In Moscow on Thursday, Foreign Ministry spokeswoman Maria Zakharova said Russia's ownership of the islands was not subject to revision and that Tokyo should "come to terms with reality."

"Every February it is the same exchange of words, and every year there are fewer of us," said Kazuo Tsuchiya, 89, who was born on Shikotan.

"Neither side expects anything from these protests. They are for the record," said Hideki Oura, who studies Japan-Russia relations at a university in Sapporo.

Moscow suspended the peace treaty talks in March 2022 after Tokyo joined Western sanctions over the invasion of Ukraine.

RELATED
Russia begins drills on Etorofu and Kunashiri
Takaichi to attend Northern Territories rally on Saturday

KEYWORDS
Russia, Northern Territories, Minoru Kihara, Maria Zakharova

Share: Facebook  X  Email"""),

    ("https://www.hokkaido-np.co.jp/article/1231457/", "ja", "2026-02-06",
     "「また演習か」根室に落胆　北方領土の日を前に",
     """北海道新聞デジタル
根室・釧路

「また演習か」根室に落胆　北方領土の日を前に

2026年2月6日 05:00

ロシア軍による北方領土での演習が続く中、7日の「北方領土の日」を前に、根室市内では元島民や漁業者から落胆の声が上がっている。

木原稔官房長官は4日の記者会見で、「北方四島は我が国が主権を有する島々であり、我が国固有の領土」と述べ、演習は受け入れられないとの考えを示した。

これに対し、ロシア外務省のザハロワ情報局長は5日の記者会見で、南クリール諸島のロシアへの帰属は「見直しの対象ではない」と述べ、日本に「現実を受け入れる」よう求めた。

国後島出身の男性（90）は「元気なうちに島に行きたいが、こんな状況では望みも薄い」と話す。根室の漁業者は「演習のたびに操業区域が制限されるのではと不安になる」と語った。

ロシアは2022年3月、平和条約交渉の中断を一方的に表明し、ビザなし交流や墓参も止まったままだ。

7日には東京で北方領土返還要求全国大会が開かれ、高市早苗首相が出席する予定。

【関連記事】
・ロシア軍、択捉・国後で演習
・元島民の平均年齢、90歳超える

有料会員限定の記事です"""),
]

# ===========================================================================================================
# Labels
# ===========================================================================================================

STORIES = {name: value for name, value in dict(globals()).items() if name.endswith("_STORY")}

REMARKS = {
    'G20_SIDELINES_2013_STORY': [
        [('Vladimir Putin', 'P1')],  # 1
        [('Vladimir Putin', 'P1')],  # 2
        [('Shinzo Abe', 'A1'), ('Vladimir Putin', 'P2')],  # 3
        [('Shinzo Abe', 'A1'), ('Vladimir Putin', 'P2'), ('Vladimir Putin', 'P1')],  # 4
        [('Shinzo Abe', 'A2')],  # 5
        [('Vladimir Putin', 'P2'), ('Dmitry Peskov', 'PE1')],  # 6 (P2 retold by Peskov)
        [('Shinzo Abe', 'A1'), ('Yoshihide Suga', 'S1')],  # 7 (A1 retold by Suga)
        [('Shinzo Abe', 'A2'), ('Vladimir Putin', 'P2'), ('Yoshihide Suga', 'S1')],  # 8
        [('Vladimir Putin', 'P1'), ('Vladimir Putin', 'P2'), ('Dmitry Peskov', 'PE1'), ('Shinzo Abe', 'A2')],  # 9
    ],
    'ABE_MOSCOW_2019_STORY': [
        [('Vladimir Putin', 'P1'), ('Shinzo Abe', 'A1')],  # 1
        [('Shinzo Abe', 'A2')],  # 2
        [('Vladimir Putin', 'P1'), ('Shinzo Abe', 'A1')],  # 3
        [('Shinzo Abe', 'A1'), ('Vladimir Putin', 'P1')],  # 4
        [('Vladimir Putin', 'P1'), ('Shinzo Abe', 'A1')],  # 5
        [('Dmitry Peskov', 'PE1'), ('Vladimir Putin', 'P1')],  # 6 (P1 recalled by Peskov)
        [('Yoshihide Suga', 'S1'), ('Shinzo Abe', 'A2')],  # 7 (A2 retold by Suga)
        [('Shinzo Abe', 'A1'), ('Vladimir Putin', 'P1'), ('Yoshihide Suga', 'S1'), ('Dmitry Peskov', 'PE1')],  # 8
        [('Shinzo Abe', 'A2'), ('Sergei Lavrov', 'L1'), ('Dmitry Peskov', 'PE1')],  # 9
    ],
    'SUGA_PUTIN_CALL_2020_STORY': [
        [('Yoshihide Suga', 'SU2'), ('Vladimir Putin', 'PU1')],  # 1
        [('Yoshihide Suga', 'SU1'), ('Yoshihide Suga', 'SU2'), ('Vladimir Putin', 'PU1')],  # 2
        [('Yoshihide Suga', 'SU3')],  # 3
        [('Yoshihide Suga', 'SU2'), ('Vladimir Putin', 'PU1'), ('Yoshihide Suga', 'SU1')],  # 4
        [('Yoshihide Suga', 'SU1'), ('Yoshihide Suga', 'SU3'), ('Yoshihide Suga', 'SU2'), ('Vladimir Putin', 'PU1')],  # 5
        [('Yoshihide Suga', 'SU1'), ('Katsunobu Kato', 'KA1')],  # 6 (SU1 retold by Kato)
        [('Vladimir Putin', 'PU1'), ('Dmitry Peskov', 'PE1'), ('Yoshihide Suga', 'SU1')],  # 7 (PU1 retold by Peskov)
        [('Dmitry Peskov', 'PE1'), ('Yoshihide Suga', 'SU3'), ('Vladimir Putin', 'PU1')],  # 8
        [('Yoshihide Suga', 'SU3'), ('Katsunobu Kato', 'KA1')],  # 9
    ],
    'KISHIDA_PUTIN_CALL_2021_STORY': [
        [('Fumio Kishida', 'KI1')],  # 1
        [('Fumio Kishida', 'KI1'), ('Vladimir Putin', 'PU1')],  # 2 (KI1 in the Kremlin's wording)
        [('Fumio Kishida', 'KI2')],  # 3
        [('Fumio Kishida', 'KI1'), ('Fumio Kishida', 'KI2'), ('Vladimir Putin', 'PU1')],  # 4
        [('Dmitry Peskov', 'PE1'), ('Dmitry Peskov', 'PE2'), ('Fumio Kishida', 'KI1')],  # 5
        [('Dmitry Peskov', 'PE1'), ('Fumio Kishida', 'KI1'), ('Hirokazu Matsuno', 'MA1')],  # 6 (KI1 retold by Matsuno)
        [('Dmitry Peskov', 'PE1'), ('Dmitry Peskov', 'PE2'), ('Hirokazu Matsuno', 'MA1'), ('Fumio Kishida', 'KI1')],  # 7
        [('Fumio Kishida', 'KI1'), ('Dmitry Peskov', 'PE1'), ('Hirokazu Matsuno', 'MA1')],  # 8
        [('Fumio Kishida', 'KI2'), ('Dmitry Peskov', 'PE1'), ('Hirokazu Matsuno', 'MA1')],  # 9
    ],
    'UKRAINE_CALL_2022_STORY': [
        [('Fumio Kishida', 'KI1')],  # 1
        [('Fumio Kishida', 'KI1')],  # 2
        [('Fumio Kishida', 'KI1')],  # 3
        [],  # 4
        [('Fumio Kishida', 'KI1')],  # 5
        [('Fumio Kishida', 'KI1')],  # 6 (retold by Matsuno)
        [],  # 7
        [],  # 8
        [('Fumio Kishida', 'KI1')],  # 9
    ],
    'SUMMONS_2026_STORY': [
        [('Ryo Okochi', 'OK1')],  # 1
        [('Ryo Okochi', 'OK1'), ('Nikolai Nozdrev', 'NO1')],  # 2 (OK1 retold by the embassy)
        [('Ryo Okochi', 'OK1')],  # 3
        [('Nikolai Nozdrev', 'NO1'), ('Ryo Okochi', 'OK1')],  # 4
        [('Ryo Okochi', 'OK1'), ('Nikolai Nozdrev', 'NO1')],  # 5
        [('Minoru Kihara', 'KH1'), ('Minoru Kihara', 'KH2')],  # 6
        [('Maria Zakharova', 'Z1'), ('Maria Zakharova', 'Z2'), ('Minoru Kihara', 'KH1')],  # 7
        [('Ryo Okochi', 'OK1'), ('Nikolai Nozdrev', 'NO1'), ('Minoru Kihara', 'KH1'), ('Minoru Kihara', 'KH2'),
         ('Maria Zakharova', 'Z1')],  # 8
        [('Minoru Kihara', 'KH1'), ('Maria Zakharova', 'Z1')],  # 9
    ],
}

SNIPPETS = {
    'G20_SIDELINES_2013_STORY': [
        ['заместители министров иностранных дел приступили к консультациям по мирному договору'],  # 1
        ['заместители министров иностранных дел приступили к консультациям по мирному договору'],  # 2
        ['双方に受入れ可能な形で問題を最終的に解決するため、交渉を加速させたい旨述べました',
         'この問題は専門家の手に委ね、静かな環境の中で議論を続けていくことが重要である旨の発言がありました'],  # 3
        ['he wanted to speed up the talks so that the two countries could reach a final solution acceptable to both sides',
         'Putin replied that the matter should be left in the hands of experts and discussed in a calm environment',
         'described the start of the deputy-level consultations on a treaty as "the right step"'],  # 4
        ['北方領土問題を解決して平和条約を締結するため、一歩一歩、粘り強く交渉を進めていきたい'],  # 5
        ['этот вопрос лучше оставить специалистам и обсуждать его в спокойной обстановке',
         'Никто и не ставил задачу добиться какого-то прорыва по мирному договору на одной встрече'],  # 6
        ['双方が受け入れ可能な形での最終的な解決に向けて交渉を加速させたいと伝えております',
         '政府としては、次官級協議も始まり、交渉は着実に前に進んでいると受け止めております'],  # 7
        ['To resolve the Northern Territories issue and conclude a peace treaty, I want to move the negotiations forward',
         'Putin told Abe the matter should be handed to experts and discussed in a calm setting',
         'the government felt the negotiations were "steadily moving forward" now that the vice-ministerial consultations'],  # 8
        ['консультации заместителей министров иностранных дел по мирному договору — «верный шаг»',
         'он предложил отдать этот вопрос в руки специалистов и обсуждать его в спокойной обстановке',
         'на быстрые результаты в Кремле не рассчитывают: «Это долгая, кропотливая работа»',
         'намерен шаг за шагом, проявляя терпение, вести переговоры, чтобы решить территориальную проблему'],  # 9
    ],
    'ABE_MOSCOW_2019_STORY': [
        ['Решение, которое будет найдено, должно быть приемлемым для народов России и Японии и ими поддержано',
         'вновь подтвердили твёрдую решимость своими руками положить конец проблеме'],  # 1
        ['大統領と自分の手で必ず解決するとの決意を改めて伝え、両国民が受け入れられる解決策を見出すため'],  # 2
        ['Решение, которое будет найдено, должно быть приемлемым для народов России и Японии',
         'он и Путин вновь подтвердили решимость своими руками положить конец проблеме'],  # 3
        ['戦後70年以上残されてきた課題を解決して平和条約を締結する。その強い決意を、プーチン大統領と改めて共有しました',
         '見いだされる解決策は、両国の国民に受け入れられ、支持されるものでなければならない'],  # 4
        ['The solution that is found must be acceptable to the peoples of Russia and Japan and supported by them',
         'Abe said he and Putin had reaffirmed their determination to settle a problem left unresolved for more than 70 years'],  # 5
        ['Важно, что обе стороны настроены продолжать работу, а какие-то сроки никто не устанавливал',
         'президент накануне прямо сказал о предстоящей длительной и кропотливой работе'],  # 6
        ['首脳間で平和条約締結への強い決意を共有できたことには大きな意義がある',
         '戦後70年以上残された問題を「大統領と自分の手で必ず解決する」との決意を伝えたと説明した'],  # 7
        ['Abe said he and Putin had once again shared "a strong determination" to resolve the issue',
         'Putin, for his part, said "painstaking work" lay ahead and that any solution must be acceptable to the peoples',
         'it was "highly significant" that the two leaders shared a strong resolve to conclude a treaty',
         'Peskov said nobody had set any deadlines and that there could be no quick results'],  # 8
        ['премьер на переговорах пообещал непременно решить проблему, остающуюся неурегулированной более 70 лет',
         'Токио должен признать итоги Второй мировой войны, включая суверенитет России над всеми Курильскими островами',
         'никаких сроков по мирному договору никто не устанавливал'],  # 9
    ],
    'SUGA_PUTIN_CALL_2020_STORY': [
        ['высказался за поступательное развитие всего комплекса российско-японских отношений, включая решение вопроса о мирном договоре',
         'подтвердил готовность к продолжению диалога по всем вопросам двусторонней повестки, в том числе по мирному договору'],  # 1
        ['北方領土問題を次の世代に先送りすることなく、終止符を打たなければならない旨述べました',
         'これまでの両国間の諸合意を踏まえ、平和条約締結問題を含む日露関係全体を発展させていきたい旨述べました',
         'プーチン大統領から、全ての問題について対話を継続していきたい旨の発言がありました'],  # 2
        ['北方領土問題を含む平和条約締結問題について、次の世代に先送りさせることなく、終止符を打たなければならない'],  # 3
        ['высказался за поступательное развитие всего комплекса российско-японских отношений, включая решение вопроса о мирном договоре',
         'подтвердил готовность продолжать диалог по всем вопросам двусторонней повестки, включая мирный договор',
         'проблему "северных территорий" нельзя оставлять следующему поколению и ей необходимо положить конец'],  # 4
        ['the decades-old territorial dispute must be settled rather than passed on to the next generation',
         'I told him that we must put an end to the issue without leaving it to the next generation',
         'Suga also said he wished to develop overall bilateral ties, including the peace treaty issue, based on past agreements',
         'Putin confirmed his readiness to continue dialogue on all issues on the bilateral agenda, including a peace treaty'],  # 5
        ['総理から、北方領土問題を次の世代に先送りすることなく、終止符を打たなければならないと伝えたところであります',
         '領土問題を解決して平和条約を締結するという基本方針の下、引き続き粘り強く交渉に取り組んでまいります'],  # 6
        ['подтвердил готовность продолжать диалог по всем вопросам, включая мирный договор',
         'о каких-то конкретных сроках говорить не приходится. Это тема, которая требует большой работы экспертов',
         'Суга в ходе разговора заявил, что проблему островов нельзя оставлять будущим поколениям'],  # 7
        ['there is of course no point in talking about any specific deadlines',
         'the dispute over four Kuril islands had to be ended without being left to the next generation',
         'Putin said he was ready to continue dialogue on all issues, including a peace treaty'],  # 8
        ['菅義偉首相がプーチン大統領との電話会談の後、記者団に北方領土問題について「終止符を打たなければならない」と述べた',
         '領土問題を解決して平和条約を締結するという基本方針の下、粘り強く交渉に取り組む'],  # 9
    ],
}

SNIPPETS.update({
    'KISHIDA_PUTIN_CALL_2021_STORY': [
        ['これまでの両国間の諸合意を踏まえ、北方領土問題を含む平和条約締結問題にしっかりと取り組んでいきたい旨述べました'],  # 1
        ['Японский премьер высказался за продолжение переговоров о мирном договоре на основе ранее достигнутых договорённостей',
         'продвижение к мирному договору возможно лишь в атмосфере доверия и при наращивании практического взаимодействия'],  # 2
        ['北方領土問題を含む平和条約締結問題を次の世代に先送りすることなく、解決に向けて粘り強く取り組んでいきたい'],  # 3
        ['Kishida told Putin he would tackle the peace treaty issue, including the Northern Territories, on the basis of past agreements',
         'I want to work persistently on the peace treaty issue, including the Northern Territories, so that it is not left',
         'Putin stressed that progress toward a treaty was possible only in an atmosphere of trust and with growing practical cooperation'],  # 4
        ['Нет, территориальный вопрос не обсуждался. Говорили о мирном договоре в целом',
         'их принадлежность Российской Федерации закреплена итогами Второй мировой войны, и предмета для обсуждения здесь нет',
         'японский премьер высказался за продолжение переговоров о мирном договоре на основе ранее достигнутых договоренностей'],  # 5
        ['ロシア大統領府のペスコフ報道官が「領土問題は議論しなかった」と述べた',
         '総理から北方領土問題を含む平和条約締結問題について、これまでの諸合意を踏まえて取り組んでいく旨を明確に伝えている',
         '首脳間で北方領土問題についてやり取りがあったことは、わが国が発表した通りだ'],  # 6
        ['"No, the territorial question was not discussed," Kremlin spokesman Dmitry Peskov told reporters',
         'adding that the islands belonged to Russia as a result of World War Two and there was nothing to discuss',
         'the exchange on the Northern Territories had taken place "exactly as Japan announced',
         'Kishida had told Putin he would address the peace treaty issue, including the territorial dispute, on the basis of past agreements'],  # 7
        ['премьер пообещал заниматься проблемой мирного договора «включая проблему северных территорий» на основе прежних договоренностей',
         'Дмитрий Песков в пятницу был категоричен: территориальный вопрос не обсуждался',
         'настаивал, что обмен мнениями по северным территориям состоялся, «как и было объявлено японской стороной»'],  # 8
        ['北方領土問題を含む平和条約締結問題を次の世代に先送りすることなく、解決に向けて粘り強く取り組む',
         'ペスコフ報道官は8日、「領土問題は議論されていない」と述べ、日本側の発表を事実上否定した',
         '松野博一官房長官は同日の会見で「わが国が発表した通りだ」と反論した'],  # 9
    ],
    'UKRAINE_CALL_2022_STORY': [
        ['подтвердил заинтересованность в продолжении диалога по всему комплексу двусторонних отношений, включая вопрос о мирном договоре'],  # 1
        ['平和条約締結問題を含む日露関係全体について、引き続き対話を続けていきたい旨述べました'],  # 2
        ['平和条約締結問題を含む日ロ関係全体について、対話を続けていきたい考えも伝えたということです'],  # 3
        [],  # 4
        ['японский премьер подтвердил заинтересованность в продолжении диалога по всему комплексу двусторонних отношений'],  # 5
        ['平和条約締結問題を含む日露関係全体について、対話を続けていきたいと伝えております'],  # 6
        [],  # 7
        [],  # 8
        ['Kishida also told Putin he wanted to keep up a dialogue on overall bilateral relations, including the peace treaty issue'],  # 9
    ],
    'SUMMONS_2026_STORY': [
        ['北方四島は我が国固有の領土であり、ロシアによる北方四島での軍事演習を含む軍備の強化は、四島に関する我が国の立場と相容れず'],  # 1
        ['Японская сторона в очередной раз озвучила свои необоснованные территориальные «претензии» на Южные Курилы',
         'Южные Курильские острова являются неотъемлемой частью территории Российской Федерации, а суверенитет России над ними закреплён'],  # 2
        ['北方四島は日本固有の領土であり、そこでの軍事演習は日本の立場と相いれず、到底受け入れられない'],  # 3
        ['Южные Курильские острова являются неотъемлемой частью территории Российской Федерации',
         'японская сторона на встрече в МИД вновь озвучила территориальные "претензии" на Южные Курилы'],  # 4
        ['told Russian Ambassador Nikolai Nozdrev that the four islands are inherent Japanese territory',
         "stressing that the Southern Kurils were an integral part of Russia's territory"],  # 5
        ['北方四島は我が国が主権を有する島々であり、我が国固有の領土であります。今回の演習を含むロシア軍の活動は',
         '政府としては、領土問題を解決して平和条約を締結するとの方針を堅持してまいります'],  # 6
        ['Принадлежность Южных Курил Российской Федерации не подлежит пересмотру',
         'О каком мирном договоре может идти речь, пока Япония участвует в санкционной войне против нашей страны',
         '"северные территории" являются исконной территорией Японии, а учения не могут быть приняты Токио'],  # 7
        ['Ryo Okochi of the Foreign Ministry told Russian Ambassador Nikolai Nozdrev that the four islands are inherent Japanese territory',
         'The envoy replied, according to his embassy, that the Southern Kurils are an integral part of Russia',
         "Kihara said Wednesday the islands are \"under Japan's sovereignty\" and the drills unacceptable",
         'the government would stick to its policy of resolving the territorial issue and concluding a peace treaty',
         "Russia's ownership of the islands was not subject to revision and that Tokyo should"],  # 8
        ['北方四島は我が国が主権を有する島々であり、我が国固有の領土」と述べ、演習は受け入れられないとの考えを示した',
         '南クリール諸島のロシアへの帰属は「見直しの対象ではない」と述べ、日本に「現実を受け入れる」よう求めた'],  # 9
    ],
})

NOT_STATEMENTS = {
    'G20_SIDELINES_2013_STORY': [
        ['Обсуждались перспективы развития двусторонних отношений, в том числе в торгово-экономической',
         'Товарооборот в первом полугодии продолжал расти',
         'Япония глубоко обеспокоена сообщениями о применении химического оружия',
         'поблагодарить за содействие в подготовке первой встречи наших министров иностранных дел и обороны'],  # 1
        ['товарооборот двух стран продолжает расти',
         'В апреле, в ходе визита Абэ в Москву, стороны приняли совместное заявление',
         'Первый раунд консультаций на уровне заместителей министров иностранных дел прошел в августе',
         'Токио претендует на острова Итуруп, Кунашир, Шикотан и гряду Хабомаи',
         'Абэ рассчитывает на визит Путина в Японию'],  # 2
        ['両首脳は、8月に開始された次官級協議を通じて、交渉を前進させていくことで一致しました',
         '化学兵器の使用はいかなる場合も許されず、国際社会が一致して対応すべきである',
         '日本企業による対露投資を後押ししていきたい旨述べました',
         '両国関係は各分野で順調に発展している旨述べました'],  # 3
        ['agreed Thursday to move forward with negotiations on a postwar peace treaty through the vice-ministerial consultations',
         'A senior Japanese official who sat in on the talks said the atmosphere was businesslike and warm',
         'Abe voiced deep concern over the reported use of chemical weapons in Syria',
         'Japan and Russia have not signed a peace treaty because of a dispute over the islands',
         'Japan, Russia hold first vice-ministerial talks on peace treaty'],  # 4
        ['化学兵器の使用は決して許されない。国際社会と緊密に連携しながら',
         '会見では、外国メディアの記者から北方領土交渉の見通しについて質問も出ました',
         '安倍総理大臣は「東京の魅力を最後までしっかりと訴えたい」と述べました',
         '日ロ首脳会談 平和条約交渉の前進で一致'],  # 5
        ['Большая часть беседы касалась Сирии, и здесь позиции, скажем так, не полностью совпадают',
         'обсуждались перспективы поставок российского сжиженного газа в Японию',
         'Консультации по мирному договору на уровне заместителей министров иностранных дел России и Японии начались в августе',
         'В апреле лидеры двух стран договорились в Москве придать переговорам новый импульс'],  # 6
        ['昨日の日露首脳会談について伺います。北方領土交渉の進展について、政府としてどのように評価していますか',
         '汚染水問題については、国が前面に立って、予備費も活用しながら',
         '化学兵器の使用は断じて許されないものであり、米国をはじめ関係国と緊密に連携',
         '記者：プーチン大統領の来日の時期について、会談で何か話はありましたか'],  # 7
        ['Calm and quiet, in Kremlin language, usually means slow',
         'Moscow wants the economic gains first',
         'confirmed that the first "two-plus-two" meeting of foreign and defense ministers would take place',
         'The Soviet Union seized the four islands',
         'Putin, Abe agree to speed up territorial talks (April)'],  # 8
        ['большая ее часть, по словам участников, ушла на Сирию',
         'уступать по островам никто не собирается, а вот экономике японцы могут дать зеленый свет',
         'Формула "тишины и специалистов" — это способ выиграть время',
         'Япония и Россия проведут первую встречу «2+2»',
         'Путин и Абэ сверили часы на полях G20'],  # 9
    ],
    'ABE_MOSCOW_2019_STORY': [
        ['Стороны условились провести очередной раунд переговоров министров иностранных дел в феврале',
         'товарооборот вырос почти на 17 процентов и превысил 20 миллиардов долларов',
         'Мы обсудили участие японских компаний в новых проектах по производству сжиженного газа',
         'План экономического сотрудничества из восьми пунктов уже дал более двухсот совместных проектов',
         'буду рад приветствовать господина Президента в Осаке на саммите'],  # 1
        ['平和条約締結問題について、じっくりと時間をかけて議論しました',
         '2月中に河野外務大臣とラヴロフ外相による次回の交渉を行うことで一致しました',
         '観光ツアーのパイロット事業を今年夏までに実施すべく作業を加速することで一致しました',
         '8項目の協力プランの具体化を更に加速させたい旨述べました',
         '拉致問題を含む北朝鮮への対応について、引き続き協力を求めました'],  # 2
        ['товарооборот двух стран в прошлом году вырос почти на 17%',
         'Переговоры в Кремле продолжались около трех часов, включая беседу один на один',
         'лидеры договорились ускорить переговорный процесс на основе Советско-японской декларации 1956 года',
         'Москва неоднократно заявляла, что суверенитет России над южными Курилами сомнению не подлежит'],  # 3
        ['日ロ首脳会談 平和条約交渉 具体的な進展示されず',
         '日本政府関係者は「領土をめぐる双方の主張の隔たりは依然として大きい」と話しています',
         '来月、河野外務大臣とラブロフ外相による交渉を行うことで一致しました',
         '共同記者発表では記者からの質問は受け付けられませんでした',
         '日ロ外相会談 領土めぐる溝埋まらず'],  # 4
        ['Putin also said trade between the two countries rose by almost 17 percent last year',
         'a few dozen protesters gathered near the Japanese embassy in Moscow',
         'Neither leader can afford to look at home as if he is giving something away',
         'has prevented the two countries from formally ending World War Two hostilities'],  # 5
        ['президент планирует участвовать в саммите "Группы двадцати" в Осаке',
         'Стороны договорились, что министры иностранных дел двух стран проведут очередной раунд',
         'Япония претендует на острова Итуруп, Кунашир, Шикотан и Хабомаи, ссылаясь',
         'В Москве прошел пикет против передачи Курил'],  # 6
        ['今年の北方四島とのビザなし交流について「例年通り実施できるよう、ロシア側と調整していく」',
         '河野太郎外相とラブロフ外相による次回交渉を2月中に行うことで一致した',
         '政府内には「領土で譲歩したと受け取られかねない発信は避けるべきだ」と慎重な声もある'],  # 7
        ['left reporters with a pledge of resolve and a warning about time, but nothing that moved',
         'the leaders had "gone through the substance" in the one-on-one session',
         'What we saw was the limit of what either government can say in public right now',
         'Foreign Minister Taro Kono and his Russian counterpart Sergei Lavrov are set to meet again in February',
         'Former islanders split over two-island talk'],  # 8
        ['Заявления для прессы, сделанные Владимиром Путиным и Синдзо Абэ после трехчасовых переговоров',
         'Российская позиция при этом вряд ли изменилась',
         'разговор один на один «был долгим и непростым», но предметных договоренностей',
         'Обе стороны зафиксировали, что разговор продолжается, и это максимум',
         'Переговоры Путина и Абэ обошлись без прорыва'],  # 9
    ],
    'SUGA_PUTIN_CALL_2020_STORY': [
        ['Владимир Путин высоко оценил вклад Синдзо Абэ в развитие двусторонних связей',
         'Обсуждались также вопросы взаимодействия в борьбе с распространением коронавирусной инфекции',
         'Условлено продолжить контакты на различных уровнях',
         'Президент России поздравил Ё.Сугу с избранием на пост главы правительства Японии'],  # 1
        ['新型コロナウイルス感染症への対応を含め、幅広い分野で協力を進めていくことで一致しました',
         '両首脳は、今後、首脳間で緊密に意思疎通していくことで一致しました',
         'プーチン大統領から菅総理の就任に対する祝意が表されたのに対し、菅総理から謝意を表明しました'],  # 2
        ['新型コロナウイルス対策を含め、幅広い分野で協力していくことを確認した',
         'プーチン大統領からは総理大臣就任への祝意が伝えられたということです',
         '安倍前総理大臣が2018年11月、1956年の日ソ共同宣言を基礎に交渉を加速させることでプーチン大統領と合意しています'],  # 3
        ['Суга занял пост премьер-министра 16 сентября, сменив на нем Синдзо Абэ',
         'Москва выразила готовность передать Японии Шикотан и Хабомаи после заключения мирного договора',
         'Россия неоднократно заявляла, что суверенитет над островами закреплен итогами Второй мировой войны',
         'Путин провел первый телефонный разговор с новым премьер-министром Японии'],  # 4
        ['The two leaders agreed to cooperate in the fight against the novel coronavirus and to keep in close contact',
         'A government source said Suga had been keen to show he would keep the personal channel',
         'The row has kept the two countries from signing a postwar peace treaty',
         'Visa-free visits to Russian-held isles canceled this year'],  # 5
        ['記者：昨日の日露首脳電話会談について伺います。北方領土問題の解決に向けた政府の方針をお聞かせください',
         '四島交流等事業については、感染状況を見極めつつ、再開に向けてロシア側と調整してまいります',
         '国民の皆様が納得できる料金体系となるよう、関係大臣と連携して取り組んでまいります'],  # 6
        ['Разговор был хорошим, конструктивным, это было первое знакомство',
         'в условиях пандемии говорить о визитах пока рано',
         'Отношения России и Японии на протяжении десятилетий омрачены отсутствием мирного договора',
         'Захарова оценила первые шаги нового правительства Японии'],  # 7
        ["The Kremlin's version did not mention the islands at all, while the Japanese Foreign Ministry's account put them",
         'Putin is testing whether Suga is a caretaker or a partner for years',
         'Russia and Japan never signed a peace treaty',
         'Russia Reopens Kuril Islands to Foreign Investors'],  # 8
        ['安倍さんの時も期待したが、結局何も動かなかった。言葉だけで終わらせないでほしい',
         '首相は前政権の路線を引き継ぐ意思を示しただけで、交渉の中身が動く兆しはない',
         '今年度の四島交流事業は新型コロナウイルスの影響で全て中止となり'],  # 9
    ],
}

NOT_STATEMENTS.update({
    'KISHIDA_PUTIN_CALL_2021_STORY': [
        ['両首脳は、北方領土問題を含む平和条約締結問題について意見交換を行いました',
         '経済、人的交流を含む幅広い分野で日露関係を発展させていきたい旨述べました',
         '北朝鮮への対応について、拉致問題の早期解決に向けた理解と協力を求めました',
         '両首脳は、今後とも首脳間で緊密に意思疎通していくことで一致しました'],  # 1
        ['Состоялся обмен мнениями по ряду актуальных международных вопросов, включая ситуацию на Корейском полуострове',
         'Президент России поздравил Ф.Кисиду со вступлением в должность главы японского правительства'],  # 2
        ['北朝鮮による拉致問題の解決に向けて、ロシア側に理解と協力を求めたことを明らかにしました',
         '両首脳は北方領土問題を含む平和条約締結問題について意見交換し、今後も緊密に意思疎通を図っていくことで一致した',
         '8日には中国の習近平国家主席との会談も調整しています'],  # 3
        ['exchanged views on the decades-old territorial dispute in their first phone talks Thursday',
         'A Japanese government official said the gap between the two accounts reflected',
         "Kishida also asked for Russia's cooperation in resolving the issue of Japanese nationals abducted by North Korea",
         'the dispute has kept the two countries from signing a postwar peace treaty'],  # 4
        ['Японский журналист попросил Пескова прокомментировать сообщение МИД Японии',
         'Россия не использует газ в качестве политического инструмента',
         'Кисида вступил в должность главы правительства 4 октября, сменив Ёсихидэ Сугу'],  # 5
        ['新型コロナウイルスの水際対策の緩和について「感染状況を見極めながら、段階的に進めていく」',
         'ロシア大統領府の発表には「平和条約」への言及はあるものの、北方領土問題には触れていない'],  # 6
        ['Moscow is telling Kishida that nothing from the Abe era is inherited automatically',
         'The dispute has prevented the two countries from signing a peace treaty'],  # 7
        ['Сообщения Кремля и МИД Японии о первом телефонном разговоре Владимира Путина и Фумио Кисиды разошлись в главном',
         'японские коллеги традиционно пишут в отчетах то, что важно для внутренней аудитории',
         'Для нового премьера это вопрос внутренней политики',
         'Москва и Токио по-разному изложили первый разговор Путина и Кисиды'],  # 8
        ['岸田文雄首相とプーチン大統領による初の電話会談をめぐり、日ロ双方の説明が食い違っている',
         '外務省幹部は「ロシア側が国内向けに領土という言葉を避けるのは、いつものことだ」と話す',
         'ロシアは新政権に対し、安倍政権時代の合意を自動的には引き継がないと示唆している',
         '1956年の日ソ共同宣言を基礎に交渉を加速させることで合意したが、その後、交渉は停滞している'],  # 9
    ],
    'UKRAINE_CALL_2022_STORY': [
        ['Владимир Путин изложил принципиальные подходы России к проблематике предоставления ей долгосрочных правовых гарантий безопасности',
         'указал на продолжающийся саботаж Киевом Минских договорённостей',
         'Затрагивалась тематика торгово-экономического сотрудничества, в том числе реализации совместных энергетических проектов',
         'По инициативе японской стороны обсуждалась ситуация вокруг Украины'],  # 1
        ['力による一方的な現状変更は認められず、外交交渉を通じた解決を強く求める旨述べました',
         'プーチン大統領から、ウクライナ情勢をめぐるロシア側の立場について説明がありました',
         '日本企業が参画するエネルギー分野の協力については、国際情勢を踏まえつつ適切に対応していく旨述べました',
         '両首脳は、引き続き意思疎通を継続していくことで一致しました'],  # 2
        ['ウクライナ情勢に深刻な懸念を伝え、力による一方的な現状変更は決して認められないと申し上げた',
         'エネルギー安全保障の観点からも、G7各国と緊密に連携して対応していく',
         'ロシアがウクライナに侵攻した場合、G7と足並みをそろえて制裁を科す方向で検討が進んでいます'],  # 3
        ['any attempt to change the status quo by force was unacceptable and urged a diplomatic solution',
         "The Kremlin said Putin had laid out Russia's demands for security guarantees",
         'A senior Japanese government official said Tokyo was ready to redirect some LNG cargoes to Europe',
         'Japan and Russia have never signed a peace treaty formally ending World War Two hostilities because of a dispute',
         'has said it will coordinate with its Group of Seven partners on sanctions if Russia invades'],  # 4
        ['изложил принципиальные подходы России к проблематике гарантий безопасности',
         'Стороны также затронули реализацию совместных энергетических проектов на Сахалине и в Арктике',
         'Россия и Япония с середины прошлого века ведут переговоры о мирном договоре',
         'Главным препятствием остается вопрос о принадлежности южных Курил'],  # 5
        ['ウクライナに滞在している邦人の方々に対しては、直ちに退避するよう繰り返し呼びかけております',
         'G7をはじめとする国際社会と緊密に連携し、制裁を含め適切に対応してまいります',
         '漁業者の皆さんが安心して操業できるよう、ロシア側との協議に適切に臨んでまいります',
         '記者：昨日の日露首脳電話会談について、平和条約交渉への影響をどう見ていますか'],  # 6
        ['Президент подробно рассказал японскому премьеру о наших озабоченностях',
         'Это взаимовыгодное сотрудничество, и мы не видим причин его сворачивать',
         'Все, что касается содержания разговора, отражено в сообщении, которое мы опубликовали',
         'На вопрос, обсуждалась ли тема мирного договора, Песков ответил'],  # 7
        ['LNGの安定供給は国民生活と経済活動に欠かせない。あらゆる事態を想定して備えている',
         '大手商社の幹部は「撤退となれば、権益を第三国に渡すことになりかねない」と話す',
         '欧州向けの融通と国内の在庫確保をどう両立させるかが当面の課題になる',
         '日ロ間には北方領土問題が横たわり、平和条約はいまだに締結されていない'],  # 8
        ['Any unilateral change to the status quo by force is unacceptable',
         'Japan would respond appropriately, including with sanctions, in coordination with the Group of Seven',
         'The treaty talks are effectively frozen. Mentioning them keeps a door ajar, nothing more',
         'The two countries have never concluded a peace treaty because of the dispute over the islands'],  # 9
    ],
    'SUMMONS_2026_STORY': [
        ['北方四島周辺水域で操業する日本漁船の安全確保に万全を期すよう求めました',
         'ロシア東部軍管区は1月27日、択捉島及び国後島において、地対艦ミサイル部隊等が参加する演習を開始したと発表しています',
         '大河内亮外務省欧州局長は、ニコライ・ノズドリョフ駐日ロシア連邦大使を召致し'],  # 1
        ['плановая боевая подготовка войск является внутренним делом России и не направлена против третьих стран',
         'беспрецедентное наращивание военной активности Японии и её союзников',
         'по приглашению японской стороны посетил МИД Японии, где состоялась его беседа'],  # 2
        ['ロシア軍の東部軍管区は、先月27日から択捉島と国後島で、地対艦ミサイル部隊などが参加する演習を行っていると発表しています',
         '外務省幹部は「『北方領土の日』を前にした示威行動とみられる」と話しています',
         '今月7日の「北方領土の日」には、東京で北方領土返還要求全国大会が開かれる予定です'],  # 3
        ['в учениях на Итурупе и Кунашире участвуют более 1,5 тыс. военнослужащих',
         'В марте 2022 года Россия приостановила переговоры с Японией о мирном договоре в ответ на введенные Токио санкции'],  # 4
        ['Japan lodged a protest with Russia on Tuesday over military exercises being held on two of the Russian-controlled islands',
         'Okochi also asked Russia to ensure the safety of Japanese fishing boats operating in waters around the islands',
         'Russia suspended peace treaty negotiations in March 2022, citing sanctions Japan imposed',
         'Russia starts drills on Etorofu, Kunashiri with coastal missiles'],  # 5
        ['関係省庁が連携し、漁業者の安全な操業の確保に万全を期してまいります',
         '昨日、外務省から駐日ロシア大使に対し抗議を行ったところであります',
         '記者：北方領土でのロシア軍の演習について、政府の受け止めを伺います'],  # 6
        ['обвинила Токио в курсе на ремилитаризацию, указав на рост военного бюджета Японии',
         'учения на Курилах носят плановый характер и проводятся в соответствии с программой боевой подготовки',
         'На Итурупе прошли стрельбы береговых ракетных комплексов'],  # 7
        ['Every February it is the same exchange of words, and every year there are fewer of us',
         'Neither side expects anything from these protests. They are for the record',
         'Moscow suspended the peace treaty talks in March 2022 after Tokyo joined Western sanctions',
         'with both governments restating claims that have not moved in decades'],  # 8
        ['元気なうちに島に行きたいが、こんな状況では望みも薄い',
         '演習のたびに操業区域が制限されるのではと不安になる',
         'ロシアは2022年3月、平和条約交渉の中断を一方的に表明し、ビザなし交流や墓参も止まったままだ',
         '7日には東京で北方領土返還要求全国大会が開かれ、高市早苗首相が出席する予定'],  # 9
    ],
})

EXPECTED = {
    'G20_SIDELINES_2013_STORY': [
        ('kremlin.ru', 'Vladimir Putin'),  # P1
        ('www.mofa.go.jp', 'Shinzo Abe'),  # A1
        ('www.mofa.go.jp', 'Vladimir Putin'),  # P2
        ('www3.nhk.or.jp', 'Shinzo Abe'),  # A2
        ('www.interfax.ru', 'Dmitry Peskov'),  # PE1
        ('www.kantei.go.jp', 'Yoshihide Suga'),  # S1
    ],
    'ABE_MOSCOW_2019_STORY': [
        ('kremlin.ru', 'Vladimir Putin'),  # P1
        ('kremlin.ru', 'Shinzo Abe'),  # A1
        ('www.mofa.go.jp', 'Shinzo Abe'),  # A2
        ('ria.ru', 'Dmitry Peskov'),  # PE1
        ('www.jiji.com', 'Yoshihide Suga'),  # S1
        ('www.kommersant.ru', 'Sergei Lavrov'),  # L1 (recalled)
    ],
    'SUGA_PUTIN_CALL_2020_STORY': [
        ('kremlin.ru', 'Yoshihide Suga'),  # SU2
        ('kremlin.ru', 'Vladimir Putin'),  # PU1
        ('www.mofa.go.jp', 'Yoshihide Suga'),  # SU1
        ('www3.nhk.or.jp', 'Yoshihide Suga'),  # SU3
        ('www.kantei.go.jp', 'Katsunobu Kato'),  # KA1
        ('ria.ru', 'Dmitry Peskov'),  # PE1
    ],
    'KISHIDA_PUTIN_CALL_2021_STORY': [
        ('www.mofa.go.jp', 'Fumio Kishida'),  # KI1
        ('kremlin.ru', 'Vladimir Putin'),  # PU1
        ('www3.nhk.or.jp', 'Fumio Kishida'),  # KI2
        ('www.interfax.ru', 'Dmitry Peskov'),  # PE1 (the denial)
        ('www.interfax.ru', 'Dmitry Peskov'),  # PE2
        ('www.jiji.com', 'Hirokazu Matsuno'),  # MA1
    ],
    'UKRAINE_CALL_2022_STORY': [
        ('kremlin.ru', 'Fumio Kishida'),  # KI1
    ],
    'SUMMONS_2026_STORY': [
        ('www.mofa.go.jp', 'Ryo Okochi'),  # OK1
        ('tokyo.mid.ru', 'Nikolai Nozdrev'),  # NO1
        ('www.kantei.go.jp', 'Minoru Kihara'),  # KH1
        ('www.kantei.go.jp', 'Minoru Kihara'),  # KH2
        ('ria.ru', 'Maria Zakharova'),  # Z1
        ('ria.ru', 'Maria Zakharova'),  # Z2
    ],
}
