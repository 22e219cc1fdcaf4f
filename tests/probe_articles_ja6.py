# -*- coding: utf-8 -*-
"""20 more synthetic Japanese news texts (round 6, written for this test) with expected statements.

Round 6: FLASHES, DIGESTS AND TIMELINES — short items as news feeds and aggregators carry them.
- 8 breaking-news flashes (J6-01 … J6-08): NHK ニュース速報, 【モスクワ共同】, 【モスクワ時事】, a Sputnik-style
  machine translation of a Russian flash, a Sankei 【速報】, a Nikkei wire item, a Hokkaido Shimbun flash whose only
  statement is in its headline, a Yomiuri flash cut by its paywall;
- 4 digests with item headings (J6-09 … J6-12): a news app's 「きょうの主なニュース」, Jiji's 主要ニュース, Hokkaido
  Shimbun's 道内ニュースまとめ, a portal's 「夜のニュースまとめ」 — one or two Russia–Japan items among weather,
  sport, stock-market, health and other-news items;
- 3 live blogs with times (J6-13 … J6-15): entries continue the previous entry's speaker without naming him;
- 3 key-quote / timeline pieces (J6-16 … J6-18): each earlier remark is dated and labelled with its speaker;
- 2 longer pieces (J6-19 weekly digest column, J6-20 a machine-translated summary of a Lavrov press conference).
Events: Abe–Putin's first phone call (2012), the first deputy-minister treaty round under Abe (2013), APEC Bali
(2013), Lavrov's 2016 annual presser, Nagato day one (2016), Putin's 2017 annual presser, Kono in Moscow (2018),
the 2020 Northern Territories Day, Putin on the constitution (2021), Peskov after Kishida in Kyiv (2023), the 2023
reshuffle, the Kaigara kelp talks, Putin's fifth inauguration, a Kamikawa press conference and the September
2024 week, Ishiba's 2025 policy speech, Abe's death (2022), a 2026 drill, the 2026 Diplomatic Bluebook, the PMs'
Northern Territories Day speeches — none repeats an article of rounds 1-5.

expected: list of dicts
  speaker  canonical English name (alt: other names acceptable, e.g. the spokeswoman's ministry)
  treaty   True / False / None (None = either flag acceptable, genuinely ambiguous)
  snippet  exact substring of text that the statement's span should overlap
  optional True when absence is acceptable (non-treaty statements, ambiguous ones)
not_statements: snippets that must NOT produce a peace-treaty statement (background, anonymous, documents, events,
  the writer's analysis, reporters' questions, polls, other items of a digest, related-article headlines, site junk)
"""

# As in rounds 2-5: a protest over a visit, a drill or a ceremony on the islands with no outright claim is optional
# (treaty=None); a named expert's analysis is optional; a private person's words (a former islander) are optional;
# an official's words on a subject that has nothing to do with Russia and Japan (a digest's other items) are
# optional treaty=False; an anonymous source (政府関係者, 外務省幹部, 日ロ関係筋, 情報筋), the wire's background block,
# a reporter's question, a poll, a document, an agreed schedule and a related-article headline are not_statements.
# In a timeline, a remark recalled with its date and speaker is a statement of that speaker (made on that date).
ARTICLES = [
# 1 NHK ニュース速報: Abe's first phone call with Putin after returning to office (Dec 2012)
dict(id="J6-01", outlet="NHK", url="https://www3.nhk.or.jp/news/html/20121228/k10014493211000.html",
published="2012-12-28",
title="安倍首相 プーチン大統領と電話会談 平和条約交渉の前進で一致",
text="""ニュース速報
安倍首相 プーチン大統領と電話会談 平和条約交渉の前進で一致

安倍総理大臣は28日夜、ロシアのプーチン大統領とおよそ15分間電話で会談し、北方領土問題について「お互いに知恵を出し合って、平和条約の締結に向けた交渉を前に進めていきたい」と述べました。これに対しプーチン大統領は「平和条約の問題については、外務省どうしの対話を再び活発にする必要がある」と応じたということです。両首脳は、来年のできるだけ早い時期に安倍総理大臣がロシアを訪問する方向で調整することで一致しました。

※この記事は速報です。内容が分かりしだい更新します。
12月28日 22時03分""",
expected=[
 dict(speaker="Shinzo Abe", treaty=True, snippet="お互いに知恵を出し合って、平和条約の締結に向けた交渉を前に進めていきたい"),
 dict(speaker="Vladimir Putin", treaty=True, snippet="平和条約の問題については、外務省どうしの対話を再び活発にする必要がある"),
],
not_statements=[
 "両首脳は、来年のできるだけ早い時期に安倍総理大臣がロシアを訪問する方向で調整することで一致しました。",
 "※この記事は速報です。内容が分かりしだい更新します。",
]),

# 2 47NEWS (Kyodo) flash: Putin on a state-TV programme (Feb 2021); a background line and two related headlines
#   that quote Japanese officials
dict(id="J6-02", outlet="47NEWS (Kyodo)", url="https://www.47news.jp/6011483.html",
published="2021-02-14",
title="プーチン氏「憲法に反することしない」　北方領土巡り",
text="""プーチン氏「憲法に反することしない」　北方領土巡り
2021/2/14 20:31 (JST)
©一般社団法人共同通信社

【モスクワ共同】ロシアのプーチン大統領は14日放送の国営テレビの番組で、北方領土問題について「われわれは憲法に反することは何もするつもりはない」と述べた。昨年発効した改正憲法に領土の割譲禁止が盛り込まれたことを踏まえた発言。一方、日本との平和条約締結問題では「対話を止めるつもりはない。日本の友人たちとの議論は続けていくべきだ」と語った。
日ロ両国は北方四島の帰属問題を抱え、第2次大戦後、平和条約を締結していない。

関連記事
・加藤官房長官、露改憲「わが国の立場に影響与えず」
・北方領土の日、菅首相「私たちの世代で解決を」""",
expected=[
 dict(speaker="Vladimir Putin", treaty=True, snippet="われわれは憲法に反することは何もするつもりはない"),
 dict(speaker="Vladimir Putin", treaty=True, snippet="対話を止めるつもりはない。日本の友人たちとの議論は続けていくべきだ"),
],
not_statements=[
 "昨年発効した改正憲法に領土の割譲禁止が盛り込まれたことを踏まえた発言。",
 "日ロ両国は北方四島の帰属問題を抱え、第2次大戦後、平和条約を締結していない。",
 "加藤官房長官、露改憲「わが国の立場に影響与えず」",
 "北方領土の日、菅首相「私たちの世代で解決を」",
]),

# 3 Jiji flash: Kono and Lavrov in Moscow (March 2018); an agreement as an event, a grave-visit remark
dict(id="J6-03", outlet="Jiji", url="https://www.jiji.com/jc/article?k=2018032101221&g=pol",
published="2018-03-21",
title="日ロ外相、共同経済活動の早期実現で一致　河野氏「帰属解決し条約締結」",
text="""日ロ外相、共同経済活動の早期実現で一致　河野氏「帰属解決し条約締結」
2018年03月21日22時05分

【モスクワ時事】河野太郎外相は21日、モスクワでロシアのラブロフ外相と会談し、北方四島での共同経済活動の早期実現に向けて協議を加速させることで一致した。河野氏は会談後、記者団に「北方四島の帰属の問題を解決して平和条約を締結する。この方針に沿って、一歩一歩進めていきたい」と強調。ラブロフ氏は共同記者発表で「平和条約問題を含め、あらゆるテーマについて率直に意見を交わした」と述べた。河野氏は元島民による航空機を使った墓参について「今年も夏までに実現できるよう調整したい」とも語った。

【関連ニュース】
・【図解】北方領土の現状
・英元スパイ暗殺未遂、露外交官23人を追放＝英政府""",
expected=[
 dict(speaker="Taro Kono", treaty=True, snippet="北方四島の帰属の問題を解決して平和条約を締結する。この方針に沿って、一歩一歩進めていきたい"),
 dict(speaker="Sergei Lavrov", treaty=True, snippet="平和条約問題を含め、あらゆるテーマについて率直に意見を交わした"),
 dict(speaker="Taro Kono", treaty=False, snippet="今年も夏までに実現できるよう調整したい"),
],
not_statements=[
 "北方四島での共同経済活動の早期実現に向けて協議を加速させることで一致した",
 "【図解】北方領土の現状",
 "英元スパイ暗殺未遂、露外交官23人を追放＝英政府",
]),

# 4 Sputnik-style machine translation of a Russian flash: Peskov after Kishida's visit to Kyiv (March 2023)
dict(id="J6-04", outlet="RusNovostiJP (machine translation from Russian)",
url="https://rusnovosti-jp.com/20230322/peskov-kishida-kiev-1061234567.html",
published="2023-03-22",
title="ペスコフ：岸田首相のキエフ訪問は露日関係に何も付け加えない",
text="""ペスコフ：岸田首相のキエフ訪問は露日関係に何も付け加えない
2023年3月22日, 15:07 (更新: 2023年3月22日, 15:20)

モスクワ、3月22日 – RusNovostiJP. 日本の首相岸田文雄のキエフへの訪問は、すでに冷え込んでいるロシアと日本の関係に何も新しいものを付け加えないだろうと、ロシア大統領府の報道官ドミトリー・ペスコフは記者団に対して述べた。
「東京は自ら非友好的な路線を選んだ。平和条約に関する対話について言えば、現在それを再開するためのいかなる前提条件も存在しない」とペスコフは強調した。
2022年3月以降、露日間の平和条約に関する交渉は中断されたままである。

テレグラムで購読する
タグ: ペスコフ, 日本, ウクライナ""",
expected=[
 dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=False, snippet="すでに冷え込んでいるロシアと日本の関係に何も新しいものを付け加えないだろう"),
 dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="現在それを再開するためのいかなる前提条件も存在しない"),
],
not_statements=[
 "2022年3月以降、露日間の平和条約に関する交渉は中断されたままである。",
 "テレグラムで購読する",
 "タグ: ペスコフ, 日本, ウクライナ",
]),

# 5 Sankei 【速報】: Kihara on a Russian drill on Etorofu and Kunashiri (March 2026): a protest, then a claim
dict(id="J6-05", outlet="Sankei", url="https://www.sankei.com/article/20260324-KQ3M7ZB2XNOVHFDJ4T6YLWRA5E/",
published="2026-03-24",
title="【速報】木原官房長官、北方領土でのロシア軍演習に抗議",
text="""【速報】木原官房長官、北方領土でのロシア軍演習に抗議
2026/3/24 11:48

木原稔官房長官は24日午前の記者会見で、ロシア軍が北方領土の択捉、国後両島で演習を始めたことについて「北方四島におけるロシアの軍備強化は、わが国の立場と相いれず、受け入れられない」と述べ、外交ルートを通じて抗議したことを明らかにした。その上で「北方四島はわが国が主権を有する島々であり、この立場に変わりはない」と強調した。ロシア軍は23日から千島列島で射撃訓練を行っている。

速報です。詳細は追ってお伝えします。""",
expected=[
 dict(speaker="Minoru Kihara", alt=["Japanese government"], treaty=None, optional=True, snippet="北方四島におけるロシアの軍備強化は、わが国の立場と相いれず、受け入れられない"),
 dict(speaker="Minoru Kihara", alt=["Japanese government"], treaty=True, snippet="北方四島はわが国が主権を有する島々であり、この立場に変わりはない"),
],
not_statements=[
 "ロシア軍は23日から千島列島で射撃訓練を行っている。",
 "速報です。詳細は追ってお伝えします。",
]),

# 6 Nikkei (wire item): the first deputy-minister round on the treaty under Abe (Aug 2013); a schedule
dict(id="J6-06", outlet="Nikkei", url="https://www.nikkei.com/article/DGXNASGM1903C_Z10C13A8FF2000/",
published="2013-08-19",
title="日ロ、平和条約巡り次官級協議　安倍政権で初",
text="""日ロ、平和条約巡り次官級協議　安倍政権で初
2013/8/19 23:10

【モスクワ=共同】日本とロシアの両政府は19日、北方領土問題を含む平和条約締結交渉の次官級協議をモスクワのロシア外務省で開いた。日本側代表の杉山晋輔外務審議官は協議後、記者団に「双方の立場を踏まえ、率直かつ突っ込んだ議論をした。交渉を前に進めるための第一歩になった」と語った。ロシア側代表のモルグロフ外務次官は「平和条約問題の解決には、双方の歩み寄りが欠かせない」との認識を示した。次回協議は年内に東京で開く方向だ。""",
expected=[
 dict(speaker="Shinsuke Sugiyama", alt=["Japanese Foreign Ministry"], treaty=True, snippet="双方の立場を踏まえ、率直かつ突っ込んだ議論をした。交渉を前に進めるための第一歩になった"),
 dict(speaker="Igor Morgulov", alt=["Russian Foreign Ministry"], treaty=True, snippet="平和条約問題の解決には、双方の歩み寄りが欠かせない"),
],
not_statements=[
 "日本とロシアの両政府は19日、北方領土問題を含む平和条約締結交渉の次官級協議をモスクワのロシア外務省で開いた。",
 "次回協議は年内に東京で開く方向だ。",
]),

# 7 Hokkaido Shimbun flash: the Kaigara kelp talks (May 2024); the only statement (the governor, by title) is in
#   the headline; the body is an event; two related headlines
dict(id="J6-07", outlet="Hokkaido Shimbun", url="https://www.hokkaido-np.co.jp/article/1018842/",
published="2024-05-31",
title="貝殻島コンブ漁、日ロ交渉が妥結　知事「出漁できることに安堵」",
text="""貝殻島コンブ漁、日ロ交渉が妥結　知事「出漁できることに安堵」
05/31 18:20

【根室】北方領土・歯舞群島の貝殻島周辺で行う今年のコンブ漁を巡り、北海道水産会とロシア側との民間交渉が31日、妥結した。採取料や操業条件は昨年と同水準で、6月1日の解禁に合わせて根室の漁業者が出漁できる見通しとなった。

◆関連記事
ロシア、安全操業の協定履行を停止　道東の漁業者に不安広がる
北方墓参、今年も見送り　元島民「もう時間がない」""",
expected=[
 dict(speaker="Naomichi Suzuki", treaty=False, snippet="出漁できることに安堵"),
],
not_statements=[
 "北海道水産会とロシア側との民間交渉が31日、妥結した。",
 "ロシア、安全操業の協定履行を停止　道東の漁業者に不安広がる",
 "北方墓参、今年も見送り　元島民「もう時間がない」",
]),

# 8 Yomiuri flash: Zakharova against the 2026 Diplomatic Bluebook, Motegi on the same wording; the Bluebook's
#   wording itself is a document; paywall line
dict(id="J6-08", outlet="Yomiuri", url="https://www.yomiuri.co.jp/world/20260414-OYT1T50188/",
published="2026-04-14",
title="外交青書、北方領土「主権有する島々」　露外務省「容認できない」",
text="""外交青書、北方領土「主権有する島々」　露外務省「容認できない」
2026/04/14 21:33

【モスクワ=読売】ロシア外務省のザハロワ報道官は14日、日本政府が同日の閣議で報告した2026年版外交青書について声明を出し、北方領土を「日本が主権を有する島々」とした記述に対し「南クリル諸島は第2次世界大戦の結果、合法的にロシアの領土となった。日本の主張は容認できない」と反発した。茂木外相は同日午前の記者会見で、青書の記述について「北方四島はわが国が主権を有する島々であるという、一貫した立場を示したものだ」と説明していた。
読売新聞オンライン会員になると続きをお読みいただけます""",
expected=[
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="南クリル諸島は第2次世界大戦の結果、合法的にロシアの領土となった。日本の主張は容認できない"),
 dict(speaker="Toshimitsu Motegi", alt=["Japanese Foreign Ministry"], treaty=True, snippet="北方四島はわが国が主権を有する島々であるという、一貫した立場を示したものだ"),
],
not_statements=[
 "北方領土を「日本が主権を有する島々」とした記述に対し",
 "読売新聞オンライン会員になると続きをお読みいただけます",
]),

# 9 News-app digest, 7 Feb 2020: the cruise ship, the Northern Territories Day rally, Zakharova the day before,
#   weather, baseball
dict(id="J6-09", outlet="news app (きょうの主なニュース)", url="https://newsdigest-app.jp/digest/20200207-evening",
published="2020-02-07",
title="きょうの主なニュース　2月7日（金）夕方版",
text="""きょうの主なニュース　2月7日（金）夕方版

■クルーズ船　新たに41人の感染確認
横浜港に停泊中のクルーズ船「ダイヤモンド・プリンセス」で、新たに41人の新型コロナウイルスへの感染が確認されました。加藤厚生労働相は記者会見で「乗客の健康管理に万全を期し、必要な医療を提供していく」と述べました。

■北方領土の日　首相「交渉を進める」
「北方領土の日」のきょう、東京都内で北方領土返還要求全国大会が開かれました。安倍首相はあいさつで「領土問題を解決して平和条約を締結する。この方針に揺るぎはない」と述べたうえで、「元島民の皆さんの思いを胸に、粘り強く交渉を進めていく」と強調しました。会場では、元島民らが一日も早い返還の実現を訴えました。

■ロシア報道官「雰囲気損なう」
ロシア外務省のザハロワ報道官は6日の定例会見で、日本で毎年開かれる「北方領土の日」の行事について「両国関係の前向きな雰囲気づくりにはつながらない」と不快感を示しました。

■関東の週末　晴れて空気カラカラ
関東地方は週末も冬型の気圧配置が続き、晴れて空気が乾燥する見込みです。火の取り扱いに注意が必要です。

■プロ野球キャンプ　ルーキーが初の紅白戦
沖縄や宮崎で春季キャンプ中のプロ野球各球団では、新人選手が初めて紅白戦に出場し、ファンの注目を集めました。""",
expected=[
 dict(speaker="Katsunobu Kato", treaty=False, optional=True, snippet="乗客の健康管理に万全を期し、必要な医療を提供していく"),
 dict(speaker="Shinzo Abe", treaty=True, snippet="領土問題を解決して平和条約を締結する。この方針に揺るぎはない"),
 dict(speaker="Shinzo Abe", treaty=True, snippet="元島民の皆さんの思いを胸に、粘り強く交渉を進めていく"),
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=None, optional=True, snippet="両国関係の前向きな雰囲気づくりにはつながらない"),
],
not_statements=[
 "新たに41人の新型コロナウイルスへの感染が確認されました。",
 "会場では、元島民らが一日も早い返還の実現を訴えました。",
 "関東地方は週末も冬型の気圧配置が続き、晴れて空気が乾燥する見込みです。",
 "新人選手が初めて紅白戦に出場し、ファンの注目を集めました。",
]),

# 10 Jiji digest, 7 Oct 2013: Abe–Putin at APEC Bali among a typhoon, Suga on the Fukushima water, the Nobel
#    prize and the stock market
dict(id="J6-10", outlet="Jiji", url="https://www.jiji.com/jc/list?g=main&d=20131007",
published="2013-10-07",
title="時事ドットコム　主要ニュース（7日夜）",
text="""時事ドットコム　主要ニュース（7日夜）
2013年10月07日

◆日ロ首脳、平和条約交渉の加速確認＝ＡＰＥＣで会談
【ヌサドゥア（インドネシア・バリ島）時事】安倍晋三首相は7日夜、アジア太平洋経済協力会議（ＡＰＥＣ）首脳会議が開かれているバリ島でロシアのプーチン大統領と会談した。首相は北方領土問題について「次官級協議が動きだしたのを弾みに、平和条約交渉のペースを上げていきたい」と表明。プーチン氏は「交渉は始まったばかりだが、外相同士の協議も含めて前進させよう」と応じた。プーチン氏は来年2月のソチ冬季五輪に首相を招待し、首相は「前向きに検討したい」と述べるにとどめた。会談の冒頭、首相はこの日61歳の誕生日を迎えた大統領に祝意を伝えた。

◆台風24号、沖縄・奄美に接近＝8日にかけ暴風警戒
強い台風24号は7日、沖縄本島の西の海上を北上した。沖縄・奄美では8日にかけて暴風や高波に厳重な警戒が必要だ。

◆汚染水対策「国が前面に」＝菅官房長官
菅義偉官房長官は7日の記者会見で、東京電力福島第1原発の汚染水問題について「国が前面に立って、責任を持って対策を講じる」と強調した。

◆ノーベル医学生理学賞に米独の3氏
スウェーデンのカロリンスカ研究所は7日、今年のノーベル医学生理学賞を、細胞内の物質輸送の仕組みを解明した米国とドイツの研究者3氏に授与すると発表した。

◆東証、続落＝米財政問題を警戒
7日の東京株式市場は、米国の債務上限問題への警戒から売りが優勢となり、日経平均株価は続落した。""",
expected=[
 dict(speaker="Shinzo Abe", treaty=True, snippet="次官級協議が動きだしたのを弾みに、平和条約交渉のペースを上げていきたい"),
 dict(speaker="Vladimir Putin", treaty=True, snippet="交渉は始まったばかりだが、外相同士の協議も含めて前進させよう"),
 dict(speaker="Shinzo Abe", treaty=False, optional=True, snippet="前向きに検討したい"),
 dict(speaker="Yoshihide Suga", treaty=False, optional=True, snippet="国が前面に立って、責任を持って対策を講じる"),
],
not_statements=[
 "会談の冒頭、首相はこの日61歳の誕生日を迎えた大統領に祝意を伝えた。",
 "沖縄・奄美では8日にかけて暴風や高波に厳重な警戒が必要だ。",
 "今年のノーベル医学生理学賞を、細胞内の物質輸送の仕組みを解明した米国とドイツの研究者3氏に授与すると発表した。",
 "日経平均株価は続落した。",
]),

# 11 Hokkaido Shimbun digest, 5 July 2024: Kamikawa on grave visits and the treaty, the Nemuro mayor, an
#    anonymous ministry source, heat, baseball
dict(id="J6-11", outlet="Hokkaido Shimbun", url="https://www.hokkaido-np.co.jp/article/1033517/",
published="2024-07-05",
title="道内ニュースまとめ（7月5日）",
text="""道内ニュースまとめ（7月5日）
北海道新聞デジタル　2024年7月5日 20:00

【北方墓参、今年も見通せず　上川外相「あらゆる機会に要請」】
上川陽子外相は5日の閣議後記者会見で、ロシアが受け入れを拒んでいる北方領土への墓参について「元島民の皆さまがご高齢となる中、一日でも早く故郷のお墓にお参りできるよう、あらゆる機会をとらえてロシア側に求めていく」と述べた。日ロの平和条約交渉については「ロシアの侵略で極めて厳しい状況にあるが、領土問題を解決して平和条約を締結するという方針は、いささかも揺らいでいない」と語った。外務省関係者によると、ロシア側からは今年も受け入れの回答がないという。

【根室市長「返還運動の灯守る」】
根室市の石垣雅敏市長は5日、市内で開かれた返還運動関係団体の総会であいさつし、「島が返るその日まで、運動の灯を絶やすわけにはいかない。若い世代に思いをつないでいく」と訴えた。

【北見で33度、今年初の真夏日】
道内は5日、高気圧に覆われて気温が上がり、北見市で33.1度を観測するなど各地で今年初の真夏日となった。

【日本ハム、逆転勝ちで3連勝】
日本ハムは5日、エスコンフィールドで楽天に5―3で逆転勝ちし、3連勝とした。""",
expected=[
 dict(speaker="Yoko Kamikawa", alt=["Japanese Foreign Ministry"], treaty=False, snippet="一日でも早く故郷のお墓にお参りできるよう、あらゆる機会をとらえてロシア側に求めていく"),
 dict(speaker="Yoko Kamikawa", alt=["Japanese Foreign Ministry"], treaty=True, snippet="領土問題を解決して平和条約を締結するという方針は、いささかも揺らいでいない"),
 dict(speaker="Masatoshi Ishigaki", treaty=True, snippet="島が返るその日まで、運動の灯を絶やすわけにはいかない"),
],
not_statements=[
 "外務省関係者によると、ロシア側からは今年も受け入れの回答がないという。",
 "北見市で33.1度を観測するなど各地で今年初の真夏日となった。",
 "日本ハムは5日、エスコンフィールドで楽天に5―3で逆転勝ちし、3連勝とした。",
]),

# 12 Portal digest, 24 Jan 2025: Ishiba's policy speech (Ukraine and the treaty), Ambassador Nozdrev, Fuji TV,
#    a poll, weather
dict(id="J6-12", outlet="LINE NEWS (夜のニュースまとめ)", url="https://news.line.me/digest/20250124-night",
published="2025-01-24",
title="夜のニュースまとめ　1月24日（金）",
text="""夜のニュースまとめ　1月24日（金）

▼石破首相が施政方針演説　「楽しい日本」目指す
通常国会が召集され、石破首相が衆参両院の本会議で施政方針演説を行いました。首相は「楽しい日本」を目指すと訴えたうえで、ロシアについて「ウクライナ侵略は決して許されるものではなく、厳しい対ロ制裁を続ける」と表明。日ロ関係では「現在、厳しい状況にありますが、北方領土問題を解決し、平和条約を締結するとの方針を引き続き堅持します」と述べました。

▼ロシア大使「平和条約を語る状況にない」
ロシアのノズドリョフ駐日大使はロシアの通信社のインタビューで、日本との平和条約について「日本政府が非友好的な路線を続ける限り、語り合う状況にはない」と述べました。一方で「対話の扉を閉ざしたのは日本の側だ」とも主張しました。

▼フジテレビ問題　CM差し替え広がる
タレントの女性トラブルをめぐる問題で、フジテレビにCMを出稿している企業の間で、公共広告への差し替えが相次いでいます。

▼内閣支持率 3割台で横ばい
報道各社の最新の世論調査で、石破内閣の支持率は3割台で横ばいとなっています。

▼日本海側 週末は大雪に警戒
強い冬型の気圧配置の影響で、週末にかけて日本海側を中心に大雪となるおそれがあります。""",
expected=[
 dict(speaker="Shigeru Ishiba", treaty=False, snippet="ウクライナ侵略は決して許されるものではなく、厳しい対ロ制裁を続ける"),
 dict(speaker="Shigeru Ishiba", treaty=True, snippet="北方領土問題を解決し、平和条約を締結するとの方針を引き続き堅持します"),
 dict(speaker="Nikolai Nozdrev", treaty=True, snippet="日本政府が非友好的な路線を続ける限り、語り合う状況にはない"),
 dict(speaker="Nikolai Nozdrev", treaty=None, optional=True, snippet="対話の扉を閉ざしたのは日本の側だ"),
],
not_statements=[
 "フジテレビにCMを出稿している企業の間で、公共広告への差し替えが相次いでいます。",
 "報道各社の最新の世論調査で、石破内閣の支持率は3割台で横ばいとなっています。",
 "週末にかけて日本海側を中心に大雪となるおそれがあります。",
]),

# 13 Asahi live blog, the Sept 2023 reshuffle: Kamikawa's and Kihara's first press conferences; entries that
#    continue the previous speaker (one on the Senkakus, another dispute); a reporter's question, the list read
#    out, an anonymous official
dict(id="J6-13", outlet="Asahi", url="https://www.asahi.com/live/articles/ASR9F3T4QR9FUTFK00A.html",
published="2023-09-13",
title="内閣改造　ライブ更新",
text="""内閣改造　ライブ更新
朝日新聞デジタル　2023年9月13日
（時刻は日本時間。上から古い順に掲載しています）

12:58
第2次岸田再改造内閣の顔ぶれが固まりました。外相に上川陽子氏、防衛相に木原稔氏が起用されます。

13:40
松野博一官房長官が首相官邸で閣僚名簿を読み上げました。女性閣僚は過去最多に並ぶ5人です。

17:30
皇居で認証式が行われました。

21:12
上川外相の就任記者会見が外務省で始まりました。

21:18
対ロシア外交について「ロシアによるウクライナ侵略で、日ロ関係は厳しい状況にあります。それでも、北方領土問題を解決して平和条約を締結するという方針は堅持していきます」と述べました。

21:24
記者からは「平和条約交渉は事実上止まっているのではないか」との質問も出ました。上川外相は「現時点で交渉を再開できる状況にはないが、方針に変わりはない」と答えました。

21:28
中国との関係では、尖閣諸島について「我が国固有の領土であり、解決すべき領有権の問題はそもそも存在しない」と強調しました。

21:31
北方墓参などの四島交流事業については「元島民の方々の切実な思いを重く受け止め、人道的な観点から再開を粘り強く求めたい」と話しました。

22:05
木原稔防衛相が防衛省で就任会見。日本周辺でのロシア軍の動きについて「中国軍との共同飛行や共同航行を繰り返しており、その動向を強い関心を持って見ていく」と語りました。

22:11
北方領土でのロシア軍の軍備強化についても問われ、「わが国の立場と相いれず、受け入れることはできない」と述べました。

22:40
新藤義孝経済再生相は就任会見で、物価高対策について「賃上げが物価上昇に追いつくよう、あらゆる政策を総動員する」と強調しました。

23:02
政府関係者は「上川氏の起用には、経験豊富な実務型の外相で安定感を出す狙いがある」と話しています。""",
expected=[
 dict(speaker="Yoko Kamikawa", alt=["Japanese Foreign Ministry"], treaty=True, snippet="北方領土問題を解決して平和条約を締結するという方針は堅持していきます"),
 dict(speaker="Yoko Kamikawa", alt=["Japanese Foreign Ministry"], treaty=True, snippet="現時点で交渉を再開できる状況にはないが、方針に変わりはない"),
 dict(speaker="Yoko Kamikawa", alt=["Japanese Foreign Ministry"], treaty=False, optional=True, snippet="我が国固有の領土であり、解決すべき領有権の問題はそもそも存在しない"),
 dict(speaker="Yoko Kamikawa", alt=["Japanese Foreign Ministry"], treaty=False, snippet="元島民の方々の切実な思いを重く受け止め、人道的な観点から再開を粘り強く求めたい"),
 dict(speaker="Minoru Kihara", treaty=False, snippet="中国軍との共同飛行や共同航行を繰り返しており、その動向を強い関心を持って見ていく"),
 dict(speaker="Minoru Kihara", treaty=None, optional=True, snippet="わが国の立場と相いれず、受け入れることはできない"),
 dict(speaker="Yoshitaka Shindo", treaty=False, optional=True, snippet="賃上げが物価上昇に追いつくよう、あらゆる政策を総動員する"),
],
not_statements=[
 "松野博一官房長官が首相官邸で閣僚名簿を読み上げました。",
 "皇居で認証式が行われました。",
 "平和条約交渉は事実上止まっているのではないか",
 "上川氏の起用には、経験豊富な実務型の外相で安定感を出す狙いがある",
]),

# 14 Nikkei live blog, Nagato, 15 Dec 2016 (day one of Putin's visit): Peskov before, Abe after the talks in two
#    entries, Ushakov, Seko; the delay, the start of the talks, an anonymous official
dict(id="J6-14", outlet="Nikkei", url="https://www.nikkei.com/live/putin-visit-japan-20161215/",
published="2016-12-15",
title="プーチン大統領来日　長門の首脳会談　ライブ",
text="""プーチン大統領来日　長門の首脳会談　ライブ
日本経済新聞　2016/12/15
（随時更新。時刻は日本時間）

11:20　プーチン大統領のモスクワ出発が遅れ、山口県への到着は予定より大幅に遅れる見通しとなった。

13:05　ペスコフ大統領報道官がロシアの記者団に「島の問題で一度に大きな進展を期待すべきではない。一回の会談で解決できるほど単純な問題ではない」と語った。

17:10　大統領を乗せた特別機が山口宇部空港に到着。予定より2時間40分ほど遅れた。

17:55　長門市の老舗旅館「大谷山荘」で首脳会談が始まった。首相は玄関で大統領を出迎え、握手を交わした。

19:50　通訳のみを交えた一対一の会談に移った。

22:35　会談を終えた安倍晋三首相が記者団の取材に応じ、「元島民の方々の思いを胸に、平和条約の問題について、率直かつ突っ込んだ議論を行うことができた」と語った。

22:38　四島での共同経済活動についても「平和条約の締結に向けた重要な一歩になり得る。明日の東京での会談で、さらに議論を深めたい」と述べた。

22:50　ウシャコフ大統領補佐官はロシア側記者団に「島の主権の問題は、きょうは議題にならなかった。共同経済活動はロシアの法律に基づいて行われるべきだ」と説明した。

23:05　世耕弘成経済産業相（ロシア経済分野協力担当相）は「8項目の協力プランの具体化で、エネルギーや医療など多くの成果を出したい」と話した。

23:20　日本政府関係者は「共同声明のような形の文書は出ない見通しだ」と明かした。""",
expected=[
 dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="島の問題で一度に大きな進展を期待すべきではない。一回の会談で解決できるほど単純な問題ではない"),
 dict(speaker="Shinzo Abe", treaty=True, snippet="元島民の方々の思いを胸に、平和条約の問題について、率直かつ突っ込んだ議論を行うことができた"),
 dict(speaker="Shinzo Abe", treaty=True, snippet="平和条約の締結に向けた重要な一歩になり得る。明日の東京での会談で、さらに議論を深めたい"),
 dict(speaker="Yuri Ushakov", alt=["Kremlin"], treaty=True, snippet="島の主権の問題は、きょうは議題にならなかった。共同経済活動はロシアの法律に基づいて行われるべきだ"),
 dict(speaker="Hiroshige Seko", treaty=False, snippet="8項目の協力プランの具体化で、エネルギーや医療など多くの成果を出したい"),
],
not_statements=[
 "プーチン大統領のモスクワ出発が遅れ、山口県への到着は予定より大幅に遅れる見通しとなった。",
 "長門市の老舗旅館「大谷山荘」で首脳会談が始まった。",
 "通訳のみを交えた一対一の会談に移った。",
 "共同声明のような形の文書は出ない見通しだ",
]),

# 15 NHK live blog, Putin's annual press conference (Dec 2017): a Japanese reporter's question, three answers in
#    three entries (the last two without his name), his candidacy, an anonymous ministry official
dict(id="J6-15", outlet="NHK", url="https://www3.nhk.or.jp/news/live/20171214_putin_presser/",
published="2017-12-14",
title="ライブ　プーチン大統領 年末恒例の記者会見",
text="""ライブ　プーチン大統領 年末恒例の記者会見
NHK NEWS WEB　2017年12月14日
（時刻は日本時間です）

18:02
モスクワで、プーチン大統領の年末恒例の大規模な記者会見が始まりました。ことしは国内外から1600人余りの記者が登録しています。

18:31
来年3月の大統領選挙について、プーチン大統領は「政党の推薦を受けず、自ら立候補する」と述べ、改めて立候補の意向を示しました。

20:09
日本の記者が質問に立ち、北方領土での共同経済活動の進め方と、平和条約締結の見通しについて尋ねました。

20:12
プーチン大統領は「日本との平和条約は、両国関係の長期的な発展のために必要だ。われわれはそれを心から望んでいる」と答えました。

20:15
さらに「ただし、島々に将来アメリカの軍事施設が置かれるのかどうかは、われわれにとって極めて重要な問題であり、日本側の答えを聞きたい」と付け加えました。

20:17
共同経済活動については「信頼の雰囲気を生み、平和条約への道を開く取り組みだ」と評価しました。

21:46
記者会見が終わりました。時間は3時間40分余りに及びました。

22:10
日本外務省の幹部は「米軍施設への言及はこれまでの発言の延長線上にあり、想定の範囲内だ」と話しています。""",
expected=[
 dict(speaker="Vladimir Putin", treaty=False, optional=True, snippet="政党の推薦を受けず、自ら立候補する"),
 dict(speaker="Vladimir Putin", treaty=True, snippet="日本との平和条約は、両国関係の長期的な発展のために必要だ。われわれはそれを心から望んでいる"),
 dict(speaker="Vladimir Putin", treaty=True, snippet="島々に将来アメリカの軍事施設が置かれるのかどうかは、われわれにとって極めて重要な問題であり"),
 dict(speaker="Vladimir Putin", treaty=True, snippet="信頼の雰囲気を生み、平和条約への道を開く取り組みだ"),
],
not_statements=[
 "ことしは国内外から1600人余りの記者が登録しています。",
 "北方領土での共同経済活動の進め方と、平和条約締結の見通しについて尋ねました。",
 "時間は3時間40分余りに及びました。",
 "米軍施設への言及はこれまでの発言の延長線上にあり、想定の範囲内だ",
]),

# 16 Mainichi key quotes after Abe's death (July 2022): five dated Abe remarks, Putin's condolences; the 1956
#    declaration as a document, the writer's closing line
dict(id="J6-16", outlet="Mainichi", url="https://mainichi.jp/articles/20220709/k00/00m/010/241000c",
published="2022-07-09",
title="安倍元首相と対ロ外交　首脳会談27回　主な発言で振り返る",
text="""安倍元首相と対ロ外交　首脳会談27回　主な発言で振り返る
毎日新聞　2022/7/9 20:15

8日に奈良市で銃撃されて死去した安倍晋三元首相は、第2次政権以降、ロシアのプーチン大統領と27回の首脳会談を重ねた。北方領土問題を巡る主な発言を振り返る。

◆2013年4月29日　モスクワでの首脳会談後の共同記者会見
「戦後70年近くを経ても平和条約が締結されていないのは、異常な状態と言わざるを得ない」

◆2016年5月6日　ソチでの首脳会談後、記者団に
「今までの発想にとらわれない新たなアプローチで、交渉を精力的に進めていく。停滞を打破する手応えを得た」

◆2018年11月14日　シンガポールでの首脳会談後、記者団に
「1956年の日ソ共同宣言を基礎として、平和条約交渉を加速させる。そのことで大統領と合意した」
※日ソ共同宣言は、平和条約締結後に歯舞群島と色丹島を日本に引き渡すと定めている。

◆2019年1月22日　モスクワでの首脳会談後の共同記者発表
「交渉のゴールはまだ見えないが、私と大統領の強い意思で、必ず前進させる」

◆2020年8月28日　辞任表明の記者会見
「北方領土問題を解決し、平和条約を締結できなかったことは、痛恨の極みだ」

◆プーチン氏の弔電
プーチン大統領は8日、安倍氏の母親と妻に宛てた弔電で「安倍氏は傑出した政治家で、両国の善隣関係の発展のために多くのことを成し遂げた」とたたえた。

ロシアのウクライナ侵攻後、平和条約交渉は中断したままで、安倍氏が目指した領土問題の解決は遠のいている。""",
expected=[
 dict(speaker="Shinzo Abe", treaty=True, snippet="戦後70年近くを経ても平和条約が締結されていないのは、異常な状態と言わざるを得ない"),
 dict(speaker="Shinzo Abe", treaty=True, snippet="今までの発想にとらわれない新たなアプローチで、交渉を精力的に進めていく"),
 dict(speaker="Shinzo Abe", treaty=True, snippet="1956年の日ソ共同宣言を基礎として、平和条約交渉を加速させる"),
 dict(speaker="Shinzo Abe", treaty=True, snippet="交渉のゴールはまだ見えないが、私と大統領の強い意思で、必ず前進させる"),
 dict(speaker="Shinzo Abe", treaty=True, snippet="北方領土問題を解決し、平和条約を締結できなかったことは、痛恨の極みだ"),
 dict(speaker="Vladimir Putin", treaty=False, optional=True, snippet="安倍氏は傑出した政治家で、両国の善隣関係の発展のために多くのことを成し遂げた"),
],
not_statements=[
 "ロシアのプーチン大統領と27回の首脳会談を重ねた。",
 "※日ソ共同宣言は、平和条約締結後に歯舞群島と色丹島を日本に引き渡すと定めている。",
 "ロシアのウクライナ侵攻後、平和条約交渉は中断したままで、安倍氏が目指した領土問題の解決は遠のいている。",
]),

# 17 47NEWS (Kyodo) timeline on Putin's fifth inauguration (May 2024): four dated Putin remarks, Hayashi the same
#    day; the inauguration, the writer's line, the constitution, the background block
dict(id="J6-17", outlet="47NEWS (Kyodo)", url="https://www.47news.jp/10884215.html",
published="2024-05-07",
title="プーチン氏、5期目始動　北方領土巡る主な発言",
text="""プーチン氏、5期目始動　北方領土巡る主な発言
2024年05月07日 21時10分　共同通信

【モスクワ共同】ロシアのプーチン大統領は7日、クレムリンで通算5期目の就任式に臨んだ。北方領土問題を巡る発言は、時期によって柔軟さと強硬さの間で揺れてきた。主な発言は次の通り。

▽2013年4月29日（モスクワでの安倍晋三首相との共同記者会見）
「平和条約の問題を解決するため、両国の外務省に交渉を活発化させるよう指示することで合意した」

▽2014年5月24日（サンクトペテルブルクで各国通信社の代表と会見）
「われわれは平和条約について交渉する用意がある。だが、日本側に交渉を続ける用意があるのかどうか、聞きたい」

▽2018年9月12日（ウラジオストクの東方経済フォーラム全体会合）
「今思いついたのだが、年内に前提条件なしで平和条約を結ぼう。争いのある問題は、その後で話し合えばいい」

▽2019年6月20日（国民との直接対話番組）
「島を日本に引き渡す計画は、われわれにはない」

2020年の改正憲法には、領土の割譲を禁じる条項が盛り込まれた。

林芳正官房長官は7日の記者会見で、プーチン氏の5期目始動について問われ、「ロシアによるウクライナ侵略が続く中、厳しい対ロ制裁を引き続き実施していく」と述べた。同時に「隣国ロシアとの間で領土問題を解決し、平和条約を締結するという方針に変わりはない」と強調した。

日ロ両国は北方四島の帰属問題を抱え、平和条約を締結していない。ロシアは2022年3月、日本の対ロ制裁を理由に平和条約交渉を中断した。""",
expected=[
 dict(speaker="Vladimir Putin", treaty=True, snippet="平和条約の問題を解決するため、両国の外務省に交渉を活発化させるよう指示することで合意した"),
 dict(speaker="Vladimir Putin", treaty=True, snippet="われわれは平和条約について交渉する用意がある。だが、日本側に交渉を続ける用意があるのかどうか、聞きたい"),
 dict(speaker="Vladimir Putin", treaty=True, snippet="年内に前提条件なしで平和条約を結ぼう。争いのある問題は、その後で話し合えばいい"),
 dict(speaker="Vladimir Putin", treaty=True, snippet="島を日本に引き渡す計画は、われわれにはない"),
 dict(speaker="Yoshimasa Hayashi", treaty=False, snippet="ロシアによるウクライナ侵略が続く中、厳しい対ロ制裁を引き続き実施していく"),
 dict(speaker="Yoshimasa Hayashi", treaty=True, snippet="隣国ロシアとの間で領土問題を解決し、平和条約を締結するという方針に変わりはない"),
],
not_statements=[
 "ロシアのプーチン大統領は7日、クレムリンで通算5期目の就任式に臨んだ。",
 "北方領土問題を巡る発言は、時期によって柔軟さと強硬さの間で揺れてきた。",
 "2020年の改正憲法には、領土の割譲を禁じる条項が盛り込まれた。",
 "日ロ両国は北方四島の帰属問題を抱え、平和条約を締結していない。",
 "ロシアは2022年3月、日本の対ロ制裁を理由に平和条約交渉を中断した。",
]),

# 18 Sankei key quotes before the 2026 Northern Territories Day: the PMs' rally speeches 2013-2025; a plan,
#    a treaty of 1855, a poll, the wording history as the writer's account, a related headline
dict(id="J6-18", outlet="Sankei", url="https://www.sankei.com/article/20260206-3JXQWZ5N2VLB7HKM4PDC6RTYFU/",
published="2026-02-06",
title="北方領土の日　歴代首相は何を語ってきたか　返還要求大会のあいさつから",
text="""北方領土の日　歴代首相は何を語ってきたか　返還要求大会のあいさつから
2026/2/6 17:00

7日の「北方領土の日」に合わせ、東京都内で北方領土返還要求全国大会が開かれ、高市早苗首相が出席する予定だ。第2次安倍政権以降の歴代首相は、大会のあいさつで何を語ってきたのか。主な発言を振り返る。

■2013年　安倍晋三首相
「四島の帰属の問題を最終的に解決し、ロシアとの間に平和条約を結ぶ。そのために、首脳同士の信頼関係を築き直していく」

■2019年　安倍首相
「プーチン大統領との間で、交渉をしっかりと前に進めていく。その決意に一点の曇りもない」

■2021年　菅義偉首相
「北方領土問題を解決し、平和条約を締結する。我々の世代でこの問題に終止符を打つ決意で臨む」

■2023年　岸田文雄首相（ロシアのウクライナ侵略後、初の大会）
「ロシアによる侵略で日ロ関係は厳しい状況にあるが、四島の帰属の問題を解決して平和条約を締結するとの方針を堅持していく」

■2025年　石破茂首相
「北方領土は我が国が主権を有する島々であり、この問題の解決に向けて全力を尽くす」

「不法占拠」の文言は2019年の大会で首相あいさつから消え、交渉が行き詰まった22年以降、国会答弁などで再び使われるようになった。

そもそも1855年の日魯通好条約は、択捉島とウルップ島の間に国境を定めている。内閣府が2023年に実施した世論調査では、北方領土問題に「関心がある」と答えた人は6割台にとどまり、若い世代ほど関心が低い傾向がみられた。

【関連記事】高市首相、北方領土「主権有する島々」　答弁で明言""",
expected=[
 dict(speaker="Shinzo Abe", treaty=True, snippet="四島の帰属の問題を最終的に解決し、ロシアとの間に平和条約を結ぶ"),
 dict(speaker="Shinzo Abe", treaty=True, snippet="プーチン大統領との間で、交渉をしっかりと前に進めていく。その決意に一点の曇りもない"),
 dict(speaker="Yoshihide Suga", treaty=True, snippet="我々の世代でこの問題に終止符を打つ決意で臨む"),
 dict(speaker="Fumio Kishida", treaty=True, snippet="四島の帰属の問題を解決して平和条約を締結するとの方針を堅持していく"),
 dict(speaker="Shigeru Ishiba", treaty=True, snippet="北方領土は我が国が主権を有する島々であり、この問題の解決に向けて全力を尽くす"),
],
not_statements=[
 "東京都内で北方領土返還要求全国大会が開かれ、高市早苗首相が出席する予定だ。",
 "「不法占拠」の文言は2019年の大会で首相あいさつから消え、交渉が行き詰まった22年以降、国会答弁などで再び使われるようになった。",
 "1855年の日魯通好条約は、択捉島とウルップ島の間に国境を定めている。",
 "北方領土問題に「関心がある」と答えた人は6割台にとどまり",
 "高市首相、北方領土「主権有する島々」　答弁で明言",
]),

# 19 Hokkaido Shimbun weekly digest column (the week of 2-8 Sept 2024): Limarenko, Hayashi, Putin at the EEF,
#    Kamikawa's reply and grave visits, a former islander; a poll, an anonymous source, the writer's outlook
dict(id="J6-19", outlet="Hokkaido Shimbun", url="https://www.hokkaido-np.co.jp/article/1061390/",
published="2024-09-08",
title="週刊 日ロ・北方領土ニュース（9月2日～8日）",
text="""週刊 日ロ・北方領土ニュース（9月2日～8日）
北海道新聞デジタル　2024年9月8日 6:00

今週の日ロ関係と北方領土を巡る主な動きを、日付順にまとめました。

■サハリンで「対日戦勝記念日」の式典（3日）
ロシアが「軍国主義日本に対する勝利と第2次大戦終結の日」と定める3日、サハリン州の州都ユジノサハリンスクで記念式典が開かれた。リマレンコ州知事は演説で「クリール諸島は、先人が血を流して勝ち取ったロシアの揺るぎない領土だ。いかなる国とも、この土地を巡って交渉するつもりはない」と述べた。式典には軍関係者や退役軍人ら約千人が参列し、国後島や択捉島でも同様の行事が行われた。

■林官房長官「立場と相いれず」（3日）
林芳正官房長官は3日の記者会見で、ロシア側が北方領土を含む各地で戦勝記念行事を行ったことについて問われ、「北方四島は我が国固有の領土であり、四島の帰属を巡る我が国の立場と相いれない行事は受け入れられない」と述べた。

■知事、隣接地域の振興を要望（4日）
鈴木直道知事は4日、内閣府などを訪れ、根室市など北方領土隣接地域の振興に向けた予算の確保を要望した。知事は面会後、記者団に「交流事業が止まり、地域の経済は厳しさを増している。返還運動を支える地域の活力を保つことが欠かせない」と述べた。根室管内1市4町は、来年度予算で特別措置法に基づく補助のかさ上げを求めている。

■プーチン大統領「扉は閉ざしていない」（5日）
ウラジオストクで開かれた東方経済フォーラムの全体会合で、プーチン大統領は司会者から日本との関係について問われ、「日本が平和条約を巡る対話を望むなら、われわれは拒まない。ただ、そのための雰囲気を壊したのは日本自身だ」と語った。ロシアは2022年3月、日本の対ロ制裁を理由に平和条約交渉を中断している。

■上川外相「責任はロシアに」（6日）
上川陽子外相は6日の閣議後記者会見で、プーチン氏の発言について「交渉を一方的に中断したのはロシア側であり、日本に責任を転嫁する主張は受け入れられない」と反論した。北方墓参が今年も実現しなかったことについては「元島民の方々の思いを考えると、誠に遺憾だ。引き続き再開を強く求めていく」と述べた。

■元島民が洋上慰霊（7日）
根室市などに住む元島民ら約40人が7日、チャーター船で歯舞群島沖に出て、洋上から故郷の先祖に祈りをささげた。志発島出身の川村ミツさん（88）は「せめて島の見える海の上から手を合わせたかった。来年こそ上陸して、墓前に花を供えたい」と話した。

■道民世論調査　「返還交渉を続けるべき」7割
北海道新聞社が8月に実施した道民世論調査では、北方領土問題について「返還交渉を粘り強く続けるべきだ」と答えた人が68％に上った。「当面は交渉は難しい」は25％だった。

■来週の主な予定
・10日　ロシア海軍などの大規模演習「オケアン（大洋）2024」開始。太平洋やオホーツク海などで16日まで
・11日　根室市で北方領土隣接地域の首長らによる会議
・13日　北方四島交流センター（ニ・ホ・ロ）で元島民の証言を聞く会
・14日　道東沖の公海で操業するサンマ漁船の第2陣が出港

■記者の目
日ロ関係筋は「プーチン氏の発言は、日本の次の首相の出方を探るものだ」とみる。自民党総裁選（27日投開票）の結果次第で、対ロ外交の打ち出し方が変わる可能性もある。ただ、制裁と対抗措置の応酬が続く中、交渉再開の糸口が見えないのが実情だ。元島民の平均年齢は89歳に迫り、残された時間は少ない。次の首相が、止まったままの墓参や交流事業の再開にどう道筋を付けるのか。地元の視線は厳しい。（東京報道センター、根室支局）""",
expected=[
 dict(speaker="Valery Limarenko", treaty=True, snippet="クリール諸島は、先人が血を流して勝ち取ったロシアの揺るぎない領土だ"),
 dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=True, snippet="北方四島は我が国固有の領土であり、四島の帰属を巡る我が国の立場と相いれない行事は受け入れられない"),
 dict(speaker="Naomichi Suzuki", treaty=None, optional=True, snippet="返還運動を支える地域の活力を保つことが欠かせない"),
 dict(speaker="Vladimir Putin", treaty=True, snippet="日本が平和条約を巡る対話を望むなら、われわれは拒まない。ただ、そのための雰囲気を壊したのは日本自身だ"),
 dict(speaker="Yoko Kamikawa", alt=["Japanese Foreign Ministry"], treaty=True, snippet="交渉を一方的に中断したのはロシア側であり、日本に責任を転嫁する主張は受け入れられない"),
 dict(speaker="Yoko Kamikawa", alt=["Japanese Foreign Ministry"], treaty=False, snippet="元島民の方々の思いを考えると、誠に遺憾だ。引き続き再開を強く求めていく"),
 dict(speaker="川村ミツ", alt=["川村"], treaty=False, optional=True, snippet="せめて島の見える海の上から手を合わせたかった"),
],
not_statements=[
 "式典には軍関係者や退役軍人ら約千人が参列し、国後島や択捉島でも同様の行事が行われた。",
 "根室管内1市4町は、来年度予算で特別措置法に基づく補助のかさ上げを求めている。",
 "ロシア海軍などの大規模演習「オケアン（大洋）2024」開始。",
 "ロシアは2022年3月、日本の対ロ制裁を理由に平和条約交渉を中断している。",
 "「返還交渉を粘り強く続けるべきだ」と答えた人が68％に上った。",
 "プーチン氏の発言は、日本の次の首相の出方を探るものだ",
 "ただ、制裁と対抗措置の応酬が続く中、交渉再開の糸口が見えないのが実情だ。",
]),

# 20 Sputnik-style machine translation, Lavrov's annual press conference (Jan 2016) topic by topic, with
#    Kishida's reply the next day; the agency's background block, an anonymous "source", a related link, tags
dict(id="J6-20", outlet="RusPressaJP (machine translation from Russian)",
url="https://ruspressa-jp.com/20160126/lavrov-press-conference-japan-1024567891.html",
published="2016-01-27",
title="ラヴロフ外相の年次記者会見：日本、シリア、ウクライナについての主な発言",
text="""ラヴロフ外相の年次記者会見：日本、シリア、ウクライナについての主な発言
2016年1月26日, 19:40 (更新: 2016年1月27日, 16:15)

モスクワ、1月26日 – RusPressaJP. ロシアのセルゲイ・ラヴロフ外相は、2015年のロシア外交の総括に関する恒例の年次記者会見を行った。会見はモスクワ中心部の国際通信社の会見場で行われ、ロシア国内外の約400人の記者が参加した。RusPressaJPは、日本に関係する部分を中心に主な発言を紹介する。

会見は約3時間に及び、ロシア国内外の記者から、シリア、ウクライナ、トルコ、米国との関係、そして日本との関係について多くの質問が出た。

日本との平和条約について
日本の通信社の記者は、今年予定されている安倍晋三首相のロシア訪問を前に、平和条約の交渉で進展が期待できるかどうかを質問した。
ラヴロフ外相は、平和条約の問題を領土問題と同一視するのは正しくないとの考えを示した。
「我々にとって平和条約の締結は、単に領土の問題を解決することと同じではない。それは両国関係を真の意味で新しい水準に引き上げるということだ」とラヴロフは述べた。
外相によると、平和条約に関する作業は、第二次世界大戦の結果を日本が完全に認めることから始まるべきである。
「南クリル諸島に対するロシアの主権は、大戦の結果として国連憲章にも固定されている。これは議論の対象ではない」と彼は強調した。
また外相は、次官級の協議は継続されると述べた。「我々は日本のパートナーたちとの次官レベルの対話を続ける。次回のラウンドは近い将来に行われるだろう」。

首相の訪問について
安倍晋三首相のロシア訪問の可能性について問われると、外相は「日程は外交ルートを通じて調整されている。われわれは首脳間の接触の継続に関心を持っている」と答えた。昨年、安倍首相のロシア訪問は実現しなかった。

制裁について
ラヴロフはさらに、日本が西側諸国の対露制裁に加わったことを遺憾に思うと述べた。「東京が外部からの圧力の下で制裁に加わったことは残念だ。これは日本自身の利益に合致しない」。

シリア
シリア問題について外相は、「ジュネーブでの政府と反体制派の協議は、テロリストを含めない形で始められるべきだ」と語った。

トルコ
ロシアの爆撃機が撃墜された事件について、ラヴロフは「トルコ指導部は、正式な謝罪をしていない。関係の正常化はそれなしにはあり得ない」と述べた。

米国
米国との関係について外相は、「ワシントンとの対話は、相互の利益が重なる分野では続いている」と語った。

ウクライナ
ウクライナ情勢に関しては、「ミンスク合意の完全な履行以外に代替案はない」と改めて強調した。

日本の反応
日本のメディアによると、日本の外務大臣岸田文雄は27日、ラヴロフ氏の発言について記者団に問われ、「平和条約締結問題の本質は、北方四島の帰属の問題にほかならない。我が国の立場は一貫している」と述べた。岸田氏はまた、次官級協議を含め、ロシアとの対話は続けていく考えを示したという。
専門家らは、ラヴロフの発言が、安倍首相の訪露を前にした日本への牽制であると見ている。

ロシアと日本は第二次世界大戦の終結以来、平和条約を締結していない。東京は南クリル諸島の4島、すなわちイトゥルプ、クナシル、シコタン、そしてハボマイ諸島の返還を要求している。
以前、ロシア外務省の情報筋は、次官級協議が2月にも東京で行われる可能性があると述べた。

関連ニュース：ザハロワ、北朝鮮の核実験は「重大な違反」と評価
タグ: 日本, ラヴロフ, 平和条約, クリル諸島""",
expected=[
 dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, optional=True, snippet="平和条約の問題を領土問題と同一視するのは正しくないとの考えを示した"),
 dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="我々にとって平和条約の締結は、単に領土の問題を解決することと同じではない"),
 dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="第二次世界大戦の結果を日本が完全に認めることから始まるべきである"),
 dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="南クリル諸島に対するロシアの主権は、大戦の結果として国連憲章にも固定されている"),
 dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="我々は日本のパートナーたちとの次官レベルの対話を続ける"),
 dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=False, snippet="日程は外交ルートを通じて調整されている。われわれは首脳間の接触の継続に関心を持っている"),
 dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=False, snippet="東京が外部からの圧力の下で制裁に加わったことは残念だ"),
 dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=False, optional=True, snippet="トルコ指導部は、正式な謝罪をしていない。関係の正常化はそれなしにはあり得ない"),
 dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=False, optional=True, snippet="ワシントンとの対話は、相互の利益が重なる分野では続いている"),
 dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=False, optional=True, snippet="ジュネーブでの政府と反体制派の協議は、テロリストを含めない形で始められるべきだ"),
 dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=False, optional=True, snippet="ミンスク合意の完全な履行以外に代替案はない"),
 dict(speaker="Fumio Kishida", alt=["Japanese Foreign Ministry"], treaty=True, snippet="平和条約締結問題の本質は、北方四島の帰属の問題にほかならない"),
 dict(speaker="Fumio Kishida", alt=["Japanese Foreign Ministry"], treaty=True, optional=True, snippet="次官級協議を含め、ロシアとの対話は続けていく考えを示した"),
],
not_statements=[
 "ロシアと日本は第二次世界大戦の終結以来、平和条約を締結していない。",
 "東京は南クリル諸島の4島、すなわちイトゥルプ、クナシル、シコタン、そしてハボマイ諸島の返還を要求している。",
 "昨年、安倍首相のロシア訪問は実現しなかった。",
 "平和条約の交渉で進展が期待できるかどうかを質問した。",
 "専門家らは、ラヴロフの発言が、安倍首相の訪露を前にした日本への牽制であると見ている。",
 "以前、ロシア外務省の情報筋は、次官級協議が2月にも東京で行われる可能性があると述べた。",
 "関連ニュース：ザハロワ、北朝鮮の核実験は「重大な違反」と評価",
 "タグ: 日本, ラヴロフ, 平和条約, クリル諸島",
]),
]
