"""Summit Desk: the registration desk of an international summit."""

from __future__ import annotations

__version__ = "0.1.0"
