"""Both faces of a place card read back, through OCR, once the card is folded.

The card of the governor of Astrakhan (a form of address, a Persian name, a Latin and a Cyrillic
one) is rendered at 100 dpi, and at 50 as a second try (tesseract reads the 50 pt bold گ of a
card as ک at 100 dpi, 70 pixels to the em, and right at 50), and cut along the fold: the bottom
half is the face the room sees, the top half is turned by 180° as folding turns it, and each is
read with tesseract in Persian and in English. The control reads the top half without turning
it: had the card been drawn upright on both halves (the mistake a fold makes visible), that is
how it would read, and the oracle must not find the name in it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageOps
from support.ocr import TESSERACT_LANGUAGES, render_png, tesseract
from support.tools import require_tools

from summit_desk.domain.seating import SeatedPerson
from summit_desk.printing.place_cards import render_place_cards

from .test_badges import demo_event
from .test_seating_ocr import MAX_CER, Found, find
from .test_seating_plan import demo_plan

pytestmark = pytest.mark.ocr

CARD_REF = "AST-001"


@pytest.fixture(autouse=True)
def _ocr_tools() -> None:
    require_tools("tesseract", "pdftoppm")


DPIS = (100, 50)


def card_faces(folder: Path, dpi: int = 100) -> tuple[SeatedPerson, Path, Path, Path]:
    """The person, the front face, the back face turned upright, and the back face as printed."""
    plan = demo_plan()
    page = [seat.ref for seat in sorted(plan.seats, key=lambda s: s.order) if seat.ref].index(
        CARD_REF
    )
    png = render_png(render_place_cards(plan, demo_event()), folder, dpi=dpi)[page]
    sheet = Image.open(png).convert("L")
    width, height = sheet.size
    faces = {
        "front": sheet.crop((0, height // 2, width, height)),
        "back": sheet.crop((0, 0, width, height // 2)).rotate(180),
        "back-as-printed": sheet.crop((0, 0, width, height // 2)),
    }
    paths = []
    for name, image in faces.items():
        path = folder / f"{name}-{dpi}.png"
        ImageOps.expand(image, border=20, fill=255).save(path)
        paths.append(path)
    return plan.people[CARD_REF], paths[0], paths[1], paths[2]


def read_face(png: Path, person: SeatedPerson) -> list[Found]:
    """The Persian name and the Latin one (with the form of address) as found on one face."""
    persian = tesseract(png, TESSERACT_LANGUAGES["fa"], 6)
    latin = tesseract(png, TESSERACT_LANGUAGES["en"], 6)
    return [
        find(person.name.name_fa, persian, "fa"),
        find(person.name.addressed_latin, latin, "en"),
    ]


def read_faces(folder: Path) -> dict[str, list[Found]]:
    """The best reading of each face over :data:`DPIS`; a perfect one ends the search."""
    best: dict[str, list[Found]] = {}
    for dpi in DPIS:
        person, front, back, _ = card_faces(folder, dpi)
        for name, face in (("front", front), ("back", back)):
            found = read_face(face, person)
            old = best.get(name, found)
            best[name] = [min(a, b, key=lambda f: f.cer) for a, b in zip(old, found, strict=True)]
        if all(f.cer == 0 for faces in best.values() for f in faces):
            break
    return best


def test_both_faces_of_a_folded_card_read_the_name(tmp_path: Path) -> None:
    for face, found in read_faces(tmp_path).items():
        missed = [f for f in found if f.cer > MAX_CER]
        assert not missed, f"{face}: " + "; ".join(
            f"{f.expected!r} read {f.text!r} ({f.cer:.2f})" for f in missed
        )


def test_the_back_face_is_printed_upside_down_so_it_does_not_read_unturned(
    tmp_path: Path,
) -> None:
    for dpi in DPIS:
        person, _, _, as_printed = card_faces(tmp_path, dpi)
        persian = tesseract(as_printed, TESSERACT_LANGUAGES["fa"], 6)
        found = find(person.name.name_fa, persian, "fa")
        assert found.cer > MAX_CER, f"read {found.text!r} on a face that should be upside down"
