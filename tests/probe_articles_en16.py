# Probe articles, English, round 16: third-country outlets report Russia and Japan.
#
# Chinese, Korean, Turkish, Qatari, German, British, Indian, Singaporean, Australian and pan-European outlets
# covering the peace treaty / Southern Kurils (Northern Territories) dispute, 2012-2026, in their own house style:
# Xinhua exclusive interview, CGTN world brief, Global Times story with "experts" and a GT editorial box, China
# Daily correspondent report, Yonhap (LEAD) piece, Korea Herald wire roundup, Anadolu Agency Moscow report, Al
# Jazeera news explainer, DW news article, BBC News story, a BBC Monitoring summary with source lines, The Hindu
# page of a PTI feed, an IANS wire, The Straits Times, ABC News (Australia) with a "Key points" box, Euronews.
# Events modelled loosely on: Medvedev on Kunashir 2012, Nagato 2016, EEF 2018 and 2019, Singapore 2018, Moscow
# Jan 2019, constitutional amendment 2020, suspension of treaty talks March 2022, drills 2022, Bastion 2023,
# Northern Territories Day 2023/2025/2026, a 2023 interview of the ambassador.
#
# Speakers: Putin, Medvedev, Lavrov, Peskov, Zakharova, Galuzin, Nozdrev, Shoigu, Limarenko, Russian Foreign
# Ministry, Russian Defense Ministry (Eastern Military District), Noda, Gemba, Abe, Suga, Kishida, Ishiba, Takaichi,
# Kono, Motegi, Hayashi, Iwaya, Matsuno, Kihara; third-country officials: Wang Wenbin, Mao Ning (China), Noh
# Kyu-duk, Choi Young-sam (South Korea), Vijay Gokhale, Narendra Modi (India), Penny Wong (Australia), European
# Commission.  Their naming: "the Russian top diplomat", "Japan's top government spokesman", "the Kremlin's chief
# spokesman", "the Japanese premier", "Moscow's envoy to Tokyo", "the Russian leader", "he noted".
#
# Traps: outlets' own commentary ("Observers say", "Analysts say", "Correspondents say"), think-tank scholars and
# professors, Chinese/Korean WWII and Diaoyu/Dokdo background, "Japan claims the islands" background, documents
# (1956 Declaration, Cairo/Potsdam, the amendment text), editorial opinion (GT editorial box), polls, headlines,
# "Related"/"Read more" lists, BBC Monitoring source lines and notes, wire disclaimers, photo captions, a TV
# presenter, "Lavrov made the remarks at a press conference ..." (an event sentence, not the statement itself).
ARTICLES = []
ARTICLES += [
dict(id="E16-01", outlet="Xinhua",
     url="https://english.news.cn/20230611/russian-envoy-japan-sanctions-peace-treaty/c.html",
     published="2023-06-11",
     title="Russian envoy says Japan's sanctions have frozen peace treaty dialogue",
     text="""Russian envoy says Japan's sanctions have frozen peace treaty dialogue

Source: Xinhua
Editor: huaxia
2023-06-11 18:42:05

TOKYO, June 11 (Xinhua) -- Russia sees no ground for resuming peace treaty negotiations with Japan as long as Tokyo keeps to its openly hostile course, Russian Ambassador to Japan Nikolai Nozdrev told Xinhua in an exclusive interview.

"A peace treaty is a document about good-neighborliness, trust and cooperation. It is impossible to discuss such a document with a government that has imposed sanctions on our country and keeps freezing Russian assets," the ambassador said.

Moscow's envoy to Tokyo said the southern part of the Kuril chain became Russian territory as a result of World War II, adding that this fact is not a subject for any negotiation.

Nozdrev noted that trade between the two countries had dropped by about a third over the past year, but Japanese companies have so far kept their stakes in the Sakhalin-1 and Sakhalin-2 oil and gas projects.

"Our Japanese partners understand perfectly well that Russian energy is needed for stable supplies to their own economy," he said.

On fisheries, the diplomat said the annual talks on salmon and trout catches in Russia's exclusive economic zone were still being conducted in a businesslike manner.

He also voiced concern over growing military cooperation between Japan, the United States and NATO in the Asia-Pacific, which he said could undermine the security architecture of the whole region.

Japan has claimed the four islands, which it calls the Northern Territories, since the end of the war, and the dispute has kept the two countries from signing a formal peace treaty.

In March 2022, Russia suspended the peace treaty talks in response to Japan's sanctions over the Ukraine crisis.

Japanese Foreign Minister Yoshimasa Hayashi said in April that Tokyo's policy of resolving the territorial issue and then concluding a peace treaty remained unchanged.

During World War II, Japanese militarists inflicted immense suffering on the peoples of China and other Asian countries, and the Soviet Union declared war on Japan in August 1945.

Related:
Russia, Japan wrap up salmon fishing talks for 2023 season
Russian FM says Japan's remilitarization threatens regional stability""",
     expected=[
        dict(speaker="Nikolai Nozdrev", treaty=True,
             snippet="Russia sees no ground for resuming peace treaty negotiations with Japan"),
        dict(speaker="Nikolai Nozdrev", treaty=True,
             snippet="It is impossible to discuss such a document with a government that has imposed sanctions"),
        dict(speaker="Nikolai Nozdrev", treaty=True,
             snippet="the southern part of the Kuril chain became Russian territory as a result of World War II"),
        dict(speaker="Nikolai Nozdrev", treaty=False,
             snippet="trade between the two countries had dropped by about a third over the past year"),
        dict(speaker="Nikolai Nozdrev", treaty=False,
             snippet="Russian energy is needed for stable supplies to their own economy"),
        dict(speaker="Nikolai Nozdrev", treaty=False,
             snippet="the annual talks on salmon and trout catches in Russia's exclusive economic zone"),
        dict(speaker="Nikolai Nozdrev", treaty=False,
             snippet="could undermine the security architecture of the whole region"),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese Foreign Ministry"], treaty=True,
             snippet="Tokyo's policy of resolving the territorial issue and then concluding a peace treaty remained unchanged"),
     ],
     not_statements=[
        "Japan has claimed the four islands, which it calls the Northern Territories, since the end of the war",
        "In March 2022, Russia suspended the peace treaty talks in response to Japan's sanctions",
        "Japanese militarists inflicted immense suffering on the peoples of China and other Asian countries",
        "Russian envoy says Japan's sanctions have frozen peace treaty dialogue",
        "Russian FM says Japan's remilitarization threatens regional stability",
     ]),

dict(id="E16-02", outlet="CGTN",
     url="https://news.cgtn.com/news/2022-03-22/Russia-halts-peace-treaty-talks-with-Japan-over-sanctions/index.html",
     published="2022-03-22",
     title="Russia halts peace treaty talks with Japan over sanctions",
     text="""World
Russia halts peace treaty talks with Japan over sanctions
CGTN
Updated 15:07, 22-Mar-2022

Russia said on Monday it was halting negotiations with Japan on a peace treaty formally ending World War II hostilities, citing Tokyo's "unfriendly" sanctions imposed over the conflict in Ukraine.

"Under the current conditions, the Russian side does not intend to continue negotiations with Japan on a peace treaty," according to a statement released by the Russian Foreign Ministry.

The ministry said it was impossible to discuss signing a fundamental document on bilateral relations with a state that takes openly unfriendly positions and seeks to damage the interests of Russia.

The statement said Moscow was also ending visa-free trips by Japanese former residents to the islands and pulling out of a dialogue on joint economic projects there.

Japanese Prime Minister Fumio Kishida called the move "extremely unfair and absolutely unacceptable," telling a parliamentary committee that Tokyo had lodged a strong protest.

Japan's top government spokesman Hirokazu Matsuno said Japan's sanctions were a response to Russia's invasion of Ukraine and that it was wrong for Moscow to shift responsibility onto Tokyo.

He added that Japan's policy of settling the territorial question and then signing a peace treaty would not change.

Chinese Foreign Ministry spokesperson Wang Wenbin, asked about the development at a regular press briefing on Tuesday, said the territorial question between Russia and Japan is a matter for the two countries, and China hopes they will handle their differences properly through dialogue.

Wang also reiterated that China opposes unilateral sanctions that have no basis in international law.

The four islands, which Moscow calls the Southern Kurils and Tokyo the Northern Territories, passed to Soviet control as the war ended in 1945.

Observers say the decision has pushed a settlement of the island dispute further away than at any time since the end of the Cold War.

(Cover: Japanese Prime Minister Fumio Kishida speaks at a House of Councillors session in Tokyo, Japan, March 22, 2022. /CFP)

Read more:
Japan expels eight Russian diplomats, freezes more assets
Russia bans entry to 63 Japanese nationals

Source(s): Reuters, Xinhua""",
     expected=[
        dict(speaker="Russian Foreign Ministry", alt=["Russian government"], treaty=True,
             snippet="Russia said on Monday it was halting negotiations with Japan on a peace treaty"),
        dict(speaker="Russian Foreign Ministry", treaty=True,
             snippet="the Russian side does not intend to continue negotiations with Japan on a peace treaty"),
        dict(speaker="Russian Foreign Ministry", treaty=True,
             snippet="impossible to discuss signing a fundamental document on bilateral relations"),
        dict(speaker="Russian Foreign Ministry", treaty=False,
             snippet="Moscow was also ending visa-free trips by Japanese former residents to the islands"),
        dict(speaker="Fumio Kishida", treaty=True,
             snippet="extremely unfair and absolutely unacceptable"),
        dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=False,
             snippet="Japan's sanctions were a response to Russia's invasion of Ukraine"),
        dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=True,
             snippet="Japan's policy of settling the territorial question and then signing a peace treaty would not change"),
        dict(speaker="Wang Wenbin", treaty=True,
             snippet="the territorial question between Russia and Japan is a matter for the two countries"),
        dict(speaker="Wang Wenbin", treaty=False,
             snippet="China opposes unilateral sanctions that have no basis in international law"),
     ],
     not_statements=[
        "passed to Soviet control as the war ended in 1945",
        "Observers say the decision has pushed a settlement of the island dispute further away",
        "Japanese Prime Minister Fumio Kishida speaks at a House of Councillors session in Tokyo",
        "Japan expels eight Russian diplomats, freezes more assets",
        "Russia halts peace treaty talks with Japan over sanctions",
     ]),

dict(id="E16-03", outlet="Global Times",
     url="https://www.globaltimes.cn/page/202302/1285123.shtml",
     published="2023-02-08",
     title="Russia slams Japan's 'Northern Territories Day' rally as Tokyo accelerates military buildup: experts",
     text="""Russia slams Japan's 'Northern Territories Day' rally as Tokyo accelerates military buildup: experts

By Global Times
Published: Feb 08, 2023 09:47 PM

Russia's Foreign Ministry spokeswoman Maria Zakharova was quoted by Sputnik as saying that Japan's annual rally on the so-called Northern Territories Day was an anti-Russian campaign that did nothing to create conditions for dialogue.

Japanese Prime Minister Fumio Kishida told the rally in Tokyo on Tuesday that Japan would keep to its policy of settling the territorial question and then signing a peace treaty, though he acknowledged that relations with Russia were in a severe state.

"The current situation, in which the Japanese side has chosen a course of confrontation, rules out any talk of a peace treaty," Zakharova said.

Zakharova also said Tokyo's plan to sharply raise its defense budget showed that Japan was abandoning the peaceful path it had declared after the war.

Lü Chao, a research fellow at the Liaoning Academy of Social Sciences, told the Global Times that Tokyo's hype over the islands is aimed at rallying domestic support for its military expansion.

Chinese Foreign Ministry spokesperson Mao Ning said at Wednesday's press conference that Japan's moves to expand its military capabilities had raised serious concerns among its Asian neighbors.

Asked about the island dispute, Mao said China's position on issues left over from World War II is consistent, and it hopes the countries concerned handle the question properly through consultation.

The Cairo Declaration of 1943 and the Potsdam Proclamation of 1945 made clear that Japan must be stripped of all the territories it had seized by force.

Analysts say Washington is encouraging Tokyo to take a harder line on Moscow in order to rope Japan into its confrontation with Russia.

GT Voice
Tokyo should reflect on its history before lecturing others about territory. A country that has never fully atoned for its wartime aggression is in no position to play the victim.

Related:
Japan's new security documents a dangerous turn: FM spokesperson
Chinese, Russian warships hold joint patrol in western Pacific""",
     expected=[
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="an anti-Russian campaign that did nothing to create conditions for dialogue"),
        dict(speaker="Fumio Kishida", treaty=True,
             snippet="Japan would keep to its policy of settling the territorial question and then signing a peace treaty"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="has chosen a course of confrontation, rules out any talk of a peace treaty"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False,
             snippet="Tokyo's plan to sharply raise its defense budget showed that Japan was abandoning"),
        dict(speaker="Mao Ning", treaty=False,
             snippet="Japan's moves to expand its military capabilities had raised serious concerns"),
        dict(speaker="Mao Ning", treaty=True,
             snippet="it hopes the countries concerned handle the question properly through consultation"),
     ],
     not_statements=[
        "Tokyo's hype over the islands is aimed at rallying domestic support for its military expansion",
        "The Cairo Declaration of 1943 and the Potsdam Proclamation of 1945 made clear",
        "Analysts say Washington is encouraging Tokyo to take a harder line on Moscow",
        "Tokyo should reflect on its history before lecturing others about territory.",
        "Russia slams Japan's 'Northern Territories Day' rally as Tokyo accelerates military buildup",
        "Japan's new security documents a dangerous turn: FM spokesperson",
     ]),
]

ARTICLES += [
dict(id="E16-04", outlet="China Daily",
     url="https://www.chinadaily.com.cn/world/2016-12/17/content_27694512.htm",
     published="2016-12-17",
     title="Putin, Abe agree on joint economic activities on disputed islands",
     text="""Putin, Abe agree on joint economic activities on disputed islands

By CAI HONG in Tokyo | China Daily | Updated: 2016-12-17 07:42

President Vladimir Putin and Prime Minister Shinzo Abe of Japan agreed on Friday to start talks on joint economic activities on the four disputed islands, but the two leaders failed to make a breakthrough on the sovereignty issue.

"We need to end the ping-pong over the islands that has gone on for some 70 years," the Russian leader said at a joint news conference in Tokyo, adding that the priority was to create an atmosphere of trust between the two nations.

The Japanese premier told reporters that a special framework for joint economic activities would be worked out in a way that does not harm the legal positions of either side on the islands.

Abe said the two governments would also consider simplified procedures for former island residents to visit the graves of their ancestors.

Putin noted that Japanese and Russian companies had signed more than 60 commercial documents during his visit, worth about 300 billion yen ($2.5 billion).

He also said that the sanctions Tokyo imposed on Moscow in 2014 were an obstacle to expanding economic cooperation.

Kremlin's chief spokesman Dmitry Peskov told reporters before the talks that the question of Russia's sovereignty over the islands was not on the table.

The Soviet Union declared war on Japan on Aug 8, 1945, and its troops took the islands in the weeks after Japan's surrender.

China's Diaoyu Islands have been a source of friction between Beijing and Tokyo since Japan's so-called purchase of part of the islands in 2012.

Liu Jiangyong, a professor of Japan studies at Tsinghua University, said the outcome of the summit fell far short of what the Japanese public had been led to expect.

Photo: Vladimir Putin and Shinzo Abe attend a joint news conference at the prime minister's office in Tokyo on Dec 16, 2016. [Photo/Agencies]

Related Stories
Abe hosts Putin at hot spring resort in hometown
Japan, Russia remain far apart on island dispute""",
     expected=[
        dict(speaker="Vladimir Putin", treaty=True,
             snippet="We need to end the ping-pong over the islands that has gone on for some 70 years"),
        dict(speaker="Vladimir Putin", treaty=True,
             snippet="the priority was to create an atmosphere of trust between the two nations"),
        dict(speaker="Shinzo Abe", treaty=True,
             snippet="does not harm the legal positions of either side on the islands"),
        dict(speaker="Shinzo Abe", treaty=False,
             snippet="simplified procedures for former island residents to visit the graves of their ancestors"),
        dict(speaker="Vladimir Putin", treaty=False,
             snippet="Japanese and Russian companies had signed more than 60 commercial documents"),
        dict(speaker="Vladimir Putin", treaty=False,
             snippet="the sanctions Tokyo imposed on Moscow in 2014 were an obstacle to expanding economic cooperation"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True,
             snippet="the question of Russia's sovereignty over the islands was not on the table"),
     ],
     not_statements=[
        "the two leaders failed to make a breakthrough on the sovereignty issue",
        "The Soviet Union declared war on Japan on Aug 8, 1945, and its troops took the islands",
        "China's Diaoyu Islands have been a source of friction between Beijing and Tokyo",
        "the outcome of the summit fell far short of what the Japanese public had been led to expect",
        "Photo: Vladimir Putin and Shinzo Abe attend a joint news conference",
        "Japan, Russia remain far apart on island dispute",
     ]),

dict(id="E16-05", outlet="Yonhap",
     url="https://en.yna.co.kr/view/AEN20190123000351315",
     published="2019-01-23",
     title="(LEAD) Abe, Putin agree to speed up peace treaty talks, but no breakthrough on islands",
     text="""(LEAD) Abe, Putin agree to speed up peace treaty talks, but no breakthrough on islands

All News | 10:41 January 23, 2019

(ATTN: ADDS Seoul's reaction in paras 7-8)

SEOUL/MOSCOW, Jan. 23 (Yonhap) -- President Vladimir Putin and Prime Minister Shinzo Abe of Japan agreed Tuesday to step up negotiations on a peace treaty, though the long-running dispute over four islands off Hokkaido remained unresolved after their talks in Moscow.

Putin told a joint press conference that painstaking work still lies ahead to create the conditions for a solution acceptable to the peoples of both countries.

Abe said he and Putin had confirmed their strong determination to reach a solution that the people of both nations can accept.

The Russian leader also said the two sides discussed the situation on the Korean Peninsula and agreed that its denuclearization should be achieved through diplomacy and dialogue.

Abe said he asked for Russia's cooperation in resolving the issue of Japanese citizens abducted by North Korea in the 1970s and 1980s.

Japan claims the four islands, which passed to Soviet control in 1945, and the quarrel has left the neighbours without a peace treaty.

At a regular briefing in Seoul on Wednesday, foreign ministry spokesman Noh Kyu-duk said the territorial issue between Russia and Japan is for the two countries to resolve and that South Korea has no particular position on it.

Noh added that Seoul welcomes Moscow's constructive role in bringing lasting peace to the Korean Peninsula.

Tokyo's repeated claims to South Korea's easternmost islets of Dokdo remain a thorn in relations between Seoul and Tokyo, which colonized the Korean Peninsula from 1910-45.

(END)

Related Articles
N. Korea's Kim, Putin could meet in spring: Kremlin
Seoul lodges protest over Japan's Dokdo claim in diplomatic bluebook""",
     expected=[
        dict(speaker="Vladimir Putin", treaty=True,
             snippet="painstaking work still lies ahead to create the conditions for a solution acceptable"),
        dict(speaker="Shinzo Abe", treaty=True,
             snippet="confirmed their strong determination to reach a solution that the people of both nations can accept"),
        dict(speaker="Vladimir Putin", treaty=False,
             snippet="agreed that its denuclearization should be achieved through diplomacy and dialogue"),
        dict(speaker="Shinzo Abe", treaty=False,
             snippet="asked for Russia's cooperation in resolving the issue of Japanese citizens abducted"),
        dict(speaker="Noh Kyu-duk", treaty=True,
             snippet="the territorial issue between Russia and Japan is for the two countries to resolve"),
        dict(speaker="Noh Kyu-duk", treaty=False,
             snippet="Seoul welcomes Moscow's constructive role in bringing lasting peace to the Korean Peninsula"),
     ],
     not_statements=[
        "Abe, Putin agree to speed up peace treaty talks, but no breakthrough on islands",
        "the long-running dispute over four islands off Hokkaido remained unresolved after their talks",
        "Japan claims the four islands, which passed to Soviet control in 1945",
        "Tokyo's repeated claims to South Korea's easternmost islets of Dokdo remain a thorn",
        "N. Korea's Kim, Putin could meet in spring: Kremlin",
     ]),

dict(id="E16-06", outlet="The Korea Herald",
     url="https://www.koreaherald.com/view.php?ud=20220327000087",
     published="2022-03-27",
     title="Russia stages drills on islands claimed by Japan as N. Korea tests ICBM",
     text="""World
Russia stages drills on islands claimed by Japan as N. Korea tests ICBM

Published : Mar 27, 2022 - 14:12

TOKYO -- Russia said Saturday it was holding military exercises on the Kuril Islands, including the southern islands claimed by Japan, days after Moscow broke off peace treaty talks with Tokyo.

More than 3,000 troops and hundreds of pieces of military equipment were taking part in the exercises, the Eastern Military District said in a statement carried by Russian news agencies.

Japan's top government spokesman Hirokazu Matsuno said Tokyo had lodged a protest, saying the islands belong to Japan by right and the reinforcement of Russia's military presence there is unacceptable.

Matsuno also condemned North Korea's launch of an intercontinental ballistic missile on Thursday, which he said posed a grave threat to Japan's security.

In Seoul, foreign ministry spokesperson Choi Young-sam said the government strongly condemns the North's ICBM launch as a clear violation of UN Security Council resolutions.

Russian Foreign Minister Sergei Lavrov said Friday that Japan had joined the Western campaign against Russia and that Moscow would respond to its sanctions in a measured way.

Moscow has held the islands since 1945, and Tokyo has sought them back ever since.

Analysts in Seoul say Moscow's growing isolation could make it more tolerant of Pyongyang's weapons tests.

A Russian soldier takes part in drills on Iturup Island. (AFP-Yonhap)

By news agencies (khnews@heraldcorp.com)

Most Popular
N. Korea confirms test of new Hwasong-17 ICBM
Yoon's transition team to review defense posture""",
     expected=[
        dict(speaker="Eastern Military District", alt=["Russian Defense Ministry", "Russian government"], treaty=False, optional=True,
             snippet="Russia said Saturday it was holding military exercises on the Kuril Islands"),
        dict(speaker="Eastern Military District", alt=["Russian Defense Ministry"], treaty=False,
             snippet="More than 3,000 troops and hundreds of pieces of military equipment were taking part"),
        dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=True,
             snippet="the islands belong to Japan by right"),
        dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=False,
             snippet="which he said posed a grave threat to Japan's security"),
        dict(speaker="Choi Young-sam", treaty=False,
             snippet="strongly condemns the North's ICBM launch as a clear violation of UN Security Council"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=False,
             snippet="Moscow would respond to its sanctions in a measured way"),
     ],
     not_statements=[
        "Russia stages drills on islands claimed by Japan as N. Korea tests ICBM",
        "Moscow has held the islands since 1945, and Tokyo has sought them back",
        "Moscow's growing isolation could make it more tolerant of Pyongyang's weapons tests",
        "A Russian soldier takes part in drills on Iturup Island.",
        "N. Korea confirms test of new Hwasong-17 ICBM",
     ]),

dict(id="E16-07", outlet="Anadolu Agency",
     url="https://www.aa.com.tr/en/europe/russia-urges-japan-to-recognize-wwii-results-over-kuril-islands/1363512",
     published="2019-01-14",
     title="Russia urges Japan to recognize WWII results over Kuril Islands",
     text="""Russia urges Japan to recognize WWII results over Kuril Islands

Foreign Minister Sergey Lavrov says sovereignty over southern Kurils not up for discussion in peace treaty talks with Tokyo

Elena Teslova | 14.01.2019 - Update : 14.01.2019

MOSCOW

Russia's foreign minister on Monday said Japan must recognize Russia's sovereignty over the southern Kuril Islands as an outcome of World War II before the sides can make progress toward a peace treaty.

Lavrov spoke to the press in Moscow after meeting Taro Kono, Japan's foreign minister.

"This is not an issue for discussion; it is an integral part of the results of the Second World War, enshrined in the UN Charter," the Russian top diplomat said.

He also criticized Tokyo's use of the term "Northern Territories" in its domestic legislation, calling it unacceptable for Moscow.

Lavrov said Russia had raised concerns over Japan's plans to deploy U.S.-made Aegis Ashore missile defense systems, which he said could pose a threat to Russia.

He noted that trade between the two countries grew by around 17 percent last year.

Kono, for his part, told reporters that the talks had been frank and that he would continue working toward a peace treaty with a sense of purpose.

The dispute over the islands has prevented Moscow and Tokyo from signing a peace treaty formally ending their World War II hostilities.

Japan claims the four islands -- Iturup, Kunashir, Shikotan and the Habomai group -- which were seized by Soviet forces in 1945.

Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form.

Related topics
Russia, Japan, Kuril Islands, Sergey Lavrov, Taro Kono""",
     expected=[
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="Japan must recognize Russia's sovereignty over the southern Kuril Islands"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="it is an integral part of the results of the Second World War, enshrined in the UN Charter"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="criticized Tokyo's use of the term \"Northern Territories\" in its domestic legislation"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=False,
             snippet="Japan's plans to deploy U.S.-made Aegis Ashore missile defense systems"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=False,
             snippet="trade between the two countries grew by around 17 percent last year"),
        dict(speaker="Taro Kono", alt=["Japanese Foreign Ministry"], treaty=True,
             snippet="he would continue working toward a peace treaty with a sense of purpose"),
     ],
     not_statements=[
        "Lavrov spoke to the press in Moscow after meeting Taro Kono",
        "The dispute over the islands has prevented Moscow and Tokyo from signing a peace treaty",
        "Japan claims the four islands -- Iturup, Kunashir, Shikotan and the Habomai group",
        "Anadolu Agency website contains only a portion of the news stories offered to subscribers",
        "Foreign Minister Sergey Lavrov says sovereignty over southern Kurils not up for discussion",
        "Russia urges Japan to recognize WWII results over Kuril Islands",
     ]),
]

ARTICLES += [
dict(id="E16-08", outlet="Al Jazeera",
     url="https://www.aljazeera.com/news/2020/7/3/russias-new-constitution-bans-ceding-land-what-it-means-for-japan",
     published="2020-07-03",
     title="Russia's new constitution bans ceding land. What does it mean for Japan?",
     text="""News | Politics

Russia's new constitution bans ceding land. What does it mean for Japan?

Tokyo says it will keep negotiating over the disputed islands, while the Kremlin insists talks can go on under the amended basic law.

3 Jul 2020

Japan's top government spokesman, Chief Cabinet Secretary Yoshihide Suga, said on Friday that the amendments approved in Russia's nationwide vote would not change Tokyo's approach to the territorial dispute.

"We will firmly continue negotiations with Russia on the territorial issue and conclude a peace treaty," Suga told a regular news conference in Tokyo.

The amended constitution says that actions aimed at alienating part of Russia's territory, as well as calls for such actions, are not permitted.

Dmitry Peskov, the Kremlin's spokesman, told journalists the new clause did not mean an end to peace treaty talks with Japan, which he said were continuing.

Foreign Ministry spokeswoman Maria Zakharova said Moscow was ready to keep up a dialogue with Tokyo on a peace treaty, but not a dialogue about handing over territory.

Japanese Foreign Minister Toshimitsu Motegi said Tokyo would seek to restart visa-free visits by former islanders once the coronavirus pandemic eases.

Analysts say the amendment was written mainly with a domestic audience in mind, but it gives Russian negotiators a ready reason to refuse any transfer of land.

A survey by the independent Levada Center last year found that 77 percent of Russians opposed handing any of the islands to Japan.

"The clause narrows Putin's room for manoeuvre, even if he still wanted a deal," said James Brown, an associate professor at Temple University's Japan campus.

The islands, Tokyo's Northern Territories and Moscow's Southern Kurils, came under Soviet control in 1945.

Source: Al Jazeera and news agencies

MORE FROM NEWS
Putin wins vote that could keep him in power until 2036
Japan reports record daily rise in Tokyo virus cases""",
     expected=[
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=True,
             snippet="would not change Tokyo's approach to the territorial dispute"),
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=True,
             snippet="We will firmly continue negotiations with Russia on the territorial issue and conclude a peace treaty"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True,
             snippet="the new clause did not mean an end to peace treaty talks with Japan"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="ready to keep up a dialogue with Tokyo on a peace treaty, but not a dialogue about handing over territory"),
        dict(speaker="Toshimitsu Motegi", alt=["Japanese Foreign Ministry"], treaty=False,
             snippet="Tokyo would seek to restart visa-free visits by former islanders"),
     ],
     not_statements=[
        "actions aimed at alienating part of Russia's territory, as well as calls for such actions, are not permitted",
        "Analysts say the amendment was written mainly with a domestic audience in mind",
        "77 percent of Russians opposed handing any of the islands to Japan",
        "The clause narrows Putin's room for manoeuvre, even if he still wanted a deal",
        "Tokyo says it will keep negotiating over the disputed islands, while the Kremlin insists",
        "The islands, Tokyo's Northern Territories and Moscow's Southern Kurils",
     ]),

dict(id="E16-09", outlet="DW",
     url="https://www.dw.com/en/putin-surprises-abe-with-offer-of-peace-treaty-without-preconditions/a-45458921",
     published="2018-09-12",
     title="Putin surprises Abe with offer of peace treaty 'without preconditions'",
     text="""NEWS | ASIA

Putin surprises Abe with offer of peace treaty 'without preconditions'

Russian President Vladimir Putin has proposed signing a peace treaty with Japan by the end of the year, setting aside the territorial dispute for later. Tokyo responded that its position has not changed.

"Why not sign a peace deal with no conditions attached, and do it before the year is out," Putin told the plenary session of the Eastern Economic Forum in Vladivostok on Wednesday.

He noted that the two sides could then continue solving all the disputed questions "as friends," on the basis of the treaty.

Japanese Prime Minister Shinzo Abe, who spoke before Putin, urged the Russian leader to fulfil their shared responsibility to the next generations by ending the post-war era between the two countries.

Abe also said Japanese companies were ready to take part in liquefied natural gas projects in the Russian Arctic.

Japan's top government spokesman Yoshihide Suga told reporters in Tokyo that Japan's stance of resolving the question of the four islands first and only then concluding a peace treaty had not changed.

Kremlin spokesman Dmitry Peskov later said that Putin's proposal had been a spontaneous idea, but that the president was ready to discuss it with Tokyo.

In his speech, Putin also said that US trade sanctions were harming economic growth across the Asia-Pacific region.

Analysts say Tokyo cannot accept a treaty that leaves the fate of the islands open, as that would amount to abandoning its claim.

Tokyo's name for the islands, which the Soviet Union took in 1945, is the Northern Territories; Moscow's is the Southern Kurils.

Putin and Abe have met more than 20 times since 2013. (Photo: Putin and Abe in Vladivostok)

ap/rt (AFP, Reuters)

Date 12.09.2018

Related content
Russia begins its largest war games since the Cold War
Japan and Russia agree on pilot trips to disputed islands

Share: Facebook Twitter WhatsApp""",
     expected=[
        dict(speaker="Vladimir Putin", treaty=True,
             snippet="has proposed signing a peace treaty with Japan by the end of the year"),
        dict(speaker="Vladimir Putin", treaty=True,
             snippet="Why not sign a peace deal with no conditions attached, and do it before the year is out"),
        dict(speaker="Vladimir Putin", treaty=True,
             snippet="the two sides could then continue solving all the disputed questions"),
        dict(speaker="Shinzo Abe", treaty=True,
             snippet="fulfil their shared responsibility to the next generations by ending the post-war era"),
        dict(speaker="Shinzo Abe", treaty=False,
             snippet="Japanese companies were ready to take part in liquefied natural gas projects in the Russian Arctic"),
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=True,
             snippet="Japan's stance of resolving the question of the four islands first"),
        dict(speaker="Japanese government", alt=["Yoshihide Suga"], treaty=True, optional=True,
             snippet="Tokyo responded that its position has not changed."),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True,
             snippet="Putin's proposal had been a spontaneous idea, but that the president was ready to discuss it"),
        dict(speaker="Vladimir Putin", treaty=False,
             snippet="US trade sanctions were harming economic growth across the Asia-Pacific region"),
     ],
     not_statements=[
        "Analysts say Tokyo cannot accept a treaty that leaves the fate of the islands open",
        "Tokyo's name for the islands, which the Soviet Union took in 1945",
        "Putin and Abe have met more than 20 times since 2013.",
        "Japan and Russia agree on pilot trips to disputed islands",
        "Putin surprises Abe with offer of peace treaty 'without preconditions'",
     ]),

dict(id="E16-10", outlet="BBC News",
     url="https://www.bbc.com/news/world-asia-18688712",
     published="2012-07-03",
     title="Russian PM Medvedev visits disputed Kuril island",
     text="""Russian PM Medvedev visits disputed Kuril island

3 July 2012

Share this page

Russian Prime Minister Dmitry Medvedev has visited one of the disputed islands off Japan's northern coast, drawing an angry response from Tokyo.

During a tour of Kunashir, known in Japan as Kunashiri, Mr Medvedev said the island was an important part of the Sakhalin region and of Russia, and that Moscow would not stop investing there.

He also told local officials that the island's fish processing plants should be modernised and that a new pier was needed for the fishing fleet.

Japanese Foreign Minister Koichiro Gemba said the visit "hurts the feelings of the Japanese people" and was extremely regrettable.

Prime Minister Yoshihiko Noda told parliament that Japan would continue patient negotiations to resolve the territorial issue with Russia.

The Russian foreign ministry said in a statement posted on its website that the prime minister's trips within the country were Russia's internal affair and that Japan's protests were unacceptable.

Tokyo's Northern Territories, Moscow's Southern Kurils, have been under Russian control since 1945.

Mr Medvedev first visited Kunashir in 2010 as president, prompting Japan to temporarily recall its ambassador from Moscow.

Correspondents say the timing of the visit, weeks after Mr Putin returned to the presidency, suggests Moscow wants to show it will not soften its stance.

Image caption: Mr Medvedev flew to Kunashir by helicopter from Sakhalin

Related Stories
Japan recalls ambassador over Kuril visit
Q&A: Kuril islands dispute

More on this story""",
     expected=[
        dict(speaker="Dmitry Medvedev", treaty=True,
             snippet="the island was an important part of the Sakhalin region and of Russia"),
        dict(speaker="Dmitry Medvedev", treaty=False,
             snippet="the island's fish processing plants should be modernised"),
        dict(speaker="Koichiro Gemba", alt=["Japanese Foreign Ministry"], treaty=True,
             snippet="hurts the feelings of the Japanese people"),
        dict(speaker="Yoshihiko Noda", treaty=True,
             snippet="Japan would continue patient negotiations to resolve the territorial issue with Russia"),
        dict(speaker="Russian Foreign Ministry", treaty=True,
             snippet="the prime minister's trips within the country were Russia's internal affair"),
     ],
     not_statements=[
        "Russian Prime Minister Dmitry Medvedev has visited one of the disputed islands",
        "have been under Russian control since 1945",
        "prompting Japan to temporarily recall its ambassador from Moscow",
        "Correspondents say the timing of the visit, weeks after Mr Putin returned to the presidency",
        "Mr Medvedev flew to Kunashir by helicopter from Sakhalin",
        "Japan recalls ambassador over Kuril visit",
     ]),
]

ARTICLES += [
dict(id="E16-11", outlet="BBC Monitoring",
     url="https://monitoring.bbc.co.uk/product/c203k2mq",
     published="2022-03-22",
     title="Russia: Officials blame Tokyo for halt to peace treaty talks",
     text="""BBC Monitoring

Russia: Officials blame Tokyo for halt to peace treaty talks

Published: 22 March 2022, 17:05 GMT
Topics: Russia-Japan relations; Kuril Islands; sanctions

Summary
Russian Foreign Minister Sergei Lavrov has said that Japan alone bears responsibility for the end of peace treaty negotiations, because Tokyo chose to join the Western sanctions against Russia. Kremlin spokesman Dmitry Peskov and Deputy Security Council chairman Dmitry Medvedev made similar points, while Russia's ambassador in Tokyo sought to reassure Japanese buyers of Russian energy.

Lavrov: Tokyo "made its choice"
Speaking to journalists after talks with a visiting foreign counterpart in Moscow, Lavrov said Japan had made its choice by taking an openly hostile stance, and that it could not expect Russia to sign a treaty on friendship with a country that was trying to hurt its economy. (TASS news agency, 1212 gmt 22 Mar 22)

Peskov: no basis for dialogue
Peskov told journalists that Japan's unfriendly actions had removed any basis for continuing a dialogue on a peace treaty, and that responsibility for this lay entirely with Tokyo. (Interfax news agency, 0935 gmt 22 Mar 22)

Galuzin: gas supplies to continue
Russia's ambassador to Japan, Mikhail Galuzin, told Rossiya 24 TV that Moscow would keep supplying liquefied natural gas from Sakhalin-2 to Japanese customers as long as they honoured their contracts. (Rossiya 24 TV, 0700 gmt 22 Mar 22)

Medvedev: talks "always ritual"
Medvedev wrote on his Telegram channel that the talks on the Kurils had always been ritualistic and that Japan had never really wanted to reach an agreement. (Telegram channel of Dmitry Medvedev, 1540 gmt 22 Mar 22)

Sakhalin governor on fishing
Sakhalin Region governor Valery Limarenko said local fishing companies would not suffer from the loss of Japanese buyers, since demand in China and South Korea was growing. (Sakhalin.info news website, 0412 gmt 22 Mar 22)

State TV reaction
The presenter of Channel One's main evening news programme Vremya said that Tokyo had finally shown its true face by following Washington's orders.

BBC Monitoring notes that the Russian Foreign Ministry announced the suspension of the talks on 21 March, citing Japan's sanctions.

Source: BBC Monitoring in English 22 Mar 22

BBC Monitoring reports and analyses news from TV, radio, web and print media around the world.""",
     expected=[
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="Japan alone bears responsibility for the end of peace treaty negotiations"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="it could not expect Russia to sign a treaty on friendship with a country"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True,
             snippet="Japan's unfriendly actions had removed any basis for continuing a dialogue on a peace treaty"),
        dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=False,
             snippet="Moscow would keep supplying liquefied natural gas from Sakhalin-2 to Japanese customers"),
        dict(speaker="Dmitry Medvedev", treaty=True,
             snippet="the talks on the Kurils had always been ritualistic"),
        dict(speaker="Valery Limarenko", treaty=False,
             snippet="local fishing companies would not suffer from the loss of Japanese buyers"),
     ],
     not_statements=[
        "Russia: Officials blame Tokyo for halt to peace treaty talks",
        "(TASS news agency, 1212 gmt 22 Mar 22)",
        "Tokyo had finally shown its true face by following Washington's orders",
        "BBC Monitoring notes that the Russian Foreign Ministry announced the suspension of the talks",
        "Source: BBC Monitoring in English 22 Mar 22",
        "BBC Monitoring reports and analyses news from TV, radio, web and print media around the world.",
     ]),

dict(id="E16-12", outlet="The Hindu",
     url="https://www.thehindu.com/news/international/modi-abe-putin-share-stage-at-vladivostok-forum/article29349117.ece",
     published="2019-09-05",
     title="Modi, Abe and Putin share stage at Vladivostok forum",
     text="""International

Modi, Abe and Putin share stage at Vladivostok forum

PTI
Vladivostok, September 05, 2019 21:12 IST
Updated: September 05, 2019 21:40 IST

Prime Minister Narendra Modi on Thursday said India would extend a line of credit of $1 billion for the development of the resource-rich Russian Far East.

Addressing the plenary session of the Eastern Economic Forum alongside President Vladimir Putin and his Japanese counterpart Shinzo Abe, Mr. Modi said Indian talent and Russian resources could together drive the region's growth.

Mr. Abe said he and Mr. Putin shared a firm determination to conclude a peace treaty and to hand the next generation a relationship free of the unresolved post-war problem.

The Japanese premier also said that tourist tours by Japanese visitors to the disputed islands, launched as a pilot project in the autumn, showed what the two nations could achieve together.

The Russian leader said that the presence of U.S. military facilities in Japan had to be taken into account in the peace treaty negotiations, as it directly concerns Russia's security.

Mr. Putin also said Russia would welcome Indian investment in Arctic energy projects, including liquefied natural gas.

Foreign Secretary Vijay Gokhale told reporters that Mr. Modi and Mr. Abe had discussed the maritime situation in the Indo-Pacific on the sidelines of the forum.

Russia and Japan have not signed a peace treaty since World War II because of the dispute over the islands known in Russia as the Southern Kurils and in Japan as the Northern Territories.

Mr. Modi is the first Indian Prime Minister to visit the Russian Far East.

This article has been published from a wire agency feed without modifications to the text. Only the headline has been changed.

MORE IN World
Putin invites Modi to Victory Day parade in Moscow
India, Russia sign pact on Chennai-Vladivostok maritime route""",
     expected=[
        dict(speaker="Narendra Modi", treaty=False,
             snippet="India would extend a line of credit of $1 billion for the development of the resource-rich Russian Far East"),
        dict(speaker="Narendra Modi", treaty=False,
             snippet="Indian talent and Russian resources could together drive the region's growth"),
        dict(speaker="Shinzo Abe", treaty=True,
             snippet="shared a firm determination to conclude a peace treaty"),
        dict(speaker="Shinzo Abe", treaty=True, optional=True,
             snippet="tourist tours by Japanese visitors to the disputed islands, launched as a pilot project"),
        dict(speaker="Vladimir Putin", treaty=True,
             snippet="the presence of U.S. military facilities in Japan had to be taken into account in the peace treaty"),
        dict(speaker="Vladimir Putin", treaty=False,
             snippet="Russia would welcome Indian investment in Arctic energy projects"),
        dict(speaker="Vijay Gokhale", treaty=False,
             snippet="had discussed the maritime situation in the Indo-Pacific on the sidelines of the forum"),
     ],
     not_statements=[
        "Russia and Japan have not signed a peace treaty since World War II because of the dispute",
        "Mr. Modi is the first Indian Prime Minister to visit the Russian Far East.",
        "This article has been published from a wire agency feed without modifications to the text.",
        "Putin invites Modi to Victory Day parade in Moscow",
        "Modi, Abe and Putin share stage at Vladivostok forum",
     ]),

dict(id="E16-13", outlet="IANS",
     url="https://ianslive.in/japan-pm-ishiba-vows-to-resolve-territorial-row-with-russia-moscow-dismisses-claims",
     published="2025-02-07",
     title="Japan PM Ishiba vows to resolve territorial row with Russia; Moscow dismisses claims",
     text="""Japan PM Ishiba vows to resolve territorial row with Russia; Moscow dismisses claims

Tokyo, Feb 7 (IANS) Japanese Prime Minister Shigeru Ishiba on Friday said Japan would persistently pursue its policy of settling the territorial question and then signing a peace treaty with Russia, despite the severe state of bilateral ties.

Addressing an annual national rally in Tokyo to demand the return of the Northern Territories, Ishiba said the resumption of visits by former islanders to their ancestral graves remained a top priority for his government.

Foreign Minister Takeshi Iwaya said Japan would maintain its sanctions against Russia in close coordination with its G7 partners until there is a just peace in Ukraine.

Russia's Foreign Ministry spokeswoman Maria Zakharova, according to state news agency TASS, described the Japanese leadership's remarks about the "Northern Territories" as revanchist and said the Kuril Islands are Russian territory.

Russian Ambassador to Japan Nikolai Nozdrev said in a statement posted on the embassy's website that rallies of this kind only poison the atmosphere and push any dialogue on a peace treaty further into the future.

Nozdrev also said the embassy was ready to help Japanese fishermen working in the waters around the islands under existing intergovernmental agreements.

Japan observes Northern Territories Day on February 7, the date in 1855 when the Treaty of Shimoda, which first drew a border between the two countries, was signed.

A Japanese government survey released in 2023 showed that fewer than half of respondents in their twenties were aware of the territorial issue.

Moscow has run the islands since Soviet forces took them in 1945.

--IANS

int/sha""",
     expected=[
        dict(speaker="Shigeru Ishiba", treaty=True,
             snippet="Japan would persistently pursue its policy of settling the territorial question and then signing a peace treaty"),
        dict(speaker="Shigeru Ishiba", treaty=False,
             snippet="the resumption of visits by former islanders to their ancestral graves remained a top priority"),
        dict(speaker="Takeshi Iwaya", alt=["Japanese Foreign Ministry"], treaty=False,
             snippet="Japan would maintain its sanctions against Russia in close coordination with its G7 partners"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="described the Japanese leadership's remarks about the \"Northern Territories\" as revanchist"),
        dict(speaker="Nikolai Nozdrev", alt=["Russian Embassy in Japan"], treaty=True,
             snippet="rallies of this kind only poison the atmosphere and push any dialogue on a peace treaty"),
        dict(speaker="Nikolai Nozdrev", alt=["Russian Embassy in Japan"], treaty=False,
             snippet="ready to help Japanese fishermen working in the waters around the islands"),
     ],
     not_statements=[
        "the date in 1855 when the Treaty of Shimoda, which first drew a border between the two countries",
        "fewer than half of respondents in their twenties were aware of the territorial issue",
        "Moscow has run the islands since Soviet forces took them in 1945",
        "Japan PM Ishiba vows to resolve territorial row with Russia; Moscow dismisses claims",
     ]),
]

ARTICLES += [
dict(id="E16-14", outlet="The Straits Times",
     url="https://www.straitstimes.com/asia/east-asia/abe-and-putin-agree-to-speed-up-peace-treaty-talks-based-on-1956-declaration",
     published="2018-11-15",
     title="Abe and Putin agree to speed up peace treaty talks based on 1956 declaration",
     text="""Asia | East Asia

Abe and Putin agree to speed up peace treaty talks based on 1956 declaration

Walter Sim
Japan Correspondent
Published Nov 15, 2018, 5:00 AM SGT

SINGAPORE - Shinzo Abe and Vladimir Putin have agreed to accelerate negotiations towards a peace treaty, using a Cold War-era joint declaration as the basis, after talks on the sidelines of the Asean-related summits in Singapore.

"We decided to move the peace treaty talks forward faster, building on the 1956 Japan-Soviet Joint Declaration," Mr Abe told reporters after meeting Mr Putin on Wednesday night.

He said he was determined to settle the issue, which has been left unresolved for more than 70 years, with his own hands, together with Mr Putin.

The 1956 declaration states that the Soviet Union would hand over Shikotan and the Habomai islets to Japan after a peace treaty is signed.

Mr Putin, speaking at a news conference on Thursday, said the declaration did not specify on what grounds the two islands would be handed over, or under whose sovereignty they would remain, and that this would have to be negotiated.

Kremlin spokesman Dmitry Peskov told Russian media that the agreement in Singapore did not mean an automatic handover of any territory.

Mr Abe also said he and Mr Putin agreed to work together towards the complete denuclearisation of North Korea.

Mr Putin said Russia was ready to deepen trade and investment ties with Asean, and praised Singapore as an efficient host.

Analysts say a two-island deal would be a hard sell for Japanese conservatives, who have long insisted on the return of all four islands.

A Kyodo News poll last weekend found that just over half of respondents supported a step-by-step return of the islands.

Related Story
Abe, Putin to meet on sidelines of Asean summit in Singapore
Related Story
Japan protests over Russian military drills on disputed islands

Join ST's Telegram channel and get the latest breaking news delivered to you.""",
     expected=[
        dict(speaker="Shinzo Abe", treaty=True,
             snippet="We decided to move the peace treaty talks forward faster, building on the 1956 Japan-Soviet Joint"),
        dict(speaker="Shinzo Abe", treaty=True,
             snippet="which has been left unresolved for more than 70 years, with his own hands"),
        dict(speaker="Vladimir Putin", treaty=True,
             snippet="the declaration did not specify on what grounds the two islands would be handed over"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True,
             snippet="the agreement in Singapore did not mean an automatic handover of any territory"),
        dict(speaker="Shinzo Abe", treaty=False,
             snippet="agreed to work together towards the complete denuclearisation of North Korea"),
        dict(speaker="Vladimir Putin", treaty=False,
             snippet="Russia was ready to deepen trade and investment ties with Asean"),
     ],
     not_statements=[
        "The 1956 declaration states that the Soviet Union would hand over Shikotan and the Habomai islets",
        "Analysts say a two-island deal would be a hard sell for Japanese conservatives",
        "just over half of respondents supported a step-by-step return of the islands",
        "Japan protests over Russian military drills on disputed islands",
        "Join ST's Telegram channel and get the latest breaking news delivered to you.",
     ]),

dict(id="E16-15", outlet="ABC News (Australia)",
     url="https://www.abc.net.au/news/2023-03-29/russia-deploys-coastal-missiles-kuril-islands-japan/102160348",
     published="2023-03-29",
     title="Russia deploys coastal missile systems on Kuril island near Japan",
     text="""Russia deploys coastal missile systems on Kuril island near Japan

ABC / wires
Posted Wed 29 Mar 2023 at 6:18pm

Key points:
Russia has deployed Bastion missile systems on Paramushir in the Kuril chain
Japan says it is watching Russian military activity closely
China and Russia have stepped up joint patrols near Japan

Russia's Defence Minister Sergei Shoigu says Bastion coastal defence missile systems have been deployed on Paramushir island, in the northern part of the Kuril chain.

Mr Shoigu told a meeting of defence ministry officials that the deployment was part of efforts to strengthen security in the Far East in response to the growing military activity of the United States and its allies.

He also said the Pacific Fleet would hold a large-scale readiness check in the Sea of Japan in the coming weeks.

Japan's top government spokesman, Hirokazu Matsuno, said Tokyo was closely watching Russia's military activities in the Far East, which had intensified since the invasion of Ukraine.

Mr Matsuno said Russia's military build-up on the four southern islands, which he described as Japan's inherent territory, was unacceptable.

Chinese foreign ministry spokesman Wang Wenbin said joint patrols by Chinese and Russian warships were not aimed at any third party.

Australia's Foreign Minister Penny Wong said Australia would keep working closely with Japan to uphold a region where disputes are settled by international law rather than force.

Paramushir lies well to the north of the four southernmost islands that Japan claims and calls the Northern Territories.

Analysts say the deployment is a message to Tokyo as much as to Washington.

Photo: The Bastion system fires P-800 Oniks anti-ship missiles. (Reuters: Russian Defence Ministry)

Related stories
Japan and Australia sign defence pact amid China's rise
Russian bombers fly over Sea of Japan during Biden visit""",
     expected=[
        dict(speaker="Sergei Shoigu", alt=["Russian Defense Ministry"], treaty=False,
             snippet="Bastion coastal defence missile systems have been deployed on Paramushir island"),
        dict(speaker="Sergei Shoigu", alt=["Russian Defense Ministry"], treaty=False,
             snippet="part of efforts to strengthen security in the Far East in response to the growing military activity"),
        dict(speaker="Sergei Shoigu", alt=["Russian Defense Ministry"], treaty=False,
             snippet="the Pacific Fleet would hold a large-scale readiness check in the Sea of Japan"),
        dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=False,
             snippet="Tokyo was closely watching Russia's military activities in the Far East"),
        dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=True,
             snippet="which he described as Japan's inherent territory, was unacceptable"),
        dict(speaker="Wang Wenbin", treaty=False,
             snippet="joint patrols by Chinese and Russian warships were not aimed at any third party"),
        dict(speaker="Penny Wong", treaty=False,
             snippet="Australia would keep working closely with Japan to uphold a region"),
     ],
     not_statements=[
        "Japan says it is watching Russian military activity closely",
        "Paramushir lies well to the north of the four southernmost islands that Japan claims",
        "Analysts say the deployment is a message to Tokyo as much as to Washington.",
        "The Bastion system fires P-800 Oniks anti-ship missiles.",
        "Russian bombers fly over Sea of Japan during Biden visit",
     ]),

dict(id="E16-16", outlet="Euronews",
     url="https://www.euronews.com/2026/02/07/japans-takaichi-vows-not-to-give-up-on-islands-held-by-russia",
     published="2026-02-07",
     title="Japan's Takaichi vows not to give up on islands held by Russia",
     text="""Japan's Takaichi vows not to give up on islands held by Russia

By Euronews with AP, Reuters
Published on 07/02/2026 - 11:32 GMT+1

Share this article
Comments

Japanese Prime Minister Sanae Takaichi told the annual Northern Territories Day rally in Tokyo on Saturday that Japan would never give up on the return of the four islands held by Russia.

"The Northern Territories belong to Japan, and that will not change. We will resolve this issue and conclude a peace treaty," Takaichi said, adding that the current state of relations with Moscow made progress difficult.

She also said Japan would keep supporting Ukraine and maintain its sanctions on Russia until a just and lasting peace is achieved.

Foreign Minister Toshimitsu Motegi said Tokyo would keep pressing Moscow to allow former islanders to resume visits to their family graves.

Kremlin spokesman Dmitry Peskov told reporters in Moscow that the islands are Russian territory and that Tokyo's current position makes any return to peace treaty talks impossible.

Russian Foreign Ministry spokeswoman Maria Zakharova said Japan's record defence spending posed a threat to stability in North-East Asia.

A European Commission spokesperson said the EU and Japan remained united in their support for Ukraine and in their sanctions policy towards Russia.

Russia, which calls the islands the Southern Kurils, has held them since 1945, and the quarrel has left the neighbours without a peace treaty.

Analysts say Takaichi's firm tone is popular at home but offers little prospect of movement while the war in Ukraine continues.

READ MORE
Japan's first female prime minister takes office
Russia and China hold joint naval drills in Sea of Japan""",
     expected=[
        dict(speaker="Sanae Takaichi", treaty=True,
             snippet="Japan would never give up on the return of the four islands held by Russia"),
        dict(speaker="Sanae Takaichi", treaty=True,
             snippet="The Northern Territories belong to Japan, and that will not change."),
        dict(speaker="Sanae Takaichi", treaty=False,
             snippet="Japan would keep supporting Ukraine and maintain its sanctions on Russia"),
        dict(speaker="Toshimitsu Motegi", alt=["Japanese Foreign Ministry"], treaty=False,
             snippet="allow former islanders to resume visits to their family graves"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True,
             snippet="Tokyo's current position makes any return to peace treaty talks impossible"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False,
             snippet="Japan's record defence spending posed a threat to stability in North-East Asia"),
        dict(speaker="European Commission", treaty=False, optional=True,
             snippet="the EU and Japan remained united in their support for Ukraine"),
     ],
     not_statements=[
        "Japan's Takaichi vows not to give up on islands held by Russia",
        "Russia, which calls the islands the Southern Kurils, has held them since 1945",
        "Analysts say Takaichi's firm tone is popular at home",
        "Russia and China hold joint naval drills in Sea of Japan",
     ]),
]
