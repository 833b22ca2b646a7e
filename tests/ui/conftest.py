from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def persian(qapp: QApplication) -> Iterator[QApplication]:
    """The desk in Persian, in its interface font; English again after the test."""
    from summit_desk.ui.i18n import install_interface_font, install_language

    install_language(qapp, "fa")
    install_interface_font(qapp)
    yield qapp
    install_language(qapp, "en")


@pytest.fixture(autouse=True)
def garbage_in_the_gui_thread(qapp: QApplication) -> Iterator[None]:
    """As the desk does (ui/gc_guard.py): while a UI test runs, cycles are collected by a timer
    in the GUI thread, never by a Runner job's thread."""
    from summit_desk.ui.gc_guard import MainThreadCollector

    collector = MainThreadCollector()
    yield
    collector.stop()
    collector.deleteLater()
