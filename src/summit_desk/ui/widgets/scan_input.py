"""The desk's one input: a person types into it, and a keyboard-wedge scanner types into it too.

A scanner types a whole code in a burst (a few milliseconds a character) and ends it with Enter;
nobody types that fast. The input reports what it saw, the burst and the keys that leave it;
the controller decides what they mean.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

# Scanners type a character every 1-15 ms; the fastest typists need 60 ms or more.
BURST_GAP_S = 0.035
# A badge code has 28 characters; anything shorter than this is not a scan.
BURST_MIN_CHARS = 6
# A scanner sends its Enter straight after the code.
ENTER_GAP_S = 0.1


class ScanInput(QLineEdit):
    entered = Signal(str, str)  # the whole text, and the part typed in one burst ("" if none)
    down_pressed = Signal()
    escape_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self._last_key_at = 0.0
        self._burst_start = 0  # where in the text the present run of fast keys began

    def burst_text(self) -> str:
        """The text typed since the last pause, if it came as fast as a scanner types it."""
        text = self.text()[min(self._burst_start, len(self.text())) :]
        if len(text) < BURST_MIN_CHARS or time.perf_counter() - self._last_key_at > ENTER_GAP_S:
            return ""
        return text

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            burst = self.burst_text()
            self._burst_start = len(self.text())
            self.entered.emit(self.text(), burst)
            event.accept()
            return
        if key == Qt.Key.Key_Down:
            self.down_pressed.emit()
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            self.escape_pressed.emit()
            event.accept()
            return
        if event.text() and event.text().isprintable():
            now = time.perf_counter()
            if now - self._last_key_at > BURST_GAP_S or not self.text():
                self._burst_start = (
                    self.selectionStart() if self.hasSelectedText() else self.cursorPosition()
                )
            self._last_key_at = now
        super().keyPressEvent(event)

    def reset(self) -> None:
        self.clear()
        self._burst_start = 0
        self._last_key_at = 0.0
