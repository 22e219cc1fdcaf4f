"""The digest as people see it: parsed HTML (counts, links, escaping) and a render in headless Chromium at
phone width that must produce a screenshot, log no console error and need no sideways scrolling."""
from __future__ import annotations

import os

import lxml.html
import pytest

from tests.chromium_cdp import Chromium, chromium_path, png_size
from tests.test_alerts import DAY1, NOW, _article, seed_store
from treatywatch.alerts.digest import build_message, digest_subject, load_digest, render_digest
from treatywatch.store.models import Alert, Statement
from treatywatch.store.session import session_scope

needs_chromium = pytest.mark.skipif(
    chromium_path() is None and not os.environ.get("CI"),
    reason="Debian package chromium is not installed (.ci/run installs it; `apt-get install -y chromium`)")
PHONE = dict(width=390, height=844, scale=2, mobile=True)
NO_SIDEWAYS_SCROLL = "document.documentElement.scrollWidth <= document.documentElement.clientWidth"


def digest_html(url: str, tmp_path, *, evil: bool = True) -> tuple[str, object]:
    """The DAY1 digest of the shared test store, plus a statement full of markup and line breaks."""
    seed_store(url)
    with session_scope(url) as s:
        if evil:
            a = _article(20, "Harbor Daily", "Islands <script>alert('x')</script>\r\nBcc: victim@example.org",
                         story="evil", url="https://harbor-daily.example/news/20?a=1&b=<2>")
            s.add_all([a, Statement(article=a, position=0, speaker="Envoy <img src=x onerror=alert(1)>",
                                    quote="A very long quote " + "Unbroken" * 40 + " <b>bold</b> & more",
                                    direct=True, peace_treaty=True, new=True)])
        from treatywatch.alerts.outbox import select_new

        statement_ids, article_ids = select_new(s, "desk@example.org")
        alert = Alert(id=1, recipient="desk@example.org", kind="digest", key=DAY1, created=NOW,
                      statement_ids=statement_ids, article_ids=article_ids,
                      subject=digest_subject(len(statement_ids), len(article_ids), NOW.date()))
        content = load_digest(s, alert)
        text, html = render_digest(content, alert.subject)
        msg = build_message(alert, content, sender="treatywatch@example.org", now=NOW)
    path = tmp_path / "digest.html"
    path.write_text(html, encoding="utf-8")
    return html, msg


def test_digest_html_counts_links_and_escaping(sqlite_url, tmp_path):
    html, msg = digest_html(sqlite_url, tmp_path)
    doc = lxml.html.fromstring(html)
    assert msg["Subject"] == "3 new statements on the peace treaty (+4 stories) — 2026-11-23"
    assert doc.xpath("//h1")[0].text_content() == msg["Subject"]
    assert len(doc.xpath("//div[@class='statement']")) == 3
    assert len(doc.xpath("//li[@class='story']")) == 4
    assert len(doc.xpath("//ul[@class='health']/li")) == 2
    # nothing from the web became markup: no script, no img, no handler attribute, no bold
    assert not doc.xpath("//script | //img | //b | //@onerror")
    assert "<img src=x onerror=alert(1)>" in doc.text_content()
    assert "Islands <script>alert('x')</script> Bcc: victim@example.org" in doc.text_content()
    hrefs = doc.xpath("//a/@href")
    assert "https://harbor-daily.example/news/20?a=1&b=<2>" in hrefs  # the attribute value, parsed back
    assert all(h.startswith("https://") for h in hrefs)
    assert msg["Bcc"] is None
    also = [d.text_content() for d in doc.xpath("//div[@class='also']")]
    assert also == ["Also reported by: Coast Wire, Northern Post"]


@needs_chromium
def test_digest_renders_in_headless_chromium_at_phone_width_without_console_errors(sqlite_url, tmp_path):
    digest_html(sqlite_url, tmp_path)
    with Chromium() as browser:
        page = browser.render(tmp_path / "digest.html", probe=NO_SIDEWAYS_SCROLL, **PHONE)
    assert page.errors == []
    width, height = png_size(page.png)
    assert width == 390 * 2 and height >= 844 * 2
    assert page.probe is True  # the long unbroken quote wraps instead of widening the page


@needs_chromium
def test_the_render_check_sees_console_errors_and_broken_pages(tmp_path):
    broken = tmp_path / "broken.html"
    broken.write_text("<!DOCTYPE html><html><head><meta name='viewport' content='width=device-width'></head><body><div style='width:900px'>wide</div>"
                      "<script>console.error('boom'); undefinedFunction();</script></body></html>", encoding="utf-8")
    with Chromium() as browser:
        page = browser.render(broken, probe=NO_SIDEWAYS_SCROLL, **PHONE)
    assert any("boom" in e for e in page.errors)
    assert any(e.startswith("exception:") for e in page.errors)
    assert page.probe is False


def test_one_card_per_speaker_and_article_with_each_statement_in_article_order(sqlite_url):
    """A report's lead and the quotes under it are one card (speaker and source once, each statement with its
    kind); another speaker, or the same speaker in another article, is a card of its own; a card holding a
    position shift comes first; 'also reported by' joins the outlets of the card's statements."""
    from tests.test_alerts import _statement
    from treatywatch.alerts.outbox import select_new

    with session_scope(sqlite_url) as s:
        wire = _article(1, "Harbor Daily", "Minister rules out talks", story="st-1")
        later = _article(2, "Coast Wire", "Minister again", story="st-2")
        mirror = _article(3, "Northern Post", "Minister rules out talks", story="st-1")
        lead = _statement(wire, 0, "Foreign Minister Aoki", "Aoki said talks on the treaty cannot resume now.",
                          new=True, direct=False)
        quote = _statement(wire, 2, "Foreign Minister Aoki", "We see no ground to resume the treaty talks.", new=True)
        quote.shift, quote.stance = True, "talks_suspended"
        s.add_all([wire, later, mirror, lead, quote,
                   _statement(wire, 1, "Prime Minister Sato", "The treaty remains our goal.", new=True),
                   _statement(later, 0, "Foreign Minister Aoki", "The treaty question is closed for now.", new=True),
                   mirrored := _statement(mirror, 0, "Foreign Minister Aoki", "no ground to resume the talks",
                                          new=False, first_report=quote)])
        # a translation linked to the mirror, not to the first report: its outlet is named too
        s.add(_statement(_article(4, "Eastern Herald", "Minister rules out talks", story="st-1"), 0,
                         "Foreign Minister Aoki", "No ground to resume the talks, the minister said.", new=False,
                         first_report=mirrored))
        statement_ids, article_ids = select_new(s, "desk@example.org")
        alert = Alert(id=1, recipient="desk@example.org", kind="digest", key=DAY1, created=NOW,
                      statement_ids=statement_ids, article_ids=article_ids,
                      subject=digest_subject(len(statement_ids), len(article_ids), NOW.date()))
        text, html = render_digest(load_digest(s, alert), alert.subject)

    assert alert.subject.startswith("4 new statements on the peace treaty")
    cards = lxml.html.fromstring(html).xpath("//div[@class='statement']")
    assert len(cards) == 3
    first = cards[0]
    assert first.xpath(".//span[@class='shift']")[0].text_content() == "POSITION SHIFT: talks_suspended"
    assert [q.text_content() for q in first.xpath(".//blockquote[@class='quote']")] == [
        "Aoki said talks on the treaty cannot resume now.", "“We see no ground to resume the treaty talks.”"]
    assert len(first.xpath(".//a[@class='source']")) == 1
    assert [d.text_content() for d in first.xpath(".//div[@class='also']")] == [
        "Also reported by: Eastern Herald, Northern Post"]
    assert [c.xpath(".//div[@class='speaker']")[0].text_content() for c in cards[1:]] == [
        "Prime Minister Sato", "Foreign Minister Aoki"]
    assert text.count("* Foreign Minister Aoki") == 2 and text.count("* Prime Minister Sato") == 1
    assert ('* Foreign Minister Aoki [POSITION SHIFT: talks_suspended]\n'
            '  (reported) "Aoki said talks on the treaty cannot resume now."\n'
            '  (direct quote) "We see no ground to resume the treaty talks."\n'
            '  Harbor Daily, 2026-11-22: https://harbor-daily.example/news/1\n'
            '  Also reported by: Eastern Herald, Northern Post\n') in text


def test_a_transcript_turn_is_shown_as_the_speakers_own_words(sqlite_url):
    """Words under a speaker's label in a transcript are verbatim but unquoted: shown as 'Transcript', not as
    a reporter's retelling."""
    from tests.test_alerts import _statement
    from treatywatch.alerts.outbox import select_new

    with session_scope(sqlite_url) as s:
        page = _article(1, "Kremlin", "Answers to journalists' questions", story="st-1")
        turn = _statement(page, 0, "Vladimir Putin", "It is Tokyo that froze the dialogue.", new=True, direct=False)
        turn.rule = "transcript"
        told = _statement(page, 1, "Vladimir Putin", "Putin said the talks could resume.", new=True, direct=False)
        told.rule = "reported_speech"
        s.add_all([page, turn, told])
        statement_ids, article_ids = select_new(s, "desk@example.org")
        alert = Alert(id=1, recipient="desk@example.org", kind="digest", key=DAY1, created=NOW,
                      statement_ids=statement_ids, article_ids=article_ids,
                      subject=digest_subject(len(statement_ids), len(article_ids), NOW.date()))
        text, html = render_digest(load_digest(s, alert), alert.subject)
    badges = [b.text_content() for b in lxml.html.fromstring(html).xpath("//div[@class='said']/span[1]")]
    assert badges == ["Transcript", "Reported speech"]
    assert '(transcript) "It is Tokyo that froze the dialogue."' in text
    assert '(reported) "Putin said the talks could resume."' in text


def test_a_new_statements_item_carries_the_words_of_its_remark_later_in_the_article(tmp_path):
    """A quote that goes on from the new statement in the same article ('"…," Lavrov said. "…"') is one remark: the
    digest item shows both, in the article's order; a report elsewhere is not added to it."""
    from sqlalchemy import select

    from tests.sample_articles import record
    from treatywatch.alerts.digest import statement_item
    from treatywatch.ingest import ingest_records
    from treatywatch.store.models import Statement
    from treatywatch.store.session import session_scope, upgrade

    url = f"sqlite:///{tmp_path / 'remark.db'}"
    upgrade(url)
    text = ("MOSCOW, May 5 (TASS) - \"The peace treaty talks cannot resume while Tokyo keeps its sanctions,\" Foreign "
            "Minister Sergei Lavrov said on Tuesday. \"There are no deadlines for this work.\"")
    ingest_records(url, [record("https://tass.com/politics/1", text, outlet="tass.com", language="en",
                                published="2026-05-05")], workers=0)
    with session_scope(url) as session:
        first = session.execute(select(Statement).where(Statement.new, Statement.peace_treaty)).scalars().all()
        assert len(first) == 1
        quote = statement_item(session, first[0]).quote
    assert "talks cannot resume" in quote and quote.endswith("There are no deadlines for this work.")
