"""The Persian translation is complete and in step with the code, placeholders kept."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "summit_desk_fa.ts"


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in tree.iter("context")
        for message in context.iter("message")
    }


def test_every_interface_text_has_a_persian_translation() -> None:
    for (context, source), message in messages(TS).items():
        translation = message.find("translation")
        assert translation is not None and translation.text, (context, source)
        assert translation.get("type") != "unfinished", (context, source)
        assert set(re.findall(r"%\d", source)) == set(re.findall(r"%\d", translation.text)), source


def test_the_ts_file_is_in_step_with_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "src" / "summit_desk" / "ui").rglob("*.py"))
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    assert set(messages(fresh)) == set(messages(TS)), "run: python tools/translate_fa.py"
