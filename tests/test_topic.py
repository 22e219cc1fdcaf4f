from treatywatch.statements.topic import is_treaty, topics


def test_treaty_vocabulary_in_three_languages():
    assert is_treaty(topics("We want to sign the peace treaty soon"))
    assert is_treaty(topics("переговоры о мирном договоре"))
    assert is_treaty(topics("平和条約の締結を目指す"))
    assert is_treaty(topics("the return of Shikotan and Habomai"))


def test_islands_alone_and_sanctions_are_not_treaty():
    assert not is_treaty(topics("former residents will visit graves on Kunashir"))
    assert not is_treaty(topics("new sanctions on Russian banks"))


def test_talks_count_in_treaty_context_only():
    assert is_treaty(topics("the talks will continue", "the peace treaty was discussed"))
    assert not is_treaty(topics("the talks will continue", "the trade fair opened"))


def test_this_issue_after_a_sentence_on_the_islands_is_the_dispute():
    context = "Beijing backed Tokyo's claim to the Kuril islands decades ago."
    assert is_treaty(topics("China will not take sides on this issue", context))
    assert not is_treaty(topics("China will not take sides on this issue", "The trade fair opened in Osaka."))
    assert not is_treaty(topics("the trade issue was raised", "Fishermen work near the Kuril islands."))
