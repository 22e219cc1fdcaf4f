"""The Airflow transport: the smtp provider's SmtpHook and the `smtp_default` connection (no scheduler needed)."""
from __future__ import annotations

import pytest

from tests.smtp_server import closed_port, smtp_server, smtp_sink  # noqa: F401 - smtp_sink is a fixture
from tests.test_alerts import DAY1, DESK, NOW, alerts, parts, seed_store, settings_for
from treatywatch.alerts import (AirflowSmtpTransport, EmlFileTransport, MailDeliveryError, SmtpUrlTransport,
                                send_alerts, transport_from_settings)


def test_inside_airflow_the_smtp_default_connection_delivers_the_digest(sqlite_url, tmp_path, smtp_sink,
                                                                        monkeypatch):
    monkeypatch.setenv("AIRFLOW_CONN_SMTP_DEFAULT", smtp_sink.airflow_conn_uri)
    seed_store(sqlite_url)
    settings = settings_for(tmp_path, smtp_url=f"smtp://127.0.0.1:{closed_port()}")  # must not be used
    transport = transport_from_settings(settings, in_airflow=True)
    assert isinstance(transport, AirflowSmtpTransport) and transport.conn_id == "smtp_default"

    report = send_alerts(sqlite_url, settings, key=DAY1, now=NOW, in_airflow=True)
    assert (report.sent, report.failed) == (1, 0)
    [msg] = smtp_sink.wait_for(1)
    assert msg["To"] == DESK and msg.get_content_type() == "multipart/alternative"
    assert msg["Message-ID"] == alerts(sqlite_url)[0].message_id  # our id, not one the hook made up
    assert "Foreign Minister Aoki" in parts(msg)[0]


def test_without_the_connection_airflow_falls_back_to_the_url_then_to_files(tmp_path, monkeypatch):
    monkeypatch.delenv("AIRFLOW_CONN_SMTP_DEFAULT", raising=False)
    with_url = settings_for(tmp_path, smtp_url="smtp://127.0.0.1:2525")
    assert isinstance(transport_from_settings(with_url, in_airflow=True), SmtpUrlTransport)
    assert isinstance(transport_from_settings(settings_for(tmp_path), in_airflow=True), EmlFileTransport)


def test_airflow_transport_masks_the_connection_password(monkeypatch):
    secret = "hook-Secret-77"
    with smtp_server(auth=("mailer", "another")) as sink:
        monkeypatch.setenv("AIRFLOW_CONN_TW_MAIL",
                           f"smtp://mailer:{secret}@127.0.0.1:{sink.port}?disable_ssl=true&disable_tls=true"
                           "&retry_limit=0")
        from email.message import EmailMessage

        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"] = "a@example.org", DESK, "x"
        msg.set_content("x")
        with pytest.raises(MailDeliveryError) as caught:
            AirflowSmtpTransport("tw_mail").send(msg)
    assert "tw_mail" in str(caught.value) and secret not in str(caught.value) and not sink.received
