"""The wheel carries the fonts, the resources and the migrations, and an installed copy finds
them without the checkout."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    # --no-isolation: the build backend is already installed, and CI may run without a registry.
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (found,) = out.glob("summit_desk-*.whl")
    return found


@pytest.mark.slow
def test_the_wheel_holds_fonts_resources_and_migrations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in (
        "summit_desk/fonts/Vazirmatn-Regular.ttf",
        "summit_desk/fonts/NotoSans-Regular.ttf",
        "summit_desk/fonts/OFL-Vazirmatn.txt",
        "summit_desk/resources/demo/event.json",
        "summit_desk/resources/demo/names.json",
        "summit_desk/resources/translations/summit_desk_fa.ts",
        "summit_desk/db/migrations/env.py",
        "summit_desk/db/migrations/script.py.mako",
        "summit_desk/db/migrations/versions/0001_initial_schema.py",
    ):
        assert expected in names, expected
    assert any(n.endswith("entry_points.txt") for n in names)


@pytest.mark.slow
def test_an_installed_copy_finds_its_files_without_the_checkout(
    wheel: Path, tmp_path: Path
) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target),
         str(wheel)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    probe = (
        "import summit_desk.assets as a, json;"
        "print(json.dumps([str(a.fonts_dir()), str(a.resource('demo', 'event.json'))]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(target)},
    )
    fonts, event = (Path(p) for p in __import__("json").loads(result.stdout))
    assert fonts.is_relative_to(target) and (fonts / "Vazirmatn-Bold.ttf").exists()
    assert event.is_relative_to(target) and event.exists()
