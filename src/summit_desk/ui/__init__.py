"""The PySide6 desk: windows, views, item models, dialogs, workers. Holds no rules."""

from summit_desk.ui.qt_compat import guard_singleton_refcounts

# Before any other Qt call of the process: PySide6 6.12.0 on CPython 3.11 loses a reference to
# None on every void call and to True on every emit, and would abort a desk within the hour.
guard_singleton_refcounts()
