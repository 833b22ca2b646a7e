"""Work off the GUI thread: a QRunnable that reports through signals owned by a QObject."""

from __future__ import annotations

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
        self.work = work
        self.lang = lang
        self.signals = TaskSignals()

    def run(self) -> None:
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


def start(task: Task) -> None:
    QThreadPool.globalInstance().start(task)
