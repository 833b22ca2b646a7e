"""The Seating page (F5): a session's room, drag to seat, locks, conflicts and printouts."""

from summit_desk.ui.seating.page import SeatingPage

__all__ = ["SeatingPage"]
