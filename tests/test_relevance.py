from treatywatch.relevance import is_relevant, relevance_score


def test_bilateral_articles_are_relevant():
    assert is_relevant("Lavrov meets Kono", "Russian Foreign Minister Lavrov and Japan's Kono discussed the peace treaty in Moscow.", "en")
    assert is_relevant(None, "Премьер Японии заявил, что Токио продолжит переговоры с Россией по мирному договору.", "ru")
    assert is_relevant(None, "岸田首相はロシアとの平和条約交渉について述べた。北方領土問題の解決が必要だ。", "ja")


def test_one_sided_or_geographic_mentions_are_not():
    assert not is_relevant("Bank of Japan raises rates", "The Bank of Japan raised its policy rate in Tokyo on Friday.", "en")
    assert not is_relevant(None, "El volcán de las islas Kuriles, entre Rusia y Japón, lanzó cenizas.", "es")
    assert 0.0 <= relevance_score("", "", "en") <= 1.0


def test_the_two_countries_as_one_subject_are_bilateral():
    assert is_relevant("Salmon quota", "Russia and Japan agreed on this year's salmon catch quota after a month of "
                       "talks, the Fisheries Agency said.", "en")
    assert is_relevant(None, "Россия и Япония согласовали квоты на вылов лосося.", "ru")
    assert not is_relevant("Markets", "Stocks rose in China, Russia and Japan on Monday.", "en")
    assert not is_relevant("Volcano", "A volcano on an island chain between Russia and Japan erupted.", "en")
    assert not is_relevant(None, "Рынки выросли в Китае, России и Японии.", "ru")
    assert not is_relevant(None, "Вулкан на островах между Россией и Японией выбросил пепел.", "ru")
    assert is_relevant(None, "日本とロシアは今年のサケ・マスの漁獲枠で合意した。", "ja")
    assert not is_relevant(None, "ロシアと日本の間の島で火山が噴火した。", "ja")
    assert not is_relevant(None, "中国、ロシアと日本は株価が上昇した。", "ja")


def test_counts_words_stems_compounds_and_phrases():
    from treatywatch.relevance import _counts

    # "Russia" after a hyphen names no side on its own; the compound is a bilateral marker
    assert _counts("", "Japan-Russia ties.") == (0, 1, 1)
    assert _counts("", "The Russian envoy in Tokyo spoke of the peace treaty.") == (1, 1, 1)
    # inflected Russian stems, and a two-word marker with inflection
    assert _counts("", "Москвы и Японии: мирного договора нет.") == (1, 1, 1)
    # Devanagari vowel signs stay inside the word
    assert _counts("", "रूस और जापान") == (1, 1, 0)
    # Japanese has no spaces: its names are found inside runs of characters
    assert _counts("", "ロシアと日本の平和条約") == (1, 1, 1)


def test_same_text_twice_gives_the_same_answer():
    text = "Lavrov told Kono in Moscow that the peace treaty talks on the Kurils would go on."
    assert relevance_score(None, text) == relevance_score(None, text) >= 0.5
    assert is_relevant(None, text)


def test_the_registered_speakers_names_each_count_for_their_side():
    from treatywatch.relevance import _counts

    assert _counts("", "kishida kihara matsuno")[:2] == (0, 3)
    assert _counts("", "rudenko shoigu ushakov nozdrev руденко шойгу")[:2] == (6, 0)
    assert _counts("", "上川外相と木原官房長官、ザハロワ報道官とルデンコ次官")[:2] == (2, 2)
