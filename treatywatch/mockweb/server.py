"""Serve the mock outlet web (in the spirit of Scrapy's tests/mockserver): a Twisted web server in its own process.

    python -m treatywatch.mockweb.server [--port 0] [--day YYYY-MM-DD] [--bench N]

prints its base URL on the first stdout line, then serves until killed. Point the registry at it with
outlets_base_url (TREATYWATCH_OUTLETS_BASE_URL) = that URL.
"""
from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone

from treatywatch.outlets import rewrite_url


def default_day() -> date:
    """Yesterday (UTC): the data interval a daily run made today covers."""
    return datetime.now(timezone.utc).date() - timedelta(days=1)


def make_resource(site):
    from twisted.web.resource import Resource
    from twisted.web.server import NOT_DONE_YET

    from treatywatch.mockweb.site import FAULT_STATUS, HANGING_HOST

    class MockResource(Resource):
        isLeaf = True

        def render_GET(self, request):
            path = request.uri.decode("utf-8", "replace").split("#", 1)[0]
            host = path.split("/", 2)[1] if path.count("/") >= 1 else ""
            if host == HANGING_HOST:
                # hold the connection: the client's download timeout has to end it
                request.notifyFinish().addErrback(lambda _failure: None)
                return NOT_DONE_YET
            if host == FAULTS_HOST:
                return render_fault(request, path)
            if host in FAULT_STATUS:
                request.setResponseCode(FAULT_STATUS[host])
                request.setHeader(b"content-type", b"text/html; charset=utf-8")
                return f"<html><body><h1>{FAULT_STATUS[host]}</h1></body></html>".encode()
            page = site.lookup(path)
            if page is None:
                request.setResponseCode(404)
                request.setHeader(b"content-type", b"text/html; charset=utf-8")
                return b"<html><body><h1>404 Not Found</h1></body></html>"
            # validators, and conditional requests answered as a real server would (304, no body)
            etag = b'"' + hashlib.md5(page.body).hexdigest()[:16].encode() + b'"'
            request.setHeader(b"etag", etag)
            request.setHeader(b"last-modified", site.last_modified.encode())
            if page.status == 200 and (request.getHeader(b"if-none-match") == etag or (
                    request.getHeader(b"if-none-match") is None
                    and request.getHeader(b"if-modified-since") == site.last_modified.encode())):
                request.setResponseCode(304)
                return b""
            request.setResponseCode(page.status)
            request.setHeader(b"content-type", page.content_type.encode())
            return page.body

        render_HEAD = render_GET

    return MockResource()


FAULTS_HOST = "faults.example"
FAULT_KINDS = ("ratelimited", "reset", "loop", "huge", "binary", "sjis", "sjisbare", "malformed", "emptyfeed",
               "brokensitemap")
_SJIS_PAGE = ("<html lang=\"ja\"><head>{meta}<title>北方領土の墓参 再開求める</title></head><body><article>"
              "<h1>北方領土の墓参 再開求める</h1><p>北方領土の元島民らが、中断している墓参の再開を政府に求めました。"
              "元島民の平均年齢は八十八歳を超え、残された時間は多くないと訴えています。</p>"
              "<p>政府はロシア側に対し、人道的な観点から交流事業の再開を引き続き求めていく方針です。</p>"
              "</article></body></html>")


def render_fault(request, path: str) -> bytes:
    """/faults.example/<kind>/feed.xml lists /faults.example/<kind>/a1; the article (or listing) misbehaves."""
    parts = path.split("/")
    kind, leaf = (parts[2] if len(parts) > 2 else ""), (parts[3] if len(parts) > 3 else "")
    base = f"{request.getHeader(b'host').decode()}"
    article = f"http://{base}/{FAULTS_HOST}/{kind}/a1"
    if leaf == "feed.xml":
        items = "" if kind == "emptyfeed" else f"<item><title>a1</title><link>{article}</link></item>"
        request.setHeader(b"content-type", b"application/rss+xml")
        return f'<?xml version="1.0"?><rss version="2.0"><channel><title>{kind}</title>{items}</channel></rss>'.encode()
    if leaf == "sitemap.xml":  # cut off in the middle of an entry
        request.setHeader(b"content-type", b"application/xml")
        return (f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>'
                f"{article}</loc></url><url><loc>http://{base}/{FAULTS_HOST}/{kind}/a2").encode()
    if kind == "ratelimited":
        request.setResponseCode(429)
        request.setHeader(b"retry-after", b"1")
        return b"<html><body>Too Many Requests</body></html>"
    if kind == "reset":  # headers promise more than is sent, then the connection is cut
        request.setHeader(b"content-type", b"text/html; charset=utf-8")
        request.setHeader(b"content-length", b"100000")
        request.write(b"<html><body><p>The beginning of an article that never ends")
        request.transport.abortConnection()
        from twisted.web.server import NOT_DONE_YET
        return NOT_DONE_YET
    if kind == "loop":  # an endless chain of redirects, each to a new URL (a plain self-redirect is a duplicate)
        n = int(request.args.get(b"n", [b"0"])[0] or 0) + 1
        request.setResponseCode(302)
        request.setHeader(b"location", f"/{FAULTS_HOST}/loop/a1?n={n}".encode())
        return b""
    if kind == "huge":  # 50 MB, announced: the crawler's DOWNLOAD_MAXSIZE refuses it
        request.setHeader(b"content-type", b"text/html; charset=utf-8")
        return b"<html><body>" + b"<p>filler paragraph</p>" * (50 * 1024 * 1024 // 22) + b"</body></html>"
    if kind == "binary":
        request.setHeader(b"content-type", b"application/pdf")
        return b"%PDF-1.4\n" + bytes(range(256)) * 64
    if kind in ("sjis", "sjisbare"):
        meta = '<meta charset="shift_jis">' if kind == "sjis" else ""
        request.setHeader(b"content-type", b"text/html; charset=shift_jis" if kind == "sjis" else b"text/html")
        return _SJIS_PAGE.format(meta=meta).encode("shift_jis")
    if kind == "malformed":
        request.setHeader(b"content-type", b"text/html; charset=utf-8")
        return (b"<html><head><title>Envoy meets fishermen</title><body><div><p>The Russian consul general in Sapporo met "
                b"representatives of Hokkaido fishing cooperatives on Thursday to discuss the safety of boats "
                b"working near the disputed islands.<p>Both sides agreed to keep a hotline open during the "
                b"autumn season, a cooperative official said.</div></span></table><p>The meeting came after two boats "
                b"were briefly held by Russian border guards last month for what Moscow called a violation of the "
                b"agreed fishing zone. Tokyo protested the detentions through diplomatic channels.<p>Fishermen said "
                b"they wanted clear rules more than anything else, because a single detention can cost a small "
                b"cooperative a whole season of income. <b>The consul promised to pass their concerns on to Moscow"
                b"<i>, the official added.")
    request.setResponseCode(404)
    return b"<html><body>no such fault</body></html>"


def serve(port: int = 0, day: date | None = None, bench: int = 0, host: str = "127.0.0.1") -> None:
    from twisted.internet import reactor
    from twisted.web.server import Site

    from treatywatch.mockweb.site import MockSite

    holder = {}
    factory = Site(_Lazy(holder))
    factory.log = lambda _request: None  # no access log: the benchmark serves thousands of pages
    listener = reactor.listenTCP(port, factory, interface=host)
    base_url = f"http://{host}:{listener.getHost().port}"
    holder["resource"] = make_resource(MockSite(base_url, day or default_day(), bench))
    print(base_url, flush=True)
    reactor.run()


class _Lazy:
    """The site is built after listening (its links need the port); delegate to it once built."""
    def __init__(self, holder):
        self.holder = holder

    def __getattr__(self, name):
        return getattr(self.holder["resource"], name)


class MockWeb:
    """Run the mock web in a subprocess on a free port:  with MockWeb(day=...) as web: web.base_url"""

    def __init__(self, day: date | str | None = None, bench: int = 0, port: int = 0):
        self.day = date.fromisoformat(day) if isinstance(day, str) else (day or default_day())
        self.bench = bench
        self.port = port
        self.base_url: str | None = None
        self.proc: subprocess.Popen | None = None

    def start(self) -> "MockWeb":
        cmd = [sys.executable, "-m", "treatywatch.mockweb.server", "--port", str(self.port),
               "--day", self.day.isoformat(), "--bench", str(self.bench)]
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline().strip()
        if not line.startswith("http"):
            err = self.proc.stderr.read() if self.proc.poll() is not None else ""
            self.stop()
            raise RuntimeError(f"mock web did not start: {line!r} {err[-2000:]}")
        self.base_url = line
        return self

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self.proc:
            for stream in (self.proc.stdout, self.proc.stderr):
                if stream:
                    stream.close()

    def url(self, original: str) -> str:
        """Where the mock web serves an outlet's real URL."""
        return rewrite_url(original, self.base_url)

    def __enter__(self) -> "MockWeb":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--day", type=date.fromisoformat, default=None, help="day the feeds are dated (default yesterday UTC)")
    parser.add_argument("--bench", type=int, default=0, help="also serve N generated article pages")
    args = parser.parse_args(argv)
    serve(args.port, args.day, args.bench, args.host)


if __name__ == "__main__":
    main()
