"""Alert emails, delivered exactly once: `send_alerts` is the one call the DAG and the CLI make.

    report = send_alerts(settings.db_url, settings, key="2026-11-22T00:00:00+00:00/2026-11-23T00:00:00+00:00")
    print(report.summary())
"""
from __future__ import annotations

from datetime import datetime

from treatywatch.alerts.mail import (AirflowSmtpTransport, EmlFileTransport, MailDeliveryError, SmtpUrlTransport,
                                     Transport, transport_from_settings)
from treatywatch.alerts.outbox import Delivery, DeliveryReport, deliver_pending, prepare_digests
from treatywatch.store.session import session_scope

# With no alert_to and the .eml folder as transport, one local recipient keeps the embedded default useful.
LOCAL_RECIPIENT = "analyst@localhost"


def recipients_for(settings, transport: Transport) -> list[str]:
    if settings.alert_to:
        return list(settings.alert_to)
    return [LOCAL_RECIPIENT] if isinstance(transport, EmlFileTransport) else []


def send_alerts(db_url: str, settings, *, key: str, transport: Transport | None = None, now: datetime | None = None,
                in_airflow: bool = False) -> DeliveryReport:
    """Prepare this key's digests for settings.alert_to, then deliver every pending alert (older ones too)."""
    transport = transport or transport_from_settings(settings, in_airflow=in_airflow)
    recipients = recipients_for(settings, transport)
    with session_scope(db_url) as session:
        prepared = prepare_digests(session, key=key, recipients=recipients, now=now)
        report = deliver_pending(session, transport, settings, now=now)
    report.skipped = len(set(recipients)) - len(prepared)
    return report


__all__ = ["AirflowSmtpTransport", "Delivery", "DeliveryReport", "EmlFileTransport", "LOCAL_RECIPIENT",
           "MailDeliveryError", "SmtpUrlTransport", "Transport", "deliver_pending", "prepare_digests",
           "recipients_for", "send_alerts", "transport_from_settings"]
