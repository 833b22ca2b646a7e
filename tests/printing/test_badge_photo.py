"""The holder's photo on the printed badge: one image a badge, at the printer's dots and no more,
read back from the PDF with pdfimages; a badge without a photo shows the placeholder; a layout
that requires a photo refuses a badge without one; the PNG of the pages is looked at."""

from __future__ import annotations

import io
import re
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image
from support.photos import BOTTOM, TOP, jpeg, portrait
from support.tools import require_tool

from summit_desk.domain.errors import SummitDeskError
from summit_desk.domain.values import BadgeData
from summit_desk.printing.badge_layout_values import BadgeLayout
from summit_desk.printing.badge_layouts import builtin_layout, layouts_dir, load_layout
from summit_desk.printing.badge_photo import print_pixels
from summit_desk.printing.badges import BadgeRenderer
from summit_desk.services.photo_image import normalise

from .test_badges import demo_badge, demo_event

REFS = ("GIL-001", "GIL-002", "GIL-003", "GIL-004")


def camera_photo(seed: int, size: tuple[int, int] = (1500, 2000)) -> bytes:
    """A phone's picture with the grain of a real one, normalised as stored; no two are the
    same."""
    width, height = size
    grain = Image.effect_noise((width // 4, height // 4), 30 + seed % 20).convert("RGB")
    picture = Image.blend(portrait(width, height), grain.resize(size), 0.35)
    return normalise(jpeg(picture), f"camera-{seed}.jpg")


def badges(with_photo: tuple[str, ...]) -> list[BadgeData]:
    return [
        replace(demo_badge(ref), photo=camera_photo(i) if ref in with_photo else None)
        for i, ref in enumerate(REFS)
    ]


def write(layout: BadgeLayout, batch: list[BadgeData], path: Path) -> Path:
    BadgeRenderer(layout, demo_event()).render(batch, path)
    return path


def images(pdf: Path) -> list[tuple[int, int, int, str]]:
    """(page, width, height, encoding) of every image drawn, as pdfimages -list reports it."""
    listed = subprocess.run(
        [require_tool("pdfimages"), "-list", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    rows = [re.split(r"\s+", line.strip()) for line in listed if line.strip()]
    return [(int(r[0]), int(r[3]), int(r[4]), r[8]) for r in rows]


def page_png(pdf: Path, page: int, tmp_path: Path, dpi: int = 100) -> Image.Image:
    stem = tmp_path / f"{pdf.stem}-{page}"
    subprocess.run(
        [require_tool("pdftoppm"), "-png", "-r", str(dpi), "-f", str(page), "-l", str(page),
         "-singlefile", str(pdf), str(stem)],
        check=True,
    )  # fmt: skip
    return Image.open(stem.with_suffix(".png")).convert("RGB")


def near(colour: tuple[int, ...], expected: tuple[int, int, int], tolerance: int = 40) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(colour, expected, strict=False))


def slot_pixel(layout: BadgeLayout, fx: float, fy: float, dpi: int = 100) -> tuple[int, int]:
    """The pixel at a fraction (from the top left) of the photo slot of the page's first badge."""
    assert layout.design.photo is not None
    box = layout.page_box(layout.design.photo.box)
    x = box.x + box.width * fx
    y = layout.page_height - (box.y + box.height * (1 - fy))
    return round(x / 72 * dpi), round(y / 72 * dpi)


def test_each_badge_carries_one_photo_at_the_printers_dots(tmp_path: Path) -> None:
    layout = builtin_layout("a6")
    pdf = write(layout, badges(REFS[:3]), tmp_path / "a6.pdf")
    assert layout.design.photo is not None
    expected = print_pixels(layout.design.photo, layout.scale, layout.printer_dpi)
    # 19.5 × 26 mm at 300 dpi: 230 × 307 dots, not the stored 600 × 800
    assert expected == (230, 307)
    found = images(pdf)
    assert [(page, w, h) for page, w, h, _ in found] == [(p, *expected) for p in (1, 2, 3)]
    assert {enc for *_, enc in found} == {"jpeg"}  # kept as JPEG, not inflated to raw pixels


def test_the_a4_sheet_embeds_its_photos_at_88_percent_and_300_pixels_an_inch(
    tmp_path: Path,
) -> None:
    layout = builtin_layout("a4-a6x4")
    assert layout.printer_dpi == 600  # the QR code's modules are 600 dpi dots; a photo needs 300
    pdf = write(layout, badges(REFS), tmp_path / "sheet.pdf")
    found = images(pdf)
    assert len(found) == 4 and {page for page, *_ in found} == {1}
    assert {(w, h) for _, w, h, _ in found} == {(203, 270)}  # 19.5 × 0.88 mm at 300 ppi


def test_the_photo_is_upright_and_a_badge_without_one_shows_the_placeholder(
    tmp_path: Path,
) -> None:
    layout = builtin_layout("a6")
    pdf = write(layout, badges(("GIL-001",)), tmp_path / "a6.pdf")
    assert len(images(pdf)) == 1  # the placeholder is drawn, not an image
    with_photo = page_png(pdf, 1, tmp_path)
    without = page_png(pdf, 2, tmp_path)
    with_photo.save(tmp_path / "with-photo.png")
    without.save(tmp_path / "placeholder.png")
    # The photo: red above, blue below, as it was taken.
    assert near(with_photo.getpixel(slot_pixel(layout, 0.5, 0.15)), TOP, 70)
    assert near(with_photo.getpixel(slot_pixel(layout, 0.5, 0.85)), BOTTOM, 70)
    # The placeholder: a light ground, a grey head in the middle, shoulders below, no text.
    ground, figure = (0xEE, 0xF1, 0xF3), (0xC3, 0xCC, 0xD2)
    assert near(without.getpixel(slot_pixel(layout, 0.1, 0.1)), ground, 8)
    assert near(without.getpixel(slot_pixel(layout, 0.5, 0.4)), figure, 8)
    assert near(without.getpixel(slot_pixel(layout, 0.5, 0.95)), figure, 8)
    assert near(without.getpixel(slot_pixel(layout, 0.1, 0.6)), ground, 8)
    x0, y0 = slot_pixel(layout, 0.05, 0.05)
    x1, y1 = slot_pixel(layout, 0.95, 0.95)
    darkest = min(sum(c) for _, c in without.crop((x0, y0, x1, y1)).getcolors(10_000) or [])
    # nothing darker than the figure's grey: no initials, no text, only ground and figure
    assert darkest >= sum(figure) - 12
    # negative control: the same measure finds the photo's colours in the photo's slot
    photo_colours = with_photo.crop((x0, y0, x1, y1)).getcolors(100_000) or []
    assert min(sum(c) for _, c in photo_colours) < sum(figure) - 12


def required_layout(tmp_path: Path) -> BadgeLayout:
    text = (layouts_dir() / "a6.toml").read_text(encoding="utf-8")
    text = text.replace("required = false", "required = true")
    path = tmp_path / "a6-photo.toml"
    path.write_text(text, encoding="utf-8")
    return load_layout(path)


def test_a_layout_that_requires_a_photo_refuses_a_badge_without_one(tmp_path: Path) -> None:
    layout = required_layout(tmp_path)
    assert layout.design.photo is not None and layout.design.photo.required
    out = tmp_path / "refused.pdf"
    with pytest.raises(SummitDeskError) as caught:
        write(layout, badges(("GIL-001", "GIL-002")), out)
    assert caught.value.code == "photo.required"
    assert "GIL-003" in caught.value.message("en") and "a6-photo" in caught.value.message("en")
    assert "عکس ندارند" in caught.value.message("fa")
    assert not out.exists()
    write(layout, badges(REFS), tmp_path / "everyone.pdf")  # with every photo it prints


def test_a_photo_slot_may_not_overlap_a_field(tmp_path: Path) -> None:
    text = (layouts_dir() / "a6.toml").read_text(encoding="utf-8")
    path = tmp_path / "bad.toml"
    path.write_text(text.replace("box = [3, 17.4, 19.5, 26]", "box = [3, 17.4, 40, 26]"))
    with pytest.raises(SummitDeskError) as caught:
        load_layout(path)
    # the names, or the forms of address above them
    assert caught.value.params["key"].startswith(("fields.name_", "fields.honorific_"))
    assert "overlaps photo.box" in caught.value.params["reason"]


def test_a_photo_adds_a_few_kilobytes_to_a_badge(tmp_path: Path) -> None:
    """What a batch costs per badge, with a photo and with the placeholder (printed in the
    closing note of issue #11 by bench/badge_photos.py for a thousand badges)."""
    layout = builtin_layout("a6")
    plain = [replace(demo_badge(REFS[i % 4]), photo=None) for i in range(40)]
    photos = [replace(b, photo=camera_photo(i, (900, 1200))) for i, b in enumerate(plain)]
    without = write(layout, plain, tmp_path / "without.pdf").stat().st_size
    with_photos = write(layout, photos, tmp_path / "with.pdf").stat().st_size
    per_photo = (with_photos - without) / 40
    assert len(images(tmp_path / "with.pdf")) == 40
    assert 3_000 < per_photo < 40_000, per_photo
    stored = photos[0].photo
    assert stored is not None and Image.open(io.BytesIO(stored)).size == (600, 800)
    assert len(stored) > per_photo  # what is embedded is smaller than what is stored


def test_the_id1_card_with_a_photo_scans_and_cuts_no_text(tmp_path: Path) -> None:
    layout = builtin_layout("id1-photo")
    batch = badges(REFS[:2])
    pdf = tmp_path / "cards.pdf"
    report = BadgeRenderer(layout, demo_event()).render(batch, pdf)
    assert report.overflowed == ()
    assert [(w, h) for _, w, h, _ in images(pdf)] == [(248, 331)] * 2  # 21 × 28 mm at 300 ppi
    zbarimg = require_tool("zbarimg")
    page = tmp_path / "card.png"
    page_png(pdf, 1, tmp_path, dpi=300).save(page)
    read = subprocess.run(
        [zbarimg, "--quiet", "--raw", "-Sqrcode.enable=1", str(page)],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.split()
    assert read == [batch[0].code]
