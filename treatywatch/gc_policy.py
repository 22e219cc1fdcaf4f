"""Fewer cyclic garbage collections while a long ingest runs.

An ingest holds hundreds of thousands of long-lived objects (the novelty index's items and postings, the run's
band rows, candidate caches) and allocates millions of short-lived ones (regex matches, rows, lists). With
CPython's default thresholds (a young collection every 700 net allocations) the collector's passes were about
a fifth of the storing process's CPU time. The pipeline makes few reference cycles, and every memory it keeps
is bounded by an explicit cap, so collecting far less often changes nothing but the time: the collector still
runs, every YOUNG_THRESHOLD allocations instead of every 700.
"""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

YOUNG_THRESHOLD = 50_000  # net allocations between young collections (CPython's default: 700)
OLDER_THRESHOLDS = (20, 100)  # young (then middle) collections between collections of the next generation


def apply() -> tuple[int, int, int]:
    """Set the ingest thresholds in this process; the previous ones are returned."""
    previous = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, *OLDER_THRESHOLDS)
    return previous


@contextmanager
def fewer_collections() -> Iterator[None]:
    """The ingest thresholds for the duration of the block, the caller's restored after it."""
    previous = apply()
    try:
        yield
    finally:
        gc.set_threshold(*previous)


@contextmanager
def frozen_for_fork() -> Iterator[None]:
    """Around forking workers: the parent's objects moved out of the collector's sight, so that a child's
    collections do not touch (and copy, page by page) the memory it shares with its parent."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
