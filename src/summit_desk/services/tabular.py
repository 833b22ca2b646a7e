"""Reading and writing the tables that lists of people travel in: CSV files and Excel workbooks.

Reading is for imports and trusts nothing: the encoding is detected (UTF-8 with or without BOM,
UTF-16 with BOM, or the Windows-1256 that Persian Excel saves as "CSV", accepted only when the
text reads as Arabic script), the delimiter is sniffed, and a workbook is opened only when
``defusedxml`` guards openpyxl's XML parser and the zip is of a sane size.

Writing is for exports and neutralises formulas: a spreadsheet must never run what a delegate's
name or a phone number says. Files are written to a temporary file beside the target and moved
into place, so a failed export never leaves half a file.
"""

from __future__ import annotations

import csv
import io
import os
import re
import tempfile
import unicodedata
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from summit_desk.domain.errors import ImportRejected, SummitDeskError

FORMATS = (".csv", ".xlsx")
MAX_FILE_BYTES = 64 * 1024 * 1024
# A workbook's XML unpacks to many times its size; past this it is a zip bomb, not a list.
MAX_XLSX_UNPACKED_BYTES = 512 * 1024 * 1024
DELIMITERS = (",", ";", "\t")

Cell = str | int | None


@dataclass(frozen=True, slots=True)
class Table:
    """The cells of a list as text, each row with its number as a spreadsheet shows it."""

    header: tuple[str, ...]
    header_row: int
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    data_rows: int  # non-blank rows after the header, also those past ``max_rows``
    kind: str  # "csv" or "xlsx"


def file_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise SummitDeskError("file.type", path=str(path))
    return suffix[1:]


# --- reading ---------------------------------------------------------------------------------


def read_table(path: Path, *, max_rows: int) -> Table:
    """The header and rows of a CSV or XLSX file, every cell as text.

    Raises ``ImportRejected`` for a file that is missing, unreadable, too large, of another type,
    in an unknown encoding, or without a header. Blank rows are skipped but keep their number.
    """
    try:
        kind = file_format(path)
    except SummitDeskError as exc:
        raise ImportRejected(exc.code, **exc.params) from exc
    if not path.is_file():
        raise ImportRejected("file.missing", path=str(path))
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ImportRejected("file.unreadable", path=str(path), reason=exc.strerror) from exc
    if kind == "xlsx":
        records = _xlsx_records(path, size)
    else:
        if size > MAX_FILE_BYTES:
            raise ImportRejected(
                "import.file_too_large",
                path=str(path),
                size=size // (1024 * 1024),
                limit=MAX_FILE_BYTES // (1024 * 1024),
            )
        records = _csv_records(path)
    return _collect(records, kind, max_rows)


def _collect(records: Iterator[tuple[int, list[str]]], kind: str, max_rows: int) -> Table:
    header: tuple[str, ...] | None = None
    header_row = 0
    rows: list[tuple[int, tuple[str, ...]]] = []
    count = 0
    for number, cells in records:
        if not any(c.strip() for c in cells):
            continue
        if header is None:
            header, header_row = tuple(cells), number
            continue
        count += 1
        if count <= max_rows:
            rows.append((number, tuple(cells)))
    if header is None:
        raise ImportRejected("import.no_header")
    return Table(header, header_row, tuple(rows), count, kind)


def decode_csv(data: bytes) -> str:
    """The text of a CSV file, or ``import.encoding`` when it would only be garbled.

    Strict UTF-8 first (a BOM is dropped), UTF-16 when a BOM says so, and then Windows-1256,
    the code page Persian Excel writes, but only when the text is plausibly Arabic script:
    every byte maps to some character in Windows-1256, so a Latin-1 file would decode too,
    into words that mix Latin and Arabic letters, which no real list has.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ImportRejected("import.encoding") from exc
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError as exc:  # pragma: no cover - every byte is defined in cp1256
        raise ImportRejected("import.encoding") from exc
    if not _plausible_arabic_script(text):
        raise ImportRejected("import.encoding")
    return text


_C1_OR_C0 = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _is_arabic_letter(char: str) -> bool:
    code = ord(char)
    return 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0xFB50 <= code <= 0xFEFF


def _plausible_arabic_script(text: str) -> bool:
    if _C1_OR_C0.search(text):
        return False
    arabic = False
    word_scripts: set[str] = set()
    for char in text:
        category = unicodedata.category(char)
        if category[0] not in "LM":
            word_scripts.clear()
            continue
        if _is_arabic_letter(char):
            script = "arabic"
            arabic = arabic or category[0] == "L"
        elif category[0] == "L":
            script = "other"
        else:
            continue  # a Latin accent or an Arabic vowel mark joins either
        word_scripts.add(script)
        if len(word_scripts) > 1:
            return False
    return arabic


def sniff_delimiter(text: str) -> str:
    """Comma, semicolon or tab: whichever the header line uses most (comma when none)."""
    first = text.split("\n", 1)[0]
    counts = {d: first.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _csv_records(path: Path) -> Iterator[tuple[int, list[str]]]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportRejected("file.unreadable", path=str(path), reason=exc.strerror) from exc
    text = decode_csv(data)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text), strict=True)
    records: list[tuple[int, list[str]]] = []
    try:
        for number, cells in enumerate(reader, start=1):
            records.append((number, cells))
    except csv.Error as exc:
        reason = f"line {reader.line_num}: {exc}"
        raise ImportRejected("file.unreadable", path=str(path), reason=reason) from exc
    return iter(records)


def _xlsx_records(path: Path, size: int) -> Iterator[tuple[int, list[str]]]:
    import openpyxl

    if not getattr(openpyxl, "DEFUSEDXML", False):
        raise ImportRejected("import.xlsx_unsafe")
    if size > MAX_FILE_BYTES:
        reason = f"{size // (1024 * 1024)} MB > {MAX_FILE_BYTES // (1024 * 1024)} MB"
        raise ImportRejected("import.xlsx_invalid", path=str(path), reason=reason)
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ImportRejected("import.xlsx_invalid", path=str(path), reason=str(exc)) from exc
    if unpacked > MAX_XLSX_UNPACKED_BYTES:
        reason = f"{unpacked // (1024 * 1024)} MB unpacked"
        raise ImportRejected("import.xlsx_invalid", path=str(path), reason=reason)
    records: list[tuple[int, list[str]]] = []
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
        try:
            if not workbook.worksheets:
                raise ValueError("the workbook has no worksheet")
            sheet = workbook.worksheets[0]
            # Some programs write a wrong <dimension>; without it every row is read in full.
            sheet.reset_dimensions()
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                records.append((number, [cell_text(v) for v in values]))
        finally:
            workbook.close()
    except ImportRejected:
        raise
    except Exception as exc:  # any failure to parse an untrusted workbook is a refusal
        reason = f"{type(exc).__name__}: {exc}".rstrip(": ")
        raise ImportRejected("import.xlsx_invalid", path=str(path), reason=reason) from exc
    return iter(records)


def cell_text(value: object) -> str:
    """A workbook cell as text: numbers without ``.0`` or exponent, text exactly as stored.

    A phone number or passport number typed as text keeps its leading zeros; one that Excel
    already stored as a number comes back as its whole digits (123456789012, not 1.23E+11).
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return format(Decimal(repr(value)), "f")
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return str(value)


# --- writing ---------------------------------------------------------------------------------

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


def write_csv(path: Path, header: Sequence[str], rows: Sequence[Sequence[Cell]]) -> None:
    """A CSV file that Excel opens with Persian intact: UTF-8 *with* a byte-order mark
    (without it Excel guesses the Windows code page), comma-separated, CRLF line ends."""
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(header)
        for row in rows:
            writer.writerow(
                ["" if v is None else guard_csv(v) if isinstance(v, str) else v for v in row]
            )
        stream.flush()
        os.fsync(stream.fileno())


_MAX_WIDTH = 60


def write_xlsx(
    path: Path, header: Sequence[str], rows: Sequence[Sequence[Cell]], *, title: str
) -> None:
    """A workbook laid out for Persian readers: right to left, bold frozen header, sized columns.

    Every text is a string cell (never a formula, whatever it starts with); one that starts
    like a formula also gets Excel's own quote prefix, the mark Excel sets when someone types
    an apostrophe, so that editing the cell keeps it text and the visible text is unchanged.
    """
    import openpyxl
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = openpyxl.Workbook(write_only=True)
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
    workbook.save(path)


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
) -> None:
    """Write ``rows`` to ``path`` as ``kind`` ("csv" or "xlsx", from ``file_format``)."""
    if kind == "xlsx":
        write_xlsx(path, header, rows, title=title)
    else:
        write_csv(path, header, rows)
