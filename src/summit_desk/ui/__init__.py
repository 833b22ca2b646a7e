"""The PySide6 desk: windows, views, item models, dialogs, workers. Holds no rules."""
