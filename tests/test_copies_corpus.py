"""Each kind of copy the web makes, built from real corpus articles (read from ../shared at run time)."""
import json
import random

import pytest

from tests.conftest import shared_file
from treatywatch.export import export_articles
from treatywatch.ingest import ingest_records


def _corpus(language: str, count: int) -> list[dict]:
    rows = [json.loads(line) for line in shared_file("corpus", "dev.jsonl").read_text(encoding="utf-8").splitlines()]
    candidates = [r for r in rows if r["language"] == language and len(r["text"]) > 600 and not r.get("copy_group")]
    return sorted(candidates, key=lambda r: -len(r["text"]))[:count]  # the longest: truncations stay sizeable


def _edit(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    for i in rng.sample(range(len(words)), max(1, len(words) // 30)):
        words[i] = words[i].upper()
    return " ".join(words)


def _reorder(text: str, rng: random.Random) -> str:
    paras = [p for p in text.split("\n") if p.strip()]
    head, rest = paras[:1], paras[1:]
    rng.shuffle(rest)
    return "\n\n".join(head + rest)


COPY_KINDS = {
    "republished": lambda t, rng: t,
    "light edit": _edit,
    "truncation": lambda t, rng: t[: len(t) // 2],
    "extension": lambda t, rng: t + "\n\nThis article was republished from a news agency feed with permission.",
    "re-ordered": _reorder,
    "wrapped in junk": lambda t, rng: "10293847561029384756" + t + "\n\nLeave A Reply\n\nShare this:\n\nRelated",
    "carried twice": lambda t, rng: t + "\n\nBack to Top Close\n\n" + t,
    "quote marks and spaces": lambda t, rng: t.replace("“", '"').replace("”", '"').replace(" ", "  "),
}


@pytest.mark.parametrize("language", ["en", "ru", "ja"])
def test_every_copy_kind_points_to_the_original(sqlite_url, language):
    originals = _corpus(language, 3)
    if not originals:
        pytest.skip(f"no long {language} article in the corpus")
    rng = random.Random(1)
    records = [{**o, "outlet": f"origin{i}"} for i, o in enumerate(originals)]
    expected = {}
    for i, original in enumerate(originals):
        for kind, make in COPY_KINDS.items():
            url = f"https://copies.example/{language}/{i}/{kind.replace(' ', '-')}"
            records.append({"url": url, "outlet": "copies", "language": language, "published": original["published"],
                            "title": None, "text": make(original["text"], rng)})
            expected[url] = (original["url"], kind)
    ingest_records(sqlite_url, records)
    rows = {a["url"]: a for a in export_articles(sqlite_url)}
    wrong = {kind: rows[url]["duplicate_of"] for url, (src, kind) in expected.items() if rows[url]["duplicate_of"] != src}
    assert not wrong
    assert all(rows[o["url"]]["duplicate_of"] is None for o in originals)  # different articles stay apart


def test_different_articles_of_one_story_are_not_copies(sqlite_url):
    rows = [json.loads(line) for line in shared_file("corpus", "dev.jsonl").read_text(encoding="utf-8").splitlines()]
    ingest_records(sqlite_url, rows)
    exported = {a["url"]: a for a in export_articles(sqlite_url)}
    by_story = {}
    for r in rows:
        by_story.setdefault(r["story_key"], []).append(r)
    for members in by_story.values():
        for r in members:
            dup = exported[r["url"]]["duplicate_of"]
            if dup is not None:  # a predicted copy must be a labelled copy of the same text
                gold = {m["url"]: m.get("copy_group") for m in rows}
                assert r.get("copy_group") and gold.get(dup) == r["copy_group"], (r["url"], dup)
