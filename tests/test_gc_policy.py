"""The collector's thresholds during an ingest (its workers included) and the caller's restored after it."""
import gc

import pytest

from tests.sample_articles import LAVROV_TASS, record
from treatywatch import analysis, gc_policy, ingest


def test_thresholds_are_the_callers_again_after_the_block_even_when_it_fails():
    before = gc.get_threshold()
    with pytest.raises(RuntimeError):
        with gc_policy.fewer_collections():
            assert gc.get_threshold() == (gc_policy.YOUNG_THRESHOLD, *gc_policy.OLDER_THRESHOLDS)
            raise RuntimeError("boom")
    assert gc.get_threshold() == before


def test_freezing_for_a_fork_leaves_nothing_frozen():
    with gc_policy.frozen_for_fork():
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0


def _threshold(_record):
    return gc.get_threshold()


def test_pool_workers_collect_as_seldom_as_the_storing_process():
    pool = analysis.make_pool(2)
    try:
        seen = set(pool.map(_threshold, range(8)))
    finally:
        pool.close()
        pool.join()
    assert seen == {(gc_policy.YOUNG_THRESHOLD, *gc_policy.OLDER_THRESHOLDS)}


def test_ingest_sets_the_thresholds_while_it_runs_and_restores_them(db_url, monkeypatch):
    seen = []
    real = ingest.Pipeline.store

    def store(self, a, summary, now):
        seen.append(gc.get_threshold())
        return real(self, a, summary, now)

    monkeypatch.setattr(ingest.Pipeline, "store", store)
    before = gc.get_threshold()
    ingest.ingest_records(db_url, [record("https://tass.com/politics/1", LAVROV_TASS, outlet="tass")])
    assert seen == [(gc_policy.YOUNG_THRESHOLD, *gc_policy.OLDER_THRESHOLDS)]
    assert gc.get_threshold() == before
