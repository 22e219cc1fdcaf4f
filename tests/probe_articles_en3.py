# Hand-written English test articles for treatywatch.statements.extract_statements (round 3: a precision probe).
# All texts are original (written for this test), loosely modelled on real events 2016-2023; events, outlets and
# phrasings differ from rounds 1-2 (tests/probe_articles_en.py, tests/probe_articles_en2.py).
# expected: dict(speaker, treaty (True/False/None), snippet, [alt], [optional])
# not_statements: substrings that must not yield a peace_treaty=True statement.

# Each article holds a few firm statements and many look-alikes that are not statements by the corpus rules:
# background with "say" in a non-attribution sense, unnamed sources, analysts, polls, documents (declarations,
# the constitution, the Diplomatic Bluebook), events, plans, negated or hypothetical speech, reporters' questions,
# headlines and "Read more" links, other peace treaties and other disputes (Takeshima, Japan-China 1978, Ukraine).
# Former islanders and a leaders' joint decision are marked optional; a protest over a deployment without an
# explicit claim is optional.
ARTICLES = [
# ---- wire copy ----
dict(id="E3-01", outlet="Reuters", url="https://www.reuters.com/article/us-japan-russia-abe-putin-sochi-idUSKCN0XX0KB", published="2016-05-06",
     title="Abe, Putin agree on 'new approach' to island row at Sochi talks",
     text="""SOCHI, Russia, May 6 (Reuters) - Japanese Prime Minister Shinzo Abe said on Friday that he and Russian President Vladimir Putin had agreed to tackle their 70-year-old territorial row with a "new approach", after more than three hours of talks at Putin's Black Sea residence.

"I have a feeling that we can break the deadlock in the peace treaty negotiations, which have been stuck for so long," Abe told reporters after the meeting, which included a working dinner attended only by the two leaders and their interpreters.

Japanese officials said the two sides had not discussed which of the islands, or how many, might eventually be returned.

The dispute over the islands, known in Japan as the Northern Territories and in Russia as the Southern Kurils, has kept the two countries from signing a treaty formally ending World War Two.

Washington had asked Tokyo to reconsider the visit because of Russia's annexation of Crimea, diplomatic sources said.

Kremlin foreign policy aide Yuri Ushakov told reporters that the leaders had also compared notes on Syria, where Moscow is backing President Bashar al-Assad's forces, and on North Korea's nuclear programme.

The two leaders agreed to meet again in the Russian Far East port of Vladivostok in September. Abe is expected to brief Group of Seven leaders on the peace treaty talks when they gather in Ise-Shima later this month.

(Reporting by Tokyo and Moscow bureaus; Editing by Asia Desk)""",
     expected=[
        dict(speaker="Shinzo Abe", alt=["Vladimir Putin"], treaty=True, snippet="had agreed to tackle their 70-year-old territorial row"),
        dict(speaker="Shinzo Abe", treaty=True, snippet="I have a feeling that we can break the deadlock in the peace treaty negotiations"),
        dict(speaker="Yuri Ushakov", alt=["Kremlin"], treaty=False, snippet="the leaders had also compared notes on Syria"),
     ],
     not_statements=["Japanese officials said the two sides had not discussed which of the islands",
                     "has kept the two countries from signing a treaty formally ending World War Two",
                     "Washington had asked Tokyo to reconsider the visit because of Russia's annexation of Crimea, diplomatic sources said.",
                     "The two leaders agreed to meet again in the Russian Far East port of Vladivostok in September.",
                     "Abe is expected to brief Group of Seven leaders on the peace treaty talks"]),

dict(id="E3-02", outlet="Kyodo", url="https://english.kyodonews.net/news/2017/09/abe-putin-vladivostok-joint-projects.html", published="2017-09-07",
     title="Abe, Putin endorse 5 joint economic projects for disputed isles",
     text="""VLADIVOSTOK, Russia, Sept. 7 Kyodo - Prime Minister Shinzo Abe and Russian President Vladimir Putin on Thursday endorsed five candidate projects for joint economic activities on the Russian-held islands off Hokkaido, ranging from sea urchin farming to wind power generation.

"Let us make these islands a symbol of cooperation between Japan and Russia, instead of a source of confrontation. Step by step, this will lead us to the signing of a peace treaty," Abe said in a speech at the Eastern Economic Forum, addressing Putin directly from the podium.

Under an arrangement still being worked out, the projects would be carried out under a special legal framework that would not harm either country's legal position on the islands, officials of both governments say.

People familiar with the negotiations said the greenhouse vegetable project could start as early as next year.

Putin told the forum's plenary session that sanctions against North Korea had reached their limit and that pressure alone would not make Pyongyang abandon its missile programme.

Former residents of the islands last month flew to Kunashiri and Etorofu by chartered aircraft for the first time to visit family graves, a trip arranged at the leaders' summit in April.

"I want the islands back while I am still alive to see it," said Kenji Sato, 84, who was born on Shikotan and now lives in Nemuro.

A Cabinet Office survey released last year found that about 70 percent of Japanese feel little progress has been made on the territorial issue.""",
     expected=[
        dict(speaker="Shinzo Abe", alt=["Vladimir Putin"], treaty=None, optional=True, snippet="endorsed five candidate projects for joint economic activities"),
        dict(speaker="Shinzo Abe", treaty=True, snippet="Let us make these islands a symbol of cooperation between Japan and Russia"),
        dict(speaker="Shinzo Abe", treaty=True, snippet="Step by step, this will lead us to the signing of a peace treaty"),
        dict(speaker="Vladimir Putin", treaty=False, snippet="sanctions against North Korea had reached their limit"),
        dict(speaker="Kenji Sato", treaty=True, optional=True, snippet="I want the islands back while I am still alive to see it"),
     ],
     not_statements=["would not harm either country's legal position on the islands, officials of both governments say",
                     "People familiar with the negotiations said the greenhouse vegetable project could start",
                     "Former residents of the islands last month flew to Kunashiri and Etorofu",
                     "A Cabinet Office survey released last year found"]),

# ---- explainer ----
dict(id="E3-03", outlet="BBC News", url="https://www.bbc.com/news/world-asia-46952154", published="2019-01-21",
     title="Kuril Islands: Why Russia and Japan have still not signed a WW2 peace deal",
     text="""Kuril Islands: Why Russia and Japan have still not signed a WW2 peace deal

21 January 2019

Japan's Prime Minister Shinzo Abe travels to Moscow this week for yet another round of talks with Vladimir Putin. At stake is a chain of windswept islands that has kept the two neighbours from formally making peace for more than seven decades.

What is the dispute about?

The dispute, historians say, goes back to the last days of World War Two, when Soviet troops seized the islands and expelled their roughly 17,000 Japanese inhabitants.

The 1855 Treaty of Shimoda drew the border between Etorofu and Urup, leaving the southern islands to Japan. Japan's Diplomatic Bluebook still describes all four as "inherent" Japanese territory.

In 1956 the two countries restored diplomatic ties. Their joint declaration states that Moscow will hand over Shikotan and the Habomai islets once a peace treaty is signed - but says nothing of the two larger islands.

Why does it matter now?

Mr Abe has staked a great deal on a deal with Mr Putin. In a New Year interview he said the Russians living on the islands would need to "accept and understand" that sovereignty over their homes would change.

That remark went down badly in Moscow. The Russian foreign ministry said such statements "grossly distort the essence" of the leaders' agreements and were aimed at stirring up public opinion around a settlement. Japan's ambassador was summoned to the ministry to hear the complaint.

Polls suggest most Russians are against giving up any territory, and residents of the islands have staged small protests.

READ MORE: The Russian islanders who fear becoming Japanese""",
     expected=[
        dict(speaker="Shinzo Abe", treaty=True, snippet="the Russians living on the islands would need to \"accept and understand\""),
        dict(speaker="Russian Foreign Ministry", alt=["Maria Zakharova"], treaty=True, snippet="such statements \"grossly distort the essence\" of the leaders' agreements"),
     ],
     not_statements=["Japan's Prime Minister Shinzo Abe travels to Moscow this week for yet another round of talks",
                     "The dispute, historians say, goes back to the last days of World War Two",
                     "The 1855 Treaty of Shimoda drew the border between Etorofu and Urup",
                     "Japan's Diplomatic Bluebook still describes all four as \"inherent\" Japanese territory.",
                     "Their joint declaration states that Moscow will hand over Shikotan and the Habomai islets",
                     "Japan's ambassador was summoned to the ministry to hear the complaint.",
                     "Polls suggest most Russians are against giving up any territory",
                     "The Russian islanders who fear becoming Japanese"]),

# ---- live blog ----
dict(id="E3-04", outlet="The Guardian", url="https://www.theguardian.com/world/live/2022/mar/07/russia-ukraine-war-news-live-updates", published="2022-03-07",
     title="Russia-Ukraine war live: third round of talks due in Belarus; Japan hardens language on disputed islands",
     text="""Russia-Ukraine war live: third round of talks due in Belarus; Japan hardens language on disputed islands

Mon 7 Mar 2022 09.52 GMT

Key events
Japan calls Russian-held islands 'illegally occupied'
Third round of Ukraine-Russia talks due this afternoon

9.52am GMT
Japan hardens line on disputed islands

Japan's foreign minister, Yoshimasa Hayashi, has told parliament in Tokyo that the four islands off Hokkaido are "an inherent part of Japan's territory" and are "under illegal occupation" by Russia. Tokyo had avoided that formulation for years so as not to upset peace treaty negotiations with Moscow.

Prime minister Fumio Kishida, speaking at the same budget committee session, said the four islands were "territory over which Japan has sovereignty". He added that Russia's invasion of Ukraine was "an attempt to change the status quo by force" that Japan would never accept.

Asked whether the new wording meant Tokyo was giving up on the peace treaty talks, a Japanese foreign ministry official told reporters only that "our basic policy has not changed", declining to go into detail.

Related: Japan will 'never' drop its claim to the Northern Territories, Abe says (2017)

9.31am GMT
Russia lists Japan among 'unfriendly' countries

Russia's government has approved a list of "unfriendly" states and territories that includes Japan, the US, the UK and all EU member states.

9.05am GMT
Ukrainian and Russian delegations are due to meet for a third round of talks in Belarus later today, a member of Ukraine's delegation has said.

Volodymyr Zelenskiy said in his overnight video address that Ukraine was ready for "a peace that is honest", but would not give up "a single piece of our land".

8.40am GMT
Kremlin spokesman Dmitry Peskov said Russia would halt its military operation "in a moment" if Kyiv met Moscow's demands, including recognising Crimea as Russian territory.

We'll bring you more as we get it.""",
     expected=[
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese Foreign Ministry"], treaty=True, snippet="the four islands off Hokkaido are \"an inherent part of Japan's territory\""),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese Foreign Ministry"], treaty=True, snippet="\"under illegal occupation\" by Russia"),
        dict(speaker="Fumio Kishida", alt=["Japanese government"], treaty=True, snippet="territory over which Japan has sovereignty"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=False, snippet="Russia would halt its military operation \"in a moment\""),
     ],
     not_statements=["Tokyo had avoided that formulation for years so as not to upset peace treaty negotiations with Moscow.",
                     "He added that Russia's invasion of Ukraine was \"an attempt to change the status quo by force\"",
                     "a Japanese foreign ministry official told reporters only that \"our basic policy has not changed\"",
                     "Japan will 'never' drop its claim to the Northern Territories, Abe says (2017)",
                     "Russia's government has approved a list of \"unfriendly\" states",
                     "Ukrainian and Russian delegations are due to meet for a third round of talks in Belarus",
                     "Ukraine was ready for \"a peace that is honest\", but would not give up \"a single piece of our land\"",
                     "We'll bring you more as we get it."]),

# ---- opinion column ----
dict(id="E3-05", outlet="The Japan Times", url="https://www.japantimes.co.jp/opinion/2023/06/12/commentary/japan-commentary/russia-peace-treaty-dead/", published="2023-06-12",
     title="The peace treaty with Russia is dead. Tokyo should say so.",
     text="""The peace treaty with Russia is dead. Tokyo should say so.

by Kenji Ota

Jun 12, 2023

For the better part of a decade, Japan's Russia policy rested on a bet: that enough economic inducement, and enough summits, would persuade Vladimir Putin to hand back at least two of the four islands. I have long argued that the bet was a poor one. Since February 2022, it has become indefensible.

Consider first the legal obstacle. Russia's constitution, as amended in 2020, bans any action "aimed at the alienation" of Russian territory. A Russian official who signed away Shikotan would, on paper, be committing a crime.

Then there is the strategic one. As the Moscow-based scholar Dmitri Trenin once observed, the Sea of Okhotsk is a bastion for Russia's missile submarines, and the southern Kurils are its gates.

Moscow has not been shy about spelling out its terms. Russia's top diplomat, Sergei Lavrov, told a news conference in March that while Japan "follows Washington's line on sanctions," there could be no talk of a peace treaty.

In Tokyo, the official line has barely moved. Prime Minister Fumio Kishida told the Diet in January that his government had not abandoned the goal of settling the attribution of the four islands and then concluding a treaty.

Japanese diplomats privately concede that no one in the ministry expects the talks to resume in this decade.

If Kishida were to announce tomorrow that Japan would settle for two islands, the Kremlin would still say no.

What, then, should Tokyo do? It should stop pretending. It should state plainly that the negotiations are suspended through Russia's choice, put former islanders' grave visits at the centre of its policy, and wait.

Kenji Ota is a professor of Russian studies at a university in Sapporo. The views expressed are his own.""",
     expected=[
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="follows Washington's line on sanctions,\" there could be no talk of a peace treaty"),
        dict(speaker="Fumio Kishida", alt=["Japanese government"], treaty=True, snippet="his government had not abandoned the goal of settling the attribution of the four islands"),
     ],
     not_statements=["I have long argued that the bet was a poor one.",
                     "Russia's constitution, as amended in 2020, bans any action \"aimed at the alienation\" of Russian territory.",
                     "As the Moscow-based scholar Dmitri Trenin once observed",
                     "Moscow has not been shy about spelling out its terms.",
                     "Japanese diplomats privately concede that no one in the ministry expects the talks to resume",
                     "If Kishida were to announce tomorrow that Japan would settle for two islands, the Kremlin would still say no.",
                     "It should state plainly that the negotiations are suspended through Russia's choice"]),

# ---- think-tank commentary quoted by media ----
dict(id="E3-06", outlet="The Moscow Times", url="https://www.themoscowtimes.com/2020/07/06/russias-new-constitution-rules-out-kuril-islands-handover-experts-say-a70801", published="2020-07-06",
     title="Russia's New Constitution Rules Out Kuril Islands Handover, Experts Say",
     text="""Russia's New Constitution Rules Out Kuril Islands Handover, Experts Say

July 6, 2020

Russia's freshly amended constitution, which entered into force on Saturday, leaves no legal room for returning any of the disputed Kuril Islands to Japan, experts say.

The amendment prohibits "actions aimed at the alienation of part of the territory of the Russian Federation," as well as calls for such actions, with an exception for the delimitation and demarcation of borders with neighboring states.

"This effectively slams the door on any compromise with Tokyo that involves territory," said Alexander Gabuev, a senior fellow at the Carnegie Moscow Center. "The demarcation clause is a fig leaf, and both sides know it."

Critics have said the clause was drafted with Japan in mind.

The Kremlin's spokesman insisted on Monday that Moscow was not walking away from the negotiating table. "We are continuing the dialogue with our Japanese partners on a peace treaty," Dmitry Peskov told reporters on a conference call. "But the territorial integrity of our country is not a subject for discussion."

Peskov also said Putin had no plans to travel abroad before the end of the summer because of the coronavirus pandemic.

Local media reported last week that a memorial stone engraved with the text of the amendment had been unveiled on Kunashir island.

A 2019 Levada Center poll found that 74% of Russians opposed handing over the islands under any circumstances.

Read more: Putin Says Kurils Will 'Stay Russian' as Abe Talks Stall""",
     expected=[
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="Moscow was not walking away from the negotiating table"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="We are continuing the dialogue with our Japanese partners on a peace treaty"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="the territorial integrity of our country is not a subject for discussion"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=False, snippet="Putin had no plans to travel abroad before the end of the summer"),
     ],
     not_statements=["leaves no legal room for returning any of the disputed Kuril Islands to Japan, experts say",
                     "The amendment prohibits \"actions aimed at the alienation of part of the territory of the Russian Federation,\"",
                     "This effectively slams the door on any compromise with Tokyo that involves territory",
                     "The demarcation clause is a fig leaf, and both sides know it.",
                     "Critics have said the clause was drafted with Japan in mind.",
                     "a memorial stone engraved with the text of the amendment had been unveiled on Kunashir island",
                     "A 2019 Levada Center poll found that 74% of Russians opposed handing over the islands",
                     "Putin Says Kurils Will 'Stay Russian' as Abe Talks Stall"]),

# ---- fact box ----
dict(id="E3-07", outlet="Reuters", url="https://www.reuters.com/article/us-japan-russia-factbox-idUSKCN1NK0FX", published="2018-11-15",
     title="FACTBOX-The 1956 Soviet-Japanese declaration at the heart of island talks",
     text="""FACTBOX-The 1956 Soviet-Japanese declaration at the heart of island talks

Nov 15 (Reuters) - Japanese Prime Minister Shinzo Abe and Russian President Vladimir Putin agreed this week to speed up peace treaty talks on the basis of a 1956 joint declaration. Here are some facts about the document and the dispute.

THE DECLARATION
* Signed in Moscow on Oct. 19, 1956, and ratified by both parliaments that December, it ended the state of war and restored diplomatic relations.
* Article 9 says the Soviet Union "agrees to transfer" the Habomai islets and Shikotan to Japan, with the actual transfer to take place "after the conclusion of a peace treaty."
* In 1960, after Tokyo revised its security treaty with the United States, the Soviet Union added a new condition: that all foreign troops leave Japan.

POSITIONS
* Japan's long-standing position is that all four islands are its territory and that a peace treaty should be signed once their attribution is settled.
* Putin told reporters in Singapore on Thursday that the declaration "does not say on what grounds, and under whose sovereignty, the islands would be handed over," adding that this would be a matter for serious discussion.
* Abe told reporters in Singapore that Japan's basic position on the four islands had not changed.
* The 2001 Irkutsk Statement confirmed the 1956 declaration as the basic legal document that set the starting point for negotiations.

THE ISLANDS
* The four islands have a combined area of about 5,000 square km and a population of around 20,000, nearly all of them Russian citizens.

Sources: Reuters; Japanese Foreign Ministry; the Kremlin
(Compiled by Tokyo Newsroom; Editing by Asia Desk)""",
     expected=[
        dict(speaker="Shinzo Abe", alt=["Vladimir Putin"], treaty=True, optional=True, snippet="agreed this week to speed up peace treaty talks on the basis of a 1956 joint declaration"),
        dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=True, snippet="does not say on what grounds, and under whose sovereignty, the islands would be handed over"),
        dict(speaker="Shinzo Abe", alt=["Japanese government"], treaty=True, snippet="Japan's basic position on the four islands had not changed"),
     ],
     not_statements=["it ended the state of war and restored diplomatic relations",
                     "Article 9 says the Soviet Union \"agrees to transfer\" the Habomai islets and Shikotan",
                     "the Soviet Union added a new condition: that all foreign troops leave Japan",
                     "Japan's long-standing position is that all four islands are its territory",
                     "The 2001 Irkutsk Statement confirmed the 1956 declaration as the basic legal document",
                     "a population of around 20,000, nearly all of them Russian citizens",
                     "Sources: Reuters; Japanese Foreign Ministry; the Kremlin"]),

# ---- machine-translated aggregator copies ----
dict(id="E3-08", outlet="NovostiRegion (machine translation from Russian)", url="https://novostiregion.ru/en/politics/2019/02/12/matviyenko-kurils-not-on-agenda", published="2019-02-12",
     title="Matviyenko: question of transfer of the Kurils to Japan is not on agenda",
     text="""Main | Politics | Economy | Society | In the world
12.02.2019 14:05   Views: 3412

Matviyenko: question of transfer of the Kurils to Japan is not on agenda

The chairman of the Federation Council Valentina Matviyenko declared, that the question of transfer of the South Kurils to Japan is not stood on the agenda. «Nobody in the leadership of Russia does not discuss the transfer of any islands. The Kurils are Russian land, and so it will be», — told she to journalists on Tuesday.

To the question of journalists, whether the peace treaty can be signed already in this year, the speaker of the upper chamber refused to make any forecasts.

Also Matviyenko commented the situation in Venezuela, having named the recognition by the West of the self-proclaimed president «the rude interference into internal affairs of sovereign state».

As writes the newspaper «Kommersant» with the reference to a source in diplomatic circles, the next round of consultations of the deputy foreign ministers of two countries is planned for March.

Earlier the survey of the Levada-center showed, that 77% of Russians are against the transfer of the islands to Japan.

Read also: Lavrov: Japan must recognize results of the Second World War

Tags: Kurils, Japan, Federation Council
Comments: 12   Share: VK OK Telegram""",
     expected=[
        dict(speaker="Valentina Matviyenko", treaty=True, snippet="the question of transfer of the South Kurils to Japan is not stood on the agenda"),
        dict(speaker="Valentina Matviyenko", treaty=True, snippet="Nobody in the leadership of Russia does not discuss the transfer of any islands."),
        dict(speaker="Valentina Matviyenko", treaty=False, snippet="the rude interference into internal affairs of sovereign state"),
     ],
     not_statements=["To the question of journalists, whether the peace treaty can be signed already in this year, the speaker of the upper chamber refused to make any forecasts.",
                     "the next round of consultations of the deputy foreign ministers of two countries is planned for March",
                     "the survey of the Levada-center showed, that 77% of Russians are against the transfer",
                     "Lavrov: Japan must recognize results of the Second World War"]),

dict(id="E3-09", outlet="SeikaiJournal (machine translation from Japanese)", url="https://seikaijournal.jp/en/diplomacy/20240416-kamikawa-bluebook", published="2024-04-16",
     title="Foreign Minister Kamikawa, Diplomatic Bluebook 2024 reported to Cabinet meeting",
     text="""Politics | International | Economy | Society
2024/04/16 (Tue) 12:31

Foreign Minister Kamikawa, Diplomatic Bluebook 2024 reported to Cabinet meeting

Foreign Minister Kamikawa Yoko on the 16th reported the 2024 version of the Diplomatic Bluebook to the Cabinet meeting. About Russia, the Bluebook wrote "the Northern Territories are islands over which our country has sovereignty and are inherent territory of our country", and same as last year described that they are "under the illegal occupation of Russia".

In the press conference after the Cabinet meeting, Foreign Minister Kamikawa said "Japan-Russia relations are in a severe situation, but the policy of resolving the territorial problem and concluding the peace treaty has no change."

Reporter asked "Is there the prospect of resuming the peace treaty negotiation within the year?" To this, the Foreign Minister did not answer directly.

About the grave visits of the former islanders, Foreign Minister emphasized "we will strongly request to the Russian side the resumption of the grave visits as the top priority".

Also the Bluebook wrote Takeshima as "inherent territory of our country" in the same way, and the South Korean government protested. Foreign Minister Kamikawa said "Takeshima is clearly the inherent territory of our country historically and also in international law, the protest of Korean side cannot be accepted".

According to a government related person, the Russian side has not responded to the Japanese request of the grave visits since 2022.

▼Related article
・Russia, extending the list of "unfriendly countries", Japan also included
[Share] [Post] [LINE] [Hatena]
※This article is automatically translated.""",
     expected=[
        dict(speaker="Yoko Kamikawa", alt=["Japanese Foreign Ministry"], treaty=True, snippet="the policy of resolving the territorial problem and concluding the peace treaty has no change"),
        dict(speaker="Yoko Kamikawa", alt=["Japanese Foreign Ministry"], treaty=False, snippet="we will strongly request to the Russian side the resumption of the grave visits"),
     ],
     not_statements=["the Bluebook wrote \"the Northern Territories are islands over which our country has sovereignty",
                     "under the illegal occupation of Russia",
                     "Is there the prospect of resuming the peace treaty negotiation within the year?",
                     "To this, the Foreign Minister did not answer directly.",
                     "Takeshima is clearly the inherent territory of our country",
                     "According to a government related person, the Russian side has not responded",
                     "Russia, extending the list of \"unfriendly countries\", Japan also included"]),

# ---- analysis ----
dict(id="E3-10", outlet="Nikkei Asia", url="https://asia.nikkei.com/Politics/International-relations/Analysis-Abe-s-Russia-gamble-runs-aground-in-Osaka", published="2019-06-30",
     title="Analysis: Abe's Russia gamble runs aground in Osaka",
     text="""Analysis: Abe's Russia gamble runs aground in Osaka
Prime minister's hopes of a framework deal on islands evaporate at G20

OSAKA -- When Shinzo Abe and Vladimir Putin sat down on the sidelines of the Group of 20 summit on Saturday, it was their 26th meeting. It was also, by most accounts, the least productive.

People close to the prime minister say he had once hoped to use the Osaka summit to unveil a framework agreement on a peace treaty. Instead, the talks ended without any announcement on the islands, and the meeting ran shorter than scheduled.

"We confirmed that we will work together, step by step, toward a peace treaty that both peoples can accept," Abe told reporters afterward, putting the best face on the outcome.

Putin's words earlier this month had already signaled trouble. Asked during his annual phone-in with the public whether he intended to give the islands to Japan, the Russian leader said Moscow had "no such plans."

"The Kremlin never intended to give anything away. What it wanted was Japanese money without Japanese conditions," said Shigeki Hakamada, professor emeritus at Aoyama Gakuin University.

A Nikkei poll conducted this month found that 57% of respondents supported continuing the talks even if only two islands were returned at first.

The outcome suggests that Abe's strategy of leading with economic cooperation has failed to move Moscow on sovereignty.

Abe is expected to tell voters in the upper house election campaign that his government will "patiently continue" the negotiations.""",
     expected=[
        dict(speaker="Shinzo Abe", treaty=True, snippet="We confirmed that we will work together, step by step, toward a peace treaty"),
        dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=True, snippet="the Russian leader said Moscow had \"no such plans.\""),
     ],
     not_statements=["People close to the prime minister say he had once hoped to use the Osaka summit",
                     "the talks ended without any announcement on the islands",
                     "Putin's words earlier this month had already signaled trouble.",
                     "The Kremlin never intended to give anything away.",
                     "A Nikkei poll conducted this month found",
                     "The outcome suggests that Abe's strategy of leading with economic cooperation has failed",
                     "Abe is expected to tell voters in the upper house election campaign"]),

# ---- wire copy: deployments ----
dict(id="E3-11", outlet="AFP", url="https://www.yahoo.com/news/japan-protests-russia-deploys-missiles-disputed-islands-061512345.html", published="2016-11-22",
     title="Japan protests as Russia deploys missiles on disputed islands",
     text="""Japan protests as Russia deploys missiles on disputed islands

Tokyo (AFP) - Japan said Tuesday it had protested to Moscow after Russia deployed anti-ship missile systems on two islands claimed by Tokyo, weeks before President Vladimir Putin is due to visit.

The Russian Pacific Fleet's newspaper Boyevaya Vakhta reported that Bal and Bastion coastal defence systems had been put in place on Iturup and Kunashir, which Japan calls Etorofu and Kunashiri.

Chief Cabinet Secretary Yoshihide Suga told reporters the deployment was "incompatible with our country's position" and "regrettable".

"We will continue to persistently negotiate with Russia to resolve the territorial issue and conclude a peace treaty," Suga added.

In Moscow, Kremlin spokesman Dmitry Peskov said Russia had every right to deploy its forces as it saw fit. "These are Russian territories, and the decision to strengthen defences there is the sovereign right of the Russian Federation," he told journalists.

Peskov also said it was too early to say when Putin might meet US President-elect Donald Trump.

Russian military officials did not say how many launchers had been sent to the islands.

Putin is due to visit Abe's hometown of Nagato in mid-December, where the two leaders are expected to discuss the islands and economic cooperation.

Some analysts in Tokyo said the timing was meant to lower Japanese expectations before the summit.""",
     expected=[
        dict(speaker="Japanese government", alt=["Yoshihide Suga"], treaty=None, optional=True, snippet="Japan said Tuesday it had protested to Moscow"),
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=None, optional=True, snippet="the deployment was \"incompatible with our country's position\""),
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=True, snippet="We will continue to persistently negotiate with Russia to resolve the territorial issue"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="These are Russian territories, and the decision to strengthen defences there"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=False, snippet="too early to say when Putin might meet US President-elect Donald Trump"),
     ],
     not_statements=["Boyevaya Vakhta reported that Bal and Bastion coastal defence systems had been put in place",
                     "Russian military officials did not say how many launchers had been sent to the islands.",
                     "the two leaders are expected to discuss the islands and economic cooperation",
                     "Some analysts in Tokyo said the timing was meant to lower Japanese expectations"]),

# ---- newspaper report: documents ----
dict(id="E3-12", outlet="The Asahi Shimbun", url="https://www.asahi.com/ajw/articles/AJ201904240041.html", published="2019-04-24",
     title="Bluebook drops 'belong to Japan' line on Northern Territories",
     text="""Bluebook drops 'belong to Japan' line on Northern Territories

April 24, 2019

The 2019 Diplomatic Bluebook, presented to the Cabinet on April 23, no longer states that the four Russian-held islands off Hokkaido "belong to Japan," a phrase that appeared in last year's edition.

Instead, the annual report says only that Japan will "vigorously continue negotiations" with Russia to resolve the territorial issue and conclude a peace treaty.

A senior Foreign Ministry official said the change reflected "the current stage of negotiations" and was not meant to send a signal to Moscow.

At a news conference on April 23, Chief Cabinet Secretary Yoshihide Suga rejected suggestions that Tokyo had softened its stance. "The Bluebook says we will vigorously continue the negotiations, and that is exactly what we are doing. Our legal position on the four northern islands has not changed at all," Suga said.

Foreign Minister Taro Kono declined to comment on the wording when asked by reporters.

Opposition lawmakers accused the government of "weak-kneed diplomacy" toward Moscow.

Suga also said the government would keep pressing Pyongyang to return the Japanese citizens abducted by North Korean agents in the 1970s and 1980s.

The Bluebook continues to describe Takeshima, the islets controlled by South Korea, as "an inherent part of the territory of Japan."

Abe and Putin are scheduled to meet again in Osaka in late June.""",
     expected=[
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=True, optional=True, snippet="rejected suggestions that Tokyo had softened its stance"),
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=True, snippet="The Bluebook says we will vigorously continue the negotiations, and that is exactly what we are doing."),
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=True, snippet="Our legal position on the four northern islands has not changed at all"),
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=False, snippet="keep pressing Pyongyang to return the Japanese citizens abducted"),
     ],
     not_statements=["no longer states that the four Russian-held islands off Hokkaido \"belong to Japan,\"",
                     "Instead, the annual report says only that Japan will \"vigorously continue negotiations\"",
                     "A senior Foreign Ministry official said the change reflected",
                     "Foreign Minister Taro Kono declined to comment on the wording when asked by reporters.",
                     "Opposition lawmakers accused the government of \"weak-kneed diplomacy\" toward Moscow.",
                     "The Bluebook continues to describe Takeshima",
                     "Abe and Putin are scheduled to meet again in Osaka in late June."]),

# ---- agency copy with its background paragraph ----
dict(id="E3-13", outlet="TASS", url="https://tass.com/defense/1596011", published="2023-03-29",
     title="Bastion missile systems put on combat duty on Kuril island of Paramushir — Shoigu",
     text="""MOSCOW, March 29. /TASS/. A division of Bastion coastal missile systems has assumed combat duty on Paramushir Island in the northern part of the Kuril chain, Russian Defense Minister Sergei Shoigu said on Wednesday at a conference call with the top brass.

"Strengthening our capabilities in the Far East is a response to the growing militarization of Japan and the activity of the United States and its allies in the Asia-Pacific region," the minister stressed. According to him, the deployment will make it possible to "reliably cover" the straits and the adjacent waters of the Sea of Okhotsk.

Paramushir lies at the northern tip of the archipelago, close to Kamchatka, and is not among the islands claimed by Tokyo.

Commenting on the deployment, Japanese Chief Cabinet Secretary Hirokazu Matsuno said Tokyo was closely watching the activities of the Russian armed forces near Japan. He reiterated that Japan regards the four southern islands as "an inherent part of Japanese territory" and that this position is unchanged.

Moscow and Tokyo have never concluded a peace treaty after World War II. The key obstacle is the ownership of the four southern Kuril Islands, which became part of the USSR after the war; Tokyo demands their return. In March 2022, Russia withdrew from the peace treaty consultations after Japan joined Western sanctions.

Earlier, the Russian Defense Ministry reported that the Pacific Fleet had completed a snap combat readiness check.""",
     expected=[
        dict(speaker="Sergei Shoigu", alt=["Russian Defense Ministry"], treaty=False, snippet="A division of Bastion coastal missile systems has assumed combat duty on Paramushir Island"),
        dict(speaker="Sergei Shoigu", alt=["Russian Defense Ministry"], treaty=False, snippet="Strengthening our capabilities in the Far East is a response to the growing militarization of Japan"),
        dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=False, optional=True, snippet="Tokyo was closely watching the activities of the Russian armed forces near Japan"),
        dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=True, snippet="Japan regards the four southern islands as \"an inherent part of Japanese territory\""),
     ],
     not_statements=["Paramushir lies at the northern tip of the archipelago, close to Kamchatka, and is not among the islands claimed by Tokyo.",
                     "Moscow and Tokyo have never concluded a peace treaty after World War II.",
                     "The key obstacle is the ownership of the four southern Kuril Islands",
                     "Tokyo demands their return",
                     "In March 2022, Russia withdrew from the peace treaty consultations after Japan joined Western sanctions.",
                     "the Russian Defense Ministry reported that the Pacific Fleet had completed a snap combat readiness check"]),

# ---- news digest page ----
dict(id="E3-14", outlet="NHK World", url="https://www3.nhk.or.jp/nhkworld/en/news/briefing/20231023/", published="2023-10-23",
     title="Briefing: Japan-China treaty at 45; Russia rejects island talks",
     text="""NHK WORLD-JAPAN  |  News  |  Briefing  |  Oct. 23, 2023

Japan and China mark 45 years of peace and friendship treaty

Japan and China on Monday marked the 45th anniversary of the entry into force of their Treaty of Peace and Friendship. Chinese Foreign Minister Wang Yi said in a message that both countries should "abide by the principles" of the treaty and "properly manage differences." Prime Minister Kishida Fumio told reporters that Japan and China share "a major responsibility for the peace and prosperity of the region."

Russia says no grounds for peace treaty talks

Russian Foreign Ministry spokesperson Maria Zakharova says Japan has no moral right to speak of a peace treaty while it arms Ukraine and follows the sanctions line of the United States. She told a briefing in Moscow that the territorial issue is "closed" and that the islands are Russian under international law.

Former islanders keep hopes alive

Former residents of the Northern Territories held a gathering in Nemuro, Hokkaido, on Sunday. "We will never give up on seeing our home islands returned," the head of the local chapter of the former islanders' league told participants.

Salmon catch deal

Japan and Russia have concluded talks on this year's salmon and trout fishing quotas in Japan's exclusive economic zone after several rounds of negotiations.

Survey: interest in territorial issues falls among young people

A government survey shows that fewer than 40 percent of people in their 20s say they are interested in the Northern Territories issue.

Watch: NHK WORLD-JAPAN Newsline  |  Share  |  Related: "We will resolve the territorial issue" — PM at Northern Territories rally (Feb. 7)""",
     expected=[
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="Japan has no moral right to speak of a peace treaty"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="the territorial issue is \"closed\" and that the islands are Russian under international law"),
        dict(speaker="former islanders' league", treaty=True, optional=True, snippet="We will never give up on seeing our home islands returned"),
     ],
     not_statements=["Japan and China on Monday marked the 45th anniversary of the entry into force of their Treaty of Peace and Friendship.",
                     "both countries should \"abide by the principles\" of the treaty",
                     "Japan and China share \"a major responsibility for the peace and prosperity of the region.\"",
                     "Japan and Russia have concluded talks on this year's salmon and trout fishing quotas",
                     "A government survey shows that fewer than 40 percent of people in their 20s",
                     "\"We will resolve the territorial issue\" — PM at Northern Territories rally (Feb. 7)"]),

# ---- editorial ----
dict(id="E3-15", outlet="The Yomiuri Shimbun", url="https://japannews.yomiuri.co.jp/editorial/20181117-0001/", published="2018-11-17",
     title="Editorial: Don't let 1956 declaration eclipse claim to all 4 islands",
     text="""Editorial: Don't let 1956 declaration eclipse claim to all 4 islands

The Yomiuri Shimbun  November 17, 2018

Prime Minister Shinzo Abe and Russian President Vladimir Putin have decided to accelerate peace treaty negotiations on the basis of the 1956 Japan-Soviet Joint Declaration. The government must not lose sight of its fundamental position that all four of the northern islands are Japanese territory.

The declaration makes no mention of Kunashiri and Etorofu islands. It is often said that diplomacy with Russia demands patience, and we believe it is reasonable to use the declaration as a foundation, provided the door to the other two islands is not closed.

Abe stressed to reporters that Japan's position — that a peace treaty should be concluded after the question of the attribution of the four islands is resolved — "has not changed in the slightest."

The Russian side, however, has already begun to lower expectations. The Kremlin's spokesman said Friday that the declaration does not provide for an "automatic" handover of the islands and that all the details remain to be negotiated.

Some in the ruling party fear that Tokyo could end up with two small islands and nothing more.

Were Moscow to demand guarantees that U.S. forces would never be stationed on the islands, Tokyo would face an extremely difficult choice.

Many former islanders, now in their 80s, have said they would welcome even a partial return if it allowed them to visit their birthplaces freely.

The government should explain its strategy to the public carefully.""",
     expected=[
        dict(speaker="Shinzo Abe", alt=["Vladimir Putin"], treaty=True, optional=True, snippet="have decided to accelerate peace treaty negotiations on the basis of the 1956 Japan-Soviet Joint Declaration"),
        dict(speaker="Shinzo Abe", alt=["Japanese government"], treaty=True, snippet="Japan's position — that a peace treaty should be concluded after the question of the attribution"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="the declaration does not provide for an \"automatic\" handover of the islands"),
        dict(speaker="former islanders", treaty=True, optional=True, snippet="would welcome even a partial return"),
     ],
     not_statements=["The government must not lose sight of its fundamental position that all four of the northern islands are Japanese territory.",
                     "The declaration makes no mention of Kunashiri and Etorofu islands.",
                     "It is often said that diplomacy with Russia demands patience",
                     "we believe it is reasonable to use the declaration as a foundation",
                     "The Russian side, however, has already begun to lower expectations.",
                     "Some in the ruling party fear that Tokyo could end up with two small islands",
                     "Were Moscow to demand guarantees that U.S. forces would never be stationed on the islands",
                     "The government should explain its strategy to the public carefully."]),
]
