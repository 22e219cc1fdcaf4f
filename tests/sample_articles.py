"""Articles written for the tests (our own words), in the shapes the pipeline meets."""

LAVROV_TASS = """MOSCOW, November 20. /TASS/. Moscow is open to resuming dialogue on a peace treaty with Tokyo only if Japan abandons its hostile course, Russian Foreign Minister Sergey Lavrov said on Thursday.

"We have never refused to talk about a peace treaty, but Tokyo itself froze the process by joining the sanctions," Lavrov told reporters after talks with his Mongolian counterpart.

He added that the sovereignty of Russia over the southern Kuril Islands is not a subject for discussion.

Russia and Japan have held consultations on a peace treaty since the middle of the last century. The main obstacle is the question of the southern Kuril Islands, which Japan calls the Northern Territories.

In March 2022 Moscow suspended the peace treaty talks after Tokyo imposed sanctions over Ukraine."""

KYODO_TAKAICHI = """TOKYO - Prime Minister Sanae Takaichi said Friday that Japan will keep seeking a resolution of the territorial dispute with Russia and the conclusion of a peace treaty, despite the freeze in bilateral talks.

"Our basic policy of resolving the issue of the attribution of the four islands and then concluding a peace treaty remains unchanged," Takaichi told a parliamentary committee.

The four Russian-held islands off Hokkaido were seized by Soviet troops at the end of World War II. Tokyo calls them the Northern Territories, while Moscow calls them the Southern Kurils.

Japan's trade with Russia has fallen sharply since 2022."""

FISHERIES = """TOKYO - Japan and Russia agreed on this year's catch quotas for salmon and trout in Japan's exclusive economic zone after talks held online, the Fisheries Agency said on Monday.

The annual talks set the quota at roughly the same level as last year, and the fishing cooperation fee paid by Japanese fishermen to Moscow was lowered slightly. Officials said the talks ran longer than usual because of the strained bilateral relations."""

UNRELATED = """BERLIN - Germany's central bank said on Tuesday that inflation in the euro zone's largest economy would keep easing next year, as energy prices fall and wage growth slows. The bank cut its growth forecast for the coming year to 0.4 percent, citing weak industrial demand and uncertainty over trade tariffs."""


def aggregator_copy(text: str) -> str:
    """A scraper's copy: a numeric id glued to the first line, share bar and comment form around the text."""
    return "48291038475629104857" + text + "\n\nShare this:\n\nTweet\n\nLeave A Reply\n\nYour email address will not be published."


def printed_twice(text: str, header: str = "Russia says treaty talks are up to Tokyo") -> str:
    """A printer page that carries its article twice, the second time under a slightly different header."""
    return f"{header}\nSource: Xinhua | 2026-11-20 10:12:00\n\n{text}\n\nBack to Top Close\n{header}\n\nSource: Xinhua 2026-11-20\n\n{text}"


def record(url: str, text: str, outlet: str = "tass", language: str = "en", published="2026-11-20",
           title: str | None = None) -> dict:
    return {"url": url, "outlet": outlet, "language": language, "published": published, "title": title, "text": text}

LAVROV_RU = """МОСКВА, 20 ноября. /ТАСС/. Москва готова вернуться к диалогу о мирном договоре с Токио только после отказа Японии от враждебного курса, заявил министр иностранных дел России Сергей Лавров.

«Мы никогда не отказывались обсуждать мирный договор, но Токио сам заморозил процесс, присоединившись к санкциям», — сказал Лавров журналистам после переговоров с монгольским коллегой.

Он добавил, что суверенитет России над южными Курилами обсуждению не подлежит. В марте 2022 года Москва приостановила переговоры из-за санкций, введенных Японией в связи с событиями на Украине."""
