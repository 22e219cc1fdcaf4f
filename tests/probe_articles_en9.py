# Hand-written English test articles for treatywatch.statements.extract_statements (round 9: readouts and accounts
# of meetings and calls, and explainers recalling old words).
# All texts are original (written for this test), loosely modelled on real events 1991-2024; events, outlets and
# phrasings differ from rounds 1-8 (tests/probe_articles_en.py ... tests/probe_articles_en8.py).
# expected: dict(speaker, treaty (True/False/None), snippet, [alt], [optional])
# not_statements: substrings that must not yield a peace_treaty=True statement.

# Half the pages (E9-01..E9-10) are official readouts and press accounts of meetings and calls:
# - en.kremlin.ru: the short "Telephone conversation" form (Putin-Suga, 2020) and the 2013 Moscow talks page with
#   the press statements (Abe "retranslated") and a reporter's question recalling "hikiwake";
# - mofa.go.jp: the numbered readout of the Kishida-Putin telephone talk (2021) and of the Vladivostok summit (2019);
# - mid.ru: the account of Lavrov's talks with Motegi (Moscow, 2019) and of Deputy Minister Morgulov's meeting with
#   the summoned Japanese ambassador (July 2021);
# - news reports: Kyodo comparing both readouts of the Kishida-Putin call, TASS on Peskov and Ushakov recounting
#   what Putin told Abe in Buenos Aires (2018), NHK World quoting the 2016 press statement on joint economic
#   activity as a document, Reuters on the Noda-Putin meeting in Los Cabos (2012) with both sides' accounts.
# The other half (E9-11..E9-20) are explainers, obituaries, anniversary pieces and a profile that recall old words
# with their dates: The Diplomat (the 2020 constitutional amendment), AP (Abe obituary), The Japan Times
# (Gorbachev's death and his 1991 visit), Kyodo (Yeltsin's death, 2007), a Reuters Q&A (March 2022), Nikkei Asia
# (profile of Suga), RT (what the 1956 declaration says), The Asahi Shimbun AJW (20 years after Irkutsk), Mainichi
# (Northern Territories Day, 2024) and a machine-English aggregator copy of a RIA Novosti dossier (2023).
# Labels: words a readout attributes to a named leader are that leader's statement (alt: the issuing institution),
# also when one side's readout speaks for the other side's leader; "the Russian side stressed" in a MID account is
# the ministry (alt: Lavrov); a spokesman recounting what his principal told the other leader gives the principal's
# statement (alt: the spokesman) and the spokesman's own lines are his; paraphrases ("expressed the hope that",
# "voiced readiness") count.
# Speakers named by title only, decided by the date of the recalled words: "the then prime minister" (1991: Toshiki
# Kaifu; 1993: Morihiro Hosokawa; 1997: Ryutaro Hashimoto; 2001: Yoshiro Mori; 2011: Naoto Kan), "then prime
# minister" Putin (March 2012), "the then president" (2010: Dmitry Medvedev), "the chief cabinet secretary" /
# "the top government spokesman" (2007: Yasuhisa Shiozaki; 2016-2020: Yoshihide Suga; March 2021: Katsunobu Kato;
# October 2021 and August 2022: Hirokazu Matsuno), "the foreign minister" (2001: Makiko Tanaka; 2007: Taro Aso;
# 2016: Fumio Kishida), "the deputy minister" (2019: Igor Morgulov; 2023: Andrei Rudenko), "the Kremlin aide"
# (Yuri Ushakov), "Russia's ambassador in Tokyo" (2021: Mikhail Galuzin).
# Traps: the readouts' own narration ("The two leaders exchanged views", "agreed to continue", "welcomed the
# agreement"), "The Ambassador set out the Japanese position" with no content, documents quoted (the 2013 joint
# statement's "abnormal" clause, the 2016 press statement, the 1956 declaration, the 1993 Tokyo Declaration, the
# 2001 Irkutsk statement, the 1991 joint communique, the amended Russian Constitution, the 1855 Shimoda treaty),
# the writer's history and analysis ("Moscow's account made no mention of Singapore"), reporters' questions
# retelling old words, anonymous officials and sources, polls (Levada, Cabinet Office), page furniture.
# Optional: protests over visits with no explicit claim, joint economic activity "under Russian law" with no link to
# the treaty, condolences and courtesies, former PM Mori as a private person in 2021, a "next question" non-answer,
# named analysts, Putin's account relayed by unnamed Japanese officials.
ARTICLES = []

# ---------------------------------------------------------------- readouts: Kremlin, MOFA, Kyodo, MOFA
ARTICLES += [
dict(id="E9-01", outlet="President of Russia", url="http://en.kremlin.ru/events/president/news/64113", published="2020-09-29",
     title="Telephone conversation with Prime Minister of Japan Yoshihide Suga",
     text="""Telephone conversation with Prime Minister of Japan Yoshihide Suga

Vladimir Putin had a telephone conversation with Prime Minister of Japan Yoshihide Suga.

September 29, 2020
13:10
Novo-Ogaryovo

The President of Russia once again congratulated Yoshihide Suga on taking office as head of the Japanese Government and wished him every success.

Vladimir Putin noted the progress made in Russian-Japanese relations in recent years, not least thanks to his constructive work with former Prime Minister Shinzo Abe, and stressed that Russia was ready to continue joint work with the new Japanese cabinet on the entire range of bilateral issues, including the conclusion of a peace treaty.

Yoshihide Suga said his government would maintain continuity in its policy towards Russia and that Tokyo intended to move forward the negotiations on a peace treaty on the basis of the agreements reached earlier at the highest level. He expressed the hope of meeting the President of Russia in person once the epidemiological situation permits.

The leaders discussed cooperation in countering the coronavirus infection, including possible joint work on vaccines and medicines. Vladimir Putin informed his counterpart about the registration in Russia of the Sputnik V vaccine and said Russian specialists were open to contacts with Japanese colleagues.

It was agreed to continue dialogue through the foreign ministries and the special representatives of the leaders, and to keep in contact at the highest level.

Topics
Foreign policy
Persons
Suga Yoshihide
Countries
Japan

Publication status
Published in section: News
Publication date: September 29, 2020, 13:10
Direct link: en.kremlin.ru/d/64113""",
     expected=[
        dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=True, snippet="Russia was ready to continue joint work with the new Japanese cabinet"),
        dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=None, optional=True, snippet="noted the progress made in Russian-Japanese relations in recent years"),
        dict(speaker="Yoshihide Suga", alt=["Kremlin"], treaty=True, snippet="Tokyo intended to move forward the negotiations on a peace treaty"),
        dict(speaker="Yoshihide Suga", alt=["Kremlin"], treaty=None, snippet="maintain continuity in its policy towards Russia"),
        dict(speaker="Yoshihide Suga", alt=["Kremlin"], treaty=False, optional=True, snippet="expressed the hope of meeting the President of Russia in person"),
        dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=False, snippet="Russian specialists were open to contacts with Japanese colleagues"),
     ],
     not_statements=["The leaders discussed cooperation in countering the coronavirus infection",
                     "It was agreed to continue dialogue through the foreign ministries",
                     "Vladimir Putin had a telephone conversation with Prime Minister of Japan Yoshihide Suga.",
                     "Published in section: News",
                     "Direct link: en.kremlin.ru/d/64113"]),

dict(id="E9-02", outlet="Ministry of Foreign Affairs of Japan", url="https://www.mofa.go.jp/erp/rss/northern/page1e_000361.html", published="2021-10-07",
     title="Japan-Russia Summit Telephone Talk",
     text="""Japan-Russia Summit Telephone Talk

Japanese
Japan-Russia Relations

October 7, 2021

On October 7, starting at 5:30 p.m. for approximately 25 minutes, Mr. KISHIDA Fumio, Prime Minister of Japan, held a summit telephone talk with H.E. Mr. Vladimir Putin, President of the Russian Federation. The overview is as follows.

1. At the outset, President Putin congratulated Prime Minister Kishida on his assumption of office, and Prime Minister Kishida in turn offered his birthday greetings to President Putin.

2. Prime Minister Kishida stated that Japan attaches importance to its relations with Russia, an important neighbour, and that he intends to advance Japan-Russia relations as a whole, including the peace treaty issue, in a mutually beneficial manner. Prime Minister Kishida also stated that he is determined to tackle the Northern Territories issue together with President Putin so that it is not handed down to the next generation.

3. In response, President Putin stated that he looks forward to a working relationship with Prime Minister Kishida and that Russia is prepared to continue dialogue on all bilateral matters, the peace treaty issue among them.

4. The two leaders confirmed that they would firmly pursue the peace treaty negotiations based on the agreements reached between the two countries to date, including the agreement in Singapore in 2018.

5. Prime Minister Kishida expressed the hope that the grave visits by former island residents, including those by aircraft, would resume as soon as the COVID-19 situation allows, and requested Russia's cooperation. President Putin replied that the Russian side would look into the matter.

6. The two leaders also exchanged views on the regional situation, including North Korea, and agreed to keep in close communication.

(Related Links)
Press Conference by the Prime Minister regarding the Telephone Talk (Prime Minister's Office of Japan)
Japan-Russia Relations (Basic Data)

Back to Japan-Russia Relations""",
     expected=[
        dict(speaker="Fumio Kishida", alt=["Japanese Foreign Ministry"], treaty=True, snippet="advance Japan-Russia relations as a whole, including the peace treaty issue"),
        dict(speaker="Fumio Kishida", alt=["Japanese Foreign Ministry"], treaty=True, snippet="so that it is not handed down to the next generation"),
        dict(speaker="Vladimir Putin", alt=["Japanese Foreign Ministry"], treaty=True, snippet="Russia is prepared to continue dialogue on all bilateral matters"),
        dict(speaker="Vladimir Putin", alt=["Japanese Foreign Ministry"], treaty=False, optional=True, snippet="he looks forward to a working relationship with Prime Minister Kishida"),
        dict(speaker="Fumio Kishida", alt=["Japanese Foreign Ministry"], treaty=False, snippet="the grave visits by former island residents, including those by aircraft"),
        dict(speaker="Vladimir Putin", alt=["Japanese Foreign Ministry"], treaty=False, snippet="the Russian side would look into the matter"),
     ],
     not_statements=["President Putin congratulated Prime Minister Kishida on his assumption of office",
                     "exchanged views on the regional situation, including North Korea",
                     "Press Conference by the Prime Minister regarding the Telephone Talk",
                     "held a summit telephone talk with H.E. Mr. Vladimir Putin",
                     "Japan-Russia Relations (Basic Data)"]),

dict(id="E9-03", outlet="Kyodo News", url="https://english.kyodonews.net/news/2021/10/7b3e1a9c40de-kishida-putin-accounts-of-1st-phone-talks-differ-on-singapore-deal.html", published="2021-10-08",
     title="Kishida, Putin accounts of 1st phone talks differ on Singapore deal",
     text="""KYODO NEWS - Oct 8, 2021 - 19:02 | World, All

Japan and Russia issued differing accounts of the first telephone talks between Prime Minister Fumio Kishida and President Vladimir Putin, with Moscow's version making no mention of the 2018 Singapore agreement that Tokyo sees as the basis of negotiations over the disputed islands.

Speaking to reporters at his office after the roughly 25-minute call on Thursday evening, Kishida said, "We confirmed that we will firmly work on the peace treaty negotiations based on the agreements accumulated so far, including the one reached in Singapore." He added that he hoped to "build a relationship of trust" with Putin through repeated talks.

The Kremlin's readout said Putin had expressed readiness to keep up dialogue "on the whole range of issues," and quoted him as stressing that progress on a peace treaty required "creating a favorable atmosphere" through broader economic and humanitarian cooperation. It did not refer to the Singapore deal, under which Putin and then Prime Minister Shinzo Abe agreed to speed up talks on the basis of a 1956 joint declaration that promised the handover of two of the islands after a treaty is signed.

Asked on Friday whether the leaders had discussed the territorial row, Kremlin spokesman Dmitry Peskov said the call had confirmed "the interest of both sides in continuing the dialogue at all levels," adding that face-to-face contacts would depend on the pandemic.

Japan's top government spokesman told a regular press conference on Friday that Tokyo would "persistently negotiate" under its basic policy of resolving the territorial issue and then concluding a peace treaty, and that nothing in the Russian readout changed that.

A Japanese government source said Moscow appeared to be keeping its distance from the Singapore framework since the amendment of the Russian Constitution last year.

In his first policy speech to the Diet on Friday afternoon, Kishida said he would aim to resolve the territorial issue and conclude a peace treaty while developing relations with Russia as a whole.

The Soviet Union seized the islands off Hokkaido at the end of World War II, and the dispute has prevented the two countries from signing a postwar peace treaty.

Related coverage:
Kishida to hold talks with Biden, Morrison in first calls as premier""",
     expected=[
        dict(speaker="Fumio Kishida", treaty=True, snippet="firmly work on the peace treaty negotiations based on the agreements accumulated"),
        dict(speaker="Fumio Kishida", treaty=None, optional=True, snippet='"build a relationship of trust" with Putin through repeated talks'),
        dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=True, snippet="progress on a peace treaty required"),
        dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=None, snippet='readiness to keep up dialogue "on the whole range of issues,"'),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=None, snippet="the interest of both sides in continuing the dialogue at all levels"),
        dict(speaker="Hirokazu Matsuno", alt=["Japanese government", "Chief Cabinet Secretary"], treaty=True, snippet='Tokyo would "persistently negotiate" under its basic policy'),
        dict(speaker="Fumio Kishida", treaty=True, snippet="he would aim to resolve the territorial issue and conclude a peace treaty"),
     ],
     not_statements=["with Moscow's version making no mention of the 2018 Singapore agreement",
                     "a 1956 joint declaration that promised the handover of two of the islands",
                     "Moscow appeared to be keeping its distance from the Singapore framework",
                     "the dispute has prevented the two countries from signing a postwar peace treaty",
                     "Kishida to hold talks with Biden, Morrison in first calls as premier"]),

dict(id="E9-04", outlet="Ministry of Foreign Affairs of Japan", url="https://www.mofa.go.jp/erp/rss/northern/page4e_001088.html", published="2019-09-05",
     title="Japan-Russia Summit Meeting",
     text="""Japan-Russia Summit Meeting

Japanese
Japan-Russia Relations

September 5, 2019

On September 5, commencing at 1:10 p.m. (local time) for approximately 1 hour and 40 minutes, Mr. Shinzo Abe, Prime Minister of Japan, who is visiting Vladivostok to attend the Fifth Eastern Economic Forum, held a summit meeting with H.E. Mr. Vladimir Putin, President of the Russian Federation. This was the 27th meeting between the two leaders. It included a tete-a-tete meeting of about 50 minutes attended only by interpreters. The overview is as follows.

1. Peace treaty issue
Prime Minister Abe stated that, on the basis of the agreement reached in Singapore last November, he wishes to move the negotiations forward through candid exchanges with President Putin, and to resolve the issue with his own hands. President Putin stated that he shares the intention to continue the negotiations and that the work must proceed step by step, on a basis acceptable to the peoples of both countries.

2. Joint economic activities on the Four Northern Islands
The two leaders welcomed the agreement to carry out the pilot tour for tourism on the islands from late October. Prime Minister Abe expressed the hope that the projects would take shape quickly and become a step toward the conclusion of a peace treaty. President Putin stated that Russia is interested in expanding the projects.

3. Humanitarian measures
Prime Minister Abe expressed his gratitude for Russia's cooperation in the grave visits by former island residents by aircraft in July.

4. Security
Prime Minister Abe explained that the Aegis Ashore system is purely defensive and poses no threat to Russia. President Putin expressed concern about the deployment of the US missile defence system in Japan.

5. Economy
The two leaders reviewed the progress of the Eight-point Cooperation Plan and agreed to hold the Intergovernmental Committee in Tokyo before the end of the year.

(Related Links)
Prime Minister Abe's Address at the Plenary Session of the Eastern Economic Forum""",
     expected=[
        dict(speaker="Shinzo Abe", alt=["Japanese Foreign Ministry"], treaty=True, snippet="move the negotiations forward through candid exchanges with President Putin"),
        dict(speaker="Shinzo Abe", alt=["Japanese Foreign Ministry"], treaty=True, snippet="to resolve the issue with his own hands"),
        dict(speaker="Vladimir Putin", alt=["Japanese Foreign Ministry"], treaty=True, snippet="the work must proceed step by step, on a basis acceptable to the peoples"),
        dict(speaker="Shinzo Abe", alt=["Japanese Foreign Ministry"], treaty=True, snippet="become a step toward the conclusion of a peace treaty"),
        dict(speaker="Vladimir Putin", alt=["Japanese Foreign Ministry"], treaty=None, optional=True, snippet="Russia is interested in expanding the projects"),
        dict(speaker="Shinzo Abe", alt=["Japanese Foreign Ministry"], treaty=False, snippet="the Aegis Ashore system is purely defensive and poses no threat to Russia"),
        dict(speaker="Vladimir Putin", alt=["Japanese Foreign Ministry"], treaty=False, snippet="expressed concern about the deployment of the US missile defence system"),
     ],
     not_statements=["The two leaders welcomed the agreement to carry out the pilot tour",
                     "This was the 27th meeting between the two leaders.",
                     "attended only by interpreters",
                     "agreed to hold the Intergovernmental Committee in Tokyo before the end of the year",
                     "Prime Minister Abe's Address at the Plenary Session of the Eastern Economic Forum"]),
]

# ---------------------------------------------------------------- readouts: MID (talks, summons), TASS (spokesmen)
ARTICLES += [
dict(id="E9-05", outlet="Ministry of Foreign Affairs of the Russian Federation", url="https://mid.ru/en/foreign_policy/news/3969874/", published="2019-12-19",
     title="Foreign Minister Sergey Lavrov's talks with Minister for Foreign Affairs of Japan Toshimitsu Motegi",
     text="""Foreign Minister Sergey Lavrov's talks with Minister for Foreign Affairs of Japan Toshimitsu Motegi

19 December 2019 - 20:15

On December 19, Foreign Minister Sergey Lavrov held talks in Moscow with Minister for Foreign Affairs of Japan Toshimitsu Motegi, who was in Russia on a working visit.

The ministers discussed in detail the current state and prospects of Russian-Japanese relations, with an emphasis on the implementation of the agreements reached by President of Russia Vladimir Putin and Prime Minister of Japan Shinzo Abe.

In line with the understanding reached by the leaders in Singapore in November 2018, the parties continued the dialogue on the peace treaty issue. Sergey Lavrov reaffirmed Russia's principled position that any progress is possible only on the basis of Japan's unconditional recognition of the outcome of the Second World War in its entirety, including Russia's sovereignty over the southern Kuril Islands. The Russian side underlined that the work on the treaty cannot be separated from raising the entire relationship to a qualitatively new level, including in trade, the economy and security. Toshimitsu Motegi set out the Japanese approaches.

The ministers reviewed the implementation of the pilot tourist tours to the southern Kurils held in October and agreed to continue consultations on the projects of joint economic activity. Sergey Lavrov stressed that such activity on the islands should be carried out in accordance with the legislation of the Russian Federation.

The Russian side also drew attention to the plans to deploy US Aegis Ashore missile defence systems in Japan, which create risks for the security of the Russian Federation, and expressed the hope that Tokyo would take Russia's concerns into account.

Sergey Lavrov expressed satisfaction with the growing number of mutual trips by citizens and said Russia was ready to simplify the visa regime further.

The sides agreed that the next round of talks at the foreign ministers' level would take place in Japan in 2020.

Print version
Share
Photo: Foreign Minister Sergey Lavrov and Minister for Foreign Affairs of Japan Toshimitsu Motegi before the talks""",
     expected=[
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry", "Sergey Lavrov"], treaty=True, snippet="any progress is possible only on the basis of Japan's unconditional recognition"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry", "Sergey Lavrov"], treaty=True, snippet="including Russia's sovereignty over the southern Kuril Islands"),
        dict(speaker="Russian Foreign Ministry", alt=["Sergei Lavrov", "Sergey Lavrov"], treaty=True, snippet="the work on the treaty cannot be separated from raising the entire relationship"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry", "Sergey Lavrov"], treaty=None, optional=True, snippet="carried out in accordance with the legislation of the Russian Federation"),
        dict(speaker="Russian Foreign Ministry", alt=["Sergei Lavrov", "Sergey Lavrov"], treaty=False, snippet="which create risks for the security of the Russian Federation"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry", "Sergey Lavrov"], treaty=False, snippet="Russia was ready to simplify the visa regime further"),
     ],
     not_statements=["the parties continued the dialogue on the peace treaty issue",
                     "Toshimitsu Motegi set out the Japanese approaches.",
                     "agreed to continue consultations on the projects of joint economic activity",
                     "the next round of talks at the foreign ministers' level would take place in Japan",
                     "Print version"]),

dict(id="E9-06", outlet="Ministry of Foreign Affairs of the Russian Federation", url="https://mid.ru/en/foreign_policy/news/4825113/", published="2021-07-26",
     title="On the meeting of Deputy Foreign Minister Igor Morgulov with Ambassador of Japan to Russia Toyohisa Kozuki",
     text="""On the meeting of Deputy Foreign Minister Igor Morgulov with Ambassador of Japan to Russia Toyohisa Kozuki

26 July 2021 - 18:40

On July 26, Ambassador Extraordinary and Plenipotentiary of Japan to the Russian Federation Toyohisa Kozuki was summoned to the Russian Foreign Ministry.

Deputy Foreign Minister Igor Morgulov lodged a resolute protest with the Japanese side over the unfriendly steps taken by official Tokyo in recent days in the context of Japan's territorial claims against our country, including the representations made earlier today to the Russian Ambassador in Tokyo in connection with the working trip of the Chairman of the Government of the Russian Federation to the Kuril Islands.

Igor Morgulov emphasised that trips by Russian officials to any part of the territory of the Russian Federation, the southern Kurils included, are an internal matter of our country and cannot be the subject of demarches by foreign states.

The Japanese partners were strongly urged not to slide into a destructive line in bilateral relations and to return to implementing the leaders' agreements on raising Russian-Japanese ties to a qualitatively new level through the comprehensive development of trade and economic cooperation, confidence-building in the security sphere and closer positions on international affairs.

Igor Morgulov also noted that the special preferential regime for investors on the Kuril Islands now being prepared on the instructions of the President of Russia would be open to Japanese companies as well.

The Ambassador set out the Japanese position.

Earlier in the day, Prime Minister Mikhail Mishustin visited the island of Iturup at the start of a working trip to the Far East and Siberia.

Print version
Share
Tags: Japan, Asia-Pacific region, Bilateral relations""",
     expected=[
        dict(speaker="Igor Morgulov", alt=["Russian Foreign Ministry"], treaty=True, snippet="in the context of Japan's territorial claims against our country"),
        dict(speaker="Igor Morgulov", alt=["Russian Foreign Ministry"], treaty=True, snippet="the territory of the Russian Federation, the southern Kurils included"),
        dict(speaker="Igor Morgulov", alt=["Russian Foreign Ministry"], treaty=True, snippet="cannot be the subject of demarches by foreign states"),
        dict(speaker="Russian Foreign Ministry", alt=["Igor Morgulov"], treaty=None, snippet="not to slide into a destructive line in bilateral relations"),
        dict(speaker="Igor Morgulov", alt=["Russian Foreign Ministry"], treaty=None, optional=True, snippet="would be open to Japanese companies as well"),
     ],
     not_statements=["The Ambassador set out the Japanese position.",
                     "was summoned to the Russian Foreign Ministry",
                     "Prime Minister Mikhail Mishustin visited the island of Iturup",
                     "Tags: Japan, Asia-Pacific region, Bilateral relations"]),

dict(id="E9-07", outlet="TASS", url="https://tass.com/politics/1034127", published="2018-12-03",
     title="Putin told Abe peace treaty work needs patience, not deadlines - Kremlin",
     text="""Putin told Abe peace treaty work needs patience, not deadlines - Kremlin

According to the Kremlin spokesman, the two leaders agreed in Buenos Aires on the format of the upcoming talks

MOSCOW, December 3. /TASS/. Russian President Vladimir Putin told Japanese Prime Minister Shinzo Abe during their meeting on the sidelines of the G20 summit in Buenos Aires that the work on a peace treaty should be conducted "patiently, without artificial deadlines," Kremlin Spokesman Dmitry Peskov said on Monday.

"The president said that all the issues must be worked through thoroughly and that no one should try to hurry the process by setting dates," Peskov told reporters. According to him, Putin also told Abe that any solution "must be acceptable to the peoples of both countries and supported by public opinion in Russia and Japan."

Peskov declined to go into detail. "These are very delicate negotiations, and we will not make their content public. Discussing them through the media would only do harm," he said.

On Saturday, presidential aide Yuri Ushakov told reporters in Buenos Aires that the leaders had agreed to put Foreign Ministers Sergey Lavrov and Taro Kono in charge of the talks, with Deputy Foreign Minister Igor Morgulov and Japan's Deputy Foreign Minister Takeo Mori acting as special representatives. "The work will be intensive, but nobody is talking about any time frame," Ushakov said.

Abe told Japanese reporters after the meeting that he wanted to "move the negotiations forward with a sense of speed" on the basis of the 1956 declaration.

A source in the Japanese delegation told TASS the first round between the ministers could take place in January.

Russia and Japan have been holding talks on a peace treaty since the middle of the 20th century. The main stumbling block is the issue of the southern Kuril Islands. In November, Putin and Abe agreed in Singapore to accelerate the negotiations on the basis of the 1956 Soviet-Japanese Declaration.

Read also
Lavrov, Kono to hold talks on peace treaty in Moscow in January - source""",
     expected=[
        dict(speaker="Vladimir Putin", alt=["Dmitry Peskov", "Kremlin"], treaty=True, snippet='"patiently, without artificial deadlines,"'),
        dict(speaker="Vladimir Putin", alt=["Dmitry Peskov", "Kremlin"], treaty=True, snippet="no one should try to hurry the process by setting dates"),
        dict(speaker="Vladimir Putin", alt=["Dmitry Peskov", "Kremlin"], treaty=True, snippet="must be acceptable to the peoples of both countries and supported by public"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="These are very delicate negotiations, and we will not make their content public"),
        dict(speaker="Yuri Ushakov", alt=["Kremlin"], treaty=True, snippet="The work will be intensive, but nobody is talking about any time frame"),
        dict(speaker="Shinzo Abe", treaty=True, snippet='"move the negotiations forward with a sense of speed"'),
     ],
     not_statements=["A source in the Japanese delegation told TASS the first round",
                     "Russia and Japan have been holding talks on a peace treaty since the middle",
                     "The main stumbling block is the issue of the southern Kuril Islands.",
                     "Putin and Abe agreed in Singapore to accelerate the negotiations",
                     "Lavrov, Kono to hold talks on peace treaty in Moscow in January - source"]),
]

# ---------------------------------------------------------------- readouts: Kremlin transcript, NHK, Reuters
ARTICLES += [
dict(id="E9-08", outlet="President of Russia", url="http://en.kremlin.ru/events/president/news/18016", published="2013-04-29",
     title="Russian-Japanese talks",
     text="""Russian-Japanese talks

Vladimir Putin held talks in the Kremlin with Prime Minister of Japan Shinzo Abe, who is in Russia on an official visit.

April 29, 2013
17:00
The Kremlin, Moscow

Following the talks, the two leaders adopted a Joint Statement on the Development of the Russian-Japanese Partnership. In it, the President and the Prime Minister "agreed that the situation in which no peace treaty has been concluded between Russia and Japan 67 years after the end of the Second World War is abnormal" and instructed their foreign ministries to speed up work on a mutually acceptable solution. A package of documents on cooperation in energy, healthcare, agriculture and finance was signed in the presence of the two leaders.

* * *

Press statements and answers to journalists' questions following Russian-Japanese talks

Vladimir Putin: Mr Prime Minister, ladies and gentlemen,

This is the first official visit by a Japanese head of government to Russia in ten years, and our talks were detailed and, I would say, businesslike.

Naturally, we discussed the peace treaty. It is a difficult problem that we inherited from the past, and I will not pretend that it can be solved in a single stroke. We agreed to instruct our foreign ministries to step up the search for options that would suit both Russia and Japan.


Japan is one of our key partners in the Asia-Pacific region. Last year our trade exceeded $30 billion, a record. Russia is prepared to increase supplies of liquefied natural gas to Japan, and we welcome the participation of Japanese companies in projects in the Russian Far East. We also agreed to set up a 2+2 format of consultations between our foreign and defence ministers.

Shinzo Abe (retranslated): I am glad that the President and I agreed to restart the peace treaty negotiations, which had been at a standstill, and to accelerate them. Our aim is to find a solution acceptable to both sides to the question of the attribution of the four islands.

I also attach great importance to our energy cooperation and to the work of Japanese businesses in Russia.

Question (NHK): Mr President, in March last year, before your election, you told foreign editors that you wanted a "hikiwake", a draw, on the territorial question. What does a draw mean in practice? And Prime Minister Abe, do you share that approach?

Vladimir Putin: I did say that, and I am not taking it back. It is a judo term: neither side wins and neither side loses. What that means in concrete terms is for our diplomats to work out, not for me to announce at a press conference.

Shinzo Abe (retranslated): I see the President's words as an expression of his will to settle this issue. I practise judo a little myself, and I would like us both to make an effort so that neither side feels it has lost.

Question (Rossiya TV channel): Mr Abe, Japanese companies have been cautious about investing in Siberia. Will that change?

Shinzo Abe (retranslated): More than 100 Japanese companies took part in the business forum today. I think this speaks for itself.

Vladimir Putin: Thank you.""",
     expected=[
        dict(speaker="Vladimir Putin", treaty=True, snippet="It is a difficult problem that we inherited from the past"),
        dict(speaker="Vladimir Putin", treaty=True, snippet="step up the search for options that would suit both Russia and Japan"),
        dict(speaker="Vladimir Putin", treaty=False, snippet="Russia is prepared to increase supplies of liquefied natural gas to Japan"),
        dict(speaker="Shinzo Abe", alt=["Kremlin"], treaty=True, snippet="restart the peace treaty negotiations, which had been at a standstill"),
        dict(speaker="Shinzo Abe", alt=["Kremlin"], treaty=True, snippet="to the question of the attribution of the four islands"),
        dict(speaker="Vladimir Putin", treaty=True, snippet="neither side wins and neither side loses"),
        dict(speaker="Shinzo Abe", alt=["Kremlin"], treaty=True, snippet="so that neither side feels it has lost"),
        dict(speaker="Shinzo Abe", alt=["Kremlin"], treaty=False, optional=True, snippet="More than 100 Japanese companies took part in the business forum today"),
     ],
     not_statements=["no peace treaty has been concluded between Russia and Japan 67 years after the end",
                     'you told foreign editors that you wanted a "hikiwake", a draw',
                     "A package of documents on cooperation in energy, healthcare, agriculture",
                     "This is the first official visit by a Japanese head of government to Russia in ten years",
                     "Japanese companies have been cautious about investing in Siberia"]),

dict(id="E9-09", outlet="NHK World", url="https://www3.nhk.or.jp/nhkworld/en/news/20161216_31/", published="2016-12-16",
     title="Abe, Putin agree to start talks on joint economic activity on 4 islands",
     text="""NHK WORLD-JAPAN > News > Politics

Abe, Putin agree to start talks on joint economic activity on 4 islands

Dec. 16, 2016 - 21:34 JST

Japanese Prime Minister Shinzo Abe and Russian President Vladimir Putin have agreed to begin consultations on joint economic activities on the four Russian-held islands off Hokkaido.

A press statement released after their second day of talks in Tokyo says the start of the consultations "could become an important step toward the conclusion of a peace treaty" and that the activities "will not prejudice the positions" of either side on the islands.

At a joint news conference, Abe said the projects would be carried out under a special framework that does not harm the legal positions of Japan or Russia. "It is our responsibility to end the abnormal situation in which there is still no peace treaty more than 70 years after the war," he said.

Putin said the most important thing was to conclude a peace treaty, and that the two countries should stop "endlessly going back and forth over who the islands belonged to in the past." He said the economic projects should help "create the atmosphere of trust" needed for a solution. He also said Russia had to take into account Japan's obligations under its security treaty with the United States.

Speaking to Russian reporters, Kremlin aide Yuri Ushakov said the activities would be conducted in line with Russian legislation and that the sovereignty of the islands "was not discussed and is not up for discussion."

Japan's Foreign Minister Fumio Kishida told reporters the special framework would be designed so that "neither country's law is imposed on the other" on the islands.

The two leaders also agreed to simplify procedures for former island residents visiting family graves.

Hiroshi Sato, an 84-year-old former resident of Shikotan who watched the news conference in Nemuro, said he was disappointed there was no mention of returning the islands.

Related Stories
Abe hosts Putin at hot-spring resort in Yamaguchi
Japan, Russia sign 80 economic deals""",
     expected=[
        dict(speaker="Shinzo Abe", treaty=True, snippet="does not harm the legal positions of Japan or Russia"),
        dict(speaker="Shinzo Abe", treaty=True, snippet="end the abnormal situation in which there is still no peace treaty"),
        dict(speaker="Vladimir Putin", treaty=True, snippet="the most important thing was to conclude a peace treaty"),
        dict(speaker="Vladimir Putin", treaty=True, snippet="endlessly going back and forth over who the islands belonged to"),
        dict(speaker="Vladimir Putin", treaty=None, snippet="obligations under its security treaty with the United States"),
        dict(speaker="Yuri Ushakov", alt=["Kremlin"], treaty=True, snippet='"was not discussed and is not up for discussion."'),
        dict(speaker="Fumio Kishida", alt=["Japanese Foreign Ministry"], treaty=True, snippet="neither country's law is imposed on the other"),
        dict(speaker="Hiroshi Sato", treaty=True, optional=True, snippet="disappointed there was no mention of returning the islands"),
     ],
     not_statements=["could become an important step toward the conclusion of a peace treaty",
                     "will not prejudice the positions",
                     "agreed to simplify procedures for former island residents visiting family graves",
                     "Abe hosts Putin at hot-spring resort in Yamaguchi",
                     "Japan, Russia sign 80 economic deals"]),

dict(id="E9-10", outlet="Reuters", url="https://www.reuters.com/article/us-g20-japan-russia-idUSBRE85I05W20120619", published="2012-06-19",
     title="Japan's Noda, Russia's Putin agree to revive island talks",
     text="""Japan's Noda, Russia's Putin agree to revive island talks

By Reuters Staff
2 Min Read

LOS CABOS, Mexico (Reuters) - Japanese Prime Minister Yoshihiko Noda and Russian President Vladimir Putin agreed on Monday to breathe new life into talks on a territorial row that has kept the two countries from signing a peace treaty formally ending World War Two.

"We agreed to restart the negotiations on the territorial issue and to conduct them in a calm atmosphere," Noda told reporters after meeting Putin for about 40 minutes on the sidelines of the Group of 20 summit, their first talks since Putin returned to the Kremlin in May.

In opening remarks published by the Kremlin, Putin said Russia and Japan had "problems left over from the past on which we must work together," and called Japan "an important partner in the Asia-Pacific region."

According to Japanese officials, Putin told Noda that he wanted to "invigorate" the discussions. Putin also invited Noda to visit Russia, and Noda accepted.

The Kremlin's written summary of the meeting focused on energy and investment and did not mention the islands.

In March, when he was still prime minister, Putin told a group of foreign newspaper editors that he wanted a "hikiwake", a judo term for a draw, in the dispute, and said Moscow was ready to go back to a 1956 declaration under which the Soviet Union offered to hand over the two smaller islands after a peace treaty.

Noda also said Japan was keen to buy more Russian liquefied natural gas as it turns to thermal power after the Fukushima nuclear disaster.

A Japanese official who briefed reporters on condition of anonymity said the atmosphere of the meeting had been "very good" but cautioned against expecting a quick breakthrough.

The islands, known in Japan as the Northern Territories and in Russia as the Southern Kurils, were seized by Soviet troops in the final days of the war.

(Reporting by Mari Hasegawa; Additional reporting by Pavel Orlov in Moscow; Editing by Simon Clarke)""",
     expected=[
        dict(speaker="Yoshihiko Noda", treaty=True, snippet="restart the negotiations on the territorial issue and to conduct them in a calm"),
        dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=True, snippet='"problems left over from the past on which we must work together,"'),
        dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=False, optional=True, snippet='"an important partner in the Asia-Pacific region."'),
        dict(speaker="Vladimir Putin", treaty=True, optional=True, snippet='he wanted to "invigorate" the discussions'),
        dict(speaker="Vladimir Putin", treaty=True, snippet='he wanted a "hikiwake", a judo term for a draw, in the dispute'),
        dict(speaker="Vladimir Putin", treaty=True, snippet="Moscow was ready to go back to a 1956 declaration"),
        dict(speaker="Yoshihiko Noda", treaty=False, snippet="Japan was keen to buy more Russian liquefied natural gas"),
     ],
     not_statements=["The Kremlin's written summary of the meeting focused on energy and investment",
                     "Putin also invited Noda to visit Russia, and Noda accepted.",
                     'the atmosphere of the meeting had been "very good"',
                     "were seized by Soviet troops in the final days of the war",
                     "(Reporting by Mari Hasegawa; Additional reporting by Pavel Orlov"]),
]

# ---------------------------------------------------------------- explainers: The Diplomat, AP obituary, The Japan Times
ARTICLES += [
dict(id="E9-11", outlet="The Diplomat", url="https://thediplomat.com/2020/07/russias-new-constitution-and-the-kuril-islands-what-changes-for-japan/", published="2020-07-07",
     title="Russia's New Constitution and the Kuril Islands: What Changes for Japan?",
     text="""Magazine | Politics | East Asia

Russia's New Constitution and the Kuril Islands: What Changes for Japan?

A clause banning the "alienation" of Russian territory is now law. Tokyo says its position has not changed.

By Natalia Ivanova-Kato
July 07, 2020

On July 4, the amendments to Russia's Constitution approved in a nationwide vote entered into force. Among them is a new paragraph in Article 67 stating that actions "aimed at alienating part of the territory of the Russian Federation," with the exception of delimitation and demarcation of the border with neighbouring states, are not permitted, nor are calls for such actions.

Tokyo's reaction was measured. Chief Cabinet Secretary Yoshihide Suga told reporters that Japan was aware of the amendment but that "our position that the four Northern Islands are Japan's inherent territory remains unchanged." The government, he said, would "persistently continue negotiations" with Moscow. Foreign Minister Toshimitsu Motegi added that the agreements between the two leaders, including the one reached in Singapore in 2018, "remain valid regardless of domestic legislation."

Moscow has long argued that there is nothing to hand over. In September 2005, Vladimir Putin said on national television that the islands were under Russian sovereignty and that this was "enshrined in international law" as a result of the Second World War. In a December 2016 interview with Japanese media before his visit to Yamaguchi, he put it more bluntly: "We believe we have no territorial problem at all. It is Japan that believes it has one." And in January 2019, after talks with his Japanese counterpart, Foreign Minister Sergey Lavrov said the first step had to be Tokyo's recognition of the results of the war "in full, including Russia's sovereignty over all the southern Kuril Islands."

In practice, the new clause gives Moscow a ready-made legal argument against any handover while leaving a loophole: the "delimitation" exception. Some Russian lawmakers have argued that the border with Japan has never been formally delimited, which would in theory leave room for the two islands promised in the 1956 declaration.

Public opinion leaves little room either. A Levada Center poll last year found that 74 percent of Russians opposed transferring any of the islands to Japan.

"The amendment changes the tone more than the substance," said Anna Mikhailova, a researcher at a Moscow think tank. "No Russian leader was going to hand over the islands without a referendum anyway."

GUEST AUTHOR
Natalia Ivanova-Kato is a researcher in Russia-Japan relations based in Sapporo.

TAGS
East Asia, Japan, Russia, Kuril Islands, Russian Constitution""",
     expected=[
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=True, snippet="the four Northern Islands are Japan's inherent territory remains unchanged"),
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=True, snippet='"persistently continue negotiations" with Moscow'),
        dict(speaker="Toshimitsu Motegi", alt=["Japanese Foreign Ministry"], treaty=True, snippet='"remain valid regardless of domestic legislation."'),
        dict(speaker="Vladimir Putin", treaty=True, snippet='"enshrined in international law" as a result of the Second World War'),
        dict(speaker="Vladimir Putin", treaty=True, snippet="We believe we have no territorial problem at all."),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry", "Sergey Lavrov"], treaty=True, snippet="including Russia's sovereignty over all the southern Kuril Islands"),
        dict(speaker="Anna Mikhailova", treaty=True, optional=True, snippet="The amendment changes the tone more than the substance"),
     ],
     not_statements=['actions "aimed at alienating part of the territory of the Russian Federation,"',
                     "the new clause gives Moscow a ready-made legal argument against any handover",
                     "the border with Japan has never been formally delimited",
                     "74 percent of Russians opposed transferring any of the islands to Japan",
                     "Moscow has long argued that there is nothing to hand over."]),

dict(id="E9-12", outlet="AP", url="https://apnews.com/article/shinzo-abe-russia-putin-islands-obituary-5c1f0e8a7d2b", published="2022-07-08",
     title="Abe courted Putin for years but never got the islands back",
     text="""Abe courted Putin for years but never got the islands back

By KEN MORIYAMA
July 8, 2022

TOKYO (AP) — Shinzo Abe, Japan's longest-serving prime minister, who died Friday after being shot during a campaign speech in the western city of Nara, spent more political capital on Russia than any Japanese leader since the war, and came away with little to show for it.

Abe met Vladimir Putin 27 times, more than any other foreign leader, in an effort to settle the dispute over four islands seized by Soviet troops in 1945 and sign a peace treaty.

In May 2016, at Putin's residence in the Black Sea resort of Sochi, Abe proposed what he called a "new approach" built on economic cooperation, and said afterward that he had "a sense of a breakthrough" in the stalled talks. Two years later, at a forum in Vladivostok with Abe sitting beside him, Putin suggested the two countries sign a peace treaty "by the end of the year, without any preconditions," an offer Tokyo politely declined.

Abe kept pressing. Addressing Putin by his first name from the stage of the same forum in 2019, he said, "Vladimir, let us run the rest of this race together, all the way to the finish line."

When he announced his resignation for health reasons in August 2020, Abe said it was "heart-wrenching" to leave office without concluding a peace treaty.

After Russia invaded Ukraine in February, Prime Minister Fumio Kishida's government joined Western sanctions, and Moscow in March suspended the peace treaty talks altogether.

In a message of condolence to Abe's widow, Akie, and his mother, Yoko, Putin called him "an outstanding statesman" who "did much to develop good-neighborly relations between our countries."

Kishida, visibly shaken, told reporters: "We have lost a great leader who loved his country."

Analysts say Abe's Russia strategy rested on a bet that personal chemistry with Putin could overcome decades of mistrust, a bet that did not pay off.

Associated Press writer Olga Belova in Moscow contributed to this report.""",
     expected=[
        dict(speaker="Shinzo Abe", treaty=True, snippet='"a sense of a breakthrough" in the stalled talks'),
        dict(speaker="Vladimir Putin", treaty=True, snippet='"by the end of the year, without any preconditions,"'),
        dict(speaker="Shinzo Abe", treaty=None, snippet="let us run the rest of this race together"),
        dict(speaker="Shinzo Abe", treaty=True, snippet='"heart-wrenching" to leave office without concluding a peace treaty'),
        dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=False, snippet="did much to develop good-neighborly relations between our countries"),
        dict(speaker="Fumio Kishida", treaty=False, optional=True, snippet="We have lost a great leader who loved his country."),
     ],
     not_statements=["Abe met Vladimir Putin 27 times, more than any other foreign leader",
                     "an offer Tokyo politely declined",
                     "Moscow in March suspended the peace treaty talks altogether",
                     "Abe's Russia strategy rested on a bet that personal chemistry with Putin",
                     "Associated Press writer Olga Belova in Moscow contributed to this report."]),

dict(id="E9-13", outlet="The Japan Times", url="https://www.japantimes.co.jp/news/2022/08/31/national/politics-diplomacy/gorbachev-japan-visit-islands/", published="2022-08-31",
     title="Gorbachev, first Soviet leader to visit Japan, put the islands on the table",
     text="""NATIONAL / POLITICS & DIPLOMACY

Gorbachev, first Soviet leader to visit Japan, put the islands on the table

by Kenji Hayashida
Staff writer
Aug 31, 2022

Mikhail Gorbachev, who died in Moscow on Tuesday at 91, is remembered in Japan above all for a single week in April 1991, when he became the first Soviet leader to set foot in the country.

For decades, Moscow had insisted that no territorial problem with Japan existed. The joint communique Gorbachev signed in Tokyo changed that: it listed Habomai, Shikotan, Kunashiri and Etorofu by name as the subject of talks on "territorial demarcation."

"For the first time, the Soviet side has put in writing that the four islands are what we are negotiating about," the then prime minister told reporters at the end of the visit.

Gorbachev himself was cautious. "Problems that have piled up over decades cannot be solved in a few days, and we have to be realistic," he said at a news conference in Tokyo. He also said the Soviet Union was ready to reduce its troops on the islands and to open them to visits by Japanese citizens without visas, a proposal that led to the visa-free exchange program launched the following year.

On Wednesday, Prime Minister Fumio Kishida said Gorbachev had "made a great contribution to ending the Cold War" and had worked to improve relations between Japan and the Soviet Union.

Japan's top government spokesman told a news conference that the 1991 communique "remains one of the foundations" of Japan's negotiating position. "Our basic policy of resolving the territorial issue and concluding a peace treaty has not changed," he said, "even though the situation is extremely severe because of Russia's aggression against Ukraine."

Moscow suspended the peace treaty talks in March and later scrapped the visa-free exchanges that grew out of Gorbachev's visit.

In Nemuro, the Hokkaido city closest to the islands, a memorial book for Gorbachev was opened at city hall on Wednesday.

KEYWORDS
Russia, Mikhail Gorbachev, Northern Territories, Kuril Islands""",
     expected=[
        dict(speaker="Toshiki Kaifu", treaty=True, snippet="put in writing that the four islands are what we are negotiating about"),
        dict(speaker="Mikhail Gorbachev", treaty=True, snippet="Problems that have piled up over decades cannot be solved in a few days"),
        dict(speaker="Mikhail Gorbachev", treaty=None, snippet="ready to reduce its troops on the islands and to open them to visits"),
        dict(speaker="Fumio Kishida", treaty=False, snippet='"made a great contribution to ending the Cold War"'),
        dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=True, snippet='"remains one of the foundations" of Japan\'s negotiating position'),
        dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=True, snippet="Our basic policy of resolving the territorial issue and concluding"),
     ],
     not_statements=["Moscow had insisted that no territorial problem with Japan existed",
                     "listed Habomai, Shikotan, Kunashiri and Etorofu by name",
                     "a proposal that led to the visa-free exchange program launched the following year",
                     "Moscow suspended the peace treaty talks in March",
                     "a memorial book for Gorbachev was opened at city hall"]),
]

# ---------------------------------------------------------------- explainers: Kyodo (Yeltsin), Reuters Q&A, Nikkei profile
ARTICLES += [
dict(id="E9-14", outlet="Kyodo News", url="https://english.kyodonews.jp/news/2007/04/yeltsin-japan-reaction.html", published="2007-04-24",
     title="Abe hails Yeltsin's role in Japan ties, vows to build on Tokyo Declaration",
     text="""Abe hails Yeltsin's role in Japan ties, vows to build on Tokyo Declaration

TOKYO, April 24 (Kyodo) -- Prime Minister Shinzo Abe on Tuesday praised former Russian President Boris Yeltsin, who died in Moscow the previous day, as a leader who "opened a new era in Japan-Russia relations," and said the 1993 Tokyo Declaration he signed "remains the basis of our negotiations to resolve the territorial issue."

"I offer my heartfelt condolences to the Russian people," Abe told reporters at his office.

Yeltsin made his first visit to Japan as Russian president in October 1993. In the Tokyo Declaration, signed with then Prime Minister Morihiro Hosokawa, the two sides agreed to negotiate on the attribution of the four islands off Hokkaido on the basis of "law and justice." During the same visit, Yeltsin apologized for the "inhuman treatment" of Japanese prisoners held in Siberian labor camps after World War II.

In November 1997, Yeltsin and the then prime minister met without neckties in the Siberian city of Krasnoyarsk, where they agreed to do their utmost to conclude a peace treaty by 2000. Yeltsin told reporters at the time, "We will not leave this problem to our grandchildren." His Japanese host at the follow-up meeting in Kawana, Shizuoka Prefecture, the next spring, said he believed a treaty "settling the territorial question" could be signed within the century.

At Kawana, Japan proposed drawing the border north of Etorofu, the northernmost of the islands, a plan Moscow never accepted, and the 2000 target passed.

Foreign Minister Taro Aso said Yeltsin had "shown courage in facing the past." "It falls to us to carry on the work the two leaders began in Krasnoyarsk," he said.

The top government spokesman told a news conference that Japan would continue negotiations with the government of President Vladimir Putin "on the basis of the Tokyo Declaration and other agreements," with the aim of resolving the territorial row and signing a peace treaty.

The Japanese government will send a special envoy to Yeltsin's funeral in Moscow on Wednesday, officials said.

The dispute over the islands, which the Soviet Union seized at the end of the war, has prevented the two countries from concluding a peace treaty.

==Kyodo""",
     expected=[
        dict(speaker="Shinzo Abe", treaty=True, snippet='"remains the basis of our negotiations to resolve the territorial issue."'),
        dict(speaker="Shinzo Abe", treaty=False, optional=True, snippet="I offer my heartfelt condolences to the Russian people"),
        dict(speaker="Boris Yeltsin", treaty=False, snippet='apologized for the "inhuman treatment" of Japanese prisoners'),
        dict(speaker="Boris Yeltsin", treaty=True, snippet="We will not leave this problem to our grandchildren."),
        dict(speaker="Ryutaro Hashimoto", treaty=True, snippet='a treaty "settling the territorial question" could be signed'),
        dict(speaker="Taro Aso", alt=["Japanese Foreign Ministry"], treaty=True, snippet="carry on the work the two leaders began in Krasnoyarsk"),
        dict(speaker="Yasuhisa Shiozaki", alt=["Japanese government", "Chief Cabinet Secretary"], treaty=True, snippet='"on the basis of the Tokyo Declaration and other agreements,"'),
     ],
     not_statements=["the two sides agreed to negotiate on the attribution of the four islands",
                     "Japan proposed drawing the border north of Etorofu",
                     "a plan Moscow never accepted, and the 2000 target passed",
                     "will send a special envoy to Yeltsin's funeral",
                     "has prevented the two countries from concluding a peace treaty"]),

dict(id="E9-15", outlet="Reuters", url="https://www.reuters.com/world/asia-pacific/explainer-why-russias-exit-peace-talks-with-japan-matters-2022-03-22/", published="2022-03-22",
     title="Explainer: Why Russia's exit from peace treaty talks with Japan matters",
     text="""Explainer: Why Russia's exit from peace treaty talks with Japan matters

By Reuters
March 22, 2022 7:15 AM GMT+9

TOKYO, March 22 (Reuters) - Russia said on Monday it was pulling out of talks on a formal peace treaty with Japan because of Tokyo's sanctions over Ukraine. Here is what you need to know about the decades-old dispute.

WHAT HAPPENED?
In a statement, Russia's foreign ministry said that "under the current conditions" it did not intend to continue peace treaty negotiations, adding that it was "impossible to discuss signing a fundamental document on bilateral relations with a state that takes openly unfriendly positions." It also said it would end visa-free visits by Japanese citizens to the islands.

Prime Minister Fumio Kishida told parliament the move was "extremely unfair and absolutely unacceptable," and that Japan had lodged a strong protest. Foreign Minister Yoshimasa Hayashi said the situation had been caused by Russia's own aggression, and that shifting the blame to Japan's response was "unacceptable."

WHAT ARE THE ISLANDS?
The four islands, called the Northern Territories in Japan and the Southern Kurils in Russia, were seized by Soviet forces at the end of World War Two. About 20,000 Russians live there today.

WHAT HAVE LEADERS SAID BEFORE?
In November 2010, the then president became the first Russian leader to set foot on the islands, visiting Kunashir and calling it "an important Russian region" that would be developed. The then prime minister of Japan called the visit "an unforgivable outrage."

In January 2019, Japanese Prime Minister Shinzo Abe said the Russians living on the islands would need to "understand and accept" that sovereignty would change, prompting Moscow to summon Japan's ambassador.

WHAT NEXT?
Analysts say the move has little practical effect, since talks had been stalled for more than two years, but it removes any pretence of progress. Surveys by Japan's Cabinet Office have found declining interest in the issue among younger Japanese.

(Reporting by Yuki Aoyama in Tokyo and Moscow bureau; Editing by Martin Pearce)

Our Standards: The Thomson Reuters Trust Principles.""",
     expected=[
        dict(speaker="Russian Foreign Ministry", treaty=True, snippet="it did not intend to continue peace treaty negotiations"),
        dict(speaker="Russian Foreign Ministry", treaty=True, snippet="impossible to discuss signing a fundamental document on bilateral relations"),
        dict(speaker="Russian Foreign Ministry", treaty=None, snippet="it would end visa-free visits by Japanese citizens to the islands"),
        dict(speaker="Fumio Kishida", treaty=True, snippet='"extremely unfair and absolutely unacceptable,"'),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese Foreign Ministry"], treaty=True, snippet="the situation had been caused by Russia's own aggression"),
        dict(speaker="Dmitry Medvedev", treaty=True, snippet='"an important Russian region" that would be developed'),
        dict(speaker="Naoto Kan", treaty=None, optional=True, snippet='"an unforgivable outrage."'),
        dict(speaker="Shinzo Abe", treaty=True, snippet='"understand and accept" that sovereignty would change'),
     ],
     not_statements=["were seized by Soviet forces at the end of World War Two",
                     "About 20,000 Russians live there today.",
                     "Analysts say the move has little practical effect",
                     "Surveys by Japan's Cabinet Office have found declining interest",
                     "prompting Moscow to summon Japan's ambassador",
                     "Our Standards: The Thomson Reuters Trust Principles."]),

dict(id="E9-16", outlet="Nikkei Asia", url="https://asia.nikkei.com/Politics/Japan-s-new-leadership/Suga-Abe-s-loyal-spokesman-inherits-a-stalled-Russia-gamble", published="2020-09-14",
     title="Suga, Abe's loyal spokesman, inherits a stalled Russia gamble",
     text="""Politics
Japan's new leadership

Suga, Abe's loyal spokesman, inherits a stalled Russia gamble

Incoming premier has voiced every twist of the island talks but never led them

TAKESHI NOMURA, Nikkei staff writer
September 14, 2020 19:55 JST

TOKYO -- For nearly eight years, Yoshihide Suga was the face of Shinzo Abe's Russia policy at twice-daily news conferences. Now, as he prepares to take over as prime minister, the talks he described so often are at a standstill.

In December 2016, the chief cabinet secretary assured reporters that the planned joint economic activities on the disputed islands "will not harm Japan's legal position in any way." When then Prime Minister Dmitry Medvedev visited Etorofu in August 2019, Suga called it "extremely regrettable" and said it ran counter to Japan's position.

He was spared the worst moments. It was then Foreign Minister Taro Kono who, in December 2018, answered four questions about Russia with the words "next question."

Suga has little foreign policy experience of his own, and people close to him say he is less emotionally invested in Russia than his predecessor.

At a debate among the candidates on Saturday, Suga said he wanted to "resolve the Northern Territories issue and conclude a peace treaty, building on the relationship of trust between Prime Minister Abe and President Putin." After winning the Liberal Democratic Party leadership on Monday, he said he would "firmly carry on" Abe's diplomacy.

In Moscow, Kremlin spokesman Dmitry Peskov said Russia hoped "the constructive dialogue begun with Prime Minister Abe, including on the peace treaty, will continue with his successor."

Russian Ambassador to Japan Mikhail Galuzin told Nikkei that the 2018 Singapore agreement "remains the basis for our work," but that Tokyo must first accept "the outcome of World War II."

Read Next
Who is Yoshihide Suga? 5 things to know about Japan's next leader
Abe's legacy: The diplomacy of personal ties

Subscribe to read the full story and more Nikkei Asia coverage.""",
     expected=[
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=True, snippet='"will not harm Japan\'s legal position in any way."'),
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=None, optional=True, snippet='Suga called it "extremely regrettable"'),
        dict(speaker="Taro Kono", treaty=None, optional=True, snippet='with the words "next question."'),
        dict(speaker="Yoshihide Suga", treaty=True, snippet="resolve the Northern Territories issue and conclude a peace treaty, building"),
        dict(speaker="Yoshihide Suga", treaty=None, optional=True, snippet='he would "firmly carry on" Abe\'s diplomacy'),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="the constructive dialogue begun with Prime Minister Abe, including on the peace"),
        dict(speaker="Mikhail Galuzin", treaty=True, snippet='"remains the basis for our work,"'),
        dict(speaker="Mikhail Galuzin", treaty=True, snippet='Tokyo must first accept "the outcome of World War II."'),
     ],
     not_statements=["the talks he described so often are at a standstill",
                     "Suga has little foreign policy experience of his own",
                     "people close to him say he is less emotionally invested in Russia",
                     "Who is Yoshihide Suga? 5 things to know about Japan's next leader",
                     "Subscribe to read the full story"]),
]

# ---------------------------------------------------------------- explainers: RT (1956 declaration), Asahi AJW (Irkutsk)
ARTICLES += [
dict(id="E9-17", outlet="RT", url="https://www.rt.com/news/444098-japan-kurils-1956-declaration-explained/", published="2018-11-16",
     title="Two islands, four, or none? What the 1956 Soviet-Japanese Declaration actually says",
     text="""Two islands, four, or none? What the 1956 Soviet-Japanese Declaration actually says

16 Nov, 2018 12:41 / Updated 1 hour ago
Get short URL

After Vladimir Putin and Shinzo Abe agreed in Singapore to speed up peace treaty talks "on the basis of the 1956 declaration," the decades-old document is back in the headlines. Here is what it says, and what both sides are now saying about it.

What is in the text?
The declaration, signed in Moscow on October 19, 1956, ended the state of war and restored diplomatic relations. Its Article 9 says the USSR "agrees to hand over" the Habomai islands and Shikotan to Japan, with the actual handover to take place after a peace treaty is concluded. Kunashir and Iturup are not mentioned.

In 1960, after Tokyo signed a new security treaty with Washington, Moscow sent a memorandum saying the islands would be handed over only once all foreign troops had left Japan.

What does Moscow say now?
Speaking to reporters in Singapore on Thursday, Putin said the declaration speaks of the Soviet side's readiness to hand over two islands, "but it does not say on what grounds, or under whose sovereignty they would remain." He added that this "requires serious, painstaking work."

Kremlin spokesman Dmitry Peskov stressed that going back to the 1956 text "does not mean any automatic handover of anything."

Foreign Ministry spokeswoman Maria Zakharova was even blunter: Russia's sovereignty over the southern Kurils "is not up for discussion," she told a briefing.

And Tokyo?
Abe, for his part, told Japanese reporters he was determined to settle the issue together with Putin "and not leave it to the next generation."

Is this new?
Not quite. In November 2004, Foreign Minister Sergey Lavrov said Russia, as the successor state of the USSR, regarded the declaration as binding. In 2001, the Irkutsk statement confirmed the document as the "basic legal document" for the talks.

"Nobody asked us," said a resident of Shikotan reached by RT by phone.

READ MORE: Kuril Islands residents shrug off talk of handover to Japan

Like this story? Share it with a friend!""",
     expected=[
        dict(speaker="Vladimir Putin", treaty=True, snippet="it does not say on what grounds, or under whose sovereignty they would remain"),
        dict(speaker="Vladimir Putin", treaty=True, snippet='this "requires serious, painstaking work."'),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="does not mean any automatic handover of anything"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet='"is not up for discussion," she told a briefing'),
        dict(speaker="Shinzo Abe", treaty=True, snippet='"and not leave it to the next generation."'),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry", "Sergey Lavrov"], treaty=True, snippet="regarded the declaration as binding"),
     ],
     not_statements=['Its Article 9 says the USSR "agrees to hand over" the Habomai islands',
                     "the islands would be handed over only once all foreign troops had left Japan",
                     'the Irkutsk statement confirmed the document as the "basic legal document"',
                     "Kunashir and Iturup are not mentioned.",
                     "Kuril Islands residents shrug off talk of handover to Japan",
                     "Like this story? Share it with a friend!"]),

dict(id="E9-18", outlet="The Asahi Shimbun", url="https://www.asahi.com/ajw/articles/14301877", published="2021-03-25",
     title="20 years after Irkutsk, hopes of 'two islands first' have faded",
     text="""POLITICS

20 years after Irkutsk, hopes of 'two islands first' have faded

By SHUN NAKAGAWA/ Staff Writer
March 25, 2021 at 18:20 JST

Photo/Illustration: Yoshiro Mori and Vladimir Putin shake hands in Irkutsk on March 25, 2001. (Asahi Shimbun file photo)

Twenty years ago on March 25, the leaders of Japan and Russia met in the Siberian city of Irkutsk and signed a statement that many in Tokyo then saw as the closest the two countries had come to settling the territorial dispute.

The Irkutsk statement confirmed the 1956 Japan-Soviet joint declaration as "a basic legal document that established the starting point" of negotiations, and reaffirmed the 1993 Tokyo Declaration.

"We have laid a solid foundation for negotiating the return of the islands," the then prime minister said at a news conference after the talks. Putin, for his part, told reporters that the 1956 declaration "is valid" because it had been ratified by both countries' parliaments.

The momentum did not last. A month later, Junichiro Koizumi took office, and his new foreign minister told the Diet in May that Japan would seek the return of "all four islands at once," putting an end to the idea of negotiating the two smaller islands separately.

Yoshiro Mori, now 83, who stepped down last month as president of the Tokyo Olympic organizing committee, told The Asahi Shimbun this week that the chance was lost. "We were one step away. If we had followed through on Irkutsk, two islands could have been back by now," he said.

Asked about the anniversary on Thursday, the government's top spokesman said Japan would continue negotiations "on the basis of the agreements accumulated so far, including the Irkutsk statement," in order to resolve the territorial issue and conclude a peace treaty.

Russia's ambassador in Tokyo said in an online lecture last month that the Irkutsk statement "did not and could not mean any commitment to hand over four islands."

An Asahi Shimbun survey in 2019 found that 46 percent of respondents supported seeking the return of two islands first.

RELATED ARTICLES
Russia holds drills on disputed islands, Tokyo protests
Former islanders mark 75 years since Soviet invasion""",
     expected=[
        dict(speaker="Yoshiro Mori", treaty=True, snippet="We have laid a solid foundation for negotiating the return of the islands"),
        dict(speaker="Vladimir Putin", treaty=True, snippet='the 1956 declaration "is valid" because it had been ratified'),
        dict(speaker="Makiko Tanaka", alt=["Japanese Foreign Ministry"], treaty=True, snippet='Japan would seek the return of "all four islands at once,"'),
        dict(speaker="Yoshiro Mori", treaty=True, optional=True, snippet="We were one step away. If we had followed through on Irkutsk"),
        dict(speaker="Katsunobu Kato", alt=["Japanese government", "Chief Cabinet Secretary"], treaty=True, snippet="including the Irkutsk statement,"),
        dict(speaker="Mikhail Galuzin", treaty=True, snippet="did not and could not mean any commitment to hand over four islands"),
     ],
     not_statements=['"a basic legal document that established the starting point" of negotiations',
                     "the closest the two countries had come to settling the territorial dispute",
                     "putting an end to the idea of negotiating the two smaller islands separately",
                     "46 percent of respondents supported seeking the return of two islands first",
                     "Russia holds drills on disputed islands, Tokyo protests"]),
]

# ---------------------------------------------------------------- explainers: Mainichi (Feb. 7), aggregator copy of a RIA dossier
ARTICLES += [
dict(id="E9-19", outlet="The Mainichi", url="https://mainichi.jp/english/articles/20240207/p2a/00m/0na/021000c", published="2024-02-07",
     title="Explainer: What is 'Northern Territories Day,' and why Feb. 7?",
     text="""Explainer: What is 'Northern Territories Day,' and why Feb. 7?

February 7, 2024 (Mainichi Japan)
Japanese version

TOKYO -- Every year on Feb. 7, the government and civic groups hold a national rally in Tokyo calling for the return of the four Russian-held islands off Hokkaido. Here is a look at the day's background and at what was said this year.

Why Feb. 7?
On Feb. 7, 1855, Japan and Russia signed the Treaty of Commerce, Navigation and Delimitation in Shimoda, which drew the border between Etorofu and Urup islands. The Cabinet designated the date as "Northern Territories Day" in 1981.

What did the prime minister say this year?
Speaking at the rally on Wednesday, Prime Minister Fumio Kishida said relations with Russia were "in a severe situation," but that the government's policy of "resolving the territorial issue and concluding a peace treaty remains unchanged." He also said that resuming visits by former islanders to their family graves was "one of the top priorities" in relations with Russia.

Hanako Jimi, minister in charge of Northern Territories affairs, said the movement for the return of the islands "must be handed on to young people, so that the voices of the former islanders do not fade." Hokkaido Gov. Naomichi Suzuki told the rally that the return of the four islands was "the long-cherished wish of all Hokkaido residents."

Has the wording changed?
In 2019, when peace treaty talks were active, then Prime Minister Shinzo Abe avoided the phrase "illegally occupied" in his speech. He told that year's rally: "We will patiently pursue negotiations to conclude a peace treaty, without leaving the issue to the next generation." The stronger wording returned after Russia invaded Ukraine.

How did Moscow respond?
Russian Foreign Ministry spokeswoman Maria Zakharova said on her Telegram channel that the rally was "a revanchist show," and that the southern Kurils "are Russian land, and this will not change."

Who are the former islanders?
About 17,000 Japanese lived on the islands at the end of the war. Fewer than 5,300 are still alive, and their average age is over 88.

A Cabinet Office survey in 2023 found that about two in three respondents had heard of the Northern Territories issue.

Related
Former islanders hold memorial on Hokkaido coast as grave visits remain suspended""",
     expected=[
        dict(speaker="Fumio Kishida", treaty=None, snippet='relations with Russia were "in a severe situation,"'),
        dict(speaker="Fumio Kishida", treaty=True, snippet="resolving the territorial issue and concluding a peace treaty remains unchanged"),
        dict(speaker="Fumio Kishida", treaty=False, snippet='"one of the top priorities" in relations with Russia'),
        dict(speaker="Hanako Jimi", treaty=True, snippet='"must be handed on to young people, so that the voices of the former'),
        dict(speaker="Naomichi Suzuki", treaty=True, snippet='"the long-cherished wish of all Hokkaido residents."'),
        dict(speaker="Shinzo Abe", treaty=True, snippet="We will patiently pursue negotiations to conclude a peace treaty"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet='"are Russian land, and this will not change."'),
     ],
     not_statements=["which drew the border between Etorofu and Urup islands",
                     'The Cabinet designated the date as "Northern Territories Day" in 1981.',
                     'avoided the phrase "illegally occupied" in his speech',
                     "The stronger wording returned after Russia invaded Ukraine.",
                     "their average age is over 88",
                     "about two in three respondents had heard of the Northern Territories issue"]),

dict(id="E9-20", outlet="RIA Novosti (machine-translated copy, newsworld-today.info)", url="https://newsworld-today.info/politics/2023/10/19/mirnyj-dogovor-rossii-i-yaponii-spravka.html", published="2023-10-19",
     title="Peace treaty of Russia and Japan. Reference",
     text="""NewsWorld Today | Politics | World | Economy | Incidents
19.10.2023 11:05 | Views: 2 318

Peace treaty of Russia and Japan. Reference

MOSCOW, 19 Oct - RIA Novosti. 67 years ago, 19 October 1956, in Moscow was signed the Joint declaration of USSR and Japan. The peace treaty between two countries until now is not concluded.

The question of the belonging of the southern Kuril islands has long history. By the Simodsky treatise of 1855 the border was conducted between the islands Iturup and Urup. After the Second World War all Kuril islands were included in the structure of USSR.

In the declaration of 1956 USSR agreed to transmit to Japan the island Shikotan and the group of the small islands Habomai after the conclusion of the peace treaty. In 1960 after the signing by Japan of the security treaty with USA the Soviet side refused from these obligations.

In the new time the negotiations were activated. In January 2019 the deputy minister of foreign affairs, in charge of the Asian direction, declared to the Japanese ambassador, that the position of Moscow stays unchanged: the question of the peace treaty can be solved only in the qualitatively new atmosphere of the relations, and the decision must be supported by the peoples of two countries.

In February of the same year the head of MFA Sergey Lavrov in Munich declared, that "any deadlines for the negotiations do not exist, and we are not going to set them artificially".

At the big press conference in December 2019 Vladimir Putin declared, that Russia cannot not take into account the military alliance of Japan and USA: "We do not know, what will happen after the possible transfer of the islands, will not appear there the American bases".

In March 2022 the MFA of Russia announced, that in the current conditions Russia does not intend to continue the negotiations about the peace treaty with Japan, which accepted unilateral restrictive measures.

This week the deputy minister of foreign affairs, curating the Asian direction, in the interview to RIA Novosti declared, that for the resumption of the dialogue about the peace treaty "the preconditions are absent, while Tokyo continues the openly anti-Russian line". According to him, Moscow "does not close the door", but the initiative must come from the Japanese side.

Read also: In Tokyo the rally was held demanding the "return of the northern territories"
Read also: On Kunashir the new airport terminal will be built until 2026

#Japan #Kurils #peace_treaty #reference

Source: RIA Novosti
Copying of the materials is allowed only with the active link to the source.""",
     expected=[
        dict(speaker="Igor Morgulov", alt=["Russian Foreign Ministry"], treaty=True, snippet="can be solved only in the qualitatively new atmosphere of the relations"),
        dict(speaker="Igor Morgulov", alt=["Russian Foreign Ministry"], treaty=True, snippet="the decision must be supported by the peoples of two countries"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry", "Sergey Lavrov"], treaty=True, snippet="any deadlines for the negotiations do not exist"),
        dict(speaker="Vladimir Putin", treaty=True, snippet="what will happen after the possible transfer of the islands"),
        dict(speaker="Russian Foreign Ministry", treaty=True, snippet="Russia does not intend to continue the negotiations about the peace treaty"),
        dict(speaker="Andrei Rudenko", alt=["Russian Foreign Ministry", "Andrey Rudenko"], treaty=True, snippet="the preconditions are absent, while Tokyo continues the openly anti-Russian"),
        dict(speaker="Andrei Rudenko", alt=["Russian Foreign Ministry", "Andrey Rudenko"], treaty=True, snippet='Moscow "does not close the door"'),
     ],
     not_statements=["The peace treaty between two countries until now is not concluded.",
                     "By the Simodsky treatise of 1855 the border was conducted",
                     "USSR agreed to transmit to Japan the island Shikotan",
                     "the Soviet side refused from these obligations",
                     'In Tokyo the rally was held demanding the "return of the northern territories"',
                     "Views: 2 318"]),
]
