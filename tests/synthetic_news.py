"""Synthetic news records in the `treatywatch ingest` shape, for fault tests: officials' statements on the peace
treaty and the islands, wire copies re-published by other outlets, and unrelated news — deterministic for a seed."""
from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path

SPEAKERS = [
    ("Foreign Minister Sergei Lavrov", "Lavrov"),
    ("Kremlin spokesman Dmitry Peskov", "Peskov"),
    ("Foreign Ministry spokeswoman Maria Zakharova", "Zakharova"),
    ("Japanese Prime Minister Fumio Kishida", "Kishida"),
    ("Chief Cabinet Secretary Yoshimasa Hayashi", "Hayashi"),
    ("Deputy Foreign Minister Andrei Rudenko", "Rudenko"),
]
CLAIMS = [
    "the peace treaty with Japan cannot be discussed while Tokyo imposes sanctions",
    "Japan remains committed to concluding a peace treaty by resolving the territorial issue",
    "the sovereignty of Russia over the Southern Kurils is not up for negotiation",
    "the Northern Territories are an inherent part of Japan",
    "joint economic activity on the islands could build the trust a peace treaty needs",
    "talks on a peace treaty are frozen for reasons that lie with Tokyo",
    "visa-free exchanges for former island residents should resume before any treaty talks",
    "the 1956 declaration remains the basis for a settlement on the peace treaty",
]
PLACES = ["Moscow", "Tokyo", "Sakhalin", "Kunashir", "Iturup", "Vladivostok"]
FILLER = [
    "The remarks came a day after a meeting of officials in {place}.",
    "Observers in {place} said the two sides had not met at ministerial level for months.",
    "The statement was published on the ministry's website in {place}.",
    "Fishing quotas near the islands were also on the agenda, officials in {place} said.",
]
UNRELATED = [
    "The central bank in {place} kept its key rate unchanged on {day}, citing slowing inflation.",
    "A new bridge in {place} opened to traffic on {day} after three years of construction.",
    "Heavy snow disrupted flights at the airport of {place} on {day}.",
]
WORDS = ("harbour delegation winter ferry quota border ministry council envoy archive treaty summit tariff coast "
         "island village census airport railway fishery pipeline reactor festival museum school hospital bridge "
         "budget forecast shipment contract election parliament governor mayor survey market energy grain").split()
OUTLETS = ["tass.example", "kyodo.example", "nhk.example", "interfax.example", "japantimes.example"]


def synthetic_records(count: int, seed: int = 7, start: date = date(2026, 3, 1)) -> list[dict]:
    rng = random.Random(seed)
    records: list[dict] = []
    while len(records) < count:
        n = len(records)
        day = start + timedelta(days=n // 40)
        place = rng.choice(PLACES)
        outlet = rng.choice(OUTLETS)
        roll = rng.random()
        local = " ".join(rng.choice(WORDS) for _ in range(rng.randint(25, 40)))
        local = f"Local details ({n}): {local}."
        if roll < 0.1 and records:  # a wire copy of a recent story, on another outlet
            original = rng.choice(records[-30:])
            text = original["text"] + f"\n\nReporting by the {outlet.split('.')[0]} desk."
            title = original["title"]
        elif roll < 0.35:
            text = " ".join(rng.choice(UNRELATED).format(place=place, day=day.isoformat())
                            for _ in range(rng.randint(2, 4))) + "\n\n" + local
            title = f"{place}: news of {day.isoformat()} #{n}"
        else:
            full, short = rng.choice(SPEAKERS)
            claim = rng.choice(CLAIMS)
            paragraphs = [
                f'"{claim[0].upper() + claim[1:]}," {full} told reporters in {place} on {day.isoformat()}.',
                rng.choice(FILLER).format(place=place),
                f"{short} added that {rng.choice(CLAIMS)} (report {n}).",
                rng.choice(FILLER).format(place=place),
                local,
            ]
            text = "\n\n".join(paragraphs)
            title = f"{short} on the peace treaty with Japan ({n})"
        records.append({"url": f"https://{outlet}/news/{day:%Y/%m/%d}/{n}", "outlet": outlet.split(".")[0],
                        "language": "en", "published": day.isoformat(), "title": title, "text": text})
    return records


def write_jsonl(path: Path, records: list[dict]) -> Path:
    with open(path, "w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path
