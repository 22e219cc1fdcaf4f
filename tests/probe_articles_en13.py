# Probe articles, English, round 13: "quoted by whom" -- relayed attribution.
#
# The global English press (Reuters, AP, AFP via France 24 / Bangkok Post / Barron's, BBC, CNN, The Guardian,
# Bloomberg, Newsweek, Al Jazeera, SCMP, The Korea Herald, The Hindu, RFE/RL, Nikkei Asia, The Straits Times, DW)
# reporting Russian and Japanese officials at second hand: "was quoted by Interfax as saying", "told the state-run
# RIA Novosti", "Russian news agencies quoted Putin as saying", "in comments carried by TASS", "told reporters,
# according to Kyodo News", "NHK quoted the prime minister as saying", "according to a Kremlin transcript",
# "wrote on Telegram", "in a post on his Telegram channel", "in an interview with the Nikkei", "said in a statement
# posted on its website", "according to a readout", "he was cited as saying", nested attributions and attributions
# at the end of long paragraphs.
#
# Events (2012-2026): Medvedev on Kunashir (2012); Abe in Moscow (2013); Japan's Ukraine sanctions (2014);
# Medvedev on Iturup (2015); Putin in Japan (2016); Putin's "treaty without preconditions" (2018); Singapore /
# 1956 Declaration (2018); Lavrov-Kono and Abe-Putin in Moscow (2019); Russia's constitutional amendment (2020);
# Suga-Putin call (2020); Kuril tax zone at the EEF (2021); Russia suspends treaty talks (2022); Sakhalin-2 decree
# (2022); end of visa-free exchanges (2022); Northern Territories Day 2023/2024/2025/2026; Ishiba takes office (2024).
#
# Speakers (canonical): Vladimir Putin, Sergei Lavrov, Dmitry Peskov, Maria Zakharova, Dmitry Medvedev,
# Mikhail Galuzin, Nikolai Nozdrev, Yuri Ushakov, Shinzo Abe, Yoshihide Suga, Fumio Kishida, Shigeru Ishiba,
# Sanae Takaichi, Taro Kono, Toshimitsu Motegi, Yoshimasa Hayashi, Yoko Kamikawa, Hirokazu Matsuno,
# Russian Foreign Ministry, Kremlin; minor: Koichiro Gemba, Yoshihiko Noda, Takeshi Iwaya; invented analysts
# (always optional=True).
#
# Traps: outlet-only attribution ("Kyodo reported that Tokyo will..."), "Kyodo reported, citing unnamed government
# sources", "Japanese media reported" alone, joint statements / decrees / constitution text (documents), explainer
# boxes, captions, related-headline lists, reporters' questions that quote an official's earlier words, agency
# background paragraphs, protesters without names, same speakers on sanctions / Ukraine / LNG / fishing /
# North Korea / grave visits (treaty=False).
#
# All texts and quotes are invented for testing; they paraphrase real positions and are not verbatim reproductions.

ARTICLES = []

ARTICLES += [
dict(id="E13-01", outlet="Reuters", url="https://www.reuters.com/article/us-russia-japan-islands-idUSBRE8620AB20120703",
     published="2012-07-03",
     title="Russian PM Medvedev visits disputed isle, Japan protests",
     text="""Russian PM Medvedev visits disputed isle, Japan protests

By Anna Volkova and Kenji Morita

MOSCOW/TOKYO | Tue Jul 3, 2012 6:12am EDT

MOSCOW/TOKYO (Reuters) - Russian Prime Minister Dmitry Medvedev set foot on one of the islands at the centre of a territorial row with Japan on Tuesday, drawing a swift protest from Tokyo just weeks after the two sides had pledged to breathe new life into talks on the decades-old dispute.

Medvedev, who became the first Russian leader to visit the chain when he went there as president in November 2010, flew to Kunashir from the regional capital Yuzhno-Sakhalinsk and toured a kindergarten, a fish-processing plant and a small geothermal power station, footage on state television showed.

"This is an important part of the Sakhalin region, which means an important part of Russian land. We have been coming here and we will keep coming," Medvedev was quoted by the Interfax news agency as telling local officials.

Earlier in the day he told a government meeting in Yuzhno-Sakhalinsk that regional airlines in the Far East would get more federal subsidies to bring down ticket prices, the RIA news agency reported.

"This is deeply regrettable and cannot be reconciled with our country's position on the Northern Territories," Japanese Foreign Minister Koichiro Gemba told reporters in Tokyo. A senior ministry official summoned Russian Ambassador Evgeny Afanasiev to lodge a protest.

Gemba nonetheless said Japan wanted to press ahead with energy cooperation with Russia, including a planned liquefied natural gas plant near Vladivostok, he was cited as saying by Jiji Press.

Kyodo news agency reported that Tokyo was still weighing whether Gemba should go ahead with a planned trip to Russia later this month.

Prime Minister Yoshihiko Noda told a parliamentary committee that Tokyo would respond "calmly but firmly" and keep working toward a solution of the territorial question, public broadcaster NHK reported.

The islands, called the Southern Kurils by Russia and the Northern Territories by Japan, were seized by Soviet forces in the final days of World War Two, and the row has kept the two countries from signing a formal peace treaty.

Vladimir Putin, who returned to the Kremlin in May, said in March that he wanted a "hikiwake" - a judo term for a draw - in the dispute, raising cautious hopes in Tokyo of a compromise.

(Reporting by Anna Volkova in Moscow and Kenji Morita in Tokyo; Editing by Richard Holt)

Related Coverage
Japan, Russia agree to revive island talks at G20
Putin's judo diplomacy raises hopes in Tokyo""",
     expected=[
        dict(speaker="Dmitry Medvedev", treaty=True, snippet="This is an important part of the Sakhalin region"),
        dict(speaker="Dmitry Medvedev", treaty=False, snippet="regional airlines in the Far East would get more federal subsidies"),
        dict(speaker="Koichiro Gemba", treaty=True, snippet="cannot be reconciled with our country's position on the Northern Territories"),
        dict(speaker="Koichiro Gemba", treaty=False, snippet="press ahead with energy cooperation with Russia"),
        dict(speaker="Yoshihiko Noda", treaty=True, snippet="keep working toward a solution of the territorial question"),
        dict(speaker="Vladimir Putin", treaty=True, snippet='he wanted a "hikiwake" - a judo term for a draw'),
     ],
     not_statements=[
        "A senior ministry official summoned Russian Ambassador Evgeny Afanasiev to lodge a protest.",
        "Kyodo news agency reported that Tokyo was still weighing whether Gemba should go ahead",
        "the row has kept the two countries from signing a formal peace treaty",
        "Japan, Russia agree to revive island talks at G20",
     ]),

dict(id="E13-02", outlet="AP", url="https://apnews.com/article/japan-russia-abe-putin-islands-2013-04-29",
     published="2013-04-29",
     title="Japan, Russia agree to revive talks over disputed islands",
     text="""Japan, Russia agree to revive talks over disputed islands

By NATALIA KOZLOVA and HIROSHI TANAKA
Associated Press

MOSCOW (AP) — Russian President Vladimir Putin and Japanese Prime Minister Shinzo Abe agreed Monday to restart stalled negotiations over a string of islands seized by Soviet troops at the end of World War II, a dispute that has kept the neighbors from formally ending their wartime hostilities.

Abe's visit is the first official trip to Russia by a Japanese leader in a decade, and both men stressed that they wanted economic ties to grow regardless of the territorial question.

"We have agreed to tell our foreign ministries to step up their work so that we can find a solution both sides can accept," Putin said at a joint news conference in the Kremlin, according to a transcript posted on the Kremlin website.

Putin cautioned that the problem, which has lingered for almost seven decades, would not be solved overnight. "It would be naive to think we can settle this in a single meeting," he said.

A Japanese reporter asked Putin whether he still stood by his remark last year that the two countries should seek a "hikiwake," or draw. Putin replied that the judo term meant an outcome in which neither side feels defeated.

Abe told Japanese reporters traveling with him that he had sensed Putin's "strong determination" to resolve the issue, Kyodo News reported.

According to a joint statement released after the talks, the two sides described the lack of a peace treaty more than six decades after the war as an abnormal situation.

Putin said Russia was prepared to expand deliveries of oil and liquefied natural gas to Japan, which has leaned heavily on imported fuel since the 2011 Fukushima nuclear disaster, and invited Japanese companies to join projects in Siberia and the Arctic.

Abe said the two leaders had also agreed that North Korea must not be allowed to develop nuclear weapons, and that he had asked Putin for help in learning the fate of Japanese citizens abducted by Pyongyang decades ago.

The two countries also agreed to set up regular "two-plus-two" meetings of their foreign and defense ministers, a format Japan had previously used only with the United States and Australia.

The islands — which Tokyo calls the Northern Territories and Moscow the Southern Kurils — have been a thorn in relations since Soviet forces took them in the closing days of the war. About 20,000 Russians live there today.

Associated Press writer Emi Sato in Tokyo contributed to this report.""",
     expected=[
        dict(speaker="Vladimir Putin", treaty=True, snippet="so that we can find a solution both sides can accept"),
        dict(speaker="Vladimir Putin", treaty=True, snippet="It would be naive to think we can settle this in a single meeting"),
        dict(speaker="Vladimir Putin", treaty=True, snippet="the judo term meant an outcome in which neither side feels defeated"),
        dict(speaker="Shinzo Abe", treaty=True, snippet="he had sensed Putin's \"strong determination\" to resolve the issue"),
        dict(speaker="Vladimir Putin", treaty=False, snippet="expand deliveries of oil and liquefied natural gas to Japan"),
        dict(speaker="Shinzo Abe", treaty=False, snippet="North Korea must not be allowed to develop nuclear weapons"),
     ],
     not_statements=[
        "A Japanese reporter asked Putin whether he still stood by his remark last year",
        "According to a joint statement released after the talks, the two sides described the lack of a peace treaty",
        "The two countries also agreed to set up regular \"two-plus-two\" meetings",
        "have been a thorn in relations since Soviet forces took them in the closing days of the war",
     ]),

dict(id="E13-03", outlet="France 24 (AFP)", url="https://www.france24.com/en/20140806-russia-japan-sanctions-ties",
     published="2014-08-06",
     title="Russia says Japan's new sanctions will set back ties",
     text="""Russia says Japan's new sanctions will set back ties

Issued on: 06/08/2014 - 15:40 Modified: 06/08/2014 - 15:41

Moscow (AFP) - Russia on Wednesday accused Japan of bowing to pressure from Washington by imposing fresh sanctions over the Ukraine crisis, warning that the move would set relations back and cast a shadow over talks on a long-delayed peace treaty.

Tokyo on Tuesday announced asset freezes on dozens of individuals and two entities it linked to the annexation of Crimea and the unrest in eastern Ukraine, and tightened curbs on imports from Crimea.

"The Japanese side is obviously acting on someone else's instructions, and in doing so it is harming its own interests," the foreign ministry said in a statement posted on its website.

The ministry added that Tokyo's decision would inevitably affect the whole relationship, "including dialogue on the peace treaty", and asked how Japan could expect progress on that issue while joining what it called an anti-Russian campaign.

Read more: Japan joins EU, US in tightening sanctions on Moscow

In Tokyo, Foreign Minister Fumio Kishida said the measures had been coordinated with Japan's Group of Seven partners in response to the downing of Malaysia Airlines flight MH17 and the continued fighting in eastern Ukraine.

Kishida told reporters, according to Kyodo News, that Japan nonetheless wanted to keep up political dialogue with Moscow in order to settle the territorial question and sign a peace treaty.

Chief Cabinet Secretary Yoshihide Suga stressed that the sanctions were limited in scope and "not directed at the Russian people".

Kyodo reported, citing unnamed government sources, that Tokyo now saw little chance of President Vladimir Putin visiting Japan this autumn as planned.

Russia's military also held exercises on the Kuril islands this week, prompting Tokyo to lodge a protest through diplomatic channels.

Japan and Russia never signed a peace treaty after World War II because of the dispute over four islands that Soviet troops seized in 1945, known in Japan as the Northern Territories.

Abe had hoped to use his personal rapport with Putin, whom he has met five times since returning to power in late 2012, to make progress on the issue.

© 2014 AFP""",
     expected=[
        dict(speaker="Russian Foreign Ministry", treaty=False, snippet="The Japanese side is obviously acting on someone else's instructions"),
        dict(speaker="Russian Foreign Ministry", treaty=True, snippet="warning that the move would set relations back and cast a shadow over talks"),
        dict(speaker="Russian Foreign Ministry", treaty=True, snippet="would inevitably affect the whole relationship, \"including dialogue on the peace treaty\""),
        dict(speaker="Fumio Kishida", alt=["Japanese Foreign Ministry"], treaty=False, snippet="coordinated with Japan's Group of Seven partners in response to the downing"),
        dict(speaker="Fumio Kishida", alt=["Japanese Foreign Ministry"], treaty=True, snippet="keep up political dialogue with Moscow in order to settle the territorial question"),
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=False, snippet="the sanctions were limited in scope and \"not directed at the Russian people\""),
     ],
     not_statements=[
        "Kyodo reported, citing unnamed government sources, that Tokyo now saw little chance",
        "prompting Tokyo to lodge a protest through diplomatic channels",
        "Japan and Russia never signed a peace treaty after World War II because of the dispute over four islands",
        "Read more: Japan joins EU, US in tightening sanctions on Moscow",
     ]),

dict(id="E13-04", outlet="Bangkok Post (AFP)", url="https://www.bangkokpost.com/world/669912/japan-fumes-as-russian-pm-visits-disputed-island",
     published="2015-08-22",
     title="Japan fumes as Russian PM visits disputed island",
     text="""Japan fumes as Russian PM visits disputed island

PUBLISHED : 22 Aug 2015 at 18:40
NEWSPAPER SECTION: World
WRITER: AFP

MOSCOW - Russian Prime Minister Dmitry Medvedev on Saturday visited one of the Kuril islands claimed by Japan, brushing off warnings from Tokyo and casting fresh doubt on plans for President Vladimir Putin to visit Japan.

Medvedev flew to Iturup, the largest island of the southern Kurils, where he inspected a new airport and a fish farm, Russian television showed.

Russian news agencies quoted Medvedev as telling local officials that the Kurils were "part of the Sakhalin region" and that Moscow would keep investing in them whatever was said abroad.

Later, at a meeting on regional development in Yuzhno-Sakhalinsk, Medvedev said the federal budget was under strain because of lower oil prices and that ministries would have to prioritise their spending, TASS reported.

Tokyo summoned Russian Ambassador Evgeny Afanasiev over the trip.

Foreign Minister Fumio Kishida told reporters, according to Kyodo News, that the visit "runs counter to Japan's position" on the islands and was extremely regrettable.

Japanese media reported that Kishida was likely to postpone a trip to Moscow that had been pencilled in for the end of the month.

Chief Cabinet Secretary Yoshihide Suga said Japan would keep pressing "persistently" for talks to settle the question of who owns the islands and conclude a peace treaty.

In Moscow, foreign ministry spokeswoman Maria Zakharova dismissed the protest, telling the RIA Novosti news agency that the head of the Russian government had every right to travel around his own country.

Zakharova said separately that Moscow regretted Tokyo's decision to keep its Ukraine-related sanctions in place, in comments carried by TASS.

The four islands were seized by Soviet troops at the end of World War II, and the row has prevented the two countries from signing a formal peace treaty.

RELATED
- Russia to build military facilities on disputed Kurils
- Japan protests Russian drills near disputed isles
- Abe hopes to host Putin this year despite Ukraine tensions""",
     expected=[
        dict(speaker="Dmitry Medvedev", treaty=True, snippet="the Kurils were \"part of the Sakhalin region\""),
        dict(speaker="Dmitry Medvedev", treaty=False, snippet="the federal budget was under strain because of lower oil prices"),
        dict(speaker="Fumio Kishida", alt=["Japanese Foreign Ministry"], treaty=True, snippet="the visit \"runs counter to Japan's position\" on the islands"),
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=True, snippet="settle the question of who owns the islands and conclude a peace treaty"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="had every right to travel around his own country"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False, snippet="regretted Tokyo's decision to keep its Ukraine-related sanctions in place"),
     ],
     not_statements=[
        "Tokyo summoned Russian Ambassador Evgeny Afanasiev over the trip.",
        "Japanese media reported that Kishida was likely to postpone a trip to Moscow",
        "the row has prevented the two countries from signing a formal peace treaty",
        "Russia to build military facilities on disputed Kurils",
     ]),
]

ARTICLES += [
dict(id="E13-05", outlet="The Korea Herald (AFP)", url="http://www.koreaherald.com/view.php?ud=20161216000771",
     published="2016-12-16",
     title="Abe, Putin agree to talks on joint economic activities on disputed isles",
     text="""Abe, Putin agree to talks on joint economic activities on disputed isles

Published : Dec. 16, 2016 - 21:14
Updated : Dec. 16, 2016 - 21:14

TOKYO (AFP) - Japanese Prime Minister Shinzo Abe and Russian President Vladimir Putin agreed Friday to start talks on joint economic activities on islands claimed by both countries, but made no visible headway on the sovereignty row that has kept them from signing a peace treaty since World War II.

The two leaders, who met for nearly three hours at a hot-spring inn in Abe's home prefecture of Yamaguchi on Thursday, continued their talks in Tokyo before facing the press together.

"We have to put an end to the back-and-forth over who these islands belonged to in history and look at the interests of the people who live there," Putin told reporters, according to a Kremlin transcript.

Putin said the 1956 joint declaration spoke of handing two of the islands to Japan but did not spell out on what terms, or under whose sovereignty they would then be.

Abe called the deal on joint economic activities "an important step" toward a peace treaty and said both leaders had shown a sincere determination to resolve the problem.

According to a joint press statement, the planned activities in areas such as fisheries, tourism and medicine would not undermine the legal positions of either side.

Kremlin foreign policy aide Yuri Ushakov told reporters, according to Interfax, that the question of sovereignty over the islands had not been on the table during the two days of talks.

Kremlin spokesman Dmitry Peskov told the state-run RIA Novosti news agency that Russian and Japanese companies had signed dozens of commercial agreements worth around $2.5 billion during the visit.

Abe also said the two leaders agreed that North Korea's nuclear and missile development was unacceptable and that their countries would cooperate at the UN Security Council to rein in Pyongyang.

The summit was watched closely in Seoul, which is seeking Moscow's help in pressuring the North after a record number of missile launches this year.

The islands, which Tokyo calls the Northern Territories and Moscow the Southern Kurils, were seized by Soviet forces in the closing days of the war. Japanese residents were expelled.

(AFP)

MOST POPULAR
1. Park's impeachment trial to begin next week
2. Korea, Japan sign military intelligence pact
3. N. Korea slams Abe-Putin summit as 'farce'""",
     expected=[
        dict(speaker="Vladimir Putin", treaty=True, snippet="put an end to the back-and-forth over who these islands belonged to in history"),
        dict(speaker="Vladimir Putin", treaty=True, snippet="did not spell out on what terms, or under whose sovereignty they would then be"),
        dict(speaker="Shinzo Abe", treaty=True, snippet="\"an important step\" toward a peace treaty"),
        dict(speaker="Yuri Ushakov", alt=["Kremlin"], treaty=True, snippet="the question of sovereignty over the islands had not been on the table"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=False, snippet="had signed dozens of commercial agreements worth around $2.5 billion"),
        dict(speaker="Shinzo Abe", treaty=False, snippet="North Korea's nuclear and missile development was unacceptable"),
     ],
     not_statements=[
        "According to a joint press statement, the planned activities in areas such as fisheries",
        "The summit was watched closely in Seoul",
        "were seized by Soviet forces in the closing days of the war",
        "N. Korea slams Abe-Putin summit as 'farce'",
     ]),

dict(id="E13-06", outlet="Reuters", url="https://www.reuters.com/article/us-russia-forum-putin-japan-idUSKCN1LS0VK",
     published="2018-09-12",
     title="Putin offers Japan peace treaty by year-end, without preconditions",
     text="""Putin offers Japan peace treaty by year-end, without preconditions

Andrei Sokolov, Mari Kishimoto

3 MIN READ

VLADIVOSTOK, Russia (Reuters) - Russian President Vladimir Putin on Wednesday unexpectedly proposed that Russia and Japan sign a peace treaty by the end of the year without any preconditions, an offer that appeared to catch Japanese Prime Minister Shinzo Abe off guard.

Speaking on stage at an economic forum in the Pacific port city of Vladivostok, with Abe sitting a few seats away, Putin said the idea had only just occurred to him.

"Let's sign a peace treaty - not now, but before the year is out - with no preconditions, and then carry on settling all the disputed questions as friends," Putin told the forum.

Abe did not respond to the proposal on stage. In his own speech he urged the leaders of Russia, China, Mongolia and South Korea to work together to bring about the full denuclearisation of North Korea.

Putin also used the forum to lash out at Western sanctions, which he said were hurting businesses in every country they touched and eroding trust in the global trading system.

Kremlin spokesman Dmitry Peskov later told the state-run RIA Novosti news agency that Tokyo had not yet given its reaction to the offer, adding that the idea had been spontaneous but was meant seriously.

Asked whether Moscow still regarded the 1956 declaration, which Putin two years ago called the only document ratified by both parliaments, as the basis for talks, Peskov declined to comment.

In Tokyo, Chief Cabinet Secretary Yoshihide Suga told a regular news conference that Japan's position - to resolve the question of the islands' ownership first and then sign a peace treaty - had not changed.

"It is a familiar move: make a public offer Tokyo cannot accept, then say the ball is in Japan's court," said Pavel Krylenko, a Far East specialist at a Moscow think tank.

The two countries never signed a peace treaty after World War Two because of a dispute over a chain of islands, known in Russia as the Kurils and in Japan as the Northern Territories, that Soviet troops seized at the end of the war.

Abe and Putin have met more than 20 times, and Abe has staked considerable political capital on a breakthrough before his term ends.

Reporting by Andrei Sokolov in Vladivostok and Mari Kishimoto in Tokyo; Writing by Tom Ellery; Editing by Simon Carr

Our Standards: The Thomson Reuters Trust Principles.""",
     expected=[
        dict(speaker="Vladimir Putin", treaty=True, snippet="Let's sign a peace treaty - not now, but before the year is out - with no preconditions"),
        dict(speaker="Vladimir Putin", treaty=True, snippet="proposed that Russia and Japan sign a peace treaty by the end of the year"),
        dict(speaker="Vladimir Putin", treaty=True, optional=True, snippet="Putin said the idea had only just occurred to him"),
        dict(speaker="Shinzo Abe", treaty=False, snippet="work together to bring about the full denuclearisation of North Korea"),
        dict(speaker="Vladimir Putin", treaty=False, snippet="hurting businesses in every country they touched"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="Tokyo had not yet given its reaction to the offer"),
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=True, snippet="resolve the question of the islands' ownership first and then sign a peace treaty"),
        dict(speaker="Pavel Krylenko", treaty=True, optional=True, snippet="make a public offer Tokyo cannot accept, then say the ball is in Japan's court"),
     ],
     not_statements=[
        "Asked whether Moscow still regarded the 1956 declaration, which Putin two years ago called the only document",
        "The two countries never signed a peace treaty after World War Two because of a dispute over a chain of islands",
        "Abe has staked considerable political capital on a breakthrough before his term ends",
        "Abe did not respond to the proposal on stage.",
     ]),

dict(id="E13-07", outlet="Nikkei Asia", url="https://asia.nikkei.com/Politics/International-relations/Abe-and-Putin-agree-to-speed-up-treaty-talks-based-on-1956-declaration",
     published="2018-11-15",
     title="Abe and Putin agree to speed up treaty talks based on 1956 declaration",
     text="""Abe and Putin agree to speed up treaty talks based on 1956 declaration

Singapore deal raises prospect of a two-island settlement

NIKKEI STAFF WRITERS
November 15, 2018 23:40 JST

SINGAPORE -- Japanese Prime Minister Shinzo Abe and Russian President Vladimir Putin agreed on Wednesday to accelerate negotiations on a peace treaty on the basis of a 1956 joint declaration, a shift that could open the way to a deal covering two of the four disputed islands.

"President Putin and I are determined to bring this issue, left unresolved for more than seven decades since the war, to an end ourselves," Abe told reporters after the talks on the sidelines of the East Asia Summit.

Putin, speaking at a news conference on Thursday, said the 1956 document mentioned handing over two islands but was silent on the grounds for the transfer and on which country's sovereignty they would fall under, according to a Kremlin transcript.

Kremlin spokesman Dmitry Peskov said, according to Interfax, that the declaration's provisions did not mean any automatic handover of the islands to Japan.

Putin also said Moscow was ready to study a power link from Sakhalin to Hokkaido and wanted more Japanese investment in liquefied natural gas projects in the Arctic.

Foreign Minister Taro Kono, who accompanied Abe, told reporters that Tokyo and Moscow would keep cooperating to push North Korea toward complete denuclearization.

Kyodo News reported, citing unnamed government sources, that Abe was prepared to accept the return of Shikotan and the Habomai islets as a first step.

EXPLAINER: The 1956 Joint Declaration, which restored diplomatic ties between Japan and the Soviet Union, states that Moscow will transfer Shikotan and the Habomai group to Japan after a peace treaty is concluded. It was ratified by both parliaments. Japan has long insisted on the return of all four islands, including the larger Etorofu and Kunashiri.

"Settling for two islands would be a very hard sell to the former residents and to the ruling party's right wing," said Rie Nakagawa, a professor of international politics at a university in Sapporo.

The two leaders will meet again in Buenos Aires at the Group of 20 summit at the end of the month, and Abe is expected to visit Russia early next year.

Related: Abe's Russia gamble hinges on Putin's domestic calculus

Nikkei Asia""",
     expected=[
        dict(speaker="Shinzo Abe", treaty=True, snippet="to bring this issue, left unresolved for more than seven decades since the war"),
        dict(speaker="Vladimir Putin", treaty=True, snippet="silent on the grounds for the transfer and on which country's sovereignty"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="did not mean any automatic handover of the islands to Japan"),
        dict(speaker="Vladimir Putin", treaty=False, snippet="ready to study a power link from Sakhalin to Hokkaido"),
        dict(speaker="Taro Kono", alt=["Japanese Foreign Ministry"], treaty=False, snippet="push North Korea toward complete denuclearization"),
        dict(speaker="Rie Nakagawa", treaty=True, optional=True, snippet="Settling for two islands would be a very hard sell to the former residents"),
     ],
     not_statements=[
        "Kyodo News reported, citing unnamed government sources, that Abe was prepared to accept the return",
        "states that Moscow will transfer Shikotan and the Habomai group to Japan after a peace treaty is concluded",
        "Japan has long insisted on the return of all four islands",
        "Related: Abe's Russia gamble hinges on Putin's domestic calculus",
     ]),

dict(id="E13-08", outlet="The Guardian", url="https://www.theguardian.com/world/2019/jan/14/russia-japan-kuril-islands-lavrov-kono-peace-treaty",
     published="2019-01-14",
     title="Russia says Japan must accept islands' status before any peace treaty",
     text="""Russia says Japan must accept islands' status before any peace treaty

Lavrov tells Tokyo it must recognise Russian sovereignty over disputed Kurils as a 'first step'

Guardian staff and agencies
Mon 14 Jan 2019 14.05 GMT

Russia has told Japan it must accept Moscow's sovereignty over a chain of disputed Pacific islands before the two countries can make progress towards a peace treaty, dampening hopes in Tokyo of an early breakthrough.

After talks in Moscow with his Japanese counterpart, Taro Kono, the Russian foreign minister, Sergei Lavrov, said Japan's recognition of the outcome of the second world war in full, including Russian sovereignty over the islands, was an essential first step.

"Our sovereignty over these islands is not a subject for discussion," Lavrov was quoted by Interfax as saying.

Lavrov also said the term "Northern Territories", which appears in Japanese legislation, was unacceptable to Moscow.

He voiced concern about US plans to deploy missile defence systems in Japan, which he said posed a threat to Russia's security.

Kono did not take questions at the joint press conference, but told Japanese reporters later that the two sides had held "frank" discussions on the peace treaty and that he would not go into the details, according to Kyodo News.

He also said he and Lavrov had agreed to keep working together on North Korea's nuclear and missile programmes.

Moscow summoned Japan's ambassador last week to complain about remarks by Abe and other Japanese officials on the islands.

Kazuhiko Mori, who teaches international relations at a university in Tokyo, said Abe had raised expectations at home too high. "Lavrov has reminded Tokyo that Moscow's starting position has not moved an inch," he said.

The Soviet Union seized the islands – known in Russia as the southern Kurils and in Japan as the Northern Territories – in the final days of the second world war, and about 17,000 Japanese residents were forced to leave.

Abe is due in Moscow later this month for talks with Vladimir Putin, his 25th meeting with the Russian president.

Explore more on these topics
Russia
Japan
Sergei Lavrov
Shinzo Abe
Asia Pacific
news

Share
Reuse this content""",
     expected=[
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="including Russian sovereignty over the islands, was an essential first step"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="Russia has told Japan it must accept Moscow's sovereignty"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="Our sovereignty over these islands is not a subject for discussion"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="which appears in Japanese legislation, was unacceptable to Moscow"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=False, snippet="US plans to deploy missile defence systems in Japan"),
        dict(speaker="Taro Kono", alt=["Japanese Foreign Ministry"], treaty=True, snippet="had held \"frank\" discussions on the peace treaty"),
        dict(speaker="Taro Kono", alt=["Japanese Foreign Ministry"], treaty=False, snippet="keep working together on North Korea's nuclear and missile programmes"),
        dict(speaker="Kazuhiko Mori", treaty=True, optional=True, snippet="Moscow's starting position has not moved an inch"),
     ],
     not_statements=[
        "Moscow summoned Japan's ambassador last week to complain about remarks by Abe",
        "The Soviet Union seized the islands – known in Russia as the southern Kurils",
        "Abe is due in Moscow later this month for talks with Vladimir Putin",
     ]),
]

ARTICLES += [
dict(id="E13-09", outlet="BBC", url="https://www.bbc.com/news/world-europe-46958872",
     published="2019-01-22",
     title="Putin and Abe: 'Painstaking work' needed on Kuril islands deal",
     text="""Putin and Abe: 'Painstaking work' needed on Kuril islands deal

22 January 2019

Related Topics
Russia-Japan relations

Image caption, Mr Abe and Mr Putin have now met 25 times

Russian President Vladimir Putin and Japanese Prime Minister Shinzo Abe say much work remains to be done before they can settle a territorial dispute that has kept the two countries from signing a peace treaty.

After about three hours of talks in Moscow, Mr Putin said the two sides faced "painstaking work" to create the conditions for a solution acceptable to both peoples, according to a Kremlin transcript.

He said the two countries had also set themselves the goal of raising bilateral trade by half, to $30bn (£23bn), within the next few years.

NHK quoted the prime minister as saying that he and Mr Putin had confirmed their "strong resolve" to conclude a peace treaty through joint work.

Mr Abe also said the two governments would ease visa rules for business travellers and expand exchanges between young people.

Before the meeting, Kremlin aide Yuri Ushakov had told Russian news agencies not to expect any breakthrough, saying there was no question of setting a deadline for a treaty.

Last week Foreign Minister Sergei Lavrov said Japan must first recognise Russian sovereignty over the islands as a result of World War Two.

A small group of protesters gathered near the Japanese embassy in Moscow holding placards that read: "The Kurils are Russian land".

The Soviet Union seized the islands - known as the Southern Kurils in Russia and the Northern Territories in Japan - at the end of World War Two.

Analysis: Mark Sheridan, BBC News, Tokyo

For Mr Abe, the lack of any concrete result is a setback. He has invested years in building a personal rapport with Mr Putin, and many in Tokyo had hoped this meeting would at least produce a road map. Instead, Moscow appears to have raised the bar. Polls suggest most Japanese voters would still not accept a deal that returns only two of the four islands.

More on this story
Russia's Lavrov dampens hopes of island deal with Japan
Kuril Islands: Why the dispute still matters""",
     expected=[
        dict(speaker="Vladimir Putin", treaty=True, snippet="create the conditions for a solution acceptable to both peoples"),
        dict(speaker="Vladimir Putin", alt=["Shinzo Abe"], treaty=True, optional=True, snippet="say much work remains to be done before they can settle a territorial dispute"),
        dict(speaker="Vladimir Putin", treaty=False, snippet="raising bilateral trade by half, to $30bn"),
        dict(speaker="Shinzo Abe", treaty=True, snippet="had confirmed their \"strong resolve\" to conclude a peace treaty"),
        dict(speaker="Shinzo Abe", treaty=False, snippet="would ease visa rules for business travellers"),
        dict(speaker="Yuri Ushakov", alt=["Kremlin"], treaty=True, snippet="there was no question of setting a deadline for a treaty"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="Japan must first recognise Russian sovereignty over the islands"),
     ],
     not_statements=[
        "Image caption, Mr Abe and Mr Putin have now met 25 times",
        "holding placards that read: \"The Kurils are Russian land\"",
        "For Mr Abe, the lack of any concrete result is a setback.",
        "Polls suggest most Japanese voters would still not accept a deal that returns only two",
        "Russia's Lavrov dampens hopes of island deal with Japan",
     ]),

dict(id="E13-10", outlet="The Straits Times", url="https://www.straitstimes.com/asia/east-asia/japan-says-russias-constitutional-ban-on-ceding-land-does-not-change-island-claim",
     published="2020-07-03",
     title="Japan says Russia's constitutional ban on ceding land does not change its island claim",
     text="""Japan says Russia's constitutional ban on ceding land does not change its island claim

PUBLISHED JUL 3, 2020, 5:15 PM SGT

TOKYO (KYODO, REUTERS) - Japan said on Friday (July 3) that Russia's new constitutional amendments banning the transfer of territory would not alter its stance on four Russian-held islands off Hokkaido, and that it would press on with negotiations toward a peace treaty.

The amendments, approved in a nationwide vote that ended on Wednesday, take effect on Saturday. Under the amended text, actions aimed at alienating any part of Russia's territory, as well as calls for such actions, are not permitted.

Chief Cabinet Secretary Yoshihide Suga told a news conference that the government was aware of the changes but that Japan would "steadily" continue talks based on past agreements between the two leaders, with the aim of concluding a peace treaty.

Russian Ambassador Mikhail Galuzin, in an interview with the Nikkei published on Monday, said the amendments would not stop the two sides from continuing dialogue on a peace treaty, but made clear that handing over any Russian land was "out of the question".

Foreign Ministry spokeswoman Maria Zakharova, asked about Japan's reaction at a weekly briefing, said in comments carried by TASS that the constitution had settled the question of Russia's territorial integrity "once and for all".

She also said Moscow was ready to resume regular flights between the two countries as soon as the coronavirus situation allowed.

Foreign Minister Toshimitsu Motegi said Japan would ask Russia to let former islanders visit family graves on the islands once pandemic restrictions are lifted.

Kyodo reported that Tokyo had conveyed its concern about the amendments to Moscow through diplomatic channels.

A stone marker bearing the new constitutional wording was unveiled on one of the Kuril islands this week, Russian television showed.

The islands, Northern Territories to Tokyo and Southern Kurils to Moscow, fell to Soviet troops as the war ended. The quarrel has kept the two neighbours without a treaty of peace ever since.

Join ST's Telegram channel here and get the latest breaking news delivered to you.

Topics:
JAPAN
RUSSIA
CONSTITUTION""",
     expected=[
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=True, snippet="continue talks based on past agreements between the two leaders"),
        dict(speaker="Japanese government", alt=["Yoshihide Suga"], treaty=True, snippet="would not alter its stance on four Russian-held islands off Hokkaido"),
        dict(speaker="Mikhail Galuzin", treaty=True, snippet="handing over any Russian land was \"out of the question\""),
        dict(speaker="Mikhail Galuzin", treaty=True, snippet="would not stop the two sides from continuing dialogue on a peace treaty"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="settled the question of Russia's territorial integrity \"once and for all\""),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False, snippet="ready to resume regular flights between the two countries"),
        dict(speaker="Toshimitsu Motegi", alt=["Japanese Foreign Ministry"], treaty=False, snippet="let former islanders visit family graves on the islands"),
     ],
     not_statements=[
        "Under the amended text, actions aimed at alienating any part of Russia's territory",
        "Kyodo reported that Tokyo had conveyed its concern about the amendments to Moscow",
        "A stone marker bearing the new constitutional wording was unveiled",
        "The quarrel has kept the two neighbours without a treaty of peace ever since.",
     ]),

dict(id="E13-11", outlet="CNN", url="https://edition.cnn.com/2020/09/29/asia/japan-suga-putin-call-kuril-islands-intl-hnk/index.html",
     published="2020-09-29",
     title="Japan's new leader Suga and Putin agree to keep talking on disputed islands",
     text="""Japan's new leader Suga and Putin agree to keep talking on disputed islands

By Yuki Hamada and Ivana Petrova, CNN
Updated 5:41 AM EDT, Tue September 29, 2020

Tokyo (CNN) — Japan's new Prime Minister Yoshihide Suga held his first phone call with Russian President Vladimir Putin on Tuesday, and the two leaders agreed to keep negotiating over a territorial dispute that has kept the neighbors from signing a peace treaty for 75 years.

"I told the president that I do not intend to hand this problem down to the next generation, and that we must settle it," Suga told reporters at his official residence after the roughly 20-minute call.

One reporter asked whether he would keep Abe's approach of negotiating on the basis of the 1956 joint declaration, which Abe had described as "the foundation" of the talks.

Suga said he would build on the agreements reached by his predecessor, including the one struck in Singapore in 2018.

Suga said he and Putin had also agreed to work together on the coronavirus pandemic and to keep up economic cooperation.

Putin said Moscow was ready to continue dialogue on all issues on the bilateral agenda, "including the conclusion of a peace treaty," according to a Kremlin readout of the call.

Putin also congratulated Suga on taking office and stressed both countries' interest in pushing ahead with joint trade and investment projects, the Kremlin said.

Kremlin spokesman Dmitry Peskov, asked earlier this month about Suga's election, told reporters Russia's position on the islands was well known and had not changed, according to TASS.

What are the Kuril Islands?
The volcanic chain stretches about 1,300 kilometers (800 miles) from Russia's Kamchatka Peninsula to Hokkaido. Japan claims the southernmost four, which Soviet forces occupied in August and September 1945. Tokyo calls them the Northern Territories.

Suga, 71, took over from Shinzo Abe, Japan's longest-serving prime minister, who announced his resignation last month citing health problems. Abe met Putin 27 times but failed to achieve a breakthrough on the islands.

CNN's Anna Chernova in Moscow contributed reporting.""",
     expected=[
        dict(speaker="Yoshihide Suga", treaty=True, snippet="I do not intend to hand this problem down to the next generation"),
        dict(speaker="Yoshihide Suga", treaty=True, snippet="build on the agreements reached by his predecessor"),
        dict(speaker="Yoshihide Suga", treaty=False, snippet="agreed to work together on the coronavirus pandemic"),
        dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=True, snippet="\"including the conclusion of a peace treaty,\" according to a Kremlin readout"),
        dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=False, snippet="pushing ahead with joint trade and investment projects"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="Russia's position on the islands was well known and had not changed"),
     ],
     not_statements=[
        "One reporter asked whether he would keep Abe's approach of negotiating on the basis of the 1956 joint declaration",
        "Japan claims the southernmost four, which Soviet forces occupied in August and September 1945.",
        "Abe met Putin 27 times but failed to achieve a breakthrough on the islands.",
     ]),

dict(id="E13-12", outlet="Bloomberg", url="https://www.bloomberg.com/news/articles/2021-09-03/putin-dangles-kuril-tax-breaks-to-lure-japanese-investors",
     published="2021-09-03",
     title="Putin Dangles Tax Breaks on Disputed Kurils to Lure Japanese Investors",
     text="""Putin Dangles Tax Breaks on Disputed Kurils to Lure Japanese Investors

By Yuliya Gorbunova and Takeshi Nomura
September 3, 2021 at 7:05 PM GMT+9
Updated on September 3, 2021 at 9:40 PM GMT+9

President Vladimir Putin said Japanese companies would be welcome to take advantage of a sweeping tax-free regime on the Kuril islands, an idea Tokyo has long resisted because it would mean operating under Russian law on territory Japan claims.

"This does not run counter to our goal of a peace treaty with Japan. If anything, it could help us get there," Putin said at the Eastern Economic Forum in Vladivostok.

Under the plan, companies registered on the islands would be exempt from profit, property and land taxes for a decade.

Putin also said the Arctic LNG 2 project, in which Japanese companies hold a stake, remained on schedule to start production in 2023.

Read more: Japan's Suga Won't Run for Party Leader, Clearing Way for New Premier

Foreign Minister Toshimitsu Motegi told reporters, according to Kyodo News, that Japan could not accept any scheme in which its companies worked under Russian jurisdiction on the islands, since that would be inconsistent with Japan's legal position.

Motegi also said Japan would keep working with the U.S. and other partners to help Japanese nationals and Afghan staff still in Afghanistan leave the country.

Putin's comments don't signal any change in Moscow's stance, Kremlin spokesman Dmitry Peskov said, according to Interfax, adding that Russia's sovereignty over the islands was not up for debate.

"The tax zone is about asserting ownership as much as it is about attracting money," said Alexandra Voronina, an analyst at a Moscow-based consultancy.

Japan and Russia have never signed a peace treaty formally ending World War II hostilities because of the dispute over the islands, which the Soviet Union seized in 1945.

— With assistance from Emi Nomura

(Updates with Peskov comment in seventh paragraph)""",
     expected=[
        dict(speaker="Vladimir Putin", treaty=True, snippet="This does not run counter to our goal of a peace treaty with Japan"),
        dict(speaker="Vladimir Putin", treaty=None, snippet="Japanese companies would be welcome to take advantage of a sweeping tax-free regime"),
        dict(speaker="Vladimir Putin", treaty=False, snippet="remained on schedule to start production in 2023"),
        dict(speaker="Toshimitsu Motegi", alt=["Japanese Foreign Ministry"], treaty=True, snippet="would be inconsistent with Japan's legal position"),
        dict(speaker="Toshimitsu Motegi", alt=["Japanese Foreign Ministry"], treaty=False, snippet="Afghan staff still in Afghanistan leave the country"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="Russia's sovereignty over the islands was not up for debate"),
        dict(speaker="Alexandra Voronina", treaty=True, optional=True, snippet="The tax zone is about asserting ownership"),
     ],
     not_statements=[
        "Under the plan, companies registered on the islands would be exempt from profit, property and land taxes",
        "Read more: Japan's Suga Won't Run for Party Leader",
        "Japan and Russia have never signed a peace treaty formally ending World War II hostilities",
     ]),
]

ARTICLES += [
dict(id="E13-13", outlet="Al Jazeera", url="https://www.aljazeera.com/news/2022/3/22/russia-halts-peace-treaty-talks-with-japan-over-sanctions",
     published="2022-03-22",
     title="Russia halts peace treaty talks with Japan over Ukraine sanctions",
     text="""Russia halts peace treaty talks with Japan over Ukraine sanctions

Moscow also ends visa-free travel for Japanese to disputed islands and quits joint economic projects there.

Published On 22 Mar 2022

Russia has said it is suspending negotiations with Japan on a peace treaty formally ending World War II hostilities, in retaliation for sanctions Tokyo imposed over Moscow's invasion of Ukraine.

"In the present circumstances, the Russian side has no intention of pursuing talks with Japan on a peace treaty," the foreign ministry said in a statement posted on its website on Monday.

The ministry said it was impossible to discuss a fundamental document on bilateral relations with a country that had taken "openly unfriendly positions" and was trying to harm Russia's interests.

It said Moscow was also ending visa-free trips by Japanese citizens to the islands and withdrawing from talks on joint economic activities there.

The ministry added that it would block Japan's bid to become a sectoral dialogue partner of the Organization of the Black Sea Economic Cooperation.

Japanese media reported that Tokyo had received no advance notice of the decision.

Japanese Prime Minister Fumio Kishida told parliament on Tuesday that Russia's move was deeply unjust and "something Japan can in no way accept", adding that Tokyo had lodged a protest.

Kishida said Japan would keep working with the Group of Seven to impose "severe" sanctions on Russia over its war in Ukraine.

Chief Cabinet Secretary Hirokazu Matsuno told reporters that Japan's policy of resolving the territorial issue and concluding a peace treaty remained unchanged.

The dispute
The islands, which Russia calls the Southern Kurils and Japan the Northern Territories, were seized by Soviet troops in the final days of World War II. About 17,000 Japanese residents were forced out. Former Prime Minister Shinzo Abe met Russian President Vladimir Putin 27 times in an effort to settle the row, without success.

Japan, a close US ally, has joined Western nations in freezing the assets of Russia's central bank and of dozens of Russian officials and oligarchs, and has revoked Russia's "most favoured nation" trade status.

SOURCE: AL JAZEERA AND NEWS AGENCIES""",
     expected=[
        dict(speaker="Russian Foreign Ministry", treaty=True, snippet="Russia has said it is suspending negotiations with Japan on a peace treaty"),
        dict(speaker="Russian Foreign Ministry", treaty=True, snippet="the Russian side has no intention of pursuing talks with Japan on a peace treaty"),
        dict(speaker="Russian Foreign Ministry", treaty=True, snippet="impossible to discuss a fundamental document on bilateral relations"),
        dict(speaker="Russian Foreign Ministry", treaty=None, snippet="ending visa-free trips by Japanese citizens to the islands"),
        dict(speaker="Russian Foreign Ministry", treaty=False, snippet="block Japan's bid to become a sectoral dialogue partner"),
        dict(speaker="Fumio Kishida", alt=["Japanese government"], treaty=True, snippet="Russia's move was deeply unjust and \"something Japan can in no way accept\""),
        dict(speaker="Fumio Kishida", alt=["Japanese government"], treaty=False, snippet="impose \"severe\" sanctions on Russia over its war in Ukraine"),
        dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=True, snippet="resolving the territorial issue and concluding a peace treaty remained unchanged"),
     ],
     not_statements=[
        "Japanese media reported that Tokyo had received no advance notice of the decision.",
        "were seized by Soviet troops in the final days of World War II",
        "met Russian President Vladimir Putin 27 times in an effort to settle the row, without success",
        "has joined Western nations in freezing the assets of Russia's central bank",
     ]),

dict(id="E13-14", outlet="South China Morning Post", url="https://www.scmp.com/news/asia/east-asia/article/3183812/putins-sakhalin-2-decree-rattles-japan-tokyo-weighs-energy-security",
     published="2022-07-01",
     title="Putin's Sakhalin-2 decree rattles Japan as Tokyo weighs energy security",
     text="""Putin's Sakhalin-2 decree rattles Japan as Tokyo weighs energy security

Sakhalin-2 supplies around 9 per cent of Japan's liquefied natural gas imports
Mitsui and Mitsubishi could be squeezed out of the project under the new rules

Reuters and Kyodo
Published: 4:30pm, 1 Jul, 2022
Updated: 6:02pm, 1 Jul, 2022

Why you can trust SCMP

Tokyo scrambled on Friday to assess the impact of a Russian decree that hands control of the Sakhalin-2 oil and gas project to a new Russian company and could squeeze out its Japanese investors, Mitsui and Mitsubishi.

Under the decree, signed by President Vladimir Putin on Thursday, foreign shareholders have a month to ask for stakes in the new operator, which the Russian government may grant or refuse.

"We are not in a situation in which LNG imports will be halted immediately," Chief Cabinet Secretary Hirokazu Matsuno told a news conference.

Prime Minister Fumio Kishida, campaigning ahead of the July 10 upper house election, said the government would do "everything possible" to protect the interests of Japanese firms and secure stable energy supplies.

Kyodo reported that Tokyo will ask Mitsui and Mitsubishi to hold on to their stakes for now.

Advertisement

Kremlin spokesman Dmitry Peskov told reporters, according to RIA Novosti, that there was no "system" of nationalisations and that the decree should not be read as a blanket threat to foreign investors.

Russian foreign ministry spokeswoman Maria Zakharova said in comments carried by TASS that Tokyo's sanctions had made any talk of a peace treaty meaningless, and that Japan had only itself to blame for the state of relations.

In a televised debate earlier this week, Kishida was asked whether Japan still sought a peace treaty, given Moscow's statement in March that it saw no point in continuing the talks.

He replied that Japan would firmly maintain its position that the four islands are Japanese territory.

"The decree is a message to Tokyo that its energy security is now a bargaining chip," said Lin Wei, an energy analyst at a Hong Kong-based consultancy.

Japan has joined Western sanctions against Moscow over the invasion of Ukraine but has so far kept its stakes in Russian energy projects, citing national security.

Related topics
Japan
Russia
Energy
Ukraine war""",
     expected=[
        dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=False, snippet="We are not in a situation in which LNG imports will be halted immediately"),
        dict(speaker="Fumio Kishida", alt=["Japanese government"], treaty=False, snippet="protect the interests of Japanese firms and secure stable energy supplies"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=False, snippet="should not be read as a blanket threat to foreign investors"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="Tokyo's sanctions had made any talk of a peace treaty meaningless"),
        dict(speaker="Fumio Kishida", alt=["Japanese government"], treaty=True, snippet="firmly maintain its position that the four islands are Japanese territory"),
        dict(speaker="Lin Wei", treaty=False, optional=True, snippet="its energy security is now a bargaining chip"),
     ],
     not_statements=[
        "Under the decree, signed by President Vladimir Putin on Thursday, foreign shareholders have a month",
        "Kyodo reported that Tokyo will ask Mitsui and Mitsubishi to hold on to their stakes for now.",
        "Kishida was asked whether Japan still sought a peace treaty, given Moscow's statement in March",
        "Sakhalin-2 supplies around 9 per cent of Japan's liquefied natural gas imports",
     ]),

dict(id="E13-15", outlet="DW", url="https://www.dw.com/en/russia-ends-visa-free-travel-for-japanese-to-kuril-islands/a-62873101",
     published="2022-09-06",
     title="Russia ends visa-free travel for Japanese to Kuril islands",
     text="""Russia ends visa-free travel for Japanese to Kuril islands

Moscow has scrapped an arrangement that let former Japanese residents visit the disputed islands without visas. Tokyo called the move "extremely regrettable."

Date 06.09.2022

Russia has terminated a decades-old arrangement allowing Japanese citizens, including former residents and their descendants, to travel to the Russian-held southern Kuril islands without visas.

A government decree signed by Prime Minister Mikhail Mishustin and published on Monday ended the 1991 and 1999 agreements on visa-free exchanges.

In a statement on its website, Russia's Foreign Ministry said the exchanges had been meant to build trust and create conditions for a peace treaty, but that Tokyo, with its "unfriendly" course, had destroyed that basis.

The ministry also accused Japan of joining Western efforts to isolate Russia economically and of imposing sanctions on Russian banks and officials.

Chief Cabinet Secretary Hirokazu Matsuno told reporters in Tokyo that the visits were a humanitarian program for elderly former islanders who wanted to see their old homes and tend family graves.

Foreign Minister Yoshimasa Hayashi said Japan would continue to pursue talks to resolve the territorial issue and conclude a peace treaty, despite the "severe" state of relations.

Kyodo reported, citing unnamed government sources, that Tokyo had not been notified before the decree was published.

Fishing dispute

Deputy Foreign Minister Mikhail Galuzin told RIA Novosti in an interview that Japanese fishing boats would be allowed back into waters near the islands only once Tokyo paid the sums owed under a 1998 fishing agreement.

Because of the quarrel over the islands, Moscow and Tokyo never put their wartime hostilities to rest in a treaty. Moscow suspended negotiations on such a treaty in March in response to Japan's sanctions.

fb/sms (Reuters, AFP, Kyodo)

Skip next section Explore more
Japan: Russian warships sail near Hokkaido
Russia halts peace treaty talks with Japan""",
     expected=[
        dict(speaker="Japanese government", alt=["Hirokazu Matsuno"], treaty=False, snippet="Tokyo called the move \"extremely regrettable.\""),
        dict(speaker="Russian Foreign Ministry", treaty=True, snippet="create conditions for a peace treaty, but that Tokyo, with its \"unfriendly\" course"),
        dict(speaker="Russian Foreign Ministry", treaty=False, snippet="accused Japan of joining Western efforts to isolate Russia economically"),
        dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=False, snippet="the visits were a humanitarian program for elderly former islanders"),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese Foreign Ministry"], treaty=True, snippet="continue to pursue talks to resolve the territorial issue and conclude a peace treaty"),
        dict(speaker="Mikhail Galuzin", alt=["Russian Foreign Ministry"], treaty=False, snippet="only once Tokyo paid the sums owed under a 1998 fishing agreement"),
     ],
     not_statements=[
        "A government decree signed by Prime Minister Mikhail Mishustin and published on Monday",
        "Kyodo reported, citing unnamed government sources, that Tokyo had not been notified",
        "Moscow suspended negotiations on such a treaty in March in response to Japan's sanctions.",
        "Because of the quarrel over the islands, Moscow and Tokyo never put their wartime hostilities to rest",
     ]),

dict(id="E13-16", outlet="RFE/RL", url="https://www.rferl.org/a/russia-medvedev-japan-kurils-kishida/32259914.html",
     published="2023-02-07",
     title="Medvedev Mocks Japan's Claim To Kurils As Kishida Vows To Press On",
     text="""Medvedev Mocks Japan's Claim To Kurils As Kishida Vows To Press On

February 07, 2023 15:22 GMT
By RFE/RL

Former Russian President Dmitry Medvedev has ridiculed Japan's claim to the southern Kuril Islands, saying Moscow does not care about the "feelings" of Japanese politicians, as Tokyo marked its annual Northern Territories Day.

"The Japanese can carry on with their ritual lament over the 'lost territories.' Their feelings are their own business. These are Russian islands, and Russian they will stay," Medvedev, now deputy chairman of Russia's Security Council, said in a post on his Telegram channel on February 7.

In the same post, Medvedev called Japan a U.S. "vassal" for backing Kyiv and said Tokyo's weapons-related aid to Ukraine would not go unanswered.

Japanese Prime Minister Fumio Kishida told the rally in Tokyo that relations with Russia were in a "severe" state because of the war in Ukraine, but that Japan's policy of resolving the territorial issue and signing a peace treaty had not changed.

Kishida also said Japan would keep imposing sanctions on Russia in coordination with the Group of Seven, which Japan chairs this year.

Russia's ambassador to Japan, Nikolai Nozdrev, in comments carried by TASS, said talk of an "illegal occupation" of the islands was unacceptable and that they had lawfully become part of Russia as a result of World War II.

Japanese media reported that the number of surviving former islanders had fallen to about 5,500, with an average age of over 87.

Russia suspended peace treaty talks with Japan last March after Tokyo joined Western sanctions over the invasion of Ukraine. It later ended visa-free visits by Japanese citizens to the islands.

The annual rally in Tokyo, held since 1981, marks the date in 1855 when Japan and Russia signed a treaty that drew their first border between the islands of Iturup and Urup.

With reporting by TASS, Interfax, and Kyodo

Copyright (c) 2023. RFE/RL, Inc. All rights reserved.""",
     expected=[
        dict(speaker="Dmitry Medvedev", treaty=True, snippet="has ridiculed Japan's claim to the southern Kuril Islands"),
        dict(speaker="Dmitry Medvedev", treaty=True, snippet="These are Russian islands, and Russian they will stay"),
        dict(speaker="Dmitry Medvedev", treaty=False, snippet="Tokyo's weapons-related aid to Ukraine would not go unanswered"),
        dict(speaker="Fumio Kishida", alt=["Japanese government"], treaty=True, snippet="resolving the territorial issue and signing a peace treaty had not changed"),
        dict(speaker="Fumio Kishida", alt=["Japanese government"], treaty=False, snippet="keep imposing sanctions on Russia in coordination with the Group of Seven"),
        dict(speaker="Nikolai Nozdrev", treaty=True, snippet="talk of an \"illegal occupation\" of the islands was unacceptable"),
     ],
     not_statements=[
        "Japanese media reported that the number of surviving former islanders had fallen to about 5,500",
        "Russia suspended peace treaty talks with Japan last March after Tokyo joined Western sanctions",
        "marks the date in 1855 when Japan and Russia signed a treaty that drew their first border",
     ]),
]

ARTICLES += [
dict(id="E13-17", outlet="The Hindu (Reuters)", url="https://www.thehindu.com/news/international/russia-says-no-prospect-of-peace-treaty-talks-with-japan/article67822915.ece",
     published="2024-02-08",
     title="Russia says no prospect of peace treaty talks with Japan while Tokyo backs Kyiv",
     text="""Russia says no prospect of peace treaty talks with Japan while Tokyo backs Kyiv

Moscow's deputy foreign minister says Japan's 'anti-Russian course' rules out any dialogue on the disputed Kuril islands

Updated - February 08, 2024 09:14 pm IST
Published - February 08, 2024 08:55 pm IST - MOSCOW

Reuters

READ LATER
PRINT

Russia sees no chance of resuming talks with Japan on a peace treaty as long as Tokyo keeps up its support for Ukraine and its sanctions, a senior Russian diplomat said on Thursday.

Japan's decision to side with Washington and Kyiv, its sanctions against Russian companies and individuals, its growing military cooperation with NATO and its rhetoric about the "illegal occupation" of the southern Kurils have made any discussion of a peace treaty impossible for the foreseeable future, and the responsibility for that lies entirely with Tokyo, Deputy Foreign Minister Mikhail Galuzin told the state RIA Novosti news agency in an interview published on Thursday.

Galuzin also warned that Japan's plan to export Patriot air defence missiles to the United States could end with them being sent to Ukraine, which Moscow would regard as a hostile act.

On Wednesday, Prime Minister Fumio Kishida told the annual Northern Territories rally in Tokyo that Japan remained committed to resolving the territorial issue and concluding a peace treaty, although ties with Moscow were "severe".

A reporter asked Chief Cabinet Secretary Yoshimasa Hayashi on Thursday about Galuzin's remark that the responsibility for the freeze lay entirely with Tokyo.

Hayashi said the claim was completely unacceptable, since it was Moscow that had unilaterally broken off the peace treaty talks.

Also Read | Japan to host conference on Ukraine's economic recovery

Foreign Minister Yoko Kamikawa said Japan would host a conference on Ukraine's economic recovery in Tokyo on February 19 to help rebuild the war-torn country's infrastructure and industry.

Russia suspended the peace treaty talks in March 2022, weeks after its invasion of Ukraine, in response to Japanese sanctions.

The two countries have never signed a treaty formally ending World War Two because of the dispute over the islands, which Soviet troops seized in the final days of the war.

Related Topics
Russia / Japan / Russia-Ukraine Crisis / diplomacy

COMMENTS
SHARE""",
     expected=[
        dict(speaker="Mikhail Galuzin", alt=["Russian Foreign Ministry"], treaty=True, snippet="Russia sees no chance of resuming talks with Japan on a peace treaty"),
        dict(speaker="Mikhail Galuzin", alt=["Russian Foreign Ministry"], treaty=True, snippet="have made any discussion of a peace treaty impossible for the foreseeable future"),
        dict(speaker="Mikhail Galuzin", alt=["Russian Foreign Ministry"], treaty=False, snippet="export Patriot air defence missiles to the United States"),
        dict(speaker="Fumio Kishida", alt=["Japanese government"], treaty=True, snippet="Japan remained committed to resolving the territorial issue and concluding a peace treaty"),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=True, snippet="it was Moscow that had unilaterally broken off the peace treaty talks"),
        dict(speaker="Yoko Kamikawa", alt=["Japanese Foreign Ministry"], treaty=False, snippet="to help rebuild the war-torn country's infrastructure and industry"),
     ],
     not_statements=[
        "A reporter asked Chief Cabinet Secretary Yoshimasa Hayashi on Thursday about Galuzin's remark",
        "Russia suspended the peace treaty talks in March 2022, weeks after its invasion of Ukraine",
        "The two countries have never signed a treaty formally ending World War Two",
        "Also Read | Japan to host conference on Ukraine's economic recovery",
     ]),

dict(id="E13-18", outlet="Barron's (AFP)", url="https://www.barrons.com/news/japan-s-new-pm-ishiba-vows-to-seek-peace-treaty-with-russia-4c1f2e7a",
     published="2024-10-04",
     title="Japan's New PM Ishiba Vows To Seek Peace Treaty With Russia",
     text="""Japan's New PM Ishiba Vows To Seek Peace Treaty With Russia

By AFP - Agence France Presse
October 4, 2024

Japan's new Prime Minister Shigeru Ishiba said Friday his government would keep seeking to resolve a territorial dispute with Russia and sign a peace treaty, though he acknowledged relations were at a low ebb over the war in Ukraine.

"Japan-Russia relations are in a difficult situation, but our policy of resolving the territorial issue and concluding a peace treaty remains unchanged," Ishiba said in his first policy speech to parliament.

Ishiba, a former defence minister who has floated the idea of an "Asian NATO", told lawmakers that Japan faced its most severe security environment since the end of World War II, citing China, North Korea and Russia.

Kremlin spokesman Dmitry Peskov, asked about Ishiba's remarks, said in comments carried by RIA Novosti that Moscow saw no sign Tokyo had abandoned its "unfriendly" course, and that without such a change there could be no talk of a peace treaty.

Peskov added that President Vladimir Putin had no plans to congratulate Ishiba, since Japan was on Russia's list of unfriendly countries.

Chief Cabinet Secretary Yoshimasa Hayashi, who kept his post in the new cabinet, said last month's violation of Japanese airspace near Hokkaido by a Russian patrol plane was "extremely regrettable" and that Japan would respond firmly to any repeat.

A Japanese government source told AFP that Tokyo did not expect any thaw with Moscow before the fighting in Ukraine ends.

"As long as the war continues, the islands question is frozen, whoever sits in the prime minister's office," said Haruto Ishikawa, a professor of Russian studies at a Tokyo university.

Ishiba, 67, was elected leader of the ruling Liberal Democratic Party last week on his fifth attempt and plans to call a snap general election for October 27.

Moscow broke off peace treaty talks in 2022 in response to Japan's sanctions over Ukraine. The two countries have not signed a treaty formally ending World War II hostilities because of their dispute over the Kuril islands, which Soviet troops seized in 1945.

burs-kh/dhc

Copyright AFP. All rights reserved.""",
     expected=[
        dict(speaker="Shigeru Ishiba", alt=["Japanese government"], treaty=True, snippet="keep seeking to resolve a territorial dispute with Russia and sign a peace treaty"),
        dict(speaker="Shigeru Ishiba", alt=["Japanese government"], treaty=True, snippet="resolving the territorial issue and concluding a peace treaty remains unchanged"),
        dict(speaker="Shigeru Ishiba", alt=["Japanese government"], treaty=False, snippet="Japan faced its most severe security environment since the end of World War II"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="without such a change there could be no talk of a peace treaty"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=False, snippet="had no plans to congratulate Ishiba"),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=False, snippet="violation of Japanese airspace near Hokkaido by a Russian patrol plane"),
        dict(speaker="Haruto Ishikawa", treaty=True, optional=True, snippet="As long as the war continues, the islands question is frozen"),
     ],
     not_statements=[
        "A Japanese government source told AFP that Tokyo did not expect any thaw",
        "Moscow broke off peace treaty talks in 2022 in response to Japan's sanctions over Ukraine.",
        "The two countries have not signed a treaty formally ending World War II hostilities",
     ]),
]

ARTICLES += [
dict(id="E13-19", outlet="The Straits Times", url="https://www.straitstimes.com/asia/east-asia/ishiba-pledges-to-pursue-return-of-russian-held-islands-despite-frozen-ties",
     published="2025-02-07",
     title="Ishiba pledges to pursue return of Russian-held islands despite frozen ties",
     text="""Ishiba pledges to pursue return of Russian-held islands despite frozen ties

UPDATED FEB 07, 2025, 05:21 PM

TOKYO – Japanese Prime Minister Shigeru Ishiba on Feb 7 vowed to keep working for the return of four Russian-held islands off Hokkaido, even as relations with Moscow remain in deep freeze over the war in Ukraine.

"The situation is severe, but the government will persist in its efforts to resolve the territorial issue and conclude a peace treaty," Mr Ishiba told the annual Northern Territories rally in Tokyo, attended by former islanders and their descendants.

He also said Japan's sanctions on Russia would stay in place until there was a just and lasting peace in Ukraine.

In Moscow, Russian Foreign Ministry spokeswoman Maria Zakharova wrote on Telegram that Tokyo's yearly "revanchist" gatherings changed nothing, and that the Kurils were Russian territory, "full stop".

She also accused Japan of a rapid military build-up that she said threatened stability in the Asia-Pacific region.

Chief Cabinet Secretary Yoshimasa Hayashi told a regular briefing that Japan would seek an early start to this year's negotiations on salmon and trout fishing quotas in Russian waters.

Foreign Minister Takeshi Iwaya told reporters, according to Kyodo News, that Japan was gravely concerned about deepening military cooperation between Russia and North Korea, including the dispatch of North Korean troops to fight against Ukraine.

Kyodo reported that Tokyo will again ask Moscow to allow former residents to visit ancestral graves on the islands this summer.

The visits, which started in 1964, have been suspended since the Covid-19 pandemic, and Moscow ended visa-free exchanges in 2022.

The islands, which Russia calls the Southern Kurils, were seized by Soviet forces at the end of World War II. Some 17,000 Japanese residents were forced to leave, and fewer than 5,000 of them are still alive, with an average age of about 89.

REUTERS, KYODO

Join ST's WhatsApp Channel and get the latest news and must-reads.

See more on
Japan
Russia
Shigeru Ishiba""",
     expected=[
        dict(speaker="Shigeru Ishiba", alt=["Japanese government"], treaty=True, snippet="vowed to keep working for the return of four Russian-held islands off Hokkaido"),
        dict(speaker="Shigeru Ishiba", alt=["Japanese government"], treaty=True, snippet="persist in its efforts to resolve the territorial issue and conclude a peace treaty"),
        dict(speaker="Shigeru Ishiba", alt=["Japanese government"], treaty=False, snippet="sanctions on Russia would stay in place until there was a just and lasting peace"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="the Kurils were Russian territory, \"full stop\""),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False, snippet="accused Japan of a rapid military build-up"),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=False, snippet="negotiations on salmon and trout fishing quotas in Russian waters"),
        dict(speaker="Takeshi Iwaya", alt=["Japanese Foreign Ministry"], treaty=False, snippet="gravely concerned about deepening military cooperation between Russia and North Korea"),
     ],
     not_statements=[
        "Kyodo reported that Tokyo will again ask Moscow to allow former residents to visit ancestral graves",
        "The visits, which started in 1964, have been suspended since the Covid-19 pandemic",
        "The islands, which Russia calls the Southern Kurils, were seized by Soviet forces",
     ]),

dict(id="E13-20", outlet="Newsweek", url="https://www.newsweek.com/russia-japan-takaichi-kuril-islands-northern-territories-2031187",
     published="2026-02-09",
     title="Russia Fires Back at Japan's Takaichi Over Kuril Islands Pledge",
     text="""Russia Fires Back at Japan's Takaichi Over Kuril Islands Pledge

By Daniel Harker, Senior News Reporter
Published Feb 09, 2026 at 6:12 AM EST

Russia has rejected a pledge by Japanese Prime Minister Sanae Takaichi to keep pressing Tokyo's claim to four islands controlled by Moscow, saying the question of their ownership is closed.

Newsweek reached out to the Russian and Japanese foreign ministries via email for comment.

Why It Matters
Takaichi, Japan's first female prime minister, took office in October on a hawkish security platform. Her remarks come as relations between Tokyo and Moscow remain frozen over Japan's support for Ukraine, and as U.S.-led efforts to broker an end to the war continue.

What To Know
Takaichi said in a message to the annual Northern Territories rally in Tokyo on Saturday that the islands "are an inherent part of Japan's territory" and that her government would persevere in negotiations to resolve the issue and sign a peace treaty.

She also said Japan would continue to stand with Ukraine and support efforts toward a just and lasting peace.

Kremlin spokesman Dmitry Peskov told reporters on Monday, according to Interfax, that the Kurils were Russian territory and that Moscow was not discussing their status with anyone.

Foreign Ministry spokeswoman Maria Zakharova wrote on Telegram on Sunday that Japan was remilitarizing "at full speed" under Takaichi.

Japanese Foreign Minister Toshimitsu Motegi told public broadcaster NHK that Japan would keep coordinating with its G7 partners on sanctions against Russia while any Ukraine peace talks are under way.

What People Are Saying
Takaichi in her message to the rally: "We must resolve this issue while the former islanders are still with us. Time is not on our side."

James Carver, a senior fellow at a Washington-based think tank, told Newsweek: "Every Japanese leader says this in February. What matters is that nobody in Tokyo expects Moscow to budge."

What Happens Next
Japan and Russia are due to hold their annual talks on salmon fishing quotas in the spring, one of the few remaining channels of regular contact between the two governments. Moscow suspended peace treaty negotiations in 2022.

Update 2/9/26, 8:40 a.m. EST: This article was updated with Peskov's comments.""",
     expected=[
        dict(speaker="Dmitry Peskov", alt=["Kremlin", "Russian Foreign Ministry", "Maria Zakharova"], treaty=True, snippet="saying the question of their ownership is closed"),
        dict(speaker="Sanae Takaichi", alt=["Japanese government"], treaty=True, snippet="the islands \"are an inherent part of Japan's territory\""),
        dict(speaker="Sanae Takaichi", alt=["Japanese government"], treaty=False, snippet="continue to stand with Ukraine and support efforts toward a just and lasting peace"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="Moscow was not discussing their status with anyone"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False, snippet="Japan was remilitarizing \"at full speed\" under Takaichi"),
        dict(speaker="Toshimitsu Motegi", alt=["Japanese Foreign Ministry"], treaty=False, snippet="keep coordinating with its G7 partners on sanctions against Russia"),
        dict(speaker="Sanae Takaichi", alt=["Japanese government"], treaty=True, snippet="We must resolve this issue while the former islanders are still with us"),
        dict(speaker="James Carver", treaty=True, optional=True, snippet="nobody in Tokyo expects Moscow to budge"),
     ],
     not_statements=[
        "Newsweek reached out to the Russian and Japanese foreign ministries via email for comment.",
        "took office in October on a hawkish security platform",
        "Moscow suspended peace treaty negotiations in 2022.",
        "Update 2/9/26, 8:40 a.m. EST: This article was updated with Peskov's comments.",
     ]),
]
