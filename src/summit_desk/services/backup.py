"""Backups of the desk's SQLite database, online, while the desks go on writing.

A backup is made with SQLite's backup API, never a file copy: the API reads the database inside
one read transaction (the WAL included), so it is a consistent state however many desks write
meanwhile, where a copy of the file could take half a transaction or miss what is still in the
``-wal``. It is written to a temporary file beside its target (0600, in a 0700 folder when the
folder is new), turned into a single self-contained file (journal mode DELETE), checked with
``PRAGMA integrity_check``, flushed to the disk, and only then given its name; a backup that
fails its check is removed, never kept as if it were good.

A PostgreSQL server is backed up with ``pg_dump`` (README, "Backups"), not by the desk.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from summit_desk.db.engine import create_private_file
from summit_desk.domain.errors import SummitDeskError
from summit_desk.services.context import DeskContext

DEFAULT_KEEP = 24  # at one every five minutes: the last two hours
_ROTATED = re.compile(r"^summit-desk-\d{8}-\d{6}-\d{6}\.sqlite$")


@dataclass(frozen=True, slots=True)
class BackupReport:
    path: Path
    size: int  # bytes
    removed: tuple[Path, ...] = ()  # older backups rotated out

    def message_params(self, target: str) -> dict[str, object]:
        return {"target": target, "path": str(self.path), "size": max(1, self.size // 1024)}


class BackupService:
    def __init__(self, context: DeskContext) -> None:
        self.context = context

    def backup_to(self, out: Path) -> BackupReport:
        """A checked backup of the open database at ``out`` (replaced if it exists)."""
        # No role: a backup changes nothing, and the desk takes its own whoever is logged in.
        database = self.context.database
        if not database.is_sqlite:
            raise SummitDeskError("backup.server", target=database.label)
        if database.guard is not None:
            database.guard.confirm()  # never back up a file that is not the one the desk writes
        out = Path(out).expanduser().absolute()
        partial = out.with_name(out.name + ".partial")
        try:
            if not out.parent.exists():
                out.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            partial.unlink(missing_ok=True)
            create_private_file(partial)
            self._copy_into(partial)
            problem = integrity_problem(partial)
            if problem:
                raise SummitDeskError("backup.failed", path=str(out), reason=problem)
            _flush(partial)
            os.replace(partial, out)
        except OSError as exc:
            raise SummitDeskError("file.unwritable", path=str(out), reason=exc.strerror) from exc
        finally:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
        return BackupReport(out, out.stat().st_size)

    def rotate_into(self, folder: Path, keep: int = DEFAULT_KEEP) -> BackupReport:
        """A new checked backup in ``folder``; only the newest ``keep`` of ours are kept."""
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
        report = self.backup_to(Path(folder) / f"summit-desk-{stamp}.sqlite")
        ours = sorted(p for p in report.path.parent.iterdir() if _ROTATED.match(p.name))
        removed = tuple(ours[: max(0, len(ours) - max(keep, 1))])
        for old in removed:
            old.unlink(missing_ok=True)
        return BackupReport(report.path, report.size, removed)

    def _copy_into(self, target: Path) -> None:
        with self.context.database.engine.connect() as connection:
            live = connection.connection.dbapi_connection
            assert isinstance(live, sqlite3.Connection)
            with contextlib.closing(sqlite3.connect(target)) as copy:
                live.backup(copy)  # all pages in one step: one consistent snapshot
                copy.execute("PRAGMA journal_mode = DELETE")  # one file, no -wal beside it


def integrity_problem(path: Path) -> str:
    """What ``PRAGMA integrity_check`` finds wrong with the database at ``path`` ('' if none)."""
    try:
        uri = f"{path.as_uri()}?mode=ro"
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as check:
            rows = [r[0] for r in check.execute("PRAGMA integrity_check").fetchall()]
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return "" if rows == ["ok"] else "; ".join(rows[:5])


def _flush(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
