"""`send_alerts`: prepare this run's immediate alerts and digests, then deliver every pending row."""
from __future__ import annotations

from datetime import datetime

from treatywatch.alerts.mail import EmlFileTransport, Transport, transport_from_settings
from treatywatch.alerts.outbox import DeliveryReport, deliver_pending, prepare_digests, prepare_immediate
from treatywatch.alerts.recipients import Recipient
from treatywatch.store.session import session_scope

# With no recipient configured and the .eml folder as transport, one local recipient keeps the embedded
# default useful.
LOCAL_RECIPIENT = "analyst@localhost"


def recipients_for(settings, transport: Transport) -> list[Recipient]:
    recipients = list(settings.recipients)
    if recipients:
        return recipients
    return [Recipient(address=LOCAL_RECIPIENT)] if isinstance(transport, EmlFileTransport) else []


def send_alerts(db_url: str, settings, *, key: str, transport: Transport | None = None, now: datetime | None = None,
                in_airflow: bool = False) -> DeliveryReport:
    """Freeze this key's immediate alerts and digests into the outbox, then deliver every pending row (older
    failed ones too). Immediate alerts are keyed on the statement, digests on (recipient, key)."""
    transport = transport or transport_from_settings(settings, in_airflow=in_airflow)
    recipients = recipients_for(settings, transport)
    with session_scope(db_url) as session:
        prepare_immediate(session, recipients=recipients, now=now)
        prepared = prepare_digests(session, key=key, recipients=recipients, now=now)
        report = deliver_pending(session, transport, settings, now=now)
    report.skipped = len({r.address for r in recipients if r.digest}) - len(prepared)
    return report
