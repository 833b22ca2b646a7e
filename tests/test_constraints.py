"""Reproducible installs: every dependency the project declares is pinned in constraints.txt."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _name(requirement: str) -> str:
    # "psycopg[binary]>=3.1" -> "psycopg"; PyPI names compare case- and separator-insensitively.
    raw = re.split(r"[\[<>=!~;\s]", requirement, maxsplit=1)[0]
    return re.sub(r"[-_.]+", "-", raw).lower()


def pinned() -> dict[str, str]:
    pins: dict[str, str] = {}
    for raw in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            name, sep, version = line.partition("==")
            assert sep, f"constraints.txt: {line!r} is not pinned with =="
            pins[_name(name)] = version
    return pins


def declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        requirements += extra
    # Windows-only markers (tzdata) are not installed here, so they cannot be frozen here.
    return {_name(r) for r in requirements if "sys_platform == 'win32'" not in r}


def test_every_declared_dependency_is_pinned() -> None:
    missing = declared() - pinned().keys()
    assert not missing, f"pin these in constraints.txt: {sorted(missing)}"


def test_the_text_engine_and_qt_are_pinned_exactly() -> None:
    pins = pinned()
    assert re.fullmatch(r"\d+\.\d+\.\d+", pins["python-bidi"])
    assert pins["pyside6-essentials"].startswith("6.")


def test_the_setup_installs_with_the_constraints() -> None:
    setup = (ROOT / "tools" / "common.sh").read_text(encoding="utf-8")
    assert '-c "$ROOT/constraints.txt"' in setup
