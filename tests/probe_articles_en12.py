# Probe articles, English round 12: spun, reposted and excerpted copies of wire stories on the Russia-Japan peace
# treaty and the Southern Kurils / Northern Territories, as they reach readers through the long tail of the web.
# All texts were written by hand for this file; none is a real page, and every quote is fresh wording.
#
# Page types: content-farm "spun" rewrites (peace pact / Kuril isles / opined / averred, "the Japanese premier",
# "the head of state"), forum and reddit-style reposts ("Quote:", "Originally Posted by", signatures, reply counts,
# "Report Post", the poster's own view above the pasted story), English machine translations of Spanish, German,
# Portuguese, Arabic, Hindi, Polish and Italian pages ("said the chancellor Lavrov", "according to the words of
# Peskov"), news-aggregator pages ("via Kyodo", "Source: TASS", "Read the full story at", "Trending now"),
# newsletter digests with unrelated items, scraped excerpts cut off mid-sentence or inside a quote, duplicated
# paragraphs, broken quote marks (unclosed, mixed straight and curly, 'single', &quot; entities, a quote split over
# a line break).
#
# Events (loosely modelled): Putin's Tokyo visit 2016-12; Abe in Sochi 2016-05; the 2+2 in Tokyo 2017-03; Putin's
# "treaty without preconditions" at the EEF 2018-09; the Singapore summit 2018-11; Lavrov-Kono 2019-01; Putin-Abe in
# Moscow 2019-01; Zakharova on Northern Territories Day 2019-02; the EEF 2019-09; the constitutional ban on ceding
# territory 2020-07; Suga's first policy speech 2020-10; Mishustin on Iturup 2021-07; Russia halting treaty talks
# 2022-03; the end of visa-free exchanges 2022-09; Medvedev's posts 2023-01; Northern Territories Day 2023, 2024,
# 2025; Ishiba's first policy speech 2024-10; the Takaichi cabinet 2025-10.
#
# Speakers (canonical): Vladimir Putin, Sergei Lavrov, Dmitry Peskov, Maria Zakharova, Dmitry Medvedev, Mikhail
# Galuzin (ambassador in Tokyo until 2018), Andrei Rudenko, Yuri Ushakov, Shinzo Abe, Yoshihide Suga (chief cabinet
# secretary until 2020-09, then PM), Fumio Kishida (FM until 2017-08, PM 2021-10..2024-10), Shigeru Ishiba, Sanae
# Takaichi, Taro Kono, Toshimitsu Motegi, Yoshimasa Hayashi, Yoko Kamikawa, Takeshi Iwaya, Hirokazu Matsuno, Minoru
# Kihara, Russian Foreign Ministry, Kremlin, Japanese government; minor: Tomomi Inada, Katsunobu Kato, Mikhail
# Mishustin.
#
# Traps: each page's background paragraph on the dispute; the poster's / blogger's own opinion and signature; readers'
# comments about the islands; digest items on other subjects; related-headline and "Trending now" lists with
# quote-like phrases; "the declaration states"; "talks ended without agreement"; anonymous diplomatic sources;
# other treaties (INF) and other subjects (sanctions, Ukraine, North Korea, "Asian NATO", bombers, carbon neutrality).

ARTICLES = []

ARTICLES += [
dict(id="E12-01", outlet="GlobalNewsWire24", url="https://globalnewswire24.net/2016/12/16/putin-abe-peace-pact-kuril-isles/",
     published="2016-12-16",
     title="Putin and Abe Fail to Seal Peace Pact, Agree on Joint Work in Kuril Isles",
     text="""Putin and Abe Fail to Seal Peace Pact, Agree on Joint Work in Kuril Isles
Posted by admin | December 16, 2016 | World, Asia | 0 Comments

TOKYO – The Russian head of state Vladimir Putin and the Japanese premier Shinzo Abe on Friday wrapped up two days of talks without a breakthrough on the peace pact that the two nations never signed, but they agreed to start consultations on joint economic activity on the contested archipelago.

Russia and Japan are still technically at war, because the Soviet army seized the island chain at the end of World War Two and a peace pact was never concluded since then. The isles are called the Southern Kurils in Russia and the Northern Territories in Japan.

At a joint press conference in Tokyo, Putin opined that the two countries should stop the "ping-pong" over who owns the islands and think about long-term interests instead. “We must not keep tossing historical arguments back and forth, we need a solution that suits both peoples,” the head of state asserted.

He pointed out that the 1956 declaration was the only document ratified by both parliaments, and remarked that Moscow was ready to discuss it but that many questions in it were left unanswered.

Abe underscored that a special framework for joint activity on the Kuril isles would not harm the legal positions of either side. "This is an important step towards the conclusion of the peace accord," the Japanese premier averred, adding that he was determined to end the abnormal situation with his own hands.

The 1956 declaration states that the Soviet Union would transfer two of the islands to Japan after a peace pact is signed.

Regarding the sanctions that Tokyo joined in 2014, Putin stated that they were an obstacle for the economic cooperation and that Russia did not initiate them. The Japanese premier for his part remarked that the eight-point economic plan was progressing well and promised more Japanese investments in Far East energy projects.

The Kremlin spokesman Dmitry Peskov told reporters the visit had been "substantial" and said Putin was satisfied with the programme, which included a stop at a judo centre.

According to diplomatic sources in Tokyo, the Japanese side had hoped for more concrete language on the islands in the final documents.

Source: Agencies

Related Posts:
- Putin: "No territorial problem" with Japan, says Lavrov ahead of visit
- Abe hopes for "historic" hot spring summit in Nagato
- Kuril isles residents skeptical about joint economic zone

Tags: Russia, Japan, Putin, Abe, Kuril Islands, peace treaty

Leave a Reply
Your email address will not be published.""",
     expected=[
        dict(speaker="Vladimir Putin", treaty=True, snippet='should stop the "ping-pong" over who owns the islands'),
        dict(speaker="Vladimir Putin", treaty=True, snippet="We must not keep tossing historical arguments back and forth"),
        dict(speaker="Vladimir Putin", treaty=True, snippet="the 1956 declaration was the only document ratified by both parliaments"),
        dict(speaker="Shinzo Abe", treaty=True, snippet="would not harm the legal positions of either side"),
        dict(speaker="Shinzo Abe", treaty=True, snippet="This is an important step towards the conclusion of the peace accord"),
        dict(speaker="Vladimir Putin", treaty=False, snippet="they were an obstacle for the economic cooperation"),
        dict(speaker="Shinzo Abe", treaty=False, snippet="the eight-point economic plan was progressing well"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=False, snippet='the visit had been "substantial" and said Putin was satisfied'),
     ],
     not_statements=[
        "Russia and Japan are still technically at war, because the Soviet army seized the island chain",
        "The 1956 declaration states that the Soviet Union would transfer two of the islands to Japan",
        "According to diplomatic sources in Tokyo, the Japanese side had hoped for more concrete language",
        'Putin: "No territorial problem" with Japan, says Lavrov ahead of visit',
     ]),

dict(id="E12-02", outlet="EastAsiaWatch Forums (repost of Kyodo)", url="https://forums.eastasiawatch.net/showthread.php?t=48812",
     published="2017-03-20",
     title="Lavrov & Shoigu in Tokyo for 2+2 -- islands on the table again?",
     text="""EastAsiaWatch Forums > World Politics > Russia & Japan
Thread: Lavrov & Shoigu in Tokyo for 2+2 -- islands on the table again?
Page 1 of 2 | Replies: 17 | Views: 2,094

#1  Report Post | Quote | Reply
kurilwatcher
Senior Member
Join Date: Aug 2012 | Location: Sapporo | Posts: 3,411
20-03-2017, 09:41 PM

Same song every year. IMO Tokyo gives Moscow investment and gets photo ops in return. Pasting the Kyodo piece, emphasis mine.

Quote:
TOKYO, March 20 (Kyodo) -- Japan and Russia held their first "two-plus-two" meeting of foreign and defense ministers in more than three years on Monday, with Moscow voicing unease over the U.S. missile shield in Asia and Tokyo pressing for progress on the territorial row.

"We have concerns about the missile defense deployment in the region and we stated them frankly to our Japanese partners," Russian Foreign Minister Sergei Lavrov told a joint press conference after the talks, saying the system posed risks far beyond the threat from North Korea.

Lavrov said any joint economic activities on the four islands must be organized in a way that does not contradict Russian legislation.

Japanese Foreign Minister Fumio Kishida said he had told his counterparts that such projects must be carried out under a special framework that does not damage Japan's legal position on the islands. "Resolving the attribution of the islands and concluding a peace treaty remain our unchanged goal," Kishida said.

Kishida also said he had asked Moscow to play a constructive role on North Korea, which fired four ballistic missiles earlier this month.

Defense Minister Tomomi Inada said she had raised the frequent flights of Russian bombers near Japanese airspace and asked for restraint.

The two countries have yet to sign a postwar peace treaty due to the territorial dispute over the islands off Hokkaido, which Japan calls the Northern Territories and Russia the Southern Kurils.

Talks on the joint projects ended without agreement on the legal framework.
______________________
"The islands are Japanese. Period." -- my sig since 2008

#2  Report Post | Quote | Reply
tanuki_san
Member | Posts: 88
20-03-2017, 10:02 PM

Originally Posted by kurilwatcher
Same song every year.

Russia will never give back Etorofu, they just put missiles there. Lavrov basically said as much today.

#3  Report Post | Quote | Reply
Vlad_from_Vlad
Member | Posts: 1,027
20-03-2017, 10:30 PM

The Kurils are Russian since 1945, end of discussion. Japan should sign the treaty and stop dreaming.

#4  Report Post | Quote | Reply
kurilwatcher
Senior Member | Posts: 3,412
20-03-2017, 10:51 PM

@Vlad_from_Vlad lol ok. Read the 1855 treaty sometime.""",
     expected=[
        dict(speaker="Sergei Lavrov", treaty=False, snippet="We have concerns about the missile defense deployment in the region"),
        dict(speaker="Sergei Lavrov", treaty=True, snippet="must be organized in a way that does not contradict Russian legislation"),
        dict(speaker="Fumio Kishida", treaty=True, snippet="does not damage Japan's legal position on the islands"),
        dict(speaker="Fumio Kishida", treaty=True, snippet="Resolving the attribution of the islands and concluding a peace treaty"),
        dict(speaker="Fumio Kishida", treaty=False, snippet="asked Moscow to play a constructive role on North Korea"),
        dict(speaker="Tomomi Inada", treaty=False, snippet="raised the frequent flights of Russian bombers near Japanese airspace"),
     ],
     not_statements=[
        "IMO Tokyo gives Moscow investment and gets photo ops in return",
        "The two countries have yet to sign a postwar peace treaty due to the territorial dispute",
        '"The islands are Japanese. Period." -- my sig since 2008',
        "Russia will never give back Etorofu, they just put missiles there",
        "The Kurils are Russian since 1945, end of discussion. Japan should sign the treaty",
     ]),

dict(id="E12-03", outlet="Diario Global (machine translation from Spanish, EFE)", url="https://diarioglobal.example.es/internacional/2018/09/13/putin-propone-abe-tratado-paz",
     published="2018-09-13",
     title="Putin proposes to Abe to sign the treaty of peace before the end of the year \"without preconditions\"",
     text="""Putin proposes to Abe to sign the treaty of peace before the end of the year "without preconditions"
Diario Global | International | 13/09/2018 - 08:15 CEST | EFE
[This page was translated automatically from Spanish]

Vladivostok (Russia), 13 sep (EFE).- The president of Russia, Vladimir Putin, proposed yesterday to the head of the Japanese government Shinzo Abe to sign a treaty of peace before the end of this year and "without any type of preconditions", during the plenary session of the Oriental Economic Forum celebrated in this city of the Russian Far East.

"An idea has just come to me now. Let us conclude the treaty of peace, not today, but before the end of the year, without any preconditions", said the president Putin in front of the audience, who received his words with applause.

After that, added the Russian leader, the two countries could continue resolving "all the questions in dispute" as friends, because seventy years of discussions have not given result.

Russia and Japan did not sign a treaty of peace after the Second World War due to the dispute over four islands of the Kuril archipelago, which the troops soviets occupied in 1945 and which Tokyo claims with the name of Northern Territories.

The head of the Japanese government, who was seated next to Putin on the stage, did not respond directly to the proposal. Hours before, Abe had affirmed in his discourse that both leaders must put an end to the abnormal situation "with our own hands" and that the treaty of peace would open an unlimited potential for the two peoples.

According to the words of Peskov, spokesman of the Kremlin, the proposal of the president was spontaneous but it is not about a joke, and Moscow will wait the reaction of Tokyo.

For his part, the secretary-general of the Cabinet of Japan, Yoshihide Suga, declared in Tokyo that the position of his government does not change: first to resolve the question of the belonging of the four islands and after to conclude the treaty of peace.

Consulted by the journalists, said the chancellor Lavrov that Japan must not convert the islands in a condition previous, because this is exactly what the president proposed to overcome.

Putin also said that the military maneuvers Vostok-2018, the biggest since the soviet epoch, are not directed against any third country and that China participates as partner.

The declaration soviet-japanese of 1956 establishes that Moscow would give to Japan the islands Shikotan and Habomai after the signature of a treaty of peace. The negotiations of the last decades finished without agreement.

You may also be interested:
· Abe and Putin "agree to advance" in the joint economic activities
· The Kremlin: "There is no date" for the new visit of Putin to Japan
· China sends 3,200 soldiers to the Russian maneuvers

Comments (2)
Ramiro_BA: Putin is playing chess and Abe checkers, the islands will remain Russian.
lucia.m: and the fishermen of Hokkaido? nobody asks them""",
     expected=[
        dict(speaker="Vladimir Putin", treaty=True, snippet="Let us conclude the treaty of peace, not today, but before the end of the year"),
        dict(speaker="Vladimir Putin", treaty=True, snippet='could continue resolving "all the questions in dispute" as friends'),
        dict(speaker="Shinzo Abe", treaty=True, snippet='must put an end to the abnormal situation "with our own hands"'),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="the proposal of the president was spontaneous but it is not about a joke"),
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=True, snippet="first to resolve the question of the belonging of the four islands"),
        dict(speaker="Sergei Lavrov", treaty=True, snippet="Japan must not convert the islands in a condition previous"),
        dict(speaker="Vladimir Putin", treaty=False, snippet="are not directed against any third country and that China participates"),
     ],
     not_statements=[
        "Russia and Japan did not sign a treaty of peace after the Second World War due to the dispute",
        "The declaration soviet-japanese of 1956 establishes that Moscow would give to Japan the islands",
        "The negotiations of the last decades finished without agreement.",
        'The Kremlin: "There is no date" for the new visit of Putin to Japan',
        "Putin is playing chess and Abe checkers, the islands will remain Russian.",
     ]),

dict(id="E12-04", outlet="NewsBreak Hub (via Kyodo)", url="https://newsbreakhub.com/world/asia-pacific/abe-putin-speed-up-peace-treaty-talks-1956-declaration-88213",
     published="2018-11-15",
     title="Abe, Putin agree to speed up peace treaty talks based on 1956 declaration",
     text="""NewsBreak Hub  |  World › Asia-Pacific

Abe, Putin agree to speed up peace treaty talks based on 1956 declaration
via Kyodo News · 14 Nov 2018, 22:48 GMT+9 · Updated 15 Nov 2018, 07:02
Source: Kyodo  |  Share  Tweet  Email

SINGAPORE — Japanese Prime Minister Shinzo Abe and Russian President Vladimir Putin agreed Wednesday to accelerate negotiations on a postwar peace treaty on the basis of a 1956 joint declaration, a shift that could open the way to a deal on part of the disputed islands.

“We will not hand this problem down to the next generation. The president and I will close this chapter ourselves," Abe told reporters after the roughly 90-minute meeting on the sidelines of regional summits.

Abe also said the two leaders had agreed to coordinate closely on the denuclearization of North Korea.

The 1956 declaration states that the Soviet Union will hand over Shikotan and the Habomai islets to Japan after the two countries sign a peace treaty.

A diplomatic source said the shift suggests Tokyo may be prepared to settle first for the two smaller islands.

Putin, speaking to reporters on Thursday, said the declaration does not say on what basis the two islands would be handed over or under whose sovereignty they would then remain, adding that this required "serious study".

Kremlin spokesman Dmitry Peskov said nothing in the Singapore agreement implied an automatic transfer of any territory and that Moscow's position was unchanged.

Japan's top government spokesman, Chief Cabinet Secretary Yoshihide Suga, told a news conference in Tokyo that the government's stance that the four islands belong to Japan had not changed.

In separate remarks, Putin said Moscow would be forced to respond if the United States deployed new intermediate-range missiles in Europe.

The two countries never signed a peace treaty because of the dispute over the islands, which the Soviet Union seized at the end of World War II.

Read the full story at Kyodo News →

Trending now
1. Brexit: May's cabinet backs draft deal after five-hour meeting
2. California wildfire death toll rises to 56
3. Putin says "no automatic handover" of islands — Peskov
4. Abe to head to Australia for talks with Morrison

Comments (3)
Hiro_K · 2h: Two islands are better than zero. About time somebody moved.
northern_sky · 1h: Giving up Kunashiri and Etorofu is a betrayal of the former islanders.
Report · Reply""",
     expected=[
        dict(speaker="Shinzo Abe", treaty=True, snippet="We will not hand this problem down to the next generation."),
        dict(speaker="Shinzo Abe", treaty=True, snippet="The president and I will close this chapter ourselves"),
        dict(speaker="Shinzo Abe", treaty=False, snippet="agreed to coordinate closely on the denuclearization of North Korea"),
        dict(speaker="Vladimir Putin", treaty=True, snippet="under whose sovereignty they would then remain"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="nothing in the Singapore agreement implied an automatic transfer of any territory"),
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=True, snippet="the government's stance that the four islands belong to Japan had not changed"),
        dict(speaker="Vladimir Putin", treaty=False, snippet="Moscow would be forced to respond if the United States deployed new intermediate-range"),
     ],
     not_statements=[
        "The 1956 declaration states that the Soviet Union will hand over Shikotan and the Habomai islets",
        "A diplomatic source said the shift suggests Tokyo may be prepared to settle first",
        'Putin says "no automatic handover" of islands — Peskov',
        "Giving up Kunashiri and Etorofu is a betrayal of the former islanders.",
        "The two countries never signed a peace treaty because of the dispute over the islands",
     ]),
]

ARTICLES += [
dict(id="E12-05", outlet="The Morning Brief (email newsletter)", url="https://morningbrief.example.com/archive/2019-01-15",
     published="2019-01-15",
     title="The Morning Brief — Tuesday, January 15, 2019",
     text="""The Morning Brief — Tuesday, January 15, 2019
View in browser | Forward to a friend

Good morning. Here's what you need to know today.

1. BREXIT VOTE DAY
British lawmakers vote tonight on the withdrawal agreement, and the deal is widely expected to be defeated by a large margin. Sterling edged lower in Asian trading.

2. LAVROV TO TOKYO: ACCEPT THE WAR'S OUTCOME FIRST
Russia's top diplomat told Japan on Monday that progress toward a peace treaty depends on Tokyo accepting the results of World War Two "in full", including Russian sovereignty over the southern Kuril islands. Speaking after about three hours of talks with Japanese Foreign Minister Taro Kono in Moscow, Sergei Lavrov called that recognition "the first step, without which nothing moves".

He also said it was unacceptable for Japan to call the islands the "Northern Territories" in its domestic legislation, and raised Moscow's objections to Japan's planned Aegis Ashore missile-defense sites, which he described as part of a U.S. global system.

Kono struck a calmer note. He told reporters the two sides had laid out their positions candidly and that he would keep working with Lavrov so that the leaders' agreement to speed up treaty negotiations bears fruit.

Why it matters: The tough public tone contrasts with Abe's hopes for a framework deal when he meets Putin next week. The talks ended without agreement on any wording, and the two ministers skipped the usual joint press appearance.

Background: Soviet forces took the four islands off Hokkaido in the final days of the war; the dispute has kept the two countries from signing a peace treaty ever since.

3. GHOSN STAYS IN JAIL
A Tokyo court rejected bail for former Nissan chairman Carlos Ghosn. Chief Cabinet Secretary Yoshihide Suga said the government would not comment on an individual case handled by prosecutors and the courts.

4. SHUTDOWN, DAY 25
The partial U.S. government shutdown is now the longest on record, with some 800,000 federal workers missing paychecks.

— SPONSORED —
Learn Japanese in 30 days. Try it free for a week.

Today's quote: "Patience is bitter, but its fruit is sweet."

You are receiving this email because you signed up at morningbrief.example.com.
Unsubscribe | Manage preferences | Privacy""",
     expected=[
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="depends on Tokyo accepting the results of World War Two"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="the first step, without which nothing moves"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet='unacceptable for Japan to call the islands the "Northern Territories"'),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=False, snippet="raised Moscow's objections to Japan's planned Aegis Ashore missile-defense sites"),
        dict(speaker="Taro Kono", treaty=True, snippet="the leaders' agreement to speed up treaty negotiations bears fruit"),
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=False, snippet="would not comment on an individual case handled by prosecutors"),
     ],
     not_statements=[
        "The talks ended without agreement on any wording",
        "Soviet forces took the four islands off Hokkaido in the final days of the war",
        "The tough public tone contrasts with Abe's hopes for a framework deal",
        '"Patience is bitter, but its fruit is sweet."',
     ]),

dict(id="E12-06", outlet="Nachrichtenwelt (machine translation from German, dpa/AFP)", url="https://nachrichtenwelt.example.de/politik/ausland/putin-abe-kurilen-moskau-2019",
     published="2019-01-22",
     title="Putin and Abe: \"Painstaking work\" on peace treaty lies ahead",
     text="""Putin and Abe: "Painstaking work" on peace treaty lies ahead
Nachrichtenwelt – Politics – Abroad | 22.01.2019, 19:37 o'clock | dpa/AFP
[Automatically translated from German]

Moscow. In the dispute about the Kuril islands, Russia and Japan have made also after the 25th meeting of their leaders no breakthrough. The Kremlin chief Vladimir Putin and Japan's head of government Shinzo Abe conferred on Tuesday in the Kremlin for about three hours.

"Before us lies a long and painstaking work, in order to create the conditions for a solution which is acceptable for the peoples of both countries", said the Kremlin chief Putin after the conversation. Both sides want to continue the negotiations on the peace treaty, he emphasized.

Japan's head of government Abe said, he and Putin had confirmed their firm will to conclude the peace treaty. "I am determined to bring this question to an end together with the President", so Abe. The negotiators of the foreign ministries should meet already in February again, he announced.

Besides, the Kremlin chief named the growing trade a success: the trade volume had risen in the past year by about 17 percent to more than 20 billion dollars. He welcomed also the participation of Japanese companies in a liquid gas project in the Arctic.

Already before the meeting had the Kremlin adviser Yuri Ushakov dampened the expectations. One should not count on sensational results, the island question needs time, Ushakov said according to Interfax.

Foreign minister Sergei Lavrov had demanded last week that Japan first must recognize the Russian sovereignty over the islands as result of the war.

Since the end of the Second World War the Soviet Union and later Russia control the four southern Kuril islands, which Japan claims for itself as "Northern Territories". Therefore both states until today did not sign a peace treaty.

The talks ended without agreement on the islands, a date for a treaty was not named.

In Moscow some dozens people had demonstrated on the weekend against any handover of the islands.

More on the topic:
» Lavrov: Japan must recognize results of the war
» Kuril dispute: Demonstrators in Moscow against handover
» Comment: Abe's risky island poker

Share this article: Facebook | Twitter | E-Mail""",
     expected=[
        dict(speaker="Vladimir Putin", treaty=True, snippet="Before us lies a long and painstaking work, in order to create the conditions"),
        dict(speaker="Vladimir Putin", treaty=True, snippet="Both sides want to continue the negotiations on the peace treaty, he emphasized"),
        dict(speaker="Shinzo Abe", treaty=True, snippet="he and Putin had confirmed their firm will to conclude the peace treaty"),
        dict(speaker="Shinzo Abe", treaty=True, snippet="I am determined to bring this question to an end together with the President"),
        dict(speaker="Vladimir Putin", treaty=False, snippet="the trade volume had risen in the past year by about 17 percent"),
        dict(speaker="Vladimir Putin", treaty=False, snippet="He welcomed also the participation of Japanese companies in a liquid gas project"),
        dict(speaker="Yuri Ushakov", alt=["Kremlin"], treaty=True, snippet="One should not count on sensational results, the island question needs time"),
        dict(speaker="Sergei Lavrov", treaty=True, snippet="Japan first must recognize the Russian sovereignty over the islands"),
     ],
     not_statements=[
        "Since the end of the Second World War the Soviet Union and later Russia control the four southern Kuril islands",
        "The talks ended without agreement on the islands, a date for a treaty was not named.",
        "» Lavrov: Japan must recognize results of the war",
        "In Moscow some dozens people had demonstrated on the weekend against any handover",
     ]),

dict(id="E12-07", outlet="The Eurasia Desk (blog, reposting TASS)", url="https://eurasiadesk.example.org/2019/02/08/zakharova-northern-territories-day/",
     published="2019-02-08",
     title="Zakharova fires back at Tokyo's \"Northern Territories Day\"",
     text="""The Eurasia Desk
Notes on Russia and its Pacific neighbours, by M. Thornbury
Home | About | Archive | Subscribe

Zakharova fires back at Tokyo's "Northern Territories Day"
February 8, 2019 · Posted in Russia–Japan · 7 comments

My take first, then the wire copy. Every February 7 the two governments stage the same exchange, and every year it sets the talks back a little. If Abe really wanted a deal this year he would have cancelled the rally.

Here's the TASS English copy, lightly trimmed:

    MOSCOW, February 7. /TASS/. Russian Foreign Ministry spokeswoman Maria Zakharova said on Thursday that statements made in Tokyo during the annual "Northern Territories Day" rally did nothing to improve the atmosphere for the peace treaty negotiations.

    "It is bewildering that such events are held at a moment when our leaders have instructed their ministers to search for mutually acceptable approaches," Zakharova told her weekly briefing. She added that Russia's sovereignty over the southern Kurils is beyond question and "is not a subject of any talks".

    Answering a question on the INF Treaty, Zakharova said the U.S. decision to suspend its obligations was an attempt to shift the blame onto Moscow and that Russia would respond in a mirror manner.

    At the rally in Tokyo, Prime Minister Shinzo Abe said he would patiently push forward the negotiations with Putin to resolve the territorial issue and sign a peace treaty. Chief Cabinet Secretary Yoshihide Suga later told reporters that Japan's legal position on the islands had not changed, even though this year's rally resolution dropped the phrase "illegally occupied".

    The 1956 Soviet-Japanese Joint Declaration provides for the handover of Shikotan and the Habomai islands after a peace treaty is concluded.

What strikes me is that last line from Suga: nothing changed, while the wording plainly did. Read between the lines.

Related on The Eurasia Desk:
- "Not a subject of talks": a short history of a Moscow formula
- Why the 1956 declaration is a trap for Abe

7 comments

Kenji O. — Feb 8, 2019 at 11:02
Zakharova is right for once, the rally is pointless. Better to sign the treaty and take the two small islands.
Reply

Dasha — Feb 8, 2019 at 13:47
Kurils are Russian. Nothing more to discuss.
Reply""",
     expected=[
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="did nothing to improve the atmosphere for the peace treaty negotiations"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="It is bewildering that such events are held at a moment when our leaders"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="Russia's sovereignty over the southern Kurils is beyond question"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False, snippet="an attempt to shift the blame onto Moscow"),
        dict(speaker="Shinzo Abe", treaty=True, snippet="he would patiently push forward the negotiations with Putin"),
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=True, snippet="Japan's legal position on the islands had not changed"),
     ],
     not_statements=[
        "If Abe really wanted a deal this year he would have cancelled the rally.",
        "The 1956 Soviet-Japanese Joint Declaration provides for the handover of Shikotan",
        '"Not a subject of talks": a short history of a Moscow formula',
        "Zakharova is right for once, the rally is pointless.",
        "Kurils are Russian. Nothing more to discuss.",
     ]),

dict(id="E12-08", outlet="Jornal do Mundo (machine translation from Portuguese, Lusa) - excerpt", url="https://jornaldomundo.example.pt/mundo/2020/07/06/russia-proibe-cedencia-territorios-japao",
     published="2020-07-06",
     title="Russia prohibits in the Constitution the cession of territories; Japan says that the negotiation continues",
     text="""Russia prohibits in the Constitution the cession of territories; Japan says that the negotiation continues
Jornal do Mundo | World | 06/07/2020 14h22 - Updated 06/07/2020 15h05
By Agência Lusa
[Translated from Portuguese]

The amendments to the Russian Constitution approved in the popular vote entered into force on Saturday, among them an article that prohibits "actions directed to the alienation of part of the territory" of the country and the calls for such actions, which in Tokyo was received with attention because of the dispute over the Kuril islands.

The vote, which took place between 25 June and 1 July, also allows the president Vladimir Putin to run again for two more mandates.

According to the words of Peskov, spokesman of the Kremlin, the new norm only fixes in the Constitution what was always the position of Moscow, that the territory of Russia is not object of negotiation with nobody.

The spokesman also said that the head of the State thanked the citizens for the high participation in the vote, which he considers a sign of trust.

The Russian diplomacy had already indicated, by the voice of the spokeswoman Maria Zakharova, that the dialogue with Japan about the treaty of peace can continue, but that the sovereignty over the islands is not in discussion.

In Tokyo, the secretary-chief of the Cabinet, Yoshihide Suga, affirmed that the position of Japan, that the four islands belong to Japan, does not change because of the constitutional reform of another country, and that the government will continue to negotiate with persistence.

Suga also said that Japan will maintain the restrictions of entry of foreigners because of the pandemic of covid-19 at least until the end of the month.

Russia and Japan never signed a treaty of peace after the Second World War because of the dispute over the islands, which the Soviet Union occupied in 1945 and which Japan calls Northern Territories. The Soviet-Japanese declaration of 1956 foresees the delivery of the two smaller islands after the signature of the treaty.

The minister of Foreign Affairs of Japan, Toshimitsu Motegi, on his side, affirmed in the Parliament that "Japan will continue to negotiate with firmness on the basis of the agreement of Singapore, without changing the position that the islands are territory

[Excerpt. Continue reading on the site of Jornal do Mundo]""",
     expected=[
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="the territory of Russia is not object of negotiation with nobody"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=False, snippet="thanked the citizens for the high participation in the vote"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="the dialogue with Japan about the treaty of peace can continue"),
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=True, snippet="the position of Japan, that the four islands belong to Japan, does not change"),
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=False, snippet="will maintain the restrictions of entry of foreigners because of the pandemic"),
        dict(speaker="Toshimitsu Motegi", treaty=True, snippet="Japan will continue to negotiate with firmness on the basis of the agreement of Singapore"),
     ],
     not_statements=[
        "The amendments to the Russian Constitution approved in the popular vote entered into force on Saturday",
        "Russia and Japan never signed a treaty of peace after the Second World War because of the dispute",
        "The Soviet-Japanese declaration of 1956 foresees the delivery of the two smaller islands",
        "also allows the president Vladimir Putin to run again for two more mandates",
     ]),
]

ARTICLES += [
dict(id="E12-09", outlet="TopWorldDaily (spun repost)", url="https://topworlddaily.example.net/asia-pacific/japanese-premier-vows-settle-kuril-isles-row/",
     published="2020-10-27",
     title="Japanese Premier Vows to Settle Kuril Isles Row, Says Won't Leave It to Next Generation",
     text="""TopWorldDaily  ›  Asia Pacific

Japanese Premier Vows to Settle Kuril Isles Row, Says Won't Leave It to Next Generation
By Staff Writer | October 27, 2020 | 3 min read

The Japanese premier on Monday vowed to settle the long-running row over the Kuril isles and ink a peace pact with Moscow, in his first policy address to parliament since taking office last month.

"I will not pass the territorial problem on to the next generation, and I will bring it to a final resolution," the Japanese premier averred before lawmakers, underscoring that a peace pact with Russia remained a key objective for his administration.

He remarked that he and the Russian head of state had agreed in their September phone talk to continue the dialogue on the peace pact, including at the level of leaders.

In the same address, the premier opined that Japan would cut greenhouse gas emissions to net zero by 2050, a pledge that environmental groups welcomed with caution.

The contested archipelago, seized by Soviet troops at the end of World War Two, goes by the Northern Territories in Tokyo's usage and the Southern Kurils in Moscow's. Because of the dispute, the two nations have still not signed a peace pact.

Kremlin spokesman Dmitry Peskov, asked about the address, stated that Moscow's stance on the island chain was well known and had not changed. He pointed out, however, that Russia valued the continuity of dialogue with Tokyo at the top level.

The Russian top diplomat Sergei Lavrov earlier this month asserted that any deal must be in full compliance with the Russian constitution, which since July forbids ceding territory.

Japanese Foreign Minister Toshimitsu Motegi, meanwhile, pointed out that Tokyo and Moscow were discussing how to resume business travel halted because of the coronavirus pandemic.

Some analysts believe the new leader will be less personally invested in the issue than his predecessor, who met the Russian head of state 27 times.

YOU MAY ALSO LIKE
- Russia's top diplomat: Kuril isles "not a topic" for bargaining
- Peace pact with Japan possible "only on our terms", says Kremlin source
- 10 most beautiful islands you have never heard of

Tags: Japan, Russia, Yoshihide Suga, Kuril Islands, peace treaty, climate

Disclaimer: This story is auto-generated from a syndicated feed and has not been edited by TopWorldDaily staff.""",
     expected=[
        dict(speaker="Yoshihide Suga", treaty=True, snippet="I will not pass the territorial problem on to the next generation"),
        dict(speaker="Yoshihide Suga", treaty=True, snippet="agreed in their September phone talk to continue the dialogue on the peace pact"),
        dict(speaker="Yoshihide Suga", treaty=False, snippet="Japan would cut greenhouse gas emissions to net zero by 2050"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="Moscow's stance on the island chain was well known and had not changed"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=None, optional=True, snippet="Russia valued the continuity of dialogue with Tokyo at the top level"),
        dict(speaker="Sergei Lavrov", treaty=True, snippet="any deal must be in full compliance with the Russian constitution"),
        dict(speaker="Toshimitsu Motegi", treaty=False, snippet="discussing how to resume business travel halted because of the coronavirus"),
     ],
     not_statements=[
        "Because of the dispute, the two nations have still not signed a peace pact.",
        "Some analysts believe the new leader will be less personally invested in the issue",
        'Peace pact with Japan possible "only on our terms", says Kremlin source',
        'Russia\'s top diplomat: Kuril isles "not a topic" for bargaining',
     ]),

dict(id="E12-10", outlet="KurilTalk.net forum (repost of wire copy)", url="https://www.kuriltalk.example.net/viewtopic.php?f=4&t=21907",
     published="2021-07-27",
     title="Mishustin lands on Iturup, Tokyo furious",
     text="""KurilTalk.net • View topic - Mishustin lands on Iturup, Tokyo furious
Board index ‹ Current events ‹ Russia–Japan
Post Reply | Search this topic… | 9 posts • Page 1 of 1

Mishustin lands on Iturup, Tokyo furious
by seamount » Tue Jul 27, 2021 8:14 am

Honestly the timing (in the middle of the Olympics!) says everything. Moscow wants Tokyo to see who is in charge out there. Story from the wires:

Quote:
Russian Prime Minister Mikhail Mishustin visited Iturup on Monday, the first trip by a Russian head of government to the disputed islands in two years. Meeting local officials, Mishustin proposed turning the Kurils into a special economic zone with tax breaks to attract investors, including from Japan.

Japanese Foreign Minister Toshimitsu Motegi called the visit "extremely regrettable", saying it ran counter to Japan's position on the Northern Territories and hurt the feelings of the Japanese people.

Chief Cabinet Secretary Katsunobu Kato told reporters the government had lodged a protest, adding that the visit was incompatible with Tokyo's consistent stance that the islands are Japanese territory.

Kremlin spokesman Dmitry Peskov said the prime minister travels across Russian regions as he sees fit, and the Kurils are a Russian region like any other.

Peskov also wished Russian athletes competing in Tokyo under a neutral flag good luck and called the ban on national symbols unfair.

Tokyo and Moscow have yet to conclude a peace treaty because of the dispute over the islands, which the Soviet Union seized in 1945.

Last edited by seamount on Tue Jul 27, 2021 8:20 am, edited 1 time in total.
__________________
"Those who forget the past..." | Hokkaido born and raised

Top

Re: Mishustin lands on Iturup, Tokyo furious
by ivan_sakh » Tue Jul 27, 2021 9:02 am

Quote:
seamount wrote: Moscow wants Tokyo to see who is in charge

Of course. Iturup is Russia, people live there, they need roads and not Japanese feelings.

Top

Re: Mishustin lands on Iturup, Tokyo furious
by hokkaido_dad » Tue Jul 27, 2021 9:40 am

My grandfather was born on Shikotan. Every visit like this makes it less likely we ever go back. A protest from Kato won't change anything.

Top

Display posts from previous: All posts | Sort by Post time | Ascending
Who is online: 3 registered users and 41 guests""",
     expected=[
        dict(speaker="Mikhail Mishustin", treaty=None, optional=True, snippet="proposed turning the Kurils into a special economic zone with tax breaks"),
        dict(speaker="Toshimitsu Motegi", treaty=True, snippet="it ran counter to Japan's position on the Northern Territories"),
        dict(speaker="Katsunobu Kato", alt=["Japanese government"], treaty=True, snippet="incompatible with Tokyo's consistent stance that the islands are Japanese territory"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="the Kurils are a Russian region like any other"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=False, snippet="wished Russian athletes competing in Tokyo under a neutral flag good luck"),
     ],
     not_statements=[
        "Honestly the timing (in the middle of the Olympics!) says everything.",
        "Tokyo and Moscow have yet to conclude a peace treaty because of the dispute over the islands",
        "Iturup is Russia, people live there, they need roads and not Japanese feelings.",
        "My grandfather was born on Shikotan. Every visit like this makes it less likely we ever go back.",
     ]),

dict(id="E12-11", outlet="NewsFeedr (Source: TASS)", url="https://newsfeedr.example.com/world/asia/russia-halts-peace-treaty-talks-japan-sanctions-5512093",
     published="2022-03-22",
     title="Russia halts peace treaty talks with Japan over sanctions",
     text="""NewsFeedr — Top World News
World / Asia | Updated 22 Mar 2022 09:14 UTC

Russia halts peace treaty talks with Japan over sanctions
Source: TASS · 21 Mar 2022, 20:55 MSK · 3 min read
Via TASS English service | Also covered by: Kyodo, Reuters, NHK World (+12 sources)

MOSCOW, March 21. /TASS/. Russia will not continue negotiations with Japan on a peace treaty under the present circumstances, the Russian Foreign Ministry said in a statement on Monday, pointing to the restrictive measures Tokyo has imposed on Moscow.

“One cannot work on a basic treaty about relations with a country that has openly taken a hostile line and is trying to hurt Russia’s interests," the ministry said.

The ministry also said Moscow was pulling out of the dialogue with Tokyo on joint economic activities on the Southern Kurils.

It said visa-free trips by Japanese citizens to the islands would be halted as well.

Japanese Prime Minister Fumio Kishida on Tuesday called the Russian move deeply unjust and something Japan can never accept, and said Tokyo had lodged a protest.

Kishida added that Japan's sanctions were a response to Russia's invasion of Ukraine and would be kept in place in coordination with the Group of Seven.

Chief Cabinet Secretary Hirokazu Matsuno said Japan's policy of resolving the territorial issue and then concluding a peace treaty remained unchanged.

Moscow and Tokyo still lack a formal peace treaty nearly eight decades after the fighting stopped, owing to the row over the Southern Kurils.

Read the full story at TASS →
Report an issue with this story

Trending now
• Mariupol rejects Russian ultimatum to surrender
• Fed's Powell signals faster rate hikes
• "We will never give up the islands," Japanese protesters tell Moscow
• Kishida: Japan to stand with Ukraine "to the end"

Related coverage
• Lavrov: Japan's sanctions "a hostile step" that will have consequences
• Japan expels eight Russian diplomats (Kyodo, 3 days ago)
• Analysis: Is the Kuril dispute now frozen for a generation?

Sponsored · Compare the best VPNs of 2022""",
     expected=[
        dict(speaker="Russian Foreign Ministry", treaty=True, snippet="Russia will not continue negotiations with Japan on a peace treaty"),
        dict(speaker="Russian Foreign Ministry", treaty=True, snippet="One cannot work on a basic treaty about relations with a country"),
        dict(speaker="Russian Foreign Ministry", treaty=True, snippet="pulling out of the dialogue with Tokyo on joint economic activities"),
        dict(speaker="Russian Foreign Ministry", treaty=None, optional=True, snippet="visa-free trips by Japanese citizens to the islands would be halted"),
        dict(speaker="Fumio Kishida", alt=["Japanese government"], treaty=True, snippet="called the Russian move deeply unjust and something Japan can never accept"),
        dict(speaker="Fumio Kishida", alt=["Japanese government"], treaty=False, snippet="Japan's sanctions were a response to Russia's invasion of Ukraine"),
        dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=True, snippet="resolving the territorial issue and then concluding a peace treaty remained unchanged"),
     ],
     not_statements=[
        "Moscow and Tokyo still lack a formal peace treaty nearly eight decades after the fighting stopped, owing to the row",
        '"We will never give up the islands," Japanese protesters tell Moscow',
        'Lavrov: Japan\'s sanctions "a hostile step" that will have consequences',
        "Analysis: Is the Kuril dispute now frozen for a generation?",
     ]),

dict(id="E12-12", outlet="Al-Khabar Al-Dawli (machine translation from Arabic)", url="https://alkhabar-aldawli.example.com/asia/2023/02/07/kishida-northern-territories",
     published="2023-02-07",
     title="Kishida: Japan's position on the \"northern territories\" will not change despite the tension with Moscow",
     text="""Kishida: Japan's position on the "northern territories" will not change despite the tension with Moscow
Al-Khabar Al-Dawli | Asia | Tuesday 7 February 2023 | 14:35 Mecca time
[This content was translated automatically from Arabic]

Tokyo - Agencies

The Japanese prime minister, Fumio Kishida, said today, Tuesday, that the relations Japanese-Russian are passing in a severe situation because of the Russian aggression on Ukraine, but that the policy of his government in resolution of the issue of the territories and conclusion of a treaty of peace remains without change.

And added Kishida, in his word in front of the annual national gathering for the return of the northern territories in Tokyo, that the former residents have become advanced in age, and that the resumption of visits of the graves of their ancestors is one of the priorities of his government.

From his side, the Japanese minister of foreign affairs Yoshimasa Hayashi affirmed that the northern territories are islands over which Japan has sovereignty, and that Tokyo will not abandon demanding their return.

And in Moscow, said the official spokeswoman of the Russian foreign ministry Maria Zakharova that the Japanese events "revanchist" do not reflect the reality, and that the Kuril islands became Russian territory as a result of the Second World War.

And accused Zakharova Tokyo of "militarization" under the pretext of the Ukrainian crisis, in reference to the Japanese plans to double the military spending.

And was the Russian minister of foreign affairs Sergei Lavrov said yesterday that the West uses Ukraine as a tool in a war against Russia, and that Moscow will continue its military operation until the achievement of its goals.

It is mentioned that the Soviet Union took control of the four islands in the end of the Second World War, and Russia and Japan did not sign until now a treaty of peace between them.

Moscow had announced in March of the last year the suspension of the negotiations about the treaty of peace with Tokyo in response to the sanctions Japanese.

Read also:
- Moscow: Japan "directly participating" in the Ukrainian conflict
- Earthquake of Turkey and Syria: the number of victims passes 5000
- Japan announces new sanctions on Russian entities

Share: Facebook | Twitter | WhatsApp | Telegram""",
     expected=[
        dict(speaker="Fumio Kishida", treaty=True, snippet="the policy of his government in resolution of the issue of the territories"),
        dict(speaker="Fumio Kishida", treaty=False, snippet="the resumption of visits of the graves of their ancestors is one of the priorities"),
        dict(speaker="Yoshimasa Hayashi", treaty=True, snippet="the northern territories are islands over which Japan has sovereignty"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="the Kuril islands became Russian territory as a result of the Second World War"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False, snippet='accused Zakharova Tokyo of "militarization" under the pretext of the Ukrainian crisis'),
        dict(speaker="Sergei Lavrov", treaty=False, snippet="the West uses Ukraine as a tool in a war against Russia"),
     ],
     not_statements=[
        "the Soviet Union took control of the four islands in the end of the Second World War",
        "Moscow had announced in March of the last year the suspension of the negotiations",
        'Moscow: Japan "directly participating" in the Ukrainian conflict',
     ]),
]

ARTICLES += [
dict(id="E12-13", outlet="Bharat Samachar (machine translation from Hindi)", url="https://bharatsamachar.example.in/international/medvedev-kishida-seppuku-kuril-2023-01-16",
     published="2023-01-16",
     title="Medvedev's harsh comment on Japanese PM Kishida, said - should do 'seppuku'",
     text="""Medvedev's harsh comment on Japanese PM Kishida, said - should do 'seppuku'
Bharat Samachar | International | Updated: 16 January 2023, 10:42 AM IST
[This news is auto-translated from Hindi]

New Delhi/Moscow. The deputy chairman of the Security Council of Russia and former President Dmitry Medvedev has done a very harsh comment on the Japanese Prime Minister Fumio Kishida. Medvedev wrote on his Telegram channel that Kishida, by supporting the joint statement with the American President Joe Biden on nuclear threats, has shown servility to America, and for such shame he should perform the ritual of 'seppuku' at a cabinet meeting.

Let it be known that the joint statement of Japan and America states that any use of nuclear weapon by Russia in Ukraine would be an act of hostility against humanity.

Medvedev had earlier also said about the Kuril islands that the talks with Japan on them were always only a ritual, and that after the sanctions of Japan there is no question of any talks now.

The chief spokesperson of the Japanese government, Chief Cabinet Secretary Hirokazu Matsuno, said on the comment of Medvedev that such words are extremely inappropriate and cannot be accepted.

Answering a question of a journalist, Matsuno also said that the position of Japan on the Northern Territories, that these are the inherent territory of Japan, has not changed in any way.

When journalists asked about the post of Medvedev, the Kremlin spokesman Dmitry Peskov said that the Kremlin does not give comment on the personal posts of Medvedev.

Let it be known that Russia and Japan are not able to sign a peace treaty since the Second World War due to the dispute over four islands. Russia calls them South Kuril, while Japan calls them Northern Territories.

Experts say that the statement of Medvedev shows the increasing bitterness between Moscow and Tokyo. India has kept a balanced stance on the Russia-Ukraine war and has good relations with both countries.

Also read:
- Medvedev: "Japan's claim on Kurils is just a dream"
- Flour crisis in Pakistan, long queues in markets
- Joshimath: cracks in 700 houses, relief work continues

Follow us on Google News | WhatsApp channel

Comments
Rajesh Kumar: Medvedev has lost his mind, this is no language for a leader.
Ankit S.: The islands belong to Russia since 1945, Japan should accept.""",
     expected=[
        dict(speaker="Dmitry Medvedev", treaty=False, snippet="he should perform the ritual of 'seppuku' at a cabinet meeting"),
        dict(speaker="Dmitry Medvedev", treaty=True, snippet="the talks with Japan on them were always only a ritual"),
        dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=False, snippet="such words are extremely inappropriate and cannot be accepted"),
        dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=True, snippet="the position of Japan on the Northern Territories, that these are the inherent territory"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=False, snippet="the Kremlin does not give comment on the personal posts of Medvedev"),
     ],
     not_statements=[
        "the joint statement of Japan and America states that any use of nuclear weapon by Russia",
        "Russia and Japan are not able to sign a peace treaty since the Second World War due to the dispute",
        'Medvedev: "Japan\'s claim on Kurils is just a dream"',
        "The islands belong to Russia since 1945, Japan should accept.",
        "Experts say that the statement of Medvedev shows the increasing bitterness",
     ]),

dict(id="E12-14", outlet="Świat Wiadomości (machine translation from Polish, PAP)", url="https://swiatwiadomosci.example.pl/swiat/japonia-kuryle-2024-02-07",
     published="2024-02-07",
     title="Japan demands the return of the Kuril islands. \"We will not abandon the course\"",
     text="""Japan demands the return of the Kuril islands. "We will not abandon the course"
Świat Wiadomości | World | 07.02.2024 12:18 | PAP
[Page translated automatically from Polish]

The head of the Japanese government Fumio Kishida declared on Wednesday, that Japan will maintain the course of solving the territorial question and signing with Russia of a peace treaty, although the relations of both countries are in the worst condition for decades.

- The situation is difficult, but the policy of our government will not change - said Kishida during the annual national rally for the return of the Northern Territories in Tokyo.

Kishida assured also, that Japan will continue to support Ukraine, and that this month Tokyo will host a conference on the economic reconstruction of this country.

The minister of foreign affairs Yoko Kamikawa underlined, that the four islands are an inherent territory of Japan, over which Japan has sovereignty.

The chief secretary of the cabinet Yoshimasa Hayashi informed at a press conference, that Tokyo analyses the reports about transfers of North Korean ballistic missiles to Russia and will coordinate the reaction with the United States and South Korea.

In Moscow the spokeswoman of the MSZ of Russia Maria Zakharova stated, that the territorial claims of Japan are "null and void" and that the sovereignty of Russia over the Kurils is confirmed by the results of the war and by the UN Charter.

The Kuril islands were occupied by the USSR in 1945. Because of the dispute the two countries never signed a peace treaty. In March 2022 Moscow broke off the negotiations on the treaty.

According to a diplomatic source quoted by the agency Kyodo, Tokyo does not expect any progress on the islands in the coming years.

Read also:
- Sikorski in Kyiv: "Poland will stay with Ukraine to the end"
- Russia fortifies the Kurils. "New missile systems on Iturup"
- Storm over the Baltic, ferries cancelled

Comments (12)
Tomek_82: Japan should learn from us, Russia never gives anything back.
ewa.k: the Japanese at least have patience, 80 years of rallies""",
     expected=[
        dict(speaker="Fumio Kishida", treaty=True, snippet="Japan will maintain the course of solving the territorial question"),
        dict(speaker="Fumio Kishida", treaty=True, snippet="The situation is difficult, but the policy of our government will not change"),
        dict(speaker="Fumio Kishida", treaty=False, snippet="this month Tokyo will host a conference on the economic reconstruction"),
        dict(speaker="Yoko Kamikawa", treaty=True, snippet="the four islands are an inherent territory of Japan, over which Japan has sovereignty"),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=False, snippet="Tokyo analyses the reports about transfers of North Korean ballistic missiles"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet='the territorial claims of Japan are "null and void"'),
     ],
     not_statements=[
        "The Kuril islands were occupied by the USSR in 1945. Because of the dispute",
        "In March 2022 Moscow broke off the negotiations on the treaty.",
        "According to a diplomatic source quoted by the agency Kyodo, Tokyo does not expect any progress",
        'Sikorski in Kyiv: "Poland will stay with Ukraine to the end"',
        "Japan should learn from us, Russia never gives anything back.",
     ]),

dict(id="E12-15", outlet="Il Quotidiano Globale (machine translation from Italian, ANSA)", url="https://quotidianoglobale.example.it/esteri/2024/10/05/giappone-ishiba-trattato-pace-russia",
     published="2024-10-05",
     title="Japan, the new premier Ishiba: \"Peace treaty with Russia remains the objective\". Moscow: \"First the hostile policies\"",
     text="""Japan, the new premier Ishiba: "Peace treaty with Russia remains the objective". Moscow: "First the hostile policies"
Il Quotidiano Globale | Foreign | 05 October 2024 - 09:12 | ANSA
[Automatic translation from Italian]

TOKYO - The new Japanese prime minister Shigeru Ishiba, in his first discourse of general politics in front of the Diet, has affirmed that Japan maintains unchanged the policy to resolve the question of the territories and to conclude the treaty of peace with Russia, despite the relations "very difficult".

«Also in this situation, we will not change the course», said the premier Ishiba, according to what was referred by the agency Kyodo.

The premier has also promised to strengthen the capacity of defense of the country, while his idea of an "Asian NATO", much discussed in the past days, did not appear in the discourse.

The new minister of the Exteriors Takeshi Iwaya, on his part, has declared that Japan will continue to sustain Ukraine and to apply the sanctions against Moscow together with the partners of the G7.

From Moscow, according to the words of Peskov, spokesman of the Kremlin, any return to the talks on the treaty of peace is impossible as long as Tokyo keeps its unfriendly course; «the ball is in the field of Tokyo», he has added.

The spokeswoman of the ministry of the Exteriors Russian Maria Zakharova has criticized the proposal of Ishiba of an Asian NATO, defining it a project that would only destabilize the region.

The chief secretary of the cabinet Yoshimasa Hayashi, confirmed in the role, has said that the government follows with attention the Chinese and Russian naval manoeuvres near the Japanese archipelago.

The four islands, called Southern Kuril by Moscow and Northern Territories by Tokyo, were occupied by the Soviet Union in 1945, and the two countries have never signed a treaty of peace. Moscow has suspended the negotiations in 2022 after the Japanese sanctions.

Read also
> Japan, Ishiba elected premier: "I will open a new era"
> Zakharova: "Tokyo has chosen the confrontation"
> Nobel of the Peace, the favourites of this year

© REPRODUCTION RESERVED""",
     expected=[
        dict(speaker="Shigeru Ishiba", treaty=True, snippet="maintains unchanged the policy to resolve the question of the territories"),
        dict(speaker="Shigeru Ishiba", treaty=True, snippet="Also in this situation, we will not change the course"),
        dict(speaker="Shigeru Ishiba", treaty=False, snippet="promised to strengthen the capacity of defense of the country"),
        dict(speaker="Takeshi Iwaya", treaty=False, snippet="Japan will continue to sustain Ukraine and to apply the sanctions"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="any return to the talks on the treaty of peace is impossible"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False, snippet="a project that would only destabilize the region"),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=False, snippet="follows with attention the Chinese and Russian naval manoeuvres"),
     ],
     not_statements=[
        "were occupied by the Soviet Union in 1945, and the two countries have never signed a treaty of peace",
        "Moscow has suspended the negotiations in 2022 after the Japanese sanctions.",
        'Zakharova: "Tokyo has chosen the confrontation"',
        'Japan, Ishiba elected premier: "I will open a new era"',
     ]),

dict(id="E12-16", outlet="Pacific Frontier Review (blog roundup of Kyodo/TASS)", url="https://pacificfrontier.example.blog/p/northern-territories-day-2025",
     published="2025-02-08",
     title="Northern Territories Day 2025: same speeches, harder line from Moscow",
     text="""Pacific Frontier Review — a reader-supported blog
Northern Territories Day 2025: same speeches, harder line from Moscow
by Aiko Brennan · Feb 8, 2025 · 4 min read · 23 responses

I went to the rally in Tokyo yesterday. Smaller crowd than last year, and older too. I don't think anyone in that hall expects to see the islands returned in their lifetime. Below is the Kyodo/TASS roundup I stitched together, with my notes in brackets.

---
Prime Minister Shigeru Ishiba told the annual national rally that relations with Russia remained in a "severe state", but that Japan would hold to its policy of settling the territorial question and concluding a peace treaty.

“We will keep pushing, however long it takes,” Ishiba said. [He read this off the script, word for word.]

Foreign Minister Takeshi Iwaya said the Northern Territories are an integral part of Japan's territory and that Tokyo would keep demanding their return through diplomacy.

Iwaya also said Japan would work to secure safe fishing operations for Hokkaido fishermen through this year's talks with Moscow on salmon catches.

In Moscow, Deputy Foreign Minister Andrei Rudenko told RIA Novosti there could be no talk of a peace treaty while Tokyo pursued "an openly anti-Russian line". Russia's sovereignty over the South Kurils, he said, "is not subject to discussion".

Foreign Ministry spokeswoman Maria Zakharova condemned Japan's latest sanctions package targeting Russian banks and said Moscow would respond.

[Background from the wire:] The dispute over the four islands, seized by Soviet forces in 1945, has prevented the two countries from signing a peace treaty. Moscow suspended the treaty talks in 2022.
---

My two cents: Rudenko's line is the same one Lavrov has used since 2022. Nothing new, and nothing will move until the war ends.

Responses (23)

Sergey K. · 1d
The islands were Japanese for one century and Russian for eighty years now. Time to accept reality.
Reply · 14 likes

M. Sato · 1d
Thanks for going. My mother was born on Kunashiri and still hopes to visit her father's grave.
Reply · 9 likes

Subscribe to Pacific Frontier Review""",
     expected=[
        dict(speaker="Shigeru Ishiba", treaty=True, snippet="Japan would hold to its policy of settling the territorial question"),
        dict(speaker="Shigeru Ishiba", treaty=True, snippet="We will keep pushing, however long it takes"),
        dict(speaker="Takeshi Iwaya", treaty=True, snippet="the Northern Territories are an integral part of Japan's territory"),
        dict(speaker="Takeshi Iwaya", treaty=False, snippet="secure safe fishing operations for Hokkaido fishermen"),
        dict(speaker="Andrei Rudenko", alt=["Russian Foreign Ministry"], treaty=True, snippet="there could be no talk of a peace treaty while Tokyo pursued"),
        dict(speaker="Andrei Rudenko", alt=["Russian Foreign Ministry"], treaty=True, snippet="Russia's sovereignty over the South Kurils, he said"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False, snippet="condemned Japan's latest sanctions package targeting Russian banks"),
     ],
     not_statements=[
        "I don't think anyone in that hall expects to see the islands returned in their lifetime.",
        "The dispute over the four islands, seized by Soviet forces in 1945, has prevented the two countries",
        "Rudenko's line is the same one Lavrov has used since 2022.",
        "The islands were Japanese for one century and Russian for eighty years now.",
        "My mother was born on Kunashiri and still hopes to visit her father's grave.",
     ]),
]

ARTICLES += [
dict(id="E12-17", outlet="Asia Pacific Daily (email newsletter)", url="https://asiapacificdaily.example.com/newsletter/2025-10-25",
     published="2025-10-25",
     title="Asia Pacific Daily — Saturday, October 25, 2025",
     text="""Asia Pacific Daily
Saturday, October 25, 2025 | Issue #1,412
Read online | Share with a colleague

TODAY'S TOP STORIES

1) TAKAICHI'S FIRST POLICY SPEECH
Japan's new prime minister used her first policy address to the Diet on Friday to promise that defense spending would reach 2% of GDP within this fiscal year, two years ahead of the earlier schedule. The new premier also said her government would put "a strong economy" first, with a package to ease the cost of living by year-end.

2) RUSSIA–JAPAN: NEW CABINET, OLD DEADLOCK
Chief Cabinet Secretary Minoru Kihara, asked on Thursday whether the Takaichi government would change course on Russia, said Japan's policy of resolving the Northern Territories issue and concluding a peace treaty "remains unchanged".
Kihara added that Japan would keep its sanctions against Russia in step with the G7.
In Moscow, Kremlin spokesman Dmitry Peskov said Russia had "no illusions" about the new cabinet and saw no basis for going back to treaty talks while Tokyo kept its hostile stance.
Foreign Minister Toshimitsu Motegi, back in the post he held from 2019 to 2021, said he wanted to reaffirm the strength of the Japan–U.S. alliance ahead of President Trump's stop in Tokyo next week.
Context: Moscow froze the peace treaty talks in 2022 after Japan joined Western sanctions over the war in Ukraine; the two countries have never signed a treaty since 1945 because of the dispute over the four islands.
Our view: Nobody in either capital expects movement this year. Watch instead for fisheries talks and any resumption of grave visits.

3) TRUMP HEADS TO ASIA
The U.S. president leaves for a tour of Malaysia, Japan and South Korea, with a possible meeting with China's leader on the sidelines of APEC.

4) MARKETS
The Nikkei 225 closed at a record high for a third straight session; the yen weakened past 152 to the dollar.

READER POLL
61% of you say Japan should keep sanctions on Russia regardless of the islands. 24% say ease them for talks. 15% unsure.

Quote of the day: "Diplomacy is the art of letting someone else have your way."

You're receiving this because you subscribed to Asia Pacific Daily.
Unsubscribe | Update preferences | Advertise with us""",
     expected=[
        dict(speaker="Sanae Takaichi", treaty=False, snippet="defense spending would reach 2% of GDP within this fiscal year"),
        dict(speaker="Sanae Takaichi", treaty=False, snippet='her government would put "a strong economy" first'),
        dict(speaker="Minoru Kihara", alt=["Japanese government"], treaty=True, snippet="Japan's policy of resolving the Northern Territories issue and concluding a peace treaty"),
        dict(speaker="Minoru Kihara", alt=["Japanese government"], treaty=False, snippet="Japan would keep its sanctions against Russia in step with the G7"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="saw no basis for going back to treaty talks while Tokyo kept its hostile stance"),
        dict(speaker="Toshimitsu Motegi", treaty=False, snippet="reaffirm the strength of the Japan–U.S. alliance ahead of President Trump's stop"),
     ],
     not_statements=[
        "Moscow froze the peace treaty talks in 2022 after Japan joined Western sanctions",
        "Nobody in either capital expects movement this year.",
        "61% of you say Japan should keep sanctions on Russia regardless of the islands.",
        '"Diplomacy is the art of letting someone else have your way."',
     ]),

dict(id="E12-18", outlet="Asia News Digest (scraped copy of Kyodo)", url="https://asianewsdigest.example.net/2019/09/05/abe-putin-vladivostok-forum/amp",
     published="2019-09-05",
     title="Abe to Putin at Vladivostok forum: \"Let us fulfil our responsibility\"",
     text="""Abe to Putin at Vladivostok forum: &quot;Let us fulfil our responsibility&quot; | Asia News Digest
Posted 2019-09-05 14:02 | via Kyodo | auto-imported

VLADIVOSTOK, Russia, Sept. 5 (Kyodo) -- Japanese Prime Minister Shinzo Abe on Thursday urged Russian President Vladimir Putin to press ahead with peace treaty negotiations, telling the Eastern Economic Forum that the two leaders must &quot;fulfil our responsibility to the generations that come after us.&quot;

&quot;Vladimir, you and I share the duty
to finish this work,&quot; Abe said in his speech, adding that joint economic projects on the disputed islands, including tourism tours, had already begun to bear fruit.

The opening on Tuesday by video link of a Russian fish-processing plant on Shikotan, one of the disputed islands, drew a protest from Tokyo.

The opening on Tuesday by video link of a Russian fish-processing plant on Shikotan, one of the disputed islands, drew a protest from Tokyo.

Putin, who spoke after Abe, said Russia was not refusing anything and remained ready to work toward a treaty, but that the process needed &quot;an atmosphere of trust&quot;, which he said Japan's military alliance with the United States made harder to build.

Putin also said he welcomed India's offer of a $1 billion credit line for projects in the Russian Far East, announced at the forum by Prime Minister Narendra Modi.

In Tokyo, Chief Cabinet Secretary Yoshihide Suga told reporters the operation of the Shikotan plant was incompatible with Japan's position on the Northern Territories and that Tokyo had conveyed this to Moscow.

The two countries have not concluded a postwar peace treaty because of the dispute over the islands, which Soviet forces seized in 1945. Talks at the working level ended without agreement last month on the legal framework for the joint projects.

Kremlin spokesman Dmitry Peskov, asked about Japan's protest, said the plant &quot;is a Russian enterprise on Russian territory, and we do not see why Tokyo

[...]
Read more: asianewsdigest.example.net | Tags: abe, putin, vladivostok, kuril, EEF2019""",
     expected=[
        dict(speaker="Shinzo Abe", treaty=True, snippet="urged Russian President Vladimir Putin to press ahead with peace treaty negotiations"),
        dict(speaker="Shinzo Abe", treaty=True, snippet="Vladimir, you and I share the duty"),
        dict(speaker="Vladimir Putin", treaty=True, snippet="remained ready to work toward a treaty, but that the process needed"),
        dict(speaker="Vladimir Putin", treaty=False, snippet="welcomed India's offer of a $1 billion credit line"),
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=True, snippet="incompatible with Japan's position on the Northern Territories"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="is a Russian enterprise on Russian territory"),
     ],
     not_statements=[
        "The two countries have not concluded a postwar peace treaty because of the dispute over the islands",
        "Talks at the working level ended without agreement last month on the legal framework",
     ]),

dict(id="E12-19", outlet="reddit r/worldnews (link post, Reuters preview)", url="https://www.reddit.com/r/worldnews/comments/4i2kq7/abe_proposes_new_approach_to_kuril_islands_talks/",
     published="2016-05-07",
     title="Abe proposes \"new approach\" to Kuril islands talks at Sochi meeting with Putin",
     text="""r/worldnews
Posted by u/kuroshio_current · 6h
Abe proposes "new approach" to Kuril islands talks at Sochi meeting with Putin (reuters.com)
412 points · 187 comments · 94% upvoted
Share · Save · Hide · Report

SOCHI, Russia (Reuters) - Japanese Prime Minister Shinzo Abe proposed a "new approach" to talks on a postwar peace treaty with Russia at a meeting with President Vladimir Putin on Friday, saying negotiations should move forward free from the ideas of the past.

"We should leave behind the old thinking and look for a fresh path that both sides can walk," Abe told Japanese reporters after the talks.

Abe said his eight-point cooperation plan would bring Japanese know-how in energy, medicine and city planning to Russia.

Putin told Abe at the start of the meeting that bilateral trade had dropped sharply last year and that the two countries needed to reverse the trend.

Kremlin spokesman Dmitry Peskov said the two leaders had discussed the peace treaty one-on-one, with no aides present, and that the conversation had been "detailed".

Russian Foreign Minister Sergei Lavrov said last month that Moscow was open to dialogue with Tokyo but would not put the islands' sovereignty up for discussion.

In Tokyo, Chief Cabinet Secretary Yoshihide Suga said Abe's trip did not mean Japan was breaking ranks with its Group of Seven partners on sanctions against Russia.

The dispute over the islands, which the Soviet Union seized at the end of World War Two, has prevented the two countries from signing a peace treaty.

Continue reading on reuters.com

187 comments · sorted by: best

sakhalin_throwaway · 289 points · 5h
"New approach" = money for islands. Won't work, Russia doesn't sell land anymore.
    Reply · Share · Report
    throwaway_jp · 120 points · 5h
    Alaska would like a word.
        Reply · Share · Report

AutoModerator · 1 point · 6h · stickied
Users often report submissions from this site for misleading titles. Please read the article before commenting.

kurilfan · 56 points · 4h
So the old thinking has to go. Funny, the old thinking is all Moscow has left.
    Reply · Share · Report

load more comments (181 replies)""",
     expected=[
        dict(speaker="Shinzo Abe", treaty=True, snippet="saying negotiations should move forward free from the ideas of the past"),
        dict(speaker="Shinzo Abe", treaty=True, snippet="We should leave behind the old thinking and look for a fresh path"),
        dict(speaker="Shinzo Abe", treaty=False, snippet="bring Japanese know-how in energy, medicine and city planning to Russia"),
        dict(speaker="Vladimir Putin", treaty=False, snippet="bilateral trade had dropped sharply last year"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="the two leaders had discussed the peace treaty one-on-one"),
        dict(speaker="Sergei Lavrov", treaty=True, snippet="would not put the islands' sovereignty up for discussion"),
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=False, snippet="breaking ranks with its Group of Seven partners on sanctions"),
     ],
     not_statements=[
        "The dispute over the islands, which the Soviet Union seized at the end of World War Two",
        '"New approach" = money for islands. Won\'t work, Russia doesn\'t sell land anymore.',
        "So the old thinking has to go. Funny, the old thinking is all Moscow has left.",
     ]),

dict(id="E12-20", outlet="NewsHorizon Today (spun repost)", url="https://newshorizontoday.example.com/world/moscow-scraps-visa-free-island-visits-tokyo-slams-move/",
     published="2022-09-06",
     title="Moscow Scraps Visa-Free Island Visits, Tokyo Slams \"Unacceptable\" Move",
     text="""NewsHorizon Today | World | September 6, 2022 | By News Desk

Moscow Scraps Visa-Free Island Visits, Tokyo Slams "Unacceptable" Move

Russia has ended two pacts that let Japanese nationals, among them former residents, travel visa-free to the Kuril isles, dealing one more blow to the already frozen peace pact talks between the two nations.

A government decree signed by the Russian prime minister scrapped the 1991 and 1999 agreements on visa-free exchanges and simplified visits to the island chain.

The Russian Foreign Ministry stated that Tokyo had undermined the dialogue on the peace pact and on joint economic activities on the Southern Kurils by adopting 'unfriendly' sanctions, and that Moscow was compelled to respond.

The Japanese top diplomat Yoshimasa Hayashi remarked that the decision was extremely regrettable and could not be accepted.

He pointed out that Tokyo would keep pressing for the resumption of visits by elderly former islanders to their family graves, which have been suspended since the pandemic.

Chief Cabinet Secretary Hirokazu Matsuno underscored that Japan's basic stance of resolving the territorial issue and concluding a peace pact remained unaltered.

Maria Zakharova, the spokeswoman of the Russian top diplomat's ministry, asserted that Japan's plan to join the price cap on Russian oil would "hit Japanese consumers first.

Russia's top diplomat, for his part, opined in remarks to students last week that the island chain is "Russian land, and this is not up for debate".

The visa-free exchange programme started in 1992 and has allowed around 24,000 people to travel between Hokkaido and the contested archipelago.

Moscow and Tokyo have yet to ink a peace pact due to the territorial row over the contested archipelago, which Soviet troops seized in the final days of World War Two.

Related Stories
- Tokyo protests Russian drills on the disputed islands
- Kremlin: Japan "chose hostility", treaty talks off the table
- Top 7 things to do in Hokkaido this autumn

Tags: Russia, Japan, Kuril Islands, visa-free, Hayashi, Matsuno, Lavrov""",
     expected=[
        dict(speaker="Russian Foreign Ministry", treaty=True, snippet="Tokyo had undermined the dialogue on the peace pact and on joint economic activities"),
        dict(speaker="Yoshimasa Hayashi", treaty=None, optional=True, snippet="the decision was extremely regrettable and could not be accepted"),
        dict(speaker="Yoshimasa Hayashi", treaty=False, snippet="resumption of visits by elderly former islanders to their family graves"),
        dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=True, snippet="Japan's basic stance of resolving the territorial issue and concluding a peace pact"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False, snippet="Japan's plan to join the price cap on Russian oil"),
        dict(speaker="Sergei Lavrov", treaty=True, snippet='the island chain is "Russian land, and this is not up for debate"'),
     ],
     not_statements=[
        "A government decree signed by the Russian prime minister scrapped the 1991 and 1999 agreements",
        "The visa-free exchange programme started in 1992 and has allowed around 24,000 people",
        "Moscow and Tokyo have yet to ink a peace pact due to the territorial row",
        'Kremlin: Japan "chose hostility", treaty talks off the table',
     ]),
]
