from treatywatch.relevance import is_relevant, relevance_score


def test_bilateral_articles_are_relevant():
    assert is_relevant("Lavrov meets Kono", "Russian Foreign Minister Lavrov and Japan's Kono discussed the peace treaty in Moscow.", "en")
    assert is_relevant(None, "Премьер Японии заявил, что Токио продолжит переговоры с Россией по мирному договору.", "ru")
    assert is_relevant(None, "岸田首相はロシアとの平和条約交渉について述べた。北方領土問題の解決が必要だ。", "ja")


def test_one_sided_or_geographic_mentions_are_not():
    assert not is_relevant("Bank of Japan raises rates", "The Bank of Japan raised its policy rate in Tokyo on Friday.", "en")
    assert not is_relevant(None, "El volcán de las islas Kuriles, entre Rusia y Japón, lanzó cenizas.", "es")
    assert 0.0 <= relevance_score("", "", "en") <= 1.0
