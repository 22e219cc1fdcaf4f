from datetime import date

from treatywatch import stories


def test_concepts_are_the_same_whatever_the_language():
    en = stories.concepts_of("Lavrov meets Japanese ambassador", "Sergei Lavrov summoned the Japanese ambassador over drills near Shikotan.")
    ru = stories.concepts_of(None, "Сергей Лавров вызвал посла Японии из-за учений у Шикотана.")
    ja = stories.concepts_of(None, "ラブロフ外相は色丹島付近の演習をめぐり日本の大使を呼び出した。")
    assert {"lavrov", "ambassador", "drills", "shikotan"} <= set(en)
    assert set(en) == set(ru) == set(ja)


def test_latin_names_match_whole_words_only():
    assert "abe" not in stories.concepts_of(None, "They were able to abate the dispute in Abeokuta.")
    assert "abe" in stories.concepts_of(None, "Abe met Putin.")


def test_same_event_needs_more_than_the_usual_topic_words():
    treaty_only = ["kurils", "peace_treaty", "northern_territories"]
    assert stories.same_event(treaty_only, treaty_only) is None  # everyone writes these
    a = ["putin", "abe", "singapore", "summit", "peace_treaty", "declaration_1956"]
    b = ["putin", "abe", "summit", "declaration_1956", "kurils"]
    assert stories.same_event(a, b) is not None
    assert stories.same_event(a, ["lavrov", "kono", "visit", "peace_treaty"]) is None


def test_best_story_picks_the_closest_event():
    found = stories.best_story(["putin", "abe", "nagato", "visit"],
                               [("s1", ["lavrov", "kono", "visit"]), ("s2", ["putin", "abe", "nagato", "summit"])])
    assert found and found[0] == "s2"
    assert stories.best_story(["putin"], [("s1", None)]) is None


def test_window_is_an_iso_string_range():
    assert stories.window(date(2026, 11, 22)) == ("2026-11-19", "2026-11-26")
    assert stories.day_of("2026-11-22T10:00:00+09:00") == date(2026, 11, 22)
    assert stories.day_of("2026-11") is None and stories.day_of(None) is None


def test_aggregator_languages_name_the_same_people_and_events():
    hi = stories.concepts_of(None, "रूसी विदेश मंत्री लावरोव ने शिखर सम्मेलन के बाद कहा")
    ar = stories.concepts_of(None, "قال وزير الخارجية الروسي لافروف بعد القمة")
    pt = stories.concepts_of(None, "Lavrov disse após a cúpula que as sanções continuam")
    assert {"lavrov", "summit"} <= set(hi) and {"lavrov", "summit"} <= set(ar)
    assert {"lavrov", "summit", "sanctions"} <= set(pt)
