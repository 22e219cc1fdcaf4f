# Probe articles, English, round 14: words in the first person.
#
# Pages on which an official writes or speaks in the first person and the page itself (byline, author box,
# heading of an official transcript, embed block of a post, the "A:"/surname label of a Q&A) says whose words
# they are, not a reporter's verb.  Written independently by hand; every sentence is invented, events are
# modelled loosely on real ones (2016 Nagato summit run-up, 2017 "2+2" in Tokyo, EEF 2018, Singapore 2018
# follow-up, 2020 Russian constitutional amendment, March 2022 suspension of treaty talks, the visa-free
# exchange withdrawal of 2022, Northern Territories Day rallies 2023-2026).
#
# Page types / outlets: signed op-eds (The Japan Times, The Moscow Times), mid.ru article and comment,
# kremlin.ru transcript with applause notes, kantei.go.jp policy speeches and rally addresses, mofa.go.jp
# ministerial statement, Hokkaido government New Year message, open letter of the former islanders' league,
# Telegram posts (Medvedev, Limarenko) and X threads (Russian Embassy, Taro Kono) embedded in news pages,
# Q&A interviews (RBTH/Kozuki, Japan Times/Motegi, TASS/Nozdrev, Izvestia/Rudenko), a Kyodo wrap with a full
# text of remarks.
#
# Speakers (canonical): Vladimir Putin, Sergei Lavrov, Dmitry Medvedev, Maria Zakharova, Mikhail Galuzin,
# Nikolai Nozdrev, Andrei Rudenko, Shinzo Abe, Yoshihide Suga, Fumio Kishida, Shigeru Ishiba, Sanae Takaichi,
# Taro Kono, Toshimitsu Motegi, Yoshimasa Hayashi, Yoko Kamikawa, Toyohisa Kozuki, Akira Muto, Naomichi Suzuki,
# Valery Limarenko, Russian Foreign Ministry, Japanese Foreign Ministry, Russian Embassy in Japan, Chishima and
# Habomai Islands Residents League; minor: Dmitry Peskov (Kremlin spokesman, 2016); moderators and journalists are not speakers.
#
# Traps: reporter's background paragraphs around the first-person text, editor's notes ("The views expressed
# ..."), author boxes, "Related:" / "Read also" / "More in Opinion" link lists (including titles naming officials
# as authors of OTHER pieces), photo captions, applause notes, "(Reference)" notes summarising documents
# (1956 Declaration, Diplomatic Bluebook), interviewers' questions, a reader's letter by an ordinary citizen,
# an anonymous former islander, quotes of OTHER officials inside the wrapper (labelled with their own speaker).
ARTICLES = []
ARTICLES += [
dict(id="E14-01", outlet="The Japan Times",
     url="https://www.japantimes.co.jp/opinion/2019/01/20/commentary/japan-commentary/russia-japan-year-exchanges-taught-us/",
     published="2019-01-20",
     title="Russia and Japan: what a year of exchanges taught us",
     text="""Opinion | Commentary | Japan

Russia and Japan: what a year of exchanges taught us

By Mikhail Galuzin
Jan 20, 2019

The cross years that Russia and Japan held in 2018 have just ended, and I would like to share with readers of this newspaper a few thoughts about where our relationship stands as our leaders prepare to meet again in Moscow.

Over the past twelve months more than 400 events took place in our two countries, from kabuki performances in Moscow to Russian ballet seasons in Osaka and Sapporo. I am convinced that such human contacts are the firmest foundation on which any political agreement can later be built.

Our economic ties are moving forward as well. The Yamal LNG project, in which Japanese companies participate, is already shipping cargoes, and I see real room for Japanese participation in Arctic LNG 2 and in the renewal of city infrastructure in the Russian Far East.

Much has been written in recent weeks about the peace treaty, so let me set out our approach plainly. In Singapore last November, President Vladimir Putin and Prime Minister Shinzo Abe agreed to speed up the negotiations on the basis of the 1956 Joint Declaration, and Russia intends to honor that understanding.

A treaty, however, cannot rest on a selective reading of history. The first step has to be Japan's full acceptance of the outcome of World War II, including Russia's sovereignty over the southern Kuril Islands, which is also reflected in the U.N. Charter.

Some politicians in Tokyo talk as if the negotiations were already about a schedule for the "return" of islands. Frankly, remarks of this kind do not help; they only stir up an artificial atmosphere around the talks and raise expectations in Japanese society that have no basis.

We cannot ignore the security dimension either. The planned deployment in Japan of the U.S.-made Aegis Ashore missile defense system raises legitimate concerns for Russia, and we expect our Japanese partners to address them seriously.

I believe 2019 can be a year in which trust between our peoples grows further. Russian and Japanese students, scientists and entrepreneurs should meet more often, and we are ready to keep simplifying visa procedures to make that easier.

Mikhail Galuzin is the ambassador of the Russian Federation to Japan.

The views expressed in this article are the author's own and do not necessarily reflect the editorial policy of The Japan Times.

Related:
Abe and Putin to meet in Moscow next week as island talks intensify
Lavrov and Kono spar over history ahead of summit

READER MAIL
Islands deal needs patience, not haste
I was born in Nemuro and watched my grandparents wait for decades. The four islands belong to Japan, and no summit should trade them for investment promises.
T. MORI
Nemuro, Hokkaido

KEYWORDS
Russia, Japan-Russia relations, Northern Territories, diplomacy""",
     expected=[
        dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=False,
             snippet="such human contacts are the firmest foundation"),
        dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=False,
             snippet="I see real room for Japanese participation in Arctic LNG 2"),
        dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=True,
             snippet="Russia intends to honor that understanding"),
        dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=True,
             snippet="including Russia's sovereignty over the southern Kuril Islands"),
        dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=True,
             snippet="they only stir up an artificial atmosphere around the talks"),
        dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=False,
             snippet="Aegis Ashore missile defense system raises legitimate concerns for Russia"),
        dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=False,
             snippet="we are ready to keep simplifying visa procedures"),
     ],
     not_statements=[
        "The views expressed in this article are the author's own",
        "Abe and Putin to meet in Moscow next week as island talks intensify",
        "The four islands belong to Japan, and no summit should trade them for investment promises",
        "Mikhail Galuzin is the ambassador of the Russian Federation to Japan.",
     ]),

dict(id="E14-02", outlet="Ministry of Foreign Affairs of Japan",
     url="https://www.mofa.go.jp/press/danwa/page4e_001207.html", published="2022-03-22",
     title="Statement by Foreign Minister HAYASHI Yoshimasa on the Announcement by the Russian Federation concerning Japan-Russia Peace Treaty Negotiations",
     text="""Ministry of Foreign Affairs of Japan
Home > Press Releases > Statements by the Foreign Minister

Statement by Foreign Minister HAYASHI Yoshimasa on the Announcement by the Russian Federation concerning Japan-Russia Peace Treaty Negotiations

March 22, 2022

1. On March 21, the Ministry of Foreign Affairs of the Russian Federation announced that, under the present circumstances, Russia does not intend to continue negotiations with Japan on a peace treaty, and that it is withdrawing from the dialogue on joint economic activities on the Four Northern Islands and suspending the visa-free exchanges.

2. The present situation has arisen entirely from Russia's aggression against Ukraine. Russia's attempt to shift the responsibility onto Japan-Russia relations is extremely unjust and absolutely unacceptable. I have lodged a strong protest with the Russian side through diplomatic channels.

3. Russia's aggression against Ukraine is a clear violation of international law and an act that shakes the foundation of the international order. Japan will continue to impose strong sanctions against Russia in close coordination with the G7 and the rest of the international community, and will keep extending support to the people of Ukraine.

4. The policy of the Government of Japan, which is to resolve the territorial issue and conclude a peace treaty, remains unchanged. Japan will continue to respond calmly while firmly protecting its national interests.

5. I also strongly hope that the humanitarian programs for former island residents, including the visits to family graves on the islands, can be resumed at an early date, and Japan will keep calling on the Russian side to that end.

(Reference)
(1) The Joint Declaration signed by Japan and the Soviet Union in 1956 provides for the handover of the Habomai Islands and Shikotan Island to Japan after the conclusion of a peace treaty.
(2) At the Japan-Russia Summit Meeting in Singapore in November 2018, the two leaders agreed to accelerate peace treaty negotiations on the basis of the 1956 Joint Declaration.
(3) The visa-free exchanges between Japanese citizens and the Russian residents of the Four Northern Islands began in 1992.

Related Information
Japan-Russia Relations
Press Conference by Foreign Minister HAYASHI Yoshimasa (Tuesday, March 22, 2022)
Statement by the Press Secretary on the Situation in Ukraine

Back to Statements by the Foreign Minister

Page Top""",
     expected=[
        dict(speaker="Russian Foreign Ministry", treaty=True,
             snippet="Russia does not intend to continue negotiations with Japan on a peace treaty"),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=True,
             snippet="Russia's attempt to shift the responsibility onto Japan-Russia relations"),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False,
             snippet="Japan will continue to impose strong sanctions against Russia"),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=True,
             snippet="to resolve the territorial issue and conclude a peace treaty, remains unchanged"),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False,
             snippet="including the visits to family graves on the islands, can be resumed"),
     ],
     not_statements=[
        "provides for the handover of the Habomai Islands and Shikotan Island to Japan after the conclusion",
        "the two leaders agreed to accelerate peace treaty negotiations on the basis of the 1956 Joint Declaration",
        "The visa-free exchanges between Japanese citizens and the Russian residents",
        "Press Conference by Foreign Minister HAYASHI Yoshimasa (Tuesday, March 22, 2022)",
     ]),

dict(id="E14-03", outlet="President of Russia (kremlin.ru)",
     url="http://en.kremlin.ru/events/president/transcripts/58537", published="2018-09-12",
     title="Plenary session of the Eastern Economic Forum",
     text="""President of Russia
Events > Transcripts

Plenary session of the Eastern Economic Forum

Vladimir Putin took part in the plenary session of the 4th Eastern Economic Forum. The session was also attended by President of the People's Republic of China Xi Jinping, Prime Minister of Japan Shinzo Abe, President of Mongolia Khaltmaagiin Battulga and Prime Minister of the Republic of Korea Lee Nak-yon.

September 12, 2018, 13:40, Vladivostok

[Photo caption: With participants in the plenary session of the Eastern Economic Forum.]

President of Russia Vladimir Putin: Prime Minister Abe, President Xi, friends, colleagues,

I am glad to welcome you to Vladivostok once again. Investment commitments in the Far East are now counted in trillions of rubles, and our priority today is to turn them into new plants, ports and jobs as quickly as possible. (Applause.)

We are also prepared to build an energy bridge to our Asian neighbours, Japan included, and to offer partners long-term supplies of liquefied natural gas from Sakhalin and the Arctic.

Thank you.

Sergei Brilev: Thank you, Mr President. Prime Minister Abe, the floor is yours.

Prime Minister of Japan Shinzo Abe (retranslated): Vladimir, we have met more than twenty times, and our eight-point cooperation plan has already given birth to well over a hundred projects, from hospitals to smart cities.

Yet there is a task that we must not hand over to our children. Let us take joint economic activities on the four islands as the first step and, together, you and I, move towards the conclusion of a peace treaty. We two must find the courage to do this ourselves. (Applause.)

Sergei Brilev: Mr President, the Prime Minister has just challenged you in front of the whole hall. Do you think the two countries can sign a treaty in the foreseeable future?

Vladimir Putin: Here is something that occurred to me while I was listening just now. Let us sign a peace treaty, not today, but by the end of this year, and let us attach no preconditions to it.

(Applause.)

Once it is signed, we would keep working through whatever questions are still in dispute, and we would do that as friends. It seems to me this would make everything we have been trying to settle for seventy years easier.

Sergei Brilev: So that is a formal proposal?

Vladimir Putin: It is a thought. I mean it seriously, but I am not going to draft the text here on the stage.

<...>

Topics
Foreign policy, Far Eastern Federal District

Persons
Abe Shinzo, Battulga Khaltmaagiin, Lee Nak-yon, Xi Jinping

Publication status
Published in sections: News, Transcripts""",
     expected=[
        dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=False,
             snippet="our priority today is to turn them into new plants, ports and jobs"),
        dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=False,
             snippet="We are also prepared to build an energy bridge to our Asian neighbours"),
        dict(speaker="Shinzo Abe", treaty=False,
             snippet="our eight-point cooperation plan has already given birth to well over a hundred projects"),
        dict(speaker="Shinzo Abe", treaty=True,
             snippet="move towards the conclusion of a peace treaty"),
        dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=True,
             snippet="Let us sign a peace treaty, not today, but by the end of this year"),
        dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=True,
             snippet="we would keep working through whatever questions are still in dispute"),
        dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=True, optional=True,
             snippet="I am not going to draft the text here on the stage"),
     ],
     not_statements=[
        "Do you think the two countries can sign a treaty in the foreseeable future?",
        "[Photo caption: With participants in the plenary session of the Eastern Economic Forum.]",
        "Vladimir Putin took part in the plenary session of the 4th Eastern Economic Forum.",
        "the Prime Minister has just challenged you in front of the whole hall",
     ]),

dict(id="E14-04", outlet="Prime Minister of Japan and His Cabinet (kantei.go.jp)",
     url="https://japan.kantei.go.jp/98_abe/statement/201901/_00003.html", published="2019-01-28",
     title="Policy Speech by Prime Minister Shinzo Abe to the 198th Session of the Diet",
     text="""Prime Minister of Japan and His Cabinet
Home > Speeches and Statements by the Prime Minister

Policy Speech by Prime Minister Shinzo Abe to the 198th Session of the Diet

January 28, 2019

[Provisional Translation]

[Photo caption: The Prime Minister delivering his policy speech at a plenary session of the House of Representatives]

I. Introduction

This spring, for the first time in about two centuries, the Imperial Throne will pass to a new Emperor during the lifetime of his predecessor. I am determined to make this a year in which we open the door to a new era together with the people.

(Omitted)

V. Diplomacy and Security

(Japan-Russia relations)
Last November in Singapore, President Putin and I agreed to accelerate peace treaty negotiations on the basis of the 1956 Japan-Soviet Joint Declaration.

Building on the relationship of trust between President Putin and myself, I will resolve the territorial issue and conclude a peace treaty. We must not pass this issue on to the next generation.

The average age of the former island residents now exceeds 83. Last year, too, they flew to the islands on chartered aircraft to pay their respects at the graves of their ancestors, and we will keep doing all we can so that more of them are able to do so.

Through the Japan-Russia Year of Exchanges last year, people of every generation met in both countries, and we will widen these exchanges between our peoples still further.

(Japan-China relations)
Through my visit to China last October, Japan-China relations have returned completely to a normal track. We will raise our relations to a new stage through exchanges at all levels.

(Security of our territory)
The Senkaku Islands are an inherent part of the territory of Japan, and we will resolutely defend our land, sea and airspace.

(North Korea)
I will resolve the abduction issue with determination, breaking the shell of mutual distrust and meeting Chairman Kim Jong-un face to face.

(Omitted)

VII. Conclusion

Let us together build a Japan that is full of hope for the new era. Thank you very much.

Related Links
Japan-Russia Relations (Ministry of Foreign Affairs)
Press Conference by the Chief Cabinet Secretary (January 28, 2019)""",
     expected=[
        dict(speaker="Shinzo Abe", alt=["Japanese government"], treaty=True,
             snippet="President Putin and I agreed to accelerate peace treaty negotiations"),
        dict(speaker="Shinzo Abe", alt=["Japanese government"], treaty=True,
             snippet="I will resolve the territorial issue and conclude a peace treaty"),
        dict(speaker="Shinzo Abe", alt=["Japanese government"], treaty=True,
             snippet="We must not pass this issue on to the next generation"),
        dict(speaker="Shinzo Abe", alt=["Japanese government"], treaty=False,
             snippet="we will keep doing all we can so that more of them are able to do so"),
        dict(speaker="Shinzo Abe", alt=["Japanese government"], treaty=False,
             snippet="we will widen these exchanges between our peoples still further"),
        dict(speaker="Shinzo Abe", alt=["Japanese government"], treaty=False,
             snippet="The Senkaku Islands are an inherent part of the territory of Japan"),
        dict(speaker="Shinzo Abe", alt=["Japanese government"], treaty=False,
             snippet="I will resolve the abduction issue with determination"),
     ],
     not_statements=[
        "[Photo caption: The Prime Minister delivering his policy speech at a plenary session",
        "Japan-Russia Relations (Ministry of Foreign Affairs)",
        "Press Conference by the Chief Cabinet Secretary (January 28, 2019)",
     ]),
]
ARTICLES += [
dict(id="E14-05", outlet="The Moscow Times",
     url="https://www.themoscowtimes.com/2024/02/08/medvedev-scoffs-at-japans-northern-territories-rally-a83977", published="2024-02-08",
     title="Medvedev Scoffs at Japan's 'Northern Territories' Rally",
     text="""The Moscow Times
News

Medvedev Scoffs at Japan's 'Northern Territories' Rally

Feb. 8, 2024

[Photo caption: Dmitry Medvedev. Yekaterina Shtukina / Sputnik / Kremlin Pool]

Former President Dmitry Medvedev on Wednesday mocked Japan's annual campaign for the return of four Russian-held islands, a day after Prime Minister Fumio Kishida restated Tokyo's claim at a rally in the capital.

Addressing the rally on Feb. 7, which Japan marks as Northern Territories Day, Kishida said his government would "firmly maintain" its policy of resolving the territorial issue and concluding a peace treaty with Moscow, despite what he called a severe state of relations.

Foreign Minister Yoko Kamikawa, who also attended, told participants that the resumption of visits by former islanders to family graves on the islands remained one of her ministry's highest priorities.

Medvedev, who now serves as deputy chairman of Russia's Security Council, responded hours later on his Telegram channel. He wrote:

Dmitry Medvedev | Telegram | 07.02.2024 21:14
"Every February the Japanese put on the same show about their 'northern territories'. Let me remind them once more: there are no disputed territories. These are Russian islands, they were Russian after the war and they will stay Russian. As for the 'feelings' of the Japanese, those are a matter for their psychologists, not for our diplomacy. A government that pays for the Kyiv regime's weapons and slaps sanctions on our companies should not expect any favours from Russia at all. And the islands will keep getting new garrisons, roads and schools. That is our domestic affair."

Russia suspended peace treaty talks with Japan in March 2022 after Tokyo joined Western sanctions over the invasion of Ukraine. The two countries never signed a formal treaty after World War II because of the dispute over the islands, which the Soviet Union seized in 1945 and which Russia calls the Southern Kurils.

Japan's Chief Cabinet Secretary Yoshimasa Hayashi declined on Thursday to comment on Medvedev's post specifically, but told reporters that Japan's position on the Northern Territories "has not changed in the slightest."

Medvedev has become one of the most hawkish voices in the Russian establishment, regularly posting insults aimed at Western and Asian leaders.

Read more:
Russia Says Japan Talks Impossible While Sanctions Remain
Kuril Islanders Still Waiting for Promised Bridge

Tags: Japan, Kuril Islands, Dmitry Medvedev""",
     expected=[
        dict(speaker="Fumio Kishida", alt=["Japanese government"], treaty=True,
             snippet="its policy of resolving the territorial issue and concluding a peace treaty with Moscow"),
        dict(speaker="Yoko Kamikawa", alt=["Japanese Foreign Ministry"], treaty=False,
             snippet="the resumption of visits by former islanders to family graves on the islands"),
        dict(speaker="Dmitry Medvedev", treaty=True,
             snippet="there are no disputed territories"),
        dict(speaker="Dmitry Medvedev", treaty=True,
             snippet="These are Russian islands, they were Russian after the war and they will stay Russian"),
        dict(speaker="Dmitry Medvedev", treaty=True, optional=True,
             snippet="those are a matter for their psychologists, not for our diplomacy"),
        dict(speaker="Dmitry Medvedev", treaty=False,
             snippet="A government that pays for the Kyiv regime's weapons and slaps sanctions"),
        dict(speaker="Dmitry Medvedev", treaty=None,
             snippet="the islands will keep getting new garrisons, roads and schools"),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=True,
             snippet="has not changed in the slightest"),
     ],
     not_statements=[
        "Russia suspended peace treaty talks with Japan in March 2022 after Tokyo joined Western sanctions",
        "The two countries never signed a formal treaty after World War II because of the dispute",
        "Medvedev has become one of the most hawkish voices in the Russian establishment",
        "Russia Says Japan Talks Impossible While Sanctions Remain",
        "[Photo caption: Dmitry Medvedev. Yekaterina Shtukina / Sputnik / Kremlin Pool]",
     ]),

dict(id="E14-06", outlet="Russia Beyond the Headlines",
     url="https://www.rbth.com/international/2016/11/28/japanese-ambassador-yamaguchi-summit-new-starting-point_652341", published="2016-11-28",
     title="Japanese ambassador: 'The summit in Yamaguchi should be a new starting point'",
     text="""Russia Beyond the Headlines
Politics

Japanese ambassador: "The summit in Yamaguchi should be a new starting point"

November 28, 2016
Interview by Olga Sokolova, RBTH

[Photo caption: Toyohisa Kozuki at the Japanese Embassy in Moscow. Source: Press photo]

Ahead of President Vladimir Putin's visit to Japan on December 15-16, RBTH spoke with Japan's Ambassador to Russia Toyohisa Kozuki about the summit, the economic plan proposed by Prime Minister Shinzo Abe and the prospects for the long-running territorial dispute.

The two countries never signed a peace treaty after World War II because of the disagreement over four islands that Soviet troops occupied in 1945. Russia calls them the Southern Kurils; Japan calls them the Northern Territories.

Q: What do you expect from the summit in Yamaguchi?

A: The fact that the prime minister is receiving the president in his home prefecture shows the personal trust between the two leaders. They will have a long and frank conversation, including about the peace treaty, and I hope the meeting becomes a new starting point towards solving the territorial issue.

Q: How far has the eight-point economic plan advanced?

A: Very far, in my view. We already have more than sixty concrete projects in medicine, the urban environment, energy and support for small businesses, and Japanese companies are looking at the Far East with new interest.

Q: There is talk of joint economic activity on the islands. How do you see it?

A: If such activity can be carried out under a special framework that does not harm the legal position of either side, it could become an important step towards the conclusion of a peace treaty. That is the spirit of the new approach the prime minister proposed in Sochi.

Q: What about contacts between people?

A: We have simplified visa rules for Russian citizens, and the number of Russian tourists visiting Japan keeps growing. I would also like more young Russians to study at Japanese universities.

Q: Japan has joined the sanctions imposed after the events in Crimea. Is this an obstacle?

A: Japan's position on Ukraine is consistent with that of the G7 and has not changed. At the same time, we believe dialogue with Russia is necessary precisely because the situation is complex.

Kremlin spokesman Dmitry Peskov said last week that the visit would be "important" but warned against expecting an instant breakthrough on the peace treaty.

Read also:
Lavrov: Moscow and Tokyo should not set artificial deadlines
Sakhalin prepares for Japanese investors

Tags: Russia-Japan relations, Kuril Islands, Shinzo Abe""",
     expected=[
        dict(speaker="Toyohisa Kozuki", treaty=True,
             snippet="I hope the meeting becomes a new starting point towards solving the territorial issue"),
        dict(speaker="Toyohisa Kozuki", treaty=False,
             snippet="We already have more than sixty concrete projects"),
        dict(speaker="Toyohisa Kozuki", treaty=True,
             snippet="it could become an important step towards the conclusion of a peace treaty"),
        dict(speaker="Toyohisa Kozuki", treaty=False,
             snippet="We have simplified visa rules for Russian citizens"),
        dict(speaker="Toyohisa Kozuki", treaty=False,
             snippet="Japan's position on Ukraine is consistent with that of the G7"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True,
             snippet="warned against expecting an instant breakthrough on the peace treaty"),
     ],
     not_statements=[
        "The two countries never signed a peace treaty after World War II because of the disagreement",
        "There is talk of joint economic activity on the islands. How do you see it?",
        "Lavrov: Moscow and Tokyo should not set artificial deadlines",
        "[Photo caption: Toyohisa Kozuki at the Japanese Embassy in Moscow.",
     ]),

dict(id="E14-07", outlet="Ministry of Foreign Affairs of the Russian Federation (mid.ru)",
     url="https://mid.ru/en/foreign_policy/news/1862254/", published="2023-04-12",
     title="Comment by Foreign Ministry Spokeswoman Maria Zakharova on the Diplomatic Bluebook 2023 of Japan",
     text="""The Ministry of Foreign Affairs of the Russian Federation
Home / Press service / Spokesperson's comments

Comment by Foreign Ministry Spokeswoman Maria Zakharova on the Diplomatic Bluebook 2023 of Japan

12 April 2023 - 15:30

We have taken note of the annual Diplomatic Bluebook approved by the Japanese Government on April 11.

According to this document, the Northern Territories are islands "over which Japan has sovereignty" and are "under illegal occupation by Russia." We regard such formulations as absolutely unacceptable. The southern Kuril Islands became part of our country lawfully, as a result of the Second World War, and Russia's sovereignty over them is not subject to doubt.

The Japanese authorities should remember who destroyed the basis for dialogue. It was Tokyo's openly hostile line, including the unprecedented sanctions it has joined, that made any discussion of a peace treaty impossible. We see no reason to return to such a discussion under current conditions.

We have also noted that the Bluebook calls Russia a "security concern" in the region. Yet it is Japan that is steadily increasing its military budget and drawing NATO infrastructure into the Asia-Pacific, which cannot but cause us serious concern.

As for trade, Japanese businesses themselves are paying the price for Tokyo's sanctions policy, losing positions on the Russian market that took decades to build. Their places are quickly being taken by companies from other countries.

We are nevertheless prepared to maintain practical contacts on fisheries and maritime safety, which meet the interests of people living on both sides of the border.

[Related]
Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, April 12, 2023
Foreign Minister Sergey Lavrov's interview with Japanese media (archive)

Tags: Japan, Territorial issues

Print version""",
     expected=[
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="We regard such formulations as absolutely unacceptable"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="Russia's sovereignty over them is not subject to doubt"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="that made any discussion of a peace treaty impossible"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="We see no reason to return to such a discussion under current conditions"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False,
             snippet="drawing NATO infrastructure into the Asia-Pacific"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False,
             snippet="Japanese businesses themselves are paying the price for Tokyo's sanctions policy"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False,
             snippet="prepared to maintain practical contacts on fisheries and maritime safety"),
     ],
     not_statements=[
        "According to this document, the Northern Territories are islands",
        "Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, April 12, 2023",
        "Foreign Minister Sergey Lavrov's interview with Japanese media (archive)",
     ]),

dict(id="E14-08", outlet="The Japan Times",
     url="https://www.japantimes.co.jp/news/2025/02/10/japan/politics/russian-embassy-x-thread-ishiba-islands/", published="2025-02-10",
     title="Russian Embassy uses X thread to hit back at Ishiba over islands",
     text="""News | National | Politics

Russian Embassy uses X thread to hit back at Ishiba over islands

By Staff writer
Feb 10, 2025

[Photo caption: Participants at the national rally calling for the return of the Northern Territories in Tokyo on Friday. | KYODO]

The Russian Embassy in Tokyo published a four-part post on X late Friday criticizing the annual rally at which Prime Minister Shigeru Ishiba and other leaders renewed Japan's claim to four Russian-held islands off Hokkaido.

Ishiba told Friday's rally that the Northern Territories are "islands over which Japan has sovereignty" and that his government would persist with its policy of settling the territorial issue and signing a peace treaty, even though relations with Russia remain difficult.

The embassy's thread, posted in Japanese and Russian, read in part:

Embassy of Russia in Japan @RusEmbassyJ · Feb 7, 2025
1/4 Today Tokyo once again staged the so-called "Northern Territories Day." We have to remind our Japanese colleagues that the South Kurils became part of our country as a legitimate result of World War II, and no rally will change that.

2/4 It was the Japanese side that destroyed the foundation for peace treaty consultations when it imposed illegal unilateral sanctions against Russia.

3/4 Tokyo's anti-Russian policy, including its financial and military support for the Kyiv regime, is damaging ordinary Japanese as well, from fishermen in Hokkaido to families facing higher energy bills.

4/4 Despite everything, Russian culture remains loved in Japan. We invite everyone to the Maslenitsa festival at the embassy on March 1!

The Russian Embassy has used social media increasingly since 2022 to respond to Japanese officials, often within hours.

Chief Cabinet Secretary Yoshimasa Hayashi said at a news conference on Monday that the government was aware of the posts and that the embassy's claims about the islands were "totally unacceptable" to Japan.

Japan's campaign for the return of the islands dates back decades, and the rally has been held every Feb. 7 since 1981, the anniversary of the 1855 Treaty of Shimoda, which first drew a border between the two countries.

Related:
Ishiba vows to keep pressing Moscow on islands as ties stay frozen
Russia holds drills on disputed isles ahead of Japan rally

KEYWORDS
Russia, Northern Territories, Shigeru Ishiba, social media""",
     expected=[
        dict(speaker="Shigeru Ishiba", alt=["Japanese government"], treaty=True,
             snippet="islands over which Japan has sovereignty"),
        dict(speaker="Russian Embassy in Japan", treaty=True,
             snippet="the South Kurils became part of our country as a legitimate result of World War II"),
        dict(speaker="Russian Embassy in Japan", treaty=True,
             snippet="destroyed the foundation for peace treaty consultations"),
        dict(speaker="Russian Embassy in Japan", treaty=False,
             snippet="is damaging ordinary Japanese as well"),
        dict(speaker="Russian Embassy in Japan", treaty=False,
             snippet="Russian culture remains loved in Japan"),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=True,
             snippet="the embassy's claims about the islands were"),
     ],
     not_statements=[
        "The Russian Embassy has used social media increasingly since 2022",
        "the rally has been held every Feb. 7 since 1981, the anniversary of the 1855 Treaty of Shimoda",
        "Russia holds drills on disputed isles ahead of Japan rally",
        "[Photo caption: Participants at the national rally calling for the return of the Northern Territories",
     ]),
]
ARTICLES += [
dict(id="E14-09", outlet="The Japan News (The Yomiuri Shimbun)",
     url="https://japannews.yomiuri.co.jp/politics/politics-government/20220916-58811/", published="2022-09-16",
     title="Former islanders urge Kishida not to give up in open letter",
     text="""The Japan News by The Yomiuri Shimbun
Politics

Former islanders urge Kishida not to give up in open letter

7:00 JST, September 16, 2022

SAPPORO - The Chishima and Habomai Islands Residents League, which represents people who lived on the four Northern Territories islands before the end of World War II and their descendants, has sent an open letter to Prime Minister Fumio Kishida after Russia scrapped the agreements underpinning visa-free exchanges with the islands.

The Russian government said earlier this month that it was ending the agreements on the exchange program, which since 1992 has allowed former residents and other Japanese to visit the islands without visas.

"I want to see the island where I was born once more, even from the deck of a ship," an 88-year-old former resident of Shikotan Island said in Nemuro on Thursday.

The full text of the letter, released by the league, follows.

To Prime Minister Fumio Kishida

We, the former residents of the Northern Territories and their successors, write to you with a heavy heart.

We cannot hide our deep disappointment at the Russian government's unilateral decision to end the visa-free exchanges, a program that for thirty years allowed people on both sides to meet as neighbors.

The average age of our members now exceeds 87. For many of us, standing once more before the graves of our parents is a last wish. We ask the government to use every channel to restore the grave visits, by sea or by air, as soon as possible.

The Northern Territories are our hometown and an inherent part of the territory of Japan. We ask that the government never waver in seeking their return, whatever the present circumstances.

We also urge you to keep the door to peace treaty negotiations open, so that the territorial issue is finally resolved while those who remember the islands are still alive.

Chishima and Habomai Islands Residents League

Hokkaido Gov. Naomichi Suzuki told reporters in Sapporo that the prefecture would ask the central government to secure a way for former islanders to visit family graves, calling the situation "extremely regrettable."

[Photo caption: Former islanders gather at Cape Nosappu in Nemuro, Hokkaido, from where the Habomai islets are visible across the strait.]

Related Articles
Russia ends visa-free exchange pact with Japan
Govt mulls alternative ways for grave visits""",
     expected=[
        dict(speaker="Chishima and Habomai Islands Residents League", treaty=False,
             snippet="our deep disappointment at the Russian government's unilateral decision"),
        dict(speaker="Chishima and Habomai Islands Residents League", treaty=False,
             snippet="to restore the grave visits, by sea or by air, as soon as possible"),
        dict(speaker="Chishima and Habomai Islands Residents League", treaty=True,
             snippet="The Northern Territories are our hometown and an inherent part of the territory of Japan"),
        dict(speaker="Chishima and Habomai Islands Residents League", treaty=True,
             snippet="never waver in seeking their return"),
        dict(speaker="Chishima and Habomai Islands Residents League", treaty=True,
             snippet="keep the door to peace treaty negotiations open"),
        dict(speaker="Naomichi Suzuki", treaty=False,
             snippet="would ask the central government to secure a way for former islanders to visit"),
     ],
     not_statements=[
        "an 88-year-old former resident of Shikotan Island said in Nemuro on Thursday",
        "which represents people who lived on the four Northern Territories islands before the end of World War II",
        "[Photo caption: Former islanders gather at Cape Nosappu in Nemuro, Hokkaido",
        "Russia ends visa-free exchange pact with Japan",
     ]),

dict(id="E14-10", outlet="Hokkaido Government",
     url="https://www.pref.hokkaido.lg.jp/ss/tsk/message2020.html", published="2020-01-01",
     title="New Year Message from the Governor",
     text="""Hokkaido Government
Home > About the Governor > Messages

New Year Message from the Governor

January 1, 2020

Happy New Year to everyone in Hokkaido and to all our friends around the world.

This summer, Sapporo will host the marathon and race walking events of the Tokyo 2020 Olympic Games. I am determined to make these events a success and to show the world the hospitality and the cool summer of Hokkaido.

Last year the number of foreign visitors to Hokkaido again reached a record high. We will improve transport links and multilingual services so that visitors can travel comfortably to every corner of the prefecture, not only to Sapporo and Niseko.

In April the Upopoy National Ainu Museum and Park is scheduled to open in Shiraoi. I hope it will become a place where people from Japan and abroad learn about and respect Ainu culture.

Across the Nemuro Strait lie the Northern Territories, an inherent part of our nation's territory. As governor of the prefecture to which the islands belong, I will press ahead with the movement for their return together with the former islanders, whose average age has passed 84.

I sincerely hope that the summit diplomacy between Japan and Russia will lead to the resolution of the territorial issue and the conclusion of a peace treaty at an early date.

2020 is also the Japan-Russia Year of Interregional and Sister-City Exchanges. Building on more than twenty years of friendship with Sakhalin Oblast, we will expand cooperation in fields such as cold-climate agriculture, health care and tourism.

I wish you all a healthy and prosperous year.

Governor of Hokkaido
SUZUKI Naomichi

* This is an English translation of the Japanese original. In case of any discrepancy, the Japanese original shall prevail.

Related pages
The Northern Territories issue (Hokkaido General Affairs Department)
Hokkaido-Sakhalin exchange programs
Governor's press conferences""",
     expected=[
        dict(speaker="Naomichi Suzuki", treaty=False,
             snippet="I am determined to make these events a success"),
        dict(speaker="Naomichi Suzuki", treaty=False,
             snippet="We will improve transport links and multilingual services"),
        dict(speaker="Naomichi Suzuki", treaty=False,
             snippet="learn about and respect Ainu culture"),
        dict(speaker="Naomichi Suzuki", treaty=True,
             snippet="lie the Northern Territories, an inherent part of our nation's territory"),
        dict(speaker="Naomichi Suzuki", treaty=True,
             snippet="I will press ahead with the movement for their return"),
        dict(speaker="Naomichi Suzuki", treaty=True,
             snippet="lead to the resolution of the territorial issue and the conclusion of a peace treaty"),
        dict(speaker="Naomichi Suzuki", treaty=False,
             snippet="we will expand cooperation in fields such as cold-climate agriculture"),
     ],
     not_statements=[
        "This is an English translation of the Japanese original.",
        "The Northern Territories issue (Hokkaido General Affairs Department)",
        "Hokkaido-Sakhalin exchange programs",
     ]),

dict(id="E14-11", outlet="TASS", url="https://tass.com/politics/1427731", published="2022-03-24",
     title="Sakhalin governor: Kuril Islands not a subject for bargaining",
     text="""TASS
Russian Politics & Diplomacy

Sakhalin governor: Kuril Islands not a subject for bargaining

YUZHNO-SAKHALINSK, March 24. /TASS/. Sakhalin Region Governor Valery Limarenko has addressed residents of the Kuril Islands after Moscow's decision to halt peace treaty consultations with Tokyo. The governor published the address on his Telegram channel.

"Friends, many of you have asked me what the latest decision of the Foreign Ministry means for the Kurils. I will answer directly: the Kuril Islands are Russian land, and there is nothing here to bargain about. Nothing changes for the people who live here. The preferential tax regime for investors on the islands stays in force, and this year we will open a new school in Malokurilskoye and finish the terminal of the Iturup airport. We are also expanding the tourist routes so that Russians from all over the country can see the volcanoes and hot springs of the Kurils. Our fishermen will continue to work as usual, and the region will help them with fuel and equipment," the post reads.

[Embed: Valery Limarenko | t.me/limarenkovi | 24.03.2022, 10:05]

On March 21, the Russian Foreign Ministry said that Moscow, under the current circumstances, did not intend to continue negotiations with Japan on a peace treaty, citing Tokyo's openly unfriendly stance and its unilateral restrictions against Russia. The ministry also said it was pulling out of the dialogue on joint economic activities on the Southern Kurils.

Russia and Japan have been holding talks on a peace treaty since the middle of the 20th century. The main stumbling block is the issue of the southern part of the Kuril Islands. After World War II, the entire Kuril archipelago was incorporated into the Soviet Union. Japan lays claim to Iturup, Kunashir, Shikotan and the Habomai group of islets.

Read also
Japan's sanctions against Russia: what they mean for bilateral trade
Kuril Islands to get new berths and roads under regional programme

Tags: Russia-Japan relations, Kuril Islands, Sakhalin Region""",
     expected=[
        dict(speaker="Valery Limarenko", treaty=True,
             snippet="the Kuril Islands are Russian land, and there is nothing here to bargain about"),
        dict(speaker="Valery Limarenko", treaty=None,
             snippet="Nothing changes for the people who live here."),
        dict(speaker="Valery Limarenko", treaty=False,
             snippet="The preferential tax regime for investors on the islands stays in force"),
        dict(speaker="Valery Limarenko", treaty=False,
             snippet="We are also expanding the tourist routes"),
        dict(speaker="Valery Limarenko", treaty=False,
             snippet="Our fishermen will continue to work as usual"),
        dict(speaker="Russian Foreign Ministry", treaty=True,
             snippet="did not intend to continue negotiations with Japan on a peace treaty"),
        dict(speaker="Russian Foreign Ministry", treaty=True, optional=True,
             snippet="pulling out of the dialogue on joint economic activities on the Southern Kurils"),
     ],
     not_statements=[
        "Russia and Japan have been holding talks on a peace treaty since the middle of the 20th century.",
        "Japan lays claim to Iturup, Kunashir, Shikotan and the Habomai group of islets.",
        "Kuril Islands to get new berths and roads under regional programme",
        "After World War II, the entire Kuril archipelago was incorporated into the Soviet Union.",
     ]),

dict(id="E14-12", outlet="Ministry of Foreign Affairs of the Russian Federation (mid.ru)",
     url="https://mid.ru/en/foreign_policy/news/1548312/", published="2017-03-18",
     title="Foreign Minister Sergey Lavrov's article \"Russia and Japan: Widening the Horizons of Cooperation\" for the Japanese newspaper Nikkei",
     text="""The Ministry of Foreign Affairs of the Russian Federation
Home / Foreign policy / News

Foreign Minister Sergey Lavrov's article "Russia and Japan: Widening the Horizons of Cooperation" for the Japanese newspaper Nikkei, March 18, 2017

Unofficial translation

On March 20, Defence Minister Sergey Shoigu and I will hold talks in Tokyo with our Japanese counterparts in the "two plus two" format. This mechanism is resuming after a break of more than three years, and I see it as a sign that our dialogue is becoming more mature.

We intend to speak frankly about the security situation in the Asia-Pacific region. We will once again raise our concerns over the deployment of elements of the US global missile defence system in the region, including in Japan, which we see as disproportionate to the declared threat from the Korean Peninsula.

The agreements reached by President Vladimir Putin and Prime Minister Shinzo Abe in Nagato and Tokyo last December have opened the way to joint economic activities on the southern Kuril Islands. We are convinced that such work, carried out in accordance with Russian legislation, will help to create the atmosphere that is necessary for further work on a peace treaty.

At the same time, I would like to emphasise that a mutually acceptable solution to the peace treaty issue can only be found in a context of genuine partnership, in which our countries trust each other and cooperate in all areas, including foreign policy.

Trade between our countries fell over the past two years, but it is already recovering, and the projects under the eight-point plan give us grounds for optimism, above all in energy, health care and the development of the Far East.

This year Japan is hosting the Russian Seasons festival, with more than 200 concerts, exhibitions and film screenings in dozens of Japanese cities. I am sure it will bring our peoples even closer.

[Related]
Sergey Lavrov's remarks and answers to media questions at a news conference following talks with Fumio Kishida, Moscow, September 21, 2015
Comment by the Information and Press Department on Japan's new unilateral restrictions

Tags: Japan, Asia and the Pacific""",
     expected=[
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=False,
             snippet="I see it as a sign that our dialogue is becoming more mature"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=False,
             snippet="raise our concerns over the deployment of elements of the US global missile defence system"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, optional=True,
             snippet="have opened the way to joint economic activities on the southern Kuril Islands"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="will help to create the atmosphere that is necessary for further work on a peace treaty"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="a mutually acceptable solution to the peace treaty issue can only be found"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=False,
             snippet="the projects under the eight-point plan give us grounds for optimism"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=False,
             snippet="I am sure it will bring our peoples even closer"),
     ],
     not_statements=[
        "Sergey Lavrov's remarks and answers to media questions at a news conference following talks with Fumio Kishida",
        "Comment by the Information and Press Department on Japan's new unilateral restrictions",
        "Russia and Japan: Widening the Horizons of Cooperation",
     ]),
]
ARTICLES += [
dict(id="E14-13", outlet="Japan Today (Kyodo)",
     url="https://japantoday.com/category/politics/kono-turns-to-twitter-after-tense-moscow-talks-with-lavrov", published="2019-01-15",
     title="Kono turns to Twitter after tense Moscow talks with Lavrov",
     text="""Japan Today
Politics

Kono turns to Twitter after tense Moscow talks with Lavrov

Jan. 15, 2019 | 06:12 am JST
MOSCOW

Foreign Minister Taro Kono, who has repeatedly refused to discuss the territorial talks with Russia at news conferences, used his Twitter account to give his own account of Monday's meeting with Russian Foreign Minister Sergei Lavrov.

At a press conference after the talks, Lavrov said Japan had to acknowledge that the islands became Russian territory as a result of World War II, calling it "the first step" without which the negotiations could not advance. He added that Moscow was also unhappy with Tokyo's use of the term "Northern Territories" in its domestic law.

Kono did not hold a joint press appearance. Instead, he posted a series of tweets late Monday, translated below from Japanese.

Taro Kono @konotaromp · Jan 14, 2019
Talked with Foreign Minister Lavrov in Moscow for about three hours, including a one-on-one session. We had a frank and serious exchange of views on the peace treaty, and each side set out its position fully.

Taro Kono @konotaromp · Jan 14, 2019
Our leaders gave us the task of moving the negotiations forward, and I intend to proceed step by step, quietly, towards a solution acceptable to both peoples.

Taro Kono @konotaromp · Jan 14, 2019
Also agreed to push ahead with practical cooperation: more direct flights, easier visas for business travellers and more youth exchanges. Japanese language courses in Russian regions will be expanded too.

In December, Kono answered "next question" four times in a row when reporters at a news conference asked about Russia, a response that drew criticism from opposition lawmakers.

The dispute over the islands, which Soviet forces seized at the end of World War II, has kept the two countries from signing a peace treaty. Abe and President Vladimir Putin agreed in November to speed up talks based on a 1956 declaration that mentions the handover of the two smaller islands.

(C) Copyright 2019 Kyodo News. All rights reserved.

[Photo caption: Japanese Foreign Minister Taro Kono, left, and Russian Foreign Minister Sergei Lavrov shake hands before talks in Moscow on Monday. Reuters photo]

Related
Abe to meet Putin on Jan 22 as island talks accelerate
Russia's Zakharova says Japan must stop 'emotional' rhetoric on isles""",
     expected=[
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="Japan had to acknowledge that the islands became Russian territory"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="Moscow was also unhappy with Tokyo's use of the term"),
        dict(speaker="Taro Kono", alt=["Japanese Foreign Ministry"], treaty=True,
             snippet="We had a frank and serious exchange of views on the peace treaty"),
        dict(speaker="Taro Kono", alt=["Japanese Foreign Ministry"], treaty=True,
             snippet="I intend to proceed step by step, quietly, towards a solution acceptable to both peoples"),
        dict(speaker="Taro Kono", alt=["Japanese Foreign Ministry"], treaty=False,
             snippet="Also agreed to push ahead with practical cooperation"),
     ],
     not_statements=[
        'Kono answered "next question" four times in a row',
        "The dispute over the islands, which Soviet forces seized at the end of World War II, has kept",
        "Abe and President Vladimir Putin agreed in November to speed up talks based on a 1956 declaration",
        "Russia's Zakharova says Japan must stop 'emotional' rhetoric on isles",
        "[Photo caption: Japanese Foreign Minister Taro Kono, left, and Russian Foreign Minister Sergei Lavrov",
     ]),

dict(id="E14-14", outlet="Prime Minister of Japan and His Cabinet (kantei.go.jp)",
     url="https://japan.kantei.go.jp/101_kishida/statement/202302/_00007.html", published="2023-02-07",
     title="Address by Prime Minister Kishida at the 2023 National Rally to Demand the Return of the Northern Territories",
     text="""Prime Minister of Japan and His Cabinet
Home > Speeches and Statements by the Prime Minister

Address by Prime Minister Kishida at the 2023 National Rally to Demand the Return of the Northern Territories

February 7, 2023

[Provisional Translation]

[Photo caption: The Prime Minister delivering an address at the National Rally to Demand the Return of the Northern Territories]

Good afternoon, everyone. I would like to express my heartfelt respect to the former island residents, to everyone in Hokkaido and to all those across the country who have carried this movement forward for so many years.

The Northern Territories are islands over which Japan has sovereignty and an inherent part of the territory of Japan. (Applause)

Russia's aggression against Ukraine shakes the very foundation of the international order. Japan will continue to impose severe sanctions on Russia and to support Ukraine, in cooperation with the G7 and the international community.

Japan-Russia relations are in a severe situation because of this aggression. Even so, the Government will firmly maintain its policy of resolving the territorial issue and concluding a peace treaty. (Applause)

For the former islanders, whose average age has now passed 87, the resumption of exchange programs, above all visits to family graves, is the highest priority, and I will keep pressing for it.

I will also ensure that the government continues to support activities that pass on the memories of the islands and the hopes of former residents to the younger generation.

Let us, government and people together, stand firm. Thank you. (Applause)

The National Rally to Demand the Return of the Northern Territories is held every year on February 7, Northern Territories Day.

Related Links
The Northern Territories (Cabinet Office)
Press Conference by the Chief Cabinet Secretary (February 7, 2023)""",
     expected=[
        dict(speaker="Fumio Kishida", alt=["Japanese government"], treaty=True,
             snippet="The Northern Territories are islands over which Japan has sovereignty"),
        dict(speaker="Fumio Kishida", alt=["Japanese government"], treaty=False,
             snippet="Russia's aggression against Ukraine shakes the very foundation of the international order"),
        dict(speaker="Fumio Kishida", alt=["Japanese government"], treaty=False,
             snippet="Japan will continue to impose severe sanctions on Russia and to support Ukraine"),
        dict(speaker="Fumio Kishida", alt=["Japanese government"], treaty=True,
             snippet="the Government will firmly maintain its policy of resolving the territorial issue"),
        dict(speaker="Fumio Kishida", alt=["Japanese government"], treaty=False,
             snippet="above all visits to family graves, is the highest priority"),
        dict(speaker="Fumio Kishida", alt=["Japanese government"], treaty=None,
             snippet="pass on the memories of the islands and the hopes of former residents"),
     ],
     not_statements=[
        "[Photo caption: The Prime Minister delivering an address at the National Rally",
        "is held every year on February 7, Northern Territories Day",
        "Press Conference by the Chief Cabinet Secretary (February 7, 2023)",
     ]),

dict(id="E14-15", outlet="Prime Minister of Japan and His Cabinet (kantei.go.jp)",
     url="https://japan.kantei.go.jp/102_ishiba/statement/202411/_00012.html", published="2024-11-29",
     title="Policy Speech by Prime Minister ISHIBA Shigeru to the 215th Session of the Diet",
     text="""Prime Minister of Japan and His Cabinet
Home > Speeches and Statements by the Prime Minister

Policy Speech by Prime Minister ISHIBA Shigeru to the 215th Session of the Diet

November 29, 2024

[Provisional Translation]

1. Introduction

(Omitted)

2. Raising wages and overcoming deflation

We will aim to raise the national average minimum wage to 1,500 yen within the 2020s, and will support small and medium-sized enterprises that raise wages.

(Omitted)

5. Diplomacy and security

(Japan-China relations)
With China, we will comprehensively promote a "Mutually Beneficial Relationship Based on Common Strategic Interests" while firmly stating what needs to be stated.

(Japan-ROK relations)
The Republic of Korea is an important neighbor with which we should cooperate as partners on various challenges.

(Russia and Ukraine)
Russia's aggression against Ukraine continues. Japan will continue strong sanctions against Russia and support for Ukraine so that a just and lasting peace is realized as soon as possible.

Although Japan-Russia relations remain in a difficult situation, Japan will maintain its policy of resolving the territorial issue and concluding a peace treaty.

I will also place high priority on the resumption of exchange programs, including visits by former island residents to the graves of their family members.

(North Korea)
The abductions issue is a humanitarian issue with a time limit. I am determined to achieve the return of all abductees at the earliest possible date.

(Omitted)

7. Conclusion

I will humbly and sincerely engage in dialogue with all of you, the members of the Diet and the people. Thank you.

[Photo caption: Prime Minister Ishiba delivering a policy speech at a plenary session of the House of Representatives]

Related Links
Policy Speech by Prime Minister ISHIBA Shigeru to the 214th Session of the Diet (October 4, 2024)
Press Conference by the Prime Minister (November 29, 2024)""",
     expected=[
        dict(speaker="Shigeru Ishiba", alt=["Japanese government"], treaty=False,
             snippet="raise the national average minimum wage to 1,500 yen within the 2020s"),
        dict(speaker="Shigeru Ishiba", alt=["Japanese government"], treaty=False,
             snippet="With China, we will comprehensively promote a"),
        dict(speaker="Shigeru Ishiba", alt=["Japanese government"], treaty=False,
             snippet="Japan will continue strong sanctions against Russia and support for Ukraine"),
        dict(speaker="Shigeru Ishiba", alt=["Japanese government"], treaty=True,
             snippet="Japan will maintain its policy of resolving the territorial issue"),
        dict(speaker="Shigeru Ishiba", alt=["Japanese government"], treaty=False,
             snippet="place high priority on the resumption of exchange programs"),
        dict(speaker="Shigeru Ishiba", alt=["Japanese government"], treaty=False,
             snippet="I am determined to achieve the return of all abductees"),
     ],
     not_statements=[
        "[Photo caption: Prime Minister Ishiba delivering a policy speech at a plenary session",
        "Policy Speech by Prime Minister ISHIBA Shigeru to the 214th Session of the Diet (October 4, 2024)",
        "Press Conference by the Prime Minister (November 29, 2024)",
     ]),

dict(id="E14-16", outlet="Kyodo News", url="https://english.kyodonews.net/news/2026/02/a1b2c3d4e5f6-takaichi-vows-never-to-give-up-on-russia-held-islands.html",
     published="2026-02-07",
     title="Takaichi vows never to give up on Russia-held islands at annual rally",
     text="""KYODO NEWS
Politics

Takaichi vows never to give up on Russia-held islands at annual rally

Feb 7, 2026 - 16:45 | All, Japan, Politics

TOKYO - Prime Minister Sanae Takaichi on Saturday pledged to keep seeking the return of four Russian-held islands off Hokkaido, speaking at her first national rally on the issue since taking office in October.

Moscow suspended peace treaty negotiations in 2022 in response to Japan's sanctions over the war in Ukraine, and visits by former islanders to family graves on the islands have not taken place since 2019.

The following is a provisional translation by Kyodo News of Takaichi's remarks.

Good afternoon. I pay my deepest respects to the former residents of the islands, who have worked tirelessly for the return of their homeland for eight decades.

The Northern Territories are islands over which Japan has sovereignty. I will never give up on their return. (Applause)

Russia is continuing its aggression against Ukraine. Japan stands with Ukraine and will maintain firm sanctions together with the G7.

Relations with Russia remain severe, but our policy of resolving the territorial issue and concluding a peace treaty is unchanged, and I will pursue it with determination.

I will also do everything in my power to make visits to family graves possible again while the former residents are still able to travel.

Thank you. (Applause)

(End of remarks)

Foreign Minister Toshimitsu Motegi, who attended the same rally, said the government would "tenaciously" pursue negotiations on the attribution of the four islands once conditions allow.

Last month, Russian Foreign Ministry spokeswoman Maria Zakharova said Moscow saw no grounds for resuming peace treaty consultations with a country that "continues its hostile course."

The annual rally was first held in 1981.

[Photo caption: Prime Minister Sanae Takaichi speaks at the national rally in Tokyo on Feb. 7, 2026. (Kyodo)]

Related coverage:
Takaichi, Putin have no plans for talks, Japan says
Former islanders' average age tops 89

==Kyodo""",
     expected=[
        dict(speaker="Sanae Takaichi", alt=["Japanese government"], treaty=True, optional=True,
             snippet="pledged to keep seeking the return of four Russian-held islands off Hokkaido"),
        dict(speaker="Sanae Takaichi", alt=["Japanese government"], treaty=True,
             snippet="The Northern Territories are islands over which Japan has sovereignty"),
        dict(speaker="Sanae Takaichi", alt=["Japanese government"], treaty=True,
             snippet="I will never give up on their return"),
        dict(speaker="Sanae Takaichi", alt=["Japanese government"], treaty=False,
             snippet="Japan stands with Ukraine and will maintain firm sanctions together with the G7"),
        dict(speaker="Sanae Takaichi", alt=["Japanese government"], treaty=True,
             snippet="our policy of resolving the territorial issue and concluding a peace treaty is unchanged"),
        dict(speaker="Sanae Takaichi", alt=["Japanese government"], treaty=False,
             snippet="make visits to family graves possible again"),
        dict(speaker="Toshimitsu Motegi", alt=["Japanese Foreign Ministry"], treaty=True,
             snippet="pursue negotiations on the attribution of the four islands"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="Moscow saw no grounds for resuming peace treaty consultations"),
     ],
     not_statements=[
        "Moscow suspended peace treaty negotiations in 2022 in response to Japan's sanctions",
        "The following is a provisional translation by Kyodo News of Takaichi's remarks.",
        "Takaichi, Putin have no plans for talks, Japan says",
        "[Photo caption: Prime Minister Sanae Takaichi speaks at the national rally in Tokyo",
     ]),
]
ARTICLES += [
dict(id="E14-17", outlet="The Japan Times",
     url="https://www.japantimes.co.jp/news/2020/10/05/national/politics-diplomacy/motegi-interview-russia-constitution-islands/", published="2020-10-05",
     title="INTERVIEW: Motegi says Russia's constitution changes nothing on islands",
     text="""News | National | Politics

INTERVIEW: Motegi says Russia's constitution changes nothing on islands

By Staff writer
Oct 5, 2020

Prime Minister Yoshihide Suga told President Vladimir Putin in their first phone talks on Sept. 29 that he wanted to settle the territorial issue and conclude a peace treaty rather than leave the problem to future generations, he said after the call. The two leaders agreed to continue dialogue at all levels.

Foreign Minister Toshimitsu Motegi, who kept his post in Suga's Cabinet, sat down with The Japan Times last week to discuss Russia, energy and regional security. Excerpts follow; questions are in bold.

Q: Russia amended its Constitution in July to ban the transfer of territory. Does that change the peace treaty negotiations?

Motegi: Not our stance, not at all. Whatever Russia writes into its domestic law cannot alter the fact that the four islands are Japanese territory, and the negotiations rest on agreements between the two leaders, not on Russia's Constitution.

Q: Tokyo has been accused of quietly settling for two islands.

Motegi: We will continue the negotiations on the basis of the agreement reached in Singapore in 2018, and I do not think it is helpful to speculate in public about the result. Our aim is to resolve the question of the attribution of the islands.

Q: Visa-free visits and grave visits were canceled this year.

Motegi: It is very regrettable that former residents could not visit the graves of their families this year because of the coronavirus. We will discuss with Russia how to restart the programs as soon as the situation allows.

Q: How important are the Sakhalin projects for Japan?

Motegi: Sakhalin-1 and Sakhalin-2 matter a great deal for our energy security, because they give us a stable source close to home. We intend to keep our stakes.

Q: Chinese government ships have stayed in the waters around the Senkaku Islands for record periods.

Motegi: Such actions are absolutely unacceptable, and we will keep responding firmly and calmly while protesting strongly through diplomatic channels.

This interview has been edited for length and clarity.

[Photo caption: Foreign Minister Toshimitsu Motegi speaks during an interview at the Foreign Ministry in Tokyo last week. | SATOKO KAWASAKI]

Related:
Suga and Putin hold first phone talks, agree to keep up dialogue
Russia adds ban on ceding territory to constitution""",
     expected=[
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=True,
             snippet="he wanted to settle the territorial issue and conclude a peace treaty"),
        dict(speaker="Toshimitsu Motegi", alt=["Japanese Foreign Ministry"], treaty=True,
             snippet="cannot alter the fact that the four islands are Japanese territory"),
        dict(speaker="Toshimitsu Motegi", alt=["Japanese Foreign Ministry"], treaty=True,
             snippet="We will continue the negotiations on the basis of the agreement reached in Singapore"),
        dict(speaker="Toshimitsu Motegi", alt=["Japanese Foreign Ministry"], treaty=True,
             snippet="Our aim is to resolve the question of the attribution of the islands"),
        dict(speaker="Toshimitsu Motegi", alt=["Japanese Foreign Ministry"], treaty=False,
             snippet="could not visit the graves of their families this year because of the coronavirus"),
        dict(speaker="Toshimitsu Motegi", alt=["Japanese Foreign Ministry"], treaty=False,
             snippet="Sakhalin-1 and Sakhalin-2 matter a great deal for our energy security"),
        dict(speaker="Toshimitsu Motegi", alt=["Japanese Foreign Ministry"], treaty=False,
             snippet="Such actions are absolutely unacceptable"),
     ],
     not_statements=[
        "Russia amended its Constitution in July to ban the transfer of territory. Does that change",
        "Tokyo has been accused of quietly settling for two islands.",
        "This interview has been edited for length and clarity.",
        "Russia adds ban on ceding territory to constitution",
        "The two leaders agreed to continue dialogue at all levels.",
     ]),

dict(id="E14-18", outlet="TASS", url="https://tass.com/politics/1744213", published="2024-02-09",
     title="Russian ambassador to Japan: no talk of peace treaty while Tokyo pursues hostile course",
     text="""TASS
Interviews

Russian ambassador to Japan: no talk of peace treaty while Tokyo pursues hostile course

TOKYO, February 9. /TASS/. On the eve of Diplomats' Day, marked in Russia on February 10, Russian Ambassador to Japan Nikolai Nozdrev spoke with TASS about the state of bilateral relations, trade and the fate of humanitarian contacts.

Interviewed by Anton Pavlov

- Mr Ambassador, how would you describe relations between Russia and Japan today?

A: Frankly, they are at their lowest point in many decades. It was Tokyo's choice to join the sanctions war against our country and to arm the Kyiv regime, and this choice has consequences.

- Is it possible to resume dialogue on a peace treaty?

A: Under current conditions, when Japan is pursuing an openly unfriendly course, there can be no talk of a peace treaty. Such a treaty presupposes good-neighbourliness and trust, and today Tokyo is doing everything to destroy both.

- Tokyo continues to insist on its claims to the southern Kurils.

A: Our position is well known and has not changed. Russia's sovereignty over the Kuril Islands was established as a result of the Second World War and is not up for discussion.

- What is happening to trade?

A: Trade has fallen sharply. At the same time, Japanese companies have kept their stakes in the Sakhalin-1 and Sakhalin-2 projects, which shows that they value reliable supplies of Russian energy.

- And fisheries?

A: The intergovernmental agreements on fishing continue to work, and the annual consultations on quotas took place as usual. This meets the interests of fishermen on both sides.

- Could visits by former Japanese islanders to family graves resume?

A: We have not closed that door on humanitarian grounds. But the Japanese side must stop its hostile actions and create the conditions for it.

Read also
Zakharova: Japan's military build-up threatens regional stability
Japan extends sanctions against Russian banks

Tags: Russia-Japan relations, Nikolai Nozdrev, Diplomats' Day""",
     expected=[
        dict(speaker="Nikolai Nozdrev", alt=["Russian Embassy in Japan"], treaty=False,
             snippet="It was Tokyo's choice to join the sanctions war against our country"),
        dict(speaker="Nikolai Nozdrev", alt=["Russian Embassy in Japan"], treaty=True,
             snippet="there can be no talk of a peace treaty"),
        dict(speaker="Nikolai Nozdrev", alt=["Russian Embassy in Japan"], treaty=True,
             snippet="Such a treaty presupposes good-neighbourliness and trust"),
        dict(speaker="Nikolai Nozdrev", alt=["Russian Embassy in Japan"], treaty=True,
             snippet="Russia's sovereignty over the Kuril Islands was established"),
        dict(speaker="Nikolai Nozdrev", alt=["Russian Embassy in Japan"], treaty=False,
             snippet="Japanese companies have kept their stakes in the Sakhalin-1 and Sakhalin-2 projects"),
        dict(speaker="Nikolai Nozdrev", alt=["Russian Embassy in Japan"], treaty=False,
             snippet="The intergovernmental agreements on fishing continue to work"),
        dict(speaker="Nikolai Nozdrev", alt=["Russian Embassy in Japan"], treaty=False,
             snippet="We have not closed that door on humanitarian grounds"),
     ],
     not_statements=[
        "Tokyo continues to insist on its claims to the southern Kurils.",
        "Is it possible to resume dialogue on a peace treaty?",
        "Zakharova: Japan's military build-up threatens regional stability",
        "On the eve of Diplomats' Day, marked in Russia on February 10",
     ]),

dict(id="E14-19", outlet="Izvestia", url="https://en.iz.ru/en/1869402/2025-04-15/japan-must-stop-its-hostile-policy-first-rudenko",
     published="2025-04-15",
     title="'Japan must stop its hostile policy first': Deputy Foreign Minister Andrei Rudenko on relations with Tokyo",
     text="""Izvestia
Politics

"Japan must stop its hostile policy first": Deputy Foreign Minister Andrei Rudenko on relations with Tokyo

April 15, 2025, 00:01
Interview by Marina Belova

Russian Deputy Foreign Minister Andrei Rudenko, who oversees relations with Asia-Pacific countries, told Izvestia whether Moscow sees any change in Tokyo's course under Prime Minister Shigeru Ishiba, and what lies ahead for fisheries and the Kurils.

Izvestia: Half a year has passed since Shigeru Ishiba became prime minister. Do you see changes in Japan's policy towards Russia?

Rudenko: Unfortunately, no. Tokyo keeps all its sanctions in place and continues to help the Kyiv regime with money and equipment. Words about wanting to preserve relations are not backed by deeds.

Izvestia: The Japanese side says its goal is still to conclude a peace treaty.

Rudenko: Returning to a discussion of a peace treaty is impossible while Japan continues its hostile policy. And I want to stress that the territorial question as such is closed: our Constitution prohibits any alienation of Russian territory.

Izvestia: Tokyo protests against military exercises on the Kuril Islands.

Rudenko: Where and how we train our armed forces on our own territory, including the Kurils, is our sovereign business, and we do not intend to coordinate it with anyone.

Izvestia: Japan is deepening military cooperation with the United States and NATO.

Rudenko: That is a serious concern. The appearance of new American missile systems near our borders would be regarded as a direct threat, and we would have to respond.

Izvestia: What about fisheries?

Rudenko: Consultations on fisheries are held at the professional level, and the agreements on salmon catches were concluded this year as well. Here we are guided by mutual benefit.

Izvestia: Is Russia ready to talk with Japan about North Korea?

Rudenko: Our cooperation with the DPRK is developing in line with the treaty on comprehensive strategic partnership, and it is not directed against third countries.

[Photo caption: Deputy Foreign Minister Andrei Rudenko. Photo: Izvestia / Pavel Volkov]

Read also:
Lavrov: the West is dragging Japan into its confrontation with Russia
Expert: Tokyo's new defence budget will break records""",
     expected=[
        dict(speaker="Andrei Rudenko", alt=["Russian Foreign Ministry"], treaty=False,
             snippet="Tokyo keeps all its sanctions in place and continues to help the Kyiv regime"),
        dict(speaker="Andrei Rudenko", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="Returning to a discussion of a peace treaty is impossible while Japan continues"),
        dict(speaker="Andrei Rudenko", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="the territorial question as such is closed"),
        dict(speaker="Andrei Rudenko", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="is our sovereign business, and we do not intend to coordinate it with anyone"),
        dict(speaker="Andrei Rudenko", alt=["Russian Foreign Ministry"], treaty=False,
             snippet="would be regarded as a direct threat"),
        dict(speaker="Andrei Rudenko", alt=["Russian Foreign Ministry"], treaty=False,
             snippet="the agreements on salmon catches were concluded this year as well"),
        dict(speaker="Andrei Rudenko", alt=["Russian Foreign Ministry"], treaty=False,
             snippet="Our cooperation with the DPRK is developing in line with the treaty"),
     ],
     not_statements=[
        "The Japanese side says its goal is still to conclude a peace treaty.",
        "Tokyo protests against military exercises on the Kuril Islands.",
        "Lavrov: the West is dragging Japan into its confrontation with Russia",
        "[Photo caption: Deputy Foreign Minister Andrei Rudenko. Photo: Izvestia / Pavel Volkov]",
     ]),

dict(id="E14-20", outlet="The Moscow Times",
     url="https://www.themoscowtimes.com/2021/06/10/japan-and-russia-neighbors-who-still-need-a-treaty-a74172", published="2021-06-10",
     title="Japan and Russia: Neighbors Who Still Need a Treaty",
     text="""The Moscow Times
Opinion

Japan and Russia: Neighbors Who Still Need a Treaty

By Akira Muto
June 10, 2021

[Photo caption: Tokyo's skyline at dusk. Unsplash]

When I arrived in Moscow as ambassador, the pandemic had already closed borders that our citizens used to cross easily. Yet the past months have taught me that the ties between our peoples are stronger than any virus.

2020 and 2021 have been declared the Japan-Russia Year of Interregional and Sister-City Exchanges. Despite all the restrictions, more than a hundred events have taken place, many of them online, linking cities from Hokkaido to Kaliningrad. I am grateful to every governor and mayor who kept these contacts alive.

In July, Tokyo will host the Olympic and Paralympic Games. We look forward to welcoming athletes from Russia and hope that Russian fans will be able to follow the Games and discover Japan, even if only from a distance this time.

Our business ties also deserve attention. Japanese companies remain committed to Sakhalin-1 and Sakhalin-2 and are taking part in Arctic LNG 2. I believe that energy, together with medicine and digital technology, can become a driver of our economic relationship.

I must, however, be honest about the most serious unresolved question between us. More than seventy-five years after the end of the war, Japan and Russia still have not concluded a peace treaty. Japan's position is that the treaty must be concluded by resolving the issue of the attribution of the four Northern Islands.

The agreement reached by our leaders in Singapore in 2018, to accelerate negotiations on the basis of the 1956 Joint Declaration, remains in force, and Prime Minister Yoshihide Suga has confirmed to President Vladimir Putin that he intends to continue that work. I am convinced that patient dialogue, not statements through the media, is the way to move forward.

Akira Muto is the Ambassador of Japan to the Russian Federation.

The views expressed in opinion pieces do not necessarily reflect the position of The Moscow Times.

More in Opinion
Russia's Far East Needs More Than Slogans - by Ivan Petrov
Why Moscow Looks East - by Sergei Lavrov (archive)

Read more about: Japan, Diplomacy""",
     expected=[
        dict(speaker="Akira Muto", treaty=False,
             snippet="I am grateful to every governor and mayor who kept these contacts alive"),
        dict(speaker="Akira Muto", treaty=False,
             snippet="We look forward to welcoming athletes from Russia"),
        dict(speaker="Akira Muto", treaty=False,
             snippet="energy, together with medicine and digital technology, can become a driver"),
        dict(speaker="Akira Muto", treaty=None,
             snippet="Japan and Russia still have not concluded a peace treaty"),
        dict(speaker="Akira Muto", treaty=True,
             snippet="the treaty must be concluded by resolving the issue of the attribution"),
        dict(speaker="Akira Muto", treaty=True,
             snippet="on the basis of the 1956 Joint Declaration, remains in force"),
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=True, optional=True,
             snippet="has confirmed to President Vladimir Putin that he intends to continue that work"),
        dict(speaker="Akira Muto", treaty=True,
             snippet="patient dialogue, not statements through the media, is the way to move forward"),
     ],
     not_statements=[
        "The views expressed in opinion pieces do not necessarily reflect the position of The Moscow Times.",
        "Why Moscow Looks East - by Sergei Lavrov (archive)",
        "Akira Muto is the Ambassador of Japan to the Russian Federation.",
        "[Photo caption: Tokyo's skyline at dusk. Unsplash]",
     ]),
]
