# -*- coding: utf-8 -*-
"""20 more synthetic Japanese texts (round 10, written for this test) with expected statements.

Round 10: THE DISPUTE'S DAILY FRICTION, 2010-2026. Protests and summons, visits to the islands, drills, garrisons
and missiles, the Bluebook and the defence white paper, entry bans, Northern Territories Day, grave visits, the
visa-free exchanges and fishing -- news in which the same speakers say treaty things (a sovereignty claim, the talks,
their suspension, a handover) and non-treaty things (fishing, sanctions, the islands' economy, a ferry, the weather,
Ukraine, an airspace violation) side by side.
- Visits and protests: Medvedev on Kunashiri, Nov 2010, Maehara summoning Bely, Kan, Sengoku, Lavrov, Kosachev
  (Yomiuri, J10-01); Serdyukov on Kunashiri and Iturup, Feb 2011, with Medvedev's weapons order, Edano, Maehara,
  Lavrov and Lukashevich recalled (Sankei, J10-02); the health minister Skvortsova on Iturup, July 2015, Kishida, Suga,
  the MID, Kozhemyako (Mainichi, J10-14); a Duma delegation led by Slutsky on Kunashiri, May 2026, Kihara, Nozdrev,
  Motegi, Takaichi, the Nemuro mayor (47NEWS, J10-18).
- Arms and drills: Bal and Bastion on Kunashiri and Iturup, Nov 2016, Suga, Kishida, Inada, Peskov (NHK, J10-04);
  Su-35s on Iturup, Aug 2018, Onodera, Suga, Gordeev, Zakharova (Jiji, J10-05); the S-300V4 on Iturup, Dec 2020, Kato,
  Kishi, the Russian Defense Ministry, Zakharova (Sputnik 日本, J10-07); Bastion on Matua -- NOT one of the disputed
  islands -- Dec 2021, Matsuno, Kishi, Shoigu, Peskov, Limarenko (Nikkei, J10-12); Bastion on Paramushir, a Kantei
  transcript with Matsuno, March 2023 (J10-15); an Il-38 over Rebun, Sept 2024, Hayashi, Kihara as defence minister,
  the Russian embassy, Peskov (Jiji, J10-19).
- Documents and replies: the 2019 Bluebook dropping 「日本に帰属」, Kono, Suga, Fukuyama, Tamaki, Peskov (Asahi,
  J10-06); the 2023 Bluebook presented by Hayashi, a MOFA transcript (J10-16); the 2025 defence white paper, Zakharova,
  Nakatani, Hayashi, Karasin (machine translation from Russian, J10-13).
- Sanctions: the MID statement banning 63 Japanese, May 2022, on the Russian embassy's site with the embassy's own
  comment and an excerpt of Zakharova's briefing (a long official page, J10-08); 384 Diet members banned, July 2022, the MID, Matsuno, Hosoda, Osaka, Suzuki Muneo, Ishigaki,
  Slutsky (Hokkaido Shimbun, J10-09).
- Regional life: the Russian drift-net ban, July 2015, Hasegawa, Takahashi, Hayashi as farm minister, Suga, Shestakov
  (Hokkaido Shimbun, J10-03); Northern Territories Day 2022, Kishida, Suzuki Naomichi, Waki, Ishigaki, Zakharova,
  Hayashi (NHK, J10-10); the memorial service at sea off Kunashiri, July 2023, Matsumoto, Ishigaki, Matsuno, Zakharova
  recalled (Hokkaido Shimbun, J10-11); Limarenko and Solomko on the Kurils' development, Sept 2019 (machine
  translation from Russian, J10-17); the exchanges cancelled for COVID, June 2020, Eto, Suga, Ishigaki, Suzuki, Waki,
  Limarenko (Yahoo!ニュース / HBC, J10-20).

Labels. A treaty statement (treaty=True) is an explicit sovereignty claim (「我が国固有の領土」, 「主権を有する島々」,
«ロシアの領土», «自国の領土を訪れる», 「クリルの問題は存在しない」), words on the treaty talks, their suspension,
conditions or resumption, the 1956 Declaration or a handover. A protest that calls a visit or a deployment
unacceptable AND states the claim in the same sentence is True; a bare protest (「我が国の立場と相いれず、遺憾だ」,
«日本の抗議は受け入れられない», 「許し難い暴挙」) is treaty=None -- firm on the speaker when it is the speaker's main
line, optional when he says the claim elsewhere. Non-treaty (treaty=False): fishing, the drift-net ban, grave visits
and the exchanges (their suspension, resumption, the memorial at sea), the islands' hospitals, ferries, housing and
tourism, deployments described as such, intelligence on aircraft, sanctions and entry bans, Ukraine, the G7, the WBC,
an airspace violation off Rebun ("我が国の主権を侵害" -- sovereignty, but not over the disputed islands) and Peskov's
«マトゥア島はロシアの領土» (Matua is not disputed). The return movement's health (「返還運動の拠点」, 「運動の柱」)
and "the exchanges prepare the settlement" are treaty=None. Words of the 'return' kind from former islanders'
leaders ("四島は日本の領土だ") are True.

Speakers named only by title, by the article's date: 官房長官 = Sengoku (Nov 2010), Edano (Feb 2011), Suga (2015,
2016, 2018, 2019, June 2020), Kato (Dec 2020), Matsuno (Dec 2021 - 2023), Hayashi (2024, 2025), Kihara (May 2026);
防衛相 = Serdyukov (Russia, 2011), Inada (Nov 2016), Onodera (Aug 2018), Kishi (2020, 2021), Nakatani (July 2025),
Minoru Kihara (Sept 2024 -- the same man is chief cabinet secretary in 2026); 外相 = Maehara (2010-11), Kishida (2015,
2016), Kono (2018-19), Hayashi (2022-23), Motegi (2026); 農水相 = Hayashi (2015); 北方担当相 = Eto (2020); 根室市長 =
Hasegawa (2015), Ishigaki (2020 on); 知事 = Takahashi (2015), Suzuki Naomichi (2020 on); サハリン州知事 = Kozhemyako
(acting, 2015), Limarenko (2019 on); ロシア外務省情報局長 = Lukashevich (2011), Zakharova (2015 on).

Traps (not_statements): the 1956 clause and the San Francisco treaty in background; the Bluebook's and the white
paper's wording as documents; a rally's appeal; a newspaper's report of a deployment (Boyevaya Vakhta, Kommersant,
Zvezda when it only reports); "Japan lodged a protest" and "the ministry summoned the ambassador" with no words;
anonymous officials (外務省幹部, 政府関係者, 防衛省幹部, 日露外交筋, 政府高官, 外務省関係者, 水産関係者);
an unnamed Diet member; readers' comments under an aggregator copy; reporters' questions; a poll; timelines and
explanatory boxes; captions, related headlines, site junk.

expected: list of dicts
  speaker  canonical English name (alt: other names acceptable, e.g. the ministry for its spokeswoman)
  treaty   True / False / None (None = either flag acceptable, genuinely ambiguous)
  snippet  exact substring of text that the statement's span should overlap
  optional True when absence is acceptable (asides, ambiguous remarks, unnamed or private people)
not_statements: snippets that must NOT produce a peace-treaty statement
"""

# As in rounds 2-9: an official's words on a subject that has nothing to do with Russia and Japan are optional
# treaty=False; an anonymous source, the writer's background, a reporter's question, a poll, a document and an event
# are not_statements; a ministry's or an embassy's unsigned statement is the statement of that institution; words a
# newspaper or an official relays ("外務省によると、大使は…と反論した") stay the words of the person who said them.

ARTICLES = []

ARTICLES += [
# 1 Yomiuri Online, Medvedev on Kunashiri (1 Nov 2010): Maehara summons Bely (claim + protest), Maehara's aside,
#   Bely's reply relayed by MOFA, Kan, Sengoku recalling the ambassador, Medvedev on the island's economy and his blog,
#   Lavrov, Kosachev, Medvedev's September promise to go (optional); the 1956 clause, an anonymous official, "Japan
#   protested", the desk's analysis box, a timeline (Tokyo Declaration, Irkutsk), caption, related headline
dict(id="J10-01", outlet="Yomiuri", url="http://www.yomiuri.co.jp/politics/news/20101102-OYT1T00388.htm",
published="2010-11-02",
title="露大統領の国後訪問、前原外相が駐日大使に抗議",
text="""YOMIURI ONLINE
ホーム > 政治

露大統領の国後訪問、前原外相が駐日大使に抗議

　ロシアのメドベージェフ大統領が1日、北方領土の国後島を訪問した。旧ソ連時代を含め、ロシアの国家元首が北方領土に足を踏み入れたのは初めて。前原外相は同日、ロシアのベールイ駐日大使を外務省に呼び、「北方領土は我が国固有の領土であり、大統領の訪問は日本の立場と相いれず、極めて遺憾だ」と抗議した。

　前原氏は大使との会談後、記者団に対し、「日本国民の感情を傷つけるものだ」と強い不快感を示した。外務省によると、ベールイ大使は「大統領が自国の領土のどこを訪れるかは、ロシアの国内問題だ」と反論し、双方の主張は平行線をたどった。

　菅首相は1日夜、首相公邸前で記者団に、「北方4島は我が国の領土だというのが政府の一貫した立場だ。大変遺憾に思う」と語った。首相は一方で、今月中旬に横浜で開かれるアジア太平洋経済協力会議（APEC）首脳会議には、予定通り大統領を迎える考えを示した。

　仙谷官房長官は2日午前の記者会見で、河野雅治駐ロシア大使を一時帰国させることを明らかにした。仙谷氏は「大統領訪問に至った経緯やロシア国内の情勢について、直接報告を聞くためだ」と説明し、召還ではないと強調した。

　大統領は1日朝、サハリン州の州都ユジノサハリンスクから空路で国後島入りし、約4時間滞在した。島内では地熱発電所や水産加工場、幼稚園などを視察した。住民との懇談では「この島の暮らしを、本土と変わらない水準に引き上げる。そのための投資は惜しまない」と述べ、島のインフラ整備を急ぐよう当局者に指示した。

　大統領には、サハリン州のホロシャビン知事らが同行した。知事は島内の港湾や空港の改修計画について説明し、大統領は住宅や道路の整備状況を確認したという。地元テレビによると、島の中心地ユジノクリーリスクでは、住民らが沿道で大統領の車列を出迎えた。

　大統領は視察後、自身のブログに国後島の写真とともに「ロシアの極東には、美しい場所がたくさんある」と書き込んだ。

　一方、ロシアのラブロフ外相は1日、訪問先で記者団に対し、日本側の反発について「受け入れられない。大統領はロシアの領土を訪れたのであり、今後も必要と考えればそうするだろう」と述べた。

　ロシア下院のコサチョフ国際問題委員長はインタファクス通信に、「島の帰属をめぐる議論は、平和条約交渉の枠内でのみ行われるべきものだ。日本は感情的な反応を控えるべきだ」と語った。

　メドベージェフ大統領は9月下旬、中国訪問の際に記者団から北方領土訪問について問われ、「近いうちに必ず行く」と述べていた。日本政府は外交ルートを通じて自制を求めてきたが、ロシア側は応じなかった。

　北方4島をめぐっては、1956年の日ソ共同宣言で、平和条約締結後に歯舞群島と色丹島を日本に引き渡すことが明記されている。大統領は9月末にも国後島訪問を計画したが、悪天候を理由に見送っていた。

　政府内では「APEC直前になぜこのタイミングなのか」（外務省幹部）と困惑が広がっている。日本政府は外交ルートを通じてロシア側に抗議したが、ロシア側が今後、択捉島など他の島を訪れる可能性も取りざたされている。

【解説】領土交渉の土台揺らぐ
　ロシアの国家元首による初の北方領土訪問は、日露間の領土交渉の土台を揺るがしかねない。ロシアはここ数年、「クリール諸島社会経済発展計画」に基づいて島のインフラ整備に巨費を投じ、実効支配の既成事実化を進めてきた。大統領自らが島を訪れたことで、その流れは一段と加速するとみられる。
　日本側には、横浜APECの機会を日露首脳会談の好機と位置づけ、停滞する交渉の打開につなげたいとの思惑があった。首脳会談が実現しても、領土問題で実質的な前進を得るのは一段と難しくなった。（政治部　森田健一）

■北方領土をめぐる主な動き
1945年8～9月　旧ソ連軍が北方4島を占領
1956年10月　日ソ共同宣言に署名
1993年10月　細川首相とエリツィン大統領が東京宣言
2001年3月　森首相とプーチン大統領がイルクーツク声明
2010年11月1日　メドベージェフ大統領が国後島訪問

（写真）国後島の空港に到着したメドベージェフ大統領＝ロイター

関連記事
・北方領土への大統領訪問、日本政府「遺憾」…外相会談で伝達へ
・ロシア大統領、北方領土訪問の意向…政府は自制求める

（2010年11月2日14時37分  読売新聞）""",
expected=[
 dict(speaker="Seiji Maehara", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=True, snippet="北方領土は我が国固有の領土であり、大統領の訪問は日本の立場と相いれず、極めて遺憾だ"),
 dict(speaker="Seiji Maehara", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=None, optional=True, snippet="日本国民の感情を傷つけるものだ"),
 dict(speaker="Mikhail Bely", alt=["Russian Embassy in Japan"], treaty=True, snippet="大統領が自国の領土のどこを訪れるかは、ロシアの国内問題だ"),
 dict(speaker="Naoto Kan", alt=["Japanese government"], treaty=True, snippet="北方4島は我が国の領土だというのが政府の一貫した立場だ"),
 dict(speaker="Naoto Kan", alt=["Japanese government"], treaty=False, optional=True, snippet="予定通り大統領を迎える考えを示した"),
 dict(speaker="Yoshito Sengoku", alt=["Japanese government"], treaty=False, snippet="大統領訪問に至った経緯やロシア国内の情勢について、直接報告を聞くためだ"),
 dict(speaker="Dmitry Medvedev", alt=["Kremlin"], treaty=False, snippet="この島の暮らしを、本土と変わらない水準に引き上げる"),
 dict(speaker="Dmitry Medvedev", alt=["Kremlin"], treaty=None, optional=True, snippet="ロシアの極東には、美しい場所がたくさんある"),
 dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="大統領はロシアの領土を訪れたのであり、今後も必要と考えればそうするだろう"),
 dict(speaker="Konstantin Kosachev", treaty=True, snippet="島の帰属をめぐる議論は、平和条約交渉の枠内でのみ行われるべきものだ"),
 dict(speaker="Konstantin Kosachev", treaty=None, optional=True, snippet="日本は感情的な反応を控えるべきだ"),
 dict(speaker="Dmitry Medvedev", alt=["Kremlin"], treaty=None, optional=True, snippet="「近いうちに必ず行く」と述べていた"),
],
not_statements=[
 "1956年の日ソ共同宣言で、平和条約締結後に歯舞群島と色丹島を日本に引き渡すことが明記されている",
 "APEC直前になぜこのタイミングなのか",
 "日本政府は外交ルートを通じてロシア側に抗議したが",
 "首脳会談が実現しても、領土問題で実質的な前進を得るのは一段と難しくなった",
 "細川首相とエリツィン大統領が東京宣言",
 "北方領土への大統領訪問、日本政府「遺憾」…外相会談で伝達へ",
]),

# 2 Sankei (MSN産経ニュース), Serdyukov on Kunashiri and Iturup (15 Feb 2011): the minister's claim and his words on
#   the barracks, Medvedev's 9 Feb order (a claim and an order to deploy), Edano's bare protest and his claim, Maehara
#   and Lavrov in Moscow on 11 Feb recalled, Maehara's aside, Kan's 「暴挙」 and Lukashevich recalled; Kommersant's
#   report, an anonymous official, the troop figure, a caption, a related headline
dict(id="J10-02", outlet="Sankei", url="http://sankei.jp.msn.com/world/news/110216/erp11021600270000-n1.htm",
published="2011-02-16",
title="露国防相が国後・択捉入り　枝野長官「極めて遺憾」　兵器増強指示受け視察",
text="""MSN産経ニュース
ワールド　欧州・ロシア

露国防相が国後・択捉入り　枝野長官「極めて遺憾」　兵器増強指示受け視察
2011.2.16 00:27

　【モスクワ＝石田典久】ロシアのセルジュコフ国防相は15日、北方領土の国後島と択捉島を訪れ、駐留する第18機関銃・砲兵師団の部隊や施設を視察した。メドベージェフ大統領が9日、北方領土に配備する兵器の近代化を指示したのを受けたもので、ロシアの国防相が北方領土を訪れるのは異例。

　インタファクス通信などによると、国防相は択捉島で部隊幹部と会談し、「島々の防衛は、ロシアの領土を守るうえで欠かせない任務だ」と強調。兵舎や装備の老朽化については「満足できる状態とはほど遠い。年内に新たな装備の配備計画をまとめる」と述べた。濃霧の影響で、国後島から択捉島への移動は予定より2時間近く遅れた。国防相は国後島では部隊の駐屯地を訪れ、兵士の宿舎や食堂も見て回った。視察には東部軍管区の司令官らが同行した。

　メドベージェフ大統領は9日の国防省幹部らとの会議で、北方領土を含むクリール諸島を「ロシアの不可分の一部であり、戦略的な地域だ」と位置付け、「必要な近代的兵器を十分に配備しなければならない」と指示していた。

　これに対し、枝野幸男官房長官は15日午後の記者会見で「わが国の立場と相いれず、極めて遺憾だ」と述べた。枝野氏は「北方4島は日本固有の領土であるという立場に基づき、外交ルートを通じてロシア側に申し入れた」と説明した。

　前原誠司外相は11日、モスクワでラブロフ外相と会談したばかり。前原氏は会談で北方領土問題について「静かな環境で、歴史的、法的事実に基づいて議論を進めたい」と呼びかけたが、ラブロフ氏は会談後の共同記者会見で「日本側が一方的な主張を繰り返す限り、平和条約をめぐる対話に進展は望めない」とくぎを刺していた。

　前原氏は15日、国会内で記者団に「大変残念だ。どういう意図があるのか、しっかり見極めたい」と語った。

　両国間では、菅直人首相が7日の「北方領土返還要求全国大会」で大統領の国後島訪問を「許し難い暴挙」と批判したことにロシア側が強く反発。ロシア外務省のルカシェビッチ情報局長は「外交的とは言いがたい発言だ」と不快感を示していた。

　ロシア国内では、大統領の国後島訪問以降、北方領土の開発や防衛強化を求める声が強まっている。国防省は、フランスから購入するミストラル級強襲揚陸艦を太平洋艦隊に配備する方向で検討を進めているとされる。

　露紙コメルサントは、国防省が北方領土に地対空ミサイルシステムなどを配備する方向で検討していると報じた。日本政府関係者は「日露関係の冷え込みは長期化しそうだ」と漏らしている。外務省内では、今月下旬に予定していた日露の次官級協議の日程を見直すべきだとの意見も出ているという。

　北方領土には現在、ロシア軍約3500人が駐留しているとされる。旧ソ連時代には約1万人規模が配備されていたが、ソ連崩壊後に大幅に削減された。装備の更新は遅れ、兵舎などの老朽化が指摘されていた。

■第18機関銃・砲兵師団　1978年に北方領土に配置された旧ソ連軍の部隊を前身とする。司令部は択捉島にあり、国後島にも部隊を置く。戦車や火砲などを備え、島の防衛を担う。

【写真】択捉島の部隊を視察するセルジュコフ国防相（中央）＝15日（ロイター）

【関連記事】
・露大統領「北方領土は戦略的地域」　兵器増強を指示
・菅首相「許し難い暴挙」　北方領土の日で大統領訪問を批判

ワールドニュース一覧へ""",
expected=[
 dict(speaker="Anatoly Serdyukov", alt=["Russian Defense Ministry"], treaty=True, snippet="島々の防衛は、ロシアの領土を守るうえで欠かせない任務だ"),
 dict(speaker="Anatoly Serdyukov", alt=["Russian Defense Ministry"], treaty=False, snippet="年内に新たな装備の配備計画をまとめる"),
 dict(speaker="Dmitry Medvedev", alt=["Kremlin"], treaty=True, snippet="ロシアの不可分の一部であり、戦略的な地域だ"),
 dict(speaker="Dmitry Medvedev", alt=["Kremlin"], treaty=None, snippet="必要な近代的兵器を十分に配備しなければならない"),
 dict(speaker="Yukio Edano", alt=["Japanese government"], treaty=None, optional=True, snippet="わが国の立場と相いれず、極めて遺憾だ"),
 dict(speaker="Yukio Edano", alt=["Japanese government"], treaty=True, snippet="北方4島は日本固有の領土であるという立場に基づき、外交ルートを通じてロシア側に申し入れた"),
 dict(speaker="Seiji Maehara", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=True, snippet="静かな環境で、歴史的、法的事実に基づいて議論を進めたい"),
 dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="日本側が一方的な主張を繰り返す限り、平和条約をめぐる対話に進展は望めない"),
 dict(speaker="Seiji Maehara", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=None, optional=True, snippet="どういう意図があるのか、しっかり見極めたい"),
 dict(speaker="Naoto Kan", alt=["Japanese government"], treaty=None, optional=True, snippet="大統領の国後島訪問を「許し難い暴挙」と批判した"),
 dict(speaker="Alexander Lukashevich", alt=["Russian Foreign Ministry"], treaty=None, optional=True, snippet="外交的とは言いがたい発言だ"),
],
not_statements=[
 "国防省が北方領土に地対空ミサイルシステムなどを配備する方向で検討していると報じた",
 "日露関係の冷え込みは長期化しそうだ",
 "北方領土には現在、ロシア軍約3500人が駐留しているとされる。",
 "露大統領「北方領土は戦略的地域」　兵器増強を指示",
]),
]

ARTICLES += [
# 3 Hokkaido Shimbun, the Russian drift-net ban signed (29 June 2015): the Nemuro mayor on the economy and on the
#   return movement (None), the governor's comment, the farm minister Hayashi, Suga on the treaty line and on fishing,
#   Shestakov; the signing as an event, an anonymous fishing-trade view, the 1998 agreement as background, an unnamed
#   processor, the explanatory box
dict(id="J10-03", outlet="Hokkaido Shimbun", url="http://dd.hokkaido-np.co.jp/news/economy/economy/1-0151762.html",
published="2015-07-01",
title="ロシア流し網禁止法が成立　根室市長「地域の存亡に関わる」　国に支援要請へ",
text="""北海道新聞 どうしん電子版
経済

ロシア流し網禁止法が成立　根室市長「地域の存亡に関わる」　国に支援要請へ
07/01 06:30

　【根室、モスクワ】ロシアのプーチン大統領は6月29日、ロシアの排他的経済水域（EEZ）内でのサケ・マス流し網漁を来年1月から禁止する法案に署名し、同法が成立した。ロシア200カイリ内で操業する日本の流し網漁船は、根室市を拠点とする十数隻が中心で、来年以降の出漁は事実上不可能となる。道の試算では、関連する加工や流通を含めた道内経済への影響額は年間約250億円に上る。

　根室市の長谷川俊輔市長は30日、市役所で記者会見し、「流し網漁は根室の基幹産業の一つで、禁止は地域経済の存亡に関わる」と危機感をあらわにした。長谷川市長は「北方領土返還運動の拠点である根室が疲弊すれば、運動を支える力そのものが弱まりかねない」とも述べ、近く上京して国に支援を求める考えを示した。根室市議会も7月中に臨時会を開き、国に対策を求める意見書を可決する方針だ。

　高橋はるみ知事は30日、「関係漁業者や加工業者の皆さんの不安は計り知れない。国に対し、経営支援と代替漁業の確立を強く求めていく」とのコメントを出した。

　林芳正農林水産相は30日の閣議後の記者会見で、「大変残念な結果だ。影響を受ける漁業者や地域の経営安定に万全を期したい」と述べ、補正予算での対策も視野に支援策を検討する考えを示した。

　菅義偉官房長官は30日の記者会見で、北方領土交渉への影響を問われ、「北方領土問題を解決して平和条約を締結するという基本方針に変わりはない」と強調した。その上で「漁業の問題は、資源管理の観点から両国間で協議していく」と述べた。

　一方、ロシア連邦漁業庁のシェスタコフ長官はタス通信に対し、「流し網漁は、サケ・マス資源や海鳥、海洋哺乳類に深刻な被害を与えてきた。禁止は環境を守るための措置で、特定の国を狙ったものではない」と説明した。

　同法をめぐっては、ロシア国内でも極東の漁業団体などから反対論が出ていた。水産関係者の間では「北方領土交渉への影響も避けられないのではないか」との見方も出ている。

　根室市によると、ロシア200カイリ内の流し網漁による水揚げは、市全体の水揚げ金額の約2割を占める。市内の水産加工業者の男性（56）は「原料が入らなくなれば、工場を続けられない」と肩を落とした。市内では30日夕、漁業者や加工業者ら約200人が集まり、今後の対応を話し合った。会場からは「サンマやマイワシに切り替えようにも、船の改造には多額の費用がかかる」「補償がなければ廃業するしかない」との声が相次いだ。

　日本漁船は北方四島周辺の水域では、1998年に日ロ両政府が結んだ安全操業協定に基づいて操業しており、今回の法律の対象外とみられる。

■根室の流し網漁　ロシア200カイリ内でのサケ・マス流し網漁は、日ロ漁業合同委員会で毎年、漁獲量や入漁料を決めて操業してきた。今年は4月の交渉が難航し、出漁が例年より1カ月以上遅れた。

■ロシア側の狙いは　ロシアでは、流し網漁が資源を枯渇させているとして、極東の環境団体や一部の漁業者が以前から禁止を求めていた。一方、ロシア国内にも、日本からの入漁料収入が失われることを懸念する声があった。法案は5月に下院、6月に上院を通過した。

＜関連記事＞
・サケ・マス交渉妥結　出漁1カ月遅れ
・流し網禁止法案、露下院が可決　根室に衝撃""",
expected=[
 dict(speaker="Shunsuke Hasegawa", treaty=False, snippet="流し網漁は根室の基幹産業の一つで、禁止は地域経済の存亡に関わる"),
 dict(speaker="Shunsuke Hasegawa", treaty=None, snippet="北方領土返還運動の拠点である根室が疲弊すれば、運動を支える力そのものが弱まりかねない"),
 dict(speaker="Harumi Takahashi", alt=["Hokkaido government"], treaty=False, snippet="国に対し、経営支援と代替漁業の確立を強く求めていく"),
 dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=False, snippet="影響を受ける漁業者や地域の経営安定に万全を期したい"),
 dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=True, snippet="北方領土問題を解決して平和条約を締結するという基本方針に変わりはない"),
 dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=False, snippet="漁業の問題は、資源管理の観点から両国間で協議していく"),
 dict(speaker="Ilya Shestakov", alt=["Russian Federal Agency for Fishery"], treaty=False, snippet="禁止は環境を守るための措置で、特定の国を狙ったものではない"),
],
not_statements=[
 "北方領土交渉への影響も避けられないのではないか",
 "日本漁船は北方四島周辺の水域では、1998年に日ロ両政府が結んだ安全操業協定に基づいて操業しており",
 "北方領土交渉への影響を問われ",
 "原料が入らなくなれば、工場を続けられない",
]),

# 4 NHK NEWS WEB, Bal and Bastion on Kunashiri and Iturup (Nov 2016, three weeks before Nagato): the fleet paper's
#   report (not a statement), Suga's claim-and-protest and his treaty line, Kishida's protest and his line, Inada on
#   the Russian forces, Peskov's claim and his aside; the government's worry as unattributed narration, an anonymous
#   official, the troop figure, the summit's agenda, "あわせて読みたい"
dict(id="J10-04", outlet="NHK", url="https://www3.nhk.or.jp/news/html/20161123/k10010781351000.html",
published="2016-11-23",
title="北方領土に地対艦ミサイル 政府がロシアに抗議",
text="""NHK NEWS WEB

北方領土に地対艦ミサイル 政府がロシアに抗議
11月23日 18時12分

ロシア軍が北方領土の択捉島と国後島に新型の地対艦ミサイルを配備したと伝えられたことについて、日本政府は外交ルートを通じてロシア側に抗議しました。来月のプーチン大統領の来日を前に、北方領土での軍備強化が明らかになったことで、政府内には交渉への影響を懸念する声も出ています。

ロシア太平洋艦隊の機関紙「ボエバヤ・ワフタ」は22日、択捉島に地対艦ミサイルシステム「バスチオン」を、国後島に「バル」を配備したと伝えました。

「バスチオン」は射程が300キロ程度とされる地対艦ミサイルシステムで、機関紙によりますと、部隊は近く、発射訓練も行う予定だということです。

これについて菅官房長官は23日の記者会見で、「北方四島は我が国固有の領土であり、ロシア側の軍備強化は、我が国の立場と相いれず、遺憾だ」と述べ、22日に外交ルートを通じて抗議したことを明らかにしました。そのうえで菅官房長官は、「来月の首脳会談に向けた準備に変わりはない。平和条約の締結に向けて、粘り強く交渉を進めていく」と述べました。

岸田外務大臣は記者団に対し、「事実関係を確認したうえで、ロシア側にしっかりと申し入れを行った」と述べたうえで、「日ロ関係全体を発展させる中で、北方領土問題の解決を目指すという考えに変わりはない」と強調しました。

稲田防衛大臣は、「極東におけるロシア軍の活動は活発化しており、今後も動向を注視していきたい」と述べました。

一方、ロシア大統領府のペスコフ報道官は23日、記者団に対し、「ロシアは自国の領土において、必要と考える防衛措置をとる主権的な権利を有している」と述べました。また、ペスコフ報道官は、「これが日本との対話の雰囲気に影響を与えるとは考えていない」とも述べました。

ロシアのショイグ国防大臣は、ことし3月、千島列島に地対艦ミサイルや無人機を配備する計画を明らかにしていて、今回の配備はこの計画に沿ったものとみられます。

ロシア国防省は去年から北方領土で軍の施設の建設を進めていて、択捉島と国後島にはおよそ3500人の兵士が駐留しているとされています。

来月15日から始まるプーチン大統領の来日では、山口県長門市と東京で首脳会談が行われる予定で、北方四島での共同経済活動などが話し合われる見通しです。政府関係者は「このタイミングでの配備の公表は、日本への揺さぶりだ」と話しています。

北方領土の元島民が多く暮らす北海道根室市では、市民から「首脳会談を前に水を差された思いだ」といった声が聞かれました。

北方領土をめぐっては、ロシアが去年、択捉島と国後島で兵舎などの建設を進めていることが明らかになり、日本政府がロシア側に抗議していました。

あわせて読みたい
ロシア大統領 “領土問題 簡単には解決しない”
北方領土 元島民 “首脳会談に期待と不安”

シェアする
ニュース一覧へ戻る""",
expected=[
 dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=True, snippet="北方四島は我が国固有の領土であり、ロシア側の軍備強化は、我が国の立場と相いれず、遺憾だ"),
 dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=True, snippet="平和条約の締結に向けて、粘り強く交渉を進めていく"),
 dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=False, optional=True, snippet="来月の首脳会談に向けた準備に変わりはない"),
 dict(speaker="Fumio Kishida", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=None, optional=True, snippet="事実関係を確認したうえで、ロシア側にしっかりと申し入れを行った"),
 dict(speaker="Fumio Kishida", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=True, snippet="日ロ関係全体を発展させる中で、北方領土問題の解決を目指すという考えに変わりはない"),
 dict(speaker="Tomomi Inada", alt=["Japanese government"], treaty=False, snippet="極東におけるロシア軍の活動は活発化しており、今後も動向を注視していきたい"),
 dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="ロシアは自国の領土において、必要と考える防衛措置をとる主権的な権利を有している"),
 dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=None, optional=True, snippet="これが日本との対話の雰囲気に影響を与えるとは考えていない"),
],
not_statements=[
 "択捉島に地対艦ミサイルシステム「バスチオン」を、国後島に「バル」を配備したと伝えました",
 "政府内には交渉への影響を懸念する声も出ています",
 "このタイミングでの配備の公表は、日本への揺さぶりだ",
 "北方四島での共同経済活動などが話し合われる見通しです",
 "ロシア大統領 “領土問題 簡単には解決しない”",
]),

# 5 Jiji, Su-35s on Iturup (Aug 2018): Zvezda's report (not a statement), Onodera's claim-and-protest and his words
#   on intelligence, Suga's bare protest and his treaty line, the Eastern Military District's press chief on the
#   trial and on "Russian territory" training (None), Zakharova to TASS; a defence-ministry official (anonymous),
#   an anonymous MOFA official on the joint economic activities, "Japan protested", the airport's history, the
#   scramble figures, a caption
dict(id="J10-05", outlet="Jiji", url="https://www.jiji.com/jc/article?k=2018081400512&g=pol",
published="2018-08-14",
title="択捉島に露戦闘機、試験配備＝小野寺防衛相「受け入れられない」",
text="""時事ドットコムニュース ＞ 政治

択捉島に露戦闘機、試験配備＝小野寺防衛相「受け入れられない」

　ロシア国防省系のテレビ局ズベズダは13日、北方領土・択捉島の空港に、最新鋭戦闘機スホイ35が試験的に配備されたと報じた。北方領土への戦闘機の配備が明らかになるのは初めて。日本政府は外交ルートを通じてロシア側に抗議した。

　スホイ35は、ロシア空軍の主力となる第4世代の改良型戦闘機。ズベズダによると、複数の機体が極東ハバロフスク地方の基地から択捉島の飛行場に移動し、周辺空域での飛行訓練を行っているという。

　小野寺五典防衛相は14日の閣議後記者会見で、「北方領土は我が国固有の領土であり、そこでの軍備の強化は受け入れられない」と述べた。小野寺氏は「戦闘機の数や配備の期間について、情報収集と分析を進めている」とも語った。

　菅義偉官房長官は14日の記者会見で、「わが国の立場と相いれず、遺憾だ」と表明。9月にロシア極東ウラジオストクで予定される日ロ首脳会談については、「平和条約締結問題を含め、首脳間でしっかりと議論したい」と述べた。

　ロシア東部軍管区のゴルデーエフ報道部長は、ズベズダに対し、「戦闘機は択捉島の飛行場で試験的な任務に就いている。厳しい気象条件の下での運用能力を確かめるためだ」と説明した。同氏は「部隊の運用は、ロシア領内での通常の訓練計画に沿ったものだ」とも強調した。

　ロシア外務省のザハロワ情報局長は14日、日本の抗議について問われ、タス通信に「東京からの抗議は受け入れられない。南クリール諸島でのわが国の活動は、自国の領土における主権の行使だ」とのコメントを寄せた。

　ロシア政府は今年2月、択捉島の空港を軍と民間の共用とする政府令を出しており、日本政府は同月、外交ルートを通じて抗議していた。ロシアは2016年に択捉、国後両島に地対艦ミサイルを配備したほか、兵舎などの建設も進めている。ロシア軍は今年に入ってからも北方領土で演習を繰り返しており、日本政府はその都度、抗議している。

　日ロ両政府は北方四島での共同経済活動の具体化に向けた協議を続けており、政府内には「軍備強化が交渉の雰囲気を損ないかねない」（外務省幹部）との懸念もある。

　北方領土では、9月に予定されるロシア軍の大規模演習「ボストーク2018」に関連した訓練も行われる見通し。防衛省幹部は「ロシアは北方領土の軍事拠点化を着々と進めている」と警戒感を示した。

　択捉島の空港は2014年に開港し、今年から民間機と軍用機の共用となっている。防衛省によると、2017年度の空自の緊急発進（スクランブル）は904回で、このうちロシア機に対するものは390回だった。

（写真）ロシアの戦闘機スホイ35＝2017年7月、モスクワ郊外（AFP時事）

（2018/08/14-12:37）
【時事通信社】

関連ニュース
【政治記事一覧へ】
【図解】北方領土のロシア軍""",
expected=[
 dict(speaker="Itsunori Onodera", alt=["Japanese government", "Japanese Defense Ministry"], treaty=True, snippet="北方領土は我が国固有の領土であり、そこでの軍備の強化は受け入れられない"),
 dict(speaker="Itsunori Onodera", alt=["Japanese government", "Japanese Defense Ministry"], treaty=False, snippet="戦闘機の数や配備の期間について、情報収集と分析を進めている"),
 dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=None, optional=True, snippet="わが国の立場と相いれず、遺憾だ"),
 dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=True, snippet="平和条約締結問題を含め、首脳間でしっかりと議論したい"),
 dict(speaker="Alexander Gordeev", alt=["Eastern Military District", "Russian Defense Ministry"], treaty=False, snippet="厳しい気象条件の下での運用能力を確かめるためだ"),
 dict(speaker="Alexander Gordeev", alt=["Eastern Military District", "Russian Defense Ministry"], treaty=None, optional=True, snippet="部隊の運用は、ロシア領内での通常の訓練計画に沿ったものだ"),
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="南クリール諸島でのわが国の活動は、自国の領土における主権の行使だ"),
],
not_statements=[
 "ロシアは北方領土の軍事拠点化を着々と進めている",
 "北方領土への戦闘機の配備が明らかになるのは初めて。",
 "日本政府は外交ルートを通じてロシア側に抗議した。",
 "軍備強化が交渉の雰囲気を損ないかねない",
]),
]

ARTICLES += [
# 6 Asahi, the 2019 Diplomatic Bluebook without 「北方四島は日本に帰属する」 (April 2019): the Bluebook's wording
#   and last year's (documents), Kono on the wording and the legal position, Kono on South Korea (off-topic), Suga's
#   claim and his no-comment, two opposition leaders (None), Peskov's no-comment and his treaty line, a former
#   islander (private, optional); an anonymous MOFA official, the rally's appeal as an event, a poll, a related headline
dict(id="J10-06", outlet="Asahi", url="https://www.asahi.com/articles/ASM4R5JN8M4RUTFK01P.html",
published="2019-04-24",
title="外交青書、北方四島「日本に帰属」の記述消える　首脳交渉に配慮",
text="""朝日新聞デジタル ＞ 記事

外交青書、北方四島「日本に帰属」の記述消える　首脳交渉に配慮
2019年4月24日05時00分

　河野太郎外相は23日の閣議で、2019年版の外交青書を報告した。昨年版にあった「北方四島は日本に帰属する」との記述がなくなり、日ロ関係の項目では「平和条約締結を含む日ロ関係の全面的な発展に取り組む」などとするにとどめた。安倍晋三首相とプーチン大統領による交渉を進める中、ロシア側を刺激する表現を避けたとみられる。

　昨年版では、北方領土について「北方四島は日本に帰属するというのが我が国の立場」と記していた。今年版のロシアの項目は、首脳会談や外相会談の経過を中心に並べる内容となり、領土の帰属に直接触れる記述は見当たらない。

　河野氏は閣議後の記者会見で記述の変更について問われ、「交渉に影響を与えかねない発言や記述は控えたい。政府の法的な立場に何ら変わりはない」と述べた。一方で、同日の会見では韓国との関係について「非常に厳しい状況が続いている」との認識も示した。

　菅義偉官房長官も記者会見で「北方四島は我が国が主権を有する島々であり、その立場は一貫している」と強調。「交渉の具体的な中身については、外交上のやりとりなので差し控えたい」と述べた。

　野党は反発している。立憲民主党の福山哲郎幹事長は記者団に「国民に説明もないまま、領土問題の根幹に関わる表現を後退させた。極めて問題だ」と批判した。国民民主党の玉木雄一郎代表も「交渉で何も得られないまま、主張だけを引っ込めるのは外交の敗北だ」と語った。

　ロシア大統領府のペスコフ報道官は23日、日本の外交青書の記述について記者団に問われ、「他国の文書の表現についてコメントするつもりはない」としたうえで、「平和条約をめぐる作業は、両首脳の合意に沿って続いている」と述べた。

　外務省幹部は「交渉が微妙な段階にある以上、表現を調整するのは当然だ」と説明する。ただ、政府は2月7日の「北方領土の日」の全国大会でも、大会アピールから「不法占拠」の文言を外しており、元島民の間では不安が広がる。

　歯舞群島・志発島出身で根室市に住む元島民の河田ハルさん（85）は「『帰属』の言葉まで消えると、返還をあきらめたように見えてしまう」と話した。

　朝日新聞社が2月に実施した全国世論調査では、北方領土問題について「まず2島の返還を先行させるべきだ」との回答が最も多かった。

　外交青書は毎年、政府の外交活動の1年間の記録と今後の方針をまとめるもので、18年版では「北方四島の帰属の問題を解決して平和条約を締結するという基本方針」と明記していた。

■外交青書の主な記述の変化（18年版→19年版）
・北方領土　「北方四島は日本に帰属する」→記述なし
・韓国　「未来志向の新時代」→記述なし
・中国　「関係改善の流れ」→「完全に正常な軌道に戻った」

　外交青書は閣議報告の後、外務省のホームページで公開され、市販もされる。

（松井望美）

関連ニュース
・北方領土の日、アピールから「不法占拠」消える
・日ロ首脳、6月の大阪で会談へ""",
expected=[
 dict(speaker="Taro Kono", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=True, snippet="交渉に影響を与えかねない発言や記述は控えたい"),
 dict(speaker="Taro Kono", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=True, snippet="政府の法的な立場に何ら変わりはない"),
 dict(speaker="Taro Kono", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, optional=True, snippet="非常に厳しい状況が続いている"),
 dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=True, snippet="北方四島は我が国が主権を有する島々であり、その立場は一貫している"),
 dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=None, optional=True, snippet="交渉の具体的な中身については、外交上のやりとりなので差し控えたい"),
 dict(speaker="Tetsuro Fukuyama", treaty=None, snippet="国民に説明もないまま、領土問題の根幹に関わる表現を後退させた"),
 dict(speaker="Yuichiro Tamaki", treaty=None, optional=True, snippet="交渉で何も得られないまま、主張だけを引っ込めるのは外交の敗北だ"),
 dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=False, optional=True, snippet="他国の文書の表現についてコメントするつもりはない"),
 dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="平和条約をめぐる作業は、両首脳の合意に沿って続いている"),
 dict(speaker="河田ハル", treaty=None, optional=True, snippet="『帰属』の言葉まで消えると、返還をあきらめたように見えてしまう"),
],
not_statements=[
 "昨年版にあった「北方四島は日本に帰属する」との記述がなくなり",
 "「北方四島は日本に帰属する」→記述なし",
 "交渉が微妙な段階にある以上、表現を調整するのは当然だ",
 "大会アピールから「不法占拠」の文言を外しており",
 "「まず2島の返還を先行させるべきだ」との回答が最も多かった",
 "北方四島の帰属の問題を解決して平和条約を締結するという基本方針",
]),

# 7 Sputnik 日本, Zakharova on Japan's protest over the S-300V4 on Iturup (Dec 2020): her claim, her treaty
#   condition, a bare retort on its own in the lead (not labelled), her grave-visit line, the Defense Ministry's
#   announcement, Kato's protest by the territory's "立場" (None, firm), Kato's and Kishi's monitoring; Sputnik's
#   standard background, related links, tags
dict(id="J10-07", outlet="Sputnik 日本", url="https://jp.sputniknews.com/russia/202012038003164/",
published="2020-12-03",
title="ザハロワ報道官、クリル諸島への防空システム配備めぐる日本の抗議を「受け入れられない」",
text="""Sputnik 日本
ロシア
ザハロワ報道官、クリル諸島への防空システム配備めぐる日本の抗議を「受け入れられない」
© Sputnik / Vitaly Ankov
ロシア
2020年12月03日 19:55
短縮 URL
0　21

ロシア外務省のマリア・ザハロワ報道官は3日の定例記者会見で、南クリル諸島のイトゥルップ（択捉）島に地対空ミサイルシステム「S300V4」が配備されたことへの日本政府の抗議について、「受け入れられない」と述べた。

ザハロワ報道官は、「クリル諸島は第二次世界大戦の結果、合法的にロシアの領土となった。自国領土の防衛力を高めることは、わが国の主権的権利であり、他国の指図を受ける理由はない」と強調した。

さらに報道官は、「日本側が平和条約をめぐる対話の継続を望むのであれば、前向きな雰囲気を損なうような発言は慎むべきだ」と述べた。

ロシア国防省は1日、「東部軍管区の部隊が、S300V4を用いてイトゥルップ島で試験的な戦闘任務に就いた」と発表していた。国防省によると、部隊は氷点下の気温の中で、目標の探知や追跡などの訓練を行った。

S300V4は、弾道ミサイルや巡航ミサイル、航空機を迎撃できる長距離の防空システム。ロシアのメディアによると、試験的な任務の期間は明らかにされていないが、将来は常時配備に移行する可能性があるという。

これに対し、日本の加藤勝信官房長官は2日の記者会見で、「北方四島におけるロシア軍の軍備の強化は、北方領土に関する我が国の立場と相いれず、受け入れられない」と述べ、外交ルートを通じて抗議したことを明らかにしていた。加藤長官は「ロシア軍の動向を引き続き注視していく」とも述べた。

日本の岸信夫防衛相も、「極東のロシア軍の活動は活発化しており、重大な関心を持って見ている」と語った。

ロシア軍はこれまでに、イトゥルップ島とクナシル（国後）島に地対艦ミサイルシステム「バスチオン」と「バル」を配備しているほか、2018年にはイトゥルップ島の空港に戦闘機スホイ35を試験配備した。

ザハロワ報道官はまた、新型コロナウイルスの感染拡大で今年実施されなかった元島民の墓参について、日本側からの要請があれば「感染状況を見ながら、人道的な観点から検討する用意がある」と述べた。報道官はまた、日本が米国と進めるミサイル防衛計画について「地域の戦略的安定を損なう」との懸念を改めて示した。

露日間には第二次世界大戦の終結以来、平和条約が締結されていない。日本はクリル諸島の南部4島の領有権を主張している。ロシアの立場は、これらの島々は第二次世界大戦の結果ソ連領となり、ロシアの主権は疑いの余地がないというもの。

関連


また読む：
・ロシア国防省、クリル諸島に新たな兵舎群を完成
・日本の外務省、ロシアの防衛力強化に「懸念」・菅首相とプーチン大統領が初の電話会談　平和条約問題も協議
・クリル諸島で防空ミサイル部隊が演習

タグ：クリル諸島, 日本, マリア・ザハロワ, ロシア国防省
全てのコメント""",
expected=[
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="クリル諸島は第二次世界大戦の結果、合法的にロシアの領土となった"),
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=None, optional=True, snippet="自国領土の防衛力を高めることは、わが国の主権的権利であり、他国の指図を受ける理由はない"),
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="日本側が平和条約をめぐる対話の継続を望むのであれば、前向きな雰囲気を損なうような発言は慎むべきだ"),
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False, snippet="感染状況を見ながら、人道的な観点から検討する用意がある"),
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False, optional=True, snippet="地域の戦略的安定を損なう"),
 dict(speaker="Russian Defense Ministry", treaty=False, snippet="東部軍管区の部隊が、S300V4を用いてイトゥルップ島で試験的な戦闘任務に就いた"),
 dict(speaker="Katsunobu Kato", alt=["Japanese government"], treaty=None, snippet="北方四島におけるロシア軍の軍備の強化は、北方領土に関する我が国の立場と相いれず、受け入れられない"),
 dict(speaker="Katsunobu Kato", alt=["Japanese government"], treaty=False, optional=True, snippet="ロシア軍の動向を引き続き注視していく"),
 dict(speaker="Nobuo Kishi", alt=["Japanese government", "Japanese Defense Ministry"], treaty=False, snippet="極東のロシア軍の活動は活発化しており、重大な関心を持って見ている"),
],
not_statements=[
 "日本はクリル諸島の南部4島の領有権を主張している。",
 "ロシアの立場は、これらの島々は第二次世界大戦の結果ソ連領となり、ロシアの主権は疑いの余地がないというもの。",
 "露日間には第二次世界大戦の終結以来、平和条約が締結されていない。",
 "菅首相とプーチン大統領が初の電話会談　平和条約問題も協議",
]),

# 8 Russian Embassy in Japan (website), the MID statement on the 63 Japanese banned from entry (May 2022), a long
#   official page: the ministry's non-treaty lines (the "campaign", the ban, the aims, the reserve) and three treaty
#   lines (the dialogue, 「いわゆる北方領土」, the sovereignty), then the embassy's own comment on grave visits and on a
#   press report, then an appended briefing excerpt (Zakharova's treaty line and the question before it); the list
#   of names, the translation notice, the embassy's history paragraph (1956 as history), related documents and news
dict(id="J10-08", outlet="Russian Embassy in Japan (website)", url="https://tokyo.mid.ru/ja/press-centre/news/zayavlenie_mid_rossii_o_merakh_v_otnoshenii_grazhdan_yaponii/",
published="2022-05-04",
title="日本国市民に対する対抗措置に関するロシア連邦外務省声明",
text="""在日ロシア連邦大使館
大使館について｜大使｜領事部｜ロシアへのビザ｜プレスセンター｜ロシア・日本関係｜お問い合わせ
Русский ｜ English ｜ 日本語

ホーム ＞ プレスセンター ＞ ニュース

日本国市民に対する対抗措置に関するロシア連邦外務省声明
2022年5月4日

　岸田文雄政権は、前例のない反ロシア・キャンペーンを展開し、わが国に対する容認できない言説を繰り返している。その中には、ロシアに対する中傷や、直接の脅しすら含まれている。

　日本政府は、ロシアの政治家、実業家、ジャーナリストらを対象とする制裁リストを次々と拡大し、ロシアの資産を凍結し、ロシアの外交官を国外に追放した。こうした措置は、長年にわたり両国の国民が積み重ねてきた善隣関係の土台を損なうものである。

　日本の政府関係者や政治家、一部の報道機関は、ロシア連邦の指導部に対する侮辱的な発言をためらわず、ロシア国民に対する敵意をあおっている。日本国内に住むロシア国民が嫌がらせを受けている事例も報告されており、わが国は日本当局に対し、在留ロシア人の安全を確保するよう求める。

　日本の主要な報道機関は、ウクライナ情勢について一方的な情報のみを伝え、ロシア側の立場を報じることを事実上拒んでいる。こうした報道が日本社会の反ロシア感情を意図的に高めていることは遺憾である。

　東京は、ウクライナにおける特別軍事作戦の目的と性格について意図的に事実を歪め、西側諸国が主導する対ロシア圧力に無条件で加わった。日本の指導部が、自国の国益ではなく他国の利益に従って行動していることは明らかである。

　日本当局の非友好的な行動への対抗として、ロシア連邦は、日本国市民63名のロシア連邦領内への入国を無期限で禁止することを決定した。リストには、岸田文雄内閣総理大臣、林芳正外務大臣、岸信夫防衛大臣、松野博一内閣官房長官、鈴木俊一財務大臣のほか、国会議員、反ロシア的な言説を広めている大学教授、報道機関の関係者らが含まれる。

　日本側は、わが国との関係の悪化に対するすべての責任を負っている。東京は、平和条約に関する対話を継続する意思がないことを、自らの行動によって示した。いわゆる「北方領土」をめぐる日本の政治家の発言は、第二次世界大戦の結果を見直そうとする試みにほかならない。

　ロシアは、南クリル諸島に対する主権が第二次世界大戦の結果として確定したものであり、議論の対象ではないことを改めて強調する。

　同時に、ロシア側は日本国民との人的交流を重視しており、今回の措置は日本の一般市民に向けられたものではない。

　ロシアは今後も、日本の非友好的な措置に対し、相応の対応をとる権利を留保する。

　わが国は、日本との関係を意図的に破壊する道を選んだのが東京であることを指摘しておく。ロシアは、両国関係の将来に関するこれまでの取り決めを維持することに関心を持っていたが、日本側はそれを一方的に反故にした。

（以上）

在日ロシア連邦大使館のコメント
　一部の日本の報道機関から、今回の措置が元島民の墓参など人道的な行事に与える影響について照会があった。こうした行事の扱いについては、3月21日のロシア外務省声明で示したとおりであり、再開の可否は日本側の今後の行動次第である。

　また当大使館は、日本の一部報道が「ロシアは日本の首相を個人的に敵視している」と伝えていることについて、事実に反すると指摘する。

参考：ザハロワ外務省報道官のブリーフィングより（2022年4月28日、日本関連部分の抜粋）
問：日本政府は先日、在日ロシア大使館の外交官ら8人に国外退去を求めました。ロシア側の対応は。
答：日本側の非友好的な措置に対しては、すでに相応の対応をとった。日本の当局者は、ロシアとの対話が必要だと言いながら、実際には関係を破壊する措置を次々と講じている。平和条約の問題を議論したいと口にしながら、わが国に制裁を科すのは理解しがたい。日本側は、自らの行動が何をもたらすかをよく考えるべきだ。

※本声明は、ロシア連邦外務省が2022年5月4日に公表した声明の当館による仮訳です。正文はロシア語です。当館のウェブサイトに掲載される翻訳は参考のためのものであり、解釈に疑義が生じた場合は正文が優先します。

大使館からのお知らせ
・ロシアへの入国に関する最新の規則について（2022年4月更新）
・領事部の窓口業務は事前予約制です。電子ビザの申請はロシア外務省の専用サイトから行ってください。
・在日ロシア国民の皆様へ：緊急時の連絡先

ロシア・日本関係（基本情報）
　ロシアと日本の国家間関係は、1855年の日露通好条約に始まる。第二次世界大戦後、1956年の日ソ共同宣言により外交関係が回復した。ソ連崩壊後、ロシア連邦はソ連の権利と義務を継承している。両国の貿易額は2021年に約200億ドルに達した。2018年には「日本におけるロシア年」と「ロシアにおける日本年」が開催され、両国で数百の文化行事が行われた。日本には約9000人のロシア国民が暮らしている。

関連資料
・日本の対ロシア制裁に関するロシア外務省声明（2022年3月21日）
・ロシア連邦の対外政策概念（仮訳）

最新のニュース
2022年4月29日　ロシア外務省報道官ブリーフィングより：日本関連部分（抜粋）
2022年4月27日　日本の外交官の「ペルソナ・ノン・グラータ」宣言について
2022年4月22日　日本の外交青書に関するロシア外務省報道官のコメント
2022年4月15日　ロシア連邦国防省による発表（仮訳）

印刷用 ｜ Telegram ｜ VK
© 在日ロシア連邦大使館
〒106-0041 東京都港区麻布台2-1-1　領事部の受付時間：月～金 9:30～12:30（祝日を除く）""",
expected=[
 dict(speaker="Russian Foreign Ministry", alt=["Russian Embassy in Japan"], treaty=False, snippet="前例のない反ロシア・キャンペーンを展開し、わが国に対する容認できない言説を繰り返している"),
 dict(speaker="Russian Foreign Ministry", alt=["Russian Embassy in Japan"], treaty=False, optional=True, snippet="日本の指導部が、自国の国益ではなく他国の利益に従って行動していることは明らかである"),
 dict(speaker="Russian Foreign Ministry", alt=["Russian Embassy in Japan"], treaty=False, snippet="日本国市民63名のロシア連邦領内への入国を無期限で禁止することを決定した"),
 dict(speaker="Russian Foreign Ministry", alt=["Russian Embassy in Japan"], treaty=True, snippet="東京は、平和条約に関する対話を継続する意思がないことを、自らの行動によって示した"),
 dict(speaker="Russian Foreign Ministry", alt=["Russian Embassy in Japan"], treaty=True, snippet="いわゆる「北方領土」をめぐる日本の政治家の発言は、第二次世界大戦の結果を見直そうとする試みにほかならない"),
 dict(speaker="Russian Foreign Ministry", alt=["Russian Embassy in Japan"], treaty=True, snippet="南クリル諸島に対する主権が第二次世界大戦の結果として確定したものであり、議論の対象ではない"),
 dict(speaker="Russian Foreign Ministry", alt=["Russian Embassy in Japan"], treaty=False, optional=True, snippet="今回の措置は日本の一般市民に向けられたものではない"),
 dict(speaker="Russian Foreign Ministry", alt=["Russian Embassy in Japan"], treaty=False, optional=True, snippet="在留ロシア人の安全を確保するよう求める"),
 dict(speaker="Russian Foreign Ministry", alt=["Russian Embassy in Japan"], treaty=None, optional=True, snippet="両国関係の将来に関するこれまでの取り決めを維持することに関心を持っていたが、日本側はそれを一方的に反故にした"),
 dict(speaker="Russian Foreign Ministry", alt=["Russian Embassy in Japan"], treaty=False, optional=True, snippet="日本社会の反ロシア感情を意図的に高めていることは遺憾である"),
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry", "Russian Embassy in Japan"], treaty=True, snippet="平和条約の問題を議論したいと口にしながら、わが国に制裁を科すのは理解しがたい"),
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry", "Russian Embassy in Japan"], treaty=False, optional=True, snippet="日本側の非友好的な措置に対しては、すでに相応の対応をとった"),
 dict(speaker="Russian Embassy in Japan", alt=["Russian Foreign Ministry"], treaty=False, snippet="再開の可否は日本側の今後の行動次第である"),
 dict(speaker="Russian Embassy in Japan", alt=["Russian Foreign Ministry"], treaty=False, optional=True, snippet="事実に反すると指摘する"),
],
not_statements=[
 "日本の対ロシア制裁に関するロシア外務省声明（2022年3月21日）",
 "日本の外交青書に関するロシア外務省報道官のコメント",
 "1956年の日ソ共同宣言により外交関係が回復した",
 "リストには、岸田文雄内閣総理大臣、林芳正外務大臣、岸信夫防衛大臣",
 "日本政府は先日、在日ロシア大使館の外交官ら8人に国外退去を求めました。ロシア側の対応は。",
 "ロシアは日本の首相を個人的に敵視している",
]),
]

ARTICLES += [
# 9 Hokkaido Shimbun, 384 members of the lower house banned from Russia (July 2022): the MID's statement (non-
#   treaty), Matsuno on the ban and on the treaty line, the Speaker Hosoda, Osaka on grave visits, Suzuki Muneo (an
#   upper-house member, not banned) on the talks, the Nemuro mayor on the movement (None), Slutsky's Telegram claim;
#   the writer's reading of the motive, the March suspension as an event, an anonymous MOFA official, an unnamed MP
dict(id="J10-09", outlet="Hokkaido Shimbun", url="https://www.hokkaido-np.co.jp/article/711843/",
published="2022-07-30",
title="露、衆院議員384人を入国禁止　道内選出議員「対話の道自ら閉ざす」",
text="""北海道新聞
国際 | 政治

露、衆院議員384人を入国禁止　道内選出議員「対話の道自ら閉ざす」
2022年7月30日 05:00

　【モスクワ】ロシア外務省は29日、日本の衆院議員384人のロシアへの入国を無期限で禁止すると発表した。日本政府が対ロ制裁として、ロシアの議員らの資産を凍結したことへの対抗措置とみられる。道内選出の衆院議員も全員が対象となった。

　日本政府は5月以降、ロシア下院議員らを資産凍結の対象に加えており、ロシア側はこれに反発していた。ロシアは4月にも、在ロシア日本大使館の外交官ら8人を国外追放している。

　ロシア外務省は声明で、「日本の国会議員は、ロシアに対する根拠のない非難を繰り返し、岸田政権の反ロシア路線に積極的に加わってきた」と主張した。

　松野博一官房長官は29日の記者会見で、「我が国の国会議員を対象とする措置は、全く受け入れられない」と反発した。松野氏は、ロシア側に対して外交ルートで抗議したことも明らかにした。その上で「北方領土問題を解決して平和条約を締結するとの方針は堅持する」と強調した。

　細田博之衆院議長は「国権の最高機関である国会の議員への威圧であり、断じて容認できない」とのコメントを出した。

　立憲民主党代表代行の逢坂誠二氏（道8区）は北海道新聞の取材に「ロシアの侵略を非難した国会決議への意趣返しだろう。元島民の墓参の再開がさらに遠のくのが心配だ」と語った。道内選出の与党議員からも「言論への圧力に屈するわけにはいかない」との声が上がった。

　一方、参院議員は今回の対象に含まれていない。日本維新の会の鈴木宗男参院議員は「外交の基本は対話だ。平和条約交渉の扉を閉ざさないよう、政府は知恵を絞るべきだ」と述べた。

　根室市の石垣雅敏市長は「返還運動に力を尽くしてきた地元選出の議員も含まれ、運動の先行きに不安を感じる」と話した。

　ロシア下院のスルツキー国際問題委員長は自身のテレグラムで、「南クリル諸島はロシアの領土であり、日本の議員がそれを『不法占拠』と呼び続ける限り、議会間の交流はあり得ない」と投稿した。

　北海道とサハリン州の間では、3月以降、経済交流や青少年の相互訪問などの事業がほぼ止まっている。道の担当者は「地方レベルの交流まで途絶えるのは避けたい」と話す。

　ロシアは3月、日本の対ロ制裁を理由に平和条約締結交渉を中断すると一方的に表明。5月には岸田文雄首相ら63人の入国を禁止していた。外務省関係者は「予想された対応で、実務への影響は限定的だ」と冷静に受け止めている。政府はロシアに対する制裁を緩める考えはなく、今後も主要7カ国（G7）と歩調を合わせる方針だ。

　道内選出の衆院議員の一人は「もともとロシアに行ける状況ではない」と苦笑した。

この記事をシェア
北海道新聞デジタル　会員限定記事の一部を無料公開しています

ニュースランキング
1　サンマ棒受け網漁、初水揚げは記録的な不漁
2　道内の新型コロナ感染者、過去最多を更新
3　ロシア、衆院議員384人を入国禁止""",
expected=[
 dict(speaker="Russian Foreign Ministry", treaty=False, snippet="日本の国会議員は、ロシアに対する根拠のない非難を繰り返し、岸田政権の反ロシア路線に積極的に加わってきた"),
 dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=False, snippet="我が国の国会議員を対象とする措置は、全く受け入れられない"),
 dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=True, snippet="北方領土問題を解決して平和条約を締結するとの方針は堅持する"),
 dict(speaker="Hiroyuki Hosoda", treaty=False, snippet="国権の最高機関である国会の議員への威圧であり、断じて容認できない"),
 dict(speaker="Seiji Osaka", treaty=False, snippet="元島民の墓参の再開がさらに遠のくのが心配だ"),
 dict(speaker="Muneo Suzuki", treaty=True, snippet="平和条約交渉の扉を閉ざさないよう、政府は知恵を絞るべきだ"),
 dict(speaker="Masatoshi Ishigaki", alt=["石垣雅敏", "Nemuro city"], treaty=None, optional=True, snippet="運動の先行きに不安を感じる"),
 dict(speaker="Leonid Slutsky", treaty=True, snippet="南クリル諸島はロシアの領土であり、日本の議員がそれを『不法占拠』と呼び続ける限り"),
],
not_statements=[
 "ロシアは3月、日本の対ロ制裁を理由に平和条約締結交渉を中断すると一方的に表明。",
 "予想された対応で、実務への影響は限定的だ",
 "日本政府が対ロ制裁として、ロシアの議員らの資産を凍結したことへの対抗措置とみられる",
]),

# 10 NHK NEWS WEB, Northern Territories Day 2022 (the last before the invasion): Kishida's treaty line in the lead and
#   his grave-visit line, the Hokkaido governor's claim and the region's economy, the league's chairman, the Nemuro
#   mayor on the economy, Zakharova's post, Hayashi on Ukraine (off-topic); the appeal (a document), the rally's
#   format, the poll
dict(id="J10-10", outlet="NHK", url="https://www3.nhk.or.jp/news/html/20220207/k10013472841000.html",
published="2022-02-07",
title="「北方領土の日」全国大会 岸田首相“粘り強く交渉”",
text="""NHK NEWS WEB

「北方領土の日」全国大会 岸田首相“粘り強く交渉”
2022年2月7日 17時48分

「北方領土の日」の7日、元島民などが北方領土の早期返還を求める全国大会が東京で開かれ、岸田総理大臣は「領土問題を解決し、平和条約を締結するという基本方針の下、粘り強く交渉に取り組んでいく」と述べました。

東京・千代田区で開かれた大会は、新型コロナウイルスの感染拡大を受けて、会場の参加者を関係者に限り、インターネットで中継する形で行われました。

会場には元島民や返還運動の関係者、各政党の代表らおよそ300人が集まり、元島民の2世や3世の若者も、ふるさとへの思いを語りました。

岸田総理大臣は就任後初めて大会に出席し、元島民の高齢化に触れたうえで、新型コロナの影響で2年続けて中止されている北方墓参などについて、「事業の再開に向けて、ロシア側との調整に全力を尽くす」と述べました。

北海道の鈴木知事は「北方領土は我が国固有の領土であり、一日も早い返還の実現を強く求める」と訴えました。鈴木知事は、返還運動の拠点となる根室市など隣接地域について「地域の振興に、道としても全力で取り組む」と述べました。

元島民でつくる千島歯舞諸島居住者連盟の脇紀美夫理事長は、「残された時間は多くない。せめてふるさとの墓に手を合わせたい」と話しました。

大会では、四島の早期返還の実現を求めるアピールを採択しました。

また、根室市で開かれた住民大会で、石垣市長は「交流事業の中止が続き、地元の経済にも影響が出ている」と述べました。根室市の住民大会にはおよそ400人が参加し、四島の早期返還を求める決議を採択しました。

北方領土をめぐっては、去年9月、プーチン大統領が北方領土を含む千島列島に免税などの優遇措置を導入する考えを示し、日本政府が「共同経済活動の協議の趣旨と相いれない」として懸念を伝えていました。

一方、ロシア外務省のザハロワ報道官は7日、みずからのSNSで、日本の「北方領土の日」について「南クリル諸島の帰属は大戦の結果として決着済みであり、東京でのいかなる集会もそれを変えることはない」と投稿しました。ロシア側はこれまでも、日本の「北方領土の日」の行事に合わせて反発する姿勢を示してきました。

ロシアと欧米の間では、ウクライナ情勢をめぐる緊張が高まっていて、林外務大臣は7日、「力による一方的な現状変更の試みは認められない」と述べ、G7と連携して対応する考えを示しました。

北方領土の元島民は、終戦時におよそ1万7000人いましたが、去年12月末の時点で5500人余りに減り、平均年齢は86歳を超えています。

内閣府の世論調査では、北方領土問題に「関心がある」と答えた人の割合は、18歳から29歳で4割程度にとどまっていて、若い世代への啓発が課題となっています。

【動画】1分42秒
北方領土 特集ページへ""",
expected=[
 dict(speaker="Fumio Kishida", alt=["Japanese government"], treaty=True, snippet="領土問題を解決し、平和条約を締結するという基本方針の下、粘り強く交渉に取り組んでいく"),
 dict(speaker="Fumio Kishida", alt=["Japanese government"], treaty=False, snippet="事業の再開に向けて、ロシア側との調整に全力を尽くす"),
 dict(speaker="Naomichi Suzuki", alt=["Hokkaido government"], treaty=True, snippet="北方領土は我が国固有の領土であり、一日も早い返還の実現を強く求める"),
 dict(speaker="Naomichi Suzuki", alt=["Hokkaido government"], treaty=False, snippet="地域の振興に、道としても全力で取り組む"),
 dict(speaker="Kimio Waki", alt=["千島歯舞諸島居住者連盟", "former islanders' league"], treaty=False, snippet="せめてふるさとの墓に手を合わせたい"),
 dict(speaker="Masatoshi Ishigaki", alt=["石垣雅敏", "Nemuro city"], treaty=False, optional=True, snippet="交流事業の中止が続き、地元の経済にも影響が出ている"),
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="南クリル諸島の帰属は大戦の結果として決着済みであり、東京でのいかなる集会もそれを変えることはない"),
 dict(speaker="Yoshimasa Hayashi", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, optional=True, snippet="力による一方的な現状変更の試みは認められない"),
],
not_statements=[
 "大会では、四島の早期返還の実現を求めるアピールを採択しました。",
 "北方領土問題に「関心がある」と答えた人の割合は、18歳から29歳で4割程度にとどまっていて",
 "元島民などが北方領土の早期返還を求める全国大会が東京で開かれ",
 "根室市の住民大会にはおよそ400人が参加し、四島の早期返還を求める決議を採択しました。",
]),

# 11 Hokkaido Shimbun, a memorial service at sea off Kunashiri in place of the suspended grave visits (July 2023): the
#   league's chairman on the service and his claim, the Nemuro mayor on the fog and on the treaty, a former islander
#   (private, optional), Matsuno on grave visits the day before, Zakharova recalled from April; the history of the
#   visits, the 2022 abrogation as an event, an anonymous source, the caption
dict(id="J10-11", outlet="Hokkaido Shimbun", url="https://www.hokkaido-np.co.jp/article/882615/",
published="2023-07-23",
title="元島民ら洋上慰霊　国後島沖で祈り　墓参再開見通せず「せめて海から」",
text="""北海道新聞
根室・釧路 | 社会

元島民ら洋上慰霊　国後島沖で祈り　墓参再開見通せず「せめて海から」
2023年7月23日 21:10（7月24日 08:02更新）

　【根室】北方領土の元島民らが22日、ロシアとの間で中断が続く北方墓参の代わりに、船上から先祖を供養する洋上慰霊を国後島沖で行った。元島民や家族ら約60人が根室港から墓参用の船「えとぴりか」に乗り込み、島影に向かって手を合わせた。

　船は午前5時すぎに根室港を出港。国後島の沖合に着いた頃には濃い霧が立ちこめ、島の姿はほとんど見えなかった。参加者は甲板に設けた祭壇に花を手向け、故郷の方向に向けて黙とうした。船内では、参加者が持ち寄った故郷の写真や地図が展示され、元島民が若い世代に島での暮らしを語る場面もあった。参加者の平均年齢は80歳を超え、車いすで乗船した人もいた。

　千島歯舞諸島居住者連盟の松本侑三理事長は式典で、「墓参の再開が見通せない中、せめて海の上から先祖の霊を慰めたい」とあいさつ。「四島は我々の故郷であり、日本の領土だ。返還を求める旗を降ろすことはない」と力を込めた。

　石垣雅敏根室市長は下船後、「霧で島影が見えなかったのは残念だが、皆さんの思いは届いたと信じたい」と述べた。その上で「一日も早く平和条約が締結され、元島民が自由に島を訪れられる日が来るよう、国に働きかけていく」と語った。

　色丹島出身の佐藤キヨさん（88）は「生きているうちに、もう一度島の土を踏みたい」と目を潤ませた。元島民の数は年々減り続けており、終戦時の約1万7千人から3分の1以下になった。

　松野博一官房長官は21日の記者会見で、洋上慰霊について問われ、「元島民の方々の切実な思いに応えるため、北方墓参の再開を最優先に、ロシア側に強く求めていく」と述べていた。

　北方墓参は1964年に始まり、新型コロナウイルス禍の2020年から中断。ロシアのウクライナ侵攻後、ロシア側は22年9月にビザなし交流と自由訪問に関する合意の破棄を一方的に通告した。ロシア外務省のザハロワ情報局長は今年4月、「日本が非友好的な政策を続ける限り、元島民の訪問の再開について話し合う条件はない」と述べている。

　関係者によると、今回の洋上慰霊はロシア側には事前に通告していない。

　「えとぴりか」は2012年に就航した北方四島交流用の船。墓参やビザなし交流が中断した後は、洋上慰霊や北方領土に関する学習事業などに使われている。この日は波は穏やかだったものの、視界は一時100メートルほどまで落ち込み、船は予定より約1時間遅れて根室港に戻った。連盟は来年以降も洋上慰霊を続けたい考えだ。

写真：国後島の方向に向けて献花する元島民ら＝22日午前6時40分

＜関連記事＞
・北方墓参、今年も見送り　政府「再開へ働きかけ」
・「えとぴりか」後継船の建造へ　内閣府""",
expected=[
 dict(speaker="Yuzo Matsumoto", alt=["千島歯舞諸島居住者連盟", "former islanders' league"], treaty=False, snippet="墓参の再開が見通せない中、せめて海の上から先祖の霊を慰めたい"),
 dict(speaker="Yuzo Matsumoto", alt=["千島歯舞諸島居住者連盟", "former islanders' league"], treaty=True, snippet="四島は我々の故郷であり、日本の領土だ"),
 dict(speaker="Yuzo Matsumoto", alt=["千島歯舞諸島居住者連盟", "former islanders' league"], treaty=None, optional=True, snippet="返還を求める旗を降ろすことはない"),
 dict(speaker="Masatoshi Ishigaki", alt=["石垣雅敏", "Nemuro city"], treaty=False, snippet="霧で島影が見えなかったのは残念だが、皆さんの思いは届いたと信じたい"),
 dict(speaker="Masatoshi Ishigaki", alt=["石垣雅敏", "Nemuro city"], treaty=True, snippet="一日も早く平和条約が締結され、元島民が自由に島を訪れられる日が来るよう、国に働きかけていく"),
 dict(speaker="佐藤キヨ", treaty=False, optional=True, snippet="生きているうちに、もう一度島の土を踏みたい"),
 dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=False, snippet="元島民の方々の切実な思いに応えるため、北方墓参の再開を最優先に、ロシア側に強く求めていく"),
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False, snippet="日本が非友好的な政策を続ける限り、元島民の訪問の再開について話し合う条件はない"),
],
not_statements=[
 "ロシア側は22年9月にビザなし交流と自由訪問に関する合意の破棄を一方的に通告した",
 "今回の洋上慰霊はロシア側には事前に通告していない",
 "国後島の方向に向けて献花する元島民ら",
 "北方墓参は1964年に始まり、新型コロナウイルス禍の2020年から中断。",
]),
]

ARTICLES += [
# 12 Nikkei, Bastion on Matua in the central Kurils -- not one of the disputed islands (Dec 2021): the Defense
#   Ministry's statement, Shoigu recalled (optional), Matsuno on Matua (False) and on the four islands (True), Kishi,
#   Peskov's «マトゥア島はロシアの領土» (a claim, but over an undisputed island: False), Limarenko; the San Francisco
#   treaty and the government's reading in background, the Oct 2021 call as an event, a ministry mood, a media report
dict(id="J10-12", outlet="Nikkei", url="https://www.nikkei.com/article/DGXZQOGR02DNS0S1A201C2000000/",
published="2021-12-03",
title="ロシア、千島列島中部に地対艦ミサイル　政府「動向を注視」",
text="""日本経済新聞
政治 > 外交

ロシア、千島列島中部に地対艦ミサイル　政府「動向を注視」
2021年12月3日 11:30

【モスクワ＝佐野裕也】ロシア国防省は2日、千島列島中部のマトゥア島（松輪島）に地対艦ミサイルシステム「バスチオン」を配備し、部隊が戦闘任務に就いたと発表した。同島は北方領土には含まれないが、日本周辺でのロシア軍の活動が活発になっていることを示す動きといえる。

ロシア国防省は声明で、「太平洋艦隊の沿岸ミサイル部隊が、マトゥア島でバスチオンの常時配備を開始した。千島列島周辺の海域と海峡の防衛能力が高まる」と説明した。

ショイグ国防相は2020年12月の国防省幹部会議で千島列島の防衛強化を掲げ、「クリール諸島での部隊配備は、極東の安全保障の要だ」と述べていた。

松野博一官房長官は3日の記者会見で、「マトゥア島は北方領土ではないが、極東でのロシア軍の活動の活発化の一環とみられ、今後の動向を注視していく」と語った。北方四島での軍備強化については「北方四島は我が国固有の領土であり、そこでの軍備強化には一貫して抗議してきた」と述べた。

岸信夫防衛相は記者団に「千島列島全体での軍の近代化の一環と受け止めている。我が国の安全保障への影響も含めて分析していく」と話した。

ロシア大統領府のペスコフ報道官は、日本の反応について「マトゥア島はロシアの領土であり、配備は第三国に向けられたものではない」と述べた。

サハリン州のリマレンコ知事は「軍の施設整備は、島のインフラ全体の発展にもつながる」との見方を示した。

ロシアは近年、千島列島と北方領土で軍の近代化を急いでいる。2016年には択捉島と国後島に地対艦ミサイル「バル」と「バスチオン」を配備し、20年には択捉島に地対空ミサイル「S300V4」を試験配備した。択捉島の空港は18年から軍民共用となり、戦闘機も展開している。

千島列島の中部は、ロシアの戦略原子力潜水艦が活動するオホーツク海と太平洋を結ぶ海峡が集まる要衝だ。米軍艦船の進入を阻む狙いがあるとの見方が多い。

マトゥア島は旧日本軍の飛行場があった無人島で、ロシアは2016年から軍とロシア地理学協会による合同調査を続け、基地の建設を進めてきた。日本は1951年のサンフランシスコ平和条約で千島列島を放棄しているが、政府は北方四島は千島列島に含まれないとの立場をとる。

防衛省内には「北方領土を含む千島列島全体の要塞化が進んでいる」との警戒感がある。ロシアのメディアによると、国防省は将来、同島に戦闘機の配備も検討しているという。

岸田文雄首相は10月、プーチン大統領との電話協議で平和条約締結交渉を継続する方針を確認している。

この記事の英文をNikkei Asiaで読む
日経電子版　有料会員限定

関連記事
・ロシア軍、北方領土で演習　政府が抗議
・岸田首相、プーチン氏と初の電話協議""",
expected=[
 dict(speaker="Russian Defense Ministry", treaty=False, snippet="千島列島周辺の海域と海峡の防衛能力が高まる"),
 dict(speaker="Sergei Shoigu", alt=["Russian Defense Ministry"], treaty=False, optional=True, snippet="クリール諸島での部隊配備は、極東の安全保障の要だ"),
 dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=False, snippet="マトゥア島は北方領土ではないが、極東でのロシア軍の活動の活発化の一環とみられ"),
 dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=True, snippet="北方四島は我が国固有の領土であり、そこでの軍備強化には一貫して抗議してきた"),
 dict(speaker="Nobuo Kishi", alt=["Japanese government", "Japanese Defense Ministry"], treaty=False, snippet="千島列島全体での軍の近代化の一環と受け止めている"),
 dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=False, snippet="マトゥア島はロシアの領土であり、配備は第三国に向けられたものではない"),
 dict(speaker="Valery Limarenko", alt=["Sakhalin Oblast government"], treaty=False, snippet="軍の施設整備は、島のインフラ全体の発展にもつながる"),
],
not_statements=[
 "日本は1951年のサンフランシスコ平和条約で千島列島を放棄しているが、政府は北方四島は千島列島に含まれないとの立場をとる",
 "北方領土を含む千島列島全体の要塞化が進んでいる",
 "プーチン大統領との電話協議で平和条約締結交渉を継続する方針を確認している",
 "同島は北方領土には含まれないが、日本周辺でのロシア軍の活動が活発になっていることを示す動きといえる",
 "国防省は将来、同島に戦闘機の配備も検討しているという",
]),

# 13 A machine-translated copy of a Russian report (July 2025): Zakharova on the 2025 defence white paper -- the
#   "myth" and the militarisation (False), her paraphrased and quoted claim, the hypocrisy line (True); Nakatani on
#   Russia's activity (None), Hayashi on the white paper's claim, Karasin on Washington and on "no Kuril question";
#   the white paper's wording (a document), the standard background, site junk
dict(id="J10-13", outlet="NovostiJP (machine translation from Russian)", url="https://novostijp.com/2025/07/16/zaharova-boei-hakusho-kuril/",
published="2025-07-16",
title="ザハロヴァ：日本の防衛白書はロシアの脅威の神話を膨らませ、クリルに対する根拠のない主張を繰り返している",
text="""2025年7月16日 14:05 | 政治 | 読了時間：3分
0 0 0

ザハロヴァ：日本の防衛白書はロシアの脅威の神話を膨らませ、クリルに対する根拠のない主張を繰り返している

モスクワ、7月16日。ロシア外務省の公式代表マリア・ザハロヴァは、日本政府が承認した2025年版防衛白書について、同文書は「ロシアの脅威という神話を人為的に膨らませている」と述べた。

「私たちは、日本の防衛省が毎年繰り返す反ロシア的な論調に気づいている。今年の白書も例外ではなかった。東京は、自らの急速な軍事化を正当化するために、ロシアと中国の『脅威』を持ち出している」と外交官はブリーフィングで語った。

ザハロヴァはまた、日本と北大西洋条約機構（NATO）の協力の拡大について、「東京は、北大西洋同盟のインフラをアジア太平洋地域に引き込もうとしている」と述べた。

ザハロヴァによれば、白書の中で南クリル諸島に関して繰り返される主張は、いかなる法的根拠も持たない。「南クリル諸島は、第二次世界大戦の結果として、国際法に完全に従ってロシア連邦の主権下にある。これは議論の対象ではない」と彼女は強調した。

外交官はまた、「平和条約について語りながら、同時に米国の軍事計画に従い、わが国の国境の近くで軍事力を増強するのは偽善的だ」と指摘した。

先に、日本の中谷元防衛大臣は閣議に白書を報告し、記者会見で「ロシアは北方領土を含む極東で軍事活動を活発化させ、中国との連携を深めている」と述べた。白書は、北方領土について「わが国固有の領土」であり、ロシアによる「不法占拠」が続いていると記述している。白書はまた、ウクライナ侵略の長期化に加え、北朝鮮との軍事協力の深化や、日本周辺での中ロ両軍の共同行動を「重大な懸念」と記述した。

日本の林芳正官房長官は、白書の記述について「北方領土は我が国固有の領土であるという政府の一貫した立場を記したものだ」と述べたと日本のメディアが報じた。

連邦院（上院）国際問題委員会のグリゴリー・カラシン委員長は、「日本は自らの外交の独立を失い、ワシントンの指示に従っている」とコメントした。彼によると、「クリルの問題はロシアにとって存在しない」。

ロシアと日本は第二次世界大戦の終結以来、平和条約を締結していない。日本は、イトゥルップ、クナシル、シコタン、ハボマイの島々に対する主張を行っている。2022年3月、ロシアは日本の制裁を受けて平和条約に関する交渉を中断した。

出典：RIAノーボスチ、TASS

人気の記事
1. ペスコフ：クレムリンは東京との対話の再開の条件を見ていない
2. ラヴロフ：日本が平和条約に関する対話を断ち切った責任は東京にある
3. サハリン州で新しい漁業シーズンが始まった

タグ: 日本, ザハロヴァ, 防衛白書, クリル諸島
この記事を共有する: Facebook Twitter Telegram
コメントを残す
あなたのメールアドレスは公開されません。""",
expected=[
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False, snippet="ロシアの脅威という神話を人為的に膨らませている"),
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False, snippet="東京は、自らの急速な軍事化を正当化するために、ロシアと中国の『脅威』を持ち出している"),
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, optional=True, snippet="白書の中で南クリル諸島に関して繰り返される主張は、いかなる法的根拠も持たない"),
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="国際法に完全に従ってロシア連邦の主権下にある"),
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="平和条約について語りながら、同時に米国の軍事計画に従い、わが国の国境の近くで軍事力を増強するのは偽善的だ"),
 dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False, optional=True, snippet="北大西洋同盟のインフラをアジア太平洋地域に引き込もうとしている"),
 dict(speaker="Gen Nakatani", alt=["Japanese government", "Japanese Defense Ministry"], treaty=None, optional=True, snippet="ロシアは北方領土を含む極東で軍事活動を活発化させ、中国との連携を深めている"),
 dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=True, snippet="北方領土は我が国固有の領土であるという政府の一貫した立場を記したものだ"),
 dict(speaker="Grigory Karasin", alt=["Federation Council"], treaty=False, snippet="日本は自らの外交の独立を失い、ワシントンの指示に従っている"),
 dict(speaker="Grigory Karasin", alt=["Federation Council"], treaty=True, snippet="クリルの問題はロシアにとって存在しない"),
],
not_statements=[
 "白書は、北方領土について「わが国固有の領土」であり、ロシアによる「不法占拠」が続いていると記述している",
 "日本は、イトゥルップ、クナシル、シコタン、ハボマイの島々に対する主張を行っている。",
 "2022年3月、ロシアは日本の制裁を受けて平和条約に関する交渉を中断した。",
 "ロシアと日本は第二次世界大戦の終結以来、平和条約を締結していない。",
 "ラヴロフ：日本が平和条約に関する対話を断ち切った責任は東京にある",
]),

# 14 Mainichi, the health minister Skvortsova on Iturup (July 2015): her words on the hospital and on the Kuril
#   residents (None), Kishida's protest by the territory's "立場" (None, firm) and his treaty line, Suga on Putin's
#   visit, the MID's claim and its retort, Kozhemyako as acting governor; the number of residents, the development
#   plan (a document), a diplomatic source, the writer's count, Russia's stance as unattributed background
#   (「国内の移動だ」との立場), the copyright line
dict(id="J10-14", outlet="Mainichi", url="https://mainichi.jp/articles/20150724/dde/007/010/031000c",
published="2015-07-24",
title="北方領土：露保健相が択捉島訪問　岸田外相「極めて遺憾」",
text="""毎日新聞

北方領土：露保健相が択捉島訪問　岸田外相「極めて遺憾」
毎日新聞 2015年07月24日 東京夕刊

　【モスクワ中西健太】ロシアのスクボルツォワ保健相が23日、北方領土の択捉島を訪問した。タス通信によると、保健相は島内の病院や診療所を視察し、地元住民と意見交換した。保健相には、サハリン州の保健当局の幹部らが同行した。ロシアの閣僚による北方領土訪問は、今年に入って初めてとみられる。

　保健相は新しい中央病院の建設予定地を訪れ、「新病院は島の住民の医療を大きく改善する。2017年までの完成を目指す」と述べた。また「クリール諸島の住民は、ロシアの他の地域の住民と同じ水準の医療を受けられなければならない」と強調した。保健相は島の医師不足についても触れ、「極東に勤務する医師への支援策を拡充する」と述べた。

　これに対し、岸田文雄外相は24日の閣議後記者会見で、「北方領土に関する我が国の立場と相いれず、極めて遺憾だ」と述べ、外交ルートを通じてロシア側に抗議したことを明らかにした。岸田氏は自身の訪露について、「北方領土問題を含む平和条約締結交渉を前進させるため、適切な時期を検討したい」と語った。日本政府は、岸田氏の年内の訪露と、プーチン大統領の来日に向けた調整を進めてきた。

　菅義偉官房長官も記者会見で「プーチン大統領の年内来日の具体的な日程は、何ら決まっていない」と述べた。

　一方、ロシア外務省は24日、「ロシアの閣僚が自国の領土を訪れるのに、誰かの許可を得る必要はない」とするコメントを発表した。コメントは同省の公式サイトに掲載された。同省は「日本側の抗議は受け入れられない」とも指摘した。

　サハリン州のコジェミャコ知事代行は、保健相の訪問に合わせ、「島の社会インフラの整備を加速させ、若い家族が定住できる環境をつくる」と語った。

　ロシア要人の北方領土訪問をめぐっては、メドベージェフ氏が大統領だった2010年と首相に転じた12年に国後島を訪れたほか、副首相ら閣僚の訪問も相次いでいる。日本政府はそのたびに抗議してきたが、ロシア側は「国内の移動だ」との立場を崩していない。

　北方四島には現在、約1万7000人のロシア人が住んでいる。このうち択捉島には約6000人が暮らし、水産業が島の経済を支えている。ロシア政府は2025年までの「クリール諸島社会経済発展計画」に基づき、インフラ整備を進めている。日露外交筋は「保健相の訪問は、外相訪露の調整に影を落としかねない」と話す。

関連記事
北方領土：露首相、択捉再訪に意欲

毎日新聞のニュース・情報サイトに掲載の記事・写真・図表など無断転載を禁止します。著作権は毎日新聞社またはその情報提供者に属します。""",
expected=[
 dict(speaker="Veronika Skvortsova", treaty=False, snippet="新病院は島の住民の医療を大きく改善する"),
 dict(speaker="Veronika Skvortsova", treaty=None, optional=True, snippet="クリール諸島の住民は、ロシアの他の地域の住民と同じ水準の医療を受けられなければならない"),
 dict(speaker="Veronika Skvortsova", treaty=False, optional=True, snippet="極東に勤務する医師への支援策を拡充する"),
 dict(speaker="Fumio Kishida", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=None, snippet="北方領土に関する我が国の立場と相いれず、極めて遺憾だ"),
 dict(speaker="Fumio Kishida", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=True, snippet="北方領土問題を含む平和条約締結交渉を前進させるため、適切な時期を検討したい"),
 dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=False, snippet="プーチン大統領の年内来日の具体的な日程は、何ら決まっていない"),
 dict(speaker="Russian Foreign Ministry", treaty=True, snippet="ロシアの閣僚が自国の領土を訪れるのに、誰かの許可を得る必要はない"),
 dict(speaker="Russian Foreign Ministry", treaty=None, optional=True, snippet="日本側の抗議は受け入れられない"),
 dict(speaker="Oleg Kozhemyako", alt=["Sakhalin Oblast government"], treaty=False, snippet="島の社会インフラの整備を加速させ、若い家族が定住できる環境をつくる"),
],
not_statements=[
 "保健相の訪問は、外相訪露の調整に影を落としかねない",
 "ロシア政府は2025年までの「クリール諸島社会経済発展計画」に基づき、インフラ整備を進めている",
 "北方四島には現在、約1万7000人のロシア人が住んでいる。",
 "ロシアの閣僚による北方領土訪問は、今年に入って初めてとみられる。",
 "ロシア側は「国内の移動だ」との立場を崩していない",
]),
]

ARTICLES += [
# 15 kantei.go.jp, a Matsuno press conference (March 2023) with （記者）/（松野内閣官房長官） labels: Paramushir is not
#   one of the four islands (False), the claim, the protest of drills on the four islands (None, firm), the treaty
#   line and the talks' outlook, the salmon talks, North Korea, a Japanese detained in China and the WBC (off-topic);
#   the questions, the page's links
dict(id="J10-15", outlet="Kantei", url="https://www.kantei.go.jp/jp/tyoukanpress/202303/29_p.html",
published="2023-03-29",
title="内閣官房長官記者会見　令和5年3月29日（水）午後",
text="""首相官邸ホーム > 官房長官記者会見 > 令和5年3月
内閣官房長官記者会見　令和5年3月29日（水）午後
松野内閣官房長官の記者会見
［動画］再生時間：15分08秒

冒頭発言
（松野内閣官房長官）私からは特にございません。

質疑応答
（記者）北朝鮮が27日に発射した弾道ミサイルについて、その後の分析状況を教えてください。

（松野内閣官房長官）北朝鮮は27日朝、短距離弾道ミサイル2発を日本海に向けて発射しました。いずれも我が国の排他的経済水域の外に落下したものと推定されます。北朝鮮の一連の行動は、我が国、地域及び国際社会の平和と安全を脅かすものであり、断じて容認できません。引き続き、米国、韓国等と緊密に連携し、情報の収集・分析及び警戒監視に全力を挙げてまいります。

（記者）ロシア国防省が、千島列島北部のパラムシル島に地対艦ミサイルシステム「バスチオン」を配備したと発表しました。政府としての受け止めと、ロシア側への対応をお伺いします。

（松野内閣官房長官）御指摘の発表については承知しております。パラムシル島は北方四島には含まれませんが、近年、極東におけるロシア軍の活動は活発化する傾向にあり、政府としては、その動向を引き続き注視してまいります。

（記者）関連で、北方四島でもロシア軍の演習が続いています。政府はどう対応していますか。

（松野内閣官房長官）北方四島は我が国が主権を有する島々であり、我が国固有の領土であります。四島におけるロシア軍の軍備強化や演習は、我が国の立場と相いれず、受け入れられないものであり、これまでも外交ルートを通じて抗議をしてきております。

（記者）ロシアは去年3月に平和条約締結交渉の中断を表明しています。交渉再開の見通しについてお聞かせください。

（松野内閣官房長官）日露関係は厳しい状況にありますが、政府としては、領土問題を解決して平和条約を締結するとの方針を堅持しております。現時点で、交渉再開の見通しについて申し上げられることはございません。

（記者）来月にも、日露のサケ・マス漁業交渉が始まる見通しです。政府としての方針を。

（松野内閣官房長官）ロシア系サケ・マスの漁獲に関する交渉については、我が国漁業者の操業機会を確保できるよう、水産庁を中心に適切に対応してまいります。

（記者）中国で拘束された日本人男性について、その後の状況は。

（松野内閣官房長官）邦人保護の観点から、できる限りの支援を行っております。政府としては、早期解放に向けて、引き続き様々な外交上のやり取りを通じて働きかけてまいります。

（記者）話題は変わりますが、WBCで優勝した日本代表への国民栄誉賞の授与について、検討状況をお願いします。

（松野内閣官房長官）日本代表チームの活躍は、多くの国民に夢と感動を与えてくれました。国民栄誉賞については、現時点で決まったことはございません。

（以上）
このページの先頭へ

関連リンク
官房長官記者会見（動画）
官房長官記者会見一覧
首相官邸ホームページについて｜サイトマップ｜ご意見募集""",
expected=[
 dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=False, snippet="パラムシル島は北方四島には含まれませんが、近年、極東におけるロシア軍の活動は活発化する傾向にあり"),
 dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=True, snippet="北方四島は我が国が主権を有する島々であり、我が国固有の領土であります"),
 dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=None, snippet="四島におけるロシア軍の軍備強化や演習は、我が国の立場と相いれず、受け入れられないものであり"),
 dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=True, snippet="領土問題を解決して平和条約を締結するとの方針を堅持しております"),
 dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=True, snippet="現時点で、交渉再開の見通しについて申し上げられることはございません"),
 dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=False, snippet="我が国漁業者の操業機会を確保できるよう、水産庁を中心に適切に対応してまいります"),
 dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=False, optional=True, snippet="北朝鮮の一連の行動は、我が国、地域及び国際社会の平和と安全を脅かすものであり、断じて容認できません"),
 dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=False, optional=True, snippet="日本代表チームの活躍は、多くの国民に夢と感動を与えてくれました"),
],
not_statements=[
 "ロシア国防省が、千島列島北部のパラムシル島に地対艦ミサイルシステム「バスチオン」を配備したと発表しました。",
 "関連で、北方四島でもロシア軍の演習が続いています。政府はどう対応していますか。",
 "ロシアは去年3月に平和条約締結交渉の中断を表明しています。",
 "来月にも、日露のサケ・マス漁業交渉が始まる見通しです。",
]),

# 16 mofa.go.jp, Hayashi's press conference on the day he presented the 2023 Bluebook (11 April 2023), 【記者】/
#   【林外務大臣】 labels: the opening remarks (the Bluebook, the G7 meeting in Karuizawa), the claim and the
#   "illegal occupation" as the government's legal position, the treaty line, grave visits, Sakhalin-1 and -2, the
#   suspended safe-fishing agreement, South Korea, a detained Japanese in China, the ICC, Ukraine; the questions (one
#   quoting the Bluebook, one on safe fishing), the headings, the site footer
dict(id="J10-16", outlet="MOFA", url="https://www.mofa.go.jp/mofaj/press/kaiken/kaiken24_000206.html",
published="2023-04-11",
title="林外務大臣会見記録",
text="""外務省
ホーム > 会見・発表・広報 > 記者会見 > 外務大臣会見記録

林外務大臣会見記録
（令和5年4月11日（火曜日）10時22分　於：本省会見室）

冒頭発言
（1）令和5年版外交青書の閣議報告について
【林外務大臣】本日の閣議において、令和5年版外交青書を報告いたしました。今回の外交青書では、ロシアによるウクライナ侵略が国際秩序の根幹を揺るがす中で、我が国が国際社会と連携して行ってきた外交活動を、具体的に記述しています。多くの方々に手に取っていただきたいと考えております。

（2）G7外相会合について
【林外務大臣】来週16日から18日まで、軽井沢でG7外相会合を主催いたします。議長として、法の支配に基づく自由で開かれた国際秩序を守り抜くという、G7の強い意志を示したいと考えております。

（3）ウクライナに対する追加支援について
【林外務大臣】本日、ウクライナに対し、エネルギー分野の復旧・復興を支援するため、国際機関経由で約5,500万ドルの緊急無償資金協力を実施することを決定しました。冬季の電力不足に苦しむウクライナの人々の生活を支えるため、変圧器や発電機などの供与を行います。我が国としては、引き続き、G7を始めとする国際社会と緊密に連携しながら、ウクライナを力強く支援してまいります。

質疑応答
外交青書（北方領土の記述）
【共同通信　西村記者】外交青書では、北方領土について昨年に続き「ロシアに不法占拠されている」との表現が盛り込まれました。ロシア側の反発も予想されますが、大臣の受け止めをお願いします。
【林外務大臣】北方領土は、我が国が主権を有する島々であり、我が国固有の領土であります。現在ロシアに不法占拠されているというのが政府の法的立場であり、外交青書はこれを記述したものであります。ロシアによるウクライナ侵略により日露関係は厳しい状況にありますが、政府として、領土問題を解決して平和条約を締結するとの方針を堅持してまいります。
【共同通信　西村記者】元島民の高齢化が進む中、北方墓参の再開の見通しは。
【林外務大臣】現下の状況において、四島交流等事業の今後について具体的にお答えできる段階にはございませんが、特に北方墓参については、ロシア側に対して再開を引き続き求めております。
【北海道新聞　村田記者】サハリン1、サハリン2について、日本企業の権益の扱いに関する政府の方針に変わりはありませんか。
【林外務大臣】サハリン1、サハリン2は、いずれも我が国のエネルギー安全保障上重要なプロジェクトであり、権益を維持するとの方針に変わりはございません。G7の対露制裁との整合性も踏まえつつ、関係企業と緊密に連携して対応してまいります。
【北海道新聞　村田記者】北方四島周辺水域での安全操業について、ロシア側が協定の履行を停止したままですが、今年の操業の見通しは。
【林外務大臣】御指摘の安全操業については、ロシア側が昨年、協定の履行を停止すると一方的に表明しており、大変遺憾に思っております。政府としては、漁業者の方々の安全な操業を確保することが何より重要と考えており、関係省庁や北海道と連携しながら、適切に対応してまいります。

日韓関係
【毎日新聞　田中記者】韓国政府が発表した旧朝鮮半島出身労働者問題の解決策について、その後の進捗は。
【林外務大臣】3月6日に韓国政府が発表した措置は、2018年の大法院判決によって非常に厳しい状態にあった日韓関係を健全な関係に戻すためのものとして評価しております。今後、措置の実施とともに、日韓の政治、経済、文化など幅広い分野で交流が拡大していくことを期待しております。

中国における邦人拘束
【朝日新聞　高橋記者】先日の訪中の際、拘束されている邦人の早期解放を求めましたが、その後の中国側の反応は。
【林外務大臣】先般の秦剛外交部長との会談においても、早期解放を強く申し入れたところです。領事面会を含め、邦人保護の観点からできる限りの支援を行っております。引き続き、様々な機会を捉えて早期解放を求めてまいります。

国際刑事裁判所（ICC）による逮捕状
【時事通信　鈴木記者】ICCがプーチン大統領に逮捕状を出したことに関連し、G7での議論は。
【林外務大臣】我が国は、ICCの独立性を尊重し、その活動を一貫して支持してまいりました。ウクライナにおける国際人道法違反について、責任が問われなければならないと考えております。

G7外相会合（ウクライナ）
【NHK　岡田記者】G7外相会合で、ウクライナ情勢について特に議論したい点は。
【林外務大臣】ロシアによるウクライナ侵略を一日も早く終わらせるため、対露制裁とウクライナ支援を継続していくことを、G7として改めて確認したいと考えております。

（以上）
このページのトップへ戻る
会見・発表・広報へ戻る

法的事項｜アクセシビリティについて｜プライバシーポリシー｜ウェブサイトについて
外務省　〒100-8919　東京都千代田区霞が関2-2-1　電話（代表）03-3580-3311
Copyright © The Ministry of Foreign Affairs of Japan""",
expected=[
 dict(speaker="Yoshimasa Hayashi", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, optional=True, snippet="我が国が国際社会と連携して行ってきた外交活動を、具体的に記述しています"),
 dict(speaker="Yoshimasa Hayashi", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, optional=True, snippet="法の支配に基づく自由で開かれた国際秩序を守り抜くという、G7の強い意志を示したい"),
 dict(speaker="Yoshimasa Hayashi", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=True, snippet="北方領土は、我が国が主権を有する島々であり、我が国固有の領土であります"),
 dict(speaker="Yoshimasa Hayashi", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=True, snippet="現在ロシアに不法占拠されているというのが政府の法的立場であり、外交青書はこれを記述したものであります"),
 dict(speaker="Yoshimasa Hayashi", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=True, snippet="領土問題を解決して平和条約を締結するとの方針を堅持してまいります"),
 dict(speaker="Yoshimasa Hayashi", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, snippet="特に北方墓参については、ロシア側に対して再開を引き続き求めております"),
 dict(speaker="Yoshimasa Hayashi", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, snippet="我が国のエネルギー安全保障上重要なプロジェクトであり、権益を維持するとの方針に変わりはございません"),
 dict(speaker="Yoshimasa Hayashi", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, snippet="漁業者の方々の安全な操業を確保することが何より重要と考えており"),
 dict(speaker="Yoshimasa Hayashi", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, optional=True, snippet="日韓関係を健全な関係に戻すためのものとして評価しております"),
 dict(speaker="Yoshimasa Hayashi", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, optional=True, snippet="ICCの独立性を尊重し、その活動を一貫して支持してまいりました"),
 dict(speaker="Yoshimasa Hayashi", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, optional=True, snippet="領事面会を含め、邦人保護の観点からできる限りの支援を行っております"),
 dict(speaker="Yoshimasa Hayashi", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, optional=True, snippet="対露制裁とウクライナ支援を継続していくことを、G7として改めて確認したい"),
],
not_statements=[
 "外交青書では、北方領土について昨年に続き「ロシアに不法占拠されている」との表現が盛り込まれました。",
 "元島民の高齢化が進む中、北方墓参の再開の見通しは。",
 "サハリン1、サハリン2について、日本企業の権益の扱いに関する政府の方針に変わりはありませんか。",
 "外交青書（北方領土の記述）",
 "北方四島周辺水域での安全操業について、ロシア側が協定の履行を停止したままですが、今年の操業の見通しは。",
]),

# 17 A machine-translated copy of a Sakhalin regional report (Sept 2019): Limarenko on housing, on the islands'
#   status (True), on Japanese firms "under Russian law" (None, firm), on tourism; the South Kurilsk district head on
#   the ferry and (paraphrased) the geothermal plant; the reporter's question, the Singapore agreement as an event in
#   the standard background, site junk
dict(id="J10-17", outlet="SakhalinNewsJP (machine translation from Russian)", url="https://sakhalinnewsjp.ru/2019/09/20/limarenko-kurily-razvitie/",
published="2019-09-20",
title="リマレンコ知事：クリルの発展は我々の国家的任務であり、島々の運命は議論されない",
text="""3 | 2019年9月20日 | ニュース | サハリン・クリル

リマレンコ知事：クリルの発展は我々の国家的任務であり、島々の運命は議論されない

ユジノサハリンスク、9月20日。サハリン州のワレリー・リマレンコ知事は、南クリル地区への実務訪問の結果について記者団に語った。

知事によると、島々の社会経済発展のための新しいプログラムは、住宅、道路、港湾の建設を含む。「私たちは、クリル諸島を住みやすい場所にしなければならない。2025年までに、すべての住民が近代的な住宅と医療にアクセスできるようになる」とリマレンコは述べた。知事によると、今年の連邦および州の予算から、クリル諸島の開発のために合計で約150億ルーブルが割り当てられている。知事はまた、クナシル島のユジノクリーリスクに新しい幼稚園と学校を建設する計画を明らかにした。

日本との共同経済活動についての質問に対し、知事は次のように答えた：「クリル諸島はロシアの領土であり、島々の運命は誰とも議論されていない。日本の企業がロシアの法律に従って働くのであれば、私たちは歓迎する。」

イトゥルップ島では、地元最大の水産会社「ギドロストロイ」が新しい水産加工場を稼働させた。知事は工場を訪れ、従業員と話し合った。天候の悪化のため、知事のシコタン島への訪問は1日延期された。サハリン州政府の報道部によると、知事の南クリル地区での日程は3日間にわたった。

知事はまた、来月に予定されている日本人観光客の試験的なツアーについて、「観光は島の経済にとって大きな可能性がある」と付け加えた。

南クリル都市管区のワシリー・ソロムコ長官は、新しいフェリーの運航が本土との交通を大きく改善すると述べた。「嵐の季節には、島民は何週間も本土から切り離されていた。新しい船がこの問題を解決する」と長官は語った。

ソロムコ氏によると、クナシル島の地熱発電所の改修も年内に完了する予定である。南クリル都市管区の人口は約1万1千人で、その大部分がクナシル島とシコタン島に住んでいる。クナシル島のメンデレーエボ空港では、滑走路の改修工事が来年始まる見通しだ。近年、クリル諸島を訪れる観光客の数は増加を続けており、今年の夏は過去最多となった。

想起させると、ロシアと日本は第二次世界大戦の終了後、平和条約を締結していない。日本はクナシル、シコタン、イトゥルップ、ハボマイ諸島の領有権を主張している。2018年11月、シンガポールでの会談で、プーチン大統領と安倍晋三首相は、1956年の共同宣言に基づいて平和条約交渉を加速することで合意した。

ソース：サハリン・クリル通信社
© 2019 無断転載を禁じます

読み込み中...
関連ニュース
共有する：""",
expected=[
 dict(speaker="Valery Limarenko", alt=["Sakhalin Oblast government"], treaty=False, snippet="私たちは、クリル諸島を住みやすい場所にしなければならない"),
 dict(speaker="Valery Limarenko", alt=["Sakhalin Oblast government"], treaty=True, snippet="クリル諸島はロシアの領土であり、島々の運命は誰とも議論されていない"),
 dict(speaker="Valery Limarenko", alt=["Sakhalin Oblast government"], treaty=None, snippet="日本の企業がロシアの法律に従って働くのであれば、私たちは歓迎する"),
 dict(speaker="Valery Limarenko", alt=["Sakhalin Oblast government"], treaty=False, snippet="観光は島の経済にとって大きな可能性がある"),
 dict(speaker="Vasily Solomko", treaty=False, snippet="新しい船がこの問題を解決する"),
 dict(speaker="Vasily Solomko", treaty=False, optional=True, snippet="クナシル島の地熱発電所の改修も年内に完了する予定である"),
],
not_statements=[
 "プーチン大統領と安倍晋三首相は、1956年の共同宣言に基づいて平和条約交渉を加速することで合意した",
 "日本はクナシル、シコタン、イトゥルップ、ハボマイ諸島の領有権を主張している。",
 "日本との共同経済活動についての質問に対し",
 "読み込み中...",
]),
]

ARTICLES += [
# 18 47NEWS (Kyodo), a Duma delegation led by Slutsky on Kunashiri (May 2026): Kihara's claim-and-protest, the
#   summons by an unnamed bureau director (an event), Nozdrev's retort relayed by the embassy, Slutsky's claim, his
#   budget promise and his Ukraine line, Motegi's bare line (None), Takaichi's treaty line in the Diet, the Nemuro
#   mayor's anger (None); the 2022 suspension as background, an anonymous official, "Japan protested"
dict(id="J10-18", outlet="47NEWS (Kyodo)", url="https://www.47news.jp/13794256.html",
published="2026-05-19",
title="露下院議員団が国後島訪問　官房長官「極めて遺憾」　露大使「自国領土」と反論",
text="""47NEWS
国際

露下院議員団が国後島訪問　官房長官「極めて遺憾」　露大使「自国領土」と反論
2026年05月19日 19時42分　共同通信

　ロシア下院国際問題委員会のスルツキー委員長ら下院議員団が18日、北方領土の国後島を訪問した。ロシアの国会議員団による北方領土訪問が確認されるのは数年ぶり。日本政府は外交ルートを通じてロシア側に抗議した。

　議員団には与党「統一ロシア」の議員らも加わり、地元の学校や水産加工場、新設された住宅団地などを視察した。サハリン州のリマレンコ知事が同行した。一行はユジノクリーリスクで、大戦終結80年を記念して昨年建てられた記念碑に献花した。

　木原稔官房長官は19日の記者会見で「北方四島は我が国固有の領土であり、議員団の訪問は我が国の立場と相いれず、極めて遺憾だ」と述べた。外務省の欧州局長は同日、ロシアのノズドリョフ駐日大使に電話で抗議した。政府は、訪問の詳しい経緯や議員団の構成について情報収集を進めている。

　ノズドリョフ大使は抗議に対し「ロシアの議員が自国の領土を訪れるのは当然のことであり、日本側の抗議は受け入れられない」と反論した。在日ロシア大使館が交流サイト（SNS）で明らかにした。投稿には、議員団が島の港を視察する写真も添えられていた。

　スルツキー氏は国後島で地元住民と面会し、「クリール諸島はロシアの不可分の領土であり、いかなる交渉の対象にもならない」と強調。港湾や空港の整備について「連邦予算による支援を拡充するよう政府に働きかける」と述べた。ウクライナ情勢にも触れ、「特別軍事作戦の目標は必ず達成される」と語った。

　茂木敏充外相は19日、記者団に「ロシアに対しては、あらゆる機会を通じて我が国の立場を伝えていく」と述べた。

　高市早苗首相は参院決算委員会で、対ロ外交について問われ「領土問題を解決して平和条約を締結するとの方針に変わりはない」と答弁した。

　ロシアは2022年3月、日本の対ロ制裁を理由に平和条約締結交渉の中断を表明した。政府関係者は「ロシアは島の『ロシア化』を着々と進めている」と警戒する。

　一方、根室市の石垣雅敏市長は「元島民の思いを踏みにじる行為で、強い憤りを覚える」とのコメントを出した。

　ロシアの要人による北方領土訪問は、メドベージェフ大統領（当時）が2010年に国後島を訪れて以降、首相や閣僚らによって繰り返されている。ミシュスチン首相は21年に択捉島を訪問し、島での免税特区構想を打ち出した。ウクライナ侵攻後は、北方四島交流事業に関する合意の破棄も日本側に通告している。

関連記事
・ロシア、北方領土で軍事演習　政府が抗議
・北方墓参、今年も見通し立たず　元島民の平均年齢89歳に

共同通信のニュース・速報一覧""",
expected=[
 dict(speaker="Minoru Kihara", alt=["Japanese government"], treaty=True, snippet="北方四島は我が国固有の領土であり、議員団の訪問は我が国の立場と相いれず、極めて遺憾だ"),
 dict(speaker="Nikolai Nozdrev", alt=["Russian Embassy in Japan"], treaty=True, snippet="ロシアの議員が自国の領土を訪れるのは当然のことであり"),
 dict(speaker="Leonid Slutsky", treaty=True, snippet="クリール諸島はロシアの不可分の領土であり、いかなる交渉の対象にもならない"),
 dict(speaker="Leonid Slutsky", treaty=False, snippet="連邦予算による支援を拡充するよう政府に働きかける"),
 dict(speaker="Leonid Slutsky", treaty=False, optional=True, snippet="特別軍事作戦の目標は必ず達成される"),
 dict(speaker="Toshimitsu Motegi", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=None, optional=True, snippet="ロシアに対しては、あらゆる機会を通じて我が国の立場を伝えていく"),
 dict(speaker="Sanae Takaichi", alt=["Japanese government"], treaty=True, snippet="領土問題を解決して平和条約を締結するとの方針に変わりはない"),
 dict(speaker="Masatoshi Ishigaki", alt=["石垣雅敏", "Nemuro city"], treaty=None, optional=True, snippet="元島民の思いを踏みにじる行為で、強い憤りを覚える"),
],
not_statements=[
 "ロシアは2022年3月、日本の対ロ制裁を理由に平和条約締結交渉の中断を表明した。",
 "ロシアは島の『ロシア化』を着々と進めている",
 "外務省の欧州局長は同日、ロシアのノズドリョフ駐日大使に電話で抗議した。",
 "日本政府は外交ルートを通じてロシア側に抗議した。",
]),

# 19 Jiji, an Il-38 over Rebun with the first flares (Sept 2024), mostly NOT about the islands: Hayashi on the
#   violation ("我が国の主権を侵害" -- Japan's airspace, not the islands: False), Kihara as defence minister, Hayashi's
#   bare protest about the four islands (None, firm) and his treaty line, the Russian embassy's reply, Peskov's
#   no-information, Kishida in New York (optional); a senior official (anonymous), the reporter's question, the
#   scramble figures, related headlines
dict(id="J10-19", outlet="Jiji", url="https://www.jiji.com/jc/article?k=2024092400431&g=pol",
published="2024-09-24",
title="露哨戒機、礼文島沖で領空侵犯＝空自が初のフレア―林官房長官「極めて遺憾」",
text="""時事ドットコムニュース ＞ 政治

露哨戒機、礼文島沖で領空侵犯＝空自が初のフレア―林官房長官「極めて遺憾」

　防衛省は23日、ロシア軍のIL38哨戒機1機が北海道・礼文島北方の日本領空を3回にわたり侵犯したと発表した。航空自衛隊の戦闘機が緊急発進（スクランブル）し、警告のため初めてフレア（火炎弾）を使用した。外務省はロシア大使館に厳重に抗議した。

　防衛省によると、IL38は23日午後、礼文島北方の領空に侵入し、約2時間の間に3回にわたって侵犯を繰り返した。空自は無線による警告に加え、フレアを発射して退去を促した。フレアは本来、赤外線誘導ミサイルを欺くための装置で、空自が警告のために使用したのは初めて。

　林芳正官房長官は24日の記者会見で「極めて遺憾だ。ロシアの領空侵犯は、我が国の主権を侵害するもので、断じて受け入れられない」と述べた。

　木原稔防衛相は記者団に、「フレアの使用は、国際法と自衛隊法に沿った適切な措置だ」と強調した。「同時期に日本周辺で中ロ両軍の動きが活発化しており、強い警戒感を持って注視する」とも語った。

　林氏は会見で、北方領土周辺でもロシア軍の活動が活発化していることを問われ、「北方四島でのロシア軍の軍備強化は、我が国の立場と相いれない」と指摘。日ロ関係への影響については「厳しい状況にあるが、領土問題を解決して平和条約を締結するとの方針に変わりはない」と述べた。

　在日ロシア大使館は時事通信の取材に、「ロシア機は国際法に従い、公海上空を飛行していた」と回答した。ロシア大統領府のペスコフ報道官は記者団に「この件について情報を持っていない。国防省に問い合わせるべきだ」と述べた。

　ニューヨークを訪問中の岸田文雄首相は記者団に「ロシア側に厳重に抗議した。引き続き、緊張感を持って警戒監視に万全を期す」と語った。

　ロシア軍は今月、日本海やオホーツク海で大規模演習「オケアン（大洋）2024」を実施しており、防衛省は関連を分析している。今月に入り、ロシア軍の哨戒機や爆撃機が日本海上空を長距離飛行する動きも相次いでいる。政府高官は「ロシアが日本をけん制する意図は明らかだ」と語った。

　ロシア機による日本の領空侵犯は2019年6月以来。8月には中国軍機が長崎県沖で初めて領空を侵犯していた。防衛省によると、2023年度の空自の緊急発進は669回で、ロシア機に対するものは約4分の1を占めた。今回の侵犯は、自民党総裁選の投開票を27日に控えた時期と重なった。

（2024/09/24-12:15）

関連ニュース
【図解・政治】ロシア軍機による日本領空侵犯の経緯
北方領土でロシア軍演習、政府が抗議""",
expected=[
 dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=False, snippet="ロシアの領空侵犯は、我が国の主権を侵害するもので、断じて受け入れられない"),
 dict(speaker="Minoru Kihara", alt=["Japanese government", "Japanese Defense Ministry"], treaty=False, snippet="フレアの使用は、国際法と自衛隊法に沿った適切な措置だ"),
 dict(speaker="Minoru Kihara", alt=["Japanese government", "Japanese Defense Ministry"], treaty=False, optional=True, snippet="強い警戒感を持って注視する"),
 dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=None, snippet="北方四島でのロシア軍の軍備強化は、我が国の立場と相いれない"),
 dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=True, snippet="厳しい状況にあるが、領土問題を解決して平和条約を締結するとの方針に変わりはない"),
 dict(speaker="Russian Embassy in Japan", treaty=False, snippet="ロシア機は国際法に従い、公海上空を飛行していた"),
 dict(speaker="Fumio Kishida", alt=["Japanese government"], treaty=False, optional=True, snippet="引き続き、緊張感を持って警戒監視に万全を期す"),
 dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=False, optional=True, snippet="この件について情報を持っていない"),
],
not_statements=[
 "ロシアが日本をけん制する意図は明らかだ",
 "北方領土でロシア軍演習、政府が抗議",
 "北方領土周辺でもロシア軍の活動が活発化していることを問われ",
]),

# 20 Yahoo!ニュース (HBC北海道放送), the exchanges and grave visits called off for the year (June 2020): Eto on the
#   decision and on the exchanges' purpose (None, firm), Suga's treaty line, the Nemuro mayor on the movement (None),
#   the governor, the league's chairman, Limarenko; the decision as an event, the history, the ship, an unnamed
#   former islander, related headlines, and two readers' comments (one on the treaty: anonymous, not a statement)
dict(id="J10-20", outlet="Yahoo!ニュース (HBC北海道放送)", url="https://news.yahoo.co.jp/articles/3f9a2c7e51d0b84a6e2c19d4f07a8b5e1c6d2f90",
published="2020-06-26",
title="北方領土ビザなし交流　今年度の実施見送り　コロナで初　根室市長「運動の停滞を懸念」",
text="""Yahoo!ニュース

北方領土ビザなし交流　今年度の実施見送り　コロナで初　根室市長「運動の停滞を懸念」
6/26(金) 18:32配信
HBC北海道放送

　新型コロナウイルスの感染拡大を受け、政府は、北方領土の元島民らによる墓参やビザなし交流など「四島交流等事業」について、今年度の実施を見送ることを決めました。事業が一年を通して中止されるのは、1992年にビザなし交流が始まって以来、初めてです。

　対象となるのは、元島民らによる墓参と自由訪問、日本人と四島のロシア人住民が相互に行き来するビザなし交流で、例年は5月から9月にかけて、計20回以上の訪問団が派遣されていました。これまでに延べ約2万5000人が参加しています。

　衛藤北方担当大臣は26日の閣議後の会見で、「元島民の皆様の思いを考えると断腸の思いだが、参加者の健康と安全を最優先した」と述べました。衛藤大臣はまた、「交流事業は、北方領土問題の解決に向けた環境整備のための大切な事業で、来年度の再開を目指してロシア側と調整したい」と話しました。衛藤大臣は、元島民の証言を映像で記録する事業などは予定通り進める考えも示しました。

　菅官房長官は記者会見で、「北方領土問題を解決して平和条約を締結するという方針の下、ロシアとの交渉を粘り強く進めていく考えに変わりはない」と述べました。

　根室市の石垣市長は「交流事業は返還運動の大きな柱で、中止によって運動が停滞することを懸念している」と話しました。北海道の鈴木知事も「元島民の皆さんのご心情を思うと、大変残念だ」とコメントしました。

　千島歯舞諸島居住者連盟の脇紀美夫理事長は、「元島民の平均年齢は85歳近い。1年の空白は私たちにとって重い」と声を落としました。

　一方、ロシア・サハリン州のリマレンコ知事は、地元メディアに対し、「感染状況が落ち着けば、日本の元島民の訪問を受け入れる用意がある」と述べました。サハリン州では、島の住民の日本訪問も予定されていましたが、同様に取りやめとなりました。四島側からの訪問団は、例年、根室市の交流施設「ニ・ホ・ロ」などを拠点に、日本の家庭へのホームステイや学校訪問を行ってきました。

　交流事業に使われる船「えとぴりか」は、根室港に停泊したままとなっています。根室市の北方領土資料館を訪れた元島民の女性（87）は「来年こそは、ふるさとの墓に手を合わせたい」と話していました。

【関連記事】
・北方墓参、航空機での実施も見送り
・根室の水産加工業、コロナで打撃

最終更新:6/26(金) 19:05
HBC北海道放送

コメント 214件

nao*****　6/26(金) 19:12
コロナでは仕方ない。でも元島民の方々の年齢を考えると胸が痛む。

hok*****　6/26(金) 19:40
正直、平和条約なんて結べる見込みはない。島が戻ることはもうないだろう。

返信 12　共感した 340　なるほど 25""",
expected=[
 dict(speaker="Seiichi Eto", alt=["Japanese government", "Cabinet Office"], treaty=False, snippet="元島民の皆様の思いを考えると断腸の思いだが、参加者の健康と安全を最優先した"),
 dict(speaker="Seiichi Eto", alt=["Japanese government", "Cabinet Office"], treaty=None, snippet="交流事業は、北方領土問題の解決に向けた環境整備のための大切な事業で"),
 dict(speaker="Seiichi Eto", alt=["Japanese government", "Cabinet Office"], treaty=False, optional=True, snippet="元島民の証言を映像で記録する事業などは予定通り進める考えも示しました"),
 dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=True, snippet="北方領土問題を解決して平和条約を締結するという方針の下、ロシアとの交渉を粘り強く進めていく"),
 dict(speaker="Masatoshi Ishigaki", alt=["石垣雅敏", "Nemuro city"], treaty=None, optional=True, snippet="交流事業は返還運動の大きな柱で、中止によって運動が停滞することを懸念している"),
 dict(speaker="Naomichi Suzuki", alt=["Hokkaido government"], treaty=False, optional=True, snippet="元島民の皆さんのご心情を思うと、大変残念だ"),
 dict(speaker="Kimio Waki", alt=["千島歯舞諸島居住者連盟", "former islanders' league"], treaty=False, snippet="1年の空白は私たちにとって重い"),
 dict(speaker="Valery Limarenko", alt=["Sakhalin Oblast government"], treaty=False, snippet="感染状況が落ち着けば、日本の元島民の訪問を受け入れる用意がある"),
],
not_statements=[
 "事業が一年を通して中止されるのは、1992年にビザなし交流が始まって以来、初めてです。",
 "交流事業に使われる船「えとぴりか」は、根室港に停泊したままとなっています。",
 "北方墓参、航空機での実施も見送り",
 "政府は、北方領土の元島民らによる墓参やビザなし交流など「四島交流等事業」について、今年度の実施を見送ることを決めました",
 "正直、平和条約なんて結べる見込みはない。島が戻ることはもうないだろう。",
]),
]
