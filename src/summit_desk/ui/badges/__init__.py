"""The badges page of the desk: choose whose badges, preview them, print, reprint and reissue."""

from __future__ import annotations

from summit_desk.ui.badges.controller import BadgesController
from summit_desk.ui.badges.page import BadgesPage

__all__ = ["BadgesController", "BadgesPage"]
