# Hand-written English test articles for treatywatch.statements.extract_statements (round 7: the people around the
# leaders, and official records).
# All texts are original (written for this test), loosely modelled on real events 2012-2025; events, outlets and
# phrasings differ from rounds 1-6 (tests/probe_articles_en.py ... tests/probe_articles_en6.py).
# expected: dict(speaker, treaty (True/False/None), snippet, [alt], [optional])
# not_statements: substrings that must not yield a peace_treaty=True statement.

# Most statements come from speakers who are not the famous few: a MOFA press secretary, a deputy director of the
# Russian MFA press department, a MOFA bureau director-general testifying in the Diet, the minister for Northern
# Territories affairs, Diet members and party leaders (CDP, JCP, DPFP, Komeito, Ishin), Duma deputies and the Duma
# chairman, the Federation Council and its committee chair, ambassadors (Russia's in Tokyo, Japan's in Moscow), a
# vice foreign minister, a senior deputy minister acting as special representative, the Security Council secretary,
# the Sakhalin and Hokkaido governors, a first vice-governor, the mayor of Nemuro, the head of the Yuzhno-Kurilsky
# district, the former islanders' league and its chairman, an embassy speaking as an institution.
# Shapes:
# - records with speaker labels: a MOFA press-conference transcript (E7-01), a MID briefing transcript (E7-02), an
#   English summary of a House of Councillors committee (E7-03), a State Duma plenary transcript excerpt (E7-04),
#   a MOFA press release in numbered points (E7-18);
# - institutional texts: a Federation Council address reported by TASS (E7-05), a Russian embassy comment on its
#   website (E7-06), a Sakhalin regional government press release (E7-07);
# - interviews in question-and-answer form with dashes or "Question:" labels (E7-08 Japan's ambassador in Moscow,
#   E7-20 a MID department director);
# - news prose: Kyodo, The Japan Times (2), NHK World, The Moscow Times, TASS, RT, Reuters, AP, Nikkei Asia.
# Speakers named by title only: "the Sakhalin governor" (2016: Oleg Kozhemyako), "the region's governor" (2023:
# Valery Limarenko), "Putin's spokesman" (2019: Dmitry Peskov), "the prime minister" (2012: Yoshihiko Noda).
# Surname traps: Naomichi Suzuki (Hokkaido governor) / Takako Suzuki / Muneo Suzuki (lawmakers); Nikolai Patrushev
# (Security Council) / Dmitry Patrushev (agriculture minister, fisheries).
# Traps: reporters' and interviewers' questions (some retelling what another official said), a Diet member's question,
# the translator's or the writer's background, documents (the 1956 declaration, a defence white paper, the 1998
# fishing agreement, the Instrument of Surrender), events (a mission visiting the islands, "the
# governor visited Shikotan", a minister viewing the islands from Cape Nosappu, a vote), polls (Cabinet Office,
# FOM, Levada, the league's own survey), anonymous sources (a Fisheries Agency official, a source in the delegation,
# officials who "privately concede"), named experts, residents and a fisherman, "Read also" / "Related" lines.
# Optional: a former islander, a former ambassador and a former prime minister speaking as private persons, joint
# economic activity "under Russian legislation" without an explicit link to the treaty, a protest over drills with
# no explicit claim, "Russian land" said in passing at a grave visit, the historical purpose of the exchanges.
ARTICLES = [
# ---------------------------------------------------------------- records with speaker labels
dict(id="E7-01", outlet="Ministry of Foreign Affairs of Japan", url="https://www.mofa.go.jp/press/kaiken/kaiken24e_000118.html", published="2022-09-07",
     title="Press Conference by Press Secretary ONO Hikariko",
     text="""Press Conference by Press Secretary ONO Hikariko

Wednesday, September 7, 2022, 4:03 p.m. Ministry of Foreign Affairs

Japanese Page

Opening Remarks

Press Secretary ONO Hikariko: Good afternoon. I have one announcement. From September 11 to 14, State Minister for Foreign Affairs YAMADA Kenji will visit Fiji and Tonga. (Remainder omitted)

Russia's withdrawal from the agreements on exchanges with the four northern islands

Bloomberg, Tagawa: On September 5 the Russian government issued a decree withdrawing from the agreements on visa-free exchanges and on visits by former island residents. Former residents say they may never see their homes again. What is the Government's reaction?

Press Secretary ONO: The visa-free exchanges and the visits by former residents were created in the early 1990s on the basis of agreements between Japan and Russia, as part of efforts to create an environment for resolving the territorial issue and concluding a peace treaty. Russia's unilateral announcement that it will withdraw from these frameworks is extremely regrettable and cannot be accepted.
The average age of former residents now exceeds 87 years. The Government of Japan will keep working so that, at the very least, visits to family graves on the islands can resume as a humanitarian matter.

Kyodo, Hasegawa: Does this decision change the Government's position on the territorial issue in any way?

Press Secretary ONO: No, it does not. Our policy of resolving the territorial issue and concluding a peace treaty is unchanged.

Nikkei, Kimura: On Sakhalin-2, have Mitsui and Mitsubishi decided whether to join the new Russian operating company?

Press Secretary ONO: It is my understanding that the companies are examining the matter in consultation with their partners. Sakhalin-2 is an important project for Japan's energy security, as it supplies about 9 percent of our LNG imports, and the Government's policy of maintaining our interests has not changed.

(Rest of the press conference omitted)

Back to Index""",
     expected=[
        dict(speaker="Hikariko Ono", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, optional=True, snippet="State Minister for Foreign Affairs YAMADA Kenji will visit Fiji and Tonga"),
        dict(speaker="Hikariko Ono", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=None, optional=True, snippet="as part of efforts to create an environment for resolving the territorial issue"),
        dict(speaker="Hikariko Ono", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, snippet="is extremely regrettable and cannot be accepted"),
        dict(speaker="Hikariko Ono", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, snippet="visits to family graves on the islands can resume as a humanitarian matter"),
        dict(speaker="Hikariko Ono", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=True, snippet="Our policy of resolving the territorial issue and concluding a peace treaty"),
        dict(speaker="Hikariko Ono", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, snippet="Sakhalin-2 is an important project for Japan's energy security"),
     ],
     not_statements=["issued a decree withdrawing from the agreements on visa-free exchanges",
                     "Former residents say they may never see their homes again.",
                     "change the Government's position on the territorial issue in any way?",
                     "withdrawal from the agreements on exchanges with the four northern islands"]),

dict(id="E7-02", outlet="Ministry of Foreign Affairs of the Russian Federation", url="https://mid.ru/en/foreign_policy/news/1756214/", published="2021-04-01",
     title="Briefing by Deputy Director of the Information and Press Department Alexei Zaitsev, Moscow, April 1, 2021",
     text="""Briefing by Deputy Director of the Information and Press Department Alexei Zaitsev, Moscow, April 1, 2021

1 April 2021 14:30

Table of contents
Update on the situation in Nagorno-Karabakh
Japan's new school textbooks
Answers to media questions:
Russia-Japan talks on salmon fishing
Prospects for joint economic activity on the southern Kuril Islands

Update on the situation in Nagorno-Karabakh

The situation in Nagorno-Karabakh remains calm. Russian peacekeepers have helped more than 52,000 refugees to return to their homes since November. We continue to assist the parties in restoring transport links in the region.

Japan's new school textbooks

We have taken note of the results of the latest screening of school textbooks by Japan's Ministry of Education. Once again, several textbooks describe Russia's southern Kuril Islands as "Japan's inherent territory" that is "illegally occupied" by Russia. We consider such wording unacceptable. The islands became part of the Soviet Union following the Second World War, and Russia's sovereignty over them is beyond any doubt.
Bringing up young Japanese people in the spirit of territorial claims against a neighbour will hardly help to create a positive atmosphere for a dialogue on a peace treaty. We would advise Tokyo to think about that.

Answers to media questions:

Question: Japanese media report that this year's talks on salmon fishing will again be held remotely. When will they start, and is Moscow ready to keep last year's quota?

Alexei Zaitsev: The intergovernmental consultations on the catch of Russian-origin salmon and trout in Japan's 200-mile zone are due to begin on April 5 by videoconference. The Russian delegation will be led by the Federal Agency for Fishery. I will not prejudge the size of the quota.

Question: The pilot projects agreed by the leaders of Russia and Japan on the Kuril Islands have not moved for a year. Do you think they still have a future?

Alexei Zaitsev: The projects were put on hold because of the pandemic and for no other reason. As soon as the epidemiological situation permits, we will be ready to continue this work, naturally on the basis of Russian legislation.""",
     expected=[
        dict(speaker="Alexei Zaitsev", alt=["Russian Foreign Ministry"], treaty=False, snippet="Russian peacekeepers have helped more than 52,000 refugees to return"),
        dict(speaker="Alexei Zaitsev", alt=["Russian Foreign Ministry"], treaty=True, snippet="The islands became part of the Soviet Union following the Second World War"),
        dict(speaker="Alexei Zaitsev", alt=["Russian Foreign Ministry"], treaty=True, snippet="hardly help to create a positive atmosphere for a dialogue on a peace treaty"),
        dict(speaker="Alexei Zaitsev", alt=["Russian Foreign Ministry"], treaty=False, snippet="are due to begin on April 5 by videoconference"),
        dict(speaker="Alexei Zaitsev", alt=["Russian Foreign Ministry"], treaty=None, optional=True, snippet="The projects were put on hold because of the pandemic and for no other reason"),
        dict(speaker="Alexei Zaitsev", alt=["Russian Foreign Ministry"], treaty=None, optional=True, snippet="ready to continue this work, naturally on the basis of Russian legislation"),
     ],
     not_statements=["this year's talks on salmon fishing will again be held remotely",
                     "agreed by the leaders of Russia and Japan on the Kuril Islands have not moved",
                     "Prospects for joint economic activity on the southern Kuril Islands",
                     "Do you think they still have a future?"]),

dict(id="E7-03", outlet="House of Councillors", url="https://www.sangiin.go.jp/eng/proceedings/211/okinawa_northern_20230517.html", published="2023-05-17",
     title="Special Committee on Okinawa and Northern Problems, No. 7 (summary of proceedings)",
     text="""House of Councillors, The National Diet of Japan
211th Session - Special Committee on Okinawa and Northern Problems, No. 7
Wednesday, May 17, 2023
Summary of proceedings (unofficial English translation; the Japanese minutes prevail)

Ministers and officials present: OKADA Naoki, Minister of State for Okinawa and Northern Territories Affairs; HAYASHI Yoshimasa, Minister for Foreign Affairs; NAKAGOME Masashi, Director-General, European Affairs Bureau, Ministry of Foreign Affairs (government witness)

Subject: Investigation of Okinawa and Northern problems

○SUZUKI Muneo (Nippon Ishin no Kai): I have argued for a quarter of a century that the 1956 Joint Declaration, the only document ratified by both parliaments, is the realistic basis for a settlement, and I have not changed that view. In Singapore in 2018 the two leaders agreed to accelerate negotiations on that basis. I ask the Foreign Minister: is that agreement still alive?

○Minister for Foreign Affairs HAYASHI Yoshimasa: The Government's policy is to resolve the issue of the attribution of the four northern islands and conclude a peace treaty, and that policy has not changed at all. However, Russia has announced that it will not continue the negotiations, and in the present circumstances I would like to refrain from commenting on the details of past agreements between the leaders.

○SUZUKI Muneo: Then at least on humanitarian matters. Grave visits are not politics; I ask the Government to press Moscow harder to let the elderly former residents pay their respects this summer.

○Government witness NAKAGOME Masashi: We have repeatedly conveyed to the Russian side our strong request to resume the grave visits, which former residents regard as the highest priority among the exchange programmes, but regrettably we have not yet received a positive response.

○KINOSHITA Haruka (Constitutional Democratic Party of Japan): According to the Cabinet Office survey released in February, only 38.6 percent of respondents aged 18 to 29 said they knew the Northern Territories issue well or somewhat. What will the Minister do about it?

○Minister of State OKADA Naoki: I take that figure seriously. I will strengthen education and public relations so that the movement calling for the return of the Northern Territories is handed down to the next generation, including through online programmes for schools.

(The Minister visited Nemuro City on April 22 and viewed the islands from Cape Nosappu.)

○Chair (MORIYA Hiroshi): That concludes today's investigation. The committee is adjourned.

(Translator's note: under Article 9 of the 1956 Joint Declaration, the Soviet Union agreed to hand over the Habomai Islands and Shikotan Island to Japan after the conclusion of a peace treaty.)""",
     expected=[
        dict(speaker="Muneo Suzuki", treaty=True, snippet="is the realistic basis for a settlement, and I have not changed that view"),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese government", "Japanese Foreign Ministry"], treaty=True, snippet="the attribution of the four northern islands and conclude a peace treaty"),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese government", "Japanese Foreign Ministry"], treaty=True, snippet="refrain from commenting on the details of past agreements between the leaders"),
        dict(speaker="Muneo Suzuki", treaty=False, snippet="Grave visits are not politics; I ask the Government to press Moscow harder"),
        dict(speaker="Masashi Nakagome", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, snippet="our strong request to resume the grave visits"),
        dict(speaker="Naoki Okada", alt=["Japanese government"], treaty=True, snippet="the movement calling for the return of the Northern Territories is handed down"),
     ],
     not_statements=["the two leaders agreed to accelerate negotiations on that basis",
                     "I ask the Foreign Minister: is that agreement still alive?",
                     "said they knew the Northern Territories issue well or somewhat",
                     "The Minister visited Nemuro City on April 22 and viewed the islands",
                     "agreed to hand over the Habomai Islands and Shikotan Island to Japan"]),

dict(id="E7-04", outlet="State Duma", url="http://duma.gov.ru/en/news/57164/", published="2023-06-14",
     title="State Duma adopts in first reading bill on Day of Victory over Militarist Japan",
     text="""State Duma adopts in first reading bill on Day of Victory over Militarist Japan

14.06.2023

The State Duma has adopted in the first reading a draft law renaming the memorable date of 3 September the "Day of Victory over Militarist Japan and the End of the Second World War". 405 deputies voted in favour.

Japan signed the Instrument of Surrender aboard the USS Missouri on 2 September 1945; in the Soviet Union, 3 September was marked as Victory over Japan Day.

From the transcript of the plenary session

Chairman of the State Duma Vyacheslav Volodin: Colleagues, item 21. The floor goes to one of the authors, Georgy Karlov, deputy from the Sakhalin Region.

Georgy Karlov (United Russia): Dear Vyacheslav Viktorovich, dear colleagues! In August 1945 our paratroopers and sailors landed on Shumshu and within a few weeks freed the whole Kuril ridge. The Kuril ridge is Russian land, and that is not a slogan but a fact of international law. And when in Tokyo they print in textbooks that our islands are "illegally occupied", we must answer not with notes but with law. That is what this bill does.

Vyacheslav Volodin: Thank you. Questions? Yaroslav Nilov, please.

Yaroslav Nilov (LDPR): Georgy Alexandrovich, will the bill give anything to the people who actually live on the islands today - roads, ferries, housing?

Georgy Karlov: The bill is about memory. But since you ask: the special tax regime on the Kurils is working, over 60 residents have registered, and next year the ferry line to Kunashir will get a new vessel.

Vyacheslav Volodin: I will add one thing. Those who dream of revising the outcome of the Second World War, including with regard to our Kuril Islands, should remember how that war ended for them. There will be no revision. Let us vote.

The bill was supported by all factions. The second reading is scheduled for next week.""",
     expected=[
        dict(speaker="Georgy Karlov", treaty=True, snippet="is Russian land, and that is not a slogan but a fact of international law"),
        dict(speaker="Georgy Karlov", treaty=True, snippet="we must answer not with notes but with law"),
        dict(speaker="Georgy Karlov", treaty=False, snippet="the special tax regime on the Kurils is working"),
        dict(speaker="Vyacheslav Volodin", treaty=True, snippet="including with regard to our Kuril Islands, should remember how that war ended"),
     ],
     not_statements=["The State Duma has adopted in the first reading a draft law",
                     "in the Soviet Union, 3 September was marked as Victory over Japan Day",
                     "will the bill give anything to the people who actually live on the islands today",
                     "The bill was supported by all factions."]),

# ---------------------------------------------------------------- institutions: parliament, embassy, region
dict(id="E7-05", outlet="TASS", url="https://tass.com/politics/2013377", published="2025-09-17",
     title="Federation Council: Russia's sovereignty over South Kurils not subject to revision",
     text="""Federation Council: Russia's sovereignty over South Kurils not subject to revision

Politics
September 17, 2025, 14:20 UTC+3

The upper house of parliament adopted an address on the 80th anniversary of the end of World War II

MOSCOW, September 17. /TASS/. The Federation Council, the upper house of Russia's parliament, on Wednesday adopted an address to the parliaments of the world on the 80th anniversary of the end of World War II, in which it stated that Russia's sovereignty over the South Kuril Islands “is not subject to any revision.”

The senators also called on Tokyo “to stop the policy of falsifying history.”

Presenting the document, Grigory Karasin, chairman of the upper house’s international affairs committee and a senator from the Sakhalin Region, said there were “no territorial negotiations with Japan and there will be none.” “A peace treaty is a different matter, but it can be discussed only after Tokyo gives up its hostile line,” he stressed.

Karasin also criticized the deployment of US Typhon missile systems in Japan during exercises this month, calling it “a direct challenge to the security of our Far East.”

In 2020, an amendment banning the alienation of Russian territory was added to the Constitution.

Japan lays claim to the islands of Iturup, Kunashir, Shikotan and the Habomai group, citing the bilateral Treaty of Commerce and Navigation of 1855.

Read also
Zakharova: Tokyo’s statements on the Kurils are an attempt to rewrite history

Tags: Federation Council, Russia-Japan relations""",
     expected=[
        dict(speaker="Federation Council", treaty=True, snippet="sovereignty over the South Kuril Islands “is not subject to any revision.”"),
        dict(speaker="Federation Council", treaty=None, optional=True, snippet="to stop the policy of falsifying history"),
        dict(speaker="Grigory Karasin", treaty=True, snippet="no territorial negotiations with Japan and there will be none"),
        dict(speaker="Grigory Karasin", treaty=True, snippet="it can be discussed only after Tokyo gives up its hostile line"),
        dict(speaker="Grigory Karasin", treaty=False, snippet="a direct challenge to the security of our Far East"),
     ],
     not_statements=["banning the alienation of Russian territory was added to the Constitution",
                     "Japan lays claim to the islands of Iturup, Kunashir, Shikotan",
                     "Zakharova: Tokyo’s statements on the Kurils are an attempt to rewrite history"]),

dict(id="E7-06", outlet="Embassy of the Russian Federation in Japan", url="https://tokyo.mid.ru/en/press-centre/news/comment_defense_of_japan_2021/", published="2021-07-14",
     title="Comment of the Embassy on the White Paper “Defense of Japan 2021”",
     text="""Embassy of the Russian Federation in Japan
Home / Press centre / News

14.07.2021
Comment of the Embassy on the White Paper “Defense of Japan 2021”

We have read the annual White Paper “Defense of Japan 2021”, approved by the Government of Japan on July 13. As in previous years, the document states that the “Northern Territories” are “inherent territories of Japan” which “continue to be illegally occupied by Russia”.

We consider it necessary to stress once again that the southern Kuril Islands became part of the USSR legitimately, as a result of the Second World War, and the sovereignty of Russia over them cannot be called into question. The use of the term “illegal occupation” in an official document of the Japanese government is unacceptable to us.

Measures taken to strengthen the defence capabilities on the Kuril Islands are carried out on Russian territory and are not directed against Japan or any other country.

We call on our Japanese partners to refrain from such rhetoric and to concentrate on the positive agenda set by the leaders of our two countries, including the conclusion of a peace treaty on the basis of mutual respect.

***
Consular information
From July 15, the Consular Department of the Embassy resumes accepting applications for business and humanitarian visas. Applications are accepted by appointment only.

Follow us on Twitter @RusEmbassyJ""",
     expected=[
        dict(speaker="Russian Embassy in Japan", treaty=True, snippet="the southern Kuril Islands became part of the USSR legitimately"),
        dict(speaker="Russian Embassy in Japan", treaty=True, snippet="in an official document of the Japanese government is unacceptable to us"),
        dict(speaker="Russian Embassy in Japan", treaty=None, optional=True, snippet="are carried out on Russian territory and are not directed against Japan"),
        dict(speaker="Russian Embassy in Japan", treaty=True, snippet="including the conclusion of a peace treaty on the basis of mutual respect"),
        dict(speaker="Russian Embassy in Japan", treaty=False, snippet="resumes accepting applications for business and humanitarian visas"),
     ],
     not_statements=["“continue to be illegally occupied by Russia”",
                     "approved by the Government of Japan on July 13",
                     "the “Northern Territories” are “inherent territories of Japan”",
                     "Follow us on Twitter @RusEmbassyJ"]),

dict(id="E7-07", outlet="Sakhalin Region Government", url="https://sakhalin.gov.ru/index.php?id=105&tx_ttnews[tt_news]=128734", published="2017-06-30",
     title="Oleg Kozhemyako met with members of the Japanese business mission",
     text="""Press Service of the Governor and Government of the Sakhalin Region

30.06.2017, Yuzhno-Sakhalinsk

Oleg Kozhemyako met with members of the Japanese business mission

Governor of the Sakhalin Region Oleg Kozhemyako held a meeting with members of the Japanese public-private mission which from June 27 to July 1 is visiting Kunashir, Iturup and Shikotan. The delegation of about 70 people is headed by Special Adviser to the Prime Minister of Japan Eiichi Hasegawa.

Opening the meeting, the head of the region noted that the Sakhalin Region is open to cooperation with Japanese business in the spheres of aquaculture, tourism, wind power and greenhouse farming.

"The Kuril Islands are an integral part of the Sakhalin Region and of the Russian Federation. We welcome Japanese investors, but all projects on the islands will be implemented in accordance with Russian legislation," Oleg Kozhemyako stressed.

First Vice-Governor Vera Shcherbina informed the guests about the progress of the federal target programme for the socio-economic development of the Kuril Islands. According to her, in 2017 more than 8 billion roubles will be spent on the islands, including the construction of a new berth in Kurilsk and a kindergarten in Malokurilskoye.

Eiichi Hasegawa thanked the Sakhalin side for the organization of the visit. According to him, the mission was able to see the situation on the islands with their own eyes, and proposals will be worked out in the near future. He noted that joint economic activity should be carried out "under a special system that does not harm the legal positions of either side".

Reference: In December 2016, in Nagato, President of Russia Vladimir Putin and Prime Minister of Japan Shinzo Abe agreed to start consultations on joint economic activity on the southern Kurils. In May, the Governor visited Shikotan, where he inspected the construction of the kindergarten.

Photo: press service of the regional government""",
     expected=[
        dict(speaker="Oleg Kozhemyako", treaty=False, snippet="open to cooperation with Japanese business in the spheres of aquaculture"),
        dict(speaker="Oleg Kozhemyako", treaty=True, snippet="The Kuril Islands are an integral part of the Sakhalin Region"),
        dict(speaker="Oleg Kozhemyako", treaty=None, optional=True, snippet="will be implemented in accordance with Russian legislation"),
        dict(speaker="Vera Shcherbina", treaty=False, snippet="more than 8 billion roubles will be spent on the islands"),
        dict(speaker="Eiichi Hasegawa", alt=["Japanese government"], treaty=None, optional=True, snippet="the mission was able to see the situation on the islands with their own eyes"),
        dict(speaker="Eiichi Hasegawa", alt=["Japanese government"], treaty=True, snippet="under a special system that does not harm the legal positions of either side"),
     ],
     not_statements=["from June 27 to July 1 is visiting Kunashir, Iturup and Shikotan",
                     "agreed to start consultations on joint economic activity on the southern Kurils",
                     "the Governor visited Shikotan, where he inspected the construction"]),

# ---------------------------------------------------------------- interview, question and answer
dict(id="E7-08", outlet="Embassy of Japan in the Russian Federation", url="https://www.ru.emb-japan.go.jp/itpr_en/interview_20190118.html", published="2019-01-18",
     title="Interview of Ambassador KOZUKI Toyohisa to the Kommersant newspaper",
     text="""Embassy of Japan in the Russian Federation

Interview of Ambassador KOZUKI Toyohisa to the Kommersant newspaper
(published January 18, 2019; English translation by the Embassy)

Ahead of Prime Minister Abe Shinzo's visit to Moscow on January 22, Kommersant asked the Ambassador of Japan to Russia about the peace treaty talks, the economy and the Year of Japan-Russia Exchanges.

— On January 9 you were summoned to the Russian Foreign Ministry over statements by Japanese officials, including Prime Minister Abe's remark about the residents of the islands. What did you tell the Russian side?

— I explained Japan's position. The Prime Minister has said many times that we are looking for a solution that those residents, too, can accept.

— Minister Lavrov insists that Japan must first recognize the results of the Second World War, including Russia's sovereignty over the islands. Can Tokyo do that?

— Japan's position on the legal status of the four islands is well known, and I do not think it would be useful to repeat it in a newspaper interview. What matters now is that in Singapore the leaders agreed to accelerate the negotiations on the basis of the 1956 Joint Declaration. Both sides should focus on that work quietly, rather than argue through the media.

— Many in Moscow fear that American bases could appear on the islands after a handover.

— The Japan-US security arrangements are not directed against Russia. I am confident that, in the course of the negotiations, an answer can be found that takes Russia's concerns into account.

— How is the eight-point economic cooperation plan doing?

— Very well, in my view. More than 200 projects have been launched since 2016. I am especially glad about the Japanese medical centres in Vladivostok and Moscow, which show what our cooperation can give ordinary people.""",
     expected=[
        dict(speaker="Toyohisa Kozuki", alt=["Shinzo Abe", "Japanese government"], treaty=True, snippet="we are looking for a solution that those residents, too, can accept"),
        dict(speaker="Toyohisa Kozuki", alt=["Japanese government", "Japanese Foreign Ministry"], treaty=True, snippet="Japan's position on the legal status of the four islands is well known"),
        dict(speaker="Toyohisa Kozuki", alt=["Japanese government", "Japanese Foreign Ministry"], treaty=True, snippet="should focus on that work quietly, rather than argue through the media"),
        dict(speaker="Toyohisa Kozuki", alt=["Japanese government", "Japanese Foreign Ministry"], treaty=True, snippet="an answer can be found that takes Russia's concerns into account"),
        dict(speaker="Toyohisa Kozuki", alt=["Japanese government", "Japanese Foreign Ministry"], treaty=False, snippet="More than 200 projects have been launched since 2016"),
     ],
     not_statements=["Japan must first recognize the results of the Second World War",
                     "American bases could appear on the islands after a handover",
                     "Ahead of Prime Minister Abe Shinzo's visit to Moscow on January 22",
                     "including Prime Minister Abe's remark about the residents of the islands"]),

# ---------------------------------------------------------------- news prose: regional and local voices
dict(id="E7-09", outlet="Kyodo News", url="https://english.kyodonews.net/news/2023/06/5c1a7e0f3b21-nemuro-fishermen-fear-lost-season.html", published="2023-06-08",
     title="Nemuro fishermen fear lost season as Russia suspends fishing pact",
     text="""Nemuro fishermen fear lost season as Russia suspends fishing pact

KYODO NEWS - Jun 8, 2023 - 19:42 | Japan, World

SAPPORO - Fishermen in eastern Hokkaido voiced alarm Thursday after Russia said it would suspend a 1998 intergovernmental agreement that allows Japanese boats to operate in waters around the Russian-held islands off Hokkaido, just as the season for Atka mackerel and octopus gets under way.

The Russian Foreign Ministry said in a statement Wednesday that Moscow was halting implementation of the pact because Tokyo had frozen payments for technical assistance to the Sakhalin region that are a condition of the deal.

Nemuro Mayor Masatoshi Ishigaki called the move "a one-sided measure that tramples on the livelihoods of fishermen who have worked these waters for generations."

"The agreement was built so that our boats could fish there without touching the question of sovereignty. That is exactly why it must be kept apart from politics," he told reporters at city hall.

In Tokyo, Chief Cabinet Secretary Hirokazu Matsuno said the government had confirmed the Russian announcement and would "respond appropriately" while protecting fishermen. He added that the suspension "has no bearing whatsoever on Japan's legal position regarding the Northern Territories."

A senior Fisheries Agency official, who spoke on condition of anonymity, said Moscow appeared to be using fish as leverage to push Tokyo to soften its sanctions.

Under the 1998 agreement, which was concluded without prejudice to either side's territorial claims, Japanese fishermen pay Russia a fee and provide equipment in return for permission to fish in the waters around the four islands.

"Last year we landed about 300 million yen worth of catch from those waters. Without it, some of us will not make it to winter," said Yoshiaki Kikuchi, 67, who heads a local fishing cooperative.

Related coverage:
Japan, Russia agree on salmon quota despite chill in ties""",
     expected=[
        dict(speaker="Russian Foreign Ministry", treaty=False, snippet="Moscow was halting implementation of the pact because Tokyo had frozen payments"),
        dict(speaker="Masatoshi Ishigaki", treaty=False, snippet="a one-sided measure that tramples on the livelihoods of fishermen"),
        dict(speaker="Masatoshi Ishigaki", treaty=None, optional=True, snippet="our boats could fish there without touching the question of sovereignty"),
        dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=False, snippet='would "respond appropriately" while protecting fishermen'),
        dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=True, snippet="no bearing whatsoever on Japan's legal position"),
     ],
     not_statements=["using fish as leverage to push Tokyo to soften its sanctions",
                     "which was concluded without prejudice to either side's territorial claims",
                     "Japanese boats to operate in waters around the Russian-held islands",
                     "Without it, some of us will not make it to winter",
                     "Japan, Russia agree on salmon quota despite chill in ties"]),

dict(id="E7-10", outlet="The Japan Times", url="https://www.japantimes.co.jp/news/2019/06/15/national/former-islanders-press-abe-results/", published="2019-06-15",
     title="Aging former islanders press Abe for results, not just talks",
     text="""Aging former islanders press Abe for results, not just talks

BY STAFF WRITER
SAPPORO — JUN 15, 2019

Former residents of the Russian-held islands off Hokkaido urged the government Saturday to produce concrete results in its territorial negotiations with Moscow, warning that time is running out for a generation whose members are now 84 on average.

At its annual general meeting in Sapporo, the Chishima and Habomai Islands Residents League adopted a resolution calling on the government to "achieve the return of the four northern islands at the earliest possible date" and to expand grave visits and free exchanges.

"We support the prime minister's negotiations, but support is not the same as a blank check," the league's chairman, Kimio Waki, told some 200 members. "We want a solution that brings all four islands back, and we want to see it with our own eyes."

Hokkaido Gov. Naomichi Suzuki, attending the meeting for the first time since taking office in April, pledged that the prefecture would "stand with the former residents until the day the islands come home."

Lower house lawmaker Takako Suzuki of the Liberal Democratic Party, who represents Hokkaido and is not related to the governor, said Prime Minister Shinzo Abe "is determined to settle this issue in our generation," echoing the line Abe has used since his November agreement with President Vladimir Putin to speed up talks on the basis of the 1956 Joint Declaration.

That declaration stipulates the handover of Shikotan and the Habomai islets after a peace treaty is concluded, and some members fear the government is quietly settling for two islands.

A survey of members conducted by the league in March found that 41 percent would accept the return of Shikotan and Habomai first, as long as talks on Kunashiri and Etorofu continued.

"If two come back while I'm alive, I can die knowing my parents' graves are on Japanese soil," said Sadao Nakamura, 88, who was born on Shikotan.

Jun Kuramoto, a professor of international relations at Hokkaido University, said the league's tone showed "growing impatience with a government that asks for trust but offers no information."

The islands, known in Russia as the Southern Kurils, were seized by Soviet troops at the end of World War II.""",
     expected=[
        dict(speaker="former islanders' league", alt=["Chishima and Habomai Islands Residents League", "Kimio Waki"], treaty=True, snippet="achieve the return of the four northern islands at the earliest possible date"),
        dict(speaker="Kimio Waki", alt=["former islanders' league"], treaty=True, snippet="support is not the same as a blank check"),
        dict(speaker="Kimio Waki", alt=["former islanders' league"], treaty=True, snippet="We want a solution that brings all four islands back"),
        dict(speaker="Naomichi Suzuki", treaty=True, snippet="stand with the former residents until the day the islands come home"),
        dict(speaker="Takako Suzuki", alt=["Shinzo Abe"], treaty=True, snippet="is determined to settle this issue in our generation"),
        dict(speaker="Sadao Nakamura", treaty=True, optional=True, snippet="I can die knowing my parents' graves are on Japanese soil"),
     ],
     not_statements=["That declaration stipulates the handover of Shikotan and the Habomai islets",
                     "some members fear the government is quietly settling for two islands",
                     "41 percent would accept the return of Shikotan and Habomai first",
                     "a government that asks for trust but offers no information",
                     "were seized by Soviet troops at the end of World War II"]),

dict(id="E7-11", outlet="NHK World", url="https://www3.nhk.or.jp/nhkworld/english/news/20130827_21.html", published="2013-08-27",
     title="Hokkaido governor visits Sakhalin, seeks closer economic ties",
     text="""Hokkaido governor visits Sakhalin, seeks closer economic ties

Aug. 27, 2013 - Updated 11:05 UTC
NHK WORLD

The governor of Japan's northernmost prefecture of Hokkaido, Harumi Takahashi, has held talks with her counterpart in Russia's Sakhalin region on expanding cooperation in energy, food and tourism.

Takahashi met Sakhalin Governor Alexander Khoroshavin in Yuzhno-Sakhalinsk on Tuesday. The two signed an updated program for economic and cultural exchanges through 2016.

Takahashi told Khoroshavin that Hokkaido companies want to take part in building infrastructure on Sakhalin, and that more direct flights would help tourism in both directions.

Khoroshavin said Sakhalin is ready to sell more liquefied natural gas to Japan and that a gas pipeline to Hokkaido "deserves serious study."

After the meeting, Takahashi told reporters she had also conveyed the strong wish of Hokkaido residents, including former islanders, for an early solution to the Northern Territories issue.

She said Khoroshavin replied that the future of the islands "is decided in Moscow and Tokyo, not in Yuzhno-Sakhalinsk," but that people living there "consider themselves citizens of Russia, and nothing else."

The four islands, which Russia calls the Southern Kurils, are administered by the Sakhalin region.

Takahashi is scheduled to visit the port city of Korsakov on Wednesday before returning to Sapporo.""",
     expected=[
        dict(speaker="Harumi Takahashi", treaty=False, snippet="Hokkaido companies want to take part in building infrastructure on Sakhalin"),
        dict(speaker="Alexander Khoroshavin", treaty=False, snippet="Sakhalin is ready to sell more liquefied natural gas to Japan"),
        dict(speaker="Harumi Takahashi", treaty=True, snippet="an early solution to the Northern Territories issue"),
        dict(speaker="Alexander Khoroshavin", alt=["Harumi Takahashi"], treaty=True, snippet="is decided in Moscow and Tokyo, not in Yuzhno-Sakhalinsk"),
     ],
     not_statements=["The two signed an updated program for economic and cultural exchanges",
                     "which Russia calls the Southern Kurils, are administered by the Sakhalin region",
                     "Takahashi is scheduled to visit the port city of Korsakov on Wednesday"]),

dict(id="E7-12", outlet="The Moscow Times", url="https://www.themoscowtimes.com/2016/12/12/on-kunashir-islanders-wait-putin-abe-a56512", published="2016-12-12",
     title="On Kunashir, Islanders Wait to Hear What Putin and Abe Decide",
     text="""On Kunashir, Islanders Wait to Hear What Putin and Abe Decide

Dec. 12, 2016
By Moscow Times reporter

YUZHNO-KURILSK — Three days before President Vladimir Putin flies to Japan for a summit with Prime Minister Shinzo Abe, the main topic in the cafes of this fishing town of 7,000 is whether Moscow is about to give something away.

Vasily Solomko, head of the Yuzhno-Kurilsky district, which covers Kunashir and the Habomai islets, has little patience for the rumors. "Nobody here is packing suitcases for Japan. People are building houses and taking out mortgages. This is Russian land, and it will stay that way," he told The Moscow Times in his office overlooking the port.

The Sakhalin governor, speaking in Yuzhno-Sakhalinsk last week, said any joint economic activity with Japan "can only take place under Russian jurisdiction, because these are Russian islands."

Kremlin aide Yuri Ushakov told reporters on Friday that the summit would not discuss any "handover" of territory and that the leaders would focus on joint projects on the islands.

Locals are less certain. "If they give us to Japan, I'll leave for the mainland, that's all," said Irina, a shop assistant who declined to give her surname.

A survey by the state-run Public Opinion Foundation published last month found that 78 percent of Russians oppose handing any of the islands to Japan.

Alexander Panov, who served as Russia's ambassador in Tokyo from 1996 to 2003 and now teaches at MGIMO, said the two leaders might agree on "a formula for joint activity that lets both sides claim a win," but added that "no one in Moscow is ready to talk about sovereignty today."

Japan claims the four southernmost islands of the Kuril chain, which were occupied by Soviet troops in 1945.""",
     expected=[
        dict(speaker="Vasily Solomko", treaty=True, snippet="This is Russian land, and it will stay that way"),
        dict(speaker="Oleg Kozhemyako", treaty=True, snippet="under Russian jurisdiction, because these are Russian islands"),
        dict(speaker="Yuri Ushakov", alt=["Kremlin"], treaty=True, snippet='the summit would not discuss any "handover" of territory'),
        dict(speaker="Yuri Ushakov", alt=["Kremlin"], treaty=None, optional=True, snippet="the leaders would focus on joint projects on the islands"),
        dict(speaker="Alexander Panov", treaty=True, optional=True, snippet="no one in Moscow is ready to talk about sovereignty today"),
     ],
     not_statements=["whether Moscow is about to give something away",
                     "If they give us to Japan, I'll leave for the mainland, that's all",
                     "78 percent of Russians oppose handing any of the islands to Japan",
                     "Japan claims the four southernmost islands of the Kuril chain"]),

dict(id="E7-13", outlet="TASS", url="https://tass.com/politics/1634071", published="2023-06-20",
     title="Japan's militarization poses threat to Russia's Far East — Patrushev",
     text="""Japan's militarization poses threat to Russia's Far East — Patrushev

Politics
June 20, 2023, 10:15 UTC+3

The Security Council secretary held a meeting on national security in the Far Eastern Federal District

YUZHNO-SAKHALINSK, June 20. /TASS/. Japan's military build-up, carried out with the active support of the United States, poses a threat to the security of Russia's Far East, Russian Security Council Secretary Nikolai Patrushev said at a meeting in Yuzhno-Sakhalinsk on Tuesday.

"Tokyo is rapidly militarizing, with Washington's help, and at the same time keeps making territorial claims against Russia. We cannot ignore this," Patrushev said. He stressed that the Kuril Islands "are an inalienable part of Russia, and their protection and development will be strengthened."

The region's governor reported to the meeting that 23 schools, kindergartens and medical facilities would be built or renovated on the Kurils by 2025 under the state program.

Meanwhile, Agriculture Minister Dmitry Patrushev said in Moscow on Monday that Russia had received the full amount of compensation from Japan for the fishing of Russian-origin salmon in Japan's exclusive economic zone this year, adding that fishing was proceeding normally.

Japan claims Iturup, Kunashir, Shikotan and the Habomai islets, calling them its 'Northern Territories'. In March 2022, Russia suspended peace treaty talks with Japan over Tokyo's sanctions.

Read also
Russia's Pacific Fleet holds drills on Kuril Islands

Tags: Russian Security Council, Japan""",
     expected=[
        dict(speaker="Nikolai Patrushev", treaty=False, snippet="poses a threat to the security of Russia's Far East"),
        dict(speaker="Nikolai Patrushev", treaty=True, snippet="keeps making territorial claims against Russia. We cannot ignore this"),
        dict(speaker="Nikolai Patrushev", treaty=True, snippet='the Kuril Islands "are an inalienable part of Russia'),
        dict(speaker="Valery Limarenko", treaty=False, snippet="23 schools, kindergartens and medical facilities would be built or renovated"),
        dict(speaker="Dmitry Patrushev", treaty=False, snippet="Russia had received the full amount of compensation from Japan"),
     ],
     not_statements=["calling them its 'Northern Territories'",
                     "Russia suspended peace treaty talks with Japan over Tokyo's sanctions",
                     "Russia's Pacific Fleet holds drills on Kuril Islands"]),

# ---------------------------------------------------------------- news prose: parliamentarians, envoys, officials
dict(id="E7-14", outlet="RT", url="https://www.rt.com/russia/448912-kurils-duma-japan-deal/", published="2019-01-17",
     title="‘Not one island’: Russian MPs warn against Kuril deal with Japan",
     text="""‘Not one island’: Russian MPs warn against Kuril deal with Japan

Published time: 17 Jan, 2019 14:32

Days before Japanese PM Shinzo Abe arrives in Moscow for another round of talks with Vladimir Putin, leaders of Russia's parliamentary opposition have lined up to warn that any transfer of the Kuril Islands to Japan is out of the question.

“Not a single island. Give them two today, and tomorrow they will ask for four, and the day after for Sakhalin,” LDPR leader Vladimir Zhirinovsky told reporters in the State Duma on Thursday. The veteran nationalist, however, said he was all for Japanese money: “Let them build factories in Vladivostok and buy our gas. That we welcome.”

Communist Party chief Gennady Zyuganov called any handover “unconstitutional and a betrayal of the soldiers who fell in 1945,”.

Senator Alexey Pushkov, who chairs the Federation Council's commission on information policy, tweeted that Tokyo “cannot guarantee that US troops won't appear on the islands – and with that, the conversation about transfer is over.”

A source in the Russian delegation told RIA Novosti that the question of transferring the islands “is not on the table” at next week's talks.

Polls suggest the MPs are in step with voters: in a Levada Center survey published in December, 74 percent of Russians said they were against giving the islands to Japan.

The Kremlin has so far said little. Last week, Putin's spokesman said only that the negotiations would be “long and painstaking.”

The four islands, which Japan calls its Northern Territories, have been a stumbling block to a formal WWII peace treaty for more than 70 years.

READ MORE: Japan’s ambassador summoned to Moscow over ‘unacceptable’ remarks on Kurils""",
     expected=[
        dict(speaker="Vladimir Zhirinovsky", treaty=True, snippet="Give them two today, and tomorrow they will ask for four"),
        dict(speaker="Vladimir Zhirinovsky", treaty=False, snippet="Let them build factories in Vladivostok and buy our gas"),
        dict(speaker="Gennady Zyuganov", treaty=True, snippet="unconstitutional and a betrayal of the soldiers who fell in 1945"),
        dict(speaker="Alexey Pushkov", treaty=True, snippet="cannot guarantee that US troops won't appear on the islands"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="the negotiations would be “long and painstaking.”"),
     ],
     not_statements=["the question of transferring the islands “is not on the table”",
                     "74 percent of Russians said they were against giving the islands to Japan",
                     "have been a stumbling block to a formal WWII peace treaty for more than 70 years",
                     "Japan’s ambassador summoned to Moscow over ‘unacceptable’ remarks on Kurils"]),

dict(id="E7-15", outlet="Reuters", url="https://www.reuters.com/article/us-japan-russia-islands-idUSBRE82D0AB20120314", published="2012-03-14",
     title="Russian envoy sees chance for island talks after Putin's 'hikiwake' remark",
     text="""Russian envoy sees chance for island talks after Putin's 'hikiwake' remark

By Tokyo bureau
TOKYO | Wed Mar 14, 2012 6:12am EDT

(Reuters) - Russia's ambassador to Japan said on Wednesday that President-elect Vladimir Putin was serious about seeking a compromise on a territorial row that has kept the two countries from signing a World War Two peace treaty, and urged Tokyo not to miss the chance.

Ambassador Mikhail Bely, who has held the post since 2006, made the remarks at a news conference at the Foreign Correspondents' Club of Japan.

Putin told foreign newspaper editors on March 1 that he wanted a "hikiwake," a judo term for a draw, in the dispute over the islands, which Russia calls the Southern Kurils and Japan the Northern Territories.

Bely declined to say what such a draw might look like, but said Moscow "has never walked away" from the 1956 declaration, under which the Soviet Union offered to hand over the two smaller islands after a peace treaty.

Japan's top career diplomat, Vice Foreign Minister Kenichiro Sasae, told reporters Tokyo would "carefully study" signals from Moscow, but that its aim remained to settle the sovereignty of all four islands.

The prime minister told an upper house committee on Monday he hoped to hold talks with Putin on the issue "at an early date" after the May inauguration.

Analysts caution that Putin, facing street protests at home, has little room to make concessions.

(Reporting by Tokyo newsroom; Editing by Asia desk)""",
     expected=[
        dict(speaker="Mikhail Bely", alt=["Russian Embassy in Japan"], treaty=True, snippet="Putin was serious about seeking a compromise on a territorial row"),
        dict(speaker="Vladimir Putin", treaty=True, snippet='he wanted a "hikiwake," a judo term for a draw'),
        dict(speaker="Mikhail Bely", alt=["Russian Embassy in Japan"], treaty=True, snippet='Moscow "has never walked away" from the 1956 declaration'),
        dict(speaker="Kenichiro Sasae", alt=["Japanese Foreign Ministry"], treaty=True, snippet="its aim remained to settle the sovereignty of all four islands"),
        dict(speaker="Yoshihiko Noda", treaty=True, snippet='he hoped to hold talks with Putin on the issue "at an early date"'),
     ],
     not_statements=["the Soviet Union offered to hand over the two smaller islands",
                     "which Russia calls the Southern Kurils and Japan the Northern Territories",
                     "Analysts caution that Putin, facing street protests at home",
                     "(Reporting by Tokyo newsroom; Editing by Asia desk)"]),

dict(id="E7-16", outlet="AP", url="https://apnews.com/article/5f0c2e7a9d7b4a1c8e3f6b2d1a0c9e88", published="2017-09-23",
     title="Japanese ex-residents fly to Russian-held islands to visit graves",
     text="""Japanese ex-residents fly to Russian-held islands to visit graves

By The Associated Press
September 23, 2017

TOKYO (AP) — A group of elderly Japanese who were forced from their homes on islands seized by the Soviet Union at the end of World War II flew to two of the islands Saturday to visit family graves, the first such trip by air since the dispute began.

The chartered plane carrying 67 former residents and their relatives took off from Nakashibetsu airport in eastern Hokkaido and landed about an hour later at Mendeleyevo airport on Kunashir. Part of the group continued to Iturup.

Chief Cabinet Secretary Yoshihide Suga told reporters in Tokyo that the flight was "a humanitarian measure that greatly eases the burden on former residents of advanced age." He said Japan hoped to use the goodwill built by such steps "to move the peace treaty negotiations forward."

Vasily Solomko, the Russian head of the district that administers Kunashir, said local authorities had prepared buses and a medical team for the visitors. "They are welcome to honor their ancestors here on Russian land, as our guests," he said in comments carried by the Sakhalin regional government.

Russia's Foreign Ministry said in a statement the trip had been organized "in a spirit of humanitarian cooperation, in accordance with the agreement reached by the leaders."

"I told my father's grave that we may yet come home for good," said Hiroshi Yamane, 83, who led the group.

About 17,000 Japanese lived on the four islands in 1945. The trip grew out of agreements between Prime Minister Shinzo Abe and President Vladimir Putin, who have also discussed joint economic activity there as a step toward resolving the dispute.""",
     expected=[
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=False, snippet="a humanitarian measure that greatly eases the burden on former residents"),
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=True, snippet="to move the peace treaty negotiations forward"),
        dict(speaker="Vasily Solomko", treaty=False, snippet="local authorities had prepared buses and a medical team for the visitors"),
        dict(speaker="Vasily Solomko", treaty=True, optional=True, snippet="welcome to honor their ancestors here on Russian land, as our guests"),
        dict(speaker="Russian Foreign Ministry", treaty=False, snippet="in a spirit of humanitarian cooperation"),
        dict(speaker="Hiroshi Yamane", treaty=True, optional=True, snippet="I told my father's grave that we may yet come home for good"),
     ],
     not_statements=["the first such trip by air since the dispute began",
                     "landed about an hour later at Mendeleyevo airport on Kunashir",
                     "About 17,000 Japanese lived on the four islands in 1945.",
                     "discussed joint economic activity there as a step toward resolving the dispute"]),

dict(id="E7-17", outlet="Nikkei Asia", url="https://asia.nikkei.com/Politics/International-relations/Opposition-grills-Abe-over-silence-on-inherent-territory", published="2019-02-12",
     title="Opposition grills Abe over silence on 'inherent territory' of northern isles",
     text="""Opposition grills Abe over silence on 'inherent territory' of northern isles

Opposition leaders accuse PM of hiding Japan's position ahead of Putin talks

TOKYO -- Japanese opposition leaders pressed Prime Minister Shinzo Abe on Tuesday to say whether he still regards four Russian-held islands as Japan's "inherent territory," as the government avoids the phrase ahead of peace treaty negotiations with Moscow.

"The prime minister is hiding the government's own position from the people. That does not strengthen his hand in Moscow, it weakens it," Yukio Edano, head of the Constitutional Democratic Party of Japan, said during questioning at the lower house Budget Committee.

Abe replied that stating the government's legal view in public "would not be conducive to the negotiations," and that he would "not say anything that could harm the talks."

Japanese Communist Party Chairman Kazuo Shii went further, repeating his party's long-held stance that the entire Kuril chain -- up to Shumshu in the north -- belongs to Japan.

Natsuo Yamaguchi, head of Komeito, the junior partner in the ruling coalition, told reporters that his party backs Abe's effort "to end this abnormal situation, more than 70 years after the war."

Edano also used his time to attack the government over a scandal involving flawed labor statistics, saying it "shakes trust in every number this government produces."

Foreign Minister Taro Kono drew criticism in December when he repeatedly answered "next question" to reporters asking about Russia.

Some government officials privately concede the strategy has produced little so far.

Abe and Putin agreed in Singapore in November to accelerate talks on the basis of the 1956 Joint Declaration.""",
     expected=[
        dict(speaker="Yukio Edano", treaty=True, snippet="The prime minister is hiding the government's own position from the people"),
        dict(speaker="Shinzo Abe", alt=["Japanese government"], treaty=True, snippet="would not be conducive to the negotiations"),
        dict(speaker="Kazuo Shii", treaty=True, snippet="the entire Kuril chain -- up to Shumshu in the north -- belongs to Japan"),
        dict(speaker="Natsuo Yamaguchi", treaty=True, snippet="to end this abnormal situation, more than 70 years after the war"),
        dict(speaker="Yukio Edano", treaty=False, snippet="shakes trust in every number this government produces"),
     ],
     not_statements=["the government avoids the phrase ahead of peace treaty negotiations",
                     'when he repeatedly answered "next question" to reporters asking about Russia',
                     "privately concede the strategy has produced little so far",
                     "Abe and Putin agreed in Singapore in November to accelerate talks"]),

dict(id="E7-18", outlet="Ministry of Foreign Affairs of Japan", url="https://www.mofa.go.jp/erp/rss/northern/page4e_001123.html", published="2019-10-31",
     title="Japan-Russia Consultations between Special Representatives on the Peace Treaty Issue",
     text="""Japan-Russia Consultations between Special Representatives on the Peace Treaty Issue

October 31, 2019

Japanese

1. On October 31, commencing at 10:30 a.m. for approximately five hours, Mr. MORI Takeo, Senior Deputy Minister for Foreign Affairs, Special Representative of the Prime Minister of Japan, held consultations with Mr. Igor Morgulov, Deputy Minister of Foreign Affairs of the Russian Federation, Special Representative of the President of the Russian Federation, in Tokyo. The overview is as follows.

2. Based on the agreement reached by the leaders in Singapore in November 2018, the two sides held a frank and in-depth exchange of views on the peace treaty issue, including the territorial issue.

3. Senior Deputy Minister Mori stated that Japan intends to resolve the issue of the attribution of the four islands and conclude a peace treaty, and that Japan will persistently continue negotiations on the basis of the agreement of the leaders. Senior Deputy Minister Mori also stated that the military exercises conducted by Russia on the four northern islands in August are incompatible with Japan's position and requested that such activities not be repeated.

4. Senior Deputy Minister Mori raised the issue of the Japanese fishing boats seized by Russian border guards in the waters off Hokkaido, and requested the early release of the crews.

5. Deputy Minister Morgulov explained the Russian position.

6. The two sides confirmed that they will continue to prepare for the implementation of the pilot projects on tourism and garbage reduction in the four islands, and that the next round of consultations will be held in Moscow at a mutually convenient time.

Related Links
Japan-Russia Relations
Press Conference by Foreign Minister MOTEGI Toshimitsu (Excerpt)""",
     expected=[
        dict(speaker="Takeo Mori", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=True, snippet="Japan intends to resolve the issue of the attribution of the four islands"),
        dict(speaker="Takeo Mori", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=True, snippet="persistently continue negotiations on the basis of the agreement of the leaders"),
        dict(speaker="Takeo Mori", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=None, optional=True, snippet="are incompatible with Japan's position and requested that such activities"),
        dict(speaker="Takeo Mori", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, snippet="requested the early release of the crews"),
     ],
     not_statements=["held a frank and in-depth exchange of views on the peace treaty issue",
                     "Deputy Minister Morgulov explained the Russian position.",
                     "continue to prepare for the implementation of the pilot projects on tourism",
                     "the next round of consultations will be held in Moscow"]),

dict(id="E7-19", outlet="The Japan Times", url="https://www.japantimes.co.jp/news/2023/10/06/japan/politics/muneo-suzuki-moscow-trip/", published="2023-10-06",
     title="Lawmaker Muneo Suzuki defends Moscow trip, says Russia open to talks",
     text="""Lawmaker Muneo Suzuki defends Moscow trip, says Russia open to talks

BY STAFF WRITER
OCT 6, 2023

Upper house lawmaker Muneo Suzuki, back from an unannounced five-day trip to Moscow, on Thursday defended his decision to defy a government travel warning and his own party.

Suzuki, 75, a longtime advocate of closer ties with Moscow, said he met Deputy Foreign Minister Mikhail Galuzin and asked that former residents of the Russian-held islands off Hokkaido be allowed to resume visits to family graves there.

According to Suzuki, Galuzin told him that Russia "remains ready to return to peace treaty talks once Japan abandons its anti-Russian course."

"I am convinced that the northern islands issue can be solved only through dialogue with President Putin, not by shouting from a distance," Suzuki told reporters at the Diet.

Russia's Foreign Ministry said in a brief statement that Galuzin and Suzuki had discussed "the current state of Russian-Japanese relations."

Nippon Ishin no Kai leader Nobuyuki Baba said the trip broke party rules and that Suzuki would be expelled. "We cannot overlook a member traveling to a country that is waging a war of aggression," Baba said.

Hokkaido Gov. Naomichi Suzuki, who is not related to the lawmaker, told reporters in Sapporo that he had "no comment on an individual's trip" but hoped grave visits could resume "as soon as possible."

Former Prime Minister Yukio Hatoyama, who has visited Crimea as a private citizen, praised the trip on social media, writing that "without talking to Moscow, the islands will never come back."

Suzuki served as deputy chief cabinet secretary in the late 1990s and later served time after a bribery conviction.

Russia halted peace treaty negotiations with Japan in March 2022 in response to Tokyo's sanctions over the invasion of Ukraine.""",
     expected=[
        dict(speaker="Muneo Suzuki", treaty=False, snippet="be allowed to resume visits to family graves there"),
        dict(speaker="Mikhail Galuzin", alt=["Muneo Suzuki", "Russian Foreign Ministry"], treaty=True, snippet="remains ready to return to peace treaty talks once Japan abandons"),
        dict(speaker="Muneo Suzuki", treaty=True, snippet="the northern islands issue can be solved only through dialogue"),
        dict(speaker="Russian Foreign Ministry", treaty=False, optional=True, snippet="the current state of Russian-Japanese relations"),
        dict(speaker="Nobuyuki Baba", treaty=False, snippet="We cannot overlook a member traveling to a country that is waging a war"),
        dict(speaker="Naomichi Suzuki", treaty=False, snippet='hoped grave visits could resume "as soon as possible."'),
        dict(speaker="Yukio Hatoyama", treaty=True, optional=True, snippet="without talking to Moscow, the islands will never come back"),
     ],
     not_statements=["Russia halted peace treaty negotiations with Japan in March 2022",
                     "Suzuki served as deputy chief cabinet secretary in the late 1990s",
                     "a longtime advocate of closer ties with Moscow",
                     "who has visited Crimea as a private citizen"]),

# ---------------------------------------------------------------- a longer interview record
dict(id="E7-20", outlet="Ministry of Foreign Affairs of the Russian Federation", url="https://mid.ru/en/press_service/interviews/1853302/", published="2023-02-08",
     title="Interview by Director of the Second Asian Department of the Russian Foreign Ministry Georgy Zinoviev to Izvestia, February 8, 2023",
     text="""Interview by Director of the Second Asian Department of the Russian Foreign Ministry Georgy Zinoviev to Izvestia, February 8, 2023

8 February 2023 10:00

Question: Yesterday Japan again marked its so-called Northern Territories Day, and Prime Minister Fumio Kishida spoke at the rally in Tokyo. How does Moscow assess these events?

Georgy Zinoviev: I would like to stress: there are no "northern territories" on the map of the world. There are the South Kuril Islands, which are Russian territory, and the sovereignty of the Russian Federation over them is not subject to discussion.

Question: Is there any chance that the dialogue on a peace treaty could be resumed this year?

Georgy Zinoviev: In March last year we said clearly that we do not intend to continue negotiations on a peace treaty with a country that openly takes unfriendly positions and seeks to damage our interests. Nothing has changed since then. It is impossible to discuss a fundamental document on relations with a state that is supplying the Kiev regime and introducing one package of sanctions after another.

Question: Last year Russia withdrew from the agreements on visa-free exchanges. What about fishing?

Georgy Zinoviev: As for fishing, the Japanese side has, in effect, frozen its payments under the 1998 agreement on fishing near the southern Kurils. We are studying the situation and will draw the appropriate conclusions. Visits by Japanese citizens to graves of their relatives may be considered on a humanitarian basis, but the responsibility for the current state of affairs lies entirely with Tokyo.

Question: Japanese companies have kept their stakes in Sakhalin-1 and Sakhalin-2. Is that a sign of pragmatism?

Georgy Zinoviev: Yes, we see that Japanese business does not want to lose reliable and economically advantageous sources of energy. We have no objections to that.""",
     expected=[
        dict(speaker="Georgy Zinoviev", alt=["Russian Foreign Ministry"], treaty=True, snippet='there are no "northern territories" on the map of the world'),
        dict(speaker="Georgy Zinoviev", alt=["Russian Foreign Ministry"], treaty=True, snippet="the sovereignty of the Russian Federation over them is not subject to discussion"),
        dict(speaker="Georgy Zinoviev", alt=["Russian Foreign Ministry"], treaty=True, snippet="we do not intend to continue negotiations on a peace treaty with a country"),
        dict(speaker="Georgy Zinoviev", alt=["Russian Foreign Ministry"], treaty=True, snippet="impossible to discuss a fundamental document on relations with a state"),
        dict(speaker="Georgy Zinoviev", alt=["Russian Foreign Ministry"], treaty=False, snippet="frozen its payments under the 1998 agreement on fishing near the southern Kurils"),
        dict(speaker="Georgy Zinoviev", alt=["Russian Foreign Ministry"], treaty=False, snippet="Visits by Japanese citizens to graves of their relatives may be considered"),
        dict(speaker="Georgy Zinoviev", alt=["Russian Foreign Ministry"], treaty=False, snippet="Japanese business does not want to lose reliable and economically advantageous"),
     ],
     not_statements=["Yesterday Japan again marked its so-called Northern Territories Day",
                     "Prime Minister Fumio Kishida spoke at the rally in Tokyo",
                     "the dialogue on a peace treaty could be resumed this year",
                     "Last year Russia withdrew from the agreements on visa-free exchanges."]),
]
