# Probe articles, English, round 17: words posted online and reported.
#
# Officials' statements that reach the news as social-media posts: Medvedev's and Zakharova's Telegram channels,
# the Russian Foreign Ministry's and the Russian Embassy in Japan's X/Telegram accounts, Japanese prime ministers'
# and ministers' X (Twitter) posts, the Kantei's account, the Sakhalin governor's Telegram video addresses, a Duma
# deputy's VK post, a Japanese lawmaker's blog, a deleted post, a repost with comment, a Japanese post rendered in
# English, a screenshot described.  Outlets: Reuters, AP, The Moscow Times, Meduza, TASS, RT, Kyodo, The Japan
# Times, NHK World, Nikkei Asian Review, Newsweek, a Guardian-style live blog, a "what they said online" roundup.
# Events loosely modelled on: Medvedev on Kunashir 2012 and Iturup 2019, Abe in Moscow Jan 2019, Mishustin on
# Iturup 2021, suspension of treaty talks March 2022, end of visa-free exchanges Sept 2022, Northern Territories
# Day 2023/2024/2025/2026, Muneo Suzuki in Moscow 2023, the 2024 Diplomatic Bluebook, Sept 3 holiday 2024,
# the Kamchatka earthquake 2025.  All wording is invented.
#
# Traps: users' replies and comments under posts, reaction/like/view counts, trending hashtags, journalists' own
# tweets, a parody account, account bio lines, embed boilerplate ("View this post on X", "Follow us on Telegram"),
# translated headlines of a channel's other posts, a repost with an emoji and no words, ordinary people,
# background paragraphs, documents (decree, bluebook), headlines and related links.
ARTICLES = []
ARTICLES += [
dict(id="E17-01", outlet="Reuters",
     url="https://www.reuters.com/world/asia-pacific/russias-medvedev-lashes-out-japans-kishida-telegram-2023-01-14/",
     published="2023-01-14",
     title="Russia's Medvedev lashes out at Japan's Kishida on Telegram, says Kurils will stay Russian",
     text="""Skip to main content
Reuters
World
Asia Pacific
Europe
Russia's Medvedev lashes out at Japan's Kishida on Telegram, says Kurils will stay Russian
By Reuters
January 14, 2023 9:41 AM GMT+9 Updated 2 hours ago

MOSCOW, Jan 14 (Reuters) - Former Russian President Dmitry Medvedev on Saturday accused Japanese Prime Minister Fumio Kishida of servility towards Washington and said in the same Telegram post that no Japanese government would ever get back the southern Kuril islands.

Writing a day after Kishida met U.S. President Joe Biden at the White House, Medvedev, now deputy chairman of Russia's Security Council, said Tokyo had forgotten the lessons of 1945 and was rushing to arm itself at American request.

"A Japanese premier who bows to Washington on Ukraine should not expect Moscow to talk with him about our islands. The Kurils are Russian land, and that question is closed for good," Medvedev wrote.

He also said Western weapons deliveries to Kyiv only dragged out the conflict and would change nothing on the battlefield.

The post had gathered more than 12,000 reactions within three hours. One of the most-liked replies under it, from an account with a cartoon bear as its avatar, read: "Give them Hokkaido too and see what they say."

Medvedev, who was president from 2008 to 2012, has become one of the most strident voices in Moscow since the start of the war, regularly posting insults aimed at Western leaders.

A Japanese Foreign Ministry official, speaking on condition of anonymity, said Tokyo did not respond to remarks made on social media.

Kishida told reporters in Washington on Friday that Japan and the United States would stand together against any attempt to change the status quo by force, whether in Europe or in Asia.

Chief Cabinet Secretary Hirokazu Matsuno, asked in December about earlier remarks by Medvedev, said Japan's position that the Northern Territories are an inherent part of its territory was unchanged and that Tokyo would keep seeking a peace treaty through negotiations.

Russia said in March last year it was halting peace treaty talks with Japan because of Tokyo's sanctions over Ukraine. The two countries never signed a peace treaty after World War Two because of the dispute over the islands, which Japan calls the Northern Territories.

Reporting by Olga Vetrova in Moscow and Daisuke Hirano in Tokyo; Editing by Peter Lindgren

Our Standards: The Thomson Reuters Trust Principles.

Read Next
Japan, U.S. agree to deepen defence ties as Kishida visits Washington
Russia summons Japanese ambassador over sanctions""",
     expected=[
        dict(speaker="Dmitry Medvedev", treaty=True,
             snippet="no Japanese government would ever get back the southern Kuril islands"),
        dict(speaker="Dmitry Medvedev", treaty=True,
             snippet="A Japanese premier who bows to Washington on Ukraine should not expect Moscow to talk with him about our islands"),
        dict(speaker="Dmitry Medvedev", treaty=True,
             snippet="The Kurils are Russian land, and that question is closed for good"),
        dict(speaker="Dmitry Medvedev", treaty=False,
             snippet="Tokyo had forgotten the lessons of 1945 and was rushing to arm itself at American request"),
        dict(speaker="Dmitry Medvedev", treaty=False,
             snippet="Western weapons deliveries to Kyiv only dragged out the conflict"),
        dict(speaker="Fumio Kishida", treaty=False,
             snippet="Japan and the United States would stand together against any attempt to change the status quo by force"),
        dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=True,
             snippet="Japan's position that the Northern Territories are an inherent part of its territory was unchanged"),
     ],
     not_statements=[
        "Give them Hokkaido too and see what they say.",
        "The post had gathered more than 12,000 reactions within three hours",
        "Tokyo did not respond to remarks made on social media",
        "has become one of the most strident voices in Moscow since the start of the war",
        "Russia said in March last year it was halting peace treaty talks with Japan",
        "The two countries never signed a peace treaty after World War Two because of the dispute",
        "Russia's Medvedev lashes out at Japan's Kishida on Telegram, says Kurils will stay Russian",
        "Russia summons Japanese ambassador over sanctions",
     ]),

dict(id="E17-02", outlet="The Moscow Times",
     url="https://www.themoscowtimes.com/2023/02/08/medvedev-mocks-japans-northern-territories-day-in-telegram-post-a80155",
     published="2023-02-08",
     title="Medvedev Mocks Japan's 'Northern Territories Day' in Telegram Post",
     text="""The Moscow Times
Independent news from Russia
News | Opinion | Business | Ukraine War | Podcasts
Support The Moscow Times!

Medvedev Mocks Japan's 'Northern Territories Day' in Telegram Post
Feb. 8, 2023
Updated: Feb. 8, 2023

Former President Dmitry Medvedev on Wednesday ridiculed Japan's annual rally demanding the return of the southern Kuril Islands, calling Tokyo's claims an empty ritual in a post on his Telegram channel.

Medvedev's post read:

"Every February the Japanese gather in a hall in Tokyo and ask for our islands. Let them gather and let them ask. The Kurils are not a topic for talks, and the word 'return' has long vanished from our dictionary. The samurai can keep their feelings to themselves."

The original Russian text was posted shortly after 10 a.m. Moscow time and had been viewed more than 1.4 million times by the evening.

Dmitry Medvedev
@medvedev_telegram
Feb 8, 2023, 10:14
👁 1.4M   ❤️ 31K   🔁 4.2K

Foreign Ministry spokeswoman Maria Zakharova reposted the message on her own channel with a single flexed-arm emoji and no comment.

In an earlier post the same day, Medvedev said that Western arms supplies to Ukraine were making a nuclear escalation more likely and that "the fools in Washington" failed to understand it.

The post came a day after Prime Minister Fumio Kishida told the Northern Territories Day rally in Tokyo that his government remained determined to settle the territorial question and sign a peace treaty, while conceding that the state of relations with Russia was "severe."

Kishida also said the government would keep pressing Moscow to let elderly former islanders visit family graves on the islands, trips that have been suspended since 2020.

Deputy Foreign Minister Mikhail Galuzin told the state-run RIA Novosti news agency last week that Moscow saw no conditions for resuming peace treaty consultations as long as Tokyo kept up its sanctions.

Moscow suspended peace treaty talks with Tokyo in March 2022 after Japan joined Western sanctions over the invasion of Ukraine. The Soviet Union seized the four islands at the end of World War II, and the two countries have never formally ended hostilities.

Medvedev, who served as president from 2008 to 2012 and was widely seen as a relative liberal at the time, has in the past year turned his Telegram channel into a stream of insults and nuclear threats.

Follow The Moscow Times on Telegram

Read more about: Japan, Dmitry Medvedev, Kuril Islands

Read more
Japan Protests Russian Missile Deployment on Disputed Islands
Russian Warships Hold Drills Near Kurils""",
     expected=[
        dict(speaker="Dmitry Medvedev", treaty=True,
             snippet="calling Tokyo's claims an empty ritual in a post on his Telegram channel"),
        dict(speaker="Dmitry Medvedev", treaty=True,
             snippet="The Kurils are not a topic for talks, and the word 'return' has long vanished from our dictionary"),
        dict(speaker="Dmitry Medvedev", treaty=True, optional=True,
             snippet="Every February the Japanese gather in a hall in Tokyo and ask for our islands"),
        dict(speaker="Dmitry Medvedev", treaty=False,
             snippet="Western arms supplies to Ukraine were making a nuclear escalation more likely"),
        dict(speaker="Fumio Kishida", treaty=True,
             snippet="his government remained determined to settle the territorial question and sign a peace treaty"),
        dict(speaker="Fumio Kishida", treaty=False,
             snippet="keep pressing Moscow to let elderly former islanders visit family graves on the islands"),
        dict(speaker="Mikhail Galuzin", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="Moscow saw no conditions for resuming peace treaty consultations as long as Tokyo kept up its sanctions"),
     ],
     not_statements=[
        "had been viewed more than 1.4 million times by the evening",
        "reposted the message on her own channel with a single flexed-arm emoji and no comment",
        "Moscow suspended peace treaty talks with Tokyo in March 2022",
        "The Soviet Union seized the four islands at the end of World War II",
        "turned his Telegram channel into a stream of insults and nuclear threats",
        "Follow The Moscow Times on Telegram",
        "Japan Protests Russian Missile Deployment on Disputed Islands",
        "Medvedev Mocks Japan's 'Northern Territories Day' in Telegram Post",
     ]),

dict(id="E17-03", outlet="TASS",
     url="https://tass.com/politics/1745321",
     published="2024-02-08",
     title="Zakharova calls Kishida's words on 'Northern Territories' evidence of Tokyo's revanchism",
     text="""TASS
Russian Politics & Diplomacy
World | Business & Economy | Military & Defense | Science & Space | Emergencies | Society & Culture | Sports

Zakharova calls Kishida's words on 'Northern Territories' evidence of Tokyo's revanchism

According to the diplomat, Japan's claims to the Russian Kurils are groundless

MOSCOW, February 8. /TASS/. Japan's claims to the southern Kuril Islands have no legal basis whatsoever, and Tokyo's attempts to revise the outcome of World War II are doomed, Russian Foreign Ministry Spokeswoman Maria Zakharova wrote on her Telegram channel on Thursday, commenting on a speech by Japanese Prime Minister Fumio Kishida.

"Russia's sovereignty over the islands was secured by the results of the Second World War and is enshrined in the UN Charter. Whoever in Tokyo still speaks of 'Northern Territories' is speaking about Russian land," the diplomat wrote.

According to her, the so-called national rally held in Tokyo every February 7 has long turned into an anti-Russian show staged with the blessing of the Japanese government.

Kishida said at the rally on Wednesday that Japan's policy of resolving the territorial issue and concluding a peace treaty with Russia remained unchanged.

In the same post, Zakharova pointed out that Japan had increased its defense spending to a record level and was "turning into an advance base of the United States in Asia."

Later on Thursday, the spokeswoman said in a separate message on her channel that Tokyo's decision to send Patriot missiles to the US would indirectly feed the conflict in Ukraine.

Other posts on Zakharova's channel on Thursday carried the headlines "Tokyo's selective memory: a chronicle," "On the so-called Northern Territories Day" and "Answer to a media question about the situation in Moldova."

Russia's position is that the southern Kurils became part of the USSR following World War II and that Russian sovereignty over them, which has the appropriate international legal formalization, is beyond doubt.

In March 2022, the Russian Foreign Ministry announced that Moscow did not intend to continue peace treaty talks with Tokyo given Japan's unfriendly actions against Russia.

Tags
Japan, Russia-Japan relations, Maria Zakharova

Read also
Russian diplomat says Tokyo's sanctions policy has no future
Over 100 Japanese companies still operate in Russia — Russian Embassy

Follow TASS on Telegram""",
     expected=[
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="Japan's claims to the southern Kuril Islands have no legal basis whatsoever"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="Russia's sovereignty over the islands was secured by the results of the Second World War"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="Whoever in Tokyo still speaks of 'Northern Territories' is speaking about Russian land"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, optional=True,
             snippet="has long turned into an anti-Russian show staged with the blessing of the Japanese government"),
        dict(speaker="Fumio Kishida", treaty=True,
             snippet="Japan's policy of resolving the territorial issue and concluding a peace treaty with Russia remained unchanged"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False,
             snippet="Japan had increased its defense spending to a record level"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False,
             snippet="Tokyo's decision to send Patriot missiles to the US would indirectly feed the conflict in Ukraine"),
     ],
     not_statements=[
        "Tokyo's selective memory: a chronicle",
        "On the so-called Northern Territories Day",
        "Russian sovereignty over them, which has the appropriate international legal formalization, is beyond doubt",
        "the Russian Foreign Ministry announced that Moscow did not intend to continue peace treaty talks",
        "Over 100 Japanese companies still operate in Russia",
        "Russian diplomat says Tokyo's sanctions policy has no future",
     ]),
]
ARTICLES += [
dict(id="E17-04", outlet="Kyodo News",
     url="https://english.kyodonews.net/news/2024/02/7c1e2a9d40b1-kishida-vows-resolve-on-russia-held-islands-on-northern-territories-day.html",
     published="2024-02-07",
     title="Kishida vows resolve on Russia-held islands on Northern Territories Day",
     text="""KYODO NEWS
Latest | Japan | World | Politics | Business | Sports
Kishida vows resolve on Russia-held islands on Northern Territories Day
KYODO NEWS - Feb 7, 2024 - 15:20 | Politics, All

Prime Minister Fumio Kishida said Wednesday Japan will not waver in seeking a settlement of the territorial dispute with Russia and a peace treaty, as former residents of the Russian-held islands off Hokkaido and their supporters gathered in Tokyo for "Northern Territories Day."

"Our resolve to settle the question of the four islands and conclude a peace treaty has not weakened in the slightest, even though relations with Russia are in a difficult state," Kishida told the annual rally.

He said restoring visits by former islanders to family graves was among the government's top priorities and that Tokyo would keep urging Moscow to allow them.

The Foreign Ministry's official account on X posted a video message by Foreign Minister Yoko Kamikawa, in which she said the Northern Territories are an inherent part of Japan's territory and that Japan would keep pressing Russia through diplomatic channels to resolve the issue.

外務省 Ministry of Foreign Affairs of Japan
@MofaJapan_jp
[Video] Foreign Minister Kamikawa's message on Northern Territories Day #北方領土の日
12:03 PM · Feb 7, 2024 · 183K Views
View this post on X

The hashtag #北方領土の日 (Northern Territories Day) was among the top trending topics on X in Japan on Wednesday afternoon.

Kamikawa had posted on her own account on Tuesday thanking the more than 70 countries and regions that offered assistance after the Jan. 1 Noto Peninsula earthquake, writing that Japan would "never forget the warmth" shown to the quake victims.

Hiroshi Kawata, 89, who was born on Shikotan, told reporters at the venue, "I want to stand at my parents' graves once more. I do not have many years left."

Chief Cabinet Secretary Yoshimasa Hayashi told a press conference the same day that Japan would maintain its sanctions against Russia in coordination with other Group of Seven nations.

The dispute over the islands -- Etorofu, Kunashiri, Shikotan and the Habomai islet group, called the Southern Kurils by Russia -- has prevented the two countries from signing a postwar peace treaty.

Northern Territories Day marks the anniversary of the 1855 Treaty of Shimoda, under which the four islands were recognized as Japanese territory.

Russia unilaterally suspended the peace treaty negotiations in March 2022 in response to Japan's sanctions over the invasion of Ukraine.

Related coverage:
Japan, Russia start talks on salmon, trout fishing quotas
Russia conducts military drills on disputed islands off Hokkaido""",
     expected=[
        dict(speaker="Fumio Kishida", treaty=True,
             snippet="Japan will not waver in seeking a settlement of the territorial dispute with Russia and a peace treaty"),
        dict(speaker="Fumio Kishida", treaty=True,
             snippet="Our resolve to settle the question of the four islands and conclude a peace treaty has not weakened"),
        dict(speaker="Fumio Kishida", treaty=False,
             snippet="restoring visits by former islanders to family graves was among the government's top priorities"),
        dict(speaker="Yoko Kamikawa", alt=["Japanese Foreign Ministry"], treaty=True,
             snippet="she said the Northern Territories are an inherent part of Japan's territory"),
        dict(speaker="Yoko Kamikawa", treaty=False,
             snippet="thanking the more than 70 countries and regions that offered assistance after the Jan. 1 Noto Peninsula earthquake"),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=False,
             snippet="Japan would maintain its sanctions against Russia in coordination with other Group of Seven nations"),
     ],
     not_statements=[
        "Foreign Minister Kamikawa's message on Northern Territories Day",
        "was among the top trending topics on X in Japan on Wednesday afternoon",
        "I want to stand at my parents' graves once more. I do not have many years left.",
        "has prevented the two countries from signing a postwar peace treaty",
        "under which the four islands were recognized as Japanese territory",
        "Russia unilaterally suspended the peace treaty negotiations in March 2022",
        "12:03 PM · Feb 7, 2024 · 183K Views",
        "Russia conducts military drills on disputed islands off Hokkaido",
     ]),

dict(id="E17-05", outlet="The Japan Times",
     url="https://www.japantimes.co.jp/news/2021/07/27/national/politics-diplomacy/mishustin-etorofu-protest/",
     published="2021-07-27",
     title="Japan protests Russian PM Mishustin's visit to Etorofu",
     text="""The Japan Times
NATIONAL / POLITICS & DIPLOMACY
Japan protests Russian PM Mishustin's visit to Etorofu
by Kenta Morishita
Staff writer
Jul 27, 2021

Japan lodged a protest with Russia on Monday after Prime Minister Mikhail Mishustin visited Etorofu, one of four Russian-held islands claimed by Japan, becoming the most senior Russian official to set foot on the disputed territory since 2019.

Mishustin, who toured a fish processing plant and a newly built hospital, wrote on the Russian government's Telegram channel that the Kuril Islands were "an inseparable part of Russia" and that Moscow would not let anyone call that into question.

In the same post, he said the government would create a special economic zone in the Kurils with sweeping tax breaks and invited investors "from all countries, including Japan," to take part.

The post drew thousands of comments, many of them praising the new hospital and asking when a similar one would be built on Kunashiri.

Foreign Minister Toshimitsu Motegi said in a post on Twitter on Monday night that the visit "runs counter to Japan's position on the Northern Territories and hurts the feelings of the Japanese people," adding that he had instructed officials to lodge a protest.

茂木敏充 (Toshimitsu Motegi)
@moteging
ミシュスチン首相の択捉島訪問は、北方領土に関する我が国の立場と相容れず、日本国民の感情を傷つけるもので、極めて遺憾です。
8:41 PM · Jul 26, 2021

Chief Cabinet Secretary Katsunobu Kato told a news conference Tuesday that any special economic zone premised on Russian jurisdiction over the islands would be incompatible with Japan's legal position and that Tokyo could not accept it.

Kato added that Japan would keep working toward a peace treaty, including through talks on the joint economic activities on the islands agreed by the two countries' leaders in 2016.

The Russian Embassy in Tokyo rejected the protest. In a statement posted on its Facebook page, the embassy said Ambassador Mikhail Galuzin had told Japanese officials that trips by Russian leaders across Russian territory "are an internal affair of our country."

Galuzin also told the officials that Japanese companies would be welcome in the new economic zone on the same terms as anyone else, according to the statement.

Ryo Ishizaki, a former Moscow bureau chief for a Japanese broadcaster, wrote on Twitter that the trip was "a calculated message timed for the Olympics."

The visit came as Tokyo hosts the Summer Olympics, which opened on Friday without spectators because of the coronavirus pandemic.

The Soviet Union seized the islands in the closing days of World War II, and the dispute has kept the two countries from signing a postwar peace treaty. Former Prime Minister Dmitry Medvedev visited Etorofu in August 2019.

RELATED STORIES
Russia to deploy new air defense systems on disputed islands
Japan, Russia fail to agree on joint economic activities on islands""",
     expected=[
        dict(speaker="Mikhail Mishustin", treaty=True,
             snippet="the Kuril Islands were \"an inseparable part of Russia\" and that Moscow would not let anyone call that into question"),
        dict(speaker="Mikhail Mishustin", treaty=False,
             snippet="the government would create a special economic zone in the Kurils with sweeping tax breaks"),
        dict(speaker="Toshimitsu Motegi", alt=["Japanese Foreign Ministry"], treaty=True,
             snippet="runs counter to Japan's position on the Northern Territories and hurts the feelings of the Japanese people"),
        dict(speaker="Katsunobu Kato", alt=["Japanese government"], treaty=True,
             snippet="any special economic zone premised on Russian jurisdiction over the islands would be incompatible with Japan's legal position"),
        dict(speaker="Katsunobu Kato", alt=["Japanese government"], treaty=True,
             snippet="Japan would keep working toward a peace treaty, including through talks on the joint economic activities"),
        dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=True,
             snippet="trips by Russian leaders across Russian territory \"are an internal affair of our country.\""),
        dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=False,
             snippet="Japanese companies would be welcome in the new economic zone on the same terms as anyone else"),
     ],
     not_statements=[
        "many of them praising the new hospital and asking when a similar one would be built on Kunashiri",
        "a calculated message timed for the Olympics",
        "which opened on Friday without spectators because of the coronavirus pandemic",
        "The Soviet Union seized the islands in the closing days of World War II",
        "Former Prime Minister Dmitry Medvedev visited Etorofu in August 2019.",
        "Japan, Russia fail to agree on joint economic activities on islands",
        "Japan protests Russian PM Mishustin's visit to Etorofu",
     ]),
]
ARTICLES += [
dict(id="E17-06", outlet="NHK World",
     url="https://www3.nhk.or.jp/nhkworld/en/news/20260207_14/",
     published="2026-02-07",
     title="Takaichi vows to persist on Northern Territories issue",
     text="""NHK WORLD-JAPAN
News | Programs | Live | Japanese
Top Stories | Japan | Asia | World | Business

Takaichi vows to persist on Northern Territories issue
Feb. 7, 19:04 JST

Watch video 01:52

Prime Minister Takaichi Sanae has told a national rally in Tokyo that she will not give up on resolving the Northern Territories issue with Russia and concluding a peace treaty.

Takaichi spoke at the annual rally on Northern Territories Day, attended by former residents of the four Russian-controlled islands off Hokkaido.

She said the government would make every effort so that elderly former islanders can resume visits to their ancestral graves on the islands as soon as possible.

The Prime Minister's Office posted a video of the speech on its official X account.

After the rally, Takaichi posted a message in Japanese on her own X account. It read: 「元島民の皆様の思いを胸に、北方領土問題を解決して平和条約を締結するとの方針の下、粘り強く交渉に臨みます。」

The message can be translated as: "With the wishes of the former islanders in my heart, I will negotiate tenaciously under our policy of resolving the Northern Territories issue and concluding a peace treaty."

Foreign Minister Motegi Toshimitsu wrote on X that the four islands are an inherent part of Japan's territory and that this position will not change.

In another post on Friday, Motegi said he had agreed with his Ukrainian counterpart to speed up Japanese support for repairing Ukraine's power grid.

Chief Cabinet Secretary Kihara Minoru told reporters that Japan would continue negotiations with Russia so that Japanese fishing boats can operate safely in waters near the islands.

Within hours, the Russian Embassy in Japan responded on X.

Посольство России в Японии / Russian Embassy in Japan
@RusEmbassyJ
The Southern Kurils are an integral part of the Russian Federation. The sooner Tokyo accepts the results of the Second World War, the better it will be for our relations.
4:36 PM · Feb 7, 2026 · 48K Views
1,302 replies   611 reposts   2.1K likes

Many of the replies under the embassy's post were critical. One user wrote, "Return the islands first, then talk about relations." Another replied, "Nobody here believes your propaganda."

The account's profile describes it as the official account of the Embassy of the Russian Federation in Japan.

Russian Ambassador Nikolai Nozdrev told Russian media last month that Moscow sees no basis for peace treaty talks with a government that keeps sending assistance to Kyiv.

Russia suspended negotiations on a peace treaty in March 2022, citing Japan's sanctions over the invasion of Ukraine.

Related
Former islanders call for resumption of grave visits
Japan, Russia agree on salmon catch quota

Share
X  Facebook  LINE""",
     expected=[
        dict(speaker="Sanae Takaichi", treaty=True,
             snippet="she will not give up on resolving the Northern Territories issue with Russia and concluding a peace treaty"),
        dict(speaker="Sanae Takaichi", treaty=False,
             snippet="elderly former islanders can resume visits to their ancestral graves on the islands as soon as possible"),
        dict(speaker="Sanae Takaichi", treaty=True,
             snippet="I will negotiate tenaciously under our policy of resolving the Northern Territories issue and concluding a peace treaty"),
        dict(speaker="Toshimitsu Motegi", alt=["Japanese Foreign Ministry"], treaty=True,
             snippet="the four islands are an inherent part of Japan's territory and that this position will not change"),
        dict(speaker="Toshimitsu Motegi", alt=["Japanese Foreign Ministry"], treaty=False,
             snippet="speed up Japanese support for repairing Ukraine's power grid"),
        dict(speaker="Minoru Kihara", alt=["Japanese government"], treaty=False,
             snippet="Japan would continue negotiations with Russia so that Japanese fishing boats can operate safely"),
        dict(speaker="Russian Embassy in Japan", treaty=True,
             snippet="The Southern Kurils are an integral part of the Russian Federation."),
        dict(speaker="Russian Embassy in Japan", treaty=True,
             snippet="The sooner Tokyo accepts the results of the Second World War, the better it will be for our relations"),
        dict(speaker="Nikolai Nozdrev", alt=["Russian Embassy in Japan"], treaty=True,
             snippet="Moscow sees no basis for peace treaty talks with a government that keeps sending assistance to Kyiv"),
     ],
     not_statements=[
        "Return the islands first, then talk about relations.",
        "Nobody here believes your propaganda.",
        "the official account of the Embassy of the Russian Federation in Japan",
        "1,302 replies   611 reposts   2.1K likes",
        "The Prime Minister's Office posted a video of the speech on its official X account.",
        "Russia suspended negotiations on a peace treaty in March 2022",
        "Former islanders call for resumption of grave visits",
        "Takaichi vows to persist on Northern Territories issue",
     ]),

dict(id="E17-07", outlet="Kyodo News",
     url="https://english.kyodonews.net/news/2019/08/3b5c1f7e2a90-russian-pm-medvedev-visits-disputed-island-japan-protests.html",
     published="2019-08-02",
     title="Russian PM Medvedev visits disputed island, Japan protests",
     text="""KYODO NEWS
Russian PM Medvedev visits disputed island, Japan protests
KYODO NEWS - Aug 2, 2019 - 19:45 | World, All

Russian Prime Minister Dmitry Medvedev visited Etorofu, one of the Russian-held islands claimed by Japan, on Friday, prompting Tokyo to lodge a protest weeks before Prime Minister Shinzo Abe is due to meet President Vladimir Putin in Vladivostok.

Medvedev, who toured a fish processing plant and a construction site for a new kindergarten, later posted photos from the island on Instagram.

"Iturup is Russian soil, and it will stay Russian no matter what anyone says in Tokyo," the caption read. "A new hospital and a kindergarten will open here next year, and the fish plants are working at full capacity."

Speaking to reporters on the island, Medvedev said Russia was ready to carry out joint economic projects with Japan on the islands "but only under Russian law."

Foreign Minister Taro Kono wrote on Twitter that the visit was "contrary to Japan's position on the Northern Territories and extremely regrettable," adding that he had instructed his ministry to protest.

Vice Foreign Minister Takeo Akiba then lodged the protest with Russian Ambassador Mikhail Galuzin, the ministry said.

Galuzin told Akiba that the protest could not be accepted because the prime minister was traveling on Russian territory, the Russian Embassy said on Twitter.

A screenshot of Kono's tweet, with a Russian caption mocking the protest, circulated on several pro-Kremlin Telegram channels on Friday evening.

Earlier on Friday, Kono had tweeted that the Cabinet's decision to remove South Korea from Japan's list of trusted trading partners was "a matter of export control, not a countermeasure."

Chief Cabinet Secretary Yoshihide Suga told a press conference that Abe still planned to attend the Eastern Economic Forum in Vladivostok in September.

Medvedev last visited the islands in 2015, when he went to Etorofu as prime minister. He also traveled to Kunashiri in 2010 and 2012.

Abe and Putin agreed in Singapore last November to accelerate peace treaty negotiations on the basis of a 1956 joint declaration, which states that two of the islands would be handed over to Japan after a treaty is signed.

Related coverage:
Japan, Russia hold talks on joint economic activities on disputed islands
Abe, Putin agree to continue tourism pilot project on disputed isles""",
     expected=[
        dict(speaker="Dmitry Medvedev", treaty=True,
             snippet="Iturup is Russian soil, and it will stay Russian no matter what anyone says in Tokyo"),
        dict(speaker="Dmitry Medvedev", treaty=False,
             snippet="A new hospital and a kindergarten will open here next year, and the fish plants are working at full capacity"),
        dict(speaker="Dmitry Medvedev", treaty=True, optional=True,
             snippet="Russia was ready to carry out joint economic projects with Japan on the islands \"but only under Russian law.\""),
        dict(speaker="Taro Kono", alt=["Japanese Foreign Ministry"], treaty=True,
             snippet="contrary to Japan's position on the Northern Territories and extremely regrettable"),
        dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=True,
             snippet="the protest could not be accepted because the prime minister was traveling on Russian territory"),
        dict(speaker="Taro Kono", treaty=False,
             snippet="the Cabinet's decision to remove South Korea from Japan's list of trusted trading partners"),
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=False,
             snippet="Abe still planned to attend the Eastern Economic Forum in Vladivostok in September"),
     ],
     not_statements=[
        "A screenshot of Kono's tweet, with a Russian caption mocking the protest, circulated",
        "Vice Foreign Minister Takeo Akiba then lodged the protest with Russian Ambassador Mikhail Galuzin",
        "Abe and Putin agreed in Singapore last November to accelerate peace treaty negotiations",
        "which states that two of the islands would be handed over to Japan after a treaty is signed",
        "Medvedev last visited the islands in 2015, when he went to Etorofu as prime minister.",
        "Abe, Putin agree to continue tourism pilot project on disputed isles",
        "Russian PM Medvedev visits disputed island, Japan protests",
     ]),
]
ARTICLES += [
dict(id="E17-08", outlet="Meduza",
     url="https://meduza.io/en/news/2022/09/06/spare-us-the-tears-zakharova-answers-tokyo-s-protest-over-the-end-of-visa-free-trips-to-the-kurils",
     published="2022-09-06",
     title="'Spare us the tears' Zakharova answers Tokyo's protest over the end of visa-free trips to the Kurils",
     text="""Meduza
News | Features | Cards | The Beet | Podcasts
Support Meduza's journalism

'Spare us the tears' Zakharova answers Tokyo's protest over the end of visa-free trips to the Kurils
3:14 pm, September 6, 2022
Source: Meduza

On Monday, Vladimir Putin signed a decree pulling Russia out of agreements that let former Japanese residents of the southern Kuril Islands and their relatives visit the islands without visas.

The decree, published on the government's legal information portal, says the agreements are terminated in view of "unfriendly actions" by Japan.

Japan's Chief Cabinet Secretary Hirokazu Matsuno called the move "extremely regrettable and unacceptable" and said Tokyo had protested through diplomatic channels. He added that Japan's policy of settling the territorial issue and concluding a peace treaty with Russia would not change.

On Tuesday, Foreign Ministry spokeswoman Maria Zakharova shared Kyodo's English-language article about Matsuno's comments on her Telegram channel, adding a comment of her own.

"Tokyo demolished these formats itself with its sanctions, so spare us the tears," she wrote. "And a reminder to those in Tokyo who still dream of 'returning' something: the Kurils are Russian, and Japanese citizens will come here with Russian visas, like everyone else."

Repost: Kyodo News — "Japan slams Russia's scrapping of visa-free visits to disputed isles"

Under the repost, one subscriber asked whether the same rules would now apply to Japanese tourists in Vladivostok. The comment collected some 900 likes.

Kremlin spokesman Dmitry Peskov told reporters on Tuesday that the decision was "a natural consequence" of Japan's unfriendly steps and that Moscow had warned Tokyo about it in advance.

The visa-free exchange program, launched in 1992, allowed about 24,000 Japanese citizens to travel to the islands over three decades. It has been suspended since 2020, first because of the coronavirus pandemic.

In March, Russia's Foreign Ministry announced it was withdrawing from peace treaty negotiations with Japan over Tokyo's sanctions.

Meduza has been designated a "foreign agent" by the Russian authorities.

The Real Russia. Today.
Sign up for our daily newsletter

More news
Japan extends sanctions on Russian banks
Sakhalin-1 operator says Japanese stake will be preserved for now""",
     expected=[
        dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=False,
             snippet="called the move \"extremely regrettable and unacceptable\" and said Tokyo had protested through diplomatic channels"),
        dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=True,
             snippet="Japan's policy of settling the territorial issue and concluding a peace treaty with Russia would not change"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False,
             snippet="Tokyo demolished these formats itself with its sanctions, so spare us the tears"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="the Kurils are Russian, and Japanese citizens will come here with Russian visas, like everyone else"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True, optional=True,
             snippet="a reminder to those in Tokyo who still dream of 'returning' something"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=False,
             snippet="the decision was \"a natural consequence\" of Japan's unfriendly steps"),
     ],
     not_statements=[
        "says the agreements are terminated in view of \"unfriendly actions\" by Japan",
        "Japan slams Russia's scrapping of visa-free visits to disputed isles",
        "whether the same rules would now apply to Japanese tourists in Vladivostok",
        "allowed about 24,000 Japanese citizens to travel to the islands over three decades",
        "Russia's Foreign Ministry announced it was withdrawing from peace treaty negotiations with Japan",
        "Meduza has been designated a \"foreign agent\" by the Russian authorities.",
        "Sakhalin-1 operator says Japanese stake will be preserved for now",
     ]),

dict(id="E17-09", outlet="RT",
     url="https://www.rt.com/russia/596112-japan-kurils-bluebook-embassy/",
     published="2024-04-17",
     title="Tokyo has 'no legal grounds' for Kuril claims – Russian embassy",
     text="""RT
News | Russia & FSU | World News | Business | Op-ed | In vision

Tokyo has 'no legal grounds' for Kuril claims – Russian embassy
The diplomatic mission has rejected the wording of Japan's annual foreign policy report
17 Apr, 2024 08:51
Get short URL

The Russian Embassy in Japan has dismissed claims made in Tokyo's annual foreign policy report, insisting that the southern Kuril Islands became Russian territory lawfully after World War II.

Japan's Foreign Ministry presented the 2024 Diplomatic Bluebook on Tuesday. The document describes the islands, which Tokyo calls the 'Northern Territories', as "inherent territory of Japan" that is currently under Russian occupation.

"The Southern Kurils became part of our country lawfully as a result of WWII, which is recorded in international legal documents, including the UN Charter. Tokyo's attempts to question this are groundless," the embassy wrote on X.

In a separate message on its Telegram channel, the diplomatic mission said Japan's sanctions and its "generous handouts" to Kiev had pushed bilateral relations to their lowest point in decades.

Russia's Foreign Ministry also weighed in, tweeting that Tokyo's anti-Russian line "leaves no room for any dialogue on a peace treaty."

Japanese Foreign Minister Yoko Kamikawa, who presented the report to the cabinet, told reporters that Tokyo's policy of resolving the territorial issue and then concluding a peace treaty "remains unchanged."

She also said Japan would keep standing by Ukraine "for as long as it takes" and would host a conference on the country's reconstruction.

Tokyo joined the US-led sanctions campaign against Moscow in 2022, after which Russia withdrew from peace treaty talks and scrapped visa-free travel for Japanese citizens to the islands.

The Kurils were transferred to the USSR after WWII. Japan still lays claim to Iturup, Kunashir, Shikotan and the Habomai group.

You can share this story on social media:

Follow RT on Telegram

Comments (7)
Baikal_Bear: The islands are Russian, end of story. Tokyo should read a history book.
kenji_o: Shameful that no agreement after 79 years.

Related
Japan scrambles jets over Russian bombers near its airspace
Russia launches naval drills near Kuril Islands""",
     expected=[
        dict(speaker="Russian Embassy in Japan", treaty=True,
             snippet="insisting that the southern Kuril Islands became Russian territory lawfully after World War II"),
        dict(speaker="Russian Embassy in Japan", treaty=True,
             snippet="The Southern Kurils became part of our country lawfully as a result of WWII"),
        dict(speaker="Russian Embassy in Japan", treaty=True,
             snippet="Tokyo's attempts to question this are groundless"),
        dict(speaker="Russian Embassy in Japan", treaty=False,
             snippet="had pushed bilateral relations to their lowest point in decades"),
        dict(speaker="Russian Foreign Ministry", treaty=True,
             snippet="tweeting that Tokyo's anti-Russian line \"leaves no room for any dialogue on a peace treaty.\""),
        dict(speaker="Yoko Kamikawa", alt=["Japanese Foreign Ministry"], treaty=True,
             snippet="Tokyo's policy of resolving the territorial issue and then concluding a peace treaty \"remains unchanged.\""),
        dict(speaker="Yoko Kamikawa", alt=["Japanese Foreign Ministry"], treaty=False,
             snippet="Japan would keep standing by Ukraine \"for as long as it takes\""),
     ],
     not_statements=[
        "The document describes the islands, which Tokyo calls the 'Northern Territories', as \"inherent territory of Japan\"",
        "The islands are Russian, end of story. Tokyo should read a history book.",
        "Shameful that no agreement after 79 years.",
        "The Kurils were transferred to the USSR after WWII.",
        "Japan still lays claim to Iturup, Kunashir, Shikotan and the Habomai group.",
        "after which Russia withdrew from peace treaty talks and scrapped visa-free travel",
        "The diplomatic mission has rejected the wording of Japan's annual foreign policy report",
        "Russia launches naval drills near Kuril Islands",
     ]),
]
ARTICLES += [
dict(id="E17-10", outlet="Newsweek",
     url="https://www.newsweek.com/russian-lawmaker-japan-never-get-kuril-islands-vk-post-1695018",
     published="2022-04-05",
     title="Russian Lawmaker Says Japan Will 'Never' Get Kuril Islands Back in Fiery VK Post",
     text="""Newsweek
U.S. | World | Politics | Health | Tech & Science | Opinion

NEWS
Russian Lawmaker Says Japan Will 'Never' Get Kuril Islands Back in Fiery VK Post
By Laura Brennan
On 4/5/22 at 9:12 AM EDT
Updated 4/5/22 at 11:20 AM EDT

World  Russia  Japan  Ukraine

A Russian lawmaker has said in a social media post that Japan will "never" regain the Kuril Islands, weeks after Moscow pulled out of peace treaty negotiations with Tokyo.

Viktor Zamyatin, a State Duma deputy from the Liberal Democratic Party of Russia (LDPR), wrote on VKontakte, Russia's largest social network, on Monday: "The Kurils will never be Japanese. Tokyo chose sanctions, so let it forget the word 'islands' forever."

Zamyatin went further, suggesting that Russia might one day have questions of its own about Hokkaido, "where Russian explorers set foot before anyone else."

In the same post, he mocked Japan's export restrictions: "If Japanese cars leave our market, we will drive Chinese ones and not notice the difference."

His VK page describes him as a "Deputy of the State Duma, defender of the Russian Far East." The post received about 3,500 likes and more than 600 comments by Tuesday morning.

A Ukrainian blogger with more than 200,000 followers shared a translation of the post on Twitter, writing: "Next they'll want Alaska."

Kremlin spokesperson Dmitry Peskov, asked about the post on Tuesday, said that statements by individual deputies reflected their personal views, but added that Russia's position on the ownership of the Kurils "is well known and has not changed."

Japanese Chief Cabinet Secretary Hirokazu Matsuno told reporters in Tokyo that the government would not comment on remarks by individual Russian lawmakers, but stressed that the Northern Territories are islands over which Japan has sovereignty.

Matsuno also said Japan would consider additional sanctions on Russia after the killings of civilians uncovered in Bucha.

Russia's Foreign Ministry said on March 21 that it was suspending peace treaty talks with Japan in response to the sanctions Tokyo imposed after the invasion of Ukraine.

The four islands, known in Japan as the Northern Territories, were seized by Soviet forces in the final days of World War II. Around 20,000 people live on them today.

Newsweek has reached out to the Russian and Japanese foreign ministries for comment.

Update 04/05/22, 11:20 a.m. ET: This article has been updated with comment from the Kremlin and the Japanese government.

Request Reprint & Licensing
Submit Correction
View Editorial Guidelines

Newsweek is committed to challenging conventional wisdom and finding connections in the search for common ground.""",
     expected=[
        dict(speaker="Viktor Zamyatin", treaty=True,
             snippet="Japan will \"never\" regain the Kuril Islands, weeks after Moscow pulled out of peace treaty negotiations"),
        dict(speaker="Viktor Zamyatin", treaty=True,
             snippet="The Kurils will never be Japanese. Tokyo chose sanctions, so let it forget the word 'islands' forever."),
        dict(speaker="Viktor Zamyatin", treaty=True, optional=True,
             snippet="Russia might one day have questions of its own about Hokkaido"),
        dict(speaker="Viktor Zamyatin", treaty=False,
             snippet="If Japanese cars leave our market, we will drive Chinese ones and not notice the difference."),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=False, optional=True,
             snippet="statements by individual deputies reflected their personal views"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=True,
             snippet="Russia's position on the ownership of the Kurils \"is well known and has not changed.\""),
        dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=True,
             snippet="the Northern Territories are islands over which Japan has sovereignty"),
        dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=False,
             snippet="Japan would consider additional sanctions on Russia after the killings of civilians"),
     ],
     not_statements=[
        "Deputy of the State Duma, defender of the Russian Far East.",
        "The post received about 3,500 likes and more than 600 comments",
        'writing: "Next they\'ll want Alaska."',
        "Russia's Foreign Ministry said on March 21 that it was suspending peace treaty talks",
        "were seized by Soviet forces in the final days of World War II",
        "Newsweek has reached out to the Russian and Japanese foreign ministries for comment.",
        "Newsweek is committed to challenging conventional wisdom",
        "Russian Lawmaker Says Japan Will 'Never' Get Kuril Islands Back in Fiery VK Post",
     ]),

dict(id="E17-11", outlet="Nikkei Asian Review",
     url="https://asia.nikkei.com/Politics/International-relations/Abe-says-Putin-talks-substantive-as-Moscow-hardens-line-on-islands",
     published="2019-01-23",
     title="Abe says Putin talks 'substantive' as Moscow hardens line on islands",
     text="""Nikkei Asian Review
Politics | Economy | Business | Markets | Tech | Opinion
Politics
International relations

Abe says Putin talks 'substantive' as Moscow hardens line on islands
Video message posted by prime minister's office stresses momentum; Russian diplomats insist Tokyo accept WWII outcome

HIROSHI TAKEDA, Nikkei staff writer
January 23, 2019 14:05 JST

MOSCOW -- Japanese Prime Minister Shinzo Abe called his talks with Russian President Vladimir Putin on Tuesday "frank and substantive," in a video message posted on the Twitter account of the prime minister's office on Wednesday morning.

"We agreed to press ahead with negotiations on the basis of the 1956 Joint Declaration. Together with President Putin, I intend to settle this question, which has been left unresolved for more than 70 years," Abe said in the clip, recorded in the Kremlin.

Abe also said in the video that Japan and Russia would widen cooperation in energy, medicine and urban development under the eight-point economic plan he proposed in 2016.

首相官邸
@kantei
日露首脳会談について、安倍総理からのメッセージです。
10:12 AM - 23 Jan 2019
2,845 Retweets 9,730 Likes

Putin, speaking alongside Abe after the talks, said that long and patient work lay ahead to create conditions for a solution acceptable to the peoples of both countries.

Russian Foreign Ministry spokeswoman Maria Zakharova struck a harsher tone. In a Facebook post on Wednesday, she accused Japanese media of "fantasizing" about a deal to hand over two islands, writing that "before talking about any 'return,' Tokyo must first recognize the outcome of World War II in full."

In a separate post on the same page, Zakharova accused Washington of orchestrating an attempted coup in Venezuela.

Foreign Minister Sergei Lavrov said earlier this month that Japan's acknowledgment of Russian sovereignty over all the southern Kurils was "the first step" without which no progress was possible.

Japanese government sources said Tokyo hopes to reach a broad agreement by June, when Putin is expected to visit Osaka for the Group of 20 summit.

In a Nikkei/TV Tokyo poll in December, 46% of respondents said Japan should seek the return of two of the islands first.

The 1956 declaration, signed when the two countries restored diplomatic ties, says the Soviet Union will hand over Shikotan and the Habomai islets after a peace treaty is concluded.

Nikkei 225  20,593.72  -0.09%

RELATED ARTICLES
Russia summons Japanese ambassador over island remarks
Japan's exporters eye Russian market as ties thaw""",
     expected=[
        dict(speaker="Shinzo Abe", treaty=True, optional=True,
             snippet="called his talks with Russian President Vladimir Putin on Tuesday \"frank and substantive,\""),
        dict(speaker="Shinzo Abe", treaty=True,
             snippet="We agreed to press ahead with negotiations on the basis of the 1956 Joint Declaration."),
        dict(speaker="Shinzo Abe", treaty=True,
             snippet="I intend to settle this question, which has been left unresolved for more than 70 years"),
        dict(speaker="Shinzo Abe", treaty=False,
             snippet="Japan and Russia would widen cooperation in energy, medicine and urban development"),
        dict(speaker="Vladimir Putin", alt=["Kremlin"], treaty=True,
             snippet="long and patient work lay ahead to create conditions for a solution acceptable to the peoples of both countries"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="accused Japanese media of \"fantasizing\" about a deal to hand over two islands"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="Tokyo must first recognize the outcome of World War II in full"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False,
             snippet="accused Washington of orchestrating an attempted coup in Venezuela"),
        dict(speaker="Sergei Lavrov", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="Japan's acknowledgment of Russian sovereignty over all the southern Kurils was \"the first step\""),
     ],
     not_statements=[
        "Tokyo hopes to reach a broad agreement by June, when Putin is expected to visit Osaka",
        "46% of respondents said Japan should seek the return of two of the islands first",
        "says the Soviet Union will hand over Shikotan and the Habomai islets after a peace treaty is concluded",
        "Video message posted by prime minister's office stresses momentum",
        "Russia summons Japanese ambassador over island remarks",
        "Abe says Putin talks 'substantive' as Moscow hardens line on islands",
     ]),
]
ARTICLES += [
dict(id="E17-12", outlet="The Guardian (live blog)",
     url="https://www.theguardian.com/world/live/2022/mar/22/russia-ukraine-war-live-news-moscow-japan-peace-treaty-talks-mariupol",
     published="2022-03-22",
     title="Russia-Ukraine war live: Moscow pulls out of peace treaty talks with Japan; Mariupol rejects surrender demand",
     text="""The Guardian
News | Opinion | Sport | Culture | Lifestyle
World | Europe | US | Americas | Asia | Australia

Russia-Ukraine war live
Russia-Ukraine war live: Moscow pulls out of peace treaty talks with Japan; Mariupol rejects surrender demand

Tue 22 Mar 2022 10.02 GMT

Key events
Russia says it is pulling out of peace treaty talks with Japan
Kishida: Moscow's decision 'utterly unjust'
Zelenskiy: Mariupol will not be handed over

Show key events only
Please turn on JavaScript to use this feature

09.48 GMT
Japan's foreign minister Yoshimasa Hayashi wrote on Twitter that Tokyo would provide a further $100m in humanitarian aid to Ukraine and neighbouring countries receiving refugees.

09.21 GMT
Kishida: Moscow's decision 'utterly unjust'

Japan's prime minister Fumio Kishida told the upper house budget committee that Russia's decision was "utterly unjust and cannot be accepted" and that Tokyo had lodged a protest.

He said Japan would stick to its policy of resolving the question of the islands and then concluding a peace treaty, despite the move.

08.40 GMT
Our Tokyo correspondent Hana Lindqvist tweets:

Huge step backwards for Japan-Russia ties. Expect a sharp response from the Kishida government within the hour.

08.29 GMT
Maria Zakharova, the Russian foreign ministry spokesperson, has added her voice. She wrote on Telegram that Tokyo had itself "buried" the treaty talks by joining western sanctions against Russia.

08.12 GMT
Russia says it is pulling out of peace treaty talks with Japan

Russia has said it will no longer negotiate with Japan on a formal peace treaty ending the second world war, blaming Tokyo's sanctions over Ukraine.

In a statement posted on its Telegram channel, the foreign ministry said it saw no way to negotiate a foundational document with a state that had adopted a hostile stance and was trying to harm Russia's interests.

The ministry also tweeted that it was ending visa-free trips by Japanese citizens to the southern Kuril islands.

It added that Moscow was freezing talks with Tokyo on joint economic activities on the islands, a scheme the two countries' leaders had once presented as a step toward a treaty.

Russia and Japan never signed a peace treaty after 1945 because of the dispute over the four islands, which Moscow seized at the end of the war.

07.55 GMT
Zelenskiy: Mariupol will not be handed over

In a video address posted on Telegram overnight, Ukraine's president Volodymyr Zelenskiy said his country would not hand over Mariupol and called on Russia to open safe corridors for civilians.

07.20 GMT
Kremlin spokesperson Dmitry Peskov told reporters that talks with Ukraine had so far produced no significant progress.

Share
Facebook  Twitter
Reuse this content

Most viewed
Mariupol: the besieged city in photos
What we know on day 27 of the invasion""",
     expected=[
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese Foreign Ministry"], treaty=False,
             snippet="Tokyo would provide a further $100m in humanitarian aid to Ukraine"),
        dict(speaker="Fumio Kishida", treaty=True,
             snippet="Russia's decision was \"utterly unjust and cannot be accepted\" and that Tokyo had lodged a protest"),
        dict(speaker="Fumio Kishida", treaty=True,
             snippet="Japan would stick to its policy of resolving the question of the islands and then concluding a peace treaty"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="Tokyo had itself \"buried\" the treaty talks by joining western sanctions against Russia"),
        dict(speaker="Russian Foreign Ministry", treaty=True,
             snippet="Russia has said it will no longer negotiate with Japan on a formal peace treaty"),
        dict(speaker="Russian Foreign Ministry", treaty=True,
             snippet="it saw no way to negotiate a foundational document with a state that had adopted a hostile stance"),
        dict(speaker="Russian Foreign Ministry", treaty=False,
             snippet="it was ending visa-free trips by Japanese citizens to the southern Kuril islands"),
        dict(speaker="Russian Foreign Ministry", treaty=True, optional=True,
             snippet="Moscow was freezing talks with Tokyo on joint economic activities on the islands"),
     ],
     not_statements=[
        "Huge step backwards for Japan-Russia ties. Expect a sharp response from the Kishida government",
        "Russia and Japan never signed a peace treaty after 1945 because of the dispute over the four islands",
        "his country would not hand over Mariupol and called on Russia to open safe corridors",
        "talks with Ukraine had so far produced no significant progress",
        "Russia says it is pulling out of peace treaty talks with Japan",
        "Kishida: Moscow's decision 'utterly unjust'",
        "What we know on day 27 of the invasion",
     ]),

dict(id="E17-13", outlet="Japan Today",
     url="https://japantoday.com/category/politics/what-they-said-online-northern-territories-day-2025",
     published="2025-02-08",
     title="What they said online: Northern Territories Day 2025",
     text="""Japan Today
National | Crime | Politics | Business | Tech | Entertainment
POLITICS

What they said online: Northern Territories Day 2025
Feb. 8, 2025 06:30 am JST
By Japan Today staff

Friday was Northern Territories Day, when Japan renews its call for the return of four Russian-held islands off Hokkaido. Here is what officials in Tokyo, Moscow and Sakhalin posted.

JAPAN

Shigeru Ishiba (via @kantei)
Ishiba, who was in Washington for his first meeting with President Donald Trump, sent a video message to the rally in Tokyo, which the Prime Minister's Office posted on X. In it, the prime minister says he will work with unwavering determination to resolve the territorial issue and conclude a peace treaty with Russia.

Later, on his own account, Ishiba wrote that he and Trump had agreed to lift the Japan-U.S. alliance "to new heights."

Takeshi Iwaya (@iwaya_takeshi)
The foreign minister, who attended the rally, posted: "The Northern Territories are an inherent part of Japan's territory. I will keep up patient diplomatic efforts so that this issue is settled and a peace treaty is signed."

Yoshimasa Hayashi (via @gov_online)
The government's public relations account quoted the chief cabinet secretary as saying that Japan would keep pressing Moscow to allow former islanders to visit their family graves.

RUSSIA

Maria Zakharova (Telegram)
"Tokyo is marking its 'Northern Territories Day' again. For us it is an ordinary Friday on Russian islands, and so it will remain," the Foreign Ministry spokeswoman wrote.

Russian Embassy in Japan (@RusEmbassyJ)
"History settled the question of the Kurils in 1945. The islands are Russian territory, and no rallies in Tokyo will change that," the embassy posted in Japanese and Russian. Its other post on Friday invited Tokyo residents to a Russian film week, saying culture should stay "outside politics."

Valery Limarenko (Telegram)
The Sakhalin governor wrote that while Tokyo holds rallies, "we are building": a new school has opened in Kurilsk and a road to the airport on Iturup will be finished this year. "The Kurils are Russian, for good," he added.

TRENDING

#北方領土の日 and #NorthernTerritories were among the top trending hashtags in Japan on Friday. The embassy's post drew about 3,100 quote posts, most of them critical.

The most-shared post by a private user came from a woman whose grandmother was born on Shikotan: "Grandma kept the key to her house there for 80 years. She never got to use it again."

A satirical account called @NotKremlinJP posted a mock invitation to "a beach holiday on your former islands, visa required."

Comments
Login to comment
Sakura_in_Sapporo: Every year the same speeches. Nothing ever moves.
OsakaGuy88: Russia will never return them while Putin is in power.""",
     expected=[
        dict(speaker="Shigeru Ishiba", alt=["Japanese government"], treaty=True,
             snippet="he will work with unwavering determination to resolve the territorial issue and conclude a peace treaty with Russia"),
        dict(speaker="Shigeru Ishiba", treaty=False,
             snippet="he and Trump had agreed to lift the Japan-U.S. alliance \"to new heights.\""),
        dict(speaker="Takeshi Iwaya", alt=["Japanese Foreign Ministry"], treaty=True,
             snippet="The Northern Territories are an inherent part of Japan's territory."),
        dict(speaker="Takeshi Iwaya", alt=["Japanese Foreign Ministry"], treaty=True,
             snippet="I will keep up patient diplomatic efforts so that this issue is settled and a peace treaty is signed"),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=False,
             snippet="Japan would keep pressing Moscow to allow former islanders to visit their family graves"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="For us it is an ordinary Friday on Russian islands, and so it will remain"),
        dict(speaker="Russian Embassy in Japan", treaty=True,
             snippet="History settled the question of the Kurils in 1945. The islands are Russian territory"),
        dict(speaker="Russian Embassy in Japan", treaty=False,
             snippet="invited Tokyo residents to a Russian film week, saying culture should stay \"outside politics.\""),
        dict(speaker="Valery Limarenko", treaty=False,
             snippet="a new school has opened in Kurilsk and a road to the airport on Iturup will be finished this year"),
        dict(speaker="Valery Limarenko", treaty=True,
             snippet="\"The Kurils are Russian, for good,\" he added."),
     ],
     not_statements=[
        "Friday was Northern Territories Day, when Japan renews its call for the return of four Russian-held islands",
        "were among the top trending hashtags in Japan on Friday",
        "The embassy's post drew about 3,100 quote posts, most of them critical.",
        "Grandma kept the key to her house there for 80 years. She never got to use it again.",
        "a beach holiday on your former islands, visa required",
        "Every year the same speeches. Nothing ever moves.",
        "Russia will never return them while Putin is in power.",
        "What they said online: Northern Territories Day 2025",
     ]),
]
ARTICLES += [
dict(id="E17-14", outlet="TASS",
     url="https://tass.com/society/1837702",
     published="2024-09-03",
     title="Kurils will always remain Russian, Sakhalin governor says on Victory over Japan Day",
     text="""TASS
Society & Culture
World | Russian Politics & Diplomacy | Business & Economy | Military & Defense | Emergencies

Kurils will always remain Russian, Sakhalin governor says on Victory over Japan Day

The governor congratulated the region's residents on the holiday in a video address

YUZHNO-SAKHALINSK, September 3. /TASS/. The Kuril Islands were returned to Russia 79 years ago and will remain Russian forever, Sakhalin Region Governor Valery Limarenko said in a video address posted on his Telegram channel on Tuesday, the Day of Victory over Militarist Japan and the End of World War II.

"On September 3, 1945, the Kurils and South Sakhalin came back to their homeland. These are Russian lands, and they will stay Russian for all time," the governor said.

"I congratulate all residents of the region on this holiday and thank our veterans for their courage," he added.

In the same address, Limarenko said that a new airport terminal on Kunashir would be completed this year and that more than 600 families on the Kurils had moved into new housing under the regional program.

Limarenko's channel, which describes itself as "the official channel of the Governor of Sakhalin Region," has more than 120,000 subscribers.

Pavel Tretyakov, head of the Yuzhno-Kurilsky municipal district, said more than 1,500 residents had taken part in a memorial march in Yuzhno-Kurilsk on Tuesday morning.

"Our district is Russia's easternmost outpost, and it will stay that way," Tretyakov said at the wreath-laying ceremony.

Deputy Chairman of the Russian Security Council Dmitry Medvedev wrote on his Telegram channel on Tuesday that Japan's present leaders were rearming the country and repeating the mistakes of their predecessors.

The Day of Victory over Militarist Japan and the End of World War II was given its current name by a federal law in 2020. On September 2, 1945, Japan signed the Instrument of Surrender aboard the US battleship Missouri in Tokyo Bay.

Japan lays claim to Iturup, Kunashir, Shikotan and the Habomai islands. Russia's position is that the islands became part of the USSR following World War II and that Russian sovereignty over them is beyond doubt.

Tags
Sakhalin Region, Kuril Islands, Valery Limarenko

Read also
Sakhalin to launch new ferry line to the Kurils
Fish processing plant opens on Shikotan

Follow TASS on Telegram""",
     expected=[
        dict(speaker="Valery Limarenko", treaty=True,
             snippet="The Kuril Islands were returned to Russia 79 years ago and will remain Russian forever"),
        dict(speaker="Valery Limarenko", treaty=True,
             snippet="These are Russian lands, and they will stay Russian for all time"),
        dict(speaker="Valery Limarenko", treaty=False,
             snippet="I congratulate all residents of the region on this holiday and thank our veterans for their courage"),
        dict(speaker="Valery Limarenko", treaty=False,
             snippet="a new airport terminal on Kunashir would be completed this year"),
        dict(speaker="Pavel Tretyakov", treaty=False,
             snippet="more than 1,500 residents had taken part in a memorial march in Yuzhno-Kurilsk"),
        dict(speaker="Pavel Tretyakov", treaty=True, optional=True,
             snippet="Our district is Russia's easternmost outpost, and it will stay that way"),
        dict(speaker="Dmitry Medvedev", treaty=False,
             snippet="Japan's present leaders were rearming the country and repeating the mistakes of their predecessors"),
     ],
     not_statements=[
        "the official channel of the Governor of Sakhalin Region",
        "has more than 120,000 subscribers",
        "was given its current name by a federal law in 2020",
        "Japan signed the Instrument of Surrender aboard the US battleship Missouri",
        "Japan lays claim to Iturup, Kunashir, Shikotan and the Habomai islands.",
        "Russia's position is that the islands became part of the USSR following World War II",
        "The governor congratulated the region's residents on the holiday in a video address",
        "Fish processing plant opens on Shikotan",
     ]),

dict(id="E17-15", outlet="Reuters",
     url="https://www.reuters.com/world/asia-pacific/japanese-lawmaker-defends-moscow-trip-blog-backs-two-islands-first-2023-10-05/",
     published="2023-10-05",
     title="Japanese lawmaker defends Moscow trip on his blog, backs 'two islands first'",
     text="""Skip to main content
Reuters
World
Asia Pacific
Japanese lawmaker defends Moscow trip on his blog, backs 'two islands first'
By Reuters
October 5, 2023 4:18 PM GMT+9 Updated an hour ago

TOKYO, Oct 5 (Reuters) - Japanese upper house lawmaker Muneo Suzuki, who made an unannounced trip to Moscow this week, defended the visit in a blog post on Thursday and urged Tokyo to go back to a 1956 agreement under which Russia would hand over two of the four disputed islands.

"The realistic path is the one written in the 1956 Joint Declaration: Shikotan and the Habomai islets first, then further talks on the rest. Japan stepped off that path and has been left with nothing," Suzuki wrote in the entry, published in Japanese on his daily blog.

He also wrote that Japan should not "stand with only one side" in the war in Ukraine and should instead work for a ceasefire.

Suzuki, a veteran politician from Hokkaido who has cultivated ties with Moscow for decades, has written the blog almost every day for more than ten years. Earlier entries this week were titled "Autumn in Hokkaido" and "What the media won't tell you about Russia." Dozens of readers left comments under Thursday's entry, some praising his courage.

Russia's Foreign Ministry said on its Telegram channel that Deputy Foreign Minister Mikhail Galuzin had told Suzuki on Tuesday that there was no basis for resuming peace treaty negotiations as long as Tokyo kept to its anti-Russian course.

The ministry said the two men also discussed humanitarian exchanges, including a possible resumption of grave visits by former Japanese islanders.

Foreign Minister Yoko Kamikawa told reporters that Tokyo's policy of resolving the territorial issue and then concluding a peace treaty had not changed, and that Suzuki's trip did not reflect the government's position.

Chief Cabinet Secretary Yoshimasa Hayashi said the government continued to advise all Japanese citizens against travel to Russia, regardless of their purpose.

Nobuyuki Baba, leader of the opposition Japan Innovation Party to which Suzuki belongs, told reporters the party would consider disciplinary measures because Suzuki had made the trip despite being asked not to.

Russia halted peace treaty talks with Japan in March 2022 over Tokyo's sanctions. The two countries have not formally ended their World War Two hostilities because of the dispute over the islands, known in Japan as the Northern Territories and in Russia as the Southern Kurils.

Reporting by Daisuke Hirano; Additional reporting by Olga Vetrova in Moscow; Editing by Peter Lindgren

Our Standards: The Thomson Reuters Trust Principles.

Read Next
Japan to expand sanctions on Russian entities
Russia and China send bombers over Sea of Japan""",
     expected=[
        dict(speaker="Muneo Suzuki", treaty=True,
             snippet="urged Tokyo to go back to a 1956 agreement under which Russia would hand over two of the four disputed islands"),
        dict(speaker="Muneo Suzuki", treaty=True,
             snippet="The realistic path is the one written in the 1956 Joint Declaration: Shikotan and the Habomai islets first"),
        dict(speaker="Muneo Suzuki", treaty=True,
             snippet="Japan stepped off that path and has been left with nothing"),
        dict(speaker="Muneo Suzuki", treaty=False,
             snippet="Japan should not \"stand with only one side\" in the war in Ukraine and should instead work for a ceasefire"),
        dict(speaker="Mikhail Galuzin", alt=["Russian Foreign Ministry"], treaty=True,
             snippet="there was no basis for resuming peace treaty negotiations as long as Tokyo kept to its anti-Russian course"),
        dict(speaker="Yoko Kamikawa", alt=["Japanese Foreign Ministry"], treaty=True,
             snippet="Tokyo's policy of resolving the territorial issue and then concluding a peace treaty had not changed"),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=False,
             snippet="continued to advise all Japanese citizens against travel to Russia, regardless of their purpose"),
        dict(speaker="Nobuyuki Baba", treaty=False,
             snippet="the party would consider disciplinary measures because Suzuki had made the trip despite being asked not to"),
     ],
     not_statements=[
        "What the media won't tell you about Russia.",
        "Dozens of readers left comments under Thursday's entry, some praising his courage.",
        "has cultivated ties with Moscow for decades",
        "the two men also discussed humanitarian exchanges, including a possible resumption of grave visits",
        "Russia halted peace treaty talks with Japan in March 2022 over Tokyo's sanctions.",
        "The two countries have not formally ended their World War Two hostilities",
        "Japanese lawmaker defends Moscow trip on his blog, backs 'two islands first'",
        "Russia and China send bombers over Sea of Japan",
     ]),
]
ARTICLES += [
dict(id="E17-16", outlet="Associated Press",
     url="https://apnews.com/article/russia-japan-medvedev-kunashir-island-visit-2012",
     published="2012-07-03",
     title="Russian PM Medvedev visits disputed island, angering Japan",
     text="""AP NEWS
World News | U.S. News | Politics | Business

Russian PM Medvedev visits disputed island, angering Japan
By The Associated Press
July 3, 2012

MOSCOW (AP) — Russian Prime Minister Dmitry Medvedev visited one of the islands at the center of a decades-old territorial dispute with Japan on Tuesday, and Tokyo called the trip deeply regrettable.

Medvedev flew to Kunashir, the second-largest of the southern Kuril islands, and posted a string of photos on his English-language Twitter account.

"Kunashir. A small but very important piece of Russian land. We will not give up an inch of it," one of the posts read.

In another tweet, Medvedev said he had visited a geothermal power station and a new kindergarten in the island's main settlement and that the island "needs many more projects like these."

The first tweet was retweeted more than 1,000 times within an hour. A popular parody account, @DimonUnofficial, posted a fake message in Medvedev's name joking that he had "forgotten the way back to Moscow."

In Tokyo, Foreign Minister Koichiro Gemba told reporters that the visit was incompatible with Japan's stance that the islands are Japanese territory and hurt the feelings of the Japanese people. He summoned Russian Ambassador Evgeny Afanasiev to protest.

Afanasiev replied that Russia's leaders travel across Russian territory as they see fit, the Russian Embassy said on its website.

Prime Minister Yoshihiko Noda said Japan would keep seeking a solution to the territorial issue calmly and persistently.

Chief Cabinet Secretary Osamu Fujimura said the visit would not affect plans for Gemba to travel to Russia later this month.

Medvedev in 2010 became the first Kremlin leader to set foot on any of the islands, which Soviet troops seized in the final days of World War II. Japan calls them the Northern Territories.

President Vladimir Putin, who returned to the Kremlin in May, said in March that he favored a compromise on the islands acceptable to both sides, comparing it to a draw in judo.

Associated Press writer Haruka Endo in Tokyo contributed to this report.

Copyright 2012 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.""",
     expected=[
        dict(speaker="Dmitry Medvedev", treaty=True,
             snippet="Kunashir. A small but very important piece of Russian land. We will not give up an inch of it"),
        dict(speaker="Dmitry Medvedev", treaty=False,
             snippet="he had visited a geothermal power station and a new kindergarten in the island's main settlement"),
        dict(speaker="Koichiro Gemba", alt=["Japanese Foreign Ministry"], treaty=True,
             snippet="the visit was incompatible with Japan's stance that the islands are Japanese territory"),
        dict(speaker="Evgeny Afanasiev", alt=["Russian Embassy in Japan", "Yevgeny Afanasyev"], treaty=True,
             snippet="Russia's leaders travel across Russian territory as they see fit"),
        dict(speaker="Yoshihiko Noda", treaty=True,
             snippet="Japan would keep seeking a solution to the territorial issue calmly and persistently"),
        dict(speaker="Osamu Fujimura", alt=["Japanese government"], treaty=False,
             snippet="the visit would not affect plans for Gemba to travel to Russia later this month"),
        dict(speaker="Vladimir Putin", treaty=True,
             snippet="he favored a compromise on the islands acceptable to both sides, comparing it to a draw in judo"),
     ],
     not_statements=[
        "The first tweet was retweeted more than 1,000 times within an hour.",
        "joking that he had \"forgotten the way back to Moscow.\"",
        "became the first Kremlin leader to set foot on any of the islands",
        "which Soviet troops seized in the final days of World War II",
        "This material may not be published, broadcast, rewritten or redistributed.",
        "Russian PM Medvedev visits disputed island, angering Japan",
     ]),

dict(id="E17-17", outlet="The Japan Times",
     url="https://www.japantimes.co.jp/news/2023/05/16/national/politics-diplomacy/ldp-lawmaker-deletes-post-northern-territories/",
     published="2023-05-16",
     title="LDP lawmaker deletes post urging Japan to retake islands 'by any means'",
     text="""The Japan Times
NATIONAL / POLITICS & DIPLOMACY
LDP lawmaker deletes post urging Japan to retake islands 'by any means'
by Kenta Morishita
Staff writer
May 16, 2023

A first-term Liberal Democratic Party lawmaker has deleted a social media post calling for Japan to take back the Russian-held Northern Territories "by any means," after it drew criticism from the government and a sharp response from the Russian Embassy.

The now-deleted post by Kazuki Tominaga, an Upper House member from Hokkaido, was published on X late Sunday. It read: "With Russia worn down by its war, now is the moment to take back the Northern Territories by any means. Seventy years of talks have brought us nothing."

Screenshots of the post, which had been reposted about 3,000 times before it disappeared, circulated widely on Monday.

On Monday afternoon Tominaga posted an apology, saying his wording had been careless and that he wanted the territorial issue resolved "peacefully, through diplomacy."

His X profile still carries the line "Fighting for Hokkaido's future. The Northern Territories are Japanese land!"

Foreign Minister Yoshimasa Hayashi told a news conference Tuesday that the post did not represent the government's view and that Japan's policy was to resolve the territorial issue through negotiations and conclude a peace treaty.

Chief Cabinet Secretary Hirokazu Matsuno said it was for each lawmaker to take responsibility for what they post online.

LDP Secretary-General Toshimitsu Motegi said the party had cautioned Tominaga about his conduct.

The Russian Embassy in Tokyo responded on X on Monday. "Calls by a member of Japan's parliament to seize Russian territory 'by any means' are outrageous. We expect an official explanation from Tokyo," it wrote.

Under the embassy's post, one user replied: "He deleted it, calm down."

In a separate post the same day, the embassy described the Group of Seven summit opening in Hiroshima on Friday as "another anti-Russian gathering" that would do nothing for peace.

Russia suspended peace treaty negotiations with Japan in March 2022. The four islands off Hokkaido were seized by Soviet forces at the end of World War II.

RELATED STORIES
Hiroshima prepares for G7 summit under tight security
Former islanders' group calls for resumption of grave visits""",
     expected=[
        dict(speaker="Kazuki Tominaga", treaty=True,
             snippet="a social media post calling for Japan to take back the Russian-held Northern Territories"),
        dict(speaker="Kazuki Tominaga", treaty=True,
             snippet="now is the moment to take back the Northern Territories by any means"),
        dict(speaker="Kazuki Tominaga", treaty=True,
             snippet="Seventy years of talks have brought us nothing."),
        dict(speaker="Kazuki Tominaga", treaty=True,
             snippet="he wanted the territorial issue resolved \"peacefully, through diplomacy.\""),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese Foreign Ministry"], treaty=True,
             snippet="Japan's policy was to resolve the territorial issue through negotiations and conclude a peace treaty"),
        dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=False,
             snippet="it was for each lawmaker to take responsibility for what they post online"),
        dict(speaker="Toshimitsu Motegi", treaty=False,
             snippet="the party had cautioned Tominaga about his conduct"),
        dict(speaker="Russian Embassy in Japan", treaty=True,
             snippet="Calls by a member of Japan's parliament to seize Russian territory 'by any means' are outrageous."),
        dict(speaker="Russian Embassy in Japan", treaty=False,
             snippet="\"another anti-Russian gathering\" that would do nothing for peace"),
     ],
     not_statements=[
        "Screenshots of the post, which had been reposted about 3,000 times before it disappeared",
        "Fighting for Hokkaido's future. The Northern Territories are Japanese land!",
        'one user replied: "He deleted it, calm down."',
        "Russia suspended peace treaty negotiations with Japan in March 2022.",
        "were seized by Soviet forces at the end of World War II",
        "Former islanders' group calls for resumption of grave visits",
        "LDP lawmaker deletes post urging Japan to retake islands 'by any means'",
     ]),
]
ARTICLES += [
dict(id="E17-18", outlet="Associated Press",
     url="https://apnews.com/article/russia-kamchatka-earthquake-tsunami-kuril-islands-severo-kurilsk",
     published="2025-07-31",
     title="Tsunami floods port in Russia's Kuril Islands after massive Kamchatka quake",
     text="""AP NEWS
World News | U.S. News | Politics | Climate

Tsunami floods port in Russia's Kuril Islands after massive Kamchatka quake
By The Associated Press
Updated 6:12 AM GMT+9, July 31, 2025

PETROPAVLOVSK-KAMCHATSKY, Russia (AP) — Tsunami waves set off by one of the strongest earthquakes ever recorded off Russia's Kamchatka Peninsula flooded the port of a small town in the Kuril Islands, officials said, as warnings went up across the Pacific.

"The first wave flooded the port and a fish processing plant in Severo-Kurilsk. All residents are safe and have been taken to higher ground," Sakhalin Governor Valery Limarenko wrote on Telegram on Wednesday, posting video of water swirling around warehouses.

In a later post, the governor said electricity and mobile connections had been restored in most of the town and that a state of emergency would stay in place until the damage had been assessed.

Hours after that, as Japanese television showed footage from the Russian-held southern islands, Limarenko added in a further message: "Some in Tokyo are already worrying about our islands. Let me remind them: the Kurils are Russian, and we will rebuild everything ourselves."

Kamchatka Governor Vladimir Solodov said in a video posted on his Telegram channel that the quake was the strongest in decades and that a kindergarten in Petropavlovsk-Kamchatsky had been damaged, though no children were inside.

Andrei, a 46-year-old fisherman in Severo-Kurilsk, told a local television station that the water "came up to the second floor of the warehouse."

In Japan, authorities issued tsunami warnings along much of the Pacific coast. Chief Cabinet Secretary Yoshimasa Hayashi urged residents to stay away from the coast until the warnings were lifted.

The Russian Embassy in Japan posted on X that it was grateful to Japanese citizens who had sent messages of sympathy to the people of Kamchatka and Sakhalin.

Severo-Kurilsk lies on Paramushir Island in the northern part of the chain, far from the four southernmost islands that Japan claims and calls the Northern Territories. The Soviet Union took the Kurils at the end of World War II.

The U.S. Geological Survey put the quake's magnitude at 8.8, among the six strongest ever recorded.

Associated Press writers in Tokyo and Honolulu contributed to this report.

Follow AP's earthquake coverage: https://apnews.com/hub/earthquakes""",
     expected=[
        dict(speaker="Valery Limarenko", treaty=False,
             snippet="The first wave flooded the port and a fish processing plant in Severo-Kurilsk."),
        dict(speaker="Valery Limarenko", treaty=False,
             snippet="electricity and mobile connections had been restored in most of the town"),
        dict(speaker="Valery Limarenko", treaty=True,
             snippet="the Kurils are Russian, and we will rebuild everything ourselves"),
        dict(speaker="Valery Limarenko", treaty=True, optional=True,
             snippet="Some in Tokyo are already worrying about our islands. Let me remind them"),
        dict(speaker="Vladimir Solodov", treaty=False,
             snippet="the quake was the strongest in decades and that a kindergarten in Petropavlovsk-Kamchatsky had been damaged"),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=False,
             snippet="urged residents to stay away from the coast until the warnings were lifted"),
        dict(speaker="Russian Embassy in Japan", treaty=False,
             snippet="grateful to Japanese citizens who had sent messages of sympathy to the people of Kamchatka and Sakhalin"),
     ],
     not_statements=[
        "came up to the second floor of the warehouse",
        "far from the four southernmost islands that Japan claims and calls the Northern Territories",
        "The Soviet Union took the Kurils at the end of World War II.",
        "as Japanese television showed footage from the Russian-held southern islands",
        "put the quake's magnitude at 8.8, among the six strongest ever recorded",
        "Tsunami floods port in Russia's Kuril Islands after massive Kamchatka quake",
     ]),
]
