# -*- coding: utf-8 -*-
"""15 more synthetic Japanese news articles (round 4, written for this test) with expected statements.

An aggregator probe: Japanese machine translations of Russian and English wire copy (TASS, RIA Novosti, Sputnik,
Interfax, Reuters, AP, Bloomberg) as republishing sites carry them, and Japanese portal re-posts of Kyodo and Jiji
items — with the junk around the article (menus, 「関連記事」 link lists, シェア / ツイート, tags, view counts, a
headline printed twice, the whole body printed twice, readers' comments) and literal Japanese: Russian word order
(「〜と、ロシア外務省のマリア・ザハロワ公式代表は述べた」, 「火曜日にこれを宣言したのは…外相だ」), katakana names
in variant spellings (ラヴロフ, ザハロヴァ, キシダ・フミオ, ノズドリョフ), 「南クリル諸島」「いわゆる『北方領土』」,
“” and «» beside 「」, dash attribution (「――と外交官は語った」), a 「と述べた」 far from its subject.

expected: list of dicts
  speaker  canonical English name (alt: other names acceptable, e.g. the spokesman's ministry)
  treaty   True / False / None (None = either flag acceptable, genuinely ambiguous)
  snippet  exact substring of text that the statement's span should overlap
  optional True when absence is acceptable (non-treaty statements, ambiguous ones)
not_statements: snippets that must NOT produce a peace-treaty statement (background, anonymous, documents, events,
  related-article headlines, tags, readers' comments)
"""

# As in rounds 2 and 3: a protest over a visit, a drill or a plan on the islands without an outright claim is
# optional; a related-article headline that quotes someone, a tag line, a reader's comment, an anonymous source and
# the wire's own background block are not_statements. A snippet that occurs twice (a body printed twice) is looked
# up at its first occurrence.
ARTICLES = [
# 1 machine-translated aggregator (from RIA Novosti), Putin as prime minister (2012): "hikiwake" and "hajime";
#   Russian word order, a view counter, related headlines quoting Lavrov and Noda, a tag line
dict(id="J4-01", outlet="aggregator (machine translation)", published="2012-03-02",
title="プーチン首相：日本との領土問題は「引き分け」の原則で解決されるべきだ",
text="""ホーム ＞ 政治 ＞ 国際
プーチン首相：日本との領土問題は「引き分け」の原則で解決されるべきだ
2012年3月2日 10:41　閲覧数：1,284
シェア　ツイート　ブックマーク

モスクワ、3月2日 - リア・ノーヴォスチ。ロシアと日本は、南クリル諸島をめぐる領土問題において、双方にとって受け入れ可能な妥協点を見つけなければならないと、ロシア連邦政府議長ウラジーミル・プーチンは木曜日に外国メディアの編集長たちとの会見で述べた。

「我々は引き分けのようなものを達成しなければならない。柔道の用語で言えば、『ヒキワケ』だ」――と、柔道の黒帯を持つ首相は語った。

彼によれば、1956年の宣言は平和条約の締結後に2つの島を引き渡すことを規定しているが、どのような条件で、どちらの主権の下でそれが行われるのかについては何も書かれていない。

プーチン氏は、大統領に選出された場合に日本との交渉を再開するかという質問に対して、「もし私が大統領になれば、領土問題の交渉について、両国の外務省に『ハジメ』の号令をかけるだろう」と答えた。

日曜日の大統領選挙について、首相は「第1回投票で勝利するつもりだ」と語った。

1956年の日ソ共同宣言は、平和条約締結後に歯舞群島と色丹島を日本に引き渡すことを定めている。日本は4島すべての返還を求めている。

関連記事
ラヴロフ：ロシアは南クリル諸島に関する日本のいかなる主張も議論しない
野田首相、北方領土問題「私の代で前進させたい」

タグ：日本, 南クリル諸島, ウラジーミル・プーチン, 平和条約""",
expected=[
 dict(speaker="Vladimir Putin", treaty=True, snippet="双方にとって受け入れ可能な妥協点を見つけなければならない"),
 dict(speaker="Vladimir Putin", treaty=True, snippet="我々は引き分けのようなものを達成しなければならない"),
 dict(speaker="Vladimir Putin", treaty=True, snippet="1956年の宣言は平和条約の締結後に2つの島を引き渡すことを規定しているが"),
 dict(speaker="Vladimir Putin", treaty=True, snippet="領土問題の交渉について、両国の外務省に『ハジメ』の号令をかけるだろう"),
 dict(speaker="Vladimir Putin", treaty=False, snippet="第1回投票で勝利するつもりだ"),
],
not_statements=[
 "1956年の日ソ共同宣言は、平和条約締結後に歯舞群島と色丹島を日本に引き渡すことを定めている。",
 "ラヴロフ：ロシアは南クリル諸島に関する日本のいかなる主張も議論しない",
 "野田首相、北方領土問題「私の代で前進させたい」",
 "タグ：日本, 南クリル諸島, ウラジーミル・プーチン, 平和条約",
]),

# 2 machine-translated aggregator (from Interfax), 2014: the Russian ministry's statement on Japan's sanctions calls
#   off the vice-ministerial round; the spokesman (no katakana alias) on the drills on the Kurils; a menu, an
#   anonymous Japanese source, a "read also" headline
dict(id="J4-02", outlet="aggregator (machine translation)", published="2014-08-14",
title="ロシア外務省、日本の制裁に対抗：平和条約に関する次官級協議は中止",
text="""メニュー　ニュース　政治　経済　社会　スポーツ　天気
ロシア外務省、日本の制裁に対抗：平和条約に関する次官級協議は中止
シェア　ツイート　LINE

モスクワ、8月13日（インタファクス） - 東京が新たな対ロシア制裁を導入したことは、両国関係に否定的な結果をもたらさずにはおかないと、ロシア外務省は水曜日に発表した声明の中で指摘した。

「日本の措置は、8月末に予定されていた外務次官級協議、すなわち平和条約問題を含む議題の協議を中止するという結論に我々を導いた」と声明は述べている。

クリル諸島で行われている軍事演習に対する日本の抗議について、外務省のアレクサンドル・ルカシェビッチ公式代表は、「南クリル諸島はロシアの主権下にあり、我々は自国の領土で必要と考える演習を行う」と述べた。

ルカシェビッチ氏はまた、ウクライナ東部の情勢に関する日本の評価について「一方的で、事実に基づいていない」と批判した。

日本は7月末、クリミアとウクライナ東部の情勢を理由に、ロシアの個人と団体の資産凍結を含む追加制裁を決定していた。日本政府筋はインタファクスに対し、協議の中止はある程度予想されていたと語った。

この記事を読んだ人はこちらも
ペスコフ：プーチン大統領の秋の訪日計画に変更はない""",
expected=[
 dict(speaker="Russian Foreign Ministry", treaty=None, optional=True, snippet="両国関係に否定的な結果をもたらさずにはおかない"),
 dict(speaker="Russian Foreign Ministry", treaty=True, snippet="平和条約問題を含む議題の協議を中止するという結論に我々を導いた"),
 dict(speaker="Alexander Lukashevich", alt=["Russian Foreign Ministry"], treaty=True, snippet="南クリル諸島はロシアの主権下にあり"),
 dict(speaker="Alexander Lukashevich", alt=["Russian Foreign Ministry"], treaty=False, optional=True, snippet="一方的で、事実に基づいていない"),
],
not_statements=[
 "日本は7月末、クリミアとウクライナ東部の情勢を理由に、ロシアの個人と団体の資産凍結を含む追加制裁を決定していた。",
 "日本政府筋はインタファクスに対し、協議の中止はある程度予想されていたと語った。",
 "ペスコフ：プーチン大統領の秋の訪日計画に変更はない",
]),

# 3 machine-translated aggregator (from Bloomberg, English), Putin's Vladivostok interview (2016): English word
#   order, the headline printed twice, an anonymous Kremlin source, a plan, a related headline quoting Abe
dict(id="J4-03", outlet="aggregator (machine translation)", published="2016-09-02",
title="プーチン：ロシアは領土を取引しないが、日本との合意は可能だ",
text="""プーチン：ロシアは領土を取引しないが、日本との合意は可能だ
プーチン：ロシアは領土を取引しないが、日本との合意は可能だ
2016年9月2日 午前6時15分 JST　記者：（ブルームバーグ）
この記事をシェア ▶

（ブルームバーグ） -- 「我々は領土を取引しない」と、ロシアのウラジーミル・プーチン大統領は、ウラジオストクでのブルームバーグ・ニュースとのインタビューで述べた。

しかし、日本との平和条約の問題を解決するための「妥協」を見つけることは可能であり、そのためには高いレベルの信頼が必要だ、と彼は付け加えた。

プーチンは、中国との国境問題の解決には40年を要したことに言及し、「我々は日本との間でも同じことを成し遂げることができる」と語った。

ロシアの大統領はまた、国営石油会社ロスネフチの株式売却について、「戦略的な投資家に売却されることが望ましい」と述べた。

安倍晋三首相は今週末、ウラジオストクで開かれる東方経済フォーラムに出席し、プーチン大統領と会談する予定だ。クレムリンに近い情報筋は、12月の大統領の訪日中に島に関する何らかの合意が発表される可能性があると述べた。

関連：安倍首相、領土問題の解決に向け「新しいアプローチ」を提案
©2016 Bloomberg L.P.""",
expected=[
 dict(speaker="Vladimir Putin", treaty=True, snippet="我々は領土を取引しない"),
 dict(speaker="Vladimir Putin", treaty=True, snippet="日本との平和条約の問題を解決するための「妥協」を見つけることは可能であり"),
 dict(speaker="Vladimir Putin", treaty=True, snippet="我々は日本との間でも同じことを成し遂げることができる"),
 dict(speaker="Vladimir Putin", treaty=False, snippet="戦略的な投資家に売却されることが望ましい"),
],
not_statements=[
 "安倍晋三首相は今週末、ウラジオストクで開かれる東方経済フォーラムに出席し、プーチン大統領と会談する予定だ。",
 "クレムリンに近い情報筋は、12月の大統領の訪日中に島に関する何らかの合意が発表される可能性があると述べた。",
 "関連：安倍首相、領土問題の解決に向け「新しいアプローチ」を提案",
]),

# 4 portal re-post of Kyodo (2017): Shoigu announces a new division on the Kurils; Suga's claim; an anonymous
#   official; a 「関連記事」 list with a spokesman's and the prime minister's quotes
dict(id="J4-04", outlet="portal (Kyodo)", published="2017-02-23",
title="北方領土に新師団配備へ ロシア国防相が表明",
text="""共同通信
2017年2月23日 11時05分
北方領土に新師団配備へ ロシア国防相が表明

【モスクワ共同】ロシアのショイグ国防相は22日、下院での演説で、北方領土を含むクリール諸島に年内に新たな師団を配備する方針を明らかにした。ショイグ氏は「東部の防衛態勢を強化するため、師団を編成する」と述べた。

菅義偉官房長官は23日の記者会見で「北方四島は我が国固有の領土であり、ロシアによる軍備強化は我が国の立場と相いれない」と述べ、外交ルートを通じて真意を確認する考えを示した。

菅氏はまた、3月に東京で予定される日ロ外務・防衛閣僚協議（2プラス2）について「予定通り開催する方向で調整している」と語った。

ロシア軍は昨年、択捉島と国後島に新型の地対艦ミサイルを配備している。日本政府関係者は「平和条約交渉への影響は避けられない」との見方を示した。

関連記事
・ロシア大統領府報道官「島の軍事化は主権の問題」
・首相、共同経済活動「平和条約への重要な一歩」
・元島民ら、墓参の早期実施を要望

このニュースをシェア
ツイート　いいね！
コメントを書く""",
expected=[
 dict(speaker="Sergei Shoigu", treaty=None, optional=True, snippet="東部の防衛態勢を強化するため、師団を編成する"),
 dict(speaker="Yoshihide Suga", treaty=True, snippet="北方四島は我が国固有の領土であり、ロシアによる軍備強化は我が国の立場と相いれない"),
 dict(speaker="Yoshihide Suga", treaty=False, optional=True, snippet="予定通り開催する方向で調整している"),
],
not_statements=[
 "ロシア軍は昨年、択捉島と国後島に新型の地対艦ミサイルを配備している。",
 "平和条約交渉への影響は避けられない",
 "ロシア大統領府報道官「島の軍事化は主権の問題」",
 "首相、共同経済活動「平和条約への重要な一歩」",
]),

# 5 machine-translated aggregator (from TASS), Putin's annual press conference (2018): US bases; "国家元首" for the
#   speaker; the TASS background block; a related headline quoting Peskov
dict(id="J4-05", outlet="aggregator (machine translation)", published="2018-12-21",
title="プーチン大統領：日本との平和条約締結後に島に米軍基地が現れないという保証が必要だ",
text="""タス通信 日本語版（非公式翻訳）
ホーム / 世界 / アジア
プーチン大統領：日本との平和条約締結後に島に米軍基地が現れないという保証が必要だ
12月20日 16:22 | 閲覧：3,051

モスクワ、12月20日。/タス/。ロシアは、平和条約に署名した後に南クリル諸島にアメリカの軍事基地が出現しないかどうかを知る必要があると、ウラジーミル・プーチン大統領は木曜日の年次大記者会見で述べた。

「平和条約の締結後に何が起こるのか、我々は理解していない。この質問に対する答えなしに、重要な決定を下すことは非常に困難だ」と、国家元首は強調した。

大統領は、沖縄の米軍基地の例を挙げ、知事を含む住民が移設に反対しているにもかかわらず、それが進められていると指摘した。「日本がこうした問題でどの程度の主権を持っているのか、我々には分からない」と彼は述べた。

それでもプーチン氏は、日本との平和条約締結に向けた作業を続ける用意があると述べ、「我々は安倍首相の誠実さを信じている」と付け加えた。

大統領はまた、ロシア経済の成長率について「今年は1.8%程度になる見込みだ」と述べた。

1956年、ソ連と日本は共同宣言に署名し、その中でモスクワは平和条約の締結後に色丹島と歯舞群島を日本に引き渡すことを検討することに同意した。しかし、1960年に日本がアメリカと安全保障条約を結んだことを受けて、ソ連は義務を撤回した。

関連ニュース
ペスコフ：クレムリンはシンガポール合意を「1956年宣言に基づく交渉」と理解している

タグ：ロシア・日本関係　クリル諸島　ウラジーミル・プーチン""",
expected=[
 dict(speaker="Vladimir Putin", treaty=True, snippet="南クリル諸島にアメリカの軍事基地が出現しないかどうかを知る必要がある"),
 dict(speaker="Vladimir Putin", treaty=True, snippet="平和条約の締結後に何が起こるのか、我々は理解していない"),
 dict(speaker="Vladimir Putin", treaty=None, optional=True, snippet="日本がこうした問題でどの程度の主権を持っているのか、我々には分からない"),
 dict(speaker="Vladimir Putin", treaty=True, snippet="日本との平和条約締結に向けた作業を続ける用意があると述べ"),
 dict(speaker="Vladimir Putin", treaty=False, snippet="今年は1.8%程度になる見込みだ"),
],
not_statements=[
 "1956年、ソ連と日本は共同宣言に署名し、その中でモスクワは平和条約の締結後に色丹島と歯舞群島を日本に引き渡すことを検討することに同意した。",
 "しかし、1960年に日本がアメリカと安全保障条約を結んだことを受けて、ソ連は義務を撤回した。",
 "ペスコフ：クレムリンはシンガポール合意を「1956年宣言に基づく交渉」と理解している",
]),

# 6 portal re-post of Jiji (2019): Medvedev on Iturup; Kono's comment (談話); Suga; readers' comments and a
#   related list below the article
dict(id="J4-06", outlet="portal (Jiji)", published="2019-08-02",
title="メドベージェフ首相が択捉島訪問 4年ぶり、日本政府は抗議",
text="""時事通信 8/2(金) 19:47配信
メドベージェフ首相が択捉島訪問 4年ぶり、日本政府は抗議

【モスクワ時事】ロシアのメドベージェフ首相は2日、北方領土の択捉島を訪問した。首相の北方領土訪問は2015年8月以来。ロシアのメディアによると、メドベージェフ氏は島の水産加工場などを視察した後、「クリールはサハリン州の一部であり、ロシアの領土だ。我々はここに来たし、これからも来る」と語った。

河野太郎外相は同日、「日本の立場と相いれず、日本国民の感情を傷つけるもので極めて遺憾だ」とする談話を発表し、外交ルートを通じてロシア側に抗議した。

菅義偉官房長官は記者会見で、平和条約交渉への影響を問われ、「領土問題を解決して平和条約を締結するという基本方針の下、粘り強く交渉を進めていく」と強調した。

今回の訪問は、安倍晋三首相とプーチン大統領が1956年の日ソ共同宣言を基礎に交渉を加速させることで合意してから初めて。

【関連記事】
・北方領土に「ロシアの旗を永遠に」　サハリン州知事
・プーチン氏、平和条約交渉「急がない」

コメント（1,203件）
yam*****　今さら平和条約など結ぶ必要はない。島は返ってこない。
tok*****　政府はもっと強く抗議すべきだ。""",
expected=[
 dict(speaker="Dmitry Medvedev", treaty=True, snippet="クリールはサハリン州の一部であり、ロシアの領土だ"),
 dict(speaker="Taro Kono", treaty=None, optional=True, snippet="日本の立場と相いれず、日本国民の感情を傷つけるもので極めて遺憾だ"),
 dict(speaker="Yoshihide Suga", treaty=True, snippet="領土問題を解決して平和条約を締結するという基本方針の下、粘り強く交渉を進めていく"),
],
not_statements=[
 "今回の訪問は、安倍晋三首相とプーチン大統領が1956年の日ソ共同宣言を基礎に交渉を加速させることで合意してから初めて。",
 "北方領土に「ロシアの旗を永遠に」　サハリン州知事",
 "プーチン氏、平和条約交渉「急がない」",
 "今さら平和条約など結ぶ必要はない。島は返ってこない。",
]),

# 7 machine-translated aggregator (from Sputnik/RIA), the Putin–Kishida phone call (2021): the Kremlin's readout,
#   "キシダ・フミオ" (a spelling no alias has), Peskov on a meeting date, an anonymous official, a related headline
dict(id="J4-07", outlet="aggregator (machine translation)", published="2021-10-08",
title="プーチンとキシダは電話で会談し、平和条約問題について議論した",
text="""スプートニク日本　—　ニュース一覧
政治
プーチンとキシダは電話で会談し、平和条約問題について議論した
2021年10月7日, 21:15 (更新: 2021年10月8日, 09:02)
短縮URL
0 4 0

ロシアのウラジーミル・プーチン大統領と日本の新首相キシダ・フミオは木曜日に電話会談を行った。クレムリンの報道機関によると、双方は平和条約の問題を含む二国間協力の幅広い課題について意見を交換した。

「ロシアの大統領は、1956年の宣言を含む、これまでに達成されたすべての合意に基づいて、平和条約に関する対話を継続する用意があることを確認した」とクレムリンの声明は述べている。

キシダ・フミオ首相は会談後、官邸で記者団に対し、「領土問題を次の世代に先送りせず、終止符を打たなければならない。平和条約の締結を含め、日露関係全体を発展させていきたい」と語った。

クレムリンのドミトリー・ペスコフ報道官は、両首脳の直接会談の日程についてはまだ合意していないと記者団に語った。

岸田氏は10月4日に日本の第100代首相に就任した。日本外務省の高官は匿名を条件に、新政権は平和条約問題で前任者の路線を継承すると述べた。

関連ニュース
ガルージン大使：平和条約は第二次世界大戦の結果の承認から始まる""",
expected=[
 dict(speaker="Kremlin", alt=["Vladimir Putin"], treaty=True, snippet="双方は平和条約の問題を含む二国間協力の幅広い課題について意見を交換した"),
 dict(speaker="Kremlin", alt=["Vladimir Putin"], treaty=True, snippet="平和条約に関する対話を継続する用意があることを確認した"),
 dict(speaker="Fumio Kishida", treaty=True, snippet="領土問題を次の世代に先送りせず、終止符を打たなければならない。平和条約の締結を含め、日露関係全体を発展させていきたい"),
 dict(speaker="Dmitry Peskov", treaty=False, optional=True, snippet="両首脳の直接会談の日程についてはまだ合意していない"),
],
not_statements=[
 "岸田氏は10月4日に日本の第100代首相に就任した。",
 "日本外務省の高官は匿名を条件に、新政権は平和条約問題で前任者の路線を継承すると述べた。",
 "ガルージン大使：平和条約は第二次世界大戦の結果の承認から始まる",
]),

# 8 machine-translated aggregator (from Sputnik), Zakharova ("ザハロヴァ") on Japan's Diplomatic Bluebook (2022):
#   «» and dash attribution, 「彼女は」, the Bluebook's own claim (a document), the headline printed twice
dict(id="J4-08", outlet="aggregator (machine translation)", published="2022-04-23",
title="ザハロヴァ：日本の外交青書における『不法占拠』の表現は受け入れられない",
text="""ログイン　|　購読する　|　検索
ザハロヴァ：日本の外交青書における『不法占拠』の表現は受け入れられない
ザハロヴァ：日本の外交青書における『不法占拠』の表現は受け入れられない
© Sputnik / 写真バンク

東京がいわゆる「北方領土」を「ロシアによって不法に占拠されている」と表現したことは受け入れがたく、歴史的事実を歪曲するものだと、ロシア外務省のマリア・ザハロヴァ公式代表は金曜日のブリーフィングで述べた。

«南クリル諸島は第二次世界大戦の結果として合法的にロシア連邦の一部となった。これは国連憲章によっても確認されている»――と外交官は語った。

ザハロヴァによると、日本の外交青書はまた、ウクライナ情勢に関する「反ロシアのレトリック」に満ちている。

彼女はまた、日本が「平和条約締結の交渉の前提条件を自ら破壊した」と付け加えた。

日本の外交青書は、4月22日の閣議で報告された。青書は「北方領土は日本が主権を有する島々であり、日本固有の領土である」と記述している。

タグ：ロシア, 日本, クリル諸島, マリア・ザハロワ""",
expected=[
 dict(speaker="Maria Zakharova", treaty=True, snippet="受け入れがたく、歴史的事実を歪曲するものだと"),
 dict(speaker="Maria Zakharova", treaty=True, snippet="南クリル諸島は第二次世界大戦の結果として合法的にロシア連邦の一部となった"),
 dict(speaker="Maria Zakharova", treaty=False, optional=True, snippet="ウクライナ情勢に関する「反ロシアのレトリック」に満ちている"),
 dict(speaker="Maria Zakharova", treaty=True, snippet="平和条約締結の交渉の前提条件を自ら破壊した"),
],
not_statements=[
 "日本の外交青書は、4月22日の閣議で報告された。",
 "青書は「北方領土は日本が主権を有する島々であり、日本固有の領土である」と記述している。",
 "タグ：ロシア, 日本, クリル諸島, マリア・ザハロワ",
]),

# 9 machine-translated aggregator (from Interfax), Galuzin as deputy foreign minister (2023): 「と述べた」 after a
#   long list of questions, 「――と外交官は強調した」, 「次官によると」, an anonymous diplomat, a related headline
dict(id="J4-09", outlet="aggregator (machine translation)", published="2023-11-28",
title="ガルージン外務次官：日本との平和条約交渉の再開は、東京の現在の路線では問題外",
text="""インタファクス通信によると
ガルージン外務次官：日本との平和条約交渉の再開は、東京の現在の路線では問題外
2023年11月28日 14:07　　政治　国際　アジア太平洋
この記事を共有：Facebook　X　Telegram　VK

ロシアのミハイル・ガルージン外務次官は、インタファクス通信とのインタビューの中で、日本の新たな対ロシア制裁、ウクライナ支援における東京の役割、そしてアジア太平洋地域におけるNATOのインフラ拡大をめぐる一連の質問に答える形で、平和条約締結に関する交渉の再開は、日本が現在の非友好的な路線を続けている限り問題外であると述べた。

「我々は対話を拒否したことはない。対話を凍結したのは東京だ。敵対的な措置を取る国と、二国間関係の根本的な文書について話し合うことはできない」――と外交官は強調した。

次官によると、ロシアは、日本が福島第一原子力発電所からの処理水の放出について十分な情報を提供していないと考えている。

ガルージン氏はまた、日本の漁業者が南クリル諸島周辺で操業することを認める協定の履行については、日本側が支払いを再開すれば議論できると述べた。

ロシアは2022年3月、日本の制裁を受けて平和条約に関する交渉を中断した。日本の外交筋はインタファクスに対し、モスクワの発言は目新しいものではないと語った。

関連ニュース
・ルデンコ：日本との平和条約は西側の制裁の下では不可能""",
expected=[
 dict(speaker="Mikhail Galuzin", treaty=True, snippet="平和条約締結に関する交渉の再開は、日本が現在の非友好的な路線を続けている限り問題外であると述べた"),
 dict(speaker="Mikhail Galuzin", treaty=True, snippet="敵対的な措置を取る国と、二国間関係の根本的な文書について話し合うことはできない"),
 dict(speaker="Mikhail Galuzin", treaty=False, snippet="日本が福島第一原子力発電所からの処理水の放出について十分な情報を提供していないと考えている"),
 dict(speaker="Mikhail Galuzin", treaty=None, optional=True, snippet="日本側が支払いを再開すれば議論できると述べた"),
],
not_statements=[
 "ロシアは2022年3月、日本の制裁を受けて平和条約に関する交渉を中断した。",
 "日本の外交筋はインタファクスに対し、モスクワの発言は目新しいものではないと語った。",
 "ルデンコ：日本との平和条約は西側の制裁の下では不可能",
]),

# 10 machine-translated aggregator (from RIA Novosti), the new ambassador "ノズドリョフ" arrives (2024): 「外交官は」,
#   「大使はまた」, a menu, a background line, a related headline quoting the chief cabinet secretary
dict(id="J4-10", outlet="aggregator (machine translation)", published="2024-02-14",
title="新駐日ロシア大使ノズドリョフ：ロシアは関係正常化の用意があるが、主導権は東京にある",
text="""RIAノーボスチ（機械翻訳）
新駐日ロシア大使ノズドリョフ：ロシアは関係正常化の用意があるが、主導権は東京にある
2024年2月14日 | 国際
メニュー ▼　トップ　政治　経済　社会　動画

東京、2月14日 - RIAノーボスチ。新しく任命された駐日ロシア大使ニコライ・ノズドリョフは、成田空港に到着した際、ロシアの記者団に対し、モスクワは日本との関係の正常化を拒否しないが、そのためには東京が敵対的な路線を放棄する必要があると語った。

「平和条約の問題について言えば、現在の状況では、それについて話す根拠はない。交渉を凍結したのは日本であり、ロシアではない」と外交官は述べた。

ノズドリョフ氏は、自らの任務について語る中で、「クリル諸島に対するロシアの主権は、いかなる議論の対象にもならない」と強調した。

大使はまた、両国間の文化交流と人的な接触を維持することが重要だと考えていると付け加えた。

露日関係は2022年以降急激に悪化し、平和条約に関する交渉は中断されたままとなっている。

関連記事
林官房長官、新ロシア大使に「平和条約交渉の再開」求める""",
expected=[
 dict(speaker="Nikolai Nozdrev", treaty=None, optional=True, snippet="モスクワは日本との関係の正常化を拒否しないが、そのためには東京が敵対的な路線を放棄する必要がある"),
 dict(speaker="Nikolai Nozdrev", treaty=True, snippet="平和条約の問題について言えば、現在の状況では、それについて話す根拠はない"),
 dict(speaker="Nikolai Nozdrev", treaty=True, snippet="クリル諸島に対するロシアの主権は、いかなる議論の対象にもならない"),
 dict(speaker="Nikolai Nozdrev", treaty=False, snippet="両国間の文化交流と人的な接触を維持することが重要だと考えている"),
],
not_statements=[
 "露日関係は2022年以降急激に悪化し、平和条約に関する交渉は中断されたままとなっている。",
 "林官房長官、新ロシア大使に「平和条約交渉の再開」求める",
]),

# 11 machine-translated aggregator (from TASS), Zakharova on Northern Territories Day (2025): Russian word order,
#   「外務省報道官は」 (the Russian one), Ishiba's words inside her sentence, the whole body printed twice by the
#   scraper, a background line, tags, a related headline quoting Ishiba
dict(id="J4-11", outlet="aggregator (machine translation)", published="2025-02-08",
title="ザハロワ：いわゆる『北方領土の日』は日本の修正主義の表れ",
text="""ニュース | タス（日本語・自動翻訳）
ザハロワ：いわゆる『北方領土の日』は日本の修正主義の表れ

モスクワ、2月8日。/タス/。東京で毎年開催される、いわゆる「北方領土の日」のイベントは、日本の当局者が第二次世界大戦の結果を見直そうとしていることを示していると、ロシア外務省のマリア・ザハロワ公式代表は述べた。

「島々に対するロシアの主権は国際法によって確定されており、議論の対象にはならない」――と外務省報道官はブリーフィングで強調した。

ザハロワ氏によると、石破茂首相が大会で行った演説は、「平和条約を締結する」という東京の表明と矛盾している。「日本が本当に平和条約を望むなら、まず第二次世界大戦の結果を完全に認めなければならない」と彼女は付け加えた。

外交官はまた、日本とアメリカの合同軍事演習の拡大について懸念を表明した。

「北方領土の日」は1981年に日本政府によって制定され、毎年2月7日に東京で返還要求全国大会が開かれる。

モスクワ、2月8日。/タス/。東京で毎年開催される、いわゆる「北方領土の日」のイベントは、日本の当局者が第二次世界大戦の結果を見直そうとしていることを示していると、ロシア外務省のマリア・ザハロワ公式代表は述べた。

「島々に対するロシアの主権は国際法によって確定されており、議論の対象にはならない」――と外務省報道官はブリーフィングで強調した。

ザハロワ氏によると、石破茂首相が大会で行った演説は、「平和条約を締結する」という東京の表明と矛盾している。「日本が本当に平和条約を望むなら、まず第二次世界大戦の結果を完全に認めなければならない」と彼女は付け加えた。

外交官はまた、日本とアメリカの合同軍事演習の拡大について懸念を表明した。

「北方領土の日」は1981年に日本政府によって制定され、毎年2月7日に東京で返還要求全国大会が開かれる。

関連記事
石破首相「北方領土問題を解決して平和条約を締結する方針は不変」
タグ：日露関係　南クリル　北方領土の日""",
expected=[
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="日本の当局者が第二次世界大戦の結果を見直そうとしていることを示している"),
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="島々に対するロシアの主権は国際法によって確定されており、議論の対象にはならない"),
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="石破茂首相が大会で行った演説は、「平和条約を締結する」という東京の表明と矛盾している"),
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="日本が本当に平和条約を望むなら、まず第二次世界大戦の結果を完全に認めなければならない"),
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False, optional=True, snippet="日本とアメリカの合同軍事演習の拡大について懸念を表明した"),
],
not_statements=[
 "「北方領土の日」は1981年に日本政府によって制定され、毎年2月7日に東京で返還要求全国大会が開かれる。",
 "石破首相「北方領土問題を解決して平和条約を締結する方針は不変」",
 "タグ：日露関係　南クリル　北方領土の日",
]),

# 12 machine-translated aggregator (from RIA/TASS copy), Lavrov's annual press conference (2025): the claim first and
#   「火曜日にこれを宣言したのは…ラヴロフ外相だ」 after it, 「大臣は」, 「トップ外交官は」, analysts, a related headline
dict(id="J4-12", outlet="aggregator (machine translation)", published="2025-01-14",
title="ラヴロフ：日本は平和条約に関する対話を自ら断ち切った",
text="""世界ニュース速報（自動翻訳）　＞　ロシア　＞　外交
ラヴロフ：日本は平和条約に関する対話を自ら断ち切った
2025/01/14 18:30　閲覧 2,417
【シェア】【ツイート】【LINEで送る】

日本は、ロシアとの平和条約に関する対話を再開する可能性を、自らの対ロシア制裁によって断ち切った。火曜日にこれを宣言したのは、2024年のロシア外交の成果に関する年次記者会見でのセルゲイ・ラヴロフ外相だ。

「東京は、クリル諸島の問題を含むあらゆる問題について、我々に条件を指図できると考えている。しかし、第二次世界大戦の結果は見直しの対象ではない」と大臣は述べた。

ロシアのトップ外交官は、アメリカの新政権との対話については「シグナルを待っている」と語った。

露日間の平和条約交渉は2022年以降、中断している。アナリストらは、近い将来に交渉が再開される可能性は低いとみている。

関連記事
ペスコフ：クレムリンは石破政権の下で日本との関係改善の兆しを見ていない""",
expected=[
 dict(speaker="Sergei Lavrov", treaty=True, snippet="日本は、ロシアとの平和条約に関する対話を再開する可能性を、自らの対ロシア制裁によって断ち切った"),
 dict(speaker="Sergei Lavrov", treaty=True, snippet="しかし、第二次世界大戦の結果は見直しの対象ではない"),
 dict(speaker="Sergei Lavrov", treaty=False, snippet="シグナルを待っている"),
],
not_statements=[
 "露日間の平和条約交渉は2022年以降、中断している。",
 "アナリストらは、近い将来に交渉が再開される可能性は低いとみている。",
 "ペスコフ：クレムリンは石破政権の下で日本との関係改善の兆しを見ていない",
]),

# 13 portal re-post of Kyodo (2026): Motegi (foreign minister again) on a Russian plan to bring foreign companies to
#   the islands; Zakharova's retort the day before; Motegi on China; an anonymous ministry official; related links
dict(id="J4-13", outlet="portal (Kyodo)", published="2026-01-16",
title="茂木外相「平和条約締結の方針不変」 ロシアの四島開発計画に抗議",
text="""ニュース　｜　国際　　2026/01/16(金) 12:30　共同通信
茂木外相「平和条約締結の方針不変」 ロシアの四島開発計画に抗議

【東京共同】茂木敏充外相は16日の記者会見で、ロシアが北方四島で外国企業の誘致を進める計画を発表したことについて「我が国の立場と相いれず、受け入れられない」と述べ、外交ルートで抗議したことを明らかにした。

茂木氏は「北方領土問題を解決して平和条約を締結するという方針に変わりはない。元島民の方々の思いに寄り添いながら、粘り強く取り組んでいく」と強調した。

ロシア外務省のザハロワ情報局長は15日、日本側の抗議について「南クリールはロシアの領土であり、どこでどのような経済活動を行うかは我々が決める」と反論していた。

茂木氏は、中国の海洋進出に関する質問に対しては「力による一方的な現状変更の試みは認められない」と語った。

外務省幹部は「ロシアは第三国を巻き込んで既成事実化を図っている」と警戒する。

関連記事
・北方墓参、4年連続で見送りへ　政府
・ロシア大統領府「日本との平和条約は議題にない」
・高市首相「北方領土問題を解決し平和条約を締結」

あなたにおすすめ
アクセスランキング""",
expected=[
 dict(speaker="Toshimitsu Motegi", treaty=None, optional=True, snippet="我が国の立場と相いれず、受け入れられない"),
 dict(speaker="Toshimitsu Motegi", treaty=True, snippet="北方領土問題を解決して平和条約を締結するという方針に変わりはない"),
 dict(speaker="Maria Zakharova", treaty=True, snippet="南クリールはロシアの領土であり、どこでどのような経済活動を行うかは我々が決める"),
 dict(speaker="Toshimitsu Motegi", treaty=False, snippet="力による一方的な現状変更の試みは認められない"),
],
not_statements=[
 "ロシアは第三国を巻き込んで既成事実化を図っている",
 "ロシア大統領府「日本との平和条約は議題にない」",
 "高市首相「北方領土問題を解決し平和条約を締結」",
]),

# 14 machine-translated aggregator (from AP, English), Yoshiro Mori in Moscow as Abe's envoy (2013): dash attribution
#   with the speaker after it, Peskov, AP's background, a copyright line, a related headline
dict(id="J4-14", outlet="aggregator (machine translation)", published="2013-02-22",
title="森元首相、プーチン氏と会談：「大統領は問題解決に強い意欲」",
text="""広告
森元首相、プーチン氏と会談：「大統領は問題解決に強い意欲」

モスクワ（AP）— 日本の森喜朗元首相は木曜日、クレムリンでロシアのウラジーミル・プーチン大統領と会談した。

会談の冒頭、プーチン氏は両国の間に平和条約が存在しないことを「異常な状態」と呼び、「我々はこの問題を解決するために努力する用意がある」と語った。

「プーチン大統領は、領土問題を解決したいという強い意欲を示した」――と、安倍晋三首相の特使として訪ロした森氏は、会談後に記者団に語った。

森氏は先月、4島のうち3島の返還を受け入れる可能性を示唆して、日本国内で議論を呼んだ。

クレムリンのドミトリー・ペスコフ報道官は、会談は「非常に温かい雰囲気」の中で行われたと述べたが、具体的な内容については明らかにしなかった。

両国は、第二次世界大戦末期にソ連軍が占領した島々をめぐる紛争のため、戦争を正式に終結させる平和条約に署名していない。島々はロシアでは南クリル、日本では北方領土として知られる。

関連：安倍首相、プーチン氏と年内に会談へ「領土問題を前進させる」
著作権 2013 AP通信。無断転載を禁じます。""",
expected=[
 dict(speaker="Vladimir Putin", treaty=True, snippet="両国の間に平和条約が存在しないことを「異常な状態」と呼び"),
 dict(speaker="Vladimir Putin", treaty=True, snippet="我々はこの問題を解決するために努力する用意がある"),
 dict(speaker="Yoshiro Mori", treaty=True, snippet="プーチン大統領は、領土問題を解決したいという強い意欲を示した"),
 dict(speaker="Yoshiro Mori", treaty=None, optional=True, snippet="4島のうち3島の返還を受け入れる可能性を示唆して"),
 dict(speaker="Dmitry Peskov", treaty=None, optional=True, snippet="非常に温かい雰囲気"),
],
not_statements=[
 "両国は、第二次世界大戦末期にソ連軍が占領した島々をめぐる紛争のため、戦争を正式に終結させる平和条約に署名していない。",
 "島々はロシアでは南クリル、日本では北方領土として知られる。",
 "関連：安倍首相、プーチン氏と年内に会談へ「領土問題を前進させる」",
]),

# 15 machine-translated aggregator (from Reuters, English), Lavrov and Motegi at the G20 in Nagoya (2019): “” quotes,
#   「ラブロフは」 with no title, an anonymous diplomatic source, the wire's background, a related headline
dict(id="J4-15", outlet="aggregator (machine translation)", published="2019-11-24",
title="ラブロフ外相、日本の外相と会談：平和条約には戦後の現実の承認が不可欠",
text="""トップ > 国際 > アジア
ラブロフ外相、日本の外相と会談：平和条約には戦後の現実の承認が不可欠
2019年11月24日 / 07:12 / ロイター（自動翻訳）

名古屋（ロイター） - ロシアのセルゲイ・ラブロフ外相は土曜日、日本の茂木敏充外相と会談した後、両国は平和条約に向けて“建設的に”作業を続けているが、日本が第二次世界大戦の結果を完全に受け入れることが不可欠だと述べた。

“我々は共同経済活動のパイロット・プロジェクトで進展を遂げた。しかし、平和条約の問題で前進するためには、日本が国連憲章を含む戦後の現実を認める必要がある”と、ラブロフは記者団に語った。

茂木氏は、“両首脳間の合意に基づいて、平和条約交渉を前進させたい”と述べた。茂木氏は、12月にモスクワを訪問する予定だと付け加えた。

事情に詳しい日本の外交筋によると、両外相は12月の次回協議の日程について調整した。

ロシアと日本は、第二次世界大戦の終結以来、平和条約を結んでいない。ソ連軍は1945年に島々を占領した。

関連記事：安倍首相、プーチン氏との会談で平和条約交渉「加速」を再確認""",
expected=[
 dict(speaker="Sergei Lavrov", treaty=True, snippet="両国は平和条約に向けて“建設的に”作業を続けているが、日本が第二次世界大戦の結果を完全に受け入れることが不可欠だと述べた"),
 dict(speaker="Sergei Lavrov", treaty=True, snippet="平和条約の問題で前進するためには、日本が国連憲章を含む戦後の現実を認める必要がある"),
 dict(speaker="Toshimitsu Motegi", treaty=True, snippet="両首脳間の合意に基づいて、平和条約交渉を前進させたい"),
 dict(speaker="Toshimitsu Motegi", treaty=False, optional=True, snippet="12月にモスクワを訪問する予定だと付け加えた"),
],
not_statements=[
 "事情に詳しい日本の外交筋によると、両外相は12月の次回協議の日程について調整した。",
 "ロシアと日本は、第二次世界大戦の終結以来、平和条約を結んでいない。",
 "関連記事：安倍首相、プーチン氏との会談で平和条約交渉「加速」を再確認",
]),
]
