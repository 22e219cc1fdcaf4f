# Hand-written English test articles for treatywatch.statements.extract_statements (round 5: the daily feed as it
# arrives).
# All texts are original (written for this test), loosely modelled on real events 2019-2025; events, outlets and
# phrasings differ from rounds 1-4 (tests/probe_articles_en.py ... tests/probe_articles_en4.py).
# expected: dict(speaker, treaty (True/False/None), snippet, [alt], [optional])
# not_statements: substrings that must not yield a peace_treaty=True statement.

# Each page is what the crawler stores from a monitored outlet or an aggregator: Kyodo English, The Japan Times,
# TASS English, en.kremlin.ru, Xinhua, RT, The Moscow Times, NHK World, The Diplomat, mofa.go.jp, Nikkei Asia,
# Reuters, an aggregator's copy of Kyodo and two machine-English copies (from Russian and from Japanese), with the
# page furniture kept (menus, bylines, captions, "Read more", tags, subscription prompts). About a third are cut off
# mid-sentence (the store keeps roughly the first 2,000 characters); what is cut is not labelled, a quote cut
# midway still counts. Shapes: a quote running on into the next paragraph with no verb of its own, the question in
# the paragraph before ("was asked ... He replied:"), institutions speaking, a title alone, several speakers in one
# paragraph, one official quoting another (speaker = the one quoted, alt = the one quoting), a statement only in the
# headline, a quote in a photo caption, a "no comment" and a denial, the treaty in a sentence about energy or a
# holiday. Traps: agency background, the writer's analysis, unnamed sources and analysts, polls, documents (the
# 1956 declaration, the Diplomatic Bluebook), reporters' questions, other disputes (Senkaku/Diaoyu, Takeshima/Dokdo),
# other Russia-Japan matters (grave visits, fisheries, Sakhalin energy, sanctions), related-story headlines.
# A protest over a drill with no explicit claim, a named analyst, an activist and a former islander are optional.
ARTICLES = [
dict(id="E5-01", outlet="Kyodo", url="https://english.kyodonews.net/news/2021/02/3e8d61c0a4f2-suga-vows-to-tackle-island-row-at-scaled-down-rally.html", published="2021-02-07",
     title="Suga vows to tackle island row with Russia at scaled-down rally",
     text="""KYODO NEWS - Feb 7, 2021 - 15:58 | Politics, All

Suga vows to tackle island row with Russia at scaled-down rally

Prime Minister Yoshihide Suga appears via video at an annual rally in Tokyo on Feb. 7, 2021, calling for the return of four Russian-held islands off Hokkaido. (Kyodo)

TOKYO, Feb. 7 (Kyodo) - Prime Minister Yoshihide Suga on Sunday pledged to press ahead with negotiations with Russia over four disputed islands off Hokkaido, telling an annual rally held mostly online because of the coronavirus pandemic that the issue must not be left to future generations.

"We will not put off the territorial issue to the next generation. We must bring it to an end," Suga said in a video message to the gathering, which only around 20 people attended in person, against about 1,500 in past years.

"Building on the agreements reached so far, including the one in Singapore in 2018, I will tenaciously advance the peace treaty negotiations with President Putin," he said, referring to a deal with Russian President Vladimir Putin to accelerate talks on the basis of a 1956 joint declaration.

The declaration stipulates that Shikotan and the Habomai islets will be handed over to Japan after a peace treaty is signed.

Foreign Minister Toshimitsu Motegi told the rally the pandemic had forced the cancellation last year of visa-free exchanges and of trips by former islanders to family graves. "We will do our utmost to resume them as soon as the infection situation allows," he said.

At a press conference on Friday, Chief Cabinet Secretary Katsunobu Kato was asked about an amendment to Russia's Constitution that took effect last July and bans the ceding of territory. "Our position that the four northern islands belong to Japan has not changed in any way," the top government spokesman said.

"Nor is there any change in our basic policy of resolving the question of the attribution of the four islands and concluding a peace treaty."

Russian Foreign Ministry spokeswoman Maria Zakharova said Thursday that Tokyo's rally was "an event that does nothing to help the dialogue" and that Russia's sovereignty over the Southern Kurils "is not up for discussion."

A Japanese government source said Tokyo still hopes to arrange a Suga-Putin summit once the pandemic subsides.

The islands, known as the Northern Territories in Japan and the Southern Kurils in Russia, were seized by Soviet troops at the end of World War II, and the row has prevented the two countries from signing a postwar peace treaty.

Related:
Russia to hold military drills on disputed isles, Tokyo protests""",
     expected=[
        dict(speaker="Yoshihide Suga", treaty=True, snippet="pledged to press ahead with negotiations with Russia over four disputed islands off Hokkaido"),
        dict(speaker="Yoshihide Suga", treaty=True, snippet="We will not put off the territorial issue to the next generation."),
        dict(speaker="Yoshihide Suga", treaty=True, snippet="I will tenaciously advance the peace treaty negotiations with President Putin"),
        dict(speaker="Toshimitsu Motegi", treaty=False, snippet="We will do our utmost to resume them as soon as the infection situation allows"),
        dict(speaker="Toshimitsu Motegi", treaty=False, optional=True, snippet="the pandemic had forced the cancellation last year of visa-free exchanges"),
        dict(speaker="Katsunobu Kato", alt=["Japanese government"], treaty=True, snippet="Our position that the four northern islands belong to Japan has not changed in any way"),
        dict(speaker="Katsunobu Kato", alt=["Japanese government"], treaty=True, snippet="Nor is there any change in our basic policy of resolving the question of the attribution"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, optional=True, snippet="an event that does nothing to help the dialogue"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet='Russia\'s sovereignty over the Southern Kurils "is not up for discussion."'),
     ],
     not_statements=["The declaration stipulates that Shikotan and the Habomai islets will be handed over to Japan after a peace treaty is signed.",
                     "A Japanese government source said Tokyo still hopes to arrange a Suga-Putin summit",
                     "the row has prevented the two countries from signing a postwar peace treaty",
                     "was asked about an amendment to Russia's Constitution that took effect last July and bans the ceding of territory",
                     "calling for the return of four Russian-held islands off Hokkaido",
                     "Russia to hold military drills on disputed isles, Tokyo protests"]),

dict(id="E5-02", outlet="The Japan Times", url="https://www.japantimes.co.jp/news/2020/08/29/national/politics-diplomacy/abe-resignation-russia-abductions-regret/", published="2020-08-29",
     title="Abe laments leaving Russia treaty and abductions unresolved as he steps down",
     text="""NATIONAL / POLITICS

Abe laments leaving Russia treaty and abductions unresolved as he steps down

BY RYOTA NAKAMURA
STAFF WRITER
Aug 29, 2020

Prime Minister Shinzo Abe speaks at a news conference at the Prime Minister's Office in Tokyo on Friday. "It is gut-wrenching to leave office without having concluded a peace treaty with Russia," he said. | POOL / VIA KYODO

Prime Minister Shinzo Abe said Friday that a relapse of his chronic bowel disease had forced him to step down, conceding that several of his signature goals would be left to his successor.

At a nationally televised news conference, the nation's longest-serving leader singled out the abductions of Japanese nationals by North Korea. "Not being able to resolve the abduction issue with my own hands is my greatest regret," he said.

Asked whether his successor should keep the approach he took with Russian President Vladimir Putin, with whom he held 27 summits, Abe said the groundwork had been laid. "President Putin and I agreed to accelerate the negotiations on the basis of the 1956 Joint Declaration, and that agreement stands," he said. "I hope the next administration will build on it and settle the territorial issue."

Abe stopped short of endorsing anyone, saying he would leave the choice to the Liberal Democratic Party.

Chief Cabinet Secretary Yoshihide Suga, widely seen as a front-runner, told a separate news conference that the government would "keep working toward a peace treaty with Russia without any change in policy."

In Moscow, Kremlin spokesman Dmitry Peskov told reporters that Putin valued "the very good working relationship" he had built with Abe. Peskov said the Kremlin expected Tokyo to "remain committed to the understandings on the peace treaty that the two leaders reached."

Abe's Russia diplomacy yielded little in concrete terms. A push in 2018 to settle the dispute by focusing on the two smaller islands ran into a wall of Russian conditions, and joint economic projects on the islands never got far beyond pilot tours.

"Abe spent more political capital on Putin than any postwar leader, and the return was close to zero," said Keita Morishima, a Russia specialist at the Institute for Northern Studies in Sapporo.

READ MORE
LDP eyes swift leadership vote as Suga emerges as front-runner
Abe's record: Ending the 'abnormal' state of ties with Moscow proved elusive

KEYWORDS
Shinzo Abe, Vladimir Putin, Russia, Northern Territories

Get the best of The Japan Times delivered to your inbox. SUBSCRIBE NOW""",
     expected=[
        dict(speaker="Shinzo Abe", treaty=True, snippet="It is gut-wrenching to leave office without having concluded a peace treaty with Russia"),
        dict(speaker="Shinzo Abe", treaty=False, snippet="Not being able to resolve the abduction issue with my own hands is my greatest regret"),
        dict(speaker="Shinzo Abe", treaty=True, optional=True, snippet="Abe said the groundwork had been laid"),
        dict(speaker="Shinzo Abe", treaty=True, snippet="President Putin and I agreed to accelerate the negotiations on the basis of the 1956 Joint Declaration"),
        dict(speaker="Shinzo Abe", treaty=True, snippet="I hope the next administration will build on it and settle the territorial issue."),
        dict(speaker="Shinzo Abe", treaty=False, optional=True, snippet="saying he would leave the choice to the Liberal Democratic Party"),
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=True, snippet="keep working toward a peace treaty with Russia without any change in policy"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin", "Vladimir Putin"], treaty=False, snippet='Putin valued "the very good working relationship" he had built with Abe'),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="remain committed to the understandings on the peace treaty that the two leaders reached"),
        dict(speaker="Keita Morishima", treaty=None, optional=True, snippet="Abe spent more political capital on Putin than any postwar leader"),
     ],
     not_statements=["Abe's Russia diplomacy yielded little in concrete terms.",
                     "A push in 2018 to settle the dispute by focusing on the two smaller islands ran into a wall of Russian conditions",
                     "Asked whether his successor should keep the approach he took with Russian President Vladimir Putin",
                     "Abe's record: Ending the 'abnormal' state of ties with Moscow proved elusive",
                     "Get the best of The Japan Times delivered to your inbox. SUBSCRIBE NOW"]),

dict(id="E5-03", outlet="TASS", url="https://tass.com/politics/1195320", published="2020-08-31",
     title="Putin, Abe hold phone talks, reaffirm intention to work on peace treaty",
     text="""Russian Politics & Diplomacy
August 31, 2020, 17:25  updated at: August 31, 2020, 18:02

Putin, Abe hold phone talks, reaffirm intention to work on peace treaty

The Russian leader thanked the outgoing Japanese prime minister for years of joint work

MOSCOW, August 31. /TASS/. Russian President Vladimir Putin held a telephone conversation with Japanese Prime Minister Shinzo Abe, who announced his resignation last week, the Kremlin press service said on Monday.

"Vladimir Putin expressed sincere gratitude to Shinzo Abe for the many years of joint work aimed at developing bilateral ties and wished him a speedy recovery," the Kremlin said. "The leaders reaffirmed their intention to continue work on the peace treaty issue on the basis of the agreements reached at the top level."

Kremlin Spokesman Dmitry Peskov was asked on Friday whether Abe's departure could put the peace treaty talks on hold. He replied: "The contacts at the highest level have been intensive, and the two leaders managed to build good personal rapport. We hope that the spirit of these agreements will be preserved by the next Japanese government."

"As for the work on the peace treaty, it is a long and painstaking process, and it will continue regardless of personalities," the Kremlin spokesman added.

Asked to comment on Japanese media reports that Abe had hoped to come to Vladivostok for the Eastern Economic Forum this year, Peskov said: "I have nothing to add here, the forum has been postponed due to the pandemic."

Meanwhile, Russian Deputy Foreign Minister Igor Morgulov told TASS that consultations with Tokyo on joint economic activities on the southern Kurils "are on pause because of the coronavirus, not for political reasons."

Russia and Japan have been holding talks on a peace treaty since the mid-20th century. The main stumbling block is the issue of the southern part of the Kuril Islands. After World War II, the entire Kuril archipelago was incorporated into the Soviet Union, while Japan lays claim to the islands of Iturup, Kunashir, Shikotan and the Hab""",
     expected=[
        dict(speaker="Kremlin", alt=["Vladimir Putin", "Shinzo Abe"], treaty=True, optional=True, snippet="Putin, Abe hold phone talks, reaffirm intention to work on peace treaty"),
        dict(speaker="Kremlin", alt=["Vladimir Putin"], treaty=False, optional=True, snippet="expressed sincere gratitude to Shinzo Abe for the many years of joint work"),
        dict(speaker="Kremlin", alt=["Vladimir Putin", "Shinzo Abe"], treaty=True, snippet="The leaders reaffirmed their intention to continue work on the peace treaty issue"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="We hope that the spirit of these agreements will be preserved by the next Japanese government."),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="As for the work on the peace treaty, it is a long and painstaking process"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=False, optional=True, snippet="I have nothing to add here, the forum has been postponed due to the pandemic."),
        dict(speaker="Igor Morgulov", alt=["Russian Foreign Ministry"], treaty=False, optional=True, snippet="are on pause because of the coronavirus, not for political reasons"),
     ],
     not_statements=["Russia and Japan have been holding talks on a peace treaty since the mid-20th century.",
                     "The main stumbling block is the issue of the southern part of the Kuril Islands.",
                     "After World War II, the entire Kuril archipelago was incorporated into the Soviet Union",
                     "while Japan lays claim to the islands of Iturup, Kunashir, Shikotan",
                     "Asked to comment on Japanese media reports that Abe had hoped to come to Vladivostok"]),

dict(id="E5-04", outlet="President of Russia", url="http://en.kremlin.ru/events/president/transcripts/77891", published="2025-09-03",
     title="Answers to media questions",
     text="""President of Russia
Events   Structure   Videos and photos   Documents   Contact   Search

Answers to media questions
Following his visit to the People's Republic of China, Vladimir Putin answered questions from Russian journalists.
September 3, 2025, 21:40   Beijing

Question: Mr President, today is the Day of Victory over Militarist Japan and the End of World War II, and you attended the parade on Tiananmen Square this morning. At the same time, the Japanese government continues to call the southern Kurils its territory. Is there any prospect at all for a peace treaty with Tokyo?

Vladimir Putin: You know, we never refused to work on a peace treaty. We did not slam the door. It was the Japanese side that chose to join the sanctions and to declare, in effect, that it wants to inflict a strategic defeat on Russia. How can you negotiate a peace treaty with a country that calls you an adversary? This is simply nonsense.

As for the islands, I have said it many times: the results of the Second World War are enshrined in international documents, in the UN Charter, and the issue of sovereignty is settled. Our Constitution is quite explicit on this point.

I remember well how my late friend Shinzo Abe – we were sitting together in Vladivostok – said to me: "Vladimir, let us not leave this to our grandchildren, let us finish it ourselves." He was sincere, I believe that. But he was not able to overcome the resistance of those, in his own country and, frankly speaking, beyond it, who did not want Russia and Japan to come to an agreement.

And today? Today we celebrate the victory over militarism, not over the Japanese people. If Tokyo is ready to return to normal, respectful relations, we will respond in kind. But the initiative must come from them.

Question: One more question, on Ukraine. Can we expect a new meeting with President Trump in the coming weeks?

Vladimir Putin: We agreed with Donald that our teams would keep working. The understandings we reached in Anchorage remain on the table. But I want to stress once again that any settlement must address the root causes of the conflict, first of""",
     expected=[
        dict(speaker="Vladimir Putin", treaty=True, snippet="we never refused to work on a peace treaty. We did not slam the door."),
        dict(speaker="Vladimir Putin", treaty=True, snippet="How can you negotiate a peace treaty with a country that calls you an adversary?"),
        dict(speaker="Vladimir Putin", treaty=True, snippet="the results of the Second World War are enshrined in international documents, in the UN Charter, and the issue of sovereignty is settled"),
        dict(speaker="Shinzo Abe", alt=["Vladimir Putin"], treaty=True, snippet="Vladimir, let us not leave this to our grandchildren, let us finish it ourselves."),
        dict(speaker="Vladimir Putin", treaty=True, optional=True, snippet="he was not able to overcome the resistance of those, in his own country"),
        dict(speaker="Vladimir Putin", treaty=False, snippet="Today we celebrate the victory over militarism, not over the Japanese people."),
        dict(speaker="Vladimir Putin", treaty=False, optional=True, snippet="If Tokyo is ready to return to normal, respectful relations, we will respond in kind."),
        dict(speaker="Vladimir Putin", treaty=False, snippet="The understandings we reached in Anchorage remain on the table."),
        dict(speaker="Vladimir Putin", treaty=False, snippet="any settlement must address the root causes of the conflict"),
     ],
     not_statements=["the Japanese government continues to call the southern Kurils its territory",
                     "Is there any prospect at all for a peace treaty with Tokyo?",
                     "today is the Day of Victory over Militarist Japan and the End of World War II",
                     "Can we expect a new meeting with President Trump in the coming weeks?",
                     "Events   Structure   Videos and photos   Documents   Contact   Search"]),

dict(id="E5-05", outlet="Xinhua", url="https://english.news.cn/20250418/5b2f0d7c9e1a4f6b8c3d2e1f0a9b8c7d/c.html", published="2025-04-18",
     title="Japan's diplomatic bluebook repeats territorial claims, draws protests from neighbors",
     text="""Japan's diplomatic bluebook repeats territorial claims, draws protests from neighbors

Source: Xinhua | 2025-04-18 18:44:05 | Editor: huaxia

TOKYO, April 18 (Xinhua) -- The Japanese government on Friday released the 2025 edition of its Diplomatic Bluebook, which once again laid claim to China's Diaoyu Islands, South Korea's Dokdo and the Russian-controlled islands known in Japan as the Northern Territories.

Japanese Foreign Minister Takeshi Iwaya reported the annual white paper to a cabinet meeting. Afterward, Iwaya said Japan's relations with Russia "remain in a severe state," but that Tokyo "maintains its policy of resolving the territorial issue and concluding a peace treaty."

The bluebook describes the four islands, called the Southern Kurils in Russia, as "islands over which Japan has sovereignty" and "an integral part of Japan's territory."

Chinese Foreign Ministry spokesperson Guo Jiakun told a regular press briefing in Beijing that Diaoyu Dao and its affiliated islands "are China's inherent territory," adding that Beijing had lodged stern representations.

In Seoul, the South Korean Foreign Ministry summoned a senior Japanese embassy official and called Japan's claim to Dokdo "unjust."

Moscow also pushed back. Russian Foreign Ministry spokeswoman Maria Zakharova told a briefing that the bluebook's wording on the islands "has no legal force whatsoever," and that Russia's sovereignty over the Kurils "was established as a result of World War II and is enshrined in the UN Charter." She added that Japan "has itself buried the dialogue on a peace treaty" by imposing sanctions on Russia.

Russian Ambassador to Japan Nikolai Nozdrev, in a post on the embassy's Telegram channel, accused Tokyo of "revisionism," while Japanese Chief Cabinet Secretary Yoshimasa Hayashi told a regular press conference that Japan would respond calmly and that its position on the Northern Territories "is unchanged."

The bluebook also calls Russia's military operation in Ukraine "a clear violation of international law" and says Japan will keep up sanctions in coordination with the Group of Seven.

Japan and Russia have not signed a peace treaty to formally end World War II hostilities due to the territorial dispute. Moscow suspended the peace treaty negotiations in March 2022 after Tokyo joined Western sanctions.

Analysts in Tokyo said the unchanged wording reflects the government's reluctance to appear weak ahead of the upper house election this summer. Enditem

Related:
Japan's defense spending hits record high for 11th straight year""",
     expected=[
        dict(speaker="Takeshi Iwaya", treaty=False, snippet='Japan\'s relations with Russia "remain in a severe state,"'),
        dict(speaker="Takeshi Iwaya", treaty=True, snippet="maintains its policy of resolving the territorial issue and concluding a peace treaty"),
        dict(speaker="Guo Jiakun", alt=["Chinese Foreign Ministry"], treaty=False, snippet='Diaoyu Dao and its affiliated islands "are China\'s inherent territory,"'),
        dict(speaker="South Korean Foreign Ministry", treaty=False, optional=True, snippet='called Japan\'s claim to Dokdo "unjust."'),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="has no legal force whatsoever"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="was established as a result of World War II and is enshrined in the UN Charter"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="has itself buried the dialogue on a peace treaty"),
        dict(speaker="Nikolai Nozdrev", alt=["Russian Embassy in Japan"], treaty=True, optional=True, snippet='accused Tokyo of "revisionism,"'),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=True, snippet='its position on the Northern Territories "is unchanged."'),
     ],
     not_statements=['as "islands over which Japan has sovereignty" and "an integral part of Japan\'s territory."',
                     "which once again laid claim to China's Diaoyu Islands, South Korea's Dokdo and the Russian-controlled islands",
                     "Japan and Russia have not signed a peace treaty to formally end World War II hostilities due to the territorial dispute.",
                     "Moscow suspended the peace treaty negotiations in March 2022 after Tokyo joined Western sanctions.",
                     "Analysts in Tokyo said the unchanged wording reflects the government's reluctance to appear weak",
                     "The bluebook also calls Russia's military operation in Ukraine \"a clear violation of international law\""]),

dict(id="E5-06", outlet="RT", url="https://www.rt.com/russia/582214-victory-over-japan-day-kurils/", published="2023-09-03",
     title="Russia marks first 'Victory over Militarist Japan' Day",
     text="""HomeRussia & FSU

Russia marks first 'Victory over Militarist Japan' Day

The renamed holiday comes as Moscow and Tokyo remain at odds over the Kuril Islands

Published: 3 Sep, 2023 10:12
Edited: 3 Sep, 2023 12:40

FILE PHOTO. A wreath-laying ceremony at the Victory Memorial in Yuzhno-Sakhalinsk. © Sputnik

Russia on Sunday marked the Day of Victory over Militarist Japan and the End of World War II for the first time under its new name, with ceremonies across the Far East, from Vladivostok to the Kuril Islands. President Vladimir Putin signed the law renaming the September 3 holiday in June.

Former president Dmitry Medvedev, now deputy chairman of Russia's Security Council, marked the occasion with a characteristically blunt post on his Telegram channel. "The Kurils are Russian land, won in battle and paid for with the lives of our soldiers. Anyone in Tokyo who still dreams of 'returning the northern territories' should remember how that war ended," he wrote.

The Russian Foreign Ministry said in a statement that the holiday "is not aimed against the Japanese people" but restores "historical truth." According to the ministry, Tokyo's attempts to revise the outcome of WWII "have no prospects, including on the territorial question," and the responsibility for freezing the peace treaty dialogue "lies entirely with the Japanese side, which chose a hostile course."

Sakhalin Governor Valery Limarenko laid flowers at the memorial in Yuzhno-Sakhalinsk. "It was here, on Sakhalin and the Kurils, that the Second World War actually ended. We remember this and will not let anyone forget it," he told reporters.

Japan has not officially reacted to the holiday. When the renaming bill passed the State Duma in June, Tokyo's top government spokesman, Hirokazu Matsuno, said Japan was "closely watching" Moscow's moves.

RT has reached out to the Japanese Foreign Ministry for comment.

Tokyo claims the four southernmost Kuril Islands, which it calls its 'Northern Territories'. The Soviet Union took control of the islands in 1945, and the two countries never signed a formal peace treaty. Last year, Moscow halted peace talks after Japan joined Western sanctions over the Ukraine conflict.

READ MORE: Japan's 'militarization' threatens regional security – Moscow

You can share this story on social media:""",
     expected=[
        dict(speaker="Dmitry Medvedev", treaty=True, snippet="The Kurils are Russian land, won in battle and paid for with the lives of our soldiers."),
        dict(speaker="Dmitry Medvedev", treaty=True, snippet="Anyone in Tokyo who still dreams of 'returning the northern territories' should remember how that war ended"),
        dict(speaker="Russian Foreign Ministry", treaty=False, snippet="is not aimed against the Japanese people"),
        dict(speaker="Russian Foreign Ministry", treaty=True, snippet="have no prospects, including on the territorial question"),
        dict(speaker="Russian Foreign Ministry", treaty=True, snippet="lies entirely with the Japanese side, which chose a hostile course"),
        dict(speaker="Valery Limarenko", treaty=False, optional=True, snippet="It was here, on Sakhalin and the Kurils, that the Second World War actually ended."),
        dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=False, optional=True, snippet='Japan was "closely watching" Moscow\'s moves'),
     ],
     not_statements=["President Vladimir Putin signed the law renaming the September 3 holiday in June.",
                     "RT has reached out to the Japanese Foreign Ministry for comment.",
                     "Tokyo claims the four southernmost Kuril Islands, which it calls its 'Northern Territories'.",
                     "the two countries never signed a formal peace treaty",
                     "Last year, Moscow halted peace talks after Japan joined Western sanctions over the Ukraine conflict.",
                     "Japan's 'militarization' threatens regional security – Moscow"]),

dict(id="E5-07", outlet="The Moscow Times", url="https://www.themoscowtimes.com/2019/01/20/hundreds-rally-in-moscow-against-handing-kurils-to-japan-a64213", published="2019-01-20",
     title="Hundreds Rally in Moscow Against Handing Kurils to Japan",
     text="""The Moscow Times
News | Jan. 20, 2019

Hundreds Rally in Moscow Against Handing Kurils to Japan

Protesters rallied in central Moscow on Sunday against any transfer of the disputed Kuril Islands to Japan, two days before President Vladimir Putin hosts Japanese Prime Minister Shinzo Abe for talks on a peace treaty.

Protesters hold a banner reading "The Kurils are Russian land" at Sunday's rally. Press Service / Left Front

Around 400 people, according to police, gathered near the Suvorovskaya Square metro exit, chanting "We won't give up the Kurils!" The rally was organized by the Left Front movement and backed by several Communist Party lawmakers.

"Not a single island, not a single meter of Russian land can be handed to anyone. The people will not forgive it," Communist State Duma deputy Valery Rashkin told the crowd.

Left Front leader Sergei Udaltsov said the organizers would take to the streets again "if the Kremlin takes even one step toward a handover."

The protest follows weeks of speculation that Moscow might agree to hand over the two smallest islands. At his annual news conference on Wednesday, Foreign Minister Sergei Lavrov recalled that Abe himself had told reporters after their summit in Singapore that the talks would be "accelerated on the basis of the 1956 declaration." But the document, Lavrov said, "speaks of no return of anything. It speaks of a readiness to consider handing over two islands after a peace treaty, and it says nothing about sovereignty."

Kremlin spokesman Dmitry Peskov on Friday dismissed reports in the Japanese press that a deal was close. "Those reports are not based on anything. Nobody has agreed on anything concerning the islands," he said.

A poll published this week by the independent Levada Center found that 77% of Russians oppose handing over the islands, with only 17% in favor.

"After Crimea, any concession on territory would be political poison for the Kremlin, especially with Putin's ratings down since the pension reform," said Anton Lebedev, a political analyst.

Abe has made a peace treaty one of the legacy goals of his record tenure.

Read more about: Kurils, Japan, Protest

Sign up for our free weekly newsletter. Our weekly email brings you a selection of the week's top stories.""",
     expected=[
        dict(speaker="Valery Rashkin", treaty=True, snippet="Not a single island, not a single meter of Russian land can be handed to anyone."),
        dict(speaker="Sergei Udaltsov", treaty=True, optional=True, snippet="if the Kremlin takes even one step toward a handover"),
        dict(speaker="Shinzo Abe", alt=["Sergei Lavrov"], treaty=True, snippet="accelerated on the basis of the 1956 declaration"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="speaks of no return of anything."),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="it says nothing about sovereignty"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="Nobody has agreed on anything concerning the islands"),
        dict(speaker="Anton Lebedev", treaty=None, optional=True, snippet="After Crimea, any concession on territory would be political poison for the Kremlin"),
     ],
     not_statements=['Protesters hold a banner reading "The Kurils are Russian land" at Sunday\'s rally.',
                     "The protest follows weeks of speculation that Moscow might agree to hand over the two smallest islands.",
                     "A poll published this week by the independent Levada Center found that 77% of Russians oppose handing over the islands",
                     "Abe has made a peace treaty one of the legacy goals of his record tenure.",
                     'chanting "We won\'t give up the Kurils!"']),

dict(id="E5-08", outlet="NHK World", url="https://www3.nhk.or.jp/nhkworld/en/news/20241002_05/", published="2024-10-02",
     title="New Foreign Minister Iwaya: No change in Japan's Russia policy",
     text="""NHK WORLD-JAPAN
News   Japan   World   Business   Video & Audio

New Foreign Minister Iwaya: No change in Japan's Russia policy

Oct. 2, 2024  04:12 JST

Japan's new Foreign Minister Iwaya Takeshi says the government will stick to its policy of resolving the territorial issue with Russia and concluding a peace treaty, despite the current state of bilateral relations.

Iwaya was speaking at his first news conference, held early on Wednesday after Prime Minister Ishiba Shigeru's Cabinet was launched.

He said Japan-Russia relations remain in a difficult situation due to Russia's aggression against Ukraine. He added that Japan will continue to impose tough sanctions on Moscow in cooperation with the other Group of Seven nations.

On the Northern Territories, which Russia controls and Japan claims, the new foreign minister said, "Our policy of resolving the attribution of the four islands and concluding a peace treaty remains unchanged. I will also work to resume the grave visits of former islanders, which are a very high priority for the people concerned."

On China, Iwaya said he wants to build "mutually beneficial relations based on common strategic interests," while calling for the early release of Japanese nationals detained in China.

Ishiba, at his inaugural news conference the previous night, was asked whether he would seek talks with Russian President Vladimir Putin. He said there is "no situation now" in which such a meeting could be considered, but stressed that the goal of concluding a peace treaty "will not be abandoned."

Russia had no immediate reaction to the remarks.

Russia suspended talks on a peace treaty in 2022 in response to Japan's sanctions. It has also pulled out of visa-free exchanges and halted the grave visits by former residents of the islands.

Related news
Ishiba elected prime minister at extraordinary Diet session  (Oct. 1)
Former islanders urge new government to restore grave visits  (Sep. 30)

Watch on NHK WORLD-JAPAN   |   Share: X  Facebook  LINE""",
     expected=[
        dict(speaker="Takeshi Iwaya", treaty=True, snippet="the government will stick to its policy of resolving the territorial issue with Russia and concluding a peace treaty"),
        dict(speaker="Takeshi Iwaya", treaty=False, snippet="Japan-Russia relations remain in a difficult situation due to Russia's aggression against Ukraine"),
        dict(speaker="Takeshi Iwaya", treaty=False, snippet="Japan will continue to impose tough sanctions on Moscow"),
        dict(speaker="Takeshi Iwaya", treaty=True, snippet="Our policy of resolving the attribution of the four islands and concluding a peace treaty remains unchanged."),
        dict(speaker="Takeshi Iwaya", treaty=False, snippet="I will also work to resume the grave visits of former islanders"),
        dict(speaker="Takeshi Iwaya", treaty=False, snippet="mutually beneficial relations based on common strategic interests"),
        dict(speaker="Shigeru Ishiba", treaty=False, optional=True, snippet='there is "no situation now" in which such a meeting could be considered'),
        dict(speaker="Shigeru Ishiba", treaty=True, snippet='the goal of concluding a peace treaty "will not be abandoned."'),
     ],
     not_statements=["Russia had no immediate reaction to the remarks.",
                     "Russia suspended talks on a peace treaty in 2022 in response to Japan's sanctions.",
                     "It has also pulled out of visa-free exchanges and halted the grave visits",
                     "was asked whether he would seek talks with Russian President Vladimir Putin",
                     "Former islanders urge new government to restore grave visits"]),

dict(id="E5-09", outlet="The Diplomat", url="https://thediplomat.com/2025/03/trumps-russia-reset-leaves-tokyos-island-claim-further-adrift/", published="2025-03-14",
     title="Trump's Russia Reset Leaves Tokyo's Island Claim Further Adrift",
     text="""THE DIPLOMAT
Politics | East Asia | Japan

Trump's Russia Reset Leaves Tokyo's Island Claim Further Adrift

As Washington courts Moscow, Japan's hopes for the Northern Territories look dimmer than ever.

By Haruka Tanabe
March 14, 2025

When Donald Trump phoned Vladimir Putin in February, Tokyo was caught off guard. For three years, Japan had aligned itself tightly with Washington's pressure campaign against Moscow, at a cost that included the collapse of its own peace treaty talks with Russia.

Any U.S.-Russia thaw raises an uncomfortable question for Japan: will Moscow now talk about the four islands off Hokkaido it has held since 1945? The short answer is no.

Prime Minister Ishiba Shigeru has tried to keep the door ajar. Asked in the Diet last month whether Japan would adjust its Russia policy to Washington's shift, Ishiba said Japan's stance "will not change simply because another country's approach changes." He went on: "We will resolve the question of the attribution of the four northern islands and conclude a peace treaty. That policy is firm."

Enjoying this article? Click here to subscribe for full access. Just $5 a month.

Moscow sees little reason to reciprocate. In an interview with TASS in February, Deputy Foreign Minister Andrei Rudenko said talks on a peace treaty were "impossible as long as Japan pursues an openly unfriendly policy," adding that a change of tone in Washington "does not automatically mean a change in Tokyo."

A senior Japanese diplomat, speaking on condition of anonymity, said Tokyo had quietly asked the Trump administration to "keep the Northern Territories in mind" in any deal with Moscow.

The 1993 Tokyo Declaration named all four islands as the subject of negotiations; Moscow now treats that text as a dead letter.

Tokyo's real problem is that it has little leverage left. A Cabinet Office survey in January found interest in the issue among people in their 20s below 40 percent.

Kenji Morioka, a Russia specialist at a Tokyo think tank, put it bluntly: "Russia has no incentive to reopen the territorial file when it can simp""",
     expected=[
        dict(speaker="Shigeru Ishiba", treaty=True, optional=True, snippet="will not change simply because another country's approach changes"),
        dict(speaker="Shigeru Ishiba", treaty=True, snippet="We will resolve the question of the attribution of the four northern islands and conclude a peace treaty."),
        dict(speaker="Shigeru Ishiba", treaty=True, snippet="That policy is firm."),
        dict(speaker="Andrei Rudenko", alt=["Russian Foreign Ministry"], treaty=True, snippet="impossible as long as Japan pursues an openly unfriendly policy"),
        dict(speaker="Andrei Rudenko", alt=["Russian Foreign Ministry"], treaty=True, optional=True, snippet="does not automatically mean a change in Tokyo"),
        dict(speaker="Kenji Morioka", treaty=None, optional=True, snippet="Russia has no incentive to reopen the territorial file"),
     ],
     not_statements=["The short answer is no.",
                     "at a cost that included the collapse of its own peace treaty talks with Russia",
                     "A senior Japanese diplomat, speaking on condition of anonymity, said Tokyo had quietly asked the Trump administration",
                     "named all four islands as the subject of negotiations; Moscow now treats that text as a dead letter",
                     "A Cabinet Office survey in January found interest in the issue among people in their 20s below 40 percent.",
                     "Enjoying this article? Click here to subscribe for full access."]),

dict(id="E5-10", outlet="Ministry of Foreign Affairs of Japan", url="https://www.mofa.go.jp/press/kaiken/kaikene_000712.html", published="2025-09-02",
     title="Press Conference by Foreign Minister IWAYA Takeshi",
     text="""Ministry of Foreign Affairs of Japan
Home > Press Releases > Press Conferences > Foreign Minister

Press Conference by Foreign Minister IWAYA Takeshi
Tuesday, September 2, 2025, 10:38 a.m.   Ministry of Foreign Affairs
(This is a provisional translation by the Ministry of Foreign Affairs of Japan of the press conference by Foreign Minister IWAYA Takeshi.)

Opening Remarks
None.

Questions and Answers

NHK, Sato: Tomorrow China will hold a military parade in Beijing marking the 80th anniversary of the end of the war, with President Putin among the guests. What is your view?

Minister Iwaya: The Government of Japan is aware of the event. We have conveyed to the Chinese side our view that commemorations of the anniversary should be oriented toward the future rather than focusing unduly on the unfortunate past.

Hokkaido Shimbun, Kato: Russia marks tomorrow what it calls the "Day of Victory over Militarist Japan," and a senior Russian official last week described the Kurils as "Russian forever." What is your response, and is there any prospect of the grave visits resuming this year?

Minister Iwaya: I would like to refrain from commenting on each individual remark by Russian officials. That said, the Northern Territories are islands over which Japan has sovereignty, and they are an integral part of Japan's territory. There is no change in our policy of resolving the territorial issue and concluding a peace treaty.

As for the grave visits, they are a humanitarian undertaking for former islanders who are advancing in age, and resuming them is one of the top priorities in Japan-Russia relations. We continue to make strong requests to the Russian side, but regrettably there is no prospect yet of carrying them out this year.

Kyodo, Ito: The kelp harvest near Kaigara Island started in June after a delay. How do you assess this?

Minister Iwaya: It is important to secure stable fishing operations for Japanese fishermen, and we will continue to handle the matter appropriately, without prejudice to our legal position.

Asahi, Mori: A Chinese coast guard vessel entered Japan's territorial waters around the Senkaku Islands again yesterday.

Minister Iwaya: The Senkaku Islands are clearly an inherent part of the territory of Japan, and they are under the valid control of Japan. We lodged a protest through diplomatic channels.

(End)""",
     expected=[
        dict(speaker="Takeshi Iwaya", alt=["Japanese Foreign Ministry"], treaty=False, snippet="commemorations of the anniversary should be oriented toward the future"),
        dict(speaker="Takeshi Iwaya", alt=["Japanese Foreign Ministry"], treaty=True, optional=True, snippet="I would like to refrain from commenting on each individual remark by Russian officials."),
        dict(speaker="Takeshi Iwaya", alt=["Japanese Foreign Ministry"], treaty=True, snippet="the Northern Territories are islands over which Japan has sovereignty"),
        dict(speaker="Takeshi Iwaya", alt=["Japanese Foreign Ministry"], treaty=True, snippet="There is no change in our policy of resolving the territorial issue and concluding a peace treaty."),
        dict(speaker="Takeshi Iwaya", alt=["Japanese Foreign Ministry"], treaty=False, snippet="resuming them is one of the top priorities in Japan-Russia relations"),
        dict(speaker="Takeshi Iwaya", alt=["Japanese Foreign Ministry"], treaty=False, snippet="regrettably there is no prospect yet of carrying them out this year"),
        dict(speaker="Takeshi Iwaya", alt=["Japanese Foreign Ministry"], treaty=False, optional=True, snippet="without prejudice to our legal position"),
        dict(speaker="Takeshi Iwaya", alt=["Japanese Foreign Ministry"], treaty=False, snippet="The Senkaku Islands are clearly an inherent part of the territory of Japan"),
     ],
     not_statements=['a senior Russian official last week described the Kurils as "Russian forever."',
                     'Russia marks tomorrow what it calls the "Day of Victory over Militarist Japan,"',
                     "is there any prospect of the grave visits resuming this year?",
                     "(This is a provisional translation by the Ministry of Foreign Affairs of Japan",
                     "Home > Press Releases > Press Conferences > Foreign Minister"]),

dict(id="E5-11", outlet="Nikkei Asia", url="https://asia.nikkei.com/Politics/International-relations/Hokkaido-fishermen-caught-in-the-cold-as-Japan-Russia-ties-stay-frozen", published="2025-05-28",
     title="Hokkaido fishermen caught in the cold as Japan-Russia ties stay frozen",
     text="""Politics  |  International relations

Hokkaido fishermen caught in the cold as Japan-Russia ties stay frozen

Kelp harvest talks drag on while former islanders' grave visits remain off the table

RYO SATOMI, Nikkei staff writer
May 28, 2025 14:05 JST

NEMURO, Japan -- On a gray morning at the port of Habomai, a dozen small boats sit idle, their crews waiting for word from across the water. For many in Nemuro, the fish matter more than the diplomacy.

Talks between a Hokkaido fisheries association and Russian authorities on this season's kelp harvest near Kaigara Island -- one of the Habomai islets, which Japan claims and Russia controls -- have yet to conclude, with the usual June start only days away.

"The fishermen cannot wait any longer. Every week of delay is money lost for the whole town," Nemuro Mayor Koichi Ishigaki told Nikkei Asia.

Hokkaido Gov. Naomichi Suzuki went further. "The return of the four northern islands is the long-cherished wish of all Hokkaido residents, and that will not change however long it takes," he said. "But in the meantime, we cannot let people's livelihoods be sacrificed."

In Tokyo, Chief Cabinet Secretary Yoshimasa Hayashi told reporters the government was "supporting the private-sector talks" and would keep fisheries negotiations with Russia on track.

Prime Minister Shigeru Ishiba told the Diet last month that relations with Moscow were "in a severe state," while insisting that the policy of "resolving the territorial issue and concluding a peace treaty" had not changed.

Russia's Federal Agency for Fishery said in April that the terms for Japanese boats near the islands "will be determined in accordance with Russian legislation."

Russia withdrew from the visa-free exchange program in 2022 and has not allowed former islanders to visit family graves since the pandemic.

"I want to stand at my parents' graves once more before I die," said Michiko Hanada, 89, who was born on Shikotan and left the island as a child in 1947. The average age of the former islanders passed 89 this y""",
     expected=[
        dict(speaker="Koichi Ishigaki", treaty=False, snippet="The fishermen cannot wait any longer."),
        dict(speaker="Naomichi Suzuki", treaty=True, snippet="The return of the four northern islands is the long-cherished wish of all Hokkaido residents"),
        dict(speaker="Naomichi Suzuki", treaty=False, snippet="we cannot let people's livelihoods be sacrificed"),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=False, snippet="supporting the private-sector talks"),
        dict(speaker="Shigeru Ishiba", treaty=False, optional=True, snippet='relations with Moscow were "in a severe state,"'),
        dict(speaker="Shigeru Ishiba", treaty=True, snippet="resolving the territorial issue and concluding a peace treaty\" had not changed"),
        dict(speaker="Russian Federal Agency for Fishery", treaty=True, optional=True, snippet="will be determined in accordance with Russian legislation"),
        dict(speaker="Michiko Hanada", treaty=False, optional=True, snippet="I want to stand at my parents' graves once more before I die"),
     ],
     not_statements=["For many in Nemuro, the fish matter more than the diplomacy.",
                     "Russia withdrew from the visa-free exchange program in 2022",
                     "one of the Habomai islets, which Japan claims and Russia controls",
                     "The average age of the former islanders passed 89 this y"]),

dict(id="E5-12", outlet="Reuters", url="https://www.reuters.com/world/asia-pacific/putin-offers-tax-breaks-disputed-islands-japan-wary-2021-09-03/", published="2021-09-03",
     title="Putin offers tax breaks on disputed islands, Japan says plan must respect its position",
     text="""World  |  Asia Pacific

Putin offers tax breaks on disputed islands, Japan says plan must respect its position

September 3, 2021  10:42 AM GMT+9  Updated 4 years ago

VLADIVOSTOK, Russia, Sept 3 (Reuters) - President Vladimir Putin on Friday proposed turning the Kuril islands, including those claimed by Japan, into a special economic zone with no profit or property taxes for 10 years, and said Japanese companies would be welcome to take part.

"We are proposing an unprecedented regime for investors on the Kurils. Companies from Japan, and from other countries, are welcome to work there," Putin told the Eastern Economic Forum in Vladivostok.

Putin said the move did not mean Moscow had given up on a peace treaty with Tokyo. "We have never stopped working on a peace treaty. But it must be a treaty that strengthens our security, not weakens it," he said, repeating concerns that U.S. forces could one day be stationed on islands handed to Japan.

He also noted that Japan was going through a political transition. "Whoever leads Japan, we are ready to continue the dialogue," he said.

In Tokyo, Chief Cabinet Secretary Katsunobu Kato told a regular news conference that any economic activity on the islands should be carried out "without prejudicing the legal positions of Japan and Russia." "We will examine the details of the Russian plan carefully," he said.

Kato spoke hours after Prime Minister Yoshihide Suga unexpectedly said he would not run in this month's ruling party leadership race, effectively ending his year-long premiership. "I want to concentrate on coronavirus measures," Suga told reporters.

Deputy Prime Minister Yuri Trutnev, the Kremlin's envoy to the Far East, told Reuters on the sidelines of the forum that the law on the zone could be adopted "before the end of the year."

Analysts say the offer is part of a long-running effort to tighten Moscow's grip on the islands while dangling economic incentives before Tokyo.

The Soviet Union seized the islands at the end of World War Two, and the dispute has kept the two countries from signing a peace treaty formally ending hostilities.

Reporting by Olga Petrova in Vladivostok and Kiyoshi Ando in Tokyo; Editing by Mark Hollis

Our Standards: The Thomson Reuters Trust Principles.

Read Next
Japan's Suga to step down, setting stage for new prime minister""",
     expected=[
        dict(speaker="Vladimir Putin", treaty=None, optional=True, snippet="We are proposing an unprecedented regime for investors on the Kurils."),
        dict(speaker="Vladimir Putin", treaty=True, snippet="the move did not mean Moscow had given up on a peace treaty with Tokyo"),
        dict(speaker="Vladimir Putin", treaty=True, snippet="We have never stopped working on a peace treaty."),
        dict(speaker="Vladimir Putin", treaty=True, snippet="it must be a treaty that strengthens our security, not weakens it"),
        dict(speaker="Vladimir Putin", treaty=True, optional=True, snippet="Whoever leads Japan, we are ready to continue the dialogue"),
        dict(speaker="Katsunobu Kato", alt=["Japanese government"], treaty=True, optional=True, snippet="without prejudicing the legal positions of Japan and Russia"),
        dict(speaker="Katsunobu Kato", alt=["Japanese government"], treaty=None, optional=True, snippet="We will examine the details of the Russian plan carefully"),
        dict(speaker="Yoshihide Suga", treaty=False, snippet="I want to concentrate on coronavirus measures"),
        dict(speaker="Yuri Trutnev", treaty=False, optional=True, snippet="the law on the zone could be adopted"),
     ],
     not_statements=["Analysts say the offer is part of a long-running effort to tighten Moscow's grip on the islands",
                     "the dispute has kept the two countries from signing a peace treaty formally ending hostilities",
                     "Our Standards: The Thomson Reuters Trust Principles.",
                     "Japan's Suga to step down, setting stage for new prime minister"]),

dict(id="E5-13", outlet="Asia Pacific News Wire (Kyodo)", url="https://apnewswire.net/japan/politics/2023/03/06/kishida-russia-illegal-occupation-northern-isles", published="2023-03-06",
     title="Kishida: Russia's 'illegal occupation' of northern isles must end through talks",
     text="""Asia Pacific News Wire
Home › Japan › Politics

Kishida: Russia's 'illegal occupation' of northern isles must end through talks

Source: Kyodo News  |  Mar 6, 2023  |  3 min read  |  👁 412

ADVERTISEMENT

Prime Minister Fumio Kishida said Monday that Japan remains committed to negotiating a peace treaty with Russia, even though Moscow has unilaterally halted the talks over Tokyo's sanctions on the war in Ukraine.

"Relations with Russia are in a severe state, but there is no change in our policy of resolving the territorial issue and concluding a peace treaty," Kishida told the House of Councillors Budget Committee.

Responding to an opposition lawmaker who asked about Japan's stakes in the Sakhalin-1 and Sakhalin-2 oil and gas projects, Kishida said Japan would keep them because they are "important for the stable supply of energy," adding that holding on to the stakes "in no way changes our position on the Northern Territories."

Foreign Minister Yoshimasa Hayashi told the same session that the government would keep urging Russia to allow former islanders to visit family graves, calling the visits "a humanitarian matter that should be separated from politics."

Russia's Foreign Ministry announced in March last year that it would not continue the peace treaty negotiations, citing Japan's "openly unfriendly positions."

A senior Foreign Ministry official said Tokyo sees no realistic prospect of the talks resuming within the year.

Asked by another lawmaker about Takeshima, Kishida said the islets are "an inherent part of Japan's territory" and that Tokyo would deal with South Korea "calmly and resolutely."

The four islands off Hokkaido were seized by the Soviet Union after Japan's surrender in 1945.

You may also like
• Zakharova: Japan's sanctions 'buried' any chance of treaty talks
• Former islanders' average age passes 87

Disclaimer: This story is auto-published from a syndicated feed. Asia Pacific News Wire has not edited the text.
© Kyodo News""",
     expected=[
        dict(speaker="Fumio Kishida", treaty=True, snippet="Russia's 'illegal occupation' of northern isles must end through talks"),
        dict(speaker="Fumio Kishida", treaty=True, snippet="Japan remains committed to negotiating a peace treaty with Russia"),
        dict(speaker="Fumio Kishida", treaty=True, snippet="there is no change in our policy of resolving the territorial issue and concluding a peace treaty"),
        dict(speaker="Fumio Kishida", treaty=False, snippet="important for the stable supply of energy"),
        dict(speaker="Fumio Kishida", treaty=True, snippet="in no way changes our position on the Northern Territories"),
        dict(speaker="Yoshimasa Hayashi", treaty=False, snippet="a humanitarian matter that should be separated from politics"),
        dict(speaker="Russian Foreign Ministry", treaty=True, optional=True, snippet="it would not continue the peace treaty negotiations"),
        dict(speaker="Fumio Kishida", treaty=False, snippet="an inherent part of Japan's territory"),
     ],
     not_statements=["A senior Foreign Ministry official said Tokyo sees no realistic prospect of the talks resuming within the year.",
                     "The four islands off Hokkaido were seized by the Soviet Union after Japan's surrender in 1945.",
                     "Zakharova: Japan's sanctions 'buried' any chance of treaty talks",
                     "Responding to an opposition lawmaker who asked about Japan's stakes in the Sakhalin-1 and Sakhalin-2",
                     "Disclaimer: This story is auto-published from a syndicated feed."]),

dict(id="E5-14", outlet="KurilyNews (machine translation from Russian)", url="https://kurilynews.ru/en/society/2019/10/31/yaponskie-turisty-iturup", published="2019-10-31",
     title="On Iturup arrived the first Japanese tourists of the pilot tour",
     text="""KurilyNews — English version (automatic translation)
Main / Society / Kurils
31 October 2019, 14:05  |  Views: 1 388

On Iturup arrived the first Japanese tourists of the pilot tour

The group from 44 citizens of Japan on Thursday arrived on the island Iturup by the ship from the port Nemuro within the framework of the first pilot tour, agreed by the leaders of Russia and Japan. The tourists will visit the hot springs and the fish factory, informs the correspondent.

The governor of the Sakhalin region Valery Limarenko, who met the guests in Kurilsk, told to the journalists, that the tours are "the good sign of the trust between our peoples". "The Japanese guests will see with their own eyes, that the Kurils live and develop as the full part of Russia. We are open to the cooperation, but on our land the Russian laws work," — underlined the head of the region.

The official representative of the MFA of Russia Maria Zakharova on the briefing in Moscow named the tours "the concrete step in the realization of the agreements of the President of Russia and the Prime minister of Japan". According to her, such projects "work for the creation of the atmosphere, necessary for the solution of the question of the peace treaty".

From the Japanese side the tour is organized by the special order, which does not demand the Russian visas — to not recognize by this the Russian jurisdiction over the islands.

The head of the Japanese group, the ambassador on special assignments of the MFA of Japan Toshio Miyamura, declared, that Tokyo hopes, that the tourism "will become the first step to the joint economic activity on the four islands and, further, to the conclusion of the peace treaty".

As consider the experts, the tourism will not change the positions of the sides on the question of the sovereignty.

Recall, Putin and Abe in 2016 agreed to work out the joint economic activity on the southern Kurils in five directions, including the tourism.

One of the tourists, the 70-year pensioner from Sapporo, told: "I always wanted to see these islands, here is so beautiful, but my heart is heavy, because my fath""",
     expected=[
        dict(speaker="Valery Limarenko", treaty=False, optional=True, snippet="the good sign of the trust between our peoples"),
        dict(speaker="Valery Limarenko", treaty=True, snippet="the Kurils live and develop as the full part of Russia"),
        dict(speaker="Valery Limarenko", treaty=True, optional=True, snippet="on our land the Russian laws work"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False, optional=True, snippet="the concrete step in the realization of the agreements of the President of Russia"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="work for the creation of the atmosphere, necessary for the solution of the question of the peace treaty"),
        dict(speaker="Toshio Miyamura", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=True, snippet="will become the first step to the joint economic activity on the four islands and, further, to the conclusion of the peace treaty"),
     ],
     not_statements=["which does not demand the Russian visas — to not recognize by this the Russian jurisdiction over the islands",
                     "As consider the experts, the tourism will not change the positions of the sides on the question of the sovereignty.",
                     "Putin and Abe in 2016 agreed to work out the joint economic activity on the southern Kurils in five directions",
                     "I always wanted to see these islands, here is so beautiful"]),

dict(id="E5-15", outlet="NihonPoliticsWire (machine translation from Japanese)", url="https://nihonpoliticswire.jp/en/kokkai/20251107-takaichi-russia-territory", published="2025-11-07",
     title="Prime Minister Takaichi, Russia territorial problem \"tackle with determination\", budget committee first full-scale debate",
     text="""NihonPoliticsWire | Politics | Diet
2025.11.07 (Fri) 19:22   Source: Jiji Press

Prime Minister Takaichi, Russia territorial problem "tackle with determination", budget committee first full-scale debate

Prime Minister Takaichi Sanae, at the House of Representatives Budget Committee on the 7th, was asked by the opposition about the relation with Russia, and answered "The Northern Territories are the islands over which the sovereignty of our country extends. I will tackle with determination toward the resolution of the belonging problem of the four islands and the conclusion of the peace treaty," and showed the stance to continue the policy of the successive administrations.

About the grave visit of the former islanders which is suspended, the Prime Minister expressed "the former islanders are advancing in age, I want to realize the resumption by all means," and said that the government is strongly requesting it to the Russian side.

At the same committee, about the Taiwan contingency, the Prime Minister answered that it "can become the survival-threatening situation depending on the case", and this answer is gathering the attention inside and outside of the country.

Foreign Minister Motegi Toshimitsu, at the same committee, about the claim of the Russian side that the islands became Russian territory as the result of the war, stated "Such claim cannot be accepted at all. The position of our country is consistent."

Chief Cabinet Secretary Kihara Minoru at the press conference of the afternoon, about the military exercise of the Russian army on Etorofu island that was confirmed this week, said "it is incompatible with the position of our country and it is not acceptable," and revealed that the protest was made through the diplomatic route.

The Takaichi administration which was inaugurated in October has no prospect of the improvement of the relation with Russia. According to a person concerned of the Prime Minister's Office, the Prime Minister considers that "there is no room for the summit meeting at present".

[Related article]
・Russian Foreign Ministry, statement of Takaichi is "revanchism"

[Post] [Share] [LINE] [Hatena]
※This article is translated by AI from the Japanese original. For accuracy, please see the original.""",
     expected=[
        dict(speaker="Sanae Takaichi", treaty=True, snippet="The Northern Territories are the islands over which the sovereignty of our country extends."),
        dict(speaker="Sanae Takaichi", treaty=True, snippet="I will tackle with determination toward the resolution of the belonging problem of the four islands and the conclusion of the peace treaty"),
        dict(speaker="Sanae Takaichi", treaty=False, snippet="the former islanders are advancing in age, I want to realize the resumption by all means"),
        dict(speaker="Sanae Takaichi", treaty=False, snippet="can become the survival-threatening situation depending on the case"),
        dict(speaker="Toshimitsu Motegi", treaty=True, snippet="Such claim cannot be accepted at all. The position of our country is consistent."),
        dict(speaker="Minoru Kihara", alt=["Japanese government"], treaty=None, optional=True, snippet="it is incompatible with the position of our country and it is not acceptable"),
     ],
     not_statements=["The Takaichi administration which was inaugurated in October has no prospect of the improvement of the relation with Russia.",
                     "there is no room for the summit meeting at present",
                     "Russian Foreign Ministry, statement of Takaichi is \"revanchism\"",
                     "was asked by the opposition about the relation with Russia",
                     "※This article is translated by AI from the Japanese original."]),
]
