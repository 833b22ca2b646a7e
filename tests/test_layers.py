"""DESIGN.md's layers: each package imports only from the layers above it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "summit_desk"

# What each layer may import from summit_desk (besides itself); "assets" and "crashlog" only
# locate files and write the crash log, so every layer may use them.
ALLOWED = {
    "domain": {"domain"},
    "db": {"domain", "db"},
    "services": {"domain", "db", "services"},
    "printing": {"domain", "printing"},
    "ui": {"domain", "services", "printing", "ui"},
}
SHARED = {"assets", "crashlog", "__init__"}
FORBIDDEN_THIRD_PARTY = {
    "domain": ("PySide6", "sqlalchemy", "alembic", "reportlab"),
    "db": ("PySide6", "reportlab"),
    "services": ("PySide6",),
    "printing": ("PySide6", "sqlalchemy", "alembic"),
}


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def layer_files() -> list[tuple[str, Path]]:
    return [(layer, p) for layer in ALLOWED for p in sorted((PACKAGE / layer).rglob("*.py"))]


@pytest.mark.parametrize(("layer", "path"), layer_files(), ids=lambda v: str(v).split("src/")[-1])
def test_module_imports_only_from_layers_above(layer: str, path: Path) -> None:
    for name in imports_of(path):
        parts = name.split(".")
        if parts[0] == "summit_desk" and len(parts) > 1:
            target = parts[1]
            assert target in ALLOWED[layer] or target in SHARED, (
                f"{path.relative_to(PACKAGE)} ({layer}) imports {name}"
            )
        for forbidden in FORBIDDEN_THIRD_PARTY.get(layer, ()):
            assert parts[0] != forbidden, f"{path.relative_to(PACKAGE)} ({layer}) imports {name}"


def test_the_rule_catches_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtWidgets import QWidget\nimport summit_desk.ui.tasks\n")
    assert {"PySide6.QtWidgets", "summit_desk.ui.tasks"} <= imports_of(bad)


def test_every_layer_has_modules() -> None:
    counts = {layer: sum(1 for lay, _ in layer_files() if lay == layer) for layer in ALLOWED}
    assert all(n >= 1 for n in counts.values()), counts


def _shared_ui_modules(ui: Path) -> dict[str, set[str]]:
    """Modules of a page package of ``ui`` that another page package imports, and which: such
    a module is used by two page packages, its own and the other."""
    pages = {p.name for p in ui.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    pages.discard("widgets")
    users: dict[str, set[str]] = {}
    for path in sorted(ui.rglob("*.py")):
        package = path.relative_to(ui).parts[0]
        for name in imports_of(path):
            parts = name.split(".")
            if parts[:2] != ["summit_desk", "ui"] or len(parts) < 4:
                continue  # not a module inside a package of ui/
            owner = parts[2]
            if owner in pages and package in pages and package != owner:
                users.setdefault(name, set()).add(package)
    return users


def test_a_module_used_by_several_pages_lives_in_widgets_or_at_the_root_of_ui() -> None:
    """A page's package is its own: what two pages share goes to ui/widgets/ (or ui/)."""
    assert _shared_ui_modules(PACKAGE / "ui") == {}


def test_the_shared_module_rule_catches_a_violation(tmp_path: Path) -> None:
    for package in ("dashboard", "delegations", "widgets"):
        (tmp_path / package).mkdir()
        (tmp_path / package / "__init__.py").write_text("")
    (tmp_path / "dashboard" / "bar.py").write_text("")
    uses_bar = "from summit_desk.ui.dashboard.bar import X\n"
    (tmp_path / "delegations" / "page.py").write_text(uses_bar)
    (tmp_path / "widgets" / "icons.py").write_text(uses_bar)
    assert _shared_ui_modules(tmp_path) == {"summit_desk.ui.dashboard.bar": {"delegations"}}
