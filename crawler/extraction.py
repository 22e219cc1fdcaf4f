"""Article extraction off the reactor: a few forked worker processes (TREATYWATCH_EXTRACT_WORKERS, default 2).

Extraction (trafilatura on a parsed tree) is what a crawl costs; run inside a callback it blocks the
reactor, so fetching stops while a page is extracted and AutoThrottle counts the extraction time as the
site's latency. In worker processes, fetching and extraction overlap and the measured latency is the
site's own.

Why not concurrent.futures.ProcessPoolExecutor: its feeder and management threads fight the reactor
thread for the GIL on every submit (measured: ~3 ms of the reactor's time per page, 2.9 s for 1,000
pages). Here each worker is a plain fork joined by two pipes; the event loop reads results as the pipe
becomes readable, so no thread is involved. A worker that dies fails its one page (counted) and the
others carry on; with no worker left, extraction runs inline. 0 workers extracts inline from the start.

The workers are forked at spider_opened: after the engine is built, before any connection is open and
before anything else starts a thread, with the extractor already imported (no import per worker).
"""
from __future__ import annotations

import asyncio
import logging
import os
import pickle
import struct
import traceback
from collections import deque

from scrapy import signals

log = logging.getLogger(__name__)
_HEADER = struct.Struct("!Q")


def extract_page(body: bytes, url: str, selectors: dict | None, encoding: str | None,
                 date_hint: str | None) -> tuple[dict, str]:
    """(fields, the page decoded as extraction read it): what the spider needs from one article page.

    The decoded page is what the item keeps as raw HTML, so a re-extraction reads the same text
    (Scrapy's own decoding can differ for pages served without a charset).
    """
    from treatywatch.extract_html import decode_html, extract_article

    html = decode_html(body, encoding)
    return extract_article(html, url, selectors, date_hint=date_hint), html


class WorkerDied(RuntimeError):
    pass


def _read_exact(fd: int, n: int) -> bytes | None:
    chunks, got = [], 0
    while got < n:
        chunk = os.read(fd, min(n - got, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        got += len(chunk)
    return b"".join(chunks)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _worker_main(req_fd: int, res_fd: int) -> None:
    """The forked worker: read (args) messages, answer ("ok", result) or ("error", text); stop at EOF."""
    while True:
        header = _read_exact(req_fd, _HEADER.size)
        if header is None:
            return
        payload = _read_exact(req_fd, _HEADER.unpack(header)[0])
        if payload is None:
            return
        try:
            answer = ("ok", extract_page(*pickle.loads(payload)))
        except Exception:  # the page's problem, reported to the spider
            answer = ("error", traceback.format_exc(limit=3))
        data = pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL)
        _write_all(res_fd, _HEADER.pack(len(data)) + data)


class _Worker:
    def __init__(self, siblings: list[_Worker] = ()):
        req_r, req_w = os.pipe()
        res_r, res_w = os.pipe()
        pid = os.fork()
        if pid == 0:  # child: never returns into Scrapy
            code = 0
            try:
                for fd in [req_w, res_r] + [f for w in siblings for f in (w.req_fd, w.res_fd)]:
                    os.close(fd)  # a sibling's request pipe held open here would never see EOF
                _worker_main(req_r, res_w)
            except BaseException:
                code = 1
            finally:
                os._exit(code)
        os.close(req_r)
        os.close(res_w)
        self.pid, self.req_fd, self.res_fd = pid, req_w, res_r
        os.set_blocking(res_r, False)
        self.buffer = bytearray()
        self.future: asyncio.Future | None = None

    def close(self, wait: bool = True) -> None:
        for fd in (self.req_fd, self.res_fd):
            try:
                os.close(fd)
            except OSError:
                pass
        if not wait:
            return
        try:
            os.waitpid(self.pid, 0)
        except ChildProcessError:
            pass


class ExtractorPool:
    def __init__(self, workers: int, crawler=None):
        self.workers = max(0, int(workers))
        self.crawler = crawler
        self._idle: deque[_Worker] = deque()
        self._all: list[_Worker] = []
        self._waiting: deque[tuple[tuple, asyncio.Future]] = deque()
        self._loop: asyncio.AbstractEventLoop | None = None

    @classmethod
    def from_crawler(cls, crawler):
        pool = cls(crawler.settings.getint("TREATYWATCH_EXTRACT_WORKERS", 2), crawler)
        crawler.signals.connect(pool.open, signal=signals.spider_opened)
        crawler.signals.connect(pool.close, signal=signals.spider_closed)
        return pool

    def _inc(self, key: str) -> None:
        if self.crawler is not None:
            self.crawler.stats.inc_value(key)

    def open(self, spider=None) -> None:
        import treatywatch.extract_html  # noqa: F401  (imported once, inherited by the forks)

        if not self.workers:
            return
        self._loop = asyncio.get_event_loop()
        for _ in range(self.workers):
            worker = _Worker(self._all)
            self._all.append(worker)
            self._idle.append(worker)
            self._loop.add_reader(worker.res_fd, self._readable, worker)

    async def extract(self, body: bytes, url: str, selectors: dict | None = None, encoding: str | None = None,
                      date_hint: str | None = None) -> tuple[dict, str]:
        args = (body, url, selectors, encoding, date_hint)
        if not self._all:
            return extract_page(*args)
        future = self._loop.create_future()
        self._waiting.append((args, future))
        self._dispatch()
        try:
            return await future
        except WorkerDied:
            self._inc("treatywatch/extract_worker_died")
            raise

    def _dispatch(self) -> None:
        while self._idle and self._waiting:
            worker = self._idle.popleft()
            args, future = self._waiting.popleft()
            data = pickle.dumps(args, protocol=pickle.HIGHEST_PROTOCOL)
            try:
                _write_all(worker.req_fd, _HEADER.pack(len(data)) + data)
            except OSError:
                self._waiting.appendleft((args, future))
                self._drop(worker)
                continue
            worker.future = future

    def _readable(self, worker: _Worker) -> None:
        try:
            chunk = os.read(worker.res_fd, 1 << 20)
        except BlockingIOError:
            return
        except OSError:
            chunk = b""
        if not chunk:
            self._drop(worker)
            return
        worker.buffer += chunk
        while len(worker.buffer) >= _HEADER.size:
            size = _HEADER.unpack_from(worker.buffer)[0]
            if len(worker.buffer) < _HEADER.size + size:
                break
            status, value = pickle.loads(bytes(worker.buffer[_HEADER.size:_HEADER.size + size]))
            del worker.buffer[:_HEADER.size + size]
            future, worker.future = worker.future, None
            if future is not None and not future.done():
                if status == "ok":
                    future.set_result(value)
                else:
                    future.set_exception(RuntimeError(value))
            self._idle.append(worker)
        self._dispatch()

    def _drop(self, worker: _Worker) -> None:
        """A worker that died (killed, out of memory): fail its page, go on with the others, or inline."""
        log.warning("extraction worker %s died", worker.pid)
        self._loop.remove_reader(worker.res_fd)
        if worker in self._idle:
            self._idle.remove(worker)
        self._all.remove(worker)
        if worker.future is not None and not worker.future.done():
            worker.future.set_exception(WorkerDied(f"extraction worker {worker.pid} died"))
        worker.close()
        if not self._all:  # nobody left: whatever waits is extracted inline
            waiting, self._waiting = self._waiting, deque()
            for args, future in waiting:
                try:
                    future.set_result(extract_page(*args))
                except Exception as exc:
                    future.set_exception(exc)

    def close(self, spider=None) -> None:
        for worker in self._all:  # every request pipe closed first: each worker sees EOF and exits
            if self._loop is not None:
                self._loop.remove_reader(worker.res_fd)
            worker.close(wait=False)
        for worker in self._all:
            try:
                os.waitpid(worker.pid, 0)
            except ChildProcessError:
                pass
        self._all.clear()
        self._idle.clear()
