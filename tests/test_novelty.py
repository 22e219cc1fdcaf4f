from treatywatch.statements.novelty import NoveltyIndex


def test_rereported_and_shortened_quote_matches_first_report():
    idx = NoveltyIndex()
    assert idx.match("Sergei Lavrov", "We will proceed on the basis of the 1956 Declaration and nothing else.", "en", "2019-02-16") == (None, 0.0)
    idx.add(1, "Sergei Lavrov", "We will proceed on the basis of the 1956 Declaration and nothing else.", "en", "2019-02-16")
    match_id, sim = idx.match("Sergey Lavrov", "“We will proceed on the basis of the 1956 Declaration”", "en", "2019-02-17")
    assert match_id == 1 and sim >= 0.5


def test_other_speaker_or_other_words_are_new():
    idx = NoveltyIndex()
    idx.add(1, "Sergei Lavrov", "We will proceed on the basis of the 1956 Declaration.", "en", "2019-02-16")
    assert idx.match("Dmitry Peskov", "We will proceed on the basis of the 1956 Declaration.", "en", "2019-02-16")[0] is None
    assert idx.match("Sergei Lavrov", "Sanctions against our banks will not go unanswered by Moscow.", "en", "2019-02-16")[0] is None


def test_japanese_repeat_matches():
    idx = NoveltyIndex()
    idx.add(7, "Fumio Kishida", "極めて不当で、断じて受け入れることはできない", "ja", "2022-03-22")
    assert idx.match("Fumio Kishida", "「極めて不当で、断じて受け入れることはできない」", "ja", "2022-03-23")[0] == 7


def test_quote_marks_and_whitespace_do_not_matter():
    idx = NoveltyIndex()
    idx.add(1, "Taro Kono", "«We   intend to keep patient, steady work going with our Russian partners»", "en", "2018-03-01")
    d = idx.decide("Taro Kono", '"We intend to keep patient,\nsteady work going with our Russian partners"', "en", "2018-03-02")
    assert (d.first_report_id, d.rule) == (1, "verbatim")


def test_lead_quoting_a_phrase_of_the_direct_quote_is_one_utterance():
    idx = NoveltyIndex()
    lead = ('Speaking after lengthy consultations in Geneva with visiting counterparts, the minister said Moscow '
            'wanted a treaty "free of any preliminary demands" before the coming winter recess.')
    idx.add(1, "Sergei Lavrov", lead, "en", "2020-05-05", article=10)
    quote = ("We want to sign it free of any preliminary demands, and we explained exactly that to our colleagues "
             "over yesterday's long working dinner with several delegations,")
    d = idx.decide("Sergei Lavrov", quote, "en", "2020-05-05", article=10)
    assert (d.first_report_id, d.rule) == (1, "shared_quote")
    # the same phrase from the same speaker a year later is another occasion
    assert idx.decide("Sergei Lavrov", quote, "en", "2021-06-01", article=11).rule != "shared_quote"


def test_statements_sharing_only_treaty_vocabulary_are_different():
    idx = NoveltyIndex()
    idx.add(1, "Fumio Kishida", "Japan will resolve the territorial issue and conclude a peace treaty with Russia.", "en", "2022-02-07")
    d = idx.decide("Fumio Kishida", "The peace treaty talks with Russia on the islands issue are frozen by Moscow.", "en", "2022-02-07")
    assert d.new and d.rule == "new"


def test_paraphrase_of_the_same_days_is_seen_and_far_apart_is_new():
    idx = NoveltyIndex()
    idx.add(1, "Dmitry Peskov", "Peskov said hostile sanctions by Tokyo make any dialogue on a settlement unthinkable.", "en", "2023-04-03")
    again = "Sanctions that Tokyo imposed are hostile, so dialogue about a settlement is unthinkable, Peskov told reporters."
    assert idx.decide("Dmitry Peskov", again, "en", "2023-04-05").rule == "paraphrase"
    assert idx.decide("Dmitry Peskov", again, "en", "2023-09-05").new


def test_lead_and_quote_in_one_article_share_fewer_words():
    idx = NoveltyIndex()
    idx.add(1, "Sergei Lavrov", "Lavrov said reaching a deal with Tokyo stays a hard and lengthy job requiring patience.",
            "en", "2019-05-10", article=5)
    quote = "It is a hard job; it will be lengthy, and it demands careful diplomacy from everyone involved,"
    assert idx.decide("Sergei Lavrov", quote, "en", "2019-05-10", article=5).rule == "same_article"
    assert idx.decide("Sergei Lavrov", quote, "en", "2019-05-10", article=6).new


def test_a_treaty_statement_is_not_seen_because_of_an_earlier_non_treaty_one():
    idx = NoveltyIndex()
    idx.add(1, "Vladimir Putin", "Moscow is ready to work with Tokyo on fishing quotas near Hokkaido this season.", "en",
            "2018-11-15", treaty=False)
    d = idx.decide("Vladimir Putin", "Moscow is ready to work with Tokyo on fishing quotas near Hokkaido this season.", "en",
                   "2018-11-15", treaty=True)
    assert d.new


def test_same_long_quote_under_another_speaker_is_seen():
    idx = NoveltyIndex()
    words = "our neighbours must accept every outcome of the last global war including borders drawn afterwards by allies"
    idx.add(1, "Russian Foreign Ministry", words, "en", "2019-01-09")
    d = idx.decide("Mikhail Galuzin", words, "en", "2019-01-09")
    assert (d.first_report_id, d.rule) == (1, "other_speaker")
    assert d.evidence() == {"nearest_id": 1, "similarity": 1.0, "rule": "other_speaker"}


def test_russian_report_and_english_translation_of_the_same_days():
    idx = NoveltyIndex()
    idx.add(1, "Sergei Lavrov", "Лавров заявил, что переговоры о мирном договоре невозможны без признания итогов Второй мировой войны.",
            "ru", "2021-03-01")
    d = idx.decide("Sergei Lavrov", "Talks on the peace treaty are impossible unless Japan accepts the results of World War II.",
                   "en", "2021-03-02")
    assert d.rule == "translation"


def test_loader_is_called_once_per_speaker_and_only_when_met():
    calls = []

    def loader(speaker, limit):
        calls.append(speaker)
        if speaker == "Sergei Lavrov":
            return [(4, "Sergei Lavrov", "We will proceed from the joint text signed in the fifties and nothing else.",
                     "en", "2019-02-16", 2, True)]
        return []

    idx = NoveltyIndex(loader=loader)
    assert calls == [] and len(idx) == 0  # nothing read at start
    assert idx.match("Sergei Lavrov", "“We will proceed from the joint text signed in the fifties”", "en", "2019-02-17")[0] == 4
    idx.match("Sergei Lavrov", "Another thing entirely about fishing boats and their crews.", "en", "2019-02-17")
    # (the ministry he speaks for is met too, when his words repeat nothing of his own: read once as well)
    assert calls == ["Sergei Lavrov", "Russian Foreign Ministry"]


def test_memory_is_bounded_by_speakers_held():
    idx = NoveltyIndex(loader=lambda speaker, limit: [], max_speakers=2)
    for n, name in enumerate(["Alpha Person", "Beta Person", "Gamma Person"]):
        idx.add(n + 1, name, f"statement number {n} about something specific and long enough", "en", "2020-01-01")
    assert len(idx) == 2


def test_a_year_month_date_is_near_any_day_of_its_month():
    index = NoveltyIndex()
    index.add(1, "Vladimir Putin", "Putin proposed a document with no preconditions, ready by December", "en", "2018-09")
    again = "By December, no preconditions whatsoever, a document: the proposal of Putin"
    assert index.decide("Vladimir Putin", again, "en", "2018-09-28").rule == "paraphrase"
    assert index.decide("Vladimir Putin", again, "en", "2018-11-20").new  # weeks after that month


def test_translation_shares_more_than_treaty_and_talks():
    index = NoveltyIndex()
    index.add(1, "Sergei Lavrov", "Reaching a peace treaty with Tokyo remains hard, Lavrov said after the talks.", "en",
              "2019-05-10")
    other = "Между Москвой и Токио сохраняются расхождения по мирному договору, сказал Лавров после переговоров."
    assert index.decide("Sergei Lavrov", other, "ru", "2019-05-10").new
    index.add(2, "Sergei Lavrov", "Japan must recognise the results of World War II, including sovereignty over the "
              "islands, before a peace treaty, Lavrov said.", "en", "2019-05-10")
    same = "Япония должна признать итоги Второй мировой войны, включая суверенитет над островами, до мирного договора."
    assert index.decide("Sergei Lavrov", same, "ru", "2019-05-10").rule == "translation"


def test_translations_found_by_what_the_remark_is_about():
    """The words that say what a remark is about (an enemy, weapons for Kyiv, a short-form "невозможен") are
    the same subject in any language; a second remark of the same day on another subject stays new."""
    index = NoveltyIndex()
    index.add(1, "Sergei Lavrov", "We will not talk about a peace treaty with a country that calls us an enemy and "
              "arms Kyiv.", "en", "2026-11-02")
    index.add(2, "Sergei Lavrov", "Japan's sanctions make any peace treaty talks impossible.", "en", "2026-11-02")
    ru = "Мы не будем обсуждать мирный договор со страной, которая называет нас врагом и вооружает Киев."
    assert index.match("Sergei Lavrov", ru, "ru", "2026-11-02")[0] == 1
    ja = "ラブロフ外相は、日本を敵とみなしウクライナに武器を送る国と平和条約を話し合うつもりはないと述べた。"
    assert index.match("Sergei Lavrov", ja, "ja", "2026-11-03")[0] == 1
    short_form = "Мирный договор невозможен, пока Япония участвует в санкциях."
    assert index.match("Sergei Lavrov", short_form, "ru", "2026-11-03")[0] == 2
    other = "Россия не откажется от суверенитета над Курилами: это закреплено в Конституции."
    assert index.decide("Sergei Lavrov", other, "ru", "2026-11-02").new


def test_resuming_the_talks_is_a_subject_of_its_own_across_languages():
    """"No grounds for resuming such a dialogue" told in English, Russian and Japanese the same days is one remark;
    a remark on the islands' sovereignty of the same day is another."""
    index = NoveltyIndex()
    index.add(1, "Andrei Rudenko", "There are no grounds for resuming such a dialogue today. The ball is in Japan's "
              "court,", "en", "2025-12-11")
    ru = "Оснований для возобновления такого диалога сегодня нет. Мяч на стороне Японии"
    assert index.decide("Andrei Rudenko", ru, "ru", "2025-12-11").rule == "translation"
    ja = "日本との平和条約交渉について「再開の根拠は今日存在しない」と述べた。"
    assert index.decide("Andrei Rudenko", ja, "ja", "2025-12-11").rule == "translation"
    other = "Суверенитет России над Южными Курилами обсуждению не подлежит."
    assert index.decide("Andrei Rudenko", other, "ru", "2025-12-11").new


def test_a_refusal_under_the_current_conditions_told_in_three_languages_is_one_remark():
    """"No dialogue is possible under the current circumstances" says more than treaty and talks: the talks
    impossible, and why; told in Russian and Japanese the same days it is the same remark. A remark of the same day
    on the islands' sovereignty stays new."""
    index = NoveltyIndex()
    index.add(1, "Maria Zakharova", "Никакого диалога о мирном договоре в нынешних условиях быть не может.", "ru",
              "2027-02-06")
    en = "According to the diplomat, no dialogue on a peace treaty is possible under the current circumstances."
    assert index.decide("Maria Zakharova", en, "en", "2027-02-06").rule == "translation"
    ja = "ザハロワ報道官は、現状では平和条約をめぐる対話は「あり得ない」と述べました。"
    assert index.decide("Maria Zakharova", ja, "ja", "2027-02-07").rule == "translation"
    other = "Russia's sovereignty over the South Kurils was established following World War II and is beyond doubt."
    assert index.decide("Maria Zakharova", other, "en", "2027-02-06").new


def test_a_stated_policy_told_in_three_languages_the_same_day_is_one_remark():
    """Japan's formula ("firmly maintain the policy of resolving the territorial issue and concluding a peace
    treaty") carries only treaty words; what it says beyond them — a policy, held firmly — is the same in any
    language. Another remark of the same day (grave visits, persistence on the return) stays new."""
    index = NoveltyIndex()
    index.add(1, "Sanae Takaichi", "「領土問題を解決して平和条約を締結するとの方針を堅持する」と述べました。", "ja",
              "2026-02-07")
    en = "We will firmly maintain the policy of resolving the territorial issue and concluding a peace treaty,"
    assert index.decide("Sanae Takaichi", en, "en", "2026-02-07").rule == "translation"
    ru = ("Япония намерена придерживаться курса на решение территориального вопроса и заключение мирного договора "
          "с Россией, заявила премьер-министр Японии Санаэ Такаити.")
    assert index.decide("Sanae Takaichi", ru, "ru", "2026-02-07").rule == "translation"
    other = "Возобновление безвизовых обменов с островами остаётся главным приоритетом, сказала Такаити."
    assert index.decide("Sanae Takaichi", other, "ru", "2026-02-07").new
    index.add(2, "Toshimitsu Motegi", "四島の返還に向けて粘り強く外交交渉に取り組むと述べました。", "ja", "2026-02-07")
    motegi = "Tokyo will persistently pursue diplomatic negotiations toward the return of the four islands."
    assert index.decide("Toshimitsu Motegi", motegi, "en", "2026-02-07").rule == "translation"


def test_a_lead_and_the_quote_below_it_on_the_same_subjects_are_one_remark():
    """In one article, the lead ("stick to its policy of resolving …") and the quote below it ("firmly maintain the
    policy of resolving …") share few words but the same subjects; another remark of the article does not."""
    index = NoveltyIndex()
    index.add(1, "Sanae Takaichi", "Prime Minister Sanae Takaichi said Saturday Japan will stick to its policy of "
              "resolving the territorial dispute with Russia and concluding a peace treaty.", "en", "2026-02-07",
              article=5)
    quote = "We will firmly maintain the policy of resolving the territorial issue and concluding a peace treaty,"
    assert index.decide("Sanae Takaichi", quote, "en", "2026-02-07", article=5).rule == "same_article"
    # another article of those days tells the same remark in its own words; a week later it is another occasion
    assert index.decide("Sanae Takaichi", quote, "en", "2026-02-08", article=6).rule == "paraphrase"
    assert index.decide("Sanae Takaichi", quote, "en", "2026-02-14", article=6).new
    other = "Resuming visits by former islanders to family graves is our top priority, she said."
    assert index.decide("Sanae Takaichi", other, "en", "2026-02-07", article=5).new


def test_decisions_do_not_depend_on_the_hash_seed():
    """Ties between equally close earlier statements go to the newest, whatever order a set iterates in."""
    import subprocess
    import sys

    code = ("from treatywatch.statements.novelty import NoveltyIndex\n"
            "i = NoveltyIndex()\n"
            "for n in range(1, 6):\n"
            "    i.add(n, 'Sergei Lavrov', 'Japan must accept the outcome of the war before any treaty, Lavrov said "
            "' + 'again ' * n, 'en', '2019-01-1' + str(n))\n"
            "print(i.decide('Sergei Lavrov', 'Japan must accept the outcome of the war before any treaty', 'en', "
            "'2019-01-16'))\n")
    outputs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                              env={"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin"}).stdout for seed in ("1", "2", "3")}
    assert len(outputs) == 1 and "first_report_id=5" in outputs.pop()


def test_the_written_out_time_filter_keeps_what_the_rules_own_checks_keep():
    import random

    from treatywatch.statements.novelty import _eligible, _item, _near, _near_eligible

    rng = random.Random(2)
    dates = [None, "2019-01", "2019-02", "2019-01-03", "2019-01-10", "2019-01-31", "2019-02-07", "2018-12-29"]

    def made(sid):
        return _item(sid, "Lavrov said the treaty talks go on", "en", rng.choice(dates), rng.choice((None, 1, 2)),
                     rng.random() < 0.7)

    for _ in range(300):
        items, query = [made(i) for i in range(30)], made(None)
        days = rng.choice((3, 7))
        assert _near_eligible(items, query, days) == [it for it in items
                                                      if _eligible(query, it) and _near(query, it, days)]


def test_whose_the_islands_are_is_one_subject_in_any_words():
    from treatywatch.statements.novelty import concepts

    for text in ("Москва не намерена обсуждать с Токио принадлежность южных Курил.",
                 "Moscow does not intend to discuss with Tokyo the belonging of the southern Kurils.",
                 "Russia will not discuss the ownership of the Southern Kurils with Japan."):
        assert {"sovereignty", "islands"} <= concepts(text), text
    # "территориальной принадлежности" is the territorial issue in other words, not a claim to the islands
    assert "sovereignty" not in concepts("Япония настроена решить вопросы территориальной принадлежности.")


def test_a_course_held_is_not_every_maintaining():
    from treatywatch.statements.novelty import concepts

    assert "adhere" in concepts("We will firmly maintain the policy of resolving the territorial issue")
    assert "adhere" in concepts("Japan maintains its position on the Northern Territories")
    assert "adhere" not in concepts("Russia will not talk while Tokyo maintains sanctions against Moscow")


def test_what_a_leader_told_the_same_counterpart_on_the_same_days_is_one_remark():
    """One side's briefing on a call is retold in many words: what Kishida told Putin is one utterance, whatever
    part of it a report keeps; told to someone else, to reporters, or a week later, it is another."""
    idx = NoveltyIndex()
    idx.add(1, "Fumio Kishida", "During the half-hour call, Kishida told Putin that he hoped to move the treaty "
            "negotiations forward.", "en", "2022-01-10", article=1)
    retold = ("Prime Minister Fumio Kishida told Vladimir Putin by telephone on Monday that the quarrel over "
              "the islands had to be settled by this generation.")
    assert idx.decide("Fumio Kishida", retold, "en", "2022-01-11", article=2).rule == "conversation"
    assert idx.decide("Fumio Kishida", "Кисида заявил президенту России Владимиру Путину, что спор об островах "
                      "надо решить при нынешнем поколении.", "ru", "2022-01-10", article=3).rule == "conversation"
    other = "Kishida told Lavrov that the quarrel over the islands had to be settled by this generation."
    assert idx.decide("Fumio Kishida", other, "en", "2022-01-11", article=2).new
    reporters = "Kishida told reporters that the quarrel over the islands had to be settled by this generation."
    assert idx.decide("Fumio Kishida", reporters, "en", "2022-01-11", article=2).new
    assert idx.decide("Fumio Kishida", retold, "en", "2022-01-20", article=2).new


def test_whom_a_statement_was_said_to_in_three_languages():
    from treatywatch.statements.addressee import addressee

    assert addressee("Abe told his Russian counterpart Vladimir Putin that the time had come.") == "Vladimir Putin"
    assert addressee("Лавров заявил японскому коллеге Мотэги, что Россия готова.") == "Toshimitsu Motegi"
    assert addressee("岸田首相はプーチン大統領に対し、交渉を続けたいと伝えた。") == "Vladimir Putin"
    assert addressee("Abe told reporters Putin would visit in December.") is None
    assert addressee("Putin said he was ready to sign the treaty.") is None


def test_a_lead_keeping_one_phrase_of_the_remark_below_it_is_that_remark():
    """In one article, a retelling that keeps a phrase of three distinctive words of the speaker's remark
    ("overcome every hurdle together") is that remark; in another article, or sharing only the islands' names,
    it is not."""
    idx = NoveltyIndex()
    idx.add(1, "Shinzo Abe", "Abe said Japan and Russia must overcome every hurdle together and end the abnormal state "
            "of having no treaty, seven decades after the war ended.", "en", "2017-09-07", article=3)
    retold = ("He also urged both nations to overcome every hurdle together, so that young people inherit a future "
              "of friendship and prosperity.")
    assert idx.decide("Shinzo Abe", retold, "en", "2017-09-07", article=3).rule == "same_article"
    assert idx.decide("Shinzo Abe", retold, "en", "2017-09-07", article=4).new
    idx.add(2, "Vladimir Putin", "Putin said the transfer of Habomai and Shikotan would need long talks.", "en",
            "2018-11-15", article=5)
    assert idx.decide("Vladimir Putin", "Putin said he had not decided whose flag would fly over Habomai and Shikotan.",
                      "en", "2018-11-15", article=5).new


def test_a_lead_and_a_quote_taking_one_position_in_one_article_are_one_remark():
    """A lead "determined to sign a peace treaty after settling the territorial row" above the quote "we will
    keep to resolving the territorial issue and concluding a peace treaty": one remark in one article, not in two;
    and a position that gathers several claims (the islands' sovereignty) does not join a lead and a quote."""
    idx = NoveltyIndex()
    idx.add(1, "Fumio Kishida", "Kishida told a rally on Wednesday he was resolved to sign a peace treaty with Moscow "
            "after settling the territorial row.", "en", "2024-02-07", article=7)
    quote = "Though ties are strained, Japan's line stays the same: resolve the territorial issue and then conclude a peace treaty,"
    assert idx.decide("Fumio Kishida", quote, "en", "2024-02-07", article=7).rule == "same_article"
    assert idx.decide("Fumio Kishida", quote, "en", "2024-02-07", article=8).new
    idx.add(2, "Sergei Lavrov", "Lavrov said Moscow would not discuss the ownership of the southern Kurils.", "en",
            "2026-03-01", article=9)
    assert idx.decide("Sergei Lavrov", "Russia's sovereignty over these islands is fixed by the outcome of the Second "
                      "World War and the UN Charter,", "en", "2026-03-01", article=9).new


def test_when_a_remark_was_reported_says_nothing_of_what_was_said():
    idx = NoveltyIndex()
    idx.add(1, "Vladimir Putin", "Earlier this month, on Monday, Putin floated a peace treaty with no conditions, "
            "inked before the year is out.", "en", "2018-09")
    later = ("Putin said Wednesday he stood ready to ink a peace deal free of conditions, with the year out before it "
             "is done, closing the wartime chapter.")
    d = idx.decide("Vladimir Putin", later, "en", "2018-09-14")
    assert (d.first_report_id, d.rule) == (1, "paraphrase")
    # the same days and the same words for when, nothing else in common: two remarks
    idx.add(2, "Vladimir Putin", "Putin said Wednesday earlier this month that fishing quotas would be cut.", "en",
            "2018-09-14")
    d = idx.decide("Vladimir Putin", "Putin said Wednesday earlier this month that the drills near Hokkaido go on.",
                   "en", "2018-09-14")
    assert d.new


def test_a_rewrite_with_its_words_spun_is_the_remark_it_rewrites():
    """An aggregator's rewrite swaps the words ("give up its demands" for "abandon its claims"): the same subjects,
    two of them specific, in the same days. One specific subject in common, or only a year, is not enough."""
    idx = NoveltyIndex()
    idx.add(1, "Maria Zakharova", "Japan must abandon its territorial claims if it wants any dialogue on a peace "
            "treaty, the spokeswoman said.", "en", "2026-03-05", article=1)
    spun = "Tokyo should give up its territorial demands if it hopes for talks on a peace deal, she said."
    d = idx.decide("Maria Zakharova", spun, "en", "2026-03-06", article=2)
    assert (d.first_report_id, d.rule) == (1, "paraphrase")
    assert idx.decide("Maria Zakharova", spun, "en", "2026-03-12", article=2).new  # a week on: another occasion
    # the claims alone in common (and the treaty, the talks): another remark
    other = "Tokyo's claims block any progress in the dialogue on a peace treaty, she told the radio station."
    assert idx.decide("Maria Zakharova", other, "en", "2026-03-06", article=3).new
    idx.add(2, "Dmitry Peskov", "The leaders agreed to speed up the talks, taking the 1956 declaration as their "
            "starting point.", "en", "2018-11-14", article=4)
    again = "We already told you of the understanding to intensify negotiations grounded in the 1956 declaration."
    assert idx.decide("Dmitry Peskov", again, "en", "2018-11-15", article=5).new  # the declaration and its year


def test_translations_told_by_what_was_refused_frozen_or_called_pointless():
    """"Pointless to talk about a treaty" is no talk of talks; the Valdai Discussion Club where it was said is no
    subject; "froze all contacts" is "заморозила все контакты"."""
    idx = NoveltyIndex()
    idx.add(1, "Vladimir Putin", "Пока Токио проводит такую политику, говорить о мирном договоре бессмысленно.", "ru",
            "2026-10-02", article=1)
    idx.add(2, "Vladimir Putin", "Но Япония сама ввела санкции и фактически заморозила все контакты.", "ru",
            "2026-10-02", article=1)
    lead = ("It is pointless to talk about a peace treaty with Japan while Tokyo keeps its current policy, Putin "
            "said at a session of the Valdai Discussion Club.")
    assert (idx.decide("Vladimir Putin", lead, "en", "2026-10-02", article=2).first_report_id) == 1
    quote = "But Japan itself brought in sanctions and in effect froze every contact,"
    assert (idx.decide("Vladimir Putin", quote, "en", "2026-10-02", article=2).first_report_id) == 2
    assert idx.decide("Vladimir Putin", "平和条約について話すのは無意味だ", "ja", "2026-10-03", article=3).first_report_id == 1


def test_returning_to_the_talks_is_resuming_them_and_lifting_sanctions_is_one_subject_in_three_languages():
    from treatywatch.statements.novelty import concepts

    for text in ("Moscow will return to the consultations once Tokyo lifts its sanctions",
                 "Москва вернется к консультациям после отмены Токио санкций",
                 "日本が制裁を解除すれば協議を再開する"):
        assert {"resume", "lift", "sanctions", "talks"} <= concepts(text), text
    assert "resume" not in concepts("the return of the islands to Japan")
    assert "return" in concepts("возвращение островов Японии")


def test_a_lands_own_part_and_not_giving_up_are_subjects_in_three_languages():
    from treatywatch.statements.novelty import concepts

    for text in ("an inherent part of our territory. We will not give up",
                 "исконной частью нашей территории. Мы не сдадимся",
                 "わが国固有の領土だ。決して諦めない"):
        assert {"inherent", "renounce"} <= concepts(text), text
    assert "renounce" in concepts("Токио никогда не откажется от претензий")


def test_our_land_the_topic_closed_and_the_wars_results_are_subjects_in_three_languages():
    from treatywatch.statements.novelty import concepts

    for text in ("This is our land, assigned to us following the results of the war. The topic is closed",
                 "Это наша земля, закрепленная за нами по итогам войны. Тема закрыта",
                 "われわれの土地だ。戦争の結果だ。この話題は終わった"):
        assert {"land", "closed", "wwii"} <= concepts(text), text


def test_talks_called_a_ritual_and_a_topic_closed_in_other_words_are_subjects():
    from treatywatch.statements.novelty import concepts

    for text in ("Переговоры с японцами по Курилам всегда были ритуальными, а теперь эта тема и вовсе закрыта",
                 "negotiations with Japan over the disputed islands had only ever been a ritual and the issue was now "
                 "closed"):
        assert {"ritual", "closed"} <= concepts(text), text


def test_a_step_called_incompatible_with_a_sides_position_is_a_subject_in_three_languages():
    """Suga's 「北方領土に関するわが国の立場と相いれず」 and Kyodo's "incompatible with our country's position on the
    Northern Territories" the same day: one remark, translated."""
    from treatywatch.statements.novelty import NoveltyIndex, concepts

    for text in ("it is incompatible with our country's position on the Northern Territories",
                 "это противоречит позиции Японии по северным территориям",
                 "北方領土に関するわが国の立場と相いれず、適切に対応していく"):
        assert {"incompatible", "stance"} <= concepts(text), text
    index = NoveltyIndex()
    index.add(1, "Yoshihide Suga", "現在、事実関係を確認している。仮に事実であれば、北方領土に関するわが国の立場と相いれず、適切に"
              "対応していく", "ja", "2016-11-22", 1)
    found = index.decide("Yoshihide Suga", "We are confirming the facts. If it is true, it is incompatible with our "
                         "country's position on the Northern Territories, and we will respond appropriately", "en",
                         "2016-11-22", 2)
    assert found.first_report_id == 1, found


def test_a_position_still_held_is_unchanged_in_three_languages():
    """«Токио по-прежнему намерен решить территориальный вопрос», "the policy … will not change", "the 1956 declaration
    remained 'the basis'" / «по-прежнему остаётся основой»: the same subject, a position unchanged."""
    from treatywatch.statements.novelty import concepts

    for text in ("Токио по-прежнему намерен решить территориальный вопрос и заключить мирный договор",
                 "our policy of resolving the territorial issue and concluding a peace treaty will not change",
                 "the 1956 declaration remained \"the basis\" for talks", "Основой по-прежнему остаётся Декларация 1956 года"):
        assert "unchanged" in concepts(text), text


def test_places_named_in_a_remark_are_subjects_across_languages():
    """Putin's "The governor of Okinawa is against expanding the American base" in Interfax's English is its Russian
    «Губернатор Окинавы против расширения американской базы»: the place names the same subject."""
    from treatywatch.statements.novelty import NoveltyIndex, concepts

    assert {"okinawa", "singapore", "vladivostok"} <= concepts("沖縄、シンガポール、ウラジオストク")
    index = NoveltyIndex()
    index.add(1, "Vladimir Putin", "Мы не знаем, что будет после заключения мирного договора. Губернатор Окинавы против "
              "расширения американской базы, люди выходят на улицы, а сделать ничего нельзя", "ru", "2018-12-20", 1)
    found = index.decide("Vladimir Putin", "We do not know what will happen after a peace treaty is signed. The governor "
                         "of Okinawa is against expanding the American base, people take to the streets", "en",
                         "2018-12-20", 2)
    assert found.first_report_id == 1, found


def test_a_report_that_says_it_retells_an_earlier_remark_repeats_it_weeks_later():
    from treatywatch.statements.novelty import NoveltyIndex

    index = NoveltyIndex()
    first = "Moscow will not discuss with Tokyo the ownership of the southern Kurils, the topic is closed"
    index.add(1, "Sergei Lavrov", first, "en", "2026-05-12", 1)
    retold = "Last week Lavrov said Moscow will not discuss the ownership of the southern Kurils with Tokyo"
    assert index.decide("Sergei Lavrov", retold, "en", "2026-06-10", 2).rule == "recalled"
    assert index.decide("Sergei Lavrov", retold.replace("Last week ", ""), "en", "2026-06-10", 2).rule == "new"
    assert index.decide("Sergei Lavrov", retold, "en", "2026-07-20", 2).rule == "new"  # beyond 45 days


def test_a_recollection_told_in_short_in_another_language_repeats_the_remark_it_names():
    """"Last week Deputy Foreign Minister Morgulov told Interfax that Russia was not holding any dialogue with
    Japan on the Kuril problem", four days after Interfax's Russian report of the interview: the subjects it keeps
    (talks, islands) are all among that remark's; "Ahead of the visit, … had said" and «Накануне … заявил» tell a
    remark as earlier too. Told as news (no such words), it is a remark of its own."""
    from treatywatch.statements.novelty import NoveltyIndex

    index = NoveltyIndex()
    index.add(1, "Igor Morgulov", "Россия не ведет с Японией переговоров о принадлежности Курильских островов",
              "ru", "2015-09-17", 1)
    for retold in ("Last week Deputy Foreign Minister Igor Morgulov told Interfax that Russia was not holding any "
                   "dialogue with Japan on the Kuril problem.",
                   "Ahead of the visit, Deputy Foreign Minister Igor Morgulov had said Russia was not conducting any "
                   "dialogue with Japan on the Kurils."):
        assert index.decide("Igor Morgulov", retold, "en", "2015-09-21", 2).rule == "recalled", retold
    assert index.decide("Igor Morgulov", "Накануне замминистра Игорь Моргулов заявил, что диалога по Курилам нет.",
                        "ru", "2015-09-18", 2).rule == "recalled"
    told_as_news = "Deputy Foreign Minister Igor Morgulov told Interfax that Russia was not holding any dialogue " \
                   "with Japan on the Kuril problem."
    assert index.decide("Igor Morgulov", told_as_news, "en", "2015-09-21", 2).rule == "new"


def test_a_recollection_quoting_a_phrase_of_the_remark_repeats_it_weeks_later():
    """'Earlier this month he … said the Kurils are "Russian land, full stop"': the phrase it quotes stands in the
    remark of thirteen days before, whose other words it does not keep."""
    from treatywatch.statements.novelty import NoveltyIndex

    index = NoveltyIndex()
    index.add(1, "Dmitry Medvedev", "The Japanese may grieve for their 'northern territories' as much as they wish. "
              "The Kurils are Russian land, full stop", "en", "2026-02-08", 1)
    index.add(2, "Dmitry Medvedev", "Medvedev added that the Kurils belong to Russia", "en", "2026-02-20", 2)
    retold = ('Earlier this month he called the annual rally for the islands\' return "revanchism" and said the Kurils '
              'are "Russian land, full stop."')
    found = index.decide("Dmitry Medvedev", retold, "en", "2026-02-21", 3)
    assert (found.rule, found.first_report_id) == ("recalled", 1)
    assert index.decide("Dmitry Medvedev", retold.replace("Earlier this month he", "He"), "en", "2026-02-21",
                        3).rule == "new"


def test_a_short_sentence_quoted_whole_repeats_the_quote_it_was_cut_from():
    """'"This is our land," he said' the next day: one distinctive word, but the speaker's whole sentence, found
    in the longer quote reported before; a phrase of one distinctive word and fewer words ("our land") is not."""
    from treatywatch.statements.novelty import NoveltyIndex

    index = NoveltyIndex()
    index.add(1, "Vladimir Putin", "This is our land, it is enshrined by the outcome of World War II,", "en",
              "2026-12-19", 1)
    found = index.decide("Vladimir Putin", '"This is our land," he said.', "en", "2026-12-20", 2)
    assert (found.rule, found.first_report_id) == ("shared_quote", 1)
    assert index.decide("Vladimir Putin", 'He called the islands "our land".', "en", "2026-12-20", 2).rule == "new"


def test_a_translation_of_half_the_quote_keeps_the_two_set_phrases():
    """NHK's 「日ロ関係は厳しい状況にあるが、…方針は変わらない。交渉再開の道を粘り強く探っていく」 and, the next day, a Russian
    site's translation of its first half («…в тяжелом положении, но курс … не меняется»): the relations called
    severe and the course said to stand are subjects in three languages, so the half is the same remark."""
    from treatywatch.statements.novelty import NoveltyIndex, concepts

    for text in ("Relations are in a severe situation, but our policy remains unchanged",
                 "Отношения находятся в тяжелом положении, но курс не меняется",
                 "関係は厳しい状況にあるが、方針に変わりはない"):
        assert {"severe", "unchanged"} <= concepts(text), text
    index = NoveltyIndex()
    index.add(1, "Sanae Takaichi", "日ロ関係は厳しい状況にあるが、領土問題を解決して平和条約を締結するという方針は変わらない。"
              "交渉再開の道を粘り強く探っていく", "ja", "2026-06-09", 1)
    half = ("Японо-российские отношения находятся в тяжелом положении, но курс на решение территориальной проблемы и "
            "заключение мирного договора не меняется")
    assert index.decide("Sanae Takaichi", half, "ru", "2026-06-10", 2).rule == "translation"


def test_talks_buried_or_their_basis_destroyed_are_the_talks_halted_in_three_languages():
    """"Japan has effectively buried the peace treaty negotiations" is the English of «Япония фактически похоронила
    переговоры о мирном договоре» (a translation, the same day); "destroyed the basis for dialogue", «уничтожил
    основу для диалога», 「対話の基盤を自ら破壊した」 say the same of the talks."""
    from treatywatch.statements.novelty import NoveltyIndex, concepts

    for text in ("Japan has effectively buried the peace treaty negotiations",
                 "Япония фактически похоронила переговоры о мирном договоре", "平和条約交渉は事実上葬られた",
                 "Tokyo destroyed the basis for dialogue itself", "Токио сам уничтожил основу для диалога",
                 "日本は「対話の基盤を自ら破壊した」"):
        assert "halt" in concepts(text), text
    assert "halt" not in concepts("The storm destroyed the pier on Kunashir; the fishing talks went on")
    index = NoveltyIndex()
    index.add(1, "Mikhail Galuzin", "Япония своими действиями фактически похоронила переговоры о мирном договоре", "ru",
              "2026-03-01", 1)
    assert index.decide("Mikhail Galuzin", "Japan has effectively buried the peace treaty negotiations with its own "
                        "actions", "en", "2026-03-01", 2).rule == "translation"


def test_earlier_in_the_day_is_news_not_a_recollection():
    from treatywatch.statements.novelty import NoveltyIndex

    index = NoveltyIndex()
    index.add(1, "Sergei Lavrov", "Moscow will not discuss with Tokyo the ownership of the southern Kurils, the topic is "
              "closed", "en", "2026-05-12", 1)
    retold = "Earlier on Tuesday, Lavrov said Moscow will not discuss the ownership of the southern Kurils with Tokyo"
    assert index.decide("Sergei Lavrov", retold, "en", "2026-06-10", 2).rule == "new"


def test_the_speakers_own_earlier_is_no_sign_of_a_retelling():
    """'"As we have said earlier, the ownership of the southern Kurils is not for discussion"' is the speaker's
    new remark (its own words), not the report of an earlier one; nor is a reported sentence whose only "earlier"
    stands in quotation marks."""
    from treatywatch.statements.novelty import NoveltyIndex

    index = NoveltyIndex()
    index.add(1, "Maria Zakharova", "Moscow will not discuss with Tokyo the ownership of the southern Kurils, the topic "
              "is closed", "en", "2026-05-12", 1)
    quote = "As we have said earlier, Moscow will not discuss the ownership of the southern Kurils with Tokyo"
    assert index.decide("Maria Zakharova", quote, "en", "2026-06-10", 2, direct=True).rule == "new"
    reported = 'Zakharova said that "as we have said earlier" Moscow will not discuss the ownership of the southern Kurils'
    assert index.decide("Maria Zakharova", reported, "en", "2026-06-10", 2).rule == "new"
    assert index.decide("Maria Zakharova", quote, "en", "2026-06-10", 2).rule == "recalled"


def test_a_lead_retelling_the_quote_below_it_on_half_its_subjects_is_one_remark():
    """'Japan's claims to the Southern Kurils have no legal basis, Zakharova said' above '"Tokyo's territorial
    claims are groundless. The islands became ours after the war …"': claims called groundless, in other words;
    a remark of the same article sharing fewer of its subjects is another one."""
    from treatywatch.statements.novelty import NoveltyIndex, concepts

    for text in ("have no legal basis", "are groundless", "безосновательны", "根拠がない"):
        assert "groundless" in concepts(text), text
    lead = "Japan's claims to the Southern Kurils have no legal basis, spokeswoman Maria Zakharova said at a briefing"
    quote = ("Tokyo's territorial claims are groundless. The islands became part of our country as a result of "
             "World War II, and their sovereignty is not subject to discussion")
    index = NoveltyIndex()
    index.add(1, "Maria Zakharova", lead, "en", "2026-02-07", 1)
    assert index.decide("Maria Zakharova", quote, "en", "2026-02-07", 1).rule == "same_article"
    other = ("Tokyo's claims are groundless, and its sanctions policy makes any dialogue on a peace treaty with Japan "
             "impossible, and the military drills near the Kurils are a provocation")
    assert index.decide("Maria Zakharova", other, "en", "2026-02-07", 1).rule == "new"


def test_a_remark_reported_under_the_institution_it_was_said_for_repeats_it():
    """RIA's «Песков: …» and another paper's «В Кремле ответили, что …» the same day are one remark; so are
    Zakharova's briefing and "the Russian Foreign Ministry said"; the Kremlin and Japan's government are not
    each other's voices."""
    from treatywatch.statements.speakers import voices_of

    assert voices_of("Kremlin", "2025-11-08") == ("Vladimir Putin", "Dmitry Peskov", "Yuri Ushakov")
    assert voices_of("Maria Zakharova", "2024-02-07") == ("Russian Foreign Ministry",)
    assert voices_of("Mikhail Galuzin", "2024-02-07") == ()  # a deputy minister by then
    assert voices_of("Mikhail Galuzin", "2020-01-01") == ("Russian Embassy in Japan",)  # the ambassador then
    index = NoveltyIndex()
    index.add(1, "Dmitry Peskov", "Но пока Япония участвует в санкционной кампании, ни о каком мирном договоре речи "
              "быть не может", "ru", "2025-11-08", 1)
    said = "В Кремле ответили, что о мирном договоре речи быть не может, пока Япония участвует в санкционной кампании."
    assert index.decide("Kremlin", said, "ru", "2025-11-08", 2).rule.startswith("voice_")
    assert index.decide("Japanese government", said, "ru", "2025-11-08", 2).new
    index.add(3, "Russian Foreign Ministry", "Japan's territorial claims to the Southern Kurils are groundless and "
              "legally void", "en", "2024-02-07", 3)
    briefing = "Zakharova said Japan's territorial claims to the Southern Kurils are groundless and legally void."
    assert index.decide("Maria Zakharova", briefing, "en", "2024-02-08", 4).rule.startswith("voice_")
    other = "Zakharova called Tokyo's renewed demands for the return of the islands absurd."
    assert index.decide("Maria Zakharova", other, "en", "2024-02-08", 4).new


def test_a_registry_voices_line_that_is_not_a_list_of_offices_is_reported():
    from treatywatch.statements.speakers import Registry

    reg = Registry({"institutions": [{"name": "Kremlin", "voices": "ru_president", "aliases": ["kremlin"]}],
                    "people": []})
    assert reg.voices == {} and any("voices" in p for p in reg.problems)


def test_the_talks_stopped_and_a_return_offered_are_subjects_in_three_languages():
    """A verb of stopping next to the talks' word is "halt" (not "stop visa-free travel"); "ready to return to the
    talks if Japan changes its position" reads the same in English, Russian and Japanese."""
    from treatywatch.statements.novelty import concepts

    for text in ("It was not us who stopped these talks", "не мы прекратили эти переговоры", "交渉をやめたのは我々ではない",
                 "peace treaty talks were halted"):
        assert "halt" in concepts(text), text
    assert "halt" not in concepts("It was decided to stop visa-free travel to the islands")
    for text in ("Russia stands ready to resume the negotiations if Japan revises its stance",
                 "Москва готова вернуться к переговорам, если Япония изменит свою позицию",
                 "日本が立場を変えれば交渉に戻る用意がある"):
        assert {"ready", "resume", "change_position"} <= concepts(text), text


def test_two_speakers_of_one_earlier_article_retold_weeks_later_make_a_rewrite():
    index = NoveltyIndex()
    index.add(1, "Dmitry Peskov", "Contacts with Japan on a peace settlement are impossible while Tokyo keeps its "
              "hostile line", "en", "2026-06-02", article=10)
    index.add(2, "Japanese Foreign Ministry", "the southern Kurils are Japanese land under illegal occupation, and "
              "Tokyo seeks to settle their status", "en", "2026-06-02", article=10)
    peskov = ("Dmitry Peskov", "any peace agreement dialogue with Japan is currently unfeasible because of Tokyo's "
              "antagonistic course", "en", "2026-06-29", 20)
    ministry = ("Japanese Foreign Ministry", "Japan's Foreign Ministry reaffirmed its intention to settle the question "
                "of the four islands, which it claims are under unlawful Russian control", "en", "2026-06-29", 20)
    assert index.decide(*peskov[:4], article=20).new  # 27 days on: past the paraphrase window
    found = index.rewritten([peskov, ministry])
    assert {i: (d.first_report_id, d.rule) for i, d in found.items()} == {0: (1, "rewrite"), 1: (2, "rewrite")}
    assert index.rewritten([peskov]) == {}
    # one speaker's two remarks retold are no rewrite: positions restated on a new occasion
    index.add(3, "Dmitry Peskov", "Russia's sovereignty over the Kurils is not up for discussion", "en", "2026-06-02",
              article=10)
    again = ("Dmitry Peskov", "the Kurils' sovereignty is not to be discussed", "en", "2026-06-29", 20)
    assert index.rewritten([peskov, again]) == {}


def test_the_return_campaign_is_a_subject_and_the_sanctions_campaign_is_not():
    from treatywatch.statements.novelty import concepts

    for text in ("Moscow views the annual so-called Northern Territories Day as an unfriendly step",
                 "Мы рассматриваем эту ежегодную кампанию как недружественный шаг.", "日本の「北方領土の日」について"):
        assert "campaign" in concepts(text), text
    for text in ("as long as Tokyo takes part in the sanctions campaign", "ロシアは北方領土の日本への引き渡しを拒んだ"):
        assert "campaign" not in concepts(text), text
    assert "islands" in concepts("日本の「北方領土の日」について")  # the day's name keeps its islands


def test_a_will_stated_is_a_subject_across_languages():
    index = NoveltyIndex()
    index.add(1, "Shinzo Abe", "Абэ заявил, что намерен решить территориальный вопрос и подписать мирный договор.", "ru",
              "2016-12-16")
    for quote, language in (("Abe said he was determined to resolve the territorial issue and sign a peace treaty.",
                             "en"), ("領土問題を解決して平和条約を締結する決意だ", "ja")):
        assert index.decide("Shinzo Abe", quote, language, "2016-12-16").rule == "translation", quote



def test_door_unilateral_occupied_and_regret_are_subjects_across_languages():
    """"never closed the door" / «не закрывали дверь», "unilaterally suspended" / 「一方的に中断」, «незаконно
    оккупированы» / 「不法に占拠」, «сожаления» / 「遺憾」."""
    from treatywatch.statements.novelty import concepts

    for subject, texts in (("open_door", ("We never closed the door.", "Мы никогда не закрывали дверь.", "対話の扉は開かれている")),
                           ("unilateral", ("Russia unilaterally suspended the negotiations.", "交渉を一方的に中断した")),
                           ("halt", ("交渉を一方的に中断したのはロシア側だ",)),
                           ("occupation", ("острова незаконно оккупированы Россией", "ロシアに不法に占拠されている")),
                           ("regret", ("ничего, кроме сожаления, не вызывают", "遺憾の念しか呼び起こさない"))):
        for text in texts:
            assert subject in concepts(text), (subject, text)


def test_islands_said_to_have_become_russian_are_a_subject_across_languages():
    from treatywatch.statements.novelty import concepts

    for text in ("Курилы стали российскими по итогам Второй мировой войны", "第2次大戦の結果、ロシア領になった",
                 "the transfer of the southern Kuril Islands to the Soviet Union", "переход южных Курил к Советскому Союзу",
                 "the islands became Russian as a result of World War II"):
        assert "land" in concepts(text), text


def test_the_translations_of_nagnetat_are_one_word():
    """«нагнетать обстановку» comes out as "stir up tensions", "incite the atmosphere", "whip up": a lead and the quote
    below it, in two translators' words, are one remark."""
    index = NoveltyIndex()
    index.add(1, "Russian Foreign Ministry", "The ministry slammed Tokyo's latest statements as an attempt to stir up "
              "tensions around the disputed islands.", "en", "2026-01-09", article=5)
    quote = ("Such words can only be seen as an attempt to incite the atmosphere around the peace treaty and impose "
             "Tokyo's own scenario on the other side,")
    assert index.decide("Russian Foreign Ministry", quote, "en", "2026-01-09", article=5).rule == "same_article"


def test_forgetting_the_islands_is_renouncing_them_and_a_security_council_title_is_no_subject():
    from treatywatch.statements.novelty import concepts

    for text in ("Japan should forget about the Kurils forever", "Японии следует навсегда забыть о Курилах",
                 "日本は永遠に諦めるべきだ"):
        assert "renounce" in concepts(text), text
    for text in ("deputy head of Russia's Security Council Dmitry Medvedev", "зампред Совета безопасности РФ",
                 "ロシア安全保障会議のメドベージェフ副議長"):
        assert "security" not in concepts(text), text
    assert "security" in concepts("Russia's security concerns over the alliance")





def test_the_protest_set_phrase_and_russian_land_are_subjects_across_languages():
    """「極めて不当であり、断じて受け入れられない」 in Russian and English (unjust and unacceptable: two subjects, not one);
    「ロシアの土地」 is «русская земля»."""
    index = NoveltyIndex()
    index.add(1, "Yoshimasa Hayashi", "ロシア側の対応は極めて不当であり、断じて受け入れられない", "ja", "2022-03-22", article=1)
    for quote, language in (("Хаяси назвал действия российской стороны крайне несправедливыми и совершенно "
                             "неприемлемыми.", "ru"),
                            ("Hayashi called Russia's response extremely unjust and absolutely unacceptable.", "en")):
        assert index.decide("Yoshimasa Hayashi", quote, language, "2022-03-22", article=2).rule == "translation"
    index = NoveltyIndex()
    index.add(1, "Dmitry Medvedev", "Курилы — русская земля, и Япония никогда их не получит.", "ru", "2026-08-01",
              article=1)
    quote = "メドベージェフ氏は、クリール諸島はロシアの土地であり、日本は決して取り戻せないと投稿した。"
    assert index.decide("Dmitry Medvedev", quote, "ja", "2026-08-01", article=2).rule == "translation"


def test_a_recollection_with_the_same_subjects_and_one_specific_repeats_the_remark():
    """"Zakharova earlier said that it was Japan that froze the dialogue on a peace treaty", three weeks after her
    «Японская сторона сама заморозила диалог о мирном договоре»: the report says it retells, and the subjects are
    the same (one specific, the freeze); told as news, the same words would be a new remark."""
    index = NoveltyIndex()
    index.add(1, "Maria Zakharova", "Японская сторона сама заморозила диалог о мирном договоре.", "ru", "2026-08-01",
              article=1)
    retold = "Zakharova earlier said that it was Japan that froze the dialogue on a peace treaty."
    assert index.decide("Maria Zakharova", retold, "en", "2026-08-25", article=2).rule == "recalled"
    told = "Zakharova said that it was Japan that froze the dialogue on a peace treaty."
    assert index.decide("Maria Zakharova", told, "en", "2026-08-25", article=3).first_report_id is None


def test_the_wars_results_are_the_wars_outcome():
    from treatywatch.statements.novelty import concepts

    assert "wwii" in concepts("the matter was settled by the war's results")


def test_talks_stalling_their_pace_and_the_leaders_agreement_are_subjects_in_three_languages():
    """"The talks are stalling" / «переговоры буксуют» / 「交渉は足踏みしている」, "the pace has slowed" / «темп
    замедлился», "based on the leaders' agreement" / 「首脳間の合意に基づいて」: what a translation keeps when it keeps
    no word ("installed" holds no stalling)."""
    from treatywatch.statements.novelty import concepts

    for text in ("I do not think the negotiations are stalling; we will go on based on the agreement between the leaders",
                 "Не думаю, что переговоры буксуют: продолжим на основе договоренностей лидеров",
                 "交渉が足踏みしているとは考えていない。首脳間の合意に基づいて交渉を進める"):
        assert {"stall", "leaders_agreement", "talks"} <= concepts(text), text
    for text in ("the pace of the talks has slowed", "темп переговоров замедлился", "交渉のテンポは速くない"):
        assert "pace" in concepts(text), text
    assert "stall" not in concepts("the freshly installed premier")
    idx = NoveltyIndex()
    idx.add(1, "Yoshihide Suga", "「報道は承知しているが、交渉が足踏みしているとは全く考えていない。首脳間の合意に基づいて、"
                                 "引き続き粘り強く交渉を進めていく」", "ja", "2026-03-15", article=1)
    quote = ("I am aware of the report, but I do not believe the talks are stalling at all. We will keep negotiating "
             "tenaciously on the basis of the leaders' agreement,")
    assert idx.decide("Yoshihide Suga", quote, "en", "2026-03-15", article=2).first_report_id == 1


def test_two_people_a_remark_names_are_what_its_translation_keeps_one_is_the_setting():
    """「河野外相とラブロフ外相を責任者とし、…モルグロフ次官を特別代表として…」 and its English name the same three
    people: one remark; two reports that share only the counterpart met ("after talks with Kono") are two."""
    idx = NoveltyIndex()
    idx.add(1, "Shinzo Abe", "河野外務大臣とラブロフ外相を交渉の責任者とし、モルグロフ外務次官らを特別代表として、交渉を加速させることで"
                             "合意した", "ja", "2026-12-02", article=1)
    quote = ("We agreed to speed up the negotiations with Foreign Ministers Kono and Lavrov in charge and Deputy "
             "Foreign Minister Morgulov among the special representatives,")
    assert idx.decide("Shinzo Abe", quote, "en", "2026-12-02", article=2).first_report_id == 1
    idx = NoveltyIndex()
    idx.add(1, "Sergei Lavrov", "Reaching an agreement on the peace treaty remains a difficult task, Lavrov said after "
                                "talks with Kono.", "en", "2026-05-10", article=1)
    other = "Между Москвой и Токио сохраняются значительные расхождения по мирному договору, заявил Лавров после встречи с Коно."
    assert idx.decide("Sergei Lavrov", other, "ru", "2026-05-10", article=2).new


def test_no_quick_solution_and_speeding_up_the_work_are_subjects_in_three_languages():
    """«Быстрых решений здесь не бывает» / 「早急な解決はあり得ない」 / "no quick solutions"; «ускорить работу» / 「作業を
    加速」 / "speed up the work": the words a translation keeps when it keeps no other."""
    from treatywatch.statements.novelty import concepts

    for text in ("no quick solutions should be expected", "быстрых решений ждать не следует", "早急な解決はあり得ない"):
        assert "quick" in concepts(text), text
    for text in ("to speed up their work on the treaty", "ускорить работу над договором", "作業を加速させる"):
        assert "accelerate" in concepts(text), text
    idx = NoveltyIndex()
    idx.add(1, "Dmitry Peskov", "Президент готов продолжать диалог по мирному договору, но быстрых решений здесь не бывает",
            "ru", "2026-12-28", article=1)
    assert idx.decide("Dmitry Peskov", "平和条約の対話は続けるが、早急な解決はあり得ない", "ja", "2026-12-28",
                      article=2).first_report_id == 1


def test_the_islands_future_is_a_subject_in_three_languages():
    """「島の未来像を描き、平和条約の締結につなげたい」 / «нарисовать будущее островов» / "sketch out a future for the
    islands": what the translations keep; the treaty and the islands alone are in every remark."""
    idx = NoveltyIndex()
    idx.add(1, "Shinzo Abe", "この取り組みを通じて島の未来像を描き、平和条約の締結につなげていきたい", "ja", "2026-11-10", article=1)
    said = ("Японский премьер сказал журналистам, что совместная работа на островах должна помочь «нарисовать будущее "
            "островов» и приблизить мирный договор.")
    assert idx.decide("Shinzo Abe", said, "ru", "2026-11-10", article=2).first_report_id == 1
    other = "Японский премьер сказал, что мирный договор нужен островам."
    assert idx.decide("Shinzo Abe", other, "ru", "2026-11-10", article=3).new


def test_the_talks_levels_are_a_subject_in_three_languages():
    """「次官級協議を含め、あらゆるレベルで対話を重ねていく」 / "dialogue at all levels, including the vice ministers" /
    «диалог на всех уровнях»: what a translation keeps of a remark on the talks."""
    from treatywatch.statements.novelty import concepts

    for text in ("we will pile up dialogue at all levels, including the vice ministers",
                 "продолжать диалог на всех уровнях, включая замминистров",
                 "次官級協議を含め、あらゆるレベルで対話を重ねていく"):
        assert {"levels", "talks"} <= concepts(text), text


def test_the_talks_moved_forward_is_a_subject_in_three_languages():
    """「首脳会談を、平和条約交渉を前に進める場にしたい」 / «продвинуть переговоры о мирном договоре» / "advance the
    treaty negotiations": what a translation keeps; the treaty and the talks alone are in every remark, and an advanced
    weapon is no progress."""
    from treatywatch.statements.novelty import concepts

    for text in ("the summit should advance negotiations on a peace treaty", "продвинуть переговоры о мирном договоре",
                 "平和条約交渉を前に進める", "交渉の進展を期待する", "to move the talks forward"):
        assert "progress" in concepts(text), text
    assert "progress" not in concepts("advanced weapons on the islands")
    idx = NoveltyIndex()
    idx.add(1, "Yoshimasa Hayashi", "来月の首脳会談を、平和条約交渉を前に進める実りあるものにしたい", "ja", "2026-11-04", article=1)
    said = "Hayashi said he wants next month's summit to be a fruitful one that advances the peace treaty negotiations."
    assert idx.decide("Yoshimasa Hayashi", said, "en", "2026-11-04", article=2).first_report_id == 1
    other = "Hayashi said the peace treaty negotiations remain Japan's goal."
    assert idx.decide("Yoshimasa Hayashi", other, "en", "2026-11-04", article=3).new


def test_an_anachronism_and_a_problem_that_cannot_be_resolved_are_subjects_in_three_languages():
    """«Отсутствие мирного договора … является анахронизмом, однако решить эту проблему за один визит невозможно» /
    "the absence of a peace treaty is an anachronism, but the problem cannot be resolved in one visit": a
    translation keeps the anachronism (the abnormal situation) and the impossible."""
    from treatywatch.statements.novelty import concepts

    for text in ("the absence of a treaty is an anachronism", "является анахронизмом", "時代錯誤だ"):
        assert "abnormal" in concepts(text), text
    assert "impossible" in concepts("the problem cannot be resolved in one visit")
    idx = NoveltyIndex()
    idx.add(1, "Vladimir Putin", "Отсутствие мирного договора между Россией и Японией является анахронизмом, однако "
            "решить эту проблему за один визит невозможно", "ru", "2016-11-20", article=1)
    said = ("The absence of a peace treaty between Russia and Japan is an anachronism, but the problem cannot be "
            "resolved in one visit, Putin said.")
    assert idx.decide("Vladimir Putin", said, "en", "2016-11-20", article=2).first_report_id == 1


def test_a_sentence_too_short_for_word_pairs_found_whole_in_an_earlier_report_repeats_it():
    """The transcript's «Мы с господином премьер-министром обсудили и проблему мирного договора.» (two distinctive
    words: no pairs to match) stands whole in the agency's earlier quote of the answer; elsewhere it is new."""
    idx = NoveltyIndex()
    idx.add(1, "Vladimir Putin", "Мы с господином премьер-министром обсудили и проблему мирного договора. Хочу сказать "
            "откровенно: простых и быстрых решений здесь нет и быть не может.", "ru", "2018-05-26")
    d = idx.decide("Vladimir Putin", "Мы с господином премьер-министром обсудили и проблему мирного договора.", "ru",
                   "2018-05-27")
    assert (d.first_report_id, d.rule) == (1, "contained")
    assert idx.decide("Vladimir Putin", "Мы обсудили и проблему мирного договора.", "ru", "2018-05-27").new
    idx.add(2, "Vladimir Putin", "Но там не написано, под чьим суверенитетом они останутся. Это предмет переговоров",
            "ru", "2019-12-19")
    assert idx.decide("Vladimir Putin", "Это предмет переговоров.", "ru", "2019-12-19").first_report_id == 2
    assert idx.decide("Sergei Lavrov", "Мы с господином премьер-министром обсудили и проблему мирного договора.", "ru",
                      "2018-05-27").new


def test_the_reports_words_for_who_spoke_do_not_count_against_a_paraphrase():
    """«официальный представитель ведомства Мария Захарова назвала такие высказывания искажением сути договоренностей
    лидеров» retells her «Подобные высказывания грубо искажают суть договоренностей лидеров…»: the report's words for
    her office and its verb of calling are not words of the remark."""
    idx = NoveltyIndex()
    idx.add(21, "Maria Zakharova", "Подобные высказывания грубо искажают суть договоренностей лидеров и подрывают "
            "атмосферу переговоров. Никто не уполномочивал Токио говорить от имени россиян.", "ru", "2019-01-09")
    d = idx.decide("Maria Zakharova", "официальный представитель ведомства Мария Захарова назвала такие высказывания "
                   "искажением сути договоренностей лидеров.", "ru", "2019-01-12")
    assert d.first_report_id == 21, d
    assert idx.decide("Maria Zakharova", "официальный представитель ведомства Мария Захарова назвала учения на "
                      "островах плановыми.", "ru", "2019-01-12").new


def test_a_japanese_had_said_recalls_the_remark():
    """「首相は所信表明演説で、…北方領土問題に終止符を打ち、平和条約の締結を目指す考えを示していた。」 recalls the speech
    reported two days before in Russian (the end put to the problem, the treaty sought)."""
    idx = NoveltyIndex()
    idx.add(12, "Yoshihide Suga", "С Россией необходимо положить конец проблеме северных территорий, не откладывая ее на "
            "следующее поколение. Мы будем стремиться к заключению мирного договора.", "ru", "2020-10-26")
    recalled = "首相は所信表明演説で、ロシアとの間では北方領土問題に終止符を打ち、平和条約の締結を目指す考えを示していた。"
    assert idx.decide("Yoshihide Suga", recalled, "ja", "2020-10-28").first_report_id == 12


def test_a_step_towards_the_treaty_and_the_new_approach_in_any_case_form():
    """「平和条約の締結に向けた着実な一歩であり、新しいアプローチの具体化だ」 / «уверенный шаг к заключению мирного договора и
    воплощение нового подхода»: a step towards the treaty and the new approach (in the genitive too) are what the
    translation keeps."""
    from treatywatch.statements.novelty import concepts

    assert {"progress", "new_approach"} <= concepts("Это уверенный шаг к заключению мирного договора и воплощение нового подхода.")
    assert {"progress", "new_approach"} <= concepts("平和条約の締結に向けた着実な一歩であり、新しいアプローチの具体化だ")
    assert "progress" in concepts("a firm step towards a peace treaty")
    assert "progress" not in concepts("Шаг за шагом мы строим школы.")


def test_the_atmosphere_a_protest_and_defence_are_subjects_in_three_languages():
    """Zakharova's «Подобные демарши не способствуют созданию атмосферы, необходимой для работы над мирным
    договором» retold by TASS in English and by a Japanese service the next days: the atmosphere and the protest are
    what each translation keeps; «не противоречит» is 「矛盾しない」; «обороны» is 「防衛」."""
    from treatywatch.statements.novelty import NoveltyIndex, concepts

    assert {"atmosphere", "protest"} <= concepts("こうした抗議は平和条約に取り組むために必要な雰囲気づくりに役立たない")
    assert {"incompatible", "defence"} <= concepts("配備は自国領土での防衛のためで、対話への用意と矛盾しない")
    index = NoveltyIndex()
    index.add(1, "Maria Zakharova", "Подобные демарши не способствуют созданию атмосферы, необходимой для работы над "
              "мирным договором.", "ru", "2020-12-03", 1)
    found = index.decide("Maria Zakharova", "Such demarches do nothing to create the atmosphere needed for work on a "
                         "peace treaty.", "en", "2020-12-03", 2)
    assert found.first_report_id == 1, found
    found = index.decide("Maria Zakharova", "こうした抗議は平和条約に取り組むために必要な雰囲気づくりに役立たない", "ja",
                         "2020-12-04", 3)
    assert found.first_report_id == 1, found


def test_recognition_and_apologies_are_subjects_across_languages():
    """Zakharova's «нам нужны не извинения, а признание итогов Второй мировой войны» retold in English the next day
    ("wanted recognition of the results of World War II from Tokyo, not apologies"): recognition and apologies are
    what the short retelling keeps."""
    from treatywatch.statements.novelty import NoveltyIndex, concepts

    assert {"recognition", "apology"} <= concepts("日本側に求めるのは謝罪ではなく、第2次大戦の結果の承認だ")
    index = NoveltyIndex()
    index.add(1, "Maria Zakharova", "Скажу прямо: нам нужны от японской стороны не извинения, а признание итогов Второй "
              "мировой войны, включая суверенитет Российской Федерации над южными Курилами.", "ru", "2019-05-16", 1)
    found = index.decide("Maria Zakharova", "Moscow wanted recognition of the results of World War II from Tokyo, not "
                         "apologies.", "en", "2019-05-17", 2)
    assert found.first_report_id == 1, found


def test_a_report_naming_the_remarks_day_well_before_its_own_retells_it():
    """"Hayashi said Friday that holding the vote on the islands … was unacceptable" in a Thursday report, six days
    after his Japanese words: the day named tells a recollection, as "earlier" does; "said Friday" in a Saturday
    report is the news itself."""
    from treatywatch.statements.novelty import NoveltyIndex, _told_days_before

    assert _told_days_before("Hayashi said Friday that", "2024-03-21")  # (a Thursday)
    assert not _told_days_before("Hayashi said Friday that", "2024-03-16")  # (a Saturday)
    assert _told_days_before("林芳正官房長官は15日、", "2024-03-20")
    index = NoveltyIndex()
    index.add(1, "Yoshimasa Hayashi", "北方四島はわが国固有の領土であり、北方四島でロシアの大統領選挙が実施されることは、わが国の"
              "立場と相いれず、受け入れられない。", "ja", "2024-03-15", 1)
    found = index.decide("Yoshimasa Hayashi", "Chief Cabinet Secretary Yoshimasa Hayashi said Friday that holding the "
                         "vote on the islands, which Japan regards as its inherent territory, was unacceptable.", "en",
                         "2024-03-21", 2, direct=False)
    assert found.first_report_id == 1, found


def test_the_islands_that_will_never_come_back_in_russian_are_their_return():
    """«Курилы никогда не вернутся Японии» retells "the Kuril Islands will never return to Japan": the return, as
    «возвращение»; «вернуться к переговорам» is resuming the talks, not the islands' return."""
    from treatywatch.statements.novelty import concepts

    assert "return" in concepts("Путин якобы заявил, что Курилы никогда не вернутся Японии")
    assert "return" not in concepts("Мы готовы вернуться к переговорам о мирном договоре")


def test_interference_in_internal_affairs_and_an_election_are_subjects_across_languages():
    """«назвала вмешательством во внутренние дела претензии Японии к проведению президентских выборов на Курилах»
    and TASS's "Japan's objections to holding the presidential election on the Kuril Islands amount to interference
    in Russia's internal affairs": one remark; «голосуют» is voting, as "vote"."""
    from treatywatch.statements.novelty import NoveltyIndex, concepts

    assert "election" in concepts("граждане, проживающие на островах, голосуют так же, как и везде")
    index = NoveltyIndex()
    index.add(1, "Maria Zakharova", "Официальный представитель МИД России Мария Захарова назвала вмешательством во "
              "внутренние дела претензии Японии к проведению президентских выборов на Курилах.", "ru", "2024-03-16", 1)
    found = index.decide("Maria Zakharova", "Japan's objections to holding the presidential election on the Kuril "
                         "Islands amount to interference in Russia's internal affairs.", "en", "2024-03-16", 2)
    assert found.first_report_id == 1, found


def test_concepts_are_written_in_lower_case():
    # (what lets them be matched in the lowered text without IGNORECASE: an upper-case letter or an inline flag
    # would match differently there)
    import re

    from treatywatch.statements.novelty import CONCEPTS
    for name, pattern in CONCEPTS.items():
        letters = re.sub(r"\\.", "", pattern)
        assert letters == letters.lower(), name
        assert not re.search(r"\(\?[aiLmsux-]+[:)]", pattern), name


def test_concepts_found_in_the_lowered_text_are_those_of_the_text_as_written():
    import json
    import re
    from pathlib import Path

    from treatywatch.statements.novelty import _CONCEPTS_ONE, concepts
    texts = ["The PEACE TREATY talks", "ſovereignty of the İslands", "ΣΥΝΘΗΚΗ and the Kurils", "ıslands", "Курилы — НАШИ",
             "北方領土の返還", "HALT OF THE TALKS", "the Northern Territories Day"]
    corpus = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev.jsonl"
    if corpus.exists():
        for line in corpus.open(encoding="utf-8"):
            texts += [s for s in re.split(r"(?<=[.!?。])\s*", json.loads(line)["text"]) if s]
    hits = 0
    for text in texts:
        as_written = {m.lastgroup for m in _CONCEPTS_ONE.finditer(text)}
        assert {c for c in concepts(text) if not c.startswith("n:")} == as_written, text
        hits += bool(as_written)
    assert hits > 100
