"""extract_article on the mock outlet pages (each outlet's real structure) and on awkward encodings."""
from datetime import date

import pytest

from treatywatch.extract_html import clean_body, date_from_dateline, decode_html, extract_article
from treatywatch.mockweb.site import MockSite
from treatywatch.outlets import load_outlets

try:
    from tests._crawl_fixtures import DAY
except ImportError:  # tests/ not a package
    from _crawl_fixtures import DAY

BASE = "http://127.0.0.1:1"


@pytest.fixture(scope="module")
def pages():
    site = MockSite(BASE, DAY)
    outlets = {o.name: o for o in load_outlets(base_url=BASE)}
    out = {}
    for art in site.articles:
        sel = outlets[art.outlet].selectors.as_dict() if outlets[art.outlet].selectors else None
        hint = art.published.isoformat()  # what the feed says; only used when the page states no date
        out[art.url.split("/", 3)[3]] = (art, extract_article(art.html, art.url, sel, date_hint=hint))
    return out


def get(pages, prefix):
    [found] = [v for k, v in pages.items() if k.startswith(prefix)]
    return found


NAV_AND_JUNK = ["Leave A Reply", "Your email address", "Required fields", "Related", "Read also", "Share",
                "Telegram", "Business & Economy", "Back to Top", "All rights reserved", "==Kyodo", "Login"]

EXPECTED = [  # (path prefix, title start, published, language, a sentence of the body)
    ("tass.com/politics/2045123", "Lavrov says Moscow will not discuss peace treaty", "2025-11-20", "en",
     "MOSCOW, November 20. /TASS/. Russia sees no ground"),
    ("tass.ru/politika/", "Песков заявил, что Кремль", "2025-11-20", "ru", "«Недружественная политика Токио"),
    ("www.xinhuanet.com/english/", "Russia rules out peace treaty talks", "2025-11-20", "en", "MOSCOW, Nov. 20 (Xinhua)"),
    ("english.kyodonews.net/", "Takaichi vows to pursue return", "2025-11-20", "en", "Prime Minister Sanae Takaichi said"),
    ("www3.nhk.or.jp/nhkworld/", "Japan and Russia agree on salmon", "2025-11-20", "en", "2,050 tons"),
    ("www.japantimes.co.jp/", "Japanese utilities move to extend Sakhalin-2", "2025-11-20T03:10:00+00:00", "en",
     "Sakhalin-2 supplies close to a tenth"),
    ("japantoday.com/", "Lavrov says Moscow will not discuss peace treaty", "2025-11-20T20:05:00+00:00", "en",
     "Russia sees no ground for resuming talks"),
    ("en.kremlin.ru/", "Answers to media questions", "2025-11-20", "en", "Vladimir Putin: We have never refused to talk."),
    ("www.mofa.go.jp/", "Press Conference by Foreign Minister MOTEGI", "2025-11-20", "en", "Minister Motegi: I am aware"),
]


@pytest.mark.parametrize("prefix, title, published, language, sentence", EXPECTED, ids=[e[0].split("/")[0] for e in EXPECTED])
def test_each_outlet_page(pages, prefix, title, published, language, sentence):
    art, got = get(pages, prefix)
    assert got["title"].startswith(title)
    assert got["published"] == published
    assert got["language"] == language
    assert sentence in got["text"]
    assert got["canonical_url"] == art.url
    for junk in NAV_AND_JUNK:
        assert junk not in got["text"], junk
    # every paragraph of the story, and nothing but them (no nav, no lead, no headline)
    for para in art.text_paragraphs:
        assert para.split(". ")[0][:60].replace("“", "").replace('"', "") in got["text"].replace("“", "").replace('"', "")
    assert got["text"].count("\n") + 1 == len(art.text_paragraphs)


def test_page_carrying_its_article_twice_comes_out_once(pages):
    art, got = get(pages, "www.xinhuanet.com/english/")
    assert art.html.decode().count("Southern Kurils") == 2  # the printer copy really repeats it
    assert got["text"].count("Southern Kurils") == 1
    assert "Source: Xinhua" not in got["text"] and "Editor" not in got["text"]


def test_aggregator_junk_never_reaches_the_body(pages):
    _, got = get(pages, "japantoday.com/")
    lines = got["text"].split("\n")
    assert lines[0].startswith("MOSCOW, November 20.")  # the numeric junk prefix is gone
    assert not any(line.strip().isdigit() for line in lines)
    assert "Russian Politics & Diplomacy" not in got["text"]  # the copied headline suffix


def test_dateline_without_year_takes_the_hint_or_the_latest_past_year():
    assert date_from_dateline("MOSCOW, November 20. /TASS/. Text", year_hint=2019) == "2019-11-20"
    assert date_from_dateline("МОСКВА, 3 мая. /ТАСС/. Текст", today=date(2026, 6, 1)) == "2026-05-03"
    assert date_from_dateline("MOSCOW, December 30. /TASS/. Text", today=date(2026, 1, 2)) == "2025-12-30"
    assert date_from_dateline("No dateline here, just text.") is None


def test_cp1251_page_without_any_charset():
    html = ("<html><head><title>Лавров о мирном договоре</title></head><body><article><h1>Лавров о мирном договоре</h1>"
            "<p>МОСКВА, 20 ноября. /ТАСС/. Министр иностранных дел России Сергей Лавров заявил, что Москва не будет "
            "обсуждать мирный договор, пока Токио сохраняет санкции против России.</p>"
            "<p>По его словам, гуманитарные контакты с японской стороной возможны при минимальной доброй воле.</p>"
            "</article></body></html>").encode("cp1251")
    got = extract_article(html, "https://tass.ru/politika/1", date_hint="2025-11-20")
    assert "Сергей Лавров заявил" in got["text"] and got["language"] == "ru"
    assert got["published"] == "2025-11-20"
    # a wrong header charset does not win over the bytes
    assert "Сергей Лавров" in extract_article(html, "https://tass.ru/politika/1", encoding="utf-8")["text"]


def test_shift_jis_page():
    html = ("<html><head><meta charset='Shift_JIS'><title>北方領土</title></head><body><article>"
            "<p>高市首相は20日の参院予算委員会で、北方領土問題を解決して平和条約を締結するという方針に変わりはないと述べた。</p>"
            "<p>元島民による墓参の再開を引き続きロシア側に求めていく考えも示した。政府は冷静に対応するとしている。</p>"
            "</article></body></html>").encode("shift_jis")
    assert "北方領土問題" in decode_html(html)
    got = extract_article(html, "https://www3.nhk.or.jp/news/html/20251120/k100.html")
    assert "北方領土問題" in got["text"] and got["language"] == "ja" and got["published"] == "2025-11-20"


def test_clean_body_keeps_short_repeats_and_drops_long_ones():
    text = "Q: Yes.\nA long paragraph that is repeated by a printer copy of the page.\nQ: Yes.\n" \
           "A long paragraph that is repeated by a printer copy of the page.\nLeave A Reply\nShare Tweet Email"
    assert clean_body(text) == "Q: Yes.\nA long paragraph that is repeated by a printer copy of the page.\nQ: Yes."


def test_empty_and_garbage_input():
    assert extract_article(b"", "https://x.test/a")["text"] == ""
    got = extract_article(b"\x00\x01 not html", "https://x.test/a")  # no exception, every field present
    assert set(got) == {"title", "published", "text", "language", "canonical_url", "author"}
