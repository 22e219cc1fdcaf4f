# -*- coding: utf-8 -*-
"""15 more synthetic Japanese news articles (round 5, written for this test) with expected statements.

The daily feed as it arrives: pages as the crawler stores them from NHK, Kyodo/47NEWS, Jiji (a Yahoo! copy),
Asahi, Yomiuri, Mainichi, Nikkei, Hokkaido Shimbun, Sankei, kantei.go.jp and mofa.go.jp transcripts, and two
Japanese machine translations of TASS / RIA copy — with the page junk kept (menus, bylines, dates, photo captions,
paywall lines, 関連記事 / 関連ニュース lists, tags, comment counters). Five texts are stored excerpts CUT OFF
mid-sentence (four of them mid-quote); only what is there is labelled, and a statement cut mid-quote still counts.
Events 2019-2026 (the 2019 "2+2", the Maruyama remark, the first joint tour, Motegi-Lavrov, Abe's resignation,
Suga's first policy speech, the Kuril tax zone, 「不法占拠」 back in the Diet, Vostok-2022, Zakharova on Kishida's
policy speech, Iwaya after Lavrov's annual presser, the 80th "victory over militarist Japan" day, Takaichi in the
budget committee and Zakharova's reply, a Kihara press conference) — none repeats an article of rounds 1-4.
Traps beside them: other disputes (Takeshima), other pairs' peace (Ukraine, the Japan-China peace and friendship
treaty), polls, the 1956 declaration as a document, schedules, anonymous officials, experts, reporters' questions,
and non-treaty Russia-Japan words (grave visits, visa-free exchanges, fisheries, Sakhalin-2, sanctions, bombers).

Shapes: the treaty only by the question or the paragraph before; the attribution in the paragraph before; an
institution speaking (ロシア外務省は声明で / 日本外務省は…申し入れた); a speaker by title only (日本の内閣官房長官は);
a speaker by a noun for her (外交官は, 彼女は); a speaker recalling a joint pledge; a statement only in the headline
(the body cut before it); a quote only in a photo caption; no-comment answers; a treaty remark inside an answer
mostly about something else; several speakers in one paragraph.

expected: list of dicts
  speaker  canonical English name (alt: other names acceptable, e.g. the spokeswoman's ministry)
  treaty   True / False / None (None = either flag acceptable, genuinely ambiguous)
  snippet  exact substring of text that the statement's span should overlap
  optional True when absence is acceptable (non-treaty statements, ambiguous ones)
not_statements: snippets that must NOT produce a peace-treaty statement (background, anonymous, documents, events,
  the writer's analysis, reporters' questions, related-article headlines, tags, site junk)
"""

# As in rounds 2-4: a protest over a visit, a drill or a ceremony on the islands with no outright claim is optional
# (treaty=None); a named expert's analysis is optional; a former islander's words are optional unless they ask for
# the return; an anonymous source (政府関係者, 政府高官, 日露関係筋, 首相周辺), the wire's background block, a
# reporter's question and a related-article headline are not_statements. Words quoted inside a reporter's question
# and attributed there to a named official are kept as an optional statement of that official.
ARTICLES = [
# 1 NHK NEWS WEB, the Tokyo "2+2" (May 2019): Iwaya's protest over the build-up, Shoigu on Aegis Ashore, Kono and
#   Lavrov at the joint press conference (one answer only by the reporter's question), Kono on grave visits; an
#   agreed line on North Korea, a background paragraph, the writer's "focus" line, related-news headlines
dict(id="J5-01", outlet="NHK", url="https://www3.nhk.or.jp/news/html/20190531/k10011935211000.html",
published="2019-05-31",
title="日ロ「2+2」 ロシア 米ミサイル防衛に懸念 日本は北方領土の軍備強化に抗議",
text="""NHK NEWS WEB
トップ　社会　気象・災害　科学・文化　政治　ビジネス　国際　スポーツ　暮らし
日ロ「2+2」 ロシア 米ミサイル防衛に懸念 日本は北方領土の軍備強化に抗議
2019年5月31日 5時48分　日ロ関係
シェアする
（動画）共同記者会見に臨む河野外務大臣とラブロフ外相　1分32秒

日本とロシアの外務・防衛の閣僚協議、いわゆる「2プラス2」が30日、東京で開かれました。日本側が北方領土でのロシア軍の活動の活発化に抗議したのに対し、ロシア側はアメリカのミサイル防衛システムの日本への配備に強い懸念を示し、安全保障をめぐる双方の溝の深さが浮き彫りになりました。

協議は東京・港区の外務省飯倉公館で開かれ、日本側から河野外務大臣と岩屋防衛大臣が、ロシア側からラブロフ外相とショイグ国防相が出席しました。日ロの「2プラス2」が開かれるのは、おととし3月以来です。

この中で岩屋防衛大臣は、ロシアが北方四島に地対艦ミサイルを配備したり、軍事演習を繰り返したりしていることを取り上げ、「北方四島での軍事力の増強は、四島に関する日本の立場と相いれない。容認できない」と抗議しました。

これに対しショイグ国防相は、日本が秋田県と山口県への配備を計画している迎撃ミサイルシステム「イージス・アショア」について、「アメリカの世界的なミサイル防衛網の一部であり、ロシアにとって潜在的な脅威となる」と述べ、計画の見直しを求めました。

また、北朝鮮の核・ミサイル問題をめぐっては、国連安全保障理事会の決議の完全な履行が必要だという認識で双方が一致しました。

協議のあと、河野大臣とラブロフ外相はそろって記者会見に臨みました。

河野大臣は、平和条約交渉について「首脳間の合意を踏まえ、双方が受け入れ可能な解決策を見いだすため、引き続き精力的に交渉を進めていく」と述べました。

一方、ラブロフ外相は、平和条約の締結に向けては両国関係を質的に新たな段階に引き上げることが欠かせないという考えを改めて示しました。そのうえで、日米同盟を念頭に「日本が、ロシアを脅威とみなす国と軍事同盟を結んでいる現実を考慮しないわけにはいかない」と述べ、安全保障分野での日本の対応が、平和条約をめぐる議論にも影響するという認識をにじませました。

また、記者から交渉の進み具合を問われると、ラブロフ外相は「交渉の中身について公の場で語らないというのが、首脳どうしの取り決めだ」と述べるにとどめました。

河野大臣は会見の最後に、北方四島の元島民による墓参について「元島民の皆さんが高齢となる中、ことしも航空機を使った墓参を実施できるよう、ロシア側と調整を進めたい」と述べました。

日ロ両政府は、去年11月のシンガポールでの首脳会談で、1956年の日ソ共同宣言を基礎に平和条約交渉を加速させることで合意しましたが、その後も北方四島の主権をめぐる双方の主張の隔たりは埋まっていません。

来月下旬には大阪でG20サミットが開かれ、その際に予定されている日ロ首脳会談で、交渉をどこまで前に進められるかが焦点となります。

関連ニュース
日ロ外相会談 平和条約交渉 “双方の立場の違い 依然大きい”（5月10日 22時31分）
北方領土 ビザなし交流の訪問団が根室港を出発（5月10日 12時05分）

NHKサイトを安心してご利用いただくために""",
expected=[
 dict(speaker="Takeshi Iwaya", treaty=None, optional=True, snippet="北方四島での軍事力の増強は、四島に関する日本の立場と相いれない。容認できない"),
 dict(speaker="Sergei Shoigu", treaty=False, snippet="アメリカの世界的なミサイル防衛網の一部であり、ロシアにとって潜在的な脅威となる"),
 dict(speaker="Taro Kono", treaty=True, snippet="首脳間の合意を踏まえ、双方が受け入れ可能な解決策を見いだすため、引き続き精力的に交渉を進めていく"),
 dict(speaker="Sergei Lavrov", treaty=True, snippet="平和条約の締結に向けては両国関係を質的に新たな段階に引き上げることが欠かせない"),
 dict(speaker="Sergei Lavrov", treaty=True, snippet="日本が、ロシアを脅威とみなす国と軍事同盟を結んでいる現実を考慮しないわけにはいかない"),
 dict(speaker="Sergei Lavrov", treaty=True, snippet="交渉の中身について公の場で語らないというのが、首脳どうしの取り決めだ"),
 dict(speaker="Taro Kono", treaty=False, snippet="ことしも航空機を使った墓参を実施できるよう、ロシア側と調整を進めたい"),
],
not_statements=[
 "日ロ両政府は、去年11月のシンガポールでの首脳会談で、1956年の日ソ共同宣言を基礎に平和条約交渉を加速させることで合意しましたが",
 "来月下旬には大阪でG20サミットが開かれ、その際に予定されている日ロ首脳会談で、交渉をどこまで前に進められるかが焦点となります。",
 "日ロ外相会談 平和条約交渉 “双方の立場の違い 依然大きい”",
 "日ロの「2プラス2」が開かれるのは、おととし3月以来です。",
 "国連安全保障理事会の決議の完全な履行が必要だという認識で双方が一致しました。",
]),

# 2 Hokkaido Shimbun (どうしん電子版), the Maruyama "war" remark on Kunashiri (May 2019), Nemuro's angle; the
#   lawmaker's words reached through an unnamed delegation member, the mayor in two sentences, former islanders,
#   the league's head, the governor, Suga's no-comment and then the policy, Kono on the exchanges, a Russian
#   senator; an unattributed summary, a ministry official unnamed, figures, the exchanges' definition; CUT OFF
#   mid-sentence
dict(id="J5-02", outlet="Hokkaido Shimbun", url="https://www.hokkaido-np.co.jp/article/305112",
published="2019-05-14",
title="丸山議員「戦争で取り返す」発言　元島民ら憤り「交流の積み重ね台無し」",
text="""北海道新聞　どうしん電子版
ニュース　道内　政治　経済　国際　スポーツ　くらし　根室・釧路
丸山議員「戦争で取り返す」発言　元島民ら憤り「交流の積み重ね台無し」
05/14 05:00

【根室】北方領土ビザなし交流の訪問団に同行した丸山穂高衆院議員（35）＝大阪19区、日本維新の会が除名の方針＝が、国後島で北方領土を戦争で取り返すことの是非を元島民の団長に問いただした問題で、根室管内の元島民や返還運動関係者からは13日、「長年の交流の積み重ねを台無しにする」と憤りの声が相次いだ。

訪問団関係者によると、丸山氏は11日夜、国後島古釜布（ロシア名ユジノクリーリスク）の日本人訪問者用宿泊施設「友好の家」で、酒に酔った状態で団長の元島民男性（89）に「戦争でこの島を取り返すのは賛成ですか、反対ですか」と質問。男性が「戦争なんてすべきではない」と答えると、「戦争しないと、どうしようもなくないですか」と重ねて迫ったという。

根室市の石垣雅敏市長は13日、市役所で記者団の取材に応じ、「元島民の皆さんは、平和的な話し合いによる解決を信じて返還運動を続けてきた。その思いに冷や水を浴びせる発言で、断じて許されない」と語気を強めた。市長はさらに、「北方領土問題は、あくまで外交交渉によって解決されなければならない」と強調した。

択捉島出身で、千島歯舞諸島居住者連盟根室支部の役員を務める浜田ハツエさん（86）は「島に住むロシア人とようやく心を通わせられるようになったのに、この発言で関係が崩れないか心配だ」と声を震わせた。歯舞群島の多楽島出身で、根室市に住む木村政男さん（83）は「島を戦争で取り返すなど、考えたこともない。私たちが望んでいるのは、話し合いで島が返ってくることだけだ」と語った。

千島歯舞諸島居住者連盟の沢井昭理事長（84）は「返還運動に携わってきた全ての人に対する冒とくだ。国会議員としての資格が問われる」と述べ、丸山氏に議員辞職を求める抗議文を送る考えを示した。

鈴木直道知事も13日、道庁で記者団に「北方領土問題の平和的な解決を目指して、道民と国民が一丸となって続けてきた運動に水を差すもので、極めて遺憾だ」と述べた。道は近く、北方領土問題の啓発に取り組む関係団体と対応を協議する。

一方、菅義偉官房長官は13日の記者会見で、丸山氏の発言について「議員個人の発言で、政府としてコメントすることは控える」とした上で、「領土問題は平和的な交渉を通じて解決するというのが、政府の一貫した立場だ」と述べた。河野太郎外相も13日、記者団に「ビザなし交流は、四島の住民との相互理解を深めるための大切な枠組みだ。参加者には、その趣旨にふさわしい行動を求めたい」と語った。

ロシア側では、上院のコサチョフ国際問題委員長がSNSに、「日本の国会議員からこのような言葉が出ること自体、平和条約をめぐる対話の土台を揺るがしかねない」と書き込み、日本側の対応を注視する考えを示した。国後島の地元行政府は、13日までに公式な反応を示していない。

外務省幹部は「ビザなし交流の事業そのものに影響が及ぶ事態だけは避けたい」と話す。今年度のビザなし交流は、9月までにさらに6回の訪問が予定されている。

内閣府などによると、終戦時に四島に住んでいた日本人は約1万7千人で、存命の元島民は6千人を下回った。平均年齢は84歳を超えており、返還運動の担い手の高齢化が課題となっている。

ビザなし交流は、日ロ双方の法的立場を害さない形で、旅券や査証なしに元島民らが四島を訪れる枠組み。今回の訪問団は10～13日の日程で国後島を訪れ、元島民や返還運動関係者、報道関係者ら計65人が参加した。丸山氏は衆院沖縄・北方問題特別委員会の委員として同行していた。

丸山氏は元経済産業省職員で、2012年の衆院選で初当選し、現在3期目。日本維新の会は13日、丸山氏を除名する方針を決め、14日に正式に処分する。

丸山氏は13日夜、国会内で記者団に対し、「元島民の方々に不快な思いをさせてしまい、申し訳ない」と陳謝し、発言を撤回した。ただ、議員辞職については「考えていない」と述べ、今後は無所属で活動を続ける意向を示した。根室市議会は、丸山氏の発言に抗議する決議案を、今月中にも開かれる臨時会に提出する方向で調整しており、管内の他の町議会にも同様の動きが広がる可能性があ""",
expected=[
 dict(speaker="Hodaka Maruyama", alt=["丸山穂高", "丸山"], treaty=None, optional=True, snippet="戦争しないと、どうしようもなくないですか"),
 dict(speaker="石垣雅敏", alt=["石垣", "Masatoshi Ishigaki"], treaty=True, optional=True, snippet="平和的な話し合いによる解決を信じて返還運動を続けてきた"),
 dict(speaker="石垣雅敏", alt=["石垣", "Masatoshi Ishigaki"], treaty=True, snippet="北方領土問題は、あくまで外交交渉によって解決されなければならない"),
 dict(speaker="浜田ハツエ", alt=["浜田"], treaty=False, optional=True, snippet="この発言で関係が崩れないか心配だ"),
 dict(speaker="木村政男", alt=["木村"], treaty=True, optional=True, snippet="私たちが望んでいるのは、話し合いで島が返ってくることだけだ"),
 dict(speaker="沢井昭", alt=["沢井"], treaty=None, optional=True, snippet="返還運動に携わってきた全ての人に対する冒とくだ。国会議員としての資格が問われる"),
 dict(speaker="Naomichi Suzuki", treaty=True, optional=True, snippet="北方領土問題の平和的な解決を目指して、道民と国民が一丸となって続けてきた運動に水を差すもので、極めて遺憾だ"),
 dict(speaker="Yoshihide Suga", treaty=None, optional=True, snippet="議員個人の発言で、政府としてコメントすることは控える"),
 dict(speaker="Yoshihide Suga", treaty=True, snippet="領土問題は平和的な交渉を通じて解決するというのが、政府の一貫した立場だ"),
 dict(speaker="Taro Kono", treaty=False, snippet="ビザなし交流は、四島の住民との相互理解を深めるための大切な枠組みだ"),
 dict(speaker="Konstantin Kosachev", treaty=True, snippet="日本の国会議員からこのような言葉が出ること自体、平和条約をめぐる対話の土台を揺るがしかねない"),
 dict(speaker="Hodaka Maruyama", alt=["丸山穂高", "丸山"], treaty=False, optional=True, snippet="元島民の方々に不快な思いをさせてしまい、申し訳ない"),
],
not_statements=[
 "元島民や返還運動関係者からは13日、「長年の交流の積み重ねを台無しにする」と憤りの声が相次いだ",
 "戦争なんてすべきではない",
 "ビザなし交流は、日ロ双方の法的立場を害さない形で、旅券や査証なしに元島民らが四島を訪れる枠組み。",
 "今回の訪問団は10～13日の日程で国後島を訪れ、元島民や返還運動関係者、報道関係者ら計65人が参加した。",
 "ビザなし交流の事業そのものに影響が及ぶ事態だけは避けたい",
 "国後島の地元行政府は、13日までに公式な反応を示していない。",
 "終戦時に四島に住んでいた日本人は約1万7千人で、存命の元島民は6千人を下回った。",
 "根室市議会は、丸山氏の発言に抗議する決議案を、今月中にも開かれる臨時会に提出する方向で調整しており",
]),

# 3 47NEWS (Kyodo), Putin at the Eastern Economic Forum (Sept 2021): the Kuril tax zone, the treaty answer whose
#   question is the paragraph before, the US-troops worry, the constitution asked about, LNG, a ministry speaking,
#   Motegi and the Nemuro mayor, Kato's protest and policy; a trading-house source and an official unnamed, the
#   wire's analysis and background; CUT OFF mid-quote
dict(id="J5-03", outlet="47NEWS (Kyodo)", url="https://www.47news.jp/6712345.html",
published="2021-09-03",
title="プーチン氏、千島に免税特区　「日本企業も歓迎」",
text="""47NEWS
トップ　ニュース　共同通信ニュース　国際　地域　スポーツ　エンタメ
プーチン氏、千島に免税特区　「日本企業も歓迎」
2021年09月03日 21時12分　共同通信

【ウラジオストク共同】ロシアのプーチン大統領は3日、極東ウラジオストクで開催中の「東方経済フォーラム」の全体会合で演説し、北方領土を含むクリール諸島（千島列島）全域で、進出企業の法人税や資産税などを一定期間ゼロにする特区制度を導入すると表明した。日本企業の進出も念頭に「日本のパートナーの参加を歓迎する」と述べた。

ロシア極東発展省によると、特区は来年1月からの適用を目指し、関連法案を近く議会に提出する。同省は「外国からの投資を呼び込み、島の経済を自立させる起爆剤にしたい」としている。

北方領土での日ロ共同経済活動を巡っては、双方の法的立場を害さない「特別な制度」の下で実施するとの首脳間の合意に基づき協議が続いてきたが、具体化は進んでいない。ロシア国内法に基づく今回の特区制度は、北方領土に対する日本の立場と相いれず、日本側の反発は必至だ。

クリール諸島には約2万人が暮らす。択捉島では近年、新空港や大規模な水産加工場の整備が進み、ロシア政府は島のインフラ整備に多額の予算を投じてきた。

全体会合には、新型コロナウイルス対策で例年より規模を縮小して各国の代表らが出席した。日本の首相の出席は昨年に続き見送られた。日本からは経済界の代表らがオンラインで参加した。

プーチン氏は演説で、サハリンでの液化天然ガス（LNG）事業などエネルギー分野の協力にも触れ、「日本は極東開発の重要なパートナーであり、協力の余地はまだ大きい」と語った。

プーチン氏は演説後の討論で、司会者から日本との関係の今後について問われた。

これに対しプーチン氏は「第2次大戦の終結から76年もたつのに、両国の間に平和条約がないのは異常な状況だ。われわれは交渉を拒んではいない」と答え、日本側との対話を続ける意欲を示した。

一方で、歯舞群島と色丹島の引き渡しを定めた1956年の日ソ共同宣言に関連し、日米安全保障条約に基づいて米軍が島に展開する可能性への懸念は「いまだに解消されていない」と主張。日本の安全保障上の対米関係が、交渉の障害になっているとの認識をにじませた。

司会者はさらに、昨年の憲法改正で盛り込まれた領土の割譲を禁じる規定と、日本との交渉との関係を尋ねた。プーチン氏は「憲法の規定は当然尊重されなければならないが、それが対話を拒む理由になるわけではない」と述べるにとどめ、具体的な説明は避けた。

茂木敏充外相も3日、外務省内で記者団に対し、「日本側と十分な協議を経ないまま特区を設けることは、共同経済活動を巡る首脳間の合意の趣旨にそぐわない」と不快感を示した。

北海道根室市の石垣雅敏市長は「ロシアの法律に基づく特区は、四島のロシア化を一段と進めるものだ。ふるさとの返還を待ち続ける元島民の思いとは、かけ離れている」とのコメントを出した。

日本の大手商社の関係者は「現時点で特区への進出を検討する日本企業はないだろう。しばらくは様子見するしかない」と話す。

日本政府関係者は「特区で日本企業が活動すれば、ロシアの法律に従うことになり、到底受け入れられない」と話した。

加藤勝信官房長官は3日の記者会見で、特区構想について「ロシア側の一方的な措置であり、わが国の法的立場と相いれない」と指摘。「北方領土問題を解決して平和条約を締結すべく、ロシアとの交渉に粘り強く取り組んでいく」と述べた。菅義偉首相が同日、自民党総裁選への不出馬を表明したことを受け、対ロ交渉への影響を問われると、「対ロ外交の基本方針は変わらない」と強調した。

菅首相の退陣表明で、日ロの首脳間対話は当面、停滞が避けられない見通しだ。

フォーラムは4日まで。プーチン氏は演説でまた、極東の人口流出に歯止めをかけるため、若い世代向けの住宅ローン優遇措置を拡充する考えを示した。極東では旧ソ連の崩壊後、人口が2割近く減っており、政府は住宅や医療、教育の整備を通じた定住促進を急いでいる。プーチン氏は「極東に住む家族が、""",
expected=[
 dict(speaker="Vladimir Putin", treaty=False, optional=True, snippet="日本のパートナーの参加を歓迎する"),
 dict(speaker="Vladimir Putin", treaty=True, snippet="両国の間に平和条約がないのは異常な状況だ。われわれは交渉を拒んではいない"),
 dict(speaker="Vladimir Putin", treaty=True, snippet="米軍が島に展開する可能性への懸念は「いまだに解消されていない」"),
 dict(speaker="Russian Ministry for the Development of the Far East", alt=["Russian government"], treaty=False, optional=True, snippet="外国からの投資を呼び込み、島の経済を自立させる起爆剤にしたい"),
 dict(speaker="Vladimir Putin", treaty=False, snippet="日本は極東開発の重要なパートナーであり、協力の余地はまだ大きい"),
 dict(speaker="Vladimir Putin", treaty=True, snippet="憲法の規定は当然尊重されなければならないが、それが対話を拒む理由になるわけではない"),
 dict(speaker="Toshimitsu Motegi", treaty=None, optional=True, snippet="日本側と十分な協議を経ないまま特区を設けることは、共同経済活動を巡る首脳間の合意の趣旨にそぐわない"),
 dict(speaker="石垣雅敏", alt=["石垣", "Masatoshi Ishigaki"], treaty=None, optional=True, snippet="ロシアの法律に基づく特区は、四島のロシア化を一段と進めるものだ"),
 dict(speaker="Katsunobu Kato", treaty=None, optional=True, snippet="ロシア側の一方的な措置であり、わが国の法的立場と相いれない"),
 dict(speaker="Katsunobu Kato", treaty=True, snippet="北方領土問題を解決して平和条約を締結すべく、ロシアとの交渉に粘り強く取り組んでいく"),
 dict(speaker="Katsunobu Kato", treaty=True, optional=True, snippet="対ロ外交の基本方針は変わらない"),
],
not_statements=[
 "ロシア国内法に基づく今回の特区制度は、北方領土に対する日本の立場と相いれず、日本側の反発は必至だ。",
 "双方の法的立場を害さない「特別な制度」の下で実施するとの首脳間の合意に基づき協議が続いてきたが、具体化は進んでいない",
 "特区で日本企業が活動すれば、ロシアの法律に従うことになり、到底受け入れられない",
 "日本の首相の出席は昨年に続き見送られた。",
 "菅首相の退陣表明で、日ロの首脳間対話は当面、停滞が避けられない見通しだ。",
 "現時点で特区への進出を検討する日本企業はないだろう。しばらくは様子見するしかない",
 "クリール諸島には約2万人が暮らす。",
]),

# 4 Asahi (朝日新聞デジタル), the Diet on 7 March 2022: Kishida's "sovereign islands", Hayashi's 「不法占拠」, a
#   lawmaker's question, Kishida on sanctions, LNG and Takeshima, Matsuno the next morning (policy, then the
#   suspended exchanges), a named expert; the writer's background, a non-reaction, a poll, paywall line, related
#   headlines
dict(id="J5-04", outlet="Asahi", url="https://www.asahi.com/articles/ASQ375R3LQ37UTFK00X.html",
published="2022-03-08",
title="岸田首相、北方領土「主権有する島々」　「固有の領土」の表現も復活",
text="""朝日新聞デジタル
ニュース　政治　経済　社会　国際　スポーツ　カルチャー
岸田首相、北方領土「主権有する島々」　「固有の領土」の表現も復活
佐藤美和
2022年3月8日 12時30分
有料記事
list
写真・図版
参院予算委員会で答弁する岸田文雄首相＝2022年3月7日午前、国会内、西田健撮影

岸田文雄首相は7日の参院予算委員会で、北方領土について「我が国が主権を有する島々であり、我が国固有の領土だ」と答弁した。安倍政権下の2019年以降、政府はロシアとの平和条約交渉に配慮して「固有の領土」との表現を国会答弁などで控えてきた。ロシアのウクライナ侵攻を受け、表現を改めて強めた形だ。

林芳正外相も同じ委員会で、北方領土の現状についての認識を問われ、「ロシアによる不法占拠が続いている」と述べた。外相が国会答弁でこの表現を使うのは異例だ。

質問した自民党の佐藤正久氏は、「主権国家に軍事侵攻する国を相手に、領土交渉が本当に成り立つのか」とただした。首相は「現下の状況で、平和条約交渉の展望について申し上げられる状況にはない」と述べるにとどめた。

首相は対ロシア制裁についても言及し、「G7をはじめ国際社会と緊密に連携し、強い措置を迅速に講じていく」と強調した。ロシア産の液化天然ガス（LNG）を含むエネルギー分野での協力については、「エネルギー安全保障の観点も踏まえ、適切に対応していく」と述べた。

首相は同じ委員会で、島根県の竹島についても問われ、「歴史的事実に照らしても、国際法上も明らかに我が国固有の領土だ」と述べた。林外相は、ウクライナから日本への避難民の受け入れについて「人道的な観点から、できる限り柔軟に対応していく」と語った。

松野博一官房長官は8日午前の記者会見で、一連の答弁について「北方領土に関する政府の法的な立場は一貫しており、何ら変わるものではない」と説明した。新型コロナウイルスの影響で2020年から中断しているビザなし交流や北方墓参については、「現時点で再開を見通せる状況にはない」と述べた。

北方領土を巡っては、2018年11月の日ロ首脳会談で、1956年の日ソ共同宣言を基礎に平和条約交渉を加速させることで合意した。だが、引き渡し後の島の主権などを巡って双方の隔たりは大きく、交渉は停滞していた。

ロシア側は8日午前の時点で、答弁への反応を示していない。

朝日新聞社が2月に実施した全国世論調査では、ロシアとの平和条約交渉について「急ぐ必要はない」との回答が6割を超え、「急ぐべきだ」の2割余りを大きく上回った。

ロシア政治に詳しい慶応大学の長谷川守教授は「表現の強化は、交渉が当面動かないことを政府として受け入れたというメッセージだ。ロシア側が強く反発する可能性もある」と指摘する。

この記事は有料記事です。残り523文字
有料会員になると続きをお読みいただけます。

関連ニュース
ロシアに新たな制裁　首相「侵略の代償払わせる」
北方領土の元島民「もう島に行けないのか」　ビザなし交流の先行き不透明

この記事を書いた人
佐藤美和
政治部｜首相官邸担当""",
expected=[
 dict(speaker="Fumio Kishida", treaty=True, snippet="我が国が主権を有する島々であり、我が国固有の領土だ"),
 dict(speaker="Yoshimasa Hayashi", treaty=True, snippet="ロシアによる不法占拠が続いている"),
 dict(speaker="Masahisa Sato", alt=["佐藤正久", "佐藤"], treaty=True, optional=True, snippet="主権国家に軍事侵攻する国を相手に、領土交渉が本当に成り立つのか"),
 dict(speaker="Fumio Kishida", treaty=True, snippet="現下の状況で、平和条約交渉の展望について申し上げられる状況にはない"),
 dict(speaker="Fumio Kishida", treaty=False, snippet="G7をはじめ国際社会と緊密に連携し、強い措置を迅速に講じていく"),
 dict(speaker="Fumio Kishida", treaty=False, optional=True, snippet="エネルギー安全保障の観点も踏まえ、適切に対応していく"),
 dict(speaker="Fumio Kishida", treaty=False, optional=True, snippet="歴史的事実に照らしても、国際法上も明らかに我が国固有の領土だ"),
 dict(speaker="Hirokazu Matsuno", treaty=True, snippet="北方領土に関する政府の法的な立場は一貫しており、何ら変わるものではない"),
 dict(speaker="Hirokazu Matsuno", treaty=False, snippet="現時点で再開を見通せる状況にはない"),
 dict(speaker="長谷川守", alt=["長谷川"], treaty=None, optional=True, snippet="表現の強化は、交渉が当面動かないことを政府として受け入れたというメッセージだ"),
],
not_statements=[
 "安倍政権下の2019年以降、政府はロシアとの平和条約交渉に配慮して「固有の領土」との表現を国会答弁などで控えてきた。",
 "外相が国会答弁でこの表現を使うのは異例だ。",
 "2018年11月の日ロ首脳会談で、1956年の日ソ共同宣言を基礎に平和条約交渉を加速させることで合意した",
 "ロシア側は8日午前の時点で、答弁への反応を示していない。",
 "ロシアとの平和条約交渉について「急ぐ必要はない」との回答が6割を超え",
 "ロシアに新たな制裁　首相「侵略の代償払わせる」",
 "北方領土の元島民「もう島に行けないのか」",
]),

# 5 machine-translated aggregator (from RIA Novosti), Zakharova on Kishida's policy speech (Feb 2024): the lead's
#   reported clause, a quote with 「と、ザハロワ氏は強調した」, Kishida's own words recalled by the wire, 外交官 and
#   彼女 for her, a sentence "according to Zakharova" on countermeasures, her answer on the Northern Territories
#   rally; the agency's background, related headlines quoting Peskov and Lavrov, tags, a "latest news" list
dict(id="J5-05", outlet="aggregator (machine translation)", url="https://russkiy-vestnik.jp/politics/20240201/zakharova-kishida-peace-treaty.html",
published="2024-02-01",
title="ザハロワ氏：岸田首相の平和条約に関する発言は偽善だ",
text="""ルースキー・ヴェストニク 日本語版
ホーム | ロシア | 国際 | 経済 | 極東 | 動画
2024年2月1日, 18:47 (更新: 2024年2月1日, 19:05)
ザハロワ氏：岸田首相の平和条約に関する発言は偽善だ
© RIA Novosti / ロシア外務省報道部

モスクワ、2月1日 - RIAノーボスチ。日本の岸田文雄首相が国会演説でロシアとの平和条約締結への意欲を表明したことは、東京の実際の行動と全く一致しないと、ロシア外務省のマリア・ザハロワ公式代表は木曜日の定例ブリーフィングで述べた。

「日本の首相は一方では平和条約について語り、他方ではキエフ政権に資金を送り、我が国に対する新たな制裁を次々と導入している。これは偽善以外の何物でもない」と、ザハロワ氏は強調した。

岸田首相は1月30日、通常国会の施政方針演説で、日露関係について「厳しい状況にあるが、領土問題を解決して平和条約を締結するという方針を堅持する」と述べていた。首相は同じ演説で、ウクライナへの支援を継続する考えも示した。

外交官によれば、東京はいわゆる「北方領土」に関するキャンペーンを国内で強めつつ、同時にモスクワとの対話を求めるふりをしている。

「岸田氏は『平和条約を締結する』と言うが、いったい誰と、どのような条件で結ぶつもりなのか。自分の言葉の意味を理解しているのか、東京に尋ねたい」――と、ザハロワ氏は付け加えた。

彼女はまた、南クリル諸島の社会経済的発展はロシア政府の優先課題であり続けると指摘し、「島々はロシア連邦の不可分の一部であり、そこで何を建設するかを決めるのは我々だ」と述べた。

ザハロワ氏によると、ロシアは日本の非友好的な措置に対して、自国の利益を守るためにあらゆる対抗措置をとる権利を留保している。

ブリーフィングでは、来週2月7日に東京で予定されている、いわゆる「北方領土返還要求全国大会」についても質問が出た。ザハロワ氏は「この集会は、毎年のように反ロシア的なヒステリーの場と化している。第二次世界大戦の結果を見直そうとする試みは、どのような形であれ失敗に終わる」と答えた。

ロシアと日本は第二次世界大戦後、平和条約を締結していない。主な障害となっているのは、南クリル諸島の帰属をめぐる問題である。2022年3月、モスクワは日本の一方的な制裁を理由に、平和条約に関する交渉を継続しない方針を明らかにした。

関連記事
ペスコフ報道官：クレムリンは日本との対話再開の前提条件を見いだしていない
ラヴロフ外相：日本は米国の「属国」のように振る舞っている
日本の漁船、南クリル沖でロシア国境警備隊に拿捕される

タグ：日本, 南クリル諸島, マリア・ザハロワ, 平和条約, 岸田文雄
コメント (4)
Telegramで最新ニュースを購読する
この記事は機械翻訳されたものです。原文：ロシア語

最新ニュース
ロシア中銀、政策金利を据え置き
極東ハバロフスクで大雪、交通に乱れ""",
expected=[
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="日本の岸田文雄首相が国会演説でロシアとの平和条約締結への意欲を表明したことは、東京の実際の行動と全く一致しない"),
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="日本の首相は一方では平和条約について語り、他方ではキエフ政権に資金を送り"),
 dict(speaker="Fumio Kishida", treaty=True, snippet="厳しい状況にあるが、領土問題を解決して平和条約を締結するという方針を堅持する"),
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="東京はいわゆる「北方領土」に関するキャンペーンを国内で強めつつ"),
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="いったい誰と、どのような条件で結ぶつもりなのか"),
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="島々はロシア連邦の不可分の一部であり、そこで何を建設するかを決めるのは我々だ"),
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="この集会は、毎年のように反ロシア的なヒステリーの場と化している"),
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="第二次世界大戦の結果を見直そうとする試みは、どのような形であれ失敗に終わる"),
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False, snippet="自国の利益を守るためにあらゆる対抗措置をとる権利を留保している"),
],
not_statements=[
 "ロシアと日本は第二次世界大戦後、平和条約を締結していない。",
 "主な障害となっているのは、南クリル諸島の帰属をめぐる問題である。",
 "ペスコフ報道官：クレムリンは日本との対話再開の前提条件を見いだしていない",
 "ラヴロフ外相：日本は米国の「属国」のように振る舞っている",
 "タグ：日本, 南クリル諸島, マリア・ザハロワ, 平和条約, 岸田文雄",
]),

# 6 kantei.go.jp, a Kihara press conference (Dec 2025): Rudenko's words inside a reporter's question, a no-comment
#   before the claim and the policy, an answer on the treaty only by the question, grave visits, the fisheries deal,
#   the China-Russia bombers, an unrelated tax question; the questions and the breadcrumb are not statements
dict(id="J5-06", outlet="Kantei", url="https://www.kantei.go.jp/jp/tyoukanpress/202512/15_a.html",
published="2025-12-15",
title="内閣官房長官記者会見　令和7年12月15日（月）午前",
text="""首相官邸ホーム > 官房長官記者会見 > 令和7年12月
内閣官房長官記者会見　令和7年12月15日（月）午前
木原内閣官房長官の記者会見
［動画］再生時間：18分42秒

冒頭発言
（木原内閣官房長官）冒頭、私から1点申し上げます。本日から、年末年始の交通安全運動が始まります。帰省や旅行などで車を利用される機会が増える時期でもありますので、国民の皆様には、安全運転の徹底をお願いいたします。私からは以上です。

質疑応答
（記者）ロシア外務省のルデンコ外務次官が、週末に報じられたロシア紙のインタビューで、「日本が対ロ制裁を維持する限り、平和条約を議題にする余地は一切ない」と述べました。政府の受け止めをお願いします。

（木原内閣官房長官）御指摘の報道については承知をしております。ロシア側の個々の発言の一つ一つについてコメントすることは差し控えたいと思います。その上で申し上げれば、日露関係は、ロシアによるウクライナ侵略によって厳しい状況が続いております。しかしながら、北方四島は我が国が主権を有する島々であり、領土問題を解決して平和条約を締結するという政府の方針には、いささかの揺るぎもございません。

（記者）関連で伺います。交渉が中断したまま4年近くが経とうとしています。再開に向けた具体的な見通しはあるのでしょうか。

（木原内閣官房長官）交渉の再開は、相手国の姿勢にも大きく左右されるものであり、現時点で具体的な見通しをお示しできる状況にはございません。いずれにしましても、政府としては、外交上のやり取りを通じて、我が国の立場をしっかりと伝えてまいります。

（記者）元島民の皆さんの平均年齢は89歳近くになっています。北方墓参の再開について、ロシア側との間で何らかの進展はありますでしょうか。

（木原内閣官房長官）元島民の皆様が御高齢となられる中、北方墓参を始めとする四島交流等事業の再開は、日露関係の中での最優先事項の一つであります。特に墓参については、ロシア側に対し、引き続き強く求めてまいります。

（記者）話題が変わりますが、先週妥結した日露の地先沖合漁業交渉について、政府の評価をお願いします。

（木原内閣官房長官）今回の交渉の結果、来年の我が国漁船の操業条件について合意に至りましたことは、我が国漁業者の安定的な操業を確保する観点から意義あるものと考えております。詳細については、水産庁にお問い合わせいただければと思います。

（記者）先週、ロシアの爆撃機が中国の爆撃機と共に日本海から東シナ海にかけて長距離を飛行しました。ロシアに対してどのような対応を取ったのでしょうか。

（木原内閣官房長官）中露両国の爆撃機による共同飛行は、我が国周辺における度重なる示威行動であり、我が国の安全保障上、重大な懸念を持って注視しております。ロシア側に対しては、外交ルートを通じて、こうした懸念を伝達いたしました。引き続き、警戒監視に万全を期してまいります。

（記者）最後に1点。ガソリン税の暫定税率の廃止まで2週間余りとなりましたが、価格への反映の見通しを。

（木原内閣官房長官）ガソリン税の暫定税率は、今月31日をもって廃止されます。円滑な価格への反映に向けて、関係省庁で引き続き状況を注視してまいります。

（以上）
このページの先頭へ""",
expected=[
 dict(speaker="Andrei Rudenko", treaty=True, optional=True, snippet="日本が対ロ制裁を維持する限り、平和条約を議題にする余地は一切ない"),
 dict(speaker="Minoru Kihara", treaty=None, optional=True, snippet="ロシア側の個々の発言の一つ一つについてコメントすることは差し控えたいと思います"),
 dict(speaker="Minoru Kihara", treaty=True, snippet="北方四島は我が国が主権を有する島々であり、領土問題を解決して平和条約を締結するという政府の方針には、いささかの揺るぎもございません"),
 dict(speaker="Minoru Kihara", treaty=True, snippet="交渉の再開は、相手国の姿勢にも大きく左右されるものであり、現時点で具体的な見通しをお示しできる状況にはございません"),
 dict(speaker="Minoru Kihara", treaty=False, snippet="北方墓参を始めとする四島交流等事業の再開は、日露関係の中での最優先事項の一つであります"),
 dict(speaker="Minoru Kihara", treaty=False, optional=True, snippet="我が国の安全保障上、重大な懸念を持って注視しております"),
 dict(speaker="Minoru Kihara", treaty=False, snippet="我が国漁業者の安定的な操業を確保する観点から意義あるものと考えております"),
],
not_statements=[
 "交渉が中断したまま4年近くが経とうとしています。再開に向けた具体的な見通しはあるのでしょうか。",
 "元島民の皆さんの平均年齢は89歳近くになっています。",
 "話題が変わりますが、先週妥結した日露の地先沖合漁業交渉について、政府の評価をお願いします。",
 "首相官邸ホーム > 官房長官記者会見 > 令和7年12月",
 "先週、ロシアの爆撃機が中国の爆撃機と共に日本海から東シナ海にかけて長距離を飛行しました。",
]),

# 7 mofa.go.jp, Iwaya's press conference after Lavrov's annual presser (Jan 2025): a no-comment, then the blame
#   and the policy in two paragraphs of one answer, grave visits, Northern Territories Day, the defence build-up,
#   Ukraine's peace (another pair); the reporters' questions and the breadcrumb
dict(id="J5-07", outlet="MOFA", url="https://www.mofa.go.jp/mofaj/press/kaiken/kaiken4_000123.html",
published="2025-01-17",
title="岩屋外務大臣会見記録",
text="""外務省
ホーム > 会見・発表・広報 > 記者会見 > 外務大臣会見
岩屋外務大臣会見記録
（令和7年1月17日（金曜日）10時32分　於：本省会見室）

冒頭発言
イスラエルとハマスの停戦合意について
【岩屋外務大臣】冒頭、一点申し上げます。イスラエルとハマスの間で、停戦及び人質の解放に関する合意が成立したことを歓迎いたします。我が国としては、合意が着実に履行され、ガザの人道状況の改善につながることを強く期待しております。

質疑応答
ロシアのラブロフ外相の年次記者会見
【北海道新聞　松浦記者】今週、ロシアのラブロフ外相が年次の記者会見を行い、日本との関係についても言及しました。日露関係の現状について、大臣の受け止めをお願いします。

【岩屋外務大臣】ラブロフ外相の発言は承知しておりますが、その一つ一つにコメントすることは控えます。ただ、一点申し上げておきたいのは、平和条約交渉を一方的に中断したのはロシア側であるということです。その責任をあたかも日本側にあるかのように主張することは、全く受け入れられません。
　日露関係は、ロシアによるウクライナ侵略により厳しい状況にありますが、今年は戦後80年の節目の年でもあります。北方領土問題を解決して平和条約を締結するという基本方針は、石破内閣においても何ら変わっておらず、これを堅持してまいります。

【北海道新聞　松浦記者】関連で、北方墓参など四島交流事業の再開の見通しはいかがでしょうか。

【岩屋外務大臣】元島民の方々の御高齢化が進む中で、北方墓参はその切実な思いに応えるものであり、人道的な観点から、事業の再開を最優先事項の一つとしてロシア側に働きかけているところです。現時点で、再開の具体的な見通しについて申し上げることは困難です。

北方領土の日
【共同通信　佐野記者】2月7日の北方領土の日を前に、大臣として国民に向けて発信したいことがあれば。

【岩屋外務大臣】返還を求める国民の声こそが、外交交渉を支える力になると考えております。特に若い世代の皆様に、この問題への関心を持ち続けていただきたい。外務省としても、啓発の取組を一層強化してまいります。

ロシアによる日本の防衛政策への批判
【NHK　石田記者】ラブロフ外相は会見で、日本が軍事化を進めていると批判しました。

【岩屋外務大臣】我が国の防衛力の抜本的強化は、厳しい安全保障環境を踏まえたものであり、特定の国を標的にしたものではありません。ロシアの批判は当たらないと考えます。

ウクライナ情勢
【朝日新聞　川口記者】来週、米国で新政権が発足します。ロシアとウクライナの間の和平に向けた動きが出てくる可能性もありますが、日本としてどう関与していくのでしょうか。

【岩屋外務大臣】ウクライナにおける公正かつ永続的な平和の実現に向けて、G7をはじめとする国際社会と緊密に連携していくという我が国の立場に変わりはありません。いかなる和平も、ウクライナの主権と領土の一体性が尊重される形で実現されなければならないと考えております。米国の新政権とも、この点について緊密に意思疎通を図ってまいります。

このページのトップへ戻る
会見記録へ戻る""",
expected=[
 dict(speaker="Takeshi Iwaya", treaty=None, optional=True, snippet="その一つ一つにコメントすることは控えます"),
 dict(speaker="Takeshi Iwaya", treaty=True, snippet="平和条約交渉を一方的に中断したのはロシア側であるということです"),
 dict(speaker="Takeshi Iwaya", treaty=True, snippet="北方領土問題を解決して平和条約を締結するという基本方針は、石破内閣においても何ら変わっておらず"),
 dict(speaker="Takeshi Iwaya", treaty=False, snippet="人道的な観点から、事業の再開を最優先事項の一つとしてロシア側に働きかけているところです"),
 dict(speaker="Takeshi Iwaya", treaty=True, snippet="返還を求める国民の声こそが、外交交渉を支える力になると考えております"),
 dict(speaker="Takeshi Iwaya", treaty=False, optional=True, snippet="いかなる和平も、ウクライナの主権と領土の一体性が尊重される形で実現されなければならない"),
 dict(speaker="Takeshi Iwaya", treaty=False, optional=True, snippet="我が国の防衛力の抜本的強化は、厳しい安全保障環境を踏まえたものであり、特定の国を標的にしたものではありません"),
],
not_statements=[
 "今週、ロシアのラブロフ外相が年次の記者会見を行い、日本との関係についても言及しました。",
 "ラブロフ外相は会見で、日本が軍事化を進めていると批判しました。",
 "2月7日の北方領土の日を前に、大臣として国民に向けて発信したいことがあれば。",
 "ホーム > 会見・発表・広報 > 記者会見 > 外務大臣会見",
 "ロシアとウクライナの間の和平に向けた動きが出てくる可能性もありますが",
]),

# 8 Yomiuri (読売新聞オンライン), Motegi and Lavrov in Tokyo (Dec 2019): the event lead, Lavrov on the Singapore
#   agreement, public opinion and US forces, the joint activities' law ("という"), grave visits, Aegis Ashore,
#   North Korea, the former islanders' league; an anonymous source, schedules, the paper's reading, a photo
#   caption; CUT OFF mid-quote (Suga)
dict(id="J5-08", outlet="Yomiuri", url="https://www.yomiuri.co.jp/politics/20191220-OYT1T50123/",
published="2019-12-20",
title="日露外相会談、平和条約で「率直な議論」…共同経済活動の協議加速で一致",
text="""読売新聞オンライン
ホーム　速報　政治　経済　国際　社会　スポーツ　地域　ライフ　エンタメ　動画　新聞購読
ログイン　読者会員登録（無料）
ホーム ＞ 政治 ＞ 外交
日露外相会談、平和条約で「率直な議論」…共同経済活動の協議加速で一致
2019/12/20 12:14 （最終更新 2019/12/20 12:41）
スクラップ　　シェア　ツイート　はてブ
【読者会員限定】
この記事をスクラップするには、読者会員登録が必要です。

茂木外相は19日、来日したロシアのラブロフ外相と東京・麻布台の外務省飯倉公館で会談した。北方領土での共同経済活動の早期実現に向け、協議を加速させることでは一致したが、平和条約締結交渉の核心である領土問題では目立った進展はなかった。

会談は昼食会を含めて約3時間半に及んだ。前半は両外相が平和条約問題を話し合い、後半は北朝鮮情勢など国際問題や経済協力について意見を交わした。

茂木氏は会談後、記者団に対し、「双方の立場の隔たりは小さくないが、平和条約の締結に向けて、率直で突っ込んだ議論ができた」と語った。

ラブロフ氏は会談後の共同記者発表で、安倍首相とプーチン大統領が昨年11月に1956年の日ソ共同宣言を基礎に交渉を加速させることで合意したことに触れ、「我々はこの合意に忠実であり、首脳の指示に基づいて作業を続ける」と強調した。その上で、「条約は、両国の世論に支持される形で結ばれなければならない」と述べ、ロシア国内の世論の動向を重視する考えをにじませた。

ラブロフ氏はまた、日米同盟に基づく米軍の活動に改めて懸念を示し、「安全保障上の懸念が解消されない限り、平和条約の議論を大きく前に進めることは難しい」と述べた。ロシア側は、島の引き渡し後に米軍の施設が置かれる可能性を強く警戒しているとされる。

共同経済活動については、ラブロフ氏が「ロシアの法律に反しない形で進めるべきだ」と主張したのに対し、茂木氏は「双方の法的立場を害さない形で実施することが大前提だ」と反論したという。

共同経済活動を巡っては、10月から11月にかけて国後、択捉両島への観光ツアーが初めて試行された。両外相は、来年以降も観光ツアーを継続するとともに、海産物の養殖や温室野菜栽培などの事業化に向けた協議を急ぐことを確認した。

茂木氏は、元島民の北方墓参についても取り上げ、「元島民の皆さんの高齢化を踏まえ、墓参の機会を増やしていきたい」と述べ、ロシア側に協力を求めたことを明らかにした。

茂木氏はまた、ロシア側が懸念を示す米国の地上配備型迎撃システム「イージス・アショア」の配備計画について、「純粋に防御的なもので、ロシアに脅威を与えるものではない」と説明した。北朝鮮による相次ぐ弾道ミサイルの発射を巡っては、「国連安全保障理事会の決議の完全な履行が不可欠だ」と指摘した。

日露関係筋によると、ロシア側は会談で、来年5月の対独戦勝75周年記念式典に安倍首相が出席するよう改めて要請した。首相の出席は決まっていない。

両外相は、来年前半に次回の外相会談をモスクワで開くことで合意した。平和条約交渉の実務を担う森健良外務審議官とモルグロフ外務次官による次官級協議も、来年1月に開く方向で調整する。

政府は、来年の首脳の相互訪問を通じて交渉に弾みをつけたい考えだ。ただ、ロシア側は日米同盟への警戒を強めており、領土問題で歩み寄る気配は乏しい。安倍首相の自民党総裁としての任期が2021年9月までであることを踏まえ、政府内には成果を急ぐ声もあるが、交渉の先行きは見通せない。

北方領土の元島民らでつくる千島歯舞諸島居住者連盟は20日、「平和条約の締結と島の返還に向けた具体的な前進が見られなかったことは残念だ。元島民に残された時間は少ない」とする談話を出した。

（写真説明）会談を前に握手する茂木外相（右）とロシアのラブロフ外相（19日、東京都港区の外務省飯倉公館で）＝代表撮影

菅官房長官は20日午前の記者会見で、外相会談について「平和条約交渉は、安倍首相とプーチン大統領の信頼関係の下で、着実に""",
expected=[
 dict(speaker="Toshimitsu Motegi", treaty=True, snippet="双方の立場の隔たりは小さくないが、平和条約の締結に向けて、率直で突っ込んだ議論ができた"),
 dict(speaker="Sergei Lavrov", treaty=True, snippet="我々はこの合意に忠実であり、首脳の指示に基づいて作業を続ける"),
 dict(speaker="Sergei Lavrov", treaty=True, snippet="条約は、両国の世論に支持される形で結ばれなければならない"),
 dict(speaker="Sergei Lavrov", treaty=True, snippet="安全保障上の懸念が解消されない限り、平和条約の議論を大きく前に進めることは難しい"),
 dict(speaker="Sergei Lavrov", treaty=None, optional=True, snippet="ロシアの法律に反しない形で進めるべきだ"),
 dict(speaker="Toshimitsu Motegi", treaty=None, optional=True, snippet="双方の法的立場を害さない形で実施することが大前提だ"),
 dict(speaker="Toshimitsu Motegi", treaty=False, snippet="元島民の皆さんの高齢化を踏まえ、墓参の機会を増やしていきたい"),
 dict(speaker="Toshimitsu Motegi", treaty=False, snippet="純粋に防御的なもので、ロシアに脅威を与えるものではない"),
 dict(speaker="Toshimitsu Motegi", treaty=False, optional=True, snippet="国連安全保障理事会の決議の完全な履行が不可欠だ"),
 dict(speaker="千島歯舞諸島居住者連盟", alt=["Chishima Habomai Islands Residents League"], treaty=True, optional=True, snippet="平和条約の締結と島の返還に向けた具体的な前進が見られなかったことは残念だ"),
 dict(speaker="Yoshihide Suga", treaty=True, snippet="平和条約交渉は、安倍首相とプーチン大統領の信頼関係の下で、着実に"),
],
not_statements=[
 "北方領土での共同経済活動の早期実現に向け、協議を加速させることでは一致したが、平和条約締結交渉の核心である領土問題では目立った進展はなかった。",
 "日露関係筋によると、ロシア側は会談で、来年5月の対独戦勝75周年記念式典に安倍首相が出席するよう改めて要請した。",
 "両外相は、来年前半に次回の外相会談をモスクワで開くことで合意した。",
 "【読者会員限定】",
 "会談は昼食会を含めて約3時間半に及んだ。",
 "ロシア側は、島の引き渡し後に米軍の施設が置かれる可能性を強く警戒しているとされる。",
 "平和条約交渉の実務を担う森健良外務審議官とモルグロフ外務次官による次官級協議も、来年1月に開く方向で調整する。",
 "ロシア側は日米同盟への警戒を強めており、領土問題で歩み寄る気配は乏しい。",
]),

# 9 Mainichi, Suga's first policy speech (Oct 2020) and Peskov's reply: the treaty line and the earlier
#   agreements, off-topic parts of the speech, Peskov's answer whose question is the paragraph before, a
#   no-comment on a visit, Kato's no-comment then the policy, a named expert; the writer's reading, an anonymous
#   official, a past phone call, a poll
dict(id="J5-09", outlet="Mainichi", url="https://mainichi.jp/articles/20201027/ddm/001/010/012000c",
published="2020-10-27",
title="菅首相、北方領土「先送りできぬ」　初の所信表明　露「対話継続の用意」",
text="""毎日新聞
ニュースサイトマップ　速報　政治　経済　国際　社会　スポーツ　オピニオン
菅首相、北方領土「先送りできぬ」　初の所信表明　露「対話継続の用意」
毎日新聞 2020/10/27 東京朝刊 有料記事 1498文字
政治

菅義偉首相は26日、就任後初めての所信表明演説を衆参両院の本会議で行った。外交では、ロシアとの関係について「北方領土問題を、これ以上次の世代に先送りするわけにはいかない」と述べ、首脳間の対話を通じて平和条約交渉に取り組む考えを示した。

首相は、安倍晋三前首相とプーチン露大統領が2018年にシンガポールで交わした合意にも触れ、「シンガポールでのやり取りを含む過去の合意の積み重ねの上に、交渉を前に進める」と語った。1956年の日ソ共同宣言を基礎に交渉を加速させるとした同合意を継承する姿勢を示したものだ。

ただ、演説で北方領土問題に割いたのは数行にとどまった。「2島返還」を軸とした安倍前政権の路線を今後も維持するのかどうかについて、首相は明確にしなかった。首相は9月29日にプーチン氏と初の電話協議を行い、平和条約交渉を含めて首脳間で対話を続けることを確認している。

演説はこのほか、2050年までに温室効果ガスの排出を実質ゼロにする目標を掲げ、「温暖化への対応は、もはや経済成長の足かせではない」と訴えた。北朝鮮による日本人拉致問題については「政権の最重要課題」と位置付けた。中国との関係では「安定した関係を築いていく」と述べ、韓国については「健全な関係に戻すため、一貫した立場に基づいて適切な対応を強く求めていく」とした。

ロシア側の反応は早かった。ペスコフ露大統領報道官は26日、モスクワで記者団から、首相の演説にある北方領土問題の記述について問われた。

ペスコフ氏は「日本側の政治的意思を歓迎する。ロシアも日本との対話を継続する用意がある」と応じた。一方で、「平和条約の問題は複雑で、一朝一夕に解決できるものではない」とも付け加えた。プーチン氏の訪日の可能性については「現時点で話すのは時期尚早だ」と述べた。

加藤勝信官房長官は26日の記者会見で、演説の対ロ部分の狙いを問われ、「総理の考えは演説で述べた通りであり、私から付け加えることは差し控えたい」とした。その上で、「首脳間の信頼関係の下で、領土問題を解決して平和条約を締結するための交渉を着実に進めていく」と述べた。

日露関係に詳しい北海道大学の村井浩二教授（国際関係論）は「首相は安倍路線の継承を強調したが、自らの色は出していない。ロシアが日米同盟をにらんで態度を硬化させる中、展望は描きにくい」とみる。

政府関係者は「新型コロナウイルスの状況もあり、年内の首脳会談は見通せない」と語る。

毎日新聞が今月実施した全国世論調査では、菅内閣の支持率は9月の前回調査から7ポイント下落した。北方領土問題で「進展を期待する」との回答は3割にとどまった。

【木下理恵、モスクワ・前川和也】

あわせて読みたい
関連記事
菅首相所信表明　全文
社説：菅首相の所信表明　説明なき「改革」の危うさ""",
expected=[
 dict(speaker="Yoshihide Suga", treaty=True, snippet="北方領土問題を、これ以上次の世代に先送りするわけにはいかない"),
 dict(speaker="Yoshihide Suga", treaty=True, snippet="シンガポールでのやり取りを含む過去の合意の積み重ねの上に、交渉を前に進める"),
 dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="日本側の政治的意思を歓迎する。ロシアも日本との対話を継続する用意がある"),
 dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="平和条約の問題は複雑で、一朝一夕に解決できるものではない"),
 dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=False, optional=True, snippet="現時点で話すのは時期尚早だ"),
 dict(speaker="Katsunobu Kato", treaty=None, optional=True, snippet="総理の考えは演説で述べた通りであり、私から付け加えることは差し控えたい"),
 dict(speaker="Katsunobu Kato", treaty=True, snippet="首脳間の信頼関係の下で、領土問題を解決して平和条約を締結するための交渉を着実に進めていく"),
 dict(speaker="村井浩二", alt=["村井"], treaty=None, optional=True, snippet="首相は安倍路線の継承を強調したが、自らの色は出していない"),
],
not_statements=[
 "ただ、演説で北方領土問題に割いたのは数行にとどまった。",
 "「2島返還」を軸とした安倍前政権の路線を今後も維持するのかどうかについて、首相は明確にしなかった。",
 "首相は9月29日にプーチン氏と初の電話協議を行い、平和条約交渉を含めて首脳間で対話を続けることを確認している。",
 "新型コロナウイルスの状況もあり、年内の首脳会談は見通せない",
 "社説：菅首相の所信表明　説明なき「改革」の危うさ",
 "北方領土問題で「進展を期待する」との回答は3割にとどまった。",
]),

# 10 Nikkei, the first pilot tour to Kunashiri and Etorofu (Oct 2019): a quote only in the photo caption, Suga on
#   trust and on the legal positions, the Sakhalin governor welcoming and claiming, Motegi's treaty remark inside a
#   press conference mostly on Korea, Zakharova on Russian law, the governor; an anonymous participant, the
#   background, a plan, a diplomatic source
dict(id="J5-10", outlet="Nikkei", url="https://www.nikkei.com/article/DGXMZO51612340R31C19A0PP8000/",
published="2019-10-31",
title="北方領土で初の観光ツアー　共同経済活動、具体化へ一歩",
text="""日本経済新聞
トップ　速報　オピニオン　経済　政治　ビジネス　マーケット　国際　テクノロジー
北方領土で初の観光ツアー　共同経済活動、具体化へ一歩
政治
2019年10月31日 19:30
保存
共有
印刷
その他

北方領土での日ロ共同経済活動の柱の一つである観光ツアーが30日、試行的に始まった。旅行会社の募集に応じた一般客や政府関係者ら約40人が北海道根室市の根室港から船で出発し、11月3日まで国後島と択捉島に滞在する。温泉や景勝地を巡るほか、現地の住民との交流も予定している。国後島では、ロシア人住民が営む民宿での食事や、日本人墓地の見学などが組み込まれた。

（写真）出発式で「四島返還への確かな一歩にしたい」と語る石垣雅敏・根室市長（30日、北海道根室市）

菅義偉官房長官は31日午前の記者会見で、ツアーについて「観光資源の開拓という経済面の意義にとどまらず、平和条約締結に向けた両国の信頼醸成にもつながる重要な取り組みだ」と強調した。旅券や査証（ビザ）を使わずに渡航する方式については、「北方領土に関する我が国の法的立場を害さない形で実施している」と説明した。

茂木敏充外相は同日の記者会見で、質問の多くが元徴用工問題を巡る韓国との協議に集中するなか、ツアーにも触れ「共同経済活動は平和条約問題の解決に向けた取り組みの一環だ」と語った。

ロシア・サハリン州のリマレンコ知事は地元メディアに対し、「日本からの観光客を心から歓迎する」と語った。一方で、「クリール諸島はロシアの領土であり、訪問者はロシアの法律に従って受け入れる」と述べ、主権を巡るロシアの立場を改めて示した。ロシア外務省のザハロワ情報局長も31日の記者会見で、ツアーについて「ロシアの法律の枠内で実施されていることを確認している」と述べた。

北海道の鈴木直道知事は「元島民や返還運動関係者以外の一般の人が島を訪れる意義は大きい。道としても、ツアーの定着を後押ししたい」と期待を示した。

参加者の一人は「島の自然の豊かさは想像以上だ。一般の人がもっと訪れられるようになってほしい」と話した。

共同経済活動は、2016年12月の安倍晋三首相とプーチン大統領の会談で協議入りが決まった。観光のほか、海産物の養殖、温室野菜栽培、風力発電、ごみ削減の5分野が対象となっている。ただ、ロシア側が自国法の適用を求める一方、日本側は双方の法的立場を害さない「特別な制度」を主張し、制度設計の協議は難航している。

政府は、ツアーの実施状況を検証したうえで、来年度以降の本格的な事業化につなげたい考えだ。ウニの養殖やイチゴの温室栽培などは日ロの企業が現地調査を終えたものの、法的な枠組みが固まらず、事業開始のめどは立っていない。

日ロ外交筋は「ツアーの成否は、他の4分野を動かせるかどうかの試金石になる」と指摘する。

【関連記事】
・日ロ外相、共同経済活動「早期実現へ協議加速」
・北方領土の養殖事業、日ロの企業が現地調査

日経電子版のお申し込みはこちら
この記事をまとめて読む　北方領土
多様な観点からニュースを考える
※掲載される投稿は投稿者個人の見解であり、日本経済新聞社の見解ではありません。""",
expected=[
 dict(speaker="石垣雅敏", alt=["石垣", "Masatoshi Ishigaki"], treaty=True, snippet="四島返還への確かな一歩にしたい"),
 dict(speaker="Yoshihide Suga", treaty=True, snippet="観光資源の開拓という経済面の意義にとどまらず、平和条約締結に向けた両国の信頼醸成にもつながる重要な取り組みだ"),
 dict(speaker="Yoshihide Suga", treaty=None, optional=True, snippet="北方領土に関する我が国の法的立場を害さない形で実施している"),
 dict(speaker="Toshimitsu Motegi", treaty=True, snippet="共同経済活動は平和条約問題の解決に向けた取り組みの一環だ"),
 dict(speaker="Valery Limarenko", treaty=False, optional=True, snippet="日本からの観光客を心から歓迎する"),
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=None, optional=True, snippet="ロシアの法律の枠内で実施されていることを確認している"),
 dict(speaker="Naomichi Suzuki", treaty=False, snippet="元島民や返還運動関係者以外の一般の人が島を訪れる意義は大きい"),
 dict(speaker="Valery Limarenko", treaty=True, snippet="クリール諸島はロシアの領土であり、訪問者はロシアの法律に従って受け入れる"),
],
not_statements=[
 "島の自然の豊かさは想像以上だ。一般の人がもっと訪れられるようになってほしい",
 "共同経済活動は、2016年12月の安倍晋三首相とプーチン大統領の会談で協議入りが決まった。",
 "ロシア側が自国法の適用を求める一方、日本側は双方の法的立場を害さない「特別な制度」を主張し、制度設計の協議は難航している。",
 "日ロ外交筋は「ツアーの成否は、他の4分野を動かせるかどうかの試金石になる」と指摘する。",
 "日ロ外相、共同経済活動「早期実現へ協議加速」",
 "法的な枠組みが固まらず、事業開始のめどは立っていない。",
]),

# 11 Sankei, Russia's "victory over militarist Japan" day, 80th anniversary (Sept 2025): the Foreign Ministry's
#   statement, the Sakhalin governor on Kunashiri, Medvedev's post, Hayashi's protest and claim and the Nemuro
#   mayor in one paragraph, the governor; a senior official unnamed, Putin in Beijing, the paper's own history
#   paragraph and reading
dict(id="J5-11", outlet="Sankei", url="https://www.sankei.com/article/20250904-Q7MZK3XN2VPTDLR5WB6YHJCAEF/",
published="2025-09-04",
title="ロシア「対日戦勝80年」で北方領土に式典　林官房長官「極めて遺憾」",
text="""産経ニュース
ニュース　速報　政治　国際　経済　社会　オピニオン　スポーツ
ロシア「対日戦勝80年」で北方領土に式典　林官房長官「極めて遺憾」
2025/9/4 18:21
小野寺拓
政治
政策

ロシアは3日、第二次大戦で旧ソ連が日本に勝利したことを記念する「軍国主義日本に対する勝利と第二次大戦終結の日」を迎え、北方領土の国後島や択捉島でも、終戦80年を祝う式典や軍事パレードが行われた。択捉島では、地元の住民や軍関係者ら数百人が参加して献花式が開かれ、ロシア国防省は島に駐留する部隊の行進の映像を公開した。

ロシア外務省は3日、記念日に合わせて声明を発表し、「南クリル諸島を含むクリール諸島がわが国の領土となったことは、第二次大戦の結果として国際法上確定しており、見直しの対象にはならない」と主張した。声明は「日本の一部の政治勢力が、大戦の歴史を書き換えようとする試みを強めている」とも非難した。ロシアは近年、9月3日の記念日の位置付けを格上げしており、対日戦勝を前面に押し出す姿勢を強めている。

国後島の式典には、サハリン州のリマレンコ知事が出席し、「われわれの先人が血を流して取り戻した土地を、誰にも渡すことはない」と演説した。

ロシア安全保障会議のメドベージェフ副議長は通信アプリに、「日本はクリールの『返還』という幻想を捨てるべき時だ」と投稿した。

これに対し、林芳正官房長官は4日の記者会見で、「北方領土で戦勝を祝う行事が行われたことは、わが国の立場とは全く相いれないもので、極めて遺憾だ」と述べ、外交ルートを通じて抗議したことを明らかにした。その上で、「北方四島はわが国が主権を有する島々であり、ロシアの主張は歴史的にも法的にも根拠を欠く」と強調した。北海道根室市の石垣雅敏市長も同日、「ふるさとを奪われた元島民にとって、これほど酷な光景はない」とのコメントを出した。

北海道の鈴木直道知事は「北方領土の早期返還を願う道民の思いを踏みにじるもので、断じて容認できない」と述べた。道と根室管内の自治体は、近く政府に対し、ロシアへの毅然とした対応を求める要望書を提出する方針だ。

政府高官は「ロシアは対日戦勝を国民統合の道具にしている。交渉再開の兆しは全く見えない」と語った。

ロシアのプーチン大統領は3日、中国の習近平国家主席の招きで北京を訪れ、抗日戦争勝利80年を記念する軍事パレードを観覧した。

旧ソ連は1945年8月、日ソ中立条約を一方的に破棄して対日参戦し、日本のポツダム宣言受諾後に北方四島に侵攻。現在に至るまで不法占拠を続けている。ロシアは2022年3月、ウクライナ侵略に伴う日本の対露制裁に反発し、平和条約締結交渉の中断を一方的に表明した。

関連記事
〈独自〉北方墓参、今年も見送りへ　ロシア側回答なし
ザハロワ報道官「日本は歴史を歪曲」　終戦の日に

産経ニュースのプッシュ通知を受け取る""",
expected=[
 dict(speaker="Russian Foreign Ministry", treaty=True, snippet="南クリル諸島を含むクリール諸島がわが国の領土となったことは、第二次大戦の結果として国際法上確定しており"),
 dict(speaker="Russian Foreign Ministry", treaty=None, optional=True, snippet="日本の一部の政治勢力が、大戦の歴史を書き換えようとする試みを強めている"),
 dict(speaker="Valery Limarenko", treaty=True, snippet="われわれの先人が血を流して取り戻した土地を、誰にも渡すことはない"),
 dict(speaker="Dmitry Medvedev", treaty=True, snippet="日本はクリールの『返還』という幻想を捨てるべき時だ"),
 dict(speaker="Yoshimasa Hayashi", treaty=None, optional=True, snippet="北方領土で戦勝を祝う行事が行われたことは、わが国の立場とは全く相いれないもので、極めて遺憾だ"),
 dict(speaker="Yoshimasa Hayashi", treaty=True, snippet="北方四島はわが国が主権を有する島々であり、ロシアの主張は歴史的にも法的にも根拠を欠く"),
 dict(speaker="Naomichi Suzuki", treaty=True, optional=True, snippet="北方領土の早期返還を願う道民の思いを踏みにじるもので、断じて容認できない"),
 dict(speaker="石垣雅敏", alt=["石垣", "Masatoshi Ishigaki"], treaty=None, optional=True, snippet="ふるさとを奪われた元島民にとって、これほど酷な光景はない"),
],
not_statements=[
 "政府高官は「ロシアは対日戦勝を国民統合の道具にしている。交渉再開の兆しは全く見えない」と語った。",
 "ロシアのプーチン大統領は3日、中国の習近平国家主席の招きで北京を訪れ、抗日戦争勝利80年を記念する軍事パレードを観覧した。",
 "旧ソ連は1945年8月、日ソ中立条約を一方的に破棄して対日参戦し、日本のポツダム宣言受諾後に北方四島に侵攻。現在に至るまで不法占拠を続けている。",
 "ロシアは2022年3月、ウクライナ侵略に伴う日本の対露制裁に反発し、平和条約締結交渉の中断を一方的に表明した。",
 "ザハロワ報道官「日本は歴史を歪曲」　終戦の日に",
 "ロシアは近年、9月3日の記念日の位置付けを格上げしており、対日戦勝を前面に押し出す姿勢を強めている。",
]),

# 12 Yahoo!ニュース copy of Jiji, Takaichi in the budget committee (Nov 2025): a statement only in the headline (the
#   body is cut before it), the claim and the treaty line, the 1956 declaration, Ukraine, sanctions, North Korea,
#   Motegi on grave visits and third-country firms, the Japan-China peace and friendship treaty (another pair), the
#   policy speech recalled; the lawmaker's request, a worry inside the government, Trump's mediation, link lines,
#   the fisheries background; CUT OFF mid-quote
dict(id="J5-12", outlet="Yahoo! News (Jiji)", url="https://news.yahoo.co.jp/articles/3f9c1e2a7b4d8e60a51c2f7d9b0e4a6c81d3f2b5",
published="2025-11-10",
title="高市首相「交渉再開はロシアの対応次第」　北方領土、主権を強調―衆院予算委",
text="""Yahoo!ニュース
トップ　速報　ライブ　エキスパート　オリジナル　みんなの意見　ランキング
主要　国内　国際　経済　エンタメ　スポーツ　IT　科学　ライフ　地域
ニュース ＞ 国内 ＞ 政治
高市首相「交渉再開はロシアの対応次第」　北方領土、主権を強調―衆院予算委
11/10(月) 17:48配信
コメント214件
時事通信
この記事についてリポートする

衆院予算委員会で答弁する高市早苗首相＝10日午後、国会内

高市早苗首相は10日の衆院予算委員会で、北方領土について「わが国が主権を有する島々だ。この立場は今後もいささかも揺るがない」と明言した。ロシアとの平和条約締結交渉については「締結を目指す方針に変わりはないが、現下の日ロ関係を踏まえれば、交渉の在り方を具体的に論じる段階にはない」と述べた。国民民主党議員の質問に答えた。

首相は、歯舞群島と色丹島の引き渡しを明記した1956年の日ソ共同宣言の扱いについても問われ、「共同宣言を含め、これまで両国間で作成された諸文書や諸合意を踏まえて対処するという考えに変わりはない」と答えた。安倍政権下の2018年の首脳合意を引き継ぐかどうかについては明言を避けた。

首相は、ロシアによるウクライナ侵略について「国際秩序の根幹を揺るがす暴挙だ」と改めて非難。制裁を含む対ロ措置について「G7と足並みをそろえ、緩めることなく続ける」と強調した。ロシアと北朝鮮の軍事協力については、「わが国の安全保障にとっても深刻な懸念であり、ロシア側に強く申し入れている」と語った。

この日の予算委では、物価高対策を盛り込んだ経済対策や、ガソリン税の暫定税率廃止に伴う財源の確保策も取り上げられた。首相は「責任ある積極財政の考え方の下、必要な対策を速やかに講じる」と述べ、年内の補正予算案の成立に理解を求めた。

茂木敏充外相は、元島民による北方墓参について「ご高齢の元島民の切実な願いであり、人道的観点から、再開を最優先課題の一つとしてロシア側に強く求めていく」と答弁した。ロシアが北方四島で第三国の企業を誘致し、観光開発などを進めていることについては、「四島を巡るわが国の法的立場を損なうもので、看過できない。外交ルートを通じて抗議を重ねている」と述べた。

質問した議員は、元島民の平均年齢が89歳近くに達していることを挙げ、墓参の再開に首相自らが乗り出すよう求めた。首相は「元島民の皆様の切なる思いを胸に、一日も早い墓参の再開に向けて、政府を挙げて全力を尽くす」と応じた。

首相は中国との関係にも触れ、「日中平和友好条約をはじめとする四つの基本文書の原則を踏まえ、戦略的互恵関係を包括的に推進していく」と語った。

首相は10月の所信表明演説でも、ロシアとの関係について「厳しい状況にある」と述べた上で、平和条約締結を目指す方針を堅持すると表明していた。

ロシアは2022年3月、日本の対ロ制裁に反発し、平和条約締結交渉の中断を一方的に表明。北方領土へのビザなし交流や自由訪問の合意も破棄した。政府内には「トランプ米政権の対ロ接近で、日本だけが取り残されかねない」と懸念する声もある。トランプ大統領はロシアとウクライナの和平合意の仲介を続けており、米ロ間では経済協力の再開も取り沙汰されている。

【図解】北方領土をめぐる主な動き
【ニュース解説】高市外交、対ロは「様子見」　米ロ接近で揺らぐ足場

北方四島周辺の水域での日本漁船の操業を巡っては、ロシア側が2022年に「安全操業」協定の履行停止を表明して以降、操業条件を巡る交渉が難航する年が続いている。地元の漁業者からは、出漁の見通しが立たないことへの不安の声が根強い。

首相はまた、日ロ間のサケ・マス漁などの漁業協定について、「わが国漁業者が安全に操業できる環境を確保するため、ロシア側と粘り強く""",
expected=[
 dict(speaker="Sanae Takaichi", treaty=True, snippet="交渉再開はロシアの対応次第"),
 dict(speaker="Sanae Takaichi", treaty=True, snippet="わが国が主権を有する島々だ。この立場は今後もいささかも揺るがない"),
 dict(speaker="Sanae Takaichi", treaty=True, snippet="締結を目指す方針に変わりはないが、現下の日ロ関係を踏まえれば、交渉の在り方を具体的に論じる段階にはない"),
 dict(speaker="Sanae Takaichi", treaty=True, snippet="共同宣言を含め、これまで両国間で作成された諸文書や諸合意を踏まえて対処するという考えに変わりはない"),
 dict(speaker="Sanae Takaichi", treaty=False, optional=True, snippet="国際秩序の根幹を揺るがす暴挙だ"),
 dict(speaker="Sanae Takaichi", treaty=False, snippet="G7と足並みをそろえ、緩めることなく続ける"),
 dict(speaker="Sanae Takaichi", treaty=False, snippet="わが国の安全保障にとっても深刻な懸念であり、ロシア側に強く申し入れている"),
 dict(speaker="Toshimitsu Motegi", treaty=False, snippet="ご高齢の元島民の切実な願いであり、人道的観点から、再開を最優先課題の一つとしてロシア側に強く求めていく"),
 dict(speaker="Sanae Takaichi", treaty=False, snippet="元島民の皆様の切なる思いを胸に、一日も早い墓参の再開に向けて、政府を挙げて全力を尽くす"),
 dict(speaker="Toshimitsu Motegi", treaty=None, optional=True, snippet="四島を巡るわが国の法的立場を損なうもので、看過できない"),
 dict(speaker="Sanae Takaichi", treaty=False, optional=True, snippet="日中平和友好条約をはじめとする四つの基本文書の原則を踏まえ、戦略的互恵関係を包括的に推進していく"),
 dict(speaker="Sanae Takaichi", treaty=True, optional=True, snippet="平和条約締結を目指す方針を堅持すると表明していた"),
 dict(speaker="Sanae Takaichi", treaty=False, optional=True, snippet="わが国漁業者が安全に操業できる環境を確保するため、ロシア側と粘り強く"),
],
not_statements=[
 "国民民主党議員の質問に答えた。",
 "トランプ米政権の対ロ接近で、日本だけが取り残されかねない",
 "北方領土へのビザなし交流や自由訪問の合意も破棄した。",
 "【図解】北方領土をめぐる主な動き",
 "【ニュース解説】高市外交、対ロは「様子見」　米ロ接近で揺らぐ足場",
 "墓参の再開に首相自らが乗り出すよう求めた。",
 "コメント214件",
 "ロシア側が2022年に「安全操業」協定の履行停止を表明して以降、操業条件を巡る交渉が難航する年が続いている。",
 "地元の漁業者からは、出漁の見通しが立たないことへの不安の声が根強い。",
 "安倍政権下の2018年の首脳合意を引き継ぐかどうかについては明言を避けた。",
 "トランプ大統領はロシアとウクライナの和平合意の仲介を続けており、米ロ間では経済協力の再開も取り沙汰されている。",
]),

# 13 machine-translated aggregator (from TASS), Zakharova on Japan's protest over Vostok-2022 (Sept 2022): the
#   lead's reported claim, 「と外交官は強調した」, the chief cabinet secretary by title only, 「ザハロワ氏によれば」
#   and 「と彼女は付け加えた」, Sakhalin-2, the visa-free exchanges, Peskov on sanctions; the agency's background
#   block, the military district's plan and drill figures; CUT OFF mid-quote
dict(id="J5-13", outlet="aggregator (machine translation)", url="https://novosti-rus.jp/politics/20220902/zakharova-kuril-drills.html",
published="2022-09-02",
title="ザハロワ：クリールでの演習への東京の抗議は受け入れられない、島々はロシアの不可分の一部",
text="""ニュース・ルーシ 日本語版
メイン　政治　社会　経済　軍事　極東　スポーツ　動画　特集：特別軍事作戦
Telegramで購読する　|　VK　|　RSS
2022年9月2日 03:15　読了時間：2分　閲覧数：3,418
ザハロワ：クリールでの演習への東京の抗議は受け入れられない、島々はロシアの不可分の一部
マリア・ザハロワ。アーカイブ写真

モスクワ、9月1日。/タス/。ロシア連邦は、南クリル諸島を含む自国の領土において、必要と考えるあらゆる演習を実施する権利を有していると、ロシア外務省のマリア・ザハロワ公式代表は木曜日の定例ブリーフィングで述べた。

「我々は、いわゆる『北方領土』での演習に関する東京の声明を受け入れることはできないし、受け入れるつもりもない。南クリル諸島はロシア連邦の不可分の一部であり、そこで演習を行うことは我が国の主権的権利だ」と外交官は強調した。

日本の内閣官房長官は以前、ロシア極東を中心に行われている戦略指揮参謀部演習「ボストーク2022」の一部がいわゆる「北方領土」で実施されることについて、「北方四島での軍の配備の強化につながるもので、我が国として到底受け入れることはできない」と述べ、外交ルートを通じて抗議していた。

演習は9月1日から7日まで、極東の複数の演習場と日本海、オホーツク海の海域で行われる。5万人以上の将兵と、140機の航空機、60隻の艦艇が参加する予定だ。中国、インドなどの部隊も加わっている。東部軍管区の報道部によると、イトゥルップ島とクナシル島では、沿岸防衛部隊による上陸阻止訓練や砲兵部隊の射撃訓練が予定されている。

ザハロワ氏によれば、東京は自ら平和条約に関する対話の枠組みを破壊したのであり、今になって「ロシアの行動」を非難する資格はない。「日本が平和条約の協議から手を引いたのは、キエフ政権を支援し、対ロ制裁に加わった自らの選択の結果だ。島々の地位に関する議論は、そもそも議題に上っていない」と彼女は付け加えた。

ザハロワ氏はまた、日本の企業がサハリン2プロジェクトの新たな運営会社に参加するかどうかについて問われ、「それは東京自身が決めることであり、我々は一方的な制裁の下で状況を見守る」と答えた。ロシア政府は6月末、サハリン2の権益を新たに設立するロシア企業に移管する大統領令を出し、日本の三井物産と三菱商事は8月、新会社への参画を決めている。

記者からは、日本人の元島民らが旅券や査証なしで南クリル諸島を訪れる、いわゆる「ビザなし交流」の今後についても質問があった。ザハロワ氏は「東京の非友好的な行動を考慮し、この枠組みの意義そのものを検討している。近く決定が下されるだろう」と述べ、交流の枠組みから離脱する可能性を示唆した。

これに先立ち、ペスコフ大統領報道官は、日本による一連の対ロ制裁について「両国関係を袋小路に追い込むものだ」と述べていた。

ロシアと日本の間では、第二次世界大戦の終結以来、平和条約が締結されていない。日本は、イトゥルップ、クナシル、シコタンの各島とハボマイ諸島の領有権を主張している。1956年の共同宣言には、平和条約締結後にハボマイとシコタンを日本に引き渡す可能性が記されている。今年2月の特別軍事作戦の開始後、日本は米国や欧州連合に同調して対ロ制裁を導入し、4月にはロシアの外交官8人を国外に退去させた。ロシアも対抗措置として日本の外交官8人を追放している。

ザハロワ氏はさらに、9月3日の「第二次世界大戦終結の日」に言及し、「ソ連軍が軍国主義日本に対して勝利を収めたことは、その後の国際秩序の土台となった。この歴史的事実を、""",
expected=[
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="南クリル諸島を含む自国の領土において、必要と考えるあらゆる演習を実施する権利を有している"),
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="南クリル諸島はロシア連邦の不可分の一部であり、そこで演習を行うことは我が国の主権的権利だ"),
 dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=None, optional=True, snippet="北方四島での軍の配備の強化につながるもので、我が国として到底受け入れることはできない"),
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="東京は自ら平和条約に関する対話の枠組みを破壊したのであり"),
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="日本が平和条約の協議から手を引いたのは、キエフ政権を支援し、対ロ制裁に加わった自らの選択の結果だ"),
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="島々の地位に関する議論は、そもそも議題に上っていない"),
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False, optional=True, snippet="それは東京自身が決めることであり、我々は一方的な制裁の下で状況を見守る"),
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False, snippet="東京の非友好的な行動を考慮し、この枠組みの意義そのものを検討している"),
 dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=False, optional=True, snippet="両国関係を袋小路に追い込むものだ"),
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=None, optional=True, snippet="ソ連軍が軍国主義日本に対して勝利を収めたことは、その後の国際秩序の土台となった"),
],
not_statements=[
 "演習は9月1日から7日まで、極東の複数の演習場と日本海、オホーツク海の海域で行われる。",
 "ロシアと日本の間では、第二次世界大戦の終結以来、平和条約が締結されていない。",
 "日本は、イトゥルップ、クナシル、シコタンの各島とハボマイ諸島の領有権を主張している。",
 "1956年の共同宣言には、平和条約締結後にハボマイとシコタンを日本に引き渡す可能性が記されている。",
 "マリア・ザハロワ。アーカイブ写真",
 "4月にはロシアの外交官8人を国外に退去させた。",
 "イトゥルップ島とクナシル島では、沿岸防衛部隊による上陸阻止訓練や砲兵部隊の射撃訓練が予定されている。",
]),

# 14 Asahi, Abe's resignation press conference and Russia (Aug 2020): a statement over two paragraphs, a joint
#   pledge recalled by Abe, Abe on relations, Peskov's praise and readiness, Zakharova on relations, the Nemuro
#   mayor and a former islander; the paper's own tally and reading, an aide unnamed, the LDP race as an event
dict(id="J5-14", outlet="Asahi", url="https://www.asahi.com/articles/ASN8X6VQ1N8XUHBI01Z.html",
published="2020-08-29",
title="安倍首相、対ロ交渉「道半ば」悔やむ　露側「対話継続の用意」",
text="""朝日新聞デジタル
速報・新着　政治　経済　社会　国際　スポーツ　カルチャー
安倍首相、対ロ交渉「道半ば」悔やむ　露側「対話継続の用意」
モスクワ＝石井健太、根室＝大橋佳織
2020年8月29日 10時00分
写真・図版
辞任を表明する記者会見で、質問に答える安倍晋三首相＝2020年8月28日午後5時22分、首相官邸、代表撮影

持病の潰瘍性大腸炎の再発を理由に辞任を表明した安倍晋三首相は28日の記者会見で、在任中に実現できなかった課題の一つとして、ロシアとの平和条約締結を挙げた。

首相は「北方領土問題を解決して平和条約を結ぶことは、戦後日本外交の大きな宿題だった。この手で決着をつけたかった」と語った。

さらに、プーチン大統領とは首脳会談を重ね、「私たちの世代で、この問題に終止符を打とう」と互いに誓い合ったと振り返り、「その約束を果たせないまま職を去ることは、本当に残念でならない」と述べた。一方で、日ロ関係全般については「首脳同士が率直に話し合える関係を築き、経済や人的交流の面では協力を大きく広げることができた」と成果を強調した。

安倍氏はプーチン氏と通算27回の首脳会談を重ねた。2018年11月には1956年の日ソ共同宣言を基礎に交渉を加速させることで合意し、事実上、歯舞群島と色丹島の2島返還を軸とする路線にかじを切った。だが、引き渡し後の島の主権や、日米安保条約の適用を巡る溝は埋まらず、交渉は行き詰まっていた。

安倍氏は2016年12月、地元の山口県長門市にプーチン氏を招き、北方四島での共同経済活動の協議入りで合意した。昨秋には四島への観光ツアーも試行されたが、新型コロナウイルスの感染拡大で今年の事業はすべて中止となり、元島民の墓参も実現していない。

ロシア大統領府のペスコフ報道官は28日、記者団に「プーチン大統領と安倍首相は、平和条約を巡る対話も含めて、非常に建設的で信頼に基づく関係を築いてきた」と述べた。その上で、「次の首相が誰になっても、平和条約に関する対話を続けていく用意がある」と強調した。

ロシア外務省のザハロワ情報局長も、首相の辞任表明を受けて「日ロ関係の方向性が変わるとは考えていない」と述べた。

北方領土の元島民が多く暮らす北海道根室市では、落胆の声が広がった。石垣雅敏市長は「首脳同士の信頼関係をてこに交渉が進むことを期待していた。後継の首相にも、返還交渉の火を絶やさないでほしい」と語った。色丹島出身の小田切ミヨさん（86）は「首相には何度も期待を裏切られたが、それでも島に一番近づいた首相だった。後継の人にも、島を返してもらう話し合いをやめないでほしい」と話した。

首相周辺は「首相は最後まで、対ロ外交にこだわりを持っていた」と明かす。政権内では、後継首相の下でも対ロ交渉の枠組みを引き継ぐべきだとの声が強い。

次期首相を選ぶ自民党総裁選は、9月中旬にも行われる見通しだ。

関連ニュース
安倍首相が辞任を表明　連続在任は歴代最長
菅官房長官、総裁選出馬へ調整　二階派が支持の方向

この記事を書いた人
石井健太
モスクワ支局長""",
expected=[
 dict(speaker="Shinzo Abe", treaty=True, snippet="北方領土問題を解決して平和条約を結ぶことは、戦後日本外交の大きな宿題だった。この手で決着をつけたかった"),
 dict(speaker="Shinzo Abe", alt=["Vladimir Putin"], treaty=True, snippet="私たちの世代で、この問題に終止符を打とう"),
 dict(speaker="Shinzo Abe", treaty=True, snippet="その約束を果たせないまま職を去ることは、本当に残念でならない"),
 dict(speaker="Shinzo Abe", treaty=False, optional=True, snippet="首脳同士が率直に話し合える関係を築き、経済や人的交流の面では協力を大きく広げることができた"),
 dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="平和条約を巡る対話も含めて、非常に建設的で信頼に基づく関係を築いてきた"),
 dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="次の首相が誰になっても、平和条約に関する対話を続けていく用意がある"),
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=None, optional=True, snippet="日ロ関係の方向性が変わるとは考えていない"),
 dict(speaker="石垣雅敏", alt=["石垣", "Masatoshi Ishigaki"], treaty=True, snippet="後継の首相にも、返還交渉の火を絶やさないでほしい"),
 dict(speaker="小田切ミヨ", alt=["小田切"], treaty=True, optional=True, snippet="後継の人にも、島を返してもらう話し合いをやめないでほしい"),
],
not_statements=[
 "安倍氏はプーチン氏と通算27回の首脳会談を重ねた。",
 "事実上、歯舞群島と色丹島の2島返還を軸とする路線にかじを切った",
 "首相周辺は「首相は最後まで、対ロ外交にこだわりを持っていた」と明かす。",
 "政権内では、後継首相の下でも対ロ交渉の枠組みを引き継ぐべきだとの声が強い。",
 "次期首相を選ぶ自民党総裁選は、9月中旬にも行われる見通しだ。",
 "新型コロナウイルスの感染拡大で今年の事業はすべて中止となり、元島民の墓参も実現していない。",
]),

# 15 47NEWS (Kyodo), Zakharova's reply to Takaichi's answer (Nov 2025): the claim, the condition on sanctions,
#   countermeasures, Japan's "militarisation", grave visits in a brief answer, Russia-Ukraine peace (another pair),
#   the Japanese Foreign Ministry's démarche, Takaichi recalled; an official unnamed, the wire's reading and
#   background, a photo credit, related headlines, tags
dict(id="J5-15", outlet="47NEWS (Kyodo)", url="https://www.47news.jp/13401234.html",
published="2025-11-13",
title="ロシア報道官、高市首相答弁に反論　「主権は確定、議論の余地なし」",
text="""47NEWS
トップ　ニュース　共同通信ニュース　国際　地域　スポーツ　エンタメ
ロシア報道官、高市首相答弁に反論　「主権は確定、議論の余地なし」
2025年11月13日 23時40分　共同通信

【モスクワ、東京共同】ロシア外務省のザハロワ情報局長は13日の定例記者会見で、高市早苗首相が国会で北方領土を「わが国が主権を有する島々」と答弁したことについて、「クリール諸島に対するロシアの主権は、第2次大戦の結果として確定しており、議論の余地はない」と反論した。

ザハロワ氏は「日本政府が本当に平和条約を望むというのなら、まず反ロシア的な制裁を撤回し、敵対的な政策を改めるべきだ」とも主張した。日本政府が先週発表した対ロ制裁の対象拡大については、「ロシアは必ず相応の対抗措置を取る」と警告した。

高市政権が進める防衛力強化についても言及し、「日本の軍事化は、地域の安全保障に新たな脅威をもたらしている」と批判した。

記者から、日本の元島民による北方墓参の再開の可能性を問われると、ザハロワ氏は「現時点で、そのような問題は議題に上っていない」と素っ気なく答えた。

ザハロワ氏はまた、ウクライナ和平を巡る米国とロシアの協議に関連し、「ロシアとウクライナの間の和平合意は、紛争の根本原因を取り除くものでなければならない」と述べた。

ロシア側には、発足から間もない高市政権の対ロ姿勢を見極めようとする思惑もあるとみられる。

一方、日本外務省は13日夜、ザハロワ氏の発言を受け、外交ルートを通じてロシア側に「北方四島は日本固有の領土であり、ロシア側の主張は受け入れられない」と申し入れた。外務省幹部は「想定の範囲内の反応だ。ロシア側の主張に付き合う必要はない」と冷ややかに受け止めている。

高市首相は10日の衆院予算委員会で、北方領土について「わが国が主権を有する島々だ」と明言していた。木原稔官房長官は14日の記者会見で、ザハロワ氏の発言への対応を問われる見通しだ。

日ロ両国は北方領土問題を抱え、第2次大戦後80年を経た今も平和条約を締結していない。ロシアは2022年3月、ウクライナ侵攻を受けた日本の対ロ制裁に反発し、平和条約締結交渉の中断を表明した。ロシアは今年に入り、四島での第三国企業の誘致や観光開発を加速させており、日本政府は抗議を重ねている。

（写真）記者会見するロシア外務省のザハロワ情報局長＝13日、モスクワ（ロシア外務省提供・共同）

関連記事
高市首相、北方領土「主権有する島々」　衆院予算委で明言
元島民の北方墓参、今年も実現せず　平均年齢89歳に
日ロ漁業交渉が妥結　来年の操業条件で合意
ロシア、北方四島で中国企業と観光開発　日本政府が抗議

シェア
ポスト
LINE
#ロシア　#北方領土　#高市早苗
アクセスランキング
あなたへのおすすめ
共同通信ニュース一覧へ""",
expected=[
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="クリール諸島に対するロシアの主権は、第2次大戦の結果として確定しており、議論の余地はない"),
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="日本政府が本当に平和条約を望むというのなら、まず反ロシア的な制裁を撤回し"),
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False, snippet="ロシアは必ず相応の対抗措置を取る"),
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False, snippet="日本の軍事化は、地域の安全保障に新たな脅威をもたらしている"),
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False, snippet="現時点で、そのような問題は議題に上っていない"),
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False, optional=True, snippet="ロシアとウクライナの間の和平合意は、紛争の根本原因を取り除くものでなければならない"),
 dict(speaker="Japanese Foreign Ministry", alt=["Japanese government"], treaty=True, snippet="北方四島は日本固有の領土であり、ロシア側の主張は受け入れられない"),
 dict(speaker="Sanae Takaichi", treaty=True, optional=True, snippet="北方領土について「わが国が主権を有する島々だ」と明言していた"),
],
not_statements=[
 "日ロ両国は北方領土問題を抱え、第2次大戦後80年を経た今も平和条約を締結していない。",
 "ロシアは2022年3月、ウクライナ侵攻を受けた日本の対ロ制裁に反発し、平和条約締結交渉の中断を表明した。",
 "高市首相、北方領土「主権有する島々」　衆院予算委で明言",
 "元島民の北方墓参、今年も実現せず　平均年齢89歳に",
 "ロシアは今年に入り、四島での第三国企業の誘致や観光開発を加速させており、日本政府は抗議を重ねている。",
 "#ロシア　#北方領土　#高市早苗",
 "ロシア側には、発足から間もない高市政権の対ロ姿勢を見極めようとする思惑もあるとみられる。",
 "木原稔官房長官は14日の記者会見で、ザハロワ氏の発言への対応を問われる見通しだ。",
 "想定の範囲内の反応だ。ロシア側の主張に付き合う必要はない",
]),
]
