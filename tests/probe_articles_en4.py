# Hand-written English test articles for treatywatch.statements.extract_statements (round 4: machine-translated
# aggregator pages).
# All texts are original (written for this test), loosely modelled on real events 2012-2026; events, outlets and
# phrasings differ from rounds 1-3 (tests/probe_articles_en.py, tests/probe_articles_en2.py, tests/probe_articles_en3.py).
# expected: dict(speaker, treaty (True/False/None), snippet, [alt], [optional])
# not_statements: substrings that must not yield a peace_treaty=True statement.

# Every page is a wire story (TASS, RIA, Interfax, Kyodo, NHK, Jiji) copied by an aggregator and machine-translated
# into English from Russian or Japanese, with the site's junk around it: menus, dates, view and comment counters,
# the headline twice or the whole story twice, "Read also" / "Related article" lines that quote someone, tags, share
# buttons, copyright lines. The English is literal: Russian word order ("Declared this on Monday the head of the
# Foreign Ministry Sergey Lavrov"), dropped articles, the Japanese order ("... at the press conference of the 21st,
# about ..., expressed "..." and emphasized"), transliteration variants (Sergey, Kisida, Genba, Kouno, Abe Sinzo,
# Peskow, Zaharova, Mateu, Kuriles, Etorofu), mixed quote marks and attribution by a dash ("— said the diplomat").
# A protest over a visit, an election or a building on the islands with no explicit claim is optional (treaty=None);
# the link lines, agency background, unnamed sources, experts and documents are not statements.
ARTICLES = [
dict(id="E4-01", outlet="NipponDailyDigest (machine translation from Japanese)", url="https://nippondailydigest.jp/en/politics/20120729-genba-lavrov-sochi", published="2012-07-29",
     title="Foreign Minister Genba, Japan-Russia foreign ministers meeting in Sochi, territorial problem \"discuss in calm environment\"",
     text="""Home | Politics | Economy | International | Sports | Weather
2012/07/29 (Sun) 07:40  Views 2,315

Foreign Minister Genba, Japan-Russia foreign ministers meeting in Sochi, territorial problem "discuss in calm environment"

Foreign Minister Genba Koichiro on the 28th, in Sochi of southern Russia held the meeting with Foreign Minister Lavrov of Russia about 4 hours including the lunch. About the Northern Territories problem, Foreign Minister Genba after the meeting to the accompanying reporters, "we agreed to proceed the discussion in calm environment, each other without emotion" and revealed.

About the visit of Prime Minister Medvedev to Kunashiri island at the beginning of this month, Foreign Minister Genba said that he conveyed to Lavrov that "it hurt the feelings of the Japanese people".

Lavrov foreign minister, according to the announcement of Russian side, stated "Russia is ready to continue the search of the mutually acceptable solution through the dialogue, but the sovereignty of Russia over the southern Kurils is not the subject of doubt".

Also the both foreign ministers exchanged the opinion about the situation of Syria, and Foreign Minister Genba requested "the Russia to play a constructive role in the Security Council".

Genba foreign minister is the first Japanese foreign minister to visit Sochi. The two countries plan to hold the vice-ministerial level consultation on the peace treaty in autumn, before the visit of Prime Minister Noda to Russia.

[Related articles]
・Medvedev prime minister, Kunashiri island visit "this is our ancient land"

(C) NipponDailyDigest. Unauthorized reproduction prohibited.
※This article is machine translated from Japanese.""",
     expected=[
        dict(speaker="Koichiro Gemba", treaty=True, snippet="we agreed to proceed the discussion in calm environment, each other without emotion"),
        dict(speaker="Koichiro Gemba", treaty=None, optional=True, snippet="it hurt the feelings of the Japanese people"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="Russia is ready to continue the search of the mutually acceptable solution through the dialogue"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="the sovereignty of Russia over the southern Kurils is not the subject of doubt"),
        dict(speaker="Koichiro Gemba", treaty=False, snippet="the Russia to play a constructive role in the Security Council"),
     ],
     not_statements=["The two countries plan to hold the vice-ministerial level consultation on the peace treaty in autumn",
                     "Medvedev prime minister, Kunashiri island visit \"this is our ancient land\"",
                     "Unauthorized reproduction prohibited."]),

dict(id="E4-02", outlet="RusVesti24 (machine translation from Russian)", url="https://rusvesti24.ru/en/politics/2014/02/09/ushakov-putin-abe-sochi", published="2014-02-09",
     title="Ushakov: Putin and Abe agreed to activate the work on the peace treaty",
     text="""Main | Politics | Economy | Sport | Sochi-2014 | Incidents
09.02.2014 11:20   Views: 2871   Comments: 4

Ushakov: Putin and Abe agreed to activate the work on the peace treaty

Ushakov: Putin and Abe agreed to activate the work on the peace treaty

The leaders of Russia and Japan at the meeting in Sochi agreed to give the new impulse to the negotiations on the peace treaty. About this informed to journalists the assistant of the President of Russia Yuri Ushakov after the talks of Vladimir Putin with the Prime minister of Japan Shinzo Abe, who arrived to the opening of the Olympic games.

"The leaders confirmed, that the question of the peace treaty must be resolved on the mutually acceptable basis, and the consultations of the deputy ministers will be continued in spring" — told Ushakov. According to him, in Moscow highly appreciate, that the Japanese premier came to Sochi in spite of the boycott from the side of several western leaders.

Also the Kremlin aide informed, that the leaders agreed about the visit of Putin to Japan in autumn of this year, the concrete dates will be coordinated through the diplomatic channels.

Read also: Lavrov: Kurils are not the subject of the bargaining

The Olympic games in Sochi were opened on Friday. The ceremony was attended by the leaders of more than 40 states.

As was reported earlier, in November of last year in Tokyo for the first time passed the consultations in the format "2+2" with participation of the ministers of foreign affairs and of defence of two countries.

Tags: Putin, Abe, Japan, Sochi-2014
Share: VK OK Facebook Twitter
© RusVesti24. At the use of the materials the hyperlink to the source is obligatory.""",
     expected=[
        dict(speaker="Yuri Ushakov", alt=["Kremlin", "Vladimir Putin", "Shinzo Abe"], treaty=True, snippet="agreed to give the new impulse to the negotiations on the peace treaty"),
        dict(speaker="Yuri Ushakov", alt=["Kremlin"], treaty=True, snippet="The leaders confirmed, that the question of the peace treaty must be resolved on the mutually acceptable basis"),
        dict(speaker="Yuri Ushakov", alt=["Kremlin"], treaty=False, snippet="in Moscow highly appreciate, that the Japanese premier came to Sochi"),
        dict(speaker="Yuri Ushakov", alt=["Kremlin"], treaty=None, optional=True, snippet="the leaders agreed about the visit of Putin to Japan in autumn of this year"),
     ],
     not_statements=["Lavrov: Kurils are not the subject of the bargaining",
                     "in November of last year in Tokyo for the first time passed the consultations in the format",
                     "The ceremony was attended by the leaders of more than 40 states."]),

dict(id="E4-03", outlet="NovostiSegodnya (machine translation from Russian)", url="https://novostisegodnya.net/en/politics/2014-11-10/putin-abe-beijing", published="2014-11-10",
     title="In the Kremlin told about the conversation of Putin and Abe in Beijing",
     text="""Novosti Segodnya » Politics » 10 November 2014 » 18:32    👁 1 640

In the Kremlin told about the conversation of Putin and Abe in Beijing

President of Russia Vladimir Putin and Prime minister of Japan Shinzo Abe on Sunday on the sidelines of the APEC summit in Beijing held the meeting, which lasted about one and a half hour. As informed the press service of the Kremlin, the sides "confirmed the intention to continue the dialogue on the whole spectrum of questions, including the problem of the peace treaty".

Abe after the meeting told the Japanese journalists: "I want to advance the negotiations on the peace treaty through the frank dialogue with President Putin, we agreed to prepare his visit to Japan for the best timing", reports the agency Kyodo.

The press secretary of the president Dmitry Peskov to journalists specified, that the leaders in detail discussed the energy cooperation, "including the increase of the supplies of the liquefied gas from Sakhalin".

Read also: Abe: the problem of the islands must be solved by our generation

The territorial dispute concerns the islands of Iturup, Kunashir, Shikotan and the group of Habomai, which Japan calls the "northern territories". Japan this year joined the Western sanctions against Russia over the situation in Ukraine.

Tags: Putin, Abe, APEC, Japan
Share: VK Facebook Twitter Google+""",
     expected=[
        dict(speaker="Kremlin", alt=["Vladimir Putin", "Dmitry Peskov"], treaty=True, snippet="confirmed the intention to continue the dialogue on the whole spectrum of questions, including the problem of the peace treaty"),
        dict(speaker="Shinzo Abe", treaty=True, snippet="I want to advance the negotiations on the peace treaty through the frank dialogue with President Putin"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=False, snippet="the leaders in detail discussed the energy cooperation"),
     ],
     not_statements=["Abe: the problem of the islands must be solved by our generation",
                     "The territorial dispute concerns the islands of Iturup, Kunashir, Shikotan and the group of Habomai",
                     "Japan this year joined the Western sanctions against Russia"]),

dict(id="E4-04", outlet="MirNovostei (machine translation from Russian)", url="https://mirnovostei.info/en/world/2015/09/21/lavrov-kisida-islands", published="2015-09-21",
     title="Lavrov: the question of the islands with Kisida was not discussed",
     text="""Politics › World › 21 September 2015, 19:04 › 👁 5310 › 💬 27

Lavrov: the question of the islands with Kisida was not discussed

Russia does not conduct with Japan any dialogue about the problem of the Southern Kuriles, this question was resolved 70 years ago. Declared this on Monday the head of the Foreign Ministry Sergey Lavrov at the press-conference following the results of the negotiations with the Japanese colleague Fumio Kisida.

"We discussed the peace treaty, but not the islands. The Southern Kuriles became the part of our country by the results of the Second World War, and this is not the subject of the discussion" — underlined the minister.

Kisida at the same press-conference declared, that the Japanese side „frankly and in detail“ explained to Moscow its position on the territorial problem, and that the sides agreed to continue the negotiations at the level of the deputy ministers in October.

Besides, the Minister of foreign affairs of Russia said, that Moscow expects from Tokyo the more active participation in the projects in the Far East, and also touched the situation in Syria, having named the airstrikes of the coalition without the consent of Damascus «the violation of the international law».

Read also: Zaharova: the Japanese protests about the visit of Medvedev to Iturup are not accepted

Recall, the peace treaty between the USSR and Japan was not signed after the war. In 1956 the sides signed the Declaration, in which the USSR agreed to transfer to Japan Habomai and Shikotan after the conclusion of the peace treaty.

Tags: Lavrov, Kisida, Japan, Kuriles
Share this news: VK Facebook Twitter OK""",
     expected=[
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="Russia does not conduct with Japan any dialogue about the problem of the Southern Kuriles"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="We discussed the peace treaty, but not the islands."),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="The Southern Kuriles became the part of our country by the results of the Second World War"),
        dict(speaker="Fumio Kishida", treaty=True, snippet="explained to Moscow its position on the territorial problem"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=False, snippet="the violation of the international law"),
     ],
     not_statements=["Zaharova: the Japanese protests about the visit of Medvedev to Iturup are not accepted",
                     "the peace treaty between the USSR and Japan was not signed after the war",
                     "In 1956 the sides signed the Declaration, in which the USSR agreed to transfer to Japan Habomai and Shikotan"]),

dict(id="E4-05", outlet="NihonSeikyokuDigest (machine translation from Japanese)", url="https://nihonseikyoku.jp/en/diplomacy/20160905-abe-vladivostok", published="2016-09-05",
     title="Prime Minister Abe, \"Let's end the abnormal situation\" to President Putin in Vladivostok speech",
     text="""Home > Politics > Diplomacy
2016.09.05 (Mon) 21:15 | 1,204 views

Prime Minister Abe, "Let's end the abnormal situation" to President Putin in Vladivostok speech

Prime Minister Abe Sinzo on the 3rd, at the plenary session of the "Eastern Economic Forum" in Vladivostok, Russia, delivered the speech. The Prime Minister, toward President Putin, called "Vladimir, in our generation, with our hands, let's put an end to the abnormal situation that the peace treaty is not concluded even 71 years after the war," and appealed.

Also the Prime Minister proposed that the leaders of both countries meet every year in Vladivostok at the Forum, and expressed the intention that "Japan will steadily advance the eight-item economic cooperation plan".

President Putin at the same forum, about the territorial problem, said "We are ready to search the solution together, but it is not the question that is solved in one day", it is reported.

Chief Cabinet Secretary Suga at the press conference of the 5th, about the launch of three ballistic missiles by North Korea of the same day, expressed "it is the serious threat to the security of our country and absolutely cannot be allowed", and said that the government protested strongly through the embassy route in Beijing.

According to a person concerned of the government, the special framework for the joint economic activity on the four northern islands which does not harm the legal positions of both countries is under consideration.

▽Related article
・President Putin, "there is no promise of the two islands handover in the Declaration"

[Tweet] [Share] [LINE] [Hatena]
※This article is automatically translated by machine.""",
     expected=[
        dict(speaker="Shinzo Abe", treaty=True, snippet="let's put an end to the abnormal situation that the peace treaty is not concluded"),
        dict(speaker="Shinzo Abe", treaty=None, optional=True, snippet="Japan will steadily advance the eight-item economic cooperation plan"),
        dict(speaker="Vladimir Putin", treaty=True, snippet="We are ready to search the solution together, but it is not the question that is solved in one day"),
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=False, snippet="it is the serious threat to the security of our country and absolutely cannot be allowed"),
     ],
     not_statements=["According to a person concerned of the government, the special framework for the joint economic activity",
                     "President Putin, \"there is no promise of the two islands handover in the Declaration\""]),

dict(id="E4-06", outlet="VostokMedia24 (machine translation from Russian)", url="https://vostokmedia24.ru/en/news/2017/03/19/afanasiev-kuriles-joint-activity", published="2017-03-19",
     title="Ambassador Afanasiev: joint activity on the Kuriles is possible only by the Russian laws",
     text="""News | Far East | Politics | 19.03.2017 09:12 | Views: 1 054 | Comments: 0

Ambassador Afanasiev: joint activity on the Kuriles is possible only by the Russian laws

The joint economic activity of Russia and Japan on the Southern Kuriles can be realized only in accordance with the Russian legislation. Such opinion in the interview to the newspaper „Hokkaido Shimbun“ expressed the ambassador of Russia in Japan Evgeny Afanasiev.

„The sovereignty of Russia over these islands is not discussed, it is our principled position. The joint activity must create the atmosphere of the trust for the future work on the peace treaty“, — said the diplomat.

According to the ambassador, the first group of the Japanese businessmen can visit the islands already this summer, however the question of the entry regime is still not settled.

„The festival „Russian Seasons“ will show to the Japanese audience the best of our culture, about 200 events in 40 cities are planned», — told Afanasiev.

The question of the legal basis of the joint activity remains the main disagreement of the parties, note the experts.

Read also: Kisida: Japan will not agree to the activity under the Russian law

Tags: Kuriles, Japan, Afanasiev, joint activity
Share: VK | OK | Telegram | WhatsApp""",
     expected=[
        dict(speaker="Evgeny Afanasiev", treaty=True, optional=True, snippet="can be realized only in accordance with the Russian legislation"),
        dict(speaker="Evgeny Afanasiev", treaty=True, snippet="The sovereignty of Russia over these islands is not discussed"),
        dict(speaker="Evgeny Afanasiev", treaty=True, snippet="The joint activity must create the atmosphere of the trust for the future work on the peace treaty"),
        dict(speaker="Evgeny Afanasiev", treaty=None, optional=True, snippet="the first group of the Japanese businessmen can visit the islands already this summer"),
        dict(speaker="Evgeny Afanasiev", treaty=False, snippet="will show to the Japanese audience the best of our culture"),
     ],
     not_statements=["The question of the legal basis of the joint activity remains the main disagreement of the parties, note the experts.",
                     "Kisida: Japan will not agree to the activity under the Russian law"]),

dict(id="E4-07", outlet="PravdaNews-24 (machine translation from Russian)", url="https://pravdanews24.info/en/politics/2017-08-24-zaharova-shikotan", published="2017-08-24",
     title="Zaharova: the protests of Tokyo about the territory of advanced development on Shikotan are unacceptable",
     text="""News feed | Politics | 24.08.2017 | 16:48 | Views: 987

Zaharova: the protests of Tokyo about the territory of advanced development on Shikotan are unacceptable

The official representative of the MFA of Russia Maria Zaharova named unacceptable the protest of Japan in connection with the creation of the territory of advanced development on the island Shikotan.

"The Kuril islands are the integral part of the territory of the Russian Federation. How to develop our own territory, we will decide ourselves, and the protests of the Japanese side we consider as the interference into the internal affairs of Russia," - said Zaharova on the briefing on Thursday.

She also underlined, that the creation of the zone does not contradict the agreements about the joint economic activity, the consultations about which the sides continue, and expressed the hope, that it "will not cast the shadow on the dialogue about the peace treaty".

Earlier the Prime minister Dmitry Medvedev signed the decree about the creation on Shikotan of the territory of advanced development "Kurily". Japan through the diplomatic channels transmitted the protest to the Russian side.

Besides, the diplomat commented the situation around the DPRK, having called all the sides "to show the restraint and not to give in to the emotions".

Read also: Kono: Tokyo will demand from Moscow the explanations about Shikotan

Tags: Zaharova, MFA, Japan, Kuriles, Shikotan
© PravdaNews-24 2017. All rights reserved.""",
     expected=[
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, optional=True, snippet="named unacceptable the protest of Japan"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="The Kuril islands are the integral part of the territory of the Russian Federation."),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="will not cast the shadow on the dialogue about the peace treaty"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False, snippet="to show the restraint and not to give in to the emotions"),
     ],
     not_statements=["Dmitry Medvedev signed the decree about the creation on Shikotan of the territory of advanced development",
                     "Kono: Tokyo will demand from Moscow the explanations about Shikotan",
                     "All rights reserved."]),

dict(id="E4-08", outlet="JapanPoliticsToday (machine translation from Japanese)", url="https://japanpoliticstoday.jp/en/diplomacy/20180527-abe-putin-petersburg", published="2018-05-27",
     title="Prime Minister Abe, Japan-Russia summit in St. Petersburg \"steadily advance toward peace treaty\"",
     text="""Politics | Diplomacy | Economy | Society | Sports
2018/05/27 (Sun) 06:10

Prime Minister Abe, Japan-Russia summit in St. Petersburg "steadily advance toward peace treaty"

Prime Minister Abe Shinzo on the 26th (Japan time on the 27th early morning), in St. Petersburg held the meeting with President Putin. It is the 21st meeting of the both leaders. At the joint press announcement after the meeting, the Prime Minister, about the peace treaty, expressed "With Vladimir, we will steadily advance toward the solution acceptable for both sides, by the new approach" and emphasized.

President Putin said "It is not simple problem, but we intend to continue" and, about the joint economic activity on the four northern islands, revealed that the business mission of Japan will visit the islands in summer.

Also, the Prime Minister, about the Iran nuclear agreement from which the United States announced the withdrawal, said "Japan supports the agreement, and want to cooperate with Russia for the stability of the Middle East".

Since the meeting in Nagato of 2016, the both countries discuss the joint economic activity in five fields including aquaculture and tourism on the four islands.

▼Related article
・Putin president, "Japan is not free in its decisions" about the alliance with U.S.

[Tweet] [Like] [LINE] [Bookmark]""",
     expected=[
        dict(speaker="Shinzo Abe", treaty=True, snippet="we will steadily advance toward the solution acceptable for both sides"),
        dict(speaker="Vladimir Putin", treaty=True, snippet="It is not simple problem, but we intend to continue"),
        dict(speaker="Vladimir Putin", treaty=None, optional=True, snippet="revealed that the business mission of Japan will visit the islands in summer"),
        dict(speaker="Shinzo Abe", treaty=False, snippet="Japan supports the agreement, and want to cooperate with Russia for the stability of the Middle East"),
     ],
     not_statements=["Since the meeting in Nagato of 2016, the both countries discuss the joint economic activity",
                     "Putin president, \"Japan is not free in its decisions\" about the alliance with U.S."]),

dict(id="E4-09", outlet="JapanNewsStation (machine translation from Japanese)", url="https://japannewsstation.jp/en/international/20190217-kouno-lavrov-munich", published="2019-02-17",
     title="Foreign Minister Kouno, Japan-Russia foreign ministers meeting in Munich 'want to accelerate negotiation'",
     text="""Top | Politics | International | Economy | Sports
2019/02/17 (Sun) 08:55

Foreign Minister Kouno, Japan-Russia foreign ministers meeting in Munich 'want to accelerate negotiation'

Foreign Minister Kouno Taro on the 16th, in Munich of Germany held the meeting with Russian Foreign Minister Lavrov about 1 hour 20 minutes. After the meeting, Foreign Minister Kouno to the reporters, about the peace treaty negotiation, "it was frank discussion, both sides want to accelerate the negotiation toward the agreement acceptable for both" and emphasized.

On the other hand, Foreign Minister Lavrov after the meeting said "there are no any deadlines, and the differences still are significant", and repeated the position that Japan must recognize the results of the Second World War including the sovereignty of Russia over the Southern Kuril Islands, reported the TASS news agency.

Also, Foreign Minister Kouno about the North Korea problem, said "it is important that Japan, the United States and Russia cooperate for the complete denuclearization".

The next meeting of the both foreign ministers is expected to be held before the G20 summit in Osaka in June.

Japan and Russia, since the summit meeting in Singapore of last November agreed to accelerate the negotiation on the basis of the 1956 Japan-Soviet Joint Declaration, set the foreign ministers as the "negotiation responsible persons".

■Related
・Kouno foreign minister, "next question" four times at the press conference, criticism from the opposition

[Share] [Tweet] [LINE]""",
     expected=[
        dict(speaker="Taro Kono", alt=["Japanese Foreign Ministry"], treaty=True, snippet="both sides want to accelerate the negotiation toward the agreement acceptable for both"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="there are no any deadlines, and the differences still are significant"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="Japan must recognize the results of the Second World War including the sovereignty of Russia"),
        dict(speaker="Taro Kono", alt=["Japanese Foreign Ministry"], treaty=False, snippet="it is important that Japan, the United States and Russia cooperate for the complete denuclearization"),
     ],
     not_statements=["The next meeting of the both foreign ministers is expected to be held before the G20 summit",
                     "agreed to accelerate the negotiation on the basis of the 1956 Japan-Soviet Joint Declaration",
                     "Kouno foreign minister, \"next question\" four times at the press conference"]),

dict(id="E4-10", outlet="NewsRu24 (machine translation from Russian)", url="https://newsru24.info/en/politics/2019/08/03/peskow-medvedev-iturup", published="2019-08-03",
     title="Peskow: the Prime Minister visits the Russian regions, the Kuriles among them, when he considers it necessary",
     text="""Main › Politics › 03.08.2019 › 13:05    👁 2204    💬 15

Peskow: the Prime Minister visits the Russian regions, the Kuriles among them, when he considers it necessary

The Kremlin does not see anything unusual in the trip of the head of the government Dmitry Medvedev to Iturup. Declared this on Saturday to journalists the press secretary of the president Dmitry Peskow.

"The Kuriles are the territory of the Russian Federation. The Prime Minister visits the Russian regions when he considers it necessary, and nobody's permission for this is needed" - said Peskow, commenting the protest of Tokyo.

On Friday Medvedev visited the fish processing plant and the new kindergarten on Iturup. "We will continue to invest in the islands, here will be the new hospital and the airport will be expanded", — declared he, talking with the inhabitants.

Japan's Foreign Minister Taro Kono earlier named the visit "extremely regrettable" and declared that it "goes against the position of Japan".

Peskow also named the unauthorized action in the centre of Moscow last Saturday «the provocation» and said that the Kremlin does not plan to comment the detentions.

Read also: Medvedev: the Kuriles - our land, we will not give them back

Recall, Medvedev already visited the Southern Kuriles in 2010, 2012 and 2015. Every time the visit caused the protests of the Japanese side.

Tags: Medvedev, Kuriles, Iturup, Peskov
Share: VK OK Telegram

Peskow: the Prime Minister visits the Russian regions, the Kuriles among them, when he considers it necessary

The Kremlin does not see anything unusual in the trip of the head of the government Dmitry Medvedev to Iturup. Declared this on Saturday to journalists the press secretary of the president Dmitry Peskow.

"The Kuriles are the territory of the Russian Federation. The Prime Minister visits the Russian regions when he considers it necessary, and nobody's permission for this is needed" - said Peskow, commenting the protest of Tokyo.

Comments (15)   Login to comment""",
     expected=[
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=None, optional=True, snippet="The Kremlin does not see anything unusual in the trip"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="The Kuriles are the territory of the Russian Federation."),
        dict(speaker="Dmitry Medvedev", treaty=False, optional=True, snippet="We will continue to invest in the islands"),
        dict(speaker="Taro Kono", treaty=None, optional=True, snippet="extremely regrettable"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=False, snippet="named the unauthorized action in the centre of Moscow last Saturday"),
     ],
     not_statements=["Medvedev: the Kuriles - our land, we will not give them back",
                     "Medvedev already visited the Southern Kuriles in 2010, 2012 and 2015",
                     "Every time the visit caused the protests of the Japanese side."]),

dict(id="E4-11", outlet="SeijiNewsOnline (machine translation from Japanese)", url="https://seijinewsonline.jp/en/politics/20210921-kato-election-northern-territories", published="2021-09-21",
     title="Chief Cabinet Secretary Kato, Russian lower house election in the Northern Territories \"not acceptable\"",
     text="""Politics | Diplomacy | Economy | Society
2021/09/21 (Tue) 17:25

Chief Cabinet Secretary Kato, Russian lower house election in the Northern Territories "not acceptable"

Chief Cabinet Secretary Kato at the press conference of the 21st, about that the Russian lower house election was conducted also in the Northern Territories, expressed "it is not compatible with the position of our country and cannot be accepted" and revealed that the government protested through the diplomatic route.

On top of that, Chief Cabinet Secretary said "The Northern Territories are the islands over which our country has the sovereignty. Under the persistent negotiation, we will solve the belonging problem of the four islands and conclude the peace treaty, this policy is unchanged," and emphasized.

Foreign Minister Motegi also at the press conference of the same day, about the election, said "it is regrettable" and expressed. Also Foreign Minister Motegi about the interim government of Taliban in Afghanistan, expressed "we need to see not the words but the actions".

According to the related person of the Foreign Ministry, the voting on the islands was held from the 17th over three days, and the voting stations were installed in Etorofu, Kunashiri and Shikotan.

The Russian side insists that the four islands "became the Russian territory legitimately as the result of the Second World War".

▼Related article
・Russia Mishustin prime minister, Etorofu island visit, Japan government protests

[Share] [Tweet] [LINE]
※This article is machine translated.""",
     expected=[
        dict(speaker="Katsunobu Kato", alt=["Japanese government"], treaty=None, optional=True, snippet="it is not compatible with the position of our country and cannot be accepted"),
        dict(speaker="Katsunobu Kato", alt=["Japanese government"], treaty=True, snippet="The Northern Territories are the islands over which our country has the sovereignty."),
        dict(speaker="Katsunobu Kato", alt=["Japanese government"], treaty=True, snippet="we will solve the belonging problem of the four islands and conclude the peace treaty"),
        dict(speaker="Toshimitsu Motegi", alt=["Japanese Foreign Ministry"], treaty=None, optional=True, snippet="about the election, said \"it is regrettable\""),
        dict(speaker="Toshimitsu Motegi", alt=["Japanese Foreign Ministry"], treaty=False, snippet="we need to see not the words but the actions"),
     ],
     not_statements=["According to the related person of the Foreign Ministry, the voting on the islands was held",
                     "The Russian side insists that the four islands",
                     "Russia Mishustin prime minister, Etorofu island visit, Japan government protests"]),

dict(id="E4-12", outlet="NewsPravda (machine translation from Russian)", url="https://newspravda.info/en/politics/2022/05/06/mfa-stop-list-japan", published="2022-05-06",
     title="MFA of Russia closed the entrance to the country for 63 citizens of Japan, among them Kisida",
     text="""Main / Politics / World / 06.05.2022 / 12:47 / Views: 3 318

MFA of Russia closed the entrance to the country for 63 citizens of Japan, among them Kisida

The Ministry of foreign affairs of Russia included into the "stop-list" 63 citizens of Japan, including the Prime minister Fumio Kisida, the Foreign minister Yoshimasa Hayashi, and also the journalists and the professors. The corresponding statement was published on the site of the ministry on Wednesday.

"The Japanese government unleashed the unprecedented anti-Russian campaign, allowed the unacceptable rhetoric against the Russian Federation, including the slander and the direct threats," – is said in the statement of the MFA.

In the ministry also underlined, that the line of Tokyo "has made impossible the continuation of the dialogue about the peace treaty", and that the responsibility for this lies completely on the Japanese side.

Chief secretary of the cabinet of ministers of Japan Hirokazu Matsuno declared at the press conference on Friday, that the measure of Moscow "cannot be accepted", and that Tokyo will continue the sanctions in coordination with the "Group of Seven". At the same time he underlined, that Japan "does not change the policy of the resolution of the territorial question and the conclusion of the peace treaty".

Read also: Zaharova: Tokyo itself buried the peace treaty

Earlier, in March, Russia refused to continue the negotiations with Japan about the peace treaty in connection with the sanctions, and also withdrew from the dialogue about the joint economic activity on the Southern Kuril Islands.

Tags: Japan, MFA, sanctions, stop-list
Subscribe: Telegram | Dzen | VK""",
     expected=[
        dict(speaker="Russian Foreign Ministry", treaty=False, snippet="The Japanese government unleashed the unprecedented anti-Russian campaign"),
        dict(speaker="Russian Foreign Ministry", treaty=True, snippet="has made impossible the continuation of the dialogue about the peace treaty"),
        dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=False, snippet="Tokyo will continue the sanctions in coordination with the"),
        dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=True, snippet="does not change the policy of the resolution of the territorial question and the conclusion of the peace treaty"),
     ],
     not_statements=["included into the \"stop-list\" 63 citizens of Japan",
                     "Zaharova: Tokyo itself buried the peace treaty",
                     "Russia refused to continue the negotiations with Japan about the peace treaty in connection with the sanctions"]),

dict(id="E4-13", outlet="HokkaidoNewsWeb (machine translation from Japanese)", url="https://hokkaidonewsweb.jp/en/politics/20240831-kamikawa-nemuro", published="2024-08-31",
     title="Foreign Minister Kamikawa, Nemuro visit, views Northern Territories from Cape Nosappu, \"tenaciously toward the return\"",
     text="""Hokkaido | Politics | Economy | Sports | Weather | Obituaries
2024.08.31 19:02   Reading 874

Foreign Minister Kamikawa, Nemuro visit, views Northern Territories from Cape Nosappu, "tenaciously toward the return"

Foreign Minister Kamikawa Yoko visited Nemuro city on the 31st, and from Cape Nosappu, she viewed the Habomai islets and Kaigara island. After the viewing, to reporters, "I felt again that the islands are so close. The Northern Territories are inherent territory of our country, we will work tenaciously toward the return of the four islands" and expressed.

The Foreign Minister also exchanged the opinion with the former islanders, and about the grave visits that are stopped since 2020, said "we will continue to strongly request the resumption to the Russian side as the highest priority".

Hokkaido Governor Suzuki Naomichi who accompanied, expressed "The average age of the former islanders exceeded 88 years. We want the national government to do the utmost for the resumption of the exchange projects".

One of the former islanders, a man (89) who was born on Shikotan, said "I want to visit the grave of my parents once more before I die".

After the Russian invasion of Ukraine, Russia unilaterally announced the suspension of the peace treaty negotiations in March 2022.

▼ Related articles
・Russian Foreign Ministry, "Japan's claims on the Kurils are groundless"

[Share] [Post] [LINE]""",
     expected=[
        dict(speaker="Yoko Kamikawa", alt=["Japanese Foreign Ministry"], treaty=True, snippet="The Northern Territories are inherent territory of our country"),
        dict(speaker="Yoko Kamikawa", alt=["Japanese Foreign Ministry"], treaty=True, snippet="we will work tenaciously toward the return of the four islands"),
        dict(speaker="Yoko Kamikawa", alt=["Japanese Foreign Ministry"], treaty=False, snippet="we will continue to strongly request the resumption to the Russian side as the highest priority"),
        dict(speaker="Naomichi Suzuki", treaty=False, snippet="We want the national government to do the utmost for the resumption of the exchange projects"),
     ],
     not_statements=["I want to visit the grave of my parents once more before I die",
                     "Russia unilaterally announced the suspension of the peace treaty negotiations in March 2022",
                     "Russian Foreign Ministry, \"Japan's claims on the Kurils are groundless\""]),

dict(id="E4-14", outlet="SakhalinToday (machine translation from Russian)", url="https://sakhalintoday.ru/en/region/2025/06/25/limarenko-kunashir-school", published="2025-06-25",
     title="Limarenko: the Kuriles were, are and will be Russian",
     text="""SakhalinToday — news of Sakhalin and Kuriles
Region | Politics | Economy | Kuriles | Sport
25 June 2025, 10:14 · Views: 612 · Comments: 3

Limarenko: the Kuriles were, are and will be Russian

The governor of the Sakhalin region Valery Limarenko during the working trip to Kunashir opened the new school on 450 places in Yuzhno-Kurilsk. "The Kuril Islands were, are and will be Russian land, and no claims of the neighbours will change this. Our task – that people live here comfortably," – declared the head of the region to journalists.

According to Limarenko, to the year 2030 in the Southern Kuriles will be built the new hospital, the port and 200 apartments for the young specialists.

Meanwhile, the deputy minister of foreign affairs of Russia Mikhail Galuzin in the interview to the RIA Novosti agency declared, that the conditions for the renewal of the dialogue about the peace treaty with Japan are absent. «As long as Tokyo conducts the hostile course and supplies the Kiev regime, there is no subject for the negotiations», — underlined the diplomat.

He also informed, that Russia is ready to continue the consultations on the fishery in the region of the Kuriles "on the mutually beneficial basis".

Read also: Medvedev: Japan should forget about the Kuriles forever

The Southern Kuriles became the part of the USSR after the Second World War. Tokyo claims Iturup, Kunashir, Shikotan and the Habomai group, calling them the "Northern territories".

Tags: Kuriles, Kunashir, Limarenko, Japan
Share: VK | OK | Telegram
© SakhalinToday, 2025. Copying only with the active link.""",
     expected=[
        dict(speaker="Valery Limarenko", treaty=True, snippet="The Kuril Islands were, are and will be Russian land"),
        dict(speaker="Valery Limarenko", treaty=False, snippet="to the year 2030 in the Southern Kuriles will be built the new hospital"),
        dict(speaker="Mikhail Galuzin", alt=["Russian Foreign Ministry"], treaty=True, snippet="the conditions for the renewal of the dialogue about the peace treaty with Japan are absent"),
        dict(speaker="Mikhail Galuzin", alt=["Russian Foreign Ministry"], treaty=True, snippet="As long as Tokyo conducts the hostile course and supplies the Kiev regime, there is no subject for the negotiations"),
        dict(speaker="Mikhail Galuzin", alt=["Russian Foreign Ministry"], treaty=False, snippet="Russia is ready to continue the consultations on the fishery in the region of the Kuriles"),
     ],
     not_statements=["Medvedev: Japan should forget about the Kuriles forever",
                     "The Southern Kuriles became the part of the USSR after the Second World War.",
                     "Tokyo claims Iturup, Kunashir, Shikotan and the Habomai group"]),

dict(id="E4-15", outlet="RusInfoNews (machine translation from Russian)", url="https://rusinfonews.ru/en/politics/2026/01/21/lavrov-takaichi-peace-treaty", published="2026-01-21",
     title="Lavrov: with the Takaichi government there is no basis for the dialogue about peace treaty",
     text="""Home  Politics  Economy  World  Society  Culture
21.01.2026 | 15:40 | 👁 4 087

Lavrov: with the Takaichi government there is no basis for the dialogue about peace treaty

Lavrov: with the Takaichi government there is no basis for the dialogue about peace treaty

The course of the Japanese government of Sanae Takaichi on the militarization and the support of Kiev leaves no basis for the renewal of the negotiations about the peace treaty. Declared this on Tuesday the head of the Foreign Ministry Sergey Lavrov at the press conference on the results of the Russian diplomacy in 2025 year.

"They say in Tokyo, that they want to solve the territorial problem. There is no territorial problem. The Kuriles are the part of Russia, this is fixed in our Constitution, and the discussion on this theme is closed" — said the minister.

The head of the Russian diplomacy also declared, that Moscow is ready for the contacts with Washington on the Ukrainian settlement, "if the root reasons of the conflict will be taken into account".

The Foreign Minister of Japan Toshimitsu Mateu at the press conference on Wednesday named the statement of Lavrov "absolutely unacceptable" and declared, that the policy of Tokyo to solve the question of the belonging of the four islands and to conclude the peace treaty "remains unchanged".

Read also: Peskov: Moscow does not see the signals from Tokyo about the readiness for the dialogue

Recall, Russia in March 2022 refused to continue the negotiations about the peace treaty with Japan because of the sanctions. The sides did not sign the peace treaty after the Second World War.

Tags: Lavrov, Japan, Kuriles, peace treaty
Share: VK OK Telegram
© RusInfoNews. All rights reserved. 18+""",
     expected=[
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="leaves no basis for the renewal of the negotiations about the peace treaty"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="There is no territorial problem."),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="The Kuriles are the part of Russia, this is fixed in our Constitution"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=False, snippet="Moscow is ready for the contacts with Washington on the Ukrainian settlement"),
        dict(speaker="Toshimitsu Motegi", alt=["Japanese Foreign Ministry"], treaty=True, snippet="the policy of Tokyo to solve the question of the belonging of the four islands and to conclude the peace treaty"),
     ],
     not_statements=["Peskov: Moscow does not see the signals from Tokyo about the readiness for the dialogue",
                     "Russia in March 2022 refused to continue the negotiations about the peace treaty with Japan",
                     "The sides did not sign the peace treaty after the Second World War."]),
]
