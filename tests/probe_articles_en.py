# Hand-written English test articles for treatywatch.statements.extract_statements.
# All texts are original (written for this test), loosely modelled on real events 2013-2026.
# expected: dict(speaker, treaty (True/False/None), snippet, [alt], [optional])
# not_statements: substrings that must not yield a peace_treaty=True statement.

ARTICLES = [
dict(id="E01", outlet="TASS", url="https://tass.com/politics/1039711", published="2019-01-14",
     title="Lavrov says Japan must recognize WWII outcome as first step toward peace treaty",
     text="""MOSCOW, January 14. /TASS/. Tokyo must acknowledge the results of the Second World War, including Russia's sovereignty over the Southern Kurils, before the two countries can make headway on a peace treaty, Russian Foreign Minister Sergei Lavrov said on Monday after talks with his Japanese counterpart Taro Kono.

"This is not our whim. The recognition of the outcome of the war is a basic step, and without it we cannot move forward," Lavrov told a news conference. The minister stressed that the islands "are part of the Russian Federation's territory, and this is enshrined in the UN Charter."

Lavrov also noted that the sides discussed catch quotas for Japanese fishing vessels in Russia's exclusive economic zone and would seek to settle the matter before the season opens.

Russia and Japan have been holding consultations on a peace treaty since the mid-20th century. The main stumbling block is the issue of the ownership of the southern part of the Kuril Islands. After World War II the islands became part of the Soviet Union, but Japan lays claim to Iturup, Kunashir, Shikotan and a group of small uninhabited islands.""",
     expected=[
        dict(speaker="Sergei Lavrov", treaty=True, snippet="Tokyo must acknowledge the results of the Second World War"),
        dict(speaker="Sergei Lavrov", treaty=True, snippet="This is not our whim."),
        dict(speaker="Sergei Lavrov", treaty=True, snippet="are part of the Russian Federation's territory"),
        dict(speaker="Sergei Lavrov", treaty=False, snippet="discussed catch quotas for Japanese fishing vessels"),
     ],
     not_statements=["Russia and Japan have been holding consultations on a peace treaty",
                     "Japan lays claim to Iturup, Kunashir, Shikotan"]),

dict(id="E02", outlet="Kyodo", url="https://english.kyodonews.net/news/2018/11/abe-putin-1956.html", published="2018-11-14",
     title="Abe, Putin agree to speed up peace treaty talks based on 1956 declaration",
     text="""SINGAPORE, Nov. 14 Kyodo - Prime Minister Shinzo Abe and Russian President Vladimir Putin agreed Wednesday to accelerate negotiations on a postwar peace treaty on the basis of a 1956 joint declaration that mentions the handover of two of the four disputed islands off Hokkaido.

"I want to put an end to this issue, which has been left unresolved for more than 70 years after the war, together with President Putin," Abe told reporters after the meeting on the sidelines of a regional summit. "We will settle the territorial issue and conclude a peace treaty, with the strong determination that it will not be handed down to the next generation."

The 1956 declaration stipulates that the Soviet Union will hand over Shikotan and the Habomai islet group to Japan after a peace treaty is signed. A Japanese government source said Tokyo would prioritize the return of the two smaller islands while continuing to seek the other two.

Abe also said the two leaders confirmed they would cooperate on the development of a liquefied natural gas project in the Arctic.""",
     expected=[
        dict(speaker="Shinzo Abe", alt=["Vladimir Putin"], treaty=True, snippet="agreed Wednesday to accelerate negotiations on a postwar peace treaty"),
        dict(speaker="Shinzo Abe", treaty=True, snippet="I want to put an end to this issue"),
        dict(speaker="Shinzo Abe", treaty=True, snippet="We will settle the territorial issue and conclude a peace treaty"),
        dict(speaker="Shinzo Abe", treaty=False, snippet="cooperate on the development of a liquefied natural gas project"),
     ],
     not_statements=["The 1956 declaration stipulates that the Soviet Union will hand over",
                     "A Japanese government source said Tokyo would prioritize"]),

dict(id="E03", outlet="The Japan Times", url="https://www.japantimes.co.jp/news/2022/03/22/national/russia-peace-treaty-talks-suspended/", published="2022-03-22",
     title="Russia halts peace treaty talks with Japan over sanctions",
     text="""Russia said Monday it was suspending negotiations with Japan on a peace treaty formally ending World War II hostilities, in retaliation for sanctions Tokyo imposed over the invasion of Ukraine.

"Under the current conditions, the Russian side does not intend to continue negotiations with Japan on a peace treaty," the Russian Foreign Ministry said in a statement, adding that it was impossible to discuss signing a fundamental document on bilateral ties with a state that takes openly unfriendly positions. The ministry also said it was ending visa-free trips that allowed former Japanese residents to visit family graves on the islands.

Prime Minister Fumio Kishida said Tuesday the move was "extremely unfair and totally unacceptable," and that Japan had lodged a protest. "Russia's attempt to shift the blame for the halt in negotiations onto Japan is outrageous," he told a parliamentary committee.

The two countries never signed a peace treaty because of the dispute over the islands, known in Japan as the Northern Territories and in Russia as the Southern Kurils.""",
     expected=[
        dict(speaker="Russian Foreign Ministry", alt=["Russian government", "Kremlin"], treaty=True, optional=True, snippet="Russia said Monday it was suspending negotiations"),
        dict(speaker="Russian Foreign Ministry", treaty=True, snippet="Under the current conditions, the Russian side does not intend"),
        dict(speaker="Russian Foreign Ministry", treaty=True, snippet="impossible to discuss signing a fundamental document"),
        dict(speaker="Russian Foreign Ministry", treaty=False, snippet="ending visa-free trips that allowed former Japanese residents"),
        dict(speaker="Fumio Kishida", treaty=True, snippet="extremely unfair and totally unacceptable"),
        dict(speaker="Fumio Kishida", treaty=True, snippet="Russia's attempt to shift the blame for the halt in negotiations"),
     ],
     not_statements=["The two countries never signed a peace treaty because of the dispute"]),

dict(id="E04", outlet="Ministry of Foreign Affairs of Japan", url="https://www.mofa.go.jp/press/kaiken/kaiken4e_000812.html", published="2020-07-07",
     title="Press Conference by Foreign Minister MOTEGI Toshimitsu",
     text="""Press Conference by Foreign Minister MOTEGI Toshimitsu

Tuesday, July 7, 2020, 10:52 a.m. Ministry of Foreign Affairs

Reporter: Russia's amended constitution now contains a clause prohibiting the alienation of its territory. How will this affect the negotiations on the Northern Territories?

Minister Motegi: We are aware of the amendment. However, the Northern Territories issue is a matter between Japan and Russia, and our position is that the amendment does not affect the negotiations. We will continue to steadily advance the negotiations under the agreements reached by the leaders, in order to resolve the territorial issue and conclude a peace treaty.

Reporter: Is there any prospect of resuming visa-free exchanges this summer given the novel coronavirus?

Minister Motegi: Unfortunately, considering the infection situation, it will be difficult to carry out the visa-free exchanges and the grave visits by air this year. We will consider what can be done as soon as conditions allow.""",
     expected=[
        dict(speaker="Toshimitsu Motegi", treaty=True, snippet="the Northern Territories issue is a matter between Japan and Russia"),
        dict(speaker="Toshimitsu Motegi", treaty=True, snippet="We will continue to steadily advance the negotiations"),
        dict(speaker="Toshimitsu Motegi", treaty=False, snippet="it will be difficult to carry out the visa-free exchanges"),
     ],
     not_statements=["Russia's amended constitution now contains a clause prohibiting",
                     "How will this affect the negotiations on the Northern Territories?"]),

dict(id="E05", outlet="President of Russia", url="http://en.kremlin.ru/events/president/news/65746", published="2021-06-04",
     title="Meeting with heads of international news agencies",
     text="""Vladimir Putin: Good afternoon, colleagues.

Question (Kyodo): Mr President, the amended Russian Constitution bans giving away territory. Does this mean that the negotiations on a peace treaty with Japan have come to an end?

Vladimir Putin: No, it does not. We have never refused to continue the dialogue. We believe that a peace treaty is in the interests of both Russia and Japan, and we are ready to keep working on it. But a treaty has to create conditions in which our two countries feel more secure, not less. If American military facilities may appear on these islands, that is something we must take into account.

As for the economy, we are interested in Japanese participation in our projects in the Far East, including in liquefied natural gas production. The volume of trade has been recovering.""",
     expected=[
        dict(speaker="Vladimir Putin", treaty=True, snippet="No, it does not."),
        dict(speaker="Vladimir Putin", treaty=True, snippet="We have never refused to continue the dialogue"),
        dict(speaker="Vladimir Putin", treaty=True, snippet="We believe that a peace treaty is in the interests of both Russia and Japan"),
        dict(speaker="Vladimir Putin", treaty=True, snippet="a treaty has to create conditions in which our two countries"),
        dict(speaker="Vladimir Putin", treaty=True, snippet="If American military facilities may appear on these islands"),
        dict(speaker="Vladimir Putin", treaty=False, snippet="we are interested in Japanese participation in our projects"),
     ],
     not_statements=["Does this mean that the negotiations on a peace treaty with Japan have come to an end?"]),

dict(id="E06", outlet="Reuters", url="https://www.reuters.com/world/russia-rejects-japan-island-claims-2023-04-12/", published="2023-04-12",
     title="Russia rejects Japan's island claims in annual diplomatic report",
     text="""MOSCOW, April 12 (Reuters) - Russia's Foreign Ministry on Wednesday dismissed as groundless Japan's renewed claim to four islands seized by Soviet troops at the end of World War Two, after Tokyo's annual foreign policy report described them as Japanese territory.

Japan's Diplomatic Bluebook, released on Tuesday, says the islands are "an integral part of Japan's territory" that are currently "illegally occupied" by Russia.

"These are unfounded claims. The Southern Kurils are Russian territory, and this is not subject to discussion," ministry spokeswoman Maria Zakharova insisted in comments to reporters. She added that Tokyo's sanctions policy had "buried" any prospect of the peace treaty talks resuming.

Zakharova also accused Japan of preparing to release treated radioactive water from the Fukushima plant without proper consultation with its neighbours.""",
     expected=[
        dict(speaker="Russian Foreign Ministry", alt=["Maria Zakharova"], treaty=True, snippet="dismissed as groundless Japan's renewed claim"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="These are unfounded claims."),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet='Tokyo\'s sanctions policy had "buried" any prospect'),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False, snippet="accused Japan of preparing to release treated radioactive water"),
     ],
     not_statements=["an integral part of Japan's territory", "illegally occupied"]),

dict(id="E07", outlet="AP", url="https://apnews.com/article/putin-abe-joint-economic-activities-islands", published="2016-12-16",
     title="Putin, Abe agree on joint economic activities on disputed islands",
     text="""TOKYO (AP) — Russian President Vladimir Putin and Japanese Prime Minister Shinzo Abe agreed Friday to start talks on joint economic activities on four disputed islands, a step Abe described as important toward signing a peace treaty.

"This is an important step toward the conclusion of a peace treaty," Abe said at a joint news conference with Putin in Tokyo. "We will take a new approach, free from the old ways of thinking."

Putin said the most important thing was to sign a peace treaty, but he cautioned against expecting quick results. "To think that we can resolve it in a moment would be naive," he said. "We need to create conditions of trust."

The islands, seized by the Soviet Union in the final days of World War II, are called the Northern Territories in Japan and the Southern Kurils in Russia. A Japanese official, speaking on condition of anonymity, said the talks on the joint activities could take years.""",
     expected=[
        dict(speaker="Shinzo Abe", alt=["Vladimir Putin"], treaty=None, optional=True, snippet="agreed Friday to start talks on joint economic activities"),
        dict(speaker="Shinzo Abe", treaty=True, snippet="a step Abe described as important toward signing a peace treaty"),
        dict(speaker="Shinzo Abe", treaty=True, snippet="This is an important step toward the conclusion of a peace treaty"),
        dict(speaker="Shinzo Abe", treaty=True, snippet="We will take a new approach, free from the old ways of thinking"),
        dict(speaker="Vladimir Putin", treaty=True, snippet="the most important thing was to sign a peace treaty"),
        dict(speaker="Vladimir Putin", treaty=True, snippet="To think that we can resolve it in a moment would be naive"),
        dict(speaker="Vladimir Putin", treaty=True, snippet="We need to create conditions of trust"),
     ],
     not_statements=["A Japanese official, speaking on condition of anonymity, said the talks",
                     "seized by the Soviet Union in the final days of World War II"]),

dict(id="E08", outlet="Xinhua", url="http://www.xinhuanet.com/english/2019-05/30/c_138102744.htm", published="2019-05-30",
     title="Japan, Russia hold \"2+2\" talks amid differences over missile defense",
     text="""TOKYO, May 30 (Xinhua) -- Japanese and Russian foreign and defense ministers held their "two-plus-two" security talks here on Thursday, with Moscow voicing concern over Japan's plan to deploy a U.S.-made missile defense system.

Russian Foreign Minister Sergei Lavrov argued that the Aegis Ashore system poses "a potential threat" to Russia and that Moscow's concerns had not been addressed.

Japanese Foreign Minister Taro Kono, for his part, said the two sides would continue negotiations on a peace treaty in a "future-oriented" manner, adding that Tokyo hoped for progress ahead of a summit between Japanese Prime Minister Shinzo Abe and Russian President Vladimir Putin in Osaka next month.

Japan and Russia have yet to sign a peace treaty formally ending World War II due to a territorial dispute.""",
     expected=[
        dict(speaker="Sergei Lavrov", treaty=False, snippet="the Aegis Ashore system poses"),
        dict(speaker="Taro Kono", treaty=True, snippet="the two sides would continue negotiations on a peace treaty"),
        dict(speaker="Taro Kono", treaty=True, snippet="Tokyo hoped for progress ahead of a summit"),
     ],
     not_statements=["Japan and Russia have yet to sign a peace treaty formally ending"]),

dict(id="E09", outlet="NHK World", url="https://www3.nhk.or.jp/nhkworld/en/news/20240207_21/", published="2024-02-07",
     title="Kishida vows to keep pursuing peace treaty with Russia at Northern Territories rally",
     text="""Prime Minister Kishida Fumio says Japan will maintain its policy of resolving the territorial dispute with Russia and signing a peace treaty, despite the severe state of bilateral relations.

Kishida spoke at an annual rally in Tokyo on Wednesday, Northern Territories Day. He said, "Japan-Russia relations remain in a difficult situation due to Russia's aggression against Ukraine. But the government will firmly maintain its policy of resolving the territorial issue and concluding a peace treaty."

Hokkaido Governor Suzuki Naomichi told the gathering that former islanders, whose average age is now over 88, strongly wish for the resumption of visits to their ancestors' graves.

Peace treaty negotiations have been frozen since March 2022, when Russia suspended them in response to Japan's sanctions.""",
     expected=[
        dict(speaker="Fumio Kishida", treaty=True, snippet="Japan will maintain its policy of resolving the territorial dispute"),
        dict(speaker="Fumio Kishida", treaty=True, snippet="the government will firmly maintain its policy of resolving the territorial issue"),
        dict(speaker="Naomichi Suzuki", treaty=False, snippet="strongly wish for the resumption of visits to their ancestors' graves"),
     ],
     not_statements=["Peace treaty negotiations have been frozen since March 2022"]),

dict(id="E10", outlet="Nikkei Asia", url="https://asia.nikkei.com/Politics/International-relations/Suga-and-Putin-agree-to-continue-peace-treaty-dialogue", published="2020-09-29",
     title="Suga and Putin agree to continue peace treaty dialogue in first phone talks",
     text="""TOKYO -- Japanese Prime Minister Yoshihide Suga held his first telephone conversation with Russian President Vladimir Putin on Tuesday, pledging to tackle the long-standing territorial dispute.

"I told him that I want to resolve the issue of the Northern Territories and not leave it to the next generation," Suga told reporters after the 20-minute call. "I also conveyed that I would like to have frank exchanges with him on all issues, including the peace treaty."

The Kremlin said in a readout that the two leaders confirmed their readiness to continue dialogue on all issues of bilateral relations, including the conclusion of a peace treaty. Putin also expressed interest in expanding cooperation in energy and the digital economy, according to the Kremlin.

Suga, who succeeded Shinzo Abe this month, has pledged to keep his predecessor's diplomatic line. Abe had met Putin 27 times, but the talks failed to produce a breakthrough on the islands.""",
     expected=[
        dict(speaker="Yoshihide Suga", treaty=True, snippet="pledging to tackle the long-standing territorial dispute"),
        dict(speaker="Yoshihide Suga", treaty=True, snippet="I told him that I want to resolve the issue of the Northern Territories"),
        dict(speaker="Yoshihide Suga", treaty=True, snippet="I also conveyed that I would like to have frank exchanges"),
        dict(speaker="Kremlin", alt=["Vladimir Putin", "Yoshihide Suga"], treaty=True, snippet="the two leaders confirmed their readiness to continue dialogue"),
        dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=False, snippet="expressed interest in expanding cooperation in energy"),
     ],
     not_statements=["the talks failed to produce a breakthrough on the islands"]),

dict(id="E11", outlet="RT", url="https://www.rt.com/russia/451520-kremlin-japan-peace-treaty-deadlines/", published="2019-02-15",
     title="Kremlin: No deadlines in peace treaty talks with Japan",
     text="""Moscow is not setting any artificial deadlines for signing a peace treaty with Japan, Kremlin spokesman Dmitry Peskov has said, dismissing media speculation that a deal could be announced at the G20 summit in Osaka.

"There are no timeframes," Peskov told journalists on Friday, "and there cannot be any. This is very painstaking work." The process, he warned, "requires patience, and the movement will be slow."

Asked about new US sanctions targeting Russian banks, the Kremlin spokesman said Moscow would respond "based on its own interests."

Japanese media had earlier reported, citing anonymous government sources, that Tokyo hoped to reach a framework agreement by June.""",
     expected=[
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="Moscow is not setting any artificial deadlines"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="There are no timeframes"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="and there cannot be any. This is very painstaking work."),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="requires patience, and the movement will be slow"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=False, snippet="based on its own interests"),
     ],
     not_statements=["Tokyo hoped to reach a framework agreement by June"]),

dict(id="E12", outlet="Sputnik", url="https://sputniknews.com/20190802/medvedev-iturup-kurils-1076423456.html", published="2019-08-02",
     title="Medvedev visits Iturup, says Kurils are Russian land",
     text="""Russian Prime Minister Dmitry Medvedev arrived on Iturup Island in the Kuril chain on Friday, his fifth trip to the archipelago, which Japan claims as its own.

"The Kurils are our land, Russian land, and we will develop them," Medvedev said during a meeting with local residents. He added that the government would allocate additional funds to build a new kindergarten and upgrade the island's airport.

Tokyo swiftly protested the trip. Japanese Chief Cabinet Secretary Yoshihide Suga called it "extremely regrettable" and said it ran counter to Japan's position on the Northern Territories.

The Japanese Foreign Ministry said it had lodged a protest with the Russian embassy in Tokyo.""",
     expected=[
        dict(speaker="Dmitry Medvedev", treaty=True, snippet="The Kurils are our land, Russian land"),
        dict(speaker="Dmitry Medvedev", treaty=False, snippet="allocate additional funds to build a new kindergarten"),
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=True, snippet="extremely regrettable"),
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=True, snippet="ran counter to Japan's position on the Northern Territories"),
        dict(speaker="Japanese Foreign Ministry", treaty=None, optional=True, snippet="it had lodged a protest with the Russian embassy"),
     ],
     not_statements=["which Japan claims as its own"]),

dict(id="E13", outlet="TASS", url="https://tass.com/politics/1804112", published="2024-06-18",
     title="No grounds for peace treaty talks with Japan while Tokyo stays hostile — Russian diplomat",
     text="""MOSCOW, June 18. /TASS/. Moscow sees no possibility of resuming peace treaty consultations with Tokyo as long as Japan pursues its hostile course toward Russia, Deputy Foreign Minister Andrei Rudenko said in an interview with TASS.

"Japan has unilaterally curtailed the entire range of our relations and joined the sanctions war against our country. Under such circumstances, any talk of a peace treaty is simply out of the question," the diplomat warned. In his words, Tokyo's statements about its readiness to continue the negotiations "are nothing but a propaganda exercise."

Rudenko also noted that Russia remained committed to the fisheries agreements and expects Japan to honor its obligations under them.

Rudenko oversees the ministry's policy toward the Asia-Pacific region.""",
     expected=[
        dict(speaker="Andrei Rudenko", alt=["Russian Foreign Ministry"], treaty=True, snippet="Moscow sees no possibility of resuming peace treaty consultations"),
        dict(speaker="Andrei Rudenko", alt=["Russian Foreign Ministry"], treaty=True, snippet="Japan has unilaterally curtailed the entire range of our relations"),
        dict(speaker="Andrei Rudenko", alt=["Russian Foreign Ministry"], treaty=True, snippet="are nothing but a propaganda exercise"),
        dict(speaker="Andrei Rudenko", alt=["Russian Foreign Ministry"], treaty=False, snippet="remained committed to the fisheries agreements"),
     ],
     not_statements=["Rudenko oversees the ministry's policy toward the Asia-Pacific region."]),

dict(id="E14", outlet="The Japan Times", url="https://www.japantimes.co.jp/news/2026/02/07/japan/politics/takaichi-northern-territories-rally/", published="2026-02-07",
     title="Takaichi pledges to pursue return of Northern Territories",
     text="""Prime Minister Sanae Takaichi on Saturday reaffirmed Japan’s goal of regaining four Russian-held islands off Hokkaido, telling an annual rally in Tokyo that the Northern Territories are “an inherent part of Japan’s territory.”

“The government’s policy of resolving the attribution of the four islands and concluding a peace treaty remains unchanged,” Takaichi said. “Although Japan-Russia relations are in a severe state, we will continue to appeal to Russia.”

Takaichi also urged Moscow to allow former island residents, most of them in their late 80s, to visit their family graves, saying it was “a matter of top priority.”

Russian Foreign Ministry spokeswoman Maria Zakharova responded later on Saturday that “the outcome of World War II is not subject to revision, and Russia’s sovereignty over the Kuril Islands is beyond any doubt.”""",
     expected=[
        dict(speaker="Sanae Takaichi", treaty=True, snippet="reaffirmed Japan’s goal of regaining four Russian-held islands"),
        dict(speaker="Sanae Takaichi", treaty=True, snippet="an inherent part of Japan’s territory"),
        dict(speaker="Sanae Takaichi", treaty=True, snippet="The government’s policy of resolving the attribution of the four islands"),
        dict(speaker="Sanae Takaichi", treaty=True, snippet="we will continue to appeal to Russia"),
        dict(speaker="Sanae Takaichi", treaty=False, snippet="a matter of top priority"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="the outcome of World War II is not subject to revision"),
     ],
     not_statements=[]),

dict(id="E15", outlet="Kyodo", url="https://english.kyodonews.net/news/2013/04/abe-putin-moscow-summit.html", published="2013-04-29",
     title="Abe, Putin agree to restart stalled peace treaty talks",
     text="""MOSCOW, April 29 Kyodo - Prime Minister Shinzo Abe and Russian President Vladimir Putin agreed Monday to accelerate negotiations to find a solution to their territorial dispute acceptable to both sides, in a joint statement issued after their summit in Moscow.

"It is abnormal that we have not concluded a peace treaty 67 years after the end of the war," Abe told a joint press conference. Putin said the two leaders had instructed their foreign ministries to speed up the work, but noted that the differences could not be resolved "overnight."

The leaders also agreed to launch a "two-plus-two" framework of foreign and defense ministers' talks.

The dispute over the islands, which the Soviet Union seized at the end of World War II, has prevented the two countries from signing a peace treaty.""",
     expected=[
        dict(speaker="Shinzo Abe", alt=["Vladimir Putin"], treaty=True, snippet="agreed Monday to accelerate negotiations to find a solution"),
        dict(speaker="Shinzo Abe", treaty=True, snippet="It is abnormal that we have not concluded a peace treaty"),
        dict(speaker="Vladimir Putin", treaty=True, snippet="had instructed their foreign ministries to speed up the work"),
        dict(speaker="Vladimir Putin", treaty=True, snippet="the differences could not be resolved"),
        dict(speaker="Shinzo Abe", alt=["Vladimir Putin"], treaty=False, snippet='agreed to launch a "two-plus-two" framework'),
     ],
     not_statements=["has prevented the two countries from signing a peace treaty"]),

# ---- machine-translated aggregator copies ----
dict(id="E16", outlet="RusNews24 (machine translation from Russian)", url="https://rusnews24.info/en/politics/2019/01/22/peskov-peace-treaty-japan", published="2019-01-22",
     title="Peskov: work on peace treaty with Japan will continue, but no deadlines",
     text="""Moscow and Tokyo will continue the work on the peace treaty, however to speak about concrete dates is not correct. Said this on Tuesday the press secretary of the President Dmitry Peskov to journalists before the talks of Vladimir Putin with the Prime Minister of Japan Shinzo Abe.

"The work is going, it is difficult work. To speak about some breakthrough now would be wrong," - said Peskov. According to him, the Kremlin "does not share" the optimism of some Japanese mass media.

Read also: Putin and Abe will discuss the joint economic activity on the Kurils

Also the representative of the Kremlin told, that the president has no plans in the near time to visit the Kuril Islands.

Share: VK Facebook Twitter Telegram""",
     expected=[
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="Moscow and Tokyo will continue the work on the peace treaty"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="The work is going, it is difficult work."),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet='the Kremlin "does not share" the optimism'),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=None, snippet="has no plans in the near time to visit the Kuril Islands"),
     ],
     not_statements=["Putin and Abe will discuss the joint economic activity on the Kurils",
                     "Share: VK Facebook Twitter Telegram"]),

dict(id="E17", outlet="NovostiMir (machine translation from Russian)", url="https://novostimir.net/en/2023/01/18/lavrov-japan-destroyed-basis", published="2023-01-18",
     title="Lavrov: Japan itself destroyed the basis of the negotiations about peace treaty",
     text="""According to the head of the Russian Foreign Ministry, Japan by its own hands has destroyed the basis for the negotiations about the peace treaty. Sergey Lavrov declared this on Wednesday at the big press conference on the results of the Russian diplomacy in 2022 year.

"Tokyo joined the illegal sanctions and speaks about us in the language of threats. In such conditions there is no sense to discuss the peace treaty," underlined the minister. Besides, the Russian diplomat accused Japan in the refusal from its pacifist course and the increase of the military budget.

Read also: Zakharova answered to Tokyo about the "Northern territories"

As reported earlier, in March of last year Moscow has refused to continue the negotiations with Japan on the peace treaty because of the anti-Russian sanctions.

Like   Share   Comments (0)""",
     expected=[
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="Japan by its own hands has destroyed the basis"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="Tokyo joined the illegal sanctions"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=False, snippet="accused Japan in the refusal from its pacifist course"),
     ],
     not_statements=['Zakharova answered to Tokyo about the "Northern territories"',
                     "Moscow has refused to continue the negotiations with Japan"]),

dict(id="E18", outlet="JapanNewsNavi (machine translation from Japanese)", url="https://japannewsnavi.com/en/politics/20220322-kishida-russia", published="2022-03-22",
     title="Prime Minister Kishida, Russia peace treaty negotiation suspension \"extremely unjust\"",
     text="""Prime Minister Kishida at the press conference on the 22nd, regarding the Russian side announcement to suspend the peace treaty negotiations, "extremely unjust, absolutely cannot accept" and protested. Prime Minister said, "The cause of the present situation all lies in Russia's aggression of Ukraine, and it is outrageous to transfer this to the Japan-Russia relations."

Also, the Prime Minister about the sanctions against Russia, expressed the thought to "continue to cooperate closely with G7 and to take strong measures".

Chief Cabinet Secretary Matsuno at the press conference of the same day said, "There is no change at all in the policy of resolving the territorial issue and concluding the peace treaty."

▼ Related articles
・Russia, Japanese visa-free exchange suspension announcement
[Tweet] [Share] [LINE]""",
     expected=[
        dict(speaker="Fumio Kishida", treaty=True, snippet="extremely unjust, absolutely cannot accept"),
        dict(speaker="Fumio Kishida", treaty=True, snippet="The cause of the present situation all lies"),
        dict(speaker="Fumio Kishida", treaty=False, snippet="continue to cooperate closely with G7"),
        dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=True, snippet="There is no change at all in the policy"),
     ],
     not_statements=["Russia, Japanese visa-free exchange suspension announcement"]),

dict(id="E19", outlet="PravdaInfo (machine translation from Russian)", url="https://pravdainfo.org/en/world/2023-07-13-zakharova-kurils", published="2023-07-13",
     title="Zakharova: statements of Tokyo about the \"occupation\" of the Kurils are unacceptable",
     text="""As declared the official representative of the MFA of Russia Maria Zakharova at the briefing on Thursday, the statements of the Japanese side about the "illegal occupation" of the South Kurils are absolutely unacceptable. "The sovereignty of the Russian Federation over these islands is consolidated in the international-legal documents, and it is not subject to discussion," she underlined.

The diplomat also informed, that the Russian side is ready to discuss with Japanese partners the questions of the fishing near the coast of the Kurils, if Tokyo will fulfil the obligations on the payments.

Read also: In the Kremlin commented the visit of Japanese delegation to Ukraine

Subscribe to our channel in Telegram""",
     expected=[
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet='the statements of the Japanese side about the "illegal occupation"'),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="The sovereignty of the Russian Federation over these islands"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False, snippet="ready to discuss with Japanese partners the questions of the fishing"),
     ],
     not_statements=["In the Kremlin commented the visit of Japanese delegation to Ukraine"]),

dict(id="E20", outlet="NihonNewsDigest (machine translation from Japanese)", url="https://nihonnewsdigest.jp/en/20220902/hayashi-vostok", published="2022-09-02",
     title="Foreign Minister Hayashi, Russian army exercise in Northern Territories \"not acceptable\"",
     text="""Foreign Minister Hayashi at the press conference after the Cabinet meeting on the 2nd, concerning the military exercise "Vostok 2022" which the Russian army is conducting including the Northern Territories, "it is not acceptable, it is contrary to our country's position" and said that he protested through the diplomatic route.

Foreign Minister Hayashi also, "The Northern Territories are islands over which our country has sovereignty, they are the inherent territory of our country," and emphasized.

Regarding the question of the grave visits of former islanders, the Foreign Minister said "we will continue to request strongly to the Russian side for the resumption".

This article is automatically translated. [Facebook] [Twitter] [Hatena]""",
     expected=[
        dict(speaker="Yoshimasa Hayashi", treaty=None, snippet="it is not acceptable, it is contrary to our country's position"),
        dict(speaker="Yoshimasa Hayashi", treaty=True, snippet="The Northern Territories are islands over which our country has sovereignty"),
        dict(speaker="Yoshimasa Hayashi", treaty=False, snippet="we will continue to request strongly to the Russian side"),
     ],
     not_statements=["This article is automatically translated."]),
]
