"""alternation.factored: the same matches as the plain alternation, on made-up cases and on the corpus."""
import json
import re
from pathlib import Path

import pytest

from treatywatch.alternation import factored, split_alternatives
from treatywatch.statements import verbs
from treatywatch.statements.speakers import registry

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev.jsonl"


def _matches(rx: re.Pattern, text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in rx.finditer(text)]


def test_split_keeps_groups_and_classes_whole():
    assert split_alternatives(r"a(?:b|c)|[|x]y|\|z") == ["a(?:b|c)", "[|x]y", r"\|z"]


def test_groups_by_first_character_keeping_order_within_a_group():
    assert factored("said|told|says|say") == "s(?:aid|ays|ay)|told"


def test_spells_out_a_leading_class_and_a_leading_group():
    assert factored("[Aa]ccording to|(?:見方|考え)を示し") == "According to|according to|見方を示し|考えを示し"


@pytest.mark.parametrize("pattern", ["a*b|c", "(?:a|b)?c|d", r"\w+|x", "[a-z]x|y", "|a"])
def test_refuses_what_it_cannot_factor_exactly(pattern):
    with pytest.raises(ValueError):
        factored(pattern)


def test_priority_between_alternatives_sharing_a_first_character_is_kept():
    # "say" before "says": the plain pattern matches "say" in "says"; so must the factored one
    plain = re.compile("say|says|told")
    assert _matches(re.compile(factored(plain.pattern)), "he says, she told") == _matches(plain, "he says, she told")


@pytest.mark.skipif(not CORPUS.exists(), reason="needs ../shared/corpus")
def test_speech_verbs_and_name_starts_match_as_the_plain_patterns_do_on_the_corpus():
    texts = [json.loads(line)["text"] for line in CORPUS.open(encoding="utf-8")]
    speech_plain = re.compile(rf"(?<![\w-])(?:{verbs.EN_VERBS}|{verbs.RU_VERBS})(?![\w-])|(?:{verbs.JA_VERBS})")
    keys = sorted(registry().latin, key=len, reverse=True)
    names_plain = re.compile(r"(?<![^\W\d_])(?:" + "|".join(map(re.escape, keys)) + ")")
    found = 0
    for text in texts:
        assert _matches(verbs.SPEECH, text) == _matches(speech_plain, text)
        folded = text.lower()
        assert _matches(registry()._name_starts, folded) == _matches(names_plain, folded)
        found += len(_matches(speech_plain, text))
    assert found > 200  # the comparison saw real matches (425 speech verbs in dev.jsonl)
