# -*- coding: utf-8 -*-
"""20 more synthetic Japanese texts (round 11, written for this test) with expected statements.

Round 11: THE WIDER WORLD AROUND THE DISPUTE, 2010-2026. Third parties speaking on the islands and the treaty, and
each side's reply to them; Russian party and regional politicians; Japanese party leaders, governors and mayors
beyond Nemuro; the foreign press's view in its Japanese editions.
- Ukraine: Zelensky's decree of 7 Oct 2022 and the Rada's resolution, from Kyiv (AFPBB News, J11-01), Zakharova,
  Slutsky and Limarenko answering it (Sputnik 日本, J11-02), Hayashi's press conference on it (mofa.go.jp transcript,
  J11-03), the Ukrainian embassy's own page on it with its ambassador's comment (a long official page, J11-20), and
  Ambassador Korsunsky in Sapporo on Northern Territories Day 2023 with the Russian consulate's reply (Hokkaido
  Shimbun, J11-19).
- The United States: Emanuel on Northern Territories Day 2022 (Hokkaido Shimbun, J11-04) and Galuzin's Q&A comment on
  it (the Russian embassy's site, J11-05); the State Department's Crowley after Medvedev's Kunashiri visit, Nov 2010,
  with Clinton's Senkaku line recalled (Nikkei, J11-14); Obama in Tokyo, April 2014, Senkaku and Crimea beside Abe's
  treaty line (Yomiuri, J11-15).
- China: Hua Chunying on Medvedev's Iturup visit, Aug 2015 (人民網日本語版, J11-06); Lin Jian on the Kurils after
  the Beijing parade, Sept 2025, with Hayashi, Iwaya and Zakharova answering (Jiji, J11-07).
- South Korea: the 2024 Bluebook -- Dokdo/Takeshima protests beside Zakharova on the Kurils (聯合ニュース日本語版,
  J11-08); Lee Myung-bak on Dokdo, Aug 2012, a Korean paper comparing Medvedev's Kunashiri visits (中央日報日本語版,
  J11-16).
- The UN and the EU: Guterres in Tokyo, Aug 2022 (NHK, J11-17); the EU ambassador Paquet at Cape Nosappu, June 2023,
  with the 2005 European Parliament resolution recalled as a document (NHK 北海道, J11-18).
- The Ainu: Putin's proposal to list the Ainu as an indigenous people of Russia, Dec 2018, a Kamchatka Ainu leader
  claiming the Kurils as Ainu land, Suga and the Hokkaido Ainu Association (Reuters 日本語, J11-09).
- Russian politicians: the Moscow rally against a handover, Jan 2019, Udaltsov, Zyuganov, Zhirinovsky, Peskov, Kono
  (Mainichi, J11-10); the Sakhalin Oblast Duma approving the 2020 constitutional amendment, Khapochkin and Limarenko
  (machine translation from Russian, J11-11).
- Japanese politicians: the party leaders after the Abe-Putin Moscow summit, Jan 2019 -- Edano, Tamaki, Shii (all the
  Kurils are Japan's), Yamaguchi, Matsui (Asahi, J11-12); the reopened 領土・主権展示館, Jan 2020, Eto, the Hokkaido and
  Shimane governors, the Ishigaki mayor, Seoul, Beijing and the Russian embassy (Sankei, J11-13).

Labels. A treaty statement (treaty=True) is an explicit sovereignty claim over the four disputed islands by anyone --
Tokyo, Moscow, a third state, a party leader or an Ainu leader ("北方領土は日本の領土", «クリルはロシアの領土»,
"千島列島全体が日本の領土", "クリルはアイヌの土地") -- or words on the treaty talks, their conditions, a handover,
the 1956 Declaration, or how the dispute should be settled ("当事国が対話で解決すべきだ"). Sovereignty claims over
OTHER islands (Takeshima/Dokdo, the Senkakus, Crimea, Kherson, Hokkaido's Rebun) are treaty=False, and so are the
Ukraine war, sanctions, Sakhalin-2, pensions, the Ainu's recognition as such, fishing, ferries, nuclear arms and the
weather. A third party's generic "the outcome of the Second World War must be respected", a "no comment" on another
state's decision and a welcome of support are treaty=None (optional when the speaker states the claim elsewhere).

Speakers named only by title, by the article's date: 官房長官 = Sengoku (Nov 2010), Suga (Apr 2014, Dec 2018,
Jan 2019), Matsuno (Feb, Aug and Oct 2022), Hayashi (Sept 2025); 外相 = Maehara (Nov 2010), Gemba (Aug 2012),
Kishida (Apr 2014, Aug 2015), Kono (Jan 2019), Hayashi (Oct 2022), Kamikawa (Apr 2024), Iwaya (Sept 2025);
首相 = Noda (2012), Abe (2014, 2019), Kishida (2022-23); 駐日ロシア大使 = Galuzin (2022); 駐日ウクライナ大使 =
Korsunsky; 北海道知事 = Suzuki Naomichi; 根室市長 = Ishigaki; 中国外務省報道官 = Hua Chunying (2015), Geng Shuang
(Jan 2020), Wang Wenbin (Apr 2024), Lin Jian (Sept 2025); 韓国外交省報道官 = Cho Tai-young (2012), Kim In-chul (2020), Lim Soo-suk (2024);
ロシア外務省情報局長 = Zakharova; サハリン州議会議長 = Khapochkin (2020); LDPR党首 = Zhirinovsky (2019).

Traps (not_statements): a decree's and a resolution's wording, the Bluebook's, an exhibition's panels, a joint
statement, the 2005 European Parliament resolution, the constitutional amendment's text; standard agency background
(AFP, Reuters, Sputnik, Yonhap, People's Daily); the writer's analysis in a Korean or Chinese column; reporters'
questions (also when they retell a third party's words); anonymous officials and diplomats (外務省幹部, 外交筋,
米政府高官, 日本大使館関係者); unnamed deputies and placards at a rally; polls (Levada, Asahi, 内閣府); events
("Seoul summoned the minister", "the Rada adopted"); captions, related headlines and page furniture.

expected: list of dicts
  speaker  canonical English name (alt: other names acceptable, e.g. the ministry for its spokesperson)
  treaty   True / False / None (None = either flag acceptable, genuinely ambiguous)
  snippet  exact substring of text that the statement's span should overlap
  optional True when absence is acceptable (asides, ambiguous remarks, words off the Russia-Japan subject)
not_statements: snippets that must NOT produce a peace-treaty statement
"""

# As in rounds 2-10: an official's words on a subject that has nothing to do with Russia and Japan are optional
# treaty=False unless they are his main line in the article; an anonymous source, the writer's background, a
# reporter's question, a poll, a document and an event are not_statements; a ministry's or an embassy's unsigned
# statement is the statement of that institution; a third party's spokesperson keeps his own name, alt his ministry.

ARTICLES = []

ARTICLES += [
# 1 AFPBB News from Kyiv, Zelensky's decree on the "Northern Territories" (7 Oct 2022): the Rada's resolution and the
#   decree as documents, Zelensky's video address (a claim, then the front at Kherson, then thanks to Japan), the
#   Rada committee chairman Merezhko, Kuleba's tweet (None), Peskov's reply (a claim) and his aside on the war; AFP's
#   background paragraph, an anonymous Japanese embassy source, a caption, topics box
dict(id="J11-01", outlet="AFPBB News", url="https://www.afpbb.com/articles/-/3427591",
published="2022-10-08",
title="ゼレンスキー氏、北方領土を「ロシア占領下の日本領」と認める大統領令",
text="""AFPBB News
国際ニュース ＞ ヨーロッパ

ゼレンスキー氏、北方領土を「ロシア占領下の日本領」と認める大統領令
2022年10月8日 11:02　発信地：キーウ/ウクライナ

【10月8日 AFP】ウクライナのウォロディミル・ゼレンスキー（Volodymyr Zelensky）大統領は7日、北方領土（ロシア名：南クリール諸島）を「ロシアに占領された日本の領土」と認める大統領令に署名した。大統領府のウェブサイトで公表された。

　大統領令は、同日に最高会議（議会）が採択した決議を受けたもの。決議は、北方領土が「第2次世界大戦の終結後にソ連によって占領され、現在もロシアの占領下にある」と明記し、各国の議会や国際機関に同様の立場を取るよう呼び掛けている。大統領令には、外務省に対し、国際社会でこの立場を広めるよう指示する条項も盛り込まれた。

　ゼレンスキー氏は同日夜のビデオ演説で、この問題に触れ、「ロシアが奪ってきたのは、われわれの土地だけではない。日本の人々も80年近く、自分たちの島に戻れずにいる。北方領土は日本の領土であり、その事実を認めることは正義の問題だ」と述べた。

　ゼレンスキー氏は演説の大半を戦況に割き、南部ヘルソン（Kherson）州での反攻について「われわれは前進を続けている。占領者が去るまで、一つの村も見捨てない」と強調。さらに日本に対し、「日本は、われわれを最初に支えてくれたアジアの国の一つだ。その連帯に心から感謝している」と謝意を示した。

　決議案を提出した最高会議外交委員会のオレクサンドル・メレジコ（Oleksandr Merezhko）委員長はAFPの取材に、「ロシアは隣国の土地を奪い続けてきた。クリール諸島南部の4島も例外ではなく、日本に返還されるべきだ」と語った。同氏は「決議は、国境を力で変えることは許されないという国際社会へのメッセージだ」とも述べた。

　ドミトロ・クレバ（Dmytro Kuleba）外相はツイッター（Twitter）に、「ウクライナは日本の主権と領土の一体性を全面的に支持する。真の友人は互いの痛みを知っている」と投稿した。

　一方、ロシア大統領府（クレムリン、Kremlin）のドミトリー・ペスコフ（Dmitry Peskov）報道官は記者団に対し、「キエフ（キーウ）の文書には、法的にも実際上も何の意味もない。クリール諸島はロシア連邦の領土であり、それは議論の対象ではない」と一蹴した。ペスコフ氏はまた、「特別軍事作戦の目標は必ず達成される」と語った。

　日本政府は8日までに公式な反応を示していない。キーウの日本大使館関係者はAFPに、「本国の判断を待っている」と述べるにとどめた。

　旧ソ連は第2次世界大戦末期の1945年、北方4島を占領した。日ロ両国はこの問題のため、いまだに平和条約を締結していない。ロシアは2月にウクライナへの侵攻を開始し、日本は欧米と共に対ロ制裁を科している。これに反発したロシアは3月、平和条約交渉の中断を一方的に表明した。

　ゼレンスキー氏は3月、日本の国会でオンライン演説を行い、ロシアへの圧力強化を訴えていた。（c）AFP

【翻訳編集】AFPBB News

（写真）北海道・根室市の納沙布岬から見た北方領土の歯舞群島（2019年2月7日撮影、資料写真）。(c)AFP / Kazuhiro NOGI

■関連記事
・ロシア、平和条約交渉を中断　日本の制裁に反発
・ゼレンスキー氏、日本の国会で演説「アジアで最初に圧力をかけた国」

このニュースのトピックス：ウクライナ侵攻""",
expected=[
 dict(speaker="Volodymyr Zelensky", alt=["Ukrainian Presidential Office"], treaty=True, snippet="北方領土は日本の領土であり、その事実を認めることは正義の問題だ"),
 dict(speaker="Volodymyr Zelensky", alt=["Ukrainian Presidential Office"], treaty=None, optional=True, snippet="日本の人々も80年近く、自分たちの島に戻れずにいる"),
 dict(speaker="Volodymyr Zelensky", alt=["Ukrainian Presidential Office"], treaty=False, snippet="占領者が去るまで、一つの村も見捨てない"),
 dict(speaker="Volodymyr Zelensky", alt=["Ukrainian Presidential Office"], treaty=False, optional=True, snippet="その連帯に心から感謝している"),
 dict(speaker="Oleksandr Merezhko", alt=["Verkhovna Rada"], treaty=True, snippet="クリール諸島南部の4島も例外ではなく、日本に返還されるべきだ"),
 dict(speaker="Oleksandr Merezhko", alt=["Verkhovna Rada"], treaty=None, optional=True, snippet="決議は、国境を力で変えることは許されないという国際社会へのメッセージだ"),
 dict(speaker="Dmytro Kuleba", alt=["Ukrainian Foreign Ministry"], treaty=None, snippet="ウクライナは日本の主権と領土の一体性を全面的に支持する"),
 dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="クリール諸島はロシア連邦の領土であり、それは議論の対象ではない"),
 dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=False, optional=True, snippet="特別軍事作戦の目標は必ず達成される"),
],
not_statements=[
 "第2次世界大戦の終結後にソ連によって占領され、現在もロシアの占領下にある",
 "大統領令には、外務省に対し、国際社会でこの立場を広めるよう指示する条項も盛り込まれた",
 "本国の判断を待っている",
 "日ロ両国はこの問題のため、いまだに平和条約を締結していない",
 "北海道・根室市の納沙布岬から見た北方領土の歯舞群島",
 "ロシア、平和条約交渉を中断　日本の制裁に反発",
]),

# 2 Sputnik 日本, the Russian reply to the decree (8 Oct 2022): Zakharova on Telegram (a jibe, None; the claim;
#   a line on the West, False), Slutsky (the claim; Sakhalin-2, False), Limarenko (the claim; the Kurils' airport and
#   a ferry, False); Sputnik's standard background, the decree's wording, unattributed "voices in the Duma", an
#   event ("Tokyo has not reacted"), read-also and subscription junk
dict(id="J11-02", outlet="Sputnik 日本", url="https://sputniknews.jp/20221008/13164822.html",
published="2022-10-08",
title="ザハロワ報道官、ゼレンスキー大統領令に「自分の国も守れない者が他国の領土を語る」",
text="""スプートニク日本
政治　2022年10月08日, 15:40

ザハロワ報道官、ゼレンスキー大統領令に「自分の国も守れない者が他国の領土を語る」

ロシア外務省のマリア・ザハロワ報道官は、南クリル諸島を「日本の領土」と認めるウクライナのゼレンスキー大統領の大統領令について、自身のテレグラムで反応した。

スプートニク日本

ザハロワ氏は「キエフ政権は、自分の国の領土すら守れないのに、他国の領土について語っている」と皮肉った上で、「南クリル諸島は第二次世界大戦の結果としてロシアの主権下に移ったのであり、これは国連憲章を含む国際法によって確定している」と強調した。

ザハロワ氏はまた、「キエフの行動はすべて、ワシントンで書かれた台本どおりだ。西側の指示なしには、一歩も動けないのだ」と指摘した。

ロシア下院国際問題委員会のレオニード・スルツキー委員長（自由民主党党首）は、「クリル諸島はロシアの領土であり、誰のどんな大統領令によっても、それは変わらない」と述べた。スルツキー氏は日本についても言及し、「日本が本当に自主的な外交を望むなら、サハリン2から手を引くようなことはしないはずだ」と述べた。

サハリン州のワレリー・リマレンコ知事は、「クリルの住民はロシアの市民であり、島々はロシアの不可分の一部だ。キエフの紙切れが、それを揺るがすことはない」とコメントした。知事はさらに、「イトゥルプ島の空港ターミナルの改修と、クリルに就航する新しいフェリーの建造は予定どおり進んでいる」と付け加えた。

ゼレンスキー大統領は7日、最高会議（議会）の決議を受けて、南クリルを「ロシアに占領された日本の領土」とみなす大統領令に署名した。大統領令は、ウクライナ外務省に対し、この立場を国際社会で広めるよう求めている。

ロシア下院の一部議員からは、ウクライナの大統領令への対抗措置として、日本との関係全般を見直すべきだとの声も上がっている。日本政府は8日までに、この大統領令について公式の立場を表明していない。

日露関係については、露日間では第二次世界大戦後、平和条約が締結されていない。日本は、イトゥルプ（択捉）、クナシル（国後）、シコタン（色丹）、ハボマイ（歯舞）の各島の返還を求めている。ロシアは、これらの島々が第二次世界大戦の結果としてソ連の一部となり、ロシアの主権は疑いの余地がないとの立場を繰り返し表明している。

今年3月、ロシア外務省は、日本の対ロ制裁を受けて、平和条約交渉を継続するつもりはないと発表した。

これに先立ち、ロシアは9月30日、ドネツク、ルハンスク両人民共和国とザポロジエ、ヘルソン両州のロシアへの編入に関する条約に署名した。ウクライナと西側諸国は、これを認めない立場を示している。

クリル諸島では、2023年1月から特別な優遇税制が導入される予定で、ロシア政府は国内外の企業の誘致を進めている。イトゥルプ島とクナシル島では、ここ数年で住宅、学校、病院の建設が相次いでいる。

関連ニュース
・ロシア外務省、日本との平和条約交渉を中断
・スルツキー委員長「日本は米国の属国のように振る舞っている」

テレグラムでスプートニクを購読する
コメントを書く""",
expected=[
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=None, optional=True, snippet="キエフ政権は、自分の国の領土すら守れないのに、他国の領土について語っている"),
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="南クリル諸島は第二次世界大戦の結果としてロシアの主権下に移ったのであり"),
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False, optional=True, snippet="キエフの行動はすべて、ワシントンで書かれた台本どおりだ"),
 dict(speaker="Leonid Slutsky", treaty=True, snippet="クリル諸島はロシアの領土であり、誰のどんな大統領令によっても、それは変わらない"),
 dict(speaker="Leonid Slutsky", treaty=False, snippet="日本が本当に自主的な外交を望むなら、サハリン2から手を引くようなことはしないはずだ"),
 dict(speaker="Valery Limarenko", alt=["Sakhalin Oblast government"], treaty=True, snippet="クリルの住民はロシアの市民であり、島々はロシアの不可分の一部だ"),
 dict(speaker="Russian Foreign Ministry", treaty=True, optional=True, snippet="平和条約交渉を継続するつもりはないと発表した"),
 dict(speaker="Valery Limarenko", alt=["Sakhalin Oblast government"], treaty=False, snippet="イトゥルプ島の空港ターミナルの改修と、クリルに就航する新しいフェリーの建造は予定どおり進んでいる"),
],
not_statements=[
 "南クリルを「ロシアに占領された日本の領土」とみなす大統領令に署名した",
 "日本との関係全般を見直すべきだとの声も上がっている",
 "日本政府は8日までに、この大統領令について公式の立場を表明していない",
 "ロシアの主権は疑いの余地がないとの立場を繰り返し表明している",
 "ロシア外務省、日本との平和条約交渉を中断",
]),
]

ARTICLES += [
# 3 mofa.go.jp, Hayashi's press conference four days after the decree (11 Oct 2022): 【記者】/【林外務大臣】 labels;
#   the opening on border measures (False), the welcome of Kyiv's decree (None), the claim and the treaty line (True),
#   a no-comment on Zakharova (None), Ukraine's occupied regions (False), the expelled consul (False), fishing (False);
#   questions that retell the decree and Zakharova's words are traps, page furniture
dict(id="J11-03", outlet="MOFA", url="https://www.mofa.go.jp/mofaj/press/kaiken/kaiken4_000967.html",
published="2022-10-11",
title="林外務大臣会見記録",
text="""外務省
ホーム > 会見・発表・広報 > 記者会見 > 外務大臣会見記録

林外務大臣会見記録
（令和4年10月11日（火曜日）10時32分　於：本省会見室）

冒頭発言
（1）水際措置の緩和
【林外務大臣】本日から、水際措置が大幅に緩和されました。入国者数の上限が撤廃され、個人旅行の受入れや短期滞在者の査証免除措置が再開されます。外務省としても、在外公館を通じた広報を含め、円滑な実施に努めてまいります。私からは以上です。

質疑応答
（1）ウクライナの大統領令（北方領土）
【NHK　森本記者】ウクライナのゼレンスキー大統領が7日、北方領土を日本の領土と認める大統領令に署名しました。政府としての受け止めをお聞かせください。
【林外務大臣】ウクライナ側の今回の措置については承知しております。北方領土問題に関する我が国の立場への理解と支持を示すものとして、歓迎したいと考えております。北方領土は我が国が主権を有する島々であり、北方領土問題を解決して平和条約を締結するとの我が国の方針に何ら変わりはありません。

【NHK　森本記者】関連で、ロシア外務省のザハロワ報道官が「南クリル諸島はロシアの主権下にある」と反発していますが、これについてはいかがでしょうか。
【林外務大臣】他国の報道官の個々の発言について、一つ一つコメントすることは差し控えたいと思います。その上で申し上げれば、ロシアによるウクライナ侵略は、力による一方的な現状変更の試みであり、断じて認められません。

（2）ロシアによるウクライナ4州の「併合」
【共同通信　大野記者】ロシアがウクライナ東部・南部の4州の「併合」を一方的に宣言したことについて、国連総会で非難決議案の採決が予定されています。日本の対応は。
【林外務大臣】ロシアによる今回の「併合」は、ウクライナの主権と領土一体性を侵害し、国際法に違反するものであり、決して認められません。日本としては、決議案の共同提案国となる方向で調整しており、G7をはじめとする国際社会と緊密に連携して対応してまいります。

（3）在札幌ロシア総領事館員の国外退去
【読売新聞　寺田記者】在ウラジオストク日本総領事館の領事が拘束された件への対抗措置として、在札幌ロシア総領事館の領事に国外退去を求めましたが、ロシア側の反応は。
【林外務大臣】当該領事には、10日までに日本を出国するよう求め、既に出国したと承知しております。我が方領事に対するロシア側の措置は、ウィーン条約に明白に違反するものであり、改めて強く抗議しております。

（4）北方四島周辺水域での操業
【北海道新聞　川口記者】北方四島周辺水域での日本漁船の安全操業について、今年はロシア側との協議が滞っていますが、漁業者の不安が広がっています。
【林外務大臣】この枠組みは、地元の漁業者にとって大変重要なものと認識しております。漁業者の安全な操業を確保するため、引き続き、ロシア側と適切に対応してまいります。

（5）北方墓参
【時事通信　山田記者】元島民による北方墓参が、今年は実施できない見通しです。元島民の高齢化が進む中、政府としてどう対応しますか。
【林外務大臣】元島民の方々の切実な思いに応えられない状況が続いていることは、誠に残念です。北方墓参を含む四島交流等事業の再開は、今後の日露関係の中で最優先事項の一つであり、引き続き、ロシア側に強く求めてまいります。

（6）北朝鮮による弾道ミサイル発射
【テレビ朝日　小林記者】北朝鮮が9日未明にも弾道ミサイルを発射しました。今月に入って既に5回目ですが、政府の対応は。
【林外務大臣】北朝鮮による一連の弾道ミサイルの発射は、我が国と地域、国際社会の平和と安全を脅かすものであり、断じて容認できません。北京の大使館ルートを通じて北朝鮮に厳重に抗議いたしました。米国、韓国とも緊密に連携し、安保理における対応を含め、国際社会と協力してまいります。

ページのトップへ戻る
外務大臣会見記録へ戻る""",
expected=[
 dict(speaker="Yoshimasa Hayashi", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, optional=True, snippet="入国者数の上限が撤廃され、個人旅行の受入れや短期滞在者の査証免除措置が再開されます"),
 dict(speaker="Yoshimasa Hayashi", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=None, snippet="北方領土問題に関する我が国の立場への理解と支持を示すものとして、歓迎したいと考えております"),
 dict(speaker="Yoshimasa Hayashi", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=True, snippet="北方領土は我が国が主権を有する島々であり"),
 dict(speaker="Yoshimasa Hayashi", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=None, optional=True, snippet="他国の報道官の個々の発言について、一つ一つコメントすることは差し控えたいと思います"),
 dict(speaker="Yoshimasa Hayashi", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, snippet="ロシアによるウクライナ侵略は、力による一方的な現状変更の試みであり、断じて認められません"),
 dict(speaker="Yoshimasa Hayashi", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, optional=True, snippet="ウクライナの主権と領土一体性を侵害し、国際法に違反するものであり、決して認められません"),
 dict(speaker="Yoshimasa Hayashi", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, snippet="我が方領事に対するロシア側の措置は、ウィーン条約に明白に違反するものであり"),
 dict(speaker="Yoshimasa Hayashi", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, snippet="漁業者の安全な操業を確保するため、引き続き、ロシア側と適切に対応してまいります"),
 dict(speaker="Yoshimasa Hayashi", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, snippet="北方墓参を含む四島交流等事業の再開は、今後の日露関係の中で最優先事項の一つであり"),
 dict(speaker="Yoshimasa Hayashi", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, optional=True, snippet="北朝鮮による一連の弾道ミサイルの発射は、我が国と地域、国際社会の平和と安全を脅かすものであり"),
],
not_statements=[
 "ウクライナのゼレンスキー大統領が7日、北方領土を日本の領土と認める大統領令に署名しました",
 "ロシア外務省のザハロワ報道官が「南クリル諸島はロシアの主権下にある」と反発していますが",
 "北方四島周辺水域での日本漁船の安全操業について、今年はロシア側との協議が滞っていますが",
 "外務大臣会見記録へ戻る",
]),

# 4 Hokkaido Shimbun, Emanuel on Northern Territories Day (7 Feb 2022, before the invasion): the ambassador's video
#   (the US recognises Japan's sovereignty; Ukraine, False; a plan to visit Nemuro, False), the Russian embassy's
#   tweet (a claim), Matsuno (a welcome, None; the claim and the treaty line, True), the Nemuro mayor (welcome, None;
#   the salmon talks, False); the rally's appeal, an anonymous official, the US position as background, a poll,
#   related headlines
dict(id="J11-04", outlet="Hokkaido Shimbun", url="https://www.hokkaido-np.co.jp/article/643120/",
published="2022-02-08",
title="米大使「四島に対する日本の主権認める」　北方領土の日に動画　ロシア大使館は反発",
text="""北海道新聞 どうしん電子版
政治

米大使「四島に対する日本の主権認める」　北方領土の日に動画　ロシア大使館は反発
02/08 05:00

　【東京】エマニュエル駐日米大使は「北方領土の日」の7日、ツイッターに日本語字幕付きの動画を投稿し、「米国は1950年代から北方領土について日本を支持しており、四島に対する日本の主権を認めている」と述べた。米国の駐日大使が北方領土の日に合わせて、日本の主権に明確に言及するのは異例だ。

　エマニュエル氏は動画で、ウクライナ国境付近へのロシア軍の集結にも触れ、「ロシアがウクライナに侵攻すれば、米国は同盟国と共に、迅速で厳しい代償を科す」と強調した。また、「近いうちに根室を訪れ、元島民の皆さんから直接話を聞きたい」とも語った。

　これに対し、在日ロシア大使館は8日未明、公式ツイッターで「米国の大使は、第二次世界大戦の結果を見直そうとする日本の試みを後押ししている。南クリルはロシアの正当な領土であり、第三国が口を挟む問題ではない」と反論した。

　松野博一官房長官は7日午後の記者会見で、米大使の投稿について問われ、「米国が北方領土問題に関する我が国の立場を一貫して支持していることを、心強く思う」と述べた。その上で「北方四島は我が国が主権を有する島々であり、領土問題を解決して平和条約を締結するという基本方針に変わりはない」と語った。

　東京都内で同日開かれた「北方領土返還要求全国大会」には岸田文雄首相が出席した。大会では、「北方四島の早期返還を実現し、日ロ間に真の友好関係を築く」とするアピールを採択した。

　根室市の石垣雅敏市長は北海道新聞の取材に、「同盟国の大使がはっきりと日本の主権に言及してくれたことは、元島民にとって大きな励みになる」と語った。一方で石垣市長は、「ロシアとの緊張がこれ以上高まれば、春のサケ・マス交渉にも響きかねない」と懸念も口にした。

　外務省幹部は「大使個人の発信だが、米政府の立場を踏まえたものだ。ロシアをけん制する狙いもあるのだろう」と解説する。

　米国は、1951年のサンフランシスコ平和条約の起草に関わった経緯があり、日本が同条約で放棄した「千島列島」に北方四島は含まれないとする日本の立場を支持してきた。ただ、歴代の駐日大使が北方領土問題に公の場で踏み込むことは少なかった。

　エマニュエル氏はオバマ政権で大統領首席補佐官を務め、その後シカゴ市長を2期務めた。1月下旬に着任したばかりで、着任後は日本語を交えたSNSでの発信を続けている。

　「北方領土の日」は、1855年2月7日に日魯通好条約が調印され、択捉島とウルップ島の間に国境が定められたことにちなみ、1981年に閣議了解で制定された。

　内閣府が2018年に実施した世論調査では、北方領土問題に「関心がある」と答えた人は6割余りにとどまり、若い世代ほど関心が低い傾向が出ている。

＜関連記事＞
・北方領土の日　首相、全国大会で「交渉を粘り強く」
・エマニュエル新大使が着任　「日米同盟は揺るがない」""",
expected=[
 dict(speaker="Rahm Emanuel", alt=["US Embassy in Japan"], treaty=True, snippet="米国は1950年代から北方領土について日本を支持しており、四島に対する日本の主権を認めている"),
 dict(speaker="Rahm Emanuel", alt=["US Embassy in Japan"], treaty=False, snippet="ロシアがウクライナに侵攻すれば、米国は同盟国と共に、迅速で厳しい代償を科す"),
 dict(speaker="Rahm Emanuel", alt=["US Embassy in Japan"], treaty=False, optional=True, snippet="近いうちに根室を訪れ、元島民の皆さんから直接話を聞きたい"),
 dict(speaker="Russian Embassy in Japan", alt=["Mikhail Galuzin"], treaty=True, snippet="南クリルはロシアの正当な領土であり、第三国が口を挟む問題ではない"),
 dict(speaker="Russian Embassy in Japan", alt=["Mikhail Galuzin"], treaty=None, optional=True, snippet="第二次世界大戦の結果を見直そうとする日本の試みを後押ししている"),
 dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=None, optional=True, snippet="米国が北方領土問題に関する我が国の立場を一貫して支持していることを、心強く思う"),
 dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=True, snippet="北方四島は我が国が主権を有する島々であり、領土問題を解決して平和条約を締結するという基本方針に変わりはない"),
 dict(speaker="Masatoshi Ishigaki", alt=["石垣雅敏", "Nemuro city"], treaty=None, snippet="同盟国の大使がはっきりと日本の主権に言及してくれたことは、元島民にとって大きな励みになる"),
 dict(speaker="Masatoshi Ishigaki", alt=["石垣雅敏", "Nemuro city"], treaty=False, snippet="ロシアとの緊張がこれ以上高まれば、春のサケ・マス交渉にも響きかねない"),
],
not_statements=[
 "北方四島の早期返還を実現し、日ロ間に真の友好関係を築く",
 "大使個人の発信だが、米政府の立場を踏まえたものだ",
 "日本が同条約で放棄した「千島列島」に北方四島は含まれないとする日本の立場を支持してきた",
 "北方領土問題に「関心がある」と答えた人は6割余りにとどまり",
 "北方領土の日　首相、全国大会で「交渉を粘り強く」",
]),
]

ARTICLES += [
# 5 The Russian embassy's site, Galuzin's Q&A comment on Emanuel (9 Feb 2022): the editor's intro, the questions
#   (one retells Emanuel's words: a trap), the ambassador's answers -- a jibe (None), the claim and UN Charter art. 107
#   (True), the 1956 Declaration and the "Dulles pressure" told by Galuzin (True), motives (None), the talks'
#   condition (True), foreign troops (None), "no plan to attack Ukraine" (False), NATO (False), the exchanges (False);
#   a footnote quoting art. 107 as a document, page furniture
dict(id="J11-05", outlet="Russian Embassy in Japan (website)", url="https://tokyo.mid.ru/ja/press-centre/news/kommentariy_posla_m_yu_galuzina_o_zayavlenii_posla_ssha_r_emanuelya/",
published="2022-02-09",
title="エマニュエル駐日米国大使の「北方領土」に関する発言についてのM.Y.ガルージン駐日ロシア大使のコメント",
text="""在日ロシア連邦大使館
ホーム ＞ プレスセンター ＞ ニュース

エマニュエル駐日米国大使の「北方領土」に関する発言についてのM.Y.ガルージン駐日ロシア大使のコメント
2022年2月9日

日本のメディアからの質問に対し、M.Y.ガルージン大使は以下のとおり回答した。

質問：米国のラーム・エマニュエル駐日大使は2月7日、「米国は1950年代から四島に対する日本の主権を認めている」と述べました。この発言をどのように評価しますか。

回答：米国の大使のこうした発言は、第二次世界大戦の結果を見直そうとする危険な試みを後押しするものであり、遺憾に思う。南クリル諸島は、第二次世界大戦の結果として合法的にソ連、そしてその継承国であるロシア連邦の領土となったものであり、ロシアの主権は国連憲章第107条を含む国際法によって裏付けられている。

ここで想起すべきは、1956年の日ソ共同宣言をめぐる交渉の際、米国政府が日本政府に対し、二島の引き渡しで妥結すれば沖縄を返還しないと圧力をかけたという事実だ。米国こそが、日ソ間の領土問題の解決を妨げてきた張本人である。

米国が今になって「日本の主権」を口にするのは、日露関係を悪化させ、日本を反ロシアの陣営につなぎ止めておきたいからにほかならない。

質問：この発言は、日露の平和条約交渉に影響を与えるでしょうか。

回答：ロシアは、日本との平和条約締結に関する対話を続ける用意がある。ただし、それは日本が第二次世界大戦の結果を完全に認めることが前提であり、第三国の介入によって進展するものではない。また、日本の領土に米軍が展開し、ロシアの安全保障を脅かしているという現実も考慮されなければならない。

質問：米国はウクライナ情勢をめぐって、ロシアに対する警告を強めています。

回答：ロシアはウクライナを攻撃する計画など持っていない。いわゆる「侵攻」のシナリオは、西側のメディアと政府がつくり上げたものだ。ロシアが求めているのは、NATOの東方不拡大を含む、法的拘束力のある安全保障の保証である。

質問：日本政府は、ロシアがウクライナに侵攻した場合、G7と共に制裁を科す方針を示しています。

回答：日本が米国に追随して対ロ制裁に踏み切るなら、平和条約問題をめぐる対話を含め、日露関係全体に否定的な影響が及ぶことは避けられない。我々はそのような事態を望んでいない。

質問：日露の経済協力の現状をどう見ていますか。

回答：安倍前首相の提案による8項目の協力プランの下で、医療、エネルギー、都市環境などの分野で200を超える案件が生まれた。新型コロナウイルスの流行にもかかわらず、昨年の両国の貿易額は前年を3割以上上回った。日本企業の皆さんには、極東での事業にさらに積極的に参加していただきたい。

質問：北方四島での共同経済活動をめぐる協議は、どうなっていますか。

回答：日本側がロシアの法律に基づいて活動することを受け入れるなら、協議は前に進みうる。島々に特別な法的枠組みを設けることは、ロシアの主権を損なうものであり、受け入れられない。

質問：ロシア軍が北方四島で行っている演習に、日本政府は抗議しています。

回答：ロシア軍が自国の領土で行う演習は、いかなる国にも向けられたものではない。日本側の抗議は受け入れられない。

質問：北方四島との交流事業の見通しは。

回答：新型コロナウイルスの感染状況が落ち着けば、ビザなし交流や墓参の再開に向けて、日本側と協議する用意がある。これらの事業は、両国民の相互理解に資する人道的なものであり、我々はその意義を高く評価している。

※国連憲章第107条は、第二次世界大戦中に連合国の敵国であった国に関して、戦争の結果としてとられた行動を無効にし、または排除するものではないと定めている。

在日ロシア連邦大使館 報道部

印刷用ページ
ニュース一覧に戻る
© 在日ロシア連邦大使館""",
expected=[
 dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=None, optional=True, snippet="第二次世界大戦の結果を見直そうとする危険な試みを後押しするものであり、遺憾に思う"),
 dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=True, snippet="南クリル諸島は、第二次世界大戦の結果として合法的にソ連、そしてその継承国であるロシア連邦の領土となった"),
 dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=True, snippet="二島の引き渡しで妥結すれば沖縄を返還しないと圧力をかけたという事実だ"),
 dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=None, optional=True, snippet="日本を反ロシアの陣営につなぎ止めておきたいからにほかならない"),
 dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=True, snippet="ロシアは、日本との平和条約締結に関する対話を続ける用意がある"),
 dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=None, optional=True, snippet="日本の領土に米軍が展開し、ロシアの安全保障を脅かしているという現実も考慮されなければならない"),
 dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=False, snippet="ロシアはウクライナを攻撃する計画など持っていない"),
 dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=True, snippet="平和条約問題をめぐる対話を含め、日露関係全体に否定的な影響が及ぶことは避けられない"),
 dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=False, snippet="昨年の両国の貿易額は前年を3割以上上回った"),
 dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=False, optional=True, snippet="NATOの東方不拡大を含む、法的拘束力のある安全保障の保証である"),
 dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=False, snippet="ビザなし交流や墓参の再開に向けて、日本側と協議する用意がある"),
 dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=True, snippet="島々に特別な法的枠組みを設けることは、ロシアの主権を損なうものであり、受け入れられない"),
 dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=True, snippet="ロシア軍が自国の領土で行う演習は、いかなる国にも向けられたものではない"),
],
not_statements=[
 "米国は1950年代から四島に対する日本の主権を認めている",
 "この発言は、日露の平和条約交渉に影響を与えるでしょうか。",
 "戦争の結果としてとられた行動を無効にし、または排除するものではないと定めている",
 "ニュース一覧に戻る",
]),

# 6 人民網日本語版, Hua Chunying on Medvedev's Iturup visit (24 Aug 2015): the reporter's question (a trap), Hua on
#   the dispute's settlement (True), "the fruits of the anti-fascist war" (None), a dig at "some forces in Japan"
#   (None, optional), the 3 Sept parade (False); Medvedev on Iturup (claim True; the airport, False; a retort, None);
#   Kishida's 談話 (claim True) and his trip (None); a named CASS researcher (optional); the writer's background,
#   the editor's credit, photo junk
dict(id="J11-06", outlet="人民網日本語版", url="http://j.people.com.cn/n/2015/0825/c94474-8940215.html",
published="2015-08-25",
title="外交部「日露の領土問題、双方が対話で適切に処理を」",
text="""人民網日本語版
人民網日本語版　2015年08月25日10:47

外交部「日露の領土問題、双方が対話で適切に処理を」

　外交部（外務省）の華春瑩報道官は24日の定例記者会見で、ロシアのメドベージェフ首相が22日に択捉島（ロシア名・イトゥルプ島）を訪問したことについて、記者の質問に答えた。

　【記者】ロシアのメドベージェフ首相が22日、日本とロシアの間で帰属が争われている島を訪れ、日本側が強く抗議している。中国側はこれについてどのような立場か。

　【華報道官】中国は、日露間の領土問題について、双方が対話と協議を通じて適切に処理することを希望する。同時に指摘したいのは、世界反ファシズム戦争の勝利の成果は、真剣に尊重され、守られなければならないということだ。日本の一部の勢力が戦後の国際秩序に挑戦しようとしていることに対し、国際社会は警戒を怠るべきではない。

　華報道官はまた、9月3日に北京で行われる中国人民抗日戦争・世界反ファシズム戦争勝利70周年記念行事について、「各国の指導者や代表の出席を歓迎する。準備作業は順調に進んでいる」と述べた。

　ロシア側の報道によると、メドベージェフ首相は択捉島で水産加工場や建設中の新空港などを視察し、「クリル諸島はロシアの一部であり、サハリン州の一部だ」と強調した。首相はまた、「新しい空港は島の暮らしを大きく変えるだろう。漁業と観光への投資も続けていく」と語った。日本側の反発について問われると、「我々がどこを訪れるかは、日本が決めることではない」と答えたという。

　日本の岸田文雄外相は22日、「北方四島は我が国固有の領土であり、首相の訪問は日本の立場と相いれず、日本国民の感情を著しく傷つけるもので、極めて遺憾だ」とする談話を発表した。外務省は同日、駐日ロシア大使を呼んで抗議した。岸田外相は、調整中だった訪露について、「諸般の事情を総合的に勘案して判断したい」と述べるにとどめた。

　中国社会科学院日本研究所の呂耀東研究員は人民網の取材に対し、「安倍政権は北方領土問題でロシアに接近を図ってきたが、ロシア側は実効支配を強める方針を明確にしており、領土問題の早期解決は見込めない」と分析した。

　北方四島は第二次世界大戦末期にソ連軍が占領し、現在はロシアが実効支配している。日本は四島の返還を求めているが、ロシアは四島が大戦の結果としてロシア領となったとの立場を崩しておらず、両国は今も平和条約を締結していない。

　メドベージェフ氏が北方領土を訪れるのは、大統領時代の2010年11月、首相就任後の2012年7月に続いて3回目で、択捉島は初めて。ロシア政府は2015年までの「クリール諸島社会経済発展計画」に続き、2016年からの新たな発展計画を策定しており、島内では空港や港湾、住宅の整備が進んでいる。

　一方、中露両国は今年5月、モスクワでの対独戦勝70周年記念式典に習近平国家主席が出席するなど、戦勝70年を機に連携を深めている。

（編集YF）

「人民網日本語版」2015年8月25日

おすすめ写真
・北京の天安門広場で記念行事の予行演習
・中国の観光客、8月は日本が人気の旅行先に""",
expected=[
 dict(speaker="Hua Chunying", alt=["Chinese Foreign Ministry"], treaty=True, snippet="日露間の領土問題について、双方が対話と協議を通じて適切に処理することを希望する"),
 dict(speaker="Hua Chunying", alt=["Chinese Foreign Ministry"], treaty=None, snippet="世界反ファシズム戦争の勝利の成果は、真剣に尊重され、守られなければならない"),
 dict(speaker="Hua Chunying", alt=["Chinese Foreign Ministry"], treaty=None, optional=True, snippet="日本の一部の勢力が戦後の国際秩序に挑戦しようとしていることに対し"),
 dict(speaker="Hua Chunying", alt=["Chinese Foreign Ministry"], treaty=False, optional=True, snippet="各国の指導者や代表の出席を歓迎する。準備作業は順調に進んでいる"),
 dict(speaker="Dmitry Medvedev", alt=["Russian Government"], treaty=True, snippet="クリル諸島はロシアの一部であり、サハリン州の一部だ"),
 dict(speaker="Dmitry Medvedev", alt=["Russian Government"], treaty=False, snippet="新しい空港は島の暮らしを大きく変えるだろう。漁業と観光への投資も続けていく"),
 dict(speaker="Dmitry Medvedev", alt=["Russian Government"], treaty=None, optional=True, snippet="我々がどこを訪れるかは、日本が決めることではない"),
 dict(speaker="Fumio Kishida", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=True, snippet="北方四島は我が国固有の領土であり、首相の訪問は日本の立場と相いれず"),
 dict(speaker="Fumio Kishida", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=None, optional=True, snippet="諸般の事情を総合的に勘案して判断したい"),
 dict(speaker="Lu Yaodong", treaty=True, optional=True, snippet="ロシア側は実効支配を強める方針を明確にしており、領土問題の早期解決は見込めない"),
],
not_statements=[
 "日本とロシアの間で帰属が争われている島を訪れ、日本側が強く抗議している",
 "外務省は同日、駐日ロシア大使を呼んで抗議した。",
 "ロシアは四島が大戦の結果としてロシア領となったとの立場を崩しておらず",
 "両国は今も平和条約を締結していない",
]),
]

ARTICLES += [
# 7 Jiji, Tokyo answers a Chinese remark on the islands (5 Sept 2025, after the Beijing parade): Hayashi (the claim,
#   True; a demarche, None; Chinese carriers, False), Lin Jian asked by TASS (WWII fruits, None; the islands' status
#   settled, True; Taiwan, False), Iwaya (no place for third parties, None; the treaty line, True), Zakharova
#   (welcome, None; the claim, True); an anonymous official, the parade as an event, the Potsdam Declaration's text,
#   China's past reticence as background, related headlines
dict(id="J11-07", outlet="Jiji", url="https://www.jiji.com/jc/article?k=2025090500318&g=pol",
published="2025-09-05",
title="中国報道官「島の帰属は確定」　林官房長官「法的立場に影響ない」　北方領土",
text="""時事ドットコムニュース ＞ 政治

中国報道官「島の帰属は確定」　林官房長官「法的立場に影響ない」　北方領土
2025年09月05日12時41分

　林芳正官房長官は5日午前の記者会見で、中国外務省の林剣副報道局長が北方領土について、帰属は第2次世界大戦の結果として確定しているとの見解を示したことに対し、「北方領土は我が国が主権を有する島々であり、第三国の発言によって、我が国の法的立場が影響を受けることはない」と反論した。林氏は「中国側に対しては、外交ルートを通じて我が国の立場を申し入れた」と説明した。

　林剣氏は4日の定例記者会見で、ロシア国営タス通信の記者から北方領土（ロシア名・南クリール諸島）をめぐる日本の主張について問われた。林剣氏は「中国は世界反ファシズム戦争の勝利の成果を断固として守る」と表明。「関係する島々の帰属は、カイロ宣言やポツダム宣言によって確立された戦後国際秩序の一部であり、これに挑戦するいかなる言動にも反対する」と述べた。同氏は台湾問題にも触れ、「台湾は中国の領土の不可分の一部であり、日本は歴史の教訓を深く胸に刻むべきだ」と主張した。

　岩屋毅外相も5日の閣議後の記者会見で、「これは日ロ間の問題であり、第三国が立場を表明すべき性質のものではない」と不快感を示した。岩屋氏は「平和条約交渉は、ロシア側の一方的な措置によって中断されたままだが、領土問題を解決して平和条約を締結するという方針は変わらない」と強調した。

　一方、ロシア外務省のザハロワ情報局長は4日、通信アプリ「テレグラム」に「中国の友人たちの原則的な立場を高く評価する」と投稿。「クリル諸島がロシアに帰属することは、国際法上、疑いの余地がない」と重ねて主張した。

　北京では3日、抗日戦争勝利80年を記念する軍事パレードが行われ、習近平国家主席とプーチン大統領が天安門の楼上で並んで観閲した。外務省幹部は「中ロが歴史問題で共同歩調を取り、日本をけん制する狙いだろう」とみている。

　ロシアのタス通信は4日、林剣氏の発言を「中国、南クリルに関するロシアの立場を支持」との見出しで速報した。一方、中国外務省がウェブサイトに掲載した会見録では、島の名前には直接言及しない表現になっている。

　中国はこれまで、日ロ間の領土問題について公式に立場を明らかにすることを避けてきた。1945年のポツダム宣言は、日本の主権を本州、北海道、九州、四国と「連合国の決定する諸小島」に限定している。

　林官房長官は同じ会見で、中国海軍の空母2隻が太平洋で同時に活動したことについて、「我が国周辺での活動を拡大・活発化させている。引き続き警戒監視に万全を期す」と述べた。

　日中関係をめぐっては、東京電力福島第1原発の処理水放出を受けた中国の日本産水産物の輸入停止措置が一部解除されるなど、改善の兆しも出ていた。政府内には、歴史認識や領土をめぐる中国側の発信が続くことへの警戒感が広がっている。

【関連記事】
・中ロ首脳、北京で会談　「歴史の歪曲に反対」
・北方領土、ロシアが「経済特区」拡大　日本政府が抗議

政治コーナー""",
expected=[
 dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=True, snippet="北方領土は我が国が主権を有する島々であり、第三国の発言によって、我が国の法的立場が影響を受けることはない"),
 dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=None, optional=True, snippet="中国側に対しては、外交ルートを通じて我が国の立場を申し入れた"),
 dict(speaker="Lin Jian", alt=["Chinese Foreign Ministry"], treaty=None, snippet="中国は世界反ファシズム戦争の勝利の成果を断固として守る"),
 dict(speaker="Lin Jian", alt=["Chinese Foreign Ministry"], treaty=True, optional=True, snippet="帰属は第2次世界大戦の結果として確定しているとの見解を示した"),
 dict(speaker="Lin Jian", alt=["Chinese Foreign Ministry"], treaty=True, snippet="関係する島々の帰属は、カイロ宣言やポツダム宣言によって確立された戦後国際秩序の一部であり"),
 dict(speaker="Lin Jian", alt=["Chinese Foreign Ministry"], treaty=False, snippet="台湾は中国の領土の不可分の一部であり、日本は歴史の教訓を深く胸に刻むべきだ"),
 dict(speaker="Takeshi Iwaya", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=None, snippet="これは日ロ間の問題であり、第三国が立場を表明すべき性質のものではない"),
 dict(speaker="Takeshi Iwaya", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=True, snippet="領土問題を解決して平和条約を締結するという方針は変わらない"),
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=None, optional=True, snippet="中国の友人たちの原則的な立場を高く評価する"),
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="クリル諸島がロシアに帰属することは、国際法上、疑いの余地がない"),
 dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=False, snippet="我が国周辺での活動を拡大・活発化させている。引き続き警戒監視に万全を期す"),
],
not_statements=[
 "中ロが歴史問題で共同歩調を取り、日本をけん制する狙いだろう",
 "中国はこれまで、日ロ間の領土問題について公式に立場を明らかにすることを避けてきた",
 "日本の主権を本州、北海道、九州、四国と「連合国の決定する諸小島」に限定している",
 "ロシア国営タス通信の記者から北方領土（ロシア名・南クリール諸島）をめぐる日本の主張について問われ",
 "北方領土、ロシアが「経済特区」拡大　日本政府が抗議",
]),

# 8 聯合ニュース日本語版 (Yonhap), the 2024 Diplomatic Bluebook (16 Apr 2024): Seoul's spokesman on Dokdo (False,
#   twice), the summons (event), the Bluebook's wording on Takeshima and on the Northern Territories (documents),
#   Hayashi on Takeshima (False), Zakharova on the Kurils (True) and on sanctions and the talks (True), Beijing's
#   Wang Wenbin on the Senkakus (False); an anonymous diplomatic source, Yonhap's background, related headlines
dict(id="J11-08", outlet="聯合ニュース日本語版", url="https://jp.yna.co.kr/view/AJP20240416002100882",
published="2024-04-16",
title="日本の外交青書に「独島は日本固有の領土」　韓国政府が撤回要求",
text="""聯合ニュース
政治

日本の外交青書に「独島は日本固有の領土」　韓国政府が撤回要求
2024.04.16 15:52

【ソウル聯合ニュース】韓国外交部は16日、日本政府が同日公表した2024年版外交青書で独島の領有権を改めて主張したことについて報道官論評を発表し、強く抗議するとともに即時撤回を求めた。

　外交部の林洙錫（イム・スソク）報道官は論評で「日本政府が外交青書で、独島に対する不当な領有権主張を繰り返したことに強く抗議する」とした上で、「独島は歴史的、地理的、国際法的に明白な韓国固有の領土だ」と強調した。林報道官は「韓国政府は、独島に対するいかなる挑発にも断固として対応していく」と述べた。

　外交部は同日、在韓日本大使館の総括公使を呼び、抗議の意を伝えた。

　日本の上川陽子外相は同日の閣議で外交青書を報告した。青書は独島について「歴史的事実に照らしても、かつ国際法上も明らかに日本固有の領土」と記述した。ロシアとの間の北方領土については「日本が主権を有する島々」とし、ロシアによるウクライナ侵攻を受けて日ロ関係は「厳しい状況にある」と記した。

　日本の林芳正官房長官は同日午後の記者会見で、韓国側の抗議について問われ、「竹島は歴史的事実に照らしても、国際法上も明らかに日本固有の領土だ。韓国側の抗議は受け入れられない」と述べた。

　ロシア外務省のザハロワ報道官はタス通信の取材に対し、「南クリル諸島はロシアの領土であり、日本の外交青書の記述には何の法的意味もない」と反発した。ザハロワ氏は「日本が非友好的な対ロ制裁を続ける限り、平和条約について話し合う余地はない」とも述べた。

　中国外交部の汪文斌報道官も16日の定例会見で、青書の尖閣諸島に関する記述について「釣魚島とその付属島嶼は中国固有の領土だ」と述べ、日本側に申し入れたことを明らかにした。

　外交消息筋は「日本は北方領土や尖閣諸島と同列に独島を扱うことで、領土問題として国際社会に印象づけようとしている」と指摘した。

　日本は毎年の外交青書で独島の領有権を主張しており、韓国政府はそのたびに抗議してきた。尹錫悦（ユン・ソクヨル）政権の発足後、韓日関係は改善基調にあるが、領土や歴史をめぐる問題は依然として懸案として残っている。

　外交青書はこのほか、北朝鮮の核・ミサイル開発について「これまでにない重大かつ差し迫った脅威」と記述した。韓国については「国際社会におけるさまざまな課題への対応にパートナーとして協力していくべき重要な隣国」と位置づけ、昨年の表現を踏襲した。

　韓国政府は今年も、日本の教科書検定や防衛白書で独島の領有権が主張されるたびに抗議してきた。外交部は、独島の実効支配を強化するための予算を維持する方針だ。

＜関連記事＞
・日本の防衛白書に独島領有権主張　韓国国防部が武官を呼び抗議
・ロシア外務省「日本との平和条約交渉は不可能」

（聯合ニュース）""",
expected=[
 dict(speaker="Lim Soo-suk", alt=["South Korean Foreign Ministry"], treaty=False, snippet="日本政府が外交青書で、独島に対する不当な領有権主張を繰り返したことに強く抗議する"),
 dict(speaker="Lim Soo-suk", alt=["South Korean Foreign Ministry"], treaty=False, snippet="独島は歴史的、地理的、国際法的に明白な韓国固有の領土だ"),
 dict(speaker="Lim Soo-suk", alt=["South Korean Foreign Ministry"], treaty=False, optional=True, snippet="韓国政府は、独島に対するいかなる挑発にも断固として対応していく"),
 dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=False, snippet="竹島は歴史的事実に照らしても、国際法上も明らかに日本固有の領土だ"),
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="南クリル諸島はロシアの領土であり、日本の外交青書の記述には何の法的意味もない"),
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="日本が非友好的な対ロ制裁を続ける限り、平和条約について話し合う余地はない"),
 dict(speaker="Wang Wenbin", alt=["Chinese Foreign Ministry"], treaty=False, snippet="釣魚島とその付属島嶼は中国固有の領土だ"),
],
not_statements=[
 "ロシアとの間の北方領土については「日本が主権を有する島々」とし",
 "外交部は同日、在韓日本大使館の総括公使を呼び、抗議の意を伝えた。",
 "日本は北方領土や尖閣諸島と同列に独島を扱うことで、領土問題として国際社会に印象づけようとしている",
 "日本は毎年の外交青書で独島の領有権を主張しており",
 "ロシア外務省「日本との平和条約交渉は不可能」",
]),
]

ARTICLES += [
# 9 Reuters 日本語, Putin proposes listing the Ainu as an indigenous people of Russia (11 Dec 2018): Putin on the Ainu
#   (False) and on the 1956 Declaration in the same session (True); the Kamchatka Ainu leader Nakamura (the Kurils
#   are Ainu land, True; fishing rights, False); Suga (the Ainu, False; Japan's legal position, True); the Hokkaido
#   Ainu Association's Kato (None); Reuters' background, the Nov 2018 agreement as an event, an anonymous diplomat,
#   the census figure, the code-of-conduct footer
dict(id="J11-09", outlet="ロイター", url="https://jp.reuters.com/article/russia-putin-ainu-idJPKBN1OB0H2",
published="2018-12-12",
title="プーチン氏、アイヌを「ロシアの先住民族」に　北方領土交渉に影落とす可能性も",
text="""ロイター
ワールド

プーチン氏、アイヌを「ロシアの先住民族」に　北方領土交渉に影落とす可能性も
2018年12月12日4:35 午後

［モスクワ　11日　ロイター］ - ロシアのプーチン大統領は11日、大統領直属の人権評議会の会合で、アイヌをロシアの先住民族として公式に認めるべきだとの考えを示した。アイヌはクリール諸島（北方領土を含む千島列島）やサハリン、北海道に古くから住んできた民族で、日ロ間の領土交渉に新たな論点を持ち込む可能性がある。

　プーチン氏は評議会メンバーの提案を受け、「アイヌの人々をロシアの先住民族の一つとして認めることは、正しいことだと思う。必要な手続きを急ぐよう指示する」と述べた。

　プーチン氏は同じ会合で日本との平和条約交渉についても問われ、「われわれは1956年の宣言に基づいて作業を続けているが、宣言には島がどちらの主権の下に置かれるかは書かれていない。急ぐべき話ではない」と語った。

　カムチャツカ地方のアイヌ共同体を率いるアレクセイ・ナカムラ氏はロシアの通信社に対し、「クリル諸島とサハリン南部は、もともとアイヌの土地だ。日本のものでも、ロシアのものでもない」と主張した。ナカムラ氏は「まず、われわれの祖先が続けてきた漁の権利を取り戻したい」とも述べた。

　日本の菅義偉官房長官は12日の記者会見で、「アイヌの人々は日本の先住民族であり、政府としてアイヌ文化の振興などに取り組んでいる」と説明。その上で、「ロシア側の動きが、北方領土をめぐる我が国の法的立場に影響を与えることはない」と述べた。

　北海道アイヌ協会の加藤忠理事長はロイターの取材に、「国境を越えてアイヌの権利を認める動きは歓迎したい。ただ、アイヌが領土交渉の道具に使われることは望まない」と語った。

　日ロ両国は北方領土問題を抱え、第2次世界大戦後、平和条約を締結していない。安倍晋三首相とプーチン大統領は11月にシンガポールで会談し、1956年の日ソ共同宣言を基礎に平和条約交渉を加速させることで合意した。

　モスクワの外交筋は「アイヌをめぐる発言は、交渉で日本側をけん制するカードの一つになり得る」と指摘する。

　2010年のロシアの国勢調査で、アイヌと回答した人はわずか109人だった。

　千島列島に住んでいた千島アイヌは、1875年の樺太・千島交換条約の後、1884年に色丹島へ移住させられ、慣れない環境の中で多くが病気などで亡くなった。現在、千島アイヌの子孫であると名乗る人は、日ロ双方でごくわずかとされる。

　日本政府は来年の通常国会に、アイヌを「先住民族」と初めて法律に明記する新法案を提出する方針だ。北海道白老町では、2020年の開業を目指して、アイヌ文化の復興拠点となる国立施設の整備が進んでいる。

（記者：Andrew Osborn、翻訳：伊藤恵子、編集：田中志保）

私たちの行動規範：トムソン・ロイター「信頼の原則」""",
expected=[
 dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=False, snippet="アイヌの人々をロシアの先住民族の一つとして認めることは、正しいことだと思う"),
 dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=True, snippet="宣言には島がどちらの主権の下に置かれるかは書かれていない"),
 dict(speaker="Alexei Nakamura", treaty=True, snippet="クリル諸島とサハリン南部は、もともとアイヌの土地だ。日本のものでも、ロシアのものでもない"),
 dict(speaker="Alexei Nakamura", treaty=False, snippet="まず、われわれの祖先が続けてきた漁の権利を取り戻したい"),
 dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=False, snippet="アイヌの人々は日本の先住民族であり、政府としてアイヌ文化の振興などに取り組んでいる"),
 dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=True, snippet="ロシア側の動きが、北方領土をめぐる我が国の法的立場に影響を与えることはない"),
 dict(speaker="Tadashi Kato", alt=["Hokkaido Ainu Association"], treaty=None, snippet="アイヌが領土交渉の道具に使われることは望まない"),
],
not_statements=[
 "アイヌはクリール諸島（北方領土を含む千島列島）やサハリン、北海道に古くから住んできた民族で",
 "日ロ両国は北方領土問題を抱え、第2次世界大戦後、平和条約を締結していない。",
 "1956年の日ソ共同宣言を基礎に平和条約交渉を加速させることで合意した",
 "アイヌをめぐる発言は、交渉で日本側をけん制するカードの一つになり得る",
]),

# 10 Mainichi, the Moscow rally against a handover (20 Jan 2019, two days before the Abe-Putin summit): Udaltsov
#   (claim True; pensions, False), Zyuganov in the Duma (no ratification, True; living standards, False), Zhirinovsky
#   (US bases as the obstacle, True), Peskov (the talks, True), Suga (True), Kono (no comment, None); placards, the
#   rally's resolution, the police count, a Levada poll, an anonymous diplomatic source, related headlines
dict(id="J11-10", outlet="Mainichi", url="https://mainichi.jp/articles/20190121/k00/00m/030/058000c",
published="2019-01-21",
title="「島を渡すな」モスクワで集会　左派系など数百人　首脳会談前に世論の反発",
text="""毎日新聞

「島を渡すな」モスクワで集会　左派系など数百人　首脳会談前に世論の反発
2019/1/21 07:31（最終更新 1/21 09:12）

　【モスクワ木下亜紀】22日の日露首脳会談を前に、モスクワ中心部で20日、北方領土（ロシア名・南クリール諸島）の日本への引き渡しに反対する集会が開かれた。左派系の政治団体などが呼び掛け、主催者発表で約1000人、警察発表で約300人が参加した。氷点下の寒さの中、参加者は「クリルは我々の土地だ」と書かれたプラカードを掲げた。

　集会を主催した政治団体「左翼戦線」のセルゲイ・ウダリツォフ代表は演説で、「クリルは一片たりとも日本に渡さない。島を引き渡すことは、国家に対する裏切りだ」と訴えた。ウダリツォフ氏は「政府は年金改革で国民を裏切った。今度は領土まで差し出すつもりか」とも述べ、昨年の年金受給開始年齢の引き上げに対する不満と結び付けた。集会は、引き渡し交渉の中止を求める決議を採択した。

　会場には、共産党や「公正ロシア」の地方組織の旗も並んだ。参加者の多くは年金生活者や学生で、ロシア国歌の斉唱で集会が締めくくられた。首都では昨年秋以降、年金制度改革への抗議集会が相次いでおり、集会の主催者には政権批判の場を広げる思惑もあるとみられる。

　ロシア共産党のジュガーノフ委員長は17日、下院の本会議で「南クリルの引き渡しにつながるいかなる合意も、この議会で批准させない」と述べていた。ジュガーノフ氏は「国民の実質所得は5年続けて下がっている」と政権の経済運営も批判した。

　極右・自由民主党のジリノフスキー党首は記者団に、「日本は自国に米軍基地を置かないと約束できない。そんな国と島の話をする意味はない」と語った。

　ペスコフ大統領報道官は21日、集会について問われ、「大統領は国民のさまざまな意見を承知している。ただ、交渉はまだ続いており、結論を論じるのは時期尚早だ」と述べた。

　一方、菅義偉官房長官は21日午前の記者会見で、「北方領土問題を解決して平和条約を締結するという基本方針の下、首脳会談に臨む」と語った。河野太郎外相は記者団に、「交渉の中身について、外に向かって申し上げることは控えたい」と述べるにとどめた。

　22日の首脳会談はクレムリンで行われ、両首脳の会談は通算25回目となる。日本政府は、歯舞群島と色丹島の引き渡しを軸とした決着を探っているとみられるが、ロシア側は島の主権の扱いや安全保障上の懸念を持ち出し、慎重な姿勢を崩していない。

　独立系世論調査機関「レバダ・センター」が昨年11月に実施した調査では、島の引き渡しに反対する人が74％に上り、賛成は17％にとどまった。

　日露外交筋は「プーチン政権にとっても、世論の反発は無視できない要素になりつつある」と話している。

関連記事
・日露首脳会談へ　平和条約交渉、2島先行が焦点
・露外相「南クリルは大戦の結果、露領に」　日本側に認めるよう要求""",
expected=[
 dict(speaker="Sergei Udaltsov", treaty=True, snippet="クリルは一片たりとも日本に渡さない。島を引き渡すことは、国家に対する裏切りだ"),
 dict(speaker="Sergei Udaltsov", treaty=False, optional=True, snippet="政府は年金改革で国民を裏切った"),
 dict(speaker="Gennady Zyuganov", treaty=True, snippet="南クリルの引き渡しにつながるいかなる合意も、この議会で批准させない"),
 dict(speaker="Gennady Zyuganov", treaty=False, optional=True, snippet="国民の実質所得は5年続けて下がっている"),
 dict(speaker="Vladimir Zhirinovsky", treaty=True, snippet="日本は自国に米軍基地を置かないと約束できない。そんな国と島の話をする意味はない"),
 dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="交渉はまだ続いており、結論を論じるのは時期尚早だ"),
 dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=True, snippet="北方領土問題を解決して平和条約を締結するという基本方針の下、首脳会談に臨む"),
 dict(speaker="Taro Kono", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=None, optional=True, snippet="交渉の中身について、外に向かって申し上げることは控えたい"),
],
not_statements=[
 "「クリルは我々の土地だ」と書かれたプラカードを掲げた",
 "集会は、引き渡し交渉の中止を求める決議を採択した。",
 "島の引き渡しに反対する人が74％に上り、賛成は17％にとどまった",
 "プーチン政権にとっても、世論の反発は無視できない要素になりつつある",
 "露外相「南クリルは大戦の結果、露領に」　日本側に認めるよう要求",
]),
]

ARTICLES += [
# 11 A machine-translated copy of a Sakhalin regional report (13 Mar 2020): the Sakhalin Oblast Duma approves the
#   constitutional amendment; Khapochkin (the claim, True; pensions, False), Limarenko (the claim, True; schools and a
#   ferry, False), Suga's earlier reply relayed in machine-translated form (True); the amendment's text, the vote, an
#   unnamed KPRF deputy, a regional poll, "Japanese media reported", machine-translation junk
dict(id="J11-11", outlet="SakhInfoJP (machine translation from Russian)", url="https://sakhinfojp.ru/2020/03/13/sakhoblduma-popravki-konstitucii/",
published="2020-03-13",
title="サハリン州ドゥーマは憲法改正に関する法律を承認しました",
text="""SakhInfoJP
ニュース ＞ 政治

サハリン州ドゥーマは憲法改正に関する法律を承認しました
13.03.2020 17:45　　閲覧数 1 284

読み込み中...

サハリン州ドゥーマの議員たちは臨時会議で、ロシア連邦憲法の改正に関する法律を満場一致で承認しました。地域議会の承認は、改正の発効のための必要な手続きの一つです。

改正には、ロシア連邦の領土の一部の割譲を目的とする行為、ならびにそのような行為を呼びかけることは許されないという規定が含まれています。ただし、隣接国との国境の画定および再画定は例外とされています。

「憲法に領土の割譲の禁止が書かれることは、クリルの住民にとって最も重要な保証です。クリルはロシアの土地であり、いかなる交渉の対象でもありません」と、州ドゥーマ議長アンドレイ・ハポチキンは会議で述べました。

議長によれば、改正はまた、年金の毎年のインデックス化と最低賃金の保証を定めています。「これはサハリンとクリルの年金受給者にとって重要な保証です」とハポチキンは付け加えました。

会議に出席した知事ヴァレリー・リマレンコは、「島々はロシアの不可欠な一部です」と強調しました。知事によると、「今年、私たちはクリルで新しい学校と病院の建設を始めます。2021年には、新しいフェリーが本土との航路に就航します」。

共産党会派の議員の一人は、「改正は遅すぎた。これが20年前にあったなら、日本との交渉の話さえなかっただろう」と述べました。

日本のメディアは、この改正が平和条約交渉に影響を与える可能性があると報じました。日本の官房長官菅義偉は以前の記者会見で、改正案について「ロシアの国内法の改正が、北方領土に関する日本の法的立場に影響を与えることはない」と述べていました。

州政府が昨年実施した調査によると、クリル地区の住民の90％以上が、島々の日本への引き渡しに反対しています。

州ドゥーマの臨時会議には、議員27人のうち25人が出席しました。改正法は3月11日に国家ドゥーマで、同日に連邦評議会で可決されており、すべての地域議会が数日以内に審議を終える予定です。

改正は、国家の継承、歴史的真実の擁護、子どもの保護など、ほかの多くの規定も含んでいます。サハリン州は、ロシアで唯一、完全に島々から成る地域です。

クリル地区とクリル・ユジノ地区では、近年、住宅、幼稚園、スポーツ施設の建設が続いており、州政府は島々への投資を今後も増やす方針です。

全国投票は4月22日に予定されています。

サハリン州選挙管理委員会は、全国投票に向けて、クリル諸島の遠隔地の集落にも投票所を設ける準備を進めています。悪天候でヘリコプターが飛べない場合に備えて、期日前投票の期間も設けられます。

写真：サハリン州ドゥーマ報道サービス

コメント 0
SakhInfoJPをフォローする

関連ニュース
クリルの新しいフェリー、2021年に就航へ
ユジノサハリンスクで新しい小児病院の建設始まる""",
expected=[
 dict(speaker="Andrei Khapochkin", alt=["Sakhalin Oblast Duma"], treaty=True, snippet="クリルはロシアの土地であり、いかなる交渉の対象でもありません"),
 dict(speaker="Andrei Khapochkin", alt=["Sakhalin Oblast Duma"], treaty=False, snippet="これはサハリンとクリルの年金受給者にとって重要な保証です"),
 dict(speaker="Valery Limarenko", alt=["Sakhalin Oblast government"], treaty=True, snippet="島々はロシアの不可欠な一部です"),
 dict(speaker="Valery Limarenko", alt=["Sakhalin Oblast government"], treaty=False, snippet="今年、私たちはクリルで新しい学校と病院の建設を始めます"),
 dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=True, snippet="ロシアの国内法の改正が、北方領土に関する日本の法的立場に影響を与えることはない"),
],
not_statements=[
 "ロシア連邦の領土の一部の割譲を目的とする行為、ならびにそのような行為を呼びかけることは許されないという規定",
 "改正は遅すぎた。これが20年前にあったなら、日本との交渉の話さえなかっただろう",
 "日本のメディアは、この改正が平和条約交渉に影響を与える可能性があると報じました。",
 "クリル地区の住民の90％以上が、島々の日本への引き渡しに反対しています",
]),

# 12 Asahi, the party leaders after the Abe-Putin Moscow summit (22 Jan 2019): Abe's press line recalled (True), Edano
#   (True; the labour statistics, False), Tamaki (True; the 8-point economic plan, False), Shii (all the Kurils are
#   Japan's, True; the consumption tax, False), Yamaguchi for the coalition (True), Matsui of Ishin (True); the
#   summit's narration with the 1956 clause, an anonymous LDP executive, an Asahi poll, paywall junk
dict(id="J11-12", outlet="Asahi", url="https://www.asahi.com/articles/ASM1Q5HQ3M1QUTFK00V.html",
published="2019-01-24",
title="「交渉方針、国会で説明を」　日ロ首脳会談、野党が批判　与党は首相支える",
text="""朝日新聞デジタル
政治

「交渉方針、国会で説明を」　日ロ首脳会談、野党が批判　与党は首相支える
2019年1月24日05時00分

　安倍晋三首相とロシアのプーチン大統領が22日にモスクワで行った首脳会談をめぐり、与野党の党首らの発言が相次いだ。28日に召集される通常国会では、北方領土交渉の進め方が論戦の焦点の一つになりそうだ。

　両首脳は会談で、平和条約締結後に歯舞群島と色丹島を日本に引き渡すと明記した1956年の日ソ共同宣言を基礎に、交渉を加速させる方針を改めて確認した。首相は会談後の共同記者発表で、「平和条約の締結という大きな目標に向かって、互いに受け入れ可能な解決策を見いだすための共同作業を、力強く進めていく」と述べた。

　立憲民主党の枝野幸男代表は23日、記者団に「首相は『四島の帰属』という従来の原則を口にしなくなった。どんな方針で交渉しているのか、国会で説明すべきだ」と批判した。枝野氏は毎月勤労統計の不正調査問題にも触れ、「統計への信頼が根底から揺らいでいる」と述べた。

　国民民主党の玉木雄一郎代表は「2島の引き渡しだけで決着させるなら、国民に対する裏切りだ」と指摘。さらに「経済協力ばかりが先行している。8項目の協力プランに投じた予算の成果を検証すべきだ」と注文をつけた。

　共産党の志位和夫委員長は会見で、「千島列島全体が日本の領土だというのが我が党の立場だ。歴代政権の交渉は、そもそも出発点を誤っている」と主張した。志位氏は10月の消費増税について「景気の現状を考えれば、中止すべきだ」とも述べた。

　一方、公明党の山口那津男代表は「首脳同士の信頼関係の下で粘り強く交渉を進める首相を、与党としてしっかり支えたい」と語った。日本維新の会代表の松井一郎・大阪府知事は「2島先行でもいいから、まず交渉を前に動かすべきだ」と述べ、首相の方針に理解を示した。

　自民党幹部の一人は「夏の参院選前に、何らかの成果を示したいというのが首相の本音だろう」と漏らす。

　朝日新聞社が昨年12月に実施した全国世論調査では、歯舞、色丹の2島を先に返還させ、残る2島は引き続き交渉する「2島先行返還」に賛成する人が4割を超えた。

　日ロ両政府は首脳会談に先立ち、河野、ラブロフ両外相を交渉責任者とする枠組みを設け、14日にモスクワで初めての協議を行った。首相は6月に大阪で開く主要20カ国・地域（G20）首脳会議の際にプーチン氏を招き、大筋合意を目指しているとみられる。

　首相は28日の施政方針演説で、日ロ交渉に触れる見通しだ。野党6党派は23日、国会内で国会対策委員長会談を開き、毎月勤労統計の不正調査問題で閉会中審査を求めることで一致しており、通常国会は冒頭から波乱含みの展開となりそうだ。

この記事は有料会員記事です。有料会員になると続きをお読みいただけます。

関連ニュース
・日ロ首脳会談、領土問題で具体的進展なし
・ラブロフ外相「日本は大戦の結果認めよ」""",
expected=[
 dict(speaker="Shinzo Abe", alt=["Japanese government"], treaty=True, snippet="互いに受け入れ可能な解決策を見いだすための共同作業を、力強く進めていく"),
 dict(speaker="Yukio Edano", treaty=True, snippet="首相は『四島の帰属』という従来の原則を口にしなくなった"),
 dict(speaker="Yukio Edano", treaty=False, optional=True, snippet="統計への信頼が根底から揺らいでいる"),
 dict(speaker="Yuichiro Tamaki", treaty=True, snippet="2島の引き渡しだけで決着させるなら、国民に対する裏切りだ"),
 dict(speaker="Yuichiro Tamaki", treaty=False, snippet="8項目の協力プランに投じた予算の成果を検証すべきだ"),
 dict(speaker="Kazuo Shii", treaty=True, snippet="千島列島全体が日本の領土だというのが我が党の立場だ"),
 dict(speaker="Kazuo Shii", treaty=False, optional=True, snippet="景気の現状を考えれば、中止すべきだ"),
 dict(speaker="Natsuo Yamaguchi", treaty=True, snippet="首脳同士の信頼関係の下で粘り強く交渉を進める首相を、与党としてしっかり支えたい"),
 dict(speaker="Ichiro Matsui", treaty=True, snippet="2島先行でもいいから、まず交渉を前に動かすべきだ"),
],
not_statements=[
 "平和条約締結後に歯舞群島と色丹島を日本に引き渡すと明記した1956年の日ソ共同宣言を基礎に",
 "夏の参院選前に、何らかの成果を示したいというのが首相の本音だろう",
 "「2島先行返還」に賛成する人が4割を超えた",
 "日ロ首脳会談、領土問題で具体的進展なし",
 "ラブロフ外相「日本は大戦の結果認めよ」",
]),
]

ARTICLES += [
# 13 Sankei, the 領土・主権展示館 reopens at Toranomon with a Northern Territories corner (21 Jan 2020): Eto (all three
#   territories, True; young visitors, False), the Shimane governor (Takeshima, False), the Ishigaki mayor (Senkaku,
#   False), the Hokkaido governor (the return, True; regional subsidies, False), Seoul's Kim In-chul (Dokdo, False),
#   Beijing's Geng Shuang (Senkaku, False), the Russian embassy (True); the panels' wording, the opening as an event,
#   an anonymous official, the summons, related headlines
dict(id="J11-13", outlet="Sankei", url="https://www.sankei.com/article/20200122-JQ4ZP7KX2VMDLF3RBN5TWEYHCA/",
published="2020-01-22",
title="領土・主権展示館が移転拡張、北方領土も展示　韓中は反発",
text="""産経ニュース
政治

領土・主権展示館が移転拡張、北方領土も展示　韓中は反発
2020/1/22 07:00

　竹島（島根県隠岐の島町）と尖閣諸島（沖縄県石垣市）に関する政府の「領土・主権展示館」が21日、東京・虎ノ門に移転し、展示面積を約7倍に広げて再オープンした。新たに北方領土に関するコーナーも設けられた。

　開館式で江藤晟一領土問題担当相は「北方領土、竹島、尖閣諸島が我が国の領土であることを、国内外に分かりやすく発信する拠点にしたい」とあいさつした。江藤氏は「特に修学旅行生など若い世代に、ぜひ足を運んでもらいたい」とも述べた。

　式典に出席した島根県の丸山達也知事は「竹島は島根県の一部であり、韓国による不法占拠が続いていることを、一人でも多くの国民に知ってほしい」と強調。石垣市の中山義隆市長は「尖閣諸島は石垣市の行政区域だ。中国公船の領海侵入が日常化している現状を直視してほしい」と訴えた。

　北海道の鈴木直道知事はビデオメッセージを寄せ、「元島民の平均年齢は84歳を超えた。一日も早い北方領土の返還を実現してほしい」と訴えた。鈴木知事は「北方領土隣接地域の振興に向け、国の一層の支援をお願いしたい」とも述べた。

　北方領土のコーナーでは、「北方四島は一度も外国の領土となったことがない我が国固有の領土」とするパネルや、1855年の日魯通好条約の写しなどが展示されている。

　これに対し、韓国外交省の金仁チョル報道官は21日に論評を出し、「日本政府が独島に対する不当な主張を盛り込んだ展示館を拡張したことに強く抗議し、即時閉鎖を求める」と表明した。韓国外交省は在韓日本大使館の次席公使を呼んで抗議した。

　中国外務省の耿爽報道官も21日の記者会見で、「釣魚島は中国固有の領土だ。日本側が何をしようと、この事実は変わらない」と述べた。

　在日ロシア大使館の報道担当者は産経新聞の取材に、「南クリル諸島の帰属に関するロシアの立場は明確であり、展示の内容によって変わるものではない」と答えた。

　政府関係者は「近隣国の反発は織り込み済みだ。事実に基づいた展示で冷静に発信していく」と話している。

　開館初日は、修学旅行の中学生や外国人観光客ら約300人が訪れた。政府は今後、英語や韓国語、中国語による展示解説も拡充する。北方領土コーナーの製作には、元島民らでつくる千島歯舞諸島居住者連盟も協力した。

　展示館は2018年1月、東京・日比谷公園内の市政会館に開館したが、手狭だったため移転した。新しい展示館では、竹島でのアシカ漁を伝える写真や、明治時代に尖閣諸島でかつお節工場が営まれていたことを示す資料のほか、北方四島の元島民の証言映像などが公開されている。入館は無料で、月曜休館。

【関連記事】
・竹島の日式典、政務官出席　韓国「即時廃止を」
・北方領土の元島民、平均年齢84歳に　記憶の継承急務""",
expected=[
 dict(speaker="Seiichi Eto", alt=["Japanese government", "Cabinet Office"], treaty=True, snippet="北方領土、竹島、尖閣諸島が我が国の領土であることを、国内外に分かりやすく発信する拠点にしたい"),
 dict(speaker="Seiichi Eto", alt=["Japanese government", "Cabinet Office"], treaty=False, optional=True, snippet="特に修学旅行生など若い世代に、ぜひ足を運んでもらいたい"),
 dict(speaker="Tatsuya Maruyama", alt=["Shimane Prefecture"], treaty=False, snippet="竹島は島根県の一部であり、韓国による不法占拠が続いていることを"),
 dict(speaker="Yoshitaka Nakayama", alt=["Ishigaki city"], treaty=False, snippet="尖閣諸島は石垣市の行政区域だ"),
 dict(speaker="Naomichi Suzuki", alt=["Hokkaido government"], treaty=True, snippet="一日も早い北方領土の返還を実現してほしい"),
 dict(speaker="Naomichi Suzuki", alt=["Hokkaido government"], treaty=False, snippet="北方領土隣接地域の振興に向け、国の一層の支援をお願いしたい"),
 dict(speaker="Kim In-chul", alt=["South Korean Foreign Ministry"], treaty=False, snippet="独島に対する不当な主張を盛り込んだ展示館を拡張したことに強く抗議し、即時閉鎖を求める"),
 dict(speaker="Geng Shuang", alt=["Chinese Foreign Ministry"], treaty=False, snippet="釣魚島は中国固有の領土だ。日本側が何をしようと、この事実は変わらない"),
 dict(speaker="Russian Embassy in Japan", treaty=True, snippet="南クリル諸島の帰属に関するロシアの立場は明確であり、展示の内容によって変わるものではない"),
],
not_statements=[
 "北方四島は一度も外国の領土となったことがない我が国固有の領土",
 "新たに北方領土に関するコーナーも設けられた",
 "近隣国の反発は織り込み済みだ。事実に基づいた展示で冷静に発信していく",
 "北方領土の元島民、平均年齢84歳に　記憶の継承急務",
]),

# 14 Nikkei (Washington), the State Department after Medvedev's Kunashiri visit (2-3 Nov 2010): Crowley (Japan's
#   sovereignty, True; settlement by dialogue, True; Senkaku under art. 5, False), Clinton's Honolulu line recalled
#   (False), the Russian Foreign Ministry's statement (True), Maehara (a welcome, None), Sengoku on APEC (False); the
#   1956 US aide-memoire as a document, an anonymous US official, the summons as an event, related headlines
dict(id="J11-14", outlet="Nikkei", url="https://www.nikkei.com/article/DGXNASGM0300U_T01C10A1FF1000/",
published="2010-11-04",
title="米国務省「北方領土、日本の主権認める」　ロシア外務省は反発",
text="""日本経済新聞 電子版
国際

米国務省「北方領土、日本の主権認める」　ロシア外務省は反発
2010/11/4 1:12

　【ワシントン＝永田悠】米国務省のクローリー次官補（広報担当）は2日の記者会見で、ロシアのメドベージェフ大統領が北方領土の国後島を訪問したことについて、「米国は北方領土問題で日本を支持しており、北方四島に対する日本の主権を認めている」と述べた。同氏は「日ロ両国が対話を通じてこの問題を解決することを望む」とも語った。

　クローリー氏は沖縄県・尖閣諸島についても問われ、「尖閣諸島は日米安全保障条約第5条の適用対象だ」と従来の立場を繰り返した。クリントン国務長官は10月27日にハワイで前原誠司外相と会談した際、「尖閣諸島は日米安保条約第5条の適用範囲に入る」と明言していた。

　これに対し、ロシア外務省は3日、「南クリル諸島はロシアの領土であり、大統領の訪問について第三国の見解は必要としない」とする声明を発表し、米国の発言に不快感を示した。

　前原外相は3日、都内で記者団に「米国が日本の立場を支持してくれていることは、大変心強い」と語った。日本政府は1日、ロシアのベールイ駐日大使を外務省に呼んで抗議している。

　前原外相は3日夜、ルース駐日米大使とも電話で協議し、ロシアや中国をめぐる情勢について意見を交わした。

　仙谷由人官房長官は2日の記者会見で、「APECの議長国として、メドベージェフ大統領を含む各国首脳をしっかりとお迎えする」と述べ、横浜で13日から開く首脳会議への影響を否定した。

　メドベージェフ大統領は1日、サハリン州の州都ユジノサハリンスクから空路で国後島に入り、地熱発電所や水産加工場などを視察した。旧ソ連時代を含め、ロシアの国家元首が北方領土を訪れたのは初めて。

　国後島には約7000人が暮らす。大統領は住民との懇談で島の生活水準の向上を約束し、訪問の映像はロシアの国営テレビで繰り返し放映された。

　クローリー氏の会見は米中間選挙の投票日に開かれ、質疑の多くはイランの核問題やアフガニスタン情勢に充てられた。北方領土に関する質問は日本メディアから出たもので、同氏は用意した資料を読み上げる形で答えた。

　米国は1956年9月、日本政府に手渡した覚書で、択捉、国後両島は「常に日本固有の領土の一部をなしてきた」との見解を示している。

　米政府高官は「ロシアの行動は、地域の安定に資するものではない」と述べ、日ロ間の緊張が米中関係を含む地域情勢に波及することへの懸念をにじませた。

　日本政府内では、米国の支持表明を歓迎する一方、中国との尖閣問題、ロシアとの北方領土問題が同時に起きていることへの危機感が強まっている。13日からの横浜APECでは、日ロ首脳会談の開催も調整されている。

関連記事
・露大統領、国後島を訪問　元首として初
・尖閣「安保の適用範囲」　米国務長官が明言""",
expected=[
 dict(speaker="Philip Crowley", alt=["US State Department", "P.J. Crowley"], treaty=True, snippet="米国は北方領土問題で日本を支持しており、北方四島に対する日本の主権を認めている"),
 dict(speaker="Philip Crowley", alt=["US State Department", "P.J. Crowley"], treaty=True, snippet="日ロ両国が対話を通じてこの問題を解決することを望む"),
 dict(speaker="Philip Crowley", alt=["US State Department", "P.J. Crowley"], treaty=False, snippet="尖閣諸島は日米安全保障条約第5条の適用対象だ"),
 dict(speaker="Hillary Clinton", alt=["US State Department"], treaty=False, snippet="尖閣諸島は日米安保条約第5条の適用範囲に入る"),
 dict(speaker="Russian Foreign Ministry", treaty=True, snippet="南クリル諸島はロシアの領土であり、大統領の訪問について第三国の見解は必要としない"),
 dict(speaker="Seiji Maehara", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=None, optional=True, snippet="米国が日本の立場を支持してくれていることは、大変心強い"),
 dict(speaker="Yoshito Sengoku", alt=["Japanese government"], treaty=False, snippet="APECの議長国として、メドベージェフ大統領を含む各国首脳をしっかりとお迎えする"),
],
not_statements=[
 "日本政府は1日、ロシアのベールイ駐日大使を外務省に呼んで抗議している。",
 "択捉、国後両島は「常に日本固有の領土の一部をなしてきた」との見解を示している",
 "ロシアの行動は、地域の安定に資するものではない",
 "露大統領、国後島を訪問　元首として初",
]),
]

ARTICLES += [
# 15 Yomiuri, Obama in Tokyo (24 Apr 2014): Obama on the Senkakus (False) and on Russia's sanctions (False), on Japan's
#   own dialogue with Moscow (None, optional); Abe on Crimea (False) and on the treaty dialogue with Putin (True);
#   Suga on the autumn visit (None) and on keeping the channel open for the territorial talks (True); Lukashevich
#   (None; the talks depend on Tokyo, True); the joint statement as a document, an anonymous official, the count of
#   summits as background, Yomiuri's footer
dict(id="J11-15", outlet="Yomiuri", url="http://www.yomiuri.co.jp/politics/20140425-OYT1T50012.html",
published="2014-04-25",
title="尖閣に安保適用、大統領が明言　対露制裁で連携　首相「日露対話は継続」",
text="""YOMIURI ONLINE（読売新聞）
政治

尖閣に安保適用、大統領が明言　対露制裁で連携　首相「日露対話は継続」

　安倍首相は24日、国賓として来日したオバマ米大統領と東京・元赤坂の迎賓館で会談した。会談後の共同記者会見で、大統領は沖縄県・尖閣諸島について「日本の施政下にある領域であり、日米安全保障条約第5条の適用対象となる」と明言した。米大統領が公の場で尖閣への安保条約適用を明言したのは初めて。

　米大統領の国賓としての来日は、1996年のクリントン大統領以来18年ぶり。大統領は23日夜、東京・銀座のすし店で首相と非公式の夕食を共にした。今回の会談は、首相の靖国神社参拝後、初めての本格的な日米首脳会談となった。

　ウクライナ情勢をめぐっては、大統領が「ロシアが緊張緩和に向けた行動をとらなければ、追加の制裁を科す用意がある。日本を含むG7で緊密に連携していく」と述べた。首相は「力を背景とした現状変更は、どの地域であれ認められない」と応じた。

　一方で首相は、ロシアとの関係について「北方領土問題を解決して平和条約を締結するため、プーチン大統領との対話は続けていく」と語り、対露関係の維持に理解を求めた。日本がロシアとの対話を続けることについて記者から問われた大統領は、「日本がロシアと独自の関係を持っていることは理解している。ただ今は、国際法の原則を守るという点で一致した姿勢を示すことが重要だ」と述べた。

　両首脳が発表した日米共同声明は、ロシアによるクリミア「併合」を認めないことを確認し、ウクライナの主権と領土の一体性への支持を明記した。

　菅官房長官は25日午前の記者会見で、秋に予定するプーチン大統領の来日について「現時点で何ら変更はない」と述べた。菅氏は「北方領土交渉を前に進めるためにも、ロシアとの対話の窓口は閉ざさない」と強調した。

　ロシア外務省のルカシェビッチ情報局長は24日の記者会見で、「日本が米国の圧力に屈して独自の外交を放棄するなら、それは日本自身の選択だ」とけん制。「平和条約問題を含む両国の対話がどうなるかは、日本側の姿勢次第だ」と述べた。

　首相とプーチン大統領は第2次安倍内閣の発足後、5回の首脳会談を重ね、北方領土交渉の再活性化で一致してきた。外務省幹部は「米側は日本の対露外交に神経をとがらせているが、首相は対話の糸を切るつもりはない」と話す。

　両首脳は、環太平洋経済連携協定（TPP）交渉の早期妥結に向けて協力することでも一致したが、甘利TPP相とフロマン米通商代表による閣僚協議は25日未明まで続き、牛肉・豚肉の関税などをめぐる溝は埋まらなかった。大統領は25日、明治神宮を参拝した後、次の訪問国の韓国へ向かう。

（2014年04月25日 03時00分　Copyright © The Yomiuri Shimbun）""",
expected=[
 dict(speaker="Barack Obama", treaty=False, snippet="日本の施政下にある領域であり、日米安全保障条約第5条の適用対象となる"),
 dict(speaker="Barack Obama", treaty=False, snippet="ロシアが緊張緩和に向けた行動をとらなければ、追加の制裁を科す用意がある"),
 dict(speaker="Barack Obama", treaty=None, optional=True, snippet="日本がロシアと独自の関係を持っていることは理解している"),
 dict(speaker="Shinzo Abe", alt=["Japanese government"], treaty=False, optional=True, snippet="力を背景とした現状変更は、どの地域であれ認められない"),
 dict(speaker="Shinzo Abe", alt=["Japanese government"], treaty=True, snippet="北方領土問題を解決して平和条約を締結するため、プーチン大統領との対話は続けていく"),
 dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=None, optional=True, snippet="現時点で何ら変更はない"),
 dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=True, snippet="北方領土交渉を前に進めるためにも、ロシアとの対話の窓口は閉ざさない"),
 dict(speaker="Alexander Lukashevich", alt=["Russian Foreign Ministry"], treaty=None, optional=True, snippet="日本が米国の圧力に屈して独自の外交を放棄するなら、それは日本自身の選択だ"),
 dict(speaker="Alexander Lukashevich", alt=["Russian Foreign Ministry"], treaty=True, snippet="平和条約問題を含む両国の対話がどうなるかは、日本側の姿勢次第だ"),
],
not_statements=[
 "ロシアによるクリミア「併合」を認めないことを確認し",
 "5回の首脳会談を重ね、北方領土交渉の再活性化で一致してきた",
 "米側は日本の対露外交に神経をとがらせているが、首相は対話の糸を切るつもりはない",
]),

# 16 中央日報日本語版, Lee Myung-bak on Dokdo (10 Aug 2012), a Korean paper comparing Tokyo's answers to Seoul and to
#   Moscow: Lee (Dokdo, False), Noda (Takeshima, False), Gemba (the ICJ, False; his July reply to Medvedev, True),
#   Medvedev on Kunashiri on 3 July (True), Seoul's Cho Tai-young (False), a named professor on the two disputes
#   (optional); the writer's "double standard" verdict, an anonymous Japanese official, the ambassador's recall as an
#   event, photo and comment junk
dict(id="J11-16", outlet="中央日報日本語版", url="https://japanese.joins.com/JArticle/158213",
published="2012-08-11",
title="李大統領の独島訪問に日本反発…ロシアの国後島訪問時とは「温度差」",
text="""中央日報日本語版
政治

李大統領の独島訪問に日本反発…ロシアの国後島訪問時とは「温度差」
2012年08月11日10時25分
[ⓒ 中央日報日本語版]　comment 47

　李明博（イ・ミョンバク）大統領が10日、現職大統領として初めて独島（ドクト、日本名・竹島）を訪問した。李大統領は独島警備隊員らを激励し、「独島は我々の領土であり、命をかけて守る価値のある場所だ」と述べた。

　日本政府は強く反発した。野田佳彦首相は10日夜、記者団に「竹島は歴史的にも国際法上も我が国固有の領土であり、今回の訪問は到底受け入れられない」と述べた。玄葉光一郎外相は武藤正敏駐韓大使を一時帰国させる措置を取った。玄葉氏は「竹島の領有権問題を国際司法裁判所に提訴することも含めて検討する」と明らかにした。

　独島には現在、韓国の警察官約40人が常駐している。李大統領はヘリコプターで鬱陵島を経由して独島に入り、約1時間10分滞在した。大統領には柳在吉（ユ・ジェギル）環境部長官や作家らが同行した。

　これに対し、外交通商部の趙泰永（チョ・テヨン）報道官は「大統領が自国の領土を訪問したことについて、日本が口を挟む理由はない」と反論した。

　日本の対応は、ロシアとの北方領土問題の際とは温度差がある。ロシアのメドベージェフ首相は先月3日、北方領土の国後島を訪れ、「クリルはロシアの古来の土地だ。一寸たりとも渡すつもりはない」と述べた。当時、玄葉外相は「北方領土は我が国固有の領土であり、首相の訪問は日本国民の感情を傷つけるもので、極めて遺憾だ」と述べたが、大使召還のような措置は取らなかった。

　国民大学の李元徳（イ・ウォンドク）教授は「日本はロシアとは北方領土問題を交渉で解決する姿勢を見せる一方、韓国には国際司法裁判所を持ち出して圧力をかけている」と指摘した。

　日本政府関係者は「ロシアとの間には平和条約交渉の枠組みがあるが、韓国との間にはそれがない」と説明する。

　日本が本当に領土問題を法と対話で解決したいのであれば、北方領土と独島で二重基準を用いるべきではない。日本は中国とも尖閣諸島（中国名・釣魚島）をめぐって対立しており、今回の反発は、3方面で領土問題を抱える日本の焦りの表れとも読める。

　今回の訪問は、ロンドン五輪の開催中に行われた。李大統領は最近、旧日本軍の慰安婦問題をめぐって日本側の対応に不満を示しており、大統領府の関係者は「日本の誠意ある対応がなかったことが背景にある」と説明している。日本国内では、韓国との首脳間の往来を見直すべきだとの声も出ている。

写真拡大
独島を訪問した李明博大統領（写真＝青瓦台）

comment 47件
この記事を読んで…

関連記事
・韓国外交部「日本の不当な主張に断固対応」
・日本、韓国との通貨交換協定の見直しを検討
・ロンドン五輪サッカー、韓国が日本に勝ち銅メダル""",
expected=[
 dict(speaker="Lee Myung-bak", treaty=False, snippet="独島は我々の領土であり、命をかけて守る価値のある場所だ"),
 dict(speaker="Yoshihiko Noda", alt=["Japanese government"], treaty=False, snippet="竹島は歴史的にも国際法上も我が国固有の領土であり、今回の訪問は到底受け入れられない"),
 dict(speaker="Koichiro Gemba", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, snippet="竹島の領有権問題を国際司法裁判所に提訴することも含めて検討する"),
 dict(speaker="Cho Tai-young", alt=["South Korean Foreign Ministry"], treaty=False, snippet="大統領が自国の領土を訪問したことについて、日本が口を挟む理由はない"),
 dict(speaker="Dmitry Medvedev", alt=["Russian Government"], treaty=True, snippet="クリルはロシアの古来の土地だ。一寸たりとも渡すつもりはない"),
 dict(speaker="Koichiro Gemba", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=True, snippet="北方領土は我が国固有の領土であり、首相の訪問は日本国民の感情を傷つけるもので"),
 dict(speaker="Lee Won-deok", treaty=None, optional=True, snippet="日本はロシアとは北方領土問題を交渉で解決する姿勢を見せる一方"),
],
not_statements=[
 "ロシアとの間には平和条約交渉の枠組みがあるが、韓国との間にはそれがない",
 "北方領土と独島で二重基準を用いるべきではない",
 "日本の対応は、ロシアとの北方領土問題の際とは温度差がある。",
 "玄葉光一郎外相は武藤正敏駐韓大使を一時帰国させる措置を取った。",
]),
]

ARTICLES += [
# 17 NHK NEWS WEB, Guterres in Tokyo (8 Aug 2022): Kishida on Ukraine and the UN (False), Guterres on Hiroshima and on
#   Zaporizhzhia (False) and, asked at his press conference, on how territorial disputes should be settled (None:
#   generic, though asked about the islands), Matsuno on the treaty line (True) and Sakhalin-2 (False); the meeting
#   as an event, the reporter's question, the Russian drill announcement, "あわせて読みたい"
dict(id="J11-17", outlet="NHK", url="https://www3.nhk.or.jp/news/html/20220808/k10013758931000.html",
published="2022-08-08",
title="国連事務総長 岸田首相と会談 核軍縮で連携確認",
text="""NHK NEWS WEB

国連事務総長 岸田首相と会談 核軍縮で連携確認
2022年8月8日 19時05分

国連のグテーレス事務総長は8日、岸田総理大臣と総理大臣官邸で会談し、核軍縮・不拡散に向けて連携していくことを確認しました。

会談の冒頭、岸田総理大臣は「ロシアによるウクライナ侵略は、国際秩序の根幹を揺るがす暴挙だ。安全保障理事会の改革を含め、国連の機能強化に向けて協力していきたい」と述べました。

これに対しグテーレス事務総長は、6日に広島の平和記念式典に出席したことに触れ、「広島で目にしたものは、核兵器が二度と使われてはならないことを示している」と述べました。

会談では、北朝鮮による核・ミサイル開発や、日本が来年から非常任理事国を務める安全保障理事会での協力についても意見を交わしました。グテーレス事務総長の来日は2019年以来、3年ぶりで、5日に来日したあと、広島で被爆者と面会するなどしていました。

グテーレス事務総長はこのあと都内で記者会見し、ウクライナ南部のザポリージャ原子力発電所への砲撃について「原発への攻撃は自殺行為だ。IAEAの査察団が一刻も早く現地に入れるようにすべきだ」と訴えました。

グテーレス事務総長は、黒海を通じたウクライナ産の穀物輸出が再開されたことにも触れ、「世界の食料価格を安定させるための希望の光だ」と述べました。

また、記者から「ロシアが北方領土で軍備を増強し、日本との平和条約交渉を中断していることについて、国連としてどう考えるか」という質問が出ました。これに対しグテーレス事務総長は、「国連は、二国間の領土をめぐる問題で、どちらか一方の立場に立つことはしない。こうした問題は、国連憲章と国際法に基づき、当事国が対話によって平和的に解決すべきだ」と述べました。

一方、松野官房長官は8日午後の記者会見で、北方領土問題について「ロシア側の対応は極めて不当だが、北方領土問題を解決し、平和条約を締結するという我が国の方針は堅持していく」と述べました。

また、ロシア極東の石油・天然ガス開発事業「サハリン2」をめぐって、松野官房長官は「サハリン2は我が国のエネルギー安全保障上、重要なプロジェクトだ。権益の維持に向けて、事業者と緊密に連携していく」と述べました。

ロシア国防省は先月、北方領土を含む千島列島で、地対艦ミサイル部隊などによる演習を行ったと発表しています。

岸田総理大臣は会談で、来年5月に広島で開くG7サミットの成功に向けた協力も求めました。グテーレス事務総長は9日、次の訪問先に向けて日本を離れる予定です。

ロシアは、日本がウクライナ侵攻を受けて制裁を科したことを理由に、ことし3月、平和条約交渉を中断する考えを示していて、日ロ関係は冷え込んだ状態が続いています。

あわせて読みたい
国連事務総長 広島の平和記念式典に出席 “核の脅威は再び高まっている”
サハリン2 新運営会社 日本企業の参画 政府“権益維持へ全力”

シェアする
ニュース一覧へ戻る""",
expected=[
 dict(speaker="Fumio Kishida", alt=["Japanese government"], treaty=False, snippet="ロシアによるウクライナ侵略は、国際秩序の根幹を揺るがす暴挙だ"),
 dict(speaker="Antonio Guterres", alt=["United Nations"], treaty=False, optional=True, snippet="広島で目にしたものは、核兵器が二度と使われてはならないことを示している"),
 dict(speaker="Antonio Guterres", alt=["United Nations"], treaty=False, optional=True, snippet="原発への攻撃は自殺行為だ。IAEAの査察団が一刻も早く現地に入れるようにすべきだ"),
 dict(speaker="Antonio Guterres", alt=["United Nations"], treaty=False, optional=True, snippet="世界の食料価格を安定させるための希望の光だ"),
 dict(speaker="Antonio Guterres", alt=["United Nations"], treaty=None, snippet="こうした問題は、国連憲章と国際法に基づき、当事国が対話によって平和的に解決すべきだ"),
 dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=True, snippet="北方領土問題を解決し、平和条約を締結するという我が国の方針は堅持していく"),
 dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=False, snippet="サハリン2は我が国のエネルギー安全保障上、重要なプロジェクトだ"),
],
not_statements=[
 "ロシアが北方領土で軍備を増強し、日本との平和条約交渉を中断していることについて、国連としてどう考えるか",
 "核軍縮・不拡散に向けて連携していくことを確認しました",
 "北方領土を含む千島列島で、地対艦ミサイル部隊などによる演習を行ったと発表しています",
 "サハリン2 新運営会社 日本企業の参画 政府“権益維持へ全力”",
]),

# 18 NHK 北海道 NEWS WEB, the EU ambassador Paquet at Cape Nosappu (15 June 2023): Paquet (the EU backs Japan's
#   position, True; sanctions, False; the fog and the islanders, False), the Nemuro mayor (a welcome, None; the
#   salmon talks, False), a former islander (optional), the Russian embassy's Telegram (a jibe, None; the claim,
#   True); the 2005 European Parliament resolution as a document, a caption, related headlines
dict(id="J11-18", outlet="NHK 北海道", url="https://www3.nhk.or.jp/sapporo-news/20230615/7000058731.html",
published="2023-06-15",
title="EU大使が根室を訪問 納沙布岬から北方領土を視察",
text="""NHK 北海道 NEWS WEB

EU大使が根室を訪問 納沙布岬から北方領土を視察
06月15日 18時22分

EU＝ヨーロッパ連合のジャン＝エリック・パケ駐日大使が15日、根室市を訪れ、納沙布岬から北方領土を視察しました。EUの駐日大使が根室市を訪れるのは、およそ10年ぶりです。

パケ大使は視察のあと記者団の取材に応じ、「北方領土問題について、EUは一貫して日本の立場を支持している。国境は力によって変更されてはならない」と述べました。

また、ロシアに対する制裁について、「ロシアがウクライナへの侵略をやめるまで、EUは圧力を緩めることはない」と述べました。

パケ大使は「きょうは霧が深く、島々をはっきりと見ることはできなかったが、元島民の方々から話を聞いて、問題の重さを実感した」とも話していました。

パケ大使は、根室市の北方領土資料館「北方館」も訪れ、旧ソビエト軍が島に上陸した当時の様子を伝える写真や、元島民が残した生活用品などを見て回りました。EUは、ロシアによるウクライナ侵攻を受けて、日本と連携して対ロシア制裁を強化していて、大使は市内で漁業関係者とも意見を交わしました。

パケ大使と面会した根室市の石垣雅敏市長は、「EUの大使が現地を訪れ、日本の立場への支持を改めて示してくれたことは、返還運動にとって大きな力になる」と話していました。石垣市長は、ことしのサケ・マス漁をめぐる日ロ交渉について、「妥結が遅れたが、漁が始まってひとまず安心している」と述べました。

元島民の北村喜一さん（88）は「ヨーロッパの人にも、私たちのふるさとのことを知ってもらえてうれしい。生きているうちに島に帰りたい」と話していました。

一方、在日ロシア大使館は通信アプリのテレグラムに、「EUの代表は、自らの大陸の問題も解決できないのに、極東の島々について語っている」と投稿しました。その上で「南クリル諸島はロシアの不可分の一部であり、この問題で第三者の意見は必要ない」としています。

ヨーロッパ議会は2005年、北方領土の日本への返還を求める決議を採択しています。

根室市によりますと、元島民でつくる千島歯舞諸島居住者連盟の会員の平均年齢は87歳を超え、元島民の証言を記録して次の世代に伝える取り組みが急がれています。

根室市には、EUのほかアメリカやイギリス、ウクライナなどの駐日大使が相次いで訪れていて、北方領土問題への国際的な関心の高まりがうかがえます。

パケ大使は16日、釧路市も訪れ、水産加工会社や港湾施設を視察する予定です。

（写真）納沙布岬で北方領土の方向を見つめるパケ大使

北海道のニュース
根室 北方領土の元島民 語り部活動の後継者育成へ
サケ・マス漁 日ロ交渉妥結 漁期遅れに漁業者から不安の声""",
expected=[
 dict(speaker="Jean-Eric Paquet", alt=["EU Delegation to Japan", "European Union"], treaty=True, snippet="北方領土問題について、EUは一貫して日本の立場を支持している"),
 dict(speaker="Jean-Eric Paquet", alt=["EU Delegation to Japan", "European Union"], treaty=None, optional=True, snippet="国境は力によって変更されてはならない"),
 dict(speaker="Jean-Eric Paquet", alt=["EU Delegation to Japan", "European Union"], treaty=False, snippet="ロシアがウクライナへの侵略をやめるまで、EUは圧力を緩めることはない"),
 dict(speaker="Jean-Eric Paquet", alt=["EU Delegation to Japan", "European Union"], treaty=False, optional=True, snippet="きょうは霧が深く、島々をはっきりと見ることはできなかったが"),
 dict(speaker="Masatoshi Ishigaki", alt=["石垣雅敏", "Nemuro city"], treaty=None, snippet="EUの大使が現地を訪れ、日本の立場への支持を改めて示してくれたことは、返還運動にとって大きな力になる"),
 dict(speaker="Masatoshi Ishigaki", alt=["石垣雅敏", "Nemuro city"], treaty=False, snippet="妥結が遅れたが、漁が始まってひとまず安心している"),
 dict(speaker="北村喜一", treaty=None, optional=True, snippet="生きているうちに島に帰りたい"),
 dict(speaker="Russian Embassy in Japan", treaty=None, optional=True, snippet="EUの代表は、自らの大陸の問題も解決できないのに、極東の島々について語っている"),
 dict(speaker="Russian Embassy in Japan", treaty=True, snippet="南クリル諸島はロシアの不可分の一部であり、この問題で第三者の意見は必要ない"),
],
not_statements=[
 "ヨーロッパ議会は2005年、北方領土の日本への返還を求める決議を採択しています。",
 "納沙布岬で北方領土の方向を見つめるパケ大使",
 "EUの駐日大使が根室市を訪れるのは、およそ10年ぶりです",
 "根室 北方領土の元島民 語り部活動の後継者育成へ",
]),
]

ARTICLES += [
# 19 Hokkaido Shimbun, the Ukrainian ambassador Korsunsky at the Sapporo rally on Northern Territories Day 2023:
#   Korsunsky (Ukraine recognised the islands, True; occupied lands return, True; generators, False), Governor Suzuki
#   (the return, True; the exchanges, False), Kishida at the Tokyo rally (True), the Russian consulate in Sapporo (a
#   jibe, None; the claim, True); the rally's resolution, an unnamed participant, the decree recalled as an event,
#   related headlines
dict(id="J11-19", outlet="Hokkaido Shimbun", url="https://www.hokkaido-np.co.jp/article/798412/",
published="2023-02-08",
title="ウクライナ大使「占領された土地は必ず戻る」　札幌で北方領土返還要求大会",
text="""北海道新聞 どうしん電子版
政治

ウクライナ大使「占領された土地は必ず戻る」　札幌で北方領土返還要求大会
2023年2月8日 05:00

　「北方領土の日」の7日、札幌市中央区のホテルで北方領土返還要求北海道大会（北方領土復帰期成同盟など主催）が開かれ、約400人が参加した。来賓として招かれたウクライナのセルギー・コルスンスキー駐日大使が講演し、ロシアの侵攻を受ける自国の状況と北方領土問題を重ね合わせて語った。

　コルスンスキー氏は「ウクライナは、北方領土が日本の領土であることを公式に認めた国だ」と強調。「ロシアが奪った土地は、ウクライナのものも日本のものも、いずれ元の持ち主に戻る。歴史はそれを証明してきた」と述べ、会場から大きな拍手が起きた。同氏は「日本から届いた発電機が、停電に苦しむウクライナの病院や学校を支えている」と述べ、日本の支援に謝意を示した。

　主催者あいさつで鈴木直道知事は、「ウクライナの人々の苦しみに思いを寄せつつ、北方領土の早期返還に向けて、粘り強く取り組んでいく」と表明した。知事は「ロシアの一方的な措置で止まっている四島交流事業の一日も早い再開を、国に強く求めていく」とも述べた。

　大会は「北方四島の一日も早い返還を、強く求める」とする大会決議を採択した。会場を訪れた札幌市の女性（70）は「ウクライナの話を聞いて、島を奪われた元島民の悔しさを改めて思った」と話した。

　大会では、元島民3世で根室市内の高校に通う生徒が、祖母から聞いた色丹島の暮らしについて作文を朗読した。会場の外では、北方領土復帰期成同盟の青年部が返還要求署名への協力を呼びかけた。

　東京都内で同日開かれた全国大会では、岸田文雄首相が「日ロ関係は厳しい状況にあるが、領土問題を解決し、平和条約を締結するとの方針を堅持する」とあいさつした。

　一方、在札幌ロシア総領事館は8日、ホームページに「ウクライナの大使は、自国に悲劇をもたらした政権の代弁者にすぎない」とするコメントを掲載。「南クリル諸島は第二次世界大戦の結果、正当にロシアの領土となった」と反論した。

　ウクライナのゼレンスキー大統領は昨年10月、北方領土を「ロシアに占領された日本の領土」と認める大統領令に署名している。

　道内では、2月を「北方領土返還運動強調月間」として、各地で街頭啓発やパネル展が行われる。札幌市の地下歩行空間では、元島民が描いた島の地図や写真を紹介する展示が12日まで開かれている。

　コルスンスキー氏は2020年に着任。ロシアの侵攻後は、全国各地で講演を重ね、日本の政界や経済界に支援を呼びかけている。道内を訪れるのは昨年秋に続いて2度目で、8日には根室市を訪れ、納沙布岬から北方領土を視察する予定だ。

＜関連記事＞
・北方領土の日　首相「方針を堅持」　全国大会、3年ぶり対面
・ビザなし交流停止1年　元島民「墓参だけでも」""",
expected=[
 dict(speaker="Sergiy Korsunsky", alt=["Ukrainian Embassy in Japan"], treaty=True, snippet="ウクライナは、北方領土が日本の領土であることを公式に認めた国だ"),
 dict(speaker="Sergiy Korsunsky", alt=["Ukrainian Embassy in Japan"], treaty=True, snippet="ロシアが奪った土地は、ウクライナのものも日本のものも、いずれ元の持ち主に戻る"),
 dict(speaker="Sergiy Korsunsky", alt=["Ukrainian Embassy in Japan"], treaty=False, snippet="日本から届いた発電機が、停電に苦しむウクライナの病院や学校を支えている"),
 dict(speaker="Naomichi Suzuki", alt=["Hokkaido government"], treaty=True, snippet="北方領土の早期返還に向けて、粘り強く取り組んでいく"),
 dict(speaker="Naomichi Suzuki", alt=["Hokkaido government"], treaty=False, snippet="四島交流事業の一日も早い再開を、国に強く求めていく"),
 dict(speaker="Fumio Kishida", alt=["Japanese government"], treaty=True, snippet="日ロ関係は厳しい状況にあるが、領土問題を解決し、平和条約を締結するとの方針を堅持する"),
 dict(speaker="Russian Consulate General in Sapporo", alt=["Russian Embassy in Japan"], treaty=None, optional=True, snippet="ウクライナの大使は、自国に悲劇をもたらした政権の代弁者にすぎない"),
 dict(speaker="Russian Consulate General in Sapporo", alt=["Russian Embassy in Japan"], treaty=True, snippet="南クリル諸島は第二次世界大戦の結果、正当にロシアの領土となった"),
],
not_statements=[
 "北方四島の一日も早い返還を、強く求める",
 "ウクライナの話を聞いて、島を奪われた元島民の悔しさを改めて思った",
 "北方領土を「ロシアに占領された日本の領土」と認める大統領令に署名している",
 "北方領土の日　首相「方針を堅持」　全国大会、3年ぶり対面",
]),

# 20 The Ukrainian embassy's own page on the decree (12 Oct 2022), a long official page: the decree's points and the
#   Rada's statement as documents, Zelensky's address re-reported (True), Stefanchuk (None, optional), the embassy's
#   thanks (False) and its support for a just settlement (True), Korsunsky (Crimea and the islands, True; the treaty
#   talks, True; winter aid, False); the visa desk and language switcher as page junk
dict(id="J11-20", outlet="Ukrainian Embassy in Japan (website)", url="https://japan.mfa.gov.ua/ja/news/pro-ukaz-prezidenta-ukrayini-shchodo-pivnichnih-teritorij-yaponiyi",
published="2022-10-12",
title="北方領土に関するウクライナ大統領令について",
text="""在日ウクライナ大使館
Українською | English | 日本語
ホーム ／ ニュース

北方領土に関するウクライナ大統領令について
2022年10月12日 10:00

　2022年10月7日、ウクライナのヴォロディミル・ゼレンスキー大統領は、大統領令「日本の北方領土について」に署名しました。本大統領令は、同日ウクライナ最高会議が採択した「日本の北方領土の地位に関するウクライナ最高会議の声明」に基づくものです。

　大統領令の要旨は以下のとおりです。
１．ウクライナは、北方領土がロシア連邦によって一時的に占領された日本の領土であることを認める。
２．ウクライナ外務省は、国際機関および二国間関係において、この立場を推進するための措置を講じる。
３．本令は公布の日から施行する。

　最高会議の声明は、ソ連が1945年8月、当時有効であった日ソ中立条約に違反して対日参戦し、その後北方領土を占領したことを指摘し、各国の議会と国際機関に対し、日本の立場を支持するよう呼びかけています。

　最高会議のルスラン・ステファンチュク議長は採択後、「ウクライナは、ロシアに占領された土地の回復を目指すすべての国々と共にある」と述べました。

　ゼレンスキー大統領は同日夜のビデオ演説で、「北方領土は日本の領土であり、その事実を認めることは正義の問題です」と述べました。

　ウクライナ外務省は同日の声明で、「国際社会に対し、北方領土の返還を求める日本の正当な要求を支持するよう呼びかける」と表明しました。

【背景】
　北方領土（択捉島、国後島、色丹島、歯舞群島）は、1945年8月から9月にかけてソ連軍によって占領され、以来、ロシアの実効支配下に置かれています。このため、日本とロシアの間では、今日に至るまで平和条約が締結されていません。2022年3月、ロシア側は、日本の対ロ制裁を理由に平和条約交渉の中断を一方的に表明しました。

　ロシアは、2014年にクリミアとドネツク、ルハンスク両州の一部を占領し、2022年2月24日にはウクライナへの全面侵攻を開始しました。同年9月30日には、ウクライナの4つの州の「併合」を一方的に宣言しましたが、ウクライナと国際社会はこれを認めていません。

【大使館のコメント】
　在日ウクライナ大使館は、ロシアによる全面侵攻の開始以来、日本国民と日本政府がウクライナに示してきた揺るぎない連帯に、深く感謝いたします。ウクライナは、日本の主権と領土の一体性を支持し、北方領土問題が国際法に基づいて公正に解決されることを支持します。

　セルギー・コルスンスキー駐日ウクライナ特命全権大使は、次のように述べています。

　「ロシアは、ウクライナでも日本でも、同じ手口で隣国の領土を奪ってきました。クリミアの占領と北方四島の占領は、同じ根から生まれたものです。」

　「ロシアが国際法を守らない限り、ロシアとのいかなる平和条約も、紙の上の約束にすぎません。」

　「私たちは、日本の皆さまからの人道支援、特にこれからの冬に向けた発電機や防寒具のご支援に、心から感謝しています。」

【今後の予定】
　コルスンスキー大使は10月下旬に北海道を訪れ、札幌市で講演を行うほか、北方領土返還運動の関係者と意見交換を行う予定です。

【参考】
　大統領令の正文（ウクライナ語）は、ウクライナ大統領府のウェブサイトで閲覧することができます。最高会議の声明の日本語訳は、準備ができ次第、当大使館のウェブサイトに掲載いたします。

関連ニュース
・コルスンスキー大使、日本の国会議員と意見交換
・日本政府からの緊急無償資金協力に関する大使館の声明
・ウクライナ国民の日本への一時避難について（ご案内）

関連リンク
・最高会議声明全文（ウクライナ語）
・大統領府発表（英語）

領事窓口の受付時間について
大使館へのアクセス
© 2022 在日ウクライナ大使館""",
expected=[
 dict(speaker="Volodymyr Zelensky", alt=["Ukrainian Presidential Office"], treaty=True, snippet="北方領土は日本の領土であり、その事実を認めることは正義の問題です"),
 dict(speaker="Ruslan Stefanchuk", alt=["Verkhovna Rada"], treaty=None, optional=True, snippet="ウクライナは、ロシアに占領された土地の回復を目指すすべての国々と共にある"),
 dict(speaker="Ukrainian Foreign Ministry", treaty=True, snippet="北方領土の返還を求める日本の正当な要求を支持するよう呼びかける"),
 dict(speaker="Ukrainian Embassy in Japan", alt=["Sergiy Korsunsky"], treaty=False, optional=True, snippet="日本国民と日本政府がウクライナに示してきた揺るぎない連帯に、深く感謝いたします"),
 dict(speaker="Ukrainian Embassy in Japan", alt=["Sergiy Korsunsky"], treaty=True, snippet="北方領土問題が国際法に基づいて公正に解決されることを支持します"),
 dict(speaker="Sergiy Korsunsky", alt=["Ukrainian Embassy in Japan"], treaty=True, snippet="クリミアの占領と北方四島の占領は、同じ根から生まれたものです"),
 dict(speaker="Sergiy Korsunsky", alt=["Ukrainian Embassy in Japan"], treaty=None, snippet="ロシアとのいかなる平和条約も、紙の上の約束にすぎません"),
 dict(speaker="Sergiy Korsunsky", alt=["Ukrainian Embassy in Japan"], treaty=False, snippet="特にこれからの冬に向けた発電機や防寒具のご支援に、心から感謝しています"),
],
not_statements=[
 "ウクライナは、北方領土がロシア連邦によって一時的に占領された日本の領土であることを認める。",
 "ウクライナ外務省は、国際機関および二国間関係において、この立場を推進するための措置を講じる。",
 "当時有効であった日ソ中立条約に違反して対日参戦し、その後北方領土を占領したことを指摘し",
 "大統領令「日本の北方領土について」に署名しました",
 "最高会議声明全文（ウクライナ語）",
 "1945年8月から9月にかけてソ連軍によって占領され、以来、ロシアの実効支配下に置かれています",
]),
]
