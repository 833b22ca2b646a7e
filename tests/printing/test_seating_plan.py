"""The general panel's seating plan and lists, built by hand from the demo event (no database).

:func:`demo_plan` is what the seating service would hand the printer for the general panel in
Khazar Hall: a head table of fifteen seats with the host governor presiding in the centre (A8),
the thirteen guest governors alternating outwards from his right (A7, A9, A6…), one seat left
empty (A15), and a second row behind with four interpreters behind their heads of delegation.
The OCR tests (``test_seating_ocr.py``, ``test_place_cards_ocr.py``) read these pages back.
"""

from __future__ import annotations

import math
import re
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from support.tools import require_tools

from summit_desk.db.people import person_name
from summit_desk.domain.seating import (
    Room,
    RoomKind,
    RoomSeat,
    SeatAssignment,
    SeatedPerson,
    SeatingPlan,
    TableShape,
)
from summit_desk.printing.seating_plan import (
    name_boxes,
    print_seating,
    render_seating,
    seated_rows,
)
from summit_desk.printing.text_layout import Box

from .test_badges import demo_data, demo_event, demo_person

# the head table, left to right on the page; the chair faces the audience (down the page), so
# his right hand is the page's left: A7 is the first-ranked guest's seat, A9 the second's.
HEAD_TABLE = {
    "A8": "GIL-001",  # presiding: the host province's governor
    "A7": "MAZ-001", "A9": "GOL-001", "A6": "HRM-001", "A10": "SIB-001",
    "A5": "BLK-001", "A11": "BAK-001", "A4": "LAN-001", "A12": "SUM-001",
    "A3": "AST-001", "A13": "DAG-001", "A2": "KAL-001", "A14": "MAN-001",
    "A1": "ATY-001", "A15": None,
}  # fmt: skip
# the second row: (label, the seat it stands behind, who sits there)
SECOND_ROW = (
    ("B1", "A3", "SCT-012"),  # Persian–Russian, behind Astrakhan
    ("B2", "A5", "SCT-018"),  # Persian–Turkmen, behind Balkan
    ("B3", "A7", None),
    ("B4", "A9", None),
    ("B5", "A11", "SCT-014"),  # Persian–Azerbaijani, behind Baku
    ("B6", "A14", "SCT-016"),  # Persian–Kazakh, behind Mangystau
)
HONORIFICS = {
    "GIL-001": ("جناب آقای", "H.E."),
    "AST-001": ("جناب آقای", "H.E."),
    "SUM-001": ("سرکار خانم", "H.E."),
    "BAK-001": ("جناب آقای", "Mr."),
    "MAZ-001": ("دکتر", "Dr."),
}
HEADS = tuple(ref for ref in HEAD_TABLE.values() if ref is not None)
SEAT_PITCH = 0.85  # metres between neighbours at the head table
GENERAL_PANEL_DAY = date(2025, 11, 18)


def _seat_x(label: str) -> float:
    return 8.0 + (int(label[1:]) - 8) * SEAT_PITCH


def khazar_hall() -> Room:
    """A small inline room: the head table at the top, its second row behind, the door below."""
    head = [RoomSeat(f"A{n}", _seat_x(f"A{n}"), 2.0, 180.0) for n in range(1, 16)]
    second = [
        RoomSeat(label, _seat_x(behind), 1.0, 180.0, row=1, behind=behind)
        for label, behind, _ in SECOND_ROW
    ]
    return Room(
        key="khazar-test",
        title_fa="تالار خزر",
        title_en="Khazar Hall",
        kind=RoomKind.HEAD_TABLE,
        width=16.0,
        depth=8.0,
        chair="A8",
        seats=(*head, *second),
        tables=(TableShape("rect", 1.6, 2.35, 12.8, 1.0),),
        entrance=(8.0, 8.0),
    )


def round_table() -> Room:
    """Fourteen seats round a table 4.4 m across, the chair at the top, all facing the centre."""
    seats = []
    for number in range(14):
        angle = math.radians(number * 360 / 14)
        x, y = 5 + 2.6 * math.sin(angle), 4.5 - 2.6 * math.cos(angle)
        seats.append(RoomSeat(f"R{number + 1}", x, y, (180 + number * 360 / 14) % 360))
    return Room(
        key="masuleh-test",
        title_fa="سالن ماسوله",
        title_en="Masuleh Hall",
        kind=RoomKind.ROUND,
        width=10.0,
        depth=9.0,
        chair="R1",
        seats=tuple(seats),
        tables=(TableShape("circle", 5.0, 4.5, 4.4),),
        entrance=(10.0, 8.0),
    )


def with_theatre_rows(room: Room) -> Room:
    """Khazar Hall with four rows of sixteen seats 0.6 m apart facing the head table."""
    rows = tuple(
        RoomSeat(f"{letter}{n + 1}", 3.5 + n * 0.6, 5.0 + r * 0.9, 0.0, row=2 + r)
        for r, letter in enumerate("CDEF")
        for n in range(16)
    )
    return replace(room, depth=10.0, entrance=(15.0, 10.0), seats=room.seats + rows)


def renamed(person: SeatedPerson, **changes: str) -> SeatedPerson:
    """``person`` with some parts of their name changed."""
    return replace(person, name=replace(person.name, **changes))


def seated_person(ref: str) -> SeatedPerson:
    """One demo person as the printouts show them, with a form of address where protocol has one."""
    data = demo_data()
    person = demo_person(ref)
    delegation = next(d for d in data["delegations"] if d["code"] == person["delegation"])
    country = next(c for c in data["countries"] if c["code"] == delegation["country"])
    honorific_fa, honorific_en = HONORIFICS.get(ref, ("", ""))
    return SeatedPerson(
        ref=ref,
        name=replace(person_name(person), honorific_fa=honorific_fa, honorific_en=honorific_en),
        category=person["category"],
        delegation_fa=delegation["name_fa"],
        delegation_en=delegation["name_en"],
        country_fa=country["name_fa"],
        country_en=country["name_en"],
    )


def demo_plan() -> SeatingPlan:
    room = khazar_hall()
    placed = {**HEAD_TABLE, **{label: ref for label, _, ref in SECOND_ROW}}
    # the order of precedence of the seats: the chair, then alternating outwards, then row B
    head_order = ["A8"]
    for step in range(1, 8):
        head_order += [f"A{8 - step}", f"A{8 + step}"]
    order = [*head_order, *(label for label, _, _ in SECOND_ROW)]
    seats = tuple(
        SeatAssignment(
            label=label,
            order=number,
            row=room.seat(label).row,
            ref=placed[label],
            chair=label == room.chair,
        )
        for number, label in enumerate(order, start=1)
    )
    people = {ref: seated_person(ref) for ref in placed.values() if ref is not None}
    return SeatingPlan(
        session="GEN",
        session_fa="پنل عمومی",
        session_en="General panel",
        room=room,
        seats=seats,
        people=people,
        day=GENERAL_PANEL_DAY,
    )


def pdf_pages(pdf: bytes, folder: Path) -> list[tuple[int, int]]:
    """Each page's size in whole millimetres, read by pdfinfo."""
    require_tools("pdfinfo")
    path = folder / "plan.pdf"
    path.write_bytes(pdf)
    result = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "99", str(path)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", result.stdout)
    return [(round(float(w) * 25.4 / 72), round(float(h) * 25.4 / 72)) for w, h in sizes]


def page_text(pdf: bytes, folder: Path, page: int) -> str:
    require_tools("pdftotext")
    path = folder / "text.pdf"
    path.write_bytes(pdf)
    result = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), "-layout", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return result.stdout


def test_the_plan_then_the_list_by_seat_then_alphabetical_on_a4_landscape(tmp_path: Path) -> None:
    printout = print_seating(demo_plan(), demo_event())
    # eighteen people, fourteen rows to an A4 page: each list takes two pages
    assert printout.pages == 5
    assert pdf_pages(printout.pdf, tmp_path) == [(297, 210)] * 5
    assert printout.overflowed == ()
    assert printout.missing_glyphs == ()


def test_an_a3_room_prints_on_a3_landscape(tmp_path: Path) -> None:
    plan = demo_plan()
    plan = replace(plan, room=replace(plan.room, paper="A3"))
    # an A3 page holds all eighteen rows of a list
    assert pdf_pages(render_seating(plan, demo_event()), tmp_path) == [(420, 297)] * 3


def test_the_list_by_seat_follows_the_order_of_precedence_of_the_seats() -> None:
    rows = seated_rows(demo_plan())
    assert [label for label, _ in rows] == [
        "A8", "A7", "A9", "A6", "A10", "A5", "A11", "A4", "A12", "A3", "A13", "A2", "A14", "A1",
        "B1", "B2", "B5", "B6",
    ]  # fmt: skip
    assert rows[0][1].ref == "GIL-001"


def test_the_alphabetical_list_follows_the_persian_alphabet() -> None:
    refs = [person.ref for _, person in seated_rows(demo_plan(), alphabetical=True)]
    # آسقاراولی، آنایف، احمدی، املشی، امیری‌مقدم، بابلی، باقروف، داولتوف، سانگاجی‌یف، قلی‌یف،
    # گرگانی (آنامراد)، گرگانی (لیلا)، گولوبیف، ماگومدوف، میناب‌زاده، نارویی، نوروزی، ولی‌یوا
    assert refs == [
        "MAN-001", "BLK-001", "SCT-012", "GIL-001", "SCT-016", "MAZ-001", "BAK-001", "ATY-001",
        "KAL-001", "LAN-001", "GOL-001", "SCT-018", "AST-001", "DAG-001", "HRM-001", "SIB-001",
        "SCT-014", "SUM-001",
    ]  # fmt: skip


def test_every_seated_latin_name_is_on_both_lists_and_its_family_name_on_the_plan(
    tmp_path: Path,
) -> None:
    plan = demo_plan()
    pdf = render_seating(plan, demo_event())
    drawing, *pages = (page_text(pdf, tmp_path, page) for page in range(1, 6))
    by_seat, by_name = pages[0] + pages[1], pages[2] + pages[3]
    for person in plan.people.values():
        assert person.name.family_name_latin in drawing
        for listing in (by_seat, by_name):
            assert f"{person.name.honorific_en} {person.name.name_latin}".strip() in listing
    assert "Entrance" in drawing


@pytest.mark.parametrize("paper", ["A4", "A3"])
def test_a_name_too_long_for_its_seat_is_reported_not_hidden(paper: str) -> None:
    plan = demo_plan()
    long = renamed(plan.people["KAL-001"], family_name_latin="Sangadzhiyev" * 6)
    plan = replace(
        plan,
        room=replace(plan.room, paper=paper),
        people={**plan.people, "KAL-001": long},
    )
    printout = print_seating(plan, demo_event())
    assert ("KAL-001", "plan name") in printout.overflowed


def _overlap(a: Box, b: Box) -> bool:
    return a.x < b.x + b.width and b.x < a.x + a.width and a.y < b.top and b.y < a.top


@pytest.mark.parametrize(
    "room",
    [khazar_hall(), round_table(), with_theatre_rows(khazar_hall())],
    ids=["head-table", "round", "theatre-rows"],
)
@pytest.mark.parametrize("paper", [(841.89, 595.28), (1190.55, 841.89)], ids=["A4", "A3"])
def test_no_two_names_on_the_plan_overlap(room: Room, paper: tuple[float, float]) -> None:
    boxes = name_boxes(room, Box(36, 40, paper[0] - 72, paper[1] - 150))
    assert boxes.keys() == {seat.label for seat in room.seats}
    clashes = [(a, b) for a in boxes for b in boxes if a < b and _overlap(boxes[a], boxes[b])]
    assert not clashes


def test_a_round_table_prints_with_every_name(tmp_path: Path) -> None:
    plan = demo_plan()
    room = round_table()
    seats = tuple(
        SeatAssignment(seat.label, number, 0, ref, chair=number == 1)
        for number, (seat, ref) in enumerate(zip(room.seats, HEADS, strict=True), start=1)
    )
    printout = print_seating(replace(plan, room=room, seats=seats), demo_event())
    assert printout.overflowed == ()
    drawing = page_text(printout.pdf, tmp_path, 1)
    assert all(plan.people[ref].name.family_name_latin in drawing for ref in HEADS)
