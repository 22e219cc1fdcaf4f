"""Eight more multi-outlet probe stories (round 4: the same words across languages and in other words, and similar
words that are new), written independently of rounds 1-3 (own words, each outlet's style, other events: 2012-2025).
Each remark is reported in Russian, Japanese and English by different outlets, each paraphrasing freely: reported
speech in one, the quote in another, a one-line summary in a third ("Peskov ruled out any territorial concessions"
for a long quote), a quote translated twice (Japanese -> Russian -> English on an aggregator's machine-translated
copy) that shares few words with the first report, and a later analysis or weekly digest recalling it briefly. In the
same stories stand NEW remarks that look like repeats: the same speaker saying something close on another occasion
days or weeks later, two speakers of one side saying similar things the same day, a spokeswoman restating the standing
position at her next weekly briefing, a reply by the other side built on the first side's key words ("Tokyo rejected
Lavrov's claim ..."; when a named official's quote follows, the lead retells that quote and is the same remark).
Non-treaty words of officials in the same articles (fisheries, sanctions, grave visits, Ukraine, energy), background
paragraphs, events, polls, anonymous sources and experts are no remarks.

Each story: a list of (url, language, published, title, text) in processing order.
EXPECTED[name]: the (host, speaker) of every report that should be flagged new (first report of each distinct
treaty utterance, in processing order).
REMARKS[name]: per report, the treaty remarks it carries as (speaker, remark id); a remark id names one utterance
(same speaker, same words, same occasion). The first report of each id is the expected alert. A later utterance by
the same speaker on another occasion, however close in substance, gets its own id; so do two speakers' similar words
on the same day. A lead retelling the quote below it is the same remark (listed once per report); a recollection
("last week X said ...") is the recalled remark; an event recalled without attribution ("the leaders agreed ...") is
no remark.
"""

# ---------------------------------------------------------------------------------------------------------------
# 1. Abe's first phone call with Putin, 28 December 2012 (two days after taking office), and his New Year press
#    conference in Ise, 4 January 2013. Abe A1 (the foreign ministries told to speed up work on the treaty; he wants to
#    go to Russia and discuss it face to face; the lead's "agreed to speed up" retells it), Kyodo Japanese first. RIA:
#    Peskov PK1 (ready to continue the treaty dialogue, but no quick solutions; calm, consistent work without loud
#    statements; the lead retells it) and A1 in reported speech from the Japanese press. Jiji: Suga S1 (the basic
#    policy unchanged; a good start) and Kishida K1 (prepare the ground for the PM's visit; negotiate tenaciously on
#    the territory) - two speakers of one side, similar words, same day, each NEW - with Kishida on the crab-poaching
#    pact (not treaty) and PK1 shortened in Japanese. Xinhua (A1 in one sentence, the agency's background line); The
#    Japan Times (Kyodo English: A1 quoted in other words, S1, K1, PK1 summarised); an aggregator's machine English of
#    RIA (A1 translated twice, JA->RU->EN). NHK on 4 January: Abe A2 at Ise (on the basis of his trust with Putin,
#    negotiate tenaciously to settle the territorial issue and conclude a treaty: same speaker, another occasion, NEW;
#    the call recalled as an event only; "three arrows": not treaty). Kommersant's analysis on 9 January recalling A1,
#    S1, K1, A2 and PK1, with an expert's view and the paper's own summary of both positions (no remarks).
ABE_FIRST_CALL_2012_STORY = [
    ("https://www.47news.jp/CN/201212/CN2012122801001718.html", "ja", "2012-12-28",
     "安倍首相、プーチン大統領と初の電話会談　平和条約交渉の作業加速で一致",
     """安倍晋三首相は28日午後、ロシアのプーチン大統領と就任後初めて電話で約20分間会談した。北方領土問題を含む平和条約締結交渉をめぐり、両国外務省の作業を加速させることで一致した。首相は来年の適切な時期に訪ロしたい意向を伝え、大統領は歓迎した。

首相は会談後、首相官邸で記者団に「平和条約の問題について、両国の外務省に作業を加速させるよう指示することで大統領と一致した。私自身、適切な時期にロシアを訪れ、大統領と膝を突き合わせて議論したい」と語った。

両首脳は、エネルギー分野を中心に経済協力を拡大していくことも確認した。

北方四島の帰属をめぐる対立が解けず、日ロ両国は戦後いまだに平和条約を締結していない。"""),
    ("https://ria.ru/politics/20121228/916874512.html", "ru", "2012-12-28",
     "Песков: быстрых решений по мирному договору с Японией ждать не стоит",
     """МОСКВА, 28 дек - РИА Новости. Владимир Путин готов продолжать диалог с Японией по мирному договору, однако быстрых решений в этом вопросе ожидать не следует, сообщил РИА Новости пресс-секретарь президента России Дмитрий Песков по итогам первого телефонного разговора Путина с новым премьер-министром Японии Синдзо Абэ.

"Президент подтвердил готовность продолжать диалог по мирному договору. Но очевидно, что быстрых решений здесь не бывает. Нужна спокойная, последовательная работа, без резких движений и громких заявлений", - сказал Песков.

По его словам, Путин также поздравил собеседника со вступлением в должность и пригласил его посетить Россию.

Сам Абэ, как передают японские СМИ, заявил журналистам, что лидеры договорились поручить внешнеполитическим ведомствам двух стран ускорить работу по мирному договору, и выразил желание приехать в Россию, чтобы обсудить этот вопрос с президентом "лицом к лицу".

Абэ вступил в должность премьера 26 декабря после победы Либерально-демократической партии на досрочных парламентских выборах."""),
    ("https://www.jiji.com/jc/article?k=2012122800745", "ja", "2012-12-28",
     "菅長官「良いスタート」、岸田外相「訪ロへ環境整備」　日ロ電話会談",
     """菅義偉官房長官は28日午後の記者会見で、安倍晋三首相とロシアのプーチン大統領による初の電話会談について「北方四島の帰属の問題を解決して平和条約を締結するという政府の基本方針に変わりはない。今回の会談は良いスタートになった」と述べた。

岸田文雄外相も同日夜、外務省で記者団に対し「首相の訪ロを実りあるものにするため、外相として環境整備に全力を挙げたい。領土問題については粘り強く交渉していく」と強調した。

岸田氏はまた、9月に署名したカニの密漁・密輸防止協定について「早期発効に向けてロシア側との調整を急ぎたい」と語った。

一方、ロシア大統領府のペスコフ報道官はロシアメディアに対し、平和条約問題で「早急な解決はあり得ない」との認識を示した。"""),
    ("http://news.xinhuanet.com/english/world/2012-12/28/c_132069652.htm", "en", "2012-12-28",
     "Japan's Abe, Russia's Putin agree to accelerate work on peace treaty",
     """TOKYO, Dec. 28 (Xinhua) -- Japanese Prime Minister Shinzo Abe said Friday that he and Russian President Vladimir Putin had agreed in a phone conversation to accelerate work toward a peace treaty between the two countries.

Abe, who took office on Wednesday, also told reporters that he hoped to visit Russia at an appropriate time.

Japan and Russia have yet to conclude a peace treaty formally ending their World War II hostilities, as the two sides remain at odds over the sovereignty of four islands off Hokkaido, called the Northern Territories by Japan and the Southern Kuriles by Russia."""),
    ("https://www.japantimes.co.jp/news/2012/12/29/national/abe-putin-agree-to-speed-up-treaty-work/", "en", "2012-12-29",
     "Abe, Putin agree to speed up treaty work in first phone talks",
     """Kyodo

Prime Minister Shinzo Abe and Russian President Vladimir Putin agreed in their first telephone conversation Friday to have their foreign ministries step up work toward a postwar peace treaty, which has been held up for decades by the dispute over four Russian-held islands off Hokkaido.

"The president and I agreed to instruct the foreign ministries of both countries to speed up their work on the peace treaty issue. I hope to go to Russia at a suitable time and talk it over with him in person," Abe told reporters at his office after the roughly 20-minute call.

Chief Cabinet Secretary Yoshihide Suga called the conversation "a good start," saying the government's basic policy of first resolving the sovereignty issue over the four islands and then concluding a treaty remains the same.

Foreign Minister Fumio Kishida said he would do his utmost to pave the way for Abe's trip and would negotiate tenaciously on the territorial row.

In Moscow, Kremlin spokesman Dmitry Peskov cautioned that no quick solutions should be expected.

The islands, called the Northern Territories in Japan and the Southern Kurils in Russia, were seized by Soviet forces in the closing days of World War II."""),
    ("https://rusnewsfeed-en.example/politics/2012/12/29/peskov-japan-treaty-fast-decisions", "en", "2012-12-29",
     "Peskov: it is not necessary to wait for fast decisions on the peace treaty with Japan",
     """Home / Politics / Asia-Pacific   29.12.2012 04:41   Views: 118

MOSCOW, on December 28 - RIA Novosti. Vladimir Putin is ready to continue dialogue with Japan on the peace treaty, however it is not necessary to expect fast decisions in this question, the press secretary of the president of Russia Dmitry Peskov reported to RIA Novosti following the results of the first telephone conversation of Putin with the new prime minister of Japan Shinzo Abe.

"The president confirmed readiness to continue dialogue on the peace treaty. But it is obvious that fast decisions do not happen here. Quiet, consecutive work is necessary, without sharp movements and loud statements", - Peskov told.

According to him, Putin also congratulated the interlocutor on entry into a position and invited him to visit Russia.

Abe himself, as the Japanese mass media transfer, declared to journalists that leaders agreed to charge foreign policy departments of two countries to accelerate work on the peace treaty, and expressed desire to arrive to Russia to discuss this question with the president "a face to face".

Abe entered into a post of the premier on December 26 after a victory of Liberal Democratic Party on early parliamentary elections.

Tags: Russia, Japan, Putin, Abe
Print | Comments (0)
Read also: The ruble finished the year with strengthening against the dollar"""),
    ("https://www3.nhk.or.jp/news/html/20130104/k10014561001000.html", "ja", "2013-01-04",
     "安倍首相 年頭会見 北方領土「粘り強く交渉」",
     """安倍総理大臣は4日、三重県伊勢市で年頭の記者会見を行いました。

この中で安倍総理大臣は、ロシアとの関係について「プーチン大統領とは個人的な信頼関係を築いてきた。その信頼関係を土台として、北方領土問題を解決し、平和条約を締結するため、粘り強く交渉を進めていきたい」と述べました。

安倍総理大臣は先月28日、プーチン大統領と初めての電話会談を行い、平和条約をめぐる両国の外務省の作業を加速させることで一致しています。

また安倍総理大臣は、デフレからの脱却に向けて、大胆な金融政策、機動的な財政政策、民間投資を喚起する成長戦略の「3本の矢」で経済の再生に取り組む考えを改めて強調しました。"""),
    ("https://www.kommersant.ru/doc/2102017", "ru", "2013-01-09",
     "Токио ищет подход к Москве",
     """Новый премьер-министр Японии Синдзо Абэ, вернувшийся на этот пост после пятилетнего перерыва, с первых дней дает понять, что намерен сделать отношения с Россией одним из приоритетов. Уже 28 декабря, через два дня после вступления в должность, он провел телефонный разговор с Владимиром Путиным, после чего сообщил журналистам, что лидеры поручили МИДам ускорить работу по мирному договору. Генеральный секретарь кабинета Ёсихидэ Суга назвал разговор «хорошим началом», а новый глава МИД Фумио Кисида пообещал «подготовить почву» для визита премьера в Москву. В прошлую пятницу на традиционной новогодней пресс-конференции в Исэ господин Абэ повторил, что намерен «настойчиво» вести переговоры, опираясь на доверительные отношения с российским президентом.

В Кремле японские сигналы встречают сдержанно. Пресс-секретарь президента Дмитрий Песков еще в декабре предупредил, что быстрых решений ждать не стоит.

«У Абэ, в отличие от его предшественников, есть шанс надолго задержаться у власти, и он лично заинтересован в прорыве. Но базовые позиции сторон пока не сблизились ни на миллиметр»,— считает руководитель Центра японских исследований Института Дальнего Востока РАН Валерий Кистанов.

Позиция Токио остается прежней: сначала решение вопроса о принадлежности четырех островов, затем мирный договор. Москва же исходит из того, что острова отошли к СССР по итогам Второй мировой войны."""),
]

# ---------------------------------------------------------------------------------------------------------------
# 2. Putin meets heads of international news agencies at the St. Petersburg forum, 24 May 2014, two months after
#    Japan joined the sanctions over Crimea. Putin P1 (never refused the dialogue; ready to discuss everything with
#    Japan, the islands included; Tokyo's backing of the sanctions puzzling; is Japan itself ready to go on?; the lead
#    retells it); LNG and a pipeline to Hokkaido, his autumn visit to Japan: not treaty. ITAR-TASS original; Reuters
#    (P1 in one sentence); Kyodo Japanese (P1 quoted in Japanese, in other words). NHK on 26 May: Suga S1 (our position
#    of pursuing the treaty talks unchanged; Ukraine handled with the G7, a separate matter) and Kishida K1 (noted the
#    president's readiness; dialogue under the policy of settling the four islands' attribution) - two speakers of
#    one side, similar words, same day, each NEW; P1 recalled; the broadcaster's own summary of the government's line
#    (no remark). RIA (S1 and K1 in Russian); an aggregator's machine English of RIA (S1 and K1 translated twice);
#    Interfax on 29 May: Lukashevich LU1 at his weekly briefing (the treaty never tied to passing circumstances, but
#    Tokyo's sanctions do not help the atmosphere: NEW), K1 recalled, fisheries (not treaty); a weekly digest
#    recalling P1, K1 and LU1, with an academic's view.
SPIEF_AGENCIES_2014_STORY = [
    ("http://itar-tass.com/politika/1207014", "ru", "2014-05-24",
     "Путин: Россия не отказывается от диалога с Японией, но удивлена ее участием в санкциях",
     """САНКТ-ПЕТЕРБУРГ, 24 мая. /ИТАР-ТАСС/. Россия не отказывается от переговоров с Японией по мирному договору и готова обсуждать все вопросы, включая проблему островов, однако присоединение Токио к антироссийским санкциям вызывает недоумение. Об этом заявил президент РФ Владимир Путин на встрече с руководителями ведущих мировых информационных агентств.

"Мы от диалога не отказывались и готовы обсуждать с японскими партнерами все, включая острова. Но Токио поддержал санкции, и это нас, честно говоря, озадачило. Вот я и спрашиваю: готова ли сама Япония продолжать этот разговор?" - сказал Путин, отвечая на вопрос президента агентства Kyodo.

Президент также напомнил, что Россия готова наращивать поставки энергоносителей в Японию. "Мы могли бы обсудить и строительство газопровода на Хоккайдо, и новые мощности по сжижению газа на Сахалине. Японский рынок для нас очень перспективный", - отметил он.

Встреча прошла в рамках Петербургского международного экономического форума."""),
    ("http://www.reuters.com/article/2014/05/24/us-russia-japan-putin-idUSBREA4N03Z20140524", "en", "2014-05-24",
     "Putin says open to island talks with Japan, puzzled by sanctions",
     """ST PETERSBURG, Russia (Reuters) - President Vladimir Putin said on Saturday Russia was still willing to negotiate with Japan over a group of disputed islands, but questioned whether Tokyo, which has joined Western sanctions over Ukraine, was itself ready to keep talking.

Putin, speaking to heads of international news agencies on the sidelines of an economic forum in St Petersburg, also said Russia could consider building a gas pipeline to Japan's northern island of Hokkaido.

The dispute over the islands, seized by Soviet troops at the end of World War Two, has kept the two neighbours from concluding a postwar peace treaty for nearly seven decades."""),
    ("http://www.47news.jp/CN/201405/CN2014052501000987.html", "ja", "2014-05-25",
     "プーチン氏「日本に対話の用意あるのか」　制裁参加に当惑",
     """【サンクトペテルブルク共同】ロシアのプーチン大統領は24日、サンクトペテルブルクで共同通信など世界の主要通信社の代表と会見した。北方領土問題について「対話を拒んだことはない。島の問題を含め、日本とはあらゆることを話し合う用意がある」と強調した。一方で、ウクライナ危機をめぐり日本が対ロ制裁に加わったことについて「正直言って当惑している。日本の方こそ、この対話を続ける用意があるのか」と疑問を呈した。

プーチン氏は、秋に予定される自身の訪日について「準備は続いている」と述べた。

日本政府は3月以降、ビザ緩和協議の停止や一部ロシア人の入国禁止などの制裁を相次いで発表している。"""),
    ("http://www3.nhk.or.jp/news/html/20140526/k10014769861000.html", "ja", "2014-05-26",
     "官房長官 平和条約交渉「進める立場に変わりない」",
     """菅官房長官は26日午前の記者会見で、ロシアのプーチン大統領が、日本の制裁参加に疑問を呈しつつ、北方領土問題を含めて協議する用意があると述べたことについて、「ロシアとの間で平和条約締結交渉を進めていくという我が国の立場に変わりはない。ウクライナ情勢についてはＧ７と連携して対応しており、それとは別の問題だ」と述べました。

また岸田外務大臣は、同じ日、外務省で記者団に対し、「大統領が交渉に前向きな姿勢を示したことには注目している。北方四島の帰属の問題を解決して平和条約を締結するという方針のもと、ロシアとの対話を続けていきたい」と述べました。

政府は、北方領土問題を含む平和条約締結交渉と、ウクライナ情勢をめぐる対応とを切り離して考える姿勢を示しています。"""),
    ("http://ria.ru/world/20140526/1009134521.html", "ru", "2014-05-26",
     "Токио намерен продолжать переговоры с Москвой по мирному договору",
     """ТОКИО, 26 мая - РИА Новости. Япония не меняет курса на переговоры с Россией о мирном договоре, а меры в связи с ситуацией на Украине рассматривает отдельно от этого вопроса, заявил в понедельник генеральный секретарь кабинета министров Ёсихидэ Суга.

Так он прокомментировал слова президента РФ Владимира Путина, который в субботу поставил под вопрос готовность Токио к диалогу после присоединения Японии к санкциям.

Глава МИД Японии Фумио Кисида, в свою очередь, сказал журналистам, что Токио "обратил внимание" на готовность российского президента к переговорам и намерен продолжать диалог с Москвой, исходя из курса на решение вопроса о принадлежности четырех островов и заключение мирного договора.

Япония называет южные Курилы "северными территориями" и претендует на острова Итуруп, Кунашир, Шикотан и группу Хабомаи."""),
    ("https://worldpress-ru.example/en/asia/2014/05/26/tokyo-peace-treaty-moscow", "en", "2014-05-26",
     "Tokyo intends to continue negotiations with Moscow on the peace treaty",
     """Source: RIA Novosti | 26.05.2014 14:02 | Asia

TOKYO, on May 26 - RIA Novosti. Japan does not change a course on negotiations with Russia about the peace treaty, and considers measures in connection with a situation in Ukraine separately from this question, the secretary general of the cabinet of ministers Yoshikhide Suga declared on Monday.

So he commented on words of the president of the Russian Federation Vladimir Putin who on Saturday questioned readiness of Tokyo for dialogue after accession of Japan to sanctions.

The head of the Ministry of Foreign Affairs of Japan Fumio Kishida, in turn, told journalists that Tokyo "paid attention" to readiness of the Russian president for negotiations and intends to continue dialogue with Moscow, proceeding from a course on the solution of a question of an accessory of four islands and the conclusion of the peace treaty.

Japan calls the southern Kuriles "northern territories" and claims islands Iturup, Kunashir, Shikotan and group Habomai.

Share: Facebook Twitter VK
Popular: Gold prices fell to a four-month low"""),
    ("https://www.interfax.ru/world/378117", "ru", "2014-05-29",
     "МИД РФ: участие Японии в санкциях не способствует диалогу по мирному договору",
     """Москва. 29 мая. INTERFAX.RU - Россия не связывает проблему мирного договора с Японией с текущей политической конъюнктурой, однако присоединение Токио к санкциям не помогает созданию нужной для такого диалога атмосферы, заявил официальный представитель МИД РФ Александр Лукашевич.

"Мы никогда не ставили вопрос о мирном договоре в зависимость от сиюминутных обстоятельств. Но очевидно, что санкционные шаги Токио не способствуют созданию атмосферы, в которой такой диалог может вестись продуктивно", - сказал Лукашевич на брифинге в четверг.

В начале недели министр иностранных дел Японии Фумио Кисида заявил, что Токио намерен продолжать диалог с Москвой.

Лукашевич также отметил, что сотрудничество в рыболовстве продолжается в обычном режиме. "Японские рыбаки работают в нашей экономической зоне в соответствии с согласованными квотами, проблем здесь нет", - сказал он."""),
    ("https://japan-russia-monitor.example/2014/05/31/weekly", "en", "2014-05-31",
     "Weekly monitor: Moscow asks whether Tokyo still wants to talk",
     """JAPAN-RUSSIA. Vladimir Putin told the heads of global news agencies last Saturday that Moscow had never walked away from talks on the islands but wanted to know whether Japan, now a party to the sanctions, was still willing to talk. Foreign Minister Fumio Kishida answered on Monday that Tokyo would keep up the dialogue, and on Thursday Russian Foreign Ministry spokesman Alexander Lukashevich said the sanctions did not help the atmosphere for it.

"Both capitals want to keep the channel open without paying a price for it with their allies," said Shigeki Hakamada, a professor at Niigata Prefectural University.

UKRAINE. Petro Poroshenko won Sunday's presidential election in the first round with nearly 55 percent of the vote."""),
]

# ---------------------------------------------------------------------------------------------------------------
# 3. Abe and Putin at the G20 in Antalya, 15 November 2015. Abe A1 (dialogue at every level, vice-ministers included,
#    on the territorial issue; the president's visit to Japan an occasion to move the treaty talks forward), Kyodo
#    Japanese first (the lead's "confirmed" retells it; Paris attacks: not Russia-Japan). TASS Russian: Ushakov U1
#    (the treaty consultations of deputy ministers to continue, the next round early next year; the lead retells it)
#    and Peskov PK1 (the treaty touched on; ready to continue the dialogue, but no talk of any territorial concessions)
#    - two speakers of one side, same day, each NEW - with A1 in Russian reported speech; the visit's dates (not
#    treaty). TASS English ("Peskov ruled out any territorial concessions" for PK1's quote, U1 paraphrased); The Japan
#    Times (Kyodo English: A1 quoted in other words, PK1 summarised). NHK on 16 November: Suga S1 replying with
#    Peskov's key word (the islands our inherent territory, "concessions" the wrong word; the consistent policy of
#    settling the four islands: NEW), PK1 recalled, the salmon driftnet ban (not treaty). RIA (S1 in Russian, its
#    standard background line: no remark), an aggregator's machine English of RIA (S1 translated twice). Interfax on
#    19 November: Zakharova Z1 at her weekly briefing (the standing position: sovereignty not in doubt; dialogue on a
#    treaty, not on territory: NEW), S1 recalled, visa-free exchanges (not treaty). A weekly digest recalling A1, PK1
#    and Z1.
ANTALYA_2015_STORY = [
    ("http://www.47news.jp/CN/201511/CN2015111501001301.html", "ja", "2015-11-15",
     "日ロ首脳、平和条約交渉の継続確認　アンタルヤで会談",
     """【アンタルヤ（トルコ南部）共同】安倍晋三首相は15日午後（日本時間同日夜）、20カ国・地域（Ｇ20）首脳会議が開かれているトルコ南部アンタルヤで、ロシアのプーチン大統領と約35分間会談した。北方領土問題を含む平和条約締結交渉を継続し、あらゆるレベルで対話を重ねることを確認した。

首相は会談後、記者団に「領土問題について、次官級協議を含め、あらゆるレベルで対話を重ねていくことを確認した。大統領の訪日を、平和条約交渉を前に進める機会にしたい」と述べた。大統領の訪日時期は引き続き調整する。

両首脳は、パリで13日に起きた同時多発テロを受け、テロ対策で国際社会と連携していくことでも一致した。"""),
    ("http://tass.ru/politika/2440151", "ru", "2015-11-15",
     "Ушаков: Россия и Япония продолжат консультации по мирному договору на уровне замглав МИД",
     """АНТАЛЬЯ /Турция/, 15 ноября. /ТАСС/. Россия и Япония продолжат консультации по мирному договору на уровне заместителей министров иностранных дел, очередной раунд может состояться в начале следующего года. Об этом журналистам сообщил помощник президента РФ Юрий Ушаков по итогам встречи Владимира Путина и Синдзо Абэ на полях саммита "Группы двадцати".

"Лидеры условились, что консультации по мирному договору на уровне замминистров будут продолжены. Следующий раунд, как мы рассчитываем, пройдет в начале будущего года", - сказал Ушаков.

Пресс-секретарь президента Дмитрий Песков уточнил, что тема мирного договора в ходе беседы "затрагивалась". "Президент подтвердил готовность продолжать диалог, но ни о каких территориальных уступках речь не идет", - подчеркнул он.

По словам Ушакова, сроки визита Путина в Японию на встрече не обсуждались.

Абэ после встречи заявил японским журналистам, что стороны намерены вести диалог по территориальной проблеме "на всех уровнях", а визит Путина в Японию он рассчитывает использовать для продвижения переговоров о мирном договоре."""),
    ("http://tass.com/politics/836901", "en", "2015-11-15",
     "Kremlin rules out territorial concessions to Japan",
     """ANTALYA, November 15. /TASS/. Kremlin spokesman Dmitry Peskov ruled out any territorial concessions to Japan after President Vladimir Putin met Japanese Prime Minister Shinzo Abe on the sidelines of the G20 summit on Sunday.

Presidential aide Yuri Ushakov said the two leaders had agreed to keep up the peace treaty consultations between their deputy foreign ministers, with the next round expected early in 2016.

The dates of Putin's visit to Japan were not discussed at the meeting, Ushakov said."""),
    ("http://www.japantimes.co.jp/news/2015/11/16/national/politics-diplomacy/abe-putin-keep-treaty-talks-alive-g20-sidelines/", "en", "2015-11-16",
     "Abe, Putin keep treaty talks alive on G20 sidelines",
     """ANTALYA, TURKEY - Prime Minister Shinzo Abe and Russian President Vladimir Putin confirmed Sunday that they would continue negotiating a postwar peace treaty, meeting for some 35 minutes on the fringes of the Group of 20 summit.

"We confirmed that we will pile up dialogue at all levels, including the vice ministers, on the territorial issue. I want the president's visit to Japan to become an opportunity to push the peace treaty negotiations forward," Abe told reporters afterward.

The Kremlin, however, sounded a cautious note. Putin's spokesman, Dmitry Peskov, told Russian media there was no question of Moscow giving up territory.

Putin's long-planned trip to Japan has been repeatedly put off since Russia's annexation of Crimea in March 2014.

Kyodo"""),
    ("http://www3.nhk.or.jp/news/html/20151116/k10010308001000.html", "ja", "2015-11-16",
     "官房長官 北方領土「譲歩という言葉は当てはまらない」",
     """菅官房長官は16日午前の記者会見で、ロシア大統領府のペスコフ報道官が、安倍総理大臣とプーチン大統領の会談のあと、領土での譲歩はありえないという趣旨の発言をしたことについて、「北方四島は我が国固有の領土であり、『譲歩』という言葉が当てはまる問題ではない。四島の帰属の問題を解決して平和条約を締結するという一貫した方針のもとで、粘り強く交渉していく」と述べました。

また菅官房長官は、ロシアが来年から自国の排他的経済水域でのサケ・マスの流し網漁を禁止することに関連して、「影響を受ける漁業者や加工業者への支援に万全を期していきたい」と述べました。"""),
    ("http://ria.ru/world/20151116/1321475590.html", "ru", "2015-11-16",
     "В Токио ответили Пескову на слова о территориальных уступках",
     """ТОКИО, 16 ноя - РИА Новости. Генеральный секретарь кабинета министров Японии Ёсихидэ Суга в понедельник заявил, что в отношении спорных островов неуместно говорить об "уступках", поскольку Токио считает их своей исконной территорией.

Так Суга прокомментировал слова пресс-секретаря президента РФ Дмитрия Пескова, который после встречи Владимира Путина и Синдзо Абэ в Анталье заявил, что о территориальных уступках речи не идет.

"Мы будем терпеливо вести переговоры, придерживаясь неизменного курса на решение вопроса о принадлежности четырех островов и заключение мирного договора", - приводит слова Суги агентство Kyodo.

Япония претендует на южные Курильские острова - Итуруп, Кунашир, Шикотан и Хабомаи, ссылаясь на двусторонний трактат о торговле и границах 1855 года. Москва заявляет, что острова вошли в состав СССР по итогам Второй мировой войны и суверенитет России над ними сомнению не подлежит."""),
    ("https://ru-news-english.example/world/2015/11/17/tokyo-answered-peskov-concessions", "en", "2015-11-17",
     "In Tokyo answered Peskov to words about territorial concessions",
     """17.11.2015 | World | RIA Novosti

TOKYO, on November 16 - RIA Novosti. The secretary general of the cabinet of ministers of Japan Yoshikhide Suga on Monday declared that concerning the disputable islands it is inappropriate to speak about "concessions" as Tokyo considers them as the primordial territory.

So Suga commented on words of the press secretary of the president of the Russian Federation Dmitry Peskov who after a meeting of Vladimir Putin and Shinzo Abe in Antalya declared that about territorial concessions the speech does not go.

"We will patiently negotiate, adhering to a constant course on the solution of a question of an accessory of four islands and the conclusion of the peace treaty", - the Kyodo agency cites words of Suga.

Japan claims the southern Kuril Islands - Iturup, Kunashir, Shikotan and Habomai, referring to the bilateral treatise on trade and borders of 1855. Moscow declares that islands became part of the USSR following the results of World War II and the sovereignty of Russia over them is not subject to doubt.

Comments (0) | Print
Read also: Moscow Exchange: the dollar rose above 65 rubles"""),
    ("http://www.interfax.ru/world/480812", "ru", "2015-11-19",
     "Захарова: суверенитет России над южными Курилами сомнению не подлежит",
     """Москва. 19 ноября. INTERFAX.RU - Позиция Москвы по южным Курилам остается неизменной, а переговоры с Токио ведутся о мирном договоре, но не о территориях, заявила официальный представитель МИД РФ Мария Захарова.

"Наша позиция хорошо известна и не меняется: суверенитет России над южными Курилами сомнению не подлежит. Диалог с японскими коллегами мы готовы вести - о мирном договоре, а не о территориях", - сказала Захарова на брифинге в четверг, отвечая на вопрос японского журналиста.

В понедельник генеральный секретарь кабинета министров Японии Ёсихидэ Суга заявил, что к островам, которые Токио считает своими, неприменимо понятие "уступок".

Захарова также сообщила, что программа безвизовых обменов с бывшими японскими жителями островов в этом году выполнена полностью. "Это хороший гуманитарный механизм, и мы намерены его сохранять", - сказала она."""),
    ("https://asia-pacific-weekly.example/2015/11/21/digest", "en", "2015-11-21",
     "Asia-Pacific weekly: an Antalya handshake and familiar lines",
     """JAPAN-RUSSIA. Shinzo Abe used a half-hour meeting with Vladimir Putin in Antalya on Sunday to say that talks on the islands would go on "at all levels." Moscow answered with familiar lines: the Kremlin's Dmitry Peskov said there would be no territorial concessions, and on Thursday Foreign Ministry spokeswoman Maria Zakharova said Russia's sovereignty over the islands was "not in doubt."

APEC. Leaders of the Asia-Pacific Economic Cooperation forum met in Manila on Wednesday and Thursday under tight security."""),
]

# ---------------------------------------------------------------------------------------------------------------
# 4. Abe and Putin at APEC in Da Nang, 10 November 2017, and the quarrel over whose law governs the joint projects on
#    the islands. Abe A1 (speed up the five candidate projects; through them draw the islands' future and lead to a
#    peace treaty; the lead retells it), Jiji Japanese first; grave visits by air (not treaty). TASS Russian: Ushakov
#    U1 (the islands are Russian territory; any joint activity there only under Russian law; the lead retells it),
#    the projects' timing (not treaty), A1 in Russian reported speech. NHK World (A1 in one sentence); TASS English
#    (U1 in other words; the agency's own line on Japan's stance: no remark). Kyodo Japanese on 13 November: Suga S1
#    replying with Ushakov's words (the leaders agreed a special system not harming either side's legal position; the
#    islands our inherent territory: NEW) and Kono KO1 the same day (the projects prepare the ground for settling the
#    territorial issue and a treaty; under Russian law that premise collapses; the system must not harm either side's
#    position: NEW), U1 recalled; RIA (S1 and KO1 in Russian, U1 recalled); an aggregator's machine English of RIA (S1
#    and KO1 translated twice). NHK on 17 November: Abe A2 in his policy speech (step by step toward settling the
#    territorial issue and a treaty, with the joint projects: same speaker, a week later, NEW); North Korea (not
#    Russia-Japan). The Japan Times analysis on 20 November recalling A2, A1, S1 and U1, with an academic's view.
DANANG_2017_STORY = [
    ("https://www.jiji.com/jc/article?k=2017111000912", "ja", "2017-11-10",
     "共同経済活動の具体化加速で一致　日ロ首脳、ダナンで会談",
     """【ダナン時事】安倍晋三首相は10日午後（日本時間同）、ベトナム中部ダナンでロシアのプーチン大統領と会談した。北方四島での共同経済活動について、9月に合意した海産物の養殖や温室野菜栽培など5件の候補の早期具体化に向け、作業を加速させることで一致した。

首相は会談後、記者団に「5件の候補の具体化を急ぐことで一致した。この取り組みを通じて島の未来像を描き、平和条約の締結につなげていきたい」と語った。

元島民による航空機を利用した墓参について、首相は「来年も実施できるよう、大統領と協力していくことを確認した」と述べた。

両首脳の会談は9月のウラジオストク以来。"""),
    ("http://tass.ru/politika/4720154", "ru", "2017-11-10",
     "Ушаков: совместная деятельность на Курилах возможна только по российским законам",
     """ДАНАНГ /Вьетнам/, 10 ноября. /ТАСС/. Любые совместные с Японией проекты на южных Курилах могут реализовываться только в соответствии с российским законодательством. Об этом журналистам заявил помощник президента РФ Юрий Ушаков по итогам встречи Владимира Путина и Синдзо Абэ на полях саммита АТЭС.

"Острова - российская территория, и любая совместная деятельность там возможна только в соответствии с российским законодательством. Это наша принципиальная позиция, японские партнеры ее знают", - сказал Ушаков.

По его словам, лидеры обсудили пять приоритетных проектов - аквакультуру, тепличное хозяйство, туризм, ветроэнергетику и переработку отходов. "Задача - чтобы первые проекты заработали уже в будущем году", - добавил помощник президента.

Японский премьер после встречи сказал журналистам, что совместная работа на островах должна помочь "нарисовать будущее" островов и в конечном счете привести к заключению мирного договора."""),
    ("https://www3.nhk.or.jp/nhkworld/en/news/20171110_36/", "en", "2017-11-10",
     "Abe, Putin agree to speed up joint projects on islands",
     """Japanese Prime Minister Shinzo Abe and Russian President Vladimir Putin have agreed to speed up work on joint economic projects on four Russian-held islands claimed by Japan.

The two leaders met on Friday in the Vietnamese city of Da Nang, where leaders of the Asia-Pacific Economic Cooperation forum are gathering.

Abe told reporters he hopes the projects will help sketch out a future for the islands and pave the way to a peace treaty.

The five candidate projects include fish farming, greenhouse vegetables and tourism."""),
    ("http://tass.com/politics/974512", "en", "2017-11-10",
     "Kremlin aide: Kuril projects with Japan to follow Russian law",
     """DA NANG, November 10. /TASS/. Any joint projects with Japan on the southern Kuril Islands can go ahead only under Russian law, Kremlin aide Yuri Ushakov said on Friday after President Vladimir Putin met Japanese Prime Minister Shinzo Abe on the sidelines of the APEC summit.

"The islands are Russian territory. Whatever we do there together has to comply with Russian legislation, and our Japanese partners are well aware of this principled position," he told reporters.

Japan insists that the projects be carried out under a "special legal framework" that does not prejudice either side's position on sovereignty."""),
    ("https://this.kiji.is/302214881609245793", "ja", "2017-11-13",
     "官房長官「ロシア法に基づく」に反論　共同経済活動",
     """菅義偉官房長官は13日の記者会見で、ロシアのウシャコフ大統領補佐官が北方四島での共同経済活動は「ロシアの法律に従ってのみ可能だ」と述べたことに反論した。「共同経済活動は双方の法的立場を害さない特別な制度の下で行うことで、両首脳が合意している。北方四島は我が国固有の領土であり、この立場は変わらない」と語った。

河野太郎外相も同日、外務省で記者団に「共同経済活動は、北方領土問題を解決して平和条約を締結するための環境整備だ。ロシアの法律の下で行えば、その前提が崩れる。特別な制度は日ロ双方の法的立場を害さないものでなければならず、この点をロシア側に改めてしっかり伝える」と強調した。

政府は月内にも、共同経済活動をめぐる局長級の作業部会をモスクワで開く方向で調整している。"""),
    ("https://ria.ru/20171113/1508812345.html", "ru", "2017-11-13",
     "Япония возразила России по правовой основе совместных проектов на Курилах",
     """ТОКИО, 13 ноя - РИА Новости. Токио не согласен с тем, что совместная хозяйственная деятельность на южных Курилах должна вестись только по российским законам, заявил генеральный секретарь кабинета министров Японии Ёсихидэ Суга.

По его словам, лидеры двух стран договорились, что проекты будут реализовываться в рамках "особого режима", который не наносит ущерба правовым позициям сторон. Суга также повторил, что Япония считает острова своей "исконной территорией".

Министр иностранных дел Таро Коно, в свою очередь, назвал совместные проекты подготовкой почвы для решения территориального вопроса и заключения мирного договора и пообещал вновь "четко донести" позицию Токио до российской стороны.

В пятницу помощник президента РФ Юрий Ушаков заявил, что острова являются российской территорией и любая совместная деятельность там возможна только в соответствии с российским законодательством."""),
    ("https://rusmedia-digest.example/en/2017/11/14/japan-objected-russia-legal-basis-kurils", "en", "2017-11-14",
     "Japan objected to Russia on a legal basis of joint projects on Kurils",
     """rusmedia-digest | News in English | 14.11.2017

TOKYO, on November 13 - RIA Novosti. Tokyo does not agree that joint economic activity on the southern Kurils has to be conducted only according to the Russian laws, the secretary general of the cabinet of ministers of Japan Yoshikhide Suga declared.

According to him, leaders of two countries agreed that projects will be realized within "the special mode" which does not cause damage to legal positions of the parties. Suga also repeated that Japan considers islands as the "primordial territory".

The minister of foreign affairs Taro Kono, in turn, called joint projects preparation of the soil for the solution of a territorial question and the conclusion of the peace treaty and promised again "accurately to bring" a position of Tokyo to the Russian side.

On Friday the assistant to the president of the Russian Federation Yury Ushakov declared that islands are the Russian territory and any joint activity there is possible only according to the Russian legislation.

Tags: Japan, Kurils, Suga, Kono
Most read: Bitcoin rate updated a historical maximum"""),
    ("https://www3.nhk.or.jp/news/html/20171117/k10011226001000.html", "ja", "2017-11-17",
     "首相 所信表明演説 北方領土「一歩一歩前へ」",
     """安倍総理大臣は17日、衆参両院の本会議で、第4次安倍内閣の発足後初めての所信表明演説を行いました。

この中で安倍総理大臣は、ロシアとの関係について「元島民の皆さんの切実な思いを胸に、プーチン大統領との信頼関係の下、北方四島での共同経済活動を具体化し、領土問題を解決して平和条約を締結すべく、一歩一歩前へ進めてまいります」と述べました。

また、北朝鮮の核・ミサイル開発について、国際社会と連携して圧力を最大限まで高めていく考えを強調しました。"""),
    ("https://www.japantimes.co.jp/news/2017/11/20/national/politics-diplomacy/joint-projects-disputed-isles-stall-whose-law/", "en", "2017-11-20",
     "Joint projects on disputed isles stall over whose law applies",
     """Prime Minister Shinzo Abe told the Diet on Friday that he would move "step by step" toward settling the territorial row with Russia and signing a peace treaty, holding up joint economic projects on the four islands as the way forward.

A week earlier in Da Nang, Abe had said the projects would help draw a picture of the islands' future and eventually lead to a treaty. But the gap over their legal basis is as wide as ever: Chief Cabinet Secretary Yoshihide Suga insisted last Monday that the activities must run under a special system that does not harm either side's legal position, after a Kremlin aide said they could proceed only under Russian law.

"The special system is a fig leaf both sides need, but neither has defined it, and until they do there will be no fish farms and no greenhouses," said James D.J. Brown, an associate professor at Temple University's Japan campus who studies the relationship.

A working group of officials is expected to meet in Moscow later this month."""),
]

# ---------------------------------------------------------------------------------------------------------------
# 5. Abe and Putin at the G20 in Buenos Aires, 1 December 2018: a new negotiating format. Putin P1 at his closing
#    press conference (the foreign ministers lead the track, the special representatives prepare the ground; much
#    work ahead, no deadlines set; the lead retells it), RIA first; Abe's January visit (not treaty). NHK: Abe A1 (a
#    new framework: Kono and Lavrov responsible, Mori and Morgulov special representatives; accelerate the talks;
#    visit Russia early next year and move them forward; the lead's "agreed" retells it), P1 quoted in Japanese, the
#    Singapore agreement recalled as an event (no remark). Kyodo English (A1 in other words, P1 summarised "no
#    timeline"). TASS on 3 December: Peskov PK1 (no automatic handover of anything; the 1956 declaration a basis for
#    talks, not a ready answer; the lead retells it), the visit's dates (not treaty); The Moscow Times ("ruled out any
#    automatic handover"; the declaration's content and a poll: no remarks); Jiji: Suga S1 replying with Peskov's
#    words (no comment on each remark; the talks go on in the new framework on the policy of settling the territorial
#    issue: NEW), PK1 recalled, the Kerch Strait incident (not treaty). TASS English on 6 December: Zakharova Z1 at her
#    weekly briefing (the standing position: the islands passed to the USSR after the war, sovereignty not a subject
#    of discussion: NEW), S1 recalled, the Izumo carriers (not treaty); an aggregator's Japanese machine translation of
#    TASS English (Z1, S1). A weekly digest: the new format as an event (no remark), PK1 and Z1 recalled.
BUENOS_AIRES_2018_STORY = [
    ("https://ria.ru/20181201/1537501234.html", "ru", "2018-12-01",
     "Путин рассказал о новом формате переговоров с Японией",
     """БУЭНОС-АЙРЕС, 1 дек - РИА Новости. Переговоры с Японией по мирному договору возглавят министры иностранных дел двух стран, а специальные представители займутся подготовительной работой, заявил президент России Владимир Путин на пресс-конференции по итогам саммита "Группы двадцати".

"Мы с премьером Абэ договорились, что этот трек возглавят министры иностранных дел, а спецпредставители будут готовить для них почву. Работа предстоит большая, и никаких сроков мы себе не ставим", - сказал Путин.

Президент также сообщил, что в январе ожидает японского премьера с визитом в России.

В Буэнос-Айресе Путин и Абэ провели переговоры на полях саммита; это уже третья их встреча за последние три месяца."""),
    ("https://www3.nhk.or.jp/news/html/20181202/k10011731001000.html", "ja", "2018-12-02",
     "日ロ首脳 平和条約交渉で新たな枠組み 両外相を責任者に",
     """アルゼンチンを訪れている安倍総理大臣は、日本時間の2日未明、ロシアのプーチン大統領と首脳会談を行い、平和条約交渉の新たな枠組みをつくることで合意しました。

安倍総理大臣は会談のあと記者団に対し「河野外務大臣とラブロフ外相を交渉の責任者とし、その下で森外務審議官とモルグロフ外務次官を特別代表として、交渉を加速させることで合意した。年明けにロシアを訪問し、首脳会談で交渉を前進させたい」と述べました。

一方、プーチン大統領は、Ｇ20閉幕後の記者会見で「外相が交渉を率い、特別代表が準備にあたる。作業は膨大だが、期限は設けていない」と述べました。

日ロ両首脳は先月、シンガポールで会談し、1956年の日ソ共同宣言を基礎に平和条約交渉を加速させることで合意しています。"""),
    ("https://english.kyodonews.net/news/2018/12/4c1d2e8a7b90-abe-putin-put-foreign-ministers-in-charge-of-treaty-talks.html", "en", "2018-12-02",
     "Abe, Putin put foreign ministers in charge of peace treaty talks",
     """BUENOS AIRES - Prime Minister Shinzo Abe and Russian President Vladimir Putin agreed Saturday to put their foreign ministers in charge of talks on a postwar peace treaty, setting up a new framework as they seek to break a decades-old impasse over four Russian-held islands.

"We agreed to accelerate the negotiations by making Foreign Minister Kono and Foreign Minister Lavrov responsible, with Mr. Mori and Deputy Foreign Minister Morgulov working under them as special representatives," Abe told reporters after the talks on the fringes of the Group of 20 summit. He said he hoped to make headway at a summit when he visits Russia early next year.

Putin told a press conference later that the work ahead was substantial and that no timeline had been set.

The islands, known as the Northern Territories in Japan and the Southern Kurils in Russia, were seized by the Soviet Union after Japan's surrender in World War II."""),
    ("https://tass.ru/politika/5860147", "ru", "2018-12-03",
     "Песков: речь не идет об автоматической передаче островов Японии",
     """МОСКВА, 3 декабря. /ТАСС/. Никакой автоматической передачи Японии каких-либо островов не предполагается, переговоры в новом формате будут вестись с учетом интересов России. Об этом журналистам заявил пресс-секретарь президента РФ Дмитрий Песков.

"Речь не идет ни о какой автоматической передаче чего бы то ни было. Декларация 1956 года - это основа для переговоров, но не готовый ответ на все вопросы", - сказал Песков, комментируя договоренности, достигнутые Путиным и Абэ в Буэнос-Айресе.

Он также подтвердил, что Кремль ожидает визита японского премьера в январе, однако точные даты пока не согласованы."""),
    ("https://www.themoscowtimes.com/2018/12/03/kremlin-says-no-automatic-handover-of-islands-to-japan-a63690", "en", "2018-12-03",
     "Kremlin Says No Automatic Handover of Islands to Japan",
     """The Kremlin has ruled out any automatic handover of the disputed Kuril islands to Japan, days after President Vladimir Putin and Prime Minister Shinzo Abe agreed to put their foreign ministers in charge of peace treaty talks.

Kremlin spokesman Dmitry Peskov said Monday that the 1956 declaration was "a basis for negotiations," not a finished answer.

The Soviet-era declaration promised to hand Japan the smaller two of the four islands after a peace treaty is signed. Opinion polls show that a large majority of Russians oppose giving up any territory."""),
    ("https://www.jiji.com/jc/article?k=2018120300612", "ja", "2018-12-03",
     "「個々の発言にコメントせず」　ペスコフ氏発言で菅長官",
     """菅義偉官房長官は3日の記者会見で、ロシアのペスコフ大統領報道官が北方領土について「自動的な引き渡しはない」と述べたことに関し、「ロシア側の個々の発言にコメントすることは控えたい。北方領土問題を解決して平和条約を締結するという方針の下、新たな枠組みで交渉を進めていく」と述べた。

ウクライナ南部のケルチ海峡でロシアがウクライナ艦船を拿捕した問題については「事態の推移を重大な関心を持って注視している。関係者に自制を求めたい」と語った。"""),
    ("https://tass.com/politics/1034215", "en", "2018-12-06",
     "Russia's sovereignty over Southern Kurils not up for discussion - diplomat",
     """MOSCOW, December 6. /TASS/. The islands of the southern Kuril chain passed to the Soviet Union following World War II, and Russia's sovereignty over them is not open to discussion, Russian Foreign Ministry Spokeswoman Maria Zakharova said at a weekly briefing on Thursday.

"Our position has been stated many times. The islands became part of the USSR as a result of the war, and Russia's sovereignty over them is not a subject of discussion," she said, commenting on remarks made in Tokyo earlier this week.

On Monday, Japanese Chief Cabinet Secretary Yoshihide Suga said Tokyo would pursue the negotiations within the new framework agreed by the two leaders.

Zakharova also criticized Japan's plans to refit its Izumo-class helicopter carriers so that they can carry fighter jets. "This is yet another step away from the country's pacifist constitution," she said."""),
    ("https://ru-news-jp.example/politics/20181207-zakharova-minami-kuril", "ja", "2018-12-07",
     "南クリル諸島に対するロシアの主権は議論の対象ではない―外交官",
     """2018年12月7日 09:12 ｜ 出典：TASS（自動翻訳）

モスクワ、12月6日。/TASS/。南クリル列島の島々は第二次世界大戦の後にソビエト連邦に移り、それらに対するロシアの主権は議論に開かれていないと、ロシア外務省報道官マリア・ザハロワは木曜日の週例ブリーフィングで述べた。

「私たちの立場は何度も述べられてきた。島々は戦争の結果としてソ連の一部となり、それらに対するロシアの主権は議論の主題ではない」と彼女は、今週初めに東京で行われた発言についてコメントして述べた。

月曜日に、日本の官房長官菅義偉は、東京は両首脳によって合意された新しい枠組みの中で交渉を追求すると述べた。

※この記事は機械翻訳です。
関連記事：ルーブル、ドルに対して下落"""),
    ("https://north-pacific-brief.example/2018/12/08/week", "en", "2018-12-08",
     "North Pacific Brief: a new format, the old lines",
     """JAPAN-RUSSIA. Shinzo Abe came back from Buenos Aires with a new negotiating format that puts Taro Kono and Sergei Lavrov in charge of the treaty talks, with special representatives working below them. Moscow was quick to cool expectations: the Kremlin's Dmitry Peskov said on Monday there would be no automatic handover of anything, and on Thursday the Foreign Ministry's Maria Zakharova repeated that sovereignty over the islands was not up for discussion.

KOREAS. Preparations continued for the demolition of guard posts along the Demilitarized Zone."""),
]

# ---------------------------------------------------------------------------------------------------------------
# 6. "The talks are stalling", March-April 2019. Kommersant on 15 March: at the closed part of the RSPP business
#    congress on 14 March, Putin P1 (the talks are stalling; the Japanese first proposed to speed up and have now
#    paused; Tokyo must first sort out its security obligations to the US), his words quoted by two participants (the
#    speaker is Putin, identified; the paper's own source in the government who predicts no treaty this year is an
#    anonymous source: no remark). Kyodo Japanese (P1 in Japanese, other words; the January round as an event).
#    Interfax: Peskov PK1 (the president did speak of a slower pace, but the work has not stopped; the treaty dialogue
#    continues; the lead retells it), P1 recalled. NHK: Suga S1 replying with P1's key word (not stalling at all;
#    negotiate tenaciously on the leaders' agreement: NEW) and Kono KO1 the same day (the talks move steadily at the
#    level of the ministers and special representatives: NEW), P1 recalled; the "safe operation" fishing terms (not
#    treaty). Kyodo English ("The Japanese government rejected the notion that the talks had stalled": the lead
#    retells S1; KO1 in other words, P1 and PK1 summarised); Sputnik (PK1 in English, P1 recalled, S1 translated via
#    Russian "marking time"). RIA on 27 April: Putin P2 in Beijing (the talks go on; as he said before, the pace is
#    slow, but that is no reason to drop them: same speaker, six weeks later, NEW); the Osaka meeting (not treaty).
#    Asahi (P2 in Japanese, P1 recalled); The Japan Times analysis recalling P2, P1 and S1, with an academic's view.
STALLING_2019_STORY = [
    ("https://www.kommersant.ru/doc/3912487", "ru", "2019-03-15",
     "Президент сбавил обороты на японском направлении",
     """Владимир Путин дал понять представителям крупного бизнеса, что не рассчитывает на быстрый прогресс в переговорах о мирном договоре с Японией. Как рассказали “Ъ” двое участников закрытой части съезда Российского союза промышленников и предпринимателей (РСПП), состоявшегося в четверг, отвечая на вопрос одного из бизнесменов о перспективах японских инвестиций, президент заметил: «Переговоры буксуют. Японские партнеры сначала сами предлагали ускориться, а теперь взяли паузу».

По словам собеседников “Ъ”, господин Путин добавил, что для подписания договора Токио сначала придется разобраться со своими обязательствами перед США в сфере безопасности.

В январе министры иностранных дел Сергей Лавров и Таро Коно провели в Москве первый раунд переговоров в новом формате, о котором Владимир Путин и Синдзо Абэ договорились в Буэнос-Айресе. Следующая встреча министров намечена на весну.

Источник “Ъ” в правительстве полагает, что подписания договора в этом году ждать не приходится: «Политической воли для компромисса пока недостаточно ни в Москве, ни в Токио»."""),
    ("https://www.47news.jp/news/3402163.html", "ja", "2019-03-15",
     "プーチン氏「交渉は足踏み」　露紙報道、日本側が「一時停止」と",
     """【モスクワ共同】ロシア紙コメルサントは15日、プーチン大統領が14日にロシア産業家企業家同盟の非公開会合で、日本との平和条約締結交渉について「足踏みしている。日本側は最初は自分たちから加速を提案したのに、今は一時停止している」と発言したと報じた。出席者2人の話として伝えた。

同紙によると、大統領は、条約締結には日本がまず米国に対する安全保障上の義務の問題を整理する必要があるとの考えも示した。

日ロ両政府は1月、両外相を責任者とする新たな枠組みでの交渉を始めている。"""),
    ("https://www.interfax.ru/russia/654123", "ru", "2019-03-15",
     "Песков: работа над мирным договором с Японией продолжается",
     """Москва. 15 марта. INTERFAX.RU - Работа над мирным договором с Японией не остановлена, хотя ее темп действительно замедлился, заявил журналистам пресс-секретарь президента Дмитрий Песков.

"Президент действительно говорил о том, что темп переговоров замедлился. Но это не означает, что работа остановлена. Диалог по мирному договору продолжается", - сказал Песков, комментируя публикацию газеты "Коммерсантъ".

Ранее издание со ссылкой на участников закрытой встречи Владимира Путина с членами РСПП сообщило, что президент назвал переговоры с Японией "буксующими"."""),
    ("https://www3.nhk.or.jp/news/html/20190315/k10011849001000.html", "ja", "2019-03-15",
     "プーチン大統領発言報道 官房長官「交渉が足踏みしているとは考えず」",
     """菅官房長官は15日午後の記者会見で、プーチン大統領が日本との平和条約交渉について「足踏みしている」と発言したとロシアの新聞が報じたことについて、「報道は承知しているが、交渉が足踏みしているとは全く考えていない。首脳間の合意に基づいて、引き続き粘り強く交渉を進めていく」と述べました。

また河野外務大臣は、15日夕方、外務省で記者団に対し、「平和条約交渉は、首脳間の合意に基づき、外相と特別代表のレベルで着実に前に進んでいる」と述べました。

菅官房長官は、北方四島周辺の水域で日本の漁船が操業する「安全操業」について、今年の操業条件をめぐる交渉がまとまったことを明らかにし、「地元の漁業者が安心して操業できるよう努めていきたい」と述べました。"""),
    ("https://english.kyodonews.net/news/2019/03/8b1c2d3e4f5a-japan-denies-peace-talks-with-russia-have-stalled.html", "en", "2019-03-15",
     "Japan denies peace talks with Russia have stalled",
     """TOKYO - The Japanese government on Friday rejected the notion that peace treaty negotiations with Russia had stalled, after a Russian newspaper reported that President Vladimir Putin had described them as bogged down.

"I am aware of the report, but I do not think at all that the negotiations are stalling. We will continue to negotiate tenaciously based on the agreement between the leaders," Chief Cabinet Secretary Yoshihide Suga said at a press conference.

Foreign Minister Taro Kono told reporters later in the day that the talks were "steadily moving forward" at the level of the foreign ministers and the special representatives.

The Kommersant daily, citing two people who attended a closed-door meeting with business leaders on Thursday, quoted Putin as saying Japan had first proposed speeding up the talks but had now taken a pause. Kremlin spokesman Dmitry Peskov later said the pace had slowed but the dialogue was continuing."""),
    ("https://sputniknews.com/asia/201903161073300921-kremlin-japan-peace-treaty-dialogue/", "en", "2019-03-16",
     "Kremlin: Peace Treaty Dialogue With Japan Continues Despite Slower Pace",
     """Earlier, Russian media reported, citing sources, that President Vladimir Putin had said at a closed-door meeting with businessmen that talks with Japan were stalling.

Work on a peace treaty between Russia and Japan has not been halted, even though the talks have slowed down, Kremlin spokesman Dmitry Peskov told reporters on Friday.

"The president did say that the pace of the negotiations has slowed. But that does not mean the work has stopped. The dialogue on a peace treaty continues," Peskov said.

Japanese Chief Cabinet Secretary Yoshihide Suga, for his part, said Tokyo did not believe the talks were marking time and would keep negotiating patiently on the basis of the leaders' agreements."""),
    ("https://ria.ru/20190427/1553124578.html", "ru", "2019-04-27",
     "Путин: переговоры с Японией идут, хотя и небыстро",
     """ПЕКИН, 27 апр - РИА Новости. Президент России Владимир Путин на пресс-конференции по итогам форума "Один пояс, один путь" заявил, что переговоры с Японией о мирном договоре продолжаются, хотя и идут медленно.

"Переговоры с Японией идут. Я уже говорил, что темп у них небыстрый, но это не повод их сворачивать. Мы будем работать, если японские партнеры к этому готовы", - сказал Путин, отвечая на вопрос японского журналиста.

Глава государства также отметил, что рассчитывает встретиться с премьер-министром Японии Синдзо Абэ в конце июня на саммите "Группы двадцати" в Осаке."""),
    ("https://www.asahi.com/articles/ASM4X2FJKM4XUHBI00B.html", "ja", "2019-04-28",
     "プーチン氏「日本との交渉は続いている」　北京で会見",
     """ロシアのプーチン大統領は27日、北京での記者会見で、日本との平和条約締結交渉について「交渉は続いている。テンポが速くないことは以前にも言ったが、だからといってやめる理由にはならない」と述べた。日本人記者の質問に答えた。

プーチン氏は3月、非公開の会合で交渉が「足踏みしている」と発言したと報じられていた。6月に大阪で開かれる主要20カ国・地域（Ｇ20）首脳会議の際に、安倍晋三首相と会談する見通しだ。"""),
    ("https://www.japantimes.co.jp/news/2019/04/30/national/politics-diplomacy/putin-keeps-door-ajar-treaty-talks-crawl/", "en", "2019-04-30",
     "Putin keeps door ajar as treaty talks crawl",
     """Russian President Vladimir Putin said in Beijing on Saturday that the peace treaty talks with Japan were continuing, if slowly - a slightly warmer tone than in March, when he reportedly told business leaders that they were stalling.

Tokyo had responded to the March report by insisting the talks were not stuck, with Chief Cabinet Secretary Yoshihide Suga vowing that the government would "continue to negotiate tenaciously."

"Putin is managing expectations on both sides. He wants Abe at the table, but he does not want the Russian public to think a deal is near," said Nobuo Shimotomai, a Russia specialist and professor emeritus at Hosei University.

Abe and Putin are expected to meet on the sidelines of the Group of 20 summit in Osaka in late June."""),
]

# ---------------------------------------------------------------------------------------------------------------
# 7. Lavrov's annual press conference, 17 January 2020. Lavrov L1 (stop fixating on the territorial topic, fill the
#    relations with joint projects and trust, security included; a peace treaty must cement the results of WWII, not
#    revise them; the lead retells it); the pilot tours to the islands (not treaty); the agency's background line (no
#    remark). TASS Russian first, Jiji (L1 in Japanese, reported speech then a short quote), TASS English (L1 quoted
#    in other words). NHK on 21 January: Motegi MO1 (Japan does not seek to "revise" the war's results; negotiate
#    tenaciously on the policy of settling the four islands' attribution) and Suga S1 (Russia's assertion unacceptable;
#    the Northern Territories are islands over which Japan holds sovereignty) - two speakers of one side, same day,
#    each NEW, both answering with Lavrov's key words; L1 recalled. Kyodo English ("Japan on Tuesday rejected
#    Lavrov's assertion ...": the lead retells S1, the top government spokesman's quote below it; MO1 in other words;
#    L1 recalled); RIA (MO1 and S1 in Russian; the agency's background line). TASS on 23 January: Zakharova Z1 at her
#    weekly briefing (we have said it many times and repeat it: sovereignty fixed by the war's results, not up for
#    discussion; Tokyo knows it: the standing position, NEW), fisheries consultations (not treaty); an aggregator's
#    Japanese machine translation of TASS (Z1). A weekly digest recalling L1, MO1 and Z1.
LAVROV_PRESSER_2020_STORY = [
    ("https://tass.ru/politika/7546123", "ru", "2020-01-17",
     "Лавров: мирный договор с Японией должен закреплять итоги войны, а не пересматривать их",
     """МОСКВА, 17 января. /ТАСС/. Россия предлагает Японии наполнять двусторонние отношения реальным содержанием, а не сводить их к территориальному вопросу. Об этом заявил министр иностранных дел РФ Сергей Лавров на ежегодной пресс-конференции по итогам работы российской дипломатии в 2019 году.

"Мы предлагаем японским коллегам не зацикливаться на территориальной теме, а наполнять отношения реальным содержанием - совместными проектами, доверием, в том числе в сфере безопасности. Мирный договор должен закреплять итоги Второй мировой войны, а не пересматривать их", - сказал министр.

Лавров напомнил, что осенью на острова впервые съездили японские туристы в рамках пилотных туров. "Это хороший пример практического сотрудничества, и мы готовы его расширять", - добавил он.

Россия и Япония ведут переговоры о мирном договоре с середины прошлого века. Главным препятствием остаются претензии Токио на острова Итуруп, Кунашир, Шикотан и гряду Хабомаи."""),
    ("https://www.jiji.com/jc/article?k=2020011701204", "ja", "2020-01-17",
     "平和条約「大戦の結果見直すものでない」　ロシア外相",
     """【モスクワ時事】ロシアのラブロフ外相は17日、年次記者会見で、日本との平和条約締結交渉について、領土問題に固執するのではなく、共同事業や安全保障分野を含む信頼醸成で両国関係を充実させるべきだと主張した。その上で「平和条約は第2次世界大戦の結果を確定させるものであり、見直すものではない」と述べた。

ラブロフ氏は、昨年秋に日本人観光客が北方領土を訪れた試行ツアーについて「実務協力の良い例だ」と評価した。"""),
    ("https://tass.com/politics/1110017", "en", "2020-01-17",
     "Peace treaty with Japan must enshrine WWII outcome, not revise it - Lavrov",
     """MOSCOW, January 17. /TASS/. Russia urges Japan not to fixate on the territorial issue but to give bilateral ties real substance, Russian Foreign Minister Sergey Lavrov said at his annual press conference on Friday.

"We are suggesting that our Japanese colleagues stop obsessing over the territorial topic and give our relations real content - joint projects and trust, including in the security sphere. A peace treaty should cement the results of World War II, not revisit them," he said.

Lavrov also praised last autumn's pilot tours of Japanese tourists to the islands as a good example of practical cooperation."""),
    ("https://www3.nhk.or.jp/news/html/20200121/k10012253001000.html", "ja", "2020-01-21",
     "ロシア外相発言に 茂木外相「大戦の結果の見直し求めていない」",
     """茂木外務大臣は21日の閣議のあとの記者会見で、ロシアのラブロフ外相が、平和条約は第2次世界大戦の結果を見直すものではないと主張したことについて、「日本は大戦の結果の『見直し』を求めているわけではない。北方四島の帰属の問題を解決して平和条約を締結するという方針のもとで、粘り強く交渉していく」と述べました。

また、菅官房長官は、同じ日の午前の記者会見で、「ロシア側の主張は受け入れられない。北方領土は我が国が主権を有する島々だ」と述べました。"""),
    ("https://english.kyodonews.net/news/2020/01/3c4d5e6f7a8b-japan-rejects-lavrovs-assertion-on-wwii-outcome.html", "en", "2020-01-21",
     "Japan rejects Lavrov's assertion treaty must not revisit WWII outcome",
     """TOKYO - Japan on Tuesday rejected Russian Foreign Minister Sergei Lavrov's assertion that a peace treaty between the two countries must not revisit the outcome of World War II.

"Russia's assertion is unacceptable. The Northern Territories are islands over which Japan has sovereignty," top government spokesman Yoshihide Suga told a press conference.

Foreign Minister Toshimitsu Motegi said Japan was not seeking to "revise" the results of the war, and pledged to keep negotiating tenaciously to settle the attribution of the four islands.

Lavrov told his annual press conference Friday that Tokyo should stop fixating on the territorial issue."""),
    ("https://ria.ru/20200121/1563712345.html", "ru", "2020-01-21",
     "В Токио ответили на слова Лаврова об итогах войны",
     """ТОКИО, 21 янв - РИА Новости. Япония не добивается пересмотра итогов Второй мировой войны, заявил во вторник министр иностранных дел страны Тосимицу Мотэги, комментируя высказывания главы МИД России Сергея Лаврова.

По словам Мотэги, Токио продолжит "терпеливо" вести переговоры, придерживаясь курса на решение вопроса о принадлежности четырех островов и заключение мирного договора.

Генеральный секретарь кабинета министров Ёсихидэ Суга назвал позицию российской стороны "неприемлемой" и заявил, что Япония обладает суверенитетом над "северными территориями".

Москва неоднократно заявляла, что острова вошли в состав СССР по итогам Второй мировой войны и российский суверенитет над ними, имеющий соответствующее международно-правовое оформление, сомнению не подлежит."""),
    ("https://tass.ru/politika/7583145", "ru", "2020-01-23",
     "Захарова: суверенитет России над южными Курилами не подлежит обсуждению",
     """МОСКВА, 23 января. /ТАСС/. Суверенитет России над южными Курилами закреплен по итогам Второй мировой войны и обсуждению не подлежит, Токио это хорошо известно. Об этом заявила официальный представитель МИД РФ Мария Захарова на брифинге в четверг.

"Мы неоднократно говорили и повторим еще раз: суверенитет Российской Федерации над южными Курилами закреплен по итогам Второй мировой войны и обсуждению не подлежит. В Токио это прекрасно знают", - сказала она, отвечая на вопрос о заявлениях японских официальных лиц в начале недели.

Захарова также сообщила, что очередные консультации по рыболовству в рамках межправительственной комиссии пройдут в феврале."""),
    ("https://rusnews-japan.example/politics/20200124-zakharova-minami-kuril-shuken", "ja", "2020-01-24",
     "ザハロワ：南クリル諸島に対するロシアの主権は議論の対象ではない",
     """2020年1月24日 07:45 ｜ 出典：TASS（機械翻訳）

モスクワ、1月23日。/TASS/。南クリル諸島に対するロシアの主権は第二次世界大戦の結果によって固定されており、議論の対象ではない、東京はこれをよく知っている。これは木曜日のブリーフィングでロシア外務省の公式代表マリア・ザハロワによって述べられた。

「私たちは何度も言ってきたし、もう一度繰り返す：南クリル諸島に対するロシア連邦の主権は第二次世界大戦の結果によって固定されており、議論の対象ではない。東京ではこれを完全に知っている」と、彼女は週の初めの日本の公式人物の声明についての質問に答えて言った。

ザハロワはまた、漁業に関する次の協議が政府間委員会の枠組みで2月に行われると報告した。

※本記事はロシア語原文の自動翻訳です。
関連記事：ロシア新首相にミシュスチン氏"""),
    ("https://eurasia-week.example/2020/01/25/digest", "en", "2020-01-25",
     "Eurasia Week: Lavrov's treaty terms, Tokyo's reply",
     """JAPAN-RUSSIA. Sergei Lavrov used his annual press conference on Jan. 17 to urge Tokyo to stop fixating on the islands, saying a treaty must cement the war's outcome; Foreign Minister Toshimitsu Motegi replied on Tuesday that Japan was not seeking to revise anything. On Thursday Maria Zakharova restated that Russia's sovereignty over the southern Kurils "is not up for discussion."

RUSSIA. Mikhail Mishustin was confirmed as prime minister after Dmitry Medvedev's government resigned."""),
]

# ---------------------------------------------------------------------------------------------------------------
# 8. The 80th anniversary of Russia's victory over Japan, 3 September 2025. Medvedev M1 on Telegram (eighty years
#    ago the Kurils came home; Russian land, full stop; Japanese politicians dreaming of "northern territories" had
#    better learn it; the lead retells it), RIA first. TASS: Zakharova Z1 at her briefing the same day (the war's
#    results, Russia's sovereignty over all the Kurils included, are unshakable; no attempt by Tokyo to rewrite history
#    will change a thing) - two speakers of one side, similar words, same day, each NEW - with M1 recalled and new
#    Japanese sanctions (not treaty). Jiji (Z1 and M1 in Japanese); TASS English (Z1 in other words). NHK on 4
#    September: Hayashi H1 replying with Moscow's key words (Russia's one-sided assertions unacceptable; the Northern
#    Territories are islands under Japan's sovereignty, an inherent territory; the policy of settling the issue and
#    concluding a treaty unchanged: NEW), Z1 and M1 recalled together, grave visits (not treaty). The Japan Times
#    ("Tokyo rejects Moscow's claim that isles are 'Russian land'": the lead retells H1, quoted below; M1 and Z1
#    recalled; the suspension of the talks as background); RIA (H1 in Russian; grave visits; a background line). TASS
#    on 10 September: Zakharova Z2 at her next weekly briefing (we have heard Japanese officials on "sovereignty" over
#    our islands; the answer is the same: sovereignty fixed by WWII, nothing to discuss: the standing position, NEW),
#    H1 recalled as "Tokyo called ... unacceptable", Ishiba's resignation (not treaty). A weekly digest recalling Z2,
#    Z1 and H1, with an academic's view; Ishiba's resignation (an event).
VICTORY_80_2025_STORY = [
    ("https://ria.ru/20250903/medvedev-2039012345.html", "ru", "2025-09-03",
     "Медведев: Курилы — русская земля, и точка",
     """МОСКВА, 3 сен - РИА Новости. Зампред Совбеза России Дмитрий Медведев в день 80-летия победы над милитаристской Японией заявил, что японским политикам пора признать принадлежность Курил России.

"Восемьдесят лет назад Курилы вернулись домой. Это русская земля, и точка. Японским политикам, которые до сих пор грезят о "северных территориях", пора это наконец усвоить", - написал Медведев в своем Telegram-канале.

В России 3 сентября отмечается День Победы над милитаристской Японией и окончания Второй мировой войны (1945 год)."""),
    ("https://tass.ru/politika/24950117", "ru", "2025-09-03",
     "Захарова: итоги Второй мировой, включая суверенитет РФ над Курилами, незыблемы",
     """МОСКВА, 3 сентября. /ТАСС/. Итоги Второй мировой войны, в том числе суверенитет России над всеми Курильскими островами, незыблемы, и никакие попытки Токио переписать историю этого не изменят. Об этом заявила официальный представитель МИД РФ Мария Захарова на брифинге.

"Восемьдесят лет назад наша страна поставила точку во Второй мировой войне. Ее итоги, включая суверенитет России над всеми Курильскими островами, незыблемы. Никакие попытки Токио переписать историю ничего не изменят", - сказала дипломат.

Захарова также прокомментировала новые японские санкции против российских компаний. "Это очередной недружественный шаг, который бьет прежде всего по самой Японии", - отметила она.

Ранее в среду зампред Совбеза РФ Дмитрий Медведев написал, что Курилы - "русская земля, и точка"."""),
    ("https://www.jiji.com/jc/article?k=2025090301123", "ja", "2025-09-03",
     "ロシア外務省報道官「クリール諸島の主権揺るがず」　対日戦勝80年",
     """【モスクワ時事】ロシア外務省のザハロワ情報局長は3日の記者会見で、第2次世界大戦の対日戦勝から80年となったことに関連し、「大戦の結果は、クリール諸島全体に対するロシアの主権を含めて揺るぎない。歴史を書き換えようとする日本のいかなる試みも何も変えない」と述べた。

メドベージェフ前大統領（安全保障会議副議長）も同日、通信アプリ「テレグラム」に「クリール諸島はロシアの土地だ。以上だ」と投稿し、日本をけん制した。

ロシアは9月3日を「軍国主義日本に対する戦勝と第2次大戦終結の日」と定めている。"""),
    ("https://tass.com/politics/2011017", "en", "2025-09-03",
     "WWII results, including Russia's sovereignty over Kurils, are unshakable - diplomat",
     """MOSCOW, September 3. /TASS/. The outcome of World War II, including Russia's sovereignty over the entire Kuril chain, cannot be reversed, and Tokyo's attempts to rewrite history will lead nowhere, Russian Foreign Ministry Spokeswoman Maria Zakharova told a briefing.

"Eighty years ago our country put a full stop to World War II. Its results, Russia's sovereignty over all the Kuril Islands among them, are unshakable, and no attempt by Tokyo to rewrite history will change a thing," the diplomat said."""),
    ("https://www3.nhk.or.jp/news/html/20250904/k10014910221000.html", "ja", "2025-09-04",
     "ロシア側「クリル諸島はロシアの土地」 官房長官「一方的な主張 受け入れられない」",
     """林官房長官は4日午前の記者会見で、ロシア外務省の報道官やメドベージェフ前大統領が、第2次世界大戦の終結から80年にあわせて「クリル諸島はロシアの土地だ」などと主張したことについて、「ロシア側の一方的な主張は受け入れられない。北方領土は我が国が主権を有する島々であり、我が国固有の領土だ。北方領土問題を解決して平和条約を締結するという方針に変わりはない」と述べました。

また林官房長官は、ロシアによるウクライナ侵攻を受けて中断している元島民による墓参について、「元島民の皆様が高齢となる中、墓参の再開は最優先事項の一つであり、引き続き強く求めていく」と述べました。"""),
    ("https://www.japantimes.co.jp/news/2025/09/04/japan/politics/tokyo-rejects-moscow-claim-russian-land/", "en", "2025-09-04",
     "Tokyo rejects Moscow's claim that isles are 'Russian land'",
     """The government on Thursday rejected claims by Russian officials that the islands off Hokkaido are Russian land, after Moscow marked the 80th anniversary of what it calls its victory over militarist Japan.

"Russia's one-sided assertions are unacceptable. The Northern Territories are islands over which Japan holds sovereignty and are an inherent part of Japanese territory," Chief Cabinet Secretary Yoshimasa Hayashi told a regular news conference.

Former Russian President Dmitry Medvedev, now deputy chair of the Security Council, had written on Telegram on Wednesday that the Kurils are "Russian land, full stop," while Foreign Ministry spokeswoman Maria Zakharova said Tokyo's attempts to "rewrite history" would change nothing.

Moscow suspended the peace treaty negotiations in March 2022 in response to Japan's sanctions over the invasion of Ukraine."""),
    ("https://ria.ru/20250904/yaponiya-2039208765.html", "ru", "2025-09-04",
     "В Японии назвали неприемлемыми заявления о принадлежности Курил России",
     """ТОКИО, 4 сен - РИА Новости. Генсек кабмина Японии Ёсимаса Хаяси назвал "неприемлемыми" заявления российских официальных лиц о принадлежности Курил России.

"Односторонние утверждения российской стороны неприемлемы. Северные территории - это острова, на которые распространяется суверенитет нашей страны, исконная японская территория", - заявил Хаяси на пресс-конференции. По его словам, Токио не меняет курса на решение территориальной проблемы и заключение мирного договора.

Хаяси также призвал Москву возобновить посещение могил бывшими жителями островов.

Россия считает южные Курилы неотъемлемой частью своей территории, закрепленной за СССР по итогам войны; Токио оспаривает принадлежность четырех южных островов гряды."""),
    ("https://tass.ru/politika/25010143", "ru", "2025-09-10",
     "Захарова: обсуждать суверенитет России над Южными Курилами нечего",
     """МОСКВА, 10 сентября. /ТАСС/. Россия отвергает рассуждения японских официальных лиц о "суверенитете" Японии над южными Курилами, обсуждать здесь нечего. Об этом заявила официальный представитель МИД РФ Мария Захарова на еженедельном брифинге.

"Мы уже слышали от японских официальных лиц рассуждения о "суверенитете" над нашими островами. Ответ тот же, что и всегда: суверенитет России над Южными Курилами закреплен итогами Второй мировой войны, и обсуждать тут нечего", - сказала Захарова.

На прошлой неделе в Токио назвали "неприемлемыми" заявления российской стороны о принадлежности островов.

Захарова также прокомментировала объявленную отставку премьер-министра Японии Сигэру Исибы, заявив, что Москва не ждет перемен в политике Токио. "Антироссийский курс Японии, к сожалению, носит системный характер", - сказала она."""),
    ("https://kuril-watch.example/2025/09/13/weekly", "en", "2025-09-13",
     "Kuril Watch weekly: an anniversary and a familiar exchange",
     """THE WEEK. Russia's 80th anniversary of victory over Japan brought the usual exchange. Maria Zakharova said on Wednesday that there was "nothing to discuss" about Russia's sovereignty over the southern Kurils, a week after she called the war's results "unshakable." In Tokyo, Chief Cabinet Secretary Yoshimasa Hayashi had dismissed Moscow's claims as one-sided.

"Neither capital is talking to the other any more. Both are talking to their domestic audiences," said Anna Kireeva, an associate professor at MGIMO.

ALSO. Prime Minister Shigeru Ishiba announced on Sept. 7 that he would step down."""),
]

STORIES = {name: value for name, value in dict(globals()).items() if name.endswith("_STORY")}

# per report, the treaty remarks it carries: (speaker, remark id). Leads that retell the quote below them are the
# same remark and listed once per report (a report's count is of remarks, not of sentences).
REMARKS = {
    "ABE_FIRST_CALL_2012_STORY": [
        [("Shinzo Abe", "A1")],
        [("Dmitry Peskov", "PK1"), ("Shinzo Abe", "A1")],   # A1 in Russian reported speech
        [("Yoshihide Suga", "S1"), ("Fumio Kishida", "K1"), ("Dmitry Peskov", "PK1")],
        [("Shinzo Abe", "A1")],   # one sentence
        [("Shinzo Abe", "A1"), ("Yoshihide Suga", "S1"), ("Fumio Kishida", "K1"), ("Dmitry Peskov", "PK1")],
        [("Dmitry Peskov", "PK1"), ("Shinzo Abe", "A1")],   # A1 translated twice (JA->RU->EN)
        [("Shinzo Abe", "A2")],   # the call recalled as an event only
        [("Shinzo Abe", "A1"), ("Yoshihide Suga", "S1"), ("Fumio Kishida", "K1"), ("Shinzo Abe", "A2"),
         ("Dmitry Peskov", "PK1")],
    ],
    "SPIEF_AGENCIES_2014_STORY": [
        [("Vladimir Putin", "P1")],
        [("Vladimir Putin", "P1")],   # one sentence
        [("Vladimir Putin", "P1")],
        [("Yoshihide Suga", "S1"), ("Vladimir Putin", "P1"), ("Fumio Kishida", "K1")],
        [("Yoshihide Suga", "S1"), ("Vladimir Putin", "P1"), ("Fumio Kishida", "K1")],
        [("Yoshihide Suga", "S1"), ("Vladimir Putin", "P1"), ("Fumio Kishida", "K1")],   # S1, K1 translated twice
        [("Alexander Lukashevich", "LU1"), ("Fumio Kishida", "K1")],
        [("Vladimir Putin", "P1"), ("Fumio Kishida", "K1"), ("Alexander Lukashevich", "LU1")],
    ],
    "ANTALYA_2015_STORY": [
        [("Shinzo Abe", "A1")],
        [("Yuri Ushakov", "U1"), ("Dmitry Peskov", "PK1"), ("Shinzo Abe", "A1")],
        [("Dmitry Peskov", "PK1"), ("Yuri Ushakov", "U1")],   # "ruled out any territorial concessions"
        [("Shinzo Abe", "A1"), ("Dmitry Peskov", "PK1")],
        [("Yoshihide Suga", "S1"), ("Dmitry Peskov", "PK1")],
        [("Yoshihide Suga", "S1"), ("Dmitry Peskov", "PK1")],
        [("Yoshihide Suga", "S1"), ("Dmitry Peskov", "PK1")],   # S1 translated twice (JA->RU->EN)
        [("Maria Zakharova", "Z1"), ("Yoshihide Suga", "S1")],
        [("Shinzo Abe", "A1"), ("Dmitry Peskov", "PK1"), ("Maria Zakharova", "Z1")],
    ],
    "DANANG_2017_STORY": [
        [("Shinzo Abe", "A1")],
        [("Yuri Ushakov", "U1"), ("Shinzo Abe", "A1")],
        [("Shinzo Abe", "A1")],   # one sentence
        [("Yuri Ushakov", "U1")],
        [("Yoshihide Suga", "S1"), ("Yuri Ushakov", "U1"), ("Taro Kono", "KO1")],
        [("Yoshihide Suga", "S1"), ("Taro Kono", "KO1"), ("Yuri Ushakov", "U1")],
        [("Yoshihide Suga", "S1"), ("Taro Kono", "KO1"), ("Yuri Ushakov", "U1")],   # translated twice
        [("Shinzo Abe", "A2")],
        [("Shinzo Abe", "A2"), ("Shinzo Abe", "A1"), ("Yoshihide Suga", "S1"), ("Yuri Ushakov", "U1")],
    ],
    "BUENOS_AIRES_2018_STORY": [
        [("Vladimir Putin", "P1")],
        [("Shinzo Abe", "A1"), ("Vladimir Putin", "P1")],
        [("Shinzo Abe", "A1"), ("Vladimir Putin", "P1")],
        [("Dmitry Peskov", "PK1")],
        [("Dmitry Peskov", "PK1")],   # "ruled out any automatic handover"
        [("Yoshihide Suga", "S1"), ("Dmitry Peskov", "PK1")],
        [("Maria Zakharova", "Z1"), ("Yoshihide Suga", "S1")],
        [("Maria Zakharova", "Z1"), ("Yoshihide Suga", "S1")],   # Japanese machine translation of TASS English
        [("Dmitry Peskov", "PK1"), ("Maria Zakharova", "Z1")],   # the new format told as an event
    ],
    "STALLING_2019_STORY": [
        [("Vladimir Putin", "P1")],   # his words quoted by two participants
        [("Vladimir Putin", "P1")],
        [("Dmitry Peskov", "PK1"), ("Vladimir Putin", "P1")],
        [("Yoshihide Suga", "S1"), ("Vladimir Putin", "P1"), ("Taro Kono", "KO1")],
        [("Yoshihide Suga", "S1"), ("Taro Kono", "KO1"), ("Vladimir Putin", "P1"), ("Dmitry Peskov", "PK1")],
        [("Vladimir Putin", "P1"), ("Dmitry Peskov", "PK1"), ("Yoshihide Suga", "S1")],   # S1 via Russian
        [("Vladimir Putin", "P2")],
        [("Vladimir Putin", "P2"), ("Vladimir Putin", "P1")],
        [("Vladimir Putin", "P2"), ("Vladimir Putin", "P1"), ("Yoshihide Suga", "S1")],
    ],
    "LAVROV_PRESSER_2020_STORY": [
        [("Sergei Lavrov", "L1")],
        [("Sergei Lavrov", "L1")],
        [("Sergei Lavrov", "L1")],
        [("Toshimitsu Motegi", "MO1"), ("Sergei Lavrov", "L1"), ("Yoshihide Suga", "S1")],
        [("Yoshihide Suga", "S1"), ("Toshimitsu Motegi", "MO1"), ("Sergei Lavrov", "L1")],   # "Japan rejected"
        [("Toshimitsu Motegi", "MO1"), ("Yoshihide Suga", "S1")],
        [("Maria Zakharova", "Z1")],
        [("Maria Zakharova", "Z1")],   # Japanese machine translation of TASS
        [("Sergei Lavrov", "L1"), ("Toshimitsu Motegi", "MO1"), ("Maria Zakharova", "Z1")],
    ],
    "VICTORY_80_2025_STORY": [
        [("Dmitry Medvedev", "M1")],
        [("Maria Zakharova", "Z1"), ("Dmitry Medvedev", "M1")],
        [("Maria Zakharova", "Z1"), ("Dmitry Medvedev", "M1")],
        [("Maria Zakharova", "Z1")],
        [("Yoshimasa Hayashi", "H1"), ("Maria Zakharova", "Z1"), ("Dmitry Medvedev", "M1")],
        [("Yoshimasa Hayashi", "H1"), ("Dmitry Medvedev", "M1"), ("Maria Zakharova", "Z1")],   # "Tokyo rejects"
        [("Yoshimasa Hayashi", "H1")],
        [("Maria Zakharova", "Z2"), ("Yoshimasa Hayashi", "H1")],   # H1 recalled as "в Токио назвали"
        [("Maria Zakharova", "Z2"), ("Maria Zakharova", "Z1"), ("Yoshimasa Hayashi", "H1")],
    ],
}

EXPECTED = {
    "ABE_FIRST_CALL_2012_STORY": [("www.47news.jp", "Shinzo Abe"), ("ria.ru", "Dmitry Peskov"),
                                  ("www.jiji.com", "Yoshihide Suga"), ("www.jiji.com", "Fumio Kishida"),
                                  ("www3.nhk.or.jp", "Shinzo Abe")],
    "SPIEF_AGENCIES_2014_STORY": [("itar-tass.com", "Vladimir Putin"), ("www3.nhk.or.jp", "Yoshihide Suga"),
                                  ("www3.nhk.or.jp", "Fumio Kishida"), ("www.interfax.ru", "Alexander Lukashevich")],
    "ANTALYA_2015_STORY": [("www.47news.jp", "Shinzo Abe"), ("tass.ru", "Yuri Ushakov"), ("tass.ru", "Dmitry Peskov"),
                           ("www3.nhk.or.jp", "Yoshihide Suga"), ("www.interfax.ru", "Maria Zakharova")],
    "DANANG_2017_STORY": [("www.jiji.com", "Shinzo Abe"), ("tass.ru", "Yuri Ushakov"),
                          ("this.kiji.is", "Yoshihide Suga"), ("this.kiji.is", "Taro Kono"),
                          ("www3.nhk.or.jp", "Shinzo Abe")],
    "BUENOS_AIRES_2018_STORY": [("ria.ru", "Vladimir Putin"), ("www3.nhk.or.jp", "Shinzo Abe"),
                                ("tass.ru", "Dmitry Peskov"), ("www.jiji.com", "Yoshihide Suga"),
                                ("tass.com", "Maria Zakharova")],
    "STALLING_2019_STORY": [("www.kommersant.ru", "Vladimir Putin"), ("www.interfax.ru", "Dmitry Peskov"),
                            ("www3.nhk.or.jp", "Yoshihide Suga"), ("www3.nhk.or.jp", "Taro Kono"),
                            ("ria.ru", "Vladimir Putin")],
    "LAVROV_PRESSER_2020_STORY": [("tass.ru", "Sergei Lavrov"), ("www3.nhk.or.jp", "Toshimitsu Motegi"),
                                  ("www3.nhk.or.jp", "Yoshihide Suga"), ("tass.ru", "Maria Zakharova")],
    "VICTORY_80_2025_STORY": [("ria.ru", "Dmitry Medvedev"), ("tass.ru", "Maria Zakharova"),
                              ("www3.nhk.or.jp", "Yoshimasa Hayashi"), ("tass.ru", "Maria Zakharova")],
}
