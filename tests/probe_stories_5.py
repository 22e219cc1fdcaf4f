"""Eight more multi-outlet probe stories (round 5: how one remark comes back day after day), written independently
of rounds 1-4 (own words, each outlet's style, other events: 2013-2025). A reader of the morning alert email wants
each utterance once; these stories carry the repeats that would annoy them and the genuinely new remarks hidden
among them. The same outlet's story updated during the day (a two-sentence flash, then «(обновлено)», 【更新】 or
"UPDATE 1" under another URL with more paragraphs, then a full write-up the next morning), each version re-quoting
the first remark, with a new remark appearing only in a later version; a morning briefing or "what happened
yesterday" recap, a weekly review, a "quote of the week" column, TV programmes' transcripts, think-tank newsletters
recalling remarks already reported in shortened, merged or re-ordered form; an editorial and an op-ed quoting a
remark to argue with it; translations by other outlets' foreign-language services (TASS English, NHK World English
and Russian, Sputnik Japan, Kyodo English) with the quote re-translated in other words. In the same stories stand
NEW remarks that look like repeats: the same speaker's standard formula at another occasion (a later press
conference, another interview), a denial or clarification by the same speaker the next day, another official of the
same ministry saying similar words, a second speech by the same speaker the same day. Non-treaty words of officials
in the same articles (trade, energy, sport, North Korea, export controls, fisheries, a leadership race), background
paragraphs, events, documents, journalists' questions, anonymous sources, experts and the writers' own analysis are
no remarks.

Each story: a list of (url, language, published, title, text) in processing order.
EXPECTED[name]: the (host, speaker) of every report that should be flagged new (first report of each distinct
treaty utterance, in processing order).
REMARKS[name]: per report, the treaty remarks it carries as (speaker, remark id); a remark id names one utterance
(same speaker, same words, same occasion). The first report of each id is the expected alert. A later utterance by
the same speaker on another occasion, however close in substance, gets its own id; so does another point made by
the same speaker on the same occasion, and a denial or clarification the next day. A lead retelling the quote below
it is the same remark (listed once per report); a recollection ("last week X said ...") is the recalled remark; an
event recalled without attribution ("the leaders agreed ...") is no remark.
"""

# ---------------------------------------------------------------------------------------------------------------
# 1. Former Prime Minister Yoshiro Mori in Moscow as Abe's special envoy, 21-22 February 2013. Mori MO1 after
#    meeting Putin (felt the president's strong will to resolve the issue; both sides to prepare for substantive talks
#    during Abe's visit; the lead retells it), Kyodo Japanese first; Abe's letter on energy (a document, not treaty);
#    the government insiders' view (anonymous). ITAR-TASS: Peskov PK1 (Putin set on continuing work on the treaty and
#    looking for a mutually acceptable solution, but the position on the islands well known and unchanged; no
#    sensations; the lead retells it), Putin's opening words on trade and energy (not treaty). RIA (MO1 in Russian
#    via Kyodo, PK1 recalled). The Japan Times (Kyodo English: MO1 re-quoted in other words, PK1 summarised; media
#    speculation about an "area split": no remark). NHK on 22 February: Suga S1 (no such plan under study; the basic
#    policy of settling the four islands' attribution unchanged), MO1 recalled; the timing of Abe's visit (not
#    treaty). Jiji the same day: Mori MO2, his clarification the next day (never proposed an area split to the
#    president; it did not come up: same speaker, another occasion, NEW), MO1 and S1 recalled. Sankei's editorial on
#    24 February quoting MO1 and MO2 to argue with them (the paper's own view: no remark).
MORI_ENVOY_2013_STORY = [
    ("http://www.47news.jp/CN/201302/CN2013022101002201.html", "ja", "2013-02-21",
     "森元首相、プーチン大統領と会談　「解決への強い意志感じた」",
     """【モスクワ共同】安倍晋三首相の特使としてロシアを訪問している森喜朗元首相は21日、クレムリンでプーチン大統領と約1時間20分会談した。森氏は会談後、記者団に対し、大統領が北方領土問題を含む平和条約締結交渉の前進に強い意欲を示したと明らかにした。

森氏は「大統領からは、この問題を何とか解決したいという強い意志を感じた。安倍首相が訪ロした際に中身のある議論ができるよう、双方で準備を進めることで一致した」と語った。

森氏は会談の冒頭、首相の親書を手渡した。親書には、エネルギーや極東開発での協力を深めたいとの首相の意向が盛り込まれているという。

日本政府内では、森氏の訪ロを首相の早期訪ロに向けた地ならしと位置付ける見方が強い。"""),
    ("http://www.itar-tass.com/c1/652817.html", "ru", "2013-02-21",
     "Песков: позиция России по островам известна и не меняется",
     """МОСКВА, 21 февраля. /ИТАР-ТАСС/. Владимир Путин, встретившись в Кремле со специальным посланником премьер-министра Японии Ёсиро Мори, подтвердил настрой на продолжение работы по мирному договору и поиск взаимоприемлемого решения. Вместе с тем позиция Москвы по островам хорошо известна и остается неизменной, сообщил журналистам пресс-секретарь президента РФ Дмитрий Песков.

"Президент подтвердил, что Россия настроена продолжать работу по мирному договору и искать решение, которое устроило бы обе стороны. Но наша позиция по островам хорошо известна, и она не изменилась. Так что никаких сенсаций ждать не надо", - сказал Песков.

Открывая встречу, Путин отметил, что товарооборот между двумя странами по итогам прошлого года вышел на рекордный уровень. "Мы видим большой потенциал в энергетике, в совместных проектах на Дальнем Востоке", - сказал президент.

Мори, возглавлявший правительство Японии в 2000-2001 годах, передал Путину личное послание Синдзо Абэ."""),
    ("http://ria.ru/politics/20130221/924112634.html", "ru", "2013-02-21",
     "Мори: Путин настроен решить проблему мирного договора",
     """ТОКИО, 21 фев - РИА Новости. Бывший премьер-министр Японии Ёсиро Мори, встретившийся в четверг в Москве с Владимиром Путиным, заявил японским журналистам, что почувствовал у российского президента твердое желание урегулировать проблему мирного договора, передает агентство Киодо.

"Я ощутил со стороны президента сильную волю как-то решить этот вопрос. Мы договорились готовиться так, чтобы во время визита премьера Абэ в Россию разговор получился предметным", - приводит агентство слова Мори.

Ранее пресс-секретарь президента РФ Дмитрий Песков сообщил, что позиция Москвы по островам остается неизменной.

Мори прибыл в Москву в среду в качестве специального посланника Абэ. Токио добивается возвращения четырех южных Курильских островов, которые называет "северными территориями"; Москва исходит из того, что они вошли в состав СССР по итогам Второй мировой войны."""),
    ("http://www.japantimes.co.jp/news/2013/02/22/national/mori-senses-putin-resolve-on-isles/", "en", "2013-02-22",
     "Mori senses Putin resolve on isles",
     """MOSCOW - Former Prime Minister Yoshiro Mori, visiting Russia as Prime Minister Shinzo Abe's special envoy, said Thursday that President Vladimir Putin appeared genuinely keen to settle the territorial dispute that has left the two countries without a peace treaty since World War II.

"I could sense the president's strong determination to find some way of resolving this issue. We agreed that both sides would get ready so that real discussions can be held when Prime Minister Abe visits Russia," Mori told reporters after the roughly 80-minute meeting at the Kremlin.

Mori also handed Putin a personal letter from Abe.

Kremlin spokesman Dmitry Peskov, however, said Russia's stance on the islands had not changed.

Some Japanese media reports before the trip had speculated that Mori might float the idea of dividing the disputed area in half. The subject did not come up in his remarks to reporters Thursday.

Kyodo"""),
    ("http://www3.nhk.or.jp/news/html/20130222/k10015692301000.html", "ja", "2013-02-22",
     "官房長官 “面積等分”は検討せず",
     """菅官房長官は22日午前の記者会見で、森元総理大臣がプーチン大統領との会談のあと、大統領が北方領土問題の解決に強い意志を示したと述べたことに関連し、北方四島を面積で2等分して解決を図るという、一部で報じられた案について質問されました。

これに対し菅官房長官は「そうした案を政府として検討している事実はない。北方四島の帰属の問題を解決して平和条約を締結するという政府の基本方針には、何ら変わりはない」と述べました。

また菅官房長官は、安倍総理大臣のロシア訪問の時期について「まだ何も決まっていない。森元総理の報告を聞いたうえで検討していくことになる」と述べました。

森元総理大臣は、安倍総理大臣の親書を携えて、20日からロシアを訪れています。"""),
    ("http://www.jiji.com/jc/c?g=pol_30&k=2013022200512", "ja", "2013-02-22",
     "「面積等分、提案していない」＝森元首相、帰国前に釈明",
     """【モスクワ時事】ロシアを訪問中の森喜朗元首相は22日、モスクワ市内で同行記者団と懇談し、北方領土問題の解決策として一部で報じられた「面積等分」案について「私が大統領に提案したことは一度もないし、今回の会談でもそういう話は一切出ていない。政府の方針を超えたことを言うつもりはない」と述べ、自らの構想であるかのような報道を否定した。

森氏は前日、プーチン大統領と会談し、記者団に「大統領から問題を解決したいという強い意志を感じた」と語っていた。

これに関し、菅義偉官房長官は22日午前の記者会見で「政府の基本方針に変わりはない」と強調した。

森氏は23日に帰国し、安倍首相に会談内容を報告する。"""),
    ("http://sankei.jp.msn.com/politics/news/130224/plc13022403090002-n1.htm", "ja", "2013-02-24",
     "【主張】森氏の訪露　「四島」の原則を揺るがすな",
     """安倍晋三首相の特使としてロシアを訪れた森喜朗元首相が、プーチン大統領と会談した。首相の早期訪露に向けた地ならしとしての意味はあろう。

だが、森氏が会談後に語った「問題を解決したいという強い意志を感じた」という大統領評を、額面通りに受け取るわけにはいかない。ロシアは択捉、国後両島で軍施設や空港などのインフラ整備を着々と進めている。言葉ではなく行動を見極める必要がある。

気がかりなのは、森氏の訪露前から「面積等分」なる解決策が取り沙汰されたことだ。森氏は帰国前、「大統領に提案したことは一度もない」と釈明したが、特使が個人的な構想を温めているかのような印象が広がっただけでも、交渉上の損失は小さくない。

四島の帰属の問題を解決して平和条約を締結するという原則は、歴代政権が積み上げてきたものだ。政府は原則を揺るがせにせず、腰を据えて交渉に臨んでほしい。"""),
]

# ---------------------------------------------------------------------------------------------------------------
# 2. Abe at the Sochi Olympics: his summit with Putin, 8 February 2014. NHK's two-sentence flash: Abe A1 (make
#    Putin's autumn visit fruitful, one that moves the treaty talks forward); the autumn visit agreed (an event).
#    ITAR-TASS: Ushakov U1 (the treaty touched on without going into details; experts, deputy ministers included, to
#    continue; the leaders to come back to it during the visit to Tokyo; the lead retells it), Putin's welcome (not
#    treaty). NHK's update under another URL: A1 re-quoted and, only here, Abe A2 (another point after the same
#    meeting: the Northern Territories issue one he and the president must resolve; speed up the talks through the
#    vice-ministerial consultations: NEW); the boycott of the opening ceremony (an event). NHK World English the next
#    day (A1 and A2 re-translated). NHK's full write-up the next morning (A1, A2, U1 in Japanese; anonymous voices in
#    the government and an academic: no remarks). RBC's "what happened over the weekend" recap (A1 and A2 merged into
#    one sentence, U1). Jiji on 10 February: Suga S1 (the government will prepare thoroughly so that the visit leads
#    to concrete progress in the treaty talks: a different speaker with similar words, NEW); the Olympic team (not
#    treaty).
SOCHI_2014_STORY = [
    ("http://www3.nhk.or.jp/news/html/20140208/k10015103461000.html", "ja", "2014-02-08",
     "日ロ首脳会談 プーチン大統領の秋の来日で一致",
     """ソチオリンピックの開会式に出席するためロシアを訪れている安倍総理大臣は、8日、ソチでプーチン大統領と会談し、プーチン大統領がことし秋に日本を訪問することで一致しました。安倍総理大臣は会談のあと記者団に対し「大統領の訪日を、平和条約交渉を前に進める実り多いものにしたい」と述べました。"""),
    ("http://itar-tass.com/politika/930871", "ru", "2014-02-08",
     "Ушаков: Путин и Абэ вернутся к теме мирного договора во время визита президента в Японию",
     """СОЧИ, 8 февраля. /ИТАР-ТАСС/. Тема мирного договора затрагивалась на переговорах Владимира Путина и Синдзо Абэ в Сочи, однако в детали лидеры не углублялись - к ней решено вернуться во время визита российского президента в Японию осенью. Об этом журналистам рассказал помощник президента РФ Юрий Ушаков.

"Вопрос о мирном договоре был затронут, но без углубления в подробности. Эксперты продолжат работу, в том числе на уровне заместителей министров, а лидеры вернутся к этой теме во время визита в Токио", - сказал Ушаков.

Открывая встречу в резиденции "Бочаров ручей", Путин поблагодарил японского премьера за приезд на Игры. "Для нас это важный знак. Мы знаем, как в Японии любят зимние виды спорта, и рады видеть вас в Сочи", - сказал президент.

Абэ стал одним из немногих лидеров стран "Большой восьмерки", приехавших на церемонию открытия Олимпиады."""),
    ("http://www3.nhk.or.jp/news/html/20140208/k10015106121000.html", "ja", "2014-02-08",
     "日ロ首脳 次官級協議の継続確認 首相「交渉加速を」",
     """ソチを訪れている安倍総理大臣は、8日、プーチン大統領とおよそ1時間20分にわたって会談し、プーチン大統領がことし秋に日本を訪問することで一致するとともに、北方領土問題を含む平和条約交渉について、先月東京で開かれた次官級協議を今後も続けていくことを確認しました。

会談のあと安倍総理大臣は記者団に対し、「大統領の訪日を、平和条約交渉を前に進める実り多いものにしたい」と述べました。

そのうえで安倍総理大臣は、「北方領土問題は、私と大統領との間で解決しなければならない課題だ。次官級協議を通じて、交渉を加速させていきたい」と述べ、首脳どうしの信頼関係を軸に交渉を進める考えを強調しました。

会談では、両首脳が昼食をともにし、エネルギーや医療などの分野で経済協力を進めていくことも確認しました。

欧米の主要国の首脳の多くは、同性愛をめぐるロシアの法律への批判などを背景に、開会式への出席を見送っています。"""),
    ("http://www3.nhk.or.jp/nhkworld/english/news/20140209_02.html", "en", "2014-02-09",
     "Abe, Putin agree on Russian leader's autumn visit",
     """Japanese Prime Minister Shinzo Abe and Russian President Vladimir Putin have agreed that Putin will visit Japan this autumn.

The two leaders met for about 80 minutes on Saturday in the Black Sea resort of Sochi, which is hosting the Winter Olympics.

Abe told reporters he wants the president's visit to be a productive one that advances negotiations on a peace treaty.

He added that the Northern Territories issue is something he and Putin must settle between themselves, and that he hopes to accelerate the negotiations through talks between vice ministers.

Russia controls the 4 islands off Hokkaido. Japan claims them. Because of the dispute, the 2 countries have yet to sign a postwar peace treaty."""),
    ("http://www3.nhk.or.jp/news/html/20140209/k10015116801000.html", "ja", "2014-02-09",
     "日ロ首脳会談 “信頼関係”テコに領土交渉前進を",
     """安倍総理大臣は、ロシアのソチでプーチン大統領と5回目の首脳会談を行い、ことし秋のプーチン大統領の日本訪問で一致しました。安倍総理大臣としては、首脳どうしの信頼関係を深めることで、北方領土問題の進展につなげたい考えです。

会談で両首脳は、北方領土問題を含む平和条約交渉について、先月東京で開かれた次官級協議を今後も続けていくことを確認しました。安倍総理大臣は会談のあと「大統領の訪日を、平和条約交渉を前に進める実り多いものにしたい」と述べ、さらに「北方領土問題は、私と大統領との間で解決しなければならない課題だ」と強調しました。

一方、ロシア大統領府のウシャコフ補佐官は、平和条約の問題は会談で取り上げられたものの詳細には立ち入らず、秋の訪日の際に改めて議論することになると説明しました。

欧米の首脳の多くが開会式を欠席するなか、安倍総理大臣はソチ訪問に踏み切りました。政府内には、欧米との足並みの乱れを懸念する声も出ています。

ロシア外交に詳しい北海道大学の中村健准教授は「安倍総理大臣は首脳外交で局面を打開しようとしているが、ロシア側はまだ具体的な歩み寄りのシグナルを出していない。秋の訪日までに、どこまで中身を詰められるかが焦点だ」と話しています。"""),
    ("http://top.rbc.ru/politics/10/02/2014/904512.shtml", "ru", "2014-02-10",
     "Главное за выходные: открытие Олимпиады, Абэ в Сочи, референдум в Швейцарии",
     """РБК | Политика | 10.02.2014, 08:05

Олимпиада. В пятницу на стадионе "Фишт" в Сочи прошла церемония открытия XXII зимних Олимпийских игр. Россия завоевала первое золото в командном турнире фигуристов.

Япония. Премьер-министр Японии Синдзо Абэ, приехавший на открытие Игр, в субботу провел переговоры с Владимиром Путиным; стороны договорились о визите российского президента в Японию осенью. Абэ рассказал японским журналистам, что рассчитывает с помощью этого визита продвинуть переговоры о мирном договоре, а территориальный вопрос, по его словам, должны решить лично они с Путиным. Помощник президента Юрий Ушаков уточнил, что в детали темы мирного договора лидеры не вдавались.

Швейцария. На воскресном референдуме швейцарцы с небольшим перевесом поддержали ограничение иммиграции из стран ЕС.

Читайте также: Курс евро на Московской бирже поднялся выше 48 рублей"""),
    ("http://www.jiji.com/jc/zc?k=201402/2014021000321", "ja", "2014-02-10",
     "「大統領訪日へ周到に準備」＝平和条約交渉で菅官房長官",
     """菅義偉官房長官は10日午前の記者会見で、安倍晋三首相とロシアのプーチン大統領がソチで会談し、大統領の秋の訪日で一致したことについて「大統領の訪日が平和条約締結交渉の具体的な進展につながるよう、政府を挙げて周到に準備を進めたい」と述べた。

菅長官はまた、ソチ五輪に出場している日本選手団について「持てる力を存分に発揮してほしい」と激励した。"""),
]

# ---------------------------------------------------------------------------------------------------------------
# 3. Abe and Putin at APEC in Lima, 19-20 November 2016, a month before Putin's visit to Nagato. Abe A1 (the treaty
#    a task unmoved for over seventy years, no leap forward, but he got a feel that it can move steadily ahead; the
#    lead's "discussed" an event), Kyodo Japanese first; the eight-point economic plan (not treaty). TASS's
#    two-sentence flash: Putin P1 at his closing press conference (no treaty an anachronism holding us back, but naive
#    to expect a solution in one visit; trust first, joint economic activity on the islands could help; the lead
#    retells it). TASS's «(обновлено)» under another URL: P1 quoted and, only here, P2 (another point at the same
#    press conference: the islands our territory, Russia will invest in them anyway; Japanese partners welcome on
#    terms still to be agreed: NEW); the Yamaguchi itinerary (not treaty); A1 recalled. TASS English (P1, P2 in other
#    words). NHK on 21 November: Suga S1 (no leap forward, the government knows; the four islands our inherent
#    territory; make Nagato a step forward: NEW), P1 and P2 recalled. A weekly review recalling A1, P1 and S1 (a
#    diplomat's view: anonymous, no remark). Channel One's Sunday programme on 27 November: P1 replayed from Lima and
#    Peskov PK1 speaking to the programme (the treaty on the agenda in Nagato and Tokyo, but wrong to judge the visit
#    by that question alone: NEW).
LIMA_2016_STORY = [
    ("http://www.47news.jp/CN/201611/CN2016112001001208.html", "ja", "2016-11-20",
     "首相「平和条約、一足飛びには進まず」　リマで日ロ首脳会談",
     """【リマ共同】安倍晋三首相は19日午後（日本時間20日午前）、ペルーの首都リマでロシアのプーチン大統領と会談した。会談は約70分に及んだ。12月に首相の地元山口県長門市で開く首脳会談に向け、北方四島での共同経済活動や平和条約締結問題を協議した。

首相は会談後、記者団に「平和条約の問題は戦後70年以上動かなかった課題であり、一足飛びに進むものではない。ただ、大統領との間で、着実に前に進めていく手応えは得られた」と語った。

首相は、8項目の経済協力プランの具体化についても「かなりの進展があった」と述べた。

会談の後半は、通訳のみを交えた2人だけで約35分間行われた。"""),
    ("http://tass.ru/politika/3801112", "ru", "2016-11-21",
     "Путин: отсутствие мирного договора с Японией - анахронизм",
     """ЛИМА, 20 ноября. /Корр. ТАСС/. Отсутствие мирного договора между Россией и Японией является анахронизмом, однако решить эту проблему за один визит невозможно. Об этом заявил президент РФ Владимир Путин на пресс-конференции по итогам саммита АТЭС."""),
    ("http://tass.ru/politika/3801167", "ru", "2016-11-21",
     "Путин: мирный договор с Японией невозможно заключить за один визит (обновлено)",
     """ЛИМА, 20 ноября. /Корр. ТАСС/. Отсутствие мирного договора между Россией и Японией является анахронизмом, однако решить эту проблему за один визит невозможно. Об этом заявил президент РФ Владимир Путин на пресс-конференции по итогам саммита АТЭС.

"То, что у нас до сих пор нет мирного договора, - это, конечно, анахронизм, который мешает нам двигаться вперед. Но было бы наивно полагать, что мы решим эту проблему за один визит, даже очень хорошо подготовленный. Сначала нужно создать атмосферу доверия, и совместная экономическая деятельность на островах может этому помочь", - сказал глава государства.

Путин подчеркнул, что Россия в любом случае будет развивать Курилы. "Это наша территория, и мы будем вкладывать в нее средства - строить дороги, аэропорты, жилье. Если японские партнеры захотят участвовать, будем только рады, но на условиях, о которых еще нужно договориться", - отметил он.

Президент также рассказал, что во время визита в Японию 15-16 декабря побывает на родине Синдзо Абэ - в префектуре Ямагути.

Накануне Абэ, по сообщениям японских СМИ, сказал журналистам, что после встречи с Путиным почувствовал: продвижение по мирному договору возможно, хотя быстрого результата не будет."""),
    ("http://tass.com/politics/913764", "en", "2016-11-21",
     "Putin: lack of peace treaty with Japan is anachronism holding relations back",
     """LIMA, November 20. /TASS/. The absence of a peace treaty between Russia and Japan is an anachronism, but the problem cannot be resolved in the course of a single visit, Russian President Vladimir Putin told a news conference after the APEC summit on Sunday.

"It is of course an anachronism that we still have no peace treaty, and it stops us from moving forward. But it would be naive to think we could settle it in one visit, however well prepared. Trust has to come first, and joint economic work on the islands could help build it," the Russian leader said.

He stressed that Russia would keep developing the Kuril Islands as its own territory, putting money into roads, airports and housing, and said Japanese partners were welcome to join in on terms that had yet to be agreed.

Putin is due to visit Japan on December 15-16."""),
    ("http://www3.nhk.or.jp/news/html/20161121/k10010777141000.html", "ja", "2016-11-21",
     "官房長官 平和条約「長門で着実な前進を」",
     """菅官房長官は21日午前の記者会見で、ロシアのプーチン大統領がペルーでの記者会見で、日本との平和条約について「1回の訪問で解決できると考えるのは甘い」という趣旨の発言をしたことや、北方領土を自国の領土として開発を進める考えを示したことについて質問されました。

これに対し菅官房長官は「平和条約の問題が一足飛びに解決できるものでないことは、政府としても承知している。北方四島は我が国固有の領土であり、この立場に変わりはない。来月の長門での首脳会談を、交渉を着実に前進させる機会にしたい」と述べました。

プーチン大統領は、来月15日から2日間の日程で日本を訪れる予定です。"""),
    ("https://russia-asia-review.example/2016/11/26/the-week", "en", "2016-11-26",
     "The week in Russia and Asia: Lima handshakes, Nagato nerves",
     """THE WEEK IN RUSSIA AND ASIA | Saturday, November 26, 2016

JAPAN. Shinzo Abe came out of a 70-minute meeting with Vladimir Putin in Lima last Saturday saying there would be no leap forward on a peace treaty but that he sensed the two could move ahead step by step. Putin, at his closing news conference a day later, called the lack of a treaty "an anachronism" but warned against expecting a solution from a single visit. Chief Cabinet Secretary Yoshihide Suga said on Monday that Tokyo knew the problem could not be solved at a stroke.

"All autumn, expectations for Nagato were pumped up in Tokyo. Lima is where the air started to come out," a Moscow-based Asian diplomat told us.

CHINA. Xi Jinping ended a Latin American tour that took him to Ecuador, Peru and Chile."""),
    ("https://www.1tv.ru/news/2016-11-27/314590-do_vizita_prezidenta_v_yaponiyu_ostalos_menee_treh_nedel", "ru", "2016-11-27",
     "До визита президента в Японию осталось меньше трех недель",
     """Воскресное Время. Выпуск от 27.11.2016

ВЕДУЩИЙ: До визита Владимира Путина в Японию осталось меньше трех недель. В Токио от него ждут прорыва по мирному договору. Сам президент на прошлой неделе в Лиме высказался на этот счет вполне определенно.

ВЛАДИМИР ПУТИН, Президент России (синхрон): "То, что у нас до сих пор нет мирного договора, - это, конечно, анахронизм. Но было бы наивно полагать, что мы решим эту проблему за один визит".

КОРРЕСПОНДЕНТ: В Кремле подчеркивают: визит не должен сводиться к одной теме.

ДМИТРИЙ ПЕСКОВ, пресс-секретарь Президента РФ: "Мирный договор, безусловно, будет на повестке и в Нагато, и в Токио. Но оценивать успех визита только по этому вопросу было бы неправильно. У нас огромный пласт экономических проектов, и ими мы тоже будем заниматься".

КОРРЕСПОНДЕНТ: Японская пресса тем временем подсчитывает, сколько соглашений может быть подписано в ходе визита, - речь идет о нескольких десятках документов."""),
]

# ---------------------------------------------------------------------------------------------------------------
# 4. The first Japan-Russia "two-plus-two" in three years, Tokyo, 20 March 2017. NHK first: Kishida K1 at the joint
#    press conference (the military build-up on the four islands unacceptable from Japan's standpoint; it runs
#    against creating an environment for a treaty), Lavrov L1 summarised (measures on Russia's own territory, driven
#    by the regional security situation); North Korea (not treaty). TASS: L1 quoted (steps on our sovereign territory,
#    aimed at no one, prompted by the US missile defence in the region; the lead retells it), K1 in Russian
#    reported speech; Shoigu on North Korea (not treaty). TASS English (L1 in other words). Sputnik Japan the next day
#    (L1 translated again; the division's deployment as an event). Jiji: Suga S1 (the four islands our inherent
#    territory; Russia's explanation unacceptable; keep conveying our position: NEW), L1 recalled; Abe's visit
#    (not treaty). Interfax on 23 March: Zakharova Z1 at her weekly briefing (the southern Kurils an integral part of
#    Russia; where to station units we decide ourselves and will not discuss it with anyone: the ministry's
#    spokeswoman echoing her minister, NEW), S1 recalled; the preparation of Abe's visit (not treaty). The Russian
#    International Affairs Council's weekly digest recalling K1, L1 and Z1 in one paragraph (its own analysis: no
#    remark).
TWO_PLUS_TWO_2017_STORY = [
    ("http://www3.nhk.or.jp/news/html/20170320/k10010917421000.html", "ja", "2017-03-20",
     "日ロ外相 北方領土の軍備強化で応酬",
     """日本とロシアの外務・防衛担当閣僚による協議「2プラス2」が、20日、東京で3年4か月ぶりに開かれました。これに先立つ外相会談で、岸田外務大臣は、ロシアが北方領土で軍備を強化していることに抗議しました。

岸田外務大臣は会談後の共同記者会見で、「北方四島での軍備強化は、日本の立場から受け入れられないと申し入れた。こうした動きは、平和条約締結に向けた環境づくりに逆行するものだ」と述べました。

これに対し、ラブロフ外相は、自国の領土での措置であり、地域の安全保障環境を踏まえたものだと主張しました。

協議では、北朝鮮の核・ミサイル開発をめぐっても意見が交わされ、稲田防衛大臣は、ロシア側に北朝鮮への圧力を強めるよう求めました。"""),
    ("http://tass.ru/politika/4109215", "ru", "2017-03-20",
     "Лавров: меры на Курилах принимаются на российской территории и ни против кого не направлены",
     """ТОКИО, 20 марта. /Корр. ТАСС/. Меры по укреплению обороны на Курилах принимаются на суверенной российской территории и не направлены против Японии. Об этом заявил министр иностранных дел РФ Сергей Лавров на пресс-конференции по итогам переговоров с главой МИД Японии Фумио Кисидой.

"Мы подробно объяснили японским коллегам, что речь идет о мерах на нашей суверенной территории. Они ни против кого не направлены и продиктованы обстановкой в регионе, в том числе развертыванием здесь элементов глобальной системы ПРО США", - сказал Лавров.

Кисида, в свою очередь, заявил, что Токио не может согласиться с наращиванием военного присутствия на островах.

Министр обороны РФ Сергей Шойгу на встрече с японской коллегой Томоми Инадой заявил, что Москва разделяет озабоченность Токио ракетной программой КНДР. "Мы последовательно выступаем за денуклеаризацию Корейского полуострова исключительно политико-дипломатическими средствами", - сказал он."""),
    ("http://tass.com/politics/936480", "en", "2017-03-20",
     "Lavrov says Kuril defense steps taken on Russian soil, target no one",
     """TOKYO, March 20. /TASS/. Moscow's measures to beef up defenses on the Kuril Islands are being taken on sovereign Russian territory and pose no threat to Japan, Russian Foreign Minister Sergey Lavrov told a news conference after talks with his Japanese counterpart Fumio Kishida on Monday.

"We explained to our Japanese colleagues in detail that these are steps on our sovereign territory. They are not directed against anyone and stem from the situation in the region, including the deployment here of elements of the US global missile defense system," he said.

The "two-plus-two" talks of the foreign and defense ministers in Tokyo were the first since November 2013."""),
    ("https://jp.sputniknews.com/politics/201703213456712/", "ja", "2017-03-21",
     "ラヴロフ外相　クリル諸島での措置は「誰にも向けられていない」",
     """スプートニク日本

ロシアのラヴロフ外相は20日、東京での岸田外相との会談後の記者会見で、クリル諸島における防衛強化の措置はロシアの主権領土で講じられているものであり、誰かに向けられたものではないと述べた。

ラヴロフ外相は「われわれは日本の同僚に対し、これがわれわれの主権領土における措置であることを詳しく説明した。これは誰にも向けられたものではなく、地域の情勢、とりわけ米国のグローバルなミサイル防衛システムの要素の配備によるものだ」と語った。

ロシアは今年、クリル諸島に新たな師団を配備する計画だ。

関連ニュース：ショイグ国防相、稲田防衛相と会談"""),
    ("https://www.jiji.com/jc/article?k=2017032100433", "ja", "2017-03-21",
     "ロシアの説明「受け入れられない」＝北方領土の軍備強化で菅長官",
     """菅義偉官房長官は21日午前の記者会見で、ロシアのラブロフ外相が北方四島での軍備強化について「自国の主権領土での措置だ」と説明したことに関し、「北方四島は我が国固有の領土であり、ロシア側の説明は受け入れられない。今後とも、ロシアに対して我が国の立場をしっかりと伝えていく」と述べた。

菅長官は、4月下旬で調整している安倍晋三首相の訪ロについて「日程はまだ決まっていない」と述べるにとどめた。"""),
    ("http://www.interfax.ru/world/554102", "ru", "2017-03-23",
     "МИД РФ: Москва не будет обсуждать с Токио свои оборонные меры на Курилах",
     """Москва. 23 марта. INTERFAX.RU - Россия не намерена обсуждать с Японией меры по укреплению обороны на южных Курилах, поскольку речь идет о российской территории, заявила официальный представитель МИД РФ Мария Захарова.

"Южные Курилы - неотъемлемая часть Российской Федерации. Где и какие подразделения размещать на своей территории, мы решаем сами, и обсуждать это с кем-либо, в том числе с японскими партнерами, не собираемся", - сказала Захарова на брифинге в четверг.

Во вторник генеральный секретарь кабинета министров Японии Ёсихидэ Суга назвал "неприемлемыми" объяснения российской стороны.

Захарова также сообщила, что подготовка к визиту Синдзо Абэ в Россию, который ожидается в конце апреля, идет "в рабочем режиме"."""),
    ("https://russiancouncil.ru/analytics-and-comments/analytics/rossiya-i-aziya-itogi-nedeli-24-marta-2017/", "ru", "2017-03-24",
     "Россия и Азия: итоги недели. «Два плюс два» после паузы",
     """Российский совет по международным делам | Дайджест | 24 марта 2017

Япония. Главное событие недели - возобновление после трехлетнего перерыва консультаций министров иностранных дел и обороны в формате "два плюс два". На итоговой пресс-конференции глава МИД Японии Фумио Кисида назвал укрепление обороны на островах шагом, идущим вразрез с задачей создать условия для мирного договора; Сергей Лавров ответил, что меры принимаются на суверенной российской территории и ни против кого не направлены. В четверг Мария Захарова добавила, что обсуждать эту тему с Токио Москва не собирается.

Сам факт встречи, по нашей оценке, важнее ее итогов: стороны показали, что способны разговаривать о безопасности, не снимая территориальных разногласий. Ближайшая проверка - визит Синдзо Абэ в Москву в конце апреля.

Корея. Попытка КНДР запустить баллистическую ракету 22 марта, по данным южнокорейских военных, закончилась неудачей."""),
]

# ---------------------------------------------------------------------------------------------------------------
# 5. Abe and Putin at the G20 in Osaka, 29 June 2019, and a report of a "two islands" formula denied on both sides.
#    Kyodo's two-sentence flash: Abe A1 after the meeting (reaffirmed moving the treaty talks vigorously forward on the
#    basis of the Singapore agreement); the trial tours agreed (an event). TASS: Peskov PK1 (a detailed talk on the
#    treaty, no breakthroughs and none expected; work goes on; the lead retells it), trade (an event). Kyodo's
#    【更新】 under another URL: A1 re-quoted and, only here, Abe A2 at his G20 closing press conference the same
#    evening (patience needed to find a mutually acceptable solution; tenaciously, with the public's understanding:
#    same speaker, another occasion, NEW), PK1 in Japanese, a government source (anonymous). Kyodo English (A1, A2,
#    PK1 in other words). Rossiya-1's Sunday programme "Moscow. Kremlin. Putin." on 30 June: Peskov PK2 answering the
#    reporter's question about a Japanese newspaper's report (not true; no agreement to hand over anything, none now;
#    a thorough talk on the treaty and on creating an atmosphere for it: a denial the next day, NEW; the question and
#    the paper's sources are no remarks), PK1 recalled by the reporter. Sputnik Japan (PK2 translated). Jiji on 1 July:
#    Suga S1 denying the same report (no such fact; negotiate under the basic policy of settling the four islands'
#    attribution: NEW), PK2 recalled; export controls on South Korea (not treaty). A morning briefing on 2 July
#    recalling S1, PK2 and A1 in shortened form.
OSAKA_G20_2019_STORY = [
    ("https://this.kiji.is/517832905226109025", "ja", "2019-06-29",
     "日ロ首脳、北方四島観光の試行で合意",
     """安倍晋三首相は29日、大阪市でロシアのプーチン大統領と会談し、北方四島での共同経済活動のうち観光ツアーを秋に試行することで合意した。首相は会談後、記者団に「平和条約交渉は、昨年のシンガポールでの合意に基づき、力強く前に進めていくことを改めて確認した」と述べた。"""),
    ("https://tass.ru/politika/6610473", "ru", "2019-06-29",
     "Песков: прорывов по мирному договору на встрече Путина и Абэ не было",
     """ОСАКА /Япония/, 29 июня. /ТАСС/. Тема мирного договора подробно обсуждалась на встрече Владимира Путина и Синдзо Абэ в Осаке, однако никаких прорывов не произошло, да их и не ожидалось. Об этом журналистам сообщил пресс-секретарь президента РФ Дмитрий Песков.

"Разговор о мирном договоре был, и разговор подробный. Но говорить о каких-то прорывах не приходится, и никто их, честно говоря, не ждал. Работа продолжается", - сказал Песков.

Лидеры также одобрили запуск пилотных туристических туров на острова в рамках совместной хозяйственной деятельности.

Путин прибыл в Осаку на саммит "Группы двадцати". По итогам 2018 года товарооборот России и Японии вырос почти на 18%."""),
    ("https://this.kiji.is/517891122503058529", "ja", "2019-06-29",
     "【更新】日ロ首脳、四島観光を秋に試行　平和条約は進展見えず",
     """【更新】安倍晋三首相は29日、20カ国・地域首脳会議（G20サミット）が開かれている大阪市でロシアのプーチン大統領と会談した。会談は約1時間半。北方四島での共同経済活動のうち、観光ツアーを秋に試行することで合意した。北方領土問題を含む平和条約締結交渉では目立った進展はなかった。

首相は会談後、記者団に「平和条約交渉は、昨年のシンガポールでの合意に基づき、力強く前に進めていくことを改めて確認した」と述べた。

首相は同日夕、G20サミットの閉幕を受けた記者会見でもロシアとの交渉に触れ、「互いに受け入れ可能な解決策を見いだすには忍耐が要る。国民の皆さんの理解を得ながら、粘り強く取り組んでいく」と強調した。

ロシア大統領府のペスコフ報道官は、平和条約について「詳しい議論はあったが、突破口と言えるものはなかった」と記者団に語った。

日本政府関係者は「シンガポール合意から半年余り。期待された早期の大筋合意は遠のいた」と話している。"""),
    ("https://english.kyodonews.net/news/2019/06/2c7a1d3b9e41-abe-putin-agree-on-trial-tours-to-disputed-isles.html", "en", "2019-06-30",
     "Abe, Putin agree on trial tours to disputed isles, treaty talks stuck",
     """OSAKA - Prime Minister Shinzo Abe and Russian President Vladimir Putin agreed Saturday to launch trial tours to four Russian-held islands claimed by Japan this autumn, but made no visible headway toward a postwar peace treaty.

"We confirmed once again that we will push ahead vigorously with the peace treaty negotiations based on what we agreed in Singapore last year," Abe told reporters after about 90 minutes of talks in Osaka.

At a press conference after the Group of 20 summit closed later in the day, Abe said finding a solution acceptable to both sides would take patience and that he would pursue the talks tenaciously while seeking the public's understanding.

Kremlin spokesman Dmitry Peskov said the treaty had been discussed in detail but there had been no breakthrough.

Last November in Singapore, the two leaders agreed to speed up negotiations on the basis of a 1956 joint declaration, under which two of the smaller islands are to go to Japan once a treaty is concluded.

==Kyodo"""),
    ("https://www.vesti.ru/doc.html?id=3163507", "ru", "2019-06-30",
     "Песков: никаких договоренностей о передаче островов в Осаке не было",
     """"Москва. Кремль. Путин." Выпуск от 30 июня 2019 года

ПАВЕЛ ЗАРУБИН, корреспондент: Еще в субботу в Осаке Дмитрий Песков предупреждал нас, что прорывов по мирному договору ждать не стоит. А в воскресенье японская газета "Хоккайдо симбун" со ссылкой на источники написала, что лидеры якобы обсуждали формулу "двух островов". Дмитрий Сергеевич, это так?

ДМИТРИЙ ПЕСКОВ, пресс-секретарь Президента РФ: Нет, это не соответствует действительности. Никаких договоренностей о передаче чего бы то ни было не было и нет. Был обстоятельный разговор о мирном договоре, о том, как создавать для него атмосферу, - и все.

ПАВЕЛ ЗАРУБИН: А встреча с Трампом? Многие ждали от нее большего.

ДМИТРИЙ ПЕСКОВ: Встреча была короче, чем хотелось бы, но содержательной. Президенты договорились, что контакты на уровне экспертов продолжатся."""),
    ("https://jp.sputniknews.com/politics/201907016421789/", "ja", "2019-07-01",
     "ペスコフ報道官　「二島」で合意との報道を否定",
     """スプートニク日本

ロシア大統領府のペスコフ報道官は30日、ロシア国営テレビの番組「モスクワ・クレムリン・プーチン」で、大阪での露日首脳会談で「二島」をめぐる方式が話し合われたとする日本の報道について、「事実ではない。何かを引き渡すという合意はなかったし、今もない」と否定した。

ペスコフ氏によると、会談では平和条約について踏み込んだ話し合いが行われ、条約のための雰囲気をどう醸成するかが議論されたという。

露日は第二次世界大戦後、いまだに平和条約を締結していない。"""),
    ("https://www.jiji.com/jc/article?k=2019070100412", "ja", "2019-07-01",
     "「2島」報道を否定＝菅官房長官",
     """菅義偉官房長官は1日午前の記者会見で、日ロ首脳会談で歯舞群島と色丹島の2島を先行させる方式が話し合われたとする一部報道について「そのような事実はない。政府としては、北方四島の帰属の問題を解決して平和条約を締結するという基本方針の下で交渉を進めていく」と否定した。

ロシア大統領府のペスコフ報道官も、ロシアのテレビ番組で同様の報道を否定している。

菅長官は、韓国向け半導体材料の輸出管理を厳しくする措置について「安全保障の観点から運用を見直すものだ」と説明した。"""),
    ("https://tokyo-morning-brief.example/2019/07/02/", "en", "2019-07-02",
     "Morning Brief: Tokyo, Moscow deny island deal report; chip curbs on Seoul",
     """Morning Brief | Tuesday, July 2, 2019

Good morning. Here is what happened yesterday.

ISLANDS. Chief Cabinet Secretary Yoshihide Suga denied a newspaper report that Shinzo Abe and Vladimir Putin had discussed handing back two of the four disputed islands first, saying Tokyo's basic policy stands. The Kremlin's Dmitry Peskov had already dismissed the report as untrue on Russian television on Sunday. In Osaka on Saturday, Abe said the treaty talks would go ahead "vigorously" on the basis of last year's Singapore deal.

KOREA. Japan said it would tighten controls on exports of three materials used in chips and displays to South Korea from Thursday.

MARKETS. The Nikkei closed up 2.1% after the U.S. and China agreed to restart trade talks."""),
]

# ---------------------------------------------------------------------------------------------------------------
# 6. Putin's tax-free zone for the Kurils at the Eastern Economic Forum, 3 September 2021 (the day Suga said he
#    would not run again). TASS: Putin P1 at the plenary (not refusing the treaty talks, ready to go on with whatever
#    government Japan has after its elections; the Kuril regime in no way contradicts them, joint work could create a
#    good atmosphere; the lead retells it); the tax details (an event), LNG (not treaty). Nikkei (P1 in Japanese;
#    Suga's decision an event). NHK the same evening: Kato K1 (a one-sided system on the four islands incompatible
#    with Japan's position and unacceptable; the leaders agreed joint activity without harming either side's legal
#    position; Moscow told so), P1 recalled; Suga's decision (not treaty). NHK World's Russian service (K1
#    re-translated; the zone an event). TASS English on 6 September: Peskov PK1 (our territory, decisions on its
#    development taken in Russia; Tokyo's reaction expected; it does not cancel the treaty dialogue: NEW), K1
#    recalled; the LDP race (not treaty). Jiji the same day: Kato K2 at his next press conference (the four islands
#    our inherent territory; Russia's one-sided step incompatible with our position; the treaty issue is the islands'
#    attribution; negotiate tenaciously: same speaker, another occasion, NEW), PK1 recalled. A Japan Times op-ed
#    quoting P1 to argue with it, K1 and K2 recalled (the writer's argument: no remark).
EEF_TAX_ZONE_2021_STORY = [
    ("https://tass.ru/ekonomika/12293317", "ru", "2021-09-03",
     "Путин: льготный режим на Курилах не противоречит переговорам с Японией о мирном договоре",
     """ВЛАДИВОСТОК, 3 сентября. /ТАСС/. Особый льготный режим для бизнеса на Курилах никак не противоречит переговорам с Японией о мирном договоре, от которых Россия не отказывается. Об этом заявил президент РФ Владимир Путин на пленарном заседании Восточного экономического форума.

"Мы не отказываемся от переговоров по мирному договору и готовы продолжать их с любым правительством, которое сформируется в Японии после выборов. А режим на Курилах этим переговорам никак не противоречит - наоборот, совместная работа на островах может создать для них хорошую атмосферу", - сказал Путин.

Компании, которые будут работать на островах, предлагается на десять лет освободить от налога на прибыль, налогов на имущество и на землю, а страховые взносы для них снизить.

Путин также заявил, что Россия продолжит увеличивать экспорт СПГ в Азию. "Спрос здесь будет только расти", - отметил он."""),
    ("https://www.nikkei.com/article/DGXZQOGR03DOP0T00C21A9000000/", "ja", "2021-09-03",
     "プーチン氏、北方領土に税優遇特区　「平和条約交渉と矛盾せず」",
     """【ウラジオストク=共同】ロシアのプーチン大統領は3日、極東ウラジオストクで開かれた東方経済フォーラムの全体会合で演説し、北方領土を含むクリール諸島に、企業の税負担を大幅に軽くする特別な制度を導入すると表明した。日本との平和条約交渉について「拒んではおらず、日本の選挙後にどのような政権ができても続ける用意がある」と述べ、特区は交渉と矛盾しないとの考えを示した。

島で事業を行う企業は、法人税や固定資産税などが10年間免除される。

日本では同日、菅義偉首相が自民党総裁選への不出馬を表明した。"""),
    ("https://www3.nhk.or.jp/news/html/20210903/k10013241881000.html", "ja", "2021-09-03",
     "北方領土の“特区” 加藤官房長官「日本の立場と相いれない」",
     """ロシアのプーチン大統領が、北方領土を含む島々に税制上の優遇措置を設ける特区について、日本との平和条約交渉と矛盾しないと述べたことについて、加藤官房長官は3日午後の記者会見で、「北方四島でのロシアによる一方的な制度の導入は、日本の立場と相いれず、受け入れられない。共同経済活動は、双方の法的立場を害さない形で進めるというのが両首脳の合意であり、ロシア側にもこの点を申し入れている」と述べました。

また加藤官房長官は、菅総理大臣が自民党総裁選挙に立候補しない意向を示したことについて「総理のご判断を重く受け止めている」と述べました。"""),
    ("https://www3.nhk.or.jp/nhkworld/ru/news/20210904_03/", "ru", "2021-09-04",
     "Като: особая экономическая зона на спорных островах несовместима с позицией Японии",
     """NHK WORLD-JAPAN

Генеральный секретарь кабинета министров Японии Като Кацунобу заявил, что введение Россией особого налогового режима на островах, на которые претендует Япония, несовместимо с позицией Токио и неприемлемо.

Като сказал в пятницу на пресс-конференции, что лидеры двух стран договорились вести совместную экономическую деятельность на островах таким образом, чтобы это не наносило ущерба правовым позициям сторон, и что Япония довела эту позицию до российской стороны.

О налоговых льготах для компаний на островах было объявлено в пятницу на Восточном экономическом форуме во Владивостоке.

Россия контролирует четыре острова. Япония считает их своей исконной территорией и называет Северными территориями."""),
    ("https://tass.com/politics/1334411", "en", "2021-09-06",
     "Kremlin calls Kuril tax regime Russia's own business, says Tokyo's reaction expected",
     """MOSCOW, September 6. /TASS/. The special tax regime for the Kuril Islands is Russia's own business, as the islands are Russian territory, and Tokyo's negative reaction was expected, Kremlin Spokesman Dmitry Peskov told reporters on Monday.

"This is our territory, and decisions on how to develop it are made in Russia. We expected such a reaction from Tokyo. It does not cancel the dialogue on a peace treaty," Peskov said.

On Friday, Japan's Chief Cabinet Secretary Katsunobu Kato said the regime ran counter to Tokyo's stance and was unacceptable.

Asked about the race to succeed Japanese Prime Minister Yoshihide Suga, Peskov said it was "an internal matter for Japan" and declined to comment further."""),
    ("https://www.jiji.com/jc/article?k=2021090600576", "ja", "2021-09-06",
     "加藤長官「北方四島は固有の領土」　ロシア大統領府に反論",
     """加藤勝信官房長官は6日午後の記者会見で、ロシア大統領府のペスコフ報道官が北方領土での税優遇特区について「われわれの領土の問題だ」と述べたことについて、「北方四島は我が国固有の領土であり、ロシアの一方的な措置は日本の立場と相いれない。平和条約締結問題とは、まさにこの四島の帰属の問題だ。引き続き粘り強く交渉していく」と反論した。"""),
    ("https://www.japantimes.co.jp/opinion/2021/09/08/commentary/japan-commentary/kuril-tax-zone-putin/", "en", "2021-09-08",
     "Putin's Kuril tax zone is no gift to the peace talks",
     """COMMENTARY / Japan

At the Eastern Economic Forum in Vladivostok last Friday, Vladimir Putin told his audience that the new tax-free regime for the Kuril Islands "in no way contradicts" negotiations on a peace treaty with Japan and might even create "a good atmosphere" for them. He added that Moscow stood ready to keep talking to whatever government emerges in Tokyo after this autumn's elections.

That is hard to square with the facts. In 2016, the two leaders agreed to look for a special framework for joint activities on the islands that would not prejudice either side's legal position. A zone run wholly under Russian tax law does precisely what that framework was meant to avoid: it makes any Japanese investor a taxpayer of the Russian state on islands Japan claims.

Tokyo's answer came quickly. Chief Cabinet Secretary Katsunobu Kato called the move unacceptable the same afternoon, and on Monday repeated that the four islands are Japan's inherent territory.

Whoever wins the Liberal Democratic Party's leadership race later this month should resist the temptation to treat Putin's offer as a door left ajar. It is a door being bricked up, politely.

Kenji Moriyama is a senior fellow at a Tokyo-based foreign policy institute."""),
]

# ---------------------------------------------------------------------------------------------------------------
# 7. The 2023 Diplomatic Bluebook, adopted on 11 April 2023, and its echoes. Interfax's two-sentence item: Zakharova
#    Z1 at her briefing (the southern Kurils an integral part of Russia, no "bluebook" will change that; part of our
#    country after WWII, enshrined in the Constitution, the topic closed; the lead retells it). Interfax's full story
#    under another URL: Z1 re-quoted, her words on Tokyo's foreign policy (not treaty), the Bluebook's wording (a
#    document), and, only here, Deputy Foreign Minister Galuzin G1 to Interfax the same day (Tokyo lives in illusions;
#    Russia's sovereignty over the southern Kurils not subject to discussion; a peace treaty not on the practical
#    agenda while Tokyo's policy is unfriendly: another official of the same ministry with similar words, NEW). TASS
#    English (Z1 in other words). NHK on 13 April: Matsuno M1 (the Bluebook states Japan's consistent legal position;
#    the criticism completely off the mark; the policy unchanged: NEW), Z1 recalled; the North Korean launch (an
#    event). Sputnik Japan (G1 and Z1 translated again). Jiji on 14 April: Foreign Minister Hayashi H1 (aware of the
#    Russian remarks, Japan's position consistent; relations severe but the policy of settling the territorial issue
#    and concluding a treaty kept: NEW), Z1 and G1 recalled by title; the G7 ministers' meeting (not treaty). A
#    think-tank newsletter on 17 April recalling Z1, G1, M1 and H1 in one merged paragraph (its own take: no remark).
BLUEBOOK_2023_STORY = [
    ("https://www.interfax.ru/world/895411", "ru", "2023-04-12",
     "Захарова: никакие «синие книги» не изменят принадлежность южных Курил",
     """Москва. 12 апреля. INTERFAX.RU - Южные Курилы являются неотъемлемой частью России, и никакие японские "синие книги" этого не изменят, заявила официальный представитель МИД РФ Мария Захарова, комментируя ежегодный внешнеполитический доклад японского МИД. "Острова стали частью нашей страны по результатам Второй мировой войны, их статус зафиксирован в Конституции России, и тема эта закрыта", - сказала она на брифинге в среду."""),
    ("https://www.interfax.ru/world/895468", "ru", "2023-04-12",
     "МИД РФ отверг территориальные притязания Японии в «Дипломатической синей книге»",
     """Москва. 12 апреля. INTERFAX.RU - Южные Курилы являются неотъемлемой частью России, и никакие японские "синие книги" этого не изменят, заявила официальный представитель МИД РФ Мария Захарова, комментируя ежегодный внешнеполитический доклад японского МИД.

"Острова стали частью нашей страны по результатам Второй мировой войны, их статус зафиксирован в Конституции России, и тема эта закрыта", - сказала она на брифинге в среду.

В "Дипломатической синей книге", одобренной во вторник кабинетом министров Японии, южные Курилы вновь названы "незаконно оккупированными" Россией.

Захарова также заявила, что Токио "полностью подчинил свою внешнюю политику интересам Вашингтона". "Японские власти сами выбрали курс на конфронтацию, и последствия этого выбора им придется нести самим", - добавила дипломат.

Заместитель министра иностранных дел РФ Михаил Галузин в тот же день сказал "Интерфаксу", что японская сторона "продолжает жить иллюзиями". "Вопрос о суверенитете России над южными Курилами не обсуждается и обсуждаться не будет. Пока Токио проводит недружественную политику, вопрос о мирном договоре в практической плоскости просто не стоит", - сказал Галузин."""),
    ("https://tass.com/politics/1604117", "en", "2023-04-12",
     "No Japanese 'bluebook' will change status of Southern Kurils - diplomat",
     """MOSCOW, April 12. /TASS/. The Southern Kuril Islands are an integral part of Russia, and Japan's annual foreign policy report cannot alter that fact, Russian Foreign Ministry Spokeswoman Maria Zakharova said at a briefing on Wednesday.

"The islands became part of our country following World War II, this is enshrined in the Russian Constitution, and the subject is closed," she said.

Japan's Diplomatic Bluebook 2023, approved by the cabinet on Tuesday, once again described the islands as "illegally occupied" by Russia."""),
    ("https://www3.nhk.or.jp/news/html/20230413/k10014037591000.html", "ja", "2023-04-13",
     "外交青書へのロシアの批判 官房長官「全く当たらない」",
     """松野官房長官は13日午前の記者会見で、ロシア外務省のザハロワ報道官が、ことしの外交青書の北方領土に関する記述を批判し、「南クリル諸島はロシアの不可分の一部だ」などと主張したことについて、「外交青書の記述は、北方領土に関する我が国の一貫した法的立場を述べたものであり、ロシア側の批判は全く当たらない。北方領土問題を解決して平和条約を締結するとの方針に変わりはない」と述べました。

一方、北朝鮮は13日朝、弾道ミサイル1発を発射し、政府はJアラートで北海道に避難を呼びかけましたが、その後、落下のおそれはなくなったと訂正しました。"""),
    ("https://sputniknews.jp/20230413/15612345.html", "ja", "2023-04-13",
     "ガルージン外務次官「日本は幻想を抱き続けている」",
     """スプートニク日本

ロシアのミハイル・ガルージン外務次官はインタファクス通信に対し、日本側は「幻想を抱き続けている」と述べた。ガルージン氏は「南クリル諸島に対するロシアの主権は議論されておらず、今後も議論されることはない。東京が非友好的な政策をとり続ける限り、平和条約の問題は現実の課題になっていない」と指摘した。

これに先立ち、ロシア外務省のザハロワ報道官は、日本の外交青書について、いかなる「青書」も南クリル諸島がロシアの不可分の一部であることを変えられないと述べていた。

関連記事：日本の外交青書、今年も「不法占拠」の表現"""),
    ("https://www.jiji.com/jc/article?k=2023041400512", "ja", "2023-04-14",
     "林外相「日本の立場は一貫」　ロシアの外交青書批判に",
     """林芳正外相は14日の閣議後記者会見で、ロシア外務省の報道官や外務次官が今年の外交青書の北方領土に関する記述を批判したことについて、「ロシア側の様々な発言は承知しているが、北方領土をめぐる我が国の立場は一貫しており、何ら変わるものではない。日ロ関係は厳しいが、北方領土問題の解決と平和条約の締結をめざす方針は堅持していく」と述べた。

林氏は、16日から長野県軽井沢町で開かれる先進7カ国（G7）外相会合について「ロシアによるウクライナ侵略への対応をしっかり議論したい」と語った。"""),
    ("https://eurasia-policy-notes.example/2023/04/17/bluebook-season", "en", "2023-04-17",
     "Eurasia Policy Notes: Bluebook season",
     """EURASIA POLICY NOTES | No. 214 | April 17, 2023

RUSSIA-JAPAN. Japan's annual Diplomatic Bluebook, adopted on April 11, again calls the four southern Kurils illegally occupied, and Moscow answered on cue. Foreign Ministry spokeswoman Maria Zakharova said no "bluebook" could alter the islands' status; Deputy Foreign Minister Mikhail Galuzin said Tokyo was "living in illusions" and that a peace treaty was not on the practical agenda. In Tokyo, Chief Cabinet Secretary Hirokazu Matsuno called the criticism completely off the mark, and Foreign Minister Yoshimasa Hayashi said Japan's position had not changed.

Our take: the exchange has become a calendar ritual that neither capital expects to go anywhere. The one thing worth watching is whether the salmon talks, which concluded last week, stay insulated from it.

G7. Foreign ministers meet in Karuizawa from April 16 to 18, with Ukraine and China at the top of the agenda."""),
]

# ---------------------------------------------------------------------------------------------------------------
# 8. Deputy Foreign Minister Rudenko's line on the treaty, January-February 2025. TASS's interview on 22 January:
#    Rudenko R1 (impossible now; Tokyo broke off the process by joining the sanctions; talking about a fundamental
#    document with an openly unfriendly Japan simply absurd; sovereignty over the Kurils not up for discussion under
#    any circumstances); the questions (no remarks), salmon quotas and Korea (not treaty). Reuters' two-sentence flash
#    (R1 re-told). Reuters' "UPDATE 1" under another URL the next day: R1 quoted in English and, only here, Hayashi
#    HY1 (Russia unilaterally announced the suspension, the responsibility entirely Russia's; the policy unchanged:
#    NEW; the lead retells it). NHK: HY1 in Japanese, R1 recalled, and Foreign Minister Iwaya IW1 to reporters the same
#    day (Russia's claims unacceptable; relations severe, but working toward settling the territorial issue with the
#    former islanders' wishes at heart: a second official of the same government, NEW); the suspension of the talks as
#    an event. Interfax on 29 January: Zakharova Z1 at her briefing (Tokyo turns everything upside down; Japan itself
#    destroyed the dialogue; no resumption until it drops its hostile course; the islands' attribution closed: NEW),
#    HY1 recalled; sanctions (not treaty). A "quote of the week" column (R1 quoted again, Z1 as the runner-up; the
#    columnist's reading: no remark). RIA on 5 February: Rudenko R2 (no prerequisites for resuming the treaty
#    dialogue until Tokyo revises its line; Tokyo led relations into a dead end; the Kurils Russian territory: the
#    same speaker's formula in another interview, NEW); summit contacts (not treaty). A Japanese morning briefing on
#    6 February recalling R2 and R1; the Northern Territories Day campaign (an event).
RUDENKO_LINE_2025_STORY = [
    ("https://tass.ru/interviews/22991507", "ru", "2025-01-22",
     "Андрей Руденко: переговоры о мирном договоре с Японией сейчас невозможны",
     """Заместитель министра иностранных дел России Андрей Руденко, курирующий азиатское направление, в интервью ТАСС рассказал о перспективах отношений с Японией, о рыболовстве и о ситуации на Корейском полуострове.

- Андрей Юрьевич, прошло больше трех месяцев с прихода к власти в Японии кабинета Сигэру Исибы. Видите ли вы возможность возобновить переговоры о мирном договоре?

- Нет, в нынешних условиях это невозможно. Переговорный процесс прервала не Москва, а Токио, присоединившись к санкциям и встав на сторону киевского режима. Пока Япония проводит откровенно недружественный курс, вести с ней разговор о таком фундаментальном документе, как мирный договор, попросту нелепо. И хочу подчеркнуть: суверенитет России над Курилами обсуждению не подлежит ни при каких обстоятельствах.

- Как обстоят дела с рыболовством?

- Здесь мы исходим из прагматики. Консультации о квотах на вылов лосося проходят в обычном режиме, японские рыбаки заинтересованы в их продолжении, и мы не видим причин это ломать.

- Как вы оцениваете ситуацию на Корейском полуострове?

- Напряженность там сохраняется, и главная причина - военная активность США и их союзников у границ КНДР. Мы продолжим развивать отношения с Пхеньяном в соответствии с Договором о всеобъемлющем стратегическом партнерстве."""),
    ("https://www.reuters.com/world/asia-pacific/russia-says-peace-treaty-talks-with-japan-impossible-now-tass-2025-01-22/", "en", "2025-01-22",
     "Russia says peace treaty talks with Japan impossible now - TASS",
     """MOSCOW, Jan 22 (Reuters) - Russia sees no way to resume peace treaty negotiations with Japan while Tokyo pursues what Moscow calls an unfriendly course, Deputy Foreign Minister Andrei Rudenko told the TASS news agency on Wednesday. Rudenko also said Russia's sovereignty over the Kuril Islands was not open to discussion under any circumstances.

(Reporting by Reuters)"""),
    ("https://www.reuters.com/world/asia-pacific/russia-rules-out-peace-treaty-talks-with-japan-tokyo-says-moscow-blame-2025-01-23/", "en", "2025-01-23",
     "UPDATE 1-Russia rules out peace treaty talks with Japan; Tokyo says Moscow to blame",
     """(Adds Japanese government comment in paragraphs 4-5)

MOSCOW/TOKYO, Jan 23 (Reuters) - Moscow sees no way back to peace treaty negotiations with Japan while Tokyo sticks to an "openly unfriendly" course, a senior Russian diplomat said, prompting Japan to say on Thursday that Moscow alone was responsible for the freeze.

"As long as Japan follows an openly unfriendly course, talking to it about a fundamental document such as a peace treaty is simply absurd," Deputy Foreign Minister Andrei Rudenko told the TASS news agency in an interview published on Wednesday.

He said Russia's sovereignty over the Kuril Islands was not up for discussion.

"It was Russia that declared on its own that the peace treaty negotiations were off, and the responsibility rests wholly with the Russian side. Our policy remains to settle the territorial issue and then conclude a peace treaty," Chief Cabinet Secretary Yoshimasa Hayashi told a regular news conference.

Tokyo and Moscow have yet to sign a treaty formally ending their World War Two hostilities, largely because of the row over the islands - the Kurils to Russia, the Northern Territories to Japan - which Soviet troops took in the last days of the war.

(Reporting by Reuters; Editing by Reuters)"""),
    ("https://www3.nhk.or.jp/news/html/20250123/k10014700811000.html", "ja", "2025-01-23",
     "ロシア外務次官 平和条約交渉「不可能」 官房長官「責任はロシア側に」",
     """ロシア外務省のルデンコ次官が、国営タス通信のインタビューで、日本が非友好的な路線をとるかぎり平和条約交渉は不可能だという考えを示したことについて、林官房長官は23日午前の記者会見で「平和条約交渉の中断を一方的に表明したのはロシア側であり、その責任は全面的にロシア側にある。北方領土問題を解決して平和条約を締結するという方針に変わりはない」と述べました。

また、岩屋外務大臣も23日、外務省で記者団に対し「ロシア側の主張は全く受け入れられない。日ロ関係は厳しい状況にあるが、元島民の方々の思いを胸に、領土問題の解決に向けて取り組んでいく」と述べました。

ロシアは、ウクライナ侵攻を受けた日本の制裁に反発し、2022年3月から平和条約交渉を中断しています。"""),
    ("https://www.interfax.ru/world/1005123", "ru", "2025-01-29",
     "Захарова: Токио переворачивает с ног на голову историю с мирным договором",
     """Москва. 29 января. INTERFAX.RU - Официальный представитель МИД РФ Мария Захарова отвергла заявления японских официальных лиц о том, что ответственность за прекращение переговоров о мирном договоре лежит на Москве.

"Токио переворачивает все с ног на голову. Диалог по мирному договору разрушила сама Япония своей санкционной политикой. Наша позиция неизменна: ни о каком возобновлении переговоров речи не идет, пока Токио не откажется от враждебного курса, а вопрос принадлежности островов закрыт раз и навсегда", - сказала Захарова на брифинге в среду.

На прошлой неделе генеральный секретарь кабинета министров Японии Ёсимаса Хаяси заявил, что ответственность за приостановку переговоров "целиком лежит на российской стороне".

Захарова также прокомментировала расширение японских санкционных списков. "Это очередной шаг, который ничего, кроме ответных мер, не принесет", - сказала она."""),
    ("https://eurasia-desk.example/quote-of-the-week/2025-02-01", "en", "2025-02-01",
     "Quote of the week: 'simply absurd'",
     """EURASIA DESK | QUOTE OF THE WEEK | February 1, 2025

"As long as Japan pursues an openly unfriendly course, talking to it about a fundamental document such as a peace treaty is simply absurd."
- Andrei Rudenko, Russian deputy foreign minister, to TASS, Jan. 22

Why it matters: nothing in the substance is new; the talks have been frozen since March 2022. What is new is the register. "Absurd" is not a word diplomats use about a process they expect to revive, and Tokyo read it that way.

Runner-up: Maria Zakharova, who on Wednesday accused Tokyo of turning things "upside down" over who broke off the talks."""),
    ("https://ria.ru/20250205/rudenko-1997845123.html", "ru", "2025-02-05",
     "Руденко: предпосылок для возобновления диалога с Японией нет",
     """МОСКВА, 5 фев - РИА Новости. Предпосылок для возобновления диалога с Японией по мирному договору нет, отношения в тупик завел сам Токио, заявил РИА Новости заместитель министра иностранных дел России Андрей Руденко.

"Предпосылок для возобновления диалога по мирному договору нет и не будет, пока японская сторона не пересмотрит свою линию. В тупик отношения завел Токио, а не мы. Что касается Курил, то это российская территория, и этот вопрос на повестке дня не стоит", - сказал Руденко.

На вопрос о возможных контактах на высшем уровне замминистра ответил, что "таких планов сейчас нет"."""),
    ("https://nichiro-letter.example/morning/20250206", "ja", "2025-02-06",
     "朝のブリーフィング　2月6日（木）",
     """日ロレター｜朝のブリーフィング

おはようございます。きのう（5日）の主な動きです。

■ロシア外務次官、平和条約「前提なし」と重ねて
ロシアのルデンコ外務次官はRIAノーボスチ通信に対し、日本が路線を見直さない限り平和条約をめぐる対話再開の前提はないと語った。先月のタス通信のインタビューでも、日本とこの問題を話し合うのは「ばかげている」と述べていた。

■「北方領土の日」を前に
7日の「北方領土の日」を前に、根室市では返還要求の街頭啓発活動が行われた。

■円相場
東京外国為替市場の円相場は1ドル＝152円台で推移した。"""),
]

STORIES = {name: value for name, value in dict(globals()).items() if name.endswith("_STORY")}

# per report, the treaty remarks it carries: (speaker, remark id). Leads that retell the quote below them are the
# same remark and listed once per report (a report's count is of remarks, not of sentences).
REMARKS = {
    "MORI_ENVOY_2013_STORY": [
        [("Yoshiro Mori", "MO1")],
        [("Dmitry Peskov", "PK1")],
        [("Yoshiro Mori", "MO1"), ("Dmitry Peskov", "PK1")],
        [("Yoshiro Mori", "MO1"), ("Dmitry Peskov", "PK1")],   # Kyodo English: MO1 in other words
        [("Yoshihide Suga", "S1"), ("Yoshiro Mori", "MO1")],
        [("Yoshiro Mori", "MO2"), ("Yoshiro Mori", "MO1"), ("Yoshihide Suga", "S1")],   # the next day's denial
        [("Yoshiro Mori", "MO1"), ("Yoshiro Mori", "MO2")],   # editorial quoting both to argue
    ],
    "SOCHI_2014_STORY": [
        [("Shinzo Abe", "A1")],   # two-sentence flash
        [("Yuri Ushakov", "U1")],
        [("Shinzo Abe", "A1"), ("Shinzo Abe", "A2")],   # the update: A2 only here
        [("Shinzo Abe", "A1"), ("Shinzo Abe", "A2")],   # NHK World English
        [("Shinzo Abe", "A1"), ("Shinzo Abe", "A2"), ("Yuri Ushakov", "U1")],   # full write-up
        [("Shinzo Abe", "A1"), ("Shinzo Abe", "A2"), ("Yuri Ushakov", "U1")],   # weekend recap, A1 and A2 merged
        [("Yoshihide Suga", "S1")],
    ],
    "LIMA_2016_STORY": [
        [("Shinzo Abe", "A1")],
        [("Vladimir Putin", "P1")],   # two-sentence flash
        [("Vladimir Putin", "P1"), ("Vladimir Putin", "P2"), ("Shinzo Abe", "A1")],   # (обновлено): P2 only here
        [("Vladimir Putin", "P1"), ("Vladimir Putin", "P2")],   # TASS English
        [("Yoshihide Suga", "S1"), ("Vladimir Putin", "P1"), ("Vladimir Putin", "P2")],
        [("Shinzo Abe", "A1"), ("Vladimir Putin", "P1"), ("Yoshihide Suga", "S1")],   # weekly review
        [("Vladimir Putin", "P1"), ("Dmitry Peskov", "PK1")],   # TV programme: P1 replayed, PK1 new
    ],
    "TWO_PLUS_TWO_2017_STORY": [
        [("Fumio Kishida", "K1"), ("Sergei Lavrov", "L1")],
        [("Sergei Lavrov", "L1"), ("Fumio Kishida", "K1")],
        [("Sergei Lavrov", "L1")],   # TASS English
        [("Sergei Lavrov", "L1")],   # Sputnik Japan
        [("Yoshihide Suga", "S1"), ("Sergei Lavrov", "L1")],
        [("Maria Zakharova", "Z1"), ("Yoshihide Suga", "S1")],
        [("Fumio Kishida", "K1"), ("Sergei Lavrov", "L1"), ("Maria Zakharova", "Z1")],   # think-tank digest
    ],
    "OSAKA_G20_2019_STORY": [
        [("Shinzo Abe", "A1")],   # two-sentence flash
        [("Dmitry Peskov", "PK1")],
        [("Shinzo Abe", "A1"), ("Shinzo Abe", "A2"), ("Dmitry Peskov", "PK1")],   # 【更新】: A2 only here
        [("Shinzo Abe", "A1"), ("Shinzo Abe", "A2"), ("Dmitry Peskov", "PK1")],   # Kyodo English
        [("Dmitry Peskov", "PK1"), ("Dmitry Peskov", "PK2")],   # TV transcript: PK1 recalled, PK2 the denial
        [("Dmitry Peskov", "PK2")],   # Sputnik Japan
        [("Yoshihide Suga", "S1"), ("Dmitry Peskov", "PK2")],
        [("Yoshihide Suga", "S1"), ("Dmitry Peskov", "PK2"), ("Shinzo Abe", "A1")],   # morning briefing
    ],
    "EEF_TAX_ZONE_2021_STORY": [
        [("Vladimir Putin", "P1")],
        [("Vladimir Putin", "P1")],
        [("Katsunobu Kato", "K1"), ("Vladimir Putin", "P1")],
        [("Katsunobu Kato", "K1")],   # NHK World Russian
        [("Dmitry Peskov", "PK1"), ("Katsunobu Kato", "K1")],
        [("Katsunobu Kato", "K2"), ("Dmitry Peskov", "PK1")],   # same formula, next press conference
        [("Vladimir Putin", "P1"), ("Katsunobu Kato", "K1"), ("Katsunobu Kato", "K2")],   # op-ed
    ],
    "BLUEBOOK_2023_STORY": [
        [("Maria Zakharova", "Z1")],   # two-sentence item
        [("Maria Zakharova", "Z1"), ("Mikhail Galuzin", "G1")],   # full story: G1 only here
        [("Maria Zakharova", "Z1")],   # TASS English
        [("Hirokazu Matsuno", "M1"), ("Maria Zakharova", "Z1")],
        [("Mikhail Galuzin", "G1"), ("Maria Zakharova", "Z1")],   # Sputnik Japan
        [("Yoshimasa Hayashi", "H1"), ("Maria Zakharova", "Z1"), ("Mikhail Galuzin", "G1")],   # recalled by title
        [("Maria Zakharova", "Z1"), ("Mikhail Galuzin", "G1"), ("Hirokazu Matsuno", "M1"),
         ("Yoshimasa Hayashi", "H1")],   # newsletter
    ],
    "RUDENKO_LINE_2025_STORY": [
        [("Andrei Rudenko", "R1")],
        [("Andrei Rudenko", "R1")],   # two-sentence flash
        [("Andrei Rudenko", "R1"), ("Yoshimasa Hayashi", "HY1")],   # UPDATE 1: HY1 only here
        [("Yoshimasa Hayashi", "HY1"), ("Andrei Rudenko", "R1"), ("Takeshi Iwaya", "IW1")],
        [("Maria Zakharova", "Z1"), ("Yoshimasa Hayashi", "HY1")],
        [("Andrei Rudenko", "R1"), ("Maria Zakharova", "Z1")],   # quote of the week
        [("Andrei Rudenko", "R2")],   # same formula, another interview
        [("Andrei Rudenko", "R2"), ("Andrei Rudenko", "R1")],   # morning briefing
    ],
}

EXPECTED = {
    "MORI_ENVOY_2013_STORY": [("www.47news.jp", "Yoshiro Mori"), ("www.itar-tass.com", "Dmitry Peskov"),
                              ("www3.nhk.or.jp", "Yoshihide Suga"), ("www.jiji.com", "Yoshiro Mori")],
    "SOCHI_2014_STORY": [("www3.nhk.or.jp", "Shinzo Abe"), ("itar-tass.com", "Yuri Ushakov"),
                         ("www3.nhk.or.jp", "Shinzo Abe"), ("www.jiji.com", "Yoshihide Suga")],
    "LIMA_2016_STORY": [("www.47news.jp", "Shinzo Abe"), ("tass.ru", "Vladimir Putin"), ("tass.ru", "Vladimir Putin"),
                        ("www3.nhk.or.jp", "Yoshihide Suga"), ("www.1tv.ru", "Dmitry Peskov")],
    "TWO_PLUS_TWO_2017_STORY": [("www3.nhk.or.jp", "Fumio Kishida"), ("www3.nhk.or.jp", "Sergei Lavrov"),
                                ("www.jiji.com", "Yoshihide Suga"), ("www.interfax.ru", "Maria Zakharova")],
    "OSAKA_G20_2019_STORY": [("this.kiji.is", "Shinzo Abe"), ("tass.ru", "Dmitry Peskov"), ("this.kiji.is", "Shinzo Abe"),
                             ("www.vesti.ru", "Dmitry Peskov"), ("www.jiji.com", "Yoshihide Suga")],
    "EEF_TAX_ZONE_2021_STORY": [("tass.ru", "Vladimir Putin"), ("www3.nhk.or.jp", "Katsunobu Kato"),
                                ("tass.com", "Dmitry Peskov"), ("www.jiji.com", "Katsunobu Kato")],
    "BLUEBOOK_2023_STORY": [("www.interfax.ru", "Maria Zakharova"), ("www.interfax.ru", "Mikhail Galuzin"),
                            ("www3.nhk.or.jp", "Hirokazu Matsuno"), ("www.jiji.com", "Yoshimasa Hayashi")],
    "RUDENKO_LINE_2025_STORY": [("tass.ru", "Andrei Rudenko"), ("www.reuters.com", "Yoshimasa Hayashi"),
                                ("www3.nhk.or.jp", "Takeshi Iwaya"), ("www.interfax.ru", "Maria Zakharova"),
                                ("ria.ru", "Andrei Rudenko")],
}
