"""Where unexpected failures go: a log file the user can send us, never a traceback on screen.

The log is the user's own (0600 in a 0700 folder) and holds no person's data: each exception is
written as its type, where it was raised, and its message with the values a database error may
quote taken out (a statement's parameters, PostgreSQL's DETAIL line, e-mails, phone and document
numbers). Which code failed is what we need; whose row it was is not ours to keep.
"""

from __future__ import annotations

import os
import re
import traceback
from pathlib import Path

from platformdirs import user_log_dir

_PARAMETERS = re.compile(r"\[parameters: .*?\]$", re.MULTILINE | re.DOTALL)
_DETAIL = re.compile(r"^\s*(DETAIL|HINT|CONTEXT):.*$", re.MULTILINE)
_EMAIL = re.compile(r"[^\s@'\"(),]+@[^\s@'\"(),]+")
_NUMBER = re.compile(r"\+?\b[A-Z]{0,2}\d[\d\s-]{4,}\d\b")
_QUOTED = re.compile(r"=\((.*?)\)")  # PostgreSQL's Key (email)=(value)
_URL_PASSWORD = re.compile(r"(://[^:/@\s]*:)[^@\s]*@")


def log_path() -> Path:
    return Path(user_log_dir("summit-desk", appauthor=False)) / "summit-desk.log"


def scrub(message: str) -> str:
    """A message without the values of people's rows or passwords."""
    message = _PARAMETERS.sub("[parameters hidden]", message)
    message = _DETAIL.sub(r"\1: [hidden]", message)
    message = _QUOTED.sub("=(…)", message)
    message = _URL_PASSWORD.sub(r"\1***@", message)
    message = _EMAIL.sub("[e-mail]", message)
    return _NUMBER.sub("[number]", message)


def format_failure(exc: BaseException) -> str:
    """The traceback of ``exc`` and its causes, with each message scrubbed."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        head = "".join(traceback.format_tb(current.__traceback__))
        parts.append(f"{head}{type(current).__module__}.{type(current).__qualname__}: ")
        parts[-1] += scrub(str(current)) + "\n"
        current = current.__cause__ or current.__context__
    return "Traceback (most recent call last, causes after):\n" + "\n".join(parts)


def write_crash_log(exc: BaseException) -> Path:
    path = log_path()
    try:
        if not path.parent.exists():
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        with os.fdopen(descriptor, "a", encoding="utf-8") as f:
            f.write(format_failure(exc))
    except OSError:
        return Path("(the log could not be written)")
    return path
