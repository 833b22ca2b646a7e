"""Keeping a page in step with the database without freezing the window: the query runs in the
thread pool (ui/tasks.py), on request and on a timer, and only the newest answer is shown.

Several desks write to one database, so a page that shows arrivals asks again every few seconds
while it is visible. A tick that finds a query still running skips its turn, so a slow database
never piles queries up; an answer to a request that has since been superseded (the day changed,
the desk asked again) is dropped rather than shown for a moment.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from summit_desk.ui.tasks import Task, start


class _Relay(QObject):
    """Lives in the GUI thread, so a worker's signal reaches the refresher queued, with the
    number of the request it answers; it also keeps the task alive until it has reported.

    It has no Qt parent: Python owns it, and the refresher lets go of it only outside its own
    slot (a ``deleteLater`` still pending when the refresher goes makes PySide6 crash)."""

    def __init__(self, serial: int, task: Task, refresher: Refresher) -> None:
        super().__init__()
        self.serial = serial
        self.task = task
        self.refresher = refresher
        task.signals.succeeded.connect(self.succeeded)
        task.signals.failed.connect(self.failed)

    @Slot(object)
    def succeeded(self, result: object) -> None:
        self.refresher._answer(self, result)

    @Slot(str)
    def failed(self, message: str) -> None:
        self.refresher._failure(self, message)


class Refresher(QObject):
    """Runs ``query`` off the GUI thread; emits ``answered`` with the newest result only."""

    answered = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        query: Callable[[], object],
        lang: str,
        interval_ms: int,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.query = query
        self.lang = lang
        self._serial = 0
        self._running: set[_Relay] = set()
        self._finished: list[_Relay] = []  # let go of at the next request
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def request(self, query: Callable[[], object] | None = None) -> None:
        """Ask now (``query``, or the refresher's own); whatever is still running will be
        dropped when it answers."""
        self._finished.clear()
        self._serial += 1
        relay = _Relay(self._serial, Task(query or self.query, self.lang), self)
        self._running.add(relay)
        start(relay.task)

    def resume(self) -> None:
        """The page is shown: poll, and ask at once unless an answer is on its way."""
        self.timer.start()
        if not self.busy:
            self.request()

    def start_polling(self) -> None:
        self.timer.start()

    def stop_polling(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        if not self._running:
            self.request()

    def _done(self, relay: _Relay) -> bool:
        """Forget ``relay``; true when it answers the newest request."""
        self._running.discard(relay)
        self._finished.append(relay)
        return relay.serial == self._serial

    def _answer(self, relay: _Relay, result: object) -> None:
        if self._done(relay):
            self.answered.emit(result)

    def _failure(self, relay: _Relay, message: str) -> None:
        if self._done(relay):
            self.failed.emit(message)
