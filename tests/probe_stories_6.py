"""Eight more multi-outlet probe stories (round 6: one long event cut into pieces), written independently of rounds
1-5 (own words, each outlet's style, other events: 2017-2024). Each story is one long event - a foreign minister's
annual press conference, a summit's press statements, a forum plenary, a long TV interview, a year-end press
conference, a Diet policy speech and the party leaders' questions after it - reported by many outlets over one to four
days, each picking its own part of the same long answer or speech: a ticker gives one line, a flash quotes the
opening sentence, another report the middle, a third paraphrases the whole, the full transcript page carries all of
it, a foreign-language service translates a piece in other words, a later analysis merges two pieces in one sentence.
Within one answer the speaker makes several distinct points on the treaty, and each point is its own remark: a report
carrying only the second point after reports that carried only the first is the NEW first report of the second
point, and a point that first shows up only on the full transcript page is new there. Around them stand NEW remarks
that look like repeats: the same speaker at another occasion the same day (remarks to accompanying reporters in the
evening, an evening TV interview after the morning press conference), the other side's reaction the next day, and a
spokesman's explanation of what the leader or minister meant (the spokesman's own remark). Non-treaty parts of the
same event (the economy, Ukraine, Syria, defence budgets, the US, North Korea, fisheries, a domestic row), journalists'
questions, background paragraphs, documents, events, anonymous sources, former islanders and experts are no remarks.

Each story: a list of (url, language, published, title, text) in processing order.
EXPECTED[name]: the (host, speaker) of every report that should be flagged new (first report of each distinct
treaty utterance, in processing order).
REMARKS[name]: per report, the treaty remarks it carries as (speaker, remark id); a remark id names one utterance
(same speaker, same words, same occasion). The first report of each id is the expected alert. Two points made by the
same speaker in one answer or one speech get two ids; a later utterance by the same speaker on another occasion, even
the same day and however close in substance, gets its own id; so does a spokesman's explanation of his principal's
words. A lead retelling the quote below it is the same remark (listed once per report); a recollection ("on Tuesday X
said ...", also inside a journalist's question) is the recalled remark; an event recalled without attribution ("the
leaders agreed ...") is no remark. A report carrying no treaty remark has an empty list.
"""

# ---------------------------------------------------------------------------------------------------------------
# 1. Lavrov's annual press conference, Moscow, 17 January 2017 (three hours; Trump, Syria, Ukraine), a month after
#    Putin's visit to Nagato. One answer to NHK's correspondent holds four points: L1 (any special regime for the joint
#    economic activity on the islands must fit within Russian law; no extraterritoriality), L2 (the 1956 declaration
#    not rejected, but it speaks of handing over two islands after a treaty and says not a word on the terms or on
#    whose sovereignty; a treaty presupposes Japan's full recognition of the war's results), L3 (Japan's obligations
#    in its alliance with the US and the US missile defence deployed in the region have to be weighed when the islands
#    are discussed), L4 (consultations soon; set on continuing the dialogue, no artificial deadlines but no pauses;
#    Abe awaited in spring). RIA's flash (L1 only). TASS (L2 only: NEW). Kyodo (L1 and, first, L3). Interfax's ticker
#    of the press conference (lines on Trump, Syria, Ukraine; one line L4: NEW). The mid.ru transcript (all four; the
#    question; sanctions and Astana: not treaty). TASS English (L1, L2 in other words). Kommersant the next morning
#    (L2 and L3 merged in one sentence; an academic: no remark). NHK on 18 January: Suga S1 (the leaders agreed on a
#    special system that does not harm either side's legal position, not one under Russian law: NEW), L1 retold in
#    the question. Interfax on 19 January: Zakharova Z1 explaining what her minister meant (nothing the Japanese had
#    not heard; the framework must fit our legislation, no offshore zone outside Russian law was ever promised: the
#    spokeswoman's own remark, NEW), S1 recalled; the inauguration in Washington (not treaty). The Japan Times (Kyodo)
#    on 20 January: L1 and L3 merged, S1; a professor (no remark). Jiji on 20 January: Kishida K1 (vice-ministerial
#    talks in March; build the system without harming our legal position; negotiate persistently toward a treaty:
#    NEW), Z1 recalled; the US alliance before the inauguration (not treaty).
LAVROV_PRESSER_2017_STORY = [
    ("https://ria.ru/20170117/1485891432.html", "ru", "2017-01-17",
     "Лавров: совместная деятельность на Курилах возможна только по российским законам",
     """МОСКВА, 17 янв - РИА Новости. Совместная хозяйственная деятельность России и Японии на южных Курилах может вестись только в рамках российского законодательства, заявил министр иностранных дел РФ Сергей Лавров на ежегодной пресс-конференции по итогам года.

"Любой особый режим, о котором мы договоримся, должен укладываться в рамки нашего законодательства. Никакой экстерриториальности там не будет", - сказал министр.

О начале консультаций по совместной деятельности на четырех островах договорились президент России Владимир Путин и премьер-министр Японии Синдзо Абэ во время визита российского лидера в Японию 15-16 декабря.

Россия и Япония до сих пор не подписали мирный договор по итогам Второй мировой войны. Токио претендует на острова Итуруп, Кунашир, Шикотан и группу необитаемых островов Хабомаи.

Пресс-конференция министра продолжается."""),
    ("https://tass.ru/politika/3944512", "ru", "2017-01-17",
     "Лавров: декларация 1956 года ничего не говорит о суверенитете над островами",
     """МОСКВА, 17 января. /ТАСС/. Россия не отказывается от советско-японской декларации 1956 года, однако в этом документе ничего не сказано о том, под чьим суверенитетом окажутся острова после их передачи. Об этом заявил глава МИД РФ Сергей Лавров на пресс-конференции по итогам деятельности российской дипломатии в 2016 году.

"Декларация 1956 года - документ, который мы не отвергаем. Но давайте читать его внимательно: там говорится о передаче двух островов после заключения мирного договора, и ни слова о том, на каких условиях и под чей суверенитет. А само заключение мирного договора предполагает, что Япония полностью признает итоги Второй мировой войны", - сказал министр.

Декларация была подписана 19 октября 1956 года и ратифицирована парламентами обеих стран. В ней СССР выразил согласие передать Японии Хабомаи и Шикотан после заключения мирного договора. В 1960 году, после подписания Японией нового договора безопасности с США, советское правительство заявило, что острова будут переданы лишь при условии вывода иностранных войск.

Ежегодная пресс-конференция Лаврова продолжалась почти три часа. Значительная ее часть была посвящена перспективам отношений с новой администрацией США."""),
    ("https://this.kiji.is/194312876523847681", "ja", "2017-01-17",
     "ロ外相、共同経済活動「ロシア法の枠内」　日米同盟にも言及",
     """【モスクワ共同】ロシアのラブロフ外相は17日、モスクワで年頭恒例の記者会見を開き、北方四島での日ロの共同経済活動について「どのような特別な制度で合意するにしても、ロシアの法律の枠内に収まらなければならない。治外法権のようなものはあり得ない」と述べた。日本側が求める、双方の法的立場を害さない「特別な制度」を早くもけん制した形だ。

ラブロフ氏はまた、島の問題を話し合う際には「日本が米国との同盟の下で負っている義務や、この地域で米国のミサイル防衛システムが配備されていることを考慮に入れないわけにはいかない」と語り、日米安全保障条約の扱いも交渉の論点になり得るとの考えを示した。

共同経済活動をめぐっては、昨年12月に山口県長門市と東京で行われた首脳会談で、特別な制度の下での実現に向けた協議の開始で合意した。日本政府は早ければ3月にも外務次官級の協議を始めたい考えだ。

会見は約3時間に及び、ラブロフ氏は20日に発足するトランプ次期米政権との関係改善への期待や、シリア和平協議の見通しなどを長時間にわたって語った。

日本政府関係者は「ロシア側の原則的な立場を繰り返したにすぎず、想定の範囲内だ」と冷静に受け止めている。ただ、ロシアの法律の適用を前提とする発言が公の場で重ねて示されれば、制度設計をめぐる協議が難航するのは避けられないとの見方も出ている。

北方四島には現在、約1万7000人のロシア人が住んでいる。ラブロフ氏の年頭会見は毎年1月に開かれ、前年のロシア外交を総括する場となっている。"""),
    ("https://www.interfax.ru/world/545123", "ru", "2017-01-17",
     "Пресс-конференция Сергея Лаврова: главное",
     """Москва. 17 января. INTERFAX.RU - Министр иностранных дел России Сергей Лавров во вторник проводит ежегодную пресс-конференцию по итогам работы российской дипломатии в 2016 году. "Интерфакс" публикует основные заявления министра.

12:05 Лавров: Россия рассчитывает, что с администрацией Дональда Трампа удастся наладить реальное взаимодействие в борьбе с терроризмом, прежде всего в Сирии.

12:19 Лавров: Москва считает правильным пригласить представителей новой администрации США на межсирийские переговоры в Астане, намеченные на 23 января.

12:41 Лавров: Минские договоренности безальтернативны, Киев должен выполнять свою часть обязательств.

13:02 Лавров: Россия не будет выпрашивать отмену санкций, "санкции вводили не мы".

13:27 Лавров о Японии: "Мы настроены продолжать этот диалог, без искусственных сроков, но и без пауз" - консультации о совместной деятельности на островах начнутся в ближайшее время, премьер-министра Синдзо Абэ в России ждут весной.

13:45 Лавров: обвинения в адрес России во вмешательстве в выборы в США ничем не подкреплены.

14:02 Лавров: Россия готова к диалогу с НАТО, но не на условиях альянса.

Пресс-конференция продолжается."""),
    ("http://www.mid.ru/ru/press_service/minister_speeches/-/asset_publisher/7OvQR5KJWVmR/content/id/2599609", "ru", "2017-01-17",
     "Выступление и ответы на вопросы СМИ Министра иностранных дел России С.В.Лаврова в ходе пресс-конференции по итогам деятельности российской дипломатии в 2016 году, Москва, 17 января 2017 года",
     """Выступление и ответы на вопросы СМИ Министра иностранных дел России С.В.Лаврова в ходе пресс-конференции по итогам деятельности российской дипломатии в 2016 году, Москва, 17 января 2017 года

<...>

Вопрос: Ожидаете ли Вы, что новая администрация США пересмотрит антироссийские санкции?

С.В.Лавров: Мы ни о чем не просим и ничего не выпрашиваем. Санкции вводили не мы, и снимать их - не наша забота. Если новая администрация захочет разговаривать на равных, с учетом интересов друг друга, мы к этому готовы. Если нет - будем жить, как жили.

Вопрос (телекомпания NHK, Япония): В декабре Президент России посетил Японию. Как Вы оцениваете итоги визита и перспективы мирного договора? Каким, по Вашему мнению, должен быть "особый режим" совместной хозяйственной деятельности на островах?

С.В.Лавров: Визит был очень полезным, договоренности, достигнутые в Нагато и Токио, мы будем выполнять. Что касается совместной деятельности на островах, хочу сразу внести ясность: любой особый режим, о котором мы договоримся, должен укладываться в рамки нашего законодательства. Никакой экстерриториальности там не будет. Консультации на эту тему начнутся в ближайшее время, и мы настроены продолжать этот диалог, без искусственных сроков, но и без пауз. Ждем премьер-министра Абэ в России весной.

По мирному договору. Декларация 1956 года - документ, который мы не отвергаем. Но давайте читать его внимательно: там говорится о передаче двух островов после заключения мирного договора, и ни слова о том, на каких условиях и под чей суверенитет. А само заключение мирного договора предполагает, что Япония полностью признает итоги Второй мировой войны.

И еще один момент, о котором мы откровенно говорим японским коллегам. Обсуждая острова, мы не можем не учитывать обязательства, которые Япония несет в рамках союза с США, и то, что в регионе развертываются элементы американской системы противоракетной обороны. Это объективная реальность, и уйти от нее в переговорах невозможно.

Вопрос: Когда возобновятся переговоры по Сирии и кто в них будет участвовать?

С.В.Лавров: Встреча в Астане намечена на 23 января. Мы считаем правильным пригласить на нее представителей новой администрации США - думаю, это будет сделано, как только администрация официально приступит к работе. Вооруженная оппозиция впервые будет представлена теми, кто реально воюет на земле, а не только эмигрантскими группами.

<...>"""),
    ("http://tass.com/politics/925603", "en", "2017-01-17",
     "Lavrov: any joint economic activity on Kurils must comply with Russian law",
     """MOSCOW, January 17. /TASS/. Any special arrangement for Russian-Japanese joint economic activities on the southern Kuril Islands will have to fit within Russian legislation, Foreign Minister Sergey Lavrov said on Tuesday.

"Whatever special regime we agree upon must stay inside the framework of our laws. There will be no extraterritoriality there," Lavrov told his annual news conference summing up Russian diplomacy's results in 2016.

The minister also said Moscow did not reject the 1956 Soviet-Japanese Declaration, but pointed out that the document, which mentions the handover of two islands once a peace treaty is signed, "does not say a word" about the terms of such a handover or whose sovereignty the islands would be under. Signing a peace treaty, he said, presupposes that Japan fully recognizes the outcome of World War II.

Russian President Vladimir Putin and Japanese Prime Minister Shinzo Abe agreed during Putin's visit to Japan in December to start consultations on joint economic activities on the islands, which Japan calls its Northern Territories.

Russia and Japan have never signed a peace treaty after World War II."""),
    ("https://www.kommersant.ru/doc/3193442", "ru", "2017-01-18",
     "Курильский вопрос уперся в союз с Вашингтоном",
     """Газета "Коммерсантъ" №7 от 18.01.2017, стр. 6

Выступая во вторник на традиционной пресс-конференции по итогам года, глава МИД РФ Сергей Лавров уделил Японии лишь несколько минут, но сказанного хватило, чтобы в Токио вновь заговорили о пределах "духа Нагато". Министр напомнил, что декларация 1956 года ничего не говорит о суверенитете над островами, и дал понять, что при любом разговоре о них Москве придется учитывать обязательства Японии перед США и развертывание в регионе американской ПРО.

По сути, российская сторона все более открыто ставит вопрос, который прежде обсуждался лишь за закрытыми дверями: не окажутся ли переданные острова зоной действия японо-американского договора безопасности. Ответа, который устроил бы Москву, Токио дать не может - по крайней мере без согласования с Вашингтоном.

"Министр проговорил вслух то, что российские переговорщики говорят японцам уже не первый год. Новое здесь - разве что публичность и выбор момента, накануне смены власти в США", - считает ведущий научный сотрудник Института Дальнего Востока РАН Андрей Кравцов.

Японская сторона рассчитывает начать консультации заместителей министров о "специальной системе" совместной деятельности в марте. Визит Синдзо Абэ в Россию предварительно намечен на конец апреля."""),
    ("http://www3.nhk.or.jp/news/html/20170118/k10010843211000.html", "ja", "2017-01-18",
     "官房長官 共同経済活動「ロシアの法律の下ではない」",
     """菅官房長官は18日午前の記者会見で、ロシアのラブロフ外相が、北方四島での共同経済活動について「どのような特別な制度もロシアの法律の枠内に収まらなければならない」と述べたことについて質問されました。

これに対し菅官房長官は「共同経済活動は、日ロ双方の法的立場を害さない特別な制度の下で行うというのが、先月の首脳会談での両首脳の合意だ。ロシアの法律の下で行うということではない。この合意に沿って、ロシア側と協議を進めていく」と述べました。

共同経済活動をめぐっては、漁業や観光、医療などの分野が候補として挙がっていて、政府は、早ければ3月にも外務次官級の協議を開き、具体的な事業や制度の在り方について話し合いたい考えです。

また菅官房長官は、今月20日に行われるアメリカのトランプ次期大統領の就任式について「新政権とも緊密に連携し、日米同盟をさらに強化していきたい」と述べ、早期の首脳会談の実現に向けて調整を急ぐ考えを示しました。

去年12月、山口県長門市と東京で行われた日ロ首脳会談では、北方四島で「特別な制度」の下での共同経済活動の実現に向けた協議を始めることで合意しました。ただ、制度にどちらの国の法律を適用するかをめぐっては日ロ双方の立場に隔たりがあり、協議の行方が注目されています。

北方四島は、1945年8月から9月にかけて旧ソビエト軍に占領され、現在はロシアが実効支配しています。政府は、四島の帰属の問題を解決して平和条約を締結するという立場で、ロシアとの交渉を続けてきました。共同経済活動は、この交渉を前に進めるための環境づくりと位置づけられています。"""),
    ("http://www.interfax.ru/world/545789", "ru", "2017-01-19",
     "Захарова: Лавров не сказал японцам ничего нового",
     """Москва. 19 января. INTERFAX.RU - В словах главы МИД РФ Сергея Лаврова о совместной хозяйственной деятельности на южных Курилах не было ничего нового для японской стороны, заявила официальный представитель МИД Мария Захарова.

"Министр не сказал ничего такого, чего бы японские партнеры не слышали от нас раньше. Рамки совместной деятельности должны соответствовать нашему законодательству - мы никогда не обещали создать на островах некую офшорную зону вне российского права. Давайте работать над конкретными проектами, а не над интерпретациями", - сказала Захарова на брифинге в четверг.

В среду генеральный секретарь кабинета министров Японии Ёсихидэ Суга заявил, что, по договоренности лидеров, совместная деятельность должна вестись в рамках особой системы, не наносящей ущерба правовым позициям сторон, а не по российским законам.

Захарова также сообщила, что Россию на церемонии инаугурации Дональда Трампа 20 января будет представлять посол в Вашингтоне Сергей Кисляк. "Никаких особых приглашений мы не получали, и это обычная практика: на инаугурацию американских президентов традиционно приглашаются главы дипмиссий", - пояснила она."""),
    ("http://www.japantimes.co.jp/news/2017/01/20/national/politics-diplomacy/lavrov-remarks-cast-shadow-joint-economic-activity-plan/", "en", "2017-01-20",
     "Lavrov remarks cast shadow over joint economic activity plan for isles",
     """MOSCOW - A month after Prime Minister Shinzo Abe and President Vladimir Putin agreed to explore joint economic projects on four Russian-held islands claimed by Japan, Moscow is signaling that the "special system" Tokyo wants may look very different from the one it has in mind.

Russian Foreign Minister Sergei Lavrov said Tuesday that any arrangement would have to fit under Russian law, and that Japan's security alliance with Washington, along with U.S. missile defense in the region, could not be left out of talks on the islands.

Chief Cabinet Secretary Yoshihide Suga shot back the next day that the leaders had agreed on a system that would not harm either side's legal position - "not something under Russian law."

"Each side is now publicly defining the agreement in its own terms. That is normal before negotiations start, but the gap on the legal question is real," said Kenta Morishima, a professor of international relations at a university in Sapporo.

Vice-ministerial talks on the framework are expected in March, ahead of a planned visit by Abe to Russia in the spring.

Kyodo"""),
    ("https://www.jiji.com/jc/article?k=2017012000512", "ja", "2017-01-20",
     "特別な制度「法的立場害さず」＝共同経済活動で岸田外相",
     """岸田文雄外相は20日の閣議後記者会見で、北方四島での日ロ共同経済活動に関する「特別な制度」について「3月にも次官級の協議を始め、日ロ双方の法的立場を害さない形で制度をつくり上げていく。平和条約の締結に向け、粘り強く交渉していきたい」と述べた。

ロシア外務省のザハロワ情報局長は19日の記者会見で、ロシアの法律の枠内で進めるべきだとしたラブロフ外相の発言について「日本側が以前から聞いていないことは何も言っていない」と述べ、立場を変えない姿勢を示していた。

共同経済活動の候補分野としては、海産物の養殖や観光、医療などが挙がっている。外務省幹部は「制度の中身は、これからの協議で詰めることになる」と話している。

岸田氏はまた、20日（日本時間21日未明）のトランプ米大統領の就任を前に「日米同盟は日本外交の基軸だ。新政権と早期に信頼関係を築き、同盟の強化を確認したい」と語った。

次官級協議には、日本側から秋葉剛男外務審議官、ロシア側からモルグロフ外務次官が臨む見通し。事業に携わる日本人の出入域の手続きや、トラブルが起きた場合の裁判管轄なども論点となる。4月下旬で調整している安倍首相の訪ロまでに、一定の方向性を示せるかが焦点となる。

北方四島では、旧ソ連時代から日本人の自由な往来が制限されてきた。1990年代以降は、旅券や査証なしで元島民らが島を訪れる「ビザなし交流」が続けられており、共同経済活動が実現すれば、日本人が島で継続的に事業を行う初めての例となる。"""),
]

# ---------------------------------------------------------------------------------------------------------------
# 2. Abe in the Kremlin, 26 May 2018 (the day after both leaders spoke at the St. Petersburg forum): their 21st
#    meeting and the press statements. Putin: P1 (the treaty discussed; no simple and quick solutions and there cannot
#    be; painstaking work ahead, both want it to bear fruit), P2 (concrete steps agreed in five areas - aquaculture,
#    greenhouses, tourism, wind power, waste processing - a business mission to the islands in summer; such joint work
#    creates the trust without which no treaty can be concluded); trade, energy and Korea (not treaty). Abe: A1 (the
#    president and I share a firm resolve to settle the issue in our generation, with our own hands), A2 (five
#    projects to be given shape one by one; a mission of officials and businessmen to the islands this summer; a
#    steady step toward a treaty, the new approach made concrete); the Year of Japan, Korea (not treaty). RIA's flash
#    (P1). NHK (A1 only: NEW). TASS (P2 only: NEW). Kyodo (A2 first, A1 again; the grave visits by plane an event; a
#    government official: anonymous). The kremlin.ru transcript (P1, P2, A1, A2 in full, with the non-treaty parts).
#    TASS English (P1, A1 in other words). NHK that night: Abe A3 to accompanying reporters at his hotel (not solved
#    overnight, but the former islanders are ageing and time is short; step by step, but surely: same speaker, another
#    occasion the same day, NEW), A1 recalled; the Bolshoi (not treaty). Rossiya-1's Sunday programme on 27 May: P1
#    replayed, Peskov PK1 explaining what the president meant (no pessimism, the opposite; sober realism, no promises
#    that cannot be kept; the work goes at a good pace compared with a few years ago: NEW); the ballet (not treaty).
#    Jiji on 28 May: Suga S1 (build up joint projects under the leaders' trust and move the treaty talks forward;
#    the basic policy of settling the four islands' attribution unchanged: NEW), P1 retold in the question; Korea
#    (not treaty). The Japan Times on 28 May: A1 and A3 merged in one sentence, P1, PK1; a scholar (no remark).
KREMLIN_2018_STORY = [
    ("https://ria.ru/20180526/1521405117.html", "ru", "2018-05-26",
     "Путин: быстрых решений по мирному договору с Японией нет",
     """МОСКВА, 26 мая - РИА Новости. Россия и Япония хотят заключить мирный договор, однако путь к нему потребует кропотливой работы, быстрых решений здесь нет, заявил президент РФ Владимир Путин по итогам переговоров с премьер-министром Японии Синдзо Абэ.

"Мы с господином премьер-министром обсудили и проблему мирного договора. Хочу сказать откровенно: простых и быстрых решений здесь нет и быть не может. Впереди кропотливая работа, но мы оба хотим, чтобы она дала результат", - сказал Путин в ходе заявлений для прессы в Кремле.

Это уже 21-я встреча двух лидеров. Накануне Путин и Абэ вместе выступили на пленарном заседании Петербургского международного экономического форума.

Россия и Япония так и не подписали мирный договор по итогам Второй мировой войны. Камнем преткновения остается принадлежность южных Курил."""),
    ("https://www3.nhk.or.jp/news/html/20180526/k10011454871000.html", "ja", "2018-05-26",
     "日ロ首脳会談 首相「私たちの世代で解決を」",
     """ロシアを訪問している安倍総理大臣は、日本時間の26日夜、モスクワのクレムリンでプーチン大統領と会談しました。会談のあとの共同記者発表で、安倍総理大臣は北方領土問題を含む平和条約の締結について「プーチン大統領と私には、この問題を私たちの世代で、自らの手で解決するという固い決意がある」と述べました。

両首脳の会談は今回で21回目で、少人数による会合と、経済分野などを話し合う拡大会合をあわせて、およそ3時間行われました。

会談では、おととし日本側が提案した8項目の経済協力プランを一層進めていくことも確認しました。日ロ間の去年の貿易額は、前の年を1割あまり上回っています。

安倍総理大臣は前日の25日、サンクトペテルブルクで開かれている国際経済フォーラムにプーチン大統領とともに出席し、演説を行いました。

安倍総理大臣は、このあとプーチン大統領とともにボリショイ劇場を訪れ、「ロシアにおける日本年」の開幕行事に出席することにしています。

北方四島での共同経済活動をめぐっては、去年9月の首脳会談で、海産物の養殖や温室野菜の栽培など5つの事業の候補を特定していて、今回の会談で具体化に向けた道筋を示せるかが焦点となっていました。会談には、日本側から河野外務大臣や世耕経済産業大臣らが同席しました。

また、両首脳は、北朝鮮の非核化をめぐる問題についても意見を交わし、緊密に連携していくことを確認しました。日本とロシアの間では、安倍総理大臣がおととし提案した8項目の経済協力プランに基づき、医療や都市環境、エネルギーなどの分野で150件を超える案件が動き出しています。"""),
    ("https://tass.ru/politika/5238914", "ru", "2018-05-26",
     "Путин: совместная работа на Курилах создаст доверие, без которого мирный договор не заключить",
     """МОСКВА, 26 мая. /ТАСС/. Россия и Япония договорились о конкретных шагах по пяти направлениям совместной хозяйственной деятельности на южных Курилах, летом на острова отправится первая деловая миссия. Об этом заявил президент РФ Владимир Путин по итогам переговоров с премьер-министром Японии Синдзо Абэ в Кремле.

"Мы договорились о конкретных шагах по пяти направлениям - это аквакультура, тепличное хозяйство, туризм, ветроэнергетика, переработка отходов. Летом на острова отправится деловая миссия. Такая совместная работа создает то доверие, без которого мирный договор не заключить", - сказал Путин.

Президент также отметил, что товарооборот двух стран в прошлом году вырос на 15%. "Хорошие перспективы мы видим в энергетике, в здравоохранении, в развитии городской среды", - добавил он.

Переговоры в Кремле продолжались около трех часов. Вечером лидеры посетят Большой театр, где откроется Год Японии в России."""),
    ("https://this.kiji.is/373265512345675009", "ja", "2018-05-26",
     "日ロ首脳、共同経済活動5項目で工程表　夏に調査団派遣",
     """【モスクワ共同】安倍晋三首相は26日、ロシアのプーチン大統領とクレムリンで会談し、北方四島での共同経済活動について、海産物の養殖や温室野菜栽培など5項目の事業化に向けた工程表をまとめた。首相は会談後の共同記者発表で「5つのプロジェクトを一つ一つ形にしていく。この夏には官民の調査団を島に送る。平和条約の締結に向けた着実な一歩であり、新しいアプローチの具体化だ」と強調した。

首相は「大統領と私には、この問題を自らの手で解決するという固い決意がある」とも述べた。

元島民らによる航空機を利用した墓参を今夏も実施することでも一致した。

一方、事業を行う際の法的な枠組みについては議論が続いている。日本政府関係者は「工程表は前進だが、どちらの国の法律を適用するかという本丸は手つかずだ」と話した。

首脳会談は通算21回目。首相は25日、サンクトペテルブルクで開かれた国際経済フォーラムの全体会合にプーチン氏とともに出席し、演説した。

工程表では、海産物の養殖、温室野菜の栽培、島の特性に応じたツアーの開発、風力発電の導入、ごみの減量の5項目について、今後の協議の進め方を示した。調査団は夏ごろに派遣し、事業の担い手となる企業の関係者も参加する。ロシアによる北方領土の軍備強化が続くなか、協力の具体化がどこまで信頼醸成につながるかは見通せない。

両首脳は同日夜、ボリショイ劇場で「ロシアにおける日本年」の開幕行事に出席した。

首相は27日に帰国する。"""),
    ("http://kremlin.ru/events/president/transcripts/57567", "ru", "2018-05-26",
     "Заявления для прессы по итогам российско-японских переговоров",
     """Заявления для прессы по итогам российско-японских переговоров

26 мая 2018 года, 19:50, Москва, Кремль

В.Путин: Уважаемый господин премьер-министр! Дамы и господа!

Рад вновь приветствовать в Москве премьер-министра Японии. Мы встречаемся уже в 21-й раз, и вчера вместе работали на Петербургском экономическом форуме.

Переговоры прошли в деловой и доверительной атмосфере. Товарооборот двух стран в прошлом году вырос на 15%. Хорошие перспективы мы видим в энергетике, в здравоохранении, в развитии городской среды.

Мы договорились о конкретных шагах по пяти направлениям - это аквакультура, тепличное хозяйство, туризм, ветроэнергетика, переработка отходов. Летом на острова отправится деловая миссия. Такая совместная работа создает то доверие, без которого мирный договор не заключить.

Мы с господином премьер-министром обсудили и проблему мирного договора. Хочу сказать откровенно: простых и быстрых решений здесь нет и быть не может. Впереди кропотливая работа, но мы оба хотим, чтобы она дала результат.

Обменялись мнениями и о ситуации на Корейском полуострове. Россия поддерживает прямой диалог между Вашингтоном и Пхеньяном.

Сегодня вечером в Большом театре мы вместе откроем Год Японии в России. Спасибо.

С.Абэ (как переведено): Уважаемый Владимир! Благодарю за теплый прием.

Сегодня открывается Год Японии в России, и я надеюсь, что он сблизит наши народы.

Мы согласовали "дорожную карту" по пяти проектам совместной хозяйственной деятельности на островах. Пять проектов мы будем воплощать один за другим. Этим летом на острова отправится миссия представителей правительства и бизнеса. Это уверенный шаг к заключению мирного договора и воплощение нового подхода.

У Владимира и у меня есть твердая решимость решить этот вопрос в нашем поколении, своими руками.

Мы также подтвердили, что будем тесно взаимодействовать для полной денуклеаризации Корейского полуострова, и я попросил поддержки в решении проблемы похищенных японских граждан.

Спасибо."""),
    ("http://tass.com/politics/1006261", "en", "2018-05-26",
     "Putin sees no easy fix on peace treaty with Japan",
     """MOSCOW, May 26. /TASS/. There are no easy or quick ways to settle the issue of a peace treaty between Russia and Japan, and painstaking work lies ahead, President Vladimir Putin said on Saturday after talks with Japanese Prime Minister Shinzo Abe in the Kremlin.

"I want to be frank: there are no simple and fast solutions here, and there cannot be. Meticulous work is ahead of us, but we both want it to produce results," Putin said in a statement to the press.

Abe, for his part, said he and Putin were firmly determined to resolve the problem within their own generation and by their own efforts.

The meeting was the 21st between the two leaders. Putin and Abe took part in the plenary session of the St. Petersburg International Economic Forum on Friday.

Moscow and Tokyo have been holding consultations on a peace treaty since the mid-20th century. The main obstacle is the issue of the southern Kuril Islands."""),
    ("https://www3.nhk.or.jp/news/html/20180527/k10011454991000.html", "ja", "2018-05-27",
     "首相「一朝一夕には解決しない」 元島民の思い胸に",
     """ロシアを訪問中の安倍総理大臣は、プーチン大統領との首脳会談を終えたあと、モスクワ市内のホテルで同行記者団の取材に応じ、北方領土問題について「一朝一夕に解決できる問題ではない。しかし、元島民の皆さんは高齢となり、残された時間は決して多くない。その思いを胸に、一歩一歩、しかし確実に前に進めていく」と述べました。

安倍総理大臣は、会談後の共同記者発表では「この問題を私たちの世代で、自らの手で解決する固い決意がある」と述べていました。

また安倍総理大臣は、プーチン大統領とともに出席したボリショイ劇場での「ロシアにおける日本年」の開幕行事について「歌舞伎や和太鼓がロシアの皆さんに温かく迎えられ、うれしく思う。文化の交流を通じて、両国の国民どうしの距離を縮めていきたい」と述べました。

安倍総理大臣は、日本時間の27日午後、帰国の途につきます。

今回の訪問では、北方四島での共同経済活動の5つの事業について、事業化に向けた工程表をまとめ、この夏に官民の調査団を派遣することで一致しました。また、元島民による航空機を使った墓参を、ことしも実施することになりました。

一方、首脳会談では、ロシアが北方領土で進めている軍備の強化についても、日本側が懸念を伝えたということです。安倍総理大臣は、9月にウラジオストクで開かれる東方経済フォーラムに出席する方向で、次回の首脳会談もその際に行われる見通しです。"""),
    ("https://www.vesti.ru/doc.html?id=3021148", "ru", "2018-05-27",
     "Песков: в словах Путина о мирном договоре нет пессимизма",
     """"Москва. Кремль. Путин." Выпуск от 27 мая 2018 года

ПАВЕЛ ЗАРУБИН, корреспондент: Субботние переговоры с Синдзо Абэ в Кремле длились три часа. О мирном договоре президент по их итогам высказался без дипломатических украшений.

ВЛАДИМИР ПУТИН, Президент России (синхрон): "Простых и быстрых решений здесь нет и быть не может. Впереди кропотливая работа".

ПАВЕЛ ЗАРУБИН: Японские журналисты прочитали это как сигнал: не ждите. Так ли это, спрашиваем у пресс-секретаря президента.

ДМИТРИЙ ПЕСКОВ, пресс-секретарь Президента РФ: Не надо искать в этих словах пессимизма - скорее наоборот. Это трезвый подход: президент не хочет раздавать обещаний, которые нельзя выполнить. Работа над мирным договором идет, и идет в хорошем темпе, если сравнить с тем, что было еще несколько лет назад.

ПАВЕЛ ЗАРУБИН: А вечер в Большом? Говорят, Абэ аплодировал стоя.

ДМИТРИЙ ПЕСКОВ: Было очень красиво. Японская сторона привезла замечательную программу, и оба лидера, насколько я видел, получили большое удовольствие."""),
    ("https://www.jiji.com/jc/article?k=2018052800398", "ja", "2018-05-28",
     "「信頼関係の下で交渉前進」＝日ロ平和条約で菅長官",
     """菅義偉官房長官は28日午前の記者会見で、ロシアのプーチン大統領が安倍晋三首相との会談後、平和条約締結について「簡単で速やかな解決策はない」と述べたことに関し、「首脳間の信頼関係の下で共同経済活動の具体化を積み重ね、平和条約交渉を前進させていきたい。四島の帰属の問題を解決して平和条約を締結するという基本方針に変わりはない」と述べた。

首脳会談では、北方四島での共同経済活動の5項目について事業化に向けた工程表をまとめ、今夏に官民の調査団を派遣することで一致した。

菅長官は、トランプ米大統領が米朝首脳会談の中止をいったん表明した後、再び開催に前向きな姿勢を示していることについて「米朝首脳会談が核・ミサイル、そして何よりも拉致問題の前進の機会となるよう、米国と緊密に連携していく」と語った。

首相は27日夜、政府専用機で帰国した。

首相は9月にウラジオストクで開かれる東方経済フォーラムに出席する方向で、次回の首脳会談もその際に行われる見通しだ。政府内には、共同経済活動の具体化を突破口にしたいとの期待がある一方、「事業の法的枠組みで合意できなければ、工程表も絵に描いた餅になる」（外務省幹部）との慎重論も根強い。

共同経済活動の5項目は、海産物の養殖、温室野菜の栽培、観光ツアーの開発、風力発電、ごみの減量。政府は調査団の派遣を通じて、現地の需要や事業の採算性を見極める方針だ。

元島民による航空機を使った墓参も今夏に実施される。"""),
    ("https://www.japantimes.co.jp/news/2018/05/28/national/politics-diplomacy/abe-putin-roadmap-islands-no-quick-fix/", "en", "2018-05-28",
     "Abe and Putin map out island projects, but Kremlin rules out a quick fix",
     """MOSCOW - Prime Minister Shinzo Abe came home from his 21st meeting with Vladimir Putin with a road map for five joint projects on the disputed islands off Hokkaido and a familiar set of caveats on the bigger prize, a postwar peace treaty.

Abe told reporters he and Putin were determined to settle the dispute in their own generation, though later that evening he acknowledged at his hotel that it could not be done overnight. Putin, for his part, said flatly that there were "no simple and fast solutions."

Kremlin spokesman Dmitry Peskov insisted on Russian television on Sunday that the remark reflected realism rather than pessimism, and that work on the treaty was moving at a good pace compared with a few years ago.

The projects - fish farming, greenhouse vegetables, tourism, wind power and waste reduction - are meant to be run under a special legal framework that both sides have yet to define.

"The road map is about process. The legal question is where the real negotiation lies, and neither side has moved on it," said a Tokyo-based scholar of Russian politics who asked not to be named."""),
]

# ---------------------------------------------------------------------------------------------------------------
# 3. Putin at the Valdai Club's plenary session, Sochi, 18 October 2018 (nearly four hours; oil, the Skripal case,
#    nuclear doctrine, Syria). One long answer on Japan, a month after the Vladivostok forum, holds four points: P1 (no
#    trap and nothing invented: sign the treaty first, then keep solving the disputed questions as friends, as with
#    China over the border; Tokyo said no - fine), P2 (the 1956 declaration ratified by both parliaments, then Japan
#    walked away from it after the US threatened to keep Okinawa), P3 (security: Japan in an alliance with the US; if
#    islands were handed over, would US facilities appear there? we ask and have no answer yet), P4 (we will keep
#    working; no deadlines, but no giving up the goal; to meet Abe in Singapore). Interfax's ticker (lines on oil,
#    nuclear doctrine, Skripal, Syria; one line P2: NEW). RIA (P1 only: NEW). NHK (P1, and first P3). The kremlin.ru
#    transcript (all four; P4 first here: NEW; the other questions). Kyodo English the next day (P1, P2 paraphrased).
#    Sputnik Japan (P2 translated again). RBC on 19 October: Peskov PK1 explaining what the president meant (nothing
#    withdrawn and nothing imposed; he recalled the history so that it is understood why the issue has not been
#    solved for sixty years; no ultimatum: NEW), P1 recalled. Jiji on 19 October: Suga S1 (no comment on each of the
#    president's words; the basic policy of settling the four islands' attribution and concluding a treaty unchanged;
#    Abe will talk with Putin in Singapore: NEW), P1 retold in the question. The Japan Times on 20 October: P1 and P3
#    merged in one sentence, S1; a former diplomat (no remark). Yomiuri's editorial on 21 October quoting P2 and P1 to
#    argue with them (the paper's view: no remark).
VALDAI_2018_STORY = [
    ("https://www.interfax.ru/russia/633870", "ru", "2018-10-18",
     "Путин на \"Валдае\": главные заявления",
     """Москва. 18 октября. INTERFAX.RU - Президент РФ Владимир Путин в четверг выступает на пленарной сессии Международного дискуссионного клуба "Валдай" в Сочи. "Интерфакс" публикует основные заявления.

16:12 Путин: цены на нефть в районе 80 долларов за баррель в целом устраивают российский бюджет, но рынок перегревать не нужно.

16:40 Путин: в российской ядерной доктрине нет превентивного удара, ответный удар - только если ракеты уже летят на Россию.

17:05 Путин о деле Скрипалей: "Шпион, предатель Родины - это просто подонок".

17:31 Путин: Япония в свое время отказалась выполнять декларацию 1956 года после того, как США пригрозили оставить Окинаву под своим управлением.

17:48 Путин: Россия не собирается уходить из Сирии, пока там есть угроза терроризма.

18:10 Путин: санкции бьют прежде всего по тем, кто их вводит.

Сессия продолжается."""),
    ("https://ria.ru/20181018/1531052846.html", "ru", "2018-10-18",
     "Путин: предлагая Японии мирный договор, я не расставлял ловушек",
     """СОЧИ, 18 окт - РИА Новости. Президент России Владимир Путин заявил, что его предложение заключить мирный договор с Японией без предварительных условий не было ни ловушкой, ни импровизацией.

"Я ничего не придумывал, и никакой ловушки здесь нет. Я предложил: давайте сначала подпишем мирный договор, а потом, как друзья, продолжим решать все спорные вопросы. С Китаем мы так и сделали - сначала договор о добрососедстве, потом сорок лет переговоров по границе. Японские коллеги сказали: нет, так не пойдет. Ну хорошо", - сказал Путин на пленарной сессии клуба "Валдай".

Тема этого года - "Россия: повестка на XXI век". В сессии также участвовали бывший президент ЮАР Табо Мбеки, экс-президент Киргизии Роза Отунбаева и бывший премьер-министр Австрии Вольфганг Шюссель.

Россия и Япония более 70 лет не могут заключить мирный договор из-за спора о принадлежности южных Курил."""),
    ("https://www3.nhk.or.jp/news/html/20181018/k10011676821000.html", "ja", "2018-10-18",
     "プーチン大統領 平和条約提案「わなではない」 米軍関与に懸念も",
     """ロシアのプーチン大統領は18日、南部ソチで開かれた国際会議「バルダイ会議」の全体会合で、先月、前提条件なしで年内に平和条約を締結しようと日本に呼びかけたことについて「何もでっち上げてはいないし、わなでもない。まず平和条約を結び、そのあと友人として、争いのある問題を解決し続けようと提案したのだ。日本側は『それではだめだ』と言った。それならそれでいい」と述べました。

そのうえでプーチン大統領は「日本はアメリカと同盟関係にある。仮に島を引き渡した場合、そこにアメリカの施設が現れることはないのか。われわれはこの問いを投げかけているが、まだ答えはない」と述べ、日米安全保障条約に基づくアメリカ軍の関与に懸念を示しました。

日本政府は、北方四島の帰属の問題を解決して平和条約を締結するという基本方針に変わりはないとしています。

安倍総理大臣とプーチン大統領は、来月シンガポールで開かれるASEAN関連の首脳会議にあわせて会談する方向で調整が進められています。

バルダイ会議は、ロシア内外の専門家が参加する国際的な討論の場で、プーチン大統領は毎年、全体会合に出席して司会者や参加者の質問に長時間にわたって答えています。ことしの全体会合では、核兵器の使用についての考え方や、イギリスで起きた元スパイの暗殺未遂事件などについても発言しました。

1956年の日ソ共同宣言は、平和条約の締結後に歯舞群島と色丹島を日本に引き渡すと定めていて、両国の議会が批准しています。ロシア側は、この宣言を交渉の基礎と位置づけています。"""),
    ("http://kremlin.ru/events/president/news/58848", "ru", "2018-10-18",
     "Заседание дискуссионного клуба «Валдай»",
     """Заседание дискуссионного клуба «Валдай»

Владимир Путин принял участие в итоговой пленарной сессии XV ежегодного заседания Международного дискуссионного клуба «Валдай». Тема этого года – «Россия: повестка на XXI век».

18 октября 2018 года, 16:00, Сочи

<...>

Т.Бордачёв: Владимир Владимирович, у нас много гостей из Японии. В Токио до сих пор спорят о том, что Вы имели в виду в сентябре во Владивостоке. Был ли это пробный шар?

В.Путин: Я ничего не придумывал, и никакой ловушки здесь нет. Я предложил: давайте сначала подпишем мирный договор, а потом, как друзья, продолжим решать все спорные вопросы. С Китаем мы так и сделали - сначала договор о добрососедстве, потом сорок лет переговоров по границе. Японские коллеги сказали: нет, так не пойдет. Ну хорошо.

Но давайте вспомним историю. В 1956 году Советский Союз и Япония подписали декларацию, и ее ратифицировали парламенты обеих стран. А потом японская сторона от ее выполнения отказалась. Почему? Потому что тогдашний госсекретарь США прямо пригрозил: если Япония на это пойдет, Окинава останется под американским управлением.

И сегодня вопрос безопасности никуда не делся. Япония - в союзе с Соединенными Штатами. Если острова перейдут, не появятся ли там американские военные объекты? Мы этот вопрос задаем, а ответа пока нет.

Мы будем продолжать работать. Сроков себе не ставим, но и отказываться от цели не собираемся. В ноябре в Сингапуре встретимся с премьером Абэ и поговорим.

Т.Бордачёв: Спасибо. Вопрос о нефти...

В.Путин: Цена в районе 80 долларов нас в целом устраивает. Но перегревать рынок не нужно: это ударит и по потребителям, и в конечном счете по производителям.

<...>

Т.Бордачёв: Вы сказали, что в ядерной доктрине нет превентивного удара...

В.Путин: Нет, нет. Ответный удар - только когда мы убеждены, что на нашу территорию летят ракеты. Агрессор должен знать, что возмездие неизбежно.

<...>"""),
    ("https://english.kyodonews.net/news/2018/10/6d2b7f0a3c51-putin-says-treaty-offer-was-no-trap.html", "en", "2018-10-19",
     "Putin says treaty offer to Japan was no trap, recalls U.S. pressure in 1950s",
     """SOCHI, Russia - Russian President Vladimir Putin said Thursday his surprise proposal last month that Japan and Russia sign a peace treaty without preconditions was neither a trap nor an improvisation, and that Tokyo had simply turned it down.

Speaking at the Valdai discussion forum in the Black Sea resort of Sochi, Putin said the idea was to conclude a treaty first and then keep working on disputed issues "as friends," citing Russia's border talks with China, which followed a friendship treaty.

He also told the audience that Japan had backed away from a 1956 joint declaration ratified by both countries' parliaments after Washington threatened to keep control of Okinawa, then under U.S. administration.

Under the 1956 declaration, the Soviet Union agreed to hand over two of the four disputed islands - Shikotan and the Habomai group - after a peace treaty was concluded.

Abe and Putin are expected to meet in Singapore next month on the sidelines of regional summits.

==Kyodo"""),
    ("https://jp.sputniknews.com/politics/201810195453218/", "ja", "2018-10-19",
     "プーチン大統領「日本は米国の圧力で1956年宣言から離れた」",
     """スプートニク日本

ロシアのプーチン大統領は18日、ソチで開かれた「ヴァルダイ」国際討論クラブの全体会合で、日本が1956年の日ソ共同宣言の履行から手を引いたのは、米国の圧力によるものだったと指摘した。

プーチン大統領によれば、1956年にソ連と日本は宣言に署名し、両国の議会がこれを批准した。しかしその後、当時の米国務長官が、日本がこれを実行するなら沖縄は米国の施政下にとどまることになると公然と脅したため、日本側は宣言の履行を拒んだという。

1956年の共同宣言は、平和条約締結後に歯舞群島と色丹島を日本に引き渡すと定めている。両国議会が批准した唯一の文書で、ロシア側はこれを交渉の基礎と位置づけている。

一方、日本政府は、北方四島の帰属の問題を解決して平和条約を締結するとの立場をとっている。安倍首相とプーチン大統領は、11月にシンガポールで開かれる東アジアサミットなどの際に会談する方向で調整している。

プーチン大統領は全体会合で、石油価格やシリア情勢、核ドクトリンについての質問にも答えた。大統領は、ロシアの核ドクトリンに先制攻撃は含まれておらず、報復攻撃はロシア領に向けてミサイルが発射されたと確信した場合に限られると述べた。

ヴァルダイ討論クラブは2004年に創設され、毎年秋にロシア国内で年次総会を開いている。今年のテーマは「ロシア：21世紀のアジェンダ」で、世界各国から専門家や元政府高官らが参加した。

関連ニュース：露日首脳、11月にシンガポールで会談へ"""),
    ("https://www.rbc.ru/politics/19/10/2018/5bc9a3f19a79470b4f6c2d18", "ru", "2018-10-19",
     "Песков объяснил слова Путина о мирном договоре с Японией",
     """Президент Владимир Путин ничего не отзывал и никому ничего не навязывал, говоря на "Валдае" о мирном договоре с Японией. Так пресс-секретарь президента Дмитрий Песков прокомментировал реакцию японской прессы на слова главы государства.

"Никакого ультиматума здесь нет. Президент ничего не отзывал и ничего не навязывает. Он напомнил историю вопроса, чтобы было понятно, почему проблема не решается уже шестьдесят с лишним лет. Диалог с Токио продолжается", - сказал Песков журналистам в пятницу.

Накануне Путин на пленарной сессии клуба "Валдай" в Сочи заявил, что его предложение подписать мирный договор без предварительных условий не было ловушкой, а японская сторона от него отказалась.

Песков также сообщил, что конкретная дата встречи Путина и Синдзо Абэ в Сингапуре пока не определена. "Обе стороны заинтересованы в этой встрече, графики согласовываются", - отметил он.

В ответ на вопрос о ценах на бензин Песков сказал, что Кремль "внимательно следит" за ситуацией на рынке топлива."""),
    ("https://www.jiji.com/jc/article?k=2018101900612", "ja", "2018-10-19",
     "「基本方針に変わりなし」＝プーチン氏発言で菅長官",
     """菅義偉官房長官は19日午前の記者会見で、ロシアのプーチン大統領がソチでの国際会議で、前提条件なしの平和条約締結の提案は「わなではない」と述べ、日本側が拒否したと語ったことについて見解を問われた。

菅長官は「大統領の発言の一つ一つについてコメントすることは控えたい。北方四島の帰属の問題を解決して平和条約を締結するという基本方針に変わりはない。来月のシンガポールでの首脳会談で、安倍首相が大統領としっかり話し合う」と述べた。

政府内には、プーチン氏が日米安全保障条約に触れ、島への米軍施設の設置に懸念を示したことを警戒する声もある。外務省幹部の一人は「交渉の入り口で条件をつり上げているように見える」と話した。

菅長官はまた、中国の李克強首相の来日に向けた調整について「日中関係を新たな段階に押し上げる機会にしたい」と語った。

首相とプーチン氏は、11月中旬にシンガポールで開かれる東アジアサミットなどの際に会談する方向で調整している。日本政府は共同経済活動の具体化を先行させて信頼醸成を図りたい考えだが、安全保障の問題が前面に出てきたことで、交渉の難しさが改めて浮き彫りになった。

北方四島をめぐっては、2016年12月の首脳会談で共同経済活動の協議開始で合意し、今年8月には事業化に向けた官民の調査団が島を訪れた。ただ、事業に適用する法制度をめぐる協議は進んでいない。

北方四島での共同経済活動をめぐっては、観光や海産物の養殖など5項目の事業化に向けた協議が続いている。"""),
    ("https://www.japantimes.co.jp/news/2018/10/20/national/politics-diplomacy/putin-valdai-peace-treaty-us-bases/", "en", "2018-10-20",
     "Putin's Valdai remarks put U.S. bases at center of isles row",
     """When Vladimir Putin told a roomful of foreign academics in Sochi on Thursday that his offer of a peace treaty "without preconditions" had been no trap, he also asked out loud the question Japanese negotiators least want to hear: whether U.S. military facilities could appear on any islands handed over to Japan.

Chief Cabinet Secretary Yoshihide Suga declined on Friday to respond to each of the Russian leader's comments, saying Japan's basic policy of settling the question of sovereignty over the four islands before signing a treaty had not changed.

The security question goes back to the 1960 revision of the Japan-U.S. security treaty, after which Moscow attached a new condition - the withdrawal of foreign troops - to the handover of the two smaller islands promised in 1956.

"Moscow has raised the bases issue privately for years. Putting it on stage, twice in a few weeks, is a way of telling Tokyo what the price of any deal will be," said a former Japanese diplomat who served in Moscow.

Abe and Putin are due to meet in Singapore in mid-November."""),
    ("https://www.yomiuri.co.jp/editorial/20181021-OYT1T50011/", "ja", "2018-10-21",
     "社説　プーチン氏発言　歴史の一面だけを語るな",
     """ロシアのプーチン大統領が、ソチで開かれた国際会議で、日ソ共同宣言をめぐる歴史に言及した。日本が宣言の履行から手を引いたのは、米国が「沖縄を施政下にとどめる」と脅したためだという。

歴史の一面だけを切り取った議論と言わざるを得ない。1956年の共同宣言の後、ソ連は60年に日米安保条約の改定に反発し、外国軍隊の撤退を島の引き渡しの条件として一方的に付け加えた。約束を後からねじ曲げたのは、むしろソ連の側である。

大統領は、前提条件なしに平和条約を結び、その後に友人として問題を解決し続けようという先月の提案について「わなではない」とも述べた。だが、領土問題を棚上げしたまま条約を結べば、問題は永久に解決されないだろう。日本がこの提案に応じられないのは当然だ。

政府は、北方四島の帰属の問題を解決して平和条約を締結するという原則を堅持し、11月の首脳会談に臨むべきだ。首脳間の信頼関係は重要だが、それだけで道が開けるほど、この問題は甘くない。

ロシアは北方領土での軍備増強を続け、択捉、国後両島には新型の地対艦ミサイルも配備した。信頼の醸成を言うのであれば、ロシアはまず島の軍事拠点化をやめるべきではないか。

共同経済活動も、法的な枠組みをめぐる溝が埋まらず足踏みしている。日本は、ロシアの言い分に振り回されることなく、原則に立った交渉を粘り強く続けるしかない。

首脳同士の個人的な信頼関係に過度に頼る交渉の危うさも、改めて認識すべきである。"""),
]

# ---------------------------------------------------------------------------------------------------------------
# 4. Abe's long interview on NHK's "Sunday Debate", aired 6 January 2019 (the economy, the consumption tax, the
#    imperial succession, the constitution). On Russia three points: A2 (in Singapore we agreed to speed up the talks on
#    the basis of the 1956 declaration; a problem left for over seventy years will not be passed on to the next
#    generation - the president and I will put an end to it), A1 (the Russians living on the islands must be asked,
#    carefully, to accept that the islands' attribution changes to Japan; respect their lives), A3 (on security, Japan's
#    thinking explained to the president directly; being the substance of the talks, not to be detailed here). NHK's
#    same-day report (A2 only; the tax rise and the constitution: not treaty). Jiji (A1 only: NEW). RIA (A1 in Russian
#    via the Japanese press). Kyodo (A3 first, A2 again). NHK's full write-up of the interview on 7 January (A1, A2, A3
#    and the non-treaty parts). NHK on 7 January: Suga S1 explaining what the prime minister meant (to move the talks
#    forward while caring for the lives and feelings of the Russians on the islands; the policy of settling the four
#    islands' attribution unchanged: the spokesman's own remark, NEW), A1 retold in the question. TASS English (A1
#    translated again, S1 in other words). Interfax on 9 January: the Japanese ambassador summoned to the ministry (an
#    event) and Zakharova Z1 (Tokyo's talk of "persuading" the islanders distorts the leaders' agreements; nobody
#    authorised Tokyo to speak for Russian citizens; sovereignty not up for discussion: NEW), A1 recalled. Kyodo English
#    on 10 January: Suga S2 after the summoning (the exchange conveyed through diplomatic channels and not to be
#    disclosed; the talks to go on calmly toward the leaders' January meeting: same speaker, another occasion, NEW), Z1
#    recalled. Kommersant on 10 January: A1 and A2 merged in one sentence, Z1; an orientalist (no remark).
ABE_NHK_2019_STORY = [
    ("https://www3.nhk.or.jp/news/html/20190106/k10011769811000.html", "ja", "2019-01-06",
     "首相 日ロ交渉「次の世代に先送りせず 終止符を」",
     """安倍総理大臣は、NHKの「日曜討論」で、ロシアとの平和条約交渉について「シンガポールでの首脳会談で、1956年の共同宣言を基礎に交渉を加速させることで一致した。戦後70年以上残されてきたこの問題を次の世代に先送りすることはしない。プーチン大統領と私の手で終止符を打つ」と述べ、今月下旬に予定されている日ロ首脳会談に向けて、交渉に全力を挙げる考えを示しました。

また安倍総理大臣は、ことし10月に予定している消費税率の10％への引き上げについて「リーマンショック級の出来事がない限り、予定どおり行う。ポイント還元などの対策で、景気に影響が出ないよう万全を期す」と述べました。

憲法改正については「議論を深めていただきたい。国会の憲法審査会で、与野党の枠を超えて建設的な議論が行われることを期待したい」と述べました。

4月30日の天皇陛下の退位と、5月1日の皇太子さまの即位に向けては「国民がこぞってお祝いできるよう、政府として準備に万全を期す」と述べました。

安倍総理大臣は、今月下旬にロシアを訪問してプーチン大統領と会談する方向で調整を進めていて、これに先立ち、河野外務大臣が14日にモスクワでラブロフ外相と会談し、交渉責任者どうしの協議を始めることにしています。番組は、新年恒例の総理大臣インタビューとして、総理大臣官邸で収録されました。

北方領土をめぐっては、去年11月のシンガポールでの日ロ首脳会談で、平和条約締結後に歯舞群島と色丹島を引き渡すと明記した1956年の日ソ共同宣言を基礎に、交渉を加速させることで合意しています。"""),
    ("https://www.jiji.com/jc/article?k=2019010600245", "ja", "2019-01-06",
     "島のロシア住民に「理解求める」＝北方領土交渉で安倍首相",
     """安倍晋三首相は6日放送のNHK番組で、北方領土問題をめぐり、現在島で暮らすロシア人について「島の帰属が日本に変わることを受け入れていただけるよう、丁寧に理解を求めていくことも必要になる。住んでいる皆さんの生活を尊重しなければならない」と述べた。

首相とロシアのプーチン大統領は昨年11月、1956年の日ソ共同宣言を基礎に平和条約交渉を加速させることで合意。歯舞群島と色丹島の2島の引き渡しを軸とした交渉が進むとの見方が出ている。

首相は今月下旬にもロシアを訪れ、プーチン氏と会談する方向で調整している。

北方四島には現在、約1万8000人のロシア人が住んでいる。根室市に住む元島民の男性（84）は「島で暮らしている人たちと、どう共に生きていくのかも考えてほしい」と話した。

首相は同じ番組で、10月に予定する消費税率の10％への引き上げについて、リーマン・ショック級の出来事がない限り予定通り実施する考えも改めて示した。日ロ外相は14日にモスクワで会談する。

北方四島は1945年に旧ソ連軍に占領された。終戦時に島に住んでいた約1万7000人の日本人は、その後、全員が退去を余儀なくされた。現在、島ではロシア人の住民向けに住宅や道路、空港などの整備が進められている。

平和条約交渉をめぐっては、領土の返還を求める国内世論と、ロシア国内の反発の双方に配慮しなければならず、政府内からは「首相の発信が交渉の妨げにならないか」と懸念する声も出ている。"""),
    ("https://ria.ru/20190106/1549067203.html", "ru", "2019-01-06",
     "Абэ призвал убедить жителей Курил принять смену принадлежности островов",
     """ТОКИО, 6 янв - РИА Новости. Премьер-министр Японии Синдзо Абэ заявил, что жителей южных Курил необходимо убедить принять переход островов под японский суверенитет, передает агентство Дзидзи.

"Нужно будет терпеливо добиваться, чтобы живущие на островах россияне согласились с тем, что принадлежность островов переходит к Японии. Их жизнь необходимо уважать", - приводит агентство слова Абэ в эфире телекомпании NHK.

В ноябре Путин и Абэ договорились ускорить переговорный процесс на основе советско-японской декларации 1956 года. Документ предусматривает передачу Японии острова Шикотан и группы островов Хабомаи после заключения мирного договора.

На южных Курилах - Итурупе, Кунашире и Шикотане - проживают около 20 тысяч человек. Визит японского премьера в Россию ожидается во второй половине января."""),
    ("https://this.kiji.is/455432018768921697", "ja", "2019-01-06",
     "安保問題「大統領に直接説明」＝首相、中身は明かさず",
     """安倍晋三首相は6日放送のNHK番組で、北方領土が日本に引き渡された場合の日米安全保障条約の適用をめぐり「安全保障の問題については、日本の考え方を大統領に直接説明している。交渉の中身に関わることなので、ここで詳しく申し上げることは控えたい」と述べた。

ロシア側は、島に米軍施設が置かれる可能性への懸念を繰り返し示している。首相の発言は、こうした懸念を念頭に、首脳間のやりとりを重ねていることを示唆したものとみられる。

首相はまた「シンガポールで、56年宣言を基礎に交渉を加速させることで一致した。この問題を次の世代に先送りせず、大統領と私の手で終止符を打つ」と強調した。

政府関係者は「首相は発信を工夫している。交渉が動いているときに、相手を刺激する言い方は避けたいのだろう」と話した。

日米安保条約は、日本の施政下にある領域への武力攻撃に日米が共同で対処すると定めている。島が日本に引き渡された場合に条約がどう適用されるかは、交渉の焦点の一つとなっている。首相は今月下旬にロシアを訪れ、プーチン氏と25回目となる首脳会談に臨む方向で調整している。

番組では、10月に予定する消費税率の引き上げや、憲法改正、皇位継承に向けた準備などについても語った。

北方四島の非軍事化や米軍基地を置かないことを確約するよう求める意見はロシア国内に根強く、交渉の行方を左右する論点となりそうだ。

首相は9日からオランダと英国を訪問する。"""),
    ("https://www.nhk.or.jp/politics/articles/statement/13207.html", "ja", "2019-01-07",
     "安倍首相「日曜討論」インタビュー詳報",
     """NHKの「日曜討論」で6日に放送された、安倍総理大臣へのインタビューの主なやりとりです。聞き手は政治部の記者です。

■経済・消費税
――ことし10月の消費税率引き上げは予定どおり行いますか。
安倍総理大臣「リーマンショック級の出来事がない限り、予定どおり行う。ポイント還元や、プレミアム付き商品券などの対策で、景気に影響が出ないよう万全を期す」

■日ロ交渉
――ロシアとの平和条約交渉をどう進めますか。
安倍総理大臣「シンガポールでの首脳会談で、1956年の共同宣言を基礎に交渉を加速させることで一致した。戦後70年以上残されてきたこの問題を次の世代に先送りすることはしない。プーチン大統領と私の手で終止符を打つ」

――島には多くのロシア人が住んでいます。
安倍総理大臣「島の帰属が日本に変わることを受け入れていただけるよう、丁寧に理解を求めていくことも必要になる。住んでいる皆さんの生活を尊重しなければならない」

――ロシア側は、島に米軍基地が置かれることを懸念しています。
安倍総理大臣「安全保障の問題については、日本の考え方を大統領に直接説明している。交渉の中身に関わることなので、ここで詳しく申し上げることは控えたい」

■憲法改正
――憲法改正のスケジュールは。
安倍総理大臣「議論を深めていただきたい。国会の憲法審査会で、与野党の枠を超えて建設的な議論が行われることを期待したい」

■皇位継承
――天皇陛下の退位と新天皇の即位に向けて。
安倍総理大臣「国民がこぞってお祝いできるよう、政府として準備に万全を期す」"""),
    ("https://www3.nhk.or.jp/news/html/20190107/k10011770561000.html", "ja", "2019-01-07",
     "官房長官 首相発言「島の住民の生活に配慮する考え」",
     """菅官房長官は7日午前の記者会見で、安倍総理大臣が6日放送のNHKの番組で、北方領土に住むロシア人について、帰属が日本に変わることを受け入れてもらえるよう理解を求めることも必要だと述べたことについて、真意を問われました。

これに対し菅官房長官は「総理の発言は、島に住んでいるロシアの方々の生活や感情にも配慮しながら交渉を前に進めていくという考えを述べたものだ。北方四島の帰属の問題を解決して平和条約を締結するという政府の方針に変わりはない」と述べました。

安倍総理大臣は今月下旬にロシアを訪れ、プーチン大統領と首脳会談を行う方向で調整が進められています。

一方、菅官房長官は、韓国海軍の駆逐艦が海上自衛隊の哨戒機に火器管制レーダーを照射した問題について「韓国側に再発防止を強く求めていく」と述べました。

北方四島には、現在およそ1万8000人のロシア人が暮らしていて、ロシアのメディアでは、島の将来をめぐる住民の不安の声も伝えられています。河野外務大臣は14日にモスクワを訪れ、ラブロフ外相と会談する予定です。

日ロ両政府は、去年11月の首脳会談で、1956年の日ソ共同宣言を基礎に平和条約交渉を加速させることで合意していて、河野外務大臣とラブロフ外相が交渉責任者を務めることになっています。

政府内からは、総理大臣の発言がロシア国内で反発を招き、交渉に影響することを懸念する声も出ています。"""),
    ("http://tass.com/world/1038612", "en", "2019-01-07",
     "Abe says Kuril residents must accept change of islands' status",
     """TOKYO, January 7. /TASS/. Japanese Prime Minister Shinzo Abe has said that Russians living on the southern Kuril Islands should be persuaded to agree that the islands will come under Japanese jurisdiction, according to local media reports.

In a television interview broadcast on NHK on Sunday, Abe said it would be necessary to patiently seek the islanders' acceptance of the change, while respecting their way of life.

On Monday, Japanese Chief Cabinet Secretary Yoshihide Suga explained that the prime minister had meant moving the negotiations forward with due regard for the lives and feelings of the Russian residents, adding that Tokyo's policy remained unchanged.

Some 20,000 people live on Iturup, Kunashir and Shikotan. In November 2018, Putin and Abe agreed to accelerate the peace treaty talks on the basis of the 1956 Soviet-Japanese Declaration."""),
    ("https://www.interfax.ru/world/645328", "ru", "2019-01-09",
     "МИД РФ вызвал посла Японии из-за заявлений о Курилах",
     """Москва. 9 января. INTERFAX.RU - Посол Японии в России Тоёхиса Кодзуки в среду был вызван в МИД РФ, где состоялась его беседа с заместителем министра иностранных дел Игорем Моргуловым.

Официальный представитель МИД РФ Мария Захарова заявила, что разговоры в Токио о необходимости "убеждать" жителей южных Курил недопустимы. "Подобные высказывания грубо искажают суть договоренностей лидеров и подрывают атмосферу переговоров. Никто не уполномочивал Токио говорить от имени российских граждан. Вопрос о суверенитете над островами не обсуждается", - сказала Захарова.

В воскресенье премьер-министр Японии Синдзо Абэ в эфире телекомпании NHK заявил, что живущим на островах россиянам нужно помочь принять смену принадлежности островов.

Визит Абэ в Москву ожидается 22 января. Перед этим, 14 января, в Москве пройдут переговоры министров иностранных дел двух стран."""),
    ("https://english.kyodonews.net/news/2019/01/5e8a3c0f2b17-japan-plays-down-russia-summoning-envoy.html", "en", "2019-01-10",
     "Japan plays down Russia's summoning of envoy over isles remarks",
     """TOKYO - Japan's top government spokesman on Thursday played down Russia's summoning of the Japanese ambassador over remarks on the disputed islands, saying the talks would go on calmly.

"We have conveyed our position to the Russian side through diplomatic channels. I will refrain from disclosing the content of the exchange. We will continue the negotiations calmly toward the leaders' meeting later this month," Chief Cabinet Secretary Yoshihide Suga told a press conference.

Russian Foreign Ministry spokeswoman Maria Zakharova said Wednesday that talk in Tokyo of "persuading" the islanders distorted the essence of the leaders' agreements and that sovereignty over the islands was not up for discussion.

Foreign Minister Taro Kono is scheduled to hold talks with his Russian counterpart Sergei Lavrov in Moscow on Monday, ahead of Prime Minister Shinzo Abe's visit to Russia.

==Kyodo"""),
    ("https://www.kommersant.ru/doc/3850214", "ru", "2019-01-10",
     "Японский премьер разговорился",
     """Газета "Коммерсантъ" №3 от 10.01.2019, стр. 6

Новогодние выступления Синдзо Абэ обернулись для Токио первым в этом году дипломатическим скандалом с Москвой. В воскресном интервью NHK японский премьер пообещал своими руками, вместе с Владимиром Путиным, поставить точку в споре, который тянется больше семидесяти лет, и заодно предложил убедить живущих на южных Курилах россиян согласиться со сменой принадлежности островов.

В МИД РФ ответили жестко: в среду туда был вызван посол Японии, а официальный представитель ведомства Мария Захарова назвала такие высказывания искажением сути договоренностей лидеров.

"Абэ говорит прежде всего для внутренней аудитории: ему нужно показать избирателям, что переговоры идут на японских условиях. Но в Москве это слышат совсем иначе, и накануне визита премьера в Россию такие слова ему только вредят", - считает востоковед Сергей Лихачев.

Министры иностранных дел двух стран Сергей Лавров и Таро Коно встретятся в Москве 14 января."""),
]

# ---------------------------------------------------------------------------------------------------------------
# 5. Putin's annual big press conference, Moscow, 19 December 2019 (over four hours; wages, gas transit via
#    Ukraine, the impeachment in Washington, doping). One answer to a Japanese correspondent holds four points: P1
#    (Abe and I agreed to work on the basis of the 1956 declaration, the only document ratified by both
#    parliaments; we do not walk away from it), P2 (but it does not say on what terms the islands are handed over
#    or under whose sovereignty they remain; that is a subject of negotiation), P3 (the US has left the INF treaty:
#    where will its intermediate-range missiles appear? if in Japan, we need to know; without an answer it is hard
#    to move on the treaty), P4 (we are ready to continue; the first tours to the islands went well, let us go
#    further; a treaty is needed by both). RIA's live ticker (lines on wages, doping, impeachment, transit; one
#    line P1: NEW). NHK (P3 only: NEW). Interfax (P2 only: NEW). TASS English (P1 and, first, P4). The kremlin.ru
#    transcript (all four; the other questions). Kyodo English on 20 December (P2 and P3 merged in one paragraph).
#    Jiji on 20 December: Suga S1 (no plan for deploying US intermediate-range missiles in Japan known; the
#    alliance aimed at no particular country; the treaty talks go on patiently on the leaders' agreement: NEW), P3
#    retold in the question, P1 recalled near the end. NHK on 20 December: Motegi MO1 (the 1956 declaration an
#    important document confirmed by both, but Japan negotiates under its policy of settling the four islands'
#    attribution; we will not go into Russia's interpretation: NEW), P2 recalled; the Middle East dispatch of the
#    SDF (not treaty). TASS on 20 December: Peskov PK1 explaining the president's missile words (no condition set
#    for Tokyo; a natural question that any country would ask; answers are to be found in the dialogue: NEW), P3
#    recalled. Asahi's analysis on 21 December: P1 and P2 merged, PK1; a researcher (no remark).
PUTIN_PRESSER_2019_STORY = [
    ("https://ria.ru/20191219/1562486901.html", "ru", "2019-12-19",
     "Большая пресс-конференция Путина: главное",
     """МОСКВА, 19 дек - РИА Новости. Президент России Владимир Путин в четверг проводит ежегодную большую пресс-конференцию. На нее аккредитованы почти 1900 журналистов. РИА Новости публикует главные заявления.

12:14 Путин: реальные располагаемые доходы граждан по итогам года вырастут примерно на 1%, этого недостаточно.

12:52 Путин: отстранение российских спортсменов от Олимпиады противоречит здравому смыслу и Олимпийской хартии.

13:30 Путин о процедуре импичмента Трампа: обвинения "абсолютно надуманные", сенат вряд ли отстранит его от власти.

14:05 Путин о Японии: "Мы с премьером Абэ договорились работать на основе декларации 1956 года. Это единственный документ, ратифицированный парламентами обеих стран, и мы от него не отказываемся".

14:41 Путин: Россия готова продолжить транзит газа через Украину, переговоры идут трудно.

15:20 Путин: Ленина стоит оставить в Мавзолее, пока живы люди, для которых это важно.

Пресс-конференция продолжается."""),
    ("https://www3.nhk.or.jp/news/html/20191219/k10012221511000.html", "ja", "2019-12-19",
     "プーチン大統領 米中距離ミサイル「日本配備なら知る必要」",
     """ロシアのプーチン大統領は、19日、モスクワで毎年恒例の大規模な記者会見を開き、日本との平和条約交渉に関連して、アメリカの中距離ミサイルが日本に配備される可能性に言及し、懸念を示しました。

プーチン大統領は「アメリカはINF条約から脱退した。では、彼らの中距離ミサイルはどこに現れるのか。もし日本であれば、われわれはそれを知る必要がある。その答えがなければ、平和条約で前に進むのは難しい」と述べました。

ことし8月、アメリカとロシアの間のINF＝中距離核ミサイルの全廃条約が失効し、アメリカは、アジア太平洋地域への中距離ミサイルの配備に意欲を示しています。

日本とロシアの平和条約交渉をめぐっては、去年11月、両首脳が、1956年の日ソ共同宣言を基礎に交渉を加速させることで合意しましたが、具体的な進展は見られていません。

記者会見は4時間以上に及び、プーチン大統領は年金や賃金などの国内問題や、ウクライナ経由の天然ガス輸送についての質問にも答えました。

北方四島では、ことし10月から11月にかけて、共同経済活動の一環として、日本人観光客による初めての試行ツアーが行われました。ロシア側は、島が引き渡された場合にアメリカ軍の施設が置かれる可能性への懸念を繰り返し示してきましたが、今回、中距離ミサイルの問題を新たに持ち出した形です。

記者会見には国内外から1800人以上の記者が登録しました。"""),
    ("https://www.interfax.ru/russia/688510", "ru", "2019-12-19",
     "Путин: в декларации 1956 года не сказано, под чьим суверенитетом останутся острова",
     """Москва. 19 декабря. INTERFAX.RU - Советско-японская декларация 1956 года не определяет, на каких условиях передаются острова и под чьим суверенитетом они остаются, это предмет переговоров, заявил президент РФ Владимир Путин на большой пресс-конференции в четверг.

"Но там не написано, на каких условиях передаются острова и под чьим суверенитетом они останутся. Этого там нет. Это предмет переговоров", - сказал Путин, отвечая на вопрос японского журналиста.

Декларация, подписанная в 1956 году, предусматривает передачу Японии острова Шикотан и группы необитаемых островов Хабомаи после заключения мирного договора.

В Японии южные Курилы называют "северными территориями" и считают их незаконно отторгнутыми. Москва исходит из того, что острова вошли в состав СССР по итогам Второй мировой войны и суверенитет России над ними сомнению не подлежит.

Ежегодная большая пресс-конференция Путина продолжалась 4 часа 18 минут."""),
    ("http://tass.com/politics/1101507", "en", "2019-12-19",
     "Putin says Moscow sticks to 1956 declaration, open to going further with Japan",
     """MOSCOW, December 19. /TASS/. Russia has not abandoned the 1956 Soviet-Japanese Declaration, which President Vladimir Putin and Prime Minister Shinzo Abe agreed to use as the basis for their peace treaty talks, the Russian leader told his annual news conference on Thursday.

"Prime Minister Abe and I agreed to work on the basis of the 1956 declaration. It is the only document ratified by the parliaments of both countries, and we are not walking away from it," Putin said.

He said Moscow was ready to keep working with Tokyo and praised the first Japanese tourist trips to the islands. "The first tours went well. Let us go further. A peace treaty is needed both by us and by Japan," the president stressed.

Over 1,800 Russian and foreign journalists were accredited for the news conference, which lasted for more than four hours."""),
    ("http://kremlin.ru/events/president/news/62366", "ru", "2019-12-19",
     "Большая пресс-конференция Владимира Путина",
     """Большая пресс-конференция Владимира Путина

19 декабря 2019 года, 12:00, Москва

<...>

Вопрос: Добрый день! Агентство "Киодо", Япония. Владимир Владимирович, в прошлом году в Сингапуре Вы с премьер-министром Абэ договорились ускорить переговоры на основе декларации 1956 года. Прошел год. Как Вы оцениваете результат?

В.Путин: Мы с премьером Абэ договорились работать на основе декларации 1956 года. Это единственный документ, ратифицированный парламентами обеих стран, и мы от него не отказываемся.

Но там не написано, на каких условиях передаются острова и под чьим суверенитетом они останутся. Этого там нет. Это предмет переговоров.

И есть вопросы, которые жизнь ставит сегодня. США вышли из Договора о ракетах средней и меньшей дальности. Где появятся их ракеты средней дальности? Если в Японии - нам надо это знать. Без ответа на этот вопрос трудно двигаться дальше по мирному договору.

Мы готовы продолжать. Совместная деятельность на островах - первые туры прошли хорошо, давайте идти дальше. Мирный договор нужен и нам, и Японии.

Вопрос: Транзит газа через Украину. Будет ли подписан контракт до 1 января?

В.Путин: Мы готовы продолжить транзит, в том числе в объемах, которые устраивают европейских потребителей. Но нужно урегулировать претензии, которые выставлены "Газпрому" в судах. Переговоры идут трудно, но, надеюсь, мы договоримся.

<...>

Вопрос: Как Вы оцениваете процедуру импичмента Президента США?

В.Путин: Обвинения абсолютно надуманные. Одна партия, проигравшая выборы, пытается добиться своего другими средствами. Сенат, где большинство у республиканцев, вряд ли захочет отстранить от власти представителя своей партии.

<...>"""),
    ("https://english.kyodonews.net/news/2019/12/9f1e6a2c4d88-putin-links-treaty-to-us-missiles.html", "en", "2019-12-20",
     "Putin links progress on peace treaty to U.S. missile plans in Japan",
     """MOSCOW - Russian President Vladimir Putin said Thursday that the 1956 declaration underpinning peace treaty talks with Japan is silent on which country would hold sovereignty over islands handed over under it, and suggested that possible U.S. missile deployments in Japan stood in the way of a deal.

Putin told his annual press conference that the declaration, which promises two of the four disputed islands to Japan after a treaty, does not specify the terms of a handover or who would be sovereign, and that without knowing whether U.S. intermediate-range missiles might appear in Japan after Washington's exit from the INF treaty, it was hard to move ahead.

Japan and Russia agreed in Singapore in November last year to speed up treaty negotiations based on the 1956 declaration. The two governments are preparing for a visit by Putin to Japan next year.

==Kyodo"""),
    ("https://www.jiji.com/jc/article?k=2019122000493", "ja", "2019-12-20",
     "中距離ミサイル「配備計画承知せず」＝プーチン氏発言で菅長官",
     """菅義偉官房長官は20日午前の記者会見で、ロシアのプーチン大統領が19日の記者会見で、米国の中距離ミサイルが日本に配備されるなら「知る必要がある」と述べ、平和条約交渉の前進が難しくなるとの考えを示したことについて見解を問われた。

菅長官は「米国の中距離ミサイルを日本に配備する計画があるとは承知していない。日米同盟は特定の国を念頭に置いたものではない。平和条約交渉は、首脳間の合意に基づき粘り強く進めていく」と述べた。

米国は8月に中距離核戦力（INF）全廃条約を失効させた後、アジアへの新型中距離ミサイルの配備を検討する考えを示している。

菅長官はまた、2020年度予算案の閣議決定について「経済再生と財政健全化の両立を図る予算だ」と語った。

日ロ両政府は、北方四島での共同経済活動の一環として、10月から11月にかけて日本人観光客による試行ツアーを2回実施した。来年は首脳の往来が予定されており、政府は共同経済活動の本格実施に向けた法的枠組みの協議を急ぐ考えだ。

プーチン氏は記者会見で、日ソ共同宣言について「両国の議会が批准した唯一の文書だ」とも強調した。

政府内には、米ロ間の軍備管理の枠組みが失われたことで、日ロ交渉に安全保障の問題が一段と重くのしかかるとの懸念がある。

北方四島では今秋、共同経済活動の一環として日本人観光客による試行ツアーが2回実施された。日ロ両政府は、来年の首脳の相互訪問に向けて調整を続けている。"""),
    ("https://www3.nhk.or.jp/news/html/20191220/k10012222731000.html", "ja", "2019-12-20",
     "外相 共同宣言「四島の帰属問題解決の方針の下で交渉」",
     """茂木外務大臣は20日の閣議のあとの記者会見で、ロシアのプーチン大統領が、1956年の日ソ共同宣言には島の引き渡しの条件や主権について書かれていないと述べたことについて質問されました。

これに対し茂木外務大臣は「日ソ共同宣言は、両国の議会で承認された重要な文書だ。ただ、日本は北方四島の帰属の問題を解決して平和条約を締結するという方針の下で交渉しており、ロシア側の解釈の一つ一つに立ち入ることは控えたい」と述べました。

一方、政府は20日の閣議で、中東地域での日本関係船舶の安全確保に向けて、海上自衛隊の護衛艦と哨戒機を派遣することを決定しました。茂木大臣は「航行の安全を確保するため、情報収集態勢を強化するものだ」と説明しました。

日ロ両政府は、来年の首脳間の往来に向けて調整を進めています。

1956年の日ソ共同宣言には、平和条約の締結後に歯舞群島と色丹島を日本に引き渡すことが明記されていますが、引き渡しの条件や引き渡し後の主権については記されていません。宣言の解釈をめぐって、日ロの立場には大きな隔たりがあります。

北方四島では、ことし10月から11月にかけて、共同経済活動の一環として、日本人観光客による初めての試行ツアーが行われました。

茂木外務大臣は、ことし9月に就任して以来、ラブロフ外相と電話などで協議を重ねています。

政府は、来年、プーチン大統領の来日を実現させたい考えです。"""),
    ("https://tass.ru/politika/7387722", "ru", "2019-12-20",
     "Песков: Путин не ставил Японии условий по ракетам",
     """МОСКВА, 20 декабря. /ТАСС/. Президент РФ Владимир Путин не выдвигал Японии никаких условий, когда говорил о возможном размещении в этой стране американских ракет средней дальности. Об этом журналистам заявил пресс-секретарь главы государства Дмитрий Песков.

"Никаких условий для Токио президент не ставил. Это естественный вопрос, который задала бы любая страна на нашем месте. Ответы на него должны быть найдены в ходе диалога, и мы этот диалог продолжаем", - сказал Песков.

Накануне на большой пресс-конференции Путин заявил, что Москве нужно знать, появятся ли американские ракеты средней дальности в Японии, и что без ответа на этот вопрос трудно продвигаться по мирному договору.

Песков также сообщил, что Путин в пятницу проведет совещание с членами правительства по вопросам экономики."""),
    ("https://www.asahi.com/articles/ASMDN5W2YMDNUHBI01Q.html", "ja", "2019-12-21",
     "（時時刻刻）プーチン氏「主権は宣言にない」　日ロ交渉、遠のく出口",
     """ロシアのプーチン大統領が19日の年末恒例の記者会見で語った日ロ関係の部分は、わずか数分だった。だが、その中身は日本政府に重く響いている。

プーチン氏は、1956年の日ソ共同宣言を交渉の基礎とする安倍晋三首相との合意は守ると強調しつつ、宣言には島をどんな条件で引き渡し、どちらの国の主権下に置くかは書かれていないと言い切った。日本政府が想定してきた「2島の引き渡し」が、主権の移転を必ずしも意味しないとの立場を改めて示したものだ。

ロシア大統領府のペスコフ報道官は20日、米国の中距離ミサイルに触れた大統領の発言について「条件を付けたわけではない。どの国でも問う当然の疑問だ」と説明した。

ロシア政治に詳しい研究者は「宣言の解釈と安全保障を一つの答えの中に並べたことで、ロシア側の交渉の枠組みがはっきりした。日本が求める主権の議論は、ますます入り口で止められることになる」と話す。

政府は来年、プーチン氏の来日を実現したい考えだ。ただ、交渉の出口は見えていない。

外務省内では停滞感が強まっている。ある幹部は「宣言の文言と日米同盟の二つを盾に、主権の議論に入らせない構えだ。こちらが何を示しても、次の条件が出てくる」と漏らす。

一方、今秋には北方四島で日本人観光客による初めての試行ツアーが実現した。共同経済活動の積み重ねを交渉の推進力にしたいというのが政府の描く道筋だが、法的な枠組みの協議は進んでいない。"""),
]

# ---------------------------------------------------------------------------------------------------------------
# 6. Suga's first policy speech, 26 October 2020, and the party leaders' questions on 28 October. The speech is
#    mostly about carbon neutrality by 2050, a digital agency, the pandemic and mobile fees (not treaty); one
#    paragraph on Russia: S1 (the Northern Territories issue not to be passed on to the next generation but ended;
#    conclude a peace treaty; develop relations as a whole). On 28 October: S2 answering Edano (the exchanges
#    between the leaders, including the 2018 Singapore agreement, are inherited; the talks go on on that basis) and
#    S3 answering Baba of Ishin (the government's legal position on the Northern Territories unchanged; the details
#    not to be told as they bear on the negotiations) - two answers, two remarks. NHK's first report on the speech
#    (no treaty remark: carbon neutrality, digital, the pandemic). Kyodo English (S1 paraphrased among the speech's
#    points: NEW). The kantei.go.jp full text (S1 with the other chapters). TASS (S1 in Russian). NHK on 27
#    October: Kato K1 explaining why the speech did not mention the "four islands" (not mentioning them does not
#    mean a change; the basic policy of settling the four islands' attribution and concluding a treaty unchanged:
#    the spokesman's own remark, NEW), S1 recalled. Jiji on 28 October (S2 first, S1 recalled; the Science Council
#    row: not treaty). Sankei (S3 first, S2 again). RIA (S2 in Russian). Interfax on 29 October: Zakharova Z1 at
#    her briefing (we noted Suga's words; any agreement must start from Japan's recognition of the war's results;
#    Moscow ready for dialogue on that basis: NEW), S1 recalled. The Japan Times on 29 October (S2 and S3 merged,
#    K1). Hokkaido Shimbun on 29 October (S1 and S3; former islanders: no remarks).
SUGA_SPEECH_2020_STORY = [
    ("https://www3.nhk.or.jp/news/html/20201026/k10012681231000.html", "ja", "2020-10-26",
     "菅首相 初の所信表明演説 温室効果ガス2050年に実質ゼロ",
     """菅総理大臣は、26日午後、衆参両院の本会議で、就任後初めてとなる所信表明演説を行いました。この中で菅総理大臣は、国内の温室効果ガスの排出量を2050年までに全体としてゼロにする「カーボンニュートラル」の実現を目指すと表明しました。

菅総理大臣は「もはや温暖化への対応は経済成長の制約ではない。積極的に温暖化対策を行うことが、産業構造や経済社会の変革をもたらし、大きな成長につながるという発想の転換が必要だ」と述べました。

また、行政のデジタル化を進めるため、来年、デジタル庁を発足させる考えを示し、縦割り行政の打破を改めて訴えました。

新型コロナウイルス対策については「感染拡大を防止しながら、社会経済活動を再開し、経済を回復させていく」と述べ、来年前半までに全国民分のワクチンの確保を目指すとしました。

携帯電話料金の引き下げや、不妊治療への保険適用なども盛り込みました。各党の代表質問は28日から衆議院で始まります。

外交・安全保障では、日米同盟を基軸としつつ、中国や韓国など近隣諸国との関係を安定させていく考えを示し、北朝鮮による拉致問題について「金正恩委員長と条件を付けずに会う用意がある」と述べました。演説の時間はおよそ25分でした。

菅総理大臣は、先月16日に就任したあと、初めての国会論戦に臨みます。野党側は、日本学術会議が推薦した会員候補6人を任命しなかった問題などをただす構えです。"""),
    ("https://english.kyodonews.net/news/2020/10/b3e1d07a5c92-suga-vows-carbon-neutral-japan-by-2050.html", "en", "2020-10-26",
     "Suga vows carbon-neutral Japan by 2050 in first policy speech",
     """TOKYO - Prime Minister Yoshihide Suga pledged Monday that Japan will become carbon neutral by 2050, setting out a policy agenda in his first address to parliament since taking office last month.

Suga also promised to launch a digital agency next year to modernize the bureaucracy, to secure enough coronavirus vaccines for the whole population by the first half of 2021 and to push mobile phone carriers to cut their fees.

On diplomacy, he said the Japan-U.S. alliance remained the cornerstone of Japan's security, and called for a stable relationship with China.

Turning to Russia, Suga said the dispute over the Russian-held islands off Hokkaido should not be left to the next generation but brought to an end, and that he aimed to conclude a peace treaty while developing bilateral relations as a whole.

He also said he was prepared to meet North Korean leader Kim Jong Un without preconditions to resolve the issue of Japanese nationals abducted by Pyongyang decades ago.

==Kyodo"""),
    ("https://www.kantei.go.jp/jp/99_suga/statement/2020/1026shoshinhyomei.html", "ja", "2020-10-26",
     "第二百三回国会における菅内閣総理大臣所信表明演説",
     """第二百三回国会における菅内閣総理大臣所信表明演説

令和2年10月26日

一　はじめに
（略）

二　新型コロナウイルス対策と経済の再生
　爆発的な感染は絶対に防ぎ、国民の命と健康を守り抜きます。そのうえで、社会経済活動との両立を目指します。来年前半までに、全ての国民に提供できる数量のワクチンを確保することを目指します。

三　グリーン社会の実現
　我が国は、2050年までに、温室効果ガスの排出を全体としてゼロにする、すなわち2050年カーボンニュートラル、脱炭素社会の実現を目指すことを、ここに宣言いたします。
（略）

四　デジタル社会の実現
　各省庁や自治体の縦割りを打破し、行政のデジタル化を進めます。そのための司令塔として、来年、デジタル庁を設立します。
（略）

七　外交・安全保障
　日米同盟は、我が国の外交・安全保障の基軸です。「自由で開かれたインド太平洋」の実現に向け、志を共にする国々と連携してまいります。
　中国との安定した関係は、両国のみならず、地域及び国際社会のために極めて重要です。
　ロシアとの間では、北方領土問題を次の世代に先送りすることなく、終止符を打たなければなりません。平和条約の締結を目指すとともに、日ロ関係全体の発展を図ってまいります。
　拉致問題は、引き続き政権の最重要課題です。私自身、条件を付けずに金正恩委員長と会う用意があります。
（略）

八　おわりに
　「国民のために働く内閣」として、全力を尽くしてまいります。国民の皆様、そして議員各位の御理解と御協力をお願い申し上げます。"""),
    ("https://tass.ru/mezhdunarodnaya-panorama/9815903", "ru", "2020-10-26",
     "Суга: проблему северных территорий нельзя откладывать на следующее поколение",
     """ТОКИО, 26 октября. /ТАСС/. Премьер-министр Японии Ёсихидэ Суга в своей первой программной речи в парламенте заявил, что территориальный вопрос с Россией не должен перекладываться на плечи следующего поколения.

"С Россией необходимо положить конец проблеме северных территорий, не откладывая ее на следующее поколение. Мы будем стремиться к заключению мирного договора и к развитию японо-российских отношений в целом", - сказал Суга.

Северными территориями в Японии называют южные Курилы.

Главное место в речи премьера заняли экономические вопросы. Суга пообещал, что Япония достигнет углеродной нейтральности к 2050 году, а в следующем году в стране будет создано агентство по цифровизации.

Суга занял пост премьер-министра 16 сентября, сменив Синдзо Абэ, который ушел в отставку по состоянию здоровья."""),
    ("https://www3.nhk.or.jp/news/html/20201027/k10012682951000.html", "ja", "2020-10-27",
     "所信表明に「四島」なし 加藤官房長官「方針に変わりない」",
     """加藤官房長官は27日午前の記者会見で、菅総理大臣の所信表明演説で、北方領土問題について「四島」という表現が盛り込まれなかったことについて質問されました。

これに対し加藤官房長官は「演説で触れなかったからといって、方針が変わったということではない。北方四島の帰属の問題を解決して平和条約を締結するという基本方針に何ら変わりはない」と述べました。

安倍前総理大臣の時代の所信表明演説や施政方針演説でも、「四島」の表現を用いない年がありました。

菅総理大臣は26日の所信表明演説で、ロシアとの関係について「北方領土問題を次の世代に先送りすることなく、終止符を打たなければならない」と述べていました。おととし11月のシンガポールでの日ロ首脳会談では、1956年の日ソ共同宣言を基礎に交渉を加速させることで合意しています。

加藤官房長官は、先月の政権発足まで、安倍政権で厚生労働大臣を務めていました。

北方四島では、新型コロナウイルスの影響で、ことしは元島民らによる墓参や四島交流事業が全て中止となっています。

菅内閣は、先月16日に発足しました。

また加藤官房長官は、新型コロナウイルスの感染状況について「欧州で感染が急拡大しており、水際対策を含め、警戒を緩めずに対応していく」と述べました。

一方、政府は27日、新型コロナウイルス対策の分科会の提言を踏まえ、年末年始の休暇の分散取得を経済界などに呼びかける方針を確認しました。"""),
    ("https://www.jiji.com/jc/article?k=2020102800437", "ja", "2020-10-28",
     "シンガポール合意「引き継ぐ」＝日ロ交渉で菅首相―代表質問",
     """菅義偉首相の所信表明演説に対する各党代表質問が28日、衆院本会議で始まった。首相はロシアとの平和条約交渉について、立憲民主党の枝野幸男代表への答弁で「2018年のシンガポールでの合意を含め、これまでの首脳間のやりとりを引き継いでおり、これを基礎に交渉を進めていく」と述べた。

枝野氏は、安倍前政権の対ロ交渉の成果を疑問視し、交渉方針をただした。

代表質問では、日本学術会議が推薦した会員候補6人を首相が任命しなかった問題が大きな焦点となった。枝野氏は「任命拒否の理由を説明すべきだ」と迫ったが、首相は「総合的、俯瞰的な活動を確保する観点から判断した」と従来の説明を繰り返した。

新型コロナウイルス対策では、首相は「来年前半までに全国民に提供できる数量のワクチン確保を目指す」と述べた。

シンガポール合意は、2018年11月に安倍晋三前首相とプーチン大統領が、1956年の日ソ共同宣言を基礎に平和条約交渉を加速させることで一致したもの。

首相は所信表明演説で、ロシアとの間では北方領土問題に終止符を打ち、平和条約の締結を目指す考えを示していた。

首相は9月29日にプーチン大統領と初めて電話会談した。

衆院本会議では、自民党の下村博文政調会長らも質問に立った。

衆院での代表質問は29日まで続き、その後、参院で代表質問が行われる。首相の答弁は、官僚の作成した原稿を読み上げる場面が目立った。"""),
    ("https://www.sankei.com/politics/news/201028/plt2010280032-n1.html", "ja", "2020-10-28",
     "北方領土「法的立場に変わりない」　首相、交渉内容は明かさず",
     """菅義偉首相は28日の衆院本会議での代表質問で、北方領土問題をめぐり、日本維新の会の馬場伸幸幹事長の質問に「北方領土に関する政府の法的立場に変わりはない。交渉の内容に関わることなので、詳細について述べることは差し控える」と答弁した。

首相は、立憲民主党の枝野幸男代表への答弁では「2018年のシンガポールでの合意を含め、首脳間のやりとりを引き継いでいる。これを基礎に交渉を進めていく」と語った。

シンガポール合意は、平和条約締結後に歯舞群島と色丹島を引き渡すとした1956年の日ソ共同宣言を基礎に交渉を加速させるという内容。日ロ間では、北方四島での共同経済活動の具体化に向けた協議も続いている。政府内には「2島先行」の方向性を引き継いだとの受け止めもあるが、首相は四島の帰属問題の解決という従来の立場を明確には口にしなかった。

代表質問では、日本学術会議の会員任命拒否問題をめぐる論戦も続き、首相は「個々の人事に関することで、お答えは差し控える」と繰り返した。

北方領土をめぐっては、新型コロナウイルスの影響で、元島民らによる北方墓参や四島交流事業が今年度は全て中止となっている。

首相は9月29日にプーチン露大統領と初めて電話会談した。対面での首脳会談の時期は、新型コロナウイルスの影響もあり見通せていない。

代表質問は29日に参院でも始まり、論戦の舞台は予算委員会に移る。野党は学術会議問題で攻勢を強める構えだ。"""),
    ("https://ria.ru/20201028/suga-1581948314.html", "ru", "2020-10-28",
     "Суга пообещал вести переговоры с Россией на основе сингапурских договоренностей",
     """ТОКИО, 28 окт - РИА Новости. Премьер-министр Японии Ёсихидэ Суга заявил в парламенте, что продолжит переговоры с Россией о мирном договоре на основе договоренностей, достигнутых его предшественником Синдзо Абэ и президентом РФ Владимиром Путиным, в том числе в Сингапуре в 2018 году.

"Я унаследовал все то, о чем договаривались лидеры, включая сингапурские договоренности 2018 года, и мы будем вести переговоры на этой основе", - сказал Суга, отвечая на вопрос лидера Конституционно-демократической партии Юкио Эдано.

В Сингапуре Путин и Абэ договорились ускорить переговоры о мирном договоре на основе советско-японской декларации 1956 года.

Первые дни парламентских дебатов в Японии проходят под знаком скандала вокруг отказа премьера утвердить шестерых ученых в составе Научного совета Японии."""),
    ("https://www.interfax.ru/world/734412", "ru", "2020-10-29",
     "Захарова: мирный договор с Японией возможен только при признании итогов войны",
     """Москва. 29 октября. INTERFAX.RU - Россия обратила внимание на заявление нового премьер-министра Японии Ёсихидэ Суги о намерении решить территориальную проблему, однако любая договоренность должна исходить из признания Японией итогов Второй мировой войны, заявила официальный представитель МИД РФ Мария Захарова.

"Мы обратили внимание на слова господина Суги. Хочу напомнить: любые договоренности должны исходить из безоговорочного признания Японией итогов Второй мировой войны. На этой основе Москва готова к диалогу", - сказала Захарова на брифинге в четверг.

В понедельник Суга в первой программной речи в парламенте заявил, что проблему "северных территорий" нельзя откладывать на следующее поколение.

Захарова также прокомментировала ситуацию в Нагорном Карабахе, призвав стороны соблюдать достигнутые договоренности о прекращении огня."""),
    ("https://www.japantimes.co.jp/news/2020/10/29/national/politics-diplomacy/suga-russia-singapore-agreement-islands/", "en", "2020-10-29",
     "Suga keeps Abe's Singapore deal, stays vague on four-island stance",
     """Prime Minister Yoshihide Suga told lawmakers Wednesday that he had inherited the 2018 Singapore agreement with Russia and would negotiate on that basis, while declining to spell out what Japan is seeking from the talks, saying the government's legal position on the islands had not changed but details could not be discussed.

The Singapore deal commits both sides to accelerate peace treaty talks on the basis of a 1956 declaration that promises two of the four disputed islands to Japan once a treaty is signed.

Suga's first policy speech on Monday did not mention "four islands," prompting questions at the top government spokesman's news conference. Chief Cabinet Secretary Katsunobu Kato said Tuesday that not mentioning them did not signal any change in the basic policy.

Much of Wednesday's session was taken up by Suga's refusal to appoint six scholars to the Science Council of Japan, which opposition leaders called an attack on academic freedom."""),
    ("https://www.hokkaido-np.co.jp/article/475219", "ja", "2020-10-29",
     "首相「終止符」語るも具体策見えず　元島民「言葉だけでは」",
     """菅義偉首相が所信表明演説で北方領土問題について「次の世代に先送りすることなく、終止符を打たなければならない」と述べたことに、根室管内の元島民からは期待と不安の声が交錯している。

首相は28日の衆院代表質問でも「北方領土に関する政府の法的立場に変わりはない」と答えたが、交渉の中身については「差し控える」とした。

歯舞群島出身の男性（86）は「『終止符』という言葉は力強いが、安倍さんのときもそうだった。言葉だけでは島は戻らない」と話す。色丹島出身の女性（81）は「新型コロナで今年は墓参もできなかった。来年こそ島に行かせてほしい」と訴えた。

北方四島交流事業は、新型コロナウイルスの影響で今年度は全て中止となった。元島民の平均年齢は85歳を超えている。

終戦時に四島に住んでいた日本人は約1万7千人。存命の元島民は6千人を切り、返還運動の担い手の高齢化が進んでいる。根室市内では、若い世代に運動を引き継ぐ取り組みも始まっている。

新型コロナの収束が見通せないなか、元島民の間では、せめて洋上から島を望む「洋上慰霊」だけでも実現してほしいという声が強まっている。

根室市の北方領土資料館には、所信表明演説の翌日も修学旅行の中学生らが訪れ、元島民の語り部の話に耳を傾けていた。

同資料館では、北方領土の歴史を伝える企画展が来月まで開かれている。入場者は例年の半分ほどにとどまっている。

（根室支局）"""),
]

# ---------------------------------------------------------------------------------------------------------------
# 7. Lavrov's annual press conference, Moscow, 18 January 2023 (over two and a half hours; Ukraine, the West, the
#    grain deal), five days after Kishida's visit to Washington. His long answer on Japan mixes non-treaty parts (Japan
#    abandoning its peaceful development: the new security strategy, doubled defence spending, strikes on "decision-
#    making centres", Washington drawing Tokyo into NATO-centred structures; Japanese firms keeping their stakes in
#    Sakhalin-1 and -2 a pragmatic choice) with two treaty points: L2 (it was Tokyo, not Moscow, that broke off the
#    treaty talks by taking the sanctions road; what peace treaty can there be with a state in an openly hostile
#    position), L3 (the islands' attribution settled by the war's results, fixed in the UN Charter and in our
#    Constitution; the question closed). The same evening, in an interview recorded for Rossiya 24 after the press
#    conference: L5 (Tokyo writes about "northern territories" with one hand and with the Americans builds
#    infrastructure near our Far Eastern borders with the other; no talk of territory, now or under Tokyo's present
#    course: same speaker, another occasion the same day, NEW). TASS's flash (L2 only: NEW). RIA (L3 only: NEW, and the
#    militarisation words). The mid.ru transcript (L2, L3 and the non-treaty parts). NHK (L2 and the militarisation
#    words). Interfax that evening (L5; L2 recalled). TASS English (L2 and L3 in other words). Jiji on 19 January:
#    Matsuno M1 (responsibility for the present state lies with Russia, which goes on with its aggression; no reason to
#    be one-sidedly blamed; the policy of settling the territorial issue and concluding a treaty kept: NEW), L2 retold
#    in the question. NHK World's Russian service (M1 translated). Mainichi on 20 January: Hayashi H1 after the cabinet
#    meeting (aware of the remarks; Russia's claims unacceptable; the four islands are islands over which Japan has
#    sovereignty; keep seeking the resumption of the exchanges for the former islanders: NEW), L5 recalled. The Moscow
#    Times' weekly on 21 January (L2 and L5 merged, M1; the militarisation part).
LAVROV_PRESSER_2023_STORY = [
    ("https://tass.ru/politika/16823417", "ru", "2023-01-18",
     "Лавров: переговоры о мирном договоре прервал Токио",
     """МОСКВА, 18 января. /ТАСС/. Переговорный процесс по мирному договору с Японией прервала японская сторона, встав на путь антироссийских санкций, говорить о мирном договоре с государством, занявшим открыто враждебную позицию, невозможно. Об этом заявил министр иностранных дел РФ Сергей Лавров на пресс-конференции по итогам деятельности российской дипломатии в 2022 году.

"Переговоры о мирном договоре прервала не Москва, а Токио, когда встал на путь санкций. О каком мирном договоре можно говорить с государством, которое заняло открыто враждебную по отношению к нам позицию?" - сказал министр.

В марте 2022 года МИД России объявил, что Москва в сложившихся условиях не намерена продолжать переговоры с Японией о мирном договоре, в ответ на введенные Токио ограничительные меры.

Ежегодная пресс-конференция главы российского МИД продолжалась более двух с половиной часов."""),
    ("https://ria.ru/20230118/kurily-1845612093.html", "ru", "2023-01-18",
     "Лавров: вопрос о принадлежности Курил закрыт",
     """МОСКВА, 18 янв - РИА Новости. Принадлежность южных Курил определена итогами Второй мировой войны и закреплена в Уставе ООН и в Конституции России, этот вопрос закрыт, заявил глава МИД РФ Сергей Лавров.

"Принадлежность островов определена итогами Второй мировой войны, это зафиксировано в Уставе ООН и в нашей Конституции. Вопрос закрыт", - сказал министр на пресс-конференции по итогам года.

Лавров также указал, что Япония отказывается от принципов мирного развития. "Новая стратегия национальной безопасности, удвоение военных расходов, планы наносить удары по так называемым центрам принятия решений - все это говорит о том, что Токио встает на путь милитаризации. А Вашингтон активно втягивает его в свои натоцентричные конструкции", - сказал министр.

В декабре японское правительство утвердило три документа в сфере обороны, в том числе новую Стратегию национальной безопасности, предусматривающую доведение оборонных расходов до 2% ВВП к 2027 году."""),
    ("https://www.mid.ru/ru/foreign_policy/news/1848482/", "ru", "2023-01-18",
     "Выступление и ответы на вопросы СМИ Министра иностранных дел Российской Федерации С.В.Лаврова в ходе пресс-конференции по итогам деятельности российской дипломатии в 2022 году, Москва, 18 января 2023 года",
     """Выступление и ответы на вопросы СМИ Министра иностранных дел Российской Федерации С.В.Лаврова в ходе пресс-конференции по итогам деятельности российской дипломатии в 2022 году, Москва, 18 января 2023 года

<...>

Вопрос: На прошлой неделе премьер-министр Японии Ф.Кисида посетил Вашингтон. Как Вы оцениваете нынешнее состояние российско-японских отношений и есть ли перспективы у мирного договора?

С.В.Лавров: Япония отказывается от принципов мирного развития. Новая стратегия национальной безопасности, удвоение военных расходов, планы наносить удары по так называемым центрам принятия решений - все это говорит о том, что Токио встает на путь милитаризации. А Вашингтон активно втягивает его в свои натоцентричные конструкции.

Переговоры о мирном договоре прервала не Москва, а Токио, когда встал на путь санкций. О каком мирном договоре можно говорить с государством, которое заняло открыто враждебную по отношению к нам позицию?

Принадлежность островов определена итогами Второй мировой войны, это зафиксировано в Уставе ООН и в нашей Конституции. Вопрос закрыт.

При этом японские компании сохранили свои доли в проектах "Сахалин-1" и "Сахалин-2". Это их прагматичный выбор, мы его уважаем.

Вопрос: Возможны ли переговоры по Украине?

С.В.Лавров: Все инициативы, которые сейчас выдвигаются Киевом, - это ультиматумы. Разговаривать на языке ультиматумов с нами бесполезно. Цели специальной военной операции остаются неизменными.

<...>"""),
    ("https://www3.nhk.or.jp/news/html/20230118/k10013953291000.html", "ja", "2023-01-18",
     "ロシア外相 平和条約交渉「中断させたのは日本」",
     """ロシアのラブロフ外相は18日、モスクワで毎年恒例の記者会見を開き、日本との平和条約交渉について「交渉を中断させたのはモスクワではなく、制裁の道を選んだ東京だ。われわれに対してあからさまに敵対的な立場をとる国と、どんな平和条約の話ができるというのか」と述べ、日本側を批判しました。

またラブロフ外相は、日本が去年12月に決定した国家安全保障戦略などについて「日本は平和的な発展の原則を放棄しつつある。防衛費の倍増や、いわゆる意思決定の中枢への攻撃の計画は、軍事化の道を歩んでいることを示している」と述べ、アメリカが日本をNATO中心の枠組みに引き込もうとしていると主張しました。

ロシアは去年3月、日本の制裁措置への対抗措置として、平和条約交渉を継続するつもりはないと一方的に表明しています。

岸田総理大臣は、今月13日にワシントンでバイデン大統領と会談し、防衛力の抜本的な強化について説明していました。

ラブロフ外相の記者会見は2時間半以上に及び、ウクライナ情勢をめぐっては、欧米がウクライナへの兵器の供与を続けていることを批判しました。日ロ関係は、ロシアによるウクライナ侵攻以降、冷え込んだ状態が続いています。

ロシアは、北方四島周辺の水域での日本漁船の安全操業に関する協定の履行も停止していて、北海道の漁業者からは不安の声が上がっています。

政府は、ロシア側の発言の真意を分析するとともに、今後の対応を検討することにしています。"""),
    ("https://www.interfax.ru/russia/882146", "ru", "2023-01-18",
     "Лавров: разговора о территориях с Японией не будет",
     """Москва. 18 января. INTERFAX.RU - Никаких разговоров о территориях с Японией при нынешнем курсе Токио не будет, заявил министр иностранных дел РФ Сергей Лавров в интервью телеканалу "Россия 24", записанном после его ежегодной пресс-конференции и показанном в эфире в среду вечером.

"Токио одной рукой пишет о 'северных территориях', а другой вместе с американцами строит инфраструктуру у наших дальневосточных границ. Никаких разговоров о территориях не будет - ни сейчас, ни при таком курсе Токио", - сказал Лавров.

Утром на пресс-конференции министр заявил, что переговоры о мирном договоре прервала японская сторона, присоединившись к санкциям.

В интервью Лавров также рассказал о подготовке к заседанию Совета министров иностранных дел G20 в Индии. "Мы не позволим превратить "двадцатку" в площадку для антироссийских заявлений", - сказал он."""),
    ("https://tass.com/politics/1564921", "en", "2023-01-18",
     "Tokyo, not Moscow, broke off peace treaty talks - Lavrov",
     """MOSCOW, January 18. /TASS/. It was Japan that broke off peace treaty negotiations with Russia by joining Western sanctions, Russian Foreign Minister Sergey Lavrov told his annual news conference on Wednesday.

"It was Tokyo, not Moscow, that interrupted the talks on a peace treaty when it chose the path of sanctions. How can one talk about a peace treaty with a country that has adopted an openly hostile stance toward us?" the top diplomat asked.

He added that the ownership of the islands had been determined by the outcome of World War II, which is enshrined in the UN Charter and in the Russian Constitution, and called the issue closed.

Moscow announced in March 2022 that it would not continue the peace treaty talks with Tokyo in response to Japan's sanctions."""),
    ("https://www.jiji.com/jc/article?k=2023011900327", "ja", "2023-01-19",
     "「ロシアに責任」＝ラブロフ外相発言で松野官房長官",
     """松野博一官房長官は19日午前の記者会見で、ロシアのラブロフ外相が平和条約交渉について「中断させたのは東京だ」と述べたことに関し、「日ロ関係が現在のような状況に至った責任は、ウクライナ侵略を続けるロシア側にある。日本が一方的に非難されるいわれは全くない。北方領土問題を解決して平和条約を締結するという方針は堅持していく」と述べた。

ロシアは昨年3月、日本の対ロ制裁に反発し、平和条約交渉の中断を表明した。

松野長官は、政府が検討している新型コロナウイルスの感染症法上の位置付けの見直しについて「今月中に方向性を示したい」と語った。

松野長官は、ラブロフ氏が日本の防衛力強化を「軍事化」と批判したことについても問われ、「我が国の防衛政策は専守防衛に徹しており、他国に脅威を与えるものではない」と反論した。日ロ間では、北方四島との間のビザなし交流や墓参も中断したままになっている。

政府は、ロシアのウクライナ侵略を受けてG7各国と連携し、資産凍結や輸出禁止などの制裁を段階的に強化してきた。今年はG7議長国として、広島での首脳会議を5月に控えている。

ビザなし交流や北方墓参なども中断したままで、元島民の間には焦りが広がっている。政府は、元島民の墓参の再開を最優先で求めている。

日本政府は、ロシアが昨年9月に一方的に効力停止を表明した北方四島との交流に関する合意についても、撤回を求め続けている。"""),
    ("https://www3.nhk.or.jp/nhkworld/ru/news/20230119_07/", "ru", "2023-01-19",
     "Мацуно: ответственность за нынешнее состояние отношений лежит на России",
     """NHK WORLD-JAPAN

Генеральный секретарь кабинета министров Японии Мацуно Хирокадзу заявил, что ответственность за нынешнее состояние японо-российских отношений лежит на России, которая продолжает агрессию против Украины.

Мацуно сказал в четверг на пресс-конференции, что у Японии нет никаких оснований выслушивать односторонние обвинения, и что Токио по-прежнему намерен решить территориальную проблему и заключить мирный договор.

Министр иностранных дел России Сергей Лавров в среду заявил, что переговоры о мирном договоре прервала Япония.

Россия контролирует четыре острова у побережья Хоккайдо. Япония считает их своей исконной территорией и называет Северными территориями."""),
    ("https://mainichi.jp/articles/20230120/k00/00m/010/215000c", "ja", "2023-01-20",
     "林外相「ロシアの主張受け入れられない」　北方領土交流再開求める",
     """林芳正外相は20日の閣議後記者会見で、ロシアのラブロフ外相が北方領土をめぐって日本を非難する発言を重ねていることについて「一連の発言は承知しているが、ロシア側の主張は受け入れられない。北方四島は我が国が主権を有する島々だ。元島民の方々の思いに応えるため、交流事業の再開を引き続き求めていく」と述べた。

ラブロフ氏は18日夜に放送されたロシアのテレビのインタビューで「日本の今の路線のままでは、領土についての話し合いはない」と語っていた。

北方四島との交流事業は、ロシアが昨年、ビザなし交流と自由訪問の合意の効力を停止したため、再開のめどが立っていない。

林氏はまた、先進7カ国（G7）議長国として「ウクライナへの支援と対ロ制裁を主導していく」と語った。

林氏は、昨年末に閣議決定した安保関連3文書をロシア側が日本の「軍事化」と批判していることにも触れ、「防衛力の強化は厳しい安全保障環境に対応するためのもので、批判は全く当たらない」と述べた。

北方四島周辺の水域での日本漁船の安全操業に関する協定も、ロシア側が履行を停止したまま。漁業者の間では、サケ・マス漁の交渉の行方を不安視する声が出ている。

ロシアは昨年3月、平和条約交渉を継続する意思はないと表明し、北方四島での共同経済活動に関する対話からも離脱した。

元島民の平均年齢は87歳を超え、北方墓参の再開を求める声は切実さを増している。"""),
    ("https://www.themoscowtimes.com/2023/01/21/the-week-in-russia-lavrovs-long-afternoon-a80012", "en", "2023-01-21",
     "The Week in Russia: Lavrov's long afternoon",
     """THE WEEK IN RUSSIA | January 21, 2023

Sergei Lavrov spent more than two and a half hours on Wednesday explaining why the world was wrong, and saved some of his sharpest words for Japan. Tokyo, he said, not Moscow, had walked away from peace treaty talks by joining Western sanctions, and by the evening, in a television interview, he had gone further: there would be no talk of territory at all while Japan stays on its present course.

He spent as long on Japan's defense build-up - doubled spending, counterstrike plans, closer ties with NATO - as on the islands themselves, a sign of where Moscow now sees the real dispute.

Tokyo answered within a day. Chief Cabinet Secretary Hirokazu Matsuno said the responsibility lay with Russia and its war in Ukraine.

Elsewhere: the Defense Ministry reshuffled the command of its forces in Ukraine for the second time in three months, and the Central Bank said inflation was slowing faster than expected."""),
]

# ---------------------------------------------------------------------------------------------------------------
# 8. Putin's "Results of the Year" (direct line and press conference combined), 19 December 2024 (four and a half
#    hours; the war, Kursk, the Oreshnik, inflation, Syria). One answer to a question from Sakhalin's state TV
#    about the Kurils and Japan holds four points: P1 (we never refused the peace treaty talks; the Japanese side
#    broke them off when it joined the sanctions), P2 (the Kurils are our territory; we develop them and will go on
#    - the preferential regime works, roads, a port, an airport; Japanese companies welcome if they want), P3 (if
#    US intermediate-range missiles appear in Japan - the Typhon has already been brought there for exercises -
#    what peace treaty can we talk about; we will have to respond, in the Far East too), P4 (if Tokyo is ready to
#    return to the dialogue, we are ready; it was not us who closed the door). RIA's live ticker (lines on the war,
#    Oreshnik, inflation, Syria; one line P1: NEW). TASS (P4 only: NEW). NHK (P1 and, first, P3). The kremlin.ru
#    transcript (all four; P2 first here: NEW; other questions). Kyodo English on 20 December (P1 and P4 in other
#    words). Interfax on 20 December: Peskov PK1 explaining what the president meant (the ball is in Tokyo's court;
#    no preconditions on our side except that Japan drop its unfriendly course; nothing new in the position, only a
#    reminder: NEW). NHK on 20 December: Hayashi HY1 (Russia's claim to have never refused the talks unacceptable;
#    it was Russia that unilaterally announced their suspension; the policy of settling the territorial issue kept:
#    NEW), P1 retold in the question. Sputnik Japan on 20 December (P2 and P1 translated). Hokkaido Shimbun on 21
#    December (P2; former islanders: no remarks). A newsletter on 22 December (P1 and P3 merged, HY1; its own
#    view).
PUTIN_RESULTS_2024_STORY = [
    ("https://ria.ru/20241219/itogi-1989914527.html", "ru", "2024-12-19",
     "Итоги года с Владимиром Путиным: главное",
     """МОСКВА, 19 дек - РИА Новости. Президент России Владимир Путин в четверг подводит итоги года в формате совмещенной прямой линии и большой пресс-конференции. РИА Новости публикует главные заявления.

12:20 Путин: российские войска продвигаются по всей линии соприкосновения, инициатива полностью на нашей стороне.

12:58 Путин: предлагаю западным экспертам провести "технологическую дуэль" - пусть определят цель в Киеве, защитят ее ПВО, а мы ударим "Орешником".

13:35 Путин: инфляция в этом году превысит 9%, это тревожный сигнал, но экономика растет.

14:10 Путин о Японии: "Мы никогда не отказывались от переговоров по мирному договору. Прервала их японская сторона, когда присоединилась к санкциям".

14:42 Путин: события в Сирии не стали поражением России, задачи, которые мы ставили, в целом решены.

15:16 Путин: Курскую область от ВСУ освободим обязательно, конкретную дату назвать пока не могу.

Итоги года продолжаются."""),
    ("https://tass.ru/politika/22713381", "ru", "2024-12-19",
     "Путин: Россия готова к диалогу с Японией, если Токио к нему вернется",
     """МОСКВА, 19 декабря. /ТАСС/. Россия готова возобновить диалог с Японией, если Токио выразит такую готовность, заявил президент РФ Владимир Путин в ходе "Итогов года".

"Если Токио готов вернуться к диалогу - мы готовы. Дверь закрывали не мы", - сказал глава государства, отвечая на вопрос журналистки ГТРК "Сахалин".

В марте 2022 года Россия в ответ на санкции Японии отказалась продолжать переговоры о мирном договоре, вышла из диалога о совместной хозяйственной деятельности на южных Курилах и приостановила безвизовые обмены.

Программа "Итоги года с Владимиром Путиным" продолжалась 4 часа 28 минут. На горячую линию поступило более 2,2 млн вопросов."""),
    ("https://www3.nhk.or.jp/news/html/20241219/k10014673511000.html", "ja", "2024-12-19",
     "プーチン大統領 平和条約交渉「中断したのは日本」 米ミサイルにも言及",
     """ロシアのプーチン大統領は19日、国民からの質問に答える毎年恒例の番組と記者会見を兼ねた「1年の総括」に臨み、日本との平和条約交渉について「われわれは一度も交渉を拒んだことはない。中断したのは、制裁に加わった日本側だ」と述べました。

そのうえでプーチン大統領は、アメリカが日本での訓練に中距離ミサイルシステム「タイフォン」を持ち込んだことに触れ「アメリカの中距離ミサイルが日本に現れるようなことがあれば、どんな平和条約について話ができるというのか。われわれは、極東を含めて対抗措置をとらざるを得なくなる」と述べ、強くけん制しました。

ロシアは、ウクライナ侵攻をめぐる日本の制裁に反発し、2022年3月、平和条約交渉の中断を一方的に表明しています。

番組は4時間半近くに及び、プーチン大統領はウクライナ情勢や国内の物価高などについての質問にも答えました。

アメリカ軍は、ことし9月、日米の共同訓練のため、中距離ミサイルを発射できる地上配備型のシステム「タイフォン」を山口県の岩国基地に一時展開しました。プーチン大統領は番組で、新型の中距離弾道ミサイル「オレシニク」の性能についても強調しました。

北方四島では、ロシアが軍の演習を繰り返しているほか、企業への税の優遇制度を導入して開発を進めています。

「1年の総括」は、国民からの質問に答える「直接対話」と大規模な記者会見を一本化したもので、ことしで2回目です。"""),
    ("http://kremlin.ru/events/president/news/75909", "ru", "2024-12-19",
     "Итоги года с Владимиром Путиным",
     """Итоги года с Владимиром Путиным

19 декабря 2024 года, 12:00, Москва, Гостиный двор

<...>

Е.Кузнецова (ГТРК "Сахалин"): Владимир Владимирович, Сахалинская область. Курильчане спрашивают, что будет с островами дальше, - и как быть с Японией, которая по-прежнему на них претендует?

В.Путин: Мы никогда не отказывались от переговоров по мирному договору. Прервала их японская сторона, когда присоединилась к санкциям.

Курилы - наша территория. Мы их развиваем и будем развивать: льготный режим для бизнеса работает, строим дороги, порт, аэропорт. Японские компании - пожалуйста, если захотят.

Но посмотрите, что происходит. Американцы уже привозили в Японию на учения свой комплекс "Тайфон". Если в Японии появятся американские ракеты средней дальности - о каком мирном договоре можно говорить? Мы вынуждены будем отвечать, в том числе на Дальнем Востоке.

Если Токио готов вернуться к диалогу - мы готовы. Дверь закрывали не мы.

Д.Песков: Спасибо. Переходим к экономике. Пожалуйста.

Вопрос: Ключевая ставка 21%, кредиты для бизнеса стали неподъемными...

В.Путин: Инфляция в этом году превысит 9%, это тревожный сигнал. Центральный банк действует в рамках своих полномочий, но, на мой взгляд, можно было бы раньше использовать и другие инструменты. Экономика при этом растет - почти 4%.

<...>"""),
    ("https://english.kyodonews.net/news/2024/12/7c4e1a9d2f60-putin-says-russia-ready-to-resume-dialogue-if-tokyo-is.html", "en", "2024-12-20",
     "Putin says Russia never quit peace talks, ready if Tokyo returns",
     """MOSCOW - Russian President Vladimir Putin said Thursday that Moscow had never walked away from negotiations on a peace treaty with Japan, blaming Tokyo's decision to join Western sanctions over Ukraine for the freeze.

Putin, speaking during his annual televised question-and-answer session, said Russia would be prepared to talk if Japan showed willingness to come back to the table, adding that it was not Moscow that had shut the door.

Russia announced in March 2022 that it would suspend the treaty negotiations in response to sanctions Japan imposed after the invasion of Ukraine.

Japan's government has said it remains committed to resolving the territorial dispute and signing a treaty.

==Kyodo"""),
    ("https://www.interfax.ru/russia/997341", "ru", "2024-12-20",
     "Песков: мяч на японской стороне",
     """Москва. 20 декабря. INTERFAX.RU - Возобновление диалога с Японией зависит от Токио, никаких предварительных условий у Москвы нет, кроме отказа японской стороны от недружественного курса, заявил пресс-секретарь президента РФ Дмитрий Песков.

"Мяч на японской стороне. Никаких предварительных условий с нашей стороны нет, кроме одного - Япония должна отказаться от недружественного курса. Ничего нового в позиции президента нет, это напоминание", - сказал Песков журналистам в пятницу, комментируя слова Владимира Путина в ходе "Итогов года".

Накануне Путин заявил, что Россия готова вернуться к диалогу, если к этому готов Токио.

Песков также сообщил, что Кремль пока не получал сигналов от новой администрации США о сроках возможных контактов. "Мы открыты, но инициатива должна исходить от них", - отметил он."""),
    ("https://www3.nhk.or.jp/news/html/20241220/k10014674621000.html", "ja", "2024-12-20",
     "林官房長官 プーチン氏発言「全く受け入れられない」",
     """林官房長官は20日午前の記者会見で、ロシアのプーチン大統領が19日、平和条約交渉について「一度も拒んだことはない。中断したのは日本側だ」と述べたことについて質問されました。

これに対し林官房長官は「交渉を拒んだことはないというロシア側の主張は全く受け入れられない。平和条約交渉の中断を一方的に表明したのはロシアだ。領土問題を解決して平和条約を締結するという方針は堅持していく」と述べました。

また林官房長官は、来年度予算案の編成作業について「物価上昇を上回る賃上げの定着に向けて、必要な予算を確保したい」と述べました。

政府は、ロシアによるウクライナ侵略が続くなか、G7と連携して制裁を続ける方針です。

北方領土問題をめぐっては、ロシアが2022年3月に平和条約交渉の中断を表明したほか、北方四島周辺での日本漁船の操業をめぐる協定の履行も停止していて、元島民による墓参も5年連続で実現していません。

林官房長官は、ロシアによるウクライナ侵略が続く限り、G7をはじめとする国際社会と連携して対ロ制裁を続ける考えも示しました。

北方四島周辺では、ことしもロシア軍による演習が繰り返し行われ、日本政府はそのたびに抗議してきました。

政府は、元島民の高齢化が進むなか、北方墓参の再開を優先課題として、引き続きロシア側に求めていく方針です。日ロ間の人の往来も、大幅に減ったままとなっています。（政治部）"""),
    ("https://sputniknews.jp/20241220/19412203.html", "ja", "2024-12-20",
     "プーチン大統領「クリル諸島はわれわれの領土、日本企業も歓迎」",
     """スプートニク日本

ロシアのプーチン大統領は19日、「1年の総括」で、クリル諸島はロシアの領土であり、今後も発展させていくと述べた。プーチン大統領は、島では企業向けの優遇制度が機能しており、道路や港、空港の建設が進んでいると説明し、「日本企業も、望むならどうぞ」と語った。

プーチン大統領はまた、平和条約交渉について、ロシアは一度も拒否したことはなく、制裁に加わって交渉を中断したのは日本側だと指摘した。

質問したのは、サハリン国営テレビ・ラジオ放送局の記者だった。

プーチン大統領は「1年の総括」で、約4時間半にわたって国民やジャーナリストの質問に答え、特別軍事作戦の進展や、インフレ率が今年9％を超える見通しであることなどにも言及した。ロシアは2022年、クリル諸島で事業を行う企業の税負担を大幅に軽くする優遇制度を導入している。

クリル諸島では近年、空港や港湾、住宅の整備が進み、人口は増加傾向にある。サハリン州政府によると、島には約2万人が暮らしている。

大統領の答えは、サハリンのテレビ局の記者が、島の住民の声として、クリル諸島の将来や日本との関係について尋ねたのに応じたもの。

露日間の平和条約交渉は、2022年3月から中断している。ロシアは、日本の対露制裁を非友好的な行為とみなしている。クリル諸島では今年、新しい学校や病院も開設された。

関連ニュース：プーチン大統領、中距離ミサイル「オレシニク」に言及"""),
    ("https://www.hokkaido-np.co.jp/article/1104117", "ja", "2024-12-21",
     "プーチン氏「日本企業もどうぞ」　北方領土の開発誇示　元島民「悔しい」",
     """ロシアのプーチン大統領が19日の「1年の総括」で、北方領土を含むクリール諸島を「われわれの領土」と言い切り、開発の継続を誇示したことに、根室管内の元島民からは落胆の声が上がった。

プーチン氏は「優遇制度は機能しており、道路や港、空港を造っている。日本企業も、望むならどうぞ」と語った。ロシアは2022年、北方領土を含む島々で企業の税負担を大幅に軽くする特区制度の運用を始めている。

国後島出身の男性（89）は「島がどんどんロシアの町になっていく。生きているうちに墓参りに行きたいだけなのに」と唇をかむ。択捉島出身の女性（86）は「日本企業も、という言葉には悔しさしか感じない」と話した。

北方四島への墓参や交流事業は、2020年から5年連続で実施できていない。

ロシアが2022年3月に平和条約交渉の中断を一方的に表明して以降、日ロ間の公式な対話は途絶えている。根室市内では、返還運動の後継者不足も課題になっている。

根室市の納沙布岬からは、晴れた日には約3.7キロ先の貝殻島や歯舞群島を望むことができる。今年も年末を前に、岬の展望施設を訪れる人の姿が見られた。

根室市では来年2月7日の「北方領土の日」に向け、返還要求運動の啓発行事の準備が進められている。市内の商店街には、返還を訴える看板が今も並ぶ。色丹島出身の男性（90）は「島の話を聞いてくれる若い人が減った。このままでは記憶ごと消えてしまう」と話している。"""),
    ("https://far-east-brief.example/2024/12/22/", "en", "2024-12-22",
     "Far East Brief: Putin's year-end, Tokyo's answer",
     """FAR EAST BRIEF | Sunday, December 22, 2024

JAPAN. Vladimir Putin used a question from Sakhalin at his four-and-a-half-hour year-end show to insist that Russia had never quit peace treaty talks with Japan, and in the same answer warned that if U.S. intermediate-range missiles turned up in Japan, there would be nothing left to talk about. Tokyo pushed back on Friday: Chief Cabinet Secretary Yoshimasa Hayashi called the claim completely unacceptable and said it was Russia that had unilaterally suspended the talks.

Our view: the missile line matters more than the treaty line. Moscow is telling Tokyo, and Washington, that the price of any thaw is on the security ledger, not the territorial one.

KOREA. Seoul's political crisis continues after the National Assembly voted to impeach President Yoon Suk Yeol.

CHINA. Beijing announced new export curbs on some critical minerals."""),
]

STORIES = {name: value for name, value in dict(globals()).items() if name.endswith("_STORY")}

# per report, the treaty remarks it carries: (speaker, remark id). Leads that retell the quote below them are the
# same remark and listed once per report (a report's count is of remarks, not of sentences).
REMARKS = {
    "LAVROV_PRESSER_2017_STORY": [
        [("Sergei Lavrov", "L1")],   # RIA's flash: the first point only
        [("Sergei Lavrov", "L2")],   # TASS: the second point only
        [("Sergei Lavrov", "L1"), ("Sergei Lavrov", "L3")],   # Kyodo: L3 first here
        [("Sergei Lavrov", "L4")],   # Interfax's ticker: one line, the fourth point
        [("Sergei Lavrov", "L1"), ("Sergei Lavrov", "L4"), ("Sergei Lavrov", "L2"), ("Sergei Lavrov", "L3")],   # mid.ru
        [("Sergei Lavrov", "L1"), ("Sergei Lavrov", "L2")],   # TASS English
        [("Sergei Lavrov", "L2"), ("Sergei Lavrov", "L3")],   # Kommersant: merged in one sentence
        [("Yoshihide Suga", "S1"), ("Sergei Lavrov", "L1")],   # L1 retold in the question
        [("Maria Zakharova", "Z1"), ("Yoshihide Suga", "S1")],   # the spokeswoman explaining her minister
        [("Sergei Lavrov", "L1"), ("Sergei Lavrov", "L3"), ("Yoshihide Suga", "S1")],   # Kyodo English analysis
        [("Fumio Kishida", "K1"), ("Maria Zakharova", "Z1")],
    ],
    "KREMLIN_2018_STORY": [
        [("Vladimir Putin", "P1")],
        [("Shinzo Abe", "A1")],
        [("Vladimir Putin", "P2")],   # TASS: Putin's other point only
        [("Shinzo Abe", "A2"), ("Shinzo Abe", "A1")],   # Kyodo: A2 first here
        [("Vladimir Putin", "P2"), ("Vladimir Putin", "P1"), ("Shinzo Abe", "A2"), ("Shinzo Abe", "A1")],   # transcript
        [("Vladimir Putin", "P1"), ("Shinzo Abe", "A1")],   # TASS English
        [("Shinzo Abe", "A3"), ("Shinzo Abe", "A1")],   # the same evening, another occasion
        [("Vladimir Putin", "P1"), ("Dmitry Peskov", "PK1")],   # P1 replayed; the spokesman's explanation
        [("Yoshihide Suga", "S1"), ("Vladimir Putin", "P1")],
        [("Shinzo Abe", "A1"), ("Shinzo Abe", "A3"), ("Vladimir Putin", "P1"), ("Dmitry Peskov", "PK1")],
    ],
    "VALDAI_2018_STORY": [
        [("Vladimir Putin", "P2")],   # Interfax's ticker: one line from the middle of the answer
        [("Vladimir Putin", "P1")],
        [("Vladimir Putin", "P1"), ("Vladimir Putin", "P3")],   # NHK: P3 first here
        # the transcript: P4 first here
        [("Vladimir Putin", "P1"), ("Vladimir Putin", "P2"), ("Vladimir Putin", "P3"), ("Vladimir Putin", "P4")],
        [("Vladimir Putin", "P1"), ("Vladimir Putin", "P2")],   # Kyodo English
        [("Vladimir Putin", "P2")],   # Sputnik Japan
        [("Dmitry Peskov", "PK1"), ("Vladimir Putin", "P1")],
        [("Yoshihide Suga", "S1"), ("Vladimir Putin", "P1"), ("Vladimir Putin", "P3")],
        [("Vladimir Putin", "P1"), ("Vladimir Putin", "P3"), ("Yoshihide Suga", "S1")],   # P1 and P3 merged
        [("Vladimir Putin", "P2"), ("Vladimir Putin", "P1")],   # editorial
    ],
    "ABE_NHK_2019_STORY": [
        [("Shinzo Abe", "A2")],
        [("Shinzo Abe", "A1")],   # Jiji: another point of the same interview
        [("Shinzo Abe", "A1")],   # RIA via Jiji
        [("Shinzo Abe", "A3"), ("Shinzo Abe", "A2")],   # Kyodo: A3 first here
        [("Shinzo Abe", "A2"), ("Shinzo Abe", "A1"), ("Shinzo Abe", "A3")],   # NHK's full write-up
        [("Yoshihide Suga", "S1"), ("Shinzo Abe", "A1")],   # the spokesman explaining the prime minister
        [("Shinzo Abe", "A1"), ("Yoshihide Suga", "S1")],   # TASS English
        [("Maria Zakharova", "Z1"), ("Shinzo Abe", "A1")],
        [("Yoshihide Suga", "S2"), ("Maria Zakharova", "Z1")],   # Suga again, another occasion
        [("Shinzo Abe", "A2"), ("Shinzo Abe", "A1"), ("Maria Zakharova", "Z1")],   # A1 and A2 merged
    ],
    "PUTIN_PRESSER_2019_STORY": [
        [("Vladimir Putin", "P1")],   # RIA's ticker: one line
        [("Vladimir Putin", "P3")],   # NHK: the missile point only
        [("Vladimir Putin", "P2")],   # Interfax: the sovereignty point only
        [("Vladimir Putin", "P1"), ("Vladimir Putin", "P4")],   # TASS English: P4 first here
        [("Vladimir Putin", "P1"), ("Vladimir Putin", "P2"), ("Vladimir Putin", "P3"), ("Vladimir Putin", "P4")],
        [("Vladimir Putin", "P2"), ("Vladimir Putin", "P3")],   # Kyodo English: merged
        [("Yoshihide Suga", "S1"), ("Vladimir Putin", "P3"), ("Vladimir Putin", "P1")],   # P1 recalled
        [("Toshimitsu Motegi", "MO1"), ("Vladimir Putin", "P2")],
        [("Dmitry Peskov", "PK1"), ("Vladimir Putin", "P3")],   # the spokesman explaining the president
        [("Vladimir Putin", "P1"), ("Vladimir Putin", "P2"), ("Dmitry Peskov", "PK1")],   # Asahi's analysis
    ],
    "SUGA_SPEECH_2020_STORY": [
        [],   # NHK's first report: the speech's non-treaty parts only
        [("Yoshihide Suga", "S1")],   # Kyodo English: S1 paraphrased
        [("Yoshihide Suga", "S1")],   # the full text
        [("Yoshihide Suga", "S1")],   # TASS
        [("Katsunobu Kato", "K1"), ("Yoshihide Suga", "S1")],   # the spokesman on what the speech left out; S1 recalled
        [("Yoshihide Suga", "S2"), ("Yoshihide Suga", "S1")],   # the answer to Edano; S1 recalled
        [("Yoshihide Suga", "S3"), ("Yoshihide Suga", "S2")],   # the answer to Baba: S3 first here
        [("Yoshihide Suga", "S2")],   # RIA
        [("Maria Zakharova", "Z1"), ("Yoshihide Suga", "S1")],
        [("Yoshihide Suga", "S2"), ("Yoshihide Suga", "S3"), ("Katsunobu Kato", "K1")],   # S2 and S3 merged
        [("Yoshihide Suga", "S1"), ("Yoshihide Suga", "S3")],   # Hokkaido Shimbun
    ],
    "LAVROV_PRESSER_2023_STORY": [
        [("Sergei Lavrov", "L2")],   # TASS's flash
        [("Sergei Lavrov", "L3")],   # RIA: L3 only (and the non-treaty militarisation words)
        [("Sergei Lavrov", "L2"), ("Sergei Lavrov", "L3")],   # mid.ru
        [("Sergei Lavrov", "L2")],   # NHK
        [("Sergei Lavrov", "L5"), ("Sergei Lavrov", "L2")],   # the evening TV interview: another occasion
        [("Sergei Lavrov", "L2"), ("Sergei Lavrov", "L3")],   # TASS English
        [("Hirokazu Matsuno", "M1"), ("Sergei Lavrov", "L2")],
        [("Hirokazu Matsuno", "M1"), ("Sergei Lavrov", "L2")],   # NHK World Russian
        [("Yoshimasa Hayashi", "H1"), ("Sergei Lavrov", "L5")],
        [("Sergei Lavrov", "L2"), ("Sergei Lavrov", "L5"), ("Hirokazu Matsuno", "M1")],   # L2 and L5 merged
    ],
    "PUTIN_RESULTS_2024_STORY": [
        [("Vladimir Putin", "P1")],   # RIA's ticker: one line
        [("Vladimir Putin", "P4")],   # TASS: the last point only
        [("Vladimir Putin", "P1"), ("Vladimir Putin", "P3")],   # NHK: P3 first here
        # the transcript: P2 first here
        [("Vladimir Putin", "P1"), ("Vladimir Putin", "P2"), ("Vladimir Putin", "P3"), ("Vladimir Putin", "P4")],
        [("Vladimir Putin", "P1"), ("Vladimir Putin", "P4")],   # Kyodo English
        [("Dmitry Peskov", "PK1"), ("Vladimir Putin", "P4")],   # the spokesman explaining the president
        [("Yoshimasa Hayashi", "HY1"), ("Vladimir Putin", "P1")],
        [("Vladimir Putin", "P2"), ("Vladimir Putin", "P1")],   # Sputnik Japan
        [("Vladimir Putin", "P2")],   # Hokkaido Shimbun
        [("Vladimir Putin", "P1"), ("Vladimir Putin", "P3"), ("Yoshimasa Hayashi", "HY1")],   # P1 and P3 merged
    ],
}


EXPECTED = {
    "LAVROV_PRESSER_2017_STORY": [("ria.ru", "Sergei Lavrov"), ("tass.ru", "Sergei Lavrov"),
                                  ("this.kiji.is", "Sergei Lavrov"), ("www.interfax.ru", "Sergei Lavrov"),
                                  ("www3.nhk.or.jp", "Yoshihide Suga"), ("www.interfax.ru", "Maria Zakharova"),
                                  ("www.jiji.com", "Fumio Kishida")],
    "KREMLIN_2018_STORY": [("ria.ru", "Vladimir Putin"), ("www3.nhk.or.jp", "Shinzo Abe"),
                           ("tass.ru", "Vladimir Putin"), ("this.kiji.is", "Shinzo Abe"),
                           ("www3.nhk.or.jp", "Shinzo Abe"), ("www.vesti.ru", "Dmitry Peskov"),
                           ("www.jiji.com", "Yoshihide Suga")],
    "VALDAI_2018_STORY": [("www.interfax.ru", "Vladimir Putin"), ("ria.ru", "Vladimir Putin"),
                          ("www3.nhk.or.jp", "Vladimir Putin"), ("kremlin.ru", "Vladimir Putin"),
                          ("www.rbc.ru", "Dmitry Peskov"), ("www.jiji.com", "Yoshihide Suga")],
    "ABE_NHK_2019_STORY": [("www3.nhk.or.jp", "Shinzo Abe"), ("www.jiji.com", "Shinzo Abe"),
                           ("this.kiji.is", "Shinzo Abe"), ("www3.nhk.or.jp", "Yoshihide Suga"),
                           ("www.interfax.ru", "Maria Zakharova"), ("english.kyodonews.net", "Yoshihide Suga")],
    "PUTIN_PRESSER_2019_STORY": [("ria.ru", "Vladimir Putin"), ("www3.nhk.or.jp", "Vladimir Putin"),
                                 ("www.interfax.ru", "Vladimir Putin"), ("tass.com", "Vladimir Putin"),
                                 ("www.jiji.com", "Yoshihide Suga"), ("www3.nhk.or.jp", "Toshimitsu Motegi"),
                                 ("tass.ru", "Dmitry Peskov")],
    "SUGA_SPEECH_2020_STORY": [("english.kyodonews.net", "Yoshihide Suga"), ("www3.nhk.or.jp", "Katsunobu Kato"),
                               ("www.jiji.com", "Yoshihide Suga"), ("www.sankei.com", "Yoshihide Suga"),
                               ("www.interfax.ru", "Maria Zakharova")],
    "LAVROV_PRESSER_2023_STORY": [("tass.ru", "Sergei Lavrov"), ("ria.ru", "Sergei Lavrov"),
                                  ("www.interfax.ru", "Sergei Lavrov"), ("www.jiji.com", "Hirokazu Matsuno"),
                                  ("mainichi.jp", "Yoshimasa Hayashi")],
    "PUTIN_RESULTS_2024_STORY": [("ria.ru", "Vladimir Putin"), ("tass.ru", "Vladimir Putin"),
                                 ("www3.nhk.or.jp", "Vladimir Putin"), ("kremlin.ru", "Vladimir Putin"),
                                 ("www.interfax.ru", "Dmitry Peskov"), ("www3.nhk.or.jp", "Yoshimasa Hayashi")],
}
