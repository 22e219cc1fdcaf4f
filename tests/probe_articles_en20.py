# Probe articles, English, round 20: people, culture, sport and travel.
#
# Human-interest pages (2013-2026) in which the Russia-Japan relationship shows through former islanders' grave
# visits and visa-free exchanges, judo and sumo, the 2018 cross years, Russian culture festivals and a Bolshoi
# tour, Kuril cruise tourism, the Korsakov-Wakkanai ferry, an Akita dog for a Russian skater, Russian tourists in
# eastern Hokkaido, the Ainu, figure skating, ice hockey, a documentary film, student exchanges and a travel blog.
# Outlets: Kyodo, TASS, The Japan Times, NHK World, The Asahi Shimbun (AJW), The Moscow Times, Sputnik, Japan Today,
# CNN Travel, BBC News, RT, The Mainichi, Nikkei Asia (Life & Arts), a personal travel blog.
#
# Speakers: Suga, Abe, Putin, Peskov, Galuzin, Afanasiev, Medinsky, Kishida, Kato, Limarenko, Khoroshavin, Satake,
# Naomichi Suzuki, Harumi Takahashi, Zakharova, Nozdrev, Hayashi, Kihara, Nemuro mayor Ishigaki, Russian Embassy in
# Japan, plus invented minor officials (a Wakkanai deputy mayor, a Sakhalin tourism chief, a Nemuro tourism section
# head, a Kuril district deputy head).  Most of their words are about culture, sport, tourism and friendship
# (treaty=False); only about one article in three carries a treaty statement.
#
# Traps: former islanders' and tourists' memories and hopes, athletes, coaches, dancers, guides, a film director,
# students, festival slogans and banners, museum captions and signs, the writer's scene-setting ("the islands,
# which Japan calls ..."), agency background paragraphs, events ("the leaders agreed ..."), an anonymous ministry
# official, journalists' questions, reader comments, headlines, "Related" lists and photo captions.
ARTICLES = []
ARTICLES += [
dict(id="E20-01", outlet="Kyodo",
     url="https://english.kyodonews.net/news/2017/09/4c1e8a7b20d3-former-islanders-make-first-grave-visit-by-air.html",
     published="2017-09-23",
     title="Former islanders make first grave visit by chartered plane to Russian-held isles",
     text="""KYODO NEWS
Home | Japan | World | Business | Sports | Science | Videos | Photos | Search

Former islanders make first grave visit by chartered plane to Russian-held isles

KYODO NEWS - Sep 23, 2017 - 19:05 | Japan, World

NAKASHIBETSU, Japan - A group of elderly former residents of the Russian-held islands off Hokkaido flew to Kunashiri and Etorofu on Saturday aboard a chartered plane, the first time the visits to family graves have been made by air instead of a long and tiring sea crossing.

The roughly 70 participants, whose average age is over 80, boarded a small Russian passenger aircraft at Nakashibetsu airport in eastern Hokkaido in the morning and were scheduled to pray at cemeteries on both islands before flying back the same evening.

"I was seven when we had to leave. I just want to tell my father that I came home, even if it is only for a few hours," said a 79-year-old woman who held a bunch of white chrysanthemums wrapped in newspaper.

The air route was agreed by Prime Minister Shinzo Abe and Russian President Vladimir Putin at their summit in April as one of several humanitarian steps for the former residents, whose voyages by ship used to take several days and were often cancelled because of fog and rough seas.

Chief Cabinet Secretary Yoshihide Suga welcomed the flights at a press conference in Tokyo, saying they would "greatly ease the physical burden on the former islanders, who have grown very old."

The government's top spokesman added that the humanitarian measures and the planned joint economic activities on the islands were meant to build mutual trust and to create an environment for resolving the territorial issue and concluding a peace treaty.

"We will continue to negotiate tenaciously with Russia on the issue of the attribution of the four islands, based on the agreements between the two leaders," Suga said.

Nemuro Mayor Masatoshi Ishigaki, who saw the group off at the airport, said he hoped flights would become a regular option. "Many people had given up on visiting the graves because the boat trip was too hard for them. Today that wish has come true," the mayor told reporters.

Ishigaki also urged the central government to set aside money for a new vessel for the visa-free exchange program, saying the ship used now is ageing and cramped.

Japan calls the islands the Northern Territories, while Russia refers to them as the Southern Kurils. Soviet troops seized them at the end of World War II, and about 17,000 Japanese residents were forced to leave. The row has kept the two countries from concluding a postwar peace treaty.

About 5,900 of the former residents are still alive, according to an association of former islanders.

Photo: Former residents of the Russian-held islands board a chartered aircraft at Nakashibetsu airport in Hokkaido on Sept. 23, 2017. (Kyodo)

Related coverage:
Japan, Russia agree on pilot tours to disputed isles
Former islanders hope to visit family graves while they still can
Abe, Putin agree on air travel for grave visits, joint projects

Share: Twitter | Facebook | Email""",
     expected=[
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=False,
             snippet="greatly ease the physical burden on the former islanders, who have grown very old"),
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=True,
             snippet="create an environment for resolving the territorial issue and concluding a peace treaty"),
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=True,
             snippet="continue to negotiate tenaciously with Russia on the issue of the attribution of the four islands"),
        dict(speaker="Masatoshi Ishigaki", alt=["Ishigaki", "石垣雅敏"], treaty=False,
             snippet="Many people had given up on visiting the graves because the boat trip was too hard for them"),
        dict(speaker="Masatoshi Ishigaki", alt=["Ishigaki", "石垣雅敏"], treaty=False,
             snippet="urged the central government to set aside money for a new vessel for the visa-free exchange program"),
     ],
     not_statements=[
        "I just want to tell my father that I came home, even if it is only for a few hours",
        "The air route was agreed by Prime Minister Shinzo Abe and Russian President Vladimir Putin at their summit in April",
        "Japan calls the islands the Northern Territories, while Russia refers to them as the Southern Kurils",
        "The row has kept the two countries from concluding a postwar peace treaty.",
        "About 5,900 of the former residents are still alive, according to an association of former islanders.",
        "Japan, Russia agree on pilot tours to disputed isles",
        "Abe, Putin agree on air travel for grave visits, joint projects",
        "Former residents of the Russian-held islands board a chartered aircraft at Nakashibetsu airport",
     ]),

dict(id="E20-02", outlet="TASS",
     url="https://tass.com/society/920514",
     published="2016-12-16",
     title="Putin and Abe visit Kodokan judo institute in Tokyo",
     text="""TASS
Russian News Agency
Russia | World | Business & Economy | Military & Defense | Science & Space | Emergencies | Society & Culture | Sports

Society & Culture
Putin and Abe visit Kodokan judo institute in Tokyo
The Russian president watched a demonstration by young judoka from both countries and handed a gift to the institute
December 16, 2016, 15:40 UTC+3

TOKYO, December 16. /TASS/. Russian President Vladimir Putin and Japanese Prime Minister Shinzo Abe on Friday visited the Kodokan, the judo institute founded in Tokyo in 1882 and regarded as the home of the sport.

The two leaders watched a display of throws and holds by Japanese schoolchildren and members of Russia's junior national team, who had flown in specially for the occasion.

"Judo teaches respect for your partner, even at the moment when he is your opponent. This is a lesson that is useful far beyond the tatami," Putin said, addressing the young athletes and their coaches.

The Russian leader recalled that he first came to a judo club as a teenager in Leningrad and said the sport had given him friends in many countries, Japan first of all. He presented the Kodokan with a collection of books on the history of judo in Russia.

Abe, for his part, called judo "a common language spoken by the people of Japan and Russia" and said he hoped more young Russians would come to train in Japanese dojos.

Among those who greeted the guests was Yasuhiro Yamashita, the 1984 Olympic champion, who has known Putin for many years. "He never forgets the names of the people he has trained with," Yamashita told reporters after the demonstration.

"It was the best day of my life. I bowed to the president and forgot everything I wanted to say," said a 15-year-old member of the Russian junior team from Moscow.

Kremlin spokesman Dmitry Peskov told journalists the stop at the Kodokan had been the president's personal wish. "The president simply could not come to Tokyo and skip the birthplace of judo," Peskov said.

According to Peskov, the two leaders also agreed to expand youth sports exchanges, and the judo federations of the two countries are expected to sign a cooperation memorandum early next year.

The visit came on the final day of Putin's two-day trip to Japan, during which the two leaders agreed to launch consultations on joint economic activity on the Southern Kurils.

When the Second World War ended the whole Kuril chain became part of the USSR, and Japan still claims the four southernmost islands. Russia and Japan have not signed a peace treaty since the war ended.

Tags: Vladimir Putin, Shinzo Abe, Russia-Japan relations, Judo

Read also:
Putin, Abe agree to start talks on joint economic activity on the Kurils
Russian judoka win three golds at Tokyo Grand Slam

Share""",
     expected=[
        dict(speaker="Vladimir Putin", treaty=False,
             snippet="Judo teaches respect for your partner, even at the moment when he is your opponent"),
        dict(speaker="Vladimir Putin", treaty=False,
             snippet="the sport had given him friends in many countries, Japan first of all"),
        dict(speaker="Shinzo Abe", treaty=False,
             snippet="a common language spoken by the people of Japan and Russia"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=False,
             snippet="The president simply could not come to Tokyo and skip the birthplace of judo"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=False,
             snippet="the judo federations of the two countries are expected to sign a cooperation memorandum early next year"),
     ],
     not_statements=[
        "He never forgets the names of the people he has trained with",
        "It was the best day of my life. I bowed to the president and forgot everything I wanted to say",
        "during which the two leaders agreed to launch consultations on joint economic activity on the Southern Kurils",
        "When the Second World War ended the whole Kuril chain became part of the USSR, and Japan still claims",
        "Russia and Japan have not signed a peace treaty since the war ended.",
        "Putin, Abe agree to start talks on joint economic activity on the Kurils",
        "Putin and Abe visit Kodokan judo institute in Tokyo",
     ]),

dict(id="E20-03", outlet="The Japan Times",
     url="https://www.japantimes.co.jp/sports/2019/03/28/sumo/sakhalin-born-hokuseiryu-juryo-promotion/",
     published="2019-03-28",
     title="Sakhalin-born Hokuseiryu reaches sumo's salaried ranks",
     text="""The Japan Times
NEWS | OPINION | LIFE | COMMUNITY | CULTURE | SPORTS | EVENTS
SPORTS / SUMO

Sakhalin-born Hokuseiryu reaches sumo's salaried ranks

BY STAFF WRITER
Mar 28, 2019

Six years after arriving in Tokyo with a suitcase and almost no Japanese, Artyom Kuznetsov, who wrestles as Hokuseiryu, has been promoted to sumo's second-highest division, juryo, becoming the first wrestler from Sakhalin to earn a monthly salary in the sport.

The 24-year-old from Yuzhno-Sakhalinsk, a former youth judo champion in his home region, was greeted with a shower of salt and applause at his stable in Tokyo's Sumida Ward on Wednesday, when the Japan Sumo Association announced the banzuke changes for the May tournament.

"My grandmother watches every bout on the internet at four in the morning. Now she will have to wake up even earlier," Hokuseiryu said with a grin, in fluent Japanese.

His stablemaster described him as a stubborn, hard-working rikishi. "He eats more rice than anyone here and never complains about morning practice," the stablemaster said.

Russian Ambassador to Japan Mikhail Galuzin, who attended a small celebration at the stable, presented the wrestler with a ceremonial apron decorated with the coat of arms of the Sakhalin region.

"Sumo, like judo, lets millions of Russians see Japan with their own eyes. Hokuseiryu is now one of our best ambassadors," Galuzin told the gathering.

The diplomat said the embassy would organize a viewing of the May tournament for Russian residents of Tokyo, and that he hoped to see a regional sumo exhibition held in Yuzhno-Sakhalinsk within the next two years.

Galuzin also expressed hope that such warmth between ordinary people would help the two governments move forward in the peace treaty negotiations that the leaders agreed in Singapore to accelerate.

The islands off Hokkaido, which Japan calls the Northern Territories and Russia the Southern Kurils, lie only a few dozen kilometers from the island where Hokuseiryu grew up, but the wrestler said he preferred to talk about his next opponents. "I am a sumo wrestler, not a politician," he said.

Russians have a long history in the ring. Several wrestlers from the North Caucasus reached the top division in the 2000s, and a handful are now in the lower ranks.

KEYWORDS
Russia, sumo, Sakhalin, Hokuseiryu

RELATED STORIES
Foreign-born wrestlers face tighter stable quotas
Sumo fans pack Ryogoku for spring tournament
Russian envoy says Singapore deal gives momentum to talks

Photo caption: Hokuseiryu, born in Yuzhno-Sakhalinsk, poses with Russian Ambassador Mikhail Galuzin at his stable in Tokyo on Wednesday. | KYODO""",
     expected=[
        dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=False,
             snippet="Sumo, like judo, lets millions of Russians see Japan with their own eyes"),
        dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=False,
             snippet="the embassy would organize a viewing of the May tournament for Russian residents of Tokyo"),
        dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=True, optional=True,
             snippet="help the two governments move forward in the peace treaty negotiations that the leaders agreed in Singapore"),
     ],
     not_statements=[
        "My grandmother watches every bout on the internet at four in the morning",
        "He eats more rice than anyone here and never complains about morning practice",
        "which Japan calls the Northern Territories and Russia the Southern Kurils, lie only a few dozen kilometers",
        "I am a sumo wrestler, not a politician",
        "Russian envoy says Singapore deal gives momentum to talks",
        "Hokuseiryu, born in Yuzhno-Sakhalinsk, poses with Russian Ambassador Mikhail Galuzin",
        "Sakhalin-born Hokuseiryu reaches sumo's salaried ranks",
     ]),
]
ARTICLES += [
dict(id="E20-04", outlet="NHK World",
     url="https://www3.nhk.or.jp/nhkworld/en/news/20180527_05/",
     published="2018-05-27",
     title="Abe, Putin open Japan Year in Russia at the Bolshoi",
     text="""NHK WORLD-JAPAN
News | Top Stories | Japan | World | Business | Sports | Video | Radio
Live | Schedule | Language

Abe, Putin open Japan Year in Russia at the Bolshoi
May 27, 2018 05:20 JST

Japanese Prime Minister Shinzo Abe and Russian President Vladimir Putin have attended a ceremony in Moscow to open the Japan Year in Russia, a program of cultural events that will run through next year.

The ceremony was held on Saturday evening at the Bolshoi Theater, a few hours after the two leaders held talks at the Kremlin.

In his address, Abe said he wanted Russians to get to know Japan "not only through sushi and anime, but through the warmth of its people." He said more than 200 events, from kabuki to a taiko drum tour, are planned in cities across Russia.

Putin said interest in Japanese culture in his country is enormous, noting that Japanese language classes in Russian cities fill up every year. He said the Russia Year in Japan would give Japanese audiences a chance to see a Russia that is different from the one in news headlines.

The audience watched performances by taiko drummers from Japan and a joint orchestra of young Russian and Japanese musicians. The official logo of the cross years, a cherry blossom entwined with a birch leaf, was projected on the stage under the motto "Japan and Russia: closer than you think."

"I have studied Japanese for three years, and tonight I felt the two countries are really neighbors," said a university student from Moscow who was in the audience.

At a joint news conference after the talks, Abe said the two leaders agreed to send a business mission to the Northern Territories this summer to study five possible projects, including seafood farming and tourism.

Abe also told reporters, "I intend to move forward steadily toward concluding a peace treaty with President Putin, by resolving the issue of the attribution of the four islands."

Putin said trade between the two countries grew by about 15 percent last year and that Russia wants Japanese companies to take part in energy and port projects in the Far East.

The Japanese government maintains that the four Russian-held islands are an integral part of Japan's territory, and that the dispute must be settled before a peace treaty can be signed.

Related Stories
Japan-Russia business mission to visit disputed islands
Kabuki troupe to tour Moscow and St. Petersburg

Share Tweet""",
     expected=[
        dict(speaker="Shinzo Abe", treaty=False,
             snippet="not only through sushi and anime, but through the warmth of its people"),
        dict(speaker="Vladimir Putin", treaty=False,
             snippet="interest in Japanese culture in his country is enormous, noting that Japanese language classes"),
        dict(speaker="Vladimir Putin", treaty=False,
             snippet="give Japanese audiences a chance to see a Russia that is different from the one in news headlines"),
        dict(speaker="Shinzo Abe", treaty=False,
             snippet="send a business mission to the Northern Territories this summer to study five possible projects"),
        dict(speaker="Shinzo Abe", treaty=True,
             snippet="I intend to move forward steadily toward concluding a peace treaty with President Putin"),
        dict(speaker="Vladimir Putin", treaty=False,
             snippet="Russia wants Japanese companies to take part in energy and port projects in the Far East"),
     ],
     not_statements=[
        "Japan and Russia: closer than you think.",
        "I have studied Japanese for three years, and tonight I felt the two countries are really neighbors",
        "The Japanese government maintains that the four Russian-held islands are an integral part of Japan's territory",
        "the dispute must be settled before a peace treaty can be signed",
        "Japan-Russia business mission to visit disputed islands",
        "Abe, Putin open Japan Year in Russia at the Bolshoi",
     ]),

dict(id="E20-05", outlet="The Asahi Shimbun",
     url="https://www.asahi.com/ajw/articles/AJ201706100021.html",
     published="2017-06-10",
     title="Bolshoi dancers open 'Russian Seasons' festival in Tokyo",
     text="""THE ASAHI SHIMBUN
ASIA & JAPAN WATCH
Home | Politics | Economy | Social Affairs | Culture | Sci & Tech | Asia | Opinion

CULTURE

Bolshoi dancers open 'Russian Seasons' festival in Tokyo

By KAORI NAKAMURA/ Staff Writer
June 10, 2017 at 17:40 JST

Photo/Illutration: Dancers of the Bolshoi Ballet take a bow at the opening of the Russian Seasons festival in Tokyo on June 9. (Kaori Nakamura)

The curtain went up on Friday on "Russian Seasons," a festival that will bring more than 200 Russian concerts, exhibitions and film screenings to some 40 Japanese cities through the end of the year.

The opening gala at a Tokyo concert hall featured scenes from "Swan Lake" and "Spartacus" danced by Bolshoi soloists, followed by a set by a Siberian folk choir.

"Japanese audiences are very quiet during the performance and then explode at the end. We love dancing for them," said one of the Bolshoi soloists backstage.

Russian Culture Minister Vladimir Medinsky, who led the Russian delegation, said it was the largest Russian cultural program ever staged abroad. "We have brought to Japan the best we have, from classical ballet to contemporary art," he said in his speech.

Medinsky also announced that the festival would be held in a different country every year, with Japan chosen as the first host because of the "special interest" Japanese people have shown in Russian literature and music.

Foreign Minister Fumio Kishida, who attended the gala, said he hoped the festival would help "deepen understanding between our peoples at every level, from children to the elderly." He added that the number of Japanese visitors to Vladivostok had risen sharply since Russia introduced simplified electronic visas.

Russian Ambassador to Japan Evgeny Afanasiev told The Asahi Shimbun on the sidelines that the embassy was planning a series of Russian cooking classes and a Chekhov reading in Sapporo this autumn.

A woman from Saitama Prefecture who came with her daughter said they had waited four hours for tickets. "My daughter started ballet because of a Bolshoi video. Seeing them in person was a dream," she said.

The festival comes as Tokyo and Moscow explore joint economic activities on the four islands off Hokkaido known in Japan as the Northern Territories. Relations have warmed since President Vladimir Putin visited Japan in December, although the territorial row remains unresolved.

The festival's slogan, displayed on banners across the hall, reads "Russia: a country of a thousand seasons."

RELATED ARTICLES
Russian and Japanese officials tour disputed isles for joint projects
Tokyo exhibition brings Tretyakov masterpieces to Japan

About this article
Share""",
     expected=[
        dict(speaker="Vladimir Medinsky", treaty=False,
             snippet="We have brought to Japan the best we have, from classical ballet to contemporary art"),
        dict(speaker="Vladimir Medinsky", treaty=False,
             snippet="the festival would be held in a different country every year, with Japan chosen as the first host"),
        dict(speaker="Fumio Kishida", treaty=False,
             snippet="deepen understanding between our peoples at every level, from children to the elderly"),
        dict(speaker="Fumio Kishida", treaty=False,
             snippet="the number of Japanese visitors to Vladivostok had risen sharply since Russia introduced simplified electronic visas"),
        dict(speaker="Evgeny Afanasiev", alt=["Russian Embassy in Japan"], treaty=False,
             snippet="planning a series of Russian cooking classes and a Chekhov reading in Sapporo this autumn"),
     ],
     not_statements=[
        "Japanese audiences are very quiet during the performance and then explode at the end",
        "My daughter started ballet because of a Bolshoi video. Seeing them in person was a dream",
        "The festival comes as Tokyo and Moscow explore joint economic activities on the four islands off Hokkaido",
        "although the territorial row remains unresolved",
        "Russia: a country of a thousand seasons.",
        "Russian and Japanese officials tour disputed isles for joint projects",
        "Dancers of the Bolshoi Ballet take a bow at the opening of the Russian Seasons festival",
     ]),
]
ARTICLES += [
dict(id="E20-06", outlet="Kyodo",
     url="https://english.kyodonews.net/news/2019/06/9a31d2c0e5f1-russian-residents-of-disputed-isles-visit-nemuro.html",
     published="2019-06-15",
     title="Russian residents of disputed isles visit Nemuro under visa-free program",
     text="""KYODO NEWS
Home | Japan | World | Business | Sports | Science | Videos | Photos | Search

Russian residents of disputed isles visit Nemuro under visa-free program

KYODO NEWS - Jun 15, 2019 - 17:32 | Japan, World

NEMURO, Japan - A group of 48 Russian residents of the islands off Hokkaido arrived in the eastern Hokkaido city of Nemuro on Saturday for a five-day stay under a visa-free exchange program, visiting schools, a hospital and local homes.

The visitors, from Kunashiri and Shikotan, were greeted at the port by schoolchildren waving small Japanese and Russian flags. A large banner at the city hall nearby read "Return the four islands to Japan," as it has for decades.

"We have watched Japanese cartoons since we were small. Now I can finally see a real Japanese school," said a 14-year-old girl from Kunashiri, who was taking part in the program for the first time.

Nemuro Mayor Masatoshi Ishigaki welcomed the group at a reception in the evening. "Whatever our governments discuss, we are neighbors who share the same sea and the same weather," he said in a speech translated into Russian.

The mayor said the city would open a Russian-language corner at its library this year and that he wanted more Nemuro high school students to join the exchanges in the other direction.

Yelena Sokolova, deputy head of the South Kuril district administration, who led the Russian delegation, said many islanders hoped to use the exchanges to get medical checkups in Japan. "Our hospital on the island is small, and for serious cases people must fly to Sakhalin," she said.

Sokolova also thanked the city for the Japanese language textbooks it has sent to the island's school since 2016 and invited Nemuro residents to visit Kunashiri for a music festival in August.

A Nemuro couple who will host two of the visitors said they had prepared crab and sushi for dinner. "Last year our guests cried when they left. We still write letters to each other," the wife said.

The visa-free exchanges began in 1992 and allow Japanese nationals and Russian islanders to travel between Hokkaido and the four islands without passports or visas, so that neither side is seen as accepting the other's jurisdiction.

Japan calls the islands the Northern Territories and Russia the Southern Kurils. They were seized by the Soviet Union at the end of World War II.

Photo: Russian residents of the disputed islands are welcomed by schoolchildren at Nemuro port in Hokkaido on June 15, 2019. (Kyodo)

Related coverage:
Japanese visa-free delegation visits Shikotan school
Former islanders fly to Kunashiri for grave visits

Share: Twitter | Facebook | Email""",
     expected=[
        dict(speaker="Masatoshi Ishigaki", alt=["Ishigaki", "石垣雅敏"], treaty=False,
             snippet="we are neighbors who share the same sea and the same weather"),
        dict(speaker="Masatoshi Ishigaki", alt=["Ishigaki", "石垣雅敏"], treaty=False,
             snippet="the city would open a Russian-language corner at its library this year"),
        dict(speaker="Yelena Sokolova", treaty=False,
             snippet="many islanders hoped to use the exchanges to get medical checkups in Japan"),
        dict(speaker="Yelena Sokolova", treaty=False,
             snippet="Our hospital on the island is small, and for serious cases people must fly to Sakhalin"),
        dict(speaker="Yelena Sokolova", treaty=False,
             snippet="invited Nemuro residents to visit Kunashiri for a music festival in August"),
     ],
     not_statements=[
        "A large banner at the city hall nearby read \"Return the four islands to Japan,\" as it has for decades.",
        "We have watched Japanese cartoons since we were small. Now I can finally see a real Japanese school",
        "Last year our guests cried when they left. We still write letters to each other",
        "so that neither side is seen as accepting the other's jurisdiction",
        "Japan calls the islands the Northern Territories and Russia the Southern Kurils.",
        "Russian residents of the disputed islands are welcomed by schoolchildren at Nemuro port",
        "Russian residents of disputed isles visit Nemuro under visa-free program",
     ]),

dict(id="E20-07", outlet="The Moscow Times",
     url="https://www.themoscowtimes.com/2021/09/10/cruise-ships-and-volcanoes-the-kurils-bet-on-tourism-a74987",
     published="2021-09-10",
     title="Cruise Ships and Volcanoes: The Kurils Bet on Tourism",
     text="""The Moscow Times
Independent news from Russia
News | Opinion | Business | Arts & Life | Meanwhile | Podcasts

Arts & Life

Cruise Ships and Volcanoes: The Kurils Bet on Tourism

Sept. 10, 2021
By Daria Volkova

The Iturup airport arrivals hall is the size of a school gym, but this summer it has seldom been empty. Hikers in trekking boots, fishermen with rod cases and photographers with long lenses wait for the bus into Kurilsk, the island's only real town.

The Kurils, a chain of volcanic islands stretching from Kamchatka to Hokkaido, have long been one of Russia's most remote corners. The southern islands, which Japan calls its Northern Territories, have been at the center of a dispute between Moscow and Tokyo since 1945.

This year, with foreign travel largely closed by the pandemic, Russians discovered them. Small expedition cruise ships sailed from Korsakov on Sakhalin on eight-day loops, stopping at hot springs, bird cliffs and the white pumice beaches of Iturup.

"People come for two days and stay for ten. You cannot see the Baransky volcano and just leave," said Igor, a guide who has led groups on Iturup for six years.

Sakhalin Governor Valery Limarenko has made tourism a priority. "The Kurils can receive 50,000 tourists a year by 2025, but only if we build hotels, roads and a proper port on every island," he told a regional tourism forum in August.

Limarenko said the region would subsidize flights for young people from the mainland and that a new passenger terminal on Kunashir would open next year.

Earlier this month, President Vladimir Putin proposed a special tax-free regime for businesses on the Kurils, saying it should be open to Russian and foreign investors, including Japanese companies.

Japan reacted coolly. Chief Cabinet Secretary Katsunobu Kato told reporters in Tokyo that the four islands are an inherent part of Japan's territory and that any Russian economic regime there that ignores Japan's legal position is unacceptable.

Japan's Foreign Ministry has for decades asked its citizens not to travel to the islands on Russian visas, saying this would amount to accepting Russian jurisdiction over Japanese territory.

Kato added that Tokyo wanted to discuss the timing of the next round of visa-free exchanges with Moscow once the coronavirus situation improves.

For the tourists, politics seems far away. "I did not know anything about the dispute. I came for the bears and the hot springs," said Anna, a schoolteacher from Novosibirsk, as she waited for a boat to a salmon river.

Prices remain steep: an eight-day cruise costs around 200,000 rubles, and flights are often cancelled because of fog.

Read more:
Putin Offers Tax Breaks on Disputed Kuril Islands
Sakhalin Hopes Oil Riches Will Fund a Tourism Boom

Share this article""",
     expected=[
        dict(speaker="Valery Limarenko", treaty=False,
             snippet="The Kurils can receive 50,000 tourists a year by 2025, but only if we build hotels, roads"),
        dict(speaker="Valery Limarenko", treaty=False,
             snippet="the region would subsidize flights for young people from the mainland"),
        dict(speaker="Vladimir Putin", treaty=False,
             snippet="it should be open to Russian and foreign investors, including Japanese companies"),
        dict(speaker="Katsunobu Kato", alt=["Japanese government"], treaty=True,
             snippet="the four islands are an inherent part of Japan's territory and that any Russian economic regime"),
        dict(speaker="Japanese Foreign Ministry", alt=["Japanese government"], treaty=True, optional=True,
             snippet="saying this would amount to accepting Russian jurisdiction over Japanese territory"),
        dict(speaker="Katsunobu Kato", alt=["Japanese government"], treaty=False,
             snippet="wanted to discuss the timing of the next round of visa-free exchanges with Moscow"),
     ],
     not_statements=[
        "The southern islands, which Japan calls its Northern Territories, have been at the center of a dispute",
        "People come for two days and stay for ten. You cannot see the Baransky volcano and just leave",
        "I did not know anything about the dispute. I came for the bears and the hot springs",
        "Prices remain steep: an eight-day cruise costs around 200,000 rubles",
        "Putin Offers Tax Breaks on Disputed Kuril Islands",
        "Cruise Ships and Volcanoes: The Kurils Bet on Tourism",
     ]),
]
ARTICLES += [
dict(id="E20-08", outlet="Sputnik",
     url="https://sputniknews.com/20190611/sakhalin-hokkaido-ferry-season-opens-1075763120.html",
     published="2019-06-11",
     title="Sakhalin-Hokkaido Ferry Opens Summer Season With Record Bookings",
     text="""Sputnik International
World | Russia | Business | Military | Society | Science & Tech | Multimedia

Society
Sakhalin-Hokkaido Ferry Opens Summer Season With Record Bookings
17:04 GMT 11.06.2019
Get short URL
Subscribe

The high-speed ferry between the Russian port of Korsakov and the Japanese town of Wakkanai has started its summer season, with tickets for July and August almost sold out, the regional authorities said.

YUZHNO-SAKHALINSK (Sputnik) - The first voyage of the season left Korsakov on Tuesday morning with 160 passengers on board, among them a children's dance group from Yuzhno-Sakhalinsk heading for a festival in Hokkaido.

The crossing of La Perouse Strait, about 160 kilometers, takes less than five hours in good weather.

"For us Hokkaido is closer than Moscow. It takes one day to get to Japan and nine hours of flying to get to the capital," said Sergei, a passenger who travels to Wakkanai twice a year to buy car parts.

Sakhalin acting Governor Valery Limarenko said the ferry was "a living bridge" between the island and Japan. "Every summer this boat carries businessmen, tourists and schoolchildren. We want it to sail not four months a year but at least six," Limarenko said.

The acting governor added that the regional government was in talks with Japanese partners about building a new terminal in Korsakov and would help the operator lease a larger vessel from 2021.

Oksana Belova, head of Sakhalin's regional tourism agency, said more than 3,000 Japanese visitors had come to the island on the ferry last year, many of them elderly people who were born in Karafuto, as southern Sakhalin was called before 1945.

"Japanese tourists want to see the old buildings from the Japanese period and to taste our crab and red caviar," Belova said.

On the Japanese side, Wakkanai deputy mayor Takeshi Hamada told reporters that the city would hold a Russian food market at the port during the summer. "Wakkanai lives by its ties with Sakhalin. The ferry is our lifeline," Hamada said.

The ferry service was suspended in 2015 after its Japanese operator withdrew because of losses, and was revived the following year by a Sakhalin company.

Relations between Moscow and Tokyo are complicated by the absence of a peace treaty after World War II. Japan claims the southern Kuril Islands of Iturup, Kunashir, Shikotan and Habomai.

Related:
Japanese Tourists Flock to Sakhalin to See Karafuto-Era Buildings
Russia, Japan Discuss Visa Simplification for Business Travelers""",
     expected=[
        dict(speaker="Valery Limarenko", treaty=False,
             snippet="We want it to sail not four months a year but at least six"),
        dict(speaker="Valery Limarenko", treaty=False,
             snippet="in talks with Japanese partners about building a new terminal in Korsakov"),
        dict(speaker="Oksana Belova", treaty=False,
             snippet="more than 3,000 Japanese visitors had come to the island on the ferry last year"),
        dict(speaker="Oksana Belova", treaty=False,
             snippet="Japanese tourists want to see the old buildings from the Japanese period"),
        dict(speaker="Takeshi Hamada", treaty=False,
             snippet="Wakkanai lives by its ties with Sakhalin. The ferry is our lifeline"),
        dict(speaker="Takeshi Hamada", treaty=False,
             snippet="the city would hold a Russian food market at the port during the summer"),
     ],
     not_statements=[
        "For us Hokkaido is closer than Moscow. It takes one day to get to Japan",
        "The ferry service was suspended in 2015 after its Japanese operator withdrew because of losses",
        "Relations between Moscow and Tokyo are complicated by the absence of a peace treaty after World War II.",
        "Japan claims the southern Kuril Islands of Iturup, Kunashir, Shikotan and Habomai.",
        "Japanese Tourists Flock to Sakhalin to See Karafuto-Era Buildings",
        "Sakhalin-Hokkaido Ferry Opens Summer Season With Record Bookings",
     ]),

dict(id="E20-09", outlet="Japan Today",
     url="https://japantoday.com/category/national/russian-skater-zagitova-gets-akita-puppy-masaru",
     published="2018-05-27",
     title="Russian skater Zagitova gets Akita puppy Masaru",
     text="""JAPAN TODAY
News | Features | Entertainment | Lifestyle | Tech | Business | Sports | Opinions
National

Russian skater Zagitova gets Akita puppy Masaru

MOSCOW
May 27, 2018 07:10 am JST
8 Comments

Olympic figure skating champion Alina Zagitova on Saturday received a female Akita puppy named Masaru from a Japanese dog preservation society at a ceremony in Moscow, fulfilling a wish she expressed during the Pyeongchang Games.

The 16-year-old, dressed in a kimono for the occasion, hugged the fluffy, three-month-old dog and said she had dreamed of having an Akita for a long time.

The Akita breed, native to northern Japan, became widely known abroad through the story of Hachiko, the dog that waited for its dead master at Shibuya Station for nearly a decade.

Akita Gov Norihisa Satake, who sent a video message to the ceremony, said the prefecture was "delighted that a great athlete will raise a dog from our land." Satake said Akita would invite Zagitova to visit the prefecture and see the place where Masaru was born.

"Akita dogs are loyal and calm, but they need a firm and loving owner. I am sure she will be one," the governor said.

Satake, whose prefecture gave an Akita named Yume to President Vladimir Putin in 2012 as thanks for Russian help after the 2011 earthquake and tsunami, added that the two dogs had turned Akita into "the best-known prefecture in Russia."

In Tokyo, Chief Cabinet Secretary Yoshihide Suga said at a regular press conference that the gift was a heartwarming example of friendship between ordinary people in Japan and Russia and would help bring the two nations closer.

Kremlin spokesman Dmitry Peskov, asked about the president's own dog, said Yume was in good health and lived at the president's residence outside Moscow. "She is not a puppy anymore, but she still greets the president first when he comes home," Peskov said.

The ceremony came on the same day Prime Minister Shinzo Abe held talks with Putin in the Kremlin, where they discussed joint economic activities on the Russian-held islands off Hokkaido.

A representative of the dog preservation society said Masaru had been trained to get used to traveling and would be checked by a vet every month.

(c) KYODO

8 Comments
Login to comment

sakura_in_hokkaido: Lovely story. Dogs do more for Japan-Russia friendship than all the summits.

RealistOsaka: Nice puppy, but I would rather see the four islands come back first.

tokyonomad: Poor dog, Moscow winters are long. Then again Akita winters are not short either.

Related Stories
Abe, Putin agree to send business mission to disputed islands
Zagitova wins gold, asks for an Akita dog
Putin's Akita Yume turns six""",
     expected=[
        dict(speaker="Norihisa Satake", alt=["Satake", "佐竹敬久"], treaty=False,
             snippet="delighted that a great athlete will raise a dog from our land"),
        dict(speaker="Norihisa Satake", alt=["Satake", "佐竹敬久"], treaty=False,
             snippet="Akita dogs are loyal and calm, but they need a firm and loving owner"),
        dict(speaker="Norihisa Satake", alt=["Satake", "佐竹敬久"], treaty=False,
             snippet="the two dogs had turned Akita into \"the best-known prefecture in Russia.\""),
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=False,
             snippet="the gift was a heartwarming example of friendship between ordinary people in Japan and Russia"),
        dict(speaker="Dmitry Peskov", alt=["Kremlin"], treaty=False,
             snippet="She is not a puppy anymore, but she still greets the president first when he comes home"),
     ],
     not_statements=[
        "said she had dreamed of having an Akita for a long time",
        "the dog that waited for its dead master at Shibuya Station for nearly a decade",
        "where they discussed joint economic activities on the Russian-held islands off Hokkaido",
        "Dogs do more for Japan-Russia friendship than all the summits.",
        "Nice puppy, but I would rather see the four islands come back first.",
        "Masaru had been trained to get used to traveling and would be checked by a vet every month",
        "Abe, Putin agree to send business mission to disputed islands",
     ]),
]
ARTICLES += [
dict(id="E20-10", outlet="CNN Travel",
     url="https://edition.cnn.com/travel/article/nemuro-hokkaido-japan-russia-border-town/index.html",
     published="2019-10-14",
     title="Nemuro: The Japanese town where the street signs speak Russian",
     text="""CNN travel
Destinations | Food & Drink | News | Stay | Videos

Nemuro: The Japanese town where the street signs speak Russian

By Hannah Whitfield, CNN
Updated 0412 GMT (1212 HKT) October 14, 2019

Nemuro, Japan (CNN) - At the very end of Japan's most northern main island, the road runs out at Cape Nosappu. Beyond the lighthouse, across a stretch of gray water, the low shapes of islands float on the horizon.

They are close enough to see the houses on a clear day. They are also, for most travelers, impossible to reach: the islands, which Japan calls the Northern Territories and Russia the Southern Kurils, have been held by Moscow since the final days of World War II.

Nemuro, a fishing town of about 25,000, lives with that view. Its street signs are written in Japanese, English and Russian, and a shop near the port sells fur hats, matryoshka dolls and Russian chocolate to sailors from the crab boats that unload here.

"The Russians buy used cars, tires and rice cookers. On a good day I speak more Russian than Japanese," laughs the owner of a secondhand appliance shop near the harbor.

At the cape, a museum devoted to the islands displays old photographs, school uniforms and fishing gear left behind by the 17,000 Japanese who had to leave. A caption under a photo of a village on Shikotan reads: "Our hometown, where we will one day return." Outside, a huge arch holds a flame that, a sign says, will burn until the islands are given back.

Kenta Mori, head of the city's tourism section, says the number of foreign visitors has tripled in five years, most of them from Taiwan, Hong Kong and, increasingly, Russia's Far East. "They come for crab, for the bird-watching and for the silence. Nemuro in winter is a place where you hear your own footsteps," Mori says.

The city plans to offer a two-day "border tour" next year, combining the cape, a boat trip to watch sea otters and a crab breakfast at the morning market, he adds.

Hokkaido Governor Naomichi Suzuki, who took office in April, has set a target of 5 million foreign visitors to the island a year by 2020. In an interview with CNN, he said eastern Hokkaido had "some of the last truly wild landscapes in Asia" and that the prefecture was lobbying for direct flights from Vladivostok and Yuzhno-Sakhalinsk to Kushiro.

"We want Russian tourists to come not only to Sapporo for shopping but to the east, to the places closest to them," Suzuki said.

Guides here like to point out that the nearest island, Kaigara, is only 3.7 kilometers away. "When the wind blows from the east you can sometimes hear the Russian border guards' dogs barking," says one, who has taken visitors to the cape for 20 years.

If you go:
Getting there: Fly from Tokyo to Nemuro-Nakashibetsu airport, then take a bus or rent a car (about 90 minutes).
When to go: June to September for flowers and clear views; February for drift ice and eagles.
Where to eat: The morning market near the port serves hanasaki crab, named after the town's peninsula.

Photos: The lighthouse at Cape Nosappu, Japan's easternmost point that can be reached by land; a museum display of life on the islands before 1945.

More from CNN Travel:
Hokkaido's drift ice: A winter spectacle
Sakhalin: Russia's island at the edge of Japan""",
     expected=[
        dict(speaker="Kenta Mori", treaty=False,
             snippet="the number of foreign visitors has tripled in five years, most of them from Taiwan, Hong Kong"),
        dict(speaker="Kenta Mori", treaty=False,
             snippet="They come for crab, for the bird-watching and for the silence"),
        dict(speaker="Kenta Mori", treaty=False,
             snippet="The city plans to offer a two-day \"border tour\" next year, combining the cape"),
        dict(speaker="Naomichi Suzuki", alt=["Suzuki", "鈴木直道"], treaty=False,
             snippet="the prefecture was lobbying for direct flights from Vladivostok and Yuzhno-Sakhalinsk to Kushiro"),
        dict(speaker="Naomichi Suzuki", alt=["Suzuki", "鈴木直道"], treaty=False,
             snippet="We want Russian tourists to come not only to Sapporo for shopping but to the east"),
     ],
     not_statements=[
        "the islands, which Japan calls the Northern Territories and Russia the Southern Kurils, have been held by Moscow",
        "The Russians buy used cars, tires and rice cookers. On a good day I speak more Russian than Japanese",
        "Our hometown, where we will one day return.",
        "a huge arch holds a flame that, a sign says, will burn until the islands are given back",
        "When the wind blows from the east you can sometimes hear the Russian border guards' dogs barking",
        "a museum display of life on the islands before 1945",
        "Nemuro: The Japanese town where the street signs speak Russian",
     ]),

dict(id="E20-11", outlet="BBC News",
     url="https://www.bbc.com/news/world-asia-47995612",
     published="2019-04-21",
     title="Ainu: Japan recognises indigenous people as Russia makes its own move",
     text="""BBC
Home | News | Sport | Weather | iPlayer | Sounds
NEWS
Home | Coronavirus | UK | World | Business | Politics | Tech | Science | Health
World | Asia

Ainu: Japan recognises indigenous people as Russia makes its own move

21 April 2019

Image caption: Ainu dancers perform at a cultural centre in Hokkaido

Japan's parliament has passed a law that for the first time recognises the Ainu of the northern island of Hokkaido as an indigenous people.

The Ainu, who once lived across Hokkaido, southern Sakhalin and the Kuril Islands, were forced to assimilate during Japan's modernisation in the 19th Century, losing their land, language and fishing rights.

"My grandmother was told to stop speaking Ainu at school. Now the government says our culture is precious. It is late, but it matters," said a 52-year-old woodcarver in the town of Biratori.

Chief Cabinet Secretary Yoshihide Suga told reporters the law was an important step towards a society in which the Ainu could live with pride, and said a national Ainu museum would open in Shiraoi next year.

The Ainu question has also reached Moscow. In December, President Vladimir Putin agreed at a meeting of his human rights council that the Ainu should be added to the official list of Russia's indigenous peoples, after an activist told him that a few hundred people in the Far East identify as Ainu.

Some Russian commentators suggested the move could strengthen Moscow's historical claim to the Kuril Islands, arguing that the Ainu lived there long before either Russians or Japanese arrived.

Asked about the Russian step, Mr Suga said Japan's position that the Northern Territories are an inherent part of Japanese territory would not change in any way, whatever Russia decided about the Ainu.

The government's top spokesman added that Tokyo would continue to support Ainu cultural exchanges with Russia, including visits by Ainu groups to Sakhalin.

Historians say Ainu communities on the Kurils were moved to Shikotan in the 1880s and largely disappeared within a generation.

"Nobody asked the Ainu who the islands belong to. They were our islands before there were any borders," said an Ainu activist from Sapporo.

Who are the Ainu?
- Indigenous people of northern Japan and parts of Russia's Far East
- About 13,000 people identified as Ainu in a 2017 Hokkaido survey, though the real number is thought to be much higher
- Fewer than 10 people are believed to speak the language fluently

Related Topics
Japan | Russia | Indigenous peoples

More on this story
Japan's Ainu: Fighting to keep a culture alive
Putin and Abe agree to speed up island talks

Share this with Facebook Twitter Email""",
     expected=[
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=False,
             snippet="the law was an important step towards a society in which the Ainu could live with pride"),
        dict(speaker="Vladimir Putin", treaty=False,
             snippet="the Ainu should be added to the official list of Russia's indigenous peoples"),
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=True,
             snippet="Japan's position that the Northern Territories are an inherent part of Japanese territory would not change"),
        dict(speaker="Yoshihide Suga", alt=["Japanese government"], treaty=False,
             snippet="Tokyo would continue to support Ainu cultural exchanges with Russia, including visits by Ainu groups"),
     ],
     not_statements=[
        "My grandmother was told to stop speaking Ainu at school",
        "Some Russian commentators suggested the move could strengthen Moscow's historical claim to the Kuril Islands",
        "Historians say Ainu communities on the Kurils were moved to Shikotan in the 1880s",
        "Nobody asked the Ainu who the islands belong to. They were our islands before there were any borders",
        "Putin and Abe agree to speed up island talks",
        "Ainu dancers perform at a cultural centre in Hokkaido",
        "Ainu: Japan recognises indigenous people as Russia makes its own move",
     ]),
]
ARTICLES += [
dict(id="E20-12", outlet="RT",
     url="https://www.rt.com/sport/474110-nhk-trophy-sapporo-russian-skaters-fans/",
     published="2019-11-23",
     title="'They know our names better than we do': Russian skaters charm Japanese fans in Sapporo",
     text="""RT
Home | Russia | World News | Business | Sport | Op-ed | Shows | Projects
Trends: Figure skating | Russia-Japan | Grand Prix

Sport
'They know our names better than we do': Russian skaters charm Japanese fans in Sapporo

Published time: 23 Nov, 2019 12:15
Edited time: 23 Nov, 2019 14:02
Get short URL

Russia's teenage figure skaters have been met with banners, soft toys and handwritten letters in Sapporo, where the NHK Trophy, the sixth stage of the ISU Grand Prix series, is under way this weekend.

Hundreds of Japanese fans lined up outside the team hotel on Friday, many holding signs written in careful Russian letters. After the short program, the ice at the Makomanai arena was covered with presents thrown for the Russian women.

"They know our names better than we do, and they know every element in our programs. Skating in Japan is like skating at home," said one of the Russian skaters after finishing second in the short program.

Her coach, speaking to Russian television, said Japanese audiences were "the most educated figure skating fans in the world."

Russian Foreign Ministry spokeswoman Maria Zakharova wrote on Facebook that she had been moved by videos of the Sapporo crowd. "Japanese fans applaud every good jump, whatever the flag. This is what real sporting friendship between our peoples looks like," Zakharova wrote.

Zakharova added that the ministry had asked the Russian consulate in Sapporo to help the team's supporters from the Far East with visas and tickets, and that similar help would be offered for the Tokyo Olympics next year.

Russia's ambassador to Japan, Mikhail Galuzin, who watched the competition from the stands, told RT that figure skating had become "one of the strongest threads" connecting young Russians and Japanese.

The envoy said the embassy would host a reception for the Russian team in Tokyo on Monday and invite Japanese skaters as well.

Japanese fan Yuki, 34, who flew from Osaka for the event, said she started learning Russian two years ago "to read interviews with the skaters without a translator."

Relations between Moscow and Tokyo remain clouded by a dispute over the southern Kuril Islands, which Japan claims as its Northern Territories, but the two sides have agreed on a series of youth and sports exchanges for 2020.

Read more:
Figure skating queen gets another Akita puppy from Japanese fans
Tokyo 2020: Russian athletes to train in Hokkaido before the Games

Subscribe to RT newsletter""",
     expected=[
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False,
             snippet="Japanese fans applaud every good jump, whatever the flag"),
        dict(speaker="Maria Zakharova", alt=["Russian Foreign Ministry"], treaty=False,
             snippet="asked the Russian consulate in Sapporo to help the team's supporters from the Far East with visas and tickets"),
        dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=False,
             snippet="figure skating had become \"one of the strongest threads\" connecting young Russians and Japanese"),
        dict(speaker="Mikhail Galuzin", alt=["Russian Embassy in Japan"], treaty=False,
             snippet="the embassy would host a reception for the Russian team in Tokyo on Monday"),
     ],
     not_statements=[
        "They know our names better than we do, and they know every element in our programs",
        "the most educated figure skating fans in the world",
        "to read interviews with the skaters without a translator",
        "Relations between Moscow and Tokyo remain clouded by a dispute over the southern Kuril Islands",
        "which Japan claims as its Northern Territories",
        "Trends: Figure skating | Russia-Japan | Grand Prix",
        "Figure skating queen gets another Akita puppy from Japanese fans",
     ]),

dict(id="E20-13", outlet="The Mainichi",
     url="https://mainichi.jp/english/articles/20230818/p2a/00m/0na/015000c",
     published="2023-08-18",
     title="Aging former islanders ask PM Kishida to restart grave visits to Russian-held isles",
     text="""The Mainichi
Japan's National Daily Since 1922
Japan | World | Business | Sports | Opinion | Culture | Video | Photos

Aging former islanders ask PM Kishida to restart grave visits to Russian-held isles

August 18, 2023 (Mainichi Japan)

TOKYO -- Former residents of the four islands off Hokkaido held by Russia met Prime Minister Fumio Kishida at his office on Aug. 17 and handed him a petition asking the government to do everything it can to restart visits to their family graves, which have been halted since 2020.

The grave visits were first suspended because of the coronavirus pandemic. In 2022, after Japan joined Western sanctions over the invasion of Ukraine, Moscow scrapped the visa-free exchanges and suspended the peace treaty talks.

The average age of the surviving former islanders is now about 87. The petition, signed by some 4,000 people, says that "time is running out for those who wish to pray at the graves of their parents once more."

"My mother is buried on Shikotan. I am 89 now. If I cannot go next year, I may never go," said one of the delegation members, who left the island as a boy in 1947.

Another member, a woman from Nemuro, showed reporters a faded photo of her family's house near the port. "I still remember the smell of kelp drying on the beach," she said.

Kishida told the delegation that the resumption of the grave visits was one of the top priorities in Japan's relations with Russia. "I understand how painful it is for you to wait year after year. We will continue to strongly urge the Russian side to allow the visits," he said.

The prime minister also said the government would support a project to record former residents' testimonies on video, so that younger generations can learn about life on the islands.

On the territorial issue, Kishida said, "Japan's policy of resolving the territorial issue and concluding a peace treaty remains unchanged, although the situation is severe."

Chief Cabinet Secretary Hirokazu Matsuno told a news conference later the same day that Tokyo had repeatedly requested the resumption of the grave visits through diplomatic channels, but that Moscow had yet to respond.

Around 17,000 Japanese lived on the islands before Soviet forces occupied them in the closing days of World War II.

(Japanese original by Staff Writer, Political News Department)

Photo: Former residents of the Russian-held islands hand a petition to Prime Minister Fumio Kishida, center, at the Prime Minister's Office in Tokyo on Aug. 17, 2023. (Mainichi)

Related
Former islanders hold memorial ceremony at Cape Nosappu facing their hometowns
Russia pulls out of peace treaty talks with Japan over sanctions""",
     expected=[
        dict(speaker="Fumio Kishida", treaty=False,
             snippet="the resumption of the grave visits was one of the top priorities in Japan's relations with Russia"),
        dict(speaker="Fumio Kishida", treaty=False,
             snippet="We will continue to strongly urge the Russian side to allow the visits"),
        dict(speaker="Fumio Kishida", treaty=False,
             snippet="the government would support a project to record former residents' testimonies on video"),
        dict(speaker="Fumio Kishida", treaty=True,
             snippet="Japan's policy of resolving the territorial issue and concluding a peace treaty remains unchanged"),
        dict(speaker="Hirokazu Matsuno", alt=["Japanese government"], treaty=False,
             snippet="Tokyo had repeatedly requested the resumption of the grave visits through diplomatic channels"),
     ],
     not_statements=[
        "Moscow scrapped the visa-free exchanges and suspended the peace treaty talks",
        "time is running out for those who wish to pray at the graves of their parents once more",
        "My mother is buried on Shikotan. I am 89 now. If I cannot go next year, I may never go",
        "I still remember the smell of kelp drying on the beach",
        "Around 17,000 Japanese lived on the islands before Soviet forces occupied them",
        "Russia pulls out of peace treaty talks with Japan over sanctions",
        "hand a petition to Prime Minister Fumio Kishida, center, at the Prime Minister's Office",
     ]),
]
ARTICLES += [
dict(id="E20-14", outlet="Nikkei Asia",
     url="https://asia.nikkei.com/Life-Arts/Arts/Documentary-on-Shikotan-finds-audience-in-Tokyo-as-politics-stall",
     published="2024-06-22",
     title="Documentary on Shikotan finds an audience in Tokyo as politics stall",
     text="""Nikkei Asia
Home | Business | Politics | Economy | Tech | Opinion | Life & Arts | Spotlight

Life & Arts
Arts

Documentary on Shikotan finds an audience in Tokyo as politics stall

Director's portrait of one island's Russian and Japanese pasts screens at Russian film week

JUNE 22, 2024 05:00 JST
KENJI ARAI, Nikkei staff writer

TOKYO -- The first shot of "The Island Between" is a kitchen window on Shikotan: steam on the glass, a radio playing a Russian pop song, and beyond it the bay where Japanese fishing families once lived.

The 94-minute documentary by Tokyo-based director Yuki Haneda follows two people over three years: a Russian school cook who was born on the island in the 1960s, and a Japanese former resident in his late 80s who returned on visa-free trips before they were halted.

"I did not want to make a film about borders. I wanted to film two old people who love the same beach," Haneda said after a sold-out screening at a small cinema in Shibuya this week, part of an annual Russian film week organized with the Russian Embassy.

Critics have praised the film's restraint. One reviewer called it "the quietest political film of the year," noting that neither government is mentioned by name until the closing titles.

Russian Ambassador to Japan Nikolai Nozdrev, who opened the film week, said cinema was one of the few channels between the two societies that had stayed open. "Films do not need visas. Japanese audiences still want to see Russian stories, and we will keep bringing them," he said.

Nozdrev said 14 Russian feature and documentary films were being shown in Tokyo and Osaka this year, and that the embassy hoped to add screenings in Sapporo.

Speaking to reporters afterwards, the ambassador was blunt about the state of political ties. "Russia did not walk away from the peace treaty dialogue. Tokyo's sanctions made such talks impossible, and the responsibility for that lies with the Japanese side," Nozdrev said.

A Japanese Foreign Ministry official, speaking on condition of anonymity, said the ministry does not comment on individual cultural events and that its travel advisory for Russia remains in place.

The islands, which Russia controls and Japan claims, have been closed to Japanese visitors since Moscow scrapped the visa-free program in 2022. Haneda's last shoot there took place in 2021.

In one of the film's most affecting scenes, the Japanese former resident, standing among weeds where his school once stood, says simply: "This place belongs to whoever remembers it."

"The Island Between" opens in mini theaters across Japan in September.

Photo caption: A still from "The Island Between" shows the bay of Shikotan at dawn. (Courtesy of Haneda Films)

Read Next
Japanese anime fans in Moscow keep festival alive despite chill
Russia's Far East looks to Asia for tourists""",
     expected=[
        dict(speaker="Nikolai Nozdrev", alt=["Russian Embassy in Japan"], treaty=False,
             snippet="Films do not need visas. Japanese audiences still want to see Russian stories"),
        dict(speaker="Nikolai Nozdrev", alt=["Russian Embassy in Japan"], treaty=False,
             snippet="14 Russian feature and documentary films were being shown in Tokyo and Osaka this year"),
        dict(speaker="Nikolai Nozdrev", alt=["Russian Embassy in Japan"], treaty=True,
             snippet="Russia did not walk away from the peace treaty dialogue. Tokyo's sanctions made such talks impossible"),
     ],
     not_statements=[
        "I did not want to make a film about borders. I wanted to film two old people who love the same beach",
        "the quietest political film of the year",
        "the ministry does not comment on individual cultural events and that its travel advisory for Russia remains in place",
        "The islands, which Russia controls and Japan claims, have been closed to Japanese visitors",
        "This place belongs to whoever remembers it.",
        "A still from \"The Island Between\" shows the bay of Shikotan at dawn.",
        "Documentary on Shikotan finds an audience in Tokyo as politics stall",
     ]),

dict(id="E20-15", outlet="Kyodo",
     url="https://english.kyodonews.net/news/2025/05/1f7b6c3d9e02-japanese-students-in-russia-exchanges.html",
     published="2025-05-19",
     title="Handful of Japanese students keep studying in Russia despite travel warning",
     text="""KYODO NEWS
Home | Japan | World | Business | Sports | Science | Videos | Photos | Search

FEATURE: Handful of Japanese students keep studying in Russia despite travel warning

KYODO NEWS - May 19, 2025 - 11:20 | Feature, World

VLADIVOSTOK, Russia - In a lecture hall overlooking the Golden Horn Bay, a 21-year-old student from Niigata reads aloud from a Pushkin poem, stumbling over the long Russian words while her classmates smile.

She is one of fewer than 30 Japanese students enrolled at universities in Russia this academic year, down from several hundred before 2022, according to people involved in the exchanges.

"My parents were worried, and my university in Japan told me I would have no insurance. But I wanted to learn Russian from real people, not from the news," she said.

Most Japanese universities froze their exchange agreements with Russian partners after Moscow's invasion of Ukraine, and Japan's Foreign Ministry advises citizens to avoid all travel to Russia.

In the other direction, about 1,500 Russian students are studying in Japan, many of them in Hokkaido and in the Tokyo area, a number that has fallen only slightly.

Chief Cabinet Secretary Yoshimasa Hayashi, asked at a press conference in Tokyo whether the government would discourage such exchanges, said people-to-people contacts between young people were "important in themselves," but that students should take the travel advisory seriously.

"The safety of Japanese nationals is our highest priority. We ask anyone considering a stay in Russia to check the latest information carefully," Hayashi said.

The Russian Embassy in Japan said in a statement to Kyodo News that Russian universities remained open to Japanese students and that it had issued student visas to every Japanese applicant over the past year.

The embassy also said it would organize a Russian-language speech contest in Tokyo in the autumn, with a study trip to Moscow as the top prize.

A professor of Russian studies at a private university in Tokyo said the number of students choosing Russian as a second foreign language had dropped by half since 2022. "The young people who still choose it are very motivated. They are the bridge we will need one day," he said.

Relations between the two countries have been at their lowest point in decades. Russia in 2022 suspended peace treaty negotiations over Japan's sanctions, and the two sides have not held talks on the disputed islands off Hokkaido since.

Photo: A Japanese student attends a Russian-language class at a university in Vladivostok on May 14, 2025. (Kyodo)

Related coverage:
Russian students in Hokkaido find warm welcome despite chill in ties
Japan keeps highest travel warning for Russia

Share: Twitter | Facebook | Email""",
     expected=[
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=False,
             snippet="people-to-people contacts between young people were \"important in themselves,\""),
        dict(speaker="Yoshimasa Hayashi", alt=["Japanese government"], treaty=False,
             snippet="The safety of Japanese nationals is our highest priority"),
        dict(speaker="Russian Embassy in Japan", treaty=False,
             snippet="Russian universities remained open to Japanese students and that it had issued student visas"),
        dict(speaker="Russian Embassy in Japan", treaty=False,
             snippet="organize a Russian-language speech contest in Tokyo in the autumn"),
        dict(speaker="Japanese Foreign Ministry", alt=["Japanese government"], treaty=False, optional=True,
             snippet="Japan's Foreign Ministry advises citizens to avoid all travel to Russia"),
     ],
     not_statements=[
        "But I wanted to learn Russian from real people, not from the news",
        "asked at a press conference in Tokyo whether the government would discourage such exchanges",
        "They are the bridge we will need one day",
        "Russia in 2022 suspended peace treaty negotiations over Japan's sanctions",
        "the two sides have not held talks on the disputed islands off Hokkaido since",
        "Japan keeps highest travel warning for Russia",
        "A Japanese student attends a Russian-language class at a university in Vladivostok",
     ]),
]
ARTICLES += [
dict(id="E20-16", outlet="Slow Road North (travel blog)",
     url="https://slowroadnorth.wordpress.com/2013/08/12/rausu-nemuro-looking-at-kunashir/",
     published="2013-08-12",
     title="Rausu to Nemuro: staring at an island I can't visit",
     text="""SLOW ROAD NORTH
one backpack, one rail pass, too many bowls of ramen
Home | About | Japan | Russia | Gear | Contact

Rausu to Nemuro: staring at an island I can't visit

Posted on August 12, 2013 by Tom

Day 19 of the Hokkaido loop. I woke up in a minshuku in Rausu, on the east side of the Shiretoko peninsula, opened the window and there it was: Kunashir, a long blue mountain range floating on the sea, so close it looked like part of Japan. Which, if you ask the signs around here, it is.

Every town on this coast has them. A giant billboard at the Rausu roadside station says "Return the Northern Territories! Our islands, our hometown." There's another one on the fish market. By day three you stop noticing.

Quick background for anyone who, like me two weeks ago, had no idea: the Soviet Union took these islands in 1945, the Japanese who lived there were sent away, and Tokyo and Moscow still haven't signed a peace treaty because of it. In April, Prime Minister Abe flew to Moscow and he and Putin agreed to restart talks, which the lady at my minshuku described as "the same talks as always."

The free visitor guide I picked up at the station opens with a welcome message from Hokkaido's governor, Harumi Takahashi. She writes that the Shiretoko and Nemuro area is "a treasure of untouched nature that we want to share with the whole world" and promises that the prefecture will add more English signs and bus routes by next summer. (Governor, I can confirm: more buses, please.)

At the Rausu tourist office, a young town employee named Ryo Kanno gave me the whale-watching timetable and explained that the town is trying to attract more foreign visitors in winter, when drift ice fills the strait. "Our season used to be only summer. Now Europeans come in February for the eagles," he told me.

Then the bus to Nemuro (two changes, four hours, one very good onigiri). At Cape Nosappu there's an observation tower with coin-operated binoculars pointed at the islands, and a visitors' book full of messages. Someone had written "Give them back soon, for grandpa" in shaky handwriting. I didn't know what to write, so I drew a seagull.

My honest take after a week here: people are tired of the politics but not of the hope. And the crab is ridiculous.

Practical stuff:
- Rausu roadside station to Nemuro: Akan bus plus JR, check times, they change in winter
- Observation tower at Nosappu: 1,000 yen, worth it on a clear day
- Foreigners can't visit Kunashir from here: the islands are off-limits without special arrangements

Tags: Hokkaido, Shiretoko, Nemuro, Kunashir, slow travel

12 COMMENTS

Mika says:
August 13, 2013 at 9:14 am
My grandmother was born on Etorofu. She always said the snow there was softer. Thanks for writing about this.

Dan R. says:
August 13, 2013 at 4:40 pm
Did you try the hanasaki crab ramen in Nemuro? Best bowl of the trip for me.

Tom says:
August 13, 2013 at 5:02 pm
@Dan R. Twice!

Leave a Reply""",
     expected=[
        dict(speaker="Harumi Takahashi", alt=["Takahashi", "高橋はるみ"], treaty=False,
             snippet="a treasure of untouched nature that we want to share with the whole world"),
        dict(speaker="Harumi Takahashi", alt=["Takahashi", "高橋はるみ"], treaty=False,
             snippet="the prefecture will add more English signs and bus routes by next summer"),
        dict(speaker="Ryo Kanno", treaty=False, optional=True,
             snippet="the town is trying to attract more foreign visitors in winter, when drift ice fills the strait"),
     ],
     not_statements=[
        "Return the Northern Territories! Our islands, our hometown.",
        "Which, if you ask the signs around here, it is.",
        "Tokyo and Moscow still haven't signed a peace treaty because of it",
        "Prime Minister Abe flew to Moscow and he and Putin agreed to restart talks",
        "Give them back soon, for grandpa",
        "people are tired of the politics but not of the hope",
        "My grandmother was born on Etorofu. She always said the snow there was softer.",
        "Rausu to Nemuro: staring at an island I can't visit",
     ]),

dict(id="E20-17", outlet="The Japan Times",
     url="https://www.japantimes.co.jp/sports/2014/09/21/hockey/sakhalin-club-asia-league-debut-kushiro/",
     published="2014-09-21",
     title="Sakhalin club makes Asia League debut in Kushiro",
     text="""The Japan Times
NEWS | OPINION | LIFE | COMMUNITY | CULTURE | SPORTS | EVENTS
SPORTS / MORE SPORTS

Sakhalin club makes Asia League debut in Kushiro

KYODO
Sep 21, 2014

KUSHIRO, Hokkaido - Russian ice hockey arrived in eastern Hokkaido on Saturday as PSK Sakhalin, the first Russian club to join the Asia League, played its first away game against the Nippon Paper Cranes before a crowd of more than 2,000.

The Cranes won 4-2, but the visitors from Yuzhno-Sakhalinsk were applauded off the ice after a late rally that had the home fans on their feet.

"The Japanese play very fast and very clean. We learned a lot tonight, and next time we will be ready," the Sakhalin head coach said after the game.

Sakhalin Governor Alexander Khoroshavin, who sent a message read out before the face-off, said the club's entry into the league was "a new page in the sporting ties between Sakhalin and Hokkaido."

In the message, the governor said the regional government would fund charter flights for the team's supporters and hoped to host Japanese youth teams at a new ice arena in Yuzhno-Sakhalinsk next year.

"Hockey is a tough game, but after the final whistle the players shake hands. That is how good neighbors should behave," Khoroshavin said.

Kushiro Deputy Mayor Masaru Oikawa, who greeted the Russian team at the arena, said the city hoped the games would bring Russian fans to Kushiro's fish market and hot springs. "A Russian team in our league means more visitors for the whole of eastern Hokkaido," he said.

Oikawa added that Kushiro would start a direct charter flight service to Yuzhno-Sakhalinsk for the playoffs if demand was strong enough.

For Kushiro, a city with a long hockey tradition, the arrival of a Russian opponent felt special. "I have watched the Cranes since I was a child. I never thought I would see a Russian team here," said a 67-year-old retired paper mill worker in the stands.

The Asia League, which includes clubs from Japan and South Korea, expanded this season with the Sakhalin club, which plays its home games in Yuzhno-Sakhalinsk, on the island across La Perouse Strait from the northern tip of Hokkaido.

Japan and Russia have yet to sign a peace treaty because of a territorial dispute over four islands off Hokkaido.

RELATED STORIES
Cranes sign Canadian defenseman for new season
Sakhalin, Hokkaido leaders agree to expand youth exchanges

Photo caption: PSK Sakhalin players line up before their Asia League game against the Nippon Paper Cranes in Kushiro on Saturday. | KYODO""",
     expected=[
        dict(speaker="Alexander Khoroshavin", treaty=False,
             snippet="a new page in the sporting ties between Sakhalin and Hokkaido"),
        dict(speaker="Alexander Khoroshavin", treaty=False,
             snippet="the regional government would fund charter flights for the team's supporters"),
        dict(speaker="Alexander Khoroshavin", treaty=False,
             snippet="Hockey is a tough game, but after the final whistle the players shake hands"),
        dict(speaker="Masaru Oikawa", treaty=False,
             snippet="A Russian team in our league means more visitors for the whole of eastern Hokkaido"),
        dict(speaker="Masaru Oikawa", treaty=False,
             snippet="Kushiro would start a direct charter flight service to Yuzhno-Sakhalinsk for the playoffs"),
     ],
     not_statements=[
        "The Japanese play very fast and very clean. We learned a lot tonight",
        "I never thought I would see a Russian team here",
        "Japan and Russia have yet to sign a peace treaty because of a territorial dispute over four islands off Hokkaido.",
        "Sakhalin, Hokkaido leaders agree to expand youth exchanges",
        "PSK Sakhalin players line up before their Asia League game against the Nippon Paper Cranes",
        "Sakhalin club makes Asia League debut in Kushiro",
     ]),
]
ARTICLES += [
dict(id="E20-18", outlet="The Japan Times",
     url="https://www.japantimes.co.jp/culture/2026/01/24/russian-culture-festival-tokyo-frozen-ties/",
     published="2026-01-24",
     title="Russian folk dancers pack Tokyo hall as official ties stay frozen",
     text="""The Japan Times
NEWS | BUSINESS | OPINION | LIFE | CULTURE | SPORTS | EVENTS
CULTURE / STAGE

Russian folk dancers pack Tokyo hall as official ties stay frozen

BY STAFF WRITER
Jan 24, 2026

A Siberian folk dance ensemble drew a full house of about 1,800 people to a concert hall in Tokyo on Friday, as the annual Russian Culture Festival in Japan opened its 2026 program despite relations between the two governments remaining at a low ebb.

Dancers in embroidered red costumes spun across the stage to balalaika music, and the audience, many of them elderly, clapped along to the final number.

"I came to the first festival 20 years ago and I have not missed one since. Music has nothing to do with politics," said a 74-year-old woman from Chiba who brought a thermos of tea and a Russian songbook.

The festival, run by a private Japanese organizing committee since 2006, will hold about 60 concerts, exhibitions and workshops in 20 cities this year, down from more than 200 events before 2022. Its poster carries the slogan "Let culture speak when words fail."

Russian Ambassador Nikolai Nozdrev, speaking from the stage before the performance, thanked the organizers for "keeping the door open in difficult years." He said the number of Japanese who attend Russian concerts and exhibitions had stayed almost unchanged despite the chill.

"Our peoples have loved each other's music and literature for more than a century. No sanctions can cancel Tchaikovsky or Kurosawa," the envoy said.

Nozdrev also said the embassy would help organize a touring exhibition of Russian icons in Kyoto and Fukuoka in the spring.

At a regular news conference on Friday, a reporter asked Chief Cabinet Secretary Minoru Kihara whether it was appropriate for Japanese municipalities to lend venues to a festival backed by the Russian Embassy while Russia continues its war in Ukraine.

Kihara said the government does not restrict private cultural exchanges and that decisions on venues are up to each municipality. He added that Japan would keep its sanctions on Russia in place in cooperation with the Group of Seven.

On the territorial issue, the top government spokesman said the Takaichi government's policy of resolving the issue of the attribution of the four northern islands and concluding a peace treaty remains unchanged.

The Soviet Union seized the islands off Hokkaido, which Russia calls the Southern Kurils, in the closing days of World War II. Moscow suspended peace treaty negotiations in 2022.

A spokesman for the organizing committee said the festival had received no public funding since 2022 and relied on ticket sales and donations.

RELATED STORIES
Former islanders mark Northern Territories Day with call to resume grave visits
Bolshoi ballet stars perform in Tokyo gala without official backing

Photo caption: Members of a Siberian folk dance ensemble perform at the opening of the Russian Culture Festival in Japan in Tokyo on Friday. | STAFF PHOTO""",
     expected=[
        dict(speaker="Nikolai Nozdrev", alt=["Russian Embassy in Japan"], treaty=False,
             snippet="the number of Japanese who attend Russian concerts and exhibitions had stayed almost unchanged"),
        dict(speaker="Nikolai Nozdrev", alt=["Russian Embassy in Japan"], treaty=False,
             snippet="No sanctions can cancel Tchaikovsky or Kurosawa"),
        dict(speaker="Nikolai Nozdrev", alt=["Russian Embassy in Japan"], treaty=False,
             snippet="the embassy would help organize a touring exhibition of Russian icons in Kyoto and Fukuoka"),
        dict(speaker="Minoru Kihara", alt=["Japanese government"], treaty=False,
             snippet="the government does not restrict private cultural exchanges and that decisions on venues are up to each municipality"),
        dict(speaker="Minoru Kihara", alt=["Japanese government"], treaty=False,
             snippet="Japan would keep its sanctions on Russia in place in cooperation with the Group of Seven"),
        dict(speaker="Minoru Kihara", alt=["Japanese government"], treaty=True,
             snippet="policy of resolving the issue of the attribution of the four northern islands and concluding a peace treaty"),
     ],
     not_statements=[
        "I came to the first festival 20 years ago and I have not missed one since",
        "Let culture speak when words fail.",
        "a reporter asked Chief Cabinet Secretary Minoru Kihara whether it was appropriate for Japanese municipalities",
        "The Soviet Union seized the islands off Hokkaido, which Russia calls the Southern Kurils",
        "Moscow suspended peace treaty negotiations in 2022.",
        "the festival had received no public funding since 2022 and relied on ticket sales and donations",
        "Former islanders mark Northern Territories Day with call to resume grave visits",
        "Russian folk dancers pack Tokyo hall as official ties stay frozen",
     ]),
]
