"""The analysis workers' process pool: `multiprocessing.pool.Pool` without its worker handler's busy wait.

The stdlib pool's worker-handler thread waits on the workers' exit sentinels, its change notifier and the
result pipe. A result in the pipe wakes it, and until the result-handler thread has read and unpickled the
whole message (an ingest's chunk of analyses: some 170 KB) the pipe stays readable: the handler loops,
checking the workers, and takes the GIL from the thread it waits for. Measured on a 10,000-article ingest:
1.2-1.4 s of CPU in that thread, 3 % of the run's, for nothing. The results are the result handler's
business alone; workers that exit still wake it through their sentinels, and a drained cache or `close()`
through the notifier, as before.
"""
from __future__ import annotations

import multiprocessing
import multiprocessing.pool
import signal


class AnalysisPool(multiprocessing.pool.Pool):
    def _get_sentinels(self):
        return [self._change_notifier._reader]


def fork_pool(workers: int, initializer=None) -> AnalysisPool:
    """A pool of `workers` forked processes, which die on SIGTERM (see `_start_worker`)."""
    return AnalysisPool(workers, initializer=_start_worker, initargs=(initializer,),
                        context=multiprocessing.get_context("fork"))


def _start_worker(initializer) -> None:
    """A forked worker inherits the parent's signal handlers (Airflow's, a test's): one that does not exit leaves
    the worker, blocked on the task queue's lock, alive after `Pool.terminate()`, whose join then waits for ever
    (seen in CI: the parent had a SIGTERM handler of an earlier test). The default action ends it."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if initializer is not None:
        initializer()
