"""Operators hear about a failed DAG run: the smtp provider's `SmtpNotifier` as the DAG's on_failure_callback.

Read by the DAG file at parse time, so it imports nothing heavy: the settings (operators' addresses from
TREATYWATCH_OPERATORS, the sender from TREATYWATCH_SMTP_FROM) and, only when operators are configured, the
notifier. The mail goes through the Airflow connection `smtp_default`.
"""
from __future__ import annotations

SMTP_CONN_ID = "smtp_default"
SUBJECT = "[treatywatch] {{ dag.dag_id }} failed: run {{ run_id }}"
# rendered by Airflow with the DAG run's context; html_content is a template of the notifier (autoescaped
# values are not needed: ids and dates only)
HTML = ("<p>The DAG <b>{{ dag.dag_id }}</b> failed.</p>"
        "<p>Run: {{ run_id }}<br>Data interval: {{ data_interval_start }} to {{ data_interval_end }}<br>"
        "Reason: {{ reason | default('a task failed') }}</p>"
        "<p>The mails of this run that were not sent stay pending and go out with the next run.</p>")


def operator_addresses() -> tuple[list[str], str]:
    """(operators, sender) from the settings; a bad setting stops the DAG file at parse time, naming it."""
    from treatywatch.config import load_settings

    settings = load_settings()
    return list(settings.operators), settings.smtp_from


def failure_notifier():
    """A `SmtpNotifier` mailing the operators, or None when no operator is configured."""
    operators, sender = operator_addresses()
    if not operators:
        return None
    return _notifier_class()(to=operators, from_email=sender, subject=SUBJECT, html_content=HTML,
                        smtp_conn_id=SMTP_CONN_ID)


def _notifier_class():
    from airflow.providers.smtp.notifications.smtp import SmtpNotifier

    class OperatorsNotifier(SmtpNotifier):
        """SmtpNotifier that also renders under `dag.test()` / `airflow dags test`: there the callback's
        context holds a SerializedDAG without `get_template_env` (apache/airflow#64649, open); the scheduler's
        dag-processor passes the real DAG and takes the normal path."""

        def get_template_env(self, dag=None):
            if dag is not None and not hasattr(dag, "get_template_env"):
                dag = None
            return super().get_template_env(dag=dag)

    return OperatorsNotifier


def failure_callbacks() -> list | None:
    notifier = failure_notifier()
    return [notifier] if notifier is not None else None
