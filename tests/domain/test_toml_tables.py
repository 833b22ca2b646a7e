"""A hand-edited TOML file is read value by value; a mistake names the file, the key and why.

The tables serve any kind of file (layouts, rooms); the kind gives the error's code and what the
file is called. These tests use a file kind of their own, with the layout's message code.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from summit_desk.domain.errors import SummitDeskError
from summit_desk.domain.toml_tables import TomlFormat, TomlTable, read_toml

ROOM = TomlFormat(
    error="layout.invalid",
    noun="a room plan",
    keys={"": ("title", "hall", "rows"), "hall": ("box", "fill", "seats", "scale", "round"),
          "rows": ("name", "align")},
)  # fmt: skip


def room(tmp_path: Path, text: str) -> TomlTable:
    path = tmp_path / "hall.toml"
    path.write_text(text, encoding="utf-8")
    return read_toml(path, ROOM)


def refusal(tmp_path: Path, text: str, read: str) -> SummitDeskError:
    """The error of reading ``read`` (``hall.seats``: the number ``seats`` of ``[hall]``)."""
    with pytest.raises(SummitDeskError) as caught:
        root = room(tmp_path, text)
        table, _, name = read.rpartition(".")
        hall = root.required_table(table, "hall") if table else root
        getters = {
            "seats": lambda: hall.integer("seats", 1),
            "scale": lambda: hall.number("scale", above=True),
            "box": lambda: hall.box_mm("box"),
            "fill": lambda: hall.colour("fill", None),
            "round": lambda: hall.boolean("round", False),
            "title": lambda: hall.string("title"),
        }
        getters[name]()
        hall.finish()
    assert caught.value.code == "layout.invalid"
    assert caught.value.params["path"] == str(tmp_path / "hall.toml")
    return caught.value


@pytest.mark.parametrize(
    ("text", "read", "reason"),
    [
        ("[hall]\nseats = 2.5\n", "hall.seats", "hall.seats must be a whole number, not 2.5"),
        ("[hall]\nseats = 0\n", "hall.seats", "hall.seats must be at least 1"),
        ("[hall]\nscale = 'big'\n", "hall.scale", "hall.scale must be a number, not 'big'"),
        ("[hall]\nscale = 0\n", "hall.scale", "hall.scale must be above 0"),
        ("[hall]\n", "hall.scale", "hall.scale is missing"),
        ("[hall]\nbox = [1, 2, 3]\n", "hall.box", "hall.box must be four numbers"),
        ("[hall]\nbox = [1, 2, 0, 4]\n", "hall.box", "hall.box must have a positive width"),
        ("[hall]\nfill = 'navy'\n", "hall.fill", "hall.fill must be a colour written #RRGGBB"),
        ("[hall]\nround = 'yes'\n", "hall.round", "hall.round must be true or false"),
        ("title = 3\n", "title", "title must be text in quotes, not 3"),
        ("hall = 3\n", "hall.seats", "hall must be a table ([hall])"),
        ("[hall]\nseat = 2\n", "hall.seats", "hall.seat is not a key of a room plan (a typo?)"),
    ],
)
def test_a_wrong_value_is_refused_naming_its_key(
    tmp_path: Path, text: str, read: str, reason: str
) -> None:
    error = refusal(tmp_path, text, read)
    assert error.params["reason"].startswith(reason)
    assert error.params["key"] == reason.split(" ", maxsplit=1)[0]


def test_a_right_value_is_read_as_written(tmp_path: Path) -> None:
    root = room(tmp_path, "[hall]\nbox = [1, 2, 3, 4]\nfill = '#a0b0c0'\nseats = 12\n")
    hall = root.required_table("hall", "hall")
    assert hall.box_mm("box") == (1.0, 2.0, 3.0, 4.0)
    assert hall.colour("fill", None) == "#A0B0C0"
    assert hall.integer("seats", 1) == 12
    assert hall.number("scale", 1.5) == 1.5  # left out: the default
    hall.finish()


def test_a_key_nothing_read_is_refused_when_the_table_is_finished(tmp_path: Path) -> None:
    root = room(tmp_path, "title = 'Hall A'\n[hall]\nseats = 3\nscale = 2\n")
    hall = root.required_table("hall", "hall")
    assert hall.integer("seats", 1) == 3
    with pytest.raises(SummitDeskError) as caught:
        hall.finish()
    assert caught.value.params["key"] == "hall.scale"


def test_a_choice_and_a_list_of_tables_name_the_entry(tmp_path: Path) -> None:
    text = "[[rows]]\nname = 'A'\nalign = 'start'\n[[rows]]\nname = 'B'\nalign = 'left'\n"
    root = room(tmp_path, text)
    with pytest.raises(SummitDeskError) as caught:
        for row in root.tables("rows"):
            row.choice("align", ("start", "end"), "start")
    assert caught.value.params["key"] == "rows[1].align"
    assert "must be one of start, end, not 'left'" in caught.value.params["reason"]


def test_a_file_that_is_not_toml_or_not_there_is_the_kinds_error(tmp_path: Path) -> None:
    with pytest.raises(SummitDeskError) as caught:
        room(tmp_path, "title = = 'x'\n")
    assert caught.value.params["key"] == ""
    assert "Invalid" in caught.value.params["reason"]
    with pytest.raises(SummitDeskError) as missing:
        read_toml(tmp_path / "gone.toml", ROOM)
    assert missing.value.params["reason"] == "No such file or directory"


def test_the_officer_reads_the_mistake_in_persian_and_english(tmp_path: Path) -> None:
    error = refusal(tmp_path, "[hall]\nscale = 'big'\n", "hall.scale")
    path = str(tmp_path / "hall.toml")
    assert error.message("en") == (
        f"The badge layout {path} cannot be used: hall.scale must be a number, not 'big'"
    )
    persian = error.message("fa")
    assert persian.startswith("چیدمان کارت") and "hall.scale must be a number" in persian
