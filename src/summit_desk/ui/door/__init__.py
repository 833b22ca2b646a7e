"""The door page: the station at a panel's door."""

from summit_desk.ui.door.page import DoorPage

__all__ = ["DoorPage"]
