"""Fuzzing the text path every article takes (cleaning, language, relevance, statement extraction, HTML
extraction) with hypothesis: random Unicode, unbalanced and nested quotes of every script, huge inputs.
No exception; each call within hypothesis' (generous) deadline; extracted quotes are spans of the text."""
from __future__ import annotations

from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from treatywatch import dedup, relevance
from treatywatch.statements import extract_statements
from treatywatch.text import clean_body, guess_language

QUOTES = ['"', "'", "“", "”", "„", "«", "»", "‘", "’", "「", "」", "『", "』", "‹", "›"]
WORDS = ["Lavrov", "Sergei Lavrov", "Kishida", "Putin", "said", "told reporters", "added", "заявил", "сказал",
         "Лавров", "мирный договор", "述べた", "と語った", "林官房長官", "peace treaty", "Kuril Islands",
         "Northern Territories", "he", "she", "It", "the minister", "according to", ":", ",", ".", "\n", "\n\n",
         "—", "(", ")", "Mr.", "U.S.", "1956", "Tokyo", "Moscow", " "]
LANGUAGES = st.sampled_from([None, "en", "ru", "ja", "de", "xx"])

fragment = st.one_of(st.sampled_from(QUOTES), st.sampled_from(WORDS), st.text(max_size=20))
news_like = st.lists(fragment, max_size=300).map(" ".join)

FUZZ = settings(max_examples=60, deadline=timedelta(seconds=20), suppress_health_check=[HealthCheck.too_slow],
                derandomize=True)


def _check_statements(text: str, language, title) -> None:
    for found in extract_statements(text, language=language, published="2026-03-01", title=title):
        assert isinstance(found.speaker, str) and found.speaker
        assert 0 <= found.start <= found.end <= len(text)
        assert found.quote.strip() and found.quote == text[found.start:found.end]  # verbatim, as documented


@FUZZ
@given(text=st.text(max_size=3000), language=LANGUAGES, title=st.one_of(st.none(), st.text(max_size=200)))
def test_random_unicode_never_breaks_the_text_path(text, language, title):
    body = clean_body(text)
    lang = guess_language(body, language)
    assert isinstance(lang, str)
    relevance.relevance_score(title, body, lang)
    relevance.is_relevant(title, body, lang)
    dedup.fingerprint(body, lang)
    _check_statements(body, lang, title)


@FUZZ
@given(text=news_like, language=LANGUAGES)
def test_unbalanced_and_mixed_quotes_never_break_extraction(text, language):
    _check_statements(text, language, None)
    _check_statements(clean_body(text), language, text[:80])


@settings(max_examples=6, deadline=timedelta(seconds=60), suppress_health_check=[HealthCheck.too_slow,
                                                                                HealthCheck.data_too_large],
          derandomize=True)
@given(unit=st.sampled_from([
    '"The peace treaty', "«Мирный договор", "「平和条約", '" said Lavrov "', "“ ” “", "Lavrov said: «",
    "a" * 50 + " ", "Kishida told reporters that ", "\n\n",
]), repeats=st.integers(min_value=2000, max_value=6000))
def test_huge_inputs_finish(unit, repeats):
    """An article-sized input is a few KB; a broken page can be a megabyte of one repeated pattern."""
    text = unit * repeats
    body = clean_body(text)
    _check_statements(body, guess_language(body), None)
    relevance.is_relevant(None, body, "en")
    dedup.fingerprint(body, "en")


@settings(max_examples=40, deadline=timedelta(seconds=20), suppress_health_check=[HealthCheck.too_slow],
          derandomize=True)
@given(html=st.lists(st.one_of(st.sampled_from(["<p>", "</p>", "<div>", "<script>", "</article>", "<article>",
                                                "<br>", "<!--", "-->", "<meta ", "&amp;", "&#0;", "<h1>"]),
                               fragment), max_size=200).map("".join))
def test_broken_html_never_breaks_page_extraction(html):
    from treatywatch.extract_html import extract_article

    result = extract_article(html, "https://news.example/a/1")
    assert isinstance(result, dict)
    if result.get("text"):
        _check_statements(result["text"], result.get("language"), result.get("title"))


@FUZZ
@given(url=st.text(max_size=300), declared=st.one_of(st.none(), st.text(max_size=100)))
def test_odd_urls_never_break_canonicalisation(url, declared):
    full = "https://news.example/" + url
    assert dedup.canonical_url(full, declared).startswith(("http://", "https://"))
