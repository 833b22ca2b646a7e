"""Reading the tables that lists of people travel in, for imports: CSV files and Excel workbooks.

Reading trusts nothing: the encoding is detected (UTF-8 with or without BOM, UTF-16 with BOM, or
the Windows-1256 that Persian Excel saves as "CSV", accepted only when the text reads as Arabic
script), the delimiter is sniffed, and a workbook is opened only when ``defusedxml`` guards
openpyxl's XML parser and the zip is of a sane size.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import zipfile
from collections.abc import Iterator
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
