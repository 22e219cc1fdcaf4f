# -*- coding: utf-8 -*-
"""20 more synthetic Japanese texts (round 9, written for this test) with expected statements.

Round 9: READOUTS AND ACCOUNTS OF MEETINGS AND CALLS, AND EXPLAINERS RECALLING OLD WORDS.
- Ten readouts and press accounts of leaders' and ministers' meetings and calls (J9-01 … J9-10): MOFA's 概要 of the
  Abe-Putin meeting at the Hamburg G20, July 2017 (J9-01); NHK on the Abe-Putin call of 31 Aug 2020, citing both
  governments' readouts, which differ (J9-02); Sputnik 日本's translation of the Kremlin's short readout of the call
  after Putin's re-election, March 2018 (J9-03); Kyodo/47NEWS on the Buenos Aires meeting, Dec 2018, with Peskov
  recounting what Putin told Abe (J9-04); the Russian Embassy's Japanese version of the MID press release on
  Lavrov-Kono in Moscow, May 2019 (J9-05); Nikkei on Da Nang, Nov 2017, with Nishimura's and Ushakov's differing
  briefings (J9-06); MOFA's 概要 of Kishida-Lavrov in Tokyo, March 2017 (J9-07); Sputnik 日本 on the MID's summons
  of a Japanese embassy official over a Tokyo exhibition, Dec 2021 (J9-08); Mainichi on Koizumi-Putin and the 2003
  Japan-Russia Action Plan quoted as a document (J9-09); Jiji on Abe-Putin in Sochi, Feb 2014, with Seko's and
  Ushakov's briefings (J9-10).
- Ten explainers, obituaries, anniversary pieces, profiles and Q&A pages (J9-11 … J9-20): Yeltsin's obituary (Asahi,
  2007); Hashimoto's obituary (Yomiuri, 2006); Gorbachev's obituary (Sankei, 2022); the 20th year of the Irkutsk
  statement (Hokkaido Shimbun, 2021); the 60th year of the 1956 Declaration (47NEWS, 2016); a 基礎からわかる Q&A
  before the January 2019 summit (Yomiuri); Lavrov's 20 years as foreign minister (Mainichi, 2024); the 30th year of
  the Tokyo Declaration (NHK, 2023); the Nemuro city page on the return movement with the mayor's message (2024);
  Kishida's profile on his first day as prime minister (47NEWS, 2021).

Labels. Words a readout attributes to a named leader or minister (「安倍総理から…述べました」, 「プーチン大統領から…
との発言がありました」, «プーチン大統領は…との見方を示した») are that person's statement, alt the institution that
issued the readout -- also when one side's readout gives the other side's leader's words. Words a briefer recounts
(「ペスコフ報道官は、プーチン氏が首相に…と伝えたと明らかにした」, 「世耕官房副長官によると、首相は…」) are the
principal's statement, alt the briefer; the briefer's own words are his. The readout's narration (「両首脳は…で一致
しました」, 「意見交換を行いました」, «両首脳は…について協議した»), a joint statement, an action plan, a declaration
and a memorandum are not statements. Paraphrases (「期待を表明した」, 「見方を示した」, 「注意を喚起した」) count.
In explainers, a remark recalled with its date and speaker is a statement of that speaker, made when he held the
post he held then; the writer's history (1855, 1945, 1956, 1960, 1991, 1993, 1997, 2001, 2018) is not.

Speakers named only by title in a recalled statement, to be resolved to the holder AT THE TIME OF THE REMARK:
当時の首相 at Irkutsk 2001 = Yoshiro Mori; 当時の外相 at Irkutsk 2001 = Yohei Kono (not Taro Kono); 当時の外相 after
Krasnoyarsk, Nov 1997 = Keizo Obuchi; 当時の外務大臣 at the Tokyo Declaration, Oct 1993 = Tsutomu Hata; 当時の首相
in April 1991 = Toshiki Kaifu; 当時の日本の外相 in March 2022 = Yoshimasa Hayashi (the article's date is 2024, when
the minister is Kamikawa); 当時の首相 at Nagato 2016 = Shinzo Abe; 当時の市長 of Nemuro in Dec 2016 = Shunsuke
Hasegawa (the current mayor is Ishigaki); 当時の根室町長 in 1945 = Ishisuke Ando. Titles on the article's date:
日本の官房長官 in Dec 2021 = Hirokazu Matsuno; 新しい官房長官 on 4 Oct 2021 = Matsuno; 安倍官房長官 in July 2006 =
Shinzo Abe as chief cabinet secretary; 安倍首相 in April 2007 = Abe's first term. Traps beside them: readouts'
narration, agreed schedules, joint statements and action plans, the 1956 clause, the 1960 memorandum, standard
background paragraphs that ascribe a position to "Russia" or "Japan", anonymous sources (外交筋, 日本政府関係者,
外務省幹部, 同行筋, 政府高官, 外務省OB, 外務省関係者), Q&A questions, a reporter's question, polls, a named expert and a
former prime minister speaking privately (optional), related-article headlines, page furniture.

expected: list of dicts
  speaker  canonical English name (alt: other names acceptable, e.g. the institution that issued the readout)
  treaty   True / False / None (None = either flag acceptable, genuinely ambiguous)
  snippet  exact substring of text that the statement's span should overlap
  optional True when absence is acceptable (non-treaty remarks off the Russia-Japan subject, ambiguous ones)
not_statements: snippets that must NOT produce a peace-treaty statement (readouts' narration, documents, background,
  anonymous sources, the writer's history and analysis, questions, polls, related-article headlines, site junk)
"""

# As in rounds 2-8: a protest over a visit, a drill, a build-up or an exhibition with no outright claim is optional
# or treaty=None; a named expert's analysis is optional; a former official speaking privately is optional; an
# official's words on a subject that has nothing to do with Russia and Japan (North Korea, condolences, the Olympics,
# Crimea) are optional treaty=False; words on grave visits, trade, energy and the readout's courtesies are
# treaty=False. Joint economic activities on the islands with no link to the treaty in the sentence are treaty=None.
ARTICLES = [
# 1 MOFA 概要, Abe-Putin at the Hamburg G20 (7 July 2017): numbered sections, Abe's and Putin's words as the Japanese
#   readout gives them (Putin's words here are Putin's, alt MOFA), the narration 「両首脳は…一致しました」, the
#   reference line, the breadcrumb
dict(id="J9-01", outlet="MOFA", url="https://www.mofa.go.jp/mofaj/erp/rss/hoppo/page4_003118.html",
published="2017-07-07",
title="日露首脳会談",
text="""外務省
ホーム > 外交政策 > 地域別に見た外交 > 欧州 > ロシア連邦
日露首脳会談
平成29年7月7日

英語版 (English)

　現地時間7月7日午後5時50分から約40分間，G20ハンブルク・サミットの機会に，安倍晋三内閣総理大臣は，ウラジーミル・プーチン・ロシア大統領（H.E. Mr. Vladimir Putin, President of the Russian Federation）と首脳会談を行ったところ，概要以下のとおりです（会談の冒頭には少人数会合が，その後通訳のみを交えたテタテ会談が行われました）。

1　冒頭
　安倍総理から，4月のモスクワでの会談以来の再会を喜ぶとともに，首脳間の信頼関係の下で日露関係の発展を加速させたい旨述べました。プーチン大統領からは，二国間関係は全体として前向きに推移しており，安倍総理と共に具体的な成果を積み重ねたいとの発言がありました。

2　北方四島における共同経済活動及び人道的措置
(1)　安倍総理から，6月末に実施された官民現地調査について，四島の現状を直接確認し，事業の具体化に資する大きな一歩であった旨述べた上で，平和条約問題の解決に向けた道筋を描くためにも，双方の法的立場を害さない形で共同経済活動を早期に具体化させたいとの考えを伝えました。
(2)　これに対し，プーチン大統領から，調査団の活動を評価し，協議を担当する両国の関係省庁に作業を急がせたいとの発言がありました。また，プーチン大統領から，共同経済活動は平和条約締結に向けた雰囲気づくりに資するものであり，次官級の協議を早期に行いたいとの発言がありました。
(3)　元島民の方々による航空機を利用した墓参について，安倍総理から，秋に予定される墓参がつつがなく実施されるよう協力を求め，プーチン大統領から，必要な手続きを円滑に進めるよう関係当局に指示したとの発言がありました。
(4)　両首脳は，9月のウラジオストクでの首脳会談までに，共同経済活動の具体的な事業の候補を絞り込むべく，作業を加速させることで一致しました。

3　北朝鮮
　安倍総理から，7月4日の北朝鮮による弾道ミサイル発射は新たな段階の脅威であり，安保理常任理事国であるロシアの建設的な役割が不可欠である旨述べました。プーチン大統領からは，北朝鮮の核・ミサイル開発は容認できないが，問題は外交的手段によってのみ解決されるべきとの発言がありました。両首脳は，引き続き緊密に連携していくことを確認しました。

4　その他
　両首脳は，シリア情勢等の国際情勢についても意見交換を行いました。

（参考）日露首脳会談は，本年4月27日のモスクワでの会談以来。

関連リンク
・日露関係（北方領土問題等）
・G20ハンブルク・サミット（概要）

このページのトップへ戻る
ロシア連邦へ戻る""",
expected=[
 dict(speaker="Shinzo Abe", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, snippet="首脳間の信頼関係の下で日露関係の発展を加速させたい旨述べました"),
 dict(speaker="Vladimir Putin", alt=["Japanese Foreign Ministry"], treaty=False, snippet="二国間関係は全体として前向きに推移しており"),
 dict(speaker="Shinzo Abe", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=True, snippet="平和条約問題の解決に向けた道筋を描くためにも，双方の法的立場を害さない形で"),
 dict(speaker="Vladimir Putin", alt=["Japanese Foreign Ministry"], treaty=None, snippet="協議を担当する両国の関係省庁に作業を急がせたいとの発言がありました"),
 dict(speaker="Vladimir Putin", alt=["Japanese Foreign Ministry"], treaty=True, snippet="共同経済活動は平和条約締結に向けた雰囲気づくりに資するものであり"),
 dict(speaker="Shinzo Abe", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, snippet="秋に予定される墓参がつつがなく実施されるよう協力を求め"),
 dict(speaker="Vladimir Putin", alt=["Japanese Foreign Ministry"], treaty=False, snippet="必要な手続きを円滑に進めるよう関係当局に指示した"),
 dict(speaker="Shinzo Abe", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, optional=True, snippet="安保理常任理事国であるロシアの建設的な役割が不可欠である旨述べました"),
 dict(speaker="Vladimir Putin", alt=["Japanese Foreign Ministry"], treaty=False, optional=True, snippet="問題は外交的手段によってのみ解決されるべきとの発言がありました"),
],
not_statements=[
 "両首脳は，9月のウラジオストクでの首脳会談までに，共同経済活動の具体的な事業の候補を絞り込むべく，作業を加速させることで一致しました。",
 "両首脳は，シリア情勢等の国際情勢についても意見交換を行いました。",
 "会談の冒頭には少人数会合が，その後通訳のみを交えたテタテ会談が行われました",
 "（参考）日露首脳会談は，本年4月27日のモスクワでの会談以来。",
 "ホーム > 外交政策 > 地域別に見た外交 > 欧州 > ロシア連邦",
 "両首脳は，引き続き緊密に連携していくことを確認しました。",
]),

# 2 NHK, the Abe-Putin call of 31 Aug 2020 after Abe's resignation announcement: the Japanese readout (Abe on the
#   treaty, Putin's warm words as Tokyo gives them), the Kremlin readout (no treaty; a joint 「認識で一致」 that is
#   narration), Abe to reporters, Suga on the difference, Peskov; background, an anonymous diplomatic source,
#   related headlines (one quoting a spokesman)
dict(id="J9-02", outlet="NHK", url="https://www3.nhk.or.jp/news/html/20200901/k10012592341000.html",
published="2020-09-01",
title="安倍首相 プーチン大統領と電話会談 辞任の意向伝える 両政府の発表に違いも",
text="""安倍首相 プーチン大統領と電話会談 辞任の意向伝える 両政府の発表に違いも
2020年9月1日 12時08分 　日ロ関係

安倍総理大臣は31日夜、ロシアのプーチン大統領と電話で会談し、辞任する意向を直接伝えました。日本政府は、平和条約交渉をめぐるやり取りがあったと発表しましたが、ロシア大統領府の発表には平和条約への言及がなく、両政府の発表には違いが見られます。

電話会談はロシア側の呼びかけで、31日夜、およそ30分間行われました。

日本政府の発表によりますと、安倍総理大臣は、持病の悪化を理由に総理大臣の職を辞する意向を伝えたうえで、「首脳間で積み重ねてきた信頼関係の上に、領土問題を解決して平和条約を締結するための交渉が、次の政権にも着実に引き継がれていくことを強く期待している」と述べました。
また、北方四島の元島民による航空機を使った墓参などの人道的な措置を、引き続き進めてほしいと求めました。
これに対し、プーチン大統領は、安倍総理大臣の健康を気遣ったうえで、「あなたと共に築いてきた関係をこれからも大切にしたい。機会があれば、ぜひまたロシアを訪ねてほしい」と述べたということです。

一方、ロシア大統領府が発表した会談の概要では、プーチン大統領が、両国の協力関係の発展に対する安倍総理大臣の個人的な貢献を高く評価し、謝意を伝えたとしています。そのうえで、両首脳が善隣関係をさらに強めていくことが両国民の利益にかなうとの認識で一致したとしていますが、平和条約や北方領土には触れていません。

安倍総理大臣は会談のあと、総理大臣官邸で記者団に対し、「大統領からは温かい言葉をいただいた。後を継ぐ人にも、しっかりと平和条約交渉を前に進めてもらいたい」と述べました。

菅官房長官は1日午前の記者会見で、ロシア側の発表に平和条約が含まれていないことについて問われ、「先方の発表内容についてコメントすることは控えるが、電話会談で平和条約交渉を含むやり取りが行われたことは間違いない」と述べました。

また、ロシア大統領府のペスコフ報道官は、記者団に対し「誰が日本の次の首相になっても、われわれは日本とのあらゆる分野での対話を続ける用意がある」と述べました。

安倍総理大臣とプーチン大統領の首脳会談は、第2次政権の発足以降、27回に上ります。おととし11月には、1956年の日ソ共同宣言を基礎に平和条約交渉を加速させることで合意しましたが、その後、交渉は停滞しています。
ロシア側の発表に平和条約が盛り込まれなかったことについて、外交筋は「次の政権の出方を見極めようとしているのではないか」と話しています。

この記事に関連するニュース
安倍首相 辞任の意向を表明 持病悪化で（8月28日）
ロシア大統領報道官 “日本の次期政権とも対話継続の用意”（8月29日）""",
expected=[
 dict(speaker="Shinzo Abe", alt=["Japanese government", "Japanese Foreign Ministry"], treaty=True, snippet="交渉が、次の政権にも着実に引き継がれていくことを強く期待している"),
 dict(speaker="Shinzo Abe", alt=["Japanese government", "Japanese Foreign Ministry"], treaty=False, snippet="航空機を使った墓参などの人道的な措置を、引き続き進めてほしいと求めました"),
 dict(speaker="Vladimir Putin", alt=["Japanese government", "Japanese Foreign Ministry"], treaty=False, snippet="あなたと共に築いてきた関係をこれからも大切にしたい"),
 dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=False, snippet="両国の協力関係の発展に対する安倍総理大臣の個人的な貢献を高く評価し"),
 dict(speaker="Shinzo Abe", alt=["Japanese government"], treaty=True, snippet="後を継ぐ人にも、しっかりと平和条約交渉を前に進めてもらいたい"),
 dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=True, snippet="電話会談で平和条約交渉を含むやり取りが行われたことは間違いない"),
 dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=None, snippet="われわれは日本とのあらゆる分野での対話を続ける用意がある"),
],
not_statements=[
 "両首脳が善隣関係をさらに強めていくことが両国民の利益にかなうとの認識で一致したとしています",
 "1956年の日ソ共同宣言を基礎に平和条約交渉を加速させることで合意しましたが、その後、交渉は停滞しています。",
 "外交筋は「次の政権の出方を見極めようとしているのではないか」と話しています。",
 "ロシア側の発表に平和条約が含まれていないことについて問われ",
 "ロシア大統領報道官 “日本の次期政権とも対話継続の用意”（8月29日）",
 "電話会談はロシア側の呼びかけで、31日夜、およそ30分間行われました。",
]),

# 3 Sputnik 日本, the Kremlin's readout of the Abe-Putin call after Putin's re-election (19 March 2018) in Japanese:
#   «電話会談が行われた» form; Abe's congratulations and wish (Abe's words, alt Kremlin), Putin's view on the joint
#   activities and the treaty; narration of what "was discussed"; MOFA's narration quoted; Peskov; Sputnik's standard
#   background paragraph; related links, tags
dict(id="J9-03", outlet="Sputnik 日本", url="https://jp.sputniknews.com/politics/201803194683112/",
published="2018-03-19",
title="プーチン大統領と安倍首相が電話会談　再選に祝意",
text="""Sputnik 日本
政治　国際　経済　社会　スポーツ　サイエンス

プーチン大統領と安倍首相が電話会談　再選に祝意
© Sputnik / Alexei Druzhinin
政治
2018年03月19日 21:40（アップデート 2018年03月19日 22:05）
短縮 URL
0　14

ロシアのプーチン大統領は19日、日本の安倍晋三首相と電話で会談した。ロシア大統領府（クレムリン）の公式サイトが明らかにした。

大統領府の発表は次の通り。
「ウラジーミル・プーチン大統領と日本の安倍晋三首相との間で電話会談が行われた。
安倍首相は、ロシア連邦大統領選挙におけるプーチン大統領の説得力ある勝利を心から祝福した。
プーチン大統領は祝意に謝意を表し、あらゆる分野でロシアと日本の関係を発展させていく意向を確認した。
両首脳は、5月に予定される安倍首相のロシア訪問の準備について協議した。南クリル諸島における共同経済活動の具体化に向けた作業の進捗状況にも触れられた。
プーチン大統領は、共同経済活動の取り組みが、平和条約問題の解決に向けた相互に受け入れ可能な条件づくりに役立つとの見方を示した。
安倍首相は、モスクワ訪問の際に、平和条約問題を含む幅広い議題について率直に話し合いたいとの希望を表明した。
朝鮮半島情勢をめぐっても意見が交わされた。」

一方、日本の外務省の発表によると、両首脳は平和条約締結問題について、共同経済活動の実現に向けた取り組みや元島民のための人道的措置を進めていくべく話し合った。

ペスコフ大統領報道官は記者団に対し、外国の首脳から祝意の電話が相次いでいると述べ、「日本の首相からの電話は、その中でも早い時期のものだった」と語った。

露日間には第二次世界大戦の終結以来、平和条約が存在しない。1956年、ソ連と日本は共同宣言に署名し、ソ連は平和条約の締結後に色丹島と歯舞群島を日本に引き渡す可能性を検討する用意があるとした。しかし、日本側は4島すべての引き渡しを求め、宣言は履行されなかった。

関連
・プーチン氏、得票率76％超で再選　中央選管
・北方四島の共同経済活動、次官級協議を来月にも

タグ：ウラジーミル・プーチン, 安倍晋三, 日本, ロシア
全てのコメント""",
expected=[
 dict(speaker="Shinzo Abe", alt=["Kremlin"], treaty=False, optional=True, snippet="プーチン大統領の説得力ある勝利を心から祝福した"),
 dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=False, snippet="あらゆる分野でロシアと日本の関係を発展させていく意向を確認した"),
 dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=True, snippet="平和条約問題の解決に向けた相互に受け入れ可能な条件づくりに役立つとの見方を示した"),
 dict(speaker="Shinzo Abe", alt=["Kremlin"], treaty=True, snippet="平和条約問題を含む幅広い議題について率直に話し合いたいとの希望を表明した"),
 dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=False, optional=True, snippet="日本の首相からの電話は、その中でも早い時期のものだった"),
],
not_statements=[
 "両首脳は、5月に予定される安倍首相のロシア訪問の準備について協議した。",
 "南クリル諸島における共同経済活動の具体化に向けた作業の進捗状況にも触れられた。",
 "両首脳は平和条約締結問題について、共同経済活動の実現に向けた取り組みや元島民のための人道的措置を進めていくべく話し合った。",
 "ソ連は平和条約の締結後に色丹島と歯舞群島を日本に引き渡す可能性を検討する用意があるとした",
 "朝鮮半島情勢をめぐっても意見が交わされた。",
 "北方四島の共同経済活動、次官級協議を来月にも",
]),

# 4 Kyodo/47NEWS, Abe-Putin in Buenos Aires (1 Dec 2018): the Japanese side's account of Abe's words, Abe to
#   reporters, the Kremlin's one-line readout (narration), Peskov recounting what Putin told Abe (Putin's words, alt
#   Peskov) and Peskov's own view, Putin's public opening remark, Kono's no-comment; the agreed framework (event),
#   the wire's background that ascribes a position to "Russia", an anonymous official
dict(id="J9-04", outlet="Kyodo", url="https://www.47news.jp/3021458.html",
published="2018-12-02",
title="日ロ首脳、外相を交渉責任者に　新枠組み、両政府の発表に温度差",
text="""47NEWS
トップ　ニュース　政治　国際　経済　スポーツ　エンタメ　地域

日ロ首脳、外相を交渉責任者に　新枠組み、両政府の発表に温度差
2018年12月2日 08時35分（共同通信）

　【ブエノスアイレス共同】安倍晋三首相は1日（日本時間2日）、訪問先のアルゼンチン・ブエノスアイレスでロシアのプーチン大統領と約45分間会談した。11月のシンガポールでの合意に基づく平和条約締結交渉について、河野太郎外相とラブロフ外相を責任者とする新たな枠組みを設けることで一致した。首相は来年1月にロシアを訪問する方向となった。ただ日ロ両政府の会談後の発表には温度差がにじんだ。

　会談は20カ国・地域首脳会議（G20サミット）に合わせて行われた。日本政府の説明によると、首相は「日ソ共同宣言を基礎として交渉を加速させるとのシンガポールでの合意を、具体的な作業に移していきたい」と表明した。両首脳は、森健良外務審議官とモルグロフ外務次官を首脳の特別代表とし、外相間の協議を補佐させることを確認した。
　首相は会談後、記者団に「私と大統領の間の信頼関係の上に、新たな体制で交渉を力強く進めていく。戦後残されたこの課題を、次の世代に先送りすることはしない」と語った。

　これに対し、ロシア大統領府の発表は、会談が行われた事実と「両首脳は二国間協力の現状と今後の展望について意見を交換した」との短い記述にとどまり、平和条約には触れなかった。
　ペスコフ大統領報道官は会談後、ロシア人記者団に会談の内容を説明。プーチン氏が首相に対し「56年宣言に基づく作業は、何よりもまず両国の国民に受け入れられるものでなければならない」と伝えたと明らかにした。
　ペスコフ氏自身も「交渉はまだ始まったばかりで、結果について何かを予断するのは時期尚早だ」と述べ、日本側の期待感をけん制した。
　会談の冒頭、プーチン氏は報道陣の前で「シンガポールで合意したことに沿って、作業を続けたい」と述べた。

　56年宣言は平和条約締結後に歯舞群島と色丹島を日本に引き渡すと明記している。日本政府は国後、択捉両島を含む4島の帰属問題を解決して平和条約を締結するとの立場だが、ロシアは4島の主権が第2次大戦の結果としてロシアに移ったと主張している。
　日本政府関係者は「ロシア側は4島の帰属を協議の対象にすることすら渋っている」と明かした。
　河野氏は同行記者団に交渉の見通しを問われ、「交渉に関することは、一切お答えを控える」と述べるにとどめた。

【関連記事】
・首相、年明け訪ロへ調整　プーチン氏と24回目の会談
・北方領土の元島民「2島で終わらせないで」""",
expected=[
 dict(speaker="Shinzo Abe", alt=["Japanese government"], treaty=True, snippet="シンガポールでの合意を、具体的な作業に移していきたい"),
 dict(speaker="Shinzo Abe", alt=["Japanese government"], treaty=True, snippet="新たな体制で交渉を力強く進めていく"),
 dict(speaker="Shinzo Abe", alt=["Japanese government"], treaty=True, snippet="戦後残されたこの課題を、次の世代に先送りすることはしない"),
 dict(speaker="Vladimir Putin", alt=["Dmitry Peskov", "Kremlin"], treaty=True, snippet="何よりもまず両国の国民に受け入れられるものでなければならない"),
 dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="交渉はまだ始まったばかりで、結果について何かを予断するのは時期尚早だ"),
 dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=True, snippet="シンガポールで合意したことに沿って、作業を続けたい"),
 dict(speaker="Taro Kono", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=None, optional=True, snippet="交渉に関することは、一切お答えを控える"),
],
not_statements=[
 "両首脳は二国間協力の現状と今後の展望について意見を交換した",
 "ロシアは4島の主権が第2次大戦の結果としてロシアに移ったと主張している",
 "ロシア側は4島の帰属を協議の対象にすることすら渋っている",
 "56年宣言は平和条約締結後に歯舞群島と色丹島を日本に引き渡すと明記している。",
 "両首脳は、森健良外務審議官とモルグロフ外務次官を首脳の特別代表とし、外相間の協議を補佐させることを確認した。",
 "北方領土の元島民「2島で終わらせないで」",
]),

# 5 Russian Embassy in Japan, the Japanese version of the MID press release on Lavrov-Kono in Moscow (10 May 2019):
#   Lavrov's points as the release gives them (paraphrases: 「強調した」「指摘した」「注意を喚起した」「期待を表明した」),
#   Kono's contentless 「立場を説明した」, the release's narration 「双方は…」, excerpts of Lavrov's press conference,
#   the (参考) paragraph with the 1956 clause, site menus and tags
dict(id="J9-05", outlet="Russian Embassy in Japan", url="https://tokyo.mid.ru/web/tokyo-ja/-/press-release-lavrov-kono-2019-05-10",
published="2019-05-10",
title="ロシア外務省プレスリリース：セルゲイ・ラヴロフ外相と河野太郎日本国外相の会談について",
text="""在日ロシア連邦大使館
ホーム | 大使館について | 領事部 | ニュース | 露日関係 | 報道機関向け | お問い合わせ
Русский | 日本語

ニュース
2019年5月10日
ロシア外務省プレスリリース：セルゲイ・ラヴロフ外相と河野太郎日本国外相の会談について

　5月10日、モスクワにおいて、セルゲイ・ラヴロフ・ロシア連邦外務大臣と、訪露中の河野太郎日本国外務大臣との会談が行われた。
　双方は、2018年11月14日のシンガポールにおける両国首脳の合意に従い、平和条約問題に関する対話を継続した。
　ラヴロフ外相は、この問題の解決に向けた前進のためには、南クリル諸島に対するロシアの主権を含め、第二次世界大戦の結果を日本が全面的に承認することが不可欠な第一歩であると改めて強調した。また、露日関係を質的に新たな水準に引き上げることが、平和条約問題の解決に必要な雰囲気をつくり出すと指摘した。
　河野外相は、本件に関する日本側の立場を説明した。
　ラヴロフ外相は、日本が米国と進めている軍事面での協力、とりわけ日本国内への米国製ミサイル防衛システム「イージス・アショア」配備計画が、ロシアの安全保障上の懸念を生じさせていることに注意を喚起した。
　双方は、南クリル諸島における共同経済活動の優先事業の実現に向けた作業の進め方、日本人元島民による墓参の円滑化、貿易・経済分野の協力について意見を交換した。
　ラヴロフ外相は、5月30日に東京で予定される露日外務・防衛閣僚協議（「2プラス2」）が、相互信頼の強化に役立つことへの期待を表明した。

会談後の共同記者会見におけるラヴロフ外相の発言（抜粋）
　「率直に申し上げれば、我々の立場の間には依然として大きな隔たりが残っている。しかし、我々は対話を続ける用意があり、交渉に人為的な期限を設けるべきではない」
　「日本の法律で『北方領土』という用語が使われ続けていることに、我々は改めて注意を促した。このような表現は、我々にとって受け入れられるものではない」
　「経済分野では前向きな動きがある。両国間の貿易額は昨年、約210億ドルに達した」

（参考）1956年の日ソ共同宣言第9項は、平和条約の締結後に歯舞群島及び色丹島を日本に引き渡すことに同意すると規定している。

カテゴリー：露日関係
タグ：ラヴロフ外相, 平和条約
印刷 | シェア""",
expected=[
 dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="第二次世界大戦の結果を日本が全面的に承認することが不可欠な第一歩"),
 dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="露日関係を質的に新たな水準に引き上げることが、平和条約問題の解決に必要な雰囲気"),
 dict(speaker="Taro Kono", alt=["Japanese Foreign Ministry"], treaty=None, optional=True, snippet="本件に関する日本側の立場を説明した"),
 dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=None, snippet="ロシアの安全保障上の懸念を生じさせていることに注意を喚起した"),
 dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=False, snippet="相互信頼の強化に役立つことへの期待を表明した"),
 dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="我々の立場の間には依然として大きな隔たりが残っている"),
 dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="交渉に人為的な期限を設けるべきではない"),
 dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="このような表現は、我々にとって受け入れられるものではない"),
 dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=False, snippet="両国間の貿易額は昨年、約210億ドルに達した"),
],
not_statements=[
 "双方は、2018年11月14日のシンガポールにおける両国首脳の合意に従い、平和条約問題に関する対話を継続した。",
 "1956年の日ソ共同宣言第9項は、平和条約の締結後に歯舞群島及び色丹島を日本に引き渡すことに同意すると規定している。",
 "双方は、南クリル諸島における共同経済活動の優先事業の実現に向けた作業の進め方",
 "ホーム | 大使館について | 領事部 | ニュース | 露日関係",
 "カテゴリー：露日関係",
]),

# 6 Nikkei, Abe-Putin at APEC in Da Nang (10 Nov 2017): Nishimura's briefing of Abe's and Putin's words (alt
#   Nishimura), North Korea (optional), Ushakov recounting Putin on trade (Putin's words, alt Ushakov) and Ushakov's
#   own line on the treaty; the Kremlin readout's narration, the agreed visit, an anonymous MOFA official, the
#   paper's analysis, related headlines
dict(id="J9-06", outlet="Nikkei", url="https://www.nikkei.com/article/DGXMZO23383160Q7A111C1000000/",
published="2017-11-10",
title="日ロ首脳、共同経済活動の早期実現確認　露側発表は経済協力が中心",
text="""日本経済新聞
政治　経済　ビジネス　マーケット　テクノロジー　国際　オピニオン

日ロ首脳、共同経済活動の早期実現確認　露側発表は経済協力が中心
2017/11/10 23:14
保存　共有　印刷　その他

　【ダナン=加藤宏一】安倍晋三首相は10日、アジア太平洋経済協力会議（APEC）首脳会議が開かれているベトナム中部ダナンでロシアのプーチン大統領と約50分間会談した。北方四島での共同経済活動について、9月に特定した海産物の養殖や観光など5件の事業の早期実現に向けて作業を加速させる方針を確認した。日ロ両政府による会談後の説明は力点が異なり、日本側が平和条約への言及を強調したのに対し、ロシア側は経済協力を前面に出した。

　同行している西村康稔官房副長官によると、首相は「5件の事業を一日も早く形にし、平和条約の締結へとつなげていきたい」と述べた。プーチン氏は「事業の具体化に向けて、両国の担当者の作業を急がせたい」と応じたという。両首脳は来年の首相訪ロに向けて調整を進めることで一致した。
　北朝鮮問題では、首相が「圧力を最大限まで高める必要がある」と訴えた。プーチン氏は「対話による解決の道を閉ざすべきではない」との考えを示した。

　一方、ロシアのウシャコフ大統領補佐官（外交担当）は会談後、ロシアの記者団に対し、会談では貿易や投資の拡大が主に話し合われたと説明。プーチン氏が「今年に入って両国間の貿易は2割以上伸びている。この流れを確かなものにしたい」と述べたと紹介した。
　ウシャコフ氏は平和条約について「話題には上ったが、詳しく議論する時間はなかった」と語った。
　ロシア大統領府の発表も、両首脳が「貿易・経済関係の発展と、共同で進める事業の状況」について意見を交わしたと記すにとどまった。

　外務省幹部は「ロシア側は国内向けに、領土で譲歩していると受け取られるのを嫌っている」と指摘する。来年3月に大統領選を控えるプーチン氏は、領土問題をめぐる発言に慎重になっているとみられる。

関連記事
・日ロ、北方四島の共同経済活動で5件の候補　観光など
・元島民の航空機墓参、初実施　国後・択捉に

日経電子版　有料会員限定記事""",
expected=[
 dict(speaker="Shinzo Abe", alt=["Yasutoshi Nishimura", "Japanese government"], treaty=True, snippet="5件の事業を一日も早く形にし、平和条約の締結へとつなげていきたい"),
 dict(speaker="Vladimir Putin", alt=["Yasutoshi Nishimura", "Japanese government"], treaty=None, snippet="事業の具体化に向けて、両国の担当者の作業を急がせたい"),
 dict(speaker="Shinzo Abe", alt=["Yasutoshi Nishimura", "Japanese government"], treaty=False, optional=True, snippet="圧力を最大限まで高める必要がある"),
 dict(speaker="Vladimir Putin", alt=["Yasutoshi Nishimura", "Japanese government"], treaty=False, optional=True, snippet="対話による解決の道を閉ざすべきではない"),
 dict(speaker="Vladimir Putin", alt=["Yuri Ushakov", "Kremlin"], treaty=False, snippet="今年に入って両国間の貿易は2割以上伸びている"),
 dict(speaker="Yuri Ushakov", alt=["Kremlin"], treaty=True, snippet="話題には上ったが、詳しく議論する時間はなかった"),
],
not_statements=[
 "両首脳は来年の首相訪ロに向けて調整を進めることで一致した。",
 "ロシア側は国内向けに、領土で譲歩していると受け取られるのを嫌っている",
 "来年3月に大統領選を控えるプーチン氏は、領土問題をめぐる発言に慎重になっているとみられる。",
 "両首脳が「貿易・経済関係の発展と、共同で進める事業の状況」について意見を交わしたと記すにとどまった",
 "日本側が平和条約への言及を強調したのに対し、ロシア側は経済協力を前面に出した。",
 "日ロ、北方四島の共同経済活動で5件の候補　観光など",
]),

# 7 MOFA 概要, Kishida-Lavrov in Tokyo (20 March 2017, after the "2+2"): Kishida's points, Lavrov's words as the
#   Japanese readout gives them (alt MOFA), a protest over the build-up (optional) and Lavrov's reply calling the
#   islands Russia's territory (a claim), North Korea; narration of agreement, the (参考) line
dict(id="J9-07", outlet="MOFA", url="https://www.mofa.go.jp/mofaj/erp/rss/hoppo/page4_002902.html",
published="2017-03-20",
title="日露外相会談",
text="""外務省
ホーム > 外交政策 > 地域別に見た外交 > 欧州 > ロシア連邦
日露外相会談
平成29年3月20日

英語版 (English)

　3月20日（月曜日）午後3時50分から約1時間10分間，岸田文雄外務大臣は，飯倉公館において，訪日中のセルゲイ・ラブロフ・ロシア連邦外務大臣（H.E. Mr. Sergey Lavrov, Minister of Foreign Affairs of the Russian Federation）と日露外相会談を行ったところ，概要以下のとおりです。なお，会談に先立ち，同日午前，日露外務・防衛閣僚協議（「2+2」）が開催されました。

1　総論
　岸田大臣から，昨年12月のプーチン大統領訪日の成果を着実に具体化し，4月下旬に予定される安倍総理の訪露を実り多いものとしたい旨述べました。ラブロフ外相からは，両国間の対話があらゆるレベルで活発化していることを歓迎するとの発言がありました。

2　平和条約締結問題
(1)　岸田大臣から，北方四島の帰属の問題を解決して平和条約を締結するという我が国の基本的立場に基づき，首脳間の合意に従って交渉を進めたい旨述べました。また，3月18日に東京で開催された共同経済活動に関する初の公式協議について，双方の法的立場を害さないとの前提の下で協議を進めていくことが重要である旨指摘しました。
(2)　ラブロフ外相からは，共同経済活動に関する協議が始まったことを歓迎し，平和条約問題についても，首脳間の合意に基づき対話を継続したいとの発言がありました。
(3)　岸田大臣から，北方四島における最近のロシアによる軍備強化の動きは我が国の立場と相容れず，遺憾である旨を伝えました。これに対し，ラブロフ外相からは，ロシアが自国の領土において行っている措置であり，特定の国に向けられたものではないとの反論がありました。
(4)　両外相は，元島民の方々のための人道的措置について，航空機による墓参を含め，引き続き協力していくことで一致しました。

3　国際情勢
　岸田大臣から，北朝鮮による度重なる弾道ミサイル発射は断じて容認できず，安保理決議の完全な履行が必要である旨述べました。ラブロフ外相からは，朝鮮半島の非核化という目標を共有しているとの発言がありました。両外相は，シリア及びウクライナ情勢についても意見交換を行いました。

（参考）ラブロフ外相の訪日は，平成28年4月以来。

関連リンク
日露外務・防衛閣僚協議（「2+2」）（概要）
このページのトップへ戻る
ロシア連邦へ戻る""",
expected=[
 dict(speaker="Fumio Kishida", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, snippet="4月下旬に予定される安倍総理の訪露を実り多いものとしたい旨述べました"),
 dict(speaker="Sergei Lavrov", alt=["Japanese Foreign Ministry"], treaty=False, snippet="両国間の対話があらゆるレベルで活発化していることを歓迎する"),
 dict(speaker="Fumio Kishida", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=True, snippet="北方四島の帰属の問題を解決して平和条約を締結するという我が国の基本的立場に基づき"),
 dict(speaker="Fumio Kishida", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=None, snippet="双方の法的立場を害さないとの前提の下で協議を進めていくことが重要である旨指摘しました"),
 dict(speaker="Sergei Lavrov", alt=["Japanese Foreign Ministry"], treaty=True, snippet="平和条約問題についても，首脳間の合意に基づき対話を継続したいとの発言がありました"),
 dict(speaker="Fumio Kishida", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=None, optional=True, snippet="北方四島における最近のロシアによる軍備強化の動きは我が国の立場と相容れず"),
 dict(speaker="Sergei Lavrov", alt=["Japanese Foreign Ministry"], treaty=True, snippet="ロシアが自国の領土において行っている措置であり，特定の国に向けられたものではない"),
 dict(speaker="Fumio Kishida", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, optional=True, snippet="北朝鮮による度重なる弾道ミサイル発射は断じて容認できず"),
 dict(speaker="Sergei Lavrov", alt=["Japanese Foreign Ministry"], treaty=False, optional=True, snippet="朝鮮半島の非核化という目標を共有しているとの発言がありました"),
],
not_statements=[
 "両外相は，元島民の方々のための人道的措置について，航空機による墓参を含め，引き続き協力していくことで一致しました。",
 "両外相は，シリア及びウクライナ情勢についても意見交換を行いました。",
 "（参考）ラブロフ外相の訪日は，平成28年4月以来。",
 "なお，会談に先立ち，同日午前，日露外務・防衛閣僚協議（「2+2」）が開催されました。",
 "日露外務・防衛閣僚協議（「2+2」）（概要）",
]),

# 8 Sputnik 日本, the MID summons a senior official of Japan's embassy over a Tokyo exhibition on the islands
#   (Dec 2021): the ministry's statement (institution), Zakharova at her briefing, the embassy's no-comment, Japan's
#   chief cabinet secretary by title only (Dec 2021 = Hirokazu Matsuno), the reporter's question, Sputnik's
#   standard background that echoes the ministry's wording, related links
dict(id="J9-08", outlet="Sputnik 日本", url="https://sputniknews.jp/20211209/9732561.html",
published="2021-12-09",
title="ロシア外務省、日本大使館幹部を呼び抗議　東京の南クリル展示会めぐり",
text="""Sputnik 日本
政治
ロシア外務省、日本大使館幹部を呼び抗議　東京の南クリル展示会めぐり
2021年12月9日, 18:20
© Sputnik / Ekaterina Chesnokova
モスクワのロシア外務省の建物
購読する

ロシア外務省は8日、在ロシア日本大使館の幹部を同省に呼び、12月初めに東京で始まった南クリル諸島をテーマとする展示会について抗議した。同省が公式サイトで発表した。

発表によると、会談では「これらの島々に対する日本の不当な領土的主張の文脈で開かれた展示会について、日本側に断固とした抗議が表明された」。ロシア外務省は、同様の展示会が1年前にも開かれたことに触れ、「日本の主催者は再び、この挑発的な一歩を踏み出した」と指摘した。
さらに同省は、「南クリル諸島は第二次世界大戦の結果、合法的にロシアの領土となったものであり、その主権に疑いの余地はない」と強調した。

ロシア外務省のマリア・ザハロワ報道官は9日の定例会見でこの問題に触れ、「このような催しは、両国関係の前向きな雰囲気づくりに何ら資するものではない。平和条約問題での対話を望むと口にしながら、こうした行事を後押しするのは矛盾している」と述べた。

在ロシア日本大使館はスプートニクの取材に対し、コメントを控えた。

一方、日本の官房長官は9日の記者会見で、ロシア側の抗議について問われ、「北方領土問題に関する我が国の立場は一貫しており、ロシア側の主張は受け入れられない」と述べた。その上で「展示は、国民の理解と関心を高めるための啓発事業であり、抗議は当たらない」との認識を示した。

露日関係は長年、平和条約が存在しないことで複雑化している。日本はイトゥルップ（択捉）、クナシル（国後）、シコタン（色丹）、ハボマイ（歯舞）の各島の返還を求めているが、ロシアは、島々は第二次世界大戦の結果ソ連領となり、その主権は疑いの余地がないとの立場をとっている。

関連
・ザハロワ報道官：日本の外交青書の表現は受け入れられない
・クリル諸島に新たな免税特区、日本企業にも門戸

タグ：ロシア外務省, マリア・ザハロワ, 日本, クリル諸島""",
expected=[
 dict(speaker="Russian Foreign Ministry", treaty=None, snippet="これらの島々に対する日本の不当な領土的主張の文脈で開かれた展示会について"),
 dict(speaker="Russian Foreign Ministry", treaty=None, optional=True, snippet="日本の主催者は再び、この挑発的な一歩を踏み出した"),
 dict(speaker="Russian Foreign Ministry", treaty=True, snippet="合法的にロシアの領土となったものであり、その主権に疑いの余地はない"),
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=None, optional=True, snippet="両国関係の前向きな雰囲気づくりに何ら資するものではない"),
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="平和条約問題での対話を望むと口にしながら、こうした行事を後押しするのは矛盾している"),
 dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=True, snippet="北方領土問題に関する我が国の立場は一貫しており、ロシア側の主張は受け入れられない"),
 dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=None, optional=True, snippet="国民の理解と関心を高めるための啓発事業であり、抗議は当たらない"),
],
not_statements=[
 "ロシアは、島々は第二次世界大戦の結果ソ連領となり、その主権は疑いの余地がないとの立場をとっている",
 "在ロシア日本大使館はスプートニクの取材に対し、コメントを控えた。",
 "ザハロワ報道官：日本の外交青書の表現は受け入れられない",
 "日本はイトゥルップ（択捉）、クナシル（国後）、シコタン（色丹）、ハボマイ（歯舞）の各島の返還を求めているが",
 "ロシア側の抗議について問われ",
]),

# 9 Mainichi, Koizumi-Putin in Moscow (10 Jan 2003) and the Japan-Russia Action Plan: the plan's wording and its
#   outline box (a document), the joint press conference (Koizumi, Putin), the pipeline, North Korea, Fukuda in
#   Tokyo; an anonymous "同行筋", the paper's verdict and history
dict(id="J9-09", outlet="Mainichi", url="https://www.mainichi.co.jp/news/20030111/0111m030.html",
published="2003-01-11",
title="日露首脳会談：「行動計画」に署名　領土交渉の基礎を文書で確認",
text="""毎日新聞
日露首脳会談：「行動計画」に署名　領土交渉の基礎を文書で確認
毎日新聞　2003年1月11日　東京朝刊

　【モスクワ石川弘樹】小泉純一郎首相は10日、クレムリンでプーチン大統領と会談し、政治対話、平和条約交渉、経済、国際舞台での協力など6分野からなる「日露行動計画」に署名した。行動計画は、1956年の日ソ共同宣言、93年の東京宣言、2001年のイルクーツク声明などの諸文書を「四島の帰属の問題を解決して平和条約を締結し、両国関係を完全に正常化するための交渉の基礎」と位置づけ、交渉を加速させるとしている。ただ、北方領土問題で具体的な前進はなかった。

　小泉首相は会談後の共同記者会見で「領土問題を解決して平和条約を締結し、日露関係を完全に正常化したい。そのための交渉を加速させる意思を大統領と確認できた」と強調した。
　プーチン大統領は「平和条約がない状態は、両国にとって決して正常とはいえない」と述べたうえで、「我々はこれまでの全ての合意を土台に、双方が受け入れられる解決策を探す用意がある」と語った。
　一方、東シベリアの石油パイプライン計画について、首相は「太平洋側に抜けるルートの実現に、日本は協力を惜しまない」と、ナホトカ方面へのルートを売り込んだ。プーチン大統領は「エネルギー分野の協力は両国にとって戦略的な意味を持つ。あらゆる案を慎重に検討する」と述べるにとどめた。
　首相はまた、北朝鮮の核開発問題について「国際社会が一致して対応すべきだ」と述べ、大統領は対話を通じた平和的解決を主張した。

　同行筋は「領土では新味に乏しいが、関係全体を底上げする枠組みができた」と話した。
　一方、福田康夫官房長官は10日夜、首相官邸で記者団に「行動計画で日露関係の全体像を描けた。領土交渉の基礎となる文書が改めて確認されたことにも意義がある」と語った。

　森喜朗前首相の時代の01年には、日ソ共同宣言の有効性を確認したイルクーツク声明が出されたが、その後、外務省の混乱などで交渉は停滞していた。

■日露行動計画の骨子
一、政治対話の深化（首脳の定期的な相互訪問）
一、平和条約交渉（諸文書を基礎に交渉を加速）
一、国際舞台における協力
一、貿易経済分野での協力
一、防衛・治安分野の関係発展
一、文化・国民間交流""",
expected=[
 dict(speaker="Junichiro Koizumi", alt=["Japanese government"], treaty=True, snippet="領土問題を解決して平和条約を締結し、日露関係を完全に正常化したい"),
 dict(speaker="Junichiro Koizumi", alt=["Japanese government"], treaty=True, snippet="そのための交渉を加速させる意思を大統領と確認できた"),
 dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=True, snippet="平和条約がない状態は、両国にとって決して正常とはいえない"),
 dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=True, snippet="我々はこれまでの全ての合意を土台に、双方が受け入れられる解決策を探す用意がある"),
 dict(speaker="Junichiro Koizumi", alt=["Japanese government"], treaty=False, snippet="太平洋側に抜けるルートの実現に、日本は協力を惜しまない"),
 dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=False, snippet="エネルギー分野の協力は両国にとって戦略的な意味を持つ"),
 dict(speaker="Junichiro Koizumi", alt=["Japanese government"], treaty=False, optional=True, snippet="北朝鮮の核開発問題について「国際社会が一致して対応すべきだ」"),
 dict(speaker="Yasuo Fukuda", alt=["Japanese government"], treaty=None, optional=True, snippet="行動計画で日露関係の全体像を描けた"),
 dict(speaker="Yasuo Fukuda", alt=["Japanese government"], treaty=True, snippet="領土交渉の基礎となる文書が改めて確認されたことにも意義がある"),
],
not_statements=[
 "四島の帰属の問題を解決して平和条約を締結し、両国関係を完全に正常化するための交渉の基礎",
 "平和条約交渉（諸文書を基礎に交渉を加速）",
 "同行筋は「領土では新味に乏しいが、関係全体を底上げする枠組みができた」と話した。",
 "ただ、北方領土問題で具体的な前進はなかった。",
 "日ソ共同宣言の有効性を確認したイルクーツク声明が出されたが",
]),

# 10 Jiji, Abe-Putin in Sochi (8 Feb 2014): Seko's briefing of Abe's and Putin's words (alt Seko), Seko's own
#   impression, Putin's public opening words and Abe's reply (Olympics), Ushakov on the treaty; the agreed autumn
#   visit and the "confirmed policy" (narration), a senior official unnamed, the paper's analysis, a photo caption
dict(id="J9-10", outlet="Jiji", url="https://www.jiji.com/jc/zc?k=201402/2014020800335",
published="2014-02-09",
title="日ロ首脳、プーチン氏の秋来日で一致＝平和条約交渉「前進を」－ソチで会談",
text="""時事ドットコム
トップ　政治　経済　国際　社会　スポーツ

日ロ首脳、プーチン氏の秋来日で一致＝平和条約交渉「前進を」－ソチで会談

　【ソチ時事】安倍晋三首相は8日午後（日本時間同日夜）、ロシア南部ソチの大統領公邸でプーチン大統領と約1時間会談し、昼食を共にした。両首脳は、プーチン氏が今秋に来日することで一致。北方領土問題を含む平和条約締結交渉を前進させる方針を確認した。首相は7日にソチ五輪の開会式に出席しており、両首脳の会談は昨年4月の首相訪ロ以来5回目。

　同行している世耕弘成官房副長官が記者団に明らかにしたところによると、首相は「昨年4月の共同声明に沿って、平和条約交渉をしっかりと前に進めたい」と表明。プーチン氏は「交渉に真剣に取り組む用意がある。外務次官級の協議を続けよう」と応じたという。
　世耕氏は「首脳同士が非常に和やかな雰囲気の中で、信頼関係をさらに深めることができた」と会談を振り返った。

　会談の冒頭、プーチン氏は報道陣の前で「首相が開会式に足を運んでくれたことは、両国関係の水準の高さを示すものだ」と謝意を述べた。首相は「東京五輪の成功のためにも、ソチ五輪の運営から多くを学びたい」と応じた。

　ロシア大統領府のウシャコフ補佐官はロシア人記者団に、平和条約問題について「両首脳の間で建設的な雰囲気の中で話し合われた。ただ、急いで結論を出すべき問題ではない」と述べた。

　欧米の主要国首脳の多くは、ロシアの人権状況などを理由に開会式を欠席した。首相の出席には、対ロ関係を重視する姿勢を示す狙いがある。政府高官は「ロシアとの関係強化は、中国の台頭もにらんだものだ」と語った。
　両国は昨年11月、東京で初の外務・防衛閣僚協議（2プラス2）を開いている。

〔写真説明〕8日、ロシア・ソチで会談を前に握手する安倍晋三首相（左）とプーチン大統領（時事）
（2014/02/09-00:18）""",
expected=[
 dict(speaker="Shinzo Abe", alt=["Hiroshige Seko", "Japanese government"], treaty=True, snippet="昨年4月の共同声明に沿って、平和条約交渉をしっかりと前に進めたい"),
 dict(speaker="Vladimir Putin", alt=["Hiroshige Seko", "Japanese government"], treaty=True, snippet="交渉に真剣に取り組む用意がある。外務次官級の協議を続けよう"),
 dict(speaker="Hiroshige Seko", alt=["Japanese government"], treaty=False, snippet="首脳同士が非常に和やかな雰囲気の中で、信頼関係をさらに深めることができた"),
 dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=False, snippet="首相が開会式に足を運んでくれたことは、両国関係の水準の高さを示すものだ"),
 dict(speaker="Shinzo Abe", alt=["Japanese government"], treaty=False, optional=True, snippet="東京五輪の成功のためにも、ソチ五輪の運営から多くを学びたい"),
 dict(speaker="Yuri Ushakov", alt=["Kremlin"], treaty=True, snippet="両首脳の間で建設的な雰囲気の中で話し合われた"),
 dict(speaker="Yuri Ushakov", alt=["Kremlin"], treaty=True, snippet="急いで結論を出すべき問題ではない"),
],
not_statements=[
 "両首脳は、プーチン氏が今秋に来日することで一致。",
 "北方領土問題を含む平和条約締結交渉を前進させる方針を確認した。",
 "ロシアとの関係強化は、中国の台頭もにらんだものだ",
 "首相の出席には、対ロ関係を重視する姿勢を示す狙いがある。",
 "両国は昨年11月、東京で初の外務・防衛閣僚協議（2プラス2）を開いている。",
]),

# 11 Asahi, Yeltsin's obituary (24 April 2007): the Tokyo Declaration's wording (document), Yeltsin's 1993 apology
#   (not treaty) and his 1993 and 1998 words (recalled), Krasnoyarsk as an agreement (event), the PM's message
#   (Abe, first term) and Shiozaki; an anonymous MOFA official, the writer's analysis, related headlines with quotes
dict(id="J9-11", outlet="Asahi", url="http://www.asahi.com/international/update/0424/TKY200704230412.html",
published="2007-04-24",
title="エリツィン前ロシア大統領が死去　76歳　東京宣言に署名",
text="""asahi.com ＞ 国際 ＞ 欧州
エリツィン前ロシア大統領が死去　76歳　東京宣言に署名
2007年04月24日01時12分

　ソ連崩壊後のロシアで初代大統領を務めたボリス・エリツィン氏が23日、モスクワ市内の病院で死去した。76歳だった。ロシア大統領府が発表した。心不全とみられる。

　エリツィン氏は1991年6月、ロシア共和国の大統領に選ばれ、同年8月の保守派クーデター未遂では戦車の上から抵抗を呼びかけた。ソ連崩壊後は急進的な市場経済改革を進めたが、経済の混乱とチェチェン紛争で支持を失い、99年12月31日、プーチン首相（当時）を後継に指名して辞任した。

■「法と正義」の東京宣言
　日本との関係では、93年10月に来日し、細川護熙首相との間で東京宣言に署名した。宣言は、択捉、国後、色丹、歯舞の4島の名前を挙げ、その帰属に関する問題を「歴史的・法的事実に立脚し」「法と正義の原則」を基礎として解決し、平和条約を早期に締結するよう交渉を続けるとした。
　エリツィン氏は来日中、シベリア抑留について「非人間的な行為に対し、謝罪の意を表したい」と述べた。記者会見では領土問題について「先送りはしない。私の任期中に解決への道筋をつけたい」と語った。

■クラスノヤルスクから川奈へ
　97年11月には、シベリアのクラスノヤルスクで橋本龍太郎首相とネクタイを外した「非公式会談」に臨み、東京宣言に基づいて2000年までに平和条約を締結するよう全力を尽くすことで合意した。エリツィン氏は会談後、「我々は互いに信頼し合える友人になった」と満足げに語った。
　98年4月の静岡県伊東市・川奈での会談で、日本側は択捉島とウルップ島の間に国境線を引くことを柱とする、いわゆる「川奈提案」を示した。エリツィン氏はその場で「興味深い提案であり、前向きに検討したい」と述べたが、ロシア側は同年11月、小渕恵三首相の訪ロの際に事実上これを退けた。2000年までの条約締結は実現しなかった。

■政府「交渉の基礎」
　安倍首相は24日未明、談話を発表し、「エリツィン氏は東京宣言を通じて、日ロ関係の新たな基礎を築いた指導者だった。その遺産を踏まえ、4島の帰属の問題を解決して平和条約を締結するよう、粘り強く交渉していく」とした。
　塩崎官房長官は記者会見で「心から哀悼の意を表したい。日ロ関係に大きな足跡を残された方だ」と述べたうえで、「東京宣言は今も平和条約交渉の重要な基礎の一つだ」と強調した。
　外務省幹部は「エリツィン時代は、交渉が最も前に進んだ時期だった」と振り返った。エリツィン氏の後を継いだプーチン大統領のもとで、ロシアは経済力を回復させ、領土問題でも強硬な姿勢に転じている。

関連記事
・プーチン大統領、56年宣言「履行の用意」（04年）
・川奈提案、ロシアが拒否　小渕首相訪ロ（98年）""",
expected=[
 dict(speaker="Boris Yeltsin", treaty=False, snippet="非人間的な行為に対し、謝罪の意を表したい"),
 dict(speaker="Boris Yeltsin", treaty=True, snippet="先送りはしない。私の任期中に解決への道筋をつけたい"),
 dict(speaker="Boris Yeltsin", treaty=None, optional=True, snippet="我々は互いに信頼し合える友人になった"),
 dict(speaker="Boris Yeltsin", treaty=True, snippet="興味深い提案であり、前向きに検討したい"),
 dict(speaker="Shinzo Abe", alt=["Japanese government"], treaty=True, snippet="4島の帰属の問題を解決して平和条約を締結するよう、粘り強く交渉していく"),
 dict(speaker="Shinzo Abe", alt=["Japanese government"], treaty=None, optional=True, snippet="東京宣言を通じて、日ロ関係の新たな基礎を築いた指導者だった"),
 dict(speaker="Yasuhisa Shiozaki", alt=["Japanese government"], treaty=False, optional=True, snippet="心から哀悼の意を表したい。日ロ関係に大きな足跡を残された方だ"),
 dict(speaker="Yasuhisa Shiozaki", alt=["Japanese government"], treaty=True, snippet="東京宣言は今も平和条約交渉の重要な基礎の一つだ"),
],
not_statements=[
 "その帰属に関する問題を「歴史的・法的事実に立脚し」「法と正義の原則」を基礎として解決し",
 "東京宣言に基づいて2000年までに平和条約を締結するよう全力を尽くすことで合意した",
 "エリツィン時代は、交渉が最も前に進んだ時期だった",
 "ロシアは経済力を回復させ、領土問題でも強硬な姿勢に転じている",
 "プーチン大統領、56年宣言「履行の用意」（04年）",
 "2000年までの条約締結は実現しなかった。",
]),

# 12 Yomiuri, Hashimoto's obituary (1 July 2006): his 1997 speech and his later interview (recalled), the
#   Krasnoyarsk agreement (event), 「当時の外相」 after Krasnoyarsk (Nov 1997 = Keizo Obuchi), Yeltsin at Kawana;
#   Koizumi, 「安倍官房長官」 (Shinzo Abe as chief cabinet secretary), the MID's condolence; an anonymous MOFA
#   veteran, career lines, related headlines
dict(id="J9-12", outlet="Yomiuri", url="http://www.yomiuri.co.jp/politics/news/20060701i213.htm",
published="2006-07-01",
title="橋本元首相が死去、68歳…「ユーラシア外交」で対露接近",
text="""YOMIURI ONLINE（読売新聞）
ホーム ＞ 政治

橋本元首相が死去、68歳…「ユーラシア外交」で対露接近

　第82、83代首相を務めた橋本龍太郎（はしもと・りゅうたろう）元首相が1日午後2時、多臓器不全のため東京都新宿区の病院で死去した。68歳だった。

　橋本氏は1996年1月に首相に就任。行政改革や財政構造改革を掲げ、中央省庁再編の道筋をつけた。98年7月の参院選で自民党が惨敗した責任を取って退陣した。

　外交では、日露関係の打開に意欲を燃やした。97年7月、経済同友会での講演で、「信頼」「相互利益」「長期的な視点」の3原則に立つ対露外交を提唱し、「北方領土問題を解決し、日露関係を完全に正常化することは、両国の長期的な利益にかなう」と訴えた。
　同年11月にはシベリアのクラスノヤルスクでエリツィン大統領と会談し、「2000年までに平和条約を締結するよう全力を尽くす」ことで合意した。当時の外相は、東京での記者会見で「首脳同士がここまで踏み込んだことの意味は大きい。期限が入ったことで交渉に弾みがつく」と語った。
　98年4月には静岡県伊東市の川奈にエリツィン氏を招き、国境線の画定を柱とする提案を示した。エリツィン氏は「提案を持ち帰り、専門家に検討させる」と応じたが、合意には至らなかった。橋本氏は退任後、読売新聞のインタビューで「川奈での提案は、日本として示しうる最大限の柔軟性だった」と振り返っていた。

　小泉首相は1日夜、首相官邸で記者団に「外交でも大きな足跡を残された。本当に残念だ」と語った。
　安倍官房長官は記者会見で、「橋本元首相が切り開いた日露関係の発展を引き継ぎ、北方領土問題を解決して平和条約を締結するよう努力していきたい」と述べた。
　ロシア外務省も声明を出し、「橋本氏はロシアの真の友人であり、両国関係の発展に大きく貢献した」と弔意を示した。

　日露関係に詳しい外務省OBは「期限を区切ったことで、かえってロシア側の警戒を招いた面もある」と指摘する。

（2006年7月1日22時41分　読売新聞）

［関連記事］
・橋本元首相、腹部の手術後に容体悪化（6月）
・日露首脳、クラスノヤルスク合意（1997年）""",
expected=[
 dict(speaker="Ryutaro Hashimoto", treaty=True, snippet="北方領土問題を解決し、日露関係を完全に正常化することは、両国の長期的な利益にかなう"),
 dict(speaker="Keizo Obuchi", treaty=True, snippet="首脳同士がここまで踏み込んだことの意味は大きい"),
 dict(speaker="Keizo Obuchi", treaty=True, snippet="期限が入ったことで交渉に弾みがつく"),
 dict(speaker="Boris Yeltsin", treaty=True, snippet="提案を持ち帰り、専門家に検討させる"),
 dict(speaker="Ryutaro Hashimoto", treaty=True, snippet="川奈での提案は、日本として示しうる最大限の柔軟性だった"),
 dict(speaker="Junichiro Koizumi", alt=["Japanese government"], treaty=False, optional=True, snippet="外交でも大きな足跡を残された。本当に残念だ"),
 dict(speaker="Shinzo Abe", alt=["Japanese government"], treaty=True, snippet="北方領土問題を解決して平和条約を締結するよう努力していきたい"),
 dict(speaker="Russian Foreign Ministry", treaty=False, snippet="橋本氏はロシアの真の友人であり、両国関係の発展に大きく貢献した"),
],
not_statements=[
 "「2000年までに平和条約を締結するよう全力を尽くす」ことで合意した",
 "期限を区切ったことで、かえってロシア側の警戒を招いた面もある",
 "98年7月の参院選で自民党が惨敗した責任を取って退陣した。",
 "日露首脳、クラスノヤルスク合意（1997年）",
 "行政改革や財政構造改革を掲げ、中央省庁再編の道筋をつけた。",
]),

# 13 Sankei, Gorbachev's obituary (31 Aug 2022): the 1991 joint statement's wording (document), Gorbachev's Diet
#   speech and press-conference answer (recalled), 「当時の首相」 in April 1991 (= Toshiki Kaifu), Kishida's
#   condolence, Matsuno on the treaty, Peskov relaying Putin's condolence; an anonymous official, the writer's
#   history of the suspension, related headlines
dict(id="J9-13", outlet="Sankei", url="https://www.sankei.com/article/20220831-QXKZ4TLH7FNLJOV2P5SEU3RRYA/",
published="2022-08-31",
title="ゴルバチョフ元ソ連大統領死去　91歳　ソ連首脳で初来日、4島を文書に明記",
text="""産経ニュース
国際 ＞ 欧州・ロシア

ゴルバチョフ元ソ連大統領死去　91歳　ソ連首脳で初来日、4島を文書に明記
2022/8/31 09:12

　【モスクワ＝西村昌平】ロシアの通信社によると、旧ソ連のゴルバチョフ元大統領が30日、モスクワ市内の病院で死去した。91歳だった。長期の闘病の末だったという。
　ゴルバチョフ氏は1985年にソ連共産党書記長に就任。ペレストロイカ（改革）とグラスノスチ（情報公開）を進め、米国との間で冷戦を終結に導いた。90年にノーベル平和賞を受賞。91年12月のソ連崩壊で大統領を辞任した。

【日本との関係】
　91年4月、ソ連の最高指導者として初めて来日し、海部俊樹首相と6回にわたり会談した。会談後に署名された日ソ共同声明は、歯舞群島、色丹島、国後島、択捉島の名前を挙げ、これらの「帰属についての双方の立場を考慮しつつ」領土画定の問題を含む平和条約について話し合ったと明記した。ソ連が4島を交渉の対象として文書で認めたのはこれが初めてだった。
　ゴルバチョフ氏は国会での演説で「平和条約の準備を完了させるため、作業を加速させる用意がある」と表明した。一方、56年の日ソ共同宣言の扱いについては、記者会見で「宣言の後に生じた現実を考慮しなければならない」と述べ、歯舞、色丹の引き渡しを定めた条項の再確認には応じなかった。
　当時の首相は会談を終えて、「4島の名前が文書に書き込まれたことは、一つの前進だ。ただ、われわれの目標はあくまで4島の返還だ」と記者団に語っていた。

【各界の反応】
　岸田文雄首相は31日、「冷戦を終結に導き、世界の歴史を変えた指導者だった。心から哀悼の意を表する」とのコメントを出した。
　松野博一官房長官は31日の記者会見で「91年の訪日で、北方四島が平和条約で解決されるべき領土問題の対象であることが初めて文書で確認された」と指摘。「ロシアのウクライナ侵略で日露関係は厳しい状況にあるが、領土問題を解決して平和条約を締結するとの方針に変わりはない」と述べた。
　ロシアのペスコフ大統領報道官は、プーチン大統領がゴルバチョフ氏の死去に「深い哀悼の意」を表したと明らかにした。

　日本政府関係者は「ゴルバチョフ氏の来日が、実質的な領土交渉の出発点だった」と話している。
　ソ連崩壊後、交渉はエリツィン、プーチン両政権に引き継がれたが、ロシアは今年3月、日本の対露制裁を理由に平和条約締結交渉の中断を一方的に表明した。

【関連】
・北方領土の日　元島民「生きているうちに」
・ロシア、平和条約交渉を中断　日本の制裁に反発""",
expected=[
 dict(speaker="Mikhail Gorbachev", treaty=True, snippet="平和条約の準備を完了させるため、作業を加速させる用意がある"),
 dict(speaker="Mikhail Gorbachev", treaty=True, snippet="宣言の後に生じた現実を考慮しなければならない"),
 dict(speaker="Toshiki Kaifu", treaty=True, snippet="4島の名前が文書に書き込まれたことは、一つの前進だ"),
 dict(speaker="Toshiki Kaifu", treaty=True, snippet="われわれの目標はあくまで4島の返還だ"),
 dict(speaker="Fumio Kishida", alt=["Japanese government"], treaty=False, optional=True, snippet="冷戦を終結に導き、世界の歴史を変えた指導者だった"),
 dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=True, snippet="北方四島が平和条約で解決されるべき領土問題の対象であることが初めて文書で確認された"),
 dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=True, snippet="領土問題を解決して平和条約を締結するとの方針に変わりはない"),
 dict(speaker="Vladimir Putin", alt=["Dmitry Peskov", "Kremlin"], treaty=False, optional=True, snippet="プーチン大統領がゴルバチョフ氏の死去に「深い哀悼の意」を表した"),
],
not_statements=[
 "帰属についての双方の立場を考慮しつつ」領土画定の問題を含む平和条約について話し合ったと明記した",
 "ソ連が4島を交渉の対象として文書で認めたのはこれが初めてだった。",
 "ゴルバチョフ氏の来日が、実質的な領土交渉の出発点だった",
 "ロシアは今年3月、日本の対露制裁を理由に平和条約締結交渉の中断を一方的に表明した",
 "ロシア、平和条約交渉を中断　日本の制裁に反発",
]),

# 14 Hokkaido Shimbun, 20 years since the Irkutsk statement (25 March 2021): the statement's wording and outline box
#   (document), 「当時の首相」 in 2001 (= Yoshiro Mori) and Putin in 2001 (recalled), 「同行した当時の外相」 (= Yohei
#   Kono, not Taro Kono), Mori today (a former PM speaking privately: optional), Galuzin, Kato; the paper's poll of
#   former islanders, history of the "parallel talks", related headlines
dict(id="J9-14", outlet="Hokkaido Shimbun", url="https://www.hokkaido-np.co.jp/article/525310",
published="2021-03-25",
title="イルクーツク声明20年　56年宣言「出発点」確認の意義は　森元首相「約束守る信頼あった」",
text="""北海道新聞
ニュース ＞ 政治

イルクーツク声明20年　56年宣言「出発点」確認の意義は　森元首相「約束守る信頼あった」
2021年3月25日 05:00

　2001年3月25日、森喜朗首相とプーチン大統領がロシア・イルクーツクで署名した「イルクーツク声明」から、25日で20年となる。声明は、1956年の日ソ共同宣言を「交渉プロセスの出発点を設定した基本的な法的文書」と確認したうえで、93年の東京宣言に基づき4島の帰属の問題を解決して平和条約を締結するとした。平和条約締結後の歯舞群島と色丹島の引き渡しを定めた56年宣言の有効性を、ソ連崩壊後のロシアの首脳が文書で認めたのは初めてだった。

■「画期的」と森氏
　当時の首相は会談後の記者会見で「56年宣言の法的な有効性が、首脳の署名した文書で確認されたことは画期的だ」と強調した。プーチン氏も「ソ連が批准した宣言である以上、ロシアには履行する義務がある」と語り、日本側の期待は高まった。
　同行した当時の外相は帰国後の記者会見で、「歯舞、色丹の引き渡しの具体的な姿と、国後、択捉の帰属の問題を、並行して協議していくことになる」と説明した。
　だが翌4月に発足した小泉政権の下で、外務省の混乱もあって、いわゆる「並行協議」は立ち消えとなった。

■「出発点であって終着点でない」
　森氏は北海道新聞の取材に「プーチン氏とは、政治家として互いに約束を守るという信頼があった」と振り返り、「56年宣言は出発点であって終着点ではない。2島で終わりという話ではない」と語った。

■露側「憲法に従って」
　一方、ロシアのガルージン駐日大使は本紙の取材に対し、昨年7月に発効した改正憲法が領土の割譲を禁じていることに触れ、「平和条約の締結は、ロシアの憲法に完全に従った形で行われなければならない」と述べた。
　加藤勝信官房長官は24日の記者会見で、「イルクーツク声明を含むこれまでの諸合意を踏まえ、領土問題を解決して平和条約を締結するとの方針の下、交渉を進めていく」と述べた。

　本社が昨年末に根室管内の元島民らを対象に行ったアンケートでは、「2島返還を先行させるべきだ」との回答が42％で、「4島一括返還を目指すべきだ」の35％を上回った。

■イルクーツク声明の骨子
・56年宣言を交渉プロセスの出発点を設定した基本的な法的文書と確認
・93年の東京宣言に基づき4島の帰属の問題を解決し平和条約を締結
・最終的な解決のため交渉を促進

関連記事
・元島民の平均年齢86歳超に　千島連盟
・【詳報】日ロ首脳会談（2001年3月）""",
expected=[
 dict(speaker="Yoshiro Mori", alt=["Japanese government"], treaty=True, snippet="56年宣言の法的な有効性が、首脳の署名した文書で確認されたことは画期的だ"),
 dict(speaker="Vladimir Putin", treaty=True, snippet="ソ連が批准した宣言である以上、ロシアには履行する義務がある"),
 dict(speaker="Yohei Kono", alt=["Japanese Foreign Ministry"], treaty=True, snippet="国後、択捉の帰属の問題を、並行して協議していくことになる"),
 dict(speaker="Yoshiro Mori", treaty=None, optional=True, snippet="政治家として互いに約束を守るという信頼があった"),
 dict(speaker="Yoshiro Mori", treaty=True, optional=True, snippet="56年宣言は出発点であって終着点ではない。2島で終わりという話ではない"),
 dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=True, snippet="平和条約の締結は、ロシアの憲法に完全に従った形で行われなければならない"),
 dict(speaker="Katsunobu Kato", alt=["Japanese government"], treaty=True, snippet="イルクーツク声明を含むこれまでの諸合意を踏まえ"),
],
not_statements=[
 "56年宣言を交渉プロセスの出発点を設定した基本的な法的文書と確認",
 "「2島返還を先行させるべきだ」との回答が42％で",
 "いわゆる「並行協議」は立ち消えとなった。",
 "56年宣言の有効性を、ソ連崩壊後のロシアの首脳が文書で認めたのは初めてだった。",
 "元島民の平均年齢86歳超に　千島連盟",
]),

# 15 Kyodo/47NEWS, the 60th year of the 1956 Declaration (19 Oct 2016): the declaration's clause and the 1960
#   memorandum (documents), Khrushchev's reported words (hedged: optional), Lavrov and Putin in Nov 2004 (recalled),
#   Kishida as foreign minister, Peskov; a named expert (optional), a poll, the writer's framing, related headlines
dict(id="J9-15", outlet="Kyodo", url="https://www.47news.jp/politics/2016/10/19/56-60.html",
published="2016-10-19",
title="日ソ共同宣言60年　交渉の「原点」に再び脚光　首脳会談控え、解釈に溝",
text="""47NEWS
トップ　ニュース　政治

日ソ共同宣言60年　交渉の「原点」に再び脚光　首脳会談控え、解釈に溝
2016年10月19日 17時02分（共同通信）

　日本とソ連が国交を回復した1956年の日ソ共同宣言の署名から、19日で60年となった。12月のプーチン・ロシア大統領の来日を控え、平和条約締結後に歯舞群島と色丹島を引き渡すと明記した宣言に改めて注目が集まっている。ただ、宣言をどう解釈するかを巡り、日ロの溝は埋まっていない。

　宣言は56年10月19日、鳩山一郎首相とソ連のブルガーニン首相がモスクワで署名し、両国の議会で批准された。第9項は、平和条約の締結交渉を続けることに同意するとともに、ソ連が「日本国の要望にこたえかつ日本国の利益を考慮して」、条約締結後に歯舞、色丹を引き渡すことに同意すると定める。
　ソ連は60年、日米安全保障条約の改定に反発し、日本領土からの全外国軍隊の撤退を引き渡しの条件に加えるとの覚書を日本側に送った。

■「義務」と「条件」
　交渉の席で当時のフルシチョフ第1書記は「2島の引き渡しで最終的に決着させるべきだ」と主張したとされる。
　ソ連崩壊後、ロシアは宣言の有効性を改めて認めてきた。ラブロフ外相は2004年11月、「ロシアはソ連の継承国として、56年宣言を有効な文書と見なしている」と発言。プーチン大統領も直後に「われわれは常に義務を履行してきたが、それは相手も同じ合意を履行する場合に限られる」と語った。

■岸田氏「重要な文書」
　岸田文雄外相は18日の記者会見で、「56年宣言は両国の議会で批准された重要な文書だ。この宣言を含むこれまでの諸合意を踏まえ、四島の帰属の問題を解決して平和条約を締結するとの方針で交渉を進める」と述べた。
　一方、ロシア大統領府のペスコフ報道官は19日、記者団に「平和条約の問題を、一度の訪問で解決できると考えるのは非現実的だ」と述べ、大統領来日での進展に期待を高める日本側をけん制した。

　ロシア政治に詳しい北海道大の岩田健司教授は「ロシア側は、宣言の履行を日米同盟の在り方と結びつけてくる可能性がある」とみる。
　内閣府が昨年実施した世論調査では、北方領土問題に「関心がある」と答えた人は6割を超えた。

関連記事
・首相、12月15日に山口で日ロ首脳会談　地元・長門市で
・元島民「宣言から60年、もう待てない」""",
expected=[
 dict(speaker="Nikita Khrushchev", treaty=True, optional=True, snippet="2島の引き渡しで最終的に決着させるべきだ"),
 dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="ロシアはソ連の継承国として、56年宣言を有効な文書と見なしている"),
 dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=True, snippet="われわれは常に義務を履行してきたが、それは相手も同じ合意を履行する場合に限られる"),
 dict(speaker="Fumio Kishida", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=True, snippet="56年宣言は両国の議会で批准された重要な文書だ"),
 dict(speaker="Fumio Kishida", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=True, snippet="四島の帰属の問題を解決して平和条約を締結するとの方針で交渉を進める"),
 dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="平和条約の問題を、一度の訪問で解決できると考えるのは非現実的だ"),
 dict(speaker="Kenji Iwata", treaty=None, optional=True, snippet="宣言の履行を日米同盟の在り方と結びつけてくる可能性がある"),
],
not_statements=[
 "条約締結後に歯舞、色丹を引き渡すことに同意すると定める。",
 "日本領土からの全外国軍隊の撤退を引き渡しの条件に加えるとの覚書を日本側に送った",
 "北方領土問題に「関心がある」と答えた人は6割を超えた。",
 "宣言をどう解釈するかを巡り、日ロの溝は埋まっていない。",
 "元島民「宣言から60年、もう待てない」",
]),

# 16 Yomiuri [基礎からわかる] Q&A before the January 2019 Moscow summit: Q lines (the paper's questions), the
#   documents, Abe's announcement of the Singapore agreement and his New Year TV remark, Putin in Singapore,
#   Zakharova, Suga; background that ascribes a position to "Russia", the government's wording policy (narration),
#   a poll, the writer's reading
dict(id="J9-16", outlet="Yomiuri", url="https://www.yomiuri.co.jp/politics/20190120-OYT1T50170/",
published="2019-01-21",
title="［基礎からわかる］日露平和条約交渉",
text="""読売新聞オンライン
政治

［基礎からわかる］日露平和条約交渉
2019/01/21 05:00

　安倍首相は22日、モスクワでロシアのプーチン大統領と会談する。昨年11月に1956年の日ソ共同宣言を基礎に平和条約交渉を加速させることで合意して以降、初めてのロシアでの首脳会談となる。交渉の経緯と論点をまとめた。

Ｑ　なぜ日露間に平和条約がないのか。
Ａ　第2次世界大戦末期の45年8月、ソ連は日ソ中立条約を破って対日参戦し、終戦後に北方4島を占領した。51年のサンフランシスコ平和条約にソ連は署名せず、56年の日ソ共同宣言で国交は回復したが、領土問題で折り合わず、平和条約は結ばれていない。

Ｑ　交渉の「基礎」となる文書は。
Ａ　56年宣言は、平和条約締結後に歯舞群島と色丹島を引き渡すと定めている。93年の東京宣言は4島の名前を挙げ、帰属の問題を解決して平和条約を締結するとした。2001年のイルクーツク声明は、56年宣言を交渉の出発点と位置づけた。

Ｑ　昨年11月の合意の意味は。
Ａ　首相はシンガポールでの会談後、記者団に「56年宣言を基礎として交渉を加速させることで大統領と合意した」と発表した。4島の返還を求める立場から、まず2島の引き渡しを確実にする方向へ、軸足を移したとの見方が出ている。
　プーチン氏は翌日の記者会見で、宣言には「どちらの主権の下で、どのような条件で島を引き渡すのかは書かれていない」と述べ、引き渡しが自動的に主権の移転を意味するわけではないとの考えを示した。

Ｑ　ロシア側の最近の主張は。
Ａ　ロシア外務省のザハロワ情報局長は今月、「『北方領土』という呼び方は、ロシアにとって受け入れられない」と述べ、日本が国内法などで使う呼称の変更まで求める姿勢を見せた。ロシアは、日本が4島をロシア領と認めることが交渉の前提だと主張している。
　一方、安倍首相が年頭のテレビ番組で、4島に住むロシア人について「日本に帰属が変わることについて、納得していただくことも必要だ」と発言したことに、ロシア側は強く反発した。

Ｑ　日本政府の今の立場は。
Ａ　菅官房長官は18日の記者会見で、「首脳会談では、平和条約締結に向けた交渉をしっかり前進させたい」と述べた。政府は交渉への影響を避けるため、「固有の領土」といった表現を控えている。

Ｑ　国民はどう見ているか。
Ａ　読売新聞社が昨年12月に行った全国世論調査では、2島の先行返還を軸に交渉することを「評価する」との回答が5割を超えた。

（政治部　田村英之）""",
expected=[
 dict(speaker="Shinzo Abe", alt=["Japanese government"], treaty=True, snippet="56年宣言を基礎として交渉を加速させることで大統領と合意した"),
 dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=True, snippet="どちらの主権の下で、どのような条件で島を引き渡すのかは書かれていない"),
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="『北方領土』という呼び方は、ロシアにとって受け入れられない"),
 dict(speaker="Shinzo Abe", alt=["Japanese government"], treaty=True, snippet="日本に帰属が変わることについて、納得していただくことも必要だ"),
 dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=True, snippet="首脳会談では、平和条約締結に向けた交渉をしっかり前進させたい"),
],
not_statements=[
 "Ｑ　昨年11月の合意の意味は。",
 "ロシアは、日本が4島をロシア領と認めることが交渉の前提だと主張している。",
 "政府は交渉への影響を避けるため、「固有の領土」といった表現を控えている。",
 "2島の先行返還を軸に交渉することを「評価する」との回答が5割を超えた",
 "56年宣言は、平和条約締結後に歯舞群島と色丹島を引き渡すと定めている。",
 "まず2島の引き渡しを確実にする方向へ、軸足を移したとの見方が出ている。",
]),

# 17 Mainichi, Lavrov's 20 years as foreign minister (9 March 2024): his recalled words (2009, 2010, 2019, Feb
#   2024), the MID's March 2022 statement (an institution's statement, recalled), 「当時の日本の外相」 in March 2022
#   (= Yoshimasa Hayashi; in March 2024 the minister is Kamikawa), Kamikawa; the writer's framing, an anonymous
#   MOFA official, a reporter's question, related headlines
dict(id="J9-17", outlet="Mainichi", url="https://mainichi.jp/articles/20240309/k00/00m/030/117000c",
published="2024-03-09",
title="ラブロフ露外相、在任20年　対日発言でたどる「硬化」の軌跡",
text="""毎日新聞
国際

ラブロフ露外相、在任20年　対日発言でたどる「硬化」の軌跡
2024/3/9 17:30　最終更新 3/9 17:30

　ロシアのラブロフ外相が9日、就任から20年を迎えた。ソ連・ロシアの外相としてはグロムイコ氏（在任28年）に次ぐ長さとなる。国連大使などを経て2004年3月に外相に就任したラブロフ氏は、プーチン政権の対外政策の「顔」として、日本との平和条約交渉にも一貫して関わってきた。その対日発言をたどると、ロシアの姿勢の硬化が浮かび上がる。

■「自国の領土」
　09年7月、日本の国会が北方領土を「我が国固有の領土」と明記する改正法を成立させると、ラブロフ氏は「このような一方的な行動は、交渉を前進させる助けにはならない」と批判した。
　10年11月にメドベージェフ大統領が国後島を訪れた際には、日本の抗議に対し「ロシアの指導者が自国の領土のどこを訪れるかは、ロシア自身が決めることだ」と突っぱねた。
　安倍政権下では対話の継続を強調しつつも、日本に「第2次大戦の結果」の受け入れを繰り返し迫った。19年2月には、日米同盟を念頭に「日本が米国との同盟関係を続ける限り、島の問題の解決は難しい」との考えもにじませた。

■侵攻後は「前提なし」
　ロシアのウクライナ侵攻を受けて日本が制裁を科すと、ロシア外務省は22年3月、「現在の状況下で平和条約に関する交渉を続けるつもりはない」とする声明を出した。当時の日本の外相は「日本側に責任を転嫁しようとするもので、極めて不当だ」と強く抗議した。
　ラブロフ氏は今年2月、ロシア紙のインタビューで「日本が非友好的な路線を改めない限り、平和条約について話し合う前提は存在しない」と語った。

■日本側「方針変わらず」
　上川陽子外相は8日の記者会見で、ラブロフ氏の在任20年について問われ、「他国の閣僚についてのコメントは差し控えたい」としたうえで、「領土問題を解決して平和条約を締結するという方針に変わりはない」と述べた。

　外務省幹部は「ラブロフ氏は日本の事情を熟知しているが、それだけに手ごわい相手だ」と語る。

関連記事
・ラブロフ外相、年頭会見で日本の軍事化を批判
・ロシア外務省、日本の制裁に対抗措置　入国禁止リスト拡大""",
expected=[
 dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="このような一方的な行動は、交渉を前進させる助けにはならない"),
 dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="ロシアの指導者が自国の領土のどこを訪れるかは、ロシア自身が決めることだ"),
 dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="日本が米国との同盟関係を続ける限り、島の問題の解決は難しい"),
 dict(speaker="Russian Foreign Ministry", treaty=True, snippet="現在の状況下で平和条約に関する交渉を続けるつもりはない"),
 dict(speaker="Yoshimasa Hayashi", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=True, snippet="日本側に責任を転嫁しようとするもので、極めて不当だ"),
 dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="日本が非友好的な路線を改めない限り、平和条約について話し合う前提は存在しない"),
 dict(speaker="Yoko Kamikawa", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=None, optional=True, snippet="他国の閣僚についてのコメントは差し控えたい"),
 dict(speaker="Yoko Kamikawa", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=True, snippet="領土問題を解決して平和条約を締結するという方針に変わりはない"),
],
not_statements=[
 "ソ連・ロシアの外相としてはグロムイコ氏（在任28年）に次ぐ長さとなる。",
 "その対日発言をたどると、ロシアの姿勢の硬化が浮かび上がる。",
 "ラブロフ氏は日本の事情を熟知しているが、それだけに手ごわい相手だ",
 "ラブロフ氏の在任20年について問われ",
 "ラブロフ外相、年頭会見で日本の軍事化を批判",
]),

# 18 NHK, 30 years since the Tokyo Declaration (13 Oct 2023): the declaration's wording (document), Hosokawa and
#   「当時の外務大臣」 (Oct 1993 = Tsutomu Hata) recalled, Putin in 2005 (recalled), Matsuno (chief cabinet secretary
#   until Dec 2023), Galuzin as deputy foreign minister; an unnamed former islander, an anonymous MOFA source, a poll,
#   the writer's transition line
dict(id="J9-18", outlet="NHK", url="https://www3.nhk.or.jp/news/html/20231013/k10014224811000.html",
published="2023-10-13",
title="東京宣言から30年　北方領土交渉は停止続く　官房長官「重要な文書」",
text="""NHK NEWS WEB
東京宣言から30年　北方領土交渉は停止続く　官房長官「重要な文書」
2023年10月13日 18時40分　北方領土

北方領土問題の解決に向けた交渉の基礎の一つとされる「東京宣言」が署名されてから、13日で30年となりました。ロシアによるウクライナ侵攻の影響で平和条約交渉は止まったままで、元島民からは落胆の声も上がっています。

東京宣言は、1993年10月13日、来日したロシアのエリツィン大統領と細川総理大臣が署名しました。宣言では、択捉島、国後島、色丹島、歯舞群島の名前を挙げ、4島の帰属に関する問題を、歴史的・法的事実に立脚し、両国の間で合意された文書や、法と正義の原則を基礎として解決することで、平和条約を早期に締結するよう交渉を続けるとしています。

署名のあとの共同記者会見で、細川総理大臣は「4島の帰属の問題を解決するという原則が、首脳の文書で明確になった。新しい関係のスタートを切ることができた」と述べました。
また、交渉にあたった当時の外務大臣は、宣言について「4島の名前が一つ一つ書き込まれたことは大きな前進だ」と評価しました。

しかし、その後、ロシアは強硬な姿勢に転じます。
プーチン大統領は2005年9月、国営テレビの番組で「南クリル諸島は第2次世界大戦の結果、ロシアの主権下にあり、それは国際法で確定している」と述べました。

松野官房長官は13日午前の記者会見で、「東京宣言は、四島の帰属の問題を解決して平和条約を締結するとの交渉の基礎となる重要な文書の一つだ」と述べました。そのうえで「ロシアによるウクライナ侵略によって日ロ関係は厳しい状況にあるが、領土問題を解決して平和条約を締結するとの方針は変わらない」と述べました。

一方、ロシアのガルージン外務次官は、ロシアの通信社のインタビューで、「日本が反ロシア的な政策をとる中で、東京宣言を含む過去の文書の多くは現在の状況では意味を失った」と述べています。

根室市に住む元島民の男性（89）は「エリツィン大統領が来日したときは、島に帰れる日が近いと思った。この30年は何だったのか」と話していました。

外務省関係者は「交渉再開のめどは全く立っていない」と話しています。

内閣府の世論調査では、北方領土問題に「関心がある」と答えた人の割合は、若い世代ほど低い傾向が続いています。""",
expected=[
 dict(speaker="Morihiro Hosokawa", alt=["Japanese government"], treaty=True, snippet="4島の帰属の問題を解決するという原則が、首脳の文書で明確になった"),
 dict(speaker="Tsutomu Hata", alt=["Japanese Foreign Ministry"], treaty=True, snippet="4島の名前が一つ一つ書き込まれたことは大きな前進だ"),
 dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=True, snippet="南クリル諸島は第2次世界大戦の結果、ロシアの主権下にあり"),
 dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=True, snippet="交渉の基礎となる重要な文書の一つだ"),
 dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=True, snippet="領土問題を解決して平和条約を締結するとの方針は変わらない"),
 dict(speaker="Mikhail Galuzin", alt=["Russian Foreign Ministry"], treaty=True, snippet="東京宣言を含む過去の文書の多くは現在の状況では意味を失った"),
],
not_statements=[
 "4島の帰属に関する問題を、歴史的・法的事実に立脚し",
 "外務省関係者は「交渉再開のめどは全く立っていない」と話しています。",
 "若い世代ほど低い傾向が続いています",
 "しかし、その後、ロシアは強硬な姿勢に転じます。",
 "ロシアによるウクライナ侵攻の影響で平和条約交渉は止まったままで",
]),

# 19 Nemuro city page on the return movement (updated 1 April 2024): the mayor's signed message (Ishigaki), the
#   1945 petition of 「当時の根室町長」 Ando (optional), the 1956 clause, days and events, 「当時の市長」 at Nagato
#   in Dec 2016 (= Shunsuke Hasegawa), 「市長」 in March 2022 (= Ishigaki); breadcrumb, contact box, links
dict(id="J9-19", outlet="Nemuro City", url="https://www.city.nemuro.hokkaido.jp/lifeinfo/kakuka/somubu/hoppouryoudotaisakuka/hoppouryoudo/1/2158.html",
published="2024-04-01",
title="根室市と北方領土返還要求運動のあゆみ",
text="""根室市
文字サイズ　標準　拡大　｜　背景色　｜　Foreign Language　｜　サイトマップ
ホーム ＞ くらしの情報 ＞ 北方領土 ＞ 北方領土問題とは ＞ 根室市と北方領土返還要求運動のあゆみ

根室市と北方領土返還要求運動のあゆみ
更新日：2024年4月1日　ページID：2158

市長メッセージ
　根室市は、北方領土返還要求運動の原点の地です。元島民の皆様の平均年齢は88歳を超え、ふるさとへの思いを胸に亡くなられる方が後を絶ちません。
　ロシアのウクライナ侵略により、平和条約交渉も、北方墓参をはじめとする四島交流等事業も止まったままですが、北方領土が返還されるその日まで、根室市は運動の先頭に立ち続けます。国に対しては、交渉の早期再開と、元島民の皆様の墓参の一日も早い再開を、引き続き強く求めてまいります。
　　　　　　　　　　根室市長　石垣　雅敏

返還要求運動のあゆみ
・1945年（昭和20年）12月1日
　当時の根室町長安藤石典が、連合国軍最高司令官マッカーサー元帥に対し、「歯舞、色丹、国後、択捉の諸島は日本固有の領土であり、島民が安心して生業に就けるよう、米軍の保障占領下に置いてほしい」と陳情しました。これが返還要求運動の始まりとされています。
・1956年（昭和31年）10月19日
　日ソ共同宣言が署名され、平和条約締結後に歯舞群島と色丹島を日本に引き渡すことが定められました。
・1981年（昭和56年）
　2月7日が「北方領土の日」に制定されました。
・1992年（平成4年）
　北方四島との「ビザなし交流」が始まりました。
・2016年（平成28年）12月
　山口県長門市で日露首脳会談が行われ、四島での共同経済活動に関する協議の開始で合意しました。当時の市長は「協議開始は大きな一歩と受け止めたい。ただ、返還への具体的な道筋はまだ見えない」と述べました。
・2022年（令和4年）3月
　ロシアが平和条約締結交渉の中断を表明しました。市長は「到底容認できるものではなく、強い憤りを覚える」とのコメントを発表しました。

関連情報
・北方領土資料館（ニホロ）のご案内
・北方領土返還要求根室市民大会の開催について

このページに関するお問い合わせ
総務部北方領土対策課
〒087-8711　北海道根室市常盤町2丁目27番地
電話：0153-23-6111（代表）""",
expected=[
 dict(speaker="Masatoshi Ishigaki", alt=["石垣雅敏", "Nemuro city"], treaty=True, snippet="北方領土が返還されるその日まで、根室市は運動の先頭に立ち続けます"),
 dict(speaker="Masatoshi Ishigaki", alt=["石垣雅敏", "Nemuro city"], treaty=None, snippet="交渉の早期再開と、元島民の皆様の墓参の一日も早い再開"),
 dict(speaker="Ishisuke Ando", alt=["安藤石典"], treaty=True, optional=True, snippet="歯舞、色丹、国後、択捉の諸島は日本固有の領土であり"),
 dict(speaker="Shunsuke Hasegawa", alt=["長谷川俊輔"], treaty=True, snippet="協議開始は大きな一歩と受け止めたい。ただ、返還への具体的な道筋はまだ見えない"),
 dict(speaker="Masatoshi Ishigaki", alt=["石垣雅敏", "Nemuro city"], treaty=True, snippet="到底容認できるものではなく、強い憤りを覚える"),
],
not_statements=[
 "平和条約締結後に歯舞群島と色丹島を日本に引き渡すことが定められました。",
 "2月7日が「北方領土の日」に制定されました。",
 "ロシアが平和条約締結交渉の中断を表明しました。",
 "これが返還要求運動の始まりとされています。",
 "ホーム ＞ くらしの情報 ＞ 北方領土",
 "山口県長門市で日露首脳会談が行われ、四島での共同経済活動に関する協議の開始で合意しました。",
]),

# 20 Kyodo/47NEWS, Kishida's profile on his first day as prime minister (4 Oct 2021): 「当時の首相」 at Nagato 2016
#   (= Shinzo Abe), Kishida's recalled words as foreign minister (2017, 2014), Kishida's first press conference,
#   「新しい官房長官」 on 4 Oct 2021 (= Hirokazu Matsuno), Peskov; an anonymous MOFA official, the constitution as a
#   document, the writer's framing, related headlines
dict(id="J9-20", outlet="Kyodo", url="https://www.47news.jp/politics/2021/10/kishida-russia-profile.html",
published="2021-10-04",
title="岸田新首相、対ロ外交は「外相4年7カ月」が土台　長門会談にも同席",
text="""47NEWS
トップ　ニュース　政治

岸田新首相、対ロ外交は「外相4年7カ月」が土台　長門会談にも同席
2021年10月4日 22時15分（共同通信）

　4日に第100代首相に就任した岸田文雄氏は、第2次安倍政権で4年7カ月にわたり外相を務め、ロシアとの平和条約交渉にも深く関わってきた。安倍晋三元首相とプーチン大統領の「首脳主導」の交渉を支えた経験を、どう生かすのか。

　外相時代の岸田氏は、安倍氏の「新しいアプローチ」を側面から支えた。16年12月に山口県長門市で開かれた日ロ首脳会談にも同席。会談後、当時の首相は「元島民の皆さんの切実な思いを胸に、一歩一歩、平和条約交渉を進めていく」と述べた。
　岸田氏自身も、17年3月に東京でラブロフ外相と会談した後、記者団に「北方四島での共同経済活動は、平和条約締結に向けた重要な一歩となる」と強調していた。14年3月のロシアによるクリミア併合の際には、予定していた訪ロを見送り、「力による現状変更は決して認められない」と述べた。

　首相就任後初の記者会見となった4日夜、岸田氏はロシアについて「領土問題を解決して平和条約を締結するとの方針の下、18年のシンガポールでの首脳間のやり取りを含め、これまでの両国間の諸合意を踏まえて交渉を進めていく」と語った。
　同じく4日夜に就任会見に臨んだ新しい官房長官も「北方領土問題は日ロ間の最大の懸案だ。首相の下で、粘り強く交渉に取り組む」と述べた。

　ロシア大統領府のペスコフ報道官は4日、「新首相の下でも、平和条約問題を含めて日本との対話を続ける用意がある。まずは日本側の具体的な行動を見守りたい」と述べた。

　外務省幹部は「岸田氏は実務型で、安倍氏ほど首脳間の個人的な関係に頼る手法は取らないだろう」と予測する。ロシアは昨年7月の改正憲法で領土の割譲禁止を明記しており、交渉の環境は安倍政権時代より厳しさを増している。

【関連記事】
・岸田内閣が発足、茂木外相ら再任
・ロシア、千島で免税特区　日本企業も誘致""",
expected=[
 dict(speaker="Shinzo Abe", alt=["Japanese government"], treaty=True, snippet="元島民の皆さんの切実な思いを胸に、一歩一歩、平和条約交渉を進めていく"),
 dict(speaker="Fumio Kishida", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=True, snippet="北方四島での共同経済活動は、平和条約締結に向けた重要な一歩となる"),
 dict(speaker="Fumio Kishida", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, optional=True, snippet="力による現状変更は決して認められない"),
 dict(speaker="Fumio Kishida", alt=["Japanese government"], treaty=True, snippet="18年のシンガポールでの首脳間のやり取りを含め"),
 dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=True, snippet="北方領土問題は日ロ間の最大の懸案だ。首相の下で、粘り強く交渉に取り組む"),
 dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="新首相の下でも、平和条約問題を含めて日本との対話を続ける用意がある"),
],
not_statements=[
 "岸田氏は実務型で、安倍氏ほど首脳間の個人的な関係に頼る手法は取らないだろう",
 "ロシアは昨年7月の改正憲法で領土の割譲禁止を明記しており",
 "安倍晋三元首相とプーチン大統領の「首脳主導」の交渉を支えた経験を、どう生かすのか。",
 "岸田内閣が発足、茂木外相ら再任",
 "16年12月に山口県長門市で開かれた日ロ首脳会談にも同席。",
]),
]
