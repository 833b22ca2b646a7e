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


# Statements are built in db/ only (STYLE.md 11: queries live in db/, rules in services/).
QUERY_BUILDERS = frozenset({"select", "update", "delete", "insert", "text"})
OUTSIDE_DB = ("services", "printing", "ui")
ENTRY_POINTS = ("cli.py", "commands.py", "app.py")


def query_builders_in(path: Path) -> list[str]:
    """Where ``path`` imports SQLAlchemy's statement builders or calls them off the module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    modules: set[str] = set()  # the names sqlalchemy (or one of its packages) is bound to
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "sqlalchemy":
                    modules.add(alias.asname or alias.name.split(".")[0])
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "sqlalchemy":
            for alias in node.names:
                if alias.name in QUERY_BUILDERS:
                    found.append(f"line {node.lineno}: from {node.module} import {alias.name}")
                elif alias.name in ("sql", "expression", "future"):
                    modules.add(alias.asname or alias.name)
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and node.attr in QUERY_BUILDERS
            and isinstance(node.value, ast.Name | ast.Attribute)
            and ast.unparse(node.value).split(".")[0] in modules
        ):
            found.append(f"line {node.lineno}: {ast.unparse(node)}")
    return found


def modules_outside_db() -> list[Path]:
    paths = [p for layer in OUTSIDE_DB for p in sorted((PACKAGE / layer).rglob("*.py"))]
    return paths + [PACKAGE / name for name in ENTRY_POINTS if (PACKAGE / name).exists()]


@pytest.mark.parametrize("path", modules_outside_db(), ids=lambda p: str(p).split("src/")[-1])
def test_queries_are_built_only_in_db(path: Path) -> None:
    assert query_builders_in(path) == [], f"{path.relative_to(PACKAGE)} builds a query outside db/"


def test_the_query_rule_catches_a_statement_outside_db(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(
        "import sqlalchemy as sa\n"
        "from sqlalchemy import func, select\n"
        "from sqlalchemy.sql import expression\n"
        "rows = session.execute(select(Person))\n"
        "sa.update(Person)\n"
        "expression.text('SELECT 1')\n"
        "service.select(selection)\n"  # a method of ours, not SQLAlchemy's
    )
    assert query_builders_in(bad) == [
        "line 2: from sqlalchemy import select",
        "line 5: sa.update",
        "line 6: expression.text",
    ]
    assert any(query_builders_in(p) for p in sorted((PACKAGE / "db").glob("*.py")))


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
