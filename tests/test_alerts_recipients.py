"""Recipients: the YAML file (validated at start), per-recipient filters, immediate alerts exactly once per
statement, and "nothing new" mails only for those who ask; delivered to a real SMTP server on loopback."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from tests.smtp_server import closed_port, smtp_sink  # noqa: F401 - smtp_sink is a fixture
from tests.test_alerts import DAY1, DAY2, DAY3, DESK, NOW, _article, alerts, parts, send_at_once
from treatywatch.alerts import Recipient, SmtpUrlTransport, send_alerts
from treatywatch.alerts.recipients import RecipientsFileError, parse_recipients
from treatywatch.config import ConfigError, load_settings
from treatywatch.store.models import Article, Statement
from treatywatch.store.session import session_scope

CHIEF = "chief@example.org"
RU_DESK = "ru-desk@example.org"


def seed(url: str, *, seen=NOW - timedelta(hours=3)) -> None:
    """New treaty statements by a Russian (in Russian), a Japanese (in English, a position shift) and an
    unregistered speaker, plus a story without statements (invented text)."""
    with session_scope(url) as s:
        ru = _article(1, "Moscow Ledger", "Лавров о мирном договоре", story="s-ru")
        ru.language, ru.published = "ru", "2026-11-22T09:15:00+03:00"
        jp = _article(2, "Tokyo Courier", "Prime minister answers in the Diet", story="s-jp")
        other = _article(3, "Harbor Daily", "Island mayor comments", story="s-mayor")
        news = _article(4, "Coast Wire", "Ferry line to Sakhalin reopens", story="s-ferry")
        s.add_all([ru, jp, other, news])
        s.add_all([
            Statement(article=ru, position=0, speaker="Sergei Lavrov", quote="Мы не будем обсуждать договор.",
                      direct=True, peace_treaty=True, new=True, first_seen=seen),
            Statement(article=jp, position=0, speaker="Shigeru Ishiba",
                      quote="we remain ready to sign a treaty once the islands question is settled", direct=False,
                      peace_treaty=True, new=True, first_seen=seen, shift=True, stance="conditional openness"),
            Statement(article=other, position=0, speaker="Island mayor", quote="Our residents want the visits back.",
                      direct=True, peace_treaty=True, new=True, first_seen=seen),
        ])


def settings_with(tmp_path, yaml_text: str, **overrides):
    path = tmp_path / "recipients.yaml"
    path.write_text(yaml_text, encoding="utf-8")
    return load_settings(data_dir=tmp_path / "data", smtp_from="treatywatch@example.org", recipients_file=path,
                         **overrides)


# --- the file ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, names", [
    ("recipients:\n  - address: a@example.org\n    langauges: [en]\n", ["entry 1 (a@example.org)", "langauges"]),
    ("recipients:\n  - address: a@example.org\n  - address: b@example.org\n    digest: maybe\n",
     ["entry 2 (b@example.org)", "'digest'"]),
    ("recipients:\n  - address: a@example.org\n    languages: [english]\n", ["entry 1", "'languages'", "english"]),
    ("recipients:\n  - address: 'x@example.org\\r\\nBcc: y@evil.example'\n", ["entry 1", "'address'"]),
    ("recipients:\n  - languages: [en]\n", ["entry 1", "'address'", "Field required"]),
    ("recipients:\n  - address: a@example.org\n  - address: A@example.org\n", ["entry 2", "already entry 1"]),
    ("recipients:\n  - address: a@example.org\n    digest: false\n", ["entry 1", "no mail"]),
    ("recipients: [a@example.org]\n", ["entry 1", "mapping"]),
    ("recipients:\n  - address: a@example.org\n   bad: indent\n", ["not valid YAML"]),
])
def test_a_bad_recipients_file_stops_at_start_naming_the_entry_and_key(tmp_path, monkeypatch, text, names):
    path = tmp_path / "recipients.yaml"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setenv("TREATYWATCH_RECIPIENTS_FILE", str(path))
    with pytest.raises(ConfigError) as err:
        load_settings()
    message = str(err.value)
    assert "TREATYWATCH_RECIPIENTS_FILE" in message
    for name in names:
        assert name in message


def test_file_entries_come_first_then_alert_to_with_defaults_and_speakers_are_canonical(tmp_path):
    settings = settings_with(tmp_path, """
recipients:
  - address: ru-desk@example.org
    languages: [RU]
    speakers: [Лавров, Peskov]
    immediate: true
    news: false
  - address: desk@example.org
    nothing_new: true
""", alert_to=[DESK, CHIEF])
    ru, desk, chief = settings.recipients
    assert ru.languages == ("ru",) and ru.speakers == ("Sergei Lavrov", "Dmitry Peskov")
    assert ru.immediate and not ru.news and ru.wants_immediately("Sergei Lavrov")
    assert not ru.wants_immediately("Shigeru Ishiba")
    assert desk.nothing_new and desk.address == DESK  # the file's entry wins over the simple list
    assert chief == Recipient(address=CHIEF)  # TREATYWATCH_ALERT_TO: digest, defaults
    assert chief.digest and not chief.immediate and chief.news and not chief.nothing_new


def test_parse_recipients_accepts_an_empty_file():
    assert parse_recipients(None) == []
    with pytest.raises(RecipientsFileError, match="unknown top-level"):
        parse_recipients({"recipient": []})


# --- filters ----------------------------------------------------------------------------------------------------

def test_each_recipient_gets_its_languages_speakers_and_news_choice(db_url, tmp_path, smtp_sink):
    seed(db_url)
    settings = settings_with(tmp_path, """
recipients:
  - address: ru-desk@example.org
    languages: [ru]
  - address: chief@example.org
    speakers: [Ishiba]
    news: false
""", alert_to=[DESK])
    report = send_alerts(db_url, settings, key=DAY1, transport=SmtpUrlTransport(smtp_sink.url), now=NOW)
    assert (report.sent, report.failed, report.skipped) == (3, 0, 0)
    mails = {m["To"]: m for m in smtp_sink.wait_for(3)}
    ru_text, ru_html = parts(mails[RU_DESK])
    assert "Мы не будем обсуждать договор." in ru_text and "Shigeru Ishiba" not in ru_text
    assert "Ferry line" not in ru_text  # an English story
    assert mails[RU_DESK]["Subject"] == "1 new statement on the peace treaty (+1 story) — 2026-11-22"
    assert "Лавров о мирном договоре [Moscow Ledger]" in ru_text

    chief_text, _ = parts(mails[CHIEF])
    assert "Shigeru Ishiba" in chief_text and "Sergei Lavrov" not in chief_text
    assert "NEW RUSSIA–JAPAN STORIES" not in chief_text and "Ferry line" not in chief_text

    desk_text, _ = parts(mails[DESK])
    assert mails[DESK]["Subject"] == "3 new statements on the peace treaty (+4 stories) — 2026-11-22"
    # position shifts first, then in the order found; role from the registry for the article's date
    assert desk_text.index("Shigeru Ishiba") < desk_text.index("Sergei Lavrov") < desk_text.index("Island mayor")
    assert "* Sergei Lavrov, Russian Foreign Minister\r\n  (direct quote, Russian) \"Мы не будем" in desk_text
    assert "[POSITION SHIFT: conditional openness]" in desk_text
    assert "Moscow Ledger, 2026-11-22 09:15 UTC+03:00" in desk_text


def test_nothing_new_mails_only_for_those_who_ask(sqlite_url, tmp_path, smtp_sink):
    settings = settings_with(tmp_path, "recipients:\n  - address: chief@example.org\n    nothing_new: true\n",
                             alert_to=[DESK])
    transport = SmtpUrlTransport(smtp_sink.url)
    report = send_alerts(sqlite_url, settings, key=DAY1, transport=transport, now=NOW)
    assert (report.sent, report.skipped) == (1, 1)
    [msg] = smtp_sink.wait_for(1)
    assert msg["To"] == CHIEF and msg["Subject"] == "Nothing new on the peace treaty — 2026-11-22"
    assert "Nothing new" in parts(msg)[1]
    assert send_alerts(sqlite_url, settings, key=DAY1, transport=transport, now=NOW).sent == 0  # a retry
    assert len(smtp_sink.wait_for(2, timeout=1)) == 1


# --- immediate alerts -------------------------------------------------------------------------------------------

IMMEDIATE_YAML = """
recipients:
  - address: ru-desk@example.org
    digest: false
    immediate: true
    immediate_speakers: [Sergei Lavrov, Shigeru Ishiba]
"""


def test_immediate_alert_once_per_statement_across_retries_reruns_and_backfills(db_url, tmp_path, smtp_sink):
    seed(db_url)
    settings = settings_with(tmp_path, IMMEDIATE_YAML)
    transport = SmtpUrlTransport(smtp_sink.url)
    first = send_alerts(db_url, settings, key=DAY2, transport=transport, now=NOW)
    assert (first.sent, first.failed, first.skipped) == (2, 0, 0)
    for key in (DAY2, DAY2, DAY1, DAY3, "manual:2026-11-23T07:00:00+00:00"):  # retry, rerun, backfill, next day
        assert send_alerts(db_url, settings, key=key, transport=transport, now=NOW).sent == 0
    mails = smtp_sink.wait_for(3, timeout=1)
    assert len(mails) == 2 and {m["To"] for m in mails} == {RU_DESK}
    subjects = sorted(m["Subject"] for m in mails)
    assert subjects == ["Sergei Lavrov on the peace treaty — 2026-11-22",
                        "Shigeru Ishiba on the peace treaty (position shift) — 2026-11-22"]
    text, html = parts(next(m for m in mails if "Lavrov" in m["Subject"]))
    assert "Мы не будем обсуждать договор." in text and "Island mayor" not in text
    rows = alerts(db_url)
    assert sorted(r.key for r in rows) == sorted(f"statement:{sid}" for sid in _statement_ids(db_url, 1, 2))
    assert all(r.kind == "immediate" and r.status == "sent" and r.message_id and r.claimed for r in rows)


def _statement_ids(url, *seqs):
    with session_scope(url) as s:
        return list(s.scalars(select(Statement.id).join(Article).where(Article.seq.in_(seqs))))


def test_immediate_alerts_from_concurrent_runs_go_out_once(db_url, tmp_path, smtp_sink):
    seed(db_url)
    settings = settings_with(tmp_path, IMMEDIATE_YAML)
    assert not send_at_once(db_url, settings, [DAY1, DAY2, DAY3], smtp_sink.url)
    assert len(smtp_sink.wait_for(3, timeout=1)) == 2
    assert len(alerts(db_url)) == 2


def test_immediate_alerts_are_for_what_the_run_just_found(sqlite_url, tmp_path, smtp_sink):
    seed(sqlite_url, seen=NOW - timedelta(days=30))  # the archive: a recipient added today is not mailed it
    settings = settings_with(tmp_path, IMMEDIATE_YAML)
    assert send_alerts(sqlite_url, settings, key=DAY1, transport=SmtpUrlTransport(smtp_sink.url), now=NOW).sent == 0
    assert alerts(sqlite_url) == []


def test_a_failed_immediate_alert_stays_pending_and_goes_out_with_the_next_run(sqlite_url, tmp_path, smtp_sink):
    seed(sqlite_url)
    settings = settings_with(tmp_path, IMMEDIATE_YAML)
    down = send_alerts(sqlite_url, settings, key=DAY1,
                       transport=SmtpUrlTransport(f"smtp://127.0.0.1:{closed_port()}"), now=NOW)
    assert (down.sent, down.failed) == (0, 2)
    assert {(r.status, r.attempts, r.claimed) for r in alerts(sqlite_url)} == {("pending", 1, None)}
    later = send_alerts(sqlite_url, settings, key=DAY2, transport=SmtpUrlTransport(smtp_sink.url),
                        now=NOW + timedelta(days=1))
    assert later.sent == 2 and len(smtp_sink.wait_for(2)) == 2
    assert {(r.status, r.attempts) for r in alerts(sqlite_url)} == {("sent", 2)}


def test_outlets_the_health_check_finds_unhealthy_are_in_the_digest(sqlite_url, tmp_path, smtp_sink):
    from treatywatch.health import outlet_health
    from treatywatch.store.models import CrawlRun

    seed(sqlite_url)
    with session_scope(sqlite_url) as s:  # an outlet that has brought nothing for days (invented)
        s.add_all([CrawlRun(outlet="Quiet Herald", run_key=f"day-{i}", status="ok", pages=5, items=0,
                            new_articles=0, started=NOW - timedelta(days=i, hours=1)) for i in range(0, 3)])
        s.add(CrawlRun(outlet="Busy Wire", run_key="day-0", status="ok", pages=5, items=4, new_articles=4,
                       started=NOW - timedelta(hours=1)))
    verdicts = {h.outlet: h for h in outlet_health(sqlite_url, now=NOW)}
    assert not verdicts["Quiet Herald"].healthy and verdicts["Busy Wire"].healthy
    send_alerts(sqlite_url, load_settings(data_dir=tmp_path, alert_to=[DESK]), key=DAY1,
                transport=SmtpUrlTransport(smtp_sink.url), now=NOW)
    text, _ = parts(smtp_sink.wait_for(1)[0])
    assert "! Quiet Herald: unhealthy - " + "; ".join(verdicts["Quiet Herald"].reasons) in text
    assert "Busy Wire" not in text
