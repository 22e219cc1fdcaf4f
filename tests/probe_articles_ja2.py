# -*- coding: utf-8 -*-
"""20 more synthetic Japanese news articles (round 2, written for this test) with expected statements.

expected: list of dicts
  speaker  canonical English name
  treaty   True / False / None (None = either flag acceptable, genuinely ambiguous)
  snippet  exact substring of text that the statement's span should overlap
  optional True when absence is acceptable (non-treaty statements, ambiguous ones)
not_statements: snippets that must NOT produce a peace-treaty statement (background, anonymous, documents, events)
"""

# A protest over a visit or a building on the islands ("regrettable", "unacceptable", 「自国の領土を訪れる」) is marked
# optional: the corpus labels do not count it as a statement on the treaty unless it claims the islands outright.
ARTICLES = [
# 1 NHK, Sochi summit, "new approach" (Ushakov on the talks)
dict(id="J2-01", outlet="NHK", published="2016-05-07",
title="日ロ首脳会談 “新しいアプローチ”で交渉へ",
text="""安倍総理大臣は、ロシア南部のソチでプーチン大統領とおよそ3時間にわたって会談し、北方領土問題を含む平和条約交渉について、これまでの発想にとらわれない「新しいアプローチ」で精力的に進めていくことで一致しました。

会談のあと、安倍総理大臣は記者団に対し「平和条約締結交渉が停滞していた状況を打破する突破口を開くという手応えを得ることができた」と述べました。そのうえで、9月にウラジオストクで開かれる国際会議の際に、改めて首脳会談を行う考えを示しました。

一方、ロシア大統領府のウシャコフ補佐官は記者団に対し、会談は「非常に建設的な雰囲気で行われた」としたうえで、平和条約の問題について双方がそれぞれの立場を改めて説明したことを明らかにしました。

北方領土問題をめぐっては、2013年に安倍総理大臣がモスクワを訪問した際、双方に受け入れ可能な解決策を作成する交渉を加速させることで合意していましたが、その後、ウクライナ情勢を受けて交渉は事実上止まっていました。""",
expected=[
 dict(speaker="Shinzo Abe", treaty=True, snippet="平和条約締結交渉が停滞していた状況を打破する突破口を開くという手応えを得ることができた"),
 dict(speaker="Shinzo Abe", treaty=None, optional=True, snippet="改めて首脳会談を行う考えを示しました"),
 dict(speaker="Yuri Ushakov", treaty=None, optional=True, snippet="非常に建設的な雰囲気で行われた"),
 dict(speaker="Yuri Ushakov", treaty=True, snippet="平和条約の問題について双方がそれぞれの立場を改めて説明したことを明らかにしました"),
],
not_statements=["双方に受け入れ可能な解決策を作成する交渉を加速させることで合意していましたが"]),

# 2 Jiji, Medvedev (then prime minister) on Kunashir; "首相は" is the Russian one; 同相 = Gemba
dict(id="J2-02", outlet="Jiji", published="2012-07-03",
title="メドベージェフ首相が国後島訪問 玄葉外相「極めて遺憾」",
text="""【モスクワ時事】ロシアのメドベージェフ首相は3日、北方領土の国後島を訪問した。大統領時代の2010年11月に続き2度目で、首相としては初めて。地元住民との対話集会で「ここはロシアの大切な一部であり、一寸たりとも渡すつもりはない」と語った。

首相は地熱発電所や港湾施設などを視察し、インフラ整備のための予算を増やす考えも表明した。

玄葉光一郎外相は同日、外務省で記者団に対し「日本の立場と相いれず、日本国民の感情を傷つけるもので極めて遺憾だ」と述べ、ロシア側に抗議したことを明らかにした。同相は、北方四島の帰属問題を解決して平和条約を締結するため「静かな環境で交渉を進めたい」とも語った。

藤村修官房長官は記者会見で、日ロ関係への影響を問われ「大局的な観点から冷静に対処する」と述べるにとどめた。""",
expected=[
 dict(speaker="Dmitry Medvedev", treaty=True, snippet="ここはロシアの大切な一部であり、一寸たりとも渡すつもりはない"),
 dict(speaker="Dmitry Medvedev", treaty=None, optional=True, snippet="インフラ整備のための予算を増やす考えも表明した"),
 dict(speaker="Koichiro Gemba", treaty=None, optional=True, snippet="日本の立場と相いれず、日本国民の感情を傷つけるもので極めて遺憾だ"),
 dict(speaker="Koichiro Gemba", treaty=True, snippet="静かな環境で交渉を進めたい"),
 dict(speaker="Osamu Fujimura", treaty=None, optional=True, snippet="大局的な観点から冷静に対処する"),
],
not_statements=["大統領時代の2010年11月に続き2度目で、首相としては初めて"]),

# 3 Hokkaido Shimbun, visa-free exchange agreements scrapped (2022): local reactions
dict(id="J2-03", outlet="Hokkaido Shimbun", published="2022-09-06",
title="ビザなし交流合意破棄 根室市長「返還運動の旗降ろさず」",
text="""ロシア政府が北方四島と日本との間のビザなし交流と自由訪問に関する合意を一方的に破棄したことを受け、根室管内や道内では6日、反発と落胆の声が広がった。

鈴木直道知事は道庁で報道陣の取材に応じ、「四島との交流は、元島民や関係者が長年にわたって積み重ねてきたものだ。一方的な破棄は到底容認できない」と強い不満を表明した。知事は、交流事業の早期再開に向けて国に働きかけていく考えも示した。

根室市の石垣雅敏市長は記者会見で「交流の場が失われたことは痛恨の極みだ」と語る一方、「四島の返還を求める運動の旗を降ろすことは決してない」と強調した。

色丹島出身で、千島歯舞諸島居住者連盟根室支部の役員を務める川端ミツさん（87）は「ふるさとの島に生きているうちに帰れるのか。島を返してもらう日まで、声を上げ続けたい」と声を詰まらせた。

ロシア外務省は5日の声明で、日本が対ロ制裁を科していることを破棄の理由に挙げていた。ビザなし交流は1992年に始まり、これまでに延べ約2万5千人が参加した。""",
expected=[
 dict(speaker="Naomichi Suzuki", treaty=False, snippet="一方的な破棄は到底容認できない"),
 dict(speaker="Naomichi Suzuki", treaty=False, optional=True, snippet="交流事業の早期再開に向けて国に働きかけていく考え"),
 dict(speaker="石垣雅敏", alt=["石垣"], treaty=False, optional=True, snippet="交流の場が失われたことは痛恨の極みだ"),
 dict(speaker="石垣雅敏", alt=["石垣"], treaty=True, snippet="四島の返還を求める運動の旗を降ろすことは決してない"),
 dict(speaker="川端ミツ", alt=["川端"], treaty=True, optional=True, snippet="島を返してもらう日まで、声を上げ続けたい"),
 dict(speaker="Russian Foreign Ministry", treaty=False, optional=True, snippet="日本が対ロ制裁を科していることを破棄の理由に挙げていた"),
],
not_statements=["ビザなし交流は1992年に始まり、これまでに延べ約2万5千人が参加した", "反発と落胆の声が広がった"]),

# 4 Kantei, chief cabinet secretary's press conference transcript (Suga), Medvedev on Etorofu 2015
dict(id="J2-04", outlet="Kantei", published="2015-08-24",
title="内閣官房長官記者会見 平成27年8月24日（月）午前",
text="""内閣官房長官記者会見　平成27年8月24日（月）午前

【記者】土曜日にメドベージェフ首相が択捉島を訪問しました。政府の受け止めと、岸田外務大臣の訪ロへの影響についてお聞かせください。

【菅官房長官】メドベージェフ首相の択捉島訪問は、我が国の立場と相いれず、日本国民の感情を傷つけるものであり、極めて遺憾であります。外交ルートを通じて、ロシア側に厳重に抗議をしたところであります。岸田大臣の訪ロについては、現時点で何ら決まっていないと承知をしております。

【記者】ロシア側は、島の開発をさらに進める方針を示していますが。

【菅官房長官】北方四島は我が国固有の領土であります。その帰属の問題を解決して平和条約を締結する、この基本方針の下で、引き続き粘り強く交渉に取り組んでいきたいと考えております。

【記者】話題が変わりますが、中国の抗日戦争勝利70年の記念行事について、総理が出席を見送る方向と報じられていますが。

【菅官房長官】総理の日程については、国会の状況等を踏まえ、総合的に判断していくことになります。""",
expected=[
 dict(speaker="Yoshihide Suga", treaty=None, optional=True, snippet="メドベージェフ首相の択捉島訪問は、我が国の立場と相いれず、日本国民の感情を傷つけるものであり、極めて遺憾であります。"),
 dict(speaker="Yoshihide Suga", treaty=True, snippet="北方四島は我が国固有の領土であります。その帰属の問題を解決して平和条約を締結する、この基本方針の下で、引き続き粘り強く交渉に取り組んでいきたいと考えております。"),
 dict(speaker="Yoshihide Suga", treaty=False, optional=True, snippet="総理の日程については、国会の状況等を踏まえ、総合的に判断していくことになります。"),
],
not_statements=["土曜日にメドベージェフ首相が択捉島を訪問しました。", "ロシア側は、島の開発をさらに進める方針を示していますが。"]),

# 5 MOFA transcript, Kono's "next question" (2018) + the Japan–China treaty's 40th anniversary (trap)
dict(id="J2-05", outlet="MOFA", published="2018-12-11",
title="河野外務大臣会見記録",
text="""河野外務大臣会見記録（平成30年12月11日（火曜日）10時50分　於：本省会見室）

【記者】ロシアのラブロフ外相が、日本は第二次世界大戦の結果を認めるべきだと発言しています。大臣の受け止めをお聞かせください。

【河野外務大臣】次の質問どうぞ。

【記者】なぜお答えにならないのでしょうか。

【河野外務大臣】次の質問どうぞ。

【記者】今年は日中平和友好条約締結40周年の節目の年でしたが、日中関係をどう総括されますか。

【河野外務大臣】日中平和友好条約の締結から40年という節目に、首脳間の往来が実現し、日中関係は完全に正常な軌道に戻ったと考えております。来年もこの流れをしっかりと発展させていきたいと思います。

【記者】来年1月の訪ロの際、平和条約交渉の責任者として何を目指されますか。

【河野外務大臣】交渉の責任者として、シンガポールでの首脳間の合意を踏まえ、平和条約交渉をしっかり前に進めていきたいと思っております。交渉の中身については、交渉の場以外で申し上げることは差し控えたいと思います。""",
expected=[
 dict(speaker="Sergei Lavrov", treaty=True, optional=True, snippet="日本は第二次世界大戦の結果を認めるべきだと発言しています"),
 dict(speaker="Taro Kono", treaty=False, snippet="日中平和友好条約の締結から40年という節目に、首脳間の往来が実現し、日中関係は完全に正常な軌道に戻ったと考えております。"),
 dict(speaker="Taro Kono", treaty=True, snippet="交渉の責任者として、シンガポールでの首脳間の合意を踏まえ、平和条約交渉をしっかり前に進めていきたいと思っております。"),
 dict(speaker="Taro Kono", treaty=None, optional=True, snippet="交渉の中身については、交渉の場以外で申し上げることは差し控えたいと思います。"),
],
not_statements=["次の質問どうぞ", "なぜお答えにならないのでしょうか"]),

# 6 Mainichi, Mishustin on Etorofu 2021; Galuzin's retort relayed with 「という」
dict(id="J2-06", outlet="Mainichi", published="2021-07-27",
title="ロシア首相が択捉島訪問 加藤官房長官「極めて遺憾」",
text="""ロシアのミシュスチン首相は26日、北方領土の択捉島を訪れ、水産加工場や建設中の幼稚園を視察した。ロシアの首相による北方領土訪問は、メドベージェフ氏が2019年8月に択捉島を訪れて以来となる。ミシュスチン氏は島民との会合で、クリール諸島に関税などを優遇する特区を設ける構想について「世界中から投資を呼び込む。日本の企業も歓迎する」と述べた。

加藤勝信官房長官は27日の記者会見で「北方四島に関する我が国の立場と相いれず、日本国民の感情を傷つけるもので、極めて遺憾だ」と述べた。外交ルートを通じて抗議したことも明らかにし、「北方四島は我が国固有の領土であり、ロシアによる不法占拠の下での開発は認められない」と批判した。

茂木敏充外相は同日、ガルージン駐日露大使と東京都内で面会し、直接抗議した。ガルージン氏は「ロシアの首相が自国の領土を訪れるのは当然だ」と反論したという。

日本政府内では「東京五輪の最中の訪問は意図的だ」との見方も出ている。""",
expected=[
 dict(speaker="Mikhail Mishustin", treaty=None, optional=True, snippet="世界中から投資を呼び込む。日本の企業も歓迎する"),
 dict(speaker="Katsunobu Kato", treaty=None, optional=True, snippet="北方四島に関する我が国の立場と相いれず、日本国民の感情を傷つけるもので、極めて遺憾だ"),
 dict(speaker="Katsunobu Kato", treaty=True, snippet="北方四島は我が国固有の領土であり、ロシアによる不法占拠の下での開発は認められない"),
 dict(speaker="Mikhail Galuzin", treaty=True, optional=True, snippet="ロシアの首相が自国の領土を訪れるのは当然だ"),
],
not_statements=["東京五輪の最中の訪問は意図的だ", "ガルージン駐日露大使と東京都内で面会し、直接抗議した"]),

# 7 Nikkei, salmon fishery talks 2023 (no treaty content; "交渉" is the fisheries one)
dict(id="J2-07", outlet="Nikkei", published="2023-04-15",
title="日ロ漁業交渉が妥結 サケ・マス漁獲枠は前年並み",
text="""日本とロシアの両政府は14日、ロシアの200カイリ水域で日本漁船が今年漁獲するサケ・マスの漁獲量などを決める交渉で合意した。漁獲枠は前年と同じ2050トンで、日本側が支払う漁業協力費は最大3億円程度となる。

野村哲郎農林水産相は14日の閣議後の記者会見で「ロシアのウクライナ侵略で厳しい状況だったが、漁業者の操業機会を確保できたことは大きい」と語った。

北海道の漁業関係者によると、ここ数年はサケ・マスの不漁が続いており、漁獲枠の全量を消化できない年もあるという。

北方領土周辺の水域での操業に関する「安全操業」協定を巡っては、ロシア側が昨年、履行を停止すると発表しており、協議再開のめどは立っていない。根室市の石垣雅敏市長は「地元の漁業者にとっては死活問題だ。政府には粘り強く交渉してほしい」と訴えた。""",
expected=[
 dict(speaker="野村哲郎", alt=["野村"], treaty=False, snippet="漁業者の操業機会を確保できたことは大きい"),
 dict(speaker="石垣雅敏", alt=["石垣"], treaty=False, snippet="地元の漁業者にとっては死活問題だ。政府には粘り強く交渉してほしい"),
],
not_statements=["ここ数年はサケ・マスの不漁が続いており", "ロシア側が昨年、履行を停止すると発表しており"]),

# 8 Yomiuri, Alaska summit 2025: Ukraine peace and Armenia–Azerbaijan (traps) beside the treaty line
dict(id="J2-08", outlet="Yomiuri", published="2025-08-17",
title="米露首脳会談 首相「公正で永続的な平和を」",
text="""石破首相は16日、米アラスカ州で行われたトランプ米大統領とロシアのプーチン大統領の会談について、首相官邸で記者団に「ウクライナにおける公正かつ永続的な平和の実現に向けた努力を歓迎する。日本としても和平の実現に貢献していきたい」と語った。

ロシアとウクライナの間で将来、平和条約や和平合意が結ばれるかどうかは見通せない。プーチン氏は会談後の共同記者発表で「紛争の根本原因が取り除かれなければならない」と主張した。

首相は、日露関係への影響について問われ、「ロシアとの関係は厳しい状況が続いているが、領土問題を解決して平和条約を締結するとの方針は何ら変わらない」と強調した。

岩屋外相は同日、訪問先で記者団に対し、アルメニアとアゼルバイジャンが米国の仲介で和平合意に仮署名したことにも触れ、「地域の平和と安定に向けた重要な一歩だ」と述べた。""",
expected=[
 dict(speaker="Shigeru Ishiba", treaty=False, snippet="ウクライナにおける公正かつ永続的な平和の実現に向けた努力を歓迎する"),
 dict(speaker="Vladimir Putin", treaty=False, snippet="紛争の根本原因が取り除かれなければならない"),
 dict(speaker="Shigeru Ishiba", treaty=True, snippet="領土問題を解決して平和条約を締結するとの方針は何ら変わらない"),
 dict(speaker="Takeshi Iwaya", treaty=False, snippet="地域の平和と安定に向けた重要な一歩だ"),
],
not_statements=["ロシアとウクライナの間で将来、平和条約や和平合意が結ばれるかどうかは見通せない"]),

# 9 Sankei, Takeshima Day 2024 (another dispute), Senkaku, then the Northern Territories
dict(id="J2-09", outlet="Sankei", published="2024-02-22",
title="「竹島の日」式典 林官房長官「我が国固有の領土」",
text="""林芳正官房長官は22日の記者会見で、島根県が制定した「竹島の日」について問われ、「竹島は歴史的事実に照らしても、国際法上も明らかに我が国固有の領土だ」と述べた。その上で「韓国側に対して、我が国の立場をしっかりと伝えていく」と語った。

松江市で同日開かれた記念式典には、政府から平沼正二郎内閣府政務官が出席し、「領土問題の解決に向けて、粘り強く取り組む」とあいさつした。韓国は1954年以降、竹島に警備隊を常駐させている。

林氏はまた、中国海警局の船が尖閣諸島周辺の領海に侵入したことについて「極めて遺憾で、断じて容認できない」と語った。

一方、北方領土を巡っては、ロシア外務省のザハロワ情報局長が今月の会見で、日本の「北方領土の日」の行事について「南クリールがロシア領であるという事実は何も変わらない」と述べている。林氏は「北方四島は我が国が主権を有する島々だ。ロシア側の独自の主張は受け入れられない」と反論した。""",
expected=[
 dict(speaker="Yoshimasa Hayashi", treaty=False, snippet="竹島は歴史的事実に照らしても、国際法上も明らかに我が国固有の領土だ"),
 dict(speaker="Yoshimasa Hayashi", treaty=False, optional=True, snippet="韓国側に対して、我が国の立場をしっかりと伝えていく"),
 dict(speaker="平沼正二郎", alt=["平沼"], treaty=False, snippet="領土問題の解決に向けて、粘り強く取り組む"),
 dict(speaker="Yoshimasa Hayashi", treaty=False, snippet="極めて遺憾で、断じて容認できない"),
 dict(speaker="Maria Zakharova", treaty=True, snippet="南クリールがロシア領であるという事実は何も変わらない"),
 dict(speaker="Yoshimasa Hayashi", treaty=True, snippet="北方四島は我が国が主権を有する島々だ。ロシア側の独自の主張は受け入れられない"),
],
not_statements=["韓国は1954年以降、竹島に警備隊を常駐させている"]),

# 10 machine-translated aggregator (from Russian), Galuzin; junk lines and a related-article headline (trap)
dict(id="J2-10", outlet="aggregator (machine translation)", published="2021-02-10",
title="駐日ロシア大使：露日平和条約問題、島の主権は議論の対象ではない",
text="""ガルージン駐日ロシア大使
© 写真 : 在日ロシア大使館
シェア

ミハイル・ガルージン駐日ロシア大使は、「リア・ノーヴォスチ」通信のインタビューの中で、ロシアと日本の平和条約締結に関する対話は続けられるべきであるが、南クリル諸島に対するロシアの主権は議論の対象にならないと述べた。

「我々は日本のパートナーと平和条約の問題について対話を続ける用意がある。しかし、これは国境線の画定ではなく、第二次世界大戦の結果を日本が承認することについての対話である」と大使は強調した。

大使によると、露日間の貿易は昨年、新型コロナウイルスの影響にもかかわらず回復の傾向を示した。

関連記事
ロシア外務省、アルメニアとアゼルバイジャンの平和条約の準備を歓迎
プーチン大統領：日本との共同経済活動は島の発展に寄与する

また大使は、日本の政治家による「北方領土」という表現はロシアへの「領土要求」であり、受け入れられないと指摘した。

コメント
すべてのコメント""",
expected=[
 dict(speaker="Mikhail Galuzin", treaty=True, snippet="南クリル諸島に対するロシアの主権は議論の対象にならないと述べた"),
 dict(speaker="Mikhail Galuzin", treaty=True, snippet="これは国境線の画定ではなく、第二次世界大戦の結果を日本が承認することについての対話である"),
 dict(speaker="Mikhail Galuzin", treaty=False, optional=True, snippet="露日間の貿易は昨年、新型コロナウイルスの影響にもかかわらず回復の傾向を示した"),
 dict(speaker="Mikhail Galuzin", treaty=True, snippet="ロシアへの「領土要求」であり、受け入れられないと指摘した"),
],
not_statements=["ロシア外務省、アルメニアとアゼルバイジャンの平和条約の準備を歓迎", "プーチン大統領：日本との共同経済活動は島の発展に寄与する"]),

# 11 Kyodo, Putin with news agency heads (SPIEF 2021); subject-omitted second sentence
dict(id="J2-11", outlet="Kyodo", published="2021-06-05",
title="プーチン氏、平和条約「対話は継続」 改正憲法にも言及",
text="""【モスクワ共同】ロシアのプーチン大統領は4日、サンクトペテルブルクで共同通信など世界の主要通信社の代表と会見し、日本との平和条約締結問題について「我々は対話を止めるつもりはない。交渉は続けていく」と述べた。

一方で、昨年改正された憲法に領土の割譲禁止が盛り込まれたことに触れ、「憲法に反する行動を取ることはできない」とも語った。大統領は、日米安全保障条約に基づいて島に米軍が展開する可能性に懸念を示し、「その問題に答えがなければ、最終的な合意は難しい」と指摘した。

プーチン氏は、日本との経済協力については「日本企業の北極圏のエネルギー事業への参加を歓迎する」と語った。

発言は、領土問題で譲歩する余地がないことを改めて示したものとみられる。""",
expected=[
 dict(speaker="Vladimir Putin", treaty=True, snippet="我々は対話を止めるつもりはない。交渉は続けていく"),
 dict(speaker="Vladimir Putin", treaty=True, snippet="憲法に反する行動を取ることはできない"),
 dict(speaker="Vladimir Putin", treaty=True, snippet="その問題に答えがなければ、最終的な合意は難しい"),
 dict(speaker="Vladimir Putin", treaty=False, snippet="日本企業の北極圏のエネルギー事業への参加を歓迎する"),
],
not_statements=["発言は、領土問題で譲歩する余地がないことを改めて示したものとみられる"]),

# 12 Jiji, Peskov on Ishiba's policy speech (2024); Armenia–Azerbaijan peace treaty (trap); earlier words 「と述べていた」
dict(id="J2-12", outlet="Jiji", published="2024-10-08",
title="日本との対話「基盤ない」 石破政権発足でロシア大統領府",
text="""【モスクワ時事】ロシア大統領府のペスコフ報道官は7日、石破茂首相が所信表明演説で北方領土問題を解決して平和条約を締結する方針を示したことについて、記者団に「日本の新政権が非友好的な路線を続ける限り、平和条約の議論に戻る基盤はない」と語った。

報道官は、日本が米国と共に対ロ制裁を続けていると指摘し、「ボールは日本側にある」と強調。ただ、新政権との接触自体は排除しない考えも示した。

ペスコフ氏はまた、アルメニアとアゼルバイジャンの平和条約締結に向けた交渉について「ロシアは両国の合意を後押しする用意がある」と述べた。

石破首相は4日の所信表明演説で、ロシアとの関係について「領土問題を解決し、平和条約を締結するとの方針を堅持する」と述べていた。ロシア側は2022年3月以降、平和条約交渉に応じていない。""",
expected=[
 dict(speaker="Dmitry Peskov", treaty=True, snippet="平和条約の議論に戻る基盤はない"),
 dict(speaker="Dmitry Peskov", treaty=True, snippet="ボールは日本側にある"),
 dict(speaker="Dmitry Peskov", treaty=None, optional=True, snippet="新政権との接触自体は排除しない考えも示した"),
 dict(speaker="Dmitry Peskov", treaty=False, snippet="ロシアは両国の合意を後押しする用意がある"),
 dict(speaker="Shigeru Ishiba", treaty=True, snippet="領土問題を解決し、平和条約を締結するとの方針を堅持する"),
],
not_statements=["ロシア側は2022年3月以降、平和条約交渉に応じていない"]),

# 13 Mainichi, Diet answers (Lower House budget committee, 2019): 答弁した, と述べ、…と強調した
dict(id="J2-13", outlet="Mainichi", published="2019-02-08",
title="首相、「固有の領土」明言避ける 衆院予算委",
text="""安倍晋三首相は8日の衆院予算委員会で、北方領土の法的地位について問われ、「政府の法的立場は、北方四島は我が国が主権を有する島々であるというもので、一貫している」と答弁した。一方、「固有の領土」という表現を使うかどうかについては「交渉に悪影響を与えかねない」として明言を避けた。

質問した立憲民主党などの会派に所属する岡田克也氏は「政府の立場が後退したと受け止められかねない。四島の返還を求める方針を捨てたのか」とただした。

首相は「交渉の方針については、外交交渉の場以外で申し上げることは控えたい」と重ねて述べ、「私とプーチン大統領の手で、必ずや平和条約を締結する決意だ」と強調した。

河野太郎外相も同委員会で、ロシア側との交渉内容について「交渉の中身を対外的に明らかにすることはしない」と答弁した。政府内には、ロシアを刺激しないよう表現を抑える狙いがあるとの見方がある。""",
expected=[
 dict(speaker="Shinzo Abe", treaty=True, snippet="北方四島は我が国が主権を有する島々であるというもので、一貫している"),
 dict(speaker="Shinzo Abe", treaty=True, snippet="交渉に悪影響を与えかねない"),
 dict(speaker="岡田克也", alt=["岡田"], treaty=True, snippet="政府の立場が後退したと受け止められかねない"),
 dict(speaker="Shinzo Abe", treaty=None, optional=True, snippet="交渉の方針については、外交交渉の場以外で申し上げることは控えたい"),
 dict(speaker="Shinzo Abe", treaty=True, snippet="私とプーチン大統領の手で、必ずや平和条約を締結する決意だ"),
 dict(speaker="Taro Kono", treaty=None, optional=True, snippet="交渉の中身を対外的に明らかにすることはしない"),
],
not_statements=["政府内には、ロシアを刺激しないよう表現を抑える狙いがあるとの見方がある"]),

# 14 Asahi, the day after Singapore (2018): a former islander, an expert, Putin, Suga
dict(id="J2-14", outlet="Asahi", published="2018-11-16",
title="「2島先行」論に揺れる元島民 専門家「4島一括は事実上困難」",
text="""1956年の日ソ共同宣言を基礎に平和条約交渉を加速させるとした日ロ首脳の合意から一夜明けた15日、北方領土の元島民や専門家の間では、期待と不安が交錯した。

宣言の第9項には、平和条約の締結後に歯舞、色丹の2島を日本側へ「引き渡す」との文言がある。国後、択捉両島の扱いについては触れていない。

歯舞群島の志発島出身で札幌市に住む田村卓郎さん（83）は「2島でも返ってくるなら、墓参りに自由に行けるようになる。ただ、国後と択捉を諦めるようなことはしてほしくない」と複雑な胸の内を明かした。

ロシア外交に詳しい北海道大学の木村良平教授（国際政治）は「首相は事実上、4島一括返還の旗を降ろし、2島の引き渡しを確実にする方向にかじを切った」と分析する。「ロシア側は引き渡し後の島の主権についても議論が必要だとしており、交渉は容易ではない」とも指摘した。

プーチン大統領は15日、訪問先のシンガポールで記者会見し、共同宣言について「島をどちらの国の主権の下に置くのか、どのような条件で引き渡すのかは書かれていない」と述べた。

菅義偉官房長官は15日の記者会見で「四島の帰属の問題を解決して平和条約を締結するという基本方針に変わりはない」と述べ、方針転換との見方を否定した。""",
expected=[
 dict(speaker="田村卓郎", alt=["田村"], treaty=True, optional=True, snippet="国後と択捉を諦めるようなことはしてほしくない"),
 dict(speaker="木村良平", alt=["木村"], treaty=True, optional=True, snippet="4島一括返還の旗を降ろし、2島の引き渡しを確実にする方向にかじを切った"),
 dict(speaker="木村良平", alt=["木村"], treaty=True, optional=True, snippet="交渉は容易ではない"),
 dict(speaker="Vladimir Putin", treaty=True, snippet="島をどちらの国の主権の下に置くのか、どのような条件で引き渡すのかは書かれていない"),
 dict(speaker="Yoshihide Suga", treaty=True, snippet="四島の帰属の問題を解決して平和条約を締結するという基本方針に変わりはない"),
],
not_statements=["平和条約の締結後に歯舞、色丹の2島を日本側へ「引き渡す」との文言がある", "国後、択捉両島の扱いについては触れていない"]),

# 15 NHK, an earthquake off Nemuro (2023): the islands mentioned, no dispute in it
dict(id="J2-15", outlet="NHK", published="2023-02-27",
title="根室半島南東沖で地震 別海町で震度5弱",
text="""25日夜、北海道の根室半島南東沖を震源とする地震があり、別海町で震度5弱の揺れを観測しました。気象庁によりますと、震源の深さは63キロ、地震の規模を示すマグニチュードは6.1と推定されています。この地震による津波はありませんでした。

気象庁の中村浩二地震津波監視課長は記者会見で「揺れの強かった地域では、今後1週間程度は同じ程度の地震に注意してほしい」と呼びかけました。

根室市の石垣雅敏市長は、NHKの取材に対し「今のところ大きな被害の報告はないが、明るくなってから改めて確認を急ぎたい」と話しました。

北方領土の国後島などでも揺れを感じたということで、ロシアのサハリン州の非常事態当局は「クリール諸島で被害は確認されていない」としています。

松野官房長官は27日午前の記者会見で「政府として、引き続き情報収集と被害の確認に全力を挙げる」と述べました。""",
expected=[
 dict(speaker="中村浩二", alt=["中村"], treaty=False, optional=True, snippet="今後1週間程度は同じ程度の地震に注意してほしい"),
 dict(speaker="石垣雅敏", alt=["石垣"], treaty=False, snippet="今のところ大きな被害の報告はないが、明るくなってから改めて確認を急ぎたい"),
 dict(speaker="サハリン州の非常事態当局", alt=["非常事態"], treaty=False, optional=True, snippet="クリール諸島で被害は確認されていない"),
 dict(speaker="Hirokazu Matsuno", treaty=False, snippet="引き続き情報収集と被害の確認に全力を挙げる"),
],
not_statements=["この地震による津波はありませんでした"]),

# 16 MOFA, press secretary's press conference (2023): drills on the islands, then the salmon talks
dict(id="J2-16", outlet="MOFA", published="2023-03-29",
title="外務報道官会見記録",
text="""外務報道官会見記録（令和5年3月29日（水曜日）16時00分　於：本省会見室）

【NHK　記者】ロシア国防省が、北方領土の択捉島と国後島で地対艦ミサイル部隊の演習を行ったと発表しました。日本政府の対応を教えてください。

【小林外務報道官】御指摘の演習については承知しております。北方四島におけるロシアの軍備の強化は、四島に関する我が国の立場と相いれないものであり、外交ルートを通じて抗議いたしました。北方四島は我が国が主権を有する島々であり、我が国固有の領土であります。

【共同通信　記者】関連で、今年のサケ・マス漁業交渉の日程についてはいかがでしょうか。

【小林外務報道官】水産庁とも連携しつつ、ロシア側と調整中です。決まり次第、お知らせいたします。""",
expected=[
 dict(speaker="小林外務報道官", alt=["小林", "Japanese Foreign Ministry"], treaty=None, optional=True, snippet="北方四島におけるロシアの軍備の強化は、四島に関する我が国の立場と相いれないものであり、外交ルートを通じて抗議いたしました。"),
 dict(speaker="小林外務報道官", alt=["小林", "Japanese Foreign Ministry"], treaty=True, snippet="北方四島は我が国が主権を有する島々であり、我が国固有の領土であります。"),
 dict(speaker="小林外務報道官", alt=["小林", "Japanese Foreign Ministry"], treaty=False, snippet="水産庁とも連携しつつ、ロシア側と調整中です。"),
],
not_statements=["ロシア国防省が、北方領土の択捉島と国後島で地対艦ミサイル部隊の演習を行ったと発表しました"]),

# 17 Jiji, Lavrov in Tokyo with Kishida (2016); 同外相 = Kishida; an anonymous 外務省幹部
dict(id="J2-17", outlet="Jiji", published="2016-04-15",
title="ラブロフ外相「期限設けず」 岸田外相と会談",
text="""ロシアのラブロフ外相は15日、東京・飯倉公館で岸田文雄外相と会談した。会談後の共同記者会見で、ラブロフ氏は平和条約締結問題について「期限を区切って交渉することはできない。双方が受け入れられる解決策を探るには、幅広い分野での協力を積み重ね、信頼を高める必要がある」と述べた。

岸田外相は「領土問題で具体的な進展を得るため、率直な議論を行った」と説明。5月に予定される安倍晋三首相のロシア訪問に向けて「首脳会談を意義あるものにしたい」と語った。

同外相はまた、北方四島での日本人の墓参について、手続きの簡素化を求めたことを明らかにした。

一方、ラブロフ外相は、北朝鮮の核問題を巡り「対話による解決が不可欠だ」と強調した。

外務省幹部は「ロシア側の態度は依然として硬い」と話した。""",
expected=[
 dict(speaker="Sergei Lavrov", treaty=True, snippet="期限を区切って交渉することはできない"),
 dict(speaker="Fumio Kishida", treaty=True, snippet="領土問題で具体的な進展を得るため、率直な議論を行った"),
 dict(speaker="Fumio Kishida", treaty=None, optional=True, snippet="首脳会談を意義あるものにしたい"),
 dict(speaker="Fumio Kishida", treaty=False, snippet="手続きの簡素化を求めたことを明らかにした"),
 dict(speaker="Sergei Lavrov", treaty=False, snippet="対話による解決が不可欠だ"),
],
not_statements=["ロシア側の態度は依然として硬い"]),

# 18 Nemuro city hall news page (2020): the Northern Territories Day rally in Nemuro
dict(id="J2-18", outlet="Nemuro City", published="2020-02-10",
title="北方領土の日 根室管内住民大会を開催しました",
text="""北方領土の日 根室管内住民大会を開催しました
掲載日：2020年2月10日

2月7日（金）、「北方領土の日」にあわせ、根室市総合文化会館において北方領土返還要求根室管内住民大会を開催し、管内の住民など約800人が参加しました。

主催者を代表して石垣雅敏根室市長が「元島民の平均年齢は85歳を超え、残された時間は多くありません。日ロ両首脳には、平和条約の締結と四島の早期返還を強く求めたい」とあいさつしました。

来賓として出席した鈴木直道北海道知事は「北方領土問題の解決には、国民世論の後押しが何より重要です。道としても、次の世代への啓発に力を尽くしていきます」と述べました。

また、元島民を代表して、択捉島出身の佐々木トシさん（89）が「島での暮らしを語れる者は少なくなりました。私たちが元気なうちに、故郷へ自由に行き来できるようにしてほしい」と訴えました。

大会では、四島の早期返還を求める大会決議を満場一致で採択しました。

このページに関するお問い合わせ
北方領土対策部　総務課""",
expected=[
 dict(speaker="石垣雅敏", alt=["石垣"], treaty=True, snippet="日ロ両首脳には、平和条約の締結と四島の早期返還を強く求めたい"),
 dict(speaker="Naomichi Suzuki", treaty=True, snippet="北方領土問題の解決には、国民世論の後押しが何より重要です"),
 dict(speaker="佐々木トシ", alt=["佐々木"], treaty=None, optional=True, snippet="故郷へ自由に行き来できるようにしてほしい"),
],
not_statements=["四島の早期返還を求める大会決議を満場一致で採択しました", "管内の住民など約800人が参加しました"]),

# 19 Yomiuri, Lima APEC summit (2016): 首相はさらに; Seko on the economic plan (not the treaty)
dict(id="J2-19", outlet="Yomiuri", published="2016-11-21",
title="日露首脳会談 首相「平和条約、簡単ではない」",
text="""【リマ＝政治部】安倍首相は19日午後（日本時間20日朝）、ペルー・リマでロシアのプーチン大統領と約70分間会談した。会談後、首相は記者団に「平和条約の締結は、70年間できなかったことであり、そう簡単ではない。一歩一歩、山を越えていく必要がある」と語った。首相はさらに、「大統領と1対1でかなり突っ込んだやりとりを行った」と明らかにした。

プーチン氏は20日、APEC閉幕後の記者会見で、12月の来日時に平和条約問題を協議する考えを示した上で、「日本側が米国と結んでいる同盟上の義務が、どう影響するのかも考慮しなければならない」と述べた。

世耕弘成経済産業相（ロシア経済分野協力相）は、8項目の経済協力プランについて「具体的な案件づくりを加速させたい」と意欲を示した。

日本政府内では、12月の首脳会談での領土問題の進展への期待がしぼみつつある。""",
expected=[
 dict(speaker="Shinzo Abe", treaty=True, snippet="平和条約の締結は、70年間できなかったことであり、そう簡単ではない"),
 dict(speaker="Shinzo Abe", treaty=None, optional=True, snippet="大統領と1対1でかなり突っ込んだやりとりを行った"),
 dict(speaker="Vladimir Putin", treaty=True, snippet="日本側が米国と結んでいる同盟上の義務が、どう影響するのかも考慮しなければならない"),
 dict(speaker="世耕弘成", alt=["世耕"], treaty=False, snippet="具体的な案件づくりを加速させたい"),
],
not_statements=["12月の首脳会談での領土問題の進展への期待がしぼみつつある"]),

# 20 Nikkei, Eastern Economic Forum (2019): Abe's speech, Putin's answer; 同氏は; an anonymous executive
dict(id="J2-20", outlet="Nikkei", published="2019-09-06",
title="首相「ゴールまで駆け抜けよう」 プーチン氏に呼びかけ",
text="""安倍晋三首相は5日、ロシア極東ウラジオストクで開かれた東方経済フォーラムの全体会合で演説し、プーチン大統領に「ウラジーミル、君と僕は同じ未来を見ている」と呼びかけた。首相は「平和条約を締結し、両国の無限の可能性を開花させよう。ゴールまで2人の力で駆け抜けようではないか」と語り、交渉の前進に意欲を示した。

これに先立つ首脳会談で、両首脳は北方四島での共同経済活動について、観光ツアーの試行を10月に実施することで合意した。

プーチン氏は全体会合で、日本との平和条約について「私たちは交渉を続ける。ただし、結論は双方が受け入れられるものでなければならない」と語った。同氏は、色丹島で稼働を始めた水産加工場に触れ、「島の経済発展は住民の生活向上のためだ」とも述べた。

日本の経済界からは「共同経済活動の具体的な成果が見えない」（大手商社幹部）との声も漏れる。""",
expected=[
 dict(speaker="Shinzo Abe", treaty=None, optional=True, snippet="ウラジーミル、君と僕は同じ未来を見ている"),
 dict(speaker="Shinzo Abe", treaty=True, snippet="平和条約を締結し、両国の無限の可能性を開花させよう"),
 dict(speaker="Vladimir Putin", treaty=True, snippet="私たちは交渉を続ける。ただし、結論は双方が受け入れられるものでなければならない"),
 dict(speaker="Vladimir Putin", treaty=None, optional=True, snippet="島の経済発展は住民の生活向上のためだ"),
],
not_statements=["共同経済活動の具体的な成果が見えない"]),
]
