from tests.sample_articles import LAVROV_TASS, aggregator_copy, printed_twice
from treatywatch.text import clean_body, collapse_repeated_blocks, guess_language, normalize, word_counts


def test_normalize_unifies_quotes_dashes_and_space():
    assert normalize("«Мир»  — “peace”\n「平和」") == normalize('"мир" - "peace" "平和"')


def test_normalize_maps_every_quote_mark_and_unicode_space():
    marks = "“”„‟«»「」『』‘’‚‛'`"  # (″ is two primes after NFKC: stored hashes keep that)
    assert normalize(f"\u00a0A{marks}\u2003B\u2028\tC\x1c  D\u3000") == 'a' + '"' * len(marks) + " b c d"
    assert normalize("Ｔｏｋｙｏ\u2014Moscow") == "tokyo-moscow"  # NFKC first, then one dash


def test_page_carrying_its_article_twice_comes_out_once():
    body = clean_body(printed_twice(LAVROV_TASS))
    assert body.count("We have never refused to talk about a peace treaty") == 1
    assert body.count("Russia and Japan have held consultations") == 1


def test_wrapper_junk_is_removed_and_text_kept():
    body = clean_body(aggregator_copy(LAVROV_TASS))
    assert body.startswith("MOSCOW, November 20.")
    assert "Leave A Reply" not in body and "Tweet" not in body and "48291038" not in body
    assert "sovereignty of Russia over the southern Kuril Islands" in body


def test_short_lines_that_recur_in_different_places_are_kept():
    text = "First quote here, he said.\n\nSomething long enough to be a paragraph of its own.\n\nHe said."
    assert collapse_repeated_blocks(text).count("said") == 2


def test_language_guess_by_script():
    assert guess_language("Лавров заявил, что мирный договор с Японией " * 3) == "ru"
    assert guess_language("ラブロフ外相は平和条約について述べた") == "ja"
    assert guess_language("Lavrov said") == "en"
    assert guess_language("whatever", "EN-us") == "en"


def test_word_counts_keep_compounds_and_devanagari_vowel_signs_and_split_the_text_once():
    lowered = "japan-russia talks: रूस और जापान, talks again"
    counts = word_counts(lowered)
    assert counts["japan-russia"] == 1 and counts["talks"] == 2
    assert counts["रूस"] == 1 and counts["जापान"] == 1  # the vowel signs (not \w) stay inside their words
    assert word_counts("".join(lowered)) is counts  # an equal text (relevance, then concepts): counted once
