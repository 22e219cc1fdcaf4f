"""Eight more multi-outlet probe stories (round 8: the standing line said again), written independently of rounds 1-7
(own words, each outlet's style, other events: 2017-2025). Officials repeat their formula on the treaty and the islands
on occasion after occasion: the chief cabinet secretary at his morning and afternoon press conferences ("the basic
policy of resolving the attribution of the four islands and concluding a peace treaty is unchanged"), Zakharova at
her weekly briefings ("the Southern Kurils are an integral part of Russia; sovereignty over them is not up for
discussion"), Peskov on his calls with journalists, the foreign ministers at their press conferences and in the Diet,
the prime minister at the Northern Territories Day rally and in his policy speech, the governors of Sakhalin and
Hokkaido at their yearly events and regular press conferences, an embassy's statement. By the rule, the same
speaker's words on ANOTHER occasion are a NEW remark with its own id, however close the words (a new day, the
afternoon press conference after the morning one, a Diet answer three days after the policy speech); only reports of
the SAME occasion (re-reported, shortened, paraphrased, translated, machine-translated, retold days later as "on
Tuesday X said", listed in a weekly review, recalled as background in a report on something else) are repeats. Each
story follows one or two speakers' formula over one to four weeks: three to six occasions, each reported by two to
four outlets in Russian, Japanese and English (wires, papers, the transcripts on kantei.go.jp, mofa.go.jp, mid.ru and
a prefecture's site, aggregators, a machine-translated copy, InoSMI's translation). Journalists' questions that quote
the formula are no remarks; a question that names the speaker and his words of an earlier occasion carries that
earlier remark (a repeat). Non-treaty lines of the same officials (the pandemic, a visit to Washington, a school
scandal, sanctions on Ukraine, New START, ferries, power supply, an airspace violation, fisheries, price relief),
documents (a decree, a white paper, a readout), background paragraphs (an agency's standard paragraph on Moscow's
position too), events ("Tokyo protested"), former islanders, experts and the writers' own analysis are no remarks.

Each story: a list of (url, language, published, title, text) in processing order.
EXPECTED[name]: the (host, speaker) of every report that should be flagged new (first report of each distinct
treaty utterance, in processing order).
REMARKS[name]: per report, the treaty remarks it carries as (speaker, remark id); a remark id names one utterance
(same speaker, same words, same occasion). The first report of each id is the expected alert. Two points made by the
same speaker in one answer or one speech get two ids; the same speaker's formula at another press conference,
briefing, rally, Diet session or interview gets its own id, however close the words. A lead retelling the quote below
it is the same remark (listed once per report); a recollection ("last Thursday she said ...", also inside a
journalist's question that names the speaker and his words, or in a weekly review) is the recalled remark; an event
recalled without attribution is no remark. A report carrying no treaty remark has an empty list.
SNIPPETS[name]: per report, one short exact span of the text for each entry of REMARKS[name] (same order), lying
inside the sentence or quote that carries that remark in that report.
NOT_STATEMENTS[name]: per report, exact spans of the text that are no treaty remark (non-treaty words of the same
officials, background, documents, events, islanders, experts, journalists' questions, the writers' own views).
"""

# ---------------------------------------------------------------------------------------------------------------
# 1. Suga's press conferences and Abe's rally, February 2017 (two months after Putin's visit to Nagato). NHK: Suga S1
#    at the morning press conference of Northern Territories Day (the basic policy of settling the four islands'
#    attribution and concluding a treaty; negotiate persistently: NEW); Abe's trip to Washington (not treaty). The
#    kantei.go.jp record of the same press conference (S1 in fuller words; the reporter's question quoting the
#    government's long-held formula: no remark; the ambassador to Seoul: not treaty). Kyodo Japanese: Abe A1 at the
#    rally (abnormal that no treaty after 70 years; end the problem in my generation: NEW); a former islander (no
#    remark). The kantei.go.jp text of the speech: A1 and, first here, A2 (the consultations on joint economic activity
#    under a special system an important step toward a treaty: NEW); greetings, easier grave visits (not treaty). TASS
#    Russian (A1 translated; S1 recalled as "earlier on Tuesday"). The Japan Times (A1, A2; an islander). Jiji on 23
#    February: Suga S2 in the morning (the four islands our inherent territory; Russia's buildup incompatible with our
#    position: NEW), Shoigu's division for the Kurils (not treaty: hardware). RIA (S2 via Kyodo; its standard paragraph
#    "Moscow has repeatedly said its sovereignty is beyond doubt": background, no remark). The kantei.go.jp record of
#    the afternoon press conference the same day: S2 inside the reporter's question (named, with his words); Suga S3
#    (two-plus-two as planned; no change whatsoever to the basic policy: same speaker, same day, another press
#    conference, NEW); the Moritomo school land sale (not treaty). Kyodo English on 24 February (S2 and S3 merged in one
#    report; A1 recalled). Sputnik Japan's review of the week (S2, S3; the Russian ministry's silence: an event; an
#    expert).
SUGA_FEBRUARY_2017_STORY = [
    ("https://www3.nhk.or.jp/news/html/20170207/k10010867811000.html", "ja", "2017-02-07",
     "官房長官 北方領土の日「粘り強く交渉進める」",
     """菅官房長官は、「北方領土の日」の7日午前の記者会見で、「北方四島の帰属の問題を解決して平和条約を締結するという基本方針の下、ロシアとの交渉を粘り強く進めていく」と述べました。

また菅官房長官は、今週末に予定されている安倍総理大臣のアメリカ訪問について、「トランプ大統領との間で、日米同盟の揺るぎない絆を確認する機会にしたい」と述べました。

7日は、東京で北方領土の返還を求める全国大会が開かれ、安倍総理大臣があいさつする予定です。

「北方領土の日」は、1855年に日露通好条約が結ばれた2月7日にちなんで、昭和56年に閣議決定で定められました。"""),
    ("https://www.kantei.go.jp/jp/tyoukanpress/201702/7_a.html", "ja", "2017-02-07",
     "平成29年2月7日（火）午前 | 官房長官記者会見",
     """平成29年2月7日（火）午前 | 官房長官記者会見

【質疑応答（抜粋）】

問　本日は北方領土の日です。政府は一貫して、四島の帰属の問題を解決して平和条約を締結するとの立場を取ってきましたが、改めて今後の交渉方針をお聞かせください。

官房長官　本日は北方領土の日でありまして、このあと全国大会に総理が出席をされ、ごあいさつをされる予定であります。政府としては、北方四島の帰属の問題を解決して平和条約を締結するという基本方針の下、ロシアとの交渉を粘り強く進めていく、この考え方に全く変わりはありません。

問　10日からの総理の訪米について、トランプ大統領との首脳会談で何を確認されますか。

官房長官　トランプ大統領との間で、日米同盟の揺るぎない絆を内外に示す機会にしたいと考えております。経済分野についても率直な意見交換が行われるものと思います。

問　一時帰国している駐韓大使の帰任の見通しは。

官房長官　現時点では決まっておりません。様々な状況を総合的に勘案して判断したいと思います。"""),
    ("https://this.kiji.is/201834617364039144", "ja", "2017-02-07",
     "首相「私の世代で終止符」　北方領土返還要求大会",
     """安倍晋三首相は7日、東京都内で開かれた「北方領土返還要求全国大会」であいさつし、「戦後70年以上が経過しても平和条約が締結されていないのは異常な状態だ。私の世代で、この問題に終止符を打つ」と述べ、領土問題解決への強い決意を示した。

首相は昨年12月、山口県長門市と東京でプーチン大統領と会談し、北方四島での共同経済活動に関する協議の開始で合意している。

大会では、歯舞群島出身の元島民の男性（83）が「島を追われて70年余り。故郷に自由に行ける日を生きているうちに迎えたい」と訴えた。大会には元島民や返還運動の関係者ら約1500人が参加した。

【共同通信】"""),
    ("https://www.kantei.go.jp/jp/97_abe/statement/2017/0207hoppou.html", "ja", "2017-02-07",
     "北方領土返還要求全国大会　安倍内閣総理大臣挨拶",
     """平成29年2月7日

北方領土返還要求全国大会　安倍内閣総理大臣挨拶

　本日、「北方領土返還要求全国大会」が開催されるに当たり、一言御挨拶申し上げます。

　元島民の皆様を始め、長年にわたり返還要求運動に取り組んでこられた関係者の皆様の御尽力に、心から敬意を表します。

　戦後70年以上が経過した今も、日露間に平和条約が締結されていないのは異常な状態であります。私の世代で、この問題に終止符を打つ。その強い決意で交渉に臨んでまいります。

　昨年12月、プーチン大統領を私の故郷・山口にお迎えし、元島民の皆様の思いを直接お伝えいたしました。その際に合意した、四島における共同経済活動に関する特別な制度についての協議の開始は、平和条約の締結に向けた重要な一歩であります。

　また、元島民の皆様が、より自由に故郷の島々を訪問できるよう、手続の改善にも取り組んでまいります。

　とりわけ若い世代の皆様に関心を持っていただけるよう、啓発にも一層力を入れてまいります。

　結びに、本大会の御成功と、御参会の皆様の御健勝を祈念いたしまして、私の挨拶といたします。"""),
    ("https://tass.ru/mezhdunarodnaya-panorama/4003512", "ru", "2017-02-07",
     "Абэ намерен урегулировать спор с Россией \"при своем поколении\"",
     """ТОКИО, 7 февраля. /Корр. ТАСС/. Премьер-министр Японии Синдзо Абэ заявил во вторник, что намерен положить конец проблеме мирного договора с Россией при жизни своего поколения.

"Ненормально, что и спустя более 70 лет после войны мирный договор между нашими странами так и не заключен. Я положу конец этой проблеме при своем поколении", - сказал Абэ, выступая на ежегодном митинге за "возвращение северных территорий" в Токио.

Ранее во вторник генеральный секретарь кабинета министров Японии Ёсихидэ Суга заявил на пресс-конференции, что Токио будет настойчиво вести переговоры с Москвой, исходя из базового курса на решение вопроса о принадлежности четырех островов и заключение мирного договора.

В декабре 2016 года в ходе визита президента России Владимира Путина в Японию стороны договорились начать консультации о совместной хозяйственной деятельности на Южных Курилах.

"День северных территорий" отмечается в Японии 7 февраля с 1981 года. В этот день в 1855 году был подписан Симодский трактат, по которому острова Итуруп, Кунашир, Шикотан и гряда Хабомаи отошли к Японии."""),
    ("https://www.japantimes.co.jp/news/2017/02/08/national/politics-diplomacy/abe-vows-settle-isle-row-generation/", "en", "2017-02-08",
     "Abe vows to settle isle row with Russia 'in my generation'",
     """Prime Minister Shinzo Abe on Tuesday renewed his pledge to resolve the long-running territorial dispute with Russia, telling an annual rally in Tokyo that he would "put an end to this problem in my generation."

"It is abnormal that a peace treaty has still not been concluded more than 70 years after the war," Abe said at the event, held every Feb. 7, which Japan designates as Northern Territories Day.

Abe also described the start of consultations on joint economic activities on the four Russian-held islands, agreed with President Vladimir Putin in December, as "an important step" toward concluding a peace treaty.

A former resident of the Habomai islets, 83, told the rally that he wanted to be able to visit his hometown freely "while I am still alive."

The islands off Hokkaido — Etorofu, Kunashiri, Shikotan and the Habomai islet group — were seized by Soviet troops after Japan's surrender in 1945. Japan and Russia have yet to sign a postwar peace treaty because of the dispute.

KYODO"""),
    ("https://www.jiji.com/jc/article?k=2017022300467&g=pol", "ja", "2017-02-23",
     "ロシア軍備強化「わが国の立場と相いれず」＝菅官房長官",
     """菅義偉官房長官は23日午前の記者会見で、ロシアのショイグ国防相が北方領土を含むクリール諸島に年内に師団を配備すると表明したことについて、「北方四島はわが国固有の領土であり、ロシアによる軍備の強化は、わが国の立場と相いれない」と述べた。その上で「外交ルートを通じて事実関係を確認している」と語った。

ショイグ氏は22日、下院での演説で「年内にクリール諸島に師団を配備する」と明らかにした。ロシアは昨年11月、択捉、国後両島に地対艦ミサイルを配備している。（2017/02/23-11:58）"""),
    ("https://ria.ru/20170223/1488625533.html", "ru", "2017-02-23",
     "Токио: наращивание группировки на Курилах противоречит позиции Японии",
     """МОСКВА, 23 фев — РИА Новости. Генеральный секретарь кабинета министров Японии Ёсихидэ Суга заявил в четверг, что планы России разместить на Курильских островах дивизию противоречат позиции Токио, сообщает агентство Киодо.

"Четыре северных острова являются исконной территорией Японии, и наращивание там Россией военной мощи несовместимо с позицией нашей страны", — приводит агентство слова Суги.

Накануне министр обороны РФ Сергей Шойгу, выступая в Госдуме, сообщил, что в этом году на Курилах будет развернута дивизия. По словам министра, ее формирование "идет по плану".

Япония претендует на острова Итуруп, Кунашир, Шикотан и Хабомаи, ссылаясь на двусторонний трактат о торговле и границах 1855 года. Москва неоднократно заявляла, что суверенитет России над островами, закрепленный по итогам Второй мировой войны, сомнению не подлежит."""),
    ("https://www.kantei.go.jp/jp/tyoukanpress/201702/23_p.html", "ja", "2017-02-23",
     "平成29年2月23日（木）午後 | 官房長官記者会見",
     """平成29年2月23日（木）午後 | 官房長官記者会見

【質疑応答（抜粋）】

問　午前の会見で長官は、ロシアの師団配備の方針について「わが国の立場と相いれない」と述べられました。来月予定されている日ロの外務・防衛閣僚協議、いわゆる2プラス2への影響はありますか。

官房長官　2プラス2につきましては、予定どおり開催する方向で調整を進めております。北方四島の帰属の問題を解決して平和条約を締結する、この基本方針には何ら変わりはありません。こうした対話の機会も活用しながら、わが国の立場をしっかりと伝え、粘り強く交渉を進めていきたいと思います。

問　森友学園への国有地売却をめぐり、野党は関係者の参考人招致を求めています。

官房長官　国会でお決めになることだと思います。政府としては、これまでも丁寧に説明をしてきております。"""),
    ("https://english.kyodonews.net/news/2017/02/5c1e9a3d7b51-japan-says-russian-buildup-on-disputed-isles-at-odds-with-its-stance.html", "en", "2017-02-24",
     "Japan says Russian buildup on disputed isles at odds with its stance",
     """TOKYO - Japan's top government spokesman said Thursday that Russia's plan to deploy a new army division to the Kuril Islands, including the four islands claimed by Tokyo, is incompatible with Japan's position that they are its inherent territory.

"Russia's military buildup is incompatible with our country's position," Chief Cabinet Secretary Yoshihide Suga said at a morning press conference, adding that Tokyo was checking the facts through diplomatic channels.

Speaking again in the afternoon, Suga said there was "no change whatsoever" to Japan's basic policy of resolving the issue of the islands' sovereignty and concluding a postwar peace treaty, and that a "two-plus-two" meeting of the countries' foreign and defense ministers slated for next month in Tokyo would go ahead as planned.

Russian Defense Minister Sergei Shoigu told the lower house of parliament on Wednesday that a division would be deployed on the islands this year.

The announcement comes as Prime Minister Shinzo Abe seeks to build momentum toward a breakthrough in the decades-old dispute. At an annual rally on Feb. 7, Abe vowed to put an end to the problem "in my generation."

==Kyodo"""),
    ("https://jp.sputniknews.com/politics/201702253398712/", "ja", "2017-02-25",
     "露日関係、この一週間　師団配備と「2プラス2」",
     """今週の露日関係は、クリル諸島への師団配備をめぐる動きが焦点となった。

ショイグ国防相は22日、国家会議（下院）で、年内にクリル諸島に師団を展開すると述べた。これを受け、日本の菅官房長官は23日午前の会見で「北方四島はわが国固有の領土であり、ロシアによる軍備の強化はわが国の立場と相いれない」と述べた。菅長官は同日午後の会見では、北方四島の帰属問題を解決して平和条約を締結するという基本方針に変わりはないとした上で、3月の「2プラス2」は予定通り開催すると述べた。

ロシア外務省は、日本側から外交ルートで照会があったことを認めたが、コメントは出していない。

ロシア科学アカデミー極東研究所の専門家は、スプートニクの取材に対し「師団配備は数年前から計画されていたもので、日本との対話とは切り離して考えるべきだ」と指摘した。

露日両国は3月20日に東京で外務・防衛閣僚協議を開く予定だ。"""),
]

# ---------------------------------------------------------------------------------------------------------------
# 2. Motegi and Lavrov, January 2021: the Diet's opening day and Lavrov's annual press conference fall on the same
#    day. NHK: Motegi MO1 in his foreign policy speech on 18 January (resolve the territorial issue and conclude a
#    treaty under the basic policy, building on the 2018 Singapore exchange: NEW); China's coast guard, the Biden
#    administration, Suga's speech on the pandemic (not treaty). RIA: Lavrov L1 at his press conference (ready to keep
#    working on the treaty, but the starting point is Japan's recognition of the war's results, Russian sovereignty over
#    the Southern Kurils included: NEW); Navalny and New START ("extend the treaty": another treaty, not treaty). TASS
#    English (L1 shortened; the constitutional ban on ceding territory: background). Kyodo Japanese (L1 and, first here,
#    L2: a treaty should be a partnership treaty for the future, not a border document: NEW; MO1 recalled as what the
#    question followed). The mid.ru transcript (MO1 inside the Kyodo correspondent's question, named with his words;
#    L1, L2). Jiji on 19 January: Motegi MO2 at his press conference (the basic policy of settling the four islands'
#    attribution consistent; negotiate persistently: same speaker, another occasion, NEW), L1 recalled; Biden (not
#    treaty). The mofa.go.jp record of the same press conference (L1 inside NHK's question; MO2; border measures for the
#    pandemic: not treaty). The mid.ru briefing of 21 January: Zakharova Z1 (the Southern Kurils an integral part of
#    Russia, sovereignty not up for discussion, no "territorial problem": NEW), MO1 recalled by name; New START (not
#    treaty). TASS Russian (Z1; MO1 and L1 recalled). NHK World in Russian on 29 January: Motegi MO3 at his Friday
#    press conference (the islands are islands over which Japan has sovereignty; continue negotiating under the basic
#    policy: NEW), Z1 recalled. The Japan Times (Kyodo) the next day (MO3, Z1, L1; North Korea: not treaty).
LAVROV_MOTEGI_2021_STORY = [
    ("https://www3.nhk.or.jp/news/html/20210118/k10012820131000.html", "ja", "2021-01-18",
     "茂木外相が外交演説 ロシアとは「平和条約交渉を進める」",
     """通常国会が18日召集され、茂木外務大臣は衆参両院の本会議で外交演説を行いました。

この中で茂木大臣は、ロシアとの関係について「領土問題を解決して平和条約を締結するという基本方針の下、2018年のシンガポールでの首脳会談でのやり取りを含め、これまでの両国間の諸合意を踏まえて交渉を進めていく」と述べました。

また、中国については「尖閣諸島周辺の領海への中国海警局の船舶の侵入は国際法違反であり、断じて容認できない」と述べ、冷静かつ毅然と対応する考えを示しました。

今月20日に発足するアメリカのバイデン政権については「日米同盟の一層の強化に向けて緊密に連携していく」と述べました。

菅総理大臣は同じ本会議で施政方針演説を行い、新型コロナウイルス対策に全力を挙げる考えを強調しました。"""),
    ("https://ria.ru/20210118/lavrov-1593612345.html", "ru", "2021-01-18",
     "Лавров: мирный договор с Японией возможен только на основе итогов Второй мировой",
     """МОСКВА, 18 янв — РИА Новости. Работа над мирным договором с Японией может продолжаться только при условии признания Токио итогов Второй мировой войны во всей их полноте, заявил глава МИД России Сергей Лавров на ежегодной пресс-конференции.

"Мы готовы и дальше работать над мирным договором. Но отправной точкой остается признание Японией итогов войны, закрепленных в Уставе ООН, включая суверенитет Российской Федерации над Южными Курилами", — сказал министр.

Пресс-конференция, посвященная итогам деятельности российской дипломатии в 2020 году, продолжалась более двух с половиной часов. Лавров ответил также на вопросы о задержании Алексея Навального и о судьбе Договора о сокращении стратегических наступательных вооружений.

"Мы хотели бы, чтобы американская администрация наконец дала ответ на наше предложение продлить договор без предварительных условий", — заявил министр.

Россия и Япония ведут переговоры о заключении мирного договора по итогам Второй мировой войны. Главным камнем преткновения остается вопрос принадлежности Южных Курил."""),
    ("https://tass.com/politics/1246417", "en", "2021-01-18",
     "Japan must recognize WWII outcome as starting point for peace treaty work — Lavrov",
     """MOSCOW, January 18. /TASS/. Russia is ready to continue work on a peace treaty with Japan, but Tokyo's recognition of the outcome of World War II must be the starting point, Russian Foreign Minister Sergey Lavrov said at his annual press conference on Monday.

"We are prepared to keep working on the peace treaty, but the starting point is still Japan's recognition of the results of the war as enshrined in the UN Charter," the top diplomat said.

Amendments to the Russian Constitution adopted in 2020 ban the alienation of Russian territory, with the exception of delimitation and demarcation of borders with neighboring states.

Moscow and Tokyo have negotiated on a peace treaty for decades; who owns the southern Kurils is what keeps them apart."""),
    ("https://www.47news.jp/5712345.html", "ja", "2021-01-19",
     "ロ外相「大戦の結果認めよ」　日本に改めて要求",
     """【モスクワ共同】ロシアのラブロフ外相は18日、モスクワで年次記者会見を開き、日本との平和条約締結交渉について「作業を続ける用意はある。だが出発点は、国連憲章に定められた第2次大戦の結果を日本が認めることで、そこには南クリール諸島（北方領土）に対するロシアの主権も含まれる」と述べた。

ラブロフ氏は、平和条約は国境画定の文書にとどまらず「将来に向けたパートナーシップの条約であるべきだ」とも語った。

ラブロフ氏の発言は、茂木敏充外相が同日の外交演説で、領土問題を解決して平和条約を締結する方針を表明したことを踏まえた共同通信の質問に答えたもの。

ロシアでは昨年7月、領土の割譲を禁じる条項を盛り込んだ改正憲法が発効した。"""),
    ("https://www.mid.ru/ru/foreign_policy/news/4527553/", "ru", "2021-01-19",
     "Выступление и ответы на вопросы СМИ Министра иностранных дел России С.В.Лаврова в ходе пресс-конференции по итогам деятельности российской дипломатии в 2020 году, Москва, 18 января 2021 года",
     """Выступление и ответы на вопросы СМИ Министра иностранных дел России С.В.Лаврова в ходе пресс-конференции по итогам деятельности российской дипломатии в 2020 году, Москва, 18 января 2021 года

<...>

Вопрос (информагентство «Киодо», Япония): Сегодня Министр иностранных дел Японии Т.Мотэги, выступая в парламенте, заявил, что Токио продолжит переговоры, чтобы решить территориальную проблему и заключить мирный договор, с учетом договоренностей лидеров в Сингапуре в 2018 году. Как Вы оцениваете перспективы этих переговоров?

С.В.Лавров: Мы готовы и дальше работать над мирным договором, как договорились лидеры. Но отправной точкой остается признание Японией итогов Второй мировой войны, закрепленных в Уставе ООН, включая суверенитет Российской Федерации над Южными Курилами. Без этого продвижения не будет.

При этом мирный договор, как мы его понимаем, – это не документ о демаркации границы. Это должен быть договор о партнерстве на будущее, который охватывал бы экономику, гуманитарные связи, взаимодействие во внешней политике.

Вопрос (РИА Новости): Как Вы прокомментируете задержание А.Навального по возвращении в Москву?

С.В.Лавров: Это внутреннее дело нашей страны. Западные комментарии призваны отвлечь внимание от глубокого кризиса либеральной модели развития.

<...>"""),
    ("https://www.jiji.com/jc/article?k=2021011900612&g=pol", "ja", "2021-01-19",
     "「四島帰属の方針、一貫」＝ロ外相発言に茂木氏",
     """茂木敏充外相は19日の記者会見で、ロシアのラブロフ外相が平和条約交渉の出発点は「日本が第2次大戦の結果を認めることだ」と述べたことについて、「ロシア側の発言の一つ一つにコメントすることは控えたい」とした上で、「北方四島の帰属の問題を解決して平和条約を締結するというわが国の基本方針は一貫している。その下で粘り強く交渉していく」と強調した。

茂木氏は、20日に就任するバイデン次期米大統領について「早期に電話会談を行い、日米同盟の一層の強化を確認したい」と語った。（2021/01/19-12:04）"""),
    ("https://www.mofa.go.jp/mofaj/press/kaiken/kaiken4_000932.html", "ja", "2021-01-19",
     "茂木外務大臣会見記録",
     """茂木外務大臣会見記録
（令和3年1月19日（火曜日）10時32分　於：本省会見室）

冒頭発言
新型コロナウイルス感染症に関する水際措置について
【茂木外務大臣】冒頭、私（茂木大臣）から1点申し上げます。新型コロナウイルスの変異株への対応として、ビジネストラック及びレジデンストラックによる外国人の新規入国を、緊急事態宣言が解除されるまでの間、一時停止しております。引き続き、感染状況を注視しながら適切に対応してまいります。

日露関係
【NHK　記者】ロシアのラブロフ外相が昨日の年次記者会見で、平和条約交渉の出発点は、日本が第二次世界大戦の結果を認めることだと述べました。大臣の受け止めをお願いします。
【茂木外務大臣】ロシア側の発言の一つ一つにコメントすることは控えたいと思います。北方四島の帰属の問題を解決して平和条約を締結するという我が国の基本方針は一貫しております。その下で、ロシアとの間で粘り強く交渉を進めてまいります。

米国新政権
【読売新聞　記者】バイデン政権の発足を明日に控え、日米外相会談の見通しをお聞かせください。
【茂木外務大臣】できるだけ早期にブリンケン国務長官候補とも電話会談を行い、日米同盟の一層の強化、そして「自由で開かれたインド太平洋」の実現に向けて緊密に連携していくことを確認したいと考えております。"""),
    ("https://www.mid.ru/ru/foreign_policy/news/4530921/", "ru", "2021-01-21",
     "Брифинг официального представителя МИД России М.В.Захаровой, Москва, 21 января 2021 года",
     """Брифинг официального представителя МИД России М.В.Захаровой, Москва, 21 января 2021 года

<...>

О продлении Договора о СНВ

Приветствуем сигналы новой американской администрации о готовности продлить Договор о СНВ. Российская сторона свою позицию неоднократно излагала: мы за продление на пять лет без каких-либо предварительных условий.

О высказываниях официальных лиц Японии по «северным территориям»

Обратили внимание на очередные заявления японских официальных лиц, в том числе в речи Министра иностранных дел Японии Т.Мотэги в парламенте 18 января, где он вновь говорил о намерении «решить территориальную проблему» и заключить мирный договор.

Еще раз подчеркнем: Южные Курилы являются неотъемлемой частью Российской Федерации, суверенитет над ними обсуждению не подлежит. Никакой «территориальной проблемы» в отношениях с Японией не существует.

<...>"""),
    ("https://tass.ru/politika/10510233", "ru", "2021-01-21",
     "Захарова: суверенитет России над Южными Курилами не подлежит обсуждению",
     """МОСКВА, 21 января. /ТАСС/. Южные Курилы являются неотъемлемой частью России, ее суверенитет над ними не подлежит обсуждению. Об этом заявила в четверг на брифинге официальный представитель МИД РФ Мария Захарова, комментируя выступление главы МИД Японии Тосимицу Мотэги в парламенте.

"Никакой "территориальной проблемы" в отношениях с Японией не существует", - подчеркнула дипломат.

18 января Мотэги в ежегодной внешнеполитической речи заявил, что Токио продолжит переговоры, чтобы урегулировать территориальную проблему и заключить мирный договор. В тот же день глава МИД России Сергей Лавров отметил, что отправной точкой переговоров должно быть признание Японией итогов Второй мировой войны.

Россия и Япония с середины прошлого века ведут переговоры о мирном договоре. Главным камнем преткновения остается принадлежность Южных Курил."""),
    ("https://www3.nhk.or.jp/nhkworld/ru/news/20210129_14/", "ru", "2021-01-29",
     "Мотэги: северные территории - острова, на которые распространяется суверенитет Японии",
     """Министр иностранных дел Японии Мотэги Тосимицу заявил, что позиция Японии в отношении северных территорий остается неизменной.

Выступая в пятницу на регулярной пресс-конференции, Мотэги сказал: "Позиция Японии не изменилась. Северные территории - это острова, на которые распространяется суверенитет Японии, и мы продолжим переговоры на основе базового курса на решение этого вопроса и заключение мирного договора".

Так он ответил на вопрос о заявлении официального представителя МИД России Марии Захаровой, которая на прошлой неделе сказала, что Южные Курилы являются неотъемлемой частью России и "территориальной проблемы" не существует.

Северные территории - так в Японии называют острова Эторофу, Кунасири, Сикотан и группу островов Хабомаи."""),
    ("https://www.japantimes.co.jp/news/2021/01/30/national/politics-diplomacy/motegi-russia-isles-sovereignty/", "en", "2021-01-30",
     "Motegi says isles are Japan's after Moscow denies 'territorial problem'",
     """Foreign Minister Toshimitsu Motegi on Friday pushed back against Moscow's insistence that there is no territorial dispute between the two countries, calling the four Russian-held islands off Hokkaido "islands over which Japan has sovereignty."

"Japan's position has not changed at all. The Northern Territories are islands over which Japan has sovereignty, and we will continue to negotiate under the basic policy of resolving the issue and concluding a peace treaty," Motegi told a regular news conference.

Russian Foreign Ministry spokeswoman Maria Zakharova said last week that the southern Kuril Islands are an "integral part" of Russia and that there is no "territorial problem" with Japan. Foreign Minister Sergei Lavrov said earlier this month that Japan must accept the outcome of World War II as the starting point for the treaty talks.

Motegi also said Japan would keep coordinating closely with the new U.S. administration of President Joe Biden on the denuclearization of North Korea.

KYODO"""),
]

# ---------------------------------------------------------------------------------------------------------------
# 3. Peskov and Kishida, October 2021: a new prime minister in Tokyo. TASS Russian: Peskov PK1 on his call with
#    journalists on 4 October (expect the dialogue, the peace treaty included, to go on with the new government; the
#    position on the islands well known and unchanged: NEW); the congratulatory telegram (protocol, not treaty).
#    Interfax (PK1 in other words; no phone call in Putin's schedule yet: not treaty). NHK on the night of 4 October:
#    Kishida KI1 at his first press conference (the Northern Territories issue must be resolved, not passed on to the
#    next generation: NEW), "a virtuous cycle of growth and distribution" (not treaty), PK1 recalled. The kantei.go.jp
#    record of the press conference (KI1 in full; the Hokkaido Shimbun's question: no remark; a call with Putin "at
#    the earliest opportunity": not treaty). Kyodo English on 7 October: Kishida KI2 to reporters after his first call
#    with Putin (told the president he wants to resolve the territorial issue and conclude a treaty on the basis of past
#    agreements, Singapore 2018 included: NEW); the pandemic and energy (not treaty). The kremlin.ru readout of the
#    call: no treaty words (a document; "contacts at various levels": not treaty). RIA on 8 October: Peskov PK2 on the
#    call (Putin confirmed his readiness to keep working on the treaty on the basis of what was agreed earlier: the
#    spokesman's own remark on another day, NEW), KI2 recalled; no dates for a meeting (not treaty). Jiji: Kishida KI3
#    in his first policy speech on 8 October (work persistently to resolve the territorial issue and conclude a treaty:
#    another occasion, NEW); "new capitalism", abductions, the pandemic (not treaty). TASS English (KI3; PK2 recalled;
#    the agency's standard paragraph: background). TASS Russian on 14 October: Peskov PK3 (our position well known and
#    unchanged, the islands are Russian territory, yet open to dialogue: NEW), KI3 inside the question (named, with his
#    words); the G20 in Rome (not treaty). The Hokkaido Shimbun's look at ten days (KI1, KI2, KI3 and PK3 recalled; a
#    former islander and an academic: no remarks).
PESKOV_KISHIDA_2021_STORY = [
    ("https://tass.ru/politika/12570211", "ru", "2021-10-04",
     "Песков: Кремль рассчитывает продолжить диалог с новым правительством Японии",
     """МОСКВА, 4 октября. /ТАСС/. Кремль рассчитывает на продолжение диалога с новым японским правительством по всем вопросам, включая работу над мирным договором. Об этом журналистам в понедельник сообщил пресс-секретарь президента РФ Дмитрий Песков.

"Мы рассчитываем, что диалог, в том числе по проблематике мирного договора, будет продолжен. Позиция Москвы по островам хорошо известна и не меняется", - сказал он.

Отвечая на вопрос, направит ли Владимир Путин поздравление новому премьер-министру Японии Фумио Кисиде, Песков отметил, что телеграмма "по протоколу будет направлена после официального вступления в должность".

Кисида был избран премьер-министром на внеочередной сессии парламента в понедельник. Ранее, 29 сентября, он одержал победу на выборах председателя правящей Либерально-демократической партии."""),
    ("https://www.interfax.ru/russia/794561", "ru", "2021-10-04",
     "В Кремле рассчитывают на продолжение диалога с Токио о мирном договоре при Кисиде",
     """Москва. 4 октября. INTERFAX.RU - Москва надеется, что при новом премьер-министре Японии Фумио Кисиде стороны продолжат обсуждать мирный договор, заявил пресс-секретарь президента РФ Дмитрий Песков.

"Рассчитываем, что диалог будет продолжен, в том числе и по мирному договору. Наша позиция по островам известна", - сказал Песков журналистам в понедельник.

Песков также сообщил, что в графике Путина пока нет телефонного разговора с новым японским премьером.

Прежний премьер Ёсихидэ Суга в начале сентября объявил, что не будет баллотироваться на пост председателя Либерально-демократической партии."""),
    ("https://www3.nhk.or.jp/news/html/20211004/k10013290011000.html", "ja", "2021-10-04",
     "岸田首相が就任会見 北方領土問題「次の世代に先送りせず」",
     """岸田総理大臣は、4日夜、就任後初めての記者会見に臨み、新型コロナ対策や経済政策などについて考えを示しました。

この中で岸田総理大臣は、ロシアとの関係について「北方領土問題を次の世代に先送りすることなく、解決していかなければならない」と述べました。

また、みずからが掲げる「新しい資本主義」の実現に向けて、「成長と分配の好循環をつくり上げる」と強調しました。

一方、ロシア大統領府のペスコフ報道官は4日、記者団に対し、日本の新政権と平和条約をめぐる対話を続けることに期待を示しました。"""),
    ("https://www.kantei.go.jp/jp/100_kishida/statement/2021/1004kaiken.html", "ja", "2021-10-04",
     "岸田内閣総理大臣記者会見",
     """令和3年10月4日

【岸田総理冒頭発言】
　本日、内閣総理大臣に任命され、岸田内閣が発足いたしました。まず何よりも、新型コロナ対策に万全を期してまいります。

<中略>

【質疑応答】
（内閣広報官）
　それでは、質疑に移ります。

（記者）
　北海道新聞です。北方領土問題についてお伺いします。交渉は停滞していますが、総理はどのように臨まれますか。

（岸田総理）
　北方領土問題を次の世代に先送りすることなく、解決していかなければならないと考えております。プーチン大統領とも、できるだけ早い機会に電話会談を行いたいと考えております。

（記者）
　経済対策の規模についてお伺いします。

（岸田総理）
　数十兆円規模の経済対策を策定したいと思います。"""),
    ("https://english.kyodonews.net/news/2021/10/7a8e0d3c2f11-kishida-tells-putin-he-wants-to-resolve-territorial-row.html", "en", "2021-10-07",
     "Kishida tells Putin he wants to resolve territorial row in 1st phone talks",
     """TOKYO - Prime Minister Fumio Kishida told Russian President Vladimir Putin in their first phone talks on Thursday that he intends to resolve the long-standing territorial dispute and conclude a postwar peace treaty, building on past bilateral agreements.

"I told the president that I want to resolve the territorial issue and conclude a peace treaty based on the agreements reached so far, including the one in Singapore in 2018, and not pass this issue on to the next generation," Kishida told reporters at his office after the roughly 25-minute call.

The two leaders also agreed to cooperate in responding to the coronavirus pandemic and in the energy sector, Kishida said.

Kishida took office on Monday after winning the ruling Liberal Democratic Party's leadership race.

==Kyodo"""),
    ("http://kremlin.ru/events/president/news/66869", "ru", "2021-10-07",
     "Телефонный разговор с Премьер-министром Японии Фумио Кисидой",
     """Состоялся телефонный разговор Владимира Путина с Премьер-министром Японии Фумио Кисидой.

Президент России поздравил Ф.Кисиду со вступлением в должность главы правительства и пожелал ему успехов.

Обсуждены актуальные вопросы двусторонней повестки дня, включая торгово-экономическое сотрудничество и взаимодействие в борьбе с коронавирусной инфекцией. Выражена взаимная заинтересованность в поступательном развитии российско-японских отношений во всех областях.

Условлено продолжить контакты на различных уровнях."""),
    ("https://ria.ru/20211008/peskov-1753412345.html", "ru", "2021-10-08",
     "Песков рассказал о разговоре Путина и Кисиды",
     """МОСКВА, 8 окт — РИА Новости. Владимир Путин в разговоре с новым премьер-министром Японии Фумио Кисидой подтвердил готовность продолжать диалог по мирному договору на основе ранее достигнутых договоренностей, сообщил пресс-секретарь президента Дмитрий Песков.

"Президент подтвердил готовность продолжать работу над мирным договором, опираясь на то, о чем договаривались раньше", — сказал Песков журналистам.

Накануне японские СМИ со ссылкой на Кисиду сообщили, что он заявил Путину о намерении решить территориальный вопрос и заключить мирный договор, не перекладывая эту проблему на следующее поколение.

Песков также сказал, что сроки возможной личной встречи лидеров пока не обсуждались."""),
    ("https://www.jiji.com/jc/article?k=2021100800873&g=pol", "ja", "2021-10-08",
     "岸田首相、初の所信表明　「新しい資本主義」前面に",
     """岸田文雄首相は8日、衆参両院の本会議で就任後初の所信表明演説を行った。「新しい資本主義」の実現を掲げ、「成長と分配の好循環」によって格差の是正を図る考えを強調した。

外交では、ロシアについて「領土問題を解決し、平和条約を締結すべく、粘り強く取り組む」と表明した。北朝鮮による拉致問題は「最重要課題」と位置付けた。

新型コロナウイルス対策では、「最悪の事態を想定」して病床の確保を進めると述べた。（2021/10/08-15:21）"""),
    ("https://tass.com/world/1347123", "en", "2021-10-08",
     "Japan's new PM pledges to work on resolving territorial issue, signing peace treaty with Russia",
     """TOKYO, October 8. /TASS/. Japanese Prime Minister Fumio Kishida said in his first policy speech in parliament on Friday that he would work persistently to resolve the territorial issue and conclude a peace treaty with Russia.

Kishida, who took office on Monday, held his first telephone conversation with Russian President Vladimir Putin on Thursday. Kremlin Spokesman Dmitry Peskov said on Friday that Putin had confirmed his readiness to continue work on the peace treaty based on earlier agreements.

Japan lays claim to Iturup, Kunashir, Shikotan and the Habomai islands, citing the 1855 bilateral Treatise on Trade and Borders. Russia has repeatedly stated that its sovereignty over the islands cannot be questioned."""),
    ("https://tass.ru/politika/12657789", "ru", "2021-10-14",
     "Песков: позиция Москвы по Курилам неизменна, но диалог с Токио продолжится",
     """МОСКВА, 14 октября. /ТАСС/. Позиция Москвы в отношении Южных Курил известна и неизменна, однако Кремль открыт для продолжения диалога с Токио. Об этом в четверг заявил журналистам пресс-секретарь президента РФ Дмитрий Песков.

Журналисты попросили его прокомментировать слова премьер-министра Японии Фумио Кисиды, который в программной речи в парламенте 8 октября пообещал "решить территориальный вопрос и заключить мирный договор".

"Позиция наша хорошо известна, она неизменна: острова являются территорией Российской Федерации. Вместе с тем мы открыты для продолжения диалога с японскими партнерами", - ответил Песков.

Он также сообщил, что Путин примет участие в саммите "Группы двадцати" в Риме в формате видеоконференции."""),
    ("https://www.hokkaido-np.co.jp/article/600123", "ja", "2021-10-15",
     "岸田政権発足10日　対ロ外交、「継続」強調も道筋見えず",
     """岸田文雄首相の就任から10日余り。首相は4日の就任会見で北方領土問題を「次の世代に先送りすることなく、解決していかなければならない」と述べ、7日のプーチン大統領との初の電話会談後には、2018年のシンガポール合意を含む諸合意を踏まえて領土問題を解決し平和条約を締結したいと伝えたことを明らかにした。8日の所信表明演説でも「領土問題を解決し、平和条約を締結すべく、粘り強く取り組む」と表明した。

これに対し、ロシア大統領府のペスコフ報道官は14日、島々は「ロシア連邦の領土だ」とする立場は不変だとしつつ、日本との対話の継続には前向きな姿勢を示した。

根室市に住む元島民の女性（86）は「首相が代わるたびに同じ言葉を聞いてきた。今度こそ結果を出してほしい」と話す。

北海道大学の研究者は「ロシアは改正憲法で領土の割譲を禁じており、交渉環境は安倍政権の時より格段に厳しい」と指摘している。"""),
]

# ---------------------------------------------------------------------------------------------------------------
# 4. Northern Territories Day, 7 February 2022, and the ten days after it, as the Ukraine crisis builds. Jiji: Matsuno
#    MT1 at his morning press conference (the basic policy of settling the four islands' attribution and concluding a
#    treaty; negotiate persistently: NEW); the quasi-emergency measures (not treaty). NHK: Kishida KI1 at the scaled-down
#    rally (push the negotiations persistently under the policy of resolving the territorial issue and concluding a
#    treaty: NEW); resuming the grave visits (not treaty); a former islanders' representative; background on Russia's
#    militarisation and constitution (no remark). The kantei.go.jp text of the speech (KI1 in full; greetings, the grave
#    visits, young people: not treaty). TASS Russian (KI1; MT1 recalled as "in the morning"). Japan Today (Kyodo: KI1).
#    The mid.ru briefing of 9 February: KI1 recalled by name; Zakharova Z1 (the annual campaign in Tokyo does not change
#    reality; the Southern Kurils an integral part of Russia, sovereignty fixed by the war's results and not up for
#    discussion: NEW) and Z2, a second point of the same item (such propaganda actions do not help the atmosphere a
#    treaty dialogue needs: NEW); Ukraine and "invasion" talk (not treaty). RIA (Z1; KI1 recalled; Ukraine). A machine-
#    translated English copy of RIA on an aggregator (Z1, KI1). Sankei on 10 February: Matsuno MT2 at his morning press
#    conference (the Northern Territories are islands over which Japan has sovereignty; the position to settle the four
#    islands' attribution and conclude a treaty consistent: same speaker, another occasion, NEW), Z1 inside the question
#    (named, with her words); Ukraine (not treaty). The Japan Times on 16 February: Kishida KI2 at the Lower House
#    budget committee on 15 February (the policy of resolving the territorial issue and concluding a treaty remains;
#    keep negotiating persistently: NEW), "act with the G7 on sanctions" (not treaty), the lawmaker's question (no
#    remark); Z1 and MT2 recalled.
KISHIDA_TERRITORIES_DAY_2022_STORY = [
    ("https://www.jiji.com/jc/article?k=2022020700345&g=pol", "ja", "2022-02-07",
     "北方領土「粘り強く交渉」＝松野官房長官",
     """松野博一官房長官は7日午前の記者会見で、「北方領土の日」に当たり、「北方四島の帰属の問題を解決して平和条約を締結するとの基本方針の下、ロシアとの交渉を粘り強く進めていく」と述べた。

新型コロナウイルス対策のまん延防止等重点措置の延長の是非について、松野氏は「専門家の意見を聞いた上で適切に判断する」と語った。（2022/02/07-11:41）"""),
    ("https://www3.nhk.or.jp/news/html/20220207/k10013471231000.html", "ja", "2022-02-07",
     "「北方領土の日」全国大会 岸田首相“交渉を粘り強く進める”",
     """「北方領土の日」の7日、北方領土の返還を求める全国大会が東京都内で開かれ、岸田総理大臣は「領土問題を解決して平和条約を締結するとの方針の下、交渉を粘り強く進めていく」と述べました。

全国大会は、新型コロナウイルスの感染拡大を受けて参加者を大幅に絞って開かれ、岸田総理大臣や元島民らが出席しました。

岸田総理大臣はあいさつで、新型コロナの影響で2年続けて中止となっている元島民らによる「北方墓参」について、「一日も早く再開できるよう、ロシア側と調整を進める」と述べました。

元島民の代表は「元島民の平均年齢は86歳を超えた。私たちに残された時間はわずかだ」と訴えました。

北方領土をめぐっては、ロシアが島の軍事拠点化を進めているほか、おととしの憲法改正で領土の割譲を禁じる条文が盛り込まれるなど、交渉は厳しい状況が続いています。"""),
    ("https://www.kantei.go.jp/jp/101_kishida/statement/2022/0207hoppou.html", "ja", "2022-02-07",
     "北方領土返還要求全国大会　岸田内閣総理大臣挨拶",
     """令和4年2月7日

北方領土返還要求全国大会　岸田内閣総理大臣挨拶

　本日、「北方領土返還要求全国大会」が開催されるに当たり、一言御挨拶を申し上げます。

　新型コロナウイルス感染症の影響により、本年も規模を縮小しての開催となりましたが、元島民の皆様を始め、返還要求運動に尽力してこられた関係者の皆様に、心から敬意を表します。

　政府としては、領土問題を解決して平和条約を締結するとの方針の下、ロシアとの交渉を粘り強く進めてまいります。

　新型コロナの影響で2年続けて実施できなかった北方墓参につきましても、一日も早く再開できるよう、ロシア側と調整を進めてまいります。

　返還要求運動の未来を担う若い世代の皆様の取組も、しっかりと後押ししてまいります。

　結びに、本大会の御成功と、御参会の皆様の御健勝を祈念いたしまして、私の挨拶といたします。"""),
    ("https://tass.ru/mezhdunarodnaya-panorama/13636541", "ru", "2022-02-07",
     "Кисида заявил о намерении продолжать переговоры с РФ по мирному договору",
     """ТОКИО, 7 февраля. /ТАСС/. Премьер-министр Японии Фумио Кисида заявил в понедельник, что Токио будет настойчиво вести переговоры с Москвой, исходя из курса на решение территориальной проблемы и заключение мирного договора.

Он выступил на ежегодном митинге в Токио, приуроченном к так называемому Дню северных территорий. Из-за пандемии мероприятие прошло в сокращенном формате.

Утром того же дня генеральный секретарь кабинета министров Хирокадзу Мацуно на пресс-конференции также заявил, что Япония продолжит переговоры исходя из базового курса на решение вопроса о принадлежности четырех островов и заключение мирного договора.

"День северных территорий" отмечается в Японии 7 февраля с 1981 года."""),
    ("https://japantoday.com/category/politics/kishida-vows-to-push-ahead-with-russia-treaty-talks-on-northern-territories-day", "en", "2022-02-07",
     "Kishida vows to push ahead with Russia treaty talks on Northern Territories Day",
     """Prime Minister Fumio Kishida said Monday that Japan will persistently push ahead with negotiations with Russia under its policy of resolving the territorial issue and concluding a peace treaty, speaking at an annual rally calling for the return of four Russian-held islands off Hokkaido.

The rally in Tokyo was scaled down due to the coronavirus pandemic. Kishida also said the government would coordinate with Moscow to resume as soon as possible visits by former islanders to family graves, which have been suspended for two years.

The islands, which Tokyo names the Northern Territories and Moscow the Southern Kurils, were taken by the Soviet Union after Japan's surrender in World War II in 1945.

© KYODO"""),
    ("https://www.mid.ru/ru/foreign_policy/news/1798843/", "ru", "2022-02-09",
     "Брифинг официального представителя МИД России М.В.Захаровой, Москва, 9 февраля 2022 года",
     """Брифинг официального представителя МИД России М.В.Захаровой, Москва, 9 февраля 2022 года

<...>

О так называемом «Дне северных территорий» в Японии

7 февраля в Японии вновь прошли мероприятия так называемого «Дня северных территорий». Премьер-министр Японии Ф.Кисида, выступая на «общенациональном митинге», заявил о намерении «решить территориальную проблему и заключить мирный договор».

Ежегодная кампания в Токио не меняет реальности. Южные Курилы – неотъемлемая часть территории Российской Федерации, наш суверенитет над ними закреплен по итогам Второй мировой войны и обсуждению не подлежит.

Подобные пропагандистские акции никак не способствуют созданию атмосферы, необходимой для диалога по мирному договору.

<...>

Из ответов на вопросы:

Вопрос: Как Вы оцениваете заявления Вашингтона о возможном «вторжении» России на Украину?

Ответ: Это информационная кампания, которую ведут США и их союзники. Никаких планов «вторжения» у России нет и не было."""),
    ("https://ria.ru/20220209/kurily-1772012345.html", "ru", "2022-02-09",
     "Захарова ответила на слова Кисиды о \"северных территориях\"",
     """МОСКВА, 9 фев — РИА Новости. Южные Курилы являются неотъемлемой частью России, суверенитет над ними не подлежит обсуждению, заявила официальный представитель МИД Мария Захарова, комментируя мероприятия "Дня северных территорий" в Японии.

"Ежегодная кампания в Токио не меняет реальности", — сказала Захарова на брифинге.

Она напомнила, что 7 февраля премьер-министр Японии Фумио Кисида заявил на митинге о намерении решить территориальную проблему и заключить мирный договор.

Захарова также прокомментировала ситуацию вокруг Украины, назвав заявления западных стран о якобы готовящемся "вторжении" "информационной кампанией"."""),
    ("https://www.world-today-news.com/zakharova-responded-to-kishidas-words-about-the-northern-territories/", "en", "2022-02-10",
     "Zakharova responded to Kishida's words about the \"northern territories\"",
     """MOSCOW, 9 Feb – RIA Novosti. The Southern Kuriles are an integral part of Russia, the sovereignty over them is not subject to discussion, said the official representative of the Foreign Ministry Maria Zakharova, commenting on the events of the "Day of the Northern Territories" in Japan.

"The annual campaign in Tokyo does not change the reality," Zakharova said at a briefing.

She recalled that on February 7, Japanese Prime Minister Fumio Kishida said at the rally about the intention to solve the territorial problem and conclude a peace treaty.

Zakharova also commented on the situation around Ukraine, calling statements of Western countries about the allegedly preparing "invasion" an "information campaign".

Related posts:
Russia to hold joint drills with Belarus
Kremlin comments on Macron visit"""),
    ("https://www.sankei.com/article/20220210-K7QZ3MNWRJNP5BXTL2HV4YGDEA/", "ja", "2022-02-10",
     "ザハロワ氏発言に「わが国の立場は一貫」　松野官房長官",
     """松野博一官房長官は10日午前の記者会見で、ロシア外務省のザハロワ情報局長が9日の記者会見で、南クリール諸島（北方領土）は「ロシアの不可分の一部」で主権は「議論の対象ではない」と述べたことについて問われ、「ロシア側の発言の一つ一つにコメントすることは差し控える」とした上で、「北方領土はわが国が主権を有する島々であり、四島の帰属の問題を解決して平和条約を締結するとのわが国の立場は一貫している」と強調した。

ウクライナ情勢をめぐり、ロシアによる侵攻の可能性が指摘される中、松野氏は「重大な懸念を持って注視している」とも語った。"""),
    ("https://www.japantimes.co.jp/news/2022/02/16/national/politics-diplomacy/kishida-russia-ukraine-peace-treaty/", "en", "2022-02-16",
     "Kishida says Ukraine crisis will not derail isle talks with Russia — for now",
     """Prime Minister Fumio Kishida said Tuesday that Japan would keep pursuing peace treaty negotiations with Russia even as it prepares a response with the Group of Seven nations should Moscow invade Ukraine.

"Our policy of resolving the territorial issue and concluding a peace treaty remains. We will keep negotiating persistently," Kishida told a Lower House Budget Committee session.

He was responding to an opposition lawmaker who asked whether Tokyo could keep talking with Moscow about the islands while threatening it with sanctions.

"On Ukraine, we will act in coordination with the G7, including on sanctions," Kishida said.

The remarks come a week after Russian Foreign Ministry spokeswoman Maria Zakharova said the annual Northern Territories Day rally in Tokyo "does not change reality" and that Russia's sovereignty over the islands is not up for discussion. Chief Cabinet Secretary Hirokazu Matsuno responded the following day that the islands are ones over which Japan has sovereignty.

Tokyo has been careful not to be seen closing the door on Moscow, as it also relies on Russian energy from the Sakhalin projects."""),
]

# ---------------------------------------------------------------------------------------------------------------
# 5. Two governors, September 2022: Sakhalin's Limarenko at the yearly 3 September ceremony and at the Eastern
#    Economic Forum, Hokkaido's Suzuki on the day after Moscow scrapped the visa-free exchanges and at his regular press
#    conference ten days later. Sakhalin.info: Limarenko LI1 at the ceremony in Yuzhno-Sakhalinsk (the Kurils were, are
#    and will be Russian; no statement from abroad will change it: NEW); a school and a sports complex (not treaty).
#    TASS Russian (LI1; the day of military glory: background). RIA on 5 September: the government's decree ending the
#    1991 and 1999 agreements (a document; the ministry's earlier reason: not treaty) - no remark. NHK on 6 September:
#    Matsuno MT1 at his morning press conference ("extremely regrettable, absolutely unacceptable": not treaty; the basic
#    policy of settling the four islands' attribution and concluding a treaty upheld: NEW) and Suzuki SU1 to reporters
#    ("very sad" for the islanders: not treaty; keep urging the state to pursue the diplomatic negotiations for the
#    return of the Northern Territories persistently: NEW). The Hokkaido Shimbun (SU1; a former islander; Matsuno's
#    "absolutely unacceptable" recalled: not treaty, no remark). RIA at the forum: Limarenko LI2 (the decision is
#    logical: not treaty; the Kurils are Russia, nothing to discuss, we will develop them: same speaker, another
#    occasion, NEW); a new ferry (not treaty). Sputnik English (LI2; LI1 recalled as "on Saturday"; "Tokyo called the
#    move unacceptable": not treaty). Kyodo Japanese from Vladivostok (LI2 via RIA; SU1 recalled). The prefecture's
#    record of Suzuki's regular press conference on 16 September: LI2 inside the Hokkaido Shimbun's question (named,
#    with his words); Suzuki SU2 (the Northern Territories our inherent territory; keep the return movement's flame
#    alive: NEW); zero carbon and the winter power supply (not treaty). The Japan Times (SU2; LI2 and MT1 recalled; a
#    researcher: no remark).
LIMARENKO_SUZUKI_2022_STORY = [
    ("https://sakhalin.info/news/224987", "ru", "2022-09-03",
     "Валерий Лимаренко: Курилы были, есть и будут российскими",
     """В Южно-Сахалинске 3 сентября прошли торжественные мероприятия, посвященные Дню окончания Второй мировой войны и 77-й годовщине освобождения Южного Сахалина и Курильских островов.

У мемориального комплекса "Победа" губернатор Сахалинской области Валерий Лимаренко поздравил ветеранов и жителей региона.

"Наши деды и прадеды освободили эту землю ценой своих жизней. Курилы были, есть и будут российскими, и никакие заявления из-за рубежа этого не изменят", — заявил глава региона.

Губернатор также напомнил, что до конца года на Итурупе откроется новая школа, а на Шикотане — спортивный комплекс.

В церемонии приняли участие ветераны, военнослужащие, школьники. К Вечному огню возложены цветы.

Фото: пресс-служба правительства Сахалинской области"""),
    ("https://tass.ru/obschestvo/15640127", "ru", "2022-09-03",
     "Лимаренко: Курилы были и останутся российскими",
     """ЮЖНО-САХАЛИНСК, 3 сентября. /ТАСС/. Курильские острова были и останутся российскими. Об этом заявил в субботу губернатор Сахалинской области Валерий Лимаренко на торжественной церемонии в честь Дня окончания Второй мировой войны.

"Курилы были, есть и будут российскими, и никакие заявления из-за рубежа этого не изменят", - сказал губернатор.

День окончания Второй мировой войны отмечается 3 сентября. В 2020 году эта дата была внесена в перечень дней воинской славы России."""),
    ("https://ria.ru/20220905/vizy-1814345678.html", "ru", "2022-09-05",
     "Россия прекратила действие соглашений о безвизовых поездках японцев на Курилы",
     """МОСКВА, 5 сен — РИА Новости. Правительство России прекратило действие соглашений с Японией о безвизовых поездках японских граждан на южные Курилы, следует из постановления, опубликованного на портале правовой информации.

Постановление подписал премьер-министр Михаил Мишустин. Речь идет о соглашениях 1991 и 1999 годов, в том числе о максимально облегченном порядке посещения островов бывшими жителями и членами их семей.

В марте Россия вышла из диалога о безвизовых обменах, сославшись на недружественные действия Японии.

Безвизовые обмены не проводятся с 2020 года из-за пандемии коронавируса."""),
    ("https://www3.nhk.or.jp/news/html/20220906/k10013804561000.html", "ja", "2022-09-06",
     "ロシア ビザなし交流の合意破棄 官房長官「断じて受け入れられない」",
     """ロシア政府が北方領土の元島民らによる「ビザなし交流」などに関する日本との合意を破棄したことについて、松野官房長官は6日午前の記者会見で「極めて遺憾であり、断じて受け入れられない」と述べ、ロシア側に抗議したことを明らかにしました。

その上で松野官房長官は「北方四島の帰属の問題を解決して平和条約を締結するという基本方針を堅持していく」と述べました。

北海道の鈴木知事は記者団に対し「元島民の皆さんの心情を思うと、大変残念だ」と述べたうえで、「北方領土の返還に向けて、国に対して粘り強く外交交渉を進めるよう引き続き求めていきたい」と話しました。

ビザなし交流は平成4年に始まり、これまでにおよそ2万4000人が参加しました。ロシアはことし3月、日本の制裁への対抗措置として、交流の停止を一方的に表明していました。"""),
    ("https://www.hokkaido-np.co.jp/article/728456", "ja", "2022-09-06",
     "鈴木知事「返還へ粘り強く」　ビザなし合意破棄に元島民落胆",
     """ロシア政府が北方領土のビザなし交流などに関する日本との合意の破棄を決めたことを受け、鈴木直道知事は6日、道庁で記者団の取材に応じ、「元島民の皆さんの心情を思うと、大変残念だ」と述べた。その上で「北方領土の返還に向けて、国に対して粘り強く外交交渉を進めるよう引き続き求めていく」と強調した。

根室市の元島民の男性（87）は「生きているうちに墓参りができなくなるのか」と肩を落とした。

ビザなし交流は新型コロナウイルス禍で2020年から中断しており、ロシアは3月、日本の対ロ制裁を理由に停止を表明していた。松野博一官房長官は6日の記者会見で「断じて受け入れられない」と述べた。"""),
    ("https://ria.ru/20220906/limarenko-1814598765.html", "ru", "2022-09-06",
     "Лимаренко прокомментировал выход из соглашений о безвизовых поездках японцев",
     """ВЛАДИВОСТОК, 6 сен — РИА Новости. Решение правительства прекратить безвизовые поездки японцев на Курилы логично, заявил РИА Новости губернатор Сахалинской области Валерий Лимаренко на полях Восточного экономического форума.

"Решение абсолютно логичное: нельзя вводить против нас санкции и одновременно ездить к нам без виз", — сказал он.

По словам губернатора, вопрос о принадлежности островов закрыт. "Курилы — это Россия. Обсуждать тут нечего, мы будем развивать острова для людей, которые там живут", — отметил Лимаренко.

Он также сообщил, что в следующем году на линию Корсаков — Курилы выйдет новое пассажирское судно.

ВЭФ проходит во Владивостоке с 5 по 8 сентября. РИА Новости — генеральный информационный партнер форума."""),
    ("https://sputniknews.com/20220906/kurils-are-russia-sakhalin-governor-backs-end-of-visa-free-trips-1100456789.html", "en", "2022-09-06",
     "'Kurils Are Russia': Sakhalin Governor Backs End of Visa-Free Trips for Japanese",
     """VLADIVOSTOK (Sputnik) - The Russian government's decision to end visa-free travel for Japanese citizens to the Kuril Islands is logical, Sakhalin Region Governor Valery Limarenko said on Tuesday on the sidelines of the Eastern Economic Forum.

"The Kurils are Russia. There is nothing to discuss here," Limarenko said, adding that the region would keep developing the islands for the people who live there.

On Saturday, speaking at a ceremony in Yuzhno-Sakhalinsk marking the end of World War II, the governor said the Kurils "were, are and will be Russian."

On Monday, Prime Minister Mikhail Mishustin signed a decree terminating the 1991 and 1999 agreements that allowed Japanese nationals, including former residents, to visit the islands without visas. Tokyo called the move "extremely regrettable and absolutely unacceptable."

The 7th Eastern Economic Forum is taking place in Vladivostok on September 5-8."""),
    ("https://www.47news.jp/8274567.html", "ja", "2022-09-07",
     "サハリン州知事「クリールはロシア」　ビザなし破棄を支持",
     """【ウラジオストク共同】ロシア極東サハリン州のリマレンコ知事は6日、ウラジオストクで開催中の東方経済フォーラムの会場で、ロシア政府が北方領土のビザなし交流に関する日本との合意を破棄したことについて「全く論理的な決定だ」と述べた。ロシア通信が伝えた。

同知事は北方領土について「クリール諸島はロシアだ。議論することは何もない」とも語った。

ビザなし交流をめぐっては、松野博一官房長官が「断じて受け入れられない」と反発。北海道の鈴木直道知事は、北方領土の返還に向けた外交交渉を粘り強く進めるよう国に求めていく考えを示している。"""),
    ("https://www.pref.hokkaido.lg.jp/ss/tsk/kaiken/r4/220916.html", "ja", "2022-09-16",
     "知事定例記者会見（令和4年9月16日）",
     """知事定例記者会見
・日時／令和4年9月16日（金）14:00～14:35
・場所／記者会見室
・記者数／22名（うちテレビカメラ5社）

会見項目
知事からの話題
1　ゼロカーボン北海道の推進について
記者からの質問
1　北方領土問題について
2　冬期の電力需給について

知事からの話題
（知事）
　私から1点お話しいたします。ゼロカーボン北海道の実現に向け、道内の市町村と連携した取組を一層加速してまいります。

記者からの質問
（北海道新聞）
　ロシアのリマレンコ・サハリン州知事が今月6日、「クリール諸島はロシアだ。議論することは何もない」と述べました。道としての受け止めと、今後の取組をお聞かせください。

（知事）
　ロシア側の個々の発言へのコメントは差し控えたいと思います。その上で申し上げれば、北方領土は我が国固有の領土であり、道としては、返還要求運動の火を絶やすことなく、国や関係団体と連携して粘り強く取り組んでまいります。

（NHK）
　この冬の電力需給の見通しについてお聞かせください。

（知事）
　国の見通しでは、北海道エリアは一定の予備率を確保できる見込みですが、道民の皆様には無理のない範囲での節電へのご協力をお願いしたいと考えております。"""),
    ("https://www.japantimes.co.jp/news/2022/09/17/national/hokkaido-governor-northern-territories-return-movement/", "en", "2022-09-17",
     "Hokkaido governor vows to keep isle return movement alive after Russia scraps visa-free visits",
     """Hokkaido Gov. Naomichi Suzuki said Friday the prefecture would keep the campaign for the return of the Russian-held islands off its coast alive, days after Moscow scrapped agreements that allowed former Japanese residents to visit them without visas.

"The Northern Territories are an inherent part of Japan's territory, and we will keep the flame of the return movement burning," Suzuki told a regular news conference in Sapporo.

Earlier this month, Sakhalin Gov. Valery Limarenko, whose region administers the islands, said "the Kurils are Russia" and that there was "nothing to discuss." Chief Cabinet Secretary Hirokazu Matsuno said on Sept. 6 that Japan would stick to its basic policy of resolving the sovereignty issue and concluding a peace treaty.

"Moscow has taken away the last practical channel the former islanders had," said a researcher at a Sapporo think tank who studies the return movement. "What is left for the prefecture is to keep the memory alive."

About 5,400 former residents of the islands are still alive, with an average age of over 87."""),
]

# ---------------------------------------------------------------------------------------------------------------
# 6. Zakharova's briefings and Matsuno's replies, August 2023. The mid.ru briefing of 3 August: Zakharova Z1 on
#    Japan's defence white paper (the Southern Kurils an integral part of Russia, sovereignty not up for discussion; we
#    reject the claims in the paper: NEW); the paper's own wording (a document) and her words on Japan's militarisation
#    and defence budget (not treaty); Niger (not treaty). RIA (Z1). TASS English (Z1 shortened). Jiji on 4 August:
#    Matsuno MT1 at his morning press conference (the Northern Territories are islands over which Japan has sovereignty
#    and its inherent territory; Russia's claim unacceptable: NEW), Z1 inside the question (named, with her words). NHK
#    World English (MT1). The mid.ru briefing of 10 August: MT1 inside a Japanese correspondent's question (named, with
#    his words); Zakharova Z2 (while Tokyo pursues a hostile course and sanctions, talk of a peace treaty is pointless:
#    same speaker, another briefing, NEW). Interfax (Z2 and, "as she said last Thursday", Z1). RIA on 31 August:
#    Zakharova Z3 ahead of 3 September (the war's results, the Kurils' transfer to the USSR included, fixed in the UN
#    Charter and not subject to revision: NEW); the day's new name (a law, background). Kyodo Japanese on 1 September
#    (Z3 via Moscow; Z1 recalled as "on 3 August"). NHK on 1 September: Matsuno MT2 at his morning press conference
#    (Russia's one-sided claim unacceptable; no change to the basic policy of settling the four islands' attribution and
#    concluding a treaty: NEW), Z3 recalled; the Fukushima water release and China's seafood ban (not treaty). The
#    Diplomat's analysis on 2 September (Z1, MT1, Z2, Z3, MT2 all recalled; the writer's own view: no remark).
ZAKHAROVA_MATSUNO_2023_STORY = [
    ("https://www.mid.ru/ru/press_service/spokesman/briefings/1900712/", "ru", "2023-08-03",
     "Брифинг официального представителя МИД России М.В.Захаровой, Москва, 3 августа 2023 года",
     """Брифинг официального представителя МИД России М.В.Захаровой, Москва, 3 августа 2023 года

<...>

О ситуации в Нигере

Продолжаем внимательно следить за развитием ситуации в Нигере. Призываем все стороны к сдержанности и скорейшему урегулированию кризиса мирным путем.

О «Белой книге» Министерства обороны Японии

Обратили внимание на опубликованную 28 июля «Белую книгу» Министерства обороны Японии. В документе острова южной части Курильской гряды вновь названы «исконной территорией Японии», а Россия – источником угроз.

Южные Курилы – неотъемлемая часть Российской Федерации, суверенитет над ними обсуждению не подлежит. Территориальные претензии, изложенные в «Белой книге», категорически отвергаем.

Вызывает озабоченность и то, что Токио продолжает наращивать военный бюджет, отказываясь от послевоенных ограничений и втягиваясь в натовские структуры.

<...>"""),
    ("https://ria.ru/20230803/zakharova-1887612345.html", "ru", "2023-08-03",
     "Захарова: суверенитет над Южными Курилами не подлежит обсуждению",
     """МОСКВА, 3 авг — РИА Новости. Россия категорически отвергает территориальные претензии Японии, изложенные в "Белой книге" японского Минобороны, заявила официальный представитель МИД Мария Захарова.

"Южные Курилы – неотъемлемая часть Российской Федерации, суверенитет над ними обсуждению не подлежит", — сказала Захарова на брифинге.

Она также выразила озабоченность ростом японского военного бюджета.

Правительство Японии одобрило "Белую книгу" по обороне за 2023 год 28 июля. Токио претендует на острова Итуруп, Кунашир, Шикотан и Хабомаи."""),
    ("https://tass.com/politics/1654321", "en", "2023-08-03",
     "Russia rejects Japan's territorial claims in defense white paper — diplomat",
     """MOSCOW, August 3. /TASS/. Russia firmly rejects the territorial claims set out in Japan's defense white paper, since the southern Kuril Islands are an integral part of Russia, Russian Foreign Ministry Spokeswoman Maria Zakharova said at a briefing on Thursday.

"Sovereignty over them is not up for discussion," she stressed.

The Japanese government approved the 2023 defense white paper on July 28. The document names Russia among the sources of threats to Japan's security."""),
    ("https://www.jiji.com/jc/article?k=2023080400398&g=pol", "ja", "2023-08-04",
     "ロシアの主張「受け入れられず」＝北方領土で松野官房長官",
     """松野博一官房長官は4日午前の記者会見で、ロシア外務省のザハロワ情報局長が3日、日本の防衛白書に関連し「南クリール諸島はロシアの不可分の一部で、その主権は議論の対象ではない」と述べたことについて問われ、「北方領土はわが国が主権を有する島々であり、わが国固有の領土だ。ロシア側の主張は受け入れられない」と述べた。

松野氏は、日ロ関係について「ロシアによるウクライナ侵略により厳しい状況にある」とも指摘した。（2023/08/04-11:52）"""),
    ("https://www3.nhk.or.jp/nhkworld/en/news/20230804_15/", "en", "2023-08-04",
     "Matsuno rejects Russian claim on Northern Territories",
     """Japan's Chief Cabinet Secretary Matsuno Hirokazu has rejected a Russian claim that the Northern Territories are an integral part of Russia.

Matsuno told reporters on Friday, "The Northern Territories are islands over which Japan has sovereignty, and they are an inherent part of Japan's territory. Russia's claim is unacceptable."

The Russian-controlled islands are Etorofu, Kunashiri, Shikotan and Habomai. Russia controls the islands. Japan claims them. Japan maintains the islands were illegally occupied after World War Two."""),
    ("https://www.mid.ru/ru/press_service/spokesman/briefings/1901554/", "ru", "2023-08-10",
     "Брифинг официального представителя МИД России М.В.Захаровой, Москва, 10 августа 2023 года",
     """Брифинг официального представителя МИД России М.В.Захаровой, Москва, 10 августа 2023 года

<...>

Из ответов на вопросы:

Вопрос (японская телекомпания): Генеральный секретарь кабинета министров Японии Х.Мацуно 4 августа заявил, что «северные территории» – это острова, на которые распространяется суверенитет Японии, и что позиция России неприемлема. Как Вы это прокомментируете?

Ответ: Официальные лица в Токио в очередной раз повторяют набор давно известных тезисов. Хотела бы напомнить им о реальном положении дел: пока Япония проводит враждебный курс в отношении нашей страны, вводит санкции и поставляет помощь киевскому режиму, говорить о мирном договоре бессмысленно. Ответственность за это целиком лежит на японской стороне.

Вопрос: Как Вы прокомментируете предстоящую встречу в Джидде по Украине?

Ответ: Очередная попытка продвинуть так называемую «формулу мира» Зеленского. Россия в ней участвовать не будет.

<...>"""),
    ("https://www.interfax.ru/world/915437", "ru", "2023-08-10",
     "Захарова назвала бессмысленными разговоры о мирном договоре с Японией",
     """Москва. 10 августа. INTERFAX.RU - Разговоры о мирном договоре с Японией бессмысленны, пока Токио проводит враждебный курс в отношении России, заявила официальный представитель МИД РФ Мария Захарова.

"Пока Япония проводит враждебный курс в отношении нашей страны, вводит санкции и поставляет помощь киевскому режиму, говорить о мирном договоре бессмысленно", - сказала Захарова на брифинге в четверг, отвечая на вопрос японского журналиста.

Как заявила Захарова в прошлый четверг, суверенитет России над Южными Курилами обсуждению не подлежит.

В марте 2022 года Россия вышла из переговоров с Японией о мирном договоре из-за антироссийских санкций Токио."""),
    ("https://ria.ru/20230831/yaponiya-1893312345.html", "ru", "2023-08-31",
     "Захарова напомнила Японии об итогах Второй мировой войны",
     """МОСКВА, 31 авг — РИА Новости. Итоги Второй мировой войны, включая переход Курильских островов к Советскому Союзу, закреплены в Уставе ООН и пересмотру не подлежат, заявила официальный представитель МИД России Мария Захарова.

"Накануне 3 сентября хотели бы еще раз напомнить японским коллегам: итоги войны, в том числе переход Курил к Советскому Союзу, закреплены в Уставе ООН и не подлежат пересмотру", — сказала она на брифинге.

В этом году 3 сентября впервые отмечается под новым названием — День Победы над милитаристской Японией и окончания Второй мировой войны. Соответствующий закон президент Владимир Путин подписал в июне."""),
    ("https://www.47news.jp/9812345.html", "ja", "2023-09-01",
     "ロシア報道官「大戦の結果は見直せず」　北方領土巡り",
     """【モスクワ共同】ロシア外務省のザハロワ情報局長は8月31日の記者会見で、9月3日の対日戦勝記念日を前に「クリール諸島（北方領土を含む千島列島）のソ連への移行を含む大戦の結果は国連憲章に定められており、見直しの対象ではない」と述べた。

ロシアは今年、9月3日を「軍国主義日本に対する勝利と第2次大戦終結の日」に改称した。

ザハロワ氏は8月3日にも、日本の防衛白書に関連して、南クリール諸島（北方領土）の主権は「議論の対象ではない」と述べていた。"""),
    ("https://www3.nhk.or.jp/news/html/20230901/k10014180011000.html", "ja", "2023-09-01",
     "ロシア報道官発言に官房長官「一方的な主張 受け入れられない」",
     """松野官房長官は1日午前の記者会見で、ロシア外務省のザハロワ報道官が、北方領土を含む千島列島のソ連への移行を含む第2次世界大戦の結果は見直しの対象ではないと述べたことについて、「ロシア側の一方的な主張は受け入れられない。北方四島の帰属の問題を解決して平和条約を締結するという基本方針に変わりはない」と述べました。

また松野官房長官は、東京電力福島第一原子力発電所の処理水の放出を受けて中国が日本の水産物の輸入を全面的に停止していることについて、「科学的根拠に基づかない措置で、即時撤廃を求める」と述べました。"""),
    ("https://thediplomat.com/2023/09/the-kuril-formula-on-repeat/", "en", "2023-09-02",
     "The Kuril Formula on Repeat",
     """Moscow and Tokyo spent August trading the same lines on the disputed islands, and neither side seems to expect anything else.

On August 3, Russian Foreign Ministry spokeswoman Maria Zakharova answered Japan's annual defense white paper by declaring that the Southern Kurils are "an integral part" of Russia and that sovereignty over them "is not up for discussion." Chief Cabinet Secretary Matsuno Hirokazu replied the next day that the Northern Territories are islands over which Japan has sovereignty and called Russia's claim unacceptable.

A week later Zakharova went further, telling a Japanese correspondent that talk of a peace treaty was "pointless" as long as Japan imposes sanctions and aids Kyiv. On August 31, ahead of the September 3 holiday that Russia has renamed to celebrate its victory over "militarist Japan," she said the outcome of the war, including the transfer of the Kurils, could not be revised. Matsuno again called the Russian position one-sided and said the basic policy of resolving the attribution of the four islands and concluding a peace treaty had not changed.

The exchanges have become ritual. With the talks frozen since March 2022 and visa-free visits scrapped, the formulas are all that is left of the peace treaty process, and both governments seem content to keep repeating them for domestic audiences."""),
]

# ---------------------------------------------------------------------------------------------------------------
# 7. Hayashi, Ishiba and Zakharova in the first ten days of the Ishiba cabinet, October 2024. Jiji on 2 October:
#    Hayashi H1 at his morning press conference (relations severe, but the policy of resolving the territorial issue and
#    concluding a treaty upheld: NEW); the Il-38's airspace violation off Rebun Island and the flares (not treaty). The
#    kantei.go.jp record of the same press conference (H1; the reporter's question quoting the long-held formula: no
#    remark; the airspace violation). NHK on 4 October: Ishiba IS1 in his first policy speech (relations severe, but
#    the policy of resolving the territorial issue and concluding a treaty upheld: NEW); disaster prevention, the snap
#    election (not treaty). TASS Russian (IS1). Kyodo English on 7 October: Ishiba IS2 answering the Constitutional
#    Democratic Party's leader in the Lower House (no change to the policy of settling the four islands' attribution
#    and concluding a treaty; wants the grave visits resumed: another occasion, NEW), IS1 recalled; the grave visits,
#    the dissolution (not treaty). The mid.ru briefing of 9 October: IS1 inside the question (named, with his words);
#    Zakharova Z1 (no "territorial problem"; the Southern Kurils are Russian territory, sovereignty not up for
#    discussion: NEW) and Z2, a second point of the same answer (no talk of a treaty while Tokyo keeps its sanctions and
#    hostile course: NEW). RIA (Z1 only). TASS English (Z1 and Z2). Sankei on 10 October: Hayashi H2 at his morning
#    press conference (the Northern Territories are islands over which Japan has sovereignty; the policy to resolve the
#    territorial issue and conclude a treaty upheld: same speaker, another occasion, NEW), Z1 inside the question
#    (named, with her words) and Z2 recalled. InoSMI's Russian translation of the Sankei report (H2, Z1, Z2). The Japan
#    Times (H2; Z1 recalled; IS1 recalled; an analyst: no remark).
ISHIBA_HAYASHI_2024_STORY = [
    ("https://www.jiji.com/jc/article?k=2024100200411&g=pol", "ja", "2024-10-02",
     "対ロ「平和条約締結の方針堅持」＝石破内閣でも―林官房長官",
     """林芳正官房長官は2日午前の記者会見で、石破内閣の対ロシア外交について「日ロ関係は厳しい状況にあるが、領土問題を解決して平和条約を締結するとの方針を堅持する」と述べた。林氏は前内閣に続いて官房長官に再任された。

ロシア軍の哨戒機が9月23日に北海道・礼文島沖で領空侵犯し、航空自衛隊が初めてフレア（火炎弾）を使用したことについては、「極めて遺憾だ。再発防止を強く求めた」と改めて語った。（2024/10/02-11:46）"""),
    ("https://www.kantei.go.jp/jp/tyoukanpress/202410/2_a.html", "ja", "2024-10-02",
     "令和6年10月2日（水）午前 | 官房長官記者会見",
     """令和6年10月2日（水）午前 | 官房長官記者会見

【質疑応答（抜粋）】

問　石破内閣が発足しました。歴代政権は、北方四島の帰属の問題を解決して平和条約を締結するとの方針を掲げてきましたが、ロシアとの関係についてどのように臨みますか。

官房長官　日ロ関係は、ロシアによるウクライナ侵略により厳しい状況にありますが、政府としては、領土問題を解決して平和条約を締結するとの方針を堅持してまいります。

問　先月23日のロシア軍機による領空侵犯について、その後のロシア側の反応は。

官房長官　ロシア側には外交ルートを通じて極めて遺憾である旨を伝え、再発防止を強く求めたところであります。引き続き、警戒監視に万全を期してまいります。"""),
    ("https://www3.nhk.or.jp/news/html/20241004/k10014600011000.html", "ja", "2024-10-04",
     "石破首相 初の所信表明演説 “ルール守る国民を守る政治”",
     """石破総理大臣は4日、衆参両院の本会議で就任後初めての所信表明演説を行いました。

この中で石破総理大臣は、防災庁の設置に向けた準備を進める考えを示し、「災害への備えを根本から強化する」と述べました。

外交については、ロシアとの関係について「日ロ関係は厳しい状況にありますが、領土問題を解決し、平和条約を締結するとの方針を堅持します」と述べました。

石破総理大臣は、今月9日に衆議院を解散する意向で、衆議院選挙は今月27日に投票が行われる見通しです。"""),
    ("https://tass.ru/mezhdunarodnaya-panorama/22035871", "ru", "2024-10-04",
     "Исиба заявил о приверженности курсу на заключение мирного договора с РФ",
     """ТОКИО, 4 октября. /ТАСС/. Премьер-министр Японии Сигэру Исиба заявил, что Токио будет придерживаться курса на решение территориальной проблемы и заключение мирного договора с Россией, несмотря на сложное состояние двусторонних отношений.

"Японо-российские отношения находятся в сложном положении, однако мы будем твердо придерживаться курса на решение территориальной проблемы и заключение мирного договора", - сказал он, выступая в пятницу с первой программной речью в парламенте.

Исиба вступил в должность 1 октября. Он намерен распустить нижнюю палату парламента 9 октября.

В марте 2022 года Россия прекратила переговоры с Японией по мирному договору в ответ на антироссийские санкции Токио."""),
    ("https://english.kyodonews.net/news/2024/10/3b2d7f9e1a44-ishiba-says-japan-sticks-to-policy-on-russia-isles.html", "en", "2024-10-07",
     "Ishiba says Japan sticks to policy on Russia-held isles, seeks grave visits",
     """TOKYO - Prime Minister Shigeru Ishiba said Monday that there is no change to Japan's policy of resolving the sovereignty issue over four Russian-held islands and concluding a postwar peace treaty, even as ties with Moscow remain strained over the war in Ukraine.

"There is no change in our policy of resolving the issue of the attribution of the four islands and concluding a peace treaty," Ishiba said in the House of Representatives in response to a question by Yoshihiko Noda, leader of the main opposition Constitutional Democratic Party of Japan.

Ishiba also said he wants Russia to resume visits to family graves on the islands by former residents "as a top priority."

In his first policy speech on Friday, Ishiba said Japan would firmly maintain the policy of resolving the territorial issue and concluding a peace treaty despite the severe state of relations.

Ishiba plans to dissolve the lower house on Wednesday for a general election on Oct. 27.

==Kyodo"""),
    ("https://www.mid.ru/ru/press_service/spokesman/briefings/1973456/", "ru", "2024-10-09",
     "Брифинг официального представителя МИД России М.В.Захаровой, Москва, 9 октября 2024 года",
     """Брифинг официального представителя МИД России М.В.Захаровой, Москва, 9 октября 2024 года

<...>

Из ответов на вопросы:

Вопрос: Новый премьер-министр Японии С.Исиба в программной речи 4 октября заявил, что Токио будет придерживаться курса на «решение территориальной проблемы и заключение мирного договора». Как Вы оцениваете такие заявления?

Ответ: Новый кабинет повторяет старые формулы. Хотела бы еще раз подчеркнуть: никакой «территориальной проблемы» нет. Южные Курилы – территория Российской Федерации, суверенитет над ними обсуждению не подлежит.

Что касается мирного договора, то вести о нем речь невозможно, пока Токио сохраняет антироссийские санкции и продолжает враждебный курс в отношении нашей страны. Если японская сторона действительно заинтересована в диалоге, ей следует начать с пересмотра этой политики.

Вопрос: Как Вы прокомментируете итоги визита делегации в Пхеньян?

Ответ: Контакты с КНДР развиваются в плановом порядке.

<...>"""),
    ("https://ria.ru/20241009/kurily-1977123456.html", "ru", "2024-10-09",
     "Захарова ответила на слова Исибы о \"территориальной проблеме\"",
     """МОСКВА, 9 окт — РИА Новости. Никакой "территориальной проблемы" между Россией и Японией нет, Южные Курилы — территория России, заявила официальный представитель МИД Мария Захарова, отвечая на вопрос о программной речи нового японского премьера Сигэру Исибы.

"Южные Курилы – территория Российской Федерации, суверенитет над ними обсуждению не подлежит", — сказала Захарова на брифинге.

Исиба вступил в должность главы правительства 1 октября."""),
    ("https://tass.com/politics/1853321", "en", "2024-10-09",
     "No talk of peace treaty with Japan while Tokyo keeps sanctions — Russian diplomat",
     """MOSCOW, October 9. /TASS/. There is no territorial problem between Russia and Japan, and a peace treaty cannot be discussed while Tokyo maintains anti-Russian sanctions, Russian Foreign Ministry Spokeswoman Maria Zakharova said at a briefing on Wednesday.

"The Southern Kurils are the territory of the Russian Federation, and sovereignty over them is not up for discussion," the diplomat said, commenting on the first policy speech by new Japanese Prime Minister Shigeru Ishiba.

According to Zakharova, it is impossible to talk about a peace treaty "as long as Tokyo maintains anti-Russian sanctions and continues its hostile course toward our country."

In March 2022, Moscow halted peace treaty talks with Japan in response to Tokyo's sanctions."""),
    ("https://www.sankei.com/article/20241010-5HQKD2MXLZJ4VNPA3TRWYB6CUE/", "ja", "2024-10-10",
     "北方領土「わが国が主権有する島々」　ザハロワ氏発言に林官房長官",
     """林芳正官房長官は10日午前の記者会見で、ロシア外務省のザハロワ情報局長が9日、「領土問題は存在しない。南クリール諸島はロシア連邦の領土で、主権は議論の対象ではない」と述べたことについて問われ、「北方領土はわが国が主権を有する島々であり、領土問題を解決して平和条約を締結するとの方針を堅持していく」と述べた。

ザハロワ氏は、日本が対ロ制裁を続ける限り平和条約について話すことはできないとも述べていた。

林氏は、衆院解散を受けて「政府としては、選挙期間中も緊張感を持って危機管理に万全を期す」と強調した。"""),
    ("https://inosmi.ru/20241011/yaponiya-270345678.html", "ru", "2024-10-11",
     "Санкэй симбун (Япония): Токио ответил Захаровой на слова о Курилах",
     """Генеральный секретарь кабинета министров Японии Ёсимаса Хаяси на утренней пресс-конференции 10 октября ответил на вопрос о заявлении официального представителя МИД России Марии Захаровой, которая 9 октября сказала: "Территориальной проблемы не существует. Южные Курилы являются территорией Российской Федерации, и суверенитет над ними не является предметом обсуждения".

"Северные территории — это острова, на которые распространяется суверенитет нашей страны, и мы будем придерживаться курса на решение территориальной проблемы и заключение мирного договора", — сказал Хаяси.

Захарова также заявила, что пока Япония продолжает антироссийские санкции, о мирном договоре говорить невозможно.

В связи с роспуском нижней палаты Хаяси подчеркнул: "Правительство и в период выборов будет с полной ответственностью обеспечивать кризисное управление".

Материалы ИноСМИ содержат оценки исключительно зарубежных СМИ и не отражают позицию редакции ИноСМИ."""),
    ("https://www.japantimes.co.jp/news/2024/10/11/japan/politics/hayashi-zakharova-northern-territories/", "en", "2024-10-11",
     "Hayashi rebuffs Moscow's 'no territorial problem' line",
     """Chief Cabinet Secretary Yoshimasa Hayashi on Thursday rebuffed Moscow's insistence that there is no territorial dispute between the two countries, saying the Russian-held islands off Hokkaido are "islands over which Japan has sovereignty" and that Tokyo would stick to its policy of resolving the issue and concluding a peace treaty.

Hayashi was responding to Russian Foreign Ministry spokeswoman Maria Zakharova, who said Wednesday that there was no "territorial problem" and that Russia's sovereignty over the islands was not up for discussion.

Zakharova was in turn reacting to Prime Minister Shigeru Ishiba, who pledged in his first policy speech last Friday to firmly maintain the policy of resolving the territorial issue and concluding a peace treaty.

"Neither side expects anything from these statements. They are placeholders until the war in Ukraine ends," said a Tokyo-based analyst of Russian foreign policy."""),
]

# ---------------------------------------------------------------------------------------------------------------
# 8. Kihara, the new chief cabinet secretary, and the Russian embassy, November 2025. Interfax on 11 November: the
#    Eastern Military District's press service on drills on Iturup and Kunashir (hardware and numbers: no remark). NHK
#    on 12 November: one answer of Kihara's morning press conference holds two points: KH1 (the four islands our
#    inherent territory; the buildup, drills included, incompatible with our position and unacceptable: NEW) and KH2
#    (relations severe, but the policy of resolving the territorial issue and concluding a treaty upheld: NEW). Kyodo
#    English (KH1 only). TASS Russian via Kyodo (KH1). The kantei.go.jp record of the afternoon press conference: KH1
#    inside the question (named, with his words); Kihara KH3 ("as I said this morning", no change whatsoever to the
#    policy of settling the four islands' attribution and concluding a treaty: same speaker, same day, another press
#    conference, NEW); price relief (not treaty). The Hokkaido Shimbun on 13 November (KH2 and KH3 merged; a former
#    islander; the Nemuro fishermen's union: no remarks). The embassy's statement on tokyo.mid.ru on 13 November: EMB1
#    (drills on Russian territory; the Southern Kurils an integral part of Russia; Tokyo's protests rejected: NEW). RIA
#    (EMB1; KH1 recalled). Jiji on 14 November: Kihara KH4 at his morning press conference (the Northern Territories are
#    islands over which Japan has sovereignty; Russia's claim unacceptable: NEW), EMB1 inside the question (named, with
#    its words). The Japan Times (KH4; EMB1 and KH1 recalled). NHK on 2 December: the annual fisheries talks concluded
#    (an event; the fisheries agency's figures: not treaty), KH2 recalled as background.
KIHARA_EMBASSY_2025_STORY = [
    ("https://www.interfax.ru/russia/1055432", "ru", "2025-11-11",
     "На Курилах начались учения пулеметчиков и артиллеристов",
     """Москва. 11 ноября. INTERFAX.RU - Учения с подразделениями пулеметно-артиллерийской дивизии, дислоцированной на Курильских островах, начались на Итурупе и Кунашире, сообщила пресс-служба Восточного военного округа.

"В ходе учений военнослужащие отработают отражение морского десанта условного противника и выполнят боевые стрельбы из артиллерийских орудий. Всего задействовано более 1 тыс. военнослужащих и около 200 единиц военной техники", - говорится в сообщении.

Учения продлятся до конца ноября.

Дивизия была развернута на Курилах в 2016-2017 годах."""),
    ("https://www3.nhk.or.jp/news/html/20251112/k10014961231000.html", "ja", "2025-11-12",
     "北方領土でロシア軍演習 官房長官「受け入れられない」",
     """ロシア軍が北方領土の択捉島と国後島で演習を始めたと発表したことについて、木原官房長官は12日午前の記者会見で「北方四島はわが国固有の領土であり、演習を含むロシアによる軍備の強化は、わが国の立場と相容れず、受け入れられない」と述べ、外交ルートを通じて抗議したことを明らかにしました。

その上で木原官房長官は「日ロ関係は厳しい状況にあるが、領土問題を解決して平和条約を締結するとの方針を堅持していく」と述べました。

ロシア国防省によりますと、演習には1000人以上の兵士が参加しているということです。"""),
    ("https://english.kyodonews.net/news/2025/11/9e2c4a1b7d30-japan-protests-russian-drills-on-disputed-isles.html", "en", "2025-11-12",
     "Japan protests Russian military drills on disputed isles",
     """TOKYO - Japan on Wednesday protested against Russian military exercises on two of the four Russian-held islands off Hokkaido, with the top government spokesman calling the buildup "unacceptable."

"The four northern islands are an inherent part of Japan's territory. Russia's military buildup, including drills, is incompatible with our position and unacceptable," Chief Cabinet Secretary Minoru Kihara said at a morning press conference.

Russia's Eastern Military District said Tuesday that more than 1,000 troops were taking part in the exercises on Etorofu and Kunashiri.

==Kyodo"""),
    ("https://tass.ru/mezhdunarodnaya-panorama/25612345", "ru", "2025-11-12",
     "В Токио заявили о протесте в связи с учениями на Курилах",
     """ТОКИО, 12 ноября. /ТАСС/. Японское правительство по дипломатическим каналам выразило протест в связи с учениями российских военных на южных Курилах. Об этом заявил в среду генеральный секретарь кабинета министров Японии Минору Кихара, передает агентство Kyodo.

"Четыре северных острова являются исконной территорией Японии. Наращивание Россией военной мощи, включая учения, несовместимо с нашей позицией и неприемлемо", - приводит агентство слова Кихары.

Накануне пресс-служба Восточного военного округа сообщила о начале учений на Итурупе и Кунашире."""),
    ("https://www.kantei.go.jp/jp/tyoukanpress/202511/12_p.html", "ja", "2025-11-12",
     "令和7年11月12日（水）午後 | 官房長官記者会見",
     """令和7年11月12日（水）午後 | 官房長官記者会見

【質疑応答（抜粋）】

問　長官は午前の会見で、北方領土でのロシア軍の演習について「わが国の立場と相容れず、受け入れられない」と述べられました。北海道知事からは、元島民の墓参再開に向けた働きかけを強めるよう要望が出ていますが、政府の対応は。

官房長官　午前中も申し上げたとおりでありますが、北方四島の帰属の問題を解決して平和条約を締結するという政府の方針には何ら変わりはありません。その上で、北方墓参を始めとする事業の再開は、日ロ関係の中での最優先事項の一つであり、引き続きロシア側に強く求めてまいります。

問　物価高対策の取りまとめの時期について。

官房長官　電気・ガス料金の支援を含め、今月中に取りまとめられるよう、与党とも調整を進めてまいります。"""),
    ("https://www.hokkaido-np.co.jp/article/1234567", "ja", "2025-11-13",
     "官房長官「平和条約の方針堅持」　ロ軍演習、根室に不安",
     """ロシア軍が北方領土の択捉、国後両島で演習を始めたことを受け、木原稔官房長官は12日午前の記者会見で「日ロ関係は厳しい状況にあるが、領土問題を解決して平和条約を締結するとの方針を堅持していく」と述べた。同日午後の会見でも、四島の帰属の問題を解決して平和条約を締結する政府の方針に「何ら変わりはない」と強調した。

根室市の元島民の男性（89）は「島が年々遠くなっていく。せめて墓参りだけでも再開してほしい」と話した。

演習海域に近い根室海峡で操業する漁業者からは不安の声が上がる。根室市内の漁協幹部は「拿捕（だほ）されないか心配で、船を出すのをためらう組合員もいる」と明かした。"""),
    ("https://tokyo.mid.ru/ru/press-centre/news/o_zayavleniyakh_yaponskoy_storony_v_svyazi_s_ucheniyami/", "ru", "2025-11-13",
     "О заявлениях японской стороны в связи с учениями на Курильских островах",
     """О заявлениях японской стороны в связи с учениями на Курильских островах

Обратили внимание на заявления официальных лиц Японии в связи с плановыми учениями Вооруженных Сил Российской Федерации на островах Итуруп и Кунашир.

Учения проводятся на территории Российской Федерации и ни против кого не направлены. Южные Курилы – неотъемлемая часть нашей страны. Протесты японской стороны считаем неуместными и отклоняем.

Рекомендуем японским коллегам сосредоточиться на собственных проблемах, включая последствия милитаризации страны.

Посольство России в Японии

13 ноября 2025 года"""),
    ("https://ria.ru/20251113/kurily-2054312345.html", "ru", "2025-11-13",
     "Посольство России отклонило протест Токио из-за учений на Курилах",
     """МОСКВА, 13 ноя — РИА Новости. Посольство России в Японии отклонило протест японской стороны в связи с учениями российских военных на Итурупе и Кунашире, говорится в заявлении дипмиссии.

"Учения проводятся на территории Российской Федерации и ни против кого не направлены. Южные Курилы – неотъемлемая часть нашей страны", — отмечается в заявлении.

Ранее генеральный секретарь кабинета министров Японии Минору Кихара назвал наращивание военной мощи России на островах, включая учения, "неприемлемым", заявив, что четыре острова являются исконной территорией Японии."""),
    ("https://www.jiji.com/jc/article?k=2025111400389&g=pol", "ja", "2025-11-14",
     "ロシア大使館の反論に「受け入れられない」＝木原官房長官",
     """木原稔官房長官は14日午前の記者会見で、在日ロシア大使館が13日、北方領土での演習に対する日本の抗議について「南クリール諸島はロシアの不可分の一部だ。日本側の抗議は不適切で、拒否する」との声明を出したことについて問われ、「大使館の発信の一つ一つにコメントすることは控える」とした上で、「北方領土はわが国が主権を有する島々であり、ロシア側の主張は受け入れられない」と述べた。（2025/11/14-11:48）"""),
    ("https://www.japantimes.co.jp/news/2025/11/15/japan/politics/kihara-russia-embassy-northern-territories/", "en", "2025-11-15",
     "Tokyo and Moscow trade barbs over drills on Russian-held isles",
     """Chief Cabinet Secretary Minoru Kihara said Friday that Russia's claim to four islands off Hokkaido was "unacceptable," after the Russian Embassy in Tokyo rejected Japan's protest over military drills on two of the islands.

"The Northern Territories are islands over which Japan has sovereignty," Kihara told a news conference.

In a statement posted Thursday, the embassy said the drills were being held on Russian territory, that the Southern Kurils are an "integral part" of Russia, and that it rejected Tokyo's protests as "inappropriate."

Kihara had said on Wednesday that Russia's buildup on the islands, including the drills, was incompatible with Japan's position.

The exercises, involving more than 1,000 troops, are scheduled to run through the end of the month."""),
    ("https://www3.nhk.or.jp/news/html/20251202/k10014988541000.html", "ja", "2025-12-02",
     "日ロ地先沖合漁業交渉が妥結 来年の漁獲枠 前年並み",
     """日本とロシアが互いの排他的経済水域での来年の漁獲枠などを話し合う漁業交渉が妥結し、日本漁船がロシアの水域でとれるサンマやタラなどの漁獲枠は、前年並みの6万トン余りとなりました。

水産庁によりますと、交渉はオンライン形式で先月下旬から行われ、2日、合意に達したということです。

日ロ関係をめぐっては、ロシア軍が先月、北方領土の択捉島と国後島で演習を行い、日本政府が抗議しました。木原官房長官は先月12日の記者会見で「日ロ関係は厳しい状況にあるが、領土問題を解決して平和条約を締結するとの方針を堅持していく」と述べています。

漁業交渉は、日ロ関係が悪化する中でも毎年続けられている数少ない協議の一つです。"""),
]

STORIES = {name: value for name, value in dict(globals()).items() if name.endswith("_STORY")}

# per report, the treaty remarks it carries: (speaker, remark id). Leads that retell the quote below them are the
# same remark and listed once per report (a report's count is of remarks, not of sentences).
REMARKS = {
    "SUGA_FEBRUARY_2017_STORY": [
        [("Yoshihide Suga", "S1")],   # Abe's trip to Washington: not treaty
        [("Yoshihide Suga", "S1")],   # the record: the question quoting the formula is no remark
        [("Shinzo Abe", "A1")],   # the former islander: no remark
        [("Shinzo Abe", "A1"), ("Shinzo Abe", "A2")],   # the speech's text: A2 first here
        [("Shinzo Abe", "A1"), ("Yoshihide Suga", "S1")],   # S1 recalled as "earlier on Tuesday"
        [("Shinzo Abe", "A1"), ("Shinzo Abe", "A2")],
        [("Yoshihide Suga", "S2")],   # Suga again, another day; Shoigu's division: hardware
        [("Yoshihide Suga", "S2")],   # RIA's standard paragraph on Moscow's position: background
        [("Yoshihide Suga", "S2"), ("Yoshihide Suga", "S3")],   # S2 in the question; S3 the same day, afternoon
        [("Yoshihide Suga", "S2"), ("Yoshihide Suga", "S3"), ("Shinzo Abe", "A1")],
        [("Yoshihide Suga", "S2"), ("Yoshihide Suga", "S3")],   # the weekly review; an expert
    ],
    "LAVROV_MOTEGI_2021_STORY": [
        [("Toshimitsu Motegi", "MO1")],   # China, Biden, Suga's speech: not treaty
        [("Sergei Lavrov", "L1")],   # New START: another treaty
        [("Sergei Lavrov", "L1")],
        [("Sergei Lavrov", "L1"), ("Sergei Lavrov", "L2"), ("Toshimitsu Motegi", "MO1")],   # L2 first here
        [("Toshimitsu Motegi", "MO1"), ("Sergei Lavrov", "L1"), ("Sergei Lavrov", "L2")],   # MO1 in the question
        [("Toshimitsu Motegi", "MO2"), ("Sergei Lavrov", "L1")],   # Motegi again, another occasion
        [("Sergei Lavrov", "L1"), ("Toshimitsu Motegi", "MO2")],   # L1 inside NHK's question
        [("Toshimitsu Motegi", "MO1"), ("Maria Zakharova", "Z1")],
        [("Maria Zakharova", "Z1"), ("Toshimitsu Motegi", "MO1"), ("Sergei Lavrov", "L1")],
        [("Toshimitsu Motegi", "MO3"), ("Maria Zakharova", "Z1")],   # Motegi a third time
        [("Toshimitsu Motegi", "MO3"), ("Maria Zakharova", "Z1"), ("Sergei Lavrov", "L1")],
    ],
    "PESKOV_KISHIDA_2021_STORY": [
        [("Dmitry Peskov", "PK1")],   # the telegram's protocol: not treaty
        [("Dmitry Peskov", "PK1")],
        [("Fumio Kishida", "KI1"), ("Dmitry Peskov", "PK1")],
        [("Fumio Kishida", "KI1")],   # the Hokkaido Shimbun's question: no remark
        [("Fumio Kishida", "KI2")],   # after the call: another occasion
        [],   # the Kremlin's readout: no treaty words
        [("Dmitry Peskov", "PK2"), ("Fumio Kishida", "KI2")],   # the spokesman on another day
        [("Fumio Kishida", "KI3")],   # the policy speech
        [("Fumio Kishida", "KI3"), ("Dmitry Peskov", "PK2")],   # TASS's standard paragraph: background
        [("Dmitry Peskov", "PK3"), ("Fumio Kishida", "KI3")],   # KI3 inside the question
        [("Fumio Kishida", "KI1"), ("Fumio Kishida", "KI2"), ("Fumio Kishida", "KI3"), ("Dmitry Peskov", "PK3")],
    ],
    "KISHIDA_TERRITORIES_DAY_2022_STORY": [
        [("Hirokazu Matsuno", "MT1")],
        [("Fumio Kishida", "KI1")],   # the grave visits and the islanders: no remark
        [("Fumio Kishida", "KI1")],
        [("Fumio Kishida", "KI1"), ("Hirokazu Matsuno", "MT1")],
        [("Fumio Kishida", "KI1")],
        [("Fumio Kishida", "KI1"), ("Maria Zakharova", "Z1"), ("Maria Zakharova", "Z2")],   # two points
        [("Maria Zakharova", "Z1"), ("Fumio Kishida", "KI1")],
        [("Maria Zakharova", "Z1"), ("Fumio Kishida", "KI1")],   # the machine-translated copy
        [("Hirokazu Matsuno", "MT2"), ("Maria Zakharova", "Z1")],   # Matsuno again; Z1 in the question
        [("Fumio Kishida", "KI2"), ("Maria Zakharova", "Z1"), ("Hirokazu Matsuno", "MT2")],   # the Diet answer
    ],
    "LIMARENKO_SUZUKI_2022_STORY": [
        [("Valery Limarenko", "LI1")],
        [("Valery Limarenko", "LI1")],
        [],   # the decree: a document
        [("Hirokazu Matsuno", "MT1"), ("Naomichi Suzuki", "SU1")],   # "unacceptable" and "very sad": not treaty
        [("Naomichi Suzuki", "SU1")],   # Matsuno's recalled "unacceptable": not treaty
        [("Valery Limarenko", "LI2")],   # the governor again at the forum
        [("Valery Limarenko", "LI2"), ("Valery Limarenko", "LI1")],   # LI1 recalled as "on Saturday"
        [("Valery Limarenko", "LI2"), ("Naomichi Suzuki", "SU1")],
        [("Valery Limarenko", "LI2"), ("Naomichi Suzuki", "SU2")],   # LI2 in the question; Suzuki again
        [("Naomichi Suzuki", "SU2"), ("Valery Limarenko", "LI2"), ("Hirokazu Matsuno", "MT1")],
    ],
    "ZAKHAROVA_MATSUNO_2023_STORY": [
        [("Maria Zakharova", "Z1")],   # the white paper's wording: a document; militarisation: not treaty
        [("Maria Zakharova", "Z1")],
        [("Maria Zakharova", "Z1")],
        [("Hirokazu Matsuno", "MT1"), ("Maria Zakharova", "Z1")],   # Z1 in the question
        [("Hirokazu Matsuno", "MT1")],   # NHK World's background line: no remark
        [("Hirokazu Matsuno", "MT1"), ("Maria Zakharova", "Z2")],   # MT1 in the question; Zakharova again
        [("Maria Zakharova", "Z2"), ("Maria Zakharova", "Z1")],   # "as she said last Thursday"
        [("Maria Zakharova", "Z3")],   # a third briefing
        [("Maria Zakharova", "Z3"), ("Maria Zakharova", "Z1")],
        [("Hirokazu Matsuno", "MT2"), ("Maria Zakharova", "Z3")],   # Matsuno again; the seafood ban: not treaty
        [("Maria Zakharova", "Z1"), ("Hirokazu Matsuno", "MT1"), ("Maria Zakharova", "Z2"), ("Maria Zakharova", "Z3"),
         ("Hirokazu Matsuno", "MT2")],   # the analysis: all recalled
    ],
    "ISHIBA_HAYASHI_2024_STORY": [
        [("Yoshimasa Hayashi", "H1")],   # the airspace violation: not treaty
        [("Yoshimasa Hayashi", "H1")],   # the question quoting the formula: no remark
        [("Shigeru Ishiba", "IS1")],
        [("Shigeru Ishiba", "IS1")],
        [("Shigeru Ishiba", "IS2"), ("Shigeru Ishiba", "IS1")],   # the Diet answer: another occasion
        [("Shigeru Ishiba", "IS1"), ("Maria Zakharova", "Z1"), ("Maria Zakharova", "Z2")],   # IS1 in the question
        [("Maria Zakharova", "Z1")],
        [("Maria Zakharova", "Z1"), ("Maria Zakharova", "Z2")],
        [("Yoshimasa Hayashi", "H2"), ("Maria Zakharova", "Z1"), ("Maria Zakharova", "Z2")],   # Hayashi again
        [("Yoshimasa Hayashi", "H2"), ("Maria Zakharova", "Z1"), ("Maria Zakharova", "Z2")],   # InoSMI's translation
        [("Yoshimasa Hayashi", "H2"), ("Maria Zakharova", "Z1"), ("Shigeru Ishiba", "IS1")],
    ],
    "KIHARA_EMBASSY_2025_STORY": [
        [],   # the military district's press service: hardware
        [("Minoru Kihara", "KH1"), ("Minoru Kihara", "KH2")],   # two points of one answer
        [("Minoru Kihara", "KH1")],
        [("Minoru Kihara", "KH1")],
        [("Minoru Kihara", "KH1"), ("Minoru Kihara", "KH3")],   # KH1 in the question; the afternoon: another occasion
        [("Minoru Kihara", "KH2"), ("Minoru Kihara", "KH3")],   # morning and afternoon merged
        [("Russian Embassy in Japan", "EMB1")],
        [("Russian Embassy in Japan", "EMB1"), ("Minoru Kihara", "KH1")],
        [("Minoru Kihara", "KH4"), ("Russian Embassy in Japan", "EMB1")],   # EMB1 in the question
        [("Minoru Kihara", "KH4"), ("Russian Embassy in Japan", "EMB1"), ("Minoru Kihara", "KH1")],
        [("Minoru Kihara", "KH2")],   # the fisheries talks: an event; KH2 recalled as background
    ],
}

# per report, one exact span for each entry of REMARKS[name] (same order)
SNIPPETS = {
    "SUGA_FEBRUARY_2017_STORY": [
        ["北方四島の帰属の問題を解決して平和条約を締結するという基本方針の下、ロシアとの交渉を粘り強く進めていく"],
        ["ロシアとの交渉を粘り強く進めていく、この考え方に全く変わりはありません"],
        ["私の世代で、この問題に終止符を打つ"],
        ["私の世代で、この問題に終止符を打つ", "平和条約の締結に向けた重要な一歩であります"],
        ["Я положу конец этой проблеме при своем поколении",
         "исходя из базового курса на решение вопроса о принадлежности четырех островов"],
        ["put an end to this problem in my generation", "as \"an important step\" toward concluding a peace treaty"],
        ["ロシアによる軍備の強化は、わが国の立場と相いれない"],
        ["наращивание там Россией военной мощи несовместимо с позицией нашей страны"],
        ["「わが国の立場と相いれない」と述べられました", "この基本方針には何ら変わりはありません"],
        ["Russia's military buildup is incompatible with our country's position",
         "there was \"no change whatsoever\" to Japan's basic policy",
         "Abe vowed to put an end to the problem"],
        ["ロシアによる軍備の強化はわが国の立場と相いれない", "平和条約を締結するという基本方針に変わりはないとした上で"],
    ],
    "LAVROV_MOTEGI_2021_STORY": [
        ["領土問題を解決して平和条約を締結するという基本方針の下"],
        ["Но отправной точкой остается признание Японией итогов войны"],
        ["the starting point is still Japan's recognition of the results of the war"],
        ["出発点は、国連憲章に定められた第2次大戦の結果を日本が認めることで",
         "将来に向けたパートナーシップの条約であるべきだ",
         "領土問題を解決して平和条約を締結する方針を表明した"],
        ["Токио продолжит переговоры, чтобы решить территориальную проблему",
         "Но отправной точкой остается признание Японией итогов Второй мировой войны",
         "Это должен быть договор о партнерстве на будущее"],
        ["わが国の基本方針は一貫している", "「日本が第2次大戦の結果を認めることだ」と述べた"],
        ["平和条約交渉の出発点は、日本が第二次世界大戦の結果を認めることだと述べました", "我が国の基本方針は一貫しております"],
        ["где он вновь говорил о намерении «решить территориальную проблему»",
         "Южные Курилы являются неотъемлемой частью Российской Федерации"],
        ["Южные Курилы являются неотъемлемой частью России, ее суверенитет",
         "Токио продолжит переговоры, чтобы урегулировать территориальную проблему",
         "отправной точкой переговоров должно быть признание Японией итогов"],
        ["Северные территории - это острова, на которые распространяется суверенитет Японии",
         "сказала, что Южные Курилы являются неотъемлемой частью России"],
        ["The Northern Territories are islands over which Japan has sovereignty",
         "the southern Kuril Islands are an \"integral part\" of Russia",
         "Japan must accept the outcome of World War II"],
    ],
    "PESKOV_KISHIDA_2021_STORY": [
        ["Мы рассчитываем, что диалог, в том числе по проблематике мирного договора, будет продолжен"],
        ["Рассчитываем, что диалог будет продолжен, в том числе и по мирному договору"],
        ["北方領土問題を次の世代に先送りすることなく、解決していかなければならない",
         "平和条約をめぐる対話を続けることに期待を示しました"],
        ["北方領土問題を次の世代に先送りすることなく、解決していかなければならないと考えております"],
        ["I told the president that I want to resolve the territorial issue"],
        [],
        ["Президент подтвердил готовность продолжать работу над мирным договором",
         "он заявил Путину о намерении решить территориальный вопрос и заключить мирный договор"],
        ["領土問題を解決し、平和条約を締結すべく、粘り強く取り組む"],
        ["he would work persistently to resolve the territorial issue and conclude a peace treaty",
         "Putin had confirmed his readiness to continue work on the peace treaty"],
        ["острова являются территорией Российской Федерации",
         "пообещал \"решить территориальный вопрос и заключить мирный договор\""],
        ["北方領土問題を「次の世代に先送りすることなく、解決していかなければならない」と述べ",
         "諸合意を踏まえて領土問題を解決し平和条約を締結したいと伝えた",
         "8日の所信表明演説でも「領土問題を解決し、平和条約を締結すべく",
         "島々は「ロシア連邦の領土だ」とする立場は不変だとしつつ"],
    ],
    "KISHIDA_TERRITORIES_DAY_2022_STORY": [
        ["北方四島の帰属の問題を解決して平和条約を締結するとの基本方針の下"],
        ["領土問題を解決して平和条約を締結するとの方針の下、交渉を粘り強く進めていく"],
        ["領土問題を解決して平和条約を締結するとの方針の下、ロシアとの交渉を粘り強く進めてまいります"],
        ["исходя из курса на решение территориальной проблемы и заключение мирного договора",
         "исходя из базового курса на решение вопроса о принадлежности четырех островов"],
        ["Japan will persistently push ahead with negotiations with Russia under its policy"],
        ["заявил о намерении «решить территориальную проблему и заключить мирный договор»",
         "Южные Курилы – неотъемлемая часть территории Российской Федерации",
         "не способствуют созданию атмосферы, необходимой для диалога по мирному договору"],
        ["Южные Курилы являются неотъемлемой частью России, суверенитет над ними",
         "заявил на митинге о намерении решить территориальную проблему"],
        ["The Southern Kuriles are an integral part of Russia",
         "said at the rally about the intention to solve the territorial problem"],
        ["北方領土はわが国が主権を有する島々であり", "「ロシアの不可分の一部」で主権は「議論の対象ではない」と述べた"],
        ["Our policy of resolving the territorial issue and concluding a peace treaty remains",
         "Russia's sovereignty over the islands is not up for discussion",
         "the islands are ones over which Japan has sovereignty"],
    ],
    "LIMARENKO_SUZUKI_2022_STORY": [
        ["Курилы были, есть и будут российскими, и никакие заявления из-за рубежа этого не изменят"],
        ["Курилы были, есть и будут российскими, и никакие заявления из-за рубежа этого не изменят"],
        [],
        ["北方四島の帰属の問題を解決して平和条約を締結するという基本方針を堅持していく",
         "北方領土の返還に向けて、国に対して粘り強く外交交渉を進めるよう引き続き求めていきたい"],
        ["北方領土の返還に向けて、国に対して粘り強く外交交渉を進めるよう引き続き求めていく"],
        ["Курилы — это Россия. Обсуждать тут нечего"],
        ["The Kurils are Russia. There is nothing to discuss here",
         "the governor said the Kurils \"were, are and will be Russian"],
        ["クリール諸島はロシアだ。議論することは何もない",
         "北方領土の返還に向けた外交交渉を粘り強く進めるよう国に求めていく考えを示している"],
        ["「クリール諸島はロシアだ。議論することは何もない」と述べました",
         "北方領土は我が国固有の領土であり、道としては、返還要求運動の火を絶やすことなく"],
        ["The Northern Territories are an inherent part of Japan's territory",
         "said \"the Kurils are Russia\" and that there was \"nothing to discuss",
         "Japan would stick to its basic policy of resolving the sovereignty issue"],
    ],
    "ZAKHAROVA_MATSUNO_2023_STORY": [
        ["Южные Курилы – неотъемлемая часть Российской Федерации, суверенитет"],
        ["Южные Курилы – неотъемлемая часть Российской Федерации, суверенитет"],
        ["Sovereignty over them is not up for discussion"],
        ["北方領土はわが国が主権を有する島々であり、わが国固有の領土だ",
         "南クリール諸島はロシアの不可分の一部で、その主権は議論の対象ではない"],
        ["The Northern Territories are islands over which Japan has sovereignty"],
        ["«северные территории» – это острова, на которые распространяется суверенитет Японии",
         "говорить о мирном договоре бессмысленно"],
        ["поставляет помощь киевскому режиму, говорить о мирном договоре бессмысленно",
         "суверенитет России над Южными Курилами обсуждению не подлежит"],
        ["итоги войны, в том числе переход Курил к Советскому Союзу, закреплены в Уставе ООН"],
        ["大戦の結果は国連憲章に定められており、見直しの対象ではない",
         "南クリール諸島（北方領土）の主権は「議論の対象ではない」と述べていた"],
        ["北方四島の帰属の問題を解決して平和条約を締結するという基本方針に変わりはない",
         "第2次世界大戦の結果は見直しの対象ではないと述べたこと"],
        ["the Southern Kurils are \"an integral part\" of Russia",
         "the Northern Territories are islands over which Japan has sovereignty",
         "talk of a peace treaty was \"pointless\"",
         "the outcome of the war, including the transfer of the Kurils, could not be revised",
         "the basic policy of resolving the attribution of the four islands"],
    ],
    "ISHIBA_HAYASHI_2024_STORY": [
        ["領土問題を解決して平和条約を締結するとの方針を堅持する"],
        ["政府としては、領土問題を解決して平和条約を締結するとの方針を堅持してまいります"],
        ["領土問題を解決し、平和条約を締結するとの方針を堅持します"],
        ["мы будем твердо придерживаться курса на решение территориальной проблемы"],
        ["There is no change in our policy of resolving the issue of the attribution",
         "Ishiba said Japan would firmly maintain the policy of resolving the territorial issue"],
        ["будет придерживаться курса на «решение территориальной проблемы",
         "Южные Курилы – территория Российской Федерации, суверенитет над ними",
         "вести о нем речь невозможно, пока Токио сохраняет антироссийские санкции"],
        ["Южные Курилы – территория Российской Федерации, суверенитет над ними"],
        ["The Southern Kurils are the territory of the Russian Federation",
         "as long as Tokyo maintains anti-Russian sanctions and continues its hostile course"],
        ["北方領土はわが国が主権を有する島々であり、領土問題を解決して平和条約を締結するとの方針を堅持していく",
         "南クリール諸島はロシア連邦の領土で、主権は議論の対象ではない",
         "日本が対ロ制裁を続ける限り平和条約について話すことはできない"],
        ["Северные территории — это острова, на которые распространяется суверенитет нашей страны",
         "Южные Курилы являются территорией Российской Федерации, и суверенитет",
         "пока Япония продолжает антироссийские санкции, о мирном договоре говорить невозможно"],
        ["the Russian-held islands off Hokkaido are \"islands over which Japan has sovereignty\"",
         "Russia's sovereignty over the islands was not up for discussion",
         "pledged in his first policy speech last Friday to firmly maintain the policy"],
    ],
    "KIHARA_EMBASSY_2025_STORY": [
        [],
        ["演習を含むロシアによる軍備の強化は、わが国の立場と相容れず、受け入れられない",
         "領土問題を解決して平和条約を締結するとの方針を堅持していく"],
        ["The four northern islands are an inherent part of Japan's territory"],
        ["Четыре северных острова являются исконной территорией Японии"],
        ["「わが国の立場と相容れず、受け入れられない」と述べられました",
         "平和条約を締結するという政府の方針には何ら変わりはありません"],
        ["領土問題を解決して平和条約を締結するとの方針を堅持していく", "政府の方針に「何ら変わりはない」と強調した"],
        ["Южные Курилы – неотъемлемая часть нашей страны"],
        ["Южные Курилы – неотъемлемая часть нашей страны", "заявив, что четыре острова являются исконной территорией Японии"],
        ["北方領土はわが国が主権を有する島々であり、ロシア側の主張は受け入れられない", "南クリール諸島はロシアの不可分の一部だ"],
        ["The Northern Territories are islands over which Japan has sovereignty",
         "the Southern Kurils are an \"integral part\" of Russia",
         "was incompatible with Japan's position"],
        ["領土問題を解決して平和条約を締結するとの方針を堅持していく"],
    ],
}

# per report, exact spans that carry no treaty remark (non-treaty words of the same officials, background, documents,
# events, islanders, experts, journalists' questions, the writers' own views)
NOT_STATEMENTS = {
    "SUGA_FEBRUARY_2017_STORY": [
        ["日米同盟の揺るぎない絆を確認する機会にしたい", "昭和56年に閣議決定で定められました"],
        ["政府は一貫して、四島の帰属の問題を解決して平和条約を締結するとの立場を取ってきましたが",
         "日米同盟の揺るぎない絆を内外に示す機会にしたい", "様々な状況を総合的に勘案して判断したいと思います"],
        ["故郷に自由に行ける日を生きているうちに迎えたい", "北方四島での共同経済活動に関する協議の開始で合意している"],
        ["手続の改善にも取り組んでまいります", "御参会の皆様の御健勝を祈念いたしまして"],
        ["стороны договорились начать консультации о совместной хозяйственной деятельности",
         "отмечается в Японии 7 февраля с 1981 года"],
        ["he wanted to be able to visit his hometown freely",
         "Japan and Russia have yet to sign a postwar peace treaty because of the dispute"],
        ["年内にクリール諸島に師団を配備する", "外交ルートを通じて事実関係を確認している"],
        ["в этом году на Курилах будет развернута дивизия",
         "Москва неоднократно заявляла, что суверенитет России над островами"],
        ["予定どおり開催する方向で調整を進めております", "国会でお決めになることだと思います"],
        ["a division would be deployed on the islands this year"],
        ["コメントは出していない", "日本との対話とは切り離して考えるべきだ"],
    ],
    "LAVROV_MOTEGI_2021_STORY": [
        ["国際法違反であり、断じて容認できない", "新型コロナウイルス対策に全力を挙げる考えを強調しました"],
        ["продлить договор без предварительных условий",
         "Главным камнем преткновения остается вопрос принадлежности Южных Курил"],
        ["ban the alienation of Russian territory"],
        ["領土の割譲を禁じる条項を盛り込んだ改正憲法が発効した"],
        ["Это внутреннее дело нашей страны", "Как Вы оцениваете перспективы этих переговоров?"],
        ["早期に電話会談を行い、日米同盟の一層の強化を確認したい"],
        ["新規入国を、緊急事態宣言が解除されるまでの間、一時停止しております", "ブリンケン国務長官候補とも電話会談を行い"],
        ["мы за продление на пять лет без каких-либо предварительных условий"],
        ["Главным камнем преткновения остается принадлежность Южных Курил"],
        ["так в Японии называют острова Эторофу"],
        ["on the denuclearization of North Korea"],
    ],
    "PESKOV_KISHIDA_2021_STORY": [
        ["по протоколу будет направлена после официального вступления в должность"],
        ["в графике Путина пока нет телефонного разговора"],
        ["成長と分配の好循環をつくり上げる"],
        ["交渉は停滞していますが、総理はどのように臨まれますか", "できるだけ早い機会に電話会談を行いたいと考えております",
         "数十兆円規模の経済対策を策定したい"],
        ["agreed to cooperate in responding to the coronavirus pandemic"],
        ["Выражена взаимная заинтересованность в поступательном развитии", "Условлено продолжить контакты на различных уровнях"],
        ["сроки возможной личной встречи лидеров пока не обсуждались"],
        ["北朝鮮による拉致問題は「最重要課題」と位置付けた", "病床の確保を進める"],
        ["Russia has repeatedly stated that its sovereignty over the islands cannot be questioned"],
        ["примет участие в саммите \"Группы двадцати\" в Риме в формате видеоконференции"],
        ["今度こそ結果を出してほしい", "交渉環境は安倍政権の時より格段に厳しい"],
    ],
    "KISHIDA_TERRITORIES_DAY_2022_STORY": [
        ["専門家の意見を聞いた上で適切に判断する"],
        ["一日も早く再開できるよう、ロシア側と調整を進める", "私たちに残された時間はわずかだ", "領土の割譲を禁じる条文が盛り込まれるなど"],
        ["一日も早く再開できるよう、ロシア側と調整を進めてまいります", "御参会の皆様の御健勝を祈念いたしまして"],
        ["Из-за пандемии мероприятие прошло в сокращенном формате"],
        ["coordinate with Moscow to resume as soon as possible visits by former islanders"],
        ["Никаких планов «вторжения» у России нет и не было"],
        ["назвав заявления западных стран о якобы готовящемся"],
        ["Russia to hold joint drills with Belarus", "calling statements of Western countries about the allegedly preparing"],
        ["重大な懸念を持って注視している"],
        ["we will act in coordination with the G7, including on sanctions",
         "asked whether Tokyo could keep talking with Moscow about the islands",
         "relies on Russian energy from the Sakhalin projects"],
    ],
    "LIMARENKO_SUZUKI_2022_STORY": [
        ["до конца года на Итурупе откроется новая школа"],
        ["эта дата была внесена в перечень дней воинской славы России"],
        ["следует из постановления, опубликованного на портале правовой информации",
         "Россия вышла из диалога о безвизовых обменах"],
        ["極めて遺憾であり、断じて受け入れられない", "元島民の皆さんの心情を思うと、大変残念だ"],
        ["生きているうちに墓参りができなくなるのか", "6日の記者会見で「断じて受け入れられない」と述べた"],
        ["Решение абсолютно логичное", "выйдет новое пассажирское судно"],
        ["decision to end visa-free travel for Japanese citizens to the Kuril Islands is logical",
         "Tokyo called the move \"extremely regrettable and absolutely unacceptable"],
        ["「全く論理的な決定だ」と述べた", "松野博一官房長官が「断じて受け入れられない」と反発"],
        ["ゼロカーボン北海道の実現に向け", "節電へのご協力をお願いしたい"],
        ["Moscow has taken away the last practical channel the former islanders had",
         "About 5,400 former residents of the islands are still alive"],
    ],
    "ZAKHAROVA_MATSUNO_2023_STORY": [
        ["Призываем все стороны к сдержанности", "вновь названы «исконной территорией Японии»",
         "Токио продолжает наращивать военный бюджет"],
        ["выразила озабоченность ростом японского военного бюджета",
         "Токио претендует на острова Итуруп, Кунашир, Шикотан и Хабомаи"],
        ["The document names Russia among the sources of threats"],
        ["ロシアによるウクライナ侵略により厳しい状況にある"],
        ["Japan maintains the islands were illegally occupied after World War Two"],
        ["Россия в ней участвовать не будет"],
        ["Россия вышла из переговоров с Японией о мирном договоре из-за антироссийских санкций"],
        ["Соответствующий закон президент Владимир Путин подписал в июне"],
        ["「軍国主義日本に対する勝利と第2次大戦終結の日」に改称した"],
        ["科学的根拠に基づかない措置で、即時撤廃を求める"],
        ["The exchanges have become ritual",
         "both governments seem content to keep repeating them for domestic audiences"],
    ],
    "ISHIBA_HAYASHI_2024_STORY": [
        ["再発防止を強く求めた", "林氏は前内閣に続いて官房長官に再任された"],
        ["歴代政権は、北方四島の帰属の問題を解決して平和条約を締結するとの方針を掲げてきましたが", "警戒監視に万全を期してまいります"],
        ["災害への備えを根本から強化する", "衆議院選挙は今月27日に投票が行われる見通しです"],
        ["Россия прекратила переговоры с Японией по мирному договору"],
        ["he wants Russia to resume visits to family graves", "Ishiba plans to dissolve the lower house on Wednesday"],
        ["Контакты с КНДР развиваются в плановом порядке"],
        ["Исиба вступил в должность главы правительства 1 октября"],
        ["Moscow halted peace treaty talks with Japan"],
        ["選挙期間中も緊張感を持って危機管理に万全を期す"],
        ["будет с полной ответственностью обеспечивать кризисное управление",
         "Материалы ИноСМИ содержат оценки исключительно зарубежных СМИ"],
        ["They are placeholders until the war in Ukraine ends"],
    ],
    "KIHARA_EMBASSY_2025_STORY": [
        ["Всего задействовано более 1 тыс. военнослужащих", "Учения продлятся до конца ноября"],
        ["演習には1000人以上の兵士が参加している"],
        ["more than 1,000 troops were taking part in the exercises"],
        ["сообщила о начале учений на Итурупе и Кунашире"],
        ["今月中に取りまとめられるよう、与党とも調整を進めてまいります", "北方墓参を始めとする事業の再開は"],
        ["せめて墓参りだけでも再開してほしい", "船を出すのをためらう組合員もいる"],
        ["сосредоточиться на собственных проблемах, включая последствия милитаризации"],
        [],
        [],
        ["scheduled to run through the end of the month"],
        ["前年並みの6万トン余りとなりました", "毎年続けられている数少ない協議の一つです",
         "ロシア軍が先月、北方領土の択捉島と国後島で演習を行い、日本政府が抗議しました"],
    ],
}

EXPECTED = {
    "SUGA_FEBRUARY_2017_STORY": [("www3.nhk.or.jp", "Yoshihide Suga"), ("this.kiji.is", "Shinzo Abe"),
                                 ("www.kantei.go.jp", "Shinzo Abe"), ("www.jiji.com", "Yoshihide Suga"),
                                 ("www.kantei.go.jp", "Yoshihide Suga")],
    "LAVROV_MOTEGI_2021_STORY": [("www3.nhk.or.jp", "Toshimitsu Motegi"), ("ria.ru", "Sergei Lavrov"),
                                 ("www.47news.jp", "Sergei Lavrov"), ("www.jiji.com", "Toshimitsu Motegi"),
                                 ("www.mid.ru", "Maria Zakharova"), ("www3.nhk.or.jp", "Toshimitsu Motegi")],
    "PESKOV_KISHIDA_2021_STORY": [("tass.ru", "Dmitry Peskov"), ("www3.nhk.or.jp", "Fumio Kishida"),
                                  ("english.kyodonews.net", "Fumio Kishida"), ("ria.ru", "Dmitry Peskov"),
                                  ("www.jiji.com", "Fumio Kishida"), ("tass.ru", "Dmitry Peskov")],
    "KISHIDA_TERRITORIES_DAY_2022_STORY": [("www.jiji.com", "Hirokazu Matsuno"), ("www3.nhk.or.jp", "Fumio Kishida"),
                                           ("www.mid.ru", "Maria Zakharova"), ("www.mid.ru", "Maria Zakharova"),
                                           ("www.sankei.com", "Hirokazu Matsuno"),
                                           ("www.japantimes.co.jp", "Fumio Kishida")],
    "LIMARENKO_SUZUKI_2022_STORY": [("sakhalin.info", "Valery Limarenko"), ("www3.nhk.or.jp", "Hirokazu Matsuno"),
                                    ("www3.nhk.or.jp", "Naomichi Suzuki"), ("ria.ru", "Valery Limarenko"),
                                    ("www.pref.hokkaido.lg.jp", "Naomichi Suzuki")],
    "ZAKHAROVA_MATSUNO_2023_STORY": [("www.mid.ru", "Maria Zakharova"), ("www.jiji.com", "Hirokazu Matsuno"),
                                     ("www.mid.ru", "Maria Zakharova"), ("ria.ru", "Maria Zakharova"),
                                     ("www3.nhk.or.jp", "Hirokazu Matsuno")],
    "ISHIBA_HAYASHI_2024_STORY": [("www.jiji.com", "Yoshimasa Hayashi"), ("www3.nhk.or.jp", "Shigeru Ishiba"),
                                  ("english.kyodonews.net", "Shigeru Ishiba"), ("www.mid.ru", "Maria Zakharova"),
                                  ("www.mid.ru", "Maria Zakharova"), ("www.sankei.com", "Yoshimasa Hayashi")],
    "KIHARA_EMBASSY_2025_STORY": [("www3.nhk.or.jp", "Minoru Kihara"), ("www3.nhk.or.jp", "Minoru Kihara"),
                                  ("www.kantei.go.jp", "Minoru Kihara"), ("tokyo.mid.ru", "Russian Embassy in Japan"),
                                  ("www.jiji.com", "Minoru Kihara")],
}
