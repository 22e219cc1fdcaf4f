# Hand-written English test articles for treatywatch.statements.extract_statements (round 6: flashes, digests and
# timelines).
# All texts are original (written for this test), loosely modelled on real events 2012-2026; events, outlets and
# phrasings differ from rounds 1-5 (tests/probe_articles_en.py ... tests/probe_articles_en5.py).
# expected: dict(speaker, treaty (True/False/None), snippet, [alt], [optional])
# not_statements: substrings that must not yield a peace_treaty=True statement.

# Most pages are short, as news feeds and aggregators carry them:
# - E6-01..E6-08 breaking-news flashes (TASS English, Reuters "BREAKING" and an all-caps Reuters "FLASH" run, Kyodo,
#   Xinhua, RT, and machine-English copies of a RIA Novosti "lightning" and of an NHK flash); in some the speaker is
#   named only in the headline or the item is nothing but headlines;
# - E6-09..E6-12 digests and newsletters (Nikkei Asia "Asia Morning Briefing", TASS "Press review", The Japan Times
#   weekend briefing, NHK World "Newsline Headlines") where one or two items concern Russia-Japan and the others
#   are quake, sport, tariff, election or climate items with quotes that are not statements on the treaty;
# - E6-13..E6-15 live blogs (RT, The Moscow Times, Nikkei Asia) with timestamped entries, some entries continuing
#   the previous entry's speaker ("He adds", "He went on") without naming him;
# - E6-16..E6-18 "key quotes" and timeline pieces: the earlier, dated remarks are statements too, labelled with their
#   own speakers;
# - E6-19, E6-20 two longer weekly digest columns.
# Traps: agency background, unnamed sources (a Foreign Ministry source, participants of a closed-door meeting, a
# Japanese foreign ministry official), documents (the 1956 declaration, the Treaty of Shimoda, the constitution),
# events and schedules, polls, moderators' and reporters' questions, other stories' headlines and "Read also" lines,
# other disputes (Senkaku) and unrelated quotes (quake relief, tariffs, climate, Taiwan).
# A protest over a visit or a military move with no explicit claim, a named analyst, a joint decision reported as
# such and the joint economic activity on the islands (without an explicit link to the treaty) are optional.
ARTICLES = [
# ---------------------------------------------------------------- flashes
dict(id="E6-01", outlet="TASS", url="https://tass.com/politics/852117", published="2016-01-26",
     title="Russia, Japan discussing peace treaty, not Kurils — Lavrov",
     text="""Russia, Japan discussing peace treaty, not Kurils — Lavrov

Politics
January 26, 13:47 UTC+3

MOSCOW, January 26. /TASS/. Moscow and Tokyo are not conducting any talks on the Southern Kurils, the subject of their dialogue is a peace treaty, Russian Foreign Minister Sergei Lavrov said on Tuesday at his annual news conference on the results of Russian diplomacy in 2015.

"There are no negotiations about the islands. There is a dialogue on a peace treaty, and in the course of that dialogue we hear Japanese claims, which we do not accept," the minister said. He added that Moscow's commitment to the 1956 Declaration "has never meant an automatic transfer of anything."

Lavrov's news conference is under way.

Japan claims the islands of Iturup, Kunashir, Shikotan and the Habomai group of islets. The two countries have not yet signed a peace treaty after World War II.

Tags: Russia-Japan relations""",
     expected=[
        dict(speaker="Sergei Lavrov", treaty=True, snippet="Moscow and Tokyo are not conducting any talks on the Southern Kurils"),
        dict(speaker="Sergei Lavrov", treaty=True, snippet="There are no negotiations about the islands. There is a dialogue on a peace treaty"),
        dict(speaker="Sergei Lavrov", treaty=True, snippet="has never meant an automatic transfer of anything"),
     ],
     not_statements=["Lavrov's news conference is under way.",
                     "Japan claims the islands of Iturup, Kunashir, Shikotan and the Habomai group of islets.",
                     "The two countries have not yet signed a peace treaty after World War II."]),

dict(id="E6-02", outlet="Reuters", url="https://www.reuters.com/article/us-russia-japan-kremlin-idUSKCN1QW0YB", published="2019-03-15",
     title="BREAKING: Kremlin says Putin did not demand Japan quit U.S. alliance before peace treaty",
     text="""BREAKING
Kremlin says Putin did not demand Japan quit U.S. alliance before peace treaty

March 15, 2019  10:26 AM GMT  Updated

MOSCOW, March 15 (Reuters) - The Kremlin on Friday denied a newspaper report that President Vladimir Putin had asked Japan to withdraw from its security treaty with the United States before Moscow would sign a peace treaty.

"There was no such demand," Kremlin spokesman Dmitry Peskov told reporters on a conference call, adding that Putin had only spoken about "the need to take into account Japan's obligations to its ally" when the islands issue is discussed.

The Kommersant newspaper, citing two participants of a closed-door meeting with business leaders on Thursday, had reported that Putin said the peace treaty talks had "lost momentum."

(Reporting by Moscow bureau; Editing by Europe desk)

This story has been refreshed to add details.""",
     expected=[
        dict(speaker="Kremlin", alt=["Dmitry Peskov"], treaty=True, snippet="Putin had asked Japan to withdraw from its security treaty with the United States"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="There was no such demand"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin", "Vladimir Putin"], treaty=True, snippet="the need to take into account Japan's obligations to its ally"),
     ],
     not_statements=["citing two participants of a closed-door meeting with business leaders",
                     'the peace treaty talks had "lost momentum."',
                     "(Reporting by Moscow bureau; Editing by Europe desk)",
                     "This story has been refreshed to add details."]),

dict(id="E6-03", outlet="Kyodo", url="https://english.kyodonews.net/news/2012/12/abe-putin-phone-talks-isle-row.html", published="2012-12-28",
     title="Abe, Putin agree in phone talks to seek 'mutually acceptable' solution to isle row",
     text="""Abe, Putin agree in phone talks to seek 'mutually acceptable' solution to isle row

TOKYO, Dec. 28, Kyodo

Prime Minister Shinzo Abe and Russian President Vladimir Putin agreed in telephone talks Friday to work toward a mutually acceptable solution to the territorial dispute over four Russian-held islands off Hokkaido, Abe said.

"I told the president that I want to resolve the issue and conclude a peace treaty, and that I hope to visit Russia next year," Abe told reporters at his office, two days after taking power.

The Kremlin said the two leaders "expressed readiness to intensify the dialogue on all issues, including the peace treaty."

The dispute over the islands, seized by Soviet troops in the closing days of World War II, has kept the two countries from signing a postwar peace treaty.

==Kyodo""",
     expected=[
        dict(speaker="Shinzo Abe", alt=["Vladimir Putin"], treaty=True, snippet="agreed in telephone talks Friday to work toward a mutually acceptable solution"),
        dict(speaker="Shinzo Abe", treaty=True, snippet="I want to resolve the issue and conclude a peace treaty"),
        dict(speaker="Shinzo Abe", treaty=False, optional=True, snippet="I hope to visit Russia next year"),
        dict(speaker="Kremlin", alt=["Vladimir Putin", "Shinzo Abe"], treaty=True, snippet="expressed readiness to intensify the dialogue on all issues, including the peace treaty"),
     ],
     not_statements=["two days after taking power",
                     "has kept the two countries from signing a postwar peace treaty",
                     "==Kyodo"]),

dict(id="E6-04", outlet="Reuters", url="https://www.reuters.com/article/japan-russia-abe-putin-flash-idUSL3N11Y4ZQ", published="2015-09-28",
     title="FLASH-Japan PM Abe says told Putin he wants to advance peace treaty talks",
     text="""FLASH

JAPAN PM ABE SAYS TOLD PUTIN HE WANTS TO ADVANCE PEACE TREATY NEGOTIATIONS

ABE SAYS ASKED PUTIN FOR "CONCRETE PROGRESS" ON NORTHERN TERRITORIES ISSUE

ABE SAYS HE AND PUTIN AGREED TO KEEP CONSIDERING BEST TIMING FOR PUTIN VISIT TO JAPAN

ABE SAYS CONVEYED JAPAN'S POSITION ON RUSSIAN PREMIER'S ISLAND VISIT

JAPANESE FOREIGN MINISTRY OFFICIAL SAYS TALKS LASTED ABOUT 40 MINUTES ON SIDELINES OF U.N. GENERAL ASSEMBLY

((Tokyo Newsroom; +81 3 0000 0000))""",
     expected=[
        dict(speaker="Shinzo Abe", treaty=True, snippet="HE WANTS TO ADVANCE PEACE TREATY NEGOTIATIONS"),
        dict(speaker="Shinzo Abe", treaty=True, snippet='"CONCRETE PROGRESS" ON NORTHERN TERRITORIES ISSUE'),
        dict(speaker="Shinzo Abe", alt=["Vladimir Putin"], treaty=False, optional=True, snippet="AGREED TO KEEP CONSIDERING BEST TIMING FOR PUTIN VISIT TO JAPAN"),
        dict(speaker="Shinzo Abe", treaty=None, optional=True, snippet="CONVEYED JAPAN'S POSITION ON RUSSIAN PREMIER'S ISLAND VISIT"),
     ],
     not_statements=["TALKS LASTED ABOUT 40 MINUTES ON SIDELINES OF U.N. GENERAL ASSEMBLY",
                     "((Tokyo Newsroom; +81 3 0000 0000))"]),

dict(id="E6-05", outlet="Xinhua", url="http://www.xinhuanet.com/english/2018-03/21/c_137055412.htm", published="2018-03-21",
     title="Russia, Japan to speed up joint economic projects on disputed islands: Lavrov",
     text="""Russia, Japan to speed up joint economic projects on disputed islands: Lavrov
Source: Xinhua| 2018-03-21 21:40:12|Editor: huaxia

MOSCOW, March 21 (Xinhua) -- Russia and Japan will accelerate work on joint economic activities on the southern Kuril Islands, Russian Foreign Minister Sergei Lavrov said Wednesday after talks with his Japanese counterpart Taro Kono.

The projects "should help create an atmosphere of trust in which the two countries can look for a peace treaty solution acceptable to both peoples," Lavrov told a joint press conference.

Kono said Tokyo hoped the first pilot projects, including aquaculture and tourism, would begin "as early as this summer," and that Japan would also seek more flexible arrangements for former islanders' visits to family graves.

The islands, called the Northern Territories in Japan, were seized by the Soviet Union at the end of World War II. Enditem""",
     expected=[
        dict(speaker="Sergei Lavrov", treaty=True, optional=True, snippet="Russia and Japan will accelerate work on joint economic activities on the southern Kuril Islands"),
        dict(speaker="Sergei Lavrov", treaty=True, snippet="should help create an atmosphere of trust in which the two countries can look for a peace treaty solution"),
        dict(speaker="Taro Kono", treaty=True, optional=True, snippet="the first pilot projects, including aquaculture and tourism, would begin"),
        dict(speaker="Taro Kono", treaty=False, snippet="more flexible arrangements for former islanders' visits to family graves"),
     ],
     not_statements=["were seized by the Soviet Union at the end of World War II",
                     "Source: Xinhua| 2018-03-21 21:40:12|Editor: huaxia",
                     "Enditem"]),

dict(id="E6-06", outlet="RT", url="https://www.rt.com/news/337137-shoigu-pacific-fleet-kurils/", published="2016-03-25",
     title="Russia may base Pacific Fleet on Kuril Islands – Shoigu",
     text="""Russia may base Pacific Fleet on Kuril Islands – Shoigu

Published time: 25 Mar, 2016 11:02

Russia is considering stationing warships of its Pacific Fleet on the Kuril Islands, Defense Minister Sergei Shoigu said, announcing that a military expedition will spend three months on the chain this year "to study possible basing sites."

Bal and Bastion coastal missile systems and a new generation of drones are to be deployed on the islands "within the year," Shoigu told a Defense Ministry board meeting in Moscow.

Tokyo was quick to respond. Japan's Chief Cabinet Secretary Yoshihide Suga said Japan would "closely watch" the military buildup, insisting that the four southernmost islands are "Japan's inherent territory."

READ MORE: Russia's Far East development: 'Kurils program' to be funded through 2025""",
     expected=[
        dict(speaker="Sergei Shoigu", treaty=False, snippet="Russia is considering stationing warships of its Pacific Fleet on the Kuril Islands"),
        dict(speaker="Sergei Shoigu", treaty=False, snippet="Bal and Bastion coastal missile systems and a new generation of drones are to be deployed"),
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=None, optional=True, snippet='would "closely watch" the military buildup'),
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=True, snippet='the four southernmost islands are "Japan\'s inherent territory."'),
     ],
     not_statements=["Tokyo was quick to respond.",
                     "READ MORE: Russia's Far East development: 'Kurils program' to be funded through 2025",
                     "Published time: 25 Mar, 2016 11:02"]),

dict(id="E6-07", outlet="LentaDnya24 (machine translation from Russian)", url="https://lentadnya24.info/en/feed/2018/10/18/putin-japan-no-preconditions", published="2018-10-18",
     title="Putin: Japan said \"no\" to the proposal to conclude the peace treaty without preconditions",
     text="""News feed | 18.10.2018 | 17:52 | ⚡ Lightning

Putin: Japan said "no" to the proposal to conclude the peace treaty without preconditions

SOCHI, 18 Oct - RIA Novosti. Japan refused the proposal of Russia to sign the peace treaty before the end of the year without any preconditions, declared the President of Russia Vladimir Putin at the plenary session of the discussion club "Valdai".

"I proposed, they said: no, so be it. But we will continue the work, Japan is our natural partner in the region," - said Putin.

Earlier the Chief Cabinet Secretary of Japan Yoshihide Suga declared that the position of Tokyo to first solve the problem of the belonging of four islands and then sign the peace treaty remains without change.

The news is being supplemented.

Read also: In Yuzhno-Kurilsk opened the new terminal of the airport""",
     expected=[
        dict(speaker="Vladimir Putin", treaty=True, snippet="Japan refused the proposal of Russia to sign the peace treaty before the end of the year"),
        dict(speaker="Vladimir Putin", treaty=True, snippet="I proposed, they said: no, so be it. But we will continue the work"),
        dict(speaker="Vladimir Putin", treaty=False, optional=True, snippet="Japan is our natural partner in the region"),
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=True, snippet="the position of Tokyo to first solve the problem of the belonging of four islands"),
     ],
     not_statements=["The news is being supplemented.",
                     "Read also: In Yuzhno-Kurilsk opened the new terminal of the airport",
                     "News feed | 18.10.2018 | 17:52 | ⚡ Lightning"]),

dict(id="E6-08", outlet="JapaNewsFeed (machine translation from Japanese)", url="https://japanewsfeed.jp/en/flash/20260123-motegi-lavrov", published="2026-01-23",
     title="Foreign Minister Motegi, \"peace treaty conclusion policy has no change\" to Foreign Minister Lavrov's remark",
     text="""NHK News Flash | 2026/01/23 11:48

Foreign Minister Motegi, "peace treaty conclusion policy has no change" to Foreign Minister Lavrov's remark

Foreign Minister Motegi, about the fact that Foreign Minister Lavrov of Russia said "talks about a peace treaty with the present Japanese government are out of the question", at the press conference after the Cabinet meeting on the 23rd, said "the policy to solve the attribution problem of the four Northern islands and conclude the peace treaty has no change" and emphasized that Japan will respond calmly.

※This article is the machine translation of the NHK news flash. The details will be added.
Related: The Japan-Russia fisheries negotiation, the consultation of this year's catch quota begins""",
     expected=[
        dict(speaker="Toshimitsu Motegi", alt=["Japanese Foreign Ministry"], treaty=True, snippet="the policy to solve the attribution problem of the four Northern islands and conclude the peace treaty has no change"),
        dict(speaker="Sergei Lavrov", treaty=True, snippet="talks about a peace treaty with the present Japanese government are out of the question"),
     ],
     not_statements=["※This article is the machine translation of the NHK news flash.",
                     "The details will be added.",
                     "The Japan-Russia fisheries negotiation, the consultation of this year's catch quota begins"]),

# ---------------------------------------------------------------- digests
dict(id="E6-09", outlet="Nikkei Asia (newsletter)", url="https://asia.nikkei.com/Newsletters/Asia-Morning-Briefing/2024-01-05", published="2024-01-05",
     title="Asia Morning Briefing: Noto death toll rises; Kishida keeps Russia line",
     text="""Asia Morning Briefing
Friday, January 5, 2024

Good morning. Here is what you need to know to start your day in Asia.

Noto quake: death toll rises
The number of confirmed deaths from Monday's magnitude 7.6 earthquake on the Noto Peninsula has risen to 84. Prime Minister Fumio Kishida said at his New Year's news conference on Thursday that the hours after the quake were "critical" and that the government would "spare no effort" to rescue those still trapped.

Moscow offers help
Russia is ready to send rescuers and equipment to Japan "if Tokyo makes such a request," Foreign Ministry spokeswoman Maria Zakharova said, expressing condolences to the victims. Japan has not asked for Russian assistance.

Kishida: Russia policy unchanged
At the same news conference, Kishida said relations with Russia "remain in a severe state" because of the war in Ukraine, but that Tokyo "firmly maintains" its policy of resolving the territorial issue and concluding a peace treaty. Moscow suspended the talks in 2022.

Haneda crash probe
Investigators from the Japan Transport Safety Board began examining the wreckage of the Japan Airlines jet that collided with a coast guard plane at Haneda Airport on Tuesday. A board official said it was "too early" to determine the cause.

Taiwan election countdown
With eight days to go before Taiwan's presidential election, a poll shows the ruling Democratic Progressive Party's candidate still in front. Beijing's Taiwan Affairs Office said the vote was a choice "between peace and war."

Markets
Tokyo stocks fell on the first trading day of the year, dragged down by airline and insurance shares.

You are receiving this newsletter because you signed up at asia.nikkei.com. Unsubscribe | Manage preferences""",
     expected=[
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False, snippet="Russia is ready to send rescuers and equipment to Japan"),
        dict(speaker="Fumio Kishida", treaty=False, snippet='relations with Russia "remain in a severe state" because of the war in Ukraine'),
        dict(speaker="Fumio Kishida", treaty=True, snippet='Tokyo "firmly maintains" its policy of resolving the territorial issue and concluding a peace treaty'),
     ],
     not_statements=['the government would "spare no effort" to rescue those still trapped',
                     "Japan has not asked for Russian assistance.",
                     "Moscow suspended the talks in 2022.",
                     'A board official said it was "too early" to determine the cause.',
                     'the vote was a choice "between peace and war."',
                     "a poll shows the ruling Democratic Progressive Party's candidate still in front"]),

dict(id="E6-10", outlet="TASS", url="https://tass.com/pressreview/949421", published="2017-06-02",
     title="Press review: Putin's warning to Tokyo on the Kurils and Trump quits Paris climate deal",
     text="""Press review: Putin's warning to Tokyo on the Kurils and Trump quits Paris climate deal

Top stories in the Russian press on Friday, June 2

Press Review
June 02, 10:30 UTC+3

Kommersant: Putin spells out fears over US bases on Kurils
Russian President Vladimir Putin used Thursday's meeting with heads of international news agencies in St. Petersburg to explain Moscow's caution on the Southern Kurils. Should the islands come under Japanese jurisdiction, US military infrastructure could appear there, Putin said, stressing that Russia "cannot allow" such a scenario. He added that the joint economic activity agreed with Prime Minister Shinzo Abe "could become a step toward a peace treaty."
Andrei Kravtsov, a Japan expert at the Institute of Far Eastern Studies, told the paper that the Kremlin's message was addressed "as much to Washington as to Tokyo."

Izvestia: Joint projects on islands to follow Russian law
Deputy Foreign Minister Igor Morgulov told Izvestia that any joint economic projects on the Kurils must be implemented "in a way that does not contradict Russian legislation." A Japanese government and business delegation is expected to tour Kunashir and Iturup at the end of June, a source in the Foreign Ministry told the newspaper.

Vedomosti: Paris exit leaves Moscow unmoved
US President Donald Trump's decision to pull out of the Paris climate agreement will not change Russia's own plans, the paper writes. Kremlin spokesman Dmitry Peskov said Putin considers the accord important and "there is no alternative to it for now."

RBC: SPIEF deals
Agreements worth more than 1 trillion rubles were signed on the first day of the St. Petersburg International Economic Forum, according to the organizers.

TASS is not responsible for the material quoted in these press reviews""",
     expected=[
        dict(speaker="Vladimir Putin", treaty=True, snippet="Should the islands come under Japanese jurisdiction, US military infrastructure could appear there"),
        dict(speaker="Vladimir Putin", treaty=True, snippet='Russia "cannot allow" such a scenario'),
        dict(speaker="Vladimir Putin", treaty=True, snippet="could become a step toward a peace treaty"),
        dict(speaker="Andrei Kravtsov", treaty=None, optional=True, snippet="as much to Washington as to Tokyo"),
        dict(speaker="Igor Morgulov", alt=["Russian Foreign Ministry"], treaty=True, optional=True, snippet="in a way that does not contradict Russian legislation"),
     ],
     not_statements=["a source in the Foreign Ministry told the newspaper",
                     "A Japanese government and business delegation is expected to tour Kunashir and Iturup",
                     "there is no alternative to it for now",
                     "were signed on the first day of the St. Petersburg International Economic Forum",
                     "TASS is not responsible for the material quoted in these press reviews"]),

dict(id="E6-11", outlet="The Japan Times (newsletter)", url="https://www.japantimes.co.jp/newsletters/weekend-briefing/2020-02-16/", published="2020-02-16",
     title="Weekend Briefing: Cruise ship cases top 350; Motegi and Lavrov meet in Munich",
     text="""The Japan Times | Weekend Briefing | Sunday, Feb. 16, 2020

TODAY'S TOP STORIES

Cruise ship: more passengers test positive
Another 70 people aboard the Diamond Princess cruise ship quarantined in Yokohama have tested positive for the new coronavirus, health minister Katsunobu Kato said Sunday, bringing the total to 355. The U.S. government plans to fly its citizens home on chartered planes.

Motegi, Lavrov meet in Munich
Foreign Minister Toshimitsu Motegi and his Russian counterpart Sergei Lavrov agreed Saturday to keep working toward a peace treaty, meeting on the sidelines of the Munich Security Conference. Motegi told reporters afterward that the two sides had "a candid discussion" on the territorial issue and that he had urged Moscow to "take a forward-looking approach." Lavrov, according to the Russian Foreign Ministry, said a treaty required "a qualitatively new level of relations" between the two countries.

No public greeting for Emperor's birthday
The Imperial Household Agency said Sunday that the public greeting for Emperor Naruhito's 60th birthday on Feb. 23 will be canceled over virus concerns.

SPORTS: Tokyo Marathon weighs its options
Organizers of the March 1 Tokyo Marathon are considering limiting the race to elite runners, an official of the organizing committee said.

OPINION: Abe should stop chasing Putin

Read today's edition | Manage subscriptions""",
     expected=[
        dict(speaker="Toshimitsu Motegi", alt=["Sergei Lavrov"], treaty=True, optional=True, snippet="agreed Saturday to keep working toward a peace treaty"),
        dict(speaker="Toshimitsu Motegi", treaty=True, snippet='the two sides had "a candid discussion" on the territorial issue'),
        dict(speaker="Toshimitsu Motegi", treaty=True, snippet="take a forward-looking approach"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="a qualitatively new level of relations"),
     ],
     not_statements=["have tested positive for the new coronavirus",
                     "The U.S. government plans to fly its citizens home on chartered planes.",
                     "will be canceled over virus concerns",
                     "an official of the organizing committee said",
                     "OPINION: Abe should stop chasing Putin"]),

dict(id="E6-12", outlet="NHK World", url="https://www3.nhk.or.jp/nhkworld/en/news/newsline/20250801/", published="2025-08-01",
     title="Newsline Headlines: Tsunami advisories lifted; Moscow sees no grounds for treaty talks",
     text="""NHK WORLD-JAPAN | News | Newsline Headlines | Aug. 1, 2025

Tsunami advisories lifted along Pacific coast
The Japan Meteorological Agency has lifted all tsunami advisories issued after Wednesday's magnitude 8.8 earthquake off Russia's Kamchatka Peninsula. Chief Cabinet Secretary Hayashi Yoshimasa told reporters the government will "continue to monitor the situation closely."

Japan offers help to quake-hit Russian regions
Hayashi also said Japan has expressed sympathy to Russia and is ready to provide "necessary assistance" if requested, despite strained relations between the two countries.

Moscow: no grounds to resume treaty talks
Russian Deputy Foreign Minister Andrei Rudenko has told the state-run TASS news agency that Moscow sees "no prerequisites" for resuming negotiations with Japan on a peace treaty as long as Tokyo keeps its sanctions. He said Russia's sovereignty over the four islands, which Russia calls the Southern Kurils, "is not up for discussion."
Japan's top government spokesperson responded that Japan's policy of resolving the issue of the attribution of the four islands and concluding a peace treaty "remains unchanged."

US tariffs: Akazawa upbeat
Economic Revitalization Minister Akazawa Ryosei said the 15-percent tariff rate agreed with the United States would take effect on Aug. 7.

Heat: new national record
The temperature reached 41.2 degrees Celsius in Tamba City, Hyogo Prefecture, on Wednesday, a national record.

Watch Newsline | Related: "No change in policy" — PM Ishiba on Northern Territories (Feb. 7)""",
     expected=[
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=False, snippet='is ready to provide "necessary assistance" if requested'),
        dict(speaker="Andrei Rudenko", alt=["Russian Foreign Ministry"], treaty=True, snippet='"no prerequisites" for resuming negotiations with Japan on a peace treaty'),
        dict(speaker="Andrei Rudenko", alt=["Russian Foreign Ministry"], treaty=True, snippet='the four islands, which Russia calls the Southern Kurils, "is not up for discussion."'),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=True, snippet="Japan's policy of resolving the issue of the attribution of the four islands"),
     ],
     not_statements=["The Japan Meteorological Agency has lifted all tsunami advisories",
                     "continue to monitor the situation closely",
                     "the 15-percent tariff rate agreed with the United States would take effect on Aug. 7",
                     "a national record",
                     '"No change in policy" — PM Ishiba on Northern Territories (Feb. 7)']),

# ---------------------------------------------------------------- live blogs
dict(id="E6-13", outlet="RT", url="https://www.rt.com/news/371321-putin-press-conference-live/", published="2016-12-23",
     title="Putin's annual press conference: LIVE UPDATES",
     text="""Putin's annual press conference: LIVE UPDATES

Published time: 23 Dec, 2016 09:00  Edited time: 23 Dec, 2016 13:52

12:02 MSK
President Vladimir Putin has entered the hall at the World Trade Center in Moscow. More than 1,400 journalists are accredited this year, a record.

12:10 MSK
Putin opens with the economy: GDP decline this year will be "about 0.5 percent," and inflation is set to fall below 6 percent.

12:48 MSK
A question from a Japanese journalist on last week's summit with Shinzo Abe in Nagato and Tokyo: does Moscow see joint economic activity as a step toward handing the islands over?

12:51 MSK
"The most important thing is to conclude a peace treaty," Putin says. "If we create conditions for trust, with Japanese and Russian citizens working side by side on the islands, it will help us solve this issue, but nobody is talking about a handover today."

12:53 MSK
He adds that the 1956 Declaration was ratified by both parliaments and that Russia "has never renounced" it, but "nothing in it says on what terms or under whose sovereignty" the two islands would be passed.

13:05 MSK
On Donald Trump: Putin says he is not surprised by the US election result and hopes for a "constructive" relationship with the new administration.

13:20 MSK
Press Secretary Dmitry Peskov, who moderates the event, reminds reporters to keep questions short.

13:40 MSK
Back to Asia: Putin says relations with China have reached "an unprecedented level of trust." """,
     expected=[
        dict(speaker="Vladimir Putin", treaty=True, snippet="The most important thing is to conclude a peace treaty"),
        dict(speaker="Vladimir Putin", treaty=True, snippet="working side by side on the islands, it will help us solve this issue"),
        dict(speaker="Vladimir Putin", treaty=True, snippet="nobody is talking about a handover today"),
        dict(speaker="Vladimir Putin", treaty=True, snippet='Russia "has never renounced" it'),
        dict(speaker="Vladimir Putin", treaty=True, snippet="nothing in it says on what terms or under whose sovereignty"),
     ],
     not_statements=["does Moscow see joint economic activity as a step toward handing the islands over?",
                     "More than 1,400 journalists are accredited this year, a record.",
                     'GDP decline this year will be "about 0.5 percent,"',
                     "reminds reporters to keep questions short",
                     'relations with China have reached "an unprecedented level of trust."']),

dict(id="E6-14", outlet="The Moscow Times", url="https://www.themoscowtimes.com/2023/03/21/ukraine-war-day-391-live-updates-a80551", published="2023-03-21",
     title="Ukraine War, Day 391: Live Updates",
     text="""Ukraine War, Day 391: Live Updates

March 21, 2023

The Moscow Times' team of journalists brings you the latest news as it happens.

09:20 — Japan's Kishida makes surprise Kyiv trip
Japanese Prime Minister Fumio Kishida has arrived in Kyiv by train from Poland, Japanese public broadcaster NHK reports, making him the last G7 leader to visit Ukraine since the invasion. The trip coincides with Chinese leader Xi Jinping's state visit to Moscow.

10:45 — Kremlin: 'We are aware'
Kremlin spokesman Dmitry Peskov told reporters the Kremlin was "aware" of Kishida's trip but declined to comment further, saying the president's attention today "belongs to our Chinese friends."

12:10 — Zakharova weighs in
Foreign Ministry spokeswoman Maria Zakharova wrote on Telegram that Tokyo "has forfeited any role as an independent actor" and now "serves Washington's agenda in Europe and in Asia alike."

13:05 — Lavrov on Japan and the Kurils
In an interview aired on state television, Foreign Minister Sergei Lavrov said a peace treaty with Japan was "impossible to discuss" as long as Tokyo takes part in the sanctions campaign, and that the status of the Kuril Islands "was settled by the outcome of World War II."

13:12 —
He went on to accuse Japan of "returning to militarism" under the pretext of a Chinese threat.

14:30 — Kishida in Bucha
Kishida laid flowers at a church in Bucha and told reporters he felt "great anger at the atrocities" committed there.

15:50 — Xi and Putin
Xi and Putin began their formal talks in the Kremlin. Putin told Xi that Moscow had "carefully studied" Beijing's 12-point peace plan.

17:05 — Bombers over the Sea of Japan
Russia's Defense Ministry said two Tu-142 anti-submarine aircraft had flown over the Sea of Japan for more than seven hours "in strict accordance with international rules." """,
     expected=[
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=False, snippet='the Kremlin was "aware" of Kishida\'s trip'),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False, snippet="has forfeited any role as an independent actor"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet='a peace treaty with Japan was "impossible to discuss"'),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="was settled by the outcome of World War II"),
        dict(speaker="Sergei Lavrov", treaty=False, snippet="returning to militarism"),
        dict(speaker="Fumio Kishida", treaty=False, optional=True, snippet="great anger at the atrocities"),
        dict(speaker="Russian Defense Ministry", treaty=False, optional=True, snippet="in strict accordance with international rules"),
     ],
     not_statements=["making him the last G7 leader to visit Ukraine since the invasion",
                     "The Moscow Times' team of journalists brings you the latest news as it happens.",
                     "Moscow had \"carefully studied\" Beijing's 12-point peace plan"]),

dict(id="E6-15", outlet="Nikkei Asia", url="https://asia.nikkei.com/Politics/LDP-leadership-race/LIVE-LDP-leadership-debate-China-COVID-Russia", published="2021-09-18",
     title="LIVE: LDP leadership debate — candidates spar over China, COVID and Russia",
     text="""LIVE: LDP leadership debate — candidates spar over China, COVID and Russia

Nikkei Asia | September 18, 2021 13:00 JST (updated 15:20 JST)

The four candidates for the presidency of the ruling Liberal Democratic Party face off at the Japan National Press Club. The winner of the Sept. 29 vote is all but certain to become prime minister.

13:04 JST — Opening statements
Each candidate has one minute. Kono Taro pledges to "reform the party from the inside"; Noda Seiko says her priority is children and the birth rate.

13:22 JST — China
Takaichi Sanae says Japan must be able to "neutralize" enemy missile bases. Kishida calls for a new post for an economic security minister.

13:41 JST — Russia and the Northern Territories
The moderator asks whether the 2018 Singapore agreement, under which the two leaders agreed to speed up talks on the basis of the 1956 Joint Declaration, should stand.

13:43 JST — Kishida, who handled Russia as foreign minister for nearly five years, says the talks should continue "on the basis of the agreements so far, including Singapore," and that he would seek a meeting with Putin early in his term.

13:45 JST — He adds a caution: Prime Minister Mishustin's trip to Etorofu in July showed that Moscow "is not making it easy."

13:47 JST — Takaichi: the four islands are "Japan's inherent territory, illegally occupied," and she would not accept a deal "that ends with two islands."

13:49 JST — Kono, the administrative reform minister and a former foreign minister, says the goal is "to resolve the attribution of the four islands and conclude a peace treaty," but that joint economic activity on the islands must not "compromise Japan's legal position."

13:51 JST — Noda says she has nothing to add on Russia and returns to the birth rate.

14:30 JST — Poll check
A Nikkei/TV Tokyo survey of party members shows Kono in the lead, with Kishida second.

15:15 JST — Kremlin reaction
Asked about the race, Kremlin spokesman Dmitry Peskov told reporters in Moscow that it is "Japan's internal affair," adding that Moscow hopes for "continuity in dialogue, including on the peace treaty." """,
     expected=[
        dict(speaker="Fumio Kishida", treaty=True, snippet="on the basis of the agreements so far, including Singapore"),
        dict(speaker="Fumio Kishida", treaty=False, optional=True, snippet="he would seek a meeting with Putin early in his term"),
        dict(speaker="Fumio Kishida", treaty=None, optional=True, snippet="is not making it easy"),
        dict(speaker="Sanae Takaichi", treaty=True, snippet="Japan's inherent territory, illegally occupied"),
        dict(speaker="Sanae Takaichi", treaty=True, snippet="she would not accept a deal \"that ends with two islands.\""),
        dict(speaker="Taro Kono", treaty=True, snippet="to resolve the attribution of the four islands and conclude a peace treaty"),
        dict(speaker="Taro Kono", treaty=True, snippet="compromise Japan's legal position"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=False, optional=True, snippet="Japan's internal affair"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="continuity in dialogue, including on the peace treaty"),
     ],
     not_statements=["The moderator asks whether the 2018 Singapore agreement",
                     "under which the two leaders agreed to speed up talks on the basis of the 1956 Joint Declaration",
                     "Noda says she has nothing to add on Russia and returns to the birth rate.",
                     "A Nikkei/TV Tokyo survey of party members shows Kono in the lead",
                     'Japan must be able to "neutralize" enemy missile bases']),

# ---------------------------------------------------------------- key quotes and timelines
dict(id="E6-16", outlet="Kyodo", url="https://english.kyodonews.net/news/2016/12/factbox-key-quotes-japan-russia-territorial-row.html", published="2016-12-13",
     title="FACTBOX: Key quotes on Japan-Russia territorial row ahead of Abe-Putin summit",
     text="""FACTBOX: Key quotes on Japan-Russia territorial row ahead of Abe-Putin summit

TOKYO, Dec. 13 Kyodo

Russian President Vladimir Putin is scheduled to visit Japan on Thursday and Friday for talks with Prime Minister Shinzo Abe in Nagato, Yamaguchi Prefecture, and in Tokyo. Following are key remarks by leaders and officials of both countries on the dispute over four Russian-held islands off Hokkaido since 2012.

-- March 1, 2012, Moscow: Putin, then prime minister, tells foreign newspaper editors that he wants a settlement "acceptable to both sides," comparing it to "hikiwake," a draw in judo.

-- April 29, 2013, Moscow: Abe, after his summit with Putin: "We agreed to restart the negotiations, which had been at a standstill, and to accelerate them."

-- May 6, 2016, Sochi: Abe says he proposed to Putin to move the talks forward with "a new approach, free from the ideas of the past."

-- Sept. 1, 2016, Vladivostok: Putin, in a media interview: "We do not trade territories, although concluding a peace treaty with Japan is, of course, a key issue."

-- Oct. 17, 2016, Tokyo: Chief Cabinet Secretary Yoshihide Suga denies a newspaper report that the government is considering joint administration of the islands: "There is no truth to it whatsoever."

-- Dec. 13, 2016: In an interview published Tuesday by the Yomiuri Shimbun, Putin says: "We believe Russia has no territorial problem at all. It is Japan that believes it has one."

The 1956 Joint Declaration stipulates that Shikotan and the Habomai islets will be handed over to Japan after the conclusion of a peace treaty. A Kyodo News survey in November found that a majority of respondents favored a flexible approach to the talks.

==Kyodo""",
     expected=[
        dict(speaker="Vladimir Putin", treaty=True, snippet='he wants a settlement "acceptable to both sides,"'),
        dict(speaker="Shinzo Abe", treaty=True, snippet="We agreed to restart the negotiations, which had been at a standstill, and to accelerate them."),
        dict(speaker="Shinzo Abe", treaty=True, snippet="a new approach, free from the ideas of the past"),
        dict(speaker="Vladimir Putin", treaty=True, snippet="We do not trade territories, although concluding a peace treaty with Japan is, of course, a key issue."),
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=True, snippet="There is no truth to it whatsoever."),
        dict(speaker="Vladimir Putin", treaty=True, snippet="We believe Russia has no territorial problem at all. It is Japan that believes it has one."),
     ],
     not_statements=["Russian President Vladimir Putin is scheduled to visit Japan on Thursday and Friday",
                     "The 1956 Joint Declaration stipulates that Shikotan and the Habomai islets will be handed over to Japan",
                     "A Kyodo News survey in November found that a majority of respondents favored a flexible approach"]),

dict(id="E6-17", outlet="TASS", url="https://tass.com/politics/1763420", published="2024-03-21",
     title="Two years without peace treaty talks with Japan. TIMELINE",
     text="""Two years without peace treaty talks with Japan. TIMELINE

Politics
March 21, 09:00 UTC+3

MOSCOW, March 21. /TASS/. Two years ago Russia announced that it would not continue negotiations with Japan on a peace treaty because of the sanctions Tokyo imposed over the special military operation in Ukraine. TASS has compiled the main statements made since then.

March 21, 2022. The Russian Foreign Ministry said in a statement that it was "impossible to discuss a basic document on bilateral relations with a state that has taken openly hostile positions."

March 22, 2022. Prime Minister Fumio Kishida told the Japanese parliament that Moscow's decision was "extremely unfair" and that Tokyo "strongly protests."

March 22, 2022. Deputy Chairman of the Security Council Dmitry Medvedev wrote on Telegram that talks on the Kurils "had always been ritual in nature."

September 5, 2022. Explaining the withdrawal from the agreements on visa-free trips of Japanese citizens to the islands, the Russian Foreign Ministry said Tokyo had "blocked" the implementation of joint projects.

September 2023. Deputy Foreign Minister Mikhail Galuzin told TASS that a resumption of dialogue "is possible only if Tokyo abandons its unfriendly course."

February 7, 2024. Foreign Ministry spokeswoman Maria Zakharova called Japan's annual "Northern Territories Day" revanchist and stressed that the Kuril Islands "are an integral part of the Russian Federation."

Russia and Japan have been holding consultations on a peace treaty since the mid-20th century. The main stumbling block is the issue of the ownership of the southern part of the Kuril Islands. Under the amendments to the Russian Constitution adopted in 2020, the alienation of Russian territory is prohibited. According to a Levada Center poll, most Russians oppose any transfer of the islands.""",
     expected=[
        dict(speaker="Russian Foreign Ministry", treaty=True, snippet="impossible to discuss a basic document on bilateral relations with a state that has taken openly hostile positions"),
        dict(speaker="Fumio Kishida", treaty=True, snippet='Moscow\'s decision was "extremely unfair"'),
        dict(speaker="Dmitry Medvedev", treaty=True, snippet='talks on the Kurils "had always been ritual in nature."'),
        dict(speaker="Russian Foreign Ministry", treaty=False, snippet='Tokyo had "blocked" the implementation of joint projects'),
        dict(speaker="Mikhail Galuzin", alt=["Russian Foreign Ministry"], treaty=True, snippet="is possible only if Tokyo abandons its unfriendly course"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet='the Kuril Islands "are an integral part of the Russian Federation."'),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=None, optional=True, snippet="called Japan's annual \"Northern Territories Day\" revanchist"),
     ],
     not_statements=["Two years ago Russia announced that it would not continue negotiations with Japan on a peace treaty",
                     "Russia and Japan have been holding consultations on a peace treaty since the mid-20th century.",
                     "The main stumbling block is the issue of the ownership of the southern part of the Kuril Islands.",
                     "Under the amendments to the Russian Constitution adopted in 2020, the alienation of Russian territory is prohibited.",
                     "most Russians oppose any transfer of the islands"]),

dict(id="E6-18", outlet="The Japan Times", url="https://www.japantimes.co.jp/news/2026/02/06/japan/politics/northern-territories-day-prime-ministers-quotes/", published="2026-02-06",
     title="In their own words: what prime ministers have told the Northern Territories rally",
     text="""In their own words: what prime ministers have told the Northern Territories rally

POLITICS | Feb 6, 2026

Prime Minister Sanae Takaichi will address the National Rally to Demand the Return of the Northern Territories in Tokyo on Saturday, her first as prime minister. The rally is held every year on Feb. 7, the day the 1855 Treaty of Shimoda drew the border between Etorofu and Urup.

Below is a selection of what her predecessors told the gathering.

2012 — Yoshihiko Noda: "Our basic policy is to resolve the attribution of the four islands and conclude a peace treaty, and I will negotiate on the basis of the agreements reached so far."

2014 — Shinzo Abe, hours before flying to the Sochi Olympics: "I have met President Putin five times in the past year. I will pursue negotiations persistently, building on that trust."

2019 — Abe, whose government dropped the word "illegally" from its rally wording that year: "We will keep working tenaciously toward a peace treaty based on the trust between the leaders."

2022 — Fumio Kishida, two weeks before Russia's invasion of Ukraine: "The Northern Territories are islands over which Japan has sovereignty."

2025 — Shigeru Ishiba: "Even in the current severe situation, we will steadily tackle the resolution of the attribution issue."

Moscow has objected every year. In 2023, Russian Foreign Ministry spokeswoman Maria Zakharova described the rally as "an anti-Russian campaign" and said the islands' status "is not subject to review."

The four islands were occupied by Soviet forces between late August and early September 1945. A Cabinet Office survey published in December found that fewer than 3 in 10 respondents in their 20s knew the date of the rally.""",
     expected=[
        dict(speaker="Yoshihiko Noda", treaty=True, snippet="Our basic policy is to resolve the attribution of the four islands and conclude a peace treaty"),
        dict(speaker="Shinzo Abe", treaty=True, snippet="I will pursue negotiations persistently, building on that trust."),
        dict(speaker="Shinzo Abe", treaty=True, snippet="We will keep working tenaciously toward a peace treaty based on the trust between the leaders."),
        dict(speaker="Fumio Kishida", treaty=True, snippet="The Northern Territories are islands over which Japan has sovereignty."),
        dict(speaker="Shigeru Ishiba", treaty=True, snippet="we will steadily tackle the resolution of the attribution issue"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=None, optional=True, snippet="an anti-Russian campaign"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet='the islands\' status "is not subject to review."'),
     ],
     not_statements=["Prime Minister Sanae Takaichi will address the National Rally to Demand the Return of the Northern Territories",
                     "the day the 1855 Treaty of Shimoda drew the border between Etorofu and Urup",
                     "The four islands were occupied by Soviet forces between late August and early September 1945.",
                     "A Cabinet Office survey published in December found that fewer than 3 in 10 respondents"]),

# ---------------------------------------------------------------- longer digests
dict(id="E6-19", outlet="The Moscow Times (newsletter)", url="https://www.themoscowtimes.com/newsletters/russia-in-asia/2017-11-11", published="2017-11-11",
     title="Russia in Asia: Putin and Abe in Da Nang, a statement on Syria and a warning to Tokyo",
     text="""THE MOSCOW TIMES | Russia in Asia — weekly newsletter | Saturday, Nov. 11, 2017

Hello from Moscow. This week's APEC summit in Vietnam gave Vladimir Putin a stage in Asia, a handshake with Donald Trump and another meeting with Shinzo Abe. Here's what you need to know.

1. Putin and Abe: islands, tours and graves
Putin and the Japanese prime minister met for about an hour on the sidelines of the summit in Da Nang on Friday, their 20th meeting. Kremlin aide Yury Ushakov told reporters that the talks "focused on the practical side" of joint economic activity on the Southern Kurils, which Moscow sees as "an important step toward creating conditions for a peace treaty." Abe told Japanese reporters that he and Putin had agreed to "accelerate" the five pilot projects, from fish farming to tourism, and that the meeting had been "very meaningful for moving the peace treaty issue forward." He also said former islanders would again be allowed to visit family graves on the islands by plane next year.
The leaders agreed to meet again in Russia next May.

2. A joint statement on Syria
Trump and Putin did not hold formal talks, but their foreign ministries agreed a joint statement on Syria, which the leaders approved on the margins. Kremlin spokesman Dmitry Peskov said the two presidents had "exchanged a few words" three times.

3. Tokyo's missile shield
Russian Foreign Ministry spokeswoman Maria Zakharova said on Thursday that Japan's plan to buy the U.S. Aegis Ashore missile defense system "cannot but affect" Russia's security and would be "taken into account in our military planning."

4. Power of Siberia on schedule
Gazprom CEO Alexei Miller said the pipeline to China is more than 70 percent complete and that gas deliveries will start in December 2019.

5. What we're reading
Natalia Orlova, an Asia analyst at a Moscow think tank, argues in a column this week that the joint projects "give both leaders something to show without either side having to move an inch on sovereignty."

That's it for this week. Forward this newsletter to a friend, or sign up here.""",
     expected=[
        dict(speaker="Yuri Ushakov", alt=["Kremlin"], treaty=True, optional=True, snippet="focused on the practical side"),
        dict(speaker="Yuri Ushakov", alt=["Kremlin"], treaty=True, snippet="an important step toward creating conditions for a peace treaty"),
        dict(speaker="Shinzo Abe", alt=["Vladimir Putin"], treaty=True, optional=True, snippet='agreed to "accelerate" the five pilot projects'),
        dict(speaker="Shinzo Abe", treaty=True, snippet="very meaningful for moving the peace treaty issue forward"),
        dict(speaker="Shinzo Abe", treaty=False, snippet="former islanders would again be allowed to visit family graves on the islands by plane"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False, snippet="cannot but affect"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False, snippet="taken into account in our military planning"),
        dict(speaker="Natalia Orlova", treaty=None, optional=True, snippet="give both leaders something to show without either side having to move an inch on sovereignty"),
     ],
     not_statements=["The leaders agreed to meet again in Russia next May.",
                     "their 20th meeting",
                     'the two presidents had "exchanged a few words" three times',
                     "gas deliveries will start in December 2019",
                     "Forward this newsletter to a friend, or sign up here."]),

dict(id="E6-20", outlet="JapanBrief Weekly (aggregated from Kyodo, Jiji, NHK)", url="https://japanbriefweekly.com/2013/08/24/week-in-review-russia-talks-senkaku-heat", published="2013-08-24",
     title="Week in review: Japan, Russia restart treaty talks; ships near Senkakus; record heat",
     text="""JapanBrief Weekly — Week in review, Aug. 17-23, 2013
Compiled from Kyodo, Jiji Press and NHK reports | Sat, Aug 24, 2013

Japan, Russia restart vice-ministerial treaty talks
Japan and Russia held their first vice-ministerial consultations on a peace treaty in a year and a half in Moscow on Monday, following the agreement reached by Prime Minister Shinzo Abe and President Vladimir Putin in April. Deputy Foreign Minister Shinsuke Sugiyama told reporters after about six hours of talks with his counterpart Igor Morgulov that the two sides had "an in-depth exchange, including on the territorial issue," and that he had conveyed Japan's position "that the attribution of the four islands must be resolved." The Russian Foreign Ministry said in a statement that the peace treaty issue had been discussed "in a constructive and businesslike atmosphere." The next round will be held in Tokyo early next year.
(Kyodo)

Sakhalin governor on Etorofu
Sakhalin Governor Alexander Khoroshavin, visiting Etorofu on Wednesday, said the new airport on the island would open next year and that the Kurils "are Russian land and will remain Russian land." Chief Cabinet Secretary Yoshihide Suga called the visit "regrettable" at a news conference on Thursday.
(Jiji)

Sochi Games: Abe undecided
Suga said no decision has been made on whether Abe will attend the opening of the Sochi Winter Olympics in February, adding that the prime minister "values the personal relationship" with Putin.
(NHK)

Chinese ships near Senkakus
Four Chinese coast guard vessels entered Japanese territorial waters around the Senkaku Islands on Sunday, the Japan Coast Guard said. Foreign Minister Fumio Kishida said the islands are "clearly an inherent part of Japan's territory" and that Tokyo lodged a protest through diplomatic channels.
(Kyodo)

Record heat
The temperature in Shimanto, Kochi Prefecture, hit 41.0 degrees Celsius on Aug. 12, the highest ever recorded in Japan, the Japan Meteorological Agency said. Heatstroke deaths this summer have passed 100, according to a tally by the Fire and Disaster Management Agency.

Poll
A Jiji Press opinion poll released Friday put support for the Abe Cabinet at 54.1 percent.

JapanBrief Weekly is an independent digest. All rights to the original reports belong to their respective owners.""",
     expected=[
        dict(speaker="Shinsuke Sugiyama", alt=["Japanese Foreign Ministry"], treaty=True, snippet="an in-depth exchange, including on the territorial issue"),
        dict(speaker="Shinsuke Sugiyama", alt=["Japanese Foreign Ministry"], treaty=True, snippet="that the attribution of the four islands must be resolved"),
        dict(speaker="Russian Foreign Ministry", treaty=True, snippet="in a constructive and businesslike atmosphere"),
        dict(speaker="Alexander Khoroshavin", treaty=False, optional=True, snippet="the new airport on the island would open next year"),
        dict(speaker="Alexander Khoroshavin", treaty=True, snippet="are Russian land and will remain Russian land"),
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=None, optional=True, snippet='called the visit "regrettable"'),
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=False, snippet="no decision has been made on whether Abe will attend the opening of the Sochi Winter Olympics"),
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=False, optional=True, snippet="values the personal relationship"),
        dict(speaker="Fumio Kishida", treaty=False, optional=True, snippet="clearly an inherent part of Japan's territory"),
     ],
     not_statements=["following the agreement reached by Prime Minister Shinzo Abe and President Vladimir Putin in April",
                     "The next round will be held in Tokyo early next year.",
                     "Four Chinese coast guard vessels entered Japanese territorial waters around the Senkaku Islands on Sunday",
                     "the highest ever recorded in Japan, the Japan Meteorological Agency said",
                     "A Jiji Press opinion poll released Friday put support for the Abe Cabinet at 54.1 percent."]),
]
