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
