"""Python's cyclic garbage is collected in the GUI thread only.

The collector runs in whichever thread happens to allocate when a generation fills up: with the
Runner's jobs in pool threads (ui/tasks.py), that can be a pool thread, which then finalises a
cycle holding a Qt object made in the GUI thread and deletes it from the wrong thread. PySide6
crashes there (seen in the UI suite: a segmentation fault "Garbage-collecting" inside a
dashboard query's job). So automatic collection is switched off while the desk runs, and a
timer in the GUI thread collects each generation when it is as full as the collector's own
thresholds would have made it collect.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_EVERY_MS = 500


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = CHECK_EVERY_MS) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.was_enabled = gc.isenabled()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect)
        self.timer.start(interval_ms)

    def collect(self) -> None:
        counts = gc.get_count()
        # as CPython does: a younger generation's collection may make an older one due
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                return

    def stop(self) -> None:
        """Automatic collection as it was before (tests: the next test may not run Qt). What is
        left is collected by the next collector's timer, or by the collector itself in a test
        with no Runner threads; a full collection here would cost every UI test ~50 ms."""
        self.timer.stop()
        if self.was_enabled:
            gc.enable()
