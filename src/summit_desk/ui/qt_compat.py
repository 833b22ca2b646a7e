"""A stopgap for PySide6 6.12.0 on CPython 3.11, which drops a reference to ``None`` on every call
of a wrapped method returning void (``label.setText``, ``timer.start``…) and one to ``True`` on
every ``Signal.emit``. CPython 3.12 made those objects immortal, so it only shows on 3.11: after a
few thousand calls the process aborts with "none_dealloc: deallocating None". PySide6 6.11.3
does not have the fault.

``guard_singleton_refcounts()`` looks for the fault and, only where it is found, gives the three
singletons a reference count no run can exhaust, which is what CPython 3.12 does for them. The
real fix is a PySide6 without the fault (or CPython 3.12 or later).
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40  # far more calls than a desk makes in a summit


def pyside_drops_references() -> bool:
    """Whether this PySide6 loses a reference to None or True on an ordinary call."""
    from PySide6.QtCore import QObject, Signal

    class Probe(QObject):
        ping = Signal()

    probe = Probe()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(8):
        probe.setObjectName("probe")
        probe.ping.emit()
    return sys.getrefcount(None) < none_before or sys.getrefcount(True) < true_before


def guard_singleton_refcounts() -> bool:
    """Protect None, True and False if this PySide6 needs it; return whether it did."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    if not pyside_drops_references():
        return False
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object.
        ctypes.c_ssize_t.from_address(id(singleton)).value += _HEADROOM
    return True
