"""`treatywatch outlets check`: fetch each configured source once and show what it yields.

The way a user verifies an outlet's feeds/sitemaps/sections after editing the registry: per source,
how many article links it gives and the newest date; then one article run through the extractor.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import requests

from crawler.discovery import Link, parse_feed, parse_section, parse_sitemap
from treatywatch.extract_html import extract_article
from treatywatch.outlets import OutletConfig


@dataclass
class SourceCheck:
    kind: str
    url: str
    status: str           # "ok" or why not ("HTTP 403", "connection refused", "timeout", ...)
    discovered: int = 0   # article links (matching article_pattern)
    newest: datetime | None = None


@dataclass
class OutletCheck:
    outlet: str
    sources: list[SourceCheck] = field(default_factory=list)
    sample_url: str | None = None
    sample: dict | None = None
    sample_error: str | None = None

    @property
    def discovered(self) -> int:
        return sum(s.discovered for s in self.sources)

    @property
    def ok(self) -> bool:
        return self.discovered > 0 and bool(self.sample and self.sample.get("text"))


def _fetch(session: requests.Session, url: str, timeout: float) -> tuple[bytes | None, str, str | None]:
    """(body, status, charset)"""
    try:
        resp = session.get(url, timeout=timeout)
    except requests.exceptions.ConnectionError as exc:
        return None, "connection refused" if "refused" in str(exc).lower() else "connection failed", None
    except requests.exceptions.Timeout:
        return None, f"timeout after {timeout:g}s", None
    except requests.RequestException as exc:
        return None, type(exc).__name__, None
    if resp.status_code >= 400:
        return None, f"HTTP {resp.status_code}", None
    return resp.content, "ok", requests.utils.get_encoding_from_headers(resp.headers) if "charset" in resp.headers.get("content-type", "") else None


def check_outlet(outlet: OutletConfig, *, user_agent: str, timeout: float = 20.0,
                 session: requests.Session | None = None) -> OutletCheck:
    session = session or requests.Session()
    session.headers["User-Agent"] = user_agent
    result = OutletCheck(outlet.name)
    candidates: list[Link] = []
    for kind, urls in outlet.sources():
        for url in urls:
            body, status, _ = _fetch(session, url, timeout)
            links: list[Link] = []
            if body is not None:
                if kind == "feeds":
                    links = parse_feed(body, url)
                elif kind == "sitemaps":
                    links, children = parse_sitemap(body, url)
                    for child in children[:3]:  # an index: look into its first few sitemaps
                        child_body, _, _ = _fetch(session, child, timeout)
                        if child_body:
                            links += parse_sitemap(child_body, child)[0]
                else:
                    links = parse_section(body, url)
                if not links and status == "ok":
                    status = "ok, but no entries" if kind != "sections" else "ok, but no links"
            links = [link for link in links if outlet.is_article(link.url)]
            dates = [link.published for link in links if link.published]
            result.sources.append(SourceCheck(kind, url, status, len(links), max(dates) if dates else None))
            candidates += links
    if candidates:
        newest = sorted(candidates, key=lambda link: link.published.timestamp() if link.published else 0, reverse=True)
        result.sample_url = newest[0].url
        body, status, charset = _fetch(session, result.sample_url, timeout)
        if body is None:
            result.sample_error = status
        else:
            result.sample = extract_article(body, result.sample_url,
                                            outlet.selectors.as_dict() if outlet.selectors else None, charset,
                                            date_hint=newest[0].published.isoformat() if newest[0].published else None)
            if not result.sample.get("text"):
                result.sample_error = "no article text extracted"
    return result


def format_check(check: OutletCheck) -> list[str]:
    lines = [f"{check.outlet}: {'OK' if check.ok else 'NOTHING FOUND' if not check.discovered else 'PROBLEM'}"]
    for s in check.sources:
        newest = s.newest.strftime("%Y-%m-%d %H:%M") if s.newest else "-"
        lines.append(f"  {s.kind[:-1]:8} {s.url}  {s.status}; {s.discovered} articles; newest {newest}")
    if check.sample_url:
        lines.append(f"  sample   {check.sample_url}")
        if check.sample:
            smp = check.sample
            first = " ".join((smp.get("text") or "").split())[:100]
            lines.append(f"    title: {smp.get('title')!r}  date: {smp.get('published')}  lang: {smp.get('language')}")
            lines.append(f"    text:  {first!r}")
        if check.sample_error:
            lines.append(f"    problem: {check.sample_error}")
    return lines
