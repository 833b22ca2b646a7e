"""Holders' photos: a folder imported all or nothing, one photo set at the desk, and the photos
of a batch of badges loaded as they are printed.

A folder's photo is named after its holder's ref (``AST-001.jpg``, ``ast-001.PNG``): the ref is
matched without regard to case, and the suffix may be ``.jpg``, ``.jpeg`` or ``.png`` (what the
file holds is judged by its content, see :mod:`~summit_desk.services.photo_image`). Another file
is looked at only if its name is a ref (``AST-002.gif`` is refused as a GIF); the rest of the
folder (a ``Thumbs.db``, a list) is left alone.

Decisions a user of the import relies on:

* **All or nothing**: one refused file (not an image, not JPEG or PNG, too many pixels, too
  large, damaged, or a second photo of the same ref) refuses the whole folder, and the report
  names every refused file and why; nothing changes. ``dry_run`` reports the same without
  refusing, so the admin sees every problem at once.
* A photo whose name is no one's ref is **left out** and listed; it refuses nothing (a folder
  may hold the photos of people not yet imported).
* The report lists the **people without a photo** after the import, for the secretariat to chase.
* A person's earlier photo is replaced; every import is written in the audit log.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from summit_desk.db import people as people_db
from summit_desk.db import photos as photo_db
from summit_desk.domain.batches import batched
from summit_desk.domain.errors import NotFound, SummitDeskError
from summit_desk.domain.messages import render
from summit_desk.domain.values import BadgeData, Role
from summit_desk.services.checkin import required_reason
from summit_desk.services.context import DeskContext
from summit_desk.services.event import EventService
from summit_desk.services.photo_image import (
    MAX_FILE_BYTES,
    CropBox,
    PhotoRefused,
    normalise,
)

PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png")
_LISTED = 50  # refs or files named in one line of the report; the rest are counted


@dataclass(frozen=True)
class PhotoImportReport:
    """What a folder import did, or with ``dry_run`` would do."""

    path: str
    imported: tuple[str, ...]  # refs, in the folder's order
    replaced: tuple[str, ...]  # of those, the refs that had a photo before
    without_person: tuple[str, ...]  # file names that are no one's ref
    people_without: tuple[str, ...]  # refs of people with no photo once the import is done
    refused: tuple[PhotoRefused, ...] = ()
    ignored: int = 0  # files that are neither photos nor named after a ref
    dry_run: bool = False

    def message(self, lang: str = "en") -> str:
        if self.refused and not self.dry_run:
            head = render("photo.rejected", lang, path=self.path, count=len(self.refused))
        else:
            code = "photo.dry_run_summary" if self.dry_run else "photo.summary"
            head = render(
                code,
                lang,
                path=self.path,
                imported=len(self.imported),
                replaced=len(self.replaced),
            )
        lines = [head]
        if self.refused:
            lines.append(render("photo.refused_files", lang, count=len(self.refused)))
            lines.extend(f"  {problem.message(lang)}" for problem in self.refused)
        if self.without_person:
            files = _listed(self.without_person)
            lines.append(
                render("photo.without_person", lang, count=len(self.without_person), files=files)
            )
        if self.people_without:
            refs = _listed(self.people_without)
            lines.append(
                render("photo.people_without", lang, count=len(self.people_without), refs=refs)
            )
        return "\n".join(lines)


class PhotoImportRejected(SummitDeskError):
    """A folder refused as a whole; the message is the full report, every refused file in it."""

    def __init__(self, report: PhotoImportReport) -> None:
        super().__init__("photo.rejected", path=report.path, count=len(report.refused))
        self.report = report

    def message(self, lang: str = "en") -> str:
        return self.report.message(lang)


@dataclass
class _Plan:
    photos: dict[str, bytes]  # ref -> normalised JPEG
    without_person: list[str]
    refused: list[PhotoRefused]
    ignored: int


class PhotoService:
    def __init__(self, context: DeskContext) -> None:
        self.context = context

    def import_folder(self, folder: Path | str, *, dry_run: bool = False) -> PhotoImportReport:
        """Import the photos of ``folder``, all or none (see the module's decisions)."""
        folder = Path(folder)
        if not dry_run:
            self.context.require(Role.ADMIN, "action.photos")
        EventService(self.context).require_event()
        if not folder.is_dir():
            raise SummitDeskError("photo.folder_missing", path=str(folder))
        with self.context.database.reader() as session:
            by_folded = {ref.casefold(): ref for ref in people_db.all_refs(session)}
        plan = _plan(folder, by_folded)
        if not plan.photos and not plan.refused and not plan.without_person:
            raise SummitDeskError("photo.folder_empty", path=str(folder))
        if dry_run or plan.refused:
            with self.context.database.reader() as session:
                report = _report(folder, plan, photo_db.refs_with_photo(session), by_folded)
            if plan.refused and not dry_run:
                raise PhotoImportRejected(report)
            return replace(report, dry_run=dry_run)
        with self.context.database.writer() as session, session.begin():
            had_photo = photo_db.refs_with_photo(session)
            # Another desk may have deleted someone since the folder was read: only those left.
            present = people_db.known_refs(session, list(plan.photos))
            plan.photos = {ref: data for ref, data in plan.photos.items() if ref in present}
            photo_db.store_photos(session, plan.photos)
            report = _report(folder, plan, had_photo, by_folded)
            self.context.audit(
                session,
                "photos.import",
                str(folder),
                imported=len(report.imported),
                replaced=len(report.replaced),
                without_person=len(report.without_person),
            )
        return report

    def set_photo(
        self, ref: str, data: bytes, name: str, crop: CropBox | None = None, reason: str = ""
    ) -> bytes:
        """Store ``data`` as ``ref``'s photo (cropped by ``crop``, else centred); returns the
        stored JPEG. Used by the desk's walk-in form, its "Photo…" button and the check-in
        page's retake. A photo on a governmental badge is its holder's identity: the desk gives
        someone their first photo, but replacing one is a supervisor's, with a ``reason``."""
        stored = normalise(data, name, crop)
        with self.context.database.writer() as session, session.begin():
            if people_db.person_id_of_ref(session, ref) is None:
                raise NotFound("person.unknown", ref=ref)
            details: dict[str, object] = {"bytes": len(stored)}
            if photo_db.has_photo(session, ref):
                self.context.require(Role.SUPERVISOR, "action.replace_photo")
                details["replaced"] = True
                details["reason"] = required_reason(reason)
            photo_db.store_photos(session, {ref: stored})
            self.context.audit(session, "photo.set", ref, **details)
        return stored

    def replacing(self, ref: str) -> bool:
        """Whether a photo of ``ref`` would replace one, so that a supervisor must confirm it
        (the desk's own role is enough for a first photo)."""
        if self.context.role is not Role.DESK:
            return False
        with self.context.database.reader() as session:
            return photo_db.has_photo(session, ref)

    def refs_with_photo(self) -> set[str]:
        with self.context.database.reader() as session:
            return photo_db.refs_with_photo(session)

    def for_layout(
        self, badges: Sequence[BadgeData], photo_required: bool | None, layout: str
    ) -> Iterable[BadgeData]:
        """What a layout draws: ``badges`` as they are when it has no photo slot
        (``photo_required`` None), else :meth:`with_photos`."""
        if photo_required is None:
            return badges
        return self.with_photos(badges, required=photo_required, layout=layout)

    def with_photos(
        self, badges: Iterable[BadgeData], *, required: bool = False, layout: str = ""
    ) -> Iterator[BadgeData]:
        """``badges`` with their holders' photos, read :data:`photo_db.CHUNK` at a time as the
        renderer asks for them, so a batch of a thousand never holds every photo at once.

        With ``required`` (the layout's ``[photo] required = true``) a batch in which anyone has
        no photo is refused up front, ``photo.required`` naming them, before anything is drawn.
        """
        batch = list(badges)
        if required:
            having = self.refs_with_photo()
            missing = [b.ref for b in batch if b.ref not in having]
            if missing:
                raise SummitDeskError("photo.required", layout=layout, refs=_listed(missing))
        for chunk in batched(batch, photo_db.CHUNK):
            with self.context.database.reader() as session:
                photos = photo_db.photos_of(session, [b.ref for b in chunk])
            for badge in chunk:
                yield replace(badge, photo=photos.get(badge.ref))


def _plan(folder: Path, by_folded: dict[str, str]) -> _Plan:
    plan = _Plan({}, [], [], 0)
    files: dict[str, list[Path]] = {}
    for path in sorted(folder.iterdir(), key=lambda p: p.name.casefold()):
        if path.name.startswith(".") or not path.is_file():
            continue
        ref = by_folded.get(path.stem.casefold())
        if ref is None:
            if path.suffix.lower() in PHOTO_SUFFIXES:
                plan.without_person.append(path.name)
            else:
                plan.ignored += 1
            continue
        files.setdefault(ref, []).append(path)
    for ref, paths in files.items():
        if len(paths) > 1:
            names = ", ".join(p.name for p in paths)
            plan.refused.extend(
                PhotoRefused("photo.two_files", file=p.name, ref=ref, files=names) for p in paths
            )
            continue
        path = paths[0]
        try:
            plan.photos[ref] = normalise(read_photo_file(path), path.name)
        except PhotoRefused as refused:
            plan.refused.append(refused)
    return plan


def read_photo_file(path: Path) -> bytes:
    """The file's bytes; one too large is refused by its size, before it is read."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            mb = round(size / 1024 / 1024, 1)
            raise PhotoRefused(
                "photo.too_large", file=path.name, size=mb, limit=MAX_FILE_BYTES >> 20
            )
        return path.read_bytes()
    except OSError as error:
        raise PhotoRefused(
            "photo.damaged", file=path.name, reason=error.strerror or str(error)
        ) from error


def _report(
    folder: Path, plan: _Plan, had_photo: set[str], by_folded: dict[str, str]
) -> PhotoImportReport:
    imported = tuple(plan.photos)
    with_photo = had_photo | set(imported)
    return PhotoImportReport(
        path=str(folder),
        imported=imported,
        replaced=tuple(ref for ref in imported if ref in had_photo),
        without_person=tuple(plan.without_person),
        people_without=tuple(sorted(r for r in by_folded.values() if r not in with_photo)),
        refused=tuple(plan.refused),
        ignored=plan.ignored,
    )


def _listed(items: Iterable[Any]) -> str:
    items = list(items)
    shown = ", ".join(str(i) for i in items[:_LISTED])
    return shown + (f", … (+{len(items) - _LISTED})" if len(items) > _LISTED else "")
