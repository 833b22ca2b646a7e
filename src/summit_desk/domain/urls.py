"""Database URLs as a person may see or a file may keep them: never with their password.

Plain text work (no SQLAlchemy), so that it also masks a URL that no parser accepts.
"""

from __future__ import annotations

import re

# scheme://user:password@host… (the password may hold anything but "@" and spaces)
_PASSWORD = re.compile(r"(://[^:/@\s]*):[^@\s]*@")


def mask_url_text(text: str) -> str:
    """The URL with its password shown as ***."""
    return _PASSWORD.sub(r"\1:***@", text)


def without_password(target: str) -> str:
    """A path or URL to remember: a URL loses its password (libpq reads it from ~/.pgpass)."""
    return _PASSWORD.sub(r"\1@", target)
