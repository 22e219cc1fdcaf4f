# Hand-written English test articles for treatywatch.statements.extract_statements (round 11: the wider world
# around the dispute, 2010-2026 - third parties on the islands and the treaty, and each side's answer to them).
# All texts are original (written for this test), loosely modelled on real events 2010-2026; events, outlets and
# phrasings differ from rounds 1-10 (tests/probe_articles_en.py ... tests/probe_articles_en10.py).
# expected: dict(speaker, treaty (True/False/None), snippet, [alt], [optional])
# not_statements: substrings that must not yield a peace_treaty=True statement.

# Events: the Hu-Medvedev joint statement on the 65th anniversary of the war's end and Medvedev's plan to visit the
# Kurils (Xinhua, 2010); the State Department backing Japan after Medvedev's Kunashir trip (Kyodo, 2010); three
# South Korean lawmakers on Kunashir (The Korea Herald, 2011); Obama's Senkaku pledge and Beijing's answer, with Abe
# on Russia (Global Times, 2014); the Ainu at Putin's human rights council (en.kremlin.ru transcript, 2018); the
# Ainu recognition law and the Ainu Association's claim to a say in the talks (The Japan Times, 2019); Japanese
# party leaders on the Singapore agreement, the JCP claiming the whole Chishima chain (The Mainichi, 2018); Rahm
# Emanuel's Northern Territories Day post and the Russian embassy's reply (Kyodo, 2022); a State Department press
# briefing after Moscow quit the treaty talks (state.gov transcript, 2022); Zelensky's decree on the Southern
# Kurils (The Kyiv Independent), Moscow's answer (TASS), Russian party leaders and Sakhalin officials (The Moscow
# Times), Tokyo's answer (NHK World) and an Indian explainer with agency copy (Hindustan Times), all October 2022;
# Seoul's protest at the 2023 Diplomatic Bluebook (Yonhap); a Chinese Foreign Ministry press conference asked about
# investment on the Kurils (fmprc.gov.cn transcript, 2024) and Tokyo's and Hokkaido's answer (Kyodo, 2024); the
# EU-Japan summit and a European Parliament voice (DW, 2023); Zakharova and Beijing against Takaichi, and Kihara's
# reply (CGTN, 2025); a UN Security Council meeting on Ukraine with a Russia-Japan exchange (UN press release, 2023).
# Third-party speakers under canonical English names: Hu Jintao, Jiang Yu, Qin Gang, Lin Jian, Mao Ning,
# Philip Crowley, Barack Obama, Ned Price, Rahm Emanuel, Volodymyr Zelensky, Oleg Nikolenko, Sergiy Korsunsky,
# Oleksandr Merezhko, Stephane Dujarric, Cho Byung-jae, Kang Chang-il, Lim Soo-suk, Charles Michel, Ursula von der
# Leyen, Dmytro Kuleba, Zhang Jun, Antonio Guterres; Ainu voices (Tadashi Kato, Alexei Nakamura, Andrei Babushkin);
# Russian party and regional politicians (Leonid Slutsky, Sergei Mironov, Gennady Zyuganov, Andrei Khapochkin,
# Valery Limarenko); Japanese party leaders (Yukio Edano, Kazuo Shii, Yuichiro Tamaki, Ichiro Matsui, Natsuo
# Yamaguchi) and Hokkaido's governors (Harumi Takahashi, Naomichi Suzuki).
# Labels: a third party's words on the islands' sovereignty or on the treaty talks are treaty statements (the
# State Department's "recognized Japan's sovereignty", Zelensky's "the Northern Territories are Japan's", a Korean
# lawmaker's "Russian territory since the end of the war", the JCP's whole-Chishima claim, an Ainu leader's "Ainu
# land", Beijing's "a matter between Russia and Japan ... through dialogue"); the same speakers' words on the
# Senkakus/Diaoyu, Dokdo/Takeshima, Taiwan, Ukraine, Article 5 of the US-Japan security treaty (not the peace
# treaty), trade, scallops, the LDP race or a Crimean bridge are treaty=False.
# Speakers named by title only, decided by the date: "Japan's top government spokesman" (2010-09: Yoshito
# Sengoku; 2011-05: Yukio Edano; 2025-11: Minoru Kihara), "the government's top spokesman" (2019-04: Yoshihide
# Suga), "Japan's chief cabinet secretary" (2023-04: Hirokazu Matsuno), "the Kremlin spokesman" in a TASS
# subheading (Dmitry Peskov), "Japan's top government spokesperson" in an NHK lede and "Matsuno Hirokazu" in NHK's
# name order (2022-10), "the spokesman", "the diplomat", "the ambassador", "the governor" after a named speaker.
# Shapes: transcripts with speaker labels (en.kremlin.ru, state.gov "MR PRICE:", fmprc "Lin Jian:"), UN meetings
# coverage with "NAME (Country) said", a tweet and a Telegram post, a nightly video address, split quotes,
# reported speech, pronouns, a written interview, agency copy inside an explainer.
# Traps: documents (the Hu-Medvedev joint statement, the 1956 declaration, the San Francisco treaty, Yalta, the
# Zelensky decree's text, the Rada committee's draft, the Sakhalin duma's appeal, the 2005 European Parliament
# resolution, the 2023 Bluebook, the EU-Japan joint statement), the writers' background and explainers
# ("Japan has territorial rows with all its neighbours"), anonymous officials and sources, reporters' questions
# that retell Moscow's or Tokyo's words, events (summons, protests and recalls without words, votes), polls,
# captions, related-story headlines, membership appeals, tags.
# Optional or treaty=None: "regrettable" and "private visit" lines, "not directed at any third country", the
# Ainu's recognition as an indigenous people, Mironov's Hokkaido jibe, the UN spokesman's generic call for
# dialogue, named analysts, Article 5 non-answers.
ARTICLES = []

# ---------------------------------------------------------------- 2010-2011: Beijing, Washington, Seoul
ARTICLES += [
dict(id="E11-01", outlet="Xinhua", url="http://news.xinhuanet.com/english2010/china/2010-09/28/c_13533207.htm", published="2010-09-28",
     title="China, Russia issue joint statement on WWII anniversary, vow closer partnership",
     text="""China, Russia issue joint statement on WWII anniversary, vow closer partnership

English.news.cn   2010-09-28 20:41:16   FeedbackPrintRSS

BEIJING, Sept. 28 (Xinhua) -- Chinese President Hu Jintao and visiting Russian President Dmitry Medvedev signed a joint statement here on Monday to mark the 65th anniversary of the end of World War II, pledging to jointly oppose any attempt to distort the history of the war.

"China and Russia made enormous national sacrifices in that war, and both share a responsibility to uphold its outcome," Hu said at a joint press conference with Medvedev at the Great Hall of the People after their talks.

Hu said bilateral trade was expected to surpass 50 billion U.S. dollars this year, and that the two sides had agreed to bring the Skovorodino-Daqing crude oil pipeline into operation by the end of the year.

Medvedev described the talks as "very productive" and said Russia regarded China as "a strategic partner in the fullest sense of the word."

In the joint statement, the two heads of state said the outcome of World War II was "enshrined in the UN Charter and other international documents" and "must not be revised," and condemned attempts to glorify Nazis, militarists and their accomplices.

Answering a question from reporters about the Kuril Islands, part of which Japan also claims, Medvedev said he planned to travel there soon.

"The Kurils are an important region of our country. I will certainly go there in the near future," he said, adding that Russia's position on the islands was well known and did not need to be "re-explained to anyone."

Chinese Foreign Ministry spokeswoman Jiang Yu told a regular news briefing on Tuesday that the joint statement was "not directed at any third country."

"China's position on the Diaoyu Islands is clear and consistent. The Diaoyu Islands have been China's inherent territory since ancient times," Jiang said, when asked about the recent detention of a Chinese trawler captain by Japan. The captain returned to China on Saturday.

In Tokyo, Japan's top government spokesman told reporters on Tuesday that the four islands off Hokkaido were Japan's "inherent territory," and that a visit by the Russian leader would "seriously hurt" relations between the two countries.

Some observers in Tokyo read the document as a signal aimed at Japan, which is locked in territorial disputes with both Beijing and Moscow.

Russia and Japan have not signed a peace treaty formally ending World War II because of the dispute over the four islands, which Moscow calls the Southern Kurils and Tokyo the Northern Territories, which Soviet troops seized in 1945.

Medvedev arrived in Beijing on Sunday for a three-day state visit, his third trip to China as president. He is scheduled to visit Shanghai's World Expo on Tuesday.

Editor: Mu Xuequan""",
     expected=[
        dict(speaker="Hu Jintao", treaty=None, snippet="both share a responsibility to uphold its outcome"),
        dict(speaker="Hu Jintao", treaty=False, snippet="bilateral trade was expected to surpass 50 billion U.S. dollars this year"),
        dict(speaker="Dmitry Medvedev", alt=["Kremlin"], treaty=False, optional=True, snippet='regarded China as "a strategic partner in the fullest sense of the word."'),
        dict(speaker="Dmitry Medvedev", alt=["Kremlin"], treaty=True, snippet="The Kurils are an important region of our country."),
        dict(speaker="Dmitry Medvedev", alt=["Kremlin"], treaty=True, optional=True, snippet="Russia's position on the islands was well known and did not need to be"),
        dict(speaker="Jiang Yu", alt=["Chinese Foreign Ministry"], treaty=None, optional=True, snippet='the joint statement was "not directed at any third country."'),
        dict(speaker="Jiang Yu", alt=["Chinese Foreign Ministry"], treaty=False, snippet="The Diaoyu Islands have been China's inherent territory since ancient times"),
        dict(speaker="Yoshito Sengoku", alt=["Japanese Government"], treaty=True, snippet='the four islands off Hokkaido were Japan\'s "inherent territory,"'),
        dict(speaker="Yoshito Sengoku", alt=["Japanese Government"], treaty=None, optional=True, snippet='a visit by the Russian leader would "seriously hurt" relations'),
     ],
     not_statements=['"enshrined in the UN Charter and other international documents" and "must not be revised,"',
                     "Some observers in Tokyo read the document as a signal aimed at Japan",
                     "Russia and Japan have not signed a peace treaty formally ending World War II",
                     "which Soviet troops seized in 1945"]),

dict(id="E11-02", outlet="Kyodo News", url="http://home.kyodo.co.jp/modules/fstStory/index.php?storyid=520347", published="2010-11-03",
     title="U.S. backs Japan on northern isles; Moscow tells 3rd countries to stay out",
     text="""U.S. backs Japan on northern isles; Moscow tells 3rd countries to stay out

WASHINGTON/MOSCOW, Nov. 3 Kyodo

The United States supports Japan's position on the Russian-held islands off Hokkaido, a State Department spokesman said Tuesday, a day after Russian President Dmitry Medvedev became the first Russian leader to visit one of the islands.

"We have long recognized Japan's sovereignty over the Northern Territories, and that position has not changed," spokesman Philip Crowley told a regular news briefing in Washington.

Crowley said Washington hoped Tokyo and Moscow would settle the dispute "through dialogue and in a way that takes account of Japan's position."

Asked whether the Japan-U.S. security treaty would apply to the islands, Crowley said the treaty covered territories "under the administration of Japan" and that the islands were not at present under Japanese administration.

He repeated that the Senkaku Islands in the East China Sea, which are controlled by Japan but claimed by China, fall within the scope of Article 5 of the bilateral security treaty.

Japan lodged a protest with Russian Ambassador Mikhail Bely on Monday.

In Moscow, Russian Foreign Ministry spokesman Andrei Nesterenko said the southern Kurils were "an inalienable part of Russian territory" and that "third countries" had no business commenting on where the Russian president travels in his own country.

The spokesman said Moscow remained ready to continue talks with Tokyo on a peace treaty, but "not under pressure and not in the language of ultimatums."

In Tokyo, Foreign Minister Seiji Maehara told reporters that Japan would temporarily call back its ambassador to Russia, Masaharu Kono, "to hear a detailed report on the situation."

Maehara welcomed the U.S. statement, saying it was "a great encouragement" for Japan's position that the four islands belong to Japan.

Chief Cabinet Secretary Yoshito Sengoku said the row would not affect the Sakhalin oil and gas projects in which Japanese trading houses hold stakes.

A senior Japanese Foreign Ministry official said Tokyo had asked Washington in advance to voice support for its position on the islands.

The Soviet Union did not sign the 1951 San Francisco Peace Treaty, under which Japan renounced its claim to the Kuril Islands. Tokyo maintains that the four islands it claims are not part of the Kurils.

Japan and Russia have yet to sign a postwar peace treaty because of the dispute.

==Kyodo""",
     expected=[
        dict(speaker="Philip Crowley", alt=["US State Department", "P.J. Crowley"], treaty=True, snippet="We have long recognized Japan's sovereignty over the Northern Territories"),
        dict(speaker="Philip Crowley", alt=["US State Department", "P.J. Crowley"], treaty=True, snippet='settle the dispute "through dialogue and in a way that takes account of Japan\'s position."'),
        dict(speaker="Philip Crowley", alt=["US State Department", "P.J. Crowley"], treaty=None, optional=True, snippet="the islands were not at present under Japanese administration"),
        dict(speaker="Philip Crowley", alt=["US State Department", "P.J. Crowley"], treaty=False, snippet="fall within the scope of Article 5 of the bilateral security treaty"),
        dict(speaker="Andrei Nesterenko", alt=["Russian Foreign Ministry"], treaty=True, snippet='the southern Kurils were "an inalienable part of Russian territory"'),
        dict(speaker="Andrei Nesterenko", alt=["Russian Foreign Ministry"], treaty=True, snippet="Moscow remained ready to continue talks with Tokyo on a peace treaty"),
        dict(speaker="Seiji Maehara", alt=["Japanese Foreign Ministry"], treaty=None, optional=True, snippet='"to hear a detailed report on the situation."'),
        dict(speaker="Seiji Maehara", alt=["Japanese Foreign Ministry"], treaty=True, snippet='it was "a great encouragement" for Japan\'s position that the four islands belong'),
        dict(speaker="Yoshito Sengoku", alt=["Japanese Government"], treaty=False, snippet="the row would not affect the Sakhalin oil and gas projects"),
     ],
     not_statements=["Japan lodged a protest with Russian Ambassador Mikhail Bely on Monday.",
                     "Tokyo had asked Washington in advance to voice support for its position on the islands",
                     "under which Japan renounced its claim to the Kuril Islands",
                     "Tokyo maintains that the four islands it claims are not part of the Kurils.",
                     "Japan and Russia have yet to sign a postwar peace treaty because of the dispute."]),

dict(id="E11-03", outlet="The Korea Herald", url="http://www.koreaherald.com/view.php?ud=20110525000712", published="2011-05-25",
     title="Lawmakers' Kuril trip draws Japanese protest",
     text="""Lawmakers' Kuril trip draws Japanese protest

Published : 2011-05-25 18:02
Updated : 2011-05-25 18:02

By Park Min-jung

Three Korean lawmakers visited a Russian-held island claimed by Japan on Tuesday, drawing a protest from Tokyo and renewing a war of words over Dokdo.

Rep. Kang Chang-il of the main opposition Democratic Party, who chairs the National Assembly's special committee on Dokdo, flew to Kunashiri in the southern Kurils via Sakhalin with two other committee members.

"We came to see with our own eyes how Russia runs these islands and how it deals with Japan's claims," Kang told Korean reporters by phone from Yuzhno-Kurilsk, the island's main town.

He said the Kurils had been "Russian territory since the end of the war" and that Japan's drive to take back the islands was the same kind of expansionism as its claim to Dokdo.

"Japan complains about our trip while it keeps laying claim to Dokdo, which is clearly Korean land. Tokyo should drop that claim first," he said.

A Democratic Party official said the lawmakers also wanted to hear how Moscow had built roads and a new airport on the disputed island.

In Tokyo, Japan's top government spokesman called the visit "extremely regrettable."

"It is incompatible with Japan's position on the Northern Territories, and we have conveyed this to the Korean side," he told a news conference.

The Japanese Embassy in Seoul conveyed Tokyo's concern to the Foreign Ministry on Tuesday afternoon.

Hokkaido Gov. Harumi Takahashi told reporters in Sapporo that the trip "ignores the feelings of former island residents" who were forced to leave in the 1940s.

Seoul sought to distance itself from the lawmakers. Foreign Ministry spokesman Cho Byung-jae said the trip was "a private visit by individual lawmakers" and had nothing to do with the government.

"Our position on Dokdo is firm. It is an integral part of Korean territory historically, geographically and under international law, and there is no territorial dispute," Cho told a regular briefing.

Japan also has territorial rows with Russia over four islands off Hokkaido it calls the Northern Territories, and with China over the Diaoyu Islands, which it calls the Senkakus.

Relations between Seoul and Tokyo soured in March when Japan approved middle school textbooks describing Dokdo as Japanese territory.

(mjpark@heraldcorp.com)

Related Articles
Medvedev says Kurils 'inseparable part' of Russia
Japan's textbook claims on Dokdo draw protest""",
     expected=[
        dict(speaker="Kang Chang-il", treaty=None, optional=True, snippet="We came to see with our own eyes how Russia runs these islands"),
        dict(speaker="Kang Chang-il", treaty=True, snippet='the Kurils had been "Russian territory since the end of the war"'),
        dict(speaker="Kang Chang-il", treaty=False, snippet="it keeps laying claim to Dokdo, which is clearly Korean land"),
        dict(speaker="Yukio Edano", alt=["Japanese Government"], treaty=None, optional=True, snippet='called the visit "extremely regrettable."'),
        dict(speaker="Yukio Edano", alt=["Japanese Government"], treaty=True, snippet="It is incompatible with Japan's position on the Northern Territories"),
        dict(speaker="Harumi Takahashi", treaty=None, optional=True, snippet='the trip "ignores the feelings of former island residents"'),
        dict(speaker="Cho Byung-jae", alt=["South Korean Foreign Ministry"], treaty=None, snippet='the trip was "a private visit by individual lawmakers"'),
        dict(speaker="Cho Byung-jae", alt=["South Korean Foreign Ministry"], treaty=False, snippet="Our position on Dokdo is firm."),
     ],
     not_statements=["A Democratic Party official said the lawmakers also wanted to hear how Moscow had built roads",
                     "The Japanese Embassy in Seoul conveyed Tokyo's concern to the Foreign Ministry",
                     "Japan also has territorial rows with Russia over four islands off Hokkaido",
                     "Medvedev says Kurils 'inseparable part' of Russia"]),
]

# ---------------------------------------------------------------- 2014-2019: Obama in Tokyo, the Ainu, the parties
ARTICLES += [
dict(id="E11-04", outlet="Global Times", url="http://www.globaltimes.cn/content/856418.shtml", published="2014-04-25",
     title="Obama's Diaoyu remarks 'ignore facts,' FM says",
     text="""Obama's Diaoyu remarks 'ignore facts,' FM says

Source:Global Times Published: 2014-4-25 0:38:02

China on Thursday rejected US President Barack Obama's statement that the Diaoyu Islands fall under the US-Japan security treaty, as Japanese Prime Minister Shinzo Abe used the same press conference to defend his outreach to Moscow.

"Our treaty commitment to Japan's security is absolute, and Article 5 covers all territories under Japan's administration, including the Senkaku Islands," Obama told a joint press conference with Abe in Tokyo on Thursday, using the Japanese name for the Diaoyu Islands.

Obama added that Washington did not take a position on the final sovereignty of the islands and urged Beijing and Tokyo to resolve their differences peacefully.

Chinese Foreign Ministry spokesperson Qin Gang hit back at a routine press briefing on the same day.

"The so-called US-Japan alliance is a bilateral arrangement from the Cold War era. It should not harm China's territorial sovereignty and legitimate rights," Qin said. "The Diaoyu Islands have been China's inherent territory since ancient times. No matter what anyone says or does, this fact cannot be changed."

At the press conference, Abe was also asked about Russia, whose annexation of Crimea has led Washington and Brussels to impose sanctions on Moscow.

Abe said Japan would "never accept" any change to the status quo by force, "in Europe or in Asia," and would keep coordinating with the G7 on Ukraine.

But he said he would continue his dialogue with Russian President Vladimir Putin to settle the Northern Territories issue and conclude a peace treaty, noting that Japan and Russia had yet to formally end World War II.

Observers noted the contrast between Abe's tough words on Crimea and his eagerness to court Putin.

"Tokyo is fighting on three fronts - with China, South Korea and Russia - and it has little to show on any of them," Geng Xinhua, a research fellow at the Shanghai Institute for International Studies, told the Global Times. "Moscow will not hand back islands it won in the war, and Abe knows this better than anyone."

Japan is also locked in territorial disputes with Russia over four islands that Moscow calls the Southern Kurils and Tokyo the Northern Territories, and with South Korea over Dokdo, which Japan calls Takeshima.

Obama is the first sitting US president to state publicly that the Diaoyu Islands fall under Article 5 of the 1960 security treaty, which obliges Washington to defend territories under Japanese administration.

Obama arrived in Tokyo on Wednesday evening for a three-day state visit, the first leg of an Asian tour that will also take him to South Korea, Malaysia and the Philippines.

Posted in: Diplomacy""",
     expected=[
        dict(speaker="Barack Obama", treaty=False, snippet="Article 5 covers all territories under Japan's administration, including the Senkaku Islands"),
        dict(speaker="Barack Obama", treaty=False, snippet="Washington did not take a position on the final sovereignty of the islands"),
        dict(speaker="Qin Gang", alt=["Chinese Foreign Ministry"], treaty=False, snippet="It should not harm China's territorial sovereignty and legitimate rights"),
        dict(speaker="Qin Gang", alt=["Chinese Foreign Ministry"], treaty=False, optional=True, snippet="No matter what anyone says or does, this fact cannot be changed."),
        dict(speaker="Shinzo Abe", alt=["Japanese Government"], treaty=False, snippet='any change to the status quo by force, "in Europe or in Asia,"'),
        dict(speaker="Shinzo Abe", alt=["Japanese Government"], treaty=True, snippet="continue his dialogue with Russian President Vladimir Putin to settle the Northern Territories"),
        dict(speaker="Geng Xinhua", treaty=None, optional=True, snippet="Moscow will not hand back islands it won in the war"),
     ],
     not_statements=["Observers noted the contrast between Abe's tough words on Crimea and his eagerness to court Putin.",
                     "Japan is also locked in territorial disputes with Russia over four islands",
                     "whose annexation of Crimea has led Washington and Brussels to impose sanctions on Moscow",
                     "which obliges Washington to defend territories under Japanese administration"]),

dict(id="E11-05", outlet="President of Russia", url="http://en.kremlin.ru/events/president/news/59374", published="2018-12-11",
     title="Meeting of Council for Civil Society and Human Rights",
     text="""Meeting of Council for Civil Society and Human Rights

Vladimir Putin held the annual meeting of the Presidential Council for the Development of Civil Society and Human Rights.

December 11, 2018
17:00
The Kremlin, Moscow

The meeting discussed the protection of citizens' rights in the penitentiary system, support for non-profit organisations, and the rights of indigenous peoples of the North, Siberia and the Far East, including the Ainu of the Kuril Islands.

<…>

President of Russia Vladimir Putin: Good afternoon, colleagues.

We meet in this format every year, and I know that the Council has prepared a great many proposals. Some of them have already been turned into laws, including the changes on socially oriented non-profit organisations, which now receive grants on a much larger scale. Let's get to work.

Chairman of the Council for Civil Society and Human Rights Mikhail Fedotov: Thank you, Mr President.

Over the past year, members of the Council visited 14 regions and received more than 5,000 complaints from citizens. The main subjects remain the penitentiary system, housing and the right to a fair trial.

<…>

Andrei Babushkin: Mr President, I would like to raise an issue that seems small but is not small at all. There are about two hundred people in Kamchatka, on Sakhalin and the Kurils who consider themselves Ainu. They are not included in the unified list of indigenous small-numbered peoples of the Russian Federation, and so they cannot use the land, fishing and hunting rights that other indigenous peoples have.

The Ainu are the indigenous people of the Kuril Islands and southern Sakhalin. If we do not recognise them, others will speak on their behalf, including in the dispute over the southern Kurils. I ask you to instruct the Government to include the Ainu in the list.

Vladimir Putin: I think you are right. The Ainu are indeed indigenous to these territories, including the Kurils, and there is no reason why they should not have the same rights as other small-numbered peoples. Let's do it. Prepare the proposals, and I will give the instruction.

As for the territorial issue, I want everyone to understand: Russia's sovereignty over the southern Kurils is not in question, and it is not a subject of anyone's bargaining. The Ainu are not an argument for or against anyone in this matter.

We are conducting negotiations with Japan on a peace treaty, as you know. But those negotiations are one thing, and the rights of our citizens, whoever they are, Ainu or Russians, are another.

Andrei Babushkin: Thank you.

<…>

Irina Kolesova: Mr President, in many pre-trial detention centres people still sit for months in overcrowded cells while their cases drag on.

Vladimir Putin: I agree that this is a problem. Pre-trial detention should be the exception, not the rule, for non-violent economic crimes. I will ask the Prosecutor General's Office and the Justice Ministry to look at your proposals together.

Yelena Markina: Mr President, I visited Shikotan in the autumn. Many families there still live in houses damaged by the 1994 earthquake, and the only school has no proper gym. People ask why the money from the Kuril programme does not reach them.

Vladimir Putin: The federal target programme for the Kurils has real money in it, and a lot has been built: the airport on Iturup, the fish-processing plants, the new kindergartens. If on Shikotan people are still living in damaged houses twenty years later, that is unacceptable. I will ask the Government and the governor of the Sakhalin Region to look into every address you have and report to me.

<…>

Nikolai Korotkov: Many small non-profit organisations in the regions are closing because they are afraid of being listed as foreign agents for a single grant from abroad.

Vladimir Putin: The law does not ban anyone from working. It is about transparency, nothing more. But if the criteria are so vague that a village library can be caught by them, let us look at them again together with the Ministry of Justice.

<…>

Mikhail Fedotov: Mr President, thank you for this conversation. We will send you the full package of proposals by the end of the year.

Vladimir Putin: Thank you very much.

Topics: Civil society, Human rights
Persons: Babushkin Andrei, Fedotov Mikhail
Publication date: December 11, 2018, 19:55
Text version""",
     expected=[
        dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=False, optional=True, snippet="now receive grants on a much larger scale"),
        dict(speaker="Mikhail Fedotov", treaty=False, optional=True, snippet="members of the Council visited 14 regions and received more than 5,000 complaints"),
        dict(speaker="Andrei Babushkin", treaty=None, optional=True, snippet="others will speak on their behalf, including in the dispute over the southern Kurils"),
        dict(speaker="Andrei Babushkin", treaty=False, optional=True, snippet="I ask you to instruct the Government to include the Ainu in the list."),
        dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=None, snippet="The Ainu are indeed indigenous to these territories, including the Kurils"),
        dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=True, snippet="Russia's sovereignty over the southern Kurils is not in question"),
        dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=True, snippet="We are conducting negotiations with Japan on a peace treaty, as you know."),
        dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=False, snippet="Pre-trial detention should be the exception, not the rule"),
        dict(speaker="Yelena Markina", treaty=False, optional=True, snippet="still live in houses damaged by the 1994 earthquake"),
        dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=False, snippet="If on Shikotan people are still living in damaged houses twenty years later"),
        dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=False, optional=True, snippet="It is about transparency, nothing more."),
     ],
     not_statements=["including the Ainu of the Kuril Islands",
                     "Vladimir Putin held the annual meeting of the Presidential Council",
                     "Persons: Babushkin Andrei, Fedotov Mikhail"]),

dict(id="E11-06", outlet="The Japan Times", url="https://www.japantimes.co.jp/news/2019/04/20/national/ainu-groups-seek-say-northern-territories-talks/", published="2019-04-20",
     title="Ainu groups seek a say in Northern Territories talks as recognition law passes",
     text="""NATIONAL

Ainu groups seek a say in Northern Territories talks as recognition law passes

by Shiho Kanemura
Staff Writer
Apr 20, 2019

SAPPORO – The Diet on Friday enacted a law that for the first time recognizes the Ainu as an indigenous people, and Ainu groups in Hokkaido wasted no time in pressing a claim that has long made the government uneasy: a voice in the territorial talks with Russia.

"This law is a first step, but it says nothing about the land and the sea our ancestors lived from," said Tadashi Kato, executive director of the Ainu Association of Hokkaido, the largest Ainu organization.

"The islands that Tokyo and Moscow are arguing over were Ainu land long before anyone drew a border there," Kato told reporters in Sapporo. "If the two governments decide their future, the Ainu must be at the table."

He said the association would write to Prime Minister Shinzo Abe to ask that Ainu representatives be included in Japan's delegation to the peace treaty negotiations.

The law states that the Ainu are "an indigenous people of the northern part of the Japanese archipelago, in particular Hokkaido," and provides for subsidies for tourism and culture projects. It stops short of an apology or any rights to land or fishing.

In Tokyo, the government's top spokesman said the law would "help build a society in which Ainu people can live with pride." Asked about the association's request, he said the government would "persistently negotiate with Russia to resolve the territorial issue and conclude a peace treaty," but declined to comment on who would take part in the talks.

The Kuril Ainu were moved by the Meiji government from the northern Chishima islands to Shikotan in 1884, where many died within a few years. The last speakers of their language are thought to have died in the 1960s.

"My grandmother was born on Shikotan. Nobody asked the Ainu then, and nobody is asking now," said Kenji Ukaji, 58, who runs a small group of descendants of the Chishima Ainu in Kushiro.

In Russia, where President Vladimir Putin said in December he supported adding the Ainu to the official list of indigenous peoples, activists have taken the opposite line. Alexei Nakamura, who heads an Ainu community in Kamchatka, told the RIA Novosti news agency in February that the Kuril Ainu "are citizens of Russia" and that the islands "are Russian, and our people lived there too."

Abe and Putin agreed in Singapore last November to accelerate the talks on the basis of the 1956 Japan-Soviet Joint Declaration, which says two of the four islands would be handed over after a peace treaty is signed.

A Hokkaido Shimbun poll in February found that 58 percent of respondents in Hokkaido opposed settling for the return of only two islands.

KEYWORDS
AINU, HOKKAIDO, RUSSIA, NORTHERN TERRITORIES""",
     expected=[
        dict(speaker="Tadashi Kato", alt=["Ainu Association of Hokkaido"], treaty=False, snippet="it says nothing about the land and the sea our ancestors lived from"),
        dict(speaker="Tadashi Kato", alt=["Ainu Association of Hokkaido"], treaty=True, snippet="were Ainu land long before anyone drew a border there"),
        dict(speaker="Tadashi Kato", alt=["Ainu Association of Hokkaido"], treaty=True, snippet="If the two governments decide their future, the Ainu must be at the table."),
        dict(speaker="Tadashi Kato", alt=["Ainu Association of Hokkaido"], treaty=True, optional=True, snippet="Ainu representatives be included in Japan's delegation to the peace treaty negotiations"),
        dict(speaker="Yoshihide Suga", alt=["Japanese Government"], treaty=False, snippet='the law would "help build a society in which Ainu people can live with pride."'),
        dict(speaker="Yoshihide Suga", alt=["Japanese Government"], treaty=True, snippet="persistently negotiate with Russia to resolve the territorial issue and conclude a peace"),
        dict(speaker="Kenji Ukaji", treaty=None, optional=True, snippet="Nobody asked the Ainu then, and nobody is asking now"),
        dict(speaker="Alexei Nakamura", treaty=True, snippet='the islands "are Russian, and our people lived there too."'),
        dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=None, optional=True, snippet="he supported adding the Ainu to the official list of indigenous peoples"),
     ],
     not_statements=["The Kuril Ainu were moved by the Meiji government from the northern Chishima islands to Shikotan",
                     "which says two of the four islands would be handed over after a peace treaty is signed",
                     "opposed settling for the return of only two islands",
                     "Abe and Putin agreed in Singapore last November to accelerate the talks"]),

dict(id="E11-07", outlet="The Mainichi", url="https://mainichi.jp/english/articles/20181116/p2a/00m/0na/009000c", published="2018-11-16",
     title="Party leaders split over Abe's pivot to 1956 declaration in Russia talks",
     text="""Party leaders split over Abe's pivot to 1956 declaration in Russia talks

November 16, 2018 (Mainichi Japan)

Leaders of Japan's political parties on Nov. 15 offered sharply different verdicts on Prime Minister Shinzo Abe's agreement with Russian President Vladimir Putin to speed up the treaty talks, building on the 1956 Japan-Soviet Joint Declaration.

Under that document Moscow was to give Tokyo the Habomai islets and Shikotan Island once the two sides signed a peace treaty. It makes no mention of Kunashiri and Etorofu, the two larger islands.

Yukio Edano, leader of the largest opposition Constitutional Democratic Party of Japan (CDP), warned the government against quietly lowering its sights. "If this means settling for two islands, it is a major change of policy, and the prime minister must explain it to the Diet before he goes any further," Edano said at a news conference.

Edano also criticized the government's bill to accept more foreign workers, saying it had been drafted "in a hurry, without any serious design."

Japanese Communist Party (JCP) Chairman Kazuo Shii went further, restating his party's long-held view that the entire Kuril chain belongs to Japan. "The Chishima islands, all the way up to Shumshu, are Japan's territory. The postwar settlement that gave them to the Soviet Union was a mistake from the start," Shii said.

He said that basing the talks on the 1956 declaration "amounts to giving up Kunashiri and Etorofu for good."

Democratic Party for the People leader Yuichiro Tamaki said his party did not object to the talks themselves, "but the goal of the return of four islands must not be lowered."

Nippon Ishin no Kai leader and Osaka Gov. Ichiro Matsui took the opposite view. "Getting two islands back first is a realistic approach, and I support it," he told reporters in Osaka. Matsui also said he was confident that Osaka would win its bid to host the 2025 World Expo, which will be decided in Paris next week.

Komeito chief Natsuo Yamaguchi, whose party governs in coalition with Abe's Liberal Democratic Party, said Komeito backed the prime minister's resolve "to settle this issue in our generation."

Chief Cabinet Secretary Yoshihide Suga told a news conference that Japan's basic position, "to resolve the issue of the attribution of the four islands and conclude a peace treaty," remained unchanged.

Asked by reporters whether the government still regarded the four islands as Japan's inherent territory, Suga said only that he would refrain from commenting on matters that could affect the negotiations.

A former resident of Etorofu, 84, who now lives in Nemuro, said she feared her home island was "being left behind."

In a Mainichi Shimbun opinion poll conducted in October, 52 percent of respondents said the government should keep seeking the return of all four islands.

(Japanese original by Political News Department)""",
     expected=[
        dict(speaker="Yukio Edano", treaty=True, snippet="If this means settling for two islands, it is a major change of policy"),
        dict(speaker="Yukio Edano", treaty=False, optional=True, snippet='drafted "in a hurry, without any serious design."'),
        dict(speaker="Kazuo Shii", treaty=True, snippet="The Chishima islands, all the way up to Shumshu, are Japan's territory."),
        dict(speaker="Kazuo Shii", treaty=True, snippet='"amounts to giving up Kunashiri and Etorofu for good."'),
        dict(speaker="Yuichiro Tamaki", treaty=True, snippet='"but the goal of the return of four islands must not be lowered."'),
        dict(speaker="Ichiro Matsui", treaty=True, snippet="Getting two islands back first is a realistic approach, and I support it"),
        dict(speaker="Ichiro Matsui", treaty=False, optional=True, snippet="he was confident that Osaka would win its bid to host the 2025 World Expo"),
        dict(speaker="Natsuo Yamaguchi", treaty=True, snippet='the prime minister\'s resolve "to settle this issue in our generation."'),
        dict(speaker="Yoshihide Suga", alt=["Japanese Government"], treaty=True, snippet='"to resolve the issue of the attribution of the four islands and conclude a peace treaty,"'),
        dict(speaker="Yoshihide Suga", alt=["Japanese Government"], treaty=None, optional=True, snippet="he would refrain from commenting on matters that could affect the negotiations"),
     ],
     not_statements=["Under that document Moscow was to give Tokyo the Habomai islets and Shikotan Island",
                     "It makes no mention of Kunashiri and Etorofu, the two larger islands.",
                     "whether the government still regarded the four islands as Japan's inherent territory",
                     'she feared her home island was "being left behind."',
                     "52 percent of respondents said the government should keep seeking the return of all four islands"]),
]

# ---------------------------------------------------------------- 2022: Washington's word and Moscow's answer
ARTICLES += [
dict(id="E11-08", outlet="Kyodo News", url="https://english.kyodonews.net/news/2022/02/8c31e0a5f4d2-us-envoy-emanuel-voices-support-for-japan-on-russian-held-isles.html", published="2022-02-08",
     title="U.S. envoy Emanuel voices support for Japan on Russian-held isles",
     text="""U.S. envoy Emanuel voices support for Japan on Russian-held isles

KYODO NEWS - Feb 8, 2022 - 19:42 | World, All

U.S. Ambassador to Japan Rahm Emanuel has said the United States recognizes Japan's sovereignty over the Russian-held islands off Hokkaido, drawing a sharp rebuke from Moscow's envoy in Tokyo.

"The U.S. has recognized Japan's sovereignty over the Northern Territories since the 1950s. We stand with Japan today and every day," Emanuel, who took up his post last month, wrote on Twitter on Monday, Japan's Northern Territories Day.

Speaking to reporters in Tokyo on Tuesday, the former Chicago mayor said Russia's military buildup near Ukraine showed "what happens when a big country thinks it can redraw borders with tanks."

Prime Minister Fumio Kishida addressed the annual national rally in Tokyo on Monday calling for the return of the islands.

Russian Ambassador Mikhail Galuzin told Kyodo News that the southern Kurils "became part of Russia as a legitimate result of World War II" and that Moscow would not accept "lectures" from a third country.

"The United States is not a party to our dialogue with Japan on a peace treaty, and comments of this kind only make that dialogue harder," the ambassador said.

In a separate post on Twitter, the Russian Embassy said the United States itself had agreed at Yalta in 1945 that the Kuril Islands "shall be handed over" to the Soviet Union.

Chief Cabinet Secretary Hirokazu Matsuno said the U.S. government had "consistently supported Japan's position on the Northern Territories" and that Tokyo appreciated it.

Matsuno also said Japan would act in concert with the Group of Seven on possible sanctions should Russia invade Ukraine, while declining to go into specifics.

A Japanese government source said Tokyo had not been consulted on the timing of Emanuel's post.

The Soviet Union seized the islands after Japan's surrender in World War II in August 1945, and the territorial row has prevented the two countries from concluding a postwar peace treaty.

Related coverage:
Kishida vows to resolve island dispute at rally amid Ukraine tensions
Japan, Russia hold working-level talks on joint economic activities on isles""",
     expected=[
        dict(speaker="Rahm Emanuel", alt=["US Embassy in Japan"], treaty=True, snippet="The U.S. has recognized Japan's sovereignty over the Northern Territories since the 1950s."),
        dict(speaker="Rahm Emanuel", alt=["US Embassy in Japan"], treaty=False, snippet='"what happens when a big country thinks it can redraw borders with tanks."'),
        dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=True, snippet='"became part of Russia as a legitimate result of World War II"'),
        dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=True, snippet="The United States is not a party to our dialogue with Japan on a peace treaty"),
        dict(speaker="Russian Embassy in Japan", alt=["Mikhail Galuzin"], treaty=True, snippet="the United States itself had agreed at Yalta in 1945 that the Kuril Islands"),
        dict(speaker="Hirokazu Matsuno", alt=["Japanese Government"], treaty=True, snippet='"consistently supported Japan\'s position on the Northern Territories"'),
        dict(speaker="Hirokazu Matsuno", alt=["Japanese Government"], treaty=False, snippet="act in concert with the Group of Seven on possible sanctions should Russia invade Ukraine"),
     ],
     not_statements=["addressed the annual national rally in Tokyo on Monday calling for the return of the islands",
                     "A Japanese government source said Tokyo had not been consulted on the timing",
                     "the territorial row has prevented the two countries from concluding a postwar peace treaty",
                     "Kishida vows to resolve island dispute at rally amid Ukraine tensions",
                     "Japan, Russia hold working-level talks on joint economic activities on isles"]),

dict(id="E11-09", outlet="U.S. Department of State", url="https://www.state.gov/briefings/department-press-briefing-march-22-2022/", published="2022-03-22",
     title="Department Press Briefing - March 22, 2022",
     text="""Department Press Briefing – March 22, 2022

Ned Price, Department Spokesperson
Washington, D.C.
2:24 p.m. EDT

MR PRICE: Good afternoon. A couple of things at the top, and then I'll take your questions.

First, the Secretary will travel to Brussels this week to join President Biden at the extraordinary NATO summit and at meetings with G7 and European Council leaders. Our message there will be simple: we will keep raising the costs on the Kremlin for as long as its war against Ukraine continues.

Second, the United States is providing an additional $186 million in humanitarian assistance for people inside Ukraine and for refugees in neighboring countries. That brings our total humanitarian assistance since the start of the invasion to nearly $300 million.

With that, happy to take your questions.

QUESTION: Thanks, Ned. On Japan. Yesterday Russia's Foreign Ministry said it was pulling out of peace treaty negotiations with Japan, calling it impossible to discuss a treaty with a country that takes "openly unfriendly positions," and it's ending visa-free trips by Japanese to the Kuril Islands. Do you have a reaction?

MR PRICE: We've seen the announcement. What Russia has done is to walk away from talks with Japan on a peace treaty and to punish Japanese citizens, including elderly former residents of those islands, for their government's principled decision to stand with Ukraine. It is one more attempt to intimidate countries into silence, and it won't work.

The United States has long recognized Japan's sovereignty over the Northern Territories, and that has not changed. Japan is one of our closest allies, and we stand shoulder to shoulder with Japan.

QUESTION: Prime Minister Kishida said this morning that Russia's response was "extremely unjust and totally unacceptable" and that Japan would not back down on its sanctions. Will Washington and Tokyo coordinate a response?

MR PRICE: We are in constant contact with our Japanese allies. The Secretary has spoken with Foreign Minister Hayashi several times since February 24th, and Japan has been a stalwart partner in imposing costs on Moscow, from export controls to the measures against the Central Bank of Russia. We will continue to coordinate closely with Tokyo and our other G7 partners.

QUESTION: Does the U.S. consider those islands covered under Article 5 of the security treaty?

MR PRICE: I'm not going to engage in hypotheticals. Our commitment to Japan's defense under Article 5 is ironclad, and that is well understood in Tokyo and elsewhere.

QUESTION: Can I stay in the region? China. Is there any sign Beijing is providing military assistance to Russia?

MR PRICE: We've been very clear with the PRC, publicly and privately, that there would be consequences for any support that helps Russia evade sanctions or wage this war. We are watching very closely.

QUESTION: On Iran, are we close to a deal in Vienna?

MR PRICE: We're close, but we're not there yet. There are a small number of remaining issues, and some of them are difficult.

QUESTION: Thank you.

MR PRICE: Thank you all.

(The briefing was concluded at 3:11 p.m.)

# # #

TAGS
Bureau of East Asian and Pacific Affairs  Japan  Office of the Spokesperson  Russia  Ukraine""",
     expected=[
        dict(speaker="Ned Price", alt=["US State Department"], treaty=False, snippet="we will keep raising the costs on the Kremlin for as long as its war against Ukraine continues"),
        dict(speaker="Ned Price", alt=["US State Department"], treaty=False, optional=True, snippet="an additional $186 million in humanitarian assistance"),
        dict(speaker="Ned Price", alt=["US State Department"], treaty=True, snippet="What Russia has done is to walk away from talks with Japan on a peace treaty"),
        dict(speaker="Ned Price", alt=["US State Department"], treaty=True, snippet="The United States has long recognized Japan's sovereignty over the Northern Territories"),
        dict(speaker="Ned Price", alt=["US State Department"], treaty=False, snippet="Japan has been a stalwart partner in imposing costs on Moscow"),
        dict(speaker="Ned Price", alt=["US State Department"], treaty=False, optional=True, snippet="Our commitment to Japan's defense under Article 5 is ironclad"),
        dict(speaker="Ned Price", alt=["US State Department"], treaty=False, snippet="there would be consequences for any support that helps Russia evade sanctions"),
        dict(speaker="Ned Price", alt=["US State Department"], treaty=False, optional=True, snippet="We're close, but we're not there yet."),
     ],
     not_statements=["Russia's Foreign Ministry said it was pulling out of peace treaty negotiations with Japan",
                     "it's ending visa-free trips by Japanese to the Kuril Islands",
                     "Does the U.S. consider those islands covered under Article 5 of the security treaty?",
                     "Russia's response was \"extremely unjust and totally unacceptable\"",
                     "Bureau of East Asian and Pacific Affairs"]),
]

# ---------------------------------------------------------------- October 2022: Zelensky's decree and the replies
ARTICLES += [
dict(id="E11-10", outlet="The Kyiv Independent", url="https://kyivindependent.com/news-feed/zelensky-signs-decree-recognizing-southern-kurils-as-japanese-territory", published="2022-10-07",
     title="Zelensky signs decree recognizing Southern Kurils as Japanese territory occupied by Russia",
     text="""Zelensky signs decree recognizing Southern Kurils as Japanese territory occupied by Russia

by Oleksandra Kovalenko
October 7, 2022 11:52 pm

President Volodymyr Zelensky on Oct. 7 signed a decree recognizing the Southern Kuril Islands as Japanese territory occupied by Russia, the President's Office reported.

The decree puts into effect a decision of the National Security and Defense Council. It states that Ukraine recognizes the islands "as a territory of Japan that is currently under occupation by the Russian Federation" and instructs the Foreign Ministry to seek similar recognition from other countries.

Speaking in his nightly video address, Zelensky said Ukraine was "saying openly what the world has known for a long time."

"Russia has not only seized Ukrainian land. From Moldova to Georgia to the Japanese islands, it takes what does not belong to it. The Northern Territories are Japan's, and Ukraine says so today," Zelensky said.

He said Kyiv would work with its partners so that "more and more countries" take the same position.

The president also said Russian forces had again shelled Zaporizhzhia overnight, hitting apartment blocks, and urged partners to speed up deliveries of air defense systems.

Foreign Ministry spokesman Oleg Nikolenko wrote on Facebook that Japan's sovereignty over the islands was "as indisputable as Ukraine's sovereignty over Crimea and Donbas."

Oleksandr Merezhko, who chairs the Verkhovna Rada's foreign policy committee, said the committee had drafted a resolution calling on parliaments worldwide to follow Kyiv's lead. "The islands are Japanese land taken by force in 1945, exactly as Russia is trying to take ours now," Merezhko told the Kyiv Independent.

The draft resolution "calls on the parliaments and governments of the world to recognize the sovereignty of Japan over the Northern Territories" and condemns "the occupation regime" on the islands.

Ukraine's Ambassador to Japan Sergiy Korsunsky said the decree was a gesture of gratitude to a country that had supported Ukraine "from the very first day."

"Japanese people have helped us with money, with generators, with open doors for our refugees. Now we say that we see their pain too," Korsunsky said in written comments. "People who were born on those islands have been waiting 77 years to go home."

Japan has provided Ukraine with more than $600 million in financial and humanitarian assistance since the invasion began, Korsunsky said.

The Japanese government had not commented on the decree as of late Oct. 7.

The Soviet Union occupied the four islands in the last days of World War II. Russia and Japan have never signed a peace treaty because of the dispute.

Read also: Zelensky: Ukraine will not negotiate with Russia while Putin is in power

We're making our journalism accessible to everyone. Become a member to support independent journalism in Ukraine.""",
     expected=[
        dict(speaker="Volodymyr Zelensky", alt=["Office of the President of Ukraine"], treaty=None, optional=True, snippet='"saying openly what the world has known for a long time."'),
        dict(speaker="Volodymyr Zelensky", alt=["Office of the President of Ukraine"], treaty=True, snippet="The Northern Territories are Japan's, and Ukraine says so today"),
        dict(speaker="Volodymyr Zelensky", alt=["Office of the President of Ukraine"], treaty=True, optional=True, snippet='"more and more countries" take the same position'),
        dict(speaker="Volodymyr Zelensky", alt=["Office of the President of Ukraine"], treaty=False, snippet="Russian forces had again shelled Zaporizhzhia overnight"),
        dict(speaker="Oleg Nikolenko", alt=["Ukrainian Foreign Ministry"], treaty=True, snippet="Japan's sovereignty over the islands was \"as indisputable as Ukraine's sovereignty"),
        dict(speaker="Oleksandr Merezhko", alt=["Verkhovna Rada"], treaty=True, snippet="The islands are Japanese land taken by force in 1945"),
        dict(speaker="Sergiy Korsunsky", alt=["Ukrainian Embassy in Japan"], treaty=None, optional=True, snippet="People who were born on those islands have been waiting 77 years to go home."),
        dict(speaker="Sergiy Korsunsky", alt=["Ukrainian Embassy in Japan"], treaty=False, optional=True, snippet="Japanese people have helped us with money, with generators"),
        dict(speaker="Sergiy Korsunsky", alt=["Ukrainian Embassy in Japan"], treaty=False, optional=True, snippet="more than $600 million in financial and humanitarian assistance"),
     ],
     not_statements=['"as a territory of Japan that is currently under occupation by the Russian Federation"',
                     "signed a decree recognizing the Southern Kuril Islands as Japanese territory occupied by Russia",
                     '"calls on the parliaments and governments of the world to recognize the sovereignty of Japan',
                     "The Japanese government had not commented on the decree as of late Oct. 7.",
                     "Russia and Japan have never signed a peace treaty because of the dispute."]),

dict(id="E11-11", outlet="TASS", url="https://tass.com/politics/1520149", published="2022-10-10",
     title="Zelensky's decree on Kurils has no legal meaning for Russia - Kremlin",
     text="""Zelensky's decree on Kurils has no legal meaning for Russia - Kremlin

The Kremlin spokesman stressed that the Kuril Islands are Russian regions

MOSCOW, October 10. /TASS/. The decree of Ukrainian President Vladimir Zelensky recognizing the southern Kuril Islands as Japanese territory has no legal meaning for Russia, Kremlin Spokesman Dmitry Peskov told reporters on Monday.

"The Kurils are Russian regions, a subject of the Russian Federation. The Kiev regime may sign whatever papers it likes, this changes nothing," Peskov said.

He added that the Kremlin did not intend to "waste time" discussing the decree further.

Peskov also said that President Vladimir Putin would hold an operational meeting with permanent members of the Security Council later on Monday, after the terrorist attack on the Crimean Bridge on Saturday.

Earlier, Russian Foreign Ministry Spokeswoman Maria Zakharova wrote on her Telegram channel that the decree was "a legal nullity."

"The southern Kuril Islands are an inalienable part of Russia, and this is enshrined in our Constitution. No decrees from Bankova will change that," the diplomat wrote. According to her, the decree showed that Kiev "is ready to give away other people's land to anyone who pays."

"Perhaps the next step will be a decree on the ownership of the Moon," Zakharova added.

Deputy Chairman of the Russian Security Council Dmitry Medvedev wrote on Telegram that the Kurils "will remain Russian whatever is signed by the Kiev clowns."

First Deputy Chairman of the State Duma Committee on International Affairs Dmitry Novikov said the decree was "addressed to Tokyo" and was meant to draw Japan deeper into the conflict.

Russia and Japan have been holding consultations on a peace treaty since the second half of the 20th century. The main obstacle to its conclusion is the issue of the southern part of the Kuril Islands. After World War II, the whole archipelago was incorporated into the Soviet Union, while Japan lays claim to Iturup, Kunashir, Shikotan and the Habomai group of islets. Moscow has repeatedly stated that Russia's sovereignty over the islands is beyond doubt.

In March 2022, Russia announced it was suspending the peace treaty talks with Japan over Tokyo's unfriendly actions.""",
     expected=[
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, optional=True, snippet="The Kremlin spokesman stressed that the Kuril Islands are Russian regions"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="The Kurils are Russian regions, a subject of the Russian Federation."),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=None, optional=True, snippet='did not intend to "waste time" discussing the decree further'),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=False, snippet="would hold an operational meeting with permanent members of the Security Council"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="The southern Kuril Islands are an inalienable part of Russia, and this is enshrined"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=None, optional=True, snippet='"is ready to give away other people\'s land to anyone who pays."'),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=None, optional=True, snippet="Perhaps the next step will be a decree on the ownership of the Moon"),
        dict(speaker="Dmitry Medvedev", treaty=True, snippet='the Kurils "will remain Russian whatever is signed by the Kiev clowns."'),
        dict(speaker="Dmitry Novikov", treaty=None, optional=True, snippet='the decree was "addressed to Tokyo" and was meant to draw Japan deeper'),
     ],
     not_statements=["The main obstacle to its conclusion is the issue of the southern part of the Kuril Islands.",
                     "Moscow has repeatedly stated that Russia's sovereignty over the islands is beyond doubt.",
                     "Russia announced it was suspending the peace treaty talks with Japan over Tokyo's unfriendly actions"]),

dict(id="E11-12", outlet="The Moscow Times", url="https://www.themoscowtimes.com/2022/10/11/russian-lawmakers-sakhalin-officials-scoff-at-zelenskys-kurils-decree-a79052", published="2022-10-11",
     title="Russian Lawmakers, Sakhalin Officials Scoff at Zelensky's Kurils Decree",
     text="""Russian Lawmakers, Sakhalin Officials Scoff at Zelensky's Kurils Decree

Oct. 11, 2022

Russian politicians from across the pro-Kremlin spectrum lined up this week to mock a decree by Ukrainian President Volodymyr Zelensky recognizing the southern Kuril Islands as Japanese territory.

Leonid Slutsky, the leader of the nationalist Liberal Democratic Party (LDPR) and chair of the State Duma's international affairs committee, said Russia's sovereignty over the Kurils was "not a subject for discussion with Tokyo, let alone with Kyiv."

"Tokyo should say officially whether it accepts this 'gift' from a regime that cannot hold on to its own land," Slutsky wrote on Telegram.

Communist Party leader Gennady Zyuganov told reporters in the Duma that the Kurils "were paid for with the blood of Soviet soldiers in August 1945, and not one inch of them will be given up."

Zyuganov used the same appearance to complain that men called up in last month's mobilization were being sent to training grounds without proper winter kit.

Sergei Mironov, head of the A Just Russia party, who in April claimed Russia had "every right" to Hokkaido, suggested on Tuesday that Moscow answer with a decree of its own "on the historical rights of the Russian people to Hokkaido."

In Sakhalin, whose region includes the Kurils, Governor Valery Limarenko said he would advise Zelensky "to look at a map before signing anything."

"The Kurils are part of the Sakhalin region and part of Russia, and that is the end of the matter," the governor wrote on his Telegram channel. "Islanders on Iturup and Kunashir have other things on their minds right now: the heating season, the new ferry and flights cancelled because of fog."

The Sakhalin regional Duma on Tuesday adopted an appeal calling on the Foreign Ministry to "give a firm assessment" of the decree and describing the islands as "an integral part of the Sakhalin region."

"Islanders have lived under the Russian flag for 77 years, and they will go on living under it," the regional Duma's chairman, Andrei Khapochkin, told local news site Sakh.com.

An official in the Sakhalin regional government, speaking on condition of anonymity, told The Moscow Times that the decree about the islands had been "a gift" for local propagandists.

Tokyo has so far been cautious in its response to the decree, which could complicate any future return to talks on the islands.

About three quarters of Russians oppose handing any of the islands to Japan, according to a 2019 survey by the independent Levada Center.

Russia and Japan never signed a peace treaty after World War II because of the dispute over the four islands, which Japan calls its Northern Territories.

A Message from The Moscow Times:
Dear readers, we are facing unprecedented challenges. Independent journalism in Russia needs your support now more than ever.

Read more about: Kuril Islands, Japan, Ukraine""",
     expected=[
        dict(speaker="Leonid Slutsky", alt=["LDPR"], treaty=True, snippet='"not a subject for discussion with Tokyo, let alone with Kyiv."'),
        dict(speaker="Leonid Slutsky", alt=["LDPR"], treaty=None, optional=True, snippet="Tokyo should say officially whether it accepts this 'gift'"),
        dict(speaker="Gennady Zyuganov", alt=["KPRF"], treaty=True, snippet='"were paid for with the blood of Soviet soldiers in August 1945'),
        dict(speaker="Gennady Zyuganov", alt=["KPRF"], treaty=False, snippet="men called up in last month's mobilization were being sent to training grounds"),
        dict(speaker="Sergei Mironov", alt=["A Just Russia"], treaty=None, snippet='"on the historical rights of the Russian people to Hokkaido."'),
        dict(speaker="Valery Limarenko", treaty=None, optional=True, snippet='he would advise Zelensky "to look at a map before signing anything."'),
        dict(speaker="Valery Limarenko", treaty=True, snippet="The Kurils are part of the Sakhalin region and part of Russia"),
        dict(speaker="Valery Limarenko", treaty=False, snippet="the heating season, the new ferry and flights cancelled because of fog"),
        dict(speaker="Andrei Khapochkin", alt=["Sakhalin Regional Duma"], treaty=True, snippet="Islanders have lived under the Russian flag for 77 years"),
     ],
     not_statements=['describing the islands as "an integral part of the Sakhalin region."',
                     'the decree about the islands had been "a gift" for local propagandists',
                     "which could complicate any future return to talks on the islands",
                     "About three quarters of Russians oppose handing any of the islands to Japan",
                     "Russia and Japan never signed a peace treaty after World War II"]),

dict(id="E11-13", outlet="NHK World", url="https://www3.nhk.or.jp/nhkworld/en/news/20221011_17/", published="2022-10-11",
     title="Japan appreciates Ukraine's stance on Northern Territories",
     text="""Japan appreciates Ukraine's stance on Northern Territories

Japan's top government spokesperson has welcomed a decree by Ukraine's president that recognizes Japan's claim to four Russian-held islands off Hokkaido.

Chief Cabinet Secretary Matsuno Hirokazu told reporters on Tuesday that the government is aware of the decree signed by President Volodymyr Zelenskyy last Friday.

Matsuno said Japan believes the decree shows Ukraine's support for Japan's position on the Northern Territories, and that the government appreciates it.

He said Japan's position that the four islands are an inherent part of Japan's territory has not changed.

Matsuno also said Japan will provide generators and solar lanterns to help Ukrainians get through the winter, as Russian attacks on power plants continue.

Foreign Minister Hayashi Yoshimasa strongly condemned Russia's missile attacks on Kyiv and other cities on Monday. He said attacks on civilians and civilian facilities are a clear violation of international law and can never be justified.

Hayashi said Japan will continue to explain its position on the Northern Territories to the international community.

Russian presidential spokesperson Dmitry Peskov said on Monday that the Kurils are Russian regions and that the decree changes nothing.

A former resident of Etorofu Island who lives in Nemuro City told NHK he was grateful for Ukraine's gesture but worried it could harden Moscow's stance on the islands.

Russia suspended peace treaty negotiations with Japan in March, citing the sanctions Tokyo imposed over the invasion of Ukraine.

Oct. 11, 2022 14:36 JST""",
     expected=[
        dict(speaker="Hirokazu Matsuno", alt=["Japanese Government", "Matsuno Hirokazu"], treaty=True, optional=True, snippet="Japan's top government spokesperson has welcomed a decree by Ukraine's president"),
        dict(speaker="Hirokazu Matsuno", alt=["Japanese Government", "Matsuno Hirokazu"], treaty=None, optional=True, snippet="the government is aware of the decree signed by President Volodymyr Zelenskyy"),
        dict(speaker="Hirokazu Matsuno", alt=["Japanese Government", "Matsuno Hirokazu"], treaty=True, snippet="the decree shows Ukraine's support for Japan's position on the Northern Territories"),
        dict(speaker="Hirokazu Matsuno", alt=["Japanese Government", "Matsuno Hirokazu"], treaty=True, snippet="Japan's position that the four islands are an inherent part of Japan's territory"),
        dict(speaker="Hirokazu Matsuno", alt=["Japanese Government", "Matsuno Hirokazu"], treaty=False, snippet="Japan will provide generators and solar lanterns to help Ukrainians"),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese Foreign Ministry", "Hayashi Yoshimasa"], treaty=False, snippet="attacks on civilians and civilian facilities are a clear violation of international law"),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese Foreign Ministry", "Hayashi Yoshimasa"], treaty=True, snippet="continue to explain its position on the Northern Territories to the international"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="the Kurils are Russian regions and that the decree changes nothing"),
     ],
     not_statements=["told NHK he was grateful for Ukraine's gesture but worried it could harden Moscow's stance",
                     "Russia suspended peace treaty negotiations with Japan in March",
                     "citing the sanctions Tokyo imposed over the invasion of Ukraine"]),

dict(id="E11-14", outlet="Hindustan Times", url="https://www.hindustantimes.com/world-news/zelensky-recognises-kuril-islands-as-japanese-what-is-the-russia-japan-dispute-101665219872431.html", published="2022-10-08",
     title="Zelensky recognises Kuril islands as Japanese: What is the Russia-Japan dispute?",
     text="""Zelensky recognises Kuril islands as Japanese: What is the Russia-Japan dispute?

By HT News Desk | Edited by Shivani Kumar
Updated on Oct 08, 2022 04:12 PM IST

Ukraine's president has waded into one of Asia's oldest territorial disputes, a day after Russia stepped up attacks on his country's cities.

Ukrainian President Volodymyr Zelensky on Friday signed a decree recognising the southern Kuril Islands, which Russia has controlled since 1945, as Japanese territory under Russian occupation. In his nightly address, Zelensky said Russia had seized land "from Moldova to Georgia to the Japanese islands."

"The Northern Territories are Japan's," he said, using the Japanese name for the four islands.

Moscow was quick to respond. Russian foreign ministry spokesperson Maria Zakharova wrote on Telegram that the decree was "a legal nullity" and that the southern Kurils were "an inalienable part of Russia."

Asked about the decree at the daily briefing in New York, UN spokesperson Stephane Dujarric said the Secretary-General's position was that territorial questions "should be resolved peacefully, through dialogue between the parties concerned."

India's external affairs ministry did not comment on the decree.

What are the Kuril Islands?

The Kuril Islands are a volcanic chain stretching about 1,300 km from Russia's Kamchatka peninsula to Japan's Hokkaido. Japan claims the four southernmost islands - Etorofu, Kunashiri, Shikotan and the Habomai islets - which it calls the Northern Territories. Russia calls them the Southern Kurils. Around 20,000 Russians live on the islands.

Why is there no peace treaty?

Soviet troops seized the islands in the final days of World War II, and Moscow and Tokyo never signed a peace treaty formally ending hostilities. A 1956 joint declaration provided for the handover of Shikotan and the Habomai islets after a treaty was signed, but talks stalled. In 2020, Russia amended its constitution to ban the ceding of any territory.

In March this year, Moscow pulled out of the peace treaty talks after Japan joined Western sanctions over the war in Ukraine.

Also Read: Crimea bridge blast: Putin orders tighter security as repair work begins

(With inputs from agencies)

Get Latest World News along with Latest News and Top Headlines from India and around the world""",
     expected=[
        dict(speaker="Volodymyr Zelensky", alt=["Office of the President of Ukraine"], treaty=True, snippet='Russia had seized land "from Moldova to Georgia to the Japanese islands."'),
        dict(speaker="Volodymyr Zelensky", alt=["Office of the President of Ukraine"], treaty=True, snippet='"The Northern Territories are Japan\'s," he said'),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=None, optional=True, snippet='the decree was "a legal nullity"'),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet='the southern Kurils were "an inalienable part of Russia."'),
        dict(speaker="Stephane Dujarric", alt=["United Nations", "Antonio Guterres"], treaty=None, snippet='"should be resolved peacefully, through dialogue between the parties concerned."'),
     ],
     not_statements=["signed a decree recognising the southern Kuril Islands, which Russia has controlled since 1945",
                     "India's external affairs ministry did not comment on the decree.",
                     "Japan claims the four southernmost islands - Etorofu, Kunashiri, Shikotan and the Habomai islets",
                     "Moscow and Tokyo never signed a peace treaty formally ending hostilities",
                     "A 1956 joint declaration provided for the handover of Shikotan and the Habomai islets",
                     "Russia amended its constitution to ban the ceding of any territory",
                     "Moscow pulled out of the peace treaty talks after Japan joined Western sanctions"]),
]

# ---------------------------------------------------------------- 2023-2024: Seoul, Beijing and Tokyo's answer
ARTICLES += [
dict(id="E11-15", outlet="Yonhap News Agency", url="https://en.yna.co.kr/view/AEN20230411004251315", published="2023-04-11",
     title="(LEAD) S. Korea protests Japan's Dokdo claim in diplomatic bluebook",
     text="""(LEAD) S. Korea protests Japan's Dokdo claim in diplomatic bluebook

(ATTN: ADDS Japanese foreign minister's remarks, Chinese reaction in paras 6-9)

SEOUL, April 11 (Yonhap) -- South Korea on Tuesday lodged a strong protest against Japan's renewed claim to the East Sea islets of Dokdo in its annual diplomatic report, less than a month after the two countries' leaders agreed to mend ties.

"The government strongly protests Japan's repeated unjust claim to Dokdo, which is clearly our inherent territory historically, geographically and under international law, and urges Japan to retract it immediately," foreign ministry spokesperson Lim Soo-suk said in a commentary.

"Japan's claim has no effect whatsoever on our sovereignty over Dokdo," Lim said, adding that the government would "respond sternly" to any provocation.

The ministry summoned a senior diplomat of the Japanese Embassy in Seoul to lodge the protest.

The 2023 Diplomatic Bluebook, presented at a Cabinet meeting in Tokyo, describes Dokdo, which Japan calls Takeshima, as "an inherent part of the territory of Japan." It also describes the Northern Territories as "under Russia's illegal occupation."

Japanese Foreign Minister Yoshimasa Hayashi told reporters after the Cabinet meeting that Japan would respond to the Takeshima issue "calmly and resolutely, on the basis of its consistent position."

On Russia, Hayashi said relations remained "in a severe situation," but that Japan would maintain its policy of resolving the territorial issue and concluding a peace treaty.

Japan's chief cabinet secretary, meanwhile, said Tokyo would keep working with Seoul to build on the momentum of President Yoon Suk Yeol's visit to Tokyo in March.

In Beijing, Chinese foreign ministry spokesperson Wang Wenbin said the Diaoyu Islands, which Japan calls the Senkakus, are "China's inherent territory" and that Beijing "firmly rejects" the bluebook's references to them.

Moscow, which halted peace treaty talks with Tokyo last year, has long maintained that the southern Kurils became Russian territory as a result of World War II.

Japan has made claims to Dokdo in its diplomatic bluebooks every year since 2008. South Korea has kept a small police detachment on the islets since 1954.

(END)

Keywords
#Dokdo #Japan #bluebook""",
     expected=[
        dict(speaker="Lim Soo-suk", alt=["South Korean Foreign Ministry"], treaty=False, snippet="The government strongly protests Japan's repeated unjust claim to Dokdo"),
        dict(speaker="Lim Soo-suk", alt=["South Korean Foreign Ministry"], treaty=False, optional=True, snippet="Japan's claim has no effect whatsoever on our sovereignty over Dokdo"),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese Foreign Ministry"], treaty=False, snippet='respond to the Takeshima issue "calmly and resolutely'),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese Foreign Ministry"], treaty=True, snippet="maintain its policy of resolving the territorial issue and concluding a peace treaty"),
        dict(speaker="Hirokazu Matsuno", alt=["Japanese Government"], treaty=False, snippet="Tokyo would keep working with Seoul to build on the momentum"),
        dict(speaker="Wang Wenbin", alt=["Chinese Foreign Ministry"], treaty=False, snippet='the Diaoyu Islands, which Japan calls the Senkakus, are "China\'s inherent territory"'),
     ],
     not_statements=['It also describes the Northern Territories as "under Russia\'s illegal occupation."',
                     'describes Dokdo, which Japan calls Takeshima, as "an inherent part of the territory of Japan."',
                     "has long maintained that the southern Kurils became Russian territory as a result of World War II",
                     "Moscow, which halted peace treaty talks with Tokyo last year"]),

dict(id="E11-16", outlet="Ministry of Foreign Affairs of the People's Republic of China", url="https://www.fmprc.gov.cn/eng/xw/fyrbt/lxjzh/202409/t20240910_11488206.html", published="2024-09-10",
     title="Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on September 10, 2024",
     text="""Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on September 10, 2024

2024-09-10 19:30

At the invitation of the Russian side, Director of the Office of the Central Foreign Affairs Commission and Foreign Minister Wang Yi will attend the 14th Meeting of BRICS National Security Advisers and High Representatives for National Security Affairs in St. Petersburg from September 10 to 12.

CCTV: Last week's FOCAC Summit in Beijing drew the largest number of foreign leaders in years. What are the main outcomes?

Lin Jian: The summit adopted the Beijing Declaration and the FOCAC Beijing Action Plan (2025-2027) and elevated China-Africa relations to an all-weather China-Africa community with a shared future for the new era. China will work with African countries to implement the ten partnership actions and bring more benefits to the people of China and Africa.

Kyodo News: Russia's Deputy Prime Minister said at the Eastern Economic Forum last week that Russia would invite Chinese companies to invest in the special economic zone on the Kuril Islands, which Japan says are its own territory. Do Chinese companies plan to take part? What is China's position on the islands?

Lin Jian: I'm not aware of the specifics you mentioned. China and Russia conduct normal economic and trade cooperation on the basis of mutual benefit, which does not target any third party. As for the islands you mentioned, this is a matter between Russia and Japan. We hope the two countries will properly handle it through dialogue and consultation.

Kyodo News: A follow-up. Does China recognize Russia's sovereignty over the four islands?

Lin Jian: I have answered your question.

Reuters: The Philippine coast guard says its vessel will stay at Xianbin Jiao. What is China's response?

Lin Jian: Xianbin Jiao is part of China's Nansha Qundao. The Philippine vessel's prolonged stranding there violates China's sovereignty and the spirit of the DOC. We urge the Philippines to withdraw the vessel immediately.

Bloomberg: Will China retaliate against the new US restrictions on exports of chip-making equipment?

Lin Jian: China firmly opposes the US overstretching the concept of national security and abusing export controls. We will take necessary measures to firmly safeguard our legitimate rights and interests.""",
     expected=[
        dict(speaker="Lin Jian", alt=["Chinese Foreign Ministry"], treaty=False, optional=True, snippet="elevated China-Africa relations to an all-weather China-Africa community"),
        dict(speaker="Lin Jian", alt=["Chinese Foreign Ministry"], treaty=None, snippet="China and Russia conduct normal economic and trade cooperation on the basis of mutual"),
        dict(speaker="Lin Jian", alt=["Chinese Foreign Ministry"], treaty=True, snippet="As for the islands you mentioned, this is a matter between Russia and Japan."),
        dict(speaker="Lin Jian", alt=["Chinese Foreign Ministry"], treaty=True, snippet="We hope the two countries will properly handle it through dialogue and consultation."),
        dict(speaker="Lin Jian", alt=["Chinese Foreign Ministry"], treaty=False, snippet="Xianbin Jiao is part of China's Nansha Qundao."),
        dict(speaker="Lin Jian", alt=["Chinese Foreign Ministry"], treaty=False, optional=True, snippet="China firmly opposes the US overstretching the concept of national security"),
     ],
     not_statements=["Russia would invite Chinese companies to invest in the special economic zone on the Kuril Islands",
                     "Does China recognize Russia's sovereignty over the four islands?",
                     "which Japan says are its own territory",
                     "Wang Yi will attend the 14th Meeting of BRICS National Security Advisers"]),

dict(id="E11-17", outlet="Kyodo News", url="https://english.kyodonews.net/news/2024/09/5b9e27c1a0f3-japan-warns-3rd-country-investment-in-russian-held-isles-unacceptable.html", published="2024-09-11",
     title="Japan warns 3rd-country investment in Russian-held isles unacceptable",
     text="""Japan warns 3rd-country investment in Russian-held isles unacceptable

KYODO NEWS - Sep 11, 2024 - 18:05 | Japan, All

Japan's top government spokesman said Wednesday that any investment by third countries in the Russian-held islands off Hokkaido would be unacceptable, after China said the islands were a matter for Moscow and Tokyo to settle.

"Economic activity by third countries in the Northern Territories under Russian jurisdiction is incompatible with Japan's position and cannot be accepted," Chief Cabinet Secretary Yoshimasa Hayashi said at a press conference.

Hayashi said Tokyo had conveyed its position to Beijing through diplomatic channels, but declined to give details.

Chinese Foreign Ministry spokesman Lin Jian said Tuesday the islands were "a matter between Russia and Japan" when asked whether Chinese firms would answer Moscow's call to invest in a special economic zone there.

Russia in 2022 created a special economic zone on the islands that offers tax breaks to companies from Russia and abroad. No Chinese company has announced plans to invest there.

Hayashi, one of nine candidates in the ruling Liberal Democratic Party's presidential race, also said he would put wage growth at the center of his economic policy if elected.

In Sapporo, Hokkaido Gov. Naomichi Suzuki said foreign money flowing into the islands "under Russian law" would make the road to their return "even longer."

"The former islanders do not have much time left. We cannot let the situation on the islands be fixed while we are unable even to visit the graves," Suzuki told reporters.

Suzuki also renewed his call for Beijing to lift its ban on Japanese seafood imports, which has hit Hokkaido's scallop exporters hard since August last year.

Rausu Mayor Makoto Saito said fishermen in his town, who work within sight of Kunashiri, "need safe fishing, not more tension."

Sakhalin Gov. Valery Limarenko, asked by Russian media about Tokyo's objection, said the Kurils "are Russian, and the zone is open to any investor who respects Russian law."

A Japanese government source said Tokyo would watch closely whether Chinese state-owned firms make any move on the islands.

The islands, which Tokyo names the Northern Territories and Moscow the Southern Kurils, were taken by the Soviet Union after Japan's surrender in World War II in August 1945.

Related coverage:
Japan protests Russian military drills on disputed isles
China, Russia hold joint naval patrol in Pacific near Japan""",
     expected=[
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese Government"], treaty=True, optional=True, snippet="third countries in the Russian-held islands off Hokkaido would be unacceptable"),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese Government"], treaty=True, snippet="Economic activity by third countries in the Northern Territories under Russian jurisdiction"),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese Government"], treaty=None, optional=True, snippet="Tokyo had conveyed its position to Beijing through diplomatic channels"),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese Government"], treaty=False, snippet="he would put wage growth at the center of his economic policy if elected"),
        dict(speaker="Lin Jian", alt=["Chinese Foreign Ministry"], treaty=True, snippet='the islands were "a matter between Russia and Japan"'),
        dict(speaker="Naomichi Suzuki", treaty=True, snippet='would make the road to their return "even longer."'),
        dict(speaker="Naomichi Suzuki", treaty=None, optional=True, snippet="We cannot let the situation on the islands be fixed while we are unable even to visit"),
        dict(speaker="Naomichi Suzuki", treaty=False, snippet="renewed his call for Beijing to lift its ban on Japanese seafood imports"),
        dict(speaker="Makoto Saito", treaty=False, optional=True, snippet='"need safe fishing, not more tension."'),
        dict(speaker="Valery Limarenko", treaty=True, snippet='the Kurils "are Russian, and the zone is open to any investor who respects Russian law."'),
     ],
     not_statements=["Russia in 2022 created a special economic zone on the islands that offers tax breaks",
                     "No Chinese company has announced plans to invest there.",
                     "A Japanese government source said Tokyo would watch closely whether Chinese state-owned firms",
                     "were taken by the Soviet Union after Japan's surrender in World War II in August 1945",
                     "Japan protests Russian military drills on disputed isles"]),
]

# ---------------------------------------------------------------- Brussels, Beijing, New York
ARTICLES += [
dict(id="E11-18", outlet="Deutsche Welle", url="https://www.dw.com/en/eu-and-japan-pledge-closer-security-ties-at-brussels-summit/a-66225817", published="2023-07-13",
     title="EU and Japan pledge closer security ties at Brussels summit",
     text="""EU and Japan pledge closer security ties at Brussels summit

Japan's Prime Minister Kishida and EU leaders agreed to deepen cooperation on security and economic resilience. Tokyo also welcomed the EU's decision to lift curbs on food imports from the Fukushima region.

07/13/2023

The European Union and Japan on Thursday agreed to step up cooperation on security, critical raw materials and semiconductors at a summit in Brussels, a day after Japanese Prime Minister Fumio Kishida attended the NATO summit in Vilnius.

"Russia's war against Ukraine is a threat to the security of Europe and of the Indo-Pacific alike," European Council President Charles Michel told a joint press conference.

European Commission President Ursula von der Leyen said the EU would lift its remaining restrictions on food imports from Fukushima, calling the decision "based on science and evidence." She said the two sides would also start talks on the free flow of data.

Kishida thanked the EU and said Japan would release treated water from the Fukushima Daiichi nuclear plant only with "the utmost transparency."

What did Kishida say about Russia?

Asked about Japan's own relations with Moscow, Kishida said Japan's policy of resolving the territorial issue and concluding a peace treaty with Russia "remains unchanged," but that Russia's aggression had put relations in "a severe situation."

The joint statement issued after the talks condemned Russia's "war of aggression" but made no mention of the Northern Territories, four islands off Hokkaido held by Russia and claimed by Japan.

In a non-binding resolution adopted in July 2005, the European Parliament called on Russia to return the islands to Japan.

"The European Parliament called on Russia to return the Northern Territories as early as 2005. Nothing Moscow has done since gives us any reason to change our view," Hanna Lindqvist, a Swedish liberal lawmaker who sits on the parliament's delegation for relations with Japan, told DW.

In Moscow, Russian Foreign Ministry spokeswoman Maria Zakharova was asked at her weekly briefing about the remarks of EU lawmakers on the islands.

"The European Union has no business in questions of Russia's territory. The Kurils are Russian land under the results of the Second World War, and Brussels would do better to look after its own economy," Zakharova said.

Russia suspended the peace treaty talks with Japan in March 2022 after Tokyo joined Western sanctions.

kb/sms (AFP, Reuters, dpa)

Skip next section Explore more
Related topics: Japan, European Union, Fumio Kishida, Russia""",
     expected=[
        dict(speaker="Charles Michel", alt=["European Council"], treaty=False, snippet="Russia's war against Ukraine is a threat to the security of Europe and of the Indo-Pacific"),
        dict(speaker="Ursula von der Leyen", alt=["European Commission"], treaty=False, optional=True, snippet="lift its remaining restrictions on food imports from Fukushima"),
        dict(speaker="Fumio Kishida", alt=["Japanese Government"], treaty=False, snippet="release treated water from the Fukushima Daiichi nuclear plant only with"),
        dict(speaker="Fumio Kishida", alt=["Japanese Government"], treaty=True, snippet='concluding a peace treaty with Russia "remains unchanged,"'),
        dict(speaker="Hanna Lindqvist", alt=["European Parliament"], treaty=True, snippet="Nothing Moscow has done since gives us any reason to change our view"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="The European Union has no business in questions of Russia's territory."),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="The Kurils are Russian land under the results of the Second World War"),
     ],
     not_statements=["made no mention of the Northern Territories, four islands off Hokkaido held by Russia",
                     "the European Parliament called on Russia to return the islands to Japan",
                     "was asked at her weekly briefing about the remarks of EU lawmakers on the islands",
                     "Russia suspended the peace treaty talks with Japan in March 2022"]),

dict(id="E11-19", outlet="CGTN", url="https://news.cgtn.com/news/2025-11-20/Russia-says-Japan-must-accept-WWII-outcomes-as-China-Japan-row-deepens-1IKq3bXw5Qk/p.html", published="2025-11-20",
     title="Russia says Japan must accept WWII outcomes as China-Japan row deepens",
     text="""Russia says Japan must accept WWII outcomes as China-Japan row deepens

Updated 17:46, 20-Nov-2025
CGTN

Russia on Wednesday said Japan has yet to accept the outcomes of World War II "in full," adding its voice to criticism of Tokyo as tensions between China and Japan over Japanese Prime Minister Sanae Takaichi's erroneous remarks on Taiwan continued.

"Tokyo still has not recognized the results of the Second World War in full, including Russia's sovereignty over the southern Kurils," Russian Foreign Ministry spokeswoman Maria Zakharova told her weekly briefing in Moscow.

"Japan's course toward militarization is a cause of serious concern for the whole region," she said, adding that Russia's position on Taiwan was well known: "Taiwan is an inalienable part of China."

Takaichi told parliament on November 7 that a Taiwan contingency could constitute a "survival-threatening situation" for Japan, a category that would allow its forces to use force overseas.

Chinese Foreign Ministry spokesperson Mao Ning said on Thursday that China had "noted the Russian side's remarks."

"China and Russia, as victorious nations of the World Anti-Fascist War, share a responsibility to safeguard the postwar international order," Mao said, urging Japan to "reflect on its history of aggression and stop making provocative remarks on the Taiwan question."

Japan's top government spokesman rejected the Russian remarks on Thursday.

"The Northern Territories are islands over which Japan has sovereignty, and the claim that Japan has not accepted the postwar order is completely groundless," he told a press conference in Tokyo.

He also called China's advice to its citizens to avoid traveling to Japan "regrettable" and said Tokyo had asked Beijing to take "appropriate measures."

"Moscow's reminder about the Kurils shows that Japan's problems with history are not only a Chinese concern," Zheng Yiran, a research fellow at the Institute of Northeast Asian Studies, told CGTN.

Under the Yalta agreement of February 1945, the Soviet Union was to receive the Kuril Islands in return for entering the war against Japan. Tokyo and Moscow have never signed a peace treaty.

(With input from Xinhua)

Search Trends""",
     expected=[
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, optional=True, snippet='Russia on Wednesday said Japan has yet to accept the outcomes of World War II "in full,"'),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="including Russia's sovereignty over the southern Kurils"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=None, optional=True, snippet="Japan's course toward militarization is a cause of serious concern"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False, snippet='"Taiwan is an inalienable part of China."'),
        dict(speaker="Sanae Takaichi", alt=["Japanese Government"], treaty=False, snippet='a Taiwan contingency could constitute a "survival-threatening situation"'),
        dict(speaker="Mao Ning", alt=["Chinese Foreign Ministry"], treaty=None, snippet="share a responsibility to safeguard the postwar international order"),
        dict(speaker="Mao Ning", alt=["Chinese Foreign Ministry"], treaty=False, snippet='"reflect on its history of aggression and stop making provocative remarks'),
        dict(speaker="Minoru Kihara", alt=["Japanese Government"], treaty=None, optional=True, snippet="Japan's top government spokesman rejected the Russian remarks on Thursday."),
        dict(speaker="Minoru Kihara", alt=["Japanese Government"], treaty=True, snippet="The Northern Territories are islands over which Japan has sovereignty"),
        dict(speaker="Minoru Kihara", alt=["Japanese Government"], treaty=False, snippet="called China's advice to its citizens to avoid traveling to Japan"),
        dict(speaker="Zheng Yiran", treaty=None, optional=True, snippet="Moscow's reminder about the Kurils shows that Japan's problems with history"),
     ],
     not_statements=["the Soviet Union was to receive the Kuril Islands in return for entering the war against Japan",
                     "Tokyo and Moscow have never signed a peace treaty.",
                     "Under the Yalta agreement of February 1945"]),

dict(id="E11-20", outlet="United Nations Meetings Coverage", url="https://press.un.org/en/2023/sc15212.doc.htm", published="2023-02-24",
     title="One Year into War, Security Council Hears Calls for Just Peace in Ukraine, as Speakers Clash over Responsibility",
     text="""SECURITY COUNCIL
9269TH MEETING (AM & PM)
SC/15212
24 FEBRUARY 2023

One Year into War, Security Council Hears Calls for Just Peace in Ukraine, as Speakers Clash over Responsibility

Meeting one year after the Russian Federation launched its full-scale invasion of Ukraine, the Security Council today heard calls from ministers for a just and lasting peace, a day after the General Assembly adopted a resolution to that effect by a recorded vote of 141 in favour to 7 against, with 32 abstentions.

Briefing

ANTÓNIO GUTERRES, Secretary-General of the United Nations, said that the invasion had caused immense suffering, with more than 8,000 civilians killed according to verified figures, and that the risks of escalation were "all too real". "It is high time to step back from the brink," he said.

Statements

DMYTRO KULEBA, Minister for Foreign Affairs of Ukraine, said that the world had united around the principles of the Charter, and called on Council members to support his country's peace formula, which begins with the withdrawal of Russian troops from all Ukrainian territory.

YOSHIMASA HAYASHI, Minister for Foreign Affairs of Japan, said that any unilateral change of the status quo by force "is not acceptable anywhere in the world", and that Japan, as President of the Group of Seven (G7), would keep up support for Ukraine and sanctions against the aggressor.

ZHANG JUN (China) said that dialogue and negotiation were the only viable way out of the crisis and that China would continue to play a constructive role in promoting peace talks.

VASSILY A. NEBENZIA (Russian Federation) said that the West had turned Ukraine into an "anti-Russia" and that his country would achieve the goals of its special military operation.

Exchanges between the delegates of the Russian Federation and Japan, late in the meeting, touched on the status of the Kuril Islands.

Taking the floor a second time, Mr. NEBENZIA said that Japan, which had "still not drawn the lessons of its defeat in 1945" and laid claim to Russian territory in the Kurils, was in no position to lecture others on territorial integrity.

KIMIHIRO ISHIKANE (Japan), responding, said that the Northern Territories were an inherent part of Japan's territory illegally occupied by the Russian Federation, and that the remarks of the Russian delegate were totally unacceptable.

For information media. Not an official record.""",
     expected=[
        dict(speaker="Antonio Guterres", alt=["United Nations", "António Guterres"], treaty=False, optional=True, snippet="It is high time to step back from the brink"),
        dict(speaker="Dmytro Kuleba", alt=["Ukrainian Foreign Ministry"], treaty=False, optional=True, snippet="called on Council members to support his country's peace formula"),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese Foreign Ministry"], treaty=False, snippet='any unilateral change of the status quo by force "is not acceptable anywhere in the world"'),
        dict(speaker="Zhang Jun", alt=["Chinese Foreign Ministry"], treaty=False, snippet="dialogue and negotiation were the only viable way out of the crisis"),
        dict(speaker="Vassily Nebenzia", alt=["Russian Foreign Ministry", "Vassily A. Nebenzia"], treaty=False, snippet="the West had turned Ukraine into an \"anti-Russia\""),
        dict(speaker="Vassily Nebenzia", alt=["Russian Foreign Ministry", "Vassily A. Nebenzia"], treaty=True, snippet="laid claim to Russian territory in the Kurils, was in no position to lecture others"),
        dict(speaker="Kimihiro Ishikane", alt=["Japanese Foreign Ministry", "Japanese Government"], treaty=True, snippet="the Northern Territories were an inherent part of Japan's territory illegally occupied"),
        dict(speaker="Kimihiro Ishikane", alt=["Japanese Foreign Ministry", "Japanese Government"], treaty=None, optional=True, snippet="the remarks of the Russian delegate were totally unacceptable"),
     ],
     not_statements=["Exchanges between the delegates of the Russian Federation and Japan, late in the meeting",
                     "adopted a resolution to that effect by a recorded vote of 141 in favour",
                     "For information media. Not an official record."]),
]
