"""A real SMTP server on loopback (aiosmtpd) that collects what it receives, for tests.

    with smtp_server() as sink:                 # or the `smtp_sink` fixture (import it into a test module)
        ... send to sink.url / sink.airflow_conn_uri ...
        assert sink.wait_for(1)[0]["Subject"] == "..."

`smtp_server(auth=("user", "pw"))` offers AUTH (without TLS, loopback only), accepts only that login and
records it in `sink.logins`.
`closed_port()` gives a port nobody listens on, for "the server is down" tests.
"""
from __future__ import annotations

import socket
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from typing import Iterator

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

HOST = "127.0.0.1"


def free_port() -> int:
    """A port free right now. aiosmtpd's Controller cannot take port 0 (it connects to its own port to
    check it is up), so we pick one first."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def closed_port() -> int:
    return free_port()


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    message: EmailMessage
    raw: bytes


@dataclass
class SmtpSink:
    host: str
    port: int
    received: list[Received] = field(default_factory=list)
    logins: list[str] = field(default_factory=list)
    _arrived: threading.Condition = field(default_factory=threading.Condition)

    @property
    def url(self) -> str:
        return f"smtp://{self.host}:{self.port}"

    @property
    def airflow_conn_uri(self) -> str:
        """For AIRFLOW_CONN_SMTP_DEFAULT: plain SMTP, no SSL, no STARTTLS."""
        return f"smtp://{self.host}:{self.port}?disable_ssl=true&disable_tls=true"

    @property
    def messages(self) -> list[EmailMessage]:
        return [r.message for r in self.received]

    def wait_for(self, count: int, timeout: float = 10.0) -> list[EmailMessage]:
        """The messages once at least `count` have arrived (the server thread may lag the client a moment)."""
        with self._arrived:
            self._arrived.wait_for(lambda: len(self.received) >= count, timeout=timeout)
        return self.messages

    # aiosmtpd handler hook
    async def handle_DATA(self, server, session, envelope):
        raw = envelope.original_content or envelope.content
        message = BytesParser(policy=policy.default).parsebytes(raw)
        with self._arrived:
            self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), message, raw))
            self._arrived.notify_all()
        return "250 OK"


def _authenticator(sink: SmtpSink, user: str, password: str):
    def check(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == user \
            and auth_data.password.decode() == password
        if ok:
            sink.logins.append(user)
        return AuthResult(success=ok, handled=False)
    return check


@contextmanager
def smtp_server(*, auth: tuple[str, str] | None = None) -> Iterator[SmtpSink]:
    last_error: Exception | None = None
    for _ in range(5):  # a port picked by free_port() can be taken by someone else before we bind it
        sink = SmtpSink(HOST, free_port())
        kwargs = {}
        if auth:
            # AUTH offered without TLS (loopback only); not *required*, which aiosmtpd warns about on every connection
            kwargs = dict(authenticator=_authenticator(sink, *auth), auth_require_tls=False)
        controller = Controller(sink, hostname=HOST, port=sink.port, **kwargs)
        try:
            controller.start()
        except Exception as exc:  # noqa: BLE001 - retried with another port
            last_error = exc
            continue
        try:
            yield sink
        finally:
            controller.stop()
        return
    raise RuntimeError(f"could not start an SMTP server on loopback: {last_error}")


@pytest.fixture
def smtp_sink() -> Iterator[SmtpSink]:
    with smtp_server() as sink:
        yield sink
