"""The probes of alerts (multi-outlet stories with the first report of each distinct treaty remark marked): a
ratchet, as the dev quality gate is one; a change may lower the count of repeats flagged new, not raise it, nor
lower the count of first reports flagged.
- round 24, tests/probe_stories.py (ten stories, 33 remarks): 31 first reports flagged, 10 repeats as new (35 when
  the probe was written, most of the rest a lead and the quote below it in other words, which the corpus labels
  keep as two remarks); 11 since round 26 counts US bases on the islands as the settlement's condition (the
  Kremlin transcript's "могут ли на этих островах появиться американские военные объекты", a remark this story's
  labels leave out and three article probes mark firm), 10 again with the islands' future as a subject;
- round 25, tests/probe_stories_2.py (eight stories, 35 remarks): 26 first reports flagged and 24 repeats as new
  when written (recollections "last week X said", translations from Japanese, pages with no "said"); 28 and 16 now;
- round 25, tests/probe_stories_3.py (eight aggregator chains, 27 remarks): 25 first reports flagged and 20 repeats
  as new when written (most an English or Japanese copy of another language's quote); 17, and 18 since round 26
  counts US bases on the islands as the settlement's condition (Putin's «Где гарантии, что … на этих островах не
  появится американская военная инфраструктура?» under a lead retelling it in other words: two remarks by the corpus
  labels' rule for a lead and its quote, one by this story's);
- round 26, tests/probe_stories_4.py (eight stories, 37 remarks, each told in Russian, Japanese and English in other
  words, beside new remarks that look like repeats): 35 first reports flagged and 48 repeats as new when first
  measured (most a copy of a quote in another language that shares few words with it); 42 after the stalling,
  pace and leaders' agreement subjects, 39 with given names transliterated from the Cyrillic, 38 with the people
  a remark names (two at least) as its subjects, 36 with no quick solution and speeding up as subjects; 36 first
  reports and 35 repeats after the round's attribution rules; 34 with words cited with など kept apart; 32 with the
  islands' future as a subject, 30 with the talks' levels; 29 with the talks moved forward as a subject (round 27);
- round 27, tests/probe_stories_5.py (eight stories, 35 remarks: one remark coming back day after day in a flash and
  its updates, recaps, weekly reviews, a quote-of-the-week column, a TV transcript, think-tank newsletters, op-eds
  and other language services, beside the same speaker's formula on another occasion and denials the next day): 33
  first reports flagged and 37 repeats as new when first measured; 34 with the talks moved forward as a subject;
  34 first reports and 35 repeats with interviews whose dashes are typed as hyphens read (which also took
  tests/probe_stories_2.py to 29 first reports), 35 first reports with «наша территория» a claim, 34 repeats with an anachronism and
  "cannot be resolved" as subjects. Measured and left out: one answer of an interview as one remark
  (32 here, 7 in tests/probe_stories.py, 15 in tests/probe_stories_2.py) — the corpus labels give the claims of one
  answer keys of their own ("…#102-0", "…#102-1"), and the hidden set is labelled as they are;
- round 28, tests/probe_stories_6.py (eight stories, 82 reports, 49 remarks: one long answer, speech or press
  conference cut into pieces, each outlet carrying other points of it, in three languages, beside the same speaker
  at another event the same day and spokesmen explaining what their principal meant): 40 first reports flagged
  and 44 repeats as new when first measured (the same at the round's start); 42 with a sentence too short for
  word pairs found whole in an earlier report a repeat of it, 41 with «По мирному договору.» opening an answer
  no statement; 39 first reports and 40 repeats with the document the leaders agreed on read as no attribution
  and the economy's questions as no treaty talk (the first report lost was Peskov's "also said" on a meeting on the
  economy, counted right by its host and speaker only: his remark itself names neither treaty nor islands); 39
  repeats with «Это предмет переговоров.» (20 characters at least) found whole in an earlier report; 38 and 38 with
  a Japanese sentence saying its subject was asked (「…について見解を問われた。」) no statement of his (the words it
  tells stay their speaker's, as the rule for such clauses has it): the first report lost was that question
  sentence, counted right by host and speaker only; Suga's answer after it is taken for the government's standing line NHK gave the day before; 37
  repeats (and tests/probe_stories_4.py 37 first reports) with the report's words for who spoke («официальный
  представитель ведомства … назвала») left out of the paraphrase measure; 36 with a Japanese "had said"
  (「…考えを示していた」) a recollection, 35 with a step towards the treaty and «нового подхода» as subjects; 36 (round 29) with a recalled announcement
  told as a clause («МИД России объявил, что Москва … не намерена продолжать переговоры») the ministry's statement,
  as the same words with «заявил, что» always were: this story's labels call TASS's paragraph background, an
  explainer's (tests/probe_articles_en9.py, E9-20) a statement;
- round 29, tests/probe_stories_7.py (eight reaction chains 2010-2024, 87 reports, 55 remarks: one side's remark, the
  other side's reply the next day and the answer to it, each report re-telling the remark it answers, beside denials,
  corrected translations, a ministry's written statement and its minister's words the same day): 42 first reports
  flagged and 54 repeats as new when first measured (after the round's first rules); 44 and 49 with 「菅首相」 Kan
  in 2011 (Suga's alias too: the date decides) and an address page read as its signer's (「内閣総理大臣　菅　直人」,
  not the president its last paragraph names), which also took tests/probe_stories_6.py to 37 repeats: Suga's policy
  speech page, now read as his, carries the second sentence of his point on Russia («平和条約の締結を目指す…») first,
  a remark of its own by the corpus labels' keys, one point with the first by that story's; 48 with the defence
  ministers of both sides registered; 45 first reports and 46 repeats with a Japanese statement's bracket naming its
  speaker (「…訪問について（外務報道官談話）」: the ministry, not the Russian premier the title is about); 43 with the
  atmosphere, a protest and defence as subjects (and 「矛盾」 as incompatible), which also took
  tests/probe_stories_3.py to 17 repeats and tests/probe_stories_6.py back to 36; 42 with recognition and apologies
  as subjects; 47 first reports with a Japanese family name and title alias read in its title's other forms
  (「前原大臣」, 「仙谷長官」); 41 repeats with a report naming the remark's day well before its own ("said Friday" in a
  Thursday report) a recollection; 40 with «вернутся» the islands' return; 39 with what a side has kept saying in
  Japanese (「…と主張しており、…に反発してきた」) its standing position; what is done on the islands called an
  internal affair a claim, with interference, internal affairs and an election as subjects (which took
  tests/probe_stories_2.py to 30 first reports);
- round 29, tests/probe_stories_8.py (eight stories, 86 reports, 44 remarks: one speaker's standing line said again on
  occasion after occasion - twice-daily press conferences, weekly briefings, yearly events - each occasion a remark of
  its own however close the words, beside re-reports of one occasion, weekly reviews and a report carrying today's words
  and last week's): 39 first reports flagged and 50 repeats as new when first measured (after the round's rules); 40
  and 49 with kantei.go.jp's press conference labels (「問　」, 「官房長官　」) read; 48 with a Japanese agreement told as
  in force (「…で合意している」) background, which also took tests/probe_stories_4.py to 28 repeats. The reaction
  chains (tests/probe_stories_7.py) 48 first reports and 37 repeats with unregistered Cyrillic names stored in Latin
  letters (one speaker for «Олег Осипов» and "Oleg Osipov").
- round 30, tests/probe_stories_9.py (eight stories, 82 reports, 44 remarks: the story that grows - a wire's flash,
  UPDATE 1 and UPDATE 2 keeping the earlier paragraphs and adding remarks, a CORRECTED version fixing a word of a quote
  or a title, live blogs fetched again with new entries, "what we know" explainers and next-day wraps, beside the same
  speaker's similar words on the next day's occasion, a remark of its own): 38 first reports flagged and 34 repeats
  as new when first measured (after the round's first rules); New START a subject of its own then took
  tests/probe_stories_8.py to 47 repeats; 40 first reports with a city-country dateline stripped before the
  attribution, the newsroom's "island row" the dispute and "that declaration" after the 1956 one its topic; 33
  repeats with "never avoided discussing" / "never shied away from talking about" one paraphrase.
- round 31, tests/probe_stories_10.py (six stories, 58 reports, 21 remarks: denied, clarified, misattributed - an
  anonymous scoop and the minister's denial, a quote first printed under the wrong name and corrected, a spokeswoman's
  clarification of her minister, an interview re-quoted shortened, merged and machine-translated, two sides' near-
  identical lines on one day, a fisheries story whose only treaty words are background): 20 first reports flagged and
  27 repeats as new when first measured. Later in the round: the joint economic activity on the islands said to run
  under one side's law the legal position (its statements labelled treaty remarks in tests/probe_stories_4.py's Da
  Nang story and now treaty statements; their Russian and machine-English retellings not matched to the Japanese first
  reports: 28 → 31 repeats flagged new there; tests/probe_stories_6.py 38 → 39 first reports, 40 with «Так посол …
  Галузин ответил» restating the quote before), and «Кунашир - важная часть Сахалинской области» a claim
  (tests/probe_stories_2.py 30 → 31 first reports; its Moscow Times retelling, "the island was a significant part of
  the Sakhalin region", now a treaty statement too and not matched to RIA's: 16 → 17 repeats flagged new); "a solution both peoples can accept", «взаимоприемлемое
  решение», 「双方が受け入れ可能な解決策」 the settlement (tests/probe_stories_3.py: Sputnik's "Abe, in turn, admitted that
  the solution would not be easy" after it now a treaty statement, not matched to RIA's Russian: 17 → 18 repeats).
- round 32, tests/probe_stories_11.py (six stories, 58 reports, 20 remarks: words first posted online - a Telegram post
  re-quoted, translated and answered at a press conference, a minister's X post and the spokeswoman's two answers on
  her channel and at her briefing, an embassy's post and the ministry's reply, a post deleted and re-posted with one
  word changed, a governor's video address and a deputy's VK post, posts on an earthquake with the treaty only in
  background): 15 first reports flagged and 32 repeats as new when first measured (after the round's transcript
  and attribution rules); 31 with "Second World War" no name (the machine-English lead Limarenko's, as the quote
  below it). The reaction chains (tests/probe_stories_7.py) 37 → 38 repeats with a visit or a deployment "on
  Russian soil" after the islands were named the claim: TASS's English "placing weapons on Russian soil is the
  country's sovereign right", Zakharova's remark by the story's labels, now a treaty statement and not matched to
  the ministry's Russian first report of it.
- round 32, tests/probe_stories_12.py (six stories, 54 reports, 31 remarks: readouts - the Kremlin's and the Japanese
  ministry's accounts of one meeting or call, each wording the leaders' words its own way, the press conference
  after it, the spokesmen's retellings and judgements the next day, two readouts that contradict each other and a
  denial, a call mostly on other things, an ambassador summoned): 26 first reports flagged and 43 repeats as new
  when first measured (most a readout's account in one language and the other side's in another, sharing few
  words). Stories round 9 (tests/probe_stories_9.py) 40 → 41 first reports and 33 → 34 repeats with «передача
  каких-либо островов» the settlement: RIA's lead («Вопрос о передаче каких-либо островов … не стоит на повестке
  дня, заявила … Захарова») now her treaty remark, the first report, and the quote under it, which tells it in other
  words, a second flag (one remark by the story's labels, two keys by the corpus labels' rule for a lead and its
  quote). With an unregistered Russian given name's -ей written -ei (Andrei, as the English press has it):
  tests/probe_stories_3.py 18 → 17 repeats, tests/probe_stories_8.py 40 → 41 first reports and 47 → 46 repeats."""
from collections import Counter
from urllib.parse import urlsplit

import pytest

from tests import (probe_stories, probe_stories_2, probe_stories_3, probe_stories_4, probe_stories_5, probe_stories_6,
                   probe_stories_7, probe_stories_8, probe_stories_9, probe_stories_10,
                   probe_stories_11, probe_stories_12)
from tests.sample_articles import record
from treatywatch.export import export_statements
from treatywatch.ingest import ingest_records
from treatywatch.store.session import upgrade

RATCHETS = [  # (probe, first reports flagged at least, repeats flagged new at most)
    (probe_stories, 31, 10),
    (probe_stories_2, 31, 17),
    (probe_stories_3, 25, 17),
    (probe_stories_4, 37, 31),
    (probe_stories_5, 35, 34),
    (probe_stories_6, 40, 36),
    (probe_stories_7, 48, 38),
    (probe_stories_8, 41, 46),
    (probe_stories_9, 41, 34),
    (probe_stories_10, 20, 27),
    (probe_stories_11, 15, 31),
    (probe_stories_12, 26, 43),
]


@pytest.mark.parametrize("probe, right_at_least, wrongly_new_at_most", RATCHETS,
                         ids=[p.__name__.rsplit(".", 1)[-1] for p, _r, _w in RATCHETS])
def test_the_probe_stories_alert_no_worse_than_the_ratchet(tmp_path, probe, right_at_least, wrongly_new_at_most):
    right = wrongly_new = 0
    for name, expected in probe.EXPECTED.items():
        url = f"sqlite:///{tmp_path / name}.db"
        upgrade(url)
        story = getattr(probe, name)
        ingest_records(url, [record(u, text, outlet=urlsplit(u).hostname, language=lang, published=day, title=title)
                             for u, lang, day, title, text in story], workers=0)
        flagged = Counter((urlsplit(s["article_url"]).hostname, s["speaker"])
                          for s in export_statements(url) if s["peace_treaty"] and s["new"])
        wanted = Counter(map(tuple, expected))
        right += sum((flagged & wanted).values())
        wrongly_new += sum((flagged - wanted).values())
    assert right >= right_at_least and wrongly_new <= wrongly_new_at_most, (right, wrongly_new)

