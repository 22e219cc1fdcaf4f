"""The mock outlet web serves each bundled outlet under its rewritten URLs, plus fault hosts."""
import requests

from treatywatch.mockweb.server import MockWeb
from treatywatch.outlets import load_outlets

try:
    from tests._crawl_fixtures import DAY, mockweb  # noqa: F401
except ImportError:
    from _crawl_fixtures import DAY, mockweb  # noqa: F401


def test_every_configured_source_of_every_bundled_outlet_answers(mockweb):
    for outlet in load_outlets(base_url=mockweb.base_url):
        for _kind, urls in outlet.sources():
            for url in urls:
                assert requests.get(url, timeout=10).status_code == 200, (outlet.name, url)


def test_feeds_are_dated_on_the_served_day_and_link_mock_articles(mockweb):
    feed = requests.get(mockweb.url("https://tass.com/rss/v2.xml"), timeout=10)
    assert feed.headers["content-type"].startswith("application/rss+xml")
    assert f"{DAY:%d %b %Y}" in feed.text
    assert f"<link>{mockweb.base_url}/tass.com/politics/2045123</link>" in feed.text
    page = requests.get(mockweb.url("https://tass.com/politics/2045123"), timeout=10)
    assert 'class="text-content"' in page.text and f"MOSCOW, {DAY:%B} {DAY.day}. /TASS/." in page.text


def test_russian_page_is_cp1251_without_charset(mockweb):
    page = requests.get(mockweb.url("https://tass.ru/politika/25678901"), timeout=10)
    assert page.headers["content-type"] == "text/html"
    assert "МОСКВА".encode("cp1251") in page.content and b"charset" not in page.content


def test_fault_hosts_and_robots(mockweb):
    assert requests.get(mockweb.url("https://forbidden.example/rss.xml"), timeout=10).status_code == 403
    assert requests.get(mockweb.url("https://missing.example/rss.xml"), timeout=10).status_code == 404
    assert requests.get(mockweb.url("https://broken.example/rss.xml"), timeout=10).status_code == 500
    assert requests.get(mockweb.url("https://tass.com/no/such/page"), timeout=10).status_code == 404
    try:
        requests.get(mockweb.url("https://slow.example/rss.xml"), timeout=0.5)
        raise AssertionError("the slow host answered")
    except requests.exceptions.Timeout:
        pass
    assert "Disallow: /japantoday.com/category/politics/members-only" in requests.get(
        mockweb.base_url + "/robots.txt", timeout=10).text


def test_bench_mode_lists_generated_pages():
    with MockWeb(day=DAY, bench=10) as web:
        urls = requests.get(web.base_url + "/_bench/urls.txt", timeout=10).text.split()
        assert len(urls) == 10
        pages = [requests.get(u, timeout=10).text for u in urls[:4]]
        assert len(set(pages)) == 4  # varied text
        assert urls[0] in requests.get(web.url("https://tass.com/rss/v2.xml"), timeout=10).text
