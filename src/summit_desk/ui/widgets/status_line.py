"""A page's status line under its actions (badges, seating): what was done, in the page's own
colour, or what went wrong, in the desk's red."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

ERROR_LOOK = "color: #B0211B; font-weight: bold;"


class StatusLine(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)

    def show_text(self, text: str) -> None:
        self.setStyleSheet("")
        self.setText(text)

    def show_error(self, message: str) -> None:
        self.setStyleSheet(ERROR_LOOK)
        self.setText(message)
