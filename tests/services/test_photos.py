"""A folder of photos named after refs comes in whole or not at all: the admin reads what was
imported, which files were refused and why, whose photo is missing, and the stored photo is a
small clean JPEG the right way up."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select
from support.desk import make_context
from support.photos import (
    BOTTOM,
    TOP,
    jpeg,
    jpeg_turned_with_exif,
    photo_folder,
    portrait,
    remove_refused,
)

from summit_desk.db.engine import Database
from summit_desk.db.models import AuditEntry, Person
from summit_desk.domain.errors import PermissionDenied, SummitDeskError
from summit_desk.domain.values import Role
from summit_desk.services.context import DeskContext
from summit_desk.services.photo_image import (
    CropBox,
    PhotoRefused,
    centred_crop,
    normalise,
    photo_size,
)
from summit_desk.services.photos import PhotoImportRejected, PhotoService


def stored(context: DeskContext) -> dict[str, bytes]:
    with context.database.reader() as session:
        rows = session.execute(select(Person.ref, Person.photo).where(Person.photo.is_not(None)))
        return {ref: photo for ref, photo in rows}


def near(colour: tuple[int, ...], expected: tuple[int, int, int]) -> bool:
    return all(abs(a - b) < 24 for a, b in zip(colour, expected, strict=False))


def test_a_dry_run_reports_every_file_and_changes_nothing(
    demo_event: DeskContext, tmp_path: Path
) -> None:
    folder = photo_folder(tmp_path / "photos")
    report = PhotoService(demo_event).import_folder(folder, dry_run=True)
    assert report.imported == ("GIL-001", "GIL-002", "GIL-003")
    assert report.without_person == ("ZZZ-999.jpg",)
    assert report.ignored == 1  # Thumbs.db
    refused = {r.params["file"]: r.code for r in report.refused}
    assert refused == {
        "GIL-004.jpg": "photo.not_image",
        "GIL-005.png": "photo.too_many_pixels",
        "GIL-006.jpg": "photo.bad_format",
    }
    with demo_event.database.reader() as session:
        everyone = session.scalar(select(func.count(Person.id))) or 0
    assert len(report.people_without) == everyone - 3
    assert "GIL-001" not in report.people_without
    assert stored(demo_event) == {}
    text = report.message("en")
    assert "3 photos would be imported" in text
    assert "GIL-005.png: 20000 × 20000 pixels, more than the 64 megapixels" in text
    assert "GIL-006.jpg: a GIF image" in text
    assert "Photos without a person (1, left out): ZZZ-999.jpg" in text
    fa = report.message("fa")
    assert "۲۰۰۰۰ × ۲۰۰۰۰ پیکسل" in fa and "تصویر نیست" in fa


def test_one_refused_file_refuses_the_folder_and_nothing_changes(
    demo_event: DeskContext, tmp_path: Path
) -> None:
    folder = photo_folder(tmp_path / "photos")
    with pytest.raises(PhotoImportRejected) as caught:
        PhotoService(demo_event).import_folder(folder)
    assert "Nothing was imported" in caught.value.message("en")
    assert "GIL-004.jpg: not an image" in caught.value.message("en")
    assert stored(demo_event) == {}
    with demo_event.database.reader() as session:
        assert not session.scalar(select(AuditEntry).where(AuditEntry.action == "photos.import"))


def test_the_folder_without_its_bad_files_is_imported_and_audited(
    demo_event: DeskContext, tmp_path: Path
) -> None:
    folder = photo_folder(tmp_path / "photos")
    remove_refused(folder)
    report = PhotoService(demo_event).import_folder(folder)
    assert (len(report.imported), len(report.replaced), len(report.refused)) == (3, 0, 0)
    assert report.without_person == ("ZZZ-999.jpg",)
    photos = stored(demo_event)
    assert set(photos) == {"GIL-001", "GIL-002", "GIL-003"}
    for photo in photos.values():
        image = Image.open(io.BytesIO(photo))
        assert (image.format, image.size) == ("JPEG", (600, 800))
        assert len(photo) < 200_000
        assert not image.getexif() and "icc_profile" not in image.info
    # The phone's photo was stored lying on its side: it is stored upright, its GPS gone.
    upright = Image.open(io.BytesIO(photos["GIL-003"])).convert("RGB")
    assert near(upright.getpixel((300, 100)), TOP) and near(upright.getpixel((300, 700)), BOTTOM)
    assert b"Camera X100" not in photos["GIL-003"]
    with demo_event.database.reader() as session:
        audit = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "photos.import")
        ).one()
    assert '"imported": 3' in audit.details
    again = PhotoService(demo_event).import_folder(folder)
    assert len(again.replaced) == 3


def test_only_an_admin_imports_photos(demo_event: DeskContext, tmp_path: Path) -> None:
    desk = make_context(demo_event.database, role=Role.DESK)
    folder = photo_folder(tmp_path / "photos")
    with pytest.raises(PermissionDenied):
        PhotoService(desk).import_folder(folder)
    assert PhotoService(desk).import_folder(folder, dry_run=True).dry_run


def test_two_photos_of_one_person_are_both_refused(demo_event: DeskContext, tmp_path: Path) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "GIL-001.jpg").write_bytes(jpeg(portrait()))
    (folder / "gil-001.jpeg").write_bytes(jpeg(portrait()))
    report = PhotoService(demo_event).import_folder(folder, dry_run=True)
    assert [r.code for r in report.refused] == ["photo.two_files"] * 2


def test_a_missing_or_empty_folder_is_a_clear_message(
    demo_event: DeskContext, tmp_path: Path
) -> None:
    with pytest.raises(SummitDeskError) as missing:
        PhotoService(demo_event).import_folder(tmp_path / "nowhere")
    assert missing.value.code == "photo.folder_missing"
    (tmp_path / "empty").mkdir()
    with pytest.raises(SummitDeskError) as empty:
        PhotoService(demo_event).import_folder(tmp_path / "empty")
    assert empty.value.code == "photo.folder_empty"


def test_a_huge_file_is_refused_by_its_size() -> None:
    with pytest.raises(PhotoRefused) as caught:
        photo_size(b"\xff\xd8\xff" + b"\x00" * (21 * 1024 * 1024), "big.jpg")
    assert caught.value.code == "photo.too_large"
    assert "21.0 MB, more than the 20 MB" in caught.value.message("en")


def test_a_tiny_picture_is_refused() -> None:
    with pytest.raises(PhotoRefused) as caught:
        photo_size(jpeg(portrait(90, 120)), "tiny.jpg")
    assert caught.value.code == "photo.too_small"


def test_the_sideways_photo_is_measured_as_seen() -> None:
    assert photo_size(jpeg_turned_with_exif(), "phone.jpg") == (900, 1200)


def test_the_crop_box_chooses_what_goes_on_the_badge() -> None:
    # A landscape picture: left third red, the rest blue. The centred crop is mostly blue; a
    # crop box over the left third is all red.
    image = Image.new("RGB", (1200, 600), BOTTOM)
    image.paste(TOP, (0, 0, 400, 600))
    data = jpeg(image)
    assert centred_crop(1200, 600) == CropBox(375, 0, 450, 600)
    centred = Image.open(io.BytesIO(normalise(data, "wide.jpg"))).convert("RGB")
    assert near(centred.getpixel((300, 400)), BOTTOM)
    left = normalise(data, "wide.jpg", CropBox(0, 0, 390, 520))
    assert near(Image.open(io.BytesIO(left)).convert("RGB").getpixel((300, 400)), TOP)
    with pytest.raises(SummitDeskError) as outside:
        normalise(data, "wide.jpg", CropBox(1000, 0, 450, 600))
    assert outside.value.code == "photo.bad_crop"


def test_a_transparent_png_prints_on_white() -> None:
    image = Image.new("RGBA", (300, 400), (0, 0, 0, 0))
    out = io.BytesIO()
    image.save(out, "PNG")
    flat = Image.open(io.BytesIO(normalise(out.getvalue(), "clear.png"))).convert("RGB")
    assert near(flat.getpixel((10, 10)), (255, 255, 255))


def test_the_desk_sets_one_persons_photo(demo_event: DeskContext) -> None:
    desk = make_context(demo_event.database, role=Role.DESK)
    PhotoService(desk).set_photo("GIL-002", jpeg(portrait()), "camera.jpg")
    assert set(stored(demo_event)) == {"GIL-002"}
    with pytest.raises(SummitDeskError):
        PhotoService(desk).set_photo("NOBODY-1", jpeg(portrait()), "camera.jpg")


def test_replacing_a_photo_is_a_supervisors_with_a_reason(demo_event: DeskContext) -> None:
    """A photo on a governmental badge is its holder's identity: the desk gives a first photo,
    but a desk operator cannot swap a minister's face for another."""
    desk = make_context(demo_event.database, role=Role.DESK)
    first = PhotoService(desk).set_photo("GIL-002", jpeg(portrait()), "camera.jpg")
    assert PhotoService(desk).replacing("GIL-002") and not PhotoService(desk).replacing("GIL-003")
    with pytest.raises(PermissionDenied) as refused:
        PhotoService(desk).set_photo("GIL-002", jpeg(portrait(600, 800)), "camera.jpg")
    assert refused.value.params["action"] == "action.replace_photo"
    assert stored(demo_event)["GIL-002"] == first
    supervisor = make_context(demo_event.database, role=Role.SUPERVISOR, operator="sara")
    assert not PhotoService(supervisor).replacing("GIL-002")
    with pytest.raises(SummitDeskError):  # and says why
        PhotoService(supervisor).set_photo("GIL-002", jpeg(portrait(600, 800)), "c.jpg")
    second = PhotoService(supervisor).set_photo(
        "GIL-002", jpeg(portrait(600, 800)), "c.jpg", reason="not a likeness"
    )
    assert stored(demo_event)["GIL-002"] == second != first
    with demo_event.database.reader() as session:
        line = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.action == "photo.set")
            .order_by(AuditEntry.id.desc())
        ).first()
    assert line is not None and line.operator == "sara"
    assert json.loads(line.details) == {"bytes": len(second), "replaced": True,
                                        "reason": "not a likeness"}  # fmt: skip


def test_badges_get_their_photos_only_when_printed(demo_event: DeskContext, tmp_path: Path) -> None:
    from summit_desk.services.badges import BadgeSelection, BadgeService

    folder = photo_folder(tmp_path / "photos")
    remove_refused(folder)
    PhotoService(demo_event).import_folder(folder)
    chosen = BadgeService(demo_event).select(BadgeSelection(delegation="GIL"))
    assert all(b.photo is None for b in chosen)  # the list of badges never loads a photo
    printed = list(PhotoService(demo_event).with_photos(chosen))
    assert [b.ref for b in printed] == [b.ref for b in chosen]
    with_photo = {b.ref for b in printed if b.photo is not None}
    assert with_photo == {"GIL-001", "GIL-002", "GIL-003"}
    assert printed[0].photo == stored(demo_event)["GIL-001"]
    with pytest.raises(SummitDeskError) as caught:
        list(PhotoService(demo_event).with_photos(chosen, required=True, layout="a6-photo"))
    assert caught.value.code == "photo.required"
    missing = caught.value.params["refs"]
    assert "GIL-004" in missing and "GIL-009" in missing and "GIL-001" not in missing


def test_the_people_export_says_who_has_a_photo_and_imports_back(
    demo_event: DeskContext, tmp_path: Path
) -> None:
    import csv

    from summit_desk.services.exporting import ExportService
    from summit_desk.services.importing import ImportService

    folder = photo_folder(tmp_path / "photos")
    remove_refused(folder)
    PhotoService(demo_event).import_folder(folder)
    out = tmp_path / "people.csv"
    ExportService(demo_event).export("people", out)
    with out.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    flags = {row["ref"]: row["has_photo"] for row in rows}
    assert {ref for ref, flag in flags.items() if flag == "1"} == {"GIL-001", "GIL-002", "GIL-003"}
    assert set(flags.values()) == {"0", "1"}
    assert b"JFIF" not in out.read_bytes()  # never the image itself
    again = ImportService(demo_event).run(out, dry_run=True)  # the column is read past
    assert again.rows == len(rows)


def test_photos_are_stored_and_read_back_on_postgresql(
    pg_database: Database, tmp_path: Path
) -> None:
    from summit_desk.services.badges import BadgeSelection, BadgeService
    from summit_desk.services.demo import DemoService

    context = make_context(pg_database)
    DemoService(context).create()
    folder = photo_folder(tmp_path / "photos")
    remove_refused(folder)
    report = PhotoService(context).import_folder(folder)
    assert len(report.imported) == 3
    chosen = BadgeService(context).select(BadgeSelection(delegation="GIL"))
    printed = list(PhotoService(context).with_photos(chosen))
    assert sum(b.photo is not None for b in printed) == 3
    assert stored(context) == {b.ref: b.photo for b in printed if b.photo is not None}
