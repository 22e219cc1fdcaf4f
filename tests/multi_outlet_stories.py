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
