"""The supervisor's dialog a scanning page keeps open while an arrival is undone (the check-in
page, a panel's door): the controller's refusal is shown in it, its success closes it, and when
it closes the scan input has the focus again for the next guest."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from summit_desk.ui.supervisor_dialog import SupervisorDialog


class UndoDialogKeeper:
    def __init__(self, scan_input: QWidget) -> None:
        self.dialog: SupervisorDialog | None = None
        self._scan_input = scan_input

    def open(self, dialog: SupervisorDialog, undo: Callable[[str, str, str], None]) -> None:
        """Show ``dialog``; its supervisor, PIN and reason go to ``undo``."""
        dialog.submitted.connect(undo)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()

    def refused(self, message: str) -> None:
        if self.dialog is not None:
            self.dialog.show_error(message)

    def finished(self, _person: object) -> None:
        if self.dialog is not None:
            self.dialog.accept()

    def _closed(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self._scan_input.setFocus(Qt.FocusReason.OtherFocusReason)
