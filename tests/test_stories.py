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


def test_a_background_list_of_the_four_islands_does_not_pull_a_report_away_from_its_event():
    """The wire's report names all four islands in its background paragraph; another agency's report of the same
    remark names none: the islands by name weigh little, so the two still read as one event."""
    from treatywatch.stories import best_story, concepts_of

    wire = concepts_of("Lavrov says Moscow will not discuss peace treaty while Tokyo keeps sanctions",
                       "Lavrov said at a news conference after talks with his Mongolian counterpart that the peace "
                       "treaty cannot be discussed under sanctions. He said visits to family graves could go on. "
                       "The dispute concerns Iturup, Kunashir, Shikotan and the Habomai islets of the Kurils.")
    agency = concepts_of("Russia rules out peace treaty talks with Japan under sanctions: FM",
                         "Lavrov told a press conference that Moscow would not discuss a peace treaty while Tokyo "
                         "keeps sanctions, but visits to family graves by former islanders of the Northern "
                         "Territories could continue.")
    briefing = concepts_of("Press Conference by the Prime Minister",
                           "The Prime Minister told a press conference that visits to family graves on the Northern "
                           "Territories must resume and that the peace treaty remains the goal.")
    assert best_story(agency, [("wire", wire), ("briefing", briefing)])[0] == "wire"
