"""Under the pseudo-locale (English lengthened, words reversed, right to left) every page of the
desk and every dialog of its menu can be built and shown, and no button or label of the dialogs
is cut short. SUMMIT_DESK_SCREENSHOTS=DIR keeps a screenshot of each for a person to look at."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QHeaderView,
    QLabel,
    QWidget,
)
from pytestqt.qtbot import QtBot
from support.desk import make_context

from summit_desk.domain.values import Role
from summit_desk.services.context import DeskContext
from summit_desk.ui.dialogs import ImportDialog, SettingsDialog, WalkInDialog
from summit_desk.ui.i18n import RLM, install_language, pseudo_text
from summit_desk.ui.main_window import MainWindow

SCREENSHOTS_ENV = "SUMMIT_DESK_SCREENSHOTS"
SCREEN_WIDTH = 1366  # the venue's laptops


def save_screenshot(widget: QWidget, name: str, folder: Path) -> Path:
    """A PNG of ``widget`` as drawn now, in $SUMMIT_DESK_SCREENSHOTS if set, else ``folder``."""
    target = Path(os.environ.get(SCREENSHOTS_ENV) or folder)
    target.mkdir(parents=True, exist_ok=True)
    path = target / f"{name}.png"
    assert widget.grab().save(str(path)), path
    return path


@pytest.fixture
def pseudo(qapp: QApplication) -> Iterator[QApplication]:
    install_language(qapp, "pseudo")
    yield qapp
    install_language(qapp, "en")


@pytest.fixture
def desk(small_event: DeskContext) -> DeskContext:
    return make_context(
        small_event.database, role=Role.ADMIN, operator="desk", day=date(2025, 11, 18)
    )


def test_pseudo_text_is_longer_reversed_and_keeps_placeholders() -> None:
    text = pseudo_text("Arrived %1 of %2")
    assert text.startswith(f"{RLM}[!!! %2 of %1 Arrived") and text.endswith(f"!!!]{RLM}")
    assert len(text) >= 1.4 * len("Arrived %1 of %2")
    assert pseudo_text("a\nb").count("[!!!") == 2
    assert pseudo_text("") == ""


def test_the_interface_is_pseudo_translated_right_to_left(pseudo: QApplication) -> None:
    assert pseudo.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QCoreApplication.translate("WalkInDialog", "Register") == pseudo_text("Register")


def not_cut_short(dialog: QWidget) -> list[str]:
    """Texts of visible buttons and one-line labels narrower than they ask to be."""
    short = []
    for widget in dialog.findChildren(QWidget):
        one_line = isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and not widget.wordWrap()
        )
        if one_line and widget.isVisible() and widget.width() < widget.minimumSizeHint().width():
            short.append(widget.text())  # type: ignore[attr-defined]
    return short


def test_every_page_and_dialog_can_be_shown_under_the_pseudo_locale(
    qtbot: QtBot, desk: DeskContext, pseudo: QApplication, tmp_path: Path
) -> None:
    window = MainWindow(desk, "en")
    qtbot.addWidget(window)
    actions = window.desk_actions
    window.show()
    assert window.tabs is not None
    assert actions.walk_in.text() == pseudo_text("Walk-in registration…")
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.waitExposed(window)
        assert window.tabs.tabText(index).startswith(f"{RLM}[!!!")
        save_screenshot(window, f"pseudo-page-{index}", tmp_path)
    dialogs: list[QDialog] = [
        WalkInDialog(desk, "en", window),
        ImportDialog(desk, "en", window),
        SettingsDialog(parent=window),
    ]
    for dialog in dialogs:
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert dialog.windowTitle().startswith(f"{RLM}[!!!")
        assert not_cut_short(dialog) == [], type(dialog).__name__
        save_screenshot(dialog, f"pseudo-{type(dialog).__name__}", tmp_path)
        dialog.close()


def clipped_headers(page: QWidget) -> list[str]:
    """Headers of the page's tables whose text is wider than its section and not shortened
    with "…" (Qt's headers clip by default)."""
    clipped = []
    for header in page.findChildren(QHeaderView):
        if not header.isVisible() or header.orientation() != Qt.Orientation.Horizontal:
            continue
        model = header.model()
        for section in range(header.count()):
            if header.isSectionHidden(section) or header.sectionSize(section) == 0:
                continue
            text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
            needed = header.sectionSizeFromContents(section).width()
            elided = header.textElideMode() != Qt.TextElideMode.ElideNone
            if text and needed > header.sectionSize(section) and not elided:
                clipped.append(text)
    return clipped


def test_every_page_fits_a_1366_screen_with_whole_headers_under_the_pseudo_locale(
    qtbot: QtBot, desk: DeskContext, pseudo: QApplication, tmp_path: Path
) -> None:
    """The pseudo-locale's longer texts forced the dashboard to 1,402 px and clipped its day
    headers: each page's screenshot is taken at 1366 × 768 and checked."""
    window = MainWindow(desk, "en")
    qtbot.addWidget(window)
    window.resize(SCREEN_WIDTH, 768)
    window.show()
    qtbot.waitExposed(window)
    assert window.tabs is not None
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        page = window.tabs.currentWidget()
        refreshed = getattr(page, "refreshed", None)
        if refreshed is not None:  # a page of figures: wait for them
            with qtbot.waitSignal(refreshed, timeout=10_000):
                page.refresh()  # type: ignore[attr-defined]
        QApplication.processEvents()
        save_screenshot(window, f"pseudo-1366-page-{index}", tmp_path)
        assert window.minimumSizeHint().width() <= SCREEN_WIDTH, index
        assert window.width() <= SCREEN_WIDTH, index
        assert clipped_headers(page) == [], index
        assert not_cut_short(page) == [], index
