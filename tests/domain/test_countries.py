"""An import names a country by code or by name, in English or Persian, as delegations write it.

The table is ``resources/countries.json``; it replaced a table written in ``countries.py`` after
a test had compared every entry and every name's look-up of the two.
"""

from __future__ import annotations

import json

import pytest

from summit_desk.assets import resource
from summit_desk.domain.countries import countries, find_country


def test_the_data_file_holds_every_iso_country_once() -> None:
    rows = json.loads(resource("countries.json").read_text(encoding="utf-8"))
    assert len(rows) == len(countries()) == 249
    assert len({row["code"] for row in rows}) == 249
    assert len({row["alpha3"] for row in rows}) == 249


@pytest.mark.parametrize(
    ("text", "code", "name_en", "name_fa"),
    [
        ("IR", "IR", "Iran", "ایران"),
        ("irn", "IR", "Iran", "ایران"),
        ("جمهوری اسلامی ایران", "IR", "Iran", "ایران"),
        ("Russia", "RU", "Russia", "روسیه"),
        ("Russian Federation", "RU", "Russia", "روسیه"),
        ("روسيه", "RU", "Russia", "روسیه"),  # Arabic yeh, as Windows keyboards type it
        ("Azerbaijan", "AZ", "Azerbaijan", "آذربایجان"),
        ("جمهوری آذربایجان", "AZ", "Azerbaijan", "آذربایجان"),
        ("Kazakhstan", "KZ", "Kazakhstan", "قزاقستان"),
        ("TM", "TM", "Turkmenistan", "ترکمنستان"),
        ("Turkey", "TR", "Türkiye", "ترکیه"),
        ("UK", "GB", "United Kingdom", "بریتانیا"),
        ("USA", "US", "United States", "آمریکا"),
        ("ایالات متحده", "US", "United States", "آمریکا"),
        ("South Korea", "KR", "South Korea", "کره جنوبی"),
        ("کره\u200cجنوبی", "KR", "South Korea", "کره جنوبی"),  # ZWNJ for the space
    ],
)
def test_a_country_is_found_by_code_or_name(
    text: str, code: str, name_en: str, name_fa: str
) -> None:
    country = find_country(text)
    assert country is not None
    assert (country.code, country.name_en, country.name_fa) == (code, name_en, name_fa)


def test_a_text_that_names_no_country_finds_none() -> None:
    assert find_country("Atlantis") is None
    assert find_country("") is None
    assert find_country("   ") is None
