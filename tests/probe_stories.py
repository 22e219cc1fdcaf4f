"""Ten multi-outlet probe stories written for the tests (own words, in each outlet's style; the round-24 probe).

Each story: a list of (url, language, published, title, text) in processing order.
EXPECTED[name]: the (host, speaker) of every report that should be flagged new (first report of each distinct
treaty utterance, in processing order).
REMARKS[name]: per report, the treaty remarks it carries as (speaker, remark id); a remark id names one utterance
(same speaker, same words, same occasion). The first report of each id is the expected alert.
"""

# ---------------------------------------------------------------------------------------------------------------
# 1. Abe's official visit to Moscow, 29 April 2013. Putin: P1 "a solution acceptable to both sides"; P2 (another
#    point, same press conference) the 1956 Declaration the only document ratified by both parliaments. Abe: A1
#    "abnormal that no peace treaty 67 years after the war". TASS Russian first (lead paraphrasing P1's quote),
#    Kyodo (lead paraphrasing Abe's quote), NHK, Xinhua (lead paraphrase only), an aggregator's machine English of
#    TASS with junk lines, The Japan Times (A1 shortened to one word, P2 retold).
ABE_MOSCOW_2013_STORY = [
    ("https://tass.ru/politika/480001", "ru", "2013-04-29",
     "Путин: Россия и Япония хотят найти приемлемое для обеих сторон решение по мирному договору",
     """МОСКВА, 29 апреля. /ТАСС/. Россия и Япония намерены найти такое решение проблемы мирного договора, которое устроит обе стороны, заявил президент РФ Владимир Путин по итогам переговоров с премьер-министром Японии Синдзо Абэ в Кремле.

"Мы хотим найти такое решение, которое было бы приемлемо для обеих сторон", - сказал Путин на совместной пресс-конференции.

Глава российского государства напомнил, что Декларация 1956 года - единственный документ по этой теме, ратифицированный парламентами обеих стран.

Абэ, в свою очередь, назвал ненормальной ситуацию, при которой спустя 67 лет после окончания войны мирный договор между двумя странами так и не подписан.

Путин также отметил, что товарооборот между Россией и Японией в прошлом году вырос до рекордных 32 млрд долларов."""),
    ("https://english.kyodonews.net/news/2013/04/abe-putin-moscow.html", "en", "2013-04-29",
     "Abe calls lack of peace treaty with Russia 'abnormal'",
     """MOSCOW - Prime Minister Shinzo Abe said Monday it is abnormal that Japan and Russia have yet to sign a peace treaty 67 years after the end of World War II, speaking at a joint press conference with President Vladimir Putin after their talks in the Kremlin.

"It is abnormal that no peace treaty has been concluded 67 years after the war," Abe said.

Putin said the two countries want to find a solution acceptable to both sides.

Abe is the first Japanese prime minister to make an official visit to Russia in a decade. The two leaders also discussed energy cooperation, including liquefied natural gas projects in the Russian Far East."""),
    ("https://www3.nhk.or.jp/news/html/20130430/k10014270001.html", "ja", "2013-04-30",
     "日ロ首脳会談 安倍首相「平和条約ないのは異常」",
     """安倍総理大臣は29日、モスクワでロシアのプーチン大統領と首脳会談を行いました。

会談後の共同記者会見で、安倍総理大臣は「戦後67年がたっても平和条約が締結されていないのは異常な状態だ」と述べました。

プーチン大統領は「双方にとって受け入れ可能な解決策を見いだしたい」と述べました。

両首脳は、エネルギー分野などでの経済協力を拡大していくことでも一致しました。"""),
    ("https://english.news.cn/2013-04/30/c_132350001.htm", "en", "2013-04-30",
     "Russia, Japan seek mutually acceptable solution to peace treaty issue",
     """MOSCOW, April 29 (Xinhua) -- Russia and Japan want to find a mutually acceptable solution to their long-standing peace treaty issue, Russian President Vladimir Putin said Monday after talks with visiting Japanese Prime Minister Shinzo Abe.

Putin told reporters that bilateral trade reached a record 32 billion U.S. dollars last year and that Russia was ready to increase energy supplies to Japan.

The two countries have not signed a peace treaty since World War II due to a dispute over four islands, known in Russia as the Southern Kurils and in Japan as the Northern Territories."""),
    ("https://rusnews-en.example/politics/2013/04/30/putin-japan-treaty", "en", "2013-04-30",
     "Putin: Russia and Japan want to find the decision on the peace treaty acceptable for both parties",
     """Home » Politics » World
30.04.2013 09:12

Russia and Japan intend to find such solution of the problem of the peace treaty which will suit both parties, the President of the Russian Federation Vladimir Putin declared following the results of negotiations with the Prime Minister of Japan Shinzo Abe in the Kremlin.

"We want to find such decision which would be acceptable for both parties", - Putin told at the joint press conference.

The head of the Russian state reminded that the Declaration of 1956 is the only document on this subject ratified by parliaments of both countries.

Abe, in turn, called abnormal the situation when 67 years after the end of the war the peace treaty between two countries is still not signed.

Share: VK Twitter Facebook
Comments (0)
Popular: Ruble strengthens against the dollar"""),
    ("https://www.japantimes.co.jp/news/2013/04/30/national/abe-putin-talks/", "en", "2013-04-30",
     "Abe urges end to 'abnormal' lack of peace pact",
     """Prime Minister Shinzo Abe on Monday called the absence of a postwar peace treaty with Russia "abnormal," as he held talks with President Vladimir Putin in Moscow on the first official visit by a Japanese leader in 10 years.

Putin, for his part, noted that the 1956 joint declaration is the only document on the issue that was ratified by both countries' legislatures.

The declaration stipulated that two of the four islands, Shikotan and the Habomai islets, would be handed over to Japan after a peace treaty is signed."""),
]

# ---------------------------------------------------------------------------------------------------------------
# 2. Medvedev on Iturup, 22 August 2015. M1 "the Kurils are part of the Sakhalin region, part of Russia; we have come
#    and will keep coming". Kishida's protest K1 (inherent territory, hurts the feelings). TASS English, RIA, Kyodo
#    (Kishida; Medvedev recalled), Jiji (both), a spun rewrite of both; Interfax five days later: M3 "the Kurils are
#    our land; Tokyo's opinion does not interest us" at a government meeting (another occasion, same subject: NEW),
#    with "last week" recalling M1.
MEDVEDEV_ITURUP_2015_STORY = [
    ("https://tass.com/politics/815001", "en", "2015-08-22",
     "Medvedev visits Iturup, says Kurils are part of Russia",
     """YUZHNO-KURILSK, August 22. /TASS/. Russian Prime Minister Dmitry Medvedev arrived on Saturday on Iturup, one of the South Kuril Islands, on a working visit.

"The Kuril Islands are part of the Sakhalin region and part of Russia. We have come here and we will keep coming here," Medvedev told reporters at a fish-processing plant in the village of Reidovo.

The prime minister also inspected a new hospital and a kindergarten built under the federal program for the development of the islands. He said the program would receive additional funding until 2025.

It is Medvedev's third trip to the Kurils; he first visited Kunashir in 2010 as president."""),
    ("https://ria.ru/20150822/1200001.html", "ru", "2015-08-22",
     "Медведев прибыл с рабочим визитом на Итуруп",
     """ЮЖНО-КУРИЛЬСК, 22 авг - РИА Новости. Премьер-министр РФ Дмитрий Медведев в субботу прибыл с рабочим визитом на остров Итуруп Курильской гряды.

"Курилы - это часть Сахалинской области, часть России. Мы сюда приезжали и будем приезжать", - заявил Медведев журналистам на рыбоперерабатывающем заводе.

Глава правительства осмотрел новую больницу и детский сад, построенные в рамках федеральной целевой программы развития Курил."""),
    ("https://english.kyodonews.net/news/2015/08/kishida-protest.html", "en", "2015-08-22",
     "Japan protests Medvedev's visit to disputed island",
     """TOKYO - Foreign Minister Fumio Kishida on Saturday lodged a protest over Russian Prime Minister Dmitry Medvedev's visit to one of the Russian-held islands off Hokkaido, calling it "extremely regrettable."

"The visit runs counter to Japan's position that the Northern Territories are an inherent part of our territory, and it hurts the feelings of the Japanese people," Kishida told reporters.

Asked about his planned trip to Moscow, Kishida said he would decide after carefully examining the situation.

Medvedev told reporters on Etorofu that the Kurils are part of Russia."""),
    ("https://www.jiji.com/jc/article?k=2015082200201", "ja", "2015-08-22",
     "メドベージェフ首相が択捉島訪問　岸田外相「極めて遺憾」",
     """ロシアのメドベージェフ首相は22日、北方領土の択捉島を訪問した。同首相は記者団に「クリール諸島はサハリン州の一部であり、ロシアの一部だ」と述べた。

岸田文雄外相は同日、外務省で記者団に「北方領土はわが国固有の領土だという日本の立場に反し、日本国民の感情を傷つけるものだ。極めて遺憾だ」と述べ、ロシア側に抗議した。"""),
    ("https://worldnewsfeed.example/asia/russian-pm-tours-disputed-isle", "en", "2015-08-23",
     "Russian PM tours disputed isle, Tokyo irate",
     """Russia's premier Dmitry Medvedev landed on Iturup island on Saturday, telling journalists that the Kuril chain belongs to the Sakhalin province and to Russia, and that Russian officials have come there and will go on coming.

Japan's top diplomat Fumio Kishida voiced strong displeasure, saying the trip contradicts Tokyo's stance that the Northern Territories are an integral part of its land and wounds the sentiments of the Japanese public.

Medvedev also toured a new clinic and a nursery school on the island."""),
    ("https://www.interfax.ru/russia/4610001", "ru", "2015-08-27",
     "Медведев поручил ускорить развитие Курил",
     """Москва. 27 августа. INTERFAX.RU - Премьер-министр РФ Дмитрий Медведев на заседании правительства в четверг поручил ускорить строительство инфраструктуры на Курилах и заявил, что члены кабинета будут регулярно посещать острова.

"Курилы - это наша земля, и мы будем заниматься ими так же, как любой другой российской территорией. Мнение японской стороны на этот счет нас не интересует", - сказал Медведев.

На прошлой неделе премьер побывал на Итурупе, где заявил, что Курилы являются частью Сахалинской области и частью России."""),
]

# ---------------------------------------------------------------------------------------------------------------
# 3. Lavrov–Kono talks in Moscow, 14 January 2019. Lavrov: L1 "accept the WWII results in their entirety, including
#    sovereignty: the first step" (TASS lead paraphrases the quote); L2 (another point) Japanese officials' talk of an
#    upcoming handover unacceptable. Kono: K1 "frank exchange; push forward on the basis of the 1956 declaration".
#    Reuters merges L1's paraphrase with quoted fragments; NHK; TASS two days later: L3 at the annual press
#    conference (no precondition but a fact of international law: another occasion, NEW) with "earlier this week"
#    recalling L1.
LAVROV_KONO_2019_STORY = [
    ("https://tass.com/politics/1039001", "en", "2019-01-14",
     "Japan must recognize Russia's sovereignty over Kurils as first step — Lavrov",
     """MOSCOW, January 14. /TASS/. Japan's recognition of the outcome of World War II, including Russia's sovereignty over the South Kuril Islands, is the first step without which no progress on a peace treaty is possible, Russian Foreign Minister Sergey Lavrov said after talks with his Japanese counterpart Taro Kono.

"Our Japanese colleagues must accept the results of World War II in their entirety, including the sovereignty of the Russian Federation over all the islands of the southern Kuril chain. This is the first step, and without it there can be no movement forward," Lavrov told a news conference.

He also said Moscow had drawn Tokyo's attention to statements by Japanese officials about the islands' upcoming handover, calling such statements unacceptable attempts to put pressure on the negotiations.

Lavrov voiced concern over the deployment of US missile defense systems in Japan, saying they posed a threat to Russia."""),
    ("https://ria.ru/20190114/1549001.html", "ru", "2019-01-14",
     "Лавров: Япония должна признать итоги Второй мировой войны",
     """МОСКВА, 14 янв - РИА Новости. Глава МИД России Сергей Лавров заявил по итогам переговоров с японским коллегой Таро Коно, что Токио должен признать итоги Второй мировой войны в полном объеме, включая суверенитет России над южными Курилами.

"Это первый шаг, без которого продвигаться вперед невозможно", - подчеркнул министр.

Лавров также назвал недопустимыми заявления японских официальных лиц о скорой передаче островов, которые, по его словам, оказывают давление на переговоры."""),
    ("https://english.kyodonews.net/news/2019/01/kono-lavrov.html", "en", "2019-01-14",
     "Kono, Lavrov fail to narrow gap over disputed isles",
     """MOSCOW - Japanese Foreign Minister Taro Kono and his Russian counterpart Sergei Lavrov failed to narrow their differences over four disputed islands in talks in Moscow on Monday.

"We had a frank exchange of views, and I want to push forward the peace treaty negotiations on the basis of the 1956 joint declaration," Kono told reporters after the meeting.

Lavrov said Japan must first recognize Russia's sovereignty over the islands."""),
    ("https://www.reuters.com/article/us-russia-japan-islands/russia-tells-japan-idUSKCN1P80XX", "en", "2019-01-14",
     "Russia tells Japan to accept WW2 outcome before island deal",
     """MOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrov said on Monday Japan must recognise Moscow's sovereignty over a chain of disputed islands as a first step, dampening hopes for a quick deal to end a row that has prevented the two countries from signing a formal peace treaty.

Speaking after talks with Japanese Foreign Minister Taro Kono, Lavrov said Tokyo had to accept the results of World War Two "in their entirety", and that without this there could be "no movement forward".

Kono said the two sides had held a frank exchange and that he wanted to advance talks on the basis of a 1956 declaration.

The islands, known in Russia as the Southern Kuriles and in Japan as the Northern Territories, were seized by Soviet troops at the end of the war."""),
    ("https://www3.nhk.or.jp/news/html/20190115/k10011778001.html", "ja", "2019-01-15",
     "日ロ外相会談　平和条約交渉　隔たり鮮明に",
     """河野外務大臣は14日、モスクワでロシアのラブロフ外相と会談しました。

会談後、ラブロフ外相は記者会見で「日本は第2次世界大戦の結果を全面的に受け入れる必要がある。北方四島に対するロシアの主権を認めることが第一歩だ」と述べました。

一方、河野大臣は記者団に対し「率直な意見交換ができた。1956年の日ソ共同宣言を基礎に平和条約交渉を前に進めたい」と述べました。"""),
    ("https://tass.com/politics/1039400", "en", "2019-01-16",
     "Lavrov: no progress on peace treaty possible unless Japan accepts WWII results",
     """MOSCOW, January 16. /TASS/. There will be no progress on the peace treaty with Japan unless Tokyo accepts the outcome of World War II, Russian Foreign Minister Sergey Lavrov said at his annual press conference on Wednesday.

"This is not a precondition, it is a fact of international law enshrined in the UN Charter. No one can move forward while ignoring it," the minister said.

Lavrov also said Russia hoped to expand trade and investment with Japan.

Earlier this week, after talks with Japanese Foreign Minister Taro Kono, Lavrov said Japan must accept the results of World War II in their entirety as a first step."""),
]

# ---------------------------------------------------------------------------------------------------------------
# 4. Putin's offer at the Eastern Economic Forum, 12 September 2018. P1 "let us sign a peace treaty by the end of the
#    year without any preconditions" (the transcript; its next paragraph goes on from it: one remark). TASS (lead
#    paraphrase + quote + continuation), Kyodo (a government source: no statement), Xinhua's page carrying its text
#    twice, NHK (Putin's offer in a clause; Suga S1 "basic policy unchanged"), TASS (Peskov PK1 "not an
#    improvisation"), The Japan Times (S1 retold, P1 shortened).
EEF_OFFER_2018_STORY = [
    ("http://kremlin.ru/events/president/transcripts/58537", "ru", "2018-09-12",
     "Пленарное заседание Восточного экономического форума",
     """В.Путин: Уважаемые коллеги, добрый день!

С.Брилёв: Владимир Владимирович, премьер-министр Абэ только что говорил о мирном договоре. Что Вы ответите?

В.Путин: Синдзо сказал: давайте изменим подходы. Давайте. Вот такая идея мне сейчас пришла в голову: давайте заключим мирный договор – не сейчас, а до конца года, без всяких предварительных условий.

А потом уже на базе этого мирного договора как друзья будем продолжать решать все спорные вопросы.

С.Брилёв: Спасибо. Вопрос об энергетике."""),
    ("https://tass.com/politics/1021001", "en", "2018-09-12",
     "Putin offers Abe to sign peace treaty by year-end without preconditions",
     """VLADIVOSTOK, September 12. /TASS/. Russian President Vladimir Putin has suggested that Russia and Japan sign a peace treaty before the end of this year without any preconditions, addressing Japanese Prime Minister Shinzo Abe at the plenary session of the Eastern Economic Forum.

"Let us conclude a peace treaty, not now but before the end of the year, without any preconditions," Putin said.

"And then, on the basis of this treaty, we will continue to resolve all disputed issues as friends," the Russian leader added.

Putin also said Russia was ready to expand energy exports to Asia-Pacific countries."""),
    ("https://english.kyodonews.net/news/2018/09/putin-offer.html", "en", "2018-09-12",
     "Putin proposes signing peace treaty by year-end without preconditions",
     """VLADIVOSTOK, Russia - Russian President Vladimir Putin on Wednesday abruptly proposed to Prime Minister Shinzo Abe that the two countries sign a peace treaty by the end of the year "without any preconditions."

Abe, sitting next to Putin on the stage, did not respond directly to the proposal.

A Japanese government source said Tokyo would not accept a treaty that shelves the territorial issue."""),
    ("http://www.xinhuanet.com/english/2018-09/13/c_137463001.htm", "en", "2018-09-13",
     "Putin proposes peace treaty with Japan by end of year",
     """Putin proposes peace treaty with Japan by end of year
Source: Xinhua | 2018-09-13 01:22:10 | Editor: yan

VLADIVOSTOK, Russia, Sept. 12 (Xinhua) -- Russian President Vladimir Putin on Wednesday proposed to sign a peace treaty with Japan by the end of this year without any preconditions.

Putin made the proposal at the plenary session of the Eastern Economic Forum, which was also attended by Japanese Prime Minister Shinzo Abe and Chinese Vice President Wang Qishan.

Back to Top Close
Putin proposes peace treaty with Japan by end of year

Source: Xinhua 2018-09-13

VLADIVOSTOK, Russia, Sept. 12 (Xinhua) -- Russian President Vladimir Putin on Wednesday proposed to sign a peace treaty with Japan by the end of this year without any preconditions.

Putin made the proposal at the plenary session of the Eastern Economic Forum, which was also attended by Japanese Prime Minister Shinzo Abe and Chinese Vice President Wang Qishan."""),
    ("https://www3.nhk.or.jp/news/html/20180913/k10011628001.html", "ja", "2018-09-13",
     "菅官房長官 プーチン大統領の提案に「基本方針に変わりない」",
     """ロシアのプーチン大統領が前提条件をつけずに年内に平和条約を締結しようと提案したことについて、菅官房長官は13日午前の記者会見で「北方四島の帰属の問題を解決して平和条約を締結するという基本方針に変わりはない」と述べました。

そのうえで菅官房長官は、今後も粘り強く交渉に取り組む考えを示しました。"""),
    ("https://tass.com/politics/1021150", "en", "2018-09-13",
     "Putin's peace treaty proposal to Japan not an improvisation — Kremlin",
     """MOSCOW, September 13. /TASS/. President Vladimir Putin's proposal to sign a peace treaty with Japan by the end of the year without preconditions was a sincere one, Kremlin Spokesman Dmitry Peskov told reporters on Thursday.

"It was not an improvisation. The president spoke of the need to break out of a deadlock in the talks, and we will see how Tokyo responds," Peskov said.

Peskov added that no date had yet been set for the next meeting between Putin and Abe."""),
    ("https://www.japantimes.co.jp/news/2018/09/14/national/suga-putin-offer/", "en", "2018-09-14",
     "Tokyo cool to Putin's surprise treaty offer",
     """Chief Cabinet Secretary Yoshihide Suga said Thursday that Japan's basic policy of resolving the attribution of the four islands and then concluding a peace treaty remains unchanged, a day after Russian President Vladimir Putin proposed signing a treaty "without any preconditions" by the end of the year.

Analysts said the offer was aimed at testing Tokyo's resolve."""),
]

# ---------------------------------------------------------------------------------------------------------------
# 5. Singapore summit, 14 November 2018, and Putin's press conference the next day. Abe: A1 "we agreed to speed up
#    the talks on the basis of the 1956 declaration"; A2 (another point) determined to put an end to the issue with
#    Putin. Kyodo, NHK (A2 worded as a will "shared"), TASS Russian; Putin P1 on 15 Nov (the declaration does not say
#    on what basis or under whose sovereignty) with "накануне" recalling A1; an aggregator's machine English of it;
#    The Japan Times (P1, A2 recalled).
SINGAPORE_2018_STORY = [
    ("https://english.kyodonews.net/news/2018/11/abe-putin-singapore.html", "en", "2018-11-14",
     "Abe, Putin to speed up peace treaty talks based on 1956 declaration",
     """SINGAPORE - Prime Minister Shinzo Abe said Wednesday that he and Russian President Vladimir Putin had agreed to accelerate negotiations for a peace treaty on the basis of a 1956 joint declaration.

"We agreed to speed up peace treaty negotiations on the basis of the 1956 Japan-Soviet Joint Declaration," Abe told reporters after the talks on the sidelines of ASEAN-related meetings.

"I am determined to put an end to this issue, which has been left unresolved for more than 70 years since the war, together with President Putin," Abe said.

The 1956 declaration states that the Soviet Union would hand over Shikotan and the Habomai islets to Japan after the signing of a peace treaty."""),
    ("https://www3.nhk.or.jp/news/html/20181114/k10011711001.html", "ja", "2018-11-14",
     "日ロ首脳会談 「56年宣言を基礎に交渉加速」で合意",
     """安倍総理大臣は14日夜、シンガポールでロシアのプーチン大統領と首脳会談を行いました。

会談のあと、安倍総理大臣は記者団に対し「1956年の日ソ共同宣言を基礎として平和条約交渉を加速させることでプーチン大統領と合意した」と述べました。

そのうえで「戦後70年以上残されてきたこの課題に、プーチン大統領とともに必ずや終止符を打つという強い意思を完全に共有した」と述べました。"""),
    ("https://tass.ru/politika/5793001", "ru", "2018-11-14",
     "Абэ: Россия и Япония ускорят переговоры по мирному договору на основе декларации 1956 года",
     """СИНГАПУР, 14 ноября. /ТАСС/. Премьер-министр Японии Синдзо Абэ заявил, что по итогам переговоров с президентом России Владимиром Путиным стороны договорились ускорить переговорный процесс по мирному договору на основе Совместной декларации 1956 года.

По словам Абэ, он намерен вместе с Путиным положить конец этой проблеме, которая остается нерешенной более 70 лет после войны."""),
    ("https://tass.ru/politika/5797001", "ru", "2018-11-15",
     "Путин: в декларации 1956 года не сказано, под чей суверенитет передаются острова",
     """СИНГАПУР, 15 ноября. /ТАСС/. В Декларации 1956 года не прописано, на каком основании и под чей суверенитет будут переданы два острова, заявил президент РФ Владимир Путин на пресс-конференции по итогам визита в Сингапур.

"В декларации сказано, что советская сторона готова передать японской стороне два острова. Но не сказано, на каком основании они передаются и под чей суверенитет. Это требует серьезного изучения", - сказал Путин.

Накануне премьер-министр Японии Синдзо Абэ заявил, что стороны договорились ускорить переговоры на основе декларации."""),
    ("https://ruposts.example/world/2018/11/16/putin-declaration-1956", "en", "2018-11-16",
     "Putin: the Declaration of 1956 does not say under whose sovereignty the islands are transferred",
     """The President of the Russian Federation Vladimir Putin at the press conference following the results of visit to Singapore declared that in the Declaration of 1956 it is not registered on what basis and under whose sovereignty two islands will be transferred.

"In the declaration it is told that the Soviet side is ready to transfer two islands to the Japanese side. But it is not told on what basis they are transferred and under whose sovereignty. It demands serious studying", - Putin told.

On the eve the Prime Minister of Japan Shinzo Abe declared that the parties agreed to accelerate negotiations on the basis of the declaration.

Tags: Putin, Japan, Kurils"""),
    ("https://www.japantimes.co.jp/news/2018/11/16/national/putin-1956-sovereignty/", "en", "2018-11-16",
     "Putin says 1956 pact leaves sovereignty over isles unsettled",
     """Russian President Vladimir Putin said Thursday that the 1956 joint declaration does not spell out under whose sovereignty the two islands it mentions would be placed once they are handed over, adding that the issue requires serious study.

The remark came a day after Prime Minister Shinzo Abe pledged to "put an end to this issue" together with Putin."""),
]

# ---------------------------------------------------------------------------------------------------------------
# 6. Kishida's "illegally occupied", 7 March 2022. K1 (NHK first), Kyodo, Jiji (Matsuno M1: the legal position
#    unchanged), TASS Russian (both; the ministry's background line), a spun rewrite (both), The Japan Times four
#    days later: K2 said again at a Lower House committee (another occasion, same subject: NEW), "earlier this week"
#    recalling K1.
KISHIDA_OCCUPATION_2022_STORY = [
    ("https://www3.nhk.or.jp/news/html/20220307/k10013519001.html", "ja", "2022-03-07",
     "岸田首相 北方領土「不法占拠」と明言",
     """岸田総理大臣は7日の参議院予算委員会で、北方領土について「わが国固有の領土であり、現在ロシアによって不法に占拠されている」と述べました。

総理大臣が国会の答弁で「不法占拠」という表現を使うのは、2019年以降、避けられてきました。

また岸田総理大臣は、ロシアによるウクライナ侵攻を受けた制裁について、G7と連携して対応していく考えを示しました。"""),
    ("https://english.kyodonews.net/news/2022/03/kishida-illegal-occupation.html", "en", "2022-03-07",
     "Kishida says Russia illegally occupying Northern Territories",
     """TOKYO - Prime Minister Fumio Kishida on Monday said Russia is illegally occupying the Northern Territories, reviving an expression Tokyo had refrained from using since 2019 amid efforts to improve ties with Moscow.

"The Northern Territories are an inherent part of Japan's territory and are now being illegally occupied by Russia," Kishida told the House of Councillors Budget Committee.

Kishida also said Japan would coordinate with the Group of Seven on sanctions against Russia over its invasion of Ukraine."""),
    ("https://www.jiji.com/jc/article?k=2022030800412", "ja", "2022-03-08",
     "「法的立場に変わりない」　不法占拠表現で官房長官",
     """松野博一官房長官は8日の記者会見で、岸田文雄首相が北方領土について「不法占拠」と表現したことに関し、「北方四島はわが国が主権を有する島々であり、日本固有の領土だという法的立場に変わりはない」と説明した。"""),
    ("https://tass.ru/mezhdunarodnaya-panorama/13990001", "ru", "2022-03-08",
     "Кисида назвал южные Курилы \"незаконно оккупированными\"",
     """ТОКИО, 8 марта. /ТАСС/. Премьер-министр Японии Фумио Кисида заявил в парламенте, что южные Курилы являются "исконной территорией Японии" и "незаконно оккупированы" Россией. Японские премьеры не использовали эту формулировку с 2019 года.

Генеральный секретарь кабинета министров Хирокадзу Мацуно во вторник пояснил, что правовая позиция Токио по островам не изменилась.

В МИД России ранее неоднократно заявляли, что суверенитет России над Курилами закреплен по итогам Второй мировой войны."""),
    ("https://asia-newsdesk.example/2022/03/09/japan-pm-isles-unlawfully-held", "en", "2022-03-09",
     "Japan PM says disputed isles unlawfully held by Russia",
     """Japanese premier Fumio Kishida has declared that the disputed isles off Hokkaido are an intrinsic part of Japanese land and are at present unlawfully held by Russia, using a phrase Tokyo had shunned for three years.

Government spokesman Hirokazu Matsuno later explained that Tokyo's legal stance on the islands has not shifted.

Kishida further pledged to work with G7 partners on penalties against Moscow."""),
    ("https://www.japantimes.co.jp/news/2022/03/11/national/kishida-occupation-again/", "en", "2022-03-11",
     "Kishida again says Russia occupying Japan's islands",
     """Prime Minister Fumio Kishida on Friday again described the Northern Territories as illegally occupied, telling a Lower House committee that "Russia is occupying islands that belong to Japan without any legal basis."

Earlier this week Kishida told an Upper House panel that the islands were "now being illegally occupied by Russia," the first time a prime minister had used the phrase since 2019.

The government also said it would freeze the assets of additional Russian individuals."""),
]

# ---------------------------------------------------------------------------------------------------------------
# 7. Ishiba's policy speech, 29 November 2024 (I1: the policy of resolving the territorial issue and concluding a
#    peace treaty maintained). NHK, Kyodo (lead paraphrasing the quote), RIA, an aggregator's copy of Kyodo with junk
#    lines; Zakharova's briefing of 4 December: Z1 "strange to hear of a peace treaty...; no dialogue possible"
#    (TASS, with "last week" recalling I1); RIA adds Z2 (another point: sovereignty fixed by WWII, not discussed).
ISHIBA_SPEECH_2024_STORY = [
    ("https://www3.nhk.or.jp/news/html/20241129/k10014653001.html", "ja", "2024-11-29",
     "石破首相 所信表明演説",
     """石破総理大臣は29日、衆参両院の本会議で所信表明演説を行いました。

ロシアとの関係について、石破総理大臣は「日ロ関係は厳しい状況にあるが、領土問題を解決し、平和条約を締結するとの方針を堅持する」と述べました。

また、経済対策の裏付けとなる補正予算案の早期成立に全力を挙げる考えを強調しました。"""),
    ("https://english.kyodonews.net/news/2024/11/ishiba-policy-speech.html", "en", "2024-11-29",
     "Ishiba vows to keep seeking peace treaty with Russia",
     """TOKYO - Prime Minister Shigeru Ishiba said Friday that Japan will stick to its goal of settling the territorial row with Russia and signing a peace treaty, despite the current strains in bilateral ties.

"Although Japan-Russia relations are in a difficult situation, we will maintain our policy of resolving the territorial issue and concluding a peace treaty," Ishiba said in a policy speech at the start of an extraordinary Diet session.

Ishiba also pledged to enact an extra budget swiftly to fund economic measures."""),
    ("https://ria.ru/20241129/isiba-1986001.html", "ru", "2024-11-29",
     "Исиба заявил о намерении заключить мирный договор с Россией",
     """ТОКИО, 29 ноя - РИА Новости. Япония продолжит придерживаться курса на решение территориального вопроса и заключение мирного договора с Россией, заявил премьер-министр Японии Сигэру Исиба в программной речи в парламенте.

По его словам, японо-российские отношения находятся в сложном положении."""),
    ("https://asianewshub.example/world/ishiba-vows-peace-treaty-russia-5512093", "en", "2024-11-30",
     "Ishiba vows to keep seeking peace treaty with Russia",
     """5512093347 Ishiba vows to keep seeking peace treaty with Russia
Posted by admin | Nov 30, 2024 | World | 0 comments

TOKYO - Prime Minister Shigeru Ishiba said Friday that Japan will stick to its goal of settling the territorial row with Russia and signing a peace treaty, despite the current strains in bilateral ties.

"Although Japan-Russia relations are in a difficult situation, we will maintain our policy of resolving the territorial issue and concluding a peace treaty," Ishiba said in a policy speech at the start of an extraordinary Diet session.

Ishiba also pledged to enact an extra budget swiftly to fund economic measures.

Share this:
Facebook
X

Related Posts
Yen slides to three-month low against dollar
Nikkei closes higher on tech rally

Leave a Reply
Your email address will not be published."""),
    ("https://tass.com/politics/1883001", "en", "2024-12-04",
     "Tokyo's talk of peace treaty rings hollow amid sanctions — Zakharova",
     """MOSCOW, December 4. /TASS/. Tokyo's talk of a peace treaty rings hollow while it keeps up sanctions against Russia, Russian Foreign Ministry Spokeswoman Maria Zakharova said at a briefing on Wednesday.

"It is strange to hear about a commitment to a peace treaty from a government that has frozen all cooperation and calls our country a threat. No dialogue on this topic is possible in such conditions," she said.

Last week Japanese Prime Minister Shigeru Ishiba said in a policy speech that Tokyo would stick to its course of resolving the territorial issue and concluding a peace treaty."""),
    ("https://ria.ru/20241204/zakharova-1987001.html", "ru", "2024-12-04",
     "Захарова назвала странными слова Токио о мирном договоре",
     """МОСКВА, 4 дек - РИА Новости. Официальный представитель МИД России Мария Захарова назвала странными рассуждения японских властей о приверженности мирному договору на фоне санкционной политики.

"Никакой диалог на эту тему в таких условиях невозможен", - сказала она на брифинге.

Захарова также подчеркнула, что суверенитет России над южными Курилами закреплен итогами Второй мировой войны и обсуждению не подлежит.

В своей программной речи 29 ноября Исиба заявил, что Токио намерен решить территориальный вопрос и заключить мирный договор."""),
]

# ---------------------------------------------------------------------------------------------------------------
# 8. Eastern Economic Forum, 5 September 2019. The transcript: Abe A1 ("Vladimir, ... let us run together to the goal
#    of a peace treaty"), Putin P1 (a treaty only with enough trust; the 1956 declaration the basis), after a new
#    question P2 (Tokyo must clarify whether US military facilities could appear on the islands). Kyodo, NHK,
#    Reuters (one sentence merging P1 and P2), a spun rewrite; TASS five days later: Morgulov M1 with "last week"
#    recalling P2.
ABE_EEF_2019_STORY = [
    ("http://kremlin.ru/events/president/transcripts/61451", "ru", "2019-09-05",
     "Пленарное заседание Восточного экономического форума",
     """В.Путин: Добрый день, уважаемые друзья!

С.Абэ (как переведено): Владимир, мы с тобой смотрим в одном направлении. Давай вместе, изо всех сил, добежим до цели – заключения мирного договора. Это наша ответственность перед будущими поколениями.

Модератор: Владимир Владимирович, когда же будет мирный договор?

В.Путин: Мирный договор возможен только тогда, когда между нашими странами будет достаточный уровень доверия. Основой для нас по-прежнему остаётся Декларация 1956 года.

Модератор: А как быть с военными аспектами?

В.Путин: Японская сторона должна прояснить, могут ли на этих островах появиться американские военные объекты в силу союзнических обязательств Токио. Без этого двигаться дальше трудно.

Модератор: Спасибо. Перейдём к экономике."""),
    ("https://english.kyodonews.net/news/2019/09/abe-eef-speech.html", "en", "2019-09-05",
     "Abe urges Putin to 'run together' toward peace treaty",
     """VLADIVOSTOK, Russia - Prime Minister Shinzo Abe on Thursday called on Russian President Vladimir Putin to work with him to reach the goal of a peace treaty, saying the two leaders bear responsibility to future generations.

"Vladimir, you and I are looking in the same direction. Let us run together, with all our strength, to the goal of concluding a peace treaty," Abe said in a speech at the Eastern Economic Forum.

Putin said Tokyo must clarify whether U.S. military facilities could appear on the islands under its security alliance with Washington."""),
    ("https://www3.nhk.or.jp/news/html/20190905/k10012066001.html", "ja", "2019-09-05",
     "安倍首相 東方経済フォーラムで演説",
     """安倍総理大臣は5日、ロシアのウラジオストクで開かれている東方経済フォーラムで演説し、「ウラジーミル、君と僕は同じ方向を見ている。平和条約締結というゴールに向かって、二人で力を合わせて走り抜こう」と呼びかけました。

これに対しプーチン大統領は「平和条約は両国の間に十分な信頼があってこそ可能になる」と述べ、1956年の日ソ共同宣言が基礎だという考えを示しました。"""),
    ("https://www.reuters.com/article/us-russia-japan-forum/putin-says-japan-treaty-needs-trust-idUSKCN1VQ0XX", "en", "2019-09-05",
     "Putin says Japan peace treaty needs trust, clarity on U.S. forces",
     """VLADIVOSTOK, Russia (Reuters) - Russian President Vladimir Putin said on Thursday a peace treaty with Japan could only come once the two countries trusted each other enough, and that Moscow needed to know whether U.S. forces could be deployed on the disputed islands.

Putin, speaking at an economic forum alongside Japanese Prime Minister Shinzo Abe, said the 1956 declaration remained "the basis" for talks.

Abe urged Putin to work with him and "run together" toward a peace treaty."""),
    ("https://globaldispatch.example/2019/09/06/abe-putin-sprint-peace-accord", "en", "2019-09-06",
     "Abe asks Putin to sprint jointly toward peace accord",
     """Japanese leader Shinzo Abe appealed to Vladimir Putin to sprint jointly toward the finish line of signing a peace accord, telling the Russian head of state that both men gaze in the same direction.

The Kremlin chief replied that a peace accord becomes feasible only when there is ample trust between the nations, adding that the 1956 declaration stays the foundation.

Putin also pressed Tokyo to make clear whether American military sites might emerge on the islands under its alliance duties."""),
    ("https://tass.com/politics/1077001", "en", "2019-09-10",
     "Question of US military on Kurils must be settled before treaty — diplomat",
     """MOSCOW, September 10. /TASS/. The possibility of US military infrastructure appearing on the South Kurils must be ruled out before any peace treaty with Japan, Russian Deputy Foreign Minister Igor Morgulov said on Tuesday.

"We need legally binding guarantees, not verbal assurances from Tokyo," Morgulov told reporters.

Last week President Vladimir Putin said Tokyo must clarify whether US military facilities could appear on the islands under its alliance commitments."""),
]

# ---------------------------------------------------------------------------------------------------------------
# 9. Ambassador Nozdrev's RIA interview, 12 June 2024. N1 "no talk of any dialogue on a peace treaty while Japan keeps
#    its course" (RIA's lead paraphrases the quote); N2 (another point) sovereignty indisputable, in the
#    Constitution. An aggregator's machine English of RIA with junk lines, TASS (shortened quote), Kyodo Japanese,
#    Jiji: Hayashi's answer, H1 (blaming Japan is unjust: all due to the aggression) and H2 (the policy maintained).
NOZDREV_INTERVIEW_2024_STORY = [
    ("https://ria.ru/20240612/nozdrev-1952001.html", "ru", "2024-06-12",
     "Ноздрев: диалог с Японией по мирному договору в нынешних условиях невозможен",
     """ТОКИО, 12 июн - РИА Новости. Диалог с Японией по мирному договору в нынешних условиях невозможен, пока Токио проводит антироссийский курс, заявил в интервью РИА Новости посол России в Японии Николай Ноздрев.

"Японская сторона сама разрушила все, что было наработано за годы. Пока она продолжает этот курс, ни о каком диалоге по мирному договору речи идти не может", - сказал дипломат.

Посол также подчеркнул, что суверенитет России над Курилами неоспорим и закреплен в Конституции.

По его словам, рыболовные переговоры между странами при этом продолжаются, а ряд японских компаний сохраняет присутствие на российском рынке."""),
    ("https://news-front-en.example/2024/06/12/nozdrev-dialogue-japan", "en", "2024-06-12",
     "Nozdrev: the dialogue with Japan on the peace treaty is impossible in the present conditions",
     """12.06.2024 14:35 | Politics

The dialogue with Japan on the peace treaty in the present conditions is impossible while Tokyo carries out the anti-Russian course, the ambassador of Russia in Japan Nikolay Nozdrev declared in an interview to RIA Novosti.

"The Japanese side itself destroyed everything that was developed for years. While it continues this course, about any dialogue on the peace treaty there can be no speech", - the diplomat told.

The ambassador also emphasized that the sovereignty of Russia over the Kurils is indisputable and fixed in the Constitution.

Photo: RIA Novosti
Subscribe to our Telegram channel
Share"""),
    ("https://tass.com/politics/1803001", "en", "2024-06-12",
     "Peace treaty dialogue with Japan impossible under current course — ambassador",
     """MOSCOW, June 12. /TASS/. Russia sees no possibility of a peace treaty dialogue with Japan while Tokyo sticks to its anti-Russian course, Russian Ambassador to Japan Nikolai Nozdrev told RIA Novosti.

"As long as it continues this course, there can be no talk of any dialogue on a peace treaty," the diplomat said."""),
    ("https://www.47news.jp/9500001.html", "ja", "2024-06-13",
     "駐日ロシア大使「平和条約の対話あり得ない」",
     """【モスクワ共同】ロシアのノズドレフ駐日大使は12日付のロシア通信のインタビューで、日本が反ロシア路線を続ける限り「平和条約に関するいかなる対話もあり得ない」と述べた。

ノズドレフ氏は、北方領土に対するロシアの主権は争う余地がなく、憲法に明記されているとも主張した。一方、漁業交渉は続いていると指摘した。"""),
    ("https://www.jiji.com/jc/article?k=2024061300550", "ja", "2024-06-13",
     "「責任転嫁は極めて不当」　ロシア大使発言に官房長官",
     """林芳正官房長官は13日の記者会見で、ロシアのノズドレフ駐日大使が平和条約の対話はあり得ないと述べたことについて、「平和条約交渉をめぐる状況は全てロシアのウクライナ侵略に起因するものであり、日本側に責任を転嫁しようとするのは極めて不当だ」と反論した。

その上で「北方領土問題を解決して平和条約を締結するとの方針を堅持する」と強調した。"""),
]

# ---------------------------------------------------------------------------------------------------------------
# 10. Sochi summit, 6 May 2016. Abe A1 ("a sense we can break the impasse; a new approach free from the ideas of the
#     past", the lead paraphrasing it). NHK; TASS Russian: Ushakov U1 (no concessions on sovereignty; the lead
#     paraphrasing the quote); TASS English (both); Reuters (A1 shortened to "a new approach", U1 paraphrased); TASS a
#     week later: Lavrov L1 (sovereignty not subject to bargaining) with "last week" recalling U1.
SOCHI_2016_STORY = [
    ("https://english.kyodonews.net/news/2016/05/abe-putin-sochi.html", "en", "2016-05-06",
     "Abe says 'new approach' agreed with Putin on territorial talks",
     """SOCHI, Russia - Prime Minister Shinzo Abe said Friday that he and Russian President Vladimir Putin would pursue peace treaty talks with "a new approach," as the two leaders met in the Black Sea resort of Sochi.

"I have a sense that we can break the impasse in the peace treaty negotiations. We will proceed with a new approach, free from the ideas of the past," Abe told reporters after the talks.

Abe also presented an eight-point economic cooperation plan covering energy, medicine and urban development in the Russian Far East."""),
    ("https://www3.nhk.or.jp/news/html/20160507/k10010511001.html", "ja", "2016-05-07",
     "日ロ首脳会談 「新しいアプローチで交渉」",
     """安倍総理大臣は6日、ロシア南部のソチでプーチン大統領と会談しました。

会談後、安倍総理大臣は記者団に対し「停滞している平和条約交渉を打開する手応えを得た。これまでの発想にとらわれない新しいアプローチで交渉を進めていく」と述べました。

安倍総理大臣はまた、エネルギーや医療など8項目の経済協力プランを提案しました。"""),
    ("https://tass.ru/politika/3262001", "ru", "2016-05-06",
     "Ушаков: ни о каких уступках по суверенитету над Курилами речи не идет",
     """СОЧИ, 6 мая. /ТАСС/. Россия не рассматривает никаких уступок по суверенитету над южными Курилами, заявил журналистам помощник президента РФ Юрий Ушаков, комментируя переговоры Владимира Путина и Синдзо Абэ, на которых вопросы мирного договора обсуждались один на один.

"Разговор был откровенный. Но ни о каких уступках по вопросу суверенитета речи не идет, позиция России хорошо известна", - сказал Ушаков.

По его словам, Абэ представил план экономического сотрудничества из восьми пунктов."""),
    ("https://tass.com/politics/874001", "en", "2016-05-06",
     "Kremlin aide rules out concessions on Kuril sovereignty",
     """SOCHI, May 6. /TASS/. Russia is not considering any concessions on its sovereignty over the South Kurils, Presidential Aide Yuri Ushakov said after talks between Vladimir Putin and Shinzo Abe, at which the peace treaty issue was discussed one-on-one.

"The conversation was frank. But there is no talk of any concessions on sovereignty, Russia's position is well known," Ushakov told reporters.

The Japanese prime minister said after the talks that the sides would seek a new approach to the peace treaty negotiations, free from the ideas of the past."""),
    ("https://www.reuters.com/article/us-russia-japan-summit/abe-putin-new-approach-idUSKCN0XX1XX", "en", "2016-05-06",
     "Japan's Abe says agreed 'new approach' with Putin on island row",
     """SOCHI, Russia (Reuters) - Japanese Prime Minister Shinzo Abe said on Friday that peace treaty talks with Russia would be pursued with "a new approach", but gave no details.

The dispute over islands seized by Soviet troops at the end of World War Two has kept the two countries from signing a formal peace treaty.

Kremlin aide Yuri Ushakov said Russia's position on sovereignty over the islands was unchanged."""),
    ("https://tass.com/politics/875500", "en", "2016-05-13",
     "'New approach' does not mean change in Russia's position on Kurils — Lavrov",
     """MOSCOW, May 13. /TASS/. The "new approach" to peace treaty talks discussed by the Russian and Japanese leaders in Sochi does not mean that Moscow will revise its position on the South Kurils, Russian Foreign Minister Sergey Lavrov said on Friday.

"We are ready to look for mutually acceptable solutions, but Russia's sovereignty over the islands is not subject to bargaining," Lavrov said at a news conference after talks with his Uzbek counterpart.

Last week presidential aide Yuri Ushakov said there was no talk of any concessions on sovereignty."""),
]

STORIES = {name: value for name, value in dict(globals()).items() if name.endswith("_STORY")}

# per report, the treaty remarks it carries: (speaker, remark id). Leads that retell the quote below them are the
# same remark and listed once per report (a report's count is of remarks, not of sentences).
REMARKS = {
    "ABE_MOSCOW_2013_STORY": [
        [("Vladimir Putin", "P1"), ("Vladimir Putin", "P2"), ("Shinzo Abe", "A1")],
        [("Shinzo Abe", "A1"), ("Vladimir Putin", "P1")],
        [("Shinzo Abe", "A1"), ("Vladimir Putin", "P1")],
        [("Vladimir Putin", "P1")],
        [("Vladimir Putin", "P1"), ("Vladimir Putin", "P2"), ("Shinzo Abe", "A1")],
        [("Shinzo Abe", "A1"), ("Vladimir Putin", "P2")],
    ],
    "MEDVEDEV_ITURUP_2015_STORY": [
        [("Dmitry Medvedev", "M1")],
        [("Dmitry Medvedev", "M1")],
        [("Fumio Kishida", "K1"), ("Dmitry Medvedev", "M1")],
        [("Dmitry Medvedev", "M1"), ("Fumio Kishida", "K1")],
        [("Dmitry Medvedev", "M1"), ("Fumio Kishida", "K1")],
        [("Dmitry Medvedev", "M3"), ("Dmitry Medvedev", "M1")],
    ],
    "LAVROV_KONO_2019_STORY": [
        [("Sergei Lavrov", "L1"), ("Sergei Lavrov", "L2")],
        [("Sergei Lavrov", "L1"), ("Sergei Lavrov", "L2")],
        [("Taro Kono", "K1"), ("Sergei Lavrov", "L1")],
        [("Sergei Lavrov", "L1"), ("Taro Kono", "K1")],
        [("Sergei Lavrov", "L1"), ("Taro Kono", "K1")],
        [("Sergei Lavrov", "L3"), ("Sergei Lavrov", "L1")],
    ],
    "EEF_OFFER_2018_STORY": [
        [("Vladimir Putin", "P1")],
        [("Vladimir Putin", "P1")],
        [("Vladimir Putin", "P1")],
        [("Vladimir Putin", "P1")],
        [("Yoshihide Suga", "S1")],   # Putin's offer named in NHK's clause may also be found (a repeat)
        [("Dmitry Peskov", "PK1")],
        [("Yoshihide Suga", "S1"), ("Vladimir Putin", "P1")],
    ],
    "SINGAPORE_2018_STORY": [
        [("Shinzo Abe", "A1"), ("Shinzo Abe", "A2")],
        [("Shinzo Abe", "A1"), ("Shinzo Abe", "A2")],
        [("Shinzo Abe", "A1"), ("Shinzo Abe", "A2")],
        [("Vladimir Putin", "P1"), ("Shinzo Abe", "A1")],
        [("Vladimir Putin", "P1"), ("Shinzo Abe", "A1")],
        [("Vladimir Putin", "P1"), ("Shinzo Abe", "A2")],
    ],
    "KISHIDA_OCCUPATION_2022_STORY": [
        [("Fumio Kishida", "K1")],
        [("Fumio Kishida", "K1")],
        [("Hirokazu Matsuno", "M1")],   # Kishida's word in the clause may also be found (a repeat)
        [("Fumio Kishida", "K1"), ("Hirokazu Matsuno", "M1")],
        [("Fumio Kishida", "K1"), ("Hirokazu Matsuno", "M1")],
        [("Fumio Kishida", "K2"), ("Fumio Kishida", "K1")],
    ],
    "ISHIBA_SPEECH_2024_STORY": [
        [("Shigeru Ishiba", "I1")],
        [("Shigeru Ishiba", "I1")],
        [("Shigeru Ishiba", "I1")],
        [("Shigeru Ishiba", "I1")],
        [("Maria Zakharova", "Z1"), ("Shigeru Ishiba", "I1")],
        [("Maria Zakharova", "Z1"), ("Maria Zakharova", "Z2"), ("Shigeru Ishiba", "I1")],
    ],
    "ABE_EEF_2019_STORY": [
        [("Shinzo Abe", "A1"), ("Vladimir Putin", "P1"), ("Vladimir Putin", "P2")],
        [("Shinzo Abe", "A1"), ("Vladimir Putin", "P2")],
        [("Shinzo Abe", "A1"), ("Vladimir Putin", "P1")],
        [("Vladimir Putin", "P1"), ("Vladimir Putin", "P2"), ("Shinzo Abe", "A1")],
        [("Shinzo Abe", "A1"), ("Vladimir Putin", "P1"), ("Vladimir Putin", "P2")],
        [("Igor Morgulov", "M1"), ("Vladimir Putin", "P2")],
    ],
    "NOZDREV_INTERVIEW_2024_STORY": [
        [("Nikolai Nozdrev", "N1"), ("Nikolai Nozdrev", "N2")],
        [("Nikolai Nozdrev", "N1"), ("Nikolai Nozdrev", "N2")],
        [("Nikolai Nozdrev", "N1")],
        [("Nikolai Nozdrev", "N1"), ("Nikolai Nozdrev", "N2")],
        [("Yoshimasa Hayashi", "H1"), ("Yoshimasa Hayashi", "H2")],   # Nozdrev's N1 in the clause may be found too
    ],
    "SOCHI_2016_STORY": [
        [("Shinzo Abe", "A1")],
        [("Shinzo Abe", "A1")],
        [("Yuri Ushakov", "U1")],
        [("Yuri Ushakov", "U1"), ("Shinzo Abe", "A1")],
        [("Shinzo Abe", "A1"), ("Yuri Ushakov", "U1")],
        [("Sergei Lavrov", "L1"), ("Yuri Ushakov", "U1")],
    ],
}

EXPECTED = {
    "ABE_MOSCOW_2013_STORY": [("tass.ru", "Vladimir Putin"), ("tass.ru", "Vladimir Putin"), ("tass.ru", "Shinzo Abe")],
    "MEDVEDEV_ITURUP_2015_STORY": [("tass.com", "Dmitry Medvedev"), ("english.kyodonews.net", "Fumio Kishida"),
                                   ("www.interfax.ru", "Dmitry Medvedev")],
    "LAVROV_KONO_2019_STORY": [("tass.com", "Sergei Lavrov"), ("tass.com", "Sergei Lavrov"),
                               ("english.kyodonews.net", "Taro Kono"), ("tass.com", "Sergei Lavrov")],
    "EEF_OFFER_2018_STORY": [("kremlin.ru", "Vladimir Putin"), ("www3.nhk.or.jp", "Yoshihide Suga"),
                             ("tass.com", "Dmitry Peskov")],
    "SINGAPORE_2018_STORY": [("english.kyodonews.net", "Shinzo Abe"), ("english.kyodonews.net", "Shinzo Abe"),
                             ("tass.ru", "Vladimir Putin")],
    "KISHIDA_OCCUPATION_2022_STORY": [("www3.nhk.or.jp", "Fumio Kishida"), ("www.jiji.com", "Hirokazu Matsuno"),
                                      ("www.japantimes.co.jp", "Fumio Kishida")],
    "ISHIBA_SPEECH_2024_STORY": [("www3.nhk.or.jp", "Shigeru Ishiba"), ("tass.com", "Maria Zakharova"),
                                 ("ria.ru", "Maria Zakharova")],
    "ABE_EEF_2019_STORY": [("kremlin.ru", "Shinzo Abe"), ("kremlin.ru", "Vladimir Putin"),
                           ("kremlin.ru", "Vladimir Putin"), ("tass.com", "Igor Morgulov")],
    "NOZDREV_INTERVIEW_2024_STORY": [("ria.ru", "Nikolai Nozdrev"), ("ria.ru", "Nikolai Nozdrev"),
                                     ("www.jiji.com", "Yoshimasa Hayashi"), ("www.jiji.com", "Yoshimasa Hayashi")],
    "SOCHI_2016_STORY": [("english.kyodonews.net", "Shinzo Abe"), ("tass.ru", "Yuri Ushakov"),
                         ("tass.com", "Sergei Lavrov")],
}
