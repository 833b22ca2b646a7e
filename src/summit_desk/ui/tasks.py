"""Work off the GUI thread: a QRunnable that reports through signals owned by a QObject.

Lifetime is the hard part with PySide6. A runnable the pool deletes after ``run()`` leaves a
dangling Python wrapper, and one that Python frees while the pool thread is still returning from
``run()`` is used after it is freed. So the pool never deletes a task, and this module keeps every
started task until a later ``start()`` at least a second after it finished, by which time the
pool thread has long returned from it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from summit_desk.domain.errors import SummitDeskError


class TaskSignals(QObject):
    succeeded = Signal(object)
    failed = Signal(str)


class Task(QRunnable):
    """Runs ``work`` in the thread pool; a user's error comes back as its message, never raised."""

    def __init__(self, work: Callable[[], Any], lang: str) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.work = work
        self.lang = lang
        self.signals = TaskSignals()
        self.finished_at: float | None = None  # monotonic time, set as run() ends

    def run(self) -> None:
        try:
            self._run()
        finally:
            self.finished_at = time.monotonic()

    def _run(self) -> None:
        try:
            result = self.work()
        except SummitDeskError as exc:
            self.signals.failed.emit(exc.message(self.lang))
        except Exception as exc:  # shown as one line; the traceback goes to the log
            from summit_desk.crashlog import write_crash_log
            from summit_desk.domain.messages import render

            log = write_crash_log(exc)
            self.signals.failed.emit(
                render("internal", self.lang, kind=type(exc).__name__, log=log)
            )
        else:
            self.signals.succeeded.emit(result)


_GRACE_S = 1.0
_keep: list[Task] = []
_keep_lock = threading.Lock()


def start(task: Task, pool: QThreadPool | None = None) -> None:
    """Run ``task`` in ``pool`` (the global one by default), keeping it alive as long as needed."""
    with _keep_lock:
        now = time.monotonic()
        _keep[:] = [t for t in _keep if t.finished_at is None or now - t.finished_at < _GRACE_S]
        _keep.append(task)
    (pool or QThreadPool.globalInstance()).start(task)
