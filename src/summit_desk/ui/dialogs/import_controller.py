"""Checks a file, then imports it with an administrator's PIN, each in a worker.

Cancel stops waiting for the answer; the work itself cannot be interrupted (an import is one
transaction, so it lands whole or not at all), and a late answer is ignored.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal, SignalInstance, Slot

from summit_desk.domain.values import Role
from summit_desk.services.context import DeskContext
from summit_desk.services.importing import ImportReport, ImportService
from summit_desk.services.operators import OperatorService
from summit_desk.ui.tasks import Task, start


class ImportController(QObject):
    checked = Signal(str)  # the dry run's report: the file can be imported
    imported = Signal(str)  # the import's report
    refused = Signal(str)  # every problem, or why the PIN was refused
    busy = Signal(bool)

    def __init__(self, context: DeskContext, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.lang = lang
        self._current: _Answer | None = None
        self._task: Task | None = None
        self.waiting = False

    def check(self, path: Path, create_delegations: bool) -> None:
        context = self.context

        def work() -> ImportReport:
            return ImportService(context).run(
                path, dry_run=True, create_delegations=create_delegations
            )

        self._start(work, self.checked)

    def run_import(self, path: Path, create_delegations: bool, admin: str, pin: str) -> None:
        context = self.context

        def work() -> ImportReport:
            acting = OperatorService(context).authorise(admin, pin, Role.ADMIN, "action.import")
            return ImportService(acting).run(path, create_delegations=create_delegations)

        self._start(work, self.imported)

    def cancel(self) -> None:
        """Stop waiting: whatever the worker answers later is dropped."""
        self._current = None
        self._set_waiting(False)

    def _start(self, work: Callable[[], ImportReport], done: SignalInstance) -> None:
        answer = _Answer(self, done)
        task = Task(work, self.lang)
        task.signals.succeeded.connect(answer.succeeded)
        task.signals.failed.connect(answer.failed)
        self._current = answer
        self._task = task
        self._set_waiting(True)
        start(task)

    def _answered(self, answer: _Answer, report: ImportReport | None, refusal: str) -> None:
        answer.deleteLater()
        if answer is not self._current:
            return  # cancelled, or a newer question is being answered
        self._current = None
        self._set_waiting(False)
        if report is None:
            self.refused.emit(refusal)
        else:
            answer.done.emit(report.message(self.lang))

    def _set_waiting(self, waiting: bool) -> None:
        self.waiting = waiting
        self.busy.emit(waiting)


class _Answer(QObject):
    """Receives one task's answer in the GUI thread; dies with the controller, so a dialog
    closed while the worker runs is never called back."""

    def __init__(self, controller: ImportController, done: SignalInstance) -> None:
        super().__init__(controller)
        self.controller = controller
        self.done = done

    @Slot(object)
    def succeeded(self, report: ImportReport) -> None:
        self.controller._answered(self, report, "")

    @Slot(str)
    def failed(self, message: str) -> None:
        self.controller._answered(self, None, message)
