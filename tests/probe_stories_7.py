"""Eight more multi-outlet probe stories (round 7: the reaction chain), written independently of rounds 1-6 (own
words, each outlet's style, other events: 2010-2024). One side says something on the islands or the treaty; the other
side answers the next day; the first side answers back; commentators, regional sites and other language services pick
it up over two to five days. Every report of a reply re-tells the remark it replies to (quoted again, shortened,
paraphrased, in another language, inside a journalist's question, as "earlier X said ..."): those are REPEATS of the
earlier remark, not new; the reply itself is new the first time it appears. In the same chains stand NEW remarks that
look like repeats: the same speaker saying his line again on another occasion (a later press conference, a second
briefing, his own retraction), a spokesman answering for his principal (the spokesman's own remark), a ministry's
written statement and the minister's oral words the same day (two remarks), a denial ("the president/premier did not
say ...": the denial is new, the denied words retold are the earlier report's remark), an embassy's correction of a
mistranslated interview (the embassy's own remark; the interview re-told correctly is the interview's remark), while
an outlet's own correction note of its translation is no remark at all. Non-treaty lines by the same people (fisheries,
sanctions, Ukraine, energy, the pandemic, party discipline, ambassadors' recalls, travel plans, military hardware),
background paragraphs, documents (a Bluebook's wording), events ("Tokyo lodged a protest"), anonymous sources,
former islanders, journalists' own questions and experts are no remarks.

Each story: a list of (url, language, published, title, text) in processing order.
EXPECTED[name]: the (host, speaker) of every report that should be flagged new (first report of each distinct
treaty utterance, in processing order).
REMARKS[name]: per report, the treaty remarks it carries as (speaker, remark id); a remark id names one utterance
(same speaker, same words, same occasion). The first report of each id is the expected alert. Two points made by the
same speaker in one answer or one interview get two ids; a later utterance by the same speaker on another occasion,
even the same day and however close in substance, gets its own id; so does a spokesman's explanation or denial on
behalf of his principal, and a ministry's written statement beside its minister's oral words. A lead retelling the
quote below it is the same remark (listed once per report); a recollection ("on Monday X said ...", also inside a
journalist's question or as the words a denial denies) is the recalled remark; an event recalled without attribution
("Tokyo protested", "the leaders agreed ...") is no remark. A report carrying no treaty remark has an empty list.
SNIPPETS[name]: per report, one short exact span of the text for each entry of REMARKS[name] (same order), lying
inside the sentence or quote that carries that remark in that report.
NOT_STATEMENTS[name]: per report, exact spans of the text that are no treaty remark (non-treaty words of the same
officials, background, documents, events, anonymous sources, islanders, experts, journalists' questions, correction
notes).
"""

# ---------------------------------------------------------------------------------------------------------------
# 1. Medvedev on Kunashir, 1 November 2010: the first visit by a Russian (or Soviet) leader to the disputed islands.
#    RIA's flash: Medvedev's own words on the island are about roads, piers and housing (no remark); background. Kyodo
#    Japanese: Kan K1 in the Upper House budget committee (the four islands are our territory, the government's
#    consistent position; the visit very regrettable: NEW); APEC in Yokohama (not treaty); a government source
#    (anonymous). NHK: Maehara MA1 to reporters after summoning Ambassador Bely (the four islands our inherent
#    territory; the visit hurts the Japanese people's feelings: NEW), K1 recalled; Bely only said he would report home
#    (not treaty). Interfax: Lavrov L1 the same evening (our land; the president visits Russian territory and decides
#    where to go himself; Tokyo's reaction unacceptable: NEW), MA1 recalled; Iran talks (not treaty). ITAR-TASS English
#    (L1 in other words, K1 recalled). Jiji on 2 November: Sengoku SE1 (the basic policy of settling the four islands'
#    attribution and concluding a treaty unchanged; calm and firm: NEW), L1 retold inside the reporter's question; the
#    ambassador's temporary recall "to hear the situation" (not treaty). The mid.ru comment of 2 November: the
#    ministry's written statement RFM1 (the Kurils an inalienable part of Russia; outside assessments of the president's
#    trips inappropriate; ready for a calm treaty dialogue: NEW); recalling the ambassador is Tokyo's prerogative (not
#    treaty). Kommersant's analysis (L1 recalled; K1 and MA1 merged in one sentence; a Kremlin source: anonymous; an
#    expert: no remark). Kyodo English on 2 November: Maehara MA2 at his own press conference (keep negotiating
#    persistently to resolve the four islands' sovereignty and conclude a treaty: same speaker, another occasion, NEW);
#    the recall no downgrade and APEC hopes (not treaty); RFM1 recalled. The Moscow Times on 3 November: Lavrov L2 on 2
#    November after talks with a visiting counterpart (the recall is Japan's business; the Kurils our territory, we will
#    develop them without asking anyone: NEW), MA2 paraphrased, K1 recalled; Timakova on the president's plans to visit
#    other islands (travel plans, not treaty). Voice of Russia in Japanese (L2, RFM1).
KUNASHIR_2010_STORY = [
    ("http://ria.ru/politics/20101101/291405537.html", "ru", "2010-11-01",
     "Медведев стал первым главой российского государства, посетившим Южные Курилы",
     """ЮЖНО-КУРИЛЬСК (Сахалинская область), 1 ноя - РИА Новости. Президент России Дмитрий Медведев в понедельник прибыл на остров Кунашир, став первым главой российского государства, побывавшим на Южных Курилах.

Президент осмотрел строящийся рыбоперерабатывающий цех, новый детский сад и геотермальную станцию, снабжающую электроэнергией Южно-Курильск, а затем пообщался с жителями поселка.

"Жизнь здесь есть, но она очень тяжелая. Нам нужно вкладываться в дороги, в причалы, в нормальное жилье, чтобы люди отсюда не уезжали", - сказал Медведев.

По словам главы государства, федеральная целевая программа социально-экономического развития Курильских островов должна быть выполнена в полном объеме, а ее финансирование не будет урезано.

Поездка на Курилы планировалась еще в конце сентября, однако тогда, как сообщалось, ее пришлось отложить из-за плохой погоды.

Япония претендует на острова Итуруп, Кунашир, Шикотан и группу необитаемых островов Хабомаи, ссылаясь на двусторонний трактат о торговле и границах 1855 года. Из-за спора о принадлежности островов мирный договор по итогам Второй мировой войны между двумя странами так и не был подписан."""),
    ("http://www.47news.jp/CN/201011/CN2010110101000183.html", "ja", "2010-11-01",
     "首相「大変遺憾」と表明　ロ大統領の国後島訪問",
     """菅直人首相は1日午前の参院予算委員会で、ロシアのメドベージェフ大統領が北方領土の国後島を訪問したことについて「北方四島はわが国の領土だというのが政府の一貫した立場だ。大統領の訪問は大変遺憾だ」と述べた。自民党議員の質問に答えた。

旧ソ連時代を含め、ロシアの最高指導者が北方領土を訪れたのは初めて。

首相は一方で、今月横浜で開かれるアジア太平洋経済協力会議（APEC）首脳会議について「大統領をお迎えし、議長国として成功させたい」と語った。

政府筋は「訪問を止められなかったのは事実だが、APECを前に対ロ関係を決定的に悪化させるわけにはいかない」と述べ、対応の難しさをにじませた。

政府は、ロシア側に再三にわたり訪問の自制を求めてきた。

【共同通信】"""),
    ("http://www3.nhk.or.jp/news/html/20101101/k10014983571000.html", "ja", "2010-11-01",
     "外相 ロシア大使を呼び抗議",
     """前原外務大臣は、ロシアのメドベージェフ大統領が北方領土の国後島を訪れたことを受けて、1日午後、ロシアのベールイ駐日大使を外務省に呼んで抗議しました。

このあと前原大臣は記者団に対し「北方四島はわが国固有の領土であり、大統領の訪問は日本国民の感情を傷つけるもので、極めて遺憾だと大使に伝えた」と述べました。

これに対し、ベールイ大使は、日本側の抗議を本国に伝えると述べたということです。

菅総理大臣も、1日の参議院予算委員会で「北方四島はわが国の領土だというのが一貫した立場であり、大変遺憾だ」と述べました。

北方領土には、現在、ロシア人およそ1万7000人が暮らしています。政府は、北方四島の帰属の問題を解決して平和条約を締結するという方針の下、ロシアとの交渉を続けてきましたが、今回の訪問で交渉への影響は避けられないという見方も出ています。"""),
    ("http://www.interfax.ru/politics/news.asp?id=162744", "ru", "2010-11-01",
     "Лавров назвал неприемлемой реакцию Токио на поездку Медведева на Кунашир",
     """Москва. 1 ноября. INTERFAX.RU - Москва считает неприемлемой реакцию Токио на посещение президентом РФ Дмитрием Медведевым острова Кунашир, заявил министр иностранных дел России Сергей Лавров.

"Это наша земля. Президент России посещает российскую территорию и сам решает, куда ему ехать. Реакция японской стороны для нас неприемлема", - сказал Лавров журналистам в понедельник вечером.

Ранее в понедельник министр иностранных дел Японии Сэйдзи Маэхара вызвал посла РФ в Токио Михаила Белого и заявил ему, что визит ранит чувства японского народа, поскольку четыре острова являются исконной территорией Японии.

Лавров также сообщил, что Россия рассчитывает на возобновление в ноябре переговоров "шестерки" международных посредников с Ираном по его ядерной программе.

Президент Медведев провел на Кунашире около трех часов."""),
    ("http://www.itar-tass.com/eng/level2.html?NewsID=15634211&PageNum=0", "en", "2010-11-01",
     "Lavrov: Tokyo's reaction to Medvedev's Kunashir trip unacceptable",
     """MOSCOW, November 1 (Itar-Tass) -- Russian Foreign Minister Sergei Lavrov on Monday described as unacceptable Tokyo's reaction to President Dmitry Medvedev's visit to Kunashir, one of the southern Kuril Islands.

The island is Russian land, and the Russian president travels around Russian territory as he sees fit, the minister told journalists.

Earlier in the day Japanese Prime Minister Naoto Kan told parliament that his government regarded the four islands as Japanese territory and called the visit "very regrettable".

Medvedev spent about three hours on Kunashir, where he visited a geothermal power station, a kindergarten and a fish-processing facility under construction, and talked to local residents.

Japan lays claim to the islands of Iturup, Kunashir, Shikotan and the Habomai group. The dispute has prevented the two countries from signing a peace treaty after World War II."""),
    ("http://www.jiji.com/jc/c?g=pol_30&k=2010110200187", "ja", "2010-11-02",
     "駐ロ大使を一時帰国＝「四島帰属の方針不変」－仙谷官房長官",
     """仙谷由人官房長官は2日午前の記者会見で、ロシアのメドベージェフ大統領の国後島訪問を受け、河野雅治駐ロシア大使を一時帰国させると発表した。理由について「現地の状況を詳しく聞くためだ」と説明した。

ロシアのラブロフ外相が「われわれの土地だ」として日本側の反応を「容認できない」と述べたことについて記者団から見解を問われると、仙谷長官は「北方四島の帰属の問題を解決して平和条約を締結するという政府の基本方針は全く変わらない。冷静かつ毅然（きぜん）と対応していく」と語った。

大使の一時帰国は、事実上の対抗措置との見方も出ている。政府内には、今月13、14両日に横浜で開かれるAPEC首脳会議での日ロ首脳会談への影響を懸念する声もある。（2010/11/02-11:43）"""),
    ("http://www.mid.ru/brp_4.nsf/0/8C2F3A1D5E7B9C40C32577D1003A6F52", "ru", "2010-11-02",
     "Комментарий Департамента информации и печати МИД России в связи с реакцией японской стороны на поездку Президента Российской Федерации на Курильские острова",
     """Комментарий Департамента информации и печати МИД России в связи с реакцией японской стороны на поездку Президента Российской Федерации на Курильские острова

В Москве обратили внимание на высказывания ряда официальных лиц Японии в связи с поездкой Президента Российской Федерации Д.А.Медведева на остров Кунашир 1 ноября.

Считаем необходимым еще раз подчеркнуть: Курильские острова являются неотъемлемой частью территории Российской Федерации. Президент России, как и другие руководители страны, посещает российские регионы по своему усмотрению, и какие-либо оценки извне в этой связи неуместны.

Решение японской стороны о временном отзыве посла в Москве для консультаций - ее прерогатива.

Российская сторона по-прежнему готова продолжать с Японией диалог по вопросу о заключении мирного договора в спокойной атмосфере, без политизации и эмоций, на основе уважения интересов друг друга.

2 ноября 2010 года

1623-02-11-2010"""),
    ("http://www.kommersant.ru/doc/1532344", "ru", "2010-11-02",
     "Курильский прорыв",
     """Газета «Коммерсантъ», №204 (4504), 02.11.2010

Дмитрий Медведев вчера сделал то, на что не решался ни один советский или российский лидер: побывал на Южных Курилах. Как рассказал "Ъ" источник в Кремле, решение о поездке президент принял сам еще летом и отговаривать его никто не стал.

Реакция Токио была предсказуемой. Премьер Наото Кан и министр иностранных дел Сэйдзи Маэхара назвали визит прискорбным, в очередной раз повторив, что считают все четыре острова японскими. Глава МИД России Сергей Лавров в ответ назвал реакцию японской стороны неприемлемой, напомнив, что президент ездит по своей земле.

"Японское правительство сейчас слабое, и жесткая риторика нужна ему прежде всего для внутренней аудитории. До саммита АТЭС в Иокогаме ситуация успокоится", - считает научный сотрудник Института востоковедения РАН Алексей Ковригин.

Медведев пробыл на Кунашире около трех часов. Поездка должна была состояться еще в сентябре, но тогда президентский борт из Петропавловска-Камчатского так и не вылетел."""),
    ("http://english.kyodonews.jp/news/2010/11/54072.html", "en", "2010-11-02",
     "Japan temporarily recalls envoy to Russia over Medvedev's isle trip",
     """TOKYO, Nov. 2, Kyodo - Japan will temporarily call back its ambassador to Russia, Masaharu Kono, to hear about the situation following Russian President Dmitry Medvedev's visit to one of the disputed islands off Hokkaido, the government said Tuesday.

Foreign Minister Seiji Maehara told a news conference that Japan would "persistently continue negotiations to resolve the question of the attribution of the four islands and conclude a peace treaty," adding that the recall did not mean a downgrading of ties.

Maehara also said Japan still hoped to welcome Medvedev at the Asia-Pacific Economic Cooperation summit in Yokohama later this month.

Russia's Foreign Ministry said in a statement on Tuesday that the Kuril Islands are an "inalienable part" of Russian territory and that outside assessments of the president's travel are "inappropriate."

Medvedev on Monday became the first Soviet or Russian leader to set foot on any of the four islands, which were seized by Soviet troops at the end of World War II. Japan calls them the Northern Territories.

==Kyodo"""),
    ("http://www.themoscowtimes.com/news/article/lavrov-tells-tokyo-its-protests-change-nothing/421890.html", "en", "2010-11-03",
     "Lavrov Tells Tokyo Its Protests Change Nothing",
     """Foreign Minister Sergei Lavrov brushed off Japan's decision to recall its ambassador over President Dmitry Medvedev's trip to the southern Kurils, saying Moscow would not ask anyone's leave to invest in the islands.

"Japan recalling its ambassador is Japan's own business. The Kurils are our territory, and we are going to develop them without asking anyone's permission," Lavrov told reporters Tuesday after talks with a visiting counterpart.

Japanese Foreign Minister Seiji Maehara said the same day that Tokyo would keep negotiating over the four islands and a peace treaty. On Monday, Prime Minister Naoto Kan had called the trip "very regrettable" and reaffirmed Japan's claim.

Kremlin spokeswoman Natalya Timakova said Medvedev intended to visit other islands of the Kuril chain but that no dates had been set.

The islands, which Japan calls the Northern Territories, were taken by Soviet forces in the closing days of World War II, and the two countries have never signed a peace treaty."""),
    ("http://japanese.ruvr.ru/2010/11/03/31215872.html", "ja", "2010-11-03",
     "ラブロフ外相「クリル諸島はロシア領、発展させていく」",
     """ロシアのラブロフ外相は２日、記者団に対し、日本が駐ロシア大使を一時帰国させたことについて「大使を呼び戻すのは日本自身の問題だ。クリル諸島はわれわれの領土であり、誰の許可も求めずに発展させていく」と述べた。

これに先立ちロシア外務省は２日、コメントを発表し、クリル諸島はロシア連邦の領土の不可分の一部であり、大統領が自国の地域を訪問することについて外部から評価を下すのは不適切だと指摘した。

メドベージェフ大統領は１日、南クリルのクナシル島を訪れ、地熱発電所や幼稚園などを視察した。

ロシアの声"""),
]

# ---------------------------------------------------------------------------------------------------------------
# 2. Kan's "unforgivable outrage", 7 February 2011 (Northern Territories Day), and the week to Maehara's talks in
#    Moscow on 11 February. NHK: Kan K1 at the national rally (the president's visit to the Northern Territories, our
#    inherent territory, an unforgivable outrage: NEW); a former islander's speech (no remark). RIA: K1 mistranslated as
#    an "act of violence". The kantei.go.jp text of the speech: K1 and, first here, K2 (another point of the same
#    speech: settle the attribution of the four islands and conclude a treaty, negotiate tenaciously: NEW); greetings
#    and the visa-free exchanges (not treaty). Interfax on 8 February: Lavrov L1 (such words undiplomatic; the Kurils
#    Russian territory; treaty talk only in a calm atmosphere: NEW), K1 recalled; Egypt (not treaty). RIA's corrected
#    version (its correction note: no remark; K1 in the right words, L1 retold). Jiji on 8 February: Edano ED1
#    explaining what the prime minister meant (he voiced the nation's feelings about the visit, no intent to harm
#    relations; the four-island policy unchanged: the spokesman's own remark, NEW), L1 and K1 retold in the question.
#    The kremlin.ru transcript of 9 February: Medvedev ME1 to Defence Minister Serdyukov (the Kurils an inseparable part
#    of Russia, a strategic region: NEW); the order on modern weapons and Serdyukov's report (not treaty). Asahi on 10
#    February: Maehara MA1 before leaving for Moscow (convey calmly but clearly that the four islands are Japan's: NEW),
#    ME1 recalled; energy cooperation (not treaty). The mid.ru transcript of the joint press conference of 11 February:
#    K1 inside a journalist's question; Lavrov L2 (no discussion of sovereignty over our territory; ready to work on a
#    treaty through cooperation: NEW) and Maehara MA2 (position unchanged; continue the dialogue to settle the four
#    islands' attribution and conclude a treaty: NEW); trade and energy (not treaty). Kyodo English on 12 February (L2,
#    MA2 paraphrased, K1 recalled; an official: anonymous). Yomiuri's editorial on 13 February (L2 and ME1 recalled; the
#    paper's own views: no remark).
KAN_OUTRAGE_2011_STORY = [
    ("http://www3.nhk.or.jp/news/html/20110207/t10013904151000.html", "ja", "2011-02-07",
     "首相 大統領の訪問は“許し難い暴挙”",
     """菅総理大臣は、７日、東京で開かれた「北方領土返還要求全国大会」で挨拶し、去年11月のロシアのメドベージェフ大統領の国後島訪問について「わが国固有の領土である北方領土への大統領の訪問は、許し難い暴挙だ」と述べ、ロシアを強く批判しました。

総理大臣がこの大会で、ロシアの対応をここまで強いことばで批判するのは異例です。

大会では、元島民の代表が「ふるさとの島に自由に帰れる日が来ることを、一日千秋の思いで待っている」と訴えました。

前原外務大臣は、今月11日にモスクワでラブロフ外相と会談する予定で、北方領土問題をめぐって、どのような議論が交わされるかが焦点となります。"""),
    ("http://ria.ru/politics/20110207/331445102.html", "ru", "2011-02-07",
     "Премьер Японии назвал визит Медведева на Курилы «непростительным актом насилия»",
     """ТОКИО, 7 фев - РИА Новости. Премьер-министр Японии Наото Кан назвал посещение президентом России Дмитрием Медведевым острова Кунашир в ноябре прошлого года "непростительным актом насилия".

"Визит президента на северные территории, которые являются исконной территорией Японии, - это непростительный акт насилия", - заявил Кан, выступая в понедельник на общенациональном митинге за возвращение "северных территорий" в Токио.

День "северных территорий" отмечается в Японии 7 февраля с 1981 года. В этот день в 1855 году был подписан Симодский трактат, по которому граница между Россией и Японией прошла между островами Итуруп и Уруп.

Медведев 1 ноября 2010 года стал первым главой российского государства, посетившим Южные Курилы."""),
    ("http://www.kantei.go.jp/jp/kan/statement/201102/07hoppou.html", "ja", "2011-02-07",
     "北方領土返還要求全国大会　菅内閣総理大臣挨拶",
     """北方領土返還要求全国大会　菅内閣総理大臣挨拶

平成23年2月7日

本日、「北方領土の日」に当たり、北方領土返還要求全国大会が開催されるに当たり、一言御挨拶を申し上げます。

元島民の皆様をはじめ、長年にわたり返還要求運動に取り組んでこられた関係者の皆様に、心から敬意を表します。

昨年11月、メドベージェフ大統領が国後島を訪問しました。わが国固有の領土である北方領土への大統領の訪問は、許し難い暴挙であります。

政府としては、北方四島の帰属の問題を解決して平和条約を締結するという基本方針の下、粘り強く交渉を続けてまいります。

四島交流等事業につきましても、元島民の皆様の思いに応えるべく、引き続き着実に実施してまいります。

結びに、本大会の御成功と、御参会の皆様の御健勝を祈念いたしまして、私の挨拶といたします。

平成23年2月7日
内閣総理大臣　菅　直人"""),
    ("http://www.interfax.ru/politics/news.asp?id=176290", "ru", "2011-02-08",
     "Лавров назвал недипломатичными слова японского премьера о Курилах",
     """Москва. 8 февраля. INTERFAX.RU - Глава МИД РФ Сергей Лавров считает недипломатичными высказывания премьер-министра Японии Наото Кана о визите президента России на Курилы.

"Такие высказывания, мягко говоря, недипломатичны. Курилы - российская территория. Разговор о мирном договоре возможен только в спокойной, уважительной атмосфере, а не под подобные лозунги", - сказал Лавров журналистам во вторник.

Накануне Кан, выступая на митинге в Токио, назвал поездку Дмитрия Медведева на "исконную японскую территорию" "непростительной выходкой".

Лавров также высказался о ситуации в Египте, заявив, что египтяне должны сами решить свою судьбу без вмешательства извне.

Министр иностранных дел Японии Сэйдзи Маэхара прибудет в Москву с визитом 10 февраля."""),
    ("http://ria.ru/politics/20110208/331612230.html", "ru", "2011-02-08",
     "Японский премьер назвал поездку Медведева на Курилы «непростительной выходкой»",
     """(Исправленная версия. В предыдущей версии сообщения слова премьер-министра Японии были ошибочно переведены как "непростительный акт насилия".)

ТОКИО, 8 фев - РИА Новости. Премьер-министр Японии Наото Кан, выступая в понедельник на митинге в Токио, назвал визит президента России Дмитрия Медведева на Кунашир "непростительной выходкой".

"Визит президента на северные территории, исконную территорию нашей страны, - это непростительная выходка", - сказал японский премьер.

Министр иностранных дел России Сергей Лавров во вторник назвал эти слова недипломатичными, напомнив, что Курилы - российская территория.

Японское слово "бокё", использованное премьером, обычно переводится как "бесчинство" или "выходка" и не подразумевает применения силы."""),
    ("http://www.jiji.com/jc/c?g=pol_30&k=2011020800412", "ja", "2011-02-08",
     "首相発言「国民の思い代弁」＝対ロ方針に変化なし－枝野官房長官",
     """枝野幸男官房長官は8日午後の記者会見で、ロシアのラブロフ外相が、クリル諸島はロシア領だとして、北方領土を「わが国固有の領土」と呼んで大統領の訪問を「許し難い暴挙」とした菅直人首相の発言を「非外交的」と批判したことについて問われ、「首相は大統領の訪問に対する国民の率直な気持ちを代弁したもので、ロシアとの関係を損なう意図はない。北方四島の帰属の問題を解決して平和条約を締結するという方針に変わりはなく、冷静に交渉を進めていく」と述べた。

枝野長官はまた、エジプト情勢について「在留邦人の安全確保に万全を期す」と語った。

前原誠司外相は10日から訪ロし、11日にラブロフ外相と会談する。（2011/02/08-17:05）"""),
    ("http://kremlin.ru/news/10279", "ru", "2011-02-09",
     "Рабочая встреча с Министром обороны Анатолием Сердюковым",
     """Рабочая встреча с Министром обороны Анатолием Сердюковым

9 февраля 2011 года, 15:20, Москва, Кремль

Обсуждались вопросы выполнения гособоронзаказа и оснащения войск, в том числе размещенных на Курильских островах.

Д.МЕДВЕДЕВ: Анатолий Эдуардович, давайте обсудим, как выполняется гособоронзаказ. И отдельно - по Курилам. Курилы - неотъемлемая часть Российской Федерации, это наш стратегический регион. Вооружение, которое там размещено, должно быть современным, достаточным и надежным. Прошу подготовить предложения.

А.СЕРДЮКОВ: Дмитрий Анатольевич, по гособоронзаказу: заключены контракты по основным позициям. По Курилам предложения будут подготовлены в ближайшее время, с учетом плана модернизации Восточного военного округа.

Д.МЕДВЕДЕВ: Хорошо. Сроки прошу не затягивать."""),
    ("http://www.asahi.com/politics/update/0210/TKY201102100198.html", "ja", "2011-02-10",
     "前原外相「冷静に、はっきり伝える」　きょう訪ロ",
     """前原誠司外相は10日午前、モスクワへの出発を前に羽田空港で記者団の取材に応じ、11日のラブロフ外相との会談について「北方四島はわが国の領土だという立場を、冷静に、しかしはっきりとラブロフ外相に伝えたい」と述べた。

メドベージェフ大統領は9日、セルジュコフ国防相との会談で、クリール諸島を「ロシアの不可分の一部で戦略的な地域だ」と述べ、配備する兵器の近代化を指示していた。

前原氏は「エネルギー分野など、経済協力についても率直に話し合いたい」とも語った。

日本の外相の訪ロは、2009年5月以来。"""),
    ("http://www.mid.ru/brp_4.nsf/0/A3B41C7E5F90D2B8C325783A004B2E11", "ru", "2011-02-11",
     "Вступительное слово и ответы на вопросы СМИ Министра иностранных дел России С.В.Лаврова в ходе совместной пресс-конференции по итогам переговоров с Министром иностранных дел Японии С.Маэхарой, Москва, 11 февраля 2011 года",
     """Вступительное слово и ответы на вопросы СМИ Министра иностранных дел России С.В.Лаврова в ходе совместной пресс-конференции по итогам переговоров с Министром иностранных дел Японии С.Маэхарой, Москва, 11 февраля 2011 года

С.В.Лавров: Мы провели обстоятельные переговоры. Договорились об активизации торгово-экономического сотрудничества, прежде всего в энергетике, включая проекты на Сахалине, и о подготовке нового заседания межправительственной комиссии.

Вопрос (агентство "Киодо"): Премьер-министр Японии Н.Кан назвал визит Президента России на "исконную японскую территорию" "непростительной выходкой". Обсуждалась ли эта тема, и есть ли перспективы у переговоров о мирном договоре?

С.В.Лавров: Мы откровенно сказали нашему коллеге, как воспринимаются в России подобные заявления. Мы не будем обсуждать вопрос о суверенитете над Курилами - это наша территория. Но мы готовы работать над мирным договором, развивая сотрудничество во всех областях, в том числе на самих островах.

С.Маэхара (перевод с японского): Позиция Японии остается неизменной. Мы договорились продолжать диалог, чтобы решить вопрос о принадлежности четырех островов и заключить мирный договор.

Вопрос: Как Вы оцениваете перспективы поставок российского газа в Японию?

С.В.Лавров: Японские компании проявляют интерес, проекты обсуждаются на коммерческой основе."""),
    ("http://english.kyodonews.jp/news/2011/02/71355.html", "en", "2011-02-12",
     "Japan, Russia remain far apart on isles after Maehara-Lavrov talks",
     """MOSCOW, Feb. 12, Kyodo - Japan and Russia remained far apart on the territorial row after talks between their foreign ministers in Moscow, with Russian Foreign Minister Sergei Lavrov saying Moscow would not discuss sovereignty over the islands it holds off Hokkaido.

At a joint news conference Friday, Lavrov said Russia was ready to work on a peace treaty through broader cooperation, including on the islands themselves. Foreign Minister Seiji Maehara said Japan's position was unchanged and that the two sides would continue dialogue to settle the attribution of the four islands and conclude a treaty.

The talks came days after Prime Minister Naoto Kan called President Dmitry Medvedev's November visit to one of the islands, which he described as Japan's inherent territory, an "unforgivable outrage."

A senior Japanese official who accompanied Maehara said the meeting had been "tense but not hostile."

==Kyodo"""),
    ("http://www.yomiuri.co.jp/editorial/news/20110213-OYT1T00021.htm", "ja", "2011-02-13",
     "日露外相会談　領土棚上げの「協力」は危うい",
     """社説

前原外相とラブロフ外相の会談で、ロシア側の強硬姿勢が改めて鮮明になった。

ラブロフ外相は共同記者会見で、クリール諸島の主権については議論しないと明言し、島での協力を通じて平和条約に取り組むと述べた。メドベージェフ大統領も９日、北方領土を「ロシアの不可分の一部」と呼んでいる。

島での経済協力を先行させれば、ロシアの実効支配を追認することになりかねない。日本は四島の帰属の問題の解決が先決だという原則を崩してはならない。

政府は、経済協力を交渉のカードとして戦略的に使う構えが必要だ。対ロ外交の立て直しを急ぐべきである。

（2011年2月13日01時21分  読売新聞）"""),
]

# ---------------------------------------------------------------------------------------------------------------
# 3. The 2019 Diplomatic Bluebook, 23 April 2019: the line "the four northern islands belong to Japan" is gone. Kyodo
#    Japanese: the Bluebook's wording (a document) and a ministry official's explanation (anonymous): no remark. NHK:
#    Suga S1 (Japan's legal position on the four islands unchanged; the wording a comprehensive judgement made with the
#    negotiations in mind: NEW); the imperial succession (not treaty). RIA (the document; S1 via Kyodo). Sankei: Kono K1
#    after the cabinet meeting (weighed to move the talks forward; the policy of settling the four islands' attribution
#    and concluding a treaty not changed at all: NEW), S1 recalled; the Bluebook on South Korea (not treaty). Interfax
#    on 24 April: Deputy Foreign Minister Morgulov MO1 (not about wording; we note the step, but Japan's full
#    recognition of the war's results, Russian sovereignty over the southern Kurils included, stays decisive: NEW), S1
#    recalled; digital economy (not treaty). Mainichi: opposition leader Edano ED1 (it may look as if the flag of the
#    four islands' return has been lowered; the government must explain: NEW), K1 recalled; the upper house election
#    (not treaty). TASS English (S1 paraphrased, MO1 in other words). The mid.ru briefing of 25 April: S1 inside NHK's
#    question, Zakharova Z1 (Japan's wording is Japan's business; deeds matter, recognition of the war's results and
#    Russian sovereignty over the southern Kurils, without which no progress to a treaty: NEW); Venezuela (not treaty).
#    Sputnik Japan (Z1 in Japanese). Jiji on 26 April: Suga S2 answering Zakharova (no comment on each Russian remark;
#    the policy of settling the attribution and concluding a treaty consistent; negotiate on the leaders' agreements:
#    same speaker, another occasion, NEW), Z1 recalled. The Japan Times' analysis (S1, K1, ED1, Z1 recalled; a
#    government source and a professor: no remark).
BLUEBOOK_2019_STORY = [
    ("https://this.kiji.is/493912455880541281", "ja", "2019-04-23",
     "外交青書、「四島は日本に帰属」削除　日ロ交渉に配慮",
     """河野太郎外相は23日の閣議で、2019年版外交青書を報告した。北方領土問題について「日ロ間の最大の懸案」と位置付けた一方、18年版にあった「北方四島は日本に帰属する」との表現を削除した。安倍晋三首相が意欲を示す日ロ平和条約交渉への影響に配慮したとみられる。

青書は、日ロ関係について「平和条約締結を含む日ロ関係の発展は、日本の国益のみならず地域の平和と繁栄に資する」と記述。北方四島での共同経済活動の具体化に向けた取り組みも紹介した。

外務省幹部は「交渉の現状を踏まえ、表現を工夫した」と説明した。

ロシアは、北方領土は第2次大戦の結果、合法的にロシア領になったと主張しており、日本側の「帰属」表現に反発してきた。

【共同通信】"""),
    ("https://www3.nhk.or.jp/news/html/20190423/k10011893951000.html", "ja", "2019-04-23",
     "外交青書 北方四島「法的立場に変わりない」官房長官",
     """菅官房長官は、23日午前の記者会見で、ことしの外交青書で北方四島が日本に帰属するとの表現がなくなったことについて質問されました。

これに対し菅官房長官は「北方四島に関するわが国の法的立場に何ら変わりはない。記述は、平和条約交渉を進めていくうえで、総合的に判断した結果だ」と述べました。

また菅官房長官は、今月30日に行われる天皇陛下の退位の儀式について「国民こぞってお祝いする中で、滞りなく行われるよう万全を期したい」と述べました。

外交青書は、日本の外交活動の概観をまとめた文書で、毎年、閣議に報告されています。"""),
    ("https://ria.ru/20190423/1552968804.html", "ru", "2019-04-23",
     "Япония убрала из «Синей книги» тезис о принадлежности ей южных Курил",
     """ТОКИО, 23 апр - РИА Новости. Японский МИД в новом издании "Дипломатической синей книги" не стал повторять формулировку о том, что четыре острова южной части Курильской гряды принадлежат Японии, сообщает агентство Киодо.

В документе территориальный вопрос назван "главной нерешенной проблемой" японо-российских отношений. В прошлогоднем издании утверждалось, что четыре острова "принадлежат Японии".

"Правовая позиция Японии в отношении четырех островов никак не изменилась", - приводит агентство слова генерального секретаря кабинета министров Ёсихидэ Суги.

"Дипломатическая синяя книга" - ежегодный доклад МИД Японии о внешней политике страны. Россия и Япония ведут переговоры о заключении мирного договора на основе декларации 1956 года."""),
    ("https://www.sankei.com/politics/news/190423/plt1904230021-n1.html", "ja", "2019-04-23",
     "河野外相、外交青書の記述見直し「交渉前進の観点」",
     """河野太郎外相は23日の閣議後の記者会見で、2019年版外交青書から「北方四島は日本に帰属する」との表現を削除したことについて「交渉を前に進めるという観点から、さまざまな要素を総合的に勘案した。四島の帰属の問題を解決して平和条約を締結するという方針に全く変わりはない」と述べた。

河野氏は、韓国に関する記述から「未来志向」の表現を削った理由については「厳しい状況を率直に記述した」と説明した。

菅義偉官房長官も同日の記者会見で「法的立場に何ら変わりはない」と強調した。

自民党内からは「ロシアに足元を見られる」と懸念する声も出ている。"""),
    ("https://www.interfax.ru/world/659312", "ru", "2019-04-24",
     "Моргулов: дело не в формулировках «Синей книги»",
     """Москва. 24 апреля. INTERFAX.RU - В Москве обратили внимание на изменение формулировок ежегодного доклада МИД Японии по курильской теме, однако решающее значение имеют не слова, заявил "Интерфаксу" заместитель министра иностранных дел РФ Игорь Моргулов.

"Дело не в формулировках. Шаг мы фиксируем, но решающим остается признание Японией итогов Второй мировой войны в полном объеме, включая суверенитет России над южными Курилами", - сказал Моргулов.

Во вторник генсек кабинета министров Японии Ёсихидэ Суга заявил, что правовая позиция Токио в отношении островов не изменилась.

Моргулов также сообщил, что Россия и Япония готовят программу сотрудничества в сфере цифровой экономики, которую планируется утвердить летом."""),
    ("https://mainichi.jp/articles/20190424/k00/00m/010/134000c", "ja", "2019-04-24",
     "外交青書「四島帰属」削除　立憲・枝野代表「説明すべきだ」",
     """立憲民主党の枝野幸男代表は24日の記者会見で、2019年版外交青書から「北方四島は日本に帰属する」との表現が削除されたことについて「四島返還の旗を降ろしたと受け取られかねない。政府は国民にきちんと説明すべきだ」と批判した。

河野太郎外相は23日の会見で「四島の帰属の問題を解決して平和条約を締結するという方針に全く変わりはない」と強調していた。

枝野氏は夏の参院選について「野党の候補者一本化を急ぎたい」とも語った。

政府は、6月に大阪で開かれる主要20カ国・地域（G20）首脳会議に合わせた日露首脳会談で、交渉の進展を目指している。"""),
    ("https://tass.com/politics/1055218", "en", "2019-04-24",
     "Japan's foreign policy report drops wording on sovereignty over southern Kurils",
     """TOKYO, April 24. /TASS/. Japan's 2019 Diplomatic Bluebook, the Foreign Ministry's annual report, no longer contains the wording that the four southern Kuril islands belong to Japan.

Japanese government's Chief Cabinet Secretary Yoshihide Suga said on Tuesday that Tokyo's legal stance on the islands had not changed.

In Moscow, Russian Deputy Foreign Minister Igor Morgulov noted the change but stressed that what matters is not wording. Japan, he said, must fully recognize the outcome of World War II, including Russia's sovereignty over the southern Kurils.

Russia and Japan have been holding consultations on a peace treaty since the 1950s. The main obstacle to the treaty is the issue of the southern Kuril Islands."""),
    ("https://www.mid.ru/ru/foreign_policy/news/-/asset_publisher/cKNonkJE02Bw/content/id/3631458", "ru", "2019-04-25",
     "Брифинг официального представителя МИД России М.В.Захаровой, Москва, 25 апреля 2019 года",
     """Брифинг официального представителя МИД России М.В.Захаровой, Москва, 25 апреля 2019 года

<...>

О ситуации в Венесуэле

Продолжаем внимательно следить за развитием обстановки в Венесуэле. Призываем все стороны к диалогу без вмешательства извне.

<...>

Из ответов на вопросы:

Вопрос (телекомпания NHK): Генеральный секретарь кабинета министров Японии Ё.Суга заявил, что правовая позиция Японии не изменилась, несмотря на новые формулировки "Дипломатической синей книги". Как Вы это прокомментируете?

Ответ: Формулировки японских документов - дело японской стороны. Для нас важны не слова, а дела, а именно признание итогов Второй мировой войны, включая суверенитет Российской Федерации над южными Курилами. Без этого продвижение к мирному договору невозможно.

<...>"""),
    ("https://jp.sputniknews.com/politics/201904256178921/", "ja", "2019-04-25",
     "ザハロワ報道官、日本の外交青書「大事なのは言葉でなく行動」",
     """ロシア外務省のザハロワ報道官は25日の定例会見で、日本の2019年版外交青書について、日本の文書の表現は日本側の問題だと述べた。

ザハロワ報道官は「われわれにとって重要なのは言葉ではなく行動、すなわち南クリル諸島に対するロシアの主権を含む第2次世界大戦の結果を認めることだ。それなしに平和条約への前進はあり得ない」と強調した。

外交青書は、日本外務省が毎年発行する外交活動の報告書。

スプートニク日本"""),
    ("https://www.jiji.com/jc/article?k=2019042600521", "ja", "2019-04-26",
     "官房長官「立場は一貫」＝ロ報道官発言に",
     """菅義偉官房長官は26日午前の記者会見で、ロシア外務省のザハロワ情報局長が外交青書をめぐり「大事なのは言葉ではなく行動だ」と述べ、第2次大戦の結果を認めるよう求めたことについて問われ、「ロシア側の発言の一つ一つにコメントすることは控えるが、北方四島の帰属の問題を解決して平和条約を締結するというわが国の立場は一貫している。首脳間の合意に基づき、粘り強く交渉を進めていく」と述べた。

10連休中の危機管理について菅長官は「万全の態勢で臨む」と語った。"""),
    ("https://www.japantimes.co.jp/news/2019/04/26/national/politics-diplomacy/bluebook-omission-northern-isles-russia/", "en", "2019-04-26",
     "Bluebook omission on isles stirs debate at home, shrug in Moscow",
     """The government's decision to drop a line stating that the four Russian-held islands off Hokkaido "belong to Japan" from this year's Diplomatic Bluebook has set off a debate at home while drawing little more than a shrug from Moscow.

Chief Cabinet Secretary Yoshihide Suga insisted Tuesday that Japan's legal position had not changed, and Foreign Minister Taro Kono said the policy of resolving the attribution of the islands and concluding a peace treaty remained intact.

Opposition leader Yukio Edano countered that the omission could be read as lowering the flag on the return of all four islands. In Moscow, Foreign Ministry spokeswoman Maria Zakharova said wording was Tokyo's business and that what mattered was recognition of the outcome of World War II.

"Tokyo is trying not to give Moscow an excuse before the Osaka summit," a government source said.

"Wording can be changed back. What cannot be changed back is the impression that Japan is softening," said Hiroshi Takeuchi, a professor of Russian studies at a private university in Tokyo."""),
]

# ---------------------------------------------------------------------------------------------------------------
# 4. A Japanese MP's "war" remark on Kunashir, 11 May 2019, reported on 13 May, and both sides' reactions. Hokkaido
#    Shimbun: Maruyama MR1 on a visa-free trip (asked the delegation's head, a former islander, whether he was for or
#    against taking the island back by war; "without a war there is no way, is there?": NEW); the islander's answer and
#    the delegation's protest (no remark). RIA (MR1 in Russian). NHK that evening: Maruyama MR2 (inappropriate;
#    retracted with an apology; the Northern Territories issue should be solved peacefully through diplomatic
#    negotiation: same speaker, another occasion, NEW), MR1 retold; his drinking (not treaty). Jiji on 14 May: Suga S1
#    (no comment on a member's words; the government works through diplomacy under the policy of settling the four
#    islands' attribution and concluding a treaty: NEW), MR1 inside the question; Ishin leader Matsui on drinking and
#    expulsion (not treaty). Livedoor's copy of Jiji. RBC: Kosachev KO1 on Facebook (here is what the talk of "returning
#    the northern territories" really hides; after such words any talk of revising the Kurils' status is all the more
#    pointless: NEW), MR1 and MR2 recalled. Kyodo English: Kono KN1 (extremely inappropriate; Japan's policy is to
#    resolve the territorial issue through negotiations and conclude a treaty: NEW), MR1 in the lead, MR2 paraphrased;
#    the expulsion (an event). TASS on 15 May: Ambassador Galuzin G1 (such words cast doubt on the sincerity of talk
#    about the treaty; Russia's sovereignty over the southern Kurils beyond doubt; we noted Tokyo distanced itself:
#    NEW), MR1 and S1 recalled. The mid.ru briefing of 16 May: MR1 inside the question, Zakharova Z1 (what is needed
#    from Tokyo is not apologies but recognition of the war's results, Russian sovereignty over the southern Kurils
#    included: NEW); Iran (not treaty). Asahi on 16 May: Maruyama MR3 refusing to resign (retracted but will not quit:
#    not treaty; his view that the return should be achieved by diplomatic negotiation unchanged: another occasion,
#    NEW), Z1 recalled; the opposition's resignation motion (an event). The Moscow Times on 17 May (MR1, KO1, Z1
#    paraphrased; an expert).
MARUYAMA_WAR_2019_STORY = [
    ("https://www.hokkaido-np.co.jp/article/305012", "ja", "2019-05-13",
     "丸山議員「戦争で島を取り返すのは賛成か」　国後島で元島民団長に",
     """北方領土のビザなし交流の訪問団に同行した日本維新の会の丸山穂高衆院議員（35）＝大阪19区＝が、11日夜、国後島の宿舎「友好の家」で、訪問団長を務める元島民の男性（89）に対し「戦争でこの島を取り返すのは賛成ですか、反対ですか」と質問していたことが分かった。

男性が「戦争なんて言葉は使いたくない」と答えると、丸山氏は「戦争しないとどうしようもなくないですか」などと発言した。同行者によると、丸山氏は当時、酒に酔った様子だったという。

訪問団の事務局は12日、丸山氏に対し、発言は交流事業の趣旨に反するとして抗議した。

ビザなし交流は1992年に始まり、元島民や研究者、報道関係者らが旅券や査証なしで北方四島を訪れている。今回の訪問団は10日から13日までの日程で国後島を訪れた。"""),
    ("https://ria.ru/20190513/1553498211.html", "ru", "2019-05-13",
     "Японский депутат спросил бывшего жителя Курил, не вернуть ли острова войной",
     """ТОКИО, 13 мая - РИА Новости. Депутат нижней палаты парламента Японии от партии "Исин" Ходака Маруяма во время безвизовой поездки на Кунашир спросил руководителя японской делегации, бывшего жителя острова, поддерживает ли тот возвращение островов путем войны, сообщает газета "Хоккайдо симбун".

"Вы за или против того, чтобы вернуть этот остров войной?" - спросил депутат. Когда бывший житель ответил, что не хочет даже произносить слово "война", Маруяма, по данным газеты, сказал: "Но ведь без войны ничего не получится, разве нет?"

Разговор состоялся вечером 11 мая в "Доме дружбы" в Южно-Курильске.

Безвизовые обмены между жителями южных Курил и гражданами Японии проводятся с 1992 года."""),
    ("https://www3.nhk.or.jp/news/html/20190513/k10011914381000.html", "ja", "2019-05-13",
     "丸山議員 “戦争で取り返す”発言を撤回し謝罪",
     """日本維新の会の丸山穂高衆議院議員は、北方領土へのビザなし交流で訪れた国後島で、元島民に「戦争でこの島を取り返すのは賛成ですか、反対ですか」などと質問したことについて、13日夜、国会内で記者団に対し、発言を撤回して謝罪しました。

丸山議員は「不適切な発言だった。撤回し、おわびする。北方領土問題は、あくまで外交交渉によって平和的に解決されるべきだと考えている」と述べました。

また、丸山議員は、当時、酒を飲んでいたことを認め「深く反省している」と述べました。

日本維新の会は、14日に役員会を開き、丸山議員の処分を検討することにしています。"""),
    ("https://www.jiji.com/jc/article?k=2019051400345", "ja", "2019-05-14",
     "菅官房長官「外交交渉で粘り強く」＝丸山議員の発言で",
     """菅義偉官房長官は14日午前の記者会見で、日本維新の会の丸山穂高衆院議員が国後島で「戦争でこの島を取り返すのは賛成か」と発言したことについて問われ、「個々の議員の発言にコメントすることは控えるが、政府としては、北方四島の帰属の問題を解決して平和条約を締結するという方針の下、外交交渉を通じて粘り強く取り組んでいく」と述べた。

維新代表の松井一郎大阪市長は14日、「酒を飲んで我を失うのは国会議員として論外だ」と述べ、丸山氏を除名処分にする考えを示した。

維新は14日中にも党紀委員会を開く。（2019/05/14-11:52）"""),
    ("https://news.livedoor.com/article/detail/16457123/", "ja", "2019-05-14",
     "菅官房長官「外交交渉で粘り強く」＝丸山議員の発言で",
     """菅官房長官「外交交渉で粘り強く」＝丸山議員の発言で

2019年5月14日 11時52分 時事通信社

菅義偉官房長官は14日午前の記者会見で、日本維新の会の丸山穂高衆院議員が国後島で「戦争でこの島を取り返すのは賛成か」と発言したことについて問われ、「個々の議員の発言にコメントすることは控えるが、政府としては、北方四島の帰属の問題を解決して平和条約を締結するという方針の下、外交交渉を通じて粘り強く取り組んでいく」と述べた。

維新代表の松井一郎大阪市長は14日、「酒を飲んで我を失うのは国会議員として論外だ」と述べ、丸山氏を除名処分にする考えを示した。

維新は14日中にも党紀委員会を開く。

関連ニュース
・北方領土ビザなし交流、今年度の日程決まる
・維新、丸山議員を除名へ

ライブドアニュースを読もう！"""),
    ("https://www.rbc.ru/politics/14/05/2019/5cdab1d29a79475e2b6d4ff0", "ru", "2019-05-14",
     "Косачев ответил японскому депутату на идею вернуть Курилы войной",
     """Председатель комитета Совета Федерации по международным делам Константин Косачев прокомментировал слова японского депутата Ходаки Маруямы, предложившего бывшему жителю Кунашира обсудить "возвращение" острова путем войны.

"Вот и ответ, что на самом деле стоит за разговорами о "возвращении северных территорий". После таких слов любые рассуждения о пересмотре принадлежности Курил тем более бессмысленны", - написал Косачев в Facebook.

Маруяма задал вопрос "вы за или против того, чтобы вернуть этот остров войной" 11 мая во время безвизовой поездки на Кунашир. В понедельник он отозвал свои слова и извинился, заявив, что территориальный вопрос должен решаться дипломатическим путем.

Партия "Исин", от которой Маруяма избран в парламент, во вторник исключила его из своих рядов.

Безвизовые обмены между Японией и южными Курилами действуют с 1992 года."""),
    ("https://english.kyodonews.net/news/2019/05/8a2f4c9e71b3-kono-slams-lawmakers-war-remark-on-russian-held-isles.html", "en", "2019-05-14",
     "Kono slams lawmaker's 'war' remark on Russian-held isles",
     """TOKYO - Foreign Minister Taro Kono on Tuesday criticized a lawmaker who suggested that Japan might need to go to war to regain Russian-held islands off Hokkaido, as his party expelled him.

"It is extremely inappropriate. Japan's policy is to resolve the territorial issue through negotiations and conclude a peace treaty," Kono told a press conference.

Hodaka Maruyama, a House of Representatives member, retracted the remark Monday and apologized, saying the dispute should be settled peacefully through diplomacy.

Nippon Ishin no Kai (Japan Innovation Party) expelled Maruyama on Tuesday.

Maruyama made the remark to a former island resident on Saturday during a visa-free exchange visit to Kunashiri, one of the four islands seized by the Soviet Union at the end of World War II.

==Kyodo"""),
    ("https://tass.ru/politika/6430112", "ru", "2019-05-15",
     "Галузин: суверенитет России над южными Курилами не подлежит сомнению",
     """ТОКИО, 15 мая. /ТАСС/. Высказывания японского депутата Ходаки Маруямы о возможном "возвращении" южных Курил путем войны ставят под сомнение искренность разговоров о мирном договоре, заявил ТАСС посол России в Японии Михаил Галузин.

"Подобные заявления заставляют усомниться в искренности разговоров о мирном договоре. Суверенитет России над южными Курилами не подлежит сомнению. Мы отметили, что правительство Японии дистанцировалось от слов депутата", - сказал посол.

Накануне генеральный секретарь кабинета министров Японии Ёсихидэ Суга заявил, что правительство намерено решать вопрос дипломатическим путем на основе своей позиции о принадлежности четырех островов.

Посол также сообщил, что подготовка визита в Россию японской бизнес-миссии по совместной хозяйственной деятельности идет по плану."""),
    ("https://www.mid.ru/ru/foreign_policy/news/-/asset_publisher/cKNonkJE02Bw/content/id/3645561", "ru", "2019-05-16",
     "Брифинг официального представителя МИД России М.В.Захаровой, Москва, 16 мая 2019 года",
     """Брифинг официального представителя МИД России М.В.Захаровой, Москва, 16 мая 2019 года

<...>

О ситуации вокруг СВПД

Решение Ирана приостановить выполнение части обязательств по СВПД - следствие политики США. Призываем сохранить договоренность.

<...>

Из ответов на вопросы:

Вопрос: Депутат японского парламента Х.Маруяма, находясь на Кунашире, спросил бывшего жителя острова, поддерживает ли тот возвращение островов войной. Как в МИД оценивают этот эпизод?

Ответ: Мы видели эти высказывания и то, как на них отреагировали в Токио. Скажу прямо: нам нужны от японской стороны не извинения, а признание итогов Второй мировой войны, включая суверенитет Российской Федерации над южными Курилами. Это основа, без которой разговор о мирном договоре не получится.

<...>"""),
    ("https://www.asahi.com/articles/ASM5J5H4DM5JUTFK01C.html", "ja", "2019-05-16",
     "丸山氏、議員辞職を否定　「外交で返還を」",
     """国後島での発言をめぐり日本維新の会を除名された丸山穂高衆院議員は16日、国会内で記者団の取材に応じ、「発言は撤回したが、議員辞職はしない」と述べた。

丸山氏は「北方領土は外交交渉で返還を実現すべきだという考えに変わりはない」とも語った。

ロシア外務省のザハロワ情報局長は16日の記者会見で、日本側に求めるのは謝罪ではなく、南クリル諸島に対するロシアの主権を含む第2次大戦の結果の承認だと述べた。

野党各党は、丸山氏に対する議員辞職勧告決議案を衆院に共同提出する方向で調整している。"""),
    ("https://www.themoscowtimes.com/2019/05/17/japanese-lawmakers-war-talk-draws-moscows-scorn-a65637", "en", "2019-05-17",
     "Japanese Lawmaker's 'War' Talk Draws Moscow's Scorn",
     """A Japanese lawmaker's drunken suggestion that Tokyo might have to fight a war to get back the southern Kuril Islands has handed Moscow a rare rhetorical gift.

Hodaka Maruyama asked a former resident of Kunashir, during a visa-free trip last weekend, whether he supported retaking the island by force, adding that there seemed to be no other way.

Senator Konstantin Kosachev wrote that the episode revealed what Japan's talk of "returning" the islands really meant. Foreign Ministry spokeswoman Maria Zakharova said Thursday that Moscow wanted recognition of the results of World War II from Tokyo, not apologies.

"The Kremlin will use this for months. It is the perfect illustration for a domestic audience that is already against any handover," said Tokyo-based analyst Pavel Orlov.

Maruyama has been expelled from his party but refuses to give up his seat."""),
]

# ---------------------------------------------------------------------------------------------------------------
# 5. Medvedev on Iturup, 2 August 2019 (not his first trip to the islands), with the foreign ministers of both sides
#    in Bangkok for the ASEAN meetings. TASS: Medvedev ME1 to reporters (the Kurils our land, our people live here; no
#    other opinion on this is possible: NEW); the kindergarten and the fish plant (not treaty). mofa.go.jp: the press
#    secretary's written statement JFM1 (the four islands Japan's inherent territory; the visit incompatible with
#    Japan's position, extremely regrettable; negotiate under the basic policy: NEW). NHK: Kono KN1 in Bangkok the same
#    day (the minister's oral words beside his ministry's text: NEW); "the ministry issued a statement and protested"
#    (an event); Kono on South Korea's export status (not treaty). Jiji: Suga S1 (our inherent territory; incompatible
#    with our position, truly regrettable: NEW), ME1 recalled; the cabinet's decision on South Korea (not treaty). RIA:
#    Lavrov L1 in Bangkok (the head of the Russian government travels on Russian territory; Tokyo's protests not
#    accepted: NEW), KN1 recalled; the end of the INF Treaty (another treaty: not treaty). Sakhalin.info on 3 August:
#    Medvedev ME2 as the regional site quotes him at the meeting with residents in Kurilsk (let Tokyo forget its
#    "northern territories"; the islands are ours for ever: NEW); housing questions (not treaty). Kyodo Japanese on 4
#    August (ME2 via the regional site; an official: anonymous). TASS on 5 August: the premier's press secretary Osipov
#    OS1 denying it (he did not say that; he spoke of the Kurils as part of Russia and of their development; the denial
#    with the sovereignty line: NEW), ME2 retold as the words denied. GlobalSecurity's copy of TASS English (OS1, ME2).
#    Mainichi on 6 August: Suga S2 (no comment on each Russian report; the visit regrettable; negotiate toward a treaty
#    on the leaders' agreements: another occasion, NEW), OS1 recalled in the question. Kyodo English on 6 August (ME1,
#    KN1, L1, OS1 recalled, ME2 as the words denied; a scholar: no remark).
MEDVEDEV_ITURUP_2019_STORY = [
    ("https://tass.ru/politika/6726581", "ru", "2019-08-02",
     "Медведев прибыл с рабочей поездкой на Итуруп",
     """КУРИЛЬСК /Сахалинская область/, 2 августа. /ТАСС/. Председатель правительства РФ Дмитрий Медведев в пятницу прибыл с рабочей поездкой на остров Итуруп Курильской гряды. Премьер уже не в первый раз посещает Курилы.

"Курилы - это наша земля, здесь живут наши люди. Никаких других мнений на этот счет быть не может", - сказал Медведев журналистам.

Премьер посетил новый детский сад в Курильске и рыбоперерабатывающий завод в поселке Рейдово. "Зарплаты здесь должны быть такими, чтобы молодые семьи оставались на островах, а не уезжали на материк", - отметил он.

По данным правительства Сахалинской области, в рамках федеральной целевой программы развития Курил в 2016-2025 годах на острова будет направлено около 70 млрд рублей.

Япония претендует на острова Итуруп, Кунашир, Шикотан и группу необитаемых островов Хабомаи, ставя их возвращение условием заключения мирного договора."""),
    ("https://www.mofa.go.jp/mofaj/press/danwa/page4_005213.html", "ja", "2019-08-02",
     "メドヴェージェフ・ロシア首相の択捉島訪問について（外務報道官談話）",
     """メドヴェージェフ・ロシア首相の択捉島訪問について（外務報道官談話）

令和元年8月2日

1　8月2日、メドヴェージェフ・ロシア連邦首相が択捉島を訪問しました。

2　北方四島は我が国固有の領土であり、今回の訪問は、北方四島に関する我が国の立場と相容れず、日本国民の感情を傷つけるものであり、極めて遺憾です。

3　我が国は、外交ルートを通じ、ロシア側に対して、このような我が国の立場を伝達するとともに、強く抗議しました。

4　政府としては、北方四島の帰属の問題を解決して平和条約を締結するとの基本方針の下、引き続きロシアとの交渉に粘り強く取り組んでいく考えです。"""),
    ("https://www3.nhk.or.jp/news/html/20190802/k10012018731000.html", "ja", "2019-08-02",
     "ロシア首相が択捉島訪問 河野外相「極めて遺憾」",
     """ロシアのメドベージェフ首相が北方領土の択捉島を訪れたことについて、河野外務大臣は、訪問先のタイのバンコクで記者団に対し「北方四島はわが国固有の領土であり、首相の訪問はわが国の立場と相いれず、極めて遺憾だ。平和条約交渉は首脳間の合意に基づいてしっかり進めていきたい」と述べました。

外務省は外務報道官談話を出し、外交ルートを通じてロシア側に強く抗議しました。

また河野大臣は、韓国を輸出管理の優遇対象国から除外することについて「安全保障上の観点から適切に実施するための見直しであり、対抗措置ではない」と述べました。

メドベージェフ首相は、大統領だった2010年に、ロシアの最高指導者として初めて北方領土を訪れています。"""),
    ("https://www.jiji.com/jc/article?k=2019080200877", "ja", "2019-08-02",
     "「誠に遺憾」と官房長官＝ロ首相の択捉訪問",
     """菅義偉官房長官は2日午後の記者会見で、ロシアのメドベージェフ首相が択捉島を訪問したことについて「北方領土はわが国固有の領土であり、首相の訪問はわが国の立場と相いれない。誠に遺憾だ」と述べた。

メドベージェフ氏は現地で記者団に「クリル諸島はわれわれの土地だ」と語った。

菅長官は、韓国を輸出管理の優遇対象国から除外する政令改正を閣議決定したことについて「韓国への対応は安全保障の観点からの運用の見直しだ」と説明した。（2019/08/02-16:21）"""),
    ("https://ria.ru/20190802/1557004212.html", "ru", "2019-08-02",
     "Лавров: протесты Токио по поводу визита Медведева на Итуруп не принимаются",
     """БАНГКОК, 2 авг - РИА Новости. Россия не принимает протесты Японии в связи с поездкой премьер-министра Дмитрия Медведева на остров Итуруп, заявил глава МИД РФ Сергей Лавров.

"Председатель правительства России ездит по российской территории. Протесты Токио мы не принимаем и принимать не будем", - сказал Лавров журналистам в Бангкоке, где он участвует в мероприятиях АСЕАН.

Ранее глава МИД Японии Таро Коно назвал визит Медведева крайне прискорбным и заявил, что острова являются исконной территорией Японии.

Лавров также прокомментировал прекращение действия Договора о ракетах средней и меньшей дальности. "Договор о РСМД прекратил существование по вине США", - сказал министр."""),
    ("https://sakhalin.info/news/171204", "ru", "2019-08-03",
     "Медведев на встрече с курильчанами: острова наши навсегда",
     """На встрече с жителями Курильска, которая прошла в пятницу в новом Доме культуры, председатель правительства России Дмитрий Медведев ответил на вопросы о жилье, связи и авиасообщении с Южно-Сахалинском.

Когда одна из участниц встречи спросила о претензиях Японии, премьер ответил: "Пусть в Токио забудут о своих "северных территориях". Острова наши навсегда".

Жители попросили ускорить строительство многоквартирных домов на Итурупе. Медведев пообещал, что вопрос будет решен в рамках федеральной программы. "По жилью поручения уже даны, сроки проверим", - сказал он.

По данным администрации Курильского городского округа, очередь на жилье в районе превышает 300 семей.

Фото: sakhalin.info"""),
    ("https://this.kiji.is/531206611327370337", "ja", "2019-08-04",
     "ロ首相「東京は北方領土を忘れろ」　地元サイト報道",
     """【モスクワ共同】ロシア極東サハリン州のニュースサイト「サハリン・インフォ」は3日、メドベージェフ首相が2日に択捉島を訪問した際、住民との対話集会で「東京は自分たちの『北方領土』のことなど忘れればいい。島は永遠にわれわれのものだ」と述べたと報じた。

同サイトによると、発言は住民から日本の領土要求について質問された際のものだという。

日本政府関係者は「事実関係を確認している」と話している。

メドベージェフ氏は2日、択捉島の幼稚園や水産加工場を視察した。"""),
    ("https://tass.ru/politika/6735172", "ru", "2019-08-05",
     "Пресс-секретарь: Медведев не призывал Токио забыть о «северных территориях»",
     """МОСКВА, 5 августа. /ТАСС/. Председатель правительства РФ Дмитрий Медведев не призывал японскую сторону "забыть" о претензиях на южные Курилы, заявил ТАСС пресс-секретарь премьер-министра Олег Осипов.

"Дмитрий Анатольевич таких слов не произносил. Он говорил о том, что Курилы - часть России, и о том, как их развивать. Приписывать ему формулировки про "забыть" некорректно", - сказал Осипов.

Ранее ряд СМИ со ссылкой на сахалинский портал сообщил, что премьер на встрече с жителями Курильска якобы призвал Токио "забыть" о "северных территориях" и заявил, что острова "наши навсегда".

Медведев посетил Итуруп 2 августа."""),
    ("https://www.globalsecurity.org/military/library/news/2019/08/mil-190805-tass02.htm", "en", "2019-08-05",
     "Medvedev did not urge Tokyo to 'forget' Northern Territories - spokesman",
     """Medvedev did not urge Tokyo to 'forget' Northern Territories - spokesman

TASS

05 Aug 2019

MOSCOW, August 5. /TASS/. Russian Prime Minister Dmitry Medvedev did not call on Japan to "forget" its claims to the southern Kuril Islands, his press secretary Oleg Osipov told TASS on Monday.

"Dmitry Anatolyevich did not say such words. He spoke about the Kurils being part of Russia and about how to develop them. Attributing the word 'forget' to him is incorrect," Osipov said.

Earlier, some media, citing a Sakhalin news portal, reported that Medvedev had told residents of Kurilsk that Tokyo should forget about its "northern territories" and that the islands were "ours forever."

Copyright 2019 TASS. All rights reserved."""),
    ("https://mainichi.jp/articles/20190806/k00/00m/010/089000c", "ja", "2019-08-06",
     "菅官房長官、ロシア側報道に「一つ一つコメントしない」",
     """菅義偉官房長官は6日午前の記者会見で、ロシアのメドベージェフ首相の報道官が、首相は択捉島で「北方領土を忘れろ」とは発言していないと否定したことについて問われ、「ロシア側の報道の一つ一つにはコメントしない。首相の訪問は遺憾であり、首脳間の合意に基づき、平和条約締結に向けて交渉を進めていく」と述べた。

ロシアのオシポフ首相報道官は5日、タス通信に対し、メドベージェフ氏は「クリル諸島はロシアの一部だ」とは述べたが、「忘れろ」とは言っていないと説明していた。

政府は9月にロシア・ウラジオストクで開かれる東方経済フォーラムに合わせ、安倍晋三首相とプーチン大統領の会談を調整している。"""),
    ("https://english.kyodonews.net/news/2019/08/3c1e5a7d9b20-japan-russia-trade-barbs-after-medvedevs-etorofu-visit.html", "en", "2019-08-06",
     "Japan, Russia trade barbs after Medvedev's Etorofu visit",
     """TOKYO - Japan and Russia have traded barbs in the days since Russian Prime Minister Dmitry Medvedev's visit to Etorofu, one of the four Russian-held islands claimed by Tokyo, clouding preparations for a summit in Vladivostok next month.

Medvedev told reporters on the island Friday that the Kurils are Russian land and that no other opinion was possible. Foreign Minister Taro Kono, speaking in Bangkok, called the visit to what Japan regards as its inherent territory extremely regrettable, and Russian Foreign Minister Sergei Lavrov, also in the Thai capital, said the Russian premier was traveling on Russian territory and Moscow would not accept Tokyo's protests.

On Monday, Medvedev's press secretary denied a regional news report that the premier had told Tokyo to "forget" its claim, saying he had only spoken of the islands as part of Russia.

"Both governments need the Vladivostok meeting, so neither side wants this to go too far," said Keiko Nishimura, a specialist in Russian politics at a university in Hokkaido.

==Kyodo"""),
]

# ---------------------------------------------------------------------------------------------------------------
# 6. S-300V4 air defence systems on combat duty on Iturup, 1 December 2020. Zvezda: the Eastern Military District's
#    press service on the deployment (military hardware: no remark). NHK on 2 December: Kato K1 (the four islands our
#    inherent territory; the build-up incompatible with our position; protest lodged: NEW); the pandemic (not treaty).
#    RIA (K1 in Russian). Interfax on 3 December: Peskov PK1 answering for the president (the president has said many
#    times: our territory, we deploy what we need for defence; no contradiction with our readiness to continue the
#    treaty dialogue: the spokesman's own remark, NEW); "Tokyo protested the day before" (an event); vaccination (not
#    treaty). The mid.ru briefing of 3 December: K1 inside Kyodo's question; Zakharova Z1 (deploying weapons on our
#    territory Russia's sovereign right; the protest rejected; such demarches do not help the atmosphere for work on a
#    treaty: NEW); Nagorno-Karabakh (not treaty). TASS English (Z1 in other words). Jiji on 4 December: Motegi M1
#    (Russia's one-sided assertion unacceptable; proceed with the treaty talks on the leaders' exchanges including the
#    Singapore agreement: NEW), Z1 recalled; Motegi on Wang Yi's remarks on the Senkakus (another territory: not
#    treaty). Hokkaido Shimbun on 5 December (K1 and PK1 recalled; former islanders; the governor on fisheries: not
#    treaty). NHK on 7 December: Kato K2 answering Zakharova (entirely unacceptable; the four islands our inherent
#    territory; respond firmly: same speaker, another occasion, NEW), Z1 inside the question; Hayabusa2 (not treaty).
#    Sputnik Japan (Z1 and PK1 in Japanese). The Japan Times on 8 December (K1, Z1, M1, K2 recalled; an analyst).
S300_ITURUP_2020_STORY = [
    ("https://tvzvezda.ru/news/20201201845-kNp3Q.html", "ru", "2020-12-01",
     "Зенитные ракетные комплексы С-300В4 заступили на боевое дежурство на Курилах",
     """Зенитный ракетный дивизион, оснащенный комплексами С-300В4, заступил на опытно-боевое дежурство на острове Итуруп Курильской гряды. Об этом сообщили в пресс-службе Восточного военного округа.

"Расчеты совершили марш к местам постоянной дислокации, провели оборудование позиций и заступили на дежурство по охране воздушного пространства над островами Курильской гряды и прилегающей акваторией", - говорится в сообщении пресс-службы.

В ходе дежурства расчеты будут отрабатывать обнаружение и сопровождение воздушных целей. Комплексы С-300В4 способны поражать аэродинамические и баллистические цели на дальности до 400 километров.

Ранее на Итурупе и Кунашире были размещены береговые ракетные комплексы "Бал" и "Бастион".

Телеканал «Звезда»"""),
    ("https://www3.nhk.or.jp/news/html/20201202/k10012742391000.html", "ja", "2020-12-02",
     "ロシア軍 択捉島に地対空ミサイル配備 官房長官「立場と相いれず」",
     """ロシア軍が北方領土の択捉島に最新型の地対空ミサイルシステム「S300V4」を配備し、戦闘任務に就かせたと発表したことについて、加藤官房長官は、2日午前の記者会見で「北方四島はわが国固有の領土であり、ロシアによる軍備の強化は、北方四島に関するわが国の立場と相いれない。外交ルートを通じて抗議した」と述べました。

また加藤官房長官は、新型コロナウイルスの感染拡大について「医療提供体制がひっ迫している地域もあり、強い危機感を持っている」と述べました。

ロシア軍は、2016年に択捉島と国後島に地対艦ミサイルを配備するなど、北方領土での軍備の強化を進めています。"""),
    ("https://ria.ru/20201202/kurily-1587177349.html", "ru", "2020-12-02",
     "Япония выразила протест из-за размещения С-300В4 на Итурупе",
     """ТОКИО, 2 дек - РИА Новости. Генеральный секретарь кабинета министров Японии Кацунобу Като заявил, что размещение зенитных ракетных комплексов С-300В4 на Итурупе "несовместимо с позицией Японии", назвав острова "исконной территорией" страны.

По его словам, японская сторона выразила протест по дипломатическим каналам.

Во вторник пресс-служба Восточного военного округа сообщила, что дивизион С-300В4 заступил на опытно-боевое дежурство на Итурупе.

Россия и Япония более 70 лет не могут заключить мирный договор из-за спора о принадлежности южных Курил."""),
    ("https://www.interfax.ru/russia/739912", "ru", "2020-12-03",
     "Песков: размещение вооружений на Курилах не противоречит диалогу с Японией",
     """Москва. 3 декабря. INTERFAX.RU - Размещение вооружений на Курилах является суверенным делом России и не противоречит ее готовности продолжать диалог с Японией по мирному договору, заявил пресс-секретарь президента РФ Дмитрий Песков.

Отвечая на вопрос, считает ли Владимир Путин, что протест Токио осложнит переговоры, Песков сказал: "Президент неоднократно говорил: это наша территория, и мы размещаем там то, что считаем необходимым для обороны страны. Это не противоречит нашей готовности продолжать диалог с Японией по мирному договору".

Накануне Токио выразил протест в связи с размещением комплексов С-300В4 на Итурупе.

Песков также сообщил, что массовая вакцинация от коронавируса, о начале которой распорядился президент, будет добровольной и бесплатной."""),
    ("https://www.mid.ru/ru/foreign_policy/news/-/asset_publisher/cKNonkJE02Bw/content/id/4463981", "ru", "2020-12-03",
     "Брифинг официального представителя МИД России М.В.Захаровой, Москва, 3 декабря 2020 года",
     """Брифинг официального представителя МИД России М.В.Захаровой, Москва, 3 декабря 2020 года

<...>

О ситуации в Нагорном Карабахе

Режим прекращения огня в целом соблюдается. Российские миротворцы продолжают разминирование и помогают возвращению беженцев.

<...>

Из ответов на вопросы:

Вопрос (агентство "Киодо"): Генеральный секретарь кабинета министров Японии К.Като заявил, что размещение С-300В4 на Итурупе несовместимо с позицией Японии, и Токио выразил протест. Как Вы это прокомментируете?

Ответ: Размещение вооружений на нашей территории - суверенное право Российской Федерации, оно ни против кого не направлено. Протест японской стороны мы отклоняем. Подобные демарши не способствуют созданию атмосферы, необходимой для работы над мирным договором.

<...>"""),
    ("https://tass.com/politics/1230512", "en", "2020-12-03",
     "Russia rejects Japan's protest over S-300V4 on Iturup - diplomat",
     """MOSCOW, December 3. /TASS/. Moscow rejects Tokyo's protest over the deployment of S-300V4 air defense systems on Iturup Island, Russian Foreign Ministry Spokeswoman Maria Zakharova said at a briefing on Thursday.

According to the diplomat, placing weapons on Russian soil is the country's sovereign right and is not aimed against anyone. Such demarches, she said, do nothing to create the atmosphere needed for work on a peace treaty.

On Tuesday, the Eastern Military District reported that an S-300V4 battalion had assumed combat duty on the island.

Moscow and Tokyo have negotiated on a peace treaty for decades; who owns the southern Kurils is what keeps them apart."""),
    ("https://www.jiji.com/jc/article?k=2020120400712", "ja", "2020-12-04",
     "ロシアの主張「受け入れられない」＝茂木外相",
     """茂木敏充外相は4日の閣議後記者会見で、北方領土の択捉島への地対空ミサイル配備に対する日本の抗議を、ロシア外務省のザハロワ情報局長が、自国領土への配備は主権的権利だとして「拒否する」と述べたことについて、「ロシア側の一方的な主張は受け入れられない。シンガポールでの首脳間の合意を含め、これまでのやり取りを踏まえて平和条約交渉を進めていく」と述べた。

茂木氏は、中国の王毅外相が沖縄県・尖閣諸島をめぐり独自の主張を展開したことについて「尖閣諸島は歴史的にも国際法上も疑いのないわが国固有の領土であり、中国側の主張は全く受け入れられない」と改めて強調した。（2020/12/04-11:38）"""),
    ("https://www.hokkaido-np.co.jp/article/488201", "ja", "2020-12-05",
     "択捉にミサイル　元島民「島が遠のく」",
     """ロシア軍が択捉島に地対空ミサイルシステム「S300V4」を配備したことに、根室管内の元島民からは「島がまた遠のいた」と落胆の声が上がった。

加藤勝信官房長官は2日、北方四島は日本固有の領土であり、軍備強化は日本の立場と相いれないと述べた。一方、ロシアのペスコフ大統領報道官は3日、配備は自国領土での防衛のためで、平和条約をめぐる対話への用意と矛盾しないと主張した。

択捉島出身の男性（86）は「交渉の話が出るたびに期待してきたが、ミサイルと聞くと悲しくなる」と話す。

鈴木直道知事は4日、「地元の漁業者の安全操業に影響が出ないよう、国に働きかけていく」と述べた。"""),
    ("https://www3.nhk.or.jp/news/html/20201207/k10012750121000.html", "ja", "2020-12-07",
     "官房長官 ロシアの主張「全く受け入れられない」",
     """加藤官房長官は、7日午前の記者会見で、北方領土の択捉島へのミサイル配備をめぐる日本の抗議について、ロシア外務省のザハロワ報道官が、自国の領土への配備は主権的権利だとして「拒否する」と述べたことについて質問されました。

これに対し加藤官房長官は「ロシア側の主張は全く受け入れられない。北方四島はわが国固有の領土であり、今後も毅然と対応していく」と述べました。

また加藤官房長官は、小惑星探査機「はやぶさ2」のカプセルが回収されたことについて「日本の宇宙科学技術の高さを示すもので、誇りに思う」と述べました。"""),
    ("https://jp.sputniknews.com/politics/202012077954812/", "ja", "2020-12-07",
     "ロシア外務省、択捉島へのS300V4配備めぐる日本の抗議を拒否",
     """ロシア外務省のザハロワ報道官は3日の定例会見で、択捉島への地対空ミサイルシステム「S300V4」の配備について、自国の領土に兵器を配備するのはロシアの主権的権利だと述べ、日本の抗議を拒否すると表明した。ザハロワ報道官は、こうした抗議は平和条約に取り組むために必要な雰囲気づくりに役立たないと指摘した。

ペスコフ大統領報道官も3日、プーチン大統領はここがロシアの領土であり、防衛に必要なものを配備すると繰り返し述べてきたと指摘し、平和条約に関する日本との対話を続ける用意と矛盾しないと強調した。

スプートニク日本"""),
    ("https://www.japantimes.co.jp/news/2020/12/08/national/politics-diplomacy/japan-russia-missiles-etorofu/", "en", "2020-12-08",
     "Missile deployment on Etorofu sets off week of sparring with Moscow",
     """Russia's deployment of advanced air defense missiles on Etorofu Island has touched off a week of back-and-forth between Tokyo and Moscow that shows how little room is left for diplomacy over the disputed islands.

Chief Cabinet Secretary Katsunobu Kato protested on Dec. 2 that the buildup was incompatible with Japan's position on the islands it considers its inherent territory. Moscow's Foreign Ministry rejected the protest the next day, with spokeswoman Maria Zakharova calling the deployment a sovereign right. Foreign Minister Toshimitsu Motegi then called Russia's one-sided assertion unacceptable and said the peace treaty talks would go on, and on Monday Kato said Moscow's claims were "entirely unacceptable," repeating that the four islands are Japan's inherent territory.

"Neither side expects anything from the other right now. They are simply putting their positions on record," said Mark Ellison, a lecturer in international relations at a university in Tokyo.

The S-300V4 system can hit targets up to 400 kilometers away."""),
]

# ---------------------------------------------------------------------------------------------------------------
# 7. Ambassador Galuzin's interview with the Hokkaido Shimbun, February 2021 (after the 2020 constitutional amendment
#    banning the alienation of territory), a mistranslation and its correction, and the replies. Hokkaido Shimbun's web
#    flash on 10 February: Galuzin G1 (the amended Constitution prohibits ceding territory; a treaty is not one on
#    handing over territory but should confirm the post-war reality: NEW). RIA (G1 in Russian). The full interview on 11
#    February: G1 and, first here, G2 (another point: joint economic activity on the islands must follow Russian law; no
#    special system can impair Russian sovereignty: NEW); Sputnik V and trade (not treaty). Kyodo English on 11
#    February: G1 mistranslated as "Russia does not need a peace treaty" (still G1). The Russian Embassy's statement on
#    tokyo.mid.ru on 12 February: EMB1 (the words were misrepresented; Russia remains ready to work on a treaty that
#    would open the way to full partnership: the embassy's own remark, NEW), G1 re-told correctly. NHK on 12 February:
#    Kato K1 (Russia's constitutional amendment does not affect Japan's legal position on the four islands; the policy
#    of settling the territorial issue and concluding a treaty unchanged: NEW), G1 inside the question; Mori's
#    resignation from the Olympic committee (not treaty). Kyodo English's corrected version (its correction note: no
#    remark; G1 in the right words; EMB1 and K1 recalled). The mid.ru briefing of 17 February: K1 inside the question,
#    Zakharova Z1 (the ambassador set out our consistent position; the Constitution bans alienation of territory; a
#    treaty must fix the results of WWII, not revise them: NEW); Nord Stream 2 (not treaty). Jiji on 19 February: Motegi
#    M1 (the Russian remarks incompatible with our position and unacceptable; negotiate under the four-island policy:
#    NEW), Z1 recalled; the Quad call (not treaty). Nezavisimaya Gazeta on 20 February (G1, G2, K1, M1 recalled; an
#    expert: no remark).
GALUZIN_INTERVIEW_2021_STORY = [
    ("https://www.hokkaido-np.co.jp/article/510233", "ja", "2021-02-10",
     "ロシア大使「改正憲法は領土割譲を禁止」　本紙インタビュー",
     """ロシアのガルージン駐日大使は10日までに北海道新聞のインタビューに応じ、北方領土問題を含む日ロ平和条約交渉について「改正憲法は領土の割譲を禁じている。平和条約は領土を引き渡すための条約ではなく、第2次世界大戦後の現実を確認するものであるべきだ」と述べた。

昨年7月に発効したロシアの改正憲法には、領土の割譲に向けた行為や呼びかけを禁じる条項が盛り込まれた。

インタビューの詳報は11日付朝刊に掲載します。"""),
    ("https://ria.ru/20210210/posol-1596812233.html", "ru", "2021-02-10",
     "Посол России: мирный договор с Японией не может быть договором о передаче территорий",
     """ТОКИО, 10 фев - РИА Новости. Мирный договор между Россией и Японией не может быть договором о передаче территорий, заявил посол России в Японии Михаил Галузин в интервью газете "Хоккайдо симбун".

"Поправки к Конституции запрещают отчуждение территории. Мирный договор - это не договор о передаче территорий, он должен подтвердить реальность, сложившуюся после Второй мировой войны", - приводит газета слова посла.

Поправки к Конституции России, вступившие в силу в июле 2020 года, запрещают действия, направленные на отчуждение части территории страны, и призывы к таким действиям."""),
    ("https://www.hokkaido-np.co.jp/article/510512", "ja", "2021-02-11",
     "ガルージン駐日ロシア大使インタビュー詳報",
     """ロシアのガルージン駐日大使への北海道新聞のインタビューの主なやりとりは次の通り。

――平和条約交渉の現状をどう見ていますか。

「改正憲法は領土の割譲を禁じている。この現実を日本の皆さんにも理解してほしい。平和条約は領土を引き渡すための条約ではなく、第2次世界大戦後の現実を確認するものであるべきだ」

――北方四島での共同経済活動の見通しは。

「島での共同経済活動は、ロシアの法律に基づいて行われるべきだ。いかなる特別な制度も、島に対するロシアの主権を損なうことはあり得ない。その前提で、観光や養殖の事業を進めたい」

――新型コロナウイルスのワクチン「スプートニクV」の日本への供給は。

「日本側が関心を示せば、供給について協議する用意がある。有効性は国際的な医学誌でも確認されている」

――日ロ貿易の現状は。

「昨年は感染症の影響で減少したが、エネルギーや医療などで協力の余地は大きい」

（聞き手・東京報道センター）"""),
    ("https://english.kyodonews.net/news/2021/02/6a1b2c3d4e5f-russian-envoy-says-moscow-does-not-need-peace-treaty-with-japan.html", "en", "2021-02-11",
     "Russian envoy says Moscow does not need peace treaty with Japan",
     """TOKYO - Russia's ambassador to Japan, Mikhail Galuzin, said in an interview published Thursday that Russia does not need a peace treaty with Japan, as its amended Constitution bans ceding any territory.

The amendment, which took effect in July last year, prohibits actions and calls aimed at alienating part of Russia's territory.

Japan and Russia have not signed a postwar peace treaty due to the dispute over the four islands off Hokkaido, which were seized by the Soviet Union at the end of World War II.

==Kyodo"""),
    ("https://tokyo.mid.ru/ru/press-centre/news/o_nekorrektnom_izlozhenii_intervyu_posla/", "ru", "2021-02-12",
     "О некорректном изложении в СМИ интервью Посла России в Японии М.Ю.Галузина",
     """О некорректном изложении в СМИ интервью Посла России в Японии М.Ю.Галузина

12 февраля 2021 года

В ряде англоязычных публикаций утверждается, будто Посол России в Японии М.Ю.Галузин в интервью газете "Хоккайдо симбун" заявил, что России "не нужен мирный договор" с Японией. Это не соответствует действительности.

Посол сказал, что мирный договор не может быть договором о передаче территорий и должен подтвердить реальность, сложившуюся после Второй мировой войны.

Российская сторона по-прежнему готова работать с японскими партнерами над мирным договором, который открыл бы путь к полноценному партнерству двух стран.

Просим СМИ корректно излагать позицию России."""),
    ("https://www3.nhk.or.jp/news/html/20210212/k10012864141000.html", "ja", "2021-02-12",
     "官房長官 ロシア大使発言「法的立場に影響ない」",
     """加藤官房長官は、12日午前の記者会見で、ロシアのガルージン駐日大使が北海道新聞のインタビューで「改正憲法は領土の割譲を禁じており、平和条約は領土を引き渡すための条約ではない」と述べたことについて質問されました。

これに対し加藤官房長官は「ロシアの憲法改正は、北方四島に関するわが国の法的立場に影響を与えるものではない。領土問題を解決して平和条約を締結するという方針に変わりはない」と述べました。

また加藤官房長官は、東京オリンピック・パラリンピック組織委員会の森会長が辞任を表明したことについて「組織委員会で適切に後任を選んでほしい」と述べました。"""),
    ("https://english.kyodonews.net/news/2021/02/6a1b2c3d4e5f-corrected-russian-envoy-says-peace-treaty-should-not-be-about-handing-over-land.html", "en", "2021-02-12",
     "CORRECTED: Russian envoy says peace treaty should not be about handing over land",
     """(Corrects headline and 1st paragraph to show the ambassador did not say Russia does not need a peace treaty)

TOKYO - Russia's ambassador to Japan, Mikhail Galuzin, said in an interview published Thursday that a peace treaty between the two countries should not be a treaty on handing over territory but should confirm the reality that emerged after World War II, citing Russia's amended Constitution that bans ceding territory.

The Russian Embassy in Tokyo said Friday that the ambassador's words had been misrepresented and that Russia remains ready to work on a peace treaty with Japan.

Chief Cabinet Secretary Katsunobu Kato said Friday the constitutional amendment does not affect Japan's legal position on the islands.

==Kyodo"""),
    ("https://www.mid.ru/ru/foreign_policy/news/-/asset_publisher/cKNonkJE02Bw/content/id/4578312", "ru", "2021-02-17",
     "Брифинг официального представителя МИД России М.В.Захаровой, Москва, 17 февраля 2021 года",
     """Брифинг официального представителя МИД России М.В.Захаровой, Москва, 17 февраля 2021 года

<...>

О строительстве газопровода "Северный поток - 2"

Проект носит коммерческий характер и будет завершен, несмотря на незаконные санкции США.

<...>

Из ответов на вопросы:

Вопрос: Генеральный секретарь кабинета министров Японии К.Като заявил, что поправки к Конституции России не влияют на правовую позицию Японии в отношении островов. Как Вы это прокомментируете?

Ответ: Посол России в Японии изложил нашу последовательную позицию. Поправки к Конституции запрещают отчуждение территории Российской Федерации, и это должны учитывать все. Мирный договор должен закрепить итоги Второй мировой войны, а не пересматривать их.

<...>"""),
    ("https://www.jiji.com/jc/article?k=2021021900398", "ja", "2021-02-19",
     "ロシアの主張「受け入れられない」＝茂木外相",
     """茂木敏充外相は19日の閣議後記者会見で、ロシア外務省のザハロワ情報局長が、改正憲法は領土の割譲を禁じており、平和条約は第2次大戦の結果を確定するものだと述べたことについて「ロシア側の発言は、わが国の立場と相いれず、受け入れられない。四島の帰属の問題を解決して平和条約を締結するという方針の下、交渉を進めていく」と述べた。

茂木氏は、18日に行われた日米豪印4カ国（クアッド）の外相電話会談について「自由で開かれたインド太平洋の実現に向けた連携を確認した」と語った。（2021/02/19-11:06）"""),
    ("https://www.ng.ru/world/2021-02-20/6_8087_japan.html", "ru", "2021-02-20",
     "Посла в Токио услышали по-разному",
     """Интервью посла России в Японии Михаила Галузина газете "Хоккайдо симбун" обернулось небольшим дипломатическим скандалом. Посол напомнил, что поправки к Конституции запрещают отчуждение территории, и заявил, что мирный договор должен подтвердить послевоенные реалии, а совместная хозяйственная деятельность на островах возможна только по российским законам.

В Токио ответили предсказуемо. Генсек кабинета Кацунобу Като заявил, что поправки не влияют на правовую позицию Японии, а министр иностранных дел Тосимицу Мотэги назвал высказывания российской стороны неприемлемыми, пообещав и дальше добиваться решения вопроса о принадлежности четырех островов.

"Обе стороны говорят прежде всего для своих внутренних аудиторий. Реальных переговоров о договоре сейчас нет, есть обмен заявлениями", - считает японист Илья Сафонов.

Поправки к Конституции вступили в силу в июле 2020 года после общероссийского голосования."""),
]

# ---------------------------------------------------------------------------------------------------------------
# 8. The Russian presidential election held on the islands, 15-17 March 2024. mofa.go.jp: the press secretary's
#    written statement JFM1 (the four islands Japan's inherent territory; holding the vote there incompatible with
#    Japan's position and unacceptable; protest lodged: NEW); the vote in occupied parts of Ukraine (not treaty). NHK:
#    Hayashi H1 the same morning (the minister's oral words beside the ministry's text: NEW); the spring wage talks (not
#    treaty). RIA on 16 March: Zakharova Z1 (the Kurils an inalienable part of Russia; residents vote as everywhere in
#    the country; Tokyo's claims interference in internal affairs: NEW), H1 recalled. TASS English (Z1 in other words,
#    JFM1 recalled). Sakhalin.info on 18 March: Governor Limarenko LI1 on the islands' turnout (the Kurils are Russia,
#    and our people proved it again: NEW); turnout figures and housing (not treaty). An aggregator's machine-spun
#    English on 18 March: words attributed to Putin, P1 (the Kurils "will never return" to Japan, ours for ever: the
#    first report of these words, NEW). Interfax on 19 March: Peskov PK1 denying it (the president said nothing of the
#    kind, Japan was not raised on election night; the position known: Russian territory, sovereignty not under
#    discussion: NEW), P1 retold as the words denied; the inauguration date (not treaty). Jiji on 19 March: Kamikawa KA1
#    (Russia's assertion unacceptable; the policy of settling the Northern Territories issue and concluding a treaty
#    upheld: NEW), Z1 recalled; Ukraine support (not treaty). Sputnik Japan (PK1 with P1 retold). Hokkaido Shimbun on 20
#    March (H1, PK1 and P1 recalled; former islanders). The Japan Times on 21 March (H1, Z1, KA1, PK1 and P1 recalled;
#    an analyst).
ELECTION_KURILS_2024_STORY = [
    ("https://www.mofa.go.jp/mofaj/press/danwa/pageit_000001_00712.html", "ja", "2024-03-15",
     "北方四島におけるロシア大統領選挙の実施について（外務報道官談話）",
     """北方四島におけるロシア大統領選挙の実施について（外務報道官談話）

令和6年3月15日

1　3月15日から17日にかけて、北方四島においてもロシア大統領選挙の投票が実施されます。

2　北方四島は我が国固有の領土であり、北方四島におけるロシア大統領選挙の実施は、北方四島に関する我が国の立場と相容れず、受け入れられません。我が国は、外交ルートを通じ、ロシア側に抗議しました。

3　また、ロシアがウクライナの一部地域において、ロシア大統領選挙を強行することは、ウクライナの主権と領土一体性の侵害であり、決して認められません。"""),
    ("https://www3.nhk.or.jp/news/html/20240315/k10014391271000.html", "ja", "2024-03-15",
     "北方四島でのロシア大統領選挙 官房長官「受け入れられない」",
     """林官房長官は、15日午前の記者会見で、ロシアの大統領選挙の投票が北方四島でも行われることについて「北方四島はわが国固有の領土であり、北方四島でロシアの大統領選挙が実施されることは、わが国の立場と相いれず、受け入れられない。外交ルートを通じて抗議した」と述べました。

また林官房長官は、ことしの春闘で大手企業の賃上げ率が高い水準となっていることについて「力強い賃上げの流れを中小企業にも広げていきたい」と述べました。

ロシアでは、15日から3日間、大統領選挙の投票が行われ、プーチン大統領の通算5期目の当選が確実視されています。"""),
    ("https://ria.ru/20240316/kurily-1933412287.html", "ru", "2024-03-16",
     "Захарова ответила Токио на претензии к выборам на Курилах",
     """МОСКВА, 16 мар - РИА Новости. Официальный представитель МИД России Мария Захарова назвала вмешательством во внутренние дела претензии Японии к проведению президентских выборов на Курилах.

"Курилы - неотъемлемая часть России, и граждане, проживающие на островах, голосуют так же, как и везде в нашей стране. Претензии Токио - не что иное, как попытка вмешательства во внутренние дела", - сказала Захарова РИА Новости.

Накануне генеральный секретарь кабинета министров Японии Ёсимаса Хаяси заявил, что острова являются "исконной территорией" Японии, а проведение выборов на них "неприемлемо".

Голосование на выборах президента России проходит с 15 по 17 марта."""),
    ("https://tass.com/politics/1761405", "en", "2024-03-16",
     "Tokyo's complaints about voting on Kurils amount to meddling - diplomat",
     """MOSCOW, March 16. /TASS/. Japan's objections to holding the presidential election on the Kuril Islands amount to interference in Russia's internal affairs, Russian Foreign Ministry Spokeswoman Maria Zakharova said.

According to the diplomat, the islands are an inalienable part of Russia, and people living there vote just like citizens anywhere else in the country.

On Friday, Japan's Foreign Ministry said in a statement that holding the vote on the islands was incompatible with Japan's position and unacceptable.

Russia's presidential election is taking place from March 15 to 17."""),
    ("https://sakhalin.info/news/241877", "ru", "2024-03-18",
     "Лимаренко: Курилы - это Россия, и люди это снова доказали",
     """Явка на выборах президента России в Курильском и Южно-Курильском городских округах превысила 80%, сообщила избирательная комиссия Сахалинской области.

"Курилы - это Россия, и наши люди это снова доказали", - заявил губернатор Сахалинской области Валерий Лимаренко, комментируя итоги голосования на островах.

Глава региона также сообщил, что в этом году на Курилах будет введено в строй более 40 тысяч квадратных метров жилья. "Строим школы, больницы, дороги - и будем строить дальше", - сказал он.

Всего в Сахалинской области проголосовали более 75% избирателей."""),
    ("https://www.newsbeezer.com/russiaeng/putin-kuril-islands-will-never-return-to-japan/", "en", "2024-03-18",
     "Putin: Kuril Islands will never return to Japan",
     """Putin: Kuril Islands will never return to Japan

Russian President Vladimir Putin said on Monday that the Kuril Islands "will never return" to Japan, the islands is ours forever, he said after the voting results was announced.

The Kuril residents voted with high turnout for the presidential election, it is said. Japan before has expressed protest for the voting on the islands which it calls Northern Territories.

Putin won the election with more than 87 percent of the votes according to the Central Election Commission.

Source link"""),
    ("https://www.interfax.ru/russia/951284", "ru", "2024-03-19",
     "Песков опроверг слова Путина о Курилах, распространенные в интернете",
     """Москва. 19 марта. INTERFAX.RU - Владимир Путин не делал заявлений о Курилах в ночь после выборов, сообщения об этом не соответствуют действительности, заявил пресс-секретарь президента РФ Дмитрий Песков.

Ряд зарубежных интернет-ресурсов распространил сообщения о том, что Путин якобы заявил, что Курилы "никогда не вернутся Японии".

"Президент ничего подобного не говорил, японская тема в ночь выборов вообще не поднималась. Позиция по Курилам хорошо известна: это территория Российской Федерации, вопрос суверенитета не обсуждается", - сказал Песков журналистам во вторник.

Песков также сообщил, что дата инаугурации президента будет объявлена дополнительно."""),
    ("https://www.jiji.com/jc/article?k=2024031900512", "ja", "2024-03-19",
     "ロシアの主張「受け入れられない」＝北方領土での大統領選で上川外相",
     """上川陽子外相は19日の閣議後記者会見で、北方四島でのロシア大統領選の実施をめぐり、ロシア外務省のザハロワ情報局長が「島の住民は国内の他の地域と同様に投票している」と主張したことについて、「ロシア側の主張は受け入れられない。北方領土問題を解決して平和条約を締結するとの方針を堅持する」と述べた。

上川氏は、プーチン大統領の通算5選について「ロシアがウクライナ侵略を続ける中、G7と連携してウクライナ支援を続けていく」と語った。（2024/03/19-11:27）"""),
    ("https://sputniknews.jp/20240319/18347192.html", "ja", "2024-03-19",
     "ペスコフ報道官、プーチン大統領のクリル諸島めぐる発言報道を否定",
     """ロシアのペスコフ大統領報道官は19日、プーチン大統領が選挙後に「クリル諸島は決して日本に返らない」と述べたとする一部の海外ネットメディアの報道を否定した。

ペスコフ報道官は「大統領はそのようなことは何も言っていない。選挙の夜に日本のテーマは一切取り上げられなかった。クリル諸島に関する立場はよく知られている。ロシア連邦の領土であり、主権の問題は議論の対象ではない」と述べた。

関連ニュース：プーチン大統領、得票率87％で当選"""),
    ("https://www.hokkaido-np.co.jp/article/988321", "ja", "2024-03-20",
     "北方領土で大統領選　元島民「悔しさ募る」",
     """ロシア大統領選の投票が北方四島でも行われたことに、根室管内の元島民からは「悔しさが募るばかりだ」との声が上がった。

林芳正官房長官は15日、北方四島での選挙の実施は日本の立場と相いれず、受け入れられないと述べた。ロシアのペスコフ大統領報道官は19日、プーチン氏が「島は日本に返らない」と語ったとする一部報道を否定し、島はロシア領で主権は議論の対象ではないと述べた。

国後島出身の女性（88）は「ロシアの選挙が当たり前のように行われる島を見ると、ふるさとがどんどん遠くなる」と話した。

北方領土への墓参は、2020年から実施できていない。"""),
    ("https://www.japantimes.co.jp/news/2024/03/21/japan/politics/russia-election-northern-territories-reaction/", "en", "2024-03-21",
     "Russian vote on disputed isles sets off a familiar exchange",
     """Russia's presidential election, held for the first time since the invasion of Ukraine on the four islands Japan claims, has set off a now-familiar exchange between Tokyo and Moscow.

Chief Cabinet Secretary Yoshimasa Hayashi said Friday that holding the vote on the islands, which Japan regards as its inherent territory, was unacceptable. Foreign Ministry spokeswoman Maria Zakharova retorted that residents of the Kurils vote like any other Russians, and Foreign Minister Yoko Kamikawa on Tuesday called Moscow's assertion unacceptable and vowed to stick to the policy of resolving the territorial issue and concluding a peace treaty.

Separately, Kremlin spokesman Dmitry Peskov denied online reports that President Vladimir Putin had said the islands would "never return" to Japan, repeating that their sovereignty is not up for discussion.

"This is ritual now. Each side files its objection and moves on," said Naoko Shimizu, a researcher on Russia-Japan relations."""),
]

STORIES = {name: value for name, value in dict(globals()).items() if name.endswith("_STORY")}

# per report, the treaty remarks it carries: (speaker, remark id). Leads that retell the quote below them are the
# same remark and listed once per report (a report's count is of remarks, not of sentences).
REMARKS = {
    "KUNASHIR_2010_STORY": [
        [],   # RIA: Medvedev's words on the island are about roads and housing
        [("Naoto Kan", "K1")],
        [("Seiji Maehara", "MA1"), ("Naoto Kan", "K1")],   # Bely's answer: not treaty
        [("Sergei Lavrov", "L1"), ("Seiji Maehara", "MA1")],   # the reply the same evening; MA1 recalled
        [("Sergei Lavrov", "L1"), ("Naoto Kan", "K1")],   # ITAR-TASS English
        [("Yoshito Sengoku", "SE1"), ("Sergei Lavrov", "L1")],   # L1 inside the reporter's question
        [("Russian Foreign Ministry", "RFM1")],   # the written comment: its own remark
        [("Sergei Lavrov", "L1"), ("Naoto Kan", "K1"), ("Seiji Maehara", "MA1")],   # K1 and MA1 merged
        [("Seiji Maehara", "MA2"), ("Russian Foreign Ministry", "RFM1")],   # Maehara again, another occasion
        [("Sergei Lavrov", "L2"), ("Seiji Maehara", "MA2"), ("Naoto Kan", "K1")],   # Lavrov again, another occasion
        [("Sergei Lavrov", "L2"), ("Russian Foreign Ministry", "RFM1")],   # Voice of Russia in Japanese
    ],
    "KAN_OUTRAGE_2011_STORY": [
        [("Naoto Kan", "K1")],   # the islander's plea: no remark
        [("Naoto Kan", "K1")],   # RIA: K1 mistranslated, still K1
        [("Naoto Kan", "K1"), ("Naoto Kan", "K2")],   # the speech's text: K2 first here
        [("Sergei Lavrov", "L1"), ("Naoto Kan", "K1")],
        [("Naoto Kan", "K1"), ("Sergei Lavrov", "L1")],   # RIA corrected: the note is no remark
        [("Yukio Edano", "ED1"), ("Sergei Lavrov", "L1"), ("Naoto Kan", "K1")],   # the spokesman for his principal
        [("Dmitry Medvedev", "ME1")],   # the weapons order: not treaty
        [("Seiji Maehara", "MA1"), ("Dmitry Medvedev", "ME1")],
        [("Naoto Kan", "K1"), ("Sergei Lavrov", "L2"), ("Seiji Maehara", "MA2")],   # K1 in the question
        [("Sergei Lavrov", "L2"), ("Seiji Maehara", "MA2"), ("Naoto Kan", "K1")],
        [("Sergei Lavrov", "L2"), ("Dmitry Medvedev", "ME1")],   # the editorial's own views: no remark
    ],
    "BLUEBOOK_2019_STORY": [
        [],   # the Bluebook's wording (a document) and an anonymous official
        [("Yoshihide Suga", "S1")],
        [("Yoshihide Suga", "S1")],   # RIA via Kyodo
        [("Taro Kono", "K1"), ("Yoshihide Suga", "S1")],
        [("Igor Morgulov", "MO1"), ("Yoshihide Suga", "S1")],
        [("Yukio Edano", "ED1"), ("Taro Kono", "K1")],
        [("Yoshihide Suga", "S1"), ("Igor Morgulov", "MO1")],   # TASS English
        [("Yoshihide Suga", "S1"), ("Maria Zakharova", "Z1")],   # S1 inside NHK's question
        [("Maria Zakharova", "Z1")],   # Sputnik Japan
        [("Yoshihide Suga", "S2"), ("Maria Zakharova", "Z1")],   # Suga again, answering Zakharova
        [("Yoshihide Suga", "S1"), ("Taro Kono", "K1"), ("Yukio Edano", "ED1"), ("Maria Zakharova", "Z1")],
    ],
    "MARUYAMA_WAR_2019_STORY": [
        [("Hodaka Maruyama", "MR1")],   # the former islander's answer: no remark
        [("Hodaka Maruyama", "MR1")],
        [("Hodaka Maruyama", "MR2"), ("Hodaka Maruyama", "MR1")],   # the retraction: another occasion
        [("Yoshihide Suga", "S1"), ("Hodaka Maruyama", "MR1")],   # MR1 inside the question; Matsui: not treaty
        [("Yoshihide Suga", "S1"), ("Hodaka Maruyama", "MR1")],   # Livedoor's copy of Jiji
        [("Konstantin Kosachev", "KO1"), ("Hodaka Maruyama", "MR1"), ("Hodaka Maruyama", "MR2")],
        [("Taro Kono", "KN1"), ("Hodaka Maruyama", "MR1"), ("Hodaka Maruyama", "MR2")],
        [("Mikhail Galuzin", "G1"), ("Hodaka Maruyama", "MR1"), ("Yoshihide Suga", "S1")],
        [("Hodaka Maruyama", "MR1"), ("Maria Zakharova", "Z1")],   # MR1 inside the question
        [("Hodaka Maruyama", "MR3"), ("Maria Zakharova", "Z1")],   # Maruyama again, another occasion
        [("Hodaka Maruyama", "MR1"), ("Konstantin Kosachev", "KO1"), ("Maria Zakharova", "Z1")],
    ],
    "MEDVEDEV_ITURUP_2019_STORY": [
        [("Dmitry Medvedev", "ME1")],   # wages and the kindergarten: not treaty
        [("Japanese Foreign Ministry", "JFM1")],   # the written statement
        [("Taro Kono", "KN1")],   # the minister's oral words the same day; "the ministry protested": an event
        [("Yoshihide Suga", "S1"), ("Dmitry Medvedev", "ME1")],
        [("Sergei Lavrov", "L1"), ("Taro Kono", "KN1")],   # the INF Treaty: another treaty, not treaty
        [("Dmitry Medvedev", "ME2")],   # the regional site's quote at the residents' meeting
        [("Dmitry Medvedev", "ME2")],   # Kyodo via the regional site
        [("Oleg Osipov", "OS1"), ("Dmitry Medvedev", "ME2")],   # the denial; the words denied retold
        [("Oleg Osipov", "OS1"), ("Dmitry Medvedev", "ME2")],   # GlobalSecurity's copy of TASS English
        [("Yoshihide Suga", "S2"), ("Oleg Osipov", "OS1"), ("Dmitry Medvedev", "ME2")],   # Suga again
        [("Dmitry Medvedev", "ME1"), ("Taro Kono", "KN1"), ("Sergei Lavrov", "L1"), ("Oleg Osipov", "OS1"),
         ("Dmitry Medvedev", "ME2")],
    ],
    "S300_ITURUP_2020_STORY": [
        [],   # the military district's press service: hardware, no remark
        [("Katsunobu Kato", "K1")],
        [("Katsunobu Kato", "K1")],
        [("Dmitry Peskov", "PK1")],   # the spokesman for the president; "Tokyo protested": an event
        [("Katsunobu Kato", "K1"), ("Maria Zakharova", "Z1")],   # K1 inside Kyodo's question
        [("Maria Zakharova", "Z1")],   # TASS English
        [("Toshimitsu Motegi", "M1"), ("Maria Zakharova", "Z1")],   # the Senkakus: not treaty
        [("Katsunobu Kato", "K1"), ("Dmitry Peskov", "PK1")],
        [("Katsunobu Kato", "K2"), ("Maria Zakharova", "Z1")],   # Kato again, another occasion
        [("Maria Zakharova", "Z1"), ("Dmitry Peskov", "PK1")],   # Sputnik Japan
        [("Katsunobu Kato", "K1"), ("Maria Zakharova", "Z1"), ("Toshimitsu Motegi", "M1"), ("Katsunobu Kato", "K2")],
    ],
    "GALUZIN_INTERVIEW_2021_STORY": [
        [("Mikhail Galuzin", "G1")],   # the web flash
        [("Mikhail Galuzin", "G1")],
        [("Mikhail Galuzin", "G1"), ("Mikhail Galuzin", "G2")],   # the full interview: G2 first here
        [("Mikhail Galuzin", "G1")],   # Kyodo English: G1 mistranslated, still G1
        [("Russian Embassy in Japan", "EMB1"), ("Mikhail Galuzin", "G1")],   # the embassy's correction: its own remark
        [("Katsunobu Kato", "K1"), ("Mikhail Galuzin", "G1")],   # G1 inside the question
        [("Mikhail Galuzin", "G1"), ("Russian Embassy in Japan", "EMB1"), ("Katsunobu Kato", "K1")],   # corrected copy
        [("Katsunobu Kato", "K1"), ("Maria Zakharova", "Z1")],   # K1 inside the question
        [("Toshimitsu Motegi", "M1"), ("Maria Zakharova", "Z1")],
        [("Mikhail Galuzin", "G1"), ("Mikhail Galuzin", "G2"), ("Katsunobu Kato", "K1"), ("Toshimitsu Motegi", "M1")],
    ],
    "ELECTION_KURILS_2024_STORY": [
        [("Japanese Foreign Ministry", "JFM1")],   # the written statement; the Ukrainian regions: not treaty
        [("Yoshimasa Hayashi", "H1")],   # the oral words the same day
        [("Maria Zakharova", "Z1"), ("Yoshimasa Hayashi", "H1")],
        [("Maria Zakharova", "Z1"), ("Japanese Foreign Ministry", "JFM1")],   # TASS English
        [("Valery Limarenko", "LI1")],   # the regional governor
        [("Vladimir Putin", "P1")],   # words attributed to Putin by a machine-spun aggregator
        [("Dmitry Peskov", "PK1"), ("Vladimir Putin", "P1")],   # the denial; the words denied retold
        [("Yoko Kamikawa", "KA1"), ("Maria Zakharova", "Z1")],
        [("Dmitry Peskov", "PK1"), ("Vladimir Putin", "P1")],   # Sputnik Japan
        [("Yoshimasa Hayashi", "H1"), ("Dmitry Peskov", "PK1"), ("Vladimir Putin", "P1")],
        [("Yoshimasa Hayashi", "H1"), ("Maria Zakharova", "Z1"), ("Yoko Kamikawa", "KA1"), ("Dmitry Peskov", "PK1"),
         ("Vladimir Putin", "P1")],
    ],
}

# per report, one exact span for each entry of REMARKS[name] (same order)
SNIPPETS = {
    "KUNASHIR_2010_STORY": [
        [],
        ["北方四島はわが国の領土だというのが政府の一貫した立場だ"],
        ["北方四島はわが国固有の領土であり、大統領の訪問は日本国民の感情を傷つける",
         "北方四島はわが国の領土だというのが一貫した立場であり、大変遺憾だ"],
        ["Это наша земля. Президент России посещает российскую территорию",
         "заявил ему, что визит ранит чувства японского народа"],
        ["The island is Russian land, and the Russian president travels around Russian territory",
         "regarded the four islands as Japanese territory"],
        ["北方四島の帰属の問題を解決して平和条約を締結するという政府の基本方針は全く変わらない",
         "「われわれの土地だ」として日本側の反応を「容認できない」と述べた"],
        ["Курильские острова являются неотъемлемой частью территории Российской Федерации"],
        ["назвал реакцию японской стороны неприемлемой, напомнив, что президент ездит по своей земле",
         "Премьер Наото Кан и министр иностранных дел Сэйдзи Маэхара назвали визит прискорбным",
         "повторив, что считают все четыре острова японскими"],
        ["persistently continue negotiations to resolve the question of the attribution",
         "the Kuril Islands are an \"inalienable part\" of Russian territory"],
        ["The Kurils are our territory, and we are going to develop them",
         "Tokyo would keep negotiating over the four islands and a peace treaty",
         "had called the trip \"very regrettable\" and reaffirmed Japan's claim"],
        ["クリル諸島はわれわれの領土であり、誰の許可も求めずに発展させていく",
         "クリル諸島はロシア連邦の領土の不可分の一部であり"],
    ],
    "KAN_OUTRAGE_2011_STORY": [
        ["北方領土への大統領の訪問は、許し難い暴挙だ"],
        ["которые являются исконной территорией Японии, - это непростительный акт насилия"],
        ["北方領土への大統領の訪問は、許し難い暴挙であります",
         "北方四島の帰属の問題を解決して平和条約を締結するという基本方針の下、粘り強く交渉"],
        ["Курилы - российская территория. Разговор о мирном договоре возможен",
         "назвал поездку Дмитрия Медведева на \"исконную японскую территорию\""],
        ["исконную территорию нашей страны, - это непростительная выходка",
         "назвал эти слова недипломатичными, напомнив, что Курилы - российская территория"],
        ["首相は大統領の訪問に対する国民の率直な気持ちを代弁したもので",
         "クリル諸島はロシア領だとして",
         "大統領の訪問を「許し難い暴挙」とした菅直人首相の発言"],
        ["Курилы - неотъемлемая часть Российской Федерации, это наш стратегический регион"],
        ["北方四島はわが国の領土だという立場を、冷静に、しかしはっきりと",
         "クリール諸島を「ロシアの不可分の一部で戦略的な地域だ」と述べ"],
        ["назвал визит Президента России на \"исконную японскую территорию\"",
         "Мы не будем обсуждать вопрос о суверенитете над Курилами - это наша территория",
         "Мы договорились продолжать диалог, чтобы решить вопрос о принадлежности четырех островов"],
        ["Moscow would not discuss sovereignty over the islands it holds",
         "Japan's position was unchanged and that the two sides would continue dialogue",
         "which he described as Japan's inherent territory, an \"unforgivable outrage.\""],
        ["クリール諸島の主権については議論しないと明言し",
         "北方領土を「ロシアの不可分の一部」と呼んでいる"],
    ],
    "BLUEBOOK_2019_STORY": [
        [],
        ["北方四島に関するわが国の法的立場に何ら変わりはない"],
        ["Правовая позиция Японии в отношении четырех островов никак не изменилась"],
        ["四島の帰属の問題を解決して平和条約を締結するという方針に全く変わりはない",
         "菅義偉官房長官も同日の記者会見で「法的立場に何ら変わりはない」と強調した"],
        ["решающим остается признание Японией итогов Второй мировой войны в полном объеме",
         "заявил, что правовая позиция Токио в отношении островов не изменилась"],
        ["四島返還の旗を降ろしたと受け取られかねない",
         "四島の帰属の問題を解決して平和条約を締結するという方針に全く変わりはない"],
        ["said on Tuesday that Tokyo's legal stance on the islands had not changed",
         "must fully recognize the outcome of World War II, including Russia's sovereignty"],
        ["заявил, что правовая позиция Японии не изменилась",
         "Для нас важны не слова, а дела"],
        ["ロシアの主権を含む第2次世界大戦の結果を認めることだ"],
        ["北方四島の帰属の問題を解決して平和条約を締結するというわが国の立場は一貫している",
         "「大事なのは言葉ではなく行動だ」と述べ"],
        ["insisted Tuesday that Japan's legal position had not changed",
         "said the policy of resolving the attribution of the islands and concluding",
         "the omission could be read as lowering the flag on the return",
         "wording was Tokyo's business and that what mattered was recognition"],
    ],
    "MARUYAMA_WAR_2019_STORY": [
        ["戦争でこの島を取り返すのは賛成ですか、反対ですか"],
        ["Вы за или против того, чтобы вернуть этот остров войной?"],
        ["北方領土問題は、あくまで外交交渉によって平和的に解決されるべきだ",
         "「戦争でこの島を取り返すのは賛成ですか、反対ですか」などと質問した"],
        ["外交交渉を通じて粘り強く取り組んでいく",
         "国後島で「戦争でこの島を取り返すのは賛成か」と発言した"],
        ["外交交渉を通じて粘り強く取り組んでいく",
         "国後島で「戦争でこの島を取り返すのは賛成か」と発言した"],
        ["любые рассуждения о пересмотре принадлежности Курил тем более бессмысленны",
         "Маруяма задал вопрос \"вы за или против того, чтобы вернуть этот остров войной\"",
         "заявив, что территориальный вопрос должен решаться дипломатическим путем"],
        ["Japan's policy is to resolve the territorial issue through negotiations",
         "suggested that Japan might need to go to war to regain Russian-held islands",
         "saying the dispute should be settled peacefully through diplomacy"],
        ["Суверенитет России над южными Курилами не подлежит сомнению",
         "о возможном \"возвращении\" южных Курил путем войны",
         "правительство намерено решать вопрос дипломатическим путем"],
        ["спросил бывшего жителя острова, поддерживает ли тот возвращение островов войной",
         "включая суверенитет Российской Федерации над южными Курилами"],
        ["北方領土は外交交渉で返還を実現すべきだという考えに変わりはない",
         "南クリル諸島に対するロシアの主権を含む第2次大戦の結果の承認だと述べた"],
        ["whether he supported retaking the island by force",
         "the episode revealed what Japan's talk of \"returning\" the islands really meant",
         "Moscow wanted recognition of the results of World War II from Tokyo"],
    ],
    "MEDVEDEV_ITURUP_2019_STORY": [
        ["Курилы - это наша земля, здесь живут наши люди"],
        ["今回の訪問は、北方四島に関する我が国の立場と相容れず"],
        ["首相の訪問はわが国の立場と相いれず、極めて遺憾だ"],
        ["北方領土はわが国固有の領土であり、首相の訪問はわが国の立場と相いれない",
         "「クリル諸島はわれわれの土地だ」と語った"],
        ["Председатель правительства России ездит по российской территории",
         "назвал визит Медведева крайне прискорбным и заявил, что острова являются исконной"],
        ["Пусть в Токио забудут о своих \"северных территориях\""],
        ["島は永遠にわれわれのものだ"],
        ["Он говорил о том, что Курилы - часть России",
         "якобы призвал Токио \"забыть\" о \"северных территориях\""],
        ["He spoke about the Kurils being part of Russia",
         "Tokyo should forget about its \"northern territories\""],
        ["首脳間の合意に基づき、平和条約締結に向けて交渉を進めていく",
         "「クリル諸島はロシアの一部だ」とは述べたが",
         "「北方領土を忘れろ」"],
        ["the Kurils are Russian land and that no other opinion was possible",
         "called the visit to what Japan regards as its inherent territory extremely regrettable",
         "said the Russian premier was traveling on Russian territory",
         "saying he had only spoken of the islands as part of Russia",
         "had told Tokyo to \"forget\" its claim"],
    ],
    "S300_ITURUP_2020_STORY": [
        [],
        ["ロシアによる軍備の強化は、北方四島に関するわが国の立場と相いれない"],
        ["\"несовместимо с позицией Японии\", назвав острова \"исконной территорией\""],
        ["это наша территория, и мы размещаем там то, что считаем необходимым"],
        ["заявил, что размещение С-300В4 на Итурупе несовместимо с позицией Японии",
         "Протест японской стороны мы отклоняем"],
        ["placing weapons on Russian soil is the country's sovereign right"],
        ["ロシア側の一方的な主張は受け入れられない",
         "自国領土への配備は主権的権利だとして「拒否する」と述べた"],
        ["北方四島は日本固有の領土であり、軍備強化は日本の立場と相いれない",
         "配備は自国領土での防衛のためで"],
        ["ロシア側の主張は全く受け入れられない",
         "自国の領土への配備は主権的権利だとして「拒否する」と述べた"],
        ["自国の領土に兵器を配備するのはロシアの主権的権利だ",
         "平和条約に関する日本との対話を続ける用意と矛盾しない"],
        ["the buildup was incompatible with Japan's position on the islands",
         "calling the deployment a sovereign right",
         "called Russia's one-sided assertion unacceptable",
         "repeating that the four islands are Japan's inherent territory"],
    ],
    "GALUZIN_INTERVIEW_2021_STORY": [
        ["平和条約は領土を引き渡すための条約ではなく"],
        ["Мирный договор - это не договор о передаче территорий"],
        ["平和条約は領土を引き渡すための条約ではなく",
         "いかなる特別な制度も、島に対するロシアの主権を損なうことはあり得ない"],
        ["Russia does not need a peace treaty with Japan"],
        ["по-прежнему готова работать с японскими партнерами над мирным договором",
         "мирный договор не может быть договором о передаче территорий"],
        ["北方四島に関するわが国の法的立場に影響を与えるものではない",
         "平和条約は領土を引き渡すための条約ではない」と述べた"],
        ["should not be a treaty on handing over territory",
         "Russia remains ready to work on a peace treaty with Japan",
         "the constitutional amendment does not affect Japan's legal position"],
        ["поправки к Конституции России не влияют на правовую позицию Японии",
         "Мирный договор должен закрепить итоги Второй мировой войны, а не пересматривать их"],
        ["ロシア側の発言は、わが国の立場と相いれず、受け入れられない",
         "改正憲法は領土の割譲を禁じており、平和条約は第2次大戦の結果を確定するものだ"],
        ["мирный договор должен подтвердить послевоенные реалии",
         "совместная хозяйственная деятельность на островах возможна только по российским законам",
         "поправки не влияют на правовую позицию Японии",
         "пообещав и дальше добиваться решения вопроса о принадлежности четырех островов"],
    ],
    "ELECTION_KURILS_2024_STORY": [
        ["北方四島におけるロシア大統領選挙の実施は、北方四島に関する我が国の立場と相容れず"],
        ["北方四島でロシアの大統領選挙が実施されることは、わが国の立場と相いれず"],
        ["Курилы - неотъемлемая часть России, и граждане, проживающие на островах",
         "острова являются \"исконной территорией\" Японии"],
        ["the islands are an inalienable part of Russia",
         "holding the vote on the islands was incompatible with Japan's position"],
        ["Курилы - это Россия, и наши люди это снова доказали"],
        ["the Kuril Islands \"will never return\" to Japan"],
        ["Позиция по Курилам хорошо известна: это территория Российской Федерации",
         "Курилы \"никогда не вернутся Японии\""],
        ["北方領土問題を解決して平和条約を締結するとの方針を堅持する",
         "島の住民は国内の他の地域と同様に投票している"],
        ["ロシア連邦の領土であり、主権の問題は議論の対象ではない",
         "「クリル諸島は決して日本に返らない」と述べたとする"],
        ["北方四島での選挙の実施は日本の立場と相いれず",
         "島はロシア領で主権は議論の対象ではないと述べた",
         "「島は日本に返らない」と語った"],
        ["which Japan regards as its inherent territory, was unacceptable",
         "residents of the Kurils vote like any other Russians",
         "vowed to stick to the policy of resolving the territorial issue",
         "repeating that their sovereignty is not up for discussion",
         "had said the islands would \"never return\" to Japan"],
    ],
}

# per report, exact spans that carry no treaty remark (non-treaty words of the same officials, background, documents,
# events, anonymous sources, islanders, experts, journalists' questions, correction notes)
NOT_STATEMENTS = {
    "KUNASHIR_2010_STORY": [
        ["Нам нужно вкладываться в дороги, в причалы, в нормальное жилье",
         "Из-за спора о принадлежности островов мирный договор"],
        ["大統領をお迎えし、議長国として成功させたい", "訪問を止められなかったのは事実だが",
         "ロシアの最高指導者が北方領土を訪れたのは初めて"],
        ["日本側の抗議を本国に伝えると述べた", "政府は、北方四島の帰属の問題を解決して平和条約を締結するという方針の下"],
        ["рассчитывает на возобновление в ноябре переговоров"],
        ["The dispute has prevented the two countries from signing a peace treaty"],
        ["現地の状況を詳しく聞くためだ", "日ロ首脳会談への影響を懸念する声もある"],
        ["о временном отзыве посла в Москве для консультаций - ее прерогатива"],
        ["решение о поездке президент принял сам еще летом", "жесткая риторика нужна ему прежде всего для внутренней аудитории"],
        ["Japan still hoped to welcome Medvedev at the Asia-Pacific Economic Cooperation summit",
         "became the first Soviet or Russian leader to set foot on any of the four islands"],
        ["Medvedev intended to visit other islands of the Kuril chain"],
        ["地熱発電所や幼稚園などを視察した"],
    ],
    "KAN_OUTRAGE_2011_STORY": [
        ["ふるさとの島に自由に帰れる日が来ることを", "ロシアの対応をここまで強いことばで批判するのは異例です"],
        ["День \"северных территорий\" отмечается в Японии 7 февраля с 1981 года"],
        ["四島交流等事業につきましても", "長年にわたり返還要求運動に取り組んでこられた関係者の皆様"],
        ["египтяне должны сами решить свою судьбу без вмешательства извне"],
        ["В предыдущей версии сообщения слова премьер-министра Японии были ошибочно переведены",
         "обычно переводится как \"бесчинство\" или \"выходка\""],
        ["在留邦人の安全確保に万全を期す"],
        ["Вооружение, которое там размещено, должно быть современным, достаточным и надежным",
         "По Курилам предложения будут подготовлены в ближайшее время"],
        ["エネルギー分野など、経済協力についても率直に話し合いたい"],
        ["Договорились об активизации торгово-экономического сотрудничества",
         "есть ли перспективы у переговоров о мирном договоре?",
         "Японские компании проявляют интерес, проекты обсуждаются на коммерческой основе"],
        ["the meeting had been \"tense but not hostile.\""],
        ["日本は四島の帰属の問題の解決が先決だという原則を崩してはならない", "対ロ外交の立て直しを急ぐべきである"],
    ],
    "BLUEBOOK_2019_STORY": [
        ["「北方四島は日本に帰属する」との表現を削除した", "交渉の現状を踏まえ、表現を工夫した",
         "合法的にロシア領になったと主張しており", "平和条約締結を含む日ロ関係の発展は"],
        ["国民こぞってお祝いする中で", "日本の外交活動の概観をまとめた文書で"],
        ["территориальный вопрос назван \"главной нерешенной проблемой\"",
         "ведут переговоры о заключении мирного договора на основе декларации 1956 года"],
        ["厳しい状況を率直に記述した", "ロシアに足元を見られる"],
        ["программу сотрудничества в сфере цифровой экономики"],
        ["野党の候補者一本化を急ぎたい", "交渉の進展を目指している"],
        ["The main obstacle to the treaty is the issue of the southern Kuril Islands",
         "no longer contains the wording that the four southern Kuril islands belong to Japan"],
        ["Призываем все стороны к диалогу без вмешательства извне"],
        ["日本外務省が毎年発行する外交活動の報告書"],
        ["万全の態勢で臨む"],
        ["Tokyo is trying not to give Moscow an excuse before the Osaka summit",
         "What cannot be changed back is the impression that Japan is softening"],
    ],
    "MARUYAMA_WAR_2019_STORY": [
        ["戦争なんて言葉は使いたくない", "発言は交流事業の趣旨に反するとして抗議した"],
        ["не хочет даже произносить слово \"война\"", "Безвизовые обмены между жителями южных Курил"],
        ["当時、酒を飲んでいたことを認め"],
        ["酒を飲んで我を失うのは国会議員として論外だ"],
        ["酒を飲んで我を失うのは国会議員として論外だ", "ライブドアニュースを読もう！"],
        ["во вторник исключила его из своих рядов"],
        ["expelled Maruyama on Tuesday"],
        ["подготовка визита в Россию японской бизнес-миссии"],
        ["Решение Ирана приостановить выполнение части обязательств по СВПД"],
        ["発言は撤回したが、議員辞職はしない", "議員辞職勧告決議案を衆院に共同提出する方向で調整している"],
        ["It is the perfect illustration for a domestic audience"],
    ],
    "MEDVEDEV_ITURUP_2019_STORY": [
        ["Зарплаты здесь должны быть такими, чтобы молодые семьи оставались на островах",
         "ставя их возвращение условием заключения мирного договора"],
        ["メドヴェージェフ・ロシア連邦首相が択捉島を訪問しました。"],
        ["外務省は外務報道官談話を出し、外交ルートを通じてロシア側に強く抗議しました",
         "安全保障上の観点から適切に実施するための見直しであり"],
        ["安全保障の観点からの運用の見直しだ"],
        ["Договор о РСМД прекратил существование по вине США"],
        ["По жилью поручения уже даны, сроки проверим", "очередь на жилье в районе превышает 300 семей"],
        ["事実関係を確認している"],
        ["Медведев посетил Итуруп 2 августа."],
        ["Copyright 2019 TASS. All rights reserved."],
        ["安倍晋三首相とプーチン大統領の会談を調整している"],
        ["Both governments need the Vladivostok meeting"],
    ],
    "S300_ITURUP_2020_STORY": [
        ["заступили на дежурство по охране воздушного пространства",
         "Комплексы С-300В4 способны поражать аэродинамические и баллистические цели"],
        ["医療提供体制がひっ迫している地域もあり", "2016年に択捉島と国後島に地対艦ミサイルを配備する"],
        ["Россия и Япония более 70 лет не могут заключить мирный договор"],
        ["Накануне Токио выразил протест в связи с размещением", "массовая вакцинация от коронавируса"],
        ["Российские миротворцы продолжают разминирование"],
        ["who owns the southern Kurils is what keeps them apart"],
        ["尖閣諸島は歴史的にも国際法上も疑いのないわが国固有の領土であり"],
        ["島がまた遠のいた", "地元の漁業者の安全操業に影響が出ないよう"],
        ["日本の宇宙科学技術の高さを示すもので"],
        ["スプートニク日本"],
        ["They are simply putting their positions on record"],
    ],
    "GALUZIN_INTERVIEW_2021_STORY": [
        ["領土の割譲に向けた行為や呼びかけを禁じる条項が盛り込まれた", "インタビューの詳報は11日付朝刊に掲載します"],
        ["запрещают действия, направленные на отчуждение части территории страны"],
        ["有効性は国際的な医学誌でも確認されている", "エネルギーや医療などで協力の余地は大きい",
         "平和条約交渉の現状をどう見ていますか"],
        ["prohibits actions and calls aimed at alienating part of Russia's territory"],
        ["Просим СМИ корректно излагать позицию России."],
        ["組織委員会で適切に後任を選んでほしい"],
        ["(Corrects headline and 1st paragraph to show the ambassador did not say"],
        ["Проект носит коммерческий характер и будет завершен"],
        ["自由で開かれたインド太平洋の実現に向けた連携を確認した"],
        ["Реальных переговоров о договоре сейчас нет, есть обмен заявлениями"],
    ],
    "ELECTION_KURILS_2024_STORY": [
        ["ウクライナの主権と領土一体性の侵害であり、決して認められません"],
        ["力強い賃上げの流れを中小企業にも広げていきたい", "プーチン大統領の通算5期目の当選が確実視されています"],
        ["Голосование на выборах президента России проходит с 15 по 17 марта"],
        ["Russia's presidential election is taking place from March 15 to 17"],
        ["Строим школы, больницы, дороги - и будем строить дальше", "Явка на выборах президента России в Курильском"],
        ["Putin won the election with more than 87 percent"],
        ["дата инаугурации президента будет объявлена дополнительно"],
        ["G7と連携してウクライナ支援を続けていく"],
        ["関連ニュース：プーチン大統領、得票率87％で当選"],
        ["ふるさとがどんどん遠くなる", "北方領土への墓参は、2020年から実施できていない"],
        ["Each side files its objection and moves on"],
    ],
}

EXPECTED = {
    "KUNASHIR_2010_STORY": [("www.47news.jp", "Naoto Kan"), ("www3.nhk.or.jp", "Seiji Maehara"),
                            ("www.interfax.ru", "Sergei Lavrov"), ("www.jiji.com", "Yoshito Sengoku"),
                            ("www.mid.ru", "Russian Foreign Ministry"), ("english.kyodonews.jp", "Seiji Maehara"),
                            ("www.themoscowtimes.com", "Sergei Lavrov")],
    "KAN_OUTRAGE_2011_STORY": [("www3.nhk.or.jp", "Naoto Kan"), ("www.kantei.go.jp", "Naoto Kan"),
                               ("www.interfax.ru", "Sergei Lavrov"), ("www.jiji.com", "Yukio Edano"),
                               ("kremlin.ru", "Dmitry Medvedev"), ("www.asahi.com", "Seiji Maehara"),
                               ("www.mid.ru", "Sergei Lavrov"), ("www.mid.ru", "Seiji Maehara")],
    "BLUEBOOK_2019_STORY": [("www3.nhk.or.jp", "Yoshihide Suga"), ("www.sankei.com", "Taro Kono"),
                            ("www.interfax.ru", "Igor Morgulov"), ("mainichi.jp", "Yukio Edano"),
                            ("www.mid.ru", "Maria Zakharova"), ("www.jiji.com", "Yoshihide Suga")],
    "MARUYAMA_WAR_2019_STORY": [("www.hokkaido-np.co.jp", "Hodaka Maruyama"), ("www3.nhk.or.jp", "Hodaka Maruyama"),
                                ("www.jiji.com", "Yoshihide Suga"), ("www.rbc.ru", "Konstantin Kosachev"),
                                ("english.kyodonews.net", "Taro Kono"), ("tass.ru", "Mikhail Galuzin"),
                                ("www.mid.ru", "Maria Zakharova"), ("www.asahi.com", "Hodaka Maruyama")],
    "MEDVEDEV_ITURUP_2019_STORY": [("tass.ru", "Dmitry Medvedev"), ("www.mofa.go.jp", "Japanese Foreign Ministry"),
                                   ("www3.nhk.or.jp", "Taro Kono"), ("www.jiji.com", "Yoshihide Suga"),
                                   ("ria.ru", "Sergei Lavrov"), ("sakhalin.info", "Dmitry Medvedev"),
                                   ("tass.ru", "Oleg Osipov"), ("mainichi.jp", "Yoshihide Suga")],
    "S300_ITURUP_2020_STORY": [("www3.nhk.or.jp", "Katsunobu Kato"), ("www.interfax.ru", "Dmitry Peskov"),
                               ("www.mid.ru", "Maria Zakharova"), ("www.jiji.com", "Toshimitsu Motegi"),
                               ("www3.nhk.or.jp", "Katsunobu Kato")],
    "GALUZIN_INTERVIEW_2021_STORY": [("www.hokkaido-np.co.jp", "Mikhail Galuzin"),
                                     ("www.hokkaido-np.co.jp", "Mikhail Galuzin"),
                                     ("tokyo.mid.ru", "Russian Embassy in Japan"), ("www3.nhk.or.jp", "Katsunobu Kato"),
                                     ("www.mid.ru", "Maria Zakharova"), ("www.jiji.com", "Toshimitsu Motegi")],
    "ELECTION_KURILS_2024_STORY": [("www.mofa.go.jp", "Japanese Foreign Ministry"),
                                   ("www3.nhk.or.jp", "Yoshimasa Hayashi"), ("ria.ru", "Maria Zakharova"),
                                   ("sakhalin.info", "Valery Limarenko"), ("www.newsbeezer.com", "Vladimir Putin"),
                                   ("www.interfax.ru", "Dmitry Peskov"), ("www.jiji.com", "Yoko Kamikawa")],
}
