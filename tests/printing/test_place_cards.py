"""Place cards and the attendance sheet of the general panel (see ``test_seating_plan``)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from summit_desk.domain.errors import SummitDeskError
from summit_desk.printing.attendance_sheet import print_attendance
from summit_desk.printing.place_cards import face_boxes, print_place_cards, render_place_cards
from summit_desk.printing.protocol_sheet import bilingual
from summit_desk.printing.text_layout import Box, TextStyle, layout_text

from .test_badges import demo_event
from .test_seating_plan import demo_plan, page_text, pdf_pages, renamed, seated_person


def test_one_folded_a4_landscape_card_for_each_seated_person(tmp_path: Path) -> None:
    plan = demo_plan()
    printout = print_place_cards(plan, demo_event())
    assert printout.pages == len(plan.people) == 18
    assert pdf_pages(printout.pdf, tmp_path) == [(297, 210)] * 18
    assert printout.overflowed == ()
    assert printout.missing_glyphs == ()


def test_a_plan_with_nobody_seated_prints_no_cards() -> None:
    plan = demo_plan()
    empty = replace(plan, seats=tuple(replace(seat, ref=None) for seat in plan.seats))
    with pytest.raises(SummitDeskError) as refused:
        print_place_cards(empty, demo_event())
    assert refused.value.code == "placecards.none"
    assert "GEN" in refused.value.message("fa")


def test_the_card_shows_the_name_on_both_faces(tmp_path: Path) -> None:
    plan = demo_plan()
    text = page_text(render_place_cards(plan, demo_event()), tmp_path, 10)  # A3: Astrakhan
    for line in ("H.E. Yevgeniy Golubev", "Евгений Голубев", "Astrakhan Oblast, Russia"):
        assert text.count(line) == 2, line


def test_the_front_face_fills_the_bottom_half_and_leaves_the_fold_clear() -> None:
    person = seated_person("AST-001")
    boxes = face_boxes(person, 841.89, 595.28)
    assert list(boxes) == ["honorific_fa", "name_fa", "name_latin", "name_native", "origin"]
    assert all(box.y > 0 and box.top < 595.28 / 2 - 20 for box in boxes.values())
    # a person without a form of address or a native name gets no empty lines
    assert list(face_boxes(seated_person("GOL-001"), 841.89, 595.28)) == [
        "name_fa", "name_latin", "origin",
    ]  # fmt: skip


def test_a_long_name_shrinks_to_fit_and_an_impossible_one_is_reported() -> None:
    plan = demo_plan()
    longest = renamed(
        plan.people["SIB-001"],
        given_name_fa="نورمحمد عبدالرحیم",
        family_name_fa="نارویی‌زاده سیستانی بلوچستانی",
        honorific_en="His Excellency",
    )
    endless = renamed(plan.people["KAL-001"], family_name_latin="Sangadzhiyev-" * 12)
    people = {**plan.people, "SIB-001": longest, "KAL-001": endless}
    printout = print_place_cards(replace(plan, people=people), demo_event())
    assert printout.overflowed == (("KAL-001", "name_latin"),) * 2  # both faces


def test_the_attendance_sheet_lists_everyone_seated_in_seat_order(tmp_path: Path) -> None:
    plan = demo_plan()
    printout = print_attendance(plan, demo_event())
    assert printout.pages == 1
    assert pdf_pages(printout.pdf, tmp_path) == [(210, 297)]
    assert printout.overflowed == ()
    text = page_text(printout.pdf, tmp_path, 1)
    positions = [text.index(person.name.name_latin) for person in plan.people.values()]
    assert positions == sorted(positions)
    assert "Attendance sheet" in text and "Signature" in text


def test_an_attendance_sheet_of_people_without_seats() -> None:
    people = [seated_person(ref) for ref in ("GIL-001", "AST-001")]
    printout = print_attendance(people, demo_event(), session_fa="پنل اقتصاد", session_en="Economy")
    assert printout.pages == 1
    assert printout.overflowed == ()


@pytest.mark.parametrize(
    ("parts", "left_to_right"),
    [
        (
            ("صندلی A3 — جناب آقای یوگنی گولوبیف", "(H.E.)"),
            "(H.E.) — فیبولوگ ینگوی یاقآ بانج — A3 یلدنص",
        ),
        (("ورودی", "Embassy of Iran (Tehran)."), "Embassy of Iran (Tehran). — یدورو"),
    ],
    ids=["honorific-in-brackets", "full-stop-after-bracket"],
)
def test_a_latin_part_of_a_persian_line_keeps_its_brackets_and_full_stop(
    parts: tuple[str, ...], left_to_right: str
) -> None:
    layout = layout_text(bilingual(*parts), Box(0, 0, 800, 30), TextStyle(), "rtl")
    (line,) = layout.lines
    assert line.visual_text.replace("\u2068", "").replace("\u2069", "") == left_to_right
    # without isolates UAX #9 gives the Latin part's closing neutrals to the Persian line
    plain = layout_text(" — ".join(parts), Box(0, 0, 800, 30), TextStyle(), "rtl")
    assert plain.lines[0].visual_text != left_to_right
