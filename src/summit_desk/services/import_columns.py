"""The import's columns: their names, the Persian (and English) headers accepted for them,
their length limits, and how a header row and a cell are read.

Pure functions over the table's text: nothing here looks at the database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import jdatetime

from summit_desk.db.models import LONG, NAME
from summit_desk.domain.errors import ImportProblem, InvalidText
from summit_desk.domain.names import (
    BIDI_CONTROLS,
    clean_input,
    clean_ref,
    fold,
    refuse_bidi_controls,
)
from summit_desk.domain.values import PersonInput
from summit_desk.services.tabular_read import Table

IMPORT_COLUMNS = (
    "ref",
    "country",
    "delegation",
    "category",
    "given_name_fa",
    "family_name_fa",
    "given_name_latin",
    "family_name_latin",
    "name_native",
    "title_fa",
    "title_en",
    "honorific_fa",
    "honorific_en",
    "rank",
    "precedence_date",
    "email",
    "phone",
    "document_no",
    "notes",
)
# Columns an export adds: accepted, so that an export imports back, and otherwise ignored.
EXPORT_ONLY_COLUMNS = ("badge_code", "badge_version", "has_photo")
REQUIRED_COLUMNS = ("country", "delegation", "category")
NAME_PAIRS = (("given_name_fa", "family_name_fa"), ("given_name_latin", "family_name_latin"))
NAME_COLUMNS = tuple(c for pair in NAME_PAIRS for c in pair)

# Persian (and a few English) headers that lists written by hand use. They are compared folded
# and without spaces, so «نام‌خانوادگی», «نام خانوادگی» and «نام خانوادگي» are one header.
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "ref": ("شناسه", "کد شناسایی", "شناسه برگزارکننده", "reference"),
    "country": ("کشور",),
    "delegation": ("هیئت", "هیات", "نام هیئت"),
    "category": ("دسته", "دسته‌بندی", "نوع", "گروه"),
    "given_name_fa": ("نام", "نام فارسی", "first name fa"),
    "family_name_fa": ("نام خانوادگی", "نام خانوادگی فارسی", "last name fa"),
    "given_name_latin": ("نام لاتین", "نام انگلیسی", "given name", "first name"),
    "family_name_latin": (
        "نام خانوادگی لاتین",
        "نام خانوادگی انگلیسی",
        "family name",
        "last name",
        "surname",
    ),
    "name_native": ("نام بومی", "نام به زبان بومی", "native name"),
    "title_fa": ("عنوان", "سمت", "عنوان فارسی", "سمت فارسی"),
    "title_en": ("عنوان انگلیسی", "سمت انگلیسی", "عنوان لاتین", "title"),
    "honorific_fa": ("عنوان خطاب", "عنوان خطاب فارسی", "پیشوند نام", "form of address"),
    "honorific_en": (
        "عنوان خطاب انگلیسی",
        "عنوان خطاب لاتین",
        "honorific",
        "form of address en",
    ),
    "rank": ("رتبه", "ترتیب"),
    "precedence_date": (
        "تاریخ تقدیم استوارنامه",
        "تاریخ استوارنامه",
        "تاریخ تقدم",
        "credentials date",
        "precedence date",
    ),
    "email": ("رایانامه", "ایمیل", "پست الکترونیک", "پست الکترونیکی", "e-mail"),
    "phone": ("تلفن", "شماره تلفن", "تلفن همراه", "موبایل", "شماره همراه"),
    "document_no": (
        "شماره گذرنامه",
        "گذرنامه",
        "شماره پاسپورت",
        "پاسپورت",
        "passport",
        "passport no",
    ),
    "notes": ("یادداشت", "توضیحات", "note"),
}

LIMITS: dict[str, int] = {
    **dict.fromkeys(("country", "delegation", "category", "name_native", "email"), NAME),
    **dict.fromkeys(NAME_COLUMNS, NAME),
    **dict.fromkeys(("honorific_fa", "honorific_en"), NAME),
    "title_fa": LONG,
    "title_en": LONG,
    "ref": 64,
    "phone": 64,
    "document_no": 64,
    "rank": 16,
    "precedence_date": 32,
    "notes": 4000,
}

RANK_RANGE = (1, 999)
DEFAULT_RANK = 100

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_BIDI = re.compile("[" + "".join(sorted(BIDI_CONTROLS)) + "]")
_DIGITS = str.maketrans({chr(b + d): str(d) for b in (0x06F0, 0x0660) for d in range(10)})


def header_key(text: str) -> str:
    return fold(text).replace(" ", "")


def _header_keys() -> dict[str, str]:
    keys: dict[str, str] = {}
    for name in (*IMPORT_COLUMNS, *EXPORT_ONLY_COLUMNS):
        keys[header_key(name)] = name
    for name, aliases in HEADER_ALIASES.items():
        for alias in aliases:
            keys.setdefault(header_key(alias), name)
    return keys


_HEADER_KEYS = _header_keys()


@dataclass(frozen=True, slots=True)
class Column:
    name: str  # the import column's name
    index: int
    label: str  # the header as the file writes it, for messages


def read_header(table: Table) -> tuple[dict[str, Column], list[int], list[ImportProblem]]:
    """The import columns by name, the header-less columns (which must stay empty), and the
    header's problems."""
    columns: dict[str, Column] = {}
    unnamed: list[int] = []
    problems: list[ImportProblem] = []
    row = table.header_row
    for index, text in enumerate(table.header):
        label = text.strip()
        if not label:
            unnamed.append(index)
            continue
        name = _HEADER_KEYS.get(header_key(label))
        if name is None:
            known = ", ".join(IMPORT_COLUMNS)
            problems.append(
                ImportProblem("import.unknown_column", row, label, name=label, known=known)
            )
        elif name in columns:
            problems.append(ImportProblem("import.duplicate_column", row, label, name=label))
        elif name not in EXPORT_ONLY_COLUMNS:
            columns[name] = Column(name, index, label)
    for name in REQUIRED_COLUMNS:
        if name not in columns:
            problems.append(ImportProblem("import.missing_column", row, name, name=name))
    if not any(a in columns and b in columns for a, b in NAME_PAIRS):
        problems.append(ImportProblem("import.missing_name_columns", row, "-"))
    return columns, unnamed, problems


def has_required(columns: dict[str, Column]) -> bool:
    return all(c in columns for c in REQUIRED_COLUMNS) and any(
        a in columns and b in columns for a, b in NAME_PAIRS
    )


def clean_cell(number: int, column: Column, raw: str) -> str | ImportProblem:
    """The cell's value as stored, or the problem that refuses it (row ``number``)."""
    if column.name == "ref":  # invisible characters are dropped at the door, bidi ones too
        raw = clean_ref(raw)
    if _BIDI.search(raw):
        try:
            refuse_bidi_controls(raw, column.label)
        except InvalidText as exc:
            return ImportProblem(exc.code, number, column.label, **exc.params)
    control = _CONTROL.search(raw)
    if control:
        char = f"U+{ord(control.group()):04X}"
        return ImportProblem("import.control_char", number, column.label, char=char)
    if "\ufffd" in raw:
        return ImportProblem("import.replacement_char", number, column.label)
    if column.name == "notes":
        # Notes keep their line breaks; each line is cleaned like any value.
        lines = (clean_input(line) for line in raw.splitlines())
        value = "\n".join(line for line in lines if line)
    else:
        value = clean_input(raw)
    limit = LIMITS[column.name]
    if len(value) > limit:
        return ImportProblem(
            "import.too_long", number, column.label, length=len(value), limit=limit
        )
    return value


def rank_value(text: str) -> int | None:
    """A rank typed in any digits (Persian, Arabic-Indic or ASCII), or None if it is not one."""
    digits = text.translate(_DIGITS)
    if not digits.isascii() or not digits.isdigit():
        return None
    rank = int(digits)
    low, high = RANK_RANGE
    return rank if low <= rank <= high else None


# A date as a list writes it: ISO (2025-11-18), or Jalali (1404/08/27) as Iranian lists do,
# told apart by the year; a spreadsheet's date cell arrives as ISO, perhaps with a midnight.
_DAY = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]00:00(?::00)?)?")
_JALALI_BEFORE = 1700  # no Gregorian date of an ambassador's credentials is this early


def day_value(text: str) -> date | None:
    """A day typed in any digits, Gregorian or Jalali, or None if it is not a real day."""
    found = _DAY.fullmatch(text.translate(_DIGITS).strip())
    if found is None:
        return None
    year, month, day = (int(part) for part in found.groups())
    try:
        if year < _JALALI_BEFORE:
            gregorian: date = jdatetime.date(year, month, day).togregorian()
            return gregorian
        return date(year, month, day)
    except ValueError:
        return None


def person_input(
    ref: str, delegation: str, category: str, values: dict[str, str], columns: dict[str, Column]
) -> PersonInput:
    """A checked row as a person to save: a column the file lacks is None (left as it is),
    an empty rank is the default."""

    def optional(name: str) -> str | None:
        return values.get(name) if name in columns else None

    rank: int | None = None
    if "rank" in columns:
        rank = rank_value(values["rank"]) if values["rank"] else DEFAULT_RANK
    return PersonInput(
        ref=ref,
        delegation=delegation,
        category=category,
        given_name_fa=optional("given_name_fa"),
        family_name_fa=optional("family_name_fa"),
        given_name_latin=optional("given_name_latin"),
        family_name_latin=optional("family_name_latin"),
        name_native=optional("name_native"),
        title_fa=optional("title_fa"),
        title_en=optional("title_en"),
        honorific_fa=optional("honorific_fa"),
        honorific_en=optional("honorific_en"),
        rank=rank,
        precedence_date=day_value(values["precedence_date"])
        if values.get("precedence_date")
        else None,
        email=optional("email"),
        phone=optional("phone"),
        document_no=optional("document_no"),
        notes=optional("notes"),
    )


def column_letter(index: int) -> str:
    """The spreadsheet's name of a column: A, B, …, Z, AA, …"""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
