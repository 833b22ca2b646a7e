"""Quitting the desk a set time after its window first painted: for the bundle's test and for
start-up timings, where nobody is there to close the window.

``SUMMIT_DESK_QUIT_AFTER=SECONDS`` (read by ``app.run_gui``) turns it on; it is not an option of
the command line because an operator never needs it. The line it writes on stderr when the
window has painted is what the test reads: an exit status alone would not show that Qt drew
anything. The line also gives the window's title and the interface font (which show that the
translations and fonts were found) and whether ``qt_compat``'s reference-count guard is on, so
that a frozen build can be seen to carry all three.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

import PySide6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

QUIT_AFTER_ENV = "SUMMIT_DESK_QUIT_AFTER"
PAINTED = "summit-desk: the window has painted"
# qt_compat raises the singletons' counts by 2**40; no ordinary run comes near 2**39.
_GUARDED = 1 << 39


def describe_runtime() -> str:
    version = ".".join(str(part) for part in sys.version_info[:3])
    guard = "on" if sys.getrefcount(None) >= _GUARDED else "off"
    return f"Python {version}, PySide6 {PySide6.__version__}, refcount guard {guard}"


def describe_window(window: QWidget) -> str:
    return f"title «{window.windowTitle()}», font {QApplication.font().family()}"


class QuitAfterFirstPaint(QObject):
    """Watches the application's paint events until one lands in ``window`` (or, with None, in
    the first top-level window to paint: the log-in dialog that comes before the desk), then,
    ``seconds`` later, closes that window and calls ``quit``."""

    def __init__(self, window: QWidget | None, seconds: float, quit: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._milliseconds = max(0, round(seconds * 1000))
        self._quit = quit
        self.painted = False
        app = QApplication.instance()
        assert app is not None, "a QApplication comes first"
        self._app = app
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self.painted
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and (self._window is None or watched.window() is self._window)
        ):
            # Paint events are many; stop watching them at the first one.
            self._app.removeEventFilter(self)
            self.painted = True
            window = watched.window()
            print(
                f"{PAINTED} ({describe_window(window)}; {describe_runtime()});"
                f" quitting in {self._milliseconds} ms",
                file=sys.stderr,
                flush=True,
            )
            QTimer.singleShot(self._milliseconds, window.close)
            QTimer.singleShot(self._milliseconds, self._quit)
        return False
