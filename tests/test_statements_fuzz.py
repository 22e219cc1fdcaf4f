"""Extraction never fails and never invents text: random Unicode, unbalanced quotes, transcript labels, long inputs."""
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from treatywatch.statements.extract import extract

PIECES = ["«", "»", "„", "“", "”", '"', "「", "」", "『", "』", ":", "：", "\n", ". ", "。", ", ", " — ",
          "Question: ", "Q: ", "Вопрос: ", "С.Лавров: ", "【記者】", "Mr. Lavrov, Minister: ", "関連ニュース\n",
          "Lavrov said", "he said", "заявил Путин", "と述べた", "according to", "по словам", "the two leaders agreed",
          "peace treaty", "Kuril islands", "Putin, for his part, said", "who", "after", "Abe and Putin agreed",
          "мирный договор", "平和条約", "北方領土", "it said", "Asked whether", "grandfather"]
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=30)), max_size=120).map("".join)


def check(text, language):
    for s in extract(text, language, "2019-01-01"):
        assert text[s.start:s.end] == s.quote and s.quote.strip()
        assert s.speaker


@settings(max_examples=300, deadline=None)
@given(texts, st.sampled_from([None, "en", "ru", "ja", "de"]))
def test_random_text_is_handled(text, language):
    check(text, language)


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(PIECES), st.integers(min_value=1000, max_value=20000))
def test_long_repetitions_are_handled(piece, times):
    check(piece * times, None)


def test_one_megabyte_of_unbalanced_quotes_and_labels():
    text = ('Question: «Lavrov said "the peace treaty' + " and the Kuril islands, " * 20 + "\n") * 2200
    assert len(text) > 1_000_000
    started = time.perf_counter()
    check(text[:1_000_000], "en")
    # not a timing assertion on this shared machine: the figure is printed for -s runs
    print(f"1 MB extracted in {time.perf_counter() - started:.1f} s")


def test_one_megabyte_transcript_with_names_everywhere():
    turn = ("Sergei Lavrov: Putin and Abe agreed on the peace treaty, Kishida said. \"The Kurils are ours,\" he said. "
            "Asked about Motegi, Lavrov, who met Suga, said the talks go on.\n")
    text = (turn * (1_000_000 // len(turn) + 1))[:1_000_000]
    started = time.perf_counter()
    check(text, "en")
    print(f"1 MB transcript extracted in {time.perf_counter() - started:.1f} s")


def test_a_page_of_a_thousand_lone_surnames_reads_the_full_names_once(monkeypatch):
    """Each "Petrov also said" looks for the full name written before it: the article's full names of a surname are
    found once, not once per sentence (3,000 such sentences took 4.5 s read the other way, 0.3 s so). Counted, not
    timed: the title check runs once per full name written, not once per sentence."""
    from treatywatch.statements import attribution
    from treatywatch.statements.extract import extract

    calls = []
    real = attribution.TITLE_BEFORE_NAME

    class Counting:
        def search(self, *args):
            calls.append(args[1:])
            return real.search(*args)

    monkeypatch.setattr(attribution, "TITLE_BEFORE_NAME", Counting())
    text = "Ivan Petrov, a senator, said the peace treaty matters. " + " ".join(
        f"Petrov also said the peace treaty matters number {i}." for i in range(1000))
    found = extract(text, "en", "2024-01-01")
    assert len(found) == 1001 and found[-1].speaker == "Ivan Petrov"
    assert len(calls) == 1
