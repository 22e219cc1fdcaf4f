"""Finding article links in feeds (RSS 2.0, RSS 1.0/RDF, Atom), news sitemaps and section pages.

Plain functions over bytes, shared by the spiders and `treatywatch outlets check`.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree


@dataclass(frozen=True)
class Link:
    url: str
    published: datetime | None = None  # aware UTC datetime when the listing dates the entry
    title: str | None = None


def parse_date(value: str | None) -> datetime | None:
    """RFC 822 (RSS) or ISO 8601 (Atom, sitemaps) to an aware UTC datetime; None if unreadable."""
    if not value:
        return None
    value = value.strip()
    dt = None
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            dt = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt.astimezone(timezone.utc)


_XML_PARSER = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=True)


def _xml_root(body: bytes):
    body = body.lstrip()
    if not body.startswith(b"<"):
        return None
    try:
        return etree.fromstring(body, parser=_XML_PARSER)
    except (etree.XMLSyntaxError, ValueError):
        return None


def _local(tag) -> str:
    return etree.QName(tag).localname.lower() if isinstance(tag, str) else ""


def _child_text(el, *names) -> str | None:
    for child in el:
        if _local(child.tag) in names and (child.text or "").strip():
            return child.text.strip()
    return None


def is_feed(body: bytes) -> bool:
    root = _xml_root(body)
    return root is not None and _local(root.tag) in ("rss", "feed", "rdf")


def parse_feed(body: bytes, base_url: str) -> list[Link]:
    """Entries of an RSS/RDF/Atom feed; an HTML page or garbage gives []."""
    root = _xml_root(body)
    if root is None or _local(root.tag) not in ("rss", "feed", "rdf"):
        return []
    links = []
    for el in root.iter():
        name = _local(el.tag)
        if name == "item":  # RSS 2.0 and RDF
            url = _child_text(el, "link")
            guid = _child_text(el, "guid")
            if not url and guid and guid.startswith("http"):
                url = guid
            date = parse_date(_child_text(el, "pubdate", "date", "published", "updated"))
        elif name == "entry":  # Atom
            url = None
            for child in el:
                if _local(child.tag) == "link" and child.get("rel", "alternate") == "alternate" and child.get("href"):
                    url = child.get("href")
                    break
            date = parse_date(_child_text(el, "published", "updated"))
        else:
            continue
        if url:
            links.append(Link(urljoin(base_url, url.strip()), date, _child_text(el, "title")))
    return links


def parse_sitemap(body: bytes, base_url: str) -> tuple[list[Link], list[str]]:
    """(article links, child sitemaps) of a sitemap or sitemap index; news:publication_date preferred over lastmod."""
    root = _xml_root(body)
    if root is None:
        return [], []
    kind = _local(root.tag)
    links, children = [], []
    for el in root:
        if _local(el.tag) not in ("url", "sitemap"):
            continue
        loc = date = None
        for child in el.iter():
            name = _local(child.tag)
            if name == "loc" and child.text:
                loc = urljoin(base_url, child.text.strip())
            elif name == "publication_date":
                date = parse_date(child.text) or date
            elif name == "lastmod" and date is None:
                date = parse_date(child.text)
        if not loc:
            continue
        if kind == "sitemapindex":
            children.append(loc)
        else:
            links.append(Link(loc, date))
    return links, children


def parse_section(body: bytes | str, base_url: str) -> list[Link]:
    """Every same-host link on a section page (the outlet's article_pattern picks the articles)."""
    try:
        tree = lxml.html.fromstring(body)
    except (etree.ParserError, ValueError):
        return []
    host = urlsplit(base_url).netloc
    seen, links = set(), []
    for a in tree.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        url = urljoin(base_url, href).split("#", 1)[0]
        if urlsplit(url).netloc != host or url in seen:
            continue
        seen.add(url)
        links.append(Link(url, None, a.text_content().strip() or None))
    return links
