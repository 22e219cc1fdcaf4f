# Probe articles, English, round 18: interviews and Q&A pages.
#
# Statements that reach the reader as answers to questions: "Q:"/"A:" lines, bold-style names with a colon
# ("NIKKEI:", "Galuzin:"), "Question:"/"Answer:", TASS-style dashes, a lead summary in the writer's words followed
# by an edited Q&A, a moderator with panelists and audience questions (CSIS, Valdai Club), MOFA and Russian MFA
# English transcripts, a podcast transcript with played clips, an interview excerpt inside a news story, and a
# Diplomat-style interview where questions stand as plain paragraphs without a label.  2012-2026.
#
# Speakers: Gemba, Afanasiev, Kishida (as foreign minister), Abe, Suga, Putin, Lavrov, Kono, Galuzin, Limarenko,
# Kato, Kozuki, Matsuno, Hayashi, Zakharova, Rudenko, Nozdrev, Ishiba, Iwaya, Muto, Takaichi, Peskov, Motegi,
# Russian Foreign Ministry; a former Japanese diplomat speaking as a private person (optional).
#
# Traps: interviewers' questions (also when they assert facts or quote officials), editor's notes ("This interview
# has been edited for length and clarity."), bios ("About the interviewee"), "Read more"/"Related" lists, background
# paragraphs, documents (1956 Declaration), think-tank scholars and panelists, a panelist's question to another
# panelist, audience questions, applause and music notes, podcast hosts, photo captions, headlines.
ARTICLES = []
ARTICLES += [
dict(id="E18-01", outlet="Kyodo",
     url="https://english.kyodonews.jp/news/2012/08/178214.html",
     published="2012-08-24",
     title="INTERVIEW: Gemba vows to keep pressing Russia on islands despite Medvedev visit",
     text="""KYODO NEWS
Home | National | Politics | Business | World | Sports

INTERVIEW: Gemba vows to keep pressing Russia on islands despite Medvedev visit

TOKYO, Aug. 24, 2012 -- Kyodo

Foreign Minister Koichiro Gemba said Friday that Japan will keep pushing Russia to negotiate over the sovereignty of the four islands off Hokkaido, even though Prime Minister Dmitry Medvedev's trip to one of them last month has clouded the outlook for talks.

Speaking to Kyodo News ahead of next month's Asia-Pacific Economic Cooperation forum in Vladivostok, Gemba said he wanted Prime Minister Yoshihiko Noda and President Vladimir Putin to use their planned meeting there to confirm a common will to settle the dispute.

Medvedev visited Kunashir on July 3, his second trip to the Russian-held islands after a visit as president in November 2010. The Russian Foreign Ministry said at the time that Medvedev was travelling on Russian soil and needed no one's approval to visit any part of his own country.

The interview was conducted in Japanese. The following are excerpts, translated and edited by Kyodo News.

Q: Mr. Medvedev set foot on Kunashir again in July. Doesn't that prove Moscow has no intention of negotiating at all?

A: The visit was deeply regrettable and it hurt the feelings of the Japanese people. I conveyed that clearly to the Russian side. But we should not be the ones who close the door. When I met Foreign Minister Lavrov in Sochi in July, we agreed to continue the talks in a calm atmosphere, and I intend to hold Russia to that.

Q: What concrete result do you expect from the leaders in Vladivostok?

A: The most important thing is that the two leaders confirm a shared determination to solve the question of which country the four islands belong to and then to conclude a peace treaty. Japan's position that the four northern islands are an inherent part of our territory has not changed, and it will not change.

Q: Russian officials say the islands became Russian legally after World War II and that this is not up for discussion.

A: I cannot accept that argument in any way. We will keep explaining our legal and historical position patiently at every level.

Q: Is there room for economic cooperation while the territorial question is unresolved?

A: Russia is our neighbor and has abundant natural gas, and since the Fukushima nuclear accident Japan has needed to diversify its energy sources. I hope the liquefied natural gas project near Vladivostok, in which Japanese companies are taking part, will make steady progress.

Q: South Korean President Lee Myung-bak visited Takeshima this month, and activists from Hong Kong landed on the Senkakus. Is Japan being tested on several fronts at once?

A: Each case is different. On Takeshima, we intend to propose to South Korea that the matter be taken to the International Court of Justice, because we want a peaceful solution based on international law. As for the Senkaku Islands, there is no territorial issue to be resolved, and we will deal with illegal landings strictly under Japanese law.

Japan claims the islands of Etorofu, Kunashiri, Shikotan and the Habomai islet group, which Soviet troops seized in the final days of World War II. The dispute has kept the two countries from signing a postwar peace treaty.

Under a 1956 joint declaration, the Soviet Union agreed to hand over Shikotan and the Habomai islets after the conclusion of a peace treaty.

Related coverage:
Medvedev visits disputed isle again, Japan lodges protest
Gemba, Lavrov agree to keep talks calm in Sochi meeting
Noda to meet Putin on APEC sidelines

(c) Kyodo News. All rights reserved.""",
     expected=[
        dict(speaker="Koichiro Gemba", alt=["Japanese Foreign Ministry"], treaty=True,
             snippet="Japan will keep pushing Russia to negotiate over the sovereignty of the four islands off Hokkaido"),
        dict(speaker="Koichiro Gemba", alt=["Japanese Foreign Ministry"], treaty=True,
             snippet="to use their planned meeting there to confirm a common will to settle the dispute"),
        dict(speaker="Russian Foreign Ministry", treaty=True,
             snippet="Medvedev was travelling on Russian soil and needed no one's approval to visit any part of his own country"),
        dict(speaker="Koichiro Gemba", treaty=True,
             snippet="we agreed to continue the talks in a calm atmosphere, and I intend to hold Russia to that"),
        dict(speaker="Koichiro Gemba", treaty=True,
             snippet="solve the question of which country the four islands belong to and then to conclude a peace treaty"),
        dict(speaker="Koichiro Gemba", treaty=True,
             snippet="Japan's position that the four northern islands are an inherent part of our territory has not changed"),
        dict(speaker="Koichiro Gemba", treaty=True, optional=True,
             snippet="I cannot accept that argument in any way. We will keep explaining our legal and historical position"),
        dict(speaker="Koichiro Gemba", treaty=False,
             snippet="since the Fukushima nuclear accident Japan has needed to diversify its energy sources"),
        dict(speaker="Koichiro Gemba", treaty=False,
             snippet="propose to South Korea that the matter be taken to the International Court of Justice"),
        dict(speaker="Koichiro Gemba", treaty=False,
             snippet="we will deal with illegal landings strictly under Japanese law"),
     ],
     not_statements=[
        "Doesn't that prove Moscow has no intention of negotiating at all?",
        "Russian officials say the islands became Russian legally after World War II and that this is not up for discussion.",
        "Medvedev visited Kunashir on July 3, his second trip to the Russian-held islands",
        "Japan claims the islands of Etorofu, Kunashiri, Shikotan and the Habomai islet group",
        "the Soviet Union agreed to hand over Shikotan and the Habomai islets after the conclusion of a peace treaty",
        "The interview was conducted in Japanese. The following are excerpts, translated and edited by Kyodo News.",
        "Gemba, Lavrov agree to keep talks calm in Sochi meeting",
        "INTERVIEW: Gemba vows to keep pressing Russia on islands despite Medvedev visit",
     ]),

dict(id="E18-02", outlet="The Japan Times",
     url="https://www.japantimes.co.jp/news/2013/04/25/national/politics-diplomacy/russian-envoy-sees-abe-visit-as-chance-to-restart-island-talks/",
     published="2013-04-25",
     title="Russian envoy sees Abe visit as chance to restart island talks",
     text="""The Japan Times
NEWS | NATIONAL | POLITICS & DIPLOMACY

Russian envoy sees Abe visit as chance to restart island talks

by Kenta Morishita
Staff Writer
Apr 25, 2013

Prime Minister Shinzo Abe's trip to Moscow next week, the first official visit by a Japanese leader in a decade, gives both countries a real chance to revive stalled negotiations on a peace treaty, Russia's ambassador to Japan says.

In an interview with The Japan Times at the Russian Embassy in Tokyo's Azabudai district, Ambassador Evgeny Afanasiev said Moscow was ready to "give fresh energy" to the talks, but warned that Tokyo should not expect Russia to abandon its view that the islands became Soviet territory legitimately at the end of the war.

Afanasiev, a veteran Asia hand who arrived in Tokyo last autumn, also said he hoped energy deals would be high on the agenda when Abe meets President Vladimir Putin on Monday.

Excerpts from the interview follow. This interview has been edited for length and clarity.

Q: Japan wants all four islands back, and Russia says all four are Russian. Where is the room for compromise?

A: Compromise means that both sides step back from their maximum positions. President Putin spoke last year about a "hikiwake," a draw in which neither side is defeated. That idea remains on the table, and we hope Prime Minister Abe will come to Moscow ready to discuss it seriously.

Q: What does Russia regard as the starting point?

A: We proceed from the fact that the islands became part of the Soviet Union lawfully, as a result of World War II. This is the foundation from which any discussion of a peace treaty has to begin. At the same time, the 1956 declaration was ratified by both parliaments, and we do not disown our obligations under it.

Q: Foreign Minister Sergey Lavrov said in January that Japan would first have to accept the outcome of the war. Isn't that a precondition that makes talks pointless?

A: It is not a precondition, it is a statement of historical reality. Talks are never pointless when both leaders want them to succeed.

Q: What about the economy?

A: Japanese companies have shown strong interest in the LNG plant planned near Vladivostok, and we would welcome their participation. Russia can become a stable supplier of energy to Japan for decades, especially now that Japan's nuclear plants are idle.

Q: And people-to-people ties?

A: We would like to see visa procedures for businesspeople, students and tourists simplified on both sides. Too few Japanese tourists come to Russia, and they do not know what they are missing.

Q: North Korea conducted a nuclear test in February. Do Moscow and Tokyo see the threat the same way?

A: Russia does not and will not accept a nuclear status for North Korea. We believe the six-party talks remain the right format to solve this problem.

About the interviewee: Evgeny Afanasiev became Russia's ambassador to Japan in 2012. A graduate of the Moscow State Institute of International Relations, he has served in China, the United States and South Korea and headed the Foreign Ministry's Second Asian Department.

The four islands, known in Japan as the Northern Territories and in Russia as the Southern Kurils, were seized by Soviet forces in 1945. Some 17,000 Japanese residents were later expelled.

READ MORE
Abe to seek new start on Russia ties in Moscow
Putin's 'hikiwake' remark raises hopes in Tokyo
Russian LNG seen as option as reactors stay idle""",
     expected=[
        dict(speaker="Evgeny Afanasiev", alt=["Yevgeny Afanasyev", "Russian Embassy in Japan"], treaty=True,
             snippet="gives both countries a real chance to revive stalled negotiations on a peace treaty"),
        dict(speaker="Evgeny Afanasiev", alt=["Yevgeny Afanasyev"], treaty=True,
             snippet="Tokyo should not expect Russia to abandon its view that the islands became Soviet territory legitimately"),
        dict(speaker="Evgeny Afanasiev", alt=["Yevgeny Afanasyev"], treaty=False,
             snippet="he hoped energy deals would be high on the agenda when Abe meets President Vladimir Putin on Monday"),
        dict(speaker="Evgeny Afanasiev", alt=["Yevgeny Afanasyev"], treaty=True,
             snippet="That idea remains on the table, and we hope Prime Minister Abe will come to Moscow ready to discuss it"),
        dict(speaker="Evgeny Afanasiev", alt=["Yevgeny Afanasyev"], treaty=True,
             snippet="We proceed from the fact that the islands became part of the Soviet Union lawfully, as a result of World War II."),
        dict(speaker="Evgeny Afanasiev", alt=["Yevgeny Afanasyev"], treaty=True,
             snippet="the 1956 declaration was ratified by both parliaments, and we do not disown our obligations under it"),
        dict(speaker="Evgeny Afanasiev", alt=["Yevgeny Afanasyev"], treaty=True, optional=True,
             snippet="It is not a precondition, it is a statement of historical reality."),
        dict(speaker="Evgeny Afanasiev", alt=["Yevgeny Afanasyev"], treaty=False,
             snippet="Japanese companies have shown strong interest in the LNG plant planned near Vladivostok"),
        dict(speaker="Evgeny Afanasiev", alt=["Yevgeny Afanasyev"], treaty=False,
             snippet="visa procedures for businesspeople, students and tourists simplified on both sides"),
        dict(speaker="Evgeny Afanasiev", alt=["Yevgeny Afanasyev"], treaty=False,
             snippet="Russia does not and will not accept a nuclear status for North Korea."),
     ],
     not_statements=[
        "Japan wants all four islands back, and Russia says all four are Russian.",
        "Foreign Minister Sergey Lavrov said in January that Japan would first have to accept the outcome of the war.",
        "Isn't that a precondition that makes talks pointless?",
        "Excerpts from the interview follow. This interview has been edited for length and clarity.",
        "About the interviewee: Evgeny Afanasiev became Russia's ambassador to Japan in 2012.",
        "were seized by Soviet forces in 1945. Some 17,000 Japanese residents were later expelled",
        "Putin's 'hikiwake' remark raises hopes in Tokyo",
        "Russian envoy sees Abe visit as chance to restart island talks",
     ]),
]
ARTICLES += [
dict(id="E18-03", outlet="Kommersant",
     url="https://www.kommersant.ru/doc/3167405?lang=en",
     published="2016-12-12",
     title="\"We do not expect everything to be solved in one meeting\"",
     text="""Kommersant
English edition | Politics | Economy | World

"We do not expect everything to be solved in one meeting"
Japanese Foreign Minister Fumio Kishida on Vladimir Putin's visit to Japan

12.12.2016

Vladimir Putin arrives in Japan on Thursday for talks with Prime Minister Shinzo Abe in Nagato, Mr. Abe's home prefecture, and in Tokyo. On the eve of the visit, Japanese Foreign Minister Fumio Kishida answered questions from Kommersant's correspondent Pavel Ostrovsky.

Kommersant: Expectations in Japan were very high a few months ago, and now Japanese newspapers write that there will be no breakthrough on the islands. What has changed?

Fumio Kishida: Nothing has changed in our approach. We want the summit in Nagato to move the negotiations on a peace treaty forward, but nobody expects a problem that has remained unsolved for more than seventy years to be settled in a single meeting. What matters is that the leaders talk frankly, face to face, about how to reach a solution that both peoples can accept.

Kommersant: Moscow says it is ready to discuss joint economic activity on the southern Kurils. Is Tokyo ready too?

Fumio Kishida: We are ready to consider joint economic activity on the four islands under a special arrangement that does not harm the legal position of either side, as a step toward a peace treaty. It must not be carried out on the basis of Russian law, because that would contradict our position.

Kommersant: Many in Moscow believe Tokyo cannot decide anything on Russia without asking Washington first.

Fumio Kishida: Japan decides its policy toward Russia itself. Our alliance with the United States is the cornerstone of our security, but it is not aimed at any third country.

Kommersant: What will the prime minister and the president sign in Tokyo?

Fumio Kishida: We expect a large number of documents under the eight-point cooperation plan that Prime Minister Abe proposed in Sochi in May, in areas such as energy, medicine, urban infrastructure and small and medium-sized businesses. Japanese companies want to work in Russia, and the government will support them.

Kommersant: Japan has not lifted its sanctions over Crimea. Is that compatible with the economic plan?

Fumio Kishida: Our position on Ukraine has not changed, and we continue to act in unity with the G7. At the same time, dialogue with Russia is necessary precisely because there are problems between us.

Kommersant: And Syria?

Fumio Kishida: We are deeply concerned about the humanitarian situation in Aleppo. Civilians must be protected, and humanitarian aid must be allowed to reach them without delay.

Editor's note: the interview was conducted in writing. Translated from Russian by Kommersant's English service.

Background: in the 1956 Joint Declaration the Soviet Union agreed to transfer Shikotan and the Habomai islands to Japan after a peace treaty was signed. Japan also claims Iturup and Kunashir.

Also on this topic:
Putin to bring a large business delegation to Tokyo
Why Nagato: the prime minister's home town prepares for the Russian guest
Kurils residents wary of "joint activity" talk

Share: VK | Facebook | Twitter""",
     expected=[
        dict(speaker="Fumio Kishida", alt=["Japanese Foreign Ministry"], treaty=True,
             snippet="We want the summit in Nagato to move the negotiations on a peace treaty forward"),
        dict(speaker="Fumio Kishida", alt=["Japanese Foreign Ministry"], treaty=True,
             snippet="how to reach a solution that both peoples can accept"),
        dict(speaker="Fumio Kishida", alt=["Japanese Foreign Ministry"], treaty=True,
             snippet="under a special arrangement that does not harm the legal position of either side, as a step toward a peace treaty"),
        dict(speaker="Fumio Kishida", alt=["Japanese Foreign Ministry"], treaty=True,
             snippet="It must not be carried out on the basis of Russian law, because that would contradict our position."),
        dict(speaker="Fumio Kishida", alt=["Japanese Foreign Ministry"], treaty=False, optional=True,
             snippet="Japan decides its policy toward Russia itself. Our alliance with the United States is the cornerstone"),
        dict(speaker="Fumio Kishida", alt=["Japanese Foreign Ministry"], treaty=False,
             snippet="eight-point cooperation plan that Prime Minister Abe proposed in Sochi in May"),
        dict(speaker="Fumio Kishida", alt=["Japanese Foreign Ministry"], treaty=False,
             snippet="Our position on Ukraine has not changed, and we continue to act in unity with the G7."),
        dict(speaker="Fumio Kishida", alt=["Japanese Foreign Ministry"], treaty=False,
             snippet="We are deeply concerned about the humanitarian situation in Aleppo."),
     ],
     not_statements=[
        "now Japanese newspapers write that there will be no breakthrough on the islands",
        "Moscow says it is ready to discuss joint economic activity on the southern Kurils. Is Tokyo ready too?",
        "Many in Moscow believe Tokyo cannot decide anything on Russia without asking Washington first.",
        "Editor's note: the interview was conducted in writing.",
        "the Soviet Union agreed to transfer Shikotan and the Habomai islands to Japan after a peace treaty was signed",
        "Kurils residents wary of \"joint activity\" talk",
        "We do not expect everything to be solved in one meeting",
     ]),

dict(id="E18-04", outlet="NHK World",
     url="https://www3.nhk.or.jp/nhkworld/en/news/20181115_21/",
     published="2018-11-15",
     title="Abe: Talks with Russia to be based on 1956 declaration",
     text="""NHK WORLD-JAPAN
News | Japan | World | Business | Video

Abe: Talks with Russia to be based on 1956 declaration

Nov. 15, 2018 18:20 JST

Japanese Prime Minister Shinzo Abe has explained why he agreed with Russian President Vladimir Putin to speed up peace treaty negotiations on the basis of a joint declaration signed by the two countries in 1956.

Abe and Putin met on Wednesday evening on the sidelines of the ASEAN-related summits in Singapore. It was their 23rd meeting.

On Thursday, Abe held a news conference before leaving Singapore. The following are his answers to questions on Russia and other topics, as translated by NHK.

Question: Why did you choose the 1956 declaration as the basis now? Does that mean Japan has given up on the return of all four islands?

Answer: President Putin and I share a strong will not to leave this issue to the next generation, and we want to put an end to it ourselves. That is why we agreed to accelerate the negotiations on the basis of the 1956 declaration, the only document signed and ratified by both parliaments after the war. Japan's basic position, that we will resolve the territorial issue and then conclude a peace treaty, is unchanged.

Question: The declaration speaks only of two islands.

Answer: I will not go into the details of the negotiations here. I understand that former residents and the people of Hokkaido are watching closely, and I will move forward while gaining their understanding.

Question: What about the Japan-U.S. security arrangements, which Russia has raised as a concern?

Answer: This too is a matter for negotiation, so I will refrain from commenting. What I can say is that our alliance with the United States remains the foundation of Japan's security policy.

Question: Trade tensions between the United States and China cast a shadow over this summit. What is Japan's role?

Answer: Japan will continue to fly the flag of free trade. We aim to reach an agreement on the Regional Comprehensive Economic Partnership next year and to build free and fair rules for the region.

Putin, speaking to reporters in Singapore on Thursday, said the 1956 declaration does not say under whose sovereignty the islands would be handed over or on what terms, and that this would require serious discussion.

In Tokyo, Chief Cabinet Secretary Yoshihide Suga told reporters that the government's position that the four islands belong to Japan had not changed.

Under the 1956 declaration, the Soviet Union agreed to transfer Shikotan and the Habomai islets to Japan after a peace treaty is concluded. Japan has demanded the return of all four islands seized by Soviet forces in 1945.

Former residents of the islands expressed mixed feelings. "I am glad things are moving, but I worry that Kunashiri and Etorofu will be forgotten," an 84-year-old man in Nemuro told NHK.

Photo: Prime Minister Abe speaks at a news conference in Singapore on Thursday.

Related
Abe, Putin agree to speed up peace treaty talks
Former islanders react to Singapore agreement
Japan's opposition questions shift in island policy""",
     expected=[
        dict(speaker="Shinzo Abe", treaty=True, optional=True,
             snippet="why he agreed with Russian President Vladimir Putin to speed up peace treaty negotiations"),
        dict(speaker="Shinzo Abe", treaty=True,
             snippet="we agreed to accelerate the negotiations on the basis of the 1956 declaration"),
        dict(speaker="Shinzo Abe", treaty=True,
             snippet="we will resolve the territorial issue and then conclude a peace treaty, is unchanged"),
        dict(speaker="Shinzo Abe", treaty=True,
             snippet="not to leave this issue to the next generation, and we want to put an end to it ourselves"),
        dict(speaker="Shinzo Abe", treaty=True, optional=True,
             snippet="I will move forward while gaining their understanding"),
        dict(speaker="Shinzo Abe", treaty=True, optional=True,
             snippet="This too is a matter for negotiation, so I will refrain from commenting."),
        dict(speaker="Shinzo Abe", treaty=False,
             snippet="our alliance with the United States remains the foundation of Japan's security policy"),
        dict(speaker="Shinzo Abe", treaty=False,
             snippet="We aim to reach an agreement on the Regional Comprehensive Economic Partnership next year"),
        dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=True,
             snippet="the 1956 declaration does not say under whose sovereignty the islands would be handed over"),
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=True,
             snippet="the government's position that the four islands belong to Japan had not changed"),
     ],
     not_statements=[
        "Does that mean Japan has given up on the return of all four islands?",
        "The declaration speaks only of two islands.",
        "What about the Japan-U.S. security arrangements, which Russia has raised as a concern?",
        "Abe and Putin met on Wednesday evening on the sidelines of the ASEAN-related summits in Singapore.",
        "Japan has demanded the return of all four islands seized by Soviet forces in 1945.",
        "I worry that Kunashiri and Etorofu will be forgotten",
        "Abe: Talks with Russia to be based on 1956 declaration",
        "Japan's opposition questions shift in island policy",
     ]),
]
ARTICLES += [
dict(id="E18-05", outlet="Valdai Discussion Club",
     url="https://valdaiclub.com/events/posts/articles/putin-valdai-2018-plenary-session-asia/",
     published="2018-10-19",
     title="Vladimir Putin at the Valdai Club plenary: Asia, Japan and the peace treaty",
     text="""VALDAI DISCUSSION CLUB
About | Events | Publications | Experts | Multimedia | RU

Events > Annual Meeting 2018

Vladimir Putin at the Valdai Club plenary: Asia, Japan and the peace treaty

19.10.2018
Sochi

The final plenary session of the 15th annual meeting of the Valdai Discussion Club, "Russia: An Agenda for the 21st Century", took place in Sochi on October 18. President Vladimir Putin answered questions from the Club's participants for more than three hours. Below is an excerpt from the session devoted to Asia. The full transcript is published on the website of the President of Russia.

Moderator: Let us move east. We have many guests from Asia this year, and I see a hand from our Japanese colleague. Please.

Hiroko Matsubara (Professor, Keio University): Thank you. Mr President, in Vladivostok last month you suggested to Prime Minister Abe that Russia and Japan sign a peace treaty by the end of the year without any preconditions. Many people in Japan heard this as a demand that Japan simply forget about the islands. Was that your intention?

Vladimir Putin: No, it was not an ultimatum and it was not a trick. We have been discussing this for more than seventy years and we keep going round in circles. So I said: let us first conclude a treaty, not as the final word but as a framework, and then, on the basis of the trust it creates, continue working on all the questions that remain, including the territorial one.

Our Japanese partners told me this was unacceptable to them. Fine, I am not offended. We will continue the dialogue in the format they prefer.

But there is one more thing I must be honest about. Japan has obligations to its ally, and we have to understand what would happen on any territory after a possible agreement. If American military infrastructure could appear there, that is a question we cannot ignore.

Moderator: So, a treaty first and the islands later, if I understood you correctly.

Vladimir Putin: You understood me correctly, but do not simplify. (Laughter.)

Moderator: Another question from Asia, please, and then we will come back to the United States.

Chen Liwei (Fudan University): Mr President, what do you expect from relations with China next year?

Vladimir Putin: Our relations with China are at the highest level in their history. Trade will exceed 100 billion dollars this year, and we will keep increasing settlements in national currencies.

Moderator: Mr President, Washington is talking about leaving the INF Treaty. What will Russia do?

Vladimir Putin: If the Americans withdraw from the INF Treaty and deploy such missiles in Europe, we will have to respond, and respond in a mirror fashion. We did not start this. (Applause.)

Moderator: Thank you. We have many more questions.

About the speaker: Vladimir Putin is the President of the Russian Federation.

The Valdai Discussion Club was established in 2004. Its annual meeting brings together experts from Russia and around the world.

Read more:
Russia and Asia: From Pivot to Partnership (Valdai Paper)
Japan's Russia Policy after Vladivostok: An Expert View
Share: Telegram | VK | Twitter""",
     expected=[
        dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=True,
             snippet="let us first conclude a treaty, not as the final word but as a framework"),
        dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=True,
             snippet="Our Japanese partners told me this was unacceptable to them. Fine, I am not offended."),
        dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=True,
             snippet="If American military infrastructure could appear there, that is a question we cannot ignore."),
        dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=True, optional=True,
             snippet="We have been discussing this for more than seventy years and we keep going round in circles."),
        dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=True, optional=True,
             snippet="You understood me correctly, but do not simplify."),
        dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=False,
             snippet="Our relations with China are at the highest level in their history."),
        dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=False,
             snippet="If the Americans withdraw from the INF Treaty and deploy such missiles in Europe"),
     ],
     not_statements=[
        "you suggested to Prime Minister Abe that Russia and Japan sign a peace treaty by the end of the year",
        "Many people in Japan heard this as a demand that Japan simply forget about the islands.",
        "So, a treaty first and the islands later, if I understood you correctly.",
        "Washington is talking about leaving the INF Treaty. What will Russia do?",
        "About the speaker: Vladimir Putin is the President of the Russian Federation.",
        "Japan's Russia Policy after Vladivostok: An Expert View",
        "The Valdai Discussion Club was established in 2004.",
     ]),

dict(id="E18-06", outlet="RT",
     url="https://www.rt.com/news/449613-lavrov-interview-japan-kurils/",
     published="2019-01-25",
     title="'Step one is to accept the war's results': Lavrov tells RT what Japan must do for a peace treaty",
     text="""RT
News | Russia | World News | Business | Op-ed | Podcasts

'Step one is to accept the war's results': Lavrov tells RT what Japan must do for a peace treaty

25 Jan, 2019 11:42 / Updated 6 years ago

Russia is ready to keep talking to Japan about a peace treaty, but Tokyo must first accept that the southern Kuril Islands are Russian, Foreign Minister Sergey Lavrov told RT in an exclusive interview, days after hosting his Japanese counterpart Taro Kono in Moscow.

Tokyo has long insisted that four islands in the chain, which it calls the 'Northern Territories', were taken illegally by the Soviet Union in 1945.

RT: Japanese media keep writing that Putin and Abe are close to a deal to hand over two islands. Is that true?

Sergey Lavrov: I read Japanese newspapers too, and I am surprised by how much they know that we do not. There is no deal. There is an agreement of the two leaders to work on the basis of the 1956 declaration, and the first step in that work is very simple: Japan has to accept the results of the Second World War in full, including Russia's sovereignty over all the southern Kuril Islands.

RT: Tokyo says it can't do that.

Sergey Lavrov: Then we will not move anywhere. Of all the countries that fought in that war, Japan is the only one that still refuses to accept what the war decided. And when Japanese law calls our islands 'Northern Territories' and demands their 'return', that is not a good background for a treaty of peace and friendship.

READ MORE: Kono and Lavrov hold 'frank' talks in Moscow, agree to meet again in February

RT: Kono said after your meeting that the talks had been 'frank'. What does that mean in diplomatic language?

Sergey Lavrov: It means that we did not pretend to agree where we disagree. We have also agreed to expand practical cooperation, trade, investment, humanitarian exchanges, so that the relationship does not depend on one issue.

RT: Moscow also has concerns about American missile defense in Japan.

Sergey Lavrov: Of course. The Aegis Ashore systems that Japan is buying from the United States use launchers that can fire cruise missiles. That is a direct violation of the INF Treaty by the Americans, and Japan should think about what it is hosting on its territory.

RT: And Venezuela? Washington has just recognized an opposition leader as president.

Sergey Lavrov: This is a blatant attempt to change a government from outside. We will support the legitimate authorities of Venezuela and warn everyone against military adventures.

Like this story? Share it with a friend!

RT Newsletter: Subscribe to get the stories the mainstream media won't tell you.

READ MORE: Japan's Abe to visit Moscow as island dispute dominates agenda""",
     expected=[
        dict(speaker="Sergey Lavrov", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="Tokyo must first accept that the southern Kuril Islands are Russian"),
        dict(speaker="Sergey Lavrov", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="Japan has to accept the results of the Second World War in full, including Russia's sovereignty"),
        dict(speaker="Sergey Lavrov", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="There is an agreement of the two leaders to work on the basis of the 1956 declaration"),
        dict(speaker="Sergey Lavrov", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="Japan is the only one that still refuses to accept what the war decided"),
        dict(speaker="Sergey Lavrov", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="that is not a good background for a treaty of peace and friendship"),
        dict(speaker="Sergey Lavrov", alt=["Russian Foreign Ministry"], treaty=True, optional=True,
             snippet="I am surprised by how much they know that we do not. There is no deal."),
        dict(speaker="Sergey Lavrov", alt=["Russian Foreign Ministry"], treaty=False, optional=True,
             snippet="expand practical cooperation, trade, investment, humanitarian exchanges"),
        dict(speaker="Sergey Lavrov", alt=["Russian Foreign Ministry"], treaty=False,
             snippet="That is a direct violation of the INF Treaty by the Americans"),
        dict(speaker="Sergey Lavrov", alt=["Russian Foreign Ministry"], treaty=False,
             snippet="We will support the legitimate authorities of Venezuela"),
     ],
     not_statements=[
        "Japanese media keep writing that Putin and Abe are close to a deal to hand over two islands.",
        "RT: Tokyo says it can't do that.",
        "Tokyo has long insisted that four islands in the chain, which it calls the 'Northern Territories'",
        "Kono said after your meeting that the talks had been 'frank'.",
        "Moscow also has concerns about American missile defense in Japan.",
        "Kono and Lavrov hold 'frank' talks in Moscow, agree to meet again in February",
        "Japan's Abe to visit Moscow as island dispute dominates agenda",
        "Subscribe to get the stories the mainstream media won't tell you.",
     ]),
]
ARTICLES += [
dict(id="E18-07", outlet="Foreign Policy",
     url="https://foreignpolicy.com/2019/02/20/taro-kono-interview-japan-russia-korea-next-question/",
     published="2019-02-20",
     title="Japan's Foreign Minister Has More to Say Than 'Next Question'",
     text="""FOREIGN POLICY
Latest | Magazine | Analysis | Podcasts | Subscribe

ARGUMENT | INTERVIEW

Japan's Foreign Minister Has More to Say Than 'Next Question'
Taro Kono on Russia, the Koreas, and why he keeps quiet about the islands.

By Rachel Dunmore, a staff writer at Foreign Policy.

FEBRUARY 20, 2019, 3:15 PM

Taro Kono became a minor internet sensation in December when, asked four times at a press conference about negotiations with Russia, he replied each time with two words: "Next question." The clip was replayed for days on Japanese television, and the opposition demanded an apology.

Kono, 56, is an unusual Japanese politician: fluent in English, an avid Twitter user, and a former critic of his own party's nuclear policy. FP spoke with him on the sidelines of the Munich Security Conference last weekend.

This interview has been edited for length and clarity.

FP: Let's start with the famous press conference. Do you regret saying "next question"?

TK: No, although I apologized for the way it sounded. The negotiations are at a delicate stage, and every word a minister says in public is studied in Moscow. I would rather do my talking at the table than in front of the cameras.

FP: Then let me try anyway. Is Japan ready to settle for two islands?

TK: Our goal is to resolve the question of the attribution of the four islands and to conclude a peace treaty. That has not changed.

FP: Sergey Lavrov says Japan must first acknowledge that the islands are Russian. That sounds like a dead end.

TK: Russia has its position and we have ours. If both sides only repeat their positions, there will never be a peace treaty, and that is exactly why we are negotiating. The prime minister and President Putin have given us a clear instruction to speed up, and I intend to follow it.

FP: How do you see the Korean Peninsula now that a second Trump-Kim summit has been set for Hanoi?

TK: We want the complete, verifiable and irreversible dismantlement of North Korea's nuclear weapons and missiles of all ranges, and we want the abduction issue resolved. Sanctions must stay in place until that happens.

FP: Relations with Seoul are at a low point. A South Korean destroyer locked its fire-control radar on a Japanese patrol plane in December.

TK: That was an extremely dangerous act, and we have asked South Korea to prevent a recurrence. On the wartime labor rulings, the Supreme Court decisions clearly violate the 1965 claims agreement between our two countries, and we expect the South Korean government to take appropriate measures.

FP: And China?

TK: Relations with China are back on a normal track after Prime Minister Abe's visit to Beijing last year. We will cooperate where we can and speak frankly where we disagree, including on the East China Sea.

Rachel Dunmore is a staff writer at Foreign Policy. Twitter: @rdunmore

READ MORE
Why Putin Won't Give Back the Kurils
The Abe Doctrine Meets Its Limits
Seoul and Tokyo Are Heading for a Breakup""",
     expected=[
        dict(speaker="Taro Kono", alt=["Japanese Foreign Ministry"], treaty=True, optional=True,
             snippet="The negotiations are at a delicate stage, and every word a minister says in public is studied in Moscow."),
        dict(speaker="Taro Kono", alt=["Japanese Foreign Ministry"], treaty=True,
             snippet="Our goal is to resolve the question of the attribution of the four islands and to conclude a peace treaty."),
        dict(speaker="Taro Kono", alt=["Japanese Foreign Ministry"], treaty=True,
             snippet="If both sides only repeat their positions, there will never be a peace treaty"),
        dict(speaker="Taro Kono", alt=["Japanese Foreign Ministry"], treaty=True,
             snippet="The prime minister and President Putin have given us a clear instruction to speed up"),
        dict(speaker="Taro Kono", alt=["Japanese Foreign Ministry"], treaty=False,
             snippet="complete, verifiable and irreversible dismantlement of North Korea's nuclear weapons"),
        dict(speaker="Taro Kono", alt=["Japanese Foreign Ministry"], treaty=False,
             snippet="That was an extremely dangerous act, and we have asked South Korea to prevent a recurrence."),
        dict(speaker="Taro Kono", alt=["Japanese Foreign Ministry"], treaty=False,
             snippet="the Supreme Court decisions clearly violate the 1965 claims agreement between our two countries"),
        dict(speaker="Taro Kono", alt=["Japanese Foreign Ministry"], treaty=False,
             snippet="Relations with China are back on a normal track after Prime Minister Abe's visit to Beijing"),
     ],
     not_statements=[
        "asked four times at a press conference about negotiations with Russia, he replied each time with two words",
        "Is Japan ready to settle for two islands?",
        "Sergey Lavrov says Japan must first acknowledge that the islands are Russian. That sounds like a dead end.",
        "Kono, 56, is an unusual Japanese politician: fluent in English, an avid Twitter user",
        "This interview has been edited for length and clarity.",
        "A South Korean destroyer locked its fire-control radar on a Japanese patrol plane in December.",
        "Why Putin Won't Give Back the Kurils",
        "Taro Kono on Russia, the Koreas, and why he keeps quiet about the islands.",
     ]),

dict(id="E18-08", outlet="Nikkei Asian Review",
     url="https://asia.nikkei.com/Editor-s-Picks/Interview/Russian-envoy-says-1956-pact-leaves-sovereignty-open",
     published="2019-09-18",
     title="Russian envoy says 1956 pact leaves island sovereignty open",
     text="""Nikkei Asian Review
Politics | Economy | Business | Markets | Opinion | Life & Arts

Editor's Picks > Interview

Russian envoy says 1956 pact leaves island sovereignty open
Galuzin wants guarantees on US forces, welcomes Japanese role in Arctic LNG

TOKYO -- Russia will not treat the 1956 Soviet-Japanese declaration as an automatic promise to hand over two of the disputed islands, Moscow's ambassador to Japan, Mikhail Galuzin, told Nikkei in an interview this week.

The envoy said the question of sovereignty over any islands that might change hands was itself a subject for negotiation, and that Russia needed firm assurances that U.S. forces would not be deployed there.

He was upbeat about business ties, saying Japanese participation in a giant Arctic gas project showed that the economic relationship could grow regardless of the political talks.

Edited excerpts from the interview follow.

NIKKEI: Prime Minister Shinzo Abe and President Vladimir Putin met in Vladivostok this month for the 27th time. Is the peace treaty any closer?

Galuzin: The leaders agreed to continue the negotiations on the basis of the 1956 declaration, and that work is going on at the level of foreign ministers and their deputies. I would not make predictions about dates. A peace treaty is a serious document, and it must be acceptable to the peoples of both countries.

NIKKEI: Japan reads the declaration as a commitment to return Shikotan and the Habomai islands.

Galuzin: The declaration says nothing about whose sovereignty those islands would be under after a transfer, or on what conditions the transfer would take place. These are precisely the questions we have to negotiate. Nothing has been decided in advance.

NIKKEI: Prime Minister Abe has effectively dropped Japan's demand for all four islands. Isn't it Russia's turn to make a move?

Galuzin: I would not describe the Japanese position like that, and I do not think your government would either. What we need first is for Japan to recognize the results of the Second World War, which are enshrined in the UN Charter.

NIKKEI: What about the U.S.-Japan alliance?

Galuzin: It is a legitimate concern for us. We need to be sure that American military facilities will never appear on any territory that might be transferred. Under the security treaty, the U.S. can in principle station forces anywhere in Japan.

NIKKEI: Mitsui and JOGMEC have agreed to take a 10% stake in Arctic LNG 2. Is that a model for others?

Galuzin: Absolutely. We welcome the decision of our Japanese partners to join Arctic LNG 2, and I am sure it will strengthen Japan's energy security for decades. We hope more Japanese companies will come to the Russian Far East.

NIKKEI: Pilot tours for Japanese tourists to Iturup and Kunashir are planned for this autumn.

Galuzin: It is a good start. The tours will be held in full compliance with Russian legislation, and I hope they will become regular.

NIKKEI: Russia plays Japan in the opening match of the Rugby World Cup on Friday. Will you be there?

Galuzin: Of course, with a Russian scarf. Tourism between our countries grew by about a fifth last year, and sport is one more reason for people to visit each other.

About the interviewee: Mikhail Galuzin, 59, has been Russia's ambassador to Japan since 2018. He served at the embassy in Tokyo several times, including as minister-counselor, and previously headed the Foreign Ministry's Second Asian Department.

Photo: Russian Ambassador Mikhail Galuzin at the embassy in Tokyo on Sept. 13. (Photo by Taro Kimura)

Read also
Abe and Putin agree to keep talking, fail to narrow island gap
Japanese tourists to visit disputed islands on pilot trips
Mitsui, JOGMEC sign up for Arctic LNG 2 stake""",
     expected=[
        dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=True,
             snippet="Russia will not treat the 1956 Soviet-Japanese declaration as an automatic promise to hand over two"),
        dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=True,
             snippet="the question of sovereignty over any islands that might change hands was itself a subject for negotiation"),
        dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=False,
             snippet="Japanese participation in a giant Arctic gas project showed that the economic relationship could grow"),
        dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=True,
             snippet="A peace treaty is a serious document, and it must be acceptable to the peoples of both countries."),
        dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=True,
             snippet="The declaration says nothing about whose sovereignty those islands would be under after a transfer"),
        dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=True,
             snippet="What we need first is for Japan to recognize the results of the Second World War"),
        dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=True,
             snippet="American military facilities will never appear on any territory that might be transferred"),
        dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=False,
             snippet="We welcome the decision of our Japanese partners to join Arctic LNG 2"),
        dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=True, optional=True,
             snippet="The tours will be held in full compliance with Russian legislation, and I hope they will become regular."),
        dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=False,
             snippet="Tourism between our countries grew by about a fifth last year"),
     ],
     not_statements=[
        "Japan reads the declaration as a commitment to return Shikotan and the Habomai islands.",
        "Prime Minister Abe has effectively dropped Japan's demand for all four islands.",
        "Isn't it Russia's turn to make a move?",
        "Pilot tours for Japanese tourists to Iturup and Kunashir are planned for this autumn.",
        "About the interviewee: Mikhail Galuzin, 59, has been Russia's ambassador to Japan since 2018.",
        "Russian Ambassador Mikhail Galuzin at the embassy in Tokyo on Sept. 13.",
        "Abe and Putin agree to keep talking, fail to narrow island gap",
        "Galuzin wants guarantees on US forces, welcomes Japanese role in Arctic LNG",
     ]),
]
ARTICLES += [
dict(id="E18-09", outlet="Kyodo",
     url="https://english.kyodonews.net/news/2021/08/6c1f3a8d92b1-sakhalin-governor-rules-out-island-handover.html",
     published="2021-08-12",
     title="Sakhalin governor rules out island handover, invites Japanese investors",
     text="""KYODO NEWS
Latest | Japan | World | Business | Tokyo 2020 | Coronavirus

Sakhalin governor rules out island handover, invites Japanese investors

KYODO NEWS - Aug 12, 2021 - 17:05 | World, All

YUZHNO-SAKHALINSK, Russia - The governor of Russia's Sakhalin region, which administers the islands off Hokkaido claimed by Japan, has said handing any of them over to Tokyo is "out of the question," while inviting Japanese companies to invest in a planned tax-free zone there.

"The Kurils are part of the Sakhalin region and part of Russia, and the people who live there want it to stay that way," Governor Valery Limarenko said in a written interview with Kyodo News.

The governor's remarks come weeks after Russian Prime Minister Mikhail Mishustin visited Etorofu Island, known in Russia as Iturup, and proposed a special economic zone with sweeping tax breaks for the islands.

Chief Cabinet Secretary Katsunobu Kato said at the time that the visit "contradicts Japan's consistent position" on the islands and was "extremely regrettable," adding that Tokyo had lodged a protest through diplomatic channels.

A source close to the bilateral talks said Tokyo feared the tax-free zone was designed to lure foreign money that would cement Russia's hold on the islands.

Excerpts from the interview follow.

Q: Prime Minister Mishustin has proposed a special zone with tax breaks on the islands. Can Japanese companies take part?

A: Yes, and we would welcome them. Japanese investors can come on the same terms as everyone else, that is, working under Russian legislation. There are good opportunities in fish processing, tourism and energy.

Q: Japan says such a zone goes against the spirit of the joint economic activities agreed by the two leaders.

A: Joint activities are possible, but they cannot become a way of diluting our sovereignty. The islands are Russian territory, and every project there will be a Russian project.

Q: Visa-free exchanges and grave visits by former Japanese residents have been suspended because of the pandemic. When will they resume?

A: As soon as the epidemiological situation allows, we are ready to resume the visa-free exchanges and to help former residents visit the graves of their relatives. We understand how important this is for elderly people.

Q: How is the Sakhalin-2 project doing?

A: Sakhalin-2 keeps supplying liquefied natural gas to Japanese customers without a single interruption, even during the pandemic. We are also building a hydrogen cluster on Sakhalin and see Japanese companies as our key partners in it.

Japan claims Etorofu, Kunashiri, Shikotan and the Habomai islet group, which were seized by the Soviet Union at the end of World War II. The territorial dispute has prevented the two countries from signing a postwar peace treaty.

Related coverage:
Russian PM visits disputed island, proposes tax-free zone
Japan protests Mishustin visit to Etorofu
Sakhalin-2 LNG shipments to Japan hit record""",
     expected=[
        dict(speaker="Valery Limarenko", treaty=True,
             snippet="handing any of them over to Tokyo is \"out of the question,\""),
        dict(speaker="Valery Limarenko", treaty=True,
             snippet="The Kurils are part of the Sakhalin region and part of Russia, and the people who live there want it to stay that way"),
        dict(speaker="Katsunobu Kato", alt=["Japanese government"], treaty=True,
             snippet="the visit \"contradicts Japan's consistent position\" on the islands and was \"extremely regrettable,\""),
        dict(speaker="Katsunobu Kato", alt=["Japanese government"], treaty=False, optional=True,
             snippet="Tokyo had lodged a protest through diplomatic channels"),
        dict(speaker="Valery Limarenko", treaty=True, optional=True,
             snippet="Japanese investors can come on the same terms as everyone else, that is, working under Russian legislation."),
        dict(speaker="Valery Limarenko", treaty=True,
             snippet="they cannot become a way of diluting our sovereignty. The islands are Russian territory"),
        dict(speaker="Valery Limarenko", treaty=False,
             snippet="we are ready to resume the visa-free exchanges and to help former residents visit the graves of their relatives"),
        dict(speaker="Valery Limarenko", treaty=False,
             snippet="Sakhalin-2 keeps supplying liquefied natural gas to Japanese customers without a single interruption"),
        dict(speaker="Valery Limarenko", treaty=False,
             snippet="We are also building a hydrogen cluster on Sakhalin and see Japanese companies as our key partners"),
     ],
     not_statements=[
        "A source close to the bilateral talks said Tokyo feared the tax-free zone was designed to lure foreign money",
        "Japan says such a zone goes against the spirit of the joint economic activities agreed by the two leaders.",
        "Visa-free exchanges and grave visits by former Japanese residents have been suspended because of the pandemic.",
        "Russian Prime Minister Mikhail Mishustin visited Etorofu Island, known in Russia as Iturup",
        "The territorial dispute has prevented the two countries from signing a postwar peace treaty.",
        "Russian PM visits disputed island, proposes tax-free zone",
        "Sakhalin governor rules out island handover, invites Japanese investors",
     ]),

dict(id="E18-10", outlet="NHK World",
     url="https://www3.nhk.or.jp/nhkworld/en/news/20220706_08/",
     published="2022-07-06",
     title="Japan's ambassador to Russia: Peace treaty policy unchanged, Sakhalin-2 decree under close study",
     text="""NHK WORLD-JAPAN
News | Japan | World | Business | Ukraine Crisis

Japan's ambassador to Russia: Peace treaty policy unchanged, Sakhalin-2 decree under close study

July 6, 2022 12:40 JST

Japan's Ambassador to Russia Toyohisa Kozuki says Tokyo is carefully examining a presidential decree that transfers the operator of the Sakhalin-2 oil and gas project to a new Russian company.

In an interview with NHK at the Japanese Embassy in Moscow on Tuesday, Kozuki also said Japan would not change its policy of resolving the Northern Territories issue and concluding a peace treaty, even after Russia announced in March that it would halt the negotiations.

Russian President Vladimir Putin signed the decree on June 30. Japanese trading houses Mitsui and Mitsubishi hold stakes in the project, which supplies about 9 percent of Japan's LNG imports.

Chief Cabinet Secretary Matsuno Hirokazu said on Friday that the decree would not immediately stop LNG shipments to Japan, and that the government would respond in cooperation with the companies involved.

Here are excerpts from the interview.

NHK: What is your reading of the Sakhalin-2 decree?

Kozuki: We are studying its contents very carefully together with the companies concerned. Sakhalin-2 is important for Japan's energy security, and we will do everything necessary to protect the rights and interests of Japanese firms.

NHK: In March, Russia said it would no longer negotiate a peace treaty with Japan. Is there any prospect of talks?

Kozuki: Russia's unilateral announcement is unjust and we cannot accept it. But Japan's basic policy of resolving the territorial issue and concluding a peace treaty remains the same, and I keep saying so to my Russian counterparts.

NHK: Russia's Foreign Ministry says Japan destroyed the talks itself by imposing sanctions.

Kozuki: That argument is groundless. The present situation was caused by Russia's aggression against Ukraine, and the responsibility for the suspension of the peace treaty talks lies entirely with the Russian side.

NHK: How are Japanese nationals in Russia coping?

Kozuki: Around 1,400 Japanese nationals still live in Russia. The embassy is in constant contact with them, and we advise them to consider leaving while commercial flights are still available through third countries.

NHK: Many Japanese companies have suspended operations here.

Kozuki: Each company is making its own decision. The government's position is clear: Russia's invasion of Ukraine is a serious violation of international law, and Japan will continue to impose strict sanctions together with the G7.

Russia has occupied the four islands since 1945. Japan maintains that they are an inherent part of its territory.

Video: Ambassador Kozuki speaks to NHK in Moscow (3:12)

Related
Russia halts peace treaty talks with Japan
Putin decree on Sakhalin-2 raises concerns in Tokyo
Visa-free exchanges with Northern Territories suspended""",
     expected=[
        dict(speaker="Toyohisa Kozuki", alt=["Japanese Foreign Ministry"], treaty=False,
             snippet="Tokyo is carefully examining a presidential decree that transfers the operator of the Sakhalin-2"),
        dict(speaker="Toyohisa Kozuki", alt=["Japanese Foreign Ministry"], treaty=True,
             snippet="Japan would not change its policy of resolving the Northern Territories issue and concluding a peace treaty"),
        dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=False,
             snippet="the decree would not immediately stop LNG shipments to Japan"),
        dict(speaker="Toyohisa Kozuki", alt=["Japanese Foreign Ministry"], treaty=False,
             snippet="Sakhalin-2 is important for Japan's energy security, and we will do everything necessary"),
        dict(speaker="Toyohisa Kozuki", alt=["Japanese Foreign Ministry"], treaty=True,
             snippet="Russia's unilateral announcement is unjust and we cannot accept it."),
        dict(speaker="Toyohisa Kozuki", alt=["Japanese Foreign Ministry"], treaty=True,
             snippet="Japan's basic policy of resolving the territorial issue and concluding a peace treaty remains the same"),
        dict(speaker="Toyohisa Kozuki", alt=["Japanese Foreign Ministry"], treaty=True,
             snippet="the responsibility for the suspension of the peace treaty talks lies entirely with the Russian side"),
        dict(speaker="Toyohisa Kozuki", alt=["Japanese Foreign Ministry"], treaty=False,
             snippet="we advise them to consider leaving while commercial flights are still available"),
        dict(speaker="Toyohisa Kozuki", alt=["Japanese Foreign Ministry"], treaty=False,
             snippet="Japan will continue to impose strict sanctions together with the G7"),
     ],
     not_statements=[
        "In March, Russia said it would no longer negotiate a peace treaty with Japan.",
        "Russia's Foreign Ministry says Japan destroyed the talks itself by imposing sanctions.",
        "Many Japanese companies have suspended operations here.",
        "Russian President Vladimir Putin signed the decree on June 30.",
        "Russia has occupied the four islands since 1945. Japan maintains that they are an inherent part of its territory.",
        "Video: Ambassador Kozuki speaks to NHK in Moscow (3:12)",
        "Visa-free exchanges with Northern Territories suspended",
     ]),
]
ARTICLES += [
dict(id="E18-11", outlet="CSIS",
     url="https://www.csis.org/analysis/conversation-foreign-minister-hayashi-yoshimasa-japan",
     published="2023-01-12",
     title="A Conversation with Foreign Minister Hayashi Yoshimasa of Japan",
     text="""CENTER FOR STRATEGIC & INTERNATIONAL STUDIES
Programs | Experts | Analysis | Events | Podcasts

Transcript
A Conversation with Foreign Minister Hayashi Yoshimasa of Japan

January 12, 2023

Event Speakers: Foreign Minister Hayashi Yoshimasa, Japan; Eleanor Whitcombe, Senior Fellow, Asia Program, CSIS (moderator); panel: Marcus Feld, Senior Associate, CSIS; Naomi Sakurada, Visiting Fellow, CSIS

This transcript has been edited for clarity. It is not a verbatim record and may contain errors.

ELEANOR WHITCOMBE: Good morning, everyone, and welcome. Minister, thank you for coming straight from the two-plus-two meeting. (Applause.) Let me begin with Russia. Moscow walked away from the peace treaty talks last March and blamed Japan's sanctions. Is there anything left of the Abe-era policy?

FOREIGN MINISTER HAYASHI: (Through interpreter.) Thank you, Eleanor. Russia unilaterally announced that it would not continue the peace treaty negotiations and tried to shift the responsibility onto Japan. This is extremely unjust, and we have protested strongly. However, let me be clear: our policy of resolving the territorial issue and concluding a peace treaty with Russia has not changed.

MS. WHITCOMBE: And in practical terms?

FOREIGN MINISTER HAYASHI: In practical terms, the current situation caused by Russia's aggression does not allow us to talk about the future of the negotiations. We will continue to impose strong sanctions together with the G7 and to support Ukraine.

MS. WHITCOMBE: Japan adopted a new National Security Strategy in December. What changes?

FOREIGN MINISTER HAYASHI: We will fundamentally reinforce our defense capabilities, including counterstrike capabilities, and raise defense spending to 2 percent of GDP in 2027. This is not a change in our exclusively defense-oriented policy.

MS. WHITCOMBE: This year Japan holds the G7 presidency.

FOREIGN MINISTER HAYASHI: In Hiroshima we want to show the G7's firm determination to uphold a free and open international order based on the rule of law, and to reject any unilateral attempt to change the status quo by force, whether in Europe or in Asia.

MS. WHITCOMBE: We have time for one audience question. Yes, in the third row.

Q: Thank you, Minister. I'm Daniel Ortiz from Georgetown. With respect, isn't the claim to the Northern Territories a lost cause after Ukraine? Shouldn't Japan simply accept reality?

FOREIGN MINISTER HAYASHI: I respectfully disagree. The Northern Territories are islands over which Japan has sovereignty, and that fact will not change because of Russia's behavior. Aggression must never be rewarded, in Ukraine or anywhere else.

MS. WHITCOMBE: Thank you very much, Minister. (Applause.)

(Foreign Minister Hayashi departs.)

MS. WHITCOMBE: Let me now bring in our panel. Marcus, how do you read what we just heard?

MARCUS FELD: I think the minister was admirably clear, but the reality is that the islands question is frozen for at least a generation. Moscow has militarized the Kurils and no Russian leader will negotiate about them now.

MS. WHITCOMBE: Naomi?

NAOMI SAKURADA: I agree on the freeze. Still, Tokyo keeps the policy formally alive because abandoning it would cost more at home than it gains abroad.

MARCUS FELD: Naomi, can I ask you directly: do you think a Japanese prime minister will ever sit down with Putin again to talk about the islands?

NAOMI SAKURADA: Not Putin, no. Whoever comes after him is a different story.

MS. WHITCOMBE: On that note, thank you both. (Applause.)

(END)

About the speakers: Eleanor Whitcombe is a senior fellow with the Asia Program at CSIS. Marcus Feld and Naomi Sakurada study Russian and Japanese foreign policy at CSIS.

Related
Japan's New Security Strategy: A First Look
The Russia-Japan Relationship after Ukraine""",
     expected=[
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese Foreign Ministry"], treaty=True,
             snippet="Russia unilaterally announced that it would not continue the peace treaty negotiations"),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese Foreign Ministry"], treaty=True,
             snippet="our policy of resolving the territorial issue and concluding a peace treaty with Russia has not changed"),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese Foreign Ministry"], treaty=True,
             snippet="does not allow us to talk about the future of the negotiations"),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese Foreign Ministry"], treaty=False,
             snippet="We will continue to impose strong sanctions together with the G7 and to support Ukraine."),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese Foreign Ministry"], treaty=False,
             snippet="raise defense spending to 2 percent of GDP in 2027"),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese Foreign Ministry"], treaty=False,
             snippet="to reject any unilateral attempt to change the status quo by force, whether in Europe or in Asia"),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese Foreign Ministry"], treaty=True,
             snippet="The Northern Territories are islands over which Japan has sovereignty"),
     ],
     not_statements=[
        "Moscow walked away from the peace treaty talks last March and blamed Japan's sanctions.",
        "isn't the claim to the Northern Territories a lost cause after Ukraine? Shouldn't Japan simply accept reality?",
        "the reality is that the islands question is frozen for at least a generation",
        "Moscow has militarized the Kurils and no Russian leader will negotiate about them now.",
        "Tokyo keeps the policy formally alive because abandoning it would cost more at home than it gains abroad",
        "do you think a Japanese prime minister will ever sit down with Putin again to talk about the islands?",
        "Not Putin, no. Whoever comes after him is a different story.",
        "This transcript has been edited for clarity. It is not a verbatim record and may contain errors.",
        "The Russia-Japan Relationship after Ukraine",
     ]),

dict(id="E18-12", outlet="Russian Foreign Ministry",
     url="https://mid.ru/en/foreign_policy/news/1902214/",
     published="2023-08-31",
     title="Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, August 31, 2023",
     text="""The Ministry of Foreign Affairs of the Russian Federation
Home | Foreign policy | Press service | Briefings | RU

Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, August 31, 2023

31 August 2023 18:20

Table of contents
On the situation in Ukraine
On the Day of Victory over Militarist Japan and the End of World War II
On the discharge of treated water from the Fukushima-1 nuclear power plant
Answers to media questions

On the Day of Victory over Militarist Japan and the End of World War II

On September 3, our country will for the first time mark the Day of Victory over Militarist Japan and the End of World War II under its new name. The Soviet Union's entry into the war in the Far East brought liberation to the peoples of Asia and put an end to the bloodiest war in history.

We note with regret that official Tokyo still does not wish to accept the outcome of the war in full. Russia's sovereignty over the Kuril Islands was established as a result of World War II, and it is not subject to any revision.

On the discharge of treated water from the Fukushima-1 nuclear power plant

We have taken note of the start of the discharge on August 24. Tokyo has not provided its neighbors with full and verifiable information about the composition of the water, and we demand transparency. Russia reserves the right to take measures to protect its consumers.

Answers to media questions:

Question: The Japanese Foreign Ministry has again protested against Russian military exercises on the Kuril Islands. How would you comment on that?

Maria Zakharova: We received this so-called protest and rejected it. Russian troops are conducting planned exercises on Russian territory, and we do not need anyone's permission to do so. The Kuril Islands are an integral part of our country, and Tokyo's attempts to call them "occupied" are simply revanchism.

As for the exercises themselves, they are defensive in nature and are held in response to the growing military activity of the United States and its allies near our borders.

Question: Japanese Chief Cabinet Secretary Hirokazu Matsuno said the renaming of September 3 was regrettable and could harm relations. Is Moscow concerned?

Maria Zakharova: What can harm relations more than the sanctions, the freezing of our assets and the supply of Japanese equipment to the Kiev regime? Tokyo itself wrecked the dialogue on a peace treaty by choosing an openly hostile course, and now it is surprised that we celebrate our victory.

Question: Former Japanese residents of the islands are asking for grave visits to be resumed. Is that possible?

Maria Zakharova: The Japanese side should remember who destroyed all the mechanisms of humanitarian exchanges. When Japan stops its unfriendly policy, we will be ready to return to this issue.

Background: Peace treaty negotiations between Russia and Japan have been suspended since March 2022, when Tokyo joined Western sanctions against Russia.

Print version | Share""",
     expected=[
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="official Tokyo still does not wish to accept the outcome of the war in full"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="Russia's sovereignty over the Kuril Islands was established as a result of World War II"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False,
             snippet="Tokyo has not provided its neighbors with full and verifiable information about the composition of the water"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False,
             snippet="Russia reserves the right to take measures to protect its consumers."),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, optional=True,
             snippet="Russian troops are conducting planned exercises on Russian territory, and we do not need anyone's permission"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="The Kuril Islands are an integral part of our country, and Tokyo's attempts to call them \"occupied\""),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False,
             snippet="they are defensive in nature and are held in response to the growing military activity of the United States"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="Tokyo itself wrecked the dialogue on a peace treaty by choosing an openly hostile course"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False,
             snippet="The Japanese side should remember who destroyed all the mechanisms of humanitarian exchanges."),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False, optional=True,
             snippet="The Soviet Union's entry into the war in the Far East brought liberation to the peoples of Asia"),
     ],
     not_statements=[
        "The Japanese Foreign Ministry has again protested against Russian military exercises on the Kuril Islands.",
        "Hirokazu Matsuno said the renaming of September 3 was regrettable and could harm relations",
        "Former Japanese residents of the islands are asking for grave visits to be resumed. Is that possible?",
        "Peace treaty negotiations between Russia and Japan have been suspended since March 2022",
        "On the Day of Victory over Militarist Japan and the End of World War II",
        "Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, August 31, 2023",
     ]),
]
ARTICLES += [
dict(id="E18-13", outlet="TASS",
     url="https://tass.com/politics/1712418",
     published="2023-11-28",
     title="No basis for resuming peace treaty talks with Japan, Russian deputy foreign minister says",
     text="""TASS
Russian News Agency
Politics | World | Business & Economy | Military & Defense | Science & Space

No basis for resuming peace treaty talks with Japan, Russian deputy foreign minister says

Andrey Rudenko also said that Russia is prepared to keep up fisheries cooperation with Japan on a mutually beneficial basis

MOSCOW, November 28. /TASS/. Russia sees no basis for resuming consultations with Japan on a peace treaty as long as Tokyo pursues its anti-Russian policy, Russian Deputy Foreign Minister Andrey Rudenko said in an interview with TASS.

In his policy speech to parliament in October, Japanese Prime Minister Fumio Kishida said Tokyo would stick to its course of resolving the territorial problem and concluding a peace treaty with Russia, while acknowledging that relations were in a difficult state.

The full text of the interview is below.

- Andrey Yuryevich, Tokyo keeps repeating that its policy on a peace treaty remains unchanged. Is there a chance that the consultations will resume?

- Statements about an unchanged policy are meant for the domestic audience. A peace treaty is a document about good-neighborliness and partnership, and it is impossible to discuss it with a country that imposes sanctions on us, freezes our assets and supplies equipment to the Kiev regime. Today there are no conditions for resuming this dialogue, and the responsibility for that lies fully with Tokyo.

- Some in Japan hope that the new ambassador, Akira Muto, will help to restore contacts.

- An ambassador's job is to work, and we will work with him professionally. But the key to the situation is in Tokyo, not at the embassy. As for the so-called territorial issue, there is nothing to discuss: the Kuril Islands are Russian territory, and our sovereignty over them is enshrined in the Constitution.

- What about fisheries? Japanese fishermen complain about the suspension of the 1998 agreement.

- This year's consultations on salmon and trout fishing in our exclusive economic zone were held in a constructive manner, and quotas were agreed. As for the 1998 agreement, its implementation will resume when the Japanese side meets its financial obligations under it. We are ready for mutually beneficial fisheries cooperation.

- Japan, the United States and South Korea are expanding trilateral drills. How does Moscow assess this?

- These drills raise military tension on the Korean Peninsula and in Northeast Asia as a whole. Our relations with Pyongyang are a sovereign matter, and we do not intend to ask Tokyo or Washington for advice.

- Are Japanese companies leaving Russia?

- Not all of them. A number of Japanese companies continue to work here quietly, and we do not close the door to business that is ready to act in its own interests rather than on orders from outside.

The four southern islands of the Kuril chain have been the subject of a dispute between Moscow and Tokyo since the end of World War II. Japan claims Iturup, Kunashir, Shikotan and the Habomai islands.

Read also
Russian diplomat says Japan's militarization threatens regional security
Russia, Japan agree salmon and trout catch quotas for 2023""",
     expected=[
        dict(speaker="Andrey Rudenko", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="Russia sees no basis for resuming consultations with Japan on a peace treaty"),
        dict(speaker="Fumio Kishida", alt=["Japanese government"], treaty=True,
             snippet="Tokyo would stick to its course of resolving the territorial problem and concluding a peace treaty with Russia"),
        dict(speaker="Andrey Rudenko", alt=["Russian Foreign Ministry"], treaty=True, optional=True,
             snippet="Statements about an unchanged policy are meant for the domestic audience."),
        dict(speaker="Andrey Rudenko", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="it is impossible to discuss it with a country that imposes sanctions on us, freezes our assets"),
        dict(speaker="Andrey Rudenko", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="Today there are no conditions for resuming this dialogue, and the responsibility for that lies fully with Tokyo."),
        dict(speaker="Andrey Rudenko", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="the Kuril Islands are Russian territory, and our sovereignty over them is enshrined in the Constitution"),
        dict(speaker="Andrey Rudenko", alt=["Russian Foreign Ministry"], treaty=False, optional=True,
             snippet="Russia is prepared to keep up fisheries cooperation with Japan on a mutually beneficial basis"),
        dict(speaker="Andrey Rudenko", alt=["Russian Foreign Ministry"], treaty=False,
             snippet="consultations on salmon and trout fishing in our exclusive economic zone were held in a constructive manner"),
        dict(speaker="Andrey Rudenko", alt=["Russian Foreign Ministry"], treaty=False,
             snippet="its implementation will resume when the Japanese side meets its financial obligations under it"),
        dict(speaker="Andrey Rudenko", alt=["Russian Foreign Ministry"], treaty=False,
             snippet="These drills raise military tension on the Korean Peninsula and in Northeast Asia as a whole."),
        dict(speaker="Andrey Rudenko", alt=["Russian Foreign Ministry"], treaty=False,
             snippet="A number of Japanese companies continue to work here quietly"),
     ],
     not_statements=[
        "Tokyo keeps repeating that its policy on a peace treaty remains unchanged.",
        "Some in Japan hope that the new ambassador, Akira Muto, will help to restore contacts.",
        "Japanese fishermen complain about the suspension of the 1998 agreement.",
        "Japan, the United States and South Korea are expanding trilateral drills. How does Moscow assess this?",
        "have been the subject of a dispute between Moscow and Tokyo since the end of World War II",
        "Russian diplomat says Japan's militarization threatens regional security",
        "No basis for resuming peace treaty talks with Japan, Russian deputy foreign minister says",
     ]),

dict(id="E18-14", outlet="Sputnik",
     url="https://sputnikglobe.com/20240614/russian-envoy-to-japan-peace-treaty-sanctions-1118960232.html",
     published="2024-06-14",
     title="Russian Envoy: No Peace Treaty Possible While Tokyo Keeps Sanctions Course",
     text="""Sputnik International
World | Russia | Military | Economy | Analysis | Podcasts

EXCLUSIVE

Russian Envoy: No Peace Treaty Possible While Tokyo Keeps Sanctions Course

14.06.2024

Nikolay Nozdrev, who took up his post as Russia's ambassador in Tokyo this spring after the position had been vacant for more than a year, sat down with Sputnik to discuss the state of Russian-Japanese ties, the islands dispute and Japan's growing links with NATO.

The diplomat made it clear that Moscow sees no room for talks on a peace treaty while Japan remains part of the Western sanctions campaign, but said business and humanitarian contacts should not be allowed to wither.

Sputnik: Prime Minister Fumio Kishida said in February that Japan remains committed to solving the territorial issue and signing a peace treaty. Does Moscow hear that?

Nozdrev: We hear it, but words are not enough. A peace treaty must open a new era of good-neighborliness, and it is simply impossible to conclude one with a government that has joined a hybrid war against our country. When that policy changes, we can talk.

Sputnik: Would talks start where they stopped in 2022?

Nozdrev: Any future treaty will have to begin with Japan's recognition of the outcome of World War II. Russia's sovereignty over the Kuril Islands is beyond question and is confirmed by the UN Charter. There is no such thing as "Northern Territories" for us.

Sputnik: Japan will send its prime minister to the NATO summit in Washington again next month.

Nozdrev: We see how NATO's infrastructure is creeping into the Asia-Pacific region, and Japan is playing a leading role in that. It does not make the region safer. We will draw the necessary conclusions for our own security in the Far East.

Sputnik: How badly has trade suffered?

Nozdrev: Trade has roughly halved compared with 2021. Still, Japanese companies have kept their stakes in Sakhalin-1 and Sakhalin-2, and Japan continues to buy Russian LNG because its own energy security depends on it.

Sputnik: And people? Are Russians still traveling to Japan?

Nozdrev: Yes, and their number is growing. Japanese people are interested in Russian culture, our ballet and music, and no sanctions can stop that. We would like to see direct flights restored.

Who is Nikolay Nozdrev? A graduate of MGIMO and a fluent Japanese speaker, Nozdrev previously headed the Russian Foreign Ministry's Third Asian Department. He was appointed ambassador to Japan by a presidential decree in January 2024.

In March 2022, Moscow halted peace treaty talks with Tokyo after Japan imposed sanctions on Russia over the special military operation in Ukraine.

Subscribe to Sputnik on Telegram

Related
Kremlin: Japan's Policy Makes Dialogue on Peace Treaty Impossible
Japan to Keep Stake in Sakhalin-2 Despite Western Pressure""",
     expected=[
        dict(speaker="Nikolai Nozdrev", alt=["Nikolay Nozdrev", "Russian Embassy in Japan"], treaty=True,
             snippet="Moscow sees no room for talks on a peace treaty while Japan remains part of the Western sanctions campaign"),
        dict(speaker="Nikolai Nozdrev", alt=["Nikolay Nozdrev", "Russian Embassy in Japan"], treaty=True,
             snippet="it is simply impossible to conclude one with a government that has joined a hybrid war against our country"),
        dict(speaker="Nikolai Nozdrev", alt=["Nikolay Nozdrev", "Russian Embassy in Japan"], treaty=True,
             snippet="Any future treaty will have to begin with Japan's recognition of the outcome of World War II."),
        dict(speaker="Nikolai Nozdrev", alt=["Nikolay Nozdrev", "Russian Embassy in Japan"], treaty=True,
             snippet="Russia's sovereignty over the Kuril Islands is beyond question and is confirmed by the UN Charter."),
        dict(speaker="Nikolai Nozdrev", alt=["Nikolay Nozdrev", "Russian Embassy in Japan"], treaty=True,
             snippet="There is no such thing as \"Northern Territories\" for us."),
        dict(speaker="Nikolai Nozdrev", alt=["Nikolay Nozdrev", "Russian Embassy in Japan"], treaty=False,
             snippet="NATO's infrastructure is creeping into the Asia-Pacific region, and Japan is playing a leading role"),
        dict(speaker="Nikolai Nozdrev", alt=["Nikolay Nozdrev", "Russian Embassy in Japan"], treaty=False,
             snippet="Japanese companies have kept their stakes in Sakhalin-1 and Sakhalin-2"),
        dict(speaker="Nikolai Nozdrev", alt=["Nikolay Nozdrev", "Russian Embassy in Japan"], treaty=False,
             snippet="Japanese people are interested in Russian culture, our ballet and music, and no sanctions can stop that."),
        dict(speaker="Nikolai Nozdrev", alt=["Nikolay Nozdrev", "Russian Embassy in Japan"], treaty=False, optional=True,
             snippet="business and humanitarian contacts should not be allowed to wither"),
     ],
     not_statements=[
        "Prime Minister Fumio Kishida said in February that Japan remains committed to solving the territorial issue",
        "Would talks start where they stopped in 2022?",
        "Japan will send its prime minister to the NATO summit in Washington again next month.",
        "Who is Nikolay Nozdrev? A graduate of MGIMO and a fluent Japanese speaker",
        "In March 2022, Moscow halted peace treaty talks with Tokyo after Japan imposed sanctions on Russia",
        "Kremlin: Japan's Policy Makes Dialogue on Peace Treaty Impossible",
        "Russian Envoy: No Peace Treaty Possible While Tokyo Keeps Sanctions Course",
     ]),
]
ARTICLES += [
dict(id="E18-15", outlet="The Japan Times",
     url="https://www.japantimes.co.jp/podcast/2024/12/04/ishiba-russia-northern-territories-policy/",
     published="2024-12-04",
     title="Podcast: Ishiba and Russia - is there anything left to talk about?",
     text="""The Japan Times
PODCASTS | TOKYO BRIEFING

Podcast: Ishiba and Russia - is there anything left to talk about?

Dec 4, 2024
Episode 214 | 31 min

In this episode: Prime Minister Shigeru Ishiba's first policy speeches said little new about Russia. Host Dana Whitfield talks with Yuri Kasatkin of Hokkaido University about what Tokyo can still do, and why the Kremlin isn't listening.

Listen on Apple Podcasts | Spotify | YouTube

Transcript

This transcript was produced with speech recognition software and edited by a human. Please check the audio before quoting.

[INTRO MUSIC]

DANA WHITFIELD: Welcome to Tokyo Briefing. I'm Dana Whitfield. Last Friday, Prime Minister Shigeru Ishiba gave his policy speech to the extraordinary Diet session, and Russia got exactly two sentences. Let's listen.

[CLIP - Prime Minister Shigeru Ishiba, policy speech, Nov. 29, English interpretation]

ISHIBA: Relations between Japan and Russia are in a harsh situation. Even so, Japan will hold to its policy of resolving the territorial issue and concluding a peace treaty.

[END CLIP]

DANA WHITFIELD: And then, a little later in the same speech:

[CLIP]

ISHIBA: For the former islanders, who are growing older, resuming grave visits to the islands is a matter of the highest priority, and we will keep asking the Russian side for it.

[END CLIP]

DANA WHITFIELD: Yuri, two sentences. Is that the policy now?

YURI KASATKIN: Pretty much. It's a holding pattern. Nobody in Kasumigaseki believes the treaty talks will restart while Putin is in the Kremlin, but no prime minister can afford to be the one who drops the territorial claim.

DANA WHITFIELD: And Moscow? Here's Kremlin spokesman Dmitry Peskov, the day after Ishiba took office.

[CLIP - Dmitry Peskov, Oct. 2, via interpreter]

PESKOV: We have not seen any signals that the new government in Tokyo intends to change its unfriendly course. Without that, there is no basis for talking about a peace treaty.

[END CLIP]

DANA WHITFIELD: So both sides are basically saying the other one has to move first. Yuri, you lived in Yuzhno-Sakhalinsk. How do people on the Russian side see it?

YURI KASATKIN: On Sakhalin, honestly, most people think the question was closed long ago. The islands get new piers and schools, and the word "Japan" comes up mostly when people talk about cars and LNG.

[AD BREAK]

DANA WHITFIELD: Before he became prime minister, Ishiba talked a lot about an "Asian NATO." Here he is at his first news conference.

[CLIP - Shigeru Ishiba, Oct. 1]

ISHIBA: An Asian version of NATO is an idea worth discussing as a way to strengthen deterrence in the region. I am not saying it can be created tomorrow.

[END CLIP]

YURI KASATKIN: Dana, can I turn the question around? Do your listeners in the U.S. even know there's a territorial dispute between Japan and Russia?

DANA WHITFIELD: Most of them? Probably not. (laughs) Which is one reason we're doing this episode.

YURI KASATKIN: Then let me just say it plainly: it's frozen, and it will stay frozen for years.

DANA WHITFIELD: On that cheerful note - Yuri Kasatkin, thank you.

[OUTRO MUSIC]

About our guest: Yuri Kasatkin is an associate professor at the Slavic-Eurasian Research Center, Hokkaido University, and a former researcher in Yuzhno-Sakhalinsk.

More episodes
Episode 213: Inside Japan's LNG dilemma
Episode 212: Who are the former islanders of Nemuro?""",
     expected=[
        dict(speaker="Shigeru Ishiba", alt=["Japanese government"], treaty=True,
             snippet="Japan will hold to its policy of resolving the territorial issue and concluding a peace treaty"),
        dict(speaker="Shigeru Ishiba", alt=["Japanese government"], treaty=True, optional=True,
             snippet="Relations between Japan and Russia are in a harsh situation."),
        dict(speaker="Shigeru Ishiba", alt=["Japanese government"], treaty=False,
             snippet="resuming grave visits to the islands is a matter of the highest priority"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True,
             snippet="Without that, there is no basis for talking about a peace treaty."),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, optional=True,
             snippet="We have not seen any signals that the new government in Tokyo intends to change its unfriendly course."),
        dict(speaker="Shigeru Ishiba", alt=["Japanese government"], treaty=False,
             snippet="An Asian version of NATO is an idea worth discussing as a way to strengthen deterrence in the region."),
     ],
     not_statements=[
        "Russia got exactly two sentences",
        "Nobody in Kasumigaseki believes the treaty talks will restart while Putin is in the Kremlin",
        "no prime minister can afford to be the one who drops the territorial claim",
        "So both sides are basically saying the other one has to move first.",
        "most people think the question was closed long ago",
        "Do your listeners in the U.S. even know there's a territorial dispute between Japan and Russia?",
        "it's frozen, and it will stay frozen for years",
        "This transcript was produced with speech recognition software and edited by a human.",
        "About our guest: Yuri Kasatkin is an associate professor at the Slavic-Eurasian Research Center",
     ]),

dict(id="E18-16", outlet="The Diplomat",
     url="https://thediplomat.com/2025/03/dialogue-is-not-a-reward-a-former-japanese-diplomat-on-russia-policy/",
     published="2025-03-11",
     title="'Dialogue Is Not a Reward': A Former Japanese Diplomat on Russia Policy",
     text="""THE DIPLOMAT
Asia Pacific | Central Asia | South Asia | Southeast Asia | Oceania | Magazine

INTERVIEWS | DIPLOMACY | EAST ASIA

'Dialogue Is Not a Reward': A Former Japanese Diplomat on Russia Policy

Nishimori Takuya on what Tokyo can still do with Moscow while the peace treaty talks are frozen.

By Thomas Ellery
March 11, 2025

Every February 7, Japan marks Northern Territories Day, and every year the speeches sound more like a vigil than a plan. At this year's national rally in Tokyo, Prime Minister Ishiba Shigeru said he was determined to resolve the territorial issue and conclude a peace treaty, even though relations with Russia remain severe.

In the Diet a few days later, Foreign Minister Iwaya Takeshi said Japan would keep seeking a settlement of the territorial issue, but that Russia's aggression against Ukraine left no room for negotiations at present.

In Moscow, Ambassador Muto Akira has repeatedly asked Russian officials to let elderly former islanders visit family graves on the islands, so far without result.

The Diplomat spoke with Nishimori Takuya, who served at the Japanese Embassy in Moscow and as consul general in Yuzhno-Sakhalinsk before retiring from the Foreign Ministry in 2021. He now teaches international relations in Sapporo.

Is there still a Japanese policy toward Russia, or only a position?

There is a position, and it is a sound one. But a policy needs instruments, and right now Tokyo has very few. Personally, I think Japan should keep the peace treaty on the agenda precisely because Russia wants it off the agenda. Dropping it would tell Moscow that force pays.

Moscow says talks cannot resume while Japan keeps its sanctions. Should Tokyo offer anything?

No. Dialogue is not a reward, and sanctions are not a bargaining chip for the islands. Japan should stay ready to talk about the peace treaty at any time, but on the basis of all the documents signed since 1956, not on Russia's new conditions.

You served in Yuzhno-Sakhalinsk. What did the Russian side of the islands look like from there?

Very different from how it looks in Tokyo. Local officials were practical people. They wanted Japanese boats for their fishermen and Japanese doctors for their hospitals. Nobody asked me about the Potsdam Declaration.

What about energy? Japan still buys LNG from Sakhalin.

That is a sensible decision. Sakhalin-2 supplies a meaningful share of Japan's gas, and walking away would simply hand the stake to China.

What would you tell the next generation of Japanese diplomats working on Russia?

Learn the language, read the documents, and be patient. This dispute will outlive all of us.

Nishimori Takuya is a former Japanese diplomat who served in Russia for 14 years. The views expressed are his own.

Enjoying this article? Click here to subscribe for full access. Just $5 a month.

Related
Why Japan Keeps Buying Russian LNG
Former Islanders and the Graves They Cannot Visit
Northern Territories Day in the Shadow of Ukraine""",
     expected=[
        dict(speaker="Shigeru Ishiba", alt=["Japanese government"], treaty=True,
             snippet="he was determined to resolve the territorial issue and conclude a peace treaty, even though relations with Russia remain severe"),
        dict(speaker="Takeshi Iwaya", alt=["Japanese Foreign Ministry"], treaty=True,
             snippet="Japan would keep seeking a settlement of the territorial issue, but that Russia's aggression against Ukraine left no room"),
        dict(speaker="Akira Muto", alt=["Japanese Foreign Ministry"], treaty=False,
             snippet="asked Russian officials to let elderly former islanders visit family graves on the islands"),
        dict(speaker="Takuya Nishimori", alt=["Nishimori Takuya"], treaty=True, optional=True,
             snippet="Japan should keep the peace treaty on the agenda precisely because Russia wants it off the agenda"),
        dict(speaker="Takuya Nishimori", alt=["Nishimori Takuya"], treaty=True, optional=True,
             snippet="Japan should stay ready to talk about the peace treaty at any time, but on the basis of all the documents"),
        dict(speaker="Takuya Nishimori", alt=["Nishimori Takuya"], treaty=False, optional=True,
             snippet="Sakhalin-2 supplies a meaningful share of Japan's gas, and walking away would simply hand the stake to China."),
     ],
     not_statements=[
        "every year the speeches sound more like a vigil than a plan",
        "Is there still a Japanese policy toward Russia, or only a position?",
        "Moscow says talks cannot resume while Japan keeps its sanctions. Should Tokyo offer anything?",
        "What about energy? Japan still buys LNG from Sakhalin.",
        "Nishimori Takuya is a former Japanese diplomat who served in Russia for 14 years. The views expressed are his own.",
        "Enjoying this article? Click here to subscribe for full access.",
        "Northern Territories Day in the Shadow of Ukraine",
     ]),
]
ARTICLES += [
dict(id="E18-17", outlet="Nikkei Asia",
     url="https://asia.nikkei.com/Politics/International-relations/Takaichi-interview-Japan-will-not-give-up-on-Northern-Territories",
     published="2025-12-16",
     title="Takaichi: Japan will not give up on Northern Territories despite frozen talks",
     text="""Nikkei Asia
Politics | Business | Economy | Tech | Opinion | Spotlight

Politics > International relations

Takaichi: Japan will not give up on Northern Territories despite frozen talks
Prime minister says Sakhalin-2 stake stays for energy security, urges 'just peace' in Ukraine

TOKYO -- Japan will hold on to its goal of settling the territorial dispute with Russia and signing a peace treaty, even though Moscow has refused to negotiate for almost four years, Prime Minister Sanae Takaichi told Nikkei in an interview on Monday.

Takaichi, who took office in October as Japan's first female prime minister, also said Japan would keep its stake in the Sakhalin-2 natural gas project for the sake of energy security, while coordinating closely with the Group of Seven on sanctions.

The Kremlin has shown no interest in a thaw. Spokesman Dmitry Peskov said in October that Moscow saw no sign that the new government in Tokyo would drop its unfriendly stance and that the conditions for a dialogue on a peace treaty were therefore absent.

The following are edited excerpts from the interview.

Nikkei Asia: Your mentor, the late Shinzo Abe, met Vladimir Putin 27 times and still came home without the islands. Was that approach a mistake?

Prime Minister Takaichi: Prime Minister Abe did everything a leader could do to move the negotiations forward, and I respect that effort deeply. The situation today is completely different because of Russia's aggression against Ukraine. But the Northern Territories are an inherent part of Japan's territory, and my government will firmly maintain the policy of resolving the territorial issue and concluding a peace treaty.

Nikkei Asia: Is there anything you can offer Moscow to restart the talks?

Prime Minister Takaichi: It is Russia that unilaterally broke off the negotiations, so it is not for Japan to pay a price to restart them. What I can say is that the former islanders are now over 88 on average, and I will keep pressing Russia to allow grave visits to resume as a humanitarian matter.

Nikkei Asia: Washington has asked allies to cut remaining energy ties with Russia. Will Japan exit Sakhalin-2?

Prime Minister Takaichi: Sakhalin-2 provides close to 10% of our LNG imports. If we pulled out, the gas would simply go to a third country at a lower price, and our electricity bills would go up. We will keep our interest for the stability of Japan's energy supply, while acting in coordination with the G7.

Nikkei Asia: Do you expect a peace deal in Ukraine soon?

Prime Minister Takaichi: What is needed is a just and lasting peace, not a ceasefire that rewards aggression. Japan will continue to support Ukraine, including in its reconstruction.

Nikkei Asia: Relations with Beijing have become tense since your remarks on Taiwan in the Diet.

Prime Minister Takaichi: Japan's position on Taiwan has not changed and is consistent with the 1972 Japan-China Joint Communique. The door to dialogue with China is always open.

Photo caption: Prime Minister Sanae Takaichi speaks with Nikkei at the prime minister's office in Tokyo on Dec. 15. (Photo by Hiroshi Endo)

Japan and the Soviet Union restored diplomatic ties in 1956 but never signed a peace treaty because of the dispute over the islands, which Russia calls the Southern Kurils.

Read next
Russia keeps Japan on 'unfriendly' list as fisheries talks stall
Analysis: What Takaichi's Taiwan remarks mean for East Asia""",
     expected=[
        dict(speaker="Sanae Takaichi", alt=["Japanese government"], treaty=True,
             snippet="Japan will hold on to its goal of settling the territorial dispute with Russia and signing a peace treaty"),
        dict(speaker="Sanae Takaichi", alt=["Japanese government"], treaty=False,
             snippet="Japan would keep its stake in the Sakhalin-2 natural gas project for the sake of energy security"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True,
             snippet="the conditions for a dialogue on a peace treaty were therefore absent"),
        dict(speaker="Sanae Takaichi", alt=["Japanese government"], treaty=True, optional=True,
             snippet="Prime Minister Abe did everything a leader could do to move the negotiations forward"),
        dict(speaker="Sanae Takaichi", alt=["Japanese government"], treaty=True,
             snippet="the Northern Territories are an inherent part of Japan's territory, and my government will firmly maintain"),
        dict(speaker="Sanae Takaichi", alt=["Japanese government"], treaty=True,
             snippet="It is Russia that unilaterally broke off the negotiations, so it is not for Japan to pay a price to restart them."),
        dict(speaker="Sanae Takaichi", alt=["Japanese government"], treaty=False,
             snippet="I will keep pressing Russia to allow grave visits to resume as a humanitarian matter"),
        dict(speaker="Sanae Takaichi", alt=["Japanese government"], treaty=False,
             snippet="If we pulled out, the gas would simply go to a third country at a lower price"),
        dict(speaker="Sanae Takaichi", alt=["Japanese government"], treaty=False,
             snippet="What is needed is a just and lasting peace, not a ceasefire that rewards aggression."),
        dict(speaker="Sanae Takaichi", alt=["Japanese government"], treaty=False,
             snippet="Japan's position on Taiwan has not changed and is consistent with the 1972 Japan-China Joint Communique."),
     ],
     not_statements=[
        "met Vladimir Putin 27 times and still came home without the islands. Was that approach a mistake?",
        "Is there anything you can offer Moscow to restart the talks?",
        "Washington has asked allies to cut remaining energy ties with Russia. Will Japan exit Sakhalin-2?",
        "The Kremlin has shown no interest in a thaw.",
        "never signed a peace treaty because of the dispute over the islands, which Russia calls the Southern Kurils",
        "Prime Minister Sanae Takaichi speaks with Nikkei at the prime minister's office in Tokyo on Dec. 15.",
        "Russia keeps Japan on 'unfriendly' list as fisheries talks stall",
        "Takaichi: Japan will not give up on Northern Territories despite frozen talks",
     ]),

dict(id="E18-18", outlet="Ministry of Foreign Affairs of Japan",
     url="https://www.mofa.go.jp/press/kaiken/kaikeneit_000112.html",
     published="2026-02-06",
     title="Press Conference by Foreign Minister MOTEGI Toshimitsu",
     text="""Ministry of Foreign Affairs of Japan
Home > Press Releases > Press Conferences > Press Conferences by the Foreign Minister

Press Conference by Foreign Minister MOTEGI Toshimitsu

Friday, February 6, 2026, 9:52 a.m. Front Entrance Hall, Prime Minister's Office

(This is a provisional translation by the Ministry of Foreign Affairs of Japan.)

Opening Remarks

Visit to Germany for the Munich Security Conference

Minister Motegi: I will visit Germany from February 13 to 15 to attend the Munich Security Conference. The security environments of Europe and the Indo-Pacific are inseparable, and I intend to explain Japan's efforts to maintain and strengthen a free and open international order based on the rule of law.

Questions and Answers

Reporter (Hokkaido Shimbun): Tomorrow is Northern Territories Day. Last week, Russian Foreign Ministry Spokeswoman Zakharova said that Japan should stop dreaming about the islands. What is your response, and how will the Government approach the territorial issue?

Minister Motegi: I will refrain from commenting on each remark by the Russian side. That said, the Northern Territories are islands over which Japan has sovereignty, and the Government's policy of resolving the territorial issue and concluding a peace treaty remains unchanged. Prime Minister Takaichi will attend the national rally tomorrow, and the Government will work together with the former islanders and the people of Hokkaido.

Reporter (Hokkaido Shimbun): Some experts say Japan should propose restarting talks on the basis of the 1956 Joint Declaration. Is that an option?

Minister Motegi: I will not comment on hypothetical questions. Japan's position is to resolve the issue of the attribution of the four islands and conclude a peace treaty, and the negotiating history, including the 1956 Joint Declaration, is part of that.

Reporter (Kyodo News): Russia has not responded to Japan's request for consultations on this year's safe-operation fishing framework near the Northern Territories. What is the outlook?

Minister Motegi: Ensuring the safety of Japanese fishermen is of great importance. We are urging the Russian side to hold the consultations at an early date, and we will continue to make every effort through diplomatic channels.

Reporter (NHK): If a peace agreement is reached in Ukraine, would Japan review its sanctions against Russia?

Minister Motegi: It would be premature to say anything about that. Japan will continue to respond in close coordination with the G7, and our support for Ukraine remains unchanged.

Reporter (Jiji Press): Chief Cabinet Secretary Kihara said yesterday that the Government would consider new measures against Chinese economic coercion. Is the Foreign Ministry involved?

Minister Motegi: The relevant ministries are working together on this. I will refrain from going into details.

(End)

Back to Press Conferences
Page Top""",
     expected=[
        dict(speaker="Toshimitsu Motegi", alt=["Japanese Foreign Ministry"], treaty=False,
             snippet="I intend to explain Japan's efforts to maintain and strengthen a free and open international order"),
        dict(speaker="Toshimitsu Motegi", alt=["Japanese Foreign Ministry"], treaty=True,
             snippet="the Northern Territories are islands over which Japan has sovereignty, and the Government's policy"),
        dict(speaker="Toshimitsu Motegi", alt=["Japanese Foreign Ministry"], treaty=True, optional=True,
             snippet="the Government will work together with the former islanders and the people of Hokkaido"),
        dict(speaker="Toshimitsu Motegi", alt=["Japanese Foreign Ministry"], treaty=True,
             snippet="Japan's position is to resolve the issue of the attribution of the four islands and conclude a peace treaty"),
        dict(speaker="Toshimitsu Motegi", alt=["Japanese Foreign Ministry"], treaty=False,
             snippet="We are urging the Russian side to hold the consultations at an early date"),
        dict(speaker="Toshimitsu Motegi", alt=["Japanese Foreign Ministry"], treaty=False,
             snippet="Japan will continue to respond in close coordination with the G7, and our support for Ukraine remains unchanged."),
     ],
     not_statements=[
        "Russian Foreign Ministry Spokeswoman Zakharova said that Japan should stop dreaming about the islands",
        "Some experts say Japan should propose restarting talks on the basis of the 1956 Joint Declaration.",
        "Russia has not responded to Japan's request for consultations on this year's safe-operation fishing framework",
        "If a peace agreement is reached in Ukraine, would Japan review its sanctions against Russia?",
        "Chief Cabinet Secretary Kihara said yesterday that the Government would consider new measures",
        "(This is a provisional translation by the Ministry of Foreign Affairs of Japan.)",
        "Tomorrow is Northern Territories Day.",
     ]),
]
