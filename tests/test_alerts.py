"""Alert emails: selection, digest content, escaping and exactly-once delivery against a real SMTP server."""
from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.smtp_server import closed_port, smtp_server, smtp_sink  # noqa: F401 - smtp_sink is a fixture
from treatywatch.alerts import (LOCAL_RECIPIENT, EmlFileTransport, MailDeliveryError, SmtpUrlTransport,
                                deliver_pending, prepare_digests, send_alerts, transport_from_settings)
from treatywatch.alerts.digest import digest_day, digest_subject, one_line, safe_href
from treatywatch.alerts.mail import eml_filename, mask_url
from treatywatch.config import load_settings
from treatywatch.store.models import Alert, Article, CrawlRun, Statement
from treatywatch.store.session import session_scope

DAY1 = "2026-11-22T00:00:00+00:00/2026-11-23T00:00:00+00:00"
DAY2 = "2026-11-23T00:00:00+00:00/2026-11-24T00:00:00+00:00"
DAY3 = "2026-11-24T00:00:00+00:00/2026-11-25T00:00:00+00:00"
NOW = datetime(2026, 11, 23, 6, 0, tzinfo=timezone.utc)
DESK = "desk@example.org"


# --- test data (invented; no third-party text) ----------------------------------------------------------------

def _article(seq: int, outlet: str, title: str, *, story: str | None, relevant: bool = True,
             duplicate_of: Article | None = None, url: str | None = None) -> Article:
    return Article(url=url or f"https://{outlet.lower().replace(' ', '-')}.example/news/{seq}", outlet=outlet,
                   title=title, published="2026-11-22", language="en", text="(body)", content_hash=f"hash-{seq}",
                   story=story, relevant=relevant, duplicate_of=duplicate_of, seq=seq)


def _statement(article: Article, position: int, speaker: str, quote: str, *, new: bool, treaty: bool = True,
               direct: bool = True, first_report: Statement | None = None) -> Statement:
    return Statement(article=article, position=position, speaker=speaker, quote=quote, direct=direct,
                     peace_treaty=treaty, new=new, first_report=first_report)


def seed_store(url: str) -> None:
    """Two new treaty statements (one repeated by two other outlets), a new non-treaty one, three stories
    (one with a copy at another outlet), an irrelevant article and crawl problems for DAY1 and another day."""
    with session_scope(url) as s:
        harbor = _article(1, "Harbor Daily", "Ministers meet over the islands question", story="st-islands")
        copy = _article(2, "Coast Wire", "Ministers meet over the islands question", story="st-islands",
                        duplicate_of=harbor)
        coast = _article(3, "Coast Wire", "Fishing quotas near the islands", story="st-fish")
        north = _article(4, "Northern Post", "Prime minister speaks on treaty talks", story="st-pm")
        weather = _article(5, "Northern Post", "Snow expected in the north", story="st-snow", relevant=False)
        s.add_all([harbor, copy, coast, north, weather])
        first = _statement(harbor, 0, "Foreign Minister Aoki", "The treaty door stays open if both sides move.",
                           new=True)
        s.add_all([
            first,
            _statement(coast, 0, "Foreign Minister Aoki", "The treaty door stays open.", new=False,
                       first_report=first),
            _statement(north, 0, "Foreign Minister Aoki", "Door stays open on the treaty.", new=False,
                       direct=False, first_report=first),
            _statement(north, 1, "Prime Minister Sato", "talks on a peace treaty should resume next spring",
                       new=True, direct=False),
            _statement(coast, 1, "Fisheries Agency head", "Quotas will be announced in March.", new=True,
                       treaty=False),
        ])
        s.add_all([
            CrawlRun(outlet="Harbor Daily", run_key=DAY1, status="ok"),
            CrawlRun(outlet="Broken Gazette", run_key=DAY1, status="failed", message="listing page answered 503"),
            CrawlRun(outlet="Coast Wire", run_key=DAY1, status="partial", message="2 of 5 pages timed out"),
            CrawlRun(outlet="Old Courier", run_key="2026-11-01T00:00:00+00:00/x", status="failed",
                     message="an old failure"),
        ])


def add_new_statement(url: str, seq: int, speaker: str, quote: str) -> None:
    with session_scope(url) as s:
        article = _article(seq, "Harbor Daily", f"Follow-up {seq}", story=f"st-follow-{seq}")
        s.add_all([article, _statement(article, 0, speaker, quote, new=True)])


def settings_for(tmp_path: Path, **overrides):
    return load_settings(data_dir=tmp_path / "data", smtp_from="treatywatch@example.org",
                         alert_to=overrides.pop("alert_to", [DESK]), **overrides)


def alerts(url: str) -> list[Alert]:
    with session_scope(url) as s:
        return list(s.execute(select(Alert).order_by(Alert.id)).scalars())


def parts(msg) -> tuple[str, str]:
    return msg.get_body(("plain",)).get_content(), msg.get_body(("html",)).get_content()


# --- the digest -----------------------------------------------------------------------------------------------

def test_one_digest_with_statements_repeats_stories_and_outlet_health(db_url, tmp_path, smtp_sink):
    seed_store(db_url)
    report = send_alerts(db_url, settings_for(tmp_path), key=DAY1, transport=SmtpUrlTransport(smtp_sink.url),
                         now=NOW)

    assert (report.sent, report.failed, report.skipped) == (1, 0, 0)
    [msg] = smtp_sink.wait_for(1)
    assert msg["Subject"] == "2 new statements on the peace treaty (+3 stories) — 2026-11-22"
    assert msg["To"] == DESK and msg["From"] == "treatywatch@example.org"
    assert smtp_sink.received[0].rcpt_tos == [DESK]
    assert msg.get_content_type() == "multipart/alternative"
    text, html = parts(msg)
    for body in (text, html):
        assert "Foreign Minister Aoki" in body and "Prime Minister Sato" in body
        assert "The treaty door stays open if both sides move." in body
        assert "Also reported by: Coast Wire, Northern Post" in body
        assert "Quotas will be announced in March." not in body  # not about the treaty
        assert "Ministers meet over the islands question" in body and "Fishing quotas near the islands" in body
        assert "Snow expected" not in body  # not relevant
        assert "Broken Gazette" in body and "listing page answered 503" in body
        assert "2 of 5 pages timed out" in body
        assert "an old failure" not in body  # another run's problem
    assert "(direct quote)" in text and "(reported)" in text
    # a story line lists every outlet that carried it, copies included
    assert "Ministers meet over the islands question [Coast Wire, Harbor Daily]" in text
    # treaty statements come before stories, stories before outlet health
    assert text.index("Prime Minister Sato") < text.index("Fishing quotas") < text.index("Broken Gazette")

    [row] = alerts(db_url)
    assert row.status == "sent" and row.attempts == 1 and row.error is None
    assert row.message_id == msg["Message-ID"] == report.deliveries[0].message_id
    assert row.message_id.startswith(f"<alert-{row.id}-") and row.message_id.endswith("@treatywatch>")
    assert report.deliveries[0] == (DESK, msg["Subject"], row.message_id, None)
    assert "1 sent, 0 failed, 0 skipped" in report.summary()


def test_same_key_again_sends_nothing_and_a_new_key_only_what_is_new(db_url, tmp_path, smtp_sink):
    seed_store(db_url)
    settings = settings_for(tmp_path)
    transport = SmtpUrlTransport(smtp_sink.url)
    assert send_alerts(db_url, settings, key=DAY1, transport=transport, now=NOW).sent == 1

    again = send_alerts(db_url, settings, key=DAY1, transport=transport, now=NOW)  # a retried task
    assert (again.sent, again.failed) == (0, 0)
    nothing_new = send_alerts(db_url, settings, key=DAY2, transport=transport, now=NOW)
    assert (nothing_new.sent, nothing_new.skipped) == (0, 1)
    assert len(alerts(db_url)) == 1  # no row when there is nothing new

    add_new_statement(db_url, 10, "Deputy Minister Ivanova", "No treaty talks while sanctions stand.")
    later = send_alerts(db_url, settings, key=DAY3, transport=transport, now=NOW)
    assert later.sent == 1
    first, second = smtp_sink.wait_for(2)
    assert len(smtp_sink.messages) == 2
    assert second["Subject"] == "1 new statement on the peace treaty (+1 story) — 2026-11-24"
    text, _ = parts(second)
    assert "Deputy Minister Ivanova" in text
    assert "Foreign Minister Aoki" not in text and "Fishing quotas" not in text  # mailed on DAY1 already


def test_each_recipient_gets_what_was_not_mailed_to_them(sqlite_url, tmp_path, smtp_sink):
    seed_store(sqlite_url)
    transport = SmtpUrlTransport(smtp_sink.url)
    send_alerts(sqlite_url, settings_for(tmp_path), key=DAY1, transport=transport, now=NOW)
    report = send_alerts(sqlite_url, settings_for(tmp_path, alert_to=[DESK, "chief@example.org"]), key=DAY2,
                         transport=transport, now=NOW)
    assert (report.sent, report.skipped) == (1, 1)
    first, second = smtp_sink.wait_for(2)
    assert second["To"] == "chief@example.org"
    assert second["Subject"] == first["Subject"].replace("2026-11-22", "2026-11-23")


def test_stories_without_statements_make_a_stories_subject(sqlite_url, tmp_path, smtp_sink):
    with session_scope(sqlite_url) as s:
        s.add_all([_article(1, "Harbor Daily", "Trade delegation lands in Vladivostok", story="a"),
                   _article(2, "Coast Wire", "Visa-free visits to the islands discussed", story="b")])
    send_alerts(sqlite_url, settings_for(tmp_path), key=DAY1, transport=SmtpUrlTransport(smtp_sink.url), now=NOW)
    [msg] = smtp_sink.wait_for(1)
    assert msg["Subject"] == "2 new Russia–Japan stories — 2026-11-22"
    text, _ = parts(msg)
    assert "NEW STATEMENTS" not in text and "Visa-free visits to the islands discussed [Coast Wire]" in text


# --- failures and retries -------------------------------------------------------------------------------------

def test_failed_send_stays_pending_with_the_error_and_a_later_run_delivers_it(db_url, tmp_path, smtp_sink):
    seed_store(db_url)
    settings = settings_for(tmp_path)
    down = send_alerts(db_url, settings, key=DAY1, transport=SmtpUrlTransport(f"smtp://127.0.0.1:{closed_port()}"),
                       now=NOW)
    assert (down.sent, down.failed) == (0, 1) and down.failures[0][0] == DESK
    [row] = alerts(db_url)
    assert row.status == "pending" and row.attempts == 1 and row.sent is None
    assert "Connection" in row.error or "refused" in row.error.lower()

    later = send_alerts(db_url, settings, key=DAY2, transport=SmtpUrlTransport(smtp_sink.url), now=NOW)
    assert (later.sent, later.failed, later.skipped) == (1, 0, 1)  # DAY2 itself had nothing new
    [msg] = smtp_sink.wait_for(1)
    assert "Foreign Minister Aoki" in parts(msg)[0]
    [row] = alerts(db_url)
    assert row.status == "sent" and row.attempts == 2 and row.error is None and row.key == DAY1


class RecordingTransport:
    """Hands messages to a real transport, after running `during_send` (to interleave another run)."""

    writes_files = False

    def __init__(self, inner, during_send=None):
        self.inner, self.during_send, self.sent = inner, during_send, []

    def send(self, msg):
        if self.during_send:
            self.during_send()
        self.sent.append(msg["Message-ID"])
        return self.inner.send(msg)


def test_a_run_that_starts_while_another_is_sending_does_not_send_the_same_row(db_url, tmp_path, smtp_sink):
    seed_store(db_url)
    settings = settings_for(tmp_path)
    inner = SmtpUrlTransport(smtp_sink.url)
    reports = []
    # while the first run is inside send(), a second run delivers: the row is claimed, so it must skip it
    first = RecordingTransport(inner, during_send=lambda: reports.append(
        send_alerts(db_url, settings, key=DAY1, transport=inner, now=NOW)))
    outer = send_alerts(db_url, settings, key=DAY1, transport=first, now=NOW)
    assert outer.sent == 1 and reports[0].sent == 0
    assert len(smtp_sink.wait_for(1)) == 1


def test_concurrent_runs_with_the_same_key_deliver_once(db_url, tmp_path, smtp_sink):
    seed_store(db_url)
    settings = settings_for(tmp_path, alert_to=[DESK, "chief@example.org"])
    start = threading.Barrier(4)
    results, errors = [], []

    def run():
        try:
            start.wait()
            results.append(send_alerts(db_url, settings, key=DAY1, transport=SmtpUrlTransport(smtp_sink.url),
                                       now=NOW))
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors
    assert sum(r.sent for r in results) == 2
    assert sorted(m["To"] for m in smtp_sink.wait_for(2)) == ["chief@example.org", DESK]
    assert len(smtp_sink.messages) == 2
    assert [(a.status, a.attempts) for a in alerts(db_url)] == [("sent", 1), ("sent", 1)]


def send_at_once(db_url: str, settings, keys: list[str], smtp_url: str) -> list[Exception]:
    """One `send_alerts` per key, all released at the same moment from threads; the errors they raised."""
    start, errors = threading.Barrier(len(keys)), []

    def run(key):
        try:
            start.wait()
            send_alerts(db_url, settings, key=key, transport=SmtpUrlTransport(smtp_url), now=NOW)
        except Exception as exc:  # noqa: BLE001 - returned to the test
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(key,)) for key in keys]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return errors


def test_concurrent_runs_with_different_keys_never_mail_the_same_statement_twice(db_url, tmp_path, smtp_sink):
    seed_store(db_url)
    settings = settings_for(tmp_path)
    assert not send_at_once(db_url, settings, [DAY1, DAY2, DAY3, "cli-batch-1"], smtp_sink.url)
    rows = alerts(db_url)
    assert len(rows) == 1 and len(rows[0].statement_ids) == 2  # whichever key won, it took everything
    assert len(smtp_sink.wait_for(1)) == 1


def test_a_row_stuck_in_sending_is_retried_only_when_stale(sqlite_url, tmp_path, smtp_sink):
    seed_store(sqlite_url)
    settings = settings_for(tmp_path)
    with session_scope(sqlite_url) as s:
        [row] = prepare_digests(s, key=DAY1, recipients=[DESK], now=NOW)
        row.status, row.claimed = "sending", NOW - timedelta(minutes=2)  # a run that is (maybe) still sending
    transport = SmtpUrlTransport(smtp_sink.url)
    with session_scope(sqlite_url) as s:
        assert deliver_pending(s, transport, settings, now=NOW).sent == 0
    with session_scope(sqlite_url) as s:  # an hour later the sender is surely dead
        assert deliver_pending(s, transport, settings, now=NOW + timedelta(hours=1)).sent == 1
    [row] = alerts(sqlite_url)
    assert row.status == "sent"
    assert len(smtp_sink.wait_for(1)) == 1


def test_prepare_reuses_an_existing_row_as_is(sqlite_url):
    seed_store(sqlite_url)
    with session_scope(sqlite_url) as s:
        [row] = prepare_digests(s, key=DAY1, recipients=[DESK, DESK], now=NOW)
        frozen = (row.id, list(row.statement_ids), list(row.article_ids))
    add_new_statement(sqlite_url, 10, "Deputy Minister Ivanova", "No treaty talks while sanctions stand.")
    with session_scope(sqlite_url) as s:
        [again] = prepare_digests(s, key=DAY1, recipients=[DESK], now=NOW)
        assert (again.id, again.statement_ids, again.article_ids) == frozen
    assert len(frozen[1]) == 2 and len(frozen[2]) == 3


# --- escaping -------------------------------------------------------------------------------------------------

def test_markup_and_line_breaks_from_the_web_never_inject_markup_or_headers(sqlite_url, tmp_path, smtp_sink):
    with session_scope(sqlite_url) as s:
        evil = _article(1, "Harbor Daily", "Talks <script>alert('x')</script> resume", story="e",
                        url="javascript:alert(1)")
        s.add_all([evil, _statement(evil, 0, "Envoy\r\nBcc: victim@example.org", "<b>bold</b> & treaty", new=True)])
        # a subject that arrives with CRLF (e.g. from an older row) must not add a header either
        s.add(Alert(recipient=DESK, kind="digest", key=DAY1, status="pending", attempts=0, created=NOW,
                    subject="Hello\r\nBcc: victim@example.org", statement_ids=[1], article_ids=[1]))
    report = send_alerts(sqlite_url, settings_for(tmp_path), key=DAY1, transport=SmtpUrlTransport(smtp_sink.url),
                         now=NOW)
    assert report.sent == 1
    [received] = smtp_sink.wait_for(1)
    raw = smtp_sink.received[0].raw
    assert smtp_sink.received[0].rcpt_tos == [DESK]
    headers = raw.split(b"\r\n\r\n", 1)[0]
    assert received["Bcc"] is None and b"\nBcc:" not in headers and not headers.startswith(b"Bcc:")
    assert received["Subject"] == "Hello Bcc: victim@example.org"
    text, html = parts(received)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<b>bold</b>" not in html and "&lt;b&gt;bold&lt;/b&gt; &amp; treaty" in html
    assert 'href="javascript' not in html and 'href="#"' in html
    assert "Envoy Bcc: victim@example.org" in text  # one line in the text part too


@pytest.mark.parametrize("value, expected", [("a\r\nb", "a b"), ("  x\t\ty  ", "x y"), ("\u2028z", "z"), (None, "")])
def test_one_line(value, expected):
    assert one_line(value) == expected


def test_safe_href_keeps_only_web_links():
    assert safe_href("https://a.example/x?y=1") == "https://a.example/x?y=1"
    assert safe_href("javascript:alert(1)") == "#" and safe_href("data:text/html,x") == "#"


@pytest.mark.parametrize("statements, stories, expected", [
    (1, 0, "1 new statement on the peace treaty — 2026-11-22"),
    (2, 1, "2 new statements on the peace treaty (+1 story) — 2026-11-22"),
    (0, 1, "1 new Russia–Japan story — 2026-11-22"),
])
def test_digest_subject(statements, stories, expected):
    assert digest_subject(statements, stories, datetime(2026, 11, 22).date()) == expected


# --- transports -----------------------------------------------------------------------------------------------

def test_eml_fallback_writes_a_parseable_digest_for_the_local_analyst(sqlite_url, tmp_path):
    seed_store(sqlite_url)
    settings = load_settings(data_dir=tmp_path / "data", outbox_dir=tmp_path / "outbox")
    transport = transport_from_settings(settings)
    assert isinstance(transport, EmlFileTransport)
    report = send_alerts(sqlite_url, settings, key=DAY1, now=NOW)
    assert report.sent == 1
    path = Path(report.deliveries[0].path)
    assert path.parent == tmp_path / "outbox" and path.name == eml_filename(report.deliveries[0].message_id)
    msg = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
    assert msg["To"] == LOCAL_RECIPIENT and msg["Message-ID"] == report.deliveries[0].message_id
    assert "Foreign Minister Aoki" in parts(msg)[0]
    [row] = alerts(sqlite_url)
    assert row.path == str(path) and row.status == "sent"
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no temp files left behind


def test_transport_from_settings_prefers_the_smtp_url(tmp_path):
    settings = load_settings(data_dir=tmp_path, smtp_url="smtp+starttls://u:p@mail.example:2525")
    transport = transport_from_settings(settings)
    assert isinstance(transport, SmtpUrlTransport)
    assert (transport.scheme, transport.host, transport.port, transport.user) == ("smtp+starttls", "mail.example",
                                                                                  2525, "u")


def test_smtp_login_from_the_url(tmp_path):
    from email.message import EmailMessage

    with smtp_server(auth=("mailer", "pa:ss/word")) as sink:
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"], msg["Message-ID"] = "a@example.org", DESK, "hi", "<m1@t>"
        msg.set_content("hello")
        assert SmtpUrlTransport(f"smtp://mailer:pa%3Ass%2Fword@127.0.0.1:{sink.port}").send(msg) == "<m1@t>"
        assert sink.logins == ["mailer"] and len(sink.wait_for(1)) == 1


def test_the_password_never_shows_in_errors_reprs_or_the_outbox(sqlite_url, tmp_path):
    secret = "Sup3r/Secret:pw"
    quoted = "Sup3r%2FSecret%3Apw"
    with smtp_server(auth=("mailer", "the-right-one")) as sink:
        wrong = SmtpUrlTransport(f"smtp://mailer:{quoted}@127.0.0.1:{sink.port}")
        down = SmtpUrlTransport(f"smtp://mailer:{quoted}@127.0.0.1:{closed_port()}")
        seed_store(sqlite_url)
        report = send_alerts(sqlite_url, settings_for(tmp_path), key=DAY1, transport=wrong, now=NOW)
        assert report.failed == 1 and not sink.received
    [row] = alerts(sqlite_url)
    assert "535" in row.error or "Authentication" in row.error  # the real reason is kept
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "a@example.org", DESK, "x"
    with pytest.raises(MailDeliveryError) as caught:
        down.send(msg)
    for text in (str(caught.value), repr(down), repr(wrong), row.error, report.failures[0][1], report.summary()):
        assert secret not in text and quoted not in text
    assert "***" in repr(down) and mask_url("smtps://u:x@h:465") == "smtps://u:***@h:465"


@pytest.mark.parametrize("key, expected", [
    (DAY1, "2026-11-22"),
    ("manual:2026-11-25T10:15:00+00:00", "2026-11-25"),
    ("batch-without-a-date", "2026-11-23"),  # falls back to the given time
    ("bad-2026-13-45", "2026-11-23"),
])
def test_digest_day(key, expected):
    assert digest_day(key, NOW).isoformat() == expected
