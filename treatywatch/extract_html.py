"""One article page in, its fields out: title, published, text, language, canonical_url, author.

trafilatura (with htmldate inside) does the work by default; per-outlet selectors win where given.
The page is parsed once and trafilatura runs once, because extraction, not fetching, is what a crawl
costs. After extraction the body is cleaned of what trafilatura lets through on real pages: comment
boxes ("Leave A Reply"), share bars, numeric junk, and a second copy of the article (printer pages).
"""
from __future__ import annotations

import json
import re
import unicodedata
from datetime import date, datetime, timedelta, timezone
from urllib.parse import urljoin

import lxml.html
import trafilatura
from charset_normalizer import from_bytes
from lxml import etree

from treatywatch.outlets import is_xpath

FIELDS = ("title", "published", "text", "language", "canonical_url", "author")

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def decode_html(html: bytes | str, encoding: str | None = None) -> str:
    """Bytes to text, surviving a missing or wrong charset (cp1251 or Shift_JIS pages served without one).

    UTF-8 is tried first because a strict UTF-8 decode of non-UTF-8 text almost always fails, so it
    cannot be fooled by a wrong header; then the declared encodings; then detection.
    """
    if isinstance(html, str):
        return html
    if html.startswith(b"\xef\xbb\xbf"):
        return html[3:].decode("utf-8", "replace")
    try:
        return html.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = [encoding] if encoding else []
    meta = _META_CHARSET.search(html[:4096])
    if meta:
        declared.append(meta.group(1).decode("ascii", "ignore"))
    for enc in declared:
        enc = enc.strip().lower()
        if enc in ("utf-8", "utf8", "iso-8859-1", "latin-1", "latin1", "ascii", "us-ascii"):
            continue  # utf-8 already failed; latin-1 always "succeeds", so it proves nothing
        try:
            return html.decode(enc)
        except (LookupError, UnicodeDecodeError):
            continue
    best = from_bytes(html[:200_000], cp_isolation=["cp1251", "shift_jis", "euc_jp", "koi8_r", "gb18030",
                                                     "cp1252", "iso-8859-5"]).best()
    if best is not None:
        return html.decode(best.encoding, "replace")
    return html.decode("cp1252", "replace")


# ---------------------------------------------------------------- dates

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7, "август": 8, "сентябр": 9,
    "октябр": 10, "ноябр": 11, "декабр": 12,
}
_URL_DATE = [
    re.compile(r"/(?P<y>20\d{2})[/-](?P<m>[01]\d)[/-](?P<d>[0-3]\d)(?:/|\b)"),   # /2025/11/20/ or /2025-11-20
    re.compile(r"/(?P<y>20\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?:[_/-]|\.html?|$)"),  # /20251120_15/ or /20251120/
    re.compile(r"/(?P<y>20\d{2})-(?P<m>[01]\d)/(?P<d>[0-3]\d)/"),                # xinhua /2025-11/20/
]
# "MOSCOW, November 20. /TASS/."  "TOKYO, Nov. 20 (Kyodo) --"  "МОСКВА, 20 ноября. /ТАСС/."
_DATELINE_EN = re.compile(r"^[A-ZÀ-Ý .'-]{3,40}, (?P<mon>[A-Z][a-z]{2,8})\.? (?P<d>\d{1,2})\b[ .,(/]")
_DATELINE_RU = re.compile(r"^[А-ЯЁ .-]{3,40}, (?P<d>\d{1,2}) (?P<mon>[а-яё]{3,9})\b")


def _month(name: str) -> int | None:
    name = name.lower().rstrip(".")
    for prefix, num in _MONTHS.items():
        if name.startswith(prefix) and (len(prefix) >= 3 or name in ("мая", "май")):
            return num
    return None


def date_from_url(url: str) -> str | None:
    for pattern in _URL_DATE:
        m = pattern.search(url)
        if m:
            try:
                return date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat()
            except ValueError:
                continue
    return None


def date_from_dateline(text: str, year_hint: int | None = None, today: date | None = None) -> str | None:
    """Month and day from a wire dateline; the year from the hint, else the latest year not in the future."""
    head = text.lstrip()[:120]
    m = _DATELINE_EN.match(head) or _DATELINE_RU.match(head)
    if not m:
        return None
    month = _month(m["mon"])
    if not month:
        return None
    today = today or datetime.now(timezone.utc).date()
    year = year_hint or today.year
    try:
        found = date(year, month, int(m["d"]))
        if not year_hint and found > today + timedelta(days=2):
            found = date(year - 1, month, int(m["d"]))
    except ValueError:
        return None
    return found.isoformat()


def _norm_date(value: str | None) -> str | None:
    """An ISO date or datetime string from whatever a page carries, or None."""
    if not value:
        return None
    value = value.strip()
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
        return dt.isoformat() if (dt.hour or dt.minute or dt.tzinfo) else dt.date().isoformat()
    except ValueError:
        pass
    m = re.search(r"(20\d{2})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?", value)
    if m:
        try:
            if m[4]:
                return datetime(int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]), int(m[6] or 0)).isoformat()
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    m = re.search(r"([A-Z][a-z]{2,8})\.? (\d{1,2}), (20\d{2})", value)
    if m and _month(m[1]):
        try:
            return date(int(m[3]), _month(m[1]), int(m[2])).isoformat()
        except ValueError:
            return None
    return None


_DATE_META = ("article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate",
              "date", "dc.date", "dcterms.created", "sailthru.date", "parsely-pub-date")


def _structured_date(tree) -> str | None:
    """A publication date the page states in metadata (meta tags, JSON-LD, <time>), not a guessed one."""
    for meta in tree.iterfind(".//meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in {k.lower() for k in _DATE_META}:
            found = _norm_date(meta.get("content"))
            if found:
                return found
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        for obj in data if isinstance(data, list) else [data]:
            if isinstance(obj, dict) and obj.get("datePublished"):
                found = _norm_date(str(obj["datePublished"]))
                if found:
                    return found
    for t in tree.xpath("//time[@datetime]")[:1]:
        return _norm_date(t.get("datetime"))
    return None


# ---------------------------------------------------------------- body cleaning

_JUNK_LINE = re.compile(
    r"^(leave a (reply|comment)|your email address will not be published.*|required fields are marked.*"
    r"|(share|tweet|email|print|copy link|facebook|twitter|x|telegram|vk|whatsapp|line|reddit|linkedin)"
    r"([\s|/·•,]+(share|tweet|email|print|copy link|facebook|twitter|x|telegram|vk|whatsapp|line|reddit|linkedin))*"
    r"|share( this( article| story)?)?( on)?:?.*(facebook|twitter|telegram|whatsapp).*"
    r"|(related|read also|read more|see also|more on this( topic)?|related (articles|news|stories|posts))[:.]?"
    r"|(login|log in|sign in) to (leave|post) a comment.*|\d+ comments?|comments?|back to top( close)?"
    r"|subscribe( to our newsletter)?.*|advertisement|\d{1,6}|[-–—|•·]+"
    r"|==\s*\w+|source:\s.{0,60}\d{4}-\d{2}-\d{2}.{0,60}|editor:\s*\w+)$",
    re.I,
)
_TRAILING_JUNK = re.compile(r"(leave a reply|your email address will not be published).*$", re.I | re.S)


def _norm_para(p: str) -> str:
    return re.sub(r"\W+", " ", unicodedata.normalize("NFKC", p)).strip().lower()


def clean_body(text: str, *titles: str | None) -> str:
    """Drop junk lines, and any paragraph already seen (a page that carries its article twice)."""
    kept, seen = [], set()
    title_keys = {_norm_para(t) for t in titles if t}
    for para in (p.strip() for p in text.split("\n")):
        if not para or _JUNK_LINE.match(para):
            continue
        key = _norm_para(para)
        if not key:
            continue
        if key in title_keys:
            continue  # the headline repeated in the body (printer copy, page header)
        if key in seen and len(key) >= 25:
            continue
        seen.add(key)
        kept.append(para)
    # comment boxes sometimes glue onto the last paragraph
    if kept:
        kept[-1] = _TRAILING_JUNK.sub("", kept[-1]).strip() or kept[-1]
    return "\n".join(kept)


# ---------------------------------------------------------------- language

_LETTERS = re.compile(r"[^\W\d_]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def guess_language(text: str, declared: str | None = None) -> str | None:
    """Script first (Cyrillic, kana/kanji), then the page's declared language, then 'en' for Latin text."""
    sample = text[:2000]
    n = len(_LETTERS.findall(sample))
    if n:
        cyr = len(_CYRILLIC.findall(sample))
        jp = len(_KANA.findall(sample))
        cjk = len(_HAN.findall(sample))
        if cyr / n > 0.4:
            return "ru" if not declared or declared == "en" else declared
        if jp / n > 0.05:
            return "ja"
        if cjk / n > 0.4:
            return "zh"
    if declared:
        return declared
    return "en" if n else None


# ---------------------------------------------------------------- selectors

def _select(tree, query: str) -> list:
    """CSS (with ::attr(x) / ::text) or XPath against an lxml tree."""
    if is_xpath(query):
        return tree.xpath(query)
    from cssselect import GenericTranslator

    attr = None
    m = re.search(r"::attr\(([\w:-]+)\)\s*$", query)
    if m:
        attr, query = m.group(1), query[: m.start()]
    text_only = query.endswith("::text")
    if text_only:
        query = query[: -len("::text")]
    nodes = tree.xpath(GenericTranslator().css_to_xpath(query))
    if attr:
        return [n.get(attr) for n in nodes if n.get(attr)]
    return nodes


def _node_text(node) -> str:
    if isinstance(node, str):
        return node
    return re.sub(r"\s+", " ", node.text_content()).strip()


def _select_text(tree, query: str | None, joiner: str = " ") -> str | None:
    if not query:
        return None
    parts = [t for t in (_node_text(n) for n in _select(tree, query)) if t]
    return joiner.join(parts) or None


# ---------------------------------------------------------------- the extractor

def _page_meta(tree) -> dict:
    """Title and author as the page declares them (og:title, h1, <title>; author meta / JSON-LD)."""
    title = None
    for xp in ('//meta[@property="og:title"]/@content', '//meta[@name="twitter:title"]/@content'):
        found = tree.xpath(xp)
        if found and found[0].strip():
            title = found[0].strip()
            break
    if not title:
        h1 = tree.xpath("//h1")
        title = _node_text(h1[0]) if h1 else None
    if not title:
        t = tree.find(".//title")
        title = _node_text(t) if t is not None else None
    author = None
    for xp in ('//meta[@name="author"]/@content', '//meta[@property="article:author"]/@content',
               '//meta[@name="byl"]/@content'):
        found = tree.xpath(xp)
        if found and found[0].strip() and not found[0].startswith("http"):
            author = found[0].strip()
            break
    return {"title": title or None, "author": author}


def _htmldate_guess(html: str, url: str) -> str | None:
    """htmldate's best guess, for pages that state no date anywhere cheaper (may be an update or crawl date)."""
    from htmldate import find_date

    try:
        return find_date(html, url=url, original_date=True, extensive_search=True, outputformat="%Y-%m-%d")
    except Exception:  # htmldate raises on some broken markup
        return None


def _canonical(tree, url: str) -> str:
    for xp in ('//link[@rel="canonical"]/@href', '//meta[@property="og:url"]/@content'):
        found = tree.xpath(xp)
        if found and found[0].strip():
            return urljoin(url, found[0].strip())
    return url


def _clean_title(title: str | None) -> str | None:
    if not title:
        return None
    title = re.sub(r"\s+", " ", title).strip()
    # "Headline - TASS", "Headline | The Japan Times": keep the headline
    parts = re.split(r"\s+[|–—-]\s+", title)
    if len(parts) > 1 and len(parts[-1]) < 40 and len(parts[0]) > 20:
        title = " - ".join(parts[:-1]) if len(parts) > 2 and len(parts[-2]) > 40 else parts[0]
    return title


def extract_article(html: bytes | str, url: str, selectors: dict | None = None,
                    encoding: str | None = None, *, date_hint: str | None = None) -> dict:
    """Fields of one article page; missing fields are None (text is "" when nothing is found).

    date_hint: the date a feed or sitemap gave for this URL; it supplies the year of a dateline
    ("MOSCOW, November 20. /TASS/.") and is used when the page states no date of its own.
    """
    selectors = dict(selectors or {})
    text_html = decode_html(html, encoding)
    result = dict.fromkeys(FIELDS)
    result["text"] = ""
    result["canonical_url"] = url
    if not text_html.strip():
        return result
    try:
        tree = lxml.html.fromstring(text_html.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    except (etree.ParserError, ValueError):
        return result

    # everything read from the tree happens before trafilatura, which prunes the tree it is given
    result["canonical_url"] = _canonical(tree, url)
    declared_lang = (tree.get("lang") or "").split("-")[0].lower() or None
    sel_title = _select_text(tree, selectors.get("title"))
    sel_author = _select_text(tree, selectors.get("author"), ", ")
    sel_published = _norm_date(_select_text(tree, selectors.get("published")))
    sel_body = _select_text(tree, selectors.get("body"), "\n")
    structured_date = _structured_date(tree)
    meta = _page_meta(tree)

    # trafilatura for the body only: its metadata pass runs htmldate's extensive search on every page,
    # which costs more than the body extraction; dates here come from cheaper, more reliable places first
    doc = None
    try:
        doc = trafilatura.bare_extraction(tree, url=url, with_metadata=False, include_comments=False,
                                          include_tables=False, favor_precision=True)
    except Exception:  # trafilatura raises assorted errors on broken pages; selectors may still work
        doc = None
    traf_text = (doc.text if doc is not None and hasattr(doc, "text") else (doc or {}).get("text")) or ""

    raw_title = sel_title or meta["title"]
    title = _clean_title(raw_title)
    body = sel_body or traf_text
    body = clean_body(body, title, raw_title)

    # date: what the page states > URL path > dateline (year from the feed's date) > the feed's date > htmldate
    published = sel_published or structured_date or date_from_url(result["canonical_url"]) or date_from_url(url)
    if not published:
        hint = _norm_date(date_hint)
        published = date_from_dateline(body, year_hint=int(hint[:4]) if hint else None) or hint
    if not published:
        published = _htmldate_guess(text_html, url)

    result.update(
        title=title,
        published=published,
        text=body,
        language=guess_language(body, declared_lang),
        author=sel_author or meta["author"],
    )
    return result
