"""Eight more multi-outlet probe stories (round 2), written independently of round 1 (own words, each outlet's style,
other events: 2012-2024).

Each story: a list of (url, language, published, title, text) in processing order.
EXPECTED[name]: the (host, speaker) of every report that should be flagged new (first report of each distinct
treaty utterance, in processing order).
REMARKS[name]: per report, the treaty remarks it carries as (speaker, remark id); a remark id names one utterance
(same speaker, same words, same occasion). The first report of each id is the expected alert. A later utterance by
the same speaker on another occasion, however close in substance, gets its own id.
"""

# ---------------------------------------------------------------------------------------------------------------
# 1. Medvedev on Kunashir, 3 July 2012 (his first trip as prime minister). M1 "Kunashir an important part of the
#    Sakhalin region and of our country; we will develop it like any region". Noda N1 ("extremely regrettable, despite
#    our repeated requests"); Gemba G1 ("throws cold water ...; protest conveyed"; the salmon talks: not treaty).
#    RIA first; Kyodo (Noda, Gemba; M1 recalled); Yomiuri (all three in Japanese); Interfax: Lukashevich L1 (leaders
#    visit Russian regions when they see fit; Tokyo's protests interference); an aggregator's machine English of RIA;
#    The Moscow Times (paraphrases, shortened quotes); ITAR-TASS a week later: M2 at a meeting with the Sakhalin
#    governor (we will keep going; no one tells us which regions to visit: another occasion, NEW), "last week"
#    recalling M1.
MEDVEDEV_KUNASHIR_2012_STORY = [
    ("https://ria.ru/politics/20120703/690001.html", "ru", "2012-07-03",
     "Медведев прибыл на Кунашир: это важная часть нашей страны",
     """ЮЖНО-КУРИЛЬСК (Сахалинская область), 3 июл - РИА Новости. Премьер-министр РФ Дмитрий Медведев во вторник прибыл на остров Кунашир, входящий в южную часть Курильской гряды. Это его второй визит на острова: впервые он побывал на Кунашире в ноябре 2010 года, будучи президентом.

"Кунашир - важная часть Сахалинской области, а значит, и нашей страны. Мы будем развивать его так же, как любой другой российский регион", - сказал Медведев журналистам после осмотра поселка Южно-Курильск.

Глава правительства посетил строящуюся геотермальную электростанцию и новый детский сад. "Станция должна заработать уже в следующем году, и тогда у людей наконец появятся стабильный свет и тепло", - отметил премьер.

Япония считает южные Курилы своими "северными территориями" и добивается их передачи."""),
    ("https://english.kyodonews.net/news/2012/07/noda-medvedev-kunashiri.html", "en", "2012-07-03",
     "Noda calls Medvedev's Kunashiri trip 'extremely regrettable'",
     """TOKYO - Prime Minister Yoshihiko Noda on Tuesday criticized Russian Prime Minister Dmitry Medvedev's visit to Kunashiri Island, one of the four Russian-held islands claimed by Japan, as "extremely regrettable."

"It is extremely regrettable that the visit went ahead despite our repeated requests," Noda told reporters at his office.

"The visit throws cold water on our efforts to build a constructive relationship, and we have conveyed a protest to the Russian side," Foreign Minister Koichiro Gemba said separately.

Gemba said the annual salmon and trout fishing talks with Russia would go ahead as scheduled.

Medvedev told reporters on the island that Kunashiri is an important part of Russia."""),
    ("https://www.yomiuri.co.jp/politics/20120704-OYT1T00101.htm", "ja", "2012-07-04",
     "メドベージェフ首相が国後島訪問　野田首相「極めて遺憾」",
     """ロシアのメドベージェフ首相は3日、北方領土の国後島を訪問した。大統領時代の2010年11月に続き2度目。同首相は記者団に「国後島はサハリン州の、つまりわが国の重要な一部だ。他のロシアの地域と同じように発展させていく」と語った。

野田首相は3日夜、記者団に「再三の申し入れにもかかわらず訪問が行われたことは極めて遺憾だ」と述べた。

玄葉外相も「建設的な関係を築こうという努力に水を差すものだ。ロシア側に抗議を伝えた」と語った。"""),
    ("https://www.interfax.ru/politics/251001", "ru", "2012-07-04",
     "МИД РФ счел недопустимыми протесты Токио из-за поездки Медведева на Кунашир",
     """Москва. 4 июля. INTERFAX.RU - Официальный представитель МИД России Александр Лукашевич назвал неприемлемыми протесты Японии в связи с визитом премьер-министра Дмитрия Медведева на Кунашир.

"Руководители России посещают российские регионы тогда, когда считают нужным. Протесты Токио мы расцениваем как недопустимое вмешательство в наши внутренние дела", - заявил Лукашевич на брифинге в среду.

Накануне премьер-министр Японии Ёсихико Нода назвал визит "крайне прискорбным", а глава МИД Японии Коитиро Гэмба заявил, что он "охлаждает" усилия по развитию отношений.

Медведев во вторник побывал в Южно-Курильске, где назвал Кунашир важной частью России."""),
    ("https://rusnewsline.example/politics/2012/07/04/medvedev-kunashir", "en", "2012-07-04",
     "Medvedev arrived on Kunashir: it is an important part of our country",
     """Main » Politics
04.07.2012 | 08:41 | Views: 312

YUZHNO-KURILSK (Sakhalin region), on July 3 - RIA Novosti. The prime minister of the Russian Federation Dmitry Medvedev on Tuesday arrived to the island Kunashir entering into the southern part of the Kuril ridge. It is his second visit on islands.

"Kunashir - the important part of the Sakhalin region, and means, and our country. We will develop it as well as any other Russian region", - Medvedev told journalists after survey of the settlement Yuzhno-Kurilsk.

The head of the government visited the being under construction geothermal power plant. "The station has to earn already next year, and then at people at last there will be stable light and heat", - the prime minister noted.

Add comment
Tags: Medvedev, Kurils, Japan
Read also: Gas tariffs for population grew from July 1"""),
    ("https://www.themoscowtimes.com/2012/07/05/tokyo-fumes-as-medvedev-revisits-disputed-island-a15901", "en", "2012-07-05",
     "Tokyo Fumes as Medvedev Revisits Disputed Island",
     """Prime Minister Dmitry Medvedev's trip to Kunashir, his second to the disputed Kuril chain, has reopened a diplomatic wound with Japan just as the two countries were preparing for a new round of talks.

Speaking in Yuzhno-Kurilsk on Tuesday, Medvedev said the island was a significant part of the Sakhalin region and therefore of Russia, and promised to develop it like any other region.

Japanese Prime Minister Yoshihiko Noda called the visit "extremely regrettable."

The Foreign Ministry in Moscow hit back on Wednesday. Spokesman Alexander Lukashevich said Russian leaders would travel to Russian regions "when they see fit" and described Tokyo's protests as interference in domestic affairs.

Analysts said the trip was aimed mainly at a domestic audience."""),
    ("https://itar-tass.com/politika/20120710/540001", "ru", "2012-07-10",
     "Медведев: мы будем ездить на Курилы, указывать нам никто не может",
     """МОСКВА, 10 июля. /ИТАР-ТАСС/. Премьер-министр РФ Дмитрий Медведев пообещал и впредь посещать Курильские острова, несмотря на протесты Японии. Об этом он заявил на встрече с губернатором Сахалинской области Александром Хорошавиным.

"Мы продолжим ездить на Курилы - и я, и члены правительства. Никто не может указывать нам, какие из наших регионов посещать", - сказал Медведев.

На прошлой неделе премьер побывал на Кунашире, где назвал остров важной частью Сахалинской области и России.

Хорошавин доложил о ходе строительства нового аэропорта на Итурупе, который планируется открыть в 2014 году."""),
]

# ---------------------------------------------------------------------------------------------------------------
# 2. Kishida's visit to Moscow, 21 September 2015. Interfax four days earlier: Morgulov MO1 ("no dialogue with Japan
#    on the Kuril problem; settled 70 years ago"; the trade figures: not treaty). Lavrov L1 ("we discussed the peace
#    treaty; the islands were not discussed; our position well known"; Syria arms: not treaty). Kishida K1
#    ("discussions focusing on the territorial issue; vice-ministerial talks to resume in October"; G7 on Ukraine: not
#    treaty). TASS English (L1, "last week" recalling MO1), Kyodo, RIA, NHK, an aggregator's machine English of RIA,
#    The Japan Times (paraphrases, MO1 recalled), TASS Russian nine days later: L2 at the UN (dialogue goes on but no
#    one should count on a revision of the war's results: another occasion, NEW), recalling L1.
KISHIDA_MOSCOW_2015_STORY = [
    ("https://www.interfax.ru/russia/468001", "ru", "2015-09-17",
     "Моргулов: никакого диалога с Японией по Курилам Россия не ведет",
     """Москва. 17 сентября. INTERFAX.RU - Россия не ведет с Японией переговоров о принадлежности Курильских островов, заявил в интервью "Интерфаксу" заместитель министра иностранных дел РФ Игорь Моргулов накануне визита в Москву главы МИД Японии Фумио Кисиды.

"Никакого диалога по курильской проблеме мы с Японией не ведем. Этот вопрос был решен 70 лет назад: острова перешли к Советскому Союзу по итогам Второй мировой войны", - сказал замминистра.

По словам Моргулова, товарооборот двух стран в первом полугодии сократился почти на треть, в том числе из-за присоединения Японии к западным санкциям.

Визит Кисиды в Москву запланирован на 21 сентября."""),
    ("https://tass.com/politics/822001", "en", "2015-09-21",
     "Lavrov: Kuril Islands were not discussed at talks with Japanese foreign minister",
     """MOSCOW, September 21. /TASS/. The issue of the Kuril Islands was not on the agenda of Monday's talks between Russian Foreign Minister Sergey Lavrov and his Japanese counterpart Fumio Kishida, the Russian minister said.

"We discussed the peace treaty. The islands were not discussed - our position that they became part of Russia as a result of World War II is well known," Lavrov said at a joint news conference.

Lavrov also said Russia would continue its military and technical cooperation with the Syrian government. "We have supplied and will continue to supply weapons to Damascus to fight terrorism," he said.

Last week Deputy Foreign Minister Igor Morgulov told Interfax that Russia was not holding any dialogue with Japan on the Kuril problem."""),
    ("https://english.kyodonews.net/news/2015/09/kishida-lavrov-moscow.html", "en", "2015-09-21",
     "Kishida, Lavrov agree to resume vice-ministerial talks on peace treaty",
     """MOSCOW - Foreign Minister Fumio Kishida and his Russian counterpart Sergei Lavrov agreed Monday to resume vice-ministerial consultations on a peace treaty on Oct. 8, the first such talks in nearly two years.

"We held discussions focusing on the territorial issue, and agreed to restart the vice-ministerial talks on a peace treaty in October," Kishida told Japanese reporters after the meeting.

Lavrov, however, told a joint press conference that the islands had not been discussed.

Kishida said Japan would continue to act in step with the Group of Seven over the crisis in Ukraine."""),
    ("https://ria.ru/20150921/1264001.html", "ru", "2015-09-21",
     "Лавров: вопрос островов на переговорах с Кисидой не обсуждался",
     """МОСКВА, 21 сен - РИА Новости. Глава МИД РФ Сергей Лавров заявил по итогам переговоров с японским коллегой Фумио Кисидой, что тема островов не обсуждалась.

"Мы обсуждали мирный договор. Острова не обсуждались - наша позиция о том, что они стали российскими по итогам Второй мировой войны, хорошо известна", - сказал Лавров на совместной пресс-конференции.

Министры также обсудили подготовку визита президента России Владимира Путина в Японию, сроки которого пока не определены."""),
    ("https://www3.nhk.or.jp/news/html/20150922/k10010244001.html", "ja", "2015-09-22",
     "日ロ外相会談　平和条約交渉の次官級協議再開で一致",
     """岸田外務大臣は21日、モスクワでロシアのラブロフ外相と会談し、平和条約締結交渉に関する次官級協議を来月8日に再開することで一致しました。

会談のあと、岸田大臣は記者団に対し「領土問題を中心に議論を行い、10月に平和条約に関する次官級協議を再開することで一致した」と述べました。

一方、ラブロフ外相は共同記者会見で「平和条約については話し合ったが、島については協議していない。島々が第2次世界大戦の結果ロシア領になったという我々の立場はよく知られている」と述べ、双方の立場の違いが浮き彫りになりました。"""),
    ("https://worldrus-news.example/world/2015/09/22/lavrov-islands-not-discussed", "en", "2015-09-22",
     "Lavrov: the question of islands at negotiations with Kishida was not discussed",
     """22.09.2015 03:17 | World | Source: RIA Novosti

The head of MFA of the Russian Federation Sergey Lavrov declared following the results of negotiations with the Japanese colleague Fumio Kishida that the subject of islands was not discussed.

"We discussed the peace treaty. Islands were not discussed - our position that they became Russian following the results of World War II, is well-known", - Lavrov told at joint press conference.

Ministers also discussed preparation of a visit of the president of Russia Vladimir Putin to Japan which terms are not defined yet.

Share this news
Comments are closed.
Most read: Ruble exchange rate: the dollar fell below 66"""),
    ("https://www.japantimes.co.jp/news/2015/09/22/national/moscow-talks-expose-gulf-on-isles/", "en", "2015-09-22",
     "Moscow talks expose gulf on isles despite deal to resume treaty talks",
     """Foreign Minister Fumio Kishida's trip to Moscow produced an agreement to restart vice-ministerial peace treaty talks next month, but also laid bare how far apart the two sides remain.

Kishida said he had focused on the territorial issue in Monday's talks. His host, Russian Foreign Minister Sergei Lavrov, insisted the islands had not even come up, noting that Moscow regards them as Russian as a result of World War II.

Ahead of the visit, Deputy Foreign Minister Igor Morgulov had said Russia was not conducting any dialogue with Tokyo on the islands, calling the question settled 70 years ago.

President Vladimir Putin is expected to visit Japan, though no date has been set."""),
    ("https://tass.ru/politika/2300001", "ru", "2015-09-30",
     "Лавров: никто не должен рассчитывать на пересмотр итогов войны",
     """НЬЮ-ЙОРК, 30 сентября. /ТАСС/. Россия готова продолжать диалог с Японией о мирном договоре, однако пересмотр итогов Второй мировой войны исключен, заявил министр иностранных дел РФ Сергей Лавров на пресс-конференции по итогам участия в сессии Генассамблеи ООН.

"Диалог с Токио идет, мы договорились о возобновлении консультаций замминистров. Но никто не должен рассчитывать на то, что Россия станет пересматривать результаты войны", - сказал министр.

Ранее в сентябре, после переговоров с Фумио Кисидой в Москве, Лавров заявил, что острова на встрече не обсуждались.

Основная часть пресс-конференции была посвящена ситуации в Сирии, где в среду российские ВКС начали наносить авиаудары."""),
]

# ---------------------------------------------------------------------------------------------------------------
# 3. Coastal missiles on Iturup and Kunashir, November 2016. TASS Russian: the Defence Ministry's newspaper reports
#    the deployment (no remark). Suga S1 (checking the facts; if true, incompatible with our position; will respond
#    appropriately; TPP: not treaty), NHK first, Kyodo. Kishida K1 (arms build-up on our inherent territory; protest
#    lodged), Jiji. Peskov PK1 (Russian territory, sovereign right; no contradiction with developing ties; Trump call:
#    not treaty), TASS English with K1 recalled; RBC (PK1 shortened and merged into indirect speech); Asahi: Suga S2
#    the next day replying (position on the four islands will not change; persistent negotiation toward the
#    December summit: another occasion, NEW), PK1 and S1 recalled.
KURIL_MISSILES_2016_STORY = [
    ("https://tass.ru/armiya-i-opk/3800001", "ru", "2016-11-22",
     "Береговые ракетные комплексы \"Бал\" и \"Бастион\" заступили на дежурство на Курилах",
     """ВЛАДИВОСТОК, 22 ноября. /ТАСС/. Береговые ракетные комплексы "Бал" и "Бастион" размещены на островах Итуруп и Кунашир Курильской гряды, сообщила газета Министерства обороны РФ "Красная звезда".

По данным издания, ракетные дивизионы заступили на боевое дежурство, их задача - охрана территориальных вод и проливов. Комплекс "Бал" развернут на Кунашире, "Бастион" - на Итурупе.

В этом году на острова также прибыли новые подразделения Восточного военного округа."""),
    ("https://www3.nhk.or.jp/news/html/20161122/k10010779001.html", "ja", "2016-11-22",
     "北方領土にミサイル配備報道　菅官房長官「事実関係を確認中」",
     """菅官房長官は22日午後の記者会見で、ロシアが北方領土の択捉島と国後島に地対艦ミサイルを配備したと伝えられたことについて、「現在、事実関係を確認している。仮に事実であれば、北方領土に関するわが国の立場と相いれず、適切に対応していく」と述べました。

ロシア国防省の機関紙「赤い星」は22日、ミサイル部隊が両島で戦闘任務についたと報じました。"""),
    ("https://english.kyodonews.net/news/2016/11/suga-missiles-isles.html", "en", "2016-11-22",
     "Japan checking reports of Russian missiles on disputed isles",
     """TOKYO - Japan is checking reports that Russia has deployed anti-ship missile systems on two of the Russian-held islands off Hokkaido, Chief Cabinet Secretary Yoshihide Suga said Tuesday.

"We are confirming the facts. If it is true, it is incompatible with our country's position on the Northern Territories, and we will respond appropriately," Suga told a press conference.

Suga also said the government would push for Diet approval of the Trans-Pacific Partnership during the current session despite U.S. President-elect Donald Trump's pledge to withdraw from the pact.

The deployment comes less than a month before Russian President Vladimir Putin's planned visit to Japan."""),
    ("https://www.jiji.com/jc/article?k=2016112400301", "ja", "2016-11-24",
     "岸田外相「ロシアに抗議」　北方領土ミサイル配備で",
     """岸田文雄外相は24日、外務省で記者団に対し、ロシアが北方領土の択捉、国後両島に地対艦ミサイルを配備したことについて「わが国固有の領土で軍備を強化するもので、わが国の立場と相いれない。外交ルートを通じて抗議した」と述べた。

プーチン大統領は12月15日に来日し、安倍首相の地元・山口県長門市で首脳会談を行う予定。"""),
    ("https://tass.com/politics/914001", "en", "2016-11-25",
     "Kremlin: missile deployment on Kurils is Russia's sovereign right",
     """MOSCOW, November 25. /TASS/. The deployment of coastal missile systems on the South Kuril Islands is Russia's sovereign right and does not run counter to Moscow's course toward developing ties with Tokyo, Kremlin Spokesman Dmitry Peskov told reporters on Friday.

"The islands are Russian territory, and deploying defensive systems there is our sovereign right. This in no way contradicts our course toward developing relations with Japan," Peskov said.

Asked about a possible telephone conversation between Putin and US President-elect Donald Trump, Peskov said no new contacts were planned for now.

On Thursday, Japanese Foreign Minister Fumio Kishida said Tokyo had lodged a protest through diplomatic channels."""),
    ("https://www.rbc.ru/politics/25/11/2016/58380001", "ru", "2016-11-25",
     "Песков назвал размещение ракет на Курилах суверенным правом России",
     """Размещение ракетных комплексов на Курилах - суверенное право России, заявил пресс-секретарь президента Дмитрий Песков, комментируя протест Японии. По его словам, острова являются "российской территорией", а это решение "никак не противоречит" курсу на развитие отношений с Токио.

Визит Владимира Путина в Японию запланирован на 15-16 декабря."""),
    ("https://www.asahi.com/ajw/articles/AJ201611260021.html", "en", "2016-11-26",
     "Suga: Japan's stance on isles unchanged after Kremlin missile remark",
     """Chief Cabinet Secretary Yoshihide Suga said Friday that Japan's position on the four Russian-held islands would not change, after the Kremlin defended the deployment of missiles there as a sovereign right.

"Our position that the four northern islands are an inherent part of Japan's territory will not change at all. We will negotiate persistently toward the summit in December," Suga said at a news conference.

Kremlin spokesman Dmitry Peskov had said earlier in the day that the islands are Russian territory and that deploying defensive weapons there is Russia's right.

Earlier in the week, Suga said the government was checking the facts of the deployment."""),
]

# ---------------------------------------------------------------------------------------------------------------
# 4. Putin's visit to Japan, December 2016. The Kremlin transcript of his interview with Nippon TV and Yomiuri: P1
#    ("Russia has no territorial problems at all; it is Japan that thinks it has one; ready to discuss"; the eight-point
#    plan: not treaty); Yomiuri's Japanese. The Tokyo press conference of 16 December: P2 ("most important to conclude
#    a peace treaty; joint economic activity could create conditions; stop the historical ping-pong"), Abe A1 ("agreed
#    to start consultations on joint economic activity under a special system; an important step toward a peace
#    treaty"; the economic plan: not treaty). TASS English (P2; A1 in indirect speech), Kyodo (A1; P2 fragment), NHK,
#    an aggregator's machine English, The Japan Times (paraphrases; P1 recalled), RIA a week later: P3 at the annual
#    press conference ("we do not trade territory, but joint work could create an atmosphere...": NEW), recalling P2.
PUTIN_JAPAN_VISIT_2016_STORY = [
    ("http://kremlin.ru/events/president/interviews/53455", "ru", "2016-12-13",
     "Интервью японской телекомпании Nippon TV и газете Yomiuri",
     """Вопрос: Владимир Владимирович, в Японии многие надеются, что Ваш визит поможет решить территориальную проблему. Как Вы на это смотрите?

В.Путин: Мы считаем, что у России вообще нет никаких территориальных проблем. Это Япония считает, что у неё есть территориальная проблема с Россией. Мы готовы об этом разговаривать.

Вопрос: Как Вы оцениваете предложенный премьером Абэ план экономического сотрудничества из восьми пунктов?

В.Путин: Это хороший план. Японские компании уже работают у нас в энергетике, в автомобилестроении, и мы будем рады, если их станет больше."""),
    ("https://www.yomiuri.co.jp/politics/20161213-OYT1T50101.html", "ja", "2016-12-13",
     "プーチン大統領「領土問題ない」　本紙などとインタビュー",
     """ロシアのプーチン大統領は、15日からの来日を前に、読売新聞と日本テレビのインタビューに応じた。北方領土問題について「ロシアには領土問題は全くないと考えている。日本がロシアとの間に領土問題があると考えているのだ」と述べた。

一方で「この問題について話し合う用意はある」とも語った。

8項目の経済協力プランについては「良い計画だ」と評価した。"""),
    ("https://tass.com/politics/918801", "en", "2016-12-16",
     "Putin calls for end to 'historical ping-pong', says peace treaty is key",
     """TOKYO, December 16. /TASS/. Russian President Vladimir Putin said the most important thing for Russia and Japan is to conclude a peace treaty, and that joint economic activity on the South Kurils could help create the conditions for it.

"The most important thing is to conclude a peace treaty. Joint economic activity could help create the conditions for this. We must stop this historical ping-pong that has gone on for seventy years," Putin told a joint press conference with Japanese Prime Minister Shinzo Abe.

Abe, for his part, called the agreement to start consultations on joint economic activity on the islands an important step toward a peace treaty.

The two leaders witnessed the signing of more than 60 commercial agreements worth about 300 billion yen."""),
    ("https://english.kyodonews.net/news/2016/12/abe-putin-joint-activities.html", "en", "2016-12-16",
     "Abe, Putin agree to start talks on joint economic activities on isles",
     """TOKYO - Prime Minister Shinzo Abe and Russian President Vladimir Putin agreed Friday to begin consultations on joint economic activities on the four Russian-held islands off Hokkaido under a "special system."

"We agreed to start consultations on joint economic activities on the four islands under a special system. This is an important step toward concluding a peace treaty," Abe said at a joint press conference after two days of talks.

Putin called for an end to "historical ping-pong" over the islands.

"We will carry out the eight-point cooperation plan steadily, project by project," Abe said."""),
    ("https://www3.nhk.or.jp/news/html/20161216/k10010809001.html", "ja", "2016-12-16",
     "日ロ首脳　共同経済活動の協議開始で合意",
     """安倍総理大臣は16日、ロシアのプーチン大統領との共同記者会見で「北方四島で特別な制度のもとでの共同経済活動に関する協議を開始することで合意した。平和条約の締結に向けた重要な一歩だ」と述べました。

プーチン大統領は「最も重要なのは平和条約を締結することだ。70年続いてきた歴史的なピンポンに終止符を打たなければならない」と述べました。"""),
    ("https://vestifeed-en.example/politics/2016/12/17/putin-ping-pong", "en", "2016-12-17",
     "Putin: it is necessary to stop the historical ping-pong",
     """17.12.2016 | 06:02
Politics / In the world

The most important is to conclude the peace treaty, the President of Russia Vladimir Putin declared at the joint press conference with the Prime Minister of Japan Shinzo Abe in Tokyo.

"The most important - to conclude the peace treaty. Joint economic activity can help to create for this conditions. It is necessary to stop this historical ping-pong which proceeds seventy years", - Putin told.

Earlier the parties signed more than 60 commercial agreements.

Subscribe: Telegram | VK
Read also: Petrol prices rose for the week by 0.2%"""),
    ("https://www.japantimes.co.jp/news/2016/12/17/national/summit-no-territorial-breakthrough/", "en", "2016-12-17",
     "Summit yields economic deal but no territorial breakthrough",
     """Prime Minister Shinzo Abe hailed Friday's agreement to start talks on joint economic activities on the disputed islands as a key step toward a peace treaty, but the summit produced no movement on sovereignty.

President Vladimir Putin, for his part, urged both sides to stop trading historical arguments, saying the priority was to sign a treaty.

Days before arriving, Putin told Japanese media that Russia believes it has no territorial problem at all, and that it is Japan that thinks there is one."""),
    ("https://ria.ru/20161223/1484001.html", "ru", "2016-12-23",
     "Путин: территориями мы не торгуем, но совместная работа создаст атмосферу для договора",
     """МОСКВА, 23 дек - РИА Новости. Россия не торгует территориями, однако совместная хозяйственная деятельность на Курилах может создать атмосферу доверия для заключения мирного договора с Японией, заявил президент РФ Владимир Путин на ежегодной большой пресс-конференции.

"Мы территориями не торгуем. Но если мы создадим на островах условия для совместной работы, это может сформировать атмосферу, в которой легче будет решить и вопрос мирного договора", - сказал Путин.

На прошлой неделе в Токио Путин призвал прекратить "исторический пинг-понг" и сосредоточиться на заключении мирного договора.

Он также выразил надежду на рост японских инвестиций в экономику Дальнего Востока."""),
]

# ---------------------------------------------------------------------------------------------------------------
# 5. The constitutional ban on ceding territory, July 2020. Peskov PK1 ("the Constitution now says unambiguously that
#    territory cannot be alienated; the framework for any dialogue, including with Japan"; turnout: not treaty), TASS
#    English, RIA. Suga S1 ("our position on the Northern Territories unchanged; will negotiate tenaciously"; Go To
#    Travel: not treaty), NHK, Kyodo (PK1 recalled). Galuzin GA1 in a Kommersant interview (the amendment does not
#    close the door; talks, but not about handing over territory; trade: not treaty). Suga S2 four days later on the
#    monument on Kunashir ("unacceptable on our inherent territory; protest lodged": NEW), Jiji with S1 recalled in
#    quotes, an aggregator's machine English of Jiji; the MID briefing transcript: Zakharova Z1 (protests groundless;
#    the Kurils an inalienable part of Russia, now in the Constitution; Aegis Ashore: not treaty).
CONSTITUTION_2020_STORY = [
    ("https://tass.com/politics/1174001", "en", "2020-07-02",
     "Dialogue with Japan to be held within framework of amended Constitution — Kremlin",
     """MOSCOW, July 2. /TASS/. The amended Russian Constitution states clearly that the country's territory cannot be handed over, and any dialogue, including with Japan, will be conducted within that framework, Kremlin Spokesman Dmitry Peskov told reporters on Thursday.

"The Constitution now says unambiguously that Russian territory cannot be alienated. This is the framework within which any dialogue, including with Japan, will be conducted," Peskov said.

Peskov also said the Kremlin was satisfied with the turnout in the nationwide vote. "The turnout was high, and the result speaks for itself," he said.

The amendments, approved in a vote that ended on July 1, include a ban on actions aimed at alienating part of Russia's territory, with the exception of border delimitation."""),
    ("https://ria.ru/20200702/1573801.html", "ru", "2020-07-02",
     "Песков: диалог с Японией будет вестись в рамках новой Конституции",
     """МОСКВА, 2 июл - РИА Новости. Любой диалог, в том числе с Японией, будет вестись с учетом поправки к Конституции о недопустимости отчуждения территории, заявил пресс-секретарь президента Дмитрий Песков.

"Конституция теперь однозначно гласит, что территория России отчуждаться не может. Это та рамка, в которой будет вестись любой диалог, в том числе с Японией", - сказал Песков журналистам."""),
    ("https://www3.nhk.or.jp/news/html/20200703/k10012495001.html", "ja", "2020-07-03",
     "菅官房長官　ロシア改憲「北方領土の立場に変わりない」",
     """ロシアで領土の割譲を禁じる条項を盛り込んだ憲法改正が成立したことについて、菅官房長官は3日午前の記者会見で「北方領土に関するわが国の立場に変わりはない。引き続き、平和条約締結に向けて粘り強く交渉していく」と述べました。

一方、菅官房長官は、国内の観光需要を喚起する「Go To トラベル」キャンペーンについて、予定どおり来月以降に始める考えを示しました。"""),
    ("https://english.kyodonews.net/news/2020/07/suga-russia-constitution.html", "en", "2020-07-03",
     "Japan says stance on isles unchanged after Russia bans ceding territory",
     """TOKYO - Japan's position on the Russian-held islands off Hokkaido remains unchanged, Chief Cabinet Secretary Yoshihide Suga said Friday, after Russia adopted constitutional amendments banning the ceding of its territory.

"Our country's position on the Northern Territories has not changed. We will continue to negotiate tenaciously toward concluding a peace treaty," Suga told a press conference.

Kremlin spokesman Dmitry Peskov said Thursday that any dialogue with Japan would be conducted within the framework of the new constitution."""),
    ("https://www.kommersant.ru/doc/4405001", "ru", "2020-07-06",
     "«Поправка не закрывает дверь для мирного договора»",
     """Посол России в Японии Михаил Галузин в интервью "Ъ" рассказал, как поправки к Конституции скажутся на отношениях с Токио.

- Японская сторона обеспокоена поправкой о запрете отчуждения территорий. Означает ли она конец переговоров о мирном договоре?

- Нет. Поправка не закрывает дверь для мирного договора. Мы готовы продолжать переговоры, но речь в них не идет и не может идти о передаче территории.

- Как пандемия отразилась на экономических связях?

- Товарооборот в первом полугодии снизился, но японские компании не уходят из проектов на Сахалине и в Арктике."""),
    ("https://www.jiji.com/jc/article?k=2020070700701", "ja", "2020-07-07",
     "国後島に改憲記念碑　菅長官「受け入れられない」",
     """菅義偉官房長官は7日の記者会見で、北方領土の国後島にロシアの改正憲法の領土割譲禁止条項を記した記念碑が設置されたことについて、「わが国固有の領土にこのような碑が設置されたことは受け入れられない。外交ルートで抗議した」と述べた。

菅氏は3日の会見でも「北方領土に関するわが国の立場に変わりはない」と強調していた。"""),
    ("https://japannewsflash.example/politics/2020/07/08/kunashiri-monument-suga", "en", "2020-07-08",
     "In Kunashiri island constitution revision monument Suga chief \"cannot accept\"",
     """Posted: 2020/07/08 02:15 | Category: Politics

Chief Cabinet Secretary Yoshihide Suga, at the press conference of 7th, about that in Kunashiri island of the Northern Territories the monument which described the territory cession prohibition clause of the revised constitution of Russia was installed, stated "that such monument was installed to the inherent territory of our country cannot be accepted. We protested by diplomatic route".

Mr. Suga also had emphasized at the conference of 3rd "position of our country about Northern Territories has no change".

Back to top
Related: Nikkei average rebounds for first time in 3 days"""),
    ("https://www.mid.ru/ru/foreign_policy/news/1420001/", "ru", "2020-07-09",
     "Брифинг официального представителя МИД России М.В.Захаровой, Москва, 9 июля 2020 года",
     """Брифинг официального представителя МИД России М.В.Захаровой, Москва, 9 июля 2020 года

Вопрос: В Токио выразили протест в связи с установкой на Кунашире памятного знака с текстом поправки к Конституции. Как Вы это прокомментируете?

Ответ: Протесты японской стороны мы считаем беспочвенными. Курильские острова - неотъемлемая часть территории Российской Федерации, и теперь это закреплено в Конституции. Где и какие памятные знаки устанавливать на своей территории, мы будем решать сами.

Вопрос: Япония отказалась от размещения систем ПРО Aegis Ashore. Как Вы оцениваете это решение?

Ответ: Мы приняли это к сведению. Однако нас по-прежнему беспокоит наращивание американского военного присутствия в регионе в целом."""),
]

# ---------------------------------------------------------------------------------------------------------------
# 6. Mishustin on Iturup, 26 July 2021. MI1 ("the Kurils are our land ...; a special zone with unprecedented breaks;
#    business from Japan, Korea invited"; vaccination: not treaty), TASS Russian. Kato K1 ("inconsistent with Japan's
#    position; hurts the feelings; extremely regrettable"; the Olympics: not treaty), Kyodo (MI1 paraphrased), Nikkei
#    (both). An aggregator's machine English of TASS. Motegi MO1 the next day ("developing the islands under Russia's
#    legal system incompatible with our position; protest conveyed to Galuzin"), Jiji. The Moscow Times (MI1
#    fragment, K1 shortened, MO1 paraphrased). RIA at the EEF on 3 September: Putin P1 (the special regime contradicts
#    nothing agreed with Japan; Japanese firms can work there, would help toward a peace treaty; LNG: not treaty),
#    MI1 recalled; The Japan Times (P1 paraphrased, K1 recalled).
MISHUSTIN_ITURUP_2021_STORY = [
    ("https://tass.ru/ekonomika/12001001", "ru", "2021-07-26",
     "Мишустин предложил создать на Курилах особую экономическую зону",
     """КУРИЛЬСК (Сахалинская область), 26 июля. /ТАСС/. Председатель правительства РФ Михаил Мишустин, прибывший с рабочей поездкой на Итуруп, предложил создать на Курильских островах особую зону с беспрецедентными налоговыми льготами.

"Курилы - это наша земля, и люди здесь должны жить не хуже, чем на материке. Мы предлагаем создать здесь особую зону с беспрецедентными льготами и пригласим работать бизнес из Японии, Южной Кореи и других стран", - сказал Мишустин.

Премьер также осмотрел новую поликлинику в Курильске. "Вакцинация на острове идет хорошими темпами, но нужно поднажать", - отметил он.

Это первая поездка Мишустина на Курилы в должности главы кабмина."""),
    ("https://english.kyodonews.net/news/2021/07/kato-mishustin-etorofu.html", "en", "2021-07-26",
     "Japan protests Russian PM Mishustin's visit to disputed isle",
     """TOKYO - Japan on Monday protested Russian Prime Minister Mikhail Mishustin's visit to Etorofu Island, one of the four Russian-held islands off Hokkaido, with the top government spokesman calling it "extremely regrettable."

"The visit is inconsistent with Japan's position on the Northern Territories and hurts the feelings of the Japanese people. It is extremely regrettable," Chief Cabinet Secretary Katsunobu Kato told a press conference.

Mishustin proposed on the island a special economic zone with tax breaks, inviting investors from Japan and other countries.

Kato also said the Tokyo Olympics were proceeding smoothly under strict COVID-19 measures. "We will do everything to keep the Games safe and secure," he said."""),
    ("https://www.nikkei.com/article/DGXZQOUA261WE0W1A720C2000000/", "ja", "2021-07-26",
     "ロシア首相が択捉島訪問　加藤官房長官「極めて遺憾」",
     """ロシアのミシュスチン首相は26日、北方領土の択捉島を訪れた。ロシアの首相の北方領土訪問は2019年のメドベージェフ氏以来。ミシュスチン氏は「クリール諸島は我々の土地だ」と述べ、税制優遇措置を伴う特区を創設し、日本などの企業を誘致する考えを示した。

加藤勝信官房長官は同日の記者会見で「北方領土に関する日本の立場と相いれず、日本国民の感情を傷つけるもので、極めて遺憾だ」と述べた。"""),
    ("https://ru-news-wire.example/economy/2021/07/27/mishustin-kurils-zone", "en", "2021-07-27",
     "Mishustin offered to create in the Kurils the special economic zone",
     """KURILSK (Sakhalin region), July 26. /TASS/. The chairman of the government of the Russian Federation Mikhail Mishustin who arrived with a working trip on Iturup offered to create on the Kuril Islands the special zone with unprecedented tax privileges.

"Kurils is our land, and people here have to live not worse, than on the continent. We offer to create here the special zone with unprecedented privileges and will invite to work business from Japan, South Korea and other countries", - Mishustin told.

The prime minister also examined the new polyclinic in Kurilsk.

Like 12 | Repost
Hot topics: Vaccination • Euro 2020 • Olympics"""),
    ("https://www.jiji.com/jc/article?k=2021072700412", "ja", "2021-07-27",
     "茂木外相「ロシア法制下の開発、立場と相いれず」",
     """茂木敏充外相は27日の閣議後記者会見で、ロシアのミシュスチン首相が北方領土の択捉島を訪問し、特区創設を表明したことについて「ロシア側の法制度の下で島の開発を進める動きは、わが国の立場と相いれない。ガルージン駐日大使に抗議の意を伝えた」と述べた。"""),
    ("https://www.themoscowtimes.com/2021/07/27/mishustin-courts-japanese-investors-on-disputed-kurils-a74601", "en", "2021-07-27",
     "Mishustin Courts Japanese Investors on Disputed Kurils, Tokyo Protests",
     """Prime Minister Mikhail Mishustin used his first trip to the Kuril Islands on Monday to pitch a tax-free zone for foreign investors, declaring that the islands are "our land."

Tokyo responded within hours. Chief Cabinet Secretary Katsunobu Kato called the visit "extremely regrettable," while Foreign Minister Toshimitsu Motegi said on Tuesday that developing the islands under Russian law was incompatible with Japan's position.

The two countries agreed in 2016 to explore joint economic activities on the islands, but the talks have made little progress."""),
    ("https://ria.ru/20210903/putin-1748001.html", "ru", "2021-09-03",
     "Путин: особый режим на Курилах не противоречит договоренностям с Японией",
     """ВЛАДИВОСТОК, 3 сен - РИА Новости. Особый налоговый режим на Курилах не противоречит договоренностям с Японией о совместной хозяйственной деятельности, заявил президент России Владимир Путин на пленарном заседании Восточного экономического форума.

"Особый режим на Курилах ничему не противоречит из того, о чем мы договаривались с японскими друзьями. Японские компании могут там работать, и это помогло бы нам двигаться к мирному договору", - сказал Путин.

В июле премьер-министр Михаил Мишустин во время поездки на Итуруп предложил создать на островах особую зону с беспрецедентными льготами.

Путин также заявил, что Россия готова наращивать поставки сжиженного газа в страны АТР."""),
    ("https://www.japantimes.co.jp/news/2021/09/04/national/putin-kuril-tax-zone/", "en", "2021-09-04",
     "Putin touts Kuril tax zone as open to Japanese firms",
     """Russian President Vladimir Putin said Friday that a special tax regime for the disputed islands off Hokkaido does not contradict agreements with Japan and that Japanese companies are free to operate there, which he said could help move the two countries toward a peace treaty.

Tokyo has protested the plan. When Prime Minister Mikhail Mishustin visited Etorofu in July, Chief Cabinet Secretary Katsunobu Kato called the trip "extremely regrettable" at the time."""),
]

# ---------------------------------------------------------------------------------------------------------------
# 7. Russia suspends the peace treaty talks, 21 March 2022. The MID statement on mid.ru (its own page, no "said"):
#    RFM1 (no intention to continue the talks; impossible to discuss a fundamental document with an openly unfriendly
#    state) and RFM2 (another point: out of the joint economic activity dialogue, visa-free trips ended). TASS English.
#    Kishida K1 ("extremely unjust, absolutely unacceptable; Japan strongly protests"), NHK with the ministry's
#    statement retold. Hayashi H1 ("a one-sided announcement ignoring that Russia itself caused this; tramples on former
#    islanders' feelings"; salmon talks: not treaty), Jiji. Kyodo (K1; H1 paraphrased; sanctions: not treaty); an
#    aggregator's machine Russian of Kyodo. RIA: Medvedev ME1 on Telegram (the talks were always ritual; the topic is
#    closed), RFM1 recalled; The Japan Times (ME1 paraphrased, K1 shortened).
TALKS_SUSPENDED_2022_STORY = [
    ("https://www.mid.ru/ru/foreign_policy/news/1805001/", "ru", "2022-03-21",
     "Заявление МИД России о мерах в связи с недружественными действиями правительства Японии",
     """Заявление МИД России о мерах в связи с недружественными действиями правительства Японии

Правительство Японии ввело ограничительные меры против России в связи с ситуацией на Украине, заняв откровенно недружественную позицию.

В сложившихся условиях российская сторона не намерена продолжать переговоры с Японией по мирному договору. Обсуждать подписание основополагающего документа о двусторонних отношениях с государством, которое занимает открыто недружественные позиции и стремится нанести ущерб интересам нашей страны, невозможно.

Российская сторона также выходит из диалога с Японией о совместной хозяйственной деятельности на южных Курильских островах и прекращает безвизовые поездки японских граждан на острова, осуществлявшиеся на основе договоренностей 1991 и 1999 годов."""),
    ("https://tass.com/politics/1425001", "en", "2022-03-21",
     "Russia will not continue peace treaty talks with Japan due to its unfriendly stance — MFA",
     """MOSCOW, March 21. /TASS/. Russia does not intend to continue negotiations with Japan on a peace treaty under the current circumstances, the Russian Foreign Ministry said in a statement on Monday.

"It is impossible to discuss the signing of a fundamental document on bilateral relations with a state that takes openly unfriendly positions and seeks to harm the interests of our country," the statement said.

The ministry added that Moscow was withdrawing from the dialogue on joint economic activities on the South Kuril Islands and ending visa-free trips by Japanese citizens to the islands.

Japan joined Western sanctions against Russia after the start of the special military operation in Ukraine."""),
    ("https://www3.nhk.or.jp/news/html/20220322/k10013544001.html", "ja", "2022-03-22",
     "岸田首相　ロシアの平和条約交渉中断に「断じて受け入れられない」",
     """ロシア外務省が日本との平和条約締結交渉を中断すると発表したことについて、岸田総理大臣は22日午前、参議院の委員会で「極めて不当であり、断じて受け入れられない。日本として強く抗議する」と述べました。

ロシア外務省は21日、日本の制裁を理由に平和条約交渉を継続する意思はないとする声明を発表し、北方四島とのビザなし交流も停止するとしています。"""),
    ("https://www.jiji.com/jc/article?k=2022032200512", "ja", "2022-03-22",
     "林外相「元島民の思い踏みにじる」　ロシアの交渉中断で",
     """林芳正外相は22日の閣議後記者会見で、ロシアが平和条約交渉を中断し、北方四島へのビザなし交流を停止すると発表したことについて「現在の日ロ関係の状況を自ら招いたことを顧みない一方的な発表で、到底受け入れられない。元島民の方々の思いを踏みにじるものだ」と述べた。

一方、林氏は今春のサケ・マス漁業交渉について「漁業者の操業に影響が出ないよう、しっかり対応したい」と語った。"""),
    ("https://english.kyodonews.net/news/2022/03/kishida-russia-treaty-suspension.html", "en", "2022-03-22",
     "Kishida slams Russia's suspension of peace treaty talks as 'unacceptable'",
     """TOKYO - Prime Minister Fumio Kishida on Tuesday denounced Russia's decision to suspend peace treaty negotiations with Japan as "extremely unjust and absolutely unacceptable."

"It is extremely unjust and absolutely unacceptable. Japan strongly protests," Kishida told an Upper House committee.

Foreign Minister Yoshimasa Hayashi said Russia's one-sided announcement ignored the fact that Moscow itself had caused the current state of relations, and trampled on the feelings of former island residents.

Kishida said Japan would continue to impose tough sanctions on Russia in coordination with the Group of Seven. "We will not hesitate to take further measures," he said."""),
    ("https://inosmi-lenta.example/politic/20220323/kishida-neprijemlemo.html", "ru", "2022-03-23",
     "Кисида осудил приостановку Россией переговоров по мирному договору как «неприемлемо»",
     """Kyodo News (Япония)

ТОКИО - премьер-министр Фумио Кисида во вторник осудил решение России приостановить переговоры мирного договора с Японией как «крайне несправедливо и абсолютно неприемлемо».

«Это крайне несправедливо и абсолютно неприемлемо. Япония решительно протестует», сказал Кисида комитету Верхней палаты.

Министр иностранных дел Ёсимаса Хаяси сказал, что одностороннее объявление России проигнорировало тот факт, что Москва сама вызвала текущее состояние отношений, и растоптало чувства бывших жителей островов.

Кисида сказал, что Япония продолжит вводить жесткие санкции против России в координации с Группой семи.

Материалы ИноСМИ содержат оценки исключительно зарубежных СМИ
Читайте также: Курс евро на Мосбирже опустился ниже 115 рублей"""),
    ("https://ria.ru/20220325/medvedev-1780001.html", "ru", "2022-03-25",
     "Медведев назвал переговоры с Японией по Курилам ритуальными",
     """МОСКВА, 25 мар - РИА Новости. Переговоры с Японией по Курилам всегда носили ритуальный характер, заявил заместитель председателя Совбеза России Дмитрий Медведев в своем Telegram-канале.

"Переговоры с японцами по Курилам всегда были ритуальными. Никакого соглашения Токио по-настоящему не хотел, а теперь эта тема и вовсе закрыта", - написал Медведев.

В понедельник МИД России заявил, что в нынешних условиях не намерен продолжать переговоры с Японией о мирном договоре из-за антироссийских санкций."""),
    ("https://www.japantimes.co.jp/news/2022/03/26/national/medvedev-island-talks-ritual/", "en", "2022-03-26",
     "Medvedev says island talks with Japan were always 'ritual'",
     """Former Russian President Dmitry Medvedev, now deputy chairman of Russia's Security Council, said Friday that negotiations with Japan over the disputed islands had only ever been a ritual and that the issue was now closed.

Prime Minister Fumio Kishida earlier this week called Moscow's suspension of the talks "absolutely unacceptable."

Japan and Russia held their annual fisheries talks online this week despite the tensions."""),
]

# ---------------------------------------------------------------------------------------------------------------
# 8. Northern Territories Day, 7 February 2023 and 7 February 2024. Kishida K1 at the 2023 rally ("relations in a
#    very severe situation, but the policy of resolving the territorial issue and concluding a peace treaty will not
#    change; resuming grave visits a top priority"; G7 Hiroshima: not treaty), NHK, Kyodo, TASS Russian. Zakharova Z1
#    the next day ("every year a revanchist campaign; sovereignty beyond doubt, nothing to discuss"; Japan's export
#    ban: not treaty), RIA with K1 recalled, an aggregator's machine English of RIA. A year later: Kishida K3 at the
#    2024 rally ("relations still difficult, but the policy ... unshakable": another occasion, NEW), Jiji; Zakharova Z2
#    (again the so-called day; while Japan keeps its hostile course a peace treaty cannot be on the agenda: NEW), TASS
#    English with K3 recalled; The Japan Times (K3 paraphrased, Z2 shortened).
NORTHERN_TERRITORIES_DAY_STORY = [
    ("https://www3.nhk.or.jp/news/html/20230207/k10013973001.html", "ja", "2023-02-07",
     "「北方領土の日」全国大会　岸田首相「平和条約締結の方針変わらず」",
     """「北方領土の日」の7日、東京で北方領土の返還を求める全国大会が開かれ、岸田総理大臣があいさつしました。

岸田総理大臣は「日ロ関係は現在、大変厳しい状況にあるが、政府として、領土問題を解決して平和条約を締結するという方針は今後も変わらない。元島民の皆さんの切実な思いに応えるべく、墓参をはじめとする交流事業の再開を最優先で求めていく」と述べました。

元島民の平均年齢は87歳を超え、高齢化が進んでいます。大会では、四島の早期返還を求めるアピールが採択されました。"""),
    ("https://english.kyodonews.net/news/2023/02/kishida-northern-territories-day.html", "en", "2023-02-07",
     "Kishida says peace treaty policy with Russia unchanged despite strains",
     """TOKYO - Prime Minister Fumio Kishida said Tuesday that Japan's policy of settling the territorial dispute with Russia and concluding a peace treaty will not change, even though bilateral relations are in a very difficult state.

"Japan-Russia relations are currently in a very severe situation, but as a government, our policy of resolving the territorial issue and concluding a peace treaty will not change," Kishida said at an annual rally in Tokyo calling for the return of the islands.

The rally, held on "Northern Territories Day," was attended by former island residents, whose average age now exceeds 87.

Kishida separately told reporters that preparations for the Group of Seven summit in Hiroshima in May were on track. "We want to send a strong message from the city that experienced the atomic bombing," he said."""),
    ("https://tass.ru/mezhdunarodnaya-panorama/17001001", "ru", "2023-02-07",
     "Кисида заявил, что политика Японии в отношении мирного договора с РФ не изменится",
     """ТОКИО, 7 февраля. /ТАСС/. Премьер-министр Японии Фумио Кисида заявил, что Токио по-прежнему намерен решить территориальный вопрос и заключить мирный договор с Россией, несмотря на сложное состояние двусторонних отношений. Об этом он сказал, выступая на ежегодном митинге по случаю так называемого Дня северных территорий.

Кисида также пообещал добиваться возобновления поездок бывших жителей островов на могилы предков.

Москва неоднократно подчеркивала, что принадлежность южных Курил России закреплена итогами Второй мировой войны."""),
    ("https://ria.ru/20230208/zakharova-1850001.html", "ru", "2023-02-08",
     "Захарова назвала \"День северных территорий\" реваншистской кампанией",
     """МОСКВА, 8 фев - РИА Новости. Официальный представитель МИД России Мария Захарова назвала ежегодный "День северных территорий" в Японии реваншистской кампанией.

"Каждый год в этот день в Токио устраивают реваншистскую кампанию. Суверенитет России над южными Курилами сомнению не подлежит, и обсуждать здесь нечего", - заявила Захарова на брифинге.

Накануне премьер-министр Японии Фумио Кисида заявил, что Токио намерен решить территориальный вопрос и заключить мирный договор.

Захарова также раскритиковала новые японские санкции. "Запрет на экспорт в Россию, введенный Токио, ударит прежде всего по самим японским производителям", - сказала она."""),
    ("https://rus-today-news.example/politics/2023/02/08/zakharova-northern-territories-day", "en", "2023-02-08",
     "Zakharova called \"Day of northern territories\" revanchist campaign",
     """08.02.2023 17:44
Source: RIA Novosti | Section: Politics

The official representative of MFA of Russia Maria Zakharova called the annual "Day of northern territories" in Japan the revanchist campaign.

"Every year on this day in Tokyo arrange the revanchist campaign. Sovereignty of Russia over the southern Kurils is not subject to doubt, and to discuss here there is nothing", - Zakharova declared at a briefing.

On the eve the prime minister of Japan Fumio Kishida declared that Tokyo intends to solve the territorial question and to sign the peace treaty.

Comments: 0 | Print | Send to friend
Topics of the day: Earthquake in Turkey"""),
    ("https://www.jiji.com/jc/article?k=2024020700633", "ja", "2024-02-07",
     "岸田首相「方針揺るがず」　北方領土返還要求全国大会",
     """「北方領土の日」の7日、東京都内で北方領土返還要求全国大会が開かれた。岸田文雄首相はあいさつで「ロシアとの関係は引き続き難しい局面にあるが、領土問題を解決し、平和条約を結ぶという政府の方針は揺るがない」と強調した。

大会には元島民や自治体関係者ら約900人が参加した。首相は昨年の大会でも同様の考えを示していた。"""),
    ("https://tass.com/politics/1744001", "en", "2024-02-08",
     "Peace treaty cannot be on agenda while Japan pursues hostile policy — Zakharova",
     """MOSCOW, February 8. /TASS/. The subject of a peace treaty cannot be on the agenda of Russian-Japanese relations while Tokyo pursues a hostile policy toward Moscow, Russian Foreign Ministry Spokeswoman Maria Zakharova said at a briefing on Thursday.

"Tokyo has once again held its so-called Northern Territories Day. As long as Japan continues its hostile course, the topic of a peace treaty simply cannot be on the agenda," she said.

On Wednesday, Japanese Prime Minister Fumio Kishida told the annual rally that the government's policy of resolving the territorial problem and signing a peace treaty remained unshakable."""),
    ("https://www.japantimes.co.jp/news/2024/02/09/national/moscow-rebuffs-kishida-treaty-pledge/", "en", "2024-02-09",
     "Moscow rebuffs Kishida's treaty pledge on Northern Territories Day",
     """Prime Minister Fumio Kishida vowed Wednesday that Tokyo's resolve to settle the territorial row with Russia and sign a peace treaty remains firm, despite the chill in bilateral ties.

Moscow was quick to respond. Foreign Ministry spokeswoman Maria Zakharova said Thursday that a peace treaty "simply cannot be on the agenda" while Japan pursues a hostile course.

Russia suspended the treaty talks in March 2022 after Japan joined Western sanctions over the invasion of Ukraine."""),
]

STORIES = {name: value for name, value in dict(globals()).items() if name.endswith("_STORY")}

# per report, the treaty remarks it carries: (speaker, remark id). Leads that retell the quote below them are the
# same remark and listed once per report (a report's count is of remarks, not of sentences).
REMARKS = {
    "MEDVEDEV_KUNASHIR_2012_STORY": [
        [("Dmitry Medvedev", "M1")],
        [("Yoshihiko Noda", "N1"), ("Koichiro Gemba", "G1"), ("Dmitry Medvedev", "M1")],
        [("Dmitry Medvedev", "M1"), ("Yoshihiko Noda", "N1"), ("Koichiro Gemba", "G1")],
        [("Alexander Lukashevich", "L1"), ("Yoshihiko Noda", "N1"), ("Koichiro Gemba", "G1"),
         ("Dmitry Medvedev", "M1")],
        [("Dmitry Medvedev", "M1")],
        [("Dmitry Medvedev", "M1"), ("Yoshihiko Noda", "N1"), ("Alexander Lukashevich", "L1")],
        [("Dmitry Medvedev", "M2"), ("Dmitry Medvedev", "M1")],
    ],
    "KISHIDA_MOSCOW_2015_STORY": [
        [("Igor Morgulov", "MO1")],
        [("Sergei Lavrov", "L1"), ("Igor Morgulov", "MO1")],
        [("Fumio Kishida", "K1"), ("Sergei Lavrov", "L1")],
        [("Sergei Lavrov", "L1")],
        [("Fumio Kishida", "K1"), ("Sergei Lavrov", "L1")],
        [("Sergei Lavrov", "L1")],
        [("Fumio Kishida", "K1"), ("Sergei Lavrov", "L1"), ("Igor Morgulov", "MO1")],
        [("Sergei Lavrov", "L2"), ("Sergei Lavrov", "L1")],
    ],
    "KURIL_MISSILES_2016_STORY": [
        [],   # the newspaper's report of the deployment: no official's remark
        [("Yoshihide Suga", "S1")],
        [("Yoshihide Suga", "S1")],
        [("Fumio Kishida", "K1")],
        [("Dmitry Peskov", "PK1"), ("Fumio Kishida", "K1")],
        [("Dmitry Peskov", "PK1")],
        [("Yoshihide Suga", "S2"), ("Dmitry Peskov", "PK1"), ("Yoshihide Suga", "S1")],
    ],
    "PUTIN_JAPAN_VISIT_2016_STORY": [
        [("Vladimir Putin", "P1")],
        [("Vladimir Putin", "P1")],
        [("Vladimir Putin", "P2"), ("Shinzo Abe", "A1")],
        [("Shinzo Abe", "A1"), ("Vladimir Putin", "P2")],
        [("Shinzo Abe", "A1"), ("Vladimir Putin", "P2")],
        [("Vladimir Putin", "P2")],
        [("Shinzo Abe", "A1"), ("Vladimir Putin", "P2"), ("Vladimir Putin", "P1")],
        [("Vladimir Putin", "P3"), ("Vladimir Putin", "P2")],
    ],
    "CONSTITUTION_2020_STORY": [
        [("Dmitry Peskov", "PK1")],
        [("Dmitry Peskov", "PK1")],
        [("Yoshihide Suga", "S1")],
        [("Yoshihide Suga", "S1"), ("Dmitry Peskov", "PK1")],
        [("Mikhail Galuzin", "GA1")],
        [("Yoshihide Suga", "S2"), ("Yoshihide Suga", "S1")],
        [("Yoshihide Suga", "S2"), ("Yoshihide Suga", "S1")],
        [("Maria Zakharova", "Z1")],
    ],
    "MISHUSTIN_ITURUP_2021_STORY": [
        [("Mikhail Mishustin", "MI1")],
        [("Katsunobu Kato", "K1"), ("Mikhail Mishustin", "MI1")],
        [("Mikhail Mishustin", "MI1"), ("Katsunobu Kato", "K1")],
        [("Mikhail Mishustin", "MI1")],
        [("Toshimitsu Motegi", "MO1")],
        [("Mikhail Mishustin", "MI1"), ("Katsunobu Kato", "K1"), ("Toshimitsu Motegi", "MO1")],
        [("Vladimir Putin", "P1"), ("Mikhail Mishustin", "MI1")],
        [("Vladimir Putin", "P1"), ("Katsunobu Kato", "K1")],
    ],
    "TALKS_SUSPENDED_2022_STORY": [
        [("Russian Foreign Ministry", "RFM1"), ("Russian Foreign Ministry", "RFM2")],
        [("Russian Foreign Ministry", "RFM1"), ("Russian Foreign Ministry", "RFM2")],
        [("Fumio Kishida", "K1"), ("Russian Foreign Ministry", "RFM1"), ("Russian Foreign Ministry", "RFM2")],
        [("Yoshimasa Hayashi", "H1")],   # Russia's announcement in the clause may also be found (a repeat)
        [("Fumio Kishida", "K1"), ("Yoshimasa Hayashi", "H1")],
        [("Fumio Kishida", "K1"), ("Yoshimasa Hayashi", "H1")],
        [("Dmitry Medvedev", "ME1"), ("Russian Foreign Ministry", "RFM1")],
        [("Dmitry Medvedev", "ME1"), ("Fumio Kishida", "K1")],
    ],
    "NORTHERN_TERRITORIES_DAY_STORY": [
        [("Fumio Kishida", "K1")],
        [("Fumio Kishida", "K1")],
        [("Fumio Kishida", "K1")],
        [("Maria Zakharova", "Z1"), ("Fumio Kishida", "K1")],
        [("Maria Zakharova", "Z1"), ("Fumio Kishida", "K1")],
        [("Fumio Kishida", "K3"), ("Fumio Kishida", "K1")],
        [("Maria Zakharova", "Z2"), ("Fumio Kishida", "K3")],
        [("Fumio Kishida", "K3"), ("Maria Zakharova", "Z2")],
    ],
}

EXPECTED = {
    "MEDVEDEV_KUNASHIR_2012_STORY": [("ria.ru", "Dmitry Medvedev"), ("english.kyodonews.net", "Yoshihiko Noda"),
                                     ("english.kyodonews.net", "Koichiro Gemba"),
                                     ("www.interfax.ru", "Alexander Lukashevich"), ("itar-tass.com", "Dmitry Medvedev")],
    "KISHIDA_MOSCOW_2015_STORY": [("www.interfax.ru", "Igor Morgulov"), ("tass.com", "Sergei Lavrov"),
                                  ("english.kyodonews.net", "Fumio Kishida"), ("tass.ru", "Sergei Lavrov")],
    "KURIL_MISSILES_2016_STORY": [("www3.nhk.or.jp", "Yoshihide Suga"), ("www.jiji.com", "Fumio Kishida"),
                                  ("tass.com", "Dmitry Peskov"), ("www.asahi.com", "Yoshihide Suga")],
    "PUTIN_JAPAN_VISIT_2016_STORY": [("kremlin.ru", "Vladimir Putin"), ("tass.com", "Vladimir Putin"),
                                     ("tass.com", "Shinzo Abe"), ("ria.ru", "Vladimir Putin")],
    "CONSTITUTION_2020_STORY": [("tass.com", "Dmitry Peskov"), ("www3.nhk.or.jp", "Yoshihide Suga"),
                                ("www.kommersant.ru", "Mikhail Galuzin"), ("www.jiji.com", "Yoshihide Suga"),
                                ("www.mid.ru", "Maria Zakharova")],
    "MISHUSTIN_ITURUP_2021_STORY": [("tass.ru", "Mikhail Mishustin"), ("english.kyodonews.net", "Katsunobu Kato"),
                                    ("www.jiji.com", "Toshimitsu Motegi"), ("ria.ru", "Vladimir Putin")],
    "TALKS_SUSPENDED_2022_STORY": [("www.mid.ru", "Russian Foreign Ministry"), ("www.mid.ru", "Russian Foreign Ministry"),
                                   ("www3.nhk.or.jp", "Fumio Kishida"), ("www.jiji.com", "Yoshimasa Hayashi"),
                                   ("ria.ru", "Dmitry Medvedev")],
    "NORTHERN_TERRITORIES_DAY_STORY": [("www3.nhk.or.jp", "Fumio Kishida"), ("ria.ru", "Maria Zakharova"),
                                       ("www.jiji.com", "Fumio Kishida"), ("tass.com", "Maria Zakharova")],
}
