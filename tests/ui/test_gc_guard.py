"""Cycles are collected in the GUI thread, never in a Runner job's thread (ui/gc_guard.py)."""

from __future__ import annotations

import gc
import threading

from pytestqt.qtbot import QtBot

from summit_desk.ui.gc_guard import MainThreadCollector
from summit_desk.ui.tasks import Runner


class Cycle:
    """Garbage in a reference cycle that says in which thread it was finalised."""

    def __init__(self, seen: list[str]) -> None:
        self.me = self
        self.seen = seen

    def __del__(self) -> None:
        self.seen.append(threading.current_thread().name)


def allocate() -> int:
    """A job that allocates enough containers to fill the youngest generation many times."""
    return len([[n] for n in range(200_000)])


def finalised_in(qtbot: QtBot) -> list[str]:
    seen: list[str] = []
    Cycle(seen)  # unreachable at once: only the cyclic collector can free it
    runner = Runner("en")
    runner.run("work", allocate, lambda _n: None, lambda _m: None)
    assert runner.wait_idle(10_000)
    # The job freed what it allocated; the GUI thread keeps a generation's worth, so that the
    # collector's timer has something due (as a desk always does, sooner or later).
    kept = [[n] for n in range(gc.get_threshold()[0] * 2)]
    qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
    del kept
    return seen


def test_a_cycle_is_finalised_in_the_gui_thread_though_a_job_allocated(qtbot: QtBot) -> None:
    # tests/ui/conftest.py runs every UI test under the collector, as the desk runs
    assert not gc.isenabled()
    assert finalised_in(qtbot) == [threading.main_thread().name]


def test_without_it_the_job_thread_would_finalise_the_cycle(qtbot: QtBot) -> None:
    """The negative control: with automatic collection on, the job's thread collects."""
    gc.enable()
    try:
        seen = finalised_in(qtbot)
    finally:
        gc.disable()
    assert seen != [threading.main_thread().name]


def test_the_collector_gives_automatic_collection_back_when_stopped() -> None:
    gc.enable()
    collector = MainThreadCollector()
    assert not gc.isenabled()
    collector.stop()
    assert gc.isenabled()
    gc.disable()  # as the UI fixture left it
