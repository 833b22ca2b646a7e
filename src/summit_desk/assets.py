"""Where the bundled fonts and resources are, from a checkout and from an installed wheel.

A wheel carries the top-level ``fonts/`` and ``resources/`` folders inside the package (see
``pyproject.toml``); a checkout or an editable install keeps them at the top of the repository.
Every layer may use this module: it only finds files.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def _root_of(folder: str) -> Path:
    for candidate in (_PACKAGE_DIR / folder, _PACKAGE_DIR.parent.parent / folder):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"Summit Desk's {folder}/ folder is missing; reinstall the package")


def fonts_dir() -> Path:
    return _root_of("fonts")


def resources_dir() -> Path:
    return _root_of("resources")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
