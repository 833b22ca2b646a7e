"""Writing the tables that exports produce: CSV files and Excel workbooks.

Writing neutralises formulas: a spreadsheet must never run what a delegate's name or a phone
number says (and ``unguard_csv`` takes the guard off again when an export is imported back).
Files are written to a temporary file beside the target and moved into place, so a failed export
never leaves half a file.
"""

from __future__ import annotations

import csv
import os
import re
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from summit_desk.domain.errors import SummitDeskError

Cell = str | int | None
# A further table of an export: its title (the workbook's sheet), header and rows.
Table = tuple[str, Sequence[str], Sequence[Sequence[Cell]]]

# A spreadsheet reads a cell that starts with one of these as a formula (or, for tab and CR,
# strips them and then may): the CSV injection of OWASP's advice.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
CSV_GUARD = "'"
# Digits, spaces and + - ( ) . / only: a phone number or a negative number. Even read as a
# formula it is arithmetic that can call nothing, so it is written as it is.
_NUMBER_LIKE = re.compile(r"[+\-]?[\d\s().+\-/]*\d[\d\s().+\-/]*")


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_TRIGGERS)


def needs_csv_guard(text: str) -> bool:
    """Whether a CSV cell needs the apostrophe: a formula, or a value that already starts with
    an apostrophe before one (so that taking the guard off on import gives back the value)."""
    if text.startswith(CSV_GUARD):
        return needs_csv_guard(text[1:])
    if not looks_like_formula(text):
        return False
    return text[0] in "\t\r" or _NUMBER_LIKE.fullmatch(text) is None


def guard_csv(text: str) -> str:
    """``text`` as a CSV cell that no spreadsheet runs: an apostrophe before a formula."""
    return CSV_GUARD + text if needs_csv_guard(text) else text


def unguard_csv(text: str) -> str:
    """The value ``guard_csv`` protected, so that an exported CSV imports back unchanged."""
    if text.startswith(CSV_GUARD) and needs_csv_guard(text[1:]):
        return text[1:]
    return text


@contextmanager
def atomic_output(path: Path, *, private: bool = False) -> Iterator[Path]:
    """A temporary path beside ``path`` that replaces it when the block ends without error.

    A ``private`` file (one with contact or passport details) keeps the owner-only mode of the
    temporary file; any other gets the usual 0644.
    """
    try:
        descriptor, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise SummitDeskError(
            "file.unwritable", path=str(path), reason=exc.strerror or str(exc)
        ) from exc
    os.close(descriptor)
    temporary = Path(name)
    try:
        yield temporary
        if not private:
            temporary.chmod(0o644)
        os.replace(temporary, path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise SummitDeskError(
            "file.unwritable", path=str(path), reason=exc.strerror or str(exc)
        ) from exc
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_csv(
    path: Path,
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    more: Sequence[Table] = (),
) -> None:
    """A CSV file that Excel opens with Persian intact: UTF-8 *with* a byte-order mark
    (without it Excel guesses the Windows code page), comma-separated, CRLF line ends.
    ``more`` tables follow the first, each after an empty line, with their own header."""
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        for index, (_title, head, body) in enumerate([("", header, rows), *more]):
            if index:
                writer.writerow([])
            writer.writerow(head)
            for row in body:
                writer.writerow(
                    ["" if v is None else guard_csv(v) if isinstance(v, str) else v for v in row]
                )
        stream.flush()
        os.fsync(stream.fileno())


_MAX_WIDTH = 60


def write_xlsx(
    path: Path,
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    *,
    title: str,
    more: Sequence[Table] = (),
) -> None:
    """A workbook laid out for Persian readers: right to left, bold frozen header, sized columns.

    Every text is a string cell (never a formula, whatever it starts with); one that starts
    like a formula also gets Excel's own quote prefix, the mark Excel sets when someone types
    an apostrophe, so that editing the cell keeps it text and the visible text is unchanged.
    """
    import openpyxl

    workbook = openpyxl.Workbook(write_only=True)
    for sheet_title, head, body in [(title, header, rows), *more]:
        _write_sheet(workbook, sheet_title, head, body)
    workbook.save(path)


def _write_sheet(
    workbook: Any, title: str, header: Sequence[str], rows: Sequence[Sequence[Cell]]
) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    sheet = workbook.create_sheet(title)
    sheet.sheet_view.rightToLeft = True
    sheet.freeze_panes = "A2"
    for index, width in enumerate(_column_widths(header, rows), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width

    bold = Font(bold=True)

    def header_cell(text: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet, value=text)
        cell.data_type = "s"
        cell.font = bold
        return cell

    def text_cell(text: str) -> object:
        text = ILLEGAL_CHARACTERS_RE.sub("\ufffd", text)
        if not looks_like_formula(text):
            return text
        cell = WriteOnlyCell(sheet, value=text)
        cell.data_type = "s"
        cell.quotePrefix = True
        return cell

    sheet.append([header_cell(h) for h in header])
    for row in rows:
        sheet.append([text_cell(v) if isinstance(v, str) else v for v in row])


def _column_widths(header: Sequence[str], rows: Sequence[Sequence[Cell]]) -> list[float]:
    widths = [len(h) for h in header]
    for row in rows[:2000]:
        for index, value in enumerate(row):
            if value is not None:
                widths[index] = max(widths[index], len(str(value)))
    return [min(_MAX_WIDTH, w + 2) for w in widths]


def write_table(
    path: Path,
    kind: str,
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    *,
    title: str,
    more: Sequence[Table] = (),
) -> None:
    """Write ``rows`` to ``path`` as ``kind`` ("csv" or "xlsx", from ``file_format``); ``more``
    tables go to further sheets of a workbook, or below the first table of a CSV file."""
    if kind == "xlsx":
        write_xlsx(path, header, rows, title=title, more=more)
    else:
        write_csv(path, header, rows, more)
