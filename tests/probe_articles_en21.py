# Probe articles, English, round 21: machine English of Japanese pages.
#
# Japanese news and official pages as an aggregator or a browser's machine translation renders them in English,
# 2012-2026: Japanese name order ("Prime Minister Kishida Fumio"), titles after names ("Lavrov Foreign Minister
# said", "Zakharova spokesman of the Russian Ministry of Foreign Affairs"), quote brackets kept as 「...」 or turned
# into "...", stilted verbs ("showed the view that", "revealed the idea to", "expressed the recognition that",
# "emphasized and said", "appealed", "stated to the reporters"), sentences ending ", it is said", dropped subjects
# ("Also said that ..."), Japanese dates ("on the 7th").
# Sites: a Yahoo-style aggregator page, NewsOnJapan-style pages with viewer comments, a blog of translated news
# with translator's notes, Reddit-like reposts with user comments, LinkedIn-style reposts with the poster's own
# opinion, official pages (Kantei, MOFA, Hokkaido Government) carrying a machine translation notice, a Google
# Translate frame, a Hokkaido local paper.
# Events modelled loosely on: Medvedev on Kunashir 2012, Abe in Moscow 2013, Nagato 2016, Singapore 2018, Moscow
# Jan 2019 and the Diet in Feb 2019, the constitutional amendment 2020, suspension of treaty talks March 2022,
# salmon talks April 2022, Sakhalin / visa-free agreements Sept 2022, safe-operation fishing agreement June 2023,
# a deputy minister's interview Aug 2023, Diplomatic Bluebook 2024, Northern Territories Day 2023/2024/2025/2026.
#
# Speakers: Noda, Gemba, Abe, Suga, Kono, Motegi, Kishida, Hayashi, Matsuno, Kamikawa, Ishiba, Iwaya, Takaichi,
# Kihara, Okada Naoki, Ito Yoshitaka, Nishimura Yasutoshi, Kaneko Genjiro, Hokkaido governor Suzuki Naomichi,
# Nemuro mayor Ishigaki Masatoshi; Putin, Medvedev, Lavrov, Peskov, Zakharova, Galuzin, Nozdrev, Limarenko,
# Russian Foreign Ministry, Russian Embassy in Japan.
#
# Traps: machine translation notices, headlines, writer's summaries ("it can be said that the road ... became
# steeper"), background ("The Northern Territories are ..., it is said"), documents (1956 Declaration, amended
# constitution, joint statement, Diplomatic Bluebook), anonymous "government official" / "senior official",
# former islanders and fishermen, reporters' and lawmakers' questions, translator's notes, bloggers' and
# LinkedIn posters' opinions, Reddit and viewer comments, related-link lists, rankings, ads.
ARTICLES = []
ARTICLES += [
dict(id="E21-01", outlet="Yahoo! News Japan (machine translation)",
     url="https://news.yahoo.co.jp/articles/5c1e9a07d2b84f3a6e0c71b9a2d4f8e6135c0a77",
     published="2023-02-07",
     title="Prime Minister Kishida \"Unchanged policy of concluding peace treaty\" at the Northern Territories return demand national convention",
     text="""Yahoo! JAPAN   Help
News   Top   Breaking   Domestic   International   Economy   Entertainment   Sports   IT   Science   Local
[This page has been translated by automatic translation. The content may differ from the original Japanese text.]

Prime Minister Kishida "Unchanged policy of concluding peace treaty" at the Northern Territories return demand national convention

2/7(Tue) 15:02 delivery
Hokkaido Broadcasting News

The "Northern Territories Return Demand National Convention" was held in Tokyo on the 7th, "Northern Territories Day", and Prime Minister Kishida Fumio attended and greeted.

It is the first convention since the Russian invasion of Ukraine started last February, and the Japan-Russia relations stay in a severe situation, it is said.

In the greeting, Prime Minister Kishida emphasized and said 「The Japan-Russia relations are in a severe situation, but the policy of the government to resolve the territorial issue and to conclude a peace treaty does not change at all」.

Also said 「the resumption of the exchange projects including the visits to the graves is one of the top priority items in the Japan-Russia relations, and we strongly request it to the Russian side」.

The Prime Minister further revealed the idea to 「firmly support so that the fishermen of Nemuro and other areas can continue the fishery operation safely」.

Minister in charge of Northern Territories Okada Naoki showed the view that the understanding of the young generation is indispensable to pass the return movement to the next era.

Hokkaido Governor Suzuki Naomichi, who came up to Tokyo for the convention, expressed the recognition that 「The four islands of the Northern Territories are the inherent territory of our country, and this is not changed by any situation」.

On the other hand, a representative of the former islanders, Mr. Kawata Tsuneo (88), appealed 「I want to visit the grave of my parents on Kunashiri once more while I am still alive」.

The Northern Territories are Etorofu Island, Kunashiri Island, Shikotan Island and the Habomai Islands, and the former Soviet Union occupied them after the end of the war, it is said. The average age of the former islanders exceeds 87 years old.

The prospect of the resumption of the negotiations is not seen at all, and it can be said that the road to the resolution has become steeper.

Hokkaido Broadcasting News

Last update: 2/7(Tue) 15:40

[Ad] Hokkaido hairy crab direct from Nemuro - free shipping campaign now

Comment 312   Sort by: Recommended

Related articles
・Russia "Japan's convention is anti-Russian campaign" Zakharova spokesman criticism
・Former islanders' visits to graves, not resumed for the 3rd year
・Nemuro salmon and trout fishing, negotiation to start next month

Access ranking (Domestic)
1. Heavy snow warning for Sapporo area until tomorrow morning
2. Price of eggs, highest ever in Tokyo wholesale market

Share   Post   LINE   Facebook   Copy URL""",
     expected=[
        dict(speaker="Fumio Kishida", alt=["Kishida Fumio", "Japanese government"], treaty=True,
             snippet="the policy of the government to resolve the territorial issue and to conclude a peace treaty does not change at all"),
        dict(speaker="Fumio Kishida", alt=["Kishida Fumio"], treaty=False,
             snippet="the resumption of the exchange projects including the visits to the graves is one of the top priority items"),
        dict(speaker="Fumio Kishida", alt=["Kishida Fumio"], treaty=False,
             snippet="firmly support so that the fishermen of Nemuro and other areas can continue the fishery operation safely"),
        dict(speaker="Naoki Okada", alt=["Okada Naoki", "岡田直樹"], treaty=True, optional=True,
             snippet="the understanding of the young generation is indispensable to pass the return movement to the next era"),
        dict(speaker="Naomichi Suzuki", alt=["Suzuki Naomichi", "鈴木直道"], treaty=True,
             snippet="The four islands of the Northern Territories are the inherent territory of our country"),
     ],
     not_statements=[
        "This page has been translated by automatic translation. The content may differ from the original",
        "I want to visit the grave of my parents on Kunashiri once more while I am still alive",
        "the former Soviet Union occupied them after the end of the war, it is said",
        "it can be said that the road to the resolution has become steeper",
        "Russia \"Japan's convention is anti-Russian campaign\" Zakharova spokesman criticism",
        "Prime Minister Kishida \"Unchanged policy of concluding peace treaty\" at the Northern Territories",
     ]),

dict(id="E21-02", outlet="Prime Minister's Office of Japan (machine translation)",
     url="https://www.kantei.go.jp/jp/tyoukanpress/202203/22_a.html",
     published="2022-03-22",
     title="Press Conference by the Chief Cabinet Secretary (Excerpt), Tuesday, March 22, 2022 (AM)",
     text="""Prime Minister's Office of Japan
Home > Press Conferences > Chief Cabinet Secretary
English | Japanese

* This page is a provisional translation of the Japanese original produced by a machine translation service. Only the original Japanese text is authoritative.

Press Conference by the Chief Cabinet Secretary (Excerpt)
Tuesday, March 22, 2022 (AM)

[Opening statement]
Chief Cabinet Secretary Matsuno Hirokazu, at the beginning, reported on the situation of the electricity supply in the Tokyo area after the earthquake offshore of Fukushima prefecture of the 16th, and asked the citizens for the cooperation of power saving.

[Question and Answer]

Reporter: About the Japan-Russia relations. Please tell the reaction of the government to the announcement of the Russian side about the peace treaty negotiations.

Chief Cabinet Secretary: This whole situation was brought about by the aggression of Russia against Ukraine, and to transfer it to the Japan-Russia relations is extremely unfair and absolutely unacceptable for us. We lodged a strong protest to the Russian side through the diplomatic route.

Reporter: Is there a change in the policy of the government regarding the Northern Territories?

Chief Cabinet Secretary: There is no change. The policy of our country to resolve the attribution issue of the four northern islands and to conclude the peace treaty is maintained, and we will continue to deal with it firmly.

Reporter: The Russian side also said to stop the visa-free exchanges and to withdraw from the dialogue on the joint economic activities.

Chief Cabinet Secretary: The visa-free exchanges are a framework which the former islanders and the people concerned have built up over many years, and that they are stopped is very regrettable. We would like to seek the resumption at an appropriate time.

Reporter: What about the influence to the salmon and trout fishery negotiation with Russia which is scheduled in April?

Chief Cabinet Secretary: Considering the importance for the fishermen, we will carry out the negotiation appropriately so that the operation of the fishermen is not hindered.

Reporter: Are additional sanctions considered?

Chief Cabinet Secretary: Japan will continue to impose strong sanctions against Russia in close cooperation with the G7 and the international community, while watching the situation.

Reporter: About the COVID-19 priority measures...

(Omitted below)

Related links
Press Conferences by the Prime Minister
Press Conferences by the Deputy Chief Cabinet Secretary
Cabinet Public Relations Office

Copyright © Cabinet Public Relations Office, Cabinet Secretariat. All Rights Reserved.""",
     expected=[
        dict(speaker="Hirokazu Matsuno", alt=["Matsuno Hirokazu", "Japanese government", "Chief Cabinet Secretary"], treaty=True,
             snippet="to transfer it to the Japan-Russia relations is extremely unfair and absolutely unacceptable for us"),
        dict(speaker="Hirokazu Matsuno", alt=["Matsuno Hirokazu", "Japanese government", "Chief Cabinet Secretary"], treaty=True,
             snippet="The policy of our country to resolve the attribution issue of the four northern islands and to conclude the peace treaty"),
        dict(speaker="Hirokazu Matsuno", alt=["Matsuno Hirokazu", "Japanese government"], treaty=False,
             snippet="The visa-free exchanges are a framework which the former islanders and the people concerned have built up"),
        dict(speaker="Hirokazu Matsuno", alt=["Matsuno Hirokazu", "Japanese government"], treaty=False,
             snippet="we will carry out the negotiation appropriately so that the operation of the fishermen is not hindered"),
        dict(speaker="Hirokazu Matsuno", alt=["Matsuno Hirokazu", "Japanese government"], treaty=False,
             snippet="Japan will continue to impose strong sanctions against Russia in close cooperation with the G7"),
     ],
     not_statements=[
        "This page is a provisional translation of the Japanese original produced by a machine translation service",
        "Please tell the reaction of the government to the announcement of the Russian side about the peace treaty negotiations",
        "Is there a change in the policy of the government regarding the Northern Territories?",
        "The Russian side also said to stop the visa-free exchanges and to withdraw from the dialogue",
     ]),

dict(id="E21-03", outlet="NewsOnJapan",
     url="https://newsonjapan.com/article/124987.php",
     published="2019-01-23",
     title="Abe, Putin confirm to accelerate peace treaty negotiations",
     text="""NewsOnJapan.com
Japan News   Video   Business   Tech   Travel   Forum   Search

Abe, Putin confirm to accelerate peace treaty negotiations
ANN (machine translation) -- Jan 23

Prime Minister Abe Shinzo, who is visiting Russia, held the summit meeting with President Putin in Moscow on the 22nd, and both leaders confirmed to proceed with the peace treaty negotiations including the territorial issue.

After the talks, at the joint press announcement, Prime Minister Abe expressed the determination that 「President Putin and I have the strong will to put an end to this issue with our own hands, and we confirmed it again today」.

Putin President stated 「To find the solution which can be accepted by the peoples of both countries, a long and patient work lies ahead of us」, and showed the recognition that the conditions must be prepared first.

President Putin also revealed that the trade between the two countries increased by about 17% last year, and said that he wants to expand the cooperation in the fields of energy and medicine.

Prior to this, on the 14th, Lavrov Foreign Minister said at the press conference after the foreign ministers' talks 「The first step is that Japan accepts the results of the Second World War in full, including the sovereignty of Russia over the islands」.

Meanwhile, Foreign Minister Kono Taro, asked by the reporters about the contents of the talks, only repeated that he will refrain from commenting because it would affect the negotiations, it is said.

The government aims first to achieve the handover of the two islands of Habomai and Shikotan, a government official revealed.

The Japan-Soviet Joint Declaration of 1956 states that Habomai and Shikotan will be handed over to Japan after the conclusion of the peace treaty.

Both leaders also agreed to hold the next talks in June, when President Putin visits Osaka for the G20 summit.

Comments (27)
japanwatcher88: 25 meetings with Putin and still nothing. Time to give up on the islands.
tokyo_dave: The two-island deal is basically already decided, everyone knows it.
Reply   Report

Related News
- Japan, Russia foreign ministers clash over WWII results
- Former islanders in Nemuro watch summit with mixed feelings
- Russian protesters in Moscow: "Kurils are not for sale"

Tweet   Share   Email""",
     expected=[
        dict(speaker="Shinzo Abe", alt=["Abe Shinzo"], treaty=True,
             snippet="President Putin and I have the strong will to put an end to this issue with our own hands"),
        dict(speaker="Vladimir Putin", treaty=True,
             snippet="To find the solution which can be accepted by the peoples of both countries, a long and patient work"),
        dict(speaker="Vladimir Putin", treaty=False,
             snippet="the trade between the two countries increased by about 17% last year"),
        dict(speaker="Sergey Lavrov", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="The first step is that Japan accepts the results of the Second World War in full"),
        dict(speaker="Taro Kono", alt=["Kono Taro"], treaty=True, optional=True,
             snippet="he will refrain from commenting because it would affect the negotiations"),
     ],
     not_statements=[
        "The government aims first to achieve the handover of the two islands of Habomai and Shikotan",
        "states that Habomai and Shikotan will be handed over to Japan after the conclusion of the peace treaty",
        "25 meetings with Putin and still nothing. Time to give up on the islands.",
        "The two-island deal is basically already decided, everyone knows it.",
        "Russian protesters in Moscow: \"Kurils are not for sale\"",
        "Both leaders also agreed to hold the next talks in June",
     ]),
]

ARTICLES += [
dict(id="E21-04", outlet="Jiji Press (Google Translate)",
     url="https://translate.google.com/translate?sl=ja&tl=en&u=https://www.jiji.com/jc/article?k=2019021300712",
     published="2019-02-13",
     title="Prime Minister Abe \"Revealing the thought damages the negotiation\" House of Representatives Budget Committee",
     text="""Google Translate   Original language: Japanese > English   Show original   Options

JIJI.COM   Politics   Economy   International   Society   Sports
Politics > Diet

Prime Minister Abe "Revealing the thought damages the negotiation" House of Representatives Budget Committee

Feb 13, 2019 12:31

Prime Minister Abe Shinzo, at the House of Representatives Budget Committee on the 13th, regarding the peace treaty negotiations with Russia, avoided to state the position of the government, saying 「If I reveal the thought of the government here, it will have an adverse effect on the negotiation」.

A member of the Constitutional Democratic Party asked 「Has the government given up the return of the four islands? Please answer clearly to the people」.

Against this, the Prime Minister replied 「The basic policy of resolving the attribution of the four islands and concluding a peace treaty has not changed at all」, and emphasized that he will proceed with the negotiation on the basis of the agreement in Singapore.

The Abe administration, after the agreement in Singapore last November, has been refraining from the expression "inherent territory" in the Diet answers, it is said.

A senior official of the Prime Minister's Office said 「The Prime Minister is choosing each word carefully, because Moscow is listening」.

Foreign Minister Kono Taro, answering the question about the kelp fishing at Kaigara Island of the Habomai Islands, stated 「We will do our best by negotiating with the Russian side so that the fishing can start in June as usual」.

Also Kono showed the view that he is watching with concern the deployment of the new fighter aircraft by the Russian army to Etorofu Island.

Regarding this, Zakharova spokesman of the Russian Ministry of Foreign Affairs said at the regular press conference on the 7th 「The claims to the islands voiced in Japan are unacceptable. The sovereignty of Russia over the Southern Kurils is not a subject of discussion」.

(Jiji Press)

Related articles
Kono Foreign Minister "Next question" four times, criticism from the opposition
Japan-Russia vice foreign ministers' consultation, held in Moscow
Former islanders "Don't leave the four islands" petition to the Prime Minister

[Ad] Open an account now - NISA campaign

Was this translation helpful?  Yes  No""",
     expected=[
        dict(speaker="Shinzo Abe", alt=["Abe Shinzo"], treaty=True, optional=True,
             snippet="If I reveal the thought of the government here, it will have an adverse effect on the negotiation"),
        dict(speaker="Shinzo Abe", alt=["Abe Shinzo", "Japanese government"], treaty=True,
             snippet="The basic policy of resolving the attribution of the four islands and concluding a peace treaty has not changed"),
        dict(speaker="Shinzo Abe", alt=["Abe Shinzo"], treaty=True, optional=True,
             snippet="he will proceed with the negotiation on the basis of the agreement in Singapore"),
        dict(speaker="Taro Kono", alt=["Kono Taro"], treaty=False,
             snippet="We will do our best by negotiating with the Russian side so that the fishing can start in June as usual"),
        dict(speaker="Taro Kono", alt=["Kono Taro"], treaty=False,
             snippet="he is watching with concern the deployment of the new fighter aircraft by the Russian army to Etorofu Island"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="The sovereignty of Russia over the Southern Kurils is not a subject of discussion"),
     ],
     not_statements=[
        "Has the government given up the return of the four islands? Please answer clearly to the people",
        "has been refraining from the expression \"inherent territory\" in the Diet answers, it is said",
        "The Prime Minister is choosing each word carefully, because Moscow is listening",
        "Kono Foreign Minister \"Next question\" four times, criticism from the opposition",
        "Former islanders \"Don't leave the four islands\" petition to the Prime Minister",
        "Prime Minister Abe \"Revealing the thought damages the negotiation\" House of Representatives",
     ]),

dict(id="E21-05", outlet="Hokkaido Shimbun (machine translation)",
     url="https://www.hokkaido-np.co.jp/article/668412",
     published="2022-04-12",
     title="Salmon and trout negotiation not started, Nemuro anxiety \"fishing season lost\"",
     text="""Hokkaido Shimbun Digital
Top   Hokkaido   Politics   Economy   Northern Territories   Sports   Opinion
* Auto-translated from Japanese. Names and terms may be translated incorrectly.

Salmon and trout negotiation not started, Nemuro anxiety "fishing season lost"

04/12 05:00

The Japan-Russia negotiation on the salmon and trout fishery of this year has not started even in the middle of April, and the anxiety is spreading in Nemuro city, the base of the fishing.

Nemuro Mayor Ishigaki Masatoshi, at the regular press conference on the 11th, stated 「If the negotiation does not start, the fishing season of the coastal fishermen will be lost, and the damage to the local economy is immeasurable」.

The mayor also touched on the announcement of Russia last month to stop the peace treaty negotiations, and said 「It is a big blow to the former islanders who have been waiting for the return of the islands for many years, and I feel strong indignation」.

Hokkaido Governor Suzuki Naomichi revealed the idea to request the national government 「to make all efforts for the early conclusion of the negotiation so that the fishing can start on schedule」.

Minister of Agriculture, Forestry and Fisheries Kaneko Genjiro stated at the press conference after the cabinet meeting on the 12th 「We want to start the negotiation as early as possible, and we are adjusting with the Russian side」.

On the other hand, a fisherman in Nemuro, Mr. Sato (62), complained 「If we can't go out to the sea in May, our life will not be possible」.

The Japan-Russia salmon and trout fishery negotiation decides the catch quota of the fish born in Russian rivers in the Japanese 200 nautical mile zone every year, it is said.

Russia, in March, announced to stop the peace treaty negotiations in response to the sanctions of Japan against the invasion of Ukraine.

A person concerned with the fishery organization said 「The Russian side may be using the fishery as a card of the diplomacy」.

■ Related
・Visa-free exchange, suspended this year too - former islanders disappointed
・Governor Suzuki, requests to the Fisheries Agency for support
・[Editorial] Protect the fishery in the north sea

This article is for members. Register now and read the first month free.""",
     expected=[
        dict(speaker="Masatoshi Ishigaki", alt=["Ishigaki Masatoshi", "石垣雅敏", "Nemuro Mayor"], treaty=False,
             snippet="If the negotiation does not start, the fishing season of the coastal fishermen will be lost"),
        dict(speaker="Masatoshi Ishigaki", alt=["Ishigaki Masatoshi", "石垣雅敏", "Nemuro Mayor"], treaty=True,
             snippet="It is a big blow to the former islanders who have been waiting for the return of the islands for many years"),
        dict(speaker="Naomichi Suzuki", alt=["Suzuki Naomichi", "鈴木直道"], treaty=False,
             snippet="to make all efforts for the early conclusion of the negotiation so that the fishing can start on schedule"),
        dict(speaker="Genjiro Kaneko", alt=["Kaneko Genjiro", "金子原二郎"], treaty=False,
             snippet="We want to start the negotiation as early as possible, and we are adjusting with the Russian side"),
     ],
     not_statements=[
        "If we can't go out to the sea in May, our life will not be possible",
        "decides the catch quota of the fish born in Russian rivers in the Japanese 200 nautical mile zone",
        "Russia, in March, announced to stop the peace treaty negotiations in response to the sanctions of Japan",
        "The Russian side may be using the fishery as a card of the diplomacy",
        "Visa-free exchange, suspended this year too - former islanders disappointed",
        "Auto-translated from Japanese. Names and terms may be translated incorrectly.",
     ]),
]

ARTICLES += [
dict(id="E21-06", outlet="Nihon News Translated (blog)",
     url="https://nihonnewstranslated.blogspot.com/2016/12/nagato-summit-abe-putin-press-conference.html",
     published="2016-12-17",
     title="[Translation] Nagato summit: Abe and Putin joint press conference",
     text="""Nihon News Translated
Japanese news, translated for English readers (mostly machine translation + light editing)
Home   About   Archive   Contact

Saturday, December 17, 2016
[Translation] Nagato summit: Abe and Putin joint press conference

Translator's note: this is a translation of several Japanese TV and newspaper reports, put through a translation engine and lightly fixed by me. Japanese name order is kept.

Prime Minister Abe Shinzo and President Putin, who talked in Nagato city of Yamaguchi prefecture on the 15th, held the joint press conference in Tokyo on the 16th.

Prime Minister Abe emphasized and said 「A peace treaty cannot be realized only by each side insisting on its own justice. We need a new approach looking to the future」.

The Prime Minister also revealed that the two leaders agreed to start consultations toward joint economic activities on the four northern islands 「under a special system which does not harm the legal positions of both countries」.

Vladimir Putin President stated 「The most important thing is the conclusion of the peace treaty, and we must stop the endless argument about the history and think about the long-term interests」.

Putin President also showed the view that Russia is ready to simplify the visa procedures for Japanese business people and to expand the investment cooperation.

On the other hand, Peskov Presidential Press Secretary told the reporters that the question of the sovereignty over the islands was not discussed at all at the summit, it is said.

The former islanders, who handed a letter to the two leaders, expressed mixed feelings that there was no concrete progress toward the return.

The territorial issue has prevented the conclusion of a peace treaty between the two countries for over 70 years after the end of the war.

Translator's note 2: Personally I think this summit was a step back for Japan. Lots of money for economic projects, nothing on the islands.

Posted by K. Ishikawa at 11:48 PM   4 comments

Labels: Japan-Russia, Northern Territories, summit, translation

4 comments:
Anonymous said... Thanks for translating! The NHK English version was much shorter.
hokkaido_lover said... Putin got what he wanted: money. The islands stay Russian.

Newer Post   Older Post   Home
Subscribe to: Post Comments (Atom)""",
     expected=[
        dict(speaker="Shinzo Abe", alt=["Abe Shinzo"], treaty=True,
             snippet="A peace treaty cannot be realized only by each side insisting on its own justice"),
        dict(speaker="Shinzo Abe", alt=["Abe Shinzo"], treaty=True, optional=True,
             snippet="under a special system which does not harm the legal positions of both countries"),
        dict(speaker="Vladimir Putin", treaty=True,
             snippet="The most important thing is the conclusion of the peace treaty, and we must stop the endless argument"),
        dict(speaker="Vladimir Putin", treaty=False,
             snippet="Russia is ready to simplify the visa procedures for Japanese business people"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True,
             snippet="the question of the sovereignty over the islands was not discussed at all at the summit"),
     ],
     not_statements=[
        "this is a translation of several Japanese TV and newspaper reports, put through a translation engine",
        "expressed mixed feelings that there was no concrete progress toward the return",
        "The territorial issue has prevented the conclusion of a peace treaty between the two countries",
        "Personally I think this summit was a step back for Japan",
        "Putin got what he wanted: money. The islands stay Russian.",
     ]),

dict(id="E21-07", outlet="Reddit r/japannews (repost)",
     url="https://www.reddit.com/r/japannews/comments/1akx3f9/kishida_at_northern_territories_rally_will/",
     published="2024-02-07",
     title="Kishida at Northern Territories rally: will persistently aim for peace treaty (machine translated)",
     text="""r/japannews   Join
Posted by u/hokkaido_fishcake   6 hr ago

Kishida at Northern Territories rally: will persistently aim for peace treaty (machine translated)

Politics

Machine translated with DeepL from a Japanese TV news site, sorry for the awkward English.

---

On the 7th, "Northern Territories Day", the national convention demanding the return of the Northern Territories was held in Tokyo, and Prime Minister Kishida Fumio made a greeting.

Kishida Prime Minister said 「Although the Japan-Russia relations are in a difficult situation, we will persistently aim to resolve the territorial issue and conclude the peace treaty」.

Also appealed that the resumption of the grave visits for the former islanders is the top priority, and said 「we will continue to strongly request it to the Russian side」.

Foreign Minister Kamikawa Yoko, at the press conference after the cabinet meeting, stated to the reporters 「We will continue the close coordination with the G7 on the sanctions against Russia」.

Hokkaido Governor Suzuki Naomichi, at the convention, emphasized 「the Northern Territories are the inherent territory of our country, and we will pass the flame of the return movement to the next generation」.

In Russia, Zakharova spokesman of the Russian Ministry of Foreign Affairs criticized the convention, and said 「The claims of Japan to the Russian Kuril Islands have no basis in international law」, it is said.

The Northern Territories were occupied by the Soviet army after the end of World War II, and about 17,000 Japanese residents were forced to leave, it is said.

---

Source: (link in comments)

⬆ 214   ⬇   💬 63 comments   Share   Save

Sort by: Best

u/tanuki_salaryman · 5 hr ago
The islands are Japanese, period. Russia should just give them back.
⬆ 88   Reply

u/sapporo_expat · 4 hr ago
Realistically nothing will move while the war in Ukraine continues.
⬆ 41   Reply

u/hokkaido_fishcake OP · 4 hr ago
Source article: Japanese TV news (I can't link the page directly, it's paywalled)
⬆ 12   Reply

More posts you may like
r/japan · Nemuro fishermen worried about the sea urchin season
r/worldnews · Russia holds drills on disputed Kuril Islands""",
     expected=[
        dict(speaker="Fumio Kishida", alt=["Kishida Fumio"], treaty=True,
             snippet="we will persistently aim to resolve the territorial issue and conclude the peace treaty"),
        dict(speaker="Fumio Kishida", alt=["Kishida Fumio"], treaty=False,
             snippet="the resumption of the grave visits for the former islanders is the top priority"),
        dict(speaker="Yoko Kamikawa", alt=["Kamikawa Yoko"], treaty=False,
             snippet="We will continue the close coordination with the G7 on the sanctions against Russia"),
        dict(speaker="Naomichi Suzuki", alt=["Suzuki Naomichi", "鈴木直道"], treaty=True,
             snippet="the Northern Territories are the inherent territory of our country, and we will pass the flame"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="The claims of Japan to the Russian Kuril Islands have no basis in international law"),
     ],
     not_statements=[
        "Machine translated with DeepL from a Japanese TV news site, sorry for the awkward English.",
        "The islands are Japanese, period. Russia should just give them back.",
        "Realistically nothing will move while the war in Ukraine continues.",
        "were occupied by the Soviet army after the end of World War II, and about 17,000 Japanese residents",
        "Kishida at Northern Territories rally: will persistently aim for peace treaty (machine translated)",
        "Russia holds drills on disputed Kuril Islands",
     ]),
]

ARTICLES += [
dict(id="E21-08", outlet="LinkedIn (repost)",
     url="https://www.linkedin.com/posts/kenji-moriyama-lng_sakhalin2-lng-energysecurity-activity-6972519304418721792-Qx3T",
     published="2022-09-06",
     title="Kenji Moriyama on LinkedIn: Sakhalin-2 and the visa-free agreement (machine translation)",
     text="""LinkedIn
Home   My Network   Jobs   Messaging   Notifications   Me   For Business

Kenji Moriyama • 2nd
Energy & Commodities Analyst | LNG | Japan-Russia business
3h • Edited • 🌐

Interesting day for Japan-Russia. Sharing a machine-translated summary of today's Japanese news (auto translation, so the English is strange). In my view, energy pragmatism will keep Japan in Sakhalin no matter what happens politically. #LNG #Sakhalin2 #energysecurity #Japan #Russia

Machine translation (original: Japanese)   See original

Government, participation in new Sakhalin-2 company / Russia abolishes the visa-free exchange agreement

Minister of Economy, Trade and Industry Nishimura Yasutoshi stated at the press conference on the 6th 「Sakhalin-2 is an important project from the viewpoint of the energy security of our country, and we will maintain the interest」, and revealed that Mitsui and Mitsubishi Corporation will participate in the new operating company.

Chief Cabinet Secretary Matsuno Hirokazu, at the press conference on the same day, concerning the decision of the Russian government to unilaterally end the agreement on the visa-free exchanges with the four northern islands, stated 「It is extremely regrettable and can never be accepted」, and revealed that the government lodged a protest.

Also said 「We will continue to tenaciously tackle the resolution of the territorial issue and the conclusion of the peace treaty, and this policy does not change」.

The Russian Ministry of Foreign Affairs, in the statement, claimed that the Japanese side had destroyed the spirit of the agreements by its unfriendly actions, and that the responsibility lies with Tokyo.

The visa-free exchanges began in 1992, and about 25,000 people from Japan and Russia visited each other, it is said.

A government official showed the view that 「there is almost no possibility that the exchanges will resume within this year」.

👍❤️💡 128   14 comments • 9 reposts

Like   Comment   Repost   Send

Most relevant
Aiko Tanabe • Senior Manager, Trading House
Thanks for sharing Kenji. Do you think the trading houses will stay in Sakhalin-1 too?
Like · Reply

Mark Pendleton • LNG Shipping Consultant
The islands story is politics, the LNG story is business. Two different tracks.
Like · Reply

More from Kenji Moriyama
JKM prices and the winter outlook for Northeast Asia
Why Arctic LNG 2 matters for Japanese buyers""",
     expected=[
        dict(speaker="Yasutoshi Nishimura", alt=["Nishimura Yasutoshi", "西村康稔"], treaty=False,
             snippet="Sakhalin-2 is an important project from the viewpoint of the energy security of our country"),
        dict(speaker="Hirokazu Matsuno", alt=["Matsuno Hirokazu", "Japanese government"], treaty=False,
             snippet="It is extremely regrettable and can never be accepted"),
        dict(speaker="Hirokazu Matsuno", alt=["Matsuno Hirokazu", "Japanese government"], treaty=True,
             snippet="We will continue to tenaciously tackle the resolution of the territorial issue and the conclusion of the peace treaty"),
        dict(speaker="Russian Foreign Ministry", treaty=False,
             snippet="the Japanese side had destroyed the spirit of the agreements by its unfriendly actions"),
     ],
     not_statements=[
        "In my view, energy pragmatism will keep Japan in Sakhalin no matter what happens politically.",
        "The visa-free exchanges began in 1992, and about 25,000 people from Japan and Russia visited each other",
        "there is almost no possibility that the exchanges will resume within this year",
        "The islands story is politics, the LNG story is business. Two different tracks.",
        "Government, participation in new Sakhalin-2 company / Russia abolishes the visa-free exchange agreement",
     ]),

dict(id="E21-09", outlet="Ministry of Foreign Affairs of Japan (machine translation)",
     url="https://www.mofa.go.jp/mofaj/press/kaiken/kaikenl_000263.html",
     published="2023-06-06",
     title="Press Conference by Foreign Minister Hayashi Yoshimasa",
     text="""Ministry of Foreign Affairs of Japan
Home > Press Conference > Press Conference by the Foreign Minister

[Notice] This English text is produced by automatic machine translation for reference. The Ministry of Foreign Affairs does not guarantee its accuracy; please refer to the Japanese page for the official record.

Press Conference by Foreign Minister Hayashi Yoshimasa
Date: Tuesday, June 6, 2023, 10:32 a.m.  Place: Press Conference Room, Ministry of Foreign Affairs

1 Opening remarks
(1) Schedule of the Foreign Minister
(Omitted)

2 Questions and Answers
[Japan-Russia relations: the agreement on safe fishing operations]

NHK Reporter: Regarding the announcement of the Russian side on the 5th concerning the agreement on the safe operation of fishing vessels around the four northern islands, please tell the response of the Ministry.

Minister Hayashi: The announcement of the Russian side is extremely regrettable. We will request the Russian side to implement the agreement, and we will continue to work so that the Japanese fishing vessels can operate safely.

Regarding the point raised by the Russian side, the payment of the cooperation fund under the agreement has been delayed because of the procedures, and we have explained this to the Russian side through the diplomatic route.

Hokkaido Shimbun Reporter: The peace treaty negotiations remain suspended. What is the outlook?

Minister Hayashi: The Japan-Russia relations are in a difficult situation due to the aggression of Russia against Ukraine, but the policy of our country of resolving the territorial issue and concluding a peace treaty remains unchanged.

[Ukraine]

Reuters Reporter: About the additional sanctions discussed at the G7 Hiroshima Summit.

Minister Hayashi: Following the agreement at the G7 Hiroshima Summit, we will steadily implement strong sanctions against Russia together with the G7 partners, while strongly supporting Ukraine.

(End of excerpt)

Back to Press Conference
Related information: Japan-Russia Relations / Northern Territories Issue
Page Top""",
     expected=[
        dict(speaker="Yoshimasa Hayashi", alt=["Hayashi Yoshimasa", "Japanese Foreign Ministry"], treaty=False,
             snippet="We will request the Russian side to implement the agreement, and we will continue to work so that the Japanese"),
        dict(speaker="Yoshimasa Hayashi", alt=["Hayashi Yoshimasa", "Japanese Foreign Ministry"], treaty=False,
             snippet="the payment of the cooperation fund under the agreement has been delayed because of the procedures"),
        dict(speaker="Yoshimasa Hayashi", alt=["Hayashi Yoshimasa", "Japanese Foreign Ministry"], treaty=True,
             snippet="the policy of our country of resolving the territorial issue and concluding a peace treaty remains unchanged"),
        dict(speaker="Yoshimasa Hayashi", alt=["Hayashi Yoshimasa", "Japanese Foreign Ministry"], treaty=False,
             snippet="we will steadily implement strong sanctions against Russia together with the G7 partners"),
     ],
     not_statements=[
        "This English text is produced by automatic machine translation for reference",
        "please tell the response of the Ministry",
        "The peace treaty negotiations remain suspended. What is the outlook?",
        "About the additional sanctions discussed at the G7 Hiroshima Summit.",
        "Related information: Japan-Russia Relations / Northern Territories Issue",
     ]),
]

ARTICLES += [
dict(id="E21-10", outlet="Hokkaido Government (machine translation)",
     url="https://www.pref.hokkaido.lg.jp/ss/hkc/kaiken/r6/20250214.html",
     published="2025-02-14",
     title="Governor's regular press conference (February 14, 2025)",
     text="""Hokkaido Government
Top page > Governor's room > Governor's press conference > Governor's regular press conference (February 14, 2025)

This page is translated by a machine translation system. The translation may not be accurate, and proper nouns may be translated incorrectly. Hokkaido is not responsible for any damage caused by the translation.   [日本語]

Governor's regular press conference (February 14, 2025)
Date and time: Friday, February 14, 2025, 14:00-14:38
Place: Press conference room, 1st floor, Hokkaido Government Office

Announcements from the Governor
(1) About the draft budget for fiscal 2025
The governor explained the outline of the draft budget, focusing on the measures for the decrease of population and the support for the price increase. (Omitted)

Questions and answers with the reporters

(Reporter, Hokkaido Shimbun)
On the 7th, the Northern Territories Day, you attended the national convention in Tokyo. Please tell your impression and the future efforts.

(Governor)
I attended the convention together with the former islanders and the people of the Nemuro area. The return of the Northern Territories is the long-cherished desire of the Hokkaido residents and of all the people, and we will continue to promote the movement so that the flame of the return movement does not go out.

Also, the former islanders are getting older, and their average age has exceeded 89 years. The resumption of the four-island exchange projects, above all the visits to the graves, is an urgent matter, and I would like to request it strongly to the national government.

(Reporter, NHK)
About the kelp fishing at Kaigara Island, the negotiation with the Russian side was delayed last year.

(Governor)
The kelp fishing is very important for the fishermen of the Nemuro area. I understand that the national government is adjusting with the Russian side, and I would like to ask for the conclusion of the negotiation so that the operation can start on schedule in June.

(Reporter, Hokkaido Cultural Broadcasting)
A question about the heavy snow in Obihiro city...

(Governor)
(Omitted)

Inquiries: Hokkaido Government General Affairs Department, Public Relations and Hearing Division
Phone 011-231-4111

Page top   Sitemap   Privacy policy   Accessibility""",
     expected=[
        dict(speaker="Naomichi Suzuki", alt=["Suzuki Naomichi", "鈴木直道", "Hokkaido Governor"], treaty=True,
             snippet="The return of the Northern Territories is the long-cherished desire of the Hokkaido residents"),
        dict(speaker="Naomichi Suzuki", alt=["Suzuki Naomichi", "鈴木直道", "Hokkaido Governor"], treaty=False,
             snippet="The resumption of the four-island exchange projects, above all the visits to the graves, is an urgent matter"),
        dict(speaker="Naomichi Suzuki", alt=["Suzuki Naomichi", "鈴木直道", "Hokkaido Governor"], treaty=False,
             snippet="I would like to ask for the conclusion of the negotiation so that the operation can start on schedule in June"),
     ],
     not_statements=[
        "This page is translated by a machine translation system. The translation may not be accurate",
        "you attended the national convention in Tokyo. Please tell your impression and the future efforts.",
        "About the kelp fishing at Kaigara Island, the negotiation with the Russian side was delayed last year.",
        "focusing on the measures for the decrease of population and the support for the price increase",
     ]),

dict(id="E21-11", outlet="Yahoo! News Japan (machine translation)",
     url="https://news.yahoo.co.jp/articles/a93f07c2e1d84b6f9a0e25c7d3b1f64a8e2c9d10",
     published="2020-07-03",
     title="Russia's amended constitution \"prohibits cession of territory\" Chief Cabinet Secretary Suga \"continue negotiations\"",
     text="""Yahoo! JAPAN   News
Top   Breaking   Domestic   International   Economy   Entertainment   Sports   IT   Science   Local
Automatic translation is enabled. Click here to display the original text.

Russia's amended constitution "prohibits cession of territory" Chief Cabinet Secretary Suga "continue negotiations"

7/3(Fri) 12:20 delivery
TV Asahi

In Russia, the amendment of the constitution which includes the provision prohibiting the cession of the territory was approved by the nationwide vote, and Chief Cabinet Secretary Suga Yoshihide stated on the 3rd that the government will continue the peace treaty negotiations.

Chief Cabinet Secretary Suga, at the press conference in the morning, said 「We are aware of the result of the vote, but we will proceed with the peace treaty negotiations with Russia persistently, and this is not changed」.

Also about the measures at the border for the new coronavirus, Suga showed the view that 「the entry refusal for the people from Russia will be continued for the time being」.

Foreign Minister Motegi Toshimitsu, too, stated to the reporters 「On the basis of the agreements between the leaders so far, we will steadily advance the negotiations」.

The amended constitution stipulates that the actions aimed at the alienation of a part of the territory of Russia, and the calls for such actions, are not allowed.

In Russia, Governor of Sakhalin Oblast Limarenko said 「The Kuril Islands are an inseparable part of Russia, and the new constitution confirmed it once more」, it is said.

A senior official of the Ministry of Foreign Affairs revealed the view that 「the influence on the negotiation is limited, because the provision does not apply to the demarcation of the border」.

The hurdle of the negotiation seems to become even higher.

TV Asahi

[PR] Summer sale up to 70% off - this weekend only

Comment 1,048
Related articles
・Putin President, term extension possible until 2036
・Abe Prime Minister "The basic policy has not changed" in the Diet
・Former islanders, disappointment and anger at the constitutional amendment

Share   Post   LINE""",
     expected=[
        dict(speaker="Yoshihide Suga", alt=["Suga Yoshihide", "Japanese government"], treaty=True,
             snippet="we will proceed with the peace treaty negotiations with Russia persistently, and this is not changed"),
        dict(speaker="Yoshihide Suga", alt=["Suga Yoshihide", "Japanese government"], treaty=True, optional=True,
             snippet="Chief Cabinet Secretary Suga Yoshihide stated on the 3rd that the government will continue the peace treaty"),
        dict(speaker="Yoshihide Suga", alt=["Suga Yoshihide", "Japanese government"], treaty=False,
             snippet="the entry refusal for the people from Russia will be continued for the time being"),
        dict(speaker="Toshimitsu Motegi", alt=["Motegi Toshimitsu", "Japanese Foreign Ministry"], treaty=True,
             snippet="On the basis of the agreements between the leaders so far, we will steadily advance the negotiations"),
        dict(speaker="Valery Limarenko", alt=["Limarenko"], treaty=True,
             snippet="The Kuril Islands are an inseparable part of Russia, and the new constitution confirmed it once more"),
     ],
     not_statements=[
        "The amended constitution stipulates that the actions aimed at the alienation of a part of the territory",
        "the influence on the negotiation is limited, because the provision does not apply to the demarcation",
        "The hurdle of the negotiation seems to become even higher.",
        "Abe Prime Minister \"The basic policy has not changed\" in the Diet",
        "Former islanders, disappointment and anger at the constitutional amendment",
        "Automatic translation is enabled. Click here to display the original text.",
     ]),
]

ARTICLES += [
dict(id="E21-12", outlet="NewsOnJapan",
     url="https://newsonjapan.com/article/146203.php",
     published="2025-02-08",
     title="Ishiba: Policy to resolve territorial issue and conclude peace treaty unchanged",
     text="""NewsOnJapan.com
Japan News   Video   Business   Tech   Travel   Forum   Search

Ishiba: Policy to resolve territorial issue and conclude peace treaty unchanged
FNN (machine translation) -- Feb 08

On the 7th, the "Northern Territories Day", the national convention to demand the return of the Northern Territories was held in Tokyo, and Prime Minister Ishiba Shigeru attended for the first time as the prime minister.

Ishiba Prime Minister emphasized and said 「Though the Japan-Russia relations are in a severe situation, the policy of resolving the territorial issue and concluding a peace treaty is unchanged, and we will tackle it persistently」.

The Prime Minister also said that the resumption of the visits to the graves by the former islanders is one of the top priority issues, and that he will continue to request it.

Minister of State for Okinawa and Northern Territories Affairs Ito Yoshitaka, who is from Hokkaido, revealed the idea to 「strengthen the support for the promotion of the economy of the Nemuro area, the adjacent region」.

Foreign Minister Iwaya Takeshi stated at the press conference on the same day 「We will maintain the sanctions against Russia in close coordination with the G7」.

On the other hand, according to the Japanese media, Nozdrev Russian Ambassador to Japan, in a statement on the embassy's SNS, said 「The Southern Kurils are the territory of Russia confirmed as a result of the Second World War, and the annual 'Northern Territories Day' is nothing but an anti-Russian campaign」.

Ambassador Nozdrev also pointed out that the trade between the two countries had fallen sharply because of the sanctions of Japan.

A former islander who attended the convention, Mr. Nakamura (91), said 「I have no time left. I want the politicians to move quickly」.

The government has set up the 7th of February as the Northern Territories Day in 1981, it is said.

Comments (19)
yamato_spirit: Same speech every year. Nothing changes.
kurilwatcher: The ambassador's post is just the usual script from Moscow.
Reply   Report

Related News
- Russia conducts missile drills near Kunashiri
- Nemuro sea urchin prices hit record as imports from Russia drop
- Ishiba, Trump meeting: alliance "new golden age"

Tweet   Share   Email""",
     expected=[
        dict(speaker="Shigeru Ishiba", alt=["Ishiba Shigeru", "Japanese government"], treaty=True,
             snippet="the policy of resolving the territorial issue and concluding a peace treaty is unchanged, and we will tackle it"),
        dict(speaker="Shigeru Ishiba", alt=["Ishiba Shigeru"], treaty=False,
             snippet="the resumption of the visits to the graves by the former islanders is one of the top priority issues"),
        dict(speaker="Yoshitaka Ito", alt=["Ito Yoshitaka", "伊東良孝"], treaty=False,
             snippet="strengthen the support for the promotion of the economy of the Nemuro area, the adjacent region"),
        dict(speaker="Takeshi Iwaya", alt=["Iwaya Takeshi", "Japanese Foreign Ministry"], treaty=False,
             snippet="We will maintain the sanctions against Russia in close coordination with the G7"),
        dict(speaker="Nikolai Nozdrev", alt=["Russian Embassy in Japan"], treaty=True,
             snippet="The Southern Kurils are the territory of Russia confirmed as a result of the Second World War"),
        dict(speaker="Nikolai Nozdrev", alt=["Russian Embassy in Japan"], treaty=False,
             snippet="the trade between the two countries had fallen sharply because of the sanctions of Japan"),
     ],
     not_statements=[
        "I have no time left. I want the politicians to move quickly",
        "The government has set up the 7th of February as the Northern Territories Day in 1981, it is said.",
        "The ambassador's post is just the usual script from Moscow.",
        "Ishiba: Policy to resolve territorial issue and conclude peace treaty unchanged",
        "Russia conducts missile drills near Kunashiri",
     ]),

dict(id="E21-13", outlet="Nemuro-Kushiro Shimbun (machine translation)",
     url="https://www.nemuro-kushiro-np.jp/news/20260208/northern-territories-day-rally",
     published="2026-02-08",
     title="\"Return movement, from the front line\" Northern Territories Day rally in Nemuro, Prime Minister Takaichi in Tokyo",
     text="""Nemuro-Kushiro Shimbun   Local news of East Hokkaido
News   Fishery   Northern Territories   Events   Obituaries   Subscribe
[Machine translation] This article was automatically translated from Japanese. There may be errors in names and expressions.

"Return movement, from the front line" Northern Territories Day rally in Nemuro, Prime Minister Takaichi in Tokyo

2026.02.08

On the 7th, the "Northern Territories Day", the rally of the citizens demanding the return of the Northern Territories was held in Nemuro city, and about 600 people including the former islanders participated.

Nemuro Mayor Ishigaki Masatoshi greeted and appealed 「As the city of the front line of the return movement, we will continue to raise our voice until the four islands come back to our country」.

The mayor also touched on the decrease of the salmon catch, and expressed the recognition that 「the situation of the fishery of this area is serious, and the support of the national government is indispensable」.

At the national convention in Tokyo on the same day, Prime Minister Takaichi Sanae made a greeting for the first time as the prime minister, and said 「We will proceed persistently toward the resolution of the territorial issue and the conclusion of the peace treaty」.

Prime Minister Takaichi also stated 「The resumption of the grave visits of the former islanders is the top priority, and we will strongly request it」.

Prior to this, Chief Cabinet Secretary Kihara Minoru, at the press conference on the 6th, stated 「The Northern Territories are islands over which our country has sovereignty, and they are the inherent territory of our country」.

Foreign Minister Motegi Toshimitsu, at the press conference, showed the view that the government will deal with the Japan-Russia fishery negotiations of this year so that the operation of the fishermen is secured.

On the other hand, the Russian Embassy in Japan posted on SNS 「The Kuril Islands became Russian land by the results of the Second World War, and this is not subject to revision」.

A former islander from Shikotan Island, Mr. Honda (90), said 「In my dreams I still walk on the beach of my island」.

The rally adopted the resolution demanding the early return of the four islands.

■ Today's ranking
1. Nemuro city, snow removal budget exceeded
2. Hanasaki crab festival dates announced

Share this article   X   Facebook   LINE""",
     expected=[
        dict(speaker="Masatoshi Ishigaki", alt=["Ishigaki Masatoshi", "石垣雅敏", "Nemuro Mayor"], treaty=True,
             snippet="we will continue to raise our voice until the four islands come back to our country"),
        dict(speaker="Masatoshi Ishigaki", alt=["Ishigaki Masatoshi", "石垣雅敏", "Nemuro Mayor"], treaty=False,
             snippet="the situation of the fishery of this area is serious, and the support of the national government is indispensable"),
        dict(speaker="Sanae Takaichi", alt=["Takaichi Sanae", "Japanese government"], treaty=True,
             snippet="We will proceed persistently toward the resolution of the territorial issue and the conclusion of the peace treaty"),
        dict(speaker="Sanae Takaichi", alt=["Takaichi Sanae"], treaty=False,
             snippet="The resumption of the grave visits of the former islanders is the top priority, and we will strongly request it"),
        dict(speaker="Minoru Kihara", alt=["Kihara Minoru", "Japanese government"], treaty=True,
             snippet="The Northern Territories are islands over which our country has sovereignty"),
        dict(speaker="Toshimitsu Motegi", alt=["Motegi Toshimitsu", "Japanese Foreign Ministry"], treaty=False,
             snippet="the government will deal with the Japan-Russia fishery negotiations of this year so that the operation"),
        dict(speaker="Russian Embassy in Japan", treaty=True,
             snippet="The Kuril Islands became Russian land by the results of the Second World War"),
     ],
     not_statements=[
        "This article was automatically translated from Japanese. There may be errors in names and expressions.",
        "In my dreams I still walk on the beach of my island",
        "The rally adopted the resolution demanding the early return of the four islands.",
        "\"Return movement, from the front line\" Northern Territories Day rally in Nemuro",
        "about 600 people including the former islanders participated",
     ]),
]

ARTICLES += [
dict(id="E21-14", outlet="Nihon News Translated (blog)",
     url="https://nihonnewstranslated.blogspot.com/2012/07/medvedev-kunashiri-noda-regrettable.html",
     published="2012-07-04",
     title="[Translation] Medvedev Prime Minister lands on Kunashiri again, Noda \"extremely regrettable\"",
     text="""Nihon News Translated
Japanese news, translated for English readers (mostly machine translation + light editing)
Home   About   Archive   Contact

Wednesday, July 4, 2012
[Translation] Medvedev Prime Minister lands on Kunashiri again, Noda "extremely regrettable"

Translator's note: machine translated from two Japanese newspapers and edited a little. Sorry for the stiff English.

Russian Prime Minister Medvedev visited Kunashiri Island of the Northern Territories on the 3rd. It is the second time following the visit as the president in November 2010.

Prime Minister Noda Yoshihiko told the reporters at the Prime Minister's Office on the 3rd 「The visit is extremely regrettable, and it is not compatible with the position of our country on the Northern Territories」.

Foreign Minister Gemba Koichiro called the Russian ambassador to the ministry and lodged a protest, saying 「It hurts the feelings of the Japanese people and throws cold water on the efforts to create the atmosphere for the territorial negotiation」.

Gemba Foreign Minister, on the other hand, showed the idea to continue the cooperation in the field of energy, including the LNG from the Far East.

According to the Russian media, Medvedev Prime Minister said on the island 「This is an important part of the Russian land, and we will develop it so that the people live better here」.

He also instructed that the construction of the new airport and the geothermal power plant must be completed without delay.

Regarding the protest of Japan, Lavrov Foreign Minister stated 「The trips of the Russian leaders around Russian territory are not the business of other countries」, it is said.

The four islands have been under the control of Russia since the end of the war, and the Japanese government demands their return.

Translator's note 2: My take - Medvedev loves a photo op on the islands. Expect more of these visits.

Posted by K. Ishikawa at 10:05 PM   2 comments

Labels: Japan-Russia, Medvedev, Northern Territories, translation

2 comments:
Anonymous said... The islands are Russian since 1945, get over it.
sendai_reader said... Thanks, the English news only had two lines on this.

Newer Post   Older Post   Home""",
     expected=[
        dict(speaker="Yoshihiko Noda", alt=["Noda Yoshihiko", "Japanese government"], treaty=True,
             snippet="it is not compatible with the position of our country on the Northern Territories"),
        dict(speaker="Koichiro Gemba", alt=["Gemba Koichiro", "Japanese Foreign Ministry"], treaty=True,
             snippet="throws cold water on the efforts to create the atmosphere for the territorial negotiation"),
        dict(speaker="Koichiro Gemba", alt=["Gemba Koichiro", "Japanese Foreign Ministry"], treaty=False,
             snippet="continue the cooperation in the field of energy, including the LNG from the Far East"),
        dict(speaker="Dmitry Medvedev", treaty=True,
             snippet="This is an important part of the Russian land, and we will develop it"),
        dict(speaker="Dmitry Medvedev", treaty=False,
             snippet="the construction of the new airport and the geothermal power plant must be completed without delay"),
        dict(speaker="Sergey Lavrov", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="The trips of the Russian leaders around Russian territory are not the business of other countries"),
     ],
     not_statements=[
        "machine translated from two Japanese newspapers and edited a little",
        "It is the second time following the visit as the president in November 2010.",
        "The four islands have been under the control of Russia since the end of the war",
        "My take - Medvedev loves a photo op on the islands. Expect more of these visits.",
        "The islands are Russian since 1945, get over it.",
        "Medvedev Prime Minister lands on Kunashiri again, Noda \"extremely regrettable\"",
     ]),

dict(id="E21-15", outlet="Yahoo! News Japan (machine translation)",
     url="https://headlines.yahoo.co.jp/hl?a=20130430-00000012-jij-pol",
     published="2013-04-30",
     title="Japan-Russia summit, agreement to restart and accelerate the territorial negotiation",
     text="""Yahoo! JAPAN   News
Top   Domestic   International   Economy   Entertainment   Sports   Computer   Local
[Translated by Yahoo! automatic translation (beta). The original Japanese text takes precedence.]

Japan-Russia summit, agreement to restart and accelerate the territorial negotiation

Jiji Press 4/30(Tue) 8:41 delivery

[Moscow] Prime Minister Abe Shinzo held the talks with President Putin at the Kremlin on the 29th, and the two leaders agreed to restart the peace treaty negotiations including the Northern Territories issue, which had been stagnant.

In the joint press conference after the talks, Prime Minister Abe said 「It is abnormal that the peace treaty has not been concluded even 67 years after the end of the war」, and emphasized the will to move the negotiation forward.

Putin President stated 「We have instructed the foreign ministries of both countries to accelerate the work in order to find the solution acceptable to both sides」.

Putin President also revealed the idea to increase the supply of the liquefied natural gas (LNG) to Japan, and said 「Russia is ready to become a reliable supplier of energy for Japan」.

The joint statement adopted by the leaders says that the two sides will accelerate the negotiations in order to find a mutually acceptable solution.

Foreign Minister Kishida Fumio, who accompanied the Prime Minister, showed the view that the launch of the "2+2" meeting of foreign and defense ministers will deepen the trust in the security field.

In Tokyo, Chief Cabinet Secretary Suga Yoshihide stated at the press conference on the 30th 「We highly evaluate that the leaders agreed to restart the negotiations on the peace treaty」.

It is the first official visit to Russia by a Japanese prime minister in ten years, it is said.

A person close to the government said 「The true negotiation starts from now. It is not easy」.

Last update: 4/30(Tue) 10:02

Related articles
・Former islanders, hope for the summit "First step after ten years"
・Putin President, interest in the Japanese technology of medical care
・Japan-Russia business forum held in Moscow, 50 companies participate

Yahoo! News comments (245)
Share   Tweet   Mixi check""",
     expected=[
        dict(speaker="Shinzo Abe", alt=["Abe Shinzo"], treaty=True,
             snippet="It is abnormal that the peace treaty has not been concluded even 67 years after the end of the war"),
        dict(speaker="Vladimir Putin", treaty=True,
             snippet="We have instructed the foreign ministries of both countries to accelerate the work"),
        dict(speaker="Vladimir Putin", treaty=False,
             snippet="Russia is ready to become a reliable supplier of energy for Japan"),
        dict(speaker="Fumio Kishida", alt=["Kishida Fumio", "Japanese Foreign Ministry"], treaty=False,
             snippet="the launch of the \"2+2\" meeting of foreign and defense ministers will deepen the trust"),
        dict(speaker="Yoshihide Suga", alt=["Suga Yoshihide", "Japanese government"], treaty=True,
             snippet="We highly evaluate that the leaders agreed to restart the negotiations on the peace treaty"),
     ],
     not_statements=[
        "The joint statement adopted by the leaders says that the two sides will accelerate the negotiations",
        "It is the first official visit to Russia by a Japanese prime minister in ten years, it is said.",
        "The true negotiation starts from now. It is not easy",
        "Former islanders, hope for the summit \"First step after ten years\"",
        "Translated by Yahoo! automatic translation (beta). The original Japanese text takes precedence.",
        "Japan-Russia summit, agreement to restart and accelerate the territorial negotiation",
     ]),
]

ARTICLES += [
dict(id="E21-16", outlet="Reddit r/japan (repost)",
     url="https://www.reddit.com/r/japan/comments/9xd2kq/abe_and_putin_agree_to_speed_up_talks_on_basis_of/",
     published="2018-11-15",
     title="Abe and Putin agree to speed up talks on basis of 1956 declaration (machine translated from Japanese)",
     text="""r/japan   Join
Posted by u/kushiro_owl   8 hours ago

Abe and Putin agree to speed up talks on basis of 1956 declaration (machine translated from Japanese)

News

Google-translated the Japanese article because the English ones were short. The names are in Japanese order.

Prime Minister Abe Shinzo held the talks with President Putin in Singapore on the 14th, and they agreed to accelerate the peace treaty negotiations on the basis of the Japan-Soviet Joint Declaration of 1956.

After the talks, Prime Minister Abe told the reporters 「I am determined to end this issue, which has been left for more than 70 years after the war, together with President Putin, by my own hands」.

Also said 「We agreed to accelerate the peace treaty negotiations on the basis of the 1956 Joint Declaration」.

Prime Minister Abe also revealed that the two leaders confirmed to proceed steadily with the eight-item economic cooperation plan, including the energy and the medical care.

Chief Cabinet Secretary Suga Yoshihide, at the press conference on the 15th, emphasized 「There is no change in the policy to resolve the attribution issue of the four islands and conclude a peace treaty」.

Putin President said at the press conference on the 15th 「The declaration does not say on what grounds and under whose sovereignty the islands will be handed over」, and showed the view that it is a subject of the negotiation.

Peskov Presidential Press Secretary, too, stated to the reporters that the handover of the islands written in the declaration is not automatic, it is said.

The declaration stipulates that the Soviet Union will hand over Habomai and Shikotan to Japan after the conclusion of the peace treaty.

---

⬆ 1.2k   💬 388 comments   Share   Save

u/gaijin_in_gunma · 7 hr ago
So Japan gets 2 islands out of 4 and calls it a win? lol
⬆ 301   Reply

u/nemuro_native · 6 hr ago
My grandfather was born on Shikotan. Two islands are better than zero, honestly.
⬆ 187   Reply

u/kushiro_owl OP · 6 hr ago
Source is a Japanese newspaper site, translated with Google.
⬆ 20   Reply

More posts you may like
r/worldnews · Russia says Kuril handover not automatic
r/japanlife · Visa renewal horror stories""",
     expected=[
        dict(speaker="Shinzo Abe", alt=["Abe Shinzo"], treaty=True,
             snippet="I am determined to end this issue, which has been left for more than 70 years after the war"),
        dict(speaker="Shinzo Abe", alt=["Abe Shinzo"], treaty=True,
             snippet="We agreed to accelerate the peace treaty negotiations on the basis of the 1956 Joint Declaration"),
        dict(speaker="Shinzo Abe", alt=["Abe Shinzo"], treaty=False,
             snippet="proceed steadily with the eight-item economic cooperation plan, including the energy and the medical care"),
        dict(speaker="Yoshihide Suga", alt=["Suga Yoshihide", "Japanese government"], treaty=True,
             snippet="There is no change in the policy to resolve the attribution issue of the four islands and conclude a peace treaty"),
        dict(speaker="Vladimir Putin", treaty=True,
             snippet="The declaration does not say on what grounds and under whose sovereignty the islands will be handed over"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True,
             snippet="the handover of the islands written in the declaration is not automatic"),
     ],
     not_statements=[
        "The declaration stipulates that the Soviet Union will hand over Habomai and Shikotan to Japan",
        "So Japan gets 2 islands out of 4 and calls it a win? lol",
        "My grandfather was born on Shikotan. Two islands are better than zero, honestly.",
        "Google-translated the Japanese article because the English ones were short.",
        "Russia says Kuril handover not automatic",
        "Abe and Putin agree to speed up talks on basis of 1956 declaration (machine translated from Japanese)",
     ]),

dict(id="E21-17", outlet="Nihon News Translated (blog)",
     url="https://nihonnewstranslated.blogspot.com/2023/08/galuzin-no-conditions-peace-treaty.html",
     published="2023-08-10",
     title="[Translation] Galuzin Deputy Foreign Minister \"No conditions for peace treaty negotiation\", Matsuno rebuts",
     text="""Nihon News Translated
Japanese news, translated for English readers (mostly machine translation + light editing)
Home   About   Archive   Contact

Thursday, August 10, 2023
[Translation] Galuzin Deputy Foreign Minister "No conditions for peace treaty negotiation", Matsuno rebuts

Translator's note: the interview itself was in a Russian newspaper; this is the Japanese report of it, run through a translation engine. I did not check the Russian original.

According to the report of Kyodo News, Galuzin Deputy Foreign Minister of Russia, the former ambassador to Japan, said in the interview with the Russian newspaper 「Under the present situation, there are no conditions at all to resume the peace treaty negotiations with Japan」.

Galuzin Deputy Minister claimed that the course of the Kishida administration of the sanctions and the militarization is the cause.

On the other hand, he showed the view that 「the cooperation in the fishery based on the intergovernmental agreements will be maintained as far as the Japanese side fulfills its obligations」.

He also criticized that the Japanese side has made the issuance of visas for Russian citizens more difficult.

Against this, Chief Cabinet Secretary Matsuno Hirokazu stated at the press conference on the 10th 「The responsibility for the current situation lies entirely with Russia, and we cannot accept the assertion」.

Matsuno Chief Cabinet Secretary added 「The policy of our country to resolve the territorial issue and conclude the peace treaty is unchanged」.

Foreign Minister Hayashi Yoshimasa, meanwhile, revealed the idea to continue the support for Ukraine, including the reconstruction assistance, at the meeting in Tokyo on the same day.

The negotiations have been suspended since March of last year, when Russia announced that it would not continue them.

A diplomatic source in Tokyo said 「Moscow wants to show that the door is closed, but it also wants to keep the fishery channel」.

Translator's note 2: Interesting that he separates fisheries from the treaty. Fish are always the last thing to go.

Posted by K. Ishikawa at 9:12 PM   0 comments

Labels: Japan-Russia, Galuzin, peace treaty, translation

Newer Post   Older Post   Home""",
     expected=[
        dict(speaker="Mikhail Galuzin", alt=["Galuzin", "Russian Foreign Ministry"], treaty=True,
             snippet="there are no conditions at all to resume the peace treaty negotiations with Japan"),
        dict(speaker="Mikhail Galuzin", alt=["Galuzin", "Russian Foreign Ministry"], treaty=True, optional=True,
             snippet="the course of the Kishida administration of the sanctions and the militarization is the cause"),
        dict(speaker="Mikhail Galuzin", alt=["Galuzin", "Russian Foreign Ministry"], treaty=False,
             snippet="the cooperation in the fishery based on the intergovernmental agreements will be maintained"),
        dict(speaker="Mikhail Galuzin", alt=["Galuzin", "Russian Foreign Ministry"], treaty=False,
             snippet="the Japanese side has made the issuance of visas for Russian citizens more difficult"),
        dict(speaker="Hirokazu Matsuno", alt=["Matsuno Hirokazu", "Japanese government"], treaty=True,
             snippet="The responsibility for the current situation lies entirely with Russia, and we cannot accept the assertion"),
        dict(speaker="Hirokazu Matsuno", alt=["Matsuno Hirokazu", "Japanese government"], treaty=True,
             snippet="The policy of our country to resolve the territorial issue and conclude the peace treaty is unchanged"),
        dict(speaker="Yoshimasa Hayashi", alt=["Hayashi Yoshimasa", "Japanese Foreign Ministry"], treaty=False,
             snippet="continue the support for Ukraine, including the reconstruction assistance"),
     ],
     not_statements=[
        "this is the Japanese report of it, run through a translation engine",
        "The negotiations have been suspended since March of last year, when Russia announced",
        "Moscow wants to show that the door is closed, but it also wants to keep the fishery channel",
        "Interesting that he separates fisheries from the treaty. Fish are always the last thing to go.",
        "Galuzin Deputy Foreign Minister \"No conditions for peace treaty negotiation\", Matsuno rebuts",
     ]),
]

ARTICLES += [
dict(id="E21-18", outlet="LinkedIn (repost)",
     url="https://www.linkedin.com/posts/haruka-ogawa-govaffairs_diplomaticbluebook-japan-russia-activity-7186021937754112000-Lm8c",
     published="2024-04-16",
     title="Haruka Ogawa on LinkedIn: Diplomatic Bluebook 2024 and Japan-Russia (machine translation)",
     text="""LinkedIn
Home   My Network   Jobs   Messaging   Notifications   Me   Try Premium

Haruka Ogawa • 3rd+
Government Affairs | Public Policy | Japan & Eurasia
5h • 🌐

Quick summary for my international network of today's Japanese coverage of the Diplomatic Bluebook, machine translated (apologies for the English). My personal take: the wording on the Northern Territories shows Tokyo will not soften its position, whatever happens in Moscow. #Japan #Russia #foreignpolicy #publicaffairs

See translation

Machine translation (original: Japanese)

Diplomatic Bluebook 2024, "islands over which Japan has sovereignty" / Russia protests

Foreign Minister Kamikawa Yoko reported the Diplomatic Bluebook 2024 at the cabinet meeting on the 16th.

The Bluebook describes the Northern Territories as 「islands over which Japan has sovereignty and an inherent part of the territory of Japan」, and describes the Japan-Russia relations as being in a difficult situation.

At the House of Councillors Foreign Affairs and Defense Committee on the same day, Minister Kamikawa answered 「Although the Japan-Russia relations are in a difficult situation, we will firmly maintain the policy of resolving the territorial issue and concluding a peace treaty」.

The minister also stated that the government will make efforts so that the Japanese fishing vessels can operate safely in the waters around the four northern islands.

Chief Cabinet Secretary Hayashi Yoshimasa, at the press conference in the afternoon, emphasized 「The Northern Territories are islands over which our country has sovereignty and an inherent part of the territory of our country」.

Hayashi Chief Cabinet Secretary also revealed that Japan protested through the diplomatic route against the military exercise conducted by the Russian army on the islands.

On the Russian side, Zakharova spokesman of the Russian Ministry of Foreign Affairs said 「The Bluebook is full of anti-Russian content. The Southern Kurils are an integral part of the Russian Federation」, according to the report.

Lavrov Foreign Minister, at a press conference in Moscow, stated 「As long as Tokyo continues its anti-Russian policy, there is nothing to talk about regarding a peace treaty」.

A government official showed the view that 「The resumption of the negotiation cannot be expected at all during the war in Ukraine」.

👍💡 87   6 comments

Like   Comment   Repost   Send

Most relevant
Daniel Kraus • Political Risk Analyst, Tokyo
Thanks Haruka. The Bluebook language has been stable since 2023, right?
Like · Reply

Haruka Ogawa (Author)
@Daniel Yes, the 2023 edition already went back to "inherent territory".
Like · Reply

Promoted
Learn Japanese business etiquette in 30 days - enroll now""",
     expected=[
        dict(speaker="Yoko Kamikawa", alt=["Kamikawa Yoko", "Japanese Foreign Ministry"], treaty=True,
             snippet="we will firmly maintain the policy of resolving the territorial issue and concluding a peace treaty"),
        dict(speaker="Yoko Kamikawa", alt=["Kamikawa Yoko", "Japanese Foreign Ministry"], treaty=False,
             snippet="the Japanese fishing vessels can operate safely in the waters around the four northern islands"),
        dict(speaker="Yoshimasa Hayashi", alt=["Hayashi Yoshimasa", "Japanese government"], treaty=True,
             snippet="The Northern Territories are islands over which our country has sovereignty and an inherent part"),
        dict(speaker="Yoshimasa Hayashi", alt=["Hayashi Yoshimasa", "Japanese government"], treaty=False,
             snippet="Japan protested through the diplomatic route against the military exercise conducted by the Russian army"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="The Southern Kurils are an integral part of the Russian Federation"),
        dict(speaker="Sergey Lavrov", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="As long as Tokyo continues its anti-Russian policy, there is nothing to talk about regarding a peace treaty"),
     ],
     not_statements=[
        "islands over which Japan has sovereignty and an inherent part of the territory of Japan",
        "My personal take: the wording on the Northern Territories shows Tokyo will not soften its position",
        "The resumption of the negotiation cannot be expected at all during the war in Ukraine",
        "Yes, the 2023 edition already went back to \"inherent territory\".",
        "Diplomatic Bluebook 2024, \"islands over which Japan has sovereignty\" / Russia protests",
        "Quick summary for my international network of today's Japanese coverage of the Diplomatic Bluebook",
     ]),
]
