"""Eight more multi-outlet probe stories (round 3: the aggregator chain), written independently of rounds 1-2 (own
words, each outlet's style, other events: 2012-2025). Each story runs from a wire's original (TASS / RIA / Interfax
in Russian, or Kyodo / Jiji in Japanese) through the same agency's English service, aggregator copies (machine
English from Russian with junk lines, a Russian re-post with «Читайте также», a Japanese machine translation of a
Russian wire, a spun rewrite in synonyms, a copy cut off mid-sentence, a page carrying its article twice), a digest
merging two speakers' remarks in one paragraph, and a later analysis recalling the remark ("Putin said on
Thursday ..."); some titles carry a quote that the body gives only in other words, or not at all.

Each story: a list of (url, language, published, title, text) in processing order.
EXPECTED[name]: the (host, speaker) of every report that should be flagged new (first report of each distinct
treaty utterance, in processing order).
REMARKS[name]: per report, the treaty remarks it carries as (speaker, remark id); a remark id names one utterance
(same speaker, same words, same occasion). The first report of each id is the expected alert. A later utterance by
the same speaker on another occasion, however close in substance, gets its own id; so do two speakers' similar words
on the same day. A lead retelling the quote below it is the same remark (listed once per report).
"""

# ---------------------------------------------------------------------------------------------------------------
# 1. Putin's "hikiwake", 1 March 2012: Prime Minister (and presidential candidate) Putin meets editors of foreign
#    newspapers. P1 "we need a compromise, something like hikiwake, a draw where neither side wins" (RIA's lead
#    retells it); P2 (another point) "if I become president I will tell our foreign ministries: hajime!" (its lead
#    sentence retells it); LNG supplies: not treaty. RIA original, RIA's English service, a machine English copy with
#    junk lines, a Japanese machine translation of RIA, a spun rewrite. Kyodo Japanese the next day: Noda N1 (basic
#    policy of settling the four islands' attribution; negotiate firmly with the new president) and Gemba G1 (our
#    position unchanged; constructive talks with the new government): two speakers, similar words, same day, each NEW;
#    P1 recalled with a fragment. A digest merging N1 and G1 in one paragraph; The Moscow Times on Monday recalling P1
#    ("said on Thursday") and G1 (an analyst's quote: no official).
HIKIWAKE_2012_STORY = [
    ("https://ria.ru/politics/20120301/584001.html", "ru", "2012-03-01",
     "Путин предложил Японии решить спор об островах по принципу «ничьей»",
     """НОВО-ОГАРЕВО, 1 мар - РИА Новости. Премьер-министр РФ Владимир Путин, баллотирующийся на пост президента, выступил за такое решение территориального спора с Японией, при котором ни одна из сторон не окажется в проигрыше.

"Нам нужно выйти на компромисс. Это должно быть что-то вроде "хикивакэ" - ничьей, когда не побеждает ни одна из сторон", - сказал Путин на встрече с главными редакторами ведущих иностранных изданий, отвечая на вопрос японского журналиста.

Премьер, много лет занимающийся дзюдо, пообещал в случае избрания дать старт работе дипломатов. "Если стану президентом, скажу нашим министерствам иностранных дел: "Хадзимэ!" Пусть начинают работать", - сказал он. Этой командой судья в дзюдо открывает схватку.

Путин также заявил, что после аварии на АЭС "Фукусима-1" Россия готова нарастить поставки энергоносителей в Японию. "Мы можем поставлять больше сжиженного газа, и японские компании это хорошо понимают", - отметил он.

Выборы президента России пройдут 4 марта."""),
    ("http://en.rian.ru/russia/20120301/171600001.html", "en", "2012-03-01",
     "Putin Seeks Judo-Style 'Draw' in Island Row With Japan",
     """MOSCOW, March 1 (RIA Novosti) - Prime Minister Vladimir Putin, the frontrunner in Sunday's presidential election, said on Thursday that Russia and Japan should settle their territorial dispute through a compromise in which neither side loses.

"We need to reach a compromise. It should be something like hikiwake - a draw, where neither side wins," Putin, a judo black belt, told editors of leading foreign newspapers at his residence outside Moscow, answering a question from a Japanese journalist.

"If I become president, I will tell our foreign ministries: 'Hajime!' Let them start working," he said, using the referee's command to begin a judo bout.

Putin also said Russia was ready to supply more liquefied natural gas to Japan after the Fukushima nuclear disaster.

The two countries have never signed a peace treaty formally ending World War II because of the dispute over four islands, known in Russia as the Southern Kurils and in Japan as the Northern Territories."""),
    ("https://newsru-world.example/politics/2012/03/02/putin-japan-draw", "en", "2012-03-02",
     "Putin offered to Japan to solve dispute about islands by the principle of \"draw\"",
     """Main / Politics | 02.03.2012 06:15 | Views: 207

NOVO-OGARYOVO, on March 1 - RIA Novosti. The prime minister of the Russian Federation Vladimir Putin running for a post of the president acted for such solution of the territorial dispute with Japan at which any of the parties will not appear in a loss.

"To us it is necessary to come to a compromise. It has to be something like "hikivake" - a draw when does not win any of the parties", - Putin told at a meeting with chief editors of the leading foreign editions, answering a question of the Japanese journalist.

The premier who is many years engaged in judo promised in case of election to give start to work of diplomats. "If I become the president, I will tell to our ministries of foreign affairs: "Hadzime!" Let begin to work", - he told. By this command the judge in judo opens a fight.

Putin also declared that after accident on the NPP "Fukushima-1" Russia is ready to increase deliveries of energy carriers to Japan.

Print | Send to friend | Comments (0)
Read also: Euro exchange rate on MICEX rose above 39 rubles"""),
    ("https://rusnews-jp.example/politics/20120302-putin-hikiwake", "ja", "2012-03-02",
     "プーチン、島をめぐる紛争を「引き分け」の原則で解決することを日本に提案",
     """2012年3月2日 08:30 ｜ 出典：RIAノーボスチ（機械翻訳）

ノボ・オガリョボ、3月1日 - RIAノーボスチ。大統領のポストに立候補しているロシア連邦首相ウラジーミル・プーチンは、どちらの当事者も敗北に陥らないような日本との領土紛争の解決に賛成した。

「私たちは妥協に出る必要があります。それは「引き分け」のようなもの、当事者のどちらも勝たない引き分けであるべきです」と、プーチンは日本人ジャーナリストの質問に答え、主要な外国出版物の編集長との会合で述べた。

長年柔道に取り組んでいる首相は、選出された場合には外交官の仕事を開始させると約束した。「大統領になったら、私たちの外務省に「始め！」と言う。彼らに働き始めさせよう」と彼は言った。

※この記事は自動翻訳です。
関連ニュース：ルーブル、ユーロに対して上昇"""),
    ("https://worldaffairs-daily.example/2012/03/02/putin-judo-tie-kurils", "en", "2012-03-02",
     "Putin pitches judo 'tie' to end isle spat with Tokyo",
     """Russian premier Vladimir Putin, widely tipped to win back the Kremlin this weekend, has floated a settlement of the long-running island quarrel with Japan in which no side comes out the loser.

"We must arrive at a compromise. It ought to resemble hikiwake - a tie, where no party triumphs," the judo enthusiast told chief editors of major overseas publications on Thursday.

Putin pledged that, if elected, he would call out "Hajime!" to the diplomats of both nations - the umpire's signal to start a bout - and let them get to work.

He also said Moscow could ship more liquefied gas to Japan in the wake of the Fukushima calamity."""),
    ("https://www.47news.jp/news/2012/03/20120302010001.html", "ja", "2012-03-02",
     "野田首相「新大統領としっかり交渉」　プーチン氏「引き分け」発言受け",
     """野田佳彦首相は2日夜、首相官邸で記者団に対し、ロシアのプーチン首相が北方領土問題で柔道の「引き分け」にたとえた妥協を唱えたことについて「北方四島の帰属の問題を解決して平和条約を締結するという基本方針の下、新しい大統領としっかり交渉していきたい」と述べた。

玄葉光一郎外相も同日の記者会見で「四島の帰属を明確にして平和条約を締結するという我が国の立場に変わりはない。新しい政権と建設的な議論を進めたい」と語った。

プーチン氏は1日、外国メディア幹部との会見で、領土問題について「妥協が必要だ。引き分けのようなものだ」と発言した。4日の大統領選での当選が確実視されている。"""),
    ("https://eurasia-brief.example/digest/2012-03-03", "en", "2012-03-03",
     "Eurasia Brief: Tokyo answers Putin's 'draw'",
     """JAPAN-RUSSIA. Tokyo gave a guarded welcome to Vladimir Putin's call for a judo-style draw on the disputed islands: Prime Minister Yoshihiko Noda said Friday he wanted to "negotiate firmly with the new president" on the basis of settling the attribution of all four islands, while Foreign Minister Koichiro Gemba said Japan's position "has not changed" and that he hoped for constructive talks with the new government.

CHINA. Beijing announced an 11.2 percent increase in its defence budget for 2012.

MYANMAR. Campaigning opened for the April by-elections, with Aung San Suu Kyi among the candidates."""),
    ("https://www.themoscowtimes.com/2012/03/05/putins-judo-diplomacy-a12801", "en", "2012-03-05",
     "Putin's Judo Diplomacy Leaves Tokyo Guessing",
     """When Vladimir Putin said on Thursday that Russia and Japan needed "something like hikiwake," the judo term for a draw, Japanese commentators rushed to read it as a hint that Moscow could return to the 1956 declaration, which promised Japan two of the four islands.

Foreign Minister Koichiro Gemba said on Friday that Tokyo's position had not changed.

Analysts in Moscow were more cautious. "A draw in Putin's understanding may look very different from a draw in Tokyo's," said Dmitry Streltsov, a Japan specialist at MGIMO.

Putin, who won Sunday's election with about 64 percent of the vote, will return to the Kremlin in May."""),
]

# ---------------------------------------------------------------------------------------------------------------
# 2. Lavrov in Tokyo and the first "two-plus-two", 1-2 November 2013. Foreign ministers' talks on 1 November: Kishida
#    K1 (vigorously advance negotiations, incl. vice-ministerial consultations, to settle the four islands and
#    conclude a treaty; the lead's "agreed to step up" retells it), Lavrov L1 (discuss the treaty calmly, without
#    emotions and artificial deadlines). Kyodo Japanese original, Kyodo English, a Russian machine translation of
#    Kyodo with «Читайте также». ITAR-TASS on 2 November: Lavrov L2 after the 2+2 (the deeper our security
#    cooperation, the calmer the search for a mutually acceptable treaty solution: same speaker, next day, similar
#    subject: NEW), Shoigu on drills (not treaty), L1 recalled. A copy of Kyodo English cut off inside L1. A digest
#    merging K1 and L2 in one paragraph; The Japan Times on Monday recalling L2 ("said Saturday") and K1.
TWO_PLUS_TWO_2013_STORY = [
    ("https://www.47news.jp/news/2013/11/2013110101001234.html", "ja", "2013-11-01",
     "岸田外相「交渉を精力的に」　日ロ外相会談、平和条約で",
     """岸田文雄外相は1日、来日中のロシアのラブロフ外相と東京・麻布台の外務省飯倉公館で会談した。北方領土問題を含む平和条約締結交渉について、双方に受け入れ可能な解決策を探る作業を精力的に進めることで一致した。

岸田氏は会談後、記者団に「北方四島の帰属の問題を解決して平和条約を締結するため、次官級協議などを通じて交渉を精力的に進めていくことを確認した」と述べた。

ラブロフ氏は共同記者発表で「平和条約の問題は、感情に流されず、人為的な期限を設けることなく、冷静に議論すべきだ」と語った。

両外相は2日、小野寺五典防衛相とショイグ国防相を交えた初の外務・防衛閣僚協議（2プラス2）に臨む。"""),
    ("https://english.kyodonews.net/news/2013/11/kishida-lavrov-tokyo.html", "en", "2013-11-01",
     "Japan, Russia agree to push ahead with peace treaty talks",
     """TOKYO - Foreign Minister Fumio Kishida and his Russian counterpart Sergei Lavrov agreed Friday to step up efforts to find a mutually acceptable solution to the territorial row that has kept the two countries from concluding a postwar peace treaty.

"We confirmed that we will vigorously advance negotiations, including through the vice-ministerial consultations, to resolve the issue of the attribution of the four islands and conclude a peace treaty," Kishida told reporters after the talks at the ministry's Iikura guesthouse.

Lavrov told a joint press appearance that the peace treaty issue "should be discussed calmly, without emotions and without artificial deadlines."

On Saturday the two ministers will join Defense Minister Itsunori Onodera and Russian Defense Minister Sergei Shoigu for the countries' first "two-plus-two" security talks."""),
    ("https://inoforum-press.example/world/20131102/kyodo-japan-russia-treaty.html", "ru", "2013-11-02",
     "Kyodo: Япония и Россия договорились продвигать переговоры по мирному договору",
     """Kyodo News, Япония

ТОКИО - министр иностранных дел Фумио Кисида и его российский коллега Сергей Лавров в пятницу договорились активизировать усилия по поиску взаимоприемлемого решения территориального спора, который мешает двум странам заключить послевоенный мирный договор.

«Мы подтвердили, что будем энергично продвигать переговоры, в том числе через консультации на уровне заместителей министров, чтобы решить вопрос о принадлежности четырех островов и заключить мирный договор», - сказал Кисида журналистам после переговоров в гостевом доме министерства Иикура.

Лавров заявил на совместном выступлении для прессы, что вопрос мирного договора «следует обсуждать спокойно, без эмоций и без искусственных сроков».

Материалы сайта содержат оценки исключительно зарубежных СМИ
Читайте также: Шойгу прилетел в Токио на первые переговоры в формате «2+2»"""),
    ("https://itar-tass.com/politika/20131102/780001", "ru", "2013-11-02",
     "Лавров: доверие в сфере безопасности поможет в поиске решения по мирному договору с Японией",
     """ТОКИО, 2 ноября. /ИТАР-ТАСС/. Углубление доверия между Россией и Японией в сфере безопасности создает более спокойную атмосферу для поиска взаимоприемлемого решения по мирному договору, заявил министр иностранных дел РФ Сергей Лавров по итогам первых консультаций в формате "2+2".

"Чем глубже наше взаимодействие в области безопасности, тем спокойнее обстановка, в которой мы можем искать приемлемое для обеих сторон решение вопроса о мирном договоре", - сказал Лавров на совместной пресс-конференции.

Министр обороны РФ Сергей Шойгу сообщил, что стороны договорились о проведении совместных учений по борьбе с терроризмом и пиратством. "Первые такие учения могут пройти уже в следующем году", - уточнил он.

Накануне на переговорах с Фумио Кисидой Лавров призвал обсуждать проблему мирного договора спокойно и без искусственных сроков."""),
    ("https://asiafeed-news.example/2013/11/02/japan-russia-peace-treaty-talks", "en", "2013-11-02",
     "Japan, Russia agree to push ahead with peace treaty talks",
     """Asia Feed | Nov 2, 2013 | World

TOKYO - Foreign Minister Fumio Kishida and his Russian counterpart Sergei Lavrov agreed Friday to step up efforts to find a mutually acceptable solution to the territorial row that has kept the two countries from concluding a postwar peace treaty.

"We confirmed that we will vigorously advance negotiations, including through the vice-ministerial consultations, to resolve the issue of the attribution of the four islands and conclude a peace treaty," Kishida told reporters after the talks at the ministry's Iikura guesthouse.

Lavrov told a joint press appearance that the peace treaty issue "should be discussed calmly, without"""),
    ("https://northeast-asia-digest.example/2013/11/03/weekend", "en", "2013-11-03",
     "Weekend digest: Japan and Russia hold first 'two-plus-two'",
     """JAPAN/RUSSIA: The foreign and defence ministers of the two countries met in Tokyo on Saturday for their first "two-plus-two" talks, a day after the foreign ministers' own session. Fumio Kishida said the sides would "vigorously advance" negotiations to settle the attribution of the four islands, and Sergei Lavrov argued that deeper security ties would create a calmer atmosphere in which to look for a peace treaty solution acceptable to both sides.

KOREA: Seoul and Washington opened talks on sharing the costs of US troops stationed in South Korea.

CHINA: The Communist Party's leadership gathers next week for its third plenum."""),
    ("https://www.japantimes.co.jp/news/2013/11/04/national/two-plus-two-isles/", "en", "2013-11-04",
     "Security dialogue with Moscow raises hopes, and doubts, on isles",
     """Russian Foreign Minister Sergei Lavrov said Saturday that closer security cooperation would make it easier to search calmly for a peace treaty solution acceptable to both countries, as Tokyo and Moscow launched a "two-plus-two" dialogue of foreign and defense ministers.

Some Japanese officials welcomed the remark as a sign of flexibility. Others noted that Lavrov had said nothing new about the four islands themselves.

Foreign Minister Fumio Kishida said Friday the two sides would vigorously pursue negotiations on the attribution of the islands.

The two countries also agreed to hold joint anti-piracy and counterterrorism drills."""),
]

# ---------------------------------------------------------------------------------------------------------------
# 3. Vladivostok, September 2016. Putin's Bloomberg interview, published 1 September: P1 "we do not trade
#    territories, although the peace treaty is a key problem; we would like to solve it with our Japanese friends" (the
#    lead retells it); P2 (another point) "we found a solution with China because of a very high level of trust; the
#    same level with Japan would allow a compromise" (its lead sentence retells it); oil: not treaty. TASS Russian
#    original, TASS English (the quote also in its title), a machine English copy, a Japanese machine translation (P1
#    only), a page carrying TASS English twice. NHK on 2 September: Abe A1 after the summit ("the path to advance
#    talks under the new approach is in sight"), P1 recalled with a fragment. Kyodo English on 3 September: Abe A2 at
#    the forum ("Vladimir, let us end this abnormal situation in our generation": same speaker, next day, NEW), A1
#    recalled. A digest merging A2 and P1 in one paragraph; The Japan Times on Monday recalling P1 ("said on
#    Thursday") and A2.
VLADIVOSTOK_2016_STORY = [
    ("https://tass.ru/politika/3584001", "ru", "2016-09-01",
     "Путин: Россия не торгует территориями, но мирный договор с Японией - ключевой вопрос",
     """ВЛАДИВОСТОК, 1 сентября. /ТАСС/. Россия не торгует своими территориями, однако заключение мирного договора с Японией остается для Москвы ключевой задачей. Об этом заявил президент РФ Владимир Путин в интервью агентству Bloomberg.

"Мы территориями не торгуем, хотя проблема заключения мирного договора с Японией, безусловно, ключевая, и нам очень хотелось бы найти ее решение вместе с нашими японскими друзьями", - сказал Путин.

Глава государства напомнил, что с Китаем Россия вела пограничные переговоры около 40 лет. "Мы нашли решение с Китаем, потому что вышли на очень высокий уровень доверия. Если с Японией выйдем на такой же уровень, то сможем найти компромисс", - отметил он.

Путин также высказался о ситуации на нефтяном рынке, заявив, что Россия готова обсуждать с ОПЕК заморозку добычи.

Президент прибывает во Владивосток для участия во Втором Восточном экономическом форуме, где 2 сентября проведет переговоры с премьер-министром Японии Синдзо Абэ."""),
    ("https://tass.com/politics/897001", "en", "2016-09-01",
     "Putin: Russia 'does not trade territories' but peace treaty with Japan is key",
     """VLADIVOSTOK, September 1. /TASS/. Russia does not trade its territories, but signing a peace treaty with Japan remains a key issue for Moscow, President Vladimir Putin said in an interview with Bloomberg.

"We do not trade territories, although the problem of concluding a peace treaty with Japan is certainly a key one, and we would very much like to find a solution together with our Japanese friends," Putin said.

The Russian leader recalled that Moscow had held border talks with Beijing for some 40 years. "We found a solution with China because we reached a very high level of trust. If we reach the same level with Japan, we will be able to find a compromise," he said.

Putin will hold talks with Japanese Prime Minister Shinzo Abe on the sidelines of the Eastern Economic Forum in Vladivostok on Friday."""),
    ("https://rusvesti-en.example/world/asia/2016/09/01/putin-japan-territories", "en", "2016-09-01",
     "Putin: Russia does not trade in territories, but the peace treaty with Japan - a key question",
     """Home > World > Asia   01.09.2016 | 19:02

VLADIVOSTOK, on September 1. /TASS/. Russia does not trade in the territories, however the conclusion of the peace treaty with Japan remains for Moscow a key task. About it the president of the Russian Federation Vladimir Putin declared in interview to the agency Bloomberg.

"We do not trade in territories though the problem of the conclusion of the peace treaty with Japan, certainly, key, and to us would very much like to find its decision together with our Japanese friends", - Putin told.

The head of state reminded that with China Russia conducted boundary negotiations about 40 years. "We found the decision with China because left on very high level of trust. If with Japan we leave on the same level, we will be able to find a compromise", - he noted.

Share: f | t | vk
You may also like: OPEC and Russia: freezing of production
Advertising"""),
    ("https://roshia-news.example/kiji/20160902-putin-ryodo", "ja", "2016-09-02",
     "プーチン：ロシアは領土を取引しないが、日本との平和条約は重要な問題",
     """2016年9月2日 ロシア発ニュース（自動翻訳）

ウラジオストク、9月1日。/タス/。ロシアはその領土を取引しないが、日本との平和条約の締結はモスクワにとって重要な課題であり続けている。これはロシア連邦大統領ウラジーミル・プーチンがブルームバーグ通信とのインタビューで述べた。

「私たちは領土を取引しませんが、日本との平和条約の締結の問題は確かに重要であり、私たちは日本の友人と一緒にその解決策を見つけたいと非常に思っています」とプーチンは言った。

▼関連記事
ロシアとOPEC、増産凍結を協議へ"""),
    ("https://asiapacific-wire.example/2016/09/02/putin-russia-does-not-trade-territories", "en", "2016-09-02",
     "Putin: Russia 'does not trade territories' but peace treaty with Japan is key",
     """Putin: Russia 'does not trade territories' but peace treaty with Japan is key
Source: TASS | 2016-09-02 03:10 | Editor: admin

VLADIVOSTOK, September 1. /TASS/. Russia does not trade its territories, but signing a peace treaty with Japan remains a key issue for Moscow, President Vladimir Putin said in an interview with Bloomberg.

"We do not trade territories, although the problem of concluding a peace treaty with Japan is certainly a key one, and we would very much like to find a solution together with our Japanese friends," Putin said.

The Russian leader recalled that Moscow had held border talks with Beijing for some 40 years. "We found a solution with China because we reached a very high level of trust. If we reach the same level with Japan, we will be able to find a compromise," he said.

Back to top
Putin: Russia 'does not trade territories' but peace treaty with Japan is key

Source: TASS 2016-09-02

VLADIVOSTOK, September 1. /TASS/. Russia does not trade its territories, but signing a peace treaty with Japan remains a key issue for Moscow, President Vladimir Putin said in an interview with Bloomberg.

"We do not trade territories, although the problem of concluding a peace treaty with Japan is certainly a key one, and we would very much like to find a solution together with our Japanese friends," Putin said.

The Russian leader recalled that Moscow had held border talks with Beijing for some 40 years. "We found a solution with China because we reached a very high level of trust. If we reach the same level with Japan, we will be able to find a compromise," he said."""),
    ("https://www3.nhk.or.jp/news/html/20160902/k10010667001.html", "ja", "2016-09-02",
     "日ロ首脳会談 安倍首相「交渉進める道筋見えてきた」",
     """安倍総理大臣は2日、ロシア極東のウラジオストクでプーチン大統領と首脳会談を行いました。

会談のあと、安倍総理大臣は記者団に対し「新しいアプローチに基づく交渉を具体的に進めていく道筋が見えてきた。その手応えを強く感じることができた会談だった」と述べました。

また両首脳は、11月にペルーで開かれるAPECの首脳会議にあわせて会談し、12月にはプーチン大統領が安倍総理大臣の地元の山口県を訪れることを確認しました。

プーチン大統領は1日に公開された通信社のインタビューで「われわれは領土の取り引きはしない」と述べていました。"""),
    ("https://english.kyodonews.net/news/2016/09/abe-eef-speech.html", "en", "2016-09-03",
     "Abe urges Putin to end 'abnormal' lack of peace treaty in their generation",
     """VLADIVOSTOK, Russia - Prime Minister Shinzo Abe on Saturday called on Russian President Vladimir Putin to end the absence of a postwar peace treaty between their countries within their generation, addressing him by his first name in a speech at the Eastern Economic Forum.

"Vladimir, let us put an end to this abnormal situation, in which we have had no peace treaty for 71 years, with our own hands and in our own generation," Abe said, with Putin seated beside him.

Abe also proposed that the two leaders meet every year in Vladivostok on the sidelines of the forum.

After their summit on Friday, Abe had said he felt a strong response toward moving ahead with talks under a new approach."""),
    ("https://eastasia-digest.example/week/2016-09-04", "en", "2016-09-04",
     "Asia Week in Brief: Abe's 'Vladimir' appeal",
     """RUSSIA-JAPAN: The week's diplomacy in Vladivostok produced warm words and little else. Shinzo Abe urged Vladimir Putin on Saturday to end the "abnormal situation" of having no peace treaty within their generation, while Putin, in an interview published on Thursday, insisted that Moscow "does not trade territories" even though the treaty was a key issue for it.

CHINA: G20 leaders gathered in Hangzhou for a two-day summit.

PHILIPPINES: President Rodrigo Duterte declared a "state of lawlessness" after a bombing in Davao."""),
    ("https://www.japantimes.co.jp/news/2016/09/05/national/abe-putin-red-line/", "en", "2016-09-05",
     "Abe's personal diplomacy meets Putin's red line",
     """Prime Minister Shinzo Abe's appeal to Vladimir Putin in Vladivostok was his boldest yet: on Saturday he asked the Russian leader, by his first name, to end the lack of a peace treaty within their generation.

But Putin had set out his limits before the forum even opened. Speaking to Bloomberg, he said on Thursday that Russia does not trade territories, though he called a peace treaty with Japan a key issue.

Experts say the December summit in Yamaguchi Prefecture will test whether Abe's new approach, centered on an eight-point economic cooperation plan, can change Moscow's calculus."""),
]

# ---------------------------------------------------------------------------------------------------------------
# 4. Putin's year-end press conference, 20 December 2018: P1 "we do not know what happens after a treaty is signed;
#    the governor of Okinawa is against the US base and nothing can be done; without answers it is very hard to take a
#    final decision" (the lead retells it); P2 (another point) joint economic activity to move faster, "it will help
#    create an atmosphere for solving the treaty issue"; incomes: not treaty. Interfax Russian original, Interfax
#    English, a Russian re-post with «Читайте также» (P1 only), a spun rewrite whose title carries P1's words in
#    quotes and whose body only retells P1 and P2, Jiji: Suga S1 the next day (the alliance is not aimed at Russia;
#    the talks go ahead on the leaders' agreement), P1 in a clause; a copy of Interfax English cut off inside P1's
#    quote; a digest merging P1 and S1 in one paragraph; The Diplomat recalling P1 ("said on Thursday") and S1.
OKINAWA_BASES_2018_STORY = [
    ("https://www.interfax.ru/russia/643001", "ru", "2018-12-20",
     "Путин усомнился в самостоятельности Японии в вопросе о базах США",
     """Москва. 20 декабря. INTERFAX.RU - Президент РФ Владимир Путин на большой пресс-конференции заявил, что Москва не понимает, насколько Токио самостоятелен в вопросах размещения американских военных объектов, и без ответа на этот вопрос принять решение по мирному договору сложно.

"Мы не знаем, что будет после заключения мирного договора. Губернатор Окинавы против расширения американской базы, люди выходят на улицы, а сделать ничего нельзя. Без ответов на такие вопросы принять какое-то окончательное решение очень сложно", - сказал Путин.

По его словам, Россия рассчитывает, что работа по совместной хозяйственной деятельности на южных Курилах пойдет быстрее. "Это поможет создать атмосферу, в которой станет возможным и решение вопроса мирного договора", - добавил президент.

Путин также заявил, что рост реальных доходов населения станет в 2019 году одной из главных задач правительства."""),
    ("https://interfax.com/newsroom/top-stories/64201/", "en", "2018-12-20",
     "Putin questions Japan's independence on U.S. bases, says treaty decision hard without answers",
     """MOSCOW. Dec 20 (Interfax) - Russian President Vladimir Putin said at his annual big press conference that Moscow does not understand how far Tokyo is independent in decisions on U.S. military facilities, and that without an answer to this question it is difficult to make a decision on a peace treaty.

"We do not know what will happen after a peace treaty is signed. The governor of Okinawa is against expanding the American base, people take to the streets, and nothing can be done. Without answers to such questions it is very difficult to take any final decision," Putin said.

He said Russia expects work on joint economic activity on the southern Kurils to move faster. "This will help create an atmosphere in which a solution to the peace treaty issue also becomes possible," the president added."""),
    ("https://sakhalin-vesti.example/politika/2018/12/20/putin-bazy-ssha", "ru", "2018-12-20",
     "Путин: без ответов на вопросы о базах США решение по мирному договору принять сложно",
     """20.12.2018 15:47 | Политика | Просмотров: 1204

Президент РФ Владимир Путин на большой пресс-конференции заявил, что Москва не понимает, насколько Токио самостоятелен в вопросах размещения американских военных объектов, и без ответа на этот вопрос принять решение по мирному договору сложно.

"Мы не знаем, что будет после заключения мирного договора. Губернатор Окинавы против расширения американской базы, люди выходят на улицы, а сделать ничего нельзя. Без ответов на такие вопросы принять какое-то окончательное решение очень сложно", - сказал Путин.

Источник: Интерфакс

Читайте также:
Сахалинские рыбаки перевыполнили план по лососю
На Курилах открылась новая школа"""),
    ("https://globalnewsroom.example/world/2018/12/21/putin-okinawa-japan-pact", "en", "2018-12-21",
     "Putin: 'Very difficult to take any final decision' with Tokyo",
     """Russian leader Vladimir Putin cast doubt on Tokyo's freedom of action over American military sites on Thursday, suggesting at his yearly marathon news conference that a peace accord with Japan is hard to settle while that question hangs in the air.

Pointing to Okinawa, where the governor opposes the enlargement of a US base yet cannot halt it, Putin said Moscow has no idea what would follow the signing of an accord.

He voiced hope that joint business projects on the contested islands would pick up pace and foster a climate in which the accord could also be settled."""),
    ("https://www.jiji.com/jc/article?k=2018122100512", "ja", "2018-12-21",
     "日米同盟「ロシア念頭にあらず」　プーチン氏発言で菅官房長官",
     """菅義偉官房長官は21日午前の記者会見で、ロシアのプーチン大統領が20日の記者会見で在日米軍基地をめぐる日本の主体性に疑問を呈したことについて、「日米同盟はロシアを念頭に置いたものではない。平和条約締結交渉は首脳間の合意に基づき、しっかりと進めていく」と述べた。

プーチン氏は年末恒例の大規模記者会見で、沖縄の米軍基地問題に言及した。"""),
    ("https://newsnow-feed.example/world/putin-questions-japan-independence-us-bases", "en", "2018-12-21",
     "Putin questions Japan's independence on U.S. bases, says treaty decision hard without answers",
     """MOSCOW. Dec 20 (Interfax) - Russian President Vladimir Putin said at his annual big press conference that Moscow does not understand how far Tokyo is independent in decisions on U.S. military facilities, and that without an answer to this question it is difficult to make a decision on a peace treaty.

"We do not know what will happen after a peace treaty is signed. The governor of Okinawa is against expanding the American base, people take to the streets, and nothing can"""),
    ("https://tokyo-moscow-monitor.example/2018/12/22/week", "en", "2018-12-22",
     "Monitor: Okinawa enters the island talks",
     """THE WEEK. Vladimir Putin used his year-end news conference on Thursday to ask whether Japan could decide anything about U.S. bases on its own, saying it was "very difficult" to take a final treaty decision without answers; a day later Chief Cabinet Secretary Yoshihide Suga replied that the Japan-U.S. alliance "is not directed at Russia" and that the treaty talks would go ahead on the basis of the leaders' agreement.

ALSO. Japan's cabinet approved a record 101 trillion yen budget for fiscal 2019."""),
    ("https://thediplomat.com/2018/12/why-putin-brought-up-okinawa/", "en", "2018-12-22",
     "Why Putin Brought Up Okinawa",
     """When Vladimir Putin said on Thursday that Moscow did not know what would happen after a peace treaty was signed, pointing to protests against a U.S. base in Okinawa, he was not only talking to Tokyo.

The remark reflects a long-standing fear in the Russian military that any islands handed to Japan could host American troops under the 1960 security treaty.

Tokyo's answer, delivered by Chief Cabinet Secretary Yoshihide Suga on Friday, was that the alliance is not aimed at Russia. That is unlikely to satisfy the Kremlin, which wants written guarantees.

Abe and Putin are due to meet again in Moscow in January."""),
]

# ---------------------------------------------------------------------------------------------------------------
# 5. Abe in the Kremlin, 22 January 2019. Putin P1 "painstaking work ahead to create conditions for a mutually
#    acceptable solution, acceptable to the peoples and supported by the public of both countries" (the lead retells
#    it); Abe A1 ("not an easy task, but Vladimir and I are firmly determined to resolve it and conclude a treaty"),
#    first reported in Russian; trade: not treaty. RIA original, Sputnik (RIA's English service; P1 fragment in the
#    title too), a Japanese machine translation of RIA, a machine English copy (P1 only), TASS English the next day:
#    Peskov PK1 ("no deadlines, artificial timeframes would only harm the treaty work"), P1 recalled ("said on
#    Tuesday"); G20: not treaty. A digest merging P1 and A1 in one paragraph; The Japan Times recalling P1, A1, PK1.
KREMLIN_SUMMIT_2019_STORY = [
    ("https://ria.ru/20190122/1549901001.html", "ru", "2019-01-22",
     "Путин: впереди кропотливая работа по мирному договору с Японией",
     """МОСКВА, 22 янв - РИА Новости. России и Японии предстоит длительная и кропотливая работа, чтобы создать условия для взаимоприемлемого решения по мирному договору, заявил президент РФ Владимир Путин по итогам переговоров с премьер-министром Японии Синдзо Абэ в Кремле.

"Впереди кропотливая работа по созданию условий для выхода на взаимоприемлемое решение. Оно должно быть приемлемо для народов России и Японии и поддержано общественностью обеих стран", - сказал Путин на пресс-подходе.

Абэ, в свою очередь, признал, что решение будет непростым. "Это нелегкая задача, но мы с Владимиром твердо намерены ее решить и заключить мирный договор", - заявил японский премьер.

Стороны также договорились в ближайшие годы увеличить товарооборот до 30 миллиардов долларов."""),
    ("https://sputniknews.com/20190122/putin-abe-peace-treaty-1071601001.html", "en", "2019-01-22",
     "Putin Says 'Painstaking Work' Lies Ahead on Peace Treaty With Japan",
     """Russia and Japan face long and painstaking work to create the conditions for a mutually acceptable peace treaty solution, Russian President Vladimir Putin said on Tuesday after talks with Japanese Prime Minister Shinzo Abe in the Kremlin.

"Painstaking work lies ahead to create the conditions for reaching a mutually acceptable solution. It must be acceptable to the peoples of Russia and Japan and supported by the public of both countries," Putin said.

Abe, in turn, admitted that the solution would not be easy. "This is not an easy task, but Vladimir and I are firmly determined to resolve it and conclude a peace treaty," the Japanese prime minister stated.

The two sides also agreed to raise bilateral trade to $30 billion in the coming years."""),
    ("https://ru-jp-kiji.example/kokusai/20190123-putin-abe", "ja", "2019-01-23",
     "プーチン：日本との平和条約について、骨の折れる仕事が先にある",
     """2019.01.23 ｜ 国際 ｜ 自動翻訳：RIAノーボスチより

モスクワ、1月22日 - RIAノーボスチ。ロシアと日本は平和条約についての相互に受け入れ可能な決定のための条件を作成するために、長くて骨の折れる仕事を先に持っている、とクレムリンでの日本の首相安倍晋三との交渉の結果に従ってロシア連邦大統領ウラジーミル・プーチンは述べた。

「先には相互に受け入れ可能な解決策に出るための条件の作成に関する骨の折れる仕事がある。それはロシアと日本の国民に受け入れられ、両国の社会によって支持されなければならない」とプーチンはプレスアプローチで言った。

安倍は、順番に、解決策が簡単ではないことを認めた。「これは簡単な仕事ではないが、ウラジーミルと私はそれを解決し、平和条約を結ぶことを固く決意している」と日本の首相は述べた。

この記事は機械翻訳によるものです
【PR】"""),
    ("https://kremlinpress-en.example/politics/2019/01/23/putin-painstaking-work", "en", "2019-01-23",
     "Putin: ahead painstaking work on the peace treaty with Japan",
     """23.01.2019 | 07:58 | Politics

MOSCOW, on January 22 - RIA Novosti. To Russia and Japan it is necessary long and painstaking work to create conditions for the mutually acceptable decision on the peace treaty, the president of the Russian Federation Vladimir Putin declared following the results of negotiations with the prime minister of Japan Shinzo Abe in the Kremlin.

"Ahead painstaking work on creation of conditions for an exit to the mutually acceptable decision. It has to be acceptable for the people of Russia and Japan and is supported by the public of both countries", - Putin told on a press approach.

Parties also agreed to increase a commodity turnover to 30 billion dollars in the next years.

Tags: Putin, Abe, Japan, Kurils
Subscribe: Telegram | Zen
Top: Weather in Moscow: frosts to -20"""),
    ("https://tass.com/politics/1041101", "en", "2019-01-23",
     "Kremlin: no deadlines set for peace treaty talks with Japan",
     """MOSCOW, January 23. /TASS/. No deadlines have been set for the peace treaty negotiations between Russia and Japan, Kremlin Spokesman Dmitry Peskov told reporters on Wednesday.

"There are no deadlines, and there cannot be any. Artificial timeframes would only harm the work on a peace treaty," Peskov said.

On Tuesday, after talks with Japanese Prime Minister Shinzo Abe, President Vladimir Putin said painstaking work lay ahead to create the conditions for a mutually acceptable solution.

Peskov also confirmed that Putin plans to attend the G20 summit in Osaka in June."""),
    ("https://asia-briefing-daily.example/2019/01/24/briefing", "en", "2019-01-24",
     "Asia Briefing: No breakthrough in Moscow",
     """JAPAN-RUSSIA: Tuesday's Kremlin summit ended without a breakthrough. Vladimir Putin said "painstaking work" lay ahead and that any solution must be acceptable to the peoples of both countries, and Shinzo Abe, standing beside him, called it "not an easy task" but said he and Putin were firmly determined to conclude a peace treaty.

CHINA: Official data showed growth slowed to 6.6 percent in 2018, the weakest in 28 years.

THAILAND: The government set March 24 as the date for the first general election since the 2014 coup."""),
    ("https://www.japantimes.co.jp/news/2019/01/24/national/kremlin-summit-limits/", "en", "2019-01-24",
     "Kremlin summit shows Abe's island gamble has limits",
     """Russian President Vladimir Putin said Tuesday that "painstaking work" lay ahead before Russia and Japan could reach a mutually acceptable solution, dashing hopes in Tokyo that the summit in Moscow would yield a framework deal on the disputed islands.

Prime Minister Shinzo Abe struck an upbeat tone, saying he and Putin were determined to conclude a treaty.

A day later, the Kremlin spokesman said no deadlines had been set for the talks.

Analysts said Moscow was in no hurry, with opinion polls showing most Russians opposed to any handover."""),
]

# ---------------------------------------------------------------------------------------------------------------
# 6. Suga's first phone call with Putin, 29 September 2020. Suga S1 "we must not pass the Northern Territories issue
#    to the next generation but end it; develop the whole relationship incl. a peace treaty" (the lead retells it).
#    Kyodo Japanese original, Kyodo English, a Russian machine translation of Kyodo with «Читайте также», RIA: Peskov
#    PK1 the next day ("Putin ready to continue with the new PM on the whole agenda, incl. the treaty, on the basis of
#    the agreements with Abe"; the lead retells it), S1 recalled; travel: not treaty. A page carrying Kyodo English
#    twice; Jiji: Kato K1 (build trust, settle the territorial issue and conclude a treaty, negotiate tenaciously), S1
#    in a clause; a digest merging S1 and PK1 in one paragraph; The Japan Times recalling S1 ("said Tuesday"), PK1.
SUGA_PUTIN_CALL_2020_STORY = [
    ("https://www.47news.jp/news/2020/09/5345001.html", "ja", "2020-09-29",
     "菅首相、プーチン氏と初の電話会談　北方領土「次の世代に先送りせず」",
     """菅義偉首相は29日夜、ロシアのプーチン大統領と就任後初めて電話で会談した。北方領土問題を含む平和条約締結問題を次の世代に先送りせず、終止符を打つ決意を伝えた。

菅氏は会談後、首相官邸で記者団に「北方領土問題を次の世代に先送りせず、終止符を打たなければならないと伝えた。平和条約締結を含む日ロ関係全体を発展させていきたい」と述べた。

両首脳は、新型コロナウイルス対策での協力についても意見を交わした。会談は約25分間だった。"""),
    ("https://english.kyodonews.net/news/2020/09/suga-putin-phone.html", "en", "2020-09-29",
     "Suga tells Putin in 1st phone talks he won't leave isle row to next generation",
     """TOKYO - Prime Minister Yoshihide Suga told Russian President Vladimir Putin on Tuesday in their first phone talks that he was determined not to leave the territorial dispute to future generations.

"I told him that we must not pass on the Northern Territories issue to the next generation, but bring it to an end. I want to develop Japan-Russia relations as a whole, including the conclusion of a peace treaty," Suga told reporters at his office.

The two leaders also discussed cooperation in fighting the novel coronavirus."""),
    ("https://yaponiya-segodnya.example/politika/20200930/suga-putin-kyodo.html", "ru", "2020-09-30",
     "Kyodo: Суга пообещал Путину не откладывать проблему островов на следующее поколение",
     """Kyodo News (Япония)

ТОКИО - премьер-министр Ёсихидэ Суга во вторник в ходе первого телефонного разговора сообщил президенту России Владимиру Путину, что намерен не оставлять территориальный спор будущим поколениям.

«Я сказал ему, что мы не должны перекладывать проблему Северных территорий на следующее поколение, а должны положить ей конец. Я хочу развивать японо-российские отношения в целом, включая заключение мирного договора», — сказал Суга журналистам в своей резиденции.

Лидеры также обсудили сотрудничество в борьбе с новым коронавирусом.

Материалы сайта содержат оценки исключительно зарубежных СМИ
Читайте также: Япония определилась с датой возобновления въезда для иностранцев"""),
    ("https://ria.ru/20200930/peskov-1577901001.html", "ru", "2020-09-30",
     "Песков: Путин готов к диалогу с Сугой по мирному договору",
     """МОСКВА, 30 сен - РИА Новости. Президент России Владимир Путин готов продолжать диалог с новым премьер-министром Японии по всем вопросам, включая мирный договор, заявил пресс-секретарь главы государства Дмитрий Песков.

"Путин готов продолжать работу с новым премьером по всей повестке, включая тему мирного договора, на основе тех договоренностей, которые были достигнуты с Синдзо Абэ", - сказал Песков журналистам.

Накануне Суга по итогам первого телефонного разговора с Путиным заявил, что не намерен откладывать решение территориальной проблемы на следующее поколение.

Песков также сообщил, что график зарубежных поездок президента на ближайшие месяцы пока не сформирован."""),
    ("https://newsbeat-asia.example/2020/09/30/suga-putin-first-phone-talks", "en", "2020-09-30",
     "Suga tells Putin in 1st phone talks he won't leave isle row to next generation",
     """Suga tells Putin in 1st phone talks he won't leave isle row to next generation
NewsBeat Asia | Sep 30, 2020 | Politics

TOKYO - Prime Minister Yoshihide Suga told Russian President Vladimir Putin on Tuesday in their first phone talks that he was determined not to leave the territorial dispute to future generations.

"I told him that we must not pass on the Northern Territories issue to the next generation, but bring it to an end. I want to develop Japan-Russia relations as a whole, including the conclusion of a peace treaty," Suga told reporters at his office.

The two leaders also discussed cooperation in fighting the novel coronavirus.

Related
Suga tells Putin in 1st phone talks he won't leave isle row to next generation

TOKYO - Prime Minister Yoshihide Suga told Russian President Vladimir Putin on Tuesday in their first phone talks that he was determined not to leave the territorial dispute to future generations.

"I told him that we must not pass on the Northern Territories issue to the next generation, but bring it to an end. I want to develop Japan-Russia relations as a whole, including the conclusion of a peace treaty," Suga told reporters at his office.

The two leaders also discussed cooperation in fighting the novel coronavirus."""),
    ("https://www.jiji.com/jc/article?k=2020093000455", "ja", "2020-09-30",
     "平和条約交渉「粘り強く」　日ロ電話会談受け官房長官",
     """加藤勝信官房長官は30日の記者会見で、菅義偉首相とロシアのプーチン大統領の電話会談を受け、「首脳間の信頼関係を構築しながら、北方領土問題を解決して平和条約を締結するという基本方針の下、粘り強く交渉に取り組んでいく」と述べた。

菅首相は29日の会談で、北方領土問題を次の世代に先送りしない考えを伝えていた。"""),
    ("https://japanrussia-digest.example/2020/10/01/digest", "en", "2020-10-01",
     "Digest: Suga's first call with Putin",
     """JAPAN-RUSSIA. Yoshihide Suga used his first phone call with Vladimir Putin on Tuesday to say the Northern Territories issue must not be passed on to the next generation, and the Kremlin answered a day later through spokesman Dmitry Peskov that Putin was ready to keep working with the new prime minister on the whole agenda, the peace treaty included, on the basis of the agreements reached with Shinzo Abe.

ALSO. Japan will begin letting in foreign residents from all countries on Thursday."""),
    ("https://www.japantimes.co.jp/news/2020/10/01/national/suga-russia-gamble/", "en", "2020-10-01",
     "Suga inherits Abe's Russia gamble, and its dead end",
     """Prime Minister Yoshihide Suga said Tuesday that the Northern Territories dispute must not be left to the next generation, echoing the language of his predecessor, Shinzo Abe.

Moscow's response was polite but noncommittal: Kremlin spokesman Dmitry Peskov said Wednesday that Putin was ready to continue dialogue on the basis of the agreements reached with Abe.

Diplomats say the pandemic has frozen almost all exchanges, including visits by former islanders to family graves."""),
]

# ---------------------------------------------------------------------------------------------------------------
# 7. Putin meets heads of international news agencies at the St. Petersburg forum, 4 June 2021. P1 "we have never
#    refused treaty dialogue with Japan and are ready to continue it, but the Constitution now bans alienation of
#    territory" (the lead retells it); P2 (another point) "where are the guarantees that US military infrastructure
#    will not appear on these islands?"; gas: not treaty. TASS Russian original, TASS English, a Russian re-post with
#    «Читайте также» (P1; P2 only as its title's quote), a machine English copy, a Japanese machine translation, The
#    Japan Times recalling P1 and P2 ("said on Friday"; a former diplomat's quote: no official), NHK: Kato K1 on
#    Monday (basic policy unchanged; negotiate tenaciously), P1 in a clause; vaccines: not treaty. A digest merging K1
#    and P2 in one paragraph.
NEWS_AGENCIES_2021_STORY = [
    ("https://tass.ru/politika/11563001", "ru", "2021-06-04",
     "Путин: Россия не отказывалась от диалога с Японией по мирному договору",
     """САНКТ-ПЕТЕРБУРГ, 4 июня. /ТАСС/. Россия никогда не отказывалась от продолжения диалога с Японией о мирном договоре, однако обязана учитывать положения обновленной Конституции, запрещающие отчуждение территории. Об этом заявил президент РФ Владимир Путин на встрече с руководителями ведущих мировых информагентств в рамках ПМЭФ.

"Мы никогда не отказывались от диалога с Японией по мирному договору и готовы его продолжать. Но в Конституции теперь прямо записано, что отчуждение территорий недопустимо, и мы обязаны это учитывать", - сказал Путин, отвечая на вопрос президента агентства Kyodo.

Президент также напомнил о проблеме возможного военного присутствия США. "Где гарантии, что через несколько лет на этих островах не появится американская военная инфраструктура? Таких гарантий нам никто не дал", - отметил он.

Путин также заявил, что Россия продолжит поставки газа в Европу в полном объеме вне зависимости от ситуации вокруг "Северного потока - 2"."""),
    ("https://tass.com/politics/1298001", "en", "2021-06-04",
     "Russia has never refused peace treaty dialogue with Japan — Putin",
     """ST. PETERSBURG, June 4. /TASS/. Russia has never refused to continue dialogue with Japan on a peace treaty, but it must take into account the provisions of the updated Constitution prohibiting the alienation of territory, President Vladimir Putin said at a meeting with heads of leading international news agencies on the sidelines of the SPIEF.

"We have never refused dialogue with Japan on a peace treaty, and we are ready to continue it. But the Constitution now directly states that the alienation of territory is inadmissible, and we are obliged to take this into account," Putin said, answering a question from the president of Kyodo news agency.

The president also recalled the problem of a possible US military presence. "Where are the guarantees that in a few years American military infrastructure will not appear on these islands? No one has given us such guarantees," he noted."""),
    ("https://vostok-inform.example/politika/2021/06/04/putin-yaponiya", "ru", "2021-06-04",
     "Путин: «Где гарантии, что на островах не появится американская инфраструктура?»",
     """04.06.2021 18:32 | Политика

САНКТ-ПЕТЕРБУРГ, 4 июня. /ТАСС/. Россия никогда не отказывалась от продолжения диалога с Японией о мирном договоре, однако обязана учитывать положения обновленной Конституции, запрещающие отчуждение территории. Об этом заявил президент РФ Владимир Путин на встрече с руководителями ведущих мировых информагентств в рамках ПМЭФ.

"Мы никогда не отказывались от диалога с Японией по мирному договору и готовы его продолжать. Но в Конституции теперь прямо записано, что отчуждение территорий недопустимо, и мы обязаны это учитывать", - сказал Путин, отвечая на вопрос президента агентства Kyodo.

Читайте также:
Курс доллара опустился ниже 73 рублей
На Итурупе достроят новый причал к осени"""),
    ("https://rusinfo-daily.example/en/politics/2021-06-05/putin-japan-dialogue", "en", "2021-06-05",
     "Putin: Russia did not refuse dialogue with Japan on the peace treaty",
     """05.06.2021 | 09:14 | Views: 845

ST.-PETERSBURG, on June 4. /TASS/. Russia never refused continuation of dialogue with Japan about the peace treaty, however is obliged to consider provisions of the updated Constitution forbidding alienation of the territory. About it the president of the Russian Federation Vladimir Putin declared at a meeting with heads of the leading world news agencies within SPIEF.

"We never refused dialogue with Japan on the peace treaty and are ready to continue it. But in the Constitution now directly it is written down that alienation of territories is inadmissible, and we are obliged to consider it", - Putin told, answering a question of the president of the agency Kyodo.

The president also reminded of a problem of possible military presence of the USA. "Where guarantees that in several years on these islands the American military infrastructure will not appear? Such guarantees to us nobody gave", - he noted.

Subscribe to our channel in Yandex.Zen
Latest news: The dollar rate fell below 73 rubles"""),
    ("https://jp-roshia-times.example/news/20210605-putin-heiwa-joyaku", "ja", "2021-06-05",
     "プーチン：ロシアは平和条約に関する日本との対話を拒否したことはない",
     """2021年6月5日 ｜ 機械翻訳（タス通信より）

サンクトペテルブルク、6月4日。/タス/。ロシアは平和条約に関する日本との対話の継続を決して拒否したことはないが、領土の譲渡を禁止する更新された憲法の規定を考慮する義務がある。これは、ロシア連邦大統領ウラジーミル・プーチンが、SPIEFの枠内で世界の主要な通信社の代表との会合で述べた。

「私たちは平和条約に関する日本との対話を決して拒否したことはなく、それを続ける準備ができている。しかし、憲法には今や領土の譲渡は容認できないと直接書かれており、私たちはこれを考慮する義務がある」とプーチンは共同通信社の社長の質問に答えて言った。

大統領はまた、米国の軍事的存在の可能性の問題を思い出させた。「数年後にこれらの島にアメリカの軍事インフラが現れないという保証はどこにあるのか？誰も私たちにそのような保証を与えていない」と彼は指摘した。"""),
    ("https://www.japantimes.co.jp/news/2021/06/06/national/putin-constitution-line/", "en", "2021-06-06",
     "Putin's constitution line narrows room for Tokyo",
     """When Russian President Vladimir Putin said on Friday that Moscow had "never refused" dialogue on a peace treaty, he added a caveat that Japanese officials found hard to ignore: the amended Constitution bans any alienation of Russian territory.

Putin also asked where the guarantee was that U.S. military infrastructure would not appear on the islands, a concern he has raised repeatedly since 2018.

"The door is open only in name," said a former Japanese diplomat who took part in the talks."""),
    ("https://www3.nhk.or.jp/news/html/20210607/k10013072001.html", "ja", "2021-06-07",
     "プーチン大統領の発言に官房長官「基本方針に変わりない」",
     """加藤官房長官は7日午前の記者会見で、ロシアのプーチン大統領が、憲法で領土の割譲が禁止されていることを考慮する必要があると述べたことについて「北方四島の帰属の問題を解決して平和条約を締結するという基本方針に変わりはない。引き続き粘り強く交渉に取り組んでいく」と述べました。

また加藤官房長官は、企業や大学での新型コロナワクチンの職域接種を今月21日から始める方針を明らかにしました。"""),
    ("https://eurasia-review-brief.example/2021/06/08/brief", "en", "2021-06-08",
     "Brief: Tokyo and Moscow talk past each other",
     """JAPAN-RUSSIA. The two governments traded familiar lines this week: Chief Cabinet Secretary Katsunobu Kato said Monday that Japan's basic policy of settling the attribution of the four islands and concluding a peace treaty "remains unchanged," after Vladimir Putin had asked where the guarantees were that American military infrastructure would not appear on the islands.

ALSO. G7 finance ministers agreed on a global minimum corporate tax of at least 15 percent."""),
]

# ---------------------------------------------------------------------------------------------------------------
# 8. Takaichi's first policy speech, 24 October 2025. Takaichi T1 (relations severe, but the policy of resolving the
#    territorial issue and concluding a treaty maintained) and, the same day at his press conference, Motegi MO1 (the
#    policy unchanged; keep calling for grave visits to resume): two speakers, similar words, same day, each NEW.
#    Jiji Japanese original, Jiji English, a spun rewrite, a copy of Jiji English cut off before Motegi's words (T1
#    only). RIA on 29 October: Zakharova Z1 ("the new government talks of a treaty while extending sanctions; no
#    subject for talks until Tokyo drops its hostile line"; the lead retells it), T1 recalled ("last week"); a machine
#    English copy of RIA. NHK on 7 November: Takaichi T2 at the Lower House budget committee (the policy "will not
#    waver"; grave visits cannot wait: same speaker, another occasion, NEW). A digest merging T2 and Z1 in one
#    paragraph (T2's words also in its title); The Japan Times recalling T2 ("said Friday"), T1 and Z1.
TAKAICHI_2025_STORY = [
    ("https://www.jiji.com/jc/article?k=2025102400601", "ja", "2025-10-24",
     "高市首相、平和条約締結の方針堅持　初の所信表明演説",
     """高市早苗首相は24日、衆参両院の本会議で就任後初の所信表明演説を行った。ロシアについて「日ロ関係は厳しい状況にあるが、領土問題を解決し、平和条約を締結するとの方針を堅持する」と表明した。

茂木敏充外相は同日の記者会見で、ロシアとの関係について問われ、「北方領土問題を解決して平和条約を締結するという政府の方針に変わりはない。元島民の方々の墓参の再開も引き続き強く求めていく」と述べた。

首相は演説で、物価高対策を最優先で進める考えも強調した。"""),
    ("https://jen.jiji.com/jc/eng?g=eco&k=2025102400777", "en", "2025-10-24",
     "Takaichi Vows to Maintain Peace Treaty Policy toward Russia",
     """Tokyo, Oct. 24 (Jiji Press)--Japanese Prime Minister Sanae Takaichi on Friday pledged to stick to the country's policy of resolving the territorial dispute with Russia and concluding a peace treaty with the country, in her first policy speech at the Diet.

"Although Japan-Russia relations are in a severe situation, we will maintain the policy of resolving the territorial issue and concluding a peace treaty," Takaichi said.

Foreign Minister Toshimitsu Motegi told a press conference the same day that the government's policy of settling the Northern Territories issue and signing a peace treaty "remains unchanged." He said Japan will continue to strongly call for the resumption of visits by former islanders to family graves.

In the speech, Takaichi also stressed that measures to counter rising prices are her top priority."""),
    ("https://pacificwire-news.example/2025/10/25/new-japanese-premier-russia-isles", "en", "2025-10-25",
     "New Japanese premier holds firm on Russia isle stance",
     """Japan's freshly installed premier Sanae Takaichi vowed on Friday to hold on to Tokyo's goal of settling the island quarrel with Moscow and signing a peace accord, in her maiden policy address to parliament.

"Even though ties between Japan and Russia are in a harsh state, we will keep to the line of settling the territorial question and signing a peace accord," she told lawmakers.

Her top diplomat, Toshimitsu Motegi, said separately that the cabinet's stance on the Northern Territories and a peace accord is unaltered and that Tokyo will keep pressing for former residents to be allowed to visit ancestral graves."""),
    ("https://newsaggregator24.example/world/takaichi-vows-peace-treaty-policy-russia", "en", "2025-10-25",
     "Takaichi Vows to Maintain Peace Treaty Policy toward Russia",
     """Tokyo, Oct. 24 (Jiji Press)--Japanese Prime Minister Sanae Takaichi on Friday pledged to stick to the country's policy of resolving the territorial dispute with Russia and concluding a peace treaty with the country, in her first policy speech at the Diet.

"Although Japan-Russia relations are in a severe situation, we will maintain the policy of resolving the territorial issue and concluding a peace treaty," Takaichi said.

Foreign Minister Toshimitsu Motegi told a press conference the same day that the"""),
    ("https://ria.ru/20251029/zakharova-2051001001.html", "ru", "2025-10-29",
     "Захарова: Токио говорит о мирном договоре, продолжая санкционный курс",
     """МОСКВА, 29 окт - РИА Новости. Разговоры Токио о мирном договоре несерьезны, пока Япония продолжает антироссийский санкционный курс, заявила официальный представитель МИД России Мария Захарова.

"Новое японское правительство говорит о мирном договоре и одновременно продлевает санкции против нашей страны. Пока Токио не откажется от враждебной линии, никакого предмета для переговоров по мирному договору нет", - сказала Захарова на брифинге.

На прошлой неделе премьер-министр Японии Санаэ Такаити в первой программной речи заявила, что Токио будет придерживаться курса на решение территориального вопроса и заключение мирного договора.

Захарова также раскритиковала планы Японии по наращиванию военных расходов."""),
    ("https://ru-politics-en.example/news/2025/10/29/zakharova-tokyo-peace-treaty", "en", "2025-10-29",
     "Zakharova: Tokyo speaks about the peace treaty, continuing the sanction course",
     """29.10.2025 18:22 | Politics | Source: RIA Novosti

MOSCOW, on October 29 - RIA Novosti. Conversations of Tokyo about the peace treaty are not serious while Japan continues the anti-Russian sanction course, the official representative of MFA of Russia Maria Zakharova declared.

"The new Japanese government speaks about the peace treaty and at the same time prolongs sanctions against our country. While Tokyo does not refuse the hostile line, there is no subject for negotiations on the peace treaty", - Zakharova told at a briefing.

Last week the prime minister of Japan Sanae Takaiti in the first program speech declared that Tokyo will adhere to a course on the solution of a territorial question and the conclusion of the peace treaty.

Comments: 0 | Print
Read also: The cost of bitcoin fell below $110,000"""),
    ("https://www3.nhk.or.jp/news/html/20251107/k10014960001.html", "ja", "2025-11-07",
     "高市首相 北方領土問題「平和条約締結の方針は揺るがない」",
     """高市総理大臣は7日の衆議院予算委員会で、北方領土問題について問われ「日ロ関係は厳しい状況が続いているが、領土問題を解決して平和条約を締結するという方針は揺るがない。元島民の皆さんの高齢化を考えれば、墓参の再開は一刻の猶予もない課題だ」と述べました。

委員会では、物価高対策を盛り込んだ経済対策をめぐっても質疑が行われました。"""),
    ("https://japan-russia-weekly.example/2025/11/08/the-week", "en", "2025-11-08",
     "Weekly: Takaichi says treaty policy 'will not waver'",
     """THE WEEK IN JAPAN-RUSSIA. Sanae Takaichi told a Lower House budget committee on Friday that the policy of resolving the territorial issue and concluding a peace treaty would hold firm, adding that resuming grave visits for aging former islanders could not wait, while in Moscow Maria Zakharova had earlier dismissed Tokyo's treaty talk as unserious so long as Japan keeps extending sanctions.

ALSO. Toyota reported record first-half sales despite US tariffs."""),
    ("https://www.japantimes.co.jp/news/2025/11/08/national/takaichi-russia-line/", "en", "2025-11-08",
     "Takaichi's Russia line: continuity with no counterpart",
     """Prime Minister Sanae Takaichi said Friday that Tokyo's resolve to settle the territorial issue and conclude a peace treaty "will not waver," repeating in the Diet a pledge she first made in her policy speech last month.

With Moscow refusing any talks, the pledge has little practical meaning for now, analysts say. But former islanders, whose average age is nearly 89, are pressing the government to secure at least the resumption of grave visits.

Foreign Ministry spokeswoman Maria Zakharova said last week that there was "no subject" for peace treaty negotiations while Japan kept its sanctions."""),
]

STORIES = {name: value for name, value in dict(globals()).items() if name.endswith("_STORY")}

# per report, the treaty remarks it carries: (speaker, remark id). Leads that retell the quote below them are the
# same remark and listed once per report (a report's count is of remarks, not of sentences).
REMARKS = {
    "HIKIWAKE_2012_STORY": [
        [("Vladimir Putin", "P1"), ("Vladimir Putin", "P2")],
        [("Vladimir Putin", "P1"), ("Vladimir Putin", "P2")],
        [("Vladimir Putin", "P1"), ("Vladimir Putin", "P2")],
        [("Vladimir Putin", "P1"), ("Vladimir Putin", "P2")],
        [("Vladimir Putin", "P1"), ("Vladimir Putin", "P2")],
        [("Yoshihiko Noda", "N1"), ("Koichiro Gemba", "G1"), ("Vladimir Putin", "P1")],
        [("Yoshihiko Noda", "N1"), ("Koichiro Gemba", "G1")],
        [("Vladimir Putin", "P1"), ("Koichiro Gemba", "G1")],
    ],
    "TWO_PLUS_TWO_2013_STORY": [
        [("Fumio Kishida", "K1"), ("Sergei Lavrov", "L1")],
        [("Fumio Kishida", "K1"), ("Sergei Lavrov", "L1")],
        [("Fumio Kishida", "K1"), ("Sergei Lavrov", "L1")],
        [("Sergei Lavrov", "L2"), ("Sergei Lavrov", "L1")],
        [("Fumio Kishida", "K1"), ("Sergei Lavrov", "L1")],   # cut off inside L1's quote
        [("Fumio Kishida", "K1"), ("Sergei Lavrov", "L2")],
        [("Sergei Lavrov", "L2"), ("Fumio Kishida", "K1")],
    ],
    "VLADIVOSTOK_2016_STORY": [
        [("Vladimir Putin", "P1"), ("Vladimir Putin", "P2")],
        [("Vladimir Putin", "P1"), ("Vladimir Putin", "P2")],
        [("Vladimir Putin", "P1"), ("Vladimir Putin", "P2")],
        [("Vladimir Putin", "P1")],
        [("Vladimir Putin", "P1"), ("Vladimir Putin", "P2")],   # the article twice
        [("Shinzo Abe", "A1"), ("Vladimir Putin", "P1")],
        [("Shinzo Abe", "A2"), ("Shinzo Abe", "A1")],
        [("Shinzo Abe", "A2"), ("Vladimir Putin", "P1")],
        [("Shinzo Abe", "A2"), ("Vladimir Putin", "P1")],
    ],
    "OKINAWA_BASES_2018_STORY": [
        [("Vladimir Putin", "P1"), ("Vladimir Putin", "P2")],
        [("Vladimir Putin", "P1"), ("Vladimir Putin", "P2")],
        [("Vladimir Putin", "P1")],
        [("Vladimir Putin", "P1"), ("Vladimir Putin", "P2")],   # P1's words in quotes only in the title
        [("Yoshihide Suga", "S1"), ("Vladimir Putin", "P1")],
        [("Vladimir Putin", "P1")],   # cut off inside P1's quote
        [("Vladimir Putin", "P1"), ("Yoshihide Suga", "S1")],
        [("Vladimir Putin", "P1"), ("Yoshihide Suga", "S1")],
    ],
    "KREMLIN_SUMMIT_2019_STORY": [
        [("Vladimir Putin", "P1"), ("Shinzo Abe", "A1")],
        [("Vladimir Putin", "P1"), ("Shinzo Abe", "A1")],
        [("Vladimir Putin", "P1"), ("Shinzo Abe", "A1")],
        [("Vladimir Putin", "P1")],
        [("Dmitry Peskov", "PK1"), ("Vladimir Putin", "P1")],
        [("Vladimir Putin", "P1"), ("Shinzo Abe", "A1")],
        [("Vladimir Putin", "P1"), ("Shinzo Abe", "A1"), ("Dmitry Peskov", "PK1")],
    ],
    "SUGA_PUTIN_CALL_2020_STORY": [
        [("Yoshihide Suga", "S1")],
        [("Yoshihide Suga", "S1")],
        [("Yoshihide Suga", "S1")],
        [("Dmitry Peskov", "PK1"), ("Yoshihide Suga", "S1")],
        [("Yoshihide Suga", "S1")],   # the article twice
        [("Katsunobu Kato", "K1"), ("Yoshihide Suga", "S1")],
        [("Yoshihide Suga", "S1"), ("Dmitry Peskov", "PK1")],
        [("Yoshihide Suga", "S1"), ("Dmitry Peskov", "PK1")],
    ],
    "NEWS_AGENCIES_2021_STORY": [
        [("Vladimir Putin", "P1"), ("Vladimir Putin", "P2")],
        [("Vladimir Putin", "P1"), ("Vladimir Putin", "P2")],
        [("Vladimir Putin", "P1"), ("Vladimir Putin", "P2")],   # P2 only as the title's quote
        [("Vladimir Putin", "P1"), ("Vladimir Putin", "P2")],
        [("Vladimir Putin", "P1"), ("Vladimir Putin", "P2")],
        [("Vladimir Putin", "P1"), ("Vladimir Putin", "P2")],
        [("Katsunobu Kato", "K1"), ("Vladimir Putin", "P1")],
        [("Katsunobu Kato", "K1"), ("Vladimir Putin", "P2")],
    ],
    "TAKAICHI_2025_STORY": [
        [("Sanae Takaichi", "T1"), ("Toshimitsu Motegi", "MO1")],
        [("Sanae Takaichi", "T1"), ("Toshimitsu Motegi", "MO1")],
        [("Sanae Takaichi", "T1"), ("Toshimitsu Motegi", "MO1")],
        [("Sanae Takaichi", "T1")],   # cut off before Motegi's words
        [("Maria Zakharova", "Z1"), ("Sanae Takaichi", "T1")],
        [("Maria Zakharova", "Z1"), ("Sanae Takaichi", "T1")],
        [("Sanae Takaichi", "T2")],
        [("Sanae Takaichi", "T2"), ("Maria Zakharova", "Z1")],
        [("Sanae Takaichi", "T2"), ("Sanae Takaichi", "T1"), ("Maria Zakharova", "Z1")],
    ],
}

EXPECTED = {
    "HIKIWAKE_2012_STORY": [("ria.ru", "Vladimir Putin"), ("ria.ru", "Vladimir Putin"),
                            ("www.47news.jp", "Yoshihiko Noda"), ("www.47news.jp", "Koichiro Gemba")],
    "TWO_PLUS_TWO_2013_STORY": [("www.47news.jp", "Fumio Kishida"), ("www.47news.jp", "Sergei Lavrov"),
                                ("itar-tass.com", "Sergei Lavrov")],
    "VLADIVOSTOK_2016_STORY": [("tass.ru", "Vladimir Putin"), ("tass.ru", "Vladimir Putin"),
                               ("www3.nhk.or.jp", "Shinzo Abe"), ("english.kyodonews.net", "Shinzo Abe")],
    "OKINAWA_BASES_2018_STORY": [("www.interfax.ru", "Vladimir Putin"), ("www.interfax.ru", "Vladimir Putin"),
                                 ("www.jiji.com", "Yoshihide Suga")],
    "KREMLIN_SUMMIT_2019_STORY": [("ria.ru", "Vladimir Putin"), ("ria.ru", "Shinzo Abe"),
                                  ("tass.com", "Dmitry Peskov")],
    "SUGA_PUTIN_CALL_2020_STORY": [("www.47news.jp", "Yoshihide Suga"), ("ria.ru", "Dmitry Peskov"),
                                   ("www.jiji.com", "Katsunobu Kato")],
    "NEWS_AGENCIES_2021_STORY": [("tass.ru", "Vladimir Putin"), ("tass.ru", "Vladimir Putin"),
                                 ("www3.nhk.or.jp", "Katsunobu Kato")],
    "TAKAICHI_2025_STORY": [("www.jiji.com", "Sanae Takaichi"), ("www.jiji.com", "Toshimitsu Motegi"),
                            ("ria.ru", "Maria Zakharova"), ("www3.nhk.or.jp", "Sanae Takaichi")],
}
