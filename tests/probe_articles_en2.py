# Hand-written English test articles for treatywatch.statements.extract_statements (round 2).
# All texts are original (written for this test), loosely modelled on real events 2012-2026; events, outlets and
# phrasings differ from round 1 (tests/probe_articles_en.py).
# expected: dict(speaker, treaty (True/False/None), snippet, [alt], [optional])
# not_statements: substrings that must not yield a peace_treaty=True statement.

# A protest over a visit or a building on the islands ("regrettable", "unacceptable", 「自国の領土を訪れる」) is marked
# optional: the corpus labels do not count it as a statement on the treaty unless it claims the islands outright.
ARTICLES = [
# ---- transcripts: Kremlin, MID.ru, Kantei ----
dict(id="E2-01", outlet="President of Russia", url="http://en.kremlin.ru/events/president/transcripts/58537", published="2018-09-12",
     title="Plenary session of the Eastern Economic Forum",
     text="""Plenary session of the Eastern Economic Forum

Vladimir Putin took part in the plenary session of the 4th Eastern Economic Forum. The session was also attended by President of China Xi Jinping, Prime Minister of Japan Shinzo Abe, President of Mongolia Khaltmaagiin Battulga and Prime Minister of the Republic of Korea Lee Nak-yon.

September 12, 2018 13:30 Vladivostok

Sergei Brilev: Mr Abe has just told us that we should stop looking back at the past. Mr President, seventy-three years have gone by since the war ended. Will we ever live to see this treaty signed?

Vladimir Putin: You have caught me a little off guard. Shinzo said we should change our approach, and I agree with him. So here is an idea that has just come to me, right here. Let us sign a peace treaty, not now, of course, but before the year is out, and without any preconditions.

Then, on the basis of this treaty, as friends, we will go on resolving all the issues that remain in dispute. I think this would make it easier to settle the problems that we have been unable to settle for seventy years.

(Applause.)

Sergei Brilev: Mr Abe, would you like to respond?

Shinzo Abe: I listened carefully to the President. What I can say is that the two of us share a firm will to resolve this issue, and I am convinced that together we will find the way. Japan's basic position is well known to the President.

Xi Jinping: This year marks forty years since China and Japan concluded their Treaty of Peace and Friendship, and China is ready to work with Japan to keep relations on the right track. At the same time, China and Russia remain each other's most reliable partners.

Vladimir Putin: If I may add a word on the economy. Our trade with Japan grew by almost a fifth last year, and we welcome Japanese companies in the Far East, above all in timber processing and in healthcare.""",
     expected=[
        dict(speaker="Vladimir Putin", treaty=True, snippet="Shinzo said we should change our approach, and I agree with him."),
        dict(speaker="Vladimir Putin", treaty=True, snippet="Let us sign a peace treaty, not now, of course, but before the year is out"),
        dict(speaker="Vladimir Putin", treaty=True, snippet="on the basis of this treaty, as friends, we will go on resolving all the issues"),
        dict(speaker="Shinzo Abe", treaty=True, snippet="the two of us share a firm will to resolve this issue"),
        dict(speaker="Vladimir Putin", treaty=False, snippet="Our trade with Japan grew by almost a fifth last year"),
     ],
     not_statements=["Will we ever live to see this treaty signed?",
                     "This year marks forty years since China and Japan concluded their Treaty of Peace and Friendship"]),

dict(id="E2-02", outlet="The Ministry of Foreign Affairs of the Russian Federation", url="https://mid.ru/en/foreign_policy/news/1990213/", published="2025-01-14",
     title="Foreign Minister Sergey Lavrov's remarks and answers to media questions at a news conference on Russian diplomacy's performance in 2024, Moscow, January 14, 2025",
     text="""Foreign Minister Sergey Lavrov's remarks and answers to media questions at a news conference on Russian diplomacy's performance in 2024, Moscow, January 14, 2025

[...]

Question (NHK): In his policy speech, the new Prime Minister of Japan, Shigeru Ishiba, said that Japan remains committed to resolving the territorial issue and concluding a peace treaty. Does Moscow see any chance of resuming the dialogue?

Sergey Lavrov: I have read Mr Ishiba's speech, and I have read what he wrote before he became Prime Minister, including his ideas about an "Asian NATO".

We did not walk away from the dialogue. It was Tokyo that, following Washington's lead, imposed sanctions against us and declared the goal of inflicting a strategic defeat on Russia. Under such circumstances there is nothing to discuss. How can one sign a document on peace, friendship and good-neighbourliness with a country that calls you an adversary and helps arm the Kiev regime?

I would also remind you what the 1956 Declaration actually says. It says that the Soviet Union agrees to transfer Shikotan and the Habomai islands to Japan after a peace treaty is concluded. A transfer is not a return. And any treaty must begin with Japan recognising the results of the Second World War in full, including our sovereignty over all the Kuril Islands. Our Japanese colleagues understand this perfectly well.

As for practical matters, we have not refused contacts on fisheries. Russian and Japanese fishermen continue to work under the intergovernmental agreements, and the consultations on catch quotas are held every year.

Question (RIA Novosti): Donald Trump takes office next week. Is a peace treaty with Ukraine possible this year?

Sergey Lavrov: We have never refused negotiations. In April 2022, in Istanbul, the delegations initialled the principles of a treaty on Ukraine's neutrality and security guarantees, and then London told Kiev to keep fighting. Any agreement now must reflect the realities on the ground.""",
     expected=[
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="We did not walk away from the dialogue."),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="Under such circumstances there is nothing to discuss."),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="How can one sign a document on peace, friendship and good-neighbourliness"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True, snippet="It says that the Soviet Union agrees to transfer Shikotan and the Habomai islands"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=False, snippet="we have not refused contacts on fisheries"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=False, snippet="the delegations initialled the principles of a treaty on Ukraine's neutrality"),
     ],
     not_statements=["Does Moscow see any chance of resuming the dialogue?",
                     "Is a peace treaty with Ukraine possible this year?"]),

dict(id="E2-03", outlet="The Ministry of Foreign Affairs of the Russian Federation", url="https://mid.ru/en/press_service/spokesman/briefings/1974511/", published="2024-10-10",
     title="Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, October 10, 2024",
     text="""Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, October 10, 2024

Table of contents
On the Armenia-Azerbaijan settlement
On the policy speech by the Prime Minister of Japan
Answers to media questions

On the Armenia-Azerbaijan settlement

We continue to follow closely the negotiations between Baku and Yerevan on a peace treaty. Russia is ready to provide any assistance, including with the delimitation of the border, if the parties request it. We believe that the trilateral agreements reached with Russia's participation in 2020-2022 remain the basis for a settlement.

On the policy speech by the Prime Minister of Japan

We took note of the first policy speech delivered in the Diet on October 4 by the new Prime Minister of Japan, Shigeru Ishiba. Among other things, he stated that Tokyo intends to resolve the territorial issue and conclude a peace treaty with Russia.

Let me be frank. It is pointless to talk about a peace treaty while Japan pursues its unfriendly course, follows the sanctions line and builds up military cooperation with NATO near our borders. The Japanese side has only itself to blame for the freezing of the dialogue. As for the so-called "territorial issue", there is no such issue. The sovereignty of the Russian Federation over the Kuril Islands is the legal result of World War II, enshrined in the UN Charter.

Answers to media questions

Question: The Japanese government has again asked Moscow to allow former islanders to visit family graves. Will Russia consider this?

Maria Zakharova: Such requests must be sent through the appropriate channels, and they will be examined. But let me remind you that it was Tokyo that tore apart the whole fabric of bilateral exchanges.""",
     expected=[
        dict(speaker="Shigeru Ishiba", treaty=True, optional=True, snippet="he stated that Tokyo intends to resolve the territorial issue"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="It is pointless to talk about a peace treaty while Japan pursues its unfriendly course"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="The Japanese side has only itself to blame for the freezing of the dialogue."),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, snippet="The sovereignty of the Russian Federation over the Kuril Islands is the legal result"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False, snippet="Such requests must be sent through the appropriate channels"),
     ],
     not_statements=["We continue to follow closely the negotiations between Baku and Yerevan on a peace treaty.",
                     "remain the basis for a settlement",
                     "Will Russia consider this?"]),

dict(id="E2-04", outlet="Prime Minister's Office of Japan", url="https://japan.kantei.go.jp/tyoukanpress/202403/18_a.html", published="2024-03-18",
     title="Press Conference by the Chief Cabinet Secretary",
     text="""Press Conference by the Chief Cabinet Secretary
Monday, March 18, 2024 (AM)
[Provisional Translation]

Opening Statement
None.

Questions and Answers

REPORTER: Russia's presidential election ended yesterday, and voting was also organized in the Northern Territories. What is the Government's response?

CHIEF CABINET SECRETARY HAYASHI: The Government is aware that voting was carried out in the four Northern Islands. Holding such a vote there is incompatible with Japan's legal position on the Northern Territories and is unacceptable, and we have conveyed this to the Russian side through diplomatic channels. Our policy of resolving the territorial issue and concluding a peace treaty remains unchanged.

REPORTER: With President Putin re-elected, how will the Government approach relations with Russia?

CHIEF CABINET SECRETARY HAYASHI: Japan-Russia relations remain in a difficult state due to Russia's aggression against Ukraine. We will continue to impose strict sanctions in coordination with the G7, while handling matters such as fisheries appropriately from the standpoint of our national interest.

REPORTER: I have a question about Takeshima. A group of South Korean lawmakers landed on the island over the weekend.

CHIEF CABINET SECRETARY HAYASHI: Takeshima is clearly an inherent part of the territory of Japan in light of historical facts and based on international law. The landing is totally unacceptable, and we have lodged a strong protest with the Republic of Korea.""",
     expected=[
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=True, optional=True, snippet="The Government is aware that voting was carried out in the four Northern Islands."),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=True, snippet="Holding such a vote there is incompatible with Japan's legal position on the Northern Territories"),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=True, snippet="Our policy of resolving the territorial issue and concluding a peace treaty remains unchanged."),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=False, snippet="We will continue to impose strict sanctions in coordination with the G7"),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=False, snippet="Takeshima is clearly an inherent part of the territory of Japan"),
     ],
     not_statements=["voting was also organized in the Northern Territories. What is the Government's response?",
                     "A group of South Korean lawmakers landed on the island over the weekend."]),

# ---- wire and newspaper reports ----
dict(id="E2-05", outlet="Kyodo", url="https://english.kyodonews.net/news/2021/07/mishustin-etorofu-protest.html", published="2021-07-26",
     title="Japan protests Russian PM Mishustin's visit to disputed isle",
     text="""TOKYO, July 26 Kyodo - Japan on Monday lodged a protest with Russia over Prime Minister Mikhail Mishustin's visit to one of the Russian-held islands off Hokkaido claimed by Tokyo, calling the trip "extremely regrettable."

Chief Cabinet Secretary Katsunobu Kato told a press conference the visit "contravenes Japan's consistent position on the Northern Territories and hurts the feelings of the Japanese people." The top government spokesman said Tokyo would nevertheless "persistently negotiate" with Moscow to conclude a postwar peace treaty.

Mishustin, the first Russian premier to set foot on the islands in two years, toured a fish processing plant on Etorofu, known as Iturup in Russia, and said his government was considering a special economic zone for the Kurils with sweeping tax exemptions for investors.

Foreign Minister Toshimitsu Motegi said he had told Russian Ambassador Mikhail Galuzin by phone that the visit was "unacceptable." Galuzin, for his part, replied that the prime minister was traveling "within Russian territory," according to the Russian Embassy.

The Soviet Union seized the islands after Japan's surrender in 1945. That said, the two countries have kept up talks on joint economic activities there, though with little to show for them.""",
     expected=[
        dict(speaker="Japanese government", alt=["Katsunobu Kato"], treaty=True, optional=True, snippet="calling the trip \"extremely regrettable.\""),
        dict(speaker="Katsunobu Kato", alt=["Japanese government"], treaty=True, snippet="contravenes Japan's consistent position on the Northern Territories"),
        dict(speaker="Katsunobu Kato", alt=["Japanese government"], treaty=True, snippet="The top government spokesman said Tokyo would nevertheless \"persistently negotiate\""),
        dict(speaker="Mikhail Mishustin", treaty=False, snippet="his government was considering a special economic zone for the Kurils"),
        dict(speaker="Toshimitsu Motegi", alt=["Japanese Foreign Ministry"], treaty=True, optional=True, snippet="the visit was \"unacceptable.\""),
        dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=True, snippet="the prime minister was traveling \"within Russian territory,\""),
     ],
     not_statements=["The Soviet Union seized the islands after Japan's surrender in 1945.",
                     "That said, the two countries have kept up talks on joint economic activities there"]),

dict(id="E2-06", outlet="The Japan Times", url="https://www.japantimes.co.jp/opinion/2019/02/20/commentary/japan-commentary/abes-island-gamble-misreading-moscow/", published="2019-02-20",
     title="Abe's island gamble rests on a misreading of Moscow",
     text="""COMMENTARY / JAPAN
Abe's island gamble rests on a misreading of Moscow
by Kenta Morishima
Contributing Writer
Feb 20, 2019

When Prime Minister Shinzo Abe told the Diet last month that he and Vladimir Putin would "put an end" to the territorial issue, many in Tokyo took it as a sign that a deal was close. I think that reading was always too hopeful.

Consider what Moscow has actually said since the November summit in Singapore. Foreign Minister Sergei Lavrov, standing next to his Japanese counterpart in Moscow, insisted that Japan must first accept that the islands became Soviet territory "legitimately, as a result of the war." Later he went further. Even the name Japan uses for them, he complained, is a problem: "Calling them the Northern Territories in Japanese law is a claim to our land."

The 1956 Joint Declaration, on which both leaders now say they will base the talks, states that the Soviet Union agrees to hand over Habomai and Shikotan after a peace treaty is concluded. It says nothing about sovereignty, and that silence is precisely where the two readings part ways.

Abe's own words suggest he understands the gap. "We will not solve this by simply insisting on our position," he told lawmakers in January, adding that both peoples would have to come to accept the outcome.

Foreign Minister Taro Kono has chosen silence. Asked four times at one December news conference about the negotiations, he replied "next question" each time; he later said he had held back so as not to damage the talks.

The danger is that Tokyo, in its eagerness, ends up with two small islands, no clarity on the other two, and a public that feels it was misled.

Kenta Morishima is a researcher in Russian foreign policy.""",
     expected=[
        dict(speaker="Shinzo Abe", treaty=True, snippet="would \"put an end\" to the territorial issue"),
        dict(speaker="Sergei Lavrov", treaty=True, snippet="legitimately, as a result of the war."),
        dict(speaker="Sergei Lavrov", treaty=True, snippet="Calling them the Northern Territories in Japanese law is a claim to our land."),
        dict(speaker="Shinzo Abe", treaty=True, snippet="We will not solve this by simply insisting on our position"),
        dict(speaker="Taro Kono", alt=["Japanese Foreign Ministry"], treaty=True, snippet="he had held back so as not to damage the talks"),
        dict(speaker="Taro Kono", treaty=None, optional=True, snippet="he replied \"next question\" each time"),
     ],
     not_statements=["I think that reading was always too hopeful.",
                     "states that the Soviet Union agrees to hand over Habomai and Shikotan after a peace treaty is concluded",
                     "The danger is that Tokyo, in its eagerness, ends up with two small islands"]),

dict(id="E2-07", outlet="The Moscow Times", url="https://www.themoscowtimes.com/2024/02/08/medvedev-tells-japan-to-forget-kurils-a84012", published="2024-02-08",
     title="Medvedev Tells Japan to 'Forget' Kurils in Northern Territories Day Rant",
     text="""Medvedev Tells Japan to 'Forget' Kurils in Northern Territories Day Rant

Former President Dmitry Medvedev lashed out on Wednesday at Japan's annual Northern Territories Day, declaring in a Telegram post that Tokyo would never get the Kuril Islands back.

"There are no 'disputed territories' between Russia and Japan. There are Russian islands, and there are Japanese fantasies about them," wrote Medvedev, who now serves as deputy chairman of Russia's Security Council. "Let them weep at their rallies — the Kurils are ours."

In the same post, the former president also mocked Japan's support for Ukraine, calling Tokyo "Washington's obedient vassal."

Japan's top government spokesman Yoshimasa Hayashi said Thursday that Tokyo was aware of the post but would not comment on "every remark by individual Russian officials." He reiterated that the government's stance of resolving the territorial question and then signing a peace treaty had not changed.

Medvedev, once seen as a liberal-leaning moderniser, has become one of the Kremlin's most hawkish voices since the full-scale invasion of Ukraine in February 2022. His posts are frequently laced with insults and nuclear threats, and analysts say they should not be read as official policy.""",
     expected=[
        dict(speaker="Dmitry Medvedev", treaty=True, snippet="Tokyo would never get the Kuril Islands back"),
        dict(speaker="Dmitry Medvedev", treaty=True, snippet="There are no 'disputed territories' between Russia and Japan."),
        dict(speaker="Dmitry Medvedev", treaty=True, snippet="Let them weep at their rallies — the Kurils are ours."),
        dict(speaker="Dmitry Medvedev", treaty=False, snippet="Washington's obedient vassal."),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=None, optional=True, snippet="every remark by individual Russian officials."),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=True, snippet="the government's stance of resolving the territorial question and then signing a peace treaty had not changed"),
     ],
     not_statements=["has become one of the Kremlin's most hawkish voices",
                     "analysts say they should not be read as official policy"]),

dict(id="E2-08", outlet="Sputnik", url="https://sputnikglobe.com/20230911/sakhalin-governor-kurils-investors-1113245678.html", published="2023-09-11",
     title="Sakhalin Governor: Kurils Are Russia, and Investors Know It",
     text="""VLADIVOSTOK (Sputnik) - The Kuril Islands will remain Russian no matter what is said in Tokyo, Sakhalin Region Governor Valery Limarenko told Sputnik on Monday on the sidelines of the Eastern Economic Forum (EEF).

"Iturup, Kunashir, Shikotan – all of it is Russia, and nobody is going to give anything away. The people who live there know it, and so do the investors who come," Limarenko said.

According to the governor, more than 40 companies have registered as residents of the special tax-free regime on the islands since it was launched last year, investing about 20 billion rubles ($207 million) in fish processing, construction and tourism.

He added that a new passenger terminal at the airport on Iturup is set to open in 2025, and that the region is in talks with Russian airlines about adding flights to Kunashir.

The preferential regime for the Kurils, first proposed by Prime Minister Mikhail Mishustin in 2021, exempts businesses from most taxes for 20 years. The EEF has been held annually in Vladivostok since 2015.""",
     expected=[
        dict(speaker="Valery Limarenko", treaty=True, snippet="The Kuril Islands will remain Russian no matter what is said in Tokyo"),
        dict(speaker="Valery Limarenko", treaty=True, snippet="Iturup, Kunashir, Shikotan – all of it is Russia"),
        dict(speaker="Valery Limarenko", treaty=False, snippet="more than 40 companies have registered as residents"),
        dict(speaker="Valery Limarenko", treaty=False, snippet="a new passenger terminal at the airport on Iturup is set to open in 2025"),
     ],
     not_statements=["exempts businesses from most taxes for 20 years",
                     "The EEF has been held annually in Vladivostok since 2015."]),

dict(id="E2-09", outlet="Japan Today", url="https://japantoday.com/category/politics/japan-protests-russian-missile-deployment-on-disputed-island", published="2020-12-03",
     title="Japan protests Russian missile deployment on disputed island",
     text="""POLITICS DEC. 03 2020 - 06:12 PM JST

TOKYO
Japan has protested to Russia over the deployment of a surface-to-air missile system on one of the Russian-held islands off Hokkaido, Chief Cabinet Secretary Katsunobu Kato said Thursday.

"Strengthening the military presence on the four islands is incompatible with our country's position regarding the Northern Territories, and we find it unacceptable," Kato said at a regular news conference.

The government will nevertheless continue negotiations with Russia "under the agreements reached between the leaders," he said, adding that Tokyo still aims to settle the issue and sign a peace treaty.

In a post on Twitter, the Russian Embassy in Tokyo said the placement of defensive weapons "on our own territory" is Russia's sovereign right and "not directed against any third country."

Russia's Defense Ministry said separately that the missile crews had carried out a simulated launch during a drill on Etorofu, called Iturup by Russia.

Japan and Russia have not signed a peace treaty because of the dispute, which dates back to the closing days of World War II, when Soviet troops seized the islands.

©2020 GPlusMedia Inc.""",
     expected=[
        dict(speaker="Katsunobu Kato", alt=["Japanese government"], treaty=None, optional=True, snippet="Japan has protested to Russia over the deployment"),
        dict(speaker="Katsunobu Kato", alt=["Japanese government"], treaty=True, optional=True, snippet="Strengthening the military presence on the four islands is incompatible"),
        dict(speaker="Katsunobu Kato", alt=["Japanese government"], treaty=True, snippet="under the agreements reached between the leaders"),
        dict(speaker="Katsunobu Kato", alt=["Japanese government"], treaty=True, snippet="Tokyo still aims to settle the issue and sign a peace treaty"),
        dict(speaker="Russian Embassy in Japan", treaty=True, snippet="on our own territory"),
        dict(speaker="Russian Defense Ministry", treaty=False, snippet="the missile crews had carried out a simulated launch"),
     ],
     not_statements=["Japan and Russia have not signed a peace treaty because of the dispute",
                     "©2020 GPlusMedia Inc."]),

dict(id="E2-10", outlet="NHK World", url="https://www3.nhk.or.jp/nhkworld/en/news/20250205_14/", published="2025-02-05",
     title="Ishiba: Japan will not give up on Northern Territories talks",
     text="""Japan's Prime Minister Ishiba Shigeru says the government remains determined to resolve the Northern Territories issue and conclude a peace treaty with Russia, even though negotiations have been frozen for nearly three years.

Ishiba was answering questions at the Lower House Budget Committee on Wednesday. An opposition lawmaker asked whether the government had any realistic path to restart negotiations.

The prime minister replied, "The situation is extremely severe. But to give up would be to accept that the islands will never come back. We must keep the door open so that talks can begin the moment conditions allow."

Ishiba also touched on relations with China. He said the spirit of the 1978 Japan-China Treaty of Peace and Friendship should guide efforts to build "mutually beneficial" ties with Beijing.

He said he plans to attend the national rally calling for the return of the Northern Territories on Friday.

The rally is held every year on February 7, the date in 1855 when a treaty between Japan and Russia first drew a border between Etorofu and Uruppu islands.""",
     expected=[
        dict(speaker="Shigeru Ishiba", alt=["Japanese government"], treaty=True, snippet="the government remains determined to resolve the Northern Territories issue"),
        dict(speaker="Shigeru Ishiba", treaty=True, snippet="The situation is extremely severe."),
        dict(speaker="Shigeru Ishiba", treaty=True, snippet="We must keep the door open so that talks can begin the moment conditions allow."),
        dict(speaker="Shigeru Ishiba", treaty=False, snippet="the spirit of the 1978 Japan-China Treaty of Peace and Friendship should guide efforts"),
        dict(speaker="Shigeru Ishiba", treaty=True, optional=True, snippet="he plans to attend the national rally calling for the return of the Northern Territories"),
     ],
     not_statements=["An opposition lawmaker asked whether the government had any realistic path to restart negotiations.",
                     "the date in 1855 when a treaty between Japan and Russia first drew a border"]),

dict(id="E2-11", outlet="AFP", url="https://www.france24.com/en/20190905-abe-urges-putin-peace-treaty-vladivostok", published="2019-09-05",
     title="Abe urges Putin to 'fulfil responsibility' on peace treaty",
     text="""Vladivostok (Russia) (AFP) – Japanese Prime Minister Shinzo Abe on Thursday urged Russian President Vladimir Putin to finally settle a territorial dispute that has kept their countries from signing a peace treaty since World War II.

"Vladimir, let us fulfil our responsibility to the generations to come. Let us reach that goal together," Abe said, addressing Putin directly during a plenary session of the Eastern Economic Forum in Russia's Pacific port city.

Putin, seated beside him on the stage, was more measured. The Russian leader said Moscow had "no intention of dropping" the talks but that any treaty must be "acceptable to the peoples of both countries," warning against haste.

"We can only move forward if we build trust, including in the security sphere," he added, in a nod to Moscow's concerns over US missile defence systems in Japan.

Earlier in the week Putin took part by video link in the opening of a Russian fish processing plant on Shikotan, one of the contested islands -- a step Japan's foreign ministry said was "incompatible with Japan's position."

The leaders also agreed to expand cooperation on liquefied natural gas, officials said. Analysts say hopes of a breakthrough before Abe's term ends in 2021 have all but faded.""",
     expected=[
        dict(speaker="Shinzo Abe", treaty=True, snippet="urged Russian President Vladimir Putin to finally settle a territorial dispute"),
        dict(speaker="Shinzo Abe", treaty=True, snippet="Vladimir, let us fulfil our responsibility to the generations to come."),
        dict(speaker="Vladimir Putin", treaty=True, snippet="no intention of dropping"),
        dict(speaker="Vladimir Putin", treaty=True, snippet="acceptable to the peoples of both countries"),
        dict(speaker="Vladimir Putin", treaty=True, snippet="We can only move forward if we build trust, including in the security sphere"),
        dict(speaker="Japanese Foreign Ministry", treaty=True, optional=True, snippet="incompatible with Japan's position."),
     ],
     not_statements=["The leaders also agreed to expand cooperation on liquefied natural gas, officials said.",
                     "Analysts say hopes of a breakthrough before Abe's term ends in 2021 have all but faded."]),

dict(id="E2-12", outlet="Xinhua", url="http://www.news.cn/english/2022-03/28/c_1310533719.htm", published="2022-03-28",
     title="Japan protests Russian military drills on disputed islands",
     text="""TOKYO, March 28 (Xinhua) -- Japan has lodged a protest with Russia over military exercises held on the disputed islands off Hokkaido, Japan's top government spokesman said Monday.

Chief Cabinet Secretary Hirokazu Matsuno told a press conference that "the Northern Territories are an inherent part of Japan's territory, and the reinforcement of Russian forces there is unacceptable."

More than 3,000 troops and hundreds of pieces of military hardware took part in the drills, the press service of Russia's Eastern Military District said Saturday.

Matsuno also said Japan would continue to coordinate with the Group of Seven (G7) on sanctions against Russia over the situation in Ukraine.

Russia announced last week that it was suspending peace treaty talks with Japan in response to Tokyo's sanctions.

Japan and Russia have yet to sign a peace treaty after World War II due to the territorial dispute over the islands, which Japan calls the Northern Territories and Russia calls the Southern Kurils.""",
     expected=[
        dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=None, optional=True, snippet="Japan has lodged a protest with Russia over military exercises"),
        dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=True, snippet="the Northern Territories are an inherent part of Japan's territory"),
        dict(speaker="Eastern Military District", alt=["Russian Defense Ministry"], treaty=False, snippet="More than 3,000 troops and hundreds of pieces of military hardware took part"),
        dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=False, snippet="coordinate with the Group of Seven (G7) on sanctions against Russia"),
        dict(speaker="Russian Foreign Ministry", alt=["Russian government", "Kremlin"], treaty=True, optional=True, snippet="Russia announced last week that it was suspending peace treaty talks"),
     ],
     not_statements=["Japan and Russia have yet to sign a peace treaty after World War II"]),

dict(id="E2-13", outlet="CGTN", url="https://news.cgtn.com/news/2025-10-22/Kremlin-sees-no-change-in-Japan-ties-under-new-PM-1HxYzAbCdEf/p.html", published="2025-10-22",
     title="Kremlin sees no change in Japan ties under new prime minister",
     text="""Kremlin sees no change in Japan ties under new prime minister
Updated 21:14, 22-Oct-2025
CGTN

Moscow does not expect an early resumption of peace treaty negotiations with Tokyo following the election of Sanae Takaichi as Japan's prime minister, Kremlin spokesperson Dmitry Peskov said on Wednesday.

"We have not seen any signals from Tokyo that would indicate a readiness to abandon its unfriendly course," Peskov told reporters. "As long as this course continues, there is no basis for dialogue on a peace treaty."

Asked whether President Vladimir Putin would congratulate Takaichi, Peskov said no such message was planned, noting that Japan is on Russia's list of unfriendly countries.

Separately, presidential aide Yuri Ushakov said Russia and the United States were still discussing a possible summit on Ukraine, adding that any peace treaty would have to "eliminate the root causes of the conflict."

Takaichi, at her first news conference as prime minister on Tuesday, said Japan would maintain its policy of resolving the territorial issue and concluding a peace treaty with Russia, while keeping sanctions in place.

Japan and Russia have not signed a peace treaty since the end of World War II owing to the dispute over four islands. That said, the two sides still hold annual talks on fishing quotas.

Recommended Articles
Share""",
     expected=[
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="Moscow does not expect an early resumption of peace treaty negotiations"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="We have not seen any signals from Tokyo"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True, snippet="As long as this course continues, there is no basis for dialogue on a peace treaty."),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=False, snippet="no such message was planned"),
        dict(speaker="Sanae Takaichi", treaty=True, snippet="Japan would maintain its policy of resolving the territorial issue"),
     ],
     not_statements=["any peace treaty would have to \"eliminate the root causes of the conflict.\"",
                     "Japan and Russia have not signed a peace treaty since the end of World War II",
                     "That said, the two sides still hold annual talks on fishing quotas."]),

dict(id="E2-14", outlet="RT", url="https://www.rt.com/news/312869-medvedev-iturup-kurils-japan/", published="2015-08-22",
     title="Medvedev on Iturup: 'We'll keep building here, whatever they think in Tokyo'",
     text="""Medvedev on Iturup: 'We'll keep building here, whatever they think in Tokyo'
Published time: 22 Aug, 2015 11:40
Edited time: 22 Aug, 2015 14:02

Russian Prime Minister Dmitry Medvedev has made a working trip to Iturup, one of the Kuril Islands, where he visited a new kindergarten and a fish processing plant. Tokyo has already voiced its displeasure.

"The Kurils are part of the Sakhalin Region, and we will keep developing them, whatever anyone thinks about it," Medvedev told reporters on the island. He also said the government would extend the federal development program for the islands beyond 2025 and praised local fishermen for record catches.

READ MORE: Japan and Russia 'need to build trust,' Lavrov says

Japan's foreign minister said the visit "hurts the feelings of the Japanese people" and was "extremely regrettable." He told reporters in Tokyo that he had summoned Russia's ambassador to lodge a protest.

The Russian Foreign Ministry hit back, calling Tokyo's reaction "unacceptable interference in Russia's internal affairs" and noting that the prime minister had been traveling on Russian land.

A Japanese diplomatic source told Kyodo that a planned trip by the foreign minister to Moscow could now be postponed.""",
     expected=[
        dict(speaker="Dmitry Medvedev", treaty=True, snippet="The Kurils are part of the Sakhalin Region, and we will keep developing them"),
        dict(speaker="Dmitry Medvedev", treaty=False, snippet="extend the federal development program for the islands beyond 2025"),
        dict(speaker="Fumio Kishida", alt=["Japanese Foreign Ministry"], treaty=True, optional=True, snippet="hurts the feelings of the Japanese people"),
        dict(speaker="Fumio Kishida", alt=["Japanese Foreign Ministry"], treaty=None, optional=True, snippet="he had summoned Russia's ambassador to lodge a protest"),
        dict(speaker="Russian Foreign Ministry", treaty=True, optional=True, snippet="unacceptable interference in Russia's internal affairs"),
        dict(speaker="Russian Foreign Ministry", treaty=True, optional=True, snippet="the prime minister had been traveling on Russian land"),
     ],
     not_statements=["Japan and Russia 'need to build trust,' Lavrov says",
                     "a planned trip by the foreign minister to Moscow could now be postponed"]),

# ---- machine-translated aggregator copies ----
dict(id="E2-15", outlet="SeikyokuNow (machine translation from Japanese)", url="https://seikyokunow.jp/en/politics/20251209-kihara-russia", published="2025-12-09",
     title="Chief Cabinet Secretary Kihara, Russian deputy foreign minister remark \"regrettable\"",
     text="""Politics | Diplomacy | Society | Economy
2025/12/09 (Tue) 18:42

Chief Cabinet Secretary Kihara, Russian deputy foreign minister remark "regrettable" - "policy of peace treaty conclusion is not changed"

Chief Cabinet Secretary Kihara Minoru in the press conference of the 9th, about that Russia's Deputy Foreign Minister Rudenko said "the peace treaty negotiation with Japan is impossible in the present situation", expressed "It is regrettable. The situation that the negotiation cannot be done is entirely the responsibility of Russian side".

On top of that, Chief Cabinet Secretary said "The government's policy of solving the belonging problem of the four northern islands and concluding the peace treaty, there is no change in it," and emphasized.

Also regarding that Chinese coast guard ships intruded into the territorial sea around Senkaku Islands, Chief Cabinet Secretary expressed "Senkaku Islands are the inherent territory of our country, the intrusion is extremely regrettable and we protested strongly".

■ Related article
・Takaichi prime minister, Northern Territories former islanders and meet

[Share] [Post] [LINE] [Bookmark]
※This article is machine translated.""",
     expected=[
        dict(speaker="Andrei Rudenko", alt=["Russian Foreign Ministry"], treaty=True, snippet="the peace treaty negotiation with Japan is impossible in the present situation"),
        dict(speaker="Minoru Kihara", alt=["Japanese government"], treaty=True, snippet="It is regrettable. The situation that the negotiation cannot be done"),
        dict(speaker="Minoru Kihara", alt=["Japanese government"], treaty=True, snippet="The government's policy of solving the belonging problem of the four northern islands"),
        dict(speaker="Minoru Kihara", alt=["Japanese government"], treaty=False, snippet="Senkaku Islands are the inherent territory of our country"),
     ],
     not_statements=["Takaichi prime minister, Northern Territories former islanders and meet",
                     "※This article is machine translated."]),

dict(id="E2-16", outlet="NovostiDnya (machine translation from Russian)", url="https://novostidnya.ru/en/politics/2023/02/07/slutsky-kurils", published="2023-02-07",
     title="Slutsky: the Japanese should forget about the Kurils forever",
     text="""Main | Politics | World | Economy | Incidents
07.02.2023 15:27   Views: 1204

Slutsky: the Japanese should forget about the Kurils forever

The head of the State Duma committee on international affairs, leader of LDPR Leonid Slutsky, commented the statements of Tokyo on the so-called «Day of Northern territories». «No Japanese “Northern territories” do not exist. There are Russian Kurils, and this question is closed once and for all”, — wrote the deputy in his Telegram-channel.

According to the politician, Japan which «under the dictation of Washington» imposed the sanctions, by itself «has buried» the perspective of the peace treaty. «About which treaty can go the speech, when Tokyo supplies the help to neo-Nazis of Kiev?» — asked Slutsky.

Read also: Zakharova: Japan militarizes at the accelerated pace

Earlier the vice-speaker of the Federation Council Konstantin Kosachev declared, that Russia is open to the trade with Japan in those spheres where Tokyo did not introduce the restrictions.

As considers a political scientist, the rhetoric of Tokyo is intended first of all for the internal audience.

Tags: Japan, Kuril islands, LDPR
Share: VK OK Telegram""",
     expected=[
        dict(speaker="Leonid Slutsky", treaty=True, snippet="No Japanese “Northern territories” do not exist."),
        dict(speaker="Leonid Slutsky", treaty=True, snippet="has buried» the perspective of the peace treaty"),
        dict(speaker="Leonid Slutsky", treaty=True, snippet="About which treaty can go the speech, when Tokyo supplies the help"),
        dict(speaker="Konstantin Kosachev", treaty=False, snippet="Russia is open to the trade with Japan in those spheres"),
     ],
     not_statements=["the rhetoric of Tokyo is intended first of all for the internal audience",
                     "Zakharova: Japan militarizes at the accelerated pace"]),

# ---- interviews ----
dict(id="E2-17", outlet="Nikkei Asia", url="https://asia.nikkei.com/Editor-s-Picks/Interview/Russian-envoy-Peace-treaty-must-not-turn-islands-into-US-outpost", published="2021-02-25",
     title="Russian envoy: Peace treaty must not turn islands into US outpost",
     text="""Russian envoy: Peace treaty must not turn islands into US outpost
Ambassador Galuzin says Moscow open to talks but Tokyo must address security concerns

TOKYO -- Russia remains willing to negotiate a peace treaty with Japan, but any deal must guarantee that the islands off Hokkaido never host American forces, Mikhail Galuzin, Russia's ambassador to Japan, told Nikkei Asia.

Galuzin, who has served in Tokyo since 2018 and speaks fluent Japanese, also said bilateral trade had weathered the pandemic better than expected.

Edited excerpts from the interview follow.

Q: Russia amended its constitution last year to prohibit ceding territory. Is there still anything to negotiate?

A: Of course. The constitution sets the framework within which we work, and I see no contradiction with continuing the dialogue. The leaders agreed in Singapore to accelerate the talks on the basis of the 1956 Declaration, and Moscow remains committed to that understanding.

Q: What would Russia need from Japan?

A: Trust, above all in security. Japan is an ally of the United States, and we cannot ignore the possibility that U.S. military infrastructure could one day appear on these islands. Tokyo should address this concern seriously. Otherwise the treaty will remain a distant prospect.

Q: How has the pandemic affected economic ties?

A: Less than we feared. Trade fell in 2020, but Japanese companies have kept their stakes in the Sakhalin oil and gas projects, and we expect a recovery this year.""",
     expected=[
        dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=True, snippet="Russia remains willing to negotiate a peace treaty with Japan"),
        dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=False, snippet="bilateral trade had weathered the pandemic better than expected"),
        dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=True, snippet="The constitution sets the framework within which we work"),
        dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=True, snippet="The leaders agreed in Singapore to accelerate the talks"),
        dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=True, snippet="we cannot ignore the possibility that U.S. military infrastructure"),
        dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=False, snippet="Japanese companies have kept their stakes in the Sakhalin oil and gas projects"),
     ],
     not_statements=["Is there still anything to negotiate?",
                     "who has served in Tokyo since 2018 and speaks fluent Japanese"]),

dict(id="E2-18", outlet="AP", url="https://apnews.com/article/medvedev-kunashir-japan-protest-2012", published="2012-07-03",
     title="Russian PM visits island claimed by Japan, angering Tokyo",
     text="""MOSCOW (AP) — Russian Prime Minister Dmitry Medvedev on Tuesday visited one of the islands at the heart of a decades-old territorial dispute with Japan, prompting a sharp protest from Tokyo.

"This is an important part of the Sakhalin region, an important part of our Russian land," Medvedev told local officials on Kunashir, according to footage aired by state television. He pledged more money for roads and a new school on the island.

In Tokyo, the Japanese prime minister called the trip "very regrettable" and said it "throws cold water" on efforts to improve relations between the two countries.

Foreign Minister Koichiro Gemba summoned Russian Ambassador Yevgeny Afanasyev and told him that "the visit runs counter to Japan's position, and we cannot accept it."

Afanasyev, for his part, told reporters afterward that travel by a Russian leader "within Russia" needed no one's approval.

Medvedev first visited Kunashir in 2010 as president, becoming the first Russian or Soviet leader to set foot on any of the islands. Some analysts said this week's trip was aimed at a domestic audience.""",
     expected=[
        dict(speaker="Dmitry Medvedev", treaty=True, snippet="This is an important part of the Sakhalin region, an important part of our Russian land"),
        dict(speaker="Dmitry Medvedev", treaty=False, snippet="He pledged more money for roads and a new school on the island."),
        dict(speaker="Yoshihiko Noda", alt=["Japanese government"], treaty=True, optional=True, snippet="called the trip \"very regrettable\""),
        dict(speaker="Yoshihiko Noda", alt=["Japanese government"], treaty=True, optional=True, snippet="throws cold water"),
        dict(speaker="Koichiro Gemba", alt=["Japanese Foreign Ministry"], treaty=True, optional=True, snippet="the visit runs counter to Japan's position, and we cannot accept it."),
        dict(speaker="Evgeny Afanasiev", alt=["Russian Embassy in Japan"], treaty=True, optional=True, snippet="travel by a Russian leader \"within Russia\" needed no one's approval"),
     ],
     not_statements=["Medvedev first visited Kunashir in 2010 as president",
                     "Some analysts said this week's trip was aimed at a domestic audience."]),

dict(id="E2-19", outlet="Reuters", url="https://www.reuters.com/world/asia-pacific/russia-says-no-peace-treaty-talks-with-japan-while-tokyo-arms-ukraine-envoy-2024-12-10/", published="2024-12-10",
     title="Russia says no peace treaty talks with Japan while Tokyo backs Ukraine -envoy",
     text="""TOKYO, Dec 10 (Reuters) - Russia's ambassador to Japan said there could be no return to peace treaty negotiations while Tokyo continued what he called its "hostile" support for Ukraine, Russian state news agency RIA reported on Tuesday.

"The ball is in Japan's court," Nikolai Nozdrev, who took up his post in Tokyo earlier this year, said in the interview. "We did not break off the dialogue. Tokyo, by joining the sanctions, made it impossible."

The ambassador said Russia's mutual defence treaty with North Korea, signed in June, was "not aimed at any third country, including Japan," and urged Tokyo not to dramatise it.

Asked about the Kuril Islands, which Japan calls the Northern Territories, he said Russia's sovereignty over them "is not up for discussion."

Japan's Foreign Ministry did not immediately respond to a request for comment.

(Reporting by Tokyo Newsroom; Editing by Asia Desk)""",
     expected=[
        dict(speaker="Nikolai Nozdrev", alt=["Russian Embassy in Japan"], treaty=True, snippet="there could be no return to peace treaty negotiations"),
        dict(speaker="Nikolai Nozdrev", alt=["Russian Embassy in Japan"], treaty=True, snippet="The ball is in Japan's court"),
        dict(speaker="Nikolai Nozdrev", alt=["Russian Embassy in Japan"], treaty=True, snippet="We did not break off the dialogue. Tokyo, by joining the sanctions, made it impossible."),
        dict(speaker="Nikolai Nozdrev", alt=["Russian Embassy in Japan"], treaty=False, snippet="not aimed at any third country, including Japan"),
        dict(speaker="Nikolai Nozdrev", alt=["Russian Embassy in Japan"], treaty=True, snippet="Russia's sovereignty over them \"is not up for discussion.\""),
     ],
     not_statements=["Japan's Foreign Ministry did not immediately respond to a request for comment."]),

dict(id="E2-20", outlet="President of Russia", url="http://en.kremlin.ru/events/president/news/59455", published="2018-12-20",
     title="Vladimir Putin's annual news conference",
     text="""Vladimir Putin's annual news conference
The annual news conference of the President of Russia took place at the World Trade Centre in Moscow.
December 20, 2018 12:00 Moscow

[...]

Dmitry Peskov: Let us give the floor to our colleagues from Japan. Please go ahead.

Question: Good afternoon, Mr President. I work for a Japanese television company. In Singapore you and Prime Minister Abe agreed to speed up the peace treaty negotiations on the basis of the 1956 Declaration. What do you expect from the coming year?

Vladimir Putin: The Japanese side has shown that it wants to solve this problem, and so do we. But there are things we have to understand before we sign anything.

For example, what will happen after a treaty is signed? Will US military bases appear there? We do not know. Our Japanese partners say they cannot answer this, because it depends on their obligations to the United States. You see, even the governor of Okinawa is against the expansion of an American base, and nothing changes. What does Japan's sovereignty in decision-making amount to in this case? Without clarity on this, it is very hard for us to take any final decisions.

Nevertheless, we will keep working. I will meet with Prime Minister Abe again in January.

Dmitry Peskov: Korea, please.

Question: Mr President, the two Koreas are talking about a peace treaty to formally end the Korean War. Will Russia support it?

Vladimir Putin: We would welcome it. A peace treaty on the peninsula, together with security guarantees for North Korea, is necessary for denuclearisation, and Russia is ready to contribute.""",
     expected=[
        dict(speaker="Vladimir Putin", treaty=True, snippet="The Japanese side has shown that it wants to solve this problem, and so do we."),
        dict(speaker="Vladimir Putin", treaty=True, snippet="what will happen after a treaty is signed? Will US military bases appear there?"),
        dict(speaker="Vladimir Putin", treaty=True, snippet="What does Japan's sovereignty in decision-making amount to in this case?"),
        dict(speaker="Vladimir Putin", treaty=True, snippet="Nevertheless, we will keep working."),
        dict(speaker="Vladimir Putin", treaty=True, optional=True, snippet="I will meet with Prime Minister Abe again in January."),
     ],
     not_statements=["the two Koreas are talking about a peace treaty to formally end the Korean War",
                     "A peace treaty on the peninsula, together with security guarantees for North Korea, is necessary"]),
]
