"""prefilter: the literals every match of a pattern holds, and a search that answers exactly as the pattern does."""
import json
import random
import re
from pathlib import Path

import pytest

from treatywatch.prefilter import Prefiltered, PrefixScanned, literal_prefixes, lowercase_escapes, required_literals
from treatywatch.statements import stance, topic
from treatywatch.stories import lexicon

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev.jsonl"


def test_literals_of_alternatives_after_zero_width_assertions():
    assert required_literals(r"(?<![a-z])(?:Talks|negotiat\w+)\b|переговор\w*", re.I) == ("negotiat", "talks", "переговор")


def test_the_literal_required_anywhere_in_a_match_not_only_where_it_begins():
    assert required_literals(r"\w+ talks") == (" talks",)
    assert required_literals(r"(?:the )?talks") == ("talks",)
    assert required_literals(r"[tT]alks") == ("alks",)
    assert required_literals(r"a*b") == ("b",)


def test_the_most_selective_part_of_a_sequence():
    # the parser factors were|was into w(?:ere|as): its beginning is one letter, the phrases after it are not
    assert required_literals(r"\b(?:were|was) (?:in the focus|on the agenda)", re.I) == ("in the focus", "on the agenda")
    assert required_literals(r"(?:four|the) (?:\w+ )?islands") == ("islands",)
    assert required_literals(r"(?:ab)+c") == ("ab",)


def test_a_match_that_may_hold_no_literal_has_none():
    for pattern in (r"talks|.", r"a*", r"(?:talks)?\w+", r"(?:talks|)x?", r"\d+"):
        assert required_literals(pattern) is None, pattern


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
                                         "FAMILY_HISTORY", "POSTWAR", "POSTWAR_ALONE", "AGENDA", "RETURN_OF_ISLANDS",
                                         "US_BASES_ON_ISLANDS", "OTHER_PARTY", "OTHER_DISPUTE", "SINGAPORE_AGREEMENT",
                                         "DECLARATION_BACK", "TERRITORY_AT_ISSUE", "JOINT_ACTIVITY_UNDER_LAW", "DENIED_REPORT",
                                         "ACCEPTABLE_TO_BOTH")]
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
    # (letters whose lower case a class's range leaves: "Ⱥ" is in À-ɏ, its "ⱥ" is not)
    texts += [f"{rng.choice('ⱥⱦȺȾɐ')}{w} {rng.choice(['TALKS', 'Kurils', 'territorial dispute', 'ПЕРЕГОВОРЫ'])}"
              for w in ("", "x") for _ in range(20)]
    checked = 0
    for rx in _patterns():
        assert isinstance(rx, Prefiltered)
        for text in texts:
            found, plain = rx.search(text), rx.compiled.search(text)
            assert (found and found.span()) == (plain and plain.span()), (rx.pattern[:60], text[:80])
            checked += bool(plain)
    assert checked > 100  # the comparison saw real matches


def test_a_case_insensitive_pattern_written_in_lower_case_is_searched_in_the_lowered_text():
    assert lowercase_escapes(r"(?<![a-z])talks|переговор\w*", re.I) == frozenset()
    assert lowercase_escapes(r"[A-Za-z]+ talks", re.I) == frozenset()  # (the class holds its lower cases)
    assert lowercase_escapes(r"Talks", re.I) is None
    assert lowercase_escapes(r"talks (?-i:May)", re.I) is None  # an inline flag turns the case back on
    assert {"ⱥ", "ⱦ"} <= lowercase_escapes(r"(?<![\u00C0-\u024F])talks", re.I)
    rx = Prefiltered(re.compile(r"(?<![\u00C0-\u024F])talks", re.I))
    assert rx.lowered is not None
    assert rx.search("Peace TALKS").group() == "TALKS"  # the match of the text as written
    for text in ("ⱥtalks", "Ⱥtalks", "étalks", "the talks"):
        found, plain = rx.search(text), rx.compiled.search(text)
        assert (found and found.span()) == (plain and plain.span()), text


def test_a_search_between_two_positions_answers_as_the_pattern_does():
    # the window is checked for the literals; a lookbehind still reads the letter before it ("Kurils" in "theKurils"
    # searched from 3 is no word of its own)
    texts = ["theKurils were discussed", "talks on the Kurils and a PEACE TREATY", "Переговоры о мирном договоре"]
    if CORPUS.exists():
        texts += [json.loads(line)["text"] for line in CORPUS.open(encoding="utf-8")][:40]
    rng = random.Random(7)
    checked = 0
    for rx in _patterns():
        for text in texts:
            for _ in range(5):
                pos = rng.randrange(len(text))
                endpos = rng.choice([None, rng.randrange(pos, len(text) + 1)])
                found = rx.search(text, pos) if endpos is None else rx.search(text, pos, endpos)
                plain = rx.compiled.search(text, pos) if endpos is None else rx.compiled.search(text, pos, endpos)
                assert (found and found.span()) == (plain and plain.span()), (rx.pattern[:60], text[:80], pos, endpos)
                checked += bool(plain)
    assert checked > 50


def test_prefixes_as_written_of_a_case_sensitive_pattern():
    assert literal_prefixes(r"(?<![a-z])(?:Talks|negotiat\w+)\b|переговор\w*") == ("Talks", "negotiat", "переговор")
    assert literal_prefixes(r"(?:ab)+c") == ("ab",)
    for pattern, flags in ((r"talks", re.I), (r"(?i:talks)", 0), (r"\w+ talks", 0), (r"(?:the )?talks", 0), (r"[tT]alks", 0)):
        assert literal_prefixes(pattern, flags) is None, pattern


def _spans(matches):
    return [(m.span(), m.lastindex) for m in matches]


@pytest.mark.parametrize("pattern, text", [
    (r"aba|ab", "ababab abab"),  # a match starts inside the one before: passed over, as finditer does
    (r"(?<!\w)(?:peace treaty|peace)(?!\w)", "peace treaty, peacetime, a peace"),
    (r"(?<=x)ab", "xab ab xabab"),  # a look-behind sees the text before the position tried
    (r"\w+ talks", "new talks, old talks"),  # no prefixes: the pattern as it is
])
def test_prefix_scanned_finds_what_finditer_finds(pattern, text):
    rx = re.compile(pattern)
    assert _spans(PrefixScanned(rx).finditer(text)) == _spans(rx.finditer(text))


def test_the_concepts_pattern_scanned_finds_what_finditer_finds_on_the_corpus():
    scanned = lexicon().pattern
    assert isinstance(scanned, PrefixScanned) and scanned.prefixes
    texts = ["peace treaty talks by phone call at the eastern economic forum", "мирный договор, пресс-конференция"]
    if CORPUS.exists():
        texts += [json.loads(line)["text"][:4000].lower() for line in CORPUS.open(encoding="utf-8")]
    found = 0
    for text in texts:
        plain = _spans(scanned.compiled.finditer(text))
        assert _spans(scanned.finditer(text)) == plain, text[:80]
        found += len(plain)
    assert found > 20
