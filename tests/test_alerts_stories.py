"""End to end through `ingest`: which treaty statements of a multi-outlet story are flagged new. A wire story
retold in Russian, Japanese, by an aggregator and a newspaper is one alert per utterance; distinct remarks of the
same speaker and days stay one alert each."""
from urllib.parse import urlsplit

import pytest

from tests.multi_outlet_stories import (LAVROV_DISTINCT_REMARKS, LAVROV_OWNERSHIP_STORY, PESKOV_STORY,
                                        PHONE_CALL_STORY, RETOLD_LEAD_STORY, RUDENKO_STORY, TAKAICHI_RALLY_STORY,
                                        HANDOVER_STORY, SPUN_REWRITE_STORY, VALDAI_STORY,
                                        SANCTIONS_CONDITION_STORY, DIET_CLAIM_STORY, RECALLED_STORY,
                                        KREMLIN_VOICE_STORY, PROTEST_VOICE_STORY, BRIEFING_STORY,
                                        FORUM_ANSWER_STORY, LATE_REWRITE_STORY, SUSPENSION_PROTEST_STORY,
                                        SUMMIT_AGREEMENT_STORY, MEDVEDEV_TELEGRAM_STORY, BURIED_TALKS_STORY,
                                        EEF_STORY, ZAKHAROVA_OCCUPATION_STORY, MACHINE_ENGLISH_INTERVIEW_STORY,
                                        GALUZIN_INTERVIEW_STORY)
from tests.sample_articles import record
from treatywatch.export import export_statements
from treatywatch.ingest import ingest_records


def _new_alerts(db_url, story):
    ingest_records(db_url, [record(url, text, outlet=urlsplit(url).hostname, language=language, published=published,
                                   title=title) for url, language, published, title, text in story])
    rows = [s for s in export_statements(db_url) if s["peace_treaty"]]
    return rows, [(urlsplit(s["article_url"]).hostname, s["speaker"]) for s in rows if s["new"]]


def test_one_utterance_retold_in_three_languages_is_one_alert(sqlite_url):
    """TASS's lead ("no prospects for peace treaty talks") retells the quote below it ("no grounds for resuming
    such a dialogue"): one remark, as the corpus labels count a lead and its quote; the sovereignty remark is
    the other. Every retelling in Russian, Japanese, the aggregator's and the newspaper's is seen."""
    rows, alerts = _new_alerts(sqlite_url, RUDENKO_STORY)
    assert alerts == [("tass.com", "Andrei Rudenko")] * 2 + [("www.japantimes.co.jp", "Minoru Kihara")]
    assert len(rows) == 12  # every report found: the Russian quote and the Japanese "とも強調した" among them


@pytest.mark.parametrize("first", [0, 1])
def test_a_stated_policy_retold_by_four_outlets_is_one_alert_per_speaker(sqlite_url, first):
    """NHK's Japanese report first, or Kyodo's English one (its lead and the quote below it say the same in other
    words): either way one alert for the Prime Minister's policy and one for the Foreign Minister's remark."""
    story = [TAKAICHI_RALLY_STORY[first], TAKAICHI_RALLY_STORY[1 - first], *TAKAICHI_RALLY_STORY[2:]]
    rows, alerts = _new_alerts(sqlite_url, story)
    host = urlsplit(story[0][0]).hostname
    assert alerts == [(host, "Sanae Takaichi"), (host, "Toshimitsu Motegi")]
    assert len(rows) == 8


def test_distinct_remarks_of_the_same_days_stay_new(sqlite_url):
    # (five treaty remarks since round 31: the joint economic activity "based on Russian law" is the legal position on
    # the islands, as the probes' labellers mark it)
    rows, alerts = _new_alerts(sqlite_url, LAVROV_DISTINCT_REMARKS)
    assert len(alerts) == len(rows) == 5


def test_a_kremlin_remark_retold_by_six_outlets_is_one_alert(sqlite_url):
    """The spokesman's remark in TASS (English and Russian), Xinhua, an aggregator's rewrite, The Japan Times and
    Kyodo's Japanese report: one alert; the Japanese answer, in English and Japanese, one; the spokeswoman's two
    remarks of two days later (the claims unacceptable, the sovereignty beyond doubt) are new, and that article's
    closing reminder of Peskov's words is not."""
    rows, alerts = _new_alerts(sqlite_url, PESKOV_STORY)
    peskov = [s for s in rows if s["speaker"] == "Dmitry Peskov"]
    assert len(peskov) == 10 and sum(s["new"] for s in peskov) == 1
    assert [a for a in alerts if a[1] in ("Dmitry Peskov", "Minoru Kihara", "Maria Zakharova")] == [
        ("tass.com", "Dmitry Peskov"), ("www.japantimes.co.jp", "Minoru Kihara"),
        ("tass.com", "Maria Zakharova"), ("tass.com", "Maria Zakharova")]


def test_an_interview_retold_in_other_words_and_languages_is_one_alert_per_remark(sqlite_url):
    """RIA's three remarks (the islands' ownership not to be discussed, the sovereignty fixed by the war and the
    UN Charter, Tokyo wound the dialogue down) alerted once each; the machine translation, TASS's English copy
    and a newspaper's one-line summary say them again; the Japanese answer is new."""
    rows, alerts = _new_alerts(sqlite_url, LAVROV_OWNERSHIP_STORY)
    assert alerts == [("ria.ru", "Sergei Lavrov")] * 3 + [("www.nippon.com", "Minoru Kihara")]
    assert len(rows) == 11


def test_a_lead_that_retells_a_quote_repeated_below_it_repeats_the_first_report(sqlite_url):
    """The copy's lead, five days on, says the quote in other words (no rule links it to the first article's quote:
    a rewrite's subjects reach three days) and the quote below it is a verbatim repeat: the lead is one remark with that quote, so it repeats the first report
    too, and `statements explain` says through which statement."""
    from treatywatch.statements.explain import explain_article

    rows, alerts = _new_alerts(sqlite_url, RETOLD_LEAD_STORY)
    assert alerts == [("english.kyodonews.net", "Sanae Takaichi")]
    [lead, quote] = explain_article(sqlite_url, RETOLD_LEAD_STORY[1][0])["statements"]
    assert (lead["novelty_rule"], lead["first_report_id"], lead["told_again_as"]) == (
        "same_remark", quote["first_report_id"], quote["id"])


def test_what_a_leader_told_the_other_in_a_call_is_one_alert(sqlite_url):
    """Kyodo's, NHK's, TASS's and The Japan Times' retellings of what the prime minister told the president in
    their call ("wants to settle the row and sign a treaty", 平和条約を締結したいという考えを伝えました, "заявила
    Путину") are one alert; her words to reporters after the call and the Kremlin's readout of Putin's answer
    (in Russian, then in English) are one alert each."""
    rows, alerts = _new_alerts(sqlite_url, PHONE_CALL_STORY)
    assert len(rows) == 7
    assert alerts == [("english.kyodonews.net", "Sanae Takaichi"), ("english.kyodonews.net", "Sanae Takaichi"),
                      ("tass.ru", "Vladimir Putin")]


def test_three_remarks_of_one_press_conference_in_five_outlets_are_three_alerts(sqlite_url):
    """RIA's three remarks (the handover not to be discussed, the constitution, no treaty dialogue while Tokyo's
    policy holds) are three alerts, though two of them both refuse something: one is the islands held, the other
    the talks off. TASS, NHK ("引き渡しについて議論することは決してない"), The Japan Times and the aggregator that
    merges two of them tell them again; the chief cabinet secretary's "respond calmly" is no treaty statement."""
    rows, alerts = _new_alerts(sqlite_url, HANDOVER_STORY)
    assert alerts == [("ria.ru", "Sergei Lavrov")] * 3
    assert len(rows) == 11


def test_a_rewrite_with_its_words_spun_is_no_second_alert(sqlite_url):
    """The aggregator's "give up its territorial demands if it wants a dialogue on a peace deal" is TASS's "abandon
    its territorial claims if it wants any dialogue on a peace treaty" spun the next day: two alerts for TASS's
    two remarks, two for the chief cabinet secretary's answer (the islands Japan's own; resolve, then sign)."""
    rows, alerts = _new_alerts(sqlite_url, SPUN_REWRITE_STORY)
    assert alerts == [("tass.com", "Maria Zakharova")] * 2 + [("www.japantimes.co.jp", "Minoru Kihara")] * 2


def test_a_transcript_is_the_first_report_and_the_moderators_question_no_statement(sqlite_url):
    """The Kremlin's transcript holds the president's words first: its sentences on the treaty are alerts (the
    transcript is split by sentence; "froze all contacts" and "pointless to talk about a peace treaty" take one
    position, talks off, and are one remark), the moderator's question is nobody's statement, and the wire's lead,
    its quote ("the head of state said") and the Japanese newspaper's report repeat them; the chief cabinet
    secretary's answer is the one other alert."""
    rows, alerts = _new_alerts(sqlite_url, VALDAI_STORY)
    assert alerts == [("kremlin.ru", "Vladimir Putin")] * 3 + [("www.nikkei.com", "Minoru Kihara")]
    assert not [r for r in rows if "Возможен ли" in r["quote"]]
    assert [r["speaker"] for r in rows if r["article_url"].startswith("https://tass.com")] == ["Vladimir Putin"] * 3


def test_a_condition_for_the_talks_retold_in_three_languages_is_one_alert(sqlite_url):
    """"Return to the consultations only after Tokyo lifts its sanctions": «вернется к консультациям … после
    отмены санкций», 「制裁を解除しない限り再開しない」 — returning to the talks is resuming them, lifting the sanctions
    one subject in every language; the week-later recollection repeats it, the deputy's own remark is new."""
    rows, alerts = _new_alerts(sqlite_url, SANCTIONS_CONDITION_STORY)
    assert alerts == [("tass.com", "Sergei Lavrov")] * 3 + [("www.japantimes.co.jp", "Minoru Kihara"),
                                                          ("tass.com", "Andrei Rudenko")]
    assert len(rows) == 16


def test_a_claim_in_the_diet_and_the_answer_to_it_retold_in_three_languages(sqlite_url):
    """「わが国固有の領土だ。決して諦めない」 and «исконной частью … Мы не сдадимся» are Kyodo's quote translated (the
    land's own part, not giving up); «не откажется от претензий» its lead; the answer's translations are seen."""
    rows, alerts = _new_alerts(sqlite_url, DIET_CLAIM_STORY)
    assert alerts == [("english.kyodonews.net", "Sanae Takaichi")] * 2 + [("tass.com", "Maria Zakharova")]
    assert len(rows) == 9


def test_a_remark_recalled_eight_days_later_and_its_translations_are_seen(sqlite_url):
    """"This is our land, assigned to us following the results of the war. The topic is closed" (a machine
    translation) and 「われわれの土地だ。この話題は終わった」 are TASS's quote; RIA's "на прошлой неделе заявил" says it
    retells the interview, eight days on: seen. The minister's words to students that day are new (not on the treaty);
    Motegi's 「到底受け入れられない」, a verdict on Lavrov's words just quoted, is new and his."""
    rows, alerts = _new_alerts(sqlite_url, RECALLED_STORY)
    assert alerts == [("tass.ru", "Sergei Lavrov")] * 2 + [("www.nikkei.com", "Toshimitsu Motegi")]
    assert len(rows) == 9


def test_a_quote_that_goes_on_from_the_speakers_treaty_quote_is_the_same_remark(sqlite_url):
    """'"…remains on the table," Putin said. "But the conditions have changed."': the second sentence is on the
    treaty only by going on from the first: one remark, one alert; in a later copy it repeats the first report."""
    from treatywatch.statements.explain import explain_article

    text = ('VLADIVOSTOK, Sept 4. "The peace treaty issue remains on the table," Putin told the forum. "But the '
            'conditions have changed since the Japanese side chose sanctions."')
    story = [("https://tass.com/politics/2300001", "en", "2026-09-04", "Putin on the treaty", text),
             ("https://aggregator.example/putin-treaty", "en", "2026-09-05", "Putin: treaty on the table",
              text.replace("VLADIVOSTOK, Sept 4. ", ""))]
    rows, alerts = _new_alerts(sqlite_url, story)
    assert alerts == [("tass.com", "Vladimir Putin")]
    assert [s["peace_treaty"] for s in rows] == [True] * 4
    first, goes_on = explain_article(sqlite_url, story[0][0])["statements"]
    assert (goes_on["novelty_rule"], goes_on["first_report_id"]) == ("goes_on", first["id"])


def test_the_answer_to_a_new_question_on_the_treaty_is_a_remark_of_its_own(sqlite_url):
    """A press-conference transcript: the minister's answer to a second question on the treaty ("… at this time") is
    on it as the question was, and a remark of its own, not the first answer going on: two alerts."""
    text = ("Reporter (Kyodo): What is your view of the Russian drills on the Northern Territories?\n\n"
            "Minister Motegi: Japan will keep to its policy of resolving the territorial issue and concluding a "
            "peace treaty.\n\n"
            "Reporter (NHK): Is there any prospect of resuming the peace treaty negotiations?\n\n"
            "Minister Motegi: Relations with Russia are in a severe state, and I cannot speak of the outlook at this "
            "time.")
    rows, alerts = _new_alerts(sqlite_url, [("https://www.mofa.go.jp/press/kaiken/kaikene_0001.html", "en",
                                             "2026-03-17", "Press Conference by Foreign Minister MOTEGI", text)])
    assert [s["peace_treaty"] for s in rows] == [True, True]
    assert alerts == [("www.mofa.go.jp", "Toshimitsu Motegi")] * 2


@pytest.mark.parametrize("first", [0, 1])
def test_two_wires_leads_refusing_the_talks_in_other_words_are_one_alert(sqlite_url, first):
    """Xinhua's "will not discuss a peace treaty … while Tokyo maintains sanctions" and TASS's "no ground for
    resuming talks on a peace treaty as long as Tokyo keeps its sanctions": each lead takes the position of the
    quote below it (the talks off), and the quotes are one: one alert, whichever wire comes first."""
    story = [
        ("https://www.xinhuanet.com/english/2026-12/05/c_1.htm", "en", "2026-12-05", "Russia rules out treaty talks",
         "MOSCOW, Dec. 5 (Xinhua) -- Russia will not discuss a peace treaty with Japan while Tokyo maintains sanctions "
         "against Moscow, Russian Foreign Minister Sergei Lavrov said Saturday.\n\nLavrov told a press conference that "
         'Moscow would not negotiate such a treaty "with a country that calls us an adversary and arms our enemies."'),
        ("https://tass.com/politics/2045001", "en", "2026-12-05", "Lavrov sees no ground for treaty talks",
         "MOSCOW, December 5. /TASS/. Russia sees no ground for resuming talks on a peace treaty with Japan as long as "
         "Tokyo keeps its sanctions against Moscow, Russian Foreign Minister Sergey Lavrov said on Saturday.\n\n"
         '"We are not going to discuss a peace treaty with a country that calls us an adversary and arms our enemies," '
         "the minister said."),
    ]
    story = [story[first], story[1 - first]]
    rows, alerts = _new_alerts(sqlite_url, story)
    assert [s["peace_treaty"] for s in rows] == [True] * 4
    assert alerts == [(urlsplit(story[0][0]).hostname, "Sergei Lavrov")]


def test_the_spokesmans_remark_reported_as_the_kremlins_is_seen(sqlite_url):
    """MK's «В Кремле ответили, что …» is Peskov's remark reported under the institution he speaks for, and
    Jiji's 「平和条約についての話はあり得ない」 its translation ("no talk of" is "impossible"): seen. "The Foreign
    Ministry said" in a Moscow-datelined report and RIA's «В МИД … заявили» are the Russian ministry's, one alert."""
    rows, alerts = _new_alerts(sqlite_url, KREMLIN_VOICE_STORY)
    assert alerts == [("tass.com", "Dmitry Peskov"), ("tass.com", "Russian Foreign Ministry")]
    assert [s["speaker"] for s in rows] == ["Dmitry Peskov"] * 2 + ["Russian Foreign Ministry", "Dmitry Peskov",
                                                                     "Russian Foreign Ministry", "Kremlin", "Dmitry Peskov"]


def test_a_governments_protest_and_its_spokesmans_words_are_one_alert_per_side(sqlite_url):
    """NHK's 政府は「…」としてロシア側に抗議 (after a clause on the drills) and the Chief Cabinet Secretary's quote in
    Kyodo are one remark; Zakharova's answer in TASS and RIA's «В МИД России отвергли …» another. (Since round 32
    the drills "on Russian soil" in TASS's quote under its lead are the claim as well: a quote and the lead that tells
    it in other words are two remarks by the corpus labels' rule, two alerts.)"""
    rows, alerts = _new_alerts(sqlite_url, PROTEST_VOICE_STORY)
    assert alerts == [("www3.nhk.or.jp", "Japanese government")] + [("tass.com", "Maria Zakharova")] * 2
    assert len(rows) == 5


def test_a_briefing_answer_retold_by_five_outlets_is_one_alert_per_remark(sqlite_url):
    """The ministry's transcript first: "this annual campaign" an unfriendly step (answering the question on
    "Northern Territories Day"), the islands' sovereignty and "no dialogue on a peace treaty in the current
    conditions" are three alerts; TASS's "the annual so-called Northern Territories Day" is the first in English,
    its "no dialogue … is possible under the current circumstances" the third (the talks impossible, and why),
    RIA's, NHK's, the aggregator's and Kyodo's retellings seen; Kihara's answer is new."""
    rows, alerts = _new_alerts(sqlite_url, BRIEFING_STORY)
    assert alerts == [("mid.ru", "Maria Zakharova")] * 3 + [("english.kyodonews.net", "Minoru Kihara")]
    assert len(rows) == 14


def test_a_forum_answer_retold_in_other_words_and_languages_is_seen(sqlite_url):
    """The Kremlin's transcript holds one label: its second paragraph is still Putin's answer, and its "ready to
    return to the talks" the treaty's (the answer goes on from the treaty). TASS's "not Russia that ended peace
    treaty negotiations", RIA's «не прекращала», Kyodo's 「交渉をやめたのは我々ではない」 (the talks stopped), and the
    Japanese 「立場を変えれば交渉に戻る用意がある」 (ready to return if the position changes) are all seen."""
    rows, alerts = _new_alerts(sqlite_url, FORUM_ANSWER_STORY)
    assert alerts == [("kremlin.ru", "Vladimir Putin")] * 4 + [("www.japantimes.co.jp", "Minoru Kihara")]
    assert len(rows) == 16


def test_a_rewrite_published_weeks_later_repeats_both_sides_remarks(sqlite_url):
    """An aggregator retells, 27 days on and in other words, the Kremlin's and the Japanese ministry's remarks of
    one wire story: past every paraphrase window, but two speakers of one earlier article retold together make it
    that article's rewrite, and neither is alerted again. The spokeswoman's own positions restated at a briefing
    three weeks later are no rewrite (one speaker): her dialogue remark, in other words, stays new."""
    from treatywatch.statements.explain import explain_article

    rows, alerts = _new_alerts(sqlite_url, LATE_REWRITE_STORY)
    assert alerts == [("tass.com", "Dmitry Peskov"), ("tass.com", "Japanese Foreign Ministry")] + \
        [("tass.com", "Maria Zakharova")] * 3
    rewrite = explain_article(sqlite_url, LATE_REWRITE_STORY[2][0])["statements"]
    assert [s["novelty_rule"] for s in rewrite] == ["rewrite", "rewrite"]
    # the stance found when the statement was decided is kept when it is turned into a repeat
    assert (rewrite[0]["stance"], rewrite[0]["stance_cue"]) == ("talks_suspended",
                                                                 "dialogue with Japan is currently unfeasible")


def test_an_answer_to_a_statement_is_its_speakers_not_the_statements(sqlite_url):
    """NHK's sentence names the ministry's statement in a clause (…が…と発表したことについて) and then the prime
    minister who answers it: his words, one alert with the policy he restated; Kyodo's and RIA's retellings are
    seen; the ministry's statement and the Kremlin's reply are one alert each (TASS's quote «— отмечается в
    документе» is the statement's, seen as one remark with its lead)."""
    rows, alerts = _new_alerts(sqlite_url, SUSPENSION_PROTEST_STORY)
    assert alerts == [("tass.ru", "Russian Foreign Ministry")] + [("www3.nhk.or.jp", "Fumio Kishida")] * 2 + [
        ("tass.com", "Dmitry Peskov")]
    assert len(rows) == 11


def test_a_joint_agreement_is_filed_under_one_leader_whichever_a_report_names_first(sqlite_url):
    """TASS's «Путин и … Абэ договорились» and Kyodo's "Abe and Putin agreed" are one joint remark, filed under the
    same one of the pair: one alert. Putin's "historical ping-pong" is on the dispute in Russian and English and
    Kyodo's is seen; Abe's will to resolve (намерен / determined / 決意) is seen in English and Japanese. NHK's
    「歴史的なピンポン」 names one subject only, too few for a translation to be looked for: a second alert, left."""
    rows, alerts = _new_alerts(sqlite_url, SUMMIT_AGREEMENT_STORY)
    assert alerts == [("tass.ru", "Shinzo Abe"), ("tass.ru", "Vladimir Putin"), ("tass.ru", "Shinzo Abe"),
                      ("www3.nhk.or.jp", "Vladimir Putin")]
    assert all(s["peace_treaty"] for s in rows) and len(rows) == 8


def test_a_post_recalled_two_weeks_later_by_a_quoted_phrase_is_seen(sqlite_url):
    """The Japan Times's "Earlier this month he … said the Kurils are 'Russian land, full stop'" retells the post of
    February 8 (RIA's Russian and an aggregator's rewrite of it seen too); the posts of February 20 are new."""
    from treatywatch.statements.explain import explain_article

    rows, alerts = _new_alerts(sqlite_url, MEDVEDEV_TELEGRAM_STORY)
    [first] = [s for s in explain_article(sqlite_url, MEDVEDEV_TELEGRAM_STORY[0][0])["statements"] if s["peace_treaty"]]
    [recalled] = [s for s in explain_article(sqlite_url, MEDVEDEV_TELEGRAM_STORY[-1][0])["statements"]
                  if "Earlier this month" in s["quote"]]
    assert (recalled["novelty_rule"], recalled["first_report_id"]) == ("recalled", first["id"])
    assert [a for a in alerts if a[0] != "www.japantimes.co.jp"] == [("tass.com", "Dmitry Medvedev")] * 4


def test_talks_said_buried_in_three_languages_are_one_alert_per_remark(sqlite_url):
    """RIA's lead ("Japan buried the talks") and quote ("destroyed the basis for dialogue … we will not return"):
    Jiji's Japanese and Sputnik's English retell them the same day and alert nothing."""
    rows, alerts = _new_alerts(sqlite_url, BURIED_TALKS_STORY)
    assert alerts == [("ria.ru", "Mikhail Galuzin")] * 2
    assert len(rows) == 5


@pytest.mark.parametrize("first", [0, 1])
def test_a_forum_answer_and_the_replies_to_it(sqlite_url, first):
    """The transcript first, or Xinhua's report (its lead "open to dialogue" and the quote "we never closed the
    door" one remark): two alerts for Putin (the door and the sanctions; the islands settled by the war, which
    only the transcript has word for word before TASS retells it), two for
    the Chief Cabinet Secretary (his NHK World lead, "has responded to remarks by Putin", is no statement; his
    Japanese "交渉を一方的に中断したのはロシア側だ" retells the English "unilaterally suspended"), one for the
    Prime Minister."""
    story = [EEF_STORY[first], EEF_STORY[1 - first], *EEF_STORY[2:]]
    rows, alerts = _new_alerts(sqlite_url, story)
    host = urlsplit(story[0][0]).hostname
    assert alerts == [(host, "Vladimir Putin"), ("kremlin.ru", "Vladimir Putin"), ("www3.nhk.or.jp", "Minoru Kihara"),
                      ("www3.nhk.or.jp", "Minoru Kihara"), ("www.japantimes.co.jp", "Sanae Takaichi")]
    assert sum(s["speaker"] == "Minoru Kihara" for s in rows) == 4


def test_a_reply_and_the_words_it_answers_retold_in_japanese_and_english(sqlite_url):
    """RBC's report of the spokeswoman's reply (the claim called a provocation; "nothing but regret" and the
    sovereignty; Japan froze the dialogue) with the Chief Cabinet Secretary's words recalled («острова незаконно
    оккупированы»): four alerts. Sankei's Japanese (his words quoted in the clause her reply is about, 「遺憾の念しか
    呼び起こさない」) and RT's English retell them: no alert."""
    rows, alerts = _new_alerts(sqlite_url, ZAKHAROVA_OCCUPATION_STORY)
    assert alerts == [("www.rbc.ru", "Maria Zakharova")] * 2 + [("www.rbc.ru", "Minoru Kihara"),
                                                                ("www.rbc.ru", "Maria Zakharova")]
    assert [s["speaker"] for s in rows if "sankei" in s["article_url"]] == [
        "Minoru Kihara", "Maria Zakharova", "Maria Zakharova"]


def test_a_machine_english_interview_and_its_rewrite(sqlite_url):
    """"…on the peace treaty. About it in an interview to RIA Novosti was declared by the Deputy Minister …": the
    lead is the deputy minister's, one remark with his quote ("no conditions for the dialogue … exist"); with the
    sovereignty and Lavrov's words recalled, three alerts, and none for the rewrite's two treaty statements."""
    rows, alerts = _new_alerts(sqlite_url, MACHINE_ENGLISH_INTERVIEW_STORY)
    assert alerts == [("news-pravda.com", "Andrei Rudenko")] * 2 + [("news-pravda.com", "Sergei Lavrov")]
    assert sum("uawire" in s["article_url"] for s in rows) == 2


def test_an_interview_retold_in_japanese_english_and_machine_english(sqlite_url):
    """TASS's lead ("no conditions for resuming") and quote ("dialogue … impossible") one remark; Kyodo's
    「再開する条件は整っていない」 and 「対話の再開はあり得ない」 its retelling, 「ロシア領になった」 the islands'; The Japan
    Times and the aggregator retell both: two alerts."""
    rows, alerts = _new_alerts(sqlite_url, GALUZIN_INTERVIEW_STORY)
    assert alerts == [("tass.ru", "Mikhail Galuzin")] * 2
    assert len(rows) == 11


def test_a_quote_on_the_treaty_only_by_following_its_speakers_lead_is_one_remark_with_it(sqlite_url):
    """'Moscow sets no deadlines for a peace treaty with Japan, Peskov has said.' over '"There are no timeframes,"
    Peskov told journalists, "and there cannot be any."': the quote is on the treaty by following the lead, so it is
    the lead's remark, one alert (a quote on the treaty by its own words is decided on its own)."""
    text = ("Moscow is not setting any artificial deadlines for signing a peace treaty with Japan, Kremlin spokesman "
            'Dmitry Peskov has said.\n\n"There are no timeframes," Peskov told journalists on Friday, "and there '
            'cannot be any."')
    rows, alerts = _new_alerts(sqlite_url, [("https://www.rt.com/news/peskov-deadlines/", "en", "2019-02-15",
                                             "No deadlines for treaty — Kremlin", text)])
    assert [s["peace_treaty"] for s in rows] == [True, True]
    assert alerts == [("www.rt.com", "Dmitry Peskov")]
