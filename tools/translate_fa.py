"""Fill the Persian .ts from the table below (run after pyside6-lupdate; lrelease builds the .qm).

Qt Linguist is the tool for translators; this table keeps the developers' first translation
reviewable in a diff. Unfinished entries stay marked unfinished, so lrelease leaves them English.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET  # our own committed .ts file, not user input
from pathlib import Path

PERSIAN = {
    "Code": "کد",
    "Delegation": "هیئت",
    "People": "نفرات",
    "Arrived %1": "ورود %1",
    "Summit Desk": "میز پذیرش اجلاس",
    "New event": "رویداد تازه",
    "Name (Persian)": "نام (فارسی)",
    "Name (English)": "نام (انگلیسی)",
    "Slogan (Persian)": "شعار (فارسی)",
    "Slogan (English)": "شعار (انگلیسی)",
    "Venue (Persian)": "محل برگزاری (فارسی)",
    "Venue (English)": "محل برگزاری (انگلیسی)",
    "First day": "روز نخست",
    "Days": "شمار روزها",
    "Give the event a name in Persian or English.": "برای رویداد نامی فارسی یا انگلیسی بنویسید.",
    "%1 — %2 people in %3 delegations": "%1 — %2 نفر در %3 هیئت",
    "Welcome to Summit Desk": "به میز پذیرش اجلاس خوش آمدید",
    "There is no event in %1 yet. Create the demo event of the Caspian governors' summit to try "
    "the desk, or set up a new event.": "هنوز رویدادی در %1 نیست. برای آزمودن میز پذیرش، رویداد "
    "نمایشی اجلاس استانداران خزر را بسازید یا رویدادی تازه تعریف کنید.",
    "Create the demo event": "ساخت رویداد نمایشی",
    "New event…": "رویداد تازه…",
}


def fill(ts: Path) -> list[str]:
    tree = ET.parse(ts)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if source in PERSIAN:
            translation.text = PERSIAN[source]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    path = Path(sys.argv[1] if len(sys.argv) > 1 else "resources/translations/summit_desk_fa.ts")
    for text in fill(path):
        print(f"untranslated: {text}")
