"""What each field of a badge says: names once, the delegation with its country, the dates."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from summit_desk.printing.badge_layout_values import BADGE_FIELDS, FIELD_NAMES, HEADER_FIELDS
from summit_desk.printing.badge_texts import badge_text, header_text

from .test_badges import demo_badge, demo_event


def test_every_field_name_has_a_text() -> None:
    astrakhan = demo_badge("AST-006")
    astrakhan = replace(
        astrakhan, name=replace(astrakhan.name, honorific_fa="جناب آقای", honorific_en="Mr.")
    )
    for name in BADGE_FIELDS:
        if not name.startswith("delegation_short_"):  # only a name with a short form has one
            assert badge_text(name, astrakhan), name
    for name in HEADER_FIELDS:
        assert header_text(name, demo_event())
    assert len(set(FIELD_NAMES)) == len(FIELD_NAMES)


def test_the_native_name_is_shown_only_where_it_differs_from_the_latin_and_persian() -> None:
    kazakh = demo_badge("MAN-007")
    assert badge_text("name_native", kazakh) == "Ғабдулмәжит Сұлтанмахмұтұлы"
    same_as_latin = replace(
        kazakh, name=replace(kazakh.name, name_native="  gabdulmazhit   SULTANMAKHMUTULY ")
    )
    assert badge_text("name_native", same_as_latin) == ""
    same_as_persian = replace(kazakh, name=replace(kazakh.name, name_native=kazakh.name_fa))
    assert badge_text("name_native", same_as_persian) == ""
    assert badge_text("name_native", demo_badge("GIL-004")) == ""


def test_the_delegation_and_its_country_are_named_once() -> None:
    astrakhan = demo_badge("AST-006")
    assert badge_text("origin_en", astrakhan) == "Astrakhan Oblast, Russia"
    assert badge_text("origin_fa", astrakhan) == "آستراخان، روسیه"
    embassy = replace(astrakhan, delegation_en="Embassy of the Russian Federation in Tehran")
    assert badge_text("origin_en", embassy) == "Embassy of the Russian Federation in Tehran"


def test_the_event_dates_are_jalali_with_persian_digits_and_gregorian() -> None:
    event = demo_event()
    assert header_text("dates_fa", event) == "۲۷ تا ۲۸ آبان ۱۴۰۴"
    assert header_text("dates_en", event) == "18–19 November 2025"
    across_months = replace(event, days=(date(2025, 11, 30), date(2025, 12, 1)))
    assert header_text("dates_en", across_months) == "30 November–1 December 2025"
    assert header_text("dates_fa", across_months) == "۹ تا ۱۰ آذر ۱۴۰۴"
    one_day = replace(event, days=(date(2025, 11, 18),))
    assert header_text("dates_en", one_day) == "18 November 2025"


def test_the_badge_number_carries_the_ref_and_the_version() -> None:
    assert badge_text("number", demo_badge("BAK-007", version=3)) == "BAK-007 · v3"


def test_a_delegation_gives_a_short_name_in_brackets_at_the_end_of_its_name() -> None:
    eco = demo_badge("ECO-001")
    assert badge_text("delegation_short_en", eco) == "ECO"
    assert badge_text("delegation_short_fa", eco) == "اکو"
    assert badge_text("delegation_short_en", demo_badge("AST-006")) == ""
    inside = replace(eco, delegation_en="Organization (ECO) of Central Asia")
    assert badge_text("delegation_short_en", inside) == ""
