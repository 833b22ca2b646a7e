"""Registers a walk-in in the background (ui/tasks.py) and, if asked, checks them in at once."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from summit_desk.domain.errors import ImportRejected, SummitDeskError
from summit_desk.domain.values import CheckInResult, PersonSummary
from summit_desk.services.checkin import CheckInService
from summit_desk.services.context import DeskContext
from summit_desk.services.registration import RegistrationService
from summit_desk.ui.tasks import Runner

REGISTER = "register"


@dataclass(frozen=True)
class WalkInOutcome:
    person: PersonSummary | None = None
    rejected: ImportRejected | None = None
    check_in: CheckInResult | None = None
    check_in_error: str = ""  # registered, but the check-in was refused: why


class WalkInController(QObject):
    """Decides what the form's answer means; the dialog only shows it."""

    registered = Signal(object)  # WalkInOutcome with a person
    rejected = Signal(object)  # ImportRejected: each problem names its field
    failed = Signal(str)  # anything else, already in the user's language
    busy = Signal(bool)

    def __init__(self, context: DeskContext, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.lang = lang
        self.runner = Runner(lang, self)
        self.runner.serial(REGISTER)

    def submit(self, fields: Mapping[str, str], check_in: bool) -> None:
        context, lang, values = self.context, self.lang, dict(fields)

        def work() -> WalkInOutcome:
            try:
                person = RegistrationService(context).register(values)
            except ImportRejected as exc:
                return WalkInOutcome(rejected=exc)
            if not check_in:
                return WalkInOutcome(person=person)
            try:
                result = CheckInService(context).check_in_person(person.id)
            except SummitDeskError as exc:  # registered all the same: say so, not fail
                return WalkInOutcome(person=person, check_in_error=exc.message(lang))
            return WalkInOutcome(person=result.person or person, check_in=result)

        self.busy.emit(True)
        self.runner.run(REGISTER, work, self._on_done, self._on_failed)

    def _on_done(self, outcome: WalkInOutcome) -> None:
        self.busy.emit(False)
        if outcome.rejected is not None:
            self.rejected.emit(outcome.rejected)
        else:
            self.registered.emit(outcome)

    def _on_failed(self, message: str) -> None:
        self.busy.emit(False)
        self.failed.emit(message)
