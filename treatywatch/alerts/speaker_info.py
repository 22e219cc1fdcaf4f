"""What a digest says about a speaker: the office held on the article's date and the side (Russia or Japan),
read from the speaker registry (`treatywatch/statements/speakers.yaml`, read-only)."""
from __future__ import annotations

from functools import lru_cache

COUNTRY = {"ru": "Russian", "jp": "Japanese"}
SIDES = {"ru": "Russia", "jp": "Japan"}
# office ids of the registry that read better written out; others are spelled from the id
OFFICE_NAMES = {
    "president": "President", "pm": "Prime Minister", "foreign_minister": "Foreign Minister",
    "kremlin_spokesman": "Kremlin spokesman", "mfa_spokeswoman": "Foreign Ministry spokeswoman",
    "ambassador_japan": "Ambassador to Japan", "ambassador_russia": "Ambassador to Russia",
    "chief_cabinet_secretary": "Chief Cabinet Secretary",
}
LANGUAGES = {"en": "English", "ru": "Russian", "ja": "Japanese", "zh": "Chinese", "ko": "Korean", "fr": "French",
             "de": "German", "es": "Spanish", "ar": "Arabic", "hi": "Hindi"}


def office_label(office: str) -> str:
    country, _, rest = office.partition("_")
    if country not in COUNTRY:
        return office.replace("_", " ").capitalize()
    return f"{COUNTRY[country]} {OFFICE_NAMES.get(rest, rest.replace('_', ' '))}"


def _entry(name: str):
    from treatywatch.statements.speakers import registry

    try:
        return registry().by_name.get((name or "").strip().lower())
    except Exception:  # noqa: BLE001 - a registry that cannot be read leaves the role blank, not the mail unsent
        return None


@lru_cache(maxsize=4096)
def speaker_role(name: str, day: str | None) -> str:
    """The office `name` held on `day` (ISO date or year-month), e.g. "Russian Foreign Minister"; "" when
    the speaker is not registered, the date is unknown or no office covers it."""
    entry = _entry(name)
    if entry is None or not day:
        return ""
    day = day[:10]
    for office, start, end in entry.offices:
        if start[:len(day)] <= day and (end is None or day < end[:len(day)]):
            return office_label(office)
    return ""


@lru_cache(maxsize=4096)
def speaker_side(name: str) -> str:
    """"Russia", "Japan" or "other" (unregistered or third-country speakers)."""
    entry = _entry(name)
    return SIDES.get(getattr(entry, "country", None) or "", "other")


def language_name(code: str | None) -> str:
    code = (code or "").lower()
    return LANGUAGES.get(code, code)
