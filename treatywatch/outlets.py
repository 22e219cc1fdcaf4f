"""The outlet registry (outlets.yaml): load, validate, and point it at another host (the mock web).

A bad entry fails at load with a ConfigError naming the file, the entry and the key, so a user who
edits the YAML sees at once what to fix.
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import urlsplit

import yaml
from parsel import Selector
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from treatywatch.config import BUNDLED_OUTLETS, ConfigError

SOURCE_KINDS = ("feeds", "sitemaps", "sections")


def _check_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname or " " in url:
        raise ValueError(f"not an http(s) URL: {url!r}")
    return url


def is_xpath(query: str) -> bool:
    return query.startswith(("/", "("))


class Selectors(BaseModel):
    """Per-field CSS or XPath queries; a field left out is extracted by trafilatura/htmldate."""
    model_config = ConfigDict(extra="forbid")
    title: str | None = None
    published: str | None = None
    body: str | None = None
    author: str | None = None

    @field_validator("*")
    @classmethod
    def _compiles(cls, v: str | None) -> str | None:
        if v is None:
            return v
        probe = Selector(text="<html><body><p>x</p></body></html>")
        try:
            probe.xpath(v) if is_xpath(v) else probe.css(v)
        except Exception as exc:  # parsel raises several types for bad queries
            raise ValueError(f"bad selector {v!r}: {exc}") from None
        return v

    def as_dict(self) -> dict[str, str]:
        return {k: v for k, v in self.model_dump().items() if v}


class OutletConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    language: str = Field(pattern=r"^[a-z]{2,3}$")
    display_name: str | None = None
    feeds: list[str] = Field(default_factory=list)
    sitemaps: list[str] = Field(default_factory=list)
    sections: list[str] = Field(default_factory=list)
    article_pattern: str | None = None
    selectors: Selectors | None = None
    download_timeout: float | None = Field(default=None, gt=0)
    notes: str | None = None
    # set by rewrite(): the base URL the configured URLs were moved under
    base_url: str | None = Field(default=None, exclude=True)

    @field_validator("feeds", "sitemaps", "sections")
    @classmethod
    def _urls(cls, v: list[str]) -> list[str]:
        return [_check_url(u) for u in v]

    @field_validator("article_pattern")
    @classmethod
    def _regex(cls, v: str | None) -> str | None:
        if v is not None:
            try:
                re.compile(v)
            except re.error as exc:
                raise ValueError(f"bad regex {v!r}: {exc}") from None
        return v

    @property
    def label(self) -> str:
        return self.display_name or self.name

    def sources(self) -> list[tuple[str, list[str]]]:
        """Discovery stages in the order they are tried: feeds, then sitemaps, then sections."""
        return [(kind, getattr(self, kind)) for kind in SOURCE_KINDS if getattr(self, kind)]

    def rewrite(self, base_url: str | None) -> OutletConfig:
        """The same outlet with every URL moved under base_url (see rewrite_url)."""
        if not base_url:
            return self
        base_url = base_url.rstrip("/")
        return self.model_copy(update={
            kind: [rewrite_url(u, base_url) for u in getattr(self, kind)] for kind in SOURCE_KINDS
        } | {"base_url": base_url})

    def original_url(self, url: str) -> str:
        return original_url(url, self.base_url)

    def is_article(self, url: str) -> bool:
        """Does a discovered link look like one of this outlet's articles? (pattern tested on the original URL)"""
        if not self.article_pattern:
            return True
        return re.search(self.article_pattern, self.original_url(url)) is not None


def rewrite_url(url: str, base_url: str) -> str:
    """https://tass.com/rss/v2.xml -> {base_url}/tass.com/rss/v2.xml (the host becomes the first path segment)."""
    parts = urlsplit(url)
    rest = parts.path or "/"
    if parts.query:
        rest += "?" + parts.query
    return f"{base_url.rstrip('/')}/{parts.netloc}{rest}"


def original_url(url: str, base_url: str | None) -> str:
    """Undo rewrite_url (the scheme comes back as https); URLs outside base_url are returned as they are."""
    if not base_url:
        return url
    prefix = base_url.rstrip("/") + "/"
    if not url.startswith(prefix):
        return url
    return "https://" + url[len(prefix):]


def outlets_file_path(path: str | os.PathLike | None = None) -> Path:
    return Path(path or os.environ.get("TREATYWATCH_OUTLETS_FILE") or BUNDLED_OUTLETS)


def _describe(err: dict, entries: list) -> tuple[str, str]:
    loc = list(err["loc"])
    entry = loc[0] if loc else "?"
    label = f"entry {entry + 1 if isinstance(entry, int) else entry}"
    if isinstance(entry, int) and entry < len(entries) and isinstance(entries[entry], dict) and entries[entry].get("name"):
        label += f" ({entries[entry]['name']!r})"
    key = ".".join(str(p) for p in loc[1:]) or "(entry)"
    msg = err["msg"]
    if err["type"] == "extra_forbidden":
        msg = "unknown key"
    elif err["type"] == "missing":
        msg = "missing required key"
    return label, f"{key}: {msg}"


def load_outlets(path: str | os.PathLike | None = None, base_url: str | None = None) -> list[OutletConfig]:
    """Read and validate the registry (default: TREATYWATCH_OUTLETS_FILE or the bundled one).

    base_url moves every configured URL under that base (the mock outlet web); see rewrite_url.
    """
    path = outlets_file_path(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"outlets file {path}: cannot read: {exc.strerror or exc}") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"outlets file {path}: not valid YAML: {exc}") from None
    if not isinstance(raw, dict) or not isinstance(raw.get("outlets"), list):
        raise ConfigError(f"outlets file {path}: expected a list under 'outlets:'")
    entries = raw["outlets"]
    problems, outlets, seen = [], [], set()
    for i, entry in enumerate(entries):
        if not isinstance(entry, dict):
            problems.append(f"entry {i + 1}: expected a mapping of keys, got {type(entry).__name__}")
            continue
        try:
            outlet = OutletConfig(**entry)
        except ValidationError as exc:
            for err in exc.errors():
                label, what = _describe({**err, "loc": (i, *err["loc"])}, entries)
                problems.append(f"{label}: {what}")
            continue
        except TypeError as exc:  # e.g. a non-string key
            problems.append(f"entry {i + 1}: {exc}")
            continue
        if outlet.name in seen:
            problems.append(f"entry {i + 1} ({outlet.name!r}): name: duplicate outlet name")
        seen.add(outlet.name)
        if not outlet.sources():
            problems.append(f"entry {i + 1} ({outlet.name!r}): feeds/sitemaps/sections: none given")
        outlets.append(outlet.rewrite(base_url))
    if problems:
        raise ConfigError(f"outlets file {path}:\n  " + "\n  ".join(problems))
    return outlets


def get_outlet(name: str, path: str | os.PathLike | None = None, base_url: str | None = None) -> OutletConfig:
    outlets = load_outlets(path, base_url)
    for outlet in outlets:
        if outlet.name == name:
            return outlet
    known = ", ".join(o.name for o in outlets)
    raise ConfigError(f"outlets file {outlets_file_path(path)}: no outlet named {name!r} (known: {known})")
