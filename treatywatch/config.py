"""All settings in one object, read from the environment (prefix TREATYWATCH_) and an optional .env file.

A bad value fails at start with a message that names the setting (see `load_settings`).
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from typing import Annotated

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict, SettingsError

PACKAGE_DIR = Path(__file__).resolve().parent
BUNDLED_OUTLETS = PACKAGE_DIR / "outlets.yaml"


class ConfigError(ValueError):
    """A setting is missing or malformed; the message names it."""


def default_data_dir() -> Path:
    return Path(os.environ.get("TREATYWATCH_DATA_DIR") or Path.cwd() / "data")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TREATYWATCH_", env_file=".env", extra="ignore")

    data_dir: Path = Field(default_factory=default_data_dir)
    database_url: str = ""  # empty: a SQLite file in data_dir
    smtp_url: str = ""  # empty: mails are written as .eml files to outbox_dir
    smtp_from: str = "treatywatch@localhost"
    alert_to: Annotated[list[str], NoDecode] = Field(default_factory=list)  # comma-separated in the env
    # per-recipient filters, digest and/or immediate mails (YAML, see treatywatch/alerts/recipients.py)
    recipients_file: Path | None = None
    # who hears about a failed DAG run (SmtpNotifier); comma-separated in the env; empty: nobody
    operators: Annotated[list[str], NoDecode] = Field(default_factory=list)
    outlets_file: Path = BUNDLED_OUTLETS
    outbox_dir: Path | None = None
    feeds_dir: Path | None = None  # where crawl runs write their JSON-lines feeds
    # base URL that replaces every outlet's scheme+host, e.g. the mock outlet web in tests and the demo
    outlets_base_url: str = ""
    user_agent: str = "treatywatch/0.1 (+https://github.com/treatywatch/treatywatch; news monitoring bot)"

    @field_validator("database_url")
    @classmethod
    def _check_db(cls, v: str) -> str:
        if v and not v.split(":", 1)[0].startswith(("sqlite", "postgresql")):
            raise ValueError("must start with sqlite:// or postgresql://")
        return v

    @field_validator("smtp_url")
    @classmethod
    def _check_smtp(cls, v: str) -> str:
        if not v:
            return v
        parts = urlsplit(v)
        if parts.scheme not in ("smtp", "smtps", "smtp+starttls") or not parts.hostname:
            raise ValueError("must look like smtp://[user:password@]host[:port] (or smtps://, smtp+starttls://)")
        try:
            parts.port
        except ValueError as exc:
            raise ValueError(f"bad port: {exc}") from None
        return v

    @field_validator("alert_to", "operators", mode="before")
    @classmethod
    def _split_recipients(cls, v):
        if isinstance(v, str):
            v = [p.strip() for p in v.replace(";", ",").split(",") if p.strip()]
        for addr in v:
            if "@" not in addr or any(c in addr for c in "\r\n <>"):
                raise ValueError(f"not an email address: {addr!r}")
        return v

    @field_validator("recipients_file")
    @classmethod
    def _check_recipients_file(cls, v: Path | None) -> Path | None:
        if v is None or str(v) == "":
            return None
        from treatywatch.alerts.recipients import load_recipients_file

        load_recipients_file(v)  # every entry checked at start; the error names the entry and the key
        return Path(v)

    @field_validator("outlets_file")
    @classmethod
    def _check_outlets(cls, v: Path) -> Path:
        if not Path(v).is_file():
            raise ValueError(f"no such file: {v}")
        return Path(v)

    @field_validator("outlets_base_url")
    @classmethod
    def _check_base(cls, v: str) -> str:
        if v and (urlsplit(v).scheme not in ("http", "https") or not urlsplit(v).netloc):
            raise ValueError("must be an http(s) URL")
        return v.rstrip("/")

    @property
    def recipients(self):
        """Every recipient: the recipients file's entries, then TREATYWATCH_ALERT_TO (digest, defaults)."""
        from treatywatch.alerts.recipients import recipients_from

        return recipients_from(self.alert_to, self.recipients_file)

    # derived paths
    @property
    def db_url(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'treatywatch.db'}"

    @property
    def outbox_path(self) -> Path:
        return Path(self.outbox_dir or self.data_dir / "outbox")

    @property
    def feeds_path(self) -> Path:
        return Path(self.feeds_dir or self.data_dir / "feeds")


def load_settings(**overrides) -> Settings:
    """Build settings, turning validation errors into one ConfigError naming each bad setting."""
    try:
        return Settings(**{k: v for k, v in overrides.items() if v is not None})
    except SettingsError as exc:
        raise ConfigError(f"bad configuration: {exc}") from None
    except ValidationError as exc:
        lines = []
        for err in exc.errors():
            name = "TREATYWATCH_" + "_".join(str(p) for p in err["loc"][:1]).upper()
            lines.append(f"{name}: {err['msg']}")
        raise ConfigError("bad configuration:\n  " + "\n  ".join(lines)) from None


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return load_settings()
