"""Extraction rules added for analyst trust: transcripts, subjects, framing, topic switches. Sentences written for
these tests in the style of the wire copy the pipeline reads."""
from treatywatch.statements.extract import extract
from treatywatch.statements import extract_statements
from treatywatch.statements.topic import is_treaty, topics
from treatywatch.statements.quotes import paragraphs


def treaty(found):
    return [s for s in found if s.peace_treaty]


def test_transcript_answer_is_the_speaker_and_question_is_nobody():
    text = ("Press conference of the Foreign Minister\n"
            "Question: Mr Minister, Sergei Lavrov stated last week that the peace treaty needs new conditions. "
            "How do you respond?\n"
            "Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs: We will keep negotiating the peace treaty "
            "with patience.\n"
            "The territorial issue must not be left to the next generation.\n"
            "Question: And on fisheries?\n"
            "The talks on salmon quotas start next week.")
    found = extract(text, "en", "2020-02-10")
    assert {s.speaker for s in found} == {"Toshimitsu Motegi"}
    quotes = [s.quote for s in treaty(found)]
    assert quotes == ["We will keep negotiating the peace treaty with patience.",
                      "The territorial issue must not be left to the next generation."]
    assert all(text[s.start:s.end] == s.quote and s.rule == "transcript" for s in found)


def test_transcript_answer_takes_the_question_as_its_subject():
    """An answer's talk of dialogue is the treaty's when the question was about the treaty; the next answer,
    to a question on another subject, is not (and "the islands" there are the development programme's)."""
    text = ("Answers to journalists' questions\n"
            "Question: Tokyo says it still wants a peace treaty with Moscow. Would you resume that work?\n"
            "Vladimir Putin: We have always been ready to talk. It is Tokyo that froze the dialogue.\n"
            "Question: And how is the investment regime in the Far East doing?\n"
            "Vladimir Putin: Factories and a new airport are being built on the islands. The dialogue with "
            "investors goes on.")
    found = extract(text, "en", "2026-11-20")
    assert [s.speaker for s in found] == ["Vladimir Putin"] * 4
    assert [s.quote for s in treaty(found)] == ["We have always been ready to talk.",
                                                "It is Tokyo that froze the dialogue."]


def test_russian_transcript_labels():
    text = ("Вопрос: Господин министр, японский премьер сказал, что острова принадлежат Японии?\n"
            "С.Лавров: Мы исходим из того, что суверенитет России над Южными Курилами не подлежит обсуждению.")
    found = extract(text, "ru", "2019-03-01")
    assert [s.speaker for s in found] == ["Sergei Lavrov"]
    assert found[0].peace_treaty


def test_a_moderators_label_the_registry_does_not_know_ends_the_speakers_turn():
    """A session's moderator ("Ф.Иванов:", "Peter Smith:") asks; his question is not the president's words, and
    it is the context of the answer after it. One capitalised word before a colon ("Первое:") is no label."""
    text = ("В.Путин: Добрый вечер, уважаемые друзья.\n\n"
            "Ф.Иванов: Владимир Владимирович, возможен ли мирный договор с Японией при нынешнем кабинете?\n\n"
            "В.Путин: Токио сам заморозил все контакты. Говорить о переговорах сейчас бессмысленно.\n\n"
            "Первое: мы не отказывались от диалога по мирному договору.\n\nФ.Иванов: Спасибо.")
    found = [s for s in extract(text, "ru", "2026-10-02") if s.peace_treaty]
    assert [s.quote[:12] for s in found] == ["Токио сам за", "Говорить о п", "Первое: мы н"]
    assert {s.speaker for s in found} == {"Vladimir Putin"}
    text = ("Vladimir Putin: Good evening.\n\nPeter Smith: Mr President, is a peace treaty with Japan possible?\n\n"
            "Vladimir Putin: Tokyo froze all contacts itself.")
    assert [s.quote for s in extract(text, "en", "2026-10-02") if s.peace_treaty] == ["Tokyo froze all contacts itself."]


def test_island_names_are_not_settlement_words():
    text = "Hayashi said the framework for visits to family graves in the Northern Territories has been kept."
    [st] = extract(text, "en", "2022-06-01")
    assert st.speaker == "Yoshimasa Hayashi" and not st.peace_treaty


def test_family_anecdote_is_not_a_treaty_position():
    text = ('Kono recalled that his grandfather had worked on a peace treaty with the Soviet Union. '
            '"My grandfather spent years trying to sign a peace treaty with Moscow," Kono said.')
    assert treaty(extract(text, "en", "2017-08-07")) == []


def test_framing_question_is_context_not_statement():
    text = ("Asked whether the two sides would reach a peace treaty at the summit, Suga only said that Abe "
            "will travel to Argentina next week.")
    found = extract(text, "en", "2018-11-16")
    assert [s.speaker for s in found] == ["Yoshihide Suga"] and not found[0].peace_treaty
    lead = ("Concerning the four islands held by Russia, Lavrov said their transfer to Japan would break "
            "the UN Charter.")
    [st] = extract(lead, "en", "2019-01-16")
    assert st.peace_treaty


def test_quote_that_changes_subject_does_not_inherit_the_treaty():
    text = ('"The peace treaty remains our goal," Putin said. "Apart from that, we discussed trade and tourism '
            'projects in the Far East."\n')
    found = extract(text, "en", "2016-12-16")
    assert [s.peace_treaty for s in found] == [True, False]
    going_on = '"The peace treaty remains our goal," Putin said. "It is a hard task that needs patience on both sides."'
    assert [s.peace_treaty for s in extract(going_on, "en", "2016-12-16")] == [True, True]


def test_fronted_subject_with_parenthesis_or_relative_clause():
    text = "Putin, for his part, said the peace treaty talks should go on, according to Suga."
    assert extract(text, "en", "2020-09-29")[0].speaker == "Vladimir Putin"
    rel = ("Lavrov, who met Japanese Foreign Minister Kono in Moscow on Monday, stressed that Japan must "
           "recognise Russian sovereignty over the Kurils.")
    assert extract(rel, "en", "2019-01-14")[0].speaker == "Sergei Lavrov"


def test_name_in_a_prepositional_phrase_is_not_the_subject():
    text = ("Президент России Владимир Путин на встрече с премьер-министром Японии Синдзо Абэ в Токио "
            "призвал решить вопрос о мирном договоре.")
    [st] = extract(text, "ru", "2016-12-16")
    assert st.speaker == "Vladimir Putin" and st.peace_treaty


def test_pronoun_refers_to_the_subject_of_its_own_sentence():
    text = ("Abe met reporters in Tokyo.\n"
            "Prime Minister Medvedev toured the Kurils on Sunday, where he said Russian sovereignty over "
            "the islands cannot be doubted.")
    found = treaty(extract(text, "en", "2015-08-22"))
    assert [s.speaker for s in found] == ["Dmitry Medvedev"]


def test_it_said_in_a_statement_is_the_ministry():
    text = ("The Russian Foreign Ministry commented before the visit. For a treaty, Tokyo must \u201efully accept "
            "the results of the Second World War, including our sovereignty over the islands,\u201c it said in a statement.")
    found = treaty(extract(text, "en", "2019-01-14"))
    assert [s.speaker for s in found] == ["Russian Foreign Ministry"]


def test_habitual_verb_with_adverb_after_it_is_background():
    text = "Russia's Foreign Ministry has stated on numerous occasions that its sovereignty over the islands is clear."
    assert treaty(extract(text, "en", "2019-07-14")) == []


def test_background_it_says_is_not_a_statement():
    text = ("The Japanese government maintains the islands are part of its territory. "
            "It says they were seized illegally after the war.")
    assert [s for s in extract(text, "en", "2022-09-08") if "It says" in s.quote] == []


def test_japanese_implicit_subject_ignores_names_inside_the_quote():
    text = ("ラブロフ外相は「平和条約の締結には第2次大戦の結果を認めることが必要だ」と指摘した。\n"
            "一方で「今のところ日本政府に歩み寄る用意はない」という認識を示した。")
    found = extract(text, "ja", "2019-02-21")
    assert [s.speaker for s in found] == ["Sergei Lavrov", "Sergei Lavrov"]


def test_joint_agreement_is_filed_under_a_leader():
    text = ("Abe flew to Singapore for talks with Putin.\n"
            "The two leaders agreed to speed up negotiations on a peace treaty based on the 1956 declaration.")
    [st] = treaty(extract(text, "en", "2018-11-15"))
    assert st.speaker in ("Shinzo Abe", "Vladimir Putin") and st.quote.startswith("The two leaders")
    pair = "Prime Minister Shinzo Abe and President Vladimir Putin agreed to push the peace treaty talks forward."
    assert treaty(extract(pair, "en", "2018-11-15"))[0].speaker == "Shinzo Abe"
    ru = ("Путин провел переговоры с Абэ.\n"
          "Они договорились ускорить переговоры о мирном договоре на основе декларации 1956 года.")
    assert [s.speaker for s in treaty(extract(ru, "ru", "2018-11-15"))] == ["Shinzo Abe"]
    ministers = "The foreign ministers of Japan and Russia agreed on Friday to keep working on the peace treaty."
    assert treaty(extract(ministers, "en", "2018-12-07"))[0].speaker == "Taro Kono"


def test_plural_without_a_named_speaker_is_nobody():
    text = "Officials of two other countries said that they had agreed the text of a peace agreement."
    assert extract(text, "en", "2025-03-13") == []


def test_agreement_told_as_background_in_a_temporal_clause():
    text = ("The islands returned to the headlines after Abe and Putin agreed in November to speed up the "
            "peace treaty talks.")
    assert treaty(extract(text, "en", "2019-01-14")) == []


def test_related_links_under_a_header_are_not_statements():
    text = ("ラブロフ外相は「平和条約の締結には第2次大戦の結果を認めることが必要だ」と指摘した。\n"
            "関連ニュース\n"
            "安倍首相:平和条約交渉の対象は4島の帰属問題だ\n"
            "菅官房長官、北方領土問題で「交渉を続ける」\n")
    found = extract(text, "ja", "2019-02-21")
    assert [s.speaker for s in found] == ["Sergei Lavrov"]


def test_full_quote_under_a_lead_that_quoted_it_is_on_the_lead_topic():
    text = ('Moscow sets no "fixed timetable" for a peace treaty with Japan, Foreign Minister Sergei Lavrov said on '
            'Friday.\n\n'
            '"There is no fixed timetable at all. Our colleagues in Tokyo know that this cannot be planned," he said.')
    found = extract(text, "en", "2019-02-16")
    assert [s.peace_treaty for s in found] == [True, True]
    assert found[1].direct and "quoted_in_lead" in found[1].topics
    # the same full quote without the lead that framed it says nothing of the treaty
    [alone] = extract(text.split("\n\n")[1].replace("he said", "Lavrov said"), "en", "2019-02-16")
    assert alone.speaker == "Sergei Lavrov" and not alone.peace_treaty


def test_according_to_a_title_before_the_name_or_a_statement_by():
    ru = "По словам министра иностранных дел Сергея Лаврова, суверенитет России над Южными Курилами не обсуждается."
    assert [(s.speaker, s.peace_treaty) for s in extract(ru, "ru", "2023-01-18")] == [("Sergei Lavrov", True)]
    en = "According to a statement by the Japanese Foreign Ministry, the four islands are Japanese territory."
    assert [s.speaker for s in extract(en, "en", "2023-01-18")] == ["Japanese Foreign Ministry"]
    # a source close to someone is not that someone
    assert extract("According to a source close to Putin, the islands will never be handed over.", "en",
                   "2023-01-18") == []


def test_japanese_conveyed_and_announced_are_verbs_of_saying():
    [st] = extract("岸田首相はプーチン大統領との電話会談で、平和条約交渉に粘り強く取り組む考えを伝えた。", "ja", "2021-10-12")
    assert (st.speaker, st.peace_treaty) == ("Fumio Kishida", True)
    [st] = extract("ロシア外務省は21日、日本との平和条約交渉を続ける意思はないと発表した。", "ja", "2022-03-22")
    assert (st.speaker, st.peace_treaty) == ("Russian Foreign Ministry", True)


def test_quote_split_by_its_attribution_is_one_statement():
    text = '"The southern Kurils," Lavrov said, "are Russian territory, and that is not up for debate."'
    [st] = extract(text, "en", "2019-01-14")
    assert (st.speaker, st.peace_treaty, st.rule, st.direct) == ("Sergei Lavrov", True, "split_quote", True)
    assert st.quote.startswith("The southern Kurils") and st.quote.endswith("not up for debate.")
    assert text[st.start:st.end] == st.quote
    # Russian sets the attribution inside the marks
    ru = "«Южные Курилы, — сказал Лавров, — являются российской территорией, и это не обсуждается»."
    [st] = extract(ru, "ru", "2019-01-14")
    assert (st.speaker, st.peace_treaty, st.rule) == ("Sergei Lavrov", True, "split_quote")
    # two sentences, each in its own marks, stay two statements
    two = '"We are ready," Lavrov said. "But Japan must recognise the results of the war first."'
    assert len(extract(two, "en", "2019-01-14")) == 2


def test_results_of_the_war_is_the_wwii_outcome():
    [st] = extract("«Япония должна признать итоги войны», — добавил Лавров.", "ru", "2019-01-14")
    assert st.peace_treaty and "wwii_outcome" in st.topics


def test_russian_predicates_joined_by_commas_share_their_subject():
    text = ("Переговоры лидеров прошли в Токио, на пресс-конференции российский лидер поделился впечатлениями от "
            "визита, рассказал о необходимости заключить мирный договор.")
    [st] = extract(text, "ru", "2016-12-16")
    assert (st.speaker, st.peace_treaty) == ("Vladimir Putin", True)
    # the object of the first verb is not the subject of the second
    [st] = extract("Абэ поблагодарил Путина за приглашение, заявил о готовности к переговорам о мирном договоре.",
                   "ru", "2016-12-16")
    assert st.speaker == "Shinzo Abe"
    # a subordinate clause has a subject of its own
    [st] = extract("Путин сказал, что Абэ предложил новый подход к мирному договору.", "ru", "2016-12-16")
    assert st.speaker == "Vladimir Putin"


def test_quote_running_into_the_next_paragraph_takes_the_attribution_below_it():
    text = ("Lavrov spoke after the talks in Moscow.\n\n"
            "“We will proceed on the basis of the 1956 Declaration, as the leaders agreed.\n\n"
            "“Nothing else is on the table,” the Russian minister told reporters.")
    found = extract(text, "en", "2019-02-16")
    opened = [s for s in found if s.rule == "open_quote"]
    assert [(s.speaker, s.peace_treaty) for s in opened] == [("Sergei Lavrov", True)]
    assert opened[0].quote.startswith("We will proceed") and opened[0].direct


def test_cut_off_quote_under_a_headline_is_the_headline_speaker():
    title = "Лавров заявил, что Япония должна признать итоги войны"
    text = title + "\n\n«Мы будем исходить из декларации 1956 года, о которой договорились лидеры двух стран"
    [st] = extract(text, "ru", "2019-01-16", title=title)
    assert (st.speaker, st.peace_treaty, st.rule) == ("Sergei Lavrov", True, "open_quote")


def test_a_standing_position_summed_up_is_background():
    text = ("Putin has acknowledged the legal force of the 1956 declaration. "
            "Putin has expressed his stance of valuing the joint declaration above other documents.")
    assert extract(text, "en", "2018-11-15") == []
    # the news formula "has said" still reports words
    [st] = extract("Peskov has said that talks on a peace treaty are impossible for now.", "en", "2025-04-08")
    assert st.speaker == "Dmitry Peskov" and st.peace_treaty


def test_full_stop_glued_to_the_next_sentence_still_ends_it():
    text = ("Его слова передает ТАСС.Глава японского МИД также подчеркнул, что Япония продолжит переговоры "
            "о мирном договоре.")
    [st] = extract(text, "ru", "2023-03-01")
    assert st.quote.startswith("Глава японского МИД") and st.speaker == "Yoshimasa Hayashi"


def test_reported_by_an_agency_is_not_a_handover():
    from treatywatch.statements.topic import is_treaty, topics
    assert not is_treaty(topics("Глава МИД осудил учения у четырех островов, передает ТАСС"))
    assert is_treaty(topics("Россия не собирается передавать Японии Южные Курилы"))


def test_an_earlier_agreement_told_in_the_past_perfect_is_background():
    text = ("Suga's predecessor, Shinzo Abe, and Putin had agreed to hold negotiations based on the 1956 "
            "declaration, which promises Shikotan and the Habomai islets to Japan.")
    assert [s for s in extract(text, "en", "2020-09-29") if s.peace_treaty] == []


def test_an_agenda_is_not_a_position():
    text = ("Trade, the peace treaty and a visit to Tokyo were in the focus of Sunday's talks, "
            "Kremlin spokesman Dmitry Peskov told reporters.")
    found = extract(text, "en", "2014-11-09")
    assert [s.speaker for s in found] == ["Dmitry Peskov"] and not found[0].peace_treaty


def test_quoting_him_as_saying_names_the_one_quoted():
    text = ("The newspaper covered a speech by Russian Ambassador Mikhail Galuzin in Tokyo, quoting him as saying that "
            "peace treaty talks are no trade of islands for investment.")
    [st] = extract(text, "en", "2019-03-28")
    assert (st.speaker, st.peace_treaty) == ("Mikhail Galuzin", True)


def test_a_quote_only_the_headline_carries_is_a_statement():
    title = "平和条約交渉 ロシア大統領報道官「対話を打ち切ったのは日本の方だ」"
    text = title + "\n\nロシアのペスコフ大統領報道官は記者団に対し、日本との平和条約交渉は現状では不可能だと述べた。"
    found = extract(text, "ja", "2024-12-01", title=title)
    assert [(s.speaker, s.rule) for s in found] == [("Dmitry Peskov", "headline_quote"),
                                                     ("Dmitry Peskov", "reported_speech")]
    assert found[0].quote == "対話を打ち切ったのは日本の方だ" and found[0].peace_treaty
    # a headline quote the body repeats word for word is left to the body
    title = 'Lavrov: "Japan must accept the results of the war"'
    text = title + '\n\n"Japan must accept the results of the war," Lavrov told reporters in Moscow.'
    found = extract(text, "en", "2019-01-14", title=title)
    assert [s.rule for s in found] == ["direct_quote"]


def test_the_official_points_back_but_officials_are_anonymous():
    text = ("Kremlin spokesman Dmitry Peskov said the call went well.\n"
            "The official stressed that Japan's alliance duties were important for the peace treaty talks.\n"
            "Japanese officials said the peace treaty was not discussed.")
    treaty = [s for s in extract(text, "en", "2018-11-16") if s.peace_treaty]
    assert [(s.speaker, s.quote[:12]) for s in treaty] == [("Dmitry Peskov", "The official")]


def test_japanese_sentence_ending_on_the_verb_noun():
    [st] = extract("ラブロフ氏は「第2次大戦の結果を認めることが平和条約への第一歩だ」と指摘。日本側に歩み寄りを求めた。",
                   "ja", "2019-01-14")
    assert (st.speaker, st.peace_treaty, st.direct) == ("Sergei Lavrov", True, True)


def test_long_participle_aside_and_quoted_by_an_agency():
    [st] = extract("Lavrov, speaking at a news conference in Moscow on Monday, said Japan must recognise Russian "
                   "sovereignty over the islands.", "en", "2019-01-14")
    assert (st.speaker, st.peace_treaty) == ("Sergei Lavrov", True)
    [st] = extract("Lavrov was quoted by TASS as saying that Japan must recognise Russian sovereignty over the Kurils.",
                   "en", "2019-01-14")
    assert (st.speaker, st.peace_treaty) == ("Sergei Lavrov", True)


def test_russian_as_said_puts_the_subject_after_the_verb():
    [st] = extract("Как заявил Лавров, Япония должна признать итоги Второй мировой войны.", "ru", "2019-01-14")
    assert (st.speaker, st.peace_treaty) == ("Sergei Lavrov", True)
    [st] = extract("Как подчеркнули в МИД России, суверенитет над Курилами не обсуждается.", "ru", "2019-01-14")
    assert st.speaker == "Russian Foreign Ministry"


def test_japanese_states_the_position_with_to_shiteimasu():
    [st] = extract("ロシア大統領府のペスコフ報道官は、日本との平和条約交渉は現状では不可能だとしています。", "ja", "2023-01-18")
    assert (st.speaker, st.peace_treaty) == ("Dmitry Peskov", True)


def test_japanese_sentence_going_on_with_the_same_speaker():
    text = ("ロシアのラブロフ外相は16日、モスクワで記者会見し、日本との平和条約について「大戦の結果を認めることが前提だ」と述べた。"
            "また、北方領土の主権は議論の対象ではないと強調した。")
    found = extract(text, "ja", "2019-01-16")
    assert [(s.speaker, s.peace_treaty) for s in found] == [("Sergei Lavrov", True), ("Sergei Lavrov", True)]
    assert found[1].quote.startswith("また")


def test_content_that_reports_someone_elses_words_is_theirs():
    text = ("The ministry particularly slammed the fact that some Japanese officials said the residents of the Kuril "
            "Islands should be prepared for a handover. Putin confirmed that Abe announced Japan's agreement to "
            "discuss the peace treaty on the basis of the 1956 declaration.")
    found = extract("The Russian Foreign Ministry summoned the ambassador. " + text, "en", "2019-01-14")
    assert [s for s in found if s.peace_treaty] == []
    assert {"nested"} <= {t for s in found for t in s.topics}
    # the speaker's own words about an earlier agreement stay the speaker's
    [st] = extract("Lavrov recalled that the two leaders had agreed to sign a peace treaty first and settle the "
                   "territorial issue later.", "en", "2023-01-18")
    assert st.peace_treaty


def test_a_quote_that_names_its_speaker_by_title_is_not_his():
    text = ("Vladimir Putin arrived in Vladivostok for the forum on Tuesday.\n\n"
            "\"Japan and Russia, President Putin and I, want the peace treaty signed in our time,\" he said.\n\n"
            "\"We are ready to sign the peace treaty this year,\" Putin said.")
    found = treaty(extract(text, "en", "2018-09-12"))
    assert [s.quote for s in found] == ["We are ready to sign the peace treaty this year,"]
    assert found[0].speaker == "Vladimir Putin"


def test_answering_questions_is_an_event_not_a_statement():
    """"X answered questions (on the treaty)" tells that an exchange took place, not what was said; an answer
    with its content is a statement."""
    for text, lang in [("After the talks in Vladivostok, Vladimir Putin answered questions from the media.", "en"),
                       ("Lavrov responded to questions on the peace treaty at a news conference in Moscow.", "en"),
                       ("Владимир Путин ответил на вопросы журналистов о мирном договоре.", "ru")]:
        assert extract(text, lang, "2024-01-01") == [], text
    [st] = extract("Lavrov answered reporters' questions, saying the peace treaty talks were over.", "en", "2024-01-01")
    assert st.speaker == "Sergei Lavrov" and st.peace_treaty
    [st] = extract("Путин ответил, что переговоры о мирном договоре невозможны.", "ru", "2024-01-01")
    assert st.speaker == "Vladimir Putin" and st.peace_treaty
    # the event names the speaker "he" points back to
    text = ("After the talks, Vladimir Putin answered questions from the media. He said the peace treaty talks could "
            "resume if Tokyo changed course.")
    [st] = extract(text, "en", "2024-01-01")
    assert st.speaker == "Vladimir Putin" and st.quote.startswith("He said")


def test_a_sentence_naming_only_whom_and_when_says_nothing():
    """"X told reporters after the meeting." has no words of X (they were cut off, or never in the text)."""
    assert extract("Lavrov told reporters after the talks on the peace treaty in Moscow.", "en", "2024-03-03") == []
    assert extract("Lavrov said on Monday.", "en", "2024-03-03") == []
    for text in ["Lavrov said on Monday the peace treaty talks were over.",
                 "Lavrov said in Moscow that the peace treaty is off.",
                 "Reaching a peace treaty remains difficult, Lavrov said on Tuesday."]:
        [st] = extract(text, "en", "2024-03-03")
        assert st.speaker == "Sergei Lavrov" and st.peace_treaty, text


def test_written_words_are_statements_a_letter_is_not():
    for text, lang in [("Medvedev wrote on Telegram that Japan could forget about the Kurils and a peace treaty.", "en"),
                       ('Medvedev wrote: "Japan can forget about a peace treaty."', "en"),
                       ("Медведев написал в Telegram, что Япония может забыть о мирном договоре.", "ru")]:
        [st] = extract(text, lang, "2024-03-01")
        assert st.speaker == "Dmitry Medvedev" and st.peace_treaty, text
    assert extract("Abe wrote a letter to Putin about the peace treaty.", "en", "2018-01-10") == []
    assert extract("Медведев написал письмо о мирном договоре.", "ru", "2024-03-01") == []


def test_japanese_verb_after_an_adverb():
    """「…との立場を改めて表明した」: an adverb between the object and the verb of saying."""
    [st] = extract("外務省は、北方四島は日本固有の領土であるとの立場を改めて表明した。", "ja", "2024-03-01")
    assert st.speaker == "Japanese Foreign Ministry" and st.peace_treaty


def test_a_claim_of_whose_the_islands_are_is_on_the_dispute():
    [st] = extract("Russia's top diplomat said the four islands were Russian, whatever Tokyo says.", "en", "2024-03-01")
    assert st.speaker == "Sergei Lavrov" and st.peace_treaty
    [st] = extract("Lavrov said the islands are Russian-held and visits by former residents are suspended.", "en",
                   "2024-03-01")
    assert not st.peace_treaty  # "Russian-held" names them, it claims nothing


def test_a_habit_inside_what_was_said_is_not_a_standing_position():
    """"Has repeatedly said" sums up a stance; "recalled that Russia had repeatedly offered" is one remark."""
    [st] = extract("Захарова напомнила, что Россия неоднократно предлагала Японии подписать мирный договор.", "ru",
                   "2024-03-01")
    assert st.speaker == "Maria Zakharova" and st.peace_treaty
    assert extract("Захарова неоднократно заявляла, что Курилы — российская территория.", "ru", "2024-03-01") == []
    assert extract("Lavrov said repeatedly that the Kurils are Russian.", "en", "2024-03-01") == []


def test_russian_quote_over_two_paragraphs_takes_the_speaker_named_after_it_closes():
    """Russian opens a quote running over paragraphs once: «…¶…», — сказал Лавров."""
    text = ("«Мы готовы продолжать переговоры по мирному договору.\n\n"
            "Но японские партнеры должны признать итоги Второй мировой войны», — сказал Лавров.")
    found = extract(text, "ru", "2019-01-14")
    assert [(s.speaker, s.peace_treaty) for s in found] == [("Sergei Lavrov", True)] * 2
    assert found[0].rule == "open_quote" and found[0].quote == "Мы готовы продолжать переговоры по мирному договору."


def test_japanese_bare_titles_name_japans_own_office_holder():
    """「首相は」「外相は」 with no name: Japan's prime minister or foreign minister on the article's date; after a
    named speaker the same words point back to that speaker."""
    [st] = extract("外相は記者会見で『北方領土問題の解決に向けて粘り強く交渉する』と語った。", "ja", "2023-03-01")
    assert st.speaker == "Yoshimasa Hayashi" and st.peace_treaty
    [st] = extract("首相は国会で、北方領土問題を解決して平和条約を締結する方針に変わりはないと述べた。", "ja", "2019-02-01")
    assert st.speaker == "Shinzo Abe"
    [st] = extract("ラブロフ外相は会見を開いた。外相は「平和条約交渉は不可能だ」と述べた。", "ja", "2023-03-01")
    assert st.speaker == "Sergei Lavrov"


def test_japanese_verbs_of_pushing_back():
    [st] = extract("ザハロワ報道官は「北方領土に関する日本政府の主張は受け入れられない」と反発した。", "ja", "2023-03-01")
    assert st.speaker == "Maria Zakharova" and st.peace_treaty and st.direct


def test_a_hyphen_typed_for_the_dash_in_russian_attributions():
    """Plain-text copies type '-' for '—': '"…", - сказал министр.' and «…, - сказал Лавров, - …»."""
    text = ("Об этом заявил министр иностранных дел РФ Сергей Лавров.\n\n"
            '"В таких условиях говорить о мирном договоре бессмысленно", - сказал министр.')
    found = extract(text, "ru", "2024-03-03")
    assert (found[-1].speaker, found[-1].rule, found[-1].peace_treaty) == ("Sergei Lavrov", "direct_quote", True)
    [st] = extract("«Курилы, - сказал Лавров, - российская территория, и мирный договор это должен признать».", "ru",
                   "2024-03-03")
    assert (st.speaker, st.rule) == ("Sergei Lavrov", "split_quote")


def test_russian_imperfective_verbs_of_saying():
    """"Ранее Песков отмечал, что …": an earlier remark told again is a statement; "неоднократно заявлял" sums up."""
    [st] = extract("Ранее пресс-секретарь президента РФ Дмитрий Песков отмечал, что условий для возобновления диалога "
                   "по мирному договору нет.", "ru", "2024-03-03")
    assert st.speaker == "Dmitry Peskov" and st.peace_treaty
    assert extract("Песков неоднократно заявлял, что мирный договор невозможен.", "ru", "2024-03-03") == []


def test_the_source_of_a_statement_is_its_speaker_a_document_is_not():
    [st] = extract("A statement from the Kremlin said there were no grounds for peace treaty talks.", "en", "2024-03-01")
    assert st.speaker == "Kremlin" and st.peace_treaty
    [st] = extract("В заявлении МИД России говорится, что притязания Японии на Курилы беспочвенны.", "ru", "2024-03-01")
    assert st.speaker == "Russian Foreign Ministry" and st.peace_treaty
    assert extract("В совместной декларации 1956 года говорится, что СССР согласен передать Японии Шикотан.", "ru",
                   "2024-03-01") == []
    [st] = extract("Putin's spokesman said the peace treaty talks were frozen.", "en", "2024-03-01")
    assert st.speaker == "Dmitry Peskov"


def test_a_long_title_set_off_by_commas_before_the_verb():
    """"X, deputy chairman of Russia's Security Council, said": the apposition is a title, X the subject."""
    [st] = extract("Dmitry Medvedev, deputy chairman of Russia's Security Council, said that the peace treaty was "
                   "dead.", "en", "2026-03-01")
    assert (st.speaker, st.peace_treaty) == ("Dmitry Medvedev", True)
    [st] = extract("Mikhail Galuzin, a deputy head of the Russian Foreign Ministry, wrote on Telegram that Japan would "
                   "never get the Kurils back.", "en", "2026-03-01")
    assert (st.speaker, st.peace_treaty) == ("Mikhail Galuzin", True)


def test_japanese_also_said_to_mo():
    """"…とも強調した" ("also stressed") is a verb of saying like "…と強調した"."""
    [st] = extract("ルデンコ外務次官は、南クリール諸島に対するロシアの主権は議論の対象ではないとも強調した。", "ja",
                   "2025-12-11")
    assert (st.speaker, st.peace_treaty) == ("Andrei Rudenko", True)


def test_a_quote_after_a_restated_lead_goes_on_with_the_lead():
    """TASS's Russian lead: "<what was said>. Об этом сообщил X." and a quote below it: the quote's "such a
    dialogue" is the lead's treaty talks, though the sentence right before it only names the speaker."""
    text = ("Россия не видит перспектив для переговоров с Японией по мирному договору, пока Токио проводит "
            "недружественный курс. Об этом ТАСС сообщил замминистра иностранных дел РФ Андрей Руденко.\n\n"
            '"Оснований для возобновления такого диалога сегодня нет", - подчеркнул дипломат.')
    found = extract(text, "ru", "2025-12-11")
    assert [(s.speaker, s.rule, s.peace_treaty) for s in found] == [
        ("Andrei Rudenko", "restates_previous", True), ("Andrei Rudenko", "direct_quote", True)]


def test_japanese_adverb_between_to_and_the_verb_and_russian_held_islands():
    """"…と改めて主張した" (reiterated) is a verb of saying; "北方領土はロシア領だ" is a claim on the islands."""
    [st] = extract("ラブロフ外相は、日本が第2次大戦の結果を認めるべきだと改めて主張した。", "ja", "2026-02-01")
    assert (st.speaker, st.peace_treaty) == ("Sergei Lavrov", True)
    [st] = extract("ラブロフ外相は、北方領土はロシア領だとの認識を示しました。", "ja", "2026-02-01")
    assert (st.speaker, st.peace_treaty) == ("Sergei Lavrov", True)


def test_russian_agency_quoting_a_speaker():
    """'«…», - цитирует Лаврова ТАСС' / 'приводит слова Захаровой РИА Новости': the one quoted speaks, not the agency."""
    [st] = extract('"Мы не будем вести переговоры о мирном договоре со страной, которая вводит против нас санкции", '
                   "- цитирует Лаврова ТАСС.", "ru", "2026-02-01")
    assert (st.speaker, st.rule, st.peace_treaty) == ("Sergei Lavrov", "direct_quote", True)
    [st] = extract("«Мирный договор невозможен без признания итогов войны», — приводит слова Захаровой РИА Новости.",
                   "ru", "2026-02-01")
    assert (st.speaker, st.peace_treaty) == ("Maria Zakharova", True)


def test_a_spokesman_for_an_institution_speaks_for_it():
    """"A spokesman for the Russian Foreign Ministry said": the ministry's words; "spokeswoman of the Russian
    Foreign Ministry Maria Zakharova said": hers (the name after the title is the subject, not an object of 'of')."""
    [st] = extract("A spokesman for the Russian Foreign Ministry said the islands would remain Russian.", "en",
                   "2026-02-01")
    assert (st.speaker, st.peace_treaty) == ("Russian Foreign Ministry", True)
    [st] = extract("Talks on a peace treaty with Tokyo are only possible once Japan drops its sanctions, official "
                   "spokeswoman of the Russian Foreign Ministry Maria Zakharova said in a comment.", "en", "2026-02-01")
    assert (st.speaker, st.peace_treaty) == ("Maria Zakharova", True)


def test_the_speaker_named_before_under_anaphors_in_three_languages():
    """"同外相は" / "同氏は" / "同報道官は", "по словам российского министра", "the veteran diplomat added"."""
    found = extract("ロシアのラブロフ外相は記者会見を開いた。同外相は、平和条約交渉は不可能だと述べた。"
                    "同氏はまた、北方領土はロシア領だと主張した。", "ja", "2026-02-01")
    assert [(s.speaker, s.peace_treaty) for s in found] == [("Sergei Lavrov", True)] * 2
    [st] = extract("ロシアのペスコフ大統領報道官は1日、記者団の取材に応じた。同報道官は、日本との平和条約交渉を再開する"
                   "条件はないと語った。", "ja", "2026-02-01")
    assert st.speaker == "Dmitry Peskov"
    text = "Глава МИД РФ Сергей Лавров провел переговоры в Москве. По словам российского министра, мирный договор невозможен."
    assert [s.speaker for s in extract(text, "ru", "2026-02-01")] == ["Sergei Lavrov"]
    text = "Глава МИД РФ Сергей Лавров провел переговоры в Москве. По словам японского министра, мирный договор невозможен."
    assert extract(text, "ru", "2026-02-01") == []  # the other side's minister is not the Russian named before
    text = ("Russian Foreign Minister Sergei Lavrov held talks in Moscow. The veteran diplomat added that sovereignty "
            "over the Kurils was not up for discussion.")
    assert [s.speaker for s in extract(text, "en", "2026-02-01")] == ["Sergei Lavrov"]


def test_a_paragraph_that_is_a_quote_alone_goes_on_with_the_speaker_quoted_above():
    """Wire copy: '"…," Lavrov said.' then a paragraph that is only a quote: Lavrov's again, in three languages
    (also after a quote left open at the paragraph's end); a paragraph of other words in between ends it."""
    for text, language in (
            ('"We are ready to talk about the peace treaty," Lavrov said at a news conference in Moscow.\n\n'
             '"But Japan must first accept the results of the Second World War."', "en"),
            ('Lavrov said: "We are ready to talk about the peace treaty.\n\n'
             '"But Japan must first accept the results of the Second World War."', "en"),
            ("«Мы готовы обсуждать мирный договор», — сказал Лавров на пресс-конференции.\n\n"
             "«Но Япония должна сначала признать итоги Второй мировой войны».", "ru"),
            ("ラブロフ外相は「平和条約について話す用意はある」と述べた。\n\n"
             "「しかし日本はまず第2次大戦の結果を認めなければならない」", "ja")):
        found = extract(text, language, "2026-02-01")
        assert [(s.speaker, s.peace_treaty) for s in found] == [("Sergei Lavrov", True)] * 2, text
        assert found[-1].rule == "continued_quote"
    text = ('"We are ready to talk about the peace treaty," Lavrov said.\n\n'
            "Japan's Foreign Ministry declined to comment.\n\n"
            '"Japan must first accept the results of the war."')
    assert len(extract(text, "en", "2026-02-01")) == 1


def test_an_unregistered_speaker_is_kept_without_his_title():
    [st] = extract("Deputy Foreign Minister Takehiro Funakoshi told his counterpart that Japan remains committed to "
                   "concluding a peace treaty.", "en", "2026-03-15")
    assert (st.speaker, st.peace_treaty) == ("Takehiro Funakoshi", True)


def test_the_source_closing_a_sentence_is_not_someone_else_s_words_inside_it():
    """'X said …, the ministry said in a statement': the ministry is where X's words come from, not nested speech
    that would make the treaty talk someone else's."""
    text = ("Japan remains committed to concluding a peace treaty, Deputy Foreign Minister Takehiro Funakoshi said.\n\n"
            'Rudenko said Moscow was open to dialogue but that "the Japanese side must first abandon its unfriendly '
            'policy," the Russian Foreign Ministry said in a statement.')
    found = extract(text, "en", "2026-03-15")
    assert (found[-1].speaker, found[-1].peace_treaty) == ("Andrei Rudenko", True)


def test_machine_translated_aggregator_copy():
    """An aggregator's machine translation: "peace contract", "results of the World War Second", "the head of
    Russian diplomacy has said" after a quote closed by '”, –'."""
    text = ("Russian Foreign Minister Sergey Lavrov stated that Tokyo is not ready for to sign the peace contract, "
            "because it not recognize results of the World War Second.\n"
            "“Japanese partners are still not ready to accept outcomes of the war, which are enshrined in the UN "
            "Charter. Without it, the talk about treaty of peace is not possible”, – the head of Russian diplomacy "
            "has said at press-conference.")
    found = extract(text, "en", "2026-03-16")
    assert [(s.speaker, s.peace_treaty, s.direct) for s in found] == [("Sergei Lavrov", True, False),
                                                                     ("Sergei Lavrov", True, True)]


def test_japanese_according_to_the_polite_form_and_the_subjects_own_verb():
    """NHK's "…によりますと": a source of its own when nothing else speaks ("ペスコフ報道官によりますと、…ということ
    です"); when the sentence's subject has its own verb, that subject speaks, not the source before it."""
    [st] = extract("ペスコフ報道官によりますと、日本との平和条約交渉は不可能だということです。", "ja", "2026-03-16")
    assert (st.speaker, st.peace_treaty) == ("Dmitry Peskov", True)
    [st] = extract("ロシア大統領府によりますと、プーチン大統領は北方領土の主権について議論する考えはないとしています。", "ja",
                   "2026-03-16")
    assert (st.speaker, st.peace_treaty) == ("Vladimir Putin", True)
    [st] = extract("萩生田氏によると「安倍氏も、プーチン氏も平和条約を結べないことが異常だと発言しています」。", "ja",
                   "2026-03-16")
    assert st.speaker == "Koichi Hagiuda"  # the verb inside the quote is the quote's, not the sentence's


def test_sources_and_closing_attributions():
    """'according to Japanese government sources' is nobody in particular; '…, Japanese officials said.' closing a
    sentence is where the speaker's words come from, not someone else's words nested in them."""
    assert extract("According to Japanese government sources, Tokyo will seek to resume peace treaty talks next "
                   "year.", "en", "2026-03-16") == []
    [st] = extract("In the call, Takaichi said Japan wanted to resolve the territorial issue and sign a peace treaty, "
                   "Japanese officials said.", "en", "2026-03-16")
    assert (st.speaker, st.peace_treaty) == ("Sanae Takaichi", True)


def test_a_capitalised_document_is_not_an_unregistered_speaker():
    assert extract("The 1956 Joint Declaration says the Soviet Union would hand over Shikotan and Habomai after a "
                   "peace treaty is signed.", "en", "2026-03-16") == []
    assert extract("The Diplomatic Blue Book says the four islands are Japanese territory.", "en", "2026-03-16") == []


def test_an_aside_opened_by_asked_between_the_subject_and_the_verb():
    [st] = extract("Putin, asked about the islands at a forum in Vladivostok, said the peace treaty was still "
                   "possible.", "en", "2026-03-01")
    assert (st.speaker, st.peace_treaty) == ("Vladimir Putin", True)
    [st] = extract('Takaichi, in her first policy speech to parliament, said Japan would "tenaciously" pursue '
                   "negotiations to resolve the territorial issue.", "en", "2025-10-24")
    assert (st.speaker, st.peace_treaty) == ("Sanae Takaichi", True)


def test_a_setting_between_the_subject_and_its_verb():
    """"Такаити в ходе выступления в парламенте пообещала …", "Lavrov at a news conference in Moscow on Friday
    said …": prepositional phrases of place and occasion, no comma, between the speaker and the verb."""
    [st] = extract("Японский премьер Санаэ Такаити в ходе выступления в парламенте пообещала добиваться заключения "
                   "мирного договора.", "ru", "2026-03-01")
    assert (st.speaker, st.peace_treaty) == ("Sanae Takaichi", True)
    [st] = extract("Lavrov at a news conference in Moscow on Friday said the peace treaty was off the table.", "en",
                   "2026-03-01")
    assert st.speaker == "Sergei Lavrov"


def test_more_japanese_verbs_of_saying():
    """NHK's "…としました", "けん制した", "明言した", "コメントした", "考えを明らかにした", and a setting between と and
    the verb ("…と国会で答弁した")."""
    for text, speaker in (("ロシア外務省は声明で、日本の北方領土返還要求は受け入れられないとしました。", "Russian Foreign Ministry"),
                          ("ラブロフ外相は「北方領土はロシア領だ」とけん制した。", "Sergei Lavrov"),
                          ("ラブロフ外相は、日本が北方領土の返還を求め続けることをけん制した。", "Sergei Lavrov"),
                          ("ペスコフ報道官は、平和条約交渉の再開はないと明言した。", "Dmitry Peskov"),
                          ("ペスコフ報道官は「平和条約交渉の再開はない」とコメントした。", "Dmitry Peskov"),
                          ("高市首相は、北方領土問題を解決して平和条約を締結する考えを明らかにした。", "Sanae Takaichi"),
                          ("茂木外相は「北方領土は我が国固有の領土だ」と国会で答弁した。", "Toshimitsu Motegi"),
                          ("茂木外相は、北方領土は日本固有の領土だとする日本政府の立場を改めて説明した。", "Toshimitsu Motegi")):
        [st] = extract(text, "ja", "2026-03-01")
        assert (st.speaker, st.peace_treaty) == (speaker, True), text


def test_the_embassies_speak_as_institutions():
    [st] = extract("The Russian Embassy in Tokyo said the islands are Russian territory.", "en", "2026-03-01")
    assert (st.speaker, st.peace_treaty) == ("Russian Embassy in Japan", True)
    [st] = extract("在日ロシア大使館は、北方領土はロシア領だとする声明を発表した。", "ja", "2026-03-01")
    assert (st.speaker, st.peace_treaty) == ("Russian Embassy in Japan", True)
    [st] = extract("Посольство Японии в России заявило, что Токио добивается возвращения островов.", "ru", "2026-03-01")
    assert (st.speaker, st.peace_treaty) == ("Japanese Embassy in Russia", True)


def test_more_english_ways_of_attributing():
    """"In Lavrov's words, '…'", "in his words", "As Lavrov put it", "made it clear that", "blamed"."""
    [st] = extract('In Lavrov\'s words, "Japan must accept the results of World War II before any peace treaty."',
                   "en", "2026-03-01")
    assert (st.speaker, st.peace_treaty, st.rule) == ("Sergei Lavrov", True, "direct_quote")
    found = extract("Sergei Lavrov met the press in Moscow. In his words, the peace treaty with Japan is impossible "
                    "now.", "en", "2026-03-01")
    assert [(s.speaker, s.peace_treaty) for s in found] == [("Sergei Lavrov", True)]
    for text in ("As Lavrov put it, Japan must accept the results of World War II before any peace treaty.",
                 "Lavrov made it clear that Japan must accept the results of World War II before any peace treaty.",
                 "Lavrov blamed Tokyo for the collapse of the peace treaty talks."):
        [st] = extract(text, "en", "2026-03-01")
        assert (st.speaker, st.peace_treaty) == ("Sergei Lavrov", True), text


def test_a_possessive_name_is_the_antecedent_and_a_nationality_picks_the_side():
    """"Lavrov's remarks came a day later. He said …": he is Lavrov; "That was Lavrov's first meeting with Kono.
    The Japanese minister said …": the Japanese named before, not the Russian named last."""
    found = extract("Lavrov's remarks came a day after the meeting. He said the peace treaty talks were over.", "en",
                    "2026-03-01")
    assert [(s.speaker, s.peace_treaty) for s in found] == [("Sergei Lavrov", True)]
    found = extract("Taro Kono flew to Moscow on Monday. That was Lavrov's first meeting with the new minister. The "
                    "Japanese minister said the peace treaty talks would go on.", "en", "2018-05-01")
    assert [s.speaker for s in found] == ["Taro Kono"]


def test_two_speakers_in_one_sentence_each_get_their_words():
    """"Kishida said …, but Lavrov said …" / «…, а Лавров ответил, что …» / "…と述べたが、ラブロフ外相は…と反論した":
    the second speaker's words are his, not the first's; one speaker going on ("…, and he added") stays whole."""
    for text, language in (("Kishida said Japan would continue to seek a peace treaty, but Lavrov said the talks "
                            "were over.", "en"),
                           ("Кисида заявил, что Япония стремится к мирному договору, а Лавров ответил, что переговоры "
                            "невозможны.", "ru"),
                           ("岸田首相は平和条約締結を目指すと述べたが、ラブロフ外相は交渉は不可能だと反論した。", "ja")):
        found = extract(text, language, "2022-03-01")
        assert [(s.speaker, s.peace_treaty) for s in found] == [("Fumio Kishida", True), ("Sergei Lavrov", True)], text
        assert "Lavrov" not in found[0].quote and "Лавров" not in found[0].quote and "ラブロフ" not in found[0].quote
    [st] = extract("Lavrov said the peace treaty talks were over, and he added that Japan was to blame.", "en",
                   "2022-03-01")
    assert st.speaker == "Sergei Lavrov"
    [st] = extract("Lavrov said the peace treaty talks were over, and that Tokyo's claims, which Kishida said were "
                   "legitimate, had no basis.", "en", "2022-03-01")
    assert st.speaker == "Sergei Lavrov"  # "and that …" goes on with Lavrov's words; Kishida's verb is in a relative


def test_russian_present_tense_and_impersonal_verbs_of_news_copy():
    for text, speaker in (("Как отмечается в заявлении МИД России, суверенитет над Курилами не подлежит обсуждению.",
                           "Russian Foreign Ministry"),
                          ("Суверенитет России над Курилами не подлежит обсуждению, сообщает пресс-служба Кремля.",
                           "Kremlin")):
        [st] = extract(text, "ru", "2026-03-01")
        assert (st.speaker, st.peace_treaty) == (speaker, True), text
    assert extract("Суверенитет России над Курилами не подлежит обсуждению, сообщает ТАСС.", "ru", "2026-03-01") == []


def test_the_ministry_named_before_under_a_closing_source():
    """'«…», - говорится в сообщении МИД': the bare МИД after the quote is the ministry named before."""
    text = ("Министерство иностранных дел России вызвало посла Японии в связи с высказываниями о Курилах.\n\n"
            '"Подобные высказывания являются попыткой пересмотреть итоги Второй мировой войны и абсолютно '
            'неприемлемы", - говорится в сообщении МИД.')
    found = [s for s in extract(text, "ru", "2026-03-20") if s.peace_treaty]
    assert [(s.speaker, s.direct) for s in found] == [("Russian Foreign Ministry", True)]


def test_said_thus_points_back_to_the_quote_before():
    """"「…」。ラブロフ外相は記者会見でこう強調した。" and "«…». Так заявил Лавров": the speaker of the quote before."""
    for text, language in (("「日本が第2次大戦の結果を認めない限り、平和条約はあり得ない」。ラブロフ外相は記者会見でこう強調した。",
                            "ja"),
                           ("«Без признания Японией итогов войны никакого мирного договора быть не может». Так заявил "
                            "Лавров на пресс-конференции.", "ru"),
                           ("Без признания Японией итогов войны никакого мирного договора быть не может. Так считает "
                            "Лавров.", "ru")):
        [st] = extract(text, language, "2026-03-01")
        assert (st.speaker, st.peace_treaty, st.rule) == ("Sergei Lavrov", True, "restates_previous"), text
        assert "平和条約" in st.quote or "мирного договора" in st.quote


def test_more_verbs_of_saying_in_three_languages():
    """Reaffirming, repeating, ruling out, rejecting, describing as, dismissing: attributed words on the treaty."""
    cases = [
        ("ru", "Лавров подтвердил, что Россия не намерена обсуждать с Японией принадлежность Курил.", "Sergei Lavrov"),
        ("ru", "Лавров повторил, что Россия не намерена обсуждать с Японией принадлежность Курил.", "Sergei Lavrov"),
        ("ru", "Песков дал понять, что переговоры о мирном договоре с Японией сейчас невозможны.", "Dmitry Peskov"),
        ("ru", "Захарова назвала претензии Японии на южные Курилы необоснованными.", "Maria Zakharova"),
        ("ru", "Песков исключил возобновление переговоров о мирном договоре с Японией.", "Dmitry Peskov"),
        ("ru", "Лавров отверг претензии Токио на южные Курилы.", "Sergei Lavrov"),
        ("ru", "Галузин полагает, что Токио не готов к компромиссу по мирному договору.", "Mikhail Galuzin"),
        ("en", "Lavrov repeated that Moscow would not discuss sovereignty over the Kurils with Tokyo.", "Sergei Lavrov"),
        ("en", "Lavrov maintained that Moscow would not discuss sovereignty over the Kurils.", "Sergei Lavrov"),
        ("en", "Lavrov described Tokyo's demands for the return of the islands as unacceptable.", "Sergei Lavrov"),
        ("en", "Lavrov characterized Japan's demands for the islands as unacceptable.", "Sergei Lavrov"),
        ("en", "Putin referred to the 1956 declaration as the starting point for the peace treaty talks.",
         "Vladimir Putin"),
        ("ja", "ザハロワ報道官は、日本の北方領土返還要求を「根拠がない」と一蹴した。", "Maria Zakharova"),
        ("ja", "ラブロフ外相は、平和条約交渉の再開を否定した。", "Sergei Lavrov"),
    ]
    for language, text, speaker in cases:
        found = treaty(extract(text, language, "2023-03-10"))
        assert [(s.speaker, s.quote) for s in found] == [(speaker, text)], text
    # "described" alone, without "as", describes an event
    assert not treaty(extract("Lavrov described the talks with Kono on the peace treaty in detail to Putin.", "en",
                              "2023-03-10"))
    assert not treaty(extract("Lavrov referred to the peace treaty talks in Moscow in his speech.", "en",
                              "2023-03-10"))
    # "it" pointing back at the declaration of the sentence before
    text = ("Putin has long put weight on the 1956 joint declaration. At a meeting with Mori in 2001, the Russian "
            "president referred to it as the starting point for the negotiations.")
    assert [s.quote[:20] for s in treaty(extract(text, "en", "2018-11-15"))] == ["At a meeting with Mo"]


def test_a_second_predicate_of_saying_shares_the_subject_that_opens_the_clause():
    """'X met Y … and said', 'X rejected the report, saying …': the words are X's, not Y's; the report before
    'but said' is not an anonymous subject."""
    cases = [
        "Lavrov met Kono in Moscow on Monday and said the peace treaty talks would continue.",
        "Lavrov met Kono in Moscow on Monday, and said the peace treaty talks would continue.",
        "Lavrov denied the report but said the peace treaty talks remain frozen.",
        "Lavrov rejected the report, saying that Moscow's position on the peace treaty had not changed.",
    ]
    for text in cases:
        found = treaty(extract(text, "en", "2019-01-14"))
        assert [(s.speaker, s.quote) for s in found] == [("Sergei Lavrov", text)], text
    # a participle after a clause that opens with no name, or with another clause, names nobody
    assert not treaty(extract("The talks ended on Monday, saying nothing about the peace treaty.", "en", "2019-01-14"))
    assert not treaty(extract("Officials denied the report but said the peace treaty talks remain frozen.", "en",
                              "2019-01-14"))


def test_declining_to_comment_takes_no_position():
    for language, text in [
        ("en", "Suga repeated that, while the talks are under way, he did not wish to comment on the contents of "
               "the peace treaty negotiations."),
        ("en", '"No comment on the peace treaty talks," Peskov said.'),
        ("ja", "菅首相は、平和条約交渉の中身についてはコメントを控えると述べた。"),
    ]:
        found = extract(text, language, "2020-11-20")
        assert found and not treaty(found) and found[0].topics == ["no_comment"], text
    # … unless the sentence goes on to say something
    found = treaty(extract("Peskov declined to comment on the report but said the peace treaty talks remain frozen.",
                           "en", "2020-11-20"))
    assert [s.speaker for s in found] == ["Dmitry Peskov"]


def test_ones_own_countrys_position_picks_the_side_of_a_bare_title():
    text = ("Japanese Foreign Minister Yoshimasa Hayashi held his first phone call with Russian counterpart Sergei "
            "Lavrov on Friday. The foreign minister also reiterated Japan's position that the four islands are an "
            "inherent part of Japanese territory.")
    assert [s.speaker for s in treaty(extract(text, "en", "2021-12-05"))] == ["Yoshimasa Hayashi"]
    text = ("Yoshimasa Hayashi held a call with Sergei Lavrov on Friday. The minister reaffirmed Russia's long-held "
            "stance that the islands became Russian territory as a result of the Second World War.")
    assert [s.speaker for s in treaty(extract(text, "en", "2021-12-05"))] == ["Sergei Lavrov"]


def test_a_japanese_headline_names_its_speaker_before_the_quote():
    for title, speaker, quote in [("ラブロフ外相「平和条約交渉は不可能」", "Sergei Lavrov", "平和条約交渉は不可能"),
                                  ("北方領土の日 高市首相「平和条約締結の方針堅持」", "Sanae Takaichi", "平和条約締結の方針堅持")]:
        text = title + "\n\nロシアのラブロフ外相は7日、日本との関係について記者団に語った。"
        found = treaty(extract(text, "ja", "2026-02-07", title=title))
        assert [(s.speaker, s.quote, s.rule) for s in found] == [(speaker, quote, "headline_quote")], title
    # a country or a phrase before the quote is no speaker
    for title in ("ロシア「平和条約交渉は不可能」", "「平和条約交渉は不可能だと思う」との声"):
        assert not treaty(extract(title + "\n\n本文。", "ja", "2026-02-07", title=title)), title


def test_a_quote_pointing_back_at_a_treaty_sentence_is_on_the_treaty():
    text = ('TOKYO - Japan on Tuesday protested Russia\'s decision to pull out of the peace treaty talks.\n\n'
            '"This is deeply unfair and we cannot accept it," Prime Minister Fumio Kishida told parliament.')
    assert [s.topics for s in treaty(extract(text, "en", "2022-03-22"))] == [["continued"]]
    # after a sentence on another subject, or opening with a plain "it", it is not
    for text in ('Japan on Tuesday protested Russia\'s ban on Japanese fishing boats.\n\n"This is deeply unfair and we '
                 'cannot accept it," Prime Minister Fumio Kishida told parliament.',
                 'Japan on Tuesday protested Russia\'s decision to pull out of the peace treaty talks.\n\n"It is a cold '
                 'day in Tokyo and we all wish for spring," Prime Minister Fumio Kishida told reporters.'):
        assert not treaty(extract(text, "en", "2022-03-22"))


def test_the_same_speaker_quoted_again_in_the_paragraph_goes_on_with_the_treaty():
    text = ('According to Lavrov, Moscow and Tokyo still have "considerable differences" on the peace treaty. '
            '"There are no deadlines for this work," he noted.')
    found = treaty(extract(text, "en", "2019-02-16"))
    assert [(s.speaker, s.quote) for s in found][1:] == [("Sergei Lavrov", "There are no deadlines for this work,")]
    # another speaker's quote does not inherit it
    text = ('According to Lavrov, Moscow and Tokyo still have "considerable differences" on the peace treaty. '
            '"There are many good restaurants in this city," Kono noted.')
    assert [s.speaker for s in treaty(extract(text, "en", "2019-02-16"))] == ["Sergei Lavrov"]


def test_machine_translated_word_order_and_passive_agents():
    """An aggregator's machine translation from Russian: the name after a title phrase, 'according to him',
    'as noted by' the speaker."""
    text = ("Russian Foreign Minister Sergey Lavrov declared that Moscow does not intend to discuss the peace "
            "contract on the old basis. According to him, the sovereignty of Russia over the southern Kuriles is not "
            "subject to doubt.\n\n"
            "As noted by the head of the Russian diplomacy, Tokyo itself froze the dialogue on the peace contract.\n\n"
            "Earlier the press secretary of the President of Russia Dmitry Peskov stated that the negotiations on the "
            "peace treaty are impossible now.\n\n"
            "The chief of the Japanese government Fumio Kishida in his speech in parliament declared the intention to "
            "conclude the peace treaty.")
    found = treaty(extract(text, "en", "2024-02-08"))
    assert [s.speaker for s in found] == ["Sergei Lavrov"] * 3 + ["Dmitry Peskov", "Fumio Kishida"]
    assert found[1].quote.startswith("According to him") and found[2].quote.startswith("As noted by")
    # a document after "as stated in", nobody after "by officials", a title phrase governed by "with"
    assert not treaty(extract("As stated in the 1956 Declaration, the islands would be handed over after a peace "
                              "treaty.", "en", "2024-02-08"))
    assert not treaty(extract("It was said by officials that the peace treaty talks are impossible.", "en",
                              "2024-02-08"))
    found = treaty(extract("Lavrov held talks with the head of the Japanese government Fumio Kishida and said the "
                           "peace treaty talks would go on.", "en", "2024-02-08"))
    assert [s.speaker for s in found] == ["Sergei Lavrov"]


def test_russian_long_settings_and_a_quote_signed_with_wrote():
    text = ("Глава МИД РФ Сергей Лавров в ходе пресс-конференции по итогам переговоров с японским коллегой заявил, "
            "что мирный договор пока недостижим.")
    assert [s.speaker for s in treaty(extract(text, "ru", "2023-03-10"))] == ["Sergei Lavrov"]
    text = "«Суверенитет России над Курилами не подлежит обсуждению», — написала Захарова в своем Telegram-канале."
    assert [s.speaker for s in treaty(extract(text, "ru", "2023-03-10"))] == ["Maria Zakharova"]
    # a letter written to someone is an event
    assert not extract("Абэ написал Путину письмо о мирном договоре.", "ru", "2018-10-01")


def test_japanese_surname_with_honorific_and_a_post_on_social_media():
    text = "林氏は「北方領土問題を解決し、平和条約を締結するという方針は一貫している」と強調した。"
    assert [s.speaker for s in treaty(extract(text, "ja", "2023-03-10"))] == ["Yoshimasa Hayashi"]
    text = "ロシアのメドベージェフ安全保障会議副議長は、北方領土について「ロシアの領土であり、日本の感情など気にしない」とSNSに投稿した。"
    assert [s.speaker for s in treaty(extract(text, "ja", "2023-03-10"))] == ["Dmitry Medvedev"]
    text = "在日ロシア大使館は、北方領土はロシア領だとの声明をSNSで発表した。"
    assert [s.speaker for s in treaty(extract(text, "ja", "2023-03-10"))] == ["Russian Embassy in Japan"]


def test_numbered_paragraphs_of_a_ministry_summary_keep_their_context():
    """'3. In response, …': the paragraph number is no sentence of its own (the sentence before stays the context)
    and no part of the statement."""
    text = ("1. On November 20, the foreign ministers of Japan and Russia held a telephone talk.\n\n"
            "2. Minister Hayashi stated that he would like to advance the peace treaty negotiations.\n\n"
            "3. In response, Minister Lavrov stated that Russia is also ready to continue the dialogue.")
    found = treaty(extract(text, "en", "2021-11-20"))
    assert [(s.speaker, s.quote) for s in found] == [
        ("Yoshimasa Hayashi", "Minister Hayashi stated that he would like to advance the peace treaty negotiations."),
        ("Sergei Lavrov", "In response, Minister Lavrov stated that Russia is also ready to continue the dialogue.")]
    assert all(text[s.start:s.end] == s.quote for s in found)


def test_a_leading_concessive_clause_is_the_first_speakers_words_only():
    text = "While Kishida vowed to resolve the territorial issue, Lavrov said the islands are Russian territory."
    found = treaty(extract(text, "en", "2023-01-01"))
    assert [(s.speaker, s.quote) for s in found] == [
        ("Fumio Kishida", "While Kishida vowed to resolve the territorial issue,"),
        ("Sergei Lavrov", "Lavrov said the islands are Russian territory.")]
    text = ("Хотя Кисида пообещал решить территориальный вопрос, Лавров заявил, что острова являются российской "
            "территорией.")
    assert [s.speaker for s in treaty(extract(text, "ru", "2023-01-01"))] == ["Fumio Kishida", "Sergei Lavrov"]
    # "Although Kishida, speaking in Tokyo, …": a conjunction is no first name of someone else
    text = ("Although Kishida, speaking in Tokyo, vowed to resolve the territorial issue, Lavrov said the islands are "
            "Russian territory.")
    assert [s.speaker for s in treaty(extract(text, "en", "2023-01-01"))] == ["Fumio Kishida", "Sergei Lavrov"]
    # the same speaker on both sides of the comma: one statement
    text = "While Kishida vowed to resolve the territorial issue, he said Japan would not rush the talks."
    assert len(treaty(extract(text, "en", "2023-01-01"))) == 1


def test_she_and_he_point_only_to_someone_they_can_mean():
    """The registry knows each person's gender: 'she' after a woman and a man named later is the woman."""
    cases = [
        ("ru", "Официальный представитель МИД РФ Мария Захарова прокомментировала заявления японского премьера. Она "
               "подчеркнула, что суверенитет России над Курилами не подлежит обсуждению.", "Maria Zakharova"),
        ("ru", "Захарова прокомментировала слова Кисиды. По ее словам, суверенитет России над Курилами не подлежит "
               "обсуждению.", "Maria Zakharova"),
        ("en", "Zakharova commented on remarks by the Japanese prime minister. She stressed that Russia's sovereignty "
               "over the Kurils is not subject to discussion.", "Maria Zakharova"),
        ("en", "Kamikawa met Lavrov in New Delhi. He said the peace treaty cannot be discussed now.", "Sergei Lavrov"),
        ("en", "Lavrov met Kamikawa in New Delhi. She said Japan would keep seeking a peace treaty.", "Yoko Kamikawa"),
        ("ja", "ザハロワ報道官は岸田首相の発言について記者会見で反論した。彼女は「南クリル諸島に対するロシアの主権は疑いない」と述べた。",
         "Maria Zakharova"),
    ]
    for language, text, speaker in cases:
        assert [s.speaker for s in treaty(extract(text, language, "2023-03-10"))] == [speaker], text


def test_the_registry_reads_gender_and_leaves_a_wrong_value_out():
    from treatywatch.statements.speakers import Registry, registry

    assert registry().by_name["maria zakharova"].gender == "f"
    assert registry().by_name["sergei lavrov"].gender == "m"
    reg = Registry({"people": [{"name": "A B", "gender": "x", "aliases": ["A B"]}]})
    assert reg.by_name["a b"].gender is None


def test_words_not_yet_said_are_no_statement():
    for text in ("Lavrov is expected to say that Russia is ready to resume peace treaty talks.",
                 "Lavrov might say that the peace treaty talks could resume.",
                 "Kishida will tell the Diet that Japan still seeks a peace treaty."):
        assert not extract(text, "en", "2023-03-10"), text


def test_the_head_of_a_government_is_its_prime_minister():
    text = "The head of the Japanese government noted that the territorial issue must be resolved before a peace treaty."
    assert [s.speaker for s in treaty(extract(text, "en", "2023-03-10"))] == ["Fumio Kishida"]
    text = "The head of the Russian government said the islands would get new investment and a peace treaty is far off."
    assert [s.speaker for s in treaty(extract(text, "en", "2023-03-10"))] == ["Mikhail Mishustin"]


def test_the_source_of_a_report_is_not_its_speaker():
    """'According to the Japanese government, Putin said …' is Putin's; «Об этом сообщила пресс-служба Кремля» after a
    sentence that names its own speakers adds no second statement; '«…», - говорится в сообщении' is the
    institution's named before."""
    text = "According to the Japanese government, Putin said Russia is ready to continue the peace treaty dialogue."
    assert [s.speaker for s in treaty(extract(text, "en", "2020-09-29"))] == ["Vladimir Putin"]
    text = ("Президент России Владимир Путин и премьер-министр Японии Есихидэ Суга подтвердили готовность продолжать "
            "переговоры по мирному договору. Об этом сообщила пресс-служба Кремля.\n\n"
            "\"Подтверждена готовность к продолжению диалога, включая проблематику заключения мирного договора\", - "
            "говорится в сообщении.")
    found = treaty(extract(text, "ru", "2020-09-29"))
    assert [(s.speaker, s.rule) for s in found] == [("Vladimir Putin", "reported_speech"), ("Kremlin", "direct_quote")]


def test_verbs_of_retort_and_summing_up():
    cases = [
        ("ru", "Лавров заметил, что Токио сам заморозил переговоры о мирном договоре.", "Sergei Lavrov"),
        ("ru", "«Мирный договор невозможен, пока Япония проводит недружественный курс», — резюмировал Песков.",
         "Dmitry Peskov"),
        ("ru", "Захарова посетовала, что Токио не желает признавать итоги Второй мировой войны.", "Maria Zakharova"),
        ("ru", "«Курилы — наша земля», — парировал Медведев.", "Dmitry Medvedev"),
        ("en", '"The peace treaty is impossible while Japan stays hostile," Peskov concluded.', "Dmitry Peskov"),
        ("en", "Lavrov lamented that Tokyo refuses to recognise the outcome of World War II.", "Sergei Lavrov"),
        ("en", '"The Kurils are our land," Medvedev retorted.', "Dmitry Medvedev"),
    ]
    for language, text, speaker in cases:
        assert [s.speaker for s in treaty(extract(text, language, "2023-03-10"))] == [speaker], text
    # the same verbs with a treaty, drills or a visit as their object are events
    for text in ("Japan and Russia concluded a peace treaty in the novel's last chapter.",
                 "Putin observed the drills on the Kuril islands.",
                 "Lavrov concluded a visit to Tokyo where the peace treaty was discussed."):
        assert not extract(text, "en", "2023-03-10"), text


def test_russian_adverbial_participles_share_the_clauses_subject():
    text = "Песков прокомментировал заявление Кисиды, назвав его претензии на Курилы безосновательными."
    assert [s.speaker for s in treaty(extract(text, "ru", "2023-03-10"))] == ["Dmitry Peskov"]
    # "Так он прокомментировал …" points back to the quote before; it is no statement of its own
    text = ("«Говорить о диалоге по мирному договору сейчас невозможно», — сказал Песков.\n\n"
            "Так он прокомментировал японскую Синюю книгу, в которой Южные Курилы названы японской территорией.")
    assert [s.quote[:20] for s in treaty(extract(text, "ru", "2023-03-10"))] == ["Говорить о диалоге п"]


def test_a_restated_quote_that_had_no_attribution_of_its_own_is_still_restated():
    text = ("Захарова заявила, что Токио заморозил переговоры о мирном договоре. «Без признания итогов войны никакого "
            "мирного договора быть не может». Об этом заявил Лавров.")
    assert ("Sergei Lavrov", "restates_previous") in [(s.speaker, s.rule) for s in extract(text, "ru", "2023-01-01")]


def test_link_lines_and_readers_comments_are_not_the_article():
    text = ("Lavrov said Russia would not discuss the Kurils with Tokyo.\n\n"
            "MORE: Putin says peace treaty with Japan still possible\n\n"
            "Trending: Kishida vows to resolve territorial dispute before 2025\n\n"
            "You may also like\n\nPeskov: Peace treaty talks with Japan impossible\n\n"
            "Zakharova slams Tokyo's claims to Kurils\n\n"
            "Comments (3)\n\nIvan: Putin said the islands will never be returned, good!")
    found = treaty(extract(text, "en", "2023-03-10"))
    assert [s.speaker for s in found] == ["Sergei Lavrov"]
    # the same words opening a real paragraph stay
    text = ("Popular support for the peace treaty is low, Kishida said.\n\n"
            "More than 70 years after the war, Lavrov said, the peace treaty is still not signed.")
    assert [s.speaker for s in treaty(extract(text, "en", "2023-03-10"))] == ["Fumio Kishida", "Sergei Lavrov"]


def test_a_standing_position_summed_up_next_to_its_verb_is_background():
    for language, text in (("en", "Lavrov has always said that the peace treaty must recognise the results of the war."),
                           ("en", "Putin has often said that a peace treaty is possible."),
                           ("en", "Putin has said many times that a peace treaty is possible."),
                           ("ru", "Лавров всегда заявлял, что мирный договор возможен только при признании итогов войны."),
                           ("ja", "ロシア側はこれまで、北方領土はロシア領だと繰り返し主張してきた。")):
        assert not treaty(extract(text, language, "2023-03-10")), text
    # the same words inside what was said do not make it background
    for language, text in (("ru", "Россия всегда была готова к диалогу по мирному договору, заявил Лавров."),
                           ("en", "We have met many times on the peace treaty, Lavrov said.")):
        assert [s.speaker for s in treaty(extract(text, language, "2023-03-10"))] == ["Sergei Lavrov"], text


def test_japanese_verbs_of_emphasis_and_feeling():
    for text, speaker in (("岸田首相は「平和条約締結に向けて全力を尽くす」と力を込めた。", "Fumio Kishida"),
                          ("ラブロフ外相は「北方領土はロシアの領土だ」と語気を強めた。", "Sergei Lavrov"),
                          ("高市首相は北方領土問題の解決に意欲を示した。", "Sanae Takaichi")):
        assert [s.speaker for s in treaty(extract(text, "ja", "2023-03-10"))] == [speaker], text


def test_posted_words_like_written_ones():
    for text in ("Medvedev posted on Telegram that the Kurils are Russian land and no peace treaty with Japan will be "
                 "signed.",
                 'Medvedev posted on X: "The Kurils are Russian land. There will be no peace treaty with Japan."'):
        assert [s.speaker for s in treaty(extract(text, "en", "2023-03-10"))] == ["Dmitry Medvedev"], text
    # a post about something is an event
    assert not extract("Medvedev posted a video from the Kuril islands about the peace treaty.", "en", "2023-03-10")


def test_he_after_a_sentence_on_someone_elses_words_is_its_subject():
    """Who answers whose words: the person whose remarks the subject comments on is not "he" / "同氏" next."""
    for language, text in (
            ("ru", "Сергей Лавров прокомментировал заявление Фумио Кисиды. По его словам, никаких переговоров о "
                   "мирном договоре с Японией сейчас быть не может."),
            ("ru", "Глава МИД России Сергей Лавров прокомментировал слова японского премьера. «Никаких переговоров "
                   "о мирном договоре сейчас быть не может», — сказал он."),
            ("en", "Lavrov dismissed the remarks by Japanese Prime Minister Fumio Kishida. He said there could be "
                   "no talks on a peace treaty with Japan now."),
            ("ja", "ラブロフ外相は岸田首相の発言について記者団の質問に答えた。同氏は「平和条約交渉は現時点で不可能だ」と述べた。")):
        assert [s.speaker for s in treaty(extract(text, language, "2023-03-01"))] == ["Sergei Lavrov"], text
    # with no subject before it, the possessor is still whom "he" points to
    text = "Kishida's remarks came a day later. He said the peace treaty talks must resume."
    assert [s.speaker for s in treaty(extract(text, "en", "2023-03-01"))] == ["Fumio Kishida"]


def test_written_words_closing_a_quote():
    text = '"The Kurils are Russian territory, full stop," Zakharova wrote on her Telegram channel late on Tuesday.'
    assert [(s.speaker, s.quote, s.direct) for s in treaty(extract(text, "en", "2026-11-24"))] == \
        [("Maria Zakharova", "The Kurils are Russian territory, full stop,", True)]
    assert not extract("Zakharova wrote a letter to the Japanese embassy about the Kuril islands.", "en", "2026-11-24")


def test_a_quote_opening_its_sentence_is_the_statement_whatever_the_setting_after_its_verb():
    text = '"The islands are Russian territory," Zakharova said late on Tuesday, responding to Tokyo.'
    assert [(s.quote, s.direct) for s in treaty(extract(text, "en", "2026-11-24"))] == \
        [("The islands are Russian territory,", True)]
    # words of her own after the attribution: the whole sentence is what she said
    text = ('"Tokyo backs every hostile step against us," Zakharova said, stressing that talk of a peace treaty '
            'was empty while Japan kept its sanctions.')
    found = treaty(extract(text, "en", "2026-11-24"))
    assert [(s.speaker, s.direct) for s in found] == [("Maria Zakharova", False)]
    assert found[0].quote.endswith("kept its sanctions.")


def test_a_title_pointing_back_is_someone_who_held_that_office_then():
    text = ("Takaichi and Putin have never met. In a speech last month, the prime minister said she would "
            "persistently seek a solution to the territorial issue.")
    assert [s.speaker for s in treaty(extract(text, "en", "2026-10-07"))] == ["Sanae Takaichi"]
    # Putin was prime minister once, not on this date; undated, the title alone cannot tell them apart
    text = ("Putin met Abe in Vladivostok. Later the president said the peace treaty should be signed without "
            "preconditions.")
    assert [s.speaker for s in treaty(extract(text, "en", "2018-09-12"))] == ["Vladimir Putin"]


def test_a_quote_pointing_back_at_the_treaty_its_frame_names():
    for language, text in (
            ("en", 'Asked about the peace treaty at a briefing, Peskov said: "This topic is not on the agenda now."'),
            ("ru", "Отвечая на вопрос о мирном договоре с Японией, Песков сказал: «Эта тема сейчас не обсуждается»."),
    ):
        assert [s.speaker for s in treaty(extract(text, language, "2026-10-07"))] == ["Dmitry Peskov"], text
    # a frame on something else lends the pointer nothing
    text = 'Asked about the fishing quotas at a briefing, Peskov said: "This topic is not on the agenda now."'
    assert not treaty(extract(text, "en", "2026-10-07"))


def test_an_unregistered_ambassador_named_after_the_country_of_his_post():
    text = "Japan's Ambassador to Russia Akira Muto said Tokyo remained committed to the peace treaty talks."
    assert [s.speaker for s in treaty(extract(text, "en", "2024-03-01"))] == ["Akira Muto"]
    # a place alone before the verb is nobody
    assert not extract("Talks in Moscow Tokyo said were impossible.", "en", "2024-03-01")


def test_a_peace_deal_with_ukraine_is_no_treaty_statement():
    for language, text in (("en", "Peskov said a peace deal with Ukraine was still far off."),
                           ("ru", "Песков заявил, что мирное соглашение с Украиной пока далеко.")):
        found = extract(text, language, "2025-03-01")
        assert [s.speaker for s in found] == ["Dmitry Peskov"] and not treaty(found), text


def test_japanese_brackets_round_a_name_are_not_words_said():
    text = ("石破総理大臣は7日、東京で開かれた「北方領土返還要求全国大会」に出席し、「北方領土問題を解決して平和条約を"
            "締結するという方針を堅持する」と述べました。")
    assert [(s.speaker, s.quote, s.direct) for s in treaty(extract(text, "ja", "2025-02-07"))] == \
        [("Shigeru Ishiba", "北方領土問題を解決して平和条約を締結するという方針を堅持する", True)]
    # a quote that answers the treaty news its sentence tells is read with it
    text = "首相は、ロシアが平和条約交渉を中断すると発表したことを受け、「極めて不当で受け入れられない」として抗議した。"
    assert [s.direct for s in treaty(extract(text, "ja", "2022-03-22"))] == [False]
    # a quote that ends its paragraph is still one
    text = "萩生田氏によると「日本は北方領土問題を解決して平和条約を結びたいと思います。」\n次の段落。"
    assert [s.direct for s in treaty(extract(text, "ja", "2016-11-10"))] == [True]


def test_a_kremlin_representative_and_russian_land():
    text = ("Пресс-секретарь президента России Дмитрий Песков заявил, что контакты с Японией по мирному договору сейчас "
            "невозможны. По словам представителя Кремля, Токио занял недружественную позицию.")
    assert [s.speaker for s in treaty(extract(text, "ru", "2025-04-08"))] == ["Dmitry Peskov"] * 2
    text = "«Курилы — это российская земля», — написал Медведев в своем Telegram-канале."
    assert [s.speaker for s in treaty(extract(text, "ru", "2025-04-08"))] == ["Dmitry Medvedev"]


def test_machine_translated_titles_and_in_the_words_of():
    for text in ('"Our Japanese colleagues want the peace treaty only as a solution of the territorial problem," — '
                 'said the head of the Russian Foreign Ministry.',
                 "According to the head of the MFA of the Russian Federation Sergey Lavrov, the peace treaty should "
                 "look to the future.",
                 "Lavrov spoke in Vladivostok. In the words of the Russian minister, the Japanese side sees the treaty "
                 "only as the solution of the territorial question.",
                 "In the words of Lavrov, the Japanese side sees the treaty only as the solution of the territorial "
                 "question."):
        assert [s.speaker for s in treaty(extract(text, "en", "2021-07-08"))] == ["Sergei Lavrov"], text
    # the head of a ministry is its minister, the ministry itself is still the institution
    text = "The Russian Foreign Ministry said the peace treaty talks were impossible."
    assert [s.speaker for s in treaty(extract(text, "en", "2021-07-08"))] == ["Russian Foreign Ministry"]


def test_the_embassy_points_back_to_the_embassy_named_before():
    text = ('"Japan\'s claims to the Kuril Islands are groundless," the Russian Embassy in Tokyo said in a statement. '
            "The embassy said the islands became part of the Soviet Union as a result of World War II.")
    assert [s.speaker for s in treaty(extract(text, "en", "2024-02-07"))] == ["Russian Embassy in Japan"] * 2
    # with no embassy named before, nobody
    assert not extract("The embassy said the islands became part of the Soviet Union as a result of World War II.",
                       "en", "2024-02-07")


def test_a_view_held_now_is_a_statement_of_the_one_who_holds_it():
    for language, text, speaker in (
            ("en", "Lavrov believes a peace treaty with Japan is possible only if Tokyo recognises the outcome of "
                   "World War II.", "Sergei Lavrov"),
            ("en", "Kishida is convinced that the territorial issue can be solved.", "Fumio Kishida"),
            ("ru", "Лавров уверен, что мирный договор с Японией возможен только после признания итогов Второй "
                   "мировой войны.", "Sergei Lavrov"),
            ("ru", "Захарова убеждена, что Курилы являются неотъемлемой частью России.", "Maria Zakharova")):
        assert [s.speaker for s in treaty(extract(text, language, "2025-04-08"))] == [speaker], text
    # a country's view is a position, not a statement; a past belief is a story
    for text in ("Japan believes the four islands are its inherent territory.",
                 "Abe believed that a peace treaty with Putin was within reach."):
        assert not treaty(extract(text, "en", "2025-04-08")), text


def test_japanese_view_shown_with_to_iu_and_compromise_after_a_treaty_quote():
    text = ("ラブロフ外相は「平和条約の締結には大戦の結果を認めることが必要だ」と述べた。\n"
            "一方で「今のところ日本側に歩み寄る姿勢はない」という認識を示した。")
    found = treaty(extract(text, "ja", "2019-02-21"))
    assert [s.speaker for s in found] == ["Sergei Lavrov"] * 2
    assert found[1].quote == "今のところ日本側に歩み寄る姿勢はない"


def test_an_answer_goes_on_about_the_treaty_it_spoke_of():
    text = ("Press conference of the Foreign Minister\n"
            "Question: How did the meeting go?\n"
            "Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs: We talked for three hours over lunch. "
            "We moved our negotiations on the peace treaty forward. I explained my view of the schedule. "
            "As for narrowing the gap between our basic positions, we will keep discussing it.\n"
            "Question: And the fisheries?\n"
            "Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs: As for the quotas, our positions are still apart.")
    quotes = [s.quote for s in treaty(extract(text, "en", "2019-12-19"))]
    assert quotes == ["We moved our negotiations on the peace treaty forward.",
                      "As for narrowing the gap between our basic positions, we will keep discussing it."]


def test_words_quoted_after_called_and_it_for_the_institution_named_in_the_sentence():
    for text, speaker in (('Lavrov criticised what he called "attempts to distort the essence of the peace treaty '
                           'talks".', "Sergei Lavrov"),
                          ('Zakharova called the Japanese claims to the islands "absolutely unfounded".', "Maria Zakharova"),
                          ("The Russian Foreign Ministry received Japan's envoy on Monday, and it said that the "
                           "Kurils were Russian territory.", "Russian Foreign Ministry"),
                          ('The Russian Foreign Ministry called Tokyo\'s claims to the Kurils "legally void".',
                           "Russian Foreign Ministry")):
        assert [s.speaker for s in treaty(extract(text, "en", "2019-01-14"))] == [speaker], text
    # called without quoted words is a name or a meeting
    assert not extract("Lavrov called a meeting on the peace treaty for Monday.", "en", "2019-01-14")


def test_russian_direct_speech_set_off_by_dashes():
    text = "— Суверенитет России над Курилами не обсуждается, — заявила Захарова. — Это наша земля."
    assert [(s.speaker, s.quote, s.direct) for s in treaty(extract(text, "ru", "2025-04-08"))] == [
        ("Maria Zakharova", "Суверенитет России над Курилами не обсуждается", True),
        ("Maria Zakharova", "Это наша земля.", True)]
    text = ("Лавров ответил на вопросы журналистов.\n— Мирный договор с Японией сейчас невозможен, пока Токио "
            "проводит враждебную политику, — подчеркнул министр.")
    assert [(s.speaker, s.direct) for s in treaty(extract(text, "ru", "2025-04-08"))] == [("Sergei Lavrov", True)]
    # a dash inside a sentence is no speech of its own
    text = "Лавров заявил, что мирный договор — дело будущего. — Это не так, — ответил ему депутат Иванов."
    assert [s.speaker for s in treaty(extract(text, "ru", "2025-04-08"))] == ["Sergei Lavrov"]


def test_a_dash_turn_of_several_sentences_attributed_at_its_end():
    # the turn the paragraph's dash opens runs over its sentences to "— сказал …": each sentence a statement
    text = ("Губернатор Сахалинской области Валерий Лимаренко открыл выставку.\n\n"
            "— Южные Курилы останутся российскими, и обсуждать их судьбу мы не будем. Наше дело — построить здесь "
            "дороги и школы, — сказал Лимаренко журналистам.")
    found = [(s.speaker, s.quote, s.peace_treaty) for s in extract(text, "ru", "2023-09-12")]
    assert found == [
        ("Valery Limarenko", "Южные Курилы останутся российскими, и обсуждать их судьбу мы не будем.", True),
        ("Valery Limarenko", "Наше дело — построить здесь дороги и школы", False)]
    # (a sentence of the turn attributed on its own ends it: the next one's dash attribution is not stretched
    # back over it)
    text = ("— Японцы приезжают сюда как туристы, — сказал Лимаренко. Острова — наша земля, — добавил он.")
    assert [s.quote for s in extract(text, "ru", "2023-09-12")][0] == "Японцы приезжают сюда как туристы"


def test_an_aside_after_the_name_inside_a_quote_split_by_its_attribution():
    text = ("«Курилы — это наша земля, и говорить здесь не о чем, — сказал Медведев, беседуя с жителями поселка. — "
            "А жить люди здесь должны не хуже, чем на материке».")
    [st] = extract(text, "ru", "2012-07-03")
    assert (st.speaker, st.rule, st.peace_treaty) == ("Dmitry Medvedev", "split_quote", True)
    text = ('"Острова - наша земля, - сказал Медведев, побывав на Кунашире. - И так будет всегда".')
    [st] = extract(text, "ru", "2012-07-03")
    assert (st.speaker, st.rule) == ("Dmitry Medvedev", "split_quote")


def test_a_rhetorical_question_closed_by_he_asked_is_the_speakers():
    text = ('Foreign Minister Sergei Lavrov said Moscow saw no ground for the treaty talks now.\n\n'
            '"What peace treaty can we sign with a country that arms our adversaries?" he asked.')
    assert [(s.speaker, s.quote[:20], s.peace_treaty) for s in extract(text, "en", "2023-01-18")][-1] == \
        ("Sergei Lavrov", "What peace treaty ca", True)
    text = ('Foreign Ministry spokeswoman Maria Zakharova briefed reporters.\n\n'
            '"What talks on a peace treaty can there be with a country that sanctions us?" the diplomat asked.')
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "en", "2023-01-18")][-1] == ("Maria Zakharova", True)
    # a reporter's question is the reporter's
    text = 'Lavrov took questions on Monday.\n\n"Will the peace treaty talks ever resume?" a reporter asked.'
    assert not [s for s in extract(text, "en", "2023-01-18") if s.quote.startswith("Will the")]


def test_clarified_that_reports_what_the_speaker_says_he_meant():
    text = ("Foreign Minister Yoko Kamikawa later clarified that Japan had not given up its claim to the four islands "
            "and still sought a peace treaty.")
    [st] = extract(text, "en", "2024-02-07")
    assert (st.speaker, st.peace_treaty) == ("Yoko Kamikawa", True)
    # (not an act: "clarified the rules for the visits")
    assert not extract("The ministry clarified the rules for visits by former islanders.", "en", "2024-02-07")


def test_a_japanese_claim_made_on_a_day_to_reporters_is_a_statement_not_a_held_claim():
    text = "ロシアのザハロワ外務省情報局長は5日、記者団に「南クリル諸島の帰属は議論の対象ではない」と主張していた。"
    [st] = extract(text, "ja", "2021-02-07")
    assert (st.speaker, st.peace_treaty) == ("Maria Zakharova", True)
    # the side's standing line, told without a day or an audience, stays background
    assert not extract("ロシア側は、北方四島は第2次大戦の結果としてロシア領になったと主張している。", "ja", "2021-02-07")


def test_a_japanese_minister_named_by_his_portfolio_is_not_the_foreign_minister_before_him():
    text = ("　林芳正外相は「平和条約交渉の方針に変わりはない」と答弁した。\n"
            "　山田一郎沖縄北方担当相は、墓参について「人道的な観点から再開を求めていく」と述べた。\n"
            "　佐藤沖縄・北方相は「北方領土への国民の関心を高めたい」と強調した。")
    found = [(s.speaker, s.quote[:8]) for s in extract(text, "ja", "2022-03-10")]
    assert found == [("Yoshimasa Hayashi", "平和条約交渉の方"), ("山田一郎沖縄北方担当相", "人道的な観点から"),
                     ("佐藤沖縄・北方相", "北方領土への国民")]


def test_the_joint_activity_on_the_islands_under_one_sides_law_is_the_legal_position():
    for text, language in (("Peskov said the joint economic activity could only be carried out under Russian law.", "en"),
                           ("Сенатор Косачев написал на своей странице, что совместная хозяйственная деятельность "
                            "возможна только в рамках российского законодательства.", "ru"),
                           ("ペスコフ報道官は「共同経済活動はロシアの法律に基づいて行われる」と述べた。", "ja")):
        [st] = extract(text, language, "2016-12-17")
        assert st.peace_treaty and "territorial" in st.topics, text
    # (the activity's fish and its investors are no legal position)
    [st] = extract("Peskov said the joint economic activity would include fish farming and tourism.", "en", "2016-12-17")
    assert not st.peace_treaty


def test_a_denied_report_is_on_what_the_report_told_before():
    lead = ("The Asahi reported on Monday that Tokyo was ready to accept the return of two islands as a first step "
            "towards a peace treaty.\n\n")
    for said in ('Kremlin spokesman Dmitry Peskov said the report "does not correspond to reality".',
                 "Chief Cabinet Secretary Yoshihide Suga said there was no truth to the Asahi story.",
                 "Foreign Minister Taro Kono flatly denied the newspaper's report."):
        found = extract(lead + said, "en", "2018-11-20")
        assert found and found[-1].peace_treaty, said
    ru = ("Газета «Асахи» сообщила, что Токио готов удовлетвориться передачей двух островов ради мирного договора.\n\n"
          "Пресс-секретарь президента Дмитрий Песков заявил, что эти сообщения не соответствуют действительности.")
    assert extract(ru, "ru", "2018-11-20")[-1].peace_treaty
    # a report on something else denied is no treaty statement
    other = ("The Asahi reported that Russia would raise gas prices for Japan.\n\n"
             'Peskov said the report "does not correspond to reality".')
    assert not extract(other, "en", "2018-11-20")[-1].peace_treaty


def test_russian_claims_in_other_word_orders_and_talks_about_ones_own_territory():
    for text in ("«Мы рады японским инвестициям, но острова от этого японскими не станут», — сказал губернатор Лимаренко.",
                 "«Россия не будет вести с Японией переговоров о своей территории», — заявил посол Ноздрев.",
                 "Медведев написал, что разговоры о «северных территориях» для Японии потеряли всякий смысл."):
        found = extract(text, "ru", "2022-03-22")
        assert found and found[-1].peace_treaty, text
    # (a region's development talks are not its sovereignty)
    assert not extract("«Переговоры о развитии территории идут хорошо», — сказал губернатор Лимаренко.", "ru",
                       "2022-03-22")[-1].peace_treaty


def test_the_speaker_inside_a_quote_is_the_verbs_subject_not_whom_its_aside_names():
    text = ("Посол России в Японии Николай Ноздрев выступил с комментарием.\n\n"
            "«Токио раз за разом повторяет тезис о „незаконной оккупации“ островов, — сказал посол, комментируя речь "
            "премьер-министра Японии Сигэру Исибы на митинге в День северных территорий. — С историей это не имеет ничего общего».")
    [st] = [s for s in extract(text, "ru", "2025-02-08") if s.rule == "split_quote"]
    assert (st.speaker, st.peace_treaty) == ("Nikolai Nozdrev", True)


def test_the_islands_talks_are_the_dispute():
    text = ("Asked whether the government would name a special envoy to revive the islands dialogue with Moscow, "
            "Chief Cabinet Secretary Yoshimasa Hayashi said no such step was being considered.")
    assert extract(text, "en", "2022-05-10")[-1].peace_treaty
    assert not extract("Kishida said the Pacific Islands dialogue would focus on climate change.", "en",
                       "2022-05-10")[-1].peace_treaty


def test_the_northern_territories_days_events_criticised_are_the_claim():
    text = "ザハロワ情報局長は「日本は『北方領土の日』の集会を反ロシア宣伝に使っている」と非難した。"
    assert extract(text, "ja", "2024-02-08")[-1].peace_treaty


def test_a_hyphenated_name_after_a_title_is_that_person_not_the_titles_holder():
    text = ("In Seoul, foreign ministry spokesperson Lim Soo-suk said the government had no position on the Kuril "
            "Islands dispute between Russia and Japan.")
    assert extract(text, "en", "2022-03-23")[-1].speaker == "Lim Soo-suk"


def test_one_island_called_a_part_of_the_sakhalin_region():
    text = "During his visit to Kunashir, Medvedev said the island was an important part of the Sakhalin region."
    assert extract(text, "en", "2012-07-03")[-1].peace_treaty


def test_described_as_with_a_name_in_quotes_on_the_way():
    text = ('Maria Zakharova described Tokyo\'s rally for the "Northern Territories" as revanchist and said the '
            'Kurils are Russian land.')
    [st] = extract(text, "en", "2025-02-08")
    assert (st.speaker, st.peace_treaty) == ("Maria Zakharova", True)


def test_japanese_local_voices_a_consul_general_a_branch_head_and_their_verbs():
    text = ("在札幌ロシア総領事館のイワン・ペトロフ総領事が講演し、「南クリル諸島の主権に議論の余地はない」と述べた。\n"
            "根室支部の山本一郎支部長は「生きているうちに島を返してほしい」と声を振り絞った。\n"
            "田中太郎市長は「返還運動を全国に広げてほしい」と期待を寄せた。")
    found = [(s.speaker, s.peace_treaty) for s in extract(text, "ja", "2019-02-07")]
    assert found == [("イワン・ペトロフ総領事", True), ("山本一郎支部長", True), ("田中太郎市長", True)]


def test_a_japanese_quote_a_reaction_answers_is_said_by_its_titled_ga_subject():
    text = ("サハリン州のリマレンコ知事が「クリル諸島はロシアの不可分の一部だ」と発言したことに対し、根室市内では"
            "反発の声が広がった。")
    [st] = extract(text, "ja", "2023-08-10")
    assert (st.speaker, st.peace_treaty) == ("Valery Limarenko", True)


def test_a_japanese_family_name_with_a_title_after_the_full_name_is_that_person():
    text = ("根室市の石垣雅敏市長は「四島の返還という目標は変えてはならない」と述べた。\n"
            "石垣市長はまた、漁業について「サンマの不漁が続いている」と話した。")
    assert [s.speaker for s in extract(text, "ja", "2019-09-10")] == ["Masatoshi Ishigaki", "Masatoshi Ishigaki"]
    # (without the full name before, 「石垣市長」 may be Ishigaki City's mayor: as written)
    [st] = extract("石垣市長は「尖閣諸島の警備を強化してほしい」と述べた。", "ja", "2019-09-10")
    assert st.speaker != "Masatoshi Ishigaki"


def test_one_island_by_its_name_a_part_of_the_region():
    text = '"Кунашир - важная часть Сахалинской области, а значит, и нашей страны", - сказал Медведев журналистам.'
    [st] = extract(text, "ru", "2012-07-03")
    assert (st.speaker, st.peace_treaty) == ("Dmitry Medvedev", True)


def test_so_the_named_official_answered_restates_the_quote_before():
    text = ('МОСКВА, 5 мая — РИА Новости. "Передача островов не обсуждается и обсуждаться не будет".\n\n'
            "Так заместитель министра иностранных дел России Андрей Руденко ответил на вопрос журналистов.")
    [st] = extract(text, "ru", "2023-05-05")
    assert (st.speaker, st.rule, st.peace_treaty) == ("Andrei Rudenko", "restates_previous", True)
    # «Так как …» is a reason, no restating
    text = ('"Передача островов не обсуждается".\n\nТак как Руденко заявил об этом вчера, вопрос закрыт.')
    assert all(s.rule != "restates_previous" for s in extract(text, "ru", "2023-05-05"))
    # a noun for the speaker, a name after the verb: the name is whom she answered, not the quote's speaker
    text = ('«Южные Курилы — часть России», — сказала Захарова.\n\n'
            "Так дипломат ответила на слова премьер-министра Японии Сигэру Исибы.")
    assert "Shigeru Ishiba" not in {s.speaker for s in extract(text, "ru", "2024-10-09")}


def test_visa_free_exchanges_are_no_trade_of_the_islands():
    text = ("Галузин также сообщил, что в этом году по программе безвизовых обменов острова посетят около тысячи "
            "японских граждан.")
    assert not extract(text, "ru", "2019-06-11")[-1].peace_treaty
    text = "Лавров заявил, что никакого обмена островов на японские инвестиции не будет."
    assert extract(text, "ru", "2019-06-11")[-1].peace_treaty


def test_a_solution_both_peoples_can_accept_is_the_settlement():
    for text, language in (("Abe said the two leaders would seek a solution that the people of both nations can "
                            "accept.", "en"),
                           ("Путин заявил, что стороны будут искать взаимоприемлемое решение.", "ru"),
                           ("安倍首相は「双方が受け入れ可能な解決策を探る」と述べた。", "ja")):
        assert extract(text, language, "2018-11-15")[-1].peace_treaty, text
    # (another pair's: the Korean Peninsula)
    assert not extract("Lavrov said Seoul and Pyongyang should seek a mutually acceptable solution on the Korean "
                       "Peninsula.", "en", "2018-11-15")[-1].peace_treaty


def test_cited_as_saying():
    for text in ("Interfax cited Galuzin as saying that the peace treaty talks could not resume.",
                 "Galuzin was cited by Interfax as saying that the peace treaty talks could not resume.",
                 "Asahi reported on a speech by Galuzin, quoting him as saying that the peace treaty talks could not "
                 "resume."):
        assert [s.speaker for s in treaty(extract(text, "en", "2019-03-28"))] == ["Mikhail Galuzin"], text


def test_an_unregistered_japanese_subject_is_kept_as_written():
    """"田中大臣は「…」": a name and a title the registry does not know are the speaker, as written, not the
    person named in the sentence before; a registered one under a title form of its own is that person."""
    before = "河野外務大臣はモスクワでラブロフ外相と会談しました。"
    for subject, speaker in (("田中大臣", "田中大臣"), ("ロシアのイワノフ議員", "イワノフ議員"),
                             ("田中外務大臣", "田中外務大臣"), ("河野大臣", "Taro Kono")):
        text = before + f"会談後、{subject}は「平和条約交渉を前進させることができた」と記者団に語りました。"
        assert [s.speaker for s in treaty(extract(text, "ja", "2019-01-14"))] == [speaker], subject


def test_a_quote_answering_the_treaty_news_of_the_sentence_before():
    """"これについて岸田総理大臣は「…」", "In response, Kishida said: '…'": the quote answers the treaty news."""
    ja = ("ロシア外務省は、日本の制裁を理由に平和条約交渉を中断すると発表しました。"
          "これについて岸田総理大臣は「全く受け入れられない、不当な対応だ」と強く抗議しました。")
    en = ('Russia said on Monday it was pulling out of the peace treaty talks with Japan. In response, Kishida '
          'said: "We protest strongly; it is deeply unjust."')
    for text, language in ((ja, "ja"), (en, "en")):
        assert [s.speaker for s in treaty(extract(text, language, "2022-03-22"))][-1] == "Fumio Kishida", text
    # the same answer to news on something else is not about the treaty
    other = 'Russia said on Monday it had cut the fishing quotas. In response, Kishida said: "We protest strongly."'
    assert treaty(extract(other, "en", "2022-03-22")) == []


def test_issued_a_statement_saying():
    """The participle of a statement needs no comma: "issued a statement on Monday saying that …"."""
    for text, speaker in (
            ("The Russian Foreign Ministry released a statement on Monday saying that the peace treaty talks were "
             "suspended.", "Russian Foreign Ministry"),
            ("Lavrov issued a statement saying the peace treaty talks must resume.", "Sergei Lavrov")):
        assert [s.speaker for s in treaty(extract(text, "en", "2022-03-22"))] == [speaker], text
    text = ("The Japanese Foreign Ministry said its position on the Northern Territories was unchanged. The ministry "
            "later issued a statement saying the talks must resume.")
    assert [s.speaker for s in treaty(extract(text, "en", "2022-03-22"))] == ["Japanese Foreign Ministry"] * 2
    # an event with a participle that is no statement's
    assert treaty(extract("The delegation left Moscow saying nothing on the peace treaty.", "en", "2022-03-22")) == []


def test_a_foreign_ministry_spokesperson_of_tokyo_is_not_zakharova():
    """The Russian ministry's spokeswoman is the default reading of "the Foreign Ministry spokeswoman", not when
    the words say Japan's; a spokesperson named after the ministry is that person, and "the ministry" after it
    is still the ministry."""
    for text, speaker in (
            ("A Japanese Foreign Ministry spokesperson said Japan's position on the Northern Territories was "
             "unchanged.", "Japanese Foreign Ministry"),
            ("A Foreign Ministry spokesperson in Tokyo said Japan's position on the Northern Territories was "
             "unchanged.", "Japanese Foreign Ministry"),
            ("Japanese Foreign Ministry spokesperson Hikariko Ono said Japan's position on the Northern Territories "
             "was unchanged.", "Hikariko Ono"),
            ("The Foreign Ministry spokeswoman said Russia's sovereignty over the Kurils was beyond doubt.",
             "Maria Zakharova")):
        assert [s.speaker for s in treaty(extract(text, "en", "2021-09-03"))] == [speaker], text
    text = ("Japanese Foreign Ministry spokesperson Hikariko Ono said Japan's position on the Northern Territories "
            "was unchanged. The ministry said the peace treaty talks must resume.")
    assert [s.speaker for s in treaty(extract(text, "en", "2021-09-03"))] == ["Hikariko Ono", "Japanese Foreign Ministry"]


def test_she_after_her_possessive_and_another_speaker():
    """"Zakharova's comments came after Kishida said …. '…,' she said": "she" cannot be Kishida; the possessive
    names Zakharova."""
    text = ("Zakharova's comments came after Kishida spoke in parliament. \"The Kurils are Russian territory and "
            "not a subject of talks,\" she said.")
    assert [s.speaker for s in treaty(extract(text, "en", "2023-02-08"))] == ["Maria Zakharova"]


def test_the_sentence_after_a_quote_paragraph_names_its_speaker():
    text = ('"We cannot discuss a peace treaty with a country that takes openly hostile steps against us."\n\n'
            "That was how Lavrov summed up Moscow's position on Wednesday.")
    [st] = extract(text, "en", "2023-01-18")
    assert (st.speaker, st.peace_treaty, st.rule) == ("Sergei Lavrov", True, "restates_previous")


def test_a_colon_introduction_is_no_statement_of_its_own():
    text = 'Russian Foreign Minister Sergei Lavrov told reporters in Moscow:\n\n"The Kurils are Russian territory."'
    assert [(s.speaker, s.quote, s.rule) for s in extract(text, "en", "2023-01-18")] == [
        ("Sergei Lavrov", "The Kurils are Russian territory.", "colon_intro")]


def test_an_institution_relaying_its_own_principal_is_the_principals_statement():
    """"The Kremlin said Putin told Takaichi …" is Putin's, as "According to the Kremlin, Putin told …" is: the
    readout's source is not the speaker; the other side's words in the readout stay the institution's account."""
    for text, language, speaker in (
            ("The Kremlin said Putin told Takaichi that Russia was ready to continue the peace treaty dialogue.", "en",
             "Vladimir Putin"),
            ("The Kremlin said in a readout that President Vladimir Putin was ready to continue the peace treaty "
             "dialogue.", "en", "Vladimir Putin"),
            ("The Russian Foreign Ministry said on Monday that Lavrov had told the Japanese ambassador the peace "
             "treaty talks were over.", "en", "Sergei Lavrov"),
            ("В Кремле сообщили, что Путин заявил о готовности продолжить диалог о мирном договоре.", "ru",
             "Vladimir Putin"),
            ("Как сообщили в Кремле, Путин заявил о готовности продолжить диалог о мирном договоре.", "ru",
             "Vladimir Putin"),
            ("The Kremlin said Takaichi told Putin that Japan wanted to resolve the territorial issue.", "en",
             "Kremlin"),
            ("The Kremlin said Putin's meeting with Abe would focus on the peace treaty.", "en", "Kremlin")):
        assert [s.speaker for s in treaty(extract(text, language, "2026-01-20"))] == [speaker], text


def test_japanese_readouts_joint_subjects_and_anonymous_sources():
    """ロシア大統領府は、プーチン大統領が…と述べたと発表: Putin's words (the Japanese prime minister's, in the same
    readout, stay the Kremlin's account); 両首脳は…で一致: as "the two leaders agreed"; 政府関係者によりますと is
    nobody in particular, not the government."""
    def speakers(text):
        return [s.speaker for s in treaty(extract(text, "ja", "2026-01-20"))]

    assert speakers("ロシア大統領府は、プーチン大統領が平和条約を含むすべての問題で対話を続ける用意があると述べたと"
                    "発表しました。") == ["Vladimir Putin"]
    assert speakers("ロシア大統領府は、高市首相が平和条約の締結を望んでいると述べたと発表しました。") == ["Kremlin"]
    # (filed under the one of the two whose name sorts first, in every language and whichever is named first)
    assert speakers("高市総理大臣はプーチン大統領と電話会談しました。両首脳は平和条約交渉を続けることで一致しました。") \
        == ["Sanae Takaichi"]
    assert speakers("高市総理大臣はプーチン大統領と電話会談しました。日本政府関係者によりますと、両首脳は平和条約交渉を"
                    "続けることで一致しました。") == ["Sanae Takaichi"]
    assert speakers("日本政府関係者によりますと、平和条約交渉の再開は難しい見通しです。") == []


def test_a_quote_in_a_sentence_of_narration_goes_on_with_the_reported_speaker():
    """"However, he noted that … . So, it provides for …, but «it does not say whose sovereignty they fall
    under»": the quote, with no verb of its own, is the words of the speaker the paragraph reports."""
    text = ("On Thursday Putin confirmed that the talks would rest on the 1956 declaration. However, he noted that the "
            "document lacks important details. Thus it provides for the handover of two islands, but \u00abit does not "
            "say which country would then hold them, nor why\u00bb.")
    found = treaty(extract(text, "en", "2018-11-16"))
    assert [(s.speaker, s.rule) for s in found][-1] == ("Vladimir Putin", "continued_quote")
    assert found[-1].quote.startswith("it does not say")
    # a title or a headline, another's words or words about the speaker are not the speaker's
    for after in ('The Kremlin\'s statement, titled "On the situation around the peace treaty with Japan", came later.',
                  'The Japanese newspaper ran the headline "Putin keeps the door open to treaty talks".',
                  'A Tokyo daily wrote the next day: "Moscow has shut the door on the treaty talks for good".',
                  '"A window on the treaty that should not be closed again" was the phrase Lavrov used next day.'):
        found = extract("Putin said Russia was open to talks on the peace treaty. " + after, "en", "2023-01-18")
        assert [s.rule for s in found] == ["reported_speech"], after
    # a quote a sentence of narration gives no one, after no reported speech, stays nobody's
    assert treaty(extract("Thus the declaration provides for the handover of two islands, but \u00abit does not say "
                          "which country would then hold sovereignty over them\u00bb.", "en", "2018-11-16")) == []


def test_with_x_calling_or_saying():
    """"…, with Chief Cabinet Secretary Hayashi calling the refusal 'unacceptable'": the participle's own subject;
    "X criticized the decision, calling it '…'": the clause's."""
    for text in ('Japan protested on Wednesday, with Chief Cabinet Secretary Yoshimasa Hayashi calling the Kremlin\'s '
                 'refusal to hold peace treaty talks "unacceptable."',
                 "Tokyo reacted sharply, with Yoshimasa Hayashi saying the peace treaty talks must not be held hostage.",
                 'Hayashi criticized the decision, calling the suspension of the peace treaty talks "unjust".'):
        assert [s.speaker for s in treaty(extract(text, "en", "2025-04-09"))] == ["Yoshimasa Hayashi"], text
    assert treaty(extract("The session ended, with the peace treaty talks calling for more patience.", "en",
                          "2025-04-09")) == []


def test_words_said_earlier_are_words_an_earlier_agreement_is_an_event():
    said = "Peskov had said on Tuesday that Tokyo's support for sanctions made any peace treaty dialogue impossible."
    assert [s.speaker for s in treaty(extract(said, "en", "2025-04-09"))] == ["Dmitry Peskov"]
    agreed = "Abe and Putin had agreed in Singapore to speed up the peace treaty talks."
    assert treaty(extract(agreed, "en", "2019-01-22")) == []


def test_a_briefing_whose_answers_are_labelled_answer_is_the_heading_speakers():
    """"Вопрос: … / Ответ: …" under "Брифинг официального представителя МИД России М.В.Захаровой": the answers
    are hers; with no one named in the heading, nobody's."""
    body = ("\n\nВопрос: Как Вы прокомментируете «День северных территорий» в Японии?\n\nОтвет: Суверенитет Российской "
            "Федерации над Южными Курилами не подлежит сомнению.\n\nВопрос: Каковы перспективы мирного договора?\n\n"
            "Ответ: В нынешних условиях переговоры о мирном договоре невозможны.")
    heading = "Брифинг официального представителя МИД России М.В.Захаровой, Москва, 8 февраля 2024 года"
    found = treaty(extract(heading + body, "ru", "2024-02-08"))
    assert [s.speaker for s in found] == ["Maria Zakharova"] * 2
    assert found[0].quote.startswith("Суверенитет")
    assert treaty(extract("Брифинг, Москва, 8 февраля 2024 года" + body, "ru", "2024-02-08")) == []


def test_a_principals_page_unlabelled_paragraphs_are_his_and_its_headings_say_what_about():
    """A page its title calls one principal's words ("Briefing by Foreign Ministry Spokeswoman Maria Zakharova",
    «Заявление МИД России о …»): the paragraphs under its section headings, with no label, are the principal's,
    on what the heading names; a news page with the same body is not (nobody is named for them)."""
    body = ("On the Armenia-Azerbaijan settlement\n\nWe follow closely the negotiations between Baku and Yerevan on a "
            "peace treaty.\n\nOn the policy speech by the Prime Minister of Japan\n\nLet me be frank. It is pointless "
            "to talk about a peace treaty while Japan pursues its unfriendly course. The Japanese side has only itself "
            "to blame for the freezing of the dialogue.\n\nQuestion: Will Russia allow grave visits?\n\nMaria "
            "Zakharova: Such requests will be examined.")
    title = "Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, October 10, 2024"
    found = treaty(extract_statements(body, "en", "2024-10-10", title=title))
    assert [(s.speaker, s.quote[:20]) for s in found] == [("Maria Zakharova", "It is pointless to t"),
                                                           ("Maria Zakharova", "The Japanese side ha")]
    assert treaty(extract_statements(body, "en", "2024-10-10", title="Zakharova slams Tokyo")) == []
    # a news headline on the words is no page of them: its unlabelled paragraphs are the reporter's
    assert treaty(extract_statements(body, "en", "2024-10-10", title="Zakharova's statement on Japan angers Tokyo")) == []
    statement = ("В сложившихся условиях российская сторона не намерена продолжать переговоры с Японией по мирному "
                 "договору.\n\nРоссийская сторона также прекращает безвизовые поездки японских граждан на острова.")
    found = extract_statements(statement, "ru", "2022-03-21",
                               title="Заявление МИД России о мерах в связи с недружественными действиями Японии")
    assert [(s.speaker, s.peace_treaty) for s in found] == [("Russian Foreign Ministry", True),
                                                            ("Russian Foreign Ministry", False)]


def test_an_interviews_answers_are_the_interviewees_named_in_its_introduction():
    """"Q: … / A: …" under an introduction that names the interviewee ("Mikhail Galuzin, Russia's ambassador to
    Japan, told Nikkei Asia"), or a Russian interview set as dash lines (a line that asks is the journalist's,
    one that does not is the answer, the prose between them the journalist's): the answers are his."""
    en = ("TOKYO -- Russia remains willing to negotiate, Mikhail Galuzin, Russia's ambassador to Japan, told Nikkei "
          "Asia.\n\nQ: What would Russia need from Japan?\n\nA: Trust. A peace treaty is possible only when Tokyo "
          "takes our security concerns seriously.\n\nQ: How is trade?\n\nA: Trade fell, but we expect a recovery.")
    found = extract_statements(en, "en", "2021-03-01", title="Russian envoy: treaty must not turn islands into outpost")
    assert [(s.speaker, s.peace_treaty) for s in found if s.quote.startswith(("A peace", "Trade fell"))] == [
        ("Mikhail Galuzin", True), ("Mikhail Galuzin", False)]
    ru = ("Посол России в Японии Николай Ноздрев рассказал «Известиям» о состоянии отношений.\n\n— Есть ли перспективы "
          "переговоров о мирном договоре?\n\n— Сейчас нет. Подписывать мирный договор со страной, которая помогает "
          "нашему противнику, — абсурд.\n\n— А что с визами?\n\n— Консульский отдел выдает визы в обычном режиме."
          "\n\nДипломат также затронул тему рыболовства.")
    found = extract_statements(ru, "ru", "2024-06-01", title="Посол России — о мирном договоре, визах и рыбе")
    assert [(s.speaker, s.peace_treaty, s.quote[:12]) for s in found if s.rule == "transcript"] == [
        ("Nikolai Nozdrev", False, "Сейчас нет."), ("Nikolai Nozdrev", True, "Подписывать "),
        ("Nikolai Nozdrev", False, "Консульский ")]
    # dash lines of direct speech ("— …, — заявил Лавров") are no interview
    speech = ("— Мирный договор невозможен, — заявил Лавров.\n\n— Почему? — спросил журналист.\n\nОтвета не было.")
    assert all(s.rule != "transcript" for s in extract_statements(speech, "ru", "2024-06-01"))


def test_a_noun_for_the_one_named_before_closes_a_quote_or_splits_it():
    """«…», — заявил глава региона / — написал депутат в своем Telegram-канале / «…, — написал политик. — …»,
    '…," wrote Medvedev, who …', '— wrote the deputy in his Telegram-channel', '…?" asked Slutsky.': the words are
    the person the noun, the name or the pronoun stands for."""
    cases = [
        ("ru", "Губернатор Сахалинской области Валерий Лимаренко ответил Токио.\n\n«Курильские острова — это Россия, "
               "и так будет всегда», — заявил глава региона журналистам.", "Курильские", "Valery Limarenko"),
        ("ru", "Глава комитета Госдумы Леонид Слуцкий ответил Токио.\n\n«Токио сам закрыл для себя дверь. Курилы — "
               "российская земля», — написал депутат в своем Telegram-канале.", "Токио сам", "Leonid Slutsky"),
        ("ru", "Зампред Совбеза Дмитрий Медведев прокомментировал отказ.\n\n«Никакого соглашения по островам все "
               "равно бы не было, — написал политик. — Теперь и вовсе говорить не о чем».", "Никакого", "Dmitry Medvedev"),
        ("en", "Former President Dmitry Medvedev weighed in.\n\n\"There are no 'disputed territories' between Russia and "
               "Japan,\" wrote Medvedev, who now serves on the Security Council.", "There are no", "Dmitry Medvedev"),
        ("en", "Leonid Slutsky spoke on Telegram. \"What peace treaty can there be while Tokyo arms Kiev?\" asked "
               "Slutsky.", "What peace", "Leonid Slutsky"),
    ]
    for language, text, start, speaker in cases:
        found = [s for s in extract_statements(text, language, "2023-02-08") if s.quote.startswith(start)]
        assert [(s.speaker, s.peace_treaty) for s in found] == [(speaker, True)], (text, found)


def test_a_participle_after_a_predicate_speaks_for_the_clause_subject_or_its_pronoun():
    """"…, declaring in a Telegram post that …" after "X lashed out at Japan's Northern Territories Day";
    "He also mocked Japan, calling Tokyo '…'" / "The former president also mocked …": the subject's words."""
    text = ("Former President Dmitry Medvedev lashed out on Wednesday at Japan's annual Northern Territories Day, "
            "declaring in a Telegram post that Tokyo would never get the Kuril Islands back.")
    assert [(s.speaker, s.peace_treaty) for s in extract_statements(text, "en", "2023-02-08")] == [
        ("Dmitry Medvedev", True)]
    for opening in ("He", "The former president"):
        text = f"Dmitry Medvedev spoke. {opening} also mocked Japan, calling Tokyo \"Washington's obedient vassal.\""
        assert [s.speaker for s in extract_statements(text, "en", "2023-02-08")] == ["Dmitry Medvedev"], opening
    assert extract_statements("Dmitry Medvedev spoke. Japan fumed, calling it \"a provocation.\"", "en",
                              "2023-02-08") == []


def test_japanese_officials_the_registry_lacks_and_the_bare_prime_minister_after_another_speaker():
    """An unregistered minister by his ministry (野村哲郎農林水産相, 世耕弘成経済産業相（…）: both registered since), a vice-minister after
    「政府から」, a mayor after 「代表して」 with あいさつした, an MP named with 氏 after a relative clause and
    ただした, a ministry's transcript label 【小林外務報道官】, 「…」と大使は強調した, 「…」として明言を避けた;
    「首相は」 right after Putin's words is the prime minister of the day, not Putin."""
    cases = [
        ("2023-04-15", "野村哲郎農林水産相は14日の閣議後の記者会見で「漁業者の操業機会を確保できたことは大きい」と語った。",
         "Tetsuro Nomura"),  # (registered since round 32)
        ("2016-11-21", "世耕弘成経済産業相（ロシア経済分野協力相）は、経済協力プランについて「具体的な案件づくりを加速させたい」"
                       "と意欲を示した。", "Hiroshige Seko"),  # (registered since round 28)
        ("2020-02-10", "主催者を代表して北村健一釧路市長が「平和条約の締結と四島の早期返還を強く求めたい」とあいさつしました。",
         "北村健一釧路市長"),
        ("2019-02-08", "質問した会派に所属する岡田克也氏は「政府の立場が後退したと受け止められかねない」とただした。",
         "Katsuya Okada"),  # (registered since round 29)
        ("2021-02-10", "ミハイル・ガルージン駐日ロシア大使はインタビューに応じた。\n\n「これは国境線の画定ではなく、第二次世界大戦の"
                       "結果を日本が承認することについての対話である」と大使は強調した。", "Mikhail Galuzin"),
        ("2019-02-08", "安倍晋三首相は8日、答弁した。\n\n「固有の領土」という表現については「交渉に悪影響を与えかねない」として"
                       "明言を避けた。", "Shinzo Abe"),
    ]
    for day, text, speaker in cases:
        found = extract_statements(text, "ja", day)
        assert found and found[-1].speaker == speaker, (text, found)
    transcript = ("【NHK　記者】ロシア国防省が択捉島で演習を行いました。政府の対応は。\n\n【小林外務報道官】北方四島は我が国が主権を有"
                  "する島々であり、我が国固有の領土であります。\n\n【共同通信　記者】漁業交渉の日程は。\n\n【小林外務報道官】"
                  "ロシア側と調整中です。")
    assert [(s.speaker, s.peace_treaty) for s in extract_statements(transcript, "ja", "2023-03-29")] == [
        ("小林外務報道官", True), ("小林外務報道官", False)]
    text = ("プーチン氏は会見で「紛争の根本原因が取り除かれなければならない」と主張した。\n\n首相は、日露関係への影響について問われ、"
            "「領土問題を解決して平和条約を締結するとの方針は何ら変わらない」と強調した。")
    assert extract_statements(text, "ja", "2025-08-17")[-1].speaker == "Shigeru Ishiba"


def test_the_ministry_by_its_address_the_ambassador_in_tokyo_and_a_senator_by_his_seat():
    """«Как сообщили на Смоленской площади» is the Russian Foreign Ministry; «Российский посол в Токио … предупреждал»
    the ambassador of the day; «По словам сенатора» the senator named before."""
    text = ("Посол Японии был вызван в МИД России. Как сообщили на Смоленской площади, ему заявили протест в связи с "
            "высказываниями о Южных Курилах.")
    assert [s.speaker for s in extract_statements(text, "ru", "2019-01-09")] == ["Russian Foreign Ministry"]
    text = "Российский посол в Токио еще в декабре предупреждал, что «публичная дипломатия» вредит переговорам о мирном договоре."
    assert [s.speaker for s in extract_statements(text, "ru", "2019-01-09")] == ["Mikhail Galuzin"]
    text = ("Сенатор Константин Косачев выступил в Совфеде. По словам сенатора, ни о какой передаче островов речи не "
            "идет.")
    assert [s.speaker for s in treaty(extract_statements(text, "ru", "2019-01-09"))] == ["Konstantin Kosachev"]


def test_a_role_noun_of_one_side_after_a_name_of_the_other_is_the_speaker():
    """"… talks between Russian Foreign Minister Sergey Lavrov and his Japanese counterpart Fumio Kishida, the Russian
    minister said": the Russian minister speaks, not the name before the comma; "Kishida, the Japanese minister,
    said" is an apposition."""
    text = ("The issue of the Kuril Islands was not on the agenda of Monday's talks between Russian Foreign Minister "
            "Sergey Lavrov and his Japanese counterpart Fumio Kishida, the Russian minister said.")
    assert [s.speaker for s in extract_statements(text, "en", "2015-09-21")] == ["Sergei Lavrov"]
    text = "Fumio Kishida, the Japanese minister, said the islands were discussed."
    assert [s.speaker for s in extract_statements(text, "en", "2015-09-21")] == ["Fumio Kishida"]


def test_the_talks_of_an_article_whose_title_names_the_treaty_are_the_treaty_talks():
    """"The Russian leader said Moscow had 'no intention of dropping' the talks" two paragraphs below the lead, under
    a title on the peace treaty: the treaty talks; under another title, or talks that name their own subject
    (fisheries), not."""
    text = ("Abe urged Putin to settle the dispute.\n\nPutin, seated beside him, was more measured. The Russian leader "
            "said Moscow had \"no intention of dropping\" the talks, warning against haste.")
    title = "Abe urges Putin to sign peace treaty"
    found = [s for s in extract_statements(text, "en", "2019-09-05", title=title) if s.speaker == "Vladimir Putin"]
    assert [s.peace_treaty for s in found] == [True]
    found = [s for s in extract_statements(text, "en", "2019-09-05", title="Abe and Putin meet in Vladivostok")
             if s.speaker == "Vladimir Putin"]
    assert [s.peace_treaty for s in found] == [False]
    table = text.replace('"no intention of dropping" the talks', 'no intention of walking away from the negotiating table')
    found = [s for s in extract_statements(table, "en", "2019-09-05", title=title) if s.speaker == "Vladimir Putin"]
    assert [s.peace_treaty for s in found] == [True]
    fish = text.replace("the talks,", "the fisheries talks,")
    found = [s for s in extract_statements(fish, "en", "2019-09-05", title=title) if s.speaker == "Vladimir Putin"]
    assert [s.peace_treaty for s in found] == [False]


def test_a_participle_aside_between_the_name_and_its_verb_names_no_speaker_of_its_own():
    """"Foreign Minister Sergei Lavrov, standing next to his Japanese counterpart in Moscow, insisted that …": the
    aside's counterpart does not speak."""
    text = ("Foreign Minister Sergei Lavrov, standing next to his Japanese counterpart in Moscow, insisted that Japan "
            "must first accept that the islands became Soviet territory as a result of the war.")
    assert [s.speaker for s in extract_statements(text, "en", "2019-02-20")] == ["Sergei Lavrov"]


def test_a_participle_aside_after_the_setting_leaves_the_name_before_it_the_subject():
    """«Путин в интервью агентству Bloomberg, записанном накануне форума, заявил, что …»: the name before the setting
    and its aside speaks, not a place the aside names («записанном в Кремле»); the islands traded for money are the
    dispute; a visa-free exchange with the islands is not."""
    for text in ("Владимир Путин в интервью агентству Bloomberg, записанном накануне Восточного экономического форума "
                 "во Владивостоке, заявил, что Россия не рассматривает возможность обмена островов на экономические "
                 "преференции.",
                 "Владимир Путин в интервью агентству Bloomberg, записанном в Кремле, заявил, что Россия не "
                 "рассматривает возможность обмена островов на экономические преференции."):
        assert [(s.speaker, s.peace_treaty) for s in extract_statements(text, "ru", "2016-09-01")] == [
            ("Vladimir Putin", True)], text
    assert not is_treaty(topics("безвизовые обмены с островами прекращены"))


def test_a_japanese_agreement_told_as_the_state_things_were_in_is_background():
    """「…交渉を加速させることで合意していましたが、その後…止まっていました」 recounts an earlier agreement (as "had
    agreed"); 「…ことで一致しました」 is today's news."""
    background = ("北方領土問題をめぐっては、2013年に安倍総理大臣がモスクワを訪問した際、平和条約交渉を加速させることで合意して"
                  "いましたが、その後、交渉は事実上止まっていました。")
    assert treaty(extract_statements(background, "ja", "2016-05-07")) == []
    news = "安倍総理大臣はプーチン大統領と会談し、平和条約交渉を加速させることで一致しました。"
    assert [s.speaker for s in treaty(extract_statements(news, "ja", "2016-05-07"))] == ["Shinzo Abe"]


def test_the_leads_speaker_quoted_with_an_aside_below_it_speaks_on_its_subject():
    """'"The ball is in Japan's court," Nikolai Nozdrev, who took up his post earlier this year, said' right below his
    lead on the treaty talks: on the lead's subject, as a quote alone there is; not when it names another subject."""
    text = ("Russia's ambassador to Japan said there could be no return to peace treaty negotiations while Tokyo "
            "backed Ukraine, RIA reported.\n\n\"The ball is in Japan's court,\" Nikolai Nozdrev, who took up his post "
            "in Tokyo earlier this year, said in the interview. \"We did not break off the dialogue.\"")
    found = [s for s in extract_statements(text, "en", "2024-12-10") if "ball" in s.quote or "dialogue." in s.quote]
    assert [(s.speaker, s.peace_treaty) for s in found] == [("Nikolai Nozdrev", True)] * 2
    later = ("Russia's foreign minister said Moscow would not discuss the ownership of the islands with Tokyo.\n\n"
             "On Wednesday Sergei Lavrov told students at a meeting that Japan \"must accept reality\".")
    assert [s.peace_treaty for s in extract_statements(later, "en", "2026-05-20") if "students" in s.quote] == [False]
    other = text.replace("The ball is in Japan's court", "Fishing quotas will be set in March")
    found = [s for s in extract_statements(other, "en", "2024-12-10") if "quotas" in s.quote]
    assert [s.peace_treaty for s in found] == [False]


def test_a_turn_goes_on_on_the_treaty_in_the_sentence_after_its_treaty_words():
    """"Мы подтвердили решимость заключить мирный договор. Это непростая задача … Но я намерен … довести дело до конца":
    a sentence of the same turn that points back or goes on («Это», «Но») stays on the treaty; one that names its own
    subject (fisheries) does not."""
    text = ("В.Путин: Спасибо.\n\nС.Абэ (как переведено): Мы подтвердили решимость заключить мирный договор. Это "
            "непростая задача, мы не можем решить ее за один день. Но я намерен вместе с Владимиром довести дело до "
            "конца. Но рыболовство мы тоже обсудили.")
    found = [(s.quote[:12], s.peace_treaty) for s in extract_statements(text, "ru", "2019-01-22")
             if s.speaker == "Shinzo Abe"]
    assert found == [("Мы подтверди", True), ("Это непроста", True), ("Но я намерен", True), ("Но рыболовст", False)]


def test_unnamed_sources_polls_and_recalled_agreements_are_nobodys_words():
    """「会談に同席した政府関係者は「…」と語った」 and 「世論調査では「…」と答えた」 after a named speaker are nobody's;
    «Собеседник агентства в японском МИД сказал» is an unnamed source, not the ministry; «Напомним, … Путин и Абэ
    договорились …» recalls an agreement as background."""
    for text, language in (
            ("プーチン大統領は「平和条約を結びたい」と述べた。会談に同席した政府関係者は「大統領は領土問題の議論にも前向き"
             "だった」と語った。", "ja"),
            ("ラブロフ外相は「島はロシア領だ」と述べた。内閣府の世論調査では、北方領土問題に「関心がある」と答えた人は若い世代"
             "ほど少ない。", "ja"),
            ("Собеседник агентства в японском МИД сказал, что Токио рассчитывает провести очередной раунд консультаций по "
             "мирному договору.", "ru"),
            ("Напомним, в ноябре прошлого года в Сингапуре Путин и Абэ договорились ускорить переговорный процесс на "
             "основе декларации 1956 года.", "ru")):
        found = treaty(extract_statements(text, language, "2019-01-22"))
        assert [s for s in found if not s.quote.startswith(("平和条約", "島はロシア"))] == [], text
    said = "Путин и Абэ договорились ускорить переговорный процесс на основе декларации 1956 года."
    assert treaty(extract_statements(said, "ru", "2018-11-14"))


def test_supposed_speech_a_documents_name_and_people_close_to_an_official_say_nothing():
    """"If Kishida were to announce …, the Kremlin would still say no" (supposed), "The 2001 Irkutsk Statement
    confirmed …" (a document), "People close to the prime minister say …" (unnamed)."""
    for text in ("If Kishida were to announce tomorrow that Japan would settle for two islands, the Kremlin would still "
                 "say no.",
                 "The 2001 Irkutsk Statement confirmed the 1956 declaration as the basic legal document for the peace "
                 "treaty talks.",
                 "Shinzo Abe met Putin. People close to the prime minister say he had once hoped to settle the "
                 "territorial issue at the summit."):
        assert treaty(extract_statements(text, "en", "2019-06-29")) == [], text
    assert treaty(extract_statements("The Kremlin said it would still say no to any handover of the islands.", "en",
                                     "2019-06-29"))


def test_he_after_a_deal_with_mr_putin_is_the_subject_before():
    """"Mr Abe has staked a great deal on a deal with Mr Putin. In a New Year interview he said …": "Mr" is a title
    of the name after "with", so Putin is governed and "he" is Abe."""
    text = ("Mr Abe has staked a great deal on a deal with Mr Putin. In a New Year interview he said the Russians living "
            "on the islands would need to accept that sovereignty over their homes would change.")
    assert [s.speaker for s in extract_statements(text, "en", "2019-01-10")] == ["Shinzo Abe"]


def test_the_japanese_subject_is_the_name_marked_by_wa_not_a_place_or_a_partner_before_it():
    """Machine Japanese 「…、とクレムリンでの日本の首相安倍晋三との交渉の結果に従ってロシア連邦大統領ウラジーミル・プーチンは
    述べた」: the Kremlin is where, the prime minister whom with; the name は marks speaks."""
    text = ("ロシアと日本は平和条約についての相互に受け入れ可能な決定のための条件を作成するために、長くて骨の折れる仕事を先に持って"
            "いる、とクレムリンでの日本の首相安倍晋三との交渉の結果に従ってロシア連邦大統領ウラジーミル・プーチンは述べた。")
    assert [s.speaker for s in extract_statements(text, "ja", "2019-01-23")] == ["Vladimir Putin"]


def test_machine_japanese_variant_names_bare_titles_and_his_words():
    """Machine Japanese of Russian wire copy: ザハロヴァ / ラヴロフ / キシダ・フミオ spellings; 「――と外交官は語った」 and
    「と大臣は述べた」 after the named speaker."""
    cases = [
        ("2023-02-07", "ロシア外務省のマリア・ザハロヴァ公式代表は声明を出した。«南クリル諸島は第二次世界大戦の結果として合法的に"
                       "ロシア連邦の一部となった»――と外交官は語った。", "Maria Zakharova"),
        ("2025-01-14", "セルゲイ・ラヴロフ外相は記者会見を開いた。「第二次世界大戦の結果は見直しの対象ではない」と大臣は述べた。",
         "Sergei Lavrov"),
        ("2021-10-08", "キシダ・フミオ首相はプーチン大統領と電話会談した。キシダ・フミオ首相は「領土問題を次の世代に先送りせず、"
                       "平和条約の締結を含め交渉を進めたい」と述べた。", "Fumio Kishida"),
    ]
    for day, text, speaker in cases:
        found = treaty(extract_statements(text, "ja", day))
        assert found and found[-1].speaker == speaker, (text, found)


def test_machine_english_of_aggregator_copies():
    """Machine English of wire copy: '"…" and expressed.' with the subject dropped or as a bare title; a quote
    addressed "toward President Putin"; "— declared the head of the region"; "in the interview to the RIA Novosti
    agency declared" (the agency is whom he told); "As informed the press service of the Kremlin"; variant spellings
    (Kisida, Zaharova, Kouno, Peskow)."""
    cases = [
        ("2024-08-31", "Foreign Minister Kamikawa Yoko visited Nemuro city on the 31st. After the viewing, to reporters, "
                       "\"The Northern Territories are inherent territory of our country\" and expressed.", "Yoko Kamikawa"),
        ("2018-05-27", "Prime Minister Abe Shinzo met President Putin. At the press announcement, the Prime Minister, about "
                       "the peace treaty, expressed \"we will steadily advance toward the solution acceptable for both "
                       "sides\" and emphasized.", "Shinzo Abe"),
        ("2016-09-03", "Prime Minister Abe Shinzo delivered the speech. The Prime Minister, toward President Putin, called \"Vladimir, let's put an end to the abnormal "
                       "situation that the peace treaty is not concluded\" and appealed.", "Shinzo Abe"),
        ("2025-06-25", "The governor of the Sakhalin region Valery Limarenko opened a school. \"The Kuril Islands were, are "
                       "and will be Russian land,\" – declared the head of the region to journalists.", "Valery Limarenko"),
        ("2025-06-25", "Meanwhile, the deputy minister of foreign affairs of Russia Mikhail Galuzin in the interview to the "
                       "RIA Novosti agency declared, that the conditions for the dialogue about the peace treaty with "
                       "Japan are absent.", "Mikhail Galuzin"),
        ("2014-11-10", "As informed the press service of the Kremlin, the sides \"confirmed the intention to continue the "
                       "dialogue, including the problem of the peace treaty\".", "Kremlin"),
        ("2023-02-07", "\"The Kuril islands are the integral part of the territory of the Russian Federation\", - said "
                       "Zaharova.", "Maria Zakharova"),
        ("2016-04-15", "Kisida declared, that Japan explained its position on the territorial problem.", "Fumio Kishida"),
        ("2014-11-10", "Shinzo Abe met Putin. Abe after the meeting told the Japanese journalists: \"I want to advance the "
                       "negotiations on the peace treaty\", reports the agency Kyodo.", "Shinzo Abe"),
        ("2014-11-10", "The press secretary of the president Dmitry Peskov to journalists specified, that the leaders "
                       "discussed the peace treaty.", "Dmitry Peskov"),
    ]
    for day, text, speaker in cases:
        found = treaty(extract_statements(text, "en", day))
        assert found and found[-1].speaker == speaker, (text, found)


def test_machine_russian_a_name_the_words_answer_is_not_their_speaker():
    """«Генеральный секретарь кабинета министров Кихара в пресс-конференции 18-го числа, относительно высказываний
    заместителя председателя Медведева сказал «…»» (machine Russian of 「木原官房長官は…メドベージェフ氏の発言について…と述べた」)."""
    text = ("Генеральный секретарь кабинета министров Кихара в пресс-конференции 18-го числа, относительно высказываний "
            "заместителя председателя Медведева сказал «северные территории являются территорией нашей страны»")
    assert [s.speaker for s in extract_statements(text, "ru", "2026-02-18")] == ["Minoru Kihara"]


def test_a_japanese_cleft_restates_the_claim_before_and_surnames_in_russian():
    """Machine Japanese of «Об этом во вторник заявил Лавров»: 「…断ち切った。火曜日にこれを宣言したのは、ロシアのセルゲイ・ラヴロフ
    外相だ」 restates the sentence before; «Генеральный секретарь кабинета министров Като заявил» (the surname alone)."""
    text = ("日本は、ロシアとの平和条約に関する対話を再開する可能性を、自らの対ロシア制裁によって断ち切った。火曜日にこれを宣言したの"
            "は、ロシアのセルゲイ・ラヴロフ外相だ。")
    assert [(s.speaker, s.quote[:6]) for s in treaty(extract_statements(text, "ja", "2025-01-14"))] == [
        ("Sergei Lavrov", "日本は、ロシ")]
    text = "Генеральный секретарь кабинета министров Като заявил, что правительство продолжит переговоры о мирном договоре."
    assert [s.speaker for s in extract_statements(text, "ru", "2021-06-07")] == ["Katsunobu Kato"]


def test_a_reaction_to_the_treaty_news_before_it_is_on_the_treaty():
    """"Russia quit the treaty talks. Kishida called the move 'unjust'" (назвал решение России, ロシアの決定について):
    the reaction is on the treaty news; to news on something else, or to a decision that names its own subject,
    it is not."""
    for text, language in (
            ('Russia on Monday said it was withdrawing from peace treaty negotiations with Japan. Japanese Prime '
             'Minister Fumio Kishida called the move "extremely unjust and totally unacceptable."', "en"),
            ('Россия вышла из переговоров о мирном договоре с Японией. Премьер-министр Японии Фумио Кисида назвал '
             'решение России "крайне несправедливым и неприемлемым".', "ru"),
            ("ロシアは平和条約交渉を中断すると発表した。岸田首相は、ロシアの決定について「全く受け入れられない、不当な対応だ」"
             "と述べ、強く抗議した。", "ja")):
        assert [s.speaker for s in treaty(extract(text, language, "2022-03-22"))] == ["Fumio Kishida"], text
    for text in ('Russia raised fishing quotas on Monday. Kishida called the move "extremely unjust."',
                 'Russia said it was quitting the peace treaty talks. Kishida called the decision of the G7 to add '
                 'sanctions "timely and right."'):
        assert treaty(extract(text, "en", "2022-03-22")) == [], text


def test_more_verbs_of_saying_in_russian_and_english():
    for text in ("МИД России объявил, что Москва прекращает переговоры о мирном договоре с Японией.",
                 "Глава МИД России объяснил, что без признания итогов войны мирный договор невозможен.",
                 "Глава МИД России предупредил, что переговоры о мирном договоре не возобновятся.",
                 "Глава МИД России опроверг, что Москва готова передать острова Японии.",
                 "Глава МИД России прокомментировал, что мирный договор сейчас не обсуждается.",
                 "Глава МИД России акцентировал, что мирный договор сейчас не обсуждается.",
                 "Lavrov mentioned that the peace treaty was not on the agenda.",
                 "Lavrov contended that the peace treaty was not on the agenda.",
                 "Medvedev tweeted that the Kuril Islands would never be returned to Japan."):
        [st] = treaty(extract(text, None, "2023-03-01"))
        assert st.speaker in ("Russian Foreign Ministry", "Sergei Lavrov", "Dmitry Medvedev"), text


def test_the_head_of_state_points_back_to_the_president_named_before():
    text = ("It is pointless to talk about a peace treaty with Japan now, Russian President Vladimir Putin said.\n\n"
            "\"We have never refused dialogue. But Japan froze all contacts,\" the head of state said.")
    found = extract(text, "en", "2026-10-02")
    assert [(s.speaker, s.direct) for s in found] == [("Vladimir Putin", False), ("Vladimir Putin", True)]
    assert found[1].peace_treaty


def test_a_negated_verb_of_saying_is_no_statement():
    """"He did not say whether the islands would be handed over" reports that nothing was said; "не исключил"
    (did not rule out) does say something."""
    for text, language in (("Putin said the talks would speed up. He did not say whether the two islands would be "
                            "handed over.", "en"),
                           ("Putin said the talks would speed up. Peskov wouldn't say whether the islands would be "
                            "handed over to Japan.", "en"),
                           ("Putin has not yet said whether the islands would be handed over to Japan.", "en"),
                           ("Путин пока не сказал, будут ли переданы Японии два острова Курил.", "ru"),
                           ("Путин не сказал, будут ли переданы Японии два острова Курил.", "ru")):
        assert not treaty(extract(text, language, "2018-11-15")), text
    [st] = treaty(extract("Путин не исключил, что Япония получит два острова после подписания мирного договора.",
                          "ru", "2018-11-15"))
    assert st.speaker == "Vladimir Putin"


def test_the_issue_points_back_to_the_dispute_named_a_few_sentences_before():
    """"Abe, for his part, said he was determined to resolve the issue": the sentence just before is a quote on
    something else, the one before that names the dispute. Not when a sentence between names another subject,
    not "the issue of the Azov Sea", not a subheading with no full stop."""
    text = ("Abe and Putin made no breakthrough on the territorial dispute at their talks on Tuesday. Putin said a "
            "lot of work lay ahead. Abe, for his part, said he was determined to resolve the issue.")
    assert [s.speaker for s in treaty(extract(text, "en", "2019-01-22"))] == ["Shinzo Abe"]
    text = ("Путин и Абэ не добились прорыва в территориальном споре. «Предстоит большая работа», — сказал Путин. "
            "Японский премьер, в свою очередь, выразил уверенность, что стороны смогут решить этот вопрос.")
    assert [s.speaker for s in treaty(extract(text, "ru", "2019-01-22"))] == ["Shinzo Abe"]
    for text in ("Abe and Putin made no breakthrough on the territorial dispute on Tuesday. They also discussed "
                 "fishing quotas. Abe, for his part, said he was determined to resolve the issue.",
                 "Abe and Putin made no breakthrough on the territorial dispute on Tuesday. Putin said a lot of work "
                 "lay ahead. Abe, for his part, commented on the issue of gas prices.",
                 "Abe and Putin made no breakthrough on the territorial dispute on Tuesday.\n\nWork lay ahead, Putin "
                 "said.\n\nTalks on the issue will go on, Abe says"):
        assert [s.speaker for s in treaty(extract(text, "en", "2019-01-22"))] == [], text


def test_japanese_verbs_that_end_only_before_a_full_stop_have_their_subject_first():
    """"…としている。" and "…とした。" hold their lookahead only in the text: the subject is found before them, as
    for "と述べた"."""
    for text, speaker in (("ロシア外務省は「平和条約について議論することは不可能だ」としている。", "Russian Foreign Ministry"),
                          ("ラブロフ外相は「平和条約について議論することは不可能だ」としている。", "Sergei Lavrov"),
                          ("ロシア外務省は、平和条約交渉を継続する意思はないとした。", "Russian Foreign Ministry")):
        assert [s.speaker for s in treaty(extract(text, "ja", "2023-02-07"))] == [speaker], text


def test_the_said_ministry_and_its_statement_in_japanese_point_back_to_who_issued_it():
    """"同省は…" is the ministry named before; "声明では「…」" is whoever issued the statement, the ministry or the
    person named last."""
    quote = "「非友好的な立場をとる国と平和条約の署名について議論することは不可能だ」"
    for text, speaker in ((f"ロシア外務省は声明を発表した。同省は{quote}としています。", "Russian Foreign Ministry"),
                          (f"岸田首相は先月、訪米した。ロシア外務省は７日、声明を発表した。声明では{quote}としている。",
                           "Russian Foreign Ministry"),
                          ("ロシア外務省は先月、制裁を批判した。岸田首相は７日、談話を発表した。談話では「北方領土問題を解決"
                           "して平和条約を締結する」としている。", "Fumio Kishida")):
        found = treaty(extract(text, "ja", "2023-02-07"))
        assert [s.speaker for s in found if s.direct] == [speaker], text


def test_an_answer_to_a_treaty_statement_that_does_not_name_the_treaty_is_on_the_treaty():
    """The ministry's quote says "議論することは不可能だ" (the treaty is named in the sentence before it); the
    chief cabinet secretary's "これについて…「極めて不当」" answers that statement, so it is on the treaty too."""
    text = ("ロシア外務省は、日本との平和条約締結交渉を続ける意思はないとする声明を出しました。声明では、制裁を理由に「非友好的な国と"
            "基本文書の署名を議論することは不可能だ」としています。\n"
            "これについて松野官房長官は記者会見で「極めて不当であり、断じて受け入れられない」と述べました。")
    found = treaty(extract(text, "ja", "2022-03-22"))
    assert [s.speaker for s in found] == ["Russian Foreign Ministry"] * 2 + ["Hirokazu Matsuno"]
    text = ("ロシア外務省は、日本との平和条約締結交渉を続ける意思はないとする声明を出しました。天気は晴れでした。\n"
            "これについて松野官房長官は記者会見で「極めて不当であり、断じて受け入れられない」と述べました。")
    assert [s.speaker for s in treaty(extract(text, "ja", "2022-03-22"))] == ["Russian Foreign Ministry"]


def test_a_claim_held_in_japanese_is_background_and_a_claim_made_is_a_statement():
    """"日本政府は…日本固有の領土だと主張している" is the standing claim a background paragraph recalls ("Japan
    maintains …"); "…と主張した" is a claim made on the day."""
    for text in ("日本政府は北方四島は日本固有の領土だと主張している。", "日本政府は北方四島は日本固有の領土だと主張してきた。"):
        assert not treaty(extract(text, "ja", "2023-02-07")), text
    [st] = treaty(extract("日本政府は７日、北方四島は日本固有の領土だと主張した。", "ja", "2023-02-07"))
    assert st.speaker == "Japanese government"


def test_a_quote_answering_a_question_on_the_islands_named_after_its_verb_is_on_the_treaty():
    text = ('"Nothing has been decided yet," Peskov said, when asked about media reports that Moscow was ready to hand '
            'over two islands.')
    [st] = extract(text, "en", "2018-11-16")
    assert st.peace_treaty and st.speaker == "Dmitry Peskov"
    text = '"Nothing has been decided yet," Peskov said, when asked about the gas contract with Tokyo.'
    assert not treaty(extract(text, "en", "2018-11-16"))


def test_a_channels_name_in_quotes_before_the_verb_does_not_turn_the_attribution_round():
    """'Лавров в интервью телеканалу "Россия" назвал …': the marks close a name, not words the verb attributes
    to someone after it ('«…», — заявил Лавров')."""
    for text in ('Глава МИД РФ Сергей Лавров в интервью телеканалу "Россия" назвал "абсурдными" претензии Японии на '
                 'Южные Курилы.',
                 'Сергей Лавров в интервью телеканалу "Россия" назвал абсурдными претензии Японии на Южные Курилы.',
                 '«Курилы — наша земля», — заявил Лавров в интервью.'):
        assert [s.speaker for s in treaty(extract(text, "ru", "2023-03-20"))] == ["Sergei Lavrov"], text


def test_his_russian_counterpart_is_the_holder_of_the_office_across():
    """"His Russian counterpart" after the Japanese foreign minister is Russia's foreign minister on the article's
    date, after the prime minister the president; "his Japanese counterpart" the Japanese one named before."""
    for text, date, speaker in (
            ("Japan's foreign minister Toshimitsu Motegi said Tokyo's stance on the Northern Territories was "
             "unchanged. His Russian counterpart responded that the issue had been settled long ago.", "2025-11-10",
             "Sergei Lavrov"),
            ("Prime Minister Yoshihide Suga held phone talks on the treaty. His Russian counterpart said Moscow was "
             "ready to continue the peace treaty talks.", "2020-09-29", "Vladimir Putin"),
            ("Kono met Lavrov in Moscow on Monday. His Japanese counterpart said Tokyo wanted a peace treaty.",
             "2019-01-14", "Taro Kono")):
        assert [s.speaker for s in treaty(extract(text, "en", date))][-1] == speaker, text


def test_tokyos_position_on_the_islands_in_russian_is_the_dispute():
    text = ("По словам главы японского правительства, позиция Токио по так называемым северным территориям остается "
            "неизменной.")
    assert [s.speaker for s in treaty(extract(text, "ru", "2025-11-10"))] == ["Sanae Takaichi"]


def test_a_headline_line_is_not_a_speakers_turn():
    """"Peskov: dialogue … impossible now" opening the text (the page title with the site's suffix, or no title at
    all) is the headline: the lead below it is the statement, as the title repeated as the first line is."""
    text = ("Peskov: dialogue with Japan on peace treaty impossible now\n\nMOSCOW, April 8. /TASS/. Any dialogue with "
            "Japan on a peace treaty is impossible under the current circumstances, Kremlin spokesman Dmitry Peskov "
            "told reporters.")
    for title in ("Peskov: dialogue with Japan on peace treaty impossible now - Russian Politics & Diplomacy - TASS",
                  None):
        found = treaty(extract(text, "en", "2025-04-08", title=title))
        assert [s.quote[:12] for s in found] == ["Any dialogue"], title
    # a transcript's first turn is a turn
    text = "Sergei Lavrov: We are ready to talk about a peace treaty\n\nQuestion: And the islands?\n\nSergei Lavrov: No."
    assert [s.rule for s in treaty(extract(text, "en", "2025-04-08"))][:1] == ["transcript"]


def test_an_unregistered_russian_name_is_kept_as_written():
    """"Депутат Госдумы Алексей Чепа заявил …": a first name and a surname the registry does not know, kept as
    written without the title; not a body or a place ("Госдума России", "Совет Федерации")."""
    found = treaty(extract("Депутат Госдумы Алексей Чепа заявил, что требования Токио вернуть острова не имеют под "
                           "собой оснований.", "ru", "2025-02-07"))
    assert [s.speaker for s in found] == ["Алексей Чепа"]
    assert [s.speaker for s in treaty(extract("Сенатор Андрей Климов заявил, что Курилы никогда не будут японскими.",
                                              "ru", "2025-02-07"))] == ["Андрей Климов"]
    for text in ("Госдума России заявила, что Курилы никогда не будут японскими.",
                 "Совет Федерации заявил, что Курилы никогда не будут японскими."):
        assert not extract(text, "ru", "2025-02-07"), text


def test_the_islands_were_are_and_will_be_russian():
    for text, language in (('Sakhalin Governor Valery Limarenko said the Kurils "were, are and will be Russian."', "en"),
                           ("Губернатор Валерий Лимаренко заявил, что Курилы были, есть и будут российскими.", "ru"),
                           ("Senator Andrei Klimov said the Kurils would never be Japanese.", "en")):
        assert treaty(extract(text, language, "2025-02-07")), text


def test_a_ministry_in_the_title_of_the_official_named_after_the_verb_is_not_the_speaker():
    """"…, сообщил ТАСС замглавы МИД РФ Андрей Руденко": the ministry is in his title; the official speaks."""
    text = "Переговоры о мирном договоре с Японией не ведутся, сообщил ТАСС замглавы МИД РФ Андрей Руденко."
    assert [s.speaker for s in treaty(extract(text, "ru", "2025-04-08"))] == ["Andrei Rudenko"]
    text = "Переговоры о мирном договоре невозможны, заявили в МИД России. Лавров находится в Китае."
    assert [s.speaker for s in treaty(extract(text, "ru", "2025-04-08"))] == ["Russian Foreign Ministry"]


def test_telling_someone_after_the_main_clause_is_the_subjects_statement():
    """"X renewed Japan's call …, telling an annual rally that …": the clause's subject speaks; "telling a story
    about …" says nothing."""
    for text, speaker in (("Prime Minister Sanae Takaichi renewed Japan's call for the return of the four islands, "
                           "telling an annual rally that the government would tenaciously pursue negotiations.",
                           "Sanae Takaichi"),
                          ("Lavrov rejected the idea, telling reporters that the Kurils are Russian territory.",
                           "Sergei Lavrov"),
                          ("Kishida met former islanders on Friday, telling them he was determined to resolve the "
                           "territorial issue.", "Fumio Kishida")):
        assert [s.speaker for s in treaty(extract(text, "en", "2026-02-07"))] == [speaker], text
    assert not extract("The minister ended the trip, telling a story about his childhood on the islands.", "en",
                       "2026-02-07")


def test_a_lead_that_opens_with_the_titles_words_is_the_lead():
    title = "Putin says Japan must accept the outcome of the war"
    text = "Putin says Japan must accept the outcome of the war, before any talks on a peace treaty can resume."
    assert [s.speaker for s in treaty(extract(text, "en", "2026-02-07", title=title))] == ["Vladimir Putin"]


def test_quoted_by_a_news_agency_named_in_several_words():
    for text, speaker in (("Peskov was quoted by the TASS news agency as saying that peace treaty talks with Japan "
                           "were impossible.", "Dmitry Peskov"),
                          ("Putin was quoted by Russia's state-run RIA Novosti news agency as saying the islands would "
                           "stay Russian.", "Vladimir Putin")):
        assert [s.speaker for s in treaty(extract(text, "en", "2025-04-08"))] == [speaker], text


def test_an_unnamed_official_of_a_ministry_in_japanese_is_nobody_in_particular():
    assert not extract("外務省幹部は「平和条約交渉の再開は当面見通せない」と語った。", "ja", "2025-04-08")
    assert not extract("日本政府関係者が「平和条約交渉の再開は当面見通せない」と語った。", "ja", "2025-04-08")
    [st] = extract("外務省は「平和条約交渉の再開は当面見通せない」とした。", "ja", "2025-04-08")
    assert st.speaker == "Japanese Foreign Ministry"


def test_a_name_on_a_subject_then_a_quote_is_that_persons_quote():
    """"Lavrov on Japan: \"…\"" (a subheading's or a summary's attribution); "Focus on Japan: \"…\"" names nobody."""
    text = 'Lavrov on Japan: "There can be no peace treaty while Tokyo follows Washington\'s lead."'
    assert [(s.speaker, s.direct) for s in treaty(extract(text, "en", "2026-03-05"))] == [("Sergei Lavrov", True)]
    assert not extract('Focus on Japan: "There can be no peace treaty while Tokyo follows Washington\'s lead."', "en",
                       "2026-03-05")


def test_a_long_participle_aside_between_the_subject_and_its_verb():
    text = ("Putin, speaking at a plenary session of the Eastern Economic Forum in Vladivostok on Friday, noted that "
            "the peace treaty issue could only be settled on the basis of mutual trust.")
    assert [s.speaker for s in treaty(extract(text, "en", "2026-09-05"))] == ["Vladimir Putin"]


def test_a_short_answer_to_a_question_on_the_treaty_talks_is_on_them():
    """"Asked whether …talks…, X replied: 'Not now'": the answer is on the talks; a long answer that says something
    else ("Suga only said that Abe will visit") is not."""
    text = 'Asked whether Moscow was ready to resume peace treaty talks, Peskov replied: "Not under current conditions."'
    assert [s.speaker for s in treaty(extract(text, "en", "2026-03-02"))] == ["Dmitry Peskov"]
    text = ("Asked whether Tokyo would seek a deal on the peace treaty at the summit, the spokesman Minoru Kihara only "
            "said that the prime minister would visit the region early next year to meet local business leaders.")
    assert not treaty(extract(text, "en", "2026-03-02"))
    text = "Asked whether the peace treaty talks would resume, Peskov said he had nothing to add."
    assert not treaty(extract(text, "en", "2026-03-02"))  # no answer is no position


def test_a_sentence_with_a_verb_of_saying_before_its_colon_is_no_transcript_label():
    text = ("Песков, отвечая на вопрос о возможности возобновления переговоров о мирном договоре, сказал: "
            "«Сейчас это невозможно».\nВ Кремле напомнили, что визит не планируется.")
    [st] = treaty(extract(text, "ru", "2026-03-02"))
    assert (st.speaker, st.rule) == ("Dmitry Peskov", "reported_speech")


def test_the_islands_are_russian_land_or_part_of_russia_in_three_languages():
    for text, language in (("«Курилы — это русская земля, и никаких переговоров о них не будет», — написал Медведев "
                            "в своем Telegram-канале.", "ru"),
                           ("Medvedev said the southern Kurils are part of Russia and always will be.", "en"),
                           ("メドベージェフ前大統領は通信アプリへの投稿で、南クリール諸島はロシアの一部だと主張した。", "ja")):
        assert [s.speaker for s in treaty(extract(text, language, "2026-03-02"))] == ["Dmitry Medvedev"], text
    for text, language in (("Lavrov said some parts of Russia were hit by storms on the Kurils.", "en"),
                           ("ラブロフ外相は、クリール諸島についてのロシアの一部メディアの報道は事実ではないと述べた。", "ja")):
        assert not treaty(extract(text, language, "2026-03-02")), text


def test_the_media_that_carried_the_remarks_is_not_their_anonymous_subject():
    """"In remarks carried by state media, Putin said …": a comma ends the phrase "media" is in; "state media said"
    and "officials said" are still nobody in particular."""
    text = "In remarks carried by state media, Putin said Russia had never refused to discuss a peace treaty with Japan."
    assert [s.speaker for s in treaty(extract(text, "en", "2026-04-01"))] == ["Vladimir Putin"]
    for text in ("Russian state media said Moscow had never refused to discuss a peace treaty with Japan.",
                 "Japanese officials said Tokyo would keep seeking a peace treaty with Russia."):
        assert not extract(text, "en", "2026-04-01"), text


def test_not_on_the_agenda_is_a_position_and_on_the_agenda_lists_subjects():
    text = "Мирный договор с Японией сейчас не на повестке дня. Об этом журналистам сказал Дмитрий Песков."
    assert [s.speaker for s in treaty(extract(text, "ru", "2026-04-01"))] == ["Dmitry Peskov"]
    text = "Песков заявил, что вопрос мирного договора сейчас не стоит на повестке дня."
    assert [s.speaker for s in treaty(extract(text, "ru", "2026-04-01"))] == ["Dmitry Peskov"]
    assert not treaty(extract("Песков сообщил, что на повестке дня были мирный договор, экономика и визы.", "ru",
                              "2026-04-01"))


def test_a_papers_name_in_quotes_between_an_inverted_verb_and_its_speaker():
    text = ("Россия не будет обсуждать с Японией вопрос о принадлежности Курил, сообщил в интервью «Известиям» посол "
            "РФ в Токио Николай Ноздрев.")
    assert [s.speaker for s in treaty(extract(text, "ru", "2026-04-01"))] == ["Nikolai Nozdrev"]


def test_someones_words_as_the_fronted_object_the_subject_follows_the_verb():
    text = ("Слова Лаврова прокомментировал генсек кабмина Японии Минору Кихара, назвав их «неприемлемыми» и "
            "подчеркнув, что позиция Токио по северным территориям не изменилась.")
    assert [s.speaker for s in treaty(extract(text, "ru", "2026-04-01"))] == ["Minoru Kihara"]


def test_advice_to_the_other_side_is_a_statement():
    for text, language in (("Медведев посоветовал японцам смириться с тем, что Курилы навсегда останутся российскими.",
                            "ru"),
                           ("Medvedev advised the Japanese to accept that the Kurils would remain Russian forever.", "en")):
        assert [s.speaker for s in treaty(extract(text, language, "2026-04-01"))] == ["Dmitry Medvedev"], text


def test_japanese_said_also_continues_the_speaker_named_before():
    text = "林官房長官は記者会見で、ロシア側の発言について「全く受け入れられない」と反発した。北方領土は我が国が主権を有する島々だとも述べた。"
    assert [s.speaker for s in treaty(extract(text, "ja", "2023-04-01"))] == ["Yoshimasa Hayashi"]
    text = "ザハロワ氏は自身のテレグラムに「日本は歴史を書き換えようとしている」と投稿した。ロシアの主権は疑いようがないとも書き込んだ。"
    assert [s.speaker for s in treaty(extract(text, "ja", "2026-04-01"))] == ["Maria Zakharova"]


def test_a_japanese_subject_after_the_quote_and_a_comma():
    text = "「北方領土問題を解決し、平和条約を締結する」と、高市首相は国会で強調した。"
    assert [(s.speaker, s.direct) for s in treaty(extract(text, "ja", "2026-04-01"))] == [("Sanae Takaichi", True)]


def test_our_land_in_japanese_is_a_claim():
    text = "ロシアのラブロフ外相はインタビューで「北方領土はわれわれの土地だ」と語った。"
    assert [s.speaker for s in treaty(extract(text, "ja", "2026-05-13"))] == ["Sergei Lavrov"]


def test_he_after_a_sentence_whose_subject_talked_with_someone_is_the_subject():
    """"Ishiba spoke with Putin by phone. He said …": the one talked with is in a prepositional phrase; "they
    agreed" after it is still filed under the one named last."""
    text = ("Ishiba spoke with Putin by phone on Friday. He said afterwards that Japan would keep seeking a peace "
            "treaty.")
    assert [s.speaker for s in treaty(extract(text, "en", "2025-03-07"))] == ["Shigeru Ishiba"]
    text = ("Lavrov held talks with Motegi in Kuala Lumpur. He said peace treaty talks could not resume while "
            "sanctions remained.")
    assert [s.speaker for s in treaty(extract(text, "en", "2026-04-01"))] == ["Sergei Lavrov"]


def test_the_russian_foreign_ministrys_spokeswoman_by_other_names():
    for text, language in (("Lavrov's spokeswoman said on Wednesday that Japan's claims to the Kurils were absurd.", "en"),
                           ("Представитель российского дипведомства заявила, что притязания Японии на Курилы абсурдны.",
                            "ru"),
                           ("ロシア外務省情報局長は、日本の北方領土返還要求は不当だと述べた。", "ja")):
        assert [s.speaker for s in treaty(extract(text, language, "2026-04-01"))] == ["Maria Zakharova"], text


def test_he_after_x_met_y_is_x():
    text = ("Lavrov met Motegi in Kuala Lumpur on Thursday. He said afterwards that peace treaty talks could not "
            "resume while sanctions remained.")
    assert [s.speaker for s in treaty(extract(text, "en", "2026-04-01"))] == ["Sergei Lavrov"]
    text = "Путин принял в Кремле премьер-министра Японии Синдзо Абэ. Он заявил, что Россия готова к переговорам о мирном договоре."
    assert [s.speaker for s in treaty(extract(text, "ru", "2018-01-10"))] == ["Vladimir Putin"]


def test_the_islands_status_is_the_dispute_not_a_special_economic_zone():
    text = ("Russia's foreign ministry said in a statement that Japan's protest was unacceptable, adding that the "
            "Kurils' status was not up for discussion.")
    assert [s.speaker for s in treaty(extract(text, "en", "2026-04-01"))] == ["Russian Foreign Ministry"]
    assert not treaty(extract("Putin said the Kurils would keep their special economic zone status for ten years.",
                              "en", "2026-04-01"))


def test_a_quote_that_ends_the_speakers_sentence_is_not_the_whole_statement():
    """'said the declaration, under which …, "is no longer what it was"': the words in marks finish his sentence;
    the statement is the sentence (on the 1956 declaration), not the five words."""
    text = ('The Russian leader said the 1956 joint declaration, under which two of the islands would be handed over '
            'after a treaty is signed, "is no longer what it was," citing the deployment of U.S. missile systems.')
    [st] = extract(text, "en", "2026-09-04")
    assert (st.speaker, st.peace_treaty, st.direct) == ("Vladimir Putin", True, False)
    assert st.quote.startswith("The Russian leader said the 1956")


def test_japanese_verbs_of_warning_and_asserting():
    for text in ("ラブロフ外相は、北方領土の主権は議論の対象ではないと警告した。",
                 "ラブロフ外相は、北方領土の主権は議論の対象ではないと断言した。",
                 "ラブロフ外相は、北方領土の主権は議論の対象ではないとくぎを刺した。"):
        assert [s.speaker for s in treaty(extract(text, "ja", "2026-06-03"))] == ["Sergei Lavrov"], text


def test_a_quote_in_straight_single_marks_before_an_inverted_verb():
    text = "'The Kurils are Russian land,' said Medvedev."
    assert [s.speaker for s in treaty(extract(text, "en", "2026-04-01"))] == ["Dmitry Medvedev"]


def test_an_unregistered_official_with_the_ministry_in_his_title_is_the_speaker_as_written():
    text = ("Россия не видит возможности для диалога с Японией по мирному договору, заявил РИА Новости директор "
            "департамента МИД РФ Иван Петров.")
    assert [s.speaker for s in treaty(extract(text, "ru", "2026-04-01"))] == ["Иван Петров"]
    text = ("Russia sees no chance of a peace treaty dialogue with Japan, Ivan Petrov, director of a department at the "
            "Russian Foreign Ministry, told RIA Novosti.")
    assert [s.speaker for s in treaty(extract(text, "en", "2026-04-01"))] == ["Ivan Petrov"]


def test_the_director_of_the_asian_department_and_the_diplomat_after_him():
    text = ("МОСКВА, 1 апр - РИА Новости. Россия не видит возможности для диалога с Японией по мирному договору, "
            "заявил РИА Новости директор третьего департамента Азии МИД РФ Георгий Зиновьев.\n\n"
            '"Японская сторона своими руками свернула этот диалог. Возобновлять его на условиях Токио мы не будем", - '
            "сказал дипломат.")
    assert [s.speaker for s in treaty(extract(text, "ru", "2026-04-01"))] == ["Georgy Zinoviev"] * 2


def test_machine_translated_japanese_verbs_and_titles_after_the_name():
    """"showed the view that …" (考えを示した), "revealed the idea to …", "Spokesman Peskov of the Russian
    presidential office commented that …": an aggregator's English from Japanese."""
    for text, speaker in (("Chief Cabinet Secretary Kihara showed the view that the government will persistently "
                           "negotiate the peace treaty with the Russian side.", "Minoru Kihara"),
                          ("Foreign Minister Motegi revealed the idea to continue to request the return of the four "
                           "northern islands.", "Toshimitsu Motegi"),
                          ("Spokesman Peskov of the Russian presidential office commented that the peace treaty "
                           "negotiations cannot be resumed.", "Dmitry Peskov")):
        assert [s.speaker for s in treaty(extract(text, "en", "2026-04-01"))] == [speaker], text
    assert not extract("The survey showed the view that a peace treaty is unlikely was shared by most voters.", "en",
                       "2026-04-01")


def test_titles_pointing_back_to_an_ambassador_a_deputy_minister_and_a_ministrys_spokesperson():
    cases = (("Russian Deputy Foreign Minister Andrei Rudenko met Japanese Ambassador Akira Muto on Tuesday. The deputy "
              "minister told the envoy that peace treaty talks were impossible under sanctions.", "Andrei Rudenko"),
             ("Japanese Ambassador Akira Muto met Russian Deputy Foreign Minister Andrei Rudenko on Tuesday. The "
              "ambassador said Tokyo's position on the islands remained unchanged.", "Akira Muto"),
             ("The Russian Foreign Ministry criticized Tokyo's latest remarks on Wednesday. Its spokeswoman said "
              "Japan's claims to the Kurils were groundless.", "Maria Zakharova"),
             ("Japan's foreign ministry issued a protest. A ministry spokesperson said the four islands were an "
              "inherent part of Japan's territory.", "Japanese Foreign Ministry"))
    for text, speaker in cases:
        assert [s.speaker for s in treaty(extract(text, "en", "2026-04-01"))] == [speaker], text


def test_russian_statements_issued_and_two_names_side_by_side():
    """"В заявлении МИД России говорится, что …": the genitive after the statement issued it; "с Лавровым Мотэги
    заявил": two people side by side, the second the subject; «позиция Японии по островам», «принадлежность
    островов»: the islands in dispute named by the word alone (not "остров Сахалин")."""
    cases = (("В заявлении МИД России говорится, что Россия не намерена обсуждать с Японией вопрос о принадлежности "
              "островов.", "Russian Foreign Ministry"),
             ("В ходе беседы с Лавровым Мотэги заявил, что позиция Японии по островам неизменна.", "Toshimitsu Motegi"))
    for text, speaker in cases:
        assert [s.speaker for s in treaty(extract(text, "ru", "2026-04-01"))] == [speaker], text
    assert not treaty(extract("Лавров заявил, что на острове Сахалин построят новый порт.", "ru", "2026-04-01"))
    from treatywatch.statements.topic import ISLANDS_AT_STAKE
    assert not ISLANDS_AT_STAKE.search("спортсмены на островах")  # sportsmen, not a dispute


def test_russian_verbs_in_tass_english():
    """уточнил, напомнил, обратил внимание, был убежден as TASS's English renders them; "the top Russian diplomat"."""
    lead = "Lavrov spoke at a news conference. "
    for text in ("He specified that peace treaty talks would resume only after sanctions are lifted.",
                 "He reminded that the southern Kurils became part of the USSR after World War II.",
                 "The top Russian diplomat also drew attention to Tokyo's refusal to recognize the outcome of World War II.",
                 "The minister was convinced that the peace treaty issue could not be solved while Japan followed "
                 "Washington."):
        assert [s.speaker for s in treaty(extract(lead + text, "en", "2026-04-01"))] == ["Sergei Lavrov"], text


def test_the_government_in_japanese_news_and_an_institutions_statement_going_on():
    """「政府は…として、外交ルートを通じて抗議した」: Japanese news's own government; 「…とする声明を発表した。…だとして
    いる」: the ministry's statement goes on in the next sentence; a person named after it takes the subject back."""
    text = "政府は、ロシア軍の演習について「わが国の立場と相いれず、北方領土は固有の領土だ」として、外交ルートを通じて抗議した。"
    assert [s.speaker for s in treaty(extract(text, "ja", "2026-04-01"))] == ["Japanese government"]
    text = "ロシア外務省は、日本の抗議は受け入れられないとする声明を発表した。クリール諸島はロシアの領土だとしている。"
    assert [s.speaker for s in treaty(extract(text, "ja", "2026-04-01"))] == ["Russian Foreign Ministry"]
    text = ("ロシア外務省は、日本の抗議は受け入れられないとする声明を発表した。ラブロフ外相は会見で「対話は可能だ」と述べた。"
            "クリール諸島はロシアの領土だとしている。")
    assert [s.speaker for s in treaty(extract(text, "ja", "2026-04-01"))] == ["Sergei Lavrov"]


def test_a_second_full_quote_in_the_sentence_goes_on_with_the_first():
    """「…交渉は凍結されている」と述べた上で、「責任は日本側にある」と強調: one answer in two quotes (a fragment in lower
    case after a treaty quote is not: the dev corpus's labels count only the treaty words then)."""
    text = "ラブロフ外相は「平和条約交渉は凍結されている」と述べた上で、「責任は日本側にある」と強調した。"
    assert [s.topics for s in extract(text, "ja", "2026-04-01")] == [["peace_treaty"], ["continued"]]


def test_giving_up_the_islands_in_russian_and_a_japanese_habitual_saying():
    text = "Бывший премьер-министр Японии Фумио Кисида заявил, что Токио не откажется от северных территорий."
    assert [s.speaker for s in treaty(extract(text, "ru", "2026-04-01"))] == ["Fumio Kishida"]
    assert not treaty(extract("Лавров заявил, что отказался от визита на Курилы из-за погоды.", "ru", "2026-04-01"))
    # "used to say, time and again": a standing position, as "has repeatedly said"; "said" on an occasion is a statement
    assert not extract("安倍元首相は生前、「北方領土問題に終止符を打つ」と繰り返し語っていた。", "ja", "2026-04-01")
    assert treaty(extract("安倍首相は「北方領土問題に終止符を打つ」と語った。", "ja", "2019-04-01"))


def test_japanese_added_is_a_verb_of_saying():
    text = "ラブロフ外相は記者会見に臨んだ。さらに、北方領土はロシアの領土だと付け加えた。"
    assert [s.speaker for s in treaty(extract(text, "ja", "2026-04-01"))] == ["Sergei Lavrov"]


def test_a_wires_dateline_is_not_part_of_the_statement():
    for text, language, opening in (
            ("MOSCOW, March 21 (Xinhua) -- The Russian Foreign Ministry said Moscow would not continue peace treaty "
             "talks with Japan.", "en", "The Russian Foreign Ministry said"),
            ("TOKYO (Jiji Press) — Chief Cabinet Secretary Hirokazu Matsuno said Japan would keep seeking a peace "
             "treaty.", "en", "Chief Cabinet Secretary Hirokazu Matsuno said"),
            ("MOSCOW, January 18. /TASS/. Russia sees no basis for peace treaty talks with Japan, Russian Foreign "
             "Minister Sergei Lavrov said.", "en", "Russia sees no basis"),
            ("МОСКВА, 18 янв — РИА Новости. Россия не видит оснований для переговоров о мирном договоре с Японией, "
             "заявил Сергей Лавров.", "ru", "Россия не видит"),
            ("【モスクワ共同】ロシアのルデンコ外務次官は、平和条約交渉の再開の根拠はないと述べた。", "ja", "ロシアのルデンコ"),
            ("Москва. 5 сентября. INTERFAX.RU - Россия не прерывала диалог с Японией о мирном договоре, заявил "
             "Владимир Путин.", "ru", "Россия не прерывала")):
        assert [s.quote[:len(opening)] for s in treaty(extract(text, language, "2022-03-22"))] == [opening], text


def test_a_name_with_its_institution_in_the_title_set_off_by_commas_speaks():
    for text, name in (("Maria Zakharova, the spokeswoman of the Russian Foreign Ministry, said Tokyo's territorial "
                        "claims are baseless.", "Maria Zakharova"),
                       ("Dmitry Peskov, the spokesman for the Kremlin, said peace treaty talks were impossible.",
                        "Dmitry Peskov")):
        assert [s.speaker for s in treaty(extract(text, "en", "2024-02-08"))] == [name], text


def test_a_japanese_sentence_without_a_subject_goes_on_with_the_statement_before_it():
    text = ("ロシア外務省のザハロワ情報局長は記者会見で、北方領土への日本の主張について「根拠がない」と述べた。"
            "島々は第2次大戦の結果ロシア領になったと主張した。")
    assert [s.speaker for s in treaty(extract(text, "ja", "2024-02-08"))] == ["Maria Zakharova"] * 2
    # where he spoke is no statement; a side or a title of its own is another subject
    for second in ("国営テレビのインタビューで語った。", "これに対し日本側は、北方領土は日本固有の領土だと反論した。",
                   "これに対し、北方領土は日本固有の領土だと反論した。", "一方、北方領土は日本固有の領土だと反論した。"):
        found = extract("ラブロフ外相は、平和条約交渉は不可能だと述べた。" + second, "ja", "2024-02-08")
        assert [s.speaker for s in found] == ["Sergei Lavrov"], second


def test_accused_in_russian_and_declining_to_go_into_details_in_three_languages():
    text = "Галузин обвинил Японию в попытках пересмотреть итоги Второй мировой войны."
    assert [s.speaker for s in treaty(extract(text, "ru", "2023-05-10"))] == ["Mikhail Galuzin"]
    for text, language in (("Kono declined to elaborate on the peace treaty talks.", "en"),
                           ("Лавров не стал вдаваться в подробности переговоров о мирном договоре.", "ru"),
                           ("岸田首相は平和条約交渉について「現時点で申し上げることはない」と述べるにとどめた。", "ja")):
        assert not treaty(extract(text, language, "2023-05-10")), text
    but = "Abe declined to go into details of the peace treaty talks but said a deal was within reach."
    assert treaty(extract(but, "en", "2018-11-20"))


def test_quoting_the_president_in_the_genitive_points_back_to_the_one_named_before():
    text = ("Путин заявил, что сроков нет. «Никаких сроков для переговоров о мирном договоре нет», — цитирует "
            "президента ТАСС.")
    assert [(s.speaker, s.direct) for s in treaty(extract(text, "ru", "2019-01-22"))] == [("Vladimir Putin", True)]


def test_answers_labelled_answer_under_a_heading_with_a_possessive_name():
    text = ("Foreign Minister Sergey Lavrov's answers to media questions after talks with his Mongolian counterpart\n\n"
            "Question: Is Russia ready to resume peace treaty talks with Japan?\n\n"
            "Answer: As long as Tokyo pursues its current course, we see no basis for such talks.\n\n"
            "Question: And the situation in the Middle East?\n\nAnswer: We call for an immediate ceasefire.")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "en", "2024-01-18")] == [
        ("Sergei Lavrov", True), ("Sergei Lavrov", False)]


def test_the_other_sides_minister_after_an_unnamed_counterpart_and_his_counterpart():
    for text in ("The Japanese foreign minister told his Russian counterpart that Tokyo wanted to advance talks on a "
                 "peace treaty. The Russian minister replied that the islands' sovereignty was not up for discussion.",
                 "Kishida told his Russian counterpart that Tokyo wanted to advance talks. His counterpart said the "
                 "islands' sovereignty was not up for discussion."):
        assert [s.speaker for s in treaty(extract(text, "en", "2015-09-21"))][-1] == "Sergei Lavrov", text


def test_the_kurils_a_part_of_russia_after_a_dash():
    text = "Премьер-министр России Дмитрий Медведев посетил Итуруп. «Курилы — часть России», — заявил глава правительства."
    assert [s.speaker for s in treaty(extract(text, "ru", "2015-08-22"))] == ["Dmitry Medvedev"]


def test_the_eastern_economic_forum_is_where_the_words_were_said_not_their_subject():
    text = ("Putin said Japan's sanctions had made it impossible to continue talks on a peace treaty.\n\n"
            '"We did not cut off the dialogue. It was the Japanese side that did so," Putin told a plenary session of '
            'the Eastern Economic Forum, adding that Moscow remained "open" to contacts if Tokyo changed its policy.')
    assert [s.peace_treaty for s in extract(text, "en", "2024-09-05")] == [True, True]


def test_a_reaction_to_the_decision_told_a_paragraph_of_background_earlier():
    text = ('"Under the current conditions, Russia does not intend to continue negotiations with Japan on a peace '
            'treaty," the Russian Foreign Ministry said.\n\nThe ministry also said it would end visa-free trips by '
            "former residents. The islands were seized by Soviet troops in 1945.\n\n"
            'Prime Minister Fumio Kishida called the decision "extremely unjust and totally unacceptable."')
    assert [s.speaker for s in treaty(extract(text, "en", "2022-03-22"))] == ["Russian Foreign Ministry", "Fumio Kishida"]
    other = text.replace("Prime Minister Fumio Kishida called the decision", "Prime Minister Fumio Kishida called "
                         "the decision of the G7 on oil prices")
    assert [s.speaker for s in treaty(extract(other, "en", "2022-03-22"))] == ["Russian Foreign Ministry"]


def test_more_english_verbs_of_saying():
    for verb in ("scoffed", "mused", "proclaimed"):
        text = f"Lavrov {verb} that the peace treaty talks with Japan were impossible."
        assert [s.speaker for s in treaty(extract(text, "en", "2021-12-01"))] == ["Sergei Lavrov"], verb


def test_more_russian_and_japanese_verbs_of_saying():
    text = "Лавров акцентировал внимание на том, что переговоры о мирном договоре с Японией невозможны."
    assert [s.speaker for s in treaty(extract(text, "ru", "2021-12-01"))] == ["Sergei Lavrov"]
    for verb in ("示唆した", "言及した"):
        text = f"ラブロフ外相は、平和条約交渉は不可能だと{verb}。"
        assert [s.speaker for s in treaty(extract(text, "ja", "2021-12-01"))] == ["Sergei Lavrov"], verb


def test_a_japanese_protest_after_as_with_or_without_commas_between():
    for text in ("政府は「北方領土は日本固有の領土であり、受け入れられない」としてロシア側に抗議しました。",
                 "政府は、北方領土は日本固有の領土だとして、外交ルートを通じ、ロシア側に抗議した。"):
        assert [s.speaker for s in treaty(extract(text, "ja", "2026-02-10"))] == ["Japanese government"], text


def test_one_official_transcript_label_makes_the_paragraphs_below_it_the_speakers():
    """An excerpt of a kremlin.ru or mofa.go.jp transcript may hold one label: the paragraphs under "В.Путин:" go on
    with his turn; a reporter labelled by outlet and surname ("NHK, Aoki:") asks; a section heading between the
    turns is nobody's words. A news article's "Name: …" line is still no transcript."""
    text = ("В.Путин: Что касается мирного договора с Японией, то не мы прекратили эти переговоры.\n\n"
            "Острова — это российская территория, и этот вопрос закрыт.")
    found = extract(text, "ru", "2026-09-05")
    assert [(s.speaker, s.rule) for s in found] == [("Vladimir Putin", "transcript")] * 2
    assert all(s.peace_treaty for s in found)
    text = ("Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs: I have one announcement today.\n\n"
            "Japan will keep its policy of resolving the territorial issue and concluding a peace treaty.\n\n"
            "Relations with Russia\n\n"
            "NHK, Aoki: Minister, Moscow says the peace treaty talks are over. Do you agree?\n\n"
            "The Kremlin's words on the peace treaty are regrettable.")
    found = extract(text, "en", "2022-04-15")
    assert [s.quote for s in treaty(found)] == [
        "Japan will keep its policy of resolving the territorial issue and concluding a peace treaty."]
    assert {s.speaker for s in found} == {"Yoshimasa Hayashi"}
    text = ("Lavrov: talks with Japan are over\n\nThe Russian minister spoke in Moscow on Friday.\n\n"
            "Tokyo has not responded.")
    assert extract(text, "en", "2022-04-15") == []


def test_an_answers_sentence_on_the_treaty_by_its_context_carries_the_context_on():
    """"Japan itself abandoned the dialogue" is the treaty's by the sentence before; the answer's next "ready to
    return to the talks" still is. Once the answer moves to other subjects, its later "talk" is not."""
    text = ("В.Путин: Что касается мирного договора с Японией, то не мы прекратили эти переговоры. Японская сторона "
            "сама отказалась от диалога. Мы готовы вернуться к переговорам, если Токио изменит позицию.")
    assert [s.peace_treaty for s in extract(text, "ru", "2026-09-05")] == [True] * 3
    text = ("Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs: We advanced the peace treaty negotiations. We will "
            "keep discussing the gap between our positions. We also discussed piracy and narcotics in the region. "
            "Minister Lavrov also organized an informal talk yesterday.")
    assert [s.peace_treaty for s in extract(text, "en", "2019-12-19")] == [True, True, False, False]


def test_a_statement_named_before_its_maker_in_russian():
    """«Заявление о том, что …, сделал X»: the content first, its maker after the verb; «Такую позицию озвучил X»
    after a sentence gives that sentence its speaker."""
    found = extract("Заявление о том, что переговоры по мирному договору невозможны, сделал в эфире программы «Вести» "
                    "пресс-секретарь президента Дмитрий Песков.", "ru", "2023-01-18")
    assert [(s.speaker, s.peace_treaty) for s in found] == [("Dmitry Peskov", True)]
    found = extract("Токио сам разрушил основу для диалога по мирному договору. Такую позицию озвучил глава "
                    "российского МИД Сергей Лавров.", "ru", "2023-01-18")
    assert [(s.speaker, s.peace_treaty, s.rule) for s in found] == [("Sergei Lavrov", True, "restates_previous")]


def test_a_japanese_clause_subject_is_not_the_verbs():
    text = ("ロシア外務省が平和条約交渉を中断すると発表したことについて、岸田総理大臣は「極めて不当だ」と述べました。")
    assert [s.speaker for s in extract(text, "ja", "2022-03-22")] == ["Fumio Kishida"]
    text = "ロシア外務省は平和条約交渉を中断すると発表しました。"
    assert [s.speaker for s in extract(text, "ja", "2022-03-22")] == ["Russian Foreign Ministry"]
    # "Xが「…」と述べたのに対し、Yは「…」と強調": each quote its own speaker's
    text = ("ザハロワ報道官が「日本との対話はあり得ない」と述べたのに対し、松野官房長官は「北方領土問題を解決して平和条約を"
            "締結する方針に変わりはない」と強調しました。")
    assert [s.speaker for s in extract(text, "ja", "2023-01-19")] == ["Maria Zakharova", "Hirokazu Matsuno"]
    # "Xが…について問われ、Yは…": Y was asked and answers
    text = "プーチン大統領が北方領土を訪問する可能性について問われ、岸田総理大臣は「北方領土は我が国固有の領土だ」と述べました。"
    assert [s.speaker for s in extract(text, "ja", "2023-01-19")] == ["Fumio Kishida"]


def test_a_quote_pointing_back_to_the_treaty_condition_before_it_is_on_the_treaty():
    """'"There will be no progress without it," the minister stressed' a paragraph after Lavrov's condition for a
    peace treaty: "it" is that condition. Machine English's "the head of the Foreign Ministry" is the minister."""
    for text, language in (
            ("MOSCOW, April 15. Japan must fully recognize the outcome of World War II before any talk of a peace "
             "treaty, Russian Foreign Minister Sergey Lavrov said.\n\n\"There will be no progress without it,\" the top "
             "Russian diplomat emphasized.", "en"),
            ("МОСКВА, 15 апр. Япония должна признать итоги Второй мировой войны, прежде чем говорить о мирном договоре, "
             "заявил Сергей Лавров.\n\n\"Без этого никакого продвижения не будет\", - подчеркнул глава МИД.", "ru"),
            ("MOSCOW, April 15. Japan should recognize the outcomes of the Second World War before talking about the "
             "peace contract, declared Sergey Lavrov.\n\n\"Without it no advancement will be,\" stressed the head of the "
             "Foreign Ministry.", "en")):
        assert [(s.speaker, s.peace_treaty) for s in extract(text, language, "2027-04-15")] == \
            [("Sergei Lavrov", True)] * 2, text
    # a short quote with no pointer back after it stays off the treaty
    text = ("MOSCOW, April 15. Japan must recognize the outcome of World War II before any talk of a peace treaty, "
            "Lavrov said.\n\n\"The weather in Moscow is fine,\" he added.")
    assert [s.peace_treaty for s in extract(text, "en", "2027-04-15")] == [True, False]


def test_a_participle_after_a_comma_is_the_clauses_not_the_name_after_with():
    """"…settle the issue with President Putin, adding: '…'": the comma ends "with"; the words are the subject's
    (here nobody's: "the prime minister" with no country named), never Putin's. "with X calling it '…'" is X's."""
    text = ('The prime minister said he was determined to settle the issue with President Putin, adding: "I will not '
            'leave this problem to the next generation."')
    assert all(s.speaker != "Vladimir Putin" for s in extract(text, "en", "2019-02-07"))
    text = ('Abe spoke at the rally. The prime minister said he was determined to settle the issue with President '
            'Putin, adding: "I will not leave this problem to the next generation."')
    assert {s.speaker for s in extract(text, "en", "2019-02-07")} == {"Shinzo Abe"}
    text = ('Japan protested strongly, with Chief Cabinet Secretary Hirokazu Matsuno calling the suspension of the '
            'peace treaty talks "unacceptable."')
    assert [s.speaker for s in extract(text, "en", "2022-03-22")] == ["Hirokazu Matsuno"]


def test_a_title_set_off_from_its_verb_by_an_aside_and_a_position_voiced():
    """«Президент, отвечая на вопрос модератора, подчеркнул, что …» after Putin is named: the title before the
    aside is the subject. «Позицию Москвы озвучил Руденко: …»: the position voiced, its speaker after the verb."""
    for text, language in (
            ("Владимир Путин выступил на ВЭФ. Президент, отвечая на вопрос модератора, подчеркнул, что Россия не "
             "отказывалась от переговоров с Японией по мирному договору.", "ru"),
            ("Vladimir Putin spoke at the forum. The president, answering a question from the moderator, stressed "
             "that Russia had not abandoned the peace treaty talks with Japan.", "en")):
        assert [(s.speaker, s.peace_treaty) for s in extract(text, language, "2024-09-05")] == [("Vladimir Putin", True)]
    text = "Позицию Москвы по Курилам озвучил замглавы МИД Андрей Руденко: суверенитет России не подлежит обсуждению."
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "ru", "2024-09-05")] == [("Andrei Rudenko", True)]


def test_an_answer_pointing_back_to_a_question_on_the_claim_is_on_it():
    """"Answer: We regard this annual campaign as an unfriendly step", answering a question on "Northern Territories
    Day": the campaign the question named. An answer that points back to a question on something else is not."""
    text = ("Вопрос: Как Вы прокомментируете проведение в Японии так называемого «Дня северных территорий»?\n\n"
            "С.Лавров: Мы рассматриваем эту ежегодную кампанию как недружественный шаг.")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "ru", "2027-02-06")] == [("Sergei Lavrov", True)]
    text = ("Вопрос: Как Вы прокомментируете новые японские квоты на вылов лосося?\n\n"
            "С.Лавров: Мы рассматриваем этот шаг как недружественный.")
    assert [s.peace_treaty for s in extract(text, "ru", "2027-02-06")] == [False]


def test_a_japanese_statement_issued_with_its_verb_of_criticism():
    """"…と非難する談話を発表しました": a statement issued; the speaker followed by は, though a clause with が
    follows ("日本が…を設けていることについて"), is the subject."""
    text = ("一方、ロシア外務省のザハロワ報道官は、日本が「北方領土の日」を設けていることについて「反ロシア的な"
            "キャンペーンだ」と非難する談話を発表しました。")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "ja", "2026-02-07")] == [("Maria Zakharova", True)]


def test_an_unnamed_member_of_an_institution_is_nobody():
    """"a source in the Japanese Foreign Ministry told …", "said a Japanese Foreign Ministry official", «как пояснил
    источник в японском МИД»: anonymous, not the ministry's statement; the ministry itself still speaks."""
    for text, language in (
            ("Tokyo will not give up its claims to the islands, said a Japanese Foreign Ministry official.", "en"),
            ("Tokyo will not give up its claims to the islands, a source in the Japanese Foreign Ministry told "
             "Kommersant.", "en"),
            ('Как пояснил "Ъ" источник в японском МИД, Токио не намерен отказываться от претензий на Курилы.', "ru")):
        assert extract(text, language, "2025-11-20") == [], text
    found = extract("The Japanese Foreign Ministry said Tokyo will not give up its claims to the islands.", "en",
                    "2025-11-20")
    assert [s.speaker for s in found] == ["Japanese Foreign Ministry"]


def test_a_pair_of_subjects_is_filed_under_the_same_one_whichever_comes_first():
    for text, language in (("Prime Minister Shinzo Abe and Russian President Vladimir Putin agreed to speed up peace "
                            "treaty talks.", "en"),
                           ("Президент России Владимир Путин и премьер-министр Японии Синдзо Абэ договорились ускорить "
                            "переговоры по мирному договору.", "ru")):
        assert [s.speaker for s in extract(text, language, "2018-11-14")] == ["Shinzo Abe"], text


def test_the_two_leaders_are_filed_under_the_same_one_in_every_language():
    for text, language in (
            ("Abe and Putin met in Singapore. The two leaders agreed to accelerate peace treaty talks on the basis of "
             "the 1956 declaration.", "en"),
            ("Путин и Абэ встретились в Сингапуре. Лидеры договорились ускорить переговоры о мирном договоре на основе "
             "декларации 1956 года.", "ru"),
            ("プーチン大統領と安倍首相はシンガポールで会談した。両首脳は1956年の日ソ共同宣言を基礎に平和条約交渉を加速させる"
             "ことで合意した。", "ja")):
        assert [s.speaker for s in extract(text, language, "2018-11-14")] == ["Shinzo Abe"], text


def test_written_words_in_the_present_tense_of_russian_news_copy():
    """«…», — пишет Медведев в своем Telegram-канале: his written words, as «написал» already was; «…, пишет
    Коммерсант» is a newspaper's report, nobody's statement."""
    for text in ("«Тема мирного договора с Японией закрыта», — пишет Медведев в своем Telegram-канале.",
                 "Тема мирного договора с Японией закрыта, пишет Медведев в своем Telegram-канале."):
        assert [(s.speaker, s.peace_treaty) for s in extract(text, "ru", "2025-03-05")] == [("Dmitry Medvedev", True)]
    assert extract("Япония может предложить возобновить переговоры о мирном договоре, пишет Коммерсант.", "ru",
                   "2025-03-05") == []


def test_machine_translated_attributions_of_russian_copy():
    """Aggregators' English of Russian copy: «По словам Лаврова» as "According to the words of Lavrov", «Такое мнение
    высказал Галузин» as "Such opinion was expressed by Galuzin" after the words; still not "according to reports in
    the media" nor "a view shared by many experts"."""
    said = "the peace treaty talks are impossible while Japan imposes sanctions."
    for text, speaker in ((f"According to the words of Lavrov, {said}", "Sergei Lavrov"),
                          (f"According to the words of Russian Foreign Minister Sergey Lavrov, {said}", "Sergei Lavrov"),
                          ("The Japanese side is not ready for the peace treaty. Such opinion was expressed by Galuzin.",
                           "Mikhail Galuzin"),
                          ("The Japanese side is not ready for the peace treaty. This view was voiced by Deputy Foreign "
                           "Minister Mikhail Galuzin.", "Mikhail Galuzin")):
        assert [(s.speaker, s.peace_treaty) for s in extract(text, "en", "2025-03-05")] == [(speaker, True)], text
    assert extract(f"According to reports in the media of Japan, {said}", "en", "2025-03-05") == []
    assert extract("The Japanese side is not ready for the peace treaty. This view was shared by many experts.", "en",
                   "2025-03-05") == []


def test_a_machine_translated_setting_and_subject_matter_between_the_name_and_its_verb():
    """Machine-translated Japanese puts the setting and the subject matter between the subject and its verb
    ("Matsuno at the press conference of the 5th, about Russia's announcement of drills on the islands, stated
    '…'"): the name before them speaks."""
    text = ("Chief Cabinet Secretary Matsuno at the press conference of the 5th, about Russia's announcement of the "
            "military drills on the four islands, stated \"the Northern Territories are islands over which our country "
            "has sovereignty\".")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "en", "2023-03-05")] == [("Hirokazu Matsuno", True)]


def test_no_break_and_thin_spaces_read_as_spaces_and_the_span_stays_the_pages():
    """A page's "Sergei\\u00a0Lavrov" or "12\\u202fDecember" (no-break and thin spaces, as trafilatura keeps them):
    the rules read spaces; the statement's span is still the page's own characters."""
    text = ("The two countries must make a peace\u00a0treaty on the Kuril\u202fIslands, stated\u00a0Japanese\u00a0Prime"
            "\u00a0Minister\u00a0Shinzo\u00a0Abe.")
    [st] = extract_statements(text, "en", "2018-09-12")
    assert (st.speaker, st.peace_treaty) == ("Shinzo Abe", True)
    assert st.quote == text[st.start:st.end] and "\u00a0" in st.quote


def test_the_verb_of_a_who_clause_is_its_antecedents_even_after_a_preposition():
    """"… echoed those of Foreign Minister Sergei Lavrov, who said last month that …", "He was referring to Lavrov,
    who earlier said that …": the relative clause's verb is Lavrov's, though his name is governed by "of" / "to"."""
    for text in ("Peskov's remarks echoed those of Foreign Minister Sergei Lavrov, who said last month that Tokyo must "
                 "accept the results of World War II.",
                 "He was referring to Lavrov, who earlier said that the peace treaty talks were dead."):
        assert [(s.speaker, s.peace_treaty) for s in extract(text, "en", "2025-02-01")] == [("Sergei Lavrov", True)], text


def test_a_japanese_resolve_stated_is_a_statement():
    """「…」との決意を示した / 意思を示した: a resolve stated, as 考えを示した is."""
    text = "安倍首相は、北方領土問題について「私とプーチン大統領の手で必ずや終止符を打つ」との決意を示した。"
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "ja", "2016-12-16")] == [("Shinzo Abe", True)]
    text = "岸田首相は、領土問題を解決して平和条約を締結するとの意思を改めて示した。"
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "ja", "2022-02-07")] == [("Fumio Kishida", True)]


def test_a_papers_quoted_name_after_the_attribution_does_not_split_the_quote():
    """«…», — приводит слова Мотэги японская газета «Асахи»: «Асахи» is the paper, not the quote going on; the
    statement does not run into the attribution as one split quote."""
    text = "«Мы продолжим переговоры о мирном договоре», — приводит слова Мотэги японская газета «Асахи»."
    [st] = extract(text, "ru", "2026-02-07")
    assert st.speaker == "Toshimitsu Motegi" and st.rule != "split_quote"
    assert not st.quote.startswith("Мы продолжим переговоры о мирном договоре»")


def test_a_whose_clause_between_the_subject_and_its_verb_is_an_aside():
    """"Lavrov, whose ministry summoned the Japanese ambassador last week, said …": Lavrov speaks, not the
    ambassador named inside the clause."""
    text = "Lavrov, whose ministry summoned the Japanese ambassador last week, said the Kurils issue was closed."
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "en", "2026-02-07")] == [("Sergei Lavrov", True)]


def test_an_institutions_official_named_between_it_and_the_verb_is_the_official():
    """"Japanese Foreign Ministry Press Secretary Toshihiro Kitamura (also) said": the press secretary, named as
    written, not the ministry; the ministry's registered spokeswoman by her title is still hers."""
    said = "said Russia's claims regarding the Northern Territories were unacceptable."
    for text in (f"Japanese Foreign Ministry Press Secretary Toshihiro Kitamura {said}",
                 f"Japanese Foreign Ministry Press Secretary Toshihiro Kitamura also {said}"):
        assert [s.speaker for s in extract(text, "en", "2025-03-05")] == ["Toshihiro Kitamura"], text
    assert [s.speaker for s in extract("The Russian Foreign Ministry spokeswoman said the Kurils were Russian "
                                       "territory.", "en", "2025-03-05")] == ["Maria Zakharova"]


def test_a_russian_title_institution_and_unregistered_name_before_the_verb():
    """«Директор департамента МИД России Иван Петров заявил», «Официальный представитель МИД Японии Тосихиро Китамура
    заявил»: the official named after the ministry speaks, as written (and the Japanese ministry's spokesman is not
    the Russian ministry's spokeswoman's office)."""
    for text, name in (("Директор третьего департамента Азии МИД России Иван Петров заявил, что Курилы являются "
                        "российской территорией.", "Иван Петров"),
                       ("Официальный представитель МИД Японии Тосихиро Китамура заявил, что северные территории "
                        "принадлежат Японии.", "Тосихиро Китамура")):
        assert [(s.speaker, s.peace_treaty) for s in extract(text, "ru", "2025-03-05")] == [(name, True)], text


def test_a_japanese_unregistered_bureau_director_kept_as_written():
    """ロシア外務省のペトロフ第3アジア局長は…と述べた: a bureau director (局長) with a number in the title, kept as written."""
    text = "ロシア外務省のペトロフ第3アジア局長は、クリール諸島はロシアの領土だと述べた。"
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "ja", "2025-03-05")] == [("ペトロフ第3アジア局長", True)]


def test_a_list_of_linked_headlines_under_more_news_on_this_topic_is_nobodys():
    """"More news on this topic:" / «Новости по теме:» above linked headlines ("Medvedev: Kurils are Russian land
    forever"): links, not a transcript turn nor a statement."""
    for header in ("More news on this topic:", "Новости по теме:", "Еще по теме"):
        text = ("MOSCOW, March 5. /TASS/. Russia sees no basis for peace treaty talks with Japan, Kremlin spokesman "
                f"Dmitry Peskov said.\n\n{header}\nMedvedev: Kurils are Russian land forever\nJapan protests Russian "
                "drills on Iturup")
        assert [s.speaker for s in extract(text, "en", "2025-03-05")] == ["Dmitry Peskov"], header


def test_short_name_and_colon_lines_without_a_full_stop_are_linked_headlines():
    """A page's linked headlines below the article ("Medvedev: Kurils are Russian land forever", «Лавров: Япония
    должна признать Курилы российскими»), one or several: no transcript turns, no statements; a transcript's turn
    with its full stop still is one."""
    lead = ("MOSCOW, March 5. /TASS/. Russia sees no basis for peace treaty talks with Japan, Kremlin spokesman "
            "Dmitry Peskov said.")
    for links in ("\n\nMedvedev: Kurils are Russian land forever\n\nJapan protests Russian drills on Iturup",
                  "\nLavrov: Japan must recognize the Kurils as Russian\nZakharova: Tokyo's claims are groundless"):
        assert [s.speaker for s in extract(lead + links, "en", "2025-03-05")] == ["Dmitry Peskov"], links
    turns = ("Question: Is a peace treaty with Japan possible?\n\nS.Lavrov: Not while Tokyo keeps its sanctions. "
             "The peace treaty talks are frozen.")
    assert ("Sergei Lavrov", True) in [(s.speaker, s.peace_treaty) for s in extract(turns, "en", "2025-03-05")]


def test_an_unnamed_aide_or_deputy_of_a_named_principal_is_nobody():
    """«Помощник Путина заявил», «Заместитель Лаврова заявил», "A Putin aide said": an unnamed aide speaks, not the
    principal; «Помощник президента Юрий Ушаков заявил» and "Putin ally Medvedev said" are still the named ones."""
    said_ru = "заявил, что переговоры о мирном договоре с Японией невозможны."
    for text, language in ((f"Помощник Путина {said_ru}", "ru"), (f"Заместитель Лаврова {said_ru}", "ru"),
                           ("A Putin aide said peace treaty talks with Japan were impossible.", "en")):
        assert extract(text, language, "2025-03-05") == [], text
    assert [s.speaker for s in extract(f"Помощник президента Юрий Ушаков {said_ru}", "ru", "2025-03-05")] == [
        "Yuri Ushakov"]
    assert [s.speaker for s in extract("Putin ally Medvedev said the Kurils were Russian land.", "en",
                                       "2025-03-05")] == ["Dmitry Medvedev"]


def test_a_restating_attribution_to_a_source_in_the_ministry_is_nobodys():
    """«Об этом со ссылкой на источник в МИД сообщает РИА Новости: …»: an unnamed source in the ministry, not the
    ministry's statement; «Об этом заявили в МИД России: …» still is the ministry's."""
    text = "Об этом со ссылкой на источник в МИД сообщает РИА Новости: Москва не будет обсуждать принадлежность Курил."
    assert extract(text, "ru", "2025-03-05") == []
    text = "Москва не будет обсуждать принадлежность Курил. Об этом заявили в МИД России."
    assert [s.speaker for s in extract(text, "ru", "2025-03-05")] == ["Russian Foreign Ministry"]


def test_a_japanese_view_also_shown_is_a_statement():
    """「…だとの認識も示した」, 「…との考えも示しました」: the view "also" shown is a statement like the one shown."""
    for text in ("ペスコフ氏は、日本の現政権の下では平和条約交渉の再開は不可能だとの認識も示した。",
                 "ラブロフ外相は、北方領土は第2次世界大戦の結果ロシア領になったとの考えも示しました。"):
        found = extract(text, "ja", "2026-11-11")
        assert [(s.speaker != "", s.peace_treaty) for s in found] == [(True, True)], text


def test_quoted_as_saying_in_the_pluperfect_names_the_speaker_of_the_who_clause():
    """"…remarks by Sergei Lavrov, who had been quoted by the RIA news agency as saying the question of the Kurils
    'was closed long ago'": Lavrov's words, not the sentence's subject's."""
    text = ("Motegi was responding to remarks by Russian Foreign Minister Sergei Lavrov, who had been quoted by the "
            "RIA news agency as saying the question of the Kurils \"was closed long ago.\"")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "en", "2026-11-10")] == [("Sergei Lavrov", True)]


def test_an_answer_judging_the_treaty_question_by_a_pronoun_is_on_the_treaty():
    """"Asked whether Moscow would return to peace treaty negotiations, Peskov replied that the leadership had made
    that impossible" (or "ruled it out", «сделало это невозможным»): the answer is on the talks; an answer about a
    visit is still not."""
    for text, language in (
            ("Asked whether Moscow would return to peace treaty negotiations, Peskov replied that the current "
             "Japanese leadership had made that impossible.", "en"),
            ("Asked whether Moscow would resume the talks on a peace treaty, Lavrov said the Japanese government had "
             "ruled it out by joining the sanctions.", "en"),
            ("Отвечая на вопрос о возможности возобновления переговоров о мирном договоре, Песков сказал, что "
             "нынешнее руководство Японии сделало это невозможным.", "ru")):
        assert [s.peace_treaty for s in extract(text, language, "2026-11-11")] == [True], text
    text = "Asked about the peace treaty, Suga only said that Abe will visit Vladivostok in September for the forum."
    assert [s.peace_treaty for s in extract(text, "en", "2019-06-11")] == [False]


def test_a_bare_treaty_with_a_country_after_sentences_on_the_peace_treaty_is_the_peace_treaty():
    """"…cannot sign a treaty with a country that imposes sanctions", reported or quoted, a sentence after one on
    the talks that followed one on the peace treaty: the peace treaty; a treaty on nuclear weapons is not."""
    lead = ("Japan's Chief Cabinet Secretary Minoru Kihara has responded to remarks by Russian President Vladimir "
            "Putin on a peace treaty.\n\nHe also said it is Russia that has unilaterally suspended the negotiations.")
    for said in ("Putin said on Friday that Moscow is open to dialogue, but cannot sign a treaty with a country that "
                 "imposes sanctions.",
                 "\"You cannot sign a treaty with a country that imposes sanctions on you,\" Putin said on Friday."):
        found = extract(f"{lead}\n\n{said}", "en", "2026-09-06")
        assert [(s.speaker, s.peace_treaty) for s in found][-1] == ("Vladimir Putin", True), said
    said = "\"Japan should sign the treaty on the prohibition of nuclear weapons,\" Putin said on Friday."
    assert [(s.speaker, s.peace_treaty) for s in extract(f"{lead}\n\n{said}", "en", "2026-09-06")][-1] == (
        "Vladimir Putin", False)


def test_responding_to_remarks_with_no_words_of_ones_own_is_no_statement():
    """"Kihara has responded to remarks by Russian President Vladimir Putin on a peace treaty.": what he answered,
    not what he said; "…responded to the remarks, saying the policy remains unchanged" still is his statement."""
    for text, language in (("Japan's Chief Cabinet Secretary Minoru Kihara has responded to remarks by Russian "
                            "President Vladimir Putin on a peace treaty.", "en"),
                           ("Министр иностранных дел Японии Тосимицу Мотэги ответил на заявление Путина о мирном "
                            "договоре.", "ru")):
        assert extract(text, language, "2026-09-06") == [], text
    text = ("Chief Cabinet Secretary Minoru Kihara responded to the remarks on Saturday, saying Japan's policy of "
            "concluding a peace treaty remains unchanged.")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "en", "2026-09-06")] == [("Minoru Kihara", True)]


def test_a_japanese_quote_said_in_the_clause_a_reply_is_about_is_its_subjects():
    """「木原官房長官が北方領土を「ロシアに不法占拠されている」と発言したことについて「遺憾の念しか呼び起こさない」と
    反発した」: the first words are the Chief Cabinet Secretary's, the reply's speaker says only the second; with
    nobody marked by が the first words are nobody's."""
    text = ("ロシア外務省のザハロワ報道官は２日の記者会見で、木原官房長官が北方領土を「ロシアに不法占拠されている」と発言した"
            "ことについて「遺憾の念しか呼び起こさない」と反発した。")
    assert [(s.speaker, s.quote) for s in extract(text, "ja", "2026-10-02")] == [
        ("Minoru Kihara", "ロシアに不法占拠されている"), ("Maria Zakharova", "遺憾の念しか呼び起こさない")]
    text = ("ロシア外務省のザハロワ報道官は２日、北方領土を「ロシアに不法占拠されている」と発言したことについて「遺憾の念しか"
            "呼び起こさない」と反発した。")
    assert [(s.speaker, s.quote) for s in extract(text, "ja", "2026-10-02")] == [
        ("Maria Zakharova", "遺憾の念しか呼び起こさない")]


def test_russian_islands_said_to_be_occupied_after_sentences_naming_the_kurils_are_the_disputed_ones():
    """«Ранее … Минору Кихара заявил, что острова незаконно оккупированы Россией», two sentences after one on the
    Southern Kurils: Russian has no article, "острова" are the Kurils; with no islands named before they are not."""
    lead = ("Мария Захарова назвала провокацией заявление японского правительства о «незаконной оккупации» Южных "
            "Курил.\n\n«Подобные высказывания ничего, кроме сожаления, не вызывают», — отметила дипломат.\n\n")
    said = "Ранее генеральный секретарь кабинета министров Японии Минору Кихара заявил, что острова незаконно оккупированы."
    found = extract(lead + said, "ru", "2026-10-02")
    assert (found[-1].speaker, found[-1].peace_treaty) == ("Minoru Kihara", True)
    assert [s.peace_treaty for s in extract(said, "ru", "2026-10-02")] == [False]


def test_with_such_a_statement_came_out_restates_the_sentence_before_for_the_official_named():
    """«…, считают в российском МИД. С таким заявлением выступила … Мария Захарова» and its machine English "With
    such a statement came out the official representative of the Ministry of Foreign Affairs of Russia Maria
    Zakharova": the sentence before is the spokeswoman's, not her ministry's."""
    for text, language in (
            ("Позиция Японии по Курилам вызывает лишь сожаление, считают в российском МИД. С таким заявлением "
             "выступила официальный представитель ведомства Мария Захарова.", "ru"),
            ("The position of Japan on the Kuril Islands causes only regret. With such a statement came out the "
             "official representative of the Ministry of Foreign Affairs of Russia Maria Zakharova.", "en")):
        found = extract(text, language, "2026-10-02")
        assert [(s.speaker, s.peace_treaty, s.rule) for s in found] == [
            ("Maria Zakharova", True, "restates_previous")], text
    # the ministry itself when no official of it is named right after it
    text = "Токио должен признать итоги войны. Об этом заявили в МИД России в ответ на слова Кисиды."
    assert [s.speaker for s in extract(text, "ru", "2026-10-02")] == ["Russian Foreign Ministry"]


def test_a_short_quote_under_a_frame_on_the_treaty_answers_it():
    """"Regarding Russia's suspension of the peace treaty negotiations, Takaichi said: 'The responsibility lies
    entirely with the Russian side.'": on the talks, as a quote pointing back is; a quote naming the forum's
    economic talks answers something else."""
    text = ("Regarding Russia's suspension of the peace treaty negotiations, Takaichi said: \"The responsibility lies "
            "entirely with the Russian side.\"")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "en", "2026-03-12")] == [("Sanae Takaichi", True)]
    text = ("Regarding the peace treaty, Suga said: \"Abe will attend the economic forum in Vladivostok in "
            "September.\"")
    assert [s.peace_treaty for s in extract(text, "en", "2019-06-11")] == [False]


def test_laying_the_responsibility_on_a_side_is_a_statement():
    """«…возложил ответственность за прекращение переговоров о мирном договоре на Токио»: blame laid, as "blamed"."""
    text = "Глава МИД России Сергей Лавров возложил ответственность за прекращение переговоров о мирном договоре на Токио."
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "ru", "2026-03-12")] == [("Sergei Lavrov", True)]


def test_about_it_was_declared_by_restates_the_sentence_before():
    """Machine English of «Об этом в интервью РИА Новости заявил замминистра …»: "About it in an interview to RIA
    Novosti was declared by the Deputy Minister of Foreign Affairs of Russia Andrey Rudenko"."""
    text = ("Moscow does not see conditions for the resumption of the dialogue with Tokyo on the peace treaty. About "
            "it in an interview to RIA Novosti was declared by the Deputy Minister of Foreign Affairs of Russia Andrey "
            "Rudenko.")
    assert [(s.speaker, s.peace_treaty, s.rule) for s in extract(text, "en", "2026-04-20")] == [
        ("Andrei Rudenko", True, "restates_previous")]


def test_the_sentence_after_a_quote_restated_by_kou_katatta_is_about_the_quote():
    """「平和条約交渉を再開する条件は整っていない」。…外務次官は…こう語り、…批判した。 then a new paragraph "…対話の再開は
    あり得ないと強調。": the dialogue is the treaty talks the quote named."""
    text = ("「平和条約交渉を再開する条件は整っていない」。ロシアのガルージン外務次官は10日、タス通信のインタビューでこう語り、"
            "日本側の対応を批判した。\n\nガルージン氏は、日本が対ロ制裁を続ける限り、対話の再開はあり得ないと強調。")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "ja", "2026-05-10")] == [
        ("Mikhail Galuzin", True), ("Mikhail Galuzin", True)]


def test_not_intending_to_comment_is_no_statement_unless_something_is_said_after_all():
    """"…did not intend to comment on any statements of experts on the islands", «не намерен комментировать»: a
    refusal, no position; "declined to comment on the idea of leasing the islands …, stating that he intends to find a
    solution acceptable to both sides" says something after all (the subject before a participle phrase, "while
    maintaining …", still its speaker)."""
    for text, language in (("Abe stressed that he did not intend to comment on any statements of experts on the "
                            "status of the Kuril Islands.", "en"),
                           ("Песков заявил, что не намерен комментировать слова Кисиды о принадлежности Курил.", "ru")):
        assert [s.peace_treaty for s in extract(text, language, "2018-11-26")] == [False], text
    text = ("The Prime Minister of Japan Shinzo Abe in the debate in Parliament declined to comment on the idea of "
            "leasing two of the islands while maintaining the sovereignty of Russia, stating that he intends to find "
            "a solution acceptable to both sides.")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "en", "2018-11-26")] == [("Shinzo Abe", True)]


def test_telling_japan_to_forget_the_islands_is_on_the_dispute():
    """"Japan should forget about the Kurils forever", «Японии следует навсегда забыть о Курилах», 「日本は永遠に諦める
    べきだ」 (of the Northern Territories): the claim to the islands given up, the dispute's settlement."""
    for text, language in (
            ("Dmitry Medvedev wrote on Telegram that Japan should forget about the Kurils forever.", "en"),
            ("Дмитрий Медведев заявил, что Японии следует навсегда забыть о Курилах.", "ru"),
            ("ロシアのメドベージェフ前大統領は7日、北方領土について「日本は永遠に諦めるべきだ」と主張した。", "ja")):
        assert [(s.speaker, s.peace_treaty) for s in extract(text, language, "2026-02-07")] == [
            ("Dmitry Medvedev", True)], text


def test_a_subject_spoken_or_commented_on_with_nothing_of_what_was_said_is_no_statement():
    """「ラブロフ外相が日本との平和条約について発言しました」 (a blog's headline), "Lavrov commented on the peace treaty
    with Japan during his visit to Laos.": what was spoken about, not what was said; "commented on the treaty,
    saying …" and 「…について「…」と述べた」 still are statements."""
    for text, language in (("ロシアのラブロフ外相が日本との平和条約について発言しました。", "ja"),
                           ("Russian Foreign Minister Sergei Lavrov commented on the prospects of the peace treaty "
                            "with Japan during his visit to Laos.", "en")):
        assert extract(text, language, "2026-08-02") == [], text
    for text, language in (("Lavrov commented on the peace treaty with Japan, saying that the talks are frozen.", "en"),
                           ("ラブロフ外相は平和条約について「交渉は凍結されている」と述べました。", "ja")):
        assert [(s.speaker, s.peace_treaty) for s in extract(text, language, "2026-08-02")] == [
            ("Sergei Lavrov", True)], text


def test_jijis_english_dateline_is_no_part_of_the_statement():
    text = ("Tokyo, Sept. 10 (Jiji Press)--Japanese Foreign Minister Toshimitsu Motegi on Tuesday criticized Russia's "
            "plan to build a military facility on Etorofu, one of the four Russian-held islands claimed by Japan.")
    found = extract(text, "en", "2026-09-10")
    assert [(s.speaker, s.quote[:26]) for s in found] == [("Toshimitsu Motegi", "Japanese Foreign Minister ")]


def test_another_pairs_peace_treaty_in_japanese_is_not_the_treaty():
    """「アルメニアとアゼルバイジャンの平和条約」 is another pair's, as in English and Russian; 「ウクライナ情勢を理由に日本との
    平和条約交渉は不可能だ」 is still Japan's."""
    text = "ラブロフ外相は、アルメニアとアゼルバイジャンの平和条約は早期に署名されるべきだと述べました。"
    assert [s.peace_treaty for s in extract(text, "ja", "2026-10-21")] == [False]
    text = "ラブロフ外相は、ウクライナ情勢を理由に日本との平和条約交渉は不可能だと述べました。"
    assert [s.peace_treaty for s in extract(text, "ja", "2026-10-21")] == [True]


def test_a_japanese_reply_is_a_verb_of_saying():
    """「…」と応じた / と切り返した / と返した: the reply's words."""
    for verb in ("応じた", "切り返した", "返した"):
        text = ("茂木氏は平和条約を締結する方針に変わりはないと伝えた。"
                f"これに対し、ラブロフ氏は「日本が非友好的な政策を続ける限り、交渉は不可能だ」と{verb}。")
        assert [(s.speaker, s.peace_treaty) for s in extract(text, "ja", "2026-10-22")][-1] == (
            "Sergei Lavrov", True), verb


def test_a_japanese_ministrys_unnamed_spokesperson_speaks_for_it():
    """「外務省の報道官は…と述べた」 (NHK): the ministry's voice, as "a Japanese Foreign Ministry spokesperson said";
    「ロシア外務省の報道官は」 is still the Russian spokeswoman, 「外務省の担当者は」 nobody in particular."""
    said = "、北方領土は日本固有の領土だと述べました。"
    for subject, speakers in (("外務省の報道官は", ["Japanese Foreign Ministry"]),
                              ("日本外務省の報道官は", ["Japanese Foreign Ministry"]),
                              ("ロシア外務省の報道官は", ["Maria Zakharova"]), ("外務省の担当者は", [])):
        assert [s.speaker for s in extract(subject + said, "ja", "2026-10-24",
                                           url="https://www3.nhk.or.jp/news/a.html")] == speakers, subject


def test_a_reporter_named_by_outlet_in_a_japanese_transcript_asks_a_question():
    """【NHK　記者】, 【読売新聞　記者】: the reporter's question (Lavrov's words it cites are no statement here), and
    the minister's answer ends where the next question begins."""
    text = ("茂木外務大臣会見記録\n\n【NHK　記者】ロシアのラブロフ外相が、日本との平和条約交渉は不可能だと発言しました。受け止めを"
            "お願いします。\n\n【茂木外務大臣】ご指摘の発言は承知しています。我が国としては、北方領土問題を解決して平和条約を締結"
            "するという基本方針を堅持しています。\n\n【読売新聞　記者】墓参の再開についてはいかがでしょうか。\n\n【茂木外務大臣】"
            "引き続き最優先で取り組んでいきます。")
    found = extract(text, "ja", "2026-10-25")
    assert {s.speaker for s in found} == {"Toshimitsu Motegi"}
    assert not any("記者" in s.quote for s in found)
    assert [s.peace_treaty for s in found] == [False, True, False]


def test_a_japanese_subject_after_a_possessive_name_and_title_and_whose_the_islands_are():
    """「プーチン大統領の側近、メドベージェフ氏は…」: Putin's aide, not Putin (a name and its title before の are no
    subject); 「北方領土は永遠にロシアのものだ」 says whose the islands are."""
    for text in ("プーチン大統領の側近、メドベージェフ氏は、北方領土は永遠にロシアのものだと投稿しました。",
                 "プーチン大統領の側近のメドベージェフ氏は、北方領土はロシアのものだと投稿しました。"):
        assert [(s.speaker, s.peace_treaty) for s in extract(text, "ja", "2026-11-04")] == [
            ("Dmitry Medvedev", True)], text


def test_a_named_source_of_another_speakers_words_is_not_their_speaker_in_russian_and_japanese():
    """«По словам Такаити, Путин заявил, что …», 「高市首相によりますと、プーチン大統領は…と述べた」: Putin's words, as
    "According to Takaichi, Putin said …" are."""
    for text, language in (("По словам Такаити, Путин заявил, что переговоры о мирном договоре зависят от Японии.", "ru"),
                           ("高市首相によりますと、プーチン大統領は平和条約交渉について「日本次第だ」と述べたということです。", "ja"),
                           ("According to Takaichi, Putin said the peace treaty talks depend on Japan.", "en")):
        assert [(s.speaker, s.peace_treaty) for s in extract(text, language, "2026-11-05")] == [
            ("Vladimir Putin", True)], text
    text = "По словам Такаити, переговоры о мирном договоре зависят от России."
    assert [s.speaker for s in extract(text, "ru", "2026-11-05")] == ["Sanae Takaichi"]


def test_a_japanese_counterpart_named_with_his_title_before_と_or_との_is_not_the_subject():
    """「プーチン大統領と会談した高市首相は…と述べました」, 「ラブロフ外相との会談後、茂木外相は…と述べました」: the
    Japanese minister speaks (the name and its title before と / との were taken for the subject)."""
    for text, name in (("プーチン大統領と会談した高市首相は、平和条約締結に向けて交渉を続けたいと述べました。", "Sanae Takaichi"),
                       ("ラブロフ外相との会談後、茂木外相は記者団に対し、北方領土問題を解決したいと述べました。",
                        "Toshimitsu Motegi")):
        assert [s.speaker for s in extract(text, "ja", "2026-11-06")] == [name], text


def test_suggesting_is_a_participle_of_saying():
    """'Medvedev mocked Japan's claims to the islands, suggesting Tokyo "look for its lost territories elsewhere."':
    the words after the participle are the subject's; a report "suggesting that" something is no one's words."""
    text = ("Medvedev mocked Japan's claims to the islands, suggesting Tokyo \"look for its lost territories "
            "elsewhere.\"")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "en", "2026-11-08")] == [("Dmitry Medvedev", True)]
    text = "Polls published on Monday showed rising support, suggesting that the Kurils issue matters to voters."
    assert extract(text, "en", "2026-11-08") == []


def test_a_quote_that_is_a_verdict_only_judges_the_treaty_news_before_it():
    """「極めて不当であり、断じて受け入れることはできない」と抗議した after the sentence telling that Russia broke off the
    treaty talks: the verdict has no object of its own, so it is on that news; after news on sanctions it is not."""
    news = "ロシア外務省は21日、日本の対ロ制裁を理由に平和条約締結交渉を中断すると発表した。"
    for verdict, language, said in (
            ("「極めて不当であり、断じて受け入れることはできない」と強く抗議した。", "ja", "岸田首相は"),
            ("「誠に遺憾であり、到底容認できない」と述べた。", "ja", "林官房長官は"),
            ('"Extremely unjust and absolutely unacceptable," ', "en", "Kishida said.")):
        if language == "ja":
            text = news + said + verdict
        else:
            text = ("Russia's Foreign Ministry said on Monday it was suspending peace treaty talks with Japan over "
                    "its sanctions.\n\n" + verdict + said)
        found = extract(text, language, "2022-03-22")
        assert [s.peace_treaty for s in found] == [True, True], verdict
    # (a sentence of the same announcement between: the verdict is on the news, as "called the decision" is)
    text = (news + "また声明では、元島民らによるビザなし交流も停止するとしています。"
            "林外務大臣は「極めて不当で断じて受け入れられない」と抗議しました。")
    assert [s.peace_treaty for s in extract(text, "ja", "2022-03-22")] == [True, False, True]
    other = "政府は21日、ロシアに対する追加の経済制裁を発表した。岸田首相は「極めて不当だ」と述べた。"
    assert [s.peace_treaty for s in extract(other, "ja", "2022-03-22")] == [False]
    assert [s.peace_treaty for s in extract(news + "岸田首相は「制裁は極めて不当だ」と述べた。", "ja",
                                            "2022-03-22")] == [True, False]


def test_a_bare_russian_treaty_and_a_solution_acceptable_to_both_peoples_after_the_peace_treaty():
    """Russian has no article: «договор не подписан» a sentence after the peace treaty is that treaty, as "the
    treaty" is in English; «решения должны быть приемлемы для народов обеих стран» is the settlement's formula.
    «договор о поставках газа» names its own, and neither counts without the treaty before it."""
    lead = ("Путин по итогам переговоров с Абэ заявил, что предстоит кропотливая работа для создания условий для "
            "подписания мирного договора.\n\n")
    for said, speaker in (("Как отметил российский лидер, решения должны быть приемлемы для народов обеих стран.",
                           "Vladimir Putin"),
                          ("По мнению Абэ, стороны должны положить конец ситуации, когда договор не подписан более "
                           "70 лет.", "Shinzo Abe")):
        found = extract(lead + said, "ru", "2019-01-22")
        assert [(s.speaker, s.peace_treaty) for s in found] == [("Vladimir Putin", True), (speaker, True)], said
        assert [s.peace_treaty for s in extract(said, "ru", "2019-01-22")] == [False], said
    other = lead + "По мнению Абэ, договор о поставках газа должен быть подписан до конца года."
    assert [s.peace_treaty for s in extract(other, "ru", "2019-01-22")] == [True, False]


def test_a_moderators_named_question_and_one_answer_make_a_transcript():
    """"Dmitry Suslov: Mr President, …" above "Vladimir Putin: …" (a forum's excerpt with one answer): the
    moderator's label beside the President's makes a transcript, so the answer's next paragraph is still his;
    a moderator's label alone makes none."""
    text = ("Dmitry Suslov: Mr President, Japan keeps asking about a peace treaty. What is your view?\n\n"
            "Vladimir Putin: We were negotiating the peace treaty for many years and came close to solutions.\n\n"
            "As for the islands, our sovereignty over them is beyond question.")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "en", "2024-06-07")] == [("Vladimir Putin", True)] * 2
    moved = text.split("\n\n")
    text = "\n\n".join([moved[1], moved[2], "Dmitry Suslov: Thank you, Mr President. The next question is on China."])
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "en", "2024-06-07")] == [("Vladimir Putin", True)] * 2
    alone = "Dmitry Suslov: The peace treaty question is complex.\n\nOur sovereignty over the islands is not in doubt."
    assert extract(alone, "en", "2024-06-07") == []


def test_a_quote_whose_sentence_adds_talk_of_negotiations_after_a_treaty_statement_is_on_the_treaty():
    """'"The situation has changed," Zinoviev said, adding that Moscow would not return to the previous format of
    negotiations', a paragraph after his words on the dialogue (on the treaty by the sentence before them): the
    negotiations are those; after his words on fisheries they are not."""
    lead = ("Russia and Japan have not resumed their peace treaty talks since 2022.\n\n"
            'Georgy Zinoviev, a senior Russian diplomat, told Izvestia that Tokyo had "deliberately destroyed" the '
            "foundation for dialogue.\n\n")
    quote = ('"The Japanese side needs to understand that the situation has changed," Zinoviev said, adding that '
             "Moscow would not return to the previous format of negotiations.")
    assert [s.peace_treaty for s in extract(lead + quote, "en", "2023-03-30")] == [True, True]
    other = "Georgy Zinoviev said Russian boats would keep fishing near Hokkaido this year.\n\n"
    assert [s.peace_treaty for s in extract(other + quote, "en", "2023-03-30")] == [False, False]


def test_a_declaration_named_beside_tokyo_is_the_joint_declaration():
    """«Москва и Токио договорились ускорить переговорный процесс на основе декларации»: the declaration of two
    sides one of which is Tokyo is the 1956 one (or Tokyo's own of 1993), as beside Japan; not the G20's."""
    text = "Путин подчеркнул, что Москва и Токио договорились ускорить переговорный процесс на основе декларации."
    assert [s.peace_treaty for s in extract(text, "ru", "2018-11-15")] == [True]
    other = "Путин подчеркнул, что страны G20 договорились ускорить процесс на основе декларации саммита."
    assert [s.peace_treaty for s in extract(other, "ru", "2018-11-15")] == [False]


def test_the_speakers_words_after_a_pronoun_frame_that_point_back_at_the_treaty_are_on_it():
    """«По его мнению, это требует серьезного дополнительного изучения» after Putin's words on the 1956 declaration:
    "это" is what he just said; "In her words, this …" likewise; after words on trade it is trade."""
    for lead, said, language in (
            ("Путин заявил, что в декларации 1956 года не сказано, под чьим суверенитетом будут переданы острова.\n\n",
             "По его мнению, это требует серьезного дополнительного изучения.", "ru"),
            ("Zakharova said Tokyo's claims to the Kuril Islands had no legal basis.\n\n",
             "In her words, this is a matter settled long ago.", "en")):
        assert [s.peace_treaty for s in extract(lead + said, language, "2018-11-15")] == [True, True], said
    trade = "Путин заявил, что товарооборот с Японией снизился.\n\nПо его мнению, это требует серьезного изучения."
    assert [s.peace_treaty for s in extract(trade, "ru", "2018-11-15")] == [False, False]


def test_territory_said_to_change_hands_after_sentences_on_the_islands_is_the_islands():
    """「改憲後は領土の引き渡しを議論することはできない」, «передача территории», "the handover of territory": in an
    article on the Northern Territories the territory is the islands; after Ukraine, or alone, it is not. So is
    "his own country's territory" a visit to Iturup is said to be in."""
    for lead, said, language in (
            ("ロシアの改正憲法について、菅官房長官は北方領土交渉に影響はないと述べた。",
             "ザハロワ報道官は先月、改憲後は領土の引き渡しを議論することはできないと発言していた。", "ja"),
            ("Суга заявил, что поправки не повлияют на переговоры о южных Курилах.\n\n",
             "Захарова ранее заявила, что передача территории после поправок невозможна.", "ru"),
            ("Suga said the amendments would not affect the talks on the Northern Territories.\n\n",
             "Zakharova said the handover of territory could not be discussed after the amendments.", "en")):
        assert [s.peace_treaty for s in extract(lead + said, language, "2020-07-07")] == [True, True], said
        assert [s.peace_treaty for s in extract(said, language, "2020-07-07")] == [False], said
    visit = ("Японская сторона выразила протест в связи с поездкой Мишустина на Итуруп.\n\nЗахарова подчеркнула, что "
             "глава правительства посещает территорию собственной страны.")
    assert [s.peace_treaty for s in extract(visit, "ru", "2021-07-27")] == [True]  # (the protest is nobody's words)
    assert [s.peace_treaty for s in extract(visit.split("\n\n")[1], "ru", "2021-07-27")] == [False]
    ukraine = ("Suga said the amendments would not affect the talks on the Northern Territories.\n\n"
               "Zakharova said the handover of territory by Ukraine could not be discussed.")
    assert [s.peace_treaty for s in extract(ukraine, "en", "2020-07-07")] == [True, False]


def test_machine_translated_impersonal_attributions_name_the_institution():
    """«…, говорится в сообщении МИД России» / «отметили в Кремле» / «в дипведомстве», machine-translated: "is said
    in the message of the Russian Foreign Ministry", "was noted in the Kremlin", "was noted in the diplomatic
    department" (the ministry named before), "the message of … says", "according to the message of …". Not a
    document, a place or an interview."""
    said = "Russia does not intend to continue peace treaty talks with Japan, "
    for tail, speaker in (("- is said in the message of the Russian Foreign Ministry.", "Russian Foreign Ministry"),
                          ("it is said in a statement of the Russian Foreign Ministry.", "Russian Foreign Ministry"),
                          ("the message of the Russian Foreign Ministry says.", "Russian Foreign Ministry"),
                          ("according to the message of the Russian Foreign Ministry.", "Russian Foreign Ministry"),
                          ("was noted in the Kremlin.", "Kremlin")):
        assert [(s.speaker, s.peace_treaty) for s in extract(said + tail, "en", "2022-03-22")] == [
            (speaker, True)], tail
    text = ("The Russian Foreign Ministry summoned Japan's ambassador on Monday.\n\nThe impossibility of discussing a "
            "peace treaty with a state that takes an openly unfriendly position was noted in the diplomatic department.")
    assert [s.speaker for s in extract(text, "en", "2022-03-22")] == ["Russian Foreign Ministry"]
    for tail in ("as was said in the 1956 declaration.", "it was said in an interview with Lavrov.",
                 "it was said in Moscow."):
        assert extract("Russia will not hand over the Kurils, " + tail, "en", "2022-03-22") == [], tail


def test_a_japanese_anaphor_with_a_title_is_the_person_named_with_that_title():
    """「同大使は」 after 「林外務大臣は…ガルージン駐日大使に対し…と抗議」: the ambassador, not the minister who spoke last;
    「同外相は」 after 「ラブロフ外相は…河野外相との会談後…」: the speaker before, whose name carries the title."""
    text = ("林外務大臣はガルージン駐日大使に対し、平和条約交渉の中断は極めて不当だと抗議しました。"
            "同大使は、責任は日本側にあると反論したということです。")
    assert [s.speaker for s in extract(text, "ja", "2022-03-22")] == ["Yoshimasa Hayashi", "Mikhail Galuzin"]
    text = ("ロシアのラブロフ外相は14日、河野太郎外相との会談後の記者会見で、平和条約について「日本が大戦の結果を認めることが"
            "第一歩だ」と述べた。同外相は、北方領土の主権はロシアにあると主張した。")
    assert [s.speaker for s in extract(text, "ja", "2019-01-14")] == ["Sergei Lavrov", "Sergei Lavrov"]


def test_a_frame_commenting_on_a_subject_of_its_own_does_not_answer_the_treaty_news():
    """"Commenting on the poisoning of a former spy in Britain, Galuzin asserted, '…'": the frame names what the
    quote answers, not the treaty words the same speaker said two sentences earlier; "In response, …" and
    "Commenting on this, …" answer the sentence before."""
    text = ('Galuzin stated, "Russia has maintained a consistent position on the peace treaty."\n\n'
            'On the Korean Peninsula, Galuzin said: "Talks that were thought impossible are now being prepared."\n\n'
            "Commenting on the poisoning of a former spy in Britain, Galuzin asserted, \"Rather than finding out the "
            'truth, London wants to isolate Russia."')
    assert [s.peace_treaty for s in extract(text, "en", "2018-04-04")] == [True, False, False]
    text = ("Russia's Foreign Ministry said it was suspending the peace treaty talks with Japan.\n\n"
            'Commenting on this, Hayashi said: "Japan strongly protests against such a step."')
    assert [s.peace_treaty for s in extract(text, "en", "2022-03-22")] == [True, True]


def test_a_subject_set_off_by_an_about_aside_and_words_said_in_protest():
    """Machine-translated 「ペスコフ報道官は、日本との平和条約について…と述べた」: "Spokesman Peskov, about the peace treaty
    with Japan, said that …" (the aside is a frame, as "speaking about" is); '"…," Hayashi protested' and "protested
    that …" say words, "Japan protested against the drills" does not."""
    for text in ('Spokesman Peskov, about the peace treaty with Japan, said that "there is no room for discussion now".',
                 "Presidential spokesman Peskov, regarding the peace treaty with Japan, said that there is no room for "
                 "discussion."):
        assert [(s.speaker, s.peace_treaty) for s in extract(text, "en", "2023-09-06")] == [("Dmitry Peskov", True)]
    assert [(s.speaker, s.peace_treaty) for s in extract(
        "Hayashi protested that the decision to suspend the peace treaty talks was unjust.", "en", "2022-03-22")] == [
        ("Yoshimasa Hayashi", True)]
    assert extract("Japan protested against the Russian drills on the Kuril Islands.", "en", "2022-03-22") == []


def test_the_results_of_the_war_in_russian_and_more_japanese_verbs_of_saying():
    """«признание результатов Второй мировой войны» is the outcome of the war as «итогов» is; 「…」と提案した / 挑発した /
    求めた say words (Putin's 「年末までに、前提条件なしで平和条約を結ぼう」 was proposed); 返還運動 at a rally is the
    campaign for the islands' return."""
    text = "Лавров подчеркнул, что сначала должно быть признание результатов Второй мировой войны."
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "ru", "2019-01-16")] == [("Sergei Lavrov", True)]
    for verb in ("提案した", "挑発した", "求めた"):
        text = f"プーチン大統領は安倍首相に対し「年末までに、前提条件なしで平和条約を結ぼう」と{verb}。"
        assert [(s.speaker, s.peace_treaty) for s in extract(text, "ja", "2018-09-12")] == [
            ("Vladimir Putin", True)], verb
    text = "大会で鈴木直道知事は「返還運動の火を絶やしてはならない」と訴えた。"
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "ja", "2024-02-07")] == [("Naomichi Suzuki", True)]


def test_a_russian_moderators_label_is_a_question():
    """«Модератор: Господин Абэ, …?» between two answers is the moderator's question, not Abe's words."""
    text = ("В.Путин: Предлагаю подписать мирный договор до конца года без всяких предварительных условий.\n\n"
            "С.Абэ: Благодарю за предложение.\n\nМодератор: Господин Абэ, Вы готовы ответить прямо сейчас?\n\n"
            "С.Абэ: Наша позиция не изменилась: сначала решить вопрос о принадлежности островов.")
    assert not any("Модератор" in s.quote or "готовы ответить" in s.quote for s in extract(text, "ru", "2018-09-12"))


def test_in_the_ministry_they_consider_reports_what_it_said_today():
    """«В Кремле считают, что …» / «В МИД России считают, что …» is how Russian copy reports an institution's words
    of the day; «МИД Японии считает, что …» and «Кремль считает острова …» stay standing views."""
    for text, speaker in (("В Кремле считают, что переговоры о мирном договоре с Японией сейчас невозможны.", "Kremlin"),
                          ("В МИД России считают, что Токио сам перечеркнул диалог о мирном договоре.",
                           "Russian Foreign Ministry")):
        assert [(s.speaker, s.peace_treaty) for s in extract(text, "ru", "2024-02-08")] == [(speaker, True)], text
    for text in ("МИД Японии считает, что острова являются исконной территорией страны.",
                 "Кремль считает острова неотъемлемой частью России."):
        assert extract(text, "ru", "2024-02-08") == [], text


def test_an_unregistered_senator_named_after_ob_etom_zayavil_and_called_the_senator_after():
    """«… закрывает вопрос о передаче островов. Об этом «Ъ» заявил первый зампред комитета Совфеда Иван Сидоров.
    «…», — пояснил сенатор.»: the name the registry does not know speaks, as written, in both sentences; «заявил
    депутат Госдумы Алексей Чепа» keeps the deputy's own name, and «Об этом сообщает Российская Газета» is an outlet."""
    lead = "Поправка к Конституции закрывает вопрос о передаче Японии южнокурильских островов. "
    text = (lead + "Об этом «Ъ» заявил первый зампред комитета Совфеда по международным делам Иван Сидоров. "
            "«Любые переговоры о передаче островов теперь будут противоречить Основному закону», — пояснил сенатор.")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "ru", "2020-07-03")] == [("Иван Сидоров", True)] * 2
    assert extract(lead + "Об этом сообщает Российская Газета.", "ru", "2020-07-03") == []
    text = ("Лавров заявил, что вопрос о Курилах закрыт. «Никаких переговоров о передаче островов не будет», — заявил "
            "депутат Госдумы Алексей Чепа.")
    assert [s.speaker for s in extract(text, "ru", "2020-07-03")] == ["Sergei Lavrov", "Алексей Чепа"]


def test_a_quote_restated_by_an_anaphor_with_kou_katatta_is_the_anaphors_speaker():
    """「…」。同外相はこう語り、日本側に譲歩を迫った: the quote before is the minister's, as with ラブロフ氏はこう語り."""
    base = ("ロシアのラブロフ外相は16日、年頭恒例の記者会見を開き、日本との平和条約交渉について言及した。「日本は南クリール諸島に"
            "対するロシアの主権を含め、第2次大戦の結果を全面的に認めなければならない」。")
    for tail in ("同外相はこう語り、日本側に譲歩を迫った。", "同外相はこう語った。"):
        found = extract(base + tail, "ja", "2019-01-16")
        assert [(s.speaker, s.peace_treaty, s.rule) for s in found] == [
            ("Sergei Lavrov", True, "restates_previous")], tail
        assert found[0].quote.startswith("「日本は南クリール諸島")


def test_a_japanese_document_as_the_topic_is_nobodys_words_whoever_spoke_before():
    """「会談後に発表された共同声明は、…交渉を加速させるとした」 after Abe's sentence: the joint statement's words, not
    Abe's by the dropped-subject rule; 「首相は…とした」 after him is still his."""
    lead = "安倍晋三首相は29日、プーチン大統領と会談し、北方領土問題をめぐる交渉を加速させたいと述べた。"
    text = lead + "会談後に発表された共同声明は、双方に受け入れ可能な形で最終的に解決するための交渉を加速させるとした。"
    assert [s.speaker for s in extract(text, "ja", "2013-04-29")] == ["Shinzo Abe"]
    text = lead + "また、双方に受け入れ可能な形で最終的に解決するための交渉を加速させるとした。"
    assert [s.speaker for s in extract(text, "ja", "2013-04-29")] == ["Shinzo Abe"] * 2


def test_an_answer_opening_with_this_time_s_announcement_answers_the_treaty_question():
    """【記者】ロシアが平和条約交渉を継続しない意向を表明しました… 【林外務大臣】今回のロシア側の発表は極めて不当であり…: the
    announcement the answer opens with is the one the question named (今回の, "Russia's decision" point back)."""
    text = ("林外務大臣会見記録\n\n【記者】ロシアが平和条約交渉を継続しない意向を表明しました。政府としての対応をお聞かせください。\n\n"
            "【林外務大臣】今回のロシア側の発表は極めて不当であり、断じて受け入れられません。\n\n"
            "【記者】追加の対露制裁の検討状況を教えてください。\n\n【林外務大臣】G7と緊密に連携しながら、適切に対応してまいります。")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "ja", "2022-03-22")] == [
        ("Yoshimasa Hayashi", True), ("Yoshimasa Hayashi", False)]


def test_a_quote_said_in_the_comment_of_the_ministry_named_before():
    """««…», — говорится в комментарии.» after a sentence naming the ministry: its comment, as «в сообщении» is."""
    text = ("МИД России выступил с комментарием о японских мероприятиях.\n\n«Токио, присоединившись к антироссийским "
            "санкциям, сам перечеркнул все возможности для диалога о мирном договоре», — говорится в комментарии.")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "ru", "2024-02-08")] == [("Russian Foreign Ministry", True)]


def test_ob_etom_with_a_pronoun_restates_the_sentence_before_for_the_person_named_before():
    """«Россия не намерена продолжать переговоры о мирном договоре. Об этом он сказал журналистам.»: the sentence before
    is his words (the restating sentence was taken for words of its own); after his own statement it adds nothing."""
    said = "Россия не намерена продолжать переговоры о мирном договоре. Об этом {} журналистам во вторник."
    for lead, pronoun, name in (("Лавров выступил в Москве. ", "он сказал", "Sergei Lavrov"),
                                ("Захарова провела брифинг. ", "она сказала", "Maria Zakharova")):
        found = extract(lead + said.format(pronoun), "ru", "2022-03-22")
        assert [(s.speaker, s.peace_treaty, s.rule) for s in found] == [(name, True, "restates_previous")]
        assert found[0].quote.startswith("Россия не намерена")
    text = ("Фумио Кисида назвал решение России выйти из переговоров о мирном договоре «крайне несправедливым». "
            "Об этом он сказал в парламенте во вторник, передает Kyodo.")
    assert [s.speaker for s in extract(text, "ru", "2022-03-22")] == ["Fumio Kishida"]


def test_a_follow_up_on_resolving_it_and_a_reply_on_the_talks_after_treaty_words():
    """「すべてを一度に解決できるわけではない」とも語り after Putin's words on the treaty issue: the resolving is the
    issue's (解決, as "a solution"); Abe's 「私と大統領の間でしっかりと交渉を前進させたい」と応じた replies to them, so
    the talks are those; Kono's own words on his grandfather's treaty talks stay family history."""
    text = ("プーチン氏は共同記者会見で、平和条約について「この問題を解決することは我々の共通の利益だ」と強調。一方で「すべてを一度に"
            "解決できるわけではない」とも語った。安倍首相は「私と大統領の間でしっかりと交渉を前進させたい」と応じた。")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "ja", "2013-04-29")] == [
        ("Vladimir Putin", True), ("Vladimir Putin", True), ("Shinzo Abe", True)]
    text = ("Kono noted that his grandfather took part in the negotiations on a peace treaty. \"My grandfather invested "
            "efforts to sign a peace treaty between Japan and the Soviet Union,\" he said.")
    assert not any(s.peace_treaty for s in extract(text, "en", "2017-08-07"))


def test_the_document_a_quote_is_noted_in_is_the_statement_named_before_not_a_declaration():
    """«…, говорится в заявлении МИД РФ. «…», — отмечается в документе.»: the ministry's statement; after «подписали
    совместную декларацию» the document is the declaration, nobody's words."""
    text = ("Россия не намерена продолжать переговоры с Японией, говорится в заявлении МИД РФ.\n\n«Продолжение "
            "консультаций о мирном договоре невозможно», — отмечается в документе.")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "ru", "2022-03-21")][-1] == ("Russian Foreign Ministry", True)
    text = ("Путин и Абэ подписали совместную декларацию. «Стороны продолжат переговоры о мирном договоре», — отмечается "
            "в документе.")
    assert extract(text, "ru", "2016-12-16") == []


def test_agreeing_with_the_treaty_words_just_said_by_another_is_on_the_treaty():
    """«"Ненормально, что … у нас нет мирного договора", — сказал Путин. Японский премьер заявил, что согласен с
    российским коллегой.»: Abe agrees with that; agreeing with Putin on trade after Putin's words on trade is not."""
    text = ("«Ненормально, что спустя почти 70 лет после войны у нас нет мирного договора», — сказал Путин на "
            "пресс-конференции. Японский премьер заявил, что согласен с российским коллегой.")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "ru", "2013-04-29")] == [
        ("Vladimir Putin", True), ("Shinzo Abe", True)]
    text = ("«Товарооборот должен расти», — сказал Путин на пресс-конференции. Японский премьер заявил, что согласен "
            "с российским коллегой.")
    assert not any(s.peace_treaty for s in extract(text, "ru", "2013-04-29"))


def test_machine_english_word_orders_of_russian_and_japanese_attributions():
    """Aggregators' machine English: «Об этом во вторник заявил Песков» as "Said this on Tuesday … Peskov"; «Как
    заявила Захарова, …» as "As declared … Zakharova at the briefing, …"; «сообщил, что» as "informed, that";
    「林外相は…「…」と強調した」 as 'Foreign Minister Hayashi also, "…," and emphasized.'; 「首相は…と述べた」 as "Prime
    Minister said" (the prime minister named before; with nobody named, no speaker "Minister")."""
    cases = (
        ("Moscow and Tokyo will continue the work on the peace treaty, however to speak about concrete dates is not "
         "correct. Said this on Tuesday the press secretary of the President Dmitry Peskov to journalists.",
         [("Dmitry Peskov", True)]),
        ("As declared the official representative of the MFA of Russia Maria Zakharova at the briefing on Thursday, "
         'the statements of the Japanese side about the "illegal occupation" of the South Kurils are unacceptable.',
         [("Maria Zakharova", True)]),
        ("Zakharova spoke on the peace treaty at the briefing. The diplomat also informed, that the Russian side is "
         "ready to discuss the peace treaty.", [("Maria Zakharova", True)]),
        ('Foreign Minister Hayashi also, "The Northern Territories are islands over which our country has '
         'sovereignty, they are the inherent territory of our country," and emphasized.',
         [("Yoshimasa Hayashi", True)]),
        ("Prime Minister Kishida at the press conference on the 22nd, regarding the Russian side announcement to "
         'suspend the peace treaty negotiations, "extremely unjust, absolutely cannot accept" and protested.',
         [("Fumio Kishida", True)]),
        ('Prime Minister Kishida protested the decision on the peace treaty talks. Prime Minister said, "The cause of '
         'the present situation lies in the aggression against Ukraine."', [("Fumio Kishida", False)]),
        ('Russia suspended the talks. Prime Minister said, "The cause of the present situation lies in the aggression '
         'against Ukraine."', []),
    )
    for text, expected in cases:
        assert [(s.speaker, s.peace_treaty) for s in extract(text, "en", "2022-03-22")] == expected, text
    assert extract("As stated in the 1956 declaration, the two islands would be handed over.", "en", "2022-03-22") == []


def test_participles_of_saying_after_the_clauses_own_verb_and_surname_first_names():
    """"Suga held his first telephone conversation with Putin, pledging to tackle the territorial dispute": the
    subject's words (so "insisting that", "vowing to"); NHK World's surname-first "Suzuki Naomichi" is the governor."""
    text = ("Japanese Prime Minister Yoshihide Suga held his first telephone conversation with Russian President "
            "Vladimir Putin on Tuesday, pledging to tackle the long-standing territorial dispute.")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "en", "2020-09-29")] == [("Yoshihide Suga", True)]
    assert extract("Analysts watched the talks, noting that the peace treaty is far off.", "en", "2020-09-29") == []
    text = "Hokkaido Governor Suzuki Naomichi said the return of the four islands remains the goal."
    assert [s.speaker for s in extract(text, "en", "2024-02-07")] == ["Naomichi Suzuki"]


def test_a_quote_fragment_continuing_its_lead_in_words_takes_their_subject():
    """'The minister stressed that the islands "are part of the Russian Federation's territory"': the fragment's
    subject is in the words before it; 'that trade "is growing fast"' is trade; a fragment after a headline or after
    another quote takes nothing from them."""
    lead = "Lavrov spoke in Moscow. "
    text = lead + ('The minister stressed that the islands "are part of the Russian Federation\'s territory, and this '
                   'is enshrined in the UN Charter."')
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "en", "2019-01-14")] == [("Sergei Lavrov", True)]
    text = lead + 'The minister stressed that trade "is growing fast, and this is good for both of our countries."'
    assert [s.peace_treaty for s in extract(text, "en", "2019-01-14")] == [False]
    text = ('Ishiba said "the government is committed to concluding a peace treaty," adding that due to the war in '
            'Ukraine "the situation in relations between Japan and Russia is still difficult."')
    assert [s.peace_treaty for s in extract(text, "en", "2025-02-07")] == [True, False]


def test_the_kurils_said_to_be_part_of_russia_in_three_languages_is_a_claim():
    """Medvedev on Iturup: "The Kuril Islands are part of the Sakhalin region and part of Russia", «Курилы - это часть
    Сахалинской области, часть России», 「クリール諸島はサハリン州の一部であり、ロシアの一部だ」: whose the islands are."""
    for text, language in (('Medvedev said: "The Kuril Islands are part of the Sakhalin region and part of Russia."', "en"),
                           ("«Курилы - это часть Сахалинской области, часть России», - заявил Медведев.", "ru"),
                           ("メドベージェフ首相は「クリール諸島はサハリン州の一部であり、ロシアの一部だ」と述べた。", "ja")):
        assert [(s.speaker, s.peace_treaty) for s in extract(text, language, "2015-08-22")] == [
            ("Dmitry Medvedev", True)], text


def test_an_aggregators_headline_with_an_id_and_a_byline_is_no_statement():
    """"5512093347 Ishiba vows to keep seeking peace treaty with Russia" over "Posted by admin | Nov 30, 2024 |
    World": the title repeated with the site's junk, not a report of its own; the lead below is the statement."""
    title = "Ishiba vows to keep seeking peace treaty with Russia"
    text = (f"5512093347 {title}\nPosted by admin | Nov 30, 2024 | World | 0 comments\n\nTOKYO - Prime Minister Shigeru "
            "Ishiba said Friday that Japan will stick to its goal of signing a peace treaty with Russia.")
    found = extract(text, "en", "2024-11-30", title=title)
    assert [(s.speaker, s.quote[:5]) for s in found] == [("Shigeru Ishiba", "Prime")]


def test_a_name_after_alongside_in_an_aside_is_not_the_subject():
    """"Putin, speaking at an economic forum alongside Japanese Prime Minister Shinzo Abe, said …": Putin's words,
    as with "with Abe"."""
    text = ('Putin, speaking at an economic forum alongside Japanese Prime Minister Shinzo Abe, said the 1956 '
            'declaration remained "the basis" for the talks.')
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "en", "2019-09-05")] == [("Vladimir Putin", True)]


def test_the_same_speakers_next_quote_settling_it_or_going_on_with_although_stays_on_the_treaty():
    """'Putin said the most important thing was to sign a peace treaty. "To think that we can resolve it in a moment
    would be naive," he said.': "resolve it" takes up the treaty; so does '"…," Takaichi said. "Although relations
    are in a severe state, we will continue to appeal to Russia."'"""
    text = ('Putin said the most important thing was to sign a peace treaty, but he cautioned against expecting '
            'quick results. "To think that we can resolve it in a moment would be naive," he said.')
    assert [s.peace_treaty for s in extract(text, "en", "2016-12-16")] == [True, True]
    text = ('"The policy of resolving the territorial issue and concluding a peace treaty remains unchanged," '
            'Takaichi said. "Although Japan-Russia relations are in a severe state, we will continue to appeal to '
            'Russia."')
    assert [s.peace_treaty for s in extract(text, "en", "2026-02-07")] == [True, True]


def test_the_leads_speaker_quoted_in_the_next_paragraph_goes_on_from_the_lead():
    """Wire copy: 'Moscow sets no deadlines for signing a peace treaty with Japan, Peskov said.' over '"There are no
    timeframes," Peskov told journalists, "and there cannot be any."': the quote below the lead goes on with its
    subject; another speaker's quote there, or the lead speaker's after a paragraph on something else, does not."""
    lead = ("Moscow is not setting any artificial deadlines for signing a peace treaty with Japan, Kremlin spokesman "
            "Dmitry Peskov has said.\n\n")
    quote = '"There are no timeframes," Peskov told journalists on Friday, "and there cannot be any."'
    assert [s.peace_treaty for s in extract(lead + quote, "en", "2019-02-15")] == [True, True]
    other = quote.replace("Peskov told", "Ushakov told")
    assert [s.peace_treaty for s in extract(lead + other, "en", "2019-02-15")] == [True, False]
    between = "Trade between the two countries grew by 10 percent, Peskov added.\n\n"
    assert [s.peace_treaty for s in extract(lead + between + quote, "en", "2019-02-15")][-1] is False


def test_the_differences_after_the_treaty_are_the_treatys_and_defence_talks_are_not():
    """'"It is abnormal that we have not concluded a peace treaty," Abe said. Putin noted that the differences could
    not be resolved "overnight."': the differences (расхождения, 隔たり) are the treaty talks'; "a 'two-plus-two'
    framework of foreign and defense ministers' talks" names its own."""
    text = ('"It is abnormal that we have not concluded a peace treaty 67 years after the war," Abe told a press '
            'conference. Putin noted that the differences could not be resolved "overnight."\n\nThe leaders also '
            'agreed to launch a "two-plus-two" framework of foreign and defense ministers\' talks.')
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "en", "2013-04-29")] == [
        ("Shinzo Abe", True), ("Vladimir Putin", True), ("Shinzo Abe", False)]


def test_a_japanese_quote_closed_by_a_dash_before_to():
    """Machine Japanese of Russian wire copy keeps the dash of «…», — подчеркнул дипломат: 「…」――と外交官は強調した
    is the quote and its verb, the subject between と and the verb."""
    lead = "ロシア外務省のマリア・ザハロワ報道官は８日、定例の記者会見に臨んだ。\n\n"
    for dash in ("――", "—"):
        text = lead + f"「南クリル諸島に対するロシアの主権は疑いようがない」{dash}と外交官は強調した。"
        assert [(s.speaker, s.peace_treaty) for s in extract(text, "ja", "2025-02-08")] == [("Maria Zakharova", True)]


def test_the_japanese_subject_between_to_and_the_verb_is_the_speaker():
    """「…」と林外相は強調した names its speaker after と: not the minister quoted before it; the same after a dash
    and after a comma (「…が必要だ、と彼は付け加えた」: the pronoun, the man named last)."""
    before = "ロシアのラブロフ外相は記者会見で日本の対応を批判した。\n\n"
    for joint in ("」と林外相は", "」――と林外相は", "、と林外相は"):
        quote = "「" if joint.startswith("」") else ""
        text = before + quote + "四島は日本に帰属するというのが我が国の一貫した立場だ" + joint + "強調した。"
        assert [(s.speaker, s.peace_treaty) for s in extract(text, "ja", "2022-09-02")][-1] == \
            ("Yoshimasa Hayashi", True), joint
    text = ("プーチン大統領は３日、インタビューに応じた。\n\n日本との平和条約の問題でも歩み寄りは見つけられる、"
            "そのためには互いの信頼が欠かせない、と彼は付け加えた。")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "ja", "2016-09-03")][-1] == ("Vladimir Putin", True)


def test_japanese_according_to_a_pronoun_or_a_bare_title():
    """「彼によれば、…」, 「同氏によると」, 「次官によると」: the words of the man named before (with that title), as
    「ガルージン次官によると」 is; an anonymous source stays nobody's."""
    before = "ロシアのガルージン外務次官は１０日、通信社のインタビューに応じた。\n\n"
    said = "、日本が対話を凍結した以上、平和条約について話し合う余地はない。"
    for who in ("彼によれば", "同氏によると", "次官によると"):
        assert [(s.speaker, s.peace_treaty) for s in extract(before + who + said, "ja", "2023-11-10")] == \
            [("Mikhail Galuzin", True)], who
    assert extract(before + "政府関係者によると" + said, "ja", "2023-11-10") == []


def test_a_japanese_family_name_with_shi_is_the_full_name_before():
    """「森喜朗元首相は…」 then 「…と森氏は語った」: the family name with 氏 is the man named in full before (a family
    name alone is no alias: 森 is too common); not when another word of the text starts with it (森林)."""
    text = ("森喜朗元首相は２１日、モスクワでプーチン大統領と会談した。\n\n"
            "「大統領は平和条約の締結に向けて強い意志を示した」と、会談後に森氏は記者団に語った。")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "ja", "2013-02-21")] == [("Yoshiro Mori", True)]
    other = text.replace("モスクワで", "森林保護の話もした後、モスクワで")
    assert [s.speaker for s in extract(other, "ja", "2013-02-21")] != ["Yoshiro Mori"]


def test_sakhalin_governors_by_title_and_after_another_speaker():
    """The Sakhalin region administers the islands and its governors speak of them: «губернатор Сахалинской
    области» is the holder on the article's date, and «— сказал губернатор» after another speaker's words is the
    governor named before, not that speaker."""
    text = ("Пресс-секретарь президента Дмитрий Песков сообщил, что график визитов пока не согласован.\n\n"
            "Губернатор Сахалинской области Олег Кожемяко, комментируя переговоры, напомнил о стройках на островах. "
            "«Южные Курилы — это наша земля, и обсуждать тут нечего», — сказал губернатор.")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "ru", "2016-09-05")][-1] == ("Oleg Kozhemyako", True)
    text = "Курилы всегда будут российскими, заявил губернатор Сахалинской области."
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "ru", "2021-02-07")] == [("Valery Limarenko", True)]


def test_a_russian_given_name_before_a_registered_surname_is_someone_else():
    """«Елена Лаврова» (a journalist's byline) is not Lavrov in the genitive, and «Ольга Пескова» not Peskov; the
    man's own given name in any case («Дмитрием Песковым», «Юрием Ушаковым») and a title («МИД России Лавров»)
    keep the registered person."""
    from treatywatch.statements.speakers import registry
    found = {t: [(m.kind, m.entry.name if m.entry else m.surface) for m in registry().find_mentions(t)]
             for t in ("Елена Лаврова", "Ольга Пескова", "с Дмитрием Песковым", "с Юрием Ушаковым", "МИД России Лавров")}
    assert found["Елена Лаврова"] == [("unknown", "Елена Лаврова")]
    assert found["Ольга Пескова"] == [("unknown", "Ольга Пескова")]
    assert found["с Дмитрием Песковым"] == [("person", "Dmitry Peskov")]
    assert found["с Юрием Ушаковым"] == [("person", "Yuri Ushakov")]
    assert found["МИД России Лавров"][-1] == ("person", "Sergei Lavrov")


def test_a_dash_interviews_turns_alternate():
    """A Russian dash interview: the line after an answer is the journalist's even when it does not end with "?"
    («— Но японская сторона называет острова оккупированными.»), so it is no statement of the interviewee's."""
    text = ("Посол России в Японии Николай Ноздрев ответил на вопросы нашего корреспондента.\n\n"
            "— Есть ли шанс вернуться к переговорам о мирном договоре?\n\n"
            "— При нынешнем курсе Токио говорить о мирном договоре не приходится.\n\n"
            "— Но японская сторона по-прежнему называет южные Курилы своими и требует их вернуть.\n\n"
            "— Суверенитет России над островами не обсуждается.")
    found = [(s.speaker, s.quote.split()[0]) for s in extract(text, "ru", "2024-03-01") if s.peace_treaty]
    assert found == [("Nikolai Nozdrev", "При"), ("Nikolai Nozdrev", "Суверенитет")]


def test_a_given_name_transliterated_from_russian_is_still_the_persons_own():
    """Machine English of Russian copy spells Japanese given names from the Cyrillic ("Yoshikhide Suga", "Khirokadzu
    Matsuno"): a letter or two from the registered one, the same person; another given name ("Akie Abe", "Hajime
    Hayashi") is someone else."""
    from treatywatch.statements.speakers import registry
    found = {t: [(m.kind, m.entry.name if m.entry else m.surface) for m in registry().find_mentions(t)]
             for t in ("Yoshikhide Suga said", "Khirokadzu Matsuno said", "Akie Abe said", "Hajime Hayashi said")}
    assert found["Yoshikhide Suga said"] == [("person", "Yoshihide Suga")]
    assert found["Khirokadzu Matsuno said"] == [("person", "Hirokazu Matsuno")]
    assert found["Akie Abe said"] == [("unknown", "Akie Abe")]
    assert found["Hajime Hayashi said"] == [("unknown", "Hajime Hayashi")]


def test_the_new_minister_and_a_possessive_after_the_subject():
    """"the new foreign minister said, '…'" is a role noun like "the foreign minister"; "Iwaya spoke after Prime
    Minister Ishiba Shigeru's Cabinet was launched. He said …": a name in the possessive is not whom "he" means."""
    lead = "Japan's new Foreign Minister Takeshi Iwaya held his first news conference on Wednesday.\n\n"
    text = lead + ('On the Northern Territories, the new foreign minister said, "Our policy of resolving the '
                   'attribution of the four islands and concluding a peace treaty remains unchanged."')
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "en", "2024-10-02")] == [("Takeshi Iwaya", True)]
    text = ("Iwaya spoke at his first news conference after Prime Minister Ishiba Shigeru's Cabinet was launched.\n\n"
            "He said the government would keep its policy of resolving the territorial issue and concluding a peace "
            "treaty.")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "en", "2024-10-02")] == [("Takeshi Iwaya", True)]


def test_japanese_the_diplomat_is_not_the_prime_minister_whose_words_were_answered():
    """Machine Japanese of a briefing: 「外交官によれば、…」 after the Japanese prime minister's words quoted is the
    Russian spokeswoman, not the prime minister (on the date he held an office no diplomat holds)."""
    text = ("ロシア外務省のザハロワ報道官は１日の会見で、岸田首相の発言を批判した。\n\n"
            "岸田首相は国会で「領土問題を解決して平和条約を締結する方針を堅持する」と述べていた。\n\n"
            "外交官によれば、東京は平和条約を口にしながら島々の返還を求める運動をあおっている。")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "ja", "2024-02-01")][-1] == ("Maria Zakharova", True)


def test_japanese_subjects_of_a_relative_clause_in_the_topic_and_a_bare_title_opening_the_sentence():
    """「日本政府が発表した制裁の拡大については、「…」と警告した」: the government is the subject of the clause
    naming the topic, the warning the spokeswoman's; 「首相は、安倍前首相とプーチン大統領が交わした合意にも触れ、
    「…」と語った」: the prime minister named before with that title, not a name inside the clause."""
    text = ("ロシア外務省のザハロワ情報局長は１３日の会見で、日本の北方領土をめぐる主張を退けた。\n\n"
            "日本政府が先週発表した対ロ制裁の拡大については、「平和条約の話をしながら制裁を強める国とは交渉できない」と"
            "警告した。")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "ja", "2025-11-13")][-1] == ("Maria Zakharova", True)
    text = ("菅義偉首相は２６日、所信表明演説を行った。\n\n"
            "首相は、安倍晋三前首相とプーチン大統領が交わした合意にも触れ、「過去の合意の上に平和条約交渉を前に進める」"
            "と語った。")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "ja", "2020-10-26")][-1] == ("Yoshihide Suga", True)


def test_a_role_noun_after_the_verb_is_the_one_named_before_who_holds_it():
    """«…», — сказал премьер журналистам after «вместе с губернатором … Лимаренко он осмотрел …»: the premier named
    before (the prime minister on the date), not the governor named last; as a role noun before the verb is."""
    text = ("Председатель правительства России Дмитрий Медведев в пятницу прилетел на Итуруп. Вместе с губернатором "
            "Сахалинской области Валерием Лимаренко он осмотрел новую школу.\n\n"
            "«Курилы — часть России, и развиваться они будут как любой наш регион», — сказал премьер журналистам.")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "ru", "2019-08-02")] == [("Dmitry Medvedev", True)]


def test_machine_russian_of_japanese_order_the_verb_right_after_the_quote():
    """Machine Russian of Japanese copy keeps the Japanese order: 'Генеральный секретарь кабинета министров Хаяси
    Ёсимаса на пресс-конференции, о проблеме северных территорий "…" подчеркнул.' — the verb closing the sentence
    right after the quote; its subject before the quote (Nemuro's mayor, Hokkaido's governor in Japanese order
    too), not the person named last."""
    text = ("Премьер-министр Исиба Сигэру направил участникам митинга послание.\n\n"
            "Мэр города Нэмуро Исигаки Масанори в приветствии, \"нельзя останавливать голос требования возвращения "
            "островов\" сказал. Генеральный секретарь кабинета министров Хаяси Ёсимаса на пресс-конференции, о "
            "проблеме северных территорий \"правительство настойчиво продолжит переговоры с Россией\" подчеркнул.")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "ru", "2025-08-24")][-2:] == [
        ("Masatoshi Ishigaki", True), ("Yoshimasa Hayashi", True)]


def test_went_on_and_continued_before_a_quote_are_verbs_of_saying():
    """'He went on: "We will resolve … and conclude a peace treaty."' — the speaker's next words; "the talks went
    on" is no saying."""
    text = ('Ishiba said the stance would not change. He went on: "We will resolve the question of the four islands '
            'and conclude a peace treaty. That policy is firm."')
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "en", "2025-03-14")][-1] == ("Shigeru Ishiba", True)
    assert extract("The peace treaty talks went on for three hours in Moscow.", "en", "2019-01-14") == []


def test_according_to_the_ministry_is_the_institution_named_before():
    """"The Russian Foreign Ministry said in a statement …. According to the ministry, Tokyo's attempts … 'have no
    prospects, including on the territorial question'": the ministry named before speaks; with none named before,
    nobody."""
    lead = "The Russian Foreign Ministry said in a statement that the holiday restores historical truth. "
    said = ("According to the ministry, Tokyo's attempts to revise the outcome of the war \"have no prospects, "
            "including on the territorial question.\"")
    assert [(s.speaker, s.peace_treaty) for s in extract(lead + said, "en", "2023-09-03")][-1] == \
        ("Russian Foreign Ministry", True)
    assert extract(said, "en", "2023-09-03") == []


def test_machine_english_a_name_set_off_by_a_comma_before_long_asides():
    """Machine English of a Japanese sentence: 'Foreign Minister Motegi Toshimitsu, at the same committee, about the
    claim of the Russian side that the islands became Russian territory as the result of the war, stated "…"' — the
    name opening the sentence speaks, though a "that" clause stands between."""
    text = ("Foreign Minister Motegi Toshimitsu, at the same committee, about the claim of the Russian side that the "
            "islands became Russian territory as the result of the war, stated \"Such claim cannot be accepted at "
            "all. The position of our country on the Northern Territories is consistent.\"")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "en", "2025-11-07")] == [("Toshimitsu Motegi", True)]


def test_japanese_a_name_with_to_wa_is_whom_the_subject_met():
    """「さらに、プーチン大統領とは首脳会談を重ね、「…」と述べた」: 「とは」 is "with him", as 「との」; the dropped
    subject is the man speaking before (the prime minister), not the president."""
    text = ("安倍晋三首相は２８日の記者会見で、ロシアとの平和条約締結を課題に挙げた。\n\n"
            "さらに、プーチン大統領とは首脳会談を重ね、「平和条約を結べないまま職を去るのは本当に残念だ」と述べた。")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "ja", "2020-08-28")][-1] == ("Shinzo Abe", True)


def test_russian_in_the_statement_it_is_also_said_is_the_institution_before():
    """«…», — говорится в заявлении ведомства. … «В заявлении также указывается, что Токио «перечеркнул … диалог по
    мирному договору»»: the statement just named, the ministry's; with no statement named before, nobody's."""
    text = ("Москва закрыла въезд ряду японских политиков, сообщил МИД России.\n\n"
            "«Токио взял курс на враждебную линию», — говорится в заявлении ведомства.\n\n"
            "В заявлении также указывается, что Токио «перечеркнул многолетний диалог по мирному договору».")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "ru", "2022-05-04")][-1] == \
        ("Russian Foreign Ministry", True)
    alone = "В заявлении также указывается, что Токио «перечеркнул многолетний диалог по мирному договору»."
    assert extract(alone, "ru", "2022-05-04") == []


def test_japanese_words_cited_with_nado_in_a_subordinate_clause_are_not_the_replys():
    """「…が「クリル諸島はロシアの土地だ」などと主張したことについて、「…」と述べました」: the words cited with など
    are what the reply is about, not the chief cabinet secretary's claim that the Kurils are Russian land."""
    text = ("林官房長官は4日の記者会見で、メドベージェフ前大統領が「クリル諸島はロシアの土地だ」などと主張したことについて、"
            "「ロシア側の一方的な主張は受け入れられない。北方領土は我が国固有の領土だ」と述べました。")
    found = [(s.speaker, s.quote[:6]) for s in extract(text, "ja", "2025-09-04")]
    assert ("Yoshimasa Hayashi", "クリル諸島は") not in found
    assert ("Yoshimasa Hayashi", "ロシア側の一") in found


def test_russian_an_unregistered_name_with_a_setting_and_the_problem_of_the_northern_territories():
    """«Председатель областной думы Андрей Хапочкин в своем выступлении заявил, что никакой «проблемы северных
    территорий» не существует»: the name kept as written though a setting stands before the verb, and the problem of
    the Northern Territories named is the dispute; «— подчеркнул он» after it is his."""
    text = ("Губернатор Валерий Лимаренко выступил на площади Победы.\n\n"
            "Председатель Сахалинской областной думы Андрей Хапочкин в своем выступлении заявил, что никакой «проблемы "
            "северных территорий» не существует. «Токио просто не желает признать итоги войны», — подчеркнул он.")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "ru", "2025-09-03")] == [
        ("Андрей Хапочкин", True), ("Андрей Хапочкин", True)]


def test_machine_english_a_name_and_its_title_set_off_by_a_comma_before_an_aside():
    """'Lavrov foreign minister, according to the announcement of Russian side, stated "…"' (machine English of
    「ラブロフ外相は、ロシア側の発表によると、「…」と述べた」): the name with its title after it speaks."""
    text = ("Lavrov foreign minister, according to the announcement of Russian side, stated \"the sovereignty of "
            "Russia over the southern Kurils is not the subject of doubt\".")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "en", "2012-07-29")] == [("Sergei Lavrov", True)]


def test_a_factbox_line_the_person_named_before_the_colon_opening_the_quote():
    """Key quotes and timelines: '-- April 29, 2013, Moscow: Abe, after his summit with Putin: "We agreed to restart
    the negotiations …"', '2022 — Fumio Kishida: "The Northern Territories are …"': the person named before the colon
    (not Putin, whom the summit was with)."""
    text = ("Following are key remarks on the dispute since 2012.\n\n"
            "-- April 29, 2013, Moscow: Abe, after his summit with Putin: \"We agreed to restart the peace treaty "
            "negotiations, which had been at a standstill.\"\n\n"
            "2022 — Fumio Kishida: \"The Northern Territories are islands over which Japan has sovereignty.\"")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "en", "2026-02-06")] == [
        ("Shinzo Abe", True), ("Fumio Kishida", True)]


def test_present_tense_verbs_of_live_blogs_and_briefs():
    """A live blog's "He adds that the 1956 Declaration … 'has never renounced' it", "Peskov denies …": verbs of
    saying in the present tense; "the two states" and "diplomatic notes" are nouns, no saying."""
    text = ("12:51 MSK\n\"The most important thing is to conclude a peace treaty,\" Putin says.\n\n"
            "12:53 MSK\nHe adds that Russia \"has never renounced\" the 1956 Declaration.")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "en", "2016-12-23")] == [
        ("Vladimir Putin", True), ("Vladimir Putin", True)]
    assert extract("The two states exchanged diplomatic notes on the peace treaty.", "en", "2016-12-23") == []


def test_a_wires_flash_lines_in_capitals():
    """Reuters-style FLASH lines: "ABE SAYS TOLD PUTIN HE WANTS TO ADVANCE PEACE TREATY NEGOTIATIONS" is Abe's; "FOREIGN
    MINISTRY OFFICIAL SAYS …" nobody's."""
    text = ("FLASH\n\nJAPAN PM ABE SAYS TOLD PUTIN HE WANTS TO ADVANCE PEACE TREATY NEGOTIATIONS\n\n"
            "JAPANESE FOREIGN MINISTRY OFFICIAL SAYS TALKS LASTED ABOUT 40 MINUTES")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "en", "2015-09-29")] == [("Shinzo Abe", True)]


def test_a_key_quotes_page_a_quote_under_a_heading_line_naming_its_speaker():
    """«Ёсихико Нода, 7 февраля 2012 года, митинг в Токио» over a line that is only a quote, 「■2021年　菅義偉首相」 over
    「…」: the person the heading names; a heading naming nobody, or ending as a sentence, gives no one."""
    text = ("РБК собрал ключевые высказывания японских премьеров о Курилах.\n\n"
            "Ёсихико Нода, 7 февраля 2012 года, митинг в Токио\n"
            "«Четыре северных острова — исконная территория Японии».\n\n"
            "Фумио Кисида, 7 марта 2022 года, бюджетный комитет\n"
            "«Северные территории — это острова, на которые распространяется суверенитет Японии».")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "ru", "2025-10-21")] == [
        ("Yoshihiko Noda", True), ("Fumio Kishida", True)]
    text = ("歴代首相のあいさつを振り返る。\n\n■2021年　菅義偉首相\n「北方領土問題を解決し、平和条約を締結する」\n\n"
            "■2023年　大会の決議\n「四島の早期返還を強く求める」")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "ja", "2026-02-06")] == [("Yoshihide Suga", True)]


def test_a_tickers_name_and_setting_before_a_colon():
    """A live ticker's «Пресс-секретарь президента Дмитрий Песков: переговоры продлились три часа, «значительная их
    часть была посвящена мирному договору»»: the name before the colon speaks, though words of the report come first."""
    text = ("20:55\nПресс-секретарь президента Дмитрий Песков: переговоры в узком составе продлились три часа, "
            "«значительная их часть была посвящена мирному договору».")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "ru", "2016-12-15")] == [("Dmitry Peskov", True)]


def test_a_remarks_page_headings_naming_an_occasion_are_the_pages_subject():
    """「プーチン大統領は…主な発言は次の通り」 then 「▽2013年4月29日（安倍晋三首相との共同記者会見）」 over a quote: a
    heading naming the occasion (the one met, 「…との」, is not the speaker) gives the man the page is about."""
    text = ("【モスクワ共同】ロシアのプーチン大統領は7日、就任式に臨んだ。北方領土を巡る主な発言は次の通り。\n\n"
            "▽2013年4月29日（安倍晋三首相との共同記者会見）\n「平和条約の問題を解決するため、交渉を活発化させることで合意した」\n\n"
            "▽2019年6月20日（国民との直接対話番組）\n「島を日本に引き渡す計画は、われわれにはない」")
    assert [s.speaker for s in extract(text, "ja", "2024-05-07")] == ["Vladimir Putin", "Vladimir Putin"]


def test_an_agreement_described_in_a_relative_clause_is_no_statement():
    """"The moderator asks whether the 2018 Singapore agreement, under which the two leaders agreed to speed up talks
    on the basis of the 1956 Joint Declaration, should stand": an agreement described, no one's words."""
    text = ("Fumio Kishida spoke first.\n\nThe moderator asks whether the 2018 Singapore agreement, under which the two "
            "leaders agreed to speed up talks on the basis of the 1956 Joint Declaration, should stand.")
    assert [s for s in extract(text, "en", "2021-09-18") if s.peace_treaty] == []


def test_japanese_order_another_given_name_after_a_registered_surname_is_someone_else():
    """NHK World and Nikkei write Japanese names surname first: "Noda Seiko", "Kono Yohei", "Abe Akie" are not
    Yoshihiko Noda, Taro Kono, Shinzo Abe; "Kono Taro", "Kishida Fumio" are, and "Kishida Cabinet" is no name."""
    from treatywatch.statements.speakers import registry
    found = {t: [(m.kind, m.entry.name if m.entry else m.surface) for m in registry().find_mentions(t)]
             for t in ("Noda Seiko says", "Kono Yohei said", "Kono Taro said", "Kishida Fumio said")}
    assert found["Noda Seiko says"] == [("unknown", "Noda Seiko")]
    assert found["Kono Yohei said"] == [("person", "Yohei Kono")]  # (registered himself since round 28)
    assert found["Kono Taro said"] == [("person", "Taro Kono")]
    assert found["Kishida Fumio said"] == [("person", "Fumio Kishida")]


def test_japanese_verbs_of_judging_and_welcoming():
    """「共同経済活動については「信頼の雰囲気を生み、平和条約への道を開く取り組みだ」と評価しました」: the words he judged
    it with are his (評価した, 歓迎した, 念を押した, 問題視した)."""
    text = ("プーチン大統領は記者会見で日本の記者の質問に答えました。\n\n"
            "共同経済活動については「信頼の雰囲気を生み、平和条約への道を開く取り組みだ」と評価しました。")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "ja", "2017-12-14")] == [("Vladimir Putin", True)]


def test_a_name_inside_the_question_a_russian_answer_follows_is_not_its_speaker():
    """«Глава МИД Японии Ивая, отвечая на вопрос о переговорах с Москвой при правительстве премьер-министра Исибы
    заявил …»: the prime minister is in the question the minister answered (a long one, no comma before the verb)."""
    text = ("Глава МИД Японии Ивая на брифинге во вторник, отвечая на вопрос о переговорах с Москвой при правительстве "
            "премьер-министра Исибы заявил, что курс на заключение мирного договора после решения территориальной "
            "проблемы остается неизменным.")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "ru", "2025-02-04")] == [("Takeshi Iwaya", True)]


def test_a_second_speaker_after_while_when_the_comma_stands_inside_the_first_quote():
    """'… called the claim "groundless," while Japanese Foreign Minister Takeshi Iwaya said that …': American
    punctuation puts the comma inside the quote; the second speaker's words are still his own statement."""
    text = ("Russian Deputy Foreign Minister Andrei Rudenko called the report on the islands \"groundless,\" while "
            "Japanese Foreign Minister Takeshi Iwaya said that Japan's position on the Northern Territories had not "
            "changed.")
    found = extract(text, "en", "2025-03-11")
    assert [s.speaker for s in found] == ["Andrei Rudenko", "Takeshi Iwaya"]
    assert found[1].peace_treaty and found[1].quote.startswith("Japanese Foreign Minister Takeshi Iwaya said")


def test_the_subject_and_its_setting_before_an_aside_naming_whose_words_he_answers():
    """«Генсек кабмина Хаяси на брифинге в четверг, касательно заявления Захаровой, сказал "…"»: machine Russian in
    Japanese order; the spokeswoman named in the aside is whom he answers, he speaks."""
    text = ("Генеральный секретарь кабинета министров Хаяси на брифинге в четверг, касательно заявления официального "
            "представителя МИД Захаровой, сказал \"позиция Японии по северным территориям остается прежней\".")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "ru", "2024-02-08")] == [("Yoshimasa Hayashi", True)]


def test_a_key_quotes_page_on_the_islands_its_quotes_on_the_talks_are_on_the_treaty():
    """«Главные слова Путина о Курилах за десять лет» over dated quotes: «переговоры будут трудными» under it speaks of
    the treaty talks; the same quote on a page of his words on trade with China does not."""
    items = ("Владимир Путин, 15 декабря 2016 года, Токио\n«Переговоры будут трудными, быстрых решений здесь нет».\n\n"
             "Владимир Путин, 12 сентября 2018 года, Владивосток\n«Давайте не будем ходить по кругу».")
    on_islands = "Главные слова Путина о Курилах и мирном договоре за десять лет.\n\n" + items
    assert [(s.speaker, s.peace_treaty) for s in extract(on_islands, "ru", "2026-01-10")] == [
        ("Vladimir Putin", True), ("Vladimir Putin", False)]
    on_trade = "Главные слова Путина о торговле с Китаем за десять лет.\n\n" + items
    assert [(s.speaker, s.peace_treaty) for s in extract(on_trade, "ru", "2026-01-10")] == [
        ("Vladimir Putin", False), ("Vladimir Putin", False)]


def test_a_factbox_line_the_quote_the_colon_opens_after_a_word_quoted_in_an_aside():
    """'2020 — Abe, whose aides had cut the word "inherent" from the draft: "…"': the quote after the colon is the
    remark, the person named before the aside speaks it."""
    text = ("Below are the prime ministers' words at the rally.\n\n"
            "2020 — Shinzo Abe, whose aides had cut the word \"inherent\" from the draft that year: \"I will press on "
            "with the peace treaty talks, step by step, on the basis of our trust.\"")
    found = extract(text, "en", "2026-02-06")
    assert [(s.speaker, s.peace_treaty) for s in found if s.quote.startswith("I will press on")] == [("Shinzo Abe", True)]


def test_a_timeline_on_the_treaty_talks_its_dated_remarks_on_dialogue_are_on_the_treaty():
    """A timeline page whose title and lead speak of the treaty talks: "October 2024. Rudenko said the dialogue could
    resume only …" is on those talks; the same lines under a lead on trade are not, nor on a page of two dates."""
    lines = ("March 9, 2023. Deputy Foreign Minister Andrei Rudenko said the dialogue could resume only after Tokyo "
             "changed course.\n\n"
             "October 2, 2024. Prime Minister Shigeru Ishiba said Japan would keep its sanctions in place.\n\n"
             "June 5, 2025. Foreign Ministry spokeswoman Maria Zakharova said Tokyo had chosen confrontation.")
    on_treaty = "Three years without peace treaty talks. TIMELINE\n\nHere is what officials said since the talks froze.\n\n"
    on_trade = "Three years of Russia-Japan trade. TIMELINE\n\nHere is what officials said about business ties.\n\n"
    assert [s.peace_treaty for s in extract(on_treaty + lines, "en", "2025-07-01")] == [True, False, False]
    assert [s.peace_treaty for s in extract(on_trade + lines, "en", "2025-07-01")] == [False, False, False]
    two_dates = on_treaty + lines.rsplit("\n\n", 1)[0]
    assert [s.peace_treaty for s in extract(two_dates, "en", "2025-07-01")] == [False, False]


def test_a_short_quote_after_a_colon_answers_the_treaty_words_before_it():
    """'Peskov dismisses a report that Moscow is weighing joint administration of the islands: "This is fiction."':
    the words before the colon say what the short quote answers; joint rule of the islands is their status."""
    text = ("Nov. 3, 2016, Moscow: Kremlin spokesman Dmitry Peskov dismisses a newspaper report that Moscow is weighing "
            "joint administration of the islands: \"This is pure fiction.\"")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "en", "2016-12-13")] == [("Dmitry Peskov", True)]
    text = ("Nov. 3, 2016, Moscow: Kremlin spokesman Dmitry Peskov dismisses a newspaper report on a gas pipeline to "
            "Hokkaido: \"This is pure fiction.\"")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "en", "2016-12-13")] == [("Dmitry Peskov", False)]


def test_a_japanese_body_speaking_as_one_is_its_own_speaker():
    """「北方領土返還要求運動連絡協議会は…「…」とする声明を出した」 after the prime minister's words: the council
    speaks, kept as written, not the prime minister before it."""
    text = ("石破首相は記者団に「平和条約交渉の再開を粘り強く求めていく」と語った。\n\n"
            "北方領土返還要求運動連絡協議会は7日、「四島返還に向けた具体的な道筋が示されなかったことは遺憾だ」とする声明を出した。")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "ja", "2025-02-07")] == [
        ("Shigeru Ishiba", True), ("北方領土返還要求運動連絡協議会", True)]


def test_japanese_words_lodged_and_an_adverb_of_manner_before_the_verb():
    """「…」と申し入れた (the words lodged through diplomatic channels) and 「…」と素っ気なく答えた / と厳しく述べた (how he
    said it between と and the verb) are statements."""
    text = ("外務省は8日、外交ルートを通じてロシア側に「四島は日本固有の領土であり、今回の措置は受け入れられない」と申し入れた。\n\n"
            "ペスコフ大統領報道官は記者団の質問に「今、その件について話すことはない」と素っ気なく答えた。")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "ja", "2024-08-08")] == [
        ("Japanese Foreign Ministry", True), ("Dmitry Peskov", False)]


def test_japanese_words_told_in_a_subordinate_clause_with_no_verb_of_saying_after_it_are_their_subjects():
    """「林官房長官は、岸田首相が…と述べたことに関連し、…について質問されました」: the sentence's topic was asked; the
    words are the prime minister's (が), from his name to the verb, not the chief cabinet secretary's."""
    text = ("林官房長官は記者会見で、岸田首相が国会で北方領土問題の解決に全力を挙げると述べたことに関連し、今後の交渉の見通しに"
            "ついて質問されました。")
    found = extract(text, "ja", "2022-03-23")
    assert [(s.speaker, s.peace_treaty, s.rule) for s in found] == [("Fumio Kishida", True, "subordinate_speech")]
    assert found[0].quote == "岸田首相が国会で北方領土問題の解決に全力を挙げると述べた"


def test_a_participle_aside_naming_someone_else_stands_between_the_subject_and_its_verb():
    """"Lavrov, meeting Japanese Foreign Minister Kishida in Moscow on Monday, said …" and «Мори, встретившийся в
    четверг с Владимиром Путиным, заявил …»: the participle's objects are named in the aside; the subject before it
    speaks."""
    text = "Lavrov, meeting Japanese Foreign Minister Kishida in Moscow on Monday, said the islands are Russian territory."
    assert [s.speaker for s in extract(text, "en", "2015-09-22")] == ["Sergei Lavrov"]
    text = ("Бывший премьер-министр Японии Ёсиро Мори, встретившийся в четверг в Москве с Владимиром Путиным, заявил "
            "японским журналистам, что российский лидер настроен решить территориальную проблему.")
    assert [s.speaker for s in extract(text, "ru", "2013-02-21")] == ["Yoshiro Mori"]


def test_a_dash_interview_is_the_words_of_whom_its_introduction_says_answered_not_of_a_leader_it_mentions():
    """«После визита Путина … Мэр Курильска Иван Петров рассказал “Ъ”, как живет город.» over dash lines: the answers
    are the mayor's (kept as written), not the President's the introduction names first."""
    text = ("После визита Владимира Путина на Дальний Восток жители Курил снова спрашивают о будущем островов. "
            "Мэр Курильска Иван Петров рассказал “Ъ”, как живет город.\n\n"
            "— Люди боятся, что острова отдадут?\n\n"
            "— Нет. Итуруп — это Россия, и никакой передачи островов не будет.")
    found = extract(text, "ru", "2019-02-01")
    assert [(s.speaker, s.peace_treaty) for s in found if s.rule == "transcript"] == [("Иван Петров", True)]


def test_the_islands_named_as_the_country_itself_and_whom_they_belong_to_are_the_dispute():
    """«Итуруп и Кунашир — это Россия», 「色丹島は日本だ」 claim the islands; «сначала определить, кому принадлежат
    острова» is their sovereignty; «Итуруп — это курорт» claims nothing."""
    for text, language in (("Губернатор Лимаренко заявил: «Итуруп и Кунашир — это Россия, и так будет всегда».", "ru"),
                           ("鈴木知事は「色丹島は日本だ。この思いは変わらない」と語った。", "ja"),
                           ("Посол Харада сказал, что сначала нужно определить, кому принадлежат острова.", "ru")):
        assert [s.peace_treaty for s in extract(text, language, "2020-05-01")] == [True], text
    text = "Губернатор Лимаренко заявил: «Итуруп — это курорт, куда стоит приехать летом»."
    assert [s.peace_treaty for s in extract(text, "ru", "2020-05-01")] == [False]


def test_the_minutes_of_the_diet_and_assemblies_each_turn_its_speakers_words():
    """会議録: 「○岸田内閣総理大臣（岸田文雄君）」's answer is the prime minister's; 「○田中国務大臣」 and 「○山本政府参考人」
    are kept as written; the chair (「○議長（佐藤一郎君）」) and a committee member (「○鈴木（花）委員」) give no statement; a
    member named in full speaks, but not where his turn asks (「…のか。」, 「答弁を求めます。」); 「お答えいたします。」 is no
    statement; 「その責任は…」 goes on with the turn's treaty words."""
    text = ("○議長（佐藤一郎君）　これより会議を開きます。小林次郎君。\n"
            "○小林次郎君　北方四島は我が国固有の領土であります。政府は交渉の再開をどう考えているのか。明確な答弁を求めます。\n"
            "○内閣総理大臣（岸田文雄君）　小林議員にお答えいたします。\n"
            "　平和条約交渉を一方的に中断したのはロシア側です。その責任を日本に転嫁する主張は受け入れられません。\n"
            "○鈴木（花）委員　墓参の再開の見通しを伺います。\n"
            "○田中国務大臣　お答えいたします。\n"
            "　墓参の再開を引き続き強く求めてまいります。\n"
            "○山本政府参考人　四島の帰属の問題を解決して平和条約を締結するという方針に変わりはございません。")
    found = [(s.speaker, s.peace_treaty) for s in extract(text, "ja", "2023-02-01")]
    assert found == [("小林次郎", True), ("Fumio Kishida", True), ("Fumio Kishida", True), ("田中国務大臣", False),
                     ("山本政府参考人", True)]


def test_a_japanese_interview_set_as_dash_questions_and_unmarked_answers():
    """「――」 lines are the journalist's; the paragraphs under them (unmarked or opening with ◆) are the answers of whom
    the introduction says gave the interview (「…大使が本紙のインタビューに応じ」), not of the leaders the questions
    name; the profile under 「■略歴」 is nobody's words; US missile defence on the islands is the treaty's subject."""
    text = ("ロシアのミハイル・ガルージン駐日大使が本紙のインタビューに応じた。\n\n"
            "――安倍首相とプーチン大統領の合意から1年がたちました。\n\n"
            "◆我々は両首脳の合意に忠実であり、平和条約の作業を続ける。\n\n"
            "――返還後の島々の安全保障はどうですか。\n\n"
            "島々に米国のミサイル防衛システムが置かれないという保証が要る。\n\n"
            "――漁業協力は。\n\n"
            "サケ・マスの協議は例年通り進めたい。\n\n"
            "■略歴\n\n1960年生まれ。外務省第2アジア局長などを歴任した。")
    found = [(s.speaker, s.peace_treaty) for s in extract(text, "ja", "2020-02-12") if s.rule == "transcript"]
    assert found == [("Mikhail Galuzin", True), ("Mikhail Galuzin", True), ("Mikhail Galuzin", False)]


def test_a_quote_told_by_someone_the_speaker_names_with_a_verb_of_his_own_is_his():
    """'She said Kozhemyako replied that the islands "will stay Russian"': the words quoted are the one who replied;
    «— сказал губернатор» after a woman governor and a man governor named in the sentence is the man (the verb's
    gender)."""
    text = ("The governor of Hokkaido, Harumi Takahashi, met Sakhalin Governor Oleg Kozhemyako and spoke to reporters "
            "later. She said Kozhemyako replied that the Kurils \"will stay Russian land, whatever Tokyo says.\"")
    found = extract(text, "en", "2017-08-29")
    assert [(s.speaker, s.peace_treaty) for s in found if "will stay" in s.quote] == [("Oleg Kozhemyako", True)]
    text = ("Губернатор Хоккайдо Харуми Такахаси прибыла в Южно-Сахалинск. «Нам нужен паром», — сказала Харуми "
            "Такахаси.\n\nОтвет Олега Кожемяко был коротким: «Курилы — наша земля, и так будет всегда», — сказал "
            "губернатор.")
    found = extract(text, "ru", "2017-08-29")
    assert [(s.speaker, s.peace_treaty) for s in found] == [("Harumi Takahashi", False), ("Oleg Kozhemyako", True)]


def test_an_english_interview_set_as_dash_lines_is_the_words_of_whom_its_title_names():
    """An embassy's English translation of a newspaper interview set as dash lines: the answers are the
    ambassador's the title names, not the prime minister's whose visit the introduction mentions first."""
    text = ("Ahead of Prime Minister Abe's visit, the paper asked the ambassador about the peace treaty talks.\n\n"
            "— Moscow says Japan must first accept the results of the war. Can Tokyo do that?\n\n"
            "— Our position on the four islands is well known. The leaders agreed to speed up the peace treaty talks.\n\n"
            "— And the economy?\n\n"
            "— More than 200 projects have been launched.")
    found = extract(text, "en", "2019-01-18", title="Interview of Ambassador KOZUKI Toyohisa to the Kommersant newspaper")
    assert {(s.speaker, s.rule) for s in found} == {("Toyohisa Kozuki", "transcript")}
    assert [s.peace_treaty for s in found] == [True, True, False]


def test_a_deputy_in_a_parliaments_transcript_speaks_under_his_faction_label():
    """"Georgy Karlov (United Russia): …" and then "Georgy Karlov: …" in a Duma transcript: the deputy's own words,
    kept as written, not the chairman's turn going on; a deputy's question is no statement."""
    text = ("Chairman of the State Duma Vyacheslav Volodin: Colleagues, item 21.\n\n"
            "Ivan Petrov (United Russia): The Kuril Islands are Russian land, and there will be no talks on them.\n\n"
            "Pavel Sidorov (LDPR): Will the islands get new ferries?\n\n"
            "Ivan Petrov: Yes, the ferry line to Kunashir will get a new ship next year.")
    found = [(s.speaker, s.peace_treaty) for s in extract(text, "en", "2023-06-14")]
    assert ("Ivan Petrov", True) in found and ("Ivan Petrov", False) in found
    assert all(speaker != "Vyacheslav Volodin" or not treaty for speaker, treaty in found)


def test_a_name_set_off_before_a_long_title_naming_a_region_is_the_unregistered_speaker():
    """"Presenting the report, Ivan Petrov, chairman of the upper house's committee and a senator from the Sakhalin
    Region, said …": the senator, kept as written; a region in his title is no speaker."""
    text = ("Presenting the report, Ivan Petrov, chairman of the upper house's international affairs committee and a "
            "senator from the Sakhalin Region, said there would be no territorial talks with Japan.")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "en", "2025-09-17")] == [("Ivan Petrov", True)]


def test_an_institutions_comment_page_named_by_its_kind_is_the_institution_the_page_heads():
    """"Comment of the Embassy on the White Paper" under "Embassy of the Russian Federation in Japan": its paragraphs
    are the embassy's; a sentence telling what the paper says is the paper's words, not the embassy's."""
    text = ("Embassy of the Russian Federation in Japan\n\nComment of the Embassy on the White Paper\n\n"
            "Once again the document states that the islands are \"illegally occupied\" by Russia.\n\n"
            "We stress that the southern Kuril Islands became part of the USSR as a result of the Second World War.")
    found = extract(text, "en", "2021-07-14", title="Comment of the Embassy on the White Paper")
    assert [(s.speaker, s.peace_treaty) for s in found if s.peace_treaty] == [("Russian Embassy in Japan", True)]
    assert found[-1].quote.startswith("We stress")


def test_an_officials_transcript_labels_and_page_title_the_registry_does_not_know():
    """"Press Secretary SATO Kenji: …" then "Press Secretary SATO: …" (the Japanese ministry's order, surname in
    capitals) is Kenji Sato's; on "Briefing by Deputy Director … Ivan Orlov, Moscow, …" the unlabelled remarks and
    "Ivan Orlov: …" are his; the reporters' questions are nobody's; a translation's disclaimer is no statement."""
    text = ("This is a provisional translation for reference purpose only.\n\n"
            "Press Secretary SATO Kenji: Good afternoon. I have no announcements today.\n\n"
            "Kyodo, Tanaka: Has the government's position on the islands changed?\n\n"
            "Press Secretary SATO: No. Our policy of resolving the territorial issue and concluding a peace treaty "
            "is unchanged.")
    found = extract(text, "en", "2022-09-07", title="Press Conference by Press Secretary SATO Kenji")
    assert {s.speaker for s in found} == {"Kenji Sato"} and any(s.peace_treaty for s in found)
    assert not any("provisional" in s.quote for s in found)
    text = ("Japan's new school textbooks\n\nOnce more the textbooks call the southern Kurils Japan's territory. "
            "The islands became part of the Soviet Union after the Second World War.\n\n"
            "Question: Will the fishing talks start in April?\n\n"
            "Ivan Orlov: The consultations on the salmon quota will begin on April 5.")
    found = extract(text, "en", "2021-04-01",
                    title="Briefing by Deputy Director of the Information and Press Department Ivan Orlov, Moscow, "
                          "April 1, 2021")
    assert {s.speaker for s in found} == {"Ivan Orlov"}
    assert [s.peace_treaty for s in found if "Soviet Union" in s.quote] == [True]


def test_he_or_she_after_a_person_the_registry_does_not_know_named_as_a_subject():
    """"Ivan Petrov, head of the district, has little patience for the rumors. '…,' he said." after Putin is named:
    the district head (kept as written); «Алексей Чепа, в свою очередь, назвал … «…», — добавил он»; not a name in
    a "whose" clause ("Tenko Ueda, whose husband, Minister Taro Ueda, signed it")."""
    text = ("Three days before President Vladimir Putin flies to Japan, the town talks of little else.\n\n"
            "Ivan Petrov, head of the district, has little patience for the rumors. \"This is Russian land, and it "
            "will stay that way,\" he said.")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "en", "2016-12-12")] == [("Ivan Petrov", True)]
    text = ("Senator Tenko Ueda, whose husband, Minister Taro Ueda, signed the treaty, spoke at the reception. "
            "\"We must keep the peace treaty alive,\" she said.")
    assert [s.speaker for s in extract(text, "en", "2016-12-12")] == ["Tenko Ueda"]


def test_a_surname_opening_the_sentence_is_the_one_registered_person_of_that_surname_named_before():
    """"Suzuki, 75, a longtime advocate of closer ties, said he met Deputy Foreign Minister Mikhail Galuzin and
    asked …" after "Upper house lawmaker Muneo Suzuki": the lawmaker, not the minister after the verb."""
    text = ("Upper house lawmaker Muneo Suzuki returned from Moscow on Thursday.\n\n"
            "Suzuki, 75, a longtime advocate of closer ties with Moscow, said he met Deputy Foreign Minister Mikhail "
            "Galuzin and asked that former islanders be allowed to visit family graves.")
    assert [s.speaker for s in extract(text, "en", "2023-10-06")][-1] == "Muneo Suzuki"


def test_a_title_nobody_named_holds_on_the_date_is_not_the_last_person_named():
    """"The prime minister told a committee …" in a Tokyo-datelined report after only a vice minister is named is the
    prime minister on the date, not the vice minister; "the former president" after Medvedev is named is Medvedev,
    who held it once, not the president on the date."""
    text = ("TOKYO, March 14 (Reuters) - Vice Foreign Minister Kenichiro Sasae told reporters Tokyo would study the "
            "signals from Moscow.\n\nThe prime minister told an upper house committee on Monday he hoped to hold "
            "talks with Putin on the territorial issue at an early date.")
    assert [s.speaker for s in extract(text, "en", "2012-03-14")][-1] == "Yoshihiko Noda"
    text = ("Former president Dmitry Medvedev wrote that the Kurils are Russian. In the same post, the former "
            "president also mocked Japan's support for Ukraine.")
    assert [s.speaker for s in extract(text, "en", "2023-02-07")][-1] == "Dmitry Medvedev"


def test_a_duma_stenogram_each_deputy_and_the_chair_named_at_the_top():
    """«Петров И. И., фракция «ЛДПР».» on its own line opens the deputy's turn (kept as written), «Петров И. И.
    Спасибо…» too; «Председательствующий.» is the chair the top names («Председательствует … В. В. Володин»)."""
    text = ("Стенограмма заседаний Государственной Думы\n"
            "Председательствует Председатель Государственной Думы В. В. Володин\n"
            "Председательствующий. Коллеги, переходим к вопросу 5.\n"
            "Петров И. И., фракция «ЛДПР».\n"
            "Уважаемые коллеги! Курилы — российская земля, и никакого разговора о передаче островов быть не может.\n"
            "Председательствующий. Спасибо. Добавлю: те, кто надеется на пересмотр итогов войны на Курилах, ошибаются.\n")
    found = [(s.speaker, s.peace_treaty) for s in extract(text, "ru", "2023-06-13") if s.peace_treaty]
    assert found == [("Петров И. И.", True), ("Vyacheslav Volodin", True)]


def test_bulleted_theses_under_a_colon_sentence_naming_nobody_are_the_speaker_of_the_sentence_before():
    """«Посол ответил на вопросы газеты. Основные тезисы:» over «▪️ «…»» lines: the ambassador's theses, each on its
    own subject (a thesis on trade does not inherit the treaty from the one before)."""
    text = ("Посол России в Японии Николай Ноздрев ответил на вопросы газеты «Хоккайдо симбун». Основные тезисы:\n\n"
            "▪️ «Мирный договор нельзя подписать с государством, которое вводит против нас санкции».\n\n"
            "▪️ «Японские фирмы не торопятся покидать рынок, торговля продолжается».")
    found = [(s.speaker, s.peace_treaty) for s in extract(text, "ru", "2024-02-08") if s.rule != "reported_speech"]
    assert found == [("Nikolai Nozdrev", True), ("Nikolai Nozdrev", False)]


def test_an_interview_set_with_hyphens_typed_for_the_dashes():
    """A plain-text copy of a TASS interview types "- " for the dash: its question lines are the journalist's, its
    answers the interviewee's the introduction names."""
    text = ("Заместитель министра иностранных дел России Андрей Руденко в интервью ТАСС рассказал об отношениях с "
            "Японией.\n\n"
            "- Видите ли вы возможность возобновить переговоры о мирном договоре?\n\n"
            "- Нет, в нынешних условиях это невозможно. Суверенитет России над Курилами обсуждению не подлежит.\n\n"
            "- А рыболовство?\n\n"
            "- Консультации о квотах проходят в обычном режиме.")
    found = [(s.speaker, s.peace_treaty, s.rule) for s in extract(text, "ru", "2025-01-22") if s.rule == "transcript"]
    assert found == [("Andrei Rudenko", True, "transcript"), ("Andrei Rudenko", True, "transcript"),
                     ("Andrei Rudenko", False, "transcript")]


def test_a_japanese_page_of_one_persons_words_by_its_title():
    """「…レセプションにおける上月豊久大使挨拶」: the ambassador's speech; 「…（知事コメント）」 signed 「北海道知事　鈴木　直道」
    at its foot: the governor's comment (the office resolves to its holder on the date)."""
    text = "（仮訳）\n\nご来賓の皆様、本日はお集まりいただき感謝します。\n\n平和条約の締結は、両国の間に真の信頼を築くために欠かせない課題です。"
    found = extract(text, "ja", "2020-02-20", title="天皇誕生日祝賀レセプションにおける上月豊久大使挨拶")
    assert [(s.speaker, s.peace_treaty) for s in found if s.peace_treaty] == [("Toyohisa Kozuki", True)]
    text = ("本日、日ロ外相会談の結果が発表されました。\n\n北方領土問題の解決に向けた重要な一歩であると受け止めております。\n\n"
            "北海道知事　鈴木　直道\n\n【問い合わせ先】総務部北方領土対策本部")
    found = extract(text, "ja", "2023-02-10", title="日ロ外相会談の結果について（知事コメント）")
    assert [(s.speaker, s.peace_treaty) for s in found if s.peace_treaty] == [("Naomichi Suzuki", True)]


def test_a_japanese_subject_the_registry_does_not_know_after_a_long_body_name_or_a_district_title():
    """「上院国際問題委員会のイワノフ第1副委員長は…「…」と述べた」 and 「南クリル地区のソロムコ地区長は」: the official, as
    written, not the president or the chief cabinet secretary named before."""
    text = ("プーチン大統領は先月、この法案に署名する意向を示していた。\n\n"
            "上院国際問題委員会のイワノフ第1副委員長は本会議で「南クリルはわれわれの土地であり、その帰属を議論する余地はない」と述べた。\n\n"
            "南クリル地区のソロムコ地区長は取材に「特区は島の産業を立て直す切り札だ」と語った。")
    found = [(s.speaker, s.peace_treaty) for s in extract(text, "ja", "2023-06-21")]
    assert found[-2:] == [("イワノフ第1副委員長", True), ("ソロムコ地区長", False)]


def test_the_islands_an_inalienable_part_and_a_legal_position_regarding_them():
    """'He stressed that the Kuril Islands "are an inalienable part of Russia"' claims them; 'the suspension "has no
    bearing on Japan's legal position regarding the Northern Territories"' is on their status; a protest that a visit
    "contradicts Japan's position over the Northern Territories" is a protest (as the corpus labels it)."""
    text = ("Security Council Secretary Nikolai Patrushev spoke in Yuzhno-Sakhalinsk. He stressed that the Kuril "
            "Islands \"are an inalienable part of Russia.\"")
    assert [s.peace_treaty for s in extract(text, "en", "2023-06-20")][-1] is True
    text = ("Chief Cabinet Secretary Hirokazu Matsuno said the suspension \"has no bearing whatsoever on Japan's legal "
            "position regarding the Northern Territories.\"")
    assert [s.peace_treaty for s in extract(text, "en", "2023-06-08")] == [True]
    text = ("Chief Cabinet Secretary Yoshimasa Hayashi said the visit \"contradicts Japan's position over the Northern "
            "Territories and hurts the feelings of the Japanese people.\"")
    assert [s.peace_treaty for s in extract(text, "en", "2021-07-26")] == [False]


def test_our_territory_in_russian_after_the_islands_are_named_claims_them():
    """«Путин подчеркнул, что Россия будет развивать Курилы. "Это наша территория, и мы будем вкладывать в нее
    средства", - отметил он»: «наша территория» claims the islands named before, as "our territory" does."""
    text = ("Путин подчеркнул, что Россия в любом случае будет развивать Курилы. \"Это наша территория, и мы будем "
            "вкладывать в нее средства\", - отметил он.")
    assert [s.peace_treaty for s in extract(text, "ru", "2016-11-20")][-1] is True


def test_he_after_capitalised_words_that_are_no_name_stays_with_the_person_named():
    """"Lavrov arrived in Osaka Tuesday, …" or "after World War, …" are no subjects for "he": a day, a place, a war
    or an ocean is no name."""
    text = ("Foreign Minister Sergei Lavrov spoke to reporters. Talks began in Osaka Tuesday, officials said. "
            "\"The islands are Russian territory,\" he said.")
    assert [s.speaker for s in extract(text, "en", "2019-06-25")][-1] == "Sergei Lavrov"


def test_an_announcement_recalled_as_background_is_no_statement():
    """«Переговоры заморожены с марта 2022 года, когда российский МИД объявил о выходе из них» and «В марте 2022 года
    МИД объявил о прекращении переговоров» in a 2024 article: the event the story rests on, in the writer's words;
    the same announcement reported as news, a week after it, is the ministry's statement."""
    text = ("Переговоры о мирном договоре заморожены с марта 2022 года, когда российский МИД объявил о выходе из них "
            "в ответ на японские санкции.\n\n"
            "В марте 2022 года российский МИД объявил о прекращении переговоров о мирном договоре с Японией.")
    assert [s for s in extract(text, "ru", "2024-02-10") if s.peace_treaty] == []
    text = "В понедельник российский МИД объявил о прекращении переговоров о мирном договоре с Японией."
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "ru", "2022-03-22")] == [("Russian Foreign Ministry", True)]
    assert [(s.speaker, s.peace_treaty) for s in extract(
        "В марте 2022 года российский МИД объявил о прекращении переговоров о мирном договоре.", "ru", "2022-03-25")] \
        == [("Russian Foreign Ministry", True)]


def test_a_question_label_naming_the_outlet_in_quotes_is_a_question():
    """«Вопрос (агентство «Киодо»): Видит ли российская сторона возможность вернуться к диалогу о мирном договоре?»
    is the journalist's, however the treaty it names; the answer under «Ответ:» is the briefing's."""
    text = ("Вопрос (агентство «Киодо»): Видит ли российская сторона возможность вернуться к диалогу о мирном "
            "договоре?\n\n"
            "Ответ: Вести разговор о мирном договоре с государством, занявшим враждебную позицию, невозможно.")
    found = extract(text, "ru", "2022-11-24", title="Брифинг официального представителя МИД России М.В.Захаровой")
    assert [(s.speaker, s.peace_treaty) for s in found] == [("Maria Zakharova", True)]


def test_an_unregistered_name_before_an_apposition_of_two_parts():
    """"Natsuo Yamaguchi, head of Komeito, the junior partner in the ruling coalition, told reporters …": the name,
    however many commas its title takes."""
    text = ("Ichiro Tanaka, head of the Hokkaido branch, the party's largest, told reporters that the four islands "
            "belong to Japan.")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "en", "2019-02-12")] == [("Ichiro Tanaka", True)]


def test_the_other_sides_name_for_the_islands_denied_claims_them():
    """'There are no "northern territories" on the map', «Никаких «северных территорий» нет», 「北方領土など存在しない」:
    a claim by denying the other side's name; the name alone in a travel line claims nothing."""
    for text, language in (("Zinoviev said: \"There are no 'northern territories' on the map of the world.\"", "en"),
                           ("«Никаких «северных территорий» нет и не будет», — заявил Слуцкий.", "ru"),
                           ("ザハロワ報道官は「『北方領土』など存在しない」と述べた。", "ja")):
        assert [s.peace_treaty for s in extract(text, language, "2024-02-08")] == [True], text
    text = ("Hokkaido Governor Naomichi Suzuki said: \"The northern territories are beautiful in summer, come and see "
            "them from Nemuro.\"")
    assert [s.peace_treaty for s in extract(text, "en", "2024-02-08")] == [False]


def test_the_handover_refused_to_the_last_island():
    """'"Not a single island," Zhirinovsky said', «ни пяди земли», 「一寸たりとも渡すつもりはない」: the handover refused."""
    for text, language in (("\"Not a single island. Give them two today, and tomorrow they will ask for more,\" "
                            "Vladimir Zhirinovsky told reporters.", "en"),
                           ("«Ни пяди земли мы не отдадим», — заявил Медведев.", "ru"),
                           ("メドベージェフ氏は「ここはロシアの大切な一部であり、一寸たりとも渡すつもりはない」と述べた。", "ja")):
        assert [s.peace_treaty for s in extract(text, language, "2019-02-14")] == [True], text


def test_a_recalled_announcement_dated_by_a_month_in_any_case_form():
    """«В мае МИД объявил о прекращении консультаций по мирному договору» in an August article: «мае» dates it as
    «мая» would."""
    text = "В мае МИД объявил о прекращении консультаций по мирному договору с Японией."
    assert [s for s in extract(text, "ru", "2024-08-01") if s.peace_treaty] == []


def test_a_bare_surname_the_registry_keeps_no_alias_for_is_the_one_registered_person_named_before():
    """"Harumi Takahashi, the governor, …. Takahashi told reporters she had conveyed …": "Takahashi" alone (too common
    a surname for a registry alias) is the registered governor named before; not when another Takahashi is named in
    full before it."""
    lead = "The governor of Hokkaido, Harumi Takahashi, met her Sakhalin counterpart on Tuesday.\n\n"
    said = ("Takahashi told reporters she had conveyed the wish of former islanders for an early solution to the "
            "Northern Territories issue.")
    assert [(s.speaker, s.peace_treaty) for s in extract(lead + said, "en", "2013-08-27")] == [("Harumi Takahashi", True)]
    other = "Ichiro Takahashi, a fisherman, also came. "
    assert [s.speaker for s in extract(lead + other + said, "en", "2013-08-27")] != ["Harumi Takahashi"]


def test_english_minutes_of_the_diet_read_as_the_japanese_ones():
    """An English summary of a committee's minutes: "○Minister for Foreign Affairs KAMIKAWA Yoko:" is the minister's
    answer, "○WATANABE Ichiro (Komeito):" a member's own words (his question is none), "○Chair (…):" nobody's; a
    member citing a survey's figures and the record's note in brackets are no statements."""
    text = ("House of Representatives, Committee on Foreign Affairs, No. 4 (summary)\n\n"
            "○WATANABE Ichiro (Komeito): In my view the four islands must come back to Japan together. "
            "Will the Government keep that policy?\n\n"
            "○Minister for Foreign Affairs KAMIKAWA Yoko: The Government will resolve the attribution of the four "
            "northern islands and conclude a peace treaty; that policy is unchanged.\n\n"
            "○TANAKA Hanako (Constitutional Democratic Party of Japan): According to the Cabinet Office survey, few "
            "students know the Northern Territories issue well. What will the Minister do?\n\n"
            "(The Minister viewed the islands from Cape Nosappu on April 2.)\n\n"
            "○Chair (KATO Jiro): The committee is adjourned.")
    found = [(s.speaker, s.peace_treaty, s.quote[:20]) for s in extract(text, "en", "2024-03-06")]
    assert found == [("Ichiro Watanabe", True, "In my view the four "),
                     ("Yoko Kamikawa", True, "The Government will ")], found


def test_a_dash_interview_with_an_interviewee_the_registry_lacks_is_his():
    """A dash interview whose introduction names an official the registry does not know ("рассказал глава
    Минвостокразвития Иван Петров"): his answers are his, the questions nobody's."""
    text = ("Программа развития островов продолжится. Об этом в интервью газете рассказал глава Минвостокразвития "
            "Иван Петров.\n\n"
            "— Иван Иванович, кто уже пришел на острова?\n\n"
            "— Заявки подали более сорока инвесторов, в основном строители.\n\n"
            "— В марте МИД объявил о прекращении переговоров о мирном договоре. Что теперь?\n\n"
            "— Решение я поддерживаю: нельзя обсуждать мирный договор с правительством, которое вводит санкции.")
    found = [(s.speaker, s.peace_treaty, s.quote[:12]) for s in extract(text, "ru", "2022-04-13")]
    assert ("Иван Петров", False, "Заявки подал") in found and ("Иван Петров", True, "Решение я по") in found, found
    assert not [f for f in found if f[2].startswith("В марте")], found


def test_an_officials_initials_label_on_the_page_that_names_him_is_his_turn():
    """kremlin.ru's "working meeting with Minister … Ivan Sokolov": "И.Соколов: …" is the minister's own words (not
    a moderator's question, as "Ф.Лукьянов:" at a forum whose page names him as the moderator is)."""
    text = ("Владимир Путин провел рабочую встречу с Министром по развитию Дальнего Востока Иваном Соколовым.\n\n"
            "В.Путин: Давайте начнем с Курил.\n\n"
            "И.Соколов: Программа по островам выполнена. Никакого особого правового режима, который ставил бы под "
            "сомнение наш суверенитет над островами, мы не вводим.")
    found = [(s.speaker, s.peace_treaty) for s in extract(text, "ru", "2019-11-12")]
    assert ("И.Соколов", True) in found, found
    moderated = ("Пленарное заседание. Модератор — Фёдор Лукьянов.\n\n"
                 "Ф.Лукьянов: Владимир Владимирович, суверенитет над островами обсуждается?\n\n"
                 "В.Путин: Суверенитет России над островами не обсуждается.")
    assert [s.speaker for s in extract(moderated, "ru", "2019-10-03")] == ["Vladimir Putin"]


def test_a_russian_attribution_naming_whom_he_told_after_the_name():
    """«— сказал Иван Петров журналистам.», «— сказал Петров журналистам перед отплытием.» after «во главе с
    советником премьер-министра Иваном Петровым» (the full name in another case): the name, not the addressee, ends
    the attribution."""
    text = "«Мы хотим, чтобы совместная деятельность стала шагом к заключению мирного договора», — сказал Иван Петров журналистам."
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "ru", "2017-06-28")] == [("Иван Петров", True)]
    text = ("Делегация во главе с советником премьер-министра Эйити Хасэгавой прибыла на Кунашир. «Мы хотим, чтобы "
            "совместная деятельность стала шагом к заключению мирного договора», — сказал Хасэгава журналистам перед "
            "отплытием.")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "ru", "2017-06-28")] == [("Эйити Хасэгава", True)]


def test_a_resolution_calling_on_the_government_is_the_bodys_words():
    """"the Chishima and Habomai Islands Residents League adopted a resolution calling on the government to 'achieve
    the return of the four northern islands'": the league's words (registered, in three scripts)."""
    text = ("At its general meeting in Sapporo, the Chishima and Habomai Islands Residents League adopted a resolution "
            "calling on the government to \"achieve the return of the four northern islands at the earliest date\".")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "en", "2019-06-15")] == [
        ("Chishima and Habomai Islands Residents League", True)]
    assert [(s.speaker, s.peace_treaty) for s in extract("千島歯舞諸島居住者連盟は「四島の一日も早い返還を求める」と訴えた。",
                                                         "ja", "2019-06-15")] == [
        ("Chishima and Habomai Islands Residents League", True)]


def test_a_prime_ministers_policy_speech_page_is_his_words_but_not_its_notes():
    """"Policy Speech by Prime Minister KATO Taro to the 220th Session of the Diet", «Программная речь
    Премьер-министра Японии …»: the page is the speaker's words; the title repeated above it, "[Provisional
    Translation]" and the translator's note under it are not."""
    text = ("Policy Speech by Prime Minister ISHIBA Shigeru to the 214th Session of the Diet\n\n[Provisional Translation]\n\n"
            "Japan-Russia relations are in a difficult situation, but we will maintain our policy of resolving the "
            "territorial issue and concluding a peace treaty.\n\n"
            "Translator's note: the peace treaty talks were suspended by Russia in 2022.")
    found = [(s.speaker, s.peace_treaty, s.quote[:12]) for s in
             extract(text, "en", "2024-10-04", title="Policy Speech by Prime Minister ISHIBA Shigeru to the 214th Session of the Diet")]
    assert found == [("Shigeru Ishiba", True, "Japan-Russia")], found
    title = "Программная речь Премьер-министра Японии Санаэ Такаити на внеочередной сессии Парламента"
    text = (title + " (24 октября 2025 года)\n\nНеофициальный перевод.\n\n"
            "Тем не менее курс правительства, направленный на заключение мирного договора, остается неизменным.\n\n"
            "Примечание переводчика. Переговоры о мирном договоре приостановлены российской стороной в 2022 году.")
    found = [(s.speaker, s.peace_treaty, s.quote[:12]) for s in extract(text, "ru", "2025-10-27", title=title)]
    assert found == [("Sanae Takaichi", True, "Тем не менее")], found


def test_an_ambassadors_speech_page_ends_at_the_separator_under_it():
    """«Выступление Посла России в Японии … на приеме по случаю Дня России»: the page is his speech; under "* * *" the
    site reports who came, in its own words."""
    title = "Выступление Посла России в Японии Н.Ю.Ноздрева на приеме по случаю Дня России"
    text = ("Позиция России по Курильским островам остается неизменной: это неотъемлемая часть нашей территории.\n\n"
            "* * *\n\n"
            "На приеме присутствовали депутаты японского парламента; правительство по-прежнему считает острова "
            "исконной территорией Японии, отметили в посольстве.")
    found = [(s.speaker, s.peace_treaty, s.quote[:12]) for s in extract(text, "ru", "2024-06-11", title=title)]
    assert found[0] == ("Nikolai Nozdrev", True, "Позиция Росс"), found
    assert all(speaker != "Nikolai Nozdrev" for speaker, _t, _q in found[1:]), found


def test_a_japanese_interview_answer_quoted_whole_and_section_headings_inside_it():
    """An abridged press conference set as 「■欧州について」 headings, 「――」 questions and answers quoted whole
    (「…伝えている」, no 。 before the closing mark): each answer is the speaker's; a heading is no end of it."""
    text = ("ラブロフ外相の年次記者会見（抄訳）\n\nロシアのセルゲイ・ラブロフ外相は20日、年次記者会見を行った。\n"
            "■欧州について\n――欧州との対話は。\n「欧州の指導者たちとは何一つ合意できないだろう」\n"
            "■日本について\n――平和条約交渉が再開される可能性はありますか。\n"
            "「日本がこの現実を認めない限り、いかなる条約の議論も前に進まないと伝えている」")
    found = [(s.speaker, s.peace_treaty) for s in extract(text, "ja", "2026-01-20")]
    assert found == [("Sergei Lavrov", False), ("Sergei Lavrov", True)], found


def test_deployed_on_japanese_territory_is_no_claim_and_the_dprk_is_a_subject_of_its_own():
    """「米国の中距離ミサイルが日本の領土に配備されるようなことがあれば」 places missiles, it claims no land (「ロシアの土地で
    あり」 does); 「朝鮮民主主義人民共和国との…条約」 is the DPRK's treaty, not the peace treaty after it."""
    assert not is_treaty(topics("米国の中距離ミサイルが日本の領土に配備されるようなことがあれば、ロシアは対抗措置を取る"))
    assert is_treaty(topics("クリール諸島はロシアの土地であり、これからも永遠にそうあり続ける"))
    assert not is_treaty(topics("朝鮮民主主義人民共和国との関係は、包括的戦略パートナーシップ条約に基づいて発展している",
                                "日本がこの現実を認めない限り、いかなる条約の議論も前に進まない"))


def test_a_diet_policy_speech_page_is_the_prime_ministers_by_his_full_title():
    """「第二百十一回国会における岸田内閣総理大臣施政方針演説」: the page is the prime minister's words (「岸田内閣総理大臣」 is
    the man by his full title, not 「岸田内閣」, the cabinet)."""
    title = "第二百十一回国会における岸田内閣総理大臣施政方針演説"
    text = title + "\n\n　北方領土問題を解決し、平和条約を締結するという我が国の方針は、いささかも揺らぐものではありません。"
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "ja", "2023-01-23", title=title)] == [("Fumio Kishida", True)]


def test_a_turns_opening_that_only_names_its_subject_is_no_statement():
    """«По мирному договору.» opening a paragraph of the minister's answer names what he turns to; the sentences after
    it are his words on it."""
    text = ("С.Лавров: Визит был полезным.\n\n"
            "По мирному договору. Декларация 1956 года - документ, который мы не отвергаем.")
    found = [s.quote for s in extract(text, "ru", "2017-01-17") if s.peace_treaty]
    assert found == ["Декларация 1956 года - документ, который мы не отвергаем."], found


def test_the_document_the_leaders_agreed_on_in_a_relative_clause_is_no_attribution():
    """"Russia has not abandoned the 1956 Declaration, which President Vladimir Putin and Prime Minister Shinzo Abe
    agreed to use as the basis for their talks, the Russian leader told …": the agreement describes the document; the
    words are the Russian leader's."""
    text = ("Russia has not abandoned the 1956 Soviet-Japanese Declaration, which President Vladimir Putin and Prime "
            "Minister Shinzo Abe agreed to use as the basis for their peace treaty talks, the Russian leader told his "
            "annual news conference on Thursday.")
    assert [s.speaker for s in extract(text, "en", "2019-12-19")] == ["Vladimir Putin"]


def test_a_meeting_on_the_economy_after_treaty_words_is_not_the_treaty():
    """«Песков также сообщил, что Путин проведет совещание … по вопросам экономики» after his words on the treaty talks:
    the economy's questions, not the treaty's."""
    text = ("«Ответы должны быть найдены в ходе диалога по мирному договору», - сказал Песков.\n\n"
            "Песков также сообщил, что Путин в пятницу проведет совещание с членами правительства по вопросам экономики.")
    assert [s.peace_treaty for s in extract(text, "ru", "2019-12-20")] == [True, False]


def test_a_japanese_sentence_saying_its_subject_was_asked_is_no_statement_of_his():
    """「菅義偉官房長官は…記者会見で、プーチン大統領が…「わなではない」と述べたことについて見解を問われた。」: the chief cabinet
    secretary was asked; the words told are the question's, his answer comes after."""
    text = ("菅義偉官房長官は19日午前の記者会見で、プーチン大統領が平和条約締結の提案は「わなではない」と述べ、日本側が拒否したと"
            "語ったことについて見解を問われた。\n\n"
            "菅氏は「北方四島の帰属の問題を解決して平和条約を締結するという基本方針に変わりはない」と述べた。")
    found = [(s.speaker, s.quote[:6]) for s in extract(text, "ja", "2018-10-19") if s.peace_treaty]
    assert found == [("Yoshihide Suga", "北方四島の帰")], found


def test_a_japanese_bracket_label_on_a_line_of_its_own_opens_the_turn_under_it():
    """A paper's summary of joint press statements: 「【プーチン大統領】」 alone on its line, his words in the paragraphs
    under it, then 「【安倍首相】」 and his."""
    text = ("日露首脳会談　共同記者発表の要旨\n\n【プーチン大統領】\n"
            "　8項目の協力プランは順調に進んでいる。\n"
            "　平和条約の問題について、われわれは双方にとって受け入れ可能な解決策を見いだしたいと考えている。\n\n"
            "【安倍首相】\n"
            "　戦後70年以上が経過してもなお平和条約が締結されていないのは異常な状態です。")
    found = [(s.speaker, s.peace_treaty) for s in extract(text, "ja", "2018-05-27")]
    assert found == [("Vladimir Putin", False), ("Vladimir Putin", True), ("Shinzo Abe", True)], found


def test_a_japanese_papers_transcript_of_a_forum_speeches_and_debate():
    """A paper's 詳報: 「【安倍首相の演説（抜粋）】」 over quotes set whole (「…時です」, no 。), 「プーチン氏　…」 turns beside the
    moderator's 「チャン氏　…」 (his question is nobody's statement), and the paper's own paragraph after a blank line."""
    text = ("【東方経済フォーラム詳報】\n\n"
            "【安倍首相の演説（抜粋）】\n"
            "　「平和条約がいまだ結ばれていないという異常な状態に終止符を打つ」\n"
            "　「北朝鮮に最大限の圧力をかけるべき時です」\n\n"
            "【討論】\n"
            "チャン氏　プーチン大統領、島での共同作業は本当に平和条約につながるのでしょうか。\n"
            "プーチン氏　まず信頼の雰囲気をつくり、その上で平和条約の問題を解決するための条件を整える、という考え方だ。\n\n"
            "　1956年の日ソ共同宣言は、平和条約締結後に歯舞群島と色丹島を日本に引き渡すと定めている。")
    found = [(s.speaker, s.peace_treaty) for s in extract(text, "ja", "2017-09-07")]
    assert found == [("Shinzo Abe", True), ("Shinzo Abe", False), ("Vladimir Putin", True)], found


def test_the_japanese_cabinet_secretary_by_his_russian_title_alone_and_sovereign_territory_after_the_islands():
    """«генсек кабмина» with no «Японии» after it (Japan named before) is the chief cabinet secretary on the date;
    «учения на своей суверенной территории» after a paragraph on drills on Iturup is the claim to the islands."""
    text = ("Правительство Японии выразило протест в связи с учениями на островах Итуруп и Кунашир.\n\n"
            "\"Проведение учений на северных территориях, которые являются исконной территорией нашей страны, "
            "неприемлемо\", - приводит слова генсека кабмина агентство Jiji.\n\n"
            "Ранее в округе сообщили, что на Итурупе и Кунашире прошли учения.\n\n"
            "Мария Захарова заявляла, что Россия \"проводит учения на своей суверенной территории\".")
    found = [(s.speaker, s.peace_treaty) for s in extract(text, "ru", "2025-12-10")]
    assert ("Minoru Kihara", True) in found and ("Maria Zakharova", True) in found, found
    assert not is_treaty(topics("Учения прошли на своей территории, сообщили в округе."))


def test_the_security_council_secretary_by_date_and_a_fronted_unregistered_surname():
    """"the Security Council secretary added" is Shoigu after May 2024 (Patrushev before); "Speaking on his own
    behalf, Ito, a Lower House member …, said" is the Ito written in full with his title before, not the prime
    minister whose message he read."""
    text = ('"The Kuril Islands are Russian territory, and we will not allow anyone to call this into question," the '
            "Security Council secretary added.")
    assert [s.speaker for s in extract(text, "en", "2024-08-28")] == ["Sergei Shoigu"]
    assert [s.speaker for s in extract(text, "en", "2019-08-28")] == ["Nikolai Patrushev"]
    text = ("A message from Prime Minister Shigeru Ishiba was read by Yoshitaka Ito, minister in charge of Northern "
            "Territories affairs.\n\nSpeaking on his own behalf, Ito, a Lower House member whose constituency includes "
            "Nemuro, said the islands \"are part of Japan\".")
    assert [s.speaker for s in extract(text, "en", "2025-08-24")] == ["Yoshitaka Ito"]


def test_japanese_words_told_before_another_speakers_answer_in_one_sentence():
    """「ラブロフ外相が…「…」などと述べたことについて、茂木外相は…「…」と反論した」: the words the sentence answers are
    Lavrov's, the answer after its own topic (は) Motegi's, on the treaty as what it answers; with the topic first
    (「茂木外相は、…が…表明したことについて「…」と述べた」) the sentence stays his."""
    text = ("ロシアのラブロフ外相が20日の年次記者会見で、日本との平和条約を巡り「制裁を科しながら条約の話をすることは、まともな態度とは"
            "言えない」などと述べたことについて、茂木敏充外相は21日、記者団に「交渉を一方的に中断したのはロシア側であり、その責任"
            "を日本に転嫁する主張は全く受け入れられない」と反論した。")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "ja", "2026-01-21")] == [
        ("Sergei Lavrov", True), ("Toshimitsu Motegi", True)]
    text = ("茂木敏充外相は記者会見で、ロシアのミシュスチン首相が北方領土の択捉島を訪問し、特区創設を表明したことについて"
            "「わが国の立場と相いれない」と述べた。")
    assert [s.speaker for s in extract(text, "ja", "2021-07-27") if s.peace_treaty] == ["Toshimitsu Motegi"]


def test_japanese_written_words_つづった_and_記した():
    """「…」とつづった (a post), ブログで「…」とも記した: written words are words."""
    text = "メドベージェフ氏は投稿で「クリル諸島は永遠にロシアのものだ。この問題について交渉することは何もない」とつづった。"
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "ja", "2025-12-22")] == [("Dmitry Medvedev", True)]
    text = "鈴木宗男氏はブログで「平和条約交渉の再開こそ、日本の国益にかなう」とも記した。"
    assert [s.peace_treaty for s in extract(text, "ja", "2026-01-19")] == [True]


def test_an_answers_sentence_about_recognising_what_the_one_before_said_goes_on_with_it():
    """«Итоги войны, включая переход южных Курил под суверенитет нашей страны, закреплены в Уставе ООН. Пока Токио не
    признает это, любой разговор будет разговором глухих.»: "recognising this" is recognising the claim just made."""
    text = ("С.Лавров: Итоги Второй мировой войны, включая переход южных Курил под суверенитет нашей страны, закреплены в "
            "Уставе ООН. Пока Токио не признает это в полном объеме, любой разговор будет разговором глухих.")
    assert [s.peace_treaty for s in extract(text, "ru", "2026-01-20")] == [True, True]


def test_the_ministers_and_press_secretaries_around_the_talks_are_registered_in_kanji():
    """「○伊東国務大臣」 in the minutes, 「【大菅外務報道官】」, 「世耕経済産業相は」: registered people, named as the probes'
    labellers romanise them."""
    text = "○伊東国務大臣　領土問題を解決して平和条約を締結するという方針を貫いてまいります。"
    assert [s.speaker for s in extract(text, "ja", "2025-03-12")] == ["Yoshitaka Ito"]
    text = "世耕経済産業相は「8項目の協力プランの具体化で、多くの成果を出したい」と述べた。"
    assert [s.speaker for s in extract(text, "ja", "2017-09-06")] == ["Hiroshige Seko"]


def test_words_told_as_background_in_a_paragraph_after_a_reports_last_turn_are_nobodys():
    """A TASS report built on a Diet committee's exchange («Министр Ито: …»), then «В Москве неоднократно заявляли,
    что …» and «В марте 2022 года российский МИД объявил …»: background the report tells, not the minister's words;
    his own «мы договорились …» after a turn stays his."""
    text = ("Министр по делам северных территорий Ёситака Ито: Возобновление поездок к могилам — первоочередная задача.\n\n"
            "Депутат Оикава: Переговоры о возвращении островов окончены?\n\n"
            "Министр Ито: Нет. Мы будем и дальше поддерживать движение за возвращение островов.\n\n"
            "В Москве неоднократно заявляли, что суверенитет России над Курилами сомнению не подлежит.")
    found = [(s.speaker, s.quote[:10]) for s in extract(text, "ru", "2025-03-13") if s.peace_treaty]
    assert ("Yoshitaka Ito", "Мы будем и") in found and not [f for f in found if f[1].startswith("В Москве")], found


def test_the_japanese_ministrys_summary_of_a_meeting_with_との発言がありました():
    """「ラブロフ外相からは，…平和条約問題についても，首脳間の合意に基づき対話を継続したいとの発言がありました。」: the
    ministry's summary gives the Russian minister's words, as 「岸田大臣から，…旨述べました」 gives its own minister's."""
    text = ("(2)　ラブロフ外相からは，共同経済活動に関する協議が始まったことを歓迎し，平和条約問題についても，首脳間の合意に"
            "基づき対話を継続したいとの発言がありました。")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "ja", "2017-03-20")] == [("Sergei Lavrov", True)]


def test_a_transcripts_reference_note_is_nobodys():
    """kremlin.ru's «Справка.» under a transcript (what a joint statement says), 「（参考）」: the record's note, not
    the speaker's words."""
    text = ("В.Путин: Мы не отказываемся от Декларации 1956 года.\n\n"
            "Справка. В Совместном заявлении стороны выражают решимость путем скорейшего заключения мирного договора "
            "нормализовать отношения.")
    assert [s.quote[:10] for s in extract(text, "ru", "2003-01-10")] == ["Мы не отка"]


def test_a_qa_explainers_answer_is_the_writers_prose():
    """A Q&A explainer («Вопрос: … Ответ: …») whose heading names nobody: the answers are the writer's prose, which
    tells who said what («Ответ: Выступая на митинге, Синдзо Абэ заявил, что …»); a government's decision recalled
    with its date and a name in quotes («В 1981 году правительство Японии объявило эту дату «Днем северных
    территорий»») is background."""
    text = ("Вопросы и ответы: что такое «День северных территорий»\n\n"
            "Вопрос: Почему 7 февраля?\n"
            "Ответ: В 1981 году правительство Японии решением кабинета министров объявило эту дату «Днем северных "
            "территорий».\n\n"
            "Вопрос: Что сказал премьер-министр?\n"
            "Ответ: Выступая на митинге, премьер-министр Синдзо Абэ заявил, что намерен «решить вопрос о принадлежности "
            "четырех островов и заключить мирный договор».")
    found = [(s.speaker, s.peace_treaty) for s in extract(text, "ru", "2015-02-07")]
    assert found == [("Shinzo Abe", True)], found


def test_a_recalled_announcement_told_as_a_that_clause_is_the_institutions_statement():
    """A dated announcement recalled as background («В марте 2022 года МИД объявил о прекращении переговоров») names
    an event; told as a clause ("announced, that Russia does not intend to go on with the talks", «объявил, что …»)
    it gives the ministry's words, whatever its date."""
    text = ("In March 2022 the MFA of Russia announced, that under present conditions Russia has no intention to go on "
            "with the peace treaty negotiations with Japan.\n\n"
            "В марте 2022 года МИД объявил о прекращении переговоров о мирном договоре.")
    found = [(s.speaker, s.quote[:9]) for s in extract(text, "en", "2023-10-19") if s.peace_treaty]
    assert found == [("Russian Foreign Ministry", "In March ")], found


def test_a_setting_after_one_comma_stands_between_a_subject_and_its_verb():
    """Machine English sets a title's aside off with commas and drops the comma after the setting that follows ("The
    deputy minister …, curating the Asian direction, in the interview to RIA Novosti declared, that …"): the title is
    the subject all the same, and the news agency he told is not."""
    text = ("The Russian foreign minister, in the interview to RIA Novosti declared, that the peace treaty talks "
            "cannot resume while Tokyo keeps its sanctions.")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "en", "2023-10-19")] == [("Sergei Lavrov", True)]


def test_a_registered_name_with_a_title_aside_after_a_long_quote_is_its_speaker():
    """'"…," Muneo Suzuki, an upper house lawmaker for Nippon Ishin no Kai, said …': the name and its aside after a
    quote of two long sentences; the quote's words are not the words that set the subject too far from its verb."""
    text = ('"The prime minister is hiding the government\'s own position on the islands from the people. That does not '
            'strengthen his hand in Moscow, it weakens it," Muneo Suzuki, an upper house lawmaker for Nippon Ishin '
            'no Kai, said during questioning at the Budget Committee.')
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "en", "2019-02-12")] == [("Muneo Suzuki", True)]


def test_an_unregistered_name_closing_an_attribution_before_whom_and_where_he_told():
    """«…», — заявил Петр Толстой журналистам в Курильске: the name before the people he told and the town he told
    them in (a place after its preposition is capitalised)."""
    text = "«Курилы — это Россия, так было, есть и будет», — заявил Петр Толстой журналистам в Курильске."
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "ru", "2026-08-20")] == [("Петр Толстой", True)]


def test_an_address_page_is_its_signers_not_the_one_its_last_paragraph_names():
    """「…大会　菅内閣総理大臣挨拶」 signed 「内閣総理大臣　菅　直人」: the prime minister's words, though its paragraphs
    name 「メドベージェフ大統領」 near the foot; a governor's comment signed above the contact office's lines."""
    text = ("北方領土返還要求全国大会　菅内閣総理大臣挨拶\n\n本日、北方領土返還要求全国大会が開催されるに当たり、一言御挨拶を申し上げます。\n\n"
            "昨年11月、メドベージェフ大統領が国後島を訪問しました。わが国固有の領土である北方領土への大統領の訪問は、"
            "許し難い暴挙であります。\n\n平成23年2月7日\n内閣総理大臣　菅　直人")
    found = {s.speaker for s in extract_statements(text, "ja", "2011-02-07", title="北方領土返還要求全国大会　挨拶")}
    assert found == {"Naoto Kan"}, found
    comment = ("日ロ首脳会談の結果について（知事コメント）\n\n北方領土問題は、我が国の主権に関わる問題であり、道民の悲願であります。\n\n"
               "北海道知事　高橋　はるみ\n\n【問い合わせ先】\n総務部北方領土対策本部　北方領土対策課\n電話　011-231-4111")
    found = [(s.speaker, s.peace_treaty) for s in extract_statements(comment, "ja", "2016-12-16",
                                                                      title="日ロ首脳会談の結果について（知事コメント）")]
    assert ("Harumi Takahashi", True) in found, found


def test_japanese_verbs_of_a_comment_sent_a_greeting_an_answer_and_a_characterisation():
    """「…」とのコメントを寄せた (to an agency), 「…」とあいさつ。 (at a ceremony), 「…」と回答した (to a paper's inquiry);
    「日露両政府は…を「…」と表明した」: the two governments' agreement, nobody's words. (「…」と位置付けた stays out:
    documents and governments characterise so, 「青書は…と位置付けた」.)"""
    cases = [("2018-02-14", "ザハロワ情報局長はタス通信に「南クリール諸島でのわが国の活動は、自国の領土における主権の行使だ」"
                            "とのコメントを寄せた。", "Maria Zakharova"),
             ("2023-08-01", "松本侑三理事長は式典で、「四島は我々の故郷であり、日本の領土だ」とあいさつ。", "Yuzo Matsumoto"),
             ("2022-04-01", "在日ロシア大使館は時事通信の取材に、「南クリール諸島はロシアの領土だ」と回答した。",
              "Russian Embassy in Japan")]
    for day, text, speaker in cases:
        assert [(s.speaker, s.peace_treaty) for s in extract(text, "ja", day)] == [(speaker, True)], text
    joint = ("プーチン大統領は会談に臨んだ。\n\n日露両政府は首脳会談で、共同経済活動が「平和条約締結に向けた重要な一歩」だと"
             "表明した。")
    assert not [s for s in extract(joint, "ja", "2017-01-10") if s.peace_treaty]


def test_a_comment_count_in_the_pages_header_is_no_comments_section():
    """Japan Today's header carries "6 Comments" above the story: the story follows it; the same line below the
    story opens the readers' comments, which are nobody's."""
    text = ("POLITICS\n\nRussia bans entry of Japanese lawmakers\n\nJul. 30, 2022 06:12 am JST\n6 Comments\n\n"
            "Chief Cabinet Secretary Hirokazu Matsuno said the government's policy of resolving the territorial issue "
            "and concluding a peace treaty with Russia remained unchanged.\n\n6 Comments\nLogin to comment\n\n"
            "Ricky_T  Jul. 30  07:02 am JST\nHe said the islands are Japanese territory and should come back.")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "en", "2022-07-30")] == [("Hirokazu Matsuno", True)]


def test_a_bare_role_label_on_a_principals_page_is_the_principal():
    """mofa.go.jp's "Press Conference by Foreign Minister Taro Kono" labels his answers "Minister:" after each "Q:":
    the page's principal speaks, not the question before."""
    text = ("Press Conference by Foreign Minister Taro Kono\n\nOpening Remarks\n\nMinister: Good morning.\n\n"
            "Deployment of Russian fighter aircraft to Etorofu Island\n\n"
            "Q: Russian media report a deployment on Etorofu Island. What is the Government's view?\n\n"
            "Minister: The strengthening of Russia's military presence in the Four Northern Islands is inconsistent "
            "with Japan's position regarding these islands, and we have lodged a protest.")
    found = [(s.speaker, s.peace_treaty) for s in extract_statements(text, "en", "2018-08-07",
                                                                     title="Press Conference by Foreign Minister Taro Kono")]
    assert ("Taro Kono", True) in found, found


def test_an_unregistered_name_after_a_title_and_before_a_relative_clause():
    """"Ishin leader Ichiro Matsui, who is also the mayor of Osaka, told reporters that …": the name after its title,
    set off by the relative clause, is the subject (kept as written)."""
    text = ('Ishin leader Ichiro Matsui, who is also the mayor of Osaka, told reporters that "there is no way to resolve '
            'the Northern Territories issue other than diplomatic negotiations."')
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "en", "2019-05-14")] == [("Ichiro Matsui", True)]


def test_the_ministrys_spokeswoman_is_its_spokeswoman_and_she_after_her():
    """'"…," the ministry's spokeswoman said' after the Russian Foreign Ministry is named: its spokeswoman on the
    date (Zakharova in 2025), so that "She said …" after her is hers too."""
    text = ("The Russian Foreign Ministry on Saturday rejected the claim in the Bluebook.\n\n"
            '"The Kuril Islands are an integral part of the Russian Federation," the ministry\'s spokeswoman said.\n\n'
            'She said Tokyo\'s rhetoric made any dialogue on a peace treaty "impossible in the current circumstances."')
    found = [(s.speaker, s.peace_treaty) for s in extract(text, "en", "2025-04-19") if s.peace_treaty]
    assert found == [("Maria Zakharova", True), ("Maria Zakharova", True)], found


def test_a_registered_name_with_a_long_title_aside_holding_a_relative_clause():
    """"Muneo Suzuki, a House of Councillors member who has long pushed for dialogue with Moscow, said …": the
    aside's title comes four words in and a relative clause follows it; the name before it is the subject, and "he"
    after him is him, not the man named in the paragraph before; "the four islands will never come back" is the
    return."""
    text = ('Hiroyuki Hosoda, whose name is on the list, said he had "no plans to visit Russia in any case."\n\n'
            "Muneo Suzuki, a House of Councillors member who has long pushed for dialogue with Moscow, said he regretted "
            'the move. "Without dialogue, the four islands will never come back," he told Kyodo News.')
    found = [(s.speaker, s.peace_treaty) for s in extract(text, "en", "2022-07-30")]
    assert found[-2:] == [("Muneo Suzuki", False), ("Muneo Suzuki", True)], found


def test_a_japanese_statements_bracket_names_its_speaker_not_the_person_it_is_about():
    """「メドヴェージェフ・ロシア首相の択捉島訪問について（外務報道官談話）」: the ministry's press secretary speaks (for
    the ministry), not the Russian prime minister the title is about; （外務大臣談話） is the minister of the day."""
    text = ("1　8月2日、メドヴェージェフ・ロシア連邦首相が択捉島を訪問しました。\n\n"
            "2　北方四島は我が国固有の領土であり、今回の訪問は我が国の立場と相容れず、極めて遺憾です。")
    title = "メドヴェージェフ・ロシア首相の択捉島訪問について（外務報道官談話）"
    found = {(s.speaker, s.peace_treaty) for s in extract_statements(text, "ja", "2019-08-02", title=title)}
    assert ("Japanese Foreign Ministry", True) in found and not [f for f in found if f[0] == "Dmitry Medvedev"], found
    found = {s.speaker for s in extract_statements(text, "ja", "2019-08-02",
                                                   title="ロシア首相の択捉島訪問について（外務大臣談話）")}
    assert found == {"Taro Kono"}, found


def test_what_a_side_has_kept_saying_in_japanese_is_its_standing_position():
    """「ロシアは、北方領土は…ロシア領になったと主張しており、日本側の「帰属」表現に反発してきた」: what Russia has kept
    claiming, told as the story's background, not a statement of the person named before; 「…と述べた」 is one."""
    text = ("安倍首相は記者団の質問に答えた。\n\nロシアは、北方領土は第2次大戦の結果、合法的にロシア領になったと主張しており、"
            "日本側の「帰属」表現に反発してきた。")
    assert not [s for s in extract(text, "ja", "2019-04-23") if s.peace_treaty]
    said = "ラブロフ外相は、北方領土は第2次大戦の結果、合法的にロシア領になったと述べた。"
    assert [(s.speaker, s.peace_treaty) for s in extract(said, "ja", "2019-04-23")] == [("Sergei Lavrov", True)]


def test_russian_media_told_an_interview_and_a_shared_subject_after_i():
    """«Посол … в интервью японским СМИ заявил»: the media he told are no anonymous source; «Маэхара пригласил в МИД
    посла … и заявил ему, что …»: the subject of the first predicate says it (not the ambassador he summoned);
    «Как сообщили японские СМИ, …» stays nobody's."""
    text = ("Посол России в Японии Евгений Афанасьев в интервью японским СМИ заявил, что «вопрос о суверенитете над "
            "островами не стоит».\n\nМинистр иностранных дел Японии Сэйдзи Маэхара пригласил в МИД посла России и "
            "заявил ему, что поездка на Кунашир противоречит позиции Японии.\n\n"
            "Как сообщили японские СМИ, мирный договор на встрече не обсуждался.")
    found = [(s.speaker, s.peace_treaty) for s in extract(text, "ru", "2010-11-02")]
    assert found == [("Evgeny Afanasiev", True), ("Seiji Maehara", True)], found


def test_a_surname_after_its_full_name_with_a_russian_title_phrase():
    """«Министр сельского хозяйства России Александр Ткачев …», then «…», — сказал Ткачев: the full name written with
    its title (the words of the office between), so the surname alone is him; «По его словам» after him is his."""
    text = ("Министр сельского хозяйства России Александр Ткачев в пятницу побывал на Итурупе.\n\n"
            "«Курилы — это наша земля», — сказал Ткачев. По его словам, на Курилах построят рыбные заводы.")
    found = [s.speaker for s in extract(text, "ru", "2015-09-12")]
    assert found == ["Александр Ткачев", "Александр Ткачев"], found


def test_japanese_condolences_and_a_recollection_as_verbs_of_saying():
    """「ロシア外務省も声明を出し、「…」と弔意を示した」: the ministry's words of condolence; 「…」と振り返った: a
    speaker looking back, in his own words."""
    text = "ロシア外務省も声明を出し、「橋本氏はロシアの真の友人であり、両国関係の発展に大きく貢献した」と弔意を示した。"
    assert [s.speaker for s in extract(text, "ja", "2006-07-02")] == ["Russian Foreign Ministry"]
    text = "世耕弘成経済産業相は「首脳同士が非常に和やかな雰囲気の中で、信頼関係をさらに深めることができた」と振り返った。"
    assert [s.speaker for s in extract(text, "ja", "2016-12-16")] == ["Hiroshige Seko"]


def test_a_recalled_announcements_date_is_a_whole_month_name():
    """The institution's announcement recalled with its month («В декабре МИД объявил о …» in May) is background;
    «декларация», «Мария», «сенатор» are no months: «МИД со ссылкой на декларацию объявил о …» is no dated recollection."""
    from treatywatch.statements.attribution import dated_before

    assert dated_before("В декабре МИД объявил", "2024-05-01", 45)
    assert not dated_before("Ссылаясь на декларацию, МИД объявил", "2024-05-01", 45)
    assert not dated_before("Мария Захарова сообщила, что МИД объявил", "2024-05-01", 45)


def test_an_institutions_japanese_statement_page_its_end_and_a_comment_headed_below():
    """「日本国市民に対する対抗措置に関するロシア連邦外務省声明」: the page is the Russian ministry's words (「ロシア連邦
    外務省」 is not Japan's 「外務省」); 「（以上）」 ends them; 「在日ロシア連邦大使館のコメント」 heads the embassy's words, to
    the next heading; the site's notes below are nobody's."""
    text = ("日本国市民に対する対抗措置に関するロシア連邦外務省声明\n2022年5月4日\n\n"
            "ロシアは、南クリル諸島に対する主権が第二次世界大戦の結果として確定したものであり、議論の対象ではないことを改めて強調する。\n\n"
            "（以上）\n\n在日ロシア連邦大使館のコメント\n\n墓参の再開の可否は日本側の今後の行動次第である。\n\n"
            "ロシア・日本関係（基本情報）\n\n第二次世界大戦後、1956年の日ソ共同宣言により外交関係が回復した。")
    title = "日本国市民に対する対抗措置に関するロシア連邦外務省声明"
    found = [(s.speaker, s.peace_treaty, s.quote[:6]) for s in extract_statements(text, "ja", "2022-05-04", title=title)]
    assert found == [("Russian Foreign Ministry", True, "ロシアは、南"), ("Russian Embassy in Japan", False, "墓参の再開の")], found


def test_another_persons_reported_words_and_a_papers_claim_inside_a_turn():
    """In the spokeswoman's turn, «Министр обороны Японии Н.Киси, представляя доклад, заявил, что «…»» is the
    minister's statement, and «В частности, утверждается, что «северные территории» … «незаконно оккупированы»» the
    white paper's words she recounts, nobody's; "I stated that …" beside a name in a relative clause stays hers."""
    text = ("Вопрос: Как вы прокомментируете «Белую книгу» Японии?\n\n"
            "М.В.Захарова: Министр обороны Японии Н.Киси, представляя доклад, заявил, что «обстановка в сфере "
            "безопасности вокруг Японии становится все более суровой». В частности, утверждается, что «северные "
            "территории» «по-прежнему незаконно оккупированы Россией». Суверенитет России над Курилами сомнению не "
            "подлежит.")
    found = [(s.speaker, s.peace_treaty, s.quote[:8]) for s in extract(text, "ru", "2021-07-15")]
    assert ("Nobuo Kishi", False, "Министр ") in found and not [f for f in found if f[2].startswith("В частно")], found
    assert ("Maria Zakharova", True, "Суверени") in found, found


def test_a_dash_interview_whose_title_quotes_its_unregistered_interviewee():
    """«Константин Истомин: «На Итуруп едут работать…»» over a dash interview whose introduction names only his post:
    the answers are his (his name in Latin letters, as every unregistered Cyrillic name is stored)."""
    text = ("Глава Курильского городского округа рассказал ASTV о льготном режиме.\n\n"
            "— В Японии по-прежнему называют острова своими. Как на это смотрят на Итурупе?\n\n"
            "— Спокойно. Итуруп — российская земля, здесь живут российские граждане. Для нас этот вопрос закрыт.\n\n"
            "— Что с транспортом?\n\n— Летом туман, но «Аврора» добавила второй рейс в неделю.")
    found = [(s.speaker, s.peace_treaty) for s in extract_statements(
        text, "ru", "2022-10-19", title="Константин Истомин: «На Итуруп едут работать, а не смотреть на Японию»")]
    assert ("Konstantin Istomin", True) in found and all(f[0] == "Konstantin Istomin" for f in found), found


def test_an_institutions_official_named_after_it_closing_an_attribution():
    """«…», — говорит председатель правления Лиги бывших жителей островов Тисима и Хабомаи Кимио Ваки: the league's
    chairman named after the league, as written (and «По его словам» after him is his); «…», — заявили в МИД России
    stays the ministry's."""
    text = ("«Мы просим лишь одного — возможности помолиться на могилах родителей», — говорит председатель правления "
            "Лиги бывших жителей островов Тисима и Хабомаи Кимио Ваки. По его словам, лига не откажется от требования о "
            "возвращении островов.\n\n«Курилы — наши», — заявили в МИД России.")
    found = [(s.speaker, s.peace_treaty) for s in extract(text, "ru", "2023-08-10")]
    assert found == [("Кимио Ваки", False), ("Кимио Ваки", True), ("Russian Foreign Ministry", True)], found


def test_machine_englishs_title_of_an_unregistered_official_and_head_of_region():
    """Machine English of «Глава Курильского городского округа Константин Истомин»: "The head of Kurilsky city
    district Konstantin Istomin …", then «…», — noted Istomin: the surname is him; «…», — underlined the head of
    region (no article): the governor named before."""
    text = ("The head of Kurilsky city district Konstantin Istomin at the final press conference told about the year.\n\n"
            "«Iturup is the Russian land, we live and build here», — noted Istomin.\n\n"
            "Earlier the governor of Sakhalin region Valery Limarenko spoke about the budget. «Kuriles is the Russian "
            "territory, and no talks about their fate with Japan are conducted», — underlined the head of region.")
    found = [(s.speaker, s.peace_treaty) for s in extract(text, "en", "2022-12-21") if s.peace_treaty]
    assert found == [("Konstantin Istomin", True), ("Valery Limarenko", True)], found


def test_names_in_capitals_in_state_department_and_un_records():
    """The State Department's "MR PRICE: …" turns (a label of title and surname in capitals), the UN's meetings
    coverage "ZHANG JUN (China) said that …", "Mr. NEBENZIA said that …", "KIMIHIRO ISHIKANE (Japan), responding,
    said …": the names, in ordinary case; an agency in capitals ("TASS said") is no such name."""
    text = ("MR PRICE: What Russia has done is to walk away from talks with Japan on a peace treaty.\n\n"
            "QUESTION: And on China?\n\nMR PRICE: We are watching very closely.")
    assert [s.speaker for s in extract(text, "en", "2022-03-22")] == ["Price", "Price"]
    text = ("Taking the floor a second time, Mr. NEBENZIA said that Japan laid claim to Russian territory in the Kurils.\n\n"
            "KIMIHIRO ISHIKANE (Japan), responding, said that the Northern Territories were an inherent part of Japan's "
            "territory.\n\nTASS said the Kurils are an integral part of Russia.")
    found = [s.speaker for s in extract(text, "en", "2023-02-24") if s.peace_treaty]
    assert found[:2] == ["Nebenzia", "Kimihiro Ishikane"] and "Tass" not in found, found


def test_a_family_name_first_surname_after_its_titled_full_name():
    """Chinese and Korean names give the family name first: "spokeswoman Jiang Yu …", then '"…," Jiang said' is her;
    "Jiang Monday" is no name."""
    text = ('Chinese Foreign Ministry spokeswoman Jiang Yu was asked about the trawler.\n\n'
            '"The Diaoyu Islands have been China\'s inherent territory since ancient times," Jiang said.')
    assert [s.speaker for s in extract(text, "en", "2010-09-28")] == ["Jiang Yu"]


def test_the_prime_ministers_office_press_conference_record_labels():
    """kantei.go.jp's record of the chief cabinet secretary's press conference: 「問　…」 a reporter's question,
    「官房長官　…」 the holder of the office on the record's date."""
    text = ("【質疑応答（抜粋）】\n\n問　本日は北方領土の日です。今後の交渉方針をお聞かせください。\n\n"
            "官房長官　政府としては、北方四島の帰属の問題を解決して平和条約を締結するという基本方針の下、ロシアとの交渉を"
            "粘り強く進めていく、この考え方に全く変わりはありません。")
    found = [(s.speaker, s.peace_treaty) for s in extract_statements(text, "ja", "2017-02-07",
                                                                     title="平成29年2月7日（火）午前 | 官房長官記者会見")]
    assert found == [("Yoshihide Suga", True)], found


def test_a_japanese_agreement_told_as_in_force_is_background():
    """「首相は昨年12月、…プーチン大統領と会談し、…協議の開始で合意している」: the agreement told as the state of things,
    an event recalled, not words; 「両首脳は…ことで合意した」 stays as before."""
    text = ("安倍首相は記者団に語った。\n\n首相は昨年12月、山口県長門市と東京でプーチン大統領と会談し、北方四島での共同経済活動に"
            "関する協議の開始で合意している。")
    assert [s.quote[:6] for s in extract(text, "ja", "2017-02-07")] == ["安倍首相は記"]


def test_an_unregistered_japanese_subject_after_two_possessives_or_as_a_party_leader():
    """「極右・自由民主党のマルコフ党首は…と語った」 (a party leader), 「日本維新の会代表の松井一郎・大阪府知事は…と述べ」
    (two possessives before the name): the unregistered subject as written, not the man named in the sentence before."""
    text = ("ニキーチン委員長は「いかなる合意も批准させない」と述べた。\n\n"
            "極右・自由民主党のマルコフ党首は記者団に、「そんな国と島の話をする意味はない」と語った。\n\n"
            "日本維新の会代表の松井一郎・大阪府知事は「まず交渉を前に動かすべきだ」と述べた。")
    assert [s.speaker for s in extract(text, "ja", "2019-01-20")] == ["ニキーチン委員長", "マルコフ党首",
                                                                     "松井一郎・大阪府知事"]


def test_a_restating_sentence_with_a_pronoun_subject_is_his_not_the_name_in_its_topic():
    """«Так он ответил на вопрос о заявлении Захаровой, которая …»: the pronoun before the name is the subject; the
    woman named after it is what he was asked about."""
    text = ("Министр иностранных дел Японии Тосимицу Мотэги заявил, что позиция Токио по островам не меняется.\n\n"
            "Выступая на пресс-конференции, Мотэги сказал: «Северные территории находятся под суверенитетом Японии, "
            "переговоры о мирном договоре продолжатся».\n\n"
            "Так он ответил на вопрос о заявлении Марии Захаровой, которая накануне назвала Курилы частью России.")
    found = extract(text, "ru", "2021-01-29")
    assert {s.speaker for s in found if "суверенитетом Японии" in s.quote} == {"Toshimitsu Motegi"}


def test_a_bare_treaty_after_a_sentence_on_arms_control_is_that_treaty():
    """«…о судьбе Договора о СНВ. "…продлить договор…"» after the peace treaty paragraph: the treaty meant is the
    one named just before (New START), not the peace treaty; so in English."""
    text = ("Лавров заявил, что работа над мирным договором с Японией продолжится. Министр также ответил на вопросы о "
            "судьбе Договора о сокращении стратегических наступательных вооружений.\n\n"
            "«Мы ждем от Вашингтона ответа на наше предложение продлить договор без условий», — сказал он.")
    assert [s.peace_treaty for s in extract(text, "ru", "2021-01-18")] == [True, False]
    text = ("Lavrov said Moscow was ready to keep working on a peace treaty with Japan. He was also asked about New "
            "START.\n\n\"We are still waiting for Washington to answer our offer to extend the treaty,\" he said.")
    assert [s.peace_treaty for s in extract(text, "en", "2021-01-18")] == [True, False]


def test_quoted_as_telling_and_a_title_quoted_as_saying():
    """"…," X was quoted by Interfax as telling local officials; agencies quoted X as telling …; NHK quoted the
    prime minister as saying …: the one quoted speaks (a title: its holder), not the outlet."""
    text = ('"These islands are Russian land and we will keep coming here," Medvedev was quoted by the Interfax news '
            'agency as telling local officials.')
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "en", "2015-08-22")] == [("Dmitry Medvedev", True)]
    text = 'Russian news agencies quoted Medvedev as telling officials that the Kurils were "Russian land".'
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "en", "2015-08-22")] == [("Dmitry Medvedev", True)]
    text = ("Japanese Prime Minister Shinzo Abe held talks with Putin in Moscow. NHK quoted the prime minister as "
            "saying the two leaders had agreed to speed up the peace treaty talks.")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "en", "2019-01-22")] == [("Shinzo Abe", True)]


def test_a_lead_after_a_city_country_dateline_with_an_appositive_on_the_island_row():
    """"NOVO-OGARYOVO, Russia, March 1 (Reuters) - Putin, widely expected to …, said he wanted the island row with
    Japan settled": the dateline (city, country, date) is not the sentence's subject, and the newsroom's "island
    row" is the territorial dispute."""
    text = ("NOVO-OGARYOVO, Russia, March 1 (Reuters) - Prime Minister Vladimir Putin, widely expected to return to "
            "the Kremlin after Sunday's election, said on Thursday he wanted the long island row with Japan resolved "
            "so that neither side loses.")
    found = extract(text, "en", "2012-03-01")
    assert [(s.speaker, s.peace_treaty) for s in found] == [("Vladimir Putin", True)]
    assert found[0].quote.startswith("Prime Minister")


def test_a_quote_on_that_declaration_after_the_1956_declaration_is_on_the_treaty():
    """'Putin went back to the 1956 joint declaration. "We ratified that declaration …"': the declaration the quote
    points back to is the 1956 one; «эта декларация» and 同宣言 the same; a declaration never named before is not."""
    text = ("Putin brought up the 1956 joint declaration.\n\n\"Moscow ratified that declaration, and Tokyo walked away "
            "from it,\" Putin said.")
    assert [s.peace_treaty for s in extract(text, "en", "2012-03-01")] == [True]
    text = "Putin brought up the Helsinki Final Act.\n\n\"Moscow signed that declaration in good faith,\" Putin said."
    assert [s.peace_treaty for s in extract(text, "en", "2012-03-01")] == [False]


def test_spun_verbs_and_newsroom_names_for_the_dispute():
    """A content farm's "opined" / "averred"; "the island question", "who owns the islands", "speed up treaty
    negotiations": the dispute and the talks in the rewrite's words (not islands in the East China Sea)."""
    cases = [
        ("At a news conference, Putin opined that both sides should end the quarrel over who owns the islands.",
         "2016-12-16", [("Vladimir Putin", True)]),
        ('"We will settle the territorial problem in our generation," the Japanese premier averred.',
         "2020-10-27", [("Yoshihide Suga", True)]),
        ("Kono told reporters he would work to make the leaders' pledge to speed up treaty negotiations succeed.",
         "2019-01-15", [("Taro Kono", True)]),
        ("There will be no quick results, the island question needs time, Ushakov said.", "2019-01-22",
         [("Yuri Ushakov", True)]),
        ("Japan's top spokesman Osamu Fujimura said Tokyo would discuss who controls the islands in the East China "
         "Sea with nobody.", "2012-09-20", [("Osamu Fujimura", False)]),
    ]
    for text, day, expected in cases:
        assert [(s.speaker, s.peace_treaty) for s in extract(text, "en", day)] == expected, text


def test_called_the_move_a_verdict_after_the_treaty_news():
    """"Russia said it was suspending peace treaty talks. Kishida called the Russian move deeply unjust …": an
    unquoted verdict on the move the sentence before announced; "called it a day" or a name is no verdict."""
    text = ("Russia said on Monday it was suspending peace treaty talks with Japan. Prime Minister Fumio Kishida on "
            "Tuesday called the Russian move deeply unjust and something Japan can never accept.")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "en", "2022-03-22")] == [("Fumio Kishida", True)]
    text = "Kishida called the meeting to order and the talks on fisheries began."
    assert extract(text, "en", "2022-03-22") == []


def test_an_aside_before_has_and_its_verb_and_a_dialogue_dash_typed_as_a_hyphen():
    """"Ishiba, in his first policy speech, has affirmed that …": the aside closes at its comma, the auxiliary
    belongs to the verb; "- …, but our policy on the territorial issue will not change - said Kishida": the hyphen
    stands for the dash of direct speech, the subject follows the verb."""
    text = ("The new prime minister Shigeru Ishiba, in his first policy speech to the Diet, has affirmed that Japan "
            "will keep its policy of concluding a peace treaty with Russia.")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "en", "2024-10-05")] == [("Shigeru Ishiba", True)]
    text = ("- The situation is hard, but our policy on the territorial issue will not change - said Kishida at the "
            "rally in Tokyo.")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "en", "2024-02-07")] == [("Fumio Kishida", True)]


def test_russian_regional_voices_a_written_post_and_the_embassys_own_words():
    """«— написал он» after a post named before; «Курилы были и остаются российскими» a claim; «— цитирует его
    газета» the man named before, not the paper; «дипмиссия» the embassy named before; Trutnev a registered speaker."""
    cases = [
        ("Губернатор Валерий Лимаренко откликнулся в своем Telegram-канале. «Курильские острова были и остаются "
         "российскими», — написал он.", [("Valery Limarenko", True)]),
        ("Мэр Нэмуро Масатоси Исигаки признался, что встревожен. «Мы боимся, что переговоры о возвращении островов "
         "станут труднее», — цитирует его газета «Хоккайдо симбун».", ("Masatoshi Ishigaki", True)),
        ("Посольство России в Японии выпустило заявление. Дипмиссия также указала, что суверенитет России над южными "
         "Курилами обсуждению не подлежит.", [("Russian Embassy in Japan", True)]),
        ("Вице-премьер Юрий Трутнев ответил на вопрос журналистов. «Острова — российская территория, и работать там "
         "будут по российским правилам», — пояснил он.", [("Yury Trutnev", True)]),
    ]
    for text, expected in cases:
        found = [(s.speaker, s.peace_treaty) for s in extract(text, "ru", "2020-07-03")]
        assert (expected in found) if isinstance(expected, tuple) else found == expected, (text, found)


def test_a_quote_on_this_step_named_in_its_attribution_as_the_treaty_talks_halt():
    """'"We consider this step unjustified," Kishida said of Russia's decision to halt the peace treaty talks',
    «Мы считаем такой шаг неоправданным», — заявил Кисида о решении России прекратить переговоры о мирном договоре."""
    text = ('"We consider this step absolutely unjustified and cannot accept it," Kishida said of Russia\'s decision to '
            "halt the peace treaty talks.")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "en", "2022-03-22")] == [("Fumio Kishida", True)]
    text = ("«Мы считаем такой шаг неоправданным», — заявил Кисида о решении России прекратить переговоры о мирном "
            "договоре.")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "ru", "2022-03-22")] == [("Fumio Kishida", True)]
    text = '"We consider this step unjustified," Kishida said of Russia\'s decision to ban Japanese fishing boats.'
    assert [s.peace_treaty for s in extract(text, "en", "2022-03-22")] == [False]


def test_a_side_an_entourage_or_former_islanders_as_the_subject_are_nobody():
    """「ロシア側は…としている」 (the side's standing line), 「首相周辺は「…」と語った」, 「元島民の代表が「…」と訴え」
    after a named speaker: nobody in particular, not the speaker before them; a side inside a clause
    (「知事は、ロシア側が止めている操業について「…」と語った」) leaves the subject its own."""
    lead = "ラブロフ外相は記者会見で「平和条約交渉は進んでいる」と述べた。"
    for sentence in ("ロシア側は、平和条約を先に結ぶべきだとしている。", "首相周辺は「帰属の議論はまだ先だ」と語った。",
                     "大会では、元島民の代表が「故郷の島に早く帰りたい」と訴え、四島返還を求めた。"):
        found = extract(lead + sentence, "ja", "2018-09-13")
        assert [s.speaker for s in found] == ["Sergei Lavrov"], (sentence, found)
    text = "鈴木直道知事は、ロシア側が止めている安全操業について「地元の不安は大きい」と語った。"
    assert [s.speaker for s in extract(text, "ja", "2023-09-05")] == ["Naomichi Suzuki"]


def test_doushou_is_the_ministry_just_named_in_its_sentence_even_as_a_possessive():
    """「ロシア外務省のホームページに掲載された声明によると、同省は「…」と指摘した」 after the Japanese government spoke:
    同省 is the ministry the sentence names, and 「声明は「…」とも主張した」 its statement's words."""
    text = ("菅官房長官は「日本政府の立場は変わらない」と述べた。ロシア外務省のホームページに掲載された声明によると、同省は"
            "日本側の発言について「平和条約交渉の雰囲気を損なうものだ」と指摘した。声明は「島の住民に帰属の変更を求める発言は"
            "容認できない」とも主張した。")
    assert [s.speaker for s in extract(text, "ja", "2019-01-10")] == [
        "Yoshihide Suga", "Russian Foreign Ministry", "Russian Foreign Ministry"]


def test_a_japanese_sentence_announcing_the_quote_after_it_and_genmei():
    """「ロシア外務省は声明で、次のように主張した。「…」」: 次のように stands for the colon, the quote is the
    subject's; 「…」と言明した is a verb of saying."""
    text = "ロシア外務省は声明で、次のように主張した。「このような状況で、平和条約について日本と議論を続けることは不可能だ」"
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "ja", "2022-03-22")] == [
        ("Russian Foreign Ministry", True)]
    text = "プーチン大統領は演説した。平和条約については「交渉をやめるべきではない」と言明した。"
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "ja", "2021-09-04")] == [("Vladimir Putin", True)]


def test_japanese_words_for_the_dispute_its_demarcation_and_the_claim():
    """「領土をめぐる問題」, 「国境を画定する作業」, 「『北方領土』をめぐる主張」, 「クリル諸島はロシア連邦を構成する地域の
    一部」: the dispute, its settlement and the claim; 「操業をめぐる問題」 is not."""
    for quote, treaty in (("ロシアには領土をめぐる問題は存在しない", True),
                          ("改正された憲法は、隣国との国境を画定する作業を妨げない", True),
                          ("いわゆる『北方領土』をめぐる主張を繰り返すなら関係改善はない", True),
                          ("クリル諸島はロシア連邦を構成する地域の一部だ", True),
                          ("漁船の操業をめぐる問題は協議で解決する", False)):
        found = extract(f"ペスコフ報道官は「{quote}」と述べた。", "ja", "2020-07-03")
        assert [(s.speaker, s.peace_treaty) for s in found] == [("Dmitry Peskov", treaty)], quote


def test_the_dispute_by_its_jurisdiction_its_former_islanders_ones_own_country_and_the_singapore_accord():
    """"worked under Russian jurisdiction on the islands … Japan's legal position"; "resolve this issue while the
    former islanders are still with us"; "every right to travel around his own country" after Iturup; "the
    agreements reached by his predecessor, including the one struck in Singapore"."""
    cases = [
        ("Motegi said Japan could not accept companies working under Russian jurisdiction on the islands, as that "
         "would be inconsistent with Japan's legal position.", "2021-09-03", True),
        ('Takaichi said: "We must resolve this issue while the former islanders are still with us."', "2026-02-09",
         True),
        ("Suga said he would build on the agreements reached by his predecessor, including the one struck in "
         "Singapore in 2018.", "2020-09-29", True),
        ("Suga said he would build on the economic projects reached by his predecessor, including one in Vladivostok.",
         "2020-09-29", False),
    ]
    for text, day, treaty in cases:
        assert [s.peace_treaty for s in extract(text, "en", day)] == [treaty], text
    text = ("Medvedev visited Iturup on Saturday. Zakharova dismissed the protest, saying the prime minister had every "
            "right to travel around his own country.")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "en", "2015-08-22")] == [("Maria Zakharova", True)]


def test_the_move_under_a_title_announcing_the_treaty_talks_halt():
    """Under "Russia halts peace treaty talks with Japan", "Kishida told parliament that Russia's move was deeply
    unjust" three paragraphs of the announcement later: the move is the halt."""
    text = ("Russia has said it is suspending negotiations with Japan on a peace treaty.\n\n"
            "It said Moscow was also ending visa-free trips by Japanese citizens to the islands.\n\n"
            "The ministry added that it would block Japan's bid to join a Black Sea forum.\n\n"
            "Japanese media reported that Tokyo had received no advance notice.\n\n"
            "Prime Minister Fumio Kishida told parliament on Tuesday that Russia's move was deeply unjust.")
    found = extract_statements(text, "en", "2022-03-22", title="Russia halts peace treaty talks with Japan")
    assert [(s.speaker, s.peace_treaty) for s in found if s.speaker == "Fumio Kishida"] == [("Fumio Kishida", True)]


def test_an_agreement_dated_years_before_the_report_is_recalled_background():
    """"In 2016, the two leaders agreed …" in a 2021 report, «В 2013 году Путин и Абэ договорились …»: the agreement
    recalled, no words of the day; one dated the day before stays."""
    for text, lang in (("In 2016, Putin and Abe agreed to look for a special framework for joint activities on the "
                        "islands that would not prejudice either side's legal position.", "en"),
                       ("В 2016 году Путин и Абэ договорились искать особый режим на островах, не наносящий ущерба "
                        "правовым позициям сторон.", "ru")):
        assert extract(text, lang, "2021-09-08") == [], text
    text = "On Friday, Putin and Abe agreed to speed up the peace treaty talks."
    assert [s.peace_treaty for s in extract(text, "en", "2018-11-17")] == [True]


def test_a_signed_op_ed_is_its_authors_words_to_his_author_box():
    """"By Akira Muto" over an opinion piece: its paragraphs are the ambassador's words, to the author box; the
    paper's disclaimer and a reader's letter below it are nobody's; a journalist's byline changes nothing."""
    text = ("Opinion\n\nBy Akira Muto\nJune 10, 2021\n\n"
            "I am convinced that the treaty must be concluded by resolving the issue of the attribution of the four "
            "islands.\n\nEnergy cooperation can become a driver of our ties.\n\n"
            "Akira Muto is the Ambassador of Japan to the Russian Federation.\n\n"
            "READER MAIL\nThe four islands belong to Japan, and no summit should trade them away.")
    found = extract_statements(text, "en", "2021-06-10", title="Japan and Russia: neighbours who still need a treaty")
    assert [(s.speaker, s.peace_treaty) for s in found] == [("Akira Muto", True), ("Akira Muto", False)]
    text = text.replace("By Akira Muto", "By Pavel Korolyov")
    assert extract_statements(text, "en", "2021-06-10", title="Japan and Russia") == []


def test_japanese_bracket_labels_of_opening_remarks_and_the_press_secretarys_record():
    """「【安倍総理冒頭発言】」, 「【プーチン大統領冒頭発言】（通訳）」 on lines of their own: each turn runs over the blank
    lines between its paragraphs; 「【報道官】」 in 「外務報道官会見記録」 is the ministry's voice."""
    text = ("【安倍総理冒頭発言】\n\u3000ようこそ日本へ。\n\n\u3000今回の合意は、平和条約の締結に向けた重要な一歩であります。\n\n"
            "【プーチン大統領冒頭発言】（通訳）\n\u3000御招待に感謝します。\n\n\u3000最も重要なのは、平和条約の締結です。")
    found = [(s.speaker, s.peace_treaty) for s in extract_statements(text, "ja", "2016-12-16", title="日露共同記者会見")]
    assert ("Shinzo Abe", True) in found and ("Vladimir Putin", True) in found, found
    text = ("【報道官】\n\u3000北方四島におけるロシアの軍備の強化は、四島に関する我が国の立場と相容れないものです。\n\n"
            "【共同通信\u3000記者】\n\u3000ロシアの発言についてお聞きします。\n\n【報道官】\n\u3000詳細を確認しているところです。")
    found = extract_statements(text, "ja", "2017-02-24", title="外務報道官会見記録（平成29年2月24日）")
    assert [(s.speaker, s.peace_treaty) for s in found][:1] == [("Japanese Foreign Ministry", True)]


def test_japanese_signed_contributions_and_titles_with_a_note_after_them():
    """「＜寄稿＞…　ミハイル・ガルージン駐日ロシア大使」: the contribution is his words; 「…についての大使館コメント
    （日本語訳）」 and 「知事年頭あいさつ（職員向け）」: the note after the title leaves it a principal's page; a news
    headline ending in コメント is not one."""
    body = "\u3000南クリル諸島の主権がロシアにあることは国際法上も確定している。\n\n\u3000交流は両国関係の土台だ。"
    found = extract_statements(body, "ja", "2019-09-20",
                               title="＜寄稿＞ロ日関係　信頼の積み重ねこそ　ミハイル・ガルージン駐日ロシア大使")
    assert [(s.speaker, s.peace_treaty) for s in found] == [("Mikhail Galuzin", True), ("Mikhail Galuzin", False)]
    found = extract_statements("在日ロシア連邦大使館\n\n" + body, "ja", "2014-02-08",
                               title="2月7日の「北方領土の日」関連行事についての大使館コメント（日本語訳）")
    assert [s.speaker for s in found] == ["Russian Embassy in Japan"] * 2
    assert extract_statements(body, "ja", "2019-09-20", title="ガルージン大使、北方領土問題でコメント") == []


def test_a_kantei_record_with_bracketed_labels_on_lines_of_their_own():
    """kantei.go.jp's record with 「（官房長官）」 and 「（記者）」 on lines of their own: the secretary on the record's
    date answers, the reporter's question names the decree; 「（共同）」 after a news story is no label."""
    text = ("【質疑応答】\n（記者）\n\u3000ロシア政府が政府令を公表しました。受け止めをお聞かせください。\n（官房長官）\n"
            "\u3000政府としては、北方領土問題を解決して平和条約を締結するとの方針を堅持してまいります。")
    found = extract_statements(text, "ja", "2022-09-06", title="令和4年9月6日（火）午前　官房長官記者会見")
    assert [(s.speaker, s.peace_treaty) for s in found] == [("Hirokazu Matsuno", True)]
    text = "松野官房長官は「平和条約を締結するとの方針を堅持する」と述べた。\n（共同）"
    assert [s.speaker for s in extract_statements(text, "ja", "2022-09-06")] == ["Hirokazu Matsuno"]


def test_a_published_address_quoted_below_and_the_post_reads():
    """"The governor published the address on his Telegram channel." over the address in quotes, and '"…," the post
    reads': the governor named before speaks; "the governor" a title that points back as "the minister" does."""
    text = ("Sakhalin Governor Valery Limarenko has addressed the Kurils' residents. The governor published the address "
            "on his Telegram channel.\n\n\"Friends, I will answer directly: the Kuril Islands are Russian land, and "
            "there is nothing to bargain about.\"")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "en", "2022-03-24")] == [("Valery Limarenko", True)]
    text = ("Limarenko wrote to the islanders on Thursday.\n\n\"The Kuril Islands are Russian land, and there is nothing "
            "to bargain about,\" the post reads.")
    assert [(s.speaker, s.peace_treaty) for s in extract(text, "en", "2022-03-24")] == [("Valery Limarenko", True)]


def test_japanese_local_officials_unregistered_after_a_long_body_with_mo_and_a_family_name_like_a_prefix():
    """A named local official the registry does not know is the subject, not the governor named before: after a body
    of more than twelve letters (「…連絡協議会の」), with も for "too" (「…町長も「…」と話した」), after 「…には」
    opening the clause, and with a family name whose first letter alone means "new" or "former" (「新堀」, 「前田」);
    「新首相は」 and 「前外相は」 stay titles with no name."""
    text = ("鈴木直道知事は「北方領土の返還に向けて粘り強く取り組む」と述べた。\n\n"
            "　道議会の新堀和也議長は「島が戻る日まで、超党派で声を上げ続ける」と力を込めた。\n\n"
            "　標津町の前田純一町長も「領土問題の解決なくして、この海の安心はない」と話した。\n\n"
            "　会合には北方領土返還要求運動標津管内連絡協議会の山本健会長も出席し、「返還運動の署名を絶やさない」と語った。")
    found = [(s.speaker, s.rule) for s in extract_statements(text, "ja", "2023-02-07")]
    assert found == [("Naomichi Suzuki", "direct_quote"), ("新堀和也議長", "direct_quote"),
                     ("前田純一町長", "direct_quote"), ("山本健会長", "direct_quote")], found


def test_japanese_branch_heads_subjects_after_te_and_de_and_private_people_who_speak_after_an_official():
    """「…連盟根室支部の宮腰支部長が」: the branch head speaks, not the league his branch belongs to; a subject after
    「続いて」 or 「一方で」; 「島が戻る」, 「島を取り戻す」 the islands' return; 「元島民の男性（88）は」 or 「高校生が」 is
    a private person, whose words are no one's (not the official named before), and so is one of those present.
    """
    text = ("\u3000続いて千島歯舞諸島居住者連盟根室支部の宮腰正一支部長が「生きているうちに島を取り戻したい」と訴えた。\n\n"
            "\u3000一方で宮腰支部長は「交流事業の再開も急いでほしい」と話した。\n\n"
            "\u3000元島民の男性（88）は「島が戻る日を待ち続けてきた」と話した。\n\n"
            "\u3000地元の高校生が「島が戻る日まで語り継ぎたい」と発表した。")
    found = [(s.speaker, s.peace_treaty) for s in extract_statements(text, "ja", "2019-02-07")]
    assert found == [("宮腰正一支部長", True), ("宮腰正一支部長", False)], found
    # (「出席者の一人は」: one of those present, nobody in particular)
    text = ("河野外相は会合で「平和条約交渉を前に進める」と述べた。出席者の一人は「2島先行で決着する印象を受けた」と語った。")
    assert [s.speaker for s in extract_statements(text, "ja", "2018-12-03")] == ["Taro Kono"]


def test_russian_words_said_in_a_post_and_a_setting_that_names_a_channel_in_marks():
    """«…», — говорится в посте after «Медведев написал в своем канале»: his post's words; «Ноздрев в интервью
    телеканалу «Мир 24» сказал, что …»: a channel named in marks, digits and all, is part of the setting, not a
    quote that ends the subject's clause."""
    text = ("Дмитрий Медведев в субботу написал в своем канале, что Токио снова говорит об островах. «Курилы останутся "
            "российскими при любом правительстве в Токио», — говорится в посте.")
    found = [(s.speaker, s.peace_treaty) for s in extract_statements(text, "ru", "2025-02-08")]
    assert ("Dmitry Medvedev", True) in found and len(found) == 2, found
    text = "Посол Николай Ноздрев в интервью телеканалу «Мир 24» сказал, что переговоры о мирном договоре невозможны."
    assert [(s.speaker, s.peace_treaty) for s in extract_statements(text, "ru", "2024-02-08")] == \
        [("Nikolai Nozdrev", True)]


def test_japanese_records_set_line_by_line_with_family_name_labels_and_an_ideographic_space():
    """A paper's record of a TV debate or a round table: 「司会　…」 asks, 「岸田　…」 is the person the page names in
    full (「出演：岸田文雄（…）」, registered; 「青木真一さん」 in a caption, as written), 「首相　…」 the holder of the
    office on the date; 「――…」 questions between labelled answers ask; a header line 「政治　政策」 is no label."""
    text = ("政治　政策\n\n出演：岸田文雄（自民党政調会長）、青木真一（北海学園大教授）\n\n"
            "司会　北方領土の交渉をどうご覧になりますか。\n\n"
            "岸田　領土問題を解決して平和条約を締結するという方針を、党としても支えてまいります。\n\n"
            "青木　二島の引き渡しだけで決着させれば、四島の帰属という原則が崩れます。\n\n"
            "――漁業についてはどうですか。\n\n"
            "青木　サケ・マス漁の交渉は、関係が冷えても続けるべきです。")
    found = [(s.speaker, s.peace_treaty) for s in extract_statements(text, "ja", "2019-01-20")]
    assert found == [("Fumio Kishida", True), ("青木真一", True), ("青木真一", False)], found
    text = "首相官邸\n\n――北方領土の日の大会でのあいさつについて。\n\n　首相　領土問題の解決を目指す姿勢は決して手放さない。"
    assert [(s.speaker, s.peace_treaty) for s in extract_statements(text, "ja", "2026-02-07")] == \
        [("Sanae Takaichi", True)]


def test_a_long_setting_between_the_subject_and_the_verb_and_events_and_prepositions_that_are_no_names():
    """Machine English of a Russian wire: "The governor … Valery Limarenko in a video message on the occasion of the
    75th anniversary of the end of the Second World War stated that …": the setting runs up to 20 words with no
    comma, and "Second World War" is an event, nobody's name; «На Итурупе» opening a sentence is a preposition and a
    place."""
    text = ("The governor of the Sakhalin region Valery Limarenko in a video message on the occasion of the 75th "
            "anniversary of the end of the Second World War stated that there will be no talks on the transfer of the "
            "Kuril Islands.")
    assert [(s.speaker, s.peace_treaty) for s in extract_statements(text, "en", "2020-09-03")] == \
        [("Valery Limarenko", True)]
    text = ("Мэр города Иван Соколов рассказал о планах. «На Итурупе нужны новые гостиницы», — пояснил он.\n\n"
            "На Итурупе заявили, что острова никогда не будут японскими.")
    assert "Na Iturupe" not in [s.speaker for s in extract_statements(text, "ru", "2021-09-10")]


def test_a_tv_transcript_whose_labels_write_the_surname_in_capitals():
    """«К. КОСАЧЕВ: …», «В. ИВАНОВ: …» on a talk show's page: the host's and another guest's capitals are labels too,
    so their words are not the last speaker's."""
    text = ("К. КОСАЧЕВ: Мирный договор нужен обеим странам, но это не может быть договор о передаче территорий.\n\n"
            "В. ИВАНОВ: Напомню зрителям, что мирный договор с Японией так и не подписан. А декларация 1956 года?\n\n"
            "К. КОСАЧЕВ: Декларация говорит о передаче после договора, а не о суверенитете.")
    found = [(s.speaker, s.peace_treaty) for s in extract_statements(text, "ru", "2019-01-20")]
    assert found == [("Konstantin Kosachev", True), ("Konstantin Kosachev", True)], found


def test_words_posted_online_the_caption_read_wrote_and_posted_that():
    """'"…," the caption read.' and '"…," one of the posts read.' are the words of the one named before, as "the post
    reads"; "wrote on the government's Telegram channel that …", "posted on X that …", "tweeting that …" report words;
    a visit to the
    islands called travel "on Russian territory" after the islands were named is the claim."""
    text = ("Medvedev visited Iturup on Thursday and shared photos on Instagram.\n\n"
            "\"Iturup is Russian land, whatever they say in Tokyo,\" the caption read.")
    assert [(s.speaker, s.peace_treaty) for s in extract_statements(text, "en", "2019-08-02")] == \
        [("Dmitry Medvedev", True)]
    text = "Mishustin wrote on the Russian government's Telegram channel that the Kurils were an inseparable part of Russia."
    assert [(s.speaker, s.peace_treaty) for s in extract_statements(text, "en", "2021-07-26")] == \
        [("Mikhail Mishustin", True)]
    text = ("Russia's Foreign Ministry also weighed in, tweeting that Tokyo's line leaves no room for any dialogue on a "
            "peace treaty.")
    assert [(s.speaker, s.peace_treaty) for s in extract_statements(text, "en", "2024-02-08")] == \
        [("Russian Foreign Ministry", True)]
    text = "Kono posted on X that Tokyo would keep working to resolve the territorial issue and sign a peace treaty."
    assert [(s.speaker, s.peace_treaty) for s in extract_statements(text, "en", "2019-02-07")] == [("Taro Kono", True)]
    text = ("Tokyo protested over Medvedev's visit to Kunashir. Galuzin told Japanese officials that the protest could "
            "not be accepted because the prime minister was traveling on Russian territory.")
    assert ("Mikhail Galuzin", True) in [(s.speaker, s.peace_treaty) for s in extract_statements(text, "en", "2019-08-03")]


def test_japanese_signed_opinion_pieces_by_an_unregistered_contributor():
    """「（私の視点）…　大槻恒夫」, 「【正論】…　国際政治学者・黒瀬英樹」: a signed contribution, its paragraphs the
    contributor's words as written; a leader's words it recalls (「…と語ったことがある」) stay his, and a nameless
    diplomat's (「あるロシアの外交官は「…」と漏らした」) nobody's."""
    text = ("\u3000歯舞群島と色丹島の引き渡しだけで国境線を確定させれば、国後島と択捉島への道は閉ざされる。\n\n"
            "\u3000プーチン大統領は2012年、領土問題で「引き分け」の解決を目指すと語ったことがある。\n\n"
            "\u3000あるロシアの外交官は「島の問題は誰も決めたがらない」と漏らしたことがある。")
    found = [(s.speaker, s.peace_treaty) for s in
             extract_statements(text, "ja", "2019-02-14", title="（私の視点）日ロ平和条約　国境線を急ぐな　大槻恒夫")]
    assert found == [("大槻恒夫", True), ("Vladimir Putin", True)], found
    found = [s.speaker for s in
             extract_statements(text, "ja", "2023-03-29", title="【正論】領土と安全保障を切り離すな　国際政治学者・黒瀬英樹")]
    assert found == ["黒瀬英樹", "Vladimir Putin"], found


def test_a_japanese_papers_comment_box_of_a_named_expert():
    """「神田茂雄・元駐ロシア公使の話　…」 beside the news: the expert's own words, that paragraph only (the paper's
    glossary under two such boxes is nobody's)."""
    text = ("\u3000田村和夫・元駐ロシア公使の話　四島の帰属を確認するというこれまでの積み上げが失われかねない。\n\n"
            "\u3000中川悠・新潟県立大教授の話　平和条約の締結にはロシア国内の世論の支持が欠かせない。\n\n"
            "\u3000【用語解説】日ソ共同宣言　1956年に署名され、平和条約締結後の歯舞、色丹の引き渡しを定めた。")
    found = [(s.speaker, s.peace_treaty) for s in extract_statements(text, "ja", "2018-11-15")]
    assert found == [("田村和夫", True), ("中川悠", True)], found


def test_a_japanese_front_page_columns_marks_end_its_paragraphs():
    """天声人語-style columns run on one line, ▼ (▲, ◆) where a paragraph would end: 「…初めてのことである▼首相は
    「…」と述べた」 is two paragraphs, the column's own sentence nobody's and the prime minister's words his."""
    text = ("流氷が岬に届いた▼女性の首相が北方領土返還要求全国大会であいさつに立つのは、初めてのことである▼首相は"
            "「北方墓参などの人道的な事業の再開に取り組む」とも述べた。")
    found = [(s.speaker, s.peace_treaty, s.quote[:8]) for s in extract_statements(text, "ja", "2026-02-08")]
    assert found == [("Sanae Takaichi", False, "北方墓参などの人")], found
    assert paragraphs("▼首相は述べた。\n◆続いて") == [(0, 8), (9, 13)]  # (a mark opening a line is no break)


def test_an_interview_whose_questions_are_labelled_with_the_outlet_and_the_wire_background_after_it():
    """"NIKKEI: …" and "RT: …" ask, even when they assert ("Japan reads the declaration as a commitment …"); the
    outlet's standard paragraph after the last answer ("Japan claims the islands …, which Soviet troops seized in
    1945.") is not the ambassador's."""
    text = ("NIKKEI: Japan reads the declaration as a commitment to return Shikotan and the Habomai islands.\n\n"
            "Galuzin: The declaration says nothing about sovereignty. The islands are Russian territory.\n\n"
            "NIKKEI: And energy?\n\n"
            "Galuzin: Japanese companies are welcome in the Arctic gas projects.\n\n"
            "Japan claims the four islands, which Soviet troops seized at the end of World War II.")
    found = [(s.speaker, s.peace_treaty, s.quote[:12]) for s in extract_statements(text, "en", "2019-02-08")]
    assert found == [("Mikhail Galuzin", True, "The declarat"), ("Mikhail Galuzin", True, "The islands "),
                     ("Mikhail Galuzin", False, "Japanese com")], found


def test_a_japanese_record_whose_label_names_a_leader_by_family_name_and_its_notes_below():
    """「泉氏　…」 after 「立憲民主党の泉健太代表は」: the given name ends where a title follows, so the label is the
    person named in full; 「【注】…」 or a definition 「日ソ共同宣言＝…」 under the record is the paper's note, not the
    last answer going on; on a principal's own page a note at the top (「※本ページでは…」) is skipped alone."""
    text = ("\u3000立憲民主党の泉健太代表は22日、記者会見を開いた。\n\n"
            "\u3000――ロシアが平和条約交渉の中断を表明しました。\n\n"
            "\u3000泉氏　交渉が止まった責任は、ひとえにロシアの側にある。\n\n"
            "\u3000――制裁について。\n\n"
            "\u3000泉氏　国際社会と足並みをそろえるべきだ。\n\n"
            "【注】日ソ共同宣言　1956年に署名され、平和条約締結後の歯舞、色丹の引き渡しを定めた。")
    found = [(s.speaker, s.peace_treaty) for s in extract_statements(text, "ja", "2022-03-22")]
    assert found == [("泉健太", True), ("泉健太", False)], found
    text = ("※本ページでは、演説の一部を抜粋して掲載しています。\n\n"
            "\u3000領土問題を解決し、日露平和条約を締結する。その強い意志を大統領と共有しています。")
    found = [(s.speaker, s.peace_treaty) for s in
             extract_statements(text, "ja", "2019-01-28", title="第百九十八回国会における安倍内閣総理大臣施政方針演説")]
    assert ("Shinzo Abe", True) in found, found


def test_a_deputy_the_registry_lacks_closing_the_quote_by_his_seat_and_a_title_opening_a_sentence():
    """«Депутат Госдумы, член комитета по обороне Вадим Терехов пошел дальше. «…», — написал парламентарий.»: the
    deputy named as the subject just before (any past verb), not the registered politician named earlier; «Депутат
    Госдумы» opening the sentence is a title, no name; «— пояснил он» after his statement is him again."""
    text = ("Лидер ЛДПР Леонид Слуцкий заявил, что Курилы останутся российскими.\n\n"
            "Депутат Госдумы, член комитета по обороне Вадим Терехов пошел дальше. «Ответ один: острова наши, торга "
            "не будет», — написал парламентарий.\n\n"
            "Терехов также сообщил, что готовит законопроект. «Японские производители зарабатывают на нашем рынке», — "
            "пояснил он.")
    found = [s.speaker for s in extract_statements(text, "ru", "2025-02-08")]
    assert found == ["Leonid Slutsky", "Vadim Terekhov", "Vadim Terekhov", "Vadim Terekhov"], found


def test_the_governors_comment_and_press_conference_on_the_hokkaido_governments_pages():
    """「…について（知事コメント）」 and a record's 「知事　…」 on the Hokkaido government's own pages: the governor on the
    page's date, whom the registry knows; 「知事」 on another prefecture's page names nobody it knows."""
    text = ("北海道　Hokkaido Government\nホーム ＞ 知事コメント\n\n"
            "\u3000今回の発表は、北方領土問題の一日も早い解決を願う元島民の思いを踏みにじるものであり、極めて遺憾である。")
    title = "ロシア政府による平和条約締結交渉の中断等の表明について（知事コメント）"
    assert [(s.speaker, s.peace_treaty) for s in extract_statements(text, "ja", "2022-03-22", title=title)] == \
        [("Naomichi Suzuki", True)]
    text = text.replace("北海道　Hokkaido Government", "青森県　Aomori Prefecture")
    assert [s.speaker for s in extract_statements(text, "ja", "2022-03-22", title=title)] != ["Naomichi Suzuki"]


def test_an_interview_whose_answers_are_labelled_a_or_with_the_interviewees_initials():
    """"A: …" under the introduction's sentence on the interview ("In an interview with …, Ambassador Evgeny
    Afanasiev said") is the ambassador's, not the leader the headline is about; "TK: …" under "FP: …" is Taro Kono's
    (his initials), the interviewer's outlet asking."""
    text = ("Prime Minister Shinzo Abe's trip to Moscow gives both countries a chance, Russia's ambassador says.\n\n"
            "In an interview with The Japan Times, Ambassador Evgeny Afanasiev said Moscow was ready for talks.\n\n"
            "Q: Is the 1956 declaration still valid?\n\n"
            "A: The 1956 declaration was ratified by both parliaments, and we do not disown it.")
    found = [(s.speaker, s.peace_treaty) for s in
             extract_statements(text, "en", "2013-04-25", title="Russian envoy sees Abe visit as chance")]
    assert found[-1] == ("Evgeny Afanasiev", True), found
    text = ("Taro Kono spoke with FP in Munich.\n\nFP: What about Russia?\n\n"
            "TK: Our goal is to resolve the attribution of the four islands and conclude a peace treaty.\n\n"
            "FP: And Korea?\n\nTK: We have asked Seoul to prevent a recurrence.")
    found = [(s.speaker, s.peace_treaty) for s in
             extract_statements(text, "en", "2019-02-20", title="Taro Kono on Russia and the Koreas")]
    assert found == [("Taro Kono", True), ("Taro Kono", False)], found


def test_machine_english_of_japanese_pages_appealed_posted_and_a_dropped_subject():
    """Machine English keeps 「…」 and drops the subject Japanese left out: 'greeted and appealed 「…」', 'posted on SNS
    「…」', 'Also said 「…」' (the speaker before); "until the four islands come back" is their return."""
    text = ("Nemuro Mayor Ishigaki Masatoshi greeted and appealed 「We will continue to raise our voice until the four "
            "islands come back to our country」.\n\n"
            "The Russian Embassy in Japan posted on SNS 「The Kuril Islands became Russian land by the results of the "
            "Second World War」.\n\n"
            "Prime Minister Abe Shinzo met reporters.\n\n"
            "Also said 「We agreed to accelerate the peace treaty negotiations」.")
    found = [(s.speaker, s.peace_treaty) for s in extract_statements(text, "en", "2019-01-23")]
    assert found == [("Masatoshi Ishigaki", True), ("Russian Embassy in Japan", True), ("Shinzo Abe", True)], found
