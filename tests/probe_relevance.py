"""Independent probe set for treatywatch.relevance.is_relevant.

48 short news articles written for this probe (original wording, loosely modelled on the kind of events
that recur in Russia-Japan news; names of private people are fictional): 16 English, 16 Russian,
16 Japanese. In each language 8 are relevant (Russia-Japan relations are a substantial part of the
article: fisheries talks, Sakhalin LNG, sanctions and counter-sanctions, exchanges and grave visits,
drills on the islands and Japan's protest, summoned ambassadors, detentions, trade figures, Northern
Territories Day, patrol flights near Hokkaido, spy cases) and 8 are hard look-alikes (Russia-China,
Russia-US or Russia-North Korea stories naming Japan in passing; Takeshima and Senkaku disputes; Kuril
volcano, earthquake and tourism stories; culture and sports fluff; Ukraine talks and G7 statements with
Japan as donor or host; Hokkaido economy; Sakhalin weather; aggregator pages whose navigation or
"most read" links mention Russia-Japan while the article is about something else; a used-car market
story).

Labels were written before running the system and mean: would a careful human labeller say the article
is substantially about Russia-Japan relations? Borderline calls are explained in `why`.

Each entry: dict(id, language, title, text, relevant, why).
"""

ARTICLES = [
    # ------------------------------------------------------------------ English, relevant
    dict(id="V01", language="en", relevant=True,
         title="Salmon talks end with smaller quota for Hokkaido fleets",
         text="Negotiators from Tokyo and Moscow wrapped up this year's salmon and trout talks on Thursday after "
              "nearly three weeks of online sessions. The Japanese side agreed to a catch ceiling of about 1,950 "
              "tonnes inside Russia's 200-mile zone, slightly below last year's figure. The fee paid by Japanese "
              "fishing cooperatives to the Russian side will range between 200 million and 300 million yen "
              "depending on the haul. Officials at the Fisheries Agency said the talks were businesslike despite "
              "the wider chill between the two governments. Drift-net boats from Nemuro are expected to leave "
              "port in early April once Russian authorities issue the licences.",
         why="bilateral fisheries quota negotiation; never names the treaty or the islands"),
    dict(id="V02", language="en", relevant=True,
         title="Japanese buyers extend LNG deals with Sakhalin operator",
         text="Two Japanese utilities have extended their liquefied natural gas purchase agreements with the "
              "Russian company that took over the Sakhalin-2 project in 2022. Mitsui & Co. and Mitsubishi Corp. "
              "kept their combined 22.5% stake after Moscow ordered the project transferred to a new Russian "
              "entity. Tokyo argues that the gas, roughly 9% of Japan's LNG imports, is vital for energy security "
              "and has left it outside its sanctions. Critics in parliament say the deals sit uneasily with "
              "Japan's support for Ukraine. A Kremlin spokesman welcomed the extensions as proof that pragmatic "
              "partners still value Russian energy.",
         why="Japan's stake in and purchases from a Russian energy project, with both governments' positions"),
    dict(id="V03", language="en", relevant=True,
         title="Moscow bars Japanese lawmakers in response to new sanctions",
         text="Russia's foreign ministry on Monday added 13 Japanese parliamentarians and two journalists to its "
              "list of people banned from entering the country. The ministry said the step answered Tokyo's "
              "latest round of asset freezes against Russian banks and defence firms. Japan's chief cabinet "
              "secretary called the ban unacceptable and said the government would not change course. The new "
              "Japanese measures, announced last week, also widened an export ban on construction machinery and "
              "industrial robots. Relations between the neighbours have been at their lowest in decades since "
              "early 2022.",
         why="sanctions and counter-sanctions between the two governments"),
    dict(id="V04", language="en", relevant=True,
         title="Air Self-Defense Force scrambles as Russian patrol plane nears Hokkaido",
         text="Japanese fighter jets were scrambled on Tuesday after a Russian Il-38 maritime patrol aircraft "
              "flew along the coast of Hokkaido, the Defence Ministry said. The plane did not enter Japanese "
              "airspace but came within about 30 kilometres of Cape Soya before turning north. Tokyo conveyed "
              "its strong concern to the Russian embassy through diplomatic channels. It was the third such "
              "flight this month, and the Joint Staff said scrambles against Russian aircraft had risen for a "
              "second year. Russia's defence ministry called the mission a routine flight over neutral waters.",
         why="Russian military flight near Japan, Japanese scramble and diplomatic concern"),
    dict(id="V05", language="en", relevant=True,
         title="Tokyo police refer ex-Russian trade official to prosecutors in spying case",
         text="The Metropolitan Police Department has referred a former official of the Russian trade "
              "representation in Tokyo to prosecutors on suspicion of obtaining confidential information from a "
              "Japanese engineer. Investigators say the man, who has already left the country, paid the engineer "
              "in cash over several meetings at restaurants in the capital. The engineer worked for a company "
              "that makes parts used in semiconductor production. Police asked the Russian embassy to make the "
              "former official available for questioning but received no answer. It is the latest in a string "
              "of espionage cases involving Russian diplomats in Japan.",
         why="Russian espionage case in Japan involving the Russian embassy"),
    dict(id="V06", language="en", relevant=True,
         title="Japanese businessman held in Vladivostok, Tokyo seeks consular access",
         text="A Japanese national who ran a seafood trading firm in Vladivostok has been detained by Russian "
              "security officers, the Foreign Ministry in Tokyo confirmed on Wednesday. Russian media said the man "
              "is suspected of smuggling crab products, a charge that can bring several years in prison. "
              "Japanese consular staff have asked to visit him and are pressing for details of the accusations. "
              "The case follows the brief detention of a Japanese diplomat in the city in 2022, which led to "
              "tit-for-tat expulsions. Business groups say the arrest will further discourage the few Japanese "
              "companies still working in the Russian Far East.",
         why="detention of a Japanese citizen in Russia, consular dispute between the governments"),
    dict(id="V07", language="en", relevant=True,
         title="Thousands rally in Tokyo on Northern Territories Day",
         text="Former islanders and their descendants gathered in central Tokyo on Friday for the annual rally "
              "demanding the return of four islands off Hokkaido held by Russia since 1945. The prime minister "
              "told the audience that Japan would keep seeking a solution to the territorial issue and a peace "
              "treaty, although negotiations have been frozen since Moscow walked out in 2022. The average age of "
              "surviving former residents is now over 88, organisers said. Speakers urged the government to at "
              "least win back permission for family visits to graves on the islands. The Russian embassy issued "
              "a statement calling the islands an inseparable part of Russia.",
         why="the territorial dispute itself"),
    dict(id="V08", language="en", relevant=True,
         title="Japan-Russia trade drops to lowest level in two decades",
         text="Trade between Japan and Russia fell 18% last year to about 1.4 trillion yen, according to figures "
              "released by the Finance Ministry. Japanese exports to Russia, mainly cars and machinery before "
              "2022, have shrunk sharply under the export bans. Imports held up better because of liquefied "
              "natural gas, coal and seafood such as crab and pollock. Analysts in Tokyo expect the figure to "
              "fall further as Japanese importers cut Russian coal purchases. Russia's trade representation said "
              "the decline was the result of Tokyo's political decisions.",
         why="bilateral trade figures shaped by sanctions"),
    # ------------------------------------------------------------------ English, look-alikes
    dict(id="V09", language="en", relevant=False,
         title="Chinese and Russian warships hold joint drills in East China Sea",
         text="The navies of China and Russia began a week of joint exercises on Monday, practising "
              "anti-submarine warfare and air defence, Beijing's defence ministry said. Four Chinese destroyers "
              "and three Russian corvettes from the Pacific Fleet are taking part, along with maritime patrol "
              "aircraft. The drills, part of an annual series, are meant to safeguard regional stability, a "
              "Chinese spokesman said. Western analysts see them as a signal to Washington, which has stepped up "
              "its own patrols in the region. Japan's Defence Ministry said it was monitoring the ships' "
              "movements. Moscow and Beijing have deepened military ties since 2022 but insist they are not "
              "forming an alliance.",
         why="Russia-China military story; Japan only in one monitoring sentence"),
    dict(id="V10", language="en", relevant=False,
         title="Seoul protests Tokyo's Takeshima Day ceremony",
         text="South Korea's foreign ministry summoned a senior Japanese diplomat on Sunday to protest against a "
              "ceremony held in Shimane Prefecture to mark Takeshima Day. Seoul, which controls the islets it "
              "calls Dokdo, said Japan's claim was a denial of history and demanded the event be scrapped. Tokyo "
              "sent a parliamentary vice-minister to the ceremony, the same level as in previous years. Japan's "
              "chief cabinet secretary said the islets were Japanese territory in light of historical facts and "
              "international law. Japan also has territorial disputes with China over the Senkaku Islands and "
              "with Russia over the Northern Territories. The row has flared periodically even as Tokyo and "
              "Seoul have improved security ties.",
         why="Japan-Korea dispute; Russia named in one comparison sentence"),
    dict(id="V11", language="en", relevant=False,
         title="Negotiators meet in Istanbul for new round of Ukraine talks",
         text="Delegations from Russia and Ukraine met in Istanbul on Friday for a third round of direct talks, "
              "focused on prisoner swaps and a possible ceasefire. The Kremlin said it was too early to speak of "
              "a breakthrough, while Kyiv called for an unconditional 30-day truce. European mediators are "
              "pressing both sides to agree on a monitoring mechanism. Japan, which has pledged more than $12 "
              "billion in aid to Ukraine, said it would help fund the rebuilding of power grids once fighting "
              "stops. The talks are expected to continue next week.",
         why="Russia-Ukraine talks; Japan's aid in one sentence"),
    dict(id="V12", language="en", relevant=False,
         title="G7 leaders vow to keep pressure on Russia at summit hosted by Japan",
         text="Leaders of the Group of Seven wrapped up their summit in Hiroshima on Sunday with a joint "
              "statement pledging unwavering support for Ukraine and tighter sanctions on Russia. The statement "
              "condemned Moscow's irresponsible nuclear rhetoric and promised to restrict Russian access to G7 "
              "technology. Japanese Prime Minister Kishida, the host, said the gathering in the first city struck "
              "by an atomic bomb sent a message against the use of nuclear weapons. Ukrainian President Zelensky "
              "attended in person. The Kremlin dismissed the summit as an exercise in anti-Russian hysteria.",
         why="borderline: multilateral G7 stance on Russia; Japan appears as host, not as a bilateral party"),
    dict(id="V13", language="en", relevant=False,
         title="Russian skater draws sell-out crowd at Tokyo ice show",
         text="Two-time world medallist Alina Volkova of Russia headlined a sold-out ice show in Tokyo on "
              "Saturday, her first performance in Japan in four years. Japanese fans, many holding handmade "
              "banners, queued for hours outside the arena. Volkova performed to music from a Japanese anime "
              "series and received a standing ovation. She told reporters she felt at home in Tokyo and hoped to "
              "come back next year. Russian athletes remain barred from international competitions, so shows are "
              "one of the few ways she can skate abroad.",
         why="sports/celebrity story; no government-to-government angle"),
    dict(id="V14", language="en", relevant=False,
         title="Volcano on Kuril island sends ash plume 4 km high",
         text="Mount Ebeko on Paramushir Island in the northern Kurils erupted on Wednesday, sending ash about "
              "four kilometres into the sky, scientists in Kamchatka said. Residents of Severo-Kurilsk, a town of "
              "about 2,500 people seven kilometres from the crater, were advised to keep windows shut. The "
              "aviation colour code was raised to orange as the plume drifted east over the Pacific. The volcano "
              "has been restless since 2016, with frequent small explosions. The Kuril chain stretches about "
              "1,200 kilometres from Kamchatka to Hokkaido in Japan.",
         why="natural hazard on the northern Kurils; Japan only as geography"),
    dict(id="V15", language="en", relevant=False,
         title="Sapporo Snow Festival draws record 2.4 million visitors | NewsHub Asia",
         text="Home | World | Asia | Business | Russia-Japan | Opinion\n\n"
              "Sapporo Snow Festival draws record 2.4 million visitors\n\n"
              "The Sapporo Snow Festival closed on Tuesday after attracting about 2.4 million visitors, a record, "
              "the city said. More than 200 snow and ice sculptures lined Odori Park, including a giant replica of "
              "a European castle. Hotels in the Hokkaido capital reported near-full occupancy thanks to visitors "
              "from Taiwan, South Korea and Thailand. Organisers said warm weather forced them to rebuild several "
              "sculptures during the week.\n\n"
              "Most read: Russia-Japan peace treaty talks: Lavrov says no dialogue while sanctions remain | "
              "Kremlin calls Tokyo hostile over Kuril drills protest | Tokyo summons Russian ambassador\n"
              "Tags: Hokkaido, tourism, Japan, Russia-Japan relations",
         why="aggregator page: the article is Hokkaido tourism; Russia-Japan only in nav, links and tags"),
    dict(id="V16", language="en", relevant=False,
         title="Used Japanese cars flood Russian market as dealers adapt",
         text="Sales of used Japanese cars in Russia rose about 30% last year, according to the analytics agency "
              "Autostat, as buyers looked for alternatives to new Chinese models. Most of the vehicles are bought "
              "at Japanese auctions, shipped to Vladivostok and then sent across the country by rail. Toyota, "
              "Nissan and Mazda no longer build or sell new cars in Russia, so dealers rely on these parallel "
              "channels. Right-hand-drive models remain popular in the Far East, where buyers value their "
              "reliability. Higher recycling fees introduced last autumn have pushed prices up by around 15%.",
         why="borderline, decided not relevant: Russian consumer-market story; Japan is the cars' origin, "
             "no policy or government angle"),
    # ------------------------------------------------------------------ Russian, relevant
    dict(id="V17", language="ru", relevant=True,
         title="Японские рыбаки начнут промысел морской капусты у острова Сигнальный",
         text="Российская и японская стороны согласовали условия промысла морской капусты японскими рыбаками у "
              "острова Сигнальный в Малой Курильской гряде. Переговоры прошли в режиме видеоконференции и заняли "
              "почти две недели. По соглашению рыбаки с Хоккайдо смогут выходить на промысел с июня по сентябрь, "
              "заплатив российской стороне около 9 млн иен. Японская ассоциация рыболовов назвала результат "
              "приемлемым, хотя начало сезона сдвинулось. Соглашение действует с 1981 года и остаётся одной из "
              "немногих сфер сотрудничества двух стран.",
         why="bilateral fisheries agreement near the disputed islands"),
    dict(id="V18", language="ru", relevant=True,
         title="Токио просит Москву возобновить посещение могил на островах",
         text="Правительство Японии вновь обратилось к России с просьбой разрешить бывшим жителям островов "
              "посещать могилы предков. Безвизовые обмены и поездки на кладбища были приостановлены после того, "
              "как Москва в 2022 году вышла из соответствующих договорённостей в ответ на японские санкции. "
              "Генеральный секретарь кабинета министров заявил, что многие бывшие жители уже в преклонном "
              "возрасте и для них это гуманитарный вопрос. В МИД России ответили, что возобновление обменов "
              "невозможно, пока Токио проводит недружественный курс. В прошлом году японским семьям разрешили "
              "лишь помолиться с борта судна у побережья.",
         why="visa-free exchanges and grave visits suspended by Russia"),
    dict(id="V19", language="ru", relevant=True,
         title="Япония выразила протест в связи с учениями на Курилах",
         text="Подразделения Восточного военного округа провели учения на островах Итуруп и Кунашир с участием "
              "более тысячи военнослужащих и береговых ракетных комплексов «Бастион». Военные отработали "
              "отражение десанта условного противника и уничтожение кораблей. Токио направил российской стороне "
              "протест по дипломатическим каналам, заявив, что учения противоречат позиции Японии по "
              "территориальному вопросу. В Министерстве обороны России подчеркнули, что учения проводятся на "
              "российской территории и не направлены против третьих стран. Подобные манёвры на островах проходят "
              "несколько раз в год.",
         why="drills on the disputed islands and Japan's protest"),
    dict(id="V20", language="ru", relevant=True,
         title="МИД России вызвал посла Японии",
         text="Посол Японии в Москве был вызван в Министерство иностранных дел России, где ему выразили "
              "решительный протест в связи с новым пакетом японских ограничительных мер. Российская сторона "
              "заявила, что замораживание активов российских компаний и запрет на экспорт оборудования наносят "
              "ущерб остаткам двусторонних связей. Дипломату также указали на недопустимость передачи японского "
              "вооружения, которое может оказаться на Украине. В японском посольстве подтвердили встречу, но "
              "подробности не раскрыли. Ранее Москва предупреждала, что ответит на каждый новый шаг Токио.",
         why="ambassador summoned over sanctions"),
    dict(id="V21", language="ru", relevant=True,
         title="Японские компании сохранят закупки СПГ с «Сахалина-2»",
         text="Японские энергокомпании намерены и дальше закупать сжиженный природный газ с проекта «Сахалин-2», "
              "заявил министр экономики, торговли и промышленности Японии. По его словам, российский СПГ "
              "обеспечивает около десятой части японского импорта и важен для стабильного энергоснабжения. "
              "Торговые дома Mitsui и Mitsubishi сохраняют доли в новом операторе проекта, созданном по указу "
              "президента России. Вашингтон продлил исключение из санкций, позволяющее продолжать сделки с "
              "проектом. В российском правительстве приветствовали позицию Токио.",
         why="Japan's purchases from and stake in Sakhalin-2"),
    dict(id="V22", language="ru", relevant=True,
         title="Японский дипломат во Владивостоке объявлен персоной нон грата",
         text="МИД России объявил персоной нон грата сотрудника генерального консульства Японии во Владивостоке. "
              "По данным ФСБ, дипломат был задержан при получении за вознаграждение закрытых сведений о "
              "сотрудничестве России с одной из стран Азиатско-Тихоокеанского региона. Ему предписано покинуть "
              "страну в течение 48 часов. Японская сторона отвергла обвинения и назвала задержание грубым "
              "нарушением Венской конвенции. Через несколько дней в ответ из Японии был выслан сотрудник "
              "российского консульства в Саппоро.",
         why="espionage accusation and tit-for-tat expulsions"),
    dict(id="V23", language="ru", relevant=True,
         title="Товарооборот России и Японии сократился на пятую часть",
         text="По итогам года товарооборот между Россией и Японией снизился примерно на 20% и составил около "
              "9 млрд долларов, сообщила Федеральная таможенная служба. Основу российского экспорта по-прежнему "
              "составляют сжиженный газ, уголь, морепродукты и цветные металлы. Японские поставки в Россию "
              "сократились сильнее всего из-за запрета на вывоз автомобилей с большим объёмом двигателя и "
              "промышленного оборудования. Торгпредство России в Токио отмечает, что часть японских товаров "
              "поступает через третьи страны. Эксперты не ожидают восстановления торговли, пока действуют "
              "санкции.",
         why="bilateral trade figures"),
    dict(id="V24", language="ru", relevant=True,
         title="Пограничники задержали японскую шхуну у Шикотана",
         text="Пограничное управление ФСБ по Сахалинской области задержало японское рыболовное судно, которое, "
              "по данным ведомства, вело незаконный промысел краба в исключительной экономической зоне России. "
              "На борту находились семь членов экипажа, граждане Японии. Судно отконвоировано в порт Корсаков, "
              "в отношении капитана возбуждено дело. Генконсульство Японии в Южно-Сахалинске запросило "
              "информацию о состоянии моряков. В Токио призвали к скорейшему освобождению экипажа, напомнив о "
              "своей позиции по принадлежности островов.",
         why="Russian border guards detain a Japanese boat; consular and territorial friction"),
    # ------------------------------------------------------------------ Russian, look-alikes
    dict(id="V25", language="ru", relevant=False,
         title="Россия и США обсудили в Эр-Рияде работу посольств",
         text="Делегации России и США провели в Эр-Рияде многочасовые консультации о нормализации работы "
              "дипломатических миссий. Стороны договорились упростить выдачу виз дипломатам и вернуть часть "
              "изъятой собственности. Глава российской делегации назвал встречу конструктивной, но отметил, что "
              "до полной нормализации далеко. Американская сторона также подняла вопрос о задержанных в России "
              "гражданах США. Союзники Вашингтона, включая Японию и Южную Корею, внимательно следят за "
              "сближением, опасаясь, что оно скажется на санкционной политике.",
         why="Russia-US talks; Japan in a list of watching allies"),
    dict(id="V26", language="ru", relevant=False,
         title="В Москве прошёл фестиваль японской анимации",
         text="На ВДНХ в выходные прошёл крупнейший в России фестиваль японской анимации и поп-культуры, "
              "собравший около 40 тысяч посетителей. Гости смогли посмотреть показы новых аниме-сериалов, "
              "поучаствовать в конкурсе косплея и попробовать блюда японской кухни. Организаторы пригласили "
              "нескольких японских художников-аниматоров, которые провели мастер-классы. Самым популярным стал "
              "стенд с мангой на русском языке: издатели отмечают рост продаж на треть. Фестиваль проводится в "
              "Москве уже десятый год.",
         why="culture fluff; no political or economic relations"),
    dict(id="V27", language="ru", relevant=False,
         title="Китайские суда снова вошли в воды у островов Сенкаку",
         text="Четыре судна береговой охраны Китая вошли в территориальные воды у островов Сенкаку, которые "
              "контролирует Япония, сообщила береговая охрана Японии. Суда находились в акватории около двух "
              "часов и пытались приблизиться к японскому рыболовецкому судну. Токио заявил решительный протест "
              "посольству КНР. Пекин, называющий острова Дяоюйдао, настаивает на своём суверенитете. В отличие "
              "от спора с Россией о южных Курилах, здесь Япония сама контролирует острова. Генсек правительства "
              "Японии заявил, что Токио будет спокойно, но твёрдо защищать свою территорию.",
         why="Japan-China dispute; the Kuril dispute named in one comparison sentence"),
    dict(id="V28", language="ru", relevant=False,
         title="Циклон принёс на Сахалин снегопад и штормовой ветер",
         text="Мощный циклон, пришедший со стороны Японии, обрушился на Сахалин, принеся снегопад и порывы ветра "
              "до 30 метров в секунду. В Южно-Сахалинске отменены занятия в школах, закрыт аэропорт, паромная "
              "переправа Ванино — Холмск приостановлена. Синоптики прогнозируют, что непогода продержится ещё "
              "сутки, а на Курилах ожидаются волны высотой до шести метров. Коммунальные службы работают в "
              "усиленном режиме, расчищая дороги. Накануне тот же циклон вызвал сильные снегопады на Хоккайдо.",
         why="Sakhalin weather; Japan only as where the cyclone came from"),
    dict(id="V29", language="ru", relevant=False,
         title="Землетрясение магнитудой 6,8 произошло у Курильских островов",
         text="Землетрясение магнитудой 6,8 зарегистрировано в Тихом океане в 90 километрах к востоку от острова "
              "Итуруп, сообщила Геофизическая служба РАН. В Курильске и Южно-Курильске ощущались толчки силой до "
              "пяти баллов, однако разрушений и пострадавших нет. Угроза цунами для побережья Сахалинской области "
              "была объявлена и через час отменена. Метеорологическое агентство Японии также зафиксировало толчки "
              "на востоке Хоккайдо и предупредило о небольших колебаниях уровня моря. Сейсмологи не исключают "
              "повторных толчков в ближайшие дни.",
         why="earthquake near the southern Kurils; both countries only as affected places"),
    dict(id="V30", language="ru", relevant=False,
         title="Туристический поток на Итуруп вырос вдвое",
         text="Число туристов, посетивших Итуруп, за лето выросло почти вдвое, сообщили в правительстве "
              "Сахалинской области. Гостей привлекают горячие источники, вулкан Баранского и пляжи Охотского "
              "моря. На острове открылись две новые гостиницы, а авиакомпания «Аврора» увеличила число рейсов из "
              "Южно-Сахалинска. Власти планируют построить туристический комплекс у залива Касатка. Японские "
              "туристы на остров не приезжают: Токио призывает граждан не посещать его по российским визам.",
         why="borderline, decided not relevant: Kuril tourism; Japan's stance only in the last sentence"),
    dict(id="V31", language="ru", relevant=False,
         title="Путин и Си Цзиньпин подписали заявление о партнёрстве",
         text="Президент России Владимир Путин и председатель КНР Си Цзиньпин подписали в Пекине совместное "
              "заявление об углублении всеобъемлющего партнёрства. Документ охватывает энергетику, расчёты в "
              "национальных валютах и строительство газопровода «Сила Сибири — 2». Лидеры также осудили "
              "расширение военных блоков в Азиатско-Тихоокеанском регионе. В заявлении выражена обеспокоенность "
              "наращиванием военного потенциала Японии. По итогам переговоров подписано более двадцати "
              "межправительственных соглашений.",
         why="Russia-China summit; Japan in one sentence of the joint statement"),
    dict(id="V32", language="ru", relevant=False,
         title="Курс рубля: доллар опустился ниже 80 рублей — Новости дня",
         text="Главное | Политика | Экономика | Россия и Япония | Спорт\n\n"
              "Курс доллара на Московской бирже опустился ниже 80 рублей впервые с весны. Аналитики связывают "
              "укрепление рубля с продажей валютной выручки экспортёрами и высокой ключевой ставкой Банка России. "
              "Евро также подешевел, до 91 рубля. По мнению экономистов, до конца месяца курс останется в "
              "диапазоне 79–83 рубля за доллар.\n\n"
              "Читайте также: Россия и Япония: Лавров заявил о невозможности мирного договора | Токио выразил "
              "протест из-за учений на Курилах | Японского посла вызвали в МИД\n"
              "Теги: экономика, рубль, валюта",
         why="aggregator page: article is the ruble rate; Russia-Japan only in nav and 'read also' links"),
    # ------------------------------------------------------------------ Japanese, relevant
    dict(id="V33", language="ja", relevant=True,
         title="元島民の墓参、今年も見通し立たず",
         text="北方領土の元島民らによる墓参について、政府は今年もロシア側から実施の同意が得られていないと明らかにした。"
              "ビザなし交流や墓参の枠組みは、ロシアが2022年に日本の制裁への対抗措置として一方的に停止した。"
              "元島民の平均年齢は88歳を超え、関係者からは「残された時間は少ない」との声が上がる。"
              "政府は昨年に続き、根室沖の船上から島に向けて慰霊する洋上慰霊を行う方針だ。"
              "官房長官は記者会見で、人道的観点から事業の再開を引き続き強く求めると述べた。",
         why="grave visits and visa-free exchanges suspended by Russia"),
    dict(id="V34", language="ja", relevant=True,
         title="サケ・マス漁業交渉が妥結 漁獲枠は前年並み",
         text="ロシアの排他的経済水域で日本漁船が行うサケ・マス漁について、両国政府の協議が妥結した。"
              "水産庁によると、日本漁船の漁獲枠は約2000トンで前年とほぼ同じ水準となった。"
              "日本側がロシア側に支払う漁業協力費は最大で3億円程度となる。"
              "協議はオンラインで約3週間にわたり行われた。"
              "根室などの漁業者からは、出漁の遅れを避けられたことに安堵の声が出ている。",
         why="bilateral fisheries quota talks"),
    dict(id="V35", language="ja", relevant=True,
         title="JERA、サハリン2からのLNG調達契約を延長",
         text="電力大手のJERAは、ロシア極東のLNG事業「サハリン2」からの液化天然ガスの調達契約を延長したと発表した。"
              "同事業には三井物産と三菱商事が出資しており、ロシア政府が運営会社を新会社に移管した後も権益を維持している。"
              "政府はサハリン2のLNGを日本のエネルギー安全保障上重要だと位置づけ、対ロ制裁の対象外としてきた。"
              "一方、欧米からは対ロ依存を減らすべきだとの指摘もある。"
              "ロシア大統領府の報道官は日本企業の判断を歓迎した。",
         why="Sakhalin-2 LNG contract and Japan's stake"),
    dict(id="V36", language="ja", relevant=True,
         title="ロシア哨戒機が北海道沖を飛行、空自がスクランブル",
         text="防衛省統合幕僚監部は、ロシア軍のIl38哨戒機1機が北海道の根室沖から襟裳岬沖にかけて太平洋上を飛行したと発表した。"
              "航空自衛隊の戦闘機が緊急発進して対応し、領空侵犯はなかった。"
              "同型機による飛行は今月2回目で、防衛省は情報収集が目的とみている。"
              "政府は外交ルートを通じてロシア側に懸念を伝えた。"
              "ロシア国防省は「国際法に従った定期飛行だ」としている。",
         why="Russian patrol plane near Hokkaido, scramble and diplomatic concern"),
    dict(id="V37", language="ja", relevant=True,
         title="外務次官、ロシア大使に抗議 島での軍事演習めぐり",
         text="外務省の事務次官は、ロシア軍が国後島と択捉島で実施した軍事演習について、駐日ロシア大使を外務省に呼び出し抗議した。"
              "演習には地対艦ミサイルや戦車が投入され、約千人が参加したとされる。"
              "次官は「わが国の立場と相いれず、受け入れられない」と伝えた。"
              "大使は「ロシア領内での演習に日本が口を挟む根拠はない」と反論したという。"
              "ロシアは近年、島々で軍事拠点の強化を進めている。",
         why="drills on the islands, ambassador summoned"),
    dict(id="V38", language="ja", relevant=True,
         title="ロシア通商代表部の元職員を書類送検 機密情報入手の疑い",
         text="警視庁公安部は、在日ロシア通商代表部の元職員の男を、国内の機械メーカー社員から営業秘密を不正に入手した疑いで書類送検した。"
              "男はすでに出国しており、公安部は外務省を通じて出頭を要請したが応じていない。"
              "社員は都内の飲食店で男と十数回会い、現金数十万円を受け取っていたという。"
              "公安部によると、男はロシアの対外情報庁の要員だった可能性がある。"
              "日本国内ではロシアの外交官らによるスパイ事件が過去にも相次いでいる。",
         why="Russian spy case in Tokyo"),
    dict(id="V39", language="ja", relevant=True,
         title="政府、対ロ追加制裁を決定 ロシアは対抗措置を表明",
         text="政府は閣議で、ロシアの銀行や軍需関連企業など約30団体の資産凍結を柱とする追加制裁を決めた。"
              "第三国を経由した制裁逃れを防ぐため、中国や中央アジアの企業も対象に加えた。"
              "これに対しロシア外務省は声明で「非友好的な行動には必ず報いる」と述べ、日本の国会議員らの入国禁止を拡大すると発表した。"
              "外務大臣は会見で、ウクライナでの戦闘が続く限り圧力を維持すると強調した。"
              "両国の関係は冷え込んだ状態が続いている。",
         why="Japanese sanctions and Russian counter-measures"),
    dict(id="V40", language="ja", relevant=True,
         title="対ロシア貿易、輸出入とも減少 財務省統計",
         text="財務省が発表した貿易統計によると、昨年の日本の対ロシア輸出は前年比で約3割減り、輸入も液化天然ガスや石炭の減少で約2割落ち込んだ。"
              "輸出の減少は、自動車や建設機械の輸出禁止が影響した。"
              "輸入ではカニやウニなど水産物が一定の規模を保っている。"
              "専門家は「制裁が続く限り回復は見込めない」と話す。"
              "在日ロシア通商代表部は、日本企業との取引の多くが第三国経由に移っていると指摘した。",
         why="bilateral trade statistics"),
    # ------------------------------------------------------------------ Japanese, look-alikes
    dict(id="V41", language="ja", relevant=False,
         title="「竹島の日」松江で式典 韓国が抗議",
         text="島根県が定めた「竹島の日」に合わせ、松江市で記念式典が開かれ、政府からは内閣府政務官が出席した。"
              "韓国外務省は在韓日本大使館の幹部を呼び出し、式典の中止を求めて抗議した。"
              "韓国は竹島を独島と呼び、実効支配を続けている。"
              "官房長官は「竹島は歴史的事実に照らしても国際法上も日本固有の領土だ」と述べた。"
              "日本は北方領土をめぐってもロシアとの間に領土問題を抱えている。",
         why="Japan-Korea dispute; the Northern Territories named in one background sentence"),
    dict(id="V42", language="ja", relevant=False,
         title="尖閣周辺で中国海警船が領海侵入",
         text="沖縄県・尖閣諸島周辺の日本の領海に、中国海警局の船4隻が侵入し、日本の漁船に接近しようとする動きを見せた。"
              "第11管区海上保安本部によると、領海侵入は今年に入って20回目となる。"
              "外務省は北京の日本大使館を通じて中国側に厳重抗議した。"
              "中国外務省の報道官は「釣魚島は中国固有の領土だ」と反論した。"
              "政府は巡視船の増強で警戒を強める方針だ。",
         why="Japan-China dispute; no Russia"),
    dict(id="V43", language="ja", relevant=False,
         title="北海道の観光消費、過去最高に",
         text="北海道を訪れた観光客による昨年度の消費額が過去最高を更新したと、道が発表した。"
              "円安を背景に台湾や韓国、タイからの訪日客が大幅に増え、ニセコや富良野ではホテルの新設が相次いでいる。"
              "一方、人手不足で営業時間を短縮する旅館も多い。"
              "半導体工場の建設が進む千歳市では地価の上昇が続いている。"
              "かつて盛んだったロシア極東との経済交流は途絶えたままだが、道は東南アジアとの航空路線の拡充に力を入れる。",
         why="Hokkaido economy; Russia in one background clause"),
    dict(id="V44", language="ja", relevant=False,
         title="ロシアのスケーター、東京のアイスショーで華麗な演技",
         text="ロシア出身のフィギュアスケート選手、アリーナ・ボルコワさんが東京都内で開かれたアイスショーに出演し、満員の観客を魅了した。"
              "日本での公演は4年ぶり。"
              "日本のアニメの楽曲に合わせた演技では、会場から大きな拍手が送られた。"
              "ボルコワさんは「日本のファンの温かさは特別」と語った。"
              "ロシア選手は国際大会への出場が認められておらず、海外での出演の機会は限られている。",
         why="sports/celebrity story"),
    dict(id="V45", language="ja", relevant=False,
         title="ウクライナとロシア、イスタンブールで直接協議",
         text="ロシアとウクライナの代表団がトルコのイスタンブールで直接協議を行い、捕虜交換の拡大で合意した。"
              "停戦をめぐっては双方の主張の隔たりが大きく、次回協議の日程も決まっていない。"
              "ロシア大統領府は「包括的な解決には時間がかかる」との見方を示した。"
              "日本政府はこれまでにウクライナへ総額120億ドル超の支援を表明しており、復興支援にも意欲を見せている。"
              "欧州の仲介役は、停戦監視の仕組みづくりを急ぐよう双方に求めた。",
         why="Russia-Ukraine talks; Japan's aid in one sentence"),
    dict(id="V46", language="ja", relevant=False,
         title="G7外相会合が閉幕 ロシアへの圧力維持で一致",
         text="日本が議長国を務める主要7カ国(G7)外相会合が軽井沢で閉幕し、ロシアによるウクライナ侵略を強く非難する共同声明を採択した。"
              "声明は、ロシアの核の威嚇は容認できないとし、制裁の抜け穴をふさぐための協力強化を打ち出した。"
              "議長を務めた外務大臣は「G7の結束を示すことができた」と述べた。"
              "中国に対しても、ロシアへの軍事転用可能な物資の供給をやめるよう求めた。"
              "ロシア外務省は声明を「反ロシアのプロパガンダ」と批判した。",
         why="borderline: multilateral G7 statement; Japan as host/chair, not a bilateral story"),
    dict(id="V47", language="ja", relevant=False,
         title="千島列島で地震、北海道に津波注意報",
         text="千島列島付近を震源とするマグニチュード7.0の地震があり、気象庁は北海道の太平洋沿岸東部とオホーツク海沿岸に津波注意報を出した。"
              "根室市で20センチの津波を観測したが、被害の報告はない。"
              "ロシアのサハリン州でも住民に高台への避難が呼びかけられた。"
              "気象庁は今後1週間程度、同規模の地震に注意するよう呼びかけている。",
         why="earthquake/tsunami; both countries only as affected places"),
    dict(id="V48", language="ja", relevant=False,
         title="ロシアと北朝鮮、軍事協力を拡大",
         text="ロシアのショイグ安全保障会議書記が平壌を訪問し、金正恩総書記と会談した。"
              "両国は昨年締結した包括的戦略パートナーシップ条約に基づき、防衛分野での協力をさらに深めることで一致した。"
              "北朝鮮はロシアに兵士や砲弾を提供しているとされ、見返りに軍事技術の移転を受けているとの見方がある。"
              "米国や韓国は強い懸念を示しており、日本政府も「地域の安全保障に深刻な影響を与える」としている。",
         why="Russia-North Korea story; Japan's concern in one clause"),
]
