# Hand-written English test articles for treatywatch.statements.extract_statements (round 8: speeches and long
# sessions, and the newest period 2024-2026).
# All texts are original (written for this test), loosely modelled on real events 2024-2026; events, outlets and
# phrasings differ from rounds 1-7 (tests/probe_articles_en.py ... tests/probe_articles_en7.py).
# expected: dict(speaker, treaty (True/False/None), snippet, [alt], [optional])
# not_statements: substrings that must not yield a peace_treaty=True statement.

# Half the pages (E8-01..E8-10) are long records or reports of long events in which the treaty passage is one topic
# among many:
# - en.kremlin.ru: the 2024 Eastern Economic Forum plenary (moderator Alexandra Suvorova, panellists Anwar Ibrahim
#   and Han Zheng, "retranslated"), the December 2025 "Results of the Year" (moderators Zarubin and Berezovskaya,
#   a Japanese reporter, a text message from Kunashir, a Chinese reporter);
# - mid.ru: Lavrov's news conference after the UN General Assembly high-level week (New York, 2025, Zakharova
#   moderating), a joint news conference with the Lao foreign minister (Vientiane, 2024, "retranslated from
#   Russian"), a Zakharova briefing with a table of contents (November 2025);
# - mofa.go.jp: Foreign Minister Iwaya's press conference abroad (Kuala Lumpur, 2025);
# - japan.kantei.go.jp: Ishiba's first policy speech (October 2024) and Takaichi's year-end press conference with
#   the Cabinet Public Relations Secretary calling on reporters (December 2025);
# - an embassy page: Ambassador Muto's speech at the Emperor's Birthday reception in Moscow (2025);
# - Mainichi: a report of the Japan National Press Club party leaders' debate (July 2025).
# The other half (E8-11..E8-20) are news reports 2024-2026: Kyodo, TASS, The Moscow Times, RT, The Japan Times,
# Reuters, NHK World, Nikkei Asia, The Asahi Shimbun AJW and a machine-English aggregator copy of RIA Novosti.
# Speakers named by title only, decided by the date: "the prime minister" (2024-10-02: Shigeru Ishiba, one day in
# office), "the top government spokesman/spokesperson" (2024-08-28, 2024-10-02 and 2025-08-21: Yoshimasa Hayashi;
# 2025-11-10: Minoru Kihara), "the Security Council secretary" (2024-08: Sergei Shoigu, not Patrushev), "Japan's
# ambassador in Moscow" (2025: Akira Muto), "the deputy minister" (Andrei Rudenko), "the mayor of Nemuro".
# Shapes: speeches reported in prose ("in her first policy address", "in his speech, delivered in Japanese"),
# messages read out on someone's behalf (Putin's greeting read by the Sakhalin governor, Ishiba's message read by
# minister Ito, Muneo Suzuki's message read by his secretary: the message is the sender's words, the reader speaks
# only in his own passages), quotes from Telegram posts (Medvedev, Zakharova), long answers pointing back to the
# question ("As for the peace treaty you mentioned", "I have just answered that").
# Traps: moderators and reporters retelling earlier statements in their questions (Kishida, Takaichi, Kamikawa,
# "last year you said"), a speech's background narration (the 1855 Shimoda treaty, the Noto earthquake, the
# Constitution's preamble), documents (the UN Charter, the 1956 declaration, the Act of Surrender, a defence white
# paper), the interpreter's "(retranslated)" panellists on other disputes and on the war's outcome, agency background
# (TASS, RIA, Reuters, Kyodo), events (a parade, a reprimand, a minister viewing the islands), polls (VTsIOM,
# Mainichi, Kyodo), named experts, "Read more" / "Read also" lines, page furniture and donation appeals.
# Optional: Putin's tax regime on the Kurils, remarks on Japanese politics or Taiwan, a gaffe ("closest to a foreign
# country") whose treaty bearing is disputed, former PM Hatoyama as a private person, experts, a mayor's regret;
# unnamed former islanders are left unlabelled.
ARTICLES = [
# ---------------------------------------------------------------- long records: forum, phone-in, press conferences
dict(id="E8-01", outlet="President of Russia", url="http://en.kremlin.ru/events/president/news/75021", published="2024-09-05",
     title="Plenary session of the Eastern Economic Forum",
     text="""Plenary session of the Eastern Economic Forum

Vladimir Putin took part in the plenary session of the 9th Eastern Economic Forum.

September 5, 2024
15:20
Vladivostok

The theme of this year's forum is Far East 2030: Combining Strengths to Create New Potential. Also taking part in the plenary session were Prime Minister of Malaysia Anwar Ibrahim and Vice President of the People's Republic of China Han Zheng. The session was moderated by Rossiya 24 television host Alexandra Suvorova.

* * *

(Excerpt from the transcript. The President's opening remarks are published separately.)

Alexandra Suvorova: Mr President, colleagues, let us move from the southern seas to the north-east. Our neighbour Japan will have a new prime minister within a month: Fumio Kishida has announced he will not run for re-election as party leader. Tokyo keeps repeating that it wants to "resolve the territorial issue and conclude a peace treaty", and Japanese trading houses are still in Sakhalin-2. Do you expect anything to change with a new leader in Tokyo?

Vladimir Putin: Who will head the Japanese government is for the Japanese people to decide, and I would not want to guess. Let us wait and see.

As for the peace treaty you mentioned. We did not walk away from this work. We worked on it for years, very seriously, with the late Prime Minister Abe, and there were ideas on joint economic activity on the islands. But it was Japan that joined the sanctions and with its own hands made further negotiations impossible. If they want to come back to the table, let them say so. But they should understand: the conversation will now be different, because the circumstances are different.

Alexandra Suvorova: Different in what sense?

Vladimir Putin: In every sense. We keep hearing talk about "northern territories" and an "illegal occupation". There are no northern territories. There are the Kuril Islands, which are part of the Russian Federation, and our Constitution now forbids any actions aimed at alienating Russian territory. That is all I can say on this score.

Now, about what is happening there. We have introduced a special tax regime for investors on the Kurils, with zero profit tax for twenty years, and I invite our friends, including from Malaysia and China, to take a look at it.

As for Japanese companies on Sakhalin, nobody chased them out. They stayed because it is profitable for them, and it is their choice. We will honour our obligations.

Alexandra Suvorova: Mr Prime Minister, Malaysia also has disputes over islands with its neighbours. How do you handle them?

Anwar Ibrahim (retranslated): We in ASEAN believe that all disputes over territory should be settled through negotiation, without threats or the use of force. This is the ASEAN way, and we apply it in the South China Sea.

Alexandra Suvorova: Mr Han Zheng, would you like to add something?

Han Zheng (retranslated): Next year we will mark the 80th anniversary of the victory of the Chinese people's war of resistance against Japanese aggression and of the world anti-fascist war. The outcome of that war must be respected. China and Russia will work together to uphold it.

Vladimir Putin: I fully agree with our Chinese friend.

Alexandra Suvorova: Thank you. Let us move on to logistics and the Northern Sea Route.""",
     expected=[
        dict(speaker="Vladimir Putin", treaty=False, optional=True, snippet="Who will head the Japanese government is for the Japanese people to decide"),
        dict(speaker="Vladimir Putin", treaty=True, snippet="it was Japan that joined the sanctions and with its own hands made"),
        dict(speaker="Vladimir Putin", treaty=True, snippet="the conversation will now be different, because the circumstances"),
        dict(speaker="Vladimir Putin", treaty=True, snippet="There are the Kuril Islands, which are part of the Russian Federation"),
        dict(speaker="Vladimir Putin", treaty=True, snippet="forbids any actions aimed at alienating Russian territory"),
        dict(speaker="Vladimir Putin", treaty=None, optional=True, snippet="a special tax regime for investors on the Kurils"),
        dict(speaker="Vladimir Putin", treaty=False, snippet="They stayed because it is profitable for them"),
     ],
     not_statements=['Tokyo keeps repeating that it wants to "resolve the territorial issue and conclude a peace treaty"',
                     "Fumio Kishida has announced he will not run for re-election as party leader",
                     "all disputes over territory should be settled through negotiation",
                     "The outcome of that war must be respected.",
                     "Also taking part in the plenary session were Prime Minister of Malaysia"]),

dict(id="E8-02", outlet="President of Russia", url="http://en.kremlin.ru/events/president/news/78801", published="2025-12-19",
     title="Results of the Year with Vladimir Putin",
     text="""Results of the Year with Vladimir Putin

The President answered questions from journalists and members of the public in a live broadcast combining his annual news conference and Direct Line.

December 19, 2025
12:00
Moscow, Gostiny Dvor

The programme was hosted by Yekaterina Berezovskaya and Pavel Zarubin. More than 2.5 million questions were received through the hotline, text messages, social networks and the mobile application.

* * *

(Excerpt)

Pavel Zarubin: We have been talking about Europe for quite a while. Let us turn east. I can see a sign saying "Japan". Please, go ahead.

Question: Good afternoon, Mr President. Hiroshi Kaneda, Japanese television. In October Japan got its first woman prime minister, Sanae Takaichi. In her first policy speech she said Tokyo would keep its line on resolving the territorial issue and concluding a peace treaty, even though relations are at their worst. At the same time, the Japanese government extended its sanctions again this month. Is any dialogue with her possible? And a second question, from fishermen in Hokkaido: will they be able to keep fishing near the islands next year?

Vladimir Putin: First of all, my congratulations to Ms Takaichi, even if they come a little late.

I have read what she said. But you cannot hold out one hand for a peace treaty and with the other sign one sanctions package after another and supply equipment to those who are shooting at our people. It does not work that way. And the negotiations on the treaty were stopped not by us, I want everyone to remember that.

If there is a genuine wish in Tokyo, we are ready to return to dialogue; I have said so many times. But one thing must be clear from the start: the outcome of the Second World War is not subject to revision, and Russia's sovereignty over the southern Kurils is not on the table.

Now, about fishing. Here we are pragmatists. The fishing agreements are beneficial to both sides: the Japanese pay, and our fishermen also work in their zone. The relevant agencies will agree on the quotas, and I see no reason to hurt ordinary people in Hokkaido.

Yekaterina Berezovskaya: Mr President, a year ago, at this very event, you said that Japan itself had "closed the door". Has it opened even a little since then?

Vladimir Putin: Not that I have noticed. (Laughter.) But let us see.

Yekaterina Berezovskaya: And a message has just come in from Kunashir. I will read it out: "Vladimir Vladimirovich, we were promised a new hospital in Yuzhno-Kurilsk three years ago. When will it open?" Svetlana, Yuzhno-Kurilsk.

Vladimir Putin: Svetlana, I know about this hospital. The money has been allocated, and I will ask the Government and the Governor to report to me on the deadlines. The Kurils are our land, and people there must live no worse than on the mainland: with normal roads, normal medicine and normal flights. We will definitely do this.

Pavel Zarubin: Let us take a question from our Chinese colleagues.

Question: Xinhua News Agency. Japan's prime minister has made remarks on Taiwan that caused serious concern in China. What is Russia's position?

Vladimir Putin: Our position on Taiwan is well known and has not changed: Taiwan is an inalienable part of China. As for the statements of the Japanese leadership, I would advise our Japanese colleagues to be more careful with history, especially this year, the 80th anniversary of the end of the war.""",
     expected=[
        dict(speaker="Vladimir Putin", treaty=True, snippet="you cannot hold out one hand for a peace treaty and with the other"),
        dict(speaker="Vladimir Putin", treaty=True, snippet="the negotiations on the treaty were stopped not by us"),
        dict(speaker="Vladimir Putin", treaty=True, snippet="the outcome of the Second World War is not subject to revision"),
        dict(speaker="Vladimir Putin", treaty=True, snippet="Russia's sovereignty over the southern Kurils is not on the table"),
        dict(speaker="Vladimir Putin", treaty=False, snippet="The fishing agreements are beneficial to both sides"),
        dict(speaker="Vladimir Putin", treaty=None, optional=True, snippet="Not that I have noticed."),
        dict(speaker="Vladimir Putin", treaty=None, snippet="The Kurils are our land, and people there must live no worse"),
        dict(speaker="Vladimir Putin", treaty=False, optional=True, snippet="advise our Japanese colleagues to be more careful with history"),
     ],
     not_statements=["In her first policy speech she said Tokyo would keep its line on resolving the territorial issue",
                     'you said that Japan itself had "closed the door"',
                     "the Japanese government extended its sanctions again this month",
                     "we were promised a new hospital in Yuzhno-Kurilsk three years ago",
                     "More than 2.5 million questions were received"]),

dict(id="E8-03", outlet="Ministry of Foreign Affairs of the Russian Federation", url="https://mid.ru/en/foreign_policy/news/2049871/", published="2025-09-27",
     title="Foreign Minister Sergey Lavrov's answers to media questions at a news conference following the high-level week of the 80th session of the UN General Assembly, New York, September 27, 2025",
     text="""Foreign Minister Sergey Lavrov's answers to media questions at a news conference following the high-level week of the 80th session of the UN General Assembly, New York, September 27, 2025

27 September 2025 23:40

Sergey Lavrov: Good evening. Today I spoke at the General Debate. Over the past several days we have held more than 30 bilateral meetings and taken part in events of the BRICS, the G20 and the Shanghai Cooperation Organisation. We discussed the situation around Ukraine, the Middle East, and the reform of the UN Security Council, where we support greater representation of Asia, Africa and Latin America.

Question (RIA Novosti): This week the US President called Russia a "paper tiger". How would you comment?

Sergey Lavrov: Russia is not a tiger at all; Russia is more often associated with a bear, and there are no paper bears. We are interested in continuing the contacts with Washington that began in Alaska.

Question (Kyodo): Next Saturday Japan's ruling party will elect a new leader and, in effect, a new prime minister. One of the favourites, Sanae Takaichi, has said she will "never give up" on the four islands, while another, Shinjiro Koizumi, promised to keep the door to dialogue with Moscow open. At the same time, a US Typhon missile system has been brought to Japan for exercises. Does Moscow expect any change in relations?

Sergey Lavrov: We do not interfere in the internal affairs of other countries and we do not comment on what candidates say in election campaigns. What matters is not what is said during a campaign but what a government does.

Under the last two prime ministers, the Japanese government has chosen a line of open hostility towards Russia. As long as this line continues, there is nothing to discuss in talks on a peace treaty. I would remind you that it was not us who broke off the process.

Our position on the islands is well known. The results of the Second World War are enshrined in the UN Charter, including its Article 107, and the transfer of the southern Kurils to the Soviet Union was one of those results. Tokyo signed the Charter and should respect all of it, not only the articles it likes.

As for the Typhon, the appearance of American intermediate-range missiles on Japanese territory creates a direct threat to Russia, and we will take this into account in our military planning.

Maria Zakharova: Colleagues, time is limited, one last question, please.

Question (TASS): What did you discuss with UN Secretary-General Antonio Guterres?

Sergey Lavrov: We discussed the reform of the Secretariat and the principle of impartiality of its staff, which is often violated.""",
     expected=[
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=None, optional=True, snippet="What matters is not what is said during a campaign but what a government does"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=None, snippet="the Japanese government has chosen a line of open hostility towards Russia"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="there is nothing to discuss in talks on a peace treaty"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="it was not us who broke off the process"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="the transfer of the southern Kurils to the Soviet Union was one of those results"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=False, snippet="creates a direct threat to Russia, and we will take this into account"),
     ],
     not_statements=['has said she will "never give up" on the four islands',
                     "promised to keep the door to dialogue with Moscow open",
                     "a US Typhon missile system has been brought to Japan for exercises",
                     "Next Saturday Japan's ruling party will elect a new leader",
                     "Colleagues, time is limited, one last question, please.",
                     'This week the US President called Russia a "paper tiger"']),

dict(id="E8-04", outlet="Ministry of Foreign Affairs of Japan", url="https://www.mofa.go.jp/press/kaiken/kaiken25e_000063.html", published="2025-07-11",
     title="Press Conference by Foreign Minister IWAYA Takeshi",
     text="""Press Conference by Foreign Minister IWAYA Takeshi

Friday, July 11, 2025, 6:40 p.m. Kuala Lumpur, Malaysia

Japanese Page

Opening Remarks

Minister IWAYA: I have just concluded the series of ASEAN-related Foreign Ministers' Meetings here in Kuala Lumpur. Over three days I attended the Japan-ASEAN, ASEAN Plus Three, East Asia Summit (EAS) and ASEAN Regional Forum (ARF) Foreign Ministers' Meetings, and held bilateral meetings with 14 countries and regions.
At the EAS and the ARF, where the Russian Foreign Minister was also present, I stated that Russia's aggression against Ukraine shakes the foundations of the international order not only in Europe but also in the Indo-Pacific, and that Japan would continue to support Ukraine. I also expressed grave concern over the deepening military cooperation between Russia and North Korea.

Questions and Answers

NHK, Yamaguchi: Did you have any contact with Foreign Minister Lavrov? Some Russian media report that the two of you exchanged a few words in the corridor.

Minister IWAYA: We were in the same meeting room, but I neither held talks nor exchanged words with Minister Lavrov.

Kyodo, Ishikawa: The Russian Foreign Ministry has repeatedly said there are "no conditions" for peace treaty talks with Japan and that Japan bears responsibility. What is your view of the future of Japan-Russia relations and of the territorial issue?

Minister IWAYA: Japan-Russia relations remain in a severe state because of Russia's aggression against Ukraine. Even so, the Government's policy of resolving the territorial issue and concluding a peace treaty remains unchanged. The claim that Japan is responsible for the present state of relations is entirely unacceptable; it is Russia's aggression that has brought this about.
As for the grave visits to the four northern islands, which the former residents want more than anything, we will continue to ask the Russian side strongly to resume them.

Asahi, Mori: You also met Chinese Foreign Minister Wang Yi. Did you raise the Chinese aircraft that approached Self-Defense Force planes last month?

Minister IWAYA: Yes. I conveyed our serious concern and asked that such incidents never be repeated. At the same time, we agreed to keep working towards a "mutually beneficial relationship based on common strategic interests".

(Provisional translation)

Back to Index""",
     expected=[
        dict(speaker="Takeshi Iwaya", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, snippet="shakes the foundations of the international order not only in Europe"),
        dict(speaker="Takeshi Iwaya", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, optional=True, snippet="military cooperation between Russia and North Korea"),
        dict(speaker="Takeshi Iwaya", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, optional=True, snippet="I neither held talks nor exchanged words with Minister Lavrov"),
        dict(speaker="Takeshi Iwaya", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, snippet="Japan-Russia relations remain in a severe state because of Russia's aggression"),
        dict(speaker="Takeshi Iwaya", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=True, snippet="policy of resolving the territorial issue and concluding a peace treaty remains"),
        dict(speaker="Takeshi Iwaya", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=None, snippet="The claim that Japan is responsible for the present state of relations"),
        dict(speaker="Takeshi Iwaya", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, snippet="we will continue to ask the Russian side strongly to resume them"),
     ],
     not_statements=['has repeatedly said there are "no conditions" for peace treaty talks with Japan',
                     "Some Russian media report that the two of you exchanged a few words",
                     "What is your view of the future of Japan-Russia relations and of the territorial issue?",
                     "held bilateral meetings with 14 countries and regions",
                     "I conveyed our serious concern and asked that such incidents never be repeated"]),

# ---------------------------------------------------------------- long records: speeches
dict(id="E8-05", outlet="Prime Minister's Office of Japan", url="https://japan.kantei.go.jp/102_ishiba/statement/202410/04shoshinhyomei.html", published="2024-10-04",
     title="Policy Speech by Prime Minister ISHIBA Shigeru to the 214th Session of the Diet",
     text="""Policy Speech by Prime Minister ISHIBA Shigeru to the 214th Session of the Diet

October 4, 2024
[Provisional Translation]

1. Introduction

I, ISHIBA Shigeru, have been appointed Prime Minister. Standing on this podium, I feel anew the weight of the responsibility entrusted to me. I will pursue politics that is honest with the people, explaining clearly and humbly what this Government intends to do and why.

2. Recovery from the Noto Peninsula Earthquake

It has been nine months since the Noto Peninsula Earthquake, and last month torrential rain struck the same region again. I visited the affected areas and heard the voices of people who had lost their homes for a second time. The Government will do everything to speed up reconstruction, including the establishment of a disaster management agency.

(Omitted)

5. Diplomacy and security

The Japan-U.S. Alliance is the cornerstone of Japan's diplomacy and security. I will deepen it further, while strengthening cooperation with like-minded countries such as Australia, the Republic of Korea, India and the Philippines.

With China, we will comprehensively promote a "mutually beneficial relationship based on common strategic interests", while clearly conveying what needs to be conveyed.

As for North Korea, the abductions issue is a humanitarian issue with a time constraint. I am determined to realize the return of all abductees at the earliest possible date.

Russia's aggression against Ukraine is a grave violation of international law. Japan will continue to firmly maintain sanctions against Russia and support for Ukraine. Japan-Russia relations are in a difficult situation, but we will maintain our policy of resolving the territorial issue and concluding a peace treaty. We will also give high priority to the resumption of the exchange programmes, in particular the visits by former island residents to the graves of their relatives.

(Omitted)

7. Conclusion

The Preamble of our Constitution expresses the wish of the Japanese people to occupy an honoured place in an international society striving for peace. Next year marks 80 years since the end of the war. I intend to carry on the path of a peace-loving nation while facing history squarely.

Thank you for your kind attention.

Related Links
Press Conference by Prime Minister Ishiba (October 1, 2024)""",
     expected=[
        dict(speaker="Shigeru Ishiba", alt=["Japanese government"], treaty=False, optional=True, snippet="Russia's aggression against Ukraine is a grave violation of international law"),
        dict(speaker="Shigeru Ishiba", alt=["Japanese government"], treaty=False, snippet="firmly maintain sanctions against Russia and support for Ukraine"),
        dict(speaker="Shigeru Ishiba", alt=["Japanese government"], treaty=True, snippet="we will maintain our policy of resolving the territorial issue"),
        dict(speaker="Shigeru Ishiba", alt=["Japanese government"], treaty=False, snippet="give high priority to the resumption of the exchange programmes"),
     ],
     not_statements=["It has been nine months since the Noto Peninsula Earthquake",
                     "The Preamble of our Constitution expresses the wish of the Japanese people",
                     "Next year marks 80 years since the end of the war.",
                     "the abductions issue is a humanitarian issue with a time constraint",
                     "Press Conference by Prime Minister Ishiba (October 1, 2024)"]),

dict(id="E8-06", outlet="Embassy of Japan in the Russian Federation", url="https://www.ru.emb-japan.go.jp/itpr_en/11_000001_01602.html", published="2025-02-20",
     title="Speech by Ambassador MUTO Akira at the Reception on the Occasion of the Birthday of His Majesty the Emperor",
     text="""Embassy of Japan in the Russian Federation
Home > About the Embassy > Ambassador > Speeches

Speech by Ambassador MUTO Akira at the Reception on the Occasion of the Birthday of His Majesty the Emperor

February 20, 2025

On February 19, the Embassy of Japan held a reception at the Ambassador's residence in Moscow on the occasion of the 65th birthday of His Majesty the Emperor. It was attended by about 300 guests, including representatives of the Russian Foreign Ministry, the diplomatic corps, business and cultural circles, and Japanese nationals residing in Russia. The text of the Ambassador's speech follows (the speech was delivered in Russian; English translation by the Embassy).

Distinguished guests, ladies and gentlemen,

Thank you for joining us today to celebrate the 65th birthday of His Majesty the Emperor of Japan.

This month marks 170 years since the Treaty of Commerce, Navigation and Delimitation between Japan and Russia was signed at Shimoda in February 1855. With that treaty our two countries began official relations. Since then, we have known periods of friendship as well as times of great hardship.

I must speak frankly. Today relations between Japan and Russia are in a severe state. This is the result of Russia's aggression against Ukraine, which Japan cannot accept under any circumstances. Japan has consistently called for a just and lasting peace in Ukraine.

At the same time, let me state clearly that the Government of Japan's policy of resolving the issue of the attribution of the four northern islands and concluding a peace treaty has not changed. We believe this issue should be resolved through dialogue, and we will not give up on it.

There is one matter on which I appeal to you in particular. The former residents of the islands are now on average over 88 years old. Their wish is a simple one: to visit the graves of their parents and grandparents. I sincerely ask the Russian side to allow these visits to resume as a humanitarian matter.

Despite the difficulties, human and cultural ties continue. Last autumn the Japanese Film Festival in Moscow drew more than 10,000 viewers, and young Russians continue to study the Japanese language in large numbers. The Embassy will continue to support the approximately 2,000 Japanese nationals living in Russia.

Finally, I would like to propose a toast to the health of His Majesty the Emperor and to the peace and prosperity of the peoples of Japan and Russia.

Related: Ambassador's profile | Press releases | Consular services""",
     expected=[
        dict(speaker="Akira Muto", alt=["Japanese government", "Embassy of Japan in Russia", "Japanese Foreign Ministry"], treaty=False, snippet="the result of Russia's aggression against Ukraine, which Japan cannot accept"),
        dict(speaker="Akira Muto", alt=["Japanese government", "Embassy of Japan in Russia", "Japanese Foreign Ministry"], treaty=True, snippet="four northern islands and concluding a peace treaty has not changed"),
        dict(speaker="Akira Muto", alt=["Japanese government", "Embassy of Japan in Russia", "Japanese Foreign Ministry"], treaty=True, snippet="We believe this issue should be resolved through dialogue"),
        dict(speaker="Akira Muto", alt=["Japanese government", "Embassy of Japan in Russia", "Japanese Foreign Ministry"], treaty=False, snippet="allow these visits to resume as a humanitarian matter"),
        dict(speaker="Akira Muto", alt=["Japanese government", "Embassy of Japan in Russia", "Japanese Foreign Ministry"], treaty=False, optional=True, snippet="the Japanese Film Festival in Moscow drew more than 10,000 viewers"),
     ],
     not_statements=["170 years since the Treaty of Commerce, Navigation and Delimitation",
                     "With that treaty our two countries began official relations.",
                     "It was attended by about 300 guests",
                     "the speech was delivered in Russian; English translation by the Embassy",
                     "The former residents of the islands are now on average over 88 years old."]),

dict(id="E8-07", outlet="Ministry of Foreign Affairs of the Russian Federation", url="https://mid.ru/en/foreign_policy/news/1962114/", published="2024-07-27",
     title="Foreign Minister Sergey Lavrov's statement and answers to media questions at a joint news conference with Foreign Minister of the Lao People's Democratic Republic Saleumxay Kommasith, Vientiane, July 27, 2024",
     text="""Foreign Minister Sergey Lavrov's statement and answers to media questions at a joint news conference with Foreign Minister of the Lao People's Democratic Republic Saleumxay Kommasith, Vientiane, July 27, 2024

27 July 2024 18:05

Sergey Lavrov: Ladies and gentlemen,

We have held productive talks with my friend and colleague Saleumxay Kommasith. I thanked him for the excellent organisation of the ASEAN events, as Laos chairs the association this year. We reviewed trade and investment, which are growing steadily, and cooperation in education: about 1,500 students from Laos are studying in Russia, most of them on Russian government scholarships.

Saleumxay Kommasith (retranslated from Russian): I thank Minister Lavrov for his visit and for Russia's support of the Lao chairmanship. We reaffirmed the position of Laos that territorial and other disputes in our region should be resolved peacefully, on the basis of international law and through dialogue.

Question (to both ministers, Lao National Television): How will the two countries develop cooperation in energy?

Saleumxay Kommasith (retranslated from Russian): We are interested in Russian experience in hydropower and in the peaceful use of nuclear energy.

Question (to Sergey Lavrov, Kyodo): Today, at the East Asia Summit meeting, Japanese Foreign Minister Yoko Kamikawa criticised Russia's military cooperation with North Korea. At her news conference yesterday she also said that Japan's policy of concluding a peace treaty with Russia has not changed. How do you see this?

Sergey Lavrov: I did not hear Ms Kamikawa say anything about a peace treaty in the meeting room. What I heard was the usual set of accusations, copied from Washington's instructions.

If Japan is talking about a peace treaty, then I will say once again: it was Tokyo that pulled the ground from under these negotiations when it joined the illegal sanctions and began helping the Kiev regime. We are not running away from anything, but one cannot talk about a peace treaty and at the same time call for the "strategic defeat" of Russia.

And another thing. A treaty is possible only with a Japan that pursues an independent foreign policy, not with a Japan that lets American military infrastructure spread across its territory.

As for our cooperation with the DPRK, it fully complies with international law and is not directed against third countries, including Japan.""",
     expected=[
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=None, optional=True, snippet="I did not hear Ms Kamikawa say anything about a peace treaty"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=False, optional=True, snippet="the usual set of accusations, copied from Washington's instructions"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="it was Tokyo that pulled the ground from under these negotiations"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="one cannot talk about a peace treaty and at the same time call for"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="A treaty is possible only with a Japan that pursues an independent"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=False, snippet="is not directed against third countries, including Japan"),
     ],
     not_statements=["she also said that Japan's policy of concluding a peace treaty with Russia has not changed",
                     "Japanese Foreign Minister Yoko Kamikawa criticised Russia's military cooperation",
                     "territorial and other disputes in our region should be resolved peacefully",
                     "about 1,500 students from Laos are studying in Russia",
                     "How do you see this?"]),

dict(id="E8-08", outlet="Ministry of Foreign Affairs of the Russian Federation", url="https://mid.ru/en/foreign_policy/news/2061457/", published="2025-11-13",
     title="Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, November 13, 2025",
     text="""Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, November 13, 2025

13 November 2025 13:15

Table of contents
Ukraine crisis
A Japanese minister's remark about the "closest foreign country"
Japan's plans to acquire long-range strike weapons
Answers to media questions:
Takaichi's statement in parliament on the "northern territories"
Russian-Japanese fisheries consultations for 2026

Ukraine crisis

The Kiev regime continues its terrorist attacks against civilian infrastructure in Russian regions. Over the past week, air defences shot down more than 900 drones.

A Japanese minister's remark about the "closest foreign country"

We noticed the commotion in Tokyo after Hitoshi Kikawada, the Japanese minister in charge of the so-called "northern territories", looked at the islands from Cape Nosappu on November 8 and called the place the "closest to a foreign country". The minister was promptly reprimanded by the Prime Minister and the Chief Cabinet Secretary and had to make excuses.

I would like to say this: the minister had nothing to make excuses for. For once, a member of the Japanese cabinet described the situation accurately. The South Kuril Islands are indeed foreign territory for Japan; they are an integral part of the Russian Federation, as established by the results of the Second World War.

The scolding that followed only shows how deeply revanchist thinking has taken root in today's Japanese establishment. A government that punishes its own minister for an accurate word can hardly be a partner for serious talk about a peace treaty.

Japan's plans to acquire long-range strike weapons

Tokyo is accelerating the purchase of Tomahawk missiles and the development of its own long-range weapons. We regard this as part of the remilitarisation of Japan, which poses a threat to the security of Russia's Far East, and we will take it into account.

Answers to media questions:

Question: On Monday Prime Minister Takaichi told parliament that the four islands are "inherent territory of Japan" and that her government will persistently seek their return. How would you comment?

Maria Zakharova: I have just answered that. I will only add that no amount of persistence will change the status of the islands.

Question: Will the annual consultations on salmon and trout fishing for 2026 take place, and in what format?

Maria Zakharova: The consultations will be held in the established manner; the dates are being agreed through the relevant agencies. Politics should not interfere where the livelihoods of fishermen on both sides are at stake, but we expect the Japanese side to pay in full and on time.""",
     expected=[
        dict(speaker="Hitoshi Kikawada", treaty=None, optional=True, snippet='called the place the "closest to a foreign country"'),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="The South Kuril Islands are indeed foreign territory for Japan"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="they are an integral part of the Russian Federation"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="can hardly be a partner for serious talk about a peace treaty"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False, snippet="the remilitarisation of Japan, which poses a threat to the security"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="no amount of persistence will change the status of the islands"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False, snippet="we expect the Japanese side to pay in full and on time"),
     ],
     not_statements=["The minister was promptly reprimanded by the Prime Minister and the Chief Cabinet Secretary",
                     'told parliament that the four islands are "inherent territory of Japan"',
                     "her government will persistently seek their return",
                     "Takaichi's statement in parliament on the",
                     "Over the past week, air defences shot down more than 900 drones."]),

# ---------------------------------------------------------------- long events: a debate, a press conference
dict(id="E8-09", outlet="The Mainichi", url="https://mainichi.jp/english/articles/20250703/p2a/00m/0na/012000c", published="2025-07-03",
     title="Party leaders clash over tariffs, rice and handouts in pre-election debate; Russia question draws rare consensus",
     text="""Party leaders clash over tariffs, rice and handouts in pre-election debate; Russia question draws rare consensus

July 3, 2025 (Mainichi Japan)

TOKYO -- Leaders of eight political parties faced off in a debate hosted by the Japan National Press Club on July 2, a day before the official start of campaigning for the July 20 House of Councillors election, clashing over U.S. tariffs, the soaring price of rice and whether to cut the consumption tax or hand out cash.

Prime Minister Shigeru Ishiba, president of the ruling Liberal Democratic Party, defended his plan for cash handouts of 20,000 yen per person. "A cut in the consumption tax would take a year to implement and would not help people now," he said.

Yoshihiko Noda, leader of the largest opposition Constitutional Democratic Party of Japan, countered that the tax on food should be cut to zero "for a limited period" and accused the government of "buying votes with the people's own money."

In a rare foreign policy exchange toward the end of the two-hour session, a panelist from the press club asked the leaders whether Japan should seek dialogue with Moscow if a ceasefire in Ukraine is reached, noting that U.S. President Donald Trump has been talking directly with Russian President Vladimir Putin.

Ishiba said Japan would "not rule out" contact with Russia if it helped secure a just and lasting peace, but added that there could be "no question of setting aside the Northern Territories for the sake of a deal." "Our policy of resolving the attribution of the four islands and then concluding a peace treaty has not changed in the slightest," he said.

Noda, a former prime minister who met Putin in Vladivostok in 2012, struck a similar note. "Talking to Russia is not a reward. The islands must never become a bargaining chip in somebody else's negotiations over Ukraine," he said.

Yuichiro Tamaki, head of the Democratic Party for the People, said the government should at least secure the resumption of grave visits for the aging former residents of the islands, calling it "a humanitarian question Moscow could settle tomorrow."

The other leaders did not address the question directly.

A Mainichi Shimbun opinion poll conducted June 28-29 put the Ishiba Cabinet's approval rating at 24 percent, with 40 percent of respondents saying price measures were their top concern in the election.

Russia suspended negotiations on a peace treaty with Japan in March 2022 in response to sanctions imposed by Tokyo over the invasion of Ukraine. The two countries have never signed a treaty formally ending World War II hostilities because of the dispute over the islands off Hokkaido.

(Japanese original by Political News Department)""",
     expected=[
        dict(speaker="Shigeru Ishiba", treaty=False, optional=True, snippet="A cut in the consumption tax would take a year to implement"),
        dict(speaker="Shigeru Ishiba", treaty=None, snippet='would "not rule out" contact with Russia if it helped secure a just'),
        dict(speaker="Shigeru Ishiba", treaty=True, snippet="no question of setting aside the Northern Territories for the sake of a deal"),
        dict(speaker="Shigeru Ishiba", treaty=True, snippet="resolving the attribution of the four islands and then concluding a peace treaty"),
        dict(speaker="Yoshihiko Noda", treaty=None, snippet="Talking to Russia is not a reward."),
        dict(speaker="Yoshihiko Noda", treaty=True, snippet="The islands must never become a bargaining chip"),
        dict(speaker="Yuichiro Tamaki", treaty=False, snippet="a humanitarian question Moscow could settle tomorrow"),
     ],
     not_statements=["asked the leaders whether Japan should seek dialogue with Moscow if a ceasefire",
                     "Trump has been talking directly with Russian President Vladimir Putin",
                     "put the Ishiba Cabinet's approval rating at 24 percent",
                     "Russia suspended negotiations on a peace treaty with Japan in March 2022",
                     "have never signed a treaty formally ending World War II hostilities",
                     "The other leaders did not address the question directly."]),

dict(id="E8-10", outlet="Prime Minister's Office of Japan", url="https://japan.kantei.go.jp/104_takaichi/statement/202512/17kaiken.html", published="2025-12-17",
     title="Press Conference by Prime Minister TAKAICHI Sanae",
     text="""Press Conference by Prime Minister TAKAICHI Sanae

December 17, 2025
[Provisional Translation]

[Opening Statement by Prime Minister Takaichi]

Today the extraordinary session of the Diet came to a close. I thank the members of both Houses for passing the supplementary budget, which puts into effect our comprehensive economic measures, including support for electricity and gas bills during the winter months and grants to local governments to address rising prices. (Omitted)

[Questions and Answers]

Cabinet Public Relations Secretary: We will now take questions. When I call on you, please state your name and affiliation. First, the secretary company of the press club. Please.

Reporter: Yomiuri Shimbun. Relations with China remain tense after your remarks in the Diet on a Taiwan contingency. Do you intend to retract them?

Prime Minister Takaichi: The Government's position on Taiwan remains as set out in the 1972 Japan-China Joint Communique, and there is no change to it. I will continue to seek dialogue with China at all levels.

Cabinet Public Relations Secretary: Next. The person in the third row, please.

Reporter: Hokkaido Shimbun. Negotiations led by the United States on ending the war in Ukraine appear to be moving. Some argue that once a ceasefire is agreed, Japan should reopen talks with Russia on the territorial issue, while the Russian Foreign Ministry says there is no basis for dialogue with your government. What is your view?

Prime Minister Takaichi: First, on Ukraine, Japan will continue to work closely with the G7 so that a just and lasting peace is achieved as early as possible, and we will maintain our sanctions until then.
As for Japan-Russia relations, they remain in a severe state. But the Northern Territories are islands over which Japan has sovereignty, and my government's policy of resolving the attribution of the four islands and concluding a peace treaty is firm. Last month a minister in my Cabinet made a remark that could cause misunderstanding on this point, and I cautioned him directly; I apologise once again to the former island residents for the concern it caused.
Meanwhile, the resumption of the exchange programmes, above all the grave visits, remains a top priority for me, given the advanced age of the former residents.

Cabinet Public Relations Secretary: We are running short of time, so this will be the last question.

Reporter: Nikkei. The Bank of Japan meets this week. Do you expect a rate hike?

Prime Minister Takaichi: Specific monetary policy is a matter for the Bank of Japan to decide.

Cabinet Public Relations Secretary: This concludes the press conference. Thank you.""",
     expected=[
        dict(speaker="Sanae Takaichi", alt=["Japanese government"], treaty=False, snippet="we will maintain our sanctions until then"),
        dict(speaker="Sanae Takaichi", alt=["Japanese government"], treaty=True, snippet="the Northern Territories are islands over which Japan has sovereignty"),
        dict(speaker="Sanae Takaichi", alt=["Japanese government"], treaty=True, snippet="the four islands and concluding a peace treaty is firm"),
        dict(speaker="Sanae Takaichi", alt=["Japanese government"], treaty=None, optional=True, snippet="made a remark that could cause misunderstanding on this point"),
        dict(speaker="Sanae Takaichi", alt=["Japanese government"], treaty=False, snippet="above all the grave visits, remains a top priority for me"),
     ],
     not_statements=["Japan should reopen talks with Russia on the territorial issue",
                     "the Russian Foreign Ministry says there is no basis for dialogue with your government",
                     "We will now take questions. When I call on you, please state your name",
                     "The Government's position on Taiwan remains as set out in the 1972 Japan-China Joint Communique",
                     "Today the extraordinary session of the Diet came to a close."]),

# ---------------------------------------------------------------- news 2024-2026: titles decide the speaker
dict(id="E8-11", outlet="Kyodo News", url="https://english.kyodonews.net/news/2024/10/5f1b3c2a7e1d-kremlin-cool-on-ishiba.html", published="2024-10-02",
     title="Kremlin cool on Ishiba, says treaty talks 'impossible' under current conditions",
     text="""Kremlin cool on Ishiba, says treaty talks 'impossible' under current conditions

KYODO NEWS - Oct 2, 2024 - 21:15 | World, All

MOSCOW/TOKYO - The Kremlin said Wednesday it does not expect relations with Japan to improve soon under its new leader, saying the ball is in Tokyo's court after Japan joined Western sanctions over the war in Ukraine.

"We have not seen any signals from Tokyo that would suggest a change of course," Kremlin spokesman Dmitry Peskov told reporters in Moscow, adding that bilateral ties were "at a very low point, and that was not our choice."

Asked whether Moscow was prepared to resume the stalled negotiations on a postwar peace treaty, Peskov said such talks were "impossible in the current circumstances" as long as Japan maintained what he called its unfriendly stance.

The prime minister, who took office Tuesday, said at his first press conference that night that his government would "firmly maintain the policy of resolving the territorial issue and concluding a peace treaty" with Russia. He also said Japan would keep its sanctions in place "in coordination with the Group of Seven."

Chief Cabinet Secretary Yoshimasa Hayashi, who retained his post in the new Cabinet, declined to comment directly on Peskov's remarks on Wednesday. Asked about the suspended visits by former islanders to family graves, the top government spokesman said Tokyo would "keep urging the Russian side" to allow them to resume.

Ishiba, a former defense minister, is known as a security policy expert and has floated the idea of an Asian version of NATO, which analysts say is likely to be viewed with suspicion in Moscow.

Russia unilaterally suspended the peace treaty talks in March 2022. The two countries have not signed a peace treaty because of the dispute over the Russian-held islands off Hokkaido, called the Northern Territories in Japan and the Southern Kurils in Russia.

Related coverage:
Ishiba elected Japan PM, to form Cabinet with few faction heavyweights""",
     expected=[
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=False, snippet="We have not seen any signals from Tokyo that would suggest a change of course"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=False, snippet="at a very low point, and that was not our choice"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="impossible in the current circumstances"),
        dict(speaker="Shigeru Ishiba", alt=["Japanese government"], treaty=True, snippet="firmly maintain the policy of resolving the territorial issue"),
        dict(speaker="Shigeru Ishiba", alt=["Japanese government"], treaty=False, snippet="in coordination with the Group of Seven"),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=False, snippet="keep urging the Russian side"),
     ],
     not_statements=["Russia unilaterally suspended the peace treaty talks in March 2022",
                     "called the Northern Territories in Japan and the Southern Kurils in Russia",
                     "which analysts say is likely to be viewed with suspicion in Moscow",
                     "Ishiba elected Japan PM, to form Cabinet with few faction heavyweights",
                     "the ball is in Tokyo's court after Japan joined Western sanctions"]),

dict(id="E8-12", outlet="TASS", url="https://tass.com/politics/1882345", published="2024-12-05",
     title="No conditions for peace treaty talks with Japan under current cabinet — senior Russian diplomat",
     text="""No conditions for peace treaty talks with Japan under current cabinet — senior Russian diplomat

Russian Politics & Diplomacy
December 05, 2024, 10:45 UTC+3

Moscow also notes Tokyo's growing military cooperation with the United States and NATO, Deputy Foreign Minister Andrey Rudenko said

MOSCOW, December 5. /TASS/. Russia sees no conditions for resuming talks on a peace treaty with Japan, as the new Japanese cabinet has kept its predecessor's anti-Russian course, Russian Deputy Foreign Minister Andrey Rudenko told TASS.

"Unfortunately, the government of Shigeru Ishiba has so far shown no intention of abandoning the unfriendly policy towards our country. The sanctions remain, and so does support for the Kiev regime. In such conditions, there can be no talk of a peace treaty," the deputy minister said.

According to him, Moscow also notes Tokyo's deepening military ties with Washington and NATO. "We regard the build-up of military activity near our Far Eastern borders as a threat and will draw the appropriate conclusions," Rudenko said.

At the same time, the diplomat noted that practical contacts in certain areas continue. "Consultations on fishing are held on a professional basis, and the agreements reached this year are being implemented," he said.

Asked about visits by former Japanese residents to graves on the southern Kurils, Rudenko said the issue "could be considered" if Tokyo "demonstrates a constructive approach."

Earlier, Russian Ambassador to Japan Nikolay Nozdrev told RIA Novosti that Tokyo's references to an "illegal occupation" of the islands were unacceptable, stressing that "Russia's sovereignty over the South Kurils is not subject to discussion."

Russia and Japan have been negotiating a peace treaty since the middle of the last century. The main obstacle is the ownership of the southern part of the Kuril Islands. After World War II, the whole archipelago became part of the Soviet Union, while Japan lays claim to Iturup, Kunashir, Shikotan and the Habomai islets. The Russian Foreign Ministry has repeatedly stated that Russia's sovereignty over the islands is beyond doubt. In 1956, the USSR and Japan signed a declaration in which Moscow agreed to consider handing over Shikotan and the Habomai group after a peace treaty is concluded.

Tags: Russia-Japan relations, Andrey Rudenko""",
     expected=[
        dict(speaker="Andrei Rudenko", alt=["Andrey Rudenko", "Russian Foreign Ministry"], treaty=False, snippet="has so far shown no intention of abandoning the unfriendly policy"),
        dict(speaker="Andrei Rudenko", alt=["Andrey Rudenko", "Russian Foreign Ministry"], treaty=True, snippet="In such conditions, there can be no talk of a peace treaty"),
        dict(speaker="Andrei Rudenko", alt=["Andrey Rudenko", "Russian Foreign Ministry"], treaty=False, snippet="build-up of military activity near our Far Eastern borders as a threat"),
        dict(speaker="Andrei Rudenko", alt=["Andrey Rudenko", "Russian Foreign Ministry"], treaty=False, snippet="Consultations on fishing are held on a professional basis"),
        dict(speaker="Andrei Rudenko", alt=["Andrey Rudenko", "Russian Foreign Ministry"], treaty=False, snippet='the issue "could be considered" if Tokyo'),
        dict(speaker="Nikolai Nozdrev", alt=["Nikolay Nozdrev", "Russian Foreign Ministry"], treaty=True, snippet="Russia's sovereignty over the South Kurils is not subject to discussion"),
     ],
     not_statements=["Russia and Japan have been negotiating a peace treaty since the middle of the last century",
                     "The main obstacle is the ownership of the southern part of the Kuril Islands",
                     "The Russian Foreign Ministry has repeatedly stated that Russia's sovereignty over the islands is beyond doubt",
                     "Moscow agreed to consider handing over Shikotan and the Habomai group",
                     "Tags: Russia-Japan relations, Andrey Rudenko"]),

dict(id="E8-13", outlet="The Moscow Times", url="https://www.themoscowtimes.com/2024/08/28/shoigu-says-japans-rearmament-threatens-russia-vows-kurils-will-stay-russian-a86152", published="2024-08-28",
     title="Shoigu Says Japan's Rearmament Threatens Russia, Vows Kurils Will Stay Russian",
     text="""Shoigu Says Japan's Rearmament Threatens Russia, Vows Kurils Will Stay Russian

Aug. 28, 2024

Security Council Secretary Sergei Shoigu. Kremlin.ru

News

Security Council Secretary Sergei Shoigu said Tuesday that Japan's military buildup posed a growing threat to Russia's Far East, speaking at a field meeting on national security in the Far Eastern Federal District held in Khabarovsk.

"Tokyo is steadily dismantling the post-war restrictions on its armed forces and drawing NATO into the Asia-Pacific region," Shoigu said, according to a readout published by the Security Council.

"The Kuril Islands are Russian territory, and we will not allow anyone to call this into question, whether by diplomatic or any other means," the Security Council secretary added, calling for air defenses and coastal troops on the islands to be reinforced.

Shoigu was moved to the Security Council in May after 12 years as defense minister, replacing Nikolai Patrushev, who became a presidential aide. As defense minister, Shoigu oversaw the deployment of Bastion coastal missile systems to the Kurils.

On Wednesday, Japan's top government spokesman told reporters in Tokyo that Japan's defense policy was "exclusively defense-oriented" and posed no threat to any country. He also said the Northern Territories were "an inherent part of Japan's territory" and that Tokyo would continue to seek a peace treaty through negotiations.

Japan's annual defense white paper, published in July, describes the islands as Japanese territory "illegally occupied" by Russia.

Dmitry Streltsov, a Japan scholar at the Moscow State Institute of International Relations (MGIMO), said the remarks were aimed mainly at a domestic audience. "Moscow is signaling that the territorial question is closed for as long as the current government in Tokyo stays on its course," he said.

Read more: Russia Stages Naval Drills Near Disputed Kuril Islands

A Message from The Moscow Times:
Dear readers, we are facing unprecedented challenges. Russia's Prosecutor General's Office has designated The Moscow Times as an "undesirable" organization. Support us.""",
     expected=[
        dict(speaker="Sergei Shoigu", alt=["Sergey Shoigu", "Russian Security Council"], treaty=False, snippet="dismantling the post-war restrictions on its armed forces"),
        dict(speaker="Sergei Shoigu", alt=["Sergey Shoigu", "Russian Security Council"], treaty=True, snippet="The Kuril Islands are Russian territory, and we will not allow anyone"),
        dict(speaker="Sergei Shoigu", alt=["Sergey Shoigu", "Russian Security Council"], treaty=None, optional=True, snippet="calling for air defenses and coastal troops on the islands to be reinforced"),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=False, snippet="exclusively defense-oriented"),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=True, snippet="an inherent part of Japan's territory"),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=True, snippet="would continue to seek a peace treaty through negotiations"),
        dict(speaker="Dmitry Streltsov", treaty=True, optional=True, snippet="the territorial question is closed for as long as the current government"),
     ],
     not_statements=["Shoigu was moved to the Security Council in May after 12 years as defense minister",
                     "Shoigu oversaw the deployment of Bastion coastal missile systems to the Kurils",
                     "describes the islands as Japanese territory",
                     "said the remarks were aimed mainly at a domestic audience",
                     "Russia Stages Naval Drills Near Disputed Kuril Islands",
                     "has designated The Moscow Times as an"]),

dict(id="E8-14", outlet="RT", url="https://www.rt.com/russia/623870-medvedev-kurils-victory-japan/", published="2025-09-03",
     title="'Closed forever': Medvedev marks 80 years since victory over Japan with message to Tokyo",
     text="""'Closed forever': Medvedev marks 80 years since victory over Japan with message to Tokyo

The Kuril Islands question was settled in 1945, the former Russian president has said

3 Sep, 2025 10:12

Russia's Security Council deputy chairman Dmitry Medvedev has marked the 80th anniversary of the end of World War II with a pointed message to Tokyo, insisting that the question of the Kuril Islands "was settled in 1945 and closed forever."

"Eighty years ago, Soviet soldiers returned Southern Sakhalin and the Kurils to our Motherland. Japanese politicians who still dream of 'northern territories' should reread the Act of Surrender their own government signed," Medvedev wrote on his Telegram channel on Wednesday.

He added that Japan's current push to rearm was "a road the Japanese have already travelled once, and they know very well where it ended."

September 3 is marked in Russia as the Day of Victory over Militarist Japan and the End of World War II.

In Yuzhno-Sakhalinsk, Sakhalin Region Governor Valery Limarenko read out a greeting from President Vladimir Putin to participants in the commemorations. "The liberation of Southern Sakhalin and the Kuril Islands restored historical justice, and we will never allow anyone to distort the truth about that victory," the president said in his message.

Speaking in his own words, Limarenko told the crowd that the islands were "Russian land, paid for with the blood of our soldiers," and promised new housing and a modern airport on Iturup.

Putin himself was in Beijing on Wednesday, where he attended a military parade marking the 80th anniversary of the end of the war alongside Chinese President Xi Jinping.

According to a VTsIOM survey published in August, 81% of Russians oppose handing any of the Kuril Islands to Japan under any conditions.

Tokyo lays claim to Iturup, Kunashir, Shikotan and the Habomai islets. The Japanese Instrument of Surrender was signed aboard the USS Missouri on September 2, 1945.

READ MORE: Moscow sees 'no subject' for treaty talks with hostile Tokyo""",
     expected=[
        dict(speaker="Dmitry Medvedev", treaty=True, snippet="was settled in 1945 and closed forever"),
        dict(speaker="Dmitry Medvedev", treaty=True, snippet="returned Southern Sakhalin and the Kurils to our Motherland"),
        dict(speaker="Dmitry Medvedev", treaty=True, snippet="should reread the Act of Surrender their own government signed"),
        dict(speaker="Dmitry Medvedev", treaty=False, snippet="a road the Japanese have already travelled once"),
        dict(speaker="Vladimir Putin", treaty=True, snippet="the Kuril Islands restored historical justice"),
        dict(speaker="Valery Limarenko", treaty=True, snippet="Russian land, paid for with the blood of our soldiers"),
        dict(speaker="Valery Limarenko", treaty=False, optional=True, snippet="promised new housing and a modern airport on Iturup"),
     ],
     not_statements=["September 3 is marked in Russia as the Day of Victory over Militarist Japan",
                     "he attended a military parade marking the 80th anniversary",
                     "81% of Russians oppose handing any of the Kuril Islands to Japan",
                     "The Japanese Instrument of Surrender was signed aboard the USS Missouri",
                     "Moscow sees 'no subject' for treaty talks with hostile Tokyo",
                     "Tokyo lays claim to Iturup, Kunashir, Shikotan and the Habomai islets."]),

dict(id="E8-15", outlet="The Japan Times", url="https://www.japantimes.co.jp/news/2025/11/10/japan/politics/kikawada-northern-territories-remark/", published="2025-11-10",
     title="Top government spokesman rebukes minister over 'foreign country' slip on Northern Territories",
     text="""Top government spokesman rebukes minister over 'foreign country' slip on Northern Territories

POLITICS
Nov 10, 2025
By Staff writer

The top government spokesman said Monday he had cautioned Hitoshi Kikawada, the minister in charge of the Northern Territories issue, after Kikawada described a cape facing the Russian-held islands as the spot "closest to a foreign country."

"The four northern islands are an inherent part of our country's territory. A minister responsible for this issue must choose words that leave no room for misunderstanding," Chief Cabinet Secretary Minoru Kihara told a regular news conference.

Kikawada made the remark to reporters on Saturday after viewing the islands from Cape Nosappu in Nemuro, Hokkaido, his first visit there since joining the Cabinet last month.

Appearing before the House of Representatives Budget Committee on Monday, Kikawada said his explanation had been "insufficient" and that he "naturally" regards the four islands as Japanese territory. "I will keep working on this issue, including support for the former residents, with a renewed sense of responsibility," he said.

An opposition lawmaker from the Constitutional Democratic Party of Japan asked whether the minister was fit for the post and whether the government now regarded the islands as "a foreign country."

Prime Minister Sanae Takaichi told the same committee that she had phoned Kikawada over the weekend to warn him. "The Government's position that the four northern islands belong to Japan has not changed in the slightest," she said, adding that she had asked him to "stay on and do the job properly."

In Nemuro, former islanders reacted with dismay. "We have waited 80 years. To hear this from the minister in charge hurts," said a 90-year-old man born on Shibotsu in the Habomai group.

Russia halted peace treaty negotiations with Japan in 2022 over Tokyo's sanctions on Moscow, and visits by former islanders to family graves have been suspended since 2020.

KEYWORDS
Northern Territories, Russia, Hitoshi Kikawada, Minoru Kihara, Sanae Takaichi""",
     expected=[
        dict(speaker="Hitoshi Kikawada", treaty=None, optional=True, snippet='the spot "closest to a foreign country."'),
        dict(speaker="Minoru Kihara", alt=["Japanese government"], treaty=True, snippet="The four northern islands are an inherent part of our country's territory"),
        dict(speaker="Minoru Kihara", alt=["Japanese government"], treaty=None, snippet="must choose words that leave no room for misunderstanding"),
        dict(speaker="Hitoshi Kikawada", alt=["Japanese government"], treaty=True, snippet='"naturally" regards the four islands as Japanese territory'),
        dict(speaker="Hitoshi Kikawada", alt=["Japanese government"], treaty=None, optional=True, snippet="including support for the former residents, with a renewed sense"),
        dict(speaker="Sanae Takaichi", alt=["Japanese government"], treaty=True, snippet="the four northern islands belong to Japan has not changed in the slightest"),
        dict(speaker="Sanae Takaichi", treaty=None, optional=True, snippet="stay on and do the job properly"),
     ],
     not_statements=['whether the government now regarded the islands as "a foreign country."',
                     "asked whether the minister was fit for the post",
                     "after viewing the islands from Cape Nosappu in Nemuro, Hokkaido",
                     "Russia halted peace treaty negotiations with Japan in 2022",
                     "visits by former islanders to family graves have been suspended since 2020"]),

dict(id="E8-16", outlet="Reuters", url="https://www.reuters.com/world/asia-pacific/japans-takaichi-vows-faster-defence-build-up-first-policy-speech-2025-10-24/", published="2025-10-24",
     title="Japan's Takaichi vows faster defence build-up in first policy speech",
     text="""Japan's Takaichi vows faster defence build-up in first policy speech

By Reuters
October 24, 2025 9:02 AM GMT+9 Updated

Summary
- Takaichi to hit 2% defence spending goal this fiscal year
- Pledges "responsible and proactive" fiscal policy
- Keeps Russia peace treaty goal despite "severe" ties

TOKYO, Oct 24 (Reuters) - Japanese Prime Minister Sanae Takaichi said on Friday her government would bring forward a target to raise defence spending to 2% of gross domestic product to the current fiscal year, in her first policy address to parliament since taking office on Tuesday.

"We will build a strong economy and a strong Japan that can protect its people," Takaichi told lawmakers, promising a package of measures to ease the burden of rising prices.

On China, she said Japan would seek "constructive and stable relations" while voicing concern over Beijing's military activity around Japan.

Turning to Russia, Takaichi said relations remained in a "severe" state because of the war in Ukraine, but that Tokyo would stick to "the policy of resolving the territorial issue and concluding a peace treaty." She also said Japan would continue to support Ukraine together with the Group of Seven.

Takaichi, a protege of the late former Prime Minister Shinzo Abe, is Japan's first female leader. Abe held more than two dozen meetings with Russian President Vladimir Putin in an unsuccessful bid to settle the dispute over the islands, which Russia calls the Southern Kurils.

Russia's ambassador in Tokyo, Nikolai Nozdrev, told the RIA news agency on Thursday that Moscow would judge the new government "by its deeds, not its words."

A Kyodo News poll published on Wednesday showed support for Takaichi's cabinet at more than 60%.

James Brown, a professor at Temple University's Japan campus, said the Russia passage was "essentially boilerplate," signalling no intention to reopen dialogue with Moscow for now.

(Reporting by Tokyo newsroom; Editing by Kate Mayberry)

Our Standards: The Thomson Reuters Trust Principles.""",
     expected=[
        dict(speaker="Sanae Takaichi", alt=["Japanese government"], treaty=False, optional=True, snippet="constructive and stable relations"),
        dict(speaker="Sanae Takaichi", alt=["Japanese government"], treaty=False, snippet='relations remained in a "severe" state because of the war in Ukraine'),
        dict(speaker="Sanae Takaichi", alt=["Japanese government"], treaty=True, snippet="the policy of resolving the territorial issue and concluding a peace treaty"),
        dict(speaker="Sanae Takaichi", alt=["Japanese government"], treaty=False, snippet="would continue to support Ukraine together with the Group of Seven"),
        dict(speaker="Nikolai Nozdrev", alt=["Nikolay Nozdrev", "Russian Foreign Ministry"], treaty=False, snippet="by its deeds, not its words"),
        dict(speaker="James Brown", treaty=None, optional=True, snippet="essentially boilerplate"),
     ],
     not_statements=["Keeps Russia peace treaty goal despite",
                     "Abe held more than two dozen meetings with Russian President Vladimir Putin",
                     "which Russia calls the Southern Kurils",
                     "showed support for Takaichi's cabinet at more than 60%",
                     "signalling no intention to reopen dialogue with Moscow for now",
                     "Our Standards: The Thomson Reuters Trust Principles."]),

dict(id="E8-17", outlet="NHK World-Japan", url="https://www3.nhk.or.jp/nhkworld/en/news/20250821_15/", published="2025-08-21",
     title="Japan protests Russian youth forum on Etorofu Island",
     text="""NHK WORLD-JAPAN News
Top > Politics

Japan protests Russian youth forum on Etorofu Island

Aug. 21, 2025 13:05 JST

Japan's top government spokesperson has expressed regret over an international youth forum that Russia is holding on Etorofu Island, one of the Russian-controlled islands claimed by Japan.

The forum, organized by Russian government agencies, opened on the island this week with participants from Russia and several other countries. Russian media say the event includes lectures on the history of the Kuril Islands and on the development of the region.

At a news conference on Thursday, the top government spokesperson said, "The Northern Territories are an inherent part of Japan's territory. Holding such an event there is incompatible with Japan's position and is extremely regrettable."

He said Japan has lodged a protest with Russia through diplomatic channels.

The spokesperson also said the government will continue to seek the resumption of visits by former islanders to their ancestors' graves, which have been suspended since 2020.

"We will continue to patiently pursue a solution to the territorial issue through negotiations and conclude a peace treaty," he added.

The mayor of Nemuro City in Hokkaido, which faces the islands, told NHK that residents were "deeply disappointed" to see such events held while former islanders cannot even visit the graves of their families.

A government survey released in February found that about 60 percent of people in their teens and twenties had little or no knowledge of the Northern Territories issue.

Related stories
Japan, Russia reach deal on salmon fishing in Japanese waters""",
     expected=[
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=True, snippet="The Northern Territories are an inherent part of Japan's territory."),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=None, snippet="incompatible with Japan's position and is extremely regrettable"),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=None, optional=True, snippet="Japan has lodged a protest with Russia through diplomatic channels"),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=False, snippet="the resumption of visits by former islanders to their ancestors' graves"),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=True, snippet="patiently pursue a solution to the territorial issue through negotiations"),
        dict(speaker="Masatoshi Ishigaki", alt=["Mayor of Nemuro"], treaty=None, optional=True, snippet="deeply disappointed"),
     ],
     not_statements=["The forum, organized by Russian government agencies, opened on the island this week",
                     "Russian media say the event includes lectures on the history of the Kuril Islands",
                     "had little or no knowledge of the Northern Territories issue",
                     "Japan, Russia reach deal on salmon fishing in Japanese waters",
                     "one of the Russian-controlled islands claimed by Japan"]),

dict(id="E8-18", outlet="Nikkei Asia", url="https://asia.nikkei.com/politics/international-relations/russian-envoy-in-tokyo-says-moscow-not-closing-door-but-rules-out-island-talks", published="2025-06-12",
     title="Russian envoy in Tokyo says Moscow 'not closing door' but rules out island talks",
     text="""Russian envoy in Tokyo says Moscow 'not closing door' but rules out island talks

Ambassador Nozdrev speaks at Russia Day reception as ties remain frozen

POLITICS | INTERNATIONAL RELATIONS
June 12, 2025 17:30 JST

TOKYO -- Russia's ambassador to Japan, Nikolai Nozdrev, said Wednesday that Moscow was "not closing the door" on Japan, but made clear that the territorial question was not on the table, speaking at a reception at the Russian Embassy in Tokyo marking Russia Day.

In his speech, delivered in fluent Japanese, Nozdrev said bilateral relations had "fallen to their lowest point since the war," blaming Tokyo's sanctions.

"We are ready for dialogue on the basis of equality and respect for each other's interests. But our sovereignty over the South Kurils is not a subject of negotiation, and talks on a peace treaty cannot be held while Japan pursues a hostile policy," he said.

He also praised Japanese companies that have continued to do business in Russia. "Trade has more than halved, but not everyone has left, and we remember that," he said.

The reception drew about 200 guests, far fewer than before 2022. No senior Japanese government official attended. Former Prime Minister Yukio Hatoyama, who was among the guests, told the gathering that the two countries "should not let the territorial issue freeze every channel between our peoples."

A message from upper house lawmaker Muneo Suzuki, who is campaigning in Hokkaido ahead of next month's election, was read out by his secretary. "Only dialogue will bring the islands back. Japan should return to the spirit of the 1956 Joint Declaration," Suzuki said in the message.

Under the 1956 declaration, the Soviet Union agreed to hand over Shikotan and the Habomai islets after the conclusion of a peace treaty.

Japan's Foreign Ministry declined to comment on the ambassador's speech.

Read Next
Japan trading houses keep Sakhalin-1 stakes as Moscow extends decree""",
     expected=[
        dict(speaker="Nikolai Nozdrev", alt=["Nikolay Nozdrev", "Russian Foreign Ministry"], treaty=None, snippet='"not closing the door" on Japan'),
        dict(speaker="Nikolai Nozdrev", alt=["Nikolay Nozdrev", "Russian Foreign Ministry"], treaty=False, snippet="fallen to their lowest point since the war"),
        dict(speaker="Nikolai Nozdrev", alt=["Nikolay Nozdrev", "Russian Foreign Ministry"], treaty=True, snippet="our sovereignty over the South Kurils is not a subject of negotiation"),
        dict(speaker="Nikolai Nozdrev", alt=["Nikolay Nozdrev", "Russian Foreign Ministry"], treaty=True, snippet="talks on a peace treaty cannot be held while Japan pursues a hostile policy"),
        dict(speaker="Nikolai Nozdrev", alt=["Nikolay Nozdrev", "Russian Foreign Ministry"], treaty=False, snippet="Trade has more than halved, but not everyone has left"),
        dict(speaker="Yukio Hatoyama", treaty=None, optional=True, snippet="should not let the territorial issue freeze every channel"),
        dict(speaker="Muneo Suzuki", treaty=True, snippet="Only dialogue will bring the islands back."),
        dict(speaker="Muneo Suzuki", treaty=True, snippet="Japan should return to the spirit of the 1956 Joint Declaration"),
     ],
     not_statements=["the Soviet Union agreed to hand over Shikotan and the Habomai islets",
                     "was read out by his secretary",
                     "No senior Japanese government official attended.",
                     "Japan's Foreign Ministry declined to comment on the ambassador's speech.",
                     "Japan trading houses keep Sakhalin-1 stakes as Moscow extends decree"]),

dict(id="E8-19", outlet="The Asahi Shimbun", url="https://www.asahi.com/ajw/articles/15976321", published="2025-08-24",
     title="Ishiba message vows 'unwavering' stance on northern isles at Nemuro rally",
     text="""Ishiba message vows 'unwavering' stance on northern isles at Nemuro rally

August 24, 2025 at 17:40 JST

NEMURO, Hokkaido--A message from Prime Minister Shigeru Ishiba was read aloud at a rally here on Aug. 23 calling for the return of the Northern Territories, as hopes fade among aging former islanders of ever setting foot on their home islands again.

"However difficult the present situation, the government's stance of resolving the attribution of the four northern islands and concluding a peace treaty will not waver," the prime minister said in the message, which was read by Yoshitaka Ito, minister in charge of Northern Territories affairs.

Speaking on his own behalf, Ito, a Lower House member whose constituency includes Nemuro, said he "cannot accept" that former residents are unable even to visit their ancestors' graves. "I will use every opportunity to press Russia to resume the grave visits," he said. "The islands are part of Japan, and nobody knows that better than the people of Nemuro."

Hokkaido Governor Naomichi Suzuki told the gathering that the fishing agreements with Russia "must be maintained so that fishermen here can work safely."

Japan's ambassador in Moscow met Russian Deputy Foreign Minister Andrei Rudenko on Aug. 20 and again asked that the grave visits be allowed to resume, according to the Foreign Ministry. Rudenko replied that Tokyo's "hostile policy" made that impossible, the Russian side said.

About 5,300 former residents are still alive, with an average age of 89. The rally, organized by the city and the League of Residents of Chishima and Habomai Islands, drew about 400 people.

"I want to stand on Shikotan once more before I die, even if only for a day," said an 88-year-old woman who fled the island as a child.

A Cabinet Office survey released this year found that fewer than 40 percent of respondents aged 18 to 29 knew the issue well.

The Soviet Union seized the four islands in the closing days of World War II in 1945.

(This article was written by Staff Writer of The Asahi Shimbun.)""",
     expected=[
        dict(speaker="Shigeru Ishiba", alt=["Japanese government"], treaty=True, snippet="concluding a peace treaty will not waver"),
        dict(speaker="Yoshitaka Ito", alt=["Japanese government"], treaty=False, snippet="I will use every opportunity to press Russia to resume the grave visits"),
        dict(speaker="Yoshitaka Ito", alt=["Japanese government"], treaty=True, snippet="The islands are part of Japan, and nobody knows that better"),
        dict(speaker="Naomichi Suzuki", treaty=False, snippet="must be maintained so that fishermen here can work safely"),
        dict(speaker="Akira Muto", alt=["Japanese Foreign Ministry", "Japanese government"], treaty=False, snippet="again asked that the grave visits be allowed to resume"),
        dict(speaker="Andrei Rudenko", alt=["Andrey Rudenko", "Russian Foreign Ministry"], treaty=False, snippet="made that impossible, the Russian side said"),
        dict(speaker="Yoshitaka Ito", alt=["Japanese government"], treaty=False, optional=True, snippet='said he "cannot accept" that former residents are unable'),
     ],
     not_statements=["which was read by Yoshitaka Ito, minister in charge of Northern Territories affairs",
                     "About 5,300 former residents are still alive, with an average age of 89.",
                     "fewer than 40 percent of respondents aged 18 to 29 knew the issue well",
                     "The Soviet Union seized the four islands in the closing days of World War II",
                     "The rally, organized by the city and the League of Residents"]),

dict(id="E8-20", outlet="RuNews24 (machine translation from Russian)", url="https://ru-news24.online/en/politics/zakharova-responded-to-takaichi-northern-territories-208345.html", published="2026-02-08",
     title='Zakharova responded to the words of Takaichi about the "northern territories"',
     text="""NEWS | Politics | World | 08.02.2026 11:42 | Views: 1 207 | Comments: 4

Zakharova responded to the words of Takaichi about the "northern territories"

MOSCOW, 8 Feb - RIA Novosti. The official representative of the MFA of Russia Maria Zakharova in her Telegram-channel commented on the speech of the Prime Minister of Japan Sanae Takaichi on the so-called "Day of the northern territories".

"Madam Prime Minister again told about "northern territories". We remind: such territories on the map do not exist. There are the South Kurils, integral part of the Russian Federation, and this question is closed," wrote Zakharova.

According to her, Tokyo "instead of the revanchist slogans should think, why the relations fell to the lowest point in the post-war history". "And about the peace treaty with a country, which supplies the Kiev regime, it is senseless to speak," added the diplomat.

Before, Takaichi on the national rally in Tokyo on Saturday declared, that Japan will "persistently" conduct negotiations for the return of the four islands and that her government "will never give up" this issue.

The press-secretary of the president Dmitriy Peskow in the same time told to the journalist Pavel Zarubin, that the Kremlin "does not see preconditions" for contacts on the highest level with Tokyo at present.

Russia and Japan during many decades conduct negotiations about the peace treaty. The stumbling block is the question of the belonging of the southern part of the Kuril islands. In March 2022 Russia refused to continue the negotiations, having noted the unfriendly actions of Tokyo.

Read also: Lavrov named the condition for the resumption of the dialogue with Tokyo

Read also: On Iturup opened the new school for 600 pupils

#Japan #Kuriles #Zakharova #Takaichi

Share: VK | OK | Telegram
All rights reserved. At the use of the materials the hyperlink is obligatory.

Zakharova responded to the words of Takaichi about the "northern territories"
Source: RIA Novosti""",
     expected=[
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="such territories on the map do not exist"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="integral part of the Russian Federation, and this question is closed"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False, snippet="why the relations fell to the lowest point in the post-war history"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="about the peace treaty with a country, which supplies the Kiev regime"),
        dict(speaker="Sanae Takaichi", alt=["Japanese government"], treaty=True, snippet='"persistently" conduct negotiations for the return of the four islands'),
        dict(speaker="Sanae Takaichi", alt=["Japanese government"], treaty=True, snippet='her government "will never give up" this issue'),
        dict(speaker="Dmitry Peskov", alt=["Kremlin", "Dmitriy Peskow"], treaty=False, snippet="does not see preconditions"),
     ],
     not_statements=["during many decades conduct negotiations about the peace treaty",
                     "The stumbling block is the question of the belonging of the southern part",
                     "In March 2022 Russia refused to continue the negotiations",
                     "Lavrov named the condition for the resumption of the dialogue with Tokyo",
                     "On Iturup opened the new school for 600 pupils",
                     "Views: 1 207 | Comments: 4"]),
]
