"""The mock outlet web's content: every page of every bundled outlet, rendered once for one day.

URLs follow treatywatch.outlets.rewrite_url: https://tass.com/politics/1 is served at
{base}/tass.com/politics/1, so the bundled registry with outlets_base_url={base} crawls this web.
Articles come from pages/stories.yaml in each outlet's page layout (pages/<outlet>.html); feeds,
news sitemaps and section pages list them. Fault hosts answer 403, 404, 500, or never.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

import jinja2
import yaml

from treatywatch.outlets import OutletConfig, load_outlets, rewrite_url

PAGES_DIR = Path(__file__).resolve().parent / "pages"

# fault hosts: outlets pointed here end as failed crawls (tests, demo)
FAULT_STATUS = {"forbidden.example": 403, "missing.example": 404, "broken.example": 500}
HANGING_HOST = "slow.example"  # holds the connection open and never answers

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
             "ноября", "декабря"]

# per-outlet layout details
BRANDS = {
    "tass": dict(brand="TASS", lang="en", charset=True, related_label="Read also",
                 footer="TASS Russian News Agency. All rights reserved.",
                 nav=[("Russian Politics & Diplomacy", "politics"), ("World", "world"),
                      ("Business & Economy", "economy"), ("Military & Defense", "defense")]),
    "tass_ru": dict(brand="ТАСС", lang="ru", charset=False, related_label="Читайте также",
                    footer="Информационное агентство ТАСС. Все права защищены.",
                    nav=[("Политика", "politika"), ("Экономика", "ekonomika"), ("Мир", "mezhdunarodnaya-panorama")]),
}
SECTION_NAMES = {"politics": "Russian Politics & Diplomacy", "economy": "Business & Economy", "world": "World",
                 "politika": "Политика"}
RSS_FEEDS = {"tass", "tass_ru", "xinhua", "kyodo", "nhk", "japantimes"}
ATOM_FEEDS = {"kremlin"}
EMPTY_FEEDS = {"japantoday"}      # a feed with no items: the spider falls back to the section page
HTML_FEEDS = {"mofa_japan", "mid_ru"}  # "feed paths serve HTML" (outlets.md): no entries, fall back
RDF_FEEDS = {"asahi"}             # RSS 1.0
# feeds of the outlet's Japanese edition: their links do not match the English article pattern (fall back)
OTHER_EDITION_FEEDS = {
    "asahi": [("https://www.asahi.com/articles/AST5K3QWZT5KUTFK00AM.html", "北方領土の元島民が墓参再開を要望")],
    "mainichi": [("https://mainichi.jp/articles/{ymd}/k00/00m/010/123000c", "野党、日ロ領土交渉の停滞を追及")],
}
# pages served in a legacy encoding: (encoding, Content-Type header)
LEGACY_ENCODING = {"tass_ru": ("cp1251", "text/html"),  # no charset anywhere: the extractor must cope
                   "interfax": ("cp1251", "text/html; charset=windows-1251")}


@dataclass
class Page:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200


@dataclass
class Article:
    outlet: str
    url: str               # as served (mock URL)
    title: str
    published: datetime
    html: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    text_paragraphs: list[str] = field(default_factory=list)


def _env() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(PAGES_DIR), autoescape=True,
                              undefined=jinja2.StrictUndefined, keep_trailing_newline=True)


def _day_context(day: date) -> dict:
    return dict(
        en_day=f"{day:%B} {day.day}", en_day_short=f"{day:%b}. {day.day}" if day.month != 5 else f"May {day.day}",
        ru_day=f"{day.day} {RU_MONTHS[day.month - 1]}", weekday=f"{day:%A}", long_day=f"{day:%B} {day.day}, {day.year}",
        day_iso=day.isoformat(), year=day.year,
    )


class MockSite:
    """All pages for one day under one base URL: a dict from path (with query) to Page."""

    def __init__(self, base_url: str, day: date, bench: int = 0):
        self.base_url = base_url.rstrip("/")
        self.day = day
        # every page was last changed at the end of the served day (for Last-Modified / If-Modified-Since)
        self.last_modified = format_datetime(datetime.combine(day, time(23, 59), timezone.utc), usegmt=True)
        self.env = _env()
        self.outlets = {o.name: o for o in load_outlets()}  # the bundled registry, as configured
        self.pages: dict[str, Page] = {}
        self.articles: list[Article] = []
        self.bench_urls: list[str] = []
        self._build_stories()
        if bench:
            self._build_bench(bench)
        self._build_listings()
        self.pages["/robots.txt"] = Page(self._robots(), "text/plain")
        self.pages["/_bench/urls.txt"] = Page("\n".join(self.bench_urls).encode(), "text/plain")

    # -------------------------------------------------------------- helpers
    def url(self, original: str) -> str:
        return rewrite_url(original, self.base_url)

    def path_of(self, mock_url: str) -> str:
        return mock_url[len(self.base_url):]

    def home(self, outlet: OutletConfig) -> str:
        first = (outlet.feeds or outlet.sections or outlet.sitemaps)[0]
        return self.url(re.match(r"https?://[^/]+", first).group(0)).rstrip("/")

    def _robots(self) -> bytes:
        # one robots.txt for the whole mock host (robots.txt is per host:port, and every outlet shares it)
        lines = ["User-agent: *", "Disallow: /japantoday.com/category/politics/members-only", "Disallow: /tass.com/search", ""]
        return "\n".join(lines).encode()

    # -------------------------------------------------------------- articles
    def _render(self, outlet_name: str, story: dict, url: str, published: datetime, paras: list[str],
                related: list[Article]) -> bytes:
        outlet = self.outlets[outlet_name]
        layout = "tass.html" if outlet_name in ("tass", "tass_ru") else f"{outlet_name}.html"
        day = published.date()
        ctx = dict(_day_context(day), s=story, url=url, home=self.home(outlet), paras=paras,
                   related=[{"url": r.url, "title": r.title} for r in related],
                   iso=published.isoformat(), stamp=f"{published:%Y-%m-%d %H:%M:%S}",
                   kyodo_stamp=f"{published:%b} {day.day}, {day.year} - {published:%H:%M}",
                   place="Blagoveshchensk", section_name="", lang="en", charset=True, brand="", nav=[],
                   related_label="", footer="")
        ctx.update(BRANDS.get(outlet_name, {}))
        section = story.get("section") or url.rstrip("/").split("/")[-2]
        ctx["section_name"] = SECTION_NAMES.get(section, section.title())
        html = self.env.get_template(layout).render(ctx)
        if outlet_name in LEGACY_ENCODING:
            return html.encode(LEGACY_ENCODING[outlet_name][0])
        return html.encode("utf-8")

    def _build_stories(self) -> None:
        stories = yaml.safe_load((PAGES_DIR / "stories.yaml").read_text(encoding="utf-8"))["stories"]
        pending = []
        for story in stories:
            day = self.day - timedelta(days=story.get("days_ago", 0))
            hh, mm = map(int, story["time"].split(":"))
            published = datetime.combine(day, time(hh, mm), tzinfo=timezone.utc)
            path = story["path"].format(y=f"{day:%Y}", m=f"{day:%m}", d=f"{day:%d}", ymd=f"{day:%Y%m%d}")
            url = self.url(f"https://{story['host']}{path}")
            ctx = _day_context(day)
            paras = [self.env.from_string(p).render(ctx) for p in story["paragraphs"]]
            art = Article(story["outlet"], url, story["title"], published, text_paragraphs=paras)
            pending.append((story, art))
            self.articles.append(art)
        for story, art in pending:
            related = [a for a in self.articles if a.outlet == art.outlet and a is not art][:3]
            art.html = self._render(art.outlet, story, art.url, art.published, art.text_paragraphs, related)
            if art.outlet in LEGACY_ENCODING:
                art.content_type = LEGACY_ENCODING[art.outlet][1]
            self.pages[self.path_of(art.url)] = Page(art.html, art.content_type)

    def _build_bench(self, n: int) -> None:
        """n generated articles, split between TASS and Xinhua, varied text from pages/bench.txt."""
        pool = [line for line in (PAGES_DIR / "bench.txt").read_text(encoding="utf-8").splitlines()
                if line and not line.startswith("#")]
        cities = ["Moscow", "Tokyo", "Vladivostok", "Sapporo", "Beijing", "Khabarovsk", "Osaka", "Seoul"]
        people = ["The deputy foreign minister", "A government spokesman", "The regional governor",
                  "The trade minister", "The ambassador", "A senior diplomat"]
        countries = ["Japan", "South Korea", "Germany", "Britain", "Canada", "Australia"]
        rng = random.Random(20251120)
        for i in range(n):
            outlet = "tass" if i % 2 == 0 else "xinhua"
            minute = (i * 7) % (22 * 60)
            published = datetime.combine(self.day, time(1 + minute // 60, minute % 60), tzinfo=timezone.utc)
            paras = [p.format(city=rng.choice(cities), n=rng.randint(2, 90), who=rng.choice(people),
                              country=rng.choice(countries)) for p in rng.sample(pool, rng.randint(5, 9))]
            city = rng.choice(cities).upper()
            if outlet == "tass":
                url = self.url(f"https://tass.com/world/{3_000_000 + i}")
                paras[0] = f"{city}, {self.day:%B} {self.day.day}. /TASS/. {paras[0]}"
            else:
                url = self.url(f"https://www.xinhuanet.com/english/{self.day:%Y-%m}/{self.day:%d}/c_{1_400_000_000 + i}.htm")
                paras[0] = f"{city}, {self.day:%b}. {self.day.day} (Xinhua) -- {paras[0]}"
            words = paras[1].split()
            title = " ".join(words[:rng.randint(7, 11)]).rstrip(",.;") + f" ({i})"
            story = {"title": title, "lead": paras[-1][:120], "section": "world", "author": None}
            art = Article(outlet, url, title, published, text_paragraphs=paras)
            art.html = self._render(outlet, story, url, published, paras, [])
            self.articles.append(art)
            self.bench_urls.append(url)
            self.pages[self.path_of(url)] = Page(art.html, art.content_type)

    # -------------------------------------------------------------- listings
    def _rss(self, outlet: OutletConfig, arts: list[Article]) -> bytes:
        items = "".join(
            f"<item><title>{escape(a.title)}</title><link>{escape(a.url)}</link><guid>{escape(a.url)}</guid>"
            f"<pubDate>{format_datetime(a.published)}</pubDate></item>\n" for a in arts)
        return (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>{escape(outlet.label)}'
                f"</title><link>{escape(self.home(outlet))}/</link><description>{escape(outlet.label)} news"
                f"</description>\n{items}</channel></rss>\n").encode("utf-8")

    def _rdf(self, outlet: OutletConfig, arts: list[Article]) -> bytes:
        items = "".join(
            f'<item rdf:about="{escape(a.url)}"><title>{escape(a.title)}</title><link>{escape(a.url)}</link>'
            f"<dc:date>{a.published.isoformat()}</dc:date></item>\n" for a in arts)
        return ('<?xml version="1.0" encoding="utf-8"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
                'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
                f'<channel rdf:about="{escape(self.home(outlet))}/"><title>{escape(outlet.label)}</title>'
                f"<link>{escape(self.home(outlet))}/</link></channel>\n{items}</rdf:RDF>\n").encode("utf-8")

    def _atom(self, outlet: OutletConfig, arts: list[Article]) -> bytes:
        entries = "".join(
            f'<entry><title>{escape(a.title)}</title><link rel="alternate" href="{escape(a.url)}"/>'
            f"<id>{escape(a.url)}</id><published>{a.published.isoformat()}</published>"
            f"<updated>{a.published.isoformat()}</updated></entry>\n" for a in arts)
        updated = max((a.published for a in arts), default=datetime.combine(self.day, time(0), timezone.utc))
        return (f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
                f"<title>{escape(outlet.label)}</title><id>{escape(self.home(outlet))}/</id>"
                f"<updated>{updated.isoformat()}</updated>\n{entries}</feed>\n").encode("utf-8")

    def _news_sitemap(self, arts: list[Article], language: str, label: str) -> bytes:
        urls = "".join(
            f"<url><loc>{escape(a.url)}</loc><news:news><news:publication><news:name>{escape(label)}</news:name>"
            f"<news:language>{language}</news:language></news:publication>"
            f"<news:publication_date>{a.published.isoformat()}</news:publication_date>"
            f"<news:title>{escape(a.title)}</news:title></news:news></url>\n" for a in arts)
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n' + urls + "</urlset>\n").encode()

    def _build_listings(self) -> None:
        for name, outlet in self.outlets.items():
            arts = sorted((a for a in self.articles if a.outlet == name), key=lambda a: a.published, reverse=True)
            for feed in outlet.feeds:
                path = self.path_of(self.url(feed))
                if name in ATOM_FEEDS:
                    self.pages[path] = Page(self._atom(outlet, arts), "application/atom+xml; charset=utf-8")
                elif name in OTHER_EDITION_FEEDS:
                    items = [Article(name, self.url(u.format(ymd=f"{self.day:%Y%m%d}")), t,
                                     datetime.combine(self.day, time(6), timezone.utc))
                             for u, t in OTHER_EDITION_FEEDS[name]]
                    if name in RDF_FEEDS:
                        self.pages[path] = Page(self._rdf(outlet, items), "application/rdf+xml; charset=utf-8")
                    else:
                        self.pages[path] = Page(self._rss(outlet, items), "application/rss+xml; charset=utf-8")
                elif name in EMPTY_FEEDS:
                    self.pages[path] = Page(self._rss(outlet, []), "application/rss+xml; charset=utf-8")
                elif name in HTML_FEEDS:
                    self.pages[path] = Page(self.env.get_template("section.html").render(
                        lang=outlet.language, title="RSS", brand=outlet.label, home=self.home(outlet),
                        articles=[]).encode())
                else:
                    self.pages[path] = Page(self._rss(outlet, arts), "application/rss+xml; charset=utf-8")
            for sitemap in outlet.sitemaps:
                self.pages[self.path_of(self.url(sitemap))] = Page(
                    self._news_sitemap(arts, outlet.language, outlet.label), "application/xml")
            for section in outlet.sections:
                listed = [{"url": a.url, "title": a.title, "day": a.published.date().isoformat()} for a in arts]
                if name == "japantoday":  # a members-only link robots.txt forbids
                    listed.append({"url": self.url("https://japantoday.com/category/politics/members-only-digest"),
                                   "title": "Members: weekly digest", "day": ""})
                html = self.env.get_template("section.html").render(
                    lang=outlet.language, title=outlet.label, brand=outlet.label, home=self.home(outlet),
                    articles=listed)
                self.pages[self.path_of(self.url(section))] = Page(html.encode("utf-8"))
        # TASS's sitemap index, as on the real site
        index = self.url("https://tass.com/sitemap.xml")
        child = self.url("https://tass.com/sitemap/sitemap_news0.xml")
        self.pages[self.path_of(index)] = Page(
            ('<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
             f"<sitemap><loc>{escape(child)}</loc></sitemap></sitemapindex>\n").encode(), "application/xml")

    def lookup(self, path: str) -> Page | None:
        return self.pages.get(path) or self.pages.get(path.rstrip("/") + "/") or (
            self.pages.get(path.rstrip("/")) if path.endswith("/") else None)
