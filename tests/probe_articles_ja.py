# -*- coding: utf-8 -*-
"""20 synthetic Japanese news articles (written for this test) with expected statements.

expected: list of dicts
  speaker  canonical English name
  treaty   True / False / None (None = either flag acceptable, genuinely ambiguous)
  snippet  exact substring of text that the statement's span should overlap
  optional True when absence is acceptable (non-treaty statements, ambiguous ones)
not_statements: snippets that must NOT produce a peace-treaty statement (background, anonymous, documents, events)
"""

ARTICLES = [
# 1 NHK, Nagato summit
dict(id=1, outlet="NHK", published="2016-12-16",
title="日ロ首脳が共同記者会見 共同経済活動に向け協議開始へ",
text="""ロシアのプーチン大統領は、山口県長門市での安倍総理大臣との首脳会談を終えて、16日、東京で開かれた共同記者会見に臨み、北方四島での共同経済活動について「平和条約の締結に向けた重要な一歩になる」と述べました。

一方、安倍総理大臣は「元島民の皆さんの切実な思いに応えるため、自由な往来の拡充で合意した」と述べ、平和条約の問題を自らの手で解決する決意を改めて示しました。

日本政府は、北方四島の帰属の問題を解決して平和条約を締結するという基本方針を維持しています。""",
expected=[
 dict(speaker="Vladimir Putin", treaty=True, snippet="平和条約の締結に向けた重要な一歩になる"),
 dict(speaker="Shinzo Abe", treaty=True, snippet="平和条約の問題を自らの手で解決する決意"),
],
not_statements=["北方四島の帰属の問題を解決して平和条約を締結するという基本方針を維持しています"]),

# 2 Kyodo, Lavrov after Kono talks
dict(id=2, outlet="Kyodo", published="2019-01-14",
title="ラブロフ外相「日本は主権認めよ」 河野氏と会談",
text="""【モスクワ共同】ロシアのラブロフ外相は14日、河野太郎外相とモスクワで会談した後の記者会見で、北方領土について「第2次大戦の結果、ロシアの主権下に入った。日本がこれを認めることが第一歩だ」と主張した。

同外相はまた、日本側が「北方領土」という呼称を使っていることに関して「受け入れられない」と批判した。平和条約交渉については「双方の立場には依然として大きな隔たりがある」との認識を示した。

河野氏は会談後、記者団に対し、平和条約交渉の初回会合について「非常に率直なやりとりだった」と語ったが、具体的な内容への言及は避けた。""",
expected=[
 dict(speaker="Sergei Lavrov", treaty=True, snippet="第2次大戦の結果、ロシアの主権下に入った"),
 dict(speaker="Sergei Lavrov", treaty=True, snippet="受け入れられない"),
 dict(speaker="Sergei Lavrov", treaty=True, snippet="双方の立場には依然として大きな隔たりがある"),
 dict(speaker="Taro Kono", treaty=True, snippet="非常に率直なやりとりだった"),
],
not_statements=[]),

# 3 Jiji, Zakharova on 2020 constitution amendment
dict(id=3, outlet="Jiji", published="2020-07-03",
title="「クリールはロシアの不可分の領土」 改正憲法発効でロシア外務省",
text="""【モスクワ時事】ロシア外務省のザハロワ情報局長は2日の記者会見で、領土の割譲を禁じる条項を盛り込んだ改正憲法が発効したことに関連し、「クリール諸島はロシアの不可分の領土であり、この点に議論の余地はない」と述べた。

改正憲法には、国境画定作業を除き、領土の一部の割譲に向けた行動を認めないとする規定が含まれる。

ザハロワ氏は一方で、日本との平和条約交渉そのものは継続する用意があるとの考えを示した。日本政府は、改正憲法が日ロ間の交渉に影響を与えることはないとの立場だ。""",
expected=[
 dict(speaker="Maria Zakharova", treaty=True, snippet="クリール諸島はロシアの不可分の領土であり"),
 dict(speaker="Maria Zakharova", treaty=True, snippet="日本との平和条約交渉そのものは継続する用意がある"),
],
not_statements=["領土の一部の割譲に向けた行動を認めないとする規定", "改正憲法が日ロ間の交渉に影響を与えることはないとの立場だ"]),

# 4 MOFA transcript, Motegi
dict(id=4, outlet="MOFA", published="2021-02-05",
title="茂木外務大臣会見記録",
text="""茂木外務大臣会見記録（令和3年2月5日（金曜日）15時03分　於：本省会見室）

【記者】明後日は北方領土の日ですが、日露平和条約交渉の現状について大臣のお考えをお聞かせください。

【茂木外務大臣】北方領土問題は日露間の最大の懸案であります。政府としては、領土問題を解決して平和条約を締結するとの基本方針の下、粘り強く交渉を続けていきたいと考えております。

【記者】新型コロナの影響で中止となっている北方墓参の見通しはいかがでしょうか。

【茂木外務大臣】元島民の皆様がご高齢となる中、墓参の早期再開は重要な課題だと考えております。ロシア側とも調整を進めていきたいと思います。""",
expected=[
 dict(speaker="Toshimitsu Motegi", treaty=True, snippet="北方領土問題は日露間の最大の懸案であります。政府としては、領土問題を解決して平和条約を締結するとの基本方針の下、粘り強く交渉を続けていきたいと考えております。"),
 dict(speaker="Toshimitsu Motegi", treaty=False, optional=True, snippet="元島民の皆様がご高齢となる中、墓参の早期再開は重要な課題だと考えております。ロシア側とも調整を進めていきたいと思います。"),
],
not_statements=["日露平和条約交渉の現状について大臣のお考えをお聞かせください"]),

# 5 Asahi, 2022 suspension
dict(id=5, outlet="Asahi", published="2022-03-22",
title="ロシア、平和条約交渉を中断 首相「断じて受け入れられない」",
text="""ロシア外務省は21日、日本との平和条約締結に向けた交渉を継続する意思はないとする声明を発表した。日本がウクライナ侵攻をめぐって対ロ制裁を科したことを理由に挙げ、「明らかに非友好的な立場をとる国と、二国間関係の基本文書について議論することは不可能だ」としている。

声明はまた、北方四島での共同経済活動に関する協議からも撤退すると表明した。

岸田文雄首相は22日の参院予算委員会で「極めて不当であり、断じて受け入れられない」と述べ、ロシア側に抗議したことを明らかにした。首相は「今回の事態は全てロシアによるウクライナ侵略に起因している」とも強調した。""",
expected=[
 dict(speaker="Russian Foreign Ministry", treaty=True, snippet="日本との平和条約締結に向けた交渉を継続する意思はない"),
 dict(speaker="Russian Foreign Ministry", treaty=True, snippet="二国間関係の基本文書について議論することは不可能だ"),
 dict(speaker="Russian Foreign Ministry", treaty=None, optional=True, snippet="北方四島での共同経済活動に関する協議からも撤退する"),
 dict(speaker="Fumio Kishida", treaty=True, snippet="極めて不当であり、断じて受け入れられない"),
 dict(speaker="Fumio Kishida", treaty=None, optional=True, snippet="今回の事態は全てロシアによるウクライナ侵略に起因している"),
],
not_statements=[]),

# 6 Yomiuri, Singapore
dict(id=6, outlet="Yomiuri", published="2018-11-15",
title="日ソ宣言基礎に交渉加速 首相「必ずや終止符」",
text="""安倍首相は14日夜、シンガポールでロシアのプーチン大統領と会談し、1956年の日ソ共同宣言を基礎に平和条約交渉を加速させることで合意した。

首相は会談後、記者団に対し「戦後70年以上残されてきた課題を次の世代に先送りすることなく、私とプーチン大統領の手で必ずや終止符を打つという強い意志を、大統領と完全に共有した」と語った。

日ソ共同宣言は、平和条約締結後に歯舞群島と色丹島を日本に引き渡すと明記している。プーチン氏は会談後、記者団の質問には応じなかった。""",
expected=[
 dict(speaker="Shinzo Abe", treaty=True, snippet="必ずや終止符を打つという強い意志"),
],
# (the leaders' agreement, 「…ことで合意した」, is their joint statement, as the corpus labels count one)
not_statements=["平和条約締結後に歯舞群島と色丹島を日本に引き渡すと明記している", "記者団の質問には応じなかった"]),

# 7 Nikkei, Sakhalin-2 (no treaty content)
dict(id=7, outlet="Nikkei", published="2022-07-01",
title="サハリン2、新会社に移管 ロシア大統領令",
text="""ロシア大統領府のペスコフ報道官は1日、極東の石油・天然ガス開発事業「サハリン2」の運営を新会社に移管する大統領令について、記者団に「日本の参加企業を締め出す意図はない」と説明した。

三井物産と三菱商事は同事業に出資している。日本政府は液化天然ガス（LNG）の安定調達に向け、権益を維持する方針だ。

松野博一官房長官は同日の記者会見で「事業者とも緊密に連携し、対応を検討していく」と述べた。""",
expected=[
 dict(speaker="Dmitry Peskov", treaty=False, optional=True, snippet="日本の参加企業を締め出す意図はない"),
 dict(speaker="Hirokazu Matsuno", treaty=False, optional=True, snippet="事業者とも緊密に連携し、対応を検討していく"),
],
not_statements=["権益を維持する方針だ"]),

# 8 Sankei, Medvedev Telegram
dict(id=8, outlet="Sankei", published="2023-02-08",
title="メドベージェフ氏「係争地ではない」 北方領土の日に反発",
text="""ロシアのメドベージェフ前大統領（安全保障会議副議長）は7日、通信アプリ「テレグラム」に投稿し、日本の「北方領土の日」に関連して「日本人の感情など我々には関係ない。あれは係争地ではなく、ロシアの領土だ」と書き込んだ。

メドベージェフ氏は、日本が島々の返還を求め続けるなら「切腹でもすればいい」とも挑発した。

同氏はこれまでも過激な発言を繰り返しており、日本政府関係者は「相手にする必要はない」と冷ややかに受け止めている。""",
expected=[
 dict(speaker="Dmitry Medvedev", treaty=True, snippet="あれは係争地ではなく、ロシアの領土だ"),
 dict(speaker="Dmitry Medvedev", treaty=True, snippet="切腹でもすればいい"),
],
not_statements=["相手にする必要はない"]),

# 9 Hokkaido Shimbun, Northern Territories Day 2024
dict(id=9, outlet="Hokkaido Shimbun", published="2024-02-07",
title="返還要求全国大会 首相「平和条約締結の方針堅持」",
text="""「北方領土返還要求全国大会」が7日、東京都内で開かれ、岸田文雄首相はあいさつで「領土問題を解決し、平和条約を締結するとの方針を堅持する」と述べた。

首相は、ロシアのウクライナ侵略により日ロ関係は厳しい状況にあると指摘した上で、高齢化が進む元島民の墓参の再開を「最優先事項の一つ」と位置づけた。

大会には元島民や北海道の鈴木直道知事らが出席した。鈴木知事は「返還運動の火を絶やしてはならない」と訴えた。""",
expected=[
 dict(speaker="Fumio Kishida", treaty=True, snippet="領土問題を解決し、平和条約を締結するとの方針を堅持する"),
 dict(speaker="Fumio Kishida", treaty=False, optional=True, snippet="最優先事項の一つ"),
 dict(speaker="Naomichi Suzuki", treaty=True, snippet="返還運動の火を絶やしてはならない"),
],
not_statements=[]),

# 10 MOFA transcript, Kamikawa
dict(id=10, outlet="MOFA", published="2024-02-06",
title="上川外務大臣会見記録",
text="""上川外務大臣会見記録（令和6年2月6日（火曜日）10時45分　於：本省会見室）

【記者】ロシア外務省の報道官が、日本の北方領土返還運動について批判しました。受け止めをお願いします。

【上川外務大臣】ご指摘の発言は承知しております。北方四島は我が国が主権を有する島々であり、我が国固有の領土です。こうした我が国の立場は、ロシア側に対しても繰り返し伝えてきております。

【記者】日本周辺での露中の共同訓練についてはいかがでしょうか。

【上川外務大臣】重大な関心を持って注視しております。引き続き警戒監視に万全を期してまいります。""",
expected=[
 dict(speaker="Yoko Kamikawa", treaty=True, snippet="ご指摘の発言は承知しております。北方四島は我が国が主権を有する島々であり、我が国固有の領土です。こうした我が国の立場は、ロシア側に対しても繰り返し伝えてきております。"),
 dict(speaker="Yoko Kamikawa", treaty=False, optional=True, snippet="重大な関心を持って注視しております。引き続き警戒監視に万全を期してまいります。"),
 dict(speaker="Maria Zakharova", treaty=None, optional=True, snippet="日本の北方領土返還運動について批判しました"),
],
not_statements=[]),

# 11 Kyodo, Abe in Moscow 2013
dict(id=11, outlet="Kyodo", published="2013-04-29",
title="領土交渉再開で一致 日ロ首脳会談",
text="""【モスクワ共同】安倍晋三首相は29日、ロシアのプーチン大統領とクレムリンで会談し、北方領土問題をめぐる交渉を再スタートさせることで一致した。

会談後に発表された共同声明は、双方の立場の隔たりを克服し、双方に受け入れ可能な形で最終的に解決するための交渉を加速させるとした。

プーチン氏は共同記者会見で「この問題を解決することは我々の共通の利益だ」と強調。一方で「すべてを一度に解決できるわけではない」とも語り、慎重な姿勢をにじませた。安倍首相は「私と大統領の間でしっかりと交渉を前進させたい」と応じた。""",
expected=[
 dict(speaker="Vladimir Putin", treaty=True, snippet="この問題を解決することは我々の共通の利益だ"),
 dict(speaker="Vladimir Putin", treaty=True, snippet="すべてを一度に解決できるわけではない"),
 dict(speaker="Shinzo Abe", treaty=True, snippet="私と大統領の間でしっかりと交渉を前進させたい"),
 dict(speaker="(joint statement)", treaty=None, optional=True, snippet="双方に受け入れ可能な形で最終的に解決するための交渉を加速させる"),
],
not_statements=[]),  # (「…ことで一致した」: the leaders' joint statement)

# 12 Jiji, Vladivostok 2018
dict(id=12, outlet="Jiji", published="2018-09-13",
title="プーチン氏「前提条件なしで平和条約を」",
text="""【ウラジオストク時事】ロシアのプーチン大統領は12日、極東ウラジオストクで開かれた東方経済フォーラムの全体会合で、安倍晋三首相に対し「年末までに、前提条件なしで平和条約を結ぼう」と提案した。

プーチン氏は「今思いついた」と前置きした上で、「すべての係争問題は、その後に友人として解決すればよい」と述べた。

これに対し、菅義偉官房長官は13日の記者会見で「北方四島の帰属の問題を解決して平和条約を締結するという我が国の基本的立場に変わりはない」と強調した。""",
expected=[
 dict(speaker="Vladimir Putin", treaty=True, snippet="前提条件なしで平和条約を結ぼう"),
 dict(speaker="Vladimir Putin", treaty=True, snippet="すべての係争問題は、その後に友人として解決すればよい"),
 dict(speaker="Yoshihide Suga", treaty=True, snippet="我が国の基本的立場に変わりはない"),
],
not_statements=[]),

# 13 NHK, Peskov via TASS
dict(id=13, outlet="NHK", published="2023-03-16",
title="ロシア大統領府 平和条約交渉「再開の前提ない」",
text="""ロシアの国営タス通信によりますと、大統領府のペスコフ報道官は16日、日本との平和条約交渉について記者団に対し、日本が非友好的な政策を続ける限り、交渉の再開は考えられないという考えを示しました。

ペスコフ報道官は「現時点でそのような対話の前提条件は存在しない」としています。

これについて、松野官房長官は記者会見で「ロシア側の一方的な主張であり、受け入れられない」と述べた上で、「北方領土問題を解決し、平和条約を締結するという方針に変わりはない」と強調しました。

ロシアは去年3月、日本の制裁への対抗措置として平和条約交渉を中断すると一方的に表明しています。""",
expected=[
 dict(speaker="Dmitry Peskov", treaty=True, snippet="交渉の再開は考えられない"),
 dict(speaker="Dmitry Peskov", treaty=True, snippet="現時点でそのような対話の前提条件は存在しない"),
 dict(speaker="Hirokazu Matsuno", treaty=True, snippet="ロシア側の一方的な主張であり、受け入れられない"),
 dict(speaker="Hirokazu Matsuno", treaty=True, snippet="北方領土問題を解決し、平和条約を締結するという方針に変わりはない"),
],
not_statements=["平和条約交渉を中断すると一方的に表明しています"]),

# 14 Asahi, Ishiba & Iwaya 2025
dict(id=14, outlet="Asahi", published="2025-02-07",
title="石破首相「平和条約締結の方針は不変」 返還要求大会",
text="""石破茂首相は7日、東京都内で開かれた北方領土返還要求全国大会に出席し、「現在の日ロ関係は厳しい状況にあるが、領土問題を解決して平和条約を締結するとの方針は不変だ」と述べた。

首相はまた、北方墓参などの交流事業について「再開は日ロ関係の中でも最優先事項の一つだ」と語った。

岩屋毅外相も同日、記者団に対し「ロシアとの間では、平和条約の問題を含め、対話の扉を閉ざしているわけではない」との考えを示した。""",
expected=[
 dict(speaker="Shigeru Ishiba", treaty=True, snippet="領土問題を解決して平和条約を締結するとの方針は不変だ"),
 dict(speaker="Shigeru Ishiba", treaty=False, optional=True, snippet="再開は日ロ関係の中でも最優先事項の一つだ"),
 dict(speaker="Takeshi Iwaya", treaty=True, snippet="平和条約の問題を含め、対話の扉を閉ざしているわけではない"),
],
not_statements=[]),

# 15 Yomiuri, Takaichi / Kihara 2026
dict(id=15, outlet="Yomiuri", published="2026-02-07",
title="高市首相「粘り強く取り組む」 北方領土の日",
text="""高市首相は7日、北方領土返還要求全国大会であいさつし、「北方領土問題の解決に向けて、粘り強く取り組んでいく」と訴えた。ロシアによるウクライナ侵略で平和条約交渉が中断して4年となるが、首相は交渉再開に向けた具体策には触れなかった。

木原稔官房長官は同日午前の記者会見で、北方領土について「我が国が主権を有する島々であり、日本固有の領土だ」と改めて表明した。

一方、ロシア外務省は同日、声明を出し、「日本の反ロシア的なキャンペーンは二国間関係の正常化を一層困難にする」と反発した。""",
expected=[
 dict(speaker="Sanae Takaichi", treaty=True, snippet="北方領土問題の解決に向けて、粘り強く取り組んでいく"),
 dict(speaker="Minoru Kihara", treaty=True, snippet="我が国が主権を有する島々であり、日本固有の領土だ"),
 dict(speaker="Russian Foreign Ministry", treaty=None, optional=True, snippet="日本の反ロシア的なキャンペーンは二国間関係の正常化を一層困難にする"),
],
not_statements=["首相は交渉再開に向けた具体策には触れなかった"]),

# 16 Kyodo, Nozdrev interview 2025 + Hayashi CCS
dict(id=16, outlet="Kyodo", published="2025-03-12",
title="駐日ロシア大使「制裁解除なければ交渉戻らず」",
text="""ロシアのノズドリョフ駐日大使は11日までに共同通信のインタビューに応じ、平和条約交渉について「日本が対ロ制裁を解除しない限り、交渉のテーブルに戻ることはない」と語った。

大使は、北方領土周辺での日本漁船の安全操業をめぐる協定について「ロシア側の対応は日本の行動次第だ」と述べ、協定の履行停止を正当化した。

日ロ関係筋によると、ロシア側は今年の漁業交渉にも消極的な姿勢を見せている。林芳正官房長官は12日の記者会見で、大使の発言について「交渉中断の責任は全てロシア側にある」と反論した。""",
expected=[
 dict(speaker="Nikolai Nozdrev", treaty=True, snippet="交渉のテーブルに戻ることはない"),
 dict(speaker="Nikolai Nozdrev", treaty=False, optional=True, snippet="ロシア側の対応は日本の行動次第だ"),
 dict(speaker="Yoshimasa Hayashi", treaty=True, snippet="交渉中断の責任は全てロシア側にある"),
],
not_statements=["ロシア側は今年の漁業交渉にも消極的な姿勢を見せている"]),

# 17 Kyodo, Lavrov annual presser 2019, こう語り
dict(id=17, outlet="Kyodo", published="2019-01-16",
title="ラブロフ外相、日本に「大戦の結果認めよ」",
text="""【モスクワ共同】ロシアのラブロフ外相は16日、年頭恒例の記者会見を開き、日本との平和条約交渉について言及した。「日本は南クリール諸島に対するロシアの主権を含め、第2次大戦の結果を全面的に認めなければならない」。同外相はこう語り、日本側に譲歩を迫った。

ラブロフ氏は、安倍晋三首相らが「島の住民に帰属が変わることを理解してもらう必要がある」などと発言したことにも不快感を示し、「交渉の雰囲気を損なう」と述べた。

外相は「日ロ関係を質的に新しいレベルに引き上げることが重要だ」と強調した。""",
expected=[
 dict(speaker="Sergei Lavrov", treaty=True, snippet="南クリール諸島に対するロシアの主権を含め"),
 dict(speaker="Sergei Lavrov", treaty=True, snippet="交渉の雰囲気を損なう"),
 dict(speaker="Shinzo Abe", treaty=True, optional=True, snippet="島の住民に帰属が変わることを理解してもらう必要がある"),
 dict(speaker="Sergei Lavrov", treaty=None, optional=True, snippet="日ロ関係を質的に新しいレベルに引き上げることが重要だ"),
],
not_statements=[]),

# 18 MOFA transcript, Hayashi FM 2022
dict(id=18, outlet="MOFA", published="2022-03-22",
title="林外務大臣会見記録",
text="""林外務大臣会見記録（令和4年3月22日（火曜日）8時33分　於：参議院本館分館内）

【記者】ロシアが平和条約交渉を継続しない意向を表明しました。政府としての対応をお聞かせください。

【林外務大臣】今回のロシア側の発表は極めて不当であり、断じて受け入れられません。本日、森外務事務次官からガルージン駐日ロシア大使に対し、強く抗議いたしました。今回の事態は、全てロシアによるウクライナ侵略に起因して発生しているものであり、それを日露関係に転嫁しようとする対応は不当です。

【記者】追加の対露制裁の検討状況を教えてください。

【林外務大臣】G7を始めとする国際社会と緊密に連携しながら、適切に対応してまいります。""",
expected=[
 dict(speaker="Yoshimasa Hayashi", treaty=True, snippet="今回のロシア側の発表は極めて不当であり、断じて受け入れられません。本日、森外務事務次官からガルージン駐日ロシア大使に対し、強く抗議いたしました。今回の事態は、全てロシアによるウクライナ侵略に起因して発生しているものであり、それを日露関係に転嫁しようとする対応は不当です。"),
 dict(speaker="Yoshimasa Hayashi", treaty=False, optional=True, snippet="G7を始めとする国際社会と緊密に連携しながら"),
],
not_statements=["ロシアが平和条約交渉を継続しない意向を表明しました"]),

# 19 Sankei, Suga-Putin call 2020 + Kato
dict(id=19, outlet="Sankei", published="2020-09-30",
title="菅首相、プーチン氏と初の電話会談",
text="""菅義偉首相は29日夜、ロシアのプーチン大統領と就任後初めて電話で会談した。首相は会談後、記者団に「北方領土問題を次の世代に先送りせず、終止符を打たなければならない」と述べた。

首相によると、両首脳は2018年のシンガポールでの合意を含め、これまでの首脳間のやりとりを踏まえて平和条約交渉を進めることを確認した。

加藤勝信官房長官は30日の記者会見で、ロシア軍が北方領土で軍事演習を実施したとの報道について「我が国の立場と相いれず、受け入れられない」と述べ、外交ルートで抗議したことを明らかにした。""",
expected=[
 dict(speaker="Yoshihide Suga", treaty=True, snippet="北方領土問題を次の世代に先送りせず、終止符を打たなければならない"),
 dict(speaker="Yoshihide Suga", treaty=True, optional=True, snippet="これまでの首脳間のやりとりを踏まえて平和条約交渉を進めることを確認した"),
 dict(speaker="Katsunobu Kato", treaty=None, optional=True, snippet="我が国の立場と相いれず、受け入れられない"),
],
not_statements=[]),

# 20 Kyodo, Zakharova 2023
dict(id=20, outlet="Kyodo", published="2023-04-15",
title="ロシア外務省「歴史ゆがめる試み」",
text="""【モスクワ共同】ロシア外務省のザハロワ情報局長は14日の定例記者会見で、日本政府が北方領土を「日本固有の領土」と表現していることについて「歴史をゆがめる試みだ」と非難した。さらに、南クリール諸島は「第2次大戦の結果として合法的にロシア領となった」と主張した。

同報道官は、北方四島周辺でのサケ・マス漁をめぐる日ロ漁業交渉については「ロシアの国益に沿う形で進める」と述べるにとどめた。

日本外務省は北方四島について、ロシアによる不法占拠が続いているとの立場を取っている。""",
expected=[
 dict(speaker="Maria Zakharova", treaty=True, snippet="歴史をゆがめる試みだ"),
 dict(speaker="Maria Zakharova", treaty=True, snippet="第2次大戦の結果として合法的にロシア領となった"),
 dict(speaker="Maria Zakharova", treaty=False, optional=True, snippet="ロシアの国益に沿う形で進める"),
],
not_statements=["ロシアによる不法占拠が続いているとの立場を取っている"]),
]
