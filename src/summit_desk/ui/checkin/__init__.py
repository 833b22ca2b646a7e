"""The check-in page of the desk: scan or find a person, check them in, see the answer at once."""

from __future__ import annotations

from summit_desk.ui.checkin.controller import CheckInController
from summit_desk.ui.checkin.page import CheckInPage

__all__ = ["CheckInController", "CheckInPage"]
