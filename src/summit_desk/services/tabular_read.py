"""Reading the tables that lists of people travel in, for imports: CSV files and Excel workbooks.

Reading trusts nothing: the encoding is detected (UTF-8 with or without BOM, UTF-16 with BOM, or
the Windows-1256 that Persian Excel saves as "CSV", accepted only when the text reads as Arabic
script), the delimiter is sniffed, and a workbook is opened only when ``defusedxml`` guards
openpyxl's XML parser and the zip is of a sane size.

Bounded (issue #8): a list has at most ``MAX_COLUMNS`` columns; rows past the import's cap are
counted, not kept; a workbook's parts are checked by their unpacked sizes before any parsing (a
zip bomb is refused), and its rows are streamed as the sheet's XML lists them, its declared
dimension and row numbers ignored as size hints (a row numbered 50,000,000 is one row, not fifty
million). Workbooks, and CSV files past ``CSV_IN_PROCESS_BYTES``, are parsed in a child process
with a hard memory limit (RLIMIT_AS) and a time limit, so a hostile file cannot take the desk
down; it is refused, and nothing is changed.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
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
MAX_XLSX_UNPACKED_BYTES = 256 * 1024 * 1024
# The shared strings are read whole before the first row: they get a cap of their own.
MAX_SHARED_STRINGS_BYTES = 32 * 1024 * 1024
MAX_COLUMNS = 64
PARSE_SECONDS = 120.0
PARSE_MEMORY_BYTES = 1024 * 1024 * 1024
CSV_IN_PROCESS_BYTES = 4 * 1024 * 1024  # smaller CSV files cannot grow past a few times this
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
        _check_workbook(path, size)
    elif size > MAX_FILE_BYTES:
        raise ImportRejected(
            "import.file_too_large",
            path=str(path),
            size=size // (1024 * 1024),
            limit=MAX_FILE_BYTES // (1024 * 1024),
        )
    if (kind == "csv" and size <= CSV_IN_PROCESS_BYTES) or not _can_isolate():
        return parse_table(path, kind, max_rows)
    return _parse_in_child(path, kind, max_rows)


def parse_table(path: Path, kind: str, max_rows: int) -> Table:
    """The table of a file already checked by ``read_table``, parsed in this process."""
    records = _xlsx_records(path) if kind == "xlsx" else _csv_records(path)
    return _collect(records, kind, max_rows)


def _can_isolate() -> bool:
    # A frozen build has no interpreter to start; elsewhere the caps alone bound the parse.
    return os.name == "posix" and not getattr(sys, "frozen", False)


def _parse_in_child(path: Path, kind: str, max_rows: int) -> Table:
    """``parse_table`` in a child process limited to PARSE_MEMORY_BYTES and PARSE_SECONDS."""
    code = "from summit_desk.services.tabular_read import child_main; child_main()"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    args = [str(path), kind, str(max_rows), str(PARSE_MEMORY_BYTES)]
    try:
        done = subprocess.run(
            [sys.executable, "-c", code, *args],
            capture_output=True,
            env=env,
            timeout=PARSE_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise _too_slow(path) from exc
    if done.returncode != 0:  # a MemoryError, or killed by the limit
        raise _too_slow(path)
    answer = json.loads(done.stdout)
    if "refused" in answer:
        raise ImportRejected(answer["refused"], **answer["params"])
    rows = tuple((int(n), tuple(cells)) for n, cells in answer["rows"])
    return Table(tuple(answer["header"]), answer["header_row"], rows, answer["data_rows"], kind)


def _too_slow(path: Path) -> ImportRejected:
    memory = PARSE_MEMORY_BYTES // (1024 * 1024)
    return ImportRejected("import.too_slow", path=str(path), limit=PARSE_SECONDS, memory=memory)


def child_main() -> None:
    """The child's side: limit its own memory, parse, answer in JSON on stdout."""
    import resource

    path, kind, max_rows, memory = sys.argv[1:5]
    resource.setrlimit(resource.RLIMIT_AS, (int(memory), int(memory)))
    try:
        table = parse_table(Path(path), kind, int(max_rows))
    except ImportRejected as exc:
        params = {k: v if isinstance(v, int | float) else str(v) for k, v in exc.params.items()}
        answer: dict[str, object] = {"refused": exc.code, "params": params}
    else:
        answer = {
            "header": table.header,
            "header_row": table.header_row,
            "rows": table.rows,
            "data_rows": table.data_rows,
        }
    sys.stdout.write(json.dumps(answer, ensure_ascii=False))


def _collect(records: Iterator[tuple[int, list[str]]], kind: str, max_rows: int) -> Table:
    header: tuple[str, ...] | None = None
    header_row = 0
    rows: list[tuple[int, tuple[str, ...]]] = []
    count = 0
    for number, cells in records:
        if not any(c.strip() for c in cells):
            continue
        _check_width(cells)
        if header is None:
            header, header_row = tuple(cells), number
            continue
        count += 1
        if count <= max_rows:
            rows.append((number, tuple(cells)))
    if header is None:
        raise ImportRejected("import.no_header")
    return Table(header, header_row, tuple(rows), count, kind)


def _check_width(cells: list[str]) -> None:
    width = len(cells)
    while width > MAX_COLUMNS and not cells[width - 1].strip():
        width -= 1
    if width > MAX_COLUMNS:
        raise ImportRejected("import.too_many_columns", count=width, limit=MAX_COLUMNS)


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


def _check_workbook(path: Path, size: int) -> None:
    """Refuse, before any parsing, a workbook that openpyxl would not parse safely or that
    unpacks to more than a list of people can (the zip's own sizes, which reading enforces)."""
    import openpyxl

    if not getattr(openpyxl, "DEFUSEDXML", False):
        raise ImportRejected("import.xlsx_unsafe")
    if size > MAX_FILE_BYTES:
        reason = f"{size // (1024 * 1024)} MB > {MAX_FILE_BYTES // (1024 * 1024)} MB"
        raise ImportRejected("import.xlsx_invalid", path=str(path), reason=reason)
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ImportRejected("import.xlsx_invalid", path=str(path), reason=str(exc)) from exc
    unpacked = sum(info.file_size for info in members)
    if unpacked > MAX_XLSX_UNPACKED_BYTES:
        reason = f"{unpacked // (1024 * 1024)} MB unpacked > {_mb(MAX_XLSX_UNPACKED_BYTES)} MB"
        raise ImportRejected("import.xlsx_invalid", path=str(path), reason=reason)
    for info in members:
        shared = info.filename.lower().endswith("sharedstrings.xml")
        if shared and info.file_size > MAX_SHARED_STRINGS_BYTES:
            reason = (
                f"{info.filename} unpacks to {_mb(info.file_size)} MB "
                f"> {_mb(MAX_SHARED_STRINGS_BYTES)} MB"
            )
            raise ImportRejected("import.xlsx_invalid", path=str(path), reason=reason)


def _mb(size: int) -> int:
    return size // (1024 * 1024)


def _xlsx_records(path: Path) -> Iterator[tuple[int, list[str]]]:
    """The first sheet's rows as its XML lists them: a row that is not there is not made up."""
    import openpyxl
    from openpyxl.worksheet._reader import WorkSheetParser

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
        try:
            if not workbook.worksheets:
                raise ValueError("the workbook has no worksheet")
            sheet = workbook.worksheets[0]
            # openpyxl's own row iterator fills every missing row up to the highest number
            # (fifty million empty rows for one cell in row 50,000,000); its parser does not.
            with workbook._archive.open(sheet._worksheet_path) as source:
                parser = WorkSheetParser(
                    source,
                    sheet._shared_strings,
                    data_only=True,
                    epoch=workbook.epoch,
                    date_formats=workbook._date_formats,
                    timedelta_formats=workbook._timedelta_formats,
                )
                for number, cells in parser.parse():
                    yield number, _row_cells(cells)
        finally:
            workbook.close()
    except ImportRejected:
        raise
    except Exception as exc:  # any failure to parse an untrusted workbook is a refusal
        reason = f"{type(exc).__name__}: {exc}".rstrip(": ")
        raise ImportRejected("import.xlsx_invalid", path=str(path), reason=reason) from exc


def _row_cells(cells: list[dict[str, object]]) -> list[str]:
    present = {int(str(c["column"])): c["value"] for c in cells if c.get("value") is not None}
    width = max(present, default=0)
    if width > MAX_COLUMNS:
        raise ImportRejected("import.too_many_columns", count=width, limit=MAX_COLUMNS)
    return [cell_text(present.get(column)) for column in range(1, width + 1)]


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
