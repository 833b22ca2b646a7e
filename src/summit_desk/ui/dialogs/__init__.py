"""The desk's dialogs opened from its menus: walk-in registration, import, settings and the
event's details."""

from summit_desk.ui.dialogs.event_details import EventDetailsDialog
from summit_desk.ui.dialogs.import_dialog import ImportDialog
from summit_desk.ui.dialogs.settings_dialog import SettingsDialog
from summit_desk.ui.dialogs.walk_in import WalkInDialog

__all__ = ["EventDetailsDialog", "ImportDialog", "SettingsDialog", "WalkInDialog"]
