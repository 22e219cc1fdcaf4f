"""Probe stories, round 9: THE STORY THAT GROWS.

Eight hand-written multi-outlet stories (2012-2025) about the Russia-Japan peace treaty and the Southern Kurils /
Northern Territories, in Russian, Japanese and English. Each story is a list of 8-12 pages (reports) in the order
treatywatch would process them. The theme is a story that grows: a wire flash, then "UPDATE 1" / "UPDATE 2"
versions at their own URLs that keep the earlier paragraphs and add new ones, a "CORRECTED" version that fixes a word
in a quote or a speaker's title, live blogs fetched several times (each snapshot is its own report; old entries are
repeats, new entries new), a "what we know" explainer, a next-day wrap in another language, an aggregator's copy of
an update and a content-farm rewrite. Some stories add a second occasion the next day on which the same speaker says
similar words again.

Rule for remark ids: a remark id names ONE utterance (same speaker, same words, same occasion). Two distinct points by
the same speaker in one answer or speech get two ids; the same speaker on another occasion (another day, another
press conference, another interview, the other house of the Diet) gets a new id however close the words. A lead
retelling the quote below it is the same remark (listed once per report). A recollection ("on Tuesday Lavrov
said ...") is the recalled remark. A corrected quote is the same utterance. A translation or paraphrase is the same
utterance. Only TREATY remarks are listed (peace treaty, treaty talks, sovereignty over / handover of the islands,
the 1956 Declaration as a basis). The same officials on sanctions, Ukraine, fisheries, energy, visas, grave visits
are no remarks (spans of them are in NOT_STATEMENTS), and neither are background paragraphs, documents, events,
anonymous sources, journalists' questions, experts and the writers' analysis. A report with no treaty remark has an
empty list.

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
# Story 1 - HIKIWAKE_2012_STORY (1-3 March 2012). Prime Minister Vladimir Putin, days before the presidential
# election, meets foreign newspaper editors at Novo-Ogaryovo and talks judo: a "hikiwake" (draw) on the islands,
# a "hajime" command to the diplomats, the 1956 Declaration. Next day his press secretary Peskov and Lavrov.
#  1 Reuters flash (en)             P1 NEW (hikiwake)
#  2 Reuters UPDATE 1 (en)          P1 repeat, P2 NEW ("hajime"); Putin on gas for Japan (non-treaty); background
#  3 Reuters UPDATE 2 (en)          P1, P2 repeat, P3 NEW (1956 Declaration); Asahi editor's question (trap)
#  4 RIA Novosti (ru)               P1, P2, P3 repeat (translated); energy line (non-treaty); background
#  5 Asahi (ja)                     P1, P2, P3 repeat (translated); the 1956 text itself (document); energy
#  6 content farm copy of UPDATE 2  P1, P2, P3 repeat (reworded)
#  7 Interfax (ru), 2 March         K1 NEW (Peskov: no concessions, sovereignty not in question), P1 recalled
#  8 ITAR-TASS (ru), 2 March        L1 NEW (Lavrov: calm dialogue on the peace treaty); Syria (non-treaty); question
#  9 Japan Times "what we know"     P1, P3, K1, L1 repeat; expert and poll (traps)
# 10 Kyodo (en) wrap, 3 March       P1, P2, K1, L1 repeat; anonymous Foreign Ministry official (trap)
# ===========================================================================================================

_HK_LEAD = """NOVO-OGARYOVO, Russia, March 1 (Reuters) - Prime Minister Vladimir Putin, widely expected to return to the Kremlin after Sunday's presidential election, said on Thursday he wanted the decades-old island row with Japan settled in a way that leaves neither side the loser, borrowing the judo term "hikiwake", or draw."""

_HK_P1 = """"We need to arrive at a hikiwake, a result in which nobody walks away feeling beaten," Putin told a group of editors from foreign newspapers at his country residence outside Moscow."""

_HK_P2 = """Putin, who holds a black belt in judo, said he would give the diplomats of both countries a fresh push if he won the vote. "Once I am president, I will call in our foreign ministry and the Japanese one and give them the command 'hajime' - begin," he said, using the word a judo referee calls out to start a bout."""

_HK_ENERGY = """He also dangled closer energy ties in front of Tokyo, which has had to import far more fuel since last year's nuclear disaster at Fukushima. "Japan needs gas and we have it. We can raise deliveries from Sakhalin quickly," Putin said."""

_HK_BACKGROUND = """The four islands, seized by Soviet troops in the final days of World War Two and known in Russia as the Southern Kurils and in Japan as the Northern Territories, have prevented the two countries from signing a formal peace treaty.

Ties hit a low in 2010 when President Dmitry Medvedev became the first Russian leader to set foot on one of the islands, prompting Tokyo to recall its ambassador for consultations."""

_HK_P3 = """Asked by the chief editor of Japan's Asahi Shimbun whether he was prepared to make a bold move on the islands, Putin went back to a 1956 joint declaration under which Moscow agreed to hand over the two smaller islands once a peace treaty was signed.

"The Soviet Union ratified that declaration, and it was Japan that stepped back from it. We are prepared to return to it, but it has to be read as a whole," Putin said.

Japan has long insisted on the return of all four islands, while Moscow has at most held out the prospect of the two smaller ones, Shikotan and the Habomai group."""

_HK_CREDIT = """(Reporting by Pavel Korolyov; Additional reporting by Hiroko Tanabe in Tokyo; Editing by Clare Ashworth)

© Thomson Reuters 2012. All rights reserved."""

HIKIWAKE_2012_STORY = [
    ("https://www.reuters.com/article/us-russia-japan-putin-idUSBRE8200KQ20120301", "en", "2012-03-01",
     "Putin says wants judo-style \"draw\" in island row with Japan",
     """Putin says wants judo-style "draw" in island row with Japan

By Pavel Korolyov

""" + _HK_LEAD + " " + _HK_P1 + """

(Reporting by Pavel Korolyov; Editing by Clare Ashworth)

© Thomson Reuters 2012. All rights reserved.

Related News
Putin opponents plan rally in Moscow after the vote
Russian shares steady ahead of presidential election
Japan's trade deficit widens as fuel imports soar"""),

    ("https://www.reuters.com/article/russia-japan-putin-idUSL5E8E14HV20120301", "en", "2012-03-01",
     "UPDATE 1-Putin wants judo-style \"draw\" with Japan, vows fresh start on islands",
     """UPDATE 1-Putin wants judo-style "draw" with Japan, vows fresh start on islands

* Putin says wants outcome in which neither side loses
* Says would order diplomats to restart talks if elected
* Offers Japan more energy after Fukushima disaster

(Adds comments on negotiations, energy, background)

By Pavel Korolyov

""" + "\n\n".join([_HK_LEAD, _HK_P1, _HK_P2, _HK_ENERGY, _HK_BACKGROUND, _HK_CREDIT])),

    ("https://www.reuters.com/article/russia-japan-putin-idUSL5E8E14HV20120301-update2", "en", "2012-03-01",
     "UPDATE 2-Putin wants judo-style \"draw\" with Japan, points to 1956 declaration",
     """UPDATE 2-Putin wants judo-style "draw" with Japan, points to 1956 declaration

* Putin says wants outcome in which neither side loses
* Says would order diplomats to restart talks if elected
* Says Soviet Union ratified 1956 declaration, Japan walked away
* Offers Japan more energy after Fukushima disaster

(Adds Putin comments on 1956 declaration, paragraphs 4-6)

By Pavel Korolyov

""" + "\n\n".join([_HK_LEAD, _HK_P1, _HK_P2, _HK_P3, _HK_ENERGY, _HK_BACKGROUND, _HK_CREDIT])),

    ("https://ria.ru/20120302/583990152.html", "ru", "2012-03-02",
     "Путин предложил решить территориальный спор с Японией «ничьей»",
     """Путин предложил решить территориальный спор с Японией «ничьей»

МОСКВА, 2 мар — РИА Новости. Премьер-министр РФ Владимир Путин, встретившись в четверг вечером в Ново-Огарево с главными редакторами ведущих иностранных изданий, высказался за компромиссное урегулирование территориального спора с Японией, воспользовавшись термином из дзюдо «хикиваке» — ничья.

«Нам надо прийти к хикиваке — к такому результату, при котором никто не уходит с чувством поражения», — сказал Путин.

По его словам, после выборов он намерен дать новый импульс переговорам. «Когда стану президентом, вызову наш МИД и японский и дам им команду "хадзимэ" — начинайте», — пообещал премьер, обладатель черного пояса по дзюдо.

Путин напомнил, что декларация 1956 года была ратифицирована Верховным Советом СССР, а отошла от нее именно японская сторона. «Мы готовы к ней вернуться, но читать ее нужно целиком», — подчеркнул он.

Премьер также заявил, что Россия могла бы быстро нарастить поставки энергоносителей в Японию, пострадавшую от аварии на АЭС «Фукусима-1».

Россия и Япония после окончания Второй мировой войны так и не заключили мирный договор. Токио претендует на острова Итуруп, Кунашир, Шикотан и группу необитаемых островов Хабомаи, ссылаясь на двусторонний трактат о торговле и границах 1855 года.

Читайте также:
Путин: выборы должны пройти честно и прозрачно
Медведев на Кунашире: хроника визита

Теги: Япония, Курилы, Владимир Путин, В мире"""),

    ("https://www.asahi.com/international/update/0302/TKY201203010756.html", "ja", "2012-03-02",
     "北方領土「引き分けで解決を」　プーチン首相、本社主筆らと会見",
     """北方領土「引き分けで解決を」　プーチン首相、本社主筆らと会見

【モスクワ＝長谷川卓】ロシアのプーチン首相は1日夜、モスクワ郊外の公邸で朝日新聞の主筆ら主要国の新聞編集幹部と会見した。北方領土問題について柔道用語の「引き分け」を使い、「双方とも負けたと感じない、引き分けのような結果に至らなければならない」と語り、妥協による解決を目指す考えを示した。

4日の大統領選で当選が確実視されるプーチン氏は、「大統領になったら両国の外務省を呼び、『始め』の号令をかける」とも述べ、停滞している交渉を動かす意欲を見せた。

また、1956年の日ソ共同宣言について「ソ連は批准したが、そこから離れたのは日本だ。我々は宣言に立ち返る用意があるが、全体として読まなければならない」と指摘した。共同宣言は、平和条約締結後に歯舞群島と色丹島を日本に引き渡すと定めている。

東日本大震災後の日本のエネルギー事情にも触れ、「日本はガスを必要としており、我々にはそれがある」と述べ、サハリンからの供給拡大に意欲を示した。

プーチン氏の発言の真意をめぐっては、日本側でさまざまな受け止めが出そうだ。

プーチン氏は2000年から08年まで大統領を務めた後、首相に転じた。今回の選挙で勝てば、通算3期目の大統領となる。会見には日本のほか、米英仏独などの新聞幹部が出席した。

関連記事
・ロシア大統領選、4日投票　プーチン氏の優位揺るがず
・メドベージェフ大統領の国後島訪問から1年余り　冷え込む日ロ関係

この記事の続きをお読みいただくには、朝日新聞デジタルのお申し込みが必要です。"""),

    ("https://globalbreakingnews24.example/2012/03/02/putin-wants-draw-with-japan-over-islands/", "en", "2012-03-02",
     "Putin Wants \"Draw\" With Japan Over Islands, Promises To Shout \"Hajime\"",
     """Putin Wants "Draw" With Japan Over Islands, Promises To Shout "Hajime"

Posted by admin | March 2, 2012 | World News | 0 Comments

Russian Prime Minister Vladimir Putin which is expected to come back to the Kremlin after Sunday election has said he want the long island dispute with Japan to end in a way where no side is the loser, using the judo word "hikiwake" which means draw.

"We need to arrive to a hikiwake, a result where nobody walks away feeling beaten," Putin told editors of foreign newspapers at his residence near Moscow on Thursday.

Putin who is a judo black belt said he will push the diplomats of both countries if he wins. "Once I am president, I will call in our foreign ministry and the Japanese one and give them the command 'hajime' - begin," he said.

Answering the question of the Asahi Shimbun editor, Putin talked about the 1956 declaration where Moscow agreed to give the two smaller islands after a peace treaty. "The Soviet Union ratified that declaration, and it was Japan that stepped back from it. We are prepared to return to it, but it must be read as a whole," Putin said.

Putin also said Japan needs gas after Fukushima and Russia can quickly send more from Sakhalin.

The islands were taken by the Soviet army at end of World War Two and there is still no peace treaty between the countries.

Source: Reuters

Tags: Putin, Japan, Kuril Islands, judo, Russia

Share on Facebook | Tweet | Email

YOU MAY ALSO LIKE
10 Photos Of Putin Doing Sports You Need To See
Japan Earthquake One Year After: Shocking Pictures"""),

    ("https://www.interfax.ru/russia/233917", "ru", "2012-03-02",
     "Песков: «ничья» с Японией не означает уступок по Курилам",
     """Песков: «ничья» с Японией не означает уступок по Курилам

Москва. 2 марта. INTERFAX.RU - Высказывание Владимира Путина о «ничьей» в территориальном споре с Японией не следует толковать как готовность Москвы к уступкам, заявил пресс-секретарь премьер-министра Дмитрий Песков.

«Премьер говорил о поиске решения, которое устроило бы обе стороны, а не о передаче чего-либо. Суверенитет России над южными Курилами под сомнение не ставится», - сказал Песков "Интерфаксу" в пятницу.

Накануне Путин на встрече с главными редакторами иностранных газет предложил добиваться в споре «хикиваке», то есть ничьей, при которой «никто не уходит с чувством поражения».

Песков также сообщил, что в воскресенье Путин проголосует на избирательном участке в Москве, а вечером будет находиться в своем предвыборном штабе.

Как сообщалось, в ноябре 2010 года остров Кунашир посетил президент Дмитрий Медведев, что вызвало резкий протест Токио. Япония претендует на четыре острова южной части Курильской гряды.

Все новости по теме:
Выборы президента России - 2012

Теги: Дмитрий Песков, Япония, Курилы"""),

    ("https://www.itar-tass.com/c1/354721.html", "ru", "2012-03-02",
     "Лавров: Москва готова к спокойному диалогу с Токио по мирному договору",
     """Лавров: Москва готова к спокойному диалогу с Токио по мирному договору

МОСКВА, 2 марта. /ИТАР-ТАСС/. Россия готова продолжать диалог с Японией по проблеме мирного договора в спокойной и деловой атмосфере. Об этом заявил сегодня министр иностранных дел РФ Сергей Лавров на пресс-конференции по итогам переговоров с главой МИД Монголии.

Журналисты спросили министра, изменится ли подход Москвы к переговорам с Токио после президентских выборов.

«Мы никогда не уклонялись от разговора с японскими коллегами о мирном договоре. Вести его нужно без эмоций и ультиматумов, опираясь на документы, согласованные за эти годы», - сказал Лавров.

Говоря о ситуации в Сирии, глава российского МИД повторил, что Москва выступает против любого внешнего вмешательства во внутренние дела этой страны и призывает все стороны к прекращению насилия.

Переговоры о мирном договоре между СССР, а затем Россией и Японией ведутся с середины 1950-х годов. Главным препятствием остается вопрос о принадлежности южных Курил.

/ИТАР-ТАСС/"""),

    ("https://www.japantimes.co.jp/news/2012/03/03/national/what-we-know-about-putins-hikiwake/", "en", "2012-03-03",
     "What we know about Putin's 'hikiwake' offer",
     """What we know about Putin's 'hikiwake' offer

by Kenji Morita
Staff Writer

Mar 3, 2012

Vladimir Putin's use of a judo term to describe a possible end to the Northern Territories dispute has set off a flurry of speculation in Tokyo. Here is what we know.

What did Putin say?

Meeting foreign newspaper editors Thursday night, the Russian prime minister said the two countries should aim for a "hikiwake," or draw, a result in which nobody walks away feeling beaten. He also said the Soviet Union had ratified the 1956 joint declaration and that Moscow was prepared to return to it, but that it has to be read as a whole.

How did Moscow follow up?

On Friday, Putin's spokesman, Dmitry Peskov, told Interfax that Putin had been talking about a solution both sides could accept, not about handing anything over, and that Russia's sovereignty over the islands was not in question. Foreign Minister Sergei Lavrov said the same day that Moscow had never shied away from talking about a peace treaty with Tokyo.

What do experts say?

"A draw in judo means nobody scores. That could mean two islands, or it could mean nothing at all," said Takeshi Iwamura, a specialist on Russian politics at a private university in Tokyo. Others point out that the 1956 declaration speaks only of Habomai and Shikotan.

What do the Japanese think?

A survey by a Hokkaido newspaper last autumn found that most respondents did not expect any progress on the islands within the next decade.

What happens next?

Russians vote Sunday. If Putin wins, as expected, he takes office in May, and diplomats on both sides expect the first contacts on the issue soon after.

Related
Putin mixes judo and diplomacy
Editorial: Read the 1956 declaration carefully"""),

    ("https://english.kyodonews.jp/news/2012/03/145318.html", "en", "2012-03-03",
     "Japan cautious over Putin's 'draw' remark on isles",
     """Japan cautious over Putin's 'draw' remark on isles

TOKYO, March 3, Kyodo

Japan reacted cautiously Saturday to Russian Prime Minister Vladimir Putin's call for a judo-style "draw" in the dispute over four Russian-held islands off Hokkaido, with officials saying they needed to see what he does after Sunday's presidential election.

Putin, who is almost certain to win, told foreign newspaper editors Thursday the two sides must reach an outcome in which nobody walks away feeling beaten. He also said that once he is president he would call in both foreign ministries and give them the command "hajime," or begin.

"Words are one thing. We will judge him by what he actually proposes," a senior Japanese Foreign Ministry official said on condition of anonymity.

On Friday Putin's spokesman Dmitry Peskov tempered expectations, saying Russia's sovereignty over the islands was not in question, while Foreign Minister Sergei Lavrov said Moscow had never avoided discussing a peace treaty.

The islands, known in Japan as the Northern Territories and in Russia as the Southern Kurils, were seized by Soviet forces at the end of World War II, and the dispute has prevented the two countries from concluding a postwar peace treaty.

==Kyodo

Related
Noda says Japan-Russia ties important for Asia-Pacific
Hokkaido fishermen hope for stable catch quotas"""),
]

# ===========================================================================================================
# Story 2 - ABE_MOSCOW_2013_STORY (29-30 April 2013). Shinzo Abe's official visit to Moscow: summit with Vladimir
# Putin, a joint statement to restart the stalled peace treaty talks, a joint press conference. Next day Foreign
# Minister Fumio Kishida to reporters, and Abe again before leaving Moscow (a second occasion, similar words).
#  1 Kyodo flash (en)                      no remark: only the joint statement (document) and the event
#  2 Kyodo UPDATE1 (en)                    A1 NEW (Abe: "abnormal", new life into talks), P1 NEW (Putin: solution
#                                          acceptable to both, ministers tasked)
#  3 NHK (ja)                              A1, P1 repeat (translated); joint statement (document); "2+2" (event);
#                                          energy (non-treaty); background
#  4 Kyodo UPDATE2 (en)                    A1, P1 repeat, P2 NEW (Putin: inherited problem, not overnight); LNG and
#                                          "2+2" (non-treaty)
#  5 ITAR-TASS (ru)                        P1, P2, A1 repeat; trade figures (non-treaty)
#  6 aggregator copy of Kyodo UPDATE2      A1, P1, P2 repeat
#  7 Jiji (ja), 30 April                   KI1 NEW (Kishida: vice-ministerial talks soon), A1 recalled; "2+2"
#                                          (non-treaty); anonymous government source
#  8 The Japan Times, 30 April             A2 NEW (Abe before leaving: "a new start" - second occasion), A1, P1 recalled
#  9 RIA Novosti (ru) wrap, 30 April       A2, KI1, P1 repeat; background
# ===========================================================================================================

_AM_LEAD = """Japanese Prime Minister Shinzo Abe and Russian President Vladimir Putin agreed Monday to restart negotiations on a postwar peace treaty, which have been stalled for years over a territorial dispute, according to a joint statement released after their talks in the Kremlin."""

_AM_STATEMENT = """The statement says the two leaders will instruct their foreign ministries to speed up work on a solution acceptable to both sides. Abe is the first Japanese prime minister to make an official visit to Russia in 10 years."""

_AM_DISPUTE = """The dispute centers on four Russian-held islands off Hokkaido -- Etorofu, Kunashiri, Shikotan and the Habomai islet group -- which Soviet forces seized at the end of World War II."""

_AM_A1P1 = """"It is abnormal that 67 years after the war ended we still have no peace treaty. President Putin and I agreed to put new life into the negotiations," Abe told a joint press conference after the talks.

Putin said the two leaders had told their foreign ministries to accelerate work toward an option that both countries could accept. "We want a solution that suits both Russia and Japan, and we have given our ministers the task of finding it," he said."""

_AM_P2 = """Putin also noted that the territorial problem was something the present leaders had inherited rather than created. "This issue was left to us by history. We are determined to deal with it, but nobody should expect it to be settled overnight," he said."""

_AM_ECON = """On the economic front, Putin said Japanese companies were welcome to join liquefied natural gas projects in the Russian Far East, while Abe said a new "two-plus-two" security dialogue of foreign and defense ministers would help build trust between the two countries."""

_AM_RELATED = """[Related]
Abe to visit Saudi Arabia, UAE, Turkey after Russia
Japan, Russia business forum draws record number of firms
Hokkaido governor hopes summit will help former islanders"""

ABE_MOSCOW_2013_STORY = [
    ("https://english.kyodonews.jp/news/2013/04/224561.html", "en", "2013-04-29",
     "Abe, Putin agree to restart stalled peace treaty talks",
     "Abe, Putin agree to restart stalled peace treaty talks\n\nMOSCOW, April 29, Kyodo\n\n"
     + "\n\n".join([_AM_LEAD, _AM_STATEMENT, _AM_DISPUTE]) + "\n\n==Kyodo\n\n" + _AM_RELATED),

    ("https://english.kyodonews.jp/news/2013/04/224574.html", "en", "2013-04-29",
     "UPDATE1: Abe, Putin agree to restart stalled peace treaty talks",
     "UPDATE1: Abe, Putin agree to restart stalled peace treaty talks\n\nMOSCOW, April 29, Kyodo\n\n"
     + "\n\n".join([_AM_LEAD, _AM_A1P1, _AM_STATEMENT, _AM_DISPUTE]) + "\n\n==Kyodo\n\n" + _AM_RELATED),

    ("https://www3.nhk.or.jp/news/html/20130429/k10014250531000.html", "ja", "2013-04-29",
     "日ロ首脳会談　平和条約交渉の再開で合意",
     """日ロ首脳会談　平和条約交渉の再開で合意
4月29日 23時45分

ロシアを訪れている安倍総理大臣は、日本時間の29日夜、モスクワのクレムリンでプーチン大統領と首脳会談を行い、停滞している北方領土問題を含む平和条約交渉を再開させることで合意しました。

会談のあとの共同記者会見で、安倍総理大臣は「戦後67年がたっても平和条約が締結されていないのは異常な状態だ。プーチン大統領と交渉に新たな息吹を吹き込むことで一致した」と述べました。

これに対し、プーチン大統領は「ロシアと日本の双方にとって受け入れ可能な解決策を望んでおり、両国の外相にその作業を指示した」と述べました。

両首脳は共同声明で、双方に受け入れ可能な形で問題を最終的に解決する交渉を加速させるよう、それぞれの外務省に指示することを確認しました。

また、両首脳は外務・防衛の閣僚協議、いわゆる「2プラス2」を新たに立ち上げることでも合意しました。安倍総理大臣は会見で、エネルギーや極東開発の分野で協力を一層進めたいという考えも示しました。

平和条約交渉は、3年前にメドベージェフ大統領（当時）が北方領土の国後島を訪れたことなどで冷え込み、事実上、停滞していました。

日本の総理大臣がロシアを公式訪問するのは10年ぶりです。安倍総理大臣は30日、次の訪問国のサウジアラビアに向かいます。

［関連ニュース］
・北方領土の元島民「交渉の前進を」
・日ロ経済フォーラム　過去最多の企業が参加"""),

    ("https://english.kyodonews.jp/news/2013/04/224590.html", "en", "2013-04-29",
     "UPDATE2: Abe, Putin agree to restart stalled peace treaty talks",
     "UPDATE2: Abe, Putin agree to restart stalled peace treaty talks\n\nMOSCOW, April 29, Kyodo\n\n"
     + "\n\n".join([_AM_LEAD, _AM_A1P1, _AM_P2, _AM_STATEMENT, _AM_ECON, _AM_DISPUTE]) + "\n\n==Kyodo\n\n" + _AM_RELATED),

    ("https://itar-tass.com/politika/712845", "ru", "2013-04-29",
     "Путин и Абэ договорились активизировать переговоры по мирному договору",
     """Путин и Абэ договорились активизировать переговоры по мирному договору

МОСКВА, 29 апреля. /ИТАР-ТАСС/. Президент России Владимир Путин и премьер-министр Японии Синдзо Абэ договорились придать новый импульс переговорам о мирном договоре.

«Мы хотим найти решение, которое устраивало бы и Россию, и Японию, и поручили министрам иностранных дел заняться этим», - сказал Путин на совместной пресс-конференции по итогам переговоров в Кремле.

По словам президента, эта проблема «досталась нам в наследство от истории». «Мы настроены ее решать, но никто не должен ожидать, что это произойдет в одночасье», - добавил он.

Синдзо Абэ, в свою очередь, назвал ненормальной ситуацию, при которой спустя 67 лет после войны между двумя странами нет мирного договора.

Путин также сообщил, что товарооборот между Россией и Японией в прошлом году достиг рекордных 32 млрд долларов, и пригласил японские компании к участию в проектах по сжижению газа на Дальнем Востоке.

Стороны договорились о создании формата «два плюс два» с участием министров иностранных дел и обороны. Первая встреча в этом формате может состояться до конца года.

Визит Абэ стал первым официальным визитом главы японского правительства в Россию за последние десять лет.

/ИТАР-ТАСС/"""),

    ("https://japannewsfeed.example/politics/2013/04/30/abe-putin-agree-to-restart-stalled-peace-treaty-talks/", "en", "2013-04-30",
     "Abe, Putin agree to restart stalled peace treaty talks | Japan News Feed",
     "Japan News Feed > Politics > Abe, Putin agree to restart stalled peace treaty talks\n\n"
     "UPDATE2: Abe, Putin agree to restart stalled peace treaty talks\n\nSource: Kyodo | Apr 30, 2013 02:14 JST\n\nMOSCOW, April 29, Kyodo\n\n"
     + "\n\n".join([_AM_LEAD, _AM_A1P1, _AM_P2, _AM_STATEMENT, _AM_ECON, _AM_DISPUTE])
     + "\n\nRead the full story at the source.\n\nMore headlines: Yen slips past 98 | Golden Week traffic peaks | Nadeshiko squad named"),

    ("https://www.jiji.com/jc/c?g=pol_30&k=2013043000412", "ja", "2013-04-30",
     "次官級協議、早期開催へ＝平和条約交渉で－岸田外相",
     """次官級協議、早期開催へ＝平和条約交渉で－岸田外相

【モスクワ時事】岸田文雄外相は30日午前（日本時間同日午後）、モスクワ市内で同行記者団に対し、北方領土問題を含む平和条約交渉について「次官級の協議をできるだけ早く開き、交渉を具体的に前に進めたい」と語った。

安倍晋三首相とプーチン大統領は29日の会談で交渉の再開で一致。安倍首相は会談後の共同記者会見で、戦後67年を経て平和条約がないのは「異常な状態だ」と述べていた。

岸田外相はまた、新設で合意した外務・防衛閣僚協議（2プラス2）について「安全保障分野での信頼醸成につなげたい」と述べ、年内の初会合を目指す考えを示した。

ただ、ロシア側は歯舞、色丹の2島引き渡しを明記した1956年の日ソ共同宣言を交渉の出発点とする立場で、四島の帰属問題の解決を求める日本との隔たりは大きい。

政府関係者は「首脳同士の信頼関係ができたのは大きい」と話している。

岸田外相は29日にはラブロフ外相とも会談し、首脳会談の合意を踏まえて外相間の対話を重ねていくことを確認した。外相は30日午後、安倍首相とともに次の訪問国サウジアラビアへ向かう。

日ロ両政府は今後、外交ルートを通じて次官級協議の日程や開催地の調整を急ぐ。

（2013/04/30-14:20）

［関連記事］
・日ロ首脳、平和条約交渉再開で合意＝「2プラス2」新設も
・元島民「一日も早い返還を」＝根室で会見見守る"""),

    ("https://www.japantimes.co.jp/news/2013/04/30/national/abe-says-moscow-trip-a-fresh-start-on-isles/", "en", "2013-04-30",
     "Abe says Moscow trip a 'fresh start' on isles",
     """Abe says Moscow trip a 'fresh start' on isles

by Yuki Saeki
Staff Writer

MOSCOW — Prime Minister Shinzo Abe wrapped up his visit to Russia on Tuesday saying his summit with President Vladimir Putin had opened a new chapter in efforts to settle the territorial row.

"We have made a new start toward solving the territorial issue and concluding the peace treaty. I intend to see it through together with President Putin," Abe told reporters at his Moscow hotel before leaving for Saudi Arabia.

The remarks echoed those he made at Monday's joint news conference, where he called the absence of a treaty 67 years after the war "abnormal." Putin said then that he wanted a solution that suits both Russia and Japan.

Abe also said he hoped Japanese firms would take a bigger part in developing the Russian Far East, including its oil and gas fields.

Analysts caution that Moscow has shown little sign of moving beyond its long-held position that it could at most hand over the two smaller islands named in a 1956 joint declaration.

Tokyo's Northern Territories are Moscow's Southern Kurils; Soviet forces took them as the war was ending.

Related stories
Abe, Putin launch 'two-plus-two' security talks
Editorial: A chance to move the island talks"""),

    ("https://ria.ru/20130430/935214470.html", "ru", "2013-04-30",
     "Абэ: визит в Москву дал новый старт решению территориального вопроса",
     """Абэ: визит в Москву дал новый старт решению территориального вопроса

МОСКВА, 30 апр — РИА Новости. Премьер-министр Японии Синдзо Абэ, завершая во вторник визит в Россию, заявил, что переговоры с президентом РФ Владимиром Путиным дали новый старт решению территориальной проблемы.

«Мы положили новое начало решению территориального вопроса и заключению мирного договора. Я намерен довести это дело до конца вместе с президентом Путиным», — сказал Абэ журналистам перед вылетом в Саудовскую Аравию.

Глава МИД Японии Фумио Кисида, в свою очередь, высказался за скорейшее проведение консультаций по мирному договору на уровне заместителей министров.

Накануне Путин на пресс-конференции по итогам переговоров заявил, что Москва хочет найти решение, которое устраивало бы и Россию, и Японию.

Между Россией и Японией до сих пор нет мирного договора. Токио претендует на острова Итуруп, Кунашир, Шикотан и Хабомаи, называя их «северными территориями».

Читайте также:
Россия и Япония запускают формат «два плюс два»
Японский бизнес проявляет интерес к проектам на Дальнем Востоке"""),
]

# ===========================================================================================================
# Story 3 - MEDVEDEV_ITURUP_2015_STORY (22-25 August 2015). Prime Minister Dmitry Medvedev visits Iturup
# (Etorofu). Foreign Minister Fumio Kishida protests the same evening; Kyodo's update misquotes one word and is
# CORRECTED. On Monday Chief Cabinet Secretary Yoshihide Suga and Foreign Ministry spokeswoman Maria Zakharova;
# on Tuesday Kishida again (a second occasion, similar words).
#  1 TASS English flash                    no remark: arrival, programme (events)
#  2 TASS English update                   ME1 NEW (Medvedev: "our land, part of the Sakhalin Region"); fish plant
#                                          and hospital quotes (non-treaty); federal programme (document)
#  3 RIA Novosti (ru)                      ME1 repeat (Russian wording); fish plant, doctors' pay (non-treaty)
#  4 NHK (ja)                              KI1 NEW (Kishida: inherent territory, "extremely regrettable"), ME1
#                                          repeat; protest (event); Kishida on his Moscow trip (non-treaty)
#  5 Kyodo UPDATE1 (en)                    KI1 repeat (with the wrong word "deeply"), ME1 repeat
#  6 Kyodo CORRECTED (en)                  KI1, ME1 repeat (the corrected quote is the same utterance)
#  7 Jiji (ja), 24 Aug                     SU1 NEW (Suga: basic policy of a peace treaty unchanged), ME1 recalled;
#                                          Suga on the trip date and on security bills (non-treaty); 1993 Tokyo
#                                          Declaration (document); former islanders (unnamed)
#  8 Interfax (ru), 24 Aug                 Z1 NEW (Zakharova: Kurils are Russian territory, protest rejected), ME1
#                                          recalled; Zakharova on Kishida's trip (non-treaty)
#  9 The Japan Times, 25 Aug               KI2 NEW (Kishida again, Tuesday press conference), KI1 and Z1 recalled;
#                                          government sources (anonymous)
# 10 Sputnik (en), 25 Aug                  Z1, ME1, KI2 repeat; photo caption (trap)
# ===========================================================================================================

_MI_UPD_HEAD = """TOKYO, Aug. 22, Kyodo

Japan lodged a protest with Russia on Saturday after Prime Minister Dmitry Medvedev visited Etorofu, one of four Russian-held islands claimed by Tokyo, in a move likely to cloud plans for a visit to Japan by President Vladimir Putin."""

_MI_UPD_TAIL = """On Etorofu, Medvedev told reporters that the islands are "our land, part of the Sakhalin Region," and that Russian officials would keep coming.

The Foreign Ministry conveyed the protest by telephone to a senior official at the Russian Embassy in Tokyo.

Kishida had been planning to visit Moscow by the end of the month to prepare for Putin's trip. Asked whether he would still go, he said he would decide "taking various circumstances into account."

Medvedev last set foot on the disputed islands in July 2012, when he visited Kunashiri as prime minister.

Soviet troops took the islands as the war closed, and the row over them has left the two countries without a peace treaty.

==Kyodo

Related coverage
Former islanders in Nemuro voice anger over Medvedev trip
Japan, Russia agree on salmon catch quota for 2015"""

_MI_KI1 = """"The Northern Territories are an inherent part of Japan's territory. The visit is incompatible with Japan's position, hurts the feelings of the Japanese people and is {word} regrettable," Foreign Minister Fumio Kishida told reporters."""

MEDVEDEV_ITURUP_2015_STORY = [
    ("https://tass.ru/en/russia/816214", "en", "2015-08-22",
     "Russian PM Medvedev arrives on Iturup Island in Kurils",
     """Russian PM Medvedev arrives on Iturup Island in Kurils

Russia
August 22, 6:12 UTC+3

KURILSK, August 22. /TASS/. Russian Prime Minister Dmitry Medvedev has arrived on the island of Iturup, part of the Kuril chain, on a working trip to the Sakhalin Region, a TASS correspondent reported on Saturday.

The prime minister is expected to visit a new fish processing plant in the village of Reidovo, the construction site of a district hospital and a youth camp on the island. Iturup's civilian airport was opened last autumn.

This is Medvedev's third trip to the Kurils: he visited Kunashir as president in 2010 and as prime minister in 2012.

More:
Russia earmarks over 70 bln rubles for Kuril development programme
Sakhalin governor presents plans for Kuril tourism

Tags: Dmitry Medvedev, Kuril Islands, Sakhalin Region"""),

    ("https://tass.ru/en/russia/816251", "en", "2015-08-22",
     "Medvedev: Kurils are Russian land, government will keep developing them",
     """Medvedev: Kurils are Russian land, government will keep developing them

Russia
August 22, 9:40 UTC+3

KURILSK, August 22. /TASS/. The Kuril Islands are part of the Sakhalin Region and Russian officials will continue to visit and develop them regardless of what is said in Tokyo, Prime Minister Dmitry Medvedev said on Saturday during a trip to Iturup.

"The Kurils are our land, part of the Sakhalin Region. We have come here and we will keep coming here, and we will build what the people who live here need," Medvedev told reporters.

Medvedev toured a new fish processing plant in the village of Reidovo. "This plant gives the island several hundred jobs and modern processing. Fishing is the backbone of the local economy," the prime minister said.

He also visited the construction site of a new district hospital and said the salaries of doctors working on the islands had to be raised.

The new federal target programme for the social and economic development of the Kuril Islands in 2016-2025 provides for building roads, power plants and a new port.

Japan claims the islands of Iturup, Kunashir, Shikotan and the Habomai group, calling them the Northern Territories. The two countries have not signed a peace treaty since the end of World War II.

Tags: Dmitry Medvedev, Kuril Islands, Russia-Japan relations"""),

    ("https://ria.ru/20150822/1199342715.html", "ru", "2015-08-22",
     "Медведев на Итурупе: Курилы — наша земля, и мы будем сюда приезжать",
     """Медведев на Итурупе: Курилы — наша земля, и мы будем сюда приезжать

КУРИЛЬСК (Сахалинская область), 22 авг — РИА Новости. Премьер-министр РФ Дмитрий Медведев, посетивший в субботу остров Итуруп, заявил, что Курилы являются частью Сахалинской области и российские официальные лица продолжат бывать на островах.

«Курилы — это наша земля, часть Сахалинской области. Мы сюда приезжали и будем приезжать, и будем строить то, что нужно живущим здесь людям», — сказал Медведев журналистам.

Премьер осмотрел рыбоперерабатывающий завод в поселке Рейдово и строящуюся районную больницу. «Завод дает острову несколько сотен рабочих мест. Рыбная отрасль — основа местной экономики», — отметил он.

Медведев также поручил проработать вопрос о повышении зарплат врачам, работающим на Курилах.

Это третья поездка Медведева на Курилы: в 2010 году он побывал на Кунашире в качестве президента, в 2012 году — в качестве премьера.

Япония претендует на Итуруп, Кунашир, Шикотан и группу островов Хабомаи. Мирный договор между двумя странами после Второй мировой войны так и не был подписан.

Читайте также:
Медведев: программа развития Курил будет продлена до 2025 года
Трутнев: на Курилах появятся новые причалы"""),

    ("https://www3.nhk.or.jp/news/html/20150822/k10010199441000.html", "ja", "2015-08-22",
     "メドベージェフ首相 択捉島訪問 岸田外相「極めて遺憾」",
     """メドベージェフ首相 択捉島訪問 岸田外相「極めて遺憾」
8月22日 20時31分

ロシアのメドベージェフ首相は22日、北方領土の択捉島を訪れました。ロシアの首相や大統領が北方領土を訪れるのは3年ぶりです。

メドベージェフ首相は、島の水産加工場や建設中の病院などを視察し、記者団に対し「クリル諸島はサハリン州の一部であり、我々の土地だ。これからも訪れる」と述べました。

これについて、岸田外務大臣は22日夜、記者団に対し「北方領土は我が国固有の領土であり、今回の訪問は我が国の立場と相いれず、日本国民の感情を傷つけるもので、極めて遺憾だ」と述べました。

外務省は、東京にあるロシア大使館の幹部に対して電話で抗議しました。

岸田大臣は、今月末に予定していたロシア訪問について「諸般の事情を総合的に勘案して判断したい」と述べ、見直しを含めて検討する考えを示しました。

北方領土をめぐっては、プーチン大統領の年内の来日に向けて日ロ両政府が調整を進めてきましたが、今回の訪問で先行きが一段と不透明になりました。

メドベージェフ首相が北方領土を訪れるのは、大統領だった2010年と首相に就任後の2012年に国後島を訪問して以来、3回目です。北方領土に近い北海道根室市では、元島民から「また来たのか。交渉が遠のくばかりだ」と落胆の声が聞かれました。

［関連ニュース］
・元島民「怒りを覚える」根室市で抗議の声
・日ロ　サケ・マス漁の交渉妥結"""),

    ("https://english.kyodonews.jp/news/2015/08/367120.html", "en", "2015-08-22",
     "UPDATE1: Japan protests Russian PM Medvedev's visit to disputed isle",
     "UPDATE1: Japan protests Russian PM Medvedev's visit to disputed isle\n\n"
     + _MI_UPD_HEAD + "\n\n" + _MI_KI1.format(word="deeply") + "\n\n" + _MI_UPD_TAIL),

    ("https://english.kyodonews.jp/news/2015/08/367133.html", "en", "2015-08-22",
     "CORRECTED: Japan protests Russian PM Medvedev's visit to disputed isle",
     "CORRECTED: Japan protests Russian PM Medvedev's visit to disputed isle\n\n"
     "(Corrects Kishida's quote in 2nd para to \"extremely regrettable\" from \"deeply regrettable\")\n\n"
     + _MI_UPD_HEAD + "\n\n" + _MI_KI1.format(word="extremely") + "\n\n" + _MI_UPD_TAIL),

    ("https://www.jiji.com/jc/zc?k=201508/2015082400214", "ja", "2015-08-24",
     "平和条約締結の方針変わらず＝メドベージェフ首相の択捉訪問で－菅官房長官",
     """平和条約締結の方針変わらず＝メドベージェフ首相の択捉訪問で－菅官房長官

菅義偉官房長官は24日午前の記者会見で、ロシアのメドベージェフ首相が22日に北方領土の択捉島を訪問したことに関連し、「北方領土問題を解決して平和条約を締結するという政府の基本方針に変わりはない。粘り強く交渉を進めていく」と述べた。

岸田文雄外相の月内の訪ロについては「現時点で何も決まっていない」と語るにとどめた。

菅長官はまた、参院で審議中の安全保障関連法案について「国民に丁寧に説明し、今国会での成立を期したい」と述べた。

メドベージェフ首相は22日、択捉島で水産加工場などを視察した際、記者団に「クリル諸島は我々の土地だ」と発言していた。

外務省は22日、在京ロシア大使館に電話で抗議している。政府内では、年内に予定されるプーチン大統領の来日への影響を懸念する声も出ている。

ロシア首相の北方領土訪問は2012年7月以来。メドベージェフ氏は大統領時代の10年11月にも国後島を訪れている。

日ロ間では、北方四島の帰属問題を解決して平和条約を締結するとした1993年の東京宣言が交渉の基礎とされてきた。根室市の元島民からは「首相の来日を前に、なぜ今なのか」と憤りの声が上がった。

（2015/08/24-11:52）

［関連記事］
・岸田外相「極めて遺憾」＝メドベージェフ首相の択捉訪問
・元島民ら抗議集会＝北海道根室市"""),

    ("https://www.interfax.ru/russia/462391", "ru", "2015-08-24",
     "МИД РФ отверг протест Токио в связи с поездкой Медведева на Итуруп",
     """МИД РФ отверг протест Токио в связи с поездкой Медведева на Итуруп

Москва. 24 августа. INTERFAX.RU - Россия не принимает протест японской стороны в связи с визитом премьер-министра Дмитрия Медведева на Итуруп, заявила официальный представитель МИД РФ Мария Захарова.

«Председатель правительства посетил российский регион. Курильские острова — часть территории Российской Федерации, и реакция Токио на поездки российских руководителей по собственной стране не может приниматься во внимание», - сказала Захарова в понедельник.

Говоря о возможном переносе визита министра иностранных дел Японии Фумио Кисиды в Москву, Захарова отметила, что это «решение японской стороны», а российская сторона готова к контактам в любые согласованные сроки.

В субботу Медведев, находясь на Итурупе, заявил, что Курилы — «наша земля, часть Сахалинской области».

Как сообщалось, МИД Японии в тот же день выразил протест посольству России в Токио.

Теги: Мария Захарова, МИД РФ, Япония, Курилы"""),

    ("https://www.japantimes.co.jp/news/2015/08/25/national/politics-diplomacy/kishida-reiterates-claim-keeps-moscow-trip-on-hold/", "en", "2015-08-25",
     "Kishida reiterates Japan's claim, keeps Moscow trip on hold",
     """Kishida reiterates Japan's claim, keeps Moscow trip on hold

by Mari Fujinaga
Staff Writer

Aug 25, 2015

Foreign Minister Fumio Kishida on Tuesday again took Moscow to task over Prime Minister Dmitry Medvedev's weekend trip to Etorofu Island, while leaving open the question of when he will travel to Russia.

"The four northern islands are Japan's inherent territory. That a Russian prime minister went there again is extremely regrettable, and we have made that clear to Moscow," Kishida told a news conference after a Cabinet meeting.

On Saturday, hours after the visit, Kishida had said the trip was incompatible with Japan's position and hurt the feelings of the Japanese people.

Russian Foreign Ministry spokeswoman Maria Zakharova said Monday that Moscow would not accept the protest, calling the Kurils part of the territory of the Russian Federation.

Kishida had planned to visit Moscow late this month to prepare for a visit to Japan by President Vladimir Putin. Asked about the timing, he said only that nothing had been decided.

Government sources said the trip is likely to slip to the autumn at the earliest.

Medvedev, who toured a fish-processing plant and a hospital construction site on Etorofu, has now visited the disputed islands three times.

Related
Former islanders in Nemuro protest Medvedev visit
Salmon talks with Moscow wrap up in Tokyo"""),

    ("https://sputniknews.com/politics/20150825/1026190374.html", "en", "2015-08-25",
     "Tokyo's Protest Over Medvedev's Kurils Trip 'Cannot Be Taken Into Account'",
     """Tokyo's Protest Over Medvedev's Kurils Trip 'Cannot Be Taken Into Account'

Politics
16:05 25.08.2015 (updated 16:40 25.08.2015)

© Sputnik/ Ekaterina Shtukina
Russian Prime Minister Dmitry Medvedev during his visit to Iturup Island, part of the Kuril chain

MOSCOW (Sputnik) — Moscow will not take into account Japan's protests over Russian Prime Minister Dmitry Medvedev's visit to the Kuril Islands, since the islands are Russian territory, Foreign Ministry spokeswoman Maria Zakharova said.

"The head of government visited a Russian region. The Kuril Islands are part of the territory of the Russian Federation, and Tokyo's reaction to trips by Russian leaders around their own country cannot be taken into account," Zakharova said Monday.

On Saturday, Medvedev traveled to the island of Iturup, where he said the Kurils were "our land, part of the Sakhalin Region."

On Tuesday, Japanese Foreign Minister Fumio Kishida repeated that Tokyo considers the islands its "inherent territory" and called the visit extremely regrettable.

Japan claims the four southernmost Kuril Islands, calling them the Northern Territories. Russia and Japan have still not signed a peace treaty after World War II.

Read more: Russia to spend 70 bln rubles on Kuril Islands development
Read more: Japan mulls postponing foreign minister's Russia visit"""),
]

# ===========================================================================================================
# Story 4 - NAGATO_2016_STORY (15-17 December 2016). Vladimir Putin in Japan: talks with Shinzo Abe at a hot
# spring inn in Nagato, a joint press conference in Tokyo the next day, then Putin at a Keidanren business forum
# (a second occasion, words close to his press-conference line). A live blog is fetched three times.
#  1 Kyodo flash (en)                      no remark: summit begins (event)
#  2 Japan Times live blog, snapshot 1     U1 NEW (Ushakov: treaty discussed in detail); 80 documents (non-treaty);
#                                          unnamed former islander; background box
#  3 TASS (ru)                             U1 repeat (Russian wording); Ushakov on the documents (non-treaty)
#  4 live blog, snapshot 2                 A1 NEW (Abe: joint activity a step toward the treaty), P1 NEW (Putin:
#                                          treaty the most important, stop the ping-pong), U1 repeat (old entry)
#  5 Reuters UPDATE 1 (en)                 A1, P1 repeat, P2 NEW (Putin: Vladivostok, what happens to the islands);
#                                          Putin on sanctions (non-treaty)
#  6 NHK (ja)                              A1, P1, P2 repeat, A2 NEW (Abe: end it in our generation); grave visits
#                                          (non-treaty); press statement (document)
#  7 live blog, snapshot 3                 P3 NEW (Putin at Keidanren: "the key thing is the peace treaty"), A2, P2,
#                                          A1, P1 repeat (older entries); Dec. 15 entries folded away
#  8 Reuters UPDATE 2 (en)                 A1, P1, P2, P3 repeat; sanctions (non-treaty)
#  9 MSN copy of Reuters UPDATE 2          A1, P1, P2, P3 repeat
# 10 NHK World "What we know", 17 Dec      A1, A2, P1, P2, P3 repeat; grave visits (non-treaty)
# 11 RIA Novosti (ru) wrap, 17 Dec         P1, P2, P3, A1 repeat; Peskov on the visit in general (non-treaty)
# ===========================================================================================================

_NG_LIVE_HEAD = """LIVE: Putin's visit to Japan

Russian President Vladimir Putin is in Japan for a two-day visit, his first in 11 years. Follow our live coverage from Nagato, Yamaguchi Prefecture, and Tokyo."""

_NG_LIVE_DEC15 = """Dec. 15

9:40 p.m. Ushakov: peace treaty discussed 'in detail'
Kremlin foreign policy aide Yuri Ushakov has just briefed Russian reporters in Nagato. He said Putin and Abe spent about 95 minutes alone with only interpreters and that "the peace treaty theme was discussed in great detail, including the idea of joint economic activity on the islands." He added that around 80 documents, mostly commercial, would be signed in Tokyo on Friday.

7:05 p.m. Talks under way at hot spring inn
The leaders have sat down at the Otani Sanso inn. Putin landed in Yamaguchi nearly three hours behind schedule.

5:30 p.m. Former islanders watch from Nemuro
In Nemuro, Hokkaido, former residents of the islands gathered to follow the summit on television. One 82-year-old woman said she only wanted to see her home island once more."""

_NG_LIVE_BOX = """What's at stake: Japan and Russia never signed a peace treaty after World War II because of the dispute over four islands off Hokkaido, which Japan calls the Northern Territories and Russia the Southern Kurils."""

_NG_LIVE_A1P1 = """1:45 p.m. Putin: peace treaty 'most important'
Putin, speaking after Abe at the joint news conference: "The most important thing is to conclude a peace treaty. We have to stop the endless ping-pong over history."

1:20 p.m. Abe: joint activity 'an important step'
Abe opened the news conference at his office: "Joint economic activity on the four islands under a special system is an important step toward concluding a peace treaty."

10:30 a.m. Talks resume in Tokyo
Abe and Putin have resumed talks at the prime minister's office."""

_NG_R_LEAD = """TOKYO, Dec 16 (Reuters) - Russian President Vladimir Putin and Japanese Prime Minister Shinzo Abe agreed on Friday to start talks on joint economic activities on four disputed islands, but made no visible progress on the territorial row that has kept them from signing a peace treaty.

"Joint economic activity on the four islands under a special system is an important step toward concluding a peace treaty," Abe told a joint news conference in Tokyo.

Putin said a treaty mattered more than anything else. "The most important thing is to conclude a peace treaty. We have to stop the endless ping-pong over history," he said."""

_NG_R_P2 = """Putin also pointed to Moscow's worries about Japan's alliance with the United States. "Vladivostok is right next door and our fleet goes out to the Pacific from there. We need to understand what would happen to the islands," he said."""

_NG_R_P3 = """Later on Friday, addressing business leaders at the Keidanren lobby, Putin said again that a treaty was at the heart of the matter. "For us the key thing is the peace treaty, and joint work on the islands can create the right atmosphere for it," he said."""

_NG_R_SANCTIONS = """He also made clear he wanted Japan to drop the sanctions it imposed over Ukraine. "If we want economic ties to grow, the sanctions should go," Putin said."""

_NG_R_TAIL = """Soviet troops seized the islands at the end of World War Two. Abe has invested heavily in his relationship with Putin, meeting him more than a dozen times.

(Reporting by Linda Sieg and Kiyoshi Takenaka; Editing by Clare Ashworth)"""

NAGATO_2016_STORY = [
    ("https://english.kyodonews.jp/news/2016/12/448210.html", "en", "2016-12-15",
     "Abe, Putin begin summit at hot spring resort in Nagato",
     """Abe, Putin begin summit at hot spring resort in Nagato

NAGATO, Japan, Dec. 15, Kyodo

Prime Minister Shinzo Abe and Russian President Vladimir Putin began talks Thursday evening at a hot spring inn in Abe's home constituency in Yamaguchi Prefecture, with the long-running territorial dispute high on the agenda.

Putin arrived nearly three hours late. The two leaders are expected to hold a second round of talks in Tokyo on Friday, followed by a joint press conference.

It is Putin's first visit to Japan since 2005. The dispute over four Russian-held islands off Hokkaido has prevented the two countries from signing a postwar peace treaty.

==Kyodo

[Related]
Former islanders pin hopes on summit
Security tight in Nagato for Putin visit"""),

    ("https://www.japantimes.co.jp/live/putin-japan-visit/", "en", "2016-12-15",
     "LIVE: Putin's visit to Japan",
     _NG_LIVE_HEAD + "\n\nUpdated 9:48 p.m. JST\n\n" + _NG_LIVE_DEC15 + "\n\n" + _NG_LIVE_BOX),

    ("https://tass.ru/politika/3874512", "ru", "2016-12-15",
     "Ушаков: Путин и Абэ подробно обсудили тему мирного договора",
     """Ушаков: Путин и Абэ подробно обсудили тему мирного договора

НАГАТО /Япония/, 15 декабря. /ТАСС/. Президент России Владимир Путин и премьер-министр Японии Синдзо Абэ провели в Нагато около 95 минут в формате один на один, сообщил журналистам помощник президента РФ Юрий Ушаков.

«Тема мирного договора обсуждалась очень подробно, в том числе идея совместной хозяйственной деятельности на островах», - сказал он.

По словам Ушакова, в ходе визита будет подписано около 80 документов, большая часть из них - коммерческие соглашения. Он уточнил, что заявление для прессы по итогам переговоров будет распространено в пятницу в Токио.

Переговоры проходят в рёкане «Отани Сансо» на горячих источниках. Путин прибыл в Японию с опозданием почти на три часа.

Россия и Япония на протяжении десятилетий ведут переговоры о мирном договоре. Япония претендует на острова Итуруп, Кунашир, Шикотан и гряду Хабомаи.

Теги: Владимир Путин, Синдзо Абэ, Россия - Япония"""),

    ("https://www.japantimes.co.jp/live/putin-japan-visit/?p=2#post-161216-1345", "en", "2016-12-16",
     "LIVE: Putin's visit to Japan",
     _NG_LIVE_HEAD + "\n\nUpdated 1:52 p.m. JST\n\nDec. 16\n\n" + _NG_LIVE_A1P1 + "\n\n" + _NG_LIVE_DEC15 + "\n\n" + _NG_LIVE_BOX),

    ("https://www.reuters.com/article/us-japan-russia-idUSKBN1450BE", "en", "2016-12-16",
     "UPDATE 1-Putin, Abe agree on joint activity on disputed isles, no treaty breakthrough",
     "UPDATE 1-Putin, Abe agree on joint activity on disputed isles, no treaty breakthrough\n\n"
     "(Adds Putin comments on security, sanctions)\n\nBy Linda Sieg and Kiyoshi Takenaka\n\n"
     + "\n\n".join([_NG_R_LEAD, _NG_R_P2, _NG_R_SANCTIONS, _NG_R_TAIL])),

    ("https://www3.nhk.or.jp/news/html/20161216/k10010809541000.html", "ja", "2016-12-16",
     "日ロ首脳が共同記者会見　北方四島での共同経済活動へ協議開始",
     """日ロ首脳が共同記者会見　北方四島での共同経済活動へ協議開始
12月16日 15時12分

安倍総理大臣とロシアのプーチン大統領は16日、総理大臣官邸で共同記者会見を行いました。

この中で、安倍総理大臣は「北方四島における特別な制度のもとでの共同経済活動は、平和条約締結に向けた重要な一歩だ」と述べました。

また、安倍総理大臣は「元島民の皆さんが、より自由に故郷の島を訪れ、お墓参りができるよう、手続きを改善することでも合意した」と述べました。

さらに、安倍総理大臣は「平和条約の問題に、私たちの世代で終止符を打たなければならない。その強い決意を大統領と共有した」と述べました。

一方、プーチン大統領は「最も重要なのは平和条約の締結だ。歴史をめぐる果てしない応酬はやめなければならない」と述べました。

また、プーチン大統領は、ウラジオストクに太平洋艦隊の拠点があることに触れ、「島がどうなるのか、我々は理解しておく必要がある」と述べ、日米同盟への懸念をにじませました。

両首脳は、共同経済活動の協議開始などを盛り込んだプレス向け声明を発表しました。15日に山口県長門市の旅館で行われた会談は、通訳のみを交えた1対1の会談も含めて、およそ3時間に及びました。

今回の首脳会談では、経済協力をめぐって、官民合わせて80件の文書が交わされました。

［関連ニュース］
・元島民「一歩前進だが…」複雑な思い
・プーチン大統領　経団連で講演へ"""),

    ("https://www.japantimes.co.jp/live/putin-japan-visit/?p=3#post-161216-1840", "en", "2016-12-16",
     "LIVE: Putin's visit to Japan",
     _NG_LIVE_HEAD + """

Updated 6:52 p.m. JST

Dec. 16

6:40 p.m. Putin at Keidanren: treaty 'the key thing'
Addressing business leaders at the Keidanren, Putin came back to the treaty: "For us the key thing is the peace treaty, and joint work on the islands can create the right atmosphere for it."

3:15 p.m. Putin raises Vladivostok and U.S. alliance
Putin told the news conference Moscow needs clarity about the Japan-U.S. alliance: "We need to understand what would happen to the islands."

2:30 p.m. Abe: 'end this in our generation'
Abe said the issue of the peace treaty must be brought to an end by the current generation, a resolve he said he shared with Putin.

""" + _NG_LIVE_A1P1 + "\n\nEarlier updates (Dec. 15) ›\n\n" + _NG_LIVE_BOX),

    ("https://www.reuters.com/article/us-japan-russia-idUSKBN1450BE-update2", "en", "2016-12-16",
     "UPDATE 2-Putin, Abe agree on joint activity on disputed isles, no treaty breakthrough",
     "UPDATE 2-Putin, Abe agree on joint activity on disputed isles, no treaty breakthrough\n\n"
     "(Adds Putin comments at business forum, paragraph 5)\n\nBy Linda Sieg and Kiyoshi Takenaka\n\n"
     + "\n\n".join([_NG_R_LEAD, _NG_R_P2, _NG_R_P3, _NG_R_SANCTIONS, _NG_R_TAIL])),

    ("https://www.msn.com/en-gb/news/world/putin-abe-agree-on-joint-activity-on-disputed-isles-no-treaty-breakthrough/ar-AAlpQ7x", "en", "2016-12-16",
     "Putin, Abe agree on joint activity on disputed isles, no treaty breakthrough",
     "MSN News | World\n\nReuters | 16/12/2016\n\nPutin, Abe agree on joint activity on disputed isles, no treaty breakthrough\n\n"
     + "\n\n".join([_NG_R_LEAD, _NG_R_P2, _NG_R_P3, _NG_R_SANCTIONS, _NG_R_TAIL])
     + "\n\nMore from Reuters\nOil steadies after OPEC deal\nYen slides as Fed signals more hikes"),

    ("https://www3.nhk.or.jp/nhkworld/en/news/20161217_05/", "en", "2016-12-17",
     "What we know: the Abe-Putin summit",
     """What we know: the Abe-Putin summit

Dec. 17, 2016

Russian President Vladimir Putin has left Japan after two days of talks with Prime Minister Shinzo Abe. Here is a summary of what the two leaders said.

Joint economic activity
Abe told Friday's joint news conference that joint economic activity on the four islands under a special system would be an important step toward concluding a peace treaty. The two governments will start consultations on the idea.

A treaty in this generation
Abe said the peace treaty issue must be brought to an end by the current generation, and that he shared that resolve with Putin.

Putin: stop the ping-pong
Putin said the most important thing was to conclude a peace treaty and that both sides should stop the endless back-and-forth over history. He also said Russia needs to understand what would happen to the islands, given the Japan-U.S. alliance and the Russian Pacific Fleet's base in Vladivostok. Later, at the Keidanren business lobby, he called the peace treaty "the key thing."

Visits by former islanders
Abe said the two sides agreed to improve procedures so that former islanders can visit family graves more freely.

What's next
The governments are to hold working-level talks on the joint projects early next year. Nothing was agreed on the return of any of the islands."""),

    ("https://ria.ru/20161217/1483921046.html", "ru", "2016-12-17",
     "Итоги визита Путина в Японию: мирный договор и совместная деятельность",
     """Итоги визита Путина в Японию: мирный договор и совместная деятельность

МОСКВА, 17 дек — РИА Новости. Президент России Владимир Путин завершил двухдневный визит в Японию, в ходе которого стороны договорились начать консультации о совместной хозяйственной деятельности на южных Курилах.

На пресс-конференции в Токио Путин заявил, что самое важное — заключение мирного договора, и призвал прекратить бесконечный «пинг-понг» по историческим вопросам. Он также обратил внимание на интересы безопасности России: «Нам нужно понимать, что будет с островами», — сказал президент, напомнив, что из Владивостока корабли флота выходят в Тихий океан.

Выступая затем перед представителями деловых кругов, Путин повторил, что ключевым для России является мирный договор.

Синдзо Абэ, в свою очередь, назвал совместную хозяйственную деятельность на четырех островах важным шагом к заключению мирного договора.

Пресс-секретарь президента Дмитрий Песков сообщил, что в Кремле удовлетворены итогами визита и атмосферой переговоров.

По итогам визита подписано около 80 документов, в основном коммерческих. Мирный договор между Россией и Японией не подписан с окончания Второй мировой войны.

Читайте также:
Путин пригласил Абэ посетить Россию в 2017 году"""),
]

# ===========================================================================================================
# Story 5 - LAVROV_KONO_2019_STORY (14-17 January 2019). First round of the accelerated treaty talks: Sergei Lavrov
# and Taro Kono in Moscow. Reuters grows the story from a flash to UPDATE 2 with a CORRECTED version between; next day
# Zakharova on the radio; on 16 January Lavrov's annual press conference (a second occasion, similar words).
#  1 Reuters flash (en)                    L1 NEW (Lavrov: accept WW2 results incl. sovereignty over the Kurils)
#  2 Reuters UPDATE 1 (en)                 L1 repeat, L2 NEW ("Northern Territories" wording, says "constitution");
#                                          INF treaty (another treaty, non-treaty); Singapore deal (event/document)
#  3 Reuters CORRECTED-UPDATE 1 (en)       L1, L2 repeat (quote corrected to "legislation": same utterance)
#  4 Kyodo (en)                            K1 NEW (Kono: won't disclose, talks in a calm environment), L1 repeat;
#                                          North Korea (non-treaty)
#  5 TASS (ru)                             L1, L2 repeat (Russian wording); INF, sanctions (non-treaty)
#  6 Reuters UPDATE 2 (en)                 L1, L2, K1 repeat; North Korea, INF (non-treaty)
#  7 content-farm copy of UPDATE 2         L1, L2, K1 repeat (garbled rewording)
#  8 RIA Novosti (ru), 15 Jan              Z1 NEW (Zakharova: no handover on the agenda), L1 recalled; visas
#                                          (non-treaty)
#  9 NHK (ja), 16 Jan                      L3 NEW (Lavrov's annual press conference), L1 recalled; INF (non-treaty);
#                                          anonymous government official
# 10 The Moscow Times explainer, 17 Jan    L1, L3, K1, Z1 repeat; poll, analyst (traps)
# ===========================================================================================================

_LK_LEAD = """MOSCOW, Jan 14 (Reuters) - Russian Foreign Minister Sergei Lavrov said on Monday that Japan had to recognise Russia's sovereignty over the whole of the southern Kuril islands as a first step towards any deal, after talks with his Japanese counterpart Taro Kono in Moscow."""

_LK_L1 = """"Japan must accept the results of World War Two in full, including Russia's sovereignty over all of the southern Kurils. Without that, we cannot move forward," Lavrov told a news conference."""

_LK_L2 = """Lavrov also took issue with the way Tokyo refers to the islands. "The wording 'Northern Territories' written into Japan's {word} is unacceptable to us. It is a claim to our land," he said."""

_LK_K1 = """Kono, speaking to Japanese media after the talks, declined to give details. "I won't talk about what was said in the negotiations. I want the treaty talks to move forward in a calm environment," he said, according to Kyodo news agency. He said the two ministers had also discussed North Korea and agreed sanctions against Pyongyang must be fully enforced."""

_LK_INF = """Lavrov also criticised Washington's plan to pull out of the Intermediate-range Nuclear Forces (INF) treaty, saying Moscow was ready to discuss the concerns of the United States but would not accept ultimatums."""

_LK_BG = """President Vladimir Putin and Prime Minister Shinzo Abe agreed in Singapore in November to speed up talks on the basis of a 1956 declaration, which mentions the handover of the two smaller islands after a peace treaty is signed.

Soviet forces seized the islands, known in Japan as the Northern Territories, at the end of World War Two, and the dispute has kept the two countries from signing a formal peace treaty.

(Reporting by Olga Demidenko and Tom Balmforth; Additional reporting by Kaori Nishida in Tokyo; Editing by Clare Ashworth)"""

_LK_BULLETS = """* Lavrov says recognising WW2 results is first step
* Objects to "Northern Territories" term used by Tokyo
* Criticises U.S. plan to leave INF treaty"""

LAVROV_KONO_2019_STORY = [
    ("https://www.reuters.com/article/us-russia-japan-lavrov-idUSKCN1P80XJ", "en", "2019-01-14",
     "Russia's Lavrov says Japan must accept Moscow's sovereignty over disputed islands",
     """Russia's Lavrov says Japan must accept Moscow's sovereignty over disputed islands

""" + _LK_LEAD + "\n\n" + _LK_L1 + """

(Reporting by Olga Demidenko; Editing by Clare Ashworth)

Our Standards: The Thomson Reuters Trust Principles.

More from Reuters
Russia detains U.S. citizen on spying charges
Japan's Abe heads to Europe with Brexit on agenda"""),

    ("https://www.reuters.com/article/russia-japan-lavrov-idUSL8N1ZE3OD", "en", "2019-01-14",
     "UPDATE 1-Russia's Lavrov says Japan must accept Moscow's sovereignty over islands",
     "UPDATE 1-Russia's Lavrov says Japan must accept Moscow's sovereignty over islands\n\n" + _LK_BULLETS
     + "\n\n(Adds details, background)\n\n"
     + "\n\n".join([_LK_LEAD, _LK_L1, _LK_L2.format(word="constitution"), _LK_INF, _LK_BG])),

    ("https://www.reuters.com/article/russia-japan-lavrov-idUSL8N1ZE3OD-corrected", "en", "2019-01-14",
     "CORRECTED-UPDATE 1-Russia's Lavrov says Japan must accept Moscow's sovereignty over islands",
     "CORRECTED-UPDATE 1-Russia's Lavrov says Japan must accept Moscow's sovereignty over islands\n\n"
     "(Corrects paragraph 3 to show Lavrov referred to Japan's legislation, not its constitution)\n\n" + _LK_BULLETS
     + "\n\n" + "\n\n".join([_LK_LEAD, _LK_L1, _LK_L2.format(word="legislation"), _LK_INF, _LK_BG])),

    ("https://english.kyodonews.net/news/2019/01/5a6e1c3d2b71-kono-lavrov-clash-over-islands.html", "en", "2019-01-14",
     "Kono, Lavrov clash over islands in 1st round of treaty talks",
     """Kono, Lavrov clash over islands in 1st round of treaty talks

KYODO NEWS - Jan 15, 2019 - 02:31 | World, All

Foreign Minister Taro Kono and his Russian counterpart Sergei Lavrov held the first round of negotiations on a postwar peace treaty in Moscow on Monday, with Lavrov insisting that Tokyo recognize Moscow's sovereignty over the disputed islands.

Speaking to Japanese reporters after the talks, Kono declined to go into detail. "I won't talk about what was said in the negotiations. I want the treaty talks to move forward in a calm environment," Kono said.

At a separate press conference, Lavrov said Japan must accept the outcome of World War II in full, including Russia's sovereignty over all of the southern Kurils.

Kono and Lavrov also discussed North Korea's nuclear and missile programs, with Kono saying the two sides agreed on the need to fully implement U.N. Security Council sanctions.

The talks follow an agreement in November between Prime Minister Shinzo Abe and President Vladimir Putin to accelerate negotiations on the basis of a 1956 joint declaration that stipulates the handover of Shikotan and the Habomai islets after a peace treaty is concluded.

Abe is expected to visit Moscow later this month for talks with Putin.

Related coverage:
Former islanders urge government not to give up on all four isles
Japan, Russia to hold vice-ministerial talks on joint projects"""),

    ("https://tass.ru/politika/5994721", "ru", "2019-01-14",
     "Лавров: признание Японией итогов Второй мировой войны - первый шаг",
     """Лавров: признание Японией итогов Второй мировой войны - первый шаг

МОСКВА, 14 января. /ТАСС/. Япония должна признать итоги Второй мировой войны, в том числе суверенитет России над южными Курилами, без этого продвижение в переговорах о мирном договоре невозможно. Об этом заявил министр иностранных дел РФ Сергей Лавров.

«Япония должна в полном объеме признать итоги Второй мировой войны, включая суверенитет Российской Федерации над всеми южными Курилами. Без этого двигаться вперед невозможно», - сказал Лавров на пресс-конференции по итогам переговоров с министром иностранных дел Японии Таро Коно.

Министр также указал на недопустимость использования в японском законодательстве термина «северные территории». «Это претензия на нашу землю, и принять это мы не можем», - подчеркнул он.

Лавров также выразил обеспокоенность планами США выйти из Договора о ликвидации ракет средней и меньшей дальности.

По словам министра, Москва рассчитывает, что Токио будет проводить более самостоятельную линию в вопросе антироссийских санкций.

В ноябре 2018 года в Сингапуре Путин и Абэ договорились ускорить переговорный процесс на основе советско-японской декларации 1956 года.

Теги: Сергей Лавров, Таро Коно, Россия - Япония"""),

    ("https://www.reuters.com/article/russia-japan-lavrov-idUSL8N1ZE4KB", "en", "2019-01-14",
     "UPDATE 2-Russia's Lavrov says Japan must accept Moscow's sovereignty over islands",
     "UPDATE 2-Russia's Lavrov says Japan must accept Moscow's sovereignty over islands\n\n" + _LK_BULLETS
     + "\n\n(Adds Kono comments, paragraph 4)\n\n"
     + "\n\n".join([_LK_LEAD, _LK_L1, _LK_L2.format(word="legislation"), _LK_K1, _LK_INF, _LK_BG])),

    ("https://asiaworldnews24.example/russia-lavrov-japan-must-accept-sovereignty-islands-2019/", "en", "2019-01-15",
     "Lavrov: Japan Must Accept Sovereignty Of Russia Over Islands",
     """Lavrov: Japan Must Accept Sovereignty Of Russia Over Islands

January 15, 2019 by newsdesk

Foreign Minister of Russia Sergei Lavrov has said on Monday that Japan have to recognize the sovereignty of Russia over the whole southern Kuril islands as first step to any deal, after the talks with Japanese colleague Taro Kono in Moscow.

"Japan must accept results of the World War Two fully, including Russia sovereignty over all the southern Kurils. Without that, we cannot move forward," said Lavrov to the news conference.

Lavrov also did not like how Tokyo is calling the islands. "The wording 'Northern Territories' written into Japan's legislation is unacceptable to us. It is a claim on our land," he told.

Kono after the talks did not give details to Japanese media. "I won't talk about what was said in the negotiations. I want the treaty talks to move forward in calm environment," he said.

Also Lavrov criticized plan of Washington to withdraw from INF treaty.

The islands was seized by Soviet forces at end of World War Two and because of this the two countries has no formal peace treaty.

Related Posts:
Top 10 Russian Cities To Visit In Winter
Japan Yen Forecast: What Analysts Expect

Leave a Reply"""),

    ("https://ria.ru/20190115/1549524170.html", "ru", "2019-01-15",
     "Захарова: передача островов Японии не стоит на повестке дня",
     """Захарова: передача островов Японии не стоит на повестке дня

МОСКВА, 15 янв — РИА Новости. Вопрос о передаче каких-либо островов Японии не стоит на повестке дня переговоров, заявила официальный представитель МИД РФ Мария Захарова в эфире радио Sputnik.

«Никакой передачи островов на повестке дня нет. Переговоры идут о мирном договоре, и начинать их нужно с признания Японией итогов войны», — сказала Захарова.

Накануне глава МИД РФ Сергей Лавров по итогам переговоров с японским коллегой Таро Коно заявил, что Япония должна признать суверенитет России над всеми южными Курилами.

Захарова также сообщила, что Москва и Токио продолжат консультации по упрощению визового режима для граждан двух стран.

Россия и Япония с середины прошлого века ведут переговоры о заключении мирного договора. Камнем преткновения остается вопрос о принадлежности южных Курил.

Читайте также:
Лавров и Коно провели переговоры в Москве
Абэ посетит Россию в конце января"""),

    ("https://www3.nhk.or.jp/news/html/20190116/k10011780221000.html", "ja", "2019-01-16",
     "ロシア外相「第2次大戦の結果認めるのが前提」 年頭会見で",
     """ロシア外相「第2次大戦の結果認めるのが前提」 年頭会見で
2019年1月16日 21時05分

ロシアのラブロフ外相は16日、モスクワで恒例の年頭の記者会見を行い、日本との平和条約交渉について「日本が第2次世界大戦の結果を全面的に認めることが交渉の前提であり、この点で日本側はまだ一歩も前に進んでいない」と述べました。

ラブロフ外相は14日に行われた河野外務大臣との会談のあとの会見でも、南クリル諸島すべてに対するロシアの主権を日本が認めるよう求めていました。

また、ラブロフ外相は、アメリカがINF＝中距離核ミサイルの全廃条約から離脱する方針を示していることについて、「国際的な安全保障の土台を損なうものだ」と批判しました。

安倍総理大臣は今月下旬にロシアを訪れ、プーチン大統領と首脳会談を行う予定です。日本政府関係者は「ロシア側の原則的な立場をあらためて示したものだ」として、冷静に受け止めています。

ロシア国内では、島の引き渡しに反対する集会がモスクワなどで開かれ、世論の反発も強まっていて、交渉の行方は予断を許さない状況です。

北方領土をめぐっては、去年11月の首脳会談で、1956年の日ソ共同宣言を基礎に平和条約交渉を加速させることで合意しています。

［関連ニュース］
・日ロ外相会談　平和条約交渉を本格開始
・安倍首相　22日にモスクワで日ロ首脳会談へ
・北方領土の元島民「交渉の行方注視」"""),

    ("https://www.themoscowtimes.com/2019/01/17/what-we-know-about-russia-japan-island-talks-a64173", "en", "2019-01-17",
     "What We Know About Russia and Japan's Island Talks",
     """What We Know About Russia and Japan's Island Talks

Jan. 17, 2019

Moscow and Tokyo have formally begun a new round of peace treaty talks. Here is what we know after a week of statements.

What did Lavrov say?
On Monday, after talks with Foreign Minister Taro Kono, Sergei Lavrov said Japan must accept the outcome of World War II in full, including Russia's sovereignty over all of the southern Kurils. On Wednesday, at his annual news conference, he went further, saying Japan had not yet moved a single step toward recognizing the results of the war.

What did Japan say?
Very little. Kono declined to discuss what was said, saying he wanted the talks to move forward in a calm environment.

And the Foreign Ministry?
Spokeswoman Maria Zakharova said on Tuesday that any handover of islands was "not on the agenda."

What do Russians think?
A survey by an independent pollster in December found that a large majority of Russians oppose handing over any of the islands.

What do analysts say?
"Moscow is setting the bar so high that no Japanese government can clear it," said an analyst at a Moscow think tank who asked not to be named.

What's next?
Prime Minister Shinzo Abe is expected in Moscow on Jan. 22 for talks with President Vladimir Putin.

Read more:
Russians Protest Against Handing Kuril Islands to Japan"""),
]

# ===========================================================================================================
# Story 6 - SUSPENSION_2022_STORY (21-24 March 2022). The Russian Foreign Ministry announces that, because of
# Japan's sanctions over Ukraine, it will not continue peace treaty talks. Tokyo answers: Chief Cabinet Secretary
# Hirokazu Matsuno in the morning, Prime Minister Fumio Kishida in the Diet (two distinct points); Dmitry Medvedev on
# Telegram; Maria Zakharova at her Wednesday briefing. A Guardian-style Ukraine live blog is fetched twice.
#  1 Interfax (ru) flash                   F1 NEW (Foreign Ministry statement: no treaty talks with an unfriendly state)
#  2 TASS English                          F1 repeat; visa-free trips, BSEC (non-treaty); background
#  3 NHK (ja) sokuho                       F1 repeat (translated); visa-free exchanges (non-treaty); analysis
#  4 NHK (ja) updated article              F1 repeat, M1 NEW (Matsuno: shifting blame is unjust); sanctions (non-treaty)
#  5 Kyodo UPDATE1 (en)                    KI1 NEW (Kishida: unjust, unacceptable, protest), KI2 NEW (Kishida: policy
#                                          to resolve the issue and conclude a treaty unchanged), M1, F1 repeat;
#                                          Hayashi on G7 sanctions (non-treaty)
#  6 Guardian-style live blog, fetch 1     KI1, F1 repeat; Peskov on Ukraine talks (non-treaty); background
#  7 live blog, fetch 2                    ME1 NEW (Medvedev: Kurils talks a ritual), KI1, F1 repeat (old entry)
#  8 The Moscow Times                      F1, ME1, KI1 repeat; analysis
#  9 The Japan Times (Kyodo copy)          KI1, KI2, M1, F1 repeat
# 10 RIA Novosti (ru), 23 Mar              Z1 NEW (Zakharova: responsibility lies with Tokyo), F1, KI1 recalled;
#                                          Zakharova on vests for Kyiv (non-treaty)
# 11 The Japan Times explainer, 24 Mar     F1, KI1, KI2, ME1, Z1 repeat; expert, events
# ===========================================================================================================

_SU_KY_BODY = """Prime Minister Fumio Kishida on Tuesday protested Russia's decision to halt peace treaty negotiations with Japan over the sanctions Tokyo imposed on Moscow for its invasion of Ukraine.

"This situation has arisen entirely from Russia's aggression against Ukraine. For Russia to shift the responsibility onto Japan-Russia relations is extremely unjust and absolutely unacceptable, and we strongly protest," Kishida told an Upper House committee session.

Kishida also said Japan's policy of resolving the territorial issue and concluding a peace treaty remains unchanged.

Earlier in the day, Chief Cabinet Secretary Hirokazu Matsuno told a press conference that Moscow's attempt to blame Japan was "extremely unjust" and that Tokyo had lodged a protest through diplomatic channels.

The Russian Foreign Ministry said Monday it does not intend to continue the negotiations, saying it is impossible to discuss a fundamental document on bilateral ties with a country that has taken an openly unfriendly stance.

Moscow also said it will end visa-free exchanges with the four Russian-held islands off Hokkaido, including trips by former Japanese residents.

Foreign Minister Yoshimasa Hayashi said separately that Japan would keep coordinating its sanctions with the other Group of Seven nations.

Soviet troops took the islands as the war closed; the quarrel has kept the neighbours from a peace treaty ever since."""

_SU_LIVE_HEAD = """Russia-Ukraine war: Japan protests as Moscow halts peace treaty talks - as it happened

Our live coverage of the war in Ukraine continues. Read the latest updates below."""

_SU_LIVE_JAPAN = """12.40 GMT
Japan protests after Russia halts peace treaty talks

Japan's prime minister, Fumio Kishida, has called Russia's decision to pull out of peace treaty talks "extremely unjust and absolutely unacceptable".

Russia's foreign ministry said on Monday it would not continue the talks, because it was impossible to discuss a fundamental document with a state that had openly taken an unfriendly position.

The two countries never signed a treaty formally ending the second world war because of a dispute over islands Russia calls the Southern Kurils and Japan the Northern Territories.

12.05 GMT
Kremlin says talks with Kyiv moving slowly

The Kremlin spokesperson, Dmitry Peskov, told reporters that negotiations with Ukraine had not progressed as far as Moscow would like.

11.30 GMT
Summary

Heavy shelling continued overnight in Mariupol, according to local officials. Air raid sirens sounded in Kyiv, Lviv and Kharkiv."""

SUSPENSION_2022_STORY = [
    ("https://www.interfax.ru/world/830541", "ru", "2022-03-21",
     "МИД РФ заявил об отказе продолжать переговоры с Японией по мирному договору",
     """МИД РФ заявил об отказе продолжать переговоры с Японией по мирному договору

Москва. 21 марта. INTERFAX.RU - Россия в нынешних условиях не станет продолжать переговоры с Японией о заключении мирного договора, говорится в заявлении МИД РФ, опубликованном в понедельник.

«В сложившейся ситуации российская сторона не намерена вести с Японией переговоры о мирном договоре, поскольку обсуждать основополагающий документ о двусторонних отношениях с государством, открыто занявшим недружественную позицию и стремящимся нанести ущерб интересам нашей страны, невозможно», - отмечается в заявлении.

Решение принято в ответ на ограничительные меры, которые Токио ввел против России в связи с ситуацией на Украине.

Новость дополняется

Теги: МИД РФ, Япония, мирный договор

Читайте также:
Япония расширила санкционный список против России
Рубль на открытии торгов снизился к доллару"""),

    ("https://tass.com/politics/1424015", "en", "2022-03-21",
     "Russia pulls out of peace treaty talks with Japan over sanctions - MFA",
     """Russia pulls out of peace treaty talks with Japan over sanctions - MFA

Russian Politics & Diplomacy
March 21, 14:58 UTC+3

MOSCOW, March 21. /TASS/. Russia does not intend to continue negotiations with Japan on a peace treaty in the current circumstances, the Russian Foreign Ministry said in a statement on Monday.

"Under the present circumstances, the Russian side does not intend to hold talks with Japan on a peace treaty, as it is impossible to discuss a fundamental document on bilateral relations with a state that has openly taken an unfriendly position and seeks to harm the interests of our country," the statement says.

The ministry also said Moscow was ending visa-free trips for Japanese citizens to the South Kurils, including the simplified visits of former residents to family graves.

In addition, Russia will block Japan's bid to become a sectoral dialogue partner of the Organization of the Black Sea Economic Cooperation, the ministry said.

Russia and Japan have been holding talks on a peace treaty since the mid-20th century. The main stumbling block is the issue of the ownership of the southern part of the Kuril Islands.

Tags: Russia-Japan relations, Russian Foreign Ministry"""),

    ("https://www3.nhk.or.jp/news/html/20220322/k10013544411000.html", "ja", "2022-03-22",
     "ロシア外務省 日本との平和条約交渉 継続しない考え示す",
     """ロシア外務省 日本との平和条約交渉 継続しない考え示す
2022年3月22日 1時05分

ロシア外務省は21日、声明を発表し、日本との平和条約交渉について、今の状況では継続するつもりはないという考えを示しました。

声明では「公然と非友好的な立場をとり、わが国の利益を損なおうとしている国と、二国間関係の基本的な文書について話し合うことは不可能だ」としています。

ロシアによるウクライナへの軍事侵攻を受けて、日本が科した制裁への対抗措置とみられます。

また声明では、北方四島と日本との間のビザなし交流と、元島民による自由訪問を停止するとしています。さらに、北方四島での共同経済活動に関する協議からも離脱するとしています。

日ロ両国は、北方領土問題の解決に向けて平和条約交渉を続けてきましたが、ロシアのウクライナ侵攻以降、両国の関係は急速に冷え込んでいます。北方四島について、ロシア側は第2次世界大戦の結果、正当にロシア領になったという立場をとっています。

日本政府は、声明の内容を詳しく分析し、対応を検討することにしています。

北方領土の元島民でつくる団体の幹部は「ふるさとへの訪問まで止められるのは残念でならない」と話していました。

※この記事は随時更新します。

［関連ニュース］
・ロシアへの追加制裁 岸田首相「G7と緊密に連携」
・ウクライナ情勢 マリウポリで激しい攻防続く
・北方領土の元島民「交流停止は残念」"""),

    ("https://www3.nhk.or.jp/news/html/20220322/k10013544431000.html", "ja", "2022-03-22",
     "平和条約交渉中断 松野官房長官「極めて不当 断じて受け入れられない」",
     """平和条約交渉中断 松野官房長官「極めて不当 断じて受け入れられない」
2022年3月22日 11時48分

ロシア外務省が日本との平和条約交渉を継続しない考えを示したことについて、松野官房長官は22日午前の記者会見で「今回の事態はすべてロシアによるウクライナ侵略に起因するものであり、日ロ関係にその責任を転嫁しようとする対応は極めて不当で、断じて受け入れられない」と述べました。

そのうえで、外交ルートを通じてロシア側に抗議したことを明らかにしました。

また、松野官房長官は、ロシアに対する制裁について「引き続きG7をはじめとする国際社会と緊密に連携して、適切に対応していく」と述べました。

ロシア外務省は21日に発表した声明で「公然と非友好的な立場をとる国と、二国間関係の基本的な文書について話し合うことは不可能だ」として、平和条約交渉を継続しない考えを示していました。

声明では、北方四島と日本との間のビザなし交流などを停止するとしています。

北方領土問題をめぐる交渉の再開は、当面、見通せない状況です。

岸田総理大臣は、22日午後の参議院予算委員会で、この問題について答弁する見通しです。外務省は、元島民らの墓参への影響についても情報の収集を急いでいます。

日本政府は今月に入って、ロシアの銀行や政府関係者の資産凍結など、制裁を相次いで強化しています。

［関連ニュース］
・ロシア外務省 日本との平和条約交渉 継続しない考え示す
・元島民「ふるさとが遠のく」"""),

    ("https://english.kyodonews.net/news/2022/03/8b3e5f2a91c4-update1-kishida-slams-russia.html", "en", "2022-03-22",
     "UPDATE1: Kishida slams Russia's halt of peace treaty talks as \"unacceptable\"",
     "UPDATE1: Kishida slams Russia's halt of peace treaty talks as \"unacceptable\"\n\nKYODO NEWS - Mar 22, 2022 - 14:05 | Japan, All\n\n"
     + _SU_KY_BODY + "\n\nRelated coverage:\nJapan to revoke Russia's most-favored-nation trade status\nFormer islanders lament end of visa-free visits"),

    ("https://www.theguardian.com/world/live/2022/mar/22/russia-ukraine-war-latest-news-mariupol-japan", "en", "2022-03-22",
     "Russia-Ukraine war: Japan protests as Moscow halts peace treaty talks - as it happened",
     _SU_LIVE_HEAD + "\n\n" + _SU_LIVE_JAPAN),

    ("https://www.theguardian.com/world/live/2022/mar/22/russia-ukraine-war-latest-news-mariupol-japan?page=with:block-6239f1b28f08c2a4e1d3c5b7#block-6239f1b28f08c2a4e1d3c5b7", "en", "2022-03-22",
     "Russia-Ukraine war: Japan protests as Moscow halts peace treaty talks - as it happened",
     _SU_LIVE_HEAD + """

15.20 GMT
Medvedev: Kuril talks were 'a ritual'

Russia's former president Dmitry Medvedev, now deputy chair of the security council, has weighed in on Telegram. He wrote that the talks on the Kurils had long been little more than a ritual and that Tokyo had never seriously wanted an agreement with Moscow.

14.10 GMT
UN says refugee total passes 3.5 million

More than 3.5 million people have now fled Ukraine, according to the UN refugee agency.

""" + _SU_LIVE_JAPAN),

    ("https://www.themoscowtimes.com/2022/03/22/russia-quits-peace-treaty-talks-with-japan-over-sanctions-a76981", "en", "2022-03-22",
     "Russia Quits Peace Treaty Talks With Japan Over Sanctions",
     """Russia Quits Peace Treaty Talks With Japan Over Sanctions

March 22, 2022

Russia said Monday it was pulling out of peace treaty talks with Japan, the latest casualty of Tokyo's decision to join Western sanctions over the war in Ukraine.

The Foreign Ministry said it was impossible to discuss a fundamental document on bilateral relations with a state that had openly taken an unfriendly position and sought to harm Russia's interests.

Former President Dmitry Medvedev, now deputy head of the Security Council, wrote on Telegram that the talks on the Kurils had long been little more than a ritual.

In Tokyo, Prime Minister Fumio Kishida called the decision "extremely unjust and absolutely unacceptable."

The move puts an end, at least for now, to a process that Prime Minister Shinzo Abe had hoped would define his legacy. Under Abe, Japan had quietly narrowed its demands to two of the four islands, but the talks stalled after Moscow amended its constitution in 2020 to forbid ceding territory.

The two countries never signed a peace treaty after World War II because of the dispute over the islands.

Read more:
Japan Freezes Assets of Russian Oligarchs
Kremlin Says Ukraine Talks Not Moving Fast Enough"""),

    ("https://www.japantimes.co.jp/news/2022/03/22/national/politics-diplomacy/kishida-russia-peace-treaty-talks-unacceptable/", "en", "2022-03-22",
     "Kishida slams Russia's halt of peace treaty talks as 'unacceptable'",
     "Kishida slams Russia's halt of peace treaty talks as 'unacceptable'\n\nKYODO\n\nMar 22, 2022\n\n"
     + _SU_KY_BODY + "\n\nKEYWORDS\nRussia, Fumio Kishida, Northern Territories, Ukraine\n\nIn a time of both misinformation and too much information, quality journalism is more crucial than ever. By subscribing, you can help us get the story right."),

    ("https://ria.ru/20220323/zakharova-1779634215.html", "ru", "2022-03-23",
     "Захарова: ответственность за прекращение диалога по мирному договору лежит на Токио",
     """Захарова: ответственность за прекращение диалога по мирному договору лежит на Токио

МОСКВА, 23 мар — РИА Новости. Ответственность за прекращение переговоров о мирном договоре целиком лежит на Японии, заявила официальный представитель МИД России Мария Захарова на брифинге в среду.

«Япония сама выбрала антироссийский курс. Вся ответственность за то, что диалог о мирном договоре прерван, лежит на японской стороне», — сказала Захарова.

В понедельник МИД России объявил, что в нынешних условиях не намерен продолжать переговоры с Японией о мирном договоре. Премьер-министр Японии Фумио Кисида назвал это решение «крайне несправедливым и абсолютно неприемлемым».

Захарова также осудила решение Токио передать Киеву бронежилеты и каски, назвав его прямой поддержкой киевского режима.

Россия и Япония так и не подписали мирный договор по итогам Второй мировой войны. Токио претендует на четыре южных острова Курильской гряды.

Читайте также:
Япония отзывает у России статус наибольшего благоприятствования в торговле
Медведев назвал переговоры о Курилах «ритуальными»"""),

    ("https://www.japantimes.co.jp/news/2022/03/24/national/politics-diplomacy/what-we-know-russia-peace-treaty-talks/", "en", "2022-03-24",
     "What we know: Russia's exit from the peace treaty talks",
     """What we know: Russia's exit from the peace treaty talks

by Satoshi Kurokawa
Staff Writer

Mar 24, 2022

Moscow's announcement that it is quitting peace treaty negotiations with Tokyo has ended, for now, a process that has dragged on for decades. Here is what we know.

What did Russia say?
In a statement Monday, the Russian Foreign Ministry said it could not discuss a fundamental document on bilateral ties with a state that had openly taken an unfriendly position. Foreign Ministry spokeswoman Maria Zakharova said Wednesday that all responsibility for the breakdown lies with Japan. Former President Dmitry Medvedev called the talks little more than a ritual.

How did Tokyo respond?
Prime Minister Fumio Kishida told the Diet that Moscow's attempt to shift the blame onto Japan-Russia relations was extremely unjust and absolutely unacceptable. He said Japan's policy of resolving the territorial issue and concluding a peace treaty remains unchanged.

What else changes?
Visa-free exchanges and trips by former islanders to family graves are suspended. Japanese fishing near the islands, governed by separate agreements, is not directly affected for now.

What do experts say?
"Nothing will move on the territorial front while the war goes on. The question is whether even the fishing deals survive," said Kenta Oyama, a researcher on Russian affairs at a university in Sapporo.

KEYWORDS
Russia, Northern Territories, Ukraine"""),
]

# ===========================================================================================================
# Story 7 - ISHIBA_DIET_2024_STORY (7-10 October 2024). New Prime Minister Shigeru Ishiba answers party leaders in
# the Lower House (treaty policy; sovereignty over the four islands - two distinct points), Chief Cabinet Secretary
# Yoshimasa Hayashi protests Russian drills on the islands (Kyodo first gives him the wrong title and then corrects
# it), Ishiba answers again in the Upper House the next day (a second occasion, close words), then Maria Zakharova
# and Deputy Foreign Minister Mikhail Galuzin reply from Moscow.
#  1 Jiji flash (ja)                       I1 NEW (Ishiba, Lower House: keep the policy of a treaty); Ukraine and
#                                          sanctions (non-treaty); the lawmaker's question; photo caption
#  2 Jiji updated (ja)                     I1 repeat, I2 NEW (islands over which Japan has sovereignty); grave visits,
#                                          abductions, Ukraine (non-treaty); 2022 suspension (event); caption
#  3 NHK World (en)                        I1, I2 repeat; grave visits (non-treaty); event
#  4 Kyodo (en)                            H1 NEW (Hayashi, wrongly titled foreign minister), I1 repeat; military
#                                          district figures (other source); background
#  5 Kyodo CORRECTED (en)                  H1, I1 repeat (title fixed)
#  6 NHK (ja), 8 Oct                       I3 NEW (Ishiba, Upper House: policy unchanged), I1 recalled; fisheries,
#                                          Ukraine, grave visits (non-treaty); dissolution (event)
#  7 TASS (ru), 8 Oct                      I3, I2 repeat; 2022 suspension (event)
#  8 RIA Novosti (ru), 9 Oct               Z1 NEW (Zakharova: Kurils an integral part of Russia), I2 recalled;
#                                          fishing talks (non-treaty)
#  9 Interfax (ru), 10 Oct                 G1 NEW (Galuzin: no conditions for treaty talks), Z1 recalled; LNG
#                                          (non-treaty)
# 10 The Japan Times explainer, 10 Oct     I1, I2, I3, H1, Z1, G1 repeat; analysis
# ===========================================================================================================

_IS_KY = """KYODO NEWS - Oct 7, 2024 - 18:40 | Japan, All

Japan on Monday protested military exercises held by Russia on the disputed islands off Hokkaido, with {title} Yoshimasa Hayashi saying the buildup runs counter to Tokyo's position.

"Strengthening military deployment on the four northern islands is incompatible with Japan's position on the Northern Territories and cannot be accepted," Hayashi told a regular press conference.

Earlier in the day, Prime Minister Shigeru Ishiba told the House of Representatives that Japan will stick to its policy of resolving the territorial issue and concluding a peace treaty, despite the difficult state of relations.

According to Russia's Eastern Military District, around 1,000 troops took part in the drills on Etorofu and Kunashiri, practicing the defense of the coastline against a landing.

Russia suspended the peace treaty negotiations in March 2022 in response to Japan's sanctions over the invasion of Ukraine. The islands were seized by Soviet forces at the end of World War II.

Related coverage:
Ishiba to dissolve lower house on Wednesday for Oct. 27 election
Former islanders urge Ishiba to secure resumption of grave visits"""

ISHIBA_DIET_2024_STORY = [
    ("https://www.jiji.com/jc/article?k=2024100700612&g=pol", "ja", "2024-10-07",
     "石破首相、平和条約締結の方針堅持＝日ロ関係「厳しい状況」－衆院代表質問",
     """石破首相、平和条約締結の方針堅持＝日ロ関係「厳しい状況」－衆院代表質問

2024年10月07日14時12分

【写真】衆院本会議で答弁する石破茂首相＝7日午後、国会内

石破茂首相は7日の衆院本会議での代表質問で、ロシアとの関係について「日ロ関係は厳しい状況にあるが、領土問題を解決し、平和条約を締結するとの方針を堅持する」と述べた。立憲民主党の野田佳彦代表の質問に答えた。

野田氏は、ロシアのウクライナ侵略が続く中での対ロ外交の方針をただした。首相はウクライナ情勢について「ロシアの侵略は国際秩序の根幹を揺るがす暴挙だ。厳しい対ロ制裁とウクライナ支援を続ける」とも述べた。

首相は1日に就任し、4日に所信表明演説を行った。代表質問は8日に参院で行われ、衆院は9日に解散される見通しだ。

（了）

［時事速報］

関連記事
・石破首相、所信表明演説＝「納得と共感」の政治掲げる
・衆院選、27日投開票へ＝与野党、事実上の選挙戦
・北方墓参再開を要望＝元島民、新首相に

政治コーナー　最新記事
・自民、衆院選公約を発表＝「日本を守る」前面に
・立民、政権交代へ候補擁立を加速
・公明、物価高対策で提言

アクセスランキング
1　衆院解散、9日に＝「総裁選後」初の論戦
2　円相場、1ドル＝148円台
3　プロ野球、クライマックスシリーズ日程
4　台風、週末に接近のおそれ
5　株価、続伸
6　新米価格、高止まり続く"""),

    ("https://www.jiji.com/jc/article?k=2024100700735&g=pol", "ja", "2024-10-07",
     "石破首相、平和条約締結の方針堅持＝「北方四島は主権有する島々」－衆院代表質問",
     """石破首相、平和条約締結の方針堅持＝「北方四島は主権有する島々」－衆院代表質問

2024年10月07日16時05分

【写真】衆院本会議で答弁する石破茂首相＝7日午後、国会内

石破茂首相は7日の衆院本会議での代表質問で、ロシアとの関係について「日ロ関係は厳しい状況にあるが、領土問題を解決し、平和条約を締結するとの方針を堅持する」と述べた。立憲民主党の野田佳彦代表の質問に答えた。

野田氏は、ロシアのウクライナ侵略が続く中での対ロ外交の方針をただした。首相はウクライナ情勢について「ロシアの侵略は国際秩序の根幹を揺るがす暴挙だ。厳しい対ロ制裁とウクライナ支援を続ける」とも述べた。

首相はまた、北方領土について「北方四島は我が国が主権を有する島々であり、この立場に変わりはない」と強調した。

北方領土の元島民による墓参については「事業の再開は最優先事項の一つだ。ロシア側に引き続き強く求めていく」と語った。

北朝鮮による日本人拉致問題に関しては「全ての被害者の一日も早い帰国を実現するため、全力で取り組む」と表明した。

ロシアは2022年3月、日本の対ロ制裁を理由に平和条約交渉を中断した。北方四島へのビザなし交流や自由訪問も停止されたままだ。

首相は1日に就任し、4日に所信表明演説を行った。衆院は9日に解散される見通しだ。

（2024/10/07-16:05）

関連記事
・石破首相、所信表明演説＝「納得と共感」の政治掲げる
・北方墓参再開を要望＝元島民、新首相に"""),

    ("https://www3.nhk.or.jp/nhkworld/en/news/20241007_15/", "en", "2024-10-07",
     "Ishiba: Japan to keep seeking peace treaty with Russia",
     """Ishiba: Japan to keep seeking peace treaty with Russia

Oct. 7, 2024 17:30 JST

Japan's Prime Minister Ishiba Shigeru says Japan will maintain its policy of resolving the territorial issue with Russia and concluding a peace treaty, even though relations between the two countries are in a difficult state.

Ishiba made the remark on Monday in a Lower House plenary session, answering questions from party leaders for the first time since taking office last week.

He also said the four islands are islands over which Japan has sovereignty, and that this position has not changed.

Ishiba said resuming visits by former islanders to family graves on the islands is one of the government's top priorities, and that Japan will keep pressing Russia on the matter.

Russia suspended negotiations on a peace treaty in March 2022, citing Japan's sanctions over its invasion of Ukraine. Visa-free exchanges with the islands have also been halted.

The islands, which Japan calls the Northern Territories, are controlled by Russia. Russia calls them the Southern Kurils.

Related stories
Ishiba to dissolve Lower House on Wednesday
Japan's new Cabinet: who's who"""),

    ("https://english.kyodonews.net/news/2024/10/3c1d7e9a52f0-japan-protests-russian-drills-on-disputed-isles.html", "en", "2024-10-07",
     "Japan protests Russian drills on disputed isles",
     "Japan protests Russian drills on disputed isles\n\n" + _IS_KY.format(title="Foreign Minister")),

    ("https://english.kyodonews.net/news/2024/10/3c1d7e9a52f0-corrected-japan-protests-russian-drills.html", "en", "2024-10-07",
     "CORRECTED: Japan protests Russian drills on disputed isles",
     "CORRECTED: Japan protests Russian drills on disputed isles\n\n"
     "(Corrects Hayashi's title in 1st para to chief cabinet secretary from foreign minister)\n\n"
     + _IS_KY.format(title="Chief Cabinet Secretary")),

    ("https://www3.nhk.or.jp/news/html/20241008/k10014603211000.html", "ja", "2024-10-08",
     "石破首相 参院代表質問 “平和条約締結の方針変わらず”",
     """石破首相 参院代表質問 “平和条約締結の方針変わらず”
2024年10月8日 16時20分

石破総理大臣は、8日の参議院本会議の代表質問で、ロシアとの関係について「領土問題を解決して平和条約を締結するという方針に変わりはない。対話が途絶えている状況だが、粘り強く取り組んでいく」と述べました。

石破総理大臣は7日の衆議院本会議でも、日ロ関係は厳しい状況にあるとしたうえで、平和条約を締結するとの方針を堅持する考えを示していました。

また、北海道の漁業者が北方四島周辺で行う操業について「日本漁船の安全な操業が確保されるよう、ロシア側と粘り強く交渉していく」と述べました。

また、ウクライナ情勢については「ロシアによる侵略を一日も早く止めるため、G7と連携して制裁とウクライナ支援を続ける」と述べました。

このほか、政治資金の問題については「国民の信頼を取り戻すため、ルールの徹底に取り組む」と述べました。

8日の参議院本会議では、自民党や立憲民主党などの議員が質問に立ち、政治とカネの問題や物価高対策などをめぐって論戦が交わされました。

石破総理大臣は、元島民の高齢化が進んでいることにも触れ、「北方墓参の再開に向けて、あらゆる機会を捉えてロシア側に働きかける」と述べました。

代表質問は8日で終わり、衆議院は9日に解散される見通しです。

［関連ニュース］
・石破首相 衆院代表質問 拉致問題「全力で取り組む」
・北方領土の元島民 墓参再開を新首相に要望"""),

    ("https://tass.ru/mezhdunarodnaya-panorama/22072345", "ru", "2024-10-08",
     "Исиба заявил о намерении Японии заключить мирный договор с Россией",
     """Исиба заявил о намерении Японии заключить мирный договор с Россией

ТОКИО, 8 октября. /ТАСС/. Премьер-министр Японии Сигэру Исиба заявил, что Токио не отказывается от курса на решение территориального вопроса и заключение мирного договора с Россией, несмотря на сложное состояние отношений.

«Наш курс на решение территориального вопроса и заключение мирного договора остается неизменным», - сказал он во вторник, выступая в верхней палате парламента.

Накануне, отвечая на вопросы в нижней палате, Исиба заявил, что четыре острова являются территорией, над которой Япония обладает суверенитетом.

Исиба вступил в должность премьер-министра 1 октября. Нижняя палата парламента будет распущена 9 октября, выборы назначены на 27 октября.

В марте 2022 года Россия прекратила переговоры о мирном договоре с Японией из-за введенных Токио антироссийских санкций. Япония претендует на острова Итуруп, Кунашир, Шикотан и Хабомаи.

Теги: Япония, Сигэру Исиба, Курилы"""),

    ("https://ria.ru/20241009/zakharova-1977201846.html", "ru", "2024-10-09",
     "Захарова ответила на слова Исибы о «северных территориях»",
     """Захарова ответила на слова Исибы о «северных территориях»

МОСКВА, 9 окт — РИА Новости. Официальный представитель МИД России Мария Захарова на брифинге в среду прокомментировала заявление нового премьер-министра Японии о принадлежности южных Курил.

«Заявления о японском суверенитете над так называемыми "северными территориями" не имеют ничего общего с реальностью. Южные Курилы — неотъемлемая часть Российской Федерации, и этот вопрос не обсуждается», — сказала Захарова.

Так дипломат ответила на слова премьер-министра Японии Сигэру Исибы, который в понедельник заявил в парламенте, что Япония обладает суверенитетом над четырьмя островами.

Захарова также напомнила, что российская сторона остается открытой к переговорам о промысле японских рыбаков в водах у южных Курил на взаимовыгодной основе.

Россия и Япония не подписали мирный договор после Второй мировой войны.

Читайте также:
Исиба стал премьер-министром Японии
В Японии распустят нижнюю палату парламента"""),

    ("https://www.interfax.ru/world/986543", "ru", "2024-10-10",
     "Галузин: условий для возобновления переговоров с Японией о мирном договоре нет",
     """Галузин: условий для возобновления переговоров с Японией о мирном договоре нет

Москва. 10 октября. INTERFAX.RU - Москва не видит условий для возобновления диалога с Японией о мирном договоре, заявил заместитель министра иностранных дел РФ Михаил Галузин в интервью "Интерфаксу".

"Пока Токио проводит враждебный курс в отношении России и участвует в санкционной войне, никаких условий для возобновления диалога о мирном договоре нет", - сказал Галузин.

Замминистра также заявил, что Россия продолжит поставки сжиженного природного газа с проекта "Сахалин-2" японским покупателям в соответствии с действующими контрактами.

Ранее официальный представитель МИД Мария Захарова заявила, что Южные Курилы - неотъемлемая часть Российской Федерации, а слова японского премьера о суверенитете над островами не имеют ничего общего с реальностью.

Теги: Михаил Галузин, Япония, МИД РФ"""),

    ("https://www.japantimes.co.jp/news/2024/10/10/japan/politics/ishiba-russia-what-we-know/", "en", "2024-10-10",
     "Ishiba and Russia: What we know so far",
     """Ishiba and Russia: What we know so far

by Haruka Ikeda
Staff Writer

Oct 10, 2024

Prime Minister Shigeru Ishiba has spent only days in office, but his first Diet answers on Russia have already drawn a reply from Moscow. Here is what has been said.

What did Ishiba say?
In the Lower House on Monday, Ishiba said relations with Russia were in a difficult state but that Japan would stick to its policy of resolving the territorial issue and concluding a peace treaty. He also said the four islands are islands over which Japan has sovereignty. In the Upper House on Tuesday, he said the policy was unchanged and that he would work at it patiently even though dialogue has broken off.

What else did Tokyo say?
Chief Cabinet Secretary Yoshimasa Hayashi said Monday that a military buildup on the islands is incompatible with Japan's position on the Northern Territories.

How did Moscow respond?
Foreign Ministry spokeswoman Maria Zakharova said Wednesday that the southern Kurils are an integral part of the Russian Federation. Deputy Foreign Minister Mikhail Galuzin told Interfax on Thursday that there were no conditions for resuming peace treaty talks while Tokyo pursues a hostile course.

What happens next?
Probably very little. With the Lower House dissolved and an election on Oct. 27, Russia policy is unlikely to be a campaign issue, and Moscow shows no sign of wanting to restart talks.

KEYWORDS
Russia, Shigeru Ishiba, Northern Territories"""),
]

# ===========================================================================================================
# Story 8 - TAKAICHI_2025_STORY (10-13 November 2025). Prime Minister Sanae Takaichi's first Budget Committee
# session: two distinct answers on Russia (treaty policy; "illegally occupied" inherent territory). NHK's 速報 live
# page is fetched twice. Chief Cabinet Secretary Minoru Kihara backs her, Peskov and Zakharova hit back, and on
# 13 November Takaichi repeats her line to reporters (a second occasion, similar words).
#  1 NHK 速報 live page, fetch 1 (ja)      T1 NEW (Takaichi: keep the policy of a peace treaty); economy, defence,
#                                          alliance (non-treaty)
#  2 NHK 速報 live page, fetch 2 (ja)      T2 NEW (inherent territory, illegally occupied), T1 repeat (old entry);
#                                          Motegi on salmon fishing talks (non-treaty)
#  3 Jiji (ja)                             T1, T2 repeat; Motegi fisheries (non-treaty); the lawmaker's question;
#                                          caption; background
#  4 Kyodo UPDATE1 (en)                    T1, T2 repeat; Motegi fisheries (non-treaty); background
#  5 TASS English                          T2 repeat; "Moscow has repeatedly stated" (standing position, background)
#  6 NHK World (en), 11 Nov                KH1 NEW (Kihara: the government's consistent position), T2 recalled;
#                                          Kihara on Taiwan (another issue)
#  7 Interfax (ru), 11 Nov                 PE1 NEW (Peskov: the Kurils are Russian, nothing to discuss), T2 recalled;
#                                          Peskov on contacts (non-treaty)
#  8 RIA Novosti (ru), 12 Nov              Z1 NEW (Zakharova: revanchism, Kurils Russian after WW2), PE1, T2 recalled;
#                                          Japanese defence budget (non-treaty)
#  9 The Moscow Times, 12 Nov              T2, PE1, Z1 repeat; analysis
# 10 Asahi (ja), 13 Nov                    T3 NEW (Takaichi to reporters: position unchanged despite Russia's
#                                          reaction), Z1 recalled; unnamed aide, "people around the PM" (anonymous)
# 11 Sputnik (en), 13 Nov                  Z1, PE1, T3 repeat; photo caption
# ===========================================================================================================

_TK_LIVE_INTRO = """衆議院予算委員会で、高市総理大臣が就任後初めて出席して基本的質疑が行われています。総理大臣や閣僚の主な発言を随時更新してお伝えします。"""

_TK_LIVE_AM = """11時02分
日ロ関係「平和条約締結の方針を堅持」
立憲民主党の議員から、ロシアとの平和条約交渉の現状について問われたのに対し、高市総理大臣は「日ロ関係は厳しい状況にあるが、領土問題を解決して平和条約を締結するという方針は堅持する」と述べました。

10時20分
物価高対策「年内に経済対策」
高市総理大臣は、物価高への対応について「年内に経済対策を取りまとめ、補正予算案を速やかに国会に提出したい」と述べました。

10時45分
日米同盟「抑止力・対処力を強化」
高市総理大臣は、日米同盟について「日米同盟の抑止力・対処力を一層強化していく」と述べました。

9時50分
ガソリン税「暫定税率の廃止を年内に」
高市総理大臣は、ガソリン税の暫定税率について「与野党の合意に基づき、年内の廃止に向けて取り組む」と述べました。

9時40分
防衛費「GDP比2%の前倒しを検討」
高市総理大臣は、防衛費について「GDP比2%の目標の達成時期の前倒しを検討する」と述べました。

9時05分
予算委員会始まる
衆議院予算委員会は、高市総理大臣とすべての閣僚が出席して、午前9時から基本的質疑が始まりました。"""

TAKAICHI_2025_STORY = [
    ("https://www3.nhk.or.jp/news/live/?1110yosaniinkai", "ja", "2025-11-10",
     "【速報中】衆院予算委 高市首相 就任後初の論戦",
     "【速報中】衆院予算委 高市首相 就任後初の論戦\n2025年11月10日 11時15分 更新\n\n" + _TK_LIVE_INTRO + "\n\n" + _TK_LIVE_AM
     + "\n\n※発言は速報のため、後で修正する場合があります。"),

    ("https://www3.nhk.or.jp/news/live/?1110yosaniinkai#post-1435", "ja", "2025-11-10",
     "【速報中】衆院予算委 高市首相 就任後初の論戦",
     """【速報中】衆院予算委 高市首相 就任後初の論戦
2025年11月10日 14時48分 更新

""" + _TK_LIVE_INTRO + """

14時35分
北方領土「我が国固有の領土 不法に占拠」
日本維新の会の議員が北方領土をめぐる政府の認識をただしたのに対し、高市総理大臣は「北方四島は我が国固有の領土であり、ロシアに不法に占拠されている。この認識に変わりはない」と述べました。

13時20分
サケ・マス漁 茂木外相「協議の準備進める」
茂木外務大臣は、北方領土周辺の海域でのサケ・マス漁をめぐる日ロ政府間協議について「来年の操業に向けて、ロシア側と協議の準備を進めている」と述べました。

13時00分
午後の審議始まる

""" + _TK_LIVE_AM + "\n\n※発言は速報のため、後で修正する場合があります。"),

    ("https://www.jiji.com/jc/article?k=2025111000781&g=pol", "ja", "2025-11-10",
     "高市首相「北方四島、ロシアが不法占拠」＝平和条約締結の方針堅持－衆院予算委",
     """高市首相「北方四島、ロシアが不法占拠」＝平和条約締結の方針堅持－衆院予算委

2025年11月10日16時40分

【写真】衆院予算委員会で答弁する高市早苗首相＝10日午後、国会内

高市早苗首相は10日の衆院予算委員会で、北方領土について「北方四島は我が国固有の領土であり、ロシアに不法に占拠されている。この認識に変わりはない」と述べた。日本維新の会議員への答弁。同議員は「北方領土の現状を政府はどう認識しているのか」とただしていた。

首相は午前の審議で、ロシアとの関係について「日ロ関係は厳しい状況にあるが、領土問題を解決して平和条約を締結するという方針は堅持する」とも語った。

一方、茂木敏充外相は、北方領土周辺でのサケ・マス漁をめぐる日ロ政府間協議について「来年の操業に向けて、ロシア側と協議の準備を進めている」と説明した。

首相はこの日の審議で、日米同盟について「抑止力・対処力を一層強化していく」とも述べた。

ロシアは2022年3月、日本の対ロ制裁を理由に平和条約交渉を中断。北方四島へのビザなし交流なども止まったままだ。歴代政権は近年、国会答弁などで「不法占拠」との表現を控える傾向にあった。

（2025/11/10-16:40）

関連記事
・高市首相、防衛費「2％前倒し検討」＝衆院予算委
・北方墓参再開、見通せず＝元島民の高齢化進む
・茂木外相、サケ・マス漁協議へ準備＝ロシアと調整"""),

    ("https://english.kyodonews.net/news/2025/11/7f2a9c1e04b3-update1-takaichi-says-russia-illegally-occupying-isles.html", "en", "2025-11-10",
     "UPDATE1: Takaichi says Russia \"illegally occupying\" Japan-claimed isles",
     """UPDATE1: Takaichi says Russia "illegally occupying" Japan-claimed isles

KYODO NEWS - Nov 10, 2025 - 17:55 | Japan, All

Prime Minister Sanae Takaichi said Monday that four Russian-held islands off Hokkaido are being illegally occupied by Russia, using language that her recent predecessors had largely avoided.

"The four northern islands are an inherent part of Japan's territory and are illegally occupied by Russia. That view has not changed," Takaichi told a House of Representatives Budget Committee session.

Earlier in the session, Takaichi said that although Japan-Russia ties are in a severe state, Japan will maintain its policy of resolving the territorial issue and concluding a peace treaty.

Foreign Minister Toshimitsu Motegi told the same committee that Tokyo was preparing for talks with Moscow on next year's salmon and trout fishing near the islands.

Russia suspended peace treaty talks in March 2022 in response to sanctions Japan imposed over the invasion of Ukraine.

Moscow took the islands, Southern Kurils to it and Northern Territories to Tokyo, in the war's last days.

Related coverage:
Takaichi eyes earlier hike in defense spending
Former islanders fear grave visits will never resume"""),

    ("https://tass.com/politics/2041187", "en", "2025-11-10",
     "Japanese PM claims Southern Kurils 'illegally occupied' by Russia",
     """Japanese PM claims Southern Kurils 'illegally occupied' by Russia

World
November 10, 13:02 UTC+3

TOKYO, November 10. /TASS/. Japanese Prime Minister Sanae Takaichi has asserted that the southern Kuril Islands are Japan's "inherent territory" which is "illegally occupied" by Russia.

Takaichi made the statement on Monday during a session of the budget committee of the lower house of parliament, answering a question from an opposition lawmaker.

Moscow has repeatedly stated that the islands became part of the Soviet Union after World War II and that Russia's sovereignty over them is beyond question.

In March 2022, Russia withdrew from peace treaty negotiations with Japan after Tokyo joined Western sanctions over the special military operation in Ukraine.

Takaichi, a protegee of the late Shinzo Abe, took office as prime minister on October 21.

Tags: Russia-Japan relations, Kuril Islands"""),

    ("https://www3.nhk.or.jp/nhkworld/en/news/20251111_08/", "en", "2025-11-11",
     "Japan's top spokesperson: PM's remark reflects consistent position on Northern Territories",
     """Japan's top spokesperson: PM's remark reflects consistent position on Northern Territories

Nov. 11, 2025 12:40 JST

Japan's top government spokesperson says Prime Minister Takaichi Sanae's statement that Russia is illegally occupying the Northern Territories reflects the government's long-standing position.

Chief Cabinet Secretary Kihara Minoru spoke at a news conference on Tuesday, a day after Takaichi told a Lower House committee that the four islands are an inherent part of Japan's territory illegally occupied by Russia.

Kihara said, "The prime minister's answer expresses the government's consistent position on the Northern Territories. There is no change to it."

Asked about China's reaction to Takaichi's separate remarks on Taiwan, Kihara said Japan's position on Taiwan also remains unchanged and that Tokyo will explain it carefully to Beijing.

Russia suspended peace treaty negotiations with Japan in 2022. The islands, controlled by Russia, are called the Southern Kurils by Moscow.

Related stories
Takaichi faces opposition questions in first Budget Committee session
Former islanders urge resumption of grave visits"""),

    ("https://www.interfax.ru/world/1057312", "ru", "2025-11-11",
     "Песков: принадлежность Курил России обсуждению не подлежит",
     """Песков: принадлежность Курил России обсуждению не подлежит

Москва. 11 ноября. INTERFAX.RU - Пресс-секретарь президента РФ Дмитрий Песков ответил на заявление премьер-министра Японии Санаэ Такаити о якобы незаконной оккупации южных Курил.

"Курилы - это территория Российской Федерации. Обсуждать здесь нечего, и никакие заявления в Токио этого не изменят", - сказал Песков журналистам во вторник.

Накануне Такаити, выступая в бюджетном комитете нижней палаты парламента, заявила, что четыре острова являются "исконной территорией Японии" и "незаконно оккупированы" Россией.

Песков также сообщил, что контакты между Владимиром Путиным и новым японским премьером в настоящее время не планируются.

В марте 2022 года Россия отказалась продолжать переговоры о мирном договоре с Японией из-за ее присоединения к антироссийским санкциям.

Теги: Дмитрий Песков, Япония, Курилы"""),

    ("https://ria.ru/20251112/zakharova-2054419381.html", "ru", "2025-11-12",
     "Захарова назвала слова Такаити о Курилах реваншизмом",
     """Захарова назвала слова Такаити о Курилах реваншизмом

МОСКВА, 12 ноя — РИА Новости. Официальный представитель МИД России Мария Захарова на брифинге в среду резко ответила на слова премьер-министра Японии Санаэ Такаити о «незаконной оккупации» южных Курил.

«Разговоры о "незаконной оккупации" — это реваншизм в чистом виде. Южные Курилы стали частью нашей страны по итогам Второй мировой войны, и это закреплено в Уставе ООН», — сказала Захарова.

Накануне пресс-секретарь президента Дмитрий Песков заявил, что Курилы — территория России и обсуждать здесь нечего.

Такаити в понедельник заявила в парламенте, что четыре острова являются исконной территорией Японии и незаконно оккупированы Россией.

Захарова также раскритиковала планы Токио ускорить наращивание военного бюджета, назвав их курсом на милитаризацию страны.

Читайте также:
Песков: Курилы — территория России
В Японии предложили ускорить рост оборонных расходов"""),

    ("https://www.themoscowtimes.com/2025/11/12/kremlin-rebukes-japans-new-pm-over-kurils-a91044", "en", "2025-11-12",
     "Kremlin Rebukes Japan's New PM Over Kurils",
     """Kremlin Rebukes Japan's New PM Over Kurils

Nov. 12, 2025

Moscow hit back on Tuesday and Wednesday after Japan's new Prime Minister Sanae Takaichi said the southern Kuril Islands were "illegally occupied" by Russia.

Takaichi told a parliamentary committee on Monday that the four islands were an inherent part of Japan's territory illegally occupied by Russia, reviving a formula that her predecessors had mostly avoided.

Kremlin spokesman Dmitry Peskov said the Kurils were Russian territory and that there was nothing to discuss. On Wednesday, Foreign Ministry spokeswoman Maria Zakharova called talk of an "illegal occupation" revanchism in its purest form.

The exchange underscores how far relations have fallen since 2022, when Moscow walked away from peace treaty talks over Tokyo's sanctions. Analysts say Takaichi's words are aimed mainly at a domestic audience.

Read more:
Russia Extends Ban on Japanese Visa-Free Visits to Kurils
Japan Joins New Round of Sanctions on Russian Oil"""),

    ("https://www.asahi.com/articles/AST1D2QX7T1DUTFK00KM.html", "ja", "2025-11-13",
     "高市首相「立場変わらない」　北方領土めぐるロシアの反発に",
     """高市首相「立場変わらない」　北方領土めぐるロシアの反発に

2025年11月13日 10時30分

高市早苗首相は13日朝、首相官邸で記者団の取材に応じ、北方領土をめぐる自身の国会答弁にロシア側が反発していることについて「北方四島は我が国固有の領土だ。ロシア側の反発によって、政府の立場が変わることはない」と述べた。

首相は10日の衆院予算委員会で、北方四島について「ロシアに不法に占拠されている」と答弁。ロシア外務省のザハロワ報道官は12日の会見で、首相の発言を「純然たる報復主義だ」と批判していた。

政権幹部の一人は「首相は従来の政府見解を述べただけだ。ことさら問題視する必要はない」と話す。首相周辺によると、答弁の表現は事前に外務省とすり合わせていたという。

一方、北方領土の元島民の間では、ロシアとの関係がさらに冷え込み、中断している墓参の再開が一段と遠のくことを懸念する声も出ている。日ロ間の対話は途絶えたままで、交渉再開の糸口は見えない。

首相はこの日、自民党の役員会にも出席し、物価高に対応する経済対策の取りまとめを急ぐよう指示した。

ロシアは2022年3月、日本の対ロ制裁を理由に平和条約交渉を中断している。

この記事は有料記事です。残り412文字

関連ニュース
・高市首相、北方四島「不法に占拠」と答弁　歴代首相は表現控える
・ロシア報道官、首相発言に反発
・北方領土の元島民、墓参再開の見通し立たず"""),

    ("https://sputnikglobe.com/20251113/tokyo-doubles-down-on-kurils-claim-1123104517.html", "en", "2025-11-13",
     "Tokyo Doubles Down on Kurils Claim After Moscow's Rebuke",
     """Tokyo Doubles Down on Kurils Claim After Moscow's Rebuke

World
07:42 GMT 13.11.2025

© AP Photo / Eugene Hoshiko
Japanese Prime Minister Sanae Takaichi speaks to reporters at her office in Tokyo

Japanese Prime Minister Sanae Takaichi said on Thursday that Moscow's reaction would not change Tokyo's position on the southern Kuril Islands, days after she claimed they were "illegally occupied" by Russia.

"The four northern islands are Japan's inherent territory. Russia's reaction will not change the government's position," Takaichi told reporters.

On Wednesday, Russian Foreign Ministry spokeswoman Maria Zakharova called the talk of "illegal occupation" pure revanchism, stressing that the southern Kurils became part of Russia as a result of World War II. Kremlin spokesman Dmitry Peskov earlier said there was nothing to discuss.

Russia withdrew from peace treaty talks with Japan in 2022 over Tokyo's sanctions.

Subscribe to our Telegram channel"""),
]

# ===========================================================================================================
# Labels
# ===========================================================================================================

STORIES = {name: value for name, value in dict(globals()).items() if name.endswith("_STORY")}

REMARKS = {
    'HIKIWAKE_2012_STORY': [
        [('Vladimir Putin', 'P1')],  # 1
        [('Vladimir Putin', 'P1'), ('Vladimir Putin', 'P2')],  # 2
        [('Vladimir Putin', 'P1'), ('Vladimir Putin', 'P2'), ('Vladimir Putin', 'P3')],  # 3
        [('Vladimir Putin', 'P1'), ('Vladimir Putin', 'P2'), ('Vladimir Putin', 'P3')],  # 4
        [('Vladimir Putin', 'P1'), ('Vladimir Putin', 'P2'), ('Vladimir Putin', 'P3')],  # 5
        [('Vladimir Putin', 'P1'), ('Vladimir Putin', 'P2'), ('Vladimir Putin', 'P3')],  # 6
        [('Dmitry Peskov', 'K1'), ('Vladimir Putin', 'P1')],  # 7
        [('Sergei Lavrov', 'L1')],  # 8
        [('Vladimir Putin', 'P1'), ('Vladimir Putin', 'P3'), ('Dmitry Peskov', 'K1'), ('Sergei Lavrov', 'L1')],  # 9
        [('Vladimir Putin', 'P1'), ('Vladimir Putin', 'P2'), ('Dmitry Peskov', 'K1'), ('Sergei Lavrov', 'L1')],  # 10
    ],
    'ABE_MOSCOW_2013_STORY': [
        [],  # 1
        [('Shinzo Abe', 'A1'), ('Vladimir Putin', 'P1')],  # 2
        [('Shinzo Abe', 'A1'), ('Vladimir Putin', 'P1')],  # 3
        [('Shinzo Abe', 'A1'), ('Vladimir Putin', 'P1'), ('Vladimir Putin', 'P2')],  # 4
        [('Vladimir Putin', 'P1'), ('Vladimir Putin', 'P2'), ('Shinzo Abe', 'A1')],  # 5
        [('Shinzo Abe', 'A1'), ('Vladimir Putin', 'P1'), ('Vladimir Putin', 'P2')],  # 6
        [('Fumio Kishida', 'KI1'), ('Shinzo Abe', 'A1')],  # 7
        [('Shinzo Abe', 'A2'), ('Shinzo Abe', 'A1'), ('Vladimir Putin', 'P1')],  # 8
        [('Shinzo Abe', 'A2'), ('Fumio Kishida', 'KI1'), ('Vladimir Putin', 'P1')],  # 9
    ],
    'MEDVEDEV_ITURUP_2015_STORY': [
        [],  # 1
        [('Dmitry Medvedev', 'ME1')],  # 2
        [('Dmitry Medvedev', 'ME1')],  # 3
        [('Dmitry Medvedev', 'ME1'), ('Fumio Kishida', 'KI1')],  # 4
        [('Fumio Kishida', 'KI1'), ('Dmitry Medvedev', 'ME1')],  # 5
        [('Fumio Kishida', 'KI1'), ('Dmitry Medvedev', 'ME1')],  # 6
        [('Yoshihide Suga', 'SU1'), ('Dmitry Medvedev', 'ME1')],  # 7
        [('Maria Zakharova', 'Z1'), ('Dmitry Medvedev', 'ME1')],  # 8
        [('Fumio Kishida', 'KI2'), ('Fumio Kishida', 'KI1'), ('Maria Zakharova', 'Z1')],  # 9
        [('Maria Zakharova', 'Z1'), ('Dmitry Medvedev', 'ME1'), ('Fumio Kishida', 'KI2')],  # 10
    ],
    'NAGATO_2016_STORY': [
        [],  # 1
        [('Yuri Ushakov', 'U1')],  # 2
        [('Yuri Ushakov', 'U1')],  # 3
        [('Shinzo Abe', 'A1'), ('Vladimir Putin', 'P1'), ('Yuri Ushakov', 'U1')],  # 4
        [('Shinzo Abe', 'A1'), ('Vladimir Putin', 'P1'), ('Vladimir Putin', 'P2')],  # 5
        [('Shinzo Abe', 'A1'), ('Shinzo Abe', 'A2'), ('Vladimir Putin', 'P1'), ('Vladimir Putin', 'P2')],  # 6
        [('Vladimir Putin', 'P3'), ('Vladimir Putin', 'P2'), ('Shinzo Abe', 'A2'), ('Shinzo Abe', 'A1'), ('Vladimir Putin', 'P1')],  # 7
        [('Shinzo Abe', 'A1'), ('Vladimir Putin', 'P1'), ('Vladimir Putin', 'P2'), ('Vladimir Putin', 'P3')],  # 8
        [('Shinzo Abe', 'A1'), ('Vladimir Putin', 'P1'), ('Vladimir Putin', 'P2'), ('Vladimir Putin', 'P3')],  # 9
        [('Shinzo Abe', 'A1'), ('Shinzo Abe', 'A2'), ('Vladimir Putin', 'P1'), ('Vladimir Putin', 'P2'), ('Vladimir Putin', 'P3')],  # 10
        [('Vladimir Putin', 'P1'), ('Vladimir Putin', 'P2'), ('Vladimir Putin', 'P3'), ('Shinzo Abe', 'A1')],  # 11
    ],
    'LAVROV_KONO_2019_STORY': [
        [('Sergei Lavrov', 'L1')],  # 1
        [('Sergei Lavrov', 'L1'), ('Sergei Lavrov', 'L2')],  # 2
        [('Sergei Lavrov', 'L1'), ('Sergei Lavrov', 'L2')],  # 3
        [('Taro Kono', 'K1'), ('Sergei Lavrov', 'L1')],  # 4
        [('Sergei Lavrov', 'L1'), ('Sergei Lavrov', 'L2')],  # 5
        [('Sergei Lavrov', 'L1'), ('Sergei Lavrov', 'L2'), ('Taro Kono', 'K1')],  # 6
        [('Sergei Lavrov', 'L1'), ('Sergei Lavrov', 'L2'), ('Taro Kono', 'K1')],  # 7
        [('Maria Zakharova', 'Z1'), ('Sergei Lavrov', 'L1')],  # 8
        [('Sergei Lavrov', 'L3'), ('Sergei Lavrov', 'L1')],  # 9
        [('Sergei Lavrov', 'L1'), ('Sergei Lavrov', 'L3'), ('Taro Kono', 'K1'), ('Maria Zakharova', 'Z1')],  # 10
    ],
    'SUSPENSION_2022_STORY': [
        [('Russian Foreign Ministry', 'F1')],  # 1
        [('Russian Foreign Ministry', 'F1')],  # 2
        [('Russian Foreign Ministry', 'F1')],  # 3
        [('Hirokazu Matsuno', 'M1'), ('Russian Foreign Ministry', 'F1')],  # 4
        [('Fumio Kishida', 'KI1'), ('Fumio Kishida', 'KI2'), ('Hirokazu Matsuno', 'M1'), ('Russian Foreign Ministry', 'F1')],  # 5
        [('Fumio Kishida', 'KI1'), ('Russian Foreign Ministry', 'F1')],  # 6
        [('Dmitry Medvedev', 'ME1'), ('Fumio Kishida', 'KI1'), ('Russian Foreign Ministry', 'F1')],  # 7
        [('Russian Foreign Ministry', 'F1'), ('Dmitry Medvedev', 'ME1'), ('Fumio Kishida', 'KI1')],  # 8
        [('Fumio Kishida', 'KI1'), ('Fumio Kishida', 'KI2'), ('Hirokazu Matsuno', 'M1'), ('Russian Foreign Ministry', 'F1')],  # 9
        [('Maria Zakharova', 'Z1'), ('Russian Foreign Ministry', 'F1'), ('Fumio Kishida', 'KI1')],  # 10
        [('Russian Foreign Ministry', 'F1'), ('Maria Zakharova', 'Z1'), ('Dmitry Medvedev', 'ME1'), ('Fumio Kishida', 'KI1'), ('Fumio Kishida', 'KI2')],  # 11
    ],
    'ISHIBA_DIET_2024_STORY': [
        [('Shigeru Ishiba', 'I1')],  # 1
        [('Shigeru Ishiba', 'I1'), ('Shigeru Ishiba', 'I2')],  # 2
        [('Shigeru Ishiba', 'I1'), ('Shigeru Ishiba', 'I2')],  # 3
        [('Yoshimasa Hayashi', 'H1'), ('Shigeru Ishiba', 'I1')],  # 4
        [('Yoshimasa Hayashi', 'H1'), ('Shigeru Ishiba', 'I1')],  # 5
        [('Shigeru Ishiba', 'I3'), ('Shigeru Ishiba', 'I1')],  # 6
        [('Shigeru Ishiba', 'I3'), ('Shigeru Ishiba', 'I2')],  # 7
        [('Maria Zakharova', 'Z1'), ('Shigeru Ishiba', 'I2')],  # 8
        [('Mikhail Galuzin', 'G1'), ('Maria Zakharova', 'Z1')],  # 9
        [('Shigeru Ishiba', 'I1'), ('Shigeru Ishiba', 'I2'), ('Shigeru Ishiba', 'I3'), ('Yoshimasa Hayashi', 'H1'), ('Maria Zakharova', 'Z1'), ('Mikhail Galuzin', 'G1')],  # 10
    ],
    'TAKAICHI_2025_STORY': [
        [('Sanae Takaichi', 'T1')],  # 1
        [('Sanae Takaichi', 'T2'), ('Sanae Takaichi', 'T1')],  # 2
        [('Sanae Takaichi', 'T2'), ('Sanae Takaichi', 'T1')],  # 3
        [('Sanae Takaichi', 'T2'), ('Sanae Takaichi', 'T1')],  # 4
        [('Sanae Takaichi', 'T2')],  # 5
        [('Minoru Kihara', 'KH1'), ('Sanae Takaichi', 'T2')],  # 6
        [('Dmitry Peskov', 'PE1'), ('Sanae Takaichi', 'T2')],  # 7
        [('Maria Zakharova', 'Z1'), ('Dmitry Peskov', 'PE1'), ('Sanae Takaichi', 'T2')],  # 8
        [('Sanae Takaichi', 'T2'), ('Dmitry Peskov', 'PE1'), ('Maria Zakharova', 'Z1')],  # 9
        [('Sanae Takaichi', 'T3'), ('Maria Zakharova', 'Z1')],  # 10
        [('Sanae Takaichi', 'T3'), ('Maria Zakharova', 'Z1'), ('Dmitry Peskov', 'PE1')],  # 11
    ],
}

SNIPPETS = {
    'HIKIWAKE_2012_STORY': [
        ['a result in which nobody walks away feeling beaten'],  # 1
        ['a result in which nobody walks away feeling beaten', "give them the command 'hajime' - begin"],  # 2
        ['a result in which nobody walks away feeling beaten', "give them the command 'hajime' - begin", 'We are prepared to return to it, but it has to be read as a whole'],  # 3
        ['никто не уходит с чувством поражения', 'вызову наш МИД и японский и дам им команду', 'Мы готовы к ней вернуться, но читать ее нужно целиком'],  # 4
        ['双方とも負けたと感じない、引き分けのような結果に至らなければならない', '両国の外務省を呼び、『始め』の号令をかける', '我々は宣言に立ち返る用意があるが、全体として読まなければならない'],  # 5
        ['a result where nobody walks away feeling beaten', "give them the command 'hajime' - begin", 'We are prepared to return to it, but it must be read as a whole'],  # 6
        ['Суверенитет России над южными Курилами под сомнение не ставится', 'при которой «никто не уходит с чувством поражения»'],  # 7
        ['Мы никогда не уклонялись от разговора с японскими коллегами о мирном договоре'],  # 8
        ['a result in which nobody walks away feeling beaten', 'Moscow was prepared to return to it, but that it has to be read as a whole', "Russia's sovereignty over the islands was not in question", 'Moscow had never shied away from talking about a peace treaty'],  # 9
        ['the two sides must reach an outcome in which nobody walks away feeling beaten', 'give them the command "hajime," or begin', "saying Russia's sovereignty over the islands was not in question", 'Moscow had never avoided discussing a peace treaty'],  # 10
    ],
    'ABE_MOSCOW_2013_STORY': [
        [],  # 1
        ['President Putin and I agreed to put new life into the negotiations', 'We want a solution that suits both Russia and Japan'],  # 2
        ['プーチン大統領と交渉に新たな息吹を吹き込むことで一致した', '双方にとって受け入れ可能な解決策を望んでおり'],  # 3
        ['President Putin and I agreed to put new life into the negotiations', 'We want a solution that suits both Russia and Japan', 'nobody should expect it to be settled overnight'],  # 4
        ['Мы хотим найти решение, которое устраивало бы и Россию, и Японию', 'никто не должен ожидать, что это произойдет в одночасье', 'назвал ненормальной ситуацию, при которой спустя 67 лет после войны'],  # 5
        ['President Putin and I agreed to put new life into the negotiations', 'We want a solution that suits both Russia and Japan', 'nobody should expect it to be settled overnight'],  # 6
        ['次官級の協議をできるだけ早く開き、交渉を具体的に前に進めたい', '平和条約がないのは「異常な状態だ」と述べていた'],  # 7
        ['We have made a new start toward solving the territorial issue', 'called the absence of a treaty 67 years after the war', 'he wanted a solution that suits both Russia and Japan'],  # 8
        ['Мы положили новое начало решению территориального вопроса', 'скорейшее проведение консультаций по мирному договору', 'Москва хочет найти решение, которое устраивало бы и Россию, и Японию'],  # 9
    ],
    'MEDVEDEV_ITURUP_2015_STORY': [
        [],  # 1
        ['The Kurils are our land, part of the Sakhalin Region'],  # 2
        ['Курилы — это наша земля, часть Сахалинской области'],  # 3
        ['クリル諸島はサハリン州の一部であり、我々の土地だ', '北方領土は我が国固有の領土であり、今回の訪問は我が国の立場と相いれず'],  # 4
        ["The visit is incompatible with Japan's position", 'our land, part of the Sakhalin Region'],  # 5
        ["The visit is incompatible with Japan's position", 'our land, part of the Sakhalin Region'],  # 6
        ['平和条約を締結するという政府の基本方針に変わりはない', '記者団に「クリル諸島は我々の土地だ」と発言していた'],  # 7
        ['Курильские острова — часть территории Российской Федерации', 'Курилы — «наша земля, часть Сахалинской области»'],  # 8
        ["The four northern islands are Japan's inherent territory", "the trip was incompatible with Japan's position", 'calling the Kurils part of the territory of the Russian Federation'],  # 9
        ['The Kuril Islands are part of the territory of the Russian Federation', 'the Kurils were "our land, part of the Sakhalin Region."', 'Tokyo considers the islands its "inherent territory"'],  # 10
    ],
    'NAGATO_2016_STORY': [
        [],  # 1
        ['the peace treaty theme was discussed in great detail'],  # 2
        ['Тема мирного договора обсуждалась очень подробно'],  # 3
        ['an important step toward concluding a peace treaty', 'The most important thing is to conclude a peace treaty', 'the peace treaty theme was discussed in great detail'],  # 4
        ['an important step toward concluding a peace treaty', 'The most important thing is to conclude a peace treaty', 'We need to understand what would happen to the islands'],  # 5
        ['平和条約締結に向けた重要な一歩だ', '私たちの世代で終止符を打たなければならない', '最も重要なのは平和条約の締結だ', '島がどうなるのか、我々は理解しておく必要がある'],  # 6
        ['For us the key thing is the peace treaty', 'We need to understand what would happen to the islands', 'must be brought to an end by the current generation', 'an important step toward concluding a peace treaty', 'The most important thing is to conclude a peace treaty'],  # 7
        ['an important step toward concluding a peace treaty', 'The most important thing is to conclude a peace treaty', 'We need to understand what would happen to the islands', 'For us the key thing is the peace treaty'],  # 8
        ['an important step toward concluding a peace treaty', 'The most important thing is to conclude a peace treaty', 'We need to understand what would happen to the islands', 'For us the key thing is the peace treaty'],  # 9
        ['an important step toward concluding a peace treaty', 'the peace treaty issue must be brought to an end by the current generation', 'the most important thing was to conclude a peace treaty', 'Russia needs to understand what would happen to the islands', 'he called the peace treaty "the key thing."'],  # 10
        ['самое важное — заключение мирного договора', 'Нам нужно понимать, что будет с островами', 'ключевым для России является мирный договор', 'важным шагом к заключению мирного договора'],  # 11
    ],
    'LAVROV_KONO_2019_STORY': [
        ["including Russia's sovereignty over all of the southern Kurils"],  # 1
        ["including Russia's sovereignty over all of the southern Kurils", 'is unacceptable to us. It is a claim to our land'],  # 2
        ["including Russia's sovereignty over all of the southern Kurils", 'is unacceptable to us. It is a claim to our land'],  # 3
        ['I want the treaty talks to move forward in a calm environment', "including Russia's sovereignty over all of the southern Kurils"],  # 4
        ['включая суверенитет Российской Федерации над всеми южными Курилами', 'Это претензия на нашу землю, и принять это мы не можем'],  # 5
        ["including Russia's sovereignty over all of the southern Kurils", 'is unacceptable to us. It is a claim to our land', 'I want the treaty talks to move forward in a calm environment'],  # 6
        ['including Russia sovereignty over all the southern Kurils', 'It is a claim on our land', 'I want the treaty talks to move forward in calm environment'],  # 7
        ['Никакой передачи островов на повестке дня нет', 'Япония должна признать суверенитет России над всеми южными Курилами'],  # 8
        ['日本側はまだ一歩も前に進んでいない', '南クリル諸島すべてに対するロシアの主権を日本が認めるよう求めていました'],  # 9
        ["including Russia's sovereignty over all of the southern Kurils", 'Japan had not yet moved a single step toward recognizing', 'he wanted the talks to move forward in a calm environment', 'any handover of islands was "not on the agenda."'],  # 10
    ],
    'SUSPENSION_2022_STORY': [
        ['российская сторона не намерена вести с Японией переговоры о мирном договоре'],  # 1
        ['the Russian side does not intend to hold talks with Japan on a peace treaty'],  # 2
        ['二国間関係の基本的な文書について話し合うことは不可能だ'],  # 3
        ['日ロ関係にその責任を転嫁しようとする対応は極めて不当で', '二国間関係の基本的な文書について話し合うことは不可能だ'],  # 4
        ['is extremely unjust and absolutely unacceptable, and we strongly protest', 'concluding a peace treaty remains unchanged', 'Moscow\'s attempt to blame Japan was "extremely unjust"', 'it is impossible to discuss a fundamental document on bilateral ties'],  # 5
        ['"extremely unjust and absolutely unacceptable"', 'because it was impossible to discuss a fundamental document with a state'],  # 6
        ['the talks on the Kurils had long been little more than a ritual', '"extremely unjust and absolutely unacceptable"', 'because it was impossible to discuss a fundamental document with a state'],  # 7
        ['impossible to discuss a fundamental document on bilateral relations', 'the talks on the Kurils had long been little more than a ritual', '"extremely unjust and absolutely unacceptable."'],  # 8
        ['is extremely unjust and absolutely unacceptable, and we strongly protest', 'concluding a peace treaty remains unchanged', 'Moscow\'s attempt to blame Japan was "extremely unjust"', 'it is impossible to discuss a fundamental document on bilateral ties'],  # 9
        ['Вся ответственность за то, что диалог о мирном договоре прерван', 'не намерен продолжать переговоры с Японией о мирном договоре', '«крайне несправедливым и абсолютно неприемлемым»'],  # 10
        ['it could not discuss a fundamental document on bilateral ties', 'all responsibility for the breakdown lies with Japan', 'called the talks little more than a ritual', 'was extremely unjust and absolutely unacceptable', 'policy of resolving the territorial issue and concluding a peace treaty'],  # 11
    ],
    'ISHIBA_DIET_2024_STORY': [
        ['領土問題を解決し、平和条約を締結するとの方針を堅持する'],  # 1
        ['領土問題を解決し、平和条約を締結するとの方針を堅持する', '北方四島は我が国が主権を有する島々であり'],  # 2
        ['will maintain its policy of resolving the territorial issue with Russia', 'the four islands are islands over which Japan has sovereignty'],  # 3
        ["incompatible with Japan's position on the Northern Territories", 'Japan will stick to its policy of resolving the territorial issue'],  # 4
        ["incompatible with Japan's position on the Northern Territories", 'Japan will stick to its policy of resolving the territorial issue'],  # 5
        ['領土問題を解決して平和条約を締結するという方針に変わりはない', '平和条約を締結するとの方針を堅持する考えを示していました'],  # 6
        ['Наш курс на решение территориального вопроса и заключение мирного договора', 'над которой Япония обладает суверенитетом'],  # 7
        ['Южные Курилы — неотъемлемая часть Российской Федерации', 'Япония обладает суверенитетом над четырьмя островами'],  # 8
        ['никаких условий для возобновления диалога о мирном договоре нет', 'Южные Курилы - неотъемлемая часть Российской Федерации'],  # 9
        ['Japan would stick to its policy of resolving the territorial issue', 'the four islands are islands over which Japan has sovereignty', 'he said the policy was unchanged and that he would work at it patiently', "a military buildup on the islands is incompatible with Japan's position", 'the southern Kurils are an integral part of the Russian Federation', 'there were no conditions for resuming peace treaty talks'],  # 10
    ],
    'TAKAICHI_2025_STORY': [
        ['領土問題を解決して平和条約を締結するという方針は堅持する'],  # 1
        ['北方四島は我が国固有の領土であり、ロシアに不法に占拠されている', '領土問題を解決して平和条約を締結するという方針は堅持する'],  # 2
        ['北方四島は我が国固有の領土であり、ロシアに不法に占拠されている', '領土問題を解決して平和条約を締結するという方針は堅持する'],  # 3
        ["are an inherent part of Japan's territory and are illegally occupied by Russia", 'Japan will maintain its policy of resolving the territorial issue'],  # 4
        ['southern Kuril Islands are Japan\'s "inherent territory"'],  # 5
        ["expresses the government's consistent position on the Northern Territories", "inherent part of Japan's territory illegally occupied by Russia"],  # 6
        ['Курилы - это территория Российской Федерации. Обсуждать здесь нечего', '"незаконно оккупированы" Россией'],  # 7
        ['Южные Курилы стали частью нашей страны по итогам Второй мировой войны', 'Курилы — территория России и обсуждать здесь нечего', 'незаконно оккупированы Россией'],  # 8
        ["an inherent part of Japan's territory illegally occupied by Russia", 'the Kurils were Russian territory and that there was nothing to discuss', 'revanchism in its purest form'],  # 9
        ['ロシア側の反発によって、政府の立場が変わることはない', '首相の発言を「純然たる報復主義だ」と批判していた'],  # 10
        ["Russia's reaction will not change the government's position", 'southern Kurils became part of Russia as a result of World War II', 'earlier said there was nothing to discuss'],  # 11
    ],
}

NOT_STATEMENTS = {
    'HIKIWAKE_2012_STORY': [
        ['Putin opponents plan rally in Moscow after the vote'],  # 1
        ['Japan needs gas and we have it. We can raise deliveries from Sakhalin quickly', 'have prevented the two countries from signing a formal peace treaty', 'became the first Russian leader to set foot on one of the islands'],  # 2
        ['Japan has long insisted on the return of all four islands', 'Japan needs gas and we have it', 'became the first Russian leader to set foot on one of the islands'],  # 3
        ['Россия могла бы быстро нарастить поставки энергоносителей в Японию', 'Россия и Япония после окончания Второй мировой войны так и не заключили мирный договор'],  # 4
        ['共同宣言は、平和条約締結後に歯舞群島と色丹島を日本に引き渡すと定めている', '日本はガスを必要としており、我々にはそれがある', 'プーチン氏の発言の真意をめぐっては、日本側でさまざまな受け止めが出そうだ'],  # 5
        ['Putin also said Japan needs gas after Fukushima and Russia can quickly send more', 'there is still no peace treaty between the countries'],  # 6
        ['в воскресенье Путин проголосует на избирательном участке в Москве', 'в ноябре 2010 года остров Кунашир посетил президент Дмитрий Медведев'],  # 7
        ['Журналисты спросили министра, изменится ли подход Москвы к переговорам', 'Москва выступает против любого внешнего вмешательства во внутренние дела этой страны', 'Главным препятствием остается вопрос о принадлежности южных Курил'],  # 8
        ['A draw in judo means nobody scores', 'did not expect any progress on the islands within the next decade', 'Others point out that the 1956 declaration speaks only of Habomai and Shikotan'],  # 9
        ['Words are one thing. We will judge him by what he actually proposes', 'the dispute has prevented the two countries from concluding a postwar peace treaty'],  # 10
    ],
    'ABE_MOSCOW_2013_STORY': [
        ['according to a joint statement released after their talks in the Kremlin', 'The statement says the two leaders will instruct their foreign ministries to speed up work'],  # 1
        ['according to a joint statement released after their talks in the Kremlin', 'The statement says the two leaders will instruct their foreign ministries to speed up work'],  # 2
        ['双方に受け入れ可能な形で問題を最終的に解決する交渉を加速させるよう', '外務・防衛の閣僚協議、いわゆる「2プラス2」を新たに立ち上げることでも合意しました', 'エネルギーや極東開発の分野で協力を一層進めたいという考えも示しました', 'メドベージェフ大統領（当時）が北方領土の国後島を訪れたことなどで冷え込み'],  # 3
        ['Japanese companies were welcome to join liquefied natural gas projects', 'security dialogue of foreign and defense ministers would help build trust', 'according to a joint statement released after their talks in the Kremlin'],  # 4
        ['товарооборот между Россией и Японией в прошлом году достиг рекордных 32 млрд долларов', 'Стороны договорились о создании формата «два плюс два»'],  # 5
        ['Japanese companies were welcome to join liquefied natural gas projects', 'The statement says the two leaders will instruct their foreign ministries to speed up work'],  # 6
        ['「安全保障分野での信頼醸成につなげたい」と述べ', '政府関係者は「首脳同士の信頼関係ができたのは大きい」と話している', 'ロシア側は歯舞、色丹の2島引き渡しを明記した1956年の日ソ共同宣言を交渉の出発点とする立場'],  # 7
        ['Japanese firms would take a bigger part in developing the Russian Far East', 'Analysts caution that Moscow has shown little sign of moving beyond', 'Soviet forces took them as the war was ending'],  # 8
        ['Между Россией и Японией до сих пор нет мирного договора'],  # 9
    ],
    'MEDVEDEV_ITURUP_2015_STORY': [
        ['he visited Kunashir as president in 2010 and as prime minister in 2012', 'The prime minister is expected to visit a new fish processing plant'],  # 1
        ['This plant gives the island several hundred jobs and modern processing', 'said the salaries of doctors working on the islands had to be raised', 'The new federal target programme for the social and economic development', 'The two countries have not signed a peace treaty since the end of World War II'],  # 2
        ['Завод дает острову несколько сотен рабочих мест', 'поручил проработать вопрос о повышении зарплат врачам', 'Мирный договор между двумя странами после Второй мировой войны так и не был подписан'],  # 3
        ['外務省は、東京にあるロシア大使館の幹部に対して電話で抗議しました', '「諸般の事情を総合的に勘案して判断したい」と述べ', '今回の訪問で先行きが一段と不透明になりました', '元島民から「また来たのか。交渉が遠のくばかりだ」と落胆の声'],  # 4
        ['The Foreign Ministry conveyed the protest by telephone to a senior official', 'he would decide "taking various circumstances into account."', 'the row over them has left the two countries without a peace treaty'],  # 5
        ["Corrects Kishida's quote in 2nd para", 'The Foreign Ministry conveyed the protest by telephone to a senior official', 'the row over them has left the two countries without a peace treaty'],  # 6
        ['岸田文雄外相の月内の訪ロについては「現時点で何も決まっていない」と語るにとどめた', '国民に丁寧に説明し、今国会での成立を期したい', '政府内では、年内に予定されるプーチン大統領の来日への影響を懸念する声も出ている', '北方四島の帰属問題を解決して平和条約を締結するとした1993年の東京宣言'],  # 7
        ['российская сторона готова к контактам в любые согласованные сроки', 'МИД Японии в тот же день выразил протест посольству России в Токио'],  # 8
        ['Asked about the timing, he said only that nothing had been decided', 'Government sources said the trip is likely to slip to the autumn', 'has now visited the disputed islands three times'],  # 9
        ['Russian Prime Minister Dmitry Medvedev during his visit to Iturup Island', 'Russia and Japan have still not signed a peace treaty after World War II'],  # 10
    ],
    'NAGATO_2016_STORY': [
        ['Putin arrived nearly three hours late', 'has prevented the two countries from signing a postwar peace treaty'],  # 1
        ['He added that around 80 documents, mostly commercial, would be signed', 'One 82-year-old woman said she only wanted to see her home island once more', 'Japan and Russia never signed a peace treaty after World War II because of the dispute'],  # 2
        ['в ходе визита будет подписано около 80 документов', 'Япония претендует на острова Итуруп, Кунашир, Шикотан и гряду Хабомаи'],  # 3
        ["Abe and Putin have resumed talks at the prime minister's office", 'Japan and Russia never signed a peace treaty after World War II because of the dispute'],  # 4
        ['If we want economic ties to grow, the sanctions should go', 'but made no visible progress on the territorial row', 'Abe has invested heavily in his relationship with Putin'],  # 5
        ['より自由に故郷の島を訪れ、お墓参りができるよう、手続きを改善することでも合意した', '共同経済活動の協議開始などを盛り込んだプレス向け声明を発表しました', '官民合わせて80件の文書が交わされました'],  # 6
        ["Abe and Putin have resumed talks at the prime minister's office", 'Japan and Russia never signed a peace treaty after World War II because of the dispute'],  # 7
        ['If we want economic ties to grow, the sanctions should go', 'but made no visible progress on the territorial row'],  # 8
        ['If we want economic ties to grow, the sanctions should go', 'Oil steadies after OPEC deal'],  # 9
        ['former islanders can visit family graves more freely', 'Nothing was agreed on the return of any of the islands', 'The governments are to hold working-level talks on the joint projects'],  # 10
        ['в Кремле удовлетворены итогами визита и атмосферой переговоров', 'Мирный договор между Россией и Японией не подписан с окончания Второй мировой войны'],  # 11
    ],
    'LAVROV_KONO_2019_STORY': [
        ['Russia detains U.S. citizen on spying charges'],  # 1
        ["Lavrov also criticised Washington's plan to pull out of the Intermediate-range Nuclear Forces", 'agreed in Singapore in November to speed up talks on the basis of a 1956 declaration', 'the dispute has kept the two countries from signing a formal peace treaty'],  # 2
        ["Corrects paragraph 3 to show Lavrov referred to Japan's legislation", "Lavrov also criticised Washington's plan to pull out of the Intermediate-range Nuclear Forces", 'agreed in Singapore in November to speed up talks on the basis of a 1956 declaration'],  # 3
        ['agreed on the need to fully implement U.N. Security Council sanctions', 'a 1956 joint declaration that stipulates the handover of Shikotan and the Habomai islets'],  # 4
        ['выразил обеспокоенность планами США выйти из Договора о ликвидации ракет', 'Токио будет проводить более самостоятельную линию в вопросе антироссийских санкций', 'договорились ускорить переговорный процесс на основе советско-японской декларации 1956 года'],  # 5
        ['agreed sanctions against Pyongyang must be fully enforced', "Lavrov also criticised Washington's plan to pull out of the Intermediate-range Nuclear Forces", 'the dispute has kept the two countries from signing a formal peace treaty'],  # 6
        ['Also Lavrov criticized plan of Washington to withdraw from INF treaty', 'because of this the two countries has no formal peace treaty'],  # 7
        ['продолжат консультации по упрощению визового режима', 'Камнем преткновения остается вопрос о принадлежности южных Курил'],  # 8
        ['「国際的な安全保障の土台を損なうものだ」と批判しました', '日本政府関係者は「ロシア側の原則的な立場をあらためて示したものだ」として', '1956年の日ソ共同宣言を基礎に平和条約交渉を加速させることで合意しています', '島の引き渡しに反対する集会がモスクワなどで開かれ'],  # 9
        ['a large majority of Russians oppose handing over any of the islands', 'Moscow is setting the bar so high that no Japanese government can clear it'],  # 10
    ],
    'SUSPENSION_2022_STORY': [
        ['Решение принято в ответ на ограничительные меры, которые Токио ввел против России', 'Япония расширила санкционный список против России'],  # 1
        ['Moscow was ending visa-free trips for Japanese citizens to the South Kurils', "Russia will block Japan's bid to become a sectoral dialogue partner", 'The main stumbling block is the issue of the ownership of the southern part'],  # 2
        ['日本が科した制裁への対抗措置とみられます', '北方四島と日本との間のビザなし交流と、元島民による自由訪問を停止する', 'ロシアのウクライナ侵攻以降、両国の関係は急速に冷え込んでいます', 'ふるさとへの訪問まで止められるのは残念でならない', '第2次世界大戦の結果、正当にロシア領になったという立場をとっています'],  # 3
        ['引き続きG7をはじめとする国際社会と緊密に連携して、適切に対応していく', '外交ルートを通じてロシア側に抗議したことを明らかにしました', '北方四島と日本との間のビザなし交流などを停止する', '北方領土問題をめぐる交渉の再開は、当面、見通せない状況です', 'ロシアの銀行や政府関係者の資産凍結など、制裁を相次いで強化しています'],  # 4
        ['Moscow also said it will end visa-free exchanges with the four Russian-held islands', 'Japan would keep coordinating its sanctions with the other Group of Seven nations', 'the quarrel has kept the neighbours from a peace treaty ever since'],  # 5
        ['negotiations with Ukraine had not progressed as far as Moscow would like', 'The two countries never signed a treaty formally ending the second world war', 'Heavy shelling continued overnight in Mariupol'],  # 6
        ['negotiations with Ukraine had not progressed as far as Moscow would like', 'The two countries never signed a treaty formally ending the second world war', 'More than 3.5 million people have now fled Ukraine'],  # 7
        ['Under Abe, Japan had quietly narrowed its demands to two of the four islands', 'Moscow amended its constitution in 2020 to forbid ceding territory', "the latest casualty of Tokyo's decision to join Western sanctions"],  # 8
        ['Moscow also said it will end visa-free exchanges with the four Russian-held islands', 'Japan would keep coordinating its sanctions with the other Group of Seven nations', 'the quarrel has kept the neighbours from a peace treaty ever since'],  # 9
        ['осудила решение Токио передать Киеву бронежилеты и каски', 'Россия и Япония так и не подписали мирный договор по итогам Второй мировой войны'],  # 10
        ['Visa-free exchanges and trips by former islanders to family graves are suspended', 'Nothing will move on the territorial front while the war goes on', 'Japanese fishing near the islands, governed by separate agreements'],  # 11
    ],
    'ISHIBA_DIET_2024_STORY': [
        ['首相は1日に就任し、4日に所信表明演説を行った', '野田氏は、ロシアのウクライナ侵略が続く中での対ロ外交の方針をただした', '厳しい対ロ制裁とウクライナ支援を続ける」とも述べた', '衆院本会議で答弁する石破茂首相＝7日午後、国会内'],  # 1
        ['事業の再開は最優先事項の一つだ。ロシア側に引き続き強く求めていく', '全ての被害者の一日も早い帰国を実現するため、全力で取り組む', '野田氏は、ロシアのウクライナ侵略が続く中での対ロ外交の方針をただした', 'ロシアは2022年3月、日本の対ロ制裁を理由に平和条約交渉を中断した'],  # 2
        ['resuming visits by former islanders to family graves on the islands', 'Russia suspended negotiations on a peace treaty in March 2022', 'are controlled by Russia. Russia calls them the Southern Kurils'],  # 3
        ["According to Russia's Eastern Military District, around 1,000 troops took part", 'Russia suspended the peace treaty negotiations in March 2022'],  # 4
        ["Corrects Hayashi's title in 1st para", "According to Russia's Eastern Military District, around 1,000 troops took part", 'Russia suspended the peace treaty negotiations in March 2022'],  # 5
        ['日本漁船の安全な操業が確保されるよう、ロシア側と粘り強く交渉していく', '国民の信頼を取り戻すため、ルールの徹底に取り組む', '代表質問は8日で終わり、衆議院は9日に解散される見通しです', 'G7と連携して制裁とウクライナ支援を続ける', '北方墓参の再開に向けて、あらゆる機会を捉えてロシア側に働きかける'],  # 6
        ['В марте 2022 года Россия прекратила переговоры о мирном договоре с Японией', 'Нижняя палата парламента будет распущена 9 октября'],  # 7
        ['российская сторона остается открытой к переговорам о промысле японских рыбаков', 'Россия и Япония не подписали мирный договор после Второй мировой войны'],  # 8
        ['Россия продолжит поставки сжиженного природного газа с проекта "Сахалин-2"'],  # 9
        ['Russia policy is unlikely to be a campaign issue', 'Moscow shows no sign of wanting to restart talks'],  # 10
    ],
    'TAKAICHI_2025_STORY': [
        ['年内に経済対策を取りまとめ、補正予算案を速やかに国会に提出したい', 'GDP比2%の目標の達成時期の前倒しを検討する'],  # 1
        ['来年の操業に向けて、ロシア側と協議の準備を進めている', '年内に経済対策を取りまとめ、補正予算案を速やかに国会に提出したい'],  # 2
        ['来年の操業に向けて、ロシア側と協議の準備を進めている', 'ロシアは2022年3月、日本の対ロ制裁を理由に平和条約交渉を中断', '歴代政権は近年、国会答弁などで「不法占拠」との表現を控える傾向にあった', '衆院予算委員会で答弁する高市早苗首相＝10日午後、国会内', '北方領土の現状を政府はどう認識しているのか'],  # 3
        ["Tokyo was preparing for talks with Moscow on next year's salmon and trout fishing", 'Russia suspended peace treaty talks in March 2022 in response to sanctions', 'using language that her recent predecessors had largely avoided'],  # 4
        ['Moscow has repeatedly stated that the islands became part of the Soviet Union after World War II', 'Russia withdrew from peace treaty negotiations with Japan after Tokyo joined'],  # 5
        ["Japan's position on Taiwan also remains unchanged", 'Russia suspended peace treaty negotiations with Japan in 2022'],  # 6
        ['контакты между Владимиром Путиным и новым японским премьером в настоящее время не планируются', 'Россия отказалась продолжать переговоры о мирном договоре с Японией'],  # 7
        ['раскритиковала планы Токио ускорить наращивание военного бюджета'],  # 8
        ["Analysts say Takaichi's words are aimed mainly at a domestic audience", "when Moscow walked away from peace treaty talks over Tokyo's sanctions"],  # 9
        ['首相は従来の政府見解を述べただけだ。ことさら問題視する必要はない', '中断している墓参の再開が一段と遠のくことを懸念する声も出ている', '日ロ間の対話は途絶えたままで、交渉再開の糸口は見えない', '首相周辺によると、答弁の表現は事前に外務省とすり合わせていたという'],  # 10
        ['Japanese Prime Minister Sanae Takaichi speaks to reporters at her office', 'Russia withdrew from peace treaty talks with Japan in 2022'],  # 11
    ],
}

EXPECTED = {
    'HIKIWAKE_2012_STORY': [
        ('www.reuters.com', 'Vladimir Putin'),  # P1
        ('www.reuters.com', 'Vladimir Putin'),  # P2
        ('www.reuters.com', 'Vladimir Putin'),  # P3
        ('www.interfax.ru', 'Dmitry Peskov'),  # K1
        ('www.itar-tass.com', 'Sergei Lavrov'),  # L1
    ],
    'ABE_MOSCOW_2013_STORY': [
        ('english.kyodonews.jp', 'Shinzo Abe'),  # A1
        ('english.kyodonews.jp', 'Vladimir Putin'),  # P1
        ('english.kyodonews.jp', 'Vladimir Putin'),  # P2
        ('www.jiji.com', 'Fumio Kishida'),  # KI1
        ('www.japantimes.co.jp', 'Shinzo Abe'),  # A2
    ],
    'MEDVEDEV_ITURUP_2015_STORY': [
        ('tass.ru', 'Dmitry Medvedev'),  # ME1
        ('www3.nhk.or.jp', 'Fumio Kishida'),  # KI1
        ('www.jiji.com', 'Yoshihide Suga'),  # SU1
        ('www.interfax.ru', 'Maria Zakharova'),  # Z1
        ('www.japantimes.co.jp', 'Fumio Kishida'),  # KI2
    ],
    'NAGATO_2016_STORY': [
        ('www.japantimes.co.jp', 'Yuri Ushakov'),  # U1
        ('www.japantimes.co.jp', 'Shinzo Abe'),  # A1
        ('www.japantimes.co.jp', 'Vladimir Putin'),  # P1
        ('www.reuters.com', 'Vladimir Putin'),  # P2
        ('www3.nhk.or.jp', 'Shinzo Abe'),  # A2
        ('www.japantimes.co.jp', 'Vladimir Putin'),  # P3
    ],
    'LAVROV_KONO_2019_STORY': [
        ('www.reuters.com', 'Sergei Lavrov'),  # L1
        ('www.reuters.com', 'Sergei Lavrov'),  # L2
        ('english.kyodonews.net', 'Taro Kono'),  # K1
        ('ria.ru', 'Maria Zakharova'),  # Z1
        ('www3.nhk.or.jp', 'Sergei Lavrov'),  # L3
    ],
    'SUSPENSION_2022_STORY': [
        ('www.interfax.ru', 'Russian Foreign Ministry'),  # F1
        ('www3.nhk.or.jp', 'Hirokazu Matsuno'),  # M1
        ('english.kyodonews.net', 'Fumio Kishida'),  # KI1
        ('english.kyodonews.net', 'Fumio Kishida'),  # KI2
        ('www.theguardian.com', 'Dmitry Medvedev'),  # ME1
        ('ria.ru', 'Maria Zakharova'),  # Z1
    ],
    'ISHIBA_DIET_2024_STORY': [
        ('www.jiji.com', 'Shigeru Ishiba'),  # I1
        ('www.jiji.com', 'Shigeru Ishiba'),  # I2
        ('english.kyodonews.net', 'Yoshimasa Hayashi'),  # H1
        ('www3.nhk.or.jp', 'Shigeru Ishiba'),  # I3
        ('ria.ru', 'Maria Zakharova'),  # Z1
        ('www.interfax.ru', 'Mikhail Galuzin'),  # G1
    ],
    'TAKAICHI_2025_STORY': [
        ('www3.nhk.or.jp', 'Sanae Takaichi'),  # T1
        ('www3.nhk.or.jp', 'Sanae Takaichi'),  # T2
        ('www3.nhk.or.jp', 'Minoru Kihara'),  # KH1
        ('www.interfax.ru', 'Dmitry Peskov'),  # PE1
        ('ria.ru', 'Maria Zakharova'),  # Z1
        ('www.asahi.com', 'Sanae Takaichi'),  # T3
    ],
}

