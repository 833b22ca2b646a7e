"""Checks a file, then imports it with an administrator's PIN, each in a worker.

Cancel stops waiting for the answer; the work itself cannot be interrupted (an import is one
transaction, so it lands whole or not at all), and a late answer is dropped: the runner
(ui/tasks.py) delivers only the newest answer of its channel, and ``drop`` none.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Signal, SignalInstance

from summit_desk.domain.values import Role
from summit_desk.services.context import DeskContext
from summit_desk.services.importing import ImportReport, ImportService
from summit_desk.services.operators import OperatorService
from summit_desk.ui.tasks import Runner

IMPORT = "import"


class ImportController(QObject):
    checked = Signal(str)  # the dry run's report: the file can be imported
    imported = Signal(str)  # the import's report
    refused = Signal(str)  # every problem, or why the PIN was refused
    busy = Signal(bool)

    def __init__(self, context: DeskContext, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.lang = lang
        self.runner = Runner(lang, self)
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
        self.runner.drop(IMPORT)
        self._set_waiting(False)

    def _start(self, work: Callable[[], ImportReport], done: SignalInstance) -> None:
        self._set_waiting(True)
        self.runner.run(IMPORT, work, partial(self._answered, done), self._refused)

    def _answered(self, done: SignalInstance, report: ImportReport) -> None:
        self._set_waiting(False)
        done.emit(report.message(self.lang))

    def _refused(self, refusal: str) -> None:
        self._set_waiting(False)
        self.refused.emit(refusal)

    def _set_waiting(self, waiting: bool) -> None:
        self.waiting = waiting
        self.busy.emit(waiting)
