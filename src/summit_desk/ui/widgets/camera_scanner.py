"""Scanning badges with a webcam: the check-in page's camera button and its preview.

A desk that has lost its USB scanner holds badges up to the laptop's camera instead. The camera
(Qt Multimedia, from PySide6-Addons) shows its picture in the preview and hands every frame to
:meth:`CameraScanner.frame`, the slot its video sink calls (tests call it with a ``QImage``).
Frames are decoded off the GUI thread through the desk's one ``Runner`` (ui/tasks.py), on a
channel of one thread of its own: :class:`FrameReader` keeps only the newest frame that came
while a decode ran and drops the others, so a slow laptop reads fewer frames a second but never
falls behind the camera nor holds the GUI. A code read is let through once, then ignored while
it stays in view and for a few seconds after (services/qr_decode.py's ``Cooldown``);
``code_read`` hands it to the same check-in as a typed or USB-scanned code.

The camera is optional: without zxing-cpp, without Qt Multimedia, or without a camera, the
button is disabled and its tooltip says why. Starting and stopping the camera is
ui/widgets/camera.py's, shared with the photo dialog.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QHideEvent, QImage
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from summit_desk.services.qr_decode import Cooldown, GreyFrame, decoder_missing, read_codes
from summit_desk.ui.tasks import Runner
from summit_desk.ui.widgets.camera import CameraFeed, preview_widget

DECODE = "camera-decode"  # the runner's channel
PREVIEW = QSize(320, 240)
MAX_DECODE_WIDTH = 1280  # larger frames are scaled down first: modules stay several pixels wide

Decode = Callable[[Any], tuple[str, ...]]


def grey_frame(image: QImage) -> GreyFrame:
    """``image`` as 8-bit grey pixels, scaled down to ``MAX_DECODE_WIDTH`` if wider."""
    if image.width() > MAX_DECODE_WIDTH:
        image = image.scaledToWidth(MAX_DECODE_WIDTH, Qt.TransformationMode.FastTransformation)
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return GreyFrame(grey.width(), grey.height(), bytes(grey.constBits()), grey.bytesPerLine())


def decode_frame(frame: Any) -> tuple[str, ...]:
    """The codes in a ``QImage`` or a ``QVideoFrame`` (converted here, in the worker thread)."""
    image = frame if isinstance(frame, QImage) else frame.toImage()
    if image.isNull():
        return ()
    return read_codes(grey_frame(image))


class FrameReader(QObject):
    """Decodes frames one at a time off the GUI thread, keeping only the newest waiting frame."""

    codes_read = Signal(tuple)  # the texts of the codes in a frame (never empty)
    failed = Signal(str)

    def __init__(self, lang: str, parent: QObject | None = None, decode: Decode = decode_frame):
        super().__init__(parent)
        self.decode = decode
        self.runner = Runner(lang, self)
        self.runner.dedicate(DECODE, 1)  # never queued behind the desk's searches
        self._waiting: Any = None  # the newest frame that came while a decode ran
        self._running = False
        self._generation = 0  # answers of frames offered before stop() are not wanted
        self.offered = self.decoded = self.dropped = 0

    def offer(self, frame: Any) -> None:
        self.offered += 1
        if self._running:
            if self._waiting is not None:
                self.dropped += 1  # a newer frame came: the older one is never decoded
            self._waiting = frame
            return
        self._start(frame)

    def stop(self) -> None:
        """Forget the waiting frame; a decode still running answers to nobody."""
        self._generation += 1
        if self._waiting is not None:
            self.dropped += 1
        self._waiting = None

    def _start(self, frame: Any) -> None:
        self._running = True
        done = partial(self._done, self._generation)
        failed = partial(self._failed, self._generation)
        self.runner.run(DECODE, partial(self.decode, frame), done, failed)

    def _next(self) -> None:
        self._running = False
        frame, self._waiting = self._waiting, None
        if frame is not None:
            self._start(frame)

    def _done(self, generation: int, codes: tuple[str, ...]) -> None:
        self.decoded += 1
        self._next()
        if codes and generation == self._generation:
            self.codes_read.emit(codes)

    def _failed(self, generation: int, message: str) -> None:
        self._next()
        if generation == self._generation:
            self.failed.emit(message)


class CameraScanner(QWidget):
    """The camera's preview (shown while it runs); the page places ``toggle`` by its input."""

    code_read = Signal(str)  # a code the camera read, once per cool-down

    def __init__(
        self,
        lang: str,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        decode: Decode = decode_frame,
    ) -> None:
        super().__init__(parent)
        self.reader = FrameReader(lang, self, decode)
        self.cooldown = Cooldown(clock)
        self.feed = CameraFeed(self)
        self.active = False
        self.toggle = QPushButton(self.tr("Camera"))
        self.toggle.setObjectName("camera_toggle")
        self.toggle.setCheckable(True)
        self.toggle.setMinimumHeight(52)
        # Clicked, it leaves the focus in the input, where the desk types; Tab still reaches it.
        self.toggle.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.view = preview_widget(PREVIEW)
        self.hint = QLabel(self.tr("Hold the badge's code up to the camera."))
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(self.hint)
        self.hide()
        self.toggle.toggled.connect(self.set_active)
        self.reader.codes_read.connect(self._codes)
        self.reader.failed.connect(self._decode_failed)
        self.feed.frame_arrived.connect(self.frame)
        self.feed.stopped.connect(self._camera_failed)
        self.refresh()

    # --- whether there is a camera to use -----------------------------------------------------
    def unavailable(self) -> str | None:
        """Why the desk cannot scan with a camera, in the desk's language, or None."""
        if decoder_missing():
            return self.tr(
                "Scanning with a camera needs the zxing-cpp package: install Summit Desk with"
                " its camera extra."
            )
        return self.feed.unavailable()

    def refresh(self) -> None:
        """Enable the button, or disable it with the reason as its tooltip."""
        reason = self.unavailable()
        self.toggle.setEnabled(reason is None)
        self.toggle.setToolTip(reason or self.tr("Scan badges with this computer's camera"))
        if reason is not None and self.toggle.isChecked():
            self.toggle.setChecked(False)

    # --- running ------------------------------------------------------------------------------
    def set_active(self, on: bool) -> None:
        """Start or stop the camera (the button does this; so may the page)."""
        if on == self.active:
            return
        if on:
            problem = self._start_camera()
            if problem is not None:
                self.toggle.setChecked(False)
                self.toggle.setToolTip(problem)
                return
            self.active = True
            self.cooldown.clear()
            self.toggle.setText(self.tr("Stop the camera"))
            self.show()
        else:
            self.active = False
            self._stop_camera()
            self.reader.stop()
            self.toggle.setText(self.tr("Camera"))
            self.hide()
        self.toggle.setChecked(on)  # its toggled() comes back here and finds nothing to do

    def frame(self, frame: Any) -> None:
        """A camera frame (``QVideoFrame``) or a picture (``QImage``): read it when the reader
        is free, else keep it as the newest waiting frame."""
        self.reader.offer(frame)

    def _codes(self, codes: tuple[str, ...]) -> None:
        # One code a frame: a second badge in view is taken from the next frame, after this
        # one's check-in, so each gets its own banner.
        for code in codes:
            if self.cooldown.accept(code):
                self.code_read.emit(code)
                return

    def _start_camera(self) -> str | None:
        problem = self.unavailable() or self.feed.start(self.view)
        if problem is None:
            self.hint.setText(self.tr("Hold the badge's code up to the camera."))
        return problem

    def _stop_camera(self) -> None:
        self.feed.stop()

    def _camera_failed(self, text: str) -> None:
        self.set_active(False)
        self.toggle.setToolTip(text)

    def _decode_failed(self, message: str) -> None:
        # A bug, whose crash log is written: stop before every frame of the camera writes one.
        self.set_active(False)
        self.toggle.setToolTip(message)

    def hideEvent(self, event: QHideEvent) -> None:
        # Another page was opened: the camera's light goes off with the preview.
        if not event.spontaneous() and self.feed.running:
            self.set_active(False)
        super().hideEvent(event)
