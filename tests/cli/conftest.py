"""The demo event made by `summit-desk demo` once per module, for the commands to read."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.cli import run
from support.databases import sidecars


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed database file holding the demo event; a test that writes works on a copy."""
    db = tmp_path_factory.mktemp("cli") / "desk.sqlite"
    result = run("demo", db=db)
    assert result.returncode == 0, result.stderr
    assert not sidecars(db), sidecars(db)  # the command closed the file behind it
    return db
