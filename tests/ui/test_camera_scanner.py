"""The camera widget, fed frames as its camera's video sink would feed them: it reads a code off
the GUI thread, only the newest frame that came during a decode, once per cool-down; and where
the camera extra or a camera is missing, its button is disabled and says why."""

from __future__ import annotations

import importlib.abc
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from camera_frames import GatedDecode, badge_frame, empty_frame
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from summit_desk.ui.i18n import install_language
from summit_desk.ui.widgets.camera_scanner import CameraScanner, FrameReader

CODE_A = "SD" + "A" * 26
CODE_B = "SD" + "B7" * 13
WAIT_MS = 10_000


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


def scanner_of(qtbot: QtBot, clock: Clock, **kwargs: object) -> CameraScanner:
    scanner = CameraScanner("en", clock=clock, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(scanner)
    qtbot.addWidget(scanner.toggle)
    return scanner


def test_a_frame_with_a_badge_gives_its_code(qtbot: QtBot, clock: Clock) -> None:
    scanner = scanner_of(qtbot, clock)
    with qtbot.waitSignal(scanner.code_read, timeout=WAIT_MS) as signal:
        scanner.frame(badge_frame(CODE_A))
    assert signal.args == [CODE_A]


def test_a_frame_without_a_code_gives_nothing(qtbot: QtBot, clock: Clock) -> None:
    scanner = scanner_of(qtbot, clock)
    codes: list[str] = []
    scanner.code_read.connect(codes.append)
    scanner.frame(empty_frame())
    assert scanner.reader.runner.wait_idle(WAIT_MS)
    assert scanner.reader.decoded == 1  # it was read, and held nothing
    assert codes == []


def test_the_same_code_is_let_through_once_within_the_cooldown(qtbot: QtBot, clock: Clock) -> None:
    scanner = scanner_of(qtbot, clock)
    codes: list[str] = []
    scanner.code_read.connect(codes.append)
    for seconds in (0.0, 0.5, 1.0):  # the badge held up for a second, frame after frame
        clock.now += seconds
        scanner.frame(badge_frame(CODE_A, seed=int(seconds * 10)))
        assert scanner.reader.runner.wait_idle(WAIT_MS)
    assert codes == [CODE_A]
    scanner.frame(badge_frame(CODE_B))  # the next guest's badge is read at once
    assert scanner.reader.runner.wait_idle(WAIT_MS)
    assert codes == [CODE_A, CODE_B]
    clock.now += 3.5  # out of sight for longer than the cool-down: shown again, read again
    scanner.frame(badge_frame(CODE_A))
    assert scanner.reader.runner.wait_idle(WAIT_MS)
    assert codes == [CODE_A, CODE_B, CODE_A]


def test_decoding_runs_off_the_gui_thread_which_keeps_ticking(qtbot: QtBot, clock: Clock) -> None:
    decode = GatedDecode()
    scanner = scanner_of(qtbot, clock, decode=decode)
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    scanner.frame(badge_frame(CODE_A))
    qtbot.waitUntil(decode.entered.is_set, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: len(ticks) >= 10, timeout=WAIT_MS)  # while the decode is held
    assert not decode.gate.is_set() and scanner.reader.decoded == 0
    with qtbot.waitSignal(scanner.code_read, timeout=WAIT_MS):
        decode.gate.set()
    timer.stop()
    assert threading.get_ident() not in decode.threads


def test_frames_coming_during_a_decode_are_dropped_but_the_newest(
    qtbot: QtBot, clock: Clock
) -> None:
    decode = GatedDecode()
    reader = FrameReader("en", decode=decode)
    seen: list[tuple[str, ...]] = []
    reader.codes_read.connect(seen.append)
    reader.offer(empty_frame())
    qtbot.waitUntil(decode.entered.is_set, timeout=WAIT_MS)
    for code in (CODE_A, "SD" + "C" * 26, CODE_B):  # three frames while the first is decoded
        reader.offer(badge_frame(code))
    decode.gate.set()
    assert reader.runner.wait_idle(WAIT_MS)
    assert (reader.offered, reader.decoded, reader.dropped) == (4, 2, 2)
    assert seen == [(CODE_B,)]  # the newest frame, and only it


def test_a_decode_answering_after_the_camera_stopped_is_not_shown(
    qtbot: QtBot, clock: Clock
) -> None:
    decode = GatedDecode()
    scanner = scanner_of(qtbot, clock, decode=decode)
    codes: list[str] = []
    scanner.code_read.connect(codes.append)
    scanner.frame(badge_frame(CODE_A))
    qtbot.waitUntil(decode.entered.is_set, timeout=WAIT_MS)
    scanner.reader.stop()
    decode.gate.set()
    assert scanner.reader.runner.wait_idle(WAIT_MS)
    assert scanner.reader.decoded == 1 and codes == []
    scanner.frame(badge_frame(CODE_A))  # the reader still reads after a stop
    assert scanner.reader.runner.wait_idle(WAIT_MS)
    assert codes == [CODE_A]


def test_a_decoder_that_fails_says_so_on_the_button_and_never_raises(
    qtbot: QtBot, clock: Clock, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr("summit_desk.crashlog.log_path", lambda: tmp_path / "crash.log")

    def broken(_frame: object) -> tuple[str, ...]:
        raise RuntimeError("the frame could not be mapped")

    scanner = scanner_of(qtbot, clock, decode=broken)
    scanner.frame(empty_frame())
    assert scanner.reader.runner.wait_idle(WAIT_MS)
    assert "RuntimeError" in scanner.toggle.toolTip()
    assert not scanner.active
    assert "could not be mapped" in (tmp_path / "crash.log").read_text(encoding="utf-8")


@pytest.fixture
def no_qt_multimedia(monkeypatch: pytest.MonkeyPatch) -> None:
    """A desk installed without the camera extra's PySide6-Addons."""
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)


def test_without_qt_multimedia_the_button_is_disabled_and_says_why(
    qtbot: QtBot, clock: Clock, no_qt_multimedia: None
) -> None:
    scanner = scanner_of(qtbot, clock)
    assert not scanner.toggle.isEnabled()
    assert "Qt Multimedia" in scanner.toggle.toolTip()
    assert "camera extra" in scanner.toggle.toolTip()
    scanner.set_active(True)  # as if the button had been pressed all the same
    assert not scanner.active and not scanner.toggle.isChecked() and not scanner.isVisible()


class BrokenLibrary(importlib.abc.MetaPathFinder):
    """Qt Multimedia installed, but the system lacks a library it links to (Linux's libpulse)."""

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        if name == "PySide6.QtMultimedia":
            raise ImportError("libpulse.so.0: cannot open shared object file")


def test_qt_multimedia_that_cannot_load_says_which_library_is_missing(
    qtbot: QtBot, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delitem(sys.modules, "PySide6.QtMultimedia", raising=False)
    monkeypatch.setattr(sys, "meta_path", [BrokenLibrary(), *sys.meta_path])
    scanner = scanner_of(qtbot, clock)
    assert not scanner.toggle.isEnabled()
    assert "libpulse.so.0" in scanner.toggle.toolTip()
    assert "could not be loaded" in scanner.toggle.toolTip()


def test_clicking_the_camera_button_leaves_the_focus_where_the_desk_types(
    qtbot: QtBot, clock: Clock
) -> None:
    assert scanner_of(qtbot, clock).toggle.focusPolicy() == Qt.FocusPolicy.TabFocus


def test_without_zxing_cpp_the_button_is_disabled_and_says_why(
    qtbot: QtBot, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "zxingcpp", None)
    scanner = scanner_of(qtbot, clock)
    assert not scanner.toggle.isEnabled()
    assert "zxing-cpp" in scanner.toggle.toolTip()


def test_with_everything_installed_the_button_is_disabled_only_for_want_of_a_camera(
    qtbot: QtBot, clock: Clock
) -> None:
    """The negative control of the two above: the reason is the first thing actually missing."""
    scanner = scanner_of(qtbot, clock)
    reason = scanner.unavailable()
    assert scanner.toggle.isEnabled() is (reason is None)
    if reason is not None:
        assert scanner.toggle.toolTip() == reason
        assert "zxing-cpp" not in reason  # the test extra installs it


@pytest.fixture
def persian(qapp: QApplication) -> Iterator[QApplication]:
    install_language(qapp, "fa")
    yield qapp
    install_language(qapp, "en")


def test_the_button_and_its_reason_are_in_persian(
    qtbot: QtBot, clock: Clock, persian: QApplication, no_qt_multimedia: None
) -> None:
    scanner = CameraScanner("fa", clock=clock)
    qtbot.addWidget(scanner)
    qtbot.addWidget(scanner.toggle)
    assert scanner.toggle.text() == "دوربین"
    assert "Qt Multimedia" in scanner.toggle.toolTip()
    assert "دوربین" in scanner.toggle.toolTip()
