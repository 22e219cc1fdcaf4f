"""Multi-outlet stories written for the tests (our own words, in each outlet's style): one utterance reported by a
wire in two languages, a Japanese agency, an aggregator's rewrite and a newspaper; and the same speaker's distinct
remarks of the same days, which must each stay new."""

RUDENKO_STORY = [
    ('https://tass.com/politics/2000001', 'en', '2025-12-11',
     'Moscow sees no prospects for peace treaty talks with Tokyo — diplomat',
     'MOSCOW, December 11. /TASS/. Moscow sees no prospects for peace treaty talks with Tokyo while Japan pursues its unfriendly policy, Russian Deputy Foreign Minister Andrei Rudenko told TASS.\n\n"There are no grounds for resuming such a dialogue today. The ball is in Japan\'s court," the diplomat stressed.\n\nHe added that Russia\'s sovereignty over the South Kuril Islands is not subject to discussion.'),
    ('https://tass.ru/politika/3000001', 'ru', '2025-12-11',
     'Руденко: перспектив переговоров с Японией по мирному договору нет',
     'МОСКВА, 11 декабря. /ТАСС/. Россия не видит перспектив для переговоров с Японией по мирному договору, пока Токио проводит недружественный курс. Об этом ТАСС сообщил заместитель министра иностранных дел РФ Андрей Руденко.\n\n"Оснований для возобновления такого диалога сегодня нет. Мяч на стороне Японии", - подчеркнул дипломат.\n\nОн добавил, что суверенитет России над Южными Курилами обсуждению не подлежит.'),
    ('https://www.47news.jp/4000001.html', 'ja', '2025-12-11',
     'ロシア外務次官「交渉再開の根拠ない」',
     '【モスクワ共同】ロシアのルデンコ外務次官は11日、タス通信のインタビューで、日本との平和条約交渉について「再開の根拠は今日存在しない」と述べた。\n\nルデンコ氏は、南クリール諸島（北方領土）に対するロシアの主権は議論の対象ではないとも強調した。\n\n日本政府は北方四島の帰属問題を解決して平和条約を締結するとの方針を維持している。'),
    ('https://aggregator.example/news/rudenko-japan', 'en', '2025-12-12',
     'Russia: No basis to resume peace talks with Japan',
     "Russia's deputy foreign minister Andrei Rudenko has said there is currently no basis for restarting peace treaty negotiations with Japan, blaming Tokyo's hostile course.\n\nAccording to Rudenko, the question of Russian sovereignty over the southern Kurils is closed for discussion.\n\nRelations between the two countries have been strained since 2022."),
    ('https://www.japantimes.co.jp/news/2025/12/12/rudenko', 'en', '2025-12-12',
     'Russian diplomat rules out treaty talks',
     'A senior Russian diplomat said Thursday that there was no basis for resuming peace treaty talks with Japan, in the latest sign that relations remain in deep freeze.\n\n"There are no grounds for resuming such a dialogue today," Deputy Foreign Minister Andrei Rudenko told the state-run TASS news agency.\n\nJapan\'s top government spokesman, Chief Cabinet Secretary Minoru Kihara, said Friday that Tokyo\'s policy of resolving the territorial issue and concluding a peace treaty remains unchanged.'),
]

TAKAICHI_RALLY_STORY = [
    ('https://www.nhk.or.jp/news/html/20260207/k1.html', 'ja', '2026-02-07',
     '北方領土の日 高市首相「平和条約締結の方針堅持」',
     '「北方領土の日」の7日、東京都内で返還を求める全国大会が開かれ、高市総理大臣は「領土問題を解決して平和条約を締結するとの方針を堅持する」と述べました。\n\n高市総理大臣は、日ロ関係は厳しい状況にあるとしたうえで、元島民の高齢化が進む中、墓参などの交流事業の再開を最優先に取り組む考えを示しました。\n\n茂木外務大臣も出席し、四島の返還に向けて粘り強く外交交渉に取り組むと述べました。'),
    ('https://english.kyodonews.net/news/2026/02/takaichi-rally.html', 'en', '2026-02-07',
     'Takaichi vows to keep seeking peace treaty with Russia',
     'TOKYO - Prime Minister Sanae Takaichi said Saturday Japan will stick to its policy of resolving the territorial dispute with Russia and concluding a peace treaty, speaking at an annual rally calling for the return of Russian-held islands off Hokkaido.\n\n"We will firmly maintain the policy of resolving the territorial issue and concluding a peace treaty," Takaichi said.\n\nShe also said the resumption of visits by former islanders to family graves on the islands is her top priority, as the former residents are aging.\n\nForeign Minister Toshimitsu Motegi told the rally that Tokyo will persistently pursue diplomatic negotiations toward the return of the four islands.'),
    ('https://ria.ru/20260207/takaichi.html', 'ru', '2026-02-07',
     'Такаити заявила о намерении заключить мирный договор с Россией',
     'ТОКИО, 7 фев - РИА Новости. Япония намерена придерживаться курса на решение территориального вопроса и заключение мирного договора с Россией, заявила премьер-министр Японии Санаэ Такаити, выступая на так называемом "Всеяпонском митинге за возвращение северных территорий".\n\nПо ее словам, возобновление посещений островов бывшими жителями для посещения могил является главным приоритетом.\n\nМИД России неоднократно заявлял, что суверенитет России над Курилами не подлежит обсуждению.'),
    ('https://newsaggregator.example/2026/02/08/takaichi-peace-treaty', 'en', '2026-02-08',
     'Japan PM: Tokyo sticks to peace treaty policy',
     'Japanese Prime Minister Sanae Takaichi said Japan will stick to its policy of resolving the territorial dispute and signing a peace treaty with Russia.\n\n“We will firmly maintain the policy of resolving the territorial issue and concluding a peace treaty”, she said at a rally in Tokyo.\n\nTakaichi also called the resumption of grave visits by former islanders her top priority.'),
]

LAVROV_DISTINCT_REMARKS = [
    ('https://ria.ru/20260120/a.html', 'ru', '2026-01-20',
     'Лавров о санкциях Японии',
     'МОСКВА, 20 янв - РИА Новости. Россия не будет вести переговоры о мирном договоре с Японией, пока Токио участвует в санкциях, заявил глава МИД РФ Сергей Лавров.'),
    ('https://www.rt.com/news/b.html', 'en', '2026-01-20',
     'Lavrov on the constitution',
     'Russian Foreign Minister Sergey Lavrov said the Kuril Islands are Russian territory, and the constitution forbids handing them over to anyone.'),
    ('https://www.nhk.or.jp/c.html', 'ja', '2026-01-21',
     'ラブロフ外相 共同経済活動',
     'ロシアのラブロフ外相は、北方領土での共同経済活動について、ロシアの法律に基づいて行う用意があると述べました。'),
    ('https://tass.com/d.html', 'en', '2026-01-21',
     'Lavrov on peace treaty policy',
     "Lavrov said Moscow's policy on the peace treaty with Japan remains unchanged and that Russia will firmly adhere to the results of World War II."),
    ('https://tass.ru/e.html', 'ru', '2026-01-21',
     'Лавров о политике',
     'Лавров заявил, что Россия готова возобновить переговоры о мирном договоре, если Япония откажется от санкций.'),
]

# one Kremlin remark told by a wire in two languages, a Chinese agency, an aggregator's rewrite, a newspaper and a
# Japanese agency, with the Japanese government's answer in two of them and the Foreign Ministry's own remark after
PESKOV_STORY = [
 ('https://tass.com/politics/2100001', 'en', '2026-04-08',
  'Kremlin sees no possibility of peace treaty dialogue with Japan — Peskov',
  'MOSCOW, April 8. /TASS/. Any dialogue with Japan on a peace treaty is impossible at the moment because of Tokyo\'s unfriendly stance, Kremlin Spokesman Dmitry Peskov told reporters.\n\n"Given the openly hostile course Tokyo has taken toward our country, it is impossible to talk about any dialogue on a peace treaty now," Peskov said.\n\nHe was commenting on the Japanese Diplomatic Bluebook, which again describes the South Kurils as Japanese territory.\n\nRussia and Japan have never signed a peace treaty after World War II.'),
 ('https://ria.ru/20260408/peskov.html', 'ru', '2026-04-08',
  'Песков: диалог с Японией о мирном договоре сейчас невозможен',
  'МОСКВА, 8 апр - РИА Новости. Диалог с Японией о мирном договоре в нынешних условиях невозможен из-за недружественной позиции Токио, заявил журналистам пресс-секретарь президента России Дмитрий Песков.\n\n"С учетом откровенно враждебного курса, который Токио избрал в отношении нашей страны, говорить о каком-либо диалоге по мирному договору сейчас невозможно", - сказал Песков.\n\nТак он прокомментировал японскую Дипломатическую синюю книгу, в которой Южные Курилы вновь названы японской территорией.'),
 ('http://english.news.cn/20260408/peskov.html', 'en', '2026-04-08',
  'Kremlin says peace treaty talks with Japan impossible',
  'MOSCOW, April 8 (Xinhua) -- Kremlin spokesman Dmitry Peskov said Wednesday that it is impossible to hold talks with Japan on a peace treaty given Tokyo\'s hostile policy toward Moscow.\n\nPeskov made the remarks when asked about Japan\'s annual diplomatic report, which calls the disputed islands an integral part of Japanese territory.\n\nRussia suspended peace treaty negotiations with Japan in March 2022 after Tokyo imposed sanctions on Moscow.'),
 ('https://menafn.example/1100200300/kremlin-japan', 'en', '2026-04-09',
  'Kremlin Rules Out Peace Treaty Dialogue With Japan',
  '(MENAFN) Kremlin spokesperson Dmitry Peskov stated that any conversation with Japan about a peace agreement is presently not feasible owing to Tokyo\'s antagonistic policy towards Moscow.\n\n"Considering the openly hostile path that Tokyo has chosen regarding our nation, it is not possible to speak about any dialogue on a peace treaty right now," Peskov told journalists.\n\nEarlier, Japan\'s Foreign Ministry reaffirmed in its Diplomatic Bluebook that the four islands are inherent Japanese territory.'),
 ('https://www.japantimes.co.jp/news/2026/04/09/peskov', 'en', '2026-04-09',
  'Kremlin rules out treaty talks after Tokyo report',
  'The Kremlin on Wednesday ruled out any peace treaty talks with Japan, hitting back at Tokyo\'s annual diplomatic report, which reiterated Japan\'s claim to four Russian-held islands off Hokkaido.\n\n"It is impossible to talk about any dialogue on a peace treaty now," Kremlin spokesman Dmitry Peskov told reporters in Moscow.\n\nChief Cabinet Secretary Minoru Kihara said Thursday that Japan\'s policy of resolving the territorial issue and concluding a peace treaty remains unchanged, adding that Tokyo would continue to press Moscow.'),
 ('https://www.47news.jp/4100002.html', 'ja', '2026-04-09',
  'ロシア大統領報道官「平和条約の対話は不可能」',
  '【モスクワ共同】ロシアのペスコフ大統領報道官は8日、日本との平和条約を巡る対話について「日本の敵対的な方針を考えれば、今は不可能だ」と記者団に述べた。\n\n日本の外交青書が北方領土を日本固有の領土と明記したことに反発した形だ。\n\n木原官房長官は9日の記者会見で、北方領土問題を解決して平和条約を締結する方針に変わりはないと述べた。'),
 ('https://tass.com/politics/2100050', 'en', '2026-04-10',
  'Zakharova slams Japan\'s Bluebook',
  'MOSCOW, April 10. /TASS/. Japan\'s claims to the South Kurils laid out in its Diplomatic Bluebook are unacceptable, Russian Foreign Ministry Spokeswoman Maria Zakharova said at a briefing.\n\n"The sovereignty of the Russian Federation over the South Kuril Islands is beyond doubt and is not subject to discussion," she stressed.\n\nPeskov said two days earlier that dialogue on a peace treaty with Japan was impossible now.'),
]

# one Lavrov interview in Russian, an aggregator's machine translation of it, the English wire and a newspaper's
# summary the next day: "the belonging" / "the ownership" / "принадлежность" of the islands is one subject
LAVROV_OWNERSHIP_STORY = [
 ('https://ria.ru/20260301/lavrov.html', 'ru', '2026-03-01',
  'Лавров подтвердил, что Москва не будет обсуждать принадлежность Курил',
  'МОСКВА, 1 мар - РИА Новости. Глава МИД России Сергей Лавров подтвердил, что Москва не намерена обсуждать с Токио принадлежность южных Курил.\n\n"Суверенитет Российской Федерации над этими островами закреплен итогами Второй мировой войны и Уставом ООН", - заметил министр.\n\nПо его словам, Япония сама свернула диалог по мирному договору, присоединившись к санкциям.'),
 ('https://chelorg.example/news/lavrov-kurils', 'en', '2026-03-01',
  'Lavrov confirmed that Moscow will not discuss the belonging of the Kurils',
  'The head of the Ministry of Foreign Affairs of Russia Sergey Lavrov confirmed that Moscow does not intend to discuss with Tokyo the belonging of the southern Kurils.\n\n"The sovereignty of the Russian Federation over these Islands is fixed by the results of the Second world war and the UN Charter", - remarked the Minister.\n\nAccording to him, Japan itself folded the dialogue on the peace contract, having joined the sanctions.'),
 ('https://tass.com/politics/2200001', 'en', '2026-03-02',
  'Lavrov rules out talks on Kurils sovereignty',
  'MOSCOW, March 2. /TASS/. Russia will not discuss the ownership of the Southern Kurils with Japan, Russian Foreign Minister Sergey Lavrov reaffirmed.\n\n"Russia\'s sovereignty over these islands is enshrined in the outcome of World War II and in the UN Charter," the minister noted.\n\nHe added that it was Tokyo that had wound down the peace treaty dialogue by joining the sanctions.'),
 ('https://www.nippon.com/en/news/lavrov-kurils', 'en', '2026-03-02',
  'Russia FM again rejects Japan\'s claims',
  'Russian Foreign Minister Sergei Lavrov again rejected Japan\'s claims to the Russian-held islands off Hokkaido, saying Moscow will not discuss their ownership.\n\nJapanese Chief Cabinet Secretary Minoru Kihara countered that the four islands are an inherent part of Japan\'s territory and that Tokyo\'s policy of concluding a peace treaty after resolving the territorial issue is unchanged.'),
]

# a quote, then an aggregator's copy days later that retells it in a lead of its own words and quotes it again below
RETOLD_LEAD_STORY = [
 ('https://english.kyodonews.net/news/2026/02/a.html', 'en', '2026-02-07', 'Takaichi vows to keep seeking peace treaty',
  'TOKYO - "We will firmly maintain the policy of resolving the territorial issue and concluding a peace treaty," Prime Minister Sanae Takaichi told a rally in Tokyo on Saturday.'),
 ('https://aggregator.example/2026/02/12/b.html', 'en', '2026-02-12', 'Japan PM sticks to treaty line',
  'Japanese Prime Minister Sanae Takaichi vowed to stick to Japan\'s course on the islands row and the peace pact.\n\n"We will firmly maintain the policy of resolving the territorial issue and concluding a peace treaty," she said at a rally.'),
]

# a leaders' phone call, reported by one side's briefing: what the prime minister told the president (retold in
# other words by each outlet) is one remark; what she told reporters afterwards, and the Kremlin's readout, are
# others
PHONE_CALL_STORY = [
    ('https://english.kyodonews.net/news/2026/01/call-1', 'en', '2026-01-20',
     'Takaichi tells Putin she wants to settle isle row in first phone talks',
     "TOKYO - Prime Minister Sanae Takaichi told Vladimir Putin in their Tuesday call that she wants to "
     "settle the territorial row and sign a postwar peace treaty, in the first call between the two since she "
     "became prime minister.\n\nSpeaking to reporters after the 30-minute call, Takaichi said she would "
     "negotiate tenaciously with Moscow on the basis of Japan's long-held policy."),
    ('https://www3.nhk.or.jp/news/html/20260120/k1.html', 'ja', '2026-01-20',
     '高市首相 プーチン大統領と初の電話会談',
     '高市総理大臣は20日、ロシアのプーチン大統領と初めての電話会談を行いました。\n\n'
     '高市総理大臣はプーチン大統領に対し、北方領土問題を解決して平和条約を締結したいという考えを伝えました。'),
    ('https://tass.ru/politika/2026012001', 'ru', '2026-01-20',
     'Путин и Такаити провели телефонный разговор',
     'МОСКВА, 20 января. /ТАСС/. Президент России Владимир Путин провел телефонный разговор с премьер-министром '
     'Японии Санаэ Такаити.\n\nКак сообщили в Кремле, Путин заявил о готовности продолжать диалог по всем вопросам '
     'двусторонней повестки, включая мирный договор.\n\nТакаити заявила Путину, что хотела бы урегулировать '
     'территориальный вопрос и заключить мирный договор.'),
    ('https://www.japantimes.co.jp/news/2026/01/21/call', 'en', '2026-01-21',
     'Takaichi and Putin hold first phone talks',
     "Prime Minister Sanae Takaichi told President Vladimir Putin during their first phone conversation that "
     "resolving the dispute over the four islands off Hokkaido and concluding a peace treaty remained her "
     "goal, according to the government.\n\nThe Kremlin said Putin was prepared to continue talks on every "
     "bilateral question, the peace treaty among them."),
]


# a foreign minister's press conference told by two wires, a Japanese broadcaster, a newspaper and an aggregator: three
# remarks (the islands' handover not to be discussed, the constitution, no treaty talks while Tokyo's policy holds),
# one alert each; the aggregator's sentence merges the first two
HANDOVER_STORY = [
 ('https://ria.ru/20260114/lavrov.html', 'ru', '2026-01-14', 'Лавров: Москва не отдаст Курилы', 'МОСКВА, 14 янв - РИА Новости. Россия никогда не будет обсуждать передачу Южных Курил Японии, заявил министр иностранных дел РФ Сергей Лавров на ежегодной пресс-конференции.\n\n"Острова являются неотъемлемой частью нашей страны, это закреплено в Конституции", - сказал министр.\n\nОн также отметил, что Токио пока не проявляет готовности отказаться от недружественной политики, поэтому возобновление диалога по мирному договору невозможно.'),
 ('https://tass.com/politics/2300001', 'en', '2026-01-14', 'Russia will never discuss handing over Kurils — Lavrov', 'MOSCOW, January 14. /TASS/. Russia will never discuss handing the South Kuril Islands over to Japan, Russian Foreign Minister Sergey Lavrov said at his annual press conference.\n\n"The islands are an integral part of our country, this is enshrined in the Constitution," the minister said.\n\nHe also noted that Tokyo shows no readiness to abandon its unfriendly policy, so resuming the peace treaty dialogue is impossible.'),
 ('https://www3.nhk.or.jp/news/html/20260114/k1.html', 'ja', '2026-01-14', 'ラブロフ外相 北方領土「引き渡し議論しない」', 'ロシアのラブロフ外相は１４日、年次記者会見で、北方領土の日本への引き渡しについて議論することは決してないと述べました。\n\nラブロフ外相は「島々はわが国の不可分の一部であり、憲法に明記されている」と強調しました。'),
 ('https://www.japantimes.co.jp/news/2026/01/15/lavrov', 'en', '2026-01-15', 'Lavrov rules out talks on islands', 'Russian Foreign Minister Sergey Lavrov on Wednesday ruled out any discussion of handing the Russian-held islands off Hokkaido back to Japan, saying the Russian Constitution forbids it.\n\nLavrov also said a resumption of peace treaty talks was impossible as long as Tokyo keeps what he called an unfriendly policy.\n\nChief Cabinet Secretary Minoru Kihara said Thursday that the government would respond calmly.'),
 ('https://newsworld.example/lavrov-kurils-2026', 'en', '2026-01-15', 'Lavrov: Kurils not up for discussion', 'Moscow will not even talk about giving the southern Kurils to Tokyo, Sergei Lavrov told reporters, adding that the archipelago is an inseparable part of Russia under its constitution.'),
]

# a spokeswoman's briefing and an aggregator's rewrite of it the next day, its words spun ("give up its territorial
# demands" for "abandon its territorial claims")
SPUN_REWRITE_STORY = [
 ('https://tass.com/politics/2200001', 'en', '2026-03-05', 'Zakharova: Tokyo must drop claims before any talks', 'MOSCOW, March 5. /TASS/. Japan must abandon its territorial claims if it wants any dialogue on a peace treaty, Russian Foreign Ministry Spokeswoman Maria Zakharova said at a briefing on Thursday.\n\n"Tokyo\'s attempts to lay claim to the South Kurils are doomed. Our sovereignty over these islands is enshrined in the Constitution," the diplomat said.\n\nShe also noted that the Japanese side continues to build up military cooperation with Washington near Russia\'s borders.'),
 ('https://aggregator.example/zakharova-kurils', 'en', '2026-03-06', 'Moscow: Japanese claims to Kurils are doomed', "Russia's foreign ministry spokeswoman Maria Zakharova said on Thursday that Japan's efforts to claim the southern Kuril islands were doomed, adding that Russian sovereignty over them was written into the constitution.\n\nTokyo should give up its territorial demands if it wants a dialogue on a peace deal, she said."),
 ('https://tass.com/politics/2200050', 'en', '2026-03-06', 'Zakharova says Japan distorts history of islands', 'MOSCOW, March 6. /TASS/. Japan is distorting the history of the Kuril Islands in its school textbooks, Russian Foreign Ministry Spokeswoman Maria Zakharova said on Friday.\n\n"Japanese children are taught that the islands were seized illegally. This is a falsification of history," she said.'),
 ('https://www.japantimes.co.jp/news/2026/03/06/kihara', 'en', '2026-03-06', 'Tokyo rejects Moscow remarks', 'Chief Cabinet Secretary Minoru Kihara on Friday rejected the remarks by the Russian Foreign Ministry spokeswoman, saying the four islands are an inherent part of Japan\'s territory.\n\n"Our position that we will resolve the attribution of the four islands and conclude a peace treaty remains unchanged," Kihara told a news conference.'),
]


# a president's answer at a discussion club, as the Kremlin's transcript gives it (the moderator's question among
# the turns), a wire's English report and a Japanese newspaper's; the chief cabinet secretary's answer the next day
VALDAI_STORY = [
 ('http://kremlin.ru/events/president/transcripts/80001', 'ru', '2026-10-02', 'Заседание клуба «Валдай»', 'В.Путин: Добрый вечер, уважаемые коллеги.\n\nФ.Лукьянов: Владимир Владимирович, вопрос о Японии. Возможен ли мирный договор при нынешнем правительстве в Токио?\n\nВ.Путин: Мы никогда не отказывались от диалога. Но Япония сама ввела санкции и фактически заморозила все контакты. Пока Токио проводит такую политику, говорить о мирном договоре бессмысленно.\n\nЧто касается островов, то они являются частью российской территории, и это не обсуждается.\n\nФ.Лукьянов: Спасибо.'),
 ('https://tass.com/politics/2400001', 'en', '2026-10-02', 'Putin: pointless to discuss peace treaty while Tokyo pursues current policy', 'SOCHI, October 2. /TASS/. It is pointless to talk about a peace treaty with Japan while Tokyo pursues its current policy, Russian President Vladimir Putin said at a Valdai Discussion Club session.\n\n"We have never refused dialogue. But Japan itself imposed sanctions and effectively froze all contacts," the head of state said.\n\nAs for the islands, Putin stressed, they are part of Russian territory and "this is not up for discussion."'),
 ('https://www.nikkei.com/article/DGXZQ0001', 'ja', '2026-10-03', 'プーチン氏「平和条約議論は無意味」', 'ロシアのプーチン大統領は２日、南部ソチで開かれた「バルダイ会議」で、日本が現在の政策を続ける限り「平和条約について話すのは無意味だ」と述べた。北方領土については「ロシアの領土の一部であり、議論の対象ではない」と語った。\n\n木原官房長官は３日の記者会見で「わが国の立場は一貫している。北方領土問題を解決して平和条約を締結するという方針に変わりはない」と述べた。'),
]

# a condition for the talks told by a wire in two languages, NHK, an aggregator and a newspaper; a deputy's
# remark a week later recalls it
SANCTIONS_CONDITION_STORY = [
 ('https://tass.com/politics/2100001', 'en', '2026-01-14', 'Lavrov: Russia open to peace treaty dialogue only if Japan drops sanctions',
  'MOSCOW, January 14. /TASS/. Russia will return to peace treaty consultations with Japan only after Tokyo lifts its anti-Russian sanctions, Foreign Minister Sergey Lavrov said at his annual press conference on Wednesday.\n\n"We did not walk away from this dialogue. It was Tokyo that froze it when it joined the sanctions campaign," the minister said.\n\nLavrov also stressed that the results of World War II, including the transfer of the southern Kuril Islands to the Soviet Union, are enshrined in the UN Charter and cannot be revised.\n\nThe top diplomat added that Russia is interested in good-neighborly relations with the Japanese people.'),
 ('https://ria.ru/20260114/lavrov-japan.html', 'ru', '2026-01-14', 'Лавров назвал условие возобновления диалога с Японией о мирном договоре',
  'МОСКВА, 14 янв - РИА Новости. Россия вернется к консультациям по мирному договору с Японией только после отмены Токио антироссийских санкций, заявил министр иностранных дел РФ Сергей Лавров на ежегодной пресс-конференции.\n\n"Мы не уходили от этого диалога. Это Токио его заморозил, когда присоединился к санкционной кампании", - сказал министр.\n\nПо словам Лаврова, итоги Второй мировой войны, включая переход южных Курил к Советскому Союзу, закреплены в Уставе ООН и пересмотру не подлежат.'),
 ('https://www3.nhk.or.jp/news/html/20260114/k2.html', 'ja', '2026-01-14', 'ロシア外相 平和条約交渉「制裁解除が条件」',
  'ロシアのラブロフ外相は14日、年頭の記者会見で、日本との平和条約交渉について、日本が対ロシア制裁を解除しない限り再開しないという考えを示しました。\n\nラブロフ外相は「われわれは対話から離れていない。制裁に加わって対話を凍結したのは日本側だ」と述べました。\n\nまた、北方領土については、第2次世界大戦の結果ロシア領になったと国連憲章で定められているとする従来の主張を繰り返しました。'),
 ('https://newsfeed.example/world/lavrov-japan-sanctions', 'en', '2026-01-15', 'Russia links peace deal talks with Japan to end of sanctions',
  'Russian Foreign Minister Sergei Lavrov has said that Moscow would resume consultations on a peace agreement with Japan only when Tokyo removes its sanctions against Russia.\n\n"We did not leave this dialogue. It was Tokyo who froze it when it joined the sanction campaign," Lavrov told journalists on Wednesday.\n\nHe insisted that the outcome of the Second World War, including the handover of the southern Kurils to the USSR, is fixed in the UN Charter and is not subject to revision.\n\nJapan and Russia have never signed a peace treaty formally ending World War II.'),
 ('https://www.japantimes.co.jp/news/2026/01/15/lavrov-sanctions', 'en', '2026-01-15', 'Lavrov ties treaty talks to sanctions',
  'Russian Foreign Minister Sergey Lavrov said Wednesday that peace treaty talks with Japan could resume only if Tokyo lifted sanctions imposed over the war in Ukraine.\n\nChief Cabinet Secretary Minoru Kihara said Thursday that Lavrov\'s remarks were "unacceptable" and that it was Russia\'s aggression against Ukraine that had brought bilateral relations to this point.\n\n"Japan\'s policy of resolving the territorial issue and concluding a peace treaty remains unchanged," Kihara told a regular news conference.'),
 ('https://tass.com/politics/2100050', 'en', '2026-01-21', 'Russian diplomat says Japan must lift sanctions before any treaty dialogue',
  'MOSCOW, January 21. /TASS/. Russian Deputy Foreign Minister Andrei Rudenko said on Tuesday that Japan has to lift its sanctions before any dialogue on a peace treaty can start.\n\nEarlier, Foreign Minister Sergey Lavrov said that Russia would return to peace treaty consultations with Japan only after Tokyo lifts its anti-Russian sanctions.\n\n"Nothing has changed since the minister\'s press conference," Rudenko said.'),
]

# the Prime Minister's claim in the Diet (Kyodo, Jiji with no word of Russia, TASS in Russian) and the Russian
# answer the next day (TASS, RIA, an aggregator's machine translation)
DIET_CLAIM_STORY = [
 ('https://english.kyodonews.net/news/2026/03/a1.html', 'en', '2026-03-10', 'Takaichi says Japan will not give up on four islands',
  'TOKYO - Prime Minister Sanae Takaichi said Tuesday that Japan will never abandon its claim to the four islands off Hokkaido held by Russia, while acknowledging that peace treaty negotiations remain stalled.\n\n"The Northern Territories are an inherent part of our country\'s territory. We will not give up," Takaichi told an upper house budget committee session.\n\nShe said Tokyo would seek the resumption of visa-free exchanges with the islands when conditions allow.\n\nRussia suspended the peace treaty talks in March 2022 in response to Japanese sanctions over the invasion of Ukraine.'),
 ('https://www.jiji.com/jc/article?k=2026031000500', 'ja', '2026-03-10', '高市首相「北方領土、決して諦めない」',
  '高市早苗首相は10日の参院予算委員会で、北方領土について「わが国固有の領土だ。決して諦めない」と述べた。\n\n首相は、平和条約交渉が停滞していることを認めた上で、条件が整えばビザなし交流の再開を求める考えを示した。'),
 ('https://tass.ru/politika/3100002', 'ru', '2026-03-10', 'Такаити заявила, что Япония не откажется от претензий на Курилы',
  'ТОКИО, 10 марта. /ТАСС/. Премьер-министр Японии Санаэ Такаити заявила, что Токио никогда не откажется от претензий на четыре южных Курильских острова.\n\n"Северные территории являются исконной частью территории нашей страны. Мы не сдадимся", - сказала она на заседании бюджетного комитета верхней палаты парламента.\n\nРоссия неоднократно заявляла, что суверенитет над островами закреплен по итогам Второй мировой войны.'),
 ('https://tass.com/politics/2100100', 'en', '2026-03-11', 'Zakharova slams Takaichi remarks on Kurils',
  'MOSCOW, March 11. /TASS/. Russian Foreign Ministry Spokeswoman Maria Zakharova has described Japanese Prime Minister Sanae Takaichi\'s remarks about the southern Kurils as "a manifestation of revanchism."\n\n"Tokyo should accept the results of World War II, which are enshrined in international law. Russia\'s sovereignty over the islands is not subject to discussion," she said at a briefing on Wednesday.\n\nOn Tuesday, Takaichi said that Japan would never abandon its claim to the four islands.'),
 ('https://ria.ru/20260311/zakharova.html', 'ru', '2026-03-11', 'Захарова ответила Такаити на слова о Курилах',
  'МОСКВА, 11 мар - РИА Новости. Официальный представитель МИД России Мария Захарова назвала заявления премьер-министра Японии Санаэ Такаити о Южных Курилах "проявлением реваншизма".\n\n"Токио следует признать итоги Второй мировой войны, закрепленные в международном праве. Суверенитет России над островами не подлежит обсуждению", - заявила она на брифинге.'),
 ('https://mundo-noticias.example/ru-jp/zakharova', 'en', '2026-03-12', 'Russia says Japanese PM comments show revanchism',
  'The Russian foreign ministry spokesperson Maria Zakharova called the statements of the Japanese premier Sanae Takaichi about South Kurils "manifestation of revanchism".\n\n"Tokyo must recognize the outcomes of the Second World War, fixed in international law. The sovereignty of Russia over the islands is not subject to discussion," she declared on the briefing.\n\nRead more: Tokyo lodges a protest over military exercises on the islands'),
]

# an interview retold by an aggregator's machine translation, a newspaper and Nikkei; RIA recalls it eight days on
RECALLED_STORY = [
 ('https://tass.ru/politika/3200001', 'ru', '2026-05-12', 'Лавров: Москва не будет обсуждать с Токио принадлежность Курил',
  'МОСКВА, 12 мая. /ТАСС/. Москва не собирается обсуждать с Токио вопрос принадлежности Южных Курил. Об этом заявил министр иностранных дел РФ Сергей Лавров в интервью радиостанции "Спутник".\n\n"Это наша земля, закрепленная за нами по итогам войны. Тема закрыта", - сказал министр.\n\nЛавров также отметил, что Россия открыта к экономическому сотрудничеству с японскими компаниями, которые не поддерживают санкции.'),
 ('https://worldnews-today.example/2026/05/12/lavrov-kurils', 'en', '2026-05-12', 'Lavrov: Moscow will not discuss with Tokyo belonging of Kurils',
  'Home | World | Politics\n\nMay 12, 2026 14:05\n\nMoscow is not going to discuss with Tokyo the question of belonging of the Southern Kurils. This was stated by the Minister of Foreign Affairs of the Russian Federation Sergey Lavrov in an interview to the radio station "Sputnik".\n\n"This is our land, assigned to us following the results of the war. The topic is closed", - said the minister.\n\nLavrov also noted that Russia is open to economic cooperation with Japanese companies that do not support sanctions.\n\nShare: Facebook Twitter Telegram\n\nSubscribe to our newsletter'),
 ('https://www.japantimes.co.jp/news/2026/05/13/lavrov-kurils', 'en', '2026-05-13', 'Lavrov says island sovereignty "closed" topic',
  'Russian Foreign Minister Sergei Lavrov said Tuesday that Moscow would not discuss the ownership of the disputed islands off Hokkaido with Tokyo, calling the issue "closed."\n\nThe remarks came as Japan marks ... Foreign Minister Toshimitsu Motegi told reporters on Wednesday that Japan "cannot accept" Lavrov\'s comments.'),
 ('https://www.nikkei.com/article/DGXZQO1', 'ja', '2026-05-13', 'ロシア外相「北方領土の帰属は議論しない」',
  'ロシアのラブロフ外相は12日、ラジオ局のインタビューで、北方領土の帰属について日本と議論するつもりはないと述べた。「われわれの土地だ。この話題は終わった」と語った。\n\n茂木敏充外相は13日の記者会見で「到底受け入れられない」と反論した。'),
 ('https://ria.ru/20260520/lavrov.html', 'ru', '2026-05-20', 'Лавров снова высказался о Курилах',
  'МОСКВА, 20 мая - РИА Новости. Глава МИД России Сергей Лавров на прошлой неделе заявил, что Москва не будет обсуждать с Японией принадлежность южных Курил.\n\nВ среду Лавров на встрече со студентами МГИМО добавил, что Япония "должна признать реальность".'),
]

# the Kremlin's spokesman and the Kremlin: RIA's quote, MK's «В Кремле ответили», Jiji's 「あり得ない」; the ministry named
# without its country in a Moscow-datelined report and in Russian («В МИД … заявили»)
KREMLIN_VOICE_STORY = [
    ('https://tass.com/politics/2400001', 'en', '2026-03-14', 'Kremlin: no peace treaty talk while Japan keeps sanctions',
     'MOSCOW, March 14. /TASS/. There can be no talk of a peace treaty with Japan as long as Tokyo takes part in the sanctions campaign against Russia, Kremlin Spokesman Dmitry Peskov told reporters on Saturday.\n\n"As long as Japan takes part in the sanctions campaign, there can be no talk of a peace treaty," Peskov said.\n\nIn a separate statement, the Foreign Ministry said Russia\'s sovereignty over the Southern Kurils is enshrined in the Constitution and is not up for discussion.'),
    ('https://ria.ru/20260314/peskov.html', 'ru', '2026-03-14', 'Песков: о мирном договоре с Японией речи быть не может',
     'МОСКВА, 14 мар — РИА Новости. Пока Япония участвует в санкционной кампании против России, ни о каком мирном договоре речи быть не может, заявил журналистам пресс-секретарь президента России Дмитрий Песков.\n\nВ МИД в свою очередь заявили, что суверенитет России над Южными Курилами закреплен в Конституции и обсуждению не подлежит.'),
    ('https://www.mk.ru/politics/2026/03/14/kreml.html', 'ru', '2026-03-14', 'В Кремле ответили Токио',
     'В Кремле ответили, что о мирном договоре с Японией речи быть не может, пока Токио участвует в санкционной кампании против России.'),
    ('https://www.jiji.com/jc/article?k=2026031400001', 'ja', '2026-03-15', 'ロシア報道官、平和条約「あり得ない」',
     '【モスクワ時事】ロシアのペスコフ大統領報道官は14日、記者団に対し、日本が対ロ制裁に加わっている限り「平和条約についての話はあり得ない」と述べた。日ロ関係は冷え込んだままだ。'),
]

# the Japanese government's protest told by NHK (政府は…として抗議) and by its spokesman in Kyodo; the Russian ministry's
# answer told by its spokeswoman in TASS and as «В МИД России отвергли» in RIA
PROTEST_VOICE_STORY = [
("https://www3.nhk.or.jp/news/html/20260210/k1.html", "ja", "2026-02-10", "北方領土での演習 政府が抗議",
"""ロシア軍が北方領土で軍事演習を行ったことについて、政府は「北方領土は日本固有の領土であり、受け入れられない」としてロシア側に抗議しました。"""),
("https://english.kyodonews.net/news/2026/02/protest.html", "en", "2026-02-10", "Japan protests Russian drills on disputed islands",
"""TOKYO - Japan has protested to Russia over military drills on the Russian-held islands off Hokkaido, Chief Cabinet Secretary Minoru Kihara said Tuesday.

"The Northern Territories are an inherent part of Japan's territory, and the drills are unacceptable," Kihara told a press conference."""),
("https://tass.com/politics/2500001", "en", "2026-02-11", "Moscow dismisses Tokyo's protest over Kuril drills",
"""MOSCOW, February 11. /TASS/. Russia rejects Japan's protest over military exercises in the Southern Kurils, since the islands are Russian territory, Russian Foreign Ministry Spokeswoman Maria Zakharova said at a briefing on Wednesday.

"Exercises on Russian soil are our sovereign business," the diplomat said."""),
("https://ria.ru/20260211/z.html", "ru", "2026-02-11", "В МИД ответили на протест Японии",
"""МОСКВА, 11 фев — РИА Новости. В МИД России отвергли протест Японии в связи с учениями на Южных Курилах, поскольку острова являются российской территорией.

"Учения на российской земле — наше суверенное дело", — говорится в комментарии ведомства."""),
]

# the ministry's own transcript of a briefing answer ("Ответ:" under the spokeswoman's heading) first, then a wire
# in two languages, NHK, an aggregator and Kyodo; the refusal "under the current circumstances" told in three languages
BRIEFING_STORY = [
    ('https://mid.ru/ru/foreign_policy/news/briefing-2027-02-06', 'ru', '2027-02-06', 'Брифинг официального представителя МИД России М.В.Захаровой', 'Вопрос: Как Вы прокомментируете проведение в Японии так называемого «Дня северных территорий»?\n\nОтвет: Мы рассматриваем эту ежегодную кампанию как недружественный шаг. Суверенитет Российской Федерации над Южными Курилами закреплен по итогам Второй мировой войны и сомнению не подлежит. Никакого диалога о мирном договоре в нынешних условиях быть не может.'),
    ('https://tass.com/politics/3000002', 'en', '2027-02-06', "Russia sees Japan's Northern Territories Day as unfriendly step — diplomat", 'MOSCOW, February 6. /TASS/. Moscow views the annual so-called Northern Territories Day in Japan as an unfriendly step, Russian Foreign Ministry Spokeswoman Maria Zakharova said at a briefing.\n\n"Russia\'s sovereignty over the South Kurils was established following World War II and is beyond doubt," she said.\n\nAccording to the diplomat, no dialogue on a peace treaty is possible under the current circumstances.'),
    ('https://ria.ru/20270206/zakharova.html', 'ru', '2027-02-06', 'Захарова назвала День северных территорий недружественным шагом', 'МОСКВА, 6 фев - РИА Новости. Москва считает проведение в Японии "Дня северных территорий" недружественным шагом, заявила официальный представитель МИД РФ Мария Захарова.\n\n"Суверенитет Российской Федерации над Южными Курилами закреплен по итогам Второй мировой войны и сомнению не подлежит", - сказала она на брифинге.'),
    ('https://www3.nhk.or.jp/news/html/20270207/k2.html', 'ja', '2027-02-07', 'ロシア外務省報道官 北方領土の日を非難', 'ロシア外務省のザハロワ報道官は6日の記者会見で、日本の「北方領土の日」について「非友好的な措置だ」と非難しました。\n\nそのうえで、南クリル諸島に対するロシアの主権は第2次世界大戦の結果として確定しており疑いの余地はないと主張しました。'),
    ('https://news-agg.example/2027/02/07/zakharova', 'en', '2027-02-07', 'Moscow slams Tokyo rally', "Russia's foreign ministry spokesperson Maria Zakharova slammed the so-called Northern Territories Day held by Japan, calling it an unfriendly move.\n\nZakharova insisted that Russian sovereignty over the Southern Kurils, fixed after the Second World War, cannot be questioned, and added that there can be no dialogue on a peace treaty in the current conditions."),
    ('https://english.kyodonews.net/news/2027/02/zakharova.html', 'en', '2027-02-07', 'Russia criticizes Japan over territory rally', 'MOSCOW - Russia on Saturday criticized Japan for holding an annual rally calling for the return of Russian-held islands, with a Foreign Ministry spokeswoman calling it "an unfriendly step."\n\nMaria Zakharova told a press briefing that Russia\'s sovereignty over the islands, which Japan calls the Northern Territories, is beyond doubt.\n\nJapanese Chief Cabinet Secretary Minoru Kihara said Monday that the government will not accept Russia\'s claim, adding that the four islands are an inherent part of Japan\'s territory.'),
]

# the Kremlin's transcript of a forum answer (one label, its paragraphs below it) first, then TASS, RIA, Kyodo's
# Japanese service, a newspaper and an aggregator: "not us who stopped the talks", "ready to return if Japan changes
# its position" and the islands' status, each retold in other words and languages
FORUM_ANSWER_STORY = [
    ('http://kremlin.ru/events/president/transcripts/80001', 'ru', '2026-09-05', 'Пленарное заседание Восточного экономического форума', 'В.Путин: Что касается мирного договора с Японией, то не мы прекратили эти переговоры. Японская сторона сама отказалась от диалога, присоединившись к санкциям.\n\nМы готовы вернуться к переговорам, но для этого Токио должен изменить свою позицию. Острова — это российская территория, и этот вопрос закрыт.'),
    ('https://tass.com/politics/3100001', 'en', '2026-09-05', 'Putin says Russia did not end peace treaty talks with Japan', 'VLADIVOSTOK, September 5. /TASS/. It was not Russia that ended peace treaty negotiations with Japan, Russian President Vladimir Putin said at the plenary session of the Eastern Economic Forum.\n\n"It was not us who stopped these talks. The Japanese side itself abandoned the dialogue by joining the sanctions," he said.\n\nThe Russian leader added that Moscow is ready to return to negotiations, but Tokyo must change its position for that.'),
    ('https://ria.ru/20260905/putin-japan.html', 'ru', '2026-09-05', 'Путин: Россия не прекращала переговоры с Японией', 'ВЛАДИВОСТОК, 5 сен - РИА Новости. Россия не прекращала переговоры с Японией по мирному договору, Токио сам отказался от диалога, заявил президент РФ Владимир Путин на пленарном заседании ВЭФ.\n\nПо его словам, Москва готова вернуться к переговорам, если Япония изменит свою позицию.'),
    ('https://www.47news.jp/5000001.html', 'ja', '2026-09-06', 'プーチン氏「交渉やめたのは日本」', '【ウラジオストク共同】ロシアのプーチン大統領は5日、東方経済フォーラムの全体会合で、日本との平和条約交渉について「交渉をやめたのは我々ではない。日本側が制裁に加わり、自ら対話を放棄した」と述べた。\n\nプーチン氏は、日本が立場を変えれば交渉に戻る用意があるとも語った。北方領土については「ロシアの領土であり、この問題は決着済みだ」と主張した。'),
    ('https://www.japantimes.co.jp/news/2026/09/06/putin', 'en', '2026-09-06', 'Putin blames Japan for stalled treaty talks', 'Russian President Vladimir Putin on Friday blamed Japan for the suspension of peace treaty talks, saying Tokyo walked away from the dialogue when it joined Western sanctions.\n\nPutin also said the islands off Hokkaido, which Japan calls the Northern Territories, are Russian territory and that "this issue is closed."\n\nChief Cabinet Secretary Minoru Kihara said Monday that Japan\'s position that the four islands belong to Japan has not changed.'),
    ('https://worldnews-agg.example/2026/09/07/putin-japan', 'en', '2026-09-07', 'Putin: Japan abandoned talks', 'Russian President Vladimir Putin stated that Moscow had not halted the peace deal negotiations with Tokyo, and that the Japanese side itself gave up the dialogue by joining the sanctions.\n\nAccording to Putin, Russia stands ready to resume the negotiations if Japan revises its stance.'),
]

# an aggregator's rewrite of a wire story published weeks later, retelling both sides' remarks in other words; and a
# briefing weeks later where the spokeswoman restates her two positions on a new occasion
LATE_REWRITE_STORY = [
    ('https://tass.com/politics/2500001', 'en', '2026-06-02', 'Kremlin rules out peace treaty contacts with Tokyo',
     'MOSCOW, June 2. /TASS/. Contacts with Japan on a peace settlement are impossible while Tokyo keeps its hostile line towards Moscow, Kremlin Spokesman Dmitry Peskov told reporters on Tuesday.\n\nEarlier in the day, the Japanese Foreign Ministry said in its annual report that the southern Kurils, which Japan calls the Northern Territories, are Japanese land under illegal occupation, and that Tokyo seeks to settle their status and sign a peace treaty.'),
    ('https://tass.com/politics/2500002', 'en', '2026-06-04', 'Zakharova: Kurils are Russian, no talks with hostile Tokyo',
     'MOSCOW, June 4. /TASS/. Russia\'s sovereignty over the South Kurils is not subject to discussion, Foreign Ministry Spokeswoman Maria Zakharova said at a briefing.\n\nShe added that a dialogue on the peace treaty is impossible as long as Japan pursues its unfriendly policy.'),
    ('https://newswire-agg.example/2026/06/29/kremlin-japan', 'en', '2026-06-29', 'Kremlin voices stance on Japan peace deal',
     'Kremlin spokesperson Dmitry Peskov stated that any peace agreement dialogue with Japan is currently unfeasible because of Tokyo\'s antagonistic course towards Moscow.\n\nEarlier, Japan\'s Foreign Ministry reaffirmed its intention to settle the question of the four islands, which it claims are under unlawful Russian control.'),
    ('https://tass.com/politics/2500003', 'en', '2026-06-25', 'Zakharova repeats Moscow\'s position on Kurils',
     'MOSCOW, June 25. /TASS/. The issue of Russia\'s sovereignty over the South Kurils is closed and is not subject to discussion, Foreign Ministry Spokeswoman Maria Zakharova said at her weekly briefing on Thursday.\n\nAccording to her, no dialogue on a peace treaty is possible while Tokyo continues its unfriendly course.'),
]

# a ministry's statement (Russian first, TASS English), the Japanese prime minister's answer in NHK's Japanese ("ロシア外務省が
# …と発表したことについて、岸田総理大臣は…と述べ": the ministry is the clause's subject, not the verb's), Kyodo's English and
# RIA's Russian after it, and the Kremlin's reply
SUSPENSION_PROTEST_STORY = [
    ('https://tass.ru/politika/3300001', 'ru', '2027-03-21', 'МИД РФ: Россия не будет продолжать переговоры с Японией по мирному договору', 'МОСКВА, 21 марта. /ТАСС/. Российская сторона в сложившихся условиях не намерена продолжать переговоры с Японией по мирному договору из-за односторонних ограничительных мер Токио. Об этом говорится в заявлении МИД РФ.\n\n"Обсуждать подписание основополагающего документа о двусторонних отношениях с государством, занимающим откровенно недружественные позиции, невозможно", - отмечается в документе.'),
    ('https://tass.com/politics/3300002', 'en', '2027-03-21', 'Russia will not continue peace treaty talks with Japan — MFA', 'MOSCOW, March 21. /TASS/. Under the current circumstances, Russia does not intend to continue peace treaty negotiations with Japan due to Tokyo\'s unilateral restrictive measures, the Russian Foreign Ministry said in a statement.\n\n"It is impossible to discuss signing a fundamental document on bilateral relations with a state that takes openly unfriendly positions," the ministry stressed.'),
    ('https://www3.nhk.or.jp/news/html/20270322/k5.html', 'ja', '2027-03-22', '首相 ロシアの平和条約交渉中断に抗議', 'ロシア外務省が日本の制裁を理由に平和条約交渉を中断すると発表したことについて、岸田総理大臣は22日、参議院の予算委員会で「極めて不当であり、断じて受け入れることはできない」と述べ、強く抗議する考えを示しました。\n\nそのうえで「北方領土問題を解決して平和条約を締結するという方針を堅持する」と述べました。'),
    ('https://english.kyodonews.net/news/2027/03/kishida-protest.html', 'en', '2027-03-22', "Kishida slams Russia's suspension of treaty talks", 'TOKYO - Prime Minister Fumio Kishida on Tuesday called Russia\'s decision to suspend peace treaty negotiations "extremely unfair and totally unacceptable," lodging a strong protest.\n\nKishida said Japan will firmly maintain its policy of resolving the territorial dispute and concluding a peace treaty.'),
    ('https://ria.ru/20270322/kisida.html', 'ru', '2027-03-22', 'Кисида назвал неприемлемым решение России по мирному договору', 'ТОКИО, 22 мар - РИА Новости. Премьер-министр Японии Фумио Кисида назвал крайне несправедливым и абсолютно неприемлемым решение России приостановить переговоры по мирному договору, передает агентство Киодо.\n\nПо словам Кисиды, Токио будет придерживаться курса на решение территориальной проблемы и заключение мирного договора.'),
    ('https://tass.com/politics/3300003', 'en', '2027-03-23', 'Kremlin: Japan itself chose to damage relations', "MOSCOW, March 23. /TASS/. Tokyo itself chose to damage bilateral relations by joining the anti-Russian sanctions, so it has no grounds for complaints, Kremlin Spokesman Dmitry Peskov said, commenting on the Japanese prime minister's protest over the suspension of peace treaty talks."),
]

# the Nagato summit told by TASS in Russian, Kyodo in English and NHK in Japanese: the leaders' joint agreement
# (named Putin first in one, Abe first in the other), Putin's "historical ping-pong" and Abe's resolve
SUMMIT_AGREEMENT_STORY = [
    ('https://tass.ru/politika/3800001', 'ru', '2016-12-16', 'Путин и Абэ договорились о совместной деятельности на Курилах', 'ТОКИО, 16 декабря. /ТАСС/. Президент России Владимир Путин и премьер-министр Японии Синдзо Абэ договорились начать консультации о совместной хозяйственной деятельности на южных Курилах, что может стать важным шагом к заключению мирного договора.\n\n"Нужно прекратить исторический пинг-понг вокруг островов", - сказал Путин на пресс-конференции.\n\nАбэ, в свою очередь, заявил, что намерен решить территориальный вопрос и подписать мирный договор.'),
    ('https://english.kyodonews.net/news/2016/12/nagato.html', 'en', '2016-12-16', 'Abe, Putin agree to start talks on joint activities on disputed isles', 'TOKYO - Prime Minister Shinzo Abe and Russian President Vladimir Putin agreed Friday to begin consultations on joint economic activities on the Russian-held islands off Hokkaido, a step Tokyo hopes will lead to a peace treaty.\n\n"We must end the historical ping-pong over the islands," Putin told a joint press conference.\n\nAbe said he was determined to resolve the territorial issue and sign a peace treaty.'),
    ('https://www3.nhk.or.jp/news/html/20161216/k1.html', 'ja', '2016-12-17', '日ロ首脳 共同経済活動の協議開始で合意', '安倍総理大臣とロシアのプーチン大統領は16日、北方四島での共同経済活動の実現に向けた協議を開始することで合意しました。\n\nプーチン大統領は共同記者会見で「歴史的なピンポンをやめなければならない」と述べました。\n\n安倍総理大臣は「領土問題を解決して平和条約を締結する決意だ」と強調しました。'),
]

# Medvedev's Telegram posts of two weeks, in TASS, RIA, an aggregator and The Japan Times, which recalls the first
MEDVEDEV_TELEGRAM_STORY = [
    ('https://tass.com/politics/2200001', 'en', '2026-02-08',
     'Medvedev says Japanese claims to Kurils are ‘revanchism’',
     'MOSCOW, February 8. /TASS/. Deputy Chairman of the Russian Security Council Dmitry Medvedev has described Japan\'s annual Northern Territories Day rally as a display of revanchism.\n\n"The Japanese can keep mourning their \'northern territories\' as long as they like. The Kurils are Russian land, full stop," Medvedev wrote on his Telegram channel.\n\nHe also said that Russia would keep building up its military presence on the islands.'),
    ('https://ria.ru/20260208/medvedev.html', 'ru', '2026-02-08',
     'Медведев назвал реваншизмом японский "День северных территорий"',
     'МОСКВА, 8 фев - РИА Новости. Зампред Совбеза России Дмитрий Медведев назвал проявлением реваншизма ежегодный японский митинг в "День северных территорий".\n\n"Японцы могут сколько угодно оплакивать свои \'северные территории\'. Курилы — русская земля. Точка", - написал Медведев в своем Telegram-канале.\n\nОн также заявил, что Россия продолжит наращивать военное присутствие на островах.'),
    ('https://www.aggregator-ru.example/news/medvedev-kurils', 'en', '2026-02-09',
     'Medvedev: Kuril Islands are Russian land, period',
     'Former Russian President Dmitry Medvedev stated that the Japanese can grieve over their "northern territories" as much as they want, but the Kuril Islands are Russian land. Period.\n\nThe politician wrote this on his Telegram channel. He called the Japanese rally revanchism.\n\nSubscribe to our channel for more news!'),
    ('https://tass.com/politics/2200050', 'en', '2026-02-20',
     'Medvedev: no peace treaty with Japan is needed',
     'MOSCOW, February 20. /TASS/. Russia does not need a peace treaty with Japan on Tokyo\'s terms, Deputy Chairman of the Russian Security Council Dmitry Medvedev said.\n\n"We have lived without a peace treaty for eighty years and will live without it for as long as necessary. There will be no talks about the islands," he wrote on Telegram.\n\nMedvedev added that the Kurils are Russian land.'),
    ('https://www.japantimes.co.jp/news/2026/02/21/medvedev', 'en', '2026-02-21',
     'Medvedev again rules out islands talks',
     'Former Russian President Dmitry Medvedev said Russia can do without a peace treaty with Japan, in the latest of a string of hawkish comments on the territorial row.\n\n"We have lived without a peace treaty for eighty years and will live without it for as long as necessary," Medvedev, now deputy chairman of Russia\'s Security Council, wrote on Telegram.\n\nEarlier this month he called Japan\'s annual rally for the islands\' return "revanchism" and said the Kurils are "Russian land, full stop."\n\nChief Cabinet Secretary Minoru Kihara said Saturday the government would not comment on each of Medvedev\'s remarks but that its position of resolving the territorial issue and concluding a peace treaty has not changed.'),
]

# a RIA interview retold by Jiji in Japanese and Sputnik in English: the talks 'buried', their basis 'destroyed'
BURIED_TALKS_STORY = [
    ('https://ria.ru/20260301/galuzin.html', 'ru', '2026-03-01',
     'Галузин: Япония сама похоронила переговоры о мирном договоре',
     'МОСКВА, 1 мар - РИА Новости. Япония своими действиями фактически похоронила переговоры о мирном договоре, заявил РИА Новости замглавы МИД России Михаил Галузин.\n\n"Токио, присоединившись к антироссийским санкциям, сам уничтожил основу для диалога. Возвращаться к нему на таких условиях мы не будем", - сказал дипломат.'),
    ('https://www.jiji.com/jc/article?k=2026030100111', 'ja', '2026-03-01',
     'ロシア外務次官「日本が交渉を葬った」',
     '【モスクワ時事】ロシアのガルージン外務次官は1日、ＲＩＡノーボスチ通信に対し、日本が対ロ制裁に加わったことで「対話の基盤を自ら破壊した」と述べ、平和条約交渉は事実上葬られたとの認識を示した。'),
    ('https://sputnikglobe.com/20260301/galuzin.html', 'en', '2026-03-01',
     'Japan buried peace treaty talks itself, Russian diplomat says',
     'Japan has effectively buried the peace treaty negotiations with its own actions, Russian Deputy Foreign Minister Mikhail Galuzin told RIA Novosti.\n\n"Tokyo, by joining the anti-Russian sanctions, destroyed the basis for dialogue itself. We will not return to it on such terms," the diplomat said.'),
]


# Putin's answer at the Eastern Economic Forum (the transcript, Xinhua, TASS in Russian, an aggregator's machine
# English) and the Japanese government's reply (NHK in English and Japanese, with 「木原長官は」), a day later the
# Prime Minister's: the door held open and the sanctions one remark, the islands another
EEF_STORY = [
 ('http://kremlin.ru/events/president/transcripts/77001',
  'ru',
  '2026-09-05',
  'Пленарное заседание Восточного экономического форума',
  'В.Путин: Добрый день, уважаемые коллеги!\n\nФ.Лукьянов: Владимир Владимирович, вопрос о Японии. Возможен ли мирный договор?\n\nВ.Путин: Мы никогда не закрывали дверь. Но нельзя подписывать мирный договор со страной, которая вводит против тебя санкции.\n\nЧто касается островов, то это вопрос, который решён по итогам Второй мировой войны.\n\nФ.Лукьянов: Спасибо. Вопрос по Китаю.'),
 ('https://english.news.cn/20260905/a.html',
  'en',
  '2026-09-05',
  'Putin says Russia open to dialogue with Japan',
  'VLADIVOSTOK, Sept. 5 (Xinhua) -- Russian President Vladimir Putin said Friday that Russia remains open to dialogue with Japan, including on a peace treaty, if Tokyo shows genuine interest.\n\n"We never closed the door. But you cannot sign a peace treaty with a country that imposes sanctions on you," the Russian leader said at the plenary session of the Eastern Economic Forum.\n\nJapan and Russia have not signed a peace treaty since the end of World War II due to a territorial dispute over four islands.'),
 ('https://tass.ru/politika/7700001',
  'ru',
  '2026-09-05',
  'Путин: РФ не закрывала дверь для диалога с Японией',
  'ВЛАДИВОСТОК, 5 сентября. /ТАСС/. Россия никогда не закрывала дверь для диалога с Японией, однако подписывать мирный договор со страной, которая вводит санкции, невозможно. Об этом заявил президент РФ Владимир Путин на пленарном заседании ВЭФ.\n\nПо его словам, вопрос об островах решен по итогам Второй мировой войны.'),
 ('https://news-pravda.com/world/2026/09/06/1.html',
  'en',
  '2026-09-06',
  'Putin: Russia does not close the door to a peace treaty with Japan',
  'The President of Russia Vladimir Putin at the plenary session of the EEF stated that Russia does not close the door for the dialogue with Japan about the peace treaty.\n\n"We never closed the door. But to sign the peace treaty with the country which introduces sanctions against you, it is impossible", - the head of state declared.\n\nAccording to him, the question about the islands is solved by results of World War II.\n\nSource: TASS'),
 ('https://www3.nhk.or.jp/nhkworld/en/news/20260906_01/',
  'en',
  '2026-09-06',
  'Kihara responds to Putin remarks on peace treaty',
  "Japan's Chief Cabinet Secretary Kihara Minoru has responded to remarks by Russian President Vladimir Putin on a peace treaty.\n\nKihara said on Saturday that Japan's policy of resolving the territorial issue and concluding a peace treaty remains unchanged.\n\nHe also said it is Russia that has unilaterally suspended the negotiations, and that Japan will respond appropriately.\n\nPutin said on Friday that Moscow is open to dialogue, but cannot sign a treaty with a country that imposes sanctions."),
 ('https://www3.nhk.or.jp/news/html/20260906/k2.html',
  'ja',
  '2026-09-06',
  '木原官房長官 プーチン大統領の発言に反論',
  'ロシアのプーチン大統領が、制裁を科す国と平和条約は結べないと述べたことについて、木原官房長官は6日の記者会見で「領土問題を解決して平和条約を締結するという方針に変わりはない」と述べました。\n\nそのうえで、木原長官は「交渉を一方的に中断したのはロシア側だ」と指摘しました。'),
 ('https://www.japantimes.co.jp/news/2026/09/07/a',
  'en',
  '2026-09-07',
  'Takaichi rejects Putin claim',
  'Prime Minister Sanae Takaichi on Sunday rejected Russian President Vladimir Putin\'s assertion that sanctions made a peace treaty impossible, telling reporters Japan would not lift them.\n\n"It is Russia\'s aggression against Ukraine that has brought Japan-Russia relations to this point," Takaichi said.\n\nPutin said Friday that Russia had "never closed the door" to dialogue with Japan but that a treaty could not be signed with a country imposing sanctions.'),
]


# the spokeswoman's reply to the Chief Cabinet Secretary's "illegal occupation" (RBC, Sankei with his words quoted
# in the clause her reply is about, RT): her three remarks and his, each once
ZAKHAROVA_OCCUPATION_STORY = [
 ('https://www.rbc.ru/politics/02/10/2026/1',
  'ru',
  '2026-10-02',
  'Захарова назвала «провокацией» заявление Токио о Курилах',
  'Захарова назвала «провокацией» заявление Токио о Курилах\n\nОфициальный представитель МИД России Мария Захарова назвала провокацией заявление японского правительства о «незаконной оккупации» Южных Курил.\n\n«Подобные высказывания ничего, кроме сожаления, не вызывают. Суверенитет России над островами сомнений не вызывает», — отметила дипломат на брифинге в среду.\n\nРанее генеральный секретарь кабинета министров Японии Минору Кихара заявил, что острова незаконно оккупированы Россией.\n\nОна также указала, что японская сторона сама заморозила диалог о мирном договоре.'),
 ('https://www.sankei.com/article/20261002-1/',
  'ja',
  '2026-10-02',
  'ザハロワ報道官「遺憾の念しか呼び起こさない」',
  'ロシア外務省のザハロワ報道官は２日の記者会見で、木原官房長官が北方領土を「ロシアに不法占拠されている」と発言したことについて「遺憾の念しか呼び起こさない」と反発した。\n\nザハロワ氏は「島々に対するロシアの主権に疑いの余地はない」とも述べ、平和条約をめぐる対話を凍結したのは日本側だと主張した。'),
 ('https://www.rt.com/russia/1/',
  'en',
  '2026-10-03',
  'Zakharova slams Tokyo over Kuril claims',
  'Zakharova slams Tokyo over Kuril claims\n\nRussian Foreign Ministry spokeswoman Maria Zakharova has dismissed Tokyo\'s claim that the Kuril Islands are under "illegal occupation," calling it a provocation.\n\nSuch statements "evoke nothing but regret," she told reporters on Wednesday, adding that Russia\'s sovereignty over the islands is beyond doubt.\n\nIt was Japan that froze the dialogue on a peace treaty, the diplomat noted.'),
]


# an aggregator's machine English of a RIA interview («Об этом … заявил» as "About it … was declared by") and a
# rewrite of it: the talks off (the lead and the quote one remark) and the sovereignty, each once, and the
# minister's words recalled
MACHINE_ENGLISH_INTERVIEW_STORY = [
 ('https://news-pravda.com/world/2026/04/20/3.html',
  'en',
  '2026-04-20',
  'Rudenko: Moscow does not see conditions for the resumption of dialogue with Tokyo on the peace treaty',
  'Moscow does not see conditions for the resumption of the dialogue with Tokyo on the peace treaty. About it in an interview to RIA Novosti was declared by the Deputy Minister of Foreign Affairs of Russia Andrey Rudenko.\n\n"Japan continues to pursue the unfriendly course, and while that is so, no conditions for the dialogue on the peace treaty exist", - the diplomat told.\n\nAs the deputy minister emphasized, the sovereignty of Russia over the Kurils is not subject to discussion.\n\nThe head of the Russian foreign Ministry Sergey Lavrov earlier said that Tokyo should recognize the results of the Second World War.'),
 ('https://www.uawire.org/rudenko-peace-treaty',
  'en',
  '2026-04-20',
  'Russian Deputy FM: no conditions for peace treaty talks with Japan',
  'Russian Deputy Foreign Minister Andrei Rudenko said in an interview with RIA Novosti that Moscow sees no conditions for resuming peace treaty talks with Japan.\n\nAccording to Rudenko, Japan "continues to pursue an unfriendly course." He added that Russia\'s sovereignty over the Kuril Islands was not up for discussion.\n\nIn 2022, Russia withdrew from the peace treaty talks in response to Japanese sanctions.'),
]


# a TASS interview (its lead and its quote one remark), Kyodo's Japanese opening with the quote and 「こう語り」,
# The Japan Times the next day and an aggregator's machine English five days later: two remarks, each once
GALUZIN_INTERVIEW_STORY = [
 ('https://tass.ru/interviews/9000001',
  'ru',
  '2026-05-10',
  'Галузин: условий для возобновления переговоров о мирном договоре нет',
  'Заместитель министра иностранных дел России Михаил Галузин в интервью ТАСС заявил, что условий для возобновления переговоров о мирном договоре с Японией сейчас нет.\n\n"Пока Токио продолжает санкционную политику, диалог о мирном договоре невозможен", - сказал дипломат.\n\nПо его словам, Курилы стали российскими по итогам Второй мировой войны, и этот вопрос закрыт.'),
 ('https://www.47news.jp/1000002.html',
  'ja',
  '2026-05-10',
  'ロシア外務次官「交渉再開の条件ない」',
  '「平和条約交渉を再開する条件は整っていない」。ロシアのガルージン外務次官は10日、タス通信のインタビューでこう語り、日本側の対応を批判した。\n\nガルージン氏は、日本が対ロ制裁を続ける限り、対話の再開はあり得ないと強調。北方領土については「第2次大戦の結果、ロシア領になった」と従来の主張を繰り返した。'),
 ('https://www.japantimes.co.jp/news/2026/05/11/galuzin',
  'en',
  '2026-05-11',
  'Russian diplomat says no conditions for treaty talks',
  'Russian Deputy Foreign Minister Mikhail Galuzin said there are currently no conditions for resuming peace treaty negotiations with Japan, in an interview with the state-run TASS news agency published Sunday.\n\n"As long as Tokyo continues its sanctions policy, a dialogue on a peace treaty is impossible," Galuzin said.\n\nHe also repeated Moscow\'s position that the islands became Russian as a result of World War II.'),
 ('https://news-pravda.com/world/2026/05/15/9.html',
  'en',
  '2026-05-15',
  'Galuzin: the question of the Kuril Islands is closed',
  'The Deputy Minister of Foreign Affairs of Russia Mikhail Galuzin stated that the Kurils became Russian following the results of the Second World War, and this question is closed.\n\nAccording to him, while Tokyo continues the sanctions policy, the dialogue on the peace treaty is impossible.'),
]
