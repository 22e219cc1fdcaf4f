"""Probe stories, round 11: THE POST AND ITS ECHOES.

Six hand-written multi-outlet stories (2016-2025) about the Russia-Japan peace treaty and the Southern Kurils /
Northern Territories, in Russian, Japanese and English, written independently of earlier rounds (own words, each
outlet's page structure). Each story is a list of 9-10 pages (reports) in the order treatywatch would process them.
The theme is words first posted online (Telegram, X, Facebook, VK) and then carried by the press: a Medvedev post
re-quoted, translated and answered by Tokyo, then a follow-up post; a Japanese foreign minister's X post on Northern
Territories Day and two answers by the Russian MFA spokeswoman (a Telegram post, then a briefing); the Russian
embassy's post on the 1956 Declaration, a Tokyo paper's story about it and the Japanese MFA's reply; a post deleted
and re-posted with one word changed; a Sakhalin governor's video address and a Duma deputy's VK post reported
together, then a Japanese reaction; and a story of posts on fisheries, sanctions and earthquake relief in which the
treaty only appears in background paragraphs, plus one real treaty line by one official.

Rule for remark ids: a remark id names ONE utterance (same speaker, same words, same occasion). Two distinct points by
the same speaker in one answer or speech get two ids; the same speaker on another occasion (another day, another
press conference, another post) gets a new id however close the words; two speakers saying the same words always get
two ids. A lead retelling the quote below it is the same remark (listed once per report). A recollection ("on
Saturday Medvedev wrote ...", also an earlier post recalled as background) is the recalled remark. A corrected quote,
a shortened or merged quote, a translation (also a machine translation) or a paraphrase is the same utterance. For
posts: the post quoted whole, quoted in part, paraphrased, translated or embedded as a block with handle and date is
the same remark; a post deleted and re-posted with one word changed is the same remark (both versions in one report
are listed once); a post on an institution's account is the institution's remark, a post a person signs on an
official channel (the MFA spokeswoman on the ministry's channel) is that person's. A denial of a reported remark is a
new remark of the one who denies; a clarification by the speaker on another occasion is a new remark. A remark first
printed under the wrong name keeps its TRUE speaker. Only TREATY remarks are listed (peace treaty, treaty talks,
sovereignty over / handover of the islands, the 1956 Declaration as a basis). The same officials on sanctions,
Ukraine, fisheries, energy, visas, exchanges, disaster relief, missiles, airspace or drills are no remarks (spans of
them are in NOT_STATEMENTS), and neither are background paragraphs, documents, events, anonymous sources,
journalists' questions, experts, ordinary citizens, users' comments and replies, view and like counts, screenshot
captions, headlines that frame rather than quote, link lists and the writers' analysis. A report with no treaty
remark has an empty list.

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
# Story 1 - MEDVEDEV_POST_2024_STORY (28 September - 1 October 2024). The day after Shigeru Ishiba wins the LDP
# leadership, Dmitry Medvedev (Security Council deputy chairman) posts on Telegram that there are no "Northern
# Territories" and that talk of returning the islands can stop for good. Russian sites re-quote it, Newsweek and NHK
# translate it, Chief Cabinet Secretary Yoshimasa Hayashi answers at his Monday press conference, and Medvedev posts
# again the same evening.
#  1 RIA Novosti (ru)                M1 NEW (post quoted whole), M0 NEW (his February post recalled); missiles line
#                                    of the post (non-treaty); view count; 2022 (event); background
#  2 TASS (ru)                       M1 repeat (in part, lead paraphrase); TASS background paragraphs
#  3 Lenta.ru (ru)                   M1 repeat (paraphrase); framing headline; missiles; Zakharova on drills
#                                    (non-treaty); Ishiba's "Asian NATO"
#  4 Newsweek (en)                   M1 repeat (translated, "said in a post"), M0 recalled; missiles; the writer's
#                                    framing; expert; "has reached out"; background
#  5 NHK (ja), 29 Sep                M1 repeat (Japanese translation); missiles; the writer; the government's line
#  6 Jiji (ja), 30 Sep               H1 NEW (Hayashi: sovereignty, policy unchanged), M1 recalled; reporter's
#                                    question; airspace violation (non-treaty)
#  7 The Japan Times (en)            H1, M1 repeat; views and replies; airspace; analysts; expert
#  8 RIA Novosti (ru), 30 Sep        M2 NEW (follow-up post), H1 recalled, M1 recalled; aircraft line (non-treaty);
#                                    link list
#  9 TASS (ru)                       M2 repeat (embedded block with handle and date), H1 recalled; aircraft line;
#                                    2022 (event)
# 10 The Moscow Times (en), 1 Oct    M2, H1, M1 repeat; subscriber and view counts; link list
# ===========================================================================================================

MEDVEDEV_POST_2024_STORY = [
    ("https://ria.ru/20240928/medvedev-1975204417.html", "ru", "2024-09-28",
     "Медведев напомнил новому лидеру Японии, чьи Курилы",
     """Медведев напомнил новому лидеру Японии, чьи Курилы

МОСКВА, 28 сен — РИА Новости. Зампред Совбеза России Дмитрий Медведев в субботу адресовал Сигэру Исибе, избранному накануне председателем правящей Либерально-демократической партии Японии, пост о Южных Курилах.

"В Японии скоро будет новый премьер. Поздравлять не станем, а напомним: никаких «северных территорий» не существует, есть Южные Курилы — российская земля, закрепленная за нами итогами войны и нашей Конституцией. Так что разговоры о «возвращении островов» можно прекратить раз и навсегда. Заодно новому кабинету стоит подумать, зачем Японии американские ракеты под боком у России", — написал Медведев в своем Telegram-канале.

Публикация за два часа собрала более 900 тысяч просмотров.

Исиба победил во втором туре голосования на выборах главы ЛДП в пятницу. Утвердить его в должности премьер-министра парламент должен 1 октября.

Медведев не впервые высказывается о японских притязаниях. В феврале, в ответ на мероприятия «Дня северных территорий» в Токио, он написал, что японцам «придется с этим смириться: острова не вернутся к ним никогда».

Россия и Япония так и не заключили мирный договор по итогам Второй мировой войны. В марте 2022 года Москва отказалась продолжать переговоры о нем из-за антироссийских санкций Токио.

Читайте также:
Исиба избран главой правящей партии Японии
Самолет ВКС России пролетел над Японским морем, заявили в Токио
МИД России: Токио взял курс на милитаризацию

Теги: Япония, Курильские острова, Дмитрий Медведев, В мире"""),

    ("https://tass.ru/politika/21980127", "ru", "2024-09-28",
     "Медведев: разговоры о «возвращении островов» Японии можно прекратить навсегда",
     """Медведев: разговоры о «возвращении островов» Японии можно прекратить навсегда

МОСКВА, 28 сентября. /ТАСС/. Заместитель председателя Совета безопасности РФ Дмитрий Медведев считает, что у нового руководства Японии нет оснований рассчитывать на территориальные уступки со стороны России.

"Никаких "северных территорий" не существует, есть Южные Курилы - российская земля", - написал Медведев в Telegram, комментируя смену власти в Токио. По его словам, "разговоры о "возвращении островов" можно прекратить раз и навсегда".

В пятницу председателем ЛДП был избран бывший министр обороны Сигэру Исиба. 1 октября он должен занять пост премьер-министра.

Япония претендует на острова Итуруп, Кунашир, Шикотан и Хабомаи, ссылаясь на Трактат о торговле и границах 1855 года. Позиция Москвы состоит в том, что южные Курилы вошли в состав СССР по итогам Второй мировой войны и российский суверенитет над ними, имеющий соответствующее международно-правовое оформление, сомнению не подлежит.

Подписывайтесь на ТАСС в Telegram"""),

    ("https://lenta.ru/news/2024/09/28/medvedev-ishiba-kurily/", "ru", "2024-09-28",
     "Медведев высмеял будущего премьера Японии",
     """Медведев высмеял будущего премьера Японии

11:52, 28 сентября 2024
Мир

Заместитель председателя Совета безопасности России Дмитрий Медведев отказался поздравлять нового лидера правящей партии Японии Сигэру Исибу и посоветовал ему забыть о Курилах. Соответствующий пост появился в Telegram-канале политика.

Медведев указал, что разговоры о возвращении островов можно прекратить навсегда, поскольку Южные Курилы закреплены за Россией итогами войны и Конституцией. Кроме того, он предложил новому японскому кабинету задуматься о размещении в стране американских ракет.

Исиба, которого в Японии считают знатоком оборонной политики, выступал за создание «азиатского НАТО».

Ранее официальный представитель МИД России Мария Захарова назвала совместные учения Японии и США у российских границ провокацией.

Фото: Kim Kyung-Hoon / Reuters
Сигэру Исиба

Следите за новостями на эту тему
Япония заявила о нарушении воздушного пространства российским самолетом
В Японии выбрали нового лидера правящей партии"""),

    ("https://www.newsweek.com/dmitry-medvedev-japan-ishiba-kuril-islands-telegram-1960412", "en", "2024-09-28",
     "Putin Ally Has Blunt Message for Japan's Next Leader",
     """Putin Ally Has Blunt Message for Japan's Next Leader

World
By Anna Kessler
Sep 28, 2024 at 9:14 AM EDT

Dmitry Medvedev, the former Russian president who now serves as deputy chairman of Russia's Security Council, has told Japan's incoming prime minister that Moscow will never give up the islands the two countries have disputed since World War II.

"Japan will soon have a new premier. We won't be congratulating him, but we will remind him: there are no 'Northern Territories,' there are the Southern Kurils, Russian land secured for us by the outcome of the war and by our Constitution," Medvedev said in a post on Telegram on Saturday. "So the talk of 'returning the islands' can be stopped once and for all."

He added that the new cabinet should "think about why Japan needs American missiles right next to Russia."

Medvedev has become known for incendiary online posts since Russia launched its full-scale invasion of Ukraine in February 2022, regularly threatening Western countries with nuclear weapons.

In February, he wrote that the Japanese would "have to come to terms with it: the islands will never return to them."

Shigeru Ishiba, a former defense minister, won the leadership of Japan's ruling Liberal Democratic Party on Friday and is expected to be confirmed as prime minister by parliament on Tuesday.

The four islands, known in Japan as the Northern Territories and in Russia as the Southern Kurils, were seized by Soviet troops in the final days of the war. The dispute has prevented the two countries from signing a peace treaty.

"Medvedev's posts are written for a domestic audience; Tokyo has learned to ignore them," said Daniel Reeves, a senior fellow at a Washington think tank who studies Russian foreign policy.

Newsweek has reached out to the Japanese Foreign Ministry for comment via email.

Related Articles
Map Shows Russian Military Jets Near Japan
Who Is Shigeru Ishiba? Japan's Next Prime Minister"""),

    ("https://www3.nhk.or.jp/news/html/20240929/k10014595821000.html", "ja", "2024-09-29",
     "メドベージェフ氏 “北方領土は存在しない” SNSに投稿",
     """メドベージェフ氏 “北方領土は存在しない” SNSに投稿

2024年9月29日 6時02分

ロシアのメドベージェフ前大統領は、自民党の新しい総裁に石破茂氏が選ばれたことを受けて、SNSに「『北方領土』は存在しない」などと投稿し、北方四島の返還に応じる考えはないという姿勢を改めて強調しました。

ロシアの安全保障会議の副議長を務めるメドベージェフ氏は28日、SNSのテレグラムに投稿しました。

この中でメドベージェフ氏は「日本にまもなく新しい首相が誕生するが、祝うつもりはない。『北方領土』など存在せず、あるのは南クリル諸島、つまり戦争の結果と憲法によってわれわれのものとなったロシアの土地だ。『島の返還』をめぐる話は、きっぱりやめてよい」としています。

また、「新しい内閣は、なぜ日本がロシアのすぐそばにアメリカのミサイルを必要とするのか考えるべきだ」とも書き込んでいます。

メドベージェフ氏はウクライナ侵攻以降、SNSで欧米や日本を挑発する投稿を繰り返しています。

日本政府は、北方四島は日本固有の領土であり、領土問題を解決して平和条約を締結するという立場です。

石破氏は10月1日に召集される臨時国会で、総理大臣に選出される見通しです。"""),

    ("https://www.jiji.com/jc/article?k=2024093000385&g=pol", "ja", "2024-09-30",
     "林官房長官「北方領土は日本固有の領土」　メドベージェフ氏投稿に反論",
     """林官房長官「北方領土は日本固有の領土」　メドベージェフ氏投稿に反論

2024年09月30日12時08分

林芳正官房長官は30日午前の記者会見で、ロシアのメドベージェフ前大統領が通信アプリ「テレグラム」に「北方領土は存在しない」と投稿したことについて、「ロシア側要人の個々の発言にいちいちコメントすることは差し控えるが、北方四島は我が国が主権を有する島々であり、日本固有の領土だ。領土問題を解決して平和条約を締結するとの政府の方針に変わりはない」と述べた。

記者から「新政権発足を前にした揺さぶりではないか」と問われたのに対しては、「ロシア側の意図について推測することは控えたい」と語った。

林氏はまた、ロシア軍の哨戒機が23日に北海道・礼文島付近の領空を侵犯したことについて「極めて遺憾であり、ロシア側に厳重に抗議した。再発防止を強く求めていく」と改めて強調した。

メドベージェフ氏は28日の投稿で、日本の新首相を「祝うつもりはない」とした上で、「島の返還をめぐる話はきっぱりやめてよい」と主張していた。

石破茂自民党総裁は10月1日に首相に選出される見通し。

【関連記事】
ロシア機が領空侵犯＝礼文島付近、空自が初のフレア
石破新総裁、党役員人事に着手"""),

    ("https://www.japantimes.co.jp/news/2024/09/30/japan/politics/hayashi-medvedev-northern-territories/", "en",
     "2024-09-30",
     "Tokyo rebuffs Medvedev's 'no Northern Territories' post",
     """Tokyo rebuffs Medvedev's 'no Northern Territories' post

by Kenji Arakawa
Staff Writer

Sep 30, 2024

Chief Cabinet Secretary Yoshimasa Hayashi on Monday pushed back against a weekend social media post by former Russian President Dmitry Medvedev, insisting that the four Russian-held islands off Hokkaido belong to Japan.

"The four northern islands are islands over which Japan has sovereignty, and they are an inherent part of Japan's territory," Hayashi told a regular news conference. "There is no change in the government's policy of resolving the territorial issue and concluding a peace treaty."

In a Telegram post on Saturday, Medvedev, now deputy chairman of Russia's Security Council, said there was no such thing as the "Northern Territories" and that talk of returning the islands could be stopped "once and for all." He declined to congratulate Shigeru Ishiba, who will be elected prime minister on Tuesday.

The post drew more than a million views within a day and dozens of mocking replies from Russian users.

Hayashi also repeated Tokyo's protest over last week's incursion into Japanese airspace by a Russian patrol plane near Rebun Island, calling it "extremely regrettable."

Analysts say Moscow's tone has hardened steadily since it broke off peace treaty talks in March 2022 in response to Japan's sanctions over the invasion of Ukraine.

"This is performance, not policy," said Yuko Morimoto, an associate professor of international relations at a university in Niigata. "But it tells Ishiba there is no opening on the islands for as long as the war goes on."

RELATED
Russian patrol plane violates Japan airspace near Rebun
Ishiba wins LDP race on his fifth try

Share: Facebook X Email"""),

    ("https://ria.ru/20240930/medvedev-1975459903.html", "ru", "2024-09-30",
     "Медведев ответил генсеку кабмина Японии на слова о «суверенитете»",
     """Медведев ответил генсеку кабмина Японии на слова о «суверенитете»

МОСКВА, 30 сен — РИА Новости. Зампред Совбеза России Дмитрий Медведев в понедельник вновь высказался о Курилах — на этот раз в ответ на заявление генерального секретаря кабинета министров Японии Ёсимасы Хаяси.

"Генсек японского кабмина говорит о «суверенитете» Японии над островами. Повторю для непонятливых: суверенитет над Курилами — российский, он не обсуждается и обсуждаться не будет. Токио пора заняться собственными делами, а не чужой землей. И пусть в Японии не удивляются, когда наши самолеты летают там, где им положено", — написал Медведев в Telegram.

Утром Хаяси на пресс-конференции заявил, что Япония обладает суверенитетом над четырьмя островами и по-прежнему намерена решить территориальный вопрос и заключить мирный договор.

Поводом для перепалки стал пост Медведева, опубликованный в субботу: тогда он написал, что «северных территорий» не существует, а есть Южные Курилы — российская земля.

Во вторник японский парламент должен утвердить новым премьер-министром Сигэру Исибу.

Читайте также:
Медведев напомнил новому лидеру Японии, чьи Курилы
В Японии заявили о нарушении воздушного пространства самолетом Ил-38"""),

    ("https://tass.ru/politika/21995613", "ru", "2024-09-30",
     "Медведев: суверенитет над Курилами не обсуждается и обсуждаться не будет",
     """Медведев: суверенитет над Курилами не обсуждается и обсуждаться не будет

МОСКВА, 30 сентября. /ТАСС/. Зампред Совета безопасности РФ Дмитрий Медведев ответил на заявление генерального секретаря кабинета министров Японии Ёсимасы Хаяси о принадлежности южных Курил. ТАСС приводит текст публикации полностью.

Дмитрий Медведев
@medvedev_telegram · 30.09.2024, 17:41
Генсек японского кабмина говорит о «суверенитете» Японии над островами. Повторю для непонятливых: суверенитет над Курилами — российский, он не обсуждается и обсуждаться не будет. Токио пора заняться собственными делами, а не чужой землей. И пусть в Японии не удивляются, когда наши самолеты летают там, где им положено.
👁 1,2 млн

Ранее Хаяси заявил журналистам, что правительство Японии не меняет курса на решение территориальной проблемы и заключение мирного договора.

Япония претендует на острова Итуруп, Кунашир, Шикотан и Хабомаи. В марте 2022 года Россия прекратила переговоры с Японией о мирном договоре в ответ на введенные Токио односторонние санкции.

Подписывайтесь на ТАСС в Telegram"""),

    ("https://www.themoscowtimes.com/2024/10/01/medvedev-doubles-down-on-kurils-as-ishiba-takes-office-a86542", "en",
     "2024-10-01",
     "Medvedev Doubles Down on Kurils as Ishiba Takes Office",
     """Medvedev Doubles Down on Kurils as Ishiba Takes Office

Oct. 1, 2024
By The Moscow Times

Former President Dmitry Medvedev has again taken to Telegram to insist that Russia will never cede the Kuril Islands, this time hitting back at Japan's top government spokesman.

"I will repeat for those who are slow on the uptake: sovereignty over the Kurils is Russian, it is not up for discussion and never will be," Medvedev wrote on Monday evening.

He was responding to Chief Cabinet Secretary Yoshimasa Hayashi, who earlier that day had said Japan holds sovereignty over the four islands and would stick to its aim of settling the territorial issue and signing a peace treaty.

Medvedev first weighed in on Saturday, a day after Shigeru Ishiba won the leadership of the ruling Liberal Democratic Party, writing that there were no "Northern Territories," only the Southern Kurils.

Ishiba was formally elected prime minister by parliament on Tuesday.

Medvedev's channel has around 1.5 million subscribers. His posts on Japan routinely collect hundreds of thousands of views.

Read more
Russia Says Japan Drills Near Kurils Are a 'Threat'
Japan Scrambles Jets as Russian Plane Enters Airspace

12 Comments"""),
]

# ===========================================================================================================
# Story 2 - IWAYA_POST_2025_STORY (7-13 February 2025). On Northern Territories Day Foreign Minister Takeshi Iwaya
# posts on X that the four islands are Japan's sovereign territory and that Tokyo will keep pursuing a treaty; Prime
# Minister Shigeru Ishiba speaks at the Tokyo rally. MFA spokeswoman Maria Zakharova answers on the ministry's
# Telegram channel on Saturday and again at her briefing on Wednesday (two occasions, two remarks).
#  1 Kyodo (en)                      IS1 NEW (Ishiba at the rally), I1 NEW (Iwaya's post, "in a post on X"); grave
#                                    visits line of the post (non-treaty); resolution (document); former islander
#  2 Hokkaido Shimbun (ja)           I1 repeat (post quoted whole, 「X（旧ツイッター）に投稿した」); grave visits line;
#                                    likes and users' replies; former islander; mayor on exchanges (non-treaty)
#  3 Yomiuri (ja), 8 Feb             IS1, I1 repeat (I1 paraphrased); anonymous voices; 2022 (event); the writer;
#                                    the rally's appeal (document)
#  4 RIA Novosti (ru)                Z1 NEW (post quoted whole, «написала в Telegram-канале»), I1 recalled;
#                                    Kyiv line of her post (non-treaty); rally (event); 2022 (event); link list
#  5 TASS (ru)                       Z1 repeat (in part), I1 recalled; TASS background paragraphs
#  6 RT (ru)                         Z1 repeat (post reproduced); Kyiv line; readers' comments; "RT reported"
#  7 The Japan Times (en), 9 Feb     Z1, I1, IS1 repeat (translated); Kyiv line; view count; expert; link list
#  8 RIA Novosti (ru), 12 Feb        Z2 NEW (briefing), Z1 recalled; the journalist's question; fisheries
#                                    (non-treaty); link list
#  9 NHK (ja)                        Z2 repeat (translated), I1 recalled; 2022 (event); the government's line
# 10 TASS (en), 13 Feb               Z2 repeat; fisheries (non-treaty); TASS background
# ===========================================================================================================

IWAYA_POST_2025_STORY = [
    ("https://english.kyodonews.net/news/2025/02/5c71e0a2d4f8-ishiba-vows-to-stick-to-treaty-goal-on-northern-territories-day.html",
     "en", "2025-02-07",
     "Ishiba vows to stick to treaty goal on Northern Territories Day",
     """Ishiba vows to stick to treaty goal on Northern Territories Day

KYODO NEWS - Feb 7, 2025 - 15:20 | Politics, All

Prime Minister Shigeru Ishiba said Friday that Japan will keep working to resolve its territorial dispute with Russia and sign a postwar peace treaty, even as relations with Moscow remain at a low ebb over the war in Ukraine.

"Japan-Russia relations are in a severe state, but we will firmly maintain our policy of resolving the territorial issue and concluding a peace treaty," Ishiba said at an annual rally in Tokyo calling for the return of the islands off Hokkaido.

Foreign Minister Takeshi Iwaya made a similar pledge in a post on X, writing that the four islands "are islands over which Japan has sovereignty and an inherent part of our territory." He added that Tokyo would continue to press Moscow to allow former residents to resume visits to family graves on the islands.

The rally, attended by about 700 people including former islanders, adopted a resolution calling on the government to "redouble diplomatic efforts" for the islands' return.

"I was 9 when we had to leave Shikotan. I want to stand at my parents' graves once more while I can still walk," said Tatsuo Yamaguchi, 89, a former resident now living in Nemuro.

Russia suspended peace treaty negotiations in March 2022 after Japan joined Western sanctions over the invasion. Exchange programs, including visa-free visits by former residents, have also been halted.

[Related coverage]
Japan, Russia agree on 2025 salmon catch quotas
Former islanders' average age tops 88

==Kyodo"""),

    ("https://www.hokkaido-np.co.jp/article/1120457/", "ja", "2025-02-07",
     "岩屋外相「北方四島は主権を有する島々」　Xに投稿",
     """岩屋外相「北方四島は主権を有する島々」　Xに投稿

2025年2月7日 19:40

岩屋毅外相は「北方領土の日」の7日、X（旧ツイッター）に投稿した。全文は次の通り。

「本日2月7日は『北方領土の日』です。北方四島は我が国が主権を有する島々であり、我が国固有の領土です。元島民の皆様の思いを胸に、領土問題を解決して平和条約を締結するとの方針の下、外交努力を粘り強く続けてまいります。北方墓参をはじめとする四島交流等事業の再開も、引き続きロシア側に強く求めていきます。」

投稿には夜までに約8千件の「いいね」が付き、「言葉だけでなく具体的な行動を」「元島民に残された時間は少ない」といった返信も寄せられた。

根室市では同日、市民ら約400人が参加して「北方領土返還要求根室管内住民大会」が開かれた。色丹島出身の女性（86）は「生きているうちに、せめてふるさとの墓に手を合わせたい」と話した。

根室市長は大会で「交流事業の中断が3年近く続いており、地域経済への影響も大きい。国には一日も早い再開に向けた働きかけを求めたい」とあいさつした。

【関連記事】
・北方領土の日　東京で返還要求全国大会
・元島民の平均年齢88歳超に　記憶の継承急務"""),

    ("https://www.yomiuri.co.jp/politics/20250207-OYT1T50231/", "ja", "2025-02-08",
     "北方領土の日　首相「平和条約締結の方針堅持」　交渉再開の糸口見えず",
     """北方領土の日　首相「平和条約締結の方針堅持」　交渉再開の糸口見えず

2025/02/08 05:00

「北方領土の日」の7日、東京都内で「北方領土返還要求全国大会」が開かれ、石破首相は「日露関係は厳しい状況にあるが、領土問題を解決して平和条約を締結するとの方針を堅持する」と述べた。

岩屋外相も自身のXで、北方四島は日本が主権を有する島々だと強調し、平和条約締結に向けて外交努力を続ける考えを示した。

ただ、ロシアは2022年3月、日本の対露制裁に反発して平和条約交渉を一方的に中断しており、交渉再開の糸口は見えない。政府内では「ウクライナ情勢が落ち着くまで動きようがない」との声が漏れる。

大会では、元島民の高齢化が進む中、交流事業の早期再開を求める声が相次いだ。大会は、北方領土問題の解決に向けた外交交渉の推進を政府に求めるアピールを採択した。

あわせて読みたい
・根室で住民大会、400人参加
・ロシア、日本人の入国禁止リストを拡大"""),

    ("https://ria.ru/20250208/zakharova-1998412376.html", "ru", "2025-02-08",
     "Захарова ответила главе МИД Японии на пост о «северных территориях»",
     """Захарова ответила главе МИД Японии на пост о «северных территориях»

МОСКВА, 8 фев — РИА Новости. Официальный представитель МИД России Мария Захарова прокомментировала публикацию министра иностранных дел Японии Такэси Иваи о принадлежности Южных Курил.

"Глава японского МИД Ивая рассуждает в соцсети X о «суверенитете» Японии над «северными территориями». Напомним: Южные Курилы — неотъемлемая часть Российской Федерации, это закреплено итогами Второй мировой войны и Уставом ООН, и никакие посты в X этого не изменят. Говорить же о мирном договоре с государством, которое проводит откровенно враждебную России политику, бессмысленно. Токио лучше задуматься, зачем он финансирует киевский режим", — написала Захарова в Telegram-канале.

В пятницу, в так называемый День северных территорий, Ивая написал в X, что четыре острова являются «исконной территорией» Японии, над которой она обладает суверенитетом, и пообещал настойчиво добиваться заключения мирного договора.

В тот же день в Токио прошел ежегодный митинг с требованием «возвращения» островов.

Россия и Япония до сих пор не заключили мирный договор. В марте 2022 года российская сторона прекратила переговоры о нем в ответ на присоединение Токио к антироссийским санкциям.

Читайте также:
Япония расширила санкционные списки против России
В Южно-Курильске открылась новая школа"""),

    ("https://tass.ru/politika/23091544", "ru", "2025-02-08",
     "Захарова: никакие посты в X не изменят принадлежность Курил",
     """Захарова: никакие посты в X не изменят принадлежность Курил

МОСКВА, 8 февраля. /ТАСС/. Южные Курилы являются неотъемлемой частью России, и публикации японских политиков в соцсетях этого не изменят. Такое мнение выразила официальный представитель МИД РФ Мария Захарова, комментируя запись министра иностранных дел Японии Такэси Иваи.

"Никакие посты в X этого не изменят", - подчеркнула дипломат в своем Telegram-канале. По ее словам, вести разговор о мирном договоре с государством, которое проводит враждебную России политику, "бессмысленно".

Накануне Ивая заявил в соцсети, что Япония обладает суверенитетом над "северными территориями", как в Токио называют южные Курилы.

Япония претендует на Итуруп, Кунашир, Шикотан и группу островов Хабомаи, ссылаясь на двусторонний Трактат о торговле и границах 1855 года. Москва исходит из того, что южные Курилы вошли в состав СССР по итогам Второй мировой войны и суверенитет России над ними сомнению не подлежит.

Подписывайтесь на ТАСС в Telegram"""),

    ("https://russian.rt.com/world/news/1431785-zaharova-ivaya-kurily", "ru", "2025-02-08",
     "«Никакие посты этого не изменят»: Захарова ответила Ивае",
     """«Никакие посты этого не изменят»: Захарова ответила Ивае

8 февраля 2025, 13:27
Мир

Официальный представитель МИД России Мария Захарова в своём Telegram-канале ответила на публикацию главы МИД Японии Такэси Иваи, сделанную в День северных территорий. RT приводит её пост.

«Глава японского МИД Ивая рассуждает в соцсети X о «суверенитете» Японии над «северными территориями». Напомним: Южные Курилы — неотъемлемая часть Российской Федерации, это закреплено итогами Второй мировой войны и Уставом ООН, и никакие посты в X этого не изменят. Говорить же о мирном договоре с государством, которое проводит откровенно враждебную России политику, бессмысленно. Токио лучше задуматься, зачем он финансирует киевский режим».

Ранее RT сообщал, что в Японии прошёл так называемый День северных территорий.

Комментарии (134)
Сергей К.: Правильно, Мария Владимировна! Острова наши и точка.
Olga_77: А японцы всё никак не успокоятся, каждый год одно и то же."""),

    ("https://www.japantimes.co.jp/news/2025/02/09/japan/politics/zakharova-iwaya-northern-territories-post/", "en",
     "2025-02-09",
     "Moscow hits back at Iwaya's Northern Territories post",
     """Moscow hits back at Iwaya's Northern Territories post

by Mari Tsuchida
Staff Writer

Feb 9, 2025

Russia's Foreign Ministry has dismissed a social media post in which Foreign Minister Takeshi Iwaya asserted Japan's sovereignty over four Russian-held islands, calling talk of a peace treaty with Tokyo "pointless."

"The Southern Kurils are an integral part of the Russian Federation, as fixed by the outcome of World War II and the U.N. Charter, and no posts on X will change that," ministry spokeswoman Maria Zakharova wrote on the ministry's Telegram channel on Saturday.

She said discussing a peace treaty with a country that pursues an "openly hostile" policy toward Russia made no sense, and accused Tokyo of bankrolling Ukraine.

Iwaya had written on X on Friday, Northern Territories Day, that the islands are "an inherent part of our territory" over which Japan has sovereignty, and that Tokyo would keep pursuing a settlement of the dispute and a peace treaty.

Prime Minister Shigeru Ishiba told a rally in Tokyo the same day that Japan would firmly maintain its policy of resolving the territorial issue and concluding a peace treaty.

Zakharova's post was viewed more than 400,000 times by Sunday morning.

"Both sides are speaking to audiences at home. Nobody expects talks to restart while the war continues," said Shinji Okamura, a Russia specialist at a private think tank in Tokyo.

RELATED
Ishiba vows to stick to treaty goal
Former islanders urge resumption of grave visits

Share: Facebook X Email"""),

    ("https://ria.ru/20250212/zakharova-1999150842.html", "ru", "2025-02-12",
     "Захарова: предмета для переговоров о мирном договоре с Японией нет",
     """Захарова: предмета для переговоров о мирном договоре с Японией нет

МОСКВА, 12 фев — РИА Новости. Пока Токио продолжает антироссийский курс, предмета для переговоров о мирном договоре между Россией и Японией нет, заявила официальный представитель МИД РФ Мария Захарова на брифинге в среду.

Японский журналист спросил, допускает ли Москва возобновление диалога по мирному договору при новом японском правительстве.

"Наша позиция неизменна и хорошо известна в Токио. Пока японская сторона проводит недружественную политику и вводит одну санкцию за другой, никакого предмета для разговора о мирном договоре нет. А так называемый «День северных территорий» — это ежегодный ритуал, к которому мы давно привыкли", — сказала Захарова.

Она также отметила, что Москва готова выполнять межправительственные соглашения о рыболовстве, "если японская сторона будет добросовестно выполнять свои обязательства".

В субботу Захарова в своем Telegram-канале назвала бессмысленными разговоры о мирном договоре с государством, которое проводит враждебную России политику, и напомнила, что Южные Курилы — часть России.

Читайте также:
Захарова ответила главе МИД Японии на пост о «северных территориях»
Японские суда вышли на промысел у берегов Курил"""),

    ("https://www3.nhk.or.jp/news/html/20250212/k10014720391000.html", "ja", "2025-02-12",
     "ロシア外務省報道官 “平和条約の交渉対象ない”",
     """ロシア外務省報道官 “平和条約の交渉対象ない”

2025年2月12日 23時10分

ロシア外務省のザハロワ報道官は12日の定例の記者会見で、日本が対ロシア制裁を続けるかぎり平和条約について交渉する対象はないという考えを示しました。

ザハロワ報道官は「日本側が非友好的な政策を続け、制裁を次々と科しているかぎり、平和条約について話し合う対象は何もない」と述べました。

また、日本の「北方領土の日」については「毎年の儀式だ」と批判しました。

「北方領土の日」の今月7日には、岩屋外務大臣がSNSのXで「北方四島は我が国が主権を有する島々であり、我が国固有の領土だ」と発信していました。

ロシアは2022年3月、日本の制裁に反発して平和条約交渉を中断し、北方四島での共同経済活動に関する協議からも撤退しています。

日本政府は、北方領土問題を解決して平和条約を締結する方針を維持しています。"""),

    ("https://tass.com/politics/1911204", "en", "2025-02-13",
     "No subject for peace treaty talks with Japan while Tokyo keeps up sanctions — diplomat",
     """No subject for peace treaty talks with Japan while Tokyo keeps up sanctions — diplomat

MOSCOW, February 13. /TASS/. There is nothing to discuss on a peace treaty with Japan as long as Tokyo pursues its unfriendly policy towards Russia, Russian Foreign Ministry Spokeswoman Maria Zakharova told a briefing on Wednesday.

"Our position is unchanged and well known in Tokyo. As long as the Japanese side pursues an unfriendly policy and imposes one sanction after another, there is no subject for a conversation about a peace treaty," the diplomat said.

According to Zakharova, Moscow remains ready to fulfil intergovernmental fisheries agreements if Japan honors its own commitments in good faith.

Japan lays claim to the Kuril Islands of Iturup, Kunashir, Shikotan and the Habomai islets, citing a bilateral 1855 treatise on trade and borders. Moscow's position is that the islands became part of the USSR after World War II and Russia's sovereignty over them is beyond doubt.

In March 2022, Russia withdrew from peace treaty consultations with Japan in response to the sanctions Tokyo imposed over the special military operation in Ukraine.

Follow TASS on Telegram"""),
]

# ===========================================================================================================
# Story 3 - EMBASSY_1956_2016_STORY (19-21 October 2016). On the 60th anniversary of the 1956 Joint Declaration the
# Russian Embassy in Tokyo posts on Facebook that the declaration speaks of "handing over" Habomai and Shikotan, not
# of "returning" them, and settles nothing about sovereignty. A Hokkaido daily writes it up (recalling a remark by
# Ambassador Evgeny Afanasiev in September), the Japanese Foreign Ministry replies in a written comment, and
# Foreign Minister Fumio Kishida is asked about it the next day, eight weeks before Putin's visit.
#  1 Sputnik Japan (ja)              E1 NEW (post embedded whole with account, date, likes); exhibition invitation
#                                    (non-treaty); the declaration's text (document); December summit (event)
#  2 RIA Novosti (ru)                E1 repeat (quoted in part); exhibition; 1956 (event); link list
#  3 Hokkaido Shimbun (ja), 20 Oct   E1 repeat, AF1 NEW (Afanasiev in September, recalled); the paper's framing;
#                                    anonymous official; former islander; the declaration's text
#  4 NHK (ja)                        J1 NEW (MFA written comment), E1 recalled; anonymous MFA official; summit
#  5 Kyodo (en)                      J1, E1 repeat; exhibition; share count; background; summit
#  6 TASS (ru), 21 Oct               J1, E1 repeat; "Japanese media called it unexpected" (framing); background
#  7 The Japan Times (en)            E1, J1, AF1 repeat; the writer on the word; expert; anonymous official;
#                                    Article 9 (document)
#  8 NHK (ja)                        KI1 NEW (Kishida: no comment on each post, advance the talks), J1 recalled;
#                                    eight-point plan (non-treaty); the declaration (document)
#  9 Interfax (ru)                   KI1, E1 repeat; eight-point plan; the visit (event)
# ===========================================================================================================

EMBASSY_1956_2016_STORY = [
    ("https://jp.sputniknews.com/politics/201610192931745/", "ja", "2016-10-19",
     "在日ロシア大使館、日ソ共同宣言60周年でメッセージ",
     """在日ロシア大使館、日ソ共同宣言60周年でメッセージ

2016年10月19日 14:05

在日ロシア大使館は19日、日ソ共同宣言の署名から60年を迎えたのに合わせ、フェイスブックの公式ページにメッセージを投稿した。スプートニクは投稿の全文を紹介する。

在日ロシア大使館 Russian Embassy in Japan
2016年10月19日 10:00
60年前の今日、1956年10月19日、モスクワで日ソ共同宣言が署名されました。この文書は両国の議会で批准された唯一の基本文書です。宣言第9項でソ連は、平和条約締結後に歯舞群島と色丹島を日本に「引き渡す」ことに同意しましたが、これは「返還」ではなく、両島がどちらの主権の下に置かれるかについては何も定めていません。本日、大使館では外交関係回復60周年を記念する写真展を開催します。どうぞお越しください。
いいね！ 1,204件　シェア 311件

日ソ共同宣言により両国の戦争状態は終了し、外交関係が回復した。宣言第9項は、両国が正常な外交関係の回復後に平和条約締結交渉を継続することを定めている。

12月にはプーチン大統領が日本を訪問し、山口県長門市で安倍晋三首相と会談する予定だ。

関連ニュース
・ロシア外務省、日露首脳会談の準備「順調」
・択捉島に新たな空港ターミナル"""),

    ("https://ria.ru/20161019/1479470512.html", "ru", "2016-10-19",
     "Посольство России в Японии напомнило о сути декларации 1956 года",
     """Посольство России в Японии напомнило о сути декларации 1956 года

ТОКИО, 19 окт — РИА Новости. Посольство РФ в Японии в день 60-летия Советско-японской декларации опубликовало на своей странице в Facebook разъяснение, касающееся положений документа о Южных Курилах.

"В ее девятой статье СССР согласился передать Японии Хабомаи и Шикотан после заключения мирного договора. Речь идет именно о передаче, а не о «возвращении», и вопрос о том, под чьим суверенитетом окажутся острова, в декларации не затрагивается", — говорится в публикации.

Дипмиссия также пригласила всех желающих на фотовыставку, посвященную 60-летию восстановления дипломатических отношений между двумя странами.

Декларация 1956 года прекратила состояние войны между СССР и Японией. Мирный договор между странами так и не подписан.

В декабре президент России Владимир Путин посетит Японию с визитом.

Читайте также:
Лавров и Кисида обсудили подготовку визита Путина в Японию
На Итурупе открылся новый терминал аэропорта"""),

    ("https://www.hokkaido-np.co.jp/article/41873", "ja", "2016-10-20",
     "ロシア大使館「2島は『返還』でなく『引き渡し』」　SNSで主張、政府は困惑",
     """ロシア大使館「2島は『返還』でなく『引き渡し』」　SNSで主張、政府は困惑

2016年10月20日 06:00

在日ロシア大使館が、日ソ共同宣言の署名60周年に合わせて19日にフェイスブックに投稿したメッセージで、宣言に基づく歯舞群島と色丹島の扱いについて「『返還』ではなく『引き渡し』だ」と強調した。2島の主権についても宣言は「何も定めていない」との立場を示した。

12月のプーチン大統領来日を前に、ロシア側が交渉の「前提」をあらためて突きつけた形だ。

ロシア側のこうした主張は以前から繰り返されている。アファナシエフ駐日大使は9月の記者会見で、「宣言には、どのような条件で島を引き渡すのかは一切書かれていない」と述べていた。

日本政府関係者は「大使館のSNSの一つ一つに反応するつもりはないが、首脳会談を控えた時期だけに、意図を測りかねる」と困惑を隠さない。

根室市の元島民の男性（82）は「引き渡しでも返還でも、言葉はどうでもいい。早く島に帰れるようにしてほしい」と話した。

日ソ共同宣言は1956年10月19日に署名され、平和条約締結後に歯舞、色丹の2島を日本に引き渡すと明記している。

【関連記事】
・日ソ共同宣言60年　元島民「今度こそ」
・首脳会談の地・長門市で準備進む"""),

    ("https://www3.nhk.or.jp/news/html/20161020/k10010737591000.html", "ja", "2016-10-20",
     "外務省 ロシア大使館の投稿に「政府の方針は一貫」",
     """外務省 ロシア大使館の投稿に「政府の方針は一貫」

10月20日 17時45分

在日ロシア大使館がSNSで、日ソ共同宣言に基づく2島の扱いは「返還」ではなく「引き渡し」だと主張したことについて、外務省は20日、コメントを出し、四島の帰属の問題を解決して平和条約を締結するという政府の方針は一貫していると反論しました。

外務省はコメントで、「日ソ共同宣言は両国の立法府で批准された重要な文書であり、平和条約締結後に歯舞群島及び色丹島が日本に引き渡されることを定めている。政府としては、四島の帰属の問題を解決して平和条約を締結するとの一貫した方針の下、ロシアとの交渉に粘り強く取り組んでいく」としています。

外務省の幹部は「首脳会談を前に、言葉の応酬は避けたい」と話しています。

ロシア大使館は19日、宣言の署名から60年にあわせてフェイスブックに投稿し、宣言は両島がどちらの主権の下に置かれるかについて「何も定めていない」と主張していました。

日ロ両政府は、12月15日に山口県長門市で首脳会談を行う方向で調整を進めています。"""),

    ("https://english.kyodonews.net/news/2016/10/3f0b6d1e92ac-japan-rebuts-russian-embassys-post-on-1956-declaration.html",
     "en", "2016-10-20",
     "Japan rebuts Russian Embassy's post on 1956 declaration",
     """Japan rebuts Russian Embassy's post on 1956 declaration

KYODO NEWS - Oct 20, 2016 - 19:02 | Politics, All

The Foreign Ministry on Thursday rejected the Russian Embassy's claim that a 1956 joint declaration leaves open which country would hold sovereignty over two islands it promises to hand to Japan, saying Tokyo's policy on the territorial dispute remains consistent.

"The government will tenaciously pursue negotiations with Russia under its consistent policy of resolving the issue of the attribution of the four islands and concluding a peace treaty," the ministry said in a statement.

In a Facebook post Wednesday marking the 60th anniversary of the declaration, the embassy said the Soviet Union had agreed to "hand over," not "return," Shikotan and the Habomai islets after a peace treaty is signed, and that the document "says nothing" about sovereignty over them.

The post also invited visitors to a photo exhibition at the embassy celebrating six decades of restored diplomatic ties. It had been shared more than 300 times by Thursday evening.

The declaration, which ended the state of war between Japan and the Soviet Union, is the only such document ratified by both countries' parliaments.

Russian President Vladimir Putin is scheduled to visit Japan in mid-December for talks with Prime Minister Shinzo Abe in Nagato, Yamaguchi Prefecture.

[Related coverage]
Abe, Putin to meet in Nagato in December
Ex-islanders mark 60 years since 1956 declaration

==Kyodo"""),

    ("https://tass.ru/politika/3722418", "ru", "2016-10-21",
     "МИД Японии ответил посольству РФ на публикацию о декларации 1956 года",
     """МИД Японии ответил посольству РФ на публикацию о декларации 1956 года

ТОКИО, 21 октября. /Корр. ТАСС Игорь Беляев/. Министерство иностранных дел Японии выступило с комментарием в связи с публикацией посольства России, посвященной 60-летию Советско-японской декларации 1956 года.

"Правительство будет настойчиво вести переговоры с Россией, придерживаясь последовательного курса на решение вопроса о принадлежности четырех островов и заключение мирного договора", - говорится в комментарии японского внешнеполитического ведомства.

В среду посольство РФ на своей странице в Facebook напомнило, что в декларации речь идет о передаче Японии Хабомаи и Шикотана, а не об их "возвращении", и вопрос о суверенитете над островами в документе не затрагивается.

Японские СМИ назвали публикацию посольства "неожиданной" накануне визита президента России Владимира Путина в Японию, намеченного на 15-16 декабря.

Япония претендует на острова Итуруп, Кунашир, Шикотан и Хабомаи. Позиция Москвы состоит в том, что южные Курилы вошли в состав СССР по итогам Второй мировой войны и российский суверенитет над ними сомнению не подлежит.

Подписывайтесь на ТАСС в Facebook"""),

    ("https://www.japantimes.co.jp/news/2016/10/21/national/politics-diplomacy/embassy-handover-not-return-post/", "en",
     "2016-10-21",
     "Embassy's 'handover, not return' post rattles Tokyo ahead of Putin visit",
     """Embassy's 'handover, not return' post rattles Tokyo ahead of Putin visit

by Ryo Hanazawa
Staff Writer

Oct 21, 2016

A Facebook post by the Russian Embassy in Tokyo has stirred unease in government circles less than two months before President Vladimir Putin's visit, by restating Moscow's reading of the 1956 declaration that underpins the territorial talks.

The embassy wrote on Wednesday that the declaration commits the Soviet Union only to "hand over" Shikotan and the Habomai islets after a peace treaty and "does not determine in any way" under whose sovereignty they would be placed. The word matters: Tokyo insists on "return," implying the islands were Japan's all along.

The Foreign Ministry replied on Thursday that Japan will keep negotiating under its consistent policy of settling the attribution of all four islands and then signing a peace treaty.

Ambassador Evgeny Afanasiev made a similar point last month, telling reporters that the declaration does not spell out the conditions under which the islands would be handed over.

"The embassy is not saying anything new. What is new is the timing, and that it chose Facebook to say it," said Keiichi Nomura, a professor of diplomatic history at a university in Tokyo.

A senior Foreign Ministry official, speaking on condition of anonymity, said Tokyo did not want "a war of words" before the summit.

The declaration, signed on Oct. 19, 1956, ended the state of war and restored diplomatic ties. Its Article 9 says the Soviet Union agrees to transfer Habomai and Shikotan to Japan after a peace treaty is concluded.

RELATED
Abe, Putin to meet in Nagato
Kishida, Lavrov prepare summit agenda

KEYWORDS
Russia, Northern Territories, 1956 declaration

Share: Facebook Twitter Email"""),

    ("https://www3.nhk.or.jp/news/html/20161021/k10010738811000.html", "ja", "2016-10-21",
     "岸田外相 “12月の首脳会談へ 平和条約交渉を前進”",
     """岸田外相 “12月の首脳会談へ 平和条約交渉を前進”

10月21日 12時20分

岸田外務大臣は、閣議のあとの記者会見で、在日ロシア大使館がSNSで日ソ共同宣言に関する独自の解釈を示したことについて問われ、「大使館の発信の一つ一つについてコメントすることは控えたい。12月のプーチン大統領の訪日に向けて、平和条約交渉を前進させるべく、しっかりと準備を進めていきたい」と述べました。

また、岸田大臣は、安倍総理大臣が5月に提案した8項目の経済協力プランについて「具体化に向けた作業を着実に進めていく」と述べました。

外務省は20日、大使館の投稿について、四島の帰属の問題を解決して平和条約を締結するとの一貫した方針の下で交渉に取り組むとのコメントを出していました。

日ソ共同宣言は、平和条約の締結後に歯舞群島と色丹島を日本に引き渡すことを定めています。"""),

    ("https://www.interfax.ru/world/533417", "ru", "2016-10-21",
     "Кисида пообещал продвигать переговоры о мирном договоре к визиту Путина",
     """Кисида пообещал продвигать переговоры о мирном договоре к визиту Путина

Токио. 21 октября. INTERFAX.RU - Министр иностранных дел Японии Фумио Кисида отказался комментировать публикацию посольства РФ о декларации 1956 года, заявив, что Токио намерен продвинуть переговоры о мирном договоре к визиту Владимира Путина.

"Я воздержусь от комментариев по каждой публикации посольства. К визиту президента Путина в декабре мы намерены как следует подготовиться, чтобы продвинуть вперед переговоры о мирном договоре", - сказал Кисида на пресс-конференции в пятницу.

Посольство России в Японии в среду разместило в Facebook пост, в котором указало, что декларация говорит о передаче двух островов, а не об их возвращении.

Кисида также сообщил, что Япония продолжит работу над планом экономического сотрудничества из восьми пунктов, предложенным премьер-министром Синдзо Абэ.

Визит Путина в Японию запланирован на 15-16 декабря."""),
]

# ===========================================================================================================
# Story 4 - DELETED_POST_2025_STORY (22-26 August 2025). After viewing the islands from Cape Nosappu, Tadashi
# Oyamada (invented Cabinet Office parliamentary vice-minister for Northern Territories affairs) posts on X that he
# will work for the "recapture" (奪還) of the Northern Territories; the next morning the post is gone and the same
# text is up again with "return" (返還). Both versions are ONE utterance (O1). Oyamada apologizes to reporters on
# Monday (O2, a new occasion); Senator Grigory Karasin and Kremlin spokesman Dmitry Peskov react.
#  1 Hokkaido Shimbun (ja)           O1 NEW (original version); his fisheries answer (non-treaty); fishermen;
#                                    former islander
#  2 RIA Novosti (ru)                O1 repeat (translated as «отвоевать»); framing headline; the writer's gloss;
#                                    link list
#  3 Asahi (ja)                      O1 repeat (both versions, listed once); Russian media quoted; anonymous
#                                    official; users' replies; the government's line
#  4 TASS (ru)                       O1 repeat (both versions), K1 NEW (Karasin); the deletion (event); his drills
#                                    line (non-treaty); background
#  5 The Japan Times (en), 25 Aug    O1 repeat (both versions), O2 NEW (apology + policy line); view and reply
#                                    counts; Russian media; 2022 (event); link list
#  6 Lenta.ru (ru)                   O1 repeat (both versions quoted), K1 recalled; users' comments; screenshot
#                                    caption; link list
#  7 Interfax (ru)                   P1 NEW (Peskov), O1 recalled; the question on contacts and his answer
#  8 NHK (ja), 26 Aug                P1 repeat, O2 recalled; 2022 (event); former islanders' group
#  9 Kyodo (en)                      O2, P1, O1 repeat; anonymous MFA official; 2022 (event); link list
# 10 machine-translated copy (en)    O1, K1 repeat (MT English of TASS); drills line; the deletion; headline
# ===========================================================================================================

DELETED_POST_2025_STORY = [
    ("https://www.hokkaido-np.co.jp/article/1198342/", "ja", "2025-08-22",
     "小山田政務官が根室訪問　納沙布岬から北方四島視察",
     """小山田政務官が根室訪問　納沙布岬から北方四島視察

2025年8月22日 18:30

北方対策を担当する小山田正内閣府大臣政務官は22日、根室市を訪れ、納沙布岬から北方四島を視察した。元島民や漁業関係者とも意見交換した。

小山田氏は視察後、自身のX（旧ツイッター）に「納沙布岬から、目の前に広がる北方四島を望みました。元島民の皆様の平均年齢は89歳を超えています。一日も早い北方領土の奪還に向け、全力を尽くします」と投稿した。

意見交換では、漁業者から「サンマやサケの不漁が続き、ロシア側との操業交渉も不透明で先が見えない」との訴えがあった。小山田氏は「漁業者の皆様の厳しい状況はよく分かった。支援策を関係省庁と検討したい」と応じた。

歯舞群島出身の元島民の男性（88）は「国の人が来てくれるのはありがたいが、もう時間がない」と話した。

【関連記事】
・根室のサンマ水揚げ、過去最低ペース
・北方領土啓発施設に夏休みの子ども連れ"""),

    ("https://ria.ru/20250823/yaponiya-2037164480.html", "ru", "2025-08-23",
     "Японский чиновник призвал «отвоевать» Курилы",
     """Японский чиновник призвал «отвоевать» Курилы

МОСКВА, 23 авг — РИА Новости. Парламентский вице-министр в аппарате кабинета министров Японии Тадаси Оямада, курирующий вопросы так называемых северных территорий, пообещал добиваться скорейшего «отвоевания» Южных Курил.

"Средний возраст бывших жителей островов превысил 89 лет. Приложу все силы, чтобы как можно скорее отвоевать северные территории", — написал Оямада в соцсети X после поездки на мыс Носаппу на Хоккайдо.

Использованное чиновником японское слово «даккан» обычно переводится как «возвращение силой» или «отбитие», отмечают специалисты-японисты.

Токио называет «северными территориями» острова Итуруп, Кунашир, Шикотан и Хабомаи. Позиция Москвы: суверенитет России над ними закреплен итогами Второй мировой войны.

Читайте также:
Япония и США начали учения у берегов Хоккайдо
Курильские рыбаки побили рекорд по вылову сайры"""),

    ("https://www.asahi.com/articles/ASS8R3K2PS8RUTFK00FM.html", "ja", "2025-08-23",
     "「奪還」投稿を削除、「返還」に修正　小山田政務官",
     """「奪還」投稿を削除、「返還」に修正　小山田政務官

2025年8月23日 16時05分

北方対策を担当する小山田正・内閣府大臣政務官が22日にX（旧ツイッター）に投稿した北方四島の視察に関する文章で、「北方領土の奪還」と書いた部分が23日朝までに削除され、「返還」に改めた文章が投稿し直された。

削除された投稿は「元島民の皆様の平均年齢は89歳を超えています。一日も早い北方領土の奪還に向け、全力を尽くします」という内容だった。新たな投稿では「一日も早い北方領土の返還に向け、全力を尽くします」と、1語だけが差し替えられている。

ロシアの国営メディアは「日本の高官が島の『奪還』を呼びかけた」などと報じていた。政府関係者は「政府の公式な表現ではない。誤解を招きかねない」と話す。

Xでは「奪還は勇ましすぎる」「言い換えても中身は同じ」といった書き込みが相次いだ。

政府は北方四島の帰属の問題を解決して平和条約を締結する方針を掲げ、「返還」の語を用いてきた。

小山田氏の事務所は朝日新聞の取材に「担当者が不在で答えられない」としている。"""),

    ("https://tass.ru/politika/24839017", "ru", "2025-08-23",
     "Карасин: японский чиновник поменял слово, но не суть",
     """Карасин: японский чиновник поменял слово, но не суть

МОСКВА, 23 августа. /ТАСС/. Председатель комитета Совета Федерации по международным делам Григорий Карасин прокомментировал ТАСС историю с публикацией японского чиновника, который призвал "отвоевать" южные Курилы, а затем исправил запись.

Парламентский вице-министр кабинета министров Японии Тадаси Оямада 22 августа написал в X, что приложит все силы для скорейшего "отвоевания северных территорий". В субботу утром запись исчезла, а вместо нее появилась новая, в которой слово "отвоевание" заменено на "возвращение".

"Слово поменяли, а суть осталась: в Токио так и не смирились с итогами Второй мировой войны. Курилы - российская территория, и ни отвоевывать, ни возвращать их никто не будет", - сказал сенатор.

Карасин также призвал Японию отказаться от участия в военных учениях вблизи российских границ, которые, по его словам, "не добавляют стабильности в регионе".

Япония претендует на Итуруп, Кунашир, Шикотан и группу островов Хабомаи. Москва исходит из того, что южные Курилы вошли в состав СССР по итогам Второй мировой войны и суверенитет России над ними сомнению не подлежит.

Подписывайтесь на ТАСС в Telegram"""),

    ("https://www.japantimes.co.jp/news/2025/08/25/japan/politics/oyamada-recapture-post-apology/", "en", "2025-08-25",
     "Official apologizes for 'recapture' post on Russian-held islands",
     """Official apologizes for 'recapture' post on Russian-held islands

by Hiroki Shimada
Staff Writer

Aug 25, 2025

A Cabinet Office parliamentary vice minister who wrote on X that he would work to "recapture" the Russian-held islands off Hokkaido apologized on Monday, saying the word had been inappropriate but that the government's policy had not changed.

Tadashi Oyamada, who handles Northern Territories affairs, posted on Friday after viewing the islands from Cape Nosappu in Nemuro: "The average age of former islanders is now over 89. I will do everything I can for the recapture of the Northern Territories at the earliest possible date."

By Saturday morning that post was gone. A new one, identical except for the word "return" in place of "recapture," appeared in its place.

"The word 'recapture' was inappropriate and invited misunderstanding. I apologize and have corrected it," Oyamada told reporters in Tokyo. "The government's policy of resolving the issue of the attribution of the four islands through diplomatic negotiations and concluding a peace treaty has not changed in the slightest."

The original post had been viewed about 1.8 million times before it was deleted, and drew more than 3,000 replies, many of them from Russian-language accounts.

Russian state media seized on the wording, with one agency headlining its story "Japanese official calls for 'reconquering' Kurils."

Japan and Russia have not signed a peace treaty formally ending World War II hostilities. Moscow suspended the talks in 2022.

RELATED
Nemuro's saury catch hits record low
Japan protests Russian drills on Etorofu

Share: Facebook X Email"""),

    ("https://lenta.ru/news/2025/08/25/oyamada-post/", "ru", "2025-08-25",
     "Японский чиновник удалил пост об «отвоевании» Курил",
     """Японский чиновник удалил пост об «отвоевании» Курил

09:14, 25 августа 2025
Мир

Парламентский вице-министр кабинета министров Японии Тадаси Оямада удалил из соцсети X публикацию, в которой пообещал добиваться «отвоевания» Южных Курил, и выложил ее заново, заменив одно слово.

В первой версии поста говорилось: «Приложу все силы для скорейшего отвоевания северных территорий». В новой версии чиновник пишет: «Приложу все силы для скорейшего возвращения северных территорий».

Пользователи соцсети отреагировали на правку с иронией. «От перемены слов смысл не меняется», — написал один из комментаторов. «Хоть бы извинился», — отметил другой.

Скриншот: X / @oyamada_tadashi
Удаленная публикация Тадаси Оямады

Ранее глава международного комитета Совфеда Григорий Карасин заявил, что Курилы являются российской территорией и «ни отвоевывать, ни возвращать их никто не будет».

Следите за новостями на эту тему
Японский чиновник призвал «отвоевать» Курилы
Токио выразил протест из-за учений на Итурупе"""),

    ("https://www.interfax.ru/world/1041377", "ru", "2025-08-25",
     "Песков: принадлежность Южных Курил обсуждению не подлежит",
     """Песков: принадлежность Южных Курил обсуждению не подлежит

Москва. 25 августа. INTERFAX.RU - Кремль следит за публикациями японских чиновников о Курилах, но принадлежность островов обсуждению не подлежит, заявил пресс-секретарь президента РФ Дмитрий Песков.

"Мы видели эти публикации. Южные Курилы - это российская территория, их принадлежность не обсуждается. А какие слова выбирают японские чиновники, это их дело", - сказал Песков журналистам в понедельник.

Отвечая на вопрос о возможных контактах Владимира Путина с премьер-министром Японии Сигэру Исибой, Песков сказал: "Таких контактов пока не планируется".

В пятницу японский парламентский вице-министр Тадаси Оямада написал в соцсети X, что приложит все силы для скорейшего "отвоевания" северных территорий, а затем заменил это слово на "возвращение"."""),

    ("https://www3.nhk.or.jp/news/html/20250826/k10014903121000.html", "ja", "2025-08-26",
     "ロシア大統領府報道官 “島の帰属は議論の対象外”",
     """ロシア大統領府報道官 “島の帰属は議論の対象外”

2025年8月26日 5時12分

北方対策を担当する小山田内閣府政務官がSNSへの投稿で「奪還」という言葉を使い、その後「返還」に修正したことをめぐり、ロシア大統領府のペスコフ報道官は「南クリル諸島はロシアの領土であり、その帰属は議論の対象ではない」と述べました。

ペスコフ報道官は25日、記者団に対し「投稿は見た。日本の当局者がどんな言葉を選ぶかは彼らの問題だ」とも述べました。

一方、小山田政務官は25日、東京都内で記者団に対し「『奪還』という言葉は不適切で、誤解を招いた。おわびして修正した」と述べた上で、「外交交渉を通じて北方四島の帰属の問題を解決し、平和条約を締結するという政府の方針には全く変わりはない」と強調しました。

ロシアは、日本の対ロシア制裁に反発して、2022年3月に平和条約交渉を一方的に中断しています。

北方四島の元島民でつくる団体の幹部は「言葉の問題で交流再開がさらに遠のかないか心配だ」と話しています。"""),

    ("https://english.kyodonews.net/news/2025/08/9be41c07d3a2-kremlin-says-islands-status-not-up-for-discussion.html",
     "en", "2025-08-26",
     "Kremlin says islands' status not up for discussion after Japanese official's post",
     """Kremlin says islands' status not up for discussion after Japanese official's post

KYODO NEWS - Aug 26, 2025 - 11:48 | Politics, All

A Japanese official's apology for writing that he would "recapture" the Russian-held islands off Hokkaido has done little to calm Moscow, with the Kremlin saying the islands' status is not up for discussion.

Tadashi Oyamada, a parliamentary vice minister at the Cabinet Office, said Monday the word had been inappropriate and stressed that Japan's policy of resolving the sovereignty issue over the four islands through negotiations and concluding a peace treaty "has not changed at all."

Kremlin spokesman Dmitry Peskov told reporters the same day that the Southern Kurils are Russian territory and that "their status is not up for discussion."

In a post on X on Friday, Oyamada said he would do everything he could for "the recapture of the Northern Territories at the earliest possible date." He later deleted it and posted the same text with "return" instead.

A senior Foreign Ministry official said the government had "no intention" of changing the word it uses.

Russia halted the peace treaty talks in March 2022 over Japan's sanctions. Visa-free exchanges and grave visits by former islanders have also been suspended.

[Related coverage]
Official apologizes for 'recapture' post
Japan protests Russian military drills on disputed islands

==Kyodo"""),

    ("https://eurasia-wire.example/2025/08/26/japanese-official-called-to-reconquer-kuriles/", "en", "2025-08-26",
     "Japanese official called to reconquer Kuriles, then changed the word",
     """Japanese official called to reconquer Kuriles, then changed the word

26.08.2025 | Eurasia Wire | Auto-translated from Russian

MOSCOW, August 23. /TASS/. Chairman of the committee of the Federation Council on international affairs Grigory Karasin commented to TASS the story with publication of the Japanese official who called to "reconquer" southern Kuriles, and then corrected the record.

Parliamentary vice-minister of cabinet of ministers of Japan Tadashi Oyamada on August 22 wrote in X that will apply all forces for soonest "reconquest of northern territories". On Saturday morning the record disappeared, and instead of it appeared new, in which the word "reconquest" is replaced with "return".

"The word was changed, and the essence stayed: in Tokyo so did not reconcile with results of the Second World War. Kuriles - Russian territory, and neither reconquer, nor return them nobody will," said the senator.

Karasin also called Japan to refuse participation in military exercises near Russian borders, which, by his words, "do not add stability in region".

Source: TASS | Translated by machine, may contain errors
Tags: Japan, Russia, Kuril Islands
Share | Tweet | Comment (0)"""),
]

# ===========================================================================================================
# Story 5 - LIMARENKO_VK_2020_STORY (3-4 September 2020). On the 75th anniversary of the end of World War II,
# Sakhalin Governor Valery Limarenko posts a video address on his Telegram channel (the Kurils are Russia, the new
# Constitution bans giving territory away, no talk of a handover); the evening before, Duma deputy Andrei Vetlugin
# (invented) wrote on VK that "a peace treaty in exchange for islands" is closed for good. Regional and federal media
# report them together; Chief Cabinet Secretary Yoshihide Suga, front-runner in the LDP race, answers on 4 September.
#  1 Sakhalin.info (ru)              LI1 NEW (video address), VE1 NEW (VK post, "ранее"); development plans
#                                    (non-treaty); view count; readers' comments
#  2 ASTV (ru)                       LI1 repeat (paraphrase + part quote); development plans; video caption;
#                                    ceremony (event); link list
#  3 Parlamentskaya Gazeta (ru)      VE1 repeat (post quoted whole), LI1 recalled; visa-free line of the post
#                                    (non-treaty); the amendment (document); link list
#  4 RIA Novosti (ru)                LI1, VE1 repeat; visa-free line; RIA background; day of glory (event)
#  5 machine-translated copy (en)    LI1, VE1 repeat (MT English of RIA); visa-free line; background
#  6 Hokkaido Shimbun (ja), 4 Sep    S1 NEW (Suga), LI1, VE1 recalled; reporter's question on the LDP race;
#                                    Suga on exchanges (non-treaty); former islander
#  7 Kyodo (en)                      S1, LI1 repeat; the writer on the LDP race; the amendment; link list
#  8 TASS (ru)                       S1, LI1 repeat; Suga on visa-free exchanges (non-treaty); background
#  9 NHK (ja)                        S1, LI1 repeat; Hokkaido governor on exchanges (non-treaty); the amendment
# 10 Kommersant (ru)                 LI1, VE1, S1 repeat; subheadline; expert; source in the MFA (anonymous)
# ===========================================================================================================

LIMARENKO_VK_2020_STORY = [
    ("https://sakhalin.info/news/193412", "ru", "2020-09-03",
     "Валерий Лимаренко: Курилы — это Россия, и так будет всегда",
     """Валерий Лимаренко: Курилы — это Россия, и так будет всегда

Южно-Сахалинск, 3 сентября 2020, 12:40 — ИА Sakhalin.info

Губернатор Сахалинской области Валерий Лимаренко в День окончания Второй мировой войны обратился к жителям региона с видеообращением, опубликованным в его Telegram-канале.

«Семьдесят пять лет назад наши деды освободили Южный Сахалин и Курилы. Курильские острова — это Россия. Так решила история, и теперь это закреплено в Конституции, которая запрещает отчуждение наших территорий. Никаких разговоров о передаче островов не будет», — сказал губернатор.

Лимаренко также пообещал, что в ближайшие годы на Курилах появятся новые школы, детские сады и больница, а на Кунашире построят новый морской терминал.

Ранее депутат Государственной Думы Андрей Ветлугин написал на своей странице во «ВКонтакте», что Токио пора прямо сказать: тема «мирного договора в обмен на острова» закрыта навсегда.

Видеообращение губернатора за несколько часов набрало более 30 тысяч просмотров.

Комментарии (47)
Наталья, Корсаков: Спасибо за слова, но лучше бы дорогу на Курилах сделали нормальную.
Гость: Курилы наши, это даже не обсуждается."""),

    ("https://astv.ru/news/society/2020-09-03-gubernator-zapisal-videoobrashchenie", "ru", "2020-09-03",
     "Губернатор записал видеообращение к 75-летию окончания Второй мировой войны",
     """Губернатор записал видеообращение к 75-летию окончания Второй мировой войны

03.09.2020 13:15 | Общество

Валерий Лимаренко обратился к сахалинцам и курильчанам в день 75-летия окончания Второй мировой войны. Видео губернатор разместил в своем Telegram-канале.

Глава региона напомнил о подвиге участников Курильской десантной операции и заявил, что Курильские острова — это Россия, а новая редакция Конституции запрещает отчуждение российских территорий. «Никаких разговоров о передаче островов не будет», — подчеркнул он.

В обращении губернатор также рассказал о планах по развитию Курил: строительстве жилья, школ и нового морского терминала на Кунашире.

Видео: Telegram-канал Валерия Лимаренко

В Южно-Сахалинске в этот день прошли торжественные мероприятия, к Вечному огню возложили цветы ветераны и школьники.

Читайте также:
На Итурупе откроют новую школу
Курильский десант: как это было"""),

    ("https://www.pnp.ru/politics/deputat-predlozhil-zakryt-temu-mirnogo-dogovora-v-obmen-na-ostrova.html", "ru",
     "2020-09-03",
     "Депутат предложил закрыть тему «мирного договора в обмен на острова»",
     """Депутат предложил закрыть тему «мирного договора в обмен на острова»

3 сентября 2020 в 14:02
Политика

Депутат Государственной Думы Андрей Ветлугин считает, что России пора прямо заявить Японии о невозможности любых территориальных уступок. Об этом парламентарий написал на своей странице во «ВКонтакте».

«Пора прямо сказать Токио: тема «мирного договора в обмен на острова» закрыта навсегда. После поправок в Конституцию обсуждать передачу хотя бы метра нашей земли просто незаконно. Заодно предлагаю пересмотреть безвизовый обмен: японские делегации ездят на Курилы как к себе домой», — написал Ветлугин.

Поправки к Конституции, одобренные на общероссийском голосовании 1 июля, вступили в силу 4 июля. Согласно новой норме, действия, направленные на отчуждение части территории России, а также призывы к таким действиям не допускаются.

В этот же день с видеообращением по случаю 75-летия окончания Второй мировой войны выступил губернатор Сахалинской области Валерий Лимаренко, заявивший, что никаких разговоров о передаче Курил не будет.

Читайте также:
Совфед одобрил закон о новой памятной дате 3 сентября
В Госдуме оценили перспективы российско-японских отношений"""),

    ("https://ria.ru/20200903/kurily-1576723410.html", "ru", "2020-09-03",
     "Сахалинский губернатор заявил, что разговоров о передаче Курил не будет",
     """Сахалинский губернатор заявил, что разговоров о передаче Курил не будет

ЮЖНО-САХАЛИНСК, 3 сен — РИА Новости. Губернатор Сахалинской области Валерий Лимаренко в видеообращении по случаю 75-летия окончания Второй мировой войны заявил, что никаких разговоров о передаче Курильских островов не будет.

"Курильские острова — это Россия. Так решила история, и теперь это закреплено в Конституции", — сказал Лимаренко в ролике, опубликованном в его Telegram-канале.

Накануне депутат Госдумы Андрей Ветлугин написал во "ВКонтакте", что тема "мирного договора в обмен на острова" закрыта навсегда, а обсуждать передачу земли после поправок в Конституцию незаконно. Он также предложил пересмотреть программу безвизовых обменов с Японией.

С 2020 года 3 сентября отмечается в России как День воинской славы — День окончания Второй мировой войны.

Россия и Япония на протяжении многих лет ведут переговоры о заключении мирного договора по итогам Второй мировой войны. Главным камнем преткновения остается вопрос о принадлежности южных Курил.

Читайте также:
Путин и Абэ провели телефонный разговор
На Курилах открыли памятник участникам десантной операции"""),

    ("https://ruwire-english.example/2020/09/03/sakhalin-governor-no-talks-transfer-kuriles/", "en", "2020-09-03",
     "The Sakhalin governor stated that there will be no talks on the transfer of the Kuriles",
     """The Sakhalin governor stated that there will be no talks on the transfer of the Kuriles

September 3, 2020 | World | ruwire

YUZHNO-SAKHALINSK, September 3 - RIA Novosti. The governor of the Sakhalin region Valery Limarenko in a video message on the occasion of the 75th anniversary of the end of the Second World War stated that there will be no any talks on the transfer of the Kuril Islands.

"The Kuril Islands are Russia. So decided the history, and now it is fixed in the Constitution," Limarenko said in the video published in his Telegram channel.

On the eve State Duma deputy Andrei Vetlugin wrote in "VKontakte" that the theme of "peace treaty in exchange of islands" is closed forever, and to discuss transfer of land after the amendments to the Constitution is illegal. He also proposed to revise the program of visa-free exchanges with Japan.

Since 2020, September 3 is celebrated in Russia as Day of Military Glory - Day of the end of the Second World War.

Russia and Japan for many years are conducting negotiations on conclusion of a peace treaty following the results of the Second World War. The main stumbling block remains the question of ownership of the southern Kuriles.

Source: ria.ru
Related: Putin and Abe held a telephone conversation"""),

    ("https://www.hokkaido-np.co.jp/article/455218", "ja", "2020-09-04",
     "菅官房長官「受け入れられない」　サハリン州知事の「島の引き渡しない」発言に",
     """菅官房長官「受け入れられない」　サハリン州知事の「島の引き渡しない」発言に

2020年9月4日 12:05

菅義偉官房長官は4日午前の記者会見で、ロシア・サハリン州のリマレンコ知事が通信アプリ「テレグラム」に投稿した動画で「島の引き渡しをめぐる話はあり得ない」と述べたことについて、「北方四島は我が国が主権を有する島々であり、ロシア側の主張は受け入れられない。領土問題を解決して平和条約を締結するとの基本方針の下、粘り強く交渉に取り組んでいく」と述べた。

記者団から「自民党総裁選への影響は」と問われると、「会見は官房長官として行っている」と述べるにとどめた。

菅氏は、新型コロナウイルスの影響で今年は実施できていない四島交流等事業について「再開に向けて、ロシア側と調整していきたい」とも語った。

リマレンコ知事は3日、第2次世界大戦終結75年に合わせた動画で「クリル諸島はロシアだ。憲法にも明記された」と強調した。ロシア下院のベトルギン議員もSNSの「フコンタクテ」で「『島と引き換えの平和条約』という話は永遠に終わった」と投稿していた。

根室市の元島民の女性（85）は「知事の発言は悲しい。交渉の火を消さないでほしい」と話した。"""),

    ("https://english.kyodonews.net/news/2020/09/6a2f0c8d51e4-suga-rejects-sakhalin-governors-remarks-on-disputed-islands.html",
     "en", "2020-09-04",
     "Suga rejects Sakhalin governor's remarks on disputed islands",
     """Suga rejects Sakhalin governor's remarks on disputed islands

KYODO NEWS - Sep 4, 2020 - 13:10 | Politics, All

Chief Cabinet Secretary Yoshihide Suga, the front-runner to become Japan's next prime minister, on Friday rejected remarks by the governor of Russia's Sakhalin region that there would be no talk of handing over the disputed islands off Hokkaido.

"The four northern islands are islands over which Japan has sovereignty, and the Russian assertion is unacceptable," Suga told a press conference. "We will persistently tackle negotiations under our basic policy of resolving the territorial issue and concluding a peace treaty."

Sakhalin Governor Valery Limarenko said in a video address posted on his Telegram channel Thursday that the Kurils "are Russia," adding that the country's revised Constitution bans giving away its territory and that "there will be no talk of handing over the islands."

Suga, who is widely expected to win the Liberal Democratic Party leadership race on Sept. 14, is seen as likely to continue outgoing Prime Minister Shinzo Abe's diplomacy with Russia.

The amendments to Russia's Constitution that took effect in July prohibit actions aimed at alienating Russian territory, a clause many in Japan see as a blow to the talks.

[Related coverage]
Abe, Putin hold phone talks after resignation announcement
Visa-free visits to Russian-held isles canceled due to virus

==Kyodo"""),

    ("https://tass.ru/mezhdunarodnaya-panorama/9365120", "ru", "2020-09-04",
     "Суга назвал неприемлемыми слова сахалинского губернатора о Курилах",
     """Суга назвал неприемлемыми слова сахалинского губернатора о Курилах

ТОКИО, 4 сентября. /ТАСС/. Генеральный секретарь кабинета министров Японии Ёсихидэ Суга, считающийся фаворитом в борьбе за пост премьер-министра, назвал неприемлемыми высказывания губернатора Сахалинской области Валерия Лимаренко о Курилах.

"Четыре северных острова - это острова, над которыми Япония обладает суверенитетом, и утверждения российской стороны неприемлемы. Мы будем настойчиво вести переговоры, исходя из базового курса на решение территориальной проблемы и заключение мирного договора", - заявил Суга на пресс-конференции.

В четверг Лимаренко в видеообращении заявил, что Курилы - это Россия и никаких разговоров о передаче островов не будет.

Суга также выразил надежду на возобновление программы безвизовых обменов с жителями южных Курил, приостановленной из-за пандемии коронавируса.

Позиция Москвы состоит в том, что южные Курилы вошли в состав СССР по итогам Второй мировой войны и российский суверенитет над ними сомнению не подлежит.

Подписывайтесь на ТАСС в Яндекс.Дзене"""),

    ("https://www3.nhk.or.jp/news/html/20200904/k10012600731000.html", "ja", "2020-09-04",
     "菅官房長官 サハリン州知事発言に「受け入れられない」",
     """菅官房長官 サハリン州知事発言に「受け入れられない」

2020年9月4日 18時40分

ロシア・サハリン州の知事が、北方領土を含む島々の引き渡しをめぐる話はあり得ないとする動画をSNSに投稿したことについて、菅官房長官は記者会見で「ロシア側の主張は受け入れられない」と述べ、領土問題を解決して平和条約を締結する方針の下、粘り強く交渉する考えを示しました。

サハリン州のリマレンコ知事は3日、第2次世界大戦の終結から75年に合わせてSNSに動画を投稿し、島々は「ロシアだ」と述べるとともに、領土の割譲を禁じた憲法改正に触れて「島の引き渡しの話はない」と主張しました。

北海道の鈴木知事は4日、記者団に対し、「新型コロナの影響で止まっている四島交流の再開に向けて国と連携していきたい」と述べました。

ロシアではことし7月、領土の割譲を禁じる条項を盛り込んだ憲法改正が発効しています。"""),

    ("https://www.kommersant.ru/doc/4480215", "ru", "2020-09-04",
     "Курилы ушли в соцсети",
     """Курилы ушли в соцсети

04.09.2020, 18:30
Газета «Коммерсантъ» №160

Губернатор и депутат напомнили Токио о поправках в Конституцию

Сахалинский губернатор Валерий Лимаренко и депутат Госдумы Андрей Ветлугин почти одновременно высказались о Курилах в соцсетях. Господин Лимаренко в видеообращении в Telegram заявил, что никаких разговоров о передаче островов не будет, поскольку отчуждение территорий запрещено Конституцией. Господин Ветлугин во «ВКонтакте» объявил тему «мирного договора в обмен на острова» закрытой навсегда.

В Токио ответили быстро. Генсек кабмина Ёсихидэ Суга, который через десять дней, скорее всего, станет премьером, назвал позицию российской стороны неприемлемой и пообещал настойчиво вести переговоры о мирном договоре.

«Региональные руководители и депутаты не определяют внешнюю политику, но в Токио каждое такое заявление читают как сигнал из Москвы»,— говорит востоковед Павел Кротов.

Источник в МИД РФ сказал “Ъ”, что публикации в соцсетях «не меняют официальной позиции», а переговорный процесс «продолжается в установленных форматах».

Михаил Орлов"""),
]

# ===========================================================================================================
# Story 6 - QUAKE_RELIEF_2024_STORY (2-13 January 2024). After the Noto Peninsula earthquake the Russian Embassy in
# Tokyo posts condolences and an offer of help; Foreign Minister Yoko Kamikawa thanks the world on X; Rosrybolovstvo
# posts that the salmon talks are put off at Tokyo's request; Japan widens its sanctions and Maria Zakharova promises
# a response on Telegram. The treaty appears only in background paragraphs, an expert's guess and a journalist's
# question - plus ONE real treaty line: Kamikawa's answer at her 12 January press conference (KA1).
#  1 NHK (ja), 2 Jan                 no remark: the embassy's post (non-treaty); U.S. ambassador (non-treaty);
#                                    2022 (event)
#  2 RIA Novosti (ru)                no remark: the embassy's post; 2022 (event); link list
#  3 Kyodo (en), 5 Jan               no remark: Kamikawa's X post (non-treaty); embassy recalled; anonymous
#                                    official; 2022 (event)
#  4 TASS (ru), 10 Jan               no remark: Rosrybolovstvo's post (fisheries); 2022 (event); agreements
#  5 Hokkaido Shimbun (ja), 11 Jan   no remark: Fisheries Agency (non-treaty); fisherman; frozen talks (background)
#  6 Jiji (ja), 12 Jan               KA1 NEW (Kamikawa: policy unchanged); her sanctions and quake lines
#                                    (non-treaty); the reporter's question; 2022 (event)
#  7 RIA Novosti (ru)                KA1 recalled; Zakharova on sanctions (non-treaty); the MFA's thanks
#  8 The Japan Times (en), 13 Jan    KA1 recalled; the writer; Zakharova recalled (sanctions); expert on the talks;
#                                    fisheries; 2022 (event)
#  9 Interfax (ru)                   no remark: the embassy's new post (relief); Kamikawa on aid (non-treaty);
#                                    2022 (event); 2011 (event)
# ===========================================================================================================

QUAKE_RELIEF_2024_STORY = [
    ("https://www3.nhk.or.jp/news/html/20240102/k10014307581000.html", "ja", "2024-01-02",
     "能登半島地震 各国からお見舞いや支援の申し出相次ぐ",
     """能登半島地震 各国からお見舞いや支援の申し出相次ぐ

2024年1月2日 21時15分

石川県の能登地方で震度7の揺れを観測した地震を受けて、各国の首脳や大使館などから、お見舞いのメッセージや支援の申し出が相次いでいます。

このうち、在日ロシア大使館は2日、X（旧ツイッター）に「能登半島地震で亡くなられた方々に心から哀悼の意を表します。ロシアは必要があれば支援を行う用意があります」と日本語で投稿しました。

アメリカのエマニュエル大使はSNSで「アメリカは日本とともにある」とする動画メッセージを投稿しました。

外務省によりますと、2日夕方までに数十の国や地域からお見舞いが寄せられたということです。

一方、日ロ関係は、ロシアによるウクライナ侵攻以降冷え込んでいて、ロシアは2022年3月、日本の制裁に反発して平和条約交渉を中断しています。"""),

    ("https://ria.ru/20240102/yaponiya-1919361854.html", "ru", "2024-01-02",
     "Посольство России выразило соболезнования Японии в связи с землетрясением",
     """Посольство России выразило соболезнования Японии в связи с землетрясением

ТОКИО, 2 янв — РИА Новости. Посольство России в Японии выразило соболезнования в связи с гибелью людей при мощном землетрясении на полуострове Ното и заявило о готовности Москвы оказать помощь.

"Скорбим вместе с японским народом. Россия готова при необходимости оказать содействие в ликвидации последствий бедствия", — говорится в публикации дипмиссии в соцсети X.

Землетрясение магнитудой 7,6 произошло 1 января у западного побережья острова Хонсю. По последним данным, погибли десятки человек.

Отношения Москвы и Токио серьезно ухудшились после введения Японией санкций против России. В марте 2022 года российская сторона вышла из переговоров о мирном договоре, а также прекратила безвизовые поездки японцев на Южные Курилы.

Читайте также:
В Японии отменили предупреждение о цунами
Захарова: Токио продолжает антироссийский курс"""),

    ("https://english.kyodonews.net/news/2024/01/2e7b9d04f6c1-kamikawa-thanks-countries-for-quake-aid-offers.html",
     "en", "2024-01-05",
     "Kamikawa thanks countries for quake aid offers, including Russia",
     """Kamikawa thanks countries for quake aid offers, including Russia

KYODO NEWS - Jan 5, 2024 - 17:30 | Japan, All

Foreign Minister Yoko Kamikawa on Friday thanked the more than 100 countries and regions that have sent condolences or offered help after the powerful earthquake that struck the Noto Peninsula on New Year's Day.

"I am deeply grateful for the warm messages and offers of assistance from around the world. We will respond carefully to the needs on the ground," Kamikawa wrote on X.

The Russian Embassy in Tokyo had posted on Tuesday that Russia was ready to provide assistance if needed. A Foreign Ministry official said Japan was not currently considering accepting relief teams from abroad, citing the difficulty of access to the affected areas.

Taiwan and South Korea have pledged donations, while the United States military has begun transporting supplies by helicopter.

Relations between Tokyo and Moscow have deteriorated sharply since Russia's invasion of Ukraine in February 2022. Moscow pulled out of peace treaty negotiations the following month in response to Japanese sanctions.

[Related coverage]
Death toll from Noto quake tops 90
U.S. military helicopters deliver relief supplies

==Kyodo"""),

    ("https://tass.ru/ekonomika/19705231", "ru", "2024-01-10",
     "Росрыболовство: консультации с Японией по промыслу перенесены на февраль",
     """Росрыболовство: консультации с Японией по промыслу перенесены на февраль

МОСКВА, 10 января. /ТАСС/. Очередной раунд российско-японских консультаций по вылову лососевых в 2024 году перенесен на февраль по просьбе японской стороны. Об этом сообщило Росрыболовство в своем Telegram-канале.

"По просьбе японских коллег, связанной с последствиями землетрясения, переговоры перенесены. Российская сторона подтвердила готовность провести консультации в согласованные сроки", - говорится в сообщении ведомства.

Консультации проводятся в рамках межправительственного соглашения 1985 года о сотрудничестве в области рыболовства.

В марте 2022 года Россия вышла из переговоров с Японией о мирном договоре, а также из диалога о совместной хозяйственной деятельности на южных Курилах. Межправительственные рыболовные соглашения при этом продолжают действовать.

Подписывайтесь на ТАСС в Telegram"""),

    ("https://www.hokkaido-np.co.jp/article/961204/", "ja", "2024-01-11",
     "日ロサケ・マス交渉延期　根室の漁業者「見通し立たず」",
     """日ロサケ・マス交渉延期　根室の漁業者「見通し立たず」

2024年1月11日 07:00

ロシア200カイリ内でのサケ・マス漁に関する日ロ政府間協議の開始が延期されたことを受け、根室市の漁業者から不安の声が上がっている。ロシア漁業庁は10日、通信アプリ「テレグラム」で、日本側の要請により協議を2月に延期したと発表した。

水産庁の担当者は「能登半島地震の対応で職員を派遣する必要があり、ロシア側と協議して日程を調整した。漁期に影響が出ないよう準備を進める」と説明する。

根室のサケ・マス漁業者（62）は「毎年のように交渉がずれ込み、見通しが立たない。北方領土の問題が動かない中、せめて漁だけは安定してほしい」と話した。

日ロ間では平和条約交渉が中断したままで、北方四島周辺での安全操業協定に基づく操業も、ロシア側が2022年に協定の履行を停止して以降、見通せない状態が続いている。

【関連記事】
・貝殻島コンブ漁、今年も交渉に不安
・根室市、ふるさと納税で漁業支援"""),

    ("https://www.jiji.com/jc/article?k=2024011200412&g=pol", "ja", "2024-01-12",
     "上川外相、対ロ制裁強化を発表　「平和条約締結の方針は不変」",
     """上川外相、対ロ制裁強化を発表　「平和条約締結の方針は不変」

2024年01月12日11時42分

上川陽子外相は12日の記者会見で、ロシアのウクライナ侵略を受けた追加制裁として、ロシアの個人・団体の資産凍結対象を拡大すると発表した。外務省も同日、公式Xで制裁の概要を発信した。

上川氏は「ロシアに侵略をやめさせるため、G7をはじめとする国際社会と連携して厳しい対ロ制裁を続けていく」と強調した。

在日ロシア大使館が能登半島地震で支援の用意を表明したことについては「お見舞いの気持ちには感謝したい。現時点で具体的な支援の受け入れは調整していない」と述べた。

記者から「震災を機に対ロ関係改善を探る考えはないか」と問われると、上川氏は「日ロ関係は厳しい状況にあるが、北方領土問題を解決して平和条約を締結するという政府の方針は不変だ」と答えた。

ロシアは2022年3月、日本の制裁に反発して平和条約交渉を一方的に中断した。

【関連記事】
能登地震、死者200人超す
ロシア、日本人の入国禁止を拡大"""),

    ("https://ria.ru/20240112/sanktsii-1920935517.html", "ru", "2024-01-12",
     "Захарова пообещала ответ на новые санкции Японии",
     """Захарова пообещала ответ на новые санкции Японии

МОСКВА, 12 янв — РИА Новости. Россия ответит на очередной пакет японских санкций, заявила официальный представитель МИД РФ Мария Захарова.

"Токио продолжает слепо следовать за Вашингтоном, нанося ущерб прежде всего собственной экономике и собственным гражданам. Ответ не заставит себя ждать", — написала Захарова в Telegram-канале.

Ранее в пятницу министр иностранных дел Японии Ёко Камикава объявила о расширении списка лиц и организаций, чьи активы замораживаются. При этом она заявила, что Токио по-прежнему намерен решить территориальный вопрос и заключить мирный договор с Россией.

Японский МИД также поблагодарил Россию за выраженные соболезнования в связи с землетрясением на полуострове Ното.

Читайте также:
Росрыболовство перенесло консультации с Японией
Посольство России выразило соболезнования Японии"""),

    ("https://www.japantimes.co.jp/news/2024/01/13/japan/politics/noto-quake-russia-condolences-no-thaw/", "en",
     "2024-01-13",
     "Quake condolences offer no thaw in Tokyo-Moscow chill",
     """Quake condolences offer no thaw in Tokyo-Moscow chill

by Aya Kuroda
Staff Writer

Jan 13, 2024

When the Russian Embassy in Tokyo posted condolences in Japanese hours after the Noto Peninsula earthquake and said Moscow stood ready to help, some in Tokyo wondered whether a small opening had appeared. Ten days later, the answer appears to be no.

On Friday, Foreign Minister Yoko Kamikawa announced new asset freezes on Russian individuals and entities, and Foreign Ministry spokeswoman Maria Zakharova responded on Telegram within hours, promising retaliation.

Kamikawa said she was grateful for the sympathy but that Japan was not arranging any Russian assistance. Asked whether the disaster might open a path to improving ties, she said that while relations were in a severe state, the government's policy of resolving the Northern Territories issue and concluding a peace treaty remained unchanged.

"Disaster diplomacy has worked before, with Greece and Turkey in 1999," said Takuya Ozawa, a lecturer in international politics at a university in Kyoto. "But it needs a willingness on both sides that simply isn't there now. I would not expect peace treaty talks to resume."

Meanwhile, Russia's Federal Agency for Fishery said on Telegram that this year's salmon talks with Japan had been pushed back to February at Tokyo's request because of the quake.

Russia walked away from the peace treaty negotiations in March 2022 after Japan joined Western sanctions over the invasion of Ukraine.

RELATED
Noto death toll passes 200
Japan widens Russia asset freeze

Share: Facebook X Email"""),

    ("https://www.interfax.ru/world/940318", "ru", "2024-01-13",
     "Посольство РФ: российские спасатели готовы помочь Японии по первому запросу",
     """Посольство РФ: российские спасатели готовы помочь Японии по первому запросу

Москва. 13 января. INTERFAX.RU - Российские спасатели готовы вылететь в Японию для помощи пострадавшим от землетрясения на полуострове Ното, если Токио обратится с такой просьбой, сообщило посольство РФ в Японии.

"Наше предложение о помощи остается в силе. Группа МЧС России может вылететь по первому запросу японской стороны", - говорится в публикации посольства в Telegram-канале.

Накануне глава МИД Японии Ёко Камикава заявила, что Токио пока не планирует принимать помощь из-за рубежа.

Японская сторона в 2022 году ввела санкции против России, после чего Москва прекратила переговоры о мирном договоре и приостановила безвизовые обмены с жителями южных Курил.

В 2011 году, после землетрясения и цунами на северо-востоке Японии, в районе бедствия работали спасатели МЧС России."""),
]

# ===========================================================================================================
# Labels
# ===========================================================================================================

STORIES = {name: value for name, value in dict(globals()).items() if name.endswith("_STORY")}

REMARKS = {
    'MEDVEDEV_POST_2024_STORY': [
        [('Dmitry Medvedev', 'M1'), ('Dmitry Medvedev', 'M0')],  # 1
        [('Dmitry Medvedev', 'M1')],  # 2
        [('Dmitry Medvedev', 'M1')],  # 3
        [('Dmitry Medvedev', 'M1'), ('Dmitry Medvedev', 'M0')],  # 4
        [('Dmitry Medvedev', 'M1')],  # 5
        [('Yoshimasa Hayashi', 'H1'), ('Dmitry Medvedev', 'M1')],  # 6
        [('Yoshimasa Hayashi', 'H1'), ('Dmitry Medvedev', 'M1')],  # 7
        [('Dmitry Medvedev', 'M2'), ('Yoshimasa Hayashi', 'H1'), ('Dmitry Medvedev', 'M1')],  # 8
        [('Dmitry Medvedev', 'M2'), ('Yoshimasa Hayashi', 'H1')],  # 9
        [('Dmitry Medvedev', 'M2'), ('Yoshimasa Hayashi', 'H1'), ('Dmitry Medvedev', 'M1')],  # 10
    ],
    'IWAYA_POST_2025_STORY': [
        [('Shigeru Ishiba', 'IS1'), ('Takeshi Iwaya', 'I1')],  # 1
        [('Takeshi Iwaya', 'I1')],  # 2
        [('Shigeru Ishiba', 'IS1'), ('Takeshi Iwaya', 'I1')],  # 3
        [('Maria Zakharova', 'Z1'), ('Takeshi Iwaya', 'I1')],  # 4
        [('Maria Zakharova', 'Z1'), ('Takeshi Iwaya', 'I1')],  # 5
        [('Maria Zakharova', 'Z1')],  # 6
        [('Maria Zakharova', 'Z1'), ('Takeshi Iwaya', 'I1'), ('Shigeru Ishiba', 'IS1')],  # 7
        [('Maria Zakharova', 'Z2'), ('Maria Zakharova', 'Z1')],  # 8
        [('Maria Zakharova', 'Z2'), ('Takeshi Iwaya', 'I1')],  # 9
        [('Maria Zakharova', 'Z2')],  # 10
    ],
    'EMBASSY_1956_2016_STORY': [
        [('Russian Embassy in Japan', 'E1')],  # 1
        [('Russian Embassy in Japan', 'E1')],  # 2
        [('Russian Embassy in Japan', 'E1'), ('Evgeny Afanasiev', 'AF1')],  # 3
        [('Japanese Foreign Ministry', 'J1'), ('Russian Embassy in Japan', 'E1')],  # 4
        [('Japanese Foreign Ministry', 'J1'), ('Russian Embassy in Japan', 'E1')],  # 5
        [('Japanese Foreign Ministry', 'J1'), ('Russian Embassy in Japan', 'E1')],  # 6
        [('Russian Embassy in Japan', 'E1'), ('Japanese Foreign Ministry', 'J1'), ('Evgeny Afanasiev', 'AF1')],  # 7
        [('Fumio Kishida', 'KI1'), ('Japanese Foreign Ministry', 'J1')],  # 8
        [('Fumio Kishida', 'KI1'), ('Russian Embassy in Japan', 'E1')],  # 9
    ],
    'DELETED_POST_2025_STORY': [
        [('Tadashi Oyamada', 'O1')],  # 1
        [('Tadashi Oyamada', 'O1')],  # 2
        [('Tadashi Oyamada', 'O1')],  # 3
        [('Tadashi Oyamada', 'O1'), ('Grigory Karasin', 'K1')],  # 4
        [('Tadashi Oyamada', 'O1'), ('Tadashi Oyamada', 'O2')],  # 5
        [('Tadashi Oyamada', 'O1'), ('Grigory Karasin', 'K1')],  # 6
        [('Dmitry Peskov', 'P1'), ('Tadashi Oyamada', 'O1')],  # 7
        [('Dmitry Peskov', 'P1'), ('Tadashi Oyamada', 'O2')],  # 8
        [('Tadashi Oyamada', 'O2'), ('Dmitry Peskov', 'P1'), ('Tadashi Oyamada', 'O1')],  # 9
        [('Tadashi Oyamada', 'O1'), ('Grigory Karasin', 'K1')],  # 10
    ],
    'LIMARENKO_VK_2020_STORY': [
        [('Valery Limarenko', 'LI1'), ('Andrei Vetlugin', 'VE1')],  # 1
        [('Valery Limarenko', 'LI1')],  # 2
        [('Andrei Vetlugin', 'VE1'), ('Valery Limarenko', 'LI1')],  # 3
        [('Valery Limarenko', 'LI1'), ('Andrei Vetlugin', 'VE1')],  # 4
        [('Valery Limarenko', 'LI1'), ('Andrei Vetlugin', 'VE1')],  # 5
        [('Yoshihide Suga', 'S1'), ('Valery Limarenko', 'LI1'), ('Andrei Vetlugin', 'VE1')],  # 6
        [('Yoshihide Suga', 'S1'), ('Valery Limarenko', 'LI1')],  # 7
        [('Yoshihide Suga', 'S1'), ('Valery Limarenko', 'LI1')],  # 8
        [('Yoshihide Suga', 'S1'), ('Valery Limarenko', 'LI1')],  # 9
        [('Valery Limarenko', 'LI1'), ('Andrei Vetlugin', 'VE1'), ('Yoshihide Suga', 'S1')],  # 10
    ],
    'QUAKE_RELIEF_2024_STORY': [
        [],  # 1
        [],  # 2
        [],  # 3
        [],  # 4
        [],  # 5
        [('Yoko Kamikawa', 'KA1')],  # 6
        [('Yoko Kamikawa', 'KA1')],  # 7
        [('Yoko Kamikawa', 'KA1')],  # 8
        [],  # 9
    ],
}

SNIPPETS = {
    'MEDVEDEV_POST_2024_STORY': [
        ['никаких «северных территорий» не существует, есть Южные Курилы — российская земля', 'японцам «придется с этим смириться: острова не вернутся к ним никогда»'],  # 1
        ['Никаких "северных территорий" не существует, есть Южные Курилы - российская земля'],  # 2
        ['разговоры о возвращении островов можно прекратить навсегда, поскольку Южные Курилы закреплены за Россией'],  # 3
        ["there are no 'Northern Territories,' there are the Southern Kurils, Russian land secured for us", 'would "have to come to terms with it: the islands will never return to them.'],  # 4
        ['『北方領土』など存在せず、あるのは南クリル諸島、つまり戦争の結果と憲法によってわれわれのものとなったロシアの土地だ'],  # 5
        ['北方四島は我が国が主権を有する島々であり、日本固有の領土だ。領土問題を解決して平和条約を締結するとの政府の方針に変わりはない', '日本の新首相を「祝うつもりはない」とした上で、「島の返還をめぐる話はきっぱりやめてよい」と主張していた'],  # 6
        ["There is no change in the government's policy of resolving the territorial issue and concluding a peace treaty", 'said there was no such thing as the "Northern Territories" and that talk of returning the islands could be stopped'],  # 7
        ['суверенитет над Курилами — российский, он не обсуждается и обсуждаться не будет. Токио пора заняться', 'Япония обладает суверенитетом над четырьмя островами и по-прежнему намерена решить территориальный вопрос', 'тогда он написал, что «северных территорий» не существует, а есть Южные Курилы — российская земля'],  # 8
        ['Повторю для непонятливых: суверенитет над Курилами — российский, он не обсуждается', 'правительство Японии не меняет курса на решение территориальной проблемы и заключение мирного договора'],  # 9
        ['sovereignty over the Kurils is Russian, it is not up for discussion and never will be', 'had said Japan holds sovereignty over the four islands and would stick to its aim of settling the territorial issue', 'writing that there were no "Northern Territories," only the Southern Kurils'],  # 10
    ],
    'IWAYA_POST_2025_STORY': [
        ['we will firmly maintain our policy of resolving the territorial issue and concluding a peace treaty', 'writing that the four islands "are islands over which Japan has sovereignty and an inherent part'],  # 1
        ['北方四島は我が国が主権を有する島々であり、我が国固有の領土です。元島民の皆様の思いを胸に'],  # 2
        ['日露関係は厳しい状況にあるが、領土問題を解決して平和条約を締結するとの方針を堅持する', '北方四島は日本が主権を有する島々だと強調し、平和条約締結に向けて外交努力を続ける考えを示した'],  # 3
        ['Южные Курилы — неотъемлемая часть Российской Федерации, это закреплено итогами Второй мировой войны', 'четыре острова являются «исконной территорией» Японии, над которой она обладает суверенитетом'],  # 4
        ['вести разговор о мирном договоре с государством, которое проводит враждебную России политику', 'Ивая заявил в соцсети, что Япония обладает суверенитетом над "северными территориями"'],  # 5
        ['Говорить же о мирном договоре с государством, которое проводит откровенно враждебную России политику, бессмысленно'],  # 6
        ['The Southern Kurils are an integral part of the Russian Federation, as fixed by the outcome of World War II', 'the islands are "an inherent part of our territory" over which Japan has sovereignty', 'Japan would firmly maintain its policy of resolving the territorial issue and concluding a peace treaty'],  # 7
        ['вводит одну санкцию за другой, никакого предмета для разговора о мирном договоре нет', 'назвала бессмысленными разговоры о мирном договоре с государством, которое проводит враждебную России политику'],  # 8
        ['日本側が非友好的な政策を続け、制裁を次々と科しているかぎり、平和条約について話し合う対象は何もない', '「北方四島は我が国が主権を有する島々であり、我が国固有の領土だ」と発信していました'],  # 9
        ['imposes one sanction after another, there is no subject for a conversation about a peace treaty'],  # 10
    ],
    'EMBASSY_1956_2016_STORY': [
        ['これは「返還」ではなく、両島がどちらの主権の下に置かれるかについては何も定めていません'],  # 1
        ['Речь идет именно о передаче, а не о «возвращении», и вопрос о том, под чьим суверенитетом окажутся острова'],  # 2
        ['宣言に基づく歯舞群島と色丹島の扱いについて「『返還』ではなく『引き渡し』だ」と強調した', '9月の記者会見で、「宣言には、どのような条件で島を引き渡すのかは一切書かれていない」と述べていた'],  # 3
        ['四島の帰属の問題を解決して平和条約を締結するとの一貫した方針の下、ロシアとの交渉に粘り強く取り組んでいく', '宣言は両島がどちらの主権の下に置かれるかについて「何も定めていない」と主張していました'],  # 4
        ['under its consistent policy of resolving the issue of the attribution of the four islands and concluding a peace treaty', 'had agreed to "hand over," not "return," Shikotan and the Habomai islets after a peace treaty is signed'],  # 5
        ['придерживаясь последовательного курса на решение вопроса о принадлежности четырех островов и заключение мирного договора', 'в декларации речь идет о передаче Японии Хабомаи и Шикотана, а не об их "возвращении"'],  # 6
        ['and "does not determine in any way" under whose sovereignty they would be placed', 'Japan will keep negotiating under its consistent policy of settling the attribution of all four islands', 'the declaration does not spell out the conditions under which the islands would be handed over'],  # 7
        ['12月のプーチン大統領の訪日に向けて、平和条約交渉を前進させるべく、しっかりと準備を進めていきたい', '四島の帰属の問題を解決して平和条約を締結するとの一貫した方針の下で交渉に取り組むとのコメントを出していました'],  # 8
        ['мы намерены как следует подготовиться, чтобы продвинуть вперед переговоры о мирном договоре', 'декларация говорит о передаче двух островов, а не об их возвращении'],  # 9
    ],
    'DELETED_POST_2025_STORY': [
        ['元島民の皆様の平均年齢は89歳を超えています。一日も早い北方領土の奪還に向け、全力を尽くします'],  # 1
        ['Приложу все силы, чтобы как можно скорее отвоевать северные территории'],  # 2
        ['元島民の皆様の平均年齢は89歳を超えています。一日も早い北方領土の奪還に向け、全力を尽くします'],  # 3
        ['написал в X, что приложит все силы для скорейшего "отвоевания северных территорий"', 'Курилы - российская территория, и ни отвоевывать, ни возвращать их никто не будет'],  # 4
        ['I will do everything I can for the recapture of the Northern Territories at the earliest possible date', "The government's policy of resolving the issue of the attribution of the four islands through diplomatic negotiations"],  # 5
        ['«Приложу все силы для скорейшего отвоевания северных территорий»', 'Курилы являются российской территорией и «ни отвоевывать, ни возвращать их никто не будет»'],  # 6
        ['Южные Курилы - это российская территория, их принадлежность не обсуждается', 'написал в соцсети X, что приложит все силы для скорейшего "отвоевания" северных территорий'],  # 7
        ['ペスコフ報道官は「南クリル諸島はロシアの領土であり、その帰属は議論の対象ではない」と述べました', '外交交渉を通じて北方四島の帰属の問題を解決し、平和条約を締結するという政府の方針には全く変わりはない'],  # 8
        ["Japan's policy of resolving the sovereignty issue over the four islands through negotiations and concluding a peace treaty", 'the Southern Kurils are Russian territory and that "their status is not up for discussion."', 'he would do everything he could for "the recapture of the Northern Territories at the earliest possible date."'],  # 9
        ['wrote in X that will apply all forces for soonest "reconquest of northern territories"', 'Kuriles - Russian territory, and neither reconquer, nor return them nobody will'],  # 10
    ],
    'LIMARENKO_VK_2020_STORY': [
        ['Курильские острова — это Россия. Так решила история, и теперь это закреплено в Конституции', 'Токио пора прямо сказать: тема «мирного договора в обмен на острова» закрыта навсегда'],  # 1
        ['заявил, что Курильские острова — это Россия, а новая редакция Конституции запрещает отчуждение российских территорий'],  # 2
        ['После поправок в Конституцию обсуждать передачу хотя бы метра нашей земли просто незаконно', 'заявивший, что никаких разговоров о передаче Курил не будет'],  # 3
        ['Курильские острова — это Россия. Так решила история, и теперь это закреплено в Конституции', 'тема "мирного договора в обмен на острова" закрыта навсегда, а обсуждать передачу земли после поправок'],  # 4
        ['The Kuril Islands are Russia. So decided the history, and now it is fixed in the Constitution', 'the theme of "peace treaty in exchange of islands" is closed forever'],  # 5
        ['北方四島は我が国が主権を有する島々であり、ロシア側の主張は受け入れられない。領土問題を解決して平和条約を締結する', '第2次世界大戦終結75年に合わせた動画で「クリル諸島はロシアだ。憲法にも明記された」と強調した', 'ベトルギン議員もSNSの「フコンタクテ」で「『島と引き換えの平和条約』という話は永遠に終わった」と投稿していた'],  # 6
        ['We will persistently tackle negotiations under our basic policy of resolving the territorial issue and concluding a peace treaty', 'that "there will be no talk of handing over the islands."'],  # 7
        ['Мы будем настойчиво вести переговоры, исходя из базового курса на решение территориальной проблемы', 'заявил, что Курилы - это Россия и никаких разговоров о передаче островов не будет'],  # 8
        ['「ロシア側の主張は受け入れられない」と述べ、領土問題を解決して平和条約を締結する方針の下、粘り強く交渉する考えを示しました', '島々は「ロシアだ」と述べるとともに、領土の割譲を禁じた憲法改正に触れて「島の引き渡しの話はない」と主張しました'],  # 9
        ['заявил, что никаких разговоров о передаче островов не будет, поскольку отчуждение территорий запрещено Конституцией', 'объявил тему «мирного договора в обмен на острова» закрытой навсегда', 'назвал позицию российской стороны неприемлемой и пообещал настойчиво вести переговоры о мирном договоре'],  # 10
    ],
    'QUAKE_RELIEF_2024_STORY': [
        [],  # 1
        [],  # 2
        [],  # 3
        [],  # 4
        [],  # 5
        ['日ロ関係は厳しい状況にあるが、北方領土問題を解決して平和条約を締結するという政府の方針は不変だ'],  # 6
        ['она заявила, что Токио по-прежнему намерен решить территориальный вопрос и заключить мирный договор с Россией'],  # 7
        ["the government's policy of resolving the Northern Territories issue and concluding a peace treaty remained unchanged"],  # 8
        [],  # 9
    ],
}

NOT_STATEMENTS = {
    'MEDVEDEV_POST_2024_STORY': [
        ['Заодно новому кабинету стоит подумать, зачем Японии американские ракеты под боком у России', 'Публикация за два часа собрала более 900 тысяч просмотров', 'Россия и Япония так и не заключили мирный договор по итогам Второй мировой войны', 'В марте 2022 года Москва отказалась продолжать переговоры о нем из-за антироссийских санкций Токио', 'МИД России: Токио взял курс на милитаризацию'],  # 1
        ['Япония претендует на острова Итуруп, Кунашир, Шикотан и Хабомаи, ссылаясь на Трактат', 'Позиция Москвы состоит в том, что южные Курилы вошли в состав СССР по итогам Второй мировой войны'],  # 2
        ['Медведев высмеял будущего премьера Японии', 'он предложил новому японскому кабинету задуматься о размещении в стране американских ракет', 'Захарова назвала совместные учения Японии и США у российских границ провокацией', 'которого в Японии считают знатоком оборонной политики, выступал за создание «азиатского НАТО»'],  # 3
        ['think about why Japan needs American missiles right next to Russia', 'Medvedev has become known for incendiary online posts since Russia launched its full-scale invasion', "Medvedev's posts are written for a domestic audience; Tokyo has learned to ignore them", 'Newsweek has reached out to the Japanese Foreign Ministry for comment via email', 'The dispute has prevented the two countries from signing a peace treaty'],  # 4
        ['新しい内閣は、なぜ日本がロシアのすぐそばにアメリカのミサイルを必要とするのか考えるべきだ', 'メドベージェフ氏はウクライナ侵攻以降、SNSで欧米や日本を挑発する投稿を繰り返しています', '日本政府は、北方四島は日本固有の領土であり、領土問題を解決して平和条約を締結するという立場です'],  # 5
        ['記者から「新政権発足を前にした揺さぶりではないか」と問われたのに対しては', '礼文島付近の領空を侵犯したことについて「極めて遺憾であり、ロシア側に厳重に抗議した'],  # 6
        ['The post drew more than a million views within a day and dozens of mocking replies from Russian users', "Hayashi also repeated Tokyo's protest over last week's incursion into Japanese airspace", "Moscow's tone has hardened steadily since it broke off peace treaty talks in March 2022", 'But it tells Ishiba there is no opening on the islands for as long as the war goes on'],  # 7
        ['И пусть в Японии не удивляются, когда наши самолеты летают там, где им положено', 'В Японии заявили о нарушении воздушного пространства самолетом Ил-38', 'Медведев напомнил новому лидеру Японии, чьи Курилы'],  # 8
        ['И пусть в Японии не удивляются, когда наши самолеты летают там, где им положено', 'В марте 2022 года Россия прекратила переговоры с Японией о мирном договоре'],  # 9
        ["Medvedev's channel has around 1.5 million subscribers", 'His posts on Japan routinely collect hundreds of thousands of views', "Russia Says Japan Drills Near Kurils Are a 'Threat'"],  # 10
    ],
    'IWAYA_POST_2025_STORY': [
        ['He added that Tokyo would continue to press Moscow to allow former residents to resume visits to family graves', 'adopted a resolution calling on the government to "redouble diplomatic efforts"', "I want to stand at my parents' graves once more while I can still walk", 'Russia suspended peace treaty negotiations in March 2022 after Japan joined Western sanctions'],  # 1
        ['北方墓参をはじめとする四島交流等事業の再開も、引き続きロシア側に強く求めていきます', '投稿には夜までに約8千件の「いいね」が付き、「言葉だけでなく具体的な行動を」', '色丹島出身の女性（86）は「生きているうちに、せめてふるさとの墓に手を合わせたい」と話した', '交流事業の中断が3年近く続いており、地域経済への影響も大きい。国には一日も早い再開に向けた働きかけを求めたい'],  # 2
        ['ロシアは2022年3月、日本の対露制裁に反発して平和条約交渉を一方的に中断しており、交渉再開の糸口は見えない', '政府内では「ウクライナ情勢が落ち着くまで動きようがない」との声が漏れる', '大会は、北方領土問題の解決に向けた外交交渉の推進を政府に求めるアピールを採択した'],  # 3
        ['Токио лучше задуматься, зачем он финансирует киевский режим', 'В тот же день в Токио прошел ежегодный митинг с требованием «возвращения» островов', 'В марте 2022 года российская сторона прекратила переговоры о нем', 'Япония расширила санкционные списки против России'],  # 4
        ['Япония претендует на Итуруп, Кунашир, Шикотан и группу островов Хабомаи', 'Москва исходит из того, что южные Курилы вошли в состав СССР по итогам Второй мировой войны'],  # 5
        ['Сергей К.: Правильно, Мария Владимировна! Острова наши и точка.', 'А японцы всё никак не успокоятся, каждый год одно и то же', 'Токио лучше задуматься, зачем он финансирует киевский режим', 'Ранее RT сообщал, что в Японии прошёл так называемый День северных территорий'],  # 6
        ['and accused Tokyo of bankrolling Ukraine', "Zakharova's post was viewed more than 400,000 times by Sunday morning", 'Nobody expects talks to restart while the war continues', 'Former islanders urge resumption of grave visits'],  # 7
        ['Японский журналист спросил, допускает ли Москва возобновление диалога по мирному договору', 'Москва готова выполнять межправительственные соглашения о рыболовстве', 'Захарова ответила главе МИД Японии на пост о «северных территориях»', 'Японские суда вышли на промысел у берегов Курил'],  # 8
        ['ロシアは2022年3月、日本の制裁に反発して平和条約交渉を中断し', '日本政府は、北方領土問題を解決して平和条約を締結する方針を維持しています'],  # 9
        ['Moscow remains ready to fulfil intergovernmental fisheries agreements', "Moscow's position is that the islands became part of the USSR after World War II", 'In March 2022, Russia withdrew from peace treaty consultations with Japan'],  # 10
    ],
    'EMBASSY_1956_2016_STORY': [
        ['本日、大使館では外交関係回復60周年を記念する写真展を開催します', '宣言第9項は、両国が正常な外交関係の回復後に平和条約締結交渉を継続することを定めている', '12月にはプーチン大統領が日本を訪問し、山口県長門市で安倍晋三首相と会談する予定だ'],  # 1
        ['Дипмиссия также пригласила всех желающих на фотовыставку', 'Декларация 1956 года прекратила состояние войны между СССР и Японией', 'Лавров и Кисида обсудили подготовку визита Путина в Японию'],  # 2
        ['12月のプーチン大統領来日を前に、ロシア側が交渉の「前提」をあらためて突きつけた形だ', '大使館のSNSの一つ一つに反応するつもりはないが、首脳会談を控えた時期だけに、意図を測りかねる', '引き渡しでも返還でも、言葉はどうでもいい。早く島に帰れるようにしてほしい', '平和条約締結後に歯舞、色丹の2島を日本に引き渡すと明記している'],  # 3
        ['外務省の幹部は「首脳会談を前に、言葉の応酬は避けたい」と話しています', '日ロ両政府は、12月15日に山口県長門市で首脳会談を行う方向で調整を進めています'],  # 4
        ['The post also invited visitors to a photo exhibition at the embassy', 'It had been shared more than 300 times by Thursday evening', "is the only such document ratified by both countries' parliaments", 'Russian President Vladimir Putin is scheduled to visit Japan in mid-December'],  # 5
        ['Японские СМИ назвали публикацию посольства "неожиданной"', 'Япония претендует на острова Итуруп, Кунашир, Шикотан и Хабомаи', 'Позиция Москвы состоит в том, что южные Курилы вошли в состав СССР'],  # 6
        ['The word matters: Tokyo insists on "return," implying the islands were Japan\'s all along', 'The embassy is not saying anything new. What is new is the timing', 'said Tokyo did not want "a war of words" before the summit', 'Its Article 9 says the Soviet Union agrees to transfer Habomai and Shikotan to Japan'],  # 7
        ['8項目の経済協力プランについて「具体化に向けた作業を着実に進めていく」と述べました', '日ソ共同宣言は、平和条約の締結後に歯舞群島と色丹島を日本に引き渡すことを定めています'],  # 8
        ['Кисида также сообщил, что Япония продолжит работу над планом экономического сотрудничества', 'Визит Путина в Японию запланирован на 15-16 декабря'],  # 9
    ],
    'DELETED_POST_2025_STORY': [
        ['漁業者の皆様の厳しい状況はよく分かった。支援策を関係省庁と検討したい', 'サンマやサケの不漁が続き、ロシア側との操業交渉も不透明で先が見えない', '元島民の男性（88）は「国の人が来てくれるのはありがたいが、もう時間がない」と話した'],  # 1
        ['Японский чиновник призвал «отвоевать» Курилы', 'обычно переводится как «возвращение силой» или «отбитие», отмечают специалисты-японисты', 'Япония и США начали учения у берегов Хоккайдо'],  # 2
        ['ロシアの国営メディアは「日本の高官が島の『奪還』を呼びかけた」などと報じていた', '政府関係者は「政府の公式な表現ではない。誤解を招きかねない」と話す', 'Xでは「奪還は勇ましすぎる」「言い換えても中身は同じ」といった書き込みが相次いだ', '政府は北方四島の帰属の問題を解決して平和条約を締結する方針を掲げ'],  # 3
        ['В субботу утром запись исчезла, а вместо нее появилась новая', 'Карасин также призвал Японию отказаться от участия в военных учениях вблизи российских границ', 'Москва исходит из того, что южные Курилы вошли в состав СССР'],  # 4
        ['The original post had been viewed about 1.8 million times before it was deleted', 'Russian state media seized on the wording, with one agency headlining its story', 'Moscow suspended the talks in 2022', 'Japan protests Russian drills on Etorofu'],  # 5
        ['«От перемены слов смысл не меняется», — написал один из комментаторов', 'Удаленная публикация Тадаси Оямады', 'Японский чиновник призвал «отвоевать» Курилы', 'Токио выразил протест из-за учений на Итурупе'],  # 6
        ['Отвечая на вопрос о возможных контактах Владимира Путина с премьер-министром Японии', 'Песков сказал: "Таких контактов пока не планируется"'],  # 7
        ['ロシアは、日本の対ロシア制裁に反発して、2022年3月に平和条約交渉を一方的に中断しています', '元島民でつくる団体の幹部は「言葉の問題で交流再開がさらに遠のかないか心配だ」と話しています'],  # 8
        ['A senior Foreign Ministry official said the government had "no intention" of changing the word it uses', "Russia halted the peace treaty talks in March 2022 over Japan's sanctions", 'Japan protests Russian military drills on disputed islands'],  # 9
        ['Japanese official called to reconquer Kuriles, then changed the word', 'Karasin also called Japan to refuse participation in military exercises near Russian borders', 'On Saturday morning the record disappeared, and instead of it appeared new'],  # 10
    ],
    'LIMARENKO_VK_2020_STORY': [
        ['в ближайшие годы на Курилах появятся новые школы, детские сады и больница', 'Видеообращение губернатора за несколько часов набрало более 30 тысяч просмотров', 'Спасибо за слова, но лучше бы дорогу на Курилах сделали нормальную', 'Гость: Курилы наши, это даже не обсуждается'],  # 1
        ['губернатор также рассказал о планах по развитию Курил: строительстве жилья, школ и нового морского терминала', 'Видео: Telegram-канал Валерия Лимаренко', 'к Вечному огню возложили цветы ветераны и школьники'],  # 2
        ['Заодно предлагаю пересмотреть безвизовый обмен: японские делегации ездят на Курилы как к себе домой', 'действия, направленные на отчуждение части территории России, а также призывы к таким действиям не допускаются', 'В Госдуме оценили перспективы российско-японских отношений'],  # 3
        ['Он также предложил пересмотреть программу безвизовых обменов с Японией', 'С 2020 года 3 сентября отмечается в России как День воинской славы', 'Россия и Япония на протяжении многих лет ведут переговоры о заключении мирного договора', 'Главным камнем преткновения остается вопрос о принадлежности южных Курил'],  # 4
        ['He also proposed to revise the program of visa-free exchanges with Japan', 'Russia and Japan for many years are conducting negotiations on conclusion of a peace treaty', 'The main stumbling block remains the question of ownership of the southern Kuriles'],  # 5
        ['記者団から「自民党総裁選への影響は」と問われると、「会見は官房長官として行っている」と述べるにとどめた', '新型コロナウイルスの影響で今年は実施できていない四島交流等事業について「再開に向けて、ロシア側と調整していきたい」', '元島民の女性（85）は「知事の発言は悲しい。交渉の火を消さないでほしい」と話した'],  # 6
        ['Suga, who is widely expected to win the Liberal Democratic Party leadership race on Sept. 14', 'prohibit actions aimed at alienating Russian territory, a clause many in Japan see as a blow to the talks', 'Visa-free visits to Russian-held isles canceled due to virus'],  # 7
        ['Суга также выразил надежду на возобновление программы безвизовых обменов', 'Позиция Москвы состоит в том, что южные Курилы вошли в состав СССР'],  # 8
        ['新型コロナの影響で止まっている四島交流の再開に向けて国と連携していきたい', 'ロシアではことし7月、領土の割譲を禁じる条項を盛り込んだ憲法改正が発効しています'],  # 9
        ['Губернатор и депутат напомнили Токио о поправках в Конституцию', 'Региональные руководители и депутаты не определяют внешнюю политику', 'Источник в МИД РФ сказал “Ъ”, что публикации в соцсетях «не меняют официальной позиции»'],  # 10
    ],
    'QUAKE_RELIEF_2024_STORY': [
        ['能登半島地震で亡くなられた方々に心から哀悼の意を表します。ロシアは必要があれば支援を行う用意があります', 'アメリカのエマニュエル大使はSNSで「アメリカは日本とともにある」とする動画メッセージを投稿しました', 'ロシアは2022年3月、日本の制裁に反発して平和条約交渉を中断しています'],  # 1
        ['Россия готова при необходимости оказать содействие в ликвидации последствий бедствия', 'В марте 2022 года российская сторона вышла из переговоров о мирном договоре', 'Захарова: Токио продолжает антироссийский курс'],  # 2
        ['I am deeply grateful for the warm messages and offers of assistance from around the world', 'The Russian Embassy in Tokyo had posted on Tuesday that Russia was ready to provide assistance if needed', 'A Foreign Ministry official said Japan was not currently considering accepting relief teams from abroad', 'Moscow pulled out of peace treaty negotiations the following month in response to Japanese sanctions'],  # 3
        ['По просьбе японских коллег, связанной с последствиями землетрясения, переговоры перенесены', 'В марте 2022 года Россия вышла из переговоров с Японией о мирном договоре', 'Межправительственные рыболовные соглашения при этом продолжают действовать'],  # 4
        ['ロシア漁業庁は10日、通信アプリ「テレグラム」で、日本側の要請により協議を2月に延期したと発表した', '能登半島地震の対応で職員を派遣する必要があり、ロシア側と協議して日程を調整した', '毎年のように交渉がずれ込み、見通しが立たない。北方領土の問題が動かない中、せめて漁だけは安定してほしい', '日ロ間では平和条約交渉が中断したままで、北方四島周辺での安全操業協定に基づく操業も'],  # 5
        ['ロシアに侵略をやめさせるため、G7をはじめとする国際社会と連携して厳しい対ロ制裁を続けていく', 'お見舞いの気持ちには感謝したい。現時点で具体的な支援の受け入れは調整していない', '記者から「震災を機に対ロ関係改善を探る考えはないか」と問われると', 'ロシアは2022年3月、日本の制裁に反発して平和条約交渉を一方的に中断した'],  # 6
        ['Токио продолжает слепо следовать за Вашингтоном, нанося ущерб прежде всего собственной экономике', 'Россия ответит на очередной пакет японских санкций, заявила официальный представитель МИД РФ', 'объявила о расширении списка лиц и организаций, чьи активы замораживаются', 'Японский МИД также поблагодарил Россию за выраженные соболезнования'],  # 7
        ['some in Tokyo wondered whether a small opening had appeared', 'Asked whether the disaster might open a path to improving ties', 'Zakharova responded on Telegram within hours, promising retaliation', 'Kamikawa said she was grateful for the sympathy but that Japan was not arranging any Russian assistance', 'I would not expect peace treaty talks to resume', "this year's salmon talks with Japan had been pushed back to February at Tokyo's request", 'Russia walked away from the peace treaty negotiations in March 2022'],  # 8
        ['Группа МЧС России может вылететь по первому запросу японской стороны', 'Камикава заявила, что Токио пока не планирует принимать помощь из-за рубежа', 'после чего Москва прекратила переговоры о мирном договоре и приостановила безвизовые обмены', 'в районе бедствия работали спасатели МЧС России'],  # 9
    ],
}

EXPECTED = {
    'MEDVEDEV_POST_2024_STORY': [
        ('ria.ru', 'Dmitry Medvedev'),  # M1
        ('ria.ru', 'Dmitry Medvedev'),  # M0
        ('www.jiji.com', 'Yoshimasa Hayashi'),  # H1
        ('ria.ru', 'Dmitry Medvedev'),  # M2
    ],
    'IWAYA_POST_2025_STORY': [
        ('english.kyodonews.net', 'Shigeru Ishiba'),  # IS1
        ('english.kyodonews.net', 'Takeshi Iwaya'),  # I1
        ('ria.ru', 'Maria Zakharova'),  # Z1
        ('ria.ru', 'Maria Zakharova'),  # Z2
    ],
    'EMBASSY_1956_2016_STORY': [
        ('jp.sputniknews.com', 'Russian Embassy in Japan'),  # E1
        ('www.hokkaido-np.co.jp', 'Evgeny Afanasiev'),  # AF1
        ('www3.nhk.or.jp', 'Japanese Foreign Ministry'),  # J1
        ('www3.nhk.or.jp', 'Fumio Kishida'),  # KI1
    ],
    'DELETED_POST_2025_STORY': [
        ('www.hokkaido-np.co.jp', 'Tadashi Oyamada'),  # O1
        ('tass.ru', 'Grigory Karasin'),  # K1
        ('www.japantimes.co.jp', 'Tadashi Oyamada'),  # O2
        ('www.interfax.ru', 'Dmitry Peskov'),  # P1
    ],
    'LIMARENKO_VK_2020_STORY': [
        ('sakhalin.info', 'Valery Limarenko'),  # LI1
        ('sakhalin.info', 'Andrei Vetlugin'),  # VE1
        ('www.hokkaido-np.co.jp', 'Yoshihide Suga'),  # S1
    ],
    'QUAKE_RELIEF_2024_STORY': [
        ('www.jiji.com', 'Yoko Kamikawa'),  # KA1
    ],
}
