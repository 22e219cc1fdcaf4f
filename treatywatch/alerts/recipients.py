"""Who gets which mail: one `Recipient` per address, from `TREATYWATCH_ALERT_TO` (digest, defaults) and the
recipients file (`TREATYWATCH_RECIPIENTS_FILE`, YAML), validated at start.

    recipients:
      - address: desk@example.org          # the only required key
        languages: [en, ja]                 # articles in these languages only (default: all)
        speakers: [Sergei Lavrov]           # statements by these speakers only (default: all)
        digest: true                        # the daily digest (default: true)
        immediate: true                     # a mail at once for each new treaty statement by ...
        immediate_speakers: [Sergei Lavrov] # ... these speakers (default: `speakers`, else anyone)
        news: true                          # Russia–Japan stories without treaty statements (default: true)
        nothing_new: false                  # a digest even when nothing is new (default: false)

Only PyYAML and pydantic here: `treatywatch.config` imports this module to validate the file at start.
"""
from __future__ import annotations

import re
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

_LANGUAGE = re.compile(r"^[a-z]{2,3}$")


def check_address(addr: str) -> str:
    """An email address that cannot break a header: an @, no spaces, no CR/LF, no angle brackets."""
    if not isinstance(addr, str) or "@" not in addr or any(c in addr for c in "\r\n\t <>,;\"") \
            or addr.startswith("@") or addr.endswith("@"):
        raise ValueError(f"not an email address: {addr!r}")
    return addr


def _speaker_name(name: str) -> str:
    """The canonical registry name when the name is registered (any alias or script), else as written."""
    from treatywatch.statements.speakers import canonical  # read-only use of the speaker registry

    return canonical(name)


class Recipient(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    address: str
    languages: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    digest: bool = True
    immediate: bool = False
    immediate_speakers: tuple[str, ...] = ()
    news: bool = True
    nothing_new: bool = False

    @field_validator("address")
    @classmethod
    def _address(cls, v: str) -> str:
        return check_address(v.strip())

    @field_validator("languages", mode="before")
    @classmethod
    def _languages(cls, v):
        v = [v] if isinstance(v, str) else v
        out = []
        for lang in v or []:
            lang = str(lang).strip().lower()
            if not _LANGUAGE.match(lang):
                raise ValueError(f"not a language code: {lang!r} (use ISO 639-1, e.g. en, ja, ru)")
            out.append(lang)
        return tuple(out)

    @field_validator("speakers", "immediate_speakers", mode="before")
    @classmethod
    def _speakers(cls, v):
        v = [v] if isinstance(v, str) else v
        names = []
        for name in v or []:
            if not isinstance(name, str) or not name.strip():
                raise ValueError(f"not a speaker name: {name!r}")
            names.append(_speaker_name(name))
        return tuple(dict.fromkeys(names))

    # --- what this recipient wants ----------------------------------------------------------------------------
    def wants_language(self, language: str | None) -> bool:
        return not self.languages or (language or "").lower()[:3] in self.languages

    def wants_speaker(self, speaker: str) -> bool:
        return not self.speakers or speaker in self.speakers

    def wants_immediately(self, speaker: str) -> bool:
        if not self.immediate:
            return False
        chosen = self.immediate_speakers or self.speakers
        return not chosen or speaker in chosen


class RecipientsFileError(ValueError):
    """The recipients file is unreadable or an entry is wrong; the message names the entry and the key."""


def _entry_label(index: int, entry) -> str:
    address = entry.get("address") if isinstance(entry, dict) else None
    return f"entry {index + 1}" + (f" ({address})" if isinstance(address, str) else "")


def parse_recipients(data, source: str = "recipients file") -> list[Recipient]:
    if data is None:
        return []
    items = data.get("recipients") if isinstance(data, dict) else data
    if isinstance(data, dict) and set(data) - {"recipients"}:
        raise RecipientsFileError(f"{source}: unknown top-level key(s) {sorted(set(data) - {'recipients'})}; "
                                  "expected `recipients:`")
    if not isinstance(items, list):
        raise RecipientsFileError(f"{source}: expected `recipients:` with a list of entries")
    out: list[Recipient] = []
    seen: dict[str, int] = {}
    for i, entry in enumerate(items):
        label = _entry_label(i, entry)
        if not isinstance(entry, dict):
            raise RecipientsFileError(f"{source}: {label}: expected a mapping with at least `address`")
        try:
            recipient = Recipient(**{str(k): v for k, v in entry.items()})
        except ValidationError as exc:
            problems = []
            for err in exc.errors():
                key = ".".join(str(p) for p in err["loc"][:1]) or "?"
                msg = "unknown key" if err["type"] == "extra_forbidden" else err["msg"].removeprefix("Value error, ")
                problems.append(f"key '{key}': {msg}")
            raise RecipientsFileError(f"{source}: {label}: " + "; ".join(problems)) from None
        if recipient.address.lower() in seen:
            raise RecipientsFileError(f"{source}: {label}: key 'address': {recipient.address} is already entry "
                                      f"{seen[recipient.address.lower()] + 1}")
        if not recipient.digest and not recipient.immediate:
            raise RecipientsFileError(f"{source}: {label}: key 'digest': neither digest nor immediate is on, "
                                      "this entry would get no mail")
        seen[recipient.address.lower()] = i
        out.append(recipient)
    return out


def load_recipients_file(path: str | Path) -> list[Recipient]:
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise RecipientsFileError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except yaml.YAMLError as exc:
        raise RecipientsFileError(f"{path}: not valid YAML: {exc}") from None
    return parse_recipients(data, str(path))


def recipients_from(alert_to: list[str], recipients_file: str | Path | None) -> list[Recipient]:
    """The file's entries, then every TREATYWATCH_ALERT_TO address not in the file (digest, defaults)."""
    out = load_recipients_file(recipients_file) if recipients_file else []
    known = {r.address.lower() for r in out}
    for addr in alert_to:
        if addr.lower() not in known:
            known.add(addr.lower())
            out.append(Recipient(address=addr))
    return out
