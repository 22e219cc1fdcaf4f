"""Alert emails, delivered exactly once: `send_alerts` is the one call the DAG and the CLI make.

    report = send_alerts(settings.db_url, settings, key="2026-11-22T00:00:00+00:00/2026-11-23T00:00:00+00:00")
    print(report.summary())

Names are loaded on first use, so `treatywatch.alerts.recipients` (read by the settings) and
`treatywatch.alerts.operators` (read by the DAG file at parse time) stay light to import.
"""
from __future__ import annotations

from importlib import import_module

_EXPORTS = {
    "AirflowSmtpTransport": "mail", "EmlFileTransport": "mail", "MailDeliveryError": "mail",
    "SmtpUrlTransport": "mail", "Transport": "mail", "transport_from_settings": "mail",
    "Delivery": "outbox", "DeliveryReport": "outbox", "deliver_pending": "outbox", "prepare_digests": "outbox",
    "prepare_immediate": "outbox",
    "LOCAL_RECIPIENT": "send", "recipients_for": "send", "send_alerts": "send",
    "Recipient": "recipients",
}


def __getattr__(name: str):
    if name in _EXPORTS:
        value = getattr(import_module(f"treatywatch.alerts.{_EXPORTS[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'treatywatch.alerts' has no attribute {name!r}")


__all__ = sorted(_EXPORTS)
