# Probe articles, English, round 15: denials, hedges, conditions and clarifications.
#
# Written independently by hand; every sentence is invented and every quote is a paraphrase.  Events are modelled
# loosely on real ones (Medvedev on Kunashir 2012, Crimea-era postponements 2014, the Nagato summit 2016 and the
# "joint rule" report before it, the Singapore accord 2018, Kono's "next question" 2018-19, the 2020 constitutional
# amendment, Mishustin on Iturup 2021, the March 2022 suspension, Diplomatic Bluebooks, Northern Territories Day
# 2025, the Takaichi cabinet 2025-26).
#
# Page types / outlets: Reuters, AP, Kyodo News, NHK World, The Japan Times, TASS (English), RT, Nikkei Asia,
# The Moscow Times, Bloomberg, AFP via France 24, a blog aggregator reposting wire copy with reader comments.
#
# Speakers (canonical): Dmitry Peskov, Maria Zakharova, Sergei Lavrov, Vladimir Putin, Dmitry Medvedev, Yuri Ushakov,
# Alexander Lukashevich, Igor Morgulov, Mikhail Galuzin, Evgeny Afanasiev, Nikolai Nozdrev, Mikhail Mishustin,
# Koichiro Gemba, Osamu Fujimura, Yoshihiko Noda, Shinzo Abe, Yoshihide Suga, Fumio Kishida,
# Taro Kono, Takeshi Osuga, Toshimitsu Motegi, Katsunobu Kato, Hirokazu Matsuno, Yoshimasa Hayashi, Yoko Kamikawa,
# Shigeru Ishiba, Takeshi Iwaya, Sanae Takaichi, Minoru Kihara, Akira Muto, Hiroshige Seko, Russian Foreign
# Ministry, Japanese Foreign Ministry, Russian Embassy in Japan, Kremlin; unregistered: Ken Saito.
#
# What is tested: denials and rebuttals ("dismissed", "no truth", "fake news", "flatly denied"), conditional offers
# and hedges ("if Tokyo ...", "did not rule out", "declined to say whether" -> optional), rhetorical questions in
# quotes, clarifications of one's own words and "misinterpreted" corrections, short answers to treaty-worded
# questions, and the same officials on fisheries, sanctions, energy, visas, grave visits, Ukraine (treaty=False).
#
# Traps: the report being denied (newspaper claims, "media citing sources"), unnamed officials and diplomatic
# sources, writer's speculation ("It is unclear whether ..."), "no decision has been made" / "no date has been
# set", analysts and professors, polls, documents (1956 Declaration, the Bluebook, the constitution), headlines,
# "Read also" links, photo captions, reporters' questions, ordinary former islanders, blog authors and commenters.
ARTICLES = []
ARTICLES += [
dict(id="E15-01", outlet="Kyodo News",
     url="https://english.kyodonews.net/news/2012/07/japan-protests-medvedev-kunashir-trip.html", published="2012-07-04",
     title="Japan protests Medvedev's Kunashir trip, denies Gemba's Russia visit in doubt",
     text="""KYODO NEWS - Jul 4, 2012 - 19:42 | World, Japan

Japan protests Medvedev's Kunashir trip, denies Gemba's Russia visit in doubt

TOKYO - Japan lodged a protest on Wednesday over Russian Prime Minister Dmitry Medvedev's visit to Kunashir Island, one of the four islands off Hokkaido that Russia holds claimed by Tokyo, while the government denied that Foreign Minister Koichiro Gemba's planned trip to Russia later this month was being reconsidered.

Medvedev's trip on Tuesday was his second to the island, following his 2010 visit as president that sent bilateral ties into a chill.

"The visit is extremely regrettable, and it runs counter to Japan's position on the Northern Territories," Gemba told reporters at the ministry, adding that he had conveyed the protest to Russian Ambassador Evgeny Afanasiev, whom he summoned earlier in the day.

Gemba brushed aside suggestions that he should call off his visit to Sochi, scheduled for late July, saying the territorial issue could only be moved forward through talks between the foreign ministers.

A weekly magazine reported last week that Foreign Ministry officials had learned of the trip several days before it took place and chose to keep quiet.

Chief Cabinet Secretary Osamu Fujimura said there was "no truth" in the magazine's account and that Tokyo had learned of the plan through media reports.

"We have repeatedly asked the Russian side to refrain from such actions, and our basic policy of settling the attribution of the four islands and then concluding a peace treaty remains the same," Fujimura said at a regular press conference.

Prime Minister Yoshihiko Noda, speaking in parliament, said Japan would respond calmly and would not let the visit derail the island negotiations that he and President Vladimir Putin agreed last month to reinvigorate.

After leaving the ministry, Afanasiev told reporters that trips by Russian leaders to any part of Russian territory were an internal matter that required nobody's approval.

In Moscow, Foreign Ministry spokesman Alexander Lukashevich called Tokyo's protest "unacceptable," saying the southern Kurils had become part of Russia as a result of World War II.

During his visit, Medvedev told local officials that a new port and a kindergarten would be built on Kunashir with federal money and promised higher salaries for teachers and doctors.

Gemba also said a round of talks on salmon and trout fishing quotas with Russia would go ahead as planned, noting that cooperation in fisheries benefits fishermen on both sides.

Moscow has held the islands, which Japan calls the Northern Territories and Russia the southern Kurils, ever since 1945, and the quarrel has left the two neighbours without a formal peace treaty.

It is unclear whether Gemba will raise the visit directly with Foreign Minister Sergei Lavrov in Sochi. A diplomatic source said Moscow appeared to be testing Tokyo's resolve ahead of the ministerial talks.

Related coverage:
Russian PM Medvedev lands on disputed island for 2nd time
Noda, Putin agree to restart island talks in Los Cabos

(c) Kyodo News. All Rights Reserved.""",
     expected=[
        dict(speaker="Koichiro Gemba", treaty=True,
             snippet="it runs counter to Japan's position on the Northern Territories"),
        dict(speaker="Koichiro Gemba", treaty=True,
             snippet="saying the territorial issue could only be moved forward through talks between the foreign ministers"),
        dict(speaker="Osamu Fujimura", treaty=True, optional=True,
             snippet="said there was \"no truth\" in the magazine's account"),
        dict(speaker="Osamu Fujimura", treaty=True,
             snippet="our basic policy of settling the attribution of the four islands and then concluding a peace treaty"),
        dict(speaker="Yoshihiko Noda", treaty=True,
             snippet="would not let the visit derail the island negotiations"),
        dict(speaker="Evgeny Afanasiev", alt=["Russian Embassy in Japan"], treaty=True,
             snippet="trips by Russian leaders to any part of Russian territory were an internal matter"),
        dict(speaker="Alexander Lukashevich", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="saying the southern Kurils had become part of Russia as a result of World War II"),
        dict(speaker="Dmitry Medvedev", treaty=False, optional=True,
             snippet="a new port and a kindergarten would be built on Kunashir with federal money"),
        dict(speaker="Koichiro Gemba", treaty=False,
             snippet="a round of talks on salmon and trout fishing quotas with Russia would go ahead as planned"),
     ],
     not_statements=[
        "Japan protests Medvedev's Kunashir trip, denies Gemba's Russia visit in doubt",
        "Foreign Ministry officials had learned of the trip several days before it took place",
        "the quarrel has left the two neighbours without a formal peace treaty",
        "It is unclear whether Gemba will raise the visit directly with Foreign Minister Sergei Lavrov",
        "A diplomatic source said Moscow appeared to be testing Tokyo's resolve",
        "Noda, Putin agree to restart island talks in Los Cabos",
     ]),

dict(id="E15-02", outlet="Reuters",
     url="https://www.reuters.com/article/us-russia-japan-islands-idUSKBN12H0QX", published="2016-10-17",
     title="Kremlin dismisses report of joint rule plan for disputed islands",
     text="""World News
October 17, 2016 / 6:21 PM / Updated

Kremlin dismisses report of joint rule plan for disputed islands

By Andrei Korolyov and Kaori Tamura
3 Min Read

MOSCOW/TOKYO (Reuters) - The Kremlin on Monday dismissed a Japanese newspaper report that Moscow and Tokyo were discussing joint administration of islands at the heart of a 70-year-old territorial row, while Japan's top government spokesman said the report was groundless.

The Nikkei business daily reported on Monday that Japan was weighing a proposal to administer two of the four islands jointly with Russia as a step towards a final settlement.

Kremlin spokesman Dmitry Peskov told reporters the report "does not correspond to reality" and that no such ideas had been put forward in preparations for President Vladimir Putin's visit to Japan in December.

Peskov said the programme of the visit was still being worked out and would include a large package of economic and investment agreements.

Asked whether Putin was prepared to discuss the islands' status with Prime Minister Shinzo Abe, Peskov said only that the president was "open to dialogue on all issues, including the peace treaty."

In Tokyo, Chief Cabinet Secretary Yoshihide Suga said there was absolutely no truth to the Nikkei story. "Our position remains that we will resolve the question of the attribution of the four islands and conclude a peace treaty," he told a regular news conference.

Asked whether Tokyo might settle for the return of only two islands, Suga declined to comment, saying he would not answer hypothetical questions about ongoing negotiations.

A Japanese government source told Reuters the idea had been floated informally by some officials but never discussed at a senior level.

The dispute over the islands, taken by the Red Army in the closing days of World War Two, has left the two neighbours without a treaty that formally closes the war.

Hiroshige Seko, Japan's minister for economic cooperation with Russia, said separately that work on the eight-point economic plan Abe offered Putin in May was moving ahead, with energy and medical projects among the most advanced.

Russian Foreign Ministry spokeswoman Maria Zakharova said Moscow welcomed Japanese investment but would not accept attempts to link it to concessions on the southern Kurils.

Any compromise would be a hard sell at home for both leaders, said Kenta Moriyama, a professor of international relations at a Tokyo university.

Reporting by Andrei Korolyov in Moscow and Kaori Tamura in Tokyo; Editing by Mark Delaney

Our Standards: The Thomson Reuters Trust Principles.""",
     expected=[
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True,
             snippet="no such ideas had been put forward in preparations for President Vladimir Putin's visit"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=False,
             snippet="would include a large package of economic and investment agreements"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True,
             snippet="open to dialogue on all issues, including the peace treaty"),
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=True,
             snippet="said there was absolutely no truth to the Nikkei story"),
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=True,
             snippet="we will resolve the question of the attribution of the four islands and conclude a peace treaty"),
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=True, optional=True,
             snippet="he would not answer hypothetical questions about ongoing negotiations"),
        dict(speaker="Hiroshige Seko", treaty=False,
             snippet="work on the eight-point economic plan Abe offered Putin in May was moving ahead"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="would not accept attempts to link it to concessions on the southern Kurils"),
     ],
     not_statements=[
        "Japan was weighing a proposal to administer two of the four islands jointly with Russia",
        "A Japanese government source told Reuters the idea had been floated informally",
        "has left the two neighbours without a treaty that formally closes the war",
        "Any compromise would be a hard sell at home for both leaders",
        "Kremlin dismisses report of joint rule plan for disputed islands",
     ]),

dict(id="E15-03", outlet="TASS",
     url="https://tass.com/politics/1031120", published="2018-11-16",
     title="Kremlin says no agreement on handover of islands reached in Singapore",
     text="""Politics
November 16, 2018, 14:35

Kremlin says no agreement on handover of islands reached in Singapore

According to the Kremlin spokesman, the leaders only agreed to step up the negotiating process

MOSCOW, November 16. /TASS/. Russia and Japan have not reached any agreement on a handover of the southern Kuril Islands, Kremlin Spokesman Dmitry Peskov told reporters on Friday, commenting on reports in the Japanese media.

Earlier, several Japanese newspapers, citing government sources, claimed that Moscow had agreed in principle to transfer Shikotan and the Habomai islets to Japan.

"There is no such agreement. The leaders agreed to speed up the negotiations with the 1956 declaration as their basis, and nothing more," Peskov said.

Asked whether the two leaders had discussed a timetable, the Kremlin spokesman said: "I cannot go into details, these talks are confidential."

Read also
Putin, Abe agree to speed up peace treaty talks based on 1956 declaration

On Thursday, speaking at a press conference in Singapore, Russian President Vladimir Putin noted that the 1956 declaration speaks about handing over two islands but "does not say on what grounds they would be handed over and under whose sovereignty they would remain."

"All of this is a subject for a separate and very serious study," the president stressed.

Putin also pointed to the military aspect. "What will happen to security if these territories change hands? We need to understand this as well," he said.

Russian Foreign Ministry Spokeswoman Maria Zakharova said on Thursday that some Japanese publications had distorted the essence of the Singapore understandings, and urged journalists to rely on official statements by the two sides.

The Soviet-Japanese Declaration of 1956 envisages the handover of Shikotan and Habomai to Japan once a peace treaty is concluded. The Kurils became part of the Soviet Union as the Second World War ended.

Peskov also said that the Kremlin was still working on the schedule of Putin's contacts at the G20 summit in Buenos Aires, including a possible meeting with US President Donald Trump.

Read also
Lavrov to co-chair new negotiating format with Japan's foreign minister

Tags: Russia-Japan relations, Kuril Islands

Share: VK Telegram Twitter""",
     expected=[
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True,
             snippet="Russia and Japan have not reached any agreement on a handover of the southern Kuril Islands"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, optional=True,
             snippet="the leaders only agreed to step up the negotiating process"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True,
             snippet="The leaders agreed to speed up the negotiations with the 1956 declaration as their basis"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, optional=True,
             snippet="I cannot go into details, these talks are confidential"),
        dict(speaker="Vladimir Putin", treaty=True,
             snippet="does not say on what grounds they would be handed over and under whose sovereignty"),
        dict(speaker="Vladimir Putin", treaty=True,
             snippet="All of this is a subject for a separate and very serious study"),
        dict(speaker="Vladimir Putin", treaty=True,
             snippet="What will happen to security if these territories change hands?"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="some Japanese publications had distorted the essence of the Singapore understandings"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=False,
             snippet="still working on the schedule of Putin's contacts at the G20 summit in Buenos Aires"),
     ],
     not_statements=[
        "Moscow had agreed in principle to transfer Shikotan and the Habomai islets to Japan",
        "Putin, Abe agree to speed up peace treaty talks based on 1956 declaration",
        "envisages the handover of Shikotan and Habomai to Japan once a peace treaty is concluded",
        "The Kurils became part of the Soviet Union",
        "Lavrov to co-chair new negotiating format with Japan's foreign minister",
     ]),
]

ARTICLES += [
dict(id="E15-04", outlet="The Japan Times",
     url="https://www.japantimes.co.jp/news/2019/01/16/national/politics-diplomacy/kono-defends-silence-islands/", published="2019-01-16",
     title="Kono defends silence on islands as ministry says remarks were misread",
     text="""NATIONAL / POLITICS & DIPLOMACY

Kono defends silence on islands as ministry says remarks were misread

by Haruka Nishino
Staff Writer

Jan 16, 2019

Foreign Minister Taro Kono on Tuesday defended his refusal to discuss the territorial dispute with Russia in public, saying he was keeping quiet so as not to damage negotiations that have entered a delicate stage.

Kono drew criticism last month when he responded "next question" four times to questions about Russia at a news conference in Tokyo.

At Tuesday's news conference, a reporter asked: "Does the government still regard the four islands as illegally occupied by Russia?"

Kono replied only that he would refrain from commenting on anything related to the ongoing negotiations.

In a clarification issued through his office later in the day, Kono said he had meant that the government's legal position had not changed in any way, but that a public debate over wording could complicate the talks.

Foreign Ministry Press Secretary Takeshi Osuga told foreign journalists that the minister's comments had been misinterpreted by some media and that Japan had not softened its stance on sovereignty over the islands.

Asked whether Tokyo had quietly dropped the expression "inherent part of Japan's territory," Chief Cabinet Secretary Yoshihide Suga said: "Our legal position remains unchanged."

Prime Minister Shinzo Abe told reporters at his office that he would not lay Japan's cards on the table in public while he was negotiating a peace treaty with President Vladimir Putin.

In Moscow, Foreign Minister Sergei Lavrov said on Monday that Japan's recognition of Russian sovereignty over all of the southern Kurils was the first step, and that there could be no progress without it.

A Kyodo News poll conducted over the weekend found that 58 percent of respondents were against a deal that would return only two of the four islands.

It is unclear whether Kono's approach has the full backing of the ruling Liberal Democratic Party, where some lawmakers have voiced frustration at the government's silence.

Kono also said Japan would keep pressing Seoul to acknowledge that a South Korean destroyer had locked its fire-control radar on a Japanese patrol plane in December.

Related:
Abe and Putin to hold 25th meeting in Moscow on Jan. 22
Lavrov and Kono spar over history in first round of new talks

KEYWORDS
Russia, Northern Territories, Taro Kono, diplomacy

Share: Twitter Facebook LINE""",
     expected=[
        dict(speaker="Taro Kono", treaty=True,
             snippet="saying he was keeping quiet so as not to damage negotiations that have entered a delicate stage"),
        dict(speaker="Taro Kono", treaty=True, optional=True,
             snippet="he would refrain from commenting on anything related to the ongoing negotiations"),
        dict(speaker="Taro Kono", treaty=True,
             snippet="he had meant that the government's legal position had not changed in any way"),
        dict(speaker="Takeshi Osuga", alt=["Japanese Foreign Ministry"], treaty=True,
             snippet="Japan had not softened its stance on sovereignty over the islands"),
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=True,
             snippet="Chief Cabinet Secretary Yoshihide Suga said: \"Our legal position remains unchanged.\""),
        dict(speaker="Shinzo Abe", treaty=True,
             snippet="he would not lay Japan's cards on the table in public while he was negotiating a peace treaty"),
        dict(speaker="Sergei Lavrov", treaty=True,
             snippet="Japan's recognition of Russian sovereignty over all of the southern Kurils was the first step"),
        dict(speaker="Taro Kono", treaty=False,
             snippet="Japan would keep pressing Seoul to acknowledge that a South Korean destroyer had locked"),
     ],
     not_statements=[
        'drew criticism last month when he responded "next question" four times',
        "Does the government still regard the four islands as illegally occupied by Russia?",
        "58 percent of respondents were against a deal that would return only two of the four islands",
        "It is unclear whether Kono's approach has the full backing of the ruling Liberal Democratic Party",
        "Abe and Putin to hold 25th meeting in Moscow on Jan. 22",
     ]),

dict(id="E15-05", outlet="RT",
     url="https://www.rt.com/russia/451020-zakharova-japan-islands-fake/", published="2019-02-08",
     title="'Fake news': Moscow slams Japanese media claims of island deal timetable",
     text="""'Fake news': Moscow slams Japanese media claims of island deal timetable

Published time: 8 Feb, 2019 12:41
Edited time: 8 Feb, 2019 13:05

Get short URL

Russia's Foreign Ministry has dismissed as "fake news" reports in Japanese media that Moscow and Tokyo had drafted a timetable for signing a peace treaty and returning two of the disputed Kuril islands.

The reports, citing unnamed officials in Tokyo, claimed the sides intended to sign a framework agreement by the G20 summit in Osaka in June.

"Such publications are nothing but fake news, and they have no relation to the real state of affairs at the talks," ministry spokeswoman Maria Zakharova said at her weekly briefing on Thursday.

She added that Tokyo should stop whipping up expectations among the Japanese public about the islands being "handed over," because this only poisons the atmosphere of the negotiations.

"How can anyone talk about deadlines when Japan still refuses to recognize the results of World War II in full?" the diplomat asked.

Also on rt.com
Japan 'must accept WWII results' before any island talks – Lavrov

Earlier, Foreign Minister Sergei Lavrov said there were no deadlines for the peace treaty negotiations. "If our Japanese colleagues are ready to work seriously, without artificial timelines, we will be ready to move forward," Lavrov said.

The Kremlin, for its part, has been cautious. Spokesman Dmitry Peskov declined to say whether Vladimir Putin would bring any new proposals on the treaty to Osaka, saying it was too early to discuss the agenda.

Some commentators in Moscow have suggested that Tokyo is deliberately leaking optimistic scenarios to test Russian public opinion.

Zakharova also criticized Japan's plans to deploy the US-made Aegis Ashore missile defense system, saying it would pose a direct threat to Russia's security.

The Kuril islands were handed to the USSR after WWII, but Japan claims the four southernmost ones, which it calls the Northern Territories.

Like this story? Share it with a friend!

Trends: Russia-Japan relations""",
     expected=[
        dict(speaker="Russian Foreign Ministry", alt=["Maria Zakharova"], treaty=True,
             snippet="Russia's Foreign Ministry has dismissed as \"fake news\" reports in Japanese media"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="they have no relation to the real state of affairs at the talks"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="Tokyo should stop whipping up expectations among the Japanese public about the islands"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="How can anyone talk about deadlines when Japan still refuses to recognize the results"),
        dict(speaker="Sergei Lavrov", treaty=True,
             snippet="Lavrov said there were no deadlines for the peace treaty negotiations"),
        dict(speaker="Sergei Lavrov", treaty=True,
             snippet="If our Japanese colleagues are ready to work seriously, without artificial timelines"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, optional=True,
             snippet="declined to say whether Vladimir Putin would bring any new proposals on the treaty to Osaka"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False,
             snippet="Aegis Ashore missile defense system, saying it would pose a direct threat to Russia's security"),
     ],
     not_statements=[
        "the sides intended to sign a framework agreement by the G20 summit in Osaka in June",
        "Japan 'must accept WWII results' before any island talks – Lavrov",
        "Tokyo is deliberately leaking optimistic scenarios to test Russian public opinion",
        "Japan claims the four southernmost ones, which it calls the Northern Territories",
        "'Fake news': Moscow slams Japanese media claims of island deal timetable",
     ]),

dict(id="E15-06", outlet="Nikkei Asia",
     url="https://asia.nikkei.com/Politics/International-relations/Suga-vows-not-to-leave-islands-row-to-next-generation", published="2020-10-01",
     title="Suga vows not to leave islands row to next generation as Kremlin draws red line",
     text="""Politics
International relations

Suga vows not to leave islands row to next generation as Kremlin draws red line

Motegi denies softening stance after Russia's constitutional ban on ceding land

TAKASHI NAKAYAMA and ANNA GORBUNOVA, Nikkei staff writers
October 1, 2020 05:12 JST

TOKYO/MOSCOW -- Japanese Prime Minister Yoshihide Suga said the territorial dispute with Russia must not be passed on to future generations, after holding his first phone talks with President Vladimir Putin since taking office last month.

"I intend to settle the territorial issue and conclude a peace treaty, and I told President Putin that I want us to move forward together," Suga told reporters after the 20-minute call.

Suga also said the two sides agreed to work toward resuming business travel that was suspended due to the coronavirus pandemic.

Foreign Minister Toshimitsu Motegi flatly denied that Tokyo had softened its stance in response to Russia's constitutional amendment. "Our position on the Northern Territories has not changed one bit," he told a news conference.

The amendments, approved in a nationwide vote in July, prohibit actions aimed at alienating any part of Russia's territory.

Asked whether the amendment altered the legal status of the islands in Japan's eyes, Chief Cabinet Secretary Katsunobu Kato replied: "It does not affect our legal position whatsoever."

In Moscow, Kremlin spokesman Dmitry Peskov said the constitutional provision did not prevent dialogue with Tokyo on a peace treaty, but stressed that Russia's sovereignty over the Kurils was not up for discussion.

Peskov suggested the talks could resume at the level of deputy foreign ministers once pandemic-related restrictions were eased.

Some Japanese diplomats privately concede that the amendment has made any handover far harder. No date has been set for the next round of talks.

"Both leaders are signaling continuity, but neither has room to move," said Daisuke Kanno, a researcher at a Tokyo think tank.

Read Next
Japan and Russia eye resumption of visa-free trips after pandemic
Putin signs constitution amendments into law

Nikkei Asia | Copyright (c) 2020 Nikkei Inc. All rights reserved.""",
     expected=[
        dict(speaker="Yoshihide Suga", treaty=True,
             snippet="the territorial dispute with Russia must not be passed on to future generations"),
        dict(speaker="Yoshihide Suga", treaty=True,
             snippet="I intend to settle the territorial issue and conclude a peace treaty"),
        dict(speaker="Yoshihide Suga", treaty=False,
             snippet="agreed to work toward resuming business travel that was suspended due to the coronavirus"),
        dict(speaker="Toshimitsu Motegi", treaty=True,
             snippet="flatly denied that Tokyo had softened its stance in response to Russia's constitutional amendment"),
        dict(speaker="Toshimitsu Motegi", treaty=True,
             snippet="Our position on the Northern Territories has not changed one bit"),
        dict(speaker="Katsunobu Kato", alt=["Japanese government"], treaty=True,
             snippet="It does not affect our legal position whatsoever."),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True,
             snippet="the constitutional provision did not prevent dialogue with Tokyo on a peace treaty"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True,
             snippet="Peskov suggested the talks could resume at the level of deputy foreign ministers"),
     ],
     not_statements=[
        "prohibit actions aimed at alienating any part of Russia's territory",
        "Some Japanese diplomats privately concede that the amendment has made any handover far harder",
        "No date has been set for the next round of talks.",
        "Both leaders are signaling continuity, but neither has room to move",
        "Japan and Russia eye resumption of visa-free trips after pandemic",
        "Motegi denies softening stance after Russia's constitutional ban on ceding land",
     ]),
]

ARTICLES += [
dict(id="E15-07", outlet="The Moscow Times",
     url="https://www.themoscowtimes.com/2021/07/27/kremlin-shrugs-off-japanese-protest-over-mishustins-kuril-trip-a74612", published="2021-07-27",
     title="Kremlin Shrugs Off Japanese Protest Over Mishustin's Kuril Trip",
     text="""News

Kremlin Shrugs Off Japanese Protest Over Mishustin's Kuril Trip

July 27, 2021

Mikhail Mishustin visits a fish processing plant on Iturup. Government Press Service

Russia on Tuesday brushed aside Japan's protest over Prime Minister Mikhail Mishustin's visit to Iturup, one of the four southern Kuril Islands claimed by Tokyo.

"The prime minister travels to those regions of Russia that he considers it necessary to visit, and this is purely our own business," Kremlin spokesman Dmitry Peskov told journalists.

Peskov said Moscow was still interested in a dialogue with Tokyo on a peace treaty "as long as nobody questions Russia's sovereignty over the islands."

Japanese Foreign Minister Toshimitsu Motegi said the visit contradicted Japan's consistent position on the Northern Territories and hurt the feelings of the Japanese people.

Chief Cabinet Secretary Katsunobu Kato said Tokyo had lodged a strong protest over the trip to the islands through diplomatic channels.

Kyodo News reported, citing government sources, that Tokyo had quietly urged Moscow to cancel the trip in advance.

Foreign Ministry spokeswoman Maria Zakharova rejected the protest, calling Tokyo's reaction an attempt to interfere in Russia's internal affairs on Russia's own territory.

During the visit, Mishustin proposed creating a special tax-free zone on the Kurils and said Japanese and other foreign investors would be welcome there.

Mishustin also promised the islands' fishing industry new processing capacity and modern refrigerated vessels.

It is unclear whether the tax breaks will attract investors to the remote islands, which still suffer from poor roads and unreliable power supplies.

Mishustin is the most senior Russian official to visit the islands since Dmitry Medvedev's trip to Iturup in 2019.

"The visit is a signal that Moscow sees no reason to make any concessions," said political analyst Pavel Sokolin.

Zakharova separately complained that Russian athletes at the Tokyo Olympics were being treated unfairly by Western media.

Read more about: Japan, Kuril Islands

A Message from The Moscow Times:
Dear readers, we are facing unprecedented challenges. Please support independent journalism.""",
     expected=[
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True,
             snippet="The prime minister travels to those regions of Russia that he considers it necessary to visit"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True,
             snippet="as long as nobody questions Russia's sovereignty over the islands"),
        dict(speaker="Toshimitsu Motegi", treaty=True,
             snippet="the visit contradicted Japan's consistent position on the Northern Territories"),
        dict(speaker="Katsunobu Kato", alt=["Japanese government"], treaty=True,
             snippet="Tokyo had lodged a strong protest over the trip to the islands through diplomatic channels"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="calling Tokyo's reaction an attempt to interfere in Russia's internal affairs"),
        dict(speaker="Mikhail Mishustin", treaty=False, optional=True,
             snippet="proposed creating a special tax-free zone on the Kurils"),
        dict(speaker="Mikhail Mishustin", treaty=False,
             snippet="promised the islands' fishing industry new processing capacity and modern refrigerated vessels"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False,
             snippet="Russian athletes at the Tokyo Olympics were being treated unfairly by Western media"),
     ],
     not_statements=[
        "Mikhail Mishustin visits a fish processing plant on Iturup. Government Press Service",
        "Tokyo had quietly urged Moscow to cancel the trip in advance",
        "It is unclear whether the tax breaks will attract investors to the remote islands",
        "the most senior Russian official to visit the islands since Dmitry Medvedev's trip",
        "The visit is a signal that Moscow sees no reason to make any concessions",
     ]),

dict(id="E15-08", outlet="AP",
     url="https://apnews.com/article/russia-ukraine-japan-peace-treaty-talks-halted-7f3c2a9b1e", published="2022-03-22",
     title="Russia halts peace treaty talks with Japan over sanctions",
     text="""Russia halts peace treaty talks with Japan over sanctions

By KEN MORIYAMA
March 22, 2022

TOKYO (AP) — Russia said Monday it was suspending peace treaty negotiations with Japan in retaliation for the sanctions Tokyo imposed over the war in Ukraine, drawing an angry response from Japanese Prime Minister Fumio Kishida.

In a statement, Russia's Foreign Ministry said it did not intend to continue the talks under the current circumstances, citing Japan's "openly unfriendly" position and its attempts to damage Russian interests. It said it was also pulling out of discussions on joint economic activities on the disputed islands.

The ministry said it would also end the visa-free trips that have allowed Japanese former residents to visit the islands without passports.

Russia's move came after Japan joined the United States and European nations in imposing sanctions on Russian banks, businesses and officials.

Kishida told a parliamentary committee that Russia's attempt to blame Japan for the breakdown was "extremely unjust," adding that Tokyo would lodge a strong protest.

"There is no change in our policy of settling the territorial question first and then signing a peace treaty," Kishida said.

Foreign Minister Yoshimasa Hayashi said the sanctions would stay in place. "We will continue to impose strong sanctions in close coordination with the Group of Seven," he said.

Asked whether Tokyo would reconsider its sanctions to salvage the talks, Chief Cabinet Secretary Hirokazu Matsuno said there was "no such plan."

Matsuno also said the government would do its utmost to make sure Japanese fishing boats could continue operating safely near the islands.

A senior Japanese official, speaking on condition of anonymity, said the talks had effectively been dead for months.

The two countries have never signed a peace treaty formally ending their World War II hostilities because of the dispute over the islands, which Soviet troops seized in the final days of the war.

It was not clear whether the decision would affect annual fishing negotiations that are due to start next month.

Associated Press writer Olga Petrenko in Tallinn, Estonia, contributed to this report.

RELATED TOPICS
Russia-Ukraine war
Japan""",
     expected=[
        dict(speaker="Russian Foreign Ministry", alt=["Russian government"], treaty=True,
             snippet="Russia said Monday it was suspending peace treaty negotiations with Japan"),
        dict(speaker="Russian Foreign Ministry", treaty=True,
             snippet="it did not intend to continue the talks under the current circumstances"),
        dict(speaker="Russian Foreign Ministry", treaty=True, optional=True,
             snippet="It said it was also pulling out of discussions on joint economic activities on the disputed islands"),
        dict(speaker="Russian Foreign Ministry", treaty=False,
             snippet="end the visa-free trips that have allowed Japanese former residents to visit the islands"),
        dict(speaker="Fumio Kishida", treaty=True,
             snippet="Russia's attempt to blame Japan for the breakdown was \"extremely unjust,\""),
        dict(speaker="Fumio Kishida", treaty=True,
             snippet="There is no change in our policy of settling the territorial question first and then signing a peace treaty"),
        dict(speaker="Yoshimasa Hayashi", treaty=False,
             snippet="We will continue to impose strong sanctions in close coordination with the Group of Seven"),
        dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=False, optional=True,
             snippet="Chief Cabinet Secretary Hirokazu Matsuno said there was \"no such plan.\""),
        dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=False,
             snippet="make sure Japanese fishing boats could continue operating safely near the islands"),
     ],
     not_statements=[
        "Russia's move came after Japan joined the United States and European nations in imposing sanctions",
        "A senior Japanese official, speaking on condition of anonymity, said the talks had effectively been dead",
        "have never signed a peace treaty formally ending their World War II hostilities",
        "It was not clear whether the decision would affect annual fishing negotiations",
        "Russia halts peace treaty talks with Japan over sanctions",
     ]),

dict(id="E15-09", outlet="NHK World",
     url="https://www3.nhk.or.jp/nhkworld/en/news/20230411_12/", published="2023-04-11",
     title="Diplomatic Bluebook again says Russia illegally occupies Northern Territories",
     text="""NHK WORLD-JAPAN News

Diplomatic Bluebook again says Russia illegally occupies Northern Territories

Apr. 11, 2023 16:20 JST

Share

Japan's government has released its annual report on foreign policy. The report describes the four Northern Territories islands as an integral part of Japan's territory illegally occupied by Russia, the same wording as last year.

Foreign Minister Hayashi Yoshimasa presented the Diplomatic Bluebook at a Cabinet meeting on Tuesday. He told reporters that Russia's aggression against Ukraine had shaken the very foundations of the international order.

Asked whether Japan still seeks a peace treaty with Russia, Hayashi said: "Our policy has not changed at all."

Chief Cabinet Secretary Matsuno Hirokazu told a news conference that the four islands were Japan's inherent territory and that Russia's occupation of them had no legal basis.

Matsuno later clarified that the wording did not mean Japan was closing the door on dialogue, saying Tokyo would seek a negotiated solution when circumstances allow.

NHK has learned from government sources that some officials had argued for softer language to keep channels with Moscow open.

The Russian Embassy in Tokyo said on social media that the report's claims about the southern Kurils were groundless, and that the islands became Russian territory legitimately.

Russian Ambassador Nikolai Nozdrev told NHK in an interview that Moscow would consider returning to the treaty talks only if Japan abandoned what he called its anti-Russian course.

Nozdrev also said Russia was ready to continue the annual fisheries negotiations with Japan.

Matsuno said the government would keep urging Russia to allow former islanders to resume visits to their ancestral graves.

Russia suspended peace treaty negotiations in March last year in response to Japan's sanctions.

Photo: Foreign Minister Hayashi Yoshimasa hands the Diplomatic Bluebook to Prime Minister Kishida Fumio

Related News
Former islanders urge government to restore grave visits
Russia holds military drills on disputed islands""",
     expected=[
        dict(speaker="Yoshimasa Hayashi", treaty=False,
             snippet="Russia's aggression against Ukraine had shaken the very foundations of the international order"),
        dict(speaker="Yoshimasa Hayashi", treaty=True,
             snippet="Hayashi said: \"Our policy has not changed at all.\""),
        dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=True,
             snippet="the four islands were Japan's inherent territory and that Russia's occupation of them had no legal basis"),
        dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=True,
             snippet="the wording did not mean Japan was closing the door on dialogue"),
        dict(speaker="Russian Embassy in Japan", treaty=True,
             snippet="the report's claims about the southern Kurils were groundless"),
        dict(speaker="Nikolai Nozdrev", alt=["Russian Embassy in Japan"], treaty=True,
             snippet="Moscow would consider returning to the treaty talks only if Japan abandoned"),
        dict(speaker="Nikolai Nozdrev", alt=["Russian Embassy in Japan"], treaty=False,
             snippet="Russia was ready to continue the annual fisheries negotiations with Japan"),
        dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=False,
             snippet="allow former islanders to resume visits to their ancestral graves"),
     ],
     not_statements=[
        "the four Northern Territories islands as an integral part of Japan's territory illegally occupied by Russia",
        "some officials had argued for softer language to keep channels with Moscow open",
        "Russia suspended peace treaty negotiations in March last year in response to Japan's sanctions.",
        "Foreign Minister Hayashi Yoshimasa hands the Diplomatic Bluebook to Prime Minister Kishida Fumio",
        "Former islanders urge government to restore grave visits",
        "Diplomatic Bluebook again says Russia illegally occupies Northern Territories",
     ]),
]

ARTICLES += [
dict(id="E15-10", outlet="Bloomberg",
     url="https://www.bloomberg.com/news/articles/2024-06-20/kremlin-says-no-treaty-talks-with-japan-while-tokyo-backs-kyiv", published="2024-06-20",
     title="Kremlin Says No Treaty Talks With Japan While Tokyo Backs Kyiv",
     text="""Politics

Kremlin Says No Treaty Talks With Japan While Tokyo Backs Kyiv

- Peskov leaves door ajar if Tokyo 'reconsiders' its course
- Japan says it will keep stakes in Sakhalin energy projects

By Yuri Demin and Hana Takeda
June 20, 2024 at 4:15 PM GMT+9

Russia sees no basis for discussing a peace treaty with Japan while Tokyo takes part in the Western sanctions campaign, Kremlin spokesman Dmitry Peskov told reporters on Thursday.

Peskov didn't rule out that the talks could resume if Tokyo reconsiders what he called its unfriendly course, but said the Kremlin had so far seen no sign of that.

Deputy Foreign Minister Mikhail Galuzin said in an interview with a state news agency that Russia would be ready to look at the treaty issue again only after Japan lifts its sanctions and stops backing Kyiv.

Galuzin also warned that Moscow would retaliate for Japan's latest sanctions against Russian companies, without giving details.

Foreign Minister Yoko Kamikawa said Japan's policy of settling the territorial question and then signing a peace treaty was unchanged, and that responsibility for the current state of relations lay entirely with Russia.

Kamikawa said Japan would keep supporting Ukraine's reconstruction, pointing to the conference on the country's economic recovery that Tokyo hosted in February.

Trade Minister Ken Saito said Japan has no plans to give up its stakes in the Sakhalin-1 and Sakhalin-2 projects because they are important for the country's energy security.

Russia remains a notable supplier of liquefied natural gas to Japan, mostly via Sakhalin-2. No decision has been made on extending government guarantees for the offtake contracts.

Tokyo has sounded out Moscow about resuming grave visits for former islanders, according to people familiar with the matter who asked not to be identified.

Asked whether the government was considering a special envoy to revive the islands dialogue, Chief Cabinet Secretary Yoshimasa Hayashi said no such step was under consideration.

"Neither side has any incentive to move right now," said Naoko Fujii, a senior fellow at a Tokyo research institute.

— With assistance from Kanako Sato

Most Read
Putin Says Japan Talks Could Restart Under New Conditions
Yen Slides as BOJ Signals Patience

(c) 2024 Bloomberg L.P. All Rights Reserved.""",
     expected=[
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True,
             snippet="Russia sees no basis for discussing a peace treaty with Japan while Tokyo takes part"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True,
             snippet="Peskov didn't rule out that the talks could resume if Tokyo reconsiders"),
        dict(speaker="Mikhail Galuzin", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="Russia would be ready to look at the treaty issue again only after Japan lifts its sanctions"),
        dict(speaker="Mikhail Galuzin", alt=["Russian Foreign Ministry"], treaty=False,
             snippet="Moscow would retaliate for Japan's latest sanctions against Russian companies"),
        dict(speaker="Yoko Kamikawa", treaty=True,
             snippet="Japan's policy of settling the territorial question and then signing a peace treaty was unchanged"),
        dict(speaker="Yoko Kamikawa", treaty=False,
             snippet="Japan would keep supporting Ukraine's reconstruction"),
        dict(speaker="Ken Saito", treaty=False,
             snippet="Japan has no plans to give up its stakes in the Sakhalin-1 and Sakhalin-2 projects"),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=True,
             snippet="Chief Cabinet Secretary Yoshimasa Hayashi said no such step was under consideration"),
     ],
     not_statements=[
        "Russia remains a notable supplier of liquefied natural gas to Japan, mostly via Sakhalin-2.",
        "No decision has been made on extending government guarantees for the offtake contracts.",
        "Tokyo has sounded out Moscow about resuming grave visits for former islanders",
        "Neither side has any incentive to move right now",
        "Putin Says Japan Talks Could Restart Under New Conditions",
        "Peskov leaves door ajar if Tokyo 'reconsiders' its course",
        "Kremlin Says No Treaty Talks With Japan While Tokyo Backs Kyiv",
     ]),

dict(id="E15-11", outlet="AFP via France 24",
     url="https://www.france24.com/en/live-news/20250207-japan-s-ishiba-vows-to-pursue-island-talks-with-russia", published="2025-02-07",
     title="Japan's Ishiba vows to pursue island talks with Russia despite 'severe' ties",
     text="""Asia-Pacific

Japan's Ishiba vows to pursue island talks with Russia despite 'severe' ties

Issued on: 07/02/2025 - 10:12
Modified: 07/02/2025 - 15:40

Former residents of the disputed islands attend a rally in Tokyo on February 7 © AFP

Tokyo (AFP) – Japanese Prime Minister Shigeru Ishiba said Friday that Japan would persistently pursue negotiations to resolve the territorial dispute with Russia and sign a peace treaty, even though ties with Moscow were in a severe state.

Ishiba, addressing an annual rally in Tokyo, said restoring visits by former islanders to family graves on the islands remained a top priority for his government.

Japan marks Northern Territories Day on February 7, the date in 1855 on which Japan and Russia signed a treaty drawing their first border.

Advertising

"I am 89, and I only want to visit my parents' graves one more time," said a former resident who was born on Shikotan.

Ishiba later told parliament he had not meant to suggest that the treaty talks could resume soon, adding that it was impossible to say when that might happen.

Foreign Minister Takeshi Iwaya declined to say whether Tokyo had made any recent contact with Moscow on the peace treaty, saying he would not comment on diplomatic exchanges.

Iwaya said Japan would maintain its sanctions against Russia in cooperation with other Group of Seven nations.

In Moscow, foreign ministry spokeswoman Maria Zakharova rejected Ishiba's remarks as revanchist rhetoric, saying the question of sovereignty over the islands was closed.

"What kind of peace treaty can one talk about with a country that takes part in the sanctions war against us?" she told a briefing.

Zakharova also accused Tokyo of stepping up military cooperation with NATO at the expense of regional stability.

There has been no progress on the dispute for decades.

Read more
Russia says Japan 'not ready' for peace treaty talks
Russia holds drills on islands claimed by Japan

© 2025 AFP""",
     expected=[
        dict(speaker="Shigeru Ishiba", treaty=True,
             snippet="Japan would persistently pursue negotiations to resolve the territorial dispute with Russia"),
        dict(speaker="Shigeru Ishiba", treaty=False,
             snippet="restoring visits by former islanders to family graves on the islands remained a top priority"),
        dict(speaker="Shigeru Ishiba", treaty=True,
             snippet="he had not meant to suggest that the treaty talks could resume soon"),
        dict(speaker="Takeshi Iwaya", treaty=True, optional=True,
             snippet="declined to say whether Tokyo had made any recent contact with Moscow on the peace treaty"),
        dict(speaker="Takeshi Iwaya", treaty=False,
             snippet="Japan would maintain its sanctions against Russia in cooperation with other Group of Seven nations"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="saying the question of sovereignty over the islands was closed"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="What kind of peace treaty can one talk about with a country that takes part in the sanctions war"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False,
             snippet="accused Tokyo of stepping up military cooperation with NATO"),
     ],
     not_statements=[
        "Former residents of the disputed islands attend a rally in Tokyo on February 7",
        "the date in 1855 on which Japan and Russia signed a treaty drawing their first border",
        "I only want to visit my parents' graves one more time",
        "There has been no progress on the dispute for decades.",
        "Russia says Japan 'not ready' for peace treaty talks",
     ]),

dict(id="E15-12", outlet="Kyodo News",
     url="https://english.kyodonews.net/news/2025/11/takaichi-russia-treaty-policy-unchanged.html", published="2025-11-14",
     title="Takaichi says Russia treaty policy unchanged, Motegi denies softening report",
     text="""KYODO NEWS - Nov 14, 2025 - 18:05 | Politics, World

Takaichi says Russia treaty policy unchanged, Motegi denies softening report

TOKYO - Prime Minister Sanae Takaichi said Friday that Japan's policy of resolving the territorial issue with Russia and concluding a peace treaty remains unchanged, as her government rejected a newspaper report that it was preparing to tone down its wording on the dispute.

The Sankei Shimbun reported Thursday, citing multiple government sources, that the Foreign Ministry was reviewing the phrase "illegal occupation" in order to pave the way for dialogue with Moscow.

Speaking at an upper house committee, Takaichi said Japan would be ready to sit down with Russia "when the time is right," but that such talks were impossible while Moscow continued its aggression against Ukraine.

Foreign Minister Toshimitsu Motegi flatly denied the report, saying there had been no discussion within the ministry about changing how the government describes the status of the four islands.

Asked whether Japan would resume the treaty talks if a ceasefire were reached in Ukraine, Motegi said he would not answer a hypothetical question.

Chief Cabinet Secretary Minoru Kihara said Tokyo had protested to Moscow after Russian border guards detained a Japanese fishing boat off Hokkaido's Nemuro Peninsula earlier this week.

A government official said no decision has been made on whether to send a senior diplomat to Moscow for consultations.

In Moscow, Kremlin spokesman Dmitry Peskov said the Kremlin had seen no signals from the new Japanese government that would justify a resumption of the treaty dialogue.

Foreign Ministry spokeswoman Maria Zakharova said Russia would continue to issue visas to Japanese tourists and businesspeople despite Tokyo's unfriendly policies.

In a correction posted on its website, the Russian Embassy in Tokyo said a remark attributed to Ambassador Nikolai Nozdrev in a Japanese magazine interview had been mistranslated, and that he had not spoken of any new proposals on the islands.

It is unclear whether Takaichi, known for her hawkish views, intends to make the Russia issue a priority before next year's upper house election.

Related coverage:
Russia detains Japanese fishing boat off Nemuro
Takaichi, Putin exchange no messages since cabinet launch

(c) Kyodo News. All Rights Reserved.""",
     expected=[
        dict(speaker="Sanae Takaichi", treaty=True,
             snippet="Japan's policy of resolving the territorial issue with Russia and concluding a peace treaty remains unchanged"),
        dict(speaker="Sanae Takaichi", treaty=True,
             snippet="Japan would be ready to sit down with Russia \"when the time is right,\""),
        dict(speaker="Toshimitsu Motegi", treaty=True,
             snippet="there had been no discussion within the ministry about changing how the government describes"),
        dict(speaker="Toshimitsu Motegi", treaty=True, optional=True,
             snippet="Motegi said he would not answer a hypothetical question"),
        dict(speaker="Minoru Kihara", alt=["Japanese government"], treaty=False,
             snippet="Russian border guards detained a Japanese fishing boat off Hokkaido's Nemuro Peninsula"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True,
             snippet="no signals from the new Japanese government that would justify a resumption of the treaty dialogue"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False,
             snippet="Russia would continue to issue visas to Japanese tourists and businesspeople"),
        dict(speaker="Russian Embassy in Japan", alt=["Nikolai Nozdrev"], treaty=True,
             snippet="he had not spoken of any new proposals on the islands"),
     ],
     not_statements=[
        "the Foreign Ministry was reviewing the phrase \"illegal occupation\" in order to pave the way",
        "A government official said no decision has been made on whether to send a senior diplomat",
        "It is unclear whether Takaichi, known for her hawkish views, intends to make the Russia issue a priority",
        "Takaichi, Putin exchange no messages since cabinet launch",
        "Russia detains Japanese fishing boat off Nemuro",
     ]),
]

ARTICLES += [
dict(id="E15-13", outlet="Kuril Watch (blog aggregator)",
     url="https://kurilwatch.blogspot.com/2026/01/lavrov-no-conditions-for-japan-treaty-talks.html", published="2026-01-15",
     title="Lavrov: no conditions for treaty talks with Japan - but door 'not slammed shut'",
     text="""KURIL WATCH
News and views on the Russia-Japan islands dispute, collected daily

Lavrov: no conditions for treaty talks with Japan - but door 'not slammed shut'

Posted by admin on January 15, 2026 | Source: TASS, Kyodo News

Editor's note: This post aggregates reports from TASS and Kyodo News. Quotes are as published by the agencies.

At his annual press conference in Moscow on Wednesday, Foreign Minister Sergei Lavrov said Russia sees no conditions for resuming peace treaty talks while Tokyo pursues an anti-Russian line.

"If Japan is prepared to respect our legitimate interests and stop following Washington's lead, we will be ready to discuss how to move towards a peace treaty," Lavrov said.

"How can one negotiate a treaty of peace and friendship with those who help arm our enemies?" he asked.

The Russian Foreign Ministry later clarified that Lavrov had not meant that the 1956 declaration was void, saying only that it had to be read in the context of today's realities.

Separately, Ambassador Nikolai Nozdrev told TASS that Russia might allow former islanders to visit family graves in some form on a humanitarian basis if Tokyo submits a request.

In Tokyo, Foreign Minister Toshimitsu Motegi said Japan would continue to seek dialogue on the territorial issue, and called Lavrov's attempt to tie the treaty to Japan's sanctions unacceptable.

Japanese Ambassador Akira Muto said at a New Year reception in Moscow that the embassy would keep assisting the Japanese businesses still operating in Russia.

The peace treaty talks have been frozen since March 2022.

My take: Lavrov's conditions are a polite way of saying the islands are off the table for a generation. Nothing new here, move along.

Tags: Lavrov, Motegi, peace treaty, Kuril Islands, Northern Territories

Share this: Facebook | X | Telegram | Email

3 comments

Sakhalin_Ivan said...
The islands are ours, end of story. No treaty needed.

tokyo_watcher said...
Japan should stop waiting and focus on the fishing deals.

admin said...
@tokyo_watcher the fishing talks are a separate track, see yesterday's post.

POPULAR POSTS
Zakharova: Japan 'militarising' Hokkaido
Nemuro fishermen brace for another year without a salmon deal""",
     expected=[
        dict(speaker="Sergei Lavrov", treaty=True,
             snippet="Russia sees no conditions for resuming peace treaty talks while Tokyo pursues an anti-Russian line"),
        dict(speaker="Sergei Lavrov", treaty=True,
             snippet="we will be ready to discuss how to move towards a peace treaty"),
        dict(speaker="Sergei Lavrov", treaty=True,
             snippet="How can one negotiate a treaty of peace and friendship with those who help arm our enemies?"),
        dict(speaker="Russian Foreign Ministry", alt=["Sergei Lavrov"], treaty=True,
             snippet="Lavrov had not meant that the 1956 declaration was void"),
        dict(speaker="Nikolai Nozdrev", alt=["Russian Embassy in Japan"], treaty=False,
             snippet="Russia might allow former islanders to visit family graves in some form on a humanitarian basis"),
        dict(speaker="Toshimitsu Motegi", treaty=True,
             snippet="called Lavrov's attempt to tie the treaty to Japan's sanctions unacceptable"),
        dict(speaker="Akira Muto", alt=["Japanese Embassy in Russia"], treaty=False,
             snippet="the embassy would keep assisting the Japanese businesses still operating in Russia"),
     ],
     not_statements=[
        "Lavrov: no conditions for treaty talks with Japan - but door 'not slammed shut'",
        "The peace treaty talks have been frozen since March 2022.",
        "Lavrov's conditions are a polite way of saying the islands are off the table for a generation",
        "The islands are ours, end of story. No treaty needed.",
        "Japan should stop waiting and focus on the fishing deals.",
        "Zakharova: Japan 'militarising' Hokkaido",
     ]),

dict(id="E15-14", outlet="Reuters",
     url="https://www.reuters.com/article/us-japan-russia-sanctions-idUSBREA3S04520140429", published="2014-04-29",
     title="Japan denies Putin visit shelved; Moscow says sanctions hurt treaty talks",
     text="""World News
April 29, 2014 / 7:12 PM

Japan denies Putin visit shelved; Moscow says sanctions hurt treaty talks

By Hiroko Ueda and Alexei Zhukov
4 Min Read

TOKYO/MOSCOW (Reuters) - Japan on Tuesday denied a media report that it had given up on hosting Russian President Vladimir Putin this year, even as it announced new sanctions against Russia over the crisis in Ukraine.

The Yomiuri newspaper reported on Monday that Tokyo had effectively shelved plans for Putin's autumn visit because of Moscow's annexation of Crimea.

Chief Cabinet Secretary Yoshihide Suga said there was "no change" in the plan for Putin to visit Japan within the year.

Suga also said Japan would suspend the issuance of visas to 23 Russian officials it did not name, in step with measures taken by other Group of Seven countries.

Foreign Minister Fumio Kishida said Japan would continue negotiations on a peace treaty with Russia, arguing that the territorial talks and the response to Ukraine "should be handled separately."

Prime Minister Shinzo Abe, speaking in Berlin, said he wanted to keep a dialogue with Putin in order to solve the territorial problem and conclude a peace treaty.

Abe also said Russia's annexation of Crimea could never be tolerated and that changing borders by force was unacceptable.

In Moscow, Deputy Foreign Minister Igor Morgulov said vice-ministerial consultations on the peace treaty, scheduled for April, had been postponed at Tokyo's request, and that Moscow had "taken note" of it.

The Russian Foreign Ministry said in a statement that Japan's sanctions were unfriendly and short-sighted and would throw bilateral ties backwards.

The ministry added that Tokyo should not count on progress on the peace treaty issue if it continued to follow Washington's lead.

Japanese officials, speaking privately, said Abe was reluctant to jeopardize his personal rapport with Putin.

Abe has made improving ties with Russia a priority since returning to power in December 2012, hoping to settle the island row that has left the neighbours without a postwar peace treaty.

"Tokyo is trying to have it both ways," said Shigeo Takeda, a Russia specialist at a private university in Tokyo.

Reporting by Hiroko Ueda and Alexei Zhukov; Editing by Paul Greer""",
     expected=[
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=False, optional=True,
             snippet="there was \"no change\" in the plan for Putin to visit Japan within the year"),
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=False,
             snippet="Japan would suspend the issuance of visas to 23 Russian officials it did not name"),
        dict(speaker="Fumio Kishida", treaty=True,
             snippet="Japan would continue negotiations on a peace treaty with Russia"),
        dict(speaker="Shinzo Abe", treaty=True,
             snippet="he wanted to keep a dialogue with Putin in order to solve the territorial problem"),
        dict(speaker="Shinzo Abe", treaty=False,
             snippet="Russia's annexation of Crimea could never be tolerated"),
        dict(speaker="Igor Morgulov", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="vice-ministerial consultations on the peace treaty, scheduled for April, had been postponed"),
        dict(speaker="Russian Foreign Ministry", treaty=False,
             snippet="Japan's sanctions were unfriendly and short-sighted and would throw bilateral ties backwards"),
        dict(speaker="Russian Foreign Ministry", treaty=True,
             snippet="Tokyo should not count on progress on the peace treaty issue"),
     ],
     not_statements=[
        "Tokyo had effectively shelved plans for Putin's autumn visit because of Moscow's annexation of Crimea",
        "Japanese officials, speaking privately, said Abe was reluctant to jeopardize his personal rapport",
        "hoping to settle the island row that has left the neighbours without a postwar peace treaty",
        "Tokyo is trying to have it both ways",
        "Japan denies Putin visit shelved; Moscow says sanctions hurt treaty talks",
     ]),
]

ARTICLES += [
dict(id="E15-15", outlet="The Japan Times",
     url="https://www.japantimes.co.jp/news/2016/12/17/national/politics-diplomacy/abe-rejects-criticism-islands-deal/", published="2016-12-17",
     title="Abe rejects criticism that islands deal favors Moscow as Putin raises U.S. alliance concerns",
     text="""NATIONAL / POLITICS & DIPLOMACY

Abe rejects criticism that islands deal favors Moscow as Putin raises U.S. alliance concerns

by Kenji Hamada and Mio Arakawa
Staff Writers

Dec 17, 2016

Prime Minister Shinzo Abe on Saturday dismissed criticism that Japan had effectively abandoned its claim to the four islands off Hokkaido that Russia holds, a day after wrapping up two days of talks with President Vladimir Putin in Nagato, Yamaguchi Prefecture, and Tokyo.

Appearing on a TV news program, Abe said the planned joint economic activities on the islands would be an important step toward concluding a peace treaty, not a substitute for one.

The activities would be carried out under a special system that would not harm the legal position of either country on the islands, Abe said.

The leaders' press statement says the consultations on joint activities will not prejudice the positions of either side on the peace treaty issue.

At a joint news conference in Tokyo on Friday, Putin said it would be wrong to expect a quick solution to a problem that had lasted for seven decades, and urged both sides to stop the endless back-and-forth over historical claims.

Putin also said Russia had to take into account Japan's obligations under its security treaty with the United States. "If U.S. bases could appear on the islands, what would Russia get out of such an arrangement?" he asked.

Kremlin aide Yuri Ushakov told Russian reporters that the question of sovereignty over the islands had not been on the table in Nagato, rejecting reports that a transfer of any island had been discussed.

Hiroshige Seko, minister for economic cooperation with Russia, said Japanese and Russian companies had signed dozens of business deals in energy, health care and urban development during the visit.

Foreign Minister Fumio Kishida later clarified that the special framework had not yet been designed, and that Japan would accept nothing that compromised its legal position on the islands.

Kishida also said Japan would ease visa requirements for Russian tourists and business travelers from next month.

It is unclear how the special system would work in practice, particularly which country's laws would apply on the islands.

A Kyodo News telephone survey conducted after the summit found that a majority of respondents did not appreciate its outcome.

"I had hoped to hear the word 'return' at least once," said a 79-year-old former resident of Shikotan who now lives in Nemuro.

Related:
Abe, Putin agree to start talks on joint economic activities on disputed isles
Putin arrives in Yamaguchi more than two hours late

KEYWORDS
Shinzo Abe, Vladimir Putin, Russia, Northern Territories""",
     expected=[
        dict(speaker="Shinzo Abe", treaty=True,
             snippet="the planned joint economic activities on the islands would be an important step toward concluding a peace treaty"),
        dict(speaker="Shinzo Abe", treaty=True,
             snippet="a special system that would not harm the legal position of either country on the islands"),
        dict(speaker="Vladimir Putin", treaty=True,
             snippet="it would be wrong to expect a quick solution to a problem that had lasted for seven decades"),
        dict(speaker="Vladimir Putin", treaty=True,
             snippet="If U.S. bases could appear on the islands, what would Russia get out of such an arrangement?"),
        dict(speaker="Yuri Ushakov", alt=["Kremlin"], treaty=True,
             snippet="the question of sovereignty over the islands had not been on the table in Nagato"),
        dict(speaker="Hiroshige Seko", treaty=False,
             snippet="companies had signed dozens of business deals in energy, health care and urban development"),
        dict(speaker="Fumio Kishida", treaty=True,
             snippet="Japan would accept nothing that compromised its legal position on the islands"),
        dict(speaker="Fumio Kishida", treaty=False,
             snippet="Japan would ease visa requirements for Russian tourists and business travelers"),
     ],
     not_statements=[
        "will not prejudice the positions of either side on the peace treaty issue",
        "It is unclear how the special system would work in practice",
        "a majority of respondents did not appreciate its outcome",
        "I had hoped to hear the word 'return' at least once",
        "Abe, Putin agree to start talks on joint economic activities on disputed isles",
        "Abe rejects criticism that islands deal favors Moscow as Putin raises U.S. alliance concerns",
     ]),
]
