"""The one way to work off the GUI thread: a ``Runner`` that a controller owns.

How a controller uses it::

    self.runner = Runner(lang, self)
    self.runner.serial("check-in")  # writes: one at a time, in the order the desk made them
    ...
    self.runner.run("search", lambda: people.find(query), self._found, self._search_failed)
    self.runner.run("check-in", work, self._show_result, self._show_error, stales=("search",))

* Jobs go to *channels*, named by the controller. A channel answers only its newest job: a job
  started on a channel makes the answers of the jobs still running there stale, and a stale
  answer is dropped, never shown for a moment. ``drop(channel)`` drops them without a new job.
* A serial channel (``serial(name)``) runs one job at a time in the order they were started, and
  every answer is delivered: that is where writes go.
* Other channels share Qt's global thread pool; ``dedicate(name, threads)`` gives one its own
  threads, so that what the desk waits for (the check-in's search) never queues behind a badge
  batch or another page's polling.
* A write that changes what a channel reads names it in ``stales``: when the write answers, a
  job still running on that channel (it may have read before the write) is dropped and asked
  again, so the desk sees the newest answer of the newest data.
* ``done`` gets the work's result in the GUI thread; ``failed`` gets a user's error
  (``SummitDeskError``) as its message in the desk's language, or one line for a bug whose
  traceback goes to the crash log. Work never raises into Qt.
* ``run_batch`` gives the work a ``Batch``: ``report(done, total)`` reaches ``progress`` in the
  GUI thread, and ``cancelled()`` turns true after ``cancel(channel)``.
* ``busy(channel)`` / ``busy()``; ``idle`` is emitted when the last job has answered;
  ``wait_idle(ms)`` runs the event loop until then (tests, closing the window): no sleeping.
* ``Refresher`` keeps a page current: one channel asked on request and on a timer while shown.

Lifetime is the hard part with PySide6. A runnable the pool deletes after ``run()`` leaves a
dangling Python wrapper, and one that Python frees while the pool thread is still returning from
``run()`` is used after it is freed. So the pool never deletes a task, and this module keeps every
started task until a later start at least a second after it finished, by which time the pool
thread has long returned from it. The answers reach the runner through its own slots, so a
runner deleted with its page is never called back.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from summit_desk.domain.errors import SummitDeskError

Done = Callable[[Any], None]
Failed = Callable[[str], None]
Progress = Callable[[int, int], None]


class Batch:
    """What a batch's work may use from its thread."""

    def __init__(self, job: int, signals: _TaskSignals) -> None:
        self._job = job
        self._signals = signals
        self._cancel = threading.Event()

    def report(self, done: int, total: int) -> None:
        """Progress, queued to the GUI thread."""
        self._signals.progress.emit(self._job, done, total)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class _TaskSignals(QObject):
    succeeded = Signal(int, object)  # job, result
    failed = Signal(int, str)  # job, the user's message
    progress = Signal(int, int, int)  # job, done, total


class _Task(QRunnable):
    """Runs ``work`` in a pool thread; a user's error comes back as its message, never raised."""

    def __init__(self, job: int, work: Callable[[Batch], Any], lang: str) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.job = job
        self.work = work
        self.lang = lang
        self.signals = _TaskSignals()
        self.batch = Batch(job, self.signals)
        self.finished_at: float | None = None  # monotonic time, set as run() ends

    def run(self) -> None:
        try:
            self._run()
        finally:
            self.finished_at = time.monotonic()

    def _run(self) -> None:
        try:
            result = self.work(self.batch)
        except SummitDeskError as exc:
            self.signals.failed.emit(self.job, exc.message(self.lang))
        except Exception as exc:  # shown as one line; the traceback goes to the log
            from summit_desk.crashlog import write_crash_log
            from summit_desk.domain.messages import render

            log = write_crash_log(exc)
            message = render("internal", self.lang, kind=type(exc).__name__, log=log)
            self.signals.failed.emit(self.job, message)
        else:
            self.signals.succeeded.emit(self.job, result)


_GRACE_S = 1.0
_keep: list[_Task] = []
_keep_lock = threading.Lock()


def _start(task: _Task, pool: QThreadPool) -> None:
    """Run ``task`` in ``pool``, keeping it alive as long as the pool thread may touch it."""
    with _keep_lock:
        now = time.monotonic()
        _keep[:] = [t for t in _keep if t.finished_at is None or now - t.finished_at < _GRACE_S]
        _keep.append(task)
    pool.start(task)


@dataclass(eq=False)
class _Job:
    number: int
    channel: str
    work: Callable[[Batch], Any]
    done: Done
    failed: Failed | None
    progress: Progress | None
    discard: Done | None
    stales: tuple[str, ...]
    task: _Task | None = None
    dropped: bool = False  # its answer will not be delivered


@dataclass
class _Channel:
    pool: QThreadPool | None = None  # its own threads; None: Qt's global pool
    serial: bool = False  # every answer delivered, in order
    running: list[_Job] = field(default_factory=list)


class Runner(QObject):
    """Runs a controller's work off the GUI thread; see the module's docstring."""

    idle = Signal()

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._channels: dict[str, _Channel] = {}
        self._jobs: dict[int, _Job] = {}
        self._next = 0

    # --- starting ------------------------------------------------------------------------------
    def serial(self, channel: str) -> None:
        """Make ``channel`` serial: one job at a time, in order, every answer delivered."""
        self.dedicate(channel, 1)
        self._channel(channel).serial = True

    def dedicate(self, channel: str, threads: int) -> None:
        """Give ``channel`` threads of its own (closing the runner waits for them)."""
        pool = QThreadPool(self)
        pool.setMaxThreadCount(threads)
        self._channel(channel).pool = pool

    def run(
        self,
        channel: str,
        work: Callable[[], Any],
        done: Done,
        failed: Failed | None = None,
        *,
        stales: Iterable[str] = (),
        discard: Done | None = None,
    ) -> int:
        """Run ``work`` on ``channel``; ``done(result)`` or ``failed(message)`` follows unless
        the answer is stale (then ``discard(result)``, if given, may free what it holds)."""
        return self.run_batch(
            channel, lambda _batch: work(), done, failed, stales=stales, discard=discard
        )

    def run_batch(
        self,
        channel: str,
        work: Callable[[Batch], Any],
        done: Done,
        failed: Failed | None = None,
        *,
        progress: Progress | None = None,
        stales: Iterable[str] = (),
        discard: Done | None = None,
    ) -> int:
        """``run`` for work that reports progress and can be cancelled: its number."""
        self._next += 1
        job = _Job(self._next, channel, work, done, failed, progress, discard, tuple(stales))
        self._start(job)
        return job.number

    def _start(self, job: _Job) -> None:
        chan = self._channel(job.channel)
        if not chan.serial:
            self._drop_running(chan)  # only the newest answer of a channel is shown
        task = _Task(job.number, job.work, self.lang)
        task.signals.succeeded.connect(self._succeeded)
        task.signals.failed.connect(self._failed)
        task.signals.progress.connect(self._progress)
        job.task = task
        chan.running.append(job)
        self._jobs[job.number] = job
        _start(task, chan.pool or QThreadPool.globalInstance())

    # --- stale answers and cancelling ----------------------------------------------------------
    def drop(self, channel: str) -> None:
        """The answers of the jobs running on ``channel`` are no longer wanted."""
        self._drop_running(self._channel(channel))

    def stale(self, channel: str) -> None:
        """What ``channel``'s running job reads has changed: drop its answer and ask again."""
        chan = self._channel(channel)
        assert not chan.serial, "a serial channel's jobs are writes: never run twice"
        wanted = [job for job in chan.running if not job.dropped]
        for job in wanted:
            self._start(
                _Job(
                    self._renumber(),
                    job.channel,
                    job.work,
                    job.done,
                    job.failed,
                    job.progress,
                    job.discard,
                    job.stales,
                )
            )

    def cancel(self, channel: str) -> None:
        """Ask the batches running on ``channel`` to stop; their answers still come."""
        for job in self._channel(channel).running:
            if job.task is not None:
                job.task.batch.cancel()

    def _renumber(self) -> int:
        self._next += 1
        return self._next

    def _drop_running(self, chan: _Channel) -> None:
        for job in chan.running:
            job.dropped = True

    # --- state ---------------------------------------------------------------------------------
    def busy(self, channel: str | None = None) -> bool:
        """Whether a job (of ``channel``, or of any) has still to answer, wanted or not."""
        if channel is None:
            return bool(self._jobs)
        chan = self._channels.get(channel)
        return chan is not None and bool(chan.running)

    def wait_idle(self, timeout_ms: int = 30_000) -> bool:
        """Run the event loop until every job has answered (true) or ``timeout_ms`` passed."""
        if not self._jobs:
            return True
        loop = QEventLoop()
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        self.idle.connect(loop.quit)
        timer.start(timeout_ms)
        loop.exec()
        timer.stop()
        self.idle.disconnect(loop.quit)
        return not self._jobs

    def _channel(self, name: str) -> _Channel:
        return self._channels.setdefault(name, _Channel())

    # --- answers, in the GUI thread ------------------------------------------------------------
    def _finish(self, number: int) -> _Job | None:
        job = self._jobs.pop(number, None)
        if job is not None:
            self._channel(job.channel).running.remove(job)
        return job

    def _after(self, job: _Job) -> None:
        for channel in job.stales:
            self.stale(channel)
        if not self._jobs:
            self.idle.emit()

    @Slot(int, object)
    def _succeeded(self, number: int, result: object) -> None:
        job = self._finish(number)
        if job is None:
            return
        if job.dropped:
            if job.discard is not None:
                job.discard(result)
        else:
            job.done(result)
        self._after(job)

    @Slot(int, str)
    def _failed(self, number: int, message: str) -> None:
        job = self._finish(number)
        if job is None:
            return
        if not job.dropped and job.failed is not None:
            job.failed(message)
        self._after(job)

    @Slot(int, int, int)
    def _progress(self, number: int, done: int, total: int) -> None:
        job = self._jobs.get(number)
        if job is not None and not job.dropped and job.progress is not None:
            job.progress(done, total)


class Refresher(QObject):
    """Keeps a page in step with the database: ``query`` runs on the runner's ``channel`` on
    request and, while polling, on a timer; ``answered``/``failed`` carry the newest answer.

    Several desks write to one database, so a page that shows arrivals asks again every few
    seconds while it is visible. A tick that finds a query still running skips its turn, so a
    slow database never piles queries up."""

    answered = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        runner: Runner,
        channel: str,
        query: Callable[[], object],
        interval_ms: int,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.channel = channel
        self.query = query
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)

    @property
    def busy(self) -> bool:
        return self.runner.busy(self.channel)

    def request(self, query: Callable[[], object] | None = None) -> None:
        """Ask now (``query``, or the refresher's own); an answer still on its way is dropped."""
        self.runner.run(self.channel, query or self.query, self.answered.emit, self.failed.emit)

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
        if not self.busy:
            self.request()
