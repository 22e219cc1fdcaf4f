"""prefilter: the literal prefixes of a pattern, and a search that answers exactly as the pattern does."""
import json
import random
import re
from pathlib import Path

import pytest

from treatywatch.prefilter import Prefiltered, literal_prefixes
from treatywatch.statements import stance, topic

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev.jsonl"


def test_prefixes_of_alternatives_after_zero_width_assertions():
    assert literal_prefixes(r"(?<![a-z])(?:Talks|negotiat\w+)\b|переговор\w*", re.I) == ("negotiat", "talks", "переговор")


def test_a_match_that_may_begin_otherwise_has_no_prefixes():
    for pattern in (r"\w+ talks", r"(?:the )?talks", r"[tT]alks", r"talks|.", "a*b"):
        assert literal_prefixes(pattern) is None, pattern


def test_a_repeated_literal_begins_with_it():
    assert literal_prefixes(r"(?:ab)+c") == ("ab",)


def test_skips_a_text_without_the_prefixes_and_answers_as_the_pattern_otherwise():
    rx = Prefiltered(re.compile(r"\bpeace treaty\b", re.I))
    assert rx.search("Talks on trade resumed") is None
    assert rx.search("A PEACE TREATY soon").span() == (2, 14)
    assert rx.sub("-", "peace treaty") == "-"  # everything else is the pattern's own


@pytest.mark.parametrize("text", ["ſigned", "İslands", "KELVIN Kuril", "ΣΊΣΥΦΟΣ peace", "ıslands"])
def test_letters_that_ignorecase_matches_some_other_way_are_matched_not_checked(text):
    for plain in (re.compile(r"signed|islands|kuril|peace", re.I), re.compile(r"\w+", re.I)):
        assert bool(Prefiltered(plain).search(text)) == bool(plain.search(text)), text


def _patterns():
    named = [getattr(topic, n) for n in ("TALKS", "ANAPHORIC_ISSUE", "OTHER_TALKS", "OTHER_SUBJECT", "SETTLEMENT",
                                         "FAMILY_HISTORY", "POSTWAR", "POSTWAR_ALONE", "AGENDA", "RETURN_OF_ISLANDS")]
    return named + list(topic._COMPILED.values()) + [rx for _, rx in stance._COMPILED]


def test_topic_and_stance_patterns_answer_as_their_plain_forms(tmp_path):
    texts = ["Lavrov said the PEACE TREATY talks are frozen.", "Кисида заявил о переговорах по мирному договору",
             "北方領土問題を解決して平和条約を締結", "ſettlement of the dıspute", "Nothing here at all."]
    if CORPUS.exists():
        for line in CORPUS.open(encoding="utf-8"):
            text = json.loads(line)["text"]
            texts += [s for s in re.split(r"(?<=[.!?。])\s*", text) if s]
    rng = random.Random(5)
    texts += ["".join(rng.choice("aeiosſıİΣtkK ") for _ in range(30)) for _ in range(200)]
    checked = 0
    for rx in _patterns():
        assert isinstance(rx, Prefiltered)
        for text in texts:
            found, plain = rx.search(text), rx.compiled.search(text)
            assert (found and found.span()) == (plain and plain.span()), (rx.pattern[:60], text[:80])
            checked += bool(plain)
    assert checked > 100  # the comparison saw real matches
