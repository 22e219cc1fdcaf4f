"""The analysis pool: results as the stdlib pool gives them, without its worker handler waking per result."""
import multiprocessing.pool
import os
import time

import pytest

from treatywatch.process_pool import fork_pool


def _payload(n):
    return bytes(100_000) + n.to_bytes(4, "little")


def _exit_now():
    os._exit(3)


@pytest.fixture
def handler_rounds(monkeypatch):
    """How many times the pools' worker-handler threads went round their loop (once per wake-up)."""
    rounds = []
    real = multiprocessing.pool.Pool._maintain_pool  # a staticmethod

    def counting(*args):
        rounds.append(1)
        return real(*args)

    monkeypatch.setattr(multiprocessing.pool.Pool, "_maintain_pool", staticmethod(counting))
    return rounds


def test_results_in_order_and_the_handler_does_not_wake_per_result(handler_rounds):
    pool = fork_pool(2)
    try:
        results = [pool.map_async(_payload, range(k * 50, (k + 1) * 50), chunksize=1) for k in range(4)]
        got = [r for res in results for r in res.get(timeout=60)]
    finally:
        pool.close()
        pool.join()
    assert [int.from_bytes(r[-4:], "little") for r in got] == list(range(200))
    # 200 result messages of 100 KB: the stdlib pool's handler wakes at least once for each
    assert len(handler_rounds) < 20


def test_a_worker_that_dies_is_still_replaced():
    pool = fork_pool(1)
    try:
        first = pool.apply_async(os.getpid).get(timeout=30)
        pool.apply_async(_exit_now)  # kills the worker: its sentinel wakes the handler, which starts another
        deadline = time.monotonic() + 30
        pid = first
        while pid == first and time.monotonic() < deadline:
            pid = pool.apply_async(os.getpid).get(timeout=30)
        assert pid != first
    finally:
        pool.terminate()
        pool.join()



def _ignore_sigterm(*_):
    pass


def test_workers_die_on_sigterm_whatever_handler_the_parent_has():
    """A SIGTERM handler that does not exit (an earlier test's, Airflow's) would be inherited by the forked
    workers: one that `terminate()` signals while it waits for the task queue's lock (a worker the handler thread
    started behind its back) would live on, and the pool's join wait for ever (a CI run hung so)."""
    import signal

    previous = signal.signal(signal.SIGTERM, _ignore_sigterm)
    try:
        pool = fork_pool(1)
        try:
            assert pool.apply_async(signal.getsignal, (signal.SIGTERM,)).get(timeout=30) == signal.SIG_DFL
        finally:
            pool.terminate()
            pool.join()
    finally:
        signal.signal(signal.SIGTERM, previous)
