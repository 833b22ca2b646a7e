"""A supervisor gives the chosen people new badges: name, PIN and a reason kept with them."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from summit_desk.domain.persian import to_persian_digits
from summit_desk.ui.supervisor_dialog import SupervisorDialog


class ReissueDialog(SupervisorDialog):
    def __init__(self, count: int, lang: str, parent: QWidget | None = None) -> None:
        number = to_persian_digits(count) if lang == "fa" else str(count)
        super().__init__(
            self.tr("Reissue badges"),
            question=self.tr("Give %1 people new badges?").replace("%1", number),
            explanation=self.tr(
                "Each gets a new badge with a new code; the old badge scans as replaced from "
                "then on. A supervisor must confirm with their name and PIN."
            ),
            reason_example=self.tr("For example: badge lost"),
            confirm=self.tr("Reissue"),
            parent=parent,
        )
