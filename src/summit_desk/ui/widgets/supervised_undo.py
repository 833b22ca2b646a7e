"""A supervisor's undo of a journal entry, as both scanning pages ask it (an arrival at the
check-in page, an entry at a panel's door): the answer's checks before anything is asked of the
services, then one job that logs the supervisor in and appends the undo line, through the desk's
link with the line's UUID drawn once, so that an undo the server committed as the connection
dropped is one line after the merge (services.offline)."""

from __future__ import annotations

from collections.abc import Callable
from uuid import UUID

from PySide6.QtCore import QCoreApplication

from summit_desk.domain.values import PersonSummary, Role
from summit_desk.services.context import DeskContext
from summit_desk.services.offline import linked_call_once
from summit_desk.services.operators import OperatorService

Undo = Callable[[DeskContext, UUID], PersonSummary]  # (the supervisor's context, the line's UUID)


def refusal(supervisor: str, pin: str, reason: str) -> str | None:
    """Why the supervisor's answer cannot be acted on, in the desk's language, or None."""
    if not supervisor.strip() or not pin:
        return QCoreApplication.translate("SupervisedUndo", "Give the supervisor's name and PIN.")
    if not reason.split():
        return QCoreApplication.translate(
            "SupervisedUndo", "Give a reason: it is kept in the check-in journal."
        )
    return None


def undo_job(
    context: DeskContext, supervisor: str, pin: str, action: str, undo: Undo
) -> Callable[[], PersonSummary]:
    """The runner's job: ``supervisor`` logs in for ``action``, then ``undo`` appends the line."""

    def work(line: UUID) -> PersonSummary:
        acting = OperatorService(context).authorise(supervisor, pin, Role.SUPERVISOR, action)
        return undo(acting, line)

    return lambda: linked_call_once(context, work)
