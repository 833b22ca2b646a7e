"""Update the Persian .ts from the code and fill it from the reviewed tables, then build the .qm.

    python tools/translate_fa.py

runs pyside6-lupdate over src/summit_desk/ui, fills every message whose English source text is in
one of resources/translations/fa/*.tsv (English<TAB>Persian, one a line), and reports the ones
left untranslated (lrelease leaves those in English). Qt Linguist is the translators' tool; the
tables keep the developers' first translation reviewable in a diff, one file per screen.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET  # our own committed .ts file, not user input
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "summit_desk_fa.ts"
TABLES = ROOT / "resources" / "translations" / "fa"


def load_tables() -> dict[str, str]:
    table: dict[str, str] = {}
    for path in sorted(TABLES.glob("*.tsv")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            english, _, persian = line.partition("\t")
            if not persian:
                raise SystemExit(f"{path.name}:{number}: no tab between English and Persian")
            table[english.replace("\\n", "\n")] = persian.replace("\\n", "\n")
    return table


def fill(ts: Path, table: dict[str, str]) -> list[str]:
    tree = ET.parse(ts)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if source in table:
            translation.text = table[source]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    bin_dir = Path(sys.executable).parent
    lupdate = bin_dir / "pyside6-lupdate"
    sources = sorted(str(p) for p in (ROOT / "src" / "summit_desk" / "ui").rglob("*.py"))
    subprocess.run(
        [str(lupdate), *sources, "-no-obsolete", "-ts", str(TS), "-target-language", "fa_IR"],
        check=True,
        capture_output=True,
    )
    missing = fill(TS, load_tables())
    for text in missing:
        print(f"untranslated: {text!r}")
    subprocess.run([sys.executable, "-m", "summit_desk.ui.i18n"], check=True, capture_output=True)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
