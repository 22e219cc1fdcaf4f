# Probe articles, English, round 19: campaigns, leadership races and party politics.
#
# Japanese LDP presidential races (2012, 2018, 2020, 2021, 2024, 2025), general and upper-house election campaigns
# (2012, 2016, 2019, 2021, 2022, 2024, 2025, 2026) in which candidates and party leaders speak on Russia and the
# Northern Territories, and Russian campaign moments (Putin's 2018 and 2024 campaigns, the 2021 Duma election in
# Sakhalin, voting on the Kurils in 2024).  Outlets: Kyodo, The Japan Times, Nikkei Asia, NHK World, Asahi
# Shimbun (English), Reuters, Bloomberg, The Diplomat, TASS, The Moscow Times.
#
# Speakers: Abe, Ishiba, Hayashi, Ishihara, Machimura, Noda (as PM and as opposition leader), Okada, Edano, Izumi,
# Shii, Yamaguchi, Kishida, Suga, Kono, Takaichi, Noda Seiko, Koizumi Shinjiro, Kamikawa, Motegi, Kobayashi, Iwaya,
# Matsuno, Kihara, Hokkaido Governor Suzuki; Putin, Peskov, Lavrov, Zakharova, Medvedev, Galuzin, Slutsky,
# Davankov, Limarenko, Russian Embassy in Japan; invented Hokkaido and Sakhalin candidates and a Kuril district
# head.  Naming varies: "the LDP leader", "the former defense minister", "the prime minister", "Japan's top
# government spokesman", "the Kremlin's spokesman", "the ministry's spokeswoman", surname only, pronouns.
#
# Traps: party platforms and manifestos (documents), campaign slogans, poll numbers, moderators' questions,
# political scientists and pundits (optional when they opine on the treaty itself), the writer's own
# characterisations ("seen as hawkish on Russia"), agency background paragraphs, headlines, "Related" lists,
# ordinary voters and former islanders, peace talks on Ukraine (not the peace treaty), visa-free grave visits and
# fisheries (islands but not the treaty), captions and share buttons.
ARTICLES = []
ARTICLES += [
dict(id="E19-01", outlet="The Japan Times",
     url="https://www.japantimes.co.jp/news/2012/09/16/national/politics-diplomacy/ldp-hopefuls-spar-over-territory-economy-at-first-debate/",
     published="2012-09-16",
     title="LDP hopefuls spar over territory, economy at first debate",
     text="""The Japan Times
NEWS | NATIONAL | POLITICS & DIPLOMACY

LDP hopefuls spar over territory, economy at first debate

BY KAZUAKI MORITA
STAFF WRITER
SEP 16, 2012
ARTICLE HISTORY   PRINT   SHARE

The five Liberal Democratic Party lawmakers running to succeed Sadakazu Tanigaki as party president clashed Saturday over how Japan should handle its territorial rows with China, South Korea and Russia, at a debate hosted by the Japan National Press Club in Tokyo.

Because the winner could become prime minister if the LDP wins back power in the next general election, the race is being followed closely in Beijing, Seoul and Moscow.

Former Prime Minister Shinzo Abe, seen by many in the party as the most hawkish of the five on territorial issues, accused the ruling Democratic Party of Japan of letting relations with Moscow drift.

"The Northern Territories are an inherent part of Japan. I intend to settle this question and conclude a peace treaty by building a relationship of trust with President Putin, leader to leader," Abe said.

He said Dmitry Medvedev's July trip to Kunashiri Island, his second to the disputed chain, showed that the DPJ government had failed to make Moscow take its protests seriously.

On the economy, Abe argued that the Bank of Japan must set a clear inflation target, saying the country "cannot rebuild its finances without first ending deflation."

Former Defense Minister Shigeru Ishiba took a harder line on the negotiations. He said any settlement must be premised on Japan's sovereignty over all four islands and warned against what he called "piecemeal formulas that only look like progress."

Ishiba also repeated his call for revising the Constitution so that the Self-Defense Forces can be recognized as a national defense force.

LDP Secretary-General Nobuteru Ishihara concentrated on China, saying Tokyo should deal with the Senkaku dispute calmly and keep its economic relationship with Beijing from collapsing.

Yoshimasa Hayashi, the only Upper House member in the race, said Japan should use Russia's interest in selling liquefied natural gas from Sakhalin as an opening to restart the stalled talks on the island question.

The former economic and fiscal policy minister also said the party should take a realistic approach toward the Trans-Pacific Partnership instead of rejecting the free trade talks outright.

Former Chief Cabinet Secretary Nobutaka Machimura said the priority was rebuilding the areas hit by last year's earthquake and tsunami.

The moderator asked each candidate whether Japan could accept the handover of only two of the islands, as stipulated in the 1956 Japan-Soviet Joint Declaration. None of them raised a hand.

The 1956 declaration says the Soviet Union would hand over Shikotan and the Habomai islets after a peace treaty is signed. The four islands off Hokkaido were seized by Soviet troops in the closing days of World War II.

The LDP's draft policy platform, released last week, pledges to "tenaciously pursue the return of the Northern Territories" but sets no timetable.

A survey by Kyodo News last week found that Ishiba enjoyed the most support among rank-and-file party members, with Abe in second place.

The new president will be elected on Sept. 26.

RELATED STORIES
Noda protests Medvedev's Kunashiri visit as 'extremely regrettable'
Abe eyes comeback as LDP race heats up
Ishiba confirms he will run for LDP president

Share: Facebook  Twitter  Email""",
     expected=[
        dict(speaker="Shinzo Abe", treaty=True,
             snippet="I intend to settle this question and conclude a peace treaty by building a relationship of trust"),
        dict(speaker="Shinzo Abe", treaty=True, optional=True,
             snippet="showed that the DPJ government had failed to make Moscow take its protests seriously"),
        dict(speaker="Shinzo Abe", treaty=False,
             snippet="cannot rebuild its finances without first ending deflation"),
        dict(speaker="Shigeru Ishiba", treaty=True,
             snippet="any settlement must be premised on Japan's sovereignty over all four islands"),
        dict(speaker="Shigeru Ishiba", treaty=False,
             snippet="revising the Constitution so that the Self-Defense Forces can be recognized as a national defense force"),
        dict(speaker="Nobuteru Ishihara", treaty=False,
             snippet="Tokyo should deal with the Senkaku dispute calmly and keep its economic relationship with Beijing"),
        dict(speaker="Yoshimasa Hayashi", treaty=True,
             snippet="selling liquefied natural gas from Sakhalin as an opening to restart the stalled talks on the island question"),
        dict(speaker="Yoshimasa Hayashi", treaty=False,
             snippet="take a realistic approach toward the Trans-Pacific Partnership"),
        dict(speaker="Nobutaka Machimura", treaty=False,
             snippet="the priority was rebuilding the areas hit by last year's earthquake and tsunami"),
     ],
     not_statements=[
        "The moderator asked each candidate whether Japan could accept the handover of only two of the islands",
        "The 1956 declaration says the Soviet Union would hand over Shikotan and the Habomai islets",
        'pledges to "tenaciously pursue the return of the Northern Territories"',
        "seen by many in the party as the most hawkish of the five on territorial issues",
        "Noda protests Medvedev's Kunashiri visit as 'extremely regrettable'",
        "A survey by Kyodo News last week found that Ishiba enjoyed the most support",
        "LDP hopefuls spar over territory, economy at first debate",
     ]),

dict(id="E19-02", outlet="Kyodo News",
     url="https://english.kyodonews.net/news/2012/12/09/noda-abe-hokkaido-northern-territories-campaign.html",
     published="2012-12-09",
     title="Noda vows to keep isle talks alive in Hokkaido; Abe blames DPJ for Russian visits",
     text="""KYODO NEWS
Home > Japan > Politics
ELECTION 2012

Noda vows to keep isle talks alive in Hokkaido; Abe blames DPJ for Russian visits

KUSHIRO, Japan, Dec. 9 Kyodo - Prime Minister Yoshihiko Noda on Sunday pledged to push ahead with negotiations with Russia over the Northern Territories, as he stumped for ruling Democratic Party of Japan candidates in eastern Hokkaido a week before the general election.

"I put the territorial question directly to President Putin in Vladivostok in September, and we agreed to move the talks forward in a calm atmosphere. I will not let that thread be cut," Noda told a crowd outside JR Kushiro Station.

The prime minister said the two governments had also agreed to work together against the poaching and smuggling of crab in the waters off Hokkaido, a long-standing grievance of local fishermen.

Noda defended his decision to double the consumption tax by 2015, saying the country "cannot keep handing its debts to the next generation."

Campaigning in Sapporo on the same day, Liberal Democratic Party President Shinzo Abe said three years of DPJ rule had weakened Japan's hand in all of its territorial disputes.

"Because the alliance with the United States was shaken, Russia's president and then its prime minister felt free to set foot on our Northern Territories," Abe said. "An LDP government will resolve the territorial issue and sign a peace treaty through strong diplomacy."

The LDP leader also promised "bold monetary easing" to lift the economy out of deflation, speaking under banners carrying the party's campaign slogan, "Take back Japan."

Dmitry Medvedev visited Kunashiri in November 2010 as president, becoming the first Russian or Soviet leader to set foot on any of the islands, and returned in July this year as prime minister.

In the Hokkaido No. 7 district, which covers Kushiro and Nemuro, the Japanese city closest to the disputed islands, DPJ newcomer Kenichi Sawabe, 52, a former Nemuro city assemblyman, told voters the territorial talks "must never again be frozen for a decade."

"Nemuro has waited 67 years. Whoever governs in Tokyo must bring the four islands back to the negotiating table and keep them there," Sawabe said at a rally at the city's fish market.

Sawabe said he would also seek state support for fishing crews hit by this year's poor salmon catch and by higher fees for operating in Russian waters.

Tetsuo Kimura, 81, who was born on Shikotan and left the island as a boy, said he no longer expected to see the islands returned in his lifetime. "I just want the politicians to stop using us for speeches," he said.

The DPJ's manifesto says the party will "advance negotiations on the Northern Territories issue based on the agreements and documents reached so far," while the LDP's platform calls for a "strategic" approach to Russia.

A Kyodo News telephone survey conducted Saturday and Sunday suggested the LDP was on course to win a single-party majority in the 480-seat House of Representatives.

Voting takes place Dec. 16.

==Kyodo

Related coverage:
Medvedev again visits Russian-held isle claimed by Japan
Noda, Putin agree to accelerate talks on territorial row""",
     expected=[
        dict(speaker="Yoshihiko Noda", treaty=True,
             snippet="pledged to push ahead with negotiations with Russia over the Northern Territories"),
        dict(speaker="Yoshihiko Noda", treaty=True,
             snippet="I put the territorial question directly to President Putin in Vladivostok in September"),
        dict(speaker="Yoshihiko Noda", treaty=False,
             snippet="agreed to work together against the poaching and smuggling of crab in the waters off Hokkaido"),
        dict(speaker="Yoshihiko Noda", treaty=False,
             snippet="cannot keep handing its debts to the next generation"),
        dict(speaker="Shinzo Abe", treaty=True,
             snippet="An LDP government will resolve the territorial issue and sign a peace treaty through strong diplomacy"),
        dict(speaker="Shinzo Abe", treaty=True, optional=True,
             snippet="Russia's president and then its prime minister felt free to set foot on our Northern Territories"),
        dict(speaker="Shinzo Abe", treaty=False,
             snippet="promised \"bold monetary easing\" to lift the economy out of deflation"),
        dict(speaker="Kenichi Sawabe", alt=["Sawabe"], treaty=True,
             snippet="the territorial talks \"must never again be frozen for a decade.\""),
        dict(speaker="Kenichi Sawabe", alt=["Sawabe"], treaty=True,
             snippet="must bring the four islands back to the negotiating table and keep them there"),
        dict(speaker="Kenichi Sawabe", alt=["Sawabe"], treaty=False,
             snippet="seek state support for fishing crews hit by this year's poor salmon catch"),
     ],
     not_statements=[
        "speaking under banners carrying the party's campaign slogan, \"Take back Japan.\"",
        "Dmitry Medvedev visited Kunashiri in November 2010 as president",
        "he no longer expected to see the islands returned in his lifetime",
        "advance negotiations on the Northern Territories issue based on the agreements and documents reached so far",
        "the LDP was on course to win a single-party majority in the 480-seat House of Representatives",
        "Medvedev again visits Russian-held isle claimed by Japan",
        "Noda, Putin agree to accelerate talks on territorial row",
     ]),
]
ARTICLES += [
dict(id="E19-03", outlet="The Japan Times",
     url="https://www.japantimes.co.jp/news/2016/07/06/national/politics-diplomacy/abe-new-approach-russia-campaign-okada/",
     published="2016-07-06",
     title="Abe sells 'new approach' to Russia on stump; Okada warns of paying in advance",
     text="""The Japan Times
NEWS | NATIONAL | POLITICS & DIPLOMACY
UPPER HOUSE ELECTION 2016

Abe sells 'new approach' to Russia on stump; Okada warns of paying in advance

BY HIROTAKA MASUDA
STAFF WRITER
JUL 6, 2016

KUSHIRO, HOKKAIDO - With four days left before the Upper House election, Prime Minister Shinzo Abe brought his Russia diplomacy to the doorstep of the Northern Territories on Wednesday, telling voters in eastern Hokkaido that the summit he held in Sochi in May had opened a path that past governments never found.

"President Putin and I have begun negotiating on the basis of a new approach, one that is not tied to the ideas of the past. I am determined to move the peace treaty negotiations forward while I am in office," Abe told a crowd in front of a shopping arcade in Kushiro.

The prime minister spent most of his speech on the economy, however, arguing that his decision to put off the consumption tax hike until 2019 would keep the recovery alive. "The engine of Abenomics must keep running at full throttle," he said.

Democratic Party President Katsuya Okada, campaigning in Sapporo, said the government's eight-point economic cooperation plan for Russia amounted to "paying in advance for islands we may never get back."

"Cooperation is fine, but sovereignty over the four islands must come first. Otherwise Moscow will simply pocket the money," Okada said.

Okada also called the security laws enacted last year unconstitutional and said his party would seek to repeal them if it won a majority.

In Tokyo, Foreign Minister Fumio Kishida told reporters the government's basic policy of resolving the issue of the attribution of the four islands and then concluding a peace treaty had not changed.

Kishida said working-level officials would flesh out the eight-point plan, which covers energy, medical care, urban development and small and midsize companies, before Abe and Putin meet again in Vladivostok in September.

In the Hokkaido constituency, where three seats are up for grabs, Democratic Party candidate Mika Tsunoda, 46, a former Kushiro city official, made the islands a centerpiece of her campaign.

"A new approach must not become a polite way of settling for less than four islands," Tsunoda said at a rally outside a Nemuro supermarket. She added that she would oppose any deal that left former residents unable to return to their hometowns.

Tsunoda also said the Trans-Pacific Partnership would devastate Hokkaido's dairy farmers and that she would vote against ratifying it.

Akira Ueno, a professor of political science at Hokkaido University, said the Russia issue moves few votes even in the region. "Farm prices and the TPP decide elections here. The islands are a matter of sentiment," he said.

A Kyodo News poll released Monday found 56.2 percent of respondents had not yet decided which party to back in the proportional representation section.

In Sochi on May 6, Abe and Putin agreed to pursue treaty talks through a "new approach," and Abe offered an eight-point plan for economic cooperation.

The ruling Liberal Democratic Party's election platform promises to "press ahead with negotiations to resolve the issue of the attribution of the four Northern Islands and conclude a peace treaty."

RELATED
Abe, Putin agree on 'new approach' to island dispute in Sochi
Putin to visit Japan in December, Kishida says

Subscribe  |  Print  |  Share""",
     expected=[
        dict(speaker="Shinzo Abe", treaty=True,
             snippet="I am determined to move the peace treaty negotiations forward while I am in office"),
        dict(speaker="Shinzo Abe", treaty=True, optional=True,
             snippet="the summit he held in Sochi in May had opened a path that past governments never found"),
        dict(speaker="Shinzo Abe", treaty=False,
             snippet="The engine of Abenomics must keep running at full throttle"),
        dict(speaker="Katsuya Okada", treaty=True,
             snippet="paying in advance for islands we may never get back"),
        dict(speaker="Katsuya Okada", treaty=True,
             snippet="Cooperation is fine, but sovereignty over the four islands must come first"),
        dict(speaker="Katsuya Okada", treaty=False,
             snippet="called the security laws enacted last year unconstitutional"),
        dict(speaker="Fumio Kishida", alt=["Japanese government"], treaty=True,
             snippet="resolving the issue of the attribution of the four islands and then concluding a peace treaty had not changed"),
        dict(speaker="Fumio Kishida", treaty=False,
             snippet="working-level officials would flesh out the eight-point plan, which covers energy, medical care"),
        dict(speaker="Mika Tsunoda", alt=["Tsunoda"], treaty=True,
             snippet="A new approach must not become a polite way of settling for less than four islands"),
        dict(speaker="Mika Tsunoda", alt=["Tsunoda"], treaty=True, optional=True,
             snippet="she would oppose any deal that left former residents unable to return to their hometowns"),
        dict(speaker="Mika Tsunoda", alt=["Tsunoda"], treaty=False,
             snippet="the Trans-Pacific Partnership would devastate Hokkaido's dairy farmers"),
     ],
     not_statements=[
        "Farm prices and the TPP decide elections here. The islands are a matter of sentiment",
        "56.2 percent of respondents had not yet decided which party to back",
        "In Sochi on May 6, Abe and Putin agreed to pursue treaty talks through a \"new approach,\"",
        "press ahead with negotiations to resolve the issue of the attribution of the four Northern Islands",
        "Abe, Putin agree on 'new approach' to island dispute in Sochi",
        "Abe sells 'new approach' to Russia on stump; Okada warns of paying in advance",
     ]),

dict(id="E19-04", outlet="TASS",
     url="https://tass.com/politics/987654",
     published="2018-01-30",
     title="Putin tells campaign proxies 1956 Declaration leaves sovereignty question open",
     text="""TASS
Russian Politics & Diplomacy
January 30, 2018, 17:45 UTC+3

Putin tells campaign proxies 1956 Declaration leaves sovereignty question open

The Russian leader met with his authorized representatives ahead of the March 18 presidential election

MOSCOW, January 30. /TASS/. Russian President Vladimir Putin, who is running for re-election as an independent candidate, said on Tuesday that the Soviet-Japanese Declaration of 1956 does not settle the question of sovereignty over the islands it mentions.

Putin made the remark at a meeting with his authorized representatives at Moscow's Gostiny Dvor, answering a question from Irina Kosheleva, a schoolteacher from Yuzhno-Sakhalinsk, who asked whether the Kurils could be "traded for Japanese investment."

"The declaration does not say under whose sovereignty the islands would be, or on what terms. That is a subject for a separate and very serious conversation, and we are not going to trade anything," the head of state said.

He added that Russia was ready to continue the dialogue with Japan on a peace treaty, noting that he and Prime Minister Shinzo Abe "speak frankly and regularly."

According to Putin, the Kurils must become a place where people want to live and raise children. "We will build airports, piers, schools, a modern fish processing industry there," he said.

The president also said the sanctions imposed on Russia by Western countries had pushed the domestic economy to become more self-reliant, in particular in agriculture.

Kremlin spokesman Dmitry Peskov told reporters later on Tuesday that Putin did not plan to take part in televised debates with other candidates, as his schedule as head of state did not allow it.

Peskov also said that the preparations for Abe's visit to Russia in May were under way and that the peace treaty issue "will certainly be on the agenda" of the talks.

The head of the Kurilsky district, Konstantin Zhuravlyov, who attended the meeting, told TASS that the island's residents "know perfectly well whose land Iturup is and will remain."

Zhuravlyov said a new kindergarten and a road to the Kasatka Bay would be commissioned in Kurilsk this year.

Russia's presidential election will be held on March 18. Putin's rivals include Communist Party candidate Pavel Grudinin, LDPR leader Vladimir Zhirinovsky and television presenter Ksenia Sobchak.

Relations between Russia and Japan are complicated by the absence of a peace treaty. In 1956, the USSR and Japan signed a declaration in which Moscow agreed to consider handing over Shikotan and the Habomai islands after a peace treaty was concluded. Tokyo claims Iturup, Kunashir, Shikotan and the Habomai islands. Moscow's position is that the islands became part of the USSR following World War II and Russian sovereignty over them is beyond doubt.

Tags
Vladimir Putin
Russian presidential election 2018
Russia-Japan relations

More Russian Politics & Diplomacy
Peskov: Kremlin not planning to respond to US 'Kremlin report'
Lavrov to hold talks with Japanese counterpart Kono in Moscow""",
     expected=[
        dict(speaker="Vladimir Putin", treaty=True,
             snippet="the Soviet-Japanese Declaration of 1956 does not settle the question of sovereignty over the islands"),
        dict(speaker="Vladimir Putin", treaty=True,
             snippet="The declaration does not say under whose sovereignty the islands would be, or on what terms"),
        dict(speaker="Vladimir Putin", treaty=True,
             snippet="Russia was ready to continue the dialogue with Japan on a peace treaty"),
        dict(speaker="Vladimir Putin", treaty=False,
             snippet="We will build airports, piers, schools, a modern fish processing industry there"),
        dict(speaker="Vladimir Putin", treaty=False,
             snippet="pushed the domestic economy to become more self-reliant, in particular in agriculture"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=False,
             snippet="Putin did not plan to take part in televised debates with other candidates"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True,
             snippet="the peace treaty issue \"will certainly be on the agenda\" of the talks"),
        dict(speaker="Konstantin Zhuravlyov", alt=["Zhuravlyov"], treaty=True,
             snippet="know perfectly well whose land Iturup is and will remain"),
        dict(speaker="Konstantin Zhuravlyov", alt=["Zhuravlyov"], treaty=False,
             snippet="a new kindergarten and a road to the Kasatka Bay would be commissioned in Kurilsk"),
     ],
     not_statements=[
        "who asked whether the Kurils could be \"traded for Japanese investment.\"",
        "Relations between Russia and Japan are complicated by the absence of a peace treaty",
        "Moscow agreed to consider handing over Shikotan and the Habomai islands after a peace treaty",
        "Moscow's position is that the islands became part of the USSR following World War II",
        "Putin tells campaign proxies 1956 Declaration leaves sovereignty question open",
        "Lavrov to hold talks with Japanese counterpart Kono in Moscow",
     ]),
]
ARTICLES += [
dict(id="E19-05", outlet="Reuters",
     url="https://www.reuters.com/article/us-japan-politics-russia/abe-rival-ishiba-spar-over-putins-peace-treaty-offer-idUSKCN1LU0AB",
     published="2018-09-14",
     title="Japan's Abe, rival Ishiba spar over Putin's peace treaty offer",
     text="""WORLD NEWS
September 14, 2018 / 9:12 AM / Updated 2 hours ago

Japan's Abe, rival Ishiba spar over Putin's peace treaty offer

Naomi Carlisle, Kenta Oshiro
4 Min Read

TOKYO (Reuters) - Japanese Prime Minister Shinzo Abe and his only challenger for the ruling party leadership clashed on Friday over how Tokyo should answer Russian President Vladimir Putin's surprise proposal to sign a peace treaty by the end of the year.

Putin said on Wednesday at an economic forum in Vladivostok, with Abe sitting beside him on stage, that the two countries should conclude a treaty "without any preconditions" by year-end and then keep working on their disputes.

At a debate hosted by the Japan National Press Club, Abe said he took the offer as a sign of Putin's eagerness for a deal, but that Tokyo's position had not shifted.

"Our stance, that we resolve the question of the four islands and then conclude a peace treaty, has not moved an inch. I told President Putin that directly after the forum," Abe said.

Former Defense Minister Shigeru Ishiba, who is trailing badly, said the government should have pushed back on the spot.

"If we stay silent when the other side says 'sign now, argue later,' the world will conclude that Japan has accepted it," Ishiba said, adding that a treaty that left the islands to future talks would be "unthinkable."

Abe repeated his aim of revising the pacifist constitution's Article 9 to spell out the legal status of the Self-Defense Forces, a goal Ishiba said should not be rushed.

Ishiba also said the benefits of "Abenomics" had yet to reach regional economies and small businesses.

Chief Cabinet Secretary Yoshihide Suga told a regular news conference that Japan would continue negotiating with Russia on the basis of its position of settling the attribution of the four islands before signing a treaty.

In Moscow, Kremlin spokesman Dmitry Peskov said Putin's proposal was not an ultimatum. "It was a sincere invitation to think about how to get out of the deadlock on the treaty," Peskov told reporters.

Peskov also said Russia would respond to any new U.S. sanctions, which he called an attempt at unfair competition.

Abe is widely expected to win Thursday's vote comfortably, with a Kyodo tally showing he has the backing of more than 70 percent of LDP lawmakers.

"Ishiba has to show he is different from Abe, and Russia is one of the few areas where he can hit the prime minister without hitting the party," said Hideki Sonoda, a political scientist at Tokyo's Sophia University.

Sonoda added that a treaty which did not settle the islands would be politically impossible for any Japanese leader to sell to voters.

The two countries never signed a peace treaty after World War Two because of the dispute over the islands, which Russia calls the Southern Kuriles and Japan calls the Northern Territories.

Reporting by Naomi Carlisle and Kenta Oshiro; Additional reporting by Pavel Ostrov in Moscow; Editing by Simon Whitby

Our Standards: The Thomson Reuters Trust Principles.

MORE FROM REUTERS
Putin offers Japan peace treaty by year-end without preconditions
Japan's Abe set for third term as LDP leader, eyes constitution change""",
     expected=[
        dict(speaker="Vladimir Putin", treaty=True,
             snippet="the two countries should conclude a treaty \"without any preconditions\" by year-end"),
        dict(speaker="Shinzo Abe", treaty=True,
             snippet="he took the offer as a sign of Putin's eagerness for a deal, but that Tokyo's position had not shifted"),
        dict(speaker="Shinzo Abe", treaty=True,
             snippet="we resolve the question of the four islands and then conclude a peace treaty, has not moved an inch"),
        dict(speaker="Shigeru Ishiba", treaty=True,
             snippet="the government should have pushed back on the spot"),
        dict(speaker="Shigeru Ishiba", treaty=True,
             snippet="the world will conclude that Japan has accepted it"),
        dict(speaker="Shigeru Ishiba", treaty=True,
             snippet="a treaty that left the islands to future talks would be \"unthinkable.\""),
        dict(speaker="Shinzo Abe", treaty=False,
             snippet="revising the pacifist constitution's Article 9 to spell out the legal status of the Self-Defense Forces"),
        dict(speaker="Shigeru Ishiba", treaty=False,
             snippet="the benefits of \"Abenomics\" had yet to reach regional economies and small businesses"),
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=True,
             snippet="Japan would continue negotiating with Russia on the basis of its position of settling the attribution"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True,
             snippet="It was a sincere invitation to think about how to get out of the deadlock on the treaty"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, optional=True,
             snippet="Peskov said Putin's proposal was not an ultimatum"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=False,
             snippet="Russia would respond to any new U.S. sanctions, which he called an attempt at unfair competition"),
        dict(speaker="Hideki Sonoda", treaty=True, optional=True,
             snippet="a treaty which did not settle the islands would be politically impossible for any Japanese leader"),
     ],
     not_statements=[
        "Russia is one of the few areas where he can hit the prime minister without hitting the party",
        "with a Kyodo tally showing he has the backing of more than 70 percent of LDP lawmakers",
        "The two countries never signed a peace treaty after World War Two because of the dispute over the islands",
        "Putin offers Japan peace treaty by year-end without preconditions",
        "Japan's Abe, rival Ishiba spar over Putin's peace treaty offer",
        "Our Standards: The Thomson Reuters Trust Principles.",
     ]),

dict(id="E19-06", outlet="The Asahi Shimbun",
     url="https://www.asahi.com/ajw/articles/AJ201907120041.html",
     published="2019-07-12",
     title="Abe, Edano trade barbs over Russia as campaign reaches Hokkaido",
     text="""The Asahi Shimbun
ASIA & JAPAN WATCH
POLITICS  >  2019 UPPER HOUSE ELECTION

Abe, Edano trade barbs over Russia as campaign reaches Hokkaido

By TAKESHI NAKAHARA/ Staff Writer

July 12, 2019 at 18:40 JST

Photo/Illutration: Prime Minister Shinzo Abe speaks to voters in Obihiro, Hokkaido, on July 11. (Takeshi Nakahara)

OBIHIRO, Hokkaido--Prime Minister Shinzo Abe, campaigning for the July 21 Upper House election, insisted that his personal diplomacy with Russian President Vladimir Putin was still the best chance of ending the territorial dispute, even as Moscow has hardened its rhetoric.

"I met President Putin again in Osaka last month. We are the two leaders who will put an end to this issue and sign the peace treaty. I will not give up," Abe told a crowd of about 2,000 in front of Obihiro Station on July 11.

Abe also defended the planned increase of the consumption tax rate to 10 percent in October, saying the revenue would make preschool education free.

Yukio Edano, leader of the main opposition Constitutional Democratic Party of Japan, seized on the government's decision this spring to drop wording stating that the four islands "belong to Japan" from the Diplomatic Bluebook.

"The government has quietly stopped saying the islands are ours. That is not a new approach; it is a retreat," Edano said in a stump speech in Sapporo on July 12.

Edano spent much of his speech on a Financial Services Agency report suggesting that couples would need 20 million yen in savings on top of their pensions, saying it showed the government "has broken its promise of a secure old age."

Foreign Minister Taro Kono told reporters in Tokyo that the first pilot tours to the islands under the planned joint economic activities would take place this autumn, with Japanese tourists visiting sites on Kunashiri and Etorofu.

When asked about Edano's criticism, Kono said Japan's legal position on the islands had not changed "in the slightest" and that the wording of the Bluebook was chosen so as not to damage the negotiations.

The ruling Liberal Democratic Party's platform says it will "vigorously advance negotiations to resolve the territorial issue and conclude a peace treaty" but makes no reference to the number of islands.

In Nemuro, Yoshiko Hanada, 84, who was forced to leave Shibotsu Island of the Habomai group in 1947, said she had voted in every election since returning to Japan. "Each prime minister promises, and each one leaves," she said.

An Asahi Shimbun survey conducted on July 6-7 found that 38 percent of respondents supported the Abe Cabinet's handling of Russia, while 46 percent did not.

Campaign posters for the LDP carry the slogan "Moving forward to a new era," while the CDP's read "Politics for your everyday life."

Abe and Putin agreed in Singapore in November 2018 to accelerate negotiations on the basis of the 1956 Japan-Soviet Joint Declaration.

RELATED ARTICLES
Bluebook drops 'belong to Japan' phrase on Northern Territories
Abe, Putin fail to make breakthrough at Osaka meeting""",
     expected=[
        dict(speaker="Shinzo Abe", treaty=True,
             snippet="his personal diplomacy with Russian President Vladimir Putin was still the best chance of ending the territorial dispute"),
        dict(speaker="Shinzo Abe", treaty=True,
             snippet="We are the two leaders who will put an end to this issue and sign the peace treaty"),
        dict(speaker="Shinzo Abe", treaty=False,
             snippet="the revenue would make preschool education free"),
        dict(speaker="Yukio Edano", treaty=True,
             snippet="The government has quietly stopped saying the islands are ours"),
        dict(speaker="Yukio Edano", treaty=False,
             snippet="has broken its promise of a secure old age"),
        dict(speaker="Taro Kono", treaty=False,
             snippet="the first pilot tours to the islands under the planned joint economic activities would take place this autumn"),
        dict(speaker="Taro Kono", treaty=True,
             snippet="Japan's legal position on the islands had not changed \"in the slightest\""),
        dict(speaker="Taro Kono", treaty=True, optional=True,
             snippet="the wording of the Bluebook was chosen so as not to damage the negotiations"),
     ],
     not_statements=[
        "vigorously advance negotiations to resolve the territorial issue and conclude a peace treaty",
        "Each prime minister promises, and each one leaves",
        "38 percent of respondents supported the Abe Cabinet's handling of Russia",
        "Campaign posters for the LDP carry the slogan \"Moving forward to a new era,\"",
        "Abe and Putin agreed in Singapore in November 2018 to accelerate negotiations",
        "Bluebook drops 'belong to Japan' phrase on Northern Territories",
        "Prime Minister Shinzo Abe speaks to voters in Obihiro, Hokkaido, on July 11.",
     ]),
]
ARTICLES += [
dict(id="E19-07", outlet="Nikkei Asia",
     url="https://asia.nikkei.com/Politics/Japan-s-LDP-race/Suga-Kishida-Ishiba-split-over-how-to-carry-on-Abe-s-Russia-diplomacy",
     published="2020-09-12",
     title="Suga, Kishida, Ishiba split over how to carry on Abe's Russia diplomacy",
     text="""Nikkei Asia
Politics
Japan's LDP race

Suga, Kishida, Ishiba split over how to carry on Abe's Russia diplomacy

Chief cabinet secretary promises continuity; rivals question 27 summits with Putin

SATOSHI KUMAGAI, Nikkei staff writer
September 12, 2020 19:05 JST

TOKYO -- The three men vying to replace Shinzo Abe as leader of Japan's ruling Liberal Democratic Party gave sharply different verdicts on Saturday on the outgoing prime minister's courtship of Russian President Vladimir Putin, at a debate hosted by the Japan National Press Club.

Chief Cabinet Secretary Yoshihide Suga, who is seen as a pragmatist with little diplomatic experience and is the clear front-runner, promised to stay the course.

"I will inherit the diplomacy Prime Minister Abe built with President Putin and tackle the territorial issue head-on, with the aim of concluding a peace treaty," Suga said.

Suga spent more of his time on domestic reform, repeating his pledge to create a digital agency and to press mobile carriers to cut phone fees, which he said were "among the highest in the world."

Former Foreign Minister Fumio Kishida, who held the post for nearly five years under Abe, said he had learned that the territorial question does not move without patient groundwork at the ministerial level.

"The 1956 declaration is the basis we agreed on in Singapore, and I would keep it as the basis," Kishida said. He added that Japan needed to "build trust step by step, not by one grand gesture."

Kishida also argued that the coronavirus pandemic had widened income gaps and called for a shift away from what he called a "trickle-down" approach to growth.

Former LDP Secretary-General Shigeru Ishiba, a longtime critic of Abe, questioned whether the 27 meetings between Abe and Putin had brought the islands any closer.

"The number of summits is not a yardstick for progress on the islands. We need to ask honestly what Russia has given in return," Ishiba said.

Ishiba said he would also make regional revitalization the center of his economic policy and move some government functions out of Tokyo.

Separately, Foreign Minister Toshimitsu Motegi told reporters on Friday that Japan's basic policy of resolving the territorial issue and concluding a peace treaty would remain unchanged whoever wins the race.

The LDP's own policy booklet for the leadership election lists "resolution of the Northern Territories issue" among the priorities of a new administration, alongside the Tokyo Olympics.

Sayuri Mine, a senior fellow at the Tokyo-based Institute for Eurasian Policy Studies, said she expected continuity whatever the outcome. "The bureaucracy writes the script on Russia. Leaders change the tone, not the lines," she said.

A Nikkei poll taken Sept. 8-10 found 46% of respondents favored Suga as the next prime minister, compared with 33% for Ishiba and 10% for Kishida.

Suga has already secured the backing of five of the party's seven factions. The vote will be held on Monday.

Russia and Japan have never signed a peace treaty formally ending World War II because of the dispute over four islands off Hokkaido.

READ NEXT
Japan's LDP race: Who are the candidates?
Putin praises Abe, hopes to keep up dialogue with successor
Suga's rise: From strawberry farm to chief cabinet secretary""",
     expected=[
        dict(speaker="Yoshihide Suga", treaty=True,
             snippet="tackle the territorial issue head-on, with the aim of concluding a peace treaty"),
        dict(speaker="Yoshihide Suga", treaty=False,
             snippet="create a digital agency and to press mobile carriers to cut phone fees"),
        dict(speaker="Fumio Kishida", treaty=True,
             snippet="the territorial question does not move without patient groundwork at the ministerial level"),
        dict(speaker="Fumio Kishida", treaty=True,
             snippet="The 1956 declaration is the basis we agreed on in Singapore, and I would keep it as the basis"),
        dict(speaker="Fumio Kishida", treaty=True, optional=True,
             snippet="build trust step by step, not by one grand gesture"),
        dict(speaker="Fumio Kishida", treaty=False,
             snippet="the coronavirus pandemic had widened income gaps"),
        dict(speaker="Shigeru Ishiba", treaty=True,
             snippet="The number of summits is not a yardstick for progress on the islands"),
        dict(speaker="Shigeru Ishiba", treaty=True, optional=True,
             snippet="questioned whether the 27 meetings between Abe and Putin had brought the islands any closer"),
        dict(speaker="Shigeru Ishiba", treaty=False,
             snippet="make regional revitalization the center of his economic policy"),
        dict(speaker="Toshimitsu Motegi", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=True,
             snippet="Japan's basic policy of resolving the territorial issue and concluding a peace treaty would remain unchanged"),
     ],
     not_statements=[
        "who is seen as a pragmatist with little diplomatic experience and is the clear front-runner",
        "lists \"resolution of the Northern Territories issue\" among the priorities of a new administration",
        "The bureaucracy writes the script on Russia. Leaders change the tone, not the lines",
        "46% of respondents favored Suga as the next prime minister",
        "Russia and Japan have never signed a peace treaty formally ending World War II",
        "Putin praises Abe, hopes to keep up dialogue with successor",
        "Chief cabinet secretary promises continuity; rivals question 27 summits with Putin",
     ]),

dict(id="E19-08", outlet="The Moscow Times",
     url="https://www.themoscowtimes.com/2021/09/16/in-sakhalin-duma-hopefuls-campaign-on-the-kurils-a74912",
     published="2021-09-16",
     title="In Sakhalin, Duma Hopefuls Campaign on the Kurils",
     text="""The Moscow Times
News
Elections 2021

In Sakhalin, Duma Hopefuls Campaign on the Kurils

Candidates in Russia's easternmost region are competing to sound toughest on Japan.

Sept. 16, 2021
The Moscow Times

With three days of voting in Russia's parliamentary elections starting Friday, candidates on the Pacific island of Sakhalin have turned the decades-old dispute with Japan over the southern Kuril Islands into a campaign theme.

Alexei Verkhovtsev, the ruling United Russia party's nominee for the region's single-mandate seat, told a rally in Yuzhno-Sakhalinsk this week that he would never vote for any agreement that touched the islands.

"The Kurils are Russian land. Anyone in Moscow who talks about handing them over will have to get past me first," said Verkhovtsev, a former deputy head of the regional government.

Verkhovtsev also promised to push for subsidized flights to the mainland, which residents say cost more than a month's wages.

His main rival, Communist Party candidate Natalya Gribova, accused the Kremlin of keeping the door open to a deal with Tokyo on the basis of the 1956 Soviet-Japanese declaration.

"Last year we wrote into the Constitution that Russian territory cannot be given away. That must apply to the Kurils without any footnotes about 1956," Gribova said in a televised debate on the regional channel ASTV.

Gribova also called for the 2018 pension reform that raised the retirement age to be reversed.

Foreign Minister Sergei Lavrov, who is second on United Russia's federal list behind Defense Minister Sergei Shoigu, told students in Vladivostok on Tuesday that Japan had to accept the outcome of World War II "in full, including Russia's sovereignty over the southern Kurils," before any peace treaty could be discussed.

Lavrov used the same appearance to criticize the U.S. withdrawal from Afghanistan, calling it a "hasty retreat" that had left chaos behind.

The islands were thrust into the spotlight in July, when Prime Minister Mikhail Mishustin visited Iturup and proposed a special tax-free zone to attract investors to the Kurils. Japan protested the visit, with Foreign Minister Toshimitsu Motegi calling it "extremely regrettable" and contrary to Japan's position on the Northern Territories.

Yevgeny Lutsenko, a political analyst in Yuzhno-Sakhalinsk, said the tough talk was aimed at voters angry about prices rather than at Tokyo. "Nobody here believes the islands will be handed over. But promising to defend them costs nothing," he said.

A survey by the independent Levada Center in August put United Russia's national rating at 27%, its lowest level before a Duma election since the party's founding.

United Russia's federal manifesto, unveiled in August, says the party will "defend the territorial integrity of the country" but does not mention Japan or the Kurils by name.

Russia and Japan have never signed a peace treaty to formally end World War II hostilities because of the dispute over the four southernmost Kurils, which Japan calls its Northern Territories.

Read more about: Elections, Kuril Islands, Japan, Sakhalin

A Message from The Moscow Times:
Dear readers, we are facing unprecedented challenges. Please support independent journalism.

Read more
Mishustin Visits Disputed Kuril Islands, Angering Japan
United Russia Unveils Federal List Headed by Shoigu and Lavrov""",
     expected=[
        dict(speaker="Alexei Verkhovtsev", alt=["Verkhovtsev"], treaty=True,
             snippet="he would never vote for any agreement that touched the islands"),
        dict(speaker="Alexei Verkhovtsev", alt=["Verkhovtsev"], treaty=True,
             snippet="Anyone in Moscow who talks about handing them over will have to get past me first"),
        dict(speaker="Alexei Verkhovtsev", alt=["Verkhovtsev"], treaty=False,
             snippet="promised to push for subsidized flights to the mainland"),
        dict(speaker="Natalya Gribova", alt=["Gribova"], treaty=True,
             snippet="accused the Kremlin of keeping the door open to a deal with Tokyo on the basis of the 1956"),
        dict(speaker="Natalya Gribova", alt=["Gribova"], treaty=True,
             snippet="That must apply to the Kurils without any footnotes about 1956"),
        dict(speaker="Natalya Gribova", alt=["Gribova"], treaty=False,
             snippet="called for the 2018 pension reform that raised the retirement age to be reversed"),
        dict(speaker="Sergei Lavrov", treaty=True,
             snippet="in full, including Russia's sovereignty over the southern Kurils,"),
        dict(speaker="Sergei Lavrov", treaty=False,
             snippet="criticize the U.S. withdrawal from Afghanistan, calling it a \"hasty retreat\""),
        dict(speaker="Mikhail Mishustin", treaty=False, optional=True,
             snippet="proposed a special tax-free zone to attract investors to the Kurils"),
        dict(speaker="Toshimitsu Motegi", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=True, optional=True,
             snippet="calling it \"extremely regrettable\" and contrary to Japan's position on the Northern Territories"),
     ],
     not_statements=[
        "Nobody here believes the islands will be handed over. But promising to defend them costs nothing",
        "put United Russia's national rating at 27%, its lowest level before a Duma election",
        "defend the territorial integrity of the country",
        "Russia and Japan have never signed a peace treaty to formally end World War II hostilities",
        "Candidates in Russia's easternmost region are competing to sound toughest on Japan.",
        "Mishustin Visits Disputed Kuril Islands, Angering Japan",
        "In Sakhalin, Duma Hopefuls Campaign on the Kurils",
     ]),
]
ARTICLES += [
dict(id="E19-09", outlet="The Diplomat",
     url="https://thediplomat.com/2021/09/where-the-ldp-candidates-stand-on-russia/",
     published="2021-09-22",
     title="Where the LDP Candidates Stand on Russia",
     text="""The Diplomat
Features | Politics | East Asia

Where the LDP Candidates Stand on Russia

None of the four contenders for Japan's top job promises a breakthrough on the Northern Territories. Their differences lie in tone.

By Hannah Whitcombe
September 22, 2021

Credit: Depositphotos

With the Liberal Democratic Party's presidential election set for September 29, much has been written about what the four candidates think of China, COVID-19 and the economy. Less attention has been paid to Russia, a relationship that Shinzo Abe tried to transform and that his successor Yoshihide Suga largely left on autopilot.

Taro Kono, the minister in charge of vaccines and the front-runner in most polls, handled the talks himself as foreign minister in 2018 and 2019. Kono, who as foreign minister famously answered reporters' questions about the negotiations with "next question," has been more forthcoming on the campaign trail.

At a debate on Saturday, Kono said negotiations should continue on the basis of the 1956 Joint Declaration, as Abe and Putin agreed in Singapore in 2018, and that Japan "should not go back to square one."

He has also promised to make Japan a leader in renewable energy, saying the country should aim to cover half its electricity needs from renewables by 2030.

Former Foreign Minister Fumio Kishida, whose dovish reputation dates from his years at the Foreign Ministry, told an online forum last week that he would "patiently" pursue the territorial negotiations on the basis of the agreements Abe reached with Putin.

Kishida has put greater emphasis on economic security, pledging to appoint a dedicated minister and to reduce Japan's dependence on Chinese supply chains.

Sanae Takaichi, a former internal affairs minister and by common consent the most hawkish of the four, has taken a different line. In a television interview on Sunday, she said Japan must keep stating clearly that the four islands are "illegally occupied by Russia" and that no treaty could be signed "until our sovereignty is recognized."

Takaichi has also called for defense spending to rise to 2 percent of gross domestic product, double the current level.

Seiko Noda, the LDP's executive acting secretary-general, has barely mentioned foreign policy, concentrating on Japan's falling birthrate and support for children with disabilities.

Moscow is watching. Kremlin spokesman Dmitry Peskov said last week that Russia hoped the next Japanese government would "preserve the spirit" of the agreements Putin and Abe reached on the peace treaty talks.

Naoki Hirose, a researcher at the Sapporo-based Japan Institute for Northern Affairs, argues that whoever wins will face the same arithmetic. A settlement along the lines of the 1956 declaration, with two islands returned, is "the only deal Moscow will ever put its name to," he told The Diplomat.

In my view, none of the four is likely to spend political capital on Russia before next summer's Upper House election. The LDP's draft platform devotes a single sentence to the Northern Territories.

A Kyodo survey of party members published on September 20 showed Kono with 47.4 percent support, Kishida with 22.4 percent and Takaichi with 15.8 percent.

Hannah Whitcombe is a Tokyo-based writer covering Japanese politics and foreign policy.

Related
Japan's Next Leader and the Russia Question
What Mishustin's Kuril Trip Means for Tokyo
Kono, Kishida, Takaichi, Noda: A Guide to the LDP Race

Enjoying this article? Click here to subscribe for full access. Just $5 a month.""",
     expected=[
        dict(speaker="Taro Kono", treaty=True,
             snippet="negotiations should continue on the basis of the 1956 Joint Declaration"),
        dict(speaker="Taro Kono", treaty=True,
             snippet='Japan "should not go back to square one."'),
        dict(speaker="Taro Kono", treaty=False,
             snippet="cover half its electricity needs from renewables by 2030"),
        dict(speaker="Fumio Kishida", treaty=True,
             snippet="pursue the territorial negotiations on the basis of the agreements Abe reached with Putin"),
        dict(speaker="Fumio Kishida", treaty=False,
             snippet="pledging to appoint a dedicated minister and to reduce Japan's dependence on Chinese supply chains"),
        dict(speaker="Sanae Takaichi", treaty=True,
             snippet="Japan must keep stating clearly that the four islands are \"illegally occupied by Russia\""),
        dict(speaker="Sanae Takaichi", treaty=True,
             snippet="no treaty could be signed \"until our sovereignty is recognized.\""),
        dict(speaker="Sanae Takaichi", treaty=False,
             snippet="called for defense spending to rise to 2 percent of gross domestic product"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True,
             snippet="the agreements Putin and Abe reached on the peace treaty talks"),
        dict(speaker="Naoki Hirose", treaty=True, optional=True,
             snippet="the only deal Moscow will ever put its name to"),
     ],
     not_statements=[
        "who as foreign minister famously answered reporters' questions about the negotiations",
        "by common consent the most hawkish of the four",
        "In my view, none of the four is likely to spend political capital on Russia",
        "The LDP's draft platform devotes a single sentence to the Northern Territories.",
        "showed Kono with 47.4 percent support, Kishida with 22.4 percent",
        "None of the four contenders for Japan's top job promises a breakthrough on the Northern Territories.",
        "Kono, Kishida, Takaichi, Noda: A Guide to the LDP Race",
        "whose dovish reputation dates from his years at the Foreign Ministry",
     ]),

dict(id="E19-10", outlet="Kyodo News",
     url="https://english.kyodonews.net/news/2021/10/a3c1d0e7b5a2-kishida-edano-spar-over-russia-on-campaign-trail.html",
     published="2021-10-24",
     title="Kishida, Edano spar over Russia policy on campaign trail",
     text="""KYODO NEWS - Oct 24, 2021 - 19:32 | Politics, All

Kishida, Edano spar over Russia policy on campaign trail

Prime Minister Fumio Kishida and main opposition leader Yukio Edano clashed Sunday over the legacy of Japan's Russia diplomacy, as campaigning for the Oct. 31 House of Representatives election entered its final week.

Speaking in Kushiro, eastern Hokkaido, Kishida said his government would "firmly maintain" the policy of resolving the territorial issue and concluding a peace treaty with Russia, building on the agreements reached by past leaders.

"Former residents of the islands are now 86 on average. There is no time to lose," the prime minister told voters, adding that he hoped to hold talks with President Vladimir Putin soon.

Kishida also promised a large-scale economic package to support households and businesses hit by the coronavirus pandemic, under what he calls a "new form of capitalism."

Constitutional Democratic Party of Japan leader Edano, stumping in Sapporo, said the approach of trading economic cooperation for progress on the islands had failed.

"Abe met Putin 27 times, and not a single island came back. We need a strategy built on international law, not on personal friendship," Edano said.

The opposition leader also repeated his promise to cut the consumption tax rate temporarily to 5 percent.

Chief Cabinet Secretary Hirokazu Matsuno said at a press conference in Tokyo that the government was monitoring "with strong interest" the movements of 10 Chinese and Russian warships that sailed together through the Tsugaru Strait last week.

In the Hokkaido No. 7 constituency, which includes Nemuro, CDP newcomer Yuko Shinohara, 41, said the talks on the islands must be reopened "on terms that do not shrink Japan's claim."

Shinohara also promised to lobby for compensation for fishermen whose catches have fallen since Russia tightened controls on Japanese boats near the islands.

The LDP's campaign platform pledges to "tenaciously continue negotiations" toward a peace treaty, while the CDP platform calls for "principled diplomacy" on the Northern Territories without mentioning the 1956 declaration.

A Kyodo News telephone survey conducted Saturday and Sunday showed the LDP likely to retain a single-party majority, while about 40 percent of respondents in single-seat districts had yet to decide whom to vote for.

Russia has controlled the four islands since the end of World War II. Japan maintains they were illegally seized.

==Kyodo

Related coverage:
Kishida, Putin agree in phone talks to continue peace treaty negotiations
Chinese, Russian warships sail through strait between Honshu and Hokkaido""",
     expected=[
        dict(speaker="Fumio Kishida", treaty=True,
             snippet="the policy of resolving the territorial issue and concluding a peace treaty with Russia"),
        dict(speaker="Fumio Kishida", treaty=True, optional=True,
             snippet="Former residents of the islands are now 86 on average. There is no time to lose"),
        dict(speaker="Fumio Kishida", treaty=False,
             snippet="a large-scale economic package to support households and businesses hit by the coronavirus pandemic"),
        dict(speaker="Yukio Edano", treaty=True,
             snippet="the approach of trading economic cooperation for progress on the islands had failed"),
        dict(speaker="Yukio Edano", treaty=True,
             snippet="Abe met Putin 27 times, and not a single island came back"),
        dict(speaker="Yukio Edano", treaty=False,
             snippet="cut the consumption tax rate temporarily to 5 percent"),
        dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=False,
             snippet="the movements of 10 Chinese and Russian warships that sailed together through the Tsugaru Strait"),
        dict(speaker="Yuko Shinohara", alt=["Shinohara"], treaty=True,
             snippet="on terms that do not shrink Japan's claim"),
        dict(speaker="Yuko Shinohara", alt=["Shinohara"], treaty=False,
             snippet="lobby for compensation for fishermen whose catches have fallen"),
     ],
     not_statements=[
        "pledges to \"tenaciously continue negotiations\" toward a peace treaty",
        "the CDP platform calls for \"principled diplomacy\" on the Northern Territories",
        "about 40 percent of respondents in single-seat districts had yet to decide",
        "Russia has controlled the four islands since the end of World War II.",
        "Japan maintains they were illegally seized.",
        "Kishida, Putin agree in phone talks to continue peace treaty negotiations",
        "Kishida, Edano spar over Russia policy on campaign trail",
     ]),
]
ARTICLES += [
dict(id="E19-11", outlet="NHK World",
     url="https://www3.nhk.or.jp/nhkworld/en/news/20220703_11/",
     published="2022-07-03",
     title="Party leaders debate Russia, prices ahead of Upper House election",
     text="""NHK WORLD-JAPAN
NEWS  |  Japan  |  Politics

Party leaders debate Russia, prices ahead of Upper House election

Jul. 3, 2022 12:45 JST
Watch video  1:58

The leaders of Japan's main political parties have debated how to deal with Russia and with rising prices, one week before the House of Councillors election.

In an NHK program on Sunday, the moderator asked the leaders whether Japan could ever resume peace treaty negotiations with Russia after Moscow announced in March that it was halting them.

Prime Minister Kishida Fumio, who heads the Liberal Democratic Party, said Russia's move was unacceptable. He said, "It is extremely unfair for Russia to shift the responsibility onto Japan. Our policy of resolving the territorial issue and concluding a peace treaty has not changed."

Kishida said Japan would keep its stakes in the Sakhalin 2 natural gas project in Russia's Far East, saying it was important for the country's energy security.

Izumi Kenta, who leads the main opposition Constitutional Democratic Party of Japan, said the approach of offering economic cooperation to coax Moscow into returning the islands had failed and should be reviewed from scratch.

Izumi called for cutting the consumption tax rate and for measures to curb the rising cost of electricity and food.

Japanese Communist Party Chairperson Shii Kazuo repeated his party's long-held view that the entire Kuril chain, and not just the four islands, belongs to Japan. He said the Soviet Union took the islands in violation of the principle of no territorial expansion.

Shii also said his party was firmly against doubling defense spending.

Komeito leader Yamaguchi Natsuo said the government should expand support for low-income households struggling with higher prices.

On Thursday, Russian President Vladimir Putin signed a decree transferring the Sakhalin 2 project to a new Russian operator. Chief Cabinet Secretary Matsuno Hirokazu said the government was examining the decree closely and would do its utmost to protect the interests of Japanese companies.

Russia said in March that it was halting the treaty talks and suspending visa-free exchanges with the islands in response to Japan's sanctions over Ukraine.

An NHK poll conducted from June 24 to 26 found that the Kishida Cabinet's approval rating stood at 55 percent.

Voting in the election will take place on July 10.

Related Articles
Russia halts peace treaty talks with Japan
Putin signs decree on Sakhalin 2 operator
Campaigning kicks off for Upper House election""",
     expected=[
        dict(speaker="Fumio Kishida", treaty=True,
             snippet="It is extremely unfair for Russia to shift the responsibility onto Japan"),
        dict(speaker="Fumio Kishida", treaty=True,
             snippet="Our policy of resolving the territorial issue and concluding a peace treaty has not changed"),
        dict(speaker="Fumio Kishida", treaty=False,
             snippet="keep its stakes in the Sakhalin 2 natural gas project in Russia's Far East"),
        dict(speaker="Kenta Izumi", alt=["Izumi Kenta"], treaty=True,
             snippet="offering economic cooperation to coax Moscow into returning the islands had failed"),
        dict(speaker="Kenta Izumi", alt=["Izumi Kenta"], treaty=False,
             snippet="measures to curb the rising cost of electricity and food"),
        dict(speaker="Kazuo Shii", alt=["Shii Kazuo"], treaty=True,
             snippet="the entire Kuril chain, and not just the four islands, belongs to Japan"),
        dict(speaker="Kazuo Shii", alt=["Shii Kazuo"], treaty=True,
             snippet="the Soviet Union took the islands in violation of the principle of no territorial expansion"),
        dict(speaker="Kazuo Shii", alt=["Shii Kazuo"], treaty=False,
             snippet="his party was firmly against doubling defense spending"),
        dict(speaker="Natsuo Yamaguchi", alt=["Yamaguchi Natsuo"], treaty=False,
             snippet="expand support for low-income households struggling with higher prices"),
        dict(speaker="Hirokazu Matsuno", alt=["Matsuno Hirokazu", "Japanese government"], treaty=False,
             snippet="would do its utmost to protect the interests of Japanese companies"),
     ],
     not_statements=[
        "the moderator asked the leaders whether Japan could ever resume peace treaty negotiations with Russia",
        "Russia said in March that it was halting the treaty talks and suspending visa-free exchanges",
        "the Kishida Cabinet's approval rating stood at 55 percent",
        "Putin signed a decree transferring the Sakhalin 2 project to a new Russian operator",
        "Russia halts peace treaty talks with Japan",
        "Party leaders debate Russia, prices ahead of Upper House election",
     ]),

dict(id="E19-12", outlet="TASS",
     url="https://tass.com/politics/1760123",
     published="2024-03-16",
     title="Kurils vote in presidential election, Zakharova dismisses Tokyo's protest",
     text="""TASS
Russian Politics & Diplomacy
March 16, 2024, 13:20 UTC+3

Kurils vote in presidential election, Zakharova dismisses Tokyo's protest

According to the Russian diplomat, the residents of the southern Kurils are Russian citizens exercising their constitutional right

YUZHNO-KURILSK, March 16. /TASS/. Voting in the Russian presidential election is under way on the islands of the Kuril ridge, where polling stations opened on Friday at 8:00 a.m. local time.

"By noon on the second day, turnout in the Kurilsky district exceeded 58%. People come as families, many with children," Olga Matyushina, chairwoman of the Kurilsky district election commission, told a TASS correspondent.

Sakhalin Governor Valery Limarenko said the region's residents were voting actively and that an electronic voting option had been made available for fishermen and crews at sea for the first time.

On Friday, Japanese Chief Cabinet Secretary Yoshimasa Hayashi said holding the Russian election in the Northern Territories, as Japan calls the southern Kurils, was "incompatible with Japan's position" on the islands and "unacceptable," and that Tokyo had lodged a protest through diplomatic channels.

Russian Foreign Ministry Spokeswoman Maria Zakharova dismissed the protest. "The southern Kurils are an integral part of the Russian Federation. Russian citizens living there are exercising their constitutional right, and Tokyo's opinion on this matter does not interest us," the diplomat wrote on her Telegram channel.

She added that Japan should instead explain to its own public why it was "pumping money and weapons into the Kyiv regime" at the expense of its own taxpayers.

Russian presidential elections are held from March 15 to 17. Four candidates are running: incumbent President Vladimir Putin, who is running as a self-nominee, Nikolai Kharitonov from the Communist Party, Leonid Slutsky from the LDPR and Vladislav Davankov from the New People party.

Japan claims the islands of Iturup, Kunashir, Shikotan and Habomai, citing a bilateral treatise on trade and borders of 1855. In March 2022, Moscow said it would not continue peace treaty talks with Japan, which had imposed unilateral restrictions on Russia. Russia's position is that the southern Kurils became part of the Soviet Union after World War II and Russian sovereignty over them, which has the appropriate international legal design, is beyond doubt.

Tags
Russian presidential election 2024
Kuril Islands
Maria Zakharova

More Russian Politics & Diplomacy
Putin casts ballot in presidential election online
Zakharova: Japan's militarization poses threat to regional security""",
     expected=[
        dict(speaker="Olga Matyushina", alt=["Matyushina"], treaty=False,
             snippet="turnout in the Kurilsky district exceeded 58%. People come as families"),
        dict(speaker="Valery Limarenko", treaty=False,
             snippet="an electronic voting option had been made available for fishermen and crews at sea"),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=True,
             snippet="holding the Russian election in the Northern Territories, as Japan calls the southern Kurils"),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=True,
             snippet="was \"incompatible with Japan's position\" on the islands and \"unacceptable,\""),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="The southern Kurils are an integral part of the Russian Federation"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, optional=True,
             snippet="Tokyo's opinion on this matter does not interest us"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False,
             snippet="pumping money and weapons into the Kyiv regime"),
     ],
     not_statements=[
        "Voting in the Russian presidential election is under way on the islands of the Kuril ridge",
        "Japan claims the islands of Iturup, Kunashir, Shikotan and Habomai",
        "In March 2022, Moscow said it would not continue peace treaty talks with Japan",
        "Russia's position is that the southern Kurils became part of the Soviet Union after World War II",
        "Kurils vote in presidential election, Zakharova dismisses Tokyo's protest",
        "Zakharova: Japan's militarization poses threat to regional security",
        "Four candidates are running: incumbent President Vladimir Putin",
     ]),
]
ARTICLES += [
dict(id="E19-13", outlet="The Moscow Times",
     url="https://www.themoscowtimes.com/2024/03/07/kurils-become-campaign-prop-as-slutsky-tours-far-east-a84377",
     published="2024-03-07",
     title="Kurils Become Campaign Prop as Slutsky Tours Far East",
     text="""The Moscow Times
News
Russian Presidential Election 2024

Kurils Become Campaign Prop as Slutsky Tours Far East

March 7, 2024
The Moscow Times

With just over a week to go before a presidential vote whose outcome is not in doubt, Vladimir Putin's nominal rivals are competing for attention in Russia's Far East, and the islands Japan claims have become a convenient backdrop.

Leonid Slutsky, the leader of the nationalist LDPR party, told supporters in Khabarovsk on Tuesday that Russia "will not hand over a single Kuril pebble" to Japan, "not now and not in a hundred years."

"Tokyo hides behind Washington and then asks us for islands. The question is closed forever," Slutsky said, adding that the Soviet-Japanese declaration of 1956 "died the day Japan joined the sanctions."

Slutsky also promised to raise the minimum wage to 35,000 rubles and to introduce a tax break for large families.

Putin, who has barely campaigned in person, told a meeting in Moscow with his campaign proxies last month that the Far East mortgage program, which offers loans at 2% a year, would be extended until 2030.

Vladislav Davankov of the New People party, the only candidate who has spoken of the need for peace talks, said in a televised debate that negotiations with Ukraine should be launched "on Russia's terms" once the fighting stops.

The Kurils were already in the news in February. On Feb. 7, which Japan marks as Northern Territories Day, Japanese Prime Minister Fumio Kishida told an annual rally in Tokyo that relations with Russia were in a "severe" state, but that Japan's policy of resolving the territorial issue and concluding a peace treaty remained unchanged.

Former President Dmitry Medvedev, now deputy chairman of Russia's Security Council, responded on Telegram the same day. "There is no 'territorial issue' with Japan. There are Russian islands, and there are Japanese feelings about them," he wrote.

Medvedev, who has become one of the Kremlin's most bellicose voices, used the same post to call Japan's support for Kyiv an act of "vassal loyalty to Washington."

"The islands are a safe subject. Attacking Japan costs nothing and makes a candidate look patriotic," said Tatiana Ostrovskaya, a political scientist who studies regional elections.

A survey by the state-run pollster VTsIOM published on Friday put Putin's support at 75%, with Slutsky, Kharitonov and Davankov each polling around 4 to 5%.

Moscow suspended peace treaty negotiations with Tokyo in March 2022 after Japan joined Western sanctions over Russia's full-scale invasion of Ukraine. The two countries never signed a peace treaty after World War II.

Read more about: Elections, Kuril Islands, Japan, LDPR

A Message from The Moscow Times:
Dear readers, we are facing unprecedented challenges. Please support independent journalism.

Read more
Medvedev Mocks Japan on 'Northern Territories Day'
Russia Bars Anti-War Candidate Nadezhdin From Presidential Race""",
     expected=[
        dict(speaker="Leonid Slutsky", treaty=True,
             snippet="will not hand over a single Kuril pebble"),
        dict(speaker="Leonid Slutsky", treaty=True,
             snippet="Tokyo hides behind Washington and then asks us for islands. The question is closed forever"),
        dict(speaker="Leonid Slutsky", treaty=True,
             snippet='declaration of 1956 "died the day Japan joined the sanctions.'),
        dict(speaker="Leonid Slutsky", treaty=False,
             snippet="raise the minimum wage to 35,000 rubles and to introduce a tax break for large families"),
        dict(speaker="Vladimir Putin", treaty=False,
             snippet="the Far East mortgage program, which offers loans at 2% a year, would be extended until 2030"),
        dict(speaker="Vladislav Davankov", treaty=False,
             snippet="negotiations with Ukraine should be launched \"on Russia's terms\" once the fighting stops"),
        dict(speaker="Fumio Kishida", treaty=True,
             snippet="Japan's policy of resolving the territorial issue and concluding a peace treaty remained unchanged"),
        dict(speaker="Fumio Kishida", treaty=False, optional=True,
             snippet="relations with Russia were in a \"severe\" state"),
        dict(speaker="Dmitry Medvedev", treaty=True,
             snippet="There is no 'territorial issue' with Japan. There are Russian islands"),
        dict(speaker="Dmitry Medvedev", treaty=False,
             snippet="call Japan's support for Kyiv an act of \"vassal loyalty to Washington.\""),
     ],
     not_statements=[
        "The islands are a safe subject. Attacking Japan costs nothing and makes a candidate look patriotic",
        "the only candidate who has spoken of the need for peace talks",
        "put Putin's support at 75%, with Slutsky, Kharitonov and Davankov",
        "Moscow suspended peace treaty negotiations with Tokyo in March 2022",
        "who has become one of the Kremlin's most bellicose voices",
        "Medvedev Mocks Japan on 'Northern Territories Day'",
        "Kurils Become Campaign Prop as Slutsky Tours Far East",
     ]),

dict(id="E19-14", outlet="The Japan Times",
     url="https://www.japantimes.co.jp/news/2024/09/14/japan/politics/ldp-race-debate-russia-china-defense/",
     published="2024-09-14",
     title="Nine LDP hopefuls tread carefully on Russia at press club debate",
     text="""The Japan Times
JAPAN | POLITICS
LDP LEADERSHIP RACE 2024

Nine LDP hopefuls tread carefully on Russia at press club debate

By Eriko Tamura and Daniel Frost
Sep 14, 2024

The nine candidates vying to lead the ruling Liberal Democratic Party laid out their foreign policy priorities on Saturday, with most focusing on China and the U.S. alliance and only a few addressing relations with Russia, which have hit a postwar low.

Asked by the moderator how they would restart the peace treaty negotiations Moscow froze in 2022, the candidates mostly offered cautious answers.

Former LDP Secretary-General Shigeru Ishiba, running for the fifth time, said Japan must keep channels of communication open so that treaty negotiations can resume on the basis of past agreements once the war in Ukraine ends. "We cannot allow the talks to simply die," he said.

Ishiba also stood by his proposal for an "Asian version of NATO," saying a collective security framework was needed to deter China, Russia and North Korea.

Economic security minister Sanae Takaichi, regarded by many analysts as the most hawkish candidate in the field, said she would not plead with Moscow to return to the table. "Russia is occupying our islands and waging a war of aggression. Japan has nothing to apologize for and will not beg," she said.

Takaichi repeated her call for aggressive fiscal spending and said the Bank of Japan should be cautious about raising interest rates further.

Foreign Minister Yoko Kamikawa said Russia bore full responsibility for the current state of relations. "Our position of resolving the territorial issue and concluding a peace treaty remains unchanged," she said.

Former Environment Minister Shinjiro Koizumi, 43, said former residents of the islands, whose average age is now over 88, deserved a chance to visit their family graves, and that he would press Russia to restart the grave visits.

Koizumi also promised to call a snap general election "as early as possible" if elected, and to push through a bill to tighten rules on political funds.

Digital Minister Taro Kono said Japan needed to strengthen its defenses in Hokkaido as Russia and China stage joint military exercises around the country.

LDP Secretary-General Toshimitsu Motegi, who negotiated with Russian Foreign Minister Sergei Lavrov as foreign minister, said the planned tax hikes to pay for the defense buildup should be shelved.

Former economic security minister Takayuki Kobayashi called for a new law to protect sensitive technologies from being transferred to China.

Chief Cabinet Secretary Yoshimasa Hayashi said Japan would continue to impose sanctions on Russia in coordination with the Group of Seven.

The campaign slogan on Koizumi's posters reads "Decide and move," while Takaichi's materials promise a "strong and prosperous Japan."

A Kyodo News survey of LDP members published Friday put Takaichi and Ishiba neck and neck, with Koizumi close behind.

The LDP's policy outline for the race, adopted by the party's headquarters, mentions the Northern Territories only in a list of "unresolved issues."

The vote will be held on Sept. 27.

RELATED
LDP race kicks off with record nine candidates
Russia says Japan's 'anti-Russian course' rules out treaty talks
Explainer: Who are the LDP candidates?

Subscribe  |  Share this article""",
     expected=[
        dict(speaker="Shigeru Ishiba", treaty=True,
             snippet="treaty negotiations can resume on the basis of past agreements once the war in Ukraine ends"),
        dict(speaker="Shigeru Ishiba", treaty=True,
             snippet='We cannot allow the talks to simply die," he said'),
        dict(speaker="Shigeru Ishiba", treaty=False,
             snippet="a collective security framework was needed to deter China, Russia and North Korea"),
        dict(speaker="Sanae Takaichi", treaty=True,
             snippet="she would not plead with Moscow to return to the table"),
        dict(speaker="Sanae Takaichi", treaty=True,
             snippet="Russia is occupying our islands and waging a war of aggression"),
        dict(speaker="Sanae Takaichi", treaty=False,
             snippet="the Bank of Japan should be cautious about raising interest rates further"),
        dict(speaker="Yoko Kamikawa", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=True,
             snippet="Our position of resolving the territorial issue and concluding a peace treaty remains unchanged"),
        dict(speaker="Yoko Kamikawa", treaty=False, optional=True,
             snippet="Russia bore full responsibility for the current state of relations"),
        dict(speaker="Shinjiro Koizumi", treaty=False,
             snippet="he would press Russia to restart the grave visits"),
        dict(speaker="Shinjiro Koizumi", treaty=False,
             snippet="push through a bill to tighten rules on political funds"),
        dict(speaker="Taro Kono", treaty=False,
             snippet="strengthen its defenses in Hokkaido as Russia and China stage joint military exercises"),
        dict(speaker="Toshimitsu Motegi", treaty=False,
             snippet="the planned tax hikes to pay for the defense buildup should be shelved"),
        dict(speaker="Takayuki Kobayashi", treaty=False,
             snippet="a new law to protect sensitive technologies from being transferred to China"),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=False,
             snippet="continue to impose sanctions on Russia in coordination with the Group of Seven"),
     ],
     not_statements=[
        "Asked by the moderator how they would restart the peace treaty negotiations Moscow froze in 2022",
        "regarded by many analysts as the most hawkish candidate in the field",
        "The campaign slogan on Koizumi's posters reads \"Decide and move,\"",
        "put Takaichi and Ishiba neck and neck, with Koizumi close behind",
        "mentions the Northern Territories only in a list of \"unresolved issues.\"",
        "Russia says Japan's 'anti-Russian course' rules out treaty talks",
        "who negotiated with Russian Foreign Minister Sergei Lavrov as foreign minister",
        "Nine LDP hopefuls tread carefully on Russia at press club debate",
     ]),
]
ARTICLES += [
dict(id="E19-15", outlet="The Asahi Shimbun",
     url="https://www.asahi.com/ajw/articles/15478231",
     published="2024-10-20",
     title="Ishiba, Noda take campaign to Nemuro as former islanders look on",
     text="""The Asahi Shimbun
ASIA & JAPAN WATCH
POLITICS  >  2024 LOWER HOUSE ELECTION

Ishiba, Noda take campaign to Nemuro as former islanders look on

By MAYUMI KOBATA/ Staff Writer

October 20, 2024 at 17:05 JST

Photo/Illutration: Prime Minister Shigeru Ishiba, center, makes a stump speech in Nemuro, Hokkaido, on Oct. 19. (Mayumi Kobata)

NEMURO, Hokkaido--Three weeks into his term, Prime Minister Shigeru Ishiba brought his campaign for the Oct. 27 Lower House election to the city that looks out on the Northern Territories.

"However severe the situation with Russia is today, I will keep working so that the day comes when the territorial issue is resolved and a peace treaty is signed," Ishiba told about 800 people gathered near Nemuro Station on Oct. 19.

The prime minister, who has long championed regional revitalization, promised to double the government's grant for local governments that come up with their own projects to attract young people.

Yoshihiko Noda, who became president of the main opposition Constitutional Democratic Party of Japan last month, spoke in the city a few hours later.

"When I was prime minister, I sat across from Putin and we agreed to keep talking. That channel has been lost. Rebuilding it, one step at a time, is the job of the next government," Noda said.

Noda spent most of his speech attacking the LDP over its political funds scandal, calling for a ban on donations from companies and organizations.

In Tokyo, Foreign Minister Takeshi Iwaya told reporters that a private agreement allowing Nemuro fishermen to harvest kelp near Kaigara Island, part of the Habomai group, had been concluded with the Russian side for this season.

In the Hokkaido No. 7 district, CDP candidate Daisuke Hamanaka, 49, a former Nemuro city hall employee, said the government should make clear that it "will never accept two islands as a final settlement."

Hamanaka also pledged to seek more subsidies for fishing crews struggling with a collapse in the autumn salmon catch.

Kazuko Ueda, 89, who was born on Taraku Island of the Habomai group, listened to both speeches. "I have heard promises from every prime minister since I was a young woman," she said.

The LDP's campaign platform promises to "resolve the territorial issue and conclude a peace treaty," repeating the wording of previous elections. The CDP's platform mentions the Northern Territories in a section on Hokkaido's fisheries.

In an Asahi Shimbun survey conducted on Oct. 19-20, 30 percent of respondents said they would vote for the LDP in the proportional representation segment, down from 36 percent a week earlier.

Noda, a former prime minister who met Putin at the Asia-Pacific Economic Cooperation summit in Vladivostok in 2012, is seen by many as more pragmatic on Russia than his party's left wing.

RELATED ARTICLES
Ishiba dissolves Lower House, sets Oct. 27 election
Russia says grave visits to islands remain suspended""",
     expected=[
        dict(speaker="Shigeru Ishiba", treaty=True,
             snippet="I will keep working so that the day comes when the territorial issue is resolved and a peace treaty is signed"),
        dict(speaker="Shigeru Ishiba", treaty=False,
             snippet="promised to double the government's grant for local governments"),
        dict(speaker="Yoshihiko Noda", treaty=True,
             snippet="When I was prime minister, I sat across from Putin and we agreed to keep talking"),
        dict(speaker="Yoshihiko Noda", treaty=True, optional=True,
             snippet="Rebuilding it, one step at a time, is the job of the next government"),
        dict(speaker="Yoshihiko Noda", treaty=False,
             snippet="calling for a ban on donations from companies and organizations"),
        dict(speaker="Takeshi Iwaya", alt=["Japanese Foreign Ministry"], treaty=False,
             snippet="a private agreement allowing Nemuro fishermen to harvest kelp near Kaigara Island"),
        dict(speaker="Daisuke Hamanaka", alt=["Hamanaka"], treaty=True,
             snippet="will never accept two islands as a final settlement"),
        dict(speaker="Daisuke Hamanaka", alt=["Hamanaka"], treaty=False,
             snippet="seek more subsidies for fishing crews struggling with a collapse in the autumn salmon catch"),
     ],
     not_statements=[
        "I have heard promises from every prime minister since I was a young woman",
        "The LDP's campaign platform promises to \"resolve the territorial issue and conclude a peace treaty,\"",
        "The CDP's platform mentions the Northern Territories in a section on Hokkaido's fisheries.",
        "30 percent of respondents said they would vote for the LDP",
        "is seen by many as more pragmatic on Russia than his party's left wing",
        "Russia says grave visits to islands remain suspended",
        "Prime Minister Shigeru Ishiba, center, makes a stump speech in Nemuro, Hokkaido",
        "Ishiba, Noda take campaign to Nemuro as former islanders look on",
     ]),

dict(id="E19-16", outlet="Bloomberg",
     url="https://www.bloomberg.com/news/articles/2025-07-15/japan-s-ishiba-says-russian-lng-vital-as-election-nears",
     published="2025-07-15",
     title="Ishiba Says Russian LNG Still Vital as Japan Heads to the Polls",
     text="""Bloomberg
Politics

Ishiba Says Russian LNG Still Vital as Japan Heads to the Polls

By Erika Nakamoto and Thomas Ridley
July 15, 2025 at 4:10 PM GMT+9

Japanese Prime Minister Shigeru Ishiba said his country can't afford to give up liquefied natural gas from Russia's Sakhalin-2 project, even as Tokyo keeps up sanctions over the war in Ukraine, days before an upper house election that polls suggest could cost his coalition its majority.

"Sakhalin-2 supplies close to a tenth of our LNG. Walking away would only hand it to someone else and raise bills for Japanese households," Ishiba said in a campaign speech in Chiba on Tuesday.

Asked about the territorial dispute with Russia, Ishiba said Japan remained committed to resolving it and signing a peace treaty, "even though the current situation makes negotiations impossible."

Yoshihiko Noda, head of the main opposition Constitutional Democratic Party of Japan, is campaigning on a pledge to cut the consumption tax on food to zero for a year, funded without new bonds.

Chief Cabinet Secretary Yoshimasa Hayashi told reporters that Japanese buyers' long-term contracts for Sakhalin-2 cargoes remained in force and that the government would keep monitoring the situation.

Moscow has shown no interest in reopening talks. Deputy Foreign Minister Mikhail Galuzin, a former ambassador to Tokyo, told RIA Novosti this month that a peace treaty "cannot even be discussed" while Japan pursues what he called an anti-Russian policy.

Galuzin also said Russia was ready to keep fishing agreements with Japan working on a "mutually beneficial" basis.

The ruling bloc needs 50 seats in the July 20 election to retain control of the upper house. A poll by public broadcaster NHK published Monday put support for Ishiba's cabinet at 31%.

"Voters are angry about rice prices and wages. Russia and the islands simply aren't on the radar in this election," said Kenji Arimura, chief strategist at Tsubasa Securities in Tokyo.

The LDP's manifesto devotes a single line to Russia, pledging to "maintain the policy of resolving the territorial issue and concluding a peace treaty."

Japan imports about 9% of its LNG from Russia, most of it from Sakhalin-2, in which Mitsui & Co. and Mitsubishi Corp. hold stakes.

— With assistance from Aya Morinaga

Most Read
Trump Says Japan Deal Close as Tariff Deadline Looms
Sanseito's Surge Rattles Japan's Ruling Party
Yen Slides as Election Jitters Grow

Before it's here, it's on the Bloomberg Terminal.""",
     expected=[
        dict(speaker="Shigeru Ishiba", treaty=False,
             snippet="can't afford to give up liquefied natural gas from Russia's Sakhalin-2 project"),
        dict(speaker="Shigeru Ishiba", treaty=False,
             snippet="Walking away would only hand it to someone else and raise bills for Japanese households"),
        dict(speaker="Shigeru Ishiba", treaty=True,
             snippet="Japan remained committed to resolving it and signing a peace treaty"),
        dict(speaker="Shigeru Ishiba", treaty=True, optional=True,
             snippet="even though the current situation makes negotiations impossible"),
        dict(speaker="Yoshihiko Noda", treaty=False,
             snippet="cut the consumption tax on food to zero for a year"),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=False,
             snippet="long-term contracts for Sakhalin-2 cargoes remained in force"),
        dict(speaker="Mikhail Galuzin", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="a peace treaty \"cannot even be discussed\" while Japan pursues what he called an anti-Russian policy"),
        dict(speaker="Mikhail Galuzin", alt=["Russian Foreign Ministry"], treaty=False,
             snippet="ready to keep fishing agreements with Japan working on a \"mutually beneficial\" basis"),
     ],
     not_statements=[
        "Moscow has shown no interest in reopening talks.",
        "Russia and the islands simply aren't on the radar in this election",
        "put support for Ishiba's cabinet at 31%",
        "maintain the policy of resolving the territorial issue and concluding a peace treaty",
        "Japan imports about 9% of its LNG from Russia, most of it from Sakhalin-2",
        "Trump Says Japan Deal Close as Tariff Deadline Looms",
        "Before it's here, it's on the Bloomberg Terminal.",
     ]),
]
ARTICLES += [
dict(id="E19-17", outlet="Kyodo News",
     url="https://english.kyodonews.net/articles/-/61234",
     published="2025-09-24",
     title="LDP race hopefuls vow firm stance on Russia, split on how to restart talks",
     text="""KYODO NEWS - Sep 24, 2025 - 20:15 | Politics, All

LDP race hopefuls vow firm stance on Russia, split on how to restart talks

The five candidates running to lead Japan's ruling Liberal Democratic Party all pledged Tuesday to stand firm on the Northern Territories, but differed on whether and when Tokyo should seek to restart peace treaty talks with Moscow.

At a debate hosted by the Japan National Press Club in Tokyo, former economic security minister Sanae Takaichi said she would "never abandon" the goal of recovering the four Russian-held islands off Hokkaido.

"A peace treaty can come only after the question of sovereignty over the four islands is settled. That order will not change under a Takaichi government," she said.

Takaichi, who is seen as the most hawkish on Russia and China among the five, also repeated her call for "responsible and proactive" public spending to boost growth and security.

Agriculture minister Shinjiro Koizumi, regarded as a front-runner, said Japan should seek to resume the negotiations "when the circumstances allow," while keeping its position that the islands are Japanese territory.

Koizumi highlighted his release of government rice stockpiles earlier this year, saying it had helped bring down the price of rice in supermarkets.

Chief Cabinet Secretary Yoshimasa Hayashi said he would carry on Prime Minister Shigeru Ishiba's policy of resolving the territorial issue and concluding a peace treaty, and would look for "any opening" Russia offered.

As the government's top spokesman, Hayashi said earlier this month that Japan had lodged a strong protest with Russia after a Russian patrol aircraft violated Japanese airspace near Rebun Island off Hokkaido.

Former LDP Secretary-General Toshimitsu Motegi, who held talks with Russian Foreign Minister Sergei Lavrov as foreign minister, said he knew "how hard the Russian side bargains."

"The agreements we reached, including on the 1956 declaration, must remain our starting point. Throwing them away would only help Moscow," Motegi said.

Motegi also said he would make sure the tariff deal Japan struck with the United States in July was implemented in full.

Former economic security minister Takayuki Kobayashi, the youngest in the field, called for the creation of a national intelligence agency to counter espionage by China, Russia and North Korea.

The moderator asked the five whether they would be willing to meet Russian President Vladimir Putin while the war in Ukraine continues. Only Motegi said he would not rule it out.

A Kyodo News survey of rank-and-file party members found Koizumi and Takaichi in a close race for first place, with Hayashi third.

Koizumi's campaign slogan is "Japan moves forward with everyone," while Takaichi has run under the banner "Japan is back."

The LDP will elect its new president on Oct. 4. Ishiba announced his resignation earlier this month following the party's defeat in July's House of Councillors election.

Russia suspended peace treaty negotiations in 2022 after Japan joined Western sanctions over Moscow's invasion of Ukraine.

==Kyodo

Related coverage:
Russia says Japan's new leader will not change its position on treaty
Japan protests Russian aircraft's airspace violation near Rebun Island""",
     expected=[
        dict(speaker="Sanae Takaichi", treaty=True,
             snippet="goal of recovering the four Russian-held islands off Hokkaido"),
        dict(speaker="Sanae Takaichi", treaty=True,
             snippet="A peace treaty can come only after the question of sovereignty over the four islands is settled"),
        dict(speaker="Sanae Takaichi", treaty=False,
             snippet="public spending to boost growth and security"),
        dict(speaker="Shinjiro Koizumi", treaty=True,
             snippet="Japan should seek to resume the negotiations \"when the circumstances allow,\""),
        dict(speaker="Shinjiro Koizumi", treaty=True,
             snippet="keeping its position that the islands are Japanese territory"),
        dict(speaker="Shinjiro Koizumi", treaty=False,
             snippet="his release of government rice stockpiles earlier this year"),
        dict(speaker="Yoshimasa Hayashi", treaty=True,
             snippet="carry on Prime Minister Shigeru Ishiba's policy of resolving the territorial issue"),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=False,
             snippet="a Russian patrol aircraft violated Japanese airspace near Rebun Island off Hokkaido"),
        dict(speaker="Toshimitsu Motegi", treaty=True,
             snippet="The agreements we reached, including on the 1956 declaration, must remain our starting point"),
        dict(speaker="Toshimitsu Motegi", treaty=True, optional=True,
             snippet='said he knew "how hard the Russian side bargains."'),
        dict(speaker="Toshimitsu Motegi", treaty=False,
             snippet="the tariff deal Japan struck with the United States in July was implemented in full"),
        dict(speaker="Takayuki Kobayashi", treaty=False,
             snippet="the creation of a national intelligence agency to counter espionage"),
        dict(speaker="Toshimitsu Motegi", treaty=False, optional=True,
             snippet="Only Motegi said he would not rule it out."),
     ],
     not_statements=[
        "The moderator asked the five whether they would be willing to meet Russian President Vladimir Putin",
        "who is seen as the most hawkish on Russia and China among the five",
        "found Koizumi and Takaichi in a close race for first place",
        "Koizumi's campaign slogan is \"Japan moves forward with everyone,\"",
        "Russia suspended peace treaty negotiations in 2022 after Japan joined Western sanctions",
        "Russia says Japan's new leader will not change its position on treaty",
        "LDP race hopefuls vow firm stance on Russia, split on how to restart talks",
     ]),

dict(id="E19-18", outlet="NHK World",
     url="https://www3.nhk.or.jp/nhkworld/en/news/20260207_15/",
     published="2026-02-07",
     title="Takaichi vows to persist on Northern Territories on eve of election",
     text="""NHK WORLD-JAPAN
NEWS  |  Japan  |  Politics

Takaichi vows to persist on Northern Territories on eve of election

Feb. 7, 2026 16:30 JST
Watch video  2:12

Japan's Prime Minister Takaichi Sanae says she will persistently work to resolve the territorial issue with Russia and conclude a peace treaty. She spoke at an annual rally in Tokyo marking Northern Territories Day, on the final day of campaigning for Sunday's House of Representatives election.

Takaichi told the gathering of former island residents and officials that the four islands are "inherent territory of Japan over which our country has sovereignty."

She said relations with Russia remain in a difficult state because of its aggression against Ukraine, and that Japan will continue to coordinate sanctions with the Group of Seven.

Foreign Minister Motegi Toshimitsu said the government will keep urging Russia to resume visits by former residents to their ancestors' graves on the islands, which have been suspended since 2022.

Hokkaido Governor Suzuki Naomichi said the return of the islands is the long-held wish of the people of Hokkaido and that there must be no weakening of the movement calling for it.

Chief Cabinet Secretary Kihara Minoru told reporters on Friday that the government had no plans to change the date or format of the rally during the election campaign.

The Russian Embassy in Japan posted a message on social media criticizing the event. It said the southern Kurils are Russian territory as a result of World War Two and that Japan's claims are "without legal grounds."

The rally's organizers adopted a resolution calling for the early return of the four islands. About 800 people took part.

A former resident of Shikotan Island, 90-year-old Kawamura Sadao, told NHK he wants to visit his family's grave once more while he still can.

The campaign slogans of the main parties have largely focused on prices and wages, and Russia has barely featured in the debate. An NHK poll released last week showed that only 3 percent of voters regarded foreign policy as their top concern.

Russia suspended peace treaty talks in 2022 after Japan imposed sanctions over the invasion of Ukraine.

Related Articles
Russia says it will not resume treaty talks with Japan
Former islanders urge government to restart grave visits
Voting begins Sunday in House of Representatives election""",
     expected=[
        dict(speaker="Sanae Takaichi", alt=["Takaichi Sanae"], treaty=True,
             snippet="she will persistently work to resolve the territorial issue with Russia and conclude a peace treaty"),
        dict(speaker="Sanae Takaichi", alt=["Takaichi Sanae"], treaty=True,
             snippet="inherent territory of Japan over which our country has sovereignty"),
        dict(speaker="Sanae Takaichi", alt=["Takaichi Sanae"], treaty=False,
             snippet="Japan will continue to coordinate sanctions with the Group of Seven"),
        dict(speaker="Toshimitsu Motegi", alt=["Motegi Toshimitsu", "Japanese Foreign Ministry"], treaty=False,
             snippet="keep urging Russia to resume visits by former residents to their ancestors' graves"),
        dict(speaker="Naomichi Suzuki", alt=["Suzuki Naomichi"], treaty=True,
             snippet="the return of the islands is the long-held wish of the people of Hokkaido"),
        dict(speaker="Minoru Kihara", alt=["Kihara Minoru", "Japanese government"], treaty=False,
             snippet="no plans to change the date or format of the rally during the election campaign"),
        dict(speaker="Russian Embassy in Japan", treaty=True,
             snippet="the southern Kurils are Russian territory as a result of World War Two"),
        dict(speaker="Russian Embassy in Japan", treaty=True, optional=True,
             snippet="Japan's claims are \"without legal grounds.\""),
     ],
     not_statements=[
        "The rally's organizers adopted a resolution calling for the early return of the four islands",
        "he wants to visit his family's grave once more while he still can",
        "only 3 percent of voters regarded foreign policy as their top concern",
        "Russia suspended peace treaty talks in 2022 after Japan imposed sanctions",
        "Russia says it will not resume treaty talks with Japan",
        "Takaichi vows to persist on Northern Territories on eve of election",
        "The campaign slogans of the main parties have largely focused on prices and wages",
     ]),
]
