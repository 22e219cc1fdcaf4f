from treatywatch.statements.stance import classify, is_shift


def name(text):
    found = classify(text)
    return found.name if found else None


def test_english_positions():
    assert name("We are ready to sign the treaty with Tokyo by the end of the year.") == "ready_to_negotiate"
    assert name("Moscow has suspended the peace treaty talks with Tokyo.") == "talks_suspended"
    assert name("Any dialogue with Japan on a peace settlement is currently impossible.") == "talks_suspended"
    assert name("The sovereignty of these islands is not up for discussion.") == "sovereignty_nonnegotiable"
    assert name("Tokyo must accept the results of the Second World War before anything else.") == "sovereignty_nonnegotiable"
    assert name("The four islands are an inherent part of our land and are illegally occupied.") == "return_demanded"
    assert name("Let us sign a peace pact before winter without any preconditions.") == "treaty_without_preconditions"
    assert name("Both leaders will speed up work on the basis of the 1956 Joint Declaration.") == "1956_basis"
    assert name("Our policy stays to settle the question of the islands and then conclude a peace treaty.") == "resolve_then_sign"
    assert name("The weather on Kunashir was fine for the fishermen.") is None


def test_refusals_in_three_languages_are_talks_suspended():
    """A refusal to talk, however it is put, outweighs the talks words in it ("継続する" is not readiness here)."""
    assert name("Russia has no intention of continuing the peace treaty negotiations.") == "talks_suspended"
    assert name("We are not going to discuss a peace treaty with a country that calls us an enemy.") == "talks_suspended"
    assert name("Мирный договор невозможен, пока Япония участвует в санкциях.") == "talks_suspended"
    assert name("Россия не будет вести переговоры о мирном договоре с недружественной страной.") == "talks_suspended"
    assert name("ロシア側は平和条約交渉を継続する考えはないと述べた。") == "talks_suspended"
    assert name("Россия будет вести переговоры о мирном договоре.") is None


def test_russian_and_japanese_positions():
    assert name("Москва приостановила переговоры о мирном договоре с Токио.") == "talks_suspended"
    assert name("Россия готова продолжать переговоры с Японией.") == "ready_to_negotiate"
    assert name("Суверенитет над островами не обсуждается, это российская территория.") == "sovereignty_nonnegotiable"
    assert name("ロシアは平和条約交渉を中断すると発表した。") == "talks_suspended"
    assert name("北方四島は日本固有の領土であり、返還を求める。") == "return_demanded"
    assert name("日ソ共同宣言を基礎に交渉を加速させることで合意した。") == "1956_basis"


def test_precedence_calling_talks_off_outweighs_readiness():
    assert name("We were ready to continue negotiations, but now the talks are suspended.") == "talks_suspended"


def test_cue_is_kept_for_explain():
    assert classify("Talks were frozen last spring.").cue.lower() == "frozen"


def test_shift_needs_a_previous_different_position():
    assert is_shift("talks_suspended", "ready_to_negotiate")
    assert not is_shift("talks_suspended", "talks_suspended")
    assert not is_shift("talks_suspended", None)  # the first known position
    assert not is_shift(None, "ready_to_negotiate")


def test_latest_stance_is_the_newest_treaty_position_on_both_backends(db_url):
    """SQLite is told which index to walk (the partial one on statements with a stance); the answer is the
    newest treaty statement's stance, before a given statement too, on either backend."""
    from sqlalchemy import insert

    from treatywatch.statements.stance import latest_stance
    from treatywatch.store import Article, Statement, session_scope

    rows = [("Sergei Lavrov", True, "ready"), ("Sergei Lavrov", True, None), ("Sergei Lavrov", False, "suspended"),
            ("Sergei Lavrov", True, "conditions"), ("Fumio Kishida", True, "ready")] + \
        [("Sergei Lavrov", True, None)] * 30
    with session_scope(db_url) as s:
        s.execute(insert(Article), [{"id": 1, "url": "https://tass.com/1", "text": "t", "content_hash": "h", "seq": 1}])
        s.execute(insert(Statement), [{"id": n, "article_id": 1, "position": n, "speaker": speaker, "quote": "q",
                                       "peace_treaty": treaty, "stance": stance}
                                      for n, (speaker, treaty, stance) in enumerate(rows, 1)])
    with session_scope(db_url) as s:
        assert latest_stance(s, "Sergei Lavrov") == "conditions"
        assert latest_stance(s, "Sergei Lavrov", before_id=4) == "ready"  # the non-treaty 'suspended' skipped
        assert latest_stance(s, "Sergei Lavrov", before_id=1) is None
        assert latest_stance(s, "Fumio Kishida") == "ready"
        assert latest_stance(s, "Shinzo Abe") is None
        assert latest_stance(s, "Sergei Lavrov", before_article_id=2) == "conditions"
        assert latest_stance(s, "Sergei Lavrov", before_article_id=1) is None  # all of them in article 1


def test_no_grounds_to_resume_and_islands_that_will_not_change_hands():
    assert name("There are no grounds for resuming such a dialogue today.") == "talks_suspended"
    assert name("Moscow sees no prospects for peace treaty talks with Tokyo.") == "talks_suspended"
    assert name("Оснований для возобновления такого диалога сегодня нет.") == "talks_suspended"
    assert name("Россия не видит перспектив для переговоров с Японией.") == "talks_suspended"
    assert name("平和条約交渉について「再開の根拠は今日存在しない」と述べた。") == "talks_suspended"
    assert name("Russia will never cede the Kurils.") == "sovereignty_nonnegotiable"
    assert name("We are not going to hand over any islands.") == "sovereignty_nonnegotiable"
    assert name("Japan will never get the Kurils back.") == "sovereignty_nonnegotiable"
    assert name("Россия никогда не отдаст Курилы.") == "sovereignty_nonnegotiable"
    assert name("日本が北方領土を取り戻すことは決してない。") == "sovereignty_nonnegotiable"
    # words both sides use take no side: "no concessions", "never give up", 譲らない
    assert name("Tokyo must make no concessions in the talks.") is None
    assert name("Japan will never give up its claim.") is None


def test_not_discussing_whose_the_islands_are_is_sovereignty_held_not_talks_called_off():
    assert name("Russia will not discuss the ownership of the Southern Kurils with Japan.") == "sovereignty_nonnegotiable"
    assert name("Москва не намерена обсуждать с Токио принадлежность южных Курил.") == "sovereignty_nonnegotiable"
    # …nor their handing over
    assert name("Russia will never discuss handing the Kurils over to Japan.") == "sovereignty_nonnegotiable"
    assert name("Россия никогда не будет обсуждать передачу Южных Курил Японии.") == "sovereignty_nonnegotiable"
    assert name("We are not going to discuss a peace treaty with Japan.") == "talks_suspended"
    assert name("Москва не будет обсуждать мирный договор с Токио.") == "talks_suspended"


def test_conclude_after_resolving_is_resolve_then_sign():
    assert name("The prime minister vowed to conclude a peace treaty with Russia after resolving the "
                "territorial row.") == "resolve_then_sign"


def test_pointless_talks_a_return_to_the_table_and_no_plans_to_discuss_ownership():
    assert name("It is pointless to talk about a peace treaty while Tokyo keeps this policy.") == "talks_suspended"
    assert name("Говорить о мирном договоре сейчас бессмысленно.") == "talks_suspended"
    assert name("平和条約について話すのは無意味だ") == "talks_suspended"
    assert name("Moscow is ready to return to peace treaty talks once Japan drops its sanctions.") == "ready_to_negotiate"
    assert name("Russia has no plans to discuss the sovereignty of the southern Kurils.") == "sovereignty_nonnegotiable"
    assert name("There is no point in waiting for a miracle.") is None


def test_more_ways_of_stating_the_talks_off_a_return_offered_and_the_islands_kept():
    from treatywatch.statements.stance import classify

    for text, name in (
            ("No dialogue on a peace treaty is possible under the current circumstances.", "talks_suspended"),
            ("Никакого диалога о мирном договоре в нынешних условиях быть не может.", "talks_suspended"),
            ("平和条約交渉を再開できる状況にない", "talks_suspended"),
            ("Мы готовы вернуться к переговорам, если Токио изменит позицию.", "ready_to_negotiate"),
            ("日本が立場を変えれば交渉に戻る用意がある", "ready_to_negotiate"),
            ("These are our islands, and we will never give them back.", "sovereignty_nonnegotiable")):
        found = classify(text)
        assert found is not None and found.name == name, text
    assert classify("Talks on fishing are possible next month.") is None


def test_a_refusal_to_discuss_the_treaty_and_no_ground_for_resuming_are_talks_suspended():
    """"Russia will not discuss a peace treaty with Japan while …", "would not negotiate such a treaty", "no ground
    for resuming talks": the talks off (a lead and the quote below it then take one position); not discussing the
    islands' ownership is still their sovereignty held."""
    assert name("Russia will not discuss a peace treaty with Japan while Tokyo maintains sanctions.") == "talks_suspended"
    assert name("Lavrov said Moscow would not negotiate such a treaty with an adversary.") == "talks_suspended"
    assert name("Russia sees no ground for resuming talks on a peace treaty with Japan.") == "talks_suspended"
    assert name("Moscow will not discuss the ownership of the Kurils.") == "sovereignty_nonnegotiable"
    assert name("Russia will not discuss fishing quotas with Japan this year.") is None


def test_a_door_held_open_is_ready_to_negotiate():
    """"open to dialogue", "never closed the door", «дверь … открыта», 「扉は開かれている」: readiness to talk; a
    refusal in the same sentence still outweighs it."""
    for text in ("Russia remains open to dialogue with Japan, including on a peace treaty.",
                 "We never closed the door to the Japanese side.", "The door to dialogue remains open.",
                 "Мы никогда не закрывали дверь для диалога с Токио.", "Россия открыта к диалогу с Японией.",
                 "対話の扉は開かれている。"):
        assert name(text) == "ready_to_negotiate", text
    assert name("Мы не закрывали дверь, но переговоры о мирном договоре сейчас невозможны.") == "talks_suspended"


def test_the_solution_of_the_question_and_the_conclusion_of_the_treaty_is_resolve_then_sign():
    """Machine English of Russian copy puts the verbs as nouns: "for the solution of the territorial question and the
    conclusion of the peace treaty"."""
    assert name("I will persistently to negotiate for the solution of the territorial question and the conclusion "
                "of the peace treaty") == "resolve_then_sign"
    assert name("Tokyo seeks the resolution of the territorial issue and then the signing of a peace treaty.") == \
        "resolve_then_sign"


def test_not_seeing_conditions_for_resuming_is_talks_suspended():
    assert name("Moscow does not see conditions for the resumption of the dialogue with Tokyo on the peace "
                "treaty.") == "talks_suspended"
    assert name("Moscow sees no conditions for resuming peace treaty talks with Japan.") == "talks_suspended"


def test_no_conditions_for_resuming_in_russian_and_japanese():
    assert name("условий для возобновления переговоров о мирном договоре с Японией сейчас нет") == "talks_suspended"
    for text in ("平和条約交渉を再開する条件は整っていない", "日本が制裁を続ける限り、対話の再開はあり得ない"):
        assert name(text) == "talks_suspended", text
