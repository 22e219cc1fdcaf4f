# -*- coding: utf-8 -*-
"""20 more synthetic Japanese texts (round 7, written for this test) with expected statements.

Round 7: THE PEOPLE AROUND THE LEADERS, AND OFFICIAL RECORDS. Most speakers are not the famous few, and many
texts are official records whose shape differs from news prose:
- Diet records (会議録): a Lower House special-committee Q&A with a minister, a bureau director and a Cabinet
  Office councillor (J7-01); a Lower House plenary with two party leaders' questions and the PM's answers (J7-20);
- a prefectural-assembly record (北海道議会, J7-13) with a member's question, the governor's answer and a resolution;
- press-conference transcripts with speaker labels: MOFA's press secretary (J7-08), the Nemuro mayor's regular
  press conference on the city's site (J7-05), a Cabinet Office minister's 記者会見要旨 with （問）/（答） (J7-18);
- an embassy's Q&A comment on its website (Russian Embassy in Tokyo, J7-03); an ambassador's reception speech on
  the website of Japan's embassy in Moscow (J7-17); a prefectural press release with the governor's comment (J7-04);
- interviews in question-and-answer form: Russia's ambassador in Tokyo (J7-07), the Hokkaido governor (J7-19);
- news prose on regional and second-rank officials: a Diet member in Moscow and a deputy foreign minister (J7-02),
  a Duma party leader, a Duma committee chair and a ministry department director (J7-06), the Sakhalin governor in
  Sapporo (J7-09), the Security Council secretary and Japan's NSS chief (J7-10), a district head on Shikotan and a
  Russian minister (J7-11), the former islanders' league (J7-12), an ambassador summoned, a deputy minister and a
  senator (J7-14), a Duma plenary and a senator's bill (J7-15), a fishing boat seized: a border directorate, an
  embassy's press officer, a ministry division director and a town mayor (J7-16).
Events: Abe's first policy-speech questions (2013), the Shikotan economic zone (2017), Kozhemyako in Sapporo (2017),
the 2018 drills and the aircraft grave visit, Yachi and Patrushev after Singapore (2018), Kozuki summoned (2019),
Galuzin on the talks (2020), the Emperor's birthday reception in Moscow (2020), a boat seized off Kunashiri (2021),
the Hokkaido assembly after the invasion (2022), Mironov on Hokkaido (2022), the 3 September law (2023), Suzuki Muneo
in Moscow (2023), Jimi in Nemuro (2023), the Nemuro mayor's New Year presser (2024), the league's general meeting
(2024), the 2024 defence white paper, the governor's 2025 New Year interview, a 2025 committee session -- none
repeats an article of rounds 1-6.

expected: list of dicts
  speaker  canonical English name (alt: other names acceptable, e.g. the ministry for its official)
  treaty   True / False / None (None = either flag acceptable, genuinely ambiguous)
  snippet  exact substring of text that the statement's span should overlap
  optional True when absence is acceptable (non-treaty remarks off the Russia-Japan subject, ambiguous ones)
not_statements: snippets that must NOT produce a peace-treaty statement (background, anonymous, documents and
  resolutions, events, the writer's analysis, reporters' and members' questions, polls, procedural lines of a
  record, site junk)
"""

# As in rounds 2-6: a protest over a visit, a drill or a plan on the islands with no outright claim is optional
# (treaty=None); a named expert's analysis, or a former official now speaking privately, is optional; an official's
# words on a subject that has nothing to do with Russia and Japan are optional treaty=False; an anonymous source,
# the writer's background, a reporter's question, a poll, a document or resolution and an agreed schedule are
# not_statements. In a record, a member's assertion (not his question) is a statement of that member; the chair's
# procedural lines are not statements. A message read out on someone's behalf is the statement of its author.
# An institution's statement published with no signature (an embassy's comment, a ministry's statement, a border
# directorate's release) is the statement of that institution.
ARTICLES = [
# 1 衆議院会議録, the special committee on Okinawa and the Northern Territories (March 2025): a member's questions,
#   the minister (a Nemuro-area member himself) on grave visits and on the treaty, MOFA's European Affairs bureau
#   director on the suspension and on the fisheries, a Cabinet Office councillor on the adjacent region; the chair's
#   procedural lines and the questions
dict(id="J7-01", outlet="Diet record (衆議院会議録)",
url="https://kokkai.ndl.go.jp/txt/121704411X00320250314",
published="2025-03-14",
title="第217回国会　衆議院　沖縄及び北方問題に関する特別委員会　第3号",
text="""第217回国会　衆議院　沖縄及び北方問題に関する特別委員会　第3号
令和七年三月十四日（金曜日）
　　　　午前九時開議
　出席委員
　　委員長　西岡　秀治君
　　　（以下略）
　出席国務大臣
　　国務大臣（沖縄及び北方対策担当）　伊東　良孝君
　出席政府参考人
　　外務省欧州局長　北川　周平君
　　内閣府北方対策本部審議官　今井　一郎君
　　―――――――――――――
本日の会議に付した案件
　政府参考人出頭要求に関する件
　沖縄及び北方問題に関しての対策樹立に関する件
　　――――◇―――――
○西岡委員長　これより会議を開きます。
　沖縄及び北方問題に関しての対策樹立に関する件について調査を進めます。
　この際、お諮りいたします。本件調査のため、本日、政府参考人として外務省欧州局長北川周平君外一名の出席を求め、説明を聴取いたしたいと存じますが、御異議ありませんか。
　　〔「異議なし」と呼ぶ者あり〕
○西岡委員長　御異議なしと認めます。よって、そのように決しました。
　　―――――――――――――
○西岡委員長　質疑の申出がありますので、順次これを許します。神谷裕君。
○神谷（裕）委員　立憲民主党の神谷裕でございます。
　先月七日の北方領土の日には、今年も東京で返還要求全国大会が開かれました。元島民の平均年齢は八十九歳に迫り、残された時間は本当に限られております。まず大臣に、ビザなし交流や北方墓参の再開の見通しについてお伺いいたします。
○伊東国務大臣　お答えいたします。
　私も根室管内を地元とする者の一人として、元島民の皆様の切実な思いは日々肌身に感じております。元島民の皆様が一日も早くふるさとのお墓にお参りできるよう、墓参の再開を何としても実現したい。ロシア側には、あらゆる機会を捉えて強く求めてまいります。
○神谷（裕）委員　ありがとうございます。
　次に、領土交渉そのものについてです。ロシア側は、平和条約交渉を続けるつもりはないと言い放ったままであります。政府は、このまま交渉の停滞を座視するおつもりなのか、大臣の決意をお聞かせください。
○伊東国務大臣　北方領土問題は、我が国の主権に関わる重要な問題でございます。日露関係は現在大変厳しい状況にございますが、領土問題の解決なくして真の日露関係の安定はないとの思いで、平和条約締結の方針を貫いてまいります。
○神谷（裕）委員　外務省にも伺います。交渉の中断について、ロシア側にはどのような申入れをしているのでしょうか。
○北川政府参考人　お答え申し上げます。
　ロシア側は、二〇二二年三月、我が国の対ロ措置を理由として、平和条約交渉を継続するつもりはない旨を一方的に表明いたしました。事態を引き起こしたのはロシア側であり、その責任を日本側に転嫁しようとする対応は極めて不当であって、断じて受け入れられない旨、累次の機会に申し入れてきております。
　また、北方四島周辺水域での安全操業につきましては、ロシア側が協定の履行を停止している状態が続いておりますが、関係する漁業者の安全確保を最優先に、水産庁とも連携して粘り強く働きかけてまいります。
○神谷（裕）委員　最後に一点だけ。根室市など一市四町の隣接地域では、人口減少に歯止めがかかりません。
○今井政府参考人　お答えいたします。
　北方領土隣接地域の振興につきましては、北方領土問題等の解決の促進のための特別措置に関する法律に基づく振興計画に沿い、地域の産業振興や交流人口の拡大に資する取組を引き続き支援してまいる所存でございます。
○神谷（裕）委員　時間が参りましたので、終わります。
○西岡委員長　次に、……""",
expected=[
 dict(speaker="Yoshitaka Ito", alt=["Japanese government"], treaty=False, snippet="元島民の皆様が一日も早くふるさとのお墓にお参りできるよう、墓参の再開を何としても実現したい"),
 dict(speaker="Yoshitaka Ito", alt=["Japanese government"], treaty=True, snippet="領土問題の解決なくして真の日露関係の安定はないとの思いで、平和条約締結の方針を貫いてまいります"),
 dict(speaker="Shuhei Kitagawa", alt=["Japanese Foreign Ministry"], treaty=True, snippet="その責任を日本側に転嫁しようとする対応は極めて不当であって、断じて受け入れられない"),
 dict(speaker="Shuhei Kitagawa", alt=["Japanese Foreign Ministry"], treaty=False, snippet="関係する漁業者の安全確保を最優先に、水産庁とも連携して粘り強く働きかけてまいります"),
 dict(speaker="Ichiro Imai", alt=["Cabinet Office", "Japanese government"], treaty=False, optional=True, snippet="地域の産業振興や交流人口の拡大に資する取組を引き続き支援してまいる所存でございます"),
],
not_statements=[
 "政府は、このまま交渉の停滞を座視するおつもりなのか、大臣の決意をお聞かせください。",
 "まず大臣に、ビザなし交流や北方墓参の再開の見通しについてお伺いいたします。",
 "沖縄及び北方問題に関しての対策樹立に関する件について調査を進めます。",
 "御異議なしと認めます。よって、そのように決しました。",
 "先月七日の北方領土の日には、今年も東京で返還要求全国大会が開かれました。",
]),

# 2 Hokkaido Shimbun, Suzuki Muneo (a Diet member) in Moscow with Deputy FM Galuzin (Oct 2023): the member on the
#   treaty and on Ukraine, Galuzin through the ministry's readout, the chief cabinet secretary, the member's party
#   leader, and the governor -- another Suzuki -- declining, then on fishing; an unnamed ministry official
dict(id="J7-02", outlet="Hokkaido Shimbun", url="https://www.hokkaido-np.co.jp/article/921457/",
published="2023-10-05",
title="鈴木宗男氏、モスクワでガルージン次官と会談　「対話の窓閉ざすな」　政府は不快感",
text="""鈴木宗男氏、モスクワでガルージン次官と会談　「対話の窓閉ざすな」　政府は不快感
2023年10月5日 21:14（10月5日 21:40更新）

【モスクワ、東京】日本維新の会の鈴木宗男参院議員（比例代表）は4日、モスクワを訪れ、ロシアのガルージン外務次官らと会談した。日本政府はロシア全土に退避勧告を出しており、党にも事前に届けていなかった。
鈴木氏は会談後、同行した記者団に「平和条約の交渉は、歴代の首相とプーチン大統領が積み上げてきた財産だ。どんな状況でも対話の窓だけは閉ざしてはいけない」と語った。ウクライナ情勢を巡っては「ロシアとウクライナの一日も早い停戦に向け、日本こそ仲介の労を取るべきだ」との持論も展開した。
ロシア外務省は同日夜、会談に関する発表を出し、ガルージン氏が「日本政府が反ロシア的な路線を続ける限り、平和条約に関する協議の再開は考えられない」と伝えたと明らかにした。
松野博一官房長官は5日午前の記者会見で「政府として渡航を了承した事実はない。ロシアには退避勧告が出ており、目的を問わず渡航はやめていただきたい」と不快感を示した。維新の馬場伸幸代表は記者団に「党のルールに反する行動で、極めて遺憾だ。事実関係を確認した上で厳正に対処する」と述べ、処分を検討する考えを示した。
一方、鈴木直道知事は5日の定例記者会見で宗男氏の訪ロについて問われ、「国会議員個人の活動ですので、知事としてのコメントは差し控えたい」と述べるにとどめた。知事は、ロシア側が履行を止めている北方四島周辺での安全操業について「地元漁業者の不安は大きい。早期の操業再開に向け、国への働きかけを強めたい」と語った。
外務省幹部は「訪問がロシア側のプロパガンダに利用されかねない」と懸念を示す。ロシアは昨年3月、日本の対ロ制裁に反発し、平和条約締結交渉の中断を一方的に表明している。

◇関連記事
宗男氏、離党も視野　「私の信念は変わらない」""",
expected=[
 dict(speaker="Muneo Suzuki", treaty=True, snippet="平和条約の交渉は、歴代の首相とプーチン大統領が積み上げてきた財産だ"),
 dict(speaker="Muneo Suzuki", treaty=False, snippet="ロシアとウクライナの一日も早い停戦に向け、日本こそ仲介の労を取るべきだ"),
 dict(speaker="Mikhail Galuzin", alt=["Russian Foreign Ministry"], treaty=True, snippet="日本政府が反ロシア的な路線を続ける限り、平和条約に関する協議の再開は考えられない"),
 dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=False, snippet="政府として渡航を了承した事実はない。ロシアには退避勧告が出ており、目的を問わず渡航はやめていただきたい"),
 dict(speaker="Nobuyuki Baba", treaty=False, optional=True, snippet="党のルールに反する行動で、極めて遺憾だ。事実関係を確認した上で厳正に対処する"),
 dict(speaker="Naomichi Suzuki", treaty=False, optional=True, snippet="国会議員個人の活動ですので、知事としてのコメントは差し控えたい"),
 dict(speaker="Naomichi Suzuki", treaty=False, snippet="地元漁業者の不安は大きい。早期の操業再開に向け、国への働きかけを強めたい"),
],
not_statements=[
 "日本政府はロシア全土に退避勧告を出しており、党にも事前に届けていなかった。",
 "外務省幹部は「訪問がロシア側のプロパガンダに利用されかねない」と懸念を示す。",
 "ロシアは昨年3月、日本の対ロ制裁に反発し、平和条約締結交渉の中断を一方的に表明している。",
 "日本維新の会の鈴木宗男参院議員（比例代表）は4日、モスクワを訪れ、ロシアのガルージン外務次官らと会談した。",
 "宗男氏、離党も視野　「私の信念は変わらない」",
]),

# 3 Russian Embassy in Japan, a Q&A comment on its website (July 2024) on Japan's defence white paper: the question
#   paraphrases the white paper (a document); the answer claims the islands, then Japan's defence budget, Russia-China
#   patrols and Ukraine; site junk
dict(id="J7-03", outlet="Russian Embassy in Japan (website)",
url="https://tokyo.mid.ru/ja/press-centre/news/kommentariy_posolstva_belaya_kniga_2024/",
published="2024-07-16",
title="日本の2024年版防衛白書に関する在日ロシア連邦大使館のコメント",
text="""ホーム ＞ 大使館ニュース ＞ コメント
2024年7月16日 11:20

日本の2024年版防衛白書に関する在日ロシア連邦大使館のコメント

質問：7月12日、日本政府は2024年版の防衛白書を閣議で了承しました。白書は、ロシアが「わが国固有の領土である北方領土」で軍事活動を活発化させていると記述し、ロシアと中国の軍事的連携にも強い懸念を示しています。大使館としてどのように受け止めていますか。

回答：残念ながら、今回の白書にも新しいものは何も見当たらない。日本政府は今年もまた、ロシアを「脅威」として描く使い古された筋書きを繰り返している。
南クリル諸島は第二次世界大戦の結果としてロシア連邦の不可分の一部となったのであり、同地域における部隊の配置や演習は、自国の領内で主権を行使する正当な措置にほかならない。これを「不法占拠」だの「軍備強化」だのと呼ぶことは、歴史の事実を書き換えようとする試みであると言わざるを得ない。
むしろ懸念すべきは日本自身の動きである。防衛費を前例のない規模で増やし、いわゆる「反撃能力」の保有に踏み出した日本は、平和国家としての歩みから急速に遠ざかりつつある。
ロシアと中国の協力は第三国に向けられたものではない。両国の合同パトロールは国際法に完全に従って実施されている。
ウクライナ危機について付け加えるなら、キエフ政権に対する日本の軍事・財政支援は紛争を長引かせるだけであり、アジア太平洋地域の安全保障にも何ら資するものではない。

在日ロシア連邦大使館報道部

この記事を共有する：　Telegram　VK　X
© 2024 在日ロシア連邦大使館""",
expected=[
 dict(speaker="Russian Embassy in Japan", treaty=True, snippet="南クリル諸島は第二次世界大戦の結果としてロシア連邦の不可分の一部となったのであり"),
 dict(speaker="Russian Embassy in Japan", treaty=True, snippet="これを「不法占拠」だの「軍備強化」だのと呼ぶことは、歴史の事実を書き換えようとする試みである"),
 dict(speaker="Russian Embassy in Japan", treaty=False, snippet="防衛費を前例のない規模で増やし、いわゆる「反撃能力」の保有に踏み出した日本は"),
 dict(speaker="Russian Embassy in Japan", treaty=False, optional=True, snippet="ロシアと中国の協力は第三国に向けられたものではない。両国の合同パトロールは国際法に完全に従って"),
 dict(speaker="Russian Embassy in Japan", treaty=False, snippet="キエフ政権に対する日本の軍事・財政支援は紛争を長引かせるだけであり"),
],
not_statements=[
 "白書は、ロシアが「わが国固有の領土である北方領土」で軍事活動を活発化させていると記述し",
 "7月12日、日本政府は2024年版の防衛白書を閣議で了承しました。",
 "ホーム ＞ 大使館ニュース ＞ コメント",
 "この記事を共有する：　Telegram　VK　X",
]),

# 4 Hokkaido prefectural government press release: the governor's comment on the Nagato/Tokyo summit (Dec 2016),
#   a first-person text with no speech verb, signed at the end; the release header and the contact lines
dict(id="J7-04", outlet="Hokkaido Government (press release)",
url="https://www.pref.hokkaido.lg.jp/sm/hrt/kh/comment20161216.html",
published="2016-12-16",
title="日ロ首脳会談の結果について（知事コメント）",
text="""報道発表資料
平成28年12月16日
総務部北方領土対策本部

日ロ首脳会談の結果について（知事コメント）

本日、安倍内閣総理大臣とプーチン大統領による首脳会談の結果が発表されました。
北方四島における共同経済活動に関する協議の開始や、元島民の方々の自由な往来の拡大に向けた検討などについて、両首脳の間で合意が得られたことは、北方領土問題の解決に向けた重要な一歩であると受け止めております。
とりわけ、高齢となった元島民の皆様が、より簡便な手続きでふるさとの墓所を訪れることができるよう検討が進められることは、長年の願いに応えるものであり、心から歓迎いたします。
北方領土問題は、我が国の主権に関わる問題であり、道民の悲願であります。政府におかれては、今回の会談を契機として、四島の帰属の問題を解決して平和条約を締結するという基本方針の下、粘り強く交渉を進めていただきたいと考えております。
道としては、隣接地域をはじめ、本道の持つ寒冷地技術や水産分野のノウハウなどを生かし、共同経済活動の具体化に積極的に協力してまいります。また、返還要求運動の一層の強化と、運動の後継者の育成にも全力で取り組んでまいります。

北海道知事　高橋　はるみ

【問い合わせ先】
総務部北方領土対策本部　北方領土対策課　企画係
電話　011-231-4111（内線23-561）""",
expected=[
 dict(speaker="Harumi Takahashi", alt=["Hokkaido government"], treaty=True, snippet="両首脳の間で合意が得られたことは、北方領土問題の解決に向けた重要な一歩であると受け止めております"),
 dict(speaker="Harumi Takahashi", alt=["Hokkaido government"], treaty=False, snippet="より簡便な手続きでふるさとの墓所を訪れることができるよう検討が進められることは、長年の願いに応える"),
 dict(speaker="Harumi Takahashi", alt=["Hokkaido government"], treaty=True, snippet="四島の帰属の問題を解決して平和条約を締結するという基本方針の下、粘り強く交渉を進めていただきたい"),
 dict(speaker="Harumi Takahashi", alt=["Hokkaido government"], treaty=False, snippet="本道の持つ寒冷地技術や水産分野のノウハウなどを生かし、共同経済活動の具体化に積極的に協力してまいります"),
 dict(speaker="Harumi Takahashi", alt=["Hokkaido government"], treaty=True, optional=True, snippet="返還要求運動の一層の強化と、運動の後継者の育成にも全力で取り組んでまいります"),
],
not_statements=[
 "本日、安倍内閣総理大臣とプーチン大統領による首脳会談の結果が発表されました。",
 "総務部北方領土対策本部　北方領土対策課　企画係",
 "電話　011-231-4111（内線23-561）",
]),

# 5 Nemuro City website, the mayor's regular press conference (Jan 2024), 記者：/市長： labels: an announcement,
#   grave visits, the suspended talks, fisheries, and the hometown-tax donations (nothing to do with Russia)
dict(id="J7-05", outlet="Nemuro City", url="https://www.city.nemuro.hokkaido.jp/shisei/mayor/kaiken/r6/20240125.html",
published="2024-01-25",
title="市長定例記者会見（令和6年1月25日）",
text="""根室市ホームページ ＞ 市政情報 ＞ 市長の部屋 ＞ 定例記者会見
市長定例記者会見（令和6年1月25日）
日時：令和6年1月25日（木曜日）午前10時30分～11時10分
場所：根室市役所2階　第1会議室

【市長からの発表事項】
1　「北方領土の日」根室管内住民大会の開催について
市長：2月7日の「北方領土の日」に合わせ、今年も市総合文化会館で根室管内住民大会を開催します。日ロ関係は依然として厳しい状況にありますが、こういう時だからこそ、返還要求運動の原点の地である根室から、四島返還を求める声をしっかりと全国に発信していきたい。

【質疑応答】
記者：北方墓参やビザなし交流の停止が2年近く続いています。元島民の方々の高齢化も進む中、市としてどう働きかけていきますか。
市長：元島民の平均年齢はもう88歳を超えています。せめて墓参だけでも、人道的な観点から再開してもらえるよう、国に対して繰り返し要望していく。先日上京した際にも、外務省と内閣府に直接お願いしてきたところです。
記者：ロシア側は平和条約交渉の中断を続けています。交渉が動かない現状をどう見ていますか。
市長：交渉の扉が閉ざされたままであることは、本当に残念でならない。ただ、領土問題を解決して平和条約を締結するという国の基本方針は、何ら変わっていないと受け止めている。国には、対話が再開できる時に備え、しっかりと準備をしておいてもらいたい。
記者：サケ・マス漁など、ロシアとの漁業交渉の見通しについては。
市長：水産業は根室の基幹産業であり、ロシアとの漁業協定は地域の生命線だ。今年の交渉も難航が予想されるが、国には操業条件の維持に向けて粘り強く臨んでもらいたい。
記者：話は変わりますが、ふるさと納税の寄付額が過去最高となった要因は。
市長：返礼品の海産物が全国の皆さんに評価していただいた結果だと思う。寄付を通じて根室のことを知っていただけるのは、本当にありがたい。

※会見の内容は、読みやすさのため一部を要約しています。
このページに関するお問い合わせ：総務部秘書課""",
expected=[
 dict(speaker="Masatoshi Ishigaki", alt=["石垣雅敏"], treaty=True, snippet="返還要求運動の原点の地である根室から、四島返還を求める声をしっかりと全国に発信していきたい"),
 dict(speaker="Masatoshi Ishigaki", alt=["石垣雅敏"], treaty=False, snippet="せめて墓参だけでも、人道的な観点から再開してもらえるよう、国に対して繰り返し要望していく"),
 dict(speaker="Masatoshi Ishigaki", alt=["石垣雅敏"], treaty=True, snippet="領土問題を解決して平和条約を締結するという国の基本方針は、何ら変わっていないと受け止めている"),
 dict(speaker="Masatoshi Ishigaki", alt=["石垣雅敏"], treaty=True, snippet="国には、対話が再開できる時に備え、しっかりと準備をしておいてもらいたい"),
 dict(speaker="Masatoshi Ishigaki", alt=["石垣雅敏"], treaty=False, snippet="水産業は根室の基幹産業であり、ロシアとの漁業協定は地域の生命線だ"),
 dict(speaker="Masatoshi Ishigaki", alt=["石垣雅敏"], treaty=False, optional=True, snippet="返礼品の海産物が全国の皆さんに評価していただいた結果だと思う"),
],
not_statements=[
 "ロシア側は平和条約交渉の中断を続けています。交渉が動かない現状をどう見ていますか。",
 "北方墓参やビザなし交流の停止が2年近く続いています。",
 "※会見の内容は、読みやすさのため一部を要約しています。",
 "根室市ホームページ ＞ 市政情報 ＞ 市長の部屋 ＞ 定例記者会見",
]),

# 6 Jiji, a Duma party leader's essay claiming rights to Hokkaido (April 2022): the claim (Hokkaido and the
#   Kurils together, arguable), the Duma's foreign-affairs committee chair, the ministry's Second Asia department
#   director, the chief cabinet secretary's protest and policy, a named scholar; the writer's note, an unnamed
#   official
dict(id="J7-06", outlet="Jiji", url="https://www.jiji.com/jc/article?k=2022040500871&g=int",
published="2022-04-05",
title="露政党党首「北海道にも権利」　官房長官「断じて受け入れられない」",
text="""露政党党首「北海道にも権利」　官房長官「断じて受け入れられない」
2022年04月05日19時12分

【モスクワ時事】ロシア下院の会派「公正ロシア」を率いるミロノフ党首は、同党のウェブサイトに掲載した論考で、北海道を巡ってロシアが権利を持つと主張した。論考は、一部の歴史家の見解を引く形で、ロシア人が北海道に最初に住んだなどと独自の歴史観を展開し、「南クリルは言うまでもなく、北海道についても、ロシアは歴史的な権利を主張し得る」と記した。
ミロノフ氏は過激な発言で知られる政治家で、論考はロシア政府の公式見解ではない。
下院国際問題委員会のスルツキー委員長は国営メディアに対し、北海道を巡る主張には距離を置きつつ、「クリル諸島の主権はいかなる交渉の対象にもならない。この点で議論の余地は全くない」と強調した。
ロシア外務省第2アジア局のジノビエフ局長も地元紙の取材に、論考について「あれは議員個人の見解であって、外務省としてコメントする立場にはない」とした上で、「日本が制裁の道を選んだ以上、平和条約の交渉を再開する条件は存在しない」と語った。
松野博一官房長官は5日の記者会見で「ロシアの一政党党首の主張とはいえ、わが国の立場と全く相いれず、断じて受け入れられない」と批判。「北方領土問題については、四島の帰属の問題を解決して平和条約を締結するという基本方針の下、今後とも毅然と対応していく」と述べた。
日本政府関係者は「ウクライナ侵攻で対日感情が硬化する中、国内の強硬派向けの発言だ」と冷ややかに受け止めている。ロシア政治に詳しい森下浩介・北海学園大教授は「指導部が本気で北海道を狙っているとは考えにくいが、ロシア社会の空気を映しているのは確かだ」と分析した。

【時事通信社】""",
expected=[
 dict(speaker="Sergei Mironov", treaty=None, optional=True, snippet="南クリルは言うまでもなく、北海道についても、ロシアは歴史的な権利を主張し得る"),
 dict(speaker="Leonid Slutsky", treaty=True, snippet="クリル諸島の主権はいかなる交渉の対象にもならない。この点で議論の余地は全くない"),
 dict(speaker="Georgy Zinoviev", alt=["Russian Foreign Ministry"], treaty=None, optional=True, snippet="あれは議員個人の見解であって、外務省としてコメントする立場にはない"),
 dict(speaker="Georgy Zinoviev", alt=["Russian Foreign Ministry"], treaty=True, snippet="日本が制裁の道を選んだ以上、平和条約の交渉を再開する条件は存在しない"),
 dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=None, optional=True, snippet="ロシアの一政党党首の主張とはいえ、わが国の立場と全く相いれず、断じて受け入れられない"),
 dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=True, snippet="四島の帰属の問題を解決して平和条約を締結するという基本方針の下、今後とも毅然と対応していく"),
 dict(speaker="Kosuke Morishita", treaty=None, optional=True, snippet="指導部が本気で北海道を狙っているとは考えにくいが、ロシア社会の空気を映しているのは確かだ"),
],
not_statements=[
 "ミロノフ氏は過激な発言で知られる政治家で、論考はロシア政府の公式見解ではない。",
 "ロシア人が北海道に最初に住んだなどと独自の歴史観を展開し",
 "日本政府関係者は「ウクライナ侵攻で対日感情が硬化する中、国内の強硬派向けの発言だ」と冷ややかに受け止めている。",
 "【時事通信社】",
]),

# 7 Mainichi interview with Russia's ambassador in Tokyo (Feb 2020), ――question / answer shape (the answers carry
#   no speaker word): the 1956 basis, the results of the war, sovereignty, US missile defence, the joint economic
#   activities, the exchanges, the Victory Day invitation; the questions and the lead
dict(id="J7-07", outlet="Mainichi", url="https://mainichi.jp/articles/20200212/ddm/007/030/041000c",
published="2020-02-12",
title="インタビュー　ガルージン駐日ロシア大使　条約「大戦の結果の承認が土台」",
text="""インタビュー　ガルージン駐日ロシア大使　条約「大戦の結果の承認が土台」
毎日新聞　2020/2/12 東京朝刊　有料記事

　ロシアのミハイル・ガルージン駐日大使が毎日新聞のインタビューに応じ、停滞が指摘される平和条約締結交渉や、北方四島での共同経済活動の現状について語った。主なやりとりは次の通り。【聞き手・杉本修平】

――安倍晋三首相とプーチン大統領のシンガポールでの合意から1年余りがたちました。交渉は進んでいますか。
◆両首脳は1956年の日ソ共同宣言を基礎に交渉を加速させることで一致した。我々はこの合意に忠実であり、外相、次官のレベルでの作業は続いている。ただ、条約の締結には、日本側が第二次世界大戦の結果を全面的に認めることが出発点になる。これは前提条件ではなく、議論の土台そのものだ。

――日本側は四島の帰属の問題を解決すると主張しています。
◆南クリル諸島に対するロシアの主権は、国際的な法的文書によって確定しており、議論の対象ではない。我々が話し合っているのは、両国関係を新たな質に高めるための包括的な条約であって、国境の線引きではない。

――在日米軍の問題はどうですか。
◆日米安保条約の下では、日本の領域のどこにでも米軍の施設を置くことができる。条約を結んだ後に、島々に米国のミサイル防衛システムが配備されることはないのか。この懸念に、日本側はまだ説得力のある答えを示していない。

――共同経済活動は具体化が遅れています。
◆観光のパイロットツアーは成功したと評価している。ただ、いかなる活動もロシアの法律に基づいて行われるべきで、それに反する形はあり得ない。海産物の養殖や温室野菜の栽培など、早期に実を結ぶ案件から進めたい。

――ビザなし交流の今後は。
◆今年も例年通りの規模で実施する方向で日本側と調整している。人と人の交流は相互理解の基盤であり、ロシアとして大切にしていく。

――5月の対独戦勝75周年の記念式典に安倍首相を招待していますね。
◆招待状は既に外交ルートを通じてお届けしている。首相の出席を心から歓迎する。

　■人物略歴
ミハイル・ガルージン氏　1960年生まれ。モスクワ国際関係大卒。外務省第2アジア局長などを経て、2018年から現職。""",
expected=[
 dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=True, snippet="両首脳は1956年の日ソ共同宣言を基礎に交渉を加速させることで一致した。我々はこの合意に忠実であり"),
 dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=True, snippet="日本側が第二次世界大戦の結果を全面的に認めることが出発点になる"),
 dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=True, snippet="南クリル諸島に対するロシアの主権は、国際的な法的文書によって確定しており、議論の対象ではない"),
 dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=True, snippet="条約を結んだ後に、島々に米国のミサイル防衛システムが配備されることはないのか"),
 dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=None, optional=True, snippet="いかなる活動もロシアの法律に基づいて行われるべきで、それに反する形はあり得ない"),
 dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=False, snippet="海産物の養殖や温室野菜の栽培など、早期に実を結ぶ案件から進めたい"),
 dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=False, snippet="人と人の交流は相互理解の基盤であり、ロシアとして大切にしていく"),
 dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=False, optional=True, snippet="招待状は既に外交ルートを通じてお届けしている。首相の出席を心から歓迎する"),
],
not_statements=[
 "――日本側は四島の帰属の問題を解決すると主張しています。",
 "――安倍晋三首相とプーチン大統領のシンガポールでの合意から1年余りがたちました。交渉は進んでいますか。",
 "ロシアのミハイル・ガルージン駐日大使が毎日新聞のインタビューに応じ、停滞が指摘される平和条約締結交渉",
 "外務省第2アジア局長などを経て、2018年から現職。",
]),

# 8 MOFA, the press secretary's press conference (Aug 2018), 【記者】/【外務報道官】 labels: the drills (a protest),
#   the treaty line, the aircraft grave visit, a schedule, Iran; the questions
dict(id="J7-08", outlet="MOFA", url="https://www.mofa.go.jp/mofaj/press/kaiken/kaikenw_000612.html",
published="2018-08-29",
title="外務報道官会見記録（平成30年8月29日（水曜日）16時04分　於：本省会見室）",
text="""外務省
ホーム > 会見・発表・広報 > 記者会見 > 外務報道官会見
外務報道官会見記録
（平成30年8月29日（水曜日）16時04分　於：本省会見室）

冒頭発言
（1）パプアニューギニアにおける国際会議への出席について（略）

質疑応答
ロシア軍による北方四島を含む地域での演習
【ＮＨＫ　田中記者】ロシア国防省が、北方領土を含む千島列島で大規模な軍事演習を行うと発表しました。政府としての受け止めと、抗議したかどうかを教えてください。
【大菅外務報道官】ロシア側の発表は承知しております。北方四島におけるロシア軍の軍備強化につながるような動きは、北方四島に関する我が国の立場と相いれず、遺憾であります。外交ルートを通じて、既にロシア側に申入れを行ったところです。
【ＮＨＫ　田中記者】来月のウラジオストクでの首脳会談への影響は。
【大菅外務報道官】首脳会談は、9月の東方経済フォーラムの機会に行う方向で調整中であり、詳細は決まり次第お知らせいたします。いずれにしましても、北方四島の帰属の問題を解決して平和条約を締結するという方針の下、首脳間の信頼関係を生かしながら、粘り強く交渉に取り組んでいくという考えに変わりはありません。

航空機を利用した北方墓参
【北海道新聞　佐藤記者】航空機を使った今年の特別墓参が終わりました。評価を伺います。
【大菅外務報道官】元島民の方々の御負担を軽減するための航空機墓参が、昨年に続き実施されたことを歓迎します。御協力いただいた関係者の皆様に感謝申し上げます。引き続き、元島民の方々の思いに応えられるよう、人道的見地から取り組んでまいります。

イラン情勢
【共同通信　山本記者】イラン核合意をめぐる状況について、改めて日本の立場を。
【大菅外務報道官】我が国は核合意を支持しており、イランに対しては、合意の履行を継続するよう働きかけてきております。

（以上）
このページのトップへ戻る""",
expected=[
 dict(speaker="Takeshi Osuga", alt=["Japanese Foreign Ministry"], treaty=None, optional=True, snippet="北方四島におけるロシア軍の軍備強化につながるような動きは、北方四島に関する我が国の立場と相いれず"),
 dict(speaker="Takeshi Osuga", alt=["Japanese Foreign Ministry"], treaty=False, optional=True, snippet="首脳会談は、9月の東方経済フォーラムの機会に行う方向で調整中であり"),
 dict(speaker="Takeshi Osuga", alt=["Japanese Foreign Ministry"], treaty=True, snippet="北方四島の帰属の問題を解決して平和条約を締結するという方針の下、首脳間の信頼関係を生かしながら"),
 dict(speaker="Takeshi Osuga", alt=["Japanese Foreign Ministry"], treaty=False, snippet="元島民の方々の御負担を軽減するための航空機墓参が、昨年に続き実施されたことを歓迎します"),
 dict(speaker="Takeshi Osuga", alt=["Japanese Foreign Ministry"], treaty=False, optional=True, snippet="我が国は核合意を支持しており、イランに対しては、合意の履行を継続するよう働きかけてきております"),
],
not_statements=[
 "ロシア国防省が、北方領土を含む千島列島で大規模な軍事演習を行うと発表しました。",
 "来月のウラジオストクでの首脳会談への影響は。",
 "航空機を使った今年の特別墓参が終わりました。評価を伺います。",
 "（1）パプアニューギニアにおける国際会議への出席について（略）",
 "ホーム > 会見・発表・広報 > 記者会見 > 外務報道官会見",
]),

# 9 NHK Sapporo (北海道 NEWS WEB), the Sakhalin governor in Sapporo (July 2017): the joint economic activities, the
#   Hokkaido governor on the treaty, the Sakhalin governor deflecting a treaty question, then on the Kurils'
#   development; an agreement, a visit as an event, an unnamed delegation official, an unnamed professor
dict(id="J7-09", outlet="NHK", url="https://www3.nhk.or.jp/sapporo-news/20170724/4419051.html",
published="2017-07-24",
title="サハリン州知事が来道 高橋知事と会談",
text="""サハリン州知事が来道 高橋知事と会談
07月24日 19時05分

ロシア・サハリン州のコジェミャコ知事が24日、札幌市で高橋知事と会談し、北方四島での共同経済活動や、道とサハリン州の経済交流について意見を交わしました。コジェミャコ知事の来道は、就任後2回目です。
会談でコジェミャコ知事は「共同経済活動は、まず水産物の養殖と観光から始めるのが現実的だ。北海道の技術と経験は欠かせない」と述べ、道との連携に意欲を示しました。
これに対し高橋知事は「サハリン州との信頼関係を深めることが、北方領土問題の解決に向けた環境づくりにもつながる」と応じました。
会談のあとの記者会見で、コジェミャコ知事は平和条約交渉について問われ、「それは両国の首脳が決める問題で、州知事が口を挟むことではない。私の役目は、人と経済の結びつきを強め、信頼の土台をつくることだ」と述べました。一方、クリール諸島の開発については「島の住民の暮らしを良くするのが州の責任だ。日本との協力があってもなくても、インフラの整備は進める」と強調しました。
両知事は、稚内とコルサコフを結ぶ定期航路の維持に向けて協力することでも一致しました。
コジェミャコ知事は、このあと道議会も訪れ、議長らと懇談しました。州政府の関係者によりますと、25日には苫小牧港を視察する予定だということです。
共同経済活動をめぐっては、道内の経済界から期待の声があがる一方、北方領土問題に詳しい道内の大学教授からは「ロシアの法律が適用される形になれば、日本の立場を損なうおそれがある」と慎重な対応を求める声も出ています。""",
expected=[
 dict(speaker="Oleg Kozhemyako", treaty=False, snippet="共同経済活動は、まず水産物の養殖と観光から始めるのが現実的だ。北海道の技術と経験は欠かせない"),
 dict(speaker="Harumi Takahashi", treaty=True, snippet="サハリン州との信頼関係を深めることが、北方領土問題の解決に向けた環境づくりにもつながる"),
 dict(speaker="Oleg Kozhemyako", treaty=True, snippet="それは両国の首脳が決める問題で、州知事が口を挟むことではない。私の役目は、人と経済の結びつきを強め"),
 dict(speaker="Oleg Kozhemyako", treaty=False, snippet="島の住民の暮らしを良くするのが州の責任だ。日本との協力があってもなくても、インフラの整備は進める"),
],
not_statements=[
 "両知事は、稚内とコルサコフを結ぶ定期航路の維持に向けて協力することでも一致しました。",
 "コジェミャコ知事は、このあと道議会も訪れ、議長らと懇談しました。",
 "州政府の関係者によりますと、25日には苫小牧港を視察する予定だということです。",
 "ロシアの法律が適用される形になれば、日本の立場を損なうおそれがある",
]),

# 10 Nikkei, Japan's national-security chief and the Russian Security Council secretary in Moscow (Dec 2018): the
#    secretary through the Security Council's release (missile defence; the islands), Yachi to reporters (the
#    treaty; Aegis Ashore), a former diplomat now at a think tank; the Singapore agreement as background, an
#    unnamed ministry official, a schedule
dict(id="J7-10", outlet="Nikkei", url="https://www.nikkei.com/article/DGXMZO39071230Y8A211C1PP8000/",
published="2018-12-18",
title="谷内局長、パトルシェフ書記と会談　安保面の懸念払拭図る",
text="""谷内局長、パトルシェフ書記と会談　安保面の懸念払拭図る
2018/12/18 5:00 [有料会員限定]

【モスクワ=小川真由美】谷内正太郎国家安全保障局長は17日、モスクワでロシア安全保障会議のパトルシェフ書記と会談した。11月のシンガポールでの首脳会談で、1956年の日ソ共同宣言を基礎に平和条約締結交渉を加速させることで合意したのを受け、安全保障面の課題を中心に意見を交わした。
ロシア安全保障会議の発表によると、パトルシェフ氏は会談で「日米同盟の枠内で進むミサイル防衛システムの配備は、地域の戦略的安定を損なう」と述べ、陸上配備型迎撃ミサイルシステム「イージス・アショア」の導入計画に改めて懸念を示した。さらに「南クリル諸島に関わるいかなる取り決めも、ロシアの安全保障上の利益を損なうものであってはならない」と強調したという。
谷内氏は会談後、記者団に「首脳間の合意を実務面からしっかり支え、平和条約締結交渉を前進させたい」と語った。イージス・アショアについては「純粋に防御的なシステムであり、ロシアを含む周辺国に脅威を与えるものではないと説明した」と明らかにした。
政府内には、北方領土の2島が引き渡された場合に米軍が駐留する可能性をロシア側が問題視していることから、「安保面の懸念を解かなければ交渉は前に進まない」（外務省幹部）との見方がある。谷内氏の訪ロには、こうした懸念を和らげる狙いもある。
元外務省ロシア課長で民間シンクタンク研究員の村上陽一氏は「安保当局どうしの対話は、首脳の決断を後押しする重要なルートだ」と指摘する。
来年1月には安倍晋三首相の訪ロが予定されている。""",
expected=[
 dict(speaker="Nikolai Patrushev", treaty=False, snippet="日米同盟の枠内で進むミサイル防衛システムの配備は、地域の戦略的安定を損なう"),
 dict(speaker="Nikolai Patrushev", treaty=True, snippet="南クリル諸島に関わるいかなる取り決めも、ロシアの安全保障上の利益を損なうものであってはならない"),
 dict(speaker="Shotaro Yachi", treaty=True, snippet="首脳間の合意を実務面からしっかり支え、平和条約締結交渉を前進させたい"),
 dict(speaker="Shotaro Yachi", treaty=False, snippet="純粋に防御的なシステムであり、ロシアを含む周辺国に脅威を与えるものではないと説明した"),
 dict(speaker="Yoichi Murakami", treaty=None, optional=True, snippet="安保当局どうしの対話は、首脳の決断を後押しする重要なルートだ"),
],
not_statements=[
 "1956年の日ソ共同宣言を基礎に平和条約締結交渉を加速させることで合意したのを受け",
 "「安保面の懸念を解かなければ交渉は前に進まない」（外務省幹部）との見方がある",
 "北方領土の2島が引き渡された場合に米軍が駐留する可能性をロシア側が問題視していることから",
 "来年1月には安倍晋三首相の訪ロが予定されている。",
 "谷内氏の訪ロには、こうした懸念を和らげる狙いもある。",
]),

# 11 Asahi, the economic zone on Shikotan (Aug 2017): the government decision (a document), the chief cabinet
#    secretary's protest and the legal-positions line, the district head on the phone, a company executive unnamed,
#    the Far East minister's statement (arguable), the Nemuro mayor; a survey trip as background, an unnamed view
dict(id="J7-11", outlet="Asahi", url="https://www.asahi.com/articles/ASK8X5HB6K8XUTFK00F.html",
published="2017-08-28",
title="色丹島に経済特区　ロシア政府決定　日本「協議の趣旨に合致せず」",
text="""色丹島に経済特区　ロシア政府決定　日本「協議の趣旨に合致せず」
朝日新聞デジタル　2017年8月28日21時30分

　ロシア政府は、北方領土の色丹島に、税制上の優遇措置などを設ける「先行社会経済発展区域（経済特区）」を設置することを決めた。メドベージェフ首相が署名した政府決定が公表された。日ロ両政府が北方四島での共同経済活動の具体化に向けて協議を進める中での決定で、日本政府は反発している。
　菅義偉官房長官は28日の記者会見で「共同経済活動に関する協議の趣旨に合致しないものであり、遺憾だ。外交ルートを通じて申し入れた」と述べた。その上で「共同経済活動は、日ロ双方の法的立場を害さない形で行うことが大前提だ」と強調した。
　一方、色丹島を管轄する南クリル地区のワシーリー・ソロムコ地区長は朝日新聞の電話取材に「特区は島の水産加工業を立て直す切り札になる。日本の企業もロシアの法律に従って来てくれるなら歓迎したい」と話した。特区に入居予定の水産会社の幹部は「島の人口を増やしたい」と期待を寄せた。
　ロシア極東発展省のガルシカ大臣は声明で「クリール諸島はロシアの極東発展政策の不可分の一部であり、島々の発展はわれわれの優先課題だ」と表明した。
　地元・根室市の長谷川俊輔市長は「共同経済活動が始まる前に、ロシア側が一方的に既成事実を積み重ねていくことに強い懸念を抱いている」と語り、「四島の返還が実現しなければ、本当の意味での共同経済活動にはならない」とくぎを刺した。
　共同経済活動を巡っては、6月下旬から7月初めにかけて、日本の官民調査団が国後、択捉、色丹の3島を訪れている。政府内では「交渉のカードを増やそうとするロシア側の揺さぶりだ」との見方も出ている。""",
expected=[
 dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=None, optional=True, snippet="共同経済活動に関する協議の趣旨に合致しないものであり、遺憾だ。外交ルートを通じて申し入れた"),
 dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=True, snippet="共同経済活動は、日ロ双方の法的立場を害さない形で行うことが大前提だ"),
 dict(speaker="Vasily Solomko", treaty=False, snippet="特区は島の水産加工業を立て直す切り札になる。日本の企業もロシアの法律に従って来てくれるなら歓迎したい"),
 dict(speaker="Alexander Galushka", treaty=None, optional=True, snippet="クリール諸島はロシアの極東発展政策の不可分の一部であり、島々の発展はわれわれの優先課題だ"),
 dict(speaker="Shunsuke Hasegawa", treaty=None, optional=True, snippet="共同経済活動が始まる前に、ロシア側が一方的に既成事実を積み重ねていくことに強い懸念を抱いている"),
 dict(speaker="Shunsuke Hasegawa", treaty=True, snippet="四島の返還が実現しなければ、本当の意味での共同経済活動にはならない"),
],
not_statements=[
 "メドベージェフ首相が署名した政府決定が公表された。",
 "特区に入居予定の水産会社の幹部は「島の人口を増やしたい」と期待を寄せた。",
 "政府内では「交渉のカードを増やそうとするロシア側の揺さぶりだ」との見方も出ている。",
 "日本の官民調査団が国後、択捉、色丹の3島を訪れている。",
]),

# 12 Hokkaido Shimbun, the former islanders' league's general meeting (June 2024): the resolution and the year's
#    programme (documents), the league's president twice, the governor's message read by a vice-governor, the
#    Nemuro mayor, a survey, the figures, an unnamed former islander
dict(id="J7-12", outlet="Hokkaido Shimbun", url="https://www.hokkaido-np.co.jp/article/1026630/",
published="2024-06-14",
title="千島連盟が総会　「墓参の早期再開」最重点に　松本理事長「運動の灯消さぬ」",
text="""千島連盟が総会　「墓参の早期再開」最重点に　松本理事長「運動の灯消さぬ」
2024年6月14日 20:05

　元島民らでつくる千島歯舞諸島居住者連盟（千島連盟、本部・札幌）は14日、札幌市内で定期総会を開いた。ロシアのウクライナ侵攻後、北方墓参などの四島交流等事業が3年続けて中断している現状を踏まえ、「墓参の早期再開」を最重点に掲げた本年度の運動方針を承認した。総会ではまた、「北方四島の早期返還と、墓参を始めとする人道的措置の再開を強く求める」とする決議を採択した。
　千島連盟の松本侑三理事長は冒頭、「日ロ関係は戦後最悪と言われるが、四島は私たちのふるさとであり、日本の領土だ。返還が実現するその日まで、運動の灯を消すわけにはいかない」とあいさつした。さらに「墓参は政治とは切り離された人道の問題だ。ロシア側には、せめてこれだけは認めてほしい」と訴えた。連盟として、今月中にも国に要望書を提出するという。
　来賓の鈴木直道知事のメッセージは浜坂真一副知事が代読し、「道としても、元島民の皆様の思いをしっかりと受け止め、領土問題の解決と平和条約の締結に向けた国の外交交渉を全力で後押ししていく」と伝えた。根室市の石垣雅敏市長は「せめて洋上慰霊だけでも続けられるよう、国と連携して準備を進めている」と語った。
　連盟が会員を対象に今春実施したアンケートでは、回答者の8割近くが「生きているうちに墓参りをしたい」と答えた。元島民は今年3月末で5200人余りとなり、平均年齢は88歳を超えた。
　総会後、択捉島出身の男性（91）は「父母の墓がどうなっているのか、それだけが気がかりだ」と話した。""",
expected=[
 dict(speaker="Yuzo Matsumoto", alt=["千島歯舞諸島居住者連盟", "former islanders' league"], treaty=True, snippet="四島は私たちのふるさとであり、日本の領土だ。返還が実現するその日まで、運動の灯を消すわけにはいかない"),
 dict(speaker="Yuzo Matsumoto", alt=["千島歯舞諸島居住者連盟", "former islanders' league"], treaty=False, snippet="墓参は政治とは切り離された人道の問題だ。ロシア側には、せめてこれだけは認めてほしい"),
 dict(speaker="Naomichi Suzuki", alt=["Shinichi Hamasaka"], treaty=True, snippet="領土問題の解決と平和条約の締結に向けた国の外交交渉を全力で後押ししていく"),
 dict(speaker="Masatoshi Ishigaki", alt=["石垣雅敏"], treaty=False, snippet="せめて洋上慰霊だけでも続けられるよう、国と連携して準備を進めている"),
],
not_statements=[
 "北方四島の早期返還と、墓参を始めとする人道的措置の再開を強く求める",
 "「墓参の早期再開」を最重点に掲げた本年度の運動方針を承認した",
 "回答者の8割近くが「生きているうちに墓参りをしたい」と答えた。",
 "元島民は今年3月末で5200人余りとなり、平均年齢は88歳を超えた。",
 "連盟として、今月中にも国に要望書を提出するという。",
 "父母の墓がどうなっているのか、それだけが気がかりだ",
]),

# 13 Hokkaido prefectural assembly record (March 2022): the chair's procedural lines, a member's assertion on
#    Ukraine and his question, the governor's answer in three parts (Ukraine, the treaty line, fisheries); the
#    site's note on a resolution (a document)
dict(id="J7-13", outlet="Hokkaido Prefectural Assembly (会議録)",
url="https://www.gikai.pref.hokkaido.lg.jp/kaigiroku/r4/teirei1/honkaigi06.html",
published="2022-03-04",
title="令和4年第1回北海道議会定例会　本会議会議録（第6号）",
text="""北海道議会ホームページ ＞ 会議録 ＞ 本会議（速報版）
令和4年第1回北海道議会定例会
本会議会議録（第6号）
令和4年3月4日（金曜日）

○議長（森本幸一君）　これより本日の会議を開きます。
　日程第1、議案第1号ないし第62号を一括議題とし、質疑並びに一般質問を継続いたします。
　中川昌平君。
○38番（中川昌平君）（登壇）　通告に従い、ロシアによるウクライナ侵攻と本道への影響について伺います。
　今回の侵攻は明白な国際法違反であり、我が会派としても断じて容認できません。一方、根室をはじめとする道東の漁業者からは、サケ・マス漁や安全操業の行方を案ずる声が日増しに強まっております。
　そこで伺います。知事は今回の事態をどう受け止め、北方領土問題への影響をどう認識しているのか。また、漁業者の不安にどう応えていくのか、見解を伺います。
○議長（森本幸一君）　知事鈴木直道君。
○知事（鈴木直道君）（登壇）　中川議員の御質問にお答えいたします。
　まず、ロシアによるウクライナ侵攻についてでありますが、力による一方的な現状変更の試みは、ウクライナの主権と領土の一体性を侵害する明白な国際法違反であり、断じて容認できるものではありません。
　次に、北方領土問題についてでありますが、こうした厳しい国際情勢にあっても、北方領土問題が我が国の主権に関わる重要な問題であることに何ら変わりはなく、道としては、四島の帰属の問題を解決して平和条約を締結するという国の基本方針の下、引き続き返還要求運動の推進に全力を挙げてまいります。
　最後に、漁業への影響についてでありますが、本道の漁業者にとって、ロシアとの漁業協定に基づく操業は経営の根幹に関わるものであり、今年の漁期に支障が生じることのないよう、国に対し、あらゆる機会を通じて強く求めてまいります。
　以上でございます。
○議長（森本幸一君）　中川昌平君の質問は終了いたしました。

（参考）本定例会では3月1日、「ロシアによるウクライナ侵略を非難する決議」が全会一致で可決された。決議は「ロシア軍の即時かつ無条件の撤退を求める」とともに、「北方領土の返還を求める道民の願いを踏みにじることのないよう、ロシアに強く求める」としている。
※速報版は正式な会議録ではありません。""",
expected=[
 dict(speaker="Shohei Nakagawa", treaty=False, optional=True, snippet="今回の侵攻は明白な国際法違反であり、我が会派としても断じて容認できません"),
 dict(speaker="Naomichi Suzuki", alt=["Hokkaido government"], treaty=False, snippet="ウクライナの主権と領土の一体性を侵害する明白な国際法違反であり、断じて容認できるものではありません"),
 dict(speaker="Naomichi Suzuki", alt=["Hokkaido government"], treaty=True, snippet="四島の帰属の問題を解決して平和条約を締結するという国の基本方針の下、引き続き返還要求運動の推進に全力を挙げてまいります"),
 dict(speaker="Naomichi Suzuki", alt=["Hokkaido government"], treaty=False, snippet="今年の漁期に支障が生じることのないよう、国に対し、あらゆる機会を通じて強く求めてまいります"),
],
not_statements=[
 "知事は今回の事態をどう受け止め、北方領土問題への影響をどう認識しているのか。",
 "北方領土の返還を求める道民の願いを踏みにじることのないよう、ロシアに強く求める",
 "日程第1、議案第1号ないし第62号を一括議題とし、質疑並びに一般質問を継続いたします。",
 "「ロシアによるウクライナ侵略を非難する決議」が全会一致で可決された。",
]),

# 14 47NEWS (Kyodo), Japan's ambassador summoned in Moscow (Jan 2019): the ministry's statement, the deputy
#    minister's message, the ambassador to reporters, the PM's earlier words recalled, a senator's post, the chief
#    cabinet secretary's no-comment and line; the summons (an event), a diplomatic source, a schedule
dict(id="J7-14", outlet="47NEWS (Kyodo)", url="https://www.47news.jp/3156821.html",
published="2019-01-10",
title="ロシア、上月大使呼び抗議　首相発言「合意の本質ゆがめる」",
text="""ロシア、上月大使呼び抗議　首相発言「合意の本質ゆがめる」
2019/1/10 12:41 (JST)
©一般社団法人共同通信社

【モスクワ共同】ロシア外務省は9日、上月豊久駐ロシア大使を呼び、北方領土問題を巡る安倍晋三首相ら日本政府高官の最近の発言について抗議した。同省は声明で、一連の発言は「両首脳の合意の本質をひどく歪曲するものであり、国民を誤解させ、交渉を取り巻く雰囲気を人為的に過熱させている」と批判した。
声明によると、上月氏と会ったモルグロフ外務次官は「平和条約問題を解決するための条件を整えるには、日本側が公の発言を慎重に扱うことが不可欠だ」と伝えた。
上月氏は面会後、記者団に「先方の申し入れに対し、交渉に臨む日本政府の考え方を改めて説明した」と述べた。
首相は年頭の記者会見などで、北方領土に住むロシア人について「日本に帰属が変わるということについて、納得し、理解していただくことも必要だ」と発言していた。
ロシア上院国際問題委員長のコサチョフ氏は自身のフェイスブックに「島々の主権の問題は議題にすらなっていない。東京の政治家はそれを理解すべきだ」と投稿した。
一方、菅義偉官房長官は10日午前の記者会見で抗議について問われ、「交渉の内容に関わることでありますので、政府としてお答えは差し控えたい」と述べた上で、「いずれにしても、首脳間の合意に基づいて、平和条約締結交渉を進めていくことに変わりはない」と語った。
日ロ外交筋は「ロシア側は国内世論の反発を意識し、日本側の発言にくぎを刺した形だ」と解説した。14日にはモスクワで河野太郎外相とラブロフ外相による会談が予定されている。""",
expected=[
 dict(speaker="Russian Foreign Ministry", treaty=True, snippet="両首脳の合意の本質をひどく歪曲するものであり、国民を誤解させ、交渉を取り巻く雰囲気を人為的に過熱させている"),
 dict(speaker="Igor Morgulov", alt=["Russian Foreign Ministry"], treaty=True, snippet="平和条約問題を解決するための条件を整えるには、日本側が公の発言を慎重に扱うことが不可欠だ"),
 dict(speaker="Toyohisa Kozuki", alt=["Japanese Foreign Ministry"], treaty=True, snippet="先方の申し入れに対し、交渉に臨む日本政府の考え方を改めて説明した"),
 dict(speaker="Shinzo Abe", treaty=True, optional=True, snippet="日本に帰属が変わるということについて、納得し、理解していただくことも必要だ"),
 dict(speaker="Konstantin Kosachev", treaty=True, snippet="島々の主権の問題は議題にすらなっていない。東京の政治家はそれを理解すべきだ"),
 dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=None, optional=True, snippet="交渉の内容に関わることでありますので、政府としてお答えは差し控えたい"),
 dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=True, snippet="首脳間の合意に基づいて、平和条約締結交渉を進めていくことに変わりはない"),
],
not_statements=[
 "ロシア外務省は9日、上月豊久駐ロシア大使を呼び、北方領土問題を巡る安倍晋三首相ら日本政府高官の最近の発言について抗議した。",
 "ロシア側は国内世論の反発を意識し、日本側の発言にくぎを刺した形だ",
 "14日にはモスクワで河野太郎外相とラブロフ外相による会談が予定されている。",
]),

# 15 Sankei, the Duma renames 3 September (June 2023): the vote (an event), the senator who tabled the bill, the
#    Duma defence committee chair, the Duma speaker, MOFA's press secretary (a no-comment, then the claim); the
#    writer's background, a vote tally
dict(id="J7-15", outlet="Sankei", url="https://www.sankei.com/article/20230621-5WQ2KJXHZRLN3D7PAYFMTE4UGI/",
published="2023-06-21",
title="露下院、9月3日を「軍国主義日本への勝利の日」に　法案可決",
text="""露下院、9月3日を「軍国主義日本への勝利の日」に　法案可決
2023/6/21 18:40

【モスクワ＝桑原隆】ロシア下院は20日の本会議で、第二次大戦終結の記念日としている9月3日の名称を「軍国主義日本に対する勝利と第二次大戦終結の日」に改める法案を賛成多数で可決した。上院の承認とプーチン大統領の署名を経て成立する見通し。
法案を提出した上院国際問題委員会のジャバロフ第1副委員長は本会議での趣旨説明で「ソ連軍は1945年、南サハリンとクリル諸島を日本の軍国主義者から解放した。南クリルはわれわれが正当に取り戻した土地であり、その帰属をめぐって議論する余地はない」と述べた。
下院国防委員会のカルタポロフ委員長は賛成討論に立ち、「極東で戦った兵士たちの功績は、欧州戦線での勝利と同じように記憶されなければならない」と訴えた。採決に先立ち、下院のボロジン議長は「この法律は、歴史の書き換えを許さないという、わが国の明確なメッセージだ」と語った。
これに対し、日本外務省の小野日子外務報道官は21日の記者会見で「他国の国内法の改正について、逐一コメントすることは差し控えたい」とした上で、「北方四島は我が国が主権を有する島々であり、ソ連が不法に占拠したという我が国の立場に変わりはない」と述べた。
ロシアでは2020年、9月3日を「第二次大戦終結の日」とする法改正が行われていた。ウクライナ侵攻後に日本が対露制裁に加わったことへの反発から、ロシア国内では対日戦勝を強調する動きが強まっている。
（ロシア下院での採決結果　賛成398、反対0、棄権0）""",
expected=[
 dict(speaker="Vladimir Dzhabarov", treaty=True, snippet="南クリルはわれわれが正当に取り戻した土地であり、その帰属をめぐって議論する余地はない"),
 dict(speaker="Andrei Kartapolov", treaty=False, snippet="極東で戦った兵士たちの功績は、欧州戦線での勝利と同じように記憶されなければならない"),
 dict(speaker="Vyacheslav Volodin", treaty=False, optional=True, snippet="この法律は、歴史の書き換えを許さないという、わが国の明確なメッセージだ"),
 dict(speaker="Hikariko Ono", alt=["Japanese Foreign Ministry"], treaty=None, optional=True, snippet="他国の国内法の改正について、逐一コメントすることは差し控えたい"),
 dict(speaker="Hikariko Ono", alt=["Japanese Foreign Ministry"], treaty=True, snippet="北方四島は我が国が主権を有する島々であり、ソ連が不法に占拠したという我が国の立場に変わりはない"),
],
not_statements=[
 "ロシアでは2020年、9月3日を「第二次大戦終結の日」とする法改正が行われていた。",
 "ロシア国内では対日戦勝を強調する動きが強まっている。",
 "（ロシア下院での採決結果　賛成398、反対0、棄権0）",
 "上院の承認とプーチン大統領の署名を経て成立する見通し。",
 "ロシア下院は20日の本会議で、第二次大戦終結の記念日としている9月3日の名称を",
]),

# 16 Yomiuri, a Rausu fishing boat seized off Kunashiri (May 2021): the border directorate's release, MOFA's Russia
#    division director protesting by phone and the directorate's "territorial waters" (claims inside a fisheries
#    incident: the statements are firm, the flag arguable), the embassy's press
#    officer, the governor's comment, the town mayor; the background on "safe operation", an unnamed coop member,
#    a paywall line
dict(id="J7-16", outlet="Yomiuri", url="https://www.yomiuri.co.jp/national/20210527-OYT1T50214/",
published="2021-05-27",
title="羅臼の漁船、国後島沖でロシアが拿捕　乗組員4人けがなし",
text="""羅臼の漁船、国後島沖でロシアが拿捕　乗組員4人けがなし
2021/05/27 20:48

　北海道羅臼町の漁協に所属する刺し網漁船「第38北進丸」（9.7トン、乗組員4人）が27日朝、北方領土・国後島沖でロシア国境警備当局に拿捕された。乗組員にけがはないという。
　ロシア連邦保安庁（FSB）サハリン州国境警備局は同日、「日本の漁船がロシアの領海内で許可なく操業していた。乗組員は国後島の古釜布港に移送し、取り調べを行う」との声明を出した。
　外務省ロシア課の田島健課長は同日、在日ロシア大使館の公使参事官に電話で「北方四島周辺水域は我が国の水域であり、ロシア側による取り締まりは受け入れられない。船と乗組員の即時解放を求める」と抗議した。在日ロシア大使館の報道担当官は読売新聞の取材に「漁船はロシアの国内法に違反した疑いがある。手続きはロシアの法律に従って粛々と進められる」と答えた。
　鈴木直道知事は「乗組員の皆さんの安全を第一に、一日も早い帰還に向けて国と連携して対応したい」とのコメントを出した。羅臼町の湊屋稔町長は取材に「漁業者は常に危険と隣り合わせで操業している。二度とこうしたことが起きないよう、国には安全操業の枠組みをしっかり守ってほしい」と語った。
　北方四島周辺では、日ロ両政府の協定に基づき、日本漁船がロシア側に協力金を支払って操業する「安全操業」が行われている。拿捕された漁船が協定の対象区域内にいたかどうかは分かっていない。漁協の関係者は「船長はベテランで、区域を外れるとは考えにくい」と話している。
　読売新聞オンライン会員になると続きをお読みいただけます""",
expected=[
 dict(speaker="FSB Border Directorate for Sakhalin Region", treaty=None, snippet="日本の漁船がロシアの領海内で許可なく操業していた。乗組員は国後島の古釜布港に移送し"),
 dict(speaker="Ken Tajima", alt=["Japanese Foreign Ministry"], treaty=None, snippet="北方四島周辺水域は我が国の水域であり、ロシア側による取り締まりは受け入れられない"),
 dict(speaker="Russian Embassy in Japan", treaty=False, snippet="漁船はロシアの国内法に違反した疑いがある。手続きはロシアの法律に従って粛々と進められる"),
 dict(speaker="Naomichi Suzuki", alt=["Hokkaido government"], treaty=False, optional=True, snippet="乗組員の皆さんの安全を第一に、一日も早い帰還に向けて国と連携して対応したい"),
 dict(speaker="Minoru Minatoya", treaty=False, snippet="二度とこうしたことが起きないよう、国には安全操業の枠組みをしっかり守ってほしい"),
],
not_statements=[
 "日本漁船がロシア側に協力金を支払って操業する「安全操業」が行われている。",
 "拿捕された漁船が協定の対象区域内にいたかどうかは分かっていない。",
 "漁協の関係者は「船長はベテランで、区域を外れるとは考えにくい」と話している。",
 "読売新聞オンライン会員になると続きをお読みいただけます",
]),

# 17 Embassy of Japan in Russia, the ambassador's speech at the Emperor's Birthday reception (Feb 2020), a
#    provisional translation with section headings: the leaders' meetings, the treaty aim, the exchange year, the
#    8-point plan, the Olympics; breadcrumb and link lines
dict(id="J7-17", outlet="Embassy of Japan in Russia (website)",
url="https://www.ru.emb-japan.go.jp/itpr_ja/speech_20200220.html",
published="2020-02-20",
title="天皇誕生日祝賀レセプションにおける上月豊久大使挨拶",
text="""在ロシア日本国大使館
ホーム ＞ 大使館案内 ＞ 大使の活動 ＞ スピーチ
天皇誕生日祝賀レセプションにおける上月豊久大使挨拶
（2020年2月20日、モスクワ）
（仮訳）

ご来賓の皆様、
本日は、天皇陛下のお誕生日をお祝いするため、このように多くの方々にお集まりいただき、心から感謝申し上げます。昨年5月に即位された天皇陛下にとって、即位後初めてとなるお誕生日を、ここモスクワの皆様とともにお祝いできることを大変光栄に思います。

（日露関係）
昨年、両国の首脳は、モスクワ、大阪、ウラジオストクで会談を重ねました。私たちは、両首脳の合意に基づいて、領土問題を解決して平和条約を締結するという目標に向け、一歩一歩、着実に努力を続けてまいります。
平和条約の締結は、両国の間に真の信頼と友好を築くために欠かせない課題であり、日露関係の大きな潜在力を開花させる鍵でもあります。

（交流年）
今年から来年にかけては「日露地域・姉妹都市交流年」です。両国の自治体や市民の間で、文化、スポーツ、観光など様々な分野の交流がさらに広がることを期待しています。
経済の分野でも、8項目の協力プランの下、医療、都市環境、エネルギーなどの分野で多くのプロジェクトが具体化しています。

（東京大会）
今年の夏には、東京オリンピック・パラリンピック競技大会が開催されます。大会が、日露両国の人々にとって忘れられない夏となることを心から願っています。

結びに、皆様のご健勝と、日露関係の一層の発展を祈念して、乾杯の音頭をとらせていただきます。
乾杯！

関連リンク：日露関係（外務省ホームページ）""",
expected=[
 dict(speaker="Toyohisa Kozuki", alt=["Japanese Foreign Ministry", "Embassy of Japan in Russia"], treaty=True, snippet="領土問題を解決して平和条約を締結するという目標に向け、一歩一歩、着実に努力を続けてまいります"),
 dict(speaker="Toyohisa Kozuki", alt=["Japanese Foreign Ministry", "Embassy of Japan in Russia"], treaty=True, snippet="平和条約の締結は、両国の間に真の信頼と友好を築くために欠かせない課題であり"),
 dict(speaker="Toyohisa Kozuki", alt=["Japanese Foreign Ministry", "Embassy of Japan in Russia"], treaty=False, snippet="両国の自治体や市民の間で、文化、スポーツ、観光など様々な分野の交流がさらに広がることを期待しています"),
 dict(speaker="Toyohisa Kozuki", alt=["Japanese Foreign Ministry", "Embassy of Japan in Russia"], treaty=False, optional=True, snippet="8項目の協力プランの下、医療、都市環境、エネルギーなどの分野で多くのプロジェクトが具体化しています"),
 dict(speaker="Toyohisa Kozuki", alt=["Japanese Foreign Ministry", "Embassy of Japan in Russia"], treaty=False, optional=True, snippet="大会が、日露両国の人々にとって忘れられない夏となることを心から願っています"),
],
not_statements=[
 "ホーム ＞ 大使館案内 ＞ 大使の活動 ＞ スピーチ",
 "関連リンク：日露関係（外務省ホームページ）",
]),

# 18 Cabinet Office, the Okinawa and Northern Territories minister's press conference summary (Nov 2023),
#    （問）/（答）: her report on a Nemuro visit (an event, then the return), grave visits, the adjacent region's
#    budget, the return movement's successors, Okinawa's budget; the questions and the header
dict(id="J7-18", outlet="Cabinet Office", url="https://www.cao.go.jp/minister/2309_h_jimi/kaiken/20231114kaiken.html",
published="2023-11-14",
title="自見内閣府特命担当大臣記者会見要旨　令和5年11月14日",
text="""内閣府ホーム ＞ 内閣府の政策 ＞ 大臣等記者会見 ＞ 自見内閣府特命担当大臣
自見内閣府特命担当大臣記者会見要旨　令和5年11月14日
（令和5年11月14日（火）9:52～10:10　於：中央合同庁舎8号館1階S101記者会見室）

1．発言要旨
　私から1件、御報告がございます。先週末の11日と12日、北海道根室市を訪問いたしました。就任後初めての現地視察でございます。
　納沙布岬からは、わずか3.7キロ先の貝殻島の灯台を、この目で確かめてまいりました。北方領土がいかに近いかを実感すると同時に、四島の返還を実現しなければならないという思いを一層強くいたしました。
　また、元島民の皆様との意見交換では、「生きているうちにふるさとの墓参りをしたい」という切実な声を直接伺いました。皆様のこの願いに何としてもお応えできるよう、墓参の再開に向けて、外務省と力を合わせて取り組んでまいります。

2．質疑応答
（問）根室管内の1市4町では、北方領土隣接地域としての振興策の拡充を求める声が強まっていますが、来年度予算でどう対応しますか。
（答）隣接地域の振興は大変重要な課題であると認識しております。北方領土隣接地域振興等事業推進費補助金につきまして、令和6年度の概算要求でも必要な額を計上しております。地域の皆様の声をしっかりと伺いながら、きめ細やかに支援してまいります。
（問）返還要求運動の担い手の高齢化が進んでいます。若い世代への啓発は。
（答）元島民の方々の平均年齢が88歳を超える中、返還要求運動を次の世代に引き継いでいくことは待ったなしの課題です。SNSの活用や、修学旅行で根室を訪れる学生の受け入れなどを通じて、特に若い世代の関心を高めてまいりたいと考えております。
（問）沖縄関係で、来年度の沖縄振興予算の規模についての見通しは。
（答）沖縄振興予算につきましては、現在、概算要求の段階でございまして、今後の予算編成過程の中でしっかりと検討してまいります。

（以上）""",
expected=[
 dict(speaker="Hanako Jimi", alt=["Japanese government", "Cabinet Office"], treaty=True, snippet="北方領土がいかに近いかを実感すると同時に、四島の返還を実現しなければならないという思いを一層強くいたしました"),
 dict(speaker="Hanako Jimi", alt=["Japanese government", "Cabinet Office"], treaty=False, snippet="皆様のこの願いに何としてもお応えできるよう、墓参の再開に向けて、外務省と力を合わせて取り組んでまいります"),
 dict(speaker="Hanako Jimi", alt=["Japanese government", "Cabinet Office"], treaty=False, snippet="北方領土隣接地域振興等事業推進費補助金につきまして、令和6年度の概算要求でも必要な額を計上しております"),
 dict(speaker="Hanako Jimi", alt=["Japanese government", "Cabinet Office"], treaty=True, snippet="返還要求運動を次の世代に引き継いでいくことは待ったなしの課題です"),
 dict(speaker="Hanako Jimi", alt=["Japanese government", "Cabinet Office"], treaty=False, optional=True, snippet="沖縄振興予算につきましては、現在、概算要求の段階でございまして、今後の予算編成過程の中で"),
],
not_statements=[
 "返還要求運動の担い手の高齢化が進んでいます。若い世代への啓発は。",
 "根室管内の1市4町では、北方領土隣接地域としての振興策の拡充を求める声が強まっていますが",
 "（令和5年11月14日（火）9:52～10:10　於：中央合同庁舎8号館1階S101記者会見室）",
]),

# 19 Asahi (Hokkaido pages), a New Year interview with the Hokkaido governor (Jan 2025), ――question / answer: the
#    islands and the treaty line, grave visits, the Sakhalin governor's words inside a question and the reply,
#    fisheries, LNG, the movement's successors; the writer's poll in the lead, the questions
dict(id="J7-19", outlet="Asahi", url="https://www.asahi.com/articles/ASW1473KQW14IIPE00DM.html",
published="2025-01-05",
title="鈴木知事インタビュー　北方領土「国の方針、最後まで支える」",
text="""鈴木知事インタビュー　北方領土「国の方針、最後まで支える」
朝日新聞デジタル　2025年1月5日 10時00分　北海道

　鈴木直道知事が朝日新聞のインタビューに応じ、ロシアによるウクライナ侵略の長期化で停滞が続く北方領土問題や、道内の漁業への影響などについて語った。道が昨年実施した意識調査では、北方領土問題に「関心がある」と答えた10代、20代は3割にとどまった。主なやりとりは次の通り。（聞き手・岡本拓也）

――ロシアとの関係は冷え込んだままです。北方領土問題の現状をどう見ていますか。
　平和条約交渉は中断され、ビザなし交流も止まったまま3年近くがたつ。大変厳しい状況であることは間違いない。ただ、北方四島が日本固有の領土であるという事実は、どんな国際情勢の下でも変わらない。領土問題を解決して平和条約を締結するという国の方針を、道として最後まで支えていく。

――元島民の高齢化も深刻です。
　元島民の平均年齢は89歳近い。昨年、千島連盟の方々と洋上慰霊に同行したが、船の上から島影を見つめる皆さんの表情が忘れられない。人道的な観点から、せめて墓参だけでも再開できるよう、国への働きかけを強めたい。

――サハリン州のリマレンコ知事は「サハリンと北海道の交流を一方的に壊したのは日本側であり、我々ではない」と発言しています。
　個別の発言へのコメントは控える。ただ、道とサハリン州には長い交流の歴史がある。ロシアの侵略は到底容認できないが、将来を見据えて、地域間のつながりの糸は完全には切らずにおきたい。

――漁業への影響は。
　サケ・マスの漁獲枠は年々厳しくなっており、根室や釧路の漁業者にとっては死活問題だ。国と連携して、漁業者の経営を支える支援策を講じていく。

――サハリン2からの液化天然ガス（LNG）の調達も続いています。
　道内の電力やガスの安定供給に関わる問題であり、国の判断を尊重したい。

――今年の返還要求運動の重点は。
　若い世代への継承だ。学校教育との連携や、SNSでの発信に力を入れていく。

この記事は有料記事です。残り1024文字""",
expected=[
 dict(speaker="Naomichi Suzuki", alt=["Hokkaido government"], treaty=True, snippet="北方四島が日本固有の領土であるという事実は、どんな国際情勢の下でも変わらない"),
 dict(speaker="Naomichi Suzuki", alt=["Hokkaido government"], treaty=True, snippet="領土問題を解決して平和条約を締結するという国の方針を、道として最後まで支えていく"),
 dict(speaker="Naomichi Suzuki", alt=["Hokkaido government"], treaty=False, snippet="人道的な観点から、せめて墓参だけでも再開できるよう、国への働きかけを強めたい"),
 dict(speaker="Valery Limarenko", treaty=False, optional=True, snippet="サハリンと北海道の交流を一方的に壊したのは日本側であり、我々ではない"),
 dict(speaker="Naomichi Suzuki", alt=["Hokkaido government"], treaty=False, snippet="ロシアの侵略は到底容認できないが、将来を見据えて、地域間のつながりの糸は完全には切らずにおきたい"),
 dict(speaker="Naomichi Suzuki", alt=["Hokkaido government"], treaty=False, snippet="サケ・マスの漁獲枠は年々厳しくなっており、根室や釧路の漁業者にとっては死活問題だ"),
 dict(speaker="Naomichi Suzuki", alt=["Hokkaido government"], treaty=False, optional=True, snippet="道内の電力やガスの安定供給に関わる問題であり、国の判断を尊重したい"),
],
not_statements=[
 "道が昨年実施した意識調査では、北方領土問題に「関心がある」と答えた10代、20代は3割にとどまった。",
 "――ロシアとの関係は冷え込んだままです。北方領土問題の現状をどう見ていますか。",
 "この記事は有料記事です。残り1024文字",
]),

# 20 衆議院会議録, the plenary's questions on the PM's policy speech (Jan 2013): the opposition leader's assertion and
#    question, the PM's answers (the treaty line, "two islands first", wider cooperation, the economy), a second
#    party's member asserting the claim, the PM on his envoy; the Speaker's procedural lines, the questions
dict(id="J7-20", outlet="Diet record (衆議院会議録)",
url="https://kokkai.ndl.go.jp/txt/118305254X00320130130",
published="2013-01-30",
title="第183回国会　衆議院本会議　第3号",
text="""第183回国会　衆議院本会議　第3号
平成二十五年一月三十日（水曜日）
　　　　午後一時開議
○議長（伊吹文明君）　これより会議を開きます。
　――――◇―――――
　国務大臣の演説に対する質疑
○議長（伊吹文明君）　国務大臣の演説に対する質疑に入ります。海江田万里君。
　　〔海江田万里君登壇〕
○海江田万里君　民主党の海江田万里です。民主党・無所属クラブを代表して、安倍総理の所信表明演説に対し質問いたします。（拍手）
　（中略）
　次に、ロシアとの外交について伺います。北方領土問題は、我が国の主権にかかわる問題であり、四島の帰属を曖昧にした妥協は決して許されません。総理は、いわゆる二島先行返還論についてどのように考えておられるのか、明確な答弁を求めます。
　（中略）
○議長（伊吹文明君）　内閣総理大臣安倍晋三君。
　　〔内閣総理大臣安倍晋三君登壇〕
○内閣総理大臣（安倍晋三君）　海江田議員にお答えいたします。
　（中略）
　ロシアとの関係についてお尋ねがありました。
　昨年末の電話会談において、プーチン大統領との間で、平和条約締結交渉を再び活性化させることで一致いたしました。北方領土問題については、四島の帰属の問題を解決して平和条約を締結するという一貫した方針の下、双方が受け入れ可能な解決策を粘り強く探ってまいります。
　御指摘の二島先行返還といった考え方は、政府としてとり得る立場ではございません。
　同時に、エネルギーや極東開発を始めとする幅広い分野で日ロ間の協力を進め、日ロ関係全体を高めていくことが重要であると考えております。
　経済再生についてお尋ねがありました。大胆な金融政策、機動的な財政政策、民間投資を喚起する成長戦略の三本の矢で、デフレからの早期脱却を図ってまいります。（拍手）
　（中略）
○議長（伊吹文明君）　平沼赳夫君。
　　〔平沼赳夫君登壇〕
○平沼赳夫君　日本維新の会の平沼赳夫です。（拍手）
　（中略）
　北方領土について一点申し上げます。北方四島は、歴史的にも国際法上も紛れもない我が国固有の領土であり、戦後六十七年余りにわたるロシアの不法占拠は断じて看過できません。総理は、近く森元総理を特使としてロシアに派遣すると報じられておりますが、その狙いは何か、お答えください。
　（中略）
○内閣総理大臣（安倍晋三君）　平沼議員にお答えいたします。
　（中略）
　森元総理の訪ロについてお尋ねがありました。森元総理には、私の親書をプーチン大統領にお届けいただき、春に予定している私の訪ロに向けた地ならしをお願いしたいと考えております。首脳間の信頼関係を基礎に、領土交渉に新たな弾みをつけていきたいと考えております。（拍手）
　（中略）
○議長（伊吹文明君）　これにて国務大臣の演説に対する質疑は終了いたしました。
　本日は、これにて散会いたします。
　　　　午後四時二十一分散会""",
expected=[
 dict(speaker="Banri Kaieda", treaty=True, snippet="北方領土問題は、我が国の主権にかかわる問題であり、四島の帰属を曖昧にした妥協は決して許されません"),
 dict(speaker="Shinzo Abe", alt=["Japanese government"], treaty=True, optional=True, snippet="プーチン大統領との間で、平和条約締結交渉を再び活性化させることで一致いたしました"),
 dict(speaker="Shinzo Abe", alt=["Japanese government"], treaty=True, snippet="四島の帰属の問題を解決して平和条約を締結するという一貫した方針の下、双方が受け入れ可能な解決策を粘り強く探ってまいります"),
 dict(speaker="Shinzo Abe", alt=["Japanese government"], treaty=True, snippet="御指摘の二島先行返還といった考え方は、政府としてとり得る立場ではございません"),
 dict(speaker="Shinzo Abe", alt=["Japanese government"], treaty=False, snippet="エネルギーや極東開発を始めとする幅広い分野で日ロ間の協力を進め、日ロ関係全体を高めていくことが重要"),
 dict(speaker="Shinzo Abe", alt=["Japanese government"], treaty=False, optional=True, snippet="大胆な金融政策、機動的な財政政策、民間投資を喚起する成長戦略の三本の矢で"),
 dict(speaker="Takeo Hiranuma", treaty=True, snippet="歴史的にも国際法上も紛れもない我が国固有の領土であり、戦後六十七年余りにわたるロシアの不法占拠は"),
 dict(speaker="Shinzo Abe", alt=["Japanese government"], treaty=False, optional=True, snippet="私の親書をプーチン大統領にお届けいただき、春に予定している私の訪ロに向けた地ならしをお願いしたい"),
 dict(speaker="Shinzo Abe", alt=["Japanese government"], treaty=True, snippet="首脳間の信頼関係を基礎に、領土交渉に新たな弾みをつけていきたいと考えております"),
],
not_statements=[
 "総理は、いわゆる二島先行返還論についてどのように考えておられるのか、明確な答弁を求めます。",
 "総理は、近く森元総理を特使としてロシアに派遣すると報じられておりますが、その狙いは何か、お答えください。",
 "国務大臣の演説に対する質疑に入ります。海江田万里君。",
 "これにて国務大臣の演説に対する質疑は終了いたしました。",
 "民主党・無所属クラブを代表して、安倍総理の所信表明演説に対し質問いたします。",
]),
]
