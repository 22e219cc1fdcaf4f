"""Ways to hand a finished email to the world, behind one small interface: `send(msg) -> str`.

- `SmtpUrlTransport`: any SMTP server named by a URL (smtp://, smtps://, smtp+starttls://, user:password@ allowed).
- `EmlFileTransport`: writes `.eml` files to a folder (the embedded default, and handy for demos).
- `AirflowSmtpTransport`: the smtp provider's `SmtpHook` and an Airflow connection (`smtp_default`).

Every error leaving this module is a `MailDeliveryError` whose message never contains the password.
"""
from __future__ import annotations

import os
import re
import smtplib
import ssl
import tempfile
from email.message import EmailMessage
from pathlib import Path
from typing import Protocol, runtime_checkable
from urllib.parse import quote, unquote, urlsplit

DEFAULT_PORTS = {"smtp": 25, "smtps": 465, "smtp+starttls": 587}
MASK = "***"


class MailDeliveryError(RuntimeError):
    """Sending failed; the message is safe to log (secrets masked)."""


@runtime_checkable
class Transport(Protocol):
    """Hands one message over; returns the Message-ID it went out with, or the file it was written to."""

    writes_files: bool

    def send(self, msg: EmailMessage) -> str: ...


def mask_secrets(text: str, secrets: list[str | None]) -> str:
    """Replace every secret, also in its URL-quoted form, by ***."""
    for secret in secrets:
        if not secret:
            continue
        for form in {secret, quote(secret, safe=""), quote(secret)}:
            text = text.replace(form, MASK)
    return text


def mask_url(url: str) -> str:
    """The URL with its password replaced by *** (for logs and reprs)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    userinfo, _, hostport = parts.netloc.rpartition("@")
    user = userinfo.split(":", 1)[0]
    return parts._replace(netloc=f"{user}:{MASK}@{hostport}").geturl()


def _envelope_recipients(msg: EmailMessage) -> list[str]:
    from email.utils import getaddresses

    return [addr for _, addr in getaddresses(msg.get_all("To", []) + msg.get_all("Cc", [])) if addr]


class SmtpUrlTransport:
    """smtplib with everything taken from one URL; a new connection per message (digests are few)."""

    writes_files = False

    def __init__(self, url: str, *, timeout: float = 30.0):
        parts = urlsplit(url)
        if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
            raise ValueError(f"not an SMTP URL: {mask_url(url)}")
        self.scheme = parts.scheme
        self.host = parts.hostname
        self.port = parts.port or DEFAULT_PORTS[parts.scheme]
        self.user = unquote(parts.username) if parts.username else None
        self._password = unquote(parts.password) if parts.password else None
        self._display_url = mask_url(url)  # never keep the raw URL: it holds the password
        self.timeout = timeout

    def __repr__(self) -> str:
        return f"SmtpUrlTransport({self._display_url!r})"

    def _open(self) -> smtplib.SMTP:
        if self.scheme == "smtps":
            return smtplib.SMTP_SSL(self.host, self.port, timeout=self.timeout, context=ssl.create_default_context())
        return smtplib.SMTP(self.host, self.port, timeout=self.timeout)

    def send(self, msg: EmailMessage) -> str:
        try:
            with self._open() as client:  # QUIT/close also when login or sending fails
                if self.scheme == "smtp+starttls":
                    client.starttls(context=ssl.create_default_context())
                    client.ehlo()
                if self.user:
                    client.login(self.user, self._password or "")
                client.send_message(msg, to_addrs=_envelope_recipients(msg))
        except Exception as exc:  # smtplib and socket errors alike; the row keeps the masked text
            detail = mask_secrets(f"{type(exc).__name__}: {exc}", [self._password])
            # `from None`: a chained traceback could carry the password in its locals or args
            raise MailDeliveryError(f"SMTP {self.host}:{self.port}: {detail}") from None
        return str(msg["Message-ID"])


def eml_filename(message_id: str) -> str:
    """A file name made of the Message-ID: stable, so a resend overwrites instead of adding a file."""
    core = message_id.strip().strip("<>")
    return (re.sub(r"[^A-Za-z0-9._-]+", "_", core).strip("._") or "message") + ".eml"


class EmlFileTransport:
    """Writes each message as `<message-id>.eml` (atomically: a reader never sees half a file)."""

    writes_files = True

    def __init__(self, folder: str | os.PathLike):
        self.folder = Path(folder)

    def __repr__(self) -> str:
        return f"EmlFileTransport({str(self.folder)!r})"

    def send(self, msg: EmailMessage) -> str:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            target = self.folder / eml_filename(str(msg["Message-ID"] or ""))
            fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=".tmp-", suffix=".eml")
            with os.fdopen(fd, "wb") as fh:
                fh.write(msg.as_bytes())
            os.replace(tmp, target)
        except OSError as exc:
            raise MailDeliveryError(f"cannot write .eml to {self.folder}: {exc}") from None
        return str(target)


class AirflowSmtpTransport:
    """The smtp provider's SmtpHook: host, TLS and login come from the Airflow connection.

    `SmtpHook.send_email_smtp` builds its own HTML-only message, so we send our multipart message
    (with its plain-text part and deterministic Message-ID) through the client the hook logged in.
    """

    writes_files = False

    def __init__(self, conn_id: str = "smtp_default"):
        self.conn_id = conn_id

    def __repr__(self) -> str:
        return f"AirflowSmtpTransport(conn_id={self.conn_id!r})"

    def send(self, msg: EmailMessage) -> str:
        from airflow.providers.smtp.hooks.smtp import SmtpHook

        hook = SmtpHook(smtp_conn_id=self.conn_id)
        try:
            with hook:
                client = hook._smtp_client  # set by the hook's __enter__ (get_conn), logged in already
                if client is None:
                    raise RuntimeError("SmtpHook did not open an SMTP client")
                client.send_message(msg, to_addrs=_envelope_recipients(msg))
        except Exception as exc:
            conn = getattr(hook, "smtp_connection", None)
            detail = mask_secrets(f"{type(exc).__name__}: {exc}", [getattr(conn, "password", None)])
            raise MailDeliveryError(f"Airflow connection {self.conn_id!r}: {detail}") from None
        return str(msg["Message-ID"])


def airflow_connection_defined(conn_id: str) -> bool:
    """True when Airflow knows the connection (env var AIRFLOW_CONN_*, secrets backend or metadata DB)."""
    try:
        from airflow.providers.common.compat.sdk import AirflowNotFoundException, BaseHook
    except ImportError:
        return False
    try:
        BaseHook.get_connection(conn_id)
    except AirflowNotFoundException:
        return False
    return True


def transport_from_settings(settings, *, in_airflow: bool = False) -> Transport:
    """Inside Airflow the `smtp_default` connection wins; else settings.smtp_url; else .eml files."""
    if in_airflow and airflow_connection_defined("smtp_default"):
        return AirflowSmtpTransport("smtp_default")
    if settings.smtp_url:
        return SmtpUrlTransport(settings.smtp_url)
    return EmlFileTransport(settings.outbox_path)
