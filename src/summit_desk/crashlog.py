"""Where unexpected failures go: a log file the user can send us, never a traceback on screen."""

from __future__ import annotations

import traceback
from pathlib import Path

from platformdirs import user_log_dir


def log_path() -> Path:
    return Path(user_log_dir("summit-desk", appauthor=False)) / "summit-desk.log"


def write_crash_log(exc: BaseException) -> Path:
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as f:
            f.write("".join(traceback.format_exception(exc)))
    except OSError:
        return Path("(the log could not be written)")
    return path
