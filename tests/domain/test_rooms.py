"""Rooms and the office's rules as files, and the seats' order of precedence around the chair."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summit_desk.assets import resource
from summit_desk.domain.errors import SummitDeskError
from summit_desk.domain.rooms import load_room, load_rules, room, room_keys, rules_for, seat_order
from summit_desk.domain.seating import CountryOrder, HostPlace, RoomKind

EVENT = json.loads(resource("demo", "event.json").read_text(encoding="utf-8"))


def text_room(body: str, kind: str = "theatre", chair: str = "A2") -> str:
    return (
        f'title_fa = "آزمایش"\ntitle_en = "Test"\nkind = "{kind}"\nwidth = 10\ndepth = 10\n'
        f'chair = "{chair}"\n{body}'
    )


# --- the demo's rooms and rules ------------------------------------------------------------------


def test_every_demo_session_has_rules_naming_a_room_that_loads() -> None:
    for session in EVENT["sessions"]:
        rules = rules_for(session["code"])
        assert rules is not None, session["code"]
        assert rules.session == session["code"]
        the_room = room(rules.room)
        assert the_room.title_en == session["room_en"]
        assert the_room.title_fa == session["room_fa"]


def test_a_session_without_a_rules_file_has_no_rules() -> None:
    assert rules_for("NO-SUCH-SESSION") is None


def test_the_general_panel_seats_the_fourteen_governors_at_the_head_table() -> None:
    rules = rules_for("GEN")
    assert rules is not None
    khazar = room(rules.room)
    assert khazar.kind is RoomKind.HEAD_TABLE
    assert khazar.paper == "A3"
    at_table = [s for s in khazar.seats if s.row == 0]
    assert len(at_table) == 14
    assert all(khazar.seat(s.behind).row == 0 for s in khazar.seats if s.behind)
    assert rules.presiding == ""  # the host governor by default
    assert rules.behind_categories == ("DEL", "INT")
    assert rules.country_order is CountryOrder.PERSIAN
    assert rules.host_place is HostPlace.ALPHABETICAL


def test_room_keys_list_the_files() -> None:
    assert room_keys() == ("anzali-hall", "khazar-hall", "masuleh-hall", "sepidrud-hall")


def test_a_room_by_path_as_well_as_by_key() -> None:
    path = resource("rooms", "anzali-hall.toml")
    assert room(str(path)) == room("anzali-hall")


# --- the order of precedence around the chair -------------------------------------------------


def test_head_table_first_on_the_chairs_right_then_alternating_outwards() -> None:
    # The chair A8 faces the hall, so its right hand is towards A1 (the audience's left).
    order = seat_order(room("khazar-hall"))
    assert order[:14] == (
        "A8", "A7", "A9", "A6", "A10", "A5", "A11", "A4", "A12", "A3", "A13", "A2", "A14", "A1",
    )  # fmt: skip
    # Then the advisers' seats, in the order of the seats they stand behind.
    assert order[14:18] == ("B8", "B7", "B9", "B6")
    # Then the hall's front row from the centre aisle outwards, the chair's right first.
    assert order[28:32] == ("C6", "C7", "C5", "C8")
    assert order[-2:] == ("F1", "F12")
    assert sorted(order) == sorted(s.label for s in room("khazar-hall").seats)


def test_round_table_alternates_right_and_left_round_the_table() -> None:
    # A1 at the top faces the centre; A2, A3 … run clockwise on the plan, i.e. to its left.
    assert seat_order(room("masuleh-hall")) == (
        "A1", "A16", "A2", "A15", "A3", "A14", "A4", "A13", "A5", "A12", "A6", "A11", "A7",
        "A10", "A8", "A9",
    )  # fmt: skip


def test_u_shape_along_the_base_then_down_the_arms() -> None:
    assert seat_order(room("sepidrud-hall")) == (
        "A3", "A2", "A4", "A1", "A5",
        "B1", "C1", "B2", "C2", "B3", "C3", "B4", "C4", "B5", "C5", "B6", "C6", "B7", "C7",
        "B8", "C8", "B9", "C9",
    )  # fmt: skip


def test_boardroom_nearest_the_chair_first_right_before_left() -> None:
    assert seat_order(room("anzali-hall")) == (
        "A1", "B1", "C1", "B2", "C2", "B3", "C3", "B4", "C4", "B5", "C5", "B6", "C6", "D1",
    )  # fmt: skip


def test_theatre_front_row_from_the_centre_then_the_next_row(tmp_path: Path) -> None:
    # The chair sits in the middle of the front row facing the stage (up the page): its right
    # is the page's right. The second row has an odd number of seats: its centre seat first.
    body = "seats = [\n" + "".join(
        f'{{ label = "A{i}", x = {2 + i}, y = 3, facing = 0 }},\n' for i in range(1, 4)
    )
    body += "".join(
        f'{{ label = "B{i}", x = {1.5 + i}, y = 4, facing = 0, row = 1 }},\n' for i in range(1, 6)
    )
    hall = load_room(tmp_path / "hall.toml", text_room(body + "]\n"))
    assert seat_order(hall) == ("A2", "A3", "A1", "B3", "B4", "B2", "B5", "B1")


def test_an_explicit_order_on_a_seat_overrides_the_rule(tmp_path: Path) -> None:
    body = (
        'seats = [\n{ label = "A1", x = 3, y = 3 },\n{ label = "A2", x = 4, y = 3 },\n'
        '{ label = "A3", x = 5, y = 3, order = 2 },\n{ label = "A4", x = 6, y = 3 },\n]\n'
    )
    # Facing 180 (the default), A2's right is A1; the officer wants A3 there instead.
    table = load_room(tmp_path / "t.toml", text_room(body, kind="head_table"))
    assert seat_order(table) == ("A2", "A3", "A1", "A4")


# --- mistakes in a file name the file and the key ---------------------------------------------


@pytest.mark.parametrize(
    ("body", "key", "reason"),
    [
        ('seats = [{ label = "A2", x = 1, y = 1, colour = 3 }]', "seats[1].colour", "not a known"),
        ('seats = [{ label = "A2", x = 11, y = 1 }]', "seats[1].x", "outside the room"),
        ('seats = [{ label = "A2", x = 1, y = 1 }, { label = "A2", x = 2, y = 1 }]',
         "seats[2].label", "used by another seat"),
        ('seats = [{ label = "A2", x = 1, y = 1 }, { label = "B1", x = 1, y = 2, behind = "A9" }]',
         "seats[2].behind", "not a seat at the table"),
        ('seats = [{ label = "A1", x = 1, y = 1 }]', "chair", "not the label of a seat"),
        ('seats = [{ label = "A2", x = "one", y = 1 }]', "seats[1].x", "must be a number"),
        ('seats = [{ label = "A2", x = 1, y = 1, order = 3 }]', "seats[1].order", "1 to 1"),
        ('paper = "A5"\nseats = [{ label = "A2", x = 1, y = 1 }]', "paper", "A4 or A3"),
        ("seats = [", "", "Invalid value"),
    ],
)  # fmt: skip
def test_a_broken_room_file_is_refused_naming_file_and_key(
    tmp_path: Path, body: str, key: str, reason: str
) -> None:
    path = tmp_path / "broken.toml"
    with pytest.raises(SummitDeskError) as caught:
        load_room(path, text_room(body))
    assert caught.value.code == "room.invalid"
    assert caught.value.params["key"] == key
    assert reason in caught.value.params["reason"]
    assert str(path) in caught.value.message("en")
    assert str(path) in caught.value.message("fa")
    assert "سالن" in caught.value.message("fa")


def test_a_wrong_room_kind_names_the_choices(tmp_path: Path) -> None:
    with pytest.raises(SummitDeskError) as caught:
        load_room(
            tmp_path / "r.toml",
            text_room('seats = [{ label = "A2", x = 1, y = 1 }]', kind="banquet"),
        )
    assert "head_table, u_shape, round, boardroom, theatre" in str(caught.value)


def test_an_unknown_room_lists_the_rooms() -> None:
    with pytest.raises(SummitDeskError) as caught:
        room("caspian-ballroom")
    assert caught.value.code == "room.unknown"
    assert "khazar-hall" in caught.value.message("fa")


def test_a_missing_room_file_is_refused_not_a_traceback(tmp_path: Path) -> None:
    with pytest.raises(SummitDeskError) as caught:
        room(str(tmp_path / "gone.toml"))
    assert caught.value.code == "room.invalid"


@pytest.mark.parametrize(
    ("body", "key", "reason"),
    [
        ('room = "x"\n[order]\ncountries = "drawn"', "order.drawn_first", "is missing"),
        ('room = "x"\n[order]\ncountries = "custom"', "order.custom", "is missing"),
        ('room = "x"\n[order]\ncountries = "french"', "order.countries", "persian, english"),
        ('room = "x"\n[invite]\ncategories = ["HDO"]', "invite.categories", "'HDO'"),
        ('room = "x"\n[order]\nbehind = "INT"', "order.behind", "list of texts"),
        ('room = "x"\n[invite]\nrefs = ["A"]\nguests = 1', "invite.guests", "not a known"),
        ("presiding = 'GIL-001'", "room", "is missing"),
    ],
)
def test_broken_rules_are_refused_naming_file_and_key(
    tmp_path: Path, body: str, key: str, reason: str
) -> None:
    path = tmp_path / "GEN.toml"
    with pytest.raises(SummitDeskError) as caught:
        load_rules(path, body)
    assert caught.value.code == "rules.invalid"
    assert caught.value.params["key"] == key
    assert reason in caught.value.params["reason"]
    assert str(path) in caught.value.message("fa")


def test_rules_read_from_text_as_the_database_keeps_them(tmp_path: Path) -> None:
    rules = load_rules(
        tmp_path / "ECON.toml",
        'room = "sepidrud-hall"\npresiding = "GOV-004"\n[invite]\ndelegations = ["GOV"]\n'
        'exclude = ["GOV-007"]\n[order]\ncountries = "drawn"\ndrawn_first = "ru"\nhost = "last"\n'
        'categories = ["min", "*"]\n',
    )
    assert rules.session == "ECON"
    assert rules.presiding == "GOV-004"
    assert rules.invite_categories == ("HOD",)
    assert rules.invite_delegations == ("GOV",)
    assert rules.exclude_refs == ("GOV-007",)
    assert rules.country_order is CountryOrder.DRAWN
    assert rules.drawn_first == "RU"
    assert rules.host_place is HostPlace.LAST
    assert rules.category_blocks == ("MIN", "*")
    assert rules.behind_categories == ("INT",)
