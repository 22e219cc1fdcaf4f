"""The processing pipeline on both databases: store, copies, stories, statements, new flags, idempotence."""
import json

from sqlalchemy import func, select

from tests.sample_articles import (FISHERIES, KYODO_TAKAICHI, LAVROV_TASS, UNRELATED, aggregator_copy,
                                   printed_twice, record)
from treatywatch.export import export_articles, export_statements
from treatywatch.ingest import ingest_file, ingest_records
from treatywatch.store import Article, Statement, session_scope

TASS = "https://tass.com/politics/2001"
XINHUA = "https://english.news.cn/20261120/abc/c.htm"
SCRAPER = "https://news-mirror.example/2026/11/lavrov-peace-treaty?utm_source=feed"
KYODO = "https://english.kyodonews.net/news/2026/11/abc-takaichi.html"


def _batch():
    return [
        record(TASS, LAVROV_TASS, outlet="tass"),
        record(XINHUA, printed_twice(LAVROV_TASS), outlet="xinhua"),
        record(SCRAPER, aggregator_copy(LAVROV_TASS), outlet="news-mirror.example"),
        record(KYODO, KYODO_TAKAICHI, outlet="kyodo", published="2026-11-21T09:30:00+09:00"),
        record("https://japantoday.com/category/politics/quota", FISHERIES, outlet="japantoday", published="2026-11"),
        record("https://dw.example/economy/inflation", UNRELATED, outlet="dw", published=None),
    ]


def test_copies_point_to_the_first_report(db_url):
    summary = ingest_records(db_url, _batch())
    assert summary.stored == 6 and summary.copies == 2 and not summary.errors
    rows = {a["url"]: a for a in export_articles(db_url)}
    assert rows[XINHUA]["duplicate_of"] == TASS
    assert rows[SCRAPER]["duplicate_of"] == TASS
    assert rows[KYODO]["duplicate_of"] is None
    assert rows[XINHUA]["story"] == rows[TASS]["story"]


def test_relevance(db_url):
    ingest_records(db_url, _batch())
    rows = {a["url"]: a for a in export_articles(db_url)}
    assert rows[TASS]["relevant"] and rows[KYODO]["relevant"]
    assert rows["https://japantoday.com/category/politics/quota"]["relevant"]  # fisheries: Russia–Japan, not treaty
    assert not rows["https://dw.example/economy/inflation"]["relevant"]


def test_a_statement_is_new_once_and_repeats_link_to_it(db_url):
    ingest_records(db_url, _batch())
    statements = list(export_statements(db_url))
    lavrov_new = [s for s in statements if s["speaker"] == "Sergei Lavrov" and s["peace_treaty"] and s["new"]]
    assert lavrov_new and {s["article_url"] for s in lavrov_new} == {TASS}
    takaichi = [s for s in statements if s["speaker"] == "Sanae Takaichi" and s["peace_treaty"]]
    assert takaichi and all(s["new"] for s in takaichi)
    with session_scope(db_url) as s:
        repeats = s.scalars(select(Statement).join(Article, Statement.article_id == Article.id)
                            .where(Article.source_url == XINHUA, Statement.peace_treaty)).all()
        assert repeats and all(not r.new and r.first_report.article.url == TASS for r in repeats)
        assert all(r.similarity is not None for r in repeats)


def test_background_paragraphs_are_not_statements(db_url):
    ingest_records(db_url, _batch())
    quotes = " ".join(s["quote"] for s in export_statements(db_url))
    assert "have held consultations on a peace treaty since" not in quotes
    assert "were seized by Soviet troops" not in quotes


def test_rerun_changes_nothing(db_url, tmp_path):
    feed = tmp_path / "batch.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in _batch()))
    ingest_file(db_url, feed)
    before = (list(export_articles(db_url)), list(export_statements(db_url)))
    again = ingest_file(db_url, feed)
    assert again.stored == 0 and again.already_stored == 6
    assert (list(export_articles(db_url)), list(export_statements(db_url))) == before


def test_a_copy_in_a_later_run_is_still_recognised(db_url):
    ingest_records(db_url, _batch()[:1])
    ingest_records(db_url, [record("https://late-copy.example/a", aggregator_copy(LAVROV_TASS), outlet="late")])
    rows = {a["url"]: a for a in export_articles(db_url)}
    assert rows["https://late-copy.example/a"]["duplicate_of"] == TASS
    assert not any(s["new"] for s in export_statements(db_url) if s["article_url"] == "https://late-copy.example/a")


def test_url_variants_are_one_article(db_url):
    ingest_records(db_url, [record(TASS, LAVROV_TASS)])
    summary = ingest_records(db_url, [record(TASS + "/amp?utm_source=x", LAVROV_TASS),
                                      record("http://www.tass.com/politics/2001/", LAVROV_TASS)])
    assert summary.already_stored == 2
    with session_scope(db_url) as s:
        assert s.scalar(select(func.count(Article.id))) == 1


def test_bad_lines_are_reported_with_their_number_and_skipped(db_url, tmp_path):
    feed = tmp_path / "bad.jsonl"
    feed.write_text("\n".join([
        json.dumps(record(TASS, LAVROV_TASS)),
        "{not json",
        json.dumps({"outlet": "x", "text": "no url"}),
        json.dumps({"url": "https://x.example/empty", "text": "   "}),
        json.dumps([1, 2]),
        json.dumps(record(KYODO, KYODO_TAKAICHI, published="2026-11")),
    ]) + "\n")
    summary = ingest_file(db_url, feed)
    assert summary.stored == 2
    assert [e.split(": ", 1)[0].rsplit(":", 1)[1] for e in summary.errors] == ["2", "3", "4", "5"]
    assert "not JSON" in summary.errors[0] and "url" in summary.errors[1]


def test_published_may_be_a_date_datetime_month_or_null(db_url):
    recs = [record(f"https://x.example/{i}", FISHERIES.replace("Monday", f"day {i}") + f" Note {i}.",
                   outlet=f"o{i}", published=p)
            for i, p in enumerate([None, "2019-01", "2019-01-16", "2019-01-16T10:00:00Z"])]
    assert ingest_records(db_url, recs).errors == []
    with session_scope(db_url) as s:
        assert sorted(s.scalars(select(Article.published)).all(), key=str) == sorted(
            [None, "2019-01", "2019-01-16", "2019-01-16T10:00:00Z"], key=str)


def test_a_translation_on_another_outlet_joins_the_story(db_url):
    from tests.sample_articles import LAVROV_RU

    ingest_records(db_url, [record(TASS, LAVROV_TASS),
                            record("https://tass.ru/politika/2001", LAVROV_RU, outlet="tass_ru", language="ru",
                                   published="2026-11-21"),
                            record(KYODO, KYODO_TAKAICHI, outlet="kyodo", published="2026-11-21")])
    rows = {a["url"]: a for a in export_articles(db_url)}
    assert rows["https://tass.ru/politika/2001"]["story"] == rows[TASS]["story"]
    assert rows["https://tass.ru/politika/2001"]["duplicate_of"] is None  # a translation is not a copy
    assert rows[KYODO]["story"] != rows[TASS]["story"]  # another event


def _many_records(n: int = 150) -> list[dict]:
    """More than one analysis chunk: variants of our articles, some of them copies of others."""
    texts = [LAVROV_TASS, KYODO_TAKAICHI, FISHERIES, UNRELATED]
    out = []
    for i in range(n):
        base = texts[i % len(texts)]
        body = base if i % 5 == 0 else f"{base}\n\nEditor's note number {i}: this report was filed from desk {i * 7}."
        out.append(record(f"https://outlet{i % 9}.example/a/{i}", body, outlet=f"outlet{i % 9}",
                          published=f"2026-11-{1 + i % 28:02d}"))
    return out


def test_parallel_analysis_gives_the_same_store_as_sequential(tmp_path):
    from treatywatch.store import upgrade

    results = []
    for workers in (1, 2):
        url = f"sqlite:///{tmp_path / f'w{workers}.db'}"
        upgrade(url)
        summary = ingest_records(url, _many_records(), workers=workers)
        assert summary.stored == 150 and not summary.errors
        results.append((list(export_articles(url)), list(export_statements(url))))
    assert results[0] == results[1]


def test_a_daemonic_process_analyses_without_a_pool(tmp_path):
    """Celery's prefork children are daemonic and may not start processes: ingest still works there."""
    import multiprocessing

    from treatywatch.store import upgrade

    url = f"sqlite:///{tmp_path / 'd.db'}"
    upgrade(url)
    child = multiprocessing.get_context("fork").Process(target=ingest_records, args=(url, _many_records()),
                                                        kwargs={"workers": 2}, daemon=True)
    child.start()
    child.join(120)
    assert child.exitcode == 0
    assert len(list(export_articles(url))) == 150
