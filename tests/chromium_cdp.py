"""Headless Chromium driven over the DevTools protocol on a pipe (`--remote-debugging-pipe`: no port, no
websocket library): load a page, collect console errors, uncaught exceptions and failed loads, take a PNG.

    with Chromium() as browser:
        page = browser.render(Path("digest.html"), width=390, height=844)
        page.errors, page.png, page.evaluate_result
"""
from __future__ import annotations

import base64
import fcntl
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
         "--hide-scrollbars", "--remote-debugging-pipe"]
GUARD_SECONDS = 90  # a hung browser fails the test instead of hanging it (not a timing assertion)


def chromium_path() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


@dataclass
class Rendered:
    png: bytes
    errors: list[str] = field(default_factory=list)
    probe: object = None  # the value of the `probe` expression evaluated after load


class CdpError(RuntimeError):
    pass


def _high_fd(fd: int) -> int:
    new = fcntl.fcntl(fd, fcntl.F_DUPFD, 10)
    os.close(fd)
    return new


class Chromium:
    def __init__(self, binary: str | None = None):
        self.binary = binary or chromium_path()
        if not self.binary:
            raise FileNotFoundError("chromium not found")

    def __enter__(self) -> "Chromium":
        self._profile = tempfile.mkdtemp(prefix="tw-chromium-")
        cmd_r, self._cmd_w = os.pipe()
        self._res_r, res_w = os.pipe()
        cmd_r, res_w = _high_fd(cmd_r), _high_fd(res_w)

        def wire():  # the browser reads commands on fd 3 and writes answers on fd 4
            os.dup2(cmd_r, 3)
            os.dup2(res_w, 4)

        self.proc = subprocess.Popen([self.binary, *FLAGS, f"--user-data-dir={self._profile}", "about:blank"],
                                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL, pass_fds=(3, 4), preexec_fn=wire)
        os.close(cmd_r)
        os.close(res_w)
        self._buffer, self._next_id, self.events = b"", 0, []
        return self

    def __exit__(self, *exc) -> None:
        try:
            self._send("Browser.close", wait=False)
        except OSError:
            pass
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self._cmd_w)
        os.close(self._res_r)
        shutil.rmtree(self._profile, ignore_errors=True)

    # --- protocol ---------------------------------------------------------------------------------------------
    def _read_message(self, deadline: float) -> dict:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._res_r], [], [], left)[0]:
                raise CdpError("no answer from chromium")
            chunk = os.read(self._res_r, 1 << 16)
            if not chunk:
                raise CdpError("chromium closed the pipe")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(raw)

    def _send(self, method: str, params: dict | None = None, session: str | None = None, wait: bool = True):
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._cmd_w, json.dumps(message).encode() + b"\0")
        if not wait:
            return None
        deadline = time.monotonic() + GUARD_SECONDS
        while True:
            reply = self._read_message(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise CdpError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def _wait_event(self, name: str, session: str) -> dict:
        for event in self.events:
            if event.get("method") == name and event.get("sessionId") == session:
                return event
        deadline = time.monotonic() + GUARD_SECONDS
        while True:
            event = self._read_message(deadline)
            self.events.append(event)
            if event.get("method") == name and event.get("sessionId") == session:
                return event

    # --- one page ---------------------------------------------------------------------------------------------
    def render(self, page: Path, *, width: int, height: int, scale: float = 1, mobile: bool = False,
               probe: str | None = None) -> Rendered:
        target = self._send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self._send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page.enable", "Runtime.enable", "Log.enable"):
            self._send(domain, session=session)
        self._send("Emulation.setDeviceMetricsOverride",
                   {"width": width, "height": height, "deviceScaleFactor": scale, "mobile": mobile}, session)
        self.events.clear()
        self._send("Page.navigate", {"url": Path(page).resolve().as_uri()}, session)
        self._wait_event("Page.loadEventFired", session)
        value = None
        if probe:
            value = self._send("Runtime.evaluate", {"expression": probe, "returnByValue": True},
                               session)["result"].get("value")
        size = self._send("Page.getLayoutMetrics", session=session)["cssContentSize"]
        shot = self._send("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": width, "height": max(height, size["height"]), "scale": 1}}, session)
        self._send("Target.closeTarget", {"targetId": target})
        return Rendered(base64.b64decode(shot["data"]), self._errors(session), value)

    def _errors(self, session: str) -> list[str]:
        errors = []
        for e in self.events:
            if e.get("sessionId") != session:
                continue
            p = e.get("params", {})
            if e.get("method") == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
                errors.append("console: " + " ".join(str(a.get("value", a.get("description"))) for a in p["args"]))
            elif e.get("method") == "Runtime.exceptionThrown":
                errors.append("exception: " + p["exceptionDetails"].get("text", ""))
            elif e.get("method") == "Log.entryAdded" and p["entry"].get("level") == "error":
                errors.append(f"log: {p['entry'].get('text')} {p['entry'].get('url', '')}".strip())
        return errors


def png_size(png: bytes) -> tuple[int, int]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
