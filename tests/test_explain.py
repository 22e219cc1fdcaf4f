"""`treatywatch statements explain` on a store built by `ingest_records`, and shifts set by the pipeline."""
import json

from typer.testing import CliRunner

from treatywatch.cli import app
from treatywatch.ingest import ingest_records
from treatywatch.statements.explain import explain_article
from treatywatch.store.models import Statement
from treatywatch.store.session import new_session

runner = CliRunner()

READY = ("MOSCOW, March 3. Russian Foreign Minister Sergei Lavrov said on Tuesday that Moscow was ready to continue "
         "negotiations with Tokyo on a peace treaty. \"We intend to keep meeting our Japanese counterparts on the "
         "treaty, step by patient step, because the islands question deserves nothing less,\" Lavrov said.")
ECHO = ("Russia's top diplomat Sergei Lavrov said this week: \"We intend to keep meeting our Japanese counterparts on "
        "the treaty, step by patient step, because the islands question deserves nothing less.\" Lavrov spoke to "
        "journalists in Moscow about relations with Japan.")
SUSPENDED = ("MOSCOW, October 10. Russian Foreign Minister Sergei Lavrov said on Friday that Moscow had suspended "
             "the peace treaty talks with Japan, citing Tokyo's sanctions. Lavrov told reporters in Moscow that "
             "relations with Japan had reached a low point.")


def _record(url, text, published, outlet="TASS"):
    return {"url": url, "outlet": outlet, "language": "en", "published": published,
            "title": "Lavrov on the peace treaty with Japan", "text": text}


def _store(db_url):
    ingest_records(db_url, [_record("https://tass.com/politics/1", READY, "2021-03-03"),
                            _record("https://agg.example/news/77", ECHO, "2021-03-04", outlet="Aggregator"),
                            _record("https://tass.com/politics/2", SUSPENDED, "2021-10-10")])


def test_shift_is_set_when_the_speakers_position_changes(db_url):
    _store(db_url)
    session = new_session(db_url)
    try:
        rows = session.query(Statement).filter(Statement.peace_treaty.is_(True)).order_by(Statement.id).all()
        by_stance = {(r.stance, r.shift) for r in rows if r.new}
        assert ("ready_to_negotiate", False) in by_stance  # the first position known is no shift
        assert ("talks_suspended", True) in by_stance
        assert all(r.evidence and r.evidence["rule"] for r in rows)
    finally:
        session.close()


def test_explain_shows_the_first_report_of_a_seen_statement(db_url):
    _store(db_url)
    result = runner.invoke(app, ["statements", "explain", "https://agg.example/news/77", "--db", db_url, "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["outlet"] == "Aggregator" and report["statements"]
    seen = [s for s in report["statements"] if not s["new"]]
    assert seen, report
    first = seen[0]
    assert first["nearest"]["url"] == "https://tass.com/politics/1" and first["nearest"]["outlet"] == "TASS"
    assert first["novelty_rule"] in {"verbatim", "shared_quote", "paraphrase", "same_article"}
    assert first["similarity"] > 0.5


def test_explain_text_output_names_speaker_verdict_and_stance(sqlite_url):
    _store(sqlite_url)
    result = runner.invoke(app, ["statements", "explain", "https://tass.com/politics/2", "--db", sqlite_url])
    assert result.exit_code == 0, result.output
    assert "Sergei Lavrov" in result.output and "NEW" in result.output
    assert "stance: talks_suspended" in result.output and "SHIFT from ready_to_negotiate" in result.output


def test_explain_speaker_resolution_and_unknown_url(sqlite_url):
    _store(sqlite_url)
    report = explain_article(sqlite_url, "https://tass.com/politics/1")
    written = {s["speaker_as_written"] for s in report["statements"]}
    assert all(s["speaker"] == "Sergei Lavrov" for s in report["statements"]) and written
    result = runner.invoke(app, ["statements", "explain", "https://nowhere.example/x", "--db", sqlite_url])
    assert result.exit_code == 1 and "no stored article" in result.output


def test_the_parts_of_one_answer_are_no_shift(db_url):
    """A refusal and its condition in one article are one position told in parts; the next article's change
    against the last of them is a shift."""
    answer = ("Answers to journalists' questions\nQuestion: Tokyo says it still wants a peace treaty. Will you resume "
              "the talks?\nVladimir Putin: It is Tokyo that broke off the dialogue. Everything can be discussed "
              "calmly, on the basis of the 1956 Declaration.\nQuestion: And the economy?\nVladimir Putin: Growth "
              "will continue.")
    later = ("MOSCOW, May 5. President Vladimir Putin said on Tuesday that the peace treaty talks with Japan were "
             "suspended for good.")
    ingest_records(db_url, [_record("https://kremlin.example/1", answer, "2026-04-01", outlet="Kremlin"),
                            _record("https://tass.com/politics/9", later, "2026-05-05")])
    session = new_session(db_url)
    try:
        rows = session.query(Statement).filter(Statement.peace_treaty.is_(True), Statement.stance.is_not(None)) \
            .order_by(Statement.id).all()
        assert [(r.stance, r.shift) for r in rows] == [("talks_suspended", False), ("1956_basis", False),
                                                       ("talks_suspended", True)]
        assert rows[-1].evidence["previous_stance"] == "1956_basis"
    finally:
        session.close()


def test_explain_names_the_subjects_a_translation_shares(sqlite_url):
    """A report linked to its first report by subject matter (another language, or a spun rewrite) says which
    subjects both share, not only a similarity."""
    ingest_records(sqlite_url, [
        {"url": "https://ria.ru/20260114/a.html", "outlet": "RIA", "language": "ru", "published": "2026-01-14",
         "title": "Лавров о Курилах", "text": "Россия никогда не будет обсуждать передачу Южных Курил Японии, "
                                              "заявил министр иностранных дел РФ Сергей Лавров."},
        {"url": "https://www3.nhk.or.jp/news/a.html", "outlet": "NHK", "language": "ja", "published": "2026-01-14",
         "title": "ラブロフ外相", "text": "ロシアのラブロフ外相は、北方領土の日本への引き渡しについて議論することは決してないと述べました。"}])
    [st] = explain_article(sqlite_url, "https://www3.nhk.or.jp/news/a.html")["statements"]
    assert (st["new"], st["novelty_rule"]) == (False, "translation")
    assert {"handover", "discuss"} <= set(st["subjects"])
    result = runner.invoke(app, ["statements", "explain", "https://www3.nhk.or.jp/news/a.html", "--db", sqlite_url])
    assert "subjects in common: discuss, handover, islands" in result.output


def test_explain_names_the_speaker_of_a_first_report_under_another_name(sqlite_url):
    """«В Кремле ответили» linked to RIA's report of Peskov's words: the first report's speaker is named."""
    ingest_records(sqlite_url, [
        {"url": "https://ria.ru/20260314/p.html", "outlet": "RIA", "language": "ru", "published": "2026-03-14",
         "title": "Песков о мирном договоре", "text": "Пока Япония участвует в санкционной кампании, ни о каком "
                                                     "мирном договоре речи быть не может, заявил Дмитрий Песков."},
        {"url": "https://www.mk.ru/2026/03/14/k.html", "outlet": "MK", "language": "ru", "published": "2026-03-14",
         "title": "Кремль ответил", "text": "В Кремле ответили, что ни о каком мирном договоре речи быть не может, "
                                            "пока Япония участвует в санкционной кампании."}])
    [st] = explain_article(sqlite_url, "https://www.mk.ru/2026/03/14/k.html")["statements"]
    assert (st["speaker"], st["novelty_rule"], st["nearest"]["speaker"]) == ("Kremlin", "voice_verbatim",
                                                                               "Dmitry Peskov")
    result = runner.invoke(app, ["statements", "explain", "https://www.mk.ru/2026/03/14/k.html", "--db", sqlite_url])
    assert "https://ria.ru/20260314/p.html (Dmitry Peskov)" in result.output
