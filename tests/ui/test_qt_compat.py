"""A desk makes millions of Qt calls in a day: none of them may wear out None or True."""

from __future__ import annotations

import os
import subprocess
import sys

LONG_DAY = """
import sys
import summit_desk.ui  # applies the guard
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel

class Beacon(QObject):
    ping = Signal()

app = QApplication([])
label, beacon = QLabel(), Beacon()
for _ in range(200_000):
    label.setText("x")
    beacon.ping.emit()
print("ok")
"""


def test_two_hundred_thousand_qt_calls_do_not_abort_the_desk() -> None:
    result = subprocess.run(
        [sys.executable, "-c", LONG_DAY],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok"


def test_without_the_guard_a_faulty_pyside_would_abort() -> None:
    """The negative control: the same day without summit_desk.ui's guard."""
    from summit_desk.ui.qt_compat import pyside_drops_references

    bare = LONG_DAY.replace("import summit_desk.ui  # applies the guard\n", "")
    result = subprocess.run(
        [sys.executable, "-c", bare],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert (result.returncode != 0) == pyside_drops_references()
