"""Every bundled outlet's mock pages, in the outlet's real structure, extract to the values the page states."""
import pytest

from treatywatch.extract_html import extract_article
from treatywatch.mockweb.site import MockSite
from treatywatch.outlets import load_outlets

try:
    from tests._crawl_fixtures import DAY
except ImportError:
    from _crawl_fixtures import DAY

BASE = "http://127.0.0.1:1"
D = DAY.isoformat()
# outlet -> (url tail, title, published prefix, author, language, words the body starts with)
EXPECTED = {
    "ria": ("/yaponiya-2057314562.html", "Галузин заявил, что Токио сам закрыл дорогу к мирному договору", f"{D}T10:20",
            None, "ru", "МОСКВА, 20 ноября — РИА Новости."),
    "interfax": ("/world/1061842", "Россия и Япония завершили консультации по промыслу у Курил", f"{D}T07:55",
                 None, "ru", "Москва. 20 ноября. INTERFAX.RU"),
    "mid_ru": ("/briefings/2004517/", "Брифинг официального представителя МИД России М.В.Захаровой", D, None, "ru",
               "Вопрос — В Токио"),
    "moscowtimes": ("-a91873", "Russia to Expand Military Airfield on Disputed Kuril Island", f"{D}T16:40",
                    "Anna Korneva", "en", "Russia plans to lengthen the runway"),
    "nikkei": ("Treaty-talks-stay-frozen".lower(), "Japan weighs Russia energy ties as treaty talks stay frozen",
               f"{D}T05:30", "Kenji Moriyama", "en", "TOKYO -- Japan's government"),
    "asahi": ("/ajw/articles/16018352", "Former islanders urge government to restart grave visits to Northern Territories",
              D, "By YUKI HASEGAWA/ Staff Writer", "en", "NEMURO, Hokkaido--Former residents"),
    "mainichi": ("/014000c", "Opposition presses PM on stalled territorial talks with Russia in Diet session", D, None,
                 "en", "TOKYO -- An opposition lawmaker"),
    "kantei": ("kaiken.html", "Press Conference by the Prime Minister", D, None, "en", "Opening Statement"),
    "nhk_ja": ("/k10014961234000.html", "北方領土周辺での安全操業 ロシアとの交渉が妥結", f"{D}T06:00", None, "ja",
               "北方領土周辺の海域で"),
}


@pytest.fixture(scope="module")
def site():
    return MockSite(BASE, DAY)


def test_registry_has_fifteen_plus_outlets_in_three_languages():
    outlets = load_outlets()
    assert len(outlets) >= 15
    assert {o.language for o in outlets} >= {"en", "ru", "ja"}
    for o in outlets:  # a fallback for every outlet: a second source kind, or more than one section
        assert len(o.sources()) >= 2 or sum(len(u) for _k, u in o.sources()) >= 2, o.name


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_outlet_page_extracts_to_its_stated_values(site, name):
    tail, title, published, author, language, opening = EXPECTED[name]
    outlet = {o.name: o for o in load_outlets(base_url=BASE)}[name]
    [article] = [a for a in site.articles if a.outlet == name]
    assert article.url.lower().endswith(tail.lower()) and outlet.is_article(article.url)
    page = site.lookup(site.path_of(article.url))
    charset = page.content_type.split("charset=")[1] if "charset=" in page.content_type else None
    fields = extract_article(page.body, article.url, outlet.selectors.as_dict() if outlet.selectors else None, charset)
    assert fields["title"] == title
    assert fields["published"].startswith(published)
    assert fields["author"] == author
    assert fields["language"] == language == outlet.language
    assert fields["text"].startswith(opening)
    assert fields["canonical_url"] == article.url
    # no page furniture in the body
    for junk in ("Поделиться", "Support us", "Subscribe", "Back to Top", "シェアする", "Версия для печати"):
        assert junk not in fields["text"]


def test_interfax_is_served_in_windows_1251_and_tass_ru_without_any_charset(site):
    pages = {a.outlet: site.lookup(site.path_of(a.url)) for a in site.articles}
    assert pages["interfax"].content_type == "text/html; charset=windows-1251"
    assert "Интерфакс".encode("cp1251") in pages["interfax"].body
    assert pages["tass_ru"].content_type == "text/html"
