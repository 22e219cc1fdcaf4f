# -*- coding: utf-8 -*-
"""20 more synthetic Japanese texts (round 8, written for this test) with expected statements.

Round 8: SPEECHES AND LONG SESSIONS, AND THE NEWEST PERIOD (2024-2026).
- Ten long records, or reports of long events, in which the treaty passage is one topic among many (J8-01 … J8-10):
  the 2017 Eastern Economic Forum plenary with four leaders and a moderator (Sankei 詳報, J8-01); Putin's 2025
  year-end "results of the year" session (NHK, J8-02); Lavrov's January 2026 annual press conference as an abridged
  Japanese translation (Sputnik 日本, J8-03); Iwaya's press availability in Kuala Lumpur (mofa.go.jp, J8-04); the
  Abe-Putin joint press statements in Moscow, May 2018, with the interpreter's rendering (Mainichi 要旨, J8-05);
  Kishida's 2023 施政方針演説 as kantei.go.jp prints it (J8-06); the first Takaichi party leaders' debate, Nov 2025
  (Diet record, J8-07); Lavrov at the UN General Assembly and his press conference, Sept 2024 (47NEWS, J8-08);
  Putin at the 2024 Valdai club session with its moderator (Hokkaido Shimbun, J8-09); the Russian ambassador's
  Russia Day reception speech in Tokyo, 2025 (Asahi, J8-10).
- Ten news reports from 2024-2026 (J8-11 … J8-20): Iwaya's first press conference as foreign minister (Jiji, Oct
  2024); Ishiba's second policy speech reported in prose (Nikkei, Nov 2024); Shoigu as Security Council secretary in
  Yuzhno-Sakhalinsk (Yomiuri, July 2025); Medvedev's Telegram post after an anonymous official's nuclear remark
  (Sankei, Dec 2025); the 60th year of the grave visits in Nemuro with the prime minister's and the foreign
  minister's messages read out (Hokkaido Shimbun, 28 Sept 2024 -- the day after Ishiba won the LDP race, so 「首相」 is
  still Kishida); Peskov and Zakharova after Ishiba's resignation (47NEWS, Sept 2025); Japan's ambassador in Moscow
  and Rudenko (NHK, Dec 2024); Takaichi's reported oral message through Suzuki Muneo, Suzuki's blog, Kihara, Peskov
  (Jiji, Jan 2026); the Russian presidential vote on the islands (Mainichi, March 2024); Motegi and Kihara answering
  Lavrov (Asahi, Jan 2026).

Speakers named only by title whose holder changed in the period: 官房長官 (Matsuno until Dec 2023, then Hayashi
until 21 Oct 2025, then Kihara), 首相 (Kishida until 1 Oct 2024, Ishiba until 21 Oct 2025, then Takaichi),
外相 (Kamikawa, Iwaya from 1 Oct 2024, Motegi from 21 Oct 2025), 安保会議書記 (Shoigu since May 2024),
駐ロシア大使 (Akira Muto since Dec 2023). Traps: questions and moderators retelling a statement, the interpreter's
notes, a speech's background narration beside its treaty sentence, the 1956 Declaration as a document, events and
agreed schedules, polls, anonymous officials (外務省幹部, 日本政府関係者, 日ロ関係筋, 官邸幹部), an anonymous and a
named expert, related-article headlines, page furniture.

expected: list of dicts
  speaker  canonical English name (alt: other names acceptable, e.g. the ministry for its official)
  treaty   True / False / None (None = either flag acceptable, genuinely ambiguous)
  snippet  exact substring of text that the statement's span should overlap
  optional True when absence is acceptable (non-treaty remarks off the Russia-Japan subject, ambiguous ones)
not_statements: snippets that must NOT produce a peace-treaty statement (background, anonymous, documents, events,
  the writer's analysis, reporters' and moderators' questions, polls, procedural lines of a record, site junk)
"""

# As in rounds 2-7: a protest over a visit, a drill, a vote or a build-up on the islands with no outright claim is
# optional (treaty=None); a named expert's analysis is optional; a former islander's words are optional; an official's
# words on a subject that has nothing to do with Russia and Japan (Ukraine's battlefield, North Korea, US tariffs,
# domestic politics) are optional treaty=False; an anonymous source, the writer's background, a reporter's or a
# moderator's question, a poll, a document and an agreed schedule are not_statements. Words quoted inside a question
# and attributed there to a named official are kept as an optional statement of that official. In a speech, every
# sentence is the speaker's, but only the treaty sentence is a treaty statement: narration of events in a speech is
# listed as a not_statement. A message read out on someone's behalf is the statement of its author; an official's
# social-media post or blog entry is his statement. A remark recalled with its occasion and speaker ("said in the
# leadership debate") is a statement of that speaker.
ARTICLES = [
# 1 Sankei 詳報, the Eastern Economic Forum plenary in Vladivostok (Sept 2017): Abe's speech (the islands as a
#   symbol of cooperation, the "abnormal state", the 8-point plan, North Korea), Moon's "nine bridges", Battulga's
#   transit, the moderator's questions retelling Abe, Putin's answers (trust first, no deadline, investment, North
#   Korea); the paper's background (the December 2016 position, the 1956 Declaration), an unnamed official
dict(id="J8-01", outlet="Sankei", url="https://www.sankei.com/politics/news/170907/plt1709070045-n1.html",
published="2017-09-07",
title="【東方経済フォーラム詳報】安倍首相「四島を協力の象徴に」　プーチン氏「まず信頼の雰囲気を」",
text="""【東方経済フォーラム詳報】安倍首相「四島を協力の象徴に」　プーチン氏「まず信頼の雰囲気を」
2017.9.7 22:41　|　政治　|　政策

　【ウラジオストク＝黒川信雄】ロシア極東ウラジオストクで7日開かれた東方経済フォーラムの全体会合には、安倍晋三首相とプーチン大統領のほか、韓国の文在寅（ムン・ジェイン）大統領、モンゴルのバトトルガ大統領が登壇した。司会は香港の実業家ロニー・チャン氏が務めた。北朝鮮の核・ミサイル問題が議論の多くを占める中、首相とプーチン氏は北方四島での共同経済活動にも言及した。主なやりとりは次の通り。（首相以外の発言は同時通訳による）

【安倍首相の演説（抜粋）】
　「ウラジーミル、昨年この場で、私たちは極東を日露の『協力のフロンティア』にしようと約束しました。8項目の協力プランのもとで、既に100件を超えるプロジェクトが動き出しています。ウラジオストクと日本各地を結ぶ空の便も増えました」
　「きのうの首脳会談で、私たちは北方四島での共同経済活動について、海産物の養殖や温室野菜の栽培、観光ツアーなど5件の候補を特定しました。四島を、日露が互いに利益を得る協力の象徴の島へと変えていく。その先に、平和条約がいまだ結ばれていないという異常な状態に終止符を打つ道が開けると確信しています」
　「北朝鮮の度重なる挑発は、地域全体への深刻な脅威です。今こそ国際社会が連携し、北朝鮮に最大限の圧力をかけるべき時です」

【文在寅大統領の演説（抜粋）】
　「韓国とロシアの間に『九つの橋』を架けたい。ガス、鉄道、港湾、電力、北極航路、造船、雇用、農業、水産の各分野で協力を同時に進めます」

【バトトルガ大統領の演説（抜粋）】
　「内陸国のモンゴルにとって、極東の港へのアクセスは長年の夢だ。ロシア領を通る貨物輸送の割引が実現しつつあることに感謝したい」

【討論】
チャン氏　安倍首相は先ほど「四島を協力の象徴に」と語りました。プーチン大統領、島での共同作業は本当に平和条約につながるのでしょうか。
プーチン氏　日本の友人たちとの協議が、ここへきて建設的になってきたことは喜ばしい。島々での共同の経済活動は、それ自体が目的ではない。まず信頼の雰囲気をつくり、その上で平和条約の問題を解決するための条件を整える、という考え方だ。これは1年や2年で片づく話ではなく、忍耐のいる作業になる。
チャン氏　期限を設けるつもりはないと？
プーチン氏　期限を区切ることは、かえって有害だと思う。ただ、私も安倍首相も、前に進みたいという気持ちは同じだ。
　それから、日本の企業には極東への投資をもっと増やしてほしい。ロシアは、日本のパートナーのために最も有利な条件を用意する用意がある。
チャン氏　北朝鮮について、文大統領は対話を、安倍首相は圧力を訴えました。
プーチン氏　北朝鮮を追い詰めるだけでは解決にならない。感情に任せて相手を袋小路に追い込むべきではない。
文氏　今は制裁と圧力を強める時だが、最終的には対話による平和的な解決を目指す。

　日露両政府は昨年12月の首脳会談で、共同経済活動を「平和条約締結に向けた重要な一歩」と位置づけた。1956年の日ソ共同宣言は、平和条約締結後に歯舞群島と色丹島を日本に引き渡すと定めている。
　日本政府関係者は「プーチン氏の口から『平和条約』という言葉が出たことに意味がある」と話した。

【関連記事】
・日露首脳会談、共同経済活動で5件の候補を特定
・北方領土への元島民の航空機墓参、今月にも初実施へ""",
expected=[
 dict(speaker="Shinzo Abe", alt=["Japanese government"], treaty=False, snippet="8項目の協力プランのもとで、既に100件を超えるプロジェクトが動き出しています"),
 dict(speaker="Shinzo Abe", alt=["Japanese government"], treaty=True, snippet="四島を、日露が互いに利益を得る協力の象徴の島へと変えていく"),
 dict(speaker="Shinzo Abe", alt=["Japanese government"], treaty=True, snippet="平和条約がいまだ結ばれていないという異常な状態に終止符を打つ道が開けると確信しています"),
 dict(speaker="Shinzo Abe", alt=["Japanese government"], treaty=False, optional=True, snippet="今こそ国際社会が連携し、北朝鮮に最大限の圧力をかけるべき時です"),
 dict(speaker="Moon Jae-in", treaty=False, optional=True, snippet="韓国とロシアの間に『九つの橋』を架けたい"),
 dict(speaker="Khaltmaagiin Battulga", treaty=False, optional=True, snippet="ロシア領を通る貨物輸送の割引が実現しつつあることに感謝したい"),
 dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=True, snippet="島々での共同の経済活動は、それ自体が目的ではない"),
 dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=True, snippet="その上で平和条約の問題を解決するための条件を整える、という考え方だ"),
 dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=True, snippet="期限を区切ることは、かえって有害だと思う"),
 dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=False, snippet="日本の企業には極東への投資をもっと増やしてほしい"),
 dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=False, optional=True, snippet="北朝鮮を追い詰めるだけでは解決にならない"),
 dict(speaker="Moon Jae-in", treaty=False, optional=True, snippet="今は制裁と圧力を強める時だが、最終的には対話による平和的な解決を目指す"),
],
not_statements=[
 "プーチン大統領、島での共同作業は本当に平和条約につながるのでしょうか。",
 "期限を設けるつもりはないと？",
 "1956年の日ソ共同宣言は、平和条約締結後に歯舞群島と色丹島を日本に引き渡すと定めている。",
 "日本政府関係者は「プーチン氏の口から『平和条約』という言葉が出たことに意味がある」と話した。",
 "日露両政府は昨年12月の首脳会談で、共同経済活動を「平和条約締結に向けた重要な一歩」と位置づけた。",
 "（首相以外の発言は同時通訳による）",
]),

# 2 NHK, Putin's year-end "results of the year" session (Dec 2025): four and a half hours, Ukraine and the economy
#   first; a Japanese reporter's question retelling Takaichi's Diet answer; Putin on the talks, on sovereignty, on
#   Japanese firms; the moderators; background, an unnamed official, a poll
dict(id="J8-02", outlet="NHK", url="https://www3.nhk.or.jp/news/html/20251219/k10014987651000.html",
published="2025-12-19",
title="プーチン大統領 年末恒例の会見 日本との平和条約 “対話閉ざしたのは日本”",
text="""プーチン大統領 年末恒例の会見 日本との平和条約 “対話閉ざしたのは日本”
2025年12月19日 23時05分 　ロシア

ロシアのプーチン大統領は19日、国民からの質問に答える番組と大規模な記者会見を一体にした年末恒例の行事に臨みました。4時間半近くに及んだ質疑の大半はウクライナ情勢や国内経済に充てられましたが、日本に関する質問も出され、プーチン大統領は平和条約交渉について「対話の扉を閉じたのは日本側のほうだ」と述べました。

行事はモスクワ中心部の会場で行われ、2人の司会者が、国民から寄せられた質問とロシア内外の記者の質問を交互に紹介する形で進められました。

冒頭、プーチン大統領はウクライナ情勢について「戦略的な主導権は完全にわれわれの側にある」と主張し、アメリカとの間で続く和平をめぐる協議については「われわれは話し合う用意があるが、紛争の根本原因が取り除かれなければならない」と述べました。
また、物価の上昇や高い金利に対する国民の不満について問われると、「インフレは落ち着きつつある。来年は経済成長が戻ってくる」と述べました。
ヨーロッパで凍結されているロシアの資産を、ウクライナ支援に充てる構想については「それは盗みと呼ぶほかない。実行すれば、ヨーロッパ自身の金融システムへの信頼が損なわれる」と強くけん制しました。

日本に関する質問は、会見の後半に日本のメディアの記者から出されました。記者は「高市総理大臣は国会で『北方領土問題を解決して平和条約を締結する方針に変わりはない』と答弁している。日本との交渉を再開する考えはあるか」と尋ねました。

これに対しプーチン大統領は「われわれは一度も日本との対話を拒んだことはない。平和条約についての協議を一方的に打ち切り、ロシアに制裁を科したのは日本のほうだ」と述べました。
そのうえで「島々の主権の問題について言えば、これは議論の対象ではない。われわれの憲法に明確に書かれている」と述べ、北方領土はロシアの領土だとする従来の主張を繰り返しました。
一方、プーチン大統領は「日本の企業がロシア市場に戻りたいというのであれば、われわれは妨げない。ただ、その席がいつまでも空いているとは限らない」とも述べ、撤退した日本企業を皮肉りました。

司会者が「日本からの質問はこれで最後です」と述べて次の話題に移ると、プーチン大統領は「中国との関係は歴史上最も高い水準にある」と強調しました。

ロシアは、日本がウクライナ侵攻を受けて制裁を科したことに反発し、2022年3月に平和条約締結交渉の中断を一方的に表明しています。
日本政府関係者は「従来の主張の繰り返しで、目新しい内容はない」と受け止めています。

ロシアの政府系の世論調査機関が先月行った調査では、「クリル諸島を日本に引き渡すべきではない」と答えた人が8割を超えています。

ロシア 国際ニュース一覧へ""",
expected=[
 dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=True, optional=True, snippet="対話の扉を閉じたのは日本側のほうだ"),
 dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=False, optional=True, snippet="戦略的な主導権は完全にわれわれの側にある"),
 dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=False, optional=True, snippet="インフレは落ち着きつつある。来年は経済成長が戻ってくる"),
 dict(speaker="Sanae Takaichi", alt=["Japanese government"], treaty=True, optional=True, snippet="北方領土問題を解決して平和条約を締結する方針に変わりはない"),
 dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=True, snippet="われわれは一度も日本との対話を拒んだことはない"),
 dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=True, snippet="平和条約についての協議を一方的に打ち切り、ロシアに制裁を科したのは日本のほうだ"),
 dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=True, snippet="島々の主権の問題について言えば、これは議論の対象ではない"),
 dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=False, snippet="日本の企業がロシア市場に戻りたいというのであれば、われわれは妨げない"),
 dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=False, optional=True, snippet="中国との関係は歴史上最も高い水準にある"),
],
not_statements=[
 "日本との交渉を再開する考えはあるか",
 "日本からの質問はこれで最後です",
 "2022年3月に平和条約締結交渉の中断を一方的に表明しています。",
 "日本政府関係者は「従来の主張の繰り返しで、目新しい内容はない」と受け止めています。",
 "「クリル諸島を日本に引き渡すべきではない」と答えた人が8割を超えています。",
 "ロシア 国際ニュース一覧へ",
]),

# 3 Sputnik 日本, Lavrov's annual press conference (Jan 2026) as an abridged translation by topic: the opening, the
#   US (New START), Europe, then Japan -- a Kyodo reporter's question retelling Takaichi, Lavrov's long answer in
#   three points, a question on defence spending, fisheries; North Korea; the translator's credit, related headlines
dict(id="J8-03", outlet="Sputnik 日本", url="https://sputniknews.jp/20260120/lavrov-annual-press-conference-2026-21054321.html",
published="2026-01-20",
title="ラブロフ外相の年次記者会見（抄訳）：米国、欧州、日本",
text="""ラブロフ外相の年次記者会見（抄訳）：米国、欧州、日本
2026年1月20日, 19:42 (更新: 2026年1月20日, 21:10)

ロシアのセルゲイ・ラブロフ外相は20日、モスクワで2025年のロシア外交を総括する年次記者会見を行った。会見は約3時間に及び、ロシア内外の記者からの質問に答えた。スプートニクは主な発言を抄訳で紹介する。質問は要約。

■冒頭発言から
「昨年、ロシア外交は多極的な世界の形成に向けた取り組みを一貫して続けた。BRICSや上海協力機構の枠組みでのパートナーシップは、かつてない水準に達した」

■米国との対話について
――新START（新戦略兵器削減条約）の期限が2月5日に迫っています。
「米国側は戦略的安定に関する協議への関心を記者たちには語っているが、われわれのところには具体的な提案は何も来ていない。話したいというなら、われわれが拒むことはない」

■欧州について
「欧州の現在の指導者たちとは、残念ながら何一つ合意できないだろう。彼らはロシアへの憎しみに自らを深く追い込んでしまった」

■ウクライナ情勢について
――米国の仲介による和平協議の見通しは。
「われわれは、紛争の根本原因を取り除く形での解決を求めている。一時的な停戦で再武装の時間を与えるような案には応じられない。この点はワシントンにも率直に伝えている」

■中東について
「ガザの人道状況は破滅的だ。パレスチナ国家の樹立なくして、地域に持続的な安定は訪れない」

■日本について
――日本の共同通信の記者です。高市首相は就任後、「ロシアとの間で領土問題を解決して平和条約を締結する方針を堅持する」と繰り返し述べています。一方、日本政府は対ロ制裁を維持しています。平和条約交渉が再開される可能性はありますか。
「ご質問の件について率直に申し上げよう。日本の政府は平和条約について語りながら、同時にわが国に制裁を科し、キエフ政権を支援し続けている。このような状況で平和条約の話をすること自体が、まともな態度とは言えない」
「念のために言っておくが、南クリル諸島は第二次世界大戦の結果としてロシアの領土となった。この点は国連憲章にも反映されている。日本がこの現実を認めない限り、いかなる条約の議論も前に進まない」
「日本との間で今も続いている実務的なやり取りは、漁業の分野くらいだ。これは双方の漁業者の利益にかなうので、続けている」
――日本は防衛費を大幅に増やしています。
「日本は急速に軍事化を進めており、われわれはそれを注視している。米国の中距離ミサイルが日本の領土に配備されるようなことがあれば、ロシアは必要な対抗措置を取る」

■北朝鮮について
「朝鮮民主主義人民共和国との関係は、包括的戦略パートナーシップ条約に基づいて発展している」

（通訳・編集：スプートニク日本）

関連記事
・ペスコフ報道官、日本との関係「最低水準」
・ザハロワ報道官、日本の防衛予算を批判""",
expected=[
 dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=False, optional=True, snippet="ロシア外交は多極的な世界の形成に向けた取り組みを一貫して続けた"),
 dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=False, optional=True, snippet="われわれのところには具体的な提案は何も来ていない"),
 dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=False, optional=True, snippet="欧州の現在の指導者たちとは、残念ながら何一つ合意できないだろう"),
 dict(speaker="Sanae Takaichi", alt=["Japanese government"], treaty=True, optional=True, snippet="ロシアとの間で領土問題を解決して平和条約を締結する方針を堅持する"),
 dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="このような状況で平和条約の話をすること自体が、まともな態度とは言えない"),
 dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="南クリル諸島は第二次世界大戦の結果としてロシアの領土となった"),
 dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="日本がこの現実を認めない限り、いかなる条約の議論も前に進まない"),
 dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=False, snippet="日本との間で今も続いている実務的なやり取りは、漁業の分野くらいだ"),
 dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=False, snippet="米国の中距離ミサイルが日本の領土に配備されるようなことがあれば、ロシアは必要な対抗措置を取る"),
 dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=False, optional=True, snippet="包括的戦略パートナーシップ条約に基づいて発展している"),
 dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=False, optional=True, snippet="一時的な停戦で再武装の時間を与えるような案には応じられない"),
 dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=False, optional=True, snippet="パレスチナ国家の樹立なくして、地域に持続的な安定は訪れない"),
],
not_statements=[
 "平和条約交渉が再開される可能性はありますか。",
 "一方、日本政府は対ロ制裁を維持しています。",
 "日本は防衛費を大幅に増やしています。",
 "米国の仲介による和平協議の見通しは。",
 "（通訳・編集：スプートニク日本）",
 "ザハロワ報道官、日本の防衛予算を批判",
]),

# 4 mofa.go.jp, Iwaya's press availability in Kuala Lumpur after the ASEAN-related meetings (July 2025): the opening
#   summary, the ARF (Ukraine, no contact with Lavrov), a Hokkaido Shimbun question retelling Lavrov, the answer
#   (no comment, the blame, the policy), the grave visits, US tariffs; the questions and the breadcrumb
dict(id="J8-04", outlet="MOFA", url="https://www.mofa.go.jp/mofaj/press/kaiken/kaiken24_000187.html",
published="2025-07-11",
title="岩屋外務大臣会見記録（マレーシア・クアラルンプール）",
text="""外務省
ホーム > 会見・発表・広報 > 記者会見 > 外務大臣会見記録
岩屋外務大臣会見記録
（令和7年7月11日（金曜日）16時20分　於：マレーシア・クアラルンプール）

冒頭発言
ASEAN関連外相会議の成果
【岩屋外務大臣】3日間にわたり、日ASEAN、ASEAN＋3、東アジア首脳会議（EAS）及びASEAN地域フォーラム（ARF）の各外相会議に出席しました。日ASEAN外相会議では、包括的戦略的パートナーシップの下での協力を一層強化していくことを確認しました。また、王毅外交部長との間で日中外相会談を行い、「戦略的互恵関係」を包括的に推進することを改めて確認しました。私からは以上です。

質疑応答
ARFにおける議論
【NHK　記者】ARFにはロシアのラブロフ外相も出席しました。会合でロシアについてどのような発言をされたのか。また、ラブロフ外相とは何らかの接触がありましたか。
【岩屋外務大臣】ラブロフ外相との会談は行っておりませんし、立ち話等の接触もございません。ARFの場では、ロシアによるウクライナ侵略は国際秩序の根幹を揺るがす暴挙であり、一刻も早く侵略をやめ、部隊を撤退させるべきだと、日本の立場を明確に申し上げました。また、露朝間の軍事協力の進展についても深刻な懸念を表明したところです。

日露関係
【北海道新聞　記者】ロシアが平和条約締結交渉の中断を表明して3年以上がたちます。ラブロフ外相は最近のインタビューで「日本との平和条約は議題に上っていない」と述べています。現状をどう受け止め、今後どう臨むお考えですか。
【岩屋外務大臣】ロシア側の個々の発言の一つ一つにコメントすることは差し控えます。その上で申し上げれば、交渉を一方的に中断したのはロシア側であり、その責任を日本側に転嫁するような態度は受け入れられません。日露関係は現在厳しい状況にありますが、領土問題を解決して平和条約を締結するという我が国の方針に変わりはありません。
【北海道新聞　記者】元島民の高齢化が進んでいます。北方墓参の再開の見通しは。
【岩屋外務大臣】北方墓参を始めとする四島交流等事業の再開は、今後の日露関係の中でも最優先事項の一つです。元島民の皆様の切実なお気持ちを踏まえ、ロシア側に対し引き続き強く働きかけてまいります。

北朝鮮
【読売新聞　記者】ARFの議長声明の取りまとめで、北朝鮮の非核化をめぐる表現はどうなりましたか。
【岩屋外務大臣】議長声明は議長国が取りまとめるものですので、その内容についてのコメントは控えます。いずれにせよ、北朝鮮の完全な非核化に向けて、日米韓で緊密に連携し、安保理決議の完全な履行を各国に働きかけていくという方針に変わりはありません。拉致問題の即時解決についても、各国から理解と支持を得ました。

米国の関税措置
【共同通信　記者】米国が8月1日から日本に25％の関税を課すと通知してきました。
【岩屋外務大臣】誠に遺憾であります。国益を守りつつ、日米双方の利益となる合意を目指して、関係省庁と連携しながら引き続き精力的に協議を行ってまいります。

（了）""",
expected=[
 dict(speaker="Takeshi Iwaya", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, optional=True, snippet="「戦略的互恵関係」を包括的に推進することを改めて確認しました"),
 dict(speaker="Takeshi Iwaya", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, optional=True, snippet="ラブロフ外相との会談は行っておりませんし、立ち話等の接触もございません"),
 dict(speaker="Takeshi Iwaya", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, snippet="ロシアによるウクライナ侵略は国際秩序の根幹を揺るがす暴挙であり"),
 dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, optional=True, snippet="日本との平和条約は議題に上っていない"),
 dict(speaker="Takeshi Iwaya", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=None, optional=True, snippet="ロシア側の個々の発言の一つ一つにコメントすることは差し控えます"),
 dict(speaker="Takeshi Iwaya", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=True, snippet="交渉を一方的に中断したのはロシア側であり、その責任を日本側に転嫁するような態度は受け入れられません"),
 dict(speaker="Takeshi Iwaya", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=True, snippet="領土問題を解決して平和条約を締結するという我が国の方針に変わりはありません"),
 dict(speaker="Takeshi Iwaya", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, snippet="北方墓参を始めとする四島交流等事業の再開は、今後の日露関係の中でも最優先事項の一つです"),
 dict(speaker="Takeshi Iwaya", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, optional=True, snippet="北朝鮮の完全な非核化に向けて、日米韓で緊密に連携し"),
 dict(speaker="Takeshi Iwaya", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, optional=True, snippet="国益を守りつつ、日米双方の利益となる合意を目指して"),
],
not_statements=[
 "ロシアが平和条約締結交渉の中断を表明して3年以上がたちます。",
 "現状をどう受け止め、今後どう臨むお考えですか。",
 "ARFにはロシアのラブロフ外相も出席しました。",
 "ホーム > 会見・発表・広報 > 記者会見 > 外務大臣会見記録",
 "米国が8月1日から日本に25％の関税を課すと通知してきました。",
]),

# 5 Mainichi 要旨, the Abe-Putin joint press statements in the Kremlin (May 2018), Putin first through the
#   interpreter: trade, the 8-point plan, the business mission to the islands (None), the treaty (two points), the
#   cross years; Abe: the treaty talk, the "abnormal state", the new approach, the grave visits by air, North
#   Korea; the lead's event lines, the interpreter note, the 1956 Declaration, a related headline
dict(id="J8-05", outlet="Mainichi", url="https://mainichi.jp/articles/20180527/k00/00m/030/012000c",
published="2018-05-27",
title="日露首脳会談　共同記者発表の要旨",
text="""日露首脳会談　共同記者発表の要旨
毎日新聞 2018年5月27日 00時31分(最終更新 5月27日 01時12分)

　安倍晋三首相とロシアのプーチン大統領は26日、モスクワのクレムリンで会談した後、そろって記者発表に臨んだ。会談は通訳のみを交えた1対1の協議を含め約3時間。両首脳の発言の要旨は次の通り。プーチン氏の発言は同時通訳に基づく。

【プーチン大統領】
　安倍首相をモスクワにお迎えできてうれしい。首相とは今回で21回目の会談になる。昨年の両国間の貿易額は前年比で15％以上伸び、回復基調にある。
　8項目の協力プランは順調に進んでおり、エネルギー、医療、都市環境など多くの分野で具体的な成果が出ている。
　南クリル諸島での共同経済活動についても話し合い、この夏に日本のビジネス関係者による調査団を島に派遣することで一致した。
　平和条約の問題についても率直に意見を交わした。われわれは、双方にとって受け入れ可能な解決策を見いだしたいと考えている。ただし、これは簡単な課題ではなく、一足飛びに解決できるものではない。両国関係を全体として高めていく中で、条約の問題も解決へと近づいていく。
　今年はロシアにおける日本年であり、日本における「ロシア年」でもある。両国の国民が互いの文化に触れる機会が増えることを期待している。

【安倍首相】
　ウラジーミル、温かい歓迎に感謝します。
　きょうは平和条約締結問題について、かなりの時間を割いて、二人きりで率直で突っ込んだ議論を行いました。戦後70年以上が経過してもなお平和条約が締結されていないのは異常な状態です。この問題を次の世代に先送りすることなく、私たちの手で終止符を打つ。その強い決意を大統領と改めて共有しました。
　北方四島での共同経済活動については、海産物の増養殖や観光ツアーなど5件のプロジェクトの具体化に向け、夏に民間の調査団を派遣します。四島の未来像を描き、そこから双方が受け入れ可能な解決策を見いだすという「新しいアプローチ」を着実に前進させていきます。
　元島民の皆様の墓参については、昨年に続き航空機を利用した墓参を実施することで一致しました。
　北朝鮮問題では、日露が緊密に連携し、朝鮮半島の非核化を目指すことを確認しました。

　※両首脳は記者発表の後、ボリショイ劇場で開かれた「ロシアにおける日本年」の開会式に出席した。1956年の日ソ共同宣言には、平和条約締結後に歯舞群島と色丹島を日本に引き渡すことが明記されている。

【関連記事】
・安倍首相、サンクトペテルブルクの経済フォーラムで演説
・共同経済活動　調査団の人選急ぐ　政府""",
expected=[
 dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=False, snippet="8項目の協力プランは順調に進んでおり"),
 dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=None, optional=True, snippet="この夏に日本のビジネス関係者による調査団を島に派遣することで一致した"),
 dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=True, snippet="双方にとって受け入れ可能な解決策を見いだしたいと考えている"),
 dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=True, snippet="これは簡単な課題ではなく、一足飛びに解決できるものではない"),
 dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=False, optional=True, snippet="両国の国民が互いの文化に触れる機会が増えることを期待している"),
 dict(speaker="Shinzo Abe", alt=["Japanese government"], treaty=True, snippet="戦後70年以上が経過してもなお平和条約が締結されていないのは異常な状態です"),
 dict(speaker="Shinzo Abe", alt=["Japanese government"], treaty=True, snippet="この問題を次の世代に先送りすることなく、私たちの手で終止符を打つ"),
 dict(speaker="Shinzo Abe", alt=["Japanese government"], treaty=True, snippet="四島の未来像を描き、そこから双方が受け入れ可能な解決策を見いだすという「新しいアプローチ」"),
 dict(speaker="Shinzo Abe", alt=["Japanese government"], treaty=False, snippet="昨年に続き航空機を利用した墓参を実施することで一致しました"),
 dict(speaker="Shinzo Abe", alt=["Japanese government"], treaty=False, optional=True, snippet="日露が緊密に連携し、朝鮮半島の非核化を目指すことを確認しました"),
],
not_statements=[
 "会談は通訳のみを交えた1対1の協議を含め約3時間。",
 "プーチン氏の発言は同時通訳に基づく。",
 "1956年の日ソ共同宣言には、平和条約締結後に歯舞群島と色丹島を日本に引き渡すことが明記されている。",
 "両首脳は記者発表の後、ボリショイ劇場で開かれた「ロシアにおける日本年」の開会式に出席した。",
 "共同経済活動　調査団の人選急ぐ　政府",
]),

# 6 kantei.go.jp, Kishida's 施政方針演説 (Jan 2023) as printed: the Ukraine passage (narration, then the position on
#   sanctions), the G7 summit plan, China and Korea, Russia (the treaty, the grave visits, Sakhalin-2), defence, the
#   economy; section headings, breadcrumb; the narration of events inside the speech is not a treaty statement
dict(id="J8-06", outlet="Kantei", url="https://www.kantei.go.jp/jp/101_kishida/statement/2023/0123shiseihoshin.html",
published="2023-01-23",
title="第二百十一回国会における岸田内閣総理大臣施政方針演説",
text="""首相官邸ホーム > 総理の演説・記者会見など > 演説
第二百十一回国会における岸田内閣総理大臣施政方針演説
令和5年1月23日

一　はじめに
　（略）本年は、歴史の大きな転換点の中で、我が国の針路を定める一年となります。

二　歴史の転換点における外交・安全保障
（ロシアによるウクライナ侵略）
　ロシアがウクライナを侵略してから、間もなく一年を迎えます。厳しい冬の中、電力インフラへの攻撃によって、多くの市民が暖房も明かりもない暮らしを強いられています。
　力による一方的な現状変更の試みは、世界のどこであれ、断じて認められません。我が国は、G7を始めとする国際社会と緊密に連携し、厳しい対ロ制裁と強力なウクライナ支援を続けてまいります。
（G7広島サミット）
　本年、我が国はG7の議長国を務めます。五月には、被爆地である広島でサミットを開催します。法の支配に基づく国際秩序を守り抜くという、G7の強い意志を世界に示してまいります。
（近隣諸国との外交）
　中国とは、首脳間を含むあらゆるレベルで意思疎通を重ね、「建設的かつ安定的な関係」の構築に双方の努力で取り組みます。
　韓国は、国際社会における様々な課題への対応に協力していくべき重要な隣国です。（略）
　ロシアとの関係は、ウクライナ侵略によって極めて厳しい状況に置かれています。しかし、北方領土問題を解決し、平和条約を締結するという我が国の方針は、いささかも揺らぐものではありません。元島民の方々の思いに応え、北方墓参を始めとする事業の再開を、引き続き、強く求めてまいります。
　同時に、サハリン２を始めとするエネルギー分野については、我が国のエネルギー安全保障の観点から、国益を守り抜く形で対応してまいります。
（防衛力の抜本的強化）
　昨年末、国家安全保障戦略など三つの文書を策定しました。反撃能力の保有を含め、防衛力を抜本的に強化し、国民の命と暮らしを守り抜きます。

三　新しい資本主義
　（略）構造的な賃上げを実現し、物価上昇に負けない所得の伸びを目指します。

四　こども・子育て政策
　こども・子育て政策は、我が国の社会経済の持続可能性にとって、最も有効な未来への投資です。（略）

五　おわりに
　（略）ご清聴ありがとうございました。""",
expected=[
 dict(speaker="Fumio Kishida", alt=["Japanese government"], treaty=False, snippet="厳しい対ロ制裁と強力なウクライナ支援を続けてまいります"),
 dict(speaker="Fumio Kishida", alt=["Japanese government"], treaty=False, optional=True, snippet="「建設的かつ安定的な関係」の構築に双方の努力で取り組みます"),
 dict(speaker="Fumio Kishida", alt=["Japanese government"], treaty=True, snippet="北方領土問題を解決し、平和条約を締結するという我が国の方針は、いささかも揺らぐものではありません"),
 dict(speaker="Fumio Kishida", alt=["Japanese government"], treaty=False, snippet="北方墓参を始めとする事業の再開を、引き続き、強く求めてまいります"),
 dict(speaker="Fumio Kishida", alt=["Japanese government"], treaty=False, snippet="サハリン２を始めとするエネルギー分野については、我が国のエネルギー安全保障の観点から"),
 dict(speaker="Fumio Kishida", alt=["Japanese government"], treaty=False, optional=True, snippet="反撃能力の保有を含め、防衛力を抜本的に強化し、国民の命と暮らしを守り抜きます"),
],
not_statements=[
 "首相官邸ホーム > 総理の演説・記者会見など > 演説",
 "ロシアがウクライナを侵略してから、間もなく一年を迎えます。",
 "五月には、被爆地である広島でサミットを開催します。",
 "昨年末、国家安全保障戦略など三つの文書を策定しました。",
 "（近隣諸国との外交）",
]),

# 7 Diet record, the first party leaders' debate under Takaichi (Nov 2025): the chair's procedural lines, Noda on
#   China, Tamaki on LNG, Saito elided, Kamiya on Russia with a question retelling Ishiba; Takaichi's long answer
#   (sovereignty, the blame, sanctions, the policy, the grave visits)
dict(id="J8-07", outlet="Diet record (国家基本政策委員会合同審査会)",
url="https://kokkai.ndl.go.jp/txt/121915207X00120251126",
published="2025-11-26",
title="第219回国会　国家基本政策委員会合同審査会　第1号",
text="""第219回国会　国家基本政策委員会合同審査会　第1号
令和七年十一月二十六日（水曜日）
　　　午後三時開会
　　―――――――――――――
○会長　これより国家基本政策委員会合同審査会を開会いたします。
　国家の基本政策に関する件について調査を進めます。
　本日は、内閣総理大臣と野党党首との討議を行います。討議者の発言時間は申合せの時間を厳守されますよう御協力をお願いいたします。
　それでは、野田佳彦君。
○野田佳彦君　立憲民主党の野田です。（略）台湾有事をめぐる総理の答弁以来、日中関係は極めて冷え込んでいます。総理はどのような責任を感じておられるのか。
○内閣総理大臣（高市早苗君）　（略）中国とは、戦略的互恵関係を包括的に推進し、建設的かつ安定的な関係を構築するという方針に変わりはございません。首脳間を含むあらゆるレベルで意思疎通を続けてまいります。
○会長　次に、玉木雄一郎君。
○玉木雄一郎君　国民民主党の玉木です。（略）電気代の高騰が家計を直撃しています。ロシア産のLNGを含めて、エネルギーの安定調達をどう図るのか。
○内閣総理大臣（高市早苗君）　サハリン２からのLNGは、我が国の電力・ガスの安定供給にとって重要な調達源の一つであり、現時点でこれを手放すことは考えておりません。同時に、調達先の多角化を着実に進めてまいります。
○会長　次に、斉藤鉄夫君。
○斉藤鉄夫君　（略）
○内閣総理大臣（高市早苗君）　（略）
○会長　次に、神谷宗幣君。
○神谷宗幣君　参政党の神谷です。初めて党首討論に立たせていただきます。
　北方領土についてお伺いします。交渉が止まってもう三年半以上たちます。私は、国益のためにはロシアとの対話の窓を開けておくべきだと考えます。総理は、前任の石破総理が語っていた「ロシアとの対話の窓は決して閉ざさない」という姿勢を引き継ぐのですか。
○内閣総理大臣（高市早苗君）　北方領土は、我が国が主権を有する島々であり、我が国固有の領土であります。
　平和条約交渉を一方的に中断したのはロシア側であります。ロシアによるウクライナ侵略が続く中で、制裁を緩めることは国際社会に誤ったメッセージを送ることになり、考えておりません。
　その上で、領土問題を解決して平和条約を締結するという方針は、私の内閣でも堅持いたします。元島民の皆様の御高齢を思えば、墓参の再開は一刻の猶予もございません。ロシア側に強く求めてまいります。
○神谷宗幣君　時間ですので終わりますが、制裁一辺倒では何も動かないと申し上げておきます。
○会長　これにて討議は終了いたしました。
　本日はこれにて散会いたします。
　　　午後三時四十五分散会""",
expected=[
 dict(speaker="Sanae Takaichi", alt=["Japanese government"], treaty=False, optional=True, snippet="戦略的互恵関係を包括的に推進し、建設的かつ安定的な関係を構築するという方針に変わりはございません"),
 dict(speaker="Sanae Takaichi", alt=["Japanese government"], treaty=False, snippet="サハリン２からのLNGは、我が国の電力・ガスの安定供給にとって重要な調達源の一つであり"),
 dict(speaker="Sohei Kamiya", treaty=None, snippet="国益のためにはロシアとの対話の窓を開けておくべきだと考えます"),
 dict(speaker="Shigeru Ishiba", alt=["Japanese government"], treaty=None, optional=True, snippet="ロシアとの対話の窓は決して閉ざさない"),
 dict(speaker="Sanae Takaichi", alt=["Japanese government"], treaty=True, snippet="北方領土は、我が国が主権を有する島々であり、我が国固有の領土であります"),
 dict(speaker="Sanae Takaichi", alt=["Japanese government"], treaty=True, snippet="平和条約交渉を一方的に中断したのはロシア側であります"),
 dict(speaker="Sanae Takaichi", alt=["Japanese government"], treaty=False, snippet="制裁を緩めることは国際社会に誤ったメッセージを送ることになり、考えておりません"),
 dict(speaker="Sanae Takaichi", alt=["Japanese government"], treaty=True, snippet="領土問題を解決して平和条約を締結するという方針は、私の内閣でも堅持いたします"),
 dict(speaker="Sanae Takaichi", alt=["Japanese government"], treaty=False, snippet="墓参の再開は一刻の猶予もございません"),
 dict(speaker="Sohei Kamiya", treaty=None, optional=True, snippet="制裁一辺倒では何も動かないと申し上げておきます"),
],
not_statements=[
 "本日は、内閣総理大臣と野党党首との討議を行います。",
 "これにて討議は終了いたしました。",
 "という姿勢を引き継ぐのですか。",
 "ロシア産のLNGを含めて、エネルギーの安定調達をどう図るのか。",
 "交渉が止まってもう三年半以上たちます。",
 "総理はどのような責任を感じておられるのか。",
]),

# 8 47NEWS (Kyodo), Lavrov at the UN General Assembly and his press conference (Sept 2024): the speech (the West,
#   Zelensky's plan, NATO in Asia), the press conference (a Japanese reporter's question retelling Ishiba, the
#   treaty, the Kurils, "Asian NATO"), Kamikawa in New York, the chief cabinet secretary named only by title
#   (Hayashi on 30 Sept 2024, Kishida still prime minister); background on Ishiba and on the suspension
dict(id="J8-08", outlet="47NEWS (Kyodo)", url="https://www.47news.jp/11523876.html",
published="2024-09-30",
title="ロシア外相、国連演説で欧米非難　石破氏の「アジア版NATO」構想も批判",
text="""ロシア外相、国連演説で欧米非難　石破氏の「アジア版NATO」構想も批判
2024年09月30日 12時05分　共同通信

　【ニューヨーク共同】ロシアのラブロフ外相は28日、ニューヨークの国連本部で開かれている国連総会で一般討論演説を行い、ウクライナ侵攻を巡って欧米諸国を強く非難した。演説後の記者会見では、自民党総裁に選出された石破茂氏が提唱する「アジア版NATO（北大西洋条約機構）」構想について問われ、「地域を対立の構図に引き込むものだ」と批判した。
　ラブロフ氏は約20分間の演説で「西側はウクライナを使ってロシアに戦略的敗北を与えようとしているが、その試みは失敗する」と主張。ゼレンスキー政権が掲げる和平案については「最後通告であり、和平とは無関係だ」と切り捨てた。アジア太平洋地域に関しては「米国とその同盟国は、NATOの軍事インフラを地域に持ち込もうとしている」と述べ、日米韓の安全保障協力をけん制した。
　記者会見では、日本メディアの記者が石破氏について質問。記者は「石破氏は総裁選で、北方領土問題の解決に向けてロシアとの対話を模索する考えを示していた」と指摘した上で、今後の日ロ関係の見通しを尋ねた。
　ラブロフ氏は「誰が首相になろうと、日本が反ロシア制裁を続け、米国と一緒になってわが国に敵対的な路線を取る限り、平和条約について話し合う土台は存在しない」と述べた。さらに「クリル諸島の問題は、第2次大戦の結果として完全に解決済みだ」と強調した。アジア版NATO構想については、地域の安定を損なうとして「地域の国々がそんなものを望んでいるとは思えない」と語った。
　国連総会に出席した上川陽子外相は27日、記者団に「ロシアによる侵略は国連憲章の明白な違反だ」と述べていた。
　官房長官は30日午前の記者会見で、ラブロフ氏の発言について「ロシア側の発言の一つ一つに答えることは控える」とした上で、「北方領土問題を解決して平和条約を締結するとの方針は不変だ」と述べた。
　石破氏は27日の総裁選で勝利し、10月1日に首相に就任する見通し。ロシアは2022年3月、日本の対ロ制裁を理由に平和条約締結交渉を中断すると一方的に発表した。""",
expected=[
 dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=False, optional=True, snippet="西側はウクライナを使ってロシアに戦略的敗北を与えようとしているが、その試みは失敗する"),
 dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=False, optional=True, snippet="最後通告であり、和平とは無関係だ"),
 dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=False, optional=True, snippet="米国とその同盟国は、NATOの軍事インフラを地域に持ち込もうとしている"),
 dict(speaker="Shigeru Ishiba", treaty=True, optional=True, snippet="北方領土問題の解決に向けてロシアとの対話を模索する考え"),
 dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="平和条約について話し合う土台は存在しない"),
 dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="クリル諸島の問題は、第2次大戦の結果として完全に解決済みだ"),
 dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=False, snippet="地域の国々がそんなものを望んでいるとは思えない"),
 dict(speaker="Yoko Kamikawa", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, snippet="ロシアによる侵略は国連憲章の明白な違反だ"),
 dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=None, optional=True, snippet="ロシア側の発言の一つ一つに答えることは控える"),
 dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=True, snippet="北方領土問題を解決して平和条約を締結するとの方針は不変だ"),
],
not_statements=[
 "と指摘した上で、今後の日ロ関係の見通しを尋ねた。",
 "ニューヨークの国連本部で開かれている国連総会で一般討論演説を行い、",
 "石破氏は27日の総裁選で勝利し、10月1日に首相に就任する見通し。",
 "ロシアは2022年3月、日本の対ロ制裁を理由に平和条約締結交渉を中断すると一方的に発表した。",
]),

# 9 Hokkaido Shimbun, Putin at the Valdai club's plenary session in Sochi (Nov 2024): the moderator Lukyanov, Trump,
#   the moderator's question retelling Ishiba's policy speech, Putin's answer (blame, "the ball", the islands),
#   missiles, no hostility; background, an anonymous expert, the Nemuro mayor
dict(id="J8-09", outlet="Hokkaido Shimbun", url="https://www.hokkaido-np.co.jp/article/1085522/",
published="2024-11-08",
title="プーチン氏「ボールは東京の側に」　バルダイ会議で日本に言及　平和条約巡り",
text="""プーチン氏「ボールは東京の側に」　バルダイ会議で日本に言及　平和条約巡り
2024年11月8日 19:30

【モスクワ】ロシアのプーチン大統領は7日、南部ソチで開かれた国際有識者会合「バルダイ会議」の全体会合に出席し、約4時間にわたって各国の専門家らの質問に答えた。日本についても質問が出され、中断している平和条約締結交渉について「再開するかどうか、ボールは東京の側にある」と述べた。
全体会合は、会議を主催する財団の研究ディレクター、フョードル・ルキヤノフ氏が司会を務めた。プーチン氏は冒頭約1時間の演説で西側の覇権主義を批判し、「多極的な世界秩序の形成は避けられない」と主張。米大統領選で勝利したトランプ氏については「勇敢な人物だと思う。この機会に祝意を伝えたい」と述べ、対話に応じる用意を示した。
日本に関する質問は、司会のルキヤノフ氏が会場の日本人研究者の問題提起を受ける形で切り出した。ルキヤノフ氏は「日本の石破茂首相は所信表明演説で、ロシアとの間で『領土問題を解決し、平和条約を締結するとの方針を堅持する』と語った。これはシグナルなのか」と水を向けた。
プーチン氏は「日本との関係を冷え込ませたのは、われわれの選択ではない。日本は自ら制裁の道を選び、これまで双方で積み上げてきたものを壊した」と指摘。その上で「平和条約の作業を再開するかどうか、ボールは東京の側にある。ただし、クリル諸島に関するわれわれの立場は変わらない。島々はロシアの領土だ」と語った。
さらにプーチン氏は「日本に米国の中距離ミサイルが配備されるようなことがあれば、われわれは相応の措置を取らざるを得ない」と警告した。一方で「われわれは日本の人々に対して何の敵意も持っていない」とも述べた。
会場ではこのほか、中東情勢や北朝鮮との関係などについても質疑が交わされた。

ロシアは2022年3月、日本の対ロ制裁に反発して平和条約締結交渉の中断を表明。北方四島との交流事業も止まったままだ。
ロシア政治に詳しい道内の大学の研究者は「日本の政権交代を受けて様子見の姿勢を示したものだろう。具体的な提案があるわけではない」とみる。
根室市の石垣雅敏市長は8日、取材に対し「ボールが日本側にあるという言い方には違和感がある。交渉を止めたのはロシア側だ」と話した。""",
expected=[
 dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=False, optional=True, snippet="多極的な世界秩序の形成は避けられない"),
 dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=False, optional=True, snippet="勇敢な人物だと思う。この機会に祝意を伝えたい"),
 dict(speaker="Shigeru Ishiba", alt=["Japanese government"], treaty=True, optional=True, snippet="領土問題を解決し、平和条約を締結するとの方針を堅持する"),
 dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=None, snippet="日本は自ら制裁の道を選び、これまで双方で積み上げてきたものを壊した"),
 dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=True, snippet="平和条約の作業を再開するかどうか、ボールは東京の側にある"),
 dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=True, snippet="クリル諸島に関するわれわれの立場は変わらない。島々はロシアの領土だ"),
 dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=False, snippet="日本に米国の中距離ミサイルが配備されるようなことがあれば"),
 dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=False, snippet="われわれは日本の人々に対して何の敵意も持っていない"),
 dict(speaker="Masatoshi Ishigaki", alt=["石垣雅敏"], treaty=True, snippet="ボールが日本側にあるという言い方には違和感がある。交渉を止めたのはロシア側だ"),
],
not_statements=[
 "これはシグナルなのか」と水を向けた。",
 "フョードル・ルキヤノフ氏が司会を務めた。",
 "日本の政権交代を受けて様子見の姿勢を示したものだろう。具体的な提案があるわけではない",
 "ロシアは2022年3月、日本の対ロ制裁に反発して平和条約締結交渉の中断を表明。",
 "会場ではこのほか、中東情勢や北朝鮮との関係などについても質疑が交わされた。",
]),

# 10 Asahi, the Russia Day reception at the Russian embassy in Tokyo (June 2025): the ambassador's speech through an
#   interpreter (normalisation, Ukraine, "lessons from Washington", the treaty, sovereignty, exchanges), Suzuki Muneo
#   for the guests; who attended, the interpreter, the sound trucks, an unnamed MOFA official
dict(id="J8-10", outlet="Asahi", url="https://www.asahi.com/articles/AST6C3Q7NT6CUHBI01FM.html",
published="2025-06-11",
title="「ロシアの日」レセプション　駐日大使、平和条約は「日本の路線変更が前提」",
text="""「ロシアの日」レセプション　駐日大使、平和条約は「日本の路線変更が前提」
2025年6月11日 20時30分

　ロシアの祝日「ロシアの日」（12日）を前に、東京・麻布台の在日ロシア大使館で11日、記念レセプションが開かれた。ニコライ・ノズドレフ駐日大使があいさつし、日ロ関係について「ロシアは関係を正常化する用意があるが、主導権は日本側にある」と述べた。
　レセプションには、日本の国会議員や経済人、各国の外交官ら約300人が出席した。日本政府からは外務省欧州局の参事官が出席した。ウクライナ侵攻後、政府は閣僚や政務三役の出席を見送っている。
　大使はロシア語で約15分間あいさつし、通訳が日本語に訳した。ウクライナ情勢について「特別軍事作戦の目標は必ず達成される」と述べたうえで、米ロの対話が再開したことに触れ、「日本もワシントンの変化から教訓を引き出すべきだ」と語った。
　平和条約問題では「日本が非友好的な路線を改めない限り、平和条約に関する対話を再開することはできない」と指摘。「南クリル諸島に対するロシアの主権は、いかなる議論の対象にもならない」とも強調した。一方で「日本の皆さんへの扉は閉ざされていない。文化や人と人との交流は続けていきたい」と述べた。
　出席者を代表してあいさつした鈴木宗男参院議員は「平和条約交渉は、日ロの先人たちが苦労して積み上げてきたものだ。一日も早く交渉を再開させるべきだ」と訴えた。
　大使はあいさつの後、記者団に対し、北方墓参の再開について「日本側から正式な要請があれば検討する。ただ、すべては日本政府の姿勢次第だ」と語った。
　会場ではロシア料理が振る舞われ、民族舞踊も披露された。大使館前では右翼団体の街宣車が「北方領土を返せ」と繰り返し、警察官が警戒にあたった。
　外務省幹部は「出席は外交慣例に基づく事務的なもので、日ロ関係に関する政府の立場を変えるものではない」と説明している。

■関連ニュース
・在日ロシア大使、着任1年で会見　「関係悪化の責任は東京に」
・北方墓参の再開、今年も見通せず""",
expected=[
 dict(speaker="Nikolai Nozdrev", alt=["Russian Embassy in Japan"], treaty=None, optional=True, snippet="ロシアは関係を正常化する用意があるが、主導権は日本側にある"),
 dict(speaker="Nikolai Nozdrev", alt=["Russian Embassy in Japan"], treaty=False, optional=True, snippet="特別軍事作戦の目標は必ず達成される"),
 dict(speaker="Nikolai Nozdrev", alt=["Russian Embassy in Japan"], treaty=False, snippet="日本もワシントンの変化から教訓を引き出すべきだ"),
 dict(speaker="Nikolai Nozdrev", alt=["Russian Embassy in Japan"], treaty=True, snippet="日本が非友好的な路線を改めない限り、平和条約に関する対話を再開することはできない"),
 dict(speaker="Nikolai Nozdrev", alt=["Russian Embassy in Japan"], treaty=True, snippet="南クリル諸島に対するロシアの主権は、いかなる議論の対象にもならない"),
 dict(speaker="Nikolai Nozdrev", alt=["Russian Embassy in Japan"], treaty=False, snippet="文化や人と人との交流は続けていきたい"),
 dict(speaker="Nikolai Nozdrev", alt=["Russian Embassy in Japan"], treaty=False, optional=True, snippet="日本側から正式な要請があれば検討する。ただ、すべては日本政府の姿勢次第だ"),
 dict(speaker="Muneo Suzuki", treaty=True, snippet="平和条約交渉は、日ロの先人たちが苦労して積み上げてきたものだ"),
 dict(speaker="Muneo Suzuki", treaty=True, snippet="一日も早く交渉を再開させるべきだ"),
],
not_statements=[
 "大使館前では右翼団体の街宣車が「北方領土を返せ」と繰り返し",
 "外務省幹部は「出席は外交慣例に基づく事務的なもので、日ロ関係に関する政府の立場を変えるものではない」と説明している。",
 "ウクライナ侵攻後、政府は閣僚や政務三役の出席を見送っている。",
 "大使はロシア語で約15分間あいさつし、通訳が日本語に訳した。",
 "在日ロシア大使、着任1年で会見　「関係悪化の責任は東京に」",
]),

# 11 Jiji, Iwaya's first press conference as foreign minister (night of 1 Oct 2024): 「外相は」 after one naming; the
#   treaty, sanctions, grave visits, China; Kamikawa's farewell; Hayashi staying on; Peskov's no-comment and a
#   recalled earlier remark
dict(id="J8-11", outlet="Jiji", url="https://www.jiji.com/jc/article?k=2024100200112&g=pol",
published="2024-10-02",
title="対ロ「平和条約締結の方針堅持」　中国とは「建設的関係」―岩屋外相",
text="""対ロ「平和条約締結の方針堅持」　中国とは「建設的関係」―岩屋外相
2024年10月02日00時41分

　1日発足した石破内閣で外相に就いた岩屋毅氏は同日夜、外務省で就任後初の記者会見を行った。外相はロシアとの関係について「ウクライナ侵略が続く中で日ロ関係は厳しい状況にあるが、領土問題を解決して平和条約を締結するという方針を堅持する」と述べた。
　外相は、石破茂首相から「地球儀を俯瞰する外交の継承」などの指示を受けたと説明。ロシアによるウクライナ侵略については「国際秩序の根幹を揺るがすもので、対ロ制裁とウクライナ支援を引き続き着実に実施していく」と強調した。
　北方墓参など四島交流事業については「元島民の方々は高齢になっている。事業の再開は日ロ関係の中でも最優先事項の一つであり、ロシア側に粘り強く求めていく」と語った。
　中国に関しては「戦略的互恵関係を包括的に推進し、建設的かつ安定的な関係を構築する」と表明。9月に中国・深センで日本人男児が刺殺された事件を踏まえ、「在留邦人の安全確保を強く求めていく」とも述べた。
　前任の上川陽子氏は1日午前の離任あいさつで「ロシアに対しては、日本の立場を毅然と伝え続けてきた」と振り返った。
　林芳正官房長官は石破内閣でも続投した。林氏は1日夜の会見で北方領土問題について問われ、「新内閣でも、政府の基本方針に何ら変わりはない」と述べた。
　ロシア大統領府のペスコフ報道官は石破氏の首相就任を受け、「日本との関係について、現時点で語るべきことは特にない」と記者団に語った。ペスコフ氏は先月、石破氏が総裁選に勝利した際も同様の発言をしていた。
　岩屋氏は衆院大分3区選出で、防衛相などを歴任した。北朝鮮による拉致問題について、外相は「被害者の方々の一日も早い帰国に向け、全力を尽くす」と述べた。
　ロシアは2022年3月、日本の対ロ制裁に反発し、平和条約締結交渉を継続しない考えを一方的に表明している。

【時事通信社】
関連ニュース
・石破内閣が発足　閣僚名簿
・林官房長官「政治資金の透明性高める」""",
expected=[
 dict(speaker="Takeshi Iwaya", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=True, snippet="領土問題を解決して平和条約を締結するという方針を堅持する"),
 dict(speaker="Takeshi Iwaya", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, snippet="対ロ制裁とウクライナ支援を引き続き着実に実施していく"),
 dict(speaker="Takeshi Iwaya", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, snippet="事業の再開は日ロ関係の中でも最優先事項の一つであり、ロシア側に粘り強く求めていく"),
 dict(speaker="Takeshi Iwaya", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, optional=True, snippet="戦略的互恵関係を包括的に推進し、建設的かつ安定的な関係を構築する"),
 dict(speaker="Takeshi Iwaya", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, optional=True, snippet="在留邦人の安全確保を強く求めていく"),
 dict(speaker="Takeshi Iwaya", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, optional=True, snippet="被害者の方々の一日も早い帰国に向け、全力を尽くす"),
 dict(speaker="Yoko Kamikawa", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=None, optional=True, snippet="ロシアに対しては、日本の立場を毅然と伝え続けてきた"),
 dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=True, snippet="新内閣でも、政府の基本方針に何ら変わりはない"),
 dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=None, optional=True, snippet="日本との関係について、現時点で語るべきことは特にない"),
],
not_statements=[
 "林芳正官房長官は石破内閣でも続投した。",
 "岩屋氏は衆院大分3区選出で、防衛相などを歴任した。",
 "ロシアは2022年3月、日本の対ロ制裁に反発し、平和条約締結交渉を継続しない考えを一方的に表明している。",
 "9月に中国・深センで日本人男児が刺殺された事件を踏まえ、",
 "ペスコフ氏は先月、石破氏が総裁選に勝利した際も同様の発言をしていた。",
 "1日発足した石破内閣で外相に就いた岩屋毅氏は同日夜、外務省で就任後初の記者会見を行った。",
]),

# 12 Nikkei, Ishiba's second policy speech reported in prose (29 Nov 2024): "deliberation", political funds, growth,
#   the US and China, Russia (sanctions, the treaty, the grave visits -- partly without quotation marks), Noda's and
#   Tamaki's reactions; the writer's comparison, background, a poll, related links
dict(id="J8-12", outlet="Nikkei", url="https://www.nikkei.com/article/DGXZQOUA2865Z0Y4A121C2000000/",
published="2024-11-29",
title="石破首相が所信表明演説　少数与党で「熟議」強調　対ロ「平和条約締結の方針堅持」",
text="""石破首相が所信表明演説　少数与党で「熟議」強調　対ロ「平和条約締結の方針堅持」
2024年11月29日 15:10 (2024年11月29日 17:25更新)

石破茂首相は29日、衆参両院の本会議で所信表明演説をした。衆院選で自民、公明両党が過半数を割り込んだことを受け「他党にも丁寧に意見を聞き、可能な限り幅広い合意形成が図られるよう、真摯に、謙虚に取り組む」と述べ、野党との「熟議」を前面に出した。

政治改革では、政策活動費の廃止などを盛り込んだ政治資金規正法の再改正に年内に取り組む考えを示した。経済については「賃上げと投資がけん引する成長型経済への移行を実現する」と強調した。

外交・安全保障では、来年1月に就任するトランプ次期米大統領と「日米同盟をさらなる高みに引き上げる」と語った。中国とは「戦略的互恵関係」を包括的に推進すると改めて表明した。

ロシアについては、ウクライナ侵略を続けるロシアへの制裁とウクライナ支援を継続する方針を示した。その上で「日ロ関係は厳しい状況にあるが、領土問題を解決し、平和条約を締結するとの方針を堅持する」と述べた。元島民の高齢化を踏まえ、北方墓参を始めとする交流事業の再開をロシア側に強く求めていくとも語った。対ロ関係に関する記述は、10月の就任直後の演説とほぼ同じ分量にとどまった。

演説に対し、立憲民主党の野田佳彦代表は記者団に「総裁選で訴えていたことがどこへ行ったのか、全く見えない」と批判した。国民民主党の玉木雄一郎代表は「『103万円の壁』の見直しについて具体的な言及がなかった」と指摘した。

北方領土を巡っては、ロシアが2022年3月、日本の対ロ制裁に反発して平和条約締結交渉の中断を一方的に表明した。内閣府の世論調査では、北方領土問題に「関心がある」と答えた人は6割程度にとどまっている。

関連記事
・所信表明演説の全文
・石破首相、APECで習氏と初会談""",
expected=[
 dict(speaker="Shigeru Ishiba", alt=["Japanese government"], treaty=False, optional=True, snippet="可能な限り幅広い合意形成が図られるよう、真摯に、謙虚に取り組む"),
 dict(speaker="Shigeru Ishiba", alt=["Japanese government"], treaty=False, optional=True, snippet="賃上げと投資がけん引する成長型経済への移行を実現する"),
 dict(speaker="Shigeru Ishiba", alt=["Japanese government"], treaty=False, optional=True, snippet="日米同盟をさらなる高みに引き上げる"),
 dict(speaker="Shigeru Ishiba", alt=["Japanese government"], treaty=False, snippet="ウクライナ侵略を続けるロシアへの制裁とウクライナ支援を継続する方針を示した"),
 dict(speaker="Shigeru Ishiba", alt=["Japanese government"], treaty=True, snippet="日ロ関係は厳しい状況にあるが、領土問題を解決し、平和条約を締結するとの方針を堅持する"),
 dict(speaker="Shigeru Ishiba", alt=["Japanese government"], treaty=False, snippet="北方墓参を始めとする交流事業の再開をロシア側に強く求めていく"),
 dict(speaker="Yoshihiko Noda", treaty=False, optional=True, snippet="総裁選で訴えていたことがどこへ行ったのか、全く見えない"),
 dict(speaker="Yuichiro Tamaki", treaty=False, optional=True, snippet="『103万円の壁』の見直しについて具体的な言及がなかった"),
],
not_statements=[
 "対ロ関係に関する記述は、10月の就任直後の演説とほぼ同じ分量にとどまった。",
 "ロシアが2022年3月、日本の対ロ制裁に反発して平和条約締結交渉の中断を一方的に表明した。",
 "北方領土問題に「関心がある」と答えた人は6割程度にとどまっている。",
 "所信表明演説の全文",
 "石破茂首相は29日、衆参両院の本会議で所信表明演説をした。",
]),

# 13 Yomiuri, Shoigu as Security Council secretary in Yuzhno-Sakhalinsk (July 2025), through the council's release:
#   Japan's militarisation, the Kurils, the islands' development; 「安保会議書記は」「書記は」; his past as defence
#   minister (background, the current minister); the chief cabinet secretary by title only (Hayashi in July 2025);
#   an unnamed MOFA official's analysis
dict(id="J8-13", outlet="Yomiuri", url="https://www.yomiuri.co.jp/world/20250716-OYT1T50143/",
published="2025-07-16",
title="ロシア安保会議書記、千島列島の防衛強化訴え　「日本の軍備増強に対抗」",
text="""ロシア安保会議書記、千島列島の防衛強化訴え　「日本の軍備増強に対抗」
2025/07/16 20:12

　【モスクワ＝工藤武人】ロシアのセルゲイ・ショイグ安全保障会議書記は15日、極東サハリン州の州都ユジノサハリンスクで、極東連邦管区の安全保障に関する会議を開いた。露安保会議の発表によると、ショイグ氏は日本の防衛力強化に対抗するため、北方領土を含む千島列島での防衛体制を強化する必要があると訴えた。
　発表によると、ショイグ氏は会議で「日本は平和憲法の制約を次々と取り払い、攻撃能力の獲得に突き進んでいる」と批判。「クリル諸島はロシアの不可分の領土であり、その安全を確保するために必要なあらゆる措置を講じる」と述べた。
　安保会議書記は、同州のリマレンコ知事らとの会合で、島々の住民向けの社会基盤整備を急ぐよう指示した。書記は「島々の発展は、ロシアがここにとどまり続けるという意思の表れだ」とも語った。
　ショイグ氏は2012年から昨年5月まで国防相を務めた。現在の国防相はベロウソフ氏。
　日本政府は反発している。官房長官は16日午前の記者会見で「北方領土は我が国固有の領土であり、ロシアによる軍備強化は我が国の立場と相いれず、受け入れられない」と述べ、外交ルートを通じて抗議したことを明らかにした。その上で「領土問題を解決して平和条約を締結するとの方針の下、毅然と対応していく」と語った。
　地元の根室市の石垣雅敏市長は16日、取材に「島の軍事拠点化がさらに進むことを強く懸念する。元島民の墓参すらできない中で、あまりに一方的だ」と話した。
　ロシア軍は今月上旬にも、択捉、国後両島を含む千島列島で地対艦ミサイル部隊の演習を実施している。ロシアは2022年3月、日本の対ロ制裁を理由に平和条約締結交渉の中断を表明した。
　外務省幹部は「参院選のさなかの発言で、日本の政治日程を意識した揺さぶりの可能性もある」と分析している。

【関連記事】
・北方領土で露軍が演習、政府が抗議
・ショイグ氏、北朝鮮を訪問　金正恩氏と会談""",
expected=[
 dict(speaker="Sergei Shoigu", alt=["Russian Security Council"], treaty=None, optional=True, snippet="北方領土を含む千島列島での防衛体制を強化する必要があると訴えた"),
 dict(speaker="Sergei Shoigu", alt=["Russian Security Council"], treaty=False, snippet="日本は平和憲法の制約を次々と取り払い、攻撃能力の獲得に突き進んでいる"),
 dict(speaker="Sergei Shoigu", alt=["Russian Security Council"], treaty=True, snippet="クリル諸島はロシアの不可分の領土であり、その安全を確保するために"),
 dict(speaker="Sergei Shoigu", alt=["Russian Security Council"], treaty=None, snippet="島々の発展は、ロシアがここにとどまり続けるという意思の表れだ"),
 dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=True, snippet="北方領土は我が国固有の領土であり、ロシアによる軍備強化は我が国の立場と相いれず"),
 dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=True, snippet="領土問題を解決して平和条約を締結するとの方針の下、毅然と対応していく"),
 dict(speaker="Masatoshi Ishigaki", alt=["石垣雅敏"], treaty=None, optional=True, snippet="島の軍事拠点化がさらに進むことを強く懸念する"),
],
not_statements=[
 "現在の国防相はベロウソフ氏。",
 "ロシア軍は今月上旬にも、択捉、国後両島を含む千島列島で地対艦ミサイル部隊の演習を実施している。",
 "外務省幹部は「参院選のさなかの発言で、日本の政治日程を意識した揺さぶりの可能性もある」と分析している。",
 "極東連邦管区の安全保障に関する会議を開いた。",
 "ショイグ氏は2012年から昨年5月まで国防相を務めた。",
]),

# 14 Sankei, Medvedev's Telegram post after an anonymous official's remark on nuclear weapons (Dec 2025): the post
#   (the nuclear remark, the Kurils, nothing to negotiate); background on Medvedev; the anonymous official; the chief
#   cabinet secretary by title only (Kihara); Motegi; related headlines
dict(id="J8-14", outlet="Sankei", url="https://www.sankei.com/article/20251222-3HQK7Y2ZJ5NL7B4TXW6RMAPE2U/",
published="2025-12-22",
title="メドベージェフ氏、日本の「核保有」発言を批判　SNSで「クリルは永遠にロシア」",
text="""メドベージェフ氏、日本の「核保有」発言を批判　SNSで「クリルは永遠にロシア」
2025/12/22 18:40

　ロシアのメドベージェフ安全保障会議副議長は21日、通信アプリ「テレグラム」への投稿で、首相官邸の幹部が日本の核兵器保有に言及したとされる問題を取り上げ、「日本の一部の政治家は危険な妄想にとりつかれている」と批判した。北方領土についても「クリル諸島は永遠にロシアのものだ」と書き込んだ。
　投稿でメドベージェフ氏は「広島と長崎を経験した国が核兵器を欲しがるとは、歴史の皮肉だ。もし日本が核を手にするなら、ロシアは自国の安全保障上の当然の結論を導き出す」と主張。続けて「東京の一部の人々は、いまだに『北方領土』などという幻想を口にしている。はっきり言っておく。クリル諸島は永遠にロシアのものだ。この問題について交渉することは何もない」とつづった。
　メドベージェフ氏は大統領や首相を歴任し、ウクライナ侵攻後は過激な発言を繰り返している。
　問題の発言は、官邸で安全保障政策を担当する幹部が18日、記者団に対しオフレコを前提に「日本は核を保有すべきだと思う」と述べたとされるもの。
　官房長官は22日午前の記者会見で、メドベージェフ氏の投稿について「ロシア側の個々の発言にいちいちコメントすることは控える」とした上で、「北方領土は我が国が主権を有する島々であり、我が国固有の領土だ。この立場に変わりはない」と強調した。非核三原則については「政府として非核三原則を堅持していることに変わりはない」と述べた。
　茂木敏充外相も同日、記者団に「ロシアこそがウクライナで核の威嚇を繰り返している。日本の安全保障政策を論じる資格はない」と反論した。
　官邸幹部の発言を巡っては、野党各党が更迭を求めている。政府は来年末までの安全保障関連3文書の改定に向けて議論を進めている。

【関連記事】
・官邸幹部「核保有すべき」発言　野党が更迭要求
・北方領土巡る露の主張、政府が反論""",
expected=[
 dict(speaker="Dmitry Medvedev", treaty=False, snippet="日本の一部の政治家は危険な妄想にとりつかれている"),
 dict(speaker="Dmitry Medvedev", treaty=False, snippet="もし日本が核を手にするなら、ロシアは自国の安全保障上の当然の結論を導き出す"),
 dict(speaker="Dmitry Medvedev", treaty=True, snippet="いまだに『北方領土』などという幻想を口にしている"),
 dict(speaker="Dmitry Medvedev", treaty=True, snippet="この問題について交渉することは何もない"),
 dict(speaker="Minoru Kihara", alt=["Japanese government"], treaty=None, optional=True, snippet="ロシア側の個々の発言にいちいちコメントすることは控える"),
 dict(speaker="Minoru Kihara", alt=["Japanese government"], treaty=True, snippet="北方領土は我が国が主権を有する島々であり、我が国固有の領土だ"),
 dict(speaker="Minoru Kihara", alt=["Japanese government"], treaty=False, optional=True, snippet="政府として非核三原則を堅持していることに変わりはない"),
 dict(speaker="Toshimitsu Motegi", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, snippet="ロシアこそがウクライナで核の威嚇を繰り返している"),
],
not_statements=[
 "オフレコを前提に「日本は核を保有すべきだと思う」と述べたとされるもの。",
 "メドベージェフ氏は大統領や首相を歴任し、ウクライナ侵攻後は過激な発言を繰り返している。",
 "官邸幹部「核保有すべき」発言　野党が更迭要求",
 "政府は来年末までの安全保障関連3文書の改定に向けて議論を進めている。",
 "北方領土巡る露の主張、政府が反論",
]),

# 15 Hokkaido Shimbun, the 60th year of the grave visits, Nemuro (28 Sept 2024, the day after the LDP race): the
#   prime minister's message read out (「首相」 = Kishida, not the new party leader), the foreign minister's message
#   (Kamikawa), the governor, the islanders' league, Ishiba's remark in the leadership debate recalled; background
dict(id="J8-15", outlet="Hokkaido Shimbun", url="https://www.hokkaido-np.co.jp/article/1069930/",
published="2024-09-28",
title="北方墓参60年、根室で記念式典　首相メッセージ「再開は最優先事項」",
text="""北方墓参60年、根室で記念式典　首相メッセージ「再開は最優先事項」
2024年9月28日 19:05

【根室】北方領土の元島民らによる北方墓参が始まって今年で60年になるのを記念する式典が28日、根室市総合文化会館で開かれた。ロシアのウクライナ侵攻の影響もあり、墓参は途絶えたまま。元島民や関係者ら約250人が出席し、早期の再開を願った。
式典では、首相のメッセージを内閣府北方対策本部の担当者が代読した。首相はメッセージで「ご高齢となられた元島民の方々の切実な思いを重く受け止めている。北方墓参の再開は日ロ関係の中でも最優先事項の一つであり、引き続きロシア側に強く求めていく」とした。また「北方領土問題を解決して平和条約を締結するとの方針を堅持し、粘り強く取り組む」と強調した。
外相のメッセージも外務省ロシア課の職員が代読し、「墓参の再開に向け、あらゆる機会をとらえてロシア側に働きかけていく」と伝えた。
鈴木直道知事はあいさつで「60年前、最初の墓参団が船で島に向かった時の思いを、私たちは決して忘れてはならない。四島の返還が実現するまで、道民と共に声を上げ続ける」と述べた。
千島歯舞諸島居住者連盟の松本侑三理事長は「元島民の平均年齢は88歳を超えた。私たちに残された時間は本当に少ない」と訴えた。
27日投開票の自民党総裁選で選ばれた石破茂新総裁は、10月1日召集の臨時国会で首相に指名される見通し。石破氏は総裁選の討論会で北方領土問題について問われ、「あらゆる可能性を排除せず、交渉の糸口を探りたい」と述べていた。
北方墓参は1964年、旧ソ連との合意に基づき、人道的な措置として始まった。旅券や査証なしで島に渡る枠組みで、これまでに多くの元島民や家族が参加してきた。
歯舞群島・志発島出身の男性（91）は「両親の墓にもう一度手を合わせたい。それだけが願いだ」と目頭を押さえた。
式典後、出席者は納沙布岬に移動し、島々を望みながら献花した。""",
expected=[
 dict(speaker="Fumio Kishida", alt=["Japanese government"], treaty=False, optional=True, snippet="ご高齢となられた元島民の方々の切実な思いを重く受け止めている"),
 dict(speaker="Fumio Kishida", alt=["Japanese government"], treaty=False, snippet="北方墓参の再開は日ロ関係の中でも最優先事項の一つであり、引き続きロシア側に強く求めていく"),
 dict(speaker="Fumio Kishida", alt=["Japanese government"], treaty=True, snippet="北方領土問題を解決して平和条約を締結するとの方針を堅持し、粘り強く取り組む"),
 dict(speaker="Yoko Kamikawa", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, snippet="墓参の再開に向け、あらゆる機会をとらえてロシア側に働きかけていく"),
 dict(speaker="Naomichi Suzuki", alt=["Hokkaido government"], treaty=True, snippet="四島の返還が実現するまで、道民と共に声を上げ続ける"),
 dict(speaker="Yuzo Matsumoto", treaty=None, optional=True, snippet="私たちに残された時間は本当に少ない"),
 dict(speaker="Shigeru Ishiba", treaty=True, snippet="あらゆる可能性を排除せず、交渉の糸口を探りたい"),
],
not_statements=[
 "北方墓参は1964年、旧ソ連との合意に基づき、人道的な措置として始まった。",
 "10月1日召集の臨時国会で首相に指名される見通し。",
 "首相のメッセージを内閣府北方対策本部の担当者が代読した。",
 "式典後、出席者は納沙布岬に移動し、島々を望みながら献花した。",
 "元島民や関係者ら約250人が出席し、早期の再開を願った。",
]),

# 16 47NEWS (Kyodo), Peskov after Ishiba announced his resignation (Sept 2025): no comment on Japanese politics,
#   no change expected, the treaty talks; Zakharova's Telegram post; 「首相」 = Ishiba, 「官房長官」 by title only
#   (Hayashi, then weighing a run for the party leadership); an anonymous source
dict(id="J8-16", outlet="47NEWS (Kyodo)", url="https://www.47news.jp/13078452.html",
published="2025-09-08",
title="石破首相辞任表明　ロシア「関係に変化は期待しない」　大統領報道官",
text="""石破首相辞任表明　ロシア「関係に変化は期待しない」　大統領報道官
2025年09月08日 21時15分　共同通信

　【モスクワ共同】ロシア大統領府のペスコフ報道官は8日、石破茂首相が辞任を表明したことについて記者団の質問に答え、「日本の内政問題であり、論評する立場にない」と述べた。その上で「現在の日本の路線を考えれば、誰が次の首相になっても、両国関係に大きな変化が起きるとは期待していない」と語った。
　ペスコフ氏は平和条約締結交渉について「交渉の中断は、日本が非友好的な措置を取った結果だ。東京がその路線を続ける限り、条約の問題を話し合う基盤はない」と指摘した。
　ロシア外務省のザハロワ情報局長も同日、通信アプリ「テレグラム」に「石破政権の1年間、東京はワシントンとブリュッセルの反ロシア路線に忠実に従っただけだった」と投稿した。
　首相は7日の記者会見で辞任を表明した。首相は会見で、対ロ関係には直接言及しなかった。
　一方、官房長官は8日の記者会見で、ロシア側の反応について「一つ一つコメントすることは控える」と述べた。その上で「領土問題を解決して平和条約を締結するとの政府の方針は、内閣がどうなろうと一貫している」と強調した。官房長官は、自民党総裁選への立候補を検討していると伝えられている。
　日ロ関係筋は「ロシアは次期政権の出方を見極めようとしている」と話した。
　自民党は総裁選を10月4日に投開票する日程で調整している。石破政権の下でも北方墓参など四島交流事業は再開のめどが立たず、ロシア軍は北方領土を含む千島列島で軍事演習を繰り返した。ロシアは2022年3月、日本の対ロ制裁に反発し、平和条約締結交渉の中断を一方的に表明している。

関連記事
・石破首相が辞任表明　「米関税交渉に区切り」
・ザハロワ氏、日本の防衛白書を「軍国主義の復活」と批判
・ロシア、日本人の入国禁止リストを拡大　首相周辺も対象""",
expected=[
 dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=None, optional=True, snippet="日本の内政問題であり、論評する立場にない"),
 dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=False, snippet="誰が次の首相になっても、両国関係に大きな変化が起きるとは期待していない"),
 dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="交渉の中断は、日本が非友好的な措置を取った結果だ"),
 dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="東京がその路線を続ける限り、条約の問題を話し合う基盤はない"),
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False, snippet="東京はワシントンとブリュッセルの反ロシア路線に忠実に従っただけだった"),
 dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=None, optional=True, snippet="一つ一つコメントすることは控える"),
 dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=True, snippet="領土問題を解決して平和条約を締結するとの政府の方針は、内閣がどうなろうと一貫している"),
],
not_statements=[
 "首相は会見で、対ロ関係には直接言及しなかった。",
 "日ロ関係筋は「ロシアは次期政権の出方を見極めようとしている」と話した。",
 "官房長官は、自民党総裁選への立候補を検討していると伝えられている。",
 "首相は7日の記者会見で辞任を表明した。",
 "自民党は総裁選を10月4日に投開票する日程で調整している。",
 "ロシア軍は北方領土を含む千島列島で軍事演習を繰り返した。",
]),

# 17 NHK, Japan's ambassador in Moscow meets Deputy FM Rudenko (Dec 2024): 「大使は」 by title (Akira Muto, named only
#   near the end), his requests (grave visits, the policy), the Russian ministry's readout (relations, the treaty,
#   grave visits conditional); the meeting, his credentials, background
dict(id="J8-17", outlet="NHK", url="https://www3.nhk.or.jp/news/html/20241226/k10014680011000.html",
published="2024-12-26",
title="駐ロシア大使 ロシア外務次官と会談 北方墓参の再開など求める",
text="""駐ロシア大使 ロシア外務次官と会談 北方墓参の再開など求める
2024年12月26日 22時40分　ロシア

ロシアに駐在する日本の大使が25日、モスクワでロシア外務省のルデンコ次官と会談し、中断が続く北方領土の元島民らによる墓参りの再開などを求めました。ロシア側は、会談で日本の対ロ制裁を批判したと発表しています。

日本大使館によりますと、会談は25日にロシア外務省で行われ、1時間余りにわたりました。
この中で、大使は「元島民の方々は高齢となっており、墓参の再開は人道上の観点から急がれる」と述べ、北方墓参を含む四島交流等事業の早期再開を要請しました。
また、ロシアに滞在する日本人の安全確保や、日本企業の活動をめぐる問題についても協力を求めたということです。
さらに、大使は「日本政府は領土問題を解決して平和条約を締結するという方針を堅持している」と伝えたということです。

一方、ロシア外務省は26日、会談についての発表を出しました。
それによりますと、ルデンコ次官は「日本の非友好的な政策が、両国関係をかつてない水準にまで冷え込ませた」と指摘し、「東京が対ロ制裁の路線を改めない限り、平和条約に関する作業を再開する前提は存在しない」と伝えたとしています。
また、墓参りについては「日本側の反ロシア的な措置が撤回されれば、検討の余地がある」と述べたとしています。

これについて林官房長官は26日午後の記者会見で「ロシア側の発表の一つ一つにコメントすることは控えたい」とした上で、「北方墓参の再開は、日ロ関係の中でも最優先事項の一つだ。引き続きロシア側に強く求めていく」と述べました。

武藤顕大使は去年12月に着任し、先月にはクレムリンで開かれた信任状の奉呈式に出席しました。

北方墓参をめぐっては、ロシアが2022年、ウクライナ侵攻を受けた日本の制裁に反発して、ビザなし交流などとともに中止を一方的に発表しています。
元島民の平均年齢は88歳を超えていて、再開を求める声が強まっています。

ロシア 国際ニュース一覧へ
北海道 NEWS WEB""",
expected=[
 dict(speaker="Akira Muto", alt=["Japanese Foreign Ministry", "Embassy of Japan in Russia"], treaty=False, snippet="元島民の方々は高齢となっており、墓参の再開は人道上の観点から急がれる"),
 dict(speaker="Akira Muto", alt=["Japanese Foreign Ministry", "Embassy of Japan in Russia"], treaty=False, optional=True, snippet="ロシアに滞在する日本人の安全確保や、日本企業の活動をめぐる問題についても協力を求めた"),
 dict(speaker="Akira Muto", alt=["Japanese Foreign Ministry", "Embassy of Japan in Russia"], treaty=True, snippet="日本政府は領土問題を解決して平和条約を締結するという方針を堅持している"),
 dict(speaker="Andrei Rudenko", alt=["Russian Foreign Ministry"], treaty=False, snippet="日本の非友好的な政策が、両国関係をかつてない水準にまで冷え込ませた"),
 dict(speaker="Andrei Rudenko", alt=["Russian Foreign Ministry"], treaty=True, snippet="東京が対ロ制裁の路線を改めない限り、平和条約に関する作業を再開する前提は存在しない"),
 dict(speaker="Andrei Rudenko", alt=["Russian Foreign Ministry"], treaty=False, snippet="日本側の反ロシア的な措置が撤回されれば、検討の余地がある"),
 dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=None, optional=True, snippet="ロシア側の発表の一つ一つにコメントすることは控えたい"),
 dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=False, snippet="北方墓参の再開は、日ロ関係の中でも最優先事項の一つだ"),
],
not_statements=[
 "会談は25日にロシア外務省で行われ、1時間余りにわたりました。",
 "元島民の平均年齢は88歳を超えていて、再開を求める声が強まっています。",
 "武藤顕大使は去年12月に着任し、先月にはクレムリンで開かれた信任状の奉呈式に出席しました。",
 "ロシアが2022年、ウクライナ侵攻を受けた日本の制裁に反発して、ビザなし交流などとともに中止を一方的に発表しています。",
]),

# 18 Jiji, Takaichi's reported oral message to Putin through Suzuki Muneo (Jan 2026): the Russian agency quoting a
#   Japanese magazine, the message's content (the sender's words, as relayed), Kihara, Suzuki's blog, Peskov; the
#   meeting, an unnamed MOFA official
dict(id="J8-18", outlet="Jiji", url="https://www.jiji.com/jc/article?k=2026011900654&g=pol",
published="2026-01-19",
title="首相「メッセージ」、宗男氏が露側に伝達か　官房長官「承知していない」",
text="""首相「メッセージ」、宗男氏が露側に伝達か　官房長官「承知していない」
2026年01月19日17時05分

　ロシアの国営通信RIAノーボスチは18日、日本の経済誌の報道を引用し、高市早苗首相がプーチン大統領に宛てた口頭のメッセージを自民党の鈴木宗男参院議員に託し、鈴木氏が昨年12月下旬のモスクワ訪問時にロシア側に伝えたと報じた。
　報道によると、鈴木氏は12月26日、ロシア上院のコサチョフ副議長と会談した際、首相の言葉として「日本はロシアとの関係を大切に考えている」「ロシアとウクライナの即時停戦を強く望む」との内容を伝えたという。
　木原稔官房長官は19日午前の記者会見で「首相が鈴木氏にメッセージを託したという事実は承知していない」と述べた。その上で「ロシアとの関係は厳しい状況にあるが、領土問題を解決して平和条約を締結するという方針に変わりはない」と強調した。
　鈴木氏は自身のブログに「首相から、ロシアの要人に会ったらよろしく伝えてほしいと言われたのは事実だ。首相は日ロ関係を何とか前に進めたいという思いを持っておられる」と書き込んだ。鈴木氏はブログで「平和条約交渉の再開こそ、日本の国益にかなう」とも記した。
　ロシア大統領府のペスコフ報道官は19日、記者団に「プーチン大統領に日本の首相から何らかのメッセージが届いたという話は承知していない」と述べた。一方で「日本側が関係を正常化したいと本気で考えるなら、まず非友好的な措置をやめるべきだ」と語った。
　コサチョフ氏は会談後、自身のテレグラムに「両国関係が最も難しい時期にあっても、議員同士の対話は続けるべきだ。日本の友人の訪問を歓迎する」と投稿していた。
　鈴木氏は昨年7月の参院選で自民党から比例代表で立候補し、当選した。鈴木氏は同じ訪問で、ロシア外務省のルデンコ次官とも会談し、北方領土の元島民による墓参の再開を求めた。
　政府内には「議員個人の訪ロで、政府として関知しない」（外務省幹部）との冷ややかな見方がある。""",
expected=[
 dict(speaker="Sanae Takaichi", alt=["Japanese government"], treaty=False, optional=True, snippet="日本はロシアとの関係を大切に考えている"),
 dict(speaker="Sanae Takaichi", alt=["Japanese government"], treaty=False, optional=True, snippet="ロシアとウクライナの即時停戦を強く望む"),
 dict(speaker="Minoru Kihara", alt=["Japanese government"], treaty=False, snippet="首相が鈴木氏にメッセージを託したという事実は承知していない"),
 dict(speaker="Minoru Kihara", alt=["Japanese government"], treaty=True, snippet="領土問題を解決して平和条約を締結するという方針に変わりはない"),
 dict(speaker="Muneo Suzuki", treaty=False, snippet="首相から、ロシアの要人に会ったらよろしく伝えてほしいと言われたのは事実だ"),
 dict(speaker="Muneo Suzuki", treaty=True, snippet="平和条約交渉の再開こそ、日本の国益にかなう"),
 dict(speaker="Konstantin Kosachev", treaty=False, snippet="両国関係が最も難しい時期にあっても、議員同士の対話は続けるべきだ"),
 dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=False, snippet="プーチン大統領に日本の首相から何らかのメッセージが届いたという話は承知していない"),
 dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=False, snippet="日本側が関係を正常化したいと本気で考えるなら、まず非友好的な措置をやめるべきだ"),
],
not_statements=[
 "「議員個人の訪ロで、政府として関知しない」（外務省幹部）との冷ややかな見方がある。",
 "ロシアの国営通信RIAノーボスチは18日、日本の経済誌の報道を引用し、",
 "鈴木氏は12月26日、ロシア上院のコサチョフ副議長と会談した際、",
 "鈴木氏は昨年7月の参院選で自民党から比例代表で立候補し、当選した。",
]),

# 19 Mainichi, the Russian presidential vote held on the islands too (March 2024): the chief cabinet secretary by
#   title only (Hayashi since Dec 2023), the Sakhalin election commission, Putin's victory speech, Kamikawa on the
#   occupied Ukrainian regions, the policy line, Zakharova via TASS; background
dict(id="J8-19", outlet="Mainichi", url="https://mainichi.jp/articles/20240318/k00/00m/030/215000c",
published="2024-03-18",
title="露大統領選、北方領土でも投票　官房長官「受け入れられない」",
text="""露大統領選、北方領土でも投票　官房長官「受け入れられない」
毎日新聞 2024/3/18 18:52（最終更新 3/18 20:10）

　15～17日に投票が行われたロシア大統領選で、ロシアが実効支配する北方領土でも投票が実施された。官房長官は18日午前の記者会見で「北方領土は我が国固有の領土だ。そこでロシアの大統領選挙が行われたことは、我が国の立場と相いれず、受け入れられない」と述べ、外交ルートを通じてロシア側に抗議したことを明らかにした。
　サハリン州選挙管理委員会によると、択捉島や国後島、色丹島にも投票所が設けられ、投票率は州全体の平均を上回ったという。
　通算5選を決めたプーチン大統領は17日夜、モスクワの選挙本部で「国民の信任に感謝する。われわれはどんな脅しにも屈しない」と勝利を宣言した。ウクライナ侵攻については「特別軍事作戦の課題は必ず解決される」とも述べた。
　上川陽子外相は18日、記者団に「選挙はウクライナの占領地域でも強行されたもので、正当性を認めることはできない」と批判した。日本政府は、ウクライナ東部・南部の占領地域での投票も非難している。
　官房長官は、日ロ関係について問われ「厳しい状況にあるが、領土問題を解決して平和条約を締結するとの方針を堅持する」と改めて強調した。
　ロシア外務省のザハロワ情報局長は「日本の抗議は内政干渉であり、受け入れられない。クリル諸島の住民は、自国の大統領を選ぶ当然の権利を行使した」とコメントしたとタス通信が伝えた。
　北方領土では2018年の前回大統領選の際にも投票が行われ、日本政府が抗議している。
　ロシア中央選挙管理委員会の発表では、プーチン氏の得票率は87％を超え、過去最高となった。プーチン氏の新たな任期は2030年までの6年間。
　日本政府関係者は「北方領土での投票は、ロシアが島々の実効支配を既成事実化しようとする動きの一つだ」と警戒を強めている。

関連記事
・プーチン氏が通算5選　得票率は過去最高
・ウクライナ占領地でも投票強行　G7が非難声明""",
expected=[
 dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=True, snippet="北方領土は我が国固有の領土だ。そこでロシアの大統領選挙が行われたことは"),
 dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=False, optional=True, snippet="国民の信任に感謝する。われわれはどんな脅しにも屈しない"),
 dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=False, optional=True, snippet="特別軍事作戦の課題は必ず解決される"),
 dict(speaker="Yoko Kamikawa", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, snippet="選挙はウクライナの占領地域でも強行されたもので、正当性を認めることはできない"),
 dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=True, snippet="領土問題を解決して平和条約を締結するとの方針を堅持する"),
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=None, optional=True, snippet="日本の抗議は内政干渉であり、受け入れられない"),
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=None, snippet="クリル諸島の住民は、自国の大統領を選ぶ当然の権利を行使した"),
],
not_statements=[
 "15～17日に投票が行われたロシア大統領選で、ロシアが実効支配する北方領土でも投票が実施された。",
 "北方領土では2018年の前回大統領選の際にも投票が行われ、日本政府が抗議している。",
 "日本政府は、ウクライナ東部・南部の占領地域での投票も非難している。",
 "投票率は州全体の平均を上回ったという。",
 "日本政府関係者は「北方領土での投票は、ロシアが島々の実効支配を既成事実化しようとする動きの一つだ」と警戒を強めている。",
]),

# 20 Asahi, Motegi and Kihara answer Lavrov's annual press conference (Jan 2026): Lavrov's words recalled with the
#   occasion (two remarks), 「外相は」 after both foreign ministers are named (Motegi), the legal argument, Kihara; a
#   named expert (optional), background
dict(id="J8-20", outlet="Asahi", url="https://www.asahi.com/articles/AST1N3K5QT1NUTFK00JM.html",
published="2026-01-21",
title="露外相「条約語るのはまともでない」　茂木外相「責任転嫁、受け入れられない」",
text="""露外相「条約語るのはまともでない」　茂木外相「責任転嫁、受け入れられない」
2026年1月21日 12時30分

　ロシアのラブロフ外相が20日の年次記者会見で、日本との平和条約を巡り「制裁を科しながら条約の話をすることは、まともな態度とは言えない」などと述べたことについて、茂木敏充外相は21日、記者団に「交渉を一方的に中断したのはロシア側であり、その責任を日本に転嫁する主張は全く受け入れられない」と反論した。
　外相は「北方領土は我が国が主権を有する島々であり、我が国固有の領土だ」と強調。「第2次大戦の結果だとするロシアの主張は、国際法上の根拠を全く欠いている」とも述べた。
　木原稔官房長官も同日の記者会見で「領土問題を解決して平和条約を締結するとの方針の下、粘り強く取り組んでいく」と語った。
　ラブロフ氏は会見で、共同通信記者の質問に答える形で日本に言及。日本の防衛力強化にも触れ、「日本は急速に軍事化を進めている」と批判していた。
　ロシア外交に詳しい北海道大の田村誠一教授は「中国と歩調を合わせて日本への圧力を強める狙いがあるのだろう」とみる。
　外相はウクライナ情勢について「公正かつ永続的な平和の実現に向け、G7と緊密に連携していく。対ロ制裁を緩める考えは全くない」とも述べた。
　日本政府は、ロシアのウクライナ侵攻を受けて対ロ制裁を続けている。日ロ間では北方四島周辺での日本漁船の安全操業を巡る協議も止まったまま。2月7日の「北方領土の日」には東京都内で北方領土返還要求全国大会が開かれ、首相が出席する予定だ。
　日本政府内には「高市政権の対中姿勢への反発が背景にあり、中ロが連携して揺さぶりをかけている」（外務省幹部）との見方もある。

この記事を書いた人
佐藤英樹
国際報道部

■関連記事
・ラブロフ外相が年次会見　欧州首脳を痛烈批判
・北方領土の日を前に、返還要求の署名活動""",
expected=[
 dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="制裁を科しながら条約の話をすることは、まともな態度とは言えない"),
 dict(speaker="Toshimitsu Motegi", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=True, snippet="交渉を一方的に中断したのはロシア側であり、その責任を日本に転嫁する主張は全く受け入れられない"),
 dict(speaker="Toshimitsu Motegi", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=True, snippet="北方領土は我が国が主権を有する島々であり、我が国固有の領土だ"),
 dict(speaker="Toshimitsu Motegi", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=True, snippet="第2次大戦の結果だとするロシアの主張は、国際法上の根拠を全く欠いている"),
 dict(speaker="Minoru Kihara", alt=["Japanese government"], treaty=True, snippet="領土問題を解決して平和条約を締結するとの方針の下、粘り強く取り組んでいく"),
 dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=False, snippet="日本は急速に軍事化を進めている"),
 dict(speaker="Toshimitsu Motegi", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, optional=True, snippet="公正かつ永続的な平和の実現に向け、G7と緊密に連携していく"),
 dict(speaker="Toshimitsu Motegi", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, snippet="対ロ制裁を緩める考えは全くない"),
 dict(speaker="Seiichi Tamura", treaty=None, optional=True, snippet="中国と歩調を合わせて日本への圧力を強める狙いがあるのだろう"),
],
not_statements=[
 "日本政府は、ロシアのウクライナ侵攻を受けて対ロ制裁を続けている。",
 "ラブロフ外相が年次会見　欧州首脳を痛烈批判",
 "日ロ間では北方四島周辺での日本漁船の安全操業を巡る協議も止まったまま。",
 "（外務省幹部）との見方もある。",
 "東京都内で北方領土返還要求全国大会が開かれ、首相が出席する予定だ。",
 "北方領土の日を前に、返還要求の署名活動",
]),
]
