"""The seating list reads back, through OCR, with every head of delegation's name as written.

The name column of the list by seat (page 2 of the plan, the fourteen governors) is cut out of
the page at 300 dpi and read twice with tesseract: with the Persian model, where every head of
delegation's Persian name must be found, and with the English one, for the form of address
and the Latin name. A name is "found" when some run of words on one line of the reading is
within ``MAX_CER`` of it (``support.ocr.character_error_rate``, which folds what OCR cannot tell
apart). The control prints the same list with each Persian name's words in reversed order,
which is what ReportLab's own ``drawString`` does to Persian, and the oracle must reject it.
"""

from __future__ import annotations

import math
import subprocess
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from support.ocr import TESSERACT_LANGUAGES, character_error_rate, normalise, tesseract
from support.tools import require_tools

from summit_desk.domain.seating import SeatingPlan
from summit_desk.printing.protocol_sheet import (
    MARGIN,
    TITLE_BLOCK_HEIGHT,
    paper_size,
)
from summit_desk.printing.protocol_table import HEAD_HEIGHT, column_edges
from summit_desk.printing.seating_plan import LIST_COLUMNS, render_seating

from .test_badges import demo_event
from .test_seating_plan import HEADS, demo_plan, renamed

pytestmark = pytest.mark.ocr

MAX_CER = 0.2
LIST_DPI = 300  # the list's 9.5 pt names get about 40 pixels to the em


@pytest.fixture(autouse=True)
def _ocr_tools() -> None:
    require_tools("tesseract", "pdftoppm")


@dataclass(frozen=True)
class Found:
    expected: str
    text: str  # the best-matching words of the reading
    cer: float


def find(expected: str, reading: str, language: str) -> Found:
    """The run of words on one line of ``reading`` closest to ``expected``, by CER."""
    words = len(expected.split())
    best = Found(expected, "", 1.0)
    for line in reading.splitlines():
        tokens = normalise(line).split()
        for size in {max(1, words - 1), words, words + 1}:
            for start in range(max(1, len(tokens) - size + 1)):
                window = " ".join(tokens[start : start + size])
                cer = character_error_rate(expected, window, language)
                if cer < best.cer:
                    best = Found(expected, window, cer)
    return best


def crop_png(pdf: bytes, folder: Path, page: int, box: tuple[float, float, float, float]) -> Path:
    """A region of one page (``box`` as x, y from the top, width, height in points) as a PNG."""
    source = folder / "list.pdf"
    source.write_bytes(pdf)
    scale = LIST_DPI / 72
    x, y, width, height = box
    prefix = folder / f"crop-{page}"
    subprocess.run(
        [
            *("pdftoppm", "-png", "-r", str(LIST_DPI), "-f", str(page), "-l", str(page)),
            *("-singlefile", "-x", str(math.floor(x * scale)), "-y", str(math.floor(y * scale))),
            *("-W", str(math.ceil(width * scale)), "-H", str(math.ceil(height * scale))),
            *(str(source), str(prefix)),
        ],
        check=True,
        timeout=60,
    )
    return Path(f"{prefix}.png")


def name_column_png(plan: SeatingPlan, folder: Path) -> Path:
    """The name column of the first page of the list by seat, inside its rules, as a PNG."""
    pdf = render_seating(plan, demo_event())
    width, height = paper_size(plan.room.paper)
    x, column_width = column_edges(LIST_COLUMNS, MARGIN, width - MARGIN)[2]
    top = MARGIN + TITLE_BLOCK_HEIGHT + HEAD_HEIGHT
    return crop_png(pdf, folder, 2, (x + 3, top, column_width - 6, height - top - MARGIN))


def find_all(png: Path, expected: list[str], language: str) -> list[Found]:
    """Each expected name's best match over a few page-segmentation modes: tesseract drops a
    line in one mode that it reads in another (6: a block, 4: a column, 11: sparse text)."""
    best = [Found(name, "", 1.0) for name in expected]
    for psm in (6, 4, 11):
        reading = tesseract(png, TESSERACT_LANGUAGES[language], psm)
        best = [
            min(old, find(old.expected, reading, language), key=lambda f: f.cer) for old in best
        ]
        if all(found.cer == 0 for found in best):
            break
    return best


def test_every_head_of_delegation_is_found_on_the_list_by_seat(tmp_path: Path) -> None:
    plan = demo_plan()
    png = name_column_png(plan, tmp_path)
    heads = [plan.people[ref] for ref in HEADS]
    found = find_all(png, [person.name.name_fa for person in heads], "fa")
    found += find_all(png, [person.name.addressed_latin for person in heads], "en")
    missed = [f for f in found if f.cer > MAX_CER]
    assert not missed, "; ".join(f"{f.expected!r} read {f.text!r} ({f.cer:.2f})" for f in missed)


def test_names_printed_in_reversed_word_order_are_not_found(tmp_path: Path) -> None:
    plan = demo_plan()
    reversed_people = {
        ref: renamed(
            person,
            given_name_fa=" ".join(reversed(person.name.name_fa.split())),
            family_name_fa="",
        )
        for ref, person in plan.people.items()
    }
    png = name_column_png(replace(plan, people=reversed_people), tmp_path)
    # the oracle compares the reading with the names as they should have been printed
    found = find_all(png, [plan.people[ref].name.name_fa for ref in HEADS], "fa")
    accepted = [f for f in found if f.cer <= MAX_CER]
    assert not accepted, f"the oracle accepted reversed names: {accepted}"
