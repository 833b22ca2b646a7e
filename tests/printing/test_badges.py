"""Badges of the demo event's longest names, on every layout: pages, QR codes, what did not fit.

The badges are built here from ``resources/demo/event.json`` as the badge service would hand them
over, with fresh codes from ``new_badge_code()``; the names are the longest the demo has in each
script (see :data:`LONGEST`).
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import tracemalloc
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from support.tools import require_tools

from summit_desk.assets import resource
from summit_desk.domain.codes import is_badge_code, new_badge_code
from summit_desk.domain.errors import SummitDeskError
from summit_desk.domain.values import BadgeData, EventHeader
from summit_desk.printing.badge_layout_values import MM, BadgeLayout
from summit_desk.printing.badge_layouts import builtin_layout, layout_names
from summit_desk.printing.badges import BadgeRenderer, RenderReport
from summit_desk.printing.qr import module_size, qr_symbol
from summit_desk.services.demo import demo_badge as demo_badge_of
from summit_desk.services.demo import demo_header

# ref -> why it is here
LONGEST = {
    "GIL-004": "the longest Persian name",
    "AST-006": "the longest Russian name",
    "BAK-007": "the longest Azerbaijani name",
    "BLK-006": "a Turkmen name",
    "MAN-007": "a long Kazakh name",
    "SIB-007": "the longest Persian and English titles",
}
LAYOUT_SIZES_MM = {
    "id1": (85.6, 54.0),
    "a6": (105.0, 148.0),
    "a4-a6x4": (210.0, 297.0),
    "label": (102.0, 76.0),
}


@cache
def demo_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource("demo", "event.json").read_text(encoding="utf-8"))
    return data


def demo_event() -> EventHeader:
    return demo_header(demo_data())


def demo_person(ref: str) -> dict[str, Any]:
    return next(person for person in demo_data()["people"] if person["ref"] == ref)


def demo_country(ref: str) -> str | None:
    """The country code of a person's delegation."""
    code = demo_person(ref)["delegation"]
    delegation = next(d for d in demo_data()["delegations"] if d["code"] == code)
    country: str | None = delegation["country"]
    return country


def demo_badge(ref: str, version: int = 1) -> BadgeData:
    """The badge of one demo person, as the badge service builds it, with a new code."""
    return demo_badge_of(demo_person(ref), demo_data(), code=new_badge_code(), version=version)


def longest_badges() -> list[BadgeData]:
    return [demo_badge(ref) for ref in LONGEST]


def render(layout: BadgeLayout, badges: list[BadgeData]) -> tuple[bytes, RenderReport]:
    out = io.BytesIO()
    report = BadgeRenderer(layout, demo_event()).render(badges, out)
    return out.getvalue(), report


def page_sizes_mm(pdf: Path) -> list[tuple[float, float]]:
    require_tools("pdfinfo")
    result = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "9999", str(pdf)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", result.stdout)
    return [(float(width) / MM, float(height) / MM) for width, height in sizes]


def decoded_qr_codes(pdf: Path, page: int, dpi: int = 150) -> list[str]:
    """Every QR code zbarimg finds on one page, in no particular order."""
    require_tools("pdftoppm", "zbarimg")
    prefix = pdf.with_name(f"{pdf.stem}-qr-{page}")
    subprocess.run(
        [
            *("pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page)),
            *("-singlefile", str(pdf), str(prefix)),
        ],
        check=True,
        timeout=60,
    )
    result = subprocess.run(
        ["zbarimg", "--raw", "-q", "-Sdisable", "-Sqrcode.enable", f"{prefix}.png"],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode in (0, 4), result.stderr  # 4: no code found
    return result.stdout.split()


@pytest.mark.parametrize("name", LAYOUT_SIZES_MM)
def test_every_page_has_the_layouts_size(name: str, tmp_path: Path) -> None:
    layout = builtin_layout(name)
    pdf, report = render(layout, longest_badges())
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    expected_pages = -(-len(LONGEST) // layout.per_page)
    assert report.pages == expected_pages
    assert report.badges == len(LONGEST)
    sizes = page_sizes_mm(path)
    assert len(sizes) == expected_pages
    for width, height in sizes:
        assert (width, height) == pytest.approx(LAYOUT_SIZES_MM[name], abs=0.01)


@pytest.mark.parametrize("name", LAYOUT_SIZES_MM)
def test_every_qr_code_scans_as_its_badge_code_and_nothing_else(name: str, tmp_path: Path) -> None:
    layout = builtin_layout(name)
    badges = longest_badges()
    pdf, report = render(layout, badges)
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    for page in range(report.pages):
        on_page = badges[page * layout.per_page : (page + 1) * layout.per_page]
        decoded = decoded_qr_codes(path, page + 1)
        assert sorted(decoded) == sorted(badge.code for badge in on_page)
        for text in decoded:
            assert is_badge_code(text)


def test_no_qr_code_carries_a_name_an_email_or_a_document_number(tmp_path: Path) -> None:
    layout = builtin_layout("a4-a6x4")
    badges = longest_badges()
    pdf, report = render(layout, badges)
    path = tmp_path / "sheet.pdf"
    path.write_bytes(pdf)
    decoded = [text for page in range(report.pages) for text in decoded_qr_codes(path, page + 1)]
    assert len(decoded) == len(badges)
    private = []
    for ref in LONGEST:
        person = demo_person(ref)
        private += [person["email"], person["document_no"], person["phone"]]
        for key in ("given_name_fa", "family_name_fa", "given_name_latin", "family_name_latin"):
            private += (person[key] or "").split()
        private += (person["name_native"] or "").split()
    folded = [text.casefold() for text in decoded]
    for secret in filter(None, private):
        # Names of three letters or more: shorter words could occur in a random code by chance.
        if len(secret) >= 3:
            assert not any(secret.casefold() in text for text in folded), secret


@pytest.mark.parametrize(("name", "at_least_mm"), [("a6", 20), ("a4-a6x4", 20), ("id1", 25)])
def test_the_symbol_is_large_enough_to_scan_from_a_lanyard(name: str, at_least_mm: float) -> None:
    layout = builtin_layout(name)
    symbol = qr_symbol(new_badge_code())
    box = layout.design.qr.box
    side = min(box.width, box.height) * layout.scale
    module = module_size(side, symbol.size_with_quiet_zone, layout.printer_dpi)
    assert symbol.size * module / MM >= at_least_mm
    # and no larger one fits the box with its quiet zone
    dot = 72 / layout.printer_dpi
    assert (module + dot) * symbol.size_with_quiet_zone > side


def test_the_id1_card_gives_the_code_the_full_height_between_header_and_footer() -> None:
    layout = builtin_layout("id1")
    box = layout.design.qr.box
    assert min(box.width, box.height) / MM >= 0.65 * layout.page_height / MM


def test_a_full_a4_sheet_holds_four_badges_and_the_fifth_starts_a_new_page(
    tmp_path: Path,
) -> None:
    layout = builtin_layout("a4-a6x4")
    badges = [demo_badge(ref) for ref in ("GIL-001", "GIL-002", "GIL-003", "GIL-004", "AST-006")]
    pdf, report = render(layout, badges)
    assert (report.pages, report.badges) == (2, 5)
    path = tmp_path / "sheet.pdf"
    path.write_bytes(pdf)
    assert sorted(decoded_qr_codes(path, 1)) == sorted(b.code for b in badges[:4])
    assert decoded_qr_codes(path, 2) == [badges[4].code]


def test_a_full_sheet_does_not_leave_an_empty_page_behind() -> None:
    layout = builtin_layout("a4-a6x4")
    _, report = render(layout, [demo_badge("GIL-001") for _ in range(8)])
    assert report.pages == 2


def test_the_a4_sheets_crop_marks_lie_outside_every_badge_and_on_the_page() -> None:
    layout = builtin_layout("a4-a6x4")
    marks = layout.crop_marks
    assert marks is not None
    assert layout.per_page == 4
    reach = marks.offset + marks.length
    for x, y in layout.slots:
        assert x >= reach and y >= reach
        assert x + layout.badge_width <= layout.page_width - reach
        assert y + layout.badge_height <= layout.page_height - reach
    # the four badges do not touch: each is cut on its own
    (x0, _), (x1, _) = sorted(set(layout.slots))[0], sorted(set(layout.slots))[-1]
    assert x1 - x0 > layout.badge_width


def test_on_a6_every_field_of_the_longest_names_fits() -> None:
    _, report = render(builtin_layout("a6"), longest_badges())
    assert report.overflowed == ()
    assert report.missing_glyphs == ()


@pytest.mark.parametrize("name", LAYOUT_SIZES_MM)
def test_a_name_no_box_can_hold_is_reported_on_every_layout(name: str) -> None:
    badge = demo_badge("GIL-001")
    huge = replace(badge, name=replace(badge.name, family_name_latin="Abcdefghij-" * 30))
    _, report = render(builtin_layout(name), [huge])
    assert ("GIL-001", "name_latin") in report.overflowed


def test_no_badges_is_an_error_and_writes_no_file(tmp_path: Path) -> None:
    out = tmp_path / "none.pdf"
    with pytest.raises(SummitDeskError) as caught:
        BadgeRenderer(builtin_layout("a6"), demo_event()).render([], out)
    assert caught.value.code == "badges.none"
    assert not out.exists()


def test_a_code_that_is_not_a_badge_code_is_refused_before_anything_is_written(
    tmp_path: Path,
) -> None:
    leaking = replace(demo_badge("GIL-004"), code="peyman.amlashi@gilan.example.org")
    out = tmp_path / "leak.pdf"
    with pytest.raises(SummitDeskError) as caught:
        BadgeRenderer(builtin_layout("a6"), demo_event()).render(
            [demo_badge("GIL-001"), leaking], out
        )
    assert caught.value.code == "badges.bad_code"
    assert caught.value.params == {"ref": "GIL-004"}
    assert not out.exists()


def test_a_folder_that_does_not_exist_is_a_clear_error(tmp_path: Path) -> None:
    out = tmp_path / "no such folder" / "badges.pdf"
    with pytest.raises(SummitDeskError) as caught:
        BadgeRenderer(builtin_layout("a6"), demo_event()).render([demo_badge("GIL-001")], out)
    assert caught.value.code == "file.unwritable"
    assert caught.value.params["path"] == str(out)


def test_the_parts_every_badge_repeats_are_drawn_once_per_document() -> None:
    one, _ = render(builtin_layout("a6"), [demo_badge("GIL-001")])
    many, _ = render(builtin_layout("a6"), [demo_badge("GIL-001") for _ in range(40)])
    # the badge's shared parts, and the placeholder of a badge without a photo
    assert one.count(b"/Subtype /Form") == many.count(b"/Subtype /Form") == 2
    # the header is not repeated: a badge adds less than its first page did
    assert (len(many) - len(one)) / 39 < len(one) / 2


def test_the_layouts_that_come_with_summit_desk() -> None:
    assert set(LAYOUT_SIZES_MM) <= set(layout_names())


def test_memory_grows_by_little_more_than_the_compressed_pages() -> None:
    """ReportLab keeps every page until save(); the renderer keeps each page compressed."""
    layout = builtin_layout("a6")
    badges = [demo_badge(ref) for ref in LONGEST] * 40
    render(layout, badges[:20])  # fonts, layouts and caches warmed outside the measurement

    def peak(count: int) -> int:
        tracemalloc.start()
        try:
            render(layout, badges[:count])
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    per_badge = (peak(160) - peak(20)) / 140
    # measured 10 kB: ~2 kB of compressed page and ~2 kB of ReportLab's page dictionary kept
    # until save(), which then assembles the whole file in memory; uncompressed, over 20 kB
    assert per_badge < 14_000


def test_a_batch_reports_its_progress_badge_by_badge(tmp_path: Path) -> None:
    badges = longest_badges()
    seen: list[int] = []
    out = tmp_path / "batch.pdf"
    report = BadgeRenderer(builtin_layout("a6"), demo_event()).render(
        badges, out, progress=seen.append, cancelled=lambda: False
    )
    assert seen == list(range(1, len(badges) + 1))
    assert report.badges == len(badges)
    assert out.exists()


def test_a_cancelled_batch_stops_and_leaves_no_file(tmp_path: Path) -> None:
    badges = longest_badges()
    seen: list[int] = []
    out = tmp_path / "cancelled.pdf"
    with pytest.raises(SummitDeskError) as caught:
        BadgeRenderer(builtin_layout("a6"), demo_event()).render(
            badges, out, progress=seen.append, cancelled=lambda: len(seen) >= 2
        )
    assert caught.value.code == "badges.cancelled"
    assert seen == [1, 2]
    assert not out.exists()
