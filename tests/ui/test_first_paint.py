"""The desk can be told to quit once its window has painted (the bundle's test and the start-up
timings use it), and says so with the runtime it painted under."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from summit_desk.ui.first_paint import PAINTED, QuitAfterFirstPaint, describe_runtime


def test_the_window_closes_and_the_desk_quits_after_its_first_paint(
    qtbot: QtBot, capsys: pytest.CaptureFixture[str]
) -> None:
    window = QLabel("Summit Desk")
    window.setWindowTitle("میز پذیرش اجلاس")
    qtbot.addWidget(window)
    quits: list[str] = []
    watcher = QuitAfterFirstPaint(window, 0.05, lambda: quits.append("quit"))
    assert not watcher.painted  # nothing painted before the window shows
    window.show()
    qtbot.waitUntil(lambda: quits == ["quit"])
    assert watcher.painted
    assert not window.isVisible()
    font = QApplication.font().family()
    said = f"{PAINTED} (title «میز پذیرش اجلاس», font {font}; {describe_runtime()});"
    assert f"{said} quitting in 50 ms" in capsys.readouterr().err


def test_a_window_never_shown_is_never_quit(qtbot: QtBot) -> None:
    shown, hidden = QLabel("shown"), QLabel("hidden")
    qtbot.addWidget(shown)
    qtbot.addWidget(hidden)
    quits: list[str] = []
    watcher = QuitAfterFirstPaint(hidden, 0, lambda: quits.append("hidden"))
    # The shown window's own watcher tells when its paint events have gone by.
    QuitAfterFirstPaint(shown, 0, lambda: quits.append("shown"))
    shown.show()
    qtbot.waitUntil(lambda: "shown" in quits)
    assert not watcher.painted and quits == ["shown"]


def test_the_runtime_says_whether_the_reference_count_guard_is_on() -> None:
    import summit_desk.ui  # noqa: F401  (applies the guard where this PySide6 needs it)
    from summit_desk.ui.qt_compat import pyside_drops_references

    needed = sys.version_info < (3, 12) and pyside_drops_references()
    expected = "refcount guard on" if needed else "refcount guard off"
    assert describe_runtime().endswith(expected)
