# Hand-written English test articles for treatywatch.statements.extract_statements (round 10: the dispute's daily
# friction, 2010-2026 - protests and summons, visits to the islands, drills and deployments, white papers and
# bluebooks, entry bans, rallies, grave visits, fishing and the regional voices on both sides).
# All texts are original (written for this test), loosely modelled on real events 2010-2026; events, outlets and
# phrasings differ from rounds 1-9 (tests/probe_articles_en.py ... tests/probe_articles_en9.py).
# expected: dict(speaker, treaty (True/False/None), snippet, [alt], [optional])
# not_statements: substrings that must not yield a peace_treaty=True statement.

# Events: Medvedev on Kunashir and the summoned ambassador (Reuters, 2010); Defence Minister Serdyukov's inspection
# and the Maehara-Lavrov talks (RIA Novosti, 2011); the Duma bill on a Sept. 2 WWII day (Kyodo, 2010); Su-27s off
# Rishiri on Northern Territories Day (AP, 2013); drills on Etorofu and Kunashiri during the Crimea sanctions
# (The Japan Times, 2014); Agriculture Minister Tkachev on Iturup (Sputnik, 2015); military use of the Etorofu
# airport (NHK World, 2018); Su-35s on Etorofu in a MOFA press-conference transcript ("Q:" / "Minister:", 2018);
# a Diet member's "war" remark on a visa-free trip (The Mainichi, 2019); S-300V4 systems on the islands (AFP, 2020);
# the entry ban on 384 Diet members with reader comments below (Japan Today, 2022); a Zakharova briefing on the
# 2023 defence white paper, salmon quotas and grave visits (mid.ru); the idle exchange ship in Nemuro (The Asahi
# Shimbun, 2023); the Sakhalin governor's re-election with votes on the Kurils (The Moscow Times, 2024); a Duma
# delegation on Kunashir (TASS, 2025); the 2025 defence white paper (Nikkei Asia); a Kurilsk district head's
# year-end press conference (machine English from Russian, 2022); a memorial service at sea off Habomai (machine
# English from Japanese, 2026); Moscow's reply to the 2025 Diplomatic Bluebook (Xinhua); a chief cabinet
# secretary's press conference on a detained fishing boat and a new entry-ban list (kantei, 2026).
# Mix: the same speakers say treaty things (sovereignty claims, protests that invoke the islands' status, the
# talks and their suspension) and non-treaty things in the same article (fishing, quotas, ferries, housing,
# kindergartens, a cancelled festival, sanctions, an airspace violation off Rishiri, which is not a disputed
# island, snow, rice, tariffs, Ukraine, the Diaoyu/Senkaku and Takeshima disputes).
# Speakers named by title only, decided by the date: "the Japanese government's top spokesman" (2011-02: Yukio
# Edano; 2020-12: Katsunobu Kato), "Japan's chief cabinet secretary" (2024-09: Yoshimasa Hayashi), "Russia's
# Foreign Ministry spokesman" (2014-08: Alexander Lukashevich), "Russia's defence minister" (2020: Sergei Shoigu),
# "the head of region" (Sakhalin, 2022: Valery Limarenko), "the ministry's spokeswoman" (2025: Maria Zakharova),
# "the minister" after a named defence minister; pronouns and "the diplomat" after a named speaker.
# Shapes: split and multi-sentence quotes, quotes continuing with "he added", reported speech, ledes that
# paraphrase a later quote (optional), an institution's statement (a ministry, a military district, an embassy's
# Telegram post, an election monitor, the former islanders' league), a message read out for a minister, a Q&A
# transcript whose speaker is only "Minister:", a journalist's question answered in reported speech.
# Traps: agency background paragraphs (TASS's "has the appropriate international legal design"), the writer's
# history, documents (a rally resolution, the white papers, the Bluebook, a government decree), anonymous sources
# (a Kremlin source, a General Staff source, a senior ministry official, delegation members, an unnamed lawmaker,
# a ministry official), journalists' questions retelling others' words, events ("the ministers failed to narrow
# their differences", summons and protests with no words), data and election results, captions, related-story
# lines, reader comments, donation appeals, tables of contents.
# Optional or treaty=None: protests that say only "regrettable" or "unacceptable", plans to visit, joint economic
# activity "under Russian law", named analysts and former islanders, a lawmaker's question about war.
ARTICLES = []

# ---------------------------------------------------------------- 2010-2011: Medvedev's visit and its aftermath
ARTICLES += [
dict(id="E10-01", outlet="Reuters", url="https://www.reuters.com/article/us-russia-japan-kurils-idUSTRE6A00LZ20101101", published="2010-11-01",
     title="Medvedev visits disputed isle, Japan summons Russian envoy",
     text="""Medvedev visits disputed isle, Japan summons Russian envoy

By Pavel Korolev and Naoko Fujita

4 Min Read

YUZHNO-KURILSK, Russia/TOKYO (Reuters) - Dmitry Medvedev became the first Russian leader to set foot on the islands at the heart of a 65-year-old territorial row with Japan on Monday, and Tokyo responded by summoning Moscow's ambassador and warning that ties would suffer.

Medvedev, in a dark windcheater, toured a fish-processing plant, a kindergarten and a new geothermal power station on Kunashir, the most southerly of the four islands that Soviet troops seized at the end of World War Two.

"The development of the Kurils is a priority for us. People here should not feel that they live at the end of the world," Medvedev told local officials, promising more money for roads, housing and a new airport. He said the state would cover part of the cost of flights to the mainland for island residents.

Later he posted photographs of the island's coastline on his Twitter account with the comment that there were "many beautiful places in Russia".

In Tokyo, Foreign Minister Seiji Maehara summoned Russian Ambassador Mikhail Bely to lodge a protest.

"The Northern Territories are Japan's inherent territory, and the president's visit hurts the feelings of the Japanese people," Maehara told reporters after the meeting. "It is extremely regrettable."

He added that Japan's position on the islands "has not changed one bit".

Bely told reporters as he left the ministry that the president had visited "Russian territory" and that Moscow saw no grounds for the protest.

Prime Minister Naoto Kan told a parliamentary committee that the visit was "very regrettable", but said Japan would keep seeking the return of the four islands through negotiations. He said Japan would not let the row derail the summit of Asia-Pacific leaders it hosts in Yokohama this month.

"THIS IS OUR LAND"

In Moscow, Foreign Minister Sergei Lavrov called Tokyo's reaction "unacceptable".

"This is our land, and the Russian president visits Russian land. He does not need anyone's permission for that," Lavrov told reporters.

He said preparations for Medvedev's trip to the Yokohama summit were "going ahead as planned".

A Kremlin source told Reuters last month that the trip to the islands had been postponed in September only because of bad weather.

The dispute over the islands, known in Russia as the Southern Kurils and in Japan as the Northern Territories, has prevented the two countries from signing a peace treaty formally ending World War Two.

"Medvedev wants to show voters at home that he can be as tough as Putin," said Yuri Vasilchenko, an independent political analyst in Moscow. "The islands are an easy stage for that."

(Additional reporting by Olga Reznikova in Moscow; Writing by Pavel Korolev; Editing by Alan Mercer)""",
     expected=[
        dict(speaker="Dmitry Medvedev", treaty=False, snippet="People here should not feel that they live at the end of the world"),
        dict(speaker="Dmitry Medvedev", treaty=False, optional=True, snippet="the state would cover part of the cost of flights to the mainland"),
        dict(speaker="Dmitry Medvedev", treaty=None, optional=True, snippet='there were "many beautiful places in Russia"'),
        dict(speaker="Seiji Maehara", alt=["Japanese Foreign Ministry"], treaty=True, snippet="The Northern Territories are Japan's inherent territory, and the president's visit"),
        dict(speaker="Seiji Maehara", alt=["Japanese Foreign Ministry"], treaty=None, snippet="It is extremely regrettable."),
        dict(speaker="Seiji Maehara", alt=["Japanese Foreign Ministry"], treaty=True, snippet='Japan\'s position on the islands "has not changed one bit"'),
        dict(speaker="Mikhail Bely", alt=["Russian Embassy in Japan"], treaty=True, snippet='the president had visited "Russian territory"'),
        dict(speaker="Naoto Kan", alt=["Japanese Government"], treaty=None, optional=True, snippet='the visit was "very regrettable"'),
        dict(speaker="Naoto Kan", alt=["Japanese Government"], treaty=True, snippet="Japan would keep seeking the return of the four islands through negotiations"),
        dict(speaker="Naoto Kan", alt=["Japanese Government"], treaty=False, snippet="Japan would not let the row derail the summit of Asia-Pacific leaders"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry", "Sergey Lavrov"], treaty=None, optional=True, snippet='called Tokyo\'s reaction "unacceptable"'),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry", "Sergey Lavrov"], treaty=True, snippet="This is our land, and the Russian president visits Russian land."),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry", "Sergey Lavrov"], treaty=False, optional=True, snippet='trip to the Yokohama summit were "going ahead as planned"'),
        dict(speaker="Yuri Vasilchenko", treaty=None, optional=True, snippet="Medvedev wants to show voters at home that he can be as tough as Putin"),
     ],
     not_statements=["Dmitry Medvedev became the first Russian leader to set foot on the islands",
                     "Foreign Minister Seiji Maehara summoned Russian Ambassador Mikhail Bely to lodge a protest.",
                     "A Kremlin source told Reuters last month that the trip to the islands had been postponed",
                     "has prevented the two countries from signing a peace treaty formally ending World War Two",
                     "the four islands that Soviet troops seized at the end of World War Two"]),

dict(id="E10-02", outlet="RIA Novosti", url="http://en.rian.ru/russia/20110215/162631847.html", published="2011-02-15",
     title="Serdyukov inspects Kuril garrison, pledges modern weapons",
     text="""Serdyukov inspects Kuril garrison, pledges modern weapons

15:37 15/02/2011

YUZHNO-KURILSK, February 15 (RIA Novosti)

Russian Defense Minister Anatoly Serdyukov arrived on Kunashir in the southern Kuril Islands on Tuesday to inspect the local garrison, less than a week after President Dmitry Medvedev ordered the military to strengthen its presence on the islands claimed by Japan.

Serdyukov, accompanied by Chief of the General Staff Nikolai Makarov, visited the barracks of the machine-gun and artillery division stationed on Kunashir and Iturup, the only ground unit on the islands, as well as a military hospital and a boiler house.

"The equipment here is outdated, some of it has been in service since the 1970s. We will replace it with modern systems, including air defense systems, in a reasonable time," Serdyukov told journalists in Yuzhno-Kurilsk.

"The Kurils are an integral part of Russia, and the state will defend them as it would any other region," the minister said.

He said servicemen's families would get new apartments within two years. "Officers should not have to live in barracks built in the last century," he added.

At a meeting in the Kremlin on February 9, Medvedev instructed Serdyukov to ensure that the additional weapons sent to the islands were "sufficient and modern" to guarantee the security of the Kurils, "which are an inseparable part of the Russian Federation."

A source in the General Staff told RIA Novosti that the first new air defense systems could arrive on Iturup and Kunashir before the end of the year.

In Tokyo, the Japanese government's top spokesman said the defense minister's trip ran counter to Japan's position that the islands are its territory, and called it "extremely regrettable."

Japanese Foreign Minister Seiji Maehara held talks with Russian Foreign Minister Sergei Lavrov in Moscow on Friday, the first such meeting since Medvedev's visit to Kunashir in November. The ministers failed to narrow their differences.

Lavrov told Maehara that progress on a peace treaty was impossible while Japanese officials called the islands "illegally occupied," the Russian Foreign Ministry said. Lavrov also proposed joint economic projects on the islands under Russian law.

Maehara said after the talks that the two countries' positions remained "far apart," but that Tokyo wanted to resolve the territorial issue "calmly" and conclude a peace treaty. He said Japan was also interested in expanding cooperation in energy, including liquefied natural gas supplies from Sakhalin.

The dispute over the four southern Kuril Islands, which the Soviet Union annexed at the end of World War II, has prevented Moscow and Tokyo from signing a peace treaty. Japan refers to the islands as its Northern Territories.

Related:
Kan calls Medvedev's Kuril visit an 'outrage'
Russia to deploy new weapons on Kurils - Medvedev""",
     expected=[
        dict(speaker="Anatoly Serdyukov", alt=["Russian Defence Ministry", "Russian Defense Ministry"], treaty=False, snippet="We will replace it with modern systems, including air defense systems"),
        dict(speaker="Anatoly Serdyukov", alt=["Russian Defence Ministry", "Russian Defense Ministry"], treaty=True, snippet="The Kurils are an integral part of Russia, and the state will defend them"),
        dict(speaker="Anatoly Serdyukov", alt=["Russian Defence Ministry", "Russian Defense Ministry"], treaty=False, optional=True, snippet="servicemen's families would get new apartments within two years"),
        dict(speaker="Anatoly Serdyukov", alt=["Russian Defence Ministry", "Russian Defense Ministry"], treaty=False, optional=True, snippet="Officers should not have to live in barracks built in the last century"),
        dict(speaker="Dmitry Medvedev", alt=["Kremlin"], treaty=True, snippet='"which are an inseparable part of the Russian Federation."'),
        dict(speaker="Dmitry Medvedev", alt=["Kremlin"], treaty=None, optional=True, snippet='were "sufficient and modern" to guarantee the security of the Kurils'),
        dict(speaker="Yukio Edano", alt=["Japanese Government"], treaty=True, snippet="ran counter to Japan's position that the islands are its territory"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry", "Sergey Lavrov"], treaty=True, snippet="progress on a peace treaty was impossible while Japanese officials called the islands"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry", "Sergey Lavrov"], treaty=None, optional=True, snippet="Lavrov also proposed joint economic projects on the islands under Russian law."),
        dict(speaker="Seiji Maehara", alt=["Japanese Foreign Ministry"], treaty=True, snippet='Tokyo wanted to resolve the territorial issue "calmly" and conclude a peace treaty'),
        dict(speaker="Seiji Maehara", alt=["Japanese Foreign Ministry"], treaty=False, snippet="Japan was also interested in expanding cooperation in energy"),
     ],
     not_statements=["A source in the General Staff told RIA Novosti that the first new air defense systems could arrive",
                     "The ministers failed to narrow their differences.",
                     "has prevented Moscow and Tokyo from signing a peace treaty",
                     "Kan calls Medvedev's Kuril visit an 'outrage'",
                     "Japan refers to the islands as its Northern Territories."]),

dict(id="E10-03", outlet="Kyodo News", url="http://home.kyodo.co.jp/modules/fstStory/index.php?storyid=512784", published="2010-07-08",
     title="Japan voices concern over Russian bill marking Sept. 2 as WWII end day",
     text="""Japan voices concern over Russian bill marking Sept. 2 as WWII end day

TOKYO, July 8 Kyodo

Japan on Thursday voiced concern over a bill passed by Russia's lower house designating Sept. 2 as a day marking the end of World War II, with the government's top spokesman saying it could sour the atmosphere for talks on the territorial row over four islands off Hokkaido.

"We are concerned that such a move could stir up unnecessary emotions in both countries at a time when we are working to resolve the Northern Territories issue and conclude a peace treaty," Chief Cabinet Secretary Yoshito Sengoku told a news conference.

Sengoku said Tokyo had conveyed its concern to Moscow through diplomatic channels.

Foreign Minister Katsuya Okada told reporters that the date itself, the day Japan signed the instrument of surrender aboard the USS Missouri in 1945, was "not in itself a problem." But he said Japan would watch closely whether the commemoration was used "to justify the occupation of the four islands."

Okada said the bill would not affect preparations for Russian President Dmitry Medvedev's visit to Yokohama for the Asia-Pacific Economic Cooperation forum summit in November.

In Moscow, Foreign Ministry spokesman Andrei Nesterenko said the bill was "not directed against any country" and was meant to honor veterans. The southern Kurils became part of the Soviet Union "on a legitimate basis" as a result of the war, and this is "not subject to revision," he told a weekly briefing.

The bill, drafted at the initiative of the Sakhalin regional legislature, still needs the approval of the Federation Council, the upper house, and Medvedev's signature.

Sakhalin Gov. Alexander Khoroshavin welcomed the bill, telling local media that veterans who "liberated South Sakhalin and the Kuril Islands" deserved a day of their own.

A senior Japanese Foreign Ministry official, speaking on condition of anonymity, said Tokyo had been caught off guard by the timing, coming weeks after the two countries agreed to step up talks on the islands.

The Soviet Union declared war on Japan on Aug. 9, 1945, and occupied the islands after Japan accepted the Potsdam Declaration. The dispute over the islands, which Tokyo names the Northern Territories and Moscow the Southern Kurils, has prevented the two countries from concluding a postwar peace treaty.

In the Soviet era, Sept. 3 was marked as the day of victory over Japan.

==Kyodo""",
     expected=[
        dict(speaker="Yoshito Sengoku", alt=["Japanese Government"], treaty=True, snippet="at a time when we are working to resolve the Northern Territories issue"),
        dict(speaker="Yoshito Sengoku", alt=["Japanese Government"], treaty=None, optional=True, snippet="Tokyo had conveyed its concern to Moscow through diplomatic channels"),
        dict(speaker="Katsuya Okada", alt=["Japanese Foreign Ministry"], treaty=False, optional=True, snippet='"not in itself a problem."'),
        dict(speaker="Katsuya Okada", alt=["Japanese Foreign Ministry"], treaty=True, snippet='"to justify the occupation of the four islands."'),
        dict(speaker="Katsuya Okada", alt=["Japanese Foreign Ministry"], treaty=False, snippet="the bill would not affect preparations for Russian President Dmitry Medvedev's visit"),
        dict(speaker="Andrei Nesterenko", alt=["Russian Foreign Ministry"], treaty=False, snippet='the bill was "not directed against any country"'),
        dict(speaker="Andrei Nesterenko", alt=["Russian Foreign Ministry"], treaty=True, snippet='became part of the Soviet Union "on a legitimate basis" as a result of the war'),
        dict(speaker="Alexander Khoroshavin", treaty=None, optional=True, snippet='veterans who "liberated South Sakhalin and the Kuril Islands"'),
     ],
     not_statements=["Tokyo had been caught off guard by the timing",
                     "has prevented the two countries from concluding a postwar peace treaty",
                     "The Soviet Union declared war on Japan on Aug. 9, 1945, and occupied the islands",
                     "drafted at the initiative of the Sakhalin regional legislature",
                     "In the Soviet era, Sept. 3 was marked as the day of victory over Japan."]),
]

# ---------------------------------------------------------------- 2013-2015: rally, airspace, drills, a minister's trip
ARTICLES += [
dict(id="E10-04", outlet="AP", url="http://bigstory.ap.org/article/japan-says-russian-jets-violated-airspace-abe-renews-island-pledge", published="2013-02-07",
     title="Japan says Russian jets violated its airspace as Abe renews island pledge",
     text="""Japan says Russian jets violated its airspace as Abe renews island pledge

By KEIKO NAKAZAWA
Associated Press

TOKYO (AP) — Two Russian fighter jets briefly entered Japanese airspace off the northern island of Hokkaido on Thursday, Japan's Defense Ministry said, on the day Prime Minister Shinzo Abe told an annual rally that he was determined to resolve a decades-old territorial dispute with Moscow.

The ministry said two Su-27 fighters flew over waters off Rishiri island, northwest of Hokkaido, for a little over a minute shortly after 3 p.m., and that air force F-2 jets were scrambled to intercept them.

Foreign Minister Fumio Kishida called the incursion "extremely regrettable" and said Japan had lodged a strong protest with the Russian Embassy in Tokyo.

Russia's Defense Ministry denied that its planes had crossed into Japanese airspace, saying the flights were routine and had been carried out "in strict accordance with international rules."

The rally is held in Tokyo every Feb. 7 to press for the return of islands seized by Soviet troops in 1945. Addressing it for the first time since returning to office in December, Abe said the four islands were "an integral part of our nation's territory."

"I will tenaciously pursue negotiations with Russia so that we can resolve the issue and conclude a peace treaty. There is no easy solution, but I am determined to achieve a result," he said.

Abe said former Prime Minister Yoshiro Mori would travel to Moscow later this month as his special envoy to lay the groundwork for his own visit.

Asked by reporters later about the jets, he said the government would respond "calmly but firmly" to any violation of Japan's airspace.

Kremlin spokesman Dmitry Peskov said Moscow was open to "constructive dialogue" with Tokyo, but that the islands' status was "not up for discussion."

Hokkaido Gov. Harumi Takahashi, who also addressed the rally, urged the government to secure safe fishing for crab and sea urchin boats from Nemuro that operate near the islands.

A resolution adopted at the rally demanded the "immediate return" of the four islands.

Hiroshi Tokuda, 79, who was forced to leave Shikotan as a boy, said he hoped to see his parents' graves again "while I can still walk."

The islands, which Russia calls the Southern Kurils, were seized by Soviet forces in the closing days of World War II, and the dispute has kept the two countries from signing a peace treaty formally ending their hostilities.

Japan's air force scrambled jets 248 times against Russian aircraft in the year ending March 2012, according to Defense Ministry data.

Associated Press writer Irina Petrova in Moscow contributed to this report.

Copyright 2013 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.""",
     expected=[
        dict(speaker="Japanese Defence Ministry", alt=["Japanese Defense Ministry", "Japanese Ministry of Defense"], treaty=False, optional=True, snippet="two Su-27 fighters flew over waters off Rishiri island"),
        dict(speaker="Fumio Kishida", alt=["Japanese Foreign Ministry"], treaty=False, snippet='called the incursion "extremely regrettable"'),
        dict(speaker="Russian Defence Ministry", alt=["Russian Defense Ministry"], treaty=False, snippet='carried out "in strict accordance with international rules."'),
        dict(speaker="Shinzo Abe", alt=["Japanese Government"], treaty=True, snippet='the four islands were "an integral part of our nation\'s territory."'),
        dict(speaker="Shinzo Abe", alt=["Japanese Government"], treaty=True, snippet="I will tenaciously pursue negotiations with Russia so that we can resolve the issue"),
        dict(speaker="Shinzo Abe", alt=["Japanese Government"], treaty=None, optional=True, snippet="would travel to Moscow later this month as his special envoy"),
        dict(speaker="Shinzo Abe", alt=["Japanese Government"], treaty=False, snippet='respond "calmly but firmly" to any violation of Japan\'s airspace'),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet='the islands\' status was "not up for discussion."'),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=None, optional=True, snippet='Moscow was open to "constructive dialogue" with Tokyo'),
        dict(speaker="Harumi Takahashi", treaty=False, snippet="urged the government to secure safe fishing for crab and sea urchin boats"),
        dict(speaker="Hiroshi Tokuda", treaty=False, optional=True, snippet='he hoped to see his parents\' graves again "while I can still walk."'),
     ],
     not_statements=['A resolution adopted at the rally demanded the "immediate return" of the four islands.',
                     "The rally is held in Tokyo every Feb. 7 to press for the return of islands seized by Soviet troops",
                     "were seized by Soviet forces in the closing days of World War II",
                     "Japan's air force scrambled jets 248 times against Russian aircraft"]),

dict(id="E10-05", outlet="The Japan Times", url="https://www.japantimes.co.jp/news/2014/08/13/national/politics-diplomacy/tokyo-protests-russian-drills-on-disputed-isles/", published="2014-08-13",
     title="Tokyo protests Russian military drills on disputed isles",
     text="""NATIONAL / POLITICS & DIPLOMACY

Tokyo protests Russian military drills on disputed isles

KYODO
Aug 13, 2014

The government lodged a protest with Moscow on Wednesday over military exercises Russia has begun on two of the four Russian-held islands off Hokkaido, calling the drills incompatible with Japan's position on the territorial dispute.

"Russia's reinforcement of its military presence on the four islands, which are Japan's inherent territory, is unacceptable and runs counter to our country's position," Chief Cabinet Secretary Yoshihide Suga told a regular news conference.

The Eastern Military District said in a statement that more than 1,000 troops and five Mi-8 helicopters were taking part in the exercises on Etorofu and Kunashiri, which would practice repelling an enemy landing.

Asked whether the drills would affect plans for President Vladimir Putin to visit Japan this fall, Suga said nothing had been decided about the timing of the trip.

Foreign Minister Fumio Kishida told reporters separately that Japan would continue talks with Russia to "resolve the issue of the attribution of the four islands and conclude a peace treaty," even as it joins other Group of Seven nations in sanctions over Ukraine.

He defended the additional measures Tokyo announced last week, including an asset freeze on 40 individuals and two entities linked to the annexation of Crimea, as "necessary in coordination with the G-7."

Moscow has responded sharply to those sanctions. In a statement, its Foreign Ministry postponed vice-ministerial consultations on a peace treaty that had been scheduled for late August, saying Tokyo's steps ran counter to the "atmosphere of trust" the talks required.

Russia's Foreign Ministry spokesman, asked about Tokyo's protest over the drills, said on Wednesday that Russia was holding exercises "on its own territory" and that Japanese objections "cannot be accepted."

In Nemuro, the Hokkaido city closest to the islands, Mayor Shunsuke Hasegawa said local fishermen were worried that the tension could affect talks on safe operations for the autumn season.

The Defense Ministry estimates that about 3,500 Russian troops are stationed on Etorofu and Kunashiri.

Prime Minister Shinzo Abe and Putin have met five times since Abe returned to power in December 2012 and agreed last year to accelerate negotiations on a peace treaty.

The four islands — Etorofu, Kunashiri, Shikotan and the Habomai islet group — were seized by Soviet forces after Japan's surrender in August 1945. The dispute has prevented the two countries from signing a postwar peace treaty.

RELATED STORIES
Russia warns Tokyo over 'unfriendly' sanctions
Former islanders urge Abe to keep pushing for grave visits""",
     expected=[
        dict(speaker="Japanese Government", alt=["Yoshihide Suga"], treaty=True, optional=True, snippet="calling the drills incompatible with Japan's position on the territorial dispute"),
        dict(speaker="Yoshihide Suga", alt=["Japanese Government"], treaty=True, snippet="which are Japan's inherent territory, is unacceptable and runs counter"),
        dict(speaker="Eastern Military District", alt=["Russian Defence Ministry", "Russian Defense Ministry"], treaty=False, snippet="were taking part in the exercises on Etorofu and Kunashiri"),
        dict(speaker="Yoshihide Suga", alt=["Japanese Government"], treaty=False, optional=True, snippet="nothing had been decided about the timing of the trip"),
        dict(speaker="Fumio Kishida", alt=["Japanese Foreign Ministry"], treaty=True, snippet="resolve the issue of the attribution of the four islands and conclude a peace treaty"),
        dict(speaker="Fumio Kishida", alt=["Japanese Foreign Ministry"], treaty=False, snippet='"necessary in coordination with the G-7."'),
        dict(speaker="Russian Foreign Ministry", treaty=True, snippet='ran counter to the "atmosphere of trust" the talks required'),
        dict(speaker="Alexander Lukashevich", alt=["Russian Foreign Ministry"], treaty=True, snippet='Russia was holding exercises "on its own territory"'),
        dict(speaker="Shunsuke Hasegawa", treaty=False, snippet="local fishermen were worried that the tension could affect talks on safe operations"),
     ],
     not_statements=["The Defense Ministry estimates that about 3,500 Russian troops are stationed on Etorofu and Kunashiri.",
                     "agreed last year to accelerate negotiations on a peace treaty",
                     "were seized by Soviet forces after Japan's surrender in August 1945",
                     "The dispute has prevented the two countries from signing a postwar peace treaty.",
                     "Former islanders urge Abe to keep pushing for grave visits"]),
]

ARTICLES += [
dict(id="E10-06", outlet="Sputnik", url="https://sputniknews.com/russia/201509221027381734-tkachev-kurils-fish-farms/", published="2015-09-22",
     title="Russian Agriculture Minister Tours Kuril Fish Farms, Brushes Off Tokyo's Protest",
     text="""Russian Agriculture Minister Tours Kuril Fish Farms, Brushes Off Tokyo's Protest

Russia
13:42 22.09.2015 (updated 14:05 22.09.2015) Get short URL

Russian Agriculture Minister Alexander Tkachev, on a working trip to the Kuril Islands, said Tuesday that he did not need anyone's approval to travel around his own country.

Iturup Island, Kuril Islands
© Sputnik

YUZHNO-KURILSK (Sputnik) — "I am in Russia, on Russian land. I do not understand why this should worry anyone," Tkachev told journalists on Iturup Island.

The minister visited a salmon hatchery and a fish processing plant on the island. According to Tkachev, Russia plans to double the release of young salmon from the Kuril hatcheries by 2020, and the islands' fish farms will receive state subsidies.

"The Kurils can feed not only themselves but the whole Far East," he added.

Sakhalin Governor Oleg Kozhemyako, who was elected to the post earlier this month and accompanied the minister, said the region would order a new passenger ferry for the islands so that residents "no longer have to wait a week for a ship to the mainland."

On Monday, Japan's Chief Cabinet Secretary Yoshihide Suga said the minister's trip was "not consistent with Japan's position" on the islands and "extremely regrettable."

Commenting on Tokyo's reaction, Russian Foreign Ministry spokeswoman Maria Zakharova said Moscow had no intention of coordinating Russian officials' trips around Russian regions with Tokyo.

"The Southern Kurils are Russian territory, and the travel schedules of our ministers are not a subject for consultations with foreign partners," Zakharova said.

She added that the dialogue on a peace treaty would continue, with the deputy foreign ministers of the two countries set to meet in Moscow in October.

Russian Foreign Minister Sergei Lavrov and his Japanese counterpart Fumio Kishida held talks in Moscow on Monday.

According to Japanese media, Tokyo is also unhappy about a possible visit to the islands by Prime Minister Dmitry Medvedev later this year.

Relations between Moscow and Tokyo have been complicated by a territorial dispute over four islands in the southern part of the Kuril chain, which Japan calls its Northern Territories. The two countries have not signed a peace treaty after World War II.

Related:
Medvedev Says Kurils Are 'Part of Sakhalin Region', Not Bargaining Chip
Japan, Russia Agree to Hold Peace Treaty Talks in October

Subscribe""",
     expected=[
        dict(speaker="Alexander Tkachev", treaty=True, snippet="I am in Russia, on Russian land."),
        dict(speaker="Alexander Tkachev", treaty=False, snippet="double the release of young salmon from the Kuril hatcheries by 2020"),
        dict(speaker="Alexander Tkachev", treaty=False, optional=True, snippet="The Kurils can feed not only themselves but the whole Far East"),
        dict(speaker="Oleg Kozhemyako", treaty=False, snippet="the region would order a new passenger ferry for the islands"),
        dict(speaker="Yoshihide Suga", alt=["Japanese Government"], treaty=True, snippet='"not consistent with Japan\'s position" on the islands'),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, optional=True, snippet="Moscow had no intention of coordinating Russian officials' trips around Russian regions"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="The Southern Kurils are Russian territory, and the travel schedules of our ministers"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="the dialogue on a peace treaty would continue"),
     ],
     not_statements=["The two countries have not signed a peace treaty after World War II.",
                     "which Japan calls its Northern Territories",
                     "Tokyo is also unhappy about a possible visit to the islands by Prime Minister Dmitry Medvedev",
                     "Medvedev Says Kurils Are 'Part of Sakhalin Region', Not Bargaining Chip",
                     "Japan, Russia Agree to Hold Peace Treaty Talks in October",
                     "held talks in Moscow on Monday"]),
]

# ---------------------------------------------------------------- 2018-2020: airport, fighters, a lawmaker's remark, S-300V4
ARTICLES += [
dict(id="E10-07", outlet="NHK World", url="https://www3.nhk.or.jp/nhkworld/en/news/20180202_31/", published="2018-02-02",
     title="Japan protests Russia's military use of Etorofu airport",
     text="""Japan protests Russia's military use of Etorofu airport

Feb. 2, 2018 - Updated 10:12 UTC

The Japanese government has lodged a protest with Russia over a decision to allow military aircraft to use a civilian airport on Etorofu, one of the Russian-held islands that Japan claims.

Russia's government issued a decree late last month allowing the Defense Ministry to station aircraft at the airport, which opened in 2014.

Chief Cabinet Secretary Yoshihide Suga told reporters on Friday that the move contradicts Japan's position on the Northern Territories and is regrettable. He said the government conveyed its protest to the Russian side through diplomatic channels.

Suga added that Japan will continue to negotiate persistently with Russia to resolve the territorial issue and conclude a peace treaty, including through joint economic activities on the islands.

Defense Minister Itsunori Onodera said his ministry will closely watch Russia's military activities in the Far East. He noted that Russian forces have been building new barracks and other facilities on Etorofu and Kunashiri since 2016.

Foreign Minister Taro Kono says he plans to raise the issue when he next meets Russian Foreign Minister Sergei Lavrov. Kono also said Japan will ask Russia to keep this summer's grave visits by former island residents, to be made by plane, on schedule.

A Russian Foreign Ministry official told NHK that Japan had been informed of the decision in advance.

Later on Friday, Russia's Foreign Ministry said in a comment posted on its website that decisions on the use of infrastructure on Russian territory are Russia's sovereign right, and that Tokyo's protest is groundless.

In Nemuro, the Hokkaido city closest to the islands, Mayor Shunsuke Hasegawa said residents were disappointed, but that the city will still send members to the next public-private mission to the islands to study joint projects.

Related
Japan, Russia discuss tours to Northern Territories
Former islanders to visit graves by plane again""",
     expected=[
        dict(speaker="Yoshihide Suga", alt=["Japanese Government"], treaty=True, snippet="the move contradicts Japan's position on the Northern Territories and is regrettable"),
        dict(speaker="Yoshihide Suga", alt=["Japanese Government"], treaty=True, snippet="continue to negotiate persistently with Russia to resolve the territorial issue"),
        dict(speaker="Itsunori Onodera", alt=["Japanese Defence Ministry", "Japanese Defense Ministry"], treaty=False, snippet="his ministry will closely watch Russia's military activities in the Far East"),
        dict(speaker="Itsunori Onodera", alt=["Japanese Defence Ministry", "Japanese Defense Ministry"], treaty=False, optional=True, snippet="Russian forces have been building new barracks and other facilities on Etorofu"),
        dict(speaker="Taro Kono", alt=["Japanese Foreign Ministry"], treaty=None, optional=True, snippet="he plans to raise the issue when he next meets Russian Foreign Minister"),
        dict(speaker="Taro Kono", alt=["Japanese Foreign Ministry"], treaty=False, snippet="keep this summer's grave visits by former island residents, to be made by plane"),
        dict(speaker="Russian Foreign Ministry", treaty=True, snippet="decisions on the use of infrastructure on Russian territory are Russia's sovereign right"),
        dict(speaker="Shunsuke Hasegawa", treaty=None, optional=True, snippet="the city will still send members to the next public-private mission"),
     ],
     not_statements=["Russia's government issued a decree late last month allowing the Defense Ministry to station aircraft",
                     "A Russian Foreign Ministry official told NHK that Japan had been informed of the decision in advance.",
                     "The Japanese government has lodged a protest with Russia over a decision to allow military aircraft",
                     "Japan, Russia discuss tours to Northern Territories"]),
]

ARTICLES += [
dict(id="E10-08", outlet="Ministry of Foreign Affairs of Japan", url="https://www.mofa.go.jp/press/kaiken/kaiken4e_000523.html", published="2018-08-07",
     title="Press Conference by Foreign Minister Taro Kono",
     text="""Press Conference by Foreign Minister Taro Kono

Tuesday, August 7, 2018, 11:02 a.m. Ministry of Foreign Affairs

Japanese

Opening Remarks

(1) Results of the ASEAN-related Foreign Ministers' Meetings

Minister: Good morning. From August 2 to 4, I visited Singapore to attend the ASEAN-related Foreign Ministers' Meetings. At the meetings I stressed that the international community must continue to fully implement the UN Security Council resolutions until North Korea's complete, verifiable and irreversible dismantlement of all weapons of mass destruction and ballistic missiles. I also held bilateral meetings with 13 of my counterparts.

(2) Support from abroad after the July heavy rain

Minister: I would like to once again express my gratitude for the messages of sympathy and the offers of assistance received from many countries and regions after the heavy rain in western Japan last month.

Deployment of Russian fighter aircraft to Etorofu Island

Q: Russian media report that the Russian Ministry of Defence has deployed Su-35S fighter aircraft to the airfield on Etorofu Island, which the Government of Japan considers its inherent territory. What is the Government's response?

Minister: I am aware of the reports. The strengthening of Russia's military presence in the Four Northern Islands is inconsistent with Japan's position regarding these islands, and we have lodged a protest with the Russian side through diplomatic channels. We will continue to monitor the situation closely.

Visits to family graves by aircraft

Q: Former residents will again visit family graves by plane this month. Could you tell us about the arrangements?

Minister: Visits to family graves on the Four Northern Islands by former residents are conducted as a humanitarian measure. This year, thanks to the agreement between the two leaders, the visits by aircraft will take place for the second time, and we are coordinating closely with the Russian side so that the elderly former residents can make the trip safely and comfortably.

Peace treaty negotiations

Q: Last week Foreign Minister Lavrov said that Japan must first recognize the results of World War II, including Russia's sovereignty over the islands. Meanwhile, pilot tours under the joint economic activities are planned for the autumn. Does the Su-35 deployment affect the negotiations?

Minister: I will refrain from commenting on each remark by the Russian side. The joint economic activities will be carried out under a special framework that does not harm the legal positions of either side. Our policy of resolving the issue of the attribution of the Four Northern Islands and concluding a peace treaty remains unchanged, and we will patiently continue the negotiations.

Russian military exercise "Vostok 2018"

Q: Russia plans a large-scale exercise, "Vostok 2018", in September with the participation of Chinese forces. How do you view this?

Minister: I would like to refrain from commenting on the exercises of another country. We will keep watching the trends of military activities in the region with interest.

Japanese nationals detained in China

Q: On the Japanese nationals detained in China, is there any progress?

Minister: The Government is providing all possible consular support, including visits by consular officers, and we continue to ask the Chinese side for an early release.

Back to Press Conferences""",
     expected=[
        dict(speaker="Taro Kono", alt=["Japanese Foreign Ministry"], treaty=False, snippet="until North Korea's complete, verifiable and irreversible dismantlement"),
        dict(speaker="Taro Kono", alt=["Japanese Foreign Ministry"], treaty=False, optional=True, snippet="express my gratitude for the messages of sympathy and the offers of assistance"),
        dict(speaker="Taro Kono", alt=["Japanese Foreign Ministry"], treaty=True, snippet="is inconsistent with Japan's position regarding these islands"),
        dict(speaker="Taro Kono", alt=["Japanese Foreign Ministry"], treaty=False, snippet="Visits to family graves on the Four Northern Islands by former residents are conducted"),
        dict(speaker="Taro Kono", alt=["Japanese Foreign Ministry"], treaty=None, optional=True, snippet="under a special framework that does not harm the legal positions of either side"),
        dict(speaker="Taro Kono", alt=["Japanese Foreign Ministry"], treaty=True, snippet="Our policy of resolving the issue of the attribution of the Four Northern Islands"),
        dict(speaker="Taro Kono", alt=["Japanese Foreign Ministry"], treaty=False, optional=True, snippet="I would like to refrain from commenting on the exercises of another country."),
        dict(speaker="Taro Kono", alt=["Japanese Foreign Ministry"], treaty=False, snippet="The Government is providing all possible consular support"),
     ],
     not_statements=["which the Government of Japan considers its inherent territory",
                     "Japan must first recognize the results of World War II, including Russia's sovereignty",
                     "Russian media report that the Russian Ministry of Defence has deployed Su-35S fighter aircraft",
                     "Deployment of Russian fighter aircraft to Etorofu Island"]),

dict(id="E10-09", outlet="The Mainichi", url="https://mainichi.jp/english/articles/20190514/p2a/00m/0na/011000c", published="2019-05-14",
     title="Ishin expels lawmaker over 'war' remark on Russian-held isle; gov't vows peaceful talks",
     text="""Ishin expels lawmaker over 'war' remark on Russian-held isle; gov't vows peaceful talks

May 14, 2019 (Mainichi Japan)

Japanese version

Nippon Ishin no Kai (Japan Innovation Party) on May 14 expelled House of Representatives member Hodaka Maruyama, who had asked a former resident of one of the Russian-held islands off Hokkaido during a visa-free exchange trip whether Japan should take the islands back by war.

The 35-year-old lawmaker made the remark on the night of May 11 at a lodging facility on Kunashiri Island, where he was taking part in a visit by a Japanese delegation under the visa-free exchange program. According to members of the delegation, he had been drinking at the time.

"Are you for or against getting the islands back through war?" Maruyama asked the head of the delegation, a former islander in his late 80s. When the man replied that war was out of the question, Maruyama asked, "Can we get them back without a war?"

Maruyama apologized at a news conference in Tokyo on May 13. "I deeply apologize to the former islanders and everyone involved in the exchange program for my inappropriate remark," he said, adding that he would retract it. He said, however, that he would not resign his seat.

Ishin leader Ichiro Matsui, who is also the mayor of Osaka, told reporters that the remark was "outrageous" and that "there is no way to resolve the Northern Territories issue other than diplomatic negotiations."

Party Secretary-General Nobuyuki Baba said the party had decided on the expulsion because Maruyama's conduct as a lawmaker "cannot be tolerated."

Chief Cabinet Secretary Yoshihide Suga told a news conference that the remark was "extremely inappropriate." "The government's policy of resolving the territorial issue and concluding a peace treaty through negotiations remains unchanged," he said.

The remark also drew a reaction from Moscow. Konstantin Kosachev, chairman of the international affairs committee of Russia's Federation Council, wrote on Facebook that the lawmaker's words were "a direct threat" and that "those who talk about war should forget about any territorial claims once and for all."

The Russian Embassy in Tokyo said it had taken note of the Japanese side's apology and regarded the matter as closed.

The League of Residents of Chishima and Habomai Islands said in a statement that the remark had "trampled on" decades of efforts by former islanders to seek the return of the islands only through peaceful means.

The visa-free exchange program, launched in 1992, allows former residents of the islands and other Japanese citizens to visit the islands without visas, and Russian residents of the islands to visit Japan.

Opposition parties are considering submitting a resolution calling on Maruyama to resign.

(Japanese original by Kenta Morioka, Political News Department)""",
     expected=[
        dict(speaker="Hodaka Maruyama", treaty=None, optional=True, snippet="Are you for or against getting the islands back through war?"),
        dict(speaker="Hodaka Maruyama", treaty=False, snippet="I deeply apologize to the former islanders and everyone involved in the exchange program"),
        dict(speaker="Hodaka Maruyama", treaty=False, optional=True, snippet="he would not resign his seat"),
        dict(speaker="Ichiro Matsui", treaty=None, optional=True, snippet='the remark was "outrageous"'),
        dict(speaker="Ichiro Matsui", treaty=True, snippet="no way to resolve the Northern Territories issue other than diplomatic negotiations"),
        dict(speaker="Nobuyuki Baba", treaty=False, snippet='Maruyama\'s conduct as a lawmaker "cannot be tolerated."'),
        dict(speaker="Yoshihide Suga", alt=["Japanese Government"], treaty=None, optional=True, snippet='the remark was "extremely inappropriate."'),
        dict(speaker="Yoshihide Suga", alt=["Japanese Government"], treaty=True, snippet="resolving the territorial issue and concluding a peace treaty through negotiations"),
        dict(speaker="Konstantin Kosachev", alt=["Federation Council"], treaty=True, snippet="should forget about any territorial claims once and for all"),
        dict(speaker="Russian Embassy in Japan", treaty=False, optional=True, snippet="had taken note of the Japanese side's apology and regarded the matter as closed"),
        dict(speaker="Chishima and Habomai Islands Residents League", alt=["former islanders' league", "League of Residents of Chishima and Habomai Islands"], treaty=True, optional=True, snippet="to seek the return of the islands only through peaceful means"),
     ],
     not_statements=["According to members of the delegation, he had been drinking at the time.",
                     "allows former residents of the islands and other Japanese citizens to visit the islands without visas",
                     "Opposition parties are considering submitting a resolution calling on Maruyama to resign.",
                     "(Japanese original by Kenta Morioka, Political News Department)"]),
]

ARTICLES += [
dict(id="E10-10", outlet="AFP", url="https://www.france24.com/en/live-news/20201202-japan-protests-russian-air-defence-deployment-on-disputed-islands", published="2020-12-02",
     title="Japan protests Russian air defence deployment on disputed islands",
     text="""Japan protests Russian air defence deployment on disputed islands

Issued on: 02/12/2020 - 08:41

Tokyo (AFP) – Japan said Wednesday it had protested to Moscow after Russia deployed advanced air defence missiles on a disputed island chain, in a move Tokyo said contradicted its position on the territory.

Russia's defence ministry said on Tuesday that S-300V4 surface-to-air missile systems had been put on combat duty on the Kuril Islands as part of an exercise, and would stay there permanently to protect the airspace over the chain.

Japan's top government spokesman told reporters the deployment was "in conflict with our country's position" on the islands and that Tokyo had lodged a protest through diplomatic channels.

"We will continue to closely monitor Russian military activity in the Far East, including in the Northern Territories," he said.

Defence Minister Nobuo Kishi said the ministry was analysing the deployment, noting that Russia had been building up its forces near Japan in recent years.

In Moscow, Kremlin spokesman Dmitry Peskov said Russia was "equipping its armed forces on its own territory" and "does not need to justify this to anyone".

Prime Minister Yoshihide Suga told parliament last month that he did not intend to leave the dispute "to the next generation" and would pursue a peace treaty on the basis of the 1956 joint declaration, as agreed by his predecessor Shinzo Abe and President Vladimir Putin in 2018.

Russia's defence minister told a ministry board meeting in August that new housing and barracks for troops on the Kurils would be completed by 2023.

Russia has steadily built up its military presence on the islands, deploying Bal and Bastion coastal missile systems in 2016 and, later, fighter jets.

Moscow this year also amended its constitution to forbid ceding Russian territory. Tokyo says the change does not affect the negotiations.

The islands, known in Russia as the Southern Kurils and in Japan as the Northern Territories, were seized by Soviet troops at the end of World War II, and the dispute has prevented the two countries from signing a peace treaty.

A Russian S-300V4 missile system takes part in a military parade in Moscow AFP/File

© 2020 AFP""",
     expected=[
        dict(speaker="Japanese Government", alt=["Katsunobu Kato"], treaty=True, optional=True, snippet="in a move Tokyo said contradicted its position on the territory"),
        dict(speaker="Russian Defence Ministry", alt=["Russian Defense Ministry"], treaty=False, snippet="had been put on combat duty on the Kuril Islands as part of an exercise"),
        dict(speaker="Katsunobu Kato", alt=["Japanese Government"], treaty=True, snippet='the deployment was "in conflict with our country\'s position" on the islands'),
        dict(speaker="Katsunobu Kato", alt=["Japanese Government"], treaty=False, optional=True, snippet="We will continue to closely monitor Russian military activity in the Far East"),
        dict(speaker="Nobuo Kishi", alt=["Japanese Defence Ministry", "Japanese Defense Ministry"], treaty=False, snippet="the ministry was analysing the deployment"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet='Russia was "equipping its armed forces on its own territory"'),
        dict(speaker="Yoshihide Suga", alt=["Japanese Government"], treaty=True, snippet="would pursue a peace treaty on the basis of the 1956 joint declaration"),
        dict(speaker="Sergei Shoigu", alt=["Russian Defence Ministry", "Russian Defense Ministry"], treaty=False, snippet="new housing and barracks for troops on the Kurils would be completed by 2023"),
        dict(speaker="Japanese Government", treaty=True, optional=True, snippet="Tokyo says the change does not affect the negotiations"),
     ],
     not_statements=["deploying Bal and Bastion coastal missile systems in 2016 and, later, fighter jets",
                     "Moscow this year also amended its constitution to forbid ceding Russian territory",
                     "were seized by Soviet troops at the end of World War II, and the dispute has prevented",
                     "A Russian S-300V4 missile system takes part in a military parade in Moscow"]),
]

# ---------------------------------------------------------------- 2022-2023: bans, a briefing, the idle ship
ARTICLES += [
dict(id="E10-11", outlet="Japan Today", url="https://japantoday.com/category/politics/russia-bans-entry-of-384-japanese-lawmakers", published="2022-07-30",
     title="Russia bans entry of 384 Japanese lawmakers over sanctions",
     text="""Japan Today
National | Crime | Entertainment | Politics | Business | Tech | Features

POLITICS

Russia bans entry of 384 Japanese lawmakers over sanctions

TOKYO
Jul. 30, 2022 06:12 am JST
6 Comments

Russia said Friday it has banned 384 members of Japan's Diet from entering the country indefinitely, in retaliation for Tokyo's sanctions over Moscow's invasion of Ukraine.

The Russian Foreign Ministry said in a statement that the measure was taken in response to the "unfriendly course" of the Japanese government and to sanctions imposed on Russian lawmakers.

The statement also accused Tokyo of using "unfounded territorial claims" against Russia to fuel anti-Russian sentiment.

Chief Cabinet Secretary Hirokazu Matsuno told a press conference that the ban was "totally unacceptable" and that Japan had lodged a protest. "Russia's attempt to shift responsibility onto Japan cannot be accepted," he said.

Matsuno said the government's policy of resolving the territorial issue and concluding a peace treaty with Russia remained unchanged, even after Moscow's announcement in March that it was suspending the negotiations.

House of Representatives Speaker Hiroyuki Hosoda, whose name is on the list, said through his office that he had "no plans to visit Russia in any case."

Muneo Suzuki, a House of Councillors member who has long pushed for dialogue with Moscow, said he regretted the move. "Without dialogue, the four islands will never come back. Both governments must keep a door open," he told Kyodo News.

Hokkaido Gov. Naomichi Suzuki said the prefecture's exchanges with Sakhalin would remain on hold for the time being.

Russia in May barred Prime Minister Fumio Kishida and 62 other Japanese, including Foreign Minister Yoshimasa Hayashi, from entering the country.

A ruling party lawmaker who asked not to be named said the ban was "a badge of honor."

The two countries have yet to sign a peace treaty formally ending World War II hostilities due to the dispute over the Russian-held islands off Hokkaido.

© KYODO

6 Comments
Login to comment

Ricky_T  Jul. 30  07:02 am JST
So they will never see the islands again. Nothing new.

kohakutoo  Jul. 30  07:45 am JST
The islands are Japanese territory, period. Russia should give them back.

Bungle  Jul. 30  08:10 am JST
384 people who were never going to Moscow anyway.

Use your Facebook account to login or register with JapanToday. By doing so, you will also receive an email inviting you to receive our news alert.

Japan Today © 2022 GPlusMedia Inc.""",
     expected=[
        dict(speaker="Russian Foreign Ministry", treaty=False, snippet='the measure was taken in response to the "unfriendly course" of the Japanese government'),
        dict(speaker="Russian Foreign Ministry", treaty=None, snippet='accused Tokyo of using "unfounded territorial claims" against Russia'),
        dict(speaker="Hirokazu Matsuno", alt=["Japanese Government"], treaty=False, snippet='the ban was "totally unacceptable"'),
        dict(speaker="Hirokazu Matsuno", alt=["Japanese Government"], treaty=False, optional=True, snippet="Russia's attempt to shift responsibility onto Japan cannot be accepted"),
        dict(speaker="Hirokazu Matsuno", alt=["Japanese Government"], treaty=True, snippet="resolving the territorial issue and concluding a peace treaty with Russia"),
        dict(speaker="Hiroyuki Hosoda", treaty=False, snippet='"no plans to visit Russia in any case."'),
        dict(speaker="Muneo Suzuki", treaty=True, snippet="Without dialogue, the four islands will never come back."),
        dict(speaker="Naomichi Suzuki", treaty=False, optional=True, snippet="the prefecture's exchanges with Sakhalin would remain on hold"),
     ],
     not_statements=["Russia in May barred Prime Minister Fumio Kishida and 62 other Japanese",
                     'said the ban was "a badge of honor."',
                     "The two countries have yet to sign a peace treaty formally ending World War II hostilities",
                     "The islands are Japanese territory, period. Russia should give them back.",
                     "So they will never see the islands again. Nothing new."]),
]

ARTICLES += [
dict(id="E10-12", outlet="Ministry of Foreign Affairs of the Russian Federation", url="https://mid.ru/en/foreign_policy/news/1899520/", published="2023-08-02",
     title="Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, August 2, 2023",
     text="""Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, August 2, 2023

1502-02-08-2023

Table of contents

Update on the Ukraine crisis
Outcome of the second Russia-Africa Summit
Japan's Defence White Paper
Answers to media questions:
Salmon fishing and the talks with Japan
Prospects for peace treaty talks with Japan
Visits to graves on the Kuril Islands by former Japanese residents

Update on the Ukraine crisis

The Kyiv regime continues to shell residential areas of Donetsk and other cities with Western-supplied weapons. Last week alone, 11 civilians were killed and more than 40 injured. We will continue to bring these facts to the attention of the international community and of international organisations.

Outcome of the second Russia-Africa Summit

The summit held in St Petersburg on July 27-28 adopted a declaration and an action plan of the Russia-Africa Partnership Forum until 2026. Delegations from 49 African countries took part. A detailed commentary is available on our website.

Japan's Defence White Paper

On July 28, the Japanese government approved its annual white paper, Defense of Japan 2023. We have studied the document carefully.

Once again, Tokyo presents our country as a threat to its security. The Japanese side is using this document to justify its course towards an unprecedented military build-up, including a sharp increase in defence spending and the acquisition of so-called counterstrike capabilities, which is a departure from the peaceful principles declared by Japan after the Second World War.

The white paper again contains the thesis that the "Northern Territories" are occupied by Russia. We categorically reject such claims. The southern Kuril Islands became part of our country following the Second World War, as enshrined in the UN Charter, and Russia's sovereignty over them is beyond doubt.

We also note that the document portrays the joint patrols of Russian and Chinese ships and aircraft as a source of concern. These activities are carried out in strict accordance with international law and are not directed against third countries.

Answers to media questions:

Question: Fishermen from Hokkaido complain that the talks on this year's catch of salmon by Japanese vessels were delayed. Is Moscow linking fishing to politics?

Maria Zakharova: We do not link these issues. The intergovernmental consultations were held and the quotas were agreed. Russia fulfils its obligations in good faith, and we expect the same from the Japanese side, including timely payments under the agreement on fishing operations in the area of the southern Kuril Islands.

Question: Prime Minister Kishida said at the Northern Territories rally in February that Japan remains committed to the peace treaty negotiations. Do you see any chance that they will resume?

Maria Zakharova: We have answered this question many times. There are no conditions for resuming the dialogue on a peace treaty while Tokyo pursues an openly hostile policy towards our country, imposes sanctions and supports the Kyiv regime. The Japanese side itself destroyed the basis for this dialogue, and the responsibility lies entirely with Tokyo.

Question: Will former Japanese residents be allowed to visit family graves on the islands this summer?

Maria Zakharova: The agreements on visa-free exchanges and on simplified visits were terminated last year due to Japan's unfriendly actions. As for the visits to graves, we have said that the issue can be considered on a humanitarian basis once the appropriate conditions exist, but the Japanese side has shown no interest in creating them.

Print
Send by e-mail
Tags: Japan, Ukraine, Africa

Documents
Other news""",
     expected=[
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False, optional=True, snippet="The Kyiv regime continues to shell residential areas of Donetsk"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False, snippet="to justify its course towards an unprecedented military build-up"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="Russia's sovereignty over them is beyond doubt"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False, optional=True, snippet="are carried out in strict accordance with international law and are not directed"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False, snippet="Russia fulfils its obligations in good faith, and we expect the same"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="There are no conditions for resuming the dialogue on a peace treaty"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=None, snippet="the issue can be considered on a humanitarian basis once the appropriate conditions"),
     ],
     not_statements=["Prospects for peace treaty talks with Japan",
                     "said at the Northern Territories rally in February that Japan remains committed",
                     "Visits to graves on the Kuril Islands by former Japanese residents",
                     "On July 28, the Japanese government approved its annual white paper, Defense of Japan 2023."]),

dict(id="E10-13", outlet="The Asahi Shimbun", url="https://www.asahi.com/ajw/articles/14912367", published="2023-05-20",
     title="Exchange ship sits idle in Nemuro as former islanders lose another season",
     text="""Exchange ship sits idle in Nemuro as former islanders lose another season

By SHINYA NAKAJIMA/ Staff Writer

May 20, 2023 at 07:00 JST

Photo/Illutration The Etopirika, a ship built for visa-free exchanges with the Russian-held islands, is moored at Nemuro port on May 17. (Shinya Nakajima)

NEMURO, Hokkaido--For the fourth spring in a row, the white-hulled Etopirika stayed tied up at the port here. Until 2019, the ship carried former islanders and their families to visit graves on the Northern Territories.

The visits have been suspended since 2020, first because of the novel coronavirus pandemic and then because of Russia's invasion of Ukraine. Last September, Moscow withdrew from the agreements on visa-free exchanges and on simplified visits by former residents.

"Every year we lose more of our members. Visiting the graves of our ancestors is a humanitarian matter, and it cannot wait," Yuzo Matsumoto, chairman of the Chishima and Habomai Islands Residents League, told the league's general meeting in Sapporo on May 18.

Matsumoto said the league would "never give up" on the return of the four islands and urged the government to keep pressing Moscow on the issue.

Nemuro Mayor Masatoshi Ishigaki said the city had asked the central government to keep funding the ship's maintenance. "If the ship is scrapped, it will send the wrong message that we have given up," he said.

Ishigaki said the city's fishing industry was also struggling, with catches of salmon and saury falling for years and the fuel bill rising.

Hokkaido Governor Naomichi Suzuki, who began his second term in April, said the prefecture would "strongly request" the central government to work for an early resumption of the grave visits. He described the return of the Northern Territories as "the long-cherished wish of all Hokkaido residents."

In Tokyo, Chief Cabinet Secretary Hirokazu Matsuno said on May 19 that resuming the exchange programs, especially the grave visits, was "one of the top priorities" in Japan-Russia relations.

Russia's ambassador to Japan, Nikolai Nozdrev, told reporters in Tokyo in April that the exchanges could not resume "while Japan pursues an unfriendly policy." He added that any decision on the visits would be taken "with full respect for Russia's sovereignty over the Kuril Islands."

The visa-free exchanges began in 1992 as a step toward creating an environment for resolving the territorial issue. The average age of the roughly 5,300 surviving former residents, out of about 17,000 who lived on the islands in 1945, is now over 87.

Harbor workers check the Etopirika's mooring lines once a week. "She is in good shape. She just needs somewhere to go," one of them said.""",
     expected=[
        dict(speaker="Yuzo Matsumoto", alt=["Chishima and Habomai Islands Residents League", "former islanders' league"], treaty=False, snippet="Visiting the graves of our ancestors is a humanitarian matter, and it cannot wait"),
        dict(speaker="Yuzo Matsumoto", alt=["Chishima and Habomai Islands Residents League", "former islanders' league"], treaty=True, snippet='the league would "never give up" on the return of the four islands'),
        dict(speaker="Masatoshi Ishigaki", treaty=False, snippet="asked the central government to keep funding the ship's maintenance"),
        dict(speaker="Masatoshi Ishigaki", treaty=None, optional=True, snippet="If the ship is scrapped, it will send the wrong message that we have given up"),
        dict(speaker="Masatoshi Ishigaki", treaty=False, optional=True, snippet="the city's fishing industry was also struggling"),
        dict(speaker="Naomichi Suzuki", treaty=False, snippet='would "strongly request" the central government to work for an early resumption'),
        dict(speaker="Naomichi Suzuki", treaty=True, snippet='"the long-cherished wish of all Hokkaido residents."'),
        dict(speaker="Hirokazu Matsuno", alt=["Japanese Government"], treaty=False, snippet='was "one of the top priorities" in Japan-Russia relations'),
        dict(speaker="Nikolai Nozdrev", alt=["Russian Embassy in Japan"], treaty=None, optional=True, snippet='"while Japan pursues an unfriendly policy."'),
        dict(speaker="Nikolai Nozdrev", alt=["Russian Embassy in Japan"], treaty=True, snippet="with full respect for Russia's sovereignty over the Kuril Islands"),
     ],
     not_statements=["Moscow withdrew from the agreements on visa-free exchanges and on simplified visits",
                     "The visa-free exchanges began in 1992 as a step toward creating an environment for resolving",
                     "The Etopirika, a ship built for visa-free exchanges with the Russian-held islands, is moored",
                     "She is in good shape. She just needs somewhere to go"]),
]

# ---------------------------------------------------------------- 2024-2025: an election, a Duma delegation, a white paper
ARTICLES += [
dict(id="E10-14", outlet="The Moscow Times", url="https://www.themoscowtimes.com/2024/09/09/sakhalin-governor-wins-new-term-as-tokyo-protests-voting-on-kurils-a86314", published="2024-09-09",
     title="Sakhalin Governor Wins New Term as Tokyo Protests Voting on Kurils",
     text="""Sakhalin Governor Wins New Term as Tokyo Protests Voting on Kurils

Sept. 9, 2024
The Moscow Times

Valery Limarenko. sakhalin.gov.ru

Sakhalin region Governor Valery Limarenko secured a second term in this weekend's regional elections, preliminary results showed Monday, as Japan protested the holding of the vote on the disputed southern Kuril Islands.

Limarenko, a Kremlin-backed incumbent who ran as a United Russia candidate, won more than 80% of the vote, according to the regional election commission.

Turnout on the Kuril Islands was among the highest in the region, Limarenko told a news conference in Yuzhno-Sakhalinsk. "The Kurils are a Russian region like any other, and people there voted for its development. No protests from Tokyo will change that," he said.

He promised to finish a new airport terminal on Kunashir and to put a second passenger ferry on the route to the islands by 2026.

On Iturup, the local administration wrote on Telegram that voters had come to polling stations "despite the fog and drizzle."

In Tokyo, Japan's chief cabinet secretary said the government had lodged a protest with Moscow, calling the vote on the islands "incompatible with Japan's position" and "unacceptable."

Russia's Foreign Ministry dismissed the protest. "Elections in Russian regions, including on the Kuril Islands, are the internal affair of the Russian Federation," spokeswoman Maria Zakharova wrote on Telegram.

The independent election monitor Golos said it had recorded cases of employees of state-funded organizations being pressured to vote across the region, as well as the removal of observers from several polling stations.

Japan's claims to Iturup, Kunashir, Shikotan and the Habomai islets have prevented the two countries from signing a peace treaty since World War II. Moscow halted the peace talks in 2022 over Tokyo's sanctions in response to the invasion of Ukraine.

Read more: Russia Offers Kuril Investors Zero Taxes in Bid to Lure Asian Capital

A Message from The Moscow Times:

Dear readers,

We are facing unprecedented challenges. Russia's Prosecutor General's Office has designated The Moscow Times as an "undesirable" organization, criminalizing our work and putting our staff at risk of prosecution. Please support us.

Continue
Read more about: Sakhalin , Kuril Islands , Japan , Elections""",
     expected=[
        dict(speaker="Valery Limarenko", treaty=False, snippet="Turnout on the Kuril Islands was among the highest in the region"),
        dict(speaker="Valery Limarenko", treaty=True, snippet="The Kurils are a Russian region like any other"),
        dict(speaker="Valery Limarenko", treaty=False, optional=True, snippet="put a second passenger ferry on the route to the islands by 2026"),
        dict(speaker="Kurilsk district administration", treaty=False, optional=True, snippet='"despite the fog and drizzle."'),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese Government"], treaty=True, snippet='calling the vote on the islands "incompatible with Japan\'s position"'),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="Elections in Russian regions, including on the Kuril Islands, are the internal affair"),
        dict(speaker="Golos", treaty=False, snippet="employees of state-funded organizations being pressured to vote"),
     ],
     not_statements=["won more than 80% of the vote, according to the regional election commission",
                     "have prevented the two countries from signing a peace treaty since World War II",
                     "Moscow halted the peace talks in 2022 over Tokyo's sanctions",
                     "Russia Offers Kuril Investors Zero Taxes in Bid to Lure Asian Capital",
                     'has designated The Moscow Times as an "undesirable" organization']),

dict(id="E10-15", outlet="TASS", url="https://tass.com/politics/1993311", published="2025-08-14",
     title="State Duma delegation visits Kunashir, pledges support for Kuril infrastructure",
     text="""State Duma delegation visits Kunashir, pledges support for Kuril infrastructure

Deputy Chairwoman of the State Duma Irina Yarovaya said the Kuril Islands are "a Russian land where Russian people live and work"

YUZHNO-KURILSK, August 14. /TASS/. A delegation of State Duma lawmakers led by Deputy Chairwoman Irina Yarovaya has arrived on Kunashir Island to inspect social facilities and meet residents, a TASS correspondent reported.

"The Kuril Islands are a Russian land where Russian people live and work, and they deserve the same quality of life as in any Russian city," Yarovaya told reporters after a meeting with residents of Yuzhno-Kurilsk.

According to her, the Duma will consider amendments so that the preferential 2% Far Eastern mortgage can also be used to buy homes on the secondary market on the islands, where new construction is scarce.

Georgy Karlov, a State Duma member from the Sakhalin Region, said a new hospital complex in Yuzhno-Kurilsk was scheduled to open in 2026 and that work on a sewage treatment plant had been delayed by shortages of building materials. "Logistics remain the main problem on the islands: everything arrives by sea, and the weather decides," he said.

Earlier, Japan's Chief Cabinet Secretary Yoshimasa Hayashi said Tokyo had lodged a protest over the trip, calling it "unacceptable" because it "contradicts Japan's position on the Northern Territories."

Commenting on Tokyo's protest, Russian Foreign Ministry Spokeswoman Maria Zakharova said Japan's claims "have no legal basis." "The trips of Russian parliamentarians to the Kuril Islands, which are an integral part of our country, are not a matter for Tokyo's approval," the diplomat said.

Japan lays claim to the islands of Iturup, Kunashir, Shikotan and the Habomai group, citing the 1855 bilateral Treaty of Commerce, Navigation and Delimitation. After World War II, the entire Kuril archipelago was incorporated into the Soviet Union, and Russia's sovereignty over the islands, which has the appropriate international legal design, is beyond doubt, the Russian Foreign Ministry has repeatedly stated.

In March 2022, Russia refused to continue peace treaty talks with Japan over Tokyo's unfriendly steps, including the sanctions imposed over Ukraine.""",
     expected=[
        dict(speaker="Irina Yarovaya", treaty=True, optional=True, snippet='are "a Russian land where Russian people live and work"'),
        dict(speaker="Irina Yarovaya", treaty=True, snippet="they deserve the same quality of life as in any Russian city"),
        dict(speaker="Irina Yarovaya", treaty=False, snippet="the preferential 2% Far Eastern mortgage can also be used to buy homes"),
        dict(speaker="Georgy Karlov", treaty=False, snippet="a new hospital complex in Yuzhno-Kurilsk was scheduled to open in 2026"),
        dict(speaker="Georgy Karlov", treaty=False, optional=True, snippet="everything arrives by sea, and the weather decides"),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese Government"], treaty=True, snippet='it "contradicts Japan\'s position on the Northern Territories."'),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, optional=True, snippet='Japan\'s claims "have no legal basis."'),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="which are an integral part of our country, are not a matter for Tokyo's approval"),
     ],
     not_statements=["A delegation of State Duma lawmakers led by Deputy Chairwoman Irina Yarovaya has arrived",
                     "citing the 1855 bilateral Treaty of Commerce, Navigation and Delimitation",
                     "which has the appropriate international legal design, is beyond doubt",
                     "Russia refused to continue peace treaty talks with Japan over Tokyo's unfriendly steps"]),
]

ARTICLES += [
dict(id="E10-16", outlet="Nikkei Asia", url="https://asia.nikkei.com/Politics/Defense/Japan-s-defense-white-paper-flags-China-Russia-North-Korea-ties-as-top-threats", published="2025-07-15",
     title="Japan's defense white paper flags China, Russia-North Korea ties as top threats",
     text="""Politics
Defense

Japan's defense white paper flags China, Russia-North Korea ties as top threats

Annual report notes continued Russian buildup on Northern Territories

TAKASHI ENDO, Nikkei staff writer
July 15, 2025 12:40 JST

TOKYO -- Japan's annual defense white paper, approved by the cabinet on Tuesday, describes China's military activity as "the greatest strategic challenge" and warns of deepening military cooperation between Russia and North Korea.

"Japan faces the most severe and complex security environment since the end of World War II," Defense Minister Gen Nakatani said at a news conference after the cabinet meeting.

The white paper says Russia has continued to deploy new equipment on the Northern Territories, including coastal missile systems and fighter jets, and describes the islands as "an inherent part of Japan's territory" under Russian occupation.

Asked about that section, Nakatani said Russia's military activities on the islands, "which are Japan's inherent territory," were unacceptable and that Japan would keep lodging protests.

Prime Minister Shigeru Ishiba told reporters that Japan would "firmly maintain" its position on the Northern Territories while keeping channels of communication with Moscow open.

A Defense Ministry official said Russian forces on the islands had not been reduced despite the war in Ukraine.

Beijing reacted sharply. Chinese Foreign Ministry spokesperson Mao Ning said the paper "hypes up the so-called China threat" and urged Tokyo to "reflect on its history of aggression."

Russia's embassy in Tokyo said in a post on Telegram that the paper's references to an "occupation" of the southern Kurils were groundless, and that the islands had become part of the Soviet Union "legitimately, as a result of World War II."

The embassy also accused Japan of "militarization" and said its growing cooperation with NATO threatened stability in the region.

The ministry is expected to request a record budget of more than 8.8 trillion yen for fiscal 2026 next month.

"The language on Russia has barely changed, because Tokyo sees no opening with Moscow," said Aya Morishita, a professor of international security at a private university in Tokyo.

Read Next
Ishiba, Trump trade deal: What we know
Japan scrambles jets as Chinese drones fly near Yonaguni""",
     expected=[
        dict(speaker="Gen Nakatani", alt=["Japanese Defence Ministry", "Japanese Defense Ministry"], treaty=False, snippet="Japan faces the most severe and complex security environment since the end of World War II"),
        dict(speaker="Gen Nakatani", alt=["Japanese Defence Ministry", "Japanese Defense Ministry"], treaty=True, snippet='"which are Japan\'s inherent territory," were unacceptable'),
        dict(speaker="Shigeru Ishiba", alt=["Japanese Government"], treaty=True, snippet='Japan would "firmly maintain" its position on the Northern Territories'),
        dict(speaker="Mao Ning", alt=["Chinese Foreign Ministry"], treaty=False, snippet='"hypes up the so-called China threat"'),
        dict(speaker="Russian Embassy in Japan", treaty=True, snippet='"legitimately, as a result of World War II."'),
        dict(speaker="Russian Embassy in Japan", treaty=False, optional=True, snippet="its growing cooperation with NATO threatened stability in the region"),
        dict(speaker="Aya Morishita", treaty=None, optional=True, snippet="The language on Russia has barely changed, because Tokyo sees no opening"),
     ],
     not_statements=['describes the islands as "an inherent part of Japan\'s territory" under Russian occupation',
                     "A Defense Ministry official said Russian forces on the islands had not been reduced",
                     "Annual report notes continued Russian buildup on Northern Territories",
                     "The ministry is expected to request a record budget of more than 8.8 trillion yen"]),

dict(id="E10-17", outlet="SakhalinInfoNews (machine translation from Russian)", url="https://sakhalin-infonews.ru/news/2022/12/21/istomin-itogi-goda-iturup.html", published="2022-12-21",
     title="Istomin summed up the year: kindergarten, ferry and the «Japanese question»",
     text="""SakhalinInfoNews | Society | Economy | Kuriles | Incidents

21 December 2022, 15:40 | Society | Views: 1 204

Istomin summed up the year: kindergarten, ferry and the «Japanese question»

Kurilsk, Sakhalin region. The head of Kurilsky city district Konstantin Istomin at the final press conference told about the results of the outgoing year on Iturup.

The main event of the year became the opening of the kindergarten on 220 places in Kurilsk. «For the first time in many years there is no queue to the kindergartens of the district, every child received the place», — noted Istomin.

Also the head of district told about the problems with the transport. «The passenger ship «Igor Farkhutdinov» in November was put on the repair, and the islanders had to fly to Sakhalin through the airport Iturup, which often is closed because of fog. We ask the region to solve the question of the second ship in the nearest time», — said he.

Because of the cyclone the traditional festival of the fishermen, which was planned on August, was cancelled, reminded the head of district. He promised to hold it next summer.

To the question of journalist about the statements of the Japanese side Istomin answered briefly: «Iturup is the Russian land, we live and build here. Let Tokyo protest as much as it wants, the islanders are not interested in this».

Earlier the governor of Sakhalin region Valery Limarenko declared, that on the development of Kuriles in 2023 will be directed more than 20 billion roubles from the regional and federal budgets. «Kuriles is the Russian territory, and no talks about their fate with Japan are conducted and will not be conducted», — underlined the head of region.

Japan pretends on the islands Iturup, Kunashir, Shikotan and the group of the islands Habomai, referring to the bilateral Treatise on the trade and the borders of 1855. In March Russia refused from the negotiations about the peace treaty with Japan in connection with the unfriendly actions of Tokyo.

Read also: On Shikotan the new line of the fish factory started the work
Read also: Japan protested because of the exercise on Iturup

#Kuriles #Iturup #Istomin

At the full or partial copying of the materials the reference to SakhalinInfoNews is obligatory.""",
     expected=[
        dict(speaker="Konstantin Istomin", treaty=False, snippet="there is no queue to the kindergartens of the district"),
        dict(speaker="Konstantin Istomin", treaty=False, snippet="We ask the region to solve the question of the second ship in the nearest time"),
        dict(speaker="Konstantin Istomin", treaty=False, optional=True, snippet="He promised to hold it next summer."),
        dict(speaker="Konstantin Istomin", treaty=True, snippet="Iturup is the Russian land, we live and build here."),
        dict(speaker="Valery Limarenko", treaty=False, snippet="will be directed more than 20 billion roubles"),
        dict(speaker="Valery Limarenko", treaty=True, snippet="no talks about their fate with Japan are conducted and will not be conducted"),
     ],
     not_statements=["Japan pretends on the islands Iturup, Kunashir, Shikotan and the group of the islands Habomai",
                     "In March Russia refused from the negotiations about the peace treaty with Japan",
                     "Read also: Japan protested because of the exercise on Iturup"]),
]

# ---------------------------------------------------------------- 2025-2026: a memorial at sea, the Bluebook, a detained boat
ARTICLES += [
dict(id="E10-18", outlet="HokkaiNewsNet (machine translation from Japanese)", url="https://hokkai-newsnet.jp/politics/20260821-nemuro-yojo-irei.html", published="2026-08-21",
     title="Former islanders, memorial service on the sea off Habomai \"want to stand before the graves once more\"",
     text="""HokkaiNewsNet | Politics | Economy | Society | Northern Territories

2026/08/21 06:30

Former islanders, memorial service on the sea off Habomai "want to stand before the graves once more"

[Nemuro] The Chishima Habomai Islands Residents League on the 20th, because the visit of graves to the Northern Territories continues to be suspended, carried out the "memorial service on the sea" from the ship near the islands. About 60 people including former islanders and their families got on the chartered ship from Nemuro port, and near the median line off the Habomai group of islands, they offered the flowers and the silent prayer toward the islands of the hometown.

It is the fourth year that the memorial service on the sea is carried out.

Toshiko Sato (88) who was born on Taraku island of Habomai, looking at the island on the other side of the sea, talked "The grave of the parents is right there, but I cannot go. I want to stand before the graves once more while I am alive".

The League in the comment released after the ceremony stated "the grave visit is the humanitarian matter which should be separated from the politics. We strongly request to both governments the early resumption".

On the ship, the resolution "we, until the day when the four islands of the hometown return, will continue the movement without giving up" was adopted.

Nemuro mayor Masatoshi Ishigaki, who participated in the ceremony, at the interview told "This summer also the grave visit could not be realized, it is really regrettable. The time left for the former islanders is little", and emphasized "Nemuro as the base of the return movement will continue to raise the voice".

The message of the Minister in charge of Northern Territories Affairs Hitoshi Kikawada was read by the official of the Cabinet Office. In the message Minister Kikawada expressed "The government, putting the highest priority on the resumption of the grave visit, will continue to request persistently to the Russian side", and showed the posture "the policy to resolve the territorial problem and conclude the peace treaty is unchanged".

The governor of Hokkaido Naomichi Suzuki also sent the message, and told "We will make the best efforts so that the exchange with the islands is resumed as soon as possible".

According to the Nemuro office of the Japan Coast Guard, during the ceremony the ship of the Russian border guard was seen at the distance, but there was no particular trouble.

On the other hand, about the kelp fishing off Kaigara island of Habomai, the negotiation between the private organizations of Japan and Russia this year also was settled late, and the fishing started from the 9th of this month.

Related article: Chief Cabinet Secretary Kihara, Russia entry ban "totally unacceptable"
Related article: Northern Territories, the youth "story-teller" training starts in Nemuro

This article is the member-limited article. The continuation is available after the login.""",
     expected=[
        dict(speaker="Toshiko Sato", treaty=False, optional=True, snippet="I want to stand before the graves once more while I am alive"),
        dict(speaker="Chishima and Habomai Islands Residents League", alt=["former islanders' league", "League of Chishima and Habomai Islands Residents"], treaty=False, snippet="the grave visit is the humanitarian matter which should be separated from the politics"),
        dict(speaker="Masatoshi Ishigaki", treaty=False, snippet="This summer also the grave visit could not be realized, it is really regrettable."),
        dict(speaker="Masatoshi Ishigaki", treaty=True, optional=True, snippet="Nemuro as the base of the return movement will continue to raise the voice"),
        dict(speaker="Hitoshi Kikawada", alt=["Japanese Government"], treaty=False, snippet="putting the highest priority on the resumption of the grave visit"),
        dict(speaker="Hitoshi Kikawada", alt=["Japanese Government"], treaty=True, snippet="the policy to resolve the territorial problem and conclude the peace treaty is unchanged"),
        dict(speaker="Naomichi Suzuki", treaty=False, optional=True, snippet="so that the exchange with the islands is resumed as soon as possible"),
     ],
     not_statements=["until the day when the four islands of the hometown return, will continue the movement",
                     "the ship of the Russian border guard was seen at the distance",
                     "the negotiation between the private organizations of Japan and Russia this year also was settled late",
                     'Related article: Chief Cabinet Secretary Kihara, Russia entry ban "totally unacceptable"',
                     "Related article: Northern Territories, the youth \"story-teller\" training starts in Nemuro"]),

dict(id="E10-19", outlet="Xinhua", url="https://english.news.cn/20250419/6c1b2f0e8a4d4b2f9d3e7a5c1f2b8e90/c.html", published="2025-04-19",
     title="Russia rejects Japan's claim to Kuril Islands in diplomatic bluebook",
     text="""Russia rejects Japan's claim to Kuril Islands in diplomatic bluebook

Source: Xinhua
Editor: Liu Yang
2025-04-19 18:22:30

MOSCOW, April 19 (Xinhua) -- The Russian Foreign Ministry on Saturday rejected the claim in Japan's latest Diplomatic Bluebook that the southern Kuril Islands are Japanese territory occupied by Russia.

"The Kuril Islands are an integral part of the Russian Federation, and Russia's sovereignty over them is not subject to discussion," the ministry's spokeswoman said in a comment published on the ministry's website.

She said Tokyo's "revanchist" rhetoric, combined with its sanctions against Russia and its military build-up, made any dialogue on a peace treaty "impossible in the current circumstances."

The spokeswoman also criticized Japan's decision to expand its sanctions list over the Ukraine conflict, saying the measures "hurt Japanese business first of all."

The 2025 Diplomatic Bluebook, presented by Japanese Foreign Minister Takeshi Iwaya to the cabinet on Friday, describes the four islands as "islands over which Japan has sovereignty" and says they are "illegally occupied" by Russia.

Iwaya told a press conference that Japan's policy of resolving the territorial issue and concluding a peace treaty remained unchanged, although relations with Russia were "in a severe situation."

Iwaya also said Japan would continue to seek exemption from U.S. tariffs through dialogue with Washington.

The bluebook also repeats Japan's erroneous claims over China's Diaoyu Islands.

Chinese Foreign Ministry spokesperson Guo Jiakun said on Friday that China had lodged stern representations with Japan, adding that "Diaoyu Dao and its affiliated islands are China's inherent territory."

Russia and Japan have not signed a peace treaty since the end of World War II because of the dispute over the islands, which Japan calls the Northern Territories.

Back to Top Close
Xinhuanet""",
     expected=[
        dict(speaker="Russian Foreign Ministry", alt=["Maria Zakharova"], treaty=True, optional=True, snippet="rejected the claim in Japan's latest Diplomatic Bluebook"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="Russia's sovereignty over them is not subject to discussion"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet='made any dialogue on a peace treaty "impossible in the current circumstances."'),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False, snippet='"hurt Japanese business first of all."'),
        dict(speaker="Takeshi Iwaya", alt=["Japanese Foreign Ministry"], treaty=True, snippet="Japan's policy of resolving the territorial issue and concluding a peace treaty remained"),
        dict(speaker="Takeshi Iwaya", alt=["Japanese Foreign Ministry"], treaty=False, snippet="continue to seek exemption from U.S. tariffs through dialogue"),
        dict(speaker="Guo Jiakun", alt=["Chinese Foreign Ministry"], treaty=False, snippet="Diaoyu Dao and its affiliated islands are China's inherent territory."),
     ],
     not_statements=['describes the four islands as "islands over which Japan has sovereignty"',
                     "The bluebook also repeats Japan's erroneous claims over China's Diaoyu Islands.",
                     "Russia and Japan have not signed a peace treaty since the end of World War II",
                     "Back to Top Close"]),
]

ARTICLES += [
dict(id="E10-20", outlet="Prime Minister's Office of Japan", url="https://japan.kantei.go.jp/tyoukanpress/202603/16_a.html", published="2026-03-16",
     title="Press Conference by the Chief Cabinet Secretary",
     text="""Press Conference by the Chief Cabinet Secretary

March 16, 2026 (AM)

[Provisional translation]

Opening Statement

CHIEF CABINET SECRETARY KIHARA: I have one announcement. In response to the heavy snowfall in the Tohoku and Hokuriku regions over the weekend, the Government set up a liaison office at the Prime Minister's Office this morning. Snow is expected to continue through tomorrow, and I urge residents to stay alert to avalanches and to refrain from unnecessary travel.

Questions and Answers

REPORTER: I would like to ask about the Japanese fishing vessel detained by Russia. According to the Russian Border Service, the vessel was detained off Kunashiri Island for allegedly fishing outside the agreed area. What is the Government's response?

CHIEF CABINET SECRETARY KIHARA: On March 14, a fishing vessel from Rausu operating in the waters around the Four Northern Islands was taken to Kunashiri Island by the Russian border authorities. The vessel was operating under the framework agreed between Japan and Russia on fishing operations in these waters. In light of our country's legal position on the Northern Territories, the Government cannot accept the detention of the vessel in these waters, and we have lodged a protest with the Russian side. We are strongly requesting the early release of the crew and the vessel through diplomatic channels. According to the information we have received, the four crew members are in good health.

REPORTER: On a related note, Russia's Foreign Ministry announced last week that it had added 25 Japanese nationals, including Diet members and journalists, to its list of people banned from entering Russia. What is your comment?

CHIEF CABINET SECRETARY KIHARA: Such a measure by the Russian side is totally unacceptable, and we have conveyed this to Russia. Our sanctions against Russia are measures taken in response to its aggression against Ukraine, and it is Russia that bears responsibility for the current situation.

REPORTER: Some say that the peace treaty negotiations with Russia are effectively dead. Does the latest ban affect the Government's policy?

CHIEF CABINET SECRETARY KIHARA: Japan-Russia relations remain in a difficult situation, but the Government's policy of resolving the territorial issue and concluding a peace treaty remains unchanged.

REPORTER: On a different subject, rice prices have risen again this month. Will the Government release more of its stockpile?

CHIEF CABINET SECRETARY KIHARA: The Ministry of Agriculture, Forestry and Fisheries is closely monitoring the situation, and the Government will take appropriate measures as needed to stabilize supply and prices.

Related Link
Press Conferences by the Chief Cabinet Secretary

Back to top""",
     expected=[
        dict(speaker="Minoru Kihara", alt=["Japanese Government"], treaty=False, optional=True, snippet="I urge residents to stay alert to avalanches"),
        dict(speaker="Minoru Kihara", alt=["Japanese Government"], treaty=True, snippet="In light of our country's legal position on the Northern Territories, the Government"),
        dict(speaker="Minoru Kihara", alt=["Japanese Government"], treaty=False, snippet="We are strongly requesting the early release of the crew and the vessel"),
        dict(speaker="Minoru Kihara", alt=["Japanese Government"], treaty=False, snippet="Such a measure by the Russian side is totally unacceptable"),
        dict(speaker="Minoru Kihara", alt=["Japanese Government"], treaty=True, snippet="the Government's policy of resolving the territorial issue and concluding a peace treaty"),
        dict(speaker="Minoru Kihara", alt=["Japanese Government"], treaty=False, optional=True, snippet="the Government will take appropriate measures as needed to stabilize supply"),
     ],
     not_statements=["According to the Russian Border Service, the vessel was detained off Kunashiri Island",
                     "Some say that the peace treaty negotiations with Russia are effectively dead.",
                     "Russia's Foreign Ministry announced last week that it had added 25 Japanese nationals",
                     "Press Conferences by the Chief Cabinet Secretary"]),
]
