"""The laptop's webcam, shared by the check-in page's badge scanner and the photo dialog.

Qt Multimedia comes with PySide6-Addons (the ``camera`` extra), so it is loaded only when a
camera is wanted; :func:`multimedia` says why not when it cannot be. :class:`CameraFeed` runs
one camera into one preview (a ``QVideoWidget``) and hands every frame, as the preview's video
sink receives it, to :attr:`CameraFeed.frame_arrived`. Whoever uses the camera says why it
cannot with :meth:`CameraFeed.unavailable`, in the desk's language, on its disabled button.
"""

from __future__ import annotations

from importlib import import_module
from types import ModuleType
from typing import Any

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtWidgets import QLabel, QWidget


def multimedia() -> tuple[ModuleType, ModuleType] | str:
    """Qt Multimedia and its widgets, or why not: "" when PySide6-Addons is not installed, else
    the loader's error (on Linux it needs system libraries, such as PulseAudio's libpulse0)."""
    try:
        return import_module("PySide6.QtMultimedia"), import_module("PySide6.QtMultimediaWidgets")
    except ModuleNotFoundError:
        return ""
    except ImportError as exc:
        return str(exc)


def preview_widget(size: QSize) -> QWidget:
    """Where the camera's picture shows: a ``QVideoWidget``, or a plain label when Qt
    Multimedia is missing (the camera cannot run then; tests show their pictures in it)."""
    modules = multimedia()
    view = modules[1].QVideoWidget() if isinstance(modules, tuple) else QLabel()
    view.setFixedSize(size)
    return view


class CameraFeed(QObject):
    """The default camera, started into a preview and stopped again; its light is on only
    between :meth:`start` and :meth:`stop`."""

    frame_arrived = Signal(object)  # a QVideoFrame, as the preview's video sink received it
    stopped = Signal(str)  # the camera stopped by itself (unplugged, taken by another program)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._camera: Any = None
        self._session: Any = None
        self._sink: Any = None

    @property
    def running(self) -> bool:
        return self._camera is not None

    def unavailable(self) -> str | None:
        """Why the desk cannot use a camera, in the desk's language, or None."""
        modules = multimedia()
        if modules == "":
            return self.tr(
                "The camera needs Qt Multimedia (PySide6-Addons): install Summit Desk with its"
                " camera extra."
            )
        if isinstance(modules, str):
            return self.tr(
                "Qt Multimedia is installed but could not be loaded: %1. A system library is"
                " missing (on Debian and Ubuntu: libpulse0)."
            ).replace("%1", modules)
        if not modules[0].QMediaDevices.videoInputs():
            return self.tr("No camera was found on this computer.")
        return None

    def start(self, view: QWidget) -> str | None:
        """Show the default camera in ``view`` (made by :func:`preview_widget`); or why not."""
        reason = self.unavailable()
        modules = multimedia()
        if reason is not None or not isinstance(modules, tuple):
            return reason
        if self.running:
            return None
        media = modules[0]
        self._camera = media.QCamera(media.QMediaDevices.defaultVideoInput(), self)
        self._session = media.QMediaCaptureSession(self)
        self._session.setCamera(self._camera)
        self._session.setVideoOutput(view)
        self._sink = view.videoSink()  # type: ignore[attr-defined]
        self._sink.videoFrameChanged.connect(self.frame_arrived)
        self._camera.errorOccurred.connect(self._failed)
        self._camera.start()
        if self._camera.error() != media.QCamera.Error.NoError:  # failed before errorOccurred
            text = self._camera.errorString()
            self.stop()
            return self.tr("The camera stopped: %1").replace("%1", text)
        return None

    def stop(self) -> None:
        if self._sink is not None:
            self._sink.videoFrameChanged.disconnect(self.frame_arrived)
        if self._camera is not None:
            self._camera.stop()
            self._camera.deleteLater()
        if self._session is not None:
            self._session.deleteLater()
        self._camera = self._session = self._sink = None

    def _failed(self, _error: object, text: str) -> None:
        self.stop()
        self.stopped.emit(self.tr("The camera stopped: %1").replace("%1", text))
