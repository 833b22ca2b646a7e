"""STYLE.md's "modules of a few hundred lines": no module under src/ grows past 400 lines.

Alembic's migrations are written once and never edited, so they may be as long as they need.
"""

from __future__ import annotations

from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
MAX_LINES = 400
EXEMPT = ("db", "migrations")  # a folder under the package, wherever the package is


def lines_of(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def modules(src: Path) -> list[Path]:
    return [
        path
        for path in sorted(src.rglob("*.py"))
        if "/".join(EXEMPT) not in path.relative_to(src).parent.as_posix()
    ]


def too_long(src: Path) -> dict[str, int]:
    """The modules over the limit, with their length."""
    lengths = {path.relative_to(src).as_posix(): lines_of(path) for path in modules(src)}
    return {name: count for name, count in lengths.items() if count > MAX_LINES}


@pytest.mark.parametrize("path", modules(SRC), ids=lambda p: p.relative_to(SRC).as_posix())
def test_a_module_fits_in_400_lines(path: Path) -> None:
    assert lines_of(path) <= MAX_LINES, f"{path.relative_to(SRC)}: split it along a seam"


def test_the_rule_catches_a_long_module_and_spares_the_migrations(tmp_path: Path) -> None:
    package = tmp_path / "summit_desk"
    (package / "db" / "migrations" / "versions").mkdir(parents=True)
    (package / "services").mkdir()
    body = "".join(f"x_{n} = {n}\n" for n in range(MAX_LINES))
    (package / "services" / "fits.py").write_text(body, encoding="utf-8")
    (package / "services" / "grown.py").write_text(body + "one_more = 1\n", encoding="utf-8")
    migration = package / "db" / "migrations" / "versions" / "0001_first.py"
    migration.write_text(body * 3, encoding="utf-8")
    (package / "db" / "models.py").write_text(body * 2, encoding="utf-8")
    assert too_long(tmp_path) == {
        "summit_desk/services/grown.py": MAX_LINES + 1,
        "summit_desk/db/models.py": 2 * MAX_LINES,
    }
    assert migration not in modules(tmp_path)
