"""The garbage collector's settings for the time of a build (caseboard.pipeline.collector)."""

from __future__ import annotations

import gc
import subprocess
import sys
import weakref

import pytest

from caseboard.pipeline.collector import YOUNG_THRESHOLD, collector_for_builds


@pytest.fixture(autouse=True)
def _nothing_frozen_before() -> None:
    if gc.get_freeze_count():
        pytest.skip("the test process froze objects itself")


def test_objects_alive_before_are_frozen_for_the_block_and_released_after() -> None:
    thresholds = gc.get_threshold()
    with collector_for_builds():
        assert gc.get_freeze_count() > 0
        assert gc.get_threshold() == (max(thresholds[0], YOUNG_THRESHOLD), *thresholds[1:])
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == thresholds


def test_settings_are_restored_when_the_build_fails() -> None:
    thresholds = gc.get_threshold()
    with pytest.raises(KeyboardInterrupt), collector_for_builds():
        raise KeyboardInterrupt
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == thresholds


# Run in a fresh interpreter: in the test process another thread (a server, a pool's feeder left by
# an earlier test) may free a frozen object between two counts, and the count would drop by itself.
_CALLER_FROZE = """
import gc
from caseboard.pipeline.collector import collector_for_builds
gc.freeze()
try:
    frozen = gc.get_freeze_count()
    with collector_for_builds():
        assert gc.get_freeze_count() == frozen
    assert gc.get_freeze_count() == frozen  # not unfrozen on the caller's behalf
finally:
    gc.unfreeze()
"""


def test_a_callers_own_frozen_objects_stay_frozen() -> None:
    done = subprocess.run([sys.executable, "-c", _CALLER_FROZE], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


class _Node:
    def __init__(self) -> None:
        self.other: _Node | None = None


def test_cycles_made_during_the_block_are_still_collected() -> None:
    with collector_for_builds():
        a, b = _Node(), _Node()
        a.other, b.other = b, a
        alive = weakref.ref(a)
        del a, b
        gc.collect()
        assert alive() is None
