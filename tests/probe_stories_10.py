"""Probe stories, round 10: DENIED, CLARIFIED, MISATTRIBUTED.

Six hand-written multi-outlet stories (2013-2026) about the Russia-Japan peace treaty and the Southern Kurils /
Northern Territories, in Russian, Japanese and English, written independently of earlier rounds (own words, each
outlet's page structure). Each story is a list of 9-10 pages (reports) in the order treatywatch would process them.
The theme is words that are denied, clarified or pinned on the wrong person: a newspaper scoop built on anonymous
sources that a minister then denies; a wire flash that gives a deputy minister's words to the minister and a
CORRECTED version that fixes the speaker; a spokeswoman who explains the next day what her minister "meant"; an
interview re-quoted in shortened, merged and machine-translated forms, then a similar line from the same man a week
later; two ministers of the two sides saying near-identical things ("we will continue the talks") the same day; and
a fisheries story in which the only treaty-worded sentences are background and experts, plus one real remark.

Rule for remark ids: a remark id names ONE utterance (same speaker, same words, same occasion). Two distinct points by
the same speaker in one answer or speech get two ids; the same speaker on another occasion (another day, another
press conference, another interview) gets a new id however close the words; two speakers saying the same words
always get two ids. A lead retelling the quote below it is the same remark (listed once per report). A recollection
("on Tuesday Lavrov said ...") is the recalled remark. A corrected quote, a shortened or merged quote, a translation
(also a machine translation) or a paraphrase is the same utterance. A denial of a reported remark is a new remark of
the one who denies; the report being denied (anonymous sources) is no remark. A spokeswoman's clarification of her
minister is a new remark of hers. A remark first printed under the wrong name keeps its TRUE speaker in REMARKS and
EXPECTED, in every report that carries it (also the one with the wrong name). Only TREATY remarks are listed (peace
treaty, treaty talks, sovereignty over / handover of the islands, the 1956 Declaration as a basis). The same
officials on sanctions, Ukraine, fisheries, energy, visas, grave visits, security are no remarks (spans of them are
in NOT_STATEMENTS), and neither are background paragraphs, documents, events, anonymous sources, journalists'
questions, experts, ordinary citizens, headlines, link lists and the writers' analysis. A report with no treaty
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
# Story 1 - KONO_DENIAL_2018_STORY (3-6 December 2018). Three weeks after the Singapore summit, a Tokyo daily reports,
# citing unnamed government sources, that Foreign Minister Taro Kono told ruling-party lawmakers in private that
# getting two islands back first was "a realistic option". Kono denies it at his press conference the next day;
# Chief Cabinet Secretary Yoshihide Suga backs him; a Russian senator and the Russian MFA spokeswoman react.
#  1 Sankei (ja), the scoop           no remark: the anonymous report, an attendee, a government official (all
#                                     anonymous); the government's long-held line and the 1956 text (background)
#  2 Japan Today (en), rewrite        no remark: the scoop again; "could not be reached" (event); background
#  3 RIA Novosti (ru)                 D1 NEW (Dzhabarov: handing over territory not on the agenda); his trade line
#                                     (non-treaty); the scoop (anonymous); background
#  4 NHK (ja), 4 Dec                  K1 NEW (Kono's denial + the four-island line, one quote); reporter's question;
#                                     grave visits (non-treaty); the 1956 text (document)
#  5 Kyodo (en)                       K1 repeat, S1 NEW (Suga: no truth, no change of stance); Suga on visa-free
#                                     visits (non-treaty); the scoop recalled (anonymous); link list
#  6 TASS (ru)                        K1, S1 repeat; "Moscow's position is ..." (background)
#  7 The Japan Times (en)             K1, S1 repeat; Kono on his schedule (non-treaty); expert; anonymous lawmaker
#  8 Sankei (ja), 5 Dec follow-up     K1 repeat; anonymous official insists; the paper's own PR department
#  9 content farm (en), 5 Dec         K1, S1 repeat; headline wrongly saying the minister is "ready" (trap)
# 10 Interfax (ru), 6 Dec             Z1 NEW (Zakharova: no comment on leaks; sovereignty is a result of WWII),
#                                     K1 recalled; visas (non-treaty); the Japanese journalist's question
# ===========================================================================================================

_KD_SCOOP_BG = """安倍晋三首相とプーチン露大統領は11月14日にシンガポールで会談し、1956年の日ソ共同宣言を基礎に平和条約交渉を加速させることで合意した。同宣言は平和条約締結後に歯舞、色丹の2島を日本に引き渡すと明記しているが、国後、択捉両島には触れていない。"""

_KD_KY_KONO = """"I have never said anything of the kind. The government's policy is to resolve the issue of the attribution of the four islands and conclude a peace treaty, and that has not changed at all," Kono told a press conference."""

KONO_DENIAL_2018_STORY = [
    ("https://www.sankei.com/politics/news/181203/plt1812030004-n1.html", "ja", "2018-12-03",
     "河野外相、「2島先行」容認を示唆　自民議員との非公式会合で",
     """河野外相、「2島先行」容認を示唆　自民議員との非公式会合で

2018.12.3 05:00　政治　政策

河野太郎外相が先月下旬、自民党の一部議員との非公式な会合で、北方領土交渉をめぐり歯舞群島と色丹島の2島の引き渡しを先行させる形での決着を容認する考えを示唆していたことが2日、分かった。複数の政府関係者が明らかにした。

政府関係者によると、河野氏は会合で「まず2島を確実に取り戻すことも現実的な選択肢だ」という趣旨の発言をしたという。出席者の一人は「4島一括にはこだわらないというニュアンスに聞こえた」と語った。

""" + _KD_SCOOP_BG + """

政府はこれまで、北方四島の帰属の問題を解決して平和条約を締結するとの方針を掲げてきた。2島先行での決着となれば、従来の方針からの事実上の転換と受け止められる可能性がある。

政府高官の一人は「交渉の中身について予断を与えるような話はしていないはずだ」と話している。

首相は来年1月にもロシアを訪問し、プーチン氏と会談する方向で調整している。

【関連記事】
・日露首脳、「56年宣言」基礎に交渉加速で合意
・元島民「4島返還の旗降ろさないで」

この記事は有料会員限定です"""),

    ("https://japantoday.com/category/politics/kono-hinted-at-accepting-two-island-deal-with-russia-report", "en",
     "2018-12-03",
     "Kono hinted at accepting two-island deal with Russia: report",
     """Kono hinted at accepting two-island deal with Russia: report

POLITICS DEC. 03, 2018 - 06:45 AM JST

TOKYO —

Foreign Minister Taro Kono suggested at an informal gathering with ruling party lawmakers late last month that Japan could settle for the return of two of the four islands Russia holds off Hokkaido first, the Sankei Shimbun reported Monday, citing several government sources.

Kono told the lawmakers that securing two islands first was "a realistic option," according to the sources quoted by the daily. One participant was quoted as saying the minister did not seem to insist on the four islands being returned together.

The Foreign Ministry could not immediately be reached for comment.

Prime Minister Shinzo Abe and Russian President Vladimir Putin agreed in Singapore last month to accelerate peace treaty talks on the basis of a 1956 joint declaration, which says Habomai and Shikotan will be handed over to Japan after a treaty is signed. The declaration makes no mention of Kunashiri and Etorofu.

Japan's long-held position is that it will resolve the issue of the attribution of all four islands and then conclude a peace treaty.

© Japan Today

16 Comments
Login to comment

Facebook  Twitter  Email

MORE IN POLITICS
Abe aims to tweak pension rules before upper house poll
Opposition vows to block foreign worker bill"""),

    ("https://ria.ru/20181203/1537375690.html", "ru", "2018-12-03",
     "СМИ: глава МИД Японии допустил передачу сначала двух островов",
     """СМИ: глава МИД Японии допустил передачу сначала двух островов

МОСКВА, 3 дек — РИА Новости. Министр иностранных дел Японии Таро Коно на закрытой встрече с депутатами правящей Либерально-демократической партии дал понять, что Токио может согласиться на передачу в первую очередь двух из четырех островов Южных Курил, пишет газета "Санкэй" со ссылкой на источники в правительстве.

По данным издания, Коно назвал такой вариант "реалистичным". Официальных комментариев японского МИД пока не поступало.

Первый заместитель председателя комитета Совета Федерации по международным делам Владимир Джабаров заявил РИА Новости, что не видит смысла обсуждать публикации японской прессы. "Вопрос о передаче каких-либо территорий вообще не стоит на повестке. Курилы — российская земля, и так будет всегда", — сказал сенатор.

Он также отметил, что Россия заинтересована в развитии торговли с Японией и ждет японских инвесторов на Дальнем Востоке.

В ноябре в Сингапуре президент России Владимир Путин и премьер-министр Японии Синдзо Абэ договорились ускорить переговорный процесс на основе советско-японской декларации 1956 года. В ней СССР выражал согласие передать Японии остров Шикотан и группу островов Хабомаи после заключения мирного договора.

Россия и Япония до сих пор не подписали мирный договор по итогам Второй мировой войны. Камнем преткновения остается вопрос о принадлежности южной части Курильских островов.

Читайте также:
Путин и Абэ обсудили в Буэнос-Айресе подготовку визита в Москву
Японские туристы побывали на Итурупе по упрощенной схеме

Теги: Япония, Курильские острова, Таро Коно, В мире"""),

    ("https://www3.nhk.or.jp/news/html/20181204/k10011733451000.html", "ja", "2018-12-04",
     "河野外相 「2島先行容認」報道を否定",
     """河野外相 「2島先行容認」報道を否定

2018年12月4日 12時18分

北方領土問題をめぐり、河野外務大臣が歯舞群島と色丹島の2島の引き渡しを先行させる形での決着を容認する考えを示唆したと一部で報じられたことについて、河野大臣は4日の閣議のあとの記者会見で、報道の内容を否定しました。

会見では、記者が「2島先行での決着もあり得るのか」と質問しました。

これに対し河野大臣は、「そのような発言をしたことは一度もない。政府の方針は、北方四島の帰属の問題を解決して平和条約を締結するというもので、何ら変わりはない」と述べました。

一方、河野大臣は、元島民による北方四島への墓参について、「来年も実施できるよう、ロシア側と調整を進めていく」と述べました。

先月のシンガポールでの日ロ首脳会談では、1956年の日ソ共同宣言を基礎に平和条約交渉を加速させることで合意しています。共同宣言には平和条約締結後に歯舞群島と色丹島を引き渡すことが明記されています。

安倍総理大臣は来年1月にもロシアを訪れ、プーチン大統領と首脳会談を行う方向で調整が進められています。"""),

    ("https://english.kyodonews.net/news/2018/12/1a8e3f5c1b2e-kono-denies-report-he-hinted-at-two-island-deal.html",
     "en", "2018-12-04",
     "Kono denies report he hinted at two-island deal with Russia",
     """Kono denies report he hinted at two-island deal with Russia

KYODO NEWS - Dec 4, 2018 - 13:05 | Politics, All

Foreign Minister Taro Kono on Tuesday flatly denied a newspaper report that he had signaled openness to a deal under which Russia would first return two of the four disputed islands off Hokkaido.

""" + _KD_KY_KONO + """

Chief Cabinet Secretary Yoshihide Suga also dismissed the report at a separate press conference, saying, "There is no truth to it. The government has not considered any change to its basic stance on the Northern Territories."

The Sankei Shimbun reported Monday, citing government sources, that Kono had told a small group of Liberal Democratic Party lawmakers late last month that getting two islands back first would be a realistic option.

Suga also said the government would continue to work closely with Moscow on the visa-free visits by former islanders and their families.

The islands -- Etorofu, Kunashiri, Shikotan and the Habomai islet group -- were seized by Soviet forces as World War II ended. Japan and Russia have yet to sign a peace treaty formally ending their wartime hostilities.

[Related coverage]
Abe, Putin agree to speed up talks on peace treaty
Russian senator says Kurils not on the table

==Kyodo"""),

    ("https://tass.ru/mezhdunarodnaya-panorama/5869021", "ru", "2018-12-04",
     "Глава МИД Японии опроверг сообщения о готовности к передаче двух островов",
     """Глава МИД Японии опроверг сообщения о готовности к передаче двух островов

ТОКИО, 4 декабря. /ТАСС/. Министр иностранных дел Японии Таро Коно во вторник опроверг сообщения газеты "Санкэй" о том, что он якобы допускал урегулирование территориального спора с Россией через передачу в первую очередь двух островов.

"Ничего подобного я никогда не говорил. Политика правительства состоит в том, чтобы решить вопрос о принадлежности четырех островов и заключить мирный договор, и она ничуть не изменилась", - заявил министр на пресс-конференции.

Генеральный секретарь кабинета министров Японии Ёсихидэ Суга также назвал публикацию не соответствующей действительности, заявив, что правительство не рассматривало изменения своей позиции по "северным территориям".

Накануне "Санкэй", ссылаясь на источники в правительстве, сообщила, что Коно на неформальной встрече с депутатами правящей партии назвал "реалистичным" вариант, при котором сначала Японии будут переданы Хабомаи и Шикотан.

Япония претендует на острова Итуруп, Кунашир, Шикотан и Хабомаи, ссылаясь на двусторонний Симодский трактат 1855 года. Позиция Москвы состоит в том, что южные Курилы вошли в состав СССР по итогам Второй мировой войны и российский суверенитет над ними сомнению не подлежит.

Подписывайтесь на ТАСС в Яндекс.Дзене"""),

    ("https://www.japantimes.co.jp/news/2018/12/04/national/politics-diplomacy/kono-denial-two-island-report/", "en",
     "2018-12-04",
     "Kono's denial fails to quiet talk of two-island compromise",
     """Kono's denial fails to quiet talk of two-island compromise

by Satoshi Kaneda
Staff Writer

Dec 4, 2018

Foreign Minister Taro Kono on Tuesday rejected a newspaper report that he had privately floated a deal in which Russia would hand back two islands first, but the episode has fed a debate in Tokyo that the government would rather keep behind closed doors.

Kono told reporters he had never said anything of the kind and that Japan's policy of resolving the attribution of the four islands before concluding a peace treaty had not changed. Chief Cabinet Secretary Yoshihide Suga backed him up, saying the government had not considered any change to its basic stance.

Asked whether he had met the lawmakers named in the report, Kono said he would not discuss his private schedule.

The report, carried Monday by the Sankei Shimbun, quoted unnamed government sources as saying Kono had called a two-islands-first approach "a realistic option."

"Whatever the foreign minister said or did not say, the Singapore agreement has already moved the center of gravity toward Habomai and Shikotan," said Hiroshi Tamaki, a professor of Russian studies at a university in Sapporo. "The denial is about wording, not about direction."

A ruling party lawmaker who attended the gathering said the minister had spoken in general terms and that his words were being stretched.

Abe and Putin agreed in Singapore on Nov. 14 to accelerate talks based on the 1956 joint declaration, which promises the handover of Shikotan and the Habomai islets after a peace treaty is concluded. The declaration is silent on Kunashiri and Etorofu, the two largest islands, where most of the roughly 20,000 Russian residents live.

Kono is expected to travel to Moscow in January to prepare for Abe's visit.

RELATED
Sankei: Kono hinted at two-island approach
Abe, Putin agree to speed up treaty talks
Former islanders fear 'two-island' settlement

KEYWORDS
Taro Kono, Russia, Northern Territories, Yoshihide Suga

Share: Facebook Twitter Email"""),

    ("https://www.sankei.com/politics/news/181205/plt1812050007-n1.html", "ja", "2018-12-05",
     "外相「事実無根」も…党内にくすぶる「2島先行」論",
     """外相「事実無根」も…党内にくすぶる「2島先行」論

2018.12.5 07:00　政治　政策

河野太郎外相は4日の記者会見で、北方領土交渉で歯舞群島と色丹島の2島先行での決着を容認する考えを示唆したとする本紙の報道について、「そのような発言をしたことは一度もない」と否定し、四島の帰属の問題を解決して平和条約を締結するとの政府方針に「何ら変わりはない」と強調した。

ただ、会合に出席した複数の議員は、外相が「2島」に言及したこと自体は否定していない。ある政府関係者は「外相の発言の趣旨は報じた通りだ」と話す。

産経新聞社広報部は「十分な取材に基づいて報道したものです」としている。

自民党内では、2島の返還を先行させ、残る国後、択捉両島については継続協議とする「2島先行返還」論が以前からくすぶる。四島の主権をめぐる日露の隔たりは大きく、交渉の先行きは見通せない。

【主張】北方領土交渉　国民への説明を尽くせ

この記事は有料会員限定です"""),

    ("https://asiapolitix-daily.example/2018/12/05/japan-ready-to-take-just-two-kuril-islands/", "en", "2018-12-05",
     "Japan Ready To Take Just Two Kuril Islands, Foreign Minister Says",
     """Japan Ready To Take Just Two Kuril Islands, Foreign Minister Says

Posted by newsdesk | December 5, 2018 | Asia | 3 Comments

Japan is ready to accept only two of the four Kuril islands from Russia, according to what the Japanese newspaper Sankei wrote this week, quoting people in the government who said Foreign Minister Taro Kono called this "a realistic option".

But Kono said on Tuesday in press conference that he never said anything like this. "I have never said anything of this kind, the policy of government is to solve the attribution of the four islands and to conclude the peace treaty and it did not change at all," Kono said to reporters.

Also the government spokesman Yoshihide Suga said there is no truth in the report and the basic stance on Northern Territories was not changed.

Russia took the islands in 1945 and Japan wants them back since then. The two countries still have no peace treaty after World War Two.

Source: Kyodo, Sankei

Tags: Japan, Russia, Kuril Islands, Taro Kono, two islands

Share on Facebook | Tweet | Pin it

YOU MAY ALSO LIKE
Why Japan And Russia Never Signed Peace After WW2
The Island Where Russians And Japanese Lived Together"""),

    ("https://www.interfax.ru/world/640512", "ru", "2018-12-06",
     "Захарова: Москва не будет комментировать \"утечки\" в японской прессе о Курилах",
     """Захарова: Москва не будет комментировать "утечки" в японской прессе о Курилах

Москва. 6 декабря. INTERFAX.RU - Официальный представитель МИД РФ Мария Захарова отказалась комментировать публикации японских СМИ о якобы обсуждавшемся в Токио варианте передачи двух островов Южных Курил.

"Мы не комментируем утечки и слухи в японской прессе. Наша позиция хорошо известна: суверенитет России над Южными Курилами является результатом Второй мировой войны и предметом обсуждения не является", - сказала Захарова на брифинге в четверг.

Вопрос о публикации газеты "Санкэй" задал японский журналист, поинтересовавшийся, ведет ли Москва переговоры о "двух островах".

Во вторник министр иностранных дел Японии Таро Коно опроверг сообщения о том, что он допускал такой вариант, заявив, что политика Токио по-прежнему заключается в решении вопроса о принадлежности четырех островов.

Захарова также сообщила, что с 1 января Россия упрощает порядок выдачи виз для японских граждан, приезжающих с деловыми и туристическими целями.

Япония претендует на острова Итуруп, Кунашир, Шикотан и гряду Хабомаи. В ноябре лидеры двух стран договорились ускорить переговоры о мирном договоре с опорой на декларацию 1956 года.

Теги: Мария Захарова, Япония, Курилы, МИД РФ"""),
]

# ===========================================================================================================
# Story 2 - RUDENKO_MIXUP_2024_STORY (8-14 February 2024). The day after Japan's Northern Territories Day, Deputy
# Foreign Minister Andrei Rudenko tells RIA Novosti there is "nothing to discuss" on a peace treaty while Tokyo keeps
# its hostile course. A Kyodo flash first gives the line to Foreign Minister Sergei Lavrov; a CORRECTED version at its
# own URL fixes the speaker; later copies use the right name. Chief Cabinet Secretary Hayashi answers; Lavrov himself
# speaks on the treaty four days later (a new occasion); Zakharova is asked about the mix-up.
#  1 Kyodo flash (en), WRONG NAME      R1 NEW - printed as Lavrov's, the true speaker is Rudenko (listed as Rudenko);
#                                      the rally (event); the 2022 suspension (event)
#  2 Kyodo (CORRECTED) (en)            R1 repeat (right name); correction note; fishing (non-treaty)
#  3 RIA Novosti (ru), the original    R1 repeat; correspondent's question; fishing, visa-free trips, Korea
#                                      (non-treaty); 2022 (event); link list
#  4 Jiji (ja)                         R1 repeat; "some foreign media first gave it to Lavrov" (writer); the writer's
#                                      reading of the remark; link list with a quoted headline
#  5 NHK (ja), 9 Feb                   R1 recalled, H1 NEW (Hayashi: regrettable; policy kept); Russian military
#                                      activity (non-treaty); the mix-up (writer)
#  6 Interfax (ru)                     H1, R1 repeat; the mix-up (writer); 2022 (event)
#  7 The Japan Times (en), 10 Feb      R1, H1 repeat; the mix-up; expert; anonymous editor
#  8 TASS (ru), 12 Feb                 L1 NEW (Lavrov on another occasion: "it was not we who walked away"),
#                                      R1 recalled; Japanese journalist's question; Ukraine (non-treaty)
#  9 RIA Novosti (ru), 14 Feb          Z1 NEW (Zakharova: one position whoever voices it); the question about the
#                                      mix-up; sanctions (non-treaty); link list
# 10 Kyodo (en), 14 Feb                Z1, R1, L1, H1 repeat; "Kyodo News initially attributed..." (writer)
# ===========================================================================================================

_RM_KY_TAIL = """The remarks came a day after Japan marked its annual Northern Territories Day with a rally in Tokyo attended by Prime Minister Fumio Kishida.

Russia unilaterally suspended the peace treaty talks in March 2022 in response to sanctions imposed by Japan over Moscow's invasion of Ukraine."""

RUDENKO_MIXUP_2024_STORY = [
    ("https://english.kyodonews.net/news/2024/02/6f1d2a7c9e41-lavrov-says-no-ground-for-peace-treaty-talks-with-japan.html",
     "en", "2024-02-08",
     "Lavrov says no ground for peace treaty talks with Japan",
     """Lavrov says no ground for peace treaty talks with Japan

KYODO NEWS - Feb 8, 2024 - 19:22 | World, All

Russian Foreign Minister Sergei Lavrov said Thursday there is no ground for resuming peace treaty negotiations with Japan as long as Tokyo keeps what Moscow calls an openly hostile policy, including sanctions, Russian media reported.

"As long as Japan sticks to its hostile course, there is simply nothing to discuss on a peace treaty," Lavrov was quoted as telling the state-run RIA Novosti news agency.

""" + _RM_KY_TAIL + """

==Kyodo"""),

    ("https://english.kyodonews.net/news/2024/02/6f1d2a7c9e41-corrected-russian-deputy-fm-says-no-ground-for-peace-treaty-talks.html",
     "en", "2024-02-08",
     "(CORRECTED) Russian deputy FM says no ground for peace treaty talks with Japan",
     """(CORRECTED) Russian deputy FM says no ground for peace treaty talks with Japan

KYODO NEWS - Feb 8, 2024 - 21:47 | World, All

(Corrects speaker in headline and 1st, 2nd paragraphs to Deputy Foreign Minister Andrei Rudenko from Foreign Minister Sergei Lavrov)

Russian Deputy Foreign Minister Andrei Rudenko said Thursday there is no ground for resuming peace treaty negotiations with Japan as long as Tokyo keeps what Moscow calls an openly hostile policy, including sanctions, Russian media reported.

"As long as Japan sticks to its hostile course, there is simply nothing to discuss on a peace treaty," Rudenko, who oversees relations with Asian countries, was quoted as telling the state-run RIA Novosti news agency.

Rudenko also said Moscow was ready to continue talks on fishing by Japanese boats in Russian waters, saying such arrangements were "mutually beneficial."

""" + _RM_KY_TAIL + """ It has also halted visa-free exchanges and visits by former Japanese islanders to their ancestors' graves.

==Kyodo"""),

    ("https://ria.ru/20240208/rudenko-1926385472.html", "ru", "2024-02-08",
     "Руденко: переговоры о мирном договоре с Японией сейчас беспредметны",
     """Руденко: переговоры о мирном договоре с Японией сейчас беспредметны

МОСКВА, 8 фев — РИА Новости. Условий для возобновления переговоров о мирном договоре с Японией нет, пока Токио проводит недружественную политику в отношении России, заявил РИА Новости заместитель министра иностранных дел РФ Андрей Руденко.

"Пока Япония придерживается враждебного курса, обсуждать мирный договор просто не о чем", — сказал замглавы МИД в кулуарах конференции, посвященной ситуации в Азиатско-Тихоокеанском регионе.

Корреспондент РИА Новости поинтересовался, возможны ли контакты с японскими дипломатами по этой теме на экспертном уровне.

По словам Руденко, Москва по-прежнему готова к переговорам по рыболовству, поскольку такие договоренности "взаимовыгодны". Вопрос же о возобновлении безвизовых поездок бывших японских жителей островов, добавил он, "сегодня на повестке не стоит".

Замминистра также прокомментировал ситуацию на Корейском полуострове, призвав все стороны к сдержанности.

В марте 2022 года Россия приостановила переговоры с Японией о мирном договоре в ответ на антироссийские санкции, введенные Токио.

Читайте также:
В Токио прошел ежегодный митинг "Дня северных территорий"
Захарова прокомментировала новые санкции Японии

Теги: Япония, Андрей Руденко, МИД России, Курильские острова"""),

    ("https://www.jiji.com/jc/article?k=2024020801123&g=int", "ja", "2024-02-08",
     "平和条約「話し合うことはない」　ロシア外務次官",
     """平和条約「話し合うことはない」　ロシア外務次官

2024年02月08日22時41分

【モスクワ時事】ロシアのルデンコ外務次官は8日、ロシア通信に対し、日本が「敵対的な路線」を続ける限り、日ロ平和条約について「話し合うことは何もない」と述べた。日本の対ロ制裁を念頭に置いた発言とみられる。

ルデンコ氏はアジア外交を担当する次官。一方で、日本漁船のロシア水域での操業をめぐる交渉には応じる姿勢を示した。

ロシアはウクライナ侵攻後の2022年3月、日本の制裁を理由に平和条約交渉を一方的に中断した。北方四島の元島民らによる墓参などの交流事業も止まったままだ。

一部の海外メディアは当初、この発言をラブロフ外相のものとして伝えていた。

7日には「北方領土の日」に合わせ、東京都内で北方領土返還要求全国大会が開かれた。

関連記事
・北方領土の日　首相「領土問題解決し平和条約を」
・ロシア、日本の新たな制裁に対抗措置"""),

    ("https://www3.nhk.or.jp/news/html/20240209/k10014352461000.html", "ja", "2024-02-09",
     "林官房長官 ロシア外務次官の発言に「極めて遺憾」",
     """林官房長官 ロシア外務次官の発言に「極めて遺憾」

2024年2月9日 12時05分

ロシアのルデンコ外務次官が、日本が敵対的な路線を続ける限り平和条約について話し合うことはないと述べたことについて、林官房長官は9日午前の記者会見で、「極めて遺憾だ」と述べました。

林官房長官は「ロシア側の発言は極めて遺憾だ。政府としては北方領土問題を解決して平和条約を締結するという方針を堅持していく」と述べました。

また、林官房長官は、北海道周辺でのロシア軍の活動について「引き続き警戒監視に万全を期していく」と述べました。

ルデンコ外務次官の発言は8日、ロシアの国営通信社が伝えたもので、一部のメディアは当初、ラブロフ外相の発言として報じていました。

ロシアは2022年3月、日本の制裁を理由に平和条約交渉を中断しています。"""),

    ("https://www.interfax.ru/world/945118", "ru", "2024-02-09",
     "В Токио назвали \"прискорбными\" слова Руденко о мирном договоре",
     """В Токио назвали "прискорбными" слова Руденко о мирном договоре

Москва. 9 февраля. INTERFAX.RU - Генеральный секретарь кабинета министров Японии Ёсимаса Хаяси выразил сожаление в связи с заявлением замглавы МИД РФ Андрея Руденко о мирном договоре.

"Слова российской стороны вызывают глубокое сожаление. Правительство будет и дальше придерживаться курса на решение территориальной проблемы и заключение мирного договора", - цитирует Хаяси агентство Kyodo.

Накануне Руденко заявил РИА Новости, что пока Япония придерживается враждебного курса, обсуждать мирный договор "просто не о чем".

Ранее ряд японских и западных СМИ ошибочно приписали эти слова министру иностранных дел Сергею Лаврову.

Переговоры о мирном договоре были прерваны в 2022 году после того, как Япония присоединилась к западным санкциям против России.

Теги: Япония, Андрей Руденко, Ёсимаса Хаяси"""),

    ("https://www.japantimes.co.jp/news/2024/02/10/national/politics-diplomacy/lavrov-rudenko-mixup/", "en",
     "2024-02-10",
     "Lavrov or Rudenko? A mix-up that changes little for Japan",
     """Lavrov or Rudenko? A mix-up that changes little for Japan

by Emi Sakurada
Staff Writer

Feb 10, 2024

When a blunt line on peace treaty talks with Japan crossed the wires on Thursday evening, several outlets, including Kyodo News, initially put it in the mouth of Foreign Minister Sergei Lavrov. Within hours the speaker was corrected to Deputy Foreign Minister Andrei Rudenko, who handles Asia at the Russian Foreign Ministry.

Rudenko told RIA Novosti that as long as Japan sticks to its hostile course there is nothing to discuss on a peace treaty.

Chief Cabinet Secretary Yoshimasa Hayashi called the remark deeply regrettable on Friday and said the government would stick to its policy of settling the territorial question and then signing a peace treaty.

"It hardly matters whose name is on the quote. Since 2022 the whole ministry has been speaking with one voice on Japan," said Yuki Hoshino, an associate professor of international relations at a private university in Tokyo.

Attribution errors of this kind happen when agencies rush to relay reports from Russian state media, a veteran editor at a Tokyo-based wire service said.

Moscow halted the treaty talks in March 2022 after Tokyo joined Western sanctions over the war in Ukraine, and has since suspended visa-free visits to the islands.

RELATED
Russia's deputy FM says no ground for treaty talks
Japan marks Northern Territories Day amid frozen ties

KEYWORDS
Russia, Northern Territories, Andrei Rudenko, Sergei Lavrov

Share: Facebook Twitter Email"""),

    ("https://tass.ru/politika/19952031", "ru", "2024-02-12",
     "Лавров: Япония сама свернула диалог о мирном договоре",
     """Лавров: Япония сама свернула диалог о мирном договоре

МОСКВА, 12 февраля. /ТАСС/. Токио своими действиями сам лишил смысла диалог о мирном договоре с Россией. Такое мнение высказал министр иностранных дел РФ Сергей Лавров на пресс-конференции по итогам переговоров с главой МИД Малайзии.

Японский журналист спросил, видит ли Москва возможность возобновить диалог после окончания конфликта на Украине.

"Не мы отказались от переговоров о мирном договоре. Японское правительство само выбрало санкции и враждебную риторику, а подписывать документ о мире и дружбе с тем, кто ведет себя подобным образом, невозможно", - ответил министр.

На прошлой неделе заместитель министра иностранных дел Андрей Руденко заявил, что пока Япония придерживается враждебного курса, обсуждать мирный договор не о чем.

Говоря об Украине, Лавров заявил, что Россия открыта для переговоров, но только с учетом "реальностей на земле".

Москва в марте 2022 года отказалась продолжать переговоры о мирном договоре с Японией в связи с односторонними ограничительными мерами Токио.

Подписывайтесь на ТАСС в Telegram"""),

    ("https://ria.ru/20240214/zakharova-1927410236.html", "ru", "2024-02-14",
     "Захарова ответила на вопрос о путанице с авторством слов о мирном договоре",
     """Захарова ответила на вопрос о путанице с авторством слов о мирном договоре

МОСКВА, 14 фев — РИА Новости. Официальный представитель МИД России Мария Захарова на брифинге в среду заявила, что позиция российского внешнеполитического ведомства в отношении мирного договора с Японией едина, кто бы из дипломатов ее ни озвучивал.

"Неважно, чьи слова процитировали — министра или его заместителя. Позиция МИД по мирному договору одна: пока Токио ведет враждебную линию, никаких переговоров о нем не будет", — сказала Захарова.

Вопрос касался публикаций ряда японских СМИ, которые на прошлой неделе приписали высказывание замминистра Андрея Руденко главе МИД Сергею Лаврову.

Захарова также заявила, что Россия ответит на новые японские санкции, и назвала их "очередным недружественным шагом".

Переговоры о мирном договоре между Россией и Японией ведутся с середины прошлого века, однако стороны так и не смогли урегулировать территориальный спор.

Читайте также:
Лавров: Япония сама свернула диалог о мирном договоре
Руденко: переговоры о мирном договоре с Японией сейчас беспредметны

Теги: Мария Захарова, Япония, МИД России"""),

    ("https://english.kyodonews.net/news/2024/02/0b7d93e25c10-russia-says-treaty-stance-same-whoever-says-it.html",
     "en", "2024-02-14",
     "Russia says treaty stance same \"whoever says it\" after mix-up",
     """Russia says treaty stance same "whoever says it" after mix-up

KYODO NEWS - Feb 14, 2024 - 22:10 | World, All

Russian Foreign Ministry spokeswoman Maria Zakharova said Wednesday that Moscow's position on a peace treaty with Japan is the same no matter which diplomat voices it, after several media outlets last week attributed a remark by a deputy minister to Foreign Minister Sergei Lavrov.

"Whether it was the minister or his deputy, the ministry has one position on the peace treaty: there will be no talks while Tokyo follows a hostile line," Zakharova told a regular press briefing.

Deputy Foreign Minister Andrei Rudenko told RIA Novosti on Feb. 8 that there was nothing to discuss on a peace treaty as long as Japan kept its hostile course. Kyodo News initially attributed the remark to Lavrov and later corrected it.

Lavrov himself said Monday that it was Japan, not Russia, that had walked away from the treaty negotiations by choosing sanctions.

Japan's top government spokesman, Chief Cabinet Secretary Yoshimasa Hayashi, has said Tokyo will maintain its policy of resolving the territorial dispute and concluding a peace treaty.

==Kyodo

[Related coverage]
(CORRECTED) Russian deputy FM says no ground for peace treaty talks with Japan"""),
]

# ===========================================================================================================
# Story 3 - ZAKHAROVA_CLARIFIES_2016_STORY (26-29 January 2016). At his annual news conference Foreign Minister
# Sergei Lavrov says Moscow is ready to discuss "everything" concerning the peace treaty, including what is written
# in the 1956 Declaration. Japanese media read a hint at the two islands; the next day Foreign Ministry spokeswoman
# Maria Zakharova explains on Radio Sputnik what the minister meant (her clarification is a NEW remark; Lavrov's words
# recalled are repeats). Foreign Minister Fumio Kishida answers on the Friday.
#  1 TASS (ru), 26 Jan                 L1 NEW; NHK correspondent's question; North Korea (non-treaty); the 1956 text
#                                      and the 1960 Soviet memorandum (document / history)
#  2 Kyodo (en)                        L1 repeat; headline reading a handover into it; "observers say" (anonymous);
#                                      North Korea; the 1956 text
#  3 Mainichi (ja), 27 Jan             L1 repeat; the 1956 text; anonymous voices in the government; the writer's
#                                      doubt; link list
#  4 RIA Novosti (ru), 27 Jan          Z1 NEW (clarification), L1 recalled; "Japanese outlets read it as..." (writer);
#                                      presenter's question; tourism (non-treaty); link list
#  5 Interfax (ru)                     Z1, L1 repeat; North Korea (non-treaty); background
#  6 Sputnik Japan (ja), 28 Jan        Z1, L1 repeat; background
#  7 NHK (ja), 29 Jan                  L1 recalled, KI1 NEW (Kishida: no comment on each remark, advance the talks
#                                      steadily - one quote), Z1 recalled; North Korea sanctions (non-treaty);
#                                      the September 2015 agreement (event)
#  8 The Japan Times (en)              L1, Z1, KI1 repeat; expert; anonymous diplomat; history; link list
#  9 Kommersant (ru)                   L1, Z1, KI1 repeat; source in the MFA (anonymous); expert
# ===========================================================================================================

ZAKHAROVA_CLARIFIES_2016_STORY = [
    ("https://tass.ru/politika/2615733", "ru", "2016-01-26",
     "Лавров: Москва готова обсуждать с Токио все вопросы мирного договора",
     """Лавров: Москва готова обсуждать с Токио все вопросы мирного договора

МОСКВА, 26 января. /ТАСС/. Россия готова продолжать диалог с Японией по всем вопросам, связанным с мирным договором. Об этом заявил министр иностранных дел РФ Сергей Лавров на пресс-конференции, посвященной итогам российской дипломатии в 2015 году.

Корреспондент NHK спросил министра, готова ли Москва вернуться к положениям декларации 1956 года о передаче островов.

"Мы готовы обсуждать с японскими коллегами все, что касается мирного договора, в том числе все то, что записано в декларации 1956 года", - ответил Лавров.

Лавров также выразил обеспокоенность ядерным испытанием, которое КНДР провела 6 января, и призвал все стороны избегать шагов, ведущих к эскалации на Корейском полуострове.

Декларация 1956 года предусматривает, что после заключения мирного договора СССР передаст Японии остров Шикотан и гряду Хабомаи. В 1960 году, после подписания Японией нового договора о безопасности с США, советское правительство увязало выполнение этих положений с выводом иностранных войск с территории Японии.

Пресс-конференция продолжалась почти три часа, министр ответил на вопросы более чем 50 журналистов.

Подписывайтесь на ТАСС"""),

    ("https://english.kyodonews.jp/news/2016/01/371245.html", "en", "2016-01-26",
     "Lavrov signals readiness to discuss 1956 pact, including islands' handover",
     """Lavrov signals readiness to discuss 1956 pact, including islands' handover

MOSCOW, Jan. 26, Kyodo

Russian Foreign Minister Sergei Lavrov said Tuesday that Moscow is ready to discuss "everything" related to a peace treaty with Japan, including what is written in a 1956 joint declaration that mentions the handover of two of the four disputed islands.

"We are ready to discuss with our Japanese colleagues everything concerning the peace treaty, including everything written in the 1956 declaration," Lavrov told his annual press conference in Moscow.

The remark is likely to be welcomed in Tokyo as a sign of flexibility ahead of Prime Minister Shinzo Abe's planned visit to Russia, observers say.

Lavrov also voiced concern about North Korea's nuclear test earlier this month, urging all parties to avoid steps that could raise tensions.

The 1956 declaration, which ended the state of war between Japan and the Soviet Union, stipulates that Shikotan and the Habomai islets will be handed over to Japan once a peace treaty is concluded. Japan also claims Etorofu and Kunashiri.

==Kyodo"""),

    ("https://mainichi.jp/articles/20160127/k00/00m/030/094000c", "ja", "2016-01-27",
     "ロシア外相：「56年宣言含め議論用意」　北方領土交渉",
     """ロシア外相：「56年宣言含め議論用意」　北方領土交渉

毎日新聞2016年1月27日 東京朝刊

【モスクワ杉山大輔】ロシアのラブロフ外相は26日、モスクワでの年頭記者会見で、日本との平和条約について「1956年の宣言に書かれていることも含め、平和条約に関わるすべてを日本側と議論する用意がある」と述べた。

日ソ共同宣言は、平和条約締結後に歯舞群島と色丹島を日本に引き渡すと定めている。四島の主権をめぐる日露の立場の隔たりは大きく、今回の発言が柔軟姿勢への転換を意味するのかは不透明だ。

日本政府内には「前向きなシグナルだ」と歓迎する声がある一方、「これまでの主張と本質的に変わらない」と慎重な見方も出ている。

安倍晋三首相は今年、ロシアを非公式に訪問する方向で調整している。

［関連記事］
・日露外相会談：平和条約交渉の継続で一致（2015年9月）
・北方領土：元島民の平均年齢80歳超える"""),

    ("https://ria.ru/20160127/1366057713.html", "ru", "2016-01-27",
     "Захарова разъяснила слова Лаврова о декларации 1956 года",
     """Захарова разъяснила слова Лаврова о декларации 1956 года

МОСКВА, 27 янв — РИА Новости. Японские СМИ неверно истолковали слова главы МИД России Сергея Лаврова о готовности обсуждать с Токио декларацию 1956 года, заявила официальный представитель МИД Мария Захарова в эфире радио Sputnik.

"Министр не говорил ни о какой передаче островов. Он имел в виду, что декларацию нужно читать целиком, а первое, что в ней записано, — это заключение мирного договора, которое невозможно без признания Японией итогов Второй мировой войны", — сказала Захарова.

Накануне Лавров на ежегодной пресс-конференции заявил, что Россия готова обсуждать с японскими коллегами все, что касается мирного договора, в том числе положения декларации 1956 года. Ряд японских изданий расценил эти слова как сигнал о готовности Москвы к территориальным уступкам.

Ведущий эфира спросил Захарову, можно ли ожидать прогресса к визиту премьер-министра Японии Синдзо Абэ в Россию.

Захарова также сообщила, что Москва рассчитывает на расширение туристических обменов с Японией.

Читайте также:
Лавров: Москва готова обсуждать с Токио все вопросы мирного договора
Японские туристы все чаще выбирают Дальний Восток

Теги: Япония, Мария Захарова, Сергей Лавров"""),

    ("https://www.interfax.ru/world/491206", "ru", "2016-01-27",
     "МИД РФ: Лавров не говорил о передаче островов Японии",
     """МИД РФ: Лавров не говорил о передаче островов Японии

Москва. 27 января. INTERFAX.RU - В МИД России опровергли трактовку японскими СМИ слов Сергея Лаврова о декларации 1956 года как готовности к территориальным уступкам.

"Министр не говорил ни о какой передаче островов", - заявила в эфире радио Sputnik официальный представитель МИД Мария Захарова. По ее словам, декларацию следует читать целиком, а ее первый пункт — заключение мирного договора, что требует от Японии признать итоги Второй мировой войны.

Во вторник Лавров заявил, что Москва готова обсуждать с Токио "все, что касается мирного договора".

Захарова также прокомментировала ситуацию вокруг ядерной программы КНДР, призвав Пхеньян вернуться к переговорам.

Россия и Япония с середины XX века ведут переговоры о мирном договоре. Япония претендует на четыре острова Курильской гряды.

Теги: МИД РФ, Мария Захарова, Япония, Курилы"""),

    ("https://jp.sputniknews.com/politics/20160128/1493011.html", "ja", "2016-01-28",
     "ザハロワ報道官：ラブロフ外相は島の引き渡しについて話していない",
     """ザハロワ報道官：ラブロフ外相は島の引き渡しについて話していない

2016年01月28日 00:41

ロシア外務省のザハロワ報道官は、ラブロフ外相の1956年宣言に関する発言を日本のメディアが誤って解釈したと指摘した。

ザハロワ報道官はラジオ「スプートニク」の番組で、「外相は島の引き渡しについては何も述べていない。宣言は全体として読むべきであり、そこにまず記されているのは平和条約の締結であって、それは日本が第二次世界大戦の結果を認めなければ不可能だ」と述べた。

ラブロフ外相は26日の記者会見で、1956年宣言に書かれていることを含め、平和条約に関するすべてを日本側と議論する用意があると述べていた。

日ソ共同宣言は1956年10月に署名され、両国の議会が批准した。露日間には第二次世界大戦後、いまだ平和条約が締結されていない。

タグ: ロシア, 日本, 露日関係, 平和条約"""),

    ("https://www3.nhk.or.jp/news/html/20160129/k10010390161000.html", "ja", "2016-01-29",
     "岸田外相「交渉を着実に前進させる」　ロシア外相発言めぐり",
     """岸田外相「交渉を着実に前進させる」　ロシア外相発言めぐり

1月29日 12時31分

ロシアのラブロフ外相が、1956年の日ソ共同宣言に書かれていることも含めて平和条約に関わるすべてを議論する用意があると述べたことについて、岸田外務大臣は29日の閣議のあとの記者会見で、「ロシア側の個々の発言へのコメントは控えるが、北方四島の帰属の問題を解決して平和条約を締結するという基本方針の下、交渉を着実に前進させていきたい」と述べました。

ラブロフ外相の発言をめぐっては、ロシア外務省のザハロワ報道官が27日、「外相は島の引き渡しについては何も話していない」と述べ、日本の一部報道の受け止めを打ち消していました。

また、岸田大臣は、北朝鮮による核実験を受けた国連安全保障理事会の制裁決議について、「早期の採択に向けて関係国と緊密に連携していく」と述べました。

日本とロシアの間では、去年9月の外相会談で平和条約交渉を継続することで一致しています。"""),

    ("https://www.japantimes.co.jp/news/2016/01/29/national/politics-diplomacy/what-did-lavrov-mean/", "en",
     "2016-01-29",
     "What did Lavrov mean? Moscow's spokeswoman weighs in",
     """What did Lavrov mean? Moscow's spokeswoman weighs in

by Ryo Nakagawa
Staff Writer

Jan 29, 2016

A single sentence from Russian Foreign Minister Sergei Lavrov's annual news conference has kept Tokyo's Russia watchers busy all week.

On Tuesday, Lavrov said Moscow was ready to discuss with Japanese colleagues everything concerning the peace treaty, including everything written in the 1956 joint declaration. Some Japanese media read that as a hint that Moscow was ready to talk about handing over Shikotan and the Habomai islets, the two territories mentioned in the declaration.

The next day, Foreign Ministry spokeswoman Maria Zakharova poured cold water on that reading, telling Radio Sputnik that the minister had not spoken about handing over any islands and that the declaration had to be read as a whole.

Foreign Minister Fumio Kishida said Friday that Japan would steadily advance negotiations on the basis of its policy of resolving the attribution of the four islands.

"Zakharova's job is to close doors that journalists think they see opening. Nothing in Lavrov's wording was new," said Kazuhiro Ota, a professor of Russian politics at a national university in Niigata.

A Japanese diplomat in Moscow, speaking on condition of anonymity, said Tokyo had not expected a breakthrough from a news conference.

The 1956 declaration, which ended the state of war, was ratified by both countries' parliaments. In 1960, after Japan renewed its security treaty with the United States, Moscow attached new conditions to the transfer of the two islands.

Abe is expected to visit Russia later this year, possibly in May.

RELATED
Lavrov signals readiness to discuss 1956 pact
Kishida, Lavrov agree to keep talking on treaty

Share: Facebook Twitter Email"""),

    ("https://www.kommersant.ru/doc/2902417", "ru", "2016-01-29",
     "Декларация для двоих",
     """Декларация для двоих

Почему слова Сергея Лаврова о Японии пришлось разъяснять

Газета "Коммерсантъ" №15 от 29.01.2016, стр. 6

Ежегодная пресс-конференция министра иностранных дел Сергея Лаврова неожиданно получила японское продолжение. Министр заявил о готовности обсуждать с Токио "все, что касается мирного договора, в том числе все то, что записано в декларации 1956 года".

Часть японской прессы восприняла эту фразу как намек на передачу Шикотана и Хабомаи.

Уже на следующий день официальный представитель МИД Мария Захарова заявила, что министр "не говорил ни о какой передаче островов", а первое, что записано в декларации, — это заключение мирного договора, невозможное без признания Японией итогов Второй мировой войны.

Собеседник "Ъ" в МИД РФ пояснил, что "никакого нового сигнала Токио министр не посылал".

"Декларацию в Москве и Токио читают по-разному: для японцев это обещание двух островов, для нас — прежде всего обещание мира", — считает ведущий научный сотрудник Института Дальнего Востока РАН Андрей Синицын.

Японский МИД в пятницу сдержанно отреагировал на дискуссию: глава ведомства Фумио Кисида пообещал "продвигать переговоры" на основе прежнего курса на решение вопроса о принадлежности четырех островов.

Визит премьер-министра Японии Синдзо Абэ в Россию ожидается в первой половине года.

Ирина Белова"""),
]

# ===========================================================================================================
# Story 4 - PUTIN_INTERVIEW_2021_STORY (30 May - 5 June 2021). In a Sunday interview on Rossiya 1 ("Moscow. Kremlin.
# Putin") President Vladimir Putin says Russia never refused treaty talks but the amended Constitution bars giving
# away territory (P1), and asks who would guarantee no U.S. bases on the islands if they passed to Japan (P2).
# Outlets shorten, merge and machine-translate the two lines; Chief Cabinet Secretary Katsunobu Kato answers. Five
# days later, at the St. Petersburg forum, Putin tells heads of news agencies something very similar (P3 - another
# occasion, a new remark); a machine-translated copy of the TASS item follows.
#  1 Vesti.ru (ru), the interview      P1 NEW, P2 NEW; presenter's question; Olympics (non-treaty); the amendment
#                                      (document); background
#  2 RIA Novosti (ru), shortened       P1 repeat (lead + half the quote); the 2020 vote (event); link list
#  3 Lenta.ru (ru), merged             P1, P2 repeat (one merged quote); headline; 2018 agreement (event); links
#  4 machine-translated copy (en)      P1, P2 repeat (MT English of Vesti); question; Olympics; the amendment
#  5 Jiji (ja), 31 May                 P1, P2 repeat, KA1 NEW (Kato: persistently negotiate); the writer's gloss
#  6 The Japan Times (en)              P1, P2, KA1 repeat; expert; the amendment; background; link list
#  7 aggregator (en), 1 June           P1, P2 repeat (shortened); headline; background; "Read more" link
#  8 TASS (ru), 4 June                 P3 NEW (SPIEF: we want a treaty, but the Constitution...); Kyodo president's
#                                      question; LNG (non-treaty)
#  9 Kyodo (en), 5 June                P3 repeat, P1 recalled ("similar remarks in a TV interview"); LNG; question
# 10 machine-translated copy (en)      P3 repeat (MT English of TASS); question; LNG; link
# ===========================================================================================================

_PI_VESTI_Q = """Зарубин спросил, не закрыла ли поправка о запрете отчуждения территорий тему Курил в переговорах с Токио."""

_PI_TASS_BODY = """Россия по-прежнему заинтересована в заключении мирного договора с Японией, однако при любых договоренностях придется учитывать положения обновленной Конституции. Об этом заявил президент РФ Владимир Путин на встрече с руководителями ведущих мировых информагентств в рамках Петербургского международного экономического форума.

"Мы хотим подписать мирный договор с Японией, хотим и сейчас. Но в Конституции теперь есть норма о недопустимости отчуждения территорий, и не считаться с ней мы не можем", — сказал президент.

Вопрос о перспективах мирного договора задал президент японского агентства Киодо.

Глава государства также заявил, что Россия готова увеличить поставки сжиженного природного газа в Японию с проектов на Сахалине и Ямале."""

PUTIN_INTERVIEW_2021_STORY = [
    ("https://www.vesti.ru/article/2571934", "ru", "2021-05-30",
     "Путин: диалог о мирном договоре с Японией возможен, но в рамках Конституции",
     """Путин: диалог о мирном договоре с Японией возможен, но в рамках Конституции

30 мая 2021, 21:40

В новом выпуске программы "Москва. Кремль. Путин" президент России ответил на вопросы Павла Зарубина о японском направлении российской внешней политики.

""" + _PI_VESTI_Q + """

"Мы никогда не отказывались от разговора с Японией о мирном договоре и не отказываемся. Но теперь в нашей Конституции прямо записано, что отчуждение территорий недопустимо, и любые договоренности должны это учитывать", — ответил глава государства.

Президент напомнил и о военно-политической стороне вопроса. "Допустим, острова когда-нибудь перейдут к Японии. Кто даст гарантию, что завтра там не появятся американские базы? Внятного ответа на этот вопрос мы от японских партнеров так и не услышали", — сказал Путин.

Говоря о предстоящих Олимпийских играх в Токио, Путин выразил надежду, что российские спортсмены выступят достойно, и пожелал японским организаторам успеха в непростых условиях пандемии.

Летом прошлого года в Конституцию России были внесены поправки, одна из которых запрещает действия, направленные на отчуждение части территории страны, а также призывы к таким действиям.

Россия и Япония с середины прошлого века ведут переговоры о заключении мирного договора. Камнем преткновения остается вопрос о принадлежности Итурупа, Кунашира, Шикотана и Хабомаи.

Видео: фрагмент интервью (2:48)

Теги: Владимир Путин, Япония, Курилы, Москва. Кремль. Путин"""),

    ("https://ria.ru/20210530/konstitutsiya-1734827361.html", "ru", "2021-05-30",
     "Путин: Конституция запрещает отчуждение территорий, это касается и Курил",
     """Путин: Конституция запрещает отчуждение территорий, это касается и Курил

МОСКВА, 30 мая — РИА Новости. Россия открыта для диалога с Японией о мирном договоре, однако любые договоренности должны учитывать конституционный запрет на отчуждение территорий, заявил президент Владимир Путин.

"В нашей Конституции прямо записано, что отчуждение территорий недопустимо", — сказал глава государства в интервью программе "Москва. Кремль. Путин" на телеканале "Россия 1".

Поправки в Основной закон были одобрены на общероссийском голосовании 1 июля 2020 года.

Читайте также:
Путин пожелал успеха организаторам Олимпиады в Токио
Песков рассказал о графике президента на неделю

Теги: Владимир Путин, Япония, Курилы, В мире"""),

    ("https://lenta.ru/news/2021/05/31/kurily_putin/", "ru", "2021-05-31",
     "Путин назвал два препятствия для передачи Курил Японии",
     """Путин назвал два препятствия для передачи Курил Японии

10:12, 31 мая 2021

Президент России Владимир Путин указал на запрет отчуждения территорий в Конституции и на риск появления американских баз на Курилах в случае их передачи Японии. Об этом он заявил в интервью программе "Москва. Кремль. Путин".

"Мы никогда не отказывались от разговора с Японией о мирном договоре. Но теперь в Конституции прямо записано, что отчуждение территорий недопустимо. Кто даст гарантию, что завтра там не появятся американские базы?" — цитирует президента телеканал.

В 2018 году Путин и тогдашний премьер Японии Синдзо Абэ договорились ускорить переговоры на основе советско-японской декларации 1956 года.

Курильские острова — архипелаг между полуостровом Камчатка и островом Хоккайдо.

Материалы по теме:
Японские рыбаки ждут начала сезона ламинарии
Путин назвал условие для мирного договора с Японией

Теги: Путин, Япония, Курилы"""),

    ("https://ru-news-eng.example/2021/05/31/putin-dialogue-about-peace-treaty-with-japan-is-possible/", "en",
     "2021-05-31",
     "Putin: dialogue about peace treaty with Japan is possible, but within the framework of Constitution",
     """Putin: dialogue about peace treaty with Japan is possible, but within the framework of Constitution

May 31, 2021 by editor

In the new issue of the program "Moscow. Kremlin. Putin" the president of Russia answered the questions of Pavel Zarubin about the Japanese direction of Russian foreign policy.

Zarubin asked whether the amendment on the prohibition of alienation of territories did not close the topic of Kuriles in negotiations with Tokyo.

"We never refused from the conversation with Japan about the peace treaty and do not refuse. But now in our Constitution it is directly written that the alienation of territories is inadmissible, and any agreements must take this into account," the head of state answered.

The president reminded also about the military-political side of the question. "Let us suppose, the islands someday will pass to Japan. Who will give a guarantee that tomorrow there will not appear American bases? A clear answer to this question we from Japanese partners did not hear," Putin said.

Speaking about the upcoming Olympic Games in Tokyo, Putin expressed hope that Russian athletes will perform worthily, and wished the Japanese organizers success in the difficult conditions of the pandemic.

In summer of last year in the Constitution of Russia amendments were made, one of which prohibits actions directed on the alienation of part of the territory of country, and also calls to such actions.

Source: vesti.ru

Related Posts
Peskov told about the schedule of president for week
Japanese fishermen are waiting for the kelp season"""),

    ("https://www.jiji.com/jc/article?k=2021053100412&g=pol", "ja", "2021-05-31",
     "「領土割譲禁止」の憲法に言及　プーチン氏、北方領土で―加藤官房長官「粘り強く交渉」",
     """「領土割譲禁止」の憲法に言及　プーチン氏、北方領土で―加藤官房長官「粘り強く交渉」

2021年05月31日12時20分

ロシアのプーチン大統領は30日放送の国営テレビのインタビューで、日本との平和条約交渉について、「対話を拒んだことはない」としつつ、昨年の憲法改正で「領土の割譲は許されないと明記された。いかなる合意もこれを考慮しなければならない」と述べた。

プーチン氏はまた、島が日本に引き渡された場合に「米軍基地が置かれないと誰が保証するのか」と述べ、日米同盟への警戒感を改めて示した。

加藤勝信官房長官は31日午前の記者会見で、「個々の発言にコメントすることは控えるが、領土問題を解決して平和条約を締結するとの基本方針の下、粘り強く交渉していく」と述べた。

改正憲法に盛り込まれた領土割譲禁止条項が北方領土交渉にどう影響するかは、日本政府内でも見方が分かれている。

【時事通信社】

関連記事
・ロシア、北方領土で軍事演習　日本政府が抗議
・東京五輪、ロシア選手団は「ROC」で参加"""),

    ("https://www.japantimes.co.jp/news/2021/05/31/national/politics-diplomacy/putin-constitution-islands/", "en",
     "2021-05-31",
     "Putin cites constitution's ban on ceding land in talks with Japan",
     """Putin cites constitution's ban on ceding land in talks with Japan

by Takuya Imamura
Staff Writer

May 31, 2021

Russian President Vladimir Putin has said any peace treaty deal with Japan must take into account a constitutional amendment that bans giving away Russian territory, in remarks likely to deepen pessimism in Tokyo about the decades-old dispute.

"We have never refused to talk with Japan about a peace treaty," Putin said in an interview with the state-run Rossiya 1 channel aired Sunday, but added that the constitution now explicitly states that alienating territory is unacceptable.

He also asked who could guarantee that U.S. bases would not appear on the islands if they were ever transferred to Japan.

Chief Cabinet Secretary Katsunobu Kato said Monday the government would continue to negotiate persistently under its basic policy of settling the territorial question and then signing a peace treaty.

"Putin is building a legal wall and a security wall at the same time. Neither is new, but together they leave very little room," said Akiko Fujiwara, a professor of Russian studies at a university in Hokkaido.

The amendments, adopted in a nationwide vote last July, prohibit actions aimed at ceding part of Russia's territory, as well as calls for such actions.

The islands, called the Northern Territories , as Japan calls them, or the Southern Kurils, as Russia does, were seized by Soviet forces in the final days of World War II.

RELATED
Kato: Japan will keep negotiating on isles
Tokyo Olympics: Russians to compete as ROC again

Share: Facebook Twitter Email"""),

    ("https://eurasia-briefing-now.example/putin-no-kurils-for-japan-while-constitution-stands/", "en", "2021-06-01",
     "Putin: No Kurils For Japan While Constitution Stands",
     """Putin: No Kurils For Japan While Constitution Stands

June 1, 2021 | World | 2 min read

Russian President Vladimir Putin has said the new Russian Constitution forbids giving away territory, and that any deal with Japan must respect this.

"Now in our Constitution it is directly written that alienation of territories is inadmissible," Putin said in a TV interview on Sunday. He also warned that U.S. bases could appear on the islands if they passed to Japan.

Japan calls the four islands its Northern Territories. Moscow and Tokyo have not signed a peace treaty since World War II.

Read more: Putin says Russia ready for peace treaty dialogue with Japan

#Russia #Japan #Kurils #Putin

Share this: Twitter | Facebook | Telegram"""),

    ("https://tass.ru/politika/11559874", "ru", "2021-06-04",
     "Путин: Россия хочет мирного договора с Японией, но Конституцию надо учитывать",
     """Путин: Россия хочет мирного договора с Японией, но Конституцию надо учитывать

САНКТ-ПЕТЕРБУРГ, 4 июня. /ТАСС/. """ + _PI_TASS_BODY + """

Встреча с руководителями информагентств второй год подряд проходит в формате видеоконференции.

ПМЭФ-2021 проходит в Санкт-Петербурге со 2 по 5 июня. ТАСС выступает генеральным информационным партнером форума.

Подписывайтесь на ТАСС в Telegram"""),

    ("https://english.kyodonews.net/news/2021/06/3c5e8a1f0d27-putin-again-cites-constitution-in-peace-treaty-talks.html",
     "en", "2021-06-05",
     "Putin again cites constitution in peace treaty talks with Japan",
     """Putin again cites constitution in peace treaty talks with Japan

KYODO NEWS - Jun 5, 2021 - 00:15 | World, All

Russian President Vladimir Putin said Friday that Russia still wants to conclude a peace treaty with Japan but cannot ignore a constitutional clause banning the alienation of territory.

"We want to sign a peace treaty with Japan, and we want it now as well. But the Constitution now contains a rule that ceding territory is unacceptable, and we cannot disregard it," Putin said in an online meeting with the heads of international news agencies, including Kyodo News.

He made similar remarks in a television interview aired last Sunday, saying the constitution now explicitly states that alienating territory is inadmissible and that any agreement must take that into account.

Putin also said Russia could increase exports of liquefied natural gas to Japan.

The question was posed by Kyodo News' president, who asked whether the two countries could make progress on the territorial issue.

Japan and Russia have yet to sign a postwar peace treaty due to the dispute over the islands, which Japan calls the Northern Territories and Russia the Southern Kurils.

==Kyodo

[Related coverage]
Putin cites constitution's ban on ceding land, raises U.S. bases issue"""),

    ("https://ru-news-eng.example/2021/06/05/putin-russia-wants-peace-treaty-with-japan/", "en", "2021-06-05",
     "Putin: Russia wants peace treaty with Japan, but the Constitution must be taken into account",
     """Putin: Russia wants peace treaty with Japan, but the Constitution must be taken into account

June 5, 2021 by editor

SAINT PETERSBURG, June 4. /TASS/. Russia is still interested in the conclusion of peace treaty with Japan, however at any agreements it will be necessary to take into account provisions of the updated Constitution. This was stated by the President of the Russian Federation Vladimir Putin at the meeting with heads of leading world news agencies in the framework of Petersburg International Economic Forum.

"We want to sign peace treaty with Japan, we want also now. But in Constitution now there is a norm about inadmissibility of alienation of territories, and not to reckon with it we cannot," the president said.

The question about prospects of peace treaty was asked by the president of Japanese agency Kyodo.

The head of state also stated that Russia is ready to increase supplies of liquefied natural gas to Japan from projects on Sakhalin and Yamal.

Source: tass.ru

Related Posts
Putin: dialogue about peace treaty with Japan is possible, but within the framework of Constitution"""),
]

# ===========================================================================================================
# Story 5 - CONTINUE_TALKS_2013_STORY (1-5 November 2013). Sergei Lavrov in Tokyo for talks with Fumio Kishida on the
# eve of the first "two-plus-two". At their joint news conference both ministers say near-identical things - "we
# agreed to continue the negotiations" / "we will continue the talks on the peace treaty": two speakers, two remark
# ids (L1, K1). Lavrov adds that the approaches differ (L2, a distinct point). After the weekend Chief Cabinet
# Secretary Suga (S1) and Kremlin spokesman Peskov (PE1) say the same kind of thing again - each a new remark.
#  1 RIA Novosti (ru)                  L1 NEW, L2 NEW; Syria (non-treaty); the April instruction (event); 2+2 (event)
#  2 Kyodo (en)                        K1 NEW, L1 repeat; "agreed to continue" (event, near-identical wording);
#                                      North Korea (non-treaty); background
#  3 NHK (ja)                          K1, L1, L2 repeat; "一致しました" (event); North Korea; April summit (event)
#  4 ITAR-TASS (ru)                    L2, L1, K1 repeat; Syria; 2+2
#  5 Reuters (en)                      L2, L1, K1 repeat; headline; the writer on Abe's hopes; 2+2
#  6 Voice of Russia (en)              L1 repeat; background
#  7 Jiji (ja)                         K1, L1, L2 repeat; Kishida on North Korea (non-treaty); anonymous official
#  8 The Japan Times (en), 2 Nov       K1, L1, L2 repeat; expert; Shoigu and Onodera at the 2+2 (non-treaty);
#                                      April (event)
#  9 NHK (ja), 5 Nov                   S1 NEW, K1 recalled; Suga on the 2+2 (non-treaty); the government's line
#                                      (background)
# 10 Interfax (ru), 5 Nov              PE1 NEW, S1 repeat; Sochi meeting (non-treaty); 2+2 (event)
# ===========================================================================================================

CONTINUE_TALKS_2013_STORY = [
    ("https://ria.ru/world/20131101/974092315.html", "ru", "2013-11-01",
     "Лавров: Россия и Япония продолжат переговоры о мирном договоре",
     """Лавров: Россия и Япония продолжат переговоры о мирном договоре

ТОКИО, 1 ноя — РИА Новости. Россия и Япония договорились продолжить переговоры о мирном договоре, сообщил журналистам министр иностранных дел РФ Сергей Лавров по итогам переговоров с японским коллегой Фумио Кисидой в Токио.

"Мы договорились продолжить переговоры, в том числе по проблеме мирного договора", — сказал Лавров на совместной пресс-конференции.

По словам министра, позиции сторон по вопросу мирного договора пока остаются далекими друг от друга. "Мы не скрываем, что подходы у нас разные. Задача в том, чтобы найти решение, приемлемое для народов обеих стран", — добавил он.

Лавров также заявил, что Россия рассчитывает на поддержку Японии в реализации договоренностей об уничтожении сирийского химического оружия.

В субботу в Токио пройдет первая встреча министров иностранных дел и обороны двух стран в формате "два плюс два".

Переговоры о мирном договоре были активизированы после визита премьер-министра Японии Синдзо Абэ в Москву в апреле. Лидеры тогда поручили МИД двух стран ускорить работу.

Читайте также:
Шойгу прибыл в Токио на переговоры "два плюс два"
Япония и Россия расширят сотрудничество в энергетике"""),

    ("https://english.kyodonews.jp/news/2013/11/256114.html", "en", "2013-11-01",
     "Kishida, Lavrov agree to keep talking on peace treaty",
     """Kishida, Lavrov agree to keep talking on peace treaty

TOKYO, Nov. 1, Kyodo

Foreign Minister Fumio Kishida and his Russian counterpart Sergei Lavrov agreed Friday to continue negotiations toward a postwar peace treaty, which has been stalled by a territorial row over four islands Russia holds off Hokkaido.

"We will continue the talks on the peace treaty, and we confirmed that the two of us will lead them," Kishida told a joint press conference after the meeting in Tokyo.

Lavrov said the two sides had agreed to continue the negotiations, including on the peace treaty issue.

Kishida also said the two ministers shared concerns over North Korea's nuclear and missile programs and agreed to cooperate at the United Nations.

The meeting came ahead of the first "two-plus-two" security talks between the two countries' foreign and defense ministers, set for Saturday.

The dispute over the islands -- Etorofu, Kunashiri, Shikotan and the Habomai islet group -- has kept Japan and Russia from signing a peace treaty since World War II.

==Kyodo"""),

    ("https://www3.nhk.or.jp/news/html/20131101/k10015717261000.html", "ja", "2013-11-01",
     "日ロ外相会談　平和条約交渉の継続で一致",
     """日ロ外相会談　平和条約交渉の継続で一致

11月1日 20時14分

岸田外務大臣は、来日したロシアのラブロフ外相と東京都内で会談し、北方領土問題を含む平和条約交渉を続けていくことで一致しました。

会談のあとの共同記者会見で、岸田大臣は「平和条約交渉を続けていく。私とラブロフ外相がその先頭に立つことを確認した」と述べました。

これに対し、ラブロフ外相は「平和条約の問題を含め、交渉を続けていくことで合意した」と述べました。一方で、ラブロフ外相は「双方の立場が異なることを隠すつもりはない」とも述べ、隔たりの大きさをうかがわせました。

また、両外相は、北朝鮮の核・ミサイル問題をめぐり、国連などで連携していくことを確認しました。

2日には、両国の外務・防衛の閣僚による初めての協議、いわゆる「2プラス2」が開かれます。

日ロ両国は、ことし4月の首脳会談で、平和条約交渉を再開させることで合意しています。"""),

    ("https://www.itar-tass.com/politika/782416", "ru", "2013-11-01",
     "Лавров: позиции России и Японии по мирному договору пока далеки",
     """Лавров: позиции России и Японии по мирному договору пока далеки

ТОКИО, 1 ноября. /ИТАР-ТАСС/. Позиции России и Японии по проблеме мирного договора по-прежнему далеки друг от друга, однако стороны продолжат переговоры. Об этом заявил сегодня министр иностранных дел РФ Сергей Лавров на пресс-конференции по итогам переговоров с главой МИД Японии Фумио Кисидой.

"Мы не скрываем, что подходы у нас разные. Задача в том, чтобы найти решение, приемлемое для народов обеих стран", - сказал Лавров. "Мы договорились продолжить переговоры, в том числе по проблеме мирного договора", - подчеркнул он.

Министр также высказался по сирийской проблеме, отметив, что процесс уничтожения химического оружия в Сирии идет по графику.

Кисида, в свою очередь, заявил, что Токио намерен продолжать переговоры о мирном договоре.

Завтра в Токио состоится первое заседание в формате "два плюс два" с участием министров обороны России и Японии Сергея Шойгу и Ицунори Онодэры.

/ИТАР-ТАСС/"""),

    ("https://www.reuters.com/article/us-japan-russia-idUSBRE9A00BT20131101", "en", "2013-11-01",
     "Russia, Japan agree to keep talking on islands but say gap remains",
     """Russia, Japan agree to keep talking on islands but say gap remains

TOKYO, Nov 1 (Reuters) - Russia and Japan will keep negotiating over a territorial dispute that has prevented them from signing a World War Two peace treaty, their foreign ministers said on Friday, although Moscow acknowledged that the two sides remained far apart.

"We do not hide that our approaches are different. The task is to find a solution acceptable to the peoples of both countries," Russian Foreign Minister Sergei Lavrov told a joint news conference with Japan's Fumio Kishida.

"We agreed to continue the negotiations, including on the peace treaty problem," Lavrov said. Kishida told reporters: "We will continue the talks on the peace treaty."

The ministers' meeting precedes Saturday's first "two-plus-two" security talks, a format Japan has held only with the United States and Australia.

Japanese Prime Minister Shinzo Abe has made improving ties with Russia a priority, hoping closer energy cooperation will help create an atmosphere for a compromise on the islands, which Soviet troops seized at the end of the war.

(Reporting by Yuka Obata; Editing by Simon Crane)

© Thomson Reuters 2013. All rights reserved."""),

    ("http://voiceofrussia.com/news/2013_11_01/Russia-Japan-to-continue-peace-treaty-talks-Lavrov-6581/", "en",
     "2013-11-01",
     "Russia, Japan to continue peace treaty talks - Lavrov",
     """Russia, Japan to continue peace treaty talks - Lavrov

1.11.2013, 14:05

Russia and Japan have agreed to continue negotiations on a peace treaty, Russian Foreign Minister Sergei Lavrov said after talks with his Japanese counterpart Fumio Kishida in Tokyo.

"We agreed to continue negotiations, including on the issue of the peace treaty," Lavrov told journalists.

On Saturday Tokyo will host the first meeting of Russian and Japanese foreign and defence ministers in the "2+2" format.

Russia and Japan still have no peace treaty after World War II. The main obstacle is Japan's claims to the southern Kuril Islands.

Voice of Russia, RIA

Tags: Russia, Japan, Lavrov, Kuril Islands"""),

    ("https://www.jiji.com/jc/c?g=pol&k=2013110100819", "ja", "2013-11-01",
     "平和条約交渉「続けていく」＝岸田外相、ラブロフ氏と会談",
     """平和条約交渉「続けていく」＝岸田外相、ラブロフ氏と会談

（2013/11/01-19:52）

岸田文雄外相は1日、ロシアのラブロフ外相と外務省飯倉公館で会談した。会談後の共同記者会見で岸田氏は「平和条約交渉を続けていく。私とラブロフ外相が先頭に立つ」と強調した。

岸田氏はまた、北朝鮮の核・ミサイル開発について「ロシアと緊密に連携し、国連安全保障理事会などで対応していきたい」と語った。

ラブロフ氏は、交渉の継続で合意したとしつつ、「双方の立場が違うことは隠さない」と述べた。

2日には初の外務・防衛閣僚協議（2プラス2）が開かれる。政府関係者は「安全保障分野での対話の枠組みができることの意味は大きい」と話している。"""),

    ("https://www.japantimes.co.jp/news/2013/11/02/national/kishida-lavrov-pledge-to-keep-talking/", "en",
     "2013-11-02",
     "Kishida, Lavrov pledge to keep talking but islands gap persists",
     """Kishida, Lavrov pledge to keep talking but islands gap persists

by Kaori Umeda
Staff Writer

Nov 2, 2013

Foreign Minister Fumio Kishida and Russian Foreign Minister Sergei Lavrov said in Tokyo on Friday that their countries would continue negotiating a peace treaty, using almost the same words on a day that produced little else of substance on the territorial dispute.

"We will continue the talks on the peace treaty," Kishida said at a joint news conference. Lavrov, standing beside him, said the two sides had agreed to continue the negotiations, including on the peace treaty issue, while acknowledging their approaches were different.

"When both sides say they will keep talking, it usually means neither has anything new to offer," said Mikio Hasegawa, a professor of international politics at a private university in Tokyo.

On Saturday, Defense Minister Itsunori Onodera and his Russian counterpart Sergei Shoigu met in the first "two-plus-two" session with the foreign ministers. Shoigu said Russia was ready to hold joint anti-piracy and search-and-rescue drills with Japan's Self-Defense Forces.

Onodera told reporters he had raised Russia's military activity near Japanese airspace.

Abe visited Moscow in April, when he and President Vladimir Putin agreed to restart the treaty talks.

RELATED
Russia, Japan hold first 'two-plus-two' security talks
Abe eyes Sochi Olympics trip

KEYWORDS
Fumio Kishida, Sergei Lavrov, Russia, Northern Territories

Share: Facebook Twitter Email"""),

    ("https://www3.nhk.or.jp/news/html/20131105/k10015790101000.html", "ja", "2013-11-05",
     "菅官房長官「粘り強く交渉続ける」　日ロ平和条約",
     """菅官房長官「粘り強く交渉続ける」　日ロ平和条約

11月5日 12時02分

菅官房長官は5日午前の記者会見で、先週行われた日ロ外相会談などを受けて、「北方領土問題を解決して平和条約を締結するため、引き続きロシア側と粘り強く交渉を続けていく」と述べました。

1日の外相会談のあとの記者会見では、岸田外務大臣が「平和条約交渉を続けていく」と述べていました。

また、菅官房長官は、2日に開かれた初めての日ロの外務・防衛の閣僚協議、いわゆる「2プラス2」について、「安全保障分野での信頼醸成につながる」と評価しました。

政府は、北方四島の帰属の問題を解決して平和条約を締結するという基本方針を掲げています。"""),

    ("https://www.interfax.ru/russia/339504", "ru", "2013-11-05",
     "Песков: работа над мирным договором с Японией будет продолжена",
     """Песков: работа над мирным договором с Японией будет продолжена

Москва. 5 ноября. INTERFAX.RU - Кремль рассчитывает на продолжение работы над мирным договором с Японией, заявил пресс-секретарь президента РФ Дмитрий Песков.

"Работа по мирному договору будет продолжена, как и договорились министры в Токио", - сказал Песков журналистам во вторник.

Он также сообщил, что Путин и Абэ могут провести встречу на полях Олимпийских игр в Сочи в феврале, но решение об этом пока не принято.

В Токио во вторник генеральный секретарь кабинета министров Японии Ёсихидэ Суга также заявил, что Япония будет настойчиво продолжать переговоры с Россией о мирном договоре.

Первое заседание "два плюс два" с участием глав МИД и министерств обороны двух стран прошло в японской столице в субботу.

Теги: Дмитрий Песков, Япония, мирный договор"""),
]

# ===========================================================================================================
# Story 6 - FISHERIES_2026_STORY (20-23 January 2026). The Japan-Russia fisheries commission settles the 2026 quotas
# for each side's boats in the other's exclusive economic zone. Everybody official speaks about fish: the Fisheries
# Agency, Rosrybolovstvo, Chief Cabinet Secretary Minoru Kihara, the mayor of Nemuro, the governor of Hokkaido. The
# only treaty-worded sentences are background paragraphs and experts - plus ONE real remark: Ambassador Nikolai
# Nozdrev tells RIA Novosti that there is nothing on which to return to treaty talks while Tokyo backs sanctions.
#  1 NHK (ja)                          no remark: Fisheries Agency (non-treaty); the frozen treaty talks (background)
#  2 TASS (ru)                         no remark: Rosrybolovstvo (non-treaty); 2022 (event)
#  3 Hokkaido Shimbun (ja)             no remark: mayor, governor (non-treaty); fisherman; "safe operation" (event);
#                                      the islanders' movement (background)
#  4 Kyodo (en)                        no remark: Fisheries Agency, Kihara (non-treaty); expert on the treaty;
#                                      background; link list
#  5 RIA Novosti (ru), 22 Jan          N1 NEW (Nozdrev); correspondent's question; fisheries and visas (non-treaty);
#                                      background
#  6 The Japan Times (en)              N1 repeat; skipper; mayor (non-treaty); expert; "the government maintains"
#                                      (background)
#  7 Kommersant (ru), 23 Jan           no remark: source (anonymous); expert on the treaty; 2022 (event);
#                                      Rosrybolovstvo (non-treaty)
#  8 Asahi (ja)                        N1 repeat; fisherman; Kihara (non-treaty); researcher; background
#  9 SeafoodSource (en)                no remark: agencies (non-treaty); trader; 2022 (event)
# ===========================================================================================================

FISHERIES_2026_STORY = [
    ("https://www3.nhk.or.jp/news/html/20260120/k10015031841000.html", "ja", "2026-01-20",
     "日ロ漁業委員会 ことしの相互入漁条件で妥結",
     """日ロ漁業委員会 ことしの相互入漁条件で妥結

2026年1月20日 18時40分

日本とロシアの排他的経済水域で互いの漁船が操業する条件を決める日ロ漁業委員会の協議がモスクワで行われ、ことしの漁獲割当量などで妥結しました。

水産庁によりますと、ロシアの水域で日本の漁船に認められる漁獲割当量は、サンマやスルメイカなどあわせて約5万6000トンで、去年とほぼ同じ水準となりました。日本の水域でのロシア漁船の割当量も同じ量です。

水産庁は「漁業者が安定して操業できる条件を確保できた」としています。

協議はオンラインを交えて先月から断続的に行われていました。

日本とロシアの関係は、ロシアによるウクライナ侵攻を受けて冷え込み、2022年以降、平和条約交渉は中断したままとなっています。一方で、漁業をめぐる政府間の協議は毎年続けられています。"""),

    ("https://tass.ru/ekonomika/26170415", "ru", "2026-01-20",
     "Россия и Япония согласовали квоты вылова в экономических зонах друг друга на 2026 год",
     """Россия и Япония согласовали квоты вылова в экономических зонах друг друга на 2026 год

МОСКВА, 20 января. /ТАСС/. Российско-японская комиссия по рыболовству завершила сессию в Москве, стороны согласовали условия промысла в исключительных экономических зонах двух стран на 2026 год. Об этом сообщила пресс-служба Федерального агентства по рыболовству.

"Японским судам выделена квота в объеме около 56 тыс. тонн, российским судам в зоне Японии — аналогичный объем. Условия остаются на уровне прошлого года", — говорится в сообщении ведомства.

В Росрыболовстве также отметили, что стороны обсудили меры по борьбе с незаконным промыслом.

Сотрудничество в сфере рыболовства остается одним из немногих направлений, по которым Москва и Токио сохраняют регулярный диалог. В марте 2022 года Россия вышла из переговоров о мирном договоре с Японией после введения Токио антироссийских санкций.

Подписывайтесь на ТАСС в Telegram"""),

    ("https://www.hokkaido-np.co.jp/article/1241873/", "ja", "2026-01-21",
     "日ロ漁業交渉妥結　根室「ひとまず安心」　四島周辺の安全操業は見通せず",
     """日ロ漁業交渉妥結　根室「ひとまず安心」　四島周辺の安全操業は見通せず

01/21 05:00

日ロ漁業委員会の協議が妥結したことを受け、根室市の石垣雅敏市長は20日、「地元の漁業者にとってひとまず安心できる結果だ。国には今後も漁業交渉で粘り強い対応をお願いしたい」と述べた。

根室市内のサンマ漁業者の男性（58）は「割当量が減らなかったのは良かったが、燃料代も上がっており、楽ではない」と話した。

鈴木直道知事も「漁業者の経営安定に向けて、国と連携して支援していく」とのコメントを出した。

一方、北方四島周辺で日本漁船が操業する「安全操業」の協定は、ロシア側が2023年に履行を停止したまま、再開の見通しが立っていない。

北方領土問題をめぐっては、元島民の高齢化が進み、平均年齢は90歳近くに達している。四島の返還を求める運動の担い手をどう確保するかも課題となっている。

＜関連記事＞
・北方領土返還運動　後継者育成が課題
・サケ・マス漁、今年も厳しい見通し"""),

    ("https://english.kyodonews.net/news/2026/01/8d2c41f7a3b9-japan-russia-settle-2026-fishing-quotas.html", "en",
     "2026-01-21",
     "Japan, Russia settle 2026 fishing quotas despite frozen ties",
     """Japan, Russia settle 2026 fishing quotas despite frozen ties

KYODO NEWS - Jan 21, 2026 - 11:05 | World, All

Japan and Russia have agreed on fishing quotas for 2026 in each other's exclusive economic zones, keeping alive one of the few working channels between the two countries, Japan's Fisheries Agency said.

Under the deal, reached Tuesday in Moscow, Japanese vessels will be allowed to catch about 56,000 tons of fish, including saury and squid, in Russian waters, roughly the same as last year, with Russian vessels given an equal amount in Japanese waters.

Chief Cabinet Secretary Minoru Kihara told a press conference Wednesday that the government would "continue to do its utmost so that fishermen can operate safely and stably."

"Fisheries talks survive because both sides need them. That says nothing about the peace treaty, which will stay frozen as long as the war in Ukraine goes on," said Koji Sugawara, a professor of Russian studies at a university in Hokkaido.

Russia halted peace treaty negotiations with Japan in 2022 after Tokyo joined Western sanctions over Moscow's invasion of Ukraine. The territorial dispute over the four islands off Hokkaido has left the two countries without a postwar peace treaty.

==Kyodo

[Related coverage]
Japan to keep pressing Russia on former islanders' grave visits"""),

    ("https://ria.ru/20260122/nozdrev-2069413527.html", "ru", "2026-01-22",
     "Посол России в Японии: нет условий для возвращения к мирному договору",
     """Посол России в Японии: нет условий для возвращения к мирному договору

МОСКВА, 22 янв — РИА Новости. Переговоры о мирном договоре с Японией не могут быть возобновлены, пока Токио продолжает антироссийский санкционный курс, заявил в интервью РИА Новости посол России в Японии Николай Ноздрев.

"Пока японское правительство поддерживает санкции и помощь Киеву, возвращаться к разговору о мирном договоре просто не на чем. Это не наш выбор, это выбор Токио", — сказал дипломат.

Корреспондент агентства спросил посла, повлияли ли на позицию Москвы заявления нового японского правительства.

Ноздрев положительно оценил итоги сессии российско-японской комиссии по рыболовству. "Рыболовство — та сфера, где прагматизм берет верх. Мы заинтересованы в том, чтобы это сотрудничество продолжалось", — отметил он.

По словам посла, в прошлом году японские граждане получили в российских консульствах в Японии несколько тысяч виз, а интерес японцев к поездкам в Россию постепенно восстанавливается.

Россия и Япония так и не подписали мирный договор по итогам Второй мировой войны. Токио претендует на острова Итуруп, Кунашир, Шикотан и Хабомаи, называя их "северными территориями".

Читайте также:
Россия и Япония согласовали квоты вылова на 2026 год
Захарова прокомментировала оборонный бюджет Японии

Теги: Япония, Николай Ноздрев, Курильские острова"""),

    ("https://www.japantimes.co.jp/news/2026/01/22/national/japan-russia-fishing-deal-nemuro/", "en", "2026-01-22",
     "Fishing deal shows Japan-Russia ties still have a pulse - barely",
     """Fishing deal shows Japan-Russia ties still have a pulse - barely

by Haruka Ise
Staff Writer

Jan 22, 2026

NEMURO, HOKKAIDO - Saury boats in this eastern Hokkaido port will head into Russian waters again this year after Tokyo and Moscow settled their annual fishing quotas, but few here expect the deal to lead anywhere beyond the fish.

"We are relieved for now. We just want to go to sea without worrying about politics," said a 61-year-old skipper who asked not to be named.

Nemuro Mayor Masatoshi Ishigaki called the outcome a relief for local fishermen and asked the central government to keep up its efforts in fisheries talks with Moscow.

Relations remain chilly. Russia's ambassador to Japan, Nikolai Nozdrev, told RIA Novosti on Thursday that there was nothing on which to return to peace treaty talks as long as Tokyo backed sanctions and aid to Kyiv.

"The fisheries commission is a technical body. It can survive a freeze precisely because it never touches sovereignty," said Mariko Tsuji, a senior fellow at a Tokyo think tank. "The treaty is a different matter altogether."

The four islands, which Japan calls the Northern Territories and Russia the Southern Kurils, were seized by Soviet forces as World War II ended. Japan's government maintains that it will resolve the issue of their attribution and then conclude a peace treaty.

A separate framework that allowed Japanese boats to fish near the islands has been suspended by Russia since 2023.

RELATED
Japan, Russia settle 2026 fishing quotas despite frozen ties
Former islanders' average age nears 90

KEYWORDS
Russia, fisheries, Nemuro, Northern Territories

Share: Facebook Twitter Email"""),

    ("https://www.kommersant.ru/doc/8351276", "ru", "2026-01-23",
     "Рыба отдельно, острова отдельно",
     """Рыба отдельно, острова отдельно

Россия и Япония договорились о квотах, но не о политике

Газета "Коммерсантъ" №12 от 23.01.2026, стр. 5

Российско-японская комиссия по рыболовству на этой неделе согласовала условия взаимного промысла на 2026 год. Квоты остались на уровне прошлого года — около 56 тыс. тонн для каждой из сторон.

Источник "Ъ", знакомый с ходом переговоров, отметил, что японская делегация "вела себя подчеркнуто деловито и не поднимала политических тем".

"Рыболовная комиссия — один из последних работающих механизмов. Вопрос о мирном договоре и островах в обозримом будущем на повестку не вернется, и обе стороны это прекрасно понимают", — считает старший научный сотрудник ИМЭМО РАН Ольга Кравцова.

Переговоры о мирном договоре Россия приостановила в 2022 году. Тогда же Москва вышла из соглашения о безвизовых обменах с жителями южных Курил.

В Росрыболовстве "Ъ" сообщили, что в ближайшее время стороны проведут консультации по вопросам борьбы с браконьерством.

Анна Вершинина"""),

    ("https://www.asahi.com/articles/ASV1Q3T2KV1QIIPE00FM.html", "ja", "2026-01-23",
     "日ロ漁業交渉が妥結　「政治と切り離して」　根室の漁業者ら",
     """日ロ漁業交渉が妥結　「政治と切り離して」　根室の漁業者ら

2026年1月23日 7時00分

日ロ漁業委員会の協議が妥結し、今年もロシアの排他的経済水域でのサンマ漁などが可能になった。北海道根室市の漁業者からは安堵の声が上がる一方、日ロ関係の冷え込みが続くなか、先行きへの不安も聞かれた。

「政治とは切り離して、海の仕事は続けさせてほしい」。根室市の漁業者の男性（64）はそう話す。

木原稔官房長官は21日の記者会見で、「漁業者が安全かつ安定的に操業できるよう、引き続き全力を尽くす」と述べた。

北海道大学の研究者は「漁業協議は双方に利益があるから続いている。平和条約や領土の問題とは別の論理で動いている」と指摘する。

ロシアのノズドリョフ駐日大使は22日、ロシア通信のインタビューで、平和条約交渉について「日本政府が制裁と対ウクライナ支援を続ける限り、話し合いに戻る土台がない」と語った。

日本政府は、北方四島の帰属の問題を解決して平和条約を締結するとの方針を掲げている。ロシアは22年3月、日本の対ロ制裁を理由に平和条約交渉を中断した。

この記事は有料記事です。残り1200文字"""),

    ("https://www.seafoodsource.com/news/supply-trade/japan-russia-keep-saury-and-squid-access-steady-for-2026", "en",
     "2026-01-23",
     "Japan, Russia keep saury and squid access steady for 2026",
     """Japan, Russia keep saury and squid access steady for 2026

January 23, 2026
By Daniel Whitaker, SeafoodSource contributing editor

Japanese and Russian fishing fleets will keep access to each other's exclusive economic zones in 2026 on terms largely unchanged from last year, after the two countries' fisheries commission concluded its annual session in Moscow.

Japanese vessels were allocated around 56,000 metric tons in Russian waters, covering species such as Pacific saury, Japanese flying squid and walleye pollock, according to Japan's Fisheries Agency. Russian vessels received a matching allocation in Japanese waters.

Russia's Federal Agency for Fisheries said the sides also discussed joint measures against illegal, unreported and unregulated fishing.

Industry analysts said the stable quotas offer some relief to Hokkaido processors after several poor saury seasons. "Volumes matter less than predictability right now," said one Tokyo-based trader.

Political ties between the two countries have been frozen since 2022, when Moscow walked away from peace treaty talks over Japan's sanctions.

Related: Japanese saury catch hits new low
Related: Russian pollock exports to Asia climb

Tags: Japan, Russia, saury, squid, pollock, quotas

Share: LinkedIn | Twitter | Email"""),
]

# ===========================================================================================================
# Labels
# ===========================================================================================================

STORIES = {name: value for name, value in dict(globals()).items() if name.endswith("_STORY")}

REMARKS = {
    'KONO_DENIAL_2018_STORY': [
        [],  # 1
        [],  # 2
        [('Vladimir Dzhabarov', 'D1')],  # 3
        [('Taro Kono', 'K1')],  # 4
        [('Taro Kono', 'K1'), ('Yoshihide Suga', 'S1')],  # 5
        [('Taro Kono', 'K1'), ('Yoshihide Suga', 'S1')],  # 6
        [('Taro Kono', 'K1'), ('Yoshihide Suga', 'S1')],  # 7
        [('Taro Kono', 'K1')],  # 8
        [('Taro Kono', 'K1'), ('Yoshihide Suga', 'S1')],  # 9
        [('Maria Zakharova', 'Z1'), ('Taro Kono', 'K1')],  # 10
    ],
    'RUDENKO_MIXUP_2024_STORY': [
        [('Andrei Rudenko', 'R1')],  # 1 (printed as Lavrov's)
        [('Andrei Rudenko', 'R1')],  # 2
        [('Andrei Rudenko', 'R1')],  # 3
        [('Andrei Rudenko', 'R1')],  # 4
        [('Andrei Rudenko', 'R1'), ('Yoshimasa Hayashi', 'H1')],  # 5
        [('Yoshimasa Hayashi', 'H1'), ('Andrei Rudenko', 'R1')],  # 6
        [('Andrei Rudenko', 'R1'), ('Yoshimasa Hayashi', 'H1')],  # 7
        [('Sergei Lavrov', 'L1'), ('Andrei Rudenko', 'R1')],  # 8
        [('Maria Zakharova', 'Z1')],  # 9
        [('Maria Zakharova', 'Z1'), ('Andrei Rudenko', 'R1'), ('Sergei Lavrov', 'L1'), ('Yoshimasa Hayashi', 'H1')],  # 10
    ],
    'ZAKHAROVA_CLARIFIES_2016_STORY': [
        [('Sergei Lavrov', 'L1')],  # 1
        [('Sergei Lavrov', 'L1')],  # 2
        [('Sergei Lavrov', 'L1')],  # 3
        [('Maria Zakharova', 'Z1'), ('Sergei Lavrov', 'L1')],  # 4
        [('Maria Zakharova', 'Z1'), ('Sergei Lavrov', 'L1')],  # 5
        [('Maria Zakharova', 'Z1'), ('Sergei Lavrov', 'L1')],  # 6
        [('Sergei Lavrov', 'L1'), ('Fumio Kishida', 'KI1'), ('Maria Zakharova', 'Z1')],  # 7
        [('Sergei Lavrov', 'L1'), ('Maria Zakharova', 'Z1'), ('Fumio Kishida', 'KI1')],  # 8
        [('Sergei Lavrov', 'L1'), ('Maria Zakharova', 'Z1'), ('Fumio Kishida', 'KI1')],  # 9
    ],
    'PUTIN_INTERVIEW_2021_STORY': [
        [('Vladimir Putin', 'P1'), ('Vladimir Putin', 'P2')],  # 1
        [('Vladimir Putin', 'P1')],  # 2
        [('Vladimir Putin', 'P1'), ('Vladimir Putin', 'P2')],  # 3
        [('Vladimir Putin', 'P1'), ('Vladimir Putin', 'P2')],  # 4
        [('Vladimir Putin', 'P1'), ('Vladimir Putin', 'P2'), ('Katsunobu Kato', 'KA1')],  # 5
        [('Vladimir Putin', 'P1'), ('Vladimir Putin', 'P2'), ('Katsunobu Kato', 'KA1')],  # 6
        [('Vladimir Putin', 'P1'), ('Vladimir Putin', 'P2')],  # 7
        [('Vladimir Putin', 'P3')],  # 8
        [('Vladimir Putin', 'P3'), ('Vladimir Putin', 'P1')],  # 9
        [('Vladimir Putin', 'P3')],  # 10
    ],
    'CONTINUE_TALKS_2013_STORY': [
        [('Sergei Lavrov', 'L1'), ('Sergei Lavrov', 'L2')],  # 1
        [('Fumio Kishida', 'K1'), ('Sergei Lavrov', 'L1')],  # 2
        [('Fumio Kishida', 'K1'), ('Sergei Lavrov', 'L1'), ('Sergei Lavrov', 'L2')],  # 3
        [('Sergei Lavrov', 'L2'), ('Sergei Lavrov', 'L1'), ('Fumio Kishida', 'K1')],  # 4
        [('Sergei Lavrov', 'L2'), ('Sergei Lavrov', 'L1'), ('Fumio Kishida', 'K1')],  # 5
        [('Sergei Lavrov', 'L1')],  # 6
        [('Fumio Kishida', 'K1'), ('Sergei Lavrov', 'L1'), ('Sergei Lavrov', 'L2')],  # 7
        [('Fumio Kishida', 'K1'), ('Sergei Lavrov', 'L1'), ('Sergei Lavrov', 'L2')],  # 8
        [('Yoshihide Suga', 'S1'), ('Fumio Kishida', 'K1')],  # 9
        [('Dmitry Peskov', 'PE1'), ('Yoshihide Suga', 'S1')],  # 10
    ],
    'FISHERIES_2026_STORY': [
        [],  # 1
        [],  # 2
        [],  # 3
        [],  # 4
        [('Nikolai Nozdrev', 'N1')],  # 5
        [('Nikolai Nozdrev', 'N1')],  # 6
        [],  # 7
        [('Nikolai Nozdrev', 'N1')],  # 8
        [],  # 9
    ],
}

SNIPPETS = {
    'KONO_DENIAL_2018_STORY': [
        [],  # 1
        [],  # 2
        ['Вопрос о передаче каких-либо территорий вообще не стоит на повестке'],  # 3
        ['政府の方針は、北方四島の帰属の問題を解決して平和条約を締結するというもので、何ら変わりはない'],  # 4
        ["The government's policy is to resolve the issue of the attribution of the four islands and conclude a peace treaty", 'The government has not considered any change to its basic stance on the Northern Territories'],  # 5
        ['Политика правительства состоит в том, чтобы решить вопрос о принадлежности четырех островов', 'правительство не рассматривало изменения своей позиции по "северным территориям"'],  # 6
        ["Japan's policy of resolving the attribution of the four islands before concluding a peace treaty had not changed", 'saying the government had not considered any change to its basic stance'],  # 7
        ['四島の帰属の問題を解決して平和条約を締結するとの政府方針に「何ら変わりはない」と強調した'],  # 8
        ['the policy of government is to solve the attribution of the four islands and to conclude the peace treaty', 'there is no truth in the report and the basic stance on Northern Territories was not changed'],  # 9
        ['суверенитет России над Южными Курилами является результатом Второй мировой войны', 'политика Токио по-прежнему заключается в решении вопроса о принадлежности четырех островов'],  # 10
    ],
    'RUDENKO_MIXUP_2024_STORY': [
        ['As long as Japan sticks to its hostile course, there is simply nothing to discuss on a peace treaty'],  # 1
        ['As long as Japan sticks to its hostile course, there is simply nothing to discuss on a peace treaty'],  # 2
        ['Пока Япония придерживается враждебного курса, обсуждать мирный договор просто не о чем'],  # 3
        ['日本が「敵対的な路線」を続ける限り、日ロ平和条約について「話し合うことは何もない」と述べた'],  # 4
        ['日本が敵対的な路線を続ける限り平和条約について話し合うことはないと述べた', '政府としては北方領土問題を解決して平和条約を締結するという方針を堅持していく'],  # 5
        ['Правительство будет и дальше придерживаться курса на решение территориальной проблемы и заключение мирного договора', 'пока Япония придерживается враждебного курса, обсуждать мирный договор "просто не о чем"'],  # 6
        ['as long as Japan sticks to its hostile course there is nothing to discuss on a peace treaty', 'said the government would stick to its policy of settling the territorial question and then signing a peace treaty'],  # 7
        ['Не мы отказались от переговоров о мирном договоре', 'пока Япония придерживается враждебного курса, обсуждать мирный договор не о чем'],  # 8
        ['Позиция МИД по мирному договору одна: пока Токио ведет враждебную линию, никаких переговоров о нем не будет'],  # 9
        ['the ministry has one position on the peace treaty: there will be no talks while Tokyo follows a hostile line', 'there was nothing to discuss on a peace treaty as long as Japan kept its hostile course', 'it was Japan, not Russia, that had walked away from the treaty negotiations by choosing sanctions', 'Tokyo will maintain its policy of resolving the territorial dispute and concluding a peace treaty'],  # 10
    ],
    'ZAKHAROVA_CLARIFIES_2016_STORY': [
        ['Мы готовы обсуждать с японскими коллегами все, что касается мирного договора'],  # 1
        ['We are ready to discuss with our Japanese colleagues everything concerning the peace treaty'],  # 2
        ['1956年の宣言に書かれていることも含め、平和条約に関わるすべてを日本側と議論する用意がある'],  # 3
        ['Министр не говорил ни о какой передаче островов', 'Россия готова обсуждать с японскими коллегами все, что касается мирного договора'],  # 4
        ['Министр не говорил ни о какой передаче островов', 'Москва готова обсуждать с Токио "все, что касается мирного договора"'],  # 5
        ['宣言は全体として読むべきであり、そこにまず記されているのは平和条約の締結であって', '1956年宣言に書かれていることを含め、平和条約に関するすべてを日本側と議論する用意がある'],  # 6
        ['1956年の日ソ共同宣言に書かれていることも含めて平和条約に関わるすべてを議論する用意がある', '北方四島の帰属の問題を解決して平和条約を締結するという基本方針の下、交渉を着実に前進させていきたい', 'ザハロワ報道官が27日、「外相は島の引き渡しについては何も話していない」と述べ'],  # 7
        ['Moscow was ready to discuss with Japanese colleagues everything concerning the peace treaty', 'the minister had not spoken about handing over any islands and that the declaration had to be read as a whole', 'Japan would steadily advance negotiations on the basis of its policy of resolving the attribution of the four islands'],  # 8
        ['все, что касается мирного договора, в том числе все то, что записано в декларации 1956 года', 'министр "не говорил ни о какой передаче островов"', 'пообещал "продвигать переговоры" на основе прежнего курса на решение вопроса о принадлежности четырех островов'],  # 9
    ],
    'PUTIN_INTERVIEW_2021_STORY': [
        ['в нашей Конституции прямо записано, что отчуждение территорий недопустимо', 'Кто даст гарантию, что завтра там не появятся американские базы?'],  # 1
        ['В нашей Конституции прямо записано, что отчуждение территорий недопустимо'],  # 2
        ['Но теперь в Конституции прямо записано, что отчуждение территорий недопустимо', 'Кто даст гарантию, что завтра там не появятся американские базы?'],  # 3
        ['now in our Constitution it is directly written that the alienation of territories is inadmissible', 'Who will give a guarantee that tomorrow there will not appear American bases?'],  # 4
        ['昨年の憲法改正で「領土の割譲は許されないと明記された。いかなる合意もこれを考慮しなければならない', '島が日本に引き渡された場合に「米軍基地が置かれないと誰が保証するのか」と述べ', '領土問題を解決して平和条約を締結するとの基本方針の下、粘り強く交渉していく'],  # 5
        ['the constitution now explicitly states that alienating territory is unacceptable', 'who could guarantee that U.S. bases would not appear on the islands if they were ever transferred', 'continue to negotiate persistently under its basic policy of settling the territorial question'],  # 6
        ['the new Russian Constitution forbids giving away territory, and that any deal with Japan must respect this', 'warned that U.S. bases could appear on the islands if they passed to Japan'],  # 7
        ['Но в Конституции теперь есть норма о недопустимости отчуждения территорий, и не считаться с ней мы не можем'],  # 8
        ['But the Constitution now contains a rule that ceding territory is unacceptable, and we cannot disregard it', 'saying the constitution now explicitly states that alienating territory is inadmissible'],  # 9
        ['But in Constitution now there is a norm about inadmissibility of alienation of territories'],  # 10
    ],
    'CONTINUE_TALKS_2013_STORY': [
        ['Мы договорились продолжить переговоры, в том числе по проблеме мирного договора', 'позиции сторон по вопросу мирного договора пока остаются далекими друг от друга'],  # 1
        ['We will continue the talks on the peace treaty, and we confirmed that the two of us will lead them', 'Lavrov said the two sides had agreed to continue the negotiations, including on the peace treaty issue'],  # 2
        ['平和条約交渉を続けていく。私とラブロフ外相がその先頭に立つことを確認した', '平和条約の問題を含め、交渉を続けていくことで合意した', '双方の立場が異なることを隠すつもりはない」とも述べ、隔たりの大きさをうかがわせました'],  # 3
        ['Позиции России и Японии по проблеме мирного договора по-прежнему далеки друг от друга', 'Мы договорились продолжить переговоры, в том числе по проблеме мирного договора', 'Кисида, в свою очередь, заявил, что Токио намерен продолжать переговоры о мирном договоре'],  # 4
        ['We do not hide that our approaches are different', 'We agreed to continue the negotiations, including on the peace treaty problem', 'Kishida told reporters: "We will continue the talks on the peace treaty'],  # 5
        ['We agreed to continue negotiations, including on the issue of the peace treaty'],  # 6
        ['平和条約交渉を続けていく。私とラブロフ外相が先頭に立つ', 'ラブロフ氏は、交渉の継続で合意したとしつつ', '「双方の立場が違うことは隠さない」と述べた'],  # 7
        ['We will continue the talks on the peace treaty', 'said the two sides had agreed to continue the negotiations, including on the peace treaty issue', 'while acknowledging their approaches were different'],  # 8
        ['北方領土問題を解決して平和条約を締結するため、引き続きロシア側と粘り強く交渉を続けていく', '岸田外務大臣が「平和条約交渉を続けていく」と述べていました'],  # 9
        ['Работа по мирному договору будет продолжена, как и договорились министры в Токио', 'Япония будет настойчиво продолжать переговоры с Россией о мирном договоре'],  # 10
    ],
    'FISHERIES_2026_STORY': [
        [],  # 1
        [],  # 2
        [],  # 3
        [],  # 4
        ['возвращаться к разговору о мирном договоре просто не на чем'],  # 5
        ['there was nothing on which to return to peace treaty talks as long as Tokyo backed sanctions and aid to Kyiv'],  # 6
        [],  # 7
        ['日本政府が制裁と対ウクライナ支援を続ける限り、話し合いに戻る土台がない'],  # 8
        [],  # 9
    ],
}

NOT_STATEMENTS = {
    'KONO_DENIAL_2018_STORY': [
        ['河野外相、「2島先行」容認を示唆', '河野氏は会合で「まず2島を確実に取り戻すことも現実的な選択肢だ」という趣旨の発言をしたという', '出席者の一人は「4島一括にはこだわらないというニュアンスに聞こえた」と語った', '同宣言は平和条約締結後に歯舞、色丹の2島を日本に引き渡すと明記しているが', '政府はこれまで、北方四島の帰属の問題を解決して平和条約を締結するとの方針を掲げてきた', '政府高官の一人は「交渉の中身について予断を与えるような話はしていないはずだ」と話している'],  # 1
        ['Kono told the lawmakers that securing two islands first was "a realistic option," according to the sources', 'One participant was quoted as saying the minister did not seem to insist on the four islands', 'The Foreign Ministry could not immediately be reached for comment', 'which says Habomai and Shikotan will be handed over to Japan after a treaty is signed', "Japan's long-held position is that it will resolve the issue of the attribution of all four islands"],  # 2
        ['По данным издания, Коно назвал такой вариант "реалистичным"', 'Россия заинтересована в развитии торговли с Японией и ждет японских инвесторов', 'В ней СССР выражал согласие передать Японии остров Шикотан', 'Россия и Япония до сих пор не подписали мирный договор по итогам Второй мировой войны'],  # 3
        ['会見では、記者が「2島先行での決着もあり得るのか」と質問しました', '来年も実施できるよう、ロシア側と調整を進めていく', '共同宣言には平和条約締結後に歯舞群島と色丹島を引き渡すことが明記されています'],  # 4
        ['citing government sources, that Kono had told a small group of Liberal Democratic Party lawmakers', 'Suga also said the government would continue to work closely with Moscow on the visa-free visits', 'Japan and Russia have yet to sign a peace treaty formally ending their wartime hostilities', 'Russian senator says Kurils not on the table'],  # 5
        ['Коно на неформальной встрече с депутатами правящей партии назвал "реалистичным" вариант', 'Позиция Москвы состоит в том, что южные Курилы вошли в состав СССР по итогам Второй мировой войны', 'Япония претендует на острова Итуруп, Кунашир, Шикотан и Хабомаи'],  # 6
        ['Kono said he would not discuss his private schedule', 'quoted unnamed government sources as saying Kono had called a two-islands-first approach', 'the Singapore agreement has already moved the center of gravity toward Habomai and Shikotan', 'A ruling party lawmaker who attended the gathering said the minister had spoken in general terms', 'which promises the handover of Shikotan and the Habomai islets after a peace treaty is concluded'],  # 7
        ['ある政府関係者は「外相の発言の趣旨は報じた通りだ」と話す', '産経新聞社広報部は「十分な取材に基づいて報道したものです」としている', '会合に出席した複数の議員は、外相が「2島」に言及したこと自体は否定していない', '四島の主権をめぐる日露の隔たりは大きく、交渉の先行きは見通せない'],  # 8
        ['Japan Ready To Take Just Two Kuril Islands, Foreign Minister Says', 'Japan is ready to accept only two of the four Kuril islands from Russia', 'quoting people in the government who said Foreign Minister Taro Kono called this "a realistic option"', 'The two countries still have no peace treaty after World War Two'],  # 9
        ['Вопрос о публикации газеты "Санкэй" задал японский журналист', 'с 1 января Россия упрощает порядок выдачи виз для японских граждан', 'лидеры двух стран договорились ускорить переговоры о мирном договоре с опорой на декларацию 1956 года'],  # 10
    ],
    'RUDENKO_MIXUP_2024_STORY': [
        ['Japan marked its annual Northern Territories Day with a rally in Tokyo attended by Prime Minister Fumio Kishida', 'Russia unilaterally suspended the peace treaty talks in March 2022'],  # 1
        ['Corrects speaker in headline and 1st, 2nd paragraphs to Deputy Foreign Minister Andrei Rudenko', 'Moscow was ready to continue talks on fishing by Japanese boats in Russian waters', 'Russia unilaterally suspended the peace treaty talks in March 2022', 'It has also halted visa-free exchanges and visits by former Japanese islanders'],  # 2
        ['Корреспондент РИА Новости поинтересовался, возможны ли контакты с японскими дипломатами', 'Москва по-прежнему готова к переговорам по рыболовству', 'Вопрос же о возобновлении безвизовых поездок бывших японских жителей островов', 'призвав все стороны к сдержанности', 'В марте 2022 года Россия приостановила переговоры с Японией о мирном договоре', 'Захарова прокомментировала новые санкции Японии'],  # 3
        ['日本の対ロ制裁を念頭に置いた発言とみられる', '日本漁船のロシア水域での操業をめぐる交渉には応じる姿勢を示した', '日本の制裁を理由に平和条約交渉を一方的に中断した', '一部の海外メディアは当初、この発言をラブロフ外相のものとして伝えていた', '北方領土の日　首相「領土問題解決し平和条約を」'],  # 4
        ['引き続き警戒監視に万全を期していく', '一部のメディアは当初、ラブロフ外相の発言として報じていました', 'ロシアは2022年3月、日本の制裁を理由に平和条約交渉を中断しています'],  # 5
        ['ряд японских и западных СМИ ошибочно приписали эти слова министру иностранных дел Сергею Лаврову', 'Переговоры о мирном договоре были прерваны в 2022 году'],  # 6
        ['initially put it in the mouth of Foreign Minister Sergei Lavrov', 'Since 2022 the whole ministry has been speaking with one voice on Japan', 'Attribution errors of this kind happen when agencies rush to relay reports', 'Moscow halted the treaty talks in March 2022 after Tokyo joined Western sanctions'],  # 7
        ['Японский журналист спросил, видит ли Москва возможность возобновить диалог', 'Россия открыта для переговоров, но только с учетом "реальностей на земле"', 'Москва в марте 2022 года отказалась продолжать переговоры о мирном договоре с Японией'],  # 8
        ['Вопрос касался публикаций ряда японских СМИ, которые на прошлой неделе приписали высказывание', 'Россия ответит на новые японские санкции', 'стороны так и не смогли урегулировать территориальный спор', 'Лавров: Япония сама свернула диалог о мирном договоре'],  # 9
        ['Kyodo News initially attributed the remark to Lavrov and later corrected it', '(CORRECTED) Russian deputy FM says no ground for peace treaty talks with Japan'],  # 10
    ],
    'ZAKHAROVA_CLARIFIES_2016_STORY': [
        ['Корреспондент NHK спросил министра, готова ли Москва вернуться к положениям декларации 1956 года', 'выразил обеспокоенность ядерным испытанием, которое КНДР провела 6 января', 'Декларация 1956 года предусматривает, что после заключения мирного договора СССР передаст Японии остров Шикотан', 'советское правительство увязало выполнение этих положений с выводом иностранных войск'],  # 1
        ["Lavrov signals readiness to discuss 1956 pact, including islands' handover", 'The remark is likely to be welcomed in Tokyo as a sign of flexibility', 'urging all parties to avoid steps that could raise tensions', 'stipulates that Shikotan and the Habomai islets will be handed over to Japan once a peace treaty is concluded'],  # 2
        ['日ソ共同宣言は、平和条約締結後に歯舞群島と色丹島を日本に引き渡すと定めている', '今回の発言が柔軟姿勢への転換を意味するのかは不透明だ', '日本政府内には「前向きなシグナルだ」と歓迎する声がある一方', '日露外相会談：平和条約交渉の継続で一致'],  # 3
        ['Ряд японских изданий расценил эти слова как сигнал о готовности Москвы к территориальным уступкам', 'Ведущий эфира спросил Захарову, можно ли ожидать прогресса', 'Москва рассчитывает на расширение туристических обменов с Японией', 'Лавров: Москва готова обсуждать с Токио все вопросы мирного договора'],  # 4
        ['призвав Пхеньян вернуться к переговорам', 'Япония претендует на четыре острова Курильской гряды', 'Россия и Япония с середины XX века ведут переговоры о мирном договоре'],  # 5
        ['日ソ共同宣言は1956年10月に署名され、両国の議会が批准した', '露日間には第二次世界大戦後、いまだ平和条約が締結されていない'],  # 6
        ['早期の採択に向けて関係国と緊密に連携していく', '去年9月の外相会談で平和条約交渉を継続することで一致しています'],  # 7
        ['Some Japanese media read that as a hint that Moscow was ready to talk about handing over Shikotan', "Zakharova's job is to close doors that journalists think they see opening", 'said Tokyo had not expected a breakthrough from a news conference', 'Moscow attached new conditions to the transfer of the two islands', 'Kishida, Lavrov agree to keep talking on treaty'],  # 8
        ['Часть японской прессы восприняла эту фразу как намек на передачу Шикотана и Хабомаи', 'Собеседник "Ъ" в МИД РФ пояснил, что "никакого нового сигнала Токио министр не посылал"', 'Декларацию в Москве и Токио читают по-разному', 'Визит премьер-министра Японии Синдзо Абэ в Россию ожидается в первой половине года'],  # 9
    ],
    'PUTIN_INTERVIEW_2021_STORY': [
        ['Зарубин спросил, не закрыла ли поправка о запрете отчуждения территорий тему Курил', 'пожелал японским организаторам успеха в непростых условиях пандемии', 'одна из которых запрещает действия, направленные на отчуждение части территории страны', 'Камнем преткновения остается вопрос о принадлежности Итурупа, Кунашира, Шикотана и Хабомаи'],  # 1
        ['Поправки в Основной закон были одобрены на общероссийском голосовании 1 июля 2020 года', 'Путин пожелал успеха организаторам Олимпиады в Токио'],  # 2
        ['Путин назвал два препятствия для передачи Курил Японии', 'Путин и тогдашний премьер Японии Синдзо Абэ договорились ускорить переговоры', 'Путин назвал условие для мирного договора с Японией'],  # 3
        ['Zarubin asked whether the amendment on the prohibition of alienation of territories', 'wished the Japanese organizers success in the difficult conditions of the pandemic', 'one of which prohibits actions directed on the alienation of part of the territory of country'],  # 4
        ['改正憲法に盛り込まれた領土割譲禁止条項が北方領土交渉にどう影響するかは、日本政府内でも見方が分かれている', 'ロシア、北方領土で軍事演習　日本政府が抗議'],  # 5
        ['Putin is building a legal wall and a security wall at the same time', "prohibit actions aimed at ceding part of Russia's territory, as well as calls for such actions", 'were seized by Soviet forces in the final days of World War II', 'Kato: Japan will keep negotiating on isles'],  # 6
        ['Putin: No Kurils For Japan While Constitution Stands', 'Moscow and Tokyo have not signed a peace treaty since World War II', 'Read more: Putin says Russia ready for peace treaty dialogue with Japan'],  # 7
        ['Вопрос о перспективах мирного договора задал президент японского агентства Киодо', 'Россия готова увеличить поставки сжиженного природного газа в Японию'],  # 8
        ['Putin also said Russia could increase exports of liquefied natural gas to Japan', 'who asked whether the two countries could make progress on the territorial issue', 'Japan and Russia have yet to sign a postwar peace treaty due to the dispute over the islands', "Putin cites constitution's ban on ceding land, raises U.S. bases issue"],  # 9
        ['The question about prospects of peace treaty was asked by the president of Japanese agency Kyodo', 'Russia is ready to increase supplies of liquefied natural gas to Japan'],  # 10
    ],
    'CONTINUE_TALKS_2013_STORY': [
        ['Россия рассчитывает на поддержку Японии в реализации договоренностей об уничтожении сирийского химического оружия', 'Лидеры тогда поручили МИД двух стран ускорить работу', 'пройдет первая встреча министров иностранных дел и обороны двух стран'],  # 1
        ['agreed Friday to continue negotiations toward a postwar peace treaty', "shared concerns over North Korea's nuclear and missile programs", 'has kept Japan and Russia from signing a peace treaty since World War II'],  # 2
        ['北方領土問題を含む平和条約交渉を続けていくことで一致しました', '北朝鮮の核・ミサイル問題をめぐり、国連などで連携していくことを確認しました', 'ことし4月の首脳会談で、平和条約交渉を再開させることで合意しています'],  # 3
        ['процесс уничтожения химического оружия в Сирии идет по графику', 'первое заседание в формате "два плюс два" с участием министров обороны'],  # 4
        ['Russia, Japan agree to keep talking on islands but say gap remains', 'a format Japan has held only with the United States and Australia', 'hoping closer energy cooperation will help create an atmosphere for a compromise on the islands'],  # 5
        ["The main obstacle is Japan's claims to the southern Kuril Islands", 'Russia and Japan still have no peace treaty after World War II'],  # 6
        ['ロシアと緊密に連携し、国連安全保障理事会などで対応していきたい', '政府関係者は「安全保障分野での対話の枠組みができることの意味は大きい」と話している'],  # 7
        ['When both sides say they will keep talking, it usually means neither has anything new to offer', 'Shoigu said Russia was ready to hold joint anti-piracy and search-and-rescue drills', "Onodera told reporters he had raised Russia's military activity near Japanese airspace", 'he and President Vladimir Putin agreed to restart the treaty talks'],  # 8
        ['安全保障分野での信頼醸成につながる', '政府は、北方四島の帰属の問題を解決して平和条約を締結するという基本方針を掲げています'],  # 9
        ['Путин и Абэ могут провести встречу на полях Олимпийских игр в Сочи', 'Первое заседание "два плюс два" с участием глав МИД и министерств обороны двух стран прошло'],  # 10
    ],
    'FISHERIES_2026_STORY': [
        ['ロシアの水域で日本の漁船に認められる漁獲割当量は', '漁業者が安定して操業できる条件を確保できた', '2022年以降、平和条約交渉は中断したままとなっています'],  # 1
        ['Условия остаются на уровне прошлого года', 'стороны обсудили меры по борьбе с незаконным промыслом', 'В марте 2022 года Россия вышла из переговоров о мирном договоре с Японией', 'Сотрудничество в сфере рыболовства остается одним из немногих направлений'],  # 2
        ['国には今後も漁業交渉で粘り強い対応をお願いしたい', '割当量が減らなかったのは良かったが、燃料代も上がっており、楽ではない', '漁業者の経営安定に向けて、国と連携して支援していく', 'ロシア側が2023年に履行を停止したまま、再開の見通しが立っていない', '四島の返還を求める運動の担い手をどう確保するかも課題となっている'],  # 3
        ["Japan and Russia have agreed on fishing quotas for 2026 in each other's exclusive economic zones", 'continue to do its utmost so that fishermen can operate safely and stably', 'That says nothing about the peace treaty, which will stay frozen as long as the war in Ukraine goes on', 'Russia halted peace treaty negotiations with Japan in 2022', 'The territorial dispute over the four islands off Hokkaido has left the two countries'],  # 4
        ['Корреспондент агентства спросил посла, повлияли ли на позицию Москвы заявления', 'Рыболовство — та сфера, где прагматизм берет верх', 'японские граждане получили в российских консульствах в Японии несколько тысяч виз', 'Россия и Япония так и не подписали мирный договор по итогам Второй мировой войны', 'Токио претендует на острова Итуруп, Кунашир, Шикотан и Хабомаи'],  # 5
        ['We just want to go to sea without worrying about politics', 'asked the central government to keep up its efforts in fisheries talks with Moscow', 'It can survive a freeze precisely because it never touches sovereignty', "Japan's government maintains that it will resolve the issue of their attribution and then conclude a peace treaty", 'has been suspended by Russia since 2023'],  # 6
        ['японская делегация "вела себя подчеркнуто деловито и не поднимала политических тем"', 'Вопрос о мирном договоре и островах в обозримом будущем на повестку не вернется', 'Переговоры о мирном договоре Россия приостановила в 2022 году', 'стороны проведут консультации по вопросам борьбы с браконьерством'],  # 7
        ['政治とは切り離して、海の仕事は続けさせてほしい', '漁業者が安全かつ安定的に操業できるよう、引き続き全力を尽くす', '平和条約や領土の問題とは別の論理で動いている', '日本政府は、北方四島の帰属の問題を解決して平和条約を締結するとの方針を掲げている', 'ロシアは22年3月、日本の対ロ制裁を理由に平和条約交渉を中断した'],  # 8
        ["Russia's Federal Agency for Fisheries said the sides also discussed joint measures", 'Volumes matter less than predictability right now', "when Moscow walked away from peace treaty talks over Japan's sanctions"],  # 9
    ],
}

EXPECTED = {
    'KONO_DENIAL_2018_STORY': [
        ('ria.ru', 'Vladimir Dzhabarov'),  # D1
        ('www3.nhk.or.jp', 'Taro Kono'),  # K1
        ('english.kyodonews.net', 'Yoshihide Suga'),  # S1
        ('www.interfax.ru', 'Maria Zakharova'),  # Z1
    ],
    'RUDENKO_MIXUP_2024_STORY': [
        ('english.kyodonews.net', 'Andrei Rudenko'),  # R1 (first printed under Lavrov's name)
        ('www3.nhk.or.jp', 'Yoshimasa Hayashi'),  # H1
        ('tass.ru', 'Sergei Lavrov'),  # L1
        ('ria.ru', 'Maria Zakharova'),  # Z1
    ],
    'ZAKHAROVA_CLARIFIES_2016_STORY': [
        ('tass.ru', 'Sergei Lavrov'),  # L1
        ('ria.ru', 'Maria Zakharova'),  # Z1
        ('www3.nhk.or.jp', 'Fumio Kishida'),  # KI1
    ],
    'PUTIN_INTERVIEW_2021_STORY': [
        ('www.vesti.ru', 'Vladimir Putin'),  # P1
        ('www.vesti.ru', 'Vladimir Putin'),  # P2
        ('www.jiji.com', 'Katsunobu Kato'),  # KA1
        ('tass.ru', 'Vladimir Putin'),  # P3
    ],
    'CONTINUE_TALKS_2013_STORY': [
        ('ria.ru', 'Sergei Lavrov'),  # L1
        ('ria.ru', 'Sergei Lavrov'),  # L2
        ('english.kyodonews.jp', 'Fumio Kishida'),  # K1
        ('www3.nhk.or.jp', 'Yoshihide Suga'),  # S1
        ('www.interfax.ru', 'Dmitry Peskov'),  # PE1
    ],
    'FISHERIES_2026_STORY': [
        ('ria.ru', 'Nikolai Nozdrev'),  # N1
    ],
}
